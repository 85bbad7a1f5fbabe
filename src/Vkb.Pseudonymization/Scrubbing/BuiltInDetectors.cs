using System.Text.RegularExpressions;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>The built-in detectors, in the order they run.</summary>
internal static partial class BuiltInDetectors
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    public static IEnumerable<ITextDetector> Identifiers() =>
    [
        new RegexDetector("email", EmailRegex(), static (_, _) => "[E-Mail]", Prefilters.Email),
        new RegexDetector("email", SpelledEmailRegex(), static (_, _) => "[E-Mail]", Prefilters.SpelledEmail),
        new RegexDetector("url", UrlRegex(), static (_, _) => "[URL]", Prefilters.Url),
        new RegexDetector("iban", IbanRegex(), static (_, _) => "[IBAN]", Prefilters.Iban),
        new DateDetector(),
        new RegexDetector("date", DateInWordsRegex(), static (_, _) => "[Datum]", Prefilters.MonthName, Prefilters.MonthNameWindows),
        new RegexDetector("householdNumber", HouseholdNumberRegex(), static (m, c) => c.Pseudonymize(PseudonymDomain.Household, m), Prefilters.HouseholdNumber),
        new RegexDetector("customerNumber", CustomerNumberRegex(), static (m, c) => c.Pseudonymize(PseudonymDomain.Customer, m), Prefilters.CustomerNumber),
        new RegexDetector("pensionInsuranceNumber", PensionNumberRegex(), static (m, _) => Checksums.IsPensionInsuranceNumber(m) ? "[RV-Nummer]" : "[Nummer]", Prefilters.PensionInsuranceNumber),
        new RegexDetector("taxId", TaxIdRegex(), static (m, _) => Checksums.IsTaxId(m) ? "[Steuer-ID]" : null, Prefilters.TaxId),
        new RegexDetector("staffId", StaffIdRegex(), static (m, c) => c.Pseudonymize(PseudonymDomain.Staff, m), Prefilters.StaffId),
        new RegexDetector("phone", PhoneRegex(), static (_, _) => "[Telefon]"),
        new RegexDetector("streetAddress", StreetRegex(), static (_, _) => AddressTailDetector.Address, Prefilters.StreetAddress, Prefilters.StreetWindows),
        new AddressTailDetector(),
        new RegexDetector("postcodeCity", PostcodeCityRegex(), static (_, _) => "[Ort]", Prefilters.PostcodeCity),
        new RegexDetector("number", LongNumberRegex(), static (_, _) => "[Nummer]", Prefilters.LongNumber),
        new RegexDetector("licencePlate", LicencePlateRegex(), static (_, _) => "[Kennzeichen]", Prefilters.LicencePlate, Prefilters.LicencePlateWindows),
        new RegexDetector("identityDocument", IdentityDocumentRegex(), static (m, _) => HasDigit(m) ? "[Ausweisnummer]" : null, Prefilters.IdentityDocument, Prefilters.IdentityDocumentWindows),
    ];

    private static bool HasDigit(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('0', '9') >= 0;

    public static IEnumerable<ITextDetector> Names(ScrubMode mode) => [new InstitutionDetector(), new CompanyDetector(), new KnownNameDetector(), new NameShapeDetector(mode), new ThirdPersonDetector()];

    // "x at example dot org", "x punkt y at example punkt de": every spelled dot spelled, at least one.
    [GeneratedRegex(@"[\p{L}\d._%+-]+\s+(?:at|ät)\s+[\p{L}\d-]+(?:\s+(?:dot|punkt)\s+[\p{L}\d-]+)+", Options)]
    private static partial Regex SpelledEmailRegex();

    // D-AB 1234, K XY 99E, B-RK-455, GM DR46, ME:AB 12: district (1-3 letters), separator, 1-2 letters, 1-4 digits, E/H.
    // Capitals only (in any note), or lower case with a hyphen or colon ("do-hc 3016").
    [GeneratedRegex(@"(?<![\p{L}\d-])(?:(?-i:(?:D-)?[A-ZÄÖÜ]{1,3}(?:[ :-]|: )[A-Z]{1,2}[ -]?[1-9]\d{0,3}[EH]?)|(?-i:[a-zäöü]{1,3}[:-][a-z]{1,2}[ -]?[1-9]\d{0,3}[eh]?))(?![\p{L}\d])", Options)]
    private static partial Regex LicencePlateRegex();

    // Identity card and passport numbers: nine characters of the document alphabet (no vowels), a letter first.
    [GeneratedRegex(@"(?<![\p{L}\d])[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}(?![\p{L}\d])", Options)]
    private static partial Regex IdentityDocumentRegex();

    // Dates without a year and dates in words: "16. Juni", "am zwölften Juli", "vierundzwanzigsten September 2024".
    [GeneratedRegex(@"(?<![\p{L}\d])(?:\d{1,2}\.\s*|(?:erst|zweit|dritt|viert|fünft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwölft|dreizehnt|vierzehnt|fünfzehnt|sechzehnt|siebzehnt|achtzehnt|neunzehnt|(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?zwanzigst|dreißigst|einunddreißigst)(?:e|en|er|es)\s+)(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez)(?![\p{L}\d])\.?(?:\s*\d{4}(?!\d))?", Options)]
    private static partial Regex DateInWordsRegex();

    // e-mail, also "x.y(at)example.org", "x [at] example [dot] org"
    [GeneratedRegex(@"[\p{L}\d._%+-]+\s*(?:@|\(at\)|\[at\]|\{at\}|\(ät\))\s*[\p{L}\d-]+(?:(?:\.|\s*(?:\(dot\)|\[dot\]|\(punkt\)|\[punkt\])\s*)[\p{L}\d-]+)+", Options)]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""']+", Options)]
    private static partial Regex UrlRegex();

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?:[ -]{0,2}[A-Z0-9]{4}){2,7}(?:[ -]{0,2}[A-Z0-9]{1,3})?\b", Options)]
    private static partial Regex IbanRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])\d{5}[\s.-]*BG[\s.-]*\d{7}(?!\d)", Options)]
    private static partial Regex HouseholdNumberRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])\d{3}[\s.-]*[A-Z][\s.-]*\d{3}[\s.-]?\d{3}(?!\d)", Options)]
    private static partial Regex CustomerNumberRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])\d{2}[\s.-]?\d{6}[\s.-]?[A-Z][\s.-]?\d{3}(?!\d)", Options)]
    private static partial Regex PensionNumberRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:\d{2}[\s./-]?\d{3}[\s./-]?\d{3}[\s./-]?\d{3}|\d{3}(?: \d{3} \d{3} \d{2}|/\d{3}/\d{3}/\d{2}|\.\d{3}\.\d{3}\.\d{2}|-\d{3}-\d{3}-\d{2}))(?!\d)", Options)]
    private static partial Regex TaxIdRegex();

    [GeneratedRegex(@"\b(?:TL|MA|FK|SB)[\s-]?\d{3,6}\b", Options)]
    private static partial Regex StaffIdRegex();

    // +49 211 5550101, +49 (0)211 123 45 67, 0049 211 …, 0211/1234567, 0211 1234-567, (0211) 1234567
    [GeneratedRegex(@"(?:(?:\+|\b00)\s?\d{2}[\s/-]*(?:\(0\)[\s/-]*)?\d(?:[\s/()-]{0,3}\d){5,14}|(?<![\p{L}\d])\(?0\d{2,5}\)?(?:[\s/-]{0,3}\d){4,12})(?!\d)", Options)]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(@"(?:\b(?:Am|An\s+der|An\s+den|Auf\s+dem|Auf\s+der|Im|In\s+der|In\s+den|Unter\s+den|Hinter\s+der|Hinter\s+den|Vor\s+dem|Zum|Zur|Alte|Alter|Neue|Neuer|Große|Kleine)\s+\p{L}[\p{L}-]*|(?:\b(?!(?i:adresse|anschrift|wohnadresse|meldeadresse|neue|neuen|alte|alten|die|der|den|dem|des|eine|einer|seine|ihre)\s)(?-i:\p{Lu}[\p{L}-]*(?:e|er|es|en))\s+)?\b[\p{L}-]*(?:stra(?:ß|ss)e|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|stieg|graben|wall|kamp|hof))\s*\d{1,4}\s?[a-z]?\b(?!/)", Options)]
    private static partial Regex StreetRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:D-)?\d{5}\s+\p{L}[\p{L}-]*(?:\s(?:am|an\s+der|im|in\s+der|ob\s+der|bei|vor\s+der)\s\p{L}[\p{L}-]*|\s\(\p{L}+\))?", Options)]
    private static partial Regex PostcodeCityRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])\d(?:[\s/.-]?\d){5,}(?![\p{L}\d])", Options)]
    private static partial Regex LongNumberRegex();
}

/// <summary>The replacement of a match (its text), or null to leave it.</summary>
internal delegate string? MatchReplacement(ReadOnlySpan<char> match, ScrubContext context);

/// <summary>The first index at which a regex could start a match in the text (whose digit runs are <c>runs</c>), or -1 (see <see cref="Prefilters"/>).</summary>
internal delegate int Prefilter(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs);

/// <summary>
/// The stretches of the text, in order, that every match of a regex lies in (see <see cref="Prefilters.StreetWindows"/>),
/// so the regex is run only there instead of from the first possible start to the end.
/// </summary>
internal delegate void WindowSource(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, List<(int From, int End)> windows);

/// <summary>
/// A built-in detector. The scrubber calls <see cref="Find"/> on its own workspace, so applying one detector's
/// replacements costs no new string; <see cref="Detect(string, ScrubContext, ICollection{TextMatch})"/>, the public
/// seam, wraps it for a string in a workspace of its own.
/// </summary>
internal abstract class SpanDetector : ITextDetector
{
    public abstract string Name { get; }

    public void Detect(string text, ScrubContext context, ICollection<TextMatch> matches)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(context);
        Preconditions.CheckNotNull(matches);
        FindIn(text, context, matches);
    }

    public void Detect(ReadOnlySpan<char> text, ScrubContext context, ScrubWorkspace workspace, ICollection<TextMatch> matches)
    {
        Preconditions.CheckNotNull(context);
        Preconditions.CheckNotNull(workspace);
        Preconditions.CheckNotNull(matches);

        // Only the workspace's own text is read from it (a caller may pass another text): a text is loaded into a workspace of its own.
        if (text == workspace.Text)
        {
            var found = new List<TextMatch>();
            Find(workspace, context, found);
            foreach (var match in found)
            {
                matches.Add(match);
            }
        }
        else
        {
            FindIn(text, context, matches);
        }
    }

    private void FindIn(ReadOnlySpan<char> text, ScrubContext context, ICollection<TextMatch> matches)
    {
        var own = WorkspacePool.Rent();
        try
        {
            own.Load(text, neutralise: false); // a detector sees the text as given (placeholders included)
            var found = new List<TextMatch>();
            Find(own, context, found);
            foreach (var match in found)
            {
                matches.Add(match);
            }
        }
        finally
        {
            WorkspacePool.Return(own);
        }
    }

    /// <summary>Adds a match for every span to replace in the workspace's text.</summary>
    public abstract void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches);
}

/// <summary>
/// A detector from a regular expression and a replacement function (null skips the match), with an optional
/// prefilter (see <see cref="Prefilters"/>): the first index where a match could start, or -1, so the regex is
/// skipped on texts it cannot match and started late on the others; the detector finds exactly what the bare
/// regex finds.
/// </summary>
internal sealed class RegexDetector : SpanDetector
{
    private readonly MatchReplacement _replacement;
    private readonly Prefilter? _firstPossibleStart;
    private readonly WindowSource? _windows;
    private readonly int _slot;

    public RegexDetector(string name, Regex regex, MatchReplacement replacement, Prefilter? firstPossibleStart = null, WindowSource? windows = null)
    {
        Name = name;
        Regex = regex;
        _slot = RegexSlots.Register(regex);
        _replacement = replacement;
        _firstPossibleStart = firstPossibleStart;
        _windows = windows;
    }

    public override string Name { get; }

    /// <summary>
    /// The regular expression (for the tests that compare the prefiltered detector with it); matching uses the
    /// workspace's copy of it (see <see cref="RegexSlots"/>).
    /// </summary>
    internal Regex Regex { get; }

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        if (_windows is not null)
        {
            FindInWindows(workspace, context, matches);
            return;
        }

        var start = _firstPossibleStart is null ? 0 : _firstPossibleStart(text, workspace.DigitRuns);
        if (start >= 0)
        {
            // Matching from start still sees the text before it for \b and look-behinds.
            DetectFrom(workspace.Regex(_slot), text, start, context, matches);
        }
    }

    /// <summary>The bare regex from the start, without the prefilter.</summary>
    internal void DetectUnfiltered(string text, ScrubContext context, ICollection<TextMatch> matches)
    {
        var found = new List<TextMatch>();
        DetectFrom(Regex, text, 0, context, found);
        found.ForEach(matches.Add);
    }

    /// <summary>
    /// The regex in each window, left to right, never before the end of the last match: the matches of a scan
    /// from the start, since every match lies in a window and the regex looks no further than the window's end.
    /// </summary>
    private void FindInWindows(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var windows = workspace.Windows;
        windows.Clear();
        _windows!(text, workspace.DigitRuns, windows);
        var regex = workspace.Regex(_slot);
        var position = 0;
        foreach (var (from, end) in windows)
        {
            var start = Math.Max(from, position);
            if (start >= end)
            {
                continue;
            }

            foreach (var match in regex.EnumerateMatches(text[..end], start))
            {
                if (_replacement(text.Slice(match.Index, match.Length), context) is { } replacement)
                {
                    matches.Add(new TextMatch(match.Index, match.Length, replacement));
                }

                position = match.Index + match.Length;
            }
        }
    }

    private void DetectFrom(Regex regex, ReadOnlySpan<char> text, int start, ScrubContext context, List<TextMatch> matches)
    {
        // Value matches: no Match object per finding.
        foreach (var match in regex.EnumerateMatches(text, start))
        {
            if (_replacement(text.Slice(match.Index, match.Length), context) is { } replacement)
            {
                matches.Add(new TextMatch(match.Index, match.Length, replacement));
            }
        }
    }
}
