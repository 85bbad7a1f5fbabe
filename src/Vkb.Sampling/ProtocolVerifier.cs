using System.Globalization;

namespace Vkb.Sampling;

/// <summary>Builds protocols, replays replacements and compares a protocol with its recomputation.</summary>
internal static class ProtocolVerifier
{
    internal enum ReplaceProblem
    {
        None,
        NotSelected,
        NoReserve,
    }

    public static SampleProtocol Build(DrawEngine.Outcome outcome, SampleParameters parameters, Seed seed, SeedCommitment commitment, NodaTime.Instant? frozenAt) => new()
    {
        Algorithm = Sampler.Algorithm,
        DrawId = parameters.DrawId,
        Seed = seed.Value,
        SeedCommitment = commitment.Digest,
        CommittedAt = commitment.CommittedAt,
        PopulationFrozenAt = frozenAt,
        PopulationDigest = outcome.Digest,
        PopulationSize = outcome.Records,
        PopulationContentDigest = outcome.ContentDigest,
        Section16a = outcome.Section16a,
        Parameters = parameters,
        Units = outcome.Units,
        Excluded = outcome.Excluded,
        Duplicates = outcome.Duplicates,
        Replacements = [],
    };

    public static bool TryReplace(SampleProtocol protocol, string unit, string key, string reason, out SampleProtocol result, out ReplaceProblem problem)
    {
        result = protocol;
        problem = ReplaceProblem.NotSelected;
        var units = protocol.Units.ToList();
        for (var u = 0; u < units.Count; u++)
        {
            if (!string.Equals(units[u].Unit, unit, StringComparison.Ordinal))
            {
                continue;
            }

            var strata = units[u].Strata.ToList();
            for (var s = 0; s < strata.Count; s++)
            {
                var selected = strata[s].Selected.ToList();
                var index = selected.FindIndex(k => string.Equals(k.Key, key, StringComparison.Ordinal));
                if (index < 0)
                {
                    continue;
                }

                if (strata[s].Reserve.Count == 0)
                {
                    problem = ReplaceProblem.NoReserve;
                    return false;
                }

                var by = strata[s].Reserve[0];
                selected.RemoveAt(index);
                selected.Add(by);
                selected.Sort(static (x, y) => string.CompareOrdinal(x.Ticket, y.Ticket));
                strata[s] = strata[s] with { Selected = selected, Reserve = strata[s].Reserve.Skip(1).ToList() };
                units[u] = units[u] with { Strata = strata };
                result = protocol with
                {
                    Units = units,
                    Replacements = [.. protocol.Replacements, new Replacement { Unit = unit, Replaced = key, By = by.Key, Reason = reason }],
                };
                problem = ReplaceProblem.None;
                return true;
            }
        }

        return false;
    }

    public static SampleVerification Verify(SampleProtocol protocol, PopulationSnapshot? previousStage, Func<Seed, SampleParameters, DrawEngine.Outcome> recompute)
    {
        var found = new List<Discrepancy>();
        void Add(DiscrepancyKind kind, string path, string message) => found.Add(new Discrepancy(kind, path, message));

        if (!string.Equals(protocol.Algorithm, Sampler.Algorithm, StringComparison.Ordinal))
        {
            Add(DiscrepancyKind.Algorithm, "algorithm", "The algorithm is not vkb-sample-v1; nothing else can be checked.");
            return new SampleVerification(found);
        }

        if (!Seed.TryParse(protocol.Seed, out var seed))
        {
            Add(DiscrepancyKind.Commitment, "seed", "The seed is not 20 to 256 characters of 0-9 and a-f; nothing else can be checked.");
            return new SampleVerification(found);
        }

        if (!string.Equals(SeedCommitment.DigestOf(seed), protocol.SeedCommitment, StringComparison.Ordinal))
        {
            Add(DiscrepancyKind.Commitment, "seedCommitment", "The seed commitment is not the SHA-256 of the seed.");
        }

        if (previousStage is not null)
        {
            if (protocol.PopulationFrozenAt != previousStage.FrozenAt)
            {
                Add(DiscrepancyKind.CommitmentOrder, "populationFrozenAt", "The freeze instant differs from the snapshot of the previous stage.");
            }

            if (protocol.CommittedAt <= previousStage.FrozenAt)
            {
                Add(DiscrepancyKind.CommitmentOrder, "committedAt", "The seed was committed before the population of the previous stage was frozen (S5).");
            }

            if (!string.Equals(protocol.PopulationDigest, previousStage.Digest, StringComparison.Ordinal))
            {
                Add(DiscrepancyKind.Population, "populationDigest", "The population digest differs from the frozen snapshot of the previous stage.");
            }
        }
        else if (protocol.PopulationFrozenAt is { } frozenAt && protocol.CommittedAt <= frozenAt)
        {
            Add(DiscrepancyKind.CommitmentOrder, "committedAt", "The seed was committed before the population was frozen (S5).");
        }

        SampleParameters parameters;
        try
        {
            parameters = protocol.Parameters.WithDrawId(protocol.DrawId);
        }
        catch (ArgumentException)
        {
            Add(DiscrepancyKind.Allocation, "drawId", "The draw id is not 1 to 200 characters without control characters; nothing else can be checked.");
            return new SampleVerification(found);
        }

        var outcome = recompute(seed, parameters);
        var expected = Build(outcome, parameters, seed, SeedCommitment.Parse(SeedCommitment.DigestOf(seed), protocol.CommittedAt), protocol.PopulationFrozenAt);

        // Replay the replacements on the recomputed draw, in order.
        for (var i = 0; i < protocol.Replacements.Count; i++)
        {
            var r = protocol.Replacements[i];
            var path = Path("replacements", i);
            if (!TryReplace(expected, r.Unit, r.Replaced, r.Reason, out var next, out _))
            {
                Add(DiscrepancyKind.Replacement, path, "The replaced key was not selected in the unit at that point, or its stratum had no reserve.");
                continue;
            }

            if (!string.Equals(next.Replacements[^1].By, r.By, StringComparison.Ordinal))
            {
                Add(DiscrepancyKind.Replacement, path + ".by", "The replacement is not the next reserve ticket of the same stratum.");
            }

            expected = next with { Replacements = [.. expected.Replacements, r] };
        }

        if (!string.Equals(expected.PopulationDigest, protocol.PopulationDigest, StringComparison.Ordinal))
        {
            Add(DiscrepancyKind.Population, "populationDigest", "The population digest differs from the digest of the population given.");
        }

        if (!string.Equals(expected.PopulationContentDigest, protocol.PopulationContentDigest, StringComparison.Ordinal))
        {
            Add(DiscrepancyKind.Population, "populationContentDigest", "The population content digest (keys, units, strata, exclusion attributes, § 16a marks, job centres) differs from the population given.");
        }

        if (expected.PopulationSize != protocol.PopulationSize)
        {
            Add(DiscrepancyKind.Population, "populationSize", Invariant($"The protocol states {protocol.PopulationSize} items; the population given has {expected.PopulationSize}."));
        }

        CompareSection16a(expected, protocol, Add);
        CompareUnits(expected.Units, protocol.Units, seed, protocol.DrawId, Add);
        CompareList(expected.Excluded, protocol.Excluded, "excluded", DiscrepancyKind.Exclusion, Add);
        CompareList(expected.Duplicates, protocol.Duplicates, "duplicates", DiscrepancyKind.Duplicate, Add);
        return new SampleVerification(found);
    }

    /// <summary>
    /// Compares the § 16a record and reports every selected case the register excludes (S7): the
    /// exclusions are re-derived from the population and the register the verifier was given.
    /// </summary>
    private static void CompareSection16a(SampleProtocol expected, SampleProtocol actual, Action<DiscrepancyKind, string, string> add)
    {
        var e = expected.Section16a;
        var a = actual.Section16a;
        if (a is null)
        {
            add(DiscrepancyKind.Section16a, "section16a", "The protocol does not record how § 16a cases were handled (S7).");
        }
        else if (e is not null)
        {
            if (e.Rule != a.Rule)
            {
                add(DiscrepancyKind.Section16a, "section16a.rule", "The § 16a rule differs from the frame the verification was given.");
            }

            if (e.RegisterSha256 != a.RegisterSha256 || e.RegisterDecisions != a.RegisterDecisions)
            {
                add(DiscrepancyKind.Section16a, "section16a.registerSha256", "The consent register given is not the one the draw used.");
            }

            if (e.Month != a.Month)
            {
                add(DiscrepancyKind.Section16a, "section16a.month", "The consent month differs from the month given.");
            }

            if (e.Reason != a.Reason)
            {
                add(DiscrepancyKind.Section16a, "section16a.reason", "The stated reason differs.");
            }

            CheckNumber(e.Marked, a.Marked, "section16a.marked", add);
            CheckNumber(e.StatedConsentDisagreements, a.StatedConsentDisagreements, "section16a.statedConsentDisagreements", add);
            CompareList(e.ExcludedPerUnit, a.ExcludedPerUnit, "section16a.excludedPerUnit", DiscrepancyKind.Section16a, add);
        }

        var against = expected.Excluded.Where(x => x.Reason == SampleFrame.Section16aReason).Select(x => (x.Unit, x.Key)).ToHashSet();
        if (against.Count == 0)
        {
            return;
        }

        for (var u = 0; u < actual.Units.Count; u++)
        {
            for (var s = 0; s < actual.Units[u].Strata.Count; s++)
            {
                var selected = actual.Units[u].Strata[s].Selected;
                for (var k = 0; k < selected.Count; k++)
                {
                    if (against.Contains((actual.Units[u].Unit, selected[k].Key)))
                    {
                        add(DiscrepancyKind.Section16a, Invariant($"units[{u}].strata[{s}].selected[{k}]"), "A § 16a case was drawn although the consent register gives no consent for its job centre in the month (S7).");
                    }
                }
            }
        }
    }

    private static void CompareUnits(IReadOnlyList<UnitSample> expected, IReadOnlyList<UnitSample> actual, Seed seed, string drawId, Action<DiscrepancyKind, string, string> add)
    {
        var hasher = new TicketHasher(seed, drawId);
        if (expected.Count != actual.Count)
        {
            add(DiscrepancyKind.Allocation, "units", Invariant($"The protocol lists {actual.Count} units; the recomputation has {expected.Count}."));
        }

        for (var u = 0; u < Math.Min(expected.Count, actual.Count); u++)
        {
            var e = expected[u];
            var a = actual[u];
            var path = Path("units", u);
            if (!string.Equals(e.Unit, a.Unit, StringComparison.Ordinal))
            {
                add(DiscrepancyKind.Allocation, path + ".unit", "The unit differs from the recomputed unit at this position.");
                continue;
            }

            CheckNumber(e.Requested, a.Requested, path + ".requested", add);
            CheckNumber(e.Selected, a.Selected, path + ".selected", add);
            CheckNumber(e.Shortfall, a.Shortfall, path + ".shortfall", add);
            if (!e.Notes.SequenceEqual(a.Notes, StringComparer.Ordinal))
            {
                add(DiscrepancyKind.Allocation, path + ".notes", "The notes differ from the recomputation.");
            }

            if (e.Strata.Count != a.Strata.Count)
            {
                add(DiscrepancyKind.Allocation, path + ".strata", Invariant($"The protocol lists {a.Strata.Count} strata; the recomputation has {e.Strata.Count}."));
            }

            for (var s = 0; s < Math.Min(e.Strata.Count, a.Strata.Count); s++)
            {
                var es = e.Strata[s];
                var @as = a.Strata[s];
                var sp = path + Path(".strata", s);
                if (!string.Equals(es.Stratum, @as.Stratum, StringComparison.Ordinal))
                {
                    add(DiscrepancyKind.Allocation, sp + ".stratum", "The stratum differs from the recomputed stratum at this position.");
                    continue;
                }

                CheckNumber(es.Eligible, @as.Eligible, sp + ".eligible", add);
                CheckNumber(es.Allocated, @as.Allocated, sp + ".allocated", add);
                CompareKeys(es.Selected, @as.Selected, sp + ".selected", hasher, add);
                CompareKeys(es.Reserve, @as.Reserve, sp + ".reserve", hasher, add);
            }
        }
    }

    private static void CompareKeys(IReadOnlyList<SampledKey> expected, IReadOnlyList<SampledKey> actual, string path, TicketHasher hasher, Action<DiscrepancyKind, string, string> add)
    {
        if (expected.Count != actual.Count)
        {
            add(DiscrepancyKind.Selection, path, Invariant($"The protocol lists {actual.Count} keys; the recomputation has {expected.Count}."));
        }

        for (var i = 0; i < actual.Count; i++)
        {
            var a = actual[i];
            var p = Path(path, i);
            if (!SampleTicket.TryParse(a.Ticket, out var ticket) || ticket != hasher.Compute(a.Key) ||
                !string.Equals(a.Ticket, ticket.ToString(), StringComparison.Ordinal))
            {
                add(DiscrepancyKind.Ticket, p + ".ticket", "The ticket is not the SHA-256 ticket of its key (lowercase hex).");
            }

            if (i < expected.Count && !string.Equals(expected[i].Key, a.Key, StringComparison.Ordinal))
            {
                add(DiscrepancyKind.Selection, p + ".key", "The key differs from the recomputed key at this position.");
            }
        }
    }

    private static void CompareList<TItem>(IReadOnlyList<TItem> expected, IReadOnlyList<TItem> actual, string path, DiscrepancyKind kind, Action<DiscrepancyKind, string, string> add)
    {
        if (expected.Count != actual.Count)
        {
            add(kind, path, Invariant($"The protocol lists {actual.Count} entries; the recomputation has {expected.Count}."));
        }

        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            if (!EqualityComparer<TItem>.Default.Equals(expected[i], actual[i]))
            {
                add(kind, Path(path, i), "The entry differs from the recomputed entry at this position.");
            }
        }
    }

    private static void CheckNumber(long expected, long actual, string path, Action<DiscrepancyKind, string, string> add)
    {
        if (expected != actual)
        {
            add(DiscrepancyKind.Allocation, path, Invariant($"The protocol states {actual}; the recomputation gives {expected}."));
        }
    }

    private static string Path(string prefix, int index) => Invariant($"{prefix}[{index}]");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
