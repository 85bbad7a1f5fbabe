using NodaTime;
using Vkb.Pseudonymization.Policies;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// Regression tests for the recall bugs of issue 16 (each seen on an independent corpus) and for the kinds it
/// added: names without a cue, inflected cues, long names, companies, spelled e-mail addresses, address tails,
/// licence plates, identity documents, dates in words, and the over-replacements it found.
/// </summary>
public class NameRecallTests
{
    private static readonly PseudonymizationKey Key = TestKeys.Key();
    private static readonly Pseudonymizer Pseudonymizer = new(Key);
    private static readonly TextScrubber Vocabulary = new();
    private static readonly TextScrubber Detectors = new(null, ScrubMode.Detectors);

    private static ScrubContext Context()
    {
        var context = new ScrubContext(Pseudonymizer, "P1", -21, new LocalDate(1984, 7, 12), new LocalDate(2025, 4, 1));
        context.AddKnownName("Inka", NameRole.Customer);
        context.AddKnownName("Meier", NameRole.Customer);
        context.AddKnownName("Kai van der Berg", NameRole.CaseWorker);
        context.AddKnownName("Sabine Roth", NameRole.TeamLead);
        return context;
    }

    public static TheoryData<string, string> NamesWithoutACue => new()
    {
        { "Die Schwester (Filiz Troest) hilft bei der Betreuung.", "Troest" },
        { "Gespräch mit dem Bruder, Ryszard Paertzelt, geführt.", "Paertzelt" },
        { "Bruder: Ryszard Paertzelt, wohnt nebenan.", "Ryszard" },
        { "Karlheinz Gute hat die Unterlagen weitergeleitet.", "Karlheinz" },
        { "Karlheinz Gute hat die Unterlagen weitergeleitet.", "Gute" },
        { "jens-uwe von der schuldnerberatung ruft zurück", "jens" },
        { "jens-uwe von der schuldnerberatung ruft zurück", "uwe" },
        { "Kundin berichtet, dass Remo seit Mai ausgezogen ist.", "Remo" },
        { "Mutter Meier und Remo Otto kommen mit.", "Otto" },
        { "Kunde Paertzelt (geb. 1980) erscheint.", "Paertzelt" },
        { "Kollegen Nick Rogner informiert.", "Rogner" },
        { "Freundin Filiz hilft, Schwager Troest auch.", "Troest" },
        { "Freund Ryszard kommt mit.", "Ryszard" },
        { "Ansprechpartner Bärbel Grein Groth ruft an.", "Groth" },
        { "RÜCKRUF VON FRANZ JOSEF JÄKEL ERBETEN.", "JÄKEL" },
        { "Termin bei Dr. Bruder (Hausarzt) am Montag.", "Bruder" },
        { "Fallbesprechung mit Koll. Aydar Seven aus dem Team Reha.", "Aydar" },
        { "Fallmanager von Langern, Niels übernimmt.", "Langern" },
        { "Koll. Albert O'Neill übernimmt die Akte.", "Neill" },
    };

    [Theory]
    [MemberData(nameof(NamesWithoutACue))]
    [Trait("Rule", "P2")]
    public void Scrub_NamesInAnyPhrasing_AreRemoved(string note, string name) =>
        Vocabulary.Scrub(note, Context()).ShouldNotContain(name, Case.Insensitive);

    [Theory]
    [InlineData("Karlheinz Gute hat die Unterlagen weitergeleitet.", "Karlheinz")]
    [InlineData("Die Schwester (Filiz Troest) hilft.", "Filiz")]
    [InlineData("RÜCKRUF VON FRANZ JOSEF JÄKEL ERBETEN.", "JÄKEL")]
    [InlineData("Ansprechpartner Bärbel Grein Groth ruft an.", "Groth")]
    [Trait("Rule", "P2")]
    public void Scrub_DetectorsMode_FindsGivenNamesAndTheSurnameAfterThem(string note, string name) =>
        Detectors.Scrub(note, Context()).ShouldNotContain(name, Case.Insensitive);

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_SomeoneWithTheCustomersGivenName_IsAThirdPersonAndTheSurnameGoesToo()
    {
        var scrubbed = Vocabulary.Scrub("Frau Inka Hein ruft an. Inka Meier kommt morgen.", Context());
        scrubbed.ShouldBe("Frau [Person 1] ruft an. [Kunde] kommt morgen.");
    }

    [Theory]
    [InlineData("Bewerbung bei Thies Bruder GmbH läuft.", "Bewerbung bei [Firma] läuft.")]
    [InlineData("Minijob bei Kowalczyk Bau KGaA seit Mai.", "Minijob bei [Firma] seit Mai.")]
    [InlineData("Praktikum bei Seifert & Salz UG (haftungsbeschränkt) angedacht.", "Praktikum bei [Firma] angedacht.")]
    [InlineData("Stelle bei Gebr. Manço e. K. angetreten.", "Stelle bei [Firma] angetreten.")]
    [InlineData("Vertrag der Hardi & Hänel GbR liegt vor.", "Vertrag der [Firma] liegt vor.")]
    [InlineData("Arbeitgeber: Firma Krause GmbH & Co. KG meldet sich.", "Arbeitgeber: Firma [Firma] meldet sich.")]
    [InlineData("Minijob bei Tischlerei Kranz begonnen.", "Minijob bei [Firma] begonnen.")]
    [InlineData("Aushilfe bei Rheintal Logistik seit Juni.", "Aushilfe bei [Firma] seit Juni.")]
    [InlineData("Rückfrage beim AG zur Lohnabrechnung.", "Rückfrage beim AG zur Lohnabrechnung.")]
    [Trait("Rule", "P2")]
    public void Scrub_Companies_ByLegalFormOrTradeWord_BecomeFirma(string note, string expected) =>
        Vocabulary.Scrub(note, Context()).ShouldBe(expected);

    [Theory]
    [InlineData("Mail: anna.troest at example dot org, bitte antworten.", "Mail: [E-Mail], bitte antworten.")]
    [InlineData("Kontakt INKA.MEIER AT WEB DOT DE erbeten.", "Kontakt [E-Mail] erbeten.")]
    [Trait("Rule", "P2")]
    public void Scrub_SpelledEmailAddresses_AreReplacedWithTheNamesInThem(string note, string expected) =>
        Vocabulary.Scrub(note, Context()).ShouldBe(expected);

    [Theory]
    [InlineData("Neue Anschrift: Bergstraße 12-34, Köln.", "Neue Anschrift: [Adresse].")]
    [InlineData("Wohnt in Talweg 48 in 60311 Frankfurt am Main.", "Wohnt in [Adresse].")]
    [InlineData("Post an Erlenallee 85 c/o Troest senden.", "Post an [Adresse] senden.")]
    [InlineData("Umzug nach Buchenallee 71 2. OG erfolgt.", "Umzug nach [Adresse] erfolgt.")]
    [InlineData("Anschrift Zechenallee 105, 10115 Berlin.", "Anschrift [Adresse].")]
    [InlineData("Wohnt bei dem Freund in Feldstr. 121.", "Wohnt bei dem Freund in [Adresse].")]
    [InlineData("Talweg 69, dann Termin.", "[Adresse], dann Termin.")]
    [InlineData("hausbesuch unter den eichen 153 – niemand angetroffen.", "hausbesuch [Adresse] – niemand angetroffen.")]
    [Trait("Rule", "P2")]
    public void Scrub_Addresses_TakeTheirWholeTailAndNoWordBefore(string note, string expected) =>
        Vocabulary.Scrub(note, Context()).ShouldBe(expected);

    [Theory]
    [InlineData("Kd. wohnt Am Weidensteig 4 jetzt allein.", "Kd. wohnt [Adresse] jetzt allein.")]
    [InlineData("kd wohnt am weidensteig 4 seit januar.", "kd wohnt [Adresse] seit januar.")]
    [InlineData("Kd. wohnt jetzt in der Flößeranger 19", "Kd. wohnt jetzt [Adresse]")]
    [InlineData("Am Weidensteig 4a wohnt sie.", "[Adresse] wohnt sie.")]
    [InlineData("Whg. Hauptstraße 12 a, 2. OG.", "Whg. [Adresse].")]
    [InlineData("Kd. wohnt in 12345 Berlin seit Mai.", "Kd. wohnt in [Ort] seit Mai.")]
    [InlineData("Termin am 3. März 24 vereinbart.", "Termin am [Datum] vereinbart.")]
    [InlineData("Kd. kommt am 5. Mai '24 wieder.", "Kd. kommt am [Datum] wieder.")]
    [InlineData("Kennzeichen des PKW: göht7138e notiert.", "Kennzeichen des PKW: [Kennzeichen] notiert.")]
    [InlineData("Neue Anschrift:\nSalzsiedertwiete 68\nUmzugskosten wurden nicht beantragt.", "Neue Anschrift:\n[Adresse]\nUmzugskosten wurden nicht beantragt.")]
    [Trait("Rule", "P2")]
    public void Scrub_AddressesAndDates_KeepTheSpaceAfterThemAndTakeShortYears(string note, string expected) =>
        Vocabulary.Scrub(note, Context()).ShouldBe(expected);

    [Theory]
    [InlineData("Kd. braucht zur Arbeit 45 Minuten mit dem Bus.")]
    [InlineData("Kd. hat im Jahr 2020 begonnen.")]
    [InlineData("Im Jahr 2020 begann die Maßnahme.")]
    [InlineData("Am Montag 10 Uhr Termin.")]
    [InlineData("Zum Ende 3 Bewerbungen geschrieben.")]
    [InlineData("Laut Artikel 12345 der Vereinbarung ist das geklärt.")]
    [InlineData("Zertifikat nach ISO9001 und DIN5008 liegt vor.")]
    [InlineData("Termin am 3. März 10 Uhr.")]
    public void Scrub_NumbersAfterOrdinaryPhrases_AreNoAddressesNamesOrYears(string note)
    {
        // Over-replacement seen on single-sentence probes: a preposition, a noun and a number are no street
        // ("zur Arbeit 45 Minuten"), five digits before an article no postcode and town, letters glued to digits no name.
        // The date keeps its day and month replaced; the time after it stays.
        var expected = note.Replace("3. März", "[Datum]", StringComparison.Ordinal);
        Vocabulary.Scrub(note, Context()).ShouldBe(expected);
        Detectors.Scrub(note, Context()).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Unfall mit Pkw D-AB 1234 gemeldet.", "Unfall mit Pkw [Kennzeichen] gemeldet.")]
    [InlineData("Kennzeichen K XY 99E notiert.", "Kennzeichen [Kennzeichen] notiert.")]
    [InlineData("Wagen B-RK-455 und GM DR46 gesehen.", "Wagen [Kennzeichen] und [Kennzeichen] gesehen.")]
    [InlineData("Kennz. ME:AB 12, Halter unbekannt.", "Kennz. [Kennzeichen], Halter unbekannt.")]
    [InlineData("unfall mit pkw do-hc 3016 gemeldet.", "unfall mit pkw [Kennzeichen] gemeldet.")]
    [InlineData("Personalausweis RMRF1RRM2 vorgelegt.", "Personalausweis [Ausweisnummer] vorgelegt.")]
    [InlineData("Reisepass-Nr. C01X00T47 kopiert.", "Reisepass-Nr. [Ausweisnummer] kopiert.")]
    [InlineData("Ausweis-Nr. L01X00T471 liegt vor.", "Ausweis-Nr. [Ausweisnummer] liegt vor.")]
    [InlineData("Ausweisnummer LZ6311T475 gültig bis 2031.", "Ausweisnummer [Ausweisnummer] gültig bis 2031.")]
    [InlineData("Termin am zwölften Juli bestätigt.", "Termin am [Datum] bestätigt.")]
    [InlineData("Seit dem vierundzwanzigsten September krank.", "Seit dem [Datum] krank.")]
    [InlineData("EHEFRAU SEIT 13. AUGUST PFLEGEBEDÜRFTIG.", "EHEFRAU SEIT [Datum] PFLEGEBEDÜRFTIG.")]
    [InlineData("Steuer-ID 387 062 451 45 notiert.", "Steuer-ID [Steuer-ID] notiert.")]
    [InlineData("Auszahlung auf DE29  6599 0452 9403 3682 12.", "Auszahlung auf [IBAN].")]
    [Trait("Rule", "P2")]
    public void Scrub_NewKinds_AreReplaced(string note, string expected) =>
        Vocabulary.Scrub(note, Context()).ShouldBe(expected);

    [Theory]
    [InlineData("Kd. war heute mit der Mutter da. Bruder, Schwester oder Nachbar ohne Vollmacht dürfen keine Auskunft erhalten.")]
    [InlineData("Die Sprachkenntnisse der Mutter erschwert die Verständigung.")]
    [InlineData("Der Termin der Kundin wurde mit der Kollegin besprochen, die Unterlagen liegen vor.")]
    [InlineData("Mitglieder: Kd. und Vater. Änderungsmitteilung eingegangen.")]
    [InlineData("Beratung zu Weiterbildung, Bewerbungen besprochen; nächster Schritt: Maßnahme beginnen.")]
    [Trait("Rule", "P2")]
    public void Scrub_OrdinaryWords_AreKept(string note) => Vocabulary.Scrub(note, Context()).ShouldBe(note);

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_ACaseWorkersParticle_NeverStandsAlone()
    {
        // The case worker is Kai van der Berg: "der" and "van" are part of the name, never names of their own.
        Vocabulary.Scrub("Der Bericht der Fachkraft van der Berg liegt vor.", Context()).ShouldBe("Der Bericht der Fachkraft [Fachkraft] liegt vor.");
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_VocabularyMode_ReplacesUnknownWordsAndCountsThem()
    {
        var context = Context();
        Vocabulary.Scrub("Kd. hat Zqwvx mitgebracht, der Termin bleibt.", context).ShouldBe("Kd. hat [Person 1] mitgebracht, der Termin bleibt.");
        Vocabulary.Scrub("kd. hat blorptz erwähnt.", context).ShouldBe("kd. hat [Person 2] erwähnt.");
        Vocabulary.Scrub("Kd. hat quibbix erwähnt.", context).ShouldBe("Kd. hat [Wort] erwähnt.");
        context.Counts["unknownWord"].ShouldBe(3);
        Detectors.Scrub("Kd. hat blorptz erwähnt.", Context()).ShouldBe("Kd. hat blorptz erwähnt.");
    }
}
