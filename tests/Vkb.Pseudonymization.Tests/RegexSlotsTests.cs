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

    /// <summary>Every regex the built-in detectors match through a slot (the anchored ones and the detectors' own included), and the date regex.</summary>
    private static IEnumerable<Regex> BuiltInRegexes()
    {
        var detectors = new TextScrubber().Detectors;
        var own = typeof(TextScrubber).Assembly;
        foreach (var type in own.GetTypes().Where(t => t.Namespace == typeof(TextScrubber).Namespace && !t.ContainsGenericParameters))
        {
            System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(type.TypeHandle); // a detector registers its slots in its static fields
        }

        return Enumerable.Range(0, RegexSlots.Count).Select(RegexSlots.Shared).Where(r => r.GetType().Assembly == own)
            .Concat(detectors.OfType<RegexDetector>().Select(d => d.Regex)).Append(DateDetector.DateRegex()).Distinct();
    }

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
            copy.GetType().ShouldBe(shared.GetType());
            copy.ToString().ShouldBe(shared.ToString());
            copy.Options.ShouldBe(shared.Options);
            copy.MatchTimeout.ShouldBe(shared.MatchTimeout);
        }
    }

    /// <summary>
    /// Every built-in regex is source-generated, so its copy is its generated type anew: a large pattern compiled at run
    /// time is jitted without optimisation (the address tail's matched three times slower so), and a plain one would be.
    /// </summary>
    [Fact]
    public void EveryBuiltInRegex_IsSourceGenerated()
    {
        var own = typeof(TextScrubber).Assembly;
        var slots = BuiltInRegexes().ToList();
        slots.Count.ShouldBeGreaterThan(30);
        slots.Where(r => r.GetType() == typeof(Regex) || r.GetType().Assembly != own).Select(r => r.ToString()[..Math.Min(40, r.ToString().Length)]).ShouldBeEmpty();
    }

    [Fact]
    public void EveryAnchoredRegex_IsItsDetectorsRegex_AnchoredAtTheStart()
    {
        var anchored = new TextScrubber().Detectors.OfType<RegexDetector>().Where(d => d.AnchoredRegex is not null).ToList();
        anchored.Count.ShouldBe(3); // the IBAN, the streets abroad and the plain e-mail
        foreach (var detector in anchored)
        {
            detector.AnchoredRegex!.ToString().ShouldBe(@"\G(?:" + detector.Regex + ")");
            detector.AnchoredRegex.Options.ShouldBe(detector.Regex.Options);
            detector.AnchoredRegex.GetType().ShouldNotBe(typeof(Regex));
        }
    }

    [Theory]
    [InlineData(@"\G(?:\d*)", RegexOptions.None)] // another pattern
    [InlineData(@"\G(?:\d+)", RegexOptions.IgnoreCase)] // other options
    [InlineData(@"(?:\d+)", RegexOptions.None)] // not anchored
    public void ARegexDetector_RefusesAnAnchoredRegexThatIsNotItsRegexAnchored(string pattern, RegexOptions options) =>
        Should.Throw<ArgumentException>(() => new RegexDetector("number", new Regex(@"\d+"), static (_, _) => "[Nummer]",
            startWindows: static (_, _, _, _, _) => { }, anchoredRegex: new Regex(pattern, options))).ParamName.ShouldBe("anchoredRegex");

    [Fact]
    public void ARegexDetector_WithoutAnAnchoredRegex_AnchorsItsOwn() =>
        new RegexDetector("number", new Regex(@"\d+"), static (_, _) => "[Nummer]", startWindows: static (_, _, _, _, _) => { })
            .AnchoredRegex!.ToString().ShouldBe(@"\G(?:\d+)");

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
