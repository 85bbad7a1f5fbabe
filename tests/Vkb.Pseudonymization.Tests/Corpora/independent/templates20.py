# -*- coding: utf-8 -*-
"""Templates of heldout20, written for this split without seeing earlier templates. (flags, body); slot syntax in the
docstring of make_corpus20.py. Flags: S2 / S3 (legal domain), BN (birth name), cw20 / ps20 / mr20 / de20 (population)."""

T = []


def t(flags, body):
    T.append((flags, body))


# ---------------------------------------------------------------- Gedächtnisprotokoll (written afterwards from memory)
t('', 'Gedächtnisprotokoll, geschrieben ca. 40 Min. nach dem Vorfall im Eingangsbereich.\n'
      '{C:full} wollte ohne Termin zu {S3:full}. Als ich erklärte, dass heute nur Notfälle angenommen werden, wurde '
      '⟨er|sie⟩ laut. Zeugin: Kollegin {Sf4:full} (Empfang). Kein Hausverbot, aber Gesprächsangebot für den {D:num}.')
t('', 'Gedächtnisprotokoll (nachträglich, Gesprächsnotizen lagen nicht vor)\n'
      'Telefonat mit {Tm1:full} vom Sägewerk am {D:long}: Der Betrieb sucht zwei Helfer für die Entrindung, '
      'Arbeitsbeginn 6 Uhr. ⟨Der Kunde|Die Kundin⟩ sei „grundsätzlich geeignet“, Rückruf unter {PH:co} erbeten.')
t('', 'Aus dem Gedächtnis rekonstruiert, da der Laptop beim Hausbesuch abgestürzt ist:\n'
      '- anwesend: Kundin/Kunde {C:full}, Bruder/Schwester {R1:given}\n- Gesprächsort: {AD:c}\n'
      '- vereinbart: Bewerbung bei {CO:care} bis {D:short}\nOhne Gewähr auf Vollständigkeit.')
t('', 'GEDÄCHTNISPROTOKOLL zum Telefonat vom {D:num}, 14:10 Uhr\nAnrufer gab sich als Vermieter {Tm1:full} aus und '
      'wollte wissen, ob ⟨Herr|Frau⟩ {C:sur} noch Leistungen bezieht. Keine Auskunft erteilt, Rückrufnummer notiert: '
      '{PH:de}. Kunde/Kundin informiert.')
t('', 'Nachträgliches Gedächtnisprotokoll über das Gespräch (Ort: {IN:medical}): Dr. {T1:sur} hält eine Rückkehr in die '
      'Schichtarbeit vorerst nicht für möglich. Schriftlicher Befund folgt per Post an {AD:c}. Ich habe ⟨ihn|sie⟩ '
      'gebeten, den Befund mitzubringen.')
t('', 'Gedächtnisprotokoll Teamleitung ({S2:initials}): Beschwerde von {Tf1:full} über die Erreichbarkeit der '
      'Hotline. Sie vertritt ⟨ihren Sohn|ihre Tochter⟩ {C:full}, geb. {GEB:c}. Vollmacht liegt nicht vor, daher nur allgemeine '
      'Auskunft.')
t('', 'Erinnerungsprotokoll – aufgeschrieben am Abend, weil das Gespräch auf dem Parkplatz stattfand:\n'
      '⟨Er|Sie⟩ hat mir die Kopie des Arbeitsvertrags mit {CO:any} gezeigt, Beginn {D:num}, unbefristet. '
      'Original soll in der Woche darauf nachgereicht werden.')
t('', 'Gedächtnisprotokoll (Zeugin: {Sf3:init}, Wartebereich)\nEin Begleiter ⟨des Kunden|der Kundin⟩, nach eigenen Angaben '
      '{Tm1:full}, hat den Ausweis von {C:full} ({ID:de}) auf den Tresen gelegt und wieder eingesteckt, bevor ich '
      'kopieren konnte.')

# ---------------------------------------------------------------- Dokumenteigenschaften / Dateieigenschaften
t('', 'Hochgeladenes Dokument geprüft, die Dateieigenschaften zeigen:\nTitel: Lebenslauf_final_NEU\nAutor: {T1:full}\n'
      'Firma: {CO:temp}\nZuletzt gespeichert von: {C:lc}\nErstellt: {D:num} 08:41\nDer Lebenslauf wurde offenbar bei '
      'der Zeitarbeitsfirma geschrieben; kein Problem, nur zur Info.')
t('', 'Dokumenteigenschaften des PDF „Mietbescheinigung.pdf“ (Upload über das Portal):\nAutor: {Tm1:upper}\n'
      'Betreff: Mietbescheinigung für {C:full}\nSchlagwörter: {AD:c}\nErstellt mit: Scanner-App\n'
      'Änderungsdatum: {D:basic}\nDas Änderungsdatum liegt nach dem Unterschriftsdatum – Vermieter fragen.')
t('', 'Metadaten der Datei bewerbung.docx: Verfasser „{S4:lc}“ (!), Organisation „{IN:provider}“. Die Bewerbung '
      'stammt also aus dem Bewerbungscoaching, ⟨der Kunde|die Kundin⟩ hat sie nur unterschrieben. Kein Verstoß, Vermerk für die '
      'Maßnahmeauswertung.')
t('', 'Beim Öffnen der eingereichten Tabelle „Eigenbemühungen.xlsx“ fiel in den Eigenschaften auf:\n'
      '  Ersteller ......... {Tf1:comma}\n  Zuletzt geändert .. {D:iso}\n  Firma ............ {CO:any}\n'
      'Nachfrage durch {S1:init}: die Nachbarin habe beim Abtippen geholfen.')
t('', 'Dateiinfo Foto_Unfallstelle.jpg: Aufnahmedatum {D:basic}, Kamera „Galaxy A52“, Besitzer-Tag „{C:upper}“, '
      'Ort (GPS) ungefähr {AD:de}. Foto wurde zur Begründung der verspäteten Meldung eingereicht.')
t('S2', 'Eigenschaften des eingescannten Kontoauszugs: Dateiname „BG_{BG:c}_Auszug.pdf“, Autor {S5:full} '
        '(Scanstelle), erstellt {D:num}. Auf Seite 2 ist die {IBAN:c} nicht geschwärzt – so lassen, Auszug ist für uns.')

# ---------------------------------------------------------------- Zugriffsprotokoll
t('', 'Auszug Zugriffsprotokoll der Akte (angefordert wegen Auskunftsersuchen nach Art. 15 DSGVO):\n'
      '{D:iso} 09:12  {S1:comma}  Akte geöffnet  Grund: Termin\n'
      '{D:iso} 11:47  {S3:comma}  Akte geöffnet  Grund: Vertretung\n'
      '{D:iso} 15:03  {S4:comma}  Dokument gedruckt\nKein Zugriff ohne Grund erkennbar.')
t('', 'Protokollauswertung: {Sm3:full} hat am {D:num} die Daten von {C:full} aufgerufen, obwohl er für den '
      'Buchstabenbereich nicht zuständig ist. Er gibt an, ⟨der Kunde|die Kundin⟩ habe an seinem Schalter gestanden. Weitergeleitet an '
      '{S2:full}.')
t('', 'Zugriffsliste Akte {KNR:c}\nlfd | Datum | Benutzer | Aktion\n1 | {D:num} | {S1:initials} | Vermerk angelegt\n'
      '2 | {D:num} | {S5:initials} | Bescheid angesehen\n3 | {D:num} | {S6:initials} | Export PDF\nExport Nr. 3 ist '
      'die Übersendung an das Sozialgericht.')
t('', '⟨Der Kunde|Die Kundin⟩ hat gefragt, wer alles ⟨seine|ihre⟩ Akte gelesen hat. Zugriffsprotokoll beantragt bei {S2:full}; Antwort '
      'soll schriftlich an {AD:c} gehen, zusätzlich per Mail an {EM:c}.')
t('S3', 'Protokollierte Zugriffe (Kundennummer {KNR:c}): Arbeitgeberservice ({S3:full}) am {D:num}, Reha-Team am '
        '{D:num}. Beide Zugriffe gehören zur Vermittlung zu {CO:any}, daher in Ordnung.')

# ---------------------------------------------------------------- Sprachdialogsystem / Warteschleife
t('', 'Übergabe aus dem Sprachdialogsystem der Hotline:\nerkannter Name: „{C:lc}“\nerkanntes Anliegen: '
      '„Geld nicht gekommen“\neingegebene Kundennummer: {KNR:c}\nRückrufnummer (Tastatur): {PH:c}\nWartezeit in der '
      'Warteschleife 23 Min., dann aufgelegt. Rückruf durch mich am {D:num}.')
t('', 'Das Sprachsystem hat den Namen als „{T1:lc}“ verstanden und den Anruf deshalb einer anderen Akte zugeordnet. '
      'Richtig ist {C:full}, geb. {GEB:c}. Zuordnung korrigiert, Kollegin {Sf3:sur} informiert.')
t('', 'IVR-Ticket #5513: Anrufer hat im Menü „2 – Arbeitsuche“ gewählt, Stichwort gesprochen: „Kündigung '
      '{CO:any}“. Hinterlegte Nummer {PH:c}. Ich habe zurückgerufen, ⟨er|sie⟩ war in der Frühschicht, Nachricht auf '
      'der Mailbox.')
t('S2', 'Automatische Anrufzusammenfassung: Anruf aus der Warteschleife nach 31 Min. abgebrochen. Eingabe '
        'BG-Nummer per Tastatur: {BG:c}. Ansage „Ihr Anliegen wurde gespeichert“ lief. Rückruf am {D:num} '
        'erfolgreich, es ging um die Heizkostenabrechnung von {CO:any}.')
t('', 'Sprachdialog: ⟨der Anrufer|die Anruferin⟩ hat ⟨seinen|ihren⟩ Namen buchstabiert, das System schrieb „{C:upper}“. Geburtsdatum '
      'gesprochen: {GEB:c}. Anliegen „Termin verlegen wegen Kur“. Neuer Termin: {D:long}, Raum 1.07.')

# ---------------------------------------------------------------- Adressaufkleber / Sendungsnummer / envelope
t('', 'Rücklauf: Brief an\n{C:upper}\n{AD:c}\nmit Vermerk des Zustellers „Empfänger unbekannt“. Sendungsnummer '
      'RT 4471 0932 5DE. Am Briefkasten stand laut Zusteller nur {Tm1:sur}. Anschrift prüfen.')
t('', 'Einschreiben Einwurf an {C:full}, eingeliefert {D:num}, Sendungsnummer RR 60 338 417 2DE, zugestellt laut '
      'Sendungsverfolgung am {D:num}. Damit gilt die Einladung als zugegangen.')
t('', 'Adressaufkleber des Rückbriefs (abgeschrieben):\n  Absender: {IN:office}\n  An: {T1:full}\n  c/o {C:full}\n'
      '  {AD:c}\n  Porto zahlt Empfänger\nDer Untermieter {T1:given} ist bei uns nicht bekannt.')
t('', 'Auf dem Umschlag des Antrags war als Absender „{C:sur}, {AD:de}“ angegeben – das ist nicht die gemeldete '
      'Adresse. ⟨Der Kunde sagt, es sei die Wohnung seiner|Die Kundin sagt, es sei die Wohnung ihrer⟩ Freundin {Tf1:full}. Umzug nicht gemeldet?')
t('', 'Päckchen mit Arbeitsschuhen kam zurück. Aufkleber: „{C:caps}, {AD:c}“; Vermerk DHL „Annahme verweigert“. '
      'Händler {CO:retail} bittet um neue Lieferanschrift bis {D:short}.')
t('', 'Fensterumschlag falsch gefaltet: im Sichtfenster stand statt der Anschrift die Zeile „Kundennummer '
      '{KNR:c} / {C:full}“. Post wurde trotzdem zugestellt. Brief neu versandt an {AD:c}.')

# ---------------------------------------------------------------- Textbausteine
t('', '[TB 014 – Einladung § 59 SGB II] Sehr geehrte⟨r Herr| Frau⟩ {C:sur}, Sie sind am {D:long} um 9:30 Uhr '
      'bei mir eingeladen. [TB 014 Ende] [TB 102 – Hinweis Fahrkosten] Fahrkosten werden erstattet. [TB 102 Ende]\n'
      'Gez. {S1:full}')
t('', 'Textbaustein 7 (Vermittlungsvorschlag) eingefügt, Platzhalter ausgefüllt: Arbeitgeber = {CO:any}, '
      'Ansprechperson = {T1:full}, Telefon = {PH:co}, Bewerbung bis {D:num}. Baustein 9 (Rechtsfolgen) ergänzt.')
t('', 'Achtung, im Bescheidentwurf steht noch der Platzhalter „[[Name Vermieter]]“ statt {Tm1:full}. Ich habe den '
      'Baustein neu gezogen. Anschrift des Vermieters: {AD:de}.')
t('', 'TB-AU-03 „Nachweis Arbeitsunfähigkeit“ an {C:full} versandt. Der Baustein nennt die Frist {D:num}. Zusatztext: '
      'Ihre Ärztin {Tf1:init} hat uns bereits informiert.')
t('S3', 'Baustein ALG-Sperrzeit-Anhörung (Version 4) verwendet. Arbeitgeber laut Arbeitsbescheinigung: {CO:any}, '
        'Ende des Arbeitsverhältnisses {D:num}, Kündigung durch ⟨den Kunden|die Kundin⟩. Frist für die Stellungnahme: '
        '{D:num}.')
t('', '„<<Anrede>> <<Nachname>>“ – der Serienbrief hat die Felder nicht ersetzt; handschriftlich auf dem Ausdruck '
      'ergänzt: ⟨Herr|Frau⟩ {C:sur}. Ausdruck eingescannt am {D:num} von {S5:init}.')

# ---------------------------------------------------------------- Aktenverzeichnis mit Blattzahlen
t('', 'Inhaltsverzeichnis Akte (Stand {D:num})\nBl. 1–4 Antrag, Personalien {C:comma}\nBl. 5 Mietvertrag '
      '{Tm1:full}\nBl. 6–9 Kontoauszüge {IBAN:c}\nBl. 10 Lohnabrechnung {CO:any}\nBl. 11 frei')
t('', 'Paginierung der Papierakte geprüft: Blatt 23 (Schreiben von {IN:court}) fehlt, Blatt 24 ist die Vollmacht für '
      '{T1:full}. {S3:full} sucht in der Poststelle.')
t('S2', 'Aktenverzeichnis Band II, angelegt von {S5:init}:\n17  Weiterbewilligungsantrag, BG {BG:c}\n18  '
        'Heizkosten {CO:any}\n19  Schulbescheinigung {R1:given}, {IN:school}\n20  Vermerk {D:num}')
t('', 'Blattsammlung für das Widerspruchsverfahren zusammengestellt: Bl. 31–33 Attest {IN:medical}, Bl. 34 '
      'Schreiben {C:full} vom {D:num}, Bl. 35 Rückschein. Übergabe an die Rechtsstelle ({S3:full}).')
t('', 'Beiakte angelegt, weil ⟨der Kunde|die Kundin⟩ einen zweiten Vornamen im Pass führt. Verzeichnis: Bl. 1 Passkopie '
      '({ID:any}), Bl. 2 Meldebescheinigung {IN:office}, Bl. 3 Geburtsurkunde.')

# ---------------------------------------------------------------- Transkripte mit Sprecherkennung
t('', 'Automatisches Transkript der Videoberatung (Sprechererkennung):\nSprecher 1 (00:00:04): Guten Morgen, hören '
      'Sie mich?\nSprecher 2 (00:00:09): Ja. Hier ist {C:full}.\nSprecher 1 (00:01:12): Haben Sie mit {Tm1:full} von '
      '{CO:any} gesprochen?\nSprecher 2 (00:01:20): Am {D:num}, er meldet sich.\nSprecher 1 = {S1:init}.')
t('', 'Transkript Fallkonferenz, Sprecher zugeordnet:\n[{S1:full}] ⟨Der Kunde|Die Kundin⟩ war dreimal nicht da.\n'
      '[{Tf1:full}, {IN:social}] ⟨Er|Sie⟩ war in der Zeit bei uns in der Sprechstunde.\n[{S2:full}] Dann bitte Nachweis bis '
      '{D:short}.')
t('', 'Live-Transkription Teams (unbearbeitet): „… und dann hat der Herr {Tm1:sur} gesagt ich soll zur '
      '{IN:provider} gehen aber da war keiner …“ – gesprochen hat ⟨der Kunde|die Kundin⟩ am {D:num}. Transkript nicht weiter speichern.')
t('', 'Transkriptauszug, Sprecher 3 ist die Dolmetscherin {Tf2:full}:\nSprecher 3: Sie sagt, die Adresse ist '
      '{AD:c}.\nSprecher 1: Und die Telefonnummer?\nSprecher 3: {PH:c}.')
t('S3', 'KI-Protokoll der Videokonferenz mit dem Arbeitgeber (Sprecher 2 = {Tm1:full}, {CO:any}): Einstellung '
        '{C:sur} zum {D:num} möglich, Eingliederungszuschuss wird nicht gebraucht. Sprecher 1 = {S1:full}.')

# ---------------------------------------------------------------- Jugendsprache
t('', 'Wörtlich: „Digga, ich hab keinen Bock mehr auf Maßnahme, das ist voll cringe da.“ Nach einer Weile '
      'doch interessiert an der Einstiegsqualifizierung bei {CO:any}. Vorstellung am {D:num}.')
t('', 'O-Ton {C:given}: „Lowkey würd ich schon gern bei {CO:logistics} anfangen, aber safe nicht um 5 Uhr.“ Mutter '
      '{Rf1:full} (Tel. {PH:mob}) soll beim Wecken helfen, sagt sie.')
t('', '⟨Er|Sie⟩ meinte, ⟨sein|ihr⟩ Kumpel {Tm1:given} habe „wallah“ einen Ausbildungsplatz in {IN:school} bekommen, '
      '„ohne Bewerbung, einfach so“. Ich habe ⟨ihm|ihr⟩ die Bewerbungsfristen erklärt. Nächster Termin {D:num}.')
t('', 'Zitat aus der WhatsApp von {C:full}: „sorry bin lost, welcher raum??? bin schon da ☠“ – der Totenkopf heißt '
      'in dem Alter „ist mir peinlich“. Termin fand dann um 10:20 Uhr statt, Protokoll von {S4:full}.')
t('', '„Bro, die Chefin von dem Laden ist sus“ – gemeint ist {Tf1:full}, Inhaberin von {CO:retail}. ⟨Er|Sie⟩ will '
      'dort trotzdem das Praktikum ab {D:short} machen.')

# ---------------------------------------------------------------- Eidesstattliche Versicherung
t('', 'Versicherung an Eides statt (vorgelegt am {D:num}):\nIch, {C:full}, geboren am {GEB:c}, wohnhaft {AD:c}, '
      'versichere, dass ich seit dem {D:num} keine Einkünfte aus der Tätigkeit bei {CO:any} mehr habe.')
t('', 'Eidesstattliche Versicherung über den Verlust des Personalausweises ({ID:de}) aufgenommen. Verlust laut '
      '{C:sur} am {D:num} in der Regionalbahn. Verlustanzeige bei {IN:office} läuft.')
t('', 'Die Versicherung an Eides statt von {Tm1:full} (Vater) zur Unterhaltshöhe genügt nicht; er soll die '
      'Lohnabrechnungen von {CO:any} vorlegen. Frist {D:num}. Anschrift: {AD:de}.')
t('S2', 'Eidesstattliche Erklärung der Mitbewohnerin {Tf1:full}: keine Wirtschaftsgemeinschaft mit {C:full}, '
        'getrennte Kühlschrankfächer, getrennte Konten (ihr Konto {IBAN:de}). Für die BG {BG:c} übernommen.')

# ---------------------------------------------------------------- Wohnungsübergabeprotokoll
t('', 'Wohnungsübergabeprotokoll (Kopie), Objekt {AD:c}\nVermieterin: {Tf1:full}\n⟨Mieter|Mieterin⟩: {C:full}\nZählerstand '
      'Strom 04417,3 / Wasser 331\nSchlüssel: 3 Haus, 2 Wohnung, 1 Briefkasten\nDatum der Übergabe: {D:num}')
t('S2', 'Beim Auszug aus {AD:de} hat die Hausverwaltung {CO:any} Mängel protokolliert (Bohrlöcher, Teppich). '
        'Einbehalt der Kaution 420 €. Die Mietkaution hatte das Jobcenter als Darlehen gezahlt, BG {BG:c}.')
t('', 'Abnahmeprotokoll: Unterschrift von {C:full} fehlt, unterschrieben hat „{R1:init}“. Hausmeister {Tm2:full} '
      'bestätigt telefonisch ({PH:de}), dass alles sauber war.')
t('', 'Laut Übergabeprotokoll vom {D:long} sind in der neuen Wohnung keine Herde eingebaut. Erstausstattung Küche '
      'beantragt. Vermieter {Tm1:full}, {AD:de}.')

# ---------------------------------------------------------------- Leichte Sprache
t('', 'Brief in Leichter Sprache geschickt:\nLiebe⟨r Herr| Frau⟩ {C:sur}.\nSie haben einen Termin im '
      'Job·center.\nDer Termin ist am {D:long}.\nIhre Ansprech·person ist {S1:full}.\nBitte bringen Sie Ihren Ausweis mit.')
t('', 'Die Betreuerin {Tf1:full} hat gebeten, dass alle Schreiben in Leichter Sprache kommen. Vermerkt. Ihre '
      'Telefon·nummer für Rückfragen: {PH:de}. Sie ist erreichbar Di und Do.')
t('', 'Übersetzung in Leichte Sprache (Ausdruck für die Akte {KNR:c}):\nSie können eine Weiter·bildung machen.\nDie Weiter·bildung '
      'ist bei {IN:provider}.\nSie beginnt am {D:num}.\nDas Jobcenter bezahlt die Weiter·bildung.')
t('', 'Einfache-Sprache-Zusammenfassung des Gesprächs, ausgehändigt:\n1. Sie bewerben sich bei {CO:any}.\n2. Sie '
      'rufen Frau {Tf1:sur} an: {PH:co}.\n3. Wir sehen uns am {D:num}.\nUnterschrift {C:init}')
t('S3', 'Arbeitslosmeldung in Leichter Sprache erklärt: Sie bekommen Arbeitslosen·geld ab {D:num}. Das Geld kommt '
        'auf Ihr Konto: {IBAN:c}. Wenn Sie Arbeit finden, sagen Sie es bitte {S1:full}.')

# ---------------------------------------------------------------- Anrufliste der Telefonanlage
t('', 'Verpasste Anrufe am Diensttelefon (aus der Anrufliste):\n08:02  {PH:c}  ({C:comma})\n08:15  {PH:de}  '
      'unbekannt\n09:40  {PH:co}  {CO:any}\nAlle zurückgerufen bis 11 Uhr.')
t('', 'Die Anrufliste zeigt fünf Anrufe von {PH:mob} in einer Stunde. Es war {Tf1:full}, die Schwester ⟨des Kunden|der Kundin⟩, '
      'die sich Sorgen macht, weil ⟨er|sie⟩ seit dem {D:num} nicht erreichbar ist.')
t('', 'Anrufliste Teamtelefon, Rückrufwünsche übernommen:\n- {C:full}, {PH:c}, wegen Fahrkosten\n- {T1:full}, '
      '{PH:de}, fragt nach dem Praktikumsplatz\n- {T2:full}, Tel. unterdrückt')
t('', 'Zwei Anrufe in Abwesenheit von der Nummer {PH:pop} – Vorwahl aus dem Ausland. ⟨Der Kunde|Die Kundin⟩ hat später erklärt, '
      'das sei ⟨sein|ihr⟩ Cousin {Tm1:given}, der für ⟨ihn|sie⟩ übersetzen wollte.')

# ---------------------------------------------------------------- Fotodokumentation / Bildunterschriften
t('', 'Fotodokumentation Außendienst, Bildunterschriften:\nBild 1: Klingelschild „{C:upper}“\nBild 2: Briefkasten '
      'mit zweitem Namen „{Tf1:sur}“\nBild 3: Hauseingang {AD:c}\nAufnahmen von {S4:full} am {D:num}.')
t('', '⟨Der Kunde|Die Kundin⟩ hat Fotos vom Wasserschaden geschickt. Bildunterschrift von ⟨ihm|ihr⟩: „Küche, {D:short}, Vermieter '
      '{Tm1:sur} war da aber macht nix“. Weitergeleitet an {IN:office}.')
t('', 'Foto des Aushangs im Dorfladen: „Suche Mitfahrgelegenheit nach {CO:textile}, Frühschicht, Kontakt {PH:c}“ – '
      'Aushang ist ⟨vom Kunden|von der Kundin⟩ selbst, sehr gute Eigeninitiative.')
t('', 'Bildbeschreibung zum hochgeladenen Foto: Bescheinigung von {IN:club}, Unterschrift {Tm1:full}, '
      'Stempel unleserlich, Datum {D:num}. Reicht als Nachweis für die ehrenamtliche Tätigkeit.')

# ---------------------------------------------------------------- Raumbuchung / Schlüsselbuch
t('', 'Raumbuchung für die Gruppeninformation: Raum E.12 gebucht von {S1:full}, Beamer bei {S5:full} abgeholt. '
      'Teilnehmende laut Liste: 11, Protokoll {S6:init}. Termin {D:num}, 9–12 Uhr.')
t('', 'Raum 2.04 war doppelt gebucht (Buchung {S3:init} und Buchung {S4:init}). Das Gespräch mit {C:sur} fand '
      'deshalb im Besprechungsraum der Leistung statt.')
t('', 'Schlüsselbuch Empfang, Eintrag: Spindschlüssel 14 ausgegeben an {C:full} (⟨Teilnehmer|Teilnehmerin⟩ der Holzwerkstatt), '
      'zurück am {D:num}. Ausgabe durch {S5:full}.')
t('', 'Im Schlüsselbuch fehlt die Rückgabe des Werkstattschlüssels durch {T1:full}, Anleiter bei {IN:provider}. '
      'Rückfrage unter {PH:co}. Bis dahin keine Ausgabe an Teilnehmende.')

# ---------------------------------------------------------------- Warteliste / Stundenplan / Prüfungsergebnis
t('', 'Warteliste Staplerschein bei {IN:provider}: Platz 6 für ⟨den Kunden|die Kundin⟩, nächster Kurs ab {D:num}. Die '
      'Warteliste führt {Tf1:full}.')
t('', 'Warteliste Kita-Platz: {IN:kita} meldet, dass {R1:given} (geb. {GEB:child}) auf Platz 3 steht. Kita-Leiterin '
      '{Tf1:full}, Tel. {PH:de}.')
t('', 'Der Integrationskurs ist voll, ⟨der Kunde|die Kundin⟩ steht auf der Warteliste ({IN:integ}). Zuständig ist dort '
      '{Tm1:full}. Nachfrage am {D:num}.')
t('', 'Stundenplan der Umschulung (Woche 12), vom Handy abgeschrieben:\nMo  Lernfeld 3   {Tm1:sur}\nDi  Praxis '
      '  Werkstatt\nMi  Deutsch    {Tf2:sur}\nDo  Betrieb    {CO:any}\nFr  frei')
t('', 'Stundenplanänderung: Ab {D:num} unterrichtet {T1:full} das Fach Wirtschaftskunde an der {IN:school}. '
      '⟨Der Kunde|Die Kundin⟩ hat dadurch dienstags erst ab 11 Uhr Unterricht, Nebenjob möglich.')
t('', 'Prüfungsergebnis der {IN:chamber}: {C:full}, Prüfungsnummer 4417, Gesamtnote „gut“, bestanden am {D:num}. '
      'Prüfungsausschuss: Vorsitz {Tm1:full}.')
t('', 'Ergebnis der Abschlussprüfung liegt vor: praktischer Teil bestanden, schriftlicher Teil 48 Punkte – nicht '
      'bestanden. Wiederholung am {D:num}. Ausbilder {Tm1:full} ({CO:any}) unterstützt.')
t('S3', 'Die Prüfungsbescheinigung der {IN:chamber} kam per Post an {AD:c}. Umschulung erfolgreich beendet am '
        '{D:num}, Vermittlung läuft, Vorschlag {CO:any}.')

# ---------------------------------------------------------------- Mitteilungsblatt / Flyer / Leserbrief
t('', 'Im Mitteilungsblatt der Gemeinde steht ein Artikel über {C:full}: Ehrung für 15 Jahre Mitgliedschaft, Verein: {IN:club}. '
      'Der Artikel nennt auch die neue Stelle bei {CO:any}. Wir wussten davon nichts – Veränderungsmitteilung '
      'angefordert.')
t('', 'Flyer ⟨des Kunden|der Kundin⟩ für ⟨sein|ihr⟩ Gewerbe: „Gartenpflege {C:sur} – zuverlässig, günstig! Tel. {PH:c}, Mail '
      '{EM:c}“. Liegt im Rathaus aus. Nebeneinkommen prüfen.')
t('', 'Leserbrief in der Lokalzeitung, unterschrieben „{C:full}, {AD:c}“, über die Busverbindung nach {CO:wood}. '
      'Kein Handlungsbedarf, nur als Hinweis auf die Mobilitätsprobleme.')
t('', 'Pressemitteilung von {CO:brand} zur neuen Produktionslinie: 40 Stellen ab {D:num}, Bewerbung an '
      '{EM:co}. Info an alle Vermittler, passend für die Kundengruppe Produktion ({S2:full}).')

# ---------------------------------------------------------------- Notfallkontakt / Vorsorgevollmacht / Medikationsplan
t('', 'Notfallkontakt im Maßnahmebogen: {T1:full}, Tel. {PH:de}. Beziehung: „Nachbar*in“. Auf Nachfrage ist es '
      'eine Nachbarin aus {IN:club}.')
t('', 'Notfallkontakt geändert auf Wunsch: alt {Rm1:full}, neu {Tf1:full} ({PH:mob}). Die Maßnahme bei '
      '{IN:provider} wurde informiert.')
t('', 'Vorsorgevollmacht für {C:full} liegt in Kopie vor, Bevollmächtigte: Tochter {Rf1:full}, '
      '{AD:de}. Sie möchte bei allen Terminen dabei sein.')
t('', 'Patientenverfügung und Vorsorgevollmacht wurden in der Klinik hinterlegt ({IN:medical}). ⟨Er|Sie⟩ bittet, dass '
      'Informationen an {T1:full} gehen dürfen. Schweigepflichtentbindung fehlt noch.')
t('', 'Medikationsplan vorgelegt (ausgestellt von Dr. {Tf1:sur}, {IN:medical}): Sertralin 50 mg, Pantoprazol. '
      'Plan ist auf {C:full}, geb. {GEB:c} ausgestellt. Gutachten Ärztlicher Dienst beantragt.')
t('', 'Der Medikationsplan zeigt Opioide; Staplerführung daher ausgeschlossen. Ausbilder {Tm1:full} bei '
      '{CO:logistics} hat Verständnis, bietet Lagerarbeit ohne Stapler ab {D:num}.')

# ---------------------------------------------------------------- Werksausweis / Zutritt / Kali / Kernkraft
t('', 'Werksausweis für die Probearbeit bei {CO:kali} beantragt: Name {C:upper}, Geburtsdatum {GEB:c}, '
      'Personalausweis {ID:de}. Grubenfahrt erst nach der G-25-Untersuchung.')
t('', 'Kalibergbau: ⟨Der Kunde|Die Kundin⟩ hat den Untertage-Einstellungstest bei {CO:kali} bestanden. Steiger {Tm1:full} '
      'meldet sich wegen der Seilfahrt-Einweisung. Schichtbeginn 5:45 Uhr, Fahrgemeinschaft ab {AD:de}.')
t('', 'Die Haldenabdeckung am Kaliwerk sucht Maschinisten. Kontakt bei {CO:kali}: {Tf1:full}, {EM:Tf1}. '
      '⟨Der Kunde|Die Kundin⟩ hat Radlader-Erfahrung aus dem Straßenbau.')
t('', 'Rückbau Kernkraftwerk: {CO:nuclear} sucht Helfer für den Kontrollbereich. Voraussetzung Strahlenschutz-'
      'Grundkurs bei {IN:named}. ⟨Er|Sie⟩ ist interessiert, Beginn {D:num}.')
t('', 'Zutrittsberechtigung für das Gelände von {CO:nuclear} abgelehnt: Zuverlässigkeitsüberprüfung nach § 12b AtG '
      'noch offen. Ansprechperson {T1:full}, Tel. {PH:co}. Abwarten.')
t('', 'Dosimeter-Ausweis und Strahlenpass angefordert (Einsatz bei {CO:nuclear} ab {D:num}). Die '
      'Strahlenschutzbeauftragte {Tf1:full} hat die Unterlagen.')
t('S3', 'Kurzarbeit im Kaliwerk: {C:sur} ist seit {D:num} bei {CO:kali} in Kurzarbeit, Anfrage wegen Nebenjob. '
        'Arbeitgeberkontakt {Tm1:full}.')

# ---------------------------------------------------------------- Holz, Brennerei, Kur, Fähre, Textil, Trockenbau
t('', 'Sägewerk: Probearbeit bei {CO:wood} gut gelaufen. Meister {Tm1:full} lobt den Umgang mit der Kappsäge. '
      'Arbeitsvertrag ab {D:num}, Lohn 15,80 €.')
t('', 'Forstarbeiten nach dem Sturm: {CO:wood} stellt befristet ein (Motorsägenschein nötig). Lehrgang bei '
      '{IN:provider} am {D:num}. Kosten 290 €, Bildungsgutschein nicht nötig.')
t('', 'Obstbrennerei: ⟨Der Kunde|Die Kundin⟩ hilft in der Brennsaison bei {CO:distill} (Minijob). Inhaberin {Tf1:full} '
      'bestätigt 520 € monatlich. Bescheinigung per Mail von {EM:Tf1}.')
t('', 'Die Brennerei {CO:distill} hat zum {D:num} gekündigt, Saisonende. Arbeitsbescheinigung fehlt, Anforderung '
      'an {AD:de}.')
t('', 'Kurbetrieb: Stelle als Badehelfer·in bei {CO:spa}, Dienst auch am Wochenende. Ansprechpartnerin '
      '{Tf1:full}, Tel. {PH:co}. ⟨Er|Sie⟩ kennt die Therme als Gast.')
t('', 'Der Kurbetrieb {CO:spa} stellt Servicekräfte für die Kurkonzerte im Sommer ein. ⟨Er|Sie⟩ hat sich am {D:num} '
      'vorgestellt, Zusage mündlich durch {Tm1:full}.')
t('NORD', 'Fähre: ⟨Der Kunde|Die Kundin⟩ hat ein Angebot als ⟨Decksmann|Decksfrau⟩ bei {CO:ferry} (Rostock–Gedser), Einsatz im Wechsel '
      'sieben Tage an Bord, sieben Tage frei. Seediensttauglichkeit bei {IN:named} prüfen lassen.')
t('NORD', 'Reederei {CO:ferry} bittet um den Lebenslauf von {C:sur}; Bordküche, Beginn {D:num}. Kontakt '
      'Crewing: {Tf1:full}, {EM:Tf1}.')
t('BW', 'Textilbetrieb: {CO:textile} sucht Näherinnen in Vollzeit, Arbeitsort Burladingen. ⟨Der Kunde|Die Kundin⟩ hat Erfahrung '
      'aus der Heimarbeit. Vorstellung bei {Tf1:full} am {D:num}.')
t('', 'Trockenbau: ⟨Er|Sie⟩ arbeitet seit {D:num} auf Probe bei {CO:drywall}. Polier {Tm1:full} meldet sich '
      'wegen Unfällen auf der Baustelle. Sicherheitsschuhe über das Vermittlungsbudget bezahlt.')
t('', 'Beim Innenausbau von {CO:drywall} war ⟨der Kunde|die Kundin⟩ nur zwei Tage. Grund laut Chef {Tm1:sur}: Staub und '
      'Höhenangst. Kündigung in der Probezeit zum {D:num}.')

# ---------------------------------------------------------------- Verein, Dorf, Ehrenamt
t('', '⟨Er|Sie⟩ ist bei der Freiwilligen Feuerwehr aktiv (Atemschutzgeräteträger, Einheit {IN:fire}). Der Wehrführer {Tm1:full} hat eine '
      'Bescheinigung geschickt: Einsätze auch nachts, daher morgens manchmal müde.')
t('BW', 'Fastnacht: {C:sur} ist ⟨Hästräger|Hästrägerin⟩ (Zunft: {IN:fasnet}) und bittet, vom {D:num} bis {D:num} keine Termine zu '
      'legen. Einverstanden, Wiedervorlage danach.')
t('', '{Tf1:full}, Vorsitzende (Verein: {IN:club}), fragt, ob ⟨der Kunde|die Kundin⟩ im Dorfladen als Aushilfe arbeiten darf. '
      'Ja, Hinzuverdienst melden. Ihre Nummer: {PH:de}.')
t('', 'Landfrauen-Kurs „Hauswirtschaft für den Wiedereinstieg“ bei {IN:club}, Leitung {Tf1:full}. ⟨Der Kunde|Die Kundin⟩ '
      'nimmt ab {D:num} teil, kostenlos.')

# ---------------------------------------------------------------- Curaçao / Aruba / Bonaire
t('cw20', '{C:full} ist vor drei Jahren aus Willemstad über Rotterdam nach Deutschland gezogen. Niederländischer '
          'Pass {ID:pass}. Deutschkurs A2 bei {IN:integ}. Letzte Anschrift in Curaçao: {AD:pop}.')
t('cw20', 'Papiamentu-Nachricht der Mutter, selbst übersetzt: „Mi yu, bo mester bai na e kita“ – gemeint sei '
          'ein Termin. Mutter {Rf1:full}, Tel. {PH:pop}.')
t('cw20', 'Diplom von {IN:popedu} (Bachelor Hospitality, {D:nl}) zur Anerkennung eingereicht. Übersetzung aus dem '
          'Niederländischen fehlt. Ansprechpartner {T1:full} bei {IN:chamber}.')
t('cw20', 'Kontoverbindung aus den Niederlanden: {IBAN:pop}. ⟨Er|Sie⟩ möchte das Arbeitslosengeld dorthin, wir '
          'brauchen aber ein deutsches Konto. Ersatz bis {D:num}.')
t('cw20', 'Der BSN {TAX:nl} steht auf der Lohnabrechnung von {CO:pop}. Für die Rentenanfrage an die Sociale '
          'Verzekeringsbank notiert. Geburtsdatum laut Abrechnung {GEB:c}.')
t('cw20', 'Kfz mit niederländischem Kennzeichen {KFZ:pop} auf {C:full} zugelassen, Ummeldung in Deutschland '
          'läuft seit {D:num}. Ohne Ummeldung keine Fahrtkosten.')
t('cw20', 'Arbeitserfahrung auf Curaçao: Rezeption im Hotel, dann Tankstelle bei {CO:pop} (bis {D:pap}). Referenz '
          'von {Tf1:full}, Mail {EM:Tf1}.')
t('cw20', 'Aruba: Schwester {Rf1:given} lebt in {AD:pop} und schickt Unterlagen über den Zoll. Paket hängt seit '
          '{D:num} fest, Sendungsnummer CP 041 993 718 NL.')
t('cw20', '⟨Er|Sie⟩ spricht Papiamentu, Niederländisch, Englisch und Spanisch – ideal für die Rezeption bei '
          '{CO:hotel}. Inhaber {Tm1:full} lädt zum Gespräch ein.')
t('cw20', 'Geburtsurkunde aus Curaçao: Ausgestellt vom Kranshi am {D:nldash}, Name „{C:upper}“. Die '
          'Apostille fehlt, Hinweis an {IN:office}.')
t('cw20', 'Mail des früheren Arbeitgebers aus Kralendijk: „{C:given} worked with us until {D:en}, reliable '
          'and friendly“. Absender {T1:full}, Telefon {PH:pop}.')
t('cw20', 'Ehemalige Adresse in den Niederlanden laut Pass: {AD:pop}. Abmeldung der Gemeinde Rotterdam liegt vor, '
          'ausgestellt {D:nl}.')

# ---------------------------------------------------------------- Parsis
t('ps20', '{C:full} ist Parsi (zoroastrisch), aufgewachsen in Mumbai. Indischer Pass {ID:pass}. Letzte Adresse: '
          '{AD:pop}. Jahreswechsel Navroz im März, Termine dann bitte nicht.')
t('ps20', 'B.Com.-Abschluss ({IN:popedu}) zur Anerkennung bei der ZAB. ⟨Er|Sie⟩ hat anschließend vier Jahre bei {CO:pop} in der '
          'Buchhaltung gearbeitet, Bescheinigung vom {D:en}.')
t('ps20', 'Onkel {Rm1:full} aus Karachi hat eine Bürgschaft angeboten. Pakistanische Telefonnummer {PH:pk}, '
          'Konto {IBAN:pop}. Für uns nicht relevant, nur notiert.')
t('ps20', 'PAN-Karte vorgelegt ({TAX:pan}), das ist die indische Steuernummer. Die deutsche Steuer-ID {TAX:c} '
          'liegt ebenfalls vor.')
t('ps20', 'Aadhaar-Nummer steht auf dem Nachweis der Adressänderung: {ID:aadhaar}. Kopie nicht zur Akte genommen, '
          'nur Sichtprüfung durch {S1:full}.')
t('ps20', '⟨Er|Sie⟩ hat in Mumbai als Bäcker·in bei {CO:pop} gearbeitet (Bun Maska, Mawa Cake). Probearbeit '
          'bei {CO:retail} am {D:num}.')
t('ps20', 'Cousine {Tf1:full} arbeitet in Frankfurt und kann eine Wohnung in {AD:de} vermitteln. Kontakt '
          '{EM:Tf1}.')
t('ps20', 'Zeugnis des Colleges in Pune, ausgestellt am {D:en}, Name im Zeugnis „{C:upper}“. Der Vatersname '
          '„{Rm1:given}“ steht als Mittelname – bitte nicht als Vornamen erfassen.')
t('ps20', 'Empfehlungsschreiben von {Tm1:full}, Treasurer, {IN:pop}: „{C:given} is honest and hard-working“. '
          'Schreiben vom {D:en}.')
t('ps20', 'Indisches Führungszeugnis (Police Clearance Certificate) über {IN:popoff} beantragt, Antrag vom {D:num}. '
          '⟨Der Kunde|Die Kundin⟩ braucht es für die Stelle bei {CO:care}.')
t('ps20', 'Frau {Tf1:sur} vom Generalkonsulat in Frankfurt bestätigt die Passverlängerung für {C:full}. Neuer '
          'Pass ab {D:num}, alter Pass {ID:pass} wird entwertet.')
t('ps20', 'Pakistanischer Personalausweis (CNIC) des Ehepartners {T1:full}: {ID:cnic}. Familiennachzug aus '
          'Karachi geplant; Wohnungsgröße prüfen.')

# ---------------------------------------------------------------- Mauretanien
t('mr20', '{C:full} stammt aus Nouakchott, spricht Hassania, Französisch und etwas Wolof. NNI {ID:nni}. '
          'Letzte Adresse dort: {AD:pop}.')
t('mr20', 'Anrede klären: {C:given} möchte mit Vornamen angesprochen werden; „Ould“ bzw. „Mint“ heißt Sohn / '
          'Tochter von. Im Pass steht {C:upper}. In allen Schreiben „⟨Herr|Frau⟩ {C:sur}“ beibehalten.')
t('mr20', 'Bruder {Rm1:full} lebt in Nouadhibou und arbeitet bei {CO:pop}. Er ruft manchmal von {PH:pop} an, '
          'um zu übersetzen.')
t('mr20', 'Baccalauréat vom Lycée, Zeugnis vom {D:fr}, ausgestellt auf „{C:upper}“. Übersetzung aus dem '
          'Französischen von {Tf1:full} (beeidigte Übersetzerin) liegt vor.')
t('mr20', 'Erfahrung als ⟨Fischverarbeiter|Fischverarbeiterin⟩ bei {CO:pop} (Nouadhibou, bis {D:fr}). Passend wären Fischfabriken an '
          'der Küste, z. B. {CO:any}.')
t('mr20', 'Das Register (Stempel: {IN:popoff}) hat die Geburtsurkunde neu ausgestellt (Geburtsdatum {GEB:c}). Vorher '
          'stand im Dokument nur das Jahr.')
t('mr20', 'Konto in Mauretanien angegeben: {IBAN:pop}. Überweisungen dorthin sind nicht möglich; ⟨er|sie⟩ eröffnet '
          'ein Basiskonto bei der Sparkasse.')
t('mr20', 'Nachricht auf Französisch von {Tm1:full}: „⟨Mon frère|Ma sœur⟩ {C:given} commence le travail le {D:fr}.“ '
          'Telefonnummer in Nouakchott {PH:pop}.')
t('mr20', 'Ramadan: ⟨Der Kunde|Die Kundin⟩ bittet um Termine am Vormittag. Arbeitgeber {CO:any} ist einverstanden, Schichtbeginn '
          'ab {D:num} um 6 Uhr.')
t('mr20', 'Die Botschaft (Ansprechpartner {Tm1:full}) bestätigt den Passantrag. Reisepass {ID:pass} soll Ende des '
          'Monats kommen. Fiktionsbescheinigung ({IN:office}) läuft bis {D:num}.')
t('mr20', 'Schwester {Rf1:full} ist über den Familiennachzug gekommen, Termin bei {IN:integ} zur Anmeldung am '
          'Integrationskurs am {D:num}.')
t('mr20', 'Tante {Tf1:full} kocht in Rostock für ein Catering und hat ⟨ihm|ihr⟩ einen Minijob angeboten. '
          'Kontakt: {PH:mob}.')

# ---------------------------------------------------------------- German customers, regions
t('de20', '⟨Er|Sie⟩ wohnt bei den Eltern auf dem Hof in {AD:c}. Vater {Rm1:full} braucht Hilfe bei der Heuernte, '
          'daher Vollzeit nur ab Oktober.')
t('de20 BW', 'Pendelt nach Bad Säckingen, Bus nur zweimal am Tag. ⟨Er|Sie⟩ möchte den Führerschein machen, Fahrschule '
          '{IN:provider}, Kosten laut Angebot 3.150 €. Kfz vorhanden: {KFZ:de}.')
t('de20 NORD', 'Plattdeutsch im Gespräch, weil die Großmutter {Rf1:full} dabei war: „⟨He|Se⟩ mutt nu ok mol arbeiten gahn.“ '
          'Alle lachen. Nächster Schritt: Bewerbung bei {CO:any} bis {D:short}.')
t('de20 BW', 'Schwäbisch zitiert: „I schaff gern, aber ned beim {Tm1:sur}.“ Gemeint ist der frühere Chef bei '
          '{CO:textile}. Andere Firmen vorgeschlagen.')
t('de20', 'Die Großeltern {Rm1:full} und {Rf2:given} wohnen im selben Haus in {AD:c}. Sie betreuen das Kind, '
          'wenn ⟨er|sie⟩ Frühschicht hat.')

# ---------------------------------------------------------------- SGB II specific
t('S2', 'Weiterbewilligung: BG {BG:c}, Mitglieder {C:full} und {R1:full} (geb. {GEB:teen}). Einkommen aus der '
        'Ausbildung bei {CO:any} ab {D:num} anrechnen.')
t('S2', 'Kosten der Unterkunft: Vermieterin {Tf1:full} erhöht die Miete zum {D:num}. Mieterhöhungsschreiben '
        'liegt vor, Nachweis über {IBAN:c}.')
t('S2', 'Mitglied der BG {BG:c} – Sohn {Rm1:given} – zieht aus. Neue Anschrift {AD:de}, Mietvertrag ab '
        '{D:num}. Ummeldung erledigt, Bestätigung: {IN:office}.')
t('S2', 'Einladung nach § 59 nicht wahrgenommen ({D:num}). Anhörung geschickt an {AD:c}. ⟨Er|Sie⟩ rief an: das '
        'Kind sei krank gewesen, Attest von {IN:medical} folgt.')
t('S2', 'Sofortangebot: Arbeitsgelegenheit bei {IN:social}, Ansprechpartner {Tm1:full}, Beginn {D:num}. BG-Nummer '
        '{BG:c}.')
t('S2', 'Stromschulden bei {CO:any}: 740 €. Darlehen beantragt, Zahlung direkt an den Versorger. Kundennummer '
        '{KNR:c}, Bearbeiter Leistung {S3:full}.')
t('S2', 'Nachweis Bürgergeld für das Amtsgericht (Beratungshilfe), ausgestellt am {D:num} für {C:full}, BG '
        '{BG:c}. Über die Post verschickt.')
t('S2', 'Kind {R1:given} (geb. {GEB:child}) besucht die {IN:school}. Klassenfahrt 180 € über BuT; Rechnung geht '
        'direkt an das Jobcenter.')
t('S2', 'Die Tochter der Kundin, {Rf1:full}, möchte eine eigene BG wegen Ausbildung bei {CO:care}. '
        'Abstimmung mit der Leistung ({Sf3:full}).')
t('S2', 'Eingliederungsvereinbarung ersetzt durch Kooperationsplan: ⟨der Kunde|die Kundin⟩ erstellt bis {D:num} ein Profil '
        'auf der Jobbörse. Unterschrieben von {S1:initials}.')

# ---------------------------------------------------------------- SGB III specific
t('S3', 'Arbeitsuchendmeldung von {C:full} am {D:num}, Ende des Arbeitsverhältnisses bei {CO:any} am '
        '{D:num}. Sperrzeitprüfung nicht nötig, befristeter Vertrag.')
t('S3', 'Arbeitgeberservice: {Tm1:full} von {CO:any} fragt nach Bewerbern mit Schweißerschein. Vorschlag: '
        '{C:sur}. Rückmeldung an {EM:co}.')
t('S3', 'Arbeitslosengeld: Bankverbindung geändert auf {IBAN:c}, Nachweis per Upload. Steuer-ID {TAX:c} '
        'abgeglichen.')
t('S3', 'Renteninformation liegt vor (RV-Nr. {RV:c}). ⟨Er|Sie⟩ denkt über die Altersrente für langjährig '
        'Versicherte ab {D:num} nach. Beratung bei {IN:named}.')
t('S3', 'Gründungszuschuss: Tragfähigkeitsbescheinigung von {IN:chamber} liegt vor. Geschäftsidee: Holzspielzeug '
        'unter dem Namen {CO:any}.')
t('S3', 'Weiterbildungsberatung: ⟨er|sie⟩ möchte die Meisterschule bei {IN:chamber}. Arbeitgeber {CO:any} '
        'beteiligt sich, Ansprechperson {Tf1:full}.')
t('S3', 'Insolvenzgeldfall – der Betrieb {CO:any} hat Insolvenz beantragt, Insolvenzverwalter {Tm1:full}. Letzter '
        'Lohn für {D:num} fehlt.')

# ---------------------------------------------------------------- more identifiers in context
t('', 'Rentenversicherungsnummer für die Meldung an die Krankenkasse: {RV:c}. Auf dem Sozialversicherungsausweis '
      'steht noch der Geburtsname – bitte nicht korrigieren.')
t('BN', 'Geburtsname {C:birth} (Namensänderung nach Heirat). Alte Zeugnisse lauten auf „{C:gbirth}“. '
        'Die RV-Nummer {RV:c} enthält noch den Anfangsbuchstaben des Geburtsnamens.')
t('', 'Steuerliche Identifikationsnummer aus dem Schreiben des Finanzamts abgetippt: {TAX:c}. Für die '
      'Lohnsteuerbescheinigung von {CO:any}.')
t('', 'Kfz-Halterauskunft: Fahrzeug {KFZ:de} gehört nicht {C:sur}, sondern {T1:full}. Fahrkostenerstattung daher '
      'nur als Mitfahrer·in.')
t('', 'Kennzeichen des Dienstwagens bei {CO:any}: {KFZ:de}. ⟨Der Kunde|Die Kundin⟩ darf ihn laut Chef {Tm1:full} auch für '
      'die Heimfahrt benutzen.')
t('', 'Führerschein wurde wegen Punkten entzogen (Vermerk {IN:office}), Fahrzeug {KFZ:de} abgemeldet am '
      '{D:num}. Arbeitsweg zu {CO:any} jetzt mit dem Rad.')
t('', 'Kundennummer doppelt vergeben: {KNR:c} und {KNR:o}. Die zweite gehört zu {T1:full}. Zusammenführung '
      'durch {S5:full} beantragt.')
t('', 'Ausweiskopie liegt vor: Personalausweis {ID:de}, gültig bis {D:num}. {C:full}, {AD:c}.')
t('', 'Aufenthaltstitel der Ehefrau {Tf1:full}: {ID:de}. Arbeitsmarktzugang uneingeschränkt, Vorstellung bei '
      '{CO:any} möglich.')
t('', 'Neue Mobilnummer ⟨des Kunden|der Kundin⟩: {PH:c}. Mailadresse bleibt {EM:c}. Abgleich über das Geburtsdatum {GEB:c}.')
t('', 'Rückruf der Arbeitgeberin {Tf1:full} ({CO:any}) unter {PH:co}: Vorstellungsgespräch am {D:num} um 10 Uhr.')
t('', 'E-Mail an {EM:s1} von {C:full}: Bewerbungen der Woche im Anhang, darunter {CO:any} und {CO:any}.')

# ---------------------------------------------------------------- longer notes, few values
t('', 'Längeres Gespräch über die Zeit nach der Schließung des Betriebs. ⟨Er|Sie⟩ erzählt, dass die Kollegen '
      'sich jeden Freitag noch im Vereinsheim treffen. Das sei im Moment der einzige feste Termin in der Woche. '
      'Schlafrhythmus verschoben, oft bis Mittag im Bett, danach lange Spaziergänge mit dem Hund. Wir haben '
      'besprochen, wie ein Wochenplan mit kleinen Aufgaben aussehen könnte: montags Stellenbörse, mittwochs '
      'Bewerbung schreiben, freitags Telefonate. Der Vorschlag wurde angenommen, aber ohne Begeisterung. Ich habe '
      'den Eindruck, dass eine Maßnahme mit festen Zeiten hilfreich wäre, bevor es zu einer Vermittlung kommt. '
      'Wiedervorlage in drei Wochen.')
t('', 'Hausbesuch im Dorf, Zufahrt über einen unbefestigten Weg, das Navi kannte die Adresse nicht. Im Haus sehr '
      'ordentlich, in der Küche ein Kalender mit allen Terminen der Familie. ⟨Der Kunde|Die Kundin⟩ war vorbereitet, hatte '
      'Unterlagen in einer Mappe und hat selbst nach Weiterbildungen gefragt, die in Teilzeit laufen. Schwierig '
      'bleibt die Kinderbetreuung in den Ferien und der fehlende Busverkehr am Nachmittag. Wir prüfen, ob eine '
      'Förderung für einen gebrauchten Wagen in Frage kommt. Gesamteindruck: motiviert, realistisch, '
      'belastbar. Nächster Termin am {D:num}.')
t('', 'Rückblick auf ein halbes Jahr Begleitung: Am Anfang kamen die Termine nur mit Erinnerung per SMS zustande, '
      'inzwischen meldet sich ⟨der Kunde|die Kundin⟩ selbst, wenn es etwas Neues gibt. Die Schulden sind mit Hilfe der Beratung '
      'geordnet, es gibt einen Plan mit kleinen Raten. Bewerbungen gehen regelmäßig raus, drei Vorstellungsgespräche '
      'in zwei Monaten, eins davon mit Probearbeit. Gesundheitlich stabil, die Therapie läuft weiter. Aus meiner '
      'Sicht ist eine Rückkehr in den Markt in den nächsten Monaten realistisch. Profil angepasst am {D:num}.')
t('', 'Gespräch zu zweit, ohne Dolmetscher, weil das Deutsch inzwischen gut reicht. Besonders stolz ist ⟨er|sie⟩ '
      'auf das bestandene Zertifikat und auf die erste Rechnung, die ⟨er|sie⟩ ohne Hilfe überwiesen hat. Offen '
      'bleibt die Anerkennung des Berufsabschlusses, die Unterlagen liegen seit Wochen bei der Stelle. Ich habe '
      'zugesagt, dort nachzufragen. Bis dahin soll eine Helfertätigkeit im erlernten Bereich gesucht werden, damit '
      'die Fachsprache nicht verloren geht. Die Familie unterstützt das. Nächster Kontakt telefonisch am {D:num}.')
t('', 'Gruppenangebot „Bewerben im ländlichen Raum“ am {D:num} durchgeführt, acht Teilnehmende, Co-Leitung {S3:full}. Themen waren '
      'Fahrgemeinschaften, Mitfahrbänke, Rufbus, Arbeitgeber im Umkreis von 25 Kilometern und die Frage, wie man '
      'bei kleinen Betrieben anruft, die keine Stellenanzeigen schalten. Die Stimmung war gut, zwei Teilnehmende '
      'haben sich spontan zu einer Fahrgemeinschaft verabredet. Kritik: der Raum war zu klein und die Technik hat '
      'nicht funktioniert. Für die nächste Runde einen anderen Raum buchen und Handzettel vorbereiten.')
t('', 'Langes Telefonat. Der Vater ist im Pflegeheim, die Besuche kosten Zeit und Kraft, dazu kommt '
      'der Streit mit den Geschwistern über das Haus. Konzentration auf Bewerbungen sei kaum möglich. Ich habe auf '
      'die Pflegeberatung hingewiesen und vorgeschlagen, die Bemühungen für einen Monat zu reduzieren. Dafür soll '
      'der Kontakt enger werden, kurze Telefonate alle zwei Wochen. Die Entscheidung über eine Teilzeitstelle '
      'treffen wir danach. Ton freundlich, am Ende erleichtert.')
t('', 'Nach dem Ende der Saison im Kurhotel wieder arbeitslos gemeldet. Die Arbeit habe Spaß gemacht, aber die '
      'geteilten Dienste – morgens Frühstück, abends Restaurant – seien auf Dauer nicht machbar, weil der letzte Bus '
      'um halb sieben fährt. Gesucht wird nun etwas mit durchgehender Schicht, gern wieder in der Gastronomie oder '
      'im Einzelhandel. Gute Zeugnisse, freundliches Auftreten. Drei Stellen ausgesucht, ⟨er|sie⟩ bewirbt sich '
      'selbst. Meldung über das Ergebnis bis {D:num}.')
t('', 'Fallbesprechung im Team ohne Namen, nur nach Akte: Die Frage war, ob ein Umzug in die Kreisstadt verlangt '
      'werden kann, wenn im Dorf keine Arbeit zu finden ist. Ergebnis: nein, aber ein Umzug kann unterstützt werden, '
      'wenn der Kunde es möchte. Zumutbar sind Pendelzeiten bis zweieinhalb Stunden am Tag. Ich werde das im nächsten '
      'Gespräch offen ansprechen und Hilfen für den Umzug erklären, auch die Kosten für Wohnungsbeschaffung. Keine '
      'Entscheidung ohne Einverständnis.')
t('', 'Beratung zum Thema Schichtarbeit im Bergbau unter Tage. Die Ausbildung zum Bergbautechnologen dauert drei '
      'Jahre, für Erwachsene gibt es eine verkürzte Umschulung. Körperliche Voraussetzungen werden vom Werksarzt '
      'geprüft, dazu Höhen- und Engetest. Der Verdienst ist gut, die Arbeitszeiten sind hart, Seilfahrt morgens um '
      'halb sechs. ⟨Der Kunde|Die Kundin⟩ möchte erst eine Grubenfahrt als Besucher machen, bevor ⟨er|sie⟩ sich entscheidet. '
      'Termin über den Arbeitgeberservice am {D:num}.')
t('', 'Besuch bei {CO:nuclear} (Rückbau des Kraftwerks) mit drei Kunden. Erklärt wurden der Weg durch die Schleuse, die '
      'Schutzkleidung, die Messungen beim Verlassen des Kontrollbereichs und die Aufgaben für Helfer: Demontage, '
      'Zerlegen, Verpacken, Reinigen. Die Angst vor der Strahlung war Thema; der Strahlenschutz hat das ruhig und '
      'verständlich erklärt. Zwei der drei wollen sich bewerben. Die Firma braucht ein Führungszeugnis und eine '
      'Untersuchung nach der Strahlenschutzverordnung. Kosten übernimmt der Betrieb.')

# ---------------------------------------------------------------- notes without planted values
t('', 'Termin abgesagt, Kunde hat sich rechtzeitig gemeldet. Neuer Termin folgt schriftlich.')
t('', 'Unterlagen vollständig, keine Rückfragen. Vorgang an die Leistung abgegeben.')
t('', 'Heute kein Kontakt möglich, Festnetz besetzt, Mailbox voll. Nächster Versuch morgen Vormittag.')
t('', 'Profil überarbeitet: Zielberufe Lager, Produktion, Gebäudereinigung. Mobilität eingeschränkt, nur ÖPNV.')
t('', 'Kurze Rücksprache im Flur: Bewerbungsmappe ist fertig, wird nächste Woche abgegeben.')
t('', 'Vermerk: Post kam zurück, Anschrift wird über das Melderegister geprüft.')

# ---------------------------------------------------------------- more German regional notes
t('de20 BW', 'Alemannisch am Telefon: „Des gôt scho, i kumm am Mändig.“ Mit der Mutter {Rf1:full} (geb. {GEB:old}) lebt '
          '⟨er|sie⟩ in {AD:c}; die Mutter braucht Hilfe beim Einkaufen.')
t('de20 HES', 'Osthessisch zitiert: „Do fährt doch kaa Bus hie.“ Gemeint ist {CO:any}. Der Personalleiter {Tm1:full} '
          'schreibt von {EM:Tm1}, eine Fahrgemeinschaft sei möglich.')
t('de20', 'Vater {Rm1:full}, geb. {GEB:old}, ist pflegebedürftig, Pflegegrad 3. ⟨Der Kunde|Die Kundin⟩ übernimmt die '
          'Pflege am Abend; Stellensuche nur bis 15 Uhr.')
t('de20 NORD', 'Onkel {Rm1:full} hat einen Kutter im Bodden und sucht für die Saison eine Aushilfe beim Räuchern. Tel. '
          '{PH:de}. Minijob ab {D:num} angezeigt.')
t('de20', 'Die Mutter {Rf1:given} hat 30 Jahre bei {CO:textile} genäht und kennt dort noch die Meisterin {Tf1:full}. '
          'Initiativbewerbung abgegeben am {D:num}.')
t('de20', 'Umzug innerhalb des Kreises: von {AD:de} nach {AD:c}, Ummeldung am {D:num}, Kfz {KFZ:de} ebenfalls '
          'umgemeldet.')
t('de20', 'Schwester {Rf1:full} (geb. {GEB:adult}) betreut die Kinder, wenn Spätschicht ist. Ihre Nummer für Notfälle: '
          '{PH:mob}.')
t('de20 NORD', 'Mecklenburger Platt vom Großvater {Rm1:given}: „Dat ward all.“ Er fährt ⟨den Enkel|die Enkelin⟩ zur '
          'Probearbeit bei {CO:any} am {D:num}.')

# ---------------------------------------------------------------- staff, signatures, distribution lists
t('', 'Vertretungsregel: {S1:full} ist bis {D:num} abwesend, Vertretung {S3:full}. Verteiler: {S2:init}; {S4:init}; '
      '{S5:init}.')
t('', 'Viele Grüße\n{S1:full}\nArbeitsvermittlung\nTel. {PH:s1}\n{EM:s1}\n(Signatur der Antwortmail an '
      '{EM:c})')
t('', 'Vermerk gegengelesen von {S2:full}, Anmerkung am Rand: „bitte RV-Nr. ergänzen“ → ergänzt: {RV:c}.')
t('', 'Personalausweis im Original gesehen durch {Sf3:full}; Geburtsdatum {GEB:c} stimmt mit der Akte überein. '
      'Kopie nicht genommen.')
t('', 'Übergabe an {S3:full} wegen Neuverteilung der Nachnamen ab {D:num}. Offene Punkte: Attest, Lebenslauf. '
      'Rückfragen an mich ({S1:initials}) oder {S4:full}.')
t('', 'Kollegiale Beratung mit {Sm3:full} und {Sf4:full}: Vorschlag Coaching bei {IN:provider}, Entscheidung bis '
      '{D:num}.')

# ---------------------------------------------------------------- birth dates, mail, numbers
t('', 'Familienmitglieder laut Antrag: {R1:full} (geb. {GEB:child}), {R2:full} (geb. {GEB:child}), beide bei der '
      'Mutter gemeldet.')
t('', 'Geburtsdatum im Fachverfahren falsch erfasst ({GEB:adult}), richtig laut Pass {GEB:c}. Korrektur durch '
      '{S5:full} am {D:num}.')
t('', 'Anmeldung bei {IN:abbr} vorbereitet: Geburtsdatum {GEB:c}, Anschrift {AD:c}, Telefon {PH:c}, Mail {EM:c}.')
t('', 'Mailverlauf ausgedruckt: Von {EM:c} an {EM:s1}, Cc {EM:co}. ⟨Der Kunde|Die Kundin⟩ hat den Arbeitgeber '
      'in Kopie gesetzt, damit er „Bescheid weiß“.')
t('', 'Die Personalchefin {Tf1:full} antwortet von einer privaten Adresse ({EM:Tf1}); sie sei im Urlaub, ab '
      '{D:num} wieder im Betrieb.')
t('', 'Anfrage der Krankenkasse zur Mitgliedschaft: RV-Nummer {RV:c}, Steuer-ID {TAX:c}, Kundennummer {KNR:c}. '
      'Beantwortet durch {S5:init}.')
t('', 'Steuer-ID der Partnerin {Tf1:full}: {TAX:t}. Wird für die Einkommensprüfung gebraucht; ihr Geburtsdatum '
      '{GEB:adult}.')
t('', 'Auf einer alten Lohnabrechnung steht eine zweite Rentenversicherungsnummer: {RV:t}. Klärung über '
      '{IN:named} angestoßen.')
t('', 'Der Arbeitgeber {CO:any} hat im Betreff eine falsche Kundennummer verwendet ({KNR:o} statt {KNR:c}). '
      'Zuordnung geprüft.')
t('S2', 'Jugendliche in der BG {BG:c}: {R1:full}, geb. {GEB:teen}, Ausbildung bei {CO:any} ab {D:num}. '
        'Ausbildungsvergütung anrechnen.')

# ---------------------------------------------------------------- more longer notes with few values
t('', 'Ausführliches Gespräch über die Arbeit im Kurbetrieb. Die Saison beginnt im April, die meisten Stellen sind '
      'befristet bis Oktober, im Winter bleiben nur die Therme und die Reha-Kliniken. Gefragt sind Servicekräfte, '
      'Zimmermädchen, Badeaufsicht mit Rettungsschwimmerabzeichen und Küchenhilfen. Die Bezahlung liegt meist knapp '
      'über dem Mindestlohn, dafür gibt es oft Personalzimmer. ⟨Der Kunde|Die Kundin⟩ möchte das Abzeichen im '
      'Hallenbad nachholen und sich dann gezielt bewerben. Ich habe die Kosten für den Kurs zugesagt, Nachweis bis '
      '{D:num}.')
t('', 'Gesprächsnotiz zur Seefahrt: Für die Arbeit auf der Fähre braucht es ein Seediensttauglichkeitszeugnis, '
      'einen Grundlehrgang Sicherheit auf See und für manche Tätigkeiten ein Schiffsküchen-Zertifikat. Die Schichten '
      'laufen im Wochenrhythmus, die Unterkunft an Bord ist gestellt. Der Lohn ist höher als an Land, dafür ist die '
      'Familie eine Woche allein. Wir haben die Vor- und Nachteile aufgeschrieben, der Partner soll mitentscheiden. '
      'Rückmeldung bis {D:num}, dann ggf. Antrag auf Förderung des Lehrgangs.')
t('', 'Sägewerk und Forst: Erklärt, dass die Holzindustrie in der Region zwar Personal sucht, die Arbeit aber laut, '
      'staubig und körperlich schwer ist. Gehörschutz, Schnittschutzhose und Sicherheitsschuhe sind Pflicht, die '
      'Betriebe stellen sie meist. Wer den Motorsägenschein hat, wird eher genommen. ⟨Der Kunde|Die Kundin⟩ hat '
      'früher beim Großvater Brennholz gemacht und traut sich die Arbeit zu. Eine Probearbeit von drei Tagen wurde '
      'vereinbart, Fahrtkosten werden erstattet. Ich rufe nach dem ersten Tag bei Meister {Tm1:sur} an.')
t('', 'Beratung in Leichter Sprache, mit Bildkarten. Wir haben über die Woche gesprochen: Wann stehen Sie auf? Was '
      'machen Sie am Vormittag? Wer hilft Ihnen? Die Antworten waren kurz, aber klar. Die Werkstatt für behinderte '
      'Menschen kommt nicht in Frage, gewünscht ist eine Arbeit „mit normalen Leuten“. Wir prüfen das Budget für '
      'Arbeit und einen Job-Coach bei {IN:provider}. Die Schwester war dabei und hat die Bildkarten mit nach Hause genommen, damit die '
      'Schritte sichtbar bleiben. Nächstes Treffen in zwei Wochen, wieder vormittags.')
t('', 'Rückblick nach vier Monaten im Werk: Die Arbeit unter Tage ist anstrengend, aber die Kollegen sind '
      'hilfsbereit, und die Einarbeitung lief besser als befürchtet. Probleme machen die Wechselschichten, vor allem '
      'die Nachtschicht am Wochenende. Der Betriebsarzt hat eine Befreiung von Nachtschichten abgelehnt. Wir haben '
      'überlegt, ob eine Stelle in der Aufbereitung über Tage in Frage kommt. ⟨Der Kunde|Die Kundin⟩ fragt selbst in '
      'der Personalabteilung nach. Nachbetreuung endet mit dem nächsten Gespräch am {D:num}.')
t('', 'Notiz zum Umgang mit Dateien aus dem Portal: In hochgeladenen Word- und PDF-Dateien stehen oft Namen von '
      'Dritten in den Eigenschaften, etwa der Autor eines Vordrucks oder die Firma, bei der das Dokument erstellt '
      'wurde. Das ist kein Fehler der Kunden. Für die Akte genügt der Inhalt; die Eigenschaften werden nicht geprüft, '
      'außer es gibt Zweifel an der Echtheit. Im Team so besprochen, gilt ab sofort. Fragen an die '
      'Datenschutzkoordination.')
t('', 'Gespräch über den Umzug von den Inseln nach Deutschland. Die Kälte im ersten Winter war ein Schock, dazu die '
      'Dunkelheit am Nachmittag. Inzwischen gibt es Freunde aus der Gemeinde und einen festen Platz im Chor. '
      'Beruflich ist Erfahrung aus Hotel, Rezeption und Tourismus vorhanden, dazu sehr gute Sprachkenntnisse. '
      'Deutsch fehlt noch für den Kundenkontakt. Vereinbart: Sprachkurs B1 am Vormittag, nachmittags ein Minijob '
      'im Housekeeping, um den Einstieg zu schaffen. Das Ziel bleibt die Rezeption, z. B. bei {CO:hotel}.')
t('', 'Gespräch über Feiertage und Termine: Nach dem parsischen Kalender fällt das Neujahr in den August, dazu '
      'kommt Navroz im März. An diesen Tagen möchte ⟨der Kunde|die Kundin⟩ keine Termine und keine Schichten. Das '
      'ist mit den meisten Arbeitgebern zu regeln, wenn man es früh anspricht. Beruflich gibt es eine kaufmännische '
      'Ausbildung aus Indien und Erfahrung in der Buchhaltung. Die Anerkennung läuft, die Chancen sind gut. Ich '
      'habe die Bewerbung für eine Stelle im Rechnungswesen bei {CO:any} besprochen.')
t('', 'Lange Beratung mit Sprachmittlung am Telefon (Hassania–Französisch–Deutsch). Themen: die Familie in der '
      'Heimat, der Druck, Geld zu schicken, und die Frage, warum die Leistungen nicht für Überweisungen ins Ausland '
      'gedacht sind. Erklärt, was der Regelbedarf abdeckt. Beruflich: Erfahrung im Fischfang, im Handel auf dem Markt '
      'und als Fahrer. Der Führerschein aus Mauretanien wird nicht umgeschrieben, die Prüfung muss neu gemacht werden. '
      'Sprachkurs zuerst ({IN:integ}), danach Fahrschule. Alles ruhig und freundlich.')
t('', 'Zusammenfassung für die Akte nach dem Wechsel der Zuständigkeit: Die bisherigen Vermerke sind sorgfältig, '
      'es fehlen aber die Ergebnisse der letzten beiden Vorstellungsgespräche. Ich habe telefonisch nachgefragt; '
      'beide Betriebe haben abgesagt, einmal wegen der Arbeitszeiten, einmal ohne Begründung. Die Stimmung ist '
      'gedrückt. Für das nächste Gespräch plane ich, die Zielberufe zu erweitern und eine kurze Maßnahme zur '
      'beruflichen Orientierung anzubieten. Termin ist verschickt für den {D:num}.')

# ---------------------------------------------------------------- search log, loose copies, titles, distribution lists
t('', 'Suchprotokoll des Fachverfahrens (Auszug für die Datenschutzprüfung):\n{D:ts} 10:02  Suche „{C:lc}“  2 Treffer\n'
      '{D:ts} 10:03  Suche „{ID:de}“  1 Treffer\n{D:ts} 10:05  Suche „{PH:c}“  0 Treffer\nBenutzer: {S4:initials}. '
      'Suche nach der Telefonnummer war dienstlich (Rückruf).')
t('', 'Im Kopierer liegen geblieben, darauf nur: {ID:any} / {GEB:c} / {AD:c}. Über den Abgleich mit der Akte '
      'zugeordnet, Original an ⟨den Kunden|die Kundin⟩ zurückgegeben.')
t('', 'Rücksprache mit Herrn {Sm3:sur} (Widerspruchsstelle) und Frau {Sf4:sur} (Leistung): Der Bescheid vom {D:num} '
      'wird aufgehoben, neuer Bescheid an {AD:c}.')
t('', 'Verteiler für das Protokoll der Fallkonferenz: {S2:comma}; {S3:comma}; {T1:comma} ({IN:social}); '
      '{T2:comma} ({IN:medical}). Versand am {D:num}.')

# ---------------------------------------------------------------- workplace: inspections, safety briefings, works councils
t('', 'Arbeitsplatzbegehung bei {CO:any} mit dem Technischen Berater der Reha ({S3:full}) und der Sicherheitsfachkraft '
      '{Tm1:full}. Ergebnis: Stehpult und Hubtisch nötig, der Weg zur Kantine führt über eine Treppe ohne Handlauf. '
      'Kostenvoranschlag bis {D:num}.')
t('', 'Begehung der Werkhalle, Notizen: Lärmbereich ab Tor 3, Gehörschutzpflicht; Staplerverkehr im Mittelgang; '
      'Pausenraum ohne Fenster. Für ⟨den Kunden|die Kundin⟩ geeignet wäre die Endkontrolle. Ansprechpartnerin '
      '{Tf1:full}, {PH:co}.')
t('', 'Unterweisungsnachweis (Sicherheitsunterweisung am ersten Arbeitstag), abfotografiert:\nName: {C:comma}\n'
      'Unterwiesen durch: {Tm1:full}\nThemen: Fluchtwege, PSA, Erste Hilfe, Gefahrstoffe\nDatum: {D:num}\n'
      'Unterschrift vorhanden.')
t('', 'Gefährdungsbeurteilung des Arbeitsplatzes liegt vor ({CO:any}, erstellt von {Tf1:full}). Heben über 15 kg '
      'kommt mehrmals pro Schicht vor – mit dem Attest von {IN:medical} nicht vereinbar.')
t('', 'Stellungnahme des Betriebsrats von {CO:any} (Vorsitzender {Tm1:full}) zur Einstellung: keine Einwände, '
      'Befristung auf ein Jahr. Die Schwerbehindertenvertretung ({Tf2:full}) wurde beteiligt.')
t('', 'Inklusionsamt angefragt wegen Zuschuss zur Arbeitsplatzausstattung. Sachbearbeiter dort {Tm1:full}, Tel. '
      '{PH:de}. Der Antrag ging am {D:num} raus, Arbeitgeber {CO:any}.')
t('', 'Der Betriebsarzt {Tm1:full} hat die Tauglichkeit für Nachtarbeit festgestellt. Sehtest und Hörtest ohne '
      'Befund. Einstellung bei {CO:any} zum {D:num}.')
t('', 'Werksärztliche Untersuchung (G 41, Arbeiten mit Absturzgefahr) nicht bestanden: Schwindel im Höhentest. '
      'Die Firma {CO:drywall} sucht eine Tätigkeit am Boden. Rückmeldung von {Tf1:full} bis {D:num}.')
t('', 'Probezeitgespräch bei {CO:any} mit {Tf1:full} (Personal), ⟨dem Kunden|der Kundin⟩ und mir. Pünktlich, '
      'zuverlässig, braucht noch Sicherheit an der Kasse. Übernahme nach der Probezeit geplant ({D:num}).')
t('', 'Tätigkeitsbeschreibung vom Arbeitgeber (Stellenbeschreibung „Produktionshelfer·in Kunststoff“): Maschinen '
      'bestücken, Teile prüfen, verpacken, Dreischicht. Betrieb {CO:any}, Ansprechpartner {Tm1:full}, '
      'Bewerbungen an {EM:co}.')
t('S3', 'Zielvereinbarung aus dem Mitarbeitergespräch des bisherigen Arbeitgebers ({CO:any}) vorgelegt: Qualifizierung '
        'zur Schichtleitung bis {D:num}. Die Stelle fiel dann weg. Weiterbildung über das Qualifizierungschancengesetz '
        'prüfen, Ansprechpartner im Betrieb {Tm1:full}.')
t('S3', 'Eignungstest bei {CO:brand} bestanden (Mathe 78 %, Technik 64 %). Einstellungstermin {D:num}, Personalreferentin '
        '{Tf1:full}, {EM:Tf1}.')
t('S2', 'Kostenübernahme für den Sehtest und die Arbeitsschutzbrille (BG {BG:c}): Rechnung von {CO:retail} über 118 '
        '€, Zahlung aus dem Vermittlungsbudget an {IBAN:de}.')
t('', 'Personalrat der Kreisverwaltung hat der Einstellung ⟨des Kunden|der Kundin⟩ als Hausmeisterhilfe zugestimmt '
      '(Sitzung vom {D:num}). Dienstbeginn am Bauhof (Träger: {IN:office}), Vorarbeiter {Tm1:full}.')

t('', 'Für die Anmeldung zur Sozialversicherung braucht {CO:any} die Rentenversicherungsnummer: {RV:c}. '
      '⟨Der Kunde|Die Kundin⟩ hat den Ausweis verlegt; Nummer aus unserer Akte per Mail an {EM:co} – mit Einwilligung.')
t('', 'Neuer Arbeitgeber fragt nach der Steuer-ID für den Lohnsteuerabzug: {TAX:c}. Weitergegeben von ⟨dem Kunden|der '
      'Kundin⟩ selbst, wir haben nur die Schreibweise bestätigt ({S1:initials}, {D:num}).')

TEMPLATES = T
