using System.Text;
using System.Text.Json.Nodes;
using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// The protocol document (S9): every list a reader walks refuses a null entry with its path, the
/// § 16a summary compares every field, the selected-key views, and the stream forms; found
/// unpinned by the Stryker run of session 4 (docs/mutation/stryker-2026-12-05-sampling-session4.md).
/// </summary>
public class ProtocolKillTests
{
    private static readonly Seed TestSeed = Seed.Parse("14142135623730950488");

    private static SampleProtocol Draw()
    {
        var population = Enumerable.Range(0, 30).Select(i => new PopulationItem($"K{i:D2}", i < 15 ? "A" : "B", i % 2 == 0 ? "s1" : "s2") { Section16a = i == 4, JobCentre = "J" })
            .Append(new PopulationItem("K03", "A", "s2"));
        var frame = PopulationItem.Frame.ExcludeKeys("host", ["K05"]);
        var protocol = Sampler.Draw(population, frame, SampleParameters.Create("P-1", 10, 1, 1), TestSeed, SeedCommitment.Create(TestSeed, Instant.FromUtc(2025, 4, 1, 0, 0)));
        var key = protocol.Units[0].Strata[0].Selected[0].Key;
        return Sampler.Replace(protocol, "A", key, "ill");
    }

    [Theory]
    [InlineData("units", "units[0]")]
    [InlineData("excluded", "excluded[0]")]
    [InlineData("duplicates", "duplicates[0]")]
    [InlineData("replacements", "replacements[0]")]
    [InlineData("section16a.excludedPerUnit", "section16a.excludedPerUnit[0]")]
    [InlineData("units[1].notes", "units[1].notes[0]")]
    [InlineData("units[1].strata", "units[1].strata[0]")]
    [InlineData("units[1].strata[1].selected", "units[1].strata[1].selected[0]")]
    [InlineData("units[1].strata[1].reserve", "units[1].strata[1].reserve[0]")]
    public void FromJson_NullEntry_FormatExceptionWithItsPath(string list, string path)
    {
        var node = JsonNode.Parse(Draw().ToJson())!;
        JsonNode target = node;
        foreach (var part in list.Split('.'))
        {
            var name = part.Split('[')[0];
            target = target[name]!;
            if (part.Contains('[', StringComparison.Ordinal))
            {
                target = target[int.Parse(part.Split('[')[1].TrimEnd(']'), System.Globalization.CultureInfo.InvariantCulture)]!;
            }
        }

        var array = target.AsArray();
        if (array.Count == 0)
        {
            array.Add(null);
        }
        else
        {
            array[0] = null;
        }

        Should.Throw<FormatException>(() => SampleProtocol.FromJson(node.ToJsonString())).Message.ShouldBe("The protocol is not valid: " + path + " is null.");
    }

    [Fact]
    public void FromJson_JsonNull_Empty_ParametersTakeTheTopLevelDrawId()
    {
        Should.Throw<FormatException>(() => SampleProtocol.FromJson("null")).Message.ShouldBe("The protocol is empty (JSON null).");
        Should.Throw<FormatException>(() => SampleProtocol.FromJson("{")).Message.ShouldStartWith("The protocol is not valid: ");
        Should.Throw<ArgumentNullException>(() => SampleProtocol.FromJson(null!));
        var protocol = Draw();
        var back = SampleProtocol.FromJson(protocol.ToJson());
        back.Parameters.DrawId.ShouldBe("P-1");
        back.ToJson().ShouldBe(protocol.ToJson());
        protocol.ToJson().ShouldEndWith("}\n");
        var renamed = JsonNode.Parse(protocol.ToJson())!;
        renamed["drawId"] = "bad\u0001id";
        Should.Throw<FormatException>(() => SampleProtocol.FromJson(renamed.ToJsonString())).Message.ShouldStartWith("The protocol is not valid: ");
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void SelectedKeys_PerUnitInStratumOrder_AllSelectedOverUnits()
    {
        var protocol = Draw();
        protocol.SelectedKeys("A").ShouldBe(protocol.Units[0].Strata.SelectMany(s => s.Selected).Select(k => k.Key));
        protocol.SelectedKeys("a").ShouldBeEmpty();
        protocol.AllSelected().ShouldBe(protocol.Units.SelectMany(u => u.Strata.SelectMany(s => s.Selected).Select(k => (u.Unit, k.Key))));
        protocol.AllSelected().Count().ShouldBe(20);
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void Section16aSummary_EqualityOverEveryField()
    {
        var s = Draw().Section16a!;
        var copy = s with { ExcludedPerUnit = [.. s.ExcludedPerUnit] };
        copy.ShouldBe(s);
        copy.GetHashCode().ShouldBe(s.GetHashCode());
        Section16aSummary[] others =
        [
            s with { Rule = "other" }, s with { Reason = "r" }, s with { RegisterSha256 = "x" }, s with { RegisterDecisions = 9 }, s with { Month = "1999-01" },
            s with { Marked = s.Marked + 1 }, s with { StatedConsentDisagreements = 5 }, s with { ExcludedPerUnit = [] },
        ];
        foreach (var other in others)
        {
            other.Equals(s).ShouldBeFalse();
        }

        s.Equals(null).ShouldBeFalse();
    }

    [Fact]
    public async Task Streams_BomAccepted_NullStreamsRefused_WrittenWithoutBom()
    {
        var protocol = Draw();
        using var withBom = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(protocol.ToJson())]);
        (await SampleProtocol.FromJsonAsync(withBom)).ToJson().ShouldBe(protocol.ToJson());
        withBom.CanRead.ShouldBeTrue(); // the caller's stream is left open, as documented
        using var written = new MemoryStream();
        await protocol.WriteJsonAsync(written);
        written.ToArray()[0].ShouldBe((byte)'{');
        written.ToArray().ShouldBe(Encoding.UTF8.GetBytes(protocol.ToJson()));
        await Should.ThrowAsync<ArgumentNullException>(() => SampleProtocol.FromJsonAsync(null!));
        await Should.ThrowAsync<ArgumentNullException>(() => protocol.WriteJsonAsync(null!));
    }
}
