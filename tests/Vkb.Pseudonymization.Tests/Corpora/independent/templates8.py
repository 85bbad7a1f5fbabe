"""Templates of heldout8, written for this split (own phrasing).  Prefix '2|' = SGB II only, '3|' = SGB III only."""

TEMPLATES = [
    # ---------------------------------------------------------------- trainee / Anwärter notes, checked by the instructor
    "Vermerk (Azubi, 2. Lehrjahr): Heute, am {D}, erschien {g:Herr|Frau} {C} ohne Termin am Empfang. {g:Er|Sie} gab an, nach {A} umgezogen zu sein. Die neue Anschrift habe ich aufgenommen und an die Leistungsabteilung weitergegeben.\nAnm. Ausbilderin {KW:sur}: künftig bitte gleich den Mietvertrag anfordern, sonst gut.",
    "Gesprächsvermerk, verfasst von Anwärterin {KW}, gegengelesen durch {S}: {g:Der Kunde|Die Kundin} teilte mit, dass {g:sein|ihr} Sohn {PRM} (geb. {BK}) ab dem {D} in die {INST:kita} geht. Damit wäre eine Teilzeitstelle vormittags realistisch.",
    "Hospitation bei {S:init}. Ich durfte mitschreiben: Beratung {g:des Kunden|der Kundin} {C:inv} zur Arbeitsaufnahme bei {FIRMA}. Beginn lt. Vertrag {D}, Stundenlohn 13,90 € brutto. {g:Er|Sie} wirkte motiviert.",
    "Azubi-Notiz: Vermieter Herr {PM:sur} hat zurückgerufen ({T2}). Die Miete steigt ab {D} auf 520,00 € warm. Frage an {S:given}: Gehört das in die Akte oder reicht mein Vermerk?",
    "Praktikant {KM:sur} hat sich die IBAN von {g:Herrn|Frau} {C:sur} diktieren lassen: {I}. Mit dem Kontoauszug vom {D} abgeglichen – passt.",
    "Nachwuchskraft-Vermerk (bitte prüfen!): Kundin? Kunde? – {C}, hat die Steuer-ID mitgebracht, {TAX}. Ich habe sie in das Feld eingetragen, wusste aber nicht, ob das überhaupt nötig ist.\n→ {S:given}: ja, passt so. Danke.",
    "Vermerk der Auszubildenden {KW}: Anruf von {PW}, sie ist die Betreuerin {g:des Kunden|der Kundin} laut Beschluss {INST:court}. Ich habe um Übersendung der Bestallungsurkunde gebeten. Erreichbar: {T2}.",
    "Lernvermerk – meine erste eigene Beratung! {g:Herr|Frau} {C:sur} möchte eine Umschulung zum Berufskraftfahrer machen. Führerschein Klasse B vorhanden, Fahrzeug {PL}. Nächster Schritt: Termin beim Berufspsychologischen Service am {D}.",

    # ---------------------------------------------------------------- online portal / mailbox messages
    "Nachricht über das Online-Postfach, Eingang {D}, 22:47 Uhr\nAbsender: {C}\nKundennummer (selbst angegeben): {KNR}\nBetreff: neue Bankverbindung\nText: hallo, ich habe ein neues Konto, bitte ab nächsten Monat auf {I} überweisen. danke",
    "[Portal-Anliegen 48213] Kategorie: Umzug | neue Anschrift: {A:nocomma} | Einzug: {D} | Rückrufwunsch: {T} | Name lt. Formular: {C}",
    "Das Kontaktformular hat Kollegin {KW} vom Service-Center weitergeleitet: {g:Herr|Frau} {C:sur} möchte den Termin verschieben, erreichbar werktags ab 15 Uhr unter {T} oder per Mail an {M}.",
    "Eingang über die eServices – Veränderungsmitteilung: neu in der Bedarfsgemeinschaft {BG}: {PR}, Geburtsdatum {BK}. Geburtsurkunde als PDF angehängt, gut lesbar.",
    "Upload im Portal vom {D}: Arbeitsvertrag {FIRMA}, drei Seiten, Unterschrift auf S. 3 fehlt. Per Portalnachricht nachgefordert. Hochgeladen unter {KNR}.",
    "Systemmeldung Postfach: Ihr Anliegen vom {D} wurde unter 2024-PF-33817 registriert.\n--- Inhalt ---\nich {C:lower} bin ab {D} wieder krank geschrieben, die AU schicke ich an die {INST:kasse}",
    "Portalnachricht, Betreff \"Widerspruch??\": Sehr geehrte Damen und Herren, ich verstehe den Brief vom {D} nicht. Warum fehlt Geld? Bitte rufen Sie mich an {T}. MfG {C:fullup}",
    "Antwort über das Postfach gesendet an {C:init} ({D}): Unterlagen vollständig, Bewilligung folgt. Rückfragen gern an {MS}.",
    "3|Über das Online-Portal arbeitslos gemeldet am {D}; Angaben: letzter Arbeitgeber {FIRMA}, beschäftigt seit {D}, Kündigung durch AG. Persönliche Vorsprache vereinbart.",
    "3|Portal-Eingang Arbeitsbescheinigung: Arbeitgeber {FIRMA}, Ansprechpartnerin Lohnbuchhaltung {PW}, {T2}. Das letzte Beschäftigungsende stimmt mit den Angaben {g:des Kunden|der Kundin} überein.",

    # ---------------------------------------------------------------- form extracts pasted into the note, check boxes
    "Auszug WBA (vom Kunden ausgefüllt):\n1.1 Name, Vorname: {C:inv}\n1.2 Geburtsdatum: {B}\n1.3 Anschrift: {A:nocomma}\n2. Änderungen? [x] ja [ ] nein\n2.1 wenn ja: Partner {P} eingezogen am {D}",
    "Anlage EK, Feld 4: Arbeitgeber {FIRMA} / Anschrift des AG: {A2} / beschäftigt seit: {D} – Feld 5 (Nebeneinkommen) wurde leer gelassen, nachfragen.",
    "☒ Personalausweis vorgelegt (Nr. {ID}) ☐ Reisepass ☒ Meldebescheinigung der Stadt vom {D}",
    "Checkliste Erstantrag: [x] Identität geprüft – PA {ID} [x] Kontoverbindung {I} [ ] Steuer-ID fehlt [x] Mietvertrag, Vermieterin {PW}",
    "Vordruck Kinderbetreuung, ausgefüllt von der {INST:kita}, Leitung: {PW}. Kind: {PR}, geb. {BK}; Betreuung ab {D}, 35 Std./Woche.",
    "Feld \"Steuerliche Identifikationsnummer\": {TAX} | Feld \"Versicherungsnummer\": {RV} | Feld \"Krankenkasse\": {INST:kasse}",
    "Auszug Veränderungsmitteilung, Abschnitt C (Kfz): [x] ein Fahrzeug vorhanden, amtl. Kennzeichen {PL}, Halter: {C:full}, Zeitwert geschätzt 2.100 €.",
    "Formblatt Einkommensbescheinigung (AG-Seite): Name der Firma: {FIRMA} – Beschäftigte/r: {C} – Tätigkeit: Helfer/in – Std./Woche: 20 – Beginn: {D} – Unterschrift/Stempel vorhanden",
    "Kopiervorlage \"Angaben zum Kind\": Vorname/Name {PR}, geboren {BK}, Schule: {INST:school}, Klasse 4b. Kindergeld wird bezogen (Familienkasse).",
    "Erklärung zum Zusammenleben (Anlage VE): Partner{g:in|}: {PX} – geb. {BP} – gemeinsame Wohnung seit {D} – gemeinsames Konto: nein",
    "3|Antrag ALG, Abschnitt 4 \"Bankverbindung\": IBAN {I}, Kontoinhaber{g:|in}: {C:up}. Abschnitt 5: Steuer-ID {TAX}.",
    "3|Arbeitsbescheinigung Ziffer 2: Arbeitnehmer {C} (RV-Nr. {RV}), Beschäftigung vom {D} bis {D}; Ziffer 3: fristgerechte Kündigung durch den Arbeitgeber {FIRMA}.",

    # ---------------------------------------------------------------- scanned / OCR text
    "[Scan, Texterkennung] ...Bescheid des {INST:authority} vom {D} an {C} , {A:nocomma} ... Wohngeld wird ab dem {D} in Höhe von 187 ,00 EUR bewilligt ... (Rest unleserlich)",
    "OCR Lohnabrechnung S. 1: Firma {FIRMA} Abr.-Monat 05 Name {C:up} Steuer-ID {TAX:compact} SV-Nummer {RV} Brutto 1.843,12 Netto 1.402,77 Auszahlung auf {I:g4}",
    "Gescannte Kopie Mietvertrag, Seite 1 von 6:\nzwischen {P} (Vermieter), {A2}\nund {C} (Mieter)\nüber die Wohnung {A:street}",
    "Scan unvollständig – erkennbar: \"...hiermit kündigen wir das Arbeitsverhältnis mit {g:Herrn|Frau} {C:sur} fristgerecht zum {D}... gez. {PM}, Geschäftsführer {FIRMA}\"",
    "Eingescannte Schulbescheinigung ({INST:school}): Der Schüler/die Schülerin {PR}, geb. {BK}, besucht im Schuljahr 2024/25 die Klasse 9. Stempel, Unterschrift {PW:init}.",
    "Texterkennung Kontoauszug (Auszug 7/2024): Konto {I} Inhaber {C:up} ... Gutschrift {P:up} 150,00 \"Unterhalt Juni\" ... Lastschrift {FIRMA:brand} 29,99",
    "OCR-Ergebnis Ausweiskopie Rückseite: Anschrift {A:nocomma}; Ausweisnummer vorne nicht lesbar, nur teilweise: ...{ID}? – bitte Original vorlegen lassen.",

    # ---------------------------------------------------------------- messages from customers (SMS, messenger) quoted
    "SMS aufs Diensthandy, weitergeleitet: \"hallo {s:herr|frau} {S:sur} hier ist {C:lower} ich kann morgen nicht kommen mein kind ist krank. bitte neuen termin. lg\" – Absender {TM}",
    "Screenshot (WhatsApp) vom {g:Kunden|der Kundin} vorgelegt, Nachricht vom Chef {PM:given}: \"Morgen 6 Uhr Lager {FIRMA}, Arbeitsschuhe mitbringen. Adresse {A2}\"",
    "Mail von {g:Kunde|Kundin} ({M}): sehr geehrte damen und herren, den termin am {D} schaffe ich nicht, ich muss zur {INST:clinic}. mfg {C}",
    "Kurznachricht {g:des Kunden|der Kundin} (Signal), wörtlich abgetippt: \"bin umgezogen!! neue adresse {A:nocomma} , post bitte dahin\"",
    "Nachricht per Messenger an die Integrationslotsin {PW}, von ihr an uns weitergeleitet: \"{C:given} hat morgen Vorstellungsgespräch bei {FIRMA}, 9 Uhr. braucht Fahrkarte.\"",
    "SMS von {TF}: \"Hallo, ich bin {PR}, Bruder von {C:given}. Er ist gerade in {AF}, Vater krank. Kommt zurück am {D}.\"",
    "Sprachnachricht (abgetippt von {K:init}): \"Ja hallo, {C:sur} hier, ich wollte nur sagen, der Arbeitsvertrag bei {FIRMA} ist unterschrieben, ich fang am {D} an. Tschüss.\"",
    "Text-Nachricht der Tochter {PRW}, die für die Mutter schreibt: \"Mama hat Termin beim Arzt am {D}, bitte Einladung auf Montag legen. Danke, Handy {T2}\"",

    # ---------------------------------------------------------------- spelled names and numbers on the phone
    "Telefonnotiz {D}: Anruf einer Frau {PW:sur} (buchstabiert {PW:spell}), Nachbarin {g:des Kunden|der Kundin}, Rückrufnummer {T2}. Sie wollte wissen, ob {g:Herr|Frau} {C:sur} noch gemeldet ist – keine Auskunft erteilt.",
    "Rückruf der Dolmetscherin {PW} (Arabisch): Familienname lt. Pass {C:passport}, im System bisher {C:sgl}. Schreibweise bitte beim nächsten Termin abgleichen.",
    "Am Telefon buchstabiert: {C:spell} – gemeint ist {g:Herr|Frau} {C}, Kundennummer {KNR:sp}.",
    "{g:Kunde|Kundin} hat die Handynummer durchgegeben: {TM:spoken} (notiert als {TM:slash}).",
    "Ausweisnummer am Telefon Zeichen für Zeichen diktiert: {ID:hy}. Abgleich mit der Kopie in der E-Akte ok.",
    "Telefonat mit {PM}, Arbeitsvermittler bei {FIRMA:zeit}. Name buchstabiert: {PM:spell}. Er hat zwei Stellen im Lager, Einsatzort {town2}, Rückruf an {T2}.",
    "Anrufer nannte sich {PM} (Schreibweise unsicher, evtl. {PM:sgl}), angeblich Onkel {g:des Kunden|der Kundin}. Wollte Termin absagen; ohne Vollmacht keine Absprache.",
    "Steuer-ID am Telefon genannt: {TAX:spoken}. Gegenprobe mit Lohnsteuerbescheinigung folgt.",

    # ---------------------------------------------------------------- corrections, addenda
    "Korrektur zum Vermerk vom {D}: Die Kontoverbindung wurde dort falsch übernommen. Richtig ist {I}. Alte IBAN gelöscht. ({S:init})",
    "Nachtrag: Das Geburtsdatum der Tochter {PRW} war falsch erfasst – nicht {BK2}, sondern {BK}. In der Akte berichtigt.",
    "[geändert] Anschrift alt: {A2} → neu: {A}; gültig ab {D}",
    "Edit {S:given}: in meinem Vermerk oben ist ein Zahlendreher, die richtige Nummer lautet {T}.",
    "Ergänzung zum Gespräch vom {D}: Ich hatte vergessen zu notieren, dass {g:der Kunde|die Kundin} seit {D} bei {FIRMA} auf Minijobbasis arbeitet (ca. 520 €).",
    "Berichtigung: Nicht {PM} ist der Vermieter, sondern dessen Schwiegersohn {PM2}. Mietzahlungen gehen auf {I2}.",
    "Nachtrag (telefonisch von {C:init}): die E-Mail-Adresse hat einen Tippfehler, korrekt ist {M}.",
    "Vermerk vom {D} wird ergänzt: Fahrzeug {PL} ist inzwischen verkauft (Kaufvertrag liegt vor, Käufer {P}).",

    # ---------------------------------------------------------------- formal hearing record
    "Niederschrift über die Anhörung nach § 24 SGB X\nAnwesend: {C} ({g:Kunde|Kundin}), {S} (Jobcenter), {P} (Beistand)\nZur Person: geb. {B}, wohnhaft {A}\nZur Sache: {g:Er|Sie} erklärt, die Arbeit bei {FIRMA} am {D} nicht angetreten zu haben, weil die Kinderbetreuung ausgefallen sei.\nv. g. u.",
    "Zur Sache befragt gibt {g:der Erschienene|die Erschienene} an: „Ich war am {D} krank, die AU habe ich bei der {INST:kasse} eingereicht.“ Der Nachweis wird bis {D} nachgereicht.",
    "Protokoll Widerspruchsgespräch – Bevollmächtigte: RAin {PW}, Schriftsatz vom {D}. Mandant{g:|in} {C} bestreitet den Zugang der Einladung. Zustellnachweis liegt nicht vor.",
    "Aufgenommen am {D} in der Dienststelle: Es erscheint {g:Herr|Frau} {C}, ausgewiesen durch Reisepass Nr. {ID}, und erklärt: Ich lebe seit {D} von meinem Ehe{g:frau|mann} {PRX} getrennt.",
    "Niederschrift (Fortsetzung): Befragt zum Fahrzeug {PL} erklärt {g:der Kunde|die Kundin}, dieses gehöre dem Schwager {PRM}. Vorgelegt wurde der Fahrzeugschein (Halter: {PRM:inv}).",
    "3|Anhörung Sperrzeit: {g:Herr|Frau} {C:sur} schildert, das Arbeitsverhältnis bei {FIRMA} am {D} selbst gekündigt zu haben, weil Schichtleiter {PM} {g:ihn|sie} wiederholt beleidigt habe. Zeugin: Kollegin {PW}.",

    # ---------------------------------------------------------------- to-do lists and check lists
    "ToDo bis {D}:\n[ ] Rückruf {P} ({T2})\n[x] Kopie PA ({ID}) in die E-Akte\n[ ] BG-Nummer {BG} an Leistung melden",
    "- [x] EGV unterschrieben\n- [ ] Nachweis Kita ({INST:kita})\n- [ ] Termin BPS\nerl. am {D}, {S:init}",
    "offen: Kontoauszüge ab {D}; Mietbescheinigung von {FIRMA:wohnen}; Rückmeldung {INST:authority} zur Wohngeldfrage. Wiedervorlage {D}.",
    "Aufgaben für die Vertretung ({K}):\n• {C} anrufen ({T}) wegen Maßnahmebeginn\n• Zuweisung an {FIRMA} rausschicken\n• Fristende {D} im Blick behalten",
    "Erledigt: Anschreiben an die {INST:abh} wegen Aufenthaltstitel am {D}. Noch offen: Antwort auf Rückfrage von {PW} ({INST:social}).",

    # ---------------------------------------------------------------- chronologies
    "Verlauf in Stichpunkten:\n{D:noyear} Erstgespräch\n{D:noyear} Einladung nicht wahrgenommen\n{D:noyear} Anruf von {T}\n{D:noyear} kam mit Bruder {PRM} vorbei",
    "Chronologie Mietrückstand: {D} fristlose Kündigung durch {FIRMA:wohnen}; {D} Räumungsklage beim {INST:court}; {D} Erstgespräch Schuldnerberatung.",
    "Zeitleiste Integrationskurs: Anmeldung {D} ({INST:adult}), Beginn {D}, Abbruch {D} (Schwangerschaft), Wiedereinstieg geplant.",
    "Rückblick seit Eintritt: {D} Kundin meldet sich arbeitsuchend, {D} Beginn Maßnahme bei {FIRMA}, {D} Abbruch wegen Krankheit, {D} Reha-Antrag bei der {INST:authority}.",
    "3|Ablauf: letzter Arbeitstag {D}; Arbeitsuchendmeldung {D}; Arbeitslosmeldung {D}; Beratungsgespräch mit {S} am {D}.",

    # ---------------------------------------------------------------- plain-language summaries for the customer
    "Ergebnis für {g:Herrn|Frau} {C:sur} in einfacher Sprache: Sie haben einen neuen Termin. Der Termin ist am {D} um 10 Uhr. Bringen Sie bitte Ihren Ausweis mit. Fragen? Rufen Sie mich an: {TS}. {S}",
    "Leichte Sprache, {g:dem Kunden|der Kundin} mitgegeben: Sie fangen am {D} bei {FIRMA} an. Die Adresse ist {A2}. Ihre Chefin heißt {PW}.",
    "In einfachen Worten erklärt und aufgeschrieben: Das Geld kommt auf Ihr Konto {I}. Es kommt immer am Monatsende. Wenn Sie umziehen, sagen Sie es uns.",

    # ---------------------------------------------------------------- interpreting
    "Termin mit Telefondolmetscher (Dari), Dolmetscher {PM}. {g:Kunde|Kundin} bestätigt: Ehe{g:frau|mann} {PRX} lebt noch in {AF}, Kontakt nur über {TF}.",
    "Sprachmittlerin {PW} ({INST:social}) übersetzt ein Schreiben vom {D} (Absender: {INST:consulate}): Pass wird erst nach persönlicher Vorsprache verlängert.",
    "Gespräch auf Tigrinya, gedolmetscht durch {P}. Nach Angaben {g:des Kunden|der Kundin} wohnt die Mutter {PRW} in {AF}; Geld wird über Bekannte geschickt, keine Kontonummer bekannt.",
    "Videodolmetschen (Farsi) ab 09:40; Verbindung zweimal abgebrochen. {C:given} versteht die Pflichten aus der EGV, Unterschrift erfolgt am {D}. Dolmetscherin {PW:sur} bestätigt die Übersetzung.",
    "Ehrenamtlicher Übersetzer {PM} (Koreanisch) begleitet. Ansprechperson bei {FIRMA}: {PW}, Durchwahl {T2}. Anerkennung des Abschlusses läuft über {INST:authority}.",
    "Dolmetschereinsatz Kurdisch-Kurmancî über {INST:social}, Name der Dolmetscherin {PW}. Inhalt: Schulanmeldung für {PR} (geb. {BK}) an der {INST:school}.",

    # ---------------------------------------------------------------- colleagues from other teams
    "Anfrage Team Leistung ({K}, App. 412): Gibt es eine neue Bankverbindung? In der Akte steht noch {I2}, {g:der Kunde|die Kundin} hat am Telefon {I} genannt.",
    "@{S:gsur} kannst du bitte klären, ob {C:init} die Stelle bei {FIRMA} angetreten hat? Arbeitgeber hat sich unter {T2} gemeldet. Gruß {K:given}",
    "Info vom AG-S (Kollege {KM}): {FIRMA} sucht Helfer, Ansprechpartnerin {PW}, {M2}. Passt evtl. für {C:init}?",
    "Rückfrage der Kollegin {KW} aus der Eingangszone: {g:Herr|Frau} {C:sur} stand heute unangemeldet da, wollte Bargeld. Verwiesen an {S}, der/die erst ab {D} wieder da ist.",
    "Kollege {KM:inv} (Reha/SB) bittet um Übersendung des Gutachtens der {INST:clinic} vom {D}. Erledigt per E-Akte.",
    "Vermerk Widerspruchsstelle ({K}): Widerspruch von {C} gegen Bescheid vom {D} ist verfristet. Bitte Ihnen zur Kenntnis.",
    "Weitergeleitet von {K}, Team U25: junge Frau {PW} (geb. {BP}) ist bei {g:Herrn|Frau} {C:sur} eingezogen, möglicherweise neue BG – bitte prüfen, ob {BG} erweitert werden muss.",
    "3|Mitteilung der Berufsberatung ({K}): Tochter {PRW} (geb. {BK}) sucht einen Ausbildungsplatz als Zahnmedizinische Fachangestellte, Bewerbung bei {FIRMA} läuft.",

    # ---------------------------------------------------------------- W-questions memo
    "Wer: {C}, {g:Kunde|Kundin}\nWas: Verkehrsunfall mit Pkw {PL}\nWann: {D}\nWo: vor der {INST:school}\nFolge: AU bis auf Weiteres",
    "Wer hat angerufen? {P}, {INST:social}\nWorum ging es? Unterbringung {g:des Kunden|der Kundin} nach Wohnungsverlust\nWann? {D}, 11:20 Uhr\nRückruf? ja, {T2}",

    # ---------------------------------------------------------------- export lines and key=value blocks
    "Datensatz aus dem Altsystem übernommen: NAME={C:up};GEBDAT={B:compact};ANSCHRIFT={A:nocomma};TEL={T:compact};IBAN={I:compact}",
    "Übernahme Stammdaten (Import {D:iso}): KDNR {KNR} | BG {BG} | RV {RV:compact} | STID {TAX:compact}",
    "name: {C} / geb.: {B} / mobil: {TM} / mail: {M} / kfz: {PL}",
    "2|Importprotokoll Zeile 17: bg_nr={BG:compact}; kd_nr={KNR:compact}; zuzug={D:iso}; vorwohnort=\"{A2:nocomma}\"",
    "Export Maßnahmeträger {FIRMA}: TN-Liste Kurs 12 – Zeile 4: {C:inv}; Eintritt {D}; Fehltage 3; Kontakt {M}",

    # ---------------------------------------------------------------- keyword notes
    "Stichworte: #Umzug #Kita #Kfz – {g:Kd.|Kdn.} zieht zum {D} nach {A}, Auto ({PL}) wird abgemeldet, Kind wechselt in die {INST:kita}.",
    "Schlagworte: Gesundheit / Sucht / Wohnung. Anbindung an {INST:clinic} seit {D}; zuständig auf Station: {PM}.",

    # ---------------------------------------------------------------- text blocks of notices
    "Textbaustein aus dem Bescheid (Kopie): \"... werden Ihnen, {g:Herr|Frau} {C}, für die Zeit vom {D} bis {D} Leistungen bewilligt ...\" Versand an {A:nl}.",
    "Aus dem Änderungsbescheid vom {D}: Anrechnung des Einkommens aus der Tätigkeit bei {FIRMA} ab {D}; Überweisung weiterhin auf {I}.",

    # ---------------------------------------------------------------- post returned, address tracing
    "Post zurück: Einladung vom {D} an {A} – Vermerk der Post: Empfänger nicht zu ermitteln. EMA-Anfrage beim {INST:authority} gestellt.",
    "Brief an {C} kam geöffnet zurück, handschriftlich: \"wohnt hier nicht mehr – {PM:sur}\". Neue Anschrift laut Bruder: {A2}.",
    "Melderegisterauskunft vom {D}: {C}, zugezogen aus {AF}, gemeldet seit {D} unter {A}.",

    # ---------------------------------------------------------------- phone-call memos
    "Anruf {D}, 08:05 Uhr, {P} von {INST:authority}: Frage, ob {g:Herr|Frau} {C:sur} noch im Leistungsbezug ist. Ohne Einwilligung keine Auskunft, um schriftliche Anfrage gebeten.",
    "Telefonvermerk: Rückruf bei {FIRMA}, Frau {PW:sur} (Personal) nicht erreicht, auf AB gesprochen. Neuer Versuch morgen, Tel. {T2}.",
    "Kurzes Telefonat mit {C:given}; {g:er|sie} ist wieder bei {g:seinen|ihren} Eltern eingezogen, {A2}, bis eine Wohnung gefunden ist.",
    "Gespräch per Telefon (Kd. ruft von der Arbeit an, {T2}): Probezeit bei {FIRMA} bis {D} verlängert, Verdienst ca. 1.650 € netto.",
    "tel. Rücksprache mit Hausarzt Dr. {PM} ({T2}): Attest kommt per Post, {g:Kd.|Kdn.} bis {D} nicht belastbar.",
    "Anruf der Schwester {PRW} ({TF}): Die Familie sucht {g:ihn|sie} seit {D}, letzte bekannte Anschrift {A}. Auskunft verweigert, Polizei empfohlen.",

    # ---------------------------------------------------------------- fax cover sheets and letters sent
    "FAX-Deckblatt\nAn: {INST:authority}, z. Hd. {PW}\nVon: {S}, {TS}\nBetreff: {C}, geb. {B}\nSeiten: 3 (inkl. Deckblatt)",
    "Per Fax an {INST:court} (Betreuungsabteilung) gesendet am {D}: Stellungnahme zur Betreuung von {C:inv}. Sendebericht OK.",
    "Anschreiben an Arbeitgeber {FIRMA}, z. Hd. {PM}, {A2}: Bitte um Ausstellung der Einkommensbescheinigung für {C}.",

    # ---------------------------------------------------------------- reports, medical and legal papers
    "Gutachten {INST:clinic} (Verfasser Dr. med. {P}, {D}): {g:Kunde|Kundin} ist für leichte Tätigkeiten vollschichtig einsetzbar, keine Nachtschicht.",
    "Pfändungs- und Überweisungsbeschluss {INST:court} vom {D}, Gläubigerin: {FIRMA}; Drittschuldner: Jobcenter. An Leistung weitergeleitet.",
    "Schreiben der Rechtsanwälte {PM:sur} & {PW:sur} vom {D}: Vertretung {g:des Herrn|der Frau} {C} wird angezeigt, Akteneinsicht beantragt.",
    "Ärztliche Bescheinigung Praxis {PW} ({A2}) vom {D}: Schwangerschaft, errechneter Termin {D}.",
    "Bericht der Bewährungshilfe beim {INST:court}, Bewährungshelfer {PM}: Auflagen werden erfüllt, Arbeitsaufnahme bei {FIRMA} wäre hilfreich.",
    "Zeugnis {FIRMA} vom {D}, Unterschrift {PM}: \"...stets zu unserer vollen Zufriedenheit...\" – gute Grundlage für Bewerbungen.",

    # ---------------------------------------------------------------- vehicles, bank, assets
    "Fahrzeug {PL} ist auf {PR} zugelassen, Zeitwert ca. 1.500 €. Nutzung durch {g:den Kunden|die Kundin} nur für den Arbeitsweg.",
    "Kontoauszüge {D}–{D} geprüft ({I}); regelmäßige Gutschriften von {P}, je 150 €, Verwendungszweck \"Unterhalt\".",
    "Zweites Konto im Ausland angegeben: {IF}. Guthaben laut {g:Kunde|Kundin} unter 300 €.",
    "Vermögensprüfung: Sparbuch aufgelöst am {D}, Restbetrag auf {I} übertragen. Kfz {PL}, Baujahr 2009, kein Vermögen im Sinne des § 12.",
    "Überweisung der Miete direkt an {FIRMA:wohnen}, IBAN des Vermieters {I2}, ab {D}.",
    "Kaution über Darlehen: 1.050 € an Vermieterin {PW}, Konto {I2}; Rückzahlung in Raten ab {D}.",

    # ---------------------------------------------------------------- employer contacts (placement)
    "Stellenrückmeldung {FIRMA}: {g:Bewerber|Bewerberin} {C} war am {D} zum Probearbeiten. Schichtleiter {PM:sur} meint: zuverlässig, Deutsch noch ausbaufähig.",
    "Vermittlungsvorschlag an {C:init} versandt: Helfer/in Lager bei {FIRMA}, Einsatzort {A2}, Bewerbung bis {D} an {M2}.",
    "Arbeitgeber {FIRMA} ({PW}, {T2}) meldet: {g:Herr|Frau} {C:sur} ist seit {D} unentschuldigt nicht zur Arbeit erschienen.",
    "Eingliederungszuschuss besprochen mit {PM}, Inhaber {FIRMA}. Voraussichtlicher Einstellungstermin {D}, 30 Std./Woche, unbefristet.",
    "3|Vermittlungsgespräch: {g:Kunde|Kundin} bewirbt sich bei {FIRMA} und bei {FIRMA2}; Vorstellungsgespräch am {D}. Fahrtkosten übernommen.",
    "3|Rückmeldung Personalabteilung {FIRMA}, Sachbearbeiterin {PW}: Zusage ab {D}, befristet auf 12 Monate, Vertrag folgt per Post an {A}.",
    "Bewerbungsmappe gesichtet: Anschreiben an {FIRMA} richtig adressiert, im Lebenslauf fehlt noch Handy ({TM}) und Mail ({M}).",

    # ---------------------------------------------------------------- household, family, relatives
    "Haushalt laut Gespräch: {C} ({B}), Ehe{g:frau|mann} {PRX} ({BP}), Kinder {PR2} ({BK}) und {PRW} ({BK2}).",
    "Der Sohn {PRM} (geb. {BK}) wohnt seit {D} bei der Kindsmutter {PW}, {A2}. Kindergeld wird umgestellt.",
    "Schwiegervater {PRM}, wohnhaft {AF}, kommt am {D} zu Besuch, drei Monate Visum. Kein Einfluss auf Leistungen.",
    "Lebensgefährt{g:in|e} {PX} hat eigenes Einkommen bei {FIRMA}; Einstandsgemeinschaft wird geprüft. Geburtsdatum lt. Ausweis {BP}.",
    "UVG-Antrag für {PR} gestellt ({INST:authority}), Vater {PM} zahlt nicht, Aufenthalt unbekannt.",
    "Oma {PRW} (geb. {BP}) betreut die Kinder nachmittags; Anschrift {A2}.",
    "Kinderbetreuung: {PR} besucht die {INST:kita}, Erzieherin {PW:sur}, Abholung 14:30 Uhr. Ab {D} Ganztag möglich.",

    # ---------------------------------------------------------------- courses, measures, institutions
    "Anmeldung Integrationskurs ({INST:adult}), Kursbeginn {D}, Lehrerin {PW}. Einstufungstest A2 bestanden.",
    "Zuweisung in die Maßnahme \"Aktiv in Arbeit\" bei {FIRMA}, Ansprechpartner {PM}, Beginn {D}, Ende {D}.",
    "Teilnahmebestätigung {INST:social} vom {D}: {C:inv} hat das Bewerbungstraining regelmäßig besucht.",
    "Schulden bei {FIRMA:brand} und {FIRMA}; Termin Schuldnerberatung {INST:social} am {D} bei {PW}.",
    "Anbindung an den {INST:clinic}, Bezugsbetreuerin {PW}, Telefon {T2}. Schweigepflichtentbindung liegt vor (unterschrieben am {D}).",
    "Frauenhaus-Aufnahme am {D}; Kontakt nur über die Mitarbeiterin {PW}, {T2}. Neue Anschrift wird nicht erfasst!",
    "Anerkennung des Berufsabschlusses: Antrag bei {INST:authority}, Bearbeiter {PM}, eingereicht am {D}. Letzte Schulanschrift im Herkunftsland: {AF}.",
    "3|Bildungsgutschein ausgegeben am {D} für Weiterbildung Fachkraft Lagerlogistik bei {FIRMA}, Beginn {D}.",
    "3|Reha-Antrag: Unterlagen an die {INST:kasse} gesandt, Ansprechpartner Reha-Team {K}. Gutachten {INST:clinic} liegt vor.",

    # ---------------------------------------------------------------- identifiers in plain sentences
    "Neuer Personalausweis vorgelegt, Ausweis-Nr. {ID}, ausgestellt von der Stadt; alte Kopie vernichtet.",
    "Reiseausweis für Ausländer vorgelegt ({ID}), Aufenthaltstitel gültig, Nebenbestimmung Erwerbstätigkeit gestattet.",
    "RV-Nummer nachgereicht: {RV}. Steuer-ID stand schon in der Akte.",
    "Sozialversicherungsausweis kopiert – {RV:std}. Name auf dem Ausweis noch Geburtsname {C:birth}.",
    "Kundennr. {g:des Kunden|der Kundin} lautet {KNR}, nicht {KNR2} (Verwechslung mit Namensvetter).",
    "Vorsprache in fremder Sache: Nachbar {PM} bringt Unterlagen für {C:inv} ({KNR}) vorbei.",
    "Steuer-ID lt. Schreiben des Bundeszentralamts: {TAX}",
    "2|BG-Nummer auf dem Antrag fehlerhaft ({BG2}), richtig ist {BG}.",
    "3|Der Kunde nennt die BG-Nummer seiner früheren Partnerin {PW}: {BG}. Dort keine Mitgliedschaft mehr seit {D}.",
    "Kennzeichen des Firmenwagens von {FIRMA}: {PL2}. Privat kein Fahrzeug.",
    "IBAN für Erstattung Fahrtkosten: {I}, Kontoinhaber{g:|in} {C}.",
    "Neue Mailadresse {g:des Kunden|der Kundin}: {M}. Alte Adresse wird nicht mehr gelesen.",
    "Telefonnummern aktualisiert: mobil {TM}, Festnetz {T}.",
    "Erreichbarkeit: vormittags über {TM}, nachmittags nur über die Nachbarin {PW} ({T2}).",

    # ---------------------------------------------------------------- handwritten slips, sticky notes
    "Zettel im Postfach gefunden: \"Bitte {C:sur} zurückrufen, {T}, wegen Arbeitsvertrag – {K:given}\"",
    "Handschriftliche Notiz eines Kunden, eingescannt: \"Ich {C}, wohne jetzt bei {PRM}, {A2}. Post bitte dorthin.\"",
    "Post-it am Bildschirm ({S:init}): {PW} von {INST:authority} ruft wegen {C:sur} zurück, Durchwahl {T2}.",

    # ---------------------------------------------------------------- short and telegraphic, but new phrasings
    "Heute kurz Termin vorgezogen, {C:sur} war pünktlich, Unterlagen vollständig. Nächster Kontakt {D}.",
    "Vorsprache ohne Termin – {C}, bringt Mietvertrag {FIRMA:wohnen}, Einzug {D}.",
    "KdU-Unterlagen: Nebenkostenabrechnung {FIRMA:wohnen} vom {D}, Nachzahlung 312,40 €. Übernahme geprüft.",
    "Einladung für {D} per Post an {A:street} verschickt.",
    "{g:Kd.|Kdn.} hat Termin abgesagt – Grund: Beerdigung des Onkels {PRM} (Trauerhaus: {AF}). Neuer Termin {D}.",
    "Eingang AU-Bescheinigung für die Zeit {D} bis {D}, Praxis Dr. {PW}.",
    "Umzugsabsicht nach {town2}, Wohnungsangebot {FIRMA:wohnen}, Besichtigung {D}. Zusicherung erst nach Prüfung.",
    "Bewerbungsnachweise geprüft: sechs Bewerbungen, u. a. bei {FIRMA}, {FIRMA2} und {FIRMA3}.",
    "Führerschein Klasse C/CE über Bildungsgutschein; Fahrschule {FIRMA:owner}, Theorie ab {D}.",

    # ---------------------------------------------------------------- questions and answers
    "F: Wo wohnen Sie derzeit? – A: Bei meinem Cousin {PRM}, {A2}.\nF: Seit wann? – A: Seit {D}.\nF: Zahlen Sie Miete? – A: Nein.",
    "Frage {g:des Kunden|der Kundin}: Darf ich meine Familie nachholen (wohnt noch {AF})? Antwort: zuständig ist die deutsche Auslandsvertretung; Unterlagen vorher über {INST:consulate} beglaubigen lassen; Ausländerbehörde {town} prüft parallel.",
    "Frage an das Team (per Notiz): Wer kennt Ansprechpartner bei {FIRMA}? Antwort {K}: Herr {PM:sur}, {T2}, sehr hilfsbereit.",

    # ---------------------------------------------------------------- customer quoted
    "O-Ton nach Rückkehr vom Vorstellungsgespräch: „Die Frau {PW:sur} bei {FIRMA} war sehr nett, ich soll am {D} nochmal kommen.“",
    "{g:Der Kunde|Die Kundin} sagt, {g:sein|ihr} Ausweis ({ID}) wurde gestohlen, Anzeige bei der {INST:police} am {D}.",
    "Laut Aussage {g:des Kunden|der Kundin}: „Mein Vermieter heißt {PM}, der wohnt selbst im Haus, {A:street}, Erdgeschoss.“",

    # ---------------------------------------------------------------- SGB III specific
    "3|Arbeitslosmeldung persönlich am {D}. Letzte Beschäftigung: {FIRMA}, Lagerhelfer{g:|in}, Kündigung zum {D}. Kundennr. {KNR}.",
    "3|Kurzarbeit bei {FIRMA} beendet; Arbeitnehmer{g:|in} {C} scheidet zum {D} aus. Abfindung laut Aufhebungsvertrag 4.800 €.",
    "3|Gründungszuschuss: Businessplan geprüft von {PM} (fachkundige Stelle {INST:social}), Gründung geplant zum {D}, Firma \"{FIRMA:word}\".",
    "3|Nebenwohnsitz bei der Freundin {PW} in {A2}; Hauptwohnsitz bleibt {A}. Erreichbarkeit gesichert.",
    "3|Berufsrückkehrerin, letzte Tätigkeit bis {D} bei {FIRMA}. Kinderbetreuung durch {INST:kita} ab {D}.",
    "3|Telefonische Arbeitslosmeldung nicht möglich – Termin vor Ort am {D} vereinbart, Bestätigung an {M}.",
    "3|Insolvenzgeld: Arbeitgeber {FIRMA} insolvent, Insolvenzverwalter RA {PM}, Verfahren beim {INST:court} seit {D}.",
    "3|Ortsabwesenheit angezeigt: {D} bis {D} bei der Familie in {AF}. Zustimmung erteilt.",
    "3|Eingliederungsvereinbarung ersetzt durch Kooperationsplan; unterschrieben von {C} und {S} am {D}.",
    "3|Profiling: Berufserfahrung als Lkw-Fahrer (Kennzeichen zuletzt gefahrenes Fahrzeug {PL2} bei {FIRMA}), Führerschein CE bis {D} gültig.",

    # ---------------------------------------------------------------- SGB II specific
    "2|WBA durch, neuer BWZ ab {D} – zur BG {BG} gehören {C}, Ehe{g:frau|mann} {PRX}, Kind {PR2} (geb. {BK}).",
    "2|Sofortangebot nach § 15a: Arbeitsgelegenheit bei {INST:social}, Beginn {D}, Ansprechpartnerin {PW}.",
    "2|Antrag auf Erstausstattung Wohnung; Umzug in {A} zum {D}. Möbel teilweise von der {INST:social}.",
    "2|Mitwirkungsaufforderung versandt am {D}, Frist {D}: Kontoauszüge für {I}, Mietbescheinigung.",
    "2|Kostensenkungsaufforderung: Miete bei {FIRMA:wohnen} liegt 80 € über der Angemessenheitsgrenze.",
    "2|Leistungen für Bildung und Teilhabe: Klassenfahrt {PR} (geb. {BK}), {INST:school}, Kosten 230 €.",
    "2|Aufrechnung wegen Überzahlung; Bescheid vom {D} an {C}, BG {BG}.",
    "2|Vorsprache der Ehe{g:frau|mann} {PRX} allein; Vollmacht von {C:init} liegt vor (vom {D}).",
    "2|Umzug in den Zuständigkeitsbereich {INST:authority}; Akte abgegeben am {D}, BG-Nr. {BG}.",
    "2|Vermieterin {PW} bestätigt Mietrückstand von zwei Monatsmieten; direkte Überweisung an {I2} beantragt.",

    # ---------------------------------------------------------------- staff mentioned
    "Termin vertretungsweise durch {K} wahrgenommen, da {S} im Urlaub ist. Nächster Termin bei {S:sur} am {D}.",
    "Teamleitung {TL} hat die Fallakte am {D} gesichtet, keine Beanstandungen.",
    "Fallbesprechung mit {TL:init} und {K}: weiteres Vorgehen abgestimmt.",
    "Rückfrage an {K} (Fachassistenz): Ist die Zahlung an {I2} schon angewiesen? – Antwort: ja, am {D}.",
    "Bei Fragen zum Bescheid bitte an {S}, Tel. {TS}, Mail {MS} wenden (Info an {g:den Kunden|die Kundin} gegeben).",
    "Dienstübergreifende Absprache mit {PW} ({INST:authority}) und {K} (Jobcenter) am {D}.",

    # ---------------------------------------------------------------- foreign addresses, abroad
    "Vor der Einreise wohnhaft: {AF}. Schulabschluss dort, Zeugnis übersetzt durch {P}.",
    "Kontakt der Familie im Ausland: {PR}, {AF}, Telefon {TF}.",
    "Rentenanspruch aus dem Ausland? {g:Kunde|Kundin} hat bis {D} in Südkorea gearbeitet (Firma {FIRMA:word}), Nachweis folgt.",

    # ---------------------------------------------------------------- no personal data at all (ordinary words, generic bodies)
    "Kd. möchte als Koch oder Bäcker arbeiten, Erfahrung aus der Heimat vorhanden. Gesundheitszeugnis beim Gesundheitsamt beantragen lassen.",
    "Beratung zu Minijob und Hinzuverdienst: Freibetrag nach § 11b erklärt, 100 € Grundfreibetrag, darüber 20 %.",
    "Kunde sucht Arbeit als Maler und Lackierer oder Fliesenleger; Werkzeug vorhanden, Führerschein nein.",
    "Termin heute nicht wahrgenommen. Keine Entschuldigung. Neue Einladung mit Rechtsfolgenbelehrung geht raus.",
    "Die Krankenkasse hat die Mitgliedschaft bestätigt. Mehr ist für die Akte nicht nötig.",
    "Bewerbungstraining im Haus abgeschlossen, Zertifikat liegt vor. Ziel: Helfertätigkeit im Lager oder Versand.",
    "Im Winter kein Einsatz auf dem Bau möglich; im Frühjahr neuer Anlauf. Kunde will sich selbst bei Gärtnereien melden.",
    "Kind hat ab Sommer einen Platz in der Krippe, dann Vollzeit denkbar. Bis dahin Deutschkurs B1 weiterführen.",
    "Thema Schwarzarbeit angesprochen; Kunde verneint. Hinweis auf Meldepflichten gegeben.",
    "Kundin will Ausbildung zur Erzieherin, Schulabschluss muss erst anerkannt werden. Unterlagen in Arbeit.",
    "Heute nur Ausdruck der Stellenangebote mitgegeben, 14 Angebote Reinigung/Lager. Rückmeldung bis nächste Woche.",
    "Kunde war beim Amtsgericht wegen Privatinsolvenz, Verfahren läuft seit zwei Jahren. Keine Auswirkungen auf Vermittlung.",
    "Kunde möchte Fahrer werden (Kurier, Paket). Hinweis: Gewerbeanmeldung bei Selbstständigkeit nötig, Beratung durch die Gründungsberatung.",
    "Raum 2.17 war belegt, Gespräch in der Eingangszone geführt. Dauer 25 Minuten, ruhig, sachlich.",
    "Hinweis an alle: Der Dolmetscherdienst ist ab Montag nur noch über die Hotline buchbar.",
    "Aktenzeichen S 7 AS 1188/24 ER – Eilverfahren beim Sozialgericht abgeschlossen, Beschluss liegt vor.",
    "Kunde hat Glück gehabt: Der Meister im Betrieb will ihn übernehmen, wenn der Führerschein klappt.",
    "Die Tafel vor Ort öffnet nur dienstags; Kundin hat den Berechtigungsausweis der Stadt.",
    "Gesprächsdauer 40 Min., Schwerpunkt Tagesstruktur; Sport im Verein (Fußball) tut gut. Nächste Schritte in vier Wochen.",
    "Ausländerbehörde hat Fiktionsbescheinigung verlängert, Kopie liegt in der Akte.",
    "Sommerferien: Kinderbetreuung unklar, Vermittlung in Vollzeit erst ab September sinnvoll.",
    "Kunde wünscht Schichtarbeit mit Zuschlägen, kein Problem mit Nacht. Stellen als Wachmann geprüft.",
    # ---------------------------------------------------------------- more identifiers in new settings (added to spread repetition)
    "Abgleich Ausweisdaten nach Namensänderung (Heirat): neuer PA {ID}, neuer Name {C}, Geburtsname {C:birth}.",
    "Personalausweis abgelaufen seit {D}; vorläufiger Ausweis Nr. {ID} vorgelegt. Original folgt, sagt {g:er|sie}.",
    "eAT-Karte verlängert, Kartennummer {ID:g433}; Zusatzblatt: Beschäftigung erlaubt.",
    "Identitätsprüfung per Video: Ausweis in die Kamera gehalten, Nummer {ID} lesbar, Gesicht stimmt mit Foto überein. ({S:init})",
    "Kopie Reisepass (Seite mit Lichtbild) hochgeladen, Passnummer {ID}, gültig – Ablichtung nur für die Akte, nicht weitergeben.",
    "Lohnsteuerbescheinigung 2023 von {FIRMA} eingereicht, darauf IdNr. {TAX} und eTIN-Angabe. Kopie gescannt.",
    "Steuerbescheid vom {D} (Finanzamt): Erstattung 412 €. Identifikationsnummer lt. Bescheid {TAX}.",
    "Minijob-Anmeldung: Arbeitgeber {FIRMA} braucht die Steuer-ID – {g:Kunde|Kundin} hatte sie nicht dabei, heute nachgereicht: {TAX}.",
    "Rentenversicherungsverlauf angefordert, Vers.-Nr. {RV}; Lücken 2015 bis 2017 klären lassen.",
    "DRV-Schreiben vom {D} zum Kontenklärungsverfahren, Versicherungsnr. {RV} – Kopie für die Reha-Akte.",
    "SV-Meldung des Arbeitgebers {FIRMA} liegt vor, angegebene Nummer {RV} stimmt mit unseren Daten überein.",
    "Kfz-Schein vorgelegt: {PL}, Erstzulassung 2011, Halter{g:| in} {C}. Wert unter Freibetrag.",
    "Fahrtkostenerstattung: Fahrten mit eigenem Pkw ({PL}) zur Maßnahme bei {FIRMA}, 24 km einfach.",
    "Parkverstoß-Schreiben des {INST:authority} wegen Fahrzeug {PL} liegt bei, hat mit uns nichts zu tun, zurückgegeben.",
    "Mitfahrgelegenheit zur Arbeit: Kollege {PM} holt {g:ihn|sie} ab (Kennzeichen {PL2}).",
    "Neue Handynummer per Portal gemeldet: {TM}. Alte Nummer gelöscht.",
    "Bitte nur nach 16 Uhr zurückrufen, tagsüber Schicht: {T}.",
    "{g:Kunde|Kundin} wünscht Kontakt nur noch schriftlich, E-Mail: {M}. Telefonisch nicht mehr anrufen.",
    "Zugangsdaten Portal zurückgesetzt, Bestätigungsmail an {M} verschickt.",
    "E-Mail-Adresse des Arbeitgebers für Rückfragen: {M2} (Personalbüro {FIRMA}).",
    "Im Gespräch Kundennummer verwechselt: Die Unterlagen gehören zu {KNR2}, nicht zu {g:dem Kunden|der Kundin}. An Poststelle zurück.",
    "Anschreiben mit Kundennummer {KNR} ans Portal gebunden; {g:er|sie} kann jetzt online Nachrichten schicken.",
    "2|Zweitakte gefunden unter BG {BG2}, zusammengeführt mit {BG}. Doppelte Zahlung ausgeschlossen.",
    "2|Neue Bedarfsgemeinschaft nach Auszug: {BG}; Bewilligungsbescheid geht an {A}.",
    "3|Ehemalige Partnerin bezieht Bürgergeld (BG {BG}); kein gemeinsamer Haushalt mehr seit {D}.",
    "IBAN-Änderung telefonisch nicht möglich – {g:Kunde|Kundin} hat Formular \"Änderung Bankverbindung\" mitgebracht, neu: {I}.",
    "Die Zahlung ging auf ein gekündigtes Konto ({I2}) und kam zurück; neue Verbindung {I} erfasst.",
    "Barauszahlung abgelehnt; {g:der Kunde|die Kundin} eröffnet ein Basiskonto, IBAN folgt ({D}). Nachtrag: {I}",
    "Konto der Angehörigen im Herkunftsland: {IF} – Überweisungen dorthin monatlich ca. 100 €.",
    "Wohnungswechsel innerhalb des Orts: von {A2} nach {A:street}, Umzugsdatum {D}.",
    "Zustelladresse für die Zeit der Reha: {A2}, c/o {PW}.",
    "Kurzmitteilung an den Sozialdienst der {INST:clinic}: Patient{g:|in} {C}, geb. {B}; geplanter Entlasstag {D}.",
    "Geburtsurkunde aus {AF} (übersetzt) belegt Geburtsdatum {B}; in den Stammdaten stand ein anderer Tag.",
    "Kind {PR} geboren am {BK} – Geburtsanzeige Standesamt liegt vor, Mehrbedarf prüfen.",
    "3|Abfindung kam von einem Auslandskonto des früheren Arbeitgebers ({IF}), Zahlungseingang am {D}.",
    "Unterhalt für {PR} wird vom Vater aus dem Ausland gezahlt, Absenderkonto {IF}; Eingänge unregelmäßig.",
]
