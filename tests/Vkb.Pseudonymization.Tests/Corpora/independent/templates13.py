# -*- coding: utf-8 -*-
"""Templates of heldout13, written for this split without seeing any earlier template.  Slot syntax: make_corpus13.py."""

TEMPLATES = [
    # ---------------------------------------------------------------- A. handover notes between case workers
    "Fallübergabe wg. Buchstabenneuverteilung (ab {D} Team 2 zuständig für Nachnamen N–R):\n"
    "- [Kunde|Kundin] {C}, seit Jahresbeginn in Beratung\n- offene Punkte: Nachweis Kita-Platz, Rückmeldung {CO}\n"
    "- Vorsicht: reagiert schlecht auf Druck, lieber Fragen stellen\nÜbergeben von {S1} an {S2}.",

    "Übergabevermerk (Elternzeitvertretung)\nBisher betreut durch {S1}, ab {D:num} durch mich ({S2.gsur}).\n"
    "Stand: [Herr|Frau] {C.sur} wartet auf Zusage der {INST}. Keine offenen Fristen. Unterlagen vollständig bis "
    "auf Kontoauszüge (IBAN endet auf … – bitte beim nächsten Termin mitbringen lassen).",

    "Kollegin {S1f.sur} geht zum Monatsende in den Ruhestand – Übergabe ihrer Notizen zum Fall in Stichworten:\n"
    "2019 Erstkontakt, damals noch bei {CO}; 2021 Umzug nach {ADR}; 2023 Reha abgebrochen; "
    "seit {D} wieder regelmäßig da. Bruder {R1m.full} kennt sich mit Formularen aus und hilft gern.",

    "Übergabe an {S1.full} (Außenstelle Nord) – Grund: Umzug [des Kunden|der Kundin] in deren Bezirk zum {D}. "
    "Neue Anschrift lt. Meldebestätigung: {ADR}. Akte digital übergeben, Papierreste per Hauspost.",

    "Hallo {S1.given}, kurz zur Übergabe während meines Urlaubs: {C.rev} ruft evtl. wegen der Fahrtkosten an. "
    "Die Belege liegen im Postfach, die Erstattung ist schon angewiesen. Wenn [er|sie] nach dem Termin bei "
    "{CO} fragt: {D:wordsny}, 9 Uhr, Ansprechpartner {T1.full}. Danke dir! {S2.ini}",

    "ÜBERGABE Fall {KDNR} – von Team Markt zu Team Integration\nGrund: Profillage verschoben, multiple "
    "Hemmnisse (Schulden, Wohnung, Gesundheit).\nBisherige IFK: {S1.rev}\nNeue IFK: {S2.rev}\n"
    "Nächster Termin bereits vereinbart: {D:noyear}",

    "@2 Vertretungsvermerk: Kollege {S1m.sur} ist bis {D:num} krank. Ich habe die Fälle seiner BG-Liste "
    "übernommen, darunter BG {BG}. Dringend: Weiterbewilligung läuft aus, WBA liegt unbearbeitet im Eingangskorb.",

    # ---------------------------------------------------------------- B. speech recognition dictation
    "[diktiert, Spracherkennung] [Herr|Frau] {C.sur} Komma geboren am {BD:num} Komma erscheint heute pünktlich "
    "Punkt neuer Absatz es wurde über die Bewerbung bei {CO} gesprochen Punkt die Firma hat noch nicht "
    "geantwortet Komma [Herr|Frau] {C.sur} will selber nach Haken Punkt",

    "Diktat Außendienst: ich war heute in der {STR} und habe dort niemanden angetroffen Punkt am Briefkasten "
    "steht der Name {T1.full} und daneben handschriftlich {C.sur} Punkt Nachbarin sagt die wohnen da beide "
    "seit Sommer Punkt Ende Diktat",

    "[Diktat] Telefonat mit der Vermieterin Frau {T1f.sur} Komma sie teilt mit dass die Miete für {D:wordsny} "
    "nicht eingegangen ist Komma Kontoverbindung der Vermieterin {IBANo} Punkt ich habe erklärt dass wir nur "
    "direkt zahlen wenn eine Abtretung vorliegt",

    "Spracherkennung hat Fehler gemacht, bitte nicht wundern: '[Herr|Frau] Wahn Geld' = Wohngeld. Also: "
    "[Kunde|Kundin] {C} stellt Antrag auf Wohngeld bei der {INST}, Bescheid kam am {D}. Rückfrage dort "
    "unter {PHl}.",

    "diktiert: Teilnehmerin {T1f.full} aus dem Kurs hat angerufen Fragezeichen nein Ausrufezeichen sie hat "
    "angerufen Punkt es geht um die Fahrgemeinschaft mit [Herrn|Frau] {C.sur} Punkt Kennzeichen des Wagens "
    "{KFZ} Punkt Fahrtkosten werden nur einmal erstattet",

    "[Spracherkennung] [Kunde|Kundin] ruft an wegen Kindergeld Komma die Familienkasse hat die Zahlung für Tochter "
    "{R1f.given} eingestellt Komma Kind geboren {BDs} Komma Schulbescheinigung fehlt Punkt ich habe die "
    "Nummer der Familienkasse gegeben",

    "[Diktat, ungeprüft] Termin mit {C.full} Punkt Thema Chancenkarte des Ehemanns {T1m.full} Komma der noch "
    "in {ADRf} lebt Punkt Visum beantragt am {D:num} Punkt Deutschkurs A2 ist vorhanden Punkt",

    # ---------------------------------------------------------------- C. letters copied in
    "Schreiben der Vermieterin, abgetippt:\n\"An das Jobcenter,\nich bestätige hiermit, dass "
    "[Herr|Frau] {C.full} seit dem {D:words} die Wohnung im Erdgeschoss links, {ADR}, bewohnt. Die "
    "Kaltmiete beträgt {EUR}. Freundlich grüßt Ihre {T1f.full}\"",

    "Kopie Brief Hausverwaltung ({CO}):\nBetr.: Mieterhöhung nach § 558 BGB, Mietobjekt {STR}\n"
    "Mieter: {C.REV}\nAb dem {D:num} erhöht sich die Grundmiete um {EUR}. Rückfragen an {T1.full}, "
    "Tel. {PHl}.",

    "Arztbrief (Auszug, vom Kunden vorgelegt):\n{INSTk}, Innere Medizin – Dr. med. {T1.sur}\n"
    "Pat.: {C.rev}, geb. {BD}\nDiagnosen: terminale Niereninsuffizienz, Hämodialyse 3x/Woche (Mo/Mi/Fr "
    "vormittags). Arbeitsfähigkeit für leichte Tätigkeiten nachmittags gegeben.",

    "Attest (abgeschrieben):\nHiermit wird bescheinigt, dass [Herr|Frau] {C.full}, geb. {BD:num}, wohnhaft "
    "{ADR}, aus gesundheitlichen Gründen bis einschließlich {D:num} keine Termine wahrnehmen kann.\n"
    "Praxis Dr. {T1.sur}, Allgemeinmedizin",

    "Schulbescheinigung der {INSTs} für {R1.full}, geb. {BDs}: besucht im Schuljahr 2025/26 die "
    "Klasse 8b. Unterschrift Schulleitung {T1.gsur}. Eingang bei uns {D:yy}.",

    "@f Brief der Schule an die Mutter, Kopie hier wegen BuT: \"Liebe Frau {C.sur}, die Klassenfahrt nach "
    "Borkum findet vom {D:noyear} bis {D:num} statt. Bitte überweisen Sie {EUR} an den Förderverein, IBAN "
    "{IBANo}. Ihre Klassenlehrerin {T1f.full}\"",

    "Ladung des {INSTc} (Az. S 14 AS 233/25) in Sachen {C.full} ./. Jobcenter: Termin zur mündlichen "
    "Verhandlung am {D:words}, 10:30 Uhr, Saal 2. Vertreter für uns: {S1.full}.",

    "Vergleich vor dem {INSTc}, Protokoll Seite 2 (abgeschrieben):\n1. Der Beklagte hebt den Bescheid vom "
    "{D:num} auf.\n2. Die Klägerin, [Herr|Frau] {C.sur}, nimmt die Klage im Übrigen zurück.\n3. Kosten: "
    "keine Erstattung.",

    "Beschluss Amtsgericht – Betreuungssache: Als Betreuerin für Vermögenssorge und Behördenangelegenheiten "
    "wird {T1f.full}, {ADRx}, bestellt. Betroffene(r): {C.full}. Schreiben künftig an die Betreuerin, "
    "Tel. {PH:T1}.",

    "Kündigungsschreiben des Arbeitgebers (Kopie): {COo}, {ADRx}\nSehr geehrte/r {C.full},\nhiermit "
    "kündigen wir das Arbeitsverhältnis fristgerecht zum {D:num}. gez. {T1.full}, Inhaber",

    "Bescheinigung der Kirchengemeinde: [Herr|Frau] {C.full} leitet seit {D:words} ehrenamtlich den Chor der {INSTn:ge}. Aufwandsentschädigung monatlich {EUR}. Pastor {T1m.sur}",

    # ---------------------------------------------------------------- D. Service-Center tickets, callback lists
    "SC-Anliegen #{NR}-44{NR}\nKategorie: Leistung / Zahlung\nAnrufer: {C.rev}\nRückrufnr.: {PH}\n"
    "Text: Geld für diesen Monat nicht da, [Kunde|Kundin] sehr aufgebracht. Bitte heute noch zurückrufen.\n"
    "Erfasst: SC West, {D:num} {UHR}",

    "Service-Center Weiterleitung\nAnliegen: Terminabsage\nKd.-Nr.: {KDNR}\nName lt. Anrufer: {C.caps}\n"
    "Grund: hat am gleichen Tag Vorstellung bei {CO}\nRR gewünscht: nein",

    "Rückrufliste Mittwoch ({S1.ini}):\n1) {T1.rev} – {PHm} – wg. Bildungsgutschein\n2) {C.rev} – {PH} – "
    "Kontoänderung\n3) {T2.rev} – {PHl} – Arbeitgeber, Stelle Lagerhelfer",

    "Ticket aus dem SC: Anruferin gibt an, Schwester [des Kunden|der Kundin] zu sein ({R1f.full}). "
    "Möchte wissen, ob Unterlagen angekommen sind. Keine Auskunft erteilt (keine Vollmacht). Nummer der "
    "Anruferin: {PHm}.",

    "SC-Notiz: [Kunde|Kundin] meldet sich über Auslandsnummer ({PHf}), hängt in {ADRf} fest, Rückflug erst "
    "{D:num}. Ortsabwesenheit war nicht beantragt. Bitte mit TL {S1.sur} klären.",

    "RR erledigt {D:short} {UHR} – Kd. {C.gsur} nicht erreicht, Mailbox voll. 2. Versuch morgen. "
    "Alternativ Mail an {EM}.",

    # ---------------------------------------------------------------- E. intake checklists with ticks
    "Checkliste Erstgespräch\n☑ Personalausweis/Pass gesehen (Nr. {ID})\n☑ Meldebescheinigung\n☐ "
    "Mietvertrag\n☑ Kontoverbindung: {IBAN}\n☐ Krankenversicherung – Kd. will zu {INSTn:kk} wechseln\n"
    "☑ Datenschutzhinweis ausgehändigt",

    "Aufnahmebogen (ausgefüllt mit Kd.):\n[x] Name: {C.REV}\n[x] Geb.-Datum: {BD}\n[x] Anschrift: {ADR}\n"
    "[ ] Telefon – hat derzeit keins\n[x] E-Mail: {EM}\n[ ] Führerschein",

    "Checkliste Unterlagen Weiterbewilligung\n✔ Kontoauszüge 3 Monate\n✔ Lohnabrechnung {CO}\n✘ Nebenkostenabrechnung (Vermieter)\n✔ Steuer-ID angegeben: {TAX}\nfehlende Unterlagen angefordert bis {D}",

    "Intake Chancenkarte/Anerkennung – abgehakt:\n☒ Abschluss übersetzt\n☒ Zeugnisbewertung vom {D:num}\n☐ "
    "Sprachzertifikat B1 (Prüfung {D:noyear} bei {INST})\n☒ Passkopie {PASS}",

    "Rehab-Checkliste: [x] Reha-Antrag gestellt am {D} | [x] ärztl. Befund {INSTk} | [ ] Gutachten "
    "BPS | [x] Schwerbehindertenausweis, GdB 50, ausgestellt {D:yy}",

    "@2 Checkliste Umzug:\n☑ Wohnungsangebot {ADRx}\n☑ Mietobergrenze geprüft (passt)\n☐ Zusicherung erteilt\n"
    "☑ Umzugsfirma: {CO}, Angebot {EUR}\n☐ Kaution – Darlehen? BG {BG}",

    # ---------------------------------------------------------------- F. plain text tables with pipes
    "Eigenbemühungen (vom Kunden vorgelegt, abgetippt):\n| Datum | Firma | Ergebnis |\n| {D:short} | {CO} | "
    "Absage |\n| {D:short} | Lagerhalle am Hafen (Name vergessen) | keine Antwort |\n| {D:short} | {CO} | Vorstellungsgespräch |",

    "| Person | Geb. | Rolle |\n|---|---|---|\n| {C.rev} | {BD} | Antragsteller/in |\n| {R1.rev} | {BDx} | "
    "Partner/in |\n| {R2.given} | {BDc} | Kind |",

    "Fahrtkosten | Datum | Strecke | km\n{D:num} | {STR} → {INST} | 18\n{D:num} | {STR} → Vorstellungsgespräch | 26\n"
    "Summe 44 km, Kennzeichen {KFZ}",

    "Kontaktliste Netzwerk (Stand {D:yy}):\nSchuldnerberatung | {T1.full} | {PHl}\nSuchtberatung | "
    "{T2.full} | {EM:T2}\nWohnungsnotfallhilfe | {T3.gsur} | {PHl}",

    "Zahlungen | an | IBAN | Betrag\nMiete | {T1.full} | {IBANo} | 480,00\nStrom | {CO} | {IBANo} | 62,00",

    "Termine im Überblick:\n| {D:noyear} | Beratung | erschienen |\n| {D:noyear} | Gruppeninfo {INST} | nicht "
    "erschienen |\n| {D:noyear} | Vorstellung Arbeitgeber | erschienen |",

    # ---------------------------------------------------------------- G. telegraphic style
    "Kd. ersch. pünktl., VV {CO} ausgeh., KoP fortgeschr., nä. Termin {D:noyear}.",

    "Kd. n. ersch., keine Entsch., RFB lt. Einl. v. {D:short}, Anh. eingel.",

    "Tel. m. AG {CO} ({T1.gsur}): Kd. hat Probearbeit abgebrochen, 2. Tag n. mehr ersch. → Rückspr. m. Kd.",

    "Kd. ersch. m. Dolm. ({T1.full}), Anliegen: Übernahme Kaution, Unterl. unvollst., WV {D:noyear}.",

    "BewA gepr., 7 Bew. nachgew., davon 2 bei {CO}, ok. Fahrtko. 23,40 € angew.",

    "@2 KdU-Änd.: neue Miete ab {D:num}, VM {T1.sur}, IBAN neu {IBANo}. Änd.-Bescheid BG {BG} veranl.",

    "AU bis {D:noyear} lt. {INSTk}, Termin verlegt. Kd. tel. erreichbar {PH}.",

    "Kd. ersch. unangem., will Vorschuss, abgel. (kein Bedarf glaubh.), verw. an {INSTn:wf}.",

    "EGZ-Antrag {CO}, AP {T1.full}, {PHl}, Einst. geplant {D:num}, Lohn 2.450 brutto.",

    "Kd. {C.sur}: GWO-Schein (Höhenarbeit Windkraft) vorh., sucht Stelle Servicetechniker, VV an {CO} + zwei weitere.",

    "Mtg. Kd. – Sohn {R1m.given} Ausbildung b. {CO} ab {D:num}, Einkommen anrechnen, Änd.-Mitt. fehlt.",

    "EL ges., Kd. legt Bescheinigung {INST} vor, Maßn.-Beginn {D:noyear}, TN-Nr. 17.",

    "Kd. tel.: Auto def., {KFZ} abgemeldet, Fahrt zum AG nicht mögl. – Prüfung Mobilitätshilfe.",

    "Kd. zieht um n. {ADRx} zum {D:noyear}, Zust. wechselt, Akte abgeben.",

    # ---------------------------------------------------------------- H. forwarded mail threads
    "---------- Weitergeleitete Nachricht ----------\nVon: {T1.full} <{EM:T1}>\nGesendet: {D:num} 08:12\n"
    "An: {S1.rev}\nBetreff: AW: Bewerbung {C.full}\n\nGuten Morgen, wir würden [Herrn|Frau] {C.sur} gern "
    "zum Probetag einladen. Ist das über Sie möglich?",

    "Von: {S1.full}\nAn: {S2.full}\nCc: Teampostfach Leistung\nBetreff: Kd.-Nr. {KDNR} – Doppelzahlung\n\n"
    "Hi, bei [Herrn|Frau] {C.sur} ist zweimal Regelbedarf raus. Bitte Erstattung prüfen. Gruß {S1.given}",

    "Weitergeleitet von {S1.gsur}:\n> Von: {EMco}\n> Betreff: Rückmeldung Vermittlungsvorschlag\n> Leider "
    "haben wir uns für einen anderen Bewerber entschieden. Beste Grüße – Team Recruiting, {CO}",

    "Mail-Verlauf (gekürzt):\nVon: {C.full} [{EM}]\nAn: Postfach Jobcenter\nBetreff: Kündigung Wohnung\n"
    "Text: mein Vermieter hat mir gekündigt zum {D:num}, was soll ich tun?\n---\nVon: {S1.full}\nAntwort: "
    "Bitte kommen Sie mit dem Schreiben am {D:noyear} in die Sprechstunde.",

    "Von: {EM:T1}\nGesendet: {D:us}\nTo: {EM:S1}\nSubject: Reference for {C.full}\n\nDear Sir or Madam, "
    "I confirm that [he|she] worked for {CO} as a care assistant. Kind regards, {T1.full}",

    "FW: FW: Anfrage Ausländerbehörde\nUrsprünglich von: {T1.full} ({INST})\nFrage: Bezieht [Herr|Frau] "
    "{C.full}, geb. {BD}, Leistungen? Antwort nur mit Einwilligung, Kd. informiert am {D}.",

    "Von: {S1.full} im Auftrag von Team 4\nAn: {S2.rev}; {S3.rev}\nBetreff: Urlaubsvertretung KW 33\n\n"
    "Bitte beachtet bei {C.gsur} (Kd.-Nr. {KDNR}): Rückzahlung in Raten vereinbart, erste Rate {D:num}.",

    "Outlook-Kopie:\nVon: \"{T1.full}\" <{EMco}>\nBetreff: Praktikum {C.given}\nHallo zusammen, "
    "Praktikum verläuft gut, Verlängerung bis {D:num} möglich? LG {T1.given}",

    # ---------------------------------------------------------------- I. OCR'd scans with broken characters
    "@o [OCR-Text aus Scan] Bescheinigung des Arbeitgebers. Hiermit bestätigen wir, dass {C.full} bei uns "
    "vom {D:num} bis {D:num} als Produktionshelfer beschäftigt war. {COb}, Personalabteilung",

    "@o [eingescannt, automatische Texterkennung] Mietbescheinigung – Vermieter: {T1.full}, {ADRx}; Mieter: "
    "{C.full}; Wohnfläche 54 qm; Miete monatlich {EUR}; Datum {D:num}",

    "@o OCR Lohnabrechnung: Name {C.REV} Pers.-Nr. 4471 Steuer-ID {TAX} SV-Nr. {RV} Eintritt {D:num} "
    "Firma {CO}",

    "@o Scan Kontoauszug Seite 1: Kontoinhaber {C.full} IBAN {IBAN} Gutschrift Lohn {CO} Lastschrift "
    "Miete an {T1.full}",

    "@o [Texterkennung, Qualität schlecht] Zeugnis der {INSTs} für {R1.full}, geboren am {BDs}, Versetzung gefährdet. Klassenleitung {T1.gsur}",

    "@o Scan Rentenbescheid: Versicherungsnummer {RV}, Versicherte(r) {C.full}, Anschrift {ADR}, "
    "Rentenbeginn {D:num}",

    "@o OCR Bescheid Ausländerbehörde: Herr/Frau {C.full}, geb. {BD}, Staatsangehörigkeit siehe Pass "
    "{PASS}, Aufenthaltserlaubnis gültig bis {D:num}",

    # ---------------------------------------------------------------- J. several households
    "@2 Wohnung {STR}: dort wohnen zwei Bedarfsgemeinschaften. BG 1 = [Herr|Frau] {C.sur} (BG {BG}), BG 2 = "
    "{T1.full} mit zwei Kindern (BG {BGx}). Mietanteile nach Köpfen aufteilen, Mietvertrag läuft auf "
    "{T1.sur}.",

    "@2 Haushaltsprüfung: Kd. {C.full} lebt mit Mutter {R1f.full} (Rente) und Bruder {R2m.given} "
    "(eigene BG {BGx}) zusammen. Keine Verantwortungsgemeinschaft lt. Aussage.",

    "@2 Außendienst: im Haus {ADR} drei Klingelschilder, 1. OG {C.sur}, 2. OG {T1.sur} (bekannt, BG "
    "{BGx}), DG {T2.sur}. Wohnungen getrennt, eigene Briefkästen.",

    "@2 Untermiete: [Kunde|Kundin] wohnt zur Untermiete bei {T1.full} (nicht im Leistungsbezug). "
    "Untermietvertrag vom {D:num}, Zahlung bar – Quittungen fehlen. Zweite Untermieterin {T2f.full}, "
    "BG {BGx}.",

    "@2 WG-Prüfung {STR}: Mitbewohner {T1m.full} (Student, BAföG) und {T2.full} (eigene BG {BGx}). "
    "Getrennte Kühlschrankfächer, keine gemeinsame Kasse. Keine BG mit [Kunde|Kundin].",

    "Familienverbund in einem Haus in {TOWN}: Eltern {T1m.sur} (Erdgeschoss), Tochter mit Familie "
    "(1. OG), [Kunde|Kundin] {C.full} im Souterrain. Zufahrt gemeinsam, Fahrzeug {KFZ} gehört dem Vater.",

    # ---------------------------------------------------------------- K. business cards typed up
    "Visitenkarte vom Arbeitgeberfrühstück abgetippt:\n{T1.full}\nLeitung Personal\n{CO}\n{ADRx}\n"
    "Tel. {PHl} · Mobil {PHm}\n{EMco}",

    "Visitenkarte (Messe Ausbildung & Beruf):\n{COo}\nInh. {T1.full}\nMeisterbetrieb seit 1987\n"
    "Mobil {PHm} – für Praktikum [des Kunden|der Kundin] anrufen.",

    "Karte hinterlassen von {T1.full} ({INSTn:wf}), Familienlotsin – Rückruf erbeten unter {PHm} oder "
    "{EM:T1}.",

    # ---------------------------------------------------------------- L. mail-merge leftovers
    "Einladung erstellt (Serienbrief, Feld nicht gefüllt): «Anrede» {C.sur}, bitte kommen Sie am {D:wordsny} "
    "um {UHR} Uhr in Raum 214. «Ansprechpartner»: {S9.full}",

    "Textbaustein fehlerhaft übernommen: \"Sehr geehrte/r Herr/Frau <<Nachname>>\" – korrigiert auf "
    "[Herr|Frau] {C.sur} und neu versandt an {ADR}.",

    "Schreiben an {C.full} ging an alte Anschrift ({ADRx}) zurück, weil Adressfeld aus Vorlage von "
    "{D:num} stammte. Neu an {STR}.",

    # ---------------------------------------------------------------- M. Wiedervorlagen / to-do lines
    "WV {D:noyear}: Nachweis Kinderbetreuung ({R1.given}, {INST:=Kita}) – ohne Nachweis keine Maßnahme ab {D:num}.",

    "To-do (für mich): 1) {T1.full} von der {INST} zurückrufen 2) Fahrtkosten {C.sur} 3) VV rausschicken",

    "WV 14 Tage – Rückmeldung {CO} zu Eingliederungszuschuss, AP {T1.gsur}, {PHl}.",

    "Frist notiert: Widerspruch [des Kunden|der Kundin] vom {D:num} → Abhilfeprüfung bis {D:num}, "
    "Sachbearbeitung {S1.sur}.",

    # ---------------------------------------------------------------- N. situations: dialysis, forestry, wind ...
    "Kd. {C.full} ist Dialysepatient/in (Mo, Mi, Fr 7–12 Uhr, {INSTk}). Suche nur Nachmittagsstellen. "
    "Arbeitgeber {CO} bietet 15 Std./Woche ab 14 Uhr an. Kontakt {T1.full}.",

    "Transplantationsliste: [Kunde|Kundin] wartet auf Spenderniere, muss jederzeit erreichbar sein "
    "({PH}). Keine Maßnahmen mit Übernachtung. Arztbericht {INSTk} vom {D}.",

    "Borkenkäfer-Aufarbeitung: Forstbetrieb {COo} sucht Helfer für Holzernte und Rückearbeiten im "
    "Wald bei {TOWN}. Kd. hat Motorsägenschein (Modul A+B). Vorstellung bei {T1.full} am {D:noyear}.",

    "Weihnachtsbaumkultur {COo}: Saisonarbeit Oktober bis Mitte Dezember (Schlagen, Netzen, Verladen). "
    "[Kunde|Kundin] war letztes Jahr schon dort. Chef {T1m.full}, {PHm}.",

    "Windpark-Service {CO}: [Kunde|Kundin] hat Höhentauglichkeit G41 bis {D:num}, fehlt noch GWO Basic. "
    "Bildungsgutschein beantragt, Träger {INST}.",

    "Imkerei als Nebenerwerb: Kd. verkauft Honig (ca. 30 Völker) auf Wochenmarkt {TOWN} und über {COp}. Einnahmen-Überschuss-Rechnung angefordert, Steuer-ID {TAX}.",

    "Fleischbetrieb: Kd. war über Werkvertrag bei {CO} im Zerlegebetrieb, seit 2021 direkt angestellt. "
    "Jetzt Kündigung nach Bandscheiben-OP ({INSTk}).",

    "Chancenkarte: Ehepartner/in {T1.full} lebt noch in {ADRf}, Punkte nach Anerkennung ausreichend. "
    "[Kunde|Kundin] fragt, ob Einkommen nach Zuzug angerechnet wird. Hinweis gegeben.",

    "Westbalkanregelung: Bauunternehmen {CO} will Cousin [des Kunden|der Kundin], {T1m.full}, "
    "einstellen. Vorabzustimmung der BA liegt vor ({D:num}). Unterkunft bei Kd. in {STR} geplant.",

    "Beschäftigungsduldung beantragt bei {INST}, Arbeitgeber bestätigt 35 Wochenstunden. Duldung "
    "[des Kunden|der Kundin] bis {D:num}, Pass {PASS} bei Behörde hinterlegt.",

    "Anerkennung Pflegefachkraft (Ausbildung in Indonesien): Kenntnisprüfung bei {INSTk} am {D:num} "
    "durchgefallen, zweiter Versuch {D:noyear}. Bisher Arbeit als Pflegehelfer/in bei {CO}.",

    "Berufskraftfahrer-Anwerbung Kenia: Kd. kam über Programm {COn}, Führerscheinumschreibung C/CE "
    "scheitert an Fahrprüfung. Fahrschule {COo}, Prüftermin {D:num}.",

    "Ramen-Bar {COn} sucht Küchenhilfe (Minijob), [Kunde|Kundin] {C.given} hat Erfahrung aus Osaka. "
    "Inhaberin {T1f.full}, Tel. {PHl}.",

    "Nebentätigkeit Karatetrainer/in beim {INSTn:ge}: Übungsleiterpauschale, Bestätigung vom {D:num} "
    "liegt vor, unterschrieben {T1.full} (Vorstand).",

    "Selbstständigkeit Batik-Werkstatt: Verkauf über {COp} und Märkte. Gewerbeanmeldung vom "
    "{D:num}, Finanzamt-Steuernr. fehlt, Steuer-ID {TAX}.",

    "Krimtatarische Familie, aus der Ukraine geflüchtet 2022: [Kunde|Kundin] {C.full}, Sohn {R1m.given} (geb. {BDs}) besucht {INSTs}. Aufenthalt § 24, Fiktionsbescheinigung bis {D:num}.",

    "Gagausische Saisonkräfte mit bulgarischem Pass: [Kunde|Kundin] {C.full} (Ausweis {ID}) war bei "
    "{COo} in der Ernte. Arbeitgeber zahlte in bar, Lohnzettel fehlen.",

    "Erbschaft in Nordmazedonien: Kd. erbt Haus von Großmutter in {ADRf}. Verkehrswert unklar, Schätzung "
    "angefordert, Anwalt vor Ort {T1.full}, Tel. {PHf}.",

    "Venezolanische Familie: Asylverfahren läuft, Anhörung im Asylverfahren am {D:num}. [Kunde|Kundin] {C.full} "
    "arbeitete in Maracaibo als Buchhalter/in, Zeugnisse bei Tante {T1f.full} in {ADRf}.",

    "Kolumbianische Fachkraft (Elektro), Einreise {D:num}, Probezeit bei {CO} nicht bestanden. Arbeitslos "
    "gemeldet, Anspruch ALG I prüfen.",

    "@3@f Japanische Expat-Ehefrau, nach Trennung vom Mann ({T1m.full}, Firma {COb}) eigenes "
    "Aufenthaltsrecht; arbeitsuchend gemeldet {D:num}. Deutsch B2, Japanischlehrerin an {INST}.",

    "Simbabwische Pflegekraft, angeworben über {COn}, Anerkennungsbescheid vom {D:num}, kündigt wegen "
    "Mobbing in {INSTk}. Stationsleitung {T1.full} hat Gespräch abgelehnt.",

    "@f Ruandische Studentin, Studium in {TOWN} abgebrochen, Wechsel in SGB II seit {D:num}. Stipendium über {INSTn:wf} ausgelaufen. Mentorin {T1f.full}.",

    "Hospizarbeit über {INSTn:wf}: [Kunde|Kundin] macht Sterbebegleitung ehrenamtlich (Kurs abgeschlossen {D:num}). "
    "Kein Einkommen. Koordinatorin {T1f.gsur}.",

    "Schützenfest {TOWN}: Aushilfe Thekenwagen bei {COo}, 3 Tage, Lohn bar. Kd. meldet Einkommen "
    "freiwillig, Quittung von {T1.full}.",

    "Kirmes-Aushilfe Autoscooter (Schaustellerbetrieb {COo}), tageweise. Kd. fährt mit der Familie "
    "mit bis {D:num}, danach wieder in {STR}.",

    "Wohnungsauflösung nach Tod der Mutter ({R1f.full}, verst. {D:num}): Kd. muss Wohnung in {ADRx} "
    "räumen, Entrümpelungsangebot {EUR}. Erbe ausgeschlagen beim {INSTc}.",

    "Messie-Wohnung: Vermieter {T1.full} droht mit fristloser Kündigung, Frist {D:num}. Hilfe über {INSTn:wf} angefragt, Ansprechpartner {T2.full} ({PHl}).",

    "Zwangsräumung angekündigt: Gerichtsvollzieher {T1m.sur} vom {INSTc} – Räumungstermin {D:words}. "
    "Fachstelle Wohnungssicherung informiert.",

    "Mutter-Kind-Kur bewilligt ({INSTn:kk}), Zeitraum {D:noyear}–{D:num}, Einrichtung an der Ostsee. Maßnahme ruht solange.",

    "Lottogewinn? [Kunde|Kundin] erzählt von {EUR} Gewinn bei Rubbellos. Als Einkommen im Zuflussmonat "
    "anrechnen. Nachweis Annahmestelle {COn}.",

    # ---------------------------------------------------------------- more mixed styles
    "Gesprächsnotiz nach Begleitung zum Vorstellungsgespräch bei {CO} ({ADRx}): Gespräch mit "
    "Schichtleiter {T1m.full} lief gut, [Kunde|Kundin] soll Führungszeugnis bringen. Start evtl. {D:num}.",

    "Sachverhalt: Kd. hat Nebeneinkommen bei {CO} nicht angegeben (DALEB-Treffer).\nWürdigung: "
    "Vorsatz nicht erkennbar, Kd. dachte Minijob sei frei.\nEntscheidung: Erstattung {EUR}, Anhörung "
    "vom {D:num}.",

    "Aktenvermerk nach Akteneinsicht durch RA {T1.sur} (Kanzlei {COo}) am {D:num}: Kopien Bl. 1–87 "
    "gefertigt. Vollmacht für {C.full} liegt vor.",

    "Kurze Info von der Infotheke ({S1.gsur}): {C.full} hat neue Handynummer: {PHm}. Bitte in VerBIS "
    "ändern.",

    "[Kunde|Kundin] {C.full} gibt Änderung der Bankverbindung bekannt: neu {IBAN}, Konto bei der Volksbank? – nein, Direktbank. Alte IBAN löschen.",

    "Steuer-Identifikationsnummer für Minijob benötigt – Kd. kennt sie nicht. Von uns mitgeteilt: {TAX} "
    "(Mitteilungsschreiben zur IdNr. vom {D}).",

    "SV-Ausweis verloren, Kd. hat Rentenversicherungsnummer nur auf altem Lohnzettel: {RV}. Arbeitgeber "
    "{CO} informiert.",

    "Kd. legt Pass vor: {PASS}, ausgestellt Konsulat, gültig bis {D:num}. Ausweis {IDx} (Ehepartner/in) "
    "ebenfalls kopiert.",

    "Führerscheinumschreibung: ausländischer FS (Klasse B) gültig nur 6 Monate ab Wohnsitznahme {D:num}. "
    "{INST:=Führerscheinstelle}, Sachbearbeiter {T1.gsur}.",

    "Kfz-Prüfung (Vermögen): Fahrzeug {KFZ}, Baujahr 2011, Wert ca. 2.500 € – angemessen. Halter lt. "
    "Schein {C.full}.",

    "Bußgeldbescheid vorgelegt: Fahrzeug {KFZ} geblitzt am {D:num} auf der B 54. Kd. will Ratenzahlung "
    "beim {INST} beantragen.",

    "Kd. fährt mit Kollegen {T1m.full} (Fahrzeug {KFZ}) zur Frühschicht, Fahrtkostenpauschale geklärt.",

    "Geburt des Kindes {R1.given} am {BDc}: Geburtsurkunde vom {INST:=Standesamt} liegt vor. Elterngeld beantragt.",

    "Partner/in {R1.full} (geb. {BDx}) zieht zum {D:num} ein – BG neu berechnen, Einkommen {CO}.",

    "[Kunde|Kundin] ist Zeuge/Zeugin bei Verhandlung vor dem {INSTc} am {D:num}, Terminverlegung erbeten.",

    "Nachricht von {S1.full} (Reha-Team): Gutachten {INSTk} da, LTA grundsätzlich möglich, Kd. am {D} "
    "einladen.",

    "Teamleitung {S8.gsur}: Vier-Augen-Prüfung Darlehen für {C.full} ({EUR}) – genehmigt am {D:num}.",

    "Info an {S9.full} von {S1.full}: Kd. {C.sur} war heute in der Eingangszone, wollte dich sprechen, "
    "kommt {D:noyear} wieder.",

    "Rückruf {T1.full} ({INSTn:wf}, Migrationsberatung): begleitet [den Kunden|die Kundin] zum nächsten "
    "Termin, E-Mail {EM:T1}.",

    "Vorstellung beim Zeitarbeitsunternehmen {COz} am {D:num}, Disponentin {T1f.full}, Einsatz bei "
    "{COb} im Lager ab {D:noyear}.",

    "Kd. pflegt die Mutter des Ehepartners, {T1f.full} (Pflegegrad 3) in {ADRx}, 20 Std./Woche – Vermittlung nur in "
    "Teilzeit zumutbar.",

    "Nachbarin {T1f.full} gibt Post für [den Kunden|die Kundin] ab, Kd. sei für 2 Wochen in {ADRf}. "
    "Keine Ortsabwesenheit beantragt.",

    "Kd. lebt im Frauenhaus ({INST}), Anschrift nicht weitergeben! Post an Kontaktstelle {ADRx}.",

    "[Herr|Frau] {C.sur} berichtet über Schulden bei {CO} und beim Versandhandel, Termin Schuldnerberatung bei "
    "{T1.full} am {D:noyear}.",

    "Pfändung: Pfändungs- und Überweisungsbeschluss des {INSTc} vom {D:num}, Gläubiger {CO}. "
    "P-Konto-Bescheinigung für IBAN {IBAN} ausgestellt.",

    "Ehemaliger Arbeitgeber {CO} schuldet noch zwei Monatslöhne; Klage beim {INSTc} eingereicht "
    "{D:num}, Insolvenzgeld-Antrag vorsorglich.",

    "Anruf von {T1.full}, Kita-Leitung {INST}: [Kunde|Kundin] hat Betreuungsvertrag unterschrieben, "
    "Beginn {D:num}.",

    "Bewerbung über Portal {COb} – automatische Eingangsbestätigung weitergeleitet: \"Vielen Dank "
    "für Ihre Bewerbung, {C.full} (Ref. 2025-3381).\" Nächster Schritt Onlinetest bis {D:num}.",

    "Bewerbermanagement-Mail an Kd.: \"Hallo {C.given}, Ihr Interview ist am {D:us} um 10:00.\" "
    "Absender {EMco}.",

    "Telefonat mit Betreuerin im Wohnheim ({INSTn:wf}), {T1.full}: [Kunde|Kundin] wird ab {D:num} im "
    "Ambulant Betreuten Wohnen in {STR} begleitet.",

    "Erwerbsfähigkeit strittig: Gutachten ÄD (Dr. {T1.sur}) unter 3 Std. täglich, Widerspruch [des "
    "Kunden|der Kundin] vom {D:num}. Weiterleitung an {INSTn:rv}.",

    "Sprachkurs beim Träger {INST}: Lehrkraft {T1.full} meldet 40 % Fehlzeiten im Monat, Gespräch "
    "am {D:noyear}.",

    "@3 Kd. meldet sich arbeitsuchend nach Kündigung durch den Arbeitgeber zum {D:num}. Arbeitsbescheinigung "
    "fehlt, AG-Kontakt {T1.full} ({PHl}).",

    "@3 Persönlich arbeitslos gemeldet am {D:num}. Letzter AG {COb}, Beschäftigungsdauer 6 Jahre. "
    "Anspruch ALG 12 Monate. Bankverbindung {IBAN}.",

    "@3 Sperrzeitprüfung: Eigenkündigung bei {CO} wegen Umzug zum Partner {T1m.full} nach {TOWN}. "
    "Wichtiger Grund geprüft, anerkannt.",

    "@3 Beratung Beschäftigte: Kd. arbeitet noch bei {COo} bis {D:num}, Weiterbildung Fachkraft "
    "Lagerlogistik geplant, Träger {INST}.",

    "@3 Gründungszuschuss: Businessplan Reinigungsdienst {COn}, Stellungnahme Kammer ({INSTn:ka}) vom {D:num}, "
    "Steuer-ID {TAX}.",

    "@3 Kurzarbeit bei {COb} beendet, Kd. zum {D:num} entlassen, Transfergesellschaft {COn}.",

    "@3 Teilarbeitslosengeld? Kd. hatte zwei Jobs, einer bei {CO} endete am {D:num}. Nachweise fehlen.",

    "@3 Vermittlungsvorschlag Berufskraftfahrer CE an {CO}, AP {T1.full}, Mail {EMco}.",

    "@3 Rentennahe Kundin/Kunde: Rentenauskunft {INSTn:rv} mit VSNR {RV}, Altersrente ab {D:num} möglich.",

    "@3 Beratung Berufsrückkehrerin/-rückkehrer nach Pflegezeit: letzte Tätigkeit {CO}, Wiedereinstieg "
    "Teilzeit ab {D:num}. Kinderbetreuung durch Oma {R1f.full}? – nein, Großmutter väterlicherseits "
    "{T1f.full}.",

    "@2 Leistungsminderung 10 % nach Meldeversäumnis am {D:num}, Anhörung ohne Antwort. BG {BG}.",

    "@2 Mehrbedarf Ernährung (Dialyse) beantragt, Attest {INSTk}, Kd.-Nr. {KDNR}.",

    "@2@f Erstausstattung Baby: Antrag vom {D:num}, Geburtstermin {D:num}, Mutter {C.full}, Vater {T1m.full} "
    "(nicht in BG).",

    "@2 Bedarfsgemeinschaft {BG}: Tochter {R1f.given} (geb. {BDc}) zieht aus zu ihrem Freund nach {ADRx}.",

    "@2 Darlehen Mietkaution {EUR} an Vermieter {T1.full}, Konto {IBANo}, Rückzahlung durch Aufrechnung.",

    "@2 Kd. beantragt Übernahme Stromschulden bei {CO}, Sperrandrohung vom {D:num}. Kundennr. beim "
    "Versorger 88104. BG {BG}.",

    "@2 Heizkosten: Öltank leer, Angebot {CO} über 1.000 l. Kd. {C.gsur}, {ADR}.",

    "@2 Bildung und Teilhabe: Nachhilfe für {R1.given} durch {COn}, Kostenübernahme bis {D:num}.",

    "@2 Abwesenheit vom Wohnort zugestimmt {D:noyear}–{D:num}, Besuch bei Familie in {ADRf}.",

    "@2 Einkommensanrechnung Minijob {CO}, Abrechnung {D:noyear}, Kd.-Nr. {KDNR}, BG {BG}.",

    "@f Mutterschutz ab {D:num}, Entbindungstermin lt. Mutterpass {D:num}, Frauenärztin Dr. {T1f.sur}.",

    "@f Kundin {C.full} ist alleinerziehend, Kindsvater {T1m.full} leistet keinen Unterhalt; Unterhaltsvorschuss bei "
    "{INST} beantragt am {D:num}.",

    "@m Kunde {C.full} hat Sorgerecht für Sohn {R1m.given} bekommen (Beschluss {INSTc} vom {D:num}).",

    "@m Herr {C.sur} kommt mit Arbeitskollegen {T1m.full} zur Beratung, der bei {CO} Vorarbeiter ist.",

    "@f Frau {C.sur} hat Hebamme {T1f.full} als Kontakt angegeben, Tel. {PHm}.",

    "@m Kunde war Berufssoldat in der Ukraine, jetzt als Wachmann bei {CO}, Sachkunde § 34a am {D:num}.",

    # ---------------------------------------------------------------- speech recognition & telegraph, second round
    "[Diktat] die Kundin beziehungsweise der Kunde {C.caps} Doppelpunkt E-Mail-Adresse lautet {EMo} "
    "Punkt bitte Bestätigung dorthin schicken",

    "[Diktiergerät] Telefonnummer des Arbeitgebers wie folgt {PHd} zuständig dort Herr {T1m.sur} "
    "Punkt Rückruf bis Freitag",

    "[Spracheingabe, unkorrigiert] [Kunde|Kundin] nennt Handynummer {PHd}, E-Mail wie bekannt. Termin am "
    "{D:wordsny} bestätigt Punkt",

    "Kd. buchst. Namen: {C.caps} – Kd.-Nr. buchstabiert, im System: {KDNR}.",

    # ---------------------------------------------------------------- mixed with many kinds
    "Antrag auf Leistungen – Datenblatt (abgetippt):\nName, Vorname: {C.rev}\nGeburtsdatum: {BD}\n"
    "Anschrift: {ADR}\nTelefon: {PH}\nE-Mail: {EM}\nIBAN: {IBAN}\nSteuer-ID: {TAX}\nRV-Nr.: {RV}",

    "Stammdatenänderung [des Kunden|der Kundin] {C.full}: alte Tel. {PHm} → neue Tel. {PH}; alte Mail "
    "{EM:T1} → neue Mail {EM}.",

    "Kopie des Aufenthaltstitels: Dokumentennr. {ID}, Name {C.REV}, geb. {BD:num}, Anschrift {ADR}.",

    "Kd. meldet Diebstahl der Geldbörse (Ausweis {ID}, EC-Karte). Anzeige bei {INST:=Polizeiinspektion} am {D:num}. Vorläufiges Dokument beantragt.",

    "Mietvertrag vorgelegt: Vermieter {T1.full}, {ADRx}; Mietobjekt {STR}, Mietbeginn {D:num}; "
    "Miete auf Konto {IBANo}.",

    "Einladung zum Infotag bei {INST} am {D:num}: Teilnehmende {C.full}, {T1.full}, {T2.full} (alle "
    "aus Gruppe Einstieg Pflege).",

    "Profiling: Stärken Kochen, Gastro, Sprachen (Japanisch, Englisch). Zielberuf Koch/Köchin. "
    "Arbeitgeber {COn} angefragt.",

    "Gruppeninformation Chancenkarte am {D:num}, Referentin {S1f.full}, 14 Teilnehmende, davon "
    "[Kunde|Kundin] {C.sur}.",

    "Bewerbungscoaching bei {COn}, Coach {T1.full}, Lebenslauf überarbeitet, Foto neu. Termin 2 am {D:num}.",

    "Praktikumsvertrag mit {COo}: {D:num} bis {D:num}, Praxisanleiter {T1.full}, keine Vergütung.",

    "[Kunde|Kundin] möchte den Beruf der Erzieherin/des Erziehers lernen, Schule {INSTs} hat Platz ab "
    "{D:num}. Aufstiegs-BAföG prüfen.",

    "Besuch beim {INSTn:wf} gemeinsam mit [dem Kunden|der Kundin]: Beraterin {T1f.full} erklärt "
    "Schwerbehindertenrecht. Antrag Gleichstellung.",

    "Rückmeldung aus der Maßnahme {COn}: Teilnehmer/in {C.gsur} seit {D:num} unentschuldigt, "
    "Abbruchmeldung folgt. Kursleiter {T1.full}.",

    "Gesprächsnotiz Arbeitgeber-Service ({S1.full}): {CO} sucht 3 Produktionshelfer, Schicht, "
    "Startdatum {D:num}. [Kunde|Kundin] passt.",

    "Integrationskurs: Kursträger {INST} hat Platz, Kursbeginn {D:num}, Kursnummer 221/25, Einstufung A2.",

    "Kostenübernahme Fahrschule {COo} (Führerschein C), Angebot {EUR}, Einstellungszusage des Speditionsbetriebs liegt vor.",

    "Dolmetscherin {T1f.full} (Kinyarwanda/Französisch) für Termin am {D:num} bestellt über {COn}.",

    "Dolmetscher {T1m.full} (Japanisch) per Video zugeschaltet, Abrechnung über {COn}.",

    "Telefonat mit Konsulat ({INSTn:ko}) wegen Passverlängerung, Termin {D:num}, Gebühr {EUR}.",

    "Geldtransfer nach {ADRf} an Mutter {R1f.full} monatlich 100 € – Kd. fragt nach Absetzbarkeit.",

    "Kd. hat Wohnung in {ADRf} geerbt bzw. Anteil daran. Vermögensprüfung, Unterlagen in Landessprache "
    "mit Übersetzung bis {D:num}.",

    "Arbeitsangebot im Ausland: {COf} (Bau), {ADRf}. Kd. will für 3 Monate hin – Abmeldung prüfen.",

    "Vorheriger Arbeitgeber im Ausland: {COf}, Lohn auf Konto {IBANx}. Nachweise übersetzt.",

    "Kd. hat Konto in der Heimat: {IBANx}. Kontostand laut Auszug vom {D:num} gering. Kein Vermögen.",

    "Rücküberweisung des Arbeitgebers {COf} auf Konto {IBANx} – Betrag unklar, Kd. klärt.",

    "Bruder {R1m.full} schickt Geld aus {ADRf}, Konto {IBANx} – kein Einkommen, da Darlehen? Belege fehlen.",

    # ---------------------------------------------------------------- longer narrative notes
    "Ausführliches Gespräch mit [Herrn|Frau] {C.sur} über die Perspektive nach dem Sprachkurs. "
    "[Er|Sie] möchte gern zurück in die Pflege, hat aber Angst vor der Kenntnisprüfung. Wir haben vereinbart, "
    "dass [er|sie] bei {CO} hospitiert und danach entscheidet. Nächste Beratung {D:num}.",

    "Heute sehr offenes Gespräch. [Kunde|Kundin] erzählt von der Flucht über Polen und dass der Vater "
    "({R1m.full}) noch in {ADRf} lebt. Belastung hoch, Schlafprobleme. Angebot psychosoziale Beratung über {INSTn:wf}.",

    "[Kunde|Kundin] wirkt heute müde und unkonzentriert. Auf Nachfrage: Nachtschichten bei {COb} "
    "zusätzlich zum Minijob. Einkommen bitte prüfen. Keine weiteren Daten genannt.",

    "Es wurde vereinbart, dass [Herr|Frau] {C.sur} bis zum {D:num} drei Bewerbungen schreibt und die "
    "Rückmeldungen im Postfach hochlädt. Die Kollegin {S1f.sur} unterstützt beim Lebenslauf.",

    "Langes Gespräch über Schulden, Spielautomaten, Mietrückstand. [Kunde|Kundin] möchte Hilfe annehmen. "
    "Kontakt zur {INST:=Suchtberatung} vermittelt, erster Termin am {D:noyear}.",

    "Nach zweieinhalb Jahren ohne Kontakt meldet sich [Herr|Frau] {C.full} wieder. Zwischenzeitlich bei "
    "{CO} beschäftigt, dort Insolvenz. Neue Adresse {ADR}. Alles neu aufnehmen.",

    # ---------------------------------------------------------------- staff-heavy internal notes
    "Fallkonferenz (intern): {S1.full}, {S2.full}, {S3.gsur} und ich. Ergebnis: Profillage Stabilisierung, "
    "Coaching über {COn} ab {D:num}.",

    "Verteiler: {S1.rev}; {S2.rev}; {S3.rev} – Info: Kd. {C.gsur} hat Hausverbot bis {D:num} (Vorfall in "
    "der Eingangszone).",

    "Abstimmung mit Leistungsabteilung ({S1.full}, Durchwahl {PH:S1}): Überzahlung wird nicht "
    "zurückgefordert.",

    "Stellvertretend für {S1.full} unterschrieben, {S2.gsur}.",

    "Gruß {S1.given}\n--\n{S1.full}\nIntegrationsfachkraft\nTelefon {PH:S1}\n{EM:S1}",

    "i.A. {S1.full}, Arbeitsvermittlung, Zi. 3.14, Tel. {PH:S1}",

    "Rücksprache TL {S8.sur} am {D:noyear}: Kostenübernahme Fahrschule ok, Begründung dokumentieren.",

    "cc {S1.ini} / {S2.ini}: Termin [Kunde|Kundin] {C.sur} am {D:noyear} bitte freihalten.",

    "Frau {S1f.sur} (Reha/SB) bittet um Rückruf wegen LTA-Antrag [des Kunden|der Kundin], {PH:S1}.",

    "Herr {S1m.sur} aus dem Nachbar-Jobcenter fragt nach Akte {KDNR} – Umzug [des Kunden|der Kundin].",

    # ---------------------------------------------------------------- texts without slots
    "Kd. erscheint, Unterlagen vollständig, keine weiteren Anliegen. Nächster Termin nach Bedarf.",

    "Beratung zu Weiterbildungsmöglichkeiten in der Pflege. Infomaterial mitgegeben. Kd. überlegt.",

    "Termin abgesagt wg. Streik im ÖPNV, Kd. wohnt außerhalb ohne Auto. Neuer Termin per Post.",

    "Lebenslauf gemeinsam überarbeitet: Lücke 2020–2022 (Pflege Angehöriger) erklärt, Hobbys gestrichen.",

    "Gruppenmaßnahme erfolgreich beendet, Zertifikat liegt vor. Vermittlungsbemühungen verstärken.",

    "Kd. hat keinen Internetzugang, Bewerbungen nur schriftlich. Bewerbungsmappen-Zuschuss erklärt.",

    "Schichtarbeit nicht möglich (Kind 4 J., keine Betreuung nach 17 Uhr). Suchprofil angepasst.",

    "Gespräch abgebrochen, Kd. sehr aufgebracht wegen Kürzung. Sicherheitsdienst nicht nötig.",

    # ---------------------------------------------------------------- extra forms of address and companies
    "Arbeitgeberkontakt: Malermeister {T1m.sur} (Betrieb {COo}) sucht Helfer. Kd. fährt hin am {D:noyear}.",

    "Bäckerei-Kette {COb}: Filiale {TOWN} braucht Verkäufer/in, Filialleitung Fr. {T1f.sur}, "
    "Tel. {PHl}.",

    "Hofladen {COo} mit Spargel und Erdbeeren, Inhaberfamilie {T1.sur}, Saisonjob ab {D:num}.",

    "Pflegedienst {COn} ({ADRx}) sucht Hauswirtschaftskraft, PDL {T1.full}, Mail {EMco}.",

    "Umzugsfirma {COo} – Inhaber {T1.full} will Kd. nach Probetag fest einstellen.",

    "Gebäudereinigung {CO}: Objekt {INST}, Arbeitszeit 5–8 Uhr, Objektleiterin {T1f.gsur}.",

    "Security-Job, Einsatzort {INSTk}, Sachkundeprüfung am {D:num} bei {INSTn:ka}.",

    "Brand {COb} stellt in der Logistik ein (Standort {TOWN}), Bewerbung online bis {D:num}.",

    "Lieferdienst {COd}: Kd. arbeitet als Fahrer/in auf Minijobbasis, Einkommensnachweis {D:noyear}.",

    "Handwerksbetrieb {COo}, Ausbildung Anlagenmechaniker/in SHK ab {D:num}, Meister {T1m.full}.",

    "Familienbetrieb {COo}, Chefin {T1f.full}, Telefon {PHl}, Mail {EMco}.",

    "Transportunternehmen {COf} – Kd. fuhr dort 2 Jahre LKW, Entsendebescheinigung A1 vorhanden.",

    # ---------------------------------------------------------------- institutions and addresses in shapes
    "Anschrift für Post an [den Kunden|die Kundin] nur noch über Postfach: {ADRx} (c/o Beratungsstelle).",

    "Kd. obdachlos, Postadresse c/o {T1.full}, {ADRx}.",

    "Zustellung an {ADR} gescheitert, Empfänger unbekannt verzogen. EMA-Anfrage an {INST}.",

    "Neue Anschrift ab {D:num}: {ADR} (vorher {ADRx}).",

    "Meldeadresse und tatsächlicher Aufenthalt weichen ab: gemeldet {ADR}, wohnt bei Freundin in {ADRx}.",

    "Schule des Kindes: {INSTs}, Klassenlehrer {T1m.full}. Fehlzeiten seit {D:num}. {INST:=Jugendamt} involviert.",

    "Amtsarzt beim {INST}, Untersuchung am {D:num}, Einladung an {ADR} geschickt.",

    "{INST:=Ausländerbehörde}: Sachbearbeiterin {T1f.full}, Tel. {PHl}, Fax keine.",

    "{INST:=Volkshochschule} – Anmeldung Kurs Alltagsdeutsch, Kursleitung {T1.full}.",

    "Berufsschule {INSTs} meldet Ausbildungsabbruch [des Kunden|der Kundin] zum {D:num}.",

    "{INST:=Wohngeldstelle} bestätigt Wohnberechtigungsschein, Nr. 2025-441, gültig bis {D:num}.",

    "Bescheinigung {INSTn:kk} über Mitgliedschaft und Beitrag (Krankenversicherung), Vers.-Beginn {D:num}.",

    "Rehabilitationsträger {INSTn:rv} hat Antrag weitergeleitet an {INSTn:rv} (§ 14 SGB IX) am {D:num}.",

    # ---------------------------------------------------------------- customer number / household numbers
    "Kd. kommt mit Schreiben eines anderen Kunden (Kd.-Nr. {KDNRx}) – versehentlich falsch kuvertiert? "
    "Schreiben einbehalten, Datenschutzvorfall gemeldet.",

    "Doppelte Kundennummer festgestellt: {KDNR} und {KDNRx}. Zusammenführung beauftragt.",

    "@2 Bei Antragstellung alte BG-Nr. {BGx} aus dem früheren Wohnort genannt, neue BG {BG}.",

    "@2 Akte der Ehefrau/des Ehemannes (eigene BG {BGx}) wegen Trennung gesplittet, Kd.-Nr. {KDNRx}.",

    "Kd.-Nr. lt. Einladung {KDNR}, stimmt. Geb.-Datum {BD} abgeglichen.",

    "Ausweiskontrolle (Video): Kd. hält Ausweis in Kamera, Nr. {ID}, Geb. {BD} – passt.",

    # ---------------------------------------------------------------- second batch of letter copies and notices
    "Schreiben {INSTn:rv} an [Herrn|Frau] {C.full}, {ADR}: \"Ihr Antrag auf Leistungen zur Teilhabe vom {D:num} "
    "wurde bewilligt.\" Zuständig {T1.full}.",

    "Einladung der Ausländerbehörde an {C.REV}, Termin {D:num}, mitzubringen: Pass ({PASS}), Foto, "
    "Meldebescheinigung.",

    "Schreiben der {INSTn:kk}: Mitgliedschaft endet zum {D:num} – Kd. muss Versicherung nachweisen.",

    "Zeugnis (Auszug): \"{C.full} war vom {D:num} bis {D:num} als Lagerist bei uns tätig und "
    "zeigte stets Einsatz.\" – {CO}, {T1.full}, Geschäftsführung.",

    "Lebenslauf (Auszug): 2014–2019 Lagerist bei {COf}, 2019–2023 Fahrer bei {CO}, seit {D:num} "
    "arbeitsuchend. Anschrift {ADR}, Tel. {PH}, Mail {EM}.",

    "Bewerbungsanschreiben gelesen: \"Sehr geehrte Frau {T1f.sur}, mit großem Interesse…\" – Anrede korrekt, "
    "Stelle bei {CO}. Absender {C.full}, {ADR}.",

    # ---------------------------------------------------------------- events with dates only
    "Termine: {D:noyear} Beratung, {D:noyear} Gruppentermin, {D:noyear} Abschlussgespräch.",

    "Meldetermin verschoben von {D:num} auf {D:num} (Krankheit Kind).",

    "Bewilligungszeitraum {D:num} bis {D:num}, WBA rechtzeitig gestellt.",

    "Maßnahme: Beginn {D:iso}, Ende {D:iso}, Träger {COn}.",

    "Eintritt Beschäftigung {D:roman}, Probezeit bis {D:roman} – Abmeldung aus dem Leistungsbezug.",

    "Kd. war vom {D:nozero} bis {D:nozero} in {ADRf} (Beerdigung Großvater).",

    "AU vom {D:dash} bis {D:dash}, Erstbescheinigung.",

    "Frist zur Mitwirkung bis {D:blank} gesetzt, Schreiben vom {D:slash}.",

    "Erinnerung: Jahresgespräch am {D:words}, Thema Weiterbildung.",

    # ---------------------------------------------------------------- third batch: mixed
    "Bankverbindung für Erstattung Fahrtkosten: Kontoinhaber/in {R1.full} (Partner/in), IBAN {IBANo}. "
    "Abtretungserklärung unterschrieben.",

    "Kd. bittet Zahlung auf Konto der Schwester {R1f.full} ({IBANo}), eigenes Konto gepfändet. Abgelehnt "
    "ohne Nachweis.",

    "Kindergeldnummer fehlt, Steuer-ID des Kindes {R1.given}: {TAX}? – nein, das ist die eigene. Kind hat "
    "eigene ID, Kd. reicht nach.",

    "RV-Nummer [des Kunden|der Kundin] für Meldung an die Rentenversicherung: {RV}. Lücke im Versicherungsverlauf "
    "{D:num} bis {D:num}.",

    "Kd. legt neuen Reisepass vor, alte Nr. {PASS} ungültig. Neue Nr. folgt.",

    "Identitätsprüfung mit Ausweis {ID}, Name im Ausweis {C.caps}, Schreibweise im System angepasst.",

    "KFZ-Halterauskunft: {KFZ} zugelassen auf {C.full}, Anschrift {ADR}. Fahrzeug als Vermögen ok.",

    "Kd. arbeitet als Fahrer/in bei {CO}, Firmenwagen {KFZ}, Dienstbeginn 5 Uhr.",

    "Unfall mit Dienstfahrzeug {KFZ} am {D:num}, Arbeitgeber {CO} fordert Schadenersatz.",

    "Mitfahrgelegenheit zur Maßnahme: {T1.full} fährt mit {KFZ}, Treffpunkt {STR}.",

    "Mail [des Kunden|der Kundin] an mich ({EM} → {EM:S9}): \"Ich komme später, Bus fällt aus.\"",

    "[Kunde|Kundin] hat keine eigene Mailadresse, nutzt die der Tochter: {EM:R1}.",

    "Kontakt nur über Partner/in {R1.full}, Tel. {PH:R1}, Kd. selbst kein Handy.",

    "Notfallkontakt lt. Aufnahmebogen: {T1.full}, {PHm}, Verhältnis: Freund/in.",

    "Rückrufbitte von {T1.full} ({CO}), {PHl}, wegen Einstellung [des Kunden|der Kundin] zum {D:num}.",

    "Kontaktperson im Heimatland: Onkel {T1m.full}, {PHf}.",

    "WhatsApp-Nummer des Arbeitgebers {T1.gsur} ({CO}): {PHf} – sitzt in Polen, Baustelle hier.",

    # ---------------------------------------------------------------- fourth batch: OCR / checklist / pipes, more
    "@o [OCR] Anmeldebestätigung Integrationskurs: Teilnehmer {C.REV}, geb. {BD}, Träger {INST:=Volkshochschule}, Kursbeginn {D:num}, Kundennummer {KDNR}",

    "@o [gescannt] Quittung Kaution: erhalten von {C.full} Betrag {EUR} am {D:num}, Unterschrift "
    "{T1.full}, Anschrift {ADRx}",

    "@o [OCR, teils unleserlich] Überweisungsbeleg an {T1.full}, IBAN {IBANo}, Verwendungszweck Miete, "
    "Datum {D:num}",

    "☐ Termin {D:noyear} bestätigt\n☑ Dolmetscher bestellt ({T1.full})\n☑ Raum 114\n☐ Kinderbetreuung",

    "[x] AVGS ausgegeben ({COn})\n[x] Kd. informiert per Mail {EM}\n[ ] Rückmeldung Träger bis {D:num}",

    "| Kind | Geb. | Schule/Kita |\n| {R1.given} | {BDs} | {INSTs} |\n| {R2.given} | {BDc} | {INST:=Kita} |",

    "| Arbeitgeber | Ansprechpartner | Telefon |\n| {CO} | {T1.full} | {PHl} |\n| {CO} | {T2.full} | {PHm} |",

    "Einnahmen Selbstständigkeit (Monat | Betrag):\n{D:noyear} | 420 €\n{D:noyear} | 180 €\n"
    "Kunde/Auftraggeber: {CO}",

    # ---------------------------------------------------------------- several households, second batch
    "@2 Zwei Familien in einer Doppelhaushälfte {STR}: Fam. {C.sur} (BG {BG}) und Fam. {T1.sur} "
    "(BG {BGx}). Gemeinsamer Stromzähler – Aufteilung 50/50 nach Aussage beider.",

    "@2 Bruder {R1m.full} mit eigener Familie (BG {BGx}) wohnt im selben Haus, Kinder gehen zur "
    "gleichen Schule {INSTs}.",

    "@2 Hausbesuch: In der Wohnung {ADR} halten sich regelmäßig {T1.full} und {T2.full} auf. Beide "
    "haben eigene Meldeadressen. Keine Einstandsgemeinschaft erkennbar.",

    # ---------------------------------------------------------------- colleagues by title / initials / signature
    "Vermerk gez. Dr. {S1.sur}, Ärztlicher Dienst: leichte Tätigkeiten vollschichtig.",

    "Stellungnahme BPS (Dipl.-Psych. {S1.sur}) liegt vor, Eignung für Umschulung bejaht.",

    "Mit Kollegin {S1f.gsur} (AG-S) besprochen: Stelle bei {CO} passt nicht (Schicht).",

    "Nachricht von K. {S1.sur} aus der Leistungsabteilung: Bescheid geht heute raus.",

    "{S1.ini}/{S2.ini} – Kd. {C.full} Akte zur Prüfung an Widerspruchsstelle.",

    "Unterschrift: {S1.full} (Teamleitung i.V.), {D:num}",

    "Bereichsleiter {S1m.sur} hat Beschwerde [des Kunden|der Kundin] vom {D:num} beantwortet.",

    "Eingang Hauspost von {S1.surg} (Außendienst): Prüfbericht {STR}.",

    # ---------------------------------------------------------------- identifiers in new surroundings
    "Rentenversicherung: Kd. hat zwei Versicherungsnummern (alte aus DDR-Zeit der Eltern?) – gültig ist {RV}, "
    "die andere wurde stillgelegt.",

    "SV-Meldung des Arbeitgebers ging mit falscher VSNR raus. Richtig: {RV}. Kd. bringt Sozialversicherungsausweis.",

    "Für den Antrag auf Erwerbsminderungsrente: VSNR {RV}, Kd. {C.full}, Hausarzt Dr. {T1.sur}.",

    "Kontenklärung Rentenkonto: Beschäftigungszeiten im Ausland fehlen. Versicherungsnummer lt. Schreiben {RV}.",

    "Minijob-Stelle fragt nach RV-Befreiung, Kd. hat Antrag nicht unterschrieben. VSNR {RV}.",

    "Kd. fragt, wozu die Steuer-ID gebraucht wird. Erklärt. Notiert: {TAX} (steht auf der Lohnsteuerbescheinigung).",

    "ELStAM-Abruf durch Arbeitgeber gescheitert, Steuer-IdNr. falsch übermittelt. Korrekt: {TAX}.",

    "Steuererstattung Finanzamt angekündigt, Kd. gibt IdNr. {TAX} an, Erstattung auf Konto {IBAN} – Einkommen "
    "im Zuflussmonat.",

    "Ehepartner/in {R1.full}: Steuer-ID {TAX}? Kd. unsicher, reicht Bescheinigung nach.",

    "Kennzeichen Privat-PKW: {KFZ}. Parkausweis für Maßnahmeort beantragt.",

    "Zweitwagen auf Partner/in zugelassen ({KFZ}), Kd. fährt eigenes Auto {KFZ} – Vermögen prüfen.",

    "Kd. verkauft Auto ({KFZ}) über {COp}, Erlös ca. 1.800 € – als Einkommen/Vermögen klären.",

    "Parkverstoß vor dem Jobcenter, Kfz {KFZ} blockierte Zufahrt, Kd. wurde angesprochen.",

    "Mofa-Kennzeichen? Nein – Roller mit amtl. Kennzeichen {KFZ}, Versicherung läuft über Vater {R1m.full}.",

    "Neuer Personalausweis, Nr. {ID}, ausgestellt {INST:=Bürgerbüro}. Kopie in E-Akte.",

    "Aufenthaltstitel (eAT) Kartennummer {ID} verlängert, Zusatzblatt: Erwerbstätigkeit gestattet.",

    "Ausweisnummer der Partnerin/des Partners ({R1.full}) für Antrag benötigt: {IDx}.",

    "Handy gewechselt, neue Nr. {PH}, alte Nr. {PHm} bitte löschen. Mail bleibt {EM}.",

    "Kd. erreichbar nur abends unter {PH} oder über Festnetz der Eltern {PHl}.",

    "Mailbox-Ansage 'kein Anschluss' bei {PHm}, Kd. per Brief um neue Nummer gebeten.",

    "Kd. schickt Foto der Bescheinigung per Mail von {EM}, Anhang unlesbar. Bitte neu.",

    "Kd. buchstabiert E-Mail am Telefon: {EMo}. Zum Test Mail geschickt – angekommen.",

    "Mailadresse im System falsch (Zahlendreher), richtig ist {EM}.",

    "Kontaktdaten Tochter (Vollmacht liegt vor): {R1f.full}, {PH:R1}, {EM:R1}.",

    "Geburtsdatum im System korrigiert: richtig {BD}, vorher Schreibfehler.",

    "Kd. {C.full} *{BD}, Anschrift {ADR}, Tel. {PH} – Stammdaten bestätigt.",

    "Kind {R1.given}, geb. {BDc}, und Kind {R2.given}, geb. {BDc}, im Haushalt.",

    "Lebenspartner/in ohne Trauschein {T1.full}, geb. {BDx}, zieht nicht ein – bleibt in {ADRx}.",

    "@f@b Frau {C.full}, geb. {C.birth}, legt Heiratsurkunde vor – Namensänderung im System, alter Name {C.birth} "
    "bleibt als Geburtsname.",

    "@f@b Post kam an \"{C.gbirth}\" (Geburtsname) – Kundin heißt seit der Heirat {C.sur}. Zustellung ok.",
]
