using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>The built-in detectors, in the order they run.</summary>
internal static partial class BuiltInDetectors
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    public static IEnumerable<ITextDetector> Identifiers() =>
    [
        new RegexDetector("email", SpacedEmailRegex(), static (m, c) => Email(m, c), Prefilters.SpacedEmail),
        new RegexDetector("email", EmailRegex(), static (m, c) => Email(m, c), Prefilters.Email, startWindows: Prefilters.EmailStarts, anchoredRegex: AnchoredEmailRegex()),
        new RegexDetector("email", SpelledEmailRegex(), static (_, _) => "[E-Mail]", wordPrefilter: Prefilters.SpelledEmail),
        new RegexDetector("url", UrlRegex(), static (_, _) => "[URL]", Prefilters.Url),
        new BoxedValueDetector(),
        new RegexDetector("iban", IbanRegex(), static (m, _) => IsIbanMatch(m) ? "[IBAN]" : null, Prefilters.Iban, extent: Checksums.IbanExtent, startWindows: Prefilters.IbanStarts, anchoredRegex: AnchoredIbanRegex()),
        new DateDetector(),
        new DateShapeDetector(),
        new SpokenNumberDetector(),
        new RegexDetector("date", LooseDateRegex(), static (m, _) => LooseDate(m) ? "[Datum]" : null, Prefilters.Date, Prefilters.LooseDateWindows),
        new RegexDetector("date", DateInWordsRegex(), static (_, _) => "[Datum]", Prefilters.MonthName, wordWindows: Prefilters.MonthNameWindows),
        new RomanceDateDetector(),
        new RomanshDateDetector(),
        new DateGapDetector(),
        new WeekdayDetector(),
        new RegexDetector("householdNumber", HouseholdNumberRegex(), static (m, c) => c.Pseudonymize(PseudonymDomain.Household, m), Prefilters.HouseholdNumber, matcher: HandMatchers.HouseholdNumber),
        new RegexDetector("customerNumber", CustomerNumberRegex(), static (m, c) => c.Pseudonymize(PseudonymDomain.Customer, m), Prefilters.CustomerNumber, matcher: HandMatchers.CustomerNumber),
        new RegexDetector("pensionInsuranceNumber", PensionNumberRegex(), static (m, _) => Checksums.IsPensionInsuranceNumber(m) ? "[RV-Nummer]" : "[Nummer]", Prefilters.PensionInsuranceNumber),
        new RegexDetector("taxId", TaxIdRegex(), static (m, _) => Checksums.IsTaxId(m) ? "[Steuer-ID]" : null, Prefilters.TaxId, Prefilters.TaxIdWindows),
        new RegexDetector("staffId", StaffIdRegex(), static (m, c) => c.Pseudonymize(PseudonymDomain.Staff, m), Prefilters.StaffId),
        new RegexDetector("phone", PhoneRegex(), static (_, _) => "[Telefon]", Prefilters.Phone),
        new RegexDetector("streetAddress", StreetRegex(), static (_, _) => AddressTailDetector.Address, Prefilters.StreetAddress, Prefilters.StreetWindows, oneMatchPerWindow: true, windowMatcher: StreetMatcher.Match),
        new RegexDetector("streetAddress", ForeignStreetRegex(), static (_, _) => AddressTailDetector.Address, startWindows: Prefilters.ForeignStreetStarts, startWindowsFromWords: true, anchoredRegex: AnchoredForeignStreetRegex()),
        new RegexDetector("streetAddress", AbbreviatedStreetRegex(), static (_, _) => AddressTailDetector.Address, windows: Prefilters.AbbreviatedStreetWindows),
        new StreetSuffixDetector(),
        new AddressShapeDetector(),
        new ForeignStreetDetector(),
        new PostBoxAbroadDetector(),
        new AddressTailDetector(),
        new AddressHeadDetector(),
        new RegexDetector("postcodeCity", PostcodeCityRegex(), static (m, _) => IsPostcodeCity(m) ? "[Ort]" : null, Prefilters.PostcodeCity),
        new PlaceQualifierDetector(),
        new TownRestDetector(),
        new RegexDetector("number", LongNumberRegex(), static (_, _) => "[Nummer]", Prefilters.LongNumber, Prefilters.LongNumberWindows),
        new RegexDetector("identityDocument", IdentityDocumentRegex(), static (m, _) => HasDigit(m) ? "[Ausweisnummer]" : null, Prefilters.IdentityDocument, Prefilters.IdentityDocumentWindows),
        new CuedDocumentDetector(),
        new ForeignDocumentDetector(),
        new RegexDetector("licencePlate", LicencePlateRegex(), static (m, _) => IsCompactAbbreviation(m) || IsBookOfTheCode(m) ? null : "[Kennzeichen]", Prefilters.LicencePlate, Prefilters.LicencePlateWindows),
        new CuedPlateDetector(),
        new FrenchPlateDetector(),
    ];

    /// <summary>
    /// The units a number stands before when it is a quantity, not a house number ("zur Arbeit 45 Minuten") or a
    /// two-digit year ("3. März 10 Uhr"). The prefilter windows reach past the longest of them (Prefilters).
    /// </summary>
    internal const string Units = "Minuten|Min|Stunden|Std|Uhr|Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Euro|EUR|km|Kilometer|Prozent|mal";

    /// <summary>
    /// Session 15: an e-mail address names its owner ("DACHIL Pîr, pir-dachil@…", "I. Hoffend, ilsetraut.hoffend@…"): each part of
    /// its local part (letters, three or more) waits in the context until the note's end; a word of the note that equals one and
    /// may name a person (no word of the lists, function word, term, particle or known name: "info", "bewerbung", "van" name
    /// nobody) gets a person token, shared by the address's parts (<see cref="ScrubContext.MeetMailOwner"/>, asked by the
    /// third-person detector), so that the name written beside the address is replaced though no detector reads it as a name.
    /// </summary>
    private static string Email(ReadOnlySpan<char> match, ScrubContext context)
    {
        var at = match.IndexOfAny('@', '(', '[');
        var local = at < 0 ? [] : match[..at].TrimEnd();
        var i = 0;
        var begun = false;
        while (i < local.Length)
        {
            while (i < local.Length && !char.IsLetter(local[i]))
            {
                i++;
            }

            var start = i;
            while (i < local.Length && char.IsLetter(local[i]))
            {
                i++;
            }

            if (i - start >= 3)
            {
                if (!begun)
                {
                    context.BeginMailAddress();
                    begun = true;
                }

                context.AddMailPart(local[start..i]);
            }
        }

        return "[E-Mail]";
    }

    private static bool HasDigit(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>
    /// Whether an IBAN match is one: any match whole (a mistyped IBAN is still someone's account), but a country in lower
    /// case written apart ("de 61 1698 …") only with valid check digits, since two lower-case letters, a space and digits
    /// are ordinary text far more often than an IBAN.
    /// </summary>
    internal static bool IsIbanMatch(ReadOnlySpan<char> match) =>
        !(match.Length > 2 && match[2] == ' ' && char.IsAsciiLetterLower(match[0]) || InGroupsOfFive(match)) || Checksums.IsIban(match);

    /// <summary>Whether an IBAN match is written in groups of five from its country on ("DE160 10531 …"): its first group has five characters.</summary>
    private static bool InGroupsOfFive(ReadOnlySpan<char> match) =>
        match.Length > 5 && char.IsAsciiLetterOrDigit(match[4]) && !char.IsAsciiLetterOrDigit(match[5]);

    /// <summary>
    /// Whether five digits and the word after them are a postcode and a town, not a number before an article or a
    /// preposition ("Artikel 12345 der Vereinbarung", "12345 in Summe"): the word after the digits is no function word.
    /// </summary>
    internal static bool IsPostcodeCity(ReadOnlySpan<char> match)
    {
        var rest = match.StartsWith("D-", StringComparison.OrdinalIgnoreCase) ? match[2..] : match;
        rest = rest.TrimStart("0123456789").TrimStart();
        var end = 0;
        while (end < rest.Length && (char.IsLetter(rest[end]) || rest[end] == '-'))
        {
            end++;
        }

        return !DomainWords.IsFunctionWord(rest[..end]);
    }

    /// <summary>
    /// Whether a date without year ("15.5.", "15. 05."), a day alone ("30." before "d.M.") or in year-first order ("2024/05/03",
    /// "2024.05.03") is one: day 1-31 and month 1-12 (so "14.30." and "12.50." stay).
    /// </summary>
    internal static bool LooseDate(ReadOnlySpan<char> match)
    {
        Span<int> numbers = stackalloc int[3];
        var count = 0;
        var digits = 0;
        foreach (var c in match)
        {
            if (char.IsDigit(c))
            {
                if (digits == 0 && count == numbers.Length)
                {
                    return false;
                }

                if (digits == 0)
                {
                    numbers[count++] = 0;
                }

                numbers[count - 1] = (numbers[count - 1] * 10) + (int)char.GetNumericValue(c);
                digits++;
            }
            else
            {
                digits = 0;
            }
        }

        // A day alone is the one before "d.M." (this month).
        var (day, month) = count switch { 3 => (numbers[2], numbers[1]), 2 => (numbers[0], numbers[1]), _ => (numbers[0], 1) };
        return count >= 1 && day is >= 1 and <= 31 && month is >= 1 and <= 12;
    }

    /// <summary>Letters and digits without a separator that are a common abbreviation with a number, not a licence plate ("ISO9001", "COVID19").</summary>
    private static bool IsCompactAbbreviation(ReadOnlySpan<char> match)
    {
        // A compact plate has only letters before its digits; a plate with separators is never an abbreviation.
        var letters = match.IndexOfAnyInRange('0', '9');
        return letters > 0 && match[..letters].IndexOfAny(' ', ':', '-') < 0 && CompactAbbreviations.Contains(match[..letters]);
    }

    /// <summary>
    /// A book of the social code or the benefit it names before a number ("SGB II 12 Monate", "ALG II 3 Jahre"): letters and
    /// a roman numeral, never a plate (no district is "SGB" or "ALG" with the letters "II").
    /// </summary>
    private static bool IsBookOfTheCode(ReadOnlySpan<char> match)
    {
        var space = match.IndexOfAny(' ', '-');
        if (space < 0 || !(match[..space].Equals("SGB", StringComparison.OrdinalIgnoreCase) || match[..space].Equals("ALG", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var rest = match[(space + 1)..].TrimStart(" -");
        return rest.IndexOfAnyExcept(RomanNumerals) > 0;
    }

    private static readonly System.Buffers.SearchValues<char> RomanNumerals = System.Buffers.SearchValues.Create("IVXivx");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompactAbbreviations = new[]
    {
        "ISO", "DIN", "COVID", "SARS", "FFP", "ICD", "SGB", "ALG", "AVGS", "BAB", "KFZ", "PKW", "LKW", "USB", "HDMI", "MPEG", "WIN", "GPT",
        "IHK", "HWK", "TVL", "TVÖD", "EGR", "VAT", "CEFR", "GER", "ESF", "BVB", "JVA", "KITA", "DSGVO", "ABM", "AGH", "BEZ",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static IEnumerable<ITextDetector> Names(ScrubMode mode) => [new InitialDetector(), new InstitutionDetector(), new InstitutionJoinDetector(), new CompanyDetector(), new KnownNameDetector(), new NameShapeDetector(mode), new ThirdPersonDetector(), new SpelledNameDetector(), new InvertedNameDetector(), new GivenNameElementDetector()];

    // "x at example dot org", "x punkt y at example punkt de", "x at example.org": a spelled "at" between white space, a local
    // part whose dots may be spelled, then a domain whose last label (letters) follows a dot, spelled or not. The spelled dot
    // is case-sensitive in its three usual casings, so that no case fold (the Kelvin sign for k) escapes the prefilter. Since
    // session 12 a hyphen in the domain may be said too ("x at t minus online punkt de", "bindestrich"). Since session 15 the
    // local part's hyphen and underscore may be said ("max bindestrich muster at …", "unterstrich"), and the "@" by its German
    // name ("max punkt muster klammeraffe web punkt de").
    [GeneratedRegex(@"(?:[\p{L}\d._%+-]+\s+(?-i:dot|Dot|DOT|punkt|Punkt|PUNKT|minus|Minus|MINUS|bindestrich|Bindestrich|BINDESTRICH|unterstrich|Unterstrich|UNTERSTRICH)\s+)*[\p{L}\d._%+-]+\s+(?:at|ät|(?-i:klammeraffe|Klammeraffe|KLAMMERAFFE))\s+[\p{L}\d-]+(?:\s+(?-i:minus|Minus|MINUS|bindestrich|Bindestrich|BINDESTRICH)\s+[\p{L}\d-]+)*(?:(?:\s+(?-i:dot|Dot|DOT|punkt|Punkt|PUNKT)\s+|\.)[\p{L}\d-]+(?:\s+(?-i:minus|Minus|MINUS|bindestrich|Bindestrich|BINDESTRICH)\s+[\p{L}\d-]+)*)*(?:\s+(?-i:dot|Dot|DOT|punkt|Punkt|PUNKT)\s+|\.)\p{L}{2,}(?![\p{L}\d])", Options)]
    private static partial Regex SpelledEmailRegex();

    // D-AB 1234, K XY 99E, B-RK-455, GM DR46, ME:AB 12, R  OD 9282, C - XJ 9656, PF–CE 576 (session 23: an en dash where a hyphen
    // stands, in capitals): district (1-3 letters), separator (one or two
    // spaces, a colon, a hyphen with or without spaces; with two spaces or a spaced hyphen at least two digits, so that
    // "Gruppe A - B 1" stays, but "BAR - ZV - 7" with two hyphens is one), 1-2 letters, 1-4 digits, E/H. Capitals only (in any note), or lower
    // case with a hyphen or colon ("do-hc 3016"), two hyphens ("sm - fz - 9351") or a hyphen before the digits ("ol cn-2990";
    // not "ab - zu 3"), or capitals without separator ("HROAB12": 3-5 letters and 2-4 digits,
    // common abbreviations with a number such as "ISO9001" or "COVID19" excepted by the detector).
    [GeneratedRegex(@"(?<![\p{L}\d-])(?:(?-i:(?:D-)?[A-ZÄÖÜ]{1,3}(?:[ :\-–]|: )[A-Z]{1,2}[ -]?[1-9]\d{0,3}[EH]?)|(?-i:(?:D-)?[A-ZÄÖÜ]{1,3}(?: {1,2}|: ?| ?[-–] ?)[A-Z]{1,2}(?: {1,2}| ?- ?)?[1-9]\d{1,3}[EH]?)|(?-i:[a-zäöü]{1,3}[:-][a-z]{1,2}[ -]?[1-9]\d{0,3}[eh]?)|(?-i:[a-zäöü]{1,3} ?- ?[a-z]{1,2} ?- ?[1-9]\d{0,3}[eh]?)|(?-i:[a-zäöü]{1,3} [a-z]{1,2}-[1-9]\d{0,3}[eh]?)|(?-i:(?:D-)?[A-ZÄÖÜ]{1,3} ?[-–] ?[A-Z]{1,2} ?[-–] ?[1-9]\d{0,3}[EH]?)|(?-i:(?=[A-ZÄÖÜ]{3})[A-ZÄÖÜ]{1,3}[A-Z]{1,2}[1-9]\d{1,3}[EH]?))(?![\p{L}\d])", Options)]
    private static partial Regex LicencePlateRegex();

    // Streets abroad, where customers' families live (the tail detector adds the postcode and town after them): Polish
    // "ul. Ogrodowa 71/19", Romanian "str. Florilor nr. 74" (the "nr." is what tells it from a German "Str. 5"), Turkish
    // "Atatürk Cad. 44", "Cumhuriyet Mah. Gül Sok. 32", "İnönü Bulvarı 42", French, Italian, Spanish and Portuguese with the
    // street word first ("Rue de la Gare 29", "Via Roma 5", "12 rue Victor Hugo"), English and Arabic with it last
    // ("Baghdad Street 29", "al-nasr street 70"); "Via" only capitalised (the German "via"), and no unit after the number ("Via
    // Zoom 2 mal"). A name before the street word is one word, or two when the first is
    // capitalised and no word the note says about the address ("Anschrift", "wohnt", a function word).
    private const string ForeignName = @"(?:(?!(?i:anschrift|adresse|wohnhaft|wohnt|lebt|in|im|bei|der|die|das|den|dem|des|nach|aus|von|und|oder|seit|lt|laut|kd|kdn)\b)(?-i:\p{Lu})[\p{L}'’-]*\s)?(?!(?i:anschrift|adresse|wohnhaft|wohnt|lebt|in|im|bei|der|die|das|den|dem|des|nach|aus|von|und|oder|seit|lt|laut|kd|kdn)\b)\p{L}[\p{L}'’-]*";

    private const string ForeignStreetPattern = @"(?<![\p{L}\d])(?:(?-i:ul\.|Ul\.|UL\.|al\.|Al\.|AL\.|os\.|Os\.|OS\.|pl\.|Pl\.|PL\.)\s?\p{L}[\p{L}-]*(?:\s(?-i:\p{Lu})[\p{L}-]*){0,2}\s\d{1,4}[a-z]?(?:\s?/\s?\d{1,4})?|(?-i:str|Str|STR|bd|Bd|BD|bdul|Bdul|BDUL|sos|Sos|SOS|aleea|Aleea|ALEEA|strada|Strada|STRADA|calea|Calea|CALEA|bulevardul|Bulevardul|BULEVARDUL)\.?\s\p{L}[\p{L}-]*(?:\s\p{L}[\p{L}-]*){0,2}\s(?-i:nr\.|Nr\.|NR\.|nr|Nr|NR)\s?\d{1,4}[a-z]?|" + ForeignName + @"\s(?-i:cad\.|Cad\.|CAD\.|caddesi|Caddesi|CADDESI|sok\.|Sok\.|SOK\.|sokak|Sokak|SOKAK|sokağı|Sokağı|SOKAĞI|sk\.|Sk\.|SK\.|blv\.|Blv\.|BLV\.|bulvarı|Bulvarı|BULVARI|mah\.|Mah\.|MAH\.|mahallesi|Mahallesi|MAHALLESI)(?:\s\p{L}[\p{L}-]*\s(?-i:sok\.|Sok\.|SOK\.|sokak|Sokak|SOKAK|sk\.|Sk\.|SK\.|cad\.|Cad\.|CAD\.|caddesi|Caddesi|CADDESI))?\s?(?:(?-i:no\.|No\.|NO\.|no|No|NO):?\s?)?\d{1,4}[a-z]?(?:\s?/\s?\d{1,4})?|\d{1,4}(?:\s?bis)?,?\s(?-i:rue|Rue|RUE|avenue|Avenue|AVENUE|boulevard|Boulevard|BOULEVARD|chemin|Chemin|CHEMIN|allée|Allée|ALLÉE|impasse|Impasse|IMPASSE|quai|Quai|QUAI|calle|Calle|CALLE|avenida|Avenida|AVENIDA|rua|Rua|RUA)\s(?:(?:de|du|des|la|le|les|del|da|do|dos|das)\s|d'|l'){0,2}\p{L}[\p{L}'’-]*(?:\s(?-i:\p{Lu})[\p{L}'’-]*){0,2}|(?-i:rue|Rue|RUE|avenue|Avenue|AVENUE|boulevard|Boulevard|BOULEVARD|chemin|Chemin|CHEMIN|allée|Allée|ALLÉE|impasse|Impasse|IMPASSE|quai|Quai|QUAI|Via|VIA|viale|Viale|VIALE|piazza|Piazza|PIAZZA|corso|Corso|CORSO|calle|Calle|CALLE|avenida|Avenida|AVENIDA|paseo|Paseo|PASEO|carrer|Carrer|CARRER|rua|Rua|RUA|travessa|Travessa|TRAVESSA|largo|Largo|LARGO)\s(?:(?:de|du|des|la|le|les|del|della|di|da|do|dos|das)\s|d'|l'){0,2}\p{L}[\p{L}'’-]*(?:\s(?-i:\p{Lu})[\p{L}'’-]*){0,2}\s\d{1,4}[a-z]?(?:\s?/\s?\d{1,4})?|" + ForeignName + @"\s(?-i:street|Street|STREET|road|Road|ROAD|avenue|Avenue|AVENUE|lane|Lane|LANE|drive|Drive|DRIVE|st\.|St\.|ST\.|rd\.|Rd\.|RD\.)\s\d{1,4}[a-z]?)(?![\p{L}\d])(?!\s{0,2}(?:" + Units + @")(?!\p{L})|\s?[€%])";

    [GeneratedRegex(ForeignStreetPattern, Options)]
    private static partial Regex ForeignStreetRegex();

    /// <summary>The foreign street regex anchored at the search's start, for its start windows (source-generated like it, see <see cref="RegexDetector.AnchoredRegex"/>).</summary>
    [GeneratedRegex(@"\G(?:" + ForeignStreetPattern + ")", Options)]
    private static partial Regex AnchoredForeignStreetRegex();

    // Streets the street pattern leaves, tried after it: "-gasse" and "-platz" cut to "g." and "pl." ("Ligusterg. 96 a",
    // "Zinngießerpl. 35", "RICARDA-HUCH-G. 37"; not a word in -ung, -ing, -tag, -zug, -trag, -lag and "Dipl."), and
    // the prefixes of two words or an adjective that are no street word ("Unter der Burg 31", "Zur Alten Ziegelei 15", "Lange
    // Reihe 72"), before a number that is no quantity and that ends the address: the end, a comma, a bracket, a full stop, a
    // postcode or " in " follow ("Hamburg. 3 Termine" stays).
    [GeneratedRegex(@"(?:(?<![\p{L}\d])(?!(?i:\p{L}*(?:ung|ing|tag|zug|trag|lag)\.|dipl\.))\p{L}[\p{L}-]{3,}(?:(?-i:g|G)|(?-i:pl|PL))\.|\b(?-i:Unter der|Ober der|Hinter dem|Zur Alten|Zum Alten|Zur Neuen|Zum Neuen|Lange|Hohe|Breite|Kurze|UNTER DER|ZUR ALTEN|ZUM ALTEN|LANGE|HOHE)\s+(?-i:\p{Lu})[\p{L}-]+)\s?\d{1,4}(?!\s{0,2}(?:(?:" + Units + @")(?!\p{L})|[€%]))(?:\s?[-/]\s?\d{1,4})?(?:\s?[a-z](?![\p{L}\d]))?(?![\p{L}\d]|[.,]\d)(?=[ \t]*(?:$|[,;)(/–\r\n]|\.(?:\s|$)|-\s|in\s|\d{5}))", Options)]
    private static partial Regex AbbreviatedStreetRegex();

    // Identity card and passport numbers: nine characters of the document alphabet (no vowels), a letter first, and
    // the check digit that the machine-readable zone puts after them, if written ("L01X00T471": ten); also written apart
    // after the fourth character ("L01X 00T471") or before the check digit ("L01X00T47 1").
    [GeneratedRegex(@"(?<![\p{L}\d])[CFGHJKLMNPRTVWXYZ](?:[CFGHJKLMNPRTVWXYZ0-9]{8}(?: ?[0-9])?|[CFGHJKLMNPRTVWXYZ0-9]{3} [CFGHJKLMNPRTVWXYZ0-9]{5}[0-9]?)(?![\p{L}\d])", Options)]
    private static partial Regex IdentityDocumentRegex();

    // Dates without a year ("15.05.", "15. 05."; with a one-digit month only after a date word (a colon may follow it: "Gesendet: 18.04") or a dash, "am 3.5.", "bis 3.5.", "Eingangsstempel 1.1.",
    // "15.5.-20.5."; a compound ending in -datum, -termin or "fällig" counts, "Ausstellungsdatum 9.5."; a day from 13 needs no
    // word, "Berechtigungsschein 16.2.", since no version or grade has it; a day before "d.M." (this month) is one, "am 30. d.M."),
    // so "schaffte 3.5." and "Version 2.1." stay, as do "3.5 Std." and "1.2.3"; without the last dot only after a
    // date word or a dash and a space, "seit 13.07 ganztags", "28. April – 02.06", not before a time or an amount, "ab 10.30 Uhr"; since session 10
    // also with a one-digit month, "vom 7.6:", "– 26.2", and before "bis" and a date, "22.12 bis 7.1."; "auf 1.3.", "Start 5.8.", after a
    // replaced date and a comma, "[Datum], 1.2.") and year first ("2024/05/03",
    // "2024.05.03"), checked by LooseDate; the forms with a year are the DateDetector's, which runs first. Since session 17 (dates
    // without a year are written where no version or paragraph stands): a one-digit month also after "WV" (Wiedervorlage), after a
    // compound ending in -vorlage, -nachweis, -bescheid, -abrechnung, -prüfung ("Einkommensnachweis 9.9."), in a table's cell after
    // "| ", after a colon when the date ends the line ("vereinbart: 3.8."), and as the first date of a range ("7.6.–21.06.2025",
    // "3.5.-20.5.").
    [GeneratedRegex(@"(?<![\p{L}\d.,])(?:\d{1,2}\.\s?\d{2}\.(?!\d)|(?<=(?:\b(?:am|vom|bis|zum|ab|seit|auf|den|dem|zwischen|und|oder|bzw|sowie|Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Termin|Termine|Frist|Datum|Start|Beginn|Ende|Gesendet|Eingang|Eingangsstempel|Posteingang|Stempel|ca|WV)[.:]?,?\s{1,3}|(?:datum|termin|fällig|vorlage|nachweis|bescheid|abrechnung|prüfung)[.:]?\s{1,3}|[-–]\s?|[\uE000-\uF8FF],\s{1,3}))\d{1,2}\.\s?\d\.(?!\d)|(?<=\|[ \t]{1,3})\d{1,2}\.\d\.(?=[ \t]{1,3}\|)|(?<=:[ \t]{1,3})\d{1,2}\.\d\.(?=[ \t]{0,3}(?:[\r\n]|$))|\d{1,2}\.\d\.(?=\s?[-–]\s?(?:\d{1,2}\.\s?\d|[\uE000-\uF8FF]))|(?:1[3-9]|2\d|3[01])\.\d\.(?!\d)|\d{1,2}\.(?=\s?d\.\s?M\.)|(?<=\b(?:am|vom|bis|zum|ab|seit|auf|den|dem|zwischen|Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Termin|Frist|Datum|Gesendet|Eingang|Eingangsstempel|Posteingang|Stempel)[.:]?,?\s{1,3}|[-–]\s)\d{1,2}\.\d{1,2}(?![\p{L}\d]|[.,:]\d|\s?(?:Uhr|h|€|%|EUR|Euro|Std|km|kg|m|Min)(?!\p{L}))|(?<![\p{L}\d.,])\d{1,2}\.\d{1,2}(?=\s(?:bis|–)\s\d{1,2}\.\d)|\d{4}(?:/\d{1,2}/|\.\d{1,2}\.)\d{1,2}(?![\p{L}\d]))", Options)]
    private static partial Regex LooseDateRegex();

    /// <summary>A day said as an ordinal word, "ersten" … "einunddreißigster" (any case): dates in words and dates said in words.</summary>
    internal const string DayOrdinals = "(?:erst|zweit|dritt|viert|fünft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwölft|dreizehnt|vierzehnt|fünfzehnt|sechzehnt|siebzehnt|achtzehnt|neunzehnt|(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?zwanzigst|dreißigst|einunddreißigst)(?:e|en|er|es)";

    /// <summary>What may not follow a two-digit year: a unit or an amount ("3. März 10 Uhr", "16. Juni 24 h").</summary>
    internal const string NoUnitAfter = @"(?!\s{0,2}(?:(?:" + Units + @"|h)(?!\p{L})|[€%]))";

    /// <summary>The month names and abbreviations the date patterns know (any case).</summary>
    internal const string MonthNames = "Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Febr|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez";

    // Dates without a year and dates in words: "16. Juni", "am zwölften Juli", "vierundzwanzigsten September 2024", and the day
    // without its dot before a month and a year ("4 August 1984"; not "seit 3 Mai-Terminen").
    [GeneratedRegex(@"(?<![\p{L}\d])(?:\d{1,2}\.\s*|" + DayOrdinals + @"\s+|\d{1,2}\s+(?=(?:" + MonthNames + @")(?![\p{L}\d])\.?\s*\d{4}(?!\d)))(?:" + MonthNames + @")(?![\p{L}\d])\.?(?:\s*(?:\d{4}|'?\d{2}" + NoUnitAfter + @")(?![\p{L}\d]))?" +
        // The month first, English fashion, with a comma before the year ("Oktober 12, 2024", "Januar 2, 1963"; session 9).
        @"|(?<![\p{L}\d])(?:" + MonthNames + @")\.?\s{1,2}\d{1,2},\s{0,2}\d{4}(?!\d)", Options)]
    private static partial Regex DateInWordsRegex();

    /// <summary>Session 18: the month names of Spanish, Portuguese, French and Italian that the German ones do not cover.</summary>
    internal const string RomanceMonthNames = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|" +
        "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|" +
        "janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|décembre|decembre|" +
        "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|" +
        // Session 20: the months of other languages a note quotes, only as day, month and year ("5 maart 2025", "12 stycznia 2024"):
        // Dutch and Afrikaans, Scandinavian, Romanian, Polish (the genitive a date writes), Turkish, Indonesian and Malay.
        "januari|februari|maart|mei|augustus|januarie|februarie|junie|julie|desember|" +
        "januar|februar|augusti|maj|" +
        "ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|" +
        "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|listopada|grudnia|" +
        "ocak|şubat|subat|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik|" +
        "maret|agustus|julai|ogos|disember|" +
        // Session 24: the months of further languages whose dates a note quotes, day (with the ordinal dot these languages write,
        // "15. mars 2025", "6. března 2025"), month and year: Danish, Icelandic, English, Malay, Czech, Slovak, Croatian, Serbian and
        // Bosnian, Slovene, Finnish (the partitive a date writes).
        "marts|december|janúar|febrúar|apríl|maí|júní|júlí|ágúst|október|nóvember|" +
        "january|february|march|may|june|july|october|mac|" +
        "ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|" +
        "januára|februára|apríla|mája|júna|júla|augusta|septembra|októbra|novembra|decembra|" +
        "siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|studenog|prosinca|" +
        "januara|februara|marta|aprila|juna|jula|avgusta|oktobra|" +
        "januarja|februarja|junija|julija|" +
        "tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta";

    // Session 18: dates in Spanish, Portuguese, French and Italian, as messages and papers from abroad write them: the day (with
    // "º" or "er" as "1º", "1er" write the first), "de" and the month, then "de"/"del" and the year or no year ("22 de junio de
    // 2025", "5 de março", "30 de marzo del 2024"), or the day, the month and the year without "de" ("3 juin 2025", "12 giugno
    // 2025"); a month name without the "de" or the year is no date ("3 mars" may be a count of planets). Session 24: the day with its
    // ordinal dot ("15. mars 2025") only before a month and a year, not after a dotted number ("1.3. mars 2025" is no day).
    [GeneratedRegex(@"(?<![\p{L}\d])\d{1,2}(?:º|°|er)?\s{1,2}(?:de\s{1,2}(?:" + RomanceMonthNames + @")(?:\s{1,2}(?:de|del)\s{1,2}\d{4})?|(?:" + RomanceMonthNames + @")\s{1,2}\d{4})(?![\p{L}\d])" +
        // Session 24: the day with its ordinal dot before a month of another language and a year ("15. mars 2025", "6. března 2025").
        @"|(?<![\p{L}\d.])\d{1,2}\.\s{1,2}(?:" + RomanceMonthNames + @")\s{1,2}\d{4}(?![\p{L}\d])", Options)]
    internal static partial Regex RomanceDateRegex();

    // e-mail, also "x.y(at)example.org", "x(a)example.org", "x [at] example [dot] org", "x @ gmx . de" (a dot between single
    // white space on both sides; "x@y.de. Dann" keeps its next sentence); since session 15 a blank before the dot of the last
    // label, as a hurried or pasted address has it ("x@web .de"): a label in lower case of two to six letters that ends the
    // address ("x@y.de .Dann" keeps its next sentence); since session 17 a blank after the dot before a common top-level domain in
    // lower case ("x@ posteo. de", as speech recognition and hurried typing leave it; "x@y.de. dann" keeps its next word)
    [GeneratedRegex(@"[\p{L}\d._%+-]+\s*(?:@|\(at\)|\[at\]|\{at\}|\(ät\)|\(a\)|\[a\])\s*[\p{L}\d-]+(?:(?:\.|\s\.\s| \.(?=(?-i:[a-z]{2,6})(?![\p{L}\d-]|\.[\p{L}\d]))|\. (?=(?-i:de|com|org|net|eu|at|ch|info)(?![\p{L}\d-]|\.[\p{L}\d]))|\s*(?:\(dot\)|\[dot\]|\(punkt\)|\[punkt\])\s*)[\p{L}\d-]+)+", Options)]
    private static partial Regex EmailRegex();

    /// <summary>The e-mail regex anchored at the search's start, for its start windows (one per mark, <see cref="Prefilters.EmailStarts"/>).</summary>
    [GeneratedRegex(@"\G(?:[\p{L}\d._%+-]+\s*(?:@|\(at\)|\[at\]|\{at\}|\(ät\)|\(a\)|\[a\])\s*[\p{L}\d-]+(?:(?:\.|\s\.\s| \.(?=(?-i:[a-z]{2,6})(?![\p{L}\d-]|\.[\p{L}\d]))|\. (?=(?-i:de|com|org|net|eu|at|ch|info)(?![\p{L}\d-]|\.[\p{L}\d]))|\s*(?:\(dot\)|\[dot\]|\(punkt\)|\[punkt\])\s*)[\p{L}\d-]+)+)", Options)]
    private static partial Regex AnchoredEmailRegex();

    // e-mail whose local part has dots between single white space ("max . muster @ gmx . de"): a detector of its own before
    // the plain one, so that the plain regex, which every note with an '@' or ')' meets, keeps its cheap start.
    [GeneratedRegex(@"(?:[\p{L}\d._%+-]+\s\.\s)+[\p{L}\d._%+-]+\s*(?:@|\(at\)|\[at\]|\{at\}|\(ät\)|\(a\)|\[a\])\s*[\p{L}\d-]+(?:(?:\.|\s\.\s|\s*(?:\(dot\)|\[dot\]|\(punkt\)|\[punkt\])\s*)[\p{L}\d-]+)+", Options)]
    private static partial Regex SpacedEmailRegex();

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""']+", Options)]
    private static partial Regex UrlRegex();

    // IBAN: country and check digits ("DE89", also "DE 89" and "de 89" with the country apart), groups of up to four letters or
    // digits, apart by spaces, hyphens or dots ("IT79.C046.5668…", since session 9), of three digits ("DE 26 660 837 120 …")
    // or across a line break before a digit (session 10); a match that runs on past its country's length is cut there (Checksums.IbanExtent).
    // Session 12 (heldout7's misses): " - " between the groups ("DE89 - 6596 - 9737 - …"), the country apart before a group of
    // four that begins with the check digits ("de 9013 4789 …", "DE 1633 1394 …"), and groups of five from the country on
    // ("DE160 10531 85286 23814 80", "IE65A IBK58 …"), which counts only with valid check digits (IsIbanMatch).
    private const string IbanPattern = @"\b(?:(?:[A-Z]{2}\d{2}|(?-i:[A-Z]{2}|[a-z]{2}) \d{2}(?:[A-Z0-9]{2}(?=[ .-]))?)(?:(?:[ .-]{0,2}| - |\r?\n(?=[0-9]))(?:[A-Z0-9]{4}|[0-9]{3}(?![0-9]))){2,8}(?:(?:[ .-]{0,2}| - )[A-Z0-9]{1,3})?|[A-Z]{2}\d{2}[A-Z0-9](?:[ .-][A-Z0-9]{5}){2,6}(?:[ .-][A-Z0-9]{1,4})?)\b";

    [GeneratedRegex(IbanPattern, Options)]
    private static partial Regex IbanRegex();

    /// <summary>The IBAN regex anchored at the search's start, for its start windows.</summary>
    [GeneratedRegex(@"\G(?:" + IbanPattern + ")", Options)]
    private static partial Regex AnchoredIbanRegex();

    // Household number: five digits, "BG", seven digits, apart by blanks, dots, slashes, hyphens or middle dots ("86078·BG·1696784", session 11).
    [GeneratedRegex(@"(?<![\p{L}\d])\d{5}[\s./·-]*BG[\s./·-]*\d{7}(?!\d)", Options)]
    private static partial Regex HouseholdNumberRegex();

    // Customer number; its letter also full-width ("９６２Ｄ１２３４５６", as an East Asian input method types it: \d and \s
    // already take full-width digits and the ideographic space), the same customer as its ASCII spelling (session 18's review, M4).
    [GeneratedRegex(@"(?<![\p{L}\d])\d{3}[\s./-]*[A-ZＡ-Ｚ][\s./-]*\d{3}[\s./-]?\d{3}(?!\d)", Options)]
    private static partial Regex CustomerNumberRegex();

    // Pension insurance number: area, birth date (also in pairs, "12 07 84"), letter, serial and check digit, single separators.
    [GeneratedRegex(@"(?<![\p{L}\d])\d{2}[\s./-]?\d{2}[\s./-]?\d{2}[\s./-]?\d{2}[\s./-]?[A-Z][\s./-]?\d{2}[\s./-]?\d(?!\d)", Options)]
    private static partial Regex PensionNumberRegex();

    // Tax id: 11 digits grouped 2-3-3-3, 3-3-3-2 or 4-4-3 ("12 345 678 901", "1234 5678 901"); the check digit decides. Not
    // any grouping: the last eleven digits of a phone number ("+49 162 20002053") would pass the check one time in ten.
    // Session 20: nor after a country code ("+49 34901 909121", "0049 …", "+49 (0) …"): the digits after "+cc" are a phone's.
    [GeneratedRegex(@"(?<![\p{L}\d])(?<!(?:\+|(?<![\p{L}\d])00)\d{1,3}[\s./-]{0,2}(?:\(0\)[\s./-]{0,2})?)(?:\d{2}[\s./-]?\d{3}[\s./-]?\d{3}[\s./-]?\d{3}|\d{4}[\s./-]?\d{4}[\s./-]?\d{3}|\d{3}(?: \d{3} \d{3} \d{2}|/\d{3}/\d{3}/\d{2}|\.\d{3}\.\d{3}\.\d{2}|-\d{3}-\d{3}-\d{2}))(?!\d)", Options)]
    private static partial Regex TaxIdRegex();

    // Session 23: not after a district and a hyphen or dash ("NR-FK 440", "TIR-TL 390" are licence plates).
    [GeneratedRegex(@"\b(?<!(?-i:[A-ZÄÖÜ])\s?[-–]\s?)(?:TL|MA|FK|SB)[\s-]?\d{3,6}\b", Options)]
    private static partial Regex StaffIdRegex();

    // +49 211 5550101, (+44) 9384072540 (the country code in brackets), +49 (0)211 123 45 67, +49 (4541) 172429, 0049 211 …, 0211/1234567, 0211 1234-567, (0211) 1234567, 0341.1234567, 01 76 / 1234567,
    // 0 175 / 35 91 3765, and an en dash between groups, "0160 – 73 93 80 6" (session 11)
    [GeneratedRegex(@"(?:(?:\+|\b00)\s?\d{2}\)?[\s/.–-]*(?:\(0\)[\s/.–-]*|\((?=\d{2,5}\)))?\d(?:[\s/().–-]{0,3}\d){5,14}|(?<![\p{L}\d])\(?0 ?\d(?: ?\d){1,4}\)?(?:[\s/.–-]{0,3}\d){4,12})(?!\d)", Options)]
    private static partial Regex PhoneRegex();

    // Street and house number: a prefix and a name ("Am Markt 3", "Unter den Linden 5"), a street word, "der/des" and a
    // capitalised name ("Straße der Jugend 4", "Platz des Friedens 1"; not "Weg zur Arbeit 45 Minuten"), or a word ending in a street suffix, optionally after an
    // adjective ("Kleine Fischerstraße") and a title with a hyphen ("Dr.-Külz-Ring"); the newer suffixes (-zeile, -twiete,
    // -brücke, -park, -anger, -grund …) only in a compound ("Lindenpark 3", "Küferanger 8", not "die Brücke 2 mal", "aus
    // diesem Grund 3"); a name and a street word apart ("Torf Steig 71", "Leuchtturm Weg 18"); a capitalised "Beim",
    // "Unterm", "Hinterm" … as a prefix ("Beim Zollhaus 8", not "beim Termin 3"); a number or a pair ("79/80"), a letter.
    // Session 22: a prefix of two words in lower case is the sentence's preposition and article, not the street's, when the word
    // after it is a street by its suffix ("wohnt in der Lindenstraße 5": "in der" stays, the street after it is found from its own
    // word); a capitalised prefix stays the street's ("An der Marktstraße 3"), as do "am" and "im" ("kd wohnt am weidensteig 4",
    // in a note in lower case, may name "Am Weidensteig"), and "in der Au 5" (no street suffix).
    /// <summary>
    /// Session 22: a prefix of two words in lower case ("in der", "an der") before a compound whose end is a street suffix ("Lindenstraße",
    /// "Hauptstr.", "Birkenweg"): the street regex's prefix part does not start there (<see cref="StreetMatcher"/> by hand).
    /// </summary>
    internal const string LowerPrefixBeforeStreet = @"(?-i:in\s+der|in\s+den|an\s+der|an\s+den|auf\s+dem|auf\s+der|unter\s+den|hinter\s+der|hinter\s+den|vor\s+dem)\s+[\p{L}-]*\p{L}{2}(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|stieg|graben|wall|kamp)(?![\p{L}-])";

    [GeneratedRegex(@"(?:\b(?!" + LowerPrefixBeforeStreet + @")(?:Am|An\s+der|An\s+den|Auf\s+dem|Auf\s+der|Im|In\s+der|In\s+den|Unter\s+den|Hinter\s+der|Hinter\s+den|Vor\s+dem|Zum|Zur|Alte|Alter|Neue|Neuer|Große|Kleine|(?-i:Beim|BEIM|Unterm|UNTERM|Hinterm|HINTERM|Vorm|VORM|Überm|ÜBERM))\s+(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Vormittag|Nachmittag|Mittag|Abend|Morgen|Anfang|Ende|Tag|Jahr|Jahresende|Monatsende)(?![\p{L}-])|(?-i:[ABLKE]|St)\s?\d)\p{L}[\p{L}-]*|\b(?:Straße|Strasse|Platz|Allee|Ring|Chaussee)\s+(?:der|des)\s+(?-i:\p{Lu})[\p{L}-]*|\b(?!(?i:adresse|anschrift|wohnadresse|meldeadresse|neue|neuen|alte|alten|die|der|den|dem|des|eine|einer|seine|ihre)\s)(?-i:\p{Lu}[\p{L}-]*\s+(?:Straße|Strasse|Weg|Steig|Stieg|Allee|Gasse|Ring|Platz|Pfad|Damm|Ufer|Markt|Graben|Wall|Kamp|Chaussee|Anger|STRASSE|STRAßE|WEG|STEIG|STIEG|ALLEE|GASSE|RING|PLATZ|PFAD|DAMM|UFER|MARKT|GRABEN|WALL|KAMP|CHAUSSEE|ANGER)(?![\p{L}-]))|(?:\b(?!(?i:adresse|anschrift|wohnadresse|meldeadresse|neue|neuen|alte|alten|die|der|den|dem|des|eine|einer|seine|ihre)\s)(?-i:\p{Lu}[\p{L}-]*(?:e|er|es|en))\s+)?\b(?:\p{L}{1,5}\.-)?(?:[\p{L}-]*(?:stra(?:ß|ss)e|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|stieg|graben|wall|kamp|hof)|[\p{L}-]*(?:\p{L}{2}|\p{L}-)(?:zeile|twiete|twete|steg|stiege|winkel|brücke|redder|koppel|deich|park|hain|promenade|passage|wiese|siedlung|lände|anger|grund)))(?!\s*(?:19|20)\d\d(?!\d))\s*\d{1,4}(?!\s{0,2}(?:(?:" + Units + @")(?!\p{L})|[€%]))(?:\s?/\s?\d{1,4})?(?:\s?[a-z]\b|\b)(?!/)", Options)]
    private static partial Regex StreetRegex();

    // Session 20: a word that begins a town's name with the next ("06295 Lutherstadt Eisleben", "23966 Hansestadt Wismar").
    [GeneratedRegex(@"(?<![\p{L}\d])(?:D-)?\d{5}\s+(?:(?-i:Bad|Sankt|Hansestadt|Lutherstadt|Universitätsstadt|Kreisstadt)\s(?=(?-i:\p{Lu})))?\p{L}[\p{L}-]*(?:\s(?:am|an\s+der|im|in\s+der|ob\s+der|bei|vor\s+der)\s\p{L}[\p{L}-]*|\s\(\p{L}+\))?", Options)]
    private static partial Regex PostcodeCityRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])\d(?:[\s/.-]?\d){5,}(?![\p{L}\d])", Options)]
    private static partial Regex LongNumberRegex();
}

/// <summary>The replacement of a match (its text), or null to leave it.</summary>
internal delegate string? MatchReplacement(ReadOnlySpan<char> match, ScrubContext context);

/// <summary>
/// The first match of a detector's regex at or after <c>from</c> in <c>text</c> (a window's text up to its end), as (index,
/// length), or (-1, 0): a hand-written matcher for a windowed regex (see <see cref="StreetMatcher"/>).
/// </summary>
internal delegate (int Index, int Length) WindowMatcher(ReadOnlySpan<char> text, int from);

/// <summary>How much of a match, from its start, is the finding (at most its length; 0 leaves it).</summary>
internal delegate int MatchExtent(ReadOnlySpan<char> match);

/// <summary>The first index at which a regex could start a match in the text (whose digit runs are <c>runs</c>), or -1 (see <see cref="Prefilters"/>).</summary>
internal delegate int Prefilter(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs);

/// <summary>
/// The first index at which a regex could start a match in the text, or -1, as <see cref="Prefilter"/> gives it, found from the
/// text's words (its maximal runs of letters, which the workspace's <see cref="WordTable"/> keeps) instead of its characters.
/// </summary>
internal delegate int WordPrefilter(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words);

/// <summary>
/// The stretches of the text, in order, that every match of a regex lies in (see <see cref="Prefilters.StreetWindows"/>),
/// so the regex is run only there instead of from the first possible start to the end.
/// </summary>
internal delegate void WindowSource(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, List<(int From, int End)> windows);

/// <summary>
/// Windows as <see cref="WindowSource"/> gives them, found from the text's words (its maximal runs of letters, as
/// <see cref="Words.Of"/> finds them, which the workspace's <see cref="WordTable"/> keeps) and their <see cref="WordClass"/>es (with
/// the union of all words' classes) instead of another scan of its characters.
/// </summary>
internal delegate void WordWindowSource(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words, ReadOnlySpan<uint> classes, uint union,
    List<(int From, int End)> windows);

/// <summary>
/// The stretches of the text, in order, that every match of a regex lies in, each with the last index at which a match in it
/// can start (<c>Last</c>): every match starts in <c>[From, Last]</c> of some window (windows in order of <c>From</c>) and
/// ends, with what the regex reads after it, before that window's <c>End</c>. The detector then tries its regex anchored
/// (<c>\G</c>) at each index from <c>From</c> to <c>Last</c> instead of scanning the window to its end (see
/// <see cref="Prefilters.IbanStarts"/>, <see cref="Prefilters.ForeignStreetStarts"/>). <c>spans</c> are the text's digit
/// runs or its words (letter runs), as the detector says; for words <c>classes</c> are their <see cref="WordClass"/>es and
/// <c>union</c> the union of all words' classes (for digit runs both are empty).
/// </summary>
internal delegate void StartWindowSource(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> spans, ReadOnlySpan<uint> classes, uint union,
    List<(int From, int Last, int End)> windows);

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
    private readonly WordPrefilter? _wordPrefilter;
    private readonly WindowSource? _windows;
    private readonly WordWindowSource? _wordWindows;
    private readonly int _slot;
    private readonly MatchExtent? _extent;

    /// <summary>
    /// Whether the windows are one per anchor (a digit run), in the anchors' order, and every match holds an anchor that
    /// starts in it (the street's house number): a second match in a window holds a later anchor, whose own window comes
    /// later in the list and finds it, so a window's search stops at its first match (searching the rest of a window, the
    /// words after the number, cost as much as finding the match).
    /// </summary>
    private readonly bool _oneMatchPerWindow;

    /// <summary>A hand-written matcher that finds what the regex finds (see <see cref="HandMatchers"/>), used instead of it; null: the regex.</summary>
    private readonly HandMatcher? _matcher;

    /// <summary>A hand-written matcher for the windows (see <see cref="StreetMatcher"/>), used instead of the regex in each; null: the regex.</summary>
    private readonly WindowMatcher? _windowMatcher;

    /// <summary>Windows with the last index a match can start at (see <see cref="StartWindowSource"/>); null: none.</summary>
    private readonly StartWindowSource? _startWindows;

    /// <summary>Whether <see cref="_startWindows"/> reads the text's words (otherwise its digit runs).</summary>
    private readonly bool _startWindowsFromWords;

    /// <summary>The slot of the regex anchored at the search's start (<c>\G(?:…)</c>), for <see cref="_startWindows"/>.</summary>
    private readonly int _anchoredSlot = -1;

    public RegexDetector(string name, Regex regex, MatchReplacement replacement, Prefilter? firstPossibleStart = null, WindowSource? windows = null, MatchExtent? extent = null,
        WordWindowSource? wordWindows = null, bool oneMatchPerWindow = false, HandMatcher? matcher = null, WindowMatcher? windowMatcher = null,
        StartWindowSource? startWindows = null, bool startWindowsFromWords = false, WordPrefilter? wordPrefilter = null, Regex? anchoredRegex = null)
    {
        _wordPrefilter = wordPrefilter;
        _startWindows = startWindows;
        _startWindowsFromWords = startWindowsFromWords;
        if (startWindows is not null)
        {
            // The same pattern, options and timeout, matched only where the search starts: the match the regex's scan finds
            // at that index, if the scan gets there. A source-generated one is given (a large pattern compiled at run time is
            // jitted without optimisation); it must be exactly that.
            AnchoredRegex = anchoredRegex ?? new Regex(@"\G(?:" + regex + ")", regex.Options, regex.MatchTimeout);
            if (AnchoredRegex.ToString() != @"\G(?:" + regex + ")" || AnchoredRegex.Options != regex.Options || AnchoredRegex.MatchTimeout != regex.MatchTimeout)
            {
                throw new ArgumentException("The anchored regex must be \\G(?:pattern) with the regex's options and timeout.", nameof(anchoredRegex));
            }
            _anchoredSlot = RegexSlots.Register(AnchoredRegex);
        }

        _matcher = matcher;
        _windowMatcher = windowMatcher;
        _oneMatchPerWindow = oneMatchPerWindow;
        _wordWindows = wordWindows;
        _extent = extent;
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

    /// <summary>The regex anchored at the search's start (<c>\G(?:…)</c>), if the detector has start windows; else null.</summary>
    internal Regex? AnchoredRegex { get; }

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        if (_startWindows is not null)
        {
            FindAtStarts(workspace, context, matches);
            return;
        }

        if (_windows is not null || _wordWindows is not null)
        {
            FindInWindows(workspace, context, matches);
            return;
        }

        if (_matcher is not null)
        {
            var runs = workspace.DigitRuns;
            for (var (index, length) = _matcher(text, runs, 0); index >= 0; (index, length) = _matcher(text, runs, index + length))
            {
                Add(text, index, length, context, matches);
            }

            return;
        }

        var start = _wordPrefilter is not null ? _wordPrefilter(text, workspace.WordTable.Letters(text))
            : _firstPossibleStart is null ? 0 : _firstPossibleStart(text, workspace.DigitRuns);
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
        if (_wordWindows is not null)
        {
            var classes = workspace.WordTable.LetterClasses(text, out var union);
            _wordWindows(text, workspace.WordTable.Letters(text), classes, union, windows);
        }
        else
        {
            _windows!(text, workspace.DigitRuns, windows);
        }

        if (_windowMatcher is not null)
        {
            FindByHand(text, windows, context, matches);
            return;
        }

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
                Add(text, match.Index, match.Length, context, matches);
                position = match.Index + match.Length;
                if (_oneMatchPerWindow)
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Puts start windows in order of <c>From</c>: a source gives them in the order of the words or digits it found them at, and
    /// a street word glued into its token ("Abu-Street Road 5") has a later <c>From</c> than the next word's window, which reaches
    /// three tokens back (session 13's review found "Al-Amin Abu-Street Road 5" matched from "Street" so).
    /// </summary>
    internal static void InOrderOfFrom(List<(int From, int Last, int End)> windows) =>
        windows.Sort(static (a, b) => a.From != b.From ? a.From.CompareTo(b.From) : a.Last.CompareTo(b.Last));

    /// <summary>
    /// The regex anchored at each index a match can start at (<see cref="StartWindowSource"/>), window by window, never before
    /// the end of the last match: the matches of a scan from the start. The scan finds, after the last match, the first index
    /// at which the regex matches, and that match; every match starts in some window's <c>[From, Last]</c>, each such index
    /// is tried in order (<see cref="InOrderOfFrom"/> puts the windows in order of <c>From</c>), and the window's end is past
    /// all the regex reads there.
    /// An index a scan from the start would try after a window's <c>Last</c> (the words after a street word, the characters
    /// after an IBAN's country) is not tried: no match starts there that a later window does not hold.
    /// </summary>
    private void FindAtStarts(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var windows = workspace.StartWindows;
        windows.Clear();
        if (_startWindowsFromWords)
        {
            var classes = workspace.WordTable.LetterClasses(text, out var union);
            _startWindows!(text, workspace.WordTable.Letters(text), classes, union, windows);
        }
        else
        {
            _startWindows!(text, workspace.DigitRuns, [], 0, windows);
        }

        if (windows.Count == 0)
        {
            return;
        }

        if (windows.Count > 1)
        {
            InOrderOfFrom(windows);
        }

        var regex = workspace.Regex(_anchoredSlot);
        var position = 0;
        foreach (var (from, last, end) in windows)
        {
            for (var p = Math.Max(from, position); p <= last && p < end;)
            {
                var next = p + 1;
                foreach (var match in regex.EnumerateMatches(text[..end], p))
                {
                    // Only the match at p: one right after it may start past Last, where the window's end is no bound.
                    Add(text, match.Index, match.Length, context, matches);
                    position = match.Index + match.Length;
                    next = Math.Max(next, position);
                    break;
                }

                p = next;
            }
        }
    }

    /// <summary>The windows as <see cref="FindInWindows"/> reads them, each searched by the hand matcher instead of the regex.</summary>
    private void FindByHand(ReadOnlySpan<char> text, List<(int From, int End)> windows, ScrubContext context, List<TextMatch> matches)
    {
        var position = 0;
        foreach (var (from, end) in windows)
        {
            var start = Math.Max(from, position);
            while (start < end)
            {
                var (index, length) = _windowMatcher!(text[..end], start);
                if (index < 0)
                {
                    break;
                }

                Add(text, index, length, context, matches);
                position = index + length;
                if (_oneMatchPerWindow)
                {
                    break;
                }

                start = position;
            }
        }
    }

    private void DetectFrom(Regex regex, ReadOnlySpan<char> text, int start, ScrubContext context, List<TextMatch> matches)
    {
        // Value matches: no Match object per finding.
        foreach (var match in regex.EnumerateMatches(text, start))
        {
            Add(text, match.Index, match.Length, context, matches);
        }
    }

    /// <summary>The finding of one match (its extent, if the detector has one, and its replacement), if any.</summary>
    private void Add(ReadOnlySpan<char> text, int index, int length, ScrubContext context, List<TextMatch> matches)
    {
        if (_extent is not null)
        {
            length = _extent(text.Slice(index, length));
        }

        if (length > 0 && _replacement(text.Slice(index, length), context) is { } replacement)
        {
            matches.Add(new TextMatch(index, length, replacement));
        }
    }
}
