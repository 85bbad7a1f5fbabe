using System.Globalization;
using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

/// <summary>Over a fixed set of seeds, every record's inclusion frequency matches n_h / N_h.</summary>
public class FairnessTests
{
    private const int Seeds = 2000;

    // Chi-square critical values at p = 0.001: 19 degrees of freedom 43.82, 39 degrees of freedom 72.05.
    [Theory]
    [InlineData(20, 5, 43.82)]
    [InlineData(40, 10, 72.05)]
    [Trait("Rule", "S3")]
    public void Draw_ManySeeds_InclusionFrequencyMatchesAllocation(int records, int n, double critical)
    {
        var population = Enumerable.Range(0, records).Select(i => new PopulationItem($"K{i:D3}", "TL-1", "all")).ToArray();
        var counts = new Dictionary<string, int>();
        for (var s = 0; s < Seeds; s++)
        {
            var seed = Seed.FromDice((10_000_000_000_000_000_000m + s).ToString(CultureInfo.InvariantCulture));
            var protocol = Sampler.Draw(population, PopulationItem.Frame, SampleParameters.Create("fairness", n, level: DrawLevel.RegionalDirectorate), seed, SeedCommitment.Create(seed, Instant.MinValue));
            foreach (var key in protocol.SelectedKeys("TL-1"))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var expected = (double)Seeds * n / records;
        var chiSquare = population.Sum(p => Math.Pow(counts.GetValueOrDefault(p.Key) - expected, 2) / expected);
        chiSquare.ShouldBeLessThan(critical);
    }

    [Fact]
    [Trait("Rule", "S3")]
    [Trait("Rule", "S4")]
    public void Draw_ManySeedsWeightedStrata_EachStratumAtItsRate()
    {
        // a: 10 records, weight 3; b: 30 records, weight 1 → n = 8 splits 4 : 4 → rates 0.4 and 0.133.
        var population = Enumerable.Range(0, 10).Select(i => new PopulationItem($"A{i:D2}", "TL-1", "a"))
            .Concat(Enumerable.Range(0, 30).Select(i => new PopulationItem($"B{i:D2}", "TL-1", "b"))).ToArray();
        var parameters = SampleParameters.Create("weights", 8, weights: new Dictionary<string, decimal> { ["a"] = 3m }, level: DrawLevel.RegionalDirectorate);
        var counts = new Dictionary<string, int>();
        for (var s = 0; s < 1000; s++)
        {
            var seed = Seed.FromDice((20_000_000_000_000_000_000m + s).ToString(CultureInfo.InvariantCulture));
            foreach (var key in Sampler.Draw(population, PopulationItem.Frame, parameters, seed, SeedCommitment.Create(seed, Instant.MinValue)).SelectedKeys("TL-1"))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        // 39 degrees of freedom, p = 0.001.
        var chiSquare = population.Sum(p =>
        {
            var expected = 1000.0 * (p.Stratum == "a" ? 4.0 / 10 : 4.0 / 30);
            return Math.Pow(counts.GetValueOrDefault(p.Key) - expected, 2) / expected;
        });
        chiSquare.ShouldBeLessThan(72.05);
    }
}
