using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization;
using Vkb.Pseudonymization.Scrubbing;
using Vkb.Synthetic;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The prefilters in front of the built-in detectors only skip work: every prefiltered detector finds exactly
/// the matches (positions, lengths and replacements) of its bare regex, on generated notes and on text built
/// from the pieces the regexes look for, mixed with Unicode look-alikes (Kelvin sign, long s, capital sharp s,
/// non-ASCII digits, unusual spaces) that case-insensitive matching or \d and \s could treat differently.
/// </summary>
public class PrefilterTests
{
    private static readonly PseudonymizationKey Key = TestKeys.Key();
    private static readonly Pseudonymizer Pseudonymizer = new(Key);

    private static readonly string[] Pieces =
    [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "12", "123", "2024", "10001", "40477", "3244942", "100", "12080988",
        " ", "  ", ".", "-", "/", ":", ",", "(", ")", "[", "]", "{", "}", "@", "+", "+49", "0049", "(0)", "\u00A0", "\u2009", "\t", "\n",
        "a", "A", "x", "K", "\u212A", "s", "\u017F", "\u1E9E", "ß", "ü", "Ö", "\u0663", "\u0967", "\uFF11", "é", "\uE001",
        "DE", "de", "BG", "bg", "TL", "MA", "fk", "Sb", "D-", "C", "L", "k", "at", "(at)", "[at]", "{at}", "(ät)", "(dot)", "[punkt]",
        "www.", "WWW.", "http://", "https://", "str.", "Str.", "straße", "STRASSE", "weg", "Weg", "allee", "platz", "hof", "ring",
        "Am", "am", "Im", "In der", "An den", "Auf dem", "Zum", "zur", "Alte", "Neuer", "Große", "GROSSE", "Kleine", "der", "Haus-",
        "März", "Maerz", "Mrz", "Jan", "Sept", "Dezember", "geb.", "*", "Berg", "Bergstr", "Anna", "Kd.-Nr.", "IBAN", "Tel.",
        "Feldstraße 76", "Am Markt 3a", "10001BG3244942", "100 L 236147", "100 L 236 147", "123/a/456-789", "12345 / bg / 1234567", "46 891 345 024", "12 080988 A 968", "DE29 3424 0047 1455 2279 22",
        "0211/906443", "+49 (0)162 518 23 06 6", "17.11.99", "2024-08-30", "17. November 1999", "x.y@example.org", "MA-12345",
        "D-AB 1234", "K XY 99E", "do-hc 3016", "ME:AB 12", "E", "H", "h", "T22000129", "L01X00T47", "L01X00T471", "L01X00T47A", "T220001293", "CFGHJKLMN", "Juni", "Mai", "Mail",
        "zwölften", "einunddreißigsten", "MAI", "Okt", "O\u212At", "\u017Fept", "16.", "am ", "erste ", "Jänner", "JÄNNER",
        "12/03/2024", "1/3/24", "12/ 3/ 2024", "2024-03-12", "3.5.", "x12/03/2024",
        // The shapes of issue 16's pattern work (PatternShapeTests): dates without year or year first, spelled e-mail, IBANs of
        // other countries and with a spaced country, pension and tax numbers in other groupings, plates with loose separators.
        "15.5.", "15. 05.", "am ", "bis ", "Mo., ", "–", "2024/05/03", "2024.05.10", "03-05-2024", "Febr", "(a)", "[a]", " at ", " ät ", "AT ",
        "punkt", "Punkt", "PUNKT", "pun\u212At", "dot ", "web.de", "x.y", "AT61 1904 3002 3457 3201", "CH93 0076 2011 6238 5295 7", "DE 89",
        "de89 3704 0044 0532 0130 00", "liegt", "12 12 07 84 M 503", "12-120784-M-503", "1234 5678 901", "123/D/456789", "12345/BG/1234567",
        "R  OD 9282", "C - XJ 9656", "HROAB12", "ISO", "ISO9001", "A - B 1", "Straße der Jugend 4", "des", "Dr.-Külz-Ring 12", "79/80",
        "Lindenpark", "Brücke", "zeile", "01 76 / ", "0341.1234567", "+49.341", "79 / 80", " / ", " . ", "max . muster @ gmx . de",
        // Session 5: the units, years and time words a house number or a two-digit year must not stand before.
        "Minuten", " Minuten", "Uhr", " Uhr", "Kilometer", "€", "%", "Montag", "Jahr", "'", "'24", "Umzugskosten",
        // Session 10: IBANs in groups of three digits and across a line break.
        "DE 26 660 837 120", "660 ", "CH12 9185\n7321 9094", "\n7704 ", "\r\n",
        // Session 11: household numbers with middle dots, phones with an en dash between blanks.
        "·", "·BG·", "86078·BG·1696784", " – ", "0160 – 73 93 80 6", "05671 – 30 01",
        // Session 12: IBANs with " - " between the groups, the country apart before a group of four, groups of five.
        " - ", "DE89 - 3704 - 0044 - 0532 - 0130 - 00", "de 8937 0400 4405 3201 3000", "DE893 70400 44053 20130 00", "IE65A IBK58 ", "70400 ",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 3000)]
    [Trait("Rule", "P2")]
    public Property EveryPrefilteredDetector_OnPieceText_FindsExactlyWhatItsRegexFinds() =>
        Prop.ForAll(Texts(), text => Mismatch(text) is null);

    [Fact]
    [Trait("Rule", "P2")]
    public void EveryPrefilteredDetector_OnGeneratedNotes_FindsExactlyWhatItsRegexFinds()
    {
        var notes = new ExtractGenerator(ExtractShape.Small.WithRecords(400), seed: 7).Generate()
            .SelectMany(r => System.Text.Json.JsonDocument.Parse(r.Json).RootElement.GetProperty("events").EnumerateArray())
            .Select(e => e.GetProperty("note").GetString() ?? string.Empty)
            .ToList();
        notes.Count.ShouldBeGreaterThan(1000);
        foreach (var note in notes)
        {
            Mismatch(note).ShouldBeNull();
        }
    }

    /// <summary>Texts the property found once: each went through a prefilter that its regex disagreed with.</summary>
    [Theory]
    [InlineData("x bg1233\uFF11MaerzJanhttp://")] // a fullwidth digit in a group of three: the IBAN's groups are ASCII (session 10)
    [Trait("Rule", "P2")]
    public void EveryPrefilteredDetector_OnAFoundCounterexample_FindsExactlyWhatItsRegexFinds(string text) => Mismatch(text).ShouldBeNull();

    /// <summary>The name of the first detector whose prefiltered matches differ from its bare regex's, or null.</summary>
    private static string? Mismatch(string text)
    {
        foreach (var detector in new TextScrubber().Detectors)
        {
            var filtered = new List<TextMatch>();
            var bare = new List<TextMatch>();
            detector.Detect(text, Context(), filtered);
            switch (detector)
            {
                case RegexDetector regex:
                    regex.DetectUnfiltered(text, Context(), bare);
                    break;
                case DateDetector:
                    DateDetector.DetectUnfiltered(text, Context(), bare);
                    break;
                default:
                    continue;
            }

            if (!filtered.SequenceEqual(bare))
            {
                return detector.Name;
            }
        }

        return null;
    }

    private static ScrubContext Context() =>
        new(Pseudonymizer, "P1", -21, new NodaTime.LocalDate(1984, 7, 12), new NodaTime.LocalDate(2025, 4, 1));

    /// <summary>The date pattern with a backreference for the repeated separator (as it was, plus "12-03-2024" and "Febr").</summary>
    private static readonly System.Text.RegularExpressions.Regex DateWithBackreference = new(
        @"(?<![\p{L}\d])(?:(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})|(?<nd>\d{1,2})(?:(?<sep>[./])(?<s1>\s?)(?<nm>\d{1,2})\k<sep>|(?<sep>-)(?<s1>)(?<nm>\d{1,2})-(?=\d{4}))(?<s2>\s?)(?<ny>\d{4}|\d{2})|(?<md>\d{1,2})\.(?<mg>\s*)(?<mn>Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Febr|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez)(?<mdot>\.?)(?<mg2>\s*)(?<my>\d{4}))(?![\p{L}\d])",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    [Property(MaxTest = 3000)]
    [Trait("Rule", "P7")]
    public Property DateRegex_SeparatorByAlternation_MatchesLikeTheBackreference() =>
        Prop.ForAll(Texts(), text => DateMatches(DateDetector.DateRegex(), text) == DateMatches(DateWithBackreference, text));

    [Property(MaxTest = 3000)]
    [Trait("Rule", "P7")]
    public Property DateDetector_Parse_ReadsWhatTheRegexGroupsCapture() =>
        Prop.ForAll(Texts(), text => DateDetector.DateRegex().Matches(text).All(m => PartsAsGroups(m.ValueSpan) == GroupsOf(m)));

    [Fact]
    [Trait("Rule", "P7")]
    public void DateDetector_Parse_ReadsEveryForm()
    {
        foreach (var date in new[] { "2024-03-12", "12.03.2024", "1.3.24", "12/03/2024", "12. 3. 2024", "12. März 2024", "3.Sept.2024", "12. MAERZ  2024", "１２.０３.２０２４" })
        {
            var match = DateDetector.DateRegex().Match(date);
            match.Success.ShouldBeTrue(date);
            PartsAsGroups(match.ValueSpan).ShouldBe(GroupsOf(match), date);
        }
    }

    private static string GroupsOf(System.Text.RegularExpressions.Match m) =>
        string.Join(",", DateDetector.DateRegex().GetGroupNames().Where(n => !char.IsAsciiDigit(n[0])).Order(StringComparer.Ordinal)
            .Select(n => n + "=" + (m.Groups[n].Success ? m.Groups[n].Value : "-")));

    /// <summary>The parsed parts under the regex's group names; a group the form does not have is "-".</summary>
    private static string PartsAsGroups(ReadOnlySpan<char> match)
    {
        var p = DateDetector.Parse(match);
        var m = match.ToString();
        string Of(DatePart part) => m.Substring(part.Start, part.Length);
        var groups = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["iy"] = "-", ["im"] = "-", ["id"] = "-", ["nd"] = "-", ["sep"] = "-", ["s1"] = "-", ["nm"] = "-", ["s2"] = "-", ["ny"] = "-",
            ["md"] = "-", ["mg"] = "-", ["mn"] = "-", ["mdot"] = "-", ["mg2"] = "-", ["my"] = "-",
        };
        switch (p.Form)
        {
            case DateForm.Iso:
                (groups["iy"], groups["im"], groups["id"]) = (Of(p.Year), Of(p.Month), Of(p.Day));
                break;
            case DateForm.Numeric:
                (groups["nd"], groups["sep"], groups["s1"], groups["nm"], groups["s2"], groups["ny"]) =
                    (Of(p.Day), Of(p.Separator), Of(p.Space1), Of(p.Month), Of(p.Space2), Of(p.Year));
                break;
            default:
                (groups["md"], groups["mg"], groups["mn"], groups["mdot"], groups["mg2"], groups["my"]) =
                    (Of(p.Day), Of(p.Gap), Of(p.MonthName), Of(p.Dot), Of(p.Gap2), Of(p.Year));
                break;
        }

        return string.Join(",", groups.Select(g => g.Key + "=" + g.Value));
    }

    private static string DateMatches(System.Text.RegularExpressions.Regex regex, string text) =>
        string.Join("|", regex.Matches(text).Select(m => $"{m.Index}:{m.Length}:" +
            string.Join(",", regex.GetGroupNames().Where(n => !char.IsAsciiDigit(n[0])).Order(StringComparer.Ordinal).Select(n => n + "=" + m.Groups[n].Value))));

    [Fact]
    [Trait("Rule", "P2")]
    public void BelowU0660_TheOnlyDigitsAreAscii()
    {
        // NextDigit skips everything below U+0660 but '0'..'9' without asking char.IsDigit.
        for (var c = '\0'; c < '\u0660'; c++)
        {
            char.IsDigit(c).ShouldBe(char.IsAsciiDigit(c), ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        char.IsDigit('\u0660').ShouldBeTrue();
    }

    [Property(MaxTest = 3000)]
    [Trait("Rule", "P2")]
    public Property DigitRunsOf_AreTheMaximalRunsOfDigits() =>
        Prop.ForAll(Texts(), text =>
        {
            var expected = new List<(int Start, int Length)>();
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsDigit(text[i]) && (i == 0 || !char.IsDigit(text[i - 1])))
                {
                    var end = i;
                    while (end < text.Length && char.IsDigit(text[end]))
                    {
                        end++;
                    }

                    expected.Add((i, end - i));
                }
            }

            return Prefilters.DigitRunsOf(text).SequenceEqual(expected);
        });

    [Property(MaxTest = 3000)]
    [Trait("Rule", "P2")]
    public Property DigitRuns_CarriedOverReplacements_EqualTheRunsFoundAgain()
    {
        // Random spans of a text replaced by one placeholder each, as the scrubber does: the runs carried over
        // must be exactly the runs of the new text.
        var input = (from text in Texts().Generator
                     from cuts in Gen.Choose(0, 1000).ListOf()
                     select (Text: text, Cuts: cuts)).ToArbitrary();
        return Prop.ForAll(input, x =>
        {
            var spans = new List<(int Start, int Length)>();
            var position = 0;
            foreach (var cut in x.Cuts.Take(6))
            {
                if (position >= x.Text.Length)
                {
                    break;
                }

                var start = position + (cut % (x.Text.Length - position));
                var length = 1 + (cut / 7 % Math.Max(1, Math.Min(12, x.Text.Length - start)));
                length = Math.Min(length, x.Text.Length - start);
                spans.Add((start, length));
                position = start + length + (cut % 3);
            }

            var replaced = new System.Text.StringBuilder();
            var at = 0;
            foreach (var (start, length) in spans)
            {
                replaced.Append(x.Text, at, start - at).Append('\uE000');
                at = start + length;
            }

            replaced.Append(x.Text, at, x.Text.Length - at);
            var after = replaced.ToString();
            var workspace = new ScrubWorkspace();
            workspace.Load(x.Text);
            _ = workspace.DigitRuns;
            workspace.CarryRuns(spans);
            var carried = workspace.DigitRuns.ToArray();
            var fresh = Prefilters.DigitRunsOf(after).ToList();
            return carried.SequenceEqual(fresh).Label($"{spans.Count} spans");
        });
    }

    /// <summary>
    /// The hand matchers of the customer and household numbers read every character as their regexes do: each UTF-16 code
    /// unit in turn in the place of the letter, of a separator and before the number (case equivalences such as the Kelvin
    /// sign for k, any white space, any letter or digit in the look-behind), beside the regex's matches.
    /// </summary>
    [Fact]
    [Trait("Rule", "P2")]
    public void HandMatchers_ForEveryCharacterInEveryPlace_MatchAsTheirRegexes()
    {
        var detectors = new TextScrubber().Detectors.OfType<RegexDetector>().Where(d => d.Name is "customerNumber" or "householdNumber").ToList();
        detectors.Count.ShouldBe(2);
        var context = Context();
        string[] shapes = ["123 {0} 456 789", "123{0}A{0}456{0}789", "{0}123A456789", "123 A 456{0}789", "12345{0}BG{0}1234567", "12345 {0}G 1234567", "12345 B{0} 1234567", "{0}12345BG1234567"];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            foreach (var shape in shapes)
            {
                var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, (char)c);
                foreach (var detector in detectors)
                {
                    var byHand = new List<TextMatch>();
                    var bare = new List<TextMatch>();
                    detector.Detect(text, context, byHand);
                    detector.DetectUnfiltered(text, context, bare);
                    if (!byHand.SequenceEqual(bare))
                    {
                        throw new Xunit.Sdk.XunitException($"{detector.Name} differs from its regex for U+{c:X4} in \"{shape}\"");
                    }
                }
            }
        }
    }

    [Fact]
    public void Prefilters_RejectNotesWithoutTheirMarks()
    {
        // The filters must actually filter, or they only cost time: plain prose passes none of them.
        const string prose = "Kd. erschien pünktlich, Unterlagen besprochen, nächster Termin folgt.";
        foreach (var filter in new Prefilter[]
                 {
                     Prefilters.Email, Prefilters.Url, Prefilters.Iban, Prefilters.Date, Prefilters.HouseholdNumber, Prefilters.CustomerNumber,
                     Prefilters.PensionInsuranceNumber, Prefilters.TaxId, Prefilters.StaffId, Prefilters.StreetAddress, Prefilters.PostcodeCity,
                     Prefilters.LongNumber,
                 })
        {
            filter(prose, Prefilters.DigitRunsOf(prose)).ShouldBeLessThan(0, filter.Method.Name);
        }

        Prefilters.Email("Bitte an anna.b @example.org schreiben", Prefilters.DigitRunsOf("Bitte an anna.b @example.org schreiben")).ShouldBe("Bitte an ".Length);
        Prefilters.Email("Mail: x(AT)example.org, sonst y@example.org", Prefilters.DigitRunsOf("Mail: x(AT)example.org, sonst y@example.org")).ShouldBe("Mail: ".Length);
        Prefilters.StreetAddress("Termin am 12.03.2024 um 10 Uhr", Prefilters.DigitRunsOf("Termin am 12.03.2024 um 10 Uhr")).ShouldBe(-1);
        Prefilters.StreetAddress("Anschrift: Bergstr. 25 in 40477", Prefilters.DigitRunsOf("Anschrift: Bergstr. 25 in 40477")).ShouldBe("Anschrift:".Length);
    }
}
