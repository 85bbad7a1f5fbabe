using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// Where a name ends and the note's own words begin (session 7): the over-replacements that cost most of the
/// ordinary-word retention on the independent splits, each with the name it must still remove.
/// </summary>
public class NameBoundaryTests
{
    [Theory]
    // A particle that is also a German word belongs to the name only after a name part, an honorific, a role word, a
    // preposition no particle follows as a preposition, or at the start of a clause.
    [InlineData("Schulsozialarbeiter meldet häufige Fehlzeiten von Eemil.", "Schulsozialarbeiter meldet häufige Fehlzeiten von [Person 1].")]
    [InlineData("Angaben gehören zu Rima Kikwadze, nicht zu unserem Kd.", "Angaben gehören zu [Person 1], nicht zu unserem Kd.")]
    [InlineData("Fallbesprechung zu Stepanenko am Montag.", "Fallbesprechung zu [Person 1] am Montag.")]
    [InlineData("Weitergeleitet von Zwetan Welkow heute.", "Weitergeleitet von [Person 1] heute.")]
    [InlineData("Karl-Theodor zu Guttenberg hat angerufen.", "[Person 1] hat angerufen.")]
    [InlineData("Herr von der Leyen hat angerufen.", "Herr [Person 1] hat angerufen.")]
    [InlineData("Kd. zu Scheuermann, Hans-Theo-Sedat, erscheint.", "Kd. [Person 1], [Person 2], erscheint.")]
    [InlineData("Weiterleitung an Fallmanager von Langern vereinbart.", "Weiterleitung an Fallmanager [Person 1] vereinbart.")]
    [InlineData("Zuständigkeit bleibt bei zu Röhrdanz.", "Zuständigkeit bleibt bei [Person 1].")]
    // After "zum", "zur", "vom" only a name continues a name; a noun after a surname, an initial or a genitive does not.
    [InlineData("KD war da mit Ehemann Breno Camargo zum Übersetzen. Sprachniveau A2.", "KD war da mit Ehemann [Person 1] zum Übersetzen. Sprachniveau A2.")]
    [InlineData("Kollegin Éva László vom Arbeitgeber-Service hat Stellen gesucht.", "Kollegin [Person 1] vom Arbeitgeber-Service hat Stellen gesucht.")]
    [InlineData("Unterlagen an Beverley Adams zur Korrektur gegeben.", "Unterlagen an [Person 1] zur Korrektur gegeben.")]
    [InlineData("Betreuer: G. Kassab Zeugnis vorgelegt.", "Betreuer: [Person 1] Zeugnis vorgelegt.")]
    [InlineData("Auf Küngs Bitte hin wurde die Einladung versandt.", "Auf [Person 1] Bitte hin wurde die Einladung versandt.")]
    // ... while given names before a noun surname, double names and a name's own -s ending still carry it.
    [InlineData("Fallbesprechung mit koll. Liesbeth Oda Kranz heute.", "Fallbesprechung mit koll. [Person 1] heute.")]
    [InlineData("Die Ehefrau (Mariana Kramer-Mans) zieht ein.", "Die Ehefrau ([Person 1]) zieht ein.")]
    [InlineData("Vollmacht für Freund Hans-Joachim Meister liegt vor.", "Vollmacht für Freund [Person 1] liegt vor.")]
    [InlineData("Fahrzeug auf Tante Rimas Stepanenko zugelassen.", "Fahrzeug auf Tante [Person 1] zugelassen.")]
    [InlineData("Heute Tautvydas Mandel angerufen.", "Heute [Person 1] angerufen.")]
    [InlineData("Betreuer: G. Kramer-Koch meldet sich.", "Betreuer: [Person 1] meldet sich.")]
    [InlineData("Vermieter Metehan Ignace Turmes ruft an.", "Vermieter [Person 1] ruft an.")]
    // A name replaced already is no initial ("[Person 2]. Thema"); a lower-case word starts no name particles continue.
    [InlineData("Gespräch mit Tochter Merima. Thema Schulden, Verweis an Schuldnerberatung.", "Gespräch mit Tochter [Person 1]. Thema Schulden, Verweis an Schuldnerberatung.")]
    [InlineData("Sehr geehrte Damen und Herren, anbei der Lebenslauf.", "Sehr geehrte Damen und Herren, anbei der Lebenslauf.")]
    [InlineData("Sehr geehrte Damen und Herren, anbie der Lebenslauf.", "Sehr geehrte Damen und Herren, [Wort] der Lebenslauf.")]
    // Academic titles and police ranks are read through to the name; "Mann" introduces a name.
    [InlineData("Attest von Dr. med. Lailuma Jaghori-Sherzad liegt vor.", "Attest von Dr. med. [Person 1] liegt vor.")]
    [InlineData("Psychotherapeutin Frau Dipl.-Psych. Kadzo bestätigt Behandlung.", "Psychotherapeutin Frau Dipl.-Psych. [Person 1] bestätigt Behandlung.")]
    [InlineData("Polizei hat angerufen (PK Kintziger), Kd. sitzt in U-Haft.", "Polizei hat angerufen (PK [Person 1]), Kd. sitzt in U-Haft.")]
    [InlineData("Kdn. sagt: Mein Mann Krassimir schlägt mich.", "Kdn. sagt: Mein Mann [Person 1] schlägt mich.")]
    // What a note says about a firm stands before its name, not in it.
    [InlineData("2) Bewerbung Sternwarte OHG raus", "2) Bewerbung [Firma] raus")]
    [InlineData("Schreiben Kanzlei Hautamäki & Lemmer: Akteneinsicht beantragt.", "Schreiben [Firma]: Akteneinsicht beantragt.")]
    [InlineData("Habe mit Margarit Kantschin von Personaldienstleistungen Alpenblick telefoniert.", "Habe mit [Person 1] von [Firma] telefoniert.")]
    [Trait("Rule", "P2")]
    public void Scrub_TheWordsAroundAName_StayAndTheNameGoes(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Psychotherapeutin Frau Dipl.-Psych. Kadzo bestätigt Behandlung.", "Psychotherapeutin Frau Dipl.-Psych. [Person 1] bestätigt Behandlung.")]
    [InlineData("Attest von Frau Dr. med. Kadzo liegt vor.", "Attest von Frau Dr. med. [Person 1] liegt vor.")]
    [InlineData("Termin bei Dr. med. Koller am Montag.", "Termin bei Dr. med. [Person 1] am Montag.")] // a surname that is a German word
    [Trait("Rule", "P2")]
    public void Scrub_ANameAfterAnAcademicTitle_IsFoundByItsHonorificInBothModes(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Rückmeldung von B. Kern (Leistungsabteilung): Bewilligung verlängert.", "Rückmeldung von [Person 1] (Leistungsabteilung): Bewilligung verlängert.")]
    [InlineData("Rückmeldung von M. Probst und T. Stolz heute.", "Rückmeldung von [Person 1] und [Person 2] heute.")]
    [InlineData("an D.L. z.K. – bitte Leistungsakte prüfen", "an [Person 1] z.K. – bitte Leistungsakte prüfen")]
    [InlineData("gez. K.K.", "gez. [Person 1]")]
    [InlineData("Koll.in Armelle aus der Eingangszone hat Kd. abgewiesen.", "Koll.in [Person 1] aus der Eingangszone hat Kd. abgewiesen.")]
    // A letter that is a class or an item, and initials that are abbreviations, stay.
    [InlineData("Fahrerlaubnis Klasse C. Termin beim Träger am Montag.", "Fahrerlaubnis Klasse C. Termin beim Träger am Montag.")]
    [InlineData("Siehe Anlage B. Kern der Sache ist die Miete.", "Siehe Anlage B. Kern der Sache ist die Miete.")]
    [InlineData("Abschluss als B.A. in Soziologie, Vertretung N.N. bis Mai.", "Abschluss als B.A. in Soziologie, Vertretung N.N. bis Mai.")]
    [InlineData("Anfrage z.B. an die Stelle A.B.C.D. weitergeleitet.", "Anfrage z.B. an die Stelle A.B.C.D. weitergeleitet.")]
    [InlineData("Az. 4711K.L. bleibt, Vermerk u.K.L. im System.", "Az. 4711K.L. bleibt, Vermerk u.K.L. im System.")]
    [Trait("Rule", "P2")]
    public void Scrub_StaffSignedByInitialsOrAGenderedCue_AreReplacedInBothModes(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Bewerbung bei Lidl als Kassierer, Vorstellung im DHL Hub am Montag.", "Bewerbung bei [Firma] als Kassierer, Vorstellung im [Firma] am Montag.")]
    [InlineData("Arbeitet bei ALDI Nord und Netto Marken-Discount, vorher McDonald's.", "Arbeitet bei [Firma] und [Firma], vorher [Firma].")]
    [InlineData("kd arbeitet bei edeka und dm-drogerie markt.", "kd arbeitet bei [Firma] und [Firma].")]
    [InlineData("Brief der Deutsche Post AG liegt vor, Fahrt mit Deutsche Bahn.", "Brief der [Firma] liegt vor, Fahrt mit [Firma].")]
    [InlineData("Vertrag mit Sonnenschein Metallbau eK und Tausendfuß Bau Sp. z o.o. geschlossen.", "Vertrag mit [Firma] und [Firma] geschlossen.")]
    [InlineData("Stelle bei Falke S.R.L. und Greif eK.", "Stelle bei [Firma] und [Firma].")]
    [InlineData("Kurs bei Sprachschule Sternschnuppe und Akademie Lichtblick, Termin im Hofladen Grünspan.", "Kurs bei [Firma] und [Firma], Termin im [Firma].")]
    // "EK" beside ordinary words is income, not a legal form; a chain's name is only the chain's.
    [InlineData("Das Einkommen (EK) beträgt 1.200 EUR, eK unklar.", "Das Einkommen (EK) beträgt 1.200 EUR, eK unklar.")]
    [InlineData("Siehe Unterlagen s.a. im Anhang, Nachweis s.r.l. folgt.", "Siehe Unterlagen s.a. im Anhang, Nachweis s.r.l. folgt.")]
    [InlineData("Einkauf bei Lidl Kassierer Meier gemeldet.", "Einkauf bei [Firma] Kassierer [Person 1] gemeldet.")]
    [InlineData("Rücksprache mit Frau McDonald erfolgt, Bewerbung bei McDonald\u2019s.", "Rücksprache mit Frau [Person 1] erfolgt, Bewerbung bei [Firma].")]
    [InlineData("Praktikum im dm-Markt und bei REWE-Markt.", "Praktikum im [Firma] und bei [Firma].")]
    [Trait("Rule", "P2")]
    public void Scrub_EmployersByNameAndLegalForm_AreReplaced(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    /// <summary>
    /// A known surname with a particle before it: the particle is the name's after a given name of the gazetteer or a
    /// capitalised word that is no German word, which the name detectors replace too; after a noun it stays.
    /// </summary>
    [Theory]
    [InlineData("gespräch mit hans von meier geführt.", "gespräch mit [Person 1] [Kunde] geführt.")] // no capitals to tell a name by
    [InlineData("Gespräch mit Zwetan zu Meier geführt.", "Gespräch mit [Person 1] [Kunde] geführt.")]
    [InlineData("Gespräch wegen Fehlzeiten von Meier geführt.", "Gespräch wegen Fehlzeiten von [Kunde] geführt.")]
    [Trait("Rule", "P2")]
    public void Scrub_AParticleBeforeAKnownSurname_JoinsItAfterANamePartOnly(string note, string expected)
    {
        var context = new ScrubContext(new Pseudonymizer(TestKeys.Key()), "P1", null, null, null);
        context.AddKnownName("Meier", Policies.NameRole.Customer);
        new TextScrubber().Scrub(note, context).ShouldBe(expected);
    }
}
