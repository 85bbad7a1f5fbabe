using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The scrubber matches through each workspace's own copy of its regexes (one shared instance makes threads fight
/// over its cached runner). A copy must find exactly what the shared instance finds, be the workspace's own, and
/// stay the same for the workspace.
/// </summary>
public class RegexSlotsTests
{
    private static readonly string[] Pieces =
    [
        "0", "1", "7", "12", "2024", "10001", "3244942", " ", "  ", ".", "-", "/", "(", ")", "@", "+49", "(0)", "\u00A0", "\n",
        "a", "K", "\u212A", "\u017F", "ß", "ü", "\u0663", "\uFF11", "DE", "BG", "TL", "MA", "(at)", "[dot]", "www.", "https://",
        "straße", "STRASSE", "Am", "In der", "März", "Sept", "Feldstraße 76", "10001BG3244942", "100 L 236147", "46 891 345 024",
        "12 080988 A 968", "DE29 3424 0047 1455 2279 22", "0211/906443", "17.11.99", "2024-08-30", "17. November 1999", "x.y@example.org",
        "MA-12345", "40477 Düsseldorf",
    ];

    private static IEnumerable<Regex> BuiltInRegexes() =>
        new TextScrubber().Detectors.OfType<RegexDetector>().Select(d => d.Regex).Append(DateDetector.DateRegex());

    // FsCheck.Xunit calls a [Property] method once per case (500 times here), so the copies, compiled regexes whose
    // first match costs a JIT of their code, are made once: made in the method they took 3.5 minutes of the suite.
    private static readonly Lazy<List<(Regex Shared, Regex Copy)>> Copies =
        new(() => BuiltInRegexes().Select(r => (Shared: r, Copy: RegexSlots.Copy(r))).ToList());

    [Property(MaxTest = 500)]
    [Trait("Rule", "P2")]
    public Property EveryBuiltInRegex_ItsCopy_FindsExactlyWhatItFinds()
    {
        var copies = Copies.Value;
        var texts = Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();
        return Prop.ForAll(texts, text => copies.All(c => Matches(c.Copy, text) == Matches(c.Shared, text)));
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void EveryBuiltInRegex_ItsCopy_IsANewInstanceOfTheSameRegex()
    {
        foreach (var shared in BuiltInRegexes())
        {
            var copy = RegexSlots.Copy(shared);
            copy.ShouldNotBeSameAs(shared);
            copy.ToString().ShouldBe(shared.ToString());
            copy.Options.ShouldBe(shared.Options | RegexOptions.Compiled);
            copy.MatchTimeout.ShouldBe(shared.MatchTimeout);
        }
    }

    [Fact]
    public void APlainRegex_IsCopiedCompiled_WithItsPatternOptionsAndTimeout()
    {
        var shared = new Regex(@"\bmüller\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(3));
        var copy = RegexSlots.Copy(shared);
        copy.ShouldNotBeSameAs(shared);
        copy.ToString().ShouldBe(shared.ToString());
        copy.Options.ShouldBe(shared.Options | RegexOptions.Compiled);
        copy.MatchTimeout.ShouldBe(shared.MatchTimeout);
        Matches(copy, "Herr MÜLLERS und Frau Müller").ShouldBe(Matches(shared, "Herr MÜLLERS und Frau Müller"));
    }

    [Fact]
    public void AWorkspace_HasItsOwnCopy_AndTheSameCopyEachTime()
    {
        var shared = new Regex(@"\d+", RegexOptions.CultureInvariant);
        var slot = RegexSlots.Register(shared);
        RegexSlots.Register(shared).ShouldBe(slot);
        var workspace = new ScrubWorkspace();
        var here = workspace.Regex(slot);
        here.ShouldNotBeSameAs(shared);
        workspace.Regex(slot).ShouldBeSameAs(here);
        var there = new ScrubWorkspace().Regex(slot);
        there.ShouldNotBeSameAs(here);
        Matches(there, "a 12 b 345").ShouldBe(Matches(shared, "a 12 b 345"));
    }

    [Fact]
    public void Regex_OnASlotNeverRegistered_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new ScrubWorkspace().Regex(int.MaxValue));

    private static string Matches(Regex regex, string text) =>
        string.Join("|", regex.Matches(text).Select(m => $"{m.Index}:{m.Length}:" +
            string.Join(",", m.Groups.Values.Select(g => g.Success ? $"{g.Index}+{g.Length}" : "-"))));
}
