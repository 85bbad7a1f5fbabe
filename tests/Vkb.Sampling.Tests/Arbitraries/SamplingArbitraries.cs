using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Arbitraries;

/// <summary>A generated draw: a small population (duplicates possible), a seed and a request.</summary>
public sealed record DrawCase(PopulationItem[] Population, Seed Seed, SampleParameters Parameters, int ShuffleSeed)
{
    public static readonly Instant CommittedAt = Instant.FromUtc(2025, 4, 1, 8, 0);

    public SeedCommitment Commitment => SeedCommitment.Create(Seed, CommittedAt);

    public SampleProtocol Draw(SampleFrame<PopulationItem>? frame = null) =>
        Sampler.Draw(Population, frame ?? PopulationItem.Frame, Parameters, Seed, Commitment);

    public override string ToString() =>
        $"{Population.Length} items, seed {Seed}, n={Parameters.PerUnit}, m={Parameters.MinPerStratum}, reserve={Parameters.Reserve}, " +
        $"weights=[{string.Join(",", Parameters.Weights.Select(w => w.Key + ":" + w.Value.ToString(CultureInfo.InvariantCulture)))}], shuffle {ShuffleSeed}";
}

public static class SamplingArbitraries
{
    public static readonly string[] Units = ["TL-1", "TL-2", "TL-3"];
    public static readonly string[] Strata = ["longTermUnemployed", "young", "rehab", "other"];

    public static Gen<Seed> SeedGen =>
        Gen.Choose(0, int.MaxValue).Select(i => Seed.Parse(((long)i * 7919L).ToString("D20", CultureInfo.InvariantCulture)));

    public static Gen<PopulationItem> ItemGen =>
        from k in Gen.Choose(0, 120)
        from u in Gen.Elements(Units)
        from s in Gen.Elements(Strata)
        select new PopulationItem("K" + k.ToString("D4", CultureInfo.InvariantCulture), u, s);

    public static Gen<SampleParameters> ParametersGen =>
        from n in Gen.Choose(1, 14)
        from m in Gen.Choose(0, 4)
        from reserve in Gen.Choose(0, 3)
        from w in Gen.Choose(1, 4)
        from weighted in Gen.Elements(Strata)
        select SampleParameters.Create("TL-2025-04", n, m, reserve, new Dictionary<string, decimal> { [weighted] = w * 0.75m }, level: DrawLevel.RegionalDirectorate);

    public static Arbitrary<DrawCase> DrawCase() =>
        (from items in Gen.ArrayOf(ItemGen)
         from seed in SeedGen
         from parameters in ParametersGen
         from shuffle in Gen.Choose(0, int.MaxValue)
         select new DrawCase(items, seed, parameters, shuffle)).ToArbitrary();
}
