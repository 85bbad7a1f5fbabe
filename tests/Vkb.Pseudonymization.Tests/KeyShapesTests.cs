using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The shape filter in front of the name lookups only skips work: whenever a word or its uninflected form folds
/// to a known key (the lookup's own definition, through <see cref="NameFolding.Keys"/>), the filter lets it
/// through, for ASCII, umlauts, ß and letters that only the slow folding handles.
/// </summary>
public class KeyShapesTests
{
    private static readonly string[] Letters =
        ["a", "e", "k", "l", "m", "r", "s", "S", "M", "K", "ä", "Ä", "ö", "ü", "Ü", "ß", "é", "Ł", "ç", "\u212A", "\u017F", "\u1E9E", "ı", "İ"];

    private static Gen<string> Word() =>
        Gen.Elements(Letters).ListOf().Where(l => l.Count is >= 2 and <= 12).Select(l => string.Concat(l));

    [Property(MaxTest = 2000)]
    [Trait("Rule", "P2")]
    public Property PairShapes_EveryWordEqualToAKeyInAnyCase_PassesTheFilter()
    {
        // Keys of the letters (in either case), probes mostly a key in another case or a random word of the same letters.
        var input = (from keys in Word().ListOf().Where(k => k.Count is >= 1 and <= 6)
                     from pick in Gen.Choose(0, keys.Count - 1)
                     from casing in Gen.Elements<Func<string, string>>(k => k, k => k.ToUpperInvariant(), k => k.ToLowerInvariant())
                     from random in Word()
                     from useKey in Gen.Elements(true, false)
                     select (Keys: keys, Probe: useKey ? casing(keys[pick]) : random)).ToArbitrary();
        return Prop.ForAll(input, x =>
        {
            var shapes = new PairShapes(x.Keys);
            var equal = x.Keys.Contains(x.Probe, StringComparer.OrdinalIgnoreCase);
            return (!equal || shapes.MayEqual(x.Probe)).Label($"{x.Probe} in [{string.Join(",", x.Keys)}]");
        });
    }

    [Property(MaxTest = 2000)]
    [Trait("Rule", "P2")]
    public Property MayMatch_EveryWordWithAKey_PassesTheFilter()
    {
        // Probes are mostly spellings of one of the names (so that many have a key): as they stand, upper or
        // lower case, or transliterated; the rest are random words.
        var input = (from names in Word().ListOf().Where(n => n.Count is >= 1 and <= 6)
                     from pick in Gen.Choose(0, names.Count - 1)
                     from spelling in Gen.Elements<Func<string, string>>(
                         n => n, n => n.ToUpperInvariant(), n => n.ToLowerInvariant(),
                         n => n.Replace("ü", "ue", StringComparison.Ordinal).Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal),
                         n => n.Replace("ue", "ü", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal))
                     from random in Word()
                     from useName in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
                     let probe = useName ? spelling(names[pick]) : random
                     from inflect in Gen.Elements(false, true)
                     from digraphsOnly in Gen.Elements(false, true)
                     select (Names: names, Probe: inflect ? probe + "s" : probe, DigraphsOnly: digraphsOnly)).ToArbitrary();
        return Prop.ForAll(input, x =>
        {
            var shapes = new KeyShapes();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in x.Names)
            {
                // Known names are keyed under both foldings, person tokens under the digraph folding only.
                foreach (var key in x.DigraphsOnly ? [NameFolding.Fold(name, digraphs: true)] : NameFolding.Keys(name))
                {
                    keys.Add(key);
                    shapes.Add(key);
                }
            }

            var probe = x.Probe;
            var found = NameFolding.Keys(probe).Any(keys.Contains) ||
                        (probe.Length > 3 && probe[^1] is 's' or 'S' && NameFolding.Keys(probe.AsSpan(0, probe.Length - 1)).Any(keys.Contains));
            return (!found || (shapes.MayMatch(probe) && shapes.MayStartWith(probe[0]))).Label(probe);
        });
    }

    [Fact]
    public void MayMatch_RulesOutWordsOfOtherShapes()
    {
        var shapes = new KeyShapes();
        foreach (var key in NameFolding.Keys("Müller"))
        {
            shapes.Add(key);
        }

        shapes.MayMatch("Müllers").ShouldBeTrue();
        shapes.MayMatch("Mueller").ShouldBeTrue();
        shapes.MayMatch("MULLER").ShouldBeTrue();
        shapes.MayMatch("Termin").ShouldBeFalse();
        shapes.MayMatch("Mitarbeiterin").ShouldBeFalse();
        shapes.MayMatch("Ämter").ShouldBeFalse();
        shapes.MayStartWith('M').ShouldBeTrue();
        shapes.MayStartWith('m').ShouldBeTrue();
        shapes.MayStartWith('T').ShouldBeFalse();
        shapes.MayStartWith('Ä').ShouldBeTrue(); // not ASCII: left to MayMatch
    }
}
