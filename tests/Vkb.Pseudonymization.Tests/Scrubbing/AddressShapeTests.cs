namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The shapes of addresses, bank accounts, phones, identity documents and plates that session 10 added (docs/scrubbing.md,
/// "Addresses and identifiers in more shapes (session 10)"): a house-number word between street and number, rural addresses,
/// post-office boxes, any street before a postcode at home or abroad, parts of towns, details of a house; IBANs in groups of
/// three or across a line break; a country code in brackets; document numbers with a hyphen; plates with a slash or dots and
/// from abroad in lower case. The notes are written for these tests, not taken from a corpus; beside each shape stands a note
/// that must stay.
/// </summary>
public class AddressShapeTests
{
    private static void ShouldScrubTo(string note, string expected) => PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Umzug nach Ziegelhofsteig Hs.-Nr. 119 a-c, Geilenkirchen.", "Umzug nach [Adresse].")]
    [InlineData("Kursort: Eibenring Hausnr. 133 B.", "Kursort: [Adresse].")]
    [InlineData("Kursort: An der Bleiche, Hs.-Nr. 18, 25899 Niebüll.", "Kursort: [Adresse].")]
    [InlineData("Treffpunkt Glasbläserallee, Haus-Nr. 41e, vor dem Eingang.", "Treffpunkt [Adresse], vor dem Eingang.")]
    [InlineData("Mutter wohnt Neulindenau Nr. 24, 53894 Mechernich.", "Mutter wohnt [Adresse].")]
    [InlineData("Mutter wohnt Wendisch Hagenrode Nr. 17, 48653 Coesfeld.", "Mutter wohnt [Adresse].")]
    [InlineData("Kursort Altdorfersteig Nr. 37a+b, 52511 Geilenkirchen.", "Kursort [Adresse].")]
    [InlineData("Hausbesuch Abbau 10 und Vorwerk 118c, dann Ausbau 35–37.", "Hausbesuch [Adresse] und [Adresse], dann [Adresse].")]
    [InlineData("Kd. ist obdachlos, erreichbar über Postfach 539967 in 45549 Sprockhövel.", "Kd. ist obdachlos, erreichbar über [Adresse].")]
    [InlineData("Schriftverkehr bitte über PF 71 93 7 in 79312 Emmendingen.", "Schriftverkehr bitte über [Adresse].")]
    [InlineData("Vermieter: Rosenhöhe 7, 56812 Cochem.", "Vermieter: [Adresse].")]
    [InlineData("Die Mutter wohnt Rosenhöhe 7, 56812 Cochem.", "Die Mutter wohnt [Adresse].")] // a German word before the name ends it
    [InlineData("Bruder lebt im Ausland: Kerkstraat 71, 7377 SC Utrecht.", "Bruder lebt im Ausland: [Adresse].")]
    [InlineData("Eltern wohnen in Rua das Flores 76, 4050-262 Porto.", "Eltern wohnen in [Adresse].")]
    [InlineData("Letzte Wohnadresse: Petőfi Sándor u. 19, 6720 Szeged.", "Letzte Wohnadresse: [Adresse].")]
    [InlineData("Eltern wohnen in C/ Mayor 83, 3º B, 30001 Murcia.", "Eltern wohnen in [Adresse].")]
    [InlineData("Neue Anschrift: Neutannenried 41\n56626 Andernach", "Neue Anschrift: [Adresse]")]
    [InlineData("Wohnung: Hesselbergtwete 138a+b, 89312 Günzburg OT Obersteinbrück", "Wohnung: [Adresse] [Ort]")]
    [InlineData("Kinder: Straße der Jugend 77/3, Ortsteil Wendisch Tannenried, 33428 Harsewinkel", "Kinder: [Adresse], [Ort], [Ort]")]
    [InlineData("objekt 57223 kreuztal/ot neuespenhain, cranachstieg 33-34a", "objekt [Ort]/[Ort], [Adresse]")]
    [InlineData("Kinder wohnen getrennt: Lärchenpfad 35a, Aufgang 2,\n56812 Cochem", "Kinder wohnen getrennt: [Adresse]")]
    [InlineData("Unterkunft Kirchsteig 132/3, WE 14.", "Unterkunft [Adresse].")]
    [InlineData("Ochsenkopftwete 46 1/2, Gebäude 4 und An den Eichen 68, Dachgeschoss rechts - 06712 Zeitz", "[Adresse] und [Adresse]")]
    [InlineData("Hausbesuch Am Steinbruch 58 (Gartenhaus), Bad Salzungen, niemand da.", "Hausbesuch [Adresse], niemand da.")]
    [Trait("Rule", "P2")]
    public void Scrub_AddressesOfSession10Shapes_AreReplacedWhole(string note, string expected) => ShouldScrubTo(note, expected);

    // Session 11 (heldout7's misses): the floor after a number the street took with its "/ 2", and "; " before a postcode.
    [Theory]
    [InlineData("Briefe bitte an Oriongasse 37 / 2. OG, bei Familie Meier.", "Briefe bitte an [Adresse], bei Familie [Person 1].")]
    [InlineData("Die Familie kam aus Am Lehmberg 50 / 2. OG · 94234 Viechtach.", "Die Familie kam aus [Adresse].")]
    [InlineData("Umgezogen von Glimmerallee 80/82; 39539 Havelberg nach Köln.", "Umgezogen von [Adresse] nach Köln.")]
    [Trait("Rule", "P2")]
    public void Scrub_AFloorAfterTheNumberOrASemicolonBeforeThePostcode_JoinsTheAddress(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Hausbesuch Am Steinbruch 58. Danach Termin im Jobcenter.", "Hausbesuch [Adresse]. Danach Termin im Jobcenter.")]
    [InlineData("Hausbesuch Am Steinbruch 58; danach 2 Termine im Jobcenter.", "Hausbesuch [Adresse]; danach 2 Termine im Jobcenter.")]
    [Trait("Rule", "P2")]
    public void Scrub_ASentenceEndAfterAnAddress_StaysOutOfIt(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Die Rechnung Nr. 24 ist bezahlt, Teilnehmerliste Nr. 3 liegt vor.")] // a German word or compound before "Nr."
    [InlineData("Kursort Nr. 3 ist belegt.")]
    [InlineData("Der Abbau 10 Stellen ist geplant.")] // a noun after the number: no rural address
    [InlineData("Kosten 3, 1500 Euro wurden überwiesen.")] // a unit after four digits: no postcode
    [InlineData("Wohnung 2, 1200 Euro warm.")]
    [InlineData("Kachelofen 2, 1200 Euro bezahlt.")] // no term before the number: only the unit keeps it
    [InlineData("Termin am 12, danach Gespräch.")]
    [InlineData("Die OT hat angerufen, Ortsteil und Termin offen.")] // no town after the word
    [Trait("Rule", "P2")]
    public void Scrub_NumbersBesideWordsThatAreNoAddress_Stay(string note) => ShouldScrubTo(note, note);

    [Theory]
    [InlineData("Lt. Mietvertrag Objekt Zur Schanze Nr. 13 - 17, Raum 2.12 im Erdgeschoss.", "Lt. Mietvertrag Objekt [Adresse], Raum 2.12 im Erdgeschoss.")] // a number after the word: no town
    [InlineData("Kursort: Am Steinbruch 129, Zimmer 3, um 9 Uhr.", "Kursort: [Adresse], um 9 Uhr.")]
    [Trait("Rule", "P2")]
    public void Scrub_AWordBeforeANumberAfterAnAddress_IsNoTown(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("alt DE 26 660 837 120 460 450 480 neu", "alt [IBAN] neu")]
    [InlineData("Empfängerkonto CH12 9185\n7321 9094 4347 9.", "Empfängerkonto [IBAN].")]
    [InlineData("IBAN BG27 FINV\n7704 8444 1414 60", "IBAN [IBAN]")]
    [InlineData("Tel. (+44) 9384072540.", "Tel. ([Telefon].")]
    [InlineData("Ausweiskopie (Nr. F95X8GVYL-8) zur Akte.", "Ausweiskopie (Nr. [Ausweisnummer]) zur Akte.")]
    [InlineData("Ausweiskopie (Nr. NKV Y9G GGZ8) zur Akte.", "Ausweiskopie (Nr. [Ausweisnummer]) zur Akte.")]
    [InlineData("Ausweis verloren; alte Nr. H6WLJ-F38M5.", "Ausweis verloren; alte Nr. [Ausweisnummer].")]
    [InlineData("Die alte Nr. NKV Y9G GGZ8 gilt nicht mehr.", "Die alte Nr. [Ausweisnummer] gilt nicht mehr.")] // "Nr" the only cue
    [InlineData("Neues Kfz (FDS/A 621E) finanziert.", "Neues Kfz ([Kennzeichen]) finanziert.")]
    [InlineData("Kd. verkauft seinen Wagen (GZ.V.3000).", "Kd. verkauft seinen Wagen ([Kennzeichen]).")]
    [InlineData("Fahrtenbuch vorgelegt: gz/la 955 und L.XP.1764", "Fahrtenbuch vorgelegt: [Kennzeichen] und [Kennzeichen]")]
    [InlineData("auto mit ausländischem kennzeichen gd-375hc ist zugelassen", "auto mit ausländischem kennzeichen [Kennzeichen] ist zugelassen")]
    [InlineData("AUTO MIT KENNZEICHEN KR 59449G AUF KD. ZUGELASSEN", "AUTO MIT KENNZEICHEN [Kennzeichen] AUF KD. ZUGELASSEN")]
    [InlineData("KFZ des Kd. (B PF6620) wurde verkauft.", "KFZ des Kd. ([Kennzeichen]) wurde verkauft.")] // no post-office box
    [Trait("Rule", "P2")]
    public void Scrub_IdentifiersOfSession10Shapes_AreReplacedWhole(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Ummeldung vom 7.6:", "Ummeldung vom [Datum]:")]
    [InlineData("Zeitraum bis – 26.2, danach Prüfung.", "Zeitraum bis – [Datum], danach Prüfung.")]
    [InlineData("Anmeldung erfolgt, Start 5.8.", "Anmeldung erfolgt, Start [Datum]")]
    [InlineData("Verhandlung angesetzt auf 1.3.", "Verhandlung angesetzt auf [Datum]")]
    [InlineData("Praktikum verabredet, 22.12 bis 7.1.. Gut.", "Praktikum verabredet, [Datum] bis [Datum]. Gut.")]
    [InlineData("Termine: 20/11/2024, 1.2. und 3.4. wahrgenommen.", "Termine: [Datum], [Datum] und [Datum] wahrgenommen.")] // after a replaced date and a comma
    [Trait("Rule", "P2")]
    public void Scrub_DatesWithoutYearOfSession10Shapes_AreReplaced(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Strecke bis 2.5 km, Version 2.1 bis heute, Kurs B1.2 läuft.")]
    [InlineData("Gewicht ab 1.5 kg, Note 2.3 im Zeugnis, Paket 1.2 bis 3 Tage.")]
    [Trait("Rule", "P2")]
    public void Scrub_NumbersWithADotThatAreNoDate_Stay(string note) => ShouldScrubTo(note, note);

    [Theory]
    [InlineData("IBAN DE89 3704 0044\nDann kam er.")] // after a line break only a group that starts with a digit
    [InlineData("Der Wagen kostet ab 12 uhr mehr, pkw bj. 2012 und ca. 3000 km.")] // lower case without a group of letters and digits
    [InlineData("Kfz-Steuer Nr. 12, Wagen Typ A 4 gekauft.")]
    [InlineData("Der Wagen war neu, lack rot 4711 laut katalog.")] // lower case, no group of letters and digits
    [Trait("Rule", "P2")]
    public void Scrub_TextBesideIdentifierShapes_Stays(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldContain(note.Contains("DE89", StringComparison.Ordinal) ? "\nDann kam er." : note);
}
