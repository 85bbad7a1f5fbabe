using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using NodaTime;
using NodaTime.Text;
using Vkb.Synthetic;

namespace Vkb.Cli.Commands;

/// <summary><c>vkb generate</c>: writes a synthetic case extract as JSON Lines.</summary>
internal static class GenerateCommand
{
    /// <summary>The seed used when <c>--seed</c> is not given, so that two plain runs agree.</summary>
    public const ulong DefaultSeed = 20250401;

    public static Command Create(CliContext context)
    {
        var output = CliOptions.RequiredFile("--out", "The JSON Lines file to write (replaced atomically if it exists).");
        var seed = new Option<ulong>("--seed")
        {
            Description = "The seed; the same seed and shape give a byte-identical file on every machine.",
            DefaultValueFactory = _ => DefaultSeed,
        };
        var scale = new Option<string>("--scale")
        {
            Description = "The preset shape: small (~3,000 records), medium (~50,000), large (~300,000), national (~1,200,000, ten RDs).",
            DefaultValueFactory = _ => "small",
        };
        scale.AcceptOnlyFromAmong([.. ExtractShape.PresetNames]);
        var records = new Option<long?>("--records")
        {
            Description = "About this many records: scales the caseload of the chosen preset (the summary says exactly how many).",
        };
        var reviewMonth = new Option<string?>("--review-month")
        {
            Description = "The review month, yyyy-MM (default 2025-04).",
        };
        var phase = new Option<string?>("--phase")
        {
            Description = "The assessment phase id written to the extract (default 2025-1).",
        };

        var command = new Command(
            "generate",
            CliOptions.WithExample(
                "Writes a deterministic synthetic case extract (JSON Lines, UTF-8) full of planted personal data, " +
                "and prints a one-line summary: records, job centres, employment agencies, RDs, flagged records, bytes, seconds, SHA-256.",
                "vkb generate --out extract.jsonl --scale medium --seed 42",
                "vkb generate --out tiny.jsonl --records 500"));
        command.Options.Add(output);
        command.Options.Add(seed);
        command.Options.Add(scale);
        command.Options.Add(records);
        command.Options.Add(reviewMonth);
        command.Options.Add(phase);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var shape = BuildShape(
                parseResult.GetValue(scale) ?? "small",
                parseResult.GetValue(records),
                parseResult.GetValue(reviewMonth),
                parseResult.GetValue(phase));
            var file = parseResult.GetValue(output)!;
            var summary = await Task.Run(() => Write(context, shape, parseResult.GetValue(seed), file, cancellationToken), cancellationToken);
            await context.Out.WriteLineAsync(summary);
            return ExitCodes.Success;
        });
        return command;
    }

    private static ExtractShape BuildShape(string scale, long? records, string? reviewMonth, string? phase)
    {
        var shape = ExtractShape.FromPreset(scale);
        if (records is { } n)
        {
            if (n < 1)
            {
                throw new CliException("--records: must be at least 1.");
            }

            try
            {
                shape = shape.WithRecords(n);
            }
            catch (ArgumentOutOfRangeException)
            {
                throw new CliException("--records: too many records for the chosen --scale; choose a larger preset.");
            }
        }

        if (reviewMonth is not null)
        {
            var parsed = YearMonthPattern.Iso.Parse(reviewMonth);
            if (!parsed.Success || parsed.Value.Year is < 2000 or > 2099)
            {
                throw new CliException("--review-month: must be a month yyyy-MM between 2000 and 2099.");
            }

            shape = shape.WithReviewMonth(parsed.Value);
        }

        if (phase is not null)
        {
            try
            {
                shape = shape.WithPhaseId(phase);
            }
            catch (ArgumentException)
            {
                throw new CliException("--phase: must be 1 to 40 ASCII letters, digits, '-', '_' or '.'.");
            }
        }

        return shape;
    }

    private static string Write(CliContext context, ExtractShape shape, ulong seed, FileInfo file, CancellationToken cancellationToken)
    {
        var directory = file.Directory ?? new DirectoryInfo(Directory.GetCurrentDirectory());
        if (!directory.Exists)
        {
            throw new CliException($"--out: the directory '{directory.FullName}' does not exist.");
        }

        var watch = Stopwatch.StartNew();
        var generator = new ExtractGenerator(shape, seed);
        long written = 0;
        long bytes = 0;
        byte[] hash = [];
        try
        {
            using var progress = context.Progress("generate");
            AtomicFile.Write(file.FullName, stream =>
            {
                using var hashing = new HashingStream(stream);
                written = generator.WriteJsonLines(hashing, new ProgressAdapter(progress, shape.TotalRecords), cancellationToken);
                bytes = hashing.BytesWritten;
                hash = hashing.Hash();
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"--out: cannot write '{file.FullName}': {ex.Message}", ex);
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"generated {written:N0} records ({shape.TotalJobCentres:N0} job centres, {shape.TotalAgencies:N0} employment agencies, {shape.RegionalDirectorates} RDs, {shape.FlaggedRecords:N0} flagged for {shape.ReviewMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)}) seed {seed}: {bytes:N0} bytes in {watch.Elapsed.TotalSeconds:F1} s, sha256 {Convert.ToHexStringLower(hash)} -> {file.FullName}");
    }

    private sealed class ProgressAdapter(ProgressReporter reporter, long total) : IProgress<long>
    {
        public void Report(long value) => reporter.Report(value, total);
    }

    /// <summary>Forwards writes and hashes them with SHA-256, so the file need not be read again.</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public long BytesWritten { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => BytesWritten;

        public override long Position
        {
            get => BytesWritten;
            set => throw new NotSupportedException();
        }

        public byte[] Hash() => _hash.GetHashAndReset();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            inner.Write(buffer);
            BytesWritten += buffer.Length;
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
