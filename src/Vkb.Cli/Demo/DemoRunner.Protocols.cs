using System.Text;
using System.Text.Json;
using Vkb.Sampling;

namespace Vkb.Cli.Demo;

internal sealed partial class DemoRunner
{
    /// <summary>
    /// One line of a population file written beside its protocol: what the draw read (key, unit,
    /// stratum, § 16a mark, job centre, the record's own consent statement, drawn in the previous
    /// months). <c>vkb verify-sample</c> reads it with the protocol's field names and the register.
    /// </summary>
    private sealed record PopulationLine(string Key, string Unit, string Stratum, bool Section16a, string? JobCentre, bool? Consents16a, bool? SampledRecently);

    /// <summary>Writes a protocol and its population (one JSON object per line) so that an auditor can re-check the draw.</summary>
    private string WriteProtocol(SampleProtocol protocol, string level, IEnumerable<PopulationLine> population)
    {
        var protocolPath = PathOf("protocols", level, protocol.DrawId + ".json");
        AtomicFile.WriteText(protocolPath, protocol.ToJson());
        var populationPath = PathOf("protocols", level, protocol.DrawId + ".population.jsonl");
        AtomicFile.Write(populationPath, stream =>
        {
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = RelaxedJson.Encoder });
            foreach (var line in population.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("key", line.Key);
                writer.WriteString("unit", line.Unit);
                writer.WriteString("stratum", line.Stratum);
                writer.WriteBoolean("section16a", line.Section16a);
                if (line.JobCentre is not null)
                {
                    writer.WriteString("jobCentre", line.JobCentre);
                }

                if (line.Consents16a is { } consents)
                {
                    writer.WriteBoolean("consents16a", consents);
                }

                if (line.SampledRecently is { } recent)
                {
                    writer.WriteBoolean("sampledRecently", recent);
                }

                writer.WriteEndObject();
                writer.Flush();
                stream.Write("\n"u8);
                writer.Reset();
            }
        });
        return protocolPath;
    }

    /// <summary>Adds one <see cref="DrawSummary"/> per unit of a protocol, and the protocol's verification as a check.</summary>
    private void RecordDraw(string level, string context, SampleProtocol protocol, string protocolPath, SampleVerification verification)
    {
        var excluded = protocol.Excluded
            .GroupBy(e => (e.Unit, e.Reason))
            .ToDictionary(g => g.Key, g => g.Count());
        foreach (var unit in protocol.Units)
        {
            _draws.Add(new DrawSummary(
                level,
                protocol.DrawId,
                unit.Unit,
                context,
                (int)unit.Requested,
                (int)unit.Selected,
                (int)unit.Shortfall,
                [.. unit.Strata.Select(s => new StratumSummary(s.Stratum, (int)s.Eligible, (int)s.Allocated, s.Selected.Count))],
                excluded.Where(e => e.Key.Unit == unit.Unit).ToDictionary(e => e.Key.Reason, e => e.Value, StringComparer.Ordinal),
                protocol.SeedCommitment,
                protocol.CommittedAt.ToString(),
                Relative(protocolPath),
                verification.IsValid));
        }

        CheckProtocol(protocol, verification);
    }

    /// <summary>The protocol's verification as a check of the run (counts and digests only).</summary>
    private void CheckProtocol(SampleProtocol protocol, SampleVerification verification)
    {
        var s16a = protocol.Section16a is { Rule: Section16aSummary.ConsentRegisterRule } s
            ? $", § 16a: {s.ExcludedPerUnit.Sum(u => u.Excluded)} ausgeschlossen, {s.StatedConsentDisagreements} Angaben im Datensatz widersprechen dem Register"
            : string.Empty;
        var detail = verification.IsValid
            ? $"{protocol.Units.Count} Einheiten, {protocol.PopulationSize} Fälle in der Grundgesamtheit, Digest {protocol.PopulationDigest[..12]}…{s16a}"
            : string.Join("; ", verification.Discrepancies.Take(5).Select(d => d.ToString()));
        Check($"Stichprobenprotokoll {protocol.DrawId}", verification.IsValid, detail);
    }

}
