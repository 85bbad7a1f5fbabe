using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Vkb.Synthetic;

namespace Vkb.Benchmarks.Synthetic;

/// <summary>
/// Records per second of the generator. The baseline only serialises one fixed record (the
/// generator's first, parsed once) again and again with the same writer settings, so the ratio
/// shows what realism costs: drawing names, identifiers with check digits, histories and notes.
/// Subjects: <see cref="ExtractGenerator.WriteJsonLines"/> (UTF-8 straight to the stream) and
/// <see cref="ExtractGenerator.Generate"/> (a <see cref="SyntheticRecord"/> with its JSON string
/// and ground truth per record). Output goes to <see cref="Stream.Null"/>.
/// </summary>
[MemoryDiagnoser]
public class ExtractGeneratorBenchmark
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private ExtractGenerator _generator = null!;
    private JsonDocument _fixedRecord = null!;

    [Params(1_000, 10_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _generator = new ExtractGenerator(ExtractShape.Medium.WithRecords(Records), 42);
        _fixedRecord = JsonDocument.Parse(_generator.GetRecord(0).Json);
    }

    [GlobalCleanup]
    public void Cleanup() => _fixedRecord.Dispose();

    [Benchmark(Baseline = true, Description = "serialise one fixed record N times")]
    public long SerialiseFixedRecord()
    {
        var count = _generator.Shape.TotalRecords;
        using var buffered = new BufferedStream(Stream.Null, 1 << 16);
        using var writer = new Utf8JsonWriter(buffered, WriterOptions);
        for (long i = 0; i < count; i++)
        {
            _fixedRecord.WriteTo(writer);
            writer.Flush();
            buffered.Write(NewLine);
            writer.Reset();
        }

        return count;
    }

    [Benchmark(Description = "WriteJsonLines")]
    public long WriteJsonLines() => _generator.WriteJsonLines(Stream.Null);

    [Benchmark(Description = "Generate (records with ground truth)")]
    public long Generate()
    {
        long bytes = 0;
        foreach (var record in _generator.Generate())
        {
            bytes += record.Json.Length + record.Planted.Count;
        }

        return bytes;
    }
}
