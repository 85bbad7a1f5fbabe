# -*- coding: utf-8 -*-
"""Templates of heldout16, written for this split without seeing earlier templates. Slot syntax: make_corpus16.py."""

TEMPLATES = [
    # ---------------------------------------------------------------- visitor book at the reception
    ('', 'Abschrift Besucherbuch Empfang EG, {D}:\n08:41 | {C} | Anliegen: Abgabe Unterlagen | abgeholt von: {S.init}\n'
         '08:55 | {T} | Begleitung, wartet draußen\nHinweis Empfang: Unterschrift fehlt, Eintrag von {S2.ini} ergänzt.'),
    ('', 'Besucherbuch (handschriftlich, eingescannt) vom {D}: Zeile 14 „{C.lower}“, Zeile 15 „{T.lower}, Dolmetsch.“ – '
         'beide 10:20 rein, 11:05 raus. Vermerk Pforte: Besucherausweis Nr. 7 zurück.'),
    ('', 'Laut Besucherbuch war [der Kunde|die Kundin] am {D} gar nicht im Haus, es steht nur ein {T} mit Vollmacht drin '
         '(Ausweis {ID} gesehen, Kopie nicht gemacht). Rückfrage bei {S.full} am Empfang: kann sich nicht erinnern.'),
    ('', 'Empfangsbuch {D}, Spalte „zu wem“: {CW.s}. Spalte „Name Besucher“: {C.CAPS}. Spalte „Firma“: {CO} '
         '(Arbeitgeber kam mit, wollte EGZ besprechen). Ich war im Termin, Übergabe an AG-S {S.s}.'),
    ('', 'Nachtrag zum Besucherbuch: am {D} haben sich {C} und {R} gemeinsam eingetragen, aber unter falscher Kundennummer '
         '{CN.o}. Richtig ist {CN}. Empfang ({S.sinit}) informiert, Liste korrigiert.'),

    # ---------------------------------------------------------------- pension account clarification
    ('', 'Kontenklärung DRV: Versicherungsverlauf mitgebracht (RV-Nr. {RV}). Lücken: 03/2009–08/2011 (lt. {C.s} '
         'Montage bei {CO} in {AD.street}), 2014 komplett leer (Auslandsaufenthalt). V0100 ausgegeben, Abgabe bis {D}.'),
    ('', 'Rentenkonto ungeklärt. [Er|Sie] hat von der {IN.drv} ein Schreiben vom {D} erhalten: fehlende Zeiten '
         'Ausbildung {IN.bs} und Wehrdienst/Ersatzzeiten. Versicherungsnummer lt. Schreiben {RV}. Beratungsstelle '
         'Termin beim Versichertenältesten {T.full}, Tel. {PH.land}.'),
    ('', 'Versicherungsverlauf Seite 2 (Auszug, von mir abgetippt):\n01.09.2016–31.12.2019  Pflichtbeiträge  {CO}\n'
         '01.01.2020–14.03.2021  Arbeitslosengeld\n15.03.2021–heute  keine Angaben\nRV-Nummer auf dem Ausdruck: {RV}'),
    ('', 'Kontenklärung für Zeiten im Ausland: {C.full} war 2011–2017 in {AD.f} gemeldet. Nachweis soll über {IN.emb} '
         'kommen, Antrag am {D} gestellt. Sachbearbeiter DRV: {T.init}, Durchwahl {PH.land}.'),
    ('', 'RV-Nummer unklar – [Kunde|Kundin] hat zwei Nummern auf verschiedenen Bescheiden. Auf dem SV-Ausweis steht {RV}, auf dem '
         'Bescheid von {IN.auth} eine andere. Klärung per Mail an {EM.co} angefragt, Stand {D}.'),
    ('f', 'Kindererziehungszeiten fehlen im Konto. Kinder: {Rf.g} (geb. {BD.k}) und {Rm.g} (geb. {BD.k}). Die '
          'Kundin hat die Geburtsurkunden aus {AD.f} dabei, Übersetzung fehlt noch. Rentenversicherungsnr. {RV}.'),

    # ---------------------------------------------------------------- e-mails with signatures and disclaimers
    ('', 'Mail vom Arbeitgeber (eingefügt):\n"Guten Tag {CW.full}, wir würden {C.full} gern zum Probearbeiten '
         'einladen, am liebsten am {D}.\nMit sonnigen Grüßen aus dem Westrich\n{T.full}\nPersonalreferentin\n{CO}\n{AD.block}\n'
         'Tel. {PH.land} | {EM.T}\nGeschäftsführer: {T2.full}, {T3.full} | HRB 20417\n'
         'Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, '
         'informieren Sie bitte sofort den Absender."'),
    ('', 'Kopie Kundenmail:\n> ich schicke anbei den Arbeitsvertrag, Beginn ist {D}. Bitte Leistung zum Monatsende '
         'einstellen.\n> LG {C.g}\n> --\n> Von meinem iPhone gesendet\nAntwort an {EM.c} raus, Veränderungsmitteilung '
         'an Leistung ({S.s}) weitergeleitet.'),
    ('', 'E-Mail von {EM.co} weitergeleitet bekommen. Signatur:\n{T.full} · Disposition\n{CO.temp}\nNiederlassung '
         '{AD}\nMobil {PH} · Zentrale {PH.land}\n--\nBitte denken Sie an die Umwelt, bevor Sie diese E-Mail '
         'ausdrucken.\nInhalt: Einsatz von [Herrn|Frau] {C.s} ab {D} im Lager.'),
    ('', 'Die Bewerbung von {C.full} kam zurück mit Autoreply-Signatur, eigentliche Antwort darunter:\n„Leider '
         'haben wir uns für eine andere Kandidatin entschieden. Viele Grüße, {T.init} – {CO}“\nDatenschutzhinweis im '
         'Footer: „Informationen zur Verarbeitung Ihrer Daten finden Sie unter …“ – Absage gespeichert.'),
    ('', 'Mail [des Kunden|der Kundin] (Betreff „Nachweise!!!“), von {EM.c}:\nhallo ich bin krank bis {D}, der Schein '
         'kommt per Post. Meine neue Nummer ist {PH.c}.\nGruß\n{C.full}\n___\n{C.full} | {AD.own}\n'
         'Diese Nachricht wurde mit einem Virenscanner geprüft.'),
    ('', 'Mail Bildungsträger, Signatur abgeschnitten, nur „i. A. {T.sinit}, Teilnehmermanagement {CO.bt}“. Inhalt: '
         '{C.s} fehlt seit {D} unentschuldigt. Rückruf an Zentrale {PH.land} – niemand erreichbar.'),
    ('', 'Von: "{T.full}" <{EM.T}>\nBetreff: AW: Stelle Kommissionierer/in\nWir sind offen für einen Arbeitsversuch. '
         'Vertraulichkeitshinweis: Der Inhalt dieser E-Mail ist ausschließlich für den bezeichneten Adressaten bestimmt.\n'
         '---\nIch habe [den Kunden|die Kundin] informiert, Vorstellung am {D}.'),
    ('', '[Kunde|Kundin] hat mir eine Mail [seines|ihres] Anwalts weitergeleitet. Rechtsanwalt {Tm.full}, {AD}, '
         'Tel {PH.land}, mailto:{EM.Tm}. Geht um Widerspruch gegen den Bescheid vom {D}. An Rechtsstelle ({S.init}).'),

    # ---------------------------------------------------------------- Potenzialanalyse / Kompetenzfeststellung
    ('', 'Ergebnis Potenzialanalyse ({IN.school}, {D}–{D}):\nTeamfähigkeit 4/5 · Sorgfalt 3/5 · Belastbarkeit 2/5 · '
         'Rechnen 4/5\nBeobachterin: {T.full}. Empfehlung: Lager/Logistik, kein Schichtdienst. Bericht an {EM.s} '
         'geschickt.'),
    ('', 'Kompetenzfeststellung bei {CO.bt}: [der Kunde|die Kundin] ({C.full}) hat die Werkprobe Holz mit „gut“ '
         'abgeschlossen, Metall abgebrochen (Rückenschmerzen). Assessorin {T.init} ruft bis {D} zurück.'),
    ('', 'Assessment-Tag Pflege am {D} in der {IN.type}. Rollenspiel Angehörigengespräch: sicher. Dokumentation: '
         'Schwächen in der Rechtschreibung. Auswertung durch {T.CAPS}, Kopie an {CW.init}.'),
    ('', 'Kurzprofil aus der Kompetenzerfassung (Stand {D}):\nStärken: zuverlässig, handwerklich geschickt, '
         'Führerschein B\nEntwicklungsfelder: Deutsch schriftlich, PC\nReferenzperson im Betrieb: {T.full}, {CO.craft}\n'
         'erfasst von {S.sinit}'),
    ('', 'Berufsorientierung im Werkstattcontainer ({IN.type}): {C.g} wollte erst KFZ, jetzt eher Maler. Anleiter '
         '{Tm.s} meint, das passt. Nächster Schritt: Praktikum bei {CO.craft} ab {D}.'),

    # ---------------------------------------------------------------- streetwork / outreach
    ('', 'Aufsuchende Arbeit mit Streetworker {Tm.full} ({IN.welfare}): [Kunde|Kundin] am {D} am Busbahnhof '
         'angetroffen, schläft derzeit bei einem Bekannten in {AD}. Postadresse weiter Beratungsstelle.'),
    ('', 'Streetwork-Rückmeldung per Telefon ({PH}): {C.g} hat den Termin verpennt, will aber kommen. '
         'Treffpunkt vor der {IN.amt}, {D} um 10 Uhr. Ich nehme die Unterlagen mit raus.'),
    ('', 'Außentermin Wärmestube: mit {C.full} und der Sozialarbeiterin {Tf.full} gesprochen. Personalausweis '
         'verloren, Ersatz über {IN.amt} beantragt (alte Nr. {ID}). Konto: Basiskonto bei der Sparkasse, {IB}.'),
    ('', 'Mobile Beratung (Bus) in {AD.street} am {D}: kurze Vorsprache von [Herrn|Frau] {C.s}. Will sich wegen '
         'Wohnung in {AD} melden, Vermieter {T.full}, Tel. {PH}.'),

    # ---------------------------------------------------------------- vacancy intake (AG-S)
    ('', 'Stellenaufnahme telefonisch am {D}:\nBetrieb: {CO}\nAnsprechpartnerin: {Tf.full}, {PH.land}, {EM.co}\n'
         'Arbeitsort: {AD}\nTätigkeit: Produktionshelfer/in, 3 Schichten, 14,20 €/h\nPassende Bewerber: {C.full} '
         '(Vorschlag folgt)'),
    ('', 'AG-S Stellenaufnahme vor Ort bei {CO.craft}: Inhaber {Tm.full} sucht Gesellen oder angelernte Kraft. '
         'Besetzung sofort, spätestens {D}. Kontakt bevorzugt WhatsApp {PH}. Aufgenommen von {S.full}.'),
    ('3', 'Stelle neu erfasst (Auftrag {CO}), zuständig AG-S {S.init}. Besetzungstermin {D}. VV für '
          '{C} ist raus, Kundennr. {CN}.'),
    ('', 'Rückruf vom Betrieb {CO.amp}: Chef {Tm.s} möchte die Stelle lieber über uns besetzen, weil Anzeige '
         'nichts bringt. Er nennt als Wunschkandidaten ausgerechnet {C.full} (kennt [ihn|sie] aus dem Verein).'),
    ('3', 'Stellenaufnahme Saisonkraft Gastronomie: {CO.gastro}, {AD}, Ansprechpartner {T.sinit}, Tel. {PH.land}. '
          'Arbeitszeit April bis Oktober. Ich habe [den Kunden|die Kundin] vorgeschlagen, Termin {D}.'),
    ('', 'Vakanz aus dem Arbeitgeberfrühstück: {CO.brand} (Filiale {AD}) sucht Verkäufer/innen, Ansprechpartnerin '
         '{Tf.init}. Frau {CW.s} bittet um drei Vorschläge bis {D}.'),

    # ---------------------------------------------------------------- internship evaluation
    ('', 'Praktikumsbeurteilung {CO} (Zeitraum {D}–{D}), unterschrieben von {T.full}:\nPünktlichkeit: sehr gut\n'
         'Umgang mit Kunden: gut\nFachliches: befriedigend\nÜbernahme: „können wir uns vorstellen“'),
    ('', 'Beurteilungsbogen vom Praktikumsbetrieb ({CO.craft}) eingegangen. Betreuer {Tm.s} kreuzt überall '
         '„trifft zu“ an, Freitext leer. Telefonisch nachgefragt ({PH.land}): [er|sie] sei „ein Goldstück“.'),
    ('', 'Praktikumsbewertung negativ: {CO} meldet, dass {C.g} zweimal ohne Abmeldung fehlte ({D} und {D}). '
         'Bewertet von {T.CAPS}, Personalabteilung. Gespräch mit [dem Kunden|der Kundin] folgt.'),
    ('', 'Schülerpraktikum der Tochter {Rf.g} bei der {IN.schule} – nur zur Info, weil [Kunde|Kundin] deshalb den Termin am '
         '{D} verschieben wollte. Neuer Termin {D}.'),
    ('', 'Bewertung nach MAG (Maßnahme beim Arbeitgeber) {CO}: Anleiter {T.full} schreibt „arbeitet selbstständig, '
         'braucht aber Sprachunterstützung“. Ich schlage Berufssprachkurs bei {IN.school} vor.'),

    # ---------------------------------------------------------------- sworn translations
    ('mx16', 'Beglaubigte Übersetzung aus dem Spanischen (vorgelegt am {D}):\n„ACTA DE NACIMIENTO – Nombre: '
             '{C.CAPS}; Fecha de nacimiento: {BD}; Lugar: {AD.f}“\n[Siegel des Übersetzers] {T.full}, öffentlich '
             'bestellte und beeidigte Übersetzerin'),
    ('za16', 'Übersetzung (Englisch → Deutsch) des Arbeitszeugnisses von {CO.foreign}: „{C.full} war vom 2018 bis '
             '2023 als Pflegehelfer[|in] tätig.“ Unterschrift {T.full}, Personalleitung. Übersetzung beglaubigt am {D}.'),
    ('bk16', 'Übersetzung aus dem Russischen eingereicht: Arbeitsbuch (trudowaja knischka), Eintrag Nr. 4: {CO.foreign}, '
             'Einstellung als Baggerführer. Die Übereinstimmung mit dem Original bestätigt {T.full}, Übersetzer, {D}.'),
    ('ci16', 'Traduction certifiée conforme (aus dem Französischen): Bescheinigung der {IN.uni} – {C.full}, geb. '
             '{BD}, Licence en Gestion. Übersetzerstempel {T.CAPS}, {D}.'),
    ('sr16', 'Vertaling/Übersetzung aus dem Niederländischen: Verklaring van de werkgever {CO.foreign}, Adresse '
             '{AD.f}. Unterzeichnet {T.full}. Datum {D.nl}. Beglaubigt in Aachen am {D}.'),
    ('', 'Übersetzung kam zurück mit Randvermerk „[Stempel unleserlich, Name vermutlich {T.s}]“. Für die '
         'Anerkennung reicht das nicht. [Kunde|Kundin] soll bei {CO.ueb} nachfragen, Tel. {PH.land}.'),

    # ---------------------------------------------------------------- deaf customers, sign language, text relay
    ('', 'Beratung mit Gebärdensprachdolmetscherin {Tf.full} (Kostenübernahme geklärt). [Kunde|Kundin] ist '
         'gehörlos, Kontakt nur per Mail {EM.c} oder SMS {PH.c}. Nächster Termin {D}, Dolmetscherin wieder anfragen.'),
    ('', 'Anruf über Telefonvermittlungsdienst (Schriftdolmetschung): [der Kunde|die Kundin] fragt nach dem '
         'Bescheid vom {D}. Vermittlerin stellte sich als {Tf.g} vor. Rückruf nicht nötig.'),
    ('', 'Für das Vorstellungsgespräch bei {CO} am {D} wird ein Gebärdendolmetscher gebraucht. Angefragt über den '
         '{IN.welfare}: {Tm.full}, Handy {PH}. Kosten trägt das Integrationsamt.'),
    ('', 'Chatprotokoll Videoberatung mit Schriftdolmetscherin:\n[{C.g}]: ich kann montag nicht, arzt\n'
         '[{S.g}]: Dann {D}?\n[{C.g}]: ok danke\nDolmetscherin {Tf.init} hat das Protokoll geschickt.'),

    # ---------------------------------------------------------------- rehab discharge reports
    ('', 'Entlassungsbericht {IN.reha} liegt vor (Aufenthalt bis {D}). Leistungsbild: leichte bis mittelschwere '
         'Arbeiten sechs Stunden und mehr, ohne Überkopfarbeit. Behandelnder Arzt {Tm.init}. An Reha-Team {S.full}.'),
    ('', 'Auszug Entlassungsbericht, Seite 3: „Der Rehabilitand {C.full}, geb. {BD}, wird arbeitsunfähig '
         'entlassen.“ Stufenweise Wiedereingliederung bei {CO} ab {D} empfohlen.'),
    ('', 'Reha-Abschlussgespräch: [Kunde|Kundin] findet den Bericht von {IN.clinic} unfair. Psychologin '
         '{Tf.full} habe [ihn|sie] nur 20 min gesehen. Stellungnahme der DRV abwarten, WV {D}.'),
    ('', 'Medizinische Reha bewilligt, Antritt {D} in der {IN.reha}. Fahrtkosten über DRV. Ansprechpartner dort '
         '{T.sinit}, Tel. {PH.land}. Maßnahme beim Bildungsträger pausiert.'),
    ('', 'Berufliche Reha: Bescheid {IN.auth} vom {D}, Leistung zur Teilhabe – Umschulung Kaufmann/-frau '
         'Büromanagement beim {IN.reha}. Reha-Beraterin {S.full} übernimmt ab sofort.'),

    # ---------------------------------------------------------------- apprentices' record books
    ('', 'Berichtsheft mitgebracht (Woche {D}–{D}): Montag {IN.bs}, Dienstag–Freitag im Betrieb '
         '{CO.craft}. Ausbilder {Tm.full} hat nicht abgezeichnet. Kammer {IN.chamber} verlangt Unterschrift.'),
    ('', 'Ausbildungsnachweis Nr. 23 liegt vor, Azubi {C.full}. Tätigkeiten: Lagerinventur, Wareneingang, '
         'Staplerfahrt mit Ausbilder. Prüfungsanmeldung bei {IN.chamber} bis {D}.'),
    ('', 'Azubi ruft an ({PH.c}): Ausbilderin {Tf.s} von {CO} will das Berichtsheft digital, {C.g} hat kein '
         'Notebook. Antrag Vermittlungsbudget mitgegeben, Frist {D}.'),
    ('', 'Probezeitgespräch Ausbildung: Betrieb {CO} zufrieden, Berufsschule ({IN.bs}) meldet Fehltage '
         '{D} und {D}. Klassenlehrer {Tm.full}. AsA flex angeregt.'),

    # ---------------------------------------------------------------- Jugendberufsagentur, action tables
    ('', 'Fallkonferenz Jugendberufsagentur am {D}\nteilgenommen: {S.full} (Berufsberatung), {T.full} (Jugendamt), '
         '{T2.full} ({IN.type}), ich\nWer | Was | Bis wann\n{S.s} | Termin BIZ | {D}\n{T.s} | Hilfeplan prüfen | '
         '{D}\nich | Einladung [Kunde|Kundin] | sofort'),
    ('', 'JBA-Fallbesprechung (Protokoll {S.ini}): {C.g} hat die Schule ohne Abschluss verlassen. Jugendhilfe '
         '({IN.welfare}) kennt {C.s} seit 2019. Vereinbart: Kontakt über Schulsozialarbeiterin {Tf.full}, '
         'Handy {PH}.'),
    ('', 'Aufgabenliste aus der gemeinsamen Beratung:\n☐ {T.init}: Anmeldung {IN.vhs} bis {D}\n☐ {S.init}: '
         'Bildungsgutschein vorbereiten\n☐ {C.g}: Lebenslauf an {EM.s}'),
    ('', 'Netzwerktreffen {IN.jba} / Jobcenter / Jugendamt, TOP [Kunde|Kundin] {C.sinit}: Wohnsituation (Mutter '
         '{Rf.full}, {AD.own}) angespannt. Maßnahmen:\nWer: Jugendamt ({Tm.s}) – Was: Hausbesuch – Wann: {D}'),
    ('', 'Beschlussprotokoll Fallkonferenz (nur Beschlüsse):\n1. Ausbildungsbegleitung durch {CO.bt}\n2. '
         '{IN.sb}, Termin {D}\n3. Ansprechpartner für alle: {S.full}, {PH.s}'),
    ('', 'Übergabe aus dem Team U25 an mich: laut JBA-Liste hat {C.full} (geb. {BD}) zuletzt bei {IN.type} '
         'angefragt. Kontaktperson dort {T.sinit}.'),

    # ---------------------------------------------------------------- debts, collection agencies
    ('', 'Gläubigerliste (von [ihm|ihr] selbst aufgestellt, Stand {D}):\n1. {CO.coll} – 1.284,12 €\n2. {CO.brand} '
         '(Ratenkauf) – 349,00 €\n3. Vermieter {T.full} – Mietrückstand 2 Monate\n4. {CO.coll} für Telefonanbieter'),
    ('', 'Inkassoschreiben vorgelegt: {CO.coll}, Forderung aus dem Vertrag mit {CO.fit}. Hauptforderung 218 €, mit '
         'Gebühren 493 €. Sachbearbeiter {T.sinit}, Tel. {PH.land}. Termin {IN.sb} am {D}.'),
    ('', 'Mahnbescheid vom zentralen Mahngericht erhalten (zugestellt {D} an {AD.own}). Antragsteller: {CO}. [Kunde|Kundin] will '
         'Widerspruch einlegen, Frist zwei Wochen. Hinweis auf {IN.sb} gegeben.'),
    ('', 'Zahlungsplan mit {CO.coll}: 25 € monatlich auf {IB}, Verwendungszweck Aktenzeichen. Zusage per Mail von '
         '{EM.co}. Kopie in der E-Akte.'),
    ('', 'Schuldenübersicht aus der Beratung ({T.full}, {IN.welfare}):\nStromversorger – 612 €\n{CO.coll} – 1.920 €\n'
         'Privat (Bruder {Rm.g}) – 800 €\nÜbergabe der Liste an mich am {D}.'),
    ('', 'Pfändungs- und Überweisungsbeschluss zugunsten {CO.coll} beim Arbeitgeber {CO} eingegangen. Lohn wird ab '
         '{D} gepfändet. Kontakt Lohnbuchhaltung: {Tf.init}, {EM.co}.'),

    # ---------------------------------------------------------------- workshops for disabled people, Budget für Arbeit
    ('', 'Übergang aus der {IN.wfbm}: {C.full} arbeitet seit 2021 im Berufsbildungsbereich, Gruppenleiter {Tm.full}. '
         'Ziel Budget für Arbeit bei {CO}. Gespräch mit Integrationsamt am {D}.'),
    ('', 'Außenarbeitsplatz der WfbM bei {CO.brand} ({AD}) läuft gut, Jobcoach {T.s} schreibt wöchentlich. Ich '
         'prüfe Eingliederungszuschuss, Stichtag {D}.'),
    ('', 'BBW-Aufnahme: {IN.reha}, Internat ab {D}. Eltern {R.full} und {R2.g} waren mit beim Termin. '
         'Reha-Berater {S.sinit} hat die Fahrtkosten bewilligt.'),
    ('', 'Der IFD ({IN.abbr}) meldet: Arbeitsplatz bei {CO} gefährdet, Kündigung angedroht. '
         'Fachberaterin {Tf.full}, {PH.land}. Runder Termin vor Ort am {D}.'),
    ('', 'Schwerbehindertenausweis (GdB 50) vorgelegt, gültig bis {D}. Ausstellende Stelle {IN.auth}. '
         'Vermerk in VerBIS nachgetragen, {C.s} wünscht keine Weitergabe an Arbeitgeber.'),

    # ---------------------------------------------------------------- Bildungsgutschein / AZAV
    ('', 'BGS am {D} ausgehändigt, Ziel: Berufskraftfahrer C/CE. Träger Wunsch des Kunden: {IN.school} '
         '(AZAV-zertifiziert). Einlösung bis {D}. Kontakt Träger {T.full}, {EM.co}.'),
    ('', 'Träger {CO.bt} ruft an: Bildungsgutschein von {C.full} sei abgelaufen, Kurs beginnt {D}. Neuer Gutschein '
         'nur nach Rücksprache mit TL {TL.s}.'),
    ('', 'Maßnahmeangebot verglichen: {IN.school} (12 Wochen, Teilzeit) vs. {CO.bt} (8 Wochen Vollzeit). [Kunde|Kundin] '
         'will Teilzeit wegen Kind {Rf.g}. Entscheidung bis {D}.'),
    ('', 'Kursabbruch bei {IN.school}: Dozent {Tm.full} meldet Fehlzeiten ab {D}. Teilnehmer[|in] sagt, der Kurs '
         'sei zu schwer. Gespräch am {D}.'),
    ('', 'Zertifikat über die Weiterbildung Fachkraft Lagerlogistik liegt vor, ausgestellt von {IN.school} am {D}. '
         'Prüfer {T.init}. Bewerbungen jetzt an {CO} und {CO.brand}.'),

    # ---------------------------------------------------------------- cross-border commuters
    ('', 'Grenzgänger: [Kunde|Kundin] arbeitet seit {D} bei {CO.nl}, wohnt weiter in {AD.own}. Lohn auf '
         'niederländisches Konto {IB.nl}. Frage nach Aufstockung, Nachweis Lohnstrook bis {D}.'),
    ('', 'Formular A1/U1 fehlt. Arbeitgeber in den Niederlanden: {CO.nl}, contactpersoon {T.full}, '
         '{PH.nl}. [Der Kunde|Die Kundin] bringt den Ontslagbrief vom {D} mit.'),
    ('', 'Grenzinfopunkt ({IN.auth}) hat beraten: Arbeitslosigkeit nach Beschäftigung in Belgien, zuständig Wohnland. '
         'PD U1 beim belgischen Träger beantragt am {D}. Handy belgisch {PH.be}.'),
    ('', 'Arbeitsangebot aus Luxemburg über {CO}: Fahrer[|in] im Lieferdienst, Arbeitsort {AD.lu}. [Kunde|Kundin] pendelt mit '
         'eigenem Auto, Kennzeichen {KZ}. Start {D}.'),
    ('', 'Leiharbeit über die Grenze: {CO.nl} sucht Orderpicker für Venlo. Busvervoer ab {AD}. [Kunde|Kundin] '
         'fährt am {D} zur Infoveranstaltung mit {T.full}.'),
    ('', 'Aufhebungsvertrag mit niederländischem Arbeitgeber vorgelegt (datiert {D}), Ansprechpartnerin HR {Tf.full}, '
         '{EM.co}. Prüfung Sperrzeit. Belgisches/niederländisches Kennzeichen am Firmenwagen: {KZ.nl}.'),
    ('', '[Kunde|Kundin] wohnt in Belgien ({AD.be}), arbeitet in Aachen? Nein – umgekehrt. Korrektur: Wohnort {AD.own}, '
         'Arbeit bei {CO} in Eupen bis {D}. Kfz belgisch zugelassen ({KZ.be}).'),

    # ---------------------------------------------------------------- Hilfeplan, youth welfare
    ('f', 'Hilfeplangespräch {IN.ja} am {D}: Tochter {Rf.g} in Wohngruppe, Mutter (Kundin) soll '
          'Besuchskontakte halten. Fachkraft {T.full}. Auswirkung auf die Arbeitssuche: Termine nur vormittags.'),
    ('', 'Jugendamt ({T.init}) bittet um Auskunft, ob [der Kunde|die Kundin] im Leistungsbezug ist (BG {HH}). '
         'Einwilligung liegt nicht vor, deshalb nichts mitgeteilt. Rückruf {PH.land}.'),
    ('', 'Sohn {Rm.full} (geb. {BD.k}) ist in Pflegefamilie bei {T.full}, {AD}. Damit nicht mehr Teil der BG. '
         'Änderung an Leistung, Stichtag {D}.'),
    ('', 'Familienhelferin {Tf.full} vom {IN.welfare} begleitet [den Kunden|die Kundin]. Sie erreicht man unter {PH} '
         'oder {EM.T}. Nächstes gemeinsames Gespräch {D}.'),

    # ---------------------------------------------------------------- addiction help
    ('', 'Substitutionsbehandlung bei Praxis {Tm.full}, täglich Vergabe 8 Uhr – Termine nur ab 10 Uhr möglich. '
         'Bescheinigung vom {D} liegt vor. {IN.sucht} ({T.sinit}) eingebunden.'),
    ('', '{IN.sucht} bestätigt regelmäßige Teilnahme seit {D}. Beraterin {Tf.CAPS}. '
         '[Kunde|Kundin] möchte Entwöhnung in {IN.reha}, Antrag läuft.'),
    ('', 'Nach Entgiftung in {IN.clinic} zurück. Wohnt vorerst bei [seiner Schwester|ihrer Schwester] {Rf.full}, '
         '{AD}. Neue Handynummer {PH.c}.'),

    # ---------------------------------------------------------------- machine translation pasted
    ('', 'Nachricht [des Kunden|der Kundin] mit DeepL übersetzt (ungeprüft):\n„Hallo, ich bin {C.g}. Ich kann '
         'nicht kommen, weil mein Kind Fieber. Ich komme {D} stattdessen. Danke, Segen.“\nOriginal aus {PH.c}.'),
    ('', '[maschinelle Übersetzung, Google] „Sehr geehrte Dame Beraterin, der Arbeitgeber {CO} hat mich '
         'gefeuert ohne Papier. Meine Adresse ist jetzt {AD}.“ – Nachfrage beim AG durch {S.s}.'),
    ('', 'Übersetzungs-App beim Termin benutzt. App übersetzte „Bedarfsgemeinschaft“ als „need community“ – '
         '[Kunde|Kundin] dachte an eine Kirche. Erklärt. Nummer der BG {HH} aufgeschrieben mitgegeben.'),
    ('', 'Sprachnachricht per Transkriptionsapp in Deutsch umgewandelt, Ergebnis: „meine Frau {Rf.g} sagt der '
         'Brief von {IN.auth} ist gekommen und Datum {D}“. Brief soll eingescannt werden.'),
    ('bk16', 'Auszug Übersetzer-Plugin (Russisch→Deutsch): „Ich bitte Sie, mich mit {Tm.full} vom Heimatverein '
             'der Russlanddeutschen zu verbinden, Telefon {PH}.“ Habe den Kontakt nicht vermittelt, Datenschutz.'),

    # ---------------------------------------------------------------- system messages pasted
    ('', 'Systemhinweis: Datensatz wurde am {D} von Benutzer {S.sinit} geändert (Feld Anschrift alt: {AD}).\n'
         'Eigene Prüfung: Änderung korrekt, Umzug gemeldet.'),
    ('', 'Systemhinweis: Doppelanlage vermutet – Kundennummer {CN} und {CN.o}, identisches Geburtsdatum {BD}. '
         'Bitte um Zusammenlegung an {S.full}.'),
    ('', 'Automatische Meldung „Wiedervorlage überschritten“ für {C.rev}. Eigentlich erledigt am {D}, nur nicht '
         'abgehakt. Nachgeholt.'),
    ('2', '*** Systemnachricht *** BG {HH}: Mitglied {R.full} (geb. {BD.a}) hinzugefügt durch Leistung. Bitte '
          'Integrationsplanung prüfen.'),
    ('', 'Vorgang gesperrt durch {S.full} (Leistungsabteilung) seit {D}. Mein Vermerk wird nachgetragen, sobald '
         'frei. Inhalt: [Kunde|Kundin] legt Kontoauszüge vor, IBAN {IB.c}.'),

    # ---------------------------------------------------------------- vCard / XML leftovers
    ('', 'Kontakt aus dem Handy des Kunden geteilt (vCard):\nBEGIN:VCARD\nFN:{T.full}\nORG:{CO}\nTEL;TYPE=work:{PH.land}\n'
         'EMAIL:{EM.T}\nEND:VCARD\n→ Personalerin bei möglichem Arbeitgeber.'),
    ('', 'vCard aus der Mail des Trägers:\nN:{T.s};{T.g}\nORG:{IN.school}\nADR;TYPE=work:;;{AD.street};;;;DE\n'
         'TEL:{PH}\nNOTE:zuständig für Kurs ab {D}'),
    ('', 'Import-Fehler aus dem Bewerberportal, Rohdaten:\n<Bewerber><Name>{C.full}</Name><Geburtsdatum>{BD}'
         '</Geburtsdatum><Mail>{EM.c}</Mail></Bewerber>\nDatensatz manuell angelegt.'),
    ('', 'XML-Schnipsel aus der eAU (Arbeitgeberseite), gekürzt:\n<Arbeitgeber>{CO}</Arbeitgeber>\n'
         '<AU_von>{D.iso}</AU_von><AU_bis>{D.iso}</AU_bis>\n[Kunde|Kundin] war also tatsächlich krank.'),
    ('', 'Aus der Kontaktliste des Trägers kopiert:\nBEGIN:VCARD\nVERSION:3.0\nFN:{T.CAPS}\nTITLE:Jobcoach\n'
         'TEL;CELL:{PH}\nADR:;;{AD.street};Kaiserslautern;;;\nEND:VCARD'),
    ('', 'JSON aus dem Terminbuchungstool: {"kunde": "{C.full}", "telefon": "{PH.c}", "termin": "{D.iso}", '
         '"berater": "{CW.full}"}. Termin wird vom Tool nicht angezeigt, IT informiert.'),

    # ---------------------------------------------------------------- kanban board copy
    ('', 'Teamboard (Kopie der Karten zu [diesem Kunden|dieser Kundin]):\nOFFEN: Anschreiben {CO} – {S.ini}\n'
         'IN ARBEIT: EGZ-Antrag – {S2.init}\nERLEDIGT: Bewerbungsfotos ({D})'),
    ('', 'Karte vom Planungsboard: „{C.sinit} – Führerschein-Förderung, wartet auf Kostenvoranschlag '
         '{CO.fs}“, zuständig {S.full}, fällig {D}.'),
    ('', 'Board-Export: [TODO] Rückruf {T.full} ({CO}) | [DOING] Lebenslauf überarbeiten | [DONE] Anmeldung '
         '{IN.type} am {D}'),

    # ---------------------------------------------------------------- Spätaussiedler family (Buryat, Kalmyk, Sakha)
    ('bk16', 'Aufnahmebescheid des {IN.auth} liegt vor (Ehegatte eines Spätaussiedlers, § 8 BVFG). Einreise über '
             'Friedland am {D}. Ehepartner: {T.full}. Sprachkurs {IN.vhs} angemeldet.'),
    ('bk16', 'Namensschreibweise: im Pass „{C.CAPS}“, in der Registrierbescheinigung andere Transliteration. '
             'Bitte künftig wie im Pass. Geburtsort laut Pass Ulan-Ude, geb. {BD}.'),
    ('bk16', 'Früher [Tierarzt|Tierärztin] in der Steppe bei Elista – [er|sie] möchte im Veterinärbereich '
             'arbeiten. Anerkennung läuft über {IN.auth}. Empfohlen: {CO.vet} als Praktikum ab {D}.'),
    ('bk16', 'Schwiegervater {Tm.full} ruft an ({PH}) und übersetzt, weil {C.g} noch wenig Deutsch spricht. '
             'Russische Nummer der Familie {PH.f}. Termin {D} mit Russisch-Dolmetscher.'),
    ('bk16', 'Diplom der {IN.uni} (Ingenieur Bergbau, Diamanten) – über {CO.foreign} in Mirny gearbeitet. Bewerbung '
             'an {CO.brand} vorgeschlagen, Abgabe bis {D}.'),
    ('bk16', 'Buddhistischer Feiertag (Tsagaan Sar) – [Kunde|Kundin] bittet um Verlegung des Termins vom {D}. '
             'Einverstanden, neuer Termin {D}. Tante {Tf.full} begleitet.'),

    # ---------------------------------------------------------------- Mexican / Guatemalan
    ('mx16', 'Ingenieur[|in] Mechatronik aus Puebla, vorher bei {CO.foreign}. Blaue Karte abgelaufen nach '
             'Kündigung durch {CO} am {D}. Jobcenter-Zuständigkeit prüfen, {IN.abh}.'),
    ('mx16', 'Mexikanischer Führerschein (Estado de Yucatán) soll umgeschrieben werden. {CO.fs}: '
             'Theorie und Praxis nötig. Kosten 1.900 €. Nächstes Gespräch {D}.'),
    ('mx16', 'Nachricht auf Spanisch von {C.g}: „no puedo ir el {D.es}, mi hija {Rf.g} está enferma“. '
             'Termin verlegt auf {D}.'),
    ('mx16', 'Maya-Sprache (Yucatekisch) als Muttersprache, Spanisch Zweitsprache. Dolmetscher für Yucatekisch nicht '
             'zu finden, Spanisch geht. Dolmetscherin {Tf.full}, {EM.T}. Termin {D}.'),
    ('mx16', 'Au-pair-Zeit bei Familie {T.s} in {AD} vorbei, jetzt Freiwilligendienst beendet. [Kunde|Kundin] '
             'möchte Ausbildung zur Pflegefachkraft bei {IN.clinic}. Kopie Pass {ID.p}.'),
    ('mx16', 'Guatemaltekisches Abschlusszeugnis (Perito Contador) von {IN.uni}? Nein – Schule in {AD.f}. '
             'ZAB-Bewertung beantragt am {D}. Konsulat: {IN.emb}.'),
    ('mx16', 'Rückruf Mexiko: Mutter {Rf.full} unter {PH.f} – [Kunde|Kundin] ist wegen Todesfall bis {D} in Mérida. '
             'Ortsabwesenheit nachträglich genehmigt.'),

    # ---------------------------------------------------------------- Southern African
    ('za16', 'Krankenschwester aus Südafrika (SANC registriert). Anerkennungsbescheid mit Ausgleichsmaßnahme, '
             'Kenntnisprüfung bei {IN.clinic} am {D}. Arbeitgeberzusage {CO} liegt vor.'),
    ('za16', 'Lesotho: früher Näherin bei {CO.foreign}, Maseru. Wohnt bei Partner {Tm.full} in {AD}. Nähkenntnisse '
             'sehr gut, Vorschlag: Polsterei oder Raumausstattung, etwa {CO.craft}.'),
    ('za16', 'Südafrikanisches Zeugnis (Matric, NSC) – Datum auf dem Zeugnis {D.za}. Für die Ausbildung reicht '
             'die ZAB-Bewertung. Konto in Südafrika wird gekündigt, neue IBAN {IB}.'),
    ('za16', 'Anruf aus Johannesburg ({PH.f}), Schwester {Rf.g} fragt nach [dem Kunden|der Kundin]. Ich habe nichts '
             'gesagt. [Kunde|Kundin] selbst erreicht am {D}.'),
    ('za16', 'Englischsprachiges Anschreiben korrigiert, Bewerbung an {CO.brand} als Sous-Chef. Referenz: '
             '{T.full}, {CO.foreign}, {EM.T}. Absenden bis {D}.'),
    ('za16', 'Eswatini-Pass läuft am {D} ab. Erneuerung über {IN.emb} dauert Monate, daher Ausweisersatz. '
             'Passnummer {ID.p}.'),

    # ---------------------------------------------------------------- Surinamese / Indo-Caribbean
    ('sr16', 'Niederländische Staatsangehörigkeit, geboren in Paramaribo. Zuletzt bei {CO.foreign} in {AD.f}. '
             'Möchte in Deutschland bleiben wegen Partnerin {Tf.full}. Anmeldung {AD.own} seit {D}.'),
    ('sr16', '[Kunde|Kundin] spricht Sranantongo, Niederländisch und Sarnami. Termin ohne Dolmetscher, Deutsch reicht '
             'knapp. UWV-Bescheid (WW-uitkering) endete am {D.nl}. Nachweis kommt per Mail von {EM.c}.'),
    ('sr16', 'Trinidad: Schweißer mit Offshore-Erfahrung, letzter Arbeitgeber {CO.foreign}, Referenz {T.full} '
             '({PH.f}). Bewerbung an {CO} in {AD}.'),
    ('sr16', 'Diwali-Feier der Gemeinde am {D} – [Kunde|Kundin] hilft im Vereinsheim. Kontakt Verein: '
             '{Tm.full}, {PH}. Kann Küchenhilfe-Stelle vermitteln.'),
    ('sr16', 'Schwester {Rf.full} wohnt in Den Haag, [Kunde|Kundin] zieht evtl. zurück. Bei Wegzug Abmeldung beim '
             '{IN.amt}. Letzter Beratungstermin {D}.'),

    # ---------------------------------------------------------------- Ivorian
    ('ci16', 'Ausbildung Bäcker[|in] bei {CO.craft} begonnen am {D}. Meister {Tm.s} sehr zufrieden. '
             '{IN.bs}. Aufenthaltserlaubnis § 16a AufenthG, gültig bis {D}.'),
    ('ci16', 'Nachricht an {PH.f} (Familie in Abidjan) – [Kunde|Kundin] braucht Schulzeugnis vom Lycée. Bruder '
             '{Rm.g} schickt es per Paket. Adresse Familie: {AD.f}.'),
    ('ci16', '[Kunde|Kundin] möchte Maquis (Imbiss) eröffnen, Partner {Tm.full}. Gründungsberatung bei {IN.chamber} am {D}. '
             'Vorläufiger Firmenname „{CO.foreign}“.'),
    ('ci16', 'Diplom der {IN.uni} vorgelegt. Deutschkurs B1 bei {IN.school}, Prüfung {D}. Danach Ausbildung '
             'Elektroniker bei {CO}.'),
    ('ci16', 'Konto in Côte d\'Ivoire noch aktiv, IBAN {IB.f} – Rücklagen 600.000 FCFA (ca. 915 €). Vermögen '
             'unter Freibetrag. Auszug vom {D}.'),
    ('ci16', 'Französische Nachricht: „Bonjour Madame, je serai en retard le {D}, le bus est en panne. Cordialement, '
             '{C.full}“. In Ordnung.'),

    # ---------------------------------------------------------------- East Frisian, Bavarian, Swabian, Pomeranian customers
    ('de16', '[Kunde|Kundin] aus Ostfriesland zugezogen, spricht Platt. Letzter Arbeitgeber {CO.craft} in Leer, Chef '
             '{Tm.full}. Zeugnis fehlt, angefordert am {D}.'),
    ('de16', 'Saisonarbeit Skigebiet (Liftbetrieb bei {CO.lift}) endete am {D}. [Kunde|Kundin] aus dem Werdenfelser Land, '
             'möchte hier bleiben. Wohnt bei {T.full}, {AD}.'),
    ('de16', 'Früher Glasbläser[|in] im Bayerischen Wald bei {CO.amp}. Betrieb geschlossen. Umschulung Industriemechanik? '
             'Beratung {D}.'),
    ('de16', '[Er|Sie] kommt von der Schwäbischen Alb, Muttersprache sozusagen Schwäbisch: „I schaff gern, bloß '
             'ned nachts.“ Vermittlung in Tagschicht bei {CO} angestrebt, Vorschlag vom {D}.'),
    ('de16', 'Fischereibetrieb auf Usedom ({CO.craft}) hat zugemacht. [Kunde|Kundin] sucht Arbeit in der Nähe von '
             '{AD}. Bruder {Rm.g} nimmt [ihn|sie] mit zur Arbeit bei {CO}.'),

    # ---------------------------------------------------------------- ordinary counselling notes, new wordings
    ('', 'Beratung: {C.full} möchte in Teilzeit (25 h) arbeiten. Kinderbetreuung über Tagesmutter {Tf.full} bis 15 Uhr. '
         'Vorschläge: {CO}, {CO}. Termin zur Nachbesprechung {D}.'),
    ('', 'Erstgespräch. Lebenslauf nach Europass sortiert:\n2010–2014 Schule in {AD.f}\n2015–2019 Verkäufer[|in] '
         'bei {CO.foreign}\n2020–2023 Reinigung, {CO}\nSprachen: Deutsch B1, Englisch B2. Nächster Termin {D}.'),
    ('', 'Lebenslauf-Check: die Lücke 2018 erklärt [der Kunde|die Kundin] mit der Pflege der Großmutter {Tf.full}. '
         'Im CV so formulieren. Referenzen: {T.full} ({CO}), {T2.init} ({IN.type}).'),
    ('', 'Kooperationsplan fortgeschrieben am {D}: Ziel Helfertätigkeit im Garten- und Landschaftsbau. Schritte '
         'Kunde: drei Bewerbungen/Monat (u. a. {CO}). Unser Schritt: Kontakt zu {CO.craft}.'),
    ('', 'Beratung am Telefon {PH.c}: [er|sie] will keine Zeitarbeit mehr, schlechte Erfahrung mit {CO.temp}. '
         'Direkte Vorschläge: {CO}, {CO.brand}.'),
    ('', 'Umzug in die {AD} zum {D}. Neue Miete 512 € warm, Angemessenheit an Leistung ({S.full}) zur Prüfung. '
         'Vermieterin {Tf.full}.'),
    ('', 'Ehrenamtlicher Pate {Tm.full} (Verein Lesepaten) begleitet [den Kunden|die Kundin] zu Terminen. '
         'Vollmacht liegt vor. Erreichbar {PH}, {EM.T}.'),
    ('', '[Kunde|Kundin] trainiert Kinder beim {IN.club} und bekommt 60 € '
         'Übungsleiterpauschale. Nachweis vom Vorsitzenden {Tm.full}, Stand {D}. Anrechnungsfrei.'),
    ('', 'Deutsches Sportabzeichen abgelegt – für Bewerbung bei der Polizei ({IN.auth})? Hinweis: Altersgrenze. '
         'Alternativ Justizvollzug, Infotag {D} in {AD}.'),
    ('', 'Termin {D}: [Kunde|Kundin] bringt Bescheinigung von {CO} über Minijob (520 €). Arbeitgeberin {Tf.full}, '
         'Büro {AD}. Einkommensnachweis an Leistung.'),
    ('3', 'Online arbeitslos gemeldet am {D}, Beschäftigung bei {CO} endet {D}. Kündigung durch Arbeitgeber, '
          'Abfindung 4.000 €. Kundennummer {CN}, Vermittlung durch {S.full}.'),
    ('3', 'Beratungsgespräch Orientierung (SGB III): {C.full}, {BD}, gelernte[r|] Industriekauffrau/-mann, zuletzt '
          '{CO}. Steuer-ID für Antrag: {TX}. Wunsch: Controlling.'),
    ('3', 'Sperrzeit-Anhörung: [der Kunde|die Kundin] hat selbst gekündigt bei {CO} zum {D}. Begründung: Mobbing '
          'durch Vorgesetzten {Tm.full}. Nachweise: Attest {Tm2.init} vom {D}.'),
    ('3', 'Gründungszuschuss-Beratung? Nein: Nebenerwerb als Fotograf[|in] für {CO} (Feiern, Firmenevents). Unter 15 h, Einkommen '
          'wird angerechnet. Steuernummer folgt, ID {TX}.'),
    ('3', 'VV an {CO} (Stelle Disponent[|in]), Ansprechperson {T.full}, {EM.T}. Rückmeldung bis {D}. '
          'Kundennr. {CN}.'),
    ('3', 'Arbeitsbescheinigung fehlt von {CO}. Arbeitgeber angeschrieben an {AD}, Fax {PH.land}. Frist {D}.'),
    ('3', 'Kurzarbeit beendet, Arbeitsverhältnis bei {CO} wird zum {D} beendet. Kunde[|in] möchte in die '
          'Transfergesellschaft {CO.temp}. Kontakt Betriebsrat {T.full}.'),
    ('3', 'Ausbildungsplatzsuche (Berufsberatung): {C.g}, geb. {BD}, Mittlere Reife {IN.schule}. Bewerbungen an '
          '{CO.craft} und {CO.brand}. Eltern: {R.full}, Tel. {PH}.'),
    ('2', 'BG {HH}: Partner/in {T.full} (geb. {BD.a}) arbeitet seit {D} bei {CO}, 1.150 € netto. '
          'Einkommensbescheinigung angefordert.'),
    ('2', 'Weiterbewilligungsantrag fehlt. BG-Nummer {HH}, Bewilligungszeitraum endet {D}. Erinnerung an '
          '{AD.own} geschickt, zusätzlich SMS an {PH.c}.'),
    ('2', 'Sofortangebot nach § 15 SGB II: Arbeitsgelegenheit beim {IN.welfare}, Beginn {D}. Ansprechpartner '
          '{T.full}, Mehraufwand 1,50 €/h.'),
    ('2', 'Anhörung wegen Meldeversäumnis vom {D}. Stellungnahme [des Kunden|der Kundin] schriftlich: „war bei '
          '{IN.clinic}, hab vergessen abzusagen“. Nachweis der Klinik vom {D}, Minderung entfällt.'),
    ('2', 'Einkommen aus Übungsleitertätigkeit ({IN.club}) und Minijob bei {CO}. Kontoauszüge mit {IB.c} geprüft. '
          'BG {HH}.'),
    ('2', 'Kontakt Leistung ({S.init}): Kind {R.g} (geb. {BD.k}) zieht zum Vater {Tm.full} nach {AD}. BG verkleinert '
          'ab {D}.'),
    ('2', 'Mehrbedarf Alleinerziehung: Kinder {Rf.g} ({BD.k}) und {Rm.g} ({BD.k}). {IN.kita}, Hort ab {D}.'),
    ('2m', 'Kunde meldet, dass er mit Partnerin {Tf.full} zusammengezogen ist ({AD}). Prüfung Bedarfsgemeinschaft, '
           'neue BG-Nr. wird vergeben statt {HH}.'),
    ('f', 'Kundin ist schwanger, errechneter Termin {D}. Mutterschutz ab {D}. Beratung bei {IN.welfare}, '
          'Hebamme {Tf.full}, {PH}.'),
    ('m', 'Der Kunde hat eine Stelle als Busfahrer bei {CO.bus} in Aussicht, Führerschein D vorhanden, Fahrerkarte '
          'fehlt. Antrag beim {IN.amt}, Bearbeiterin {Tf.s}.'),
    ('f', 'Kundin erzählt, ihr Ex-Mann {Tm.full} zahlt keinen Unterhalt. Beistandschaft beim {IN.ja} eingeschaltet, '
          'Kontakt {Tf.full}.'),
    ('m', 'Herr {C.s} wünscht einen Wechsel des Ansprechpartners (Konflikt mit {S.s}). Weitergeleitet an TL {TL.full}, '
          'Entscheidung bis {D}.'),
    ('', 'Telefonat mit {T.full} vom {CO} (Tel. {PH.land}): [Kunde|Kundin] sei beim Probearbeiten am {D} nach zwei '
         'Stunden gegangen. [Er|Sie] selbst sagt, man habe [ihn|sie] angeschrien.'),
    ('', 'Kfz-Halterauskunft nicht nötig: [Kunde|Kundin] nennt selbst das Kennzeichen {KZ}, Auto auf Bruder {Rm.full} '
         'zugelassen. Fahrtkosten zur Maßnahme {IN.school} werden erstattet.'),
    ('', 'Fahrgemeinschaft zur Arbeit bei {CO} mit Kollegin {Tf.full} (ihr Auto {KZ}). Damit Schichtbeginn 6 Uhr '
         'machbar. Beginn {D}.'),
    ('', 'Kundin/Kunde hat neuen Personalausweis, Nr. {ID}, ausgestellt von {IN.amt} am {D}. Die Ausweiskopie liegt im Scan-Eingang.'),
    ('', 'Aufenthaltstitel erneuert, Kartennummer {ID}, gültig bis {D}. Erwerbstätigkeit erlaubt. Bescheid '
         '{IN.abh}.'),
    ('', 'Ausweiskontrolle Video-Termin: [Kunde|Kundin] hält Dokument {ID} in die Kamera, Name {C.CAPS} lesbar.'),
    ('', 'Steuer-ID für Lohnsteuerabzug beim neuen Arbeitgeber {CO} gebraucht: {TX}. Kunde[|in] hatte sie nicht '
         'mehr, aus dem Bescheid abgelesen.'),
    ('', 'Antrag Einstiegsgeld: Arbeitgeber {CO}, Beginn {D}, Steuer-Identifikationsnummer {TX}, '
         'Rentenversicherungsnummer {RV}. Unterlagen vollständig.'),
    ('', 'Im System stand ein falsches Geburtsdatum, laut Pass {BD}. Korrektur beantragt bei {S.full}.'),
    ('', 'Arbeitsvertrag von {CO} gesichtet: Beginn {D}, Probezeit 6 Monate, Gehalt auf Konto {IB.c}. '
         'Leistung informiert.'),
    ('', 'Neue Bankverbindung mitgeteilt: {IB}. Das alte Konto bei der Sparkasse ist zum {D} gekündigt, '
         'Nachweis folgt.'),
    ('', 'Rückforderung: Überzahlung wird auf {IB} zurücküberwiesen, Betreff Aktenzeichen, bis {D}. '
         'Kontoinhaber[|in] {C.full}.'),
    ('', 'Mietzahlung direkt an Vermieter {T.full}, IBAN {IB}, ab {D}. Abtretung liegt unterschrieben vor.'),
    ('', 'Nebenkostennachzahlung Vermieterin {Tf.full} ({AD}), 388 €, zahlbar auf {IB} bis {D}.'),
    ('', 'Bewerbung digital an {EM.co} (Firma {CO}) mit Kopie an {EM.s}. [Kunde|Kundin] erhält Eingangsbestätigung am {D}.'),
    ('', 'Kundenportal: [der Kunde|die Kundin] hat die Mailadresse geändert auf {EM.c}. Alte Adresse {EM} '
         'ist gelöscht.'),
    ('', 'Bitte zurückrufen: {PH.c} oder bei [seiner|ihrer] Nachbarin {Tf.full} unter {PH.land}.'),
    ('', 'Telefonnummer diktiert: {PH.spoken}. Zur Sicherheit noch einmal vorgelesen, stimmt.'),
    ('', 'Einladung zum {D}, 9:30 Uhr, Zimmer 214. Verschickt an {AD.own}.'),
    ('', 'Termin am {D} nicht wahrgenommen. Kein Anruf, keine Mail. Erinnerung an {EM.c}. Nächster Versuch '
         'telefonisch {PH.c}.'),
    ('', 'Nicht erschienen. Kollegin {S.full} hat [ihn|sie] aber morgens im Haus gesehen (Leistungsabteilung). '
         'Neue Einladung {D}.'),
    ('', 'Krankmeldung per Post, AU von {D} bis {D}, Praxis {Tm.full}, {AD}.'),
    ('', '[Kunde|Kundin] war zum Termin da, aber mit Sohn {Rm.g} (12) – Schule ausgefallen. Kurz gehalten, Folgetermin {D}.'),
    ('', 'Gespräch ohne personenbezogene Daten: Zielberuf bleibt Lagerhelfer, Mobilität eingeschränkt (kein Auto), '
         'Busverbindung bis 22 Uhr geklärt, keine Schichtarbeit am Wochenende.'),
    ('', 'Kurzvermerk: Unterlagen vollständig, Weiterleitung an Leistung. Keine weiteren Absprachen.'),
    ('', 'Vorsprache ohne Termin, Anliegen geklärt (Frage zu Fahrtkosten). Formular ausgehändigt, Rückgabe in '
         'der Eingangszone.'),
    ('', 'Eingliederungszuschuss: Arbeitgeber {CO}, Ansprechpartner {T.full}, Beginn {D}, Förderdauer 6 Monate, '
         '40 %. Bewilligung durch {S.full}.'),
    ('', 'Probearbeiten bei {CO.craft} in {AD} am {D}, 8–12 Uhr. Unfallversicherung über uns. Info an {T.full}.'),
    ('', 'Gespräch mit Arbeitgeberin {Tf.full} ({CO}): möchte {C.g} unbefristet übernehmen, ab {D}.'),
    ('', 'Verweis auf Migrationsberatung {IN.welfare}, Beraterin {Tf.full}, offene Sprechstunde dienstags.'),
    ('', 'Sprachkurs (Integrationskurs) bei {IN.school}, Kursbeginn {D}, Lehrkraft {T.full}. Fahrkarte beantragt.'),
    ('', 'Vermieter {Tm.full} ruft an ({PH}) und will wissen, ob die Miete gezahlt wird. Ich habe auf den Datenschutz verwiesen.'),
    ('', 'Bewerbungsmappe durchgesehen: Anschreiben an {CO} enthält noch den Namen der alten Firma {CO}. '
         'Korrigiert.'),
    ('', 'Kollegin {S.full} (Team Reha) übernimmt die Beratung vom {D} an. Übergabe mündlich.'),
    ('', 'Teamleitung {TL.full} bittet um Vermerk zur Fallauswahl: keine Besonderheiten, Zeitraum bis {D}.'),
    ('', 'Anruf {IN.kita}: Betreuungszeit ab {D} auf 35 h erhöht. Damit Vollzeit fast möglich.'),
    ('', 'Vorschlag Arbeitsgelegenheit bei {IN.welfare} abgelehnt, da Arbeitsstelle bei {CO} in Aussicht '
         '(Gespräch mit {T.sinit} am {D}).'),
    ('', 'Post kam zurück: „Empfänger unbekannt“ unter {AD.own}. Neue Anschrift nach Telefonat: {AD}.'),
    ('', 'Meldeanfrage beim {IN.amt} gestellt am {D}, Antwort abwarten.'),
    ('', 'Kundin/Kunde teilt mit, dass Großvater {Tm.full} verstorben ist ({D}). Termin verschoben auf {D}.'),
    ('', 'Qualifizierung im Betrieb (WeGebAU-Nachfolge): {CO} qualifiziert {C.g} zum Maschinenführer. '
         'Ansprechpartner {T.full}, Start {D}.'),
    ('', 'Online-Termin per Video: Verbindung brach ab. Nummer für Rückruf {PH}. Fortgesetzt am {D}.'),
    ('', 'Unterschrift auf Antrag fehlte. Per Post an {AD.own} mit Rückumschlag, WV {D}.'),
    ('', 'Gutschein (AVGS) Einzelcoaching: Träger {CO.bt}, Coach {T.full}. 20 Einheiten, Beginn {D}.'),
    ('', 'Gesundheitliche Einschränkungen lt. Gutachten Ärztlicher Dienst ({S.full}) vom {D}: Heben bis 10 kg.'),
    ('', 'Beschwerde über die Hotline: Kunde[|in] sei dreimal weitergeleitet worden. Weitergegeben an {S.full}.'),
    ('', 'Zusage {CO.gastro}: Arbeitsbeginn {D} als Küchenhilfe, 30 Stunden. Abmeldung aus dem Leistungsbezug vorbereitet.'),
    ('', 'Hinweis von {T.full} ({IN.type}): [Kunde|Kundin] wartet seit Wochen auf Rückmeldung. Rückruf erledigt.'),
    ('', 'Arbeitgeber {CO.amp} meldet Einstellung zum {D}. Bitte um Förderung. Unterlagen per Mail {EM.co}.'),

    # ---------------------------------------------------------------- short entries (one or two values)
    ('', 'Unterlagen im Hausbriefkasten abgegeben, Eingangsstempel {D}.'),
    ('', 'Kurzer Anruf: Termin passt. Keine Änderungen.'),
    ('', 'Rückruf bei {T.full} – Mailbox, Nachricht hinterlassen.'),
    ('', 'Besucherausweis nicht zurückgegeben (Eintrag {C.sinit}). Empfang weiß Bescheid.'),
    ('', 'Kennzeichen für den Parkausweis Besucherparkplatz: {KZ}.'),
    ('', 'Parkplatz-Ausnahmegenehmigung wegen Gehbehinderung, Fahrzeug {KZ}, gültig bis {D}.'),
    ('', 'Bußgeldbescheid wegen Falschparkens (Fahrzeug {KZ}) vorgelegt – für uns ohne Belang.'),
    ('', 'Werksausweis beim neuen Betrieb beantragt; dafür Kfz-Kennzeichen {KZ} für die Zufahrt angegeben.'),
    ('', 'Dienstwagen des Arbeitgebers ({KZ}) darf privat nicht genutzt werden, also kein geldwerter Vorteil.'),
    ('3', 'Kundennummer am Telefon genannt: {CN}. Zur Sicherheit Geburtsdatum abgefragt: {BD}, stimmt.'),
    ('3', 'Brief ohne Kundennummer eingegangen, zugeordnet zu {CN} (Name {C.rev}).'),
    ('', 'Falsche Kundennummer auf dem Bewerbungsnachweis ({CN.o}), richtig: {CN}.'),
    ('2', 'Schreiben der Wohngeldstelle betrifft BG {HH.o}, nicht diese BG. Zurück an Poststelle.'),
    ('2', 'BG-Nummer auf dem Antrag fehlte, ergänzt: {HH}.'),
    ('2', 'Nachweis eingereicht per Upload, Zuordnung BG {HH} durch Scanstelle am {D}.'),
    ('', 'Steuer-ID auf dem Lohnzettel: {TX}. Passt zu den Stammdaten.'),
    ('', 'ELStAM-Abruf beim Arbeitgeber scheiterte, Steuer-IdNr. war falsch eingetragen. Richtig ist {TX}.'),
    ('', 'Sozialversicherungsausweis neu angefordert, Nummer {RV}.'),
    ('', 'Für die Einladung der Schwester (Visum) die eigene Passnummer angegeben: {ID.p}.'),
    ('', 'Reisepass abgelaufen am {D}. Neuer Pass beantragt.'),
    ('', 'Schulbescheinigung der Tochter {Rf.g} für das Schuljahr liegt vor.'),
    ('', 'Telefonisch nicht erreichbar, Nummer {PH.c} ist abgeschaltet.'),
    ('', 'E-Mail an {EM.c} kam als unzustellbar zurück.'),
    ('', 'Neue Handynummer: {PH.c}.'),
    ('', 'Kundin/Kunde bittet um Kontakt nur per Mail: {EM.c}.'),
    ('', 'Arbeitgeber {CO} hat die Stelle anderweitig besetzt.'),
    ('', 'Absage von {CO} per Post, ohne Begründung.'),
    ('', 'Neue Stelle gefunden bei {CO.craft}, Beginn {D}.'),
    ('', 'Termin bei {IN.sb} wahrgenommen, Bestätigung liegt vor.'),
    ('', 'Anmeldung beim {IN.vhs} für den Computerkurs ist erfolgt.'),
    ('', 'Weiterleitung an Kollegen {S.full}, Fachbereich Reha.'),
    ('', 'Rücksprache mit {TL.sinit}: Fall bleibt bei mir.'),
    ('', 'Vertretung durch {S.init} am {D}.'),
    ('', 'Urlaub vom {D} bis {D} angemeldet (Ortsabwesenheit), genehmigt.'),
    ('', 'Am {D} Gespräch bei {CO} gehabt, Ausgang ungewiss.'),
    ('', 'Ablehnung der Maßnahme nachvollziehbar begründet (Pflege der Mutter {Rf.full}).'),
    ('', 'Arbeitsunfähigkeit bis {D}, Folgebescheinigung angekündigt.'),
    ('', 'Gespräch über Ziele: keine neuen Absprachen, Stand wie im letzten Vermerk.'),
    ('', 'Bewerbungsbemühungen (8 Stück) nachgewiesen, u. a. bei {CO.brand}.'),
    ('', 'Anschrift bestätigt: {AD.own}.'),
    ('', 'Geburtsurkunde des Kindes (geb. {BD.k}) eingereicht.'),
    ('', 'Die Verwaltung ({CO.hv}) hat die Bescheinigung über die Miete noch nicht geschickt.'),
    ('', 'Anruf {IN.abh}: Fiktionsbescheinigung wird verlängert.'),
    ('', 'Fahrtkostenerstattung auf {IB.c} angewiesen.'),
    ('', 'Kopie des Führerscheins (Klasse B) gemacht, Fahrzeug {KZ} ist auf [ihn|sie] zugelassen.'),
    ('', 'Zweitschlüssel des Spinds im Schulungsraum an {S.sinit} übergeben.'),

    # ---------------------------------------------------------------- second batch: more of the new styles
    ('', 'Besucherbuch Nebeneingang (Infotheke), {D}, 13:10: „{C.full} + Kind“, Grund „Antrag abgeben“. Spalte '
         '„erledigt durch“ leer – laut {S.sinit} hat [er|sie] nach 40 min Wartezeit das Haus verlassen.'),
    ('', 'Im Besucherbuch falsch eingetragen als „{C.s}, {C.g}“ mit Vermerk „Termin bei {S.s}“. Der Termin war aber bei '
         'mir. Empfangskollegin {S2.full} hat es korrigiert.'),
    ('', 'Versicherungsverlauf: Beitragszeiten bei {CO} (1998–2004) fehlen komplett. Lohnabrechnungen hat '
         '[der Kunde|die Kundin] noch im Keller. RV-Nummer {RV}. Frist der DRV für Nachweise: {D}.'),
    ('', 'Bescheid über die Feststellung von Versicherungszeiten vom {D}: Zeiten im Ausland ({AD.f}) werden nicht '
         'angerechnet, weil kein Abkommen greift. Widerspruch über {IN.welfare}, Ansprechpartnerin {Tf.full}.'),
    ('', 'Signatur aus der Absage kopiert, weil die Firma nicht im System war:\n{T.full}\nTeamleitung Recruiting\n'
         '{CO}\n{AD.block}\nwww-Adresse im Anhang, Fax {PH.land}'),
    ('', 'Mail vom Vermieter, darunter die automatische Signatur „{T.full} – Immobilien – {PH} – {EM.T}“ und der Satz '
         '„Diese Nachricht ist nur für den Empfänger bestimmt“. Inhalt: Mieterhöhung zum {D}.'),
    ('', 'Arbeitgeber antwortet auf den VV nur mit Signatur und „s. Anhang“. Anhang fehlt. Absender {EM.co}, '
         'Unterschrift „{T.init}, {CO}“. Nachgefragt am {D}.'),
    ('', 'Gemeinsames Profiling mit {IN.bs}: Ergebnis Berufswahltest „handwerklich-technisch“. Betreuende Lehrkraft '
         '{T.full}. {C.g} selbst will lieber in den Verkauf, Praktikum bei {CO.brand} ab {D}.'),
    ('', 'Assessment Gabelstapler-Eignung (Sehtest, Reaktionstest) bei {CO.bt} bestanden am {D}. Schein wird beim '
         'Arbeitgeber {CO} gemacht.'),
    ('', 'Streetworkerin {Tf.full} meldet sich von der Notunterkunft ({AD}): [Kunde|Kundin] hat dort ein Bett bis {D}. '
         'Post an die Unterkunft, zu Händen {Tf.s}.'),
    ('', 'Auf dem Parkplatz vom {CO.brand} angetroffen (wohnt im Auto, Kennzeichen {KZ}). Termin für Wohnungssuche '
         'mit der Fachstelle am {D} vereinbart.'),
    ('3', 'Stellenaufnahme Fachkraft: {CO} sucht Mechatroniker/in, Tarif IG Metall, Ansprechpartner {Tm.full} '
          '({PH.land}). Besetzung {D}. Vorschlagsliste: {C.init}.'),
    ('3', 'AG-S-Kontakt: {CO.amp} will Azubi für Sommer, Bewerbungen an {EM.co}. Ich habe {C.full} gefragt, Interesse '
          'ja. Vorstellung {D}.'),
    ('', 'Praktikumsvertrag unterschrieben: Betrieb {CO.craft}, Zeitraum {D} bis {D}, Betreuer {Tm.full}. '
         'Unfallversicherung über die BG des Betriebs.'),
    ('', 'Zwischenbeurteilung Praktikum in der {IN.clinic}: Stationsleitung {Tf.full} lobt den Umgang mit den '
         'Patienten. Verlängerung um zwei Wochen bis {D}.'),
    ('', 'Übersetzung des Führungszeugnisses aus dem Heimatland eingereicht, Übersetzerin {Tf.full} ({EM.T}). '
         'Apostille fehlt. Frist {D}.'),
    ('', 'Der Übersetzer hat im Zeugnis „{CO.foreign}“ stehen lassen und nicht übersetzt. Für die ZAB reicht es. '
         'Antrag gestellt am {D}.'),
    ('', 'Gehörlose Kundin/gehörloser Kunde: Einladungen künftig nur schriftlich und per SMS an {PH.c}. Dolmetscherin '
         '{Tf.full} hat Zeit am {D}.'),
    ('', 'Reha-Fachberatung: Antrag auf LTA, Gutachten des BPS durch {S.full} am {D}. Ergebnis: Umschulung möglich, '
         'Einrichtung {IN.reha}.'),
    ('', 'Entlassungsbericht aus der {IN.clinic} (Psychosomatik) sagt: „Rückkehr an den alten Arbeitsplatz bei '
         '{CO} nicht empfohlen“. Arbeitgeber davon nichts gesagt. Nächster Schritt {D}.'),
    ('', 'Ausbildungsnachweise der letzten 8 Wochen fehlen. Ausbilder {Tm.full} ({CO}) droht mit Abmahnung. '
         'Gespräch zu dritt am {D}, Ausbildungsberaterin der {IN.chamber} dabei.'),
    ('', 'JBA-Sprechstunde an der {IN.schule}: {C.g} ({BD}) kam mit Freundin {Tf.g}. Thema Ausbildung im Einzelhandel. '
         'Unterlagen bis {D}.'),
    ('', 'Protokoll Fallkonferenz (Auszug, nur Aufgaben)\nJobcenter ({CW.s}): Bewerbungstraining anmelden\n'
         'Jugendamt ({T.s}): Elterngespräch\nSchule ({T2.s}): Zeugniskopie\nnächster Termin aller Beteiligten: {D}'),
    ('', 'Gläubigerliste aktualisiert ({D}): Inkasso von {CO.coll} erledigt (Vergleich), offen noch '
         '{CO.coll} und Nachzahlung Stadtwerke. Schuldnerberater {Tm.full}.'),
    ('', 'Anruf eines Inkassobüros ({CO.coll}, Mitarbeiterin {Tf.sinit}, {PH.land}): wollte Arbeitgeber [des Kunden|der '
         'Kundin] wissen. Keine Angaben gemacht.'),
    ('', 'Werkstatt-Beschäftigte[r|] möchte auf den allgemeinen Arbeitsmarkt. Jobcoach {T.full} vom {IN.abbr} '
         'schlägt {CO} vor. Probebeschäftigung ab {D}.'),
    ('', 'Bildungsgutschein Nr. steht auf dem Formular, Träger {CO.bt} meldet Eintritt am {D}. Teilnehmer[|in] '
         '{C.sinit}.'),
    ('', 'Ausgabe eines Bildungsgutscheins abgelehnt: Kurs bei {CO.bt} nicht AZAV-zugelassen. Alternative: '
         '{IN.school}, Beratung {D}.'),
    ('', 'Grenzgänger[|in], Arbeitgeber in Luxemburg {CO}, Lohn in Euro auf {IB.f}. Bescheinigung U1 fehlt, '
         'Anforderung am {D}.'),
    ('', 'Gespräch mit der Grenzgängerberatung ({IN.auth}) über Kindergeld: Familienkasse oder Belgien? '
         'Berater {Tm.full}, Tel. {PH.be}.'),
    ('', 'Hilfeplan fortgeschrieben: Sohn {Rm.g} besucht Tagesgruppe des {IN.welfare}. Zuständige Fachkraft im '
         'Jugendamt {T.full}. Mutter/Vater kann ab {D} vormittags arbeiten.'),
    ('', 'Substitutionsausweis gesehen. Praxis {Tm.sinit} in {AD}. Arbeitsaufnahme möglich ab 10 Uhr, Vorschlag '
         '{CO} (Spätschicht).'),
    ('', '[DeepL] „Ich habe den Vertrag mit {CO} unterschrieben, aber der Chef {Tm.g} sagt, ich muss Probetag ohne '
         'Geld machen.“ → Hinweis auf Mindestlohn gegeben, Rückmeldung bis {D}.'),
    ('', 'Automatische Übersetzung der Schulbescheinigung (Handyfoto) ergibt Unsinn; nur Name {C.CAPS} und Datum {D} '
         'eindeutig lesbar.'),
    ('', 'Systemhinweis: Kontaktdaten geändert – Telefon alt {PH}, neu {PH.c}. Änderung durch Infothek ({S.init}).'),
    ('', 'Systemhinweis beim Öffnen: „Akte wird gerade von {S.full} bearbeitet“. Später nochmal, {D}.'),
    ('2', 'Systemhinweis: Kundennummer {CN} ist BG {HH} zugeordnet, Mitglied {R.full} fehlt in der Übersicht. '
          'Meldung an Leistung.'),
    ('', 'Kontakt aus dem Portal (vCard-Anhang):\nFN:{Tf.full}\nTITLE:Praxisanleiterin\nORG:{IN.clinic}\n'
         'TEL:{PH.land}\nEMAIL:{EM.Tf}'),
    ('', '<Anmeldung><Teilnehmer>{C.rev}</Teilnehmer><Kurs>Deutsch B2</Kurs><Beginn>{D.iso}</Beginn>'
         '<Traeger>{CO.bt}</Traeger></Anmeldung> – Anmeldebestätigung so vom Träger gekommen.'),
    ('', 'Kanban-Karte verschoben nach ERLEDIGT: „{C.full}: Antrag Führerscheinförderung bewilligt ({D})“, '
         'bearbeitet von {S.init}.'),
    ('', 'Spalte WARTET AUF KUNDE: „Lebenslauf“, „Zeugnis {CO}“, „Ausweis (Nr. {ID})“ – seit {D} unverändert.'),
    ('bk16', 'Familie kam über das Aufnahmeverfahren, Vater [des Kunden|der Kundin] ({Rm.full}) ist Spätaussiedler. '
             'Sprachkurs bei {IN.vhs}, Beginn {D}. Wohnung in {AD}.'),
    ('bk16', 'Jakutischer Führerschein (Kategorie C) – Umschreibung bei der {IN.amt}. Früher Lkw-Fahrer bei '
             '{CO.foreign}. Berufskraftfahrer-Quali nötig, Träger {CO.bt}.'),
    ('mx16', 'Auf dem Pass steht „{C.CAPS}“, im Mietvertrag nur der erste Nachname. Vermieter {T.full} soll den '
             'Vertrag ändern. Geboren {BD} in {AD.f}? Nein, Wohnort der Eltern.'),
    ('mx16', 'Schwester {Rf.full} lebt in Guatemala-Stadt ({AD.f}), schickt Geld für die Mutter. Keine Unterhaltspflicht '
             'hier. Telefon Schwester {PH.f}.'),
    ('za16', 'Working-Holiday-Visum abgelaufen. Jetzt Aufenthalt nach Heirat mit {T.full}. Bisher gearbeitet bei '
             '{CO.gastro}, Kündigung zum {D}.'),
    ('za16', 'Bankverbindung in Südafrika wurde geschlossen, Rest überwiesen auf {IB.c}. Bestätigung der Bank vom '
             '{D.za} liegt vor.'),
    ('sr16', 'Niederländischer Rijbewijs wird anerkannt. Auto mit NL-Kennzeichen {KZ.nl} muss umgemeldet werden. '
             'Arbeit bei {CO} ab {D}.'),
    ('sr16', 'Onkel {Rm.full} aus Paramaribo zu Besuch, übersetzt ins Niederländische. Kontakt Onkel {PH.f}. '
             '[Kunde|Kundin] will Schweißerkurs bei {CO.bt}.'),
    ('ci16', 'Attestation de travail von {CO.foreign} (Abidjan), unterschrieben {T.full}, Datum {D}. Beruf: '
             'Mécanicien. Anerkennung über {IN.chamber} beantragt.'),
    ('ci16', 'Cousin {Rm.full} hat [ihn|sie] angemeldet bei {AD}, Zimmer zur Untermiete. Untermietvertrag fehlt, '
             'Frist {D}.'),
    ('de16', 'Plattdeutsch am Telefon: „Ik kann dor nich hen, mien Auto is kaputt.“ Termin auf {D} verschoben. '
             'Rückruf unter {PH.c}.'),
    ('de16', 'Saisonende Fischräucherei {CO.craft} auf Usedom, [er|sie] kommt jedes Jahr im Winter in den Bezug. '
             'Arbeitgeberbestätigung für die neue Saison ab {D}.'),
]
