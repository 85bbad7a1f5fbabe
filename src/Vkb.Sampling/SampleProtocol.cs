using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Vkb.Sampling;

/// <summary>
/// The written record of one draw: everything an auditor needs, together with the population, to
/// recompute and re-check it (<see cref="Sampler.Verify{T}(SampleProtocol, IEnumerable{T}, SampleFrame{T}, PopulationSnapshot?, PopulationOrder)"/>).
/// Serialised as JSON with the names of docs/sampling-spec.md.
/// </summary>
/// <remarks>
/// Plain data read from files: nothing here is trusted until verified. Immutable; thread-safe.
/// </remarks>
public sealed partial record SampleProtocol
{
    /// <summary>Always <c>vkb-sample-v1</c> for protocols of this algorithm.</summary>
    public required string Algorithm { get; init; }

    /// <summary>The draw id.</summary>
    public required string DrawId { get; init; }

    /// <summary>The seed, revealed with the protocol.</summary>
    public required string Seed { get; init; }

    /// <summary>The lowercase hex SHA-256 of the seed, published before the draw.</summary>
    public required string SeedCommitment { get; init; }

    /// <summary>When the seed commitment was made.</summary>
    public required Instant CommittedAt { get; init; }

    /// <summary>For a second-stage draw: when the population (the previous stage's result) was frozen.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Instant? PopulationFrozenAt { get; init; }

    /// <summary>Lowercase hex SHA-256 of all distinct keys, sorted ordinally, joined by a line feed.</summary>
    public required string PopulationDigest { get; init; }

    /// <summary>The number of population items read (records, duplicates included).</summary>
    public required long PopulationSize { get; init; }

    /// <summary>
    /// Lowercase hex SHA-256 over every item as the draw reads it: key, unit, stratum, which exclusion
    /// rules matched, the § 16a mark and the job centre (docs/sampling-spec.md § 3). Changing any of
    /// these in the population changes it, even where the keys stay the same.
    /// </summary>
    public required string PopulationContentDigest { get; init; }

    /// <summary>How the draw handled § 16a cases (S7); null only in protocols of older versions, which verification reports.</summary>
    public required Section16aSummary? Section16a { get; init; }

    /// <summary>The request and host parameters of the draw.</summary>
    public required SampleParameters Parameters { get; init; }

    /// <summary>The result per unit, in ordinal unit order.</summary>
    public required IReadOnlyList<UnitSample> Units { get; init; }

    /// <summary>Keys excluded from the population, with unit and reason, ordered by key, unit, reason.</summary>
    public required IReadOnlyList<ExcludedKey> Excluded { get; init; }

    /// <summary>Keys that occurred more than once in a unit; each counted once.</summary>
    public required IReadOnlyList<DuplicateKey> Duplicates { get; init; }

    /// <summary>Replacements made after the draw, in the order they were made.</summary>
    public required IReadOnlyList<Replacement> Replacements { get; init; }

    /// <summary>The keys selected for <paramref name="unit"/> (after replacements), in stratum then ticket order.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The keys; empty when the unit is not in the protocol.</returns>
    public IReadOnlyList<string> SelectedKeys(string unit) =>
        Units.Where(u => string.Equals(u.Unit, unit, StringComparison.Ordinal))
            .SelectMany(u => u.Strata).SelectMany(s => s.Selected).Select(s => s.Key).ToList();

    /// <summary>All selected keys of all units (after replacements).</summary>
    /// <returns>Pairs of unit and key.</returns>
    public IEnumerable<(string Unit, string Key)> AllSelected() =>
        Units.SelectMany(u => u.Strata.SelectMany(s => s.Selected.Select(k => (u.Unit, k.Key))));

    /// <summary>Refuses a null inside a list (the serializer checks members, not list entries), naming its path.</summary>
    private static void CheckNoNullEntries(SampleProtocol p)
    {
        static void Check<TItem>(IReadOnlyList<TItem?> list, string path)
            where TItem : class
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is null)
                {
                    throw new FormatException(string.Format(System.Globalization.CultureInfo.InvariantCulture, "The protocol is not valid: {0}[{1}] is null.", path, i));
                }
            }
        }

        Check(p.Units, "units");
        Check(p.Excluded, "excluded");
        Check(p.Duplicates, "duplicates");
        Check(p.Replacements, "replacements");
        if (p.Section16a is { } section)
        {
            Check(section.ExcludedPerUnit, "section16a.excludedPerUnit");
        }

        for (var u = 0; u < p.Units.Count; u++)
        {
            var unit = p.Units[u];
            Check(unit.Notes, $"units[{u}].notes");
            Check(unit.Strata, $"units[{u}].strata");
            for (var s = 0; s < unit.Strata.Count; s++)
            {
                Check(unit.Strata[s].Selected, $"units[{u}].strata[{s}].selected");
                Check(unit.Strata[s].Reserve, $"units[{u}].strata[{s}].reserve");
            }
        }
    }

    /// <summary>The protocol as stable, indented JSON (two spaces, line feeds, UTF-8 without escaping of non-ASCII letters).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, SamplingJsonContext.Writer.SampleProtocol) + "\n";

    /// <summary>Reads a protocol from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The protocol.</returns>
    /// <exception cref="FormatException">The text is not a protocol; the message names the JSON path and line, never a value.</exception>
    public static SampleProtocol FromJson(string json)
    {
        Preconditions.CheckNotNull(json);
        try
        {
            var protocol = JsonSerializer.Deserialize(json, SamplingJsonContext.Default.SampleProtocol)
                ?? throw new FormatException("The protocol is empty (JSON null).");
            CheckNoNullEntries(protocol);
            return protocol with { Parameters = protocol.Parameters.WithDrawId(protocol.DrawId) };
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The protocol is not valid: {ex.Message}", ex);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"The protocol is not valid: {ex.Message}", ex);
        }
    }
}

/// <summary>The § 16a part of a protocol (S7): which register the draw checked, and what it excluded.</summary>
public sealed record Section16aSummary
{
    /// <summary>The value of <see cref="Rule"/> when the draw checked § 16a cases against a consent register.</summary>
    public const string ConsentRegisterRule = "consent-register";

    /// <summary>The value of <see cref="Rule"/> when the frame stated that the population holds no § 16a case.</summary>
    public const string NotApplicable = "not-applicable";

    /// <summary><c>consent-register</c> or <c>not-applicable</c>.</summary>
    public required string Rule { get; init; }

    /// <summary>For <c>not-applicable</c>: why the population holds no § 16a case.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }

    /// <summary>The register's digest (<see cref="ConsentRegister.Digest"/>); an empty register has the digest of its header alone.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RegisterSha256 { get; init; }

    /// <summary>How many decisions the register holds.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? RegisterDecisions { get; init; }

    /// <summary>The month whose consent was checked (yyyy-MM); null for an empty register.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Month { get; init; }

    /// <summary>Items marked as § 16a cases.</summary>
    public long Marked { get; init; }

    /// <summary>Items whose own stated consent (e.g. <c>jobCentre.consents16a</c>) disagrees with the register; the register decides.</summary>
    public long StatedConsentDisagreements { get; init; }

    /// <summary>Per unit (ordinal order, every unit of the draw): distinct keys excluded as § 16a cases without consent.</summary>
    public required IReadOnlyList<UnitExclusionCount> ExcludedPerUnit { get; init; }

    /// <inheritdoc />
    public bool Equals(Section16aSummary? other) =>
        other is not null && Rule == other.Rule && Reason == other.Reason && RegisterSha256 == other.RegisterSha256 && RegisterDecisions == other.RegisterDecisions &&
        Month == other.Month && Marked == other.Marked && StatedConsentDisagreements == other.StatedConsentDisagreements && ExcludedPerUnit.SequenceEqual(other.ExcludedPerUnit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule, RegisterSha256, Marked);
}

/// <summary>How many distinct keys of one unit a rule excluded.</summary>
public sealed record UnitExclusionCount
{
    /// <summary>The unit.</summary>
    public required string Unit { get; init; }

    /// <summary>Distinct keys excluded.</summary>
    public required long Excluded { get; init; }
}

/// <summary>The result of one unit.</summary>
public sealed record UnitSample
{
    /// <summary>The unit (e.g. a team lead or a regional directorate).</summary>
    public required string Unit { get; init; }

    /// <summary>The request <c>n</c>.</summary>
    public required long Requested { get; init; }

    /// <summary>How many keys were selected: <c>min(n, Σ eligible)</c>.</summary>
    public required long Selected { get; init; }

    /// <summary><c>n − selected</c>; greater than 0 when fewer records were eligible than requested.</summary>
    public required long Shortfall { get; init; }

    /// <summary>Remarks: <c>fewer-eligible-than-requested</c>, <c>minimums-exceed-request</c>.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The strata, in ordinal name order.</summary>
    public required IReadOnlyList<StratumSample> Strata { get; init; }
}

/// <summary>The result of one stratum of a unit.</summary>
public sealed record StratumSample
{
    /// <summary>The stratum name.</summary>
    public required string Stratum { get; init; }

    /// <summary>Distinct eligible keys <c>N_h</c>.</summary>
    public required long Eligible { get; init; }

    /// <summary>The allocated count <c>n_h</c>.</summary>
    public required long Allocated { get; init; }

    /// <summary>The selected keys (the smallest tickets), in ticket order.</summary>
    public required IReadOnlyList<SampledKey> Selected { get; init; }

    /// <summary>The next tickets, in ticket order, for replacements.</summary>
    public required IReadOnlyList<SampledKey> Reserve { get; init; }
}

/// <summary>A key with its ticket.</summary>
public sealed record SampledKey
{
    /// <summary>The record key.</summary>
    public required string Key { get; init; }

    /// <summary>The ticket as 64 lowercase hex digits.</summary>
    public required string Ticket { get; init; }
}

/// <summary>A key excluded from a unit's population.</summary>
public sealed record ExcludedKey
{
    /// <summary>The record key.</summary>
    public required string Key { get; init; }

    /// <summary>The unit.</summary>
    public required string Unit { get; init; }

    /// <summary>Why it was excluded (the rule's reason).</summary>
    public required string Reason { get; init; }
}

/// <summary>A key that occurred more than once in one unit; it is counted and drawn once.</summary>
public sealed record DuplicateKey
{
    /// <summary>The record key.</summary>
    public required string Key { get; init; }

    /// <summary>The unit.</summary>
    public required string Unit { get; init; }

    /// <summary>How many items carried the key in the unit.</summary>
    public required int Occurrences { get; init; }
}

/// <summary>A selected key replaced by the next reserve ticket of its stratum.</summary>
public sealed record Replacement
{
    /// <summary>The unit.</summary>
    public required string Unit { get; init; }

    /// <summary>The key that was replaced.</summary>
    public required string Replaced { get; init; }

    /// <summary>The reserve key that took its place.</summary>
    public required string By { get; init; }

    /// <summary>Why (e.g. the record could not be assessed).</summary>
    public required string Reason { get; init; }
}
