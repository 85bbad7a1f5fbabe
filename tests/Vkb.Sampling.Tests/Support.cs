using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

/// <summary>A naive re-implementation of the draw from the spec, to compare the streaming engine against.</summary>
internal static class Naive
{
    /// <summary>Per unit: key → stratum (ordinally smallest when duplicated), for eligible keys only.</summary>
    public static Dictionary<string, Dictionary<string, string>> EligibleByUnit(IEnumerable<PopulationItem> population, ISet<string>? excluded = null)
    {
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var item in population)
        {
            if (!result.TryGetValue(item.Unit, out var keys))
            {
                keys = new Dictionary<string, string>(StringComparer.Ordinal);
                result[item.Unit] = keys;
            }

            if (!keys.TryGetValue(item.Key, out var stratum) || string.CompareOrdinal(item.Stratum, stratum) < 0)
            {
                keys[item.Key] = item.Stratum;
            }
        }

        if (excluded is not null)
        {
            foreach (var keys in result.Values)
            {
                foreach (var key in keys.Keys.Where(excluded.Contains).ToList())
                {
                    keys.Remove(key);
                }
            }
        }

        return result;
    }

    public static T[] Shuffle<T>(IEnumerable<T> items, int seed)
    {
        var array = items.ToArray();
        new Random(seed).Shuffle(array);
        return array;
    }
}

/// <summary>The bytes a ticket hashes, written out as the spec states them (docs/sampling-spec.md, section 2).</summary>
internal static class SpecMessage
{
    public static byte[] Build(string seed, string drawId, string key)
    {
        var bytes = new List<byte>(System.Text.Encoding.ASCII.GetBytes("VKB-SAMPLE-V1"));
        foreach (var part in new[] { seed, drawId, key })
        {
            var utf8 = System.Text.Encoding.UTF8.GetBytes(part);
            var length = new byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, utf8.Length);
            bytes.AddRange(length);
            bytes.AddRange(utf8);
        }

        return bytes.ToArray();
    }
}
