using System.Globalization;
using System.Text;
using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

/// <summary>Pins the test vectors and the worked draw of docs/sampling-spec.md to the code.</summary>
public class SpecDocumentTests
{
    internal static readonly (string Seed, string DrawId, string Key)[] VectorInputs =
    [
        ("31415926535897932384", "TL-2025-04", "962D123456"),
        ("31415926535897932384", "TL-2025-04", "962D123457"),
        ("31415926535897932384", "TL-2025-05", "962D123456"),
        ("27182818284590452353", "TL-2025-04", "962D123456"),
        ("31415926535897932384", "RD-NRW-2025-04", "CUS-7QK2M9XH4T"),
        ("0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0", "HO-2025-04", "CUS-7QK2M9XH4T"),
        ("31415926535897932384", "TL-2025-04", "Müller-ß"),
        ("31415926535897932384", "Prüfung 2025/04", "a"),
        ("31415926535897932384", "TL-2025-04", ""),
        ("31415926535897932384", "TL-2025-04", new string('9', 100)),
    ];

    internal static readonly PopulationItem[] WorkedPopulation =
    [
        new("K01", "TL-A", "young"), new("K02", "TL-A", "young"), new("K03", "TL-A", "young"),
        new("K04", "TL-A", "longTerm"), new("K05", "TL-A", "longTerm"), new("K06", "TL-A", "longTerm"),
        new("K07", "TL-A", "longTerm"), new("K08", "TL-A", "longTerm"), new("K08", "TL-A", "longTerm"),
        new("K09", "TL-A", "rehab16a") { Section16a = true, JobCentre = "96201" },
        new("K10", "TL-B", "young"), new("K11", "TL-B", "young"),
    ];

    internal static string Vectors()
    {
        var sb = new StringBuilder();
        sb.Append("| # | seed | drawId | key | ticket |\n|---|---|---|---|---|\n");
        for (var i = 0; i < VectorInputs.Length; i++)
        {
            var (seed, drawId, key) = VectorInputs[i];
            var shownKey = key.Length > 20 ? $"`\"9\"` × {key.Length}" : $"`{key}`";
            sb.Append(CultureInfo.InvariantCulture, $"| {i + 1} | `{seed}` | `{drawId}` | {shownKey} | `{SampleTicket.Compute(Seed.Parse(seed), drawId, key)}` |\n");
        }

        return sb.ToString();
    }

    internal static string FirstVectorMessage()
    {
        var (seed, drawId, key) = VectorInputs[0];
        return Convert.ToHexStringLower(SpecMessage.Build(seed, drawId, key));
    }

    internal static SampleProtocol WorkedDraw()
    {
        var seed = Seed.Parse("31415926535897932384");
        var parameters = SampleParameters.Create("TL-2025-04", 4, minPerStratum: 1, reserve: 1, weights: new Dictionary<string, decimal> { ["young"] = 2m }, belowFloorReason: "worked example: 4 per team lead keeps the tables short");
        var frame = WorkedFrame;
        return Sampler.Draw(WorkedPopulation, frame, parameters, seed, SeedCommitment.Create(seed, Instant.FromUtc(2025, 4, 1, 8, 0)));
    }

    /// <summary>The worked draw's register: job centre 96201's carriers' assembly said no; 96202 consents.</summary>
    internal static readonly ConsentRegister WorkedRegister = ConsentRegister.Create(
    [
        new ConsentDecision("96201", false, new LocalDate(2024, 11, 20), null),
        new ConsentDecision("96202", true, new LocalDate(2024, 6, 3), null),
    ]);

    internal static SampleFrame<PopulationItem> WorkedFrame => PopulationItem.FrameFor(WorkedRegister, new YearMonth(2025, 4));

    internal static string WorkedTickets() =>
        string.Concat(WorkedPopulation.DistinctBy(p => p.Key).Select(p =>
            $"| `{p.Key}` | `{p.Unit}` | `{p.Stratum}` | `{SampleTicket.Compute(Seed.Parse("31415926535897932384"), "TL-2025-04", p.Key)}` |\n"));

    private static string SpecText()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Vkb.Core.sln")))
        {
            dir = dir.Parent;
        }

        return File.ReadAllText(Path.Combine(dir!.FullName, "docs", "sampling-spec.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void Spec_TestVectors_GeneratedByCode() => SpecText().ShouldContain(Vectors(), Case.Sensitive, Vectors());

    [Fact]
    [Trait("Rule", "S9")]
    public void Spec_FirstVectorMessageBytes_GeneratedByCode() => SpecText().ShouldContain(FirstVectorMessage(), Case.Sensitive, FirstVectorMessage());

    [Fact]
    [Trait("Rule", "S9")]
    public void Spec_WorkedDrawTickets_GeneratedByCode() => SpecText().ShouldContain(WorkedTickets(), Case.Sensitive, WorkedTickets());

    [Fact]
    [Trait("Rule", "S9")]
    public void Spec_WorkedDrawProtocol_GeneratedByCode()
    {
        var json = WorkedDraw().ToJson();
        SpecText().ShouldContain(json, Case.Sensitive, json);
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void Spec_WorkedDrawProtocol_VerifiesAgainstItsPopulation() =>
        Sampler.Verify(SampleProtocol.FromJson(WorkedDraw().ToJson()), WorkedPopulation, WorkedFrame).IsValid.ShouldBeTrue();
}
