using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Vkb.Catalog;
using Vkb.Catalog.Serialization;

namespace Vkb.Benchmarks.Catalog;

/// <summary>
/// Reading and writing the example catalogue document (14 questions, nested conditions). Baseline:
/// reflection-based System.Text.Json over the same DTOs and options; subject: the package's
/// source-generated context. Read = parse only (no validation), to compare like with like; the
/// full read with every validation rule is measured beside it.
/// </summary>
[MemoryDiagnoser]
public class CatalogJsonBenchmark
{
    private static readonly JsonSerializerOptions Reflection = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    private readonly string _json = CatalogJson.Write(ExampleCatalogs.Placement);

    [Benchmark(Baseline = true)]
    public object? ParseReflection() => JsonSerializer.Deserialize<CatalogDocumentDto>(_json, Reflection);

    [Benchmark]
    public object? ParseSourceGenerated() => JsonSerializer.Deserialize(_json, CatalogJsonContext.Default.CatalogDocumentDto);

    [Benchmark]
    public Vkb.Catalog.Catalog? ReadAndValidate() => CatalogJson.ReadCatalog(_json).Value;
}
