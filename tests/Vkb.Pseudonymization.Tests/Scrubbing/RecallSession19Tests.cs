using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The shapes of session 19 (docs/scrubbing.md, "… heldout15 read (session 19)"), each a general rule rather than a phrase of
/// heldout15. The notes are written for these tests (invented names, places and values; the IBANs are the published examples
/// of their banks' countries), not taken from a corpus; beside them stand notes that must stay.
/// </summary>
public class RecallSession19Tests
{
    [Theory]
    [InlineData("Überweisungsträger: IBAN D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0 – Betrag 20,00", "Überweisungsträger: IBAN [IBAN] – Betrag 20,00")] // box by box, blanks
    [InlineData("Konto G|B|8|2|W|E|S|T|1|2|3|4|5|6|9|8|7|6|5|4|3|2 laut Formular.", "Konto [IBAN] laut Formular.")] // bars, letters inside
    [InlineData("IBAN [A][T][6][1][1][9][0][4][3][0][0][2][3][4][5][7][3][2][0][1] eingetragen.", "IBAN [[IBAN]] eingetragen.")] // brackets
    [InlineData("Kto. d e 8 9  3 7 0 4  0 0 4 4  0 5 3 2  0 1 3 0  0 0 ok", "Kto. [IBAN] ok")] // lower case, two blanks between blocks
    [InlineData("Steuer-ID 5 7 5 4 9 2 8 5 0 1 7 im Formular.", "Steuer-ID [Nummer] im Formular.")] // any other value typed box by box
    [InlineData("Ausweis L _ 0 1 X _ 0 0 T _ 4 7 1", "Ausweis [Nummer]")] // underscores and blanks
    [Trait("Rule", "P2")]
    public void Scrub_AValueTypedBoxByBox_IsReplacedWhole(string note, string expected) => PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Klasse A B C D E bestanden, Noten 1 2 3 im Zeugnis.")] // letters without digits, too few boxes
    [InlineData("Fragen 1 a 2 b 3 c 4 d 5 e beantwortet.")] // ten boxes, five digits
    [InlineData("Kd. kreuzte a b c d 1 2 3 4 an.")] // eight boxes, four digits
    [Trait("Rule", "P2")]
    public void Scrub_FewSingleCharactersInARow_Stay(string note) => PatternRecallTests.ShouldScrubTo(note, note);

    [Theory]
    [InlineData("Besichtigung bei Hausverwaltung Trommsdorf & Quenzel Partnerschaft am Freitag.", "Besichtigung bei Hausverwaltung [Firma] am Freitag.")]
    [InlineData("Stelle bei Ahlbrecht & Wunnenberg Partnerschaftsgesellschaft, Büro Mitte.", "Stelle bei [Firma], Büro Mitte.")]
    [InlineData("Beratung bei Pfeilsticker & Obermoser Sozietät heute.", "Beratung bei [Firma] heute.")]
    [Trait("Rule", "P2")]
    public void Scrub_PartnersBeforeTheirFormWrittenOut_AreOneFirm(string note, string expected) => PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Abteilung Forschung & Entwicklung, Partnerschaft mit der Schule.")] // words of the lists before "Partnerschaft"
    [Trait("Rule", "P2")]
    public void Scrub_APartnershipWordAfterOrdinaryWords_Stays(string note) => PatternRecallTests.ShouldScrubTo(note, note);
}

public class AddressSession19Tests
{
    private static readonly Pseudonymizer Pseudonymizer = new(TestKeys.Key());
    private static readonly TextScrubber Detectors = new(null, ScrubMode.Detectors);

    /// <summary>The note scrubbed in detectors mode (the vocabulary mode replaces an unknown town as a name anyway).</summary>
    private static string ScrubDetectors(string note) =>
        Detectors.Scrub(note, new ScrubContext(Pseudonymizer, "P1", null, new NodaTime.LocalDate(1984, 7, 12), new NodaTime.LocalDate(2025, 4, 1)));

    [Theory]
    [InlineData("Neue Anschrift: Lerchenhöhe 12, 34117 Kassel.", "Neue Anschrift: [Adresse].")]
    [InlineData("Post an Mühlenwende 3a kam zurück.", "Post an [Adresse] kam zurück.")]
    [InlineData("Brief an Lerchenhöhe 12 kam zurück.", "Brief an [Adresse] kam zurück.")]
    [Trait("Rule", "P2")]
    public void Scrub_AStreetOnAHeightOrABend_IsAnAddress(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Miethöhe 450 ist angemessen, Beitragshöhe 12 geprüft.")]
    [InlineData("Um die Jahreswende 3 Termine, nach der Kehrtwende 2 Anträge.")]
    [Trait("Rule", "P2")]
    public void Scrub_AnAmountsHeightOrATurnOfTime_IsNoAddress(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Adresse]");

    [Theory]
    [InlineData("Vermieter Hr. X (Zeltrupa, Lindenstraße 4); Einzug folgt.", "(Zeltrupa, Lindenstraße 4)")] // the town opens a bracket
    [InlineData("Zustelladresse: Wollnitzka, Birkenweg 12.", "Wollnitzka, Birkenweg 12")] // after a colon
    [InlineData("Anschrift\nTravoncy, Hauptstraße 5", "Travoncy, Hauptstraße 5")] // at a line's start
    [Trait("Rule", "P2")]
    public void Scrub_ATownBeforeAStreetAfterABracketAColonOrALineStart_JoinsTheAddress(string note, string address)
    {
        var scrubbed = ScrubDetectors(note);
        scrubbed.ShouldContain("[Adresse]");
        foreach (var part in address.Split(' ', ',', '(', ')'))
        {
            if (part.Length > 2)
            {
                scrubbed.ShouldNotContain(part);
            }
        }
    }

    [Theory]
    [InlineData("Termin (Absender, Lindenstraße 4) notiert.", "Absender")] // a word of the lists
    [InlineData("Hinweis: Briefkasten, Hauptstraße 5 prüfen.", "Briefkasten")]
    [Trait("Rule", "P2")]
    public void Scrub_AWordOfTheListsBeforeAStreet_StaysAfterABracketOrAColon(string note, string word) =>
        ScrubDetectors(note).ShouldContain(word);
}

public class RetentionSession19Tests
{
    [Theory]
    [InlineData("Kirchenbus")] // "-bus"
    [InlineData("Aushilfsjob")] // "-job"
    [InlineData("Pflasterbau")] // "-bau"
    [InlineData("Studentenjob")]
    [InlineData("Bastelgruppe")] // the stem of "basteln"
    [InlineData("Klettergruppe")] // the stem of "klettern"
    [InlineData("Stellenportal")] // "-portal" ends like a surname ("-tal") but is a word three letters longer
    [InlineData("Jobportal")]
    [Trait("Rule", "P2")]
    public void Scrub_ACompoundByAShortHeadAVerbStemInErnOrElnOrALongHeadThatEndsLikeASurname_Stays(string word)
    {
        var note = $"Heute wurde {word} mit der Kundin besprochen.";
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(note);
    }

    [Theory]
    [InlineData("Termin mit Rosenthal und Kaltenbach, Kopie folgt.", "Rosenthal", "Kaltenbach")] // the surname's ending is the head itself
    [InlineData("Heute Anruf von Pilgerbauer und Ostermann.", "Pilgerbauer", "Ostermann")]
    [Trait("Rule", "P2")]
    public void Scrub_ASurnameShapedCompound_IsStillAName(string note, string first, string second)
    {
        var scrubbed = PatternRecallTests.ScrubVocabulary(note);
        scrubbed.ShouldNotContain(first);
        scrubbed.ShouldNotContain(second);
    }
}

public class InstitutionSession19Tests
{
    private static readonly Pseudonymizer Pseudonymizer = new(TestKeys.Key());
    private static readonly TextScrubber Detectors = new(null, ScrubMode.Detectors);

    private static string ScrubDetectors(string note) =>
        Detectors.Scrub(note, new ScrubContext(Pseudonymizer, "P1", null, new NodaTime.LocalDate(1984, 7, 12), new NodaTime.LocalDate(2025, 4, 1)));

    [Theory]
    [InlineData("Kd. singt im Gospelchor Quernsdal mit.", "Kd. singt im [Institution] mit.")] // "-chor"
    [InlineData("Training beim Tennisclub Zeltrupa.", "Training beim [Institution].")] // "-club"
    [InlineData("Kontakt über Freundeskreis Wollnitzka.", "Kontakt über [Institution].")] // a circle of friends by its place
    [InlineData("Hilfe vom Flüchtlingsfreundeskreis Travoncy.", "Hilfe vom [Institution].")] // as a compound's end
    [InlineData("Treffen beim Deutsch-Ghanaischen Freundeskreis Zeltrupa.", "Treffen beim [Institution].")] // a pair of origins
    [InlineData("Bekannter aus dem Ghanaisch-Deutschen Freundeskreis Quernsdal.", "Bekannter aus dem [Institution].")] // "Deutsche" second
    [Trait("Rule", "P2")]
    public void Scrub_ClubsChoirsAndCirclesOfFriendsByTheirPlace_AreInstitutions(string note, string expected) =>
        ScrubDetectors(note).ShouldBe(expected);

    [Theory]
    [InlineData("Der Chor probt, der Club hat zu, im Freundeskreis gefeiert.")] // the kinds alone
    [InlineData("Ein deutsch-polnisches Ehepaar, Deutscher Meister im Boxen.")] // no body after them
    [Trait("Rule", "P2")]
    public void Scrub_TheKindsAloneOrOriginsWithoutABody_Stay(string note) => ScrubDetectors(note).ShouldBe(note);
}

public class InvertedNameSession19Tests
{
    private static readonly Pseudonymizer Pseudonymizer = new(TestKeys.Key());
    private static readonly TextScrubber Detectors = new(null, ScrubMode.Detectors);

    private static string ScrubDetectors(string note) =>
        Detectors.Scrub(note, new ScrubContext(Pseudonymizer, "P1", null, new NodaTime.LocalDate(1984, 7, 12), new NodaTime.LocalDate(2025, 4, 1)));

    [Theory]
    [InlineData("Kontakt Frau Pelzlinger, Sonnhilde, Tel. folgt.", "Sonnhilde")] // a compound of the lists' words ("Sonn-hilde")
    [InlineData("Verteiler: Herr Obermoser, Wolfrune; Frau Pelzlinger, Gerlinde.", "Wolfrune")] // before ";"
    [InlineData("Ansprechpartner Herr Quernheim, Landolin (Personal) meldet sich.", "Landolin")] // before " ("
    [Trait("Rule", "P2")]
    public void Scrub_AGivenNameAfterAReplacedSurname_GetsItsToken(string note, string givenName)
    {
        foreach (var scrubbed in new[] { PatternRecallTests.ScrubVocabulary(note), ScrubDetectors(note) })
        {
            scrubbed.ShouldNotContain(givenName);
        }
    }

    [Theory]
    [InlineData("Termin mit Frau Pelzlinger, Arbeitsvermittlung, Zi. 3.", "Arbeitsvermittlung")] // a department: too long, "-ung"
    [InlineData("Unterlagen von Herrn Obermoser, Miete, Kopie an Akte.", "Miete")] // a word of the lists
    [InlineData("Herr Pelzlinger, Probetag: Montag.", "Probetag")] // a common noun's ending ("-tag")
    [InlineData("Gespräch mit Herrn Obermoser, Gartenzaun besprochen.", "Gartenzaun")] // no entry's end after it
    [Trait("Rule", "P2")]
    public void Scrub_AWordAfterAReplacedSurnameThatIsNoGivenName_Stays(string note, string word) =>
        ScrubDetectors(note).ShouldContain(word);
}
