using FsCheck.Xunit;
using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

/// <summary>
/// The draw hashes tickets in batches and finds (unit, stratum) through a reference cache; these
/// tests pin that to the plain definition over populations larger than a batch, with keys of every
/// length and script, keys shared across units, duplicates, and names as fresh string instances.
/// </summary>
public class BatchedDrawTests
{
    private static readonly string[] Units = ["TL-01", "TL-02", "TL-11", "TL-12", "RD-Nord"];
    private static readonly string[] Strata = ["young", "over50", "rehab"];

    private static PopulationItem[] Population(int randomSeed, int size)
    {
        var random = new Random(randomSeed);
        string[] alphabet = ["a", "Z", "7", "ü", "ß", "€", "中", "😀"];
        var items = new PopulationItem[size];
        for (var i = 0; i < size; i++)
        {
            var key = random.Next(10) switch
            {
                0 => new string('x', random.Next(200, 400)),
                1 => string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => alphabet[random.Next(alphabet.Length)])),
                _ => "K" + random.Next(0, size).ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
            };

            // Half the names are fresh instances, as when a host parses every record anew.
            var unit = Units[random.Next(Units.Length)];
            var stratum = Strata[random.Next(Strata.Length)];
            items[i] = new PopulationItem(key, random.Next(2) == 0 ? unit : new string(unit.AsSpan()), random.Next(2) == 0 ? stratum : new string(stratum.AsSpan()));
        }

        return items;
    }

    [Property(MaxTest = 30)]
    [Trait("Rule", "S3")]
    public bool Draw_PopulationsOverManyBatches_EachStratumIsBottomKByTicket(int randomSeed, bool sorted)
    {
        var population = Population(randomSeed, 700);
        var seed = Seed.Parse("31415926535897932384");
        var parameters = SampleParameters.Create("TL-2025-04", 9, minPerStratum: 1, reserve: 2, belowFloorReason: "a small request fills many batches");
        var input = sorted ? population.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray() : population;
        var protocol = Sampler.Draw(input, PopulationItem.Frame, parameters, seed, SeedCommitment.Create(seed, Instant.FromUtc(2025, 4, 1, 8, 0)),
            order: sorted ? PopulationOrder.SortedByKey : PopulationOrder.Unordered);

        var eligible = Naive.EligibleByUnit(population);
        var digest = PopulationSnapshot.Freeze(population.Select(p => p.Key), new NodaTime.Testing.FakeClock(Instant.FromUtc(2025, 4, 1, 0, 0))).Digest;
        return protocol.PopulationDigest == digest && protocol.Units.Count == eligible.Count && protocol.Units.All(unit => unit.Strata.All(stratum =>
        {
            var ordered = eligible[unit.Unit].Where(kv => kv.Value == stratum.Stratum)
                .Select(kv => (kv.Key, Ticket: SampleTicket.Compute(seed, parameters.DrawId, kv.Key)))
                .OrderBy(x => x.Ticket).ToList();
            return stratum.Eligible == ordered.Count &&
                   stratum.Selected.Select(s => s.Key).SequenceEqual(ordered.Take((int)stratum.Allocated).Select(x => x.Key)) &&
                   stratum.Selected.All(s => s.Ticket == SampleTicket.Compute(seed, parameters.DrawId, s.Key).ToString()) &&
                   stratum.Reserve.Select(s => s.Key).SequenceEqual(ordered.Skip((int)stratum.Allocated).Take(parameters.Reserve).Select(x => x.Key));
        }));
    }

    [Fact]
    public void Draw_EligibleLoneSurrogateKey_ThrowsWithoutTheKey()
    {
        var seed = Seed.Parse("31415926535897932384");
        PopulationItem[] population = [new("A1", "TL-1", "all"), new("B\ud800", "TL-1", "all")];
        var ex = Should.Throw<ArgumentException>(() => Sampler.Draw(population, PopulationItem.Frame, SampleParameters.Create("d", 1, level: DrawLevel.RegionalDirectorate), seed, SeedCommitment.Create(seed, Instant.MinValue)));
        ex.Message.ShouldNotContain("B\ud800");
    }

    [Fact]
    public void Draw_ExcludedLoneSurrogateKey_IsOnlyListed()
    {
        var seed = Seed.Parse("31415926535897932384");
        PopulationItem[] population = [new("A1", "TL-1", "all"), new("B\ud800", "TL-1", "all")];
        var frame = PopulationItem.Frame.ExcludeWhen("broken-key", p => p.Key.StartsWith('B'));
        var protocol = Sampler.Draw(population, frame, SampleParameters.Create("d", 1, level: DrawLevel.RegionalDirectorate), seed, SeedCommitment.Create(seed, Instant.MinValue));
        protocol.Excluded.Count.ShouldBe(1);
        protocol.SelectedKeys("TL-1").ShouldBe(["A1"]);
    }
}
