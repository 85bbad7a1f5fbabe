using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Vkb.Sampling;

namespace Vkb.Testing;

/// <summary>A generated draw: a small population (duplicates possible), a seed and a request.</summary>
/// <param name="Population">The population items, in generated order.</param>
/// <param name="Seed">The seed of the draw.</param>
/// <param name="Parameters">The request (draw id <c>TL-2025-04</c>, regional-directorate level).</param>
/// <param name="ShuffleSeed">A seed for tests that permute the population.</param>
public sealed record DrawCase(PopulationItem[] Population, Seed Seed, SampleParameters Parameters, int ShuffleSeed)
{
    /// <summary>When every generated seed was committed.</summary>
    public static readonly Instant CommittedAt = Instant.FromUtc(2025, 4, 1, 8, 0);

    /// <summary>The commitment to <see cref="Seed"/> at <see cref="CommittedAt"/>.</summary>
    public SeedCommitment Commitment => SeedCommitment.Create(Seed, CommittedAt);

    /// <summary>Draws the case with <see cref="Sampler.Draw{T}"/>.</summary>
    /// <param name="frame">The frame; by default <see cref="PopulationItem.Frame"/>.</param>
    /// <returns>The protocol.</returns>
    public SampleProtocol Draw(SampleFrame<PopulationItem>? frame = null) =>
        Sampler.Draw(Population, frame ?? PopulationItem.Frame, Parameters, Seed, Commitment);

    /// <summary>A one-line description for FsCheck's counterexample report.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Population.Length} items, seed {Seed}, n={Parameters.PerUnit}, m={Parameters.MinPerStratum}, reserve={Parameters.Reserve}, " +
        $"weights=[{string.Join(",", Parameters.Weights.Select(w => w.Key + ":" + w.Value.ToString(CultureInfo.InvariantCulture)))}], shuffle {ShuffleSeed}";
}

/// <summary>
/// FsCheck generators of sampling populations and draws, built through Vkb.Sampling's public
/// factories. Register <see cref="DrawCase()"/> with <c>[Properties(Arbitrary = [typeof(SamplingArbitraries)])]</c>.
/// </summary>
public static class SamplingArbitraries
{
    /// <summary>The units (team leads) of the generated populations.</summary>
    public static readonly IReadOnlyList<string> Units = ["TL-1", "TL-2", "TL-3"];

    /// <summary>The strata of the generated populations.</summary>
    public static readonly IReadOnlyList<string> Strata = ["longTermUnemployed", "young", "rehab", "other"];

    /// <summary>Seeds of 20 digits.</summary>
    public static Gen<Seed> SeedGen =>
        Gen.Choose(0, int.MaxValue).Select(i => Seed.Parse(((long)i * 7919L).ToString("D20", CultureInfo.InvariantCulture)));

    /// <summary>Seeds of every accepted shape: 20, 64 or 20 to 256 lower-case hex digits.</summary>
    public static Gen<Seed> AnySeedGen =>
        from length in Gen.Frequency((3, Gen.Constant(20)), (3, Gen.Constant(64)), (4, Gen.Choose(20, 256)))
        from digits in Gen.ArrayOf(Gen.Elements("0123456789abcdef".ToCharArray()), length)
        select Seed.Parse(new string(digits));

    /// <summary>Items with one of 121 keys (so duplicates occur), a unit of <see cref="Units"/> and a stratum of <see cref="Strata"/>.</summary>
    public static Gen<PopulationItem> ItemGen =>
        from k in Gen.Choose(0, 120)
        from u in Gen.Elements<string>(Units)
        from s in Gen.Elements<string>(Strata)
        select new PopulationItem("K" + k.ToString("D4", CultureInfo.InvariantCulture), u, s);

    /// <summary>Requests of 1 to 14 per unit, a floor of 0 to 4 per stratum, a reserve of 0 to 3 and one weighted stratum.</summary>
    public static Gen<SampleParameters> ParametersGen =>
        from n in Gen.Choose(1, 14)
        from m in Gen.Choose(0, 4)
        from reserve in Gen.Choose(0, 3)
        from w in Gen.Choose(1, 4)
        from weighted in Gen.Elements<string>(Strata)
        select SampleParameters.Create("TL-2025-04", n, m, reserve, new Dictionary<string, decimal> { [weighted] = w * 0.75m }, level: DrawLevel.RegionalDirectorate);

    /// <summary>
    /// Populations whose keys, units, strata and job centres all contain the capital letter
    /// <c>Q</c> (<c>QKEY017Q</c>, <c>QUNIT2Q</c>, …) and about one § 16a case in ten: a leak test
    /// searches any log line, report or message for <c>Q</c>.
    /// </summary>
    public static Gen<PopulationItem[]> MarkedPopulationGen =>
        Gen.ArrayOf(
            from k in Gen.Choose(0, 200)
            from u in Gen.Choose(0, 4)
            from s in Gen.Choose(0, 3)
            from marked in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
            select new PopulationItem(
                "QKEY" + k.ToString("D3", CultureInfo.InvariantCulture) + "Q",
                "QUNIT" + u.ToString(CultureInfo.InvariantCulture) + "Q",
                "QSTRATUM" + s.ToString(CultureInfo.InvariantCulture) + "Q") { Section16a = marked, JobCentre = "QJC" + u.ToString(CultureInfo.InvariantCulture) + "Q" });

    /// <summary>Draws: a population of <see cref="ItemGen"/>, a seed, parameters and a shuffle seed.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DrawCase> DrawCase() =>
        (from items in Gen.ArrayOf(ItemGen)
         from seed in SeedGen
         from parameters in ParametersGen
         from shuffle in Gen.Choose(0, int.MaxValue)
         select new DrawCase(items, seed, parameters, shuffle)).ToArbitrary();
}
