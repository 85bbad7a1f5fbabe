# -*- coding: utf-8 -*-
"""Templates of heldout19, written for this split without seeing any earlier template. Slot syntax: make_corpus19.py.
Tag: any | sgb2 | sgb3 | no19 | my19 | ks19 (bound to the customer's population) | birth (customers with a birth name)."""

T = []


def t(tag, body):
    T.append((tag, body))


# ---------------------------------------------------------------- A. copied from web pages / portal views with HTML left in
t('any', 'Aus dem Portal kopiert (Ansicht "Nachricht"): <p>Sehr geehrte Damen und Herren,<br>ich kann am {D} nicht kommen, '
         'weil mein Sohn krank ist.<br>Mit freundlichem Gru&szlig;<br>{C:full|html}</p> -- Termin storniert, neue Einladung raus.')
t('any', 'Kontaktformular der Homepage, Text so wie er ankam:\n<b>Name:</b>&nbsp;{C:full|html}<br>\n<b>Telefon:</b>&nbsp;{PHc}<br>\n'
         '<b>Anliegen:</b>&nbsp;R&uuml;ckruf wegen Umzug nach {AD:line|html}<br>\nRückruf erledigt, Umzug ist noch nicht genehmigt.')
t('any', 'Stellenangebot aus dem Browser rüberkopiert, Formatierung kaputt: &lt;h2&gt;Helfer/in Verpackung (m/w/d)&lt;/h2&gt; '
         '{CO|html} sucht ab sofort Verstärkung, Einsatzort {AD:line|html}. Ansprechpartnerin {F1:full|html}, &#9742; {PH}. '
         '⟨Kunde|Kundin⟩ findet die Stelle gut, Bewerbung geht bis {D:noyear} raus.')
t('any', 'Eingang über das Online-Postfach, der Anhang "Kündigung.pdf" ließ sich nicht öffnen, im Text stand nur: '
         '<div>K&uuml;ndigung zum {D}<br/>{CO|html}<br/>i.A. {P1:full|html}</div> Bitte um Nachreichung als Papier gebeten.')
t('any', 'Die Nachricht der Kita kam über das Elternportal, Kopie für die Akte:\n&gt; Liebe Eltern, die Schlie&szlig;zeit der '
         '{IN:kita|html} ist vom {D:noyear} bis {D}.\n&gt; Mit herzlichen Gr&uuml;&szlig;en, {F1:full|html}, Leitung\n'
         'Für die Maßnahme heißt das: in der Schließzeit keine Teilnahme möglich, Träger ist informiert.')
t('any', 'Weiterleitung aus dem Ticketsystem der IT, der HTML-Teil wurde als Text eingefügt: Benutzer {S1:full|html} meldet, '
         'dass in der Akte von {C:full|html} (Kd.-Nr. {KD}) die Anschrift doppelt steht: &quot;{ADc:line|html}&quot; und '
         '&quot;{AD:line|html}&quot;. Richtige Anschrift laut Melderegister ist die erste.')
t('any', 'Aus der Online-Bewerbungsbörse: <span class="name">{C:full|html}</span> <span class="ort">{ADc:line|html}</span> '
         '&ndash; Profil ist seit {D} sichtbar, Foto fehlt noch. ⟨Er|Sie⟩ will das Foto bei {CR|html} machen lassen.')
t('sgb2', 'Antrag auf Weiterbewilligung online eingegangen. Im Freitextfeld stand wörtlich: "Meine Tochter {Rf1:given|html} '
          'wohnt seit {D:textny} nicht mehr bei uns, sie ist nach {AD:line|html} gezogen&#33;" BG-Nr. {BG} – Änderung der '
          'Bedarfsgemeinschaft an die Leistungsabteilung ({S1:init}).')
t('any', 'Die Seite des Trägers zeigt im Quelltext noch den alten Kursleiter: <!-- Kursleitung: {M1:full} --> Aktuell leitet '
         'den Kurs {F1:full}, Kurs im {IN:course}, Start {D}.')
t('any', 'Terminbestätigung per Mail vom Träger, die Umlaute als Entitäten: "Sehr geehrte/r {C:full|html}, Ihr Eignungstest '
         'findet am {D:text} im {IN:course|html} statt. Bitte bringen Sie Ihren Personalausweis mit." Ausweis Nr. '
         'laut Akte {ID}, gültig.')

# ---------------------------------------------------------------- B. mojibake (UTF-8 read as Windows-1252)
t('any', 'Der Export aus dem Abrechnungsprogramm des Trägers ist mit falschem Zeichensatz gekommen: Teilnehmer "{C:full|moji}", '
         'Anschrift "{ADc:line|moji}", Fehlzeiten 3 Tage. Inhaltlich stimmt es, Umlaute bitte nicht korrigieren, es ist das Original.')
t('any', 'Zeiterfassung vom Arbeitgeber als CSV, Umlaute zerschossen:\nMitarbeiter;Eintritt;Austritt\n{C:REV|moji};{D};{D}\n'
         'Austritt also nach gut einer Woche, Grund laut Personalbüro: "hat nicht gepasst". Frau {F1:sur|moji} aus der '
         'Personalabteilung ruft nochmal an.')
t('any', 'Die Bescheinigung der {NB:chamber|moji} kam per Mail, der Betreff war "PrÃ¼fungsergebnis". Ergebnis: bestanden am {D}. '
         'Zuständig dort {P1:full|moji}.')
t('any', 'Adressliste der Teilnehmenden des Bewerbungscafés, aus Excel als Text gespeichert (Ã statt Umlaut):\n'
         '1) {P1:rev|moji}, {AD:line|moji}\n2) {C:rev|moji}, {ADc:line|moji}\n3) {P2:rev|moji}, {AD:line|moji}\nNur Nr. 2 ist unser Fall.')
t('any', 'SMS-Weiterleitung vom Diensthandy kam mit Sonderzeichenfehlern an: "Hallo {CW:full|moji}, ich bin morgen bei '
         '{CO|moji} zur Probe, komme deshalb nicht. GrÃ¼ÃŸe {C:given|moji}". Termin verlegt auf {D}.')
t('any', 'Brief des Vermieters gescannt und per Texterkennung gelesen, dabei Zeichen falsch kodiert: Vermieter {M1:full|moji}, '
         '{AD:line|moji}. Er kündigt Eigenbedarf zum {D:text} an. Kopie an Wohngeldstelle.')
t('any', 'In der Teilnehmerliste (Absender: {NB:rehab}) steht der Name falsch kodiert: "{C:UP|moji}". Rückfrage bei {P1:full}, Tel. {PH}: '
         'Datei wird neu geschickt.')
t('any', 'Aus dem alten Mailarchiv wiederhergestellt (Anzeige mit falscher Kodierung): Von: {S1:full|moji} An: {CW:full|moji} '
         '– "Kunde {C:sur|moji} war heute ohne Termin da, wollte Kopie seines Bescheids." Datum der Mail {D}.')

# ---------------------------------------------------------------- C. quoted-printable leftovers
t('any', 'Die Mail des Arbeitgebers kam nur als Quelltext an:\nContent-Transfer-Encoding: quoted-printable\n\nGuten Tag '
         '{CW:full|qp},=0A=0Awir m=C3=B6chten {C:full|qp} zum Vorstellungstermin am {D} einladen.=0A=0A{M1:full|qp}=0A'
         '{CO|qp}\nInhalt übertragen, Einladung an ⟨den Kunden|die Kundin⟩ weitergegeben.')
t('any', 'Quelltext einer Weiterleitung aus dem Postfach der Teamassistenz, Zeilenumbrüche mit "=" am Ende:\n"Bitte R=C3=BCckruf '
         'an Herrn {M1:sur|qp}, {PH}, wegen der Stelle bei=\n {CO|qp}."\nRückruf gemacht, Stelle ist noch offen.')
t('any', 'Anhang "Lebenslauf.txt" war quoted-printable kodiert. Lesbar: Name {C:full|qp}, geboren {GEB}, wohnhaft '
         '{ADc:line|qp}. Berufliche Stationen stimmen mit dem Profil überein.')
t('any', 'Die Absage kam als Rohtext: "Leider m=C3=BCssen wir Ihnen mitteilen, dass wir uns f=C3=BCr eine andere Bewerberin '
         'entschieden haben. Freundliche Gr=C3=BC=C3=9Fe, {F1:full|qp}, Personal, {CO|qp}" – Absage Nr. 4 in diesem Monat.')
t('any', 'Mailquelltext vom Träger, Betreff "=?UTF-8?Q?Teilnahmebest=C3=A4tigung?=": Teilnehmer {C:rev|qp}, Beginn {D}, '
         'Ort {IN:course|qp}. Kontaktperson beim Träger {M1:full}, {EM:M1}.')
t('any', 'Rohtext der Kündigung per Mail (Quelltext): "K=C3=BCndigung des Mietverh=C3=A4ltnisses zum {D}, Objekt '
         '{ADc:street|qp}" – der Mieter ist ⟨der Kunde|die Kundin⟩ selbst. Rücksprache mit {S1:full} aus der Leistung.')

# ---------------------------------------------------------------- D. copied from PDF (hyphenation, page headers, footers)
t('any', 'Aus dem PDF-Schreiben der Reha-Einrichtung kopiert, Trennstriche und Kopfzeile inklusive:\n"Übergangsgeld wird ab dem {D} '
         'ge-\nzahlt. Bitte reichen Sie die Arbeitsunfähig-\nkeitsbescheinigung ein.\n{NB:rehab} · Seite 2 von 3 · '
         'Versicherte/r: {C:full}"\nÜbergangsgeld damit bestätigt, Leistung ruht.')
t('any', 'Kopie aus dem Gutachten (PDF), Zeilenumbrüche wie im Original:\n"Frau/Herr {C:sur} stellt sich am {D} in unserer Am-\n'
         'bulanz vor. Die Belastbarkeit ist für leichte Tä-\ntigkeiten vollschichtig gegeben."\nFußzeile: {IN:medical} · {AD:line} · Tel. {PH}')
t('any', 'Beim Kopieren aus dem PDF-Vertrag ist die Kopfzeile mitgekommen: "Arbeitsvertrag zwischen {CO} und {C:full} – '
         'Seite 1 von 4". Beginn des Arbeitsverhältnisses {D}, Probezeit sechs Monate, 30 Wochenstunden.')
t('any', 'Lebenslauf (PDF, zweispaltig, beim Kopieren vermischt): "2019–2022 Lager- Kommissionierung {CO} Führer- schein Kl. B '
         '2016 Realschulabschluss {IN:school}". Sortiert: Lager bei der genannten Firma, davor Abschluss an der Schule.')
t('any', 'Auszug aus dem PDF der Rentenversicherung, die Silbentrennung stand so im Text: "Ver-\nsicherungsnummer {RV}, Ver-\n'
         'sicherungsverlauf lückenlos bis {D}." Kein Klärungsbedarf mehr.')
t('any', 'PDF-Anhang des Kursträgers, Fußzeile bei jedem Absatz wiederholt ("{IN:course} – Geschäftsführung {M1:full} – '
         '{AD:line}"). Inhalt: Teilnahme regelmäßig, Zwischenprüfung am {D} bestanden.')
t('sgb2', 'Aus dem PDF des Nebenkostenbescheids kopiert: "Abrechnungszeitraum 01.01.–31.12. Mieter: {C:full} Objekt: '
          '{ADc:line} Nachzahlung 412,80 € fällig zum {D}." Eingereicht zur Übernahme, BG {BG}.')
t('any', 'Die Verdienstbescheinigung als PDF, beim Kopieren zerfallen:\n"Brut-\nto 1.940,00 Net-\nto 1.402,17 Steuer-ID {TAX} '
         'Ar-\nbeitgeber {CO}"\nEinkommen ab {D:noyear} anrechnen.')

# ---------------------------------------------------------------- E. file covers and old paper files
t('any', 'Aktendeckel der Papierakte (vor der E-Akte angelegt), Beschriftung mit Filzstift: "{C:REV} – geb. {GEB} – '
         'Kd.-Nr. {KD} – ABLAGE 2". Papierakte zum Scannen gegeben.')
t('any', 'Altakte aus dem Keller geholt, Vermerk von 2009 mit Schreibmaschine: "DER ANTRAGSTELLER {C:UP} WOHNT BEI '
         'SEINER/IHRER MUTTER {Rf1:UP}, {AD:up}." Damals also schon einmal im Bezug.')
t('any', 'Rückseite des Aktendeckels, Bleistift: "Vorsicht, Tel. {PH} gehört dem Nachbarn, nicht ⟨dem Kunden|der Kundin⟩!" '
         'Nachbar heißt {M1:full}. Nummer aus der Akte gelöscht.')
t('any', 'Auf dem Deckel der Papierakte klebt ein alter Zettel: "Sachbearbeitung {S1:inits} – übernimmt ab {D:noyear} {S2:full}". '
         'Beide sind nicht mehr im Haus, jetzt Zuständigkeit {CW:full}.')
t('sgb2', 'Mikrofilm-Ausdruck einer Verfügung aus dem Sozialamt (1998), vorgelegt zur Klärung einer Rückforderung: '
          'Hilfeempfänger {C:full}, Aktenzeichen 50/3-112, Haushalt mit {R1:full} und {Rf1:full}. BG-Nr. heute {BG}.')
t('any', 'Aus der Papierakte übertragen (Handschrift des Vorgängers): "Arbeitgeber {CO} zahlt Lohn bar, Kd. hat kein Konto." '
         'Inzwischen Konto vorhanden: {IBANc}.')

# ---------------------------------------------------------------- F. waiting-number system at reception
t('any', 'Aufrufsystem Empfang, Auszug:\nWartenummer A-117 | aufgerufen 09:42 | Platz 4 | {C:full}\nWartenummer A-118 | '
         'aufgerufen 09:44 | Platz 2 | {P1:full}\n⟨Kunde|Kundin⟩ hat den Kurzantrag abgegeben, Rest am {D}.')
t('any', 'Wartemarke B-23 nicht abgeholt, ⟨Kunde|Kundin⟩ ist nach 40 Minuten gegangen (laut Kollegin {SF:full} am Empfang). '
         'Telefonisch erreicht unter {PHc}, neuer Termin am {D}.')
t('any', 'Die Anzeige im Wartebereich hat statt der Nummer den Namen angezeigt ("{C:UP} bitte Zimmer 2.14"). Datenschutz '
         'informiert, Ticket bei der IT ({S1:init}). ⟨Der Kunde|Die Kundin⟩ hat sich beschwert, zu Recht.')
t('any', 'Empfang ({S1:gs}) vermerkt: Kd. kam mit Wartenummer C-05 für die Eingangszone, hatte aber einen Termin bei mir. '
         'Kurz dazwischen genommen: neue Handynummer {PHm}, neue Anschrift {AD:line}.')

# ---------------------------------------------------------------- G. internal audit
t('any', 'Innenrevision, Stichprobe Nr. 14: In der Akte {KD} fehlt die Unterschrift unter der Eingliederungsvereinbarung vom '
         '{D}. Stellungnahme der Fachkraft ({CW:full}) folgt. Ansprechpartnerin der Revision: {S1:full}.')
t('any', 'Prüffeststellung der Innenrevision: Vermittlungsvorschlag an {CO} ohne Rechtsfolgenbelehrung verschickt. '
         'Betroffen ⟨Kunde|Kundin⟩ {C:full}. Nachgeholt am {D}, Prüfer {SM:rev}.')
t('sgb2', 'Revisionsbefund zur BG {BG}: Kontoauszüge nur bis {D} in der Akte, danach nichts. Nachgefordert. '
          'Die Prüfung lief über {S1:full} und {S2:full}.')
t('any', 'Aus dem Revisionsbericht, Anlage 3 (Einzelfälle, anonymisiert – leider nicht ganz): "Fall 7: Kd. {C:init}, '
         'Arbeitgeber {CO}, Förderung ohne Stellungnahme des AG-S." Nachbearbeitung durch mich bis {D}.')

# ---------------------------------------------------------------- H. short profiles for employers (anonymisation failed)
t('any', 'Kurzprofil für den Arbeitgeberservice (sollte anonym sein, Name stand versehentlich drin): "{C:full}, '
         'Staplerschein, Schichtbereitschaft, Wohnort {ADc:line}". Profil zurückgezogen und ohne Namen neu geschickt an {CO}.')
t('any', 'Steckbrief für die Bewerberbörse:\nBerufswunsch: Lagerlogistik\nMobilität: Pkw, Kennzeichen {KFZ}\nVerfügbar ab: {D}\n'
         'Kontakt über {CW:full}, {PHs}\n(ohne Namen ⟨des Kunden|der Kundin⟩, so ist es richtig)')
t('any', 'Bewerberprofil an {BR} geschickt, dort zuständig {F1:full} ({EM:F1}). Rückmeldung: Interesse, Probearbeit am {D}.')
t('any', 'Das anonyme Profil wurde vom Arbeitgeber {M1:full} ({CO}) trotzdem erkannt, weil er ⟨den Kunden|die Kundin⟩ '
         'aus dem Dorf kennt. Er will lieber jemanden von außerhalb. Vermerkt, kein weiterer Vorschlag dorthin.')
t('sgb3', 'Kurzprofil für das Job-Speed-Dating der Agentur: Nr. 12 = {C:given}, Elektroniker, 14 Jahre Berufserfahrung, '
          'zuletzt bei {CO}. Termin des Speed-Datings {D} im {IN:townhall}.')
t('any', 'Profilkarte für die Pinnwand im Foyer ("Ich suche Arbeit als …"): ⟨Kunde|Kundin⟩ hat selbst geschrieben '
         '"Ruft mich an: {PHc}". Mit Einverständnis aufgehängt bis {D}.')

# ---------------------------------------------------------------- I. employment references decoded
t('any', 'Arbeitszeugnis von {CO} gelesen. "Er/Sie hat sich bemüht, die Aufgaben zu erledigen" heißt im Klartext: mangelhaft. '
         'Unterschrieben von {M1:full}, Datum {D}. ⟨Kunde|Kundin⟩ will Berichtigung, Hinweis auf Arbeitsgericht gegeben.')
t('any', 'Zeugnis der {CR}: "stets zu unserer vollsten Zufriedenheit" = Note 1. Das sollte in jede Bewerbung. '
         'Ausgestellt {D}, Inhaber {M1:full}.')
t('any', 'Zwischenzeugnis vom {D}, Aussteller {CO}, Personalleiterin {F1:full}. Auffällig: kein Wort zum Verhalten gegenüber '
         'Vorgesetzten. Vorsicht beim Vorlegen, mit ⟨dem Kunden|der Kundin⟩ besprochen.')
t('any', 'Einfaches Zeugnis statt qualifiziertem bekommen. ⟨Kunde|Kundin⟩ fordert qualifiziertes Zeugnis bei {CO} an, '
         'Musterbrief mitgegeben. Adresse der Firma: {AD:line}.')
t('any', 'Zeugnis-Check im Workshop (Leitung {S1:full}): Formulierung "war stets pünktlich" ohne weitere Aussagen = schwach. '
         'Betrifft das Zeugnis der {CO}, Austritt {D}.')

# ---------------------------------------------------------------- J. travel connections and car pools
t('any', 'Verbindung zum Vorstellungsgespräch ausgedruckt und mitgegeben:\nab {AD:street} (Bushaltestelle davor) 06:12, '
         'RB bis Umstieg 06:48 Gleis 3, an 07:31. Arbeitgeber {CO}, Gespräch am {D} um 08:00.')
t('any', 'Fahrgemeinschaft organisiert: {M1:full} fährt jeden Morgen um 5:20 ab {AD:line} zur Frühschicht bei {BR}, '
         'nimmt ⟨den Kunden|die Kundin⟩ mit. Kostenbeteiligung 60 € im Monat. Kontakt {PH}.')
t('any', 'Reiseplan zur Reha-Klinik (Auskunft der Bahn): Abfahrt {D} 07:04, zweimal umsteigen, Ankunft 11:38. Klinik: '
         '{NB:rehab}. Fahrkosten werden erstattet, Antrag bei {S1:full}.')
t('any', 'Pendlerweg geprüft: Vom Wohnort {ADc:line} zur Arbeitsstelle in {AD:line} mit dem Rad 14 km. Zumutbar. '
         '⟨Kunde|Kundin⟩ sieht das anders.')
t('any', 'Mitfahrgelegenheit über das Schwarze Brett im Supermarkt gefunden: "{P1:given}, fährt Mo–Fr nach {IN:school}, '
         'Tel. {PHm}". Alternative zum Schulbus für den Sohn.')

# ---------------------------------------------------------------- K. consultation days in the town hall
t('any', 'Außensprechtag im {IN:townhall}. ⟨Kunde|Kundin⟩ kam ohne Unterlagen, nur mit dem Schreiben vom {D}. '
         'Kopie gemacht, Rest am {D}.')
t('any', 'Sprechtag in der Außenstelle (Raum im Feuerwehrhaus, {AD:line}). Anwesend: {C:full}, danach {P1:full}. '
         'Beim ersten Gespräch ging es um den Kinderzuschlag, beim zweiten um die Stelle bei {CO}.')
t('any', 'Am Außensprechtag war der Drucker wieder nicht da. Eingliederungsvereinbarung handschriftlich, Abschrift: "Kd. '
         '{C:full} bewirbt sich bis {D} bei mind. 5 Betrieben im Umkreis." Original geht per Post an {ADc:line}.')
t('any', 'Sprechstunde im Gemeindebüro: Bürgermeister {M1:full} hat ⟨den Kunden|die Kundin⟩ persönlich vorbeigebracht, '
         'weil die Gemeinde einen Bauhofhelfer sucht. Kontakt Bauhof {PH}.')

# ---------------------------------------------------------------- L. weekly plans
t('any', 'Wochenplan, den ⟨der Kunde|die Kundin⟩ mit mir erstellt hat:\nMo: Bewerbung an {CO}\nDi: Kita-Gespräch '
         '{IN:kita}\nMi: Arzttermin {IN:medical}\nDo: frei\nFr: Anruf bei mir, {PHs}')
t('any', 'Wochenplan der letzten Woche kontrolliert: Dienstag Vorstellung bei {CO} erledigt, Mittwoch Schuldnerberatung '
         '(Termin bei {F1:full}) ausgefallen, Freitag Bewerbung online an {EMco}.')
t('any', 'Wochenplan für die Zeit bis {D}:\n☐ Lebenslauf aktualisieren\n☐ {CO} anrufen (Herr {M1:sur})\n☐ '
         'Führerscheinstelle wegen Umschreibung\n☐ Kita-Platz {IN:kita} bestätigen')

# ---------------------------------------------------------------- M. requests between offices
t('sgb2', 'Amtshilfeersuchen an das Jobcenter am neuen Wohnort: ⟨Kunde|Kundin⟩ {C:full}, geb. {GEB}, neue Anschrift '
          '{AD:line}. Bitte um Hausbesuch wegen Verdacht auf Untervermietung. BG-Nr. bei uns {BG}.')
t('any', 'Anfrage eines anderen Jobcenters (Sachbearbeiterin {F1:full}, {EM:F1}): ob ⟨der Kunde|die Kundin⟩ bei uns '
         'noch gemeldet ist. Antwort: ja, Kd.-Nr. {KD}, nächster Termin {D}.')
t('any', 'Übernahme aus einem anderen Bezirk. Die abgebende Stelle schickt Kurzvermerk: "Kd. zuverlässig, Sprachkurs B1 '
         'bei {IN:course} abgeschlossen, Bewerbungen bei {CO} laufen noch." Vorherige Kd.-Nr. {KDo}.')
t('any', 'Bitte um Amtshilfe von der Ausländerbehörde: Sie benötigen eine Bestätigung über die Beschäftigung bei {CO} '
         'ab {D}. Kopie des Aufenthaltstitels liegt vor, Nummer {ID}.')

# ---------------------------------------------------------------- N. medical statements with ICD codes
t('any', 'Gutachten des Ärztlichen Dienstes liegt vor (erstellt {D}): Diagnosen M54.5, F32.1. Leistungsbild: leichte '
         'Tätigkeiten, ohne Zeitdruck. Gutachter {M1:full}. Mit ⟨dem Kunden|der Kundin⟩ besprochen.')
t('any', 'Attest von {IN:medical} (Dr. {P1:sur}): ICD-10 J45.0, kein Einsatz in staubiger Umgebung. Damit passt die Stelle '
         'bei {CO} nicht. Attest vom {D}.')
t('any', 'Befundbericht mit den Codes G43.1 und F41.0, ausgestellt am {D}, Absender {NB:rehab}. ⟨Kunde|Kundin⟩ möchte '
         'nicht, dass Diagnosen an Arbeitgeber gehen. Selbstverständlich nicht.')
t('any', 'Der Hausarzt hat auf der AU nur "Z73" angegeben. Rückfrage in der Praxis ({IN:medical}), Sprechstundenhilfe '
         '{F1:given} verweist auf Schweigepflicht. Nächster Termin bei mir {D}.')

# ---------------------------------------------------------------- O. employers' applicant tracking exports
t('any', 'Export aus dem Bewerbermanagement von {BR} (Arbeitgeber hat ihn geschickt):\nBewerber-ID 44817 | {C:rev} | '
         'Status: Interview | Recruiter: {P1:full}\nInterview war am {D}.')
t('any', 'Der Arbeitgeber {CO} nutzt ein Bewerberportal, ⟨der Kunde|die Kundin⟩ bekam die Absage automatisch am {D}: '
         '"Leider passt Ihr Profil aktuell nicht." Kontakt laut Portal {EMco}.')
t('any', 'Statusliste aus dem Bewerberportal, die ⟨der Kunde|die Kundin⟩ mir gezeigt hat:\n- {CO}: eingegangen {D}\n- '
         '{BR}: in Prüfung\n- {CO}: abgelehnt {D}')

# ---------------------------------------------------------------- P. notices on boards
t('any', 'Aushang am Schwarzen Brett im Flur fotografiert: "Suche Mitfahrer nach {AD:line}, Frühschicht, {P1:given}, '
         '{PHm}". Passt zu ⟨dem Kunden|der Kundin⟩, Zettel weitergegeben.')
t('any', 'Aushang des Heimatvereins: "Helfer für das Erntefest am {D} gesucht, Meldung bei {M1:full}, {EM:M1}". '
         'Ehrenamt als Tagesstruktur empfohlen.')
t('any', 'Am Aushang der {IN:social} stand eine Stelle als Hausmeisterhilfe. Ansprechpartnerin {F1:full}, Telefon {PH}. '
         'Bewerbung bis {D}.')

# ---------------------------------------------------------------- Q. job coach logbook by calendar week
t('any', 'Logbuch Jobcoaching im Betrieb ({CO}):\nKW 12: Einarbeitung Lager, Vorarbeiter {M1:full} zufrieden.\nKW 13: zwei '
         'Fehltage, Attest nachgereicht.\nKW 14: Gespräch mit Personalleitung am {D}.')
t('any', 'Coaching-Tagebuch, Kalenderwoche 20: ⟨Kunde|Kundin⟩ arbeitet seit {D} bei {CR}. Meister {M1:sur} sagt, '
         'Tempo passt noch nicht. Nächster Besuch {D}. Coach: {P1:full}.')
t('any', 'KW 31 (Urlaubsvertretung von {S1:full}): Betrieb {CO} meldet Konflikt mit Kollegin {F1:given}. Klärungsgespräch '
         'am {D} angesetzt, Jobcoach {M1:full} kommt dazu.')

# ---------------------------------------------------------------- situations: poultry, slaughterhouses, contract work
t('any', 'Arbeitet seit {D} im Schlachthof bei {CO:meat}, Zerlegung, Schicht ab 4:30. Vorher über einen Subunternehmer '
         '({TA}) beschäftigt, jetzt direkt angestellt. Lohnabrechnung folgt.')
t('any', 'Geflügelmast: ⟨Kunde|Kundin⟩ hat beim Betrieb {M1:full} ({AD:line}) als Stallhelfer ausgeholfen, 450-Euro-Basis, '
         'Ausstallen nachts. Mitteilung über Nebeneinkommen ab {D}.')
t('any', 'Früher Werkvertrag über {TA}, Unterkunft im Sammelquartier {AD:line}, 8 Leute auf 60 m². Jetzt neue Wohnung, '
         'Mietvertrag mit {M1:full} liegt vor.')
t('any', 'Probetag in der Eierpackstelle von {CO:meat}: Nachtschicht, Sortieren und Kartonieren. Schichtleiterin {F1:full} '
         'meldet: ⟨Kunde|Kundin⟩ hat durchgehalten, Vertrag ab {D}.')
t('sgb3', 'Kündigung durch {CO:meat} (Fleischverarbeitung) wegen Werksschließung zum {D}. Arbeitsuchendmeldung fristgerecht. '
          'Betriebsrat {M1:full} hat Liste der Betroffenen geschickt.')
t('any', 'Hygieneschulung und Belehrung nach § 43 IfSG für die Stelle im Schlachthof gemacht, Bescheinigung vom {D} '
         'vom Gesundheitsamt. Start bei {CO:meat} ab {D}.')

# ---------------------------------------------------------------- peat, moor, heath
t('any', 'Saisonstelle bei {CO:peat}, Abbau im Moor bei {AD:line}, Maschinenführer. ⟨Kunde|Kundin⟩ hat den '
         'Traktorschein (Klasse T). Vorstellung am {D}.')
t('any', 'Die Schäferei von {M1:full} sucht Helfer für die Heidschnuckenherde, Unterkunft im Schafstall-Anbau möglich. Kontakt '
         '{PH}. ⟨Kunde|Kundin⟩ mag Tiere, will es sich ansehen.')
t('any', 'Heideblüte = Saison: Aushilfe im {CO:inn}, {AD:line}, nur August/September. Stundenzettel bis {D} '
         'vorlegen.')

# ---------------------------------------------------------------- semiconductors, clean room
t('any', 'Reinraumtauglichkeit: ⟨Kunde|Kundin⟩ hat die Schulung bei {CO:clean} bestanden (Zertifikat vom {D}). Einsatz in der '
         'Waferfertigung, Conti-Schicht. Ansprechpartner Personal {M1:full}.')
t('any', 'Bewerbung als Operator Halbleiterfertigung über {TA}, Einsatz bei {CO:clean}. Personaldisponentin {F1:full}, '
         '{EM:F1}, Tel. {PH}. Vorstellung {D}.')
t('any', 'Im Reinraum keine Schminke, kein Schmuck, 12-Stunden-Schicht. ⟨Kunde|Kundin⟩ unsicher wegen der Kinder '
         '(Betreuung über {IN:kita} nur bis 16 Uhr). Gespräch am {D} mit ⟨der Partnerin|dem Partner⟩ {O1:full}.')
t('any', 'Quereinstieg Mikrotechnologe: Teilqualifizierung beim {NB:clean}, Beginn {D}. Bildungsgutschein '
         'ausgegeben, Nr. steht im System. Kd.-Nr. {KD}.')

# ---------------------------------------------------------------- carp ponds, fish farming (Aischgrund)
t('any', 'Abfischen im Herbst: {CO:fish} sucht vier Helfer für die Weiher bei {AD:line}, jeweils samstags. Gummihose wird '
         'gestellt. ⟨Kunde|Kundin⟩ kennt den Teichwirt {M1:full} schon.')
t('any', 'Arbeitet in der Karpfenküche vom {CO:inn} (nur in Monaten mit "r"), saisonal bis {D}. Danach wieder '
         'arbeitslos, Vormerkung gemacht.')
t('any', 'Fischwirt-Ausbildung: Bewerbung bei der Teichwirtschaft in {AD:line}, Inhaberin {F1:full}. Schule wäre die '
         '{NB:fish}. Einstellungstest {D}.')

# ---------------------------------------------------------------- crafts: chimney sweep, organs, pianos, cemetery gardens
t('any', 'Praktikum beim Bezirksschornsteinfeger {M1:full}, Kehrbezirk um {AD:line}. Schwindelfrei ja, Atemschutz-'
         'Untersuchung G 26 steht noch aus (Termin {D}).')
t('any', 'Orgelbau: {CO:organ} sucht einen Helfer für Pfeifenreinigung und Transport. Kontakt {EMco}. '
         '⟨Kunde|Kundin⟩ hat Schreinererfahrung.')
t('any', 'Der Klavierbauer {M1:full} bietet einen Umschulungsplatz Klavier- und Cembalobauer an, Werkstatt '
         '{AD:line}. Probearbeit {D}.')
t('any', 'Friedhofsgärtnerin {F1:full}: Grabpflege Frühjahr, Saisonvertrag {D} bis {D}. Vorarbeiterin {F2:given} '
         'holt ⟨den Kunden|die Kundin⟩ morgens ab.')
t('any', 'Kirchengemeinde sucht Küster/Küsterin für {IN:club}, 15 Std./Woche. Pfarrer {M1:full}, Tel. {PH}. Passt für '
         '⟨den Kunden|die Kundin⟩ wegen der Rückenprobleme nur bedingt.')

# ---------------------------------------------------------------- health jobs: paramedics, pharmacy, hearing aids, museum
t('any', 'Ausbildung Notfallsanitäter bei {CO:rescue}: Zusage am {D}. Führerschein C1 fehlt, Kostenübernahme '
         'geprüft. Ausbildungsleiter {M1:full}.')
t('any', 'Die {NB:pta} bestätigt den Platz ab {D}. Praktikum in der Apotheke von {F1:full} ({AD:line}) vereinbart.')
t('any', 'Hörgeräteakustikermeister {M1:full} hat eine Stelle als Helfer/in in der Werkstatt. ⟨Kunde|Kundin⟩ trägt selbst Hörgeräte, fand das '
         'Gespräch mit seiner Frau {F1:full} gut. Entscheidung bis {D}.')
t('any', 'Aufsicht im Museum (Minijob, Wochenende) über den Förderverein, Vorsitzende {F1:full}, {EM:F1}. Ab {D}.')
t('any', 'Arbeitsgelegenheit im Heimatmuseum {IN:club}: Inventarisieren von Werkzeugen. Anleiter {M1:full}. Beginn {D}, '
         'Ende nach sechs Monaten.')

# ---------------------------------------------------------------- regional: porcelain, suevite quarry, Ries
t('any', 'Vorstellung bei {CO:porcelain} in der Malerei-Abteilung. Arbeitsprobe am {D}, Ergebnis: feine Hand, aber zu langsam. '
         'Zweiter Termin bei {M1:full}.')
t('any', 'Steinbruch im Ries (Suevit) sucht Fahrer für den Radlader. ⟨Kunde|Kundin⟩ hat den Schein. Firma {CO:quarry}, Kontakt '
         '{PH}. Termin {D}.')
t('any', 'Führungen am Rieskrater-Museum in der Saison: ⟨Kunde|Kundin⟩ könnte als ⟨Gästeführer|Gästeführerin⟩ anfangen, Schulung bei '
         '{IN:course}. Ansprechpartner {M1:full}.')

# ---------------------------------------------------------------- Norwegians
t('no19', 'Norwegische Staatsangehörigkeit, EWR. ⟨Kunde|Kundin⟩ hat bis {D:no} bei {COF:no19} in der Lachszucht '
          'gearbeitet (Standort Hitra). Bescheinigung PD U1 von {NB:foreign} angefordert.')
t('no19', 'Anruf der Mutter {Rf1:full} aus {ADF:no19}, Tel. {PHF:no19}: will wissen, ob ihr Kind sich gemeldet hat. '
          'Keine Auskunft gegeben, Datenschutz.')
t('no19', 'Norwegisches Konto für die Rückzahlung angegeben: {IBANF}. Kontoinhaber ⟨der Kunde|die Kundin⟩ selbst. '
          'Überweisung aus Deutschland geht, Gebühren erklärt.')
t('no19', 'Zeugnis auf Nynorsk mitgebracht ("attest"), ausgestellt {D:no} von {COF:no19} mit Unterschrift von {P1:full}. '
          'Übersetzung beauftragt.')
t('no19', 'War zwei Jahre ⟨Koch|Köchin⟩ auf einem Schiff der {COF:no19}. Seefahrtsbuch vorgelegt. Kontakt zum früheren '
          'Kapitän {M1:full}: {PHF:no19}.')
t('no19', 'Fahrzeug noch mit norwegischem Kennzeichen ({KFZF:no19}), Ummeldung nötig. Zulassung bei der '
          '{IN:vehicle} besprochen.')
t('no19', 'Schwester {Rf1:full} lebt in {ADF:no19} und könnte für den Übergang ein Zimmer anbieten. E-Mail {EM:Rf1}. '
          '⟨Kunde|Kundin⟩ will aber in Deutschland bleiben.')
t('no19', 'Anerkennung des norwegischen Fagbrev (Elektriker) bei der {NB:chamber} beantragt am {D}. Unterlagen der '
          '{NB:foreign} liegen bei.')

# ---------------------------------------------------------------- Malaysians and Bruneians
t('my19', 'Malaysische MyKad als Ausweis vorgelegt: {IDF:mykad}. Aufenthaltstitel (Blaue Karte) läuft bis {D}. Bis dahin '
          'Verlängerung bei der {IN:abh} beantragen.')
t('my19', '⟨Kunde|Kundin⟩ war ⟨Prozessingenieur|Prozessingenieurin⟩ bei {COF:my19} in Penang, Reinraum Klasse 100. Referenz von {P1:full}, '
          '{EM:P1}. Passt gut zu {CO:clean}.')
t('my19', 'Anruf des Vaters aus Malaysia ({PHF:my19}), Anschrift dort: {ADF:my19}. Er spricht nur Malaiisch, Kollege '
          '{SM:full} hat kurz übersetzt.')
t('my19', 'Reisepass Malaysia Nr. {IDF:mypass} (gültig bis {D}). Name im Pass in anderer Reihenfolge als in unserer Akte: '
          '"{C:UP}". Akte so gelassen, Vermerk gemacht.')
t('my19', 'Ersparnisse im Rentenfonds KWSP (EPF) in Malaysia, Auszahlung bei Ausreise möglich. Auskunft von '
          '{NB:foreign} angefordert am {D}. Vermögen prüfen.')
t('my19', '⟨Ehefrau|Ehemann⟩ {O1:full} hat einen Job bei {COF:my19} in Aussicht und geht evtl. zurück nach '
          '{ADF:my19}. ⟨Kunde|Kundin⟩ bleibt mit dem Kind hier.')
t('my19', 'Fahrpraxis: malaysischer Führerschein, eigenes Auto dort ({KFZF:my19}). Umschreibung hier nötig, '
          '{CO:drive} bietet Prüfungsvorbereitung.')
t('my19', 'Zum Fastenmonat Ramadan hat ⟨der Kunde|die Kundin⟩ um Termine am Vormittag gebeten. Nächster Termin {D}. '
          'Bruder {R1:full} kommt zum Übersetzen.')

# ---------------------------------------------------------------- Kashmiris
t('ks19', 'Indischer Reisepass Nr. {IDF:inpass}, ausgestellt in Srinagar. ⟨Kunde|Kundin⟩ kam als IT-Fachkraft mit '
          'Blauer Karte zu {BR}, Arbeitsverhältnis endete am {D}.')
t('ks19', 'Familie in Kaschmir: Mutter {Rf1:full}, Anschrift {ADF:ks19}. Unterhaltszahlungen dorthin monatlich, '
          'nicht absetzbar. Erklärt.')
t('ks19', 'War vier Jahre in Dubai bei {COF:ks19}. Gehalt ging auf das Konto {IBANF}. Restguthaben als Vermögen '
          'angegeben.')
t('ks19', 'Studium in Srinagar (M.Sc. Botany, Urkunde über {NB:foreign}), Anerkennungsbescheid der {NB:recognition} vom {D}. '
          'Teilweise gleichwertig.')
t('ks19', 'Kontakt zum Onkel {M1:full}, Handelskaufmann (Walnüsse und Safran), Tel. {PHF:ks19}. Er bietet eine '
          'Stelle im Import an, Firma {COF:ks19}.')
t('ks19', 'Handy in Indien noch aktiv ({PHF:ks19}), dazu deutsche Nummer {PHc}. Erreichbar eher per Messenger.')
t('ks19', 'Die Hochzeit des Bruders {R1:full} in Srinagar am {D}: Ortsabwesenheit für drei Wochen beantragt und '
          'genehmigt. Rückkehr {D}.')
t('ks19', 'Pashmina-Schals auf dem Weihnachtsmarkt verkauft (Stand zusammen mit {P1:full}). Einnahmen angegeben, '
          'Nachweis bis {D}.')

# ---------------------------------------------------------------- German regions, everyday things
t('any', 'Ehrenamt bei der {IN:club} (Jugendwart) seit Jahren. Zeigt Verlässlichkeit. Vorsitzender {M1:full} schreibt '
         'gern eine Referenz.')
t('any', 'Betreuungsplatz bestätigt von der {IN:kita} ab {D}, Eingewöhnung zwei Wochen. Danach Teilzeit möglich. Leitung '
         '{F1:full}, Tel. {PH}.')
t('any', 'Tagesmutter {F1:full} ({AD:line}) betreut ab {D} beide Kinder bis 15 Uhr. Vertrag liegt vor, Kostenübernahme '
         'beim Jugendamt.')
t('any', 'Führerschein Klasse B: {CO:drive}, 28 Fahrstunden bisher, Prüfung am {D}. Fahrlehrer {M1:sur} sagt: '
         'sicher genug.')
t('any', 'Staplerschein bei der {IN:course} gemacht, Prüfung am {D} bestanden. Kopie liegt vor.')
t('any', 'Schulden: {INK} fordert 1.230 € für einen alten Handyvertrag. Schuldnerberatung {IN:social} hat Termin am {D}. '
         'Beraterin {F1:full}.')
t('any', 'Gläubigerliste kurz: Energieversorger, Versandhaus, {INK}, Vermieter {M1:full}. Gesamt ca. 6.800 €.')
t('any', 'Ärger mit dem Nachbarn {M1:full} wegen der Hecke, Schiedsperson eingeschaltet. Nicht unser Thema, '
         '⟨Kunde|Kundin⟩ wollte es nur loswerden.')
t('any', 'Sportverein: ⟨Kunde|Kundin⟩ trainiert die E-Jugend beim {IN:club}, Übungsleiterpauschale 70 € monatlich. '
         'Freibetrag, keine Anrechnung.')
t('sgb2', 'Umzug innerhalb des Ortes: neue Wohnung {AD:line}, Vermieterin {F1:full}. Miete angemessen. BG {BG} ab {D} '
          'mit neuer Adresse.')
t('sgb2', 'Sohn {R1:given} (geb. {GEBt}) hat die Ausbildung bei {CO} begonnen. Ausbildungsvergütung ab {D} '
          'anrechnen, BG-Nr. {BG}.')
t('sgb2', 'Tochter {Rf1:given}, geboren {GEBk}, zieht zum Vater nach {AD:line}. Auszug aus der BG zum {D}.')
t('sgb2', 'Schwiegermutter {F1:full} (geb. {GEBa}) zieht in den Haushalt. Eigene Rente, keine BG-Mitgliedschaft. '
          'Untermietvertrag vorgelegt.')
t('sgb2', '⟨Neue Lebenspartnerin|Neuer Lebenspartner⟩ {O1:full}, geb. {GEBa}, zieht ein. Verantwortungs- und '
          'Einstehensgemeinschaft geprüft, BG {BG} erweitert ab {D}.')
t('sgb2', 'Betriebskostennachzahlung an {CO:housing} (Hausverwaltung) übernommen, Überweisung auf {IBAN}. Bescheid an BG '
          '{BG} am {D}.')
t('sgb2', 'Direktzahlung der Miete an den Vermieter {M1:full}, Konto {IBAN}. Wunsch ⟨des Kunden|der Kundin⟩ wegen '
          'früherer Rückstände.')
t('sgb2', 'Kontoänderung: neues Konto {IBANc}, altes Konto wegen Pfändung gekündigt. Pfändungsschutzkonto ab {D}.')
t('sgb2', 'Haushaltsgemeinschaft mit dem Bruder {R1:full} (eigene BG {BGo}). Getrennte Kühlschränke, getrennte '
          'Mietanteile, geprüft.')
t('sgb2', 'Einkommensbescheinigung vom Minijob bei {CO}: 520 €, Steuer-ID {TAX}. Anrechnung ab {D}.')
t('sgb3', 'Arbeitslosmeldung persönlich, Beschäftigung bei {CO} endete am {D}. Arbeitsbescheinigung folgt vom '
          'Lohnbüro ({F1:full}, {PH}).')
t('sgb3', 'Hat bei {CO} zum {D} selbst gekündigt, weil ⟨er|sie⟩ zu {O1:full} gezogen ist (⟨Partnerin|Partner⟩). Ob das ein '
          'wichtiger Grund ist, klärt die Leistung.')
t('sgb3', 'Weiterbildung mit Bildungsgutschein: Umschulung zur Fachkraft für Lagerlogistik bei {IN:course}, Beginn {D}. '
          'Steuer-ID für die Abrechnung {TAX}.')
t('sgb3', 'Teilarbeitslosengeld: zweite Beschäftigung bei {CO} verloren, Hauptbeschäftigung bei {BR} bleibt. '
          'Rentenversicherungsnummer {RV}.')
t('sgb3', 'Rückkehr aus Elternzeit, Arbeitgeber {CO} kann keine Teilzeit anbieten. Aufhebungsvertrag zum {D} '
          'unterschrieben. Sperrzeit wird geprüft, Stellungnahme von {F1:full} (Personal) angefordert.')
t('sgb3', 'Für den Gründungszuschuss liegt die fachkundige Stellungnahme der {NB:chamber} vor. Gewerbe angemeldet am {D} '
          '({CR}).')
t('sgb3', 'Kurzarbeit bei {BR} seit {D}, Nebentätigkeit in der Gastronomie beim Wirt {M1:full}. Meldung vollständig.')

# ---------------------------------------------------------------- numbers in ordinary sentences
t('any', 'Rentenversicherungsnummer aus dem Sozialversicherungsausweis abgeschrieben: {RV}. Stimmt mit der Akte überein.')
t('any', 'Steuer-ID nachgereicht: {TAX}. Arbeitgeber {CO} kann jetzt abrechnen.')
t('any', 'Personalausweis verloren, Verlustanzeige gemacht. Neuer Ausweis beantragt, Nummer des alten: {ID}.')
t('any', 'Aufenthaltstitel neu ausgestellt, Kartennummer {ID}, gültig bis {D}. Kopie gescannt.')
t('any', 'Kennzeichen des Autos für die Fahrkostenerstattung: {KFZ}. Halter ist der Bruder {R1:full}.')
t('any', 'Unfall auf dem Weg zur Maßnahme: ⟨Kunde|Kundin⟩ mit dem Rad, Pkw {KFZ} hat ⟨ihn|sie⟩ übersehen. Fahrer '
         '{M1:full}. Polizei hat aufgenommen am {D}.')
t('any', 'Kd.-Nr. {KD} wurde bei der Anmeldung zur Maßnahme falsch übertragen (stand dort {KDo}). Träger informiert.')
t('any', 'Zwei Akten zu einer Person gefunden: {KD} und {KDo}. Bitte um Zusammenlegung durch {S1:full}.')
t('any', 'Fahrkostenerstattung auf das Konto {IBANc} angewiesen. Betrag 38,40 € für die Fahrten zu {CO}.')
t('any', 'Mail ⟨des Kunden|der Kundin⟩ vom {D} von {EMc}: Bewerbungen als PDF anbei, drei Stück.')
t('any', 'Neue Telefonnummer {PHc}, alte Nummer ist abgemeldet. Mailadresse {EMc} bleibt.')
t('any', 'Kollegin {SF:full} aus dem Team nebenan übernimmt die Vertretung bis {D}. Durchwahl {PH}.')
t('any', 'Teamleitung ({TL:full}) hat die Förderung bei {CO} freigegeben. Vermerk vom {D}.')
t('any', 'Rücksprache mit {TL:init}: Förderung nur, wenn die Probezeit bei {CO} verlängert wird.')
t('any', 'Geburtsdatum in der Akte war falsch ({GEBa}), richtig ist {GEB}. Korrigiert nach Vorlage des Ausweises.')

# ---------------------------------------------------------------- longer notes with few values
t('any', 'Langes Gespräch, ⟨Kunde|Kundin⟩ war sehr offen. Nach dem Tod der Großmutter ist vieles liegen geblieben: Post nicht '
         'geöffnet, Termine vergessen, Schlafrhythmus durcheinander. Wir haben gemeinsam sortiert, was eilt (Kranken'
         'versicherung, Miete) und was warten kann. Vereinbart, dass ⟨er|sie⟩ sich Hilfe bei der {IN:social} holt. Ich habe '
         'den Eindruck, dass die Arbeitssuche im Moment nicht im Vordergrund stehen kann, ohne dass etwas kaputtgeht. '
         'Nächstes Gespräch in drei Wochen, bis dahin keine Vermittlungsvorschläge.')
t('any', 'Gespräch über Berufswünsche. ⟨Kunde|Kundin⟩ hat früher gern gekocht und kann sich Gemeinschaftsverpflegung '
         'vorstellen, aber keine Wochenenden wegen der Kinder. Wir haben über Kantinen, Schulmensen und Krankenhausküchen '
         'gesprochen. Bedenken: Schichtbeginn um sechs, Anfahrt ohne Auto. Vorschlag: zunächst ein Praktikum in der Mensa '
         'der {IN:school}, um zu sehen, ob das Tempo passt. ⟨Kunde|Kundin⟩ will es sich überlegen und meldet sich.')
t('any', 'Reflexion nach dem Termin: Ich war heute zu schnell. ⟨Kunde|Kundin⟩ hat mehrmals gesagt, dass ⟨er|sie⟩ nicht weiß, '
         'wie ⟨er|sie⟩ die Bewerbungen schreiben soll, und ich habe trotzdem die Liste der Firmen durchgesprochen. Beim '
         'nächsten Mal zuerst klären, was ⟨er|sie⟩ alleine schafft und wo Unterstützung nötig ist. Eventuell Bewerbungscafé '
         'im Familienzentrum vorschlagen. Kein Druck mit Fristen.')
t('any', 'Gesundheitliche Situation hat sich stabilisiert. Nach der Reha läuft die Physiotherapie weiter, zweimal pro Woche. '
         'Schweres Heben geht nicht mehr, langes Stehen auch nicht. Früherer Beruf im Lager kommt nicht in Frage. '
         'Gesprochen über Büro, Empfang, Qualitätskontrolle im Sitzen. ⟨Kunde|Kundin⟩ zweifelt, ob ⟨er|sie⟩ mit dem '
         'Computer zurechtkommt. Grundkurs EDV wäre ein Anfang.')
t('any', 'Das Gespräch fand im Auto statt, weil ⟨der Kunde|die Kundin⟩ das Gebäude nicht betreten wollte (Panik in engen '
         'Räumen). Wir sind auf dem Parkplatz geblieben. Es ging um die nächsten Schritte, die Wohnungssuche und die '
         'Angst vor dem neuen Kurs. Vereinbart: nächstes Mal wieder draußen, gern beim Spaziergang.')
t('any', 'Ohne Termin erschienen, wollte nur fragen, ob die Unterlagen angekommen sind. Sind sie. Keine weiteren Fragen.')
t('any', 'Einladung zum Gruppentermin "Bewerben mit 50 plus" verschickt. Rückmeldung steht aus.')
t('any', 'Termin nicht wahrgenommen. Keine Entschuldigung. Erinnerung per Post, zweiter Termin in zwei Wochen.')
t('any', 'Telefonisch nicht erreichbar, Mailbox voll. Brief geht raus.')
t('any', 'Kurz: Bewerbungsunterlagen durchgesehen, Anschreiben zu lang, Lebenslauf ohne Lücken. Überarbeitung bis nächste '
         'Woche. Keine weiteren Themen.')

# ---------------------------------------------------------------- more mixed styles
t('any', 'Notiz auf dem Post-it am Monitor (abgetippt, Handschrift von {S1:inits}): "{C:sur} – Rückruf wg. {CO} – {PHc}"')
t('any', 'Im Flur getroffen: {S1:full} sagt, ⟨der Kunde|die Kundin⟩ habe gestern beim Empfang nach mir gefragt. '
         'Rückruf unter {PHc} gemacht, Thema: Termin bei {IN:medical} am {D}.')
t('any', 'Gruppeninfo Pflegeberufe am {D}, Referentin {F1:full} von der {IN:school}. Anwesend u. a. {C:full}. '
         'Interesse an der Pflegehelferausbildung.')
t('any', 'Betriebsbesichtigung mit drei Kunden bei {BR}, Führung durch {M1:full}. ⟨Kunde|Kundin⟩ war ⟨als Einziger|als Einzige⟩ '
         'wirklich interessiert. Bewerbung bis {D}.')
t('any', 'Brief an {C:full}, {ADc:block}\nzurück mit Vermerk "unbekannt verzogen". Meldeanfrage gestellt am {D}.')
t('any', 'Vorladung vom {IN:court} als ⟨Zeuge|Zeugin⟩ in der Sache gegen {M1:full}. Termin {D}. Ausfall '
         'des Kurstags entschuldigt.')
t('any', 'Sozialarbeiterin {F1:full} von der {IN:social} war beim Termin dabei (mit Einverständnis). Sie begleitet '
         '⟨den Kunden|die Kundin⟩ seit {D:textny}.')
t('any', 'Betreuerin laut Betreuerausweis: {F1:full}, Aufgabenkreis Behörden und Vermögen. Kontakt {EM:F1}, {PH}. '
         'Alle Post ab sofort in Kopie an sie.')
t('any', 'Dolmetscherin für Tigrinya ist ausgefallen, Ersatz {F1:full} kommt über {CO:interp}. Wir treffen uns stattdessen am {D}.')
t('any', 'Ausgabe von Arbeitskleidung: Sicherheitsschuhe S3 und Warnweste für den Einsatz bei {CO}. Quittiert am {D}.')
t('any', 'Vermittlungsvorschlag: Helfer/in Landtechnik bei {CO:farm}, Werk {AD:line}. Rückmeldung bitte an {S1:full}.')
t('any', 'Vermittlungsvorschlag als Reinigungskraft im {IN:medical}, Vorgesetzte {F1:full}. Bewerbung per Mail an {EMco}.')
t('any', 'Arbeitsgelegenheit beim Bauhof der Gemeinde, Anleiter {M1:full}. Beginn am {D}, Ende drei Monate später.')
t('any', 'EGZ an {CO} geht durch, 40 % für 6 Monate. Ansprechpartner im Betrieb {M1:full}, {EM:M1}.')
t('any', 'Kunde eines Kollegen ({SM:full}) hat heute fälschlich bei mir angerufen. Weitergeleitet, nichts weiter.')
t('any', 'Neue Anschrift laut Meldebestätigung: {AD:line}. Umzug am {D}, Wohnung ist angemessen.')
t('any', 'Anschrift der neuen Arbeitsstelle: {CO}, {AD:block}\nArbeitsbeginn {D}, Arbeitszeit 7 bis 15:30 Uhr.')
t('any', 'Die Nummer {PH} auf dem Bewerbungsbogen gehört nicht ⟨dem Kunden|der Kundin⟩, sondern der Schwester {Rf1:full}. '
         'Richtige Nummer ergänzt.')
t('any', 'Bestätigung der Anmeldung beim Sprachkurs (B2 Beruf) im {IN:course}, Beginn {D}. Lehrkraft {F1:full}.')
t('any', 'E-Mail vom Träger ({EMco}): Teilnehmer {C:rev} fehlt seit {D} unentschuldigt. Anhörung eingeleitet.')
t('any', 'Anhörung zum Meldeversäumnis: ⟨Kunde|Kundin⟩ gibt an, die Einladung vom {D} nicht bekommen zu haben. '
         'Briefkasten war beschädigt, Vermieter {M1:full} bestätigt das.')
t('any', 'Nachricht im Postfach vom {D}: "Bin ab Montag bei {CO}, Arbeitsvertrag schicke ich nach. {C:given}"')
t('any', 'Ein früherer Kollege, {M1:full}, hat ⟨den Kunden|die Kundin⟩ für eine Stelle bei {CO} empfohlen. '
         'Telefonnummer des Betriebs {PH}.')
t('any', 'Ich habe {C:full} heute erstmals persönlich kennengelernt (vorher nur Video). Wirkt motiviert, will schnell '
         'in Arbeit. Erste Ideen: {CO}, {BR}.')
t('any', 'Videotermin abgebrochen, Verbindung schlecht. Weiter per Telefon unter {PHc}.')
t('any', 'Bewerbung bei {CO} als Produktionshelfer/in, Eingangsbestätigung vom {D}.')
t('any', 'Praktikum bei {CO} vom {D} bis {D}, Betreuer dort {M1:full}. Beurteilung gut.')
t('any', 'Heute Brief der {IN:licence} erhalten: Führerschein wird nach MPU wieder erteilt. ⟨Kunde|Kundin⟩ erleichtert.')
t('any', 'Pflegegrad 2 für den Schwiegervater {M1:full} (geb. {GEBo}) bewilligt. ⟨Kunde|Kundin⟩ pflegt ihn, daher nur '
         'Teilzeit möglich. Pflegestützpunkt-Beratung bei {F1:full}.')
t('any', 'Teilnahme an der Jobmesse im Gymnasium am {D}: Gespräche mit {CO}, {BR} und {CR}. Zwei Einladungen.')
t('any', 'Unterlagen für die Bewerbung als Busfahrer/in: Kopie Führerschein, Fahrerkarte, Nachweis Code 95. '
         'Arbeitgeber {CO:bus}, Ansprechpartner {M1:full}.')
t('any', 'Verdacht auf Schwarzarbeit: Nachbar meldet anonym, ⟨der Kunde|die Kundin⟩ arbeite bei {CR}. Sachverhalt '
         'an {S1:full} zur Prüfung.')
t('any', 'Sprachkurs abgebrochen, weil der Bus von {AD:street} nur zweimal täglich fährt. Alternative: Online-Kurs.')
t('any', 'Erstgespräch. Geboren am {GEB}, zuletzt tätig bei {CO}, ledig, keine Kinder. Sprachkenntnisse Deutsch B1.')
t('any', 'Unterlagen zur Anerkennung vollständig: Diplom, Fächerliste, Übersetzung durch {P1:full}. Weiter an die '
         '{NB:recognition}.')
t('any', 'Rückmeldung von {M1:full} ({CO}) am {D}: ⟨Kunde|Kundin⟩ war beim Probetag zu spät, aber fleißig. Zweite Chance.')
t('any', 'Vertretungsvermerk ({S1:full}): Kd. hat angerufen, Krankmeldung bis {D}. Weiter an {CW:full}.')
t('any', 'Beratung Familienkasse: Kindergeld für {Rf1:given} läuft über den anderen Elternteil {O1:full}. Nachweis fehlt.')

# ---------------------------------------------------------------- batch 2: names, birth dates and numbers in the new styles
t('any', 'Kopfzeilen der Mail im Rohformat:\nFrom: =?UTF-8?Q?{C:full|qp}?= <{EMc}>\nTo: {EMs}\nSubject: =?UTF-8?Q?Krankmeldung?=\n'
         'Inhalt: krank bis {D}, Krankschreibung kommt per Brief.')
t('any', 'Rohformat einer Antwort aus dem Team: "From: {SF:full|qp} / To: {CW:full|qp} / Betreff: AW: Vertretung" – '
         'sie übernimmt den Termin mit {C:full} am {D}.')
t('any', 'Tabelle aus dem Portal (HTML), so eingefügt:\n<tr><td>{C:rev|html}</td><td>{GEB}</td><td>{KD}</td></tr>\n'
         '<tr><td>Ansprechpartner</td><td colspan="2">{CW:full|html}</td></tr>\nDaten stimmen, Upload bestätigt.')
t('any', 'Im Portal hat ⟨der Kunde|die Kundin⟩ das Geburtsdatum als "{GEB}" eingetragen, der Ausweis sagt dasselbe. '
         'Name im Portalkonto: {C:low}. Konto freigeschaltet von {SM:full}.')
t('any', 'Anzeige der Online-Terminbuchung: "Ihr Termin bei {CW:full|html} am {D} um 10:30 Uhr wurde best&auml;tigt." '
         'Gebucht durch {C:full}.')
t('birth', 'Aktendeckel, innen: Namensänderung nach Heirat. Geburtsname {C:birth}, jetzt {C:full}. Neue Steuer-ID nicht '
         'nötig, bleibt {TAX}.')
t('any', 'Auf dem Rücken der Papierakte: "{C:REV} / {KD} / Fallmanagement {CW:inits}". Akte an {SF:full} zum Scannen.')
t('any', 'Karteikarte aus der Zeit vor der E-Akte (Schreibmaschine):\nNAME: {C:UP}\nGEB.: {GEB}\nRV-NR.: {RV}\n'
         'BEMERKUNG: Umschulung 2011 abgebrochen\nÜbertragen, Original vernichtet nach Frist.')
t('any', 'Wartenummer A-204, aufgerufen durch {SM:full}. Anliegen: Bescheinigung zur Vorlage bei {IN:office}. Ausgestellt für '
         '{C:full}, geb. {GEB}.')
t('any', 'Im Protokoll des Aufrufsystems stehen zwei Einträge für dieselbe Person: "{C:full}" (09:12) und "{C:UP}" '
         '(09:55). Einmal Empfang, einmal Leistung. Kein Fehler.')
t('any', 'Innenrevision (Prüferin {SF:full}) bemängelt, dass die RV-Nummer {RV} in einer Freitextnotiz steht. '
         'Aus der Notiz entfernt, im Stammdatenfeld gelassen.')
t('any', 'Nachschau der Revision am {D}: Fallakte {C:full}, zuständig {CW:full}, Teamleitung {TL:full}. Keine Beanstandung.')
t('any', 'Stichprobe der Fachaufsicht: In der Beratungsnotiz vom {D} fehlte die Rechtsfolgenbelehrung. Rückmeldung an '
         '{CW:init} durch {TL:init}. ⟨Kunde|Kundin⟩ {C:sur} nicht benachteiligt.')
t('any', 'Sprechtag im Rathaus, Liste der Vorsprachen (Sachbearbeitung {CW:gs}):\n09:00 {C:rev}\n09:30 {P1:rev}\n'
         '10:00 frei\n10:30 {P2:rev}')
t('any', 'Nach dem Außensprechtag mit {SF:full} zurück ins Amt. Für ⟨Herrn|Frau⟩ {C:sur} die Kopien der Lohnzettel '
         'mitgenommen, Steuer-ID {TAX}.')
t('any', 'Arbeitszeugnis für ⟨Herrn|Frau⟩ {C:full}, geb. {GEB}, von {CO}: "hat die übertragenen Aufgaben zu unserer '
         'Zufriedenheit erledigt" = befriedigend. Zeugnis vom {D}.')
t('any', 'Zeugnisanalyse mit ⟨dem Kunden|der Kundin⟩ im Gruppenworkshop bei {SM:full}. Fünf Zeugnisse, zwei davon '
         'mit Geheimcode ("gesellig" = trinkt). Betrifft das Zeugnis von {CO}.')
t('any', 'Wochenplan (von ⟨dem Kunden|der Kundin⟩ selbst geschrieben, abfotografiert):\n"Mo – Bewerbung {CO}\n'
         'Mi – Jobcenter bei {CW:sur}\nFr – Kinderarzt"\nUnterschrift {C:given}.')
t('any', 'Reiseauskunft für den Aufnahmetermin (Einrichtung: {NB:rehab}), ausgedruckt für {C:full}: Hinfahrt {D}, Rückfahrt {D}. '
         'Fahrkarte über {SF:full} bestellt.')
t('any', 'Amtshilfe: Das Jobcenter am früheren Wohnort bittet um Kopie der Anhörung vom {D}. Betrifft {C:full}, '
         'geb. {GEB}, alte Kd.-Nr. {KDo}. Kopie an {P1:full}, {EM:P1}.')
t('any', 'Weiterleitung an die Krankenkasse (Amtshilfe): Versicherte/r {C:full}, RV-Nr. {RV}. Zuständig bei der Kasse: '
         '{F1:full}.')
t('any', 'Gutachten-Auftrag an den Ärztlichen Dienst, Deckblatt: Name {C:full}, geb. {GEB}, Anschrift {ADc:line}, '
         'Fragestellung: Leistungsfähigkeit im Lager. Auftraggeber {CW:full}.')
t('any', 'Ärztliche Bescheinigung mit Diagnoseschlüssel F43.2 für {C:full}. Kopie versehentlich mitgeschickt, '
         'zurückgefordert von {SM:full}.')
t('any', 'Bewerbermanagement-Export von {CO}, Spalten Name | Geburtsdatum | Status:\n{C:full} | {GEB} | eingeladen\n'
         '{P1:full} | {GEBa} | abgelehnt\nDie zweite Zeile gehört nicht zu uns, Arbeitgeber informiert.')
t('any', 'Aushang im Jobcenter-Foyer: "Sprechstunde Arbeitgeberservice donnerstags, {SM:full} und {SF:full}, Tel. {PH}".')
t('any', 'Logbuch des Jobcoachs, KW 40: "{C:given} ist pünktlich, Chef {M1:sur} zufrieden." KW 41: "Urlaub." '
         'Jobcoach {F1:full}, {EM:F1}.')

# ---------------------------------------------------------------- batch 2: ordinary notes with people and numbers
t('any', 'Vertretung für {CW:full}: Gespräch mit {C:full} geführt. Nichts Neues, nächster Termin bei der Stammkraft am {D}. '
         '– {SF:gs}')
t('any', 'Neuer Buchstabenschnitt: {C:sur} gehört jetzt zu Team 3, Übergabe an {SM:full}. Stand: Bewerbung '
         'bei {CO} läuft.')
t('any', 'Verteiler dieser Notiz: {TL:rev}; {SF:rev}; {CW:rev}.')
t('any', 'Mit freundlichen Grüßen / i. A. {CW:full}\n(Ende des Schreibens an ⟨Herrn|Frau⟩ {C:full}, {ADc:block})')
t('any', '⟨Herr|Frau⟩ {C:sur} ruft an, möchte mit {TL:full} sprechen wegen Beschwerde über mich. Weitergeleitet. '
         'Rückrufnummer {PHc}.')
t('any', 'Beschwerde ⟨des Kunden|der Kundin⟩ per Mail von {EMc} an die Teamleitung ({TL:full}). Stellungnahme von mir '
         'bis {D}.')
t('any', '⟨Kunde|Kundin⟩ {C:full} (Kd.-Nr. {KD}) bittet um Terminverlegung wegen Kita-Eingewöhnung. Neuer Termin {D}.')
t('any', 'Heute {C:given} und {O1:given} gemeinsam beraten. Beide suchen Arbeit, Kinderbetreuung abwechselnd.')
t('any', 'Personalien geprüft: {C:full}, geb. am {GEB}, Ausweis-Nr. {ID}. Alles in Ordnung.')
t('any', 'Neue Mailadresse ⟨des Kunden|der Kundin⟩: {EMc}. Alte Adresse {EM:C} ist gelöscht.')
t('any', 'Telefonnotiz ({SF:init}): ⟨Herr|Frau⟩ {C:sur} kann morgen nicht, Auto ({KFZ}) in der Werkstatt.')
t('any', 'Kennzeichen {KFZ} auf dem Parkplatz vor dem Jobcenter gehört nicht ⟨dem Kunden|der Kundin⟩, sondern '
         '{P1:full}. Vorwurf der Nachbarin erledigt.')
t('any', 'Halterauskunft wegen Fahrkosten: Fahrzeug {KFZ} ist auf {O1:full} zugelassen. Nutzung durch ⟨den Kunden|die '
         'Kundin⟩ glaubhaft.')
t('any', 'Auskunft zur Rente bei der DRV erbeten (VSNR {RV}). Die Antwort dauert erfahrungsgemäß.')
t('any', 'Steuer-Identnummer {TAX} sowie die RV-Nr. {RV} an den neuen Arbeitgeber {CO} '
         'weitergegeben (mit Einwilligung).')
t('any', 'Urkunde über die Geburt von {Rf1:given} (geb. {GEBk}) vorgelegt, Kindergeld beantragt.')
t('any', 'Sohn {R1:given}, geb. {GEBk}, Tochter {Rf1:given}, geb. {GEBk}. Beide in der Grundschule {IN:school}.')
t('any', '⟨Partnerin|Partner⟩ {O1:full}, geb. {GEBa}, lebt nicht im Haushalt. Getrennte Wohnungen bestätigt.')
t('any', 'Die Bewerbung ging als Mail an {EMco}, Kopie an {EMs}. ⟨Kunde|Kundin⟩ hat es allein geschafft.')
t('any', 'Mailverkehr mit {P1:full} ({EM:P1}) vom Bildungsträger: Platz im Kurs ab {D} frei.')
t('sgb2', 'Weiterbewilligungsantrag für die BG {BG} liegt vor, Unterschriften: {C:full} sowie {O1:full}.')
t('sgb2', 'Rückforderung an BG {BG}: Einkommen aus dem Minijob nicht gemeldet. Anhörung an {C:full}, {ADc:line}.')
t('sgb3', 'Antrag auf Arbeitslosengeld online gestellt von {C:full}, geb. {GEB}, Steuer-ID {TAX}. Beschäftigung bei {CO} '
          'bis {D}.')
t('sgb3', 'Zwischenmeldung: ⟨Kunde|Kundin⟩ {C:full} ist ab {D} bei {BR} befristet beschäftigt. Abmeldung durch {SF:full}.')

# ---------------------------------------------------------------- batch 2: population-bound
t('no19', 'Schreibweise im Pass: {C:UP}. Im Export an den Träger kommen Sonderzeichen falsch an (aus ø wird Ã¸), '
          'dort steht "{C:full|moji}". IT-Ticket bei {SM:full}.')
t('no19', 'Lebenslauf: Hurtigruten-Saisonarbeit, danach Lagerist in {ADF:no19}. Referenz von {P1:full}, '
          'Telefon {PHF:no19}, Mail {EM:P1}.')
t('no19', 'Rückfrage bei {NB:foreign} wegen Anrechnung norwegischer Versicherungszeiten. Geburtsdatum laut Pass '
          '{GEB}, Bescheid vom {D:no}.')
t('no19', 'Umzug von Norwegen: Container mit Möbeln kommt am {D} an, Spedition {COF:no19}. Bis dahin wohnt ⟨der Kunde|'
          'die Kundin⟩ bei {P1:full}, {AD:line}.')
t('my19', 'Ehemaliger Vorgesetzter bei {COF:my19}, {P1:full}, schreibt auf Englisch eine Referenz (dated {D:my}). '
          'Kontakt: {EM:P1}.')
t('my19', 'Anrede geklärt: ⟨Kunde|Kundin⟩ heißt {C:full}, möchte mit ⟨Herr|Frau⟩ {C:sur} angesprochen werden. '
          'Akte entsprechend ergänzt.')
t('my19', 'Geburtsurkunde aus Malaysia (Sijil Kelahiran), geb. {GEB}, Übersetzung durch {P1:full}. MyKad-Nr. '
          '{IDF:mykad}.')
t('my19', 'Konto in Malaysia bei Maybank wird aufgelöst. Restbetrag auf deutsches Konto {IBANc}. Bestätigung '
          'vom {D:my}.')
t('ks19', 'Schreibweise des Namens uneinheitlich: Pass "{C:UP}", Abschlusszeugnis "{C:full}". Identität geklärt '
          'durch {SF:full}.')
t('ks19', '⟨Ehefrau|Ehemann⟩ {O1:full} (geb. {GEBa}) kommt über Familiennachzug, das Visum ist erteilt. Die Heiratsurkunde hat '
          '⟨der Kunde|die Kundin⟩ bei der {NB:foreign} beglaubigen lassen, Termin dort war am {D}.')
t('ks19', 'Bescheinigung über den Studienabschluss (B.Tech.), ausgestellt über {NB:foreign}, geb. {GEB}. Weiter an die {NB:recognition}.')
t('ks19', 'Auto des Cousins in Jammu ({KFZF:ks19}) als Vermögen angegeben, gehört aber {M1:full}. Nachweis liegt vor.')

# ---------------------------------------------------------------- batch 3: institutions, phones, accounts
t('any', 'Netzwerk ⟨des Kunden|der Kundin⟩ laut eigener Aufzählung: {IN:social}, {IN:club}, {IN:medical} und die '
         'Nachbarin {F1:given}. Telefon der Beratungsstelle {PH}.')
t('any', 'Liste der Stellen, bei denen ⟨der Kunde|die Kundin⟩ schon war: {IN:office}, {IN:social}, {IN:abbr}. '
         'Niemand fühlt sich zuständig. Fallbesprechung angeregt.')
t('any', 'Anmeldung zur Schule für Erwachsene: {IN:school}, Sekretariat {PH}. Abschluss Hauptschule nachholen, Beginn {D}.')
t('any', 'Rückruf der {IN:abbr} unter {PH}: Der Platz ist vergeben. Alternative: {IN:course}.')
t('any', 'Migrationsberatung ({IN:social}) und {NB:community} unterstützen bei der Wohnungssuche. Ansprechperson '
         '{P1:full}, {PHm}.')
t('any', 'Bankverbindung für die Erstattung: {IBAN}, Kontoinhaber ist {O1:full}. Abtretungserklärung liegt vor.')
t('any', 'Überweisung der Kaution direkt an die Wohnungsgenossenschaft, IBAN {IBAN}. Darlehen, Tilgung 50 € monatlich.')
t('any', 'Die Rückzahlung des Darlehens läuft über das Konto {IBANc}, erste Rate am {D}.')
t('any', 'Telefonate des Tages (abgearbeitet):\n- {IN:kita}, {PH}: Platz bestätigt\n- {CO}, {PH}: Probetag verschoben\n'
         '- ⟨Kunde|Kundin⟩ selbst, {PHc}: Bescheid erklärt')
t('any', 'Auskunft der {IN:office} (Sachbearbeitung Tel. {PH}): Antrag ist eingegangen und wird bearbeitet.')
t('any', 'Die {NB:chamber} hat die Prüfungsanmeldung bestätigt. Prüfungsort {IN:school}, Termin {D}.')
t('any', 'Kurs bei der {IN:course} abgeschlossen, Zertifikat über {IN:abbr} ausgestellt. Nächster Schritt: Bewerbungen '
         'im Bereich Büro.')
t('any', 'Neue Rentenversicherungsnummer nach Namensänderung? Nein, die Nummer {RV} bleibt. ⟨Kunde|Kundin⟩ war unsicher.')
t('any', 'SV-Ausweis fehlt, RV-Nummer telefonisch bei der DRV erfragt: {RV}.')

# ---------------------------------------------------------------- batch 4: web copies with protected blanks
t('any', 'Aus der Trefferliste der Jobbörse kopiert (die Leerzeichen sind geschützte Leerzeichen): {CO|nbsp} · '
         '{AD:line|nbsp} · Ansprechpartner {M1:full|nbsp}. ⟨Kunde|Kundin⟩ bewirbt sich bis {D}.')
t('any', 'Aus dem Online-Kalender des Trägers kopiert: "Dozent:\u00a0{M1:full|nbsp} | Raum\u00a02 | {IN:course|nbsp} | '
         'Beginn {D}". Teilnahme ⟨des Kunden|der Kundin⟩ ist bestätigt.')

# ---------------------------------------------------------------- batch 5: data-breach reports, scan cover sheets, staff lists
t('any', 'Meldung an die Datenschutzbeauftragte (Fehlversand): Das Schreiben an {C:full} ging versehentlich an {P1:full}, '
         '{AD:line}. Entdeckt am {D}, Empfänger hat den Brief zurückgebracht. Meldung nach Art. 33 DSGVO geprüft durch {SF:full}.')
t('any', 'Datenpanne: Rundmail an sechs Teilnehmende im offenen Verteiler statt BCC. Betroffen u. a. {EMc} und {EM:P1}. '
         'Entschuldigung verschickt, Vorfall an {SM:full} gemeldet.')
t('any', 'Fehlversand per Mail: Die Autovervollständigung hat statt {EMco} die Adresse {EM:P1} vorgeschlagen. Anhang: '
         'Lebenslauf von {C:full}. Empfänger ({P1:full}) hat die Löschung bestätigt am {D}.')
t('sgb2', 'Vorfall Datenschutz: Bescheid für BG {BG} im Umschlag der BG {BGo} verschickt. Beide Haushalte informiert, '
          'Rücksendung erbeten. Bearbeitung {SF:full}, Leitung {TL:full}.')
t('any', 'Scan-Deckblatt, Klartextzeile unter dem Barcode: *{KD}* / {C:REV} / Eingang {D} / Posteingang {SM:inits}. '
         'Dokumente: Mietvertrag, Kontoauszüge.')
t('any', 'Das Scan-Deckblatt war falsch beschriftet (Kd.-Nr. {KDo} statt {KD}). Dokument in die richtige Akte '
         'umgehängt durch {SF:full}.')
t('any', 'Auszug aus der Buchstabenverteilung des Teams (Stand {D}):\nA–F {SM:rev}, Durchwahl -214\nG–M {CW:rev}, -233\n'
         'N–Z {SF:rev}, -245\n⟨Herr|Frau⟩ {C:sur} fällt unter mich.')
t('any', 'Telefonliste der Eingangszone für heute: {SF:full} ({PHs}), {SM:full} (Springer). Bei Fragen zu ⟨Herrn|Frau⟩ '
         '{C:sur} bitte an mich.')
t('any', 'Vertretungsplan über Weihnachten: {CW:init} vom {D} bis {D} im Urlaub, Vertretung {SF:init}, danach {SM:init}. '
         'Offene Fälle, u. a. {C:full}, sind übergeben.')
t('any', 'Abschiedsmail von {SM:full} (Ruhestand) an das Team: "Meine Fälle gehen an {CW:full} und {SF:full}. Besonders '
         'am Herzen liegt mir {C:given}, bitte dranbleiben!" Übernommen.')
t('any', 'Einarbeitung der neuen Kollegin {SF:full}: Sie hat heute beim Gespräch mit {C:full} hospitiert (mit '
         'Einverständnis). Rückmeldung von ihr: "sehr lehrreich".')
t('any', 'Dienstreise zum Hausbesuch: Fahrt mit dem Dienstwagen nach {ADc:line}, 34 km. Begleitung {SM:full}. '
         'Reisekosten über die Abrechnung.')
t('any', 'Fortbildung "Gesprächsführung bei Sucht" am {D}, danach Fallbesprechung zu {C:full} mit {SF:full} '
         '(Suchtberatung der {IN:social}).')
t('any', 'Geburtstagsliste des Teams hing versehentlich neben dem Wartebereich: {SF:full} {D:textny}, {SM:full} '
         '{D:textny}. Abgenommen.')

# ---------------------------------------------------------------- batch 5: longer notes with few values
t('any', 'Gespräch zur Lage. ⟨Der Kunde|Die Kundin⟩ ist seit dem Frühjahr ohne Arbeit, nachdem der Betrieb ({CO}) die '
         'Spätschicht gestrichen hat. Erzählt, dass der Tag jetzt keine Struktur mehr hat und das Geld knapp wird, weil '
         'die Nebenkosten gestiegen sind. Wir haben die Bewerbungen der letzten Wochen angeschaut: viele Absagen ohne '
         'Begründung, zwei Vorstellungsgespräche, einmal zu spät wegen des Busses. Besprochen, ob ein gebrauchtes Moped '
         'eine Lösung wäre, Förderung ist möglich. Außerdem Interesse an einer Qualifizierung im Lager, am liebsten mit '
         'Staplerschein. Nächster Schritt: Angebot einholen, Kostenvoranschlag für das Moped mitbringen.')
t('any', 'Hausbesuch nach mehreren ausgefallenen Terminen. Die Wohnung war aufgeräumt, die Post stapelte sich aber auf dem '
         'Küchentisch, viele Briefe ungeöffnet, auch unsere. ⟨Der Kunde|Die Kundin⟩ sagte, ⟨er|sie⟩ habe Angst vor '
         'schlechten Nachrichten und lege die Umschläge deshalb weg. Wir haben zusammen zehn Briefe geöffnet, zwei davon '
         'waren Mahnungen, einer eine Einladung zur Untersuchung. Vereinbart: wöchentlich ein fester Tag für die Post, '
         'am Anfang mit Unterstützung durch {F1:full} von der {IN:social}.')
t('any', 'Rückblick auf das erste halbe Jahr im Fallmanagement. Anfangs kaum Kontakt, Termine nur nach Erinnerung, '
         'inzwischen kommt ⟨der Kunde|die Kundin⟩ pünktlich und vorbereitet. Die Tagesstruktur durch das Ehrenamt im '
         'Tierheim hilft, die Schulden sind in einem Plan geordnet, und es gibt einen Arzt, zu dem ⟨er|sie⟩ Vertrauen hat. '
         'Offen bleibt die Frage, ob eine Vollzeitstelle realistisch ist. Vorschlag: Teilzeit im Einzelhandel, '
         'Schwerpunkt Warenannahme, Gespräch mit dem Arbeitgeberservice im nächsten Monat.')
t('any', 'Gespräch über die Situation zu Hause. Die Schwiegermutter ist nach einem Sturz pflegebedürftig geworden, die '
         'Familie teilt sich die Betreuung, aber der größte Teil bleibt bei ⟨dem Kunden|der Kundin⟩. Eine Vollzeitstelle '
         'ist deshalb im Moment nicht vorstellbar, eine Stelle am Vormittag schon. Wir haben über Entlastungsangebote '
         'gesprochen, Tagespflege und den Entlastungsbetrag der Pflegekasse. Kontakt zum Pflegestützpunkt wird '
         '⟨er|sie⟩ selbst aufnehmen. Bewerbungen nur noch für Stellen bis 25 Wochenstunden.')
t('any', 'Der Termin begann schwierig, weil ⟨der Kunde|die Kundin⟩ verärgert über die Kürzung war und laut wurde. Nach '
         'einigen Minuten konnten wir sachlich reden. Ich habe den Bescheid Zeile für Zeile erklärt und auf die '
         'Möglichkeit des Widerspruchs hingewiesen. Am Ende hat ⟨er|sie⟩ sich entschuldigt und gesagt, dass der Druck '
         'gerade sehr groß ist, weil die Tochter die Ausbildung abgebrochen hat. Ich habe das Gespräch danach kurz mit '
         '{TL:full} besprochen. Nächster Termin ohne Zeitdruck, doppelte Zeit eingeplant.')
t('any', 'Beratung zur beruflichen Neuorientierung. ⟨Der Kunde|Die Kundin⟩ hat zwanzig Jahre in der Fleischverarbeitung '
         'gearbeitet und kann wegen der Hände nicht mehr zurück. Interessen: Technik, draußen arbeiten, wenig Kundenkontakt. '
         'Wir haben Berufe durchgesehen: Fachkraft für Abwassertechnik, Hausmeister mit Schwerpunkt Außenanlagen, Fahrer '
         'im Werksverkehr. Die Rehabilitation läuft über die Rentenversicherung, der Antrag ist gestellt. Bis zur '
         'Entscheidung keine Vermittlung in körperlich schwere Tätigkeiten.')
t('any', 'Zweites Gespräch mit Sprachmittlung. Verständigung klappt besser als beim ersten Mal, ⟨der Kunde|die Kundin⟩ '
         'hat viele Fragen zum Ablauf: warum so viele Unterlagen, warum Termine so früh, was passiert, wenn ⟨er|sie⟩ krank '
         'ist. Alles in Ruhe erklärt. Der Integrationskurs beginnt bald, bis dahin keine weiteren Pflichten außer '
         'der Anmeldung. Die Familie ist froh über die Wohnung, die Kinder gehen gern in die Schule. Insgesamt positiver '
         'Eindruck, Vertrauen wächst.')
t('any', 'Bewerbungstraining in der Gruppe, heute Thema Telefonieren mit Arbeitgebern. ⟨Der Kunde|Die Kundin⟩ hatte '
         'große Hemmungen, hat dann aber zwei echte Anrufe geschafft, einer davon mit einer Einladung zum '
         'Probearbeiten bei {CO}. Die anderen aus der Gruppe haben applaudiert. Für die nächste Woche hat ⟨er|sie⟩ sich '
         'vorgenommen, drei weitere Betriebe anzurufen. Rückmeldung an mich über das Postfach.')

t('any', 'Sozialversicherungsnummer für die Anmeldung beim Arbeitgeber {CO} fehlte, von mir aus der Akte mitgeteilt: {RV}. '
         'Lohnbüro ({F1:full}) bestätigt Eingang.')
t('any', 'Die Steuer-ID {TAX} stand auf dem Lohnsteuerbescheid, ⟨der Kunde|die Kundin⟩ hatte sie nicht gefunden. '
         'Zweitschrift beim Finanzamt unnötig.')

t('any', 'Ausweiskontrolle am Empfang ({SM:full}): Personalausweis {ID} vorgelegt, Lichtbild passt. Anliegen: Abgabe der '
         'Bewerbungsnachweise.')
t('any', 'Der Arbeitgeber {CO} will für den Vertrag eine Passkopie. Pass-Nr. {ID}, nur die Vorderseite '
         'kopieren lassen.')

# ---------------------------------------------------------------- batch 6: longer notes in the new styles and situations
t('any', 'Außensprechtag in der Gemeinde, diesmal im Pfarrsaal, weil das Rathaus renoviert wird. Sieben Vorsprachen an '
         'einem Vormittag, die meisten ohne Termin. ⟨Der Kunde|Die Kundin⟩ kam als ⟨Letzter|Letzte⟩ und hatte viel auf dem Herzen: '
         'Der Bus zur Kreisstadt fährt in den Ferien nur zweimal, die Stelle in der Gärtnerei ist weggefallen, und das Auto '
         'braucht neue Reifen. Wir haben über eine Arbeitsgelegenheit im Ort gesprochen, die Gemeinde sucht Leute für die '
         'Grünpflege. Vereinbart: Ich frage bei {IN:townhall} nach, ⟨er|sie⟩ meldet sich nächste Woche telefonisch.')
t('any', 'Logbuch Jobcoaching, Zusammenfassung der ersten vier Wochen bei {CO}: In KW 1 viel Unsicherheit, die Abläufe '
         'im Versand waren neu, die Handscanner ungewohnt. In KW 2 ein Fehltag wegen Fieber, sauber entschuldigt. Ab KW 3 '
         'deutlich sicherer, die Vorarbeiterin lobt das Tempo beim Kommissionieren. In KW 4 das erste Gespräch über eine '
         'Verlängerung nach der Probezeit. Offene Punkte: Fahrweg im Winter, Schichtwechsel am Wochenende. Nächster '
         'Betriebsbesuch in zwei Wochen, gemeinsam mit {M1:full}.')
t('any', 'Innenrevision, Nachbereitung: Die Prüferinnen haben in meinem Bestand zwölf Akten gezogen. Bemängelt wurden '
         'fehlende Wiedervorlagen in zwei Fällen und eine Eingliederungsvereinbarung ohne Datum. Positiv erwähnt wurden die '
         'nachvollziehbaren Vermerke. Die Mängel sind behoben, die Stellungnahme ist an die Teamleitung ({TL:full}) '
         'gegangen. Für mich als Lehre: Wiedervorlagen gleich beim Vermerk setzen, nicht am Ende des Tages.')
t('any', 'Der Text kam aus dem Portal mit lauter HTML-Resten, hier bereinigt wiedergegeben: ⟨Der Kunde|Die Kundin⟩ '
         'schreibt, dass die Wohnung zu klein geworden ist, seit das zweite Kind da ist, und dass die Vermieterin die '
         'Heizung seit Wochen nicht repariert. ⟨Er|Sie⟩ bittet um einen Termin, um über einen Umzug zu sprechen, und fragt, '
         'ob die Kosten für den Transporter übernommen werden. Antwort über das Portal: Termin am {D}, Mietangebot vorher '
         'einreichen, keine Zusage vor Prüfung.')
t('any', 'Beim Kopieren aus dem PDF sind die Tabellen in Einzelwörter zerfallen, deshalb hier die Zusammenfassung des '
         'Abschlussberichts der Maßnahme: Anwesenheit 86 Prozent, Fehlzeiten überwiegend entschuldigt, praktischer Teil in '
         'der Holzwerkstatt gut, theoretischer Teil mit Lücken beim Rechnen. Empfehlung des Trägers ({IN:course}): '
         'Helfertätigkeit im Tischlerhandwerk, eventuell später Teilqualifizierung. Der Bericht liegt als Scan in der Akte.')
t('any', 'Gespräch nach dem Ende der Saison in der Geflügelhaltung. ⟨Der Kunde|Die Kundin⟩ hat im Sommer nachts beim '
         'Ausstallen geholfen und ist körperlich erschöpft, möchte aber grundsätzlich in der Landwirtschaft bleiben. Wir '
         'haben über feste Stellen gesprochen: Melker/in auf einem Milchviehbetrieb, Helfer/in in der Landtechnik-Werkstatt, '
         'Fahrer/in für Futtermittel. Führerschein C wäre hilfreich. Vorschlag: Kostenanfrage bei der Fahrschule, '
         'parallel Bewerbung bei {CO:farm}.')
t('no19', 'Längeres Erstgespräch. ⟨Der Kunde|Die Kundin⟩ ist mit ⟨der Partnerin|dem Partner⟩ aus Norwegen hergezogen und '
          'spricht gut Englisch, Deutsch auf A2. In Norwegen zuletzt in einer Lachszuchtanlage auf den Lofoten, davor '
          'Fischverarbeitung. Hier gibt es keine vergleichbaren Betriebe in der Nähe, Interesse aber an Lebensmittel-'
          'produktion. Deutschkurs mit Berufsbezug wird beantragt. Die Krankenversicherung läuft noch über Norwegen, '
          'Klärung mit {NB:foreign} steht aus.')
t('my19', 'Ausführliches Gespräch zum Lebenslauf. ⟨Der Kunde|Die Kundin⟩ hat in Penang Elektrotechnik studiert und acht '
          'Jahre in einer Halbleiterfabrik gearbeitet, zuletzt als ⟨Schichtleiter|Schichtleiterin⟩ im Reinraum. Nach Deutschland kam '
          '⟨er|sie⟩ wegen der Familie. Der Abschluss ist noch nicht anerkannt, der Antrag liegt bei {NB:recognition}. Bis '
          'dahin kommt eine Stelle als Operator in Frage, die Firmen in der Region suchen. Englisch fließend, Deutsch B1. '
          'Malaiisch und Hokkien als weitere Sprachen, nützlich für internationale Kunden.')
t('ks19', 'Gespräch mit viel Zeit. ⟨Der Kunde|Die Kundin⟩ erzählt von der Arbeit in einem Softwarehaus in Bangalore und '
          'danach in Dubai, bevor die Blaue Karte für Deutschland kam. Nach der Insolvenz des Arbeitgebers ist ⟨er|sie⟩ '
          'arbeitsuchend, die Aufenthaltserlaubnis hängt an einer neuen Stelle. Wir haben Stellen im Bereich '
          'Softwaretest und IT-Support angeschaut. Die Familie in Kaschmir erwartet Unterstützung, das setzt ⟨ihn|sie⟩ unter '
          'Druck. Termin bei {IN:abh} in zwei Wochen, Bescheinigung von uns mitgeben.')
t('any', 'Zeugnisgespräch: ⟨Der Kunde|Die Kundin⟩ hat drei Zeugnisse mitgebracht, zwei davon sehr gut formuliert, eines '
         'mit dem Satz "Er/Sie trug durch seine/ihre Geselligkeit zur Verbesserung des Betriebsklimas bei". Das ist eine '
         'bekannte Warnformel. Wir haben überlegt, dieses Zeugnis bei Bewerbungen wegzulassen, die Lücke erklärt der '
         'Lebenslauf. Alternativ um ein neues Zeugnis bitten, der Betrieb ({CO}) existiert noch.')

# ---------------------------------------------------------------- batch 7: dense notes in the new styles
t('any', 'Portalansicht "Haushaltsmitglieder" (HTML-Tabelle, Text kopiert):\n<td>{C:full|html}</td><td>{GEB}</td>\n'
         '<td>{O1:full|html}</td><td>{GEBa}</td>\n<td>{Rf1:given|html}</td><td>{GEBk}</td>\nAnschrift: {ADc:line|html}')
t('any', 'Zerschossener Export der Kontaktdaten (Windows-1252 statt UTF-8):\nName: {C:full|moji}\nStraße: {ADc:street|moji}\n'
         'Telefon: {PHc}\nE-Mail: {EMc}\nArbeitgeber: {CO|moji}\nAnsprechpartner: {M1:full|moji}')
t('any', 'Mail-Quelltext vom Lohnbüro:\nFrom: =?UTF-8?Q?{F1:full|qp}?= <{EM:F1}>\nSubject: Lohnabrechnung {C:full|qp}\n\n'
         'Steuer-ID {TAX}, SV-Nr. {RV}, Auszahlung auf {IBANc}.')
t('any', 'Meldung Datenpanne Nr. 3/2025: Ein Ordner mit Kopien lag offen im Besprechungsraum. Enthalten: Lebenslauf '
         '{C:full}, Mietvertrag mit {M1:full} über {ADc:line}, Kontoauszug {IBANc}. Entdeckt von {SF:full} am {D}, '
         'gemeldet an {TL:full}.')
t('any', 'Scan-Deckblatt Sammelscan:\n*{KD}* {C:REV} – 4 Seiten\n*{KDo}* {P1:REV} – 2 Seiten\nScanstelle: {SM:inits}, '
         'Datum {D}. Der zweite Vorgang war falsch einsortiert, an {SF:full} weitergegeben.')
t('any', 'Aktendeckel Umschlag, Rückseite mit Kuli beschrieben: "Vater {M1:full}, Tel. {PH} / Schule {IN:school} / Ärztin '
         'Dr. {F1:sur}, {IN:medical} / Betreuung ab {D}".')

t('any', 'Kopie des Personalausweises für die Akte des Bildungsträgers: Seriennummer {ID}, nur mit Schwärzung der '
         'Zugangsnummer weitergeben. Träger: {IN:course}.')
t('sgb2', 'Bei der Identitätsprüfung für den Erstantrag vorgelegt: Aufenthaltstitel {ID}, dazu Mietvertrag und '
          'Meldebescheinigung. ⟨Antragsteller|Antragstellerin⟩ {C:full}, BG {BG}.')

t('any', 'Kontaktkarte aus dem Partnerportal (HTML): <b>{IN:course|html}</b><br>Ansprechperson: {F1:full|html}<br>'
         'Tel.: {PH}<br>Mail: {EM:F1}<br>Adresse: {AD:line|html}')
t('any', 'Prüfvermerk der Innenrevision zu Akte {KD}: Name {C:full}, Geburtsdatum {GEB}, Kontoverbindung {IBANc} – '
         'alle Angaben mit den Nachweisen abgeglichen, ohne Befund. Prüfer {SM:full}, {D}.')
t('any', 'PDF-Ausdruck des Mietangebots, Kopfzeile mitkopiert: "{CO:housing} · {AD:line} · Tel. {PH}" – Wohnung für '
         '⟨den Kunden|die Kundin⟩ angemessen, Besichtigung am {D}.')

TEMPLATES = T
