using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// Session 24: identity documents of every country after a word for a document (<see cref="ForeignDocumentDetector"/>). The
/// notes are written for these tests in their own words (no corpus sentence): passports, identity cards, residence titles
/// and driving licences whose numbers have no German shape, and beside them the numbers near a document word that are none.
/// </summary>
public class ForeignDocumentTests
{
    [Theory]
    [InlineData("Kunde legt den pakistanischen Pass vor, Nummer BX4417726, ausgestellt in Lahore.", "BX4417726")]
    [InlineData("Passport No. K2290341 (Philippinen) in Kopie zur Akte.", "K2290341")]
    [InlineData("Die marokkanische CNIE BK338812 ist bis 2031 gültig.", "BK338812")]
    [InlineData("Türkischer Kimlik-Ausweis, TC-No 38411250652, liegt vor.", "38411250652")]
    [InlineData("Aadhaar-Karte der Ehefrau: 4821 9930 2176, Kopie unleserlich.", "4821 9930 2176")]
    [InlineData("Rumänischer Buletin seria RX nr. 804417 vorgelegt.", "804417")]
    [InlineData("Polnischer Personalausweis (dowód) AZK 218834 liegt in Kopie vor.", "218834")]
    [InlineData("Führerschein aus Serbien, Nr. 004471562, soll umgeschrieben werden.", "004471562")]
    [InlineData("NRIC der Tochter 031122-08-4471 in der Anlage.", "031122-08-4471")]
    [InlineData("D-Visum Nr. V34418827 für Fachkräfte, Einreise im März.", "V34418827")]
    [InlineData("Reisepass Ghana G2277184 abgelaufen, neuer beantragt.", "G2277184")]
    [InlineData("Pässe: Reisepass P7733102 und danach P7733415 (Sohn).", "P7733415")] // a replaced number is the cue of the next
    [InlineData("paspoort nummer nx7k41p09 wurde in Den Haag ausgestellt", "nx7k41p09")]
    [InlineData("ID: 7731208845 (Mauretanien, NNI), Kopie im Scan.", "7731208845")]
    [InlineData("Aufenthaltskarte EU der Ehefrau mit der Nummer UA2218471 bis 2030.", "UA2218471")]
    [InlineData("laut passport a81177204 ist der name anders geschrieben", "a81177204")]
    [InlineData("Titre de séjour (Aufenthaltstitel) UA-2291-SE44 in Kopie.", "UA-2291-SE44")] // groups joined by hyphens
    [Trait("Rule", "P2")]
    public void Scrub_ADocumentNumberOfAnyCountryAfterAWordForADocument_IsRemoved(string note, string number)
    {
        // Detectors mode too: the vocabulary takes some letter-digit codes on its own, the detector must find them without it.
        foreach (var scrubbed in new[] { PatternRecallTests.ScrubVocabulary(note), PatternRecallTests.ScrubDetectors(note) })
        {
            scrubbed.ShouldNotContain(number);
            scrubbed.ShouldNotContain(number[..^2]);
        }
    }

    [Theory]
    [InlineData("Kunde legt den pakistanischen Pass vor, Nummer BX4417726, ausgestellt in Lahore.", "Kunde legt den pakistanischen Pass vor, Nummer [Ausweisnummer], ausgestellt in Lahore.")]
    [InlineData("Reisepass Ghana G2277184 abgelaufen, neuer beantragt.", "Reisepass Ghana [Ausweisnummer] abgelaufen, neuer beantragt.")]
    [InlineData("Aufenthaltskarte EU der Ehefrau mit der Nummer UA2218471 bis 2030.", "Aufenthaltskarte EU der Ehefrau mit der Nummer [Ausweisnummer] bis 2030.")]
    [InlineData("Aufenthaltskarte Nummer UA-2291-SE44 in Kopie.", "Aufenthaltskarte Nummer [Ausweisnummer] in Kopie.")] // whole, not from its first digit (vowels and S: no German document's groups)
    [InlineData("Aufenthaltskarte Nummer TX44-2291-FR in Kopie.", "Aufenthaltskarte Nummer [Ausweisnummer] in Kopie.")]
    [Trait("Rule", "P2")]
    public void Scrub_ADocumentNumberOfAnyCountry_IsReplacedByTheDocumentsPlaceholder(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Reisepass gültig bis 2029, Verlängerung 2024-2025 geplant.")] // years and a range of years
    [InlineData("Passfotos für 12,50 € beim Fotografen, Termin 12/2026.")] // an amount and a month
    [InlineData("Führerschein Klasse B, Kosten 2400 Euro laut Fahrschule.")] // an amount with its unit
    [InlineData("Aufenthaltstitel nach § 25 Abs. 5 AufenthG, 3 Kopien gemacht.")] // paragraphs and counts
    [InlineData("Rechnung RE4471562 bezahlt, der Pass liegt noch nicht vor.")] // a code without a word for a document before it
    [InlineData("Ausweis liegt vor.\nRechnung RE4471562 bezahlt.")] // the word for a document is on another line
    [InlineData("Ausweis liegt vor, Gutschein-Code ABCDEFGHJK12 eingelöst.")] // more letters than digits and three
    [InlineData("Pass vorgelegt, der Kurs kostet 125000 Euro im Gesamtpaket.")] // an amount with its unit
    [InlineData("Reisepass vorgelegt, Kursnummer kw2025 und Raum abc1234.")] // codes in lower case
    [InlineData("Ausweis kopiert, 04/2025 bis 09/2025 im Kurs, Rechnung 2025-0412.")] // months and a reference in short groups
    [InlineData("Ausweis vorgelegt, Lager ÜB12345 im Erdgeschoss.")] // glued to a letter the run does not take
    [Trait("Rule", "P2")]
    public void Scrub_NumbersNearADocumentWordThatAreNoDocument_AreNoDocumentNumber(string note)
    {
        // The number detector before it takes long numbers of its own ("[Nummer]"); none of these is a document's.
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Ausweisnummer]");
        PatternRecallTests.ScrubDetectors(note).ShouldNotContain("[Ausweisnummer]");
    }

    [Theory]
    [InlineData("BX4417726", true)]
    [InlineData("650817-14-5800", false)] // digits alone: the long-number detector's
    [InlineData("AA-12/2026", true)]
    [InlineData("2024-2025", false)] // digits alone: the long-number detector's
    [InlineData("kw2025", false)] // lower case and four digits: a code
    [InlineData("ab123456", true)] // lower case and six digits
    [InlineData("AB12", false)] // too short
    [InlineData("XY123Z", false)] // three digits
    [InlineData("AB12CD34", true)] // four digits, a capital first
    [InlineData("ABCDEFGH1234", false)] // more letters than digits and three
    [Trait("Rule", "P2")]
    public void IsDocumentNumber_TellsADocumentsShapeFromDatesAndCodes(string candidate, bool expected) =>
        ForeignDocumentDetector.IsDocumentNumber(candidate).ShouldBe(expected);
}

/// <summary>
/// Session 24: licence plates of South and South-East Asia after a word for a vehicle (<see cref="CuedPlateDetector"/>): a state
/// and district code of letters and digits, a series and a number, in three or four groups and up to ten characters. The notes
/// are written for these tests.
/// </summary>
public class AsianPlateTests
{
    [Theory]
    [InlineData("Der PKW des Schwagers in Pune (MH 12 AB 1234) ist auf ihn zugelassen.", "MH 12 AB 1234")]
    [InlineData("Motorrad in Lahore, Kennzeichen LEB 07 A 4471, wurde verkauft.", "LEB 07 A 4471")]
    [InlineData("Auto der Eltern in Srinagar: JK02 CD 7731, Wert unter 3000 Euro.", "JK02 CD 7731")]
    [InlineData("Fahrzeug in Jakarta B 1234 XYZ gehört der Mutter.", "B 1234 XYZ")]
    [InlineData("Wagen des Bruders in Chennai TN09 BX 4410 abgemeldet.", "TN09 BX 4410")]
    [InlineData("Roller mit Kennzeichen xb-412kt auf den Sohn zugelassen.", "xb-412kt")] // two words after a plate of two groups
    [InlineData("FAHRZEUG XK 40717K AUF DEN VATER UMGEMELDET", "XK 40717K")]
    [InlineData("pkw in delhi dl05 ca 2281 verkauft", "dl05 ca 2281")] // four groups of words and the plate: the search goes on inside
    [Trait("Rule", "P2")]
    public void Scrub_APlateInThreeOrFourGroupsAfterAVehicleWord_IsRemoved(string note, string plate)
    {
        foreach (var scrubbed in new[] { PatternRecallTests.ScrubVocabulary(note), PatternRecallTests.ScrubDetectors(note) })
        {
            scrubbed.ShouldContain("[Kennzeichen]");
            scrubbed.ShouldNotContain(plate[^4..]);
            scrubbed.ShouldNotContain(plate[..4]); // whole: a German plate's shape in its last groups must not leave the first
        }
    }

    [Theory]
    [InlineData("Auto BJ 2012 KM 120000 laut Gutachten.")] // year of build and mileage
    [InlineData("PKW Baujahr 2019, TÜV bis 2026, 4 Türen, gekauft.")] // years and a count
    [InlineData("Fahrzeug im Wert von 4500 EUR, Baujahr 2015, 110 PS.")] // an amount, a year, a power
    [InlineData("Auto: SGB II 12 Monate Bewilligung.")] // an abbreviation, a count and a unit
    [InlineData("Der Pkw steht von 8h bis 16h vor dem Haus.")] // quantities and a function word (session 24's review)
    [InlineData("Pkw verbraucht 5l auf 100km.")]
    [InlineData("Auto fährt 2x am tag 40km.")]
    [Trait("Rule", "P2")]
    public void Scrub_NumbersAfterAVehicleWordThatAreNoPlate_AreNoPlate(string note)
    {
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Kennzeichen]");
        PatternRecallTests.ScrubDetectors(note).ShouldNotContain("[Kennzeichen]");
    }

    [Theory]
    [InlineData("JK03 AB 8918", true)]
    [InlineData("MH 12 AB 1234", true)]
    [InlineData("DJ 46 THP", true)]
    [InlineData("AB 1234 CDEF 99", false)] // eleven characters
    [InlineData("KX 123456 CD", true)]
    [InlineData("AB 123456 CD", false)] // a function word first ("ab")
    [InlineData("KX 123456", true)] // two groups of eight
    [InlineData("KXY 1234567", false)] // ten characters in two groups
    [InlineData("8H BIS 16H", false)] // quantities
    [InlineData("S-54077H", true)] // an H after five digits is a plate's
    [InlineData("MH 12 AB CD", false)] // a function word between groups only before a last group with digits
    [Trait("Rule", "P2")]
    public void IsForeignPlate_TakesTenCharactersOnlyInThreeOrFourGroups(string match, bool expected) =>
        CuedPlateDetector.IsForeignPlate(match).ShouldBe(expected);
}
