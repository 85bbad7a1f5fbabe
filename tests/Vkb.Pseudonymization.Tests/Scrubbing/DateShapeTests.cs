using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The date, number and document shapes of session 11 (docs/scrubbing.md, "Dates, dictated numbers and documents in more
/// shapes (session 11)"): English dates, Roman months, dots between spaces, underscores, ordinal suffixes, dates and numbers
/// said in words, identity documents in two to four groups. The notes are written for these tests, not taken from a corpus;
/// beside each shape stands a note that must stay.
/// </summary>
public class DateShapeTests
{
    private static void ShouldScrubTo(string note, string expected) => PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Frist laut Schreiben: 17th of December 2024.", "Frist laut Schreiben: [Datum].")]
    [InlineData("Mail vom 22 May 2023 liegt vor, Termin 3 JUL und 9 MAY.", "Mail vom [Datum] liegt vor, Termin [Datum] und [Datum]")] // the dot after a month's abbreviation is its own
    [InlineData("Urlaub 27 Oct–18 Nov, Vertretung informiert.", "Urlaub [Datum]–[Datum], Vertretung informiert.")]
    [InlineData("Gefehlt am 9 MAY, 26.5. und 3 JUL, sagt der Träger.", "Gefehlt am [Datum], [Datum] und [Datum], sagt der Träger.")] // a two-digit number after a comma is no year
    [InlineData("Arbeitsbeginn March 14th, 2025, Rückmeldung bis May 31st.", "Arbeitsbeginn [Datum], Rückmeldung bis [Datum].")]
    [InlineData("Termin am 9 MAY, 26 Teilnehmer kamen.", "Termin am [Datum], 26 Teilnehmer kamen.")] // after a comma only four digits are a year
    [InlineData("Kündigung zum DECEMBER 19TH, 2025 erhalten.", "Kündigung zum [Datum] erhalten.")]
    [InlineData("Bescheid vom November 17, 2025 liegt vor.", "Bescheid vom [Datum] liegt vor.")]
    [InlineData("Krank bis 20. III. 25, danach Termin am 15.IV. und am 5.I.2024.", "Krank bis [Datum], danach Termin am [Datum] und am [Datum].")]
    [InlineData("urlaub 4.ix.–28 sep, rückmeldung am 24. xii. 23", "urlaub [Datum]–[Datum], rückmeldung am [Datum]")]
    [InlineData("Antwort bis 18 . 10 . 2024 erbeten.", "Antwort bis [Datum] erbeten.")]
    [InlineData("Aufnahme am 30_09_2025, Entlassung offen.", "Aufnahme am [Datum], Entlassung offen.")]
    [InlineData("Lohnabrechnungen für 22ten Juli bis 3ten Juni 2024 fehlen.", "Lohnabrechnungen für [Datum] bis [Datum] fehlen.")]
    [InlineData("termin verschoben auf den vierter August zweitausendfünfundzwanzig", "termin verschoben auf den [Datum]")]
    [InlineData("termin am sechster fünfter zweitausendvierundzwanzig um neun uhr", "termin am [Datum] um neun uhr")]
    [InlineData("GÜLTIG BIS SECHSUNDZWANZIGSTER ZWÖLFTER ZWEITAUSENDFÜNFUNDZWANZIG", "GÜLTIG BIS [Datum]")]
    [Trait("Rule", "P7")]
    public void Scrub_DatesOfSession11Shapes_AreReplacedWhole(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Kd. (geb. am 4. III. 76) beantragt Weiterbewilligung.", "Kd. (geb. am [Geburtsdatum]) beantragt Weiterbewilligung.")]
    [InlineData("Geb.-Datum lt. Akte November 26th, 1995.", "Geb.-Datum lt. Akte [Geburtsdatum].")]
    [InlineData("kundin geboren am achter vierter neunzehnhundertfünfundsiebzig komma", "kundin geboren am [Geburtsdatum] komma")]
    [InlineData("Tochter, geb. 22_12_1982, wohnt bei der Mutter.", "Tochter, geb. [Geburtsdatum], wohnt bei der Mutter.")]
    [Trait("Rule", "P7")]
    public void Scrub_ABirthDateInTheseShapes_IsABirthDate(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Die Maßnahme dauert 9 Monate, Anfahrt 3 Mal pro Woche.")] // a month's initial, but no month
    [InlineData("Teilnahme nach § 16 SGB II. Kapitel 3.2 gelesen.")]
    [InlineData("Version 2.1. ist installiert, Raum 4.12 belegt.")]
    [InlineData("Ab Dec 5 weiß sie mehr, März 3 Tage frei.")] // the month first needs a suffix or a year
    [InlineData("Werte 20 . 13 . 2025 und 32_01_2025 sind Tippfehler.")] // no month 13, no day 32
    [InlineData("Sie arbeitet acht Stunden, zwei oder drei Tage die Woche.")]
    [InlineData("Termin um neun uhr dreißig, Fahrzeit zwanzig Minuten.")]
    [Trait("Rule", "P2")]
    public void Scrub_NumbersAndWordsThatAreNoDate_Stay(string note) => ShouldScrubTo(note, note);

    [Theory]
    [InlineData("kunde nennt steuer id vierzehn neunundfünfzig sieben null achtzehn dreizehn zwei und mehr nicht", "kunde nennt steuer id [Nummer] und mehr nicht")]
    [InlineData("neue handynummer null eins sieben fünf eins siebenundsechzig zwei", "neue handynummer [Nummer]")]
    [InlineData("diktat kundennummer vierzig zwei D drei null sechsunddreißig gehört zu", "diktat kundennummer [Nummer] gehört zu")]
    [InlineData("AUSWEIS NUMMER W H M VIER P F NULL ZWEI N VIER GÜLTIG", "AUSWEIS NUMMER [Nummer] GÜLTIG")]
    [InlineData("Rückruf unter null acht fünf vier zwo, danke.", "Rückruf unter [Nummer], danke.")]
    [Trait("Rule", "P2")]
    public void Scrub_NumbersDictatedInWords_AreReplaced(string note, string expected) => ShouldScrubTo(note, expected);

    /// <summary>
    /// A run of number words apart by single blanks, in a sentence of ordinary words, is replaced exactly when it holds at least
    /// four of them: "zwei oder drei" stays, "null eins sieben fünf" goes.
    /// </summary>
    [Property(MaxTest = 300)]
    [Trait("Rule", "P2")]
    public Property SpokenNumbers_ARunOfNumberWords_IsReplacedExactlyFromFour()
    {
        var numberWords = new[] { "null", "eins", "zwei", "zwo", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "siebzehn", "zwanzig", "dreißig", "neunundneunzig", "Einundzwanzig", "VIERZIG" };
        var input = from count in Gen.Choose(1, 8)
                    from words in Gen.Elements(numberWords).ArrayOf(count)
                    select words;
        return Prop.ForAll(input.ToArbitrary(), words =>
        {
            var note = "Bitte notieren: " + string.Join(' ', words) + " ist die Angabe.";
            var scrubbed = PatternRecallTests.ScrubVocabulary(note);
            var expected = words.Length >= 4 ? "Bitte notieren: [Nummer] ist die Angabe." : note; // the bar itself, not the constant
            return scrubbed == expected;
        });
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_AHouseholdNumberWithMiddleDots_IsPseudonymisedWhole()
    {
        var scrubbed = PatternRecallTests.ScrubVocabulary("BG 81871·BG·1598757 mit 3 Personen.");
        scrubbed.ShouldStartWith("BG BG-");
        scrubbed.ShouldEndWith(" mit 3 Personen.");
        scrubbed.ShouldNotContain("81871");
        scrubbed.ShouldNotContain("1598757");
    }

    [Theory]
    [InlineData("Neue Handynummer der Kd.: 0178 – 59 40 38 6; die alte gilt nicht mehr.", "Neue Handynummer der Kd.: [Telefon]; die alte gilt nicht mehr.")]
    [InlineData("Rückruf 05671 – 30 01 erbeten.", "Rückruf [Telefon] erbeten.")]
    [Trait("Rule", "P2")]
    public void Scrub_HouseholdNumbersWithMiddleDotsAndPhonesWithAnEnDash_AreReplaced(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Sprechzeiten 09 – 10 Uhr und 14 – 16 Uhr.")] // an en dash between times: too few digits for a phone
    [InlineData("Kosten 0 – 1000 Euro im Monat.")]
    [Trait("Rule", "P2")]
    public void Scrub_RangesWithAnEnDash_Stay(string note) => ShouldScrubTo(note, note);

    [Theory]
    [InlineData("Identitätsprüfung: Ausweis TP2 YCF KZL 5 gegen Foto geprüft.", "Identitätsprüfung: Ausweis [Ausweisnummer] gegen Foto geprüft.")]
    [InlineData("Sein Pass G9VZ1 2H1X5 ist abgelaufen.", "Sein Pass [Ausweisnummer] ist abgelaufen.")]
    [InlineData("Dokumente: PA NH71-H6Z5-L4 geprüft.", "Dokumente: PA [Ausweisnummer] geprüft.")]
    [InlineData("Der Pass C7J.L8M.86H.8 ist abgelaufen.", "Der Pass [Ausweisnummer] ist abgelaufen.")]
    [InlineData("Ausweisdaten abgeschrieben: Nr t3z.0w8.xk8.0, Behörde bekannt.", "Ausweisdaten abgeschrieben: Nr [Ausweisnummer], Behörde bekannt.")]
    [InlineData("eAT (Nr TK9 YYR X804) läuft aus.", "eAT (Nr [Ausweisnummer]) läuft aus.")] // "Nr" is no group of the number
    [InlineData("Reisepass JH6HY7K6P/1 liegt in Kopie vor.", "Reisepass [Ausweisnummer] liegt in Kopie vor.")]
    [InlineData("Aufenthaltstitel MLXKF0HRC/7 in Kopie zur Akte.", "Aufenthaltstitel [Ausweisnummer] in Kopie zur Akte.")]
    [Trait("Rule", "P2")]
    public void Scrub_DocumentNumbersInGroupsAfterADocumentWord_AreReplaced(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Pass liegt vor, Kfz 12 345 wird verkauft.")] // eight characters: no document number
    [InlineData("Ausweis liegt vor, PKW XYZ 12 fährt noch.")]
    [Trait("Rule", "P2")]
    public void Scrub_GroupsAfterADocumentWordThatAreNoNumber_Stay(string note) => ShouldScrubTo(note, note);
}

/// <summary>The cheap filter in front of the number-word lookup lets every number word through, in any spelling.</summary>
public class SpokenNumberFilterTests
{
    [Fact]
    [Trait("Rule", "P2")]
    public void MayBeNumberWord_EveryWordTheLookupHolds_PassesTheFilter()
    {
        // Every number word as written, upper case, capitalised, with a long s or a Kelvin sign for its 's' or 'k' (equal under
        // OrdinalIgnoreCase), and every word of the independent corpora.
        var spellings = SpokenNumberDetector.NumberWordList.SelectMany(w => new[]
        {
            w, w.ToUpperInvariant(), char.ToUpperInvariant(w[0]) + w[1..], w.Replace('s', '\u017F'), w.Replace('S', '\u017F'),
            w.Replace('k', '\u212A'), "\u017F" + w[1..],
        });
        var root = Path.Combine(AppContext.BaseDirectory, "Corpora");
        var corpusWords = Directory.EnumerateFiles(root, "*.jsonl", SearchOption.AllDirectories).SelectMany(File.ReadLines)
            .SelectMany(line => System.Text.RegularExpressions.Regex.Split(line, @"[^\p{L}]+")).Where(w => w.Length > 0);
        var checkedWords = 0;
        foreach (var word in spellings.Concat(corpusWords).Distinct())
        {
            if (SpokenNumberDetector.NumberWords.Contains(word))
            {
                SpokenNumberDetector.MayBeNumberWord(word).ShouldBeTrue(word.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                checkedWords++;
            }
        }

        checkedWords.ShouldBeGreaterThanOrEqualTo(SpokenNumberDetector.NumberWordList.Length * 3);
    }
}
