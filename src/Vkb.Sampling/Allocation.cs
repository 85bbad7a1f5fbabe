namespace Vkb.Sampling;

/// <summary>The allocation of one unit's request over its strata (see docs/sampling-spec.md).</summary>
internal static class Allocation
{
    internal const string MinimumsExceedRequest = "minimums-exceed-request";

    /// <summary>
    /// Allocates <paramref name="request"/> over strata given in ordinal name order.
    /// </summary>
    /// <param name="names">Stratum names, sorted ordinally.</param>
    /// <param name="eligible">Eligible counts <c>N_h</c>.</param>
    /// <param name="weights">Weights <c>w_h</c> (&gt; 0, at most 6 decimals).</param>
    /// <param name="request">The request <c>n</c>.</param>
    /// <param name="minimum">The minimum <c>m</c>.</param>
    /// <param name="minimumsExceedRequest">Whether the minimums alone exceed the request.</param>
    /// <returns>The allocated counts, each at most <c>N_h</c>, summing to <c>min(n, ΣN_h)</c>.</returns>
    public static long[] Allocate(IReadOnlyList<string> names, IReadOnlyList<long> eligible, IReadOnlyList<decimal> weights, long request, long minimum, out bool minimumsExceedRequest)
    {
        var count = names.Count;
        var allocated = new long[count];
        long baseTotal = 0;
        for (var h = 0; h < count; h++)
        {
            baseTotal += Math.Min(minimum, eligible[h]);
        }

        minimumsExceedRequest = baseTotal > request;
        if (minimumsExceedRequest)
        {
            AllocateMinimumsRoundRobin(eligible, weights, request, minimum, allocated);
            return allocated;
        }

        long total = 0;
        for (var h = 0; h < count; h++)
        {
            allocated[h] = Math.Min(minimum, eligible[h]);
            total += eligible[h];
        }

        var rest = Math.Min(request, total) - baseTotal;
        var open = new List<int>();
        for (var h = 0; h < count; h++)
        {
            if (eligible[h] > allocated[h])
            {
                open.Add(h);
            }
        }

        // Largest remainder on w_h·N_h; strata that would exceed N_h are capped and the excess
        // is shared again among the others, the same way, until everything fits.
        while (rest > 0 && open.Count > 0)
        {
            var share = LargestRemainder(open, eligible, weights, rest);
            var capped = false;
            for (var i = 0; i < open.Count; i++)
            {
                var h = open[i];
                if (allocated[h] + share[i] > eligible[h])
                {
                    capped = true;
                }
            }

            if (!capped)
            {
                for (var i = 0; i < open.Count; i++)
                {
                    allocated[open[i]] += share[i];
                }

                break;
            }

            var stillOpen = new List<int>();
            for (var i = 0; i < open.Count; i++)
            {
                var h = open[i];
                if (allocated[h] + share[i] >= eligible[h])
                {
                    rest -= eligible[h] - allocated[h];
                    allocated[h] = eligible[h];
                }
                else
                {
                    stillOpen.Add(h);
                }
            }

            open = stillOpen;
        }

        return allocated;
    }

    private static long[] LargestRemainder(List<int> open, IReadOnlyList<long> eligible, IReadOnlyList<decimal> weights, long rest)
    {
        var size = new Int128[open.Count];
        Int128 sum = 0;
        for (var i = 0; i < open.Count; i++)
        {
            var h = open[i];
            size[i] = (Int128)(long)(weights[h] * 1_000_000m) * eligible[h];
            sum += size[i];
        }

        var share = new long[open.Count];
        var remainders = new Int128[open.Count];
        long given = 0;
        for (var i = 0; i < open.Count; i++)
        {
            var numerator = rest * size[i];
            share[i] = (long)(numerator / sum);
            remainders[i] = numerator % sum;
            given += share[i];
        }

        // Ties: the ordinal stratum name decides; open is in ordinal name order, so the lower index wins.
        var order = Enumerable.Range(0, open.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).ToArray();
        for (var k = 0; k < rest - given; k++)
        {
            share[order[k]]++;
        }

        return share;
    }

    /// <summary>
    /// The documented rule when the minimums alone exceed the request: the request is handed out
    /// one record at a time in rounds; in each round the strata are visited by descending weight,
    /// then ordinal name, and a stratum takes one while it is below <c>min(m, N_h)</c>. So as many
    /// strata as possible are covered, risk-weighted strata first.
    /// </summary>
    private static void AllocateMinimumsRoundRobin(IReadOnlyList<long> eligible, IReadOnlyList<decimal> weights, long request, long minimum, long[] allocated)
    {
        var order = Enumerable.Range(0, eligible.Count).OrderByDescending(h => weights[h]).ThenBy(h => h).ToArray();
        var left = request;
        while (left > 0)
        {
            var progressed = false;
            foreach (var h in order)
            {
                if (left == 0)
                {
                    break;
                }

                if (allocated[h] < Math.Min(minimum, eligible[h]))
                {
                    allocated[h]++;
                    left--;
                    progressed = true;
                }
            }

            if (!progressed)
            {
                break;
            }
        }
    }
}
