# -*- coding: utf-8 -*-
"""Templates of heldout18, written for this split without seeing earlier templates. (flags, body):
flags '2' SGB II only, '3' SGB III only, 'p:<pop>' bound to the customer's population. Slot syntax: make_corpus18.py."""

T = []

# --- A. chatbot transcripts of the portal's virtual assistant, handed over to a person
T += [
    ('', 'Übergabe aus dem Chat-Assistenten (Portal), Protokoll angehängt:\nBot: Hallo! Ich bin der digitale Assistent. Wobei darf ich helfen?\nNutzer⟨|in⟩: will termin verschieben bin am {D.o} auf beerdigung\nBot: Ich habe verstanden: Termin ändern. Bitte nennen Sie Ihre Kundennummer.\nNutzer⟨|in⟩: {KN}\nBot: Danke. Ich verbinde Sie mit einer Mitarbeiterin.\n→ übernommen von {S1.i}, Termin neu: {D}.'),
    ('', 'Chatbot-Verlauf, weitergeleitet an Team:\n[Bot] Möchten Sie eine Änderung melden? Ja / Nein\n[Kunde] ja neue adresse\n[Bot] Bitte geben Sie Straße, Hausnummer, PLZ und Ort ein.\n[Kunde] {A}\n[Bot] Ab wann wohnen Sie dort?\n[Kunde] seit {D.s}\nBearbeitung: Anschrift geprüft, Wohnungsgeberbestätigung fehlt noch. {CW.k}'),
    ('', 'Automatische Zusammenfassung des Assistenten: „Anliegen: Bewerbungskosten. Name laut Eingabe: {C.f}. Rückrufnummer: {T.c}. Dringlichkeit: normal.“ Der Bot hat zweimal nach der IBAN gefragt, ⟨der Kunde|die Kundin⟩ hat sie nicht eingegeben. Rückruf durch mich am {D}, Kosten für die Fahrt zu {CO} werden erstattet.'),
    ('', 'Chat-Übergabe, Kategorie „Sonstiges“, weil der Bot die Frage nicht verstand. Wortlaut: „mein mann {O1.g} hat job bei {CO} seit {D.o} müssen wir das melden“. Antwort durch Fachkraft: ja, Einkommensnachweis bitte hochladen. Übergeben an Leistung ({S1.a})'),
    ('', 'Der virtuelle Assistent hat das Gespräch abgebrochen (Zeitüberschreitung). Letzte Eingabe ⟨des Kunden|der Kundin⟩: „wie heißt meine sachbearbeiterin und wie erreiche ich sie“. Nachgereicht per Mail an {E.c}: zuständig ist {CW.f}, Durchwahl {T.s}.'),
    ('', 'Bot-Protokoll (gekürzt)\nBot: Zu welchem Thema haben Sie eine Frage?\n> Weiterbildung Berufskraftfahrer\nBot: Dazu kann Ihnen Ihre Beratungsfachkraft Auskunft geben. Wie lautet Ihr Name?\n> {C.l}\nBot: Danke, {C.g}. Sie werden zurückgerufen.\nRückruf erledigt {D.o}, Bildungsgutschein für {CO.t} besprochen.'),
    ('', 'Im Chat hat ⟨Herr|Frau⟩ {C.s} statt der Kundennummer die Nummer des Personalausweises eingetippt ({ID.a}). Der Bot hat sie gespeichert. Bitte an Datenschutz ({S1.i}): Eintrag im Chatverlauf löschen lassen. Kein weiterer Handlungsbedarf im Fall.'),
    ('2', 'Chat-Assistent → Mensch. Frage: „zählt das Kindergeld für {Rf1.g} mit, die ist jetzt 18 geworden am {BK.m}“. Erläutert, dass bis zur Ausbildung weiter angerechnet wird. BG-Nr. zur Sicherheit notiert: {BG}.'),
]

# --- B. spreadsheet cells with formulas and error values pasted into the note
T += [
    ('', 'Aus der Teilnehmertabelle Staplerkurs-Nachfolge (Zellen kopiert):\nA12: {C.r}\tB12: {D.n}\tC12: =SVERWEIS(A12;Träger!A:D;3;FALSCH)\tD12: #NV\nDer Träger fehlt im Blatt „Träger“. Richtig ist {CO.w}. Tabelle korrigiert, {S1.k}'),
    ('', 'Kopie Zeile 23 der Kontaktliste AG-Service:\n{CO}\t{M1.f}\t{T.l}\t{E.o}\t=WENN(E23="";"fehlt";"ok")\tok\nAnmerkung: Ansprechpartner gewechselt, neu ist {F1.f}.'),
    ('', 'Tabellenauszug „Fahrtkosten Q3“ (Summe stimmt nicht):\n| Datum | Strecke | km | Betrag |\n| {D.n} | {A.s} → Kreisstadt | 34 | =C4*0,20 |\n| {D.n} | dito | 34 | #WERT! |\nDie zweite Zeile enthielt „34 km“ als Text. Auszahlung korrigiert auf 13,60 €.'),
    ('', 'Aus der Excel-Liste Betriebsakquise übernommen: Spalte „Firma“ = {CO.a}, Spalte „Kontakt“ = {P1.x}, Spalte „zuletzt“ = {D.i}, Spalte „Stelle“ = #BEZUG!. Die Stellenspalte war gelöscht worden. Nachgefragt bei {S1.g}.'),
    ('', 'Zellinhalt aus der Kursplanung, so wie er im Vermerkfeld gelandet ist: "{C.R}";"{D.n}";"{I.a}";"=HEUTE()-B2";"214". Die Zahl ist die Wartezeit in Tagen. Bitte künftig nur Werte einfügen.'),
    ('', 'Tabelle Praktikumsplätze, gefiltert nach Ort:\nZeile 7\t{CO.h}\tAnsprechperson {F1.f}\t{T}\tFrei ab {D.o}\nZeile 8\t{CO.c}\tAnsprechperson {M1.i}\t{T.l}\t#NAME?\nZeile 8 ist die Formel kaputt, Datum telefonisch erfragt: ab {D.w}.'),
    ('', 'Aus der Liste der Rückläufer (Spalten A–E): {C.x} | {A.c} | Brief vom {D.n} | Grund: „Empfänger unbekannt“ | =ZÄHLENWENN(A:A;A14) → 2. Der Name steht zweimal in der Liste, einmal mit alter Anschrift. Doppel gelöscht.'),
]

# --- C. success stories for the newsletter and the intranet wiki
T += [
    ('', 'Entwurf für die Rubrik „Gelungene Integration“ im Mitarbeiter-Newsletter (Freigabe durch ⟨den Kunden|die Kundin⟩ fehlt noch!): „Nach elf Monaten ohne Arbeit hat {C.g} seit {D.m} eine feste Stelle bei {CO}. Den Kontakt hat unsere Kollegin {S1.f} beim Unternehmerfrühstück geknüpft.“ Ohne schriftliche Einwilligung nicht veröffentlichen.'),
    ('', 'Wiki-Eintrag „Gute Praxis“ (intern), Abschnitt Beispiele: Einstieg über ein Probearbeiten bei {CO.c}, Begleitung durch {I.social}, Übernahme nach vier Wochen. Ansprechpartner im Betrieb: {M1.f}. Der Fall von ⟨Herrn|Frau⟩ {C.s} dient als Beispiel, Name wird vor Veröffentlichung entfernt.'),
    ('', 'Erfolgsgeschichte für die Pressestelle, Rohfassung von {S1.f}:\n„{C.f} ({BD.n}) wollte eigentlich nie wieder auf einer Bühne stehen – jetzt arbeitet ⟨er|sie⟩ als Bühnentechniker⟨|in⟩ bei {CO.w}.“\nRückmeldung TL {TL.s}: Geburtsdatum raus, Vorname reicht.'),
    ('', 'Best-Practice-Sammlung der Region, Fall 4: Umschulung zur Uhrmacherin? Nein – hier ein Kunde, der über die Uhrmacherschule den Quereinstieg schaffte. Eingereicht von {S1.k} am {D}. Arbeitgeber: {CO.c}. Bitte vor Einstellung ins Intranet mit {S2.f} abstimmen.'),
    ('', 'Für das Intranet-Wiki, Seite „Kooperationspartner“ ergänzt: {I.course}, Ansprechpartnerin {F1.f}, Tel. {T.l}, Mail {E}. Dort werden Kurse für Rückkehrerinnen angeboten. ⟨Der Kunde|Die Kundin⟩ hat den Kontakt vermittelt bekommen.'),
    ('', 'Notiz zur Jahresbilanz-Broschüre: die Geschichte von ⟨Herrn|Frau⟩ {C.s} (Hufbeschlag, Meisterprüfung) möchte die Geschäftsführung aufnehmen. Einwilligung liegt seit {D.n} vor, Foto von {P1.f} (freie Fotografin). Ansprechpartner im Haus: {S1.i}.'),
]

# --- D. interview guides filled in during the talk
T += [
    ('', 'Gesprächsleitfaden Erstgespräch – ausgefüllt\n1. Wie sind Sie heute hergekommen? → mit dem Auto, Kennzeichen {KZ} (für Parkschein)\n2. Was haben Sie zuletzt gemacht? → Aushilfe bei {CO}\n3. Was brauchen Sie von uns? → „Zeit und einen Plan“\n4. Wen dürfen wir ansprechen? → {P1.f}, {T}'),
    ('', 'Leitfaden „Ressourcen“, Antworten in Stichworten:\n– Unterstützung im Alltag: Schwester {Rf1.g}, Nachbar {M1.f}\n– Vereine: {I.club}\n– Fahrzeug: ja\n– Hindernisse: Pflege der Mutter seit {D.w}\n– Wunschberuf: Tierpfleger⟨|in⟩ (Praktikum im Wildpark?)'),
    ('', 'Nach Leitfaden Potenzialgespräch (Teil B, Frage 7): „Was hat Ihnen in der letzten Stelle gefallen?“ – „Die Kollegen, vor allem {M1.g}, und dass man draußen war.“ Letzte Stelle: {CO.h}, Ende {D.n}. Frage 8 übersprungen (⟨Kunde|Kundin⟩ müde).'),
    ('', 'Strukturierter Leitfaden Wiedereinstieg, ausgefüllt mit ⟨Herrn|Frau⟩ {C.s}:\nF3 Betreuung der Kinder gesichert? – ja, {I.kita} ab {D.n}\nF4 Letzter Arbeitgeber? – {CO}\nF5 Führerschein? – Klasse B, eigenes Auto ({KZ})\nF6 Einverständnis Kontakt AG? – ja, schriftlich'),
    ('', 'Leitfadeninterview für die Reha-Vorabklärung, ausgefüllt von {S1.f}: Geburtsdatum {BD}, RV-Nummer {RV}, zuständiger Träger noch offen. Behandelnde Ärztin: Dr. {F1.s}, {I.rehab} hat schon einmal eine Maßnahme durchgeführt (bis {D.n}).'),
    ('', 'Abfrage nach Leitfaden „Mobilität“: Wohnort {A.c}. Bus fährt dreimal täglich. Nächster Bahnhof 14 km. Mitfahrgelegenheit über {M1.f} möglich (arbeitet selbst bei {CO.v}). Ergebnis: Suchradius 25 km realistisch.'),
]

# --- E. staff meeting agenda items (Dienstbesprechung)
T += [
    ('', 'Dienstbesprechung Team {S1.s}/{S2.s}, Tagesordnungspunkt 3 „schwierige Fälle“: Fall {KN} (⟨Herr|Frau⟩ {C.s}) vorgestellt. Einigung: Wechsel der Zuständigkeit zu {S3.f} ab {D.n}. Protokoll: {TL.i}.'),
    ('', 'Tagesordnung Teamrunde {D.n}\n1. Begrüßung\n2. Urlaubsplanung\n3. Einzelfall {C.i} – Verlängerung Eingliederungszuschuss bei {CO}?\n4. Verschiedenes\nZu 3: Zustimmung, Antrag geht an {S1.f} (AG-S).'),
    ('', 'Aus dem Protokoll der Dienstbesprechung, Punkt „Kooperationen“: Neue Vereinbarung mit {I.course} ab {D.m}. Erster Teilnehmer wird ⟨Herr|Frau⟩ {C.s}. Offene Frage an die Leitung ({TL.f}): Fahrtkosten über Budget?'),
    ('', 'Dienstbesprechung, TOP Hausverbote und Vorfälle: keine neuen. TOP Einzelfälle: {C.r} – Rückmeldung der Bereichsleitung liegt vor, Vorgehen wie am {D.o} besprochen. Verantwortlich: {CW.k}.'),
    ('', 'Teamsitzung (hybrid), Punkt 5 „Arbeitgeberkontakte“: {S1.f} berichtet vom Besuch bei {CO.w}. Dort werden drei Fahrer mit Code 95 gesucht. Vorschlag aus dem Team: ⟨Herr|Frau⟩ {C.s}, Modul 2 und 3 sind abgeschlossen.'),
]

# --- F. threat assessments
T += [
    ('', 'Gefährdungseinschätzung nach dem Vorfall vom {D.n}: verbale Drohung am Tresen („ich weiß wo Sie wohnen“), keine Waffe. Beteiligte Mitarbeiterin: {S1.f}. Zeuge: {S2.f}. Einstufung: Stufe 1. Termine künftig nur zu zweit. Meldung an Sicherheitsbeauftragten {S3.i}.'),
    ('', 'Bedrohungsmanagement – Nachbesprechung mit {TL.f}: Die Äußerung ⟨des Kunden|der Kundin⟩ am Telefon ({T.c}) wird als Ausdruck von Überforderung gewertet, nicht als ernsthafte Drohung. Keine Anzeige. Gesprächsangebot bei {I.social} vermittelt.'),
    ('', 'Einschätzung Sicherheitslage vor Hausbesuch {A.c}: Hund im Haushalt, ⟨Partnerin|Partner⟩ {O1.f} laut Aktenlage mehrfach aggressiv gegenüber Behörden. Entscheidung: kein Hausbesuch, stattdessen Einladung ins Amt am {D.n}, Raum mit zweitem Ausgang.'),
    ('', 'Vermerk zur Gefährdungslage (vertraulich): Ex-Partner {M1.f}, geb. {BA.n}, soll die neue Anschrift nicht erfahren. Auskunftssperre beim Bürgerbüro beantragt. Post nur an {I.social}. ⟨Der Kunde|Die Kundin⟩ ist informiert.'),
]

# --- G. child-welfare concerns (§ 8a SGB VIII)
T += [
    ('2', 'Wahrnehmung zum Kindeswohl im Beratungsgespräch: Sohn {Rm1.g} (geb. {BK.n}) wirkte sehr still, ⟨Der Vater|Die Mutter⟩ berichtet von Schulverweigerung. Kein akuter Anlass. Mit Einverständnis ⟨des Kunden|der Kundin⟩ Kontakt zum ASD aufgenommen (Frau {F1.s}, {T.l}).'),
    ('2', 'Kinderschutz-Hinweis an die insoweit erfahrene Fachkraft ({P1.f}, {I.social}) weitergegeben am {D.n}. Grund: Wohnung ohne Strom seit {D.o}, zwei Kleinkinder im Haushalt. Energieversorger {CO.w} um Ratenzahlung gebeten.'),
    ('2', 'Rückmeldung Jugendamt (Frau {F1.s}) zu unserer Mitteilung vom {D.n}: Familie ist bekannt, Hilfe zur Erziehung läuft, Familienhelfer ist {M1.f}. Keine weiteren Schritte durch uns. BG {BG}.'),
    ('2', 'Beratung nach § 8a-Leitfaden mit TL {TL.s}: Tochter {Rf1.g} (* {BK}) fehlt laut Schule seit Wochen. Mutter sagt, das Kind sei krank. Vereinbart: Attest bis {D.n}, sonst Info an die Schulsozialarbeit der {I.sch}.'),
]

# --- H. appointment cards
T += [
    ('', 'Terminkarte ausgehändigt:\n┌──────────────────────────┐\n│ Ihr nächster Termin       │\n│ am {D.n} um 9:30 Uhr      │\n│ bei {CW.f}                │\n│ Zimmer 1.17               │\n└──────────────────────────┘\nRückseite: Absagen bitte unter {T.s}.'),
    ('', 'Kopie der Terminkarte (⟨Kunde|Kundin⟩ hatte sie verloren): Termin {D.w}, 10:15 Uhr, Bewerberbörse im Saal der {I.course}, Ansprechpartnerin {S1.f}. Neue Karte ausgegeben.'),
    ('', 'Auf der Rückseite der Terminkarte hat ⟨der Kunde|die Kundin⟩ notiert: „{M1.i} anrufen {T} wegen Probetag“. Karte wieder mitgegeben, Telefonnummer mit Einverständnis übernommen.'),
    ('', 'Terminzettel für das Vorstellungsgespräch:\nWann: {D.m}, 14 Uhr\nWo: {CO}, {A}\nBei wem: {P1.f}\nMitbringen: Lebenslauf, Zeugnisse, Führerschein'),
    ('', 'Terminkarte der Fahrschule abfotografiert und hochgeladen: „Fahrstunde Nr. 23 – {D.o} 16:00 – Fahrlehrer {M1.s} – {CO.d}“. Daraus ergibt sich, dass die Teilnahme am Kurs an diesem Nachmittag kollidiert.'),
]

# --- I. receipts, cash slips, delivery notes
T += [
    ('', 'Quittung über Barauszahlung Fahrtkosten\nEmpfänger⟨|in⟩: {C.f}\nBetrag: 23,40 €\nDatum: {D.n}\nausgezahlt durch: {S1.f}, Kasse EG\nBeleg an Leistung.'),
    ('', 'Kassenbon der Fahrschule liegt vor: „{CO.d}, {A}, Anmeldung Klasse C/CE, 150,00 €, bar, {D.y}“. Die Anmeldegebühr kann nicht nachträglich übernommen werden, da vorher kein Antrag gestellt wurde.'),
    ('', 'Lieferschein zur Erstausstattung Arbeitsschuhe (S3) eingereicht: Lieferant {CO.w}, Lieferdatum {D.n}, Empfänger {C.x}, Lieferanschrift {A.c}. Rechnung folgt, dann Überweisung an den Lieferanten.'),
    ('', 'Eigenbeleg für die Fahrt zum Vorstellungsgespräch: „Ich, {C.f}, bin am {D.n} mit dem Auto von zu Hause zu {CO} gefahren, 58 km hin und zurück.“ Bestätigung des Arbeitgebers: Stempel und Unterschrift {P1.i}.'),
    ('', 'Zahlungsbeleg Gebühr Fahrerqualifizierungsnachweis: überwiesen an {I.office} am {D.n}, IBAN des Empfängers {IB}, Verwendungszweck „FQN {C.s}“. Erstattung beantragt.'),
    ('', 'Quittung des Hufbeschlagschmieds über die Werkzeuge (Hauklinge, Raspel, Nietzange) für den Lehrgang: {CO.c}, ausgestellt am {D.o} für ⟨Herrn|Frau⟩ {C.s}. Gesamtsumme 312 €. Liegt Bildungsgutschein-Träger {I.school} zur Kostenklärung vor.'),
]

# --- J. automatic subtitles of a recorded video counselling (timecodes)
T += [
    ('', 'Auszug aus den automatischen Untertiteln der Videoberatung (Aufzeichnung mit Einwilligung):\n00:02:14,200 --> 00:02:17,900\nich hab jetzt bei {CO} angerufen\n00:02:18,000 --> 00:02:22,400\nund die Frau {F1.s} sagt ich soll am {D.o} kommen\nUntertitel geben „Frau Vorname“ falsch wieder, korrigiert.'),
    ('', 'Videotermin, Untertitelspur (automatisch, ungeprüft):\n12\n00:05:41,000 --> 00:05:44,300\nmeine Nummer ist {T.c}\n13\n00:05:44,400 --> 00:05:49,100\nund die Mail {E.c}\nAufzeichnung wird nach 30 Tagen gelöscht.'),
    ('', 'Transkript aus der Videosprechstunde (automatische Untertitel, Fehler gelassen):\n[00:11:02] Beraterin: Haben Sie den Bescheid von der {I.office} bekommen?\n[00:11:06] Kunde: ja vom {D.n} aber da steht {C.l} falsch geschrieben\n[00:11:12] Beraterin: Das klären wir.'),
    ('', 'Untertitel der Videoberatung, Ausschnitt ab 00:18:30:\n„… der Chef heißt {M1.f} und der Betrieb ist {CO.c} in {A} …“\n„… Arbeitsbeginn wäre der {D.m} …“\nNach dem Termin Eingliederungszuschuss angefragt.'),
    ('', 'Aus der Untertiteldatei (SRT) des Infovideos mit ⟨dem Kunden|der Kundin⟩ übernommen, weil die Tonspur ausfiel:\n7\n00:01:02,500 --> 00:01:05,000\nIch bin {C.g}, ich komme aus {A.f}\n8\n00:01:05,100 --> 00:01:08,900\nund ich suche Arbeit als Taucher⟨|in⟩ im Hafen.'),
]

# --- K. professional drivers (BKrFQG, code 95, tachograph, waybills)
T += [
    ('', 'Berufskraftfahrer-Weiterbildung: Module 1–5 bei {CO.w} ab {D.n}. Fahrerkarte läuft am {D.n} ab, Verlängerung beim {I.office} beantragt. Führerscheinnummer nicht notiert, Ausweis {ID} vorgelegt.'),
    ('', 'Auszug aus dem Frachtbrief (CMR) als Nachweis der Tätigkeit: Absender {CO}, Empfänger {CO.f}, Fahrer {C.f}, Kennzeichen Zugmaschine {KZ}, Übernahme am {D.n}. Damit ist die Beschäftigung bis Ende des Monats belegt.'),
    ('', 'Tachoscheiben-Ausdruck (digitaler Tachograph) beigefügt, weil der Arbeitgeber die Arbeitszeiten bestreitet: Lenkzeiten am {D.o} und {D.o} über 10 Stunden. Arbeitgeber: {CO.a}, Disponent {M1.f}. Verweis an die Rechtsantragstelle.'),
    ('3', 'Fahrerqualifizierung Code 95 erloschen seit {D.n}. ⟨Der Kunde|Die Kundin⟩ fuhr vorher Linienbus bei {CO.w}. Beschleunigte Grundqualifikation nicht nötig, nur 35 Stunden Weiterbildung. Träger: {I.school}. Kostenzusage über Bildungsgutschein.'),
    ('', 'Telefonat mit der Spedition {CO}, Frau {F1.s}: Sattelzug mit Kennzeichen {KZ} steht für die Probefahrt bereit. Termin {D}, 7 Uhr, Hof in {A}. ⟨Der Kunde|Die Kundin⟩ bringt Fahrerkarte und Führerschein mit.'),
    ('', 'Busfahrerausbildung (Klasse D) über den Verkehrsverbund: Zusage von {CO.w} liegt seit {D.n} vor, Ausbilder {M1.i}. Führerscheinprüfung geplant für {D.w}. Prüfort: {I.office}.'),
]

# --- L. offshore wind and commercial divers
T += [
    ('', 'Offshore-Windpark: Bewerbung als Servicetechniker⟨|in⟩ bei {CO.w}. Voraussetzung GWO-Grundkurs (Erste Hilfe, Brandschutz, Höhenrettung, Seenotrettung) beim {I.school}, Start {D.n}. Offshore-Tauglichkeitsuntersuchung bei Dr. {M1.s} am {D.o}.'),
    ('', 'Berufstaucher⟨|in⟩: Tauchtauglichkeit nach G 31 abgelaufen am {D.n}. Nachuntersuchung bei {I.med}. Der letzte Einsatz war Unterwasser-Schweißen im Hafen für {CO}. Ansprechpartner dort: {M1.x}, {T}.'),
    ('', 'Rückruf vom Crew-Management {CO.w}: Schichtmodell 14 Tage auf der Plattform, 14 Tage frei. Abfahrt Crew-Transfer ab Hafen Cuxhaven, Treffpunkt {A}. Einsatz ab {D}. Ansprechpartnerin {F1.f}, {E.o}.'),
    ('', 'Seetauglichkeitszeugnis ⟨des Kunden|der Kundin⟩ gültig bis {D.n}. Für die Arbeit auf dem Crew Transfer Vessel verlangt {CO} zusätzlich das Basic Safety Training. Kosten 1.480 €. Bildungsgutschein über {CW.f} in Prüfung.'),
    ('', 'Offshore-Logistik: Hafenbetrieb {CO.a} sucht Lagerhelfer für Rotorblätter. ⟨Herr|Frau⟩ {C.s} war am {D.o} zur Besichtigung, begleitet von {S1.f}. Rückmeldung Personalabteilung ({F1.i}) bis {D.o}.'),
]

# --- M. zoo keepers, stables and farriers
T += [
    ('', 'Praktikum Tierpflege: Zusage von {I.zoo} für {D.n} bis {D.n}. Revier: Huftiere. Anleitung durch Revierleiter {M1.f}. ⟨Der Kunde|Die Kundin⟩ braucht Sicherheitsschuhe und eine Tetanusimpfung.'),
    ('', 'Reitstall / Pensionspferdebetrieb {CO.h} bietet Stallhilfe 20 Std./Woche. Inhaberin {F1.f}, Tel. {T.l}. Arbeitsbeginn 6 Uhr, ⟨Kunde|Kundin⟩ hat kein Auto; Mitfahrt mit Kollegin {F2.g} möglich.'),
    ('', 'Hufbeschlagschmied⟨|in⟩: Lehrgang an der {I.school} ab {D.n}, staatliche Prüfung im Anschluss. Vorpraktikum beim Schmied {M1.s} ({CO.c}) nachgewiesen vom {D.o} bis {D.o}. Förderung über Bildungsgutschein beantragt.'),
    ('', 'Der Zoo der Kreisstadt hat ⟨Herrn|Frau⟩ {C.s} nach dem Probetag abgelehnt („kein Umgang mit Menschenaffen nach Biss vom {D.o}“). Alternative: Wildpark {A.s}, Leitung {M1.f}, Mail {E}.'),
    ('', 'Fahrzeug für den mobilen Hufbeschlag: gebrauchter Transporter, Kennzeichen {KZ}, Kaufvertrag vom {D.n}. Verkäufer {M1.f}, {A}. Für den Gründungszuschuss fehlt noch die Stellungnahme der {I.chamber}.'),
]

# --- N. clockmakers, stonemasons, stage technicians, theatre
T += [
    ('', 'Uhrmacher⟨|in⟩ (gelernt in {A.f}): Anerkennung beim {I.recog} läuft seit {D.n}. Werkstatt {CO.c} würde ⟨ihn|sie⟩ sofort nehmen, Meister {M1.s} hat die Fertigkeiten bei einer Arbeitsprobe (Unruh einsetzen) bestätigt.'),
    ('', 'Steinmetz⟨|in⟩: Grabmalbetrieb {CO.c} in {A} stellt ab {D.m} ein. Zuvor Eignung bei der Berufsgenossenschaft wegen Quarzstaub prüfen (G 1.1). Rückruf beim Betriebsinhaber {M1.f}, {T.l}.'),
    ('', 'Bühnentechnik: Das Staatstheater sucht Aushilfen für die Saison. Vermittlung über {S1.f} (AG-S). ⟨Der Kunde|Die Kundin⟩ hat den Kurs „Sachkunde Veranstaltungstechnik“ bei {I.school} am {D.n} bestanden. Einsatzleiter am Haus: {M1.f}.'),
    ('', 'Theater-Gastspielbetrieb {CO.w} bietet befristete Stelle als Requisiteur⟨|in⟩ vom {D.n} bis {D.n}. Probenzeiten abends. ⟨Herr|Frau⟩ {C.s} fragt, ob Kinderbetreuung über {I.kita} möglich ist.'),
    ('', 'Rückmeldung der Natursteinfirma {CO.w}: Probezeit nicht bestanden ({D.n}), weil ⟨er|sie⟩ die Trennschleifer-Unterweisung zweimal versäumt habe. Schriftlich von {F1.f} (Personal). ⟨Der Kunde|Die Kundin⟩ widerspricht: an beiden Tagen war ⟨er|sie⟩ krankgeschrieben.'),
    ('', 'Uhrmacherwerkstatt {CO.c}, Inhaber {M1.x}: bietet Einstiegsqualifizierung. Kontakt {E.o}. Der Betrieb liegt in {A}. Zusage zur Hospitation am {D}.'),
]

# --- O. crab cutters, ports, fruit growing in the Altes Land
T += [
    ('', 'Krabbenfischerei: Der Kutter „{F1.g}“ (Eigner {M1.f}, {CO.h}) sucht Decksmann für die Saison. Abfahrt nach Tide, oft 3 Uhr nachts. ⟨Kunde|Kundin⟩ hat Seefunkzeugnis nicht, aber ist schwindelfrei und will es probieren. Probetörn {D}.'),
    ('', 'Obstbau im Alten Land: Kirschenernte bei {CO.h}, Unterkunft auf dem Hof {A}. Ansprechpartnerin {F1.f}, Tel. {T}. Arbeitsvertrag vom {D.n} bis {D.n}, Mindestlohn plus Kost.'),
    ('', 'Sielhafen: Fischgroßhandel {CO.w} hat nach dem Probearbeiten am {D.n} abgesagt. Grund laut Schichtleiter {M1.i}: zu langsam beim Pulen. ⟨Kunde|Kundin⟩ enttäuscht. Nächster Versuch: Räucherei {CO.c}.'),
    ('', 'Apfelsortierung im Kühlhaus der Erzeugerorganisation {CO.w}: Beginn {D.m}, Schicht 6–14 Uhr. Fahrt mit dem Rad über den Deich ca. 9 km von {A.c}. Arbeitsschutzbelehrung durch {M1.f} am ersten Tag.'),
    ('', 'Deichverband sucht Saisonkräfte für Treibselräumung nach der Sturmflut. Kontakt: Deichrichter {M1.f}, {T.l}. ⟨Herr|Frau⟩ {C.s} hat Interesse, eigene Gummistiefel vorhanden. Beginn nach Absprache, voraussichtlich {D.w}.'),
]

# --- P. hop kilns in the Hallertau, spa towns in the Rottal
T += [
    ('', 'Hallertau, Hopfendarre: Zur Ernte sucht {CO.h} Fahrer für den Pflückwagen und zwei Kräfte an der Darre. Vertrag {D.n} bis {D.n}, Unterkunft im Austragshaus. Bäuerin {F1.f} ruft zurück unter {T.l}.'),
    ('', 'Kurbetrieb im Rottal: Thermalbad {CO.w} sucht Bademeistergehilfen. Rettungsschwimmabzeichen Silber nötig, Kurs bei {I.water} ab {D.n}. ⟨Herr|Frau⟩ {C.s} will es versuchen.'),
    ('', 'Brauerei {CO.c} bietet Gärkellerhelfer⟨|in⟩ ab {D.m}. Betriebsführung mit Braumeister {M1.f} hat stattgefunden. ⟨Kunde|Kundin⟩ fragt nach Schichtzulage, ich verweise auf den Tarif.'),
    ('', 'Hopfenbauer {M1.f} ({A}) meldet sich: ⟨Herr|Frau⟩ {C.s} sei nach zwei Tagen an der Pflückmaschine nicht mehr erschienen. ⟨Er|Sie⟩ selbst sagt: Allergie, Attest von Dr. {F1.s} vom {D.n}.'),
]

# --- Q. Israelis: kosher catering, community jobs, Shabbat
T += [
    ('p:il18', 'Stellenangebot koschere Cateringküche der {I.community}: Küchenhilfe, Freitag nur bis 14 Uhr (Schabbat). Der Maschgiach {M1.f} leitet die Einarbeitung. ⟨Herr|Frau⟩ {C.s} hat in Tel Aviv bei {CO.f} gearbeitet, Nachweis folgt.'),
    ('p:il18', 'Anerkennung des israelischen Abschlusses (B.Sc. Informatik, {I.foreign}): Unterlagen mit Apostille eingereicht am {D.n}. ⟨Der Kunde|Die Kundin⟩ spricht Hebräisch, Englisch und Russisch. Kontakt in Israel für Rückfragen: {P1.f}, {T.f}.'),
    ('p:il18', '⟨Herr|Frau⟩ {C.s} bittet, keine Termine auf Jom Kippur ({D.m}) und die beiden ersten Tage von Sukkot zu legen. Termin verlegt auf {D.n}. Hinweis im Kalender für Vertretung {S1.f}.'),
    ('p:il18', 'Sicherheitsdienst an der Synagoge: Die Gemeinde sucht über {CO.w} Wachpersonal mit Sachkunde § 34a. ⟨Kunde|Kundin⟩ war in Israel beim Militär und im Objektschutz. Unterlagen: Zeugnis von {CO.f}, Übersetzung durch {P1.f}.'),
    ('p:il18', 'Konto in Israel wird für Mieteinnahmen aus der Wohnung in {A.il} genutzt (IBAN {IB.f}). Prüfung Einkommen/Vermögen. Kontoauszüge der letzten drei Monate bis {D.n} angefordert.'),
]

# --- R. Greenlanders, Faroese and Danes
T += [
    ('p:dk18', '⟨Herr|Frau⟩ {C.s} kommt aus Grönland (Kalaallit Nunaat), ist dänische⟨r|⟩ Staatsbürger⟨|in⟩. Letzte Stelle bei {CO.f} in Nuuk bis {D.n}. Versicherungszeiten dort über die dänischen Stellen anfragen. Adresse in Grönland: {A.gl}.'),
    ('p:dk18', 'Färöer: ⟨Der Kunde|Die Kundin⟩ hat auf einem Fischtrawler gearbeitet (Reederei {CO.f}). Färöisches Konto {IB.fo} wird noch genutzt. Bescheinigung über die Zeiten bis {D.n} bei der Behörde in Tórshavn anfragen, Kontakt {P1.f}, {T.fo}.'),
    ('p:dk18', 'Dänischkurs für die Arbeit in einer Einrichtung der dänischen Minderheit: {I.community} bietet Abendkurs ab {D.n}. ⟨Herr|Frau⟩ {C.s} spricht Grönländisch und Dänisch, Deutsch B1. Ansprechpartnerin {F1.f}.'),
    ('p:dk18', 'Telefonat mit der Schwester in Sisimiut ({Rf1.f}, {T.gl}): sie bestätigt, dass ⟨der Kunde|die Kundin⟩ bis {D.n} bei ihr wohnte. Für die Meldebescheinigung reicht das nicht. Dänisches Kennzeichen des Autos ({KZ.f}) muss umgemeldet werden.'),
    ('p:dk18', 'Gespräch über die Heimreise zur Konfirmation des Neffen am {D.m} in Tórshavn. Ortsabwesenheit vom {D.n} bis {D.n} genehmigt. Vertretung: {S1.f}. Flug über Kopenhagen mit {CO.f}.'),
]

# --- S. Sicilians, Calabrians, Neapolitans, Ladins, Friulians
T += [
    ('p:it18', 'Der Vater ⟨des Kunden|der Kundin⟩, {Rm1.f}, kam 1969 als Gastarbeiter zu {CO.b}. Für seine italienische Rente hilft das Patronato ({I.foreign}). ⟨Der Kunde|Die Kundin⟩ pflegt ihn und ist daher nur vormittags verfügbar. Pflegegrad 3 seit {D.n}.'),
    ('p:it18', 'Familie besitzt ein Haus in Sizilien ({A.si}). Verwertbarkeit prüfen: Schätzung durch den Geometra {M1.f} vom {D.n}, Anteil ⟨des Kunden|der Kundin⟩ 1/4. Kontoauszug der italienischen Bank ({IB.f}) liegt vor.'),
    ('p:it18', 'Ladinisch aus Gröden: ⟨Herr|Frau⟩ {C.s} war Skilehrer⟨|in⟩ und Holzschnitzer⟨|in⟩ in St. Ulrich (Urtijëi), zuletzt bei {CO.lad}, Anschrift dort {A.lad}. Sucht Saisonarbeit im Allgäu oder eine Stelle in einer Schnitzerei. Tel. in Italien {T.f}.'),
    ('p:it18', 'Pizzeria der Familie ({CO.a}) hat zum {D.n} geschlossen. Inhaber war der Onkel, {Rm1.f}. ⟨Der Kunde|Die Kundin⟩ hat dort 14 Jahre ohne Vertrag mitgearbeitet. Rentenkonto-Klärung bei der {I.drv} empfohlen.'),
    ('p:it18', 'Kalabrien: ⟨Der Kunde|Die Kundin⟩ war vom {D.n} bis {D.n} in Reggio Calabria, um die Mutter zu pflegen. Ab- und Rückmeldung erfolgt. Italienische Anschrift: {A.ca}, Telefon dort {T.f}.'),
    ('p:it18', 'Friaul: Bescheinigung über die Ausbildung zum Mosaizisten (Scuola Mosaicisti, Spilimbergo) eingereicht. Übersetzung von {P1.f}. Anerkennung läuft bei {I.recog}. Betrieb für Praktikum: {CO.c}.'),
]

# --- margin notes written on a printed form (Randnotizen), typed up
T += [
    ('', 'Randnotizen auf dem ausgedruckten Lebenslauf (von ⟨Herrn|Frau⟩ {C.s} selbst geschrieben):\nneben „2016–2019“: „war bei {CO}, nicht {CO}!“\nneben der Adresse: „neu: {A}“\nunten: „Handy geändert {T}“'),
    ('', 'Am Rand der Eingliederungsvereinbarung (alt) hat {S1.k} vermerkt: „Absprache mit {P1.f} ({I.social}) – Rückmeldung fehlt seit {D.n}“. Übertrag in den Kooperationsplan erledigt.'),
    ('', 'Handschriftliche Randbemerkungen auf dem Stellenausdruck:\n• „Chef = {M1.f}, nett“\n• „Anfahrt schwierig, kein Bus nach 18 Uhr“\n• „{D.o} anrufen“\n⟨Der Kunde|Die Kundin⟩ hat den Ausdruck zurückgegeben.'),
    ('', 'Notiz am Rand des Antrags (Bleistift, schwer lesbar): „Konto geändert → {IB}, ab {D.w}“. Bei Leistung nachgefragt, Änderung noch nicht erfasst. Weitergeleitet an {S1.f}.'),
]

# --- identifiers in ordinary working notes
T += [
    ('', 'Identität bei Vorsprache geprüft: Reisepass {ID.p}, gültig bis {D.n}. Daten stimmen mit VerBIS überein. Kundennummer {KN} auf dem Einladungsschreiben korrekt.'),
    ('', 'Steuer-ID für die Lohnsteuerbescheinigung des neuen Arbeitgebers benötigt: {TX.c}. ⟨Der Kunde|Die Kundin⟩ hatte den Brief vom Bundeszentralamt verlegt. Weitergegeben an {CO} (Lohnbüro, {F1.f}).'),
    ('', 'Sozialversicherungsnummer für den Arbeitsvertrag: {RV}. ⟨Der Kunde|Die Kundin⟩ kannte nur die Nummer der Krankenversicherungskarte. Arbeitgeber {CO.w} informiert am {D.n}.'),
    ('2', 'Anfrage des Vermieters {M1.f} ({A}) zur Mietzahlung direkt an ihn. Zustimmung ⟨des Kunden|der Kundin⟩ liegt vor. Vermieterkonto: {IB}. Umstellung ab {D.w}, BG-Nr. {BG}.'),
    ('2', 'Verwechslung in der Poststelle: Unterlagen einer anderen Bedarfsgemeinschaft ({BG.o}) lagen in der Akte. Herausgenommen und an das zuständige Team geleitet. Eigene BG: {BG}. {CW.k}'),
    ('', 'Kennzeichen für den Parkausweis Mitarbeiterparkplatz beim neuen Arbeitgeber {CO}: {KZ}. ⟨Der Kunde|Die Kundin⟩ bat um Bestätigung des Arbeitsbeginns am {D.n}.'),
    ('', 'Ausweis seit kurzem ungültig ({ID.a}, Ablauf {D.n}). Neuer Ausweis beantragt beim Bürgerbüro, Abholung ab {D.n}. Für die Einstellung bei {CO} reicht vorübergehend die Bescheinigung.'),
    ('', 'RV-Nummer {RV} wurde im Arbeitgeberformular mit einem Zahlendreher eingetragen. ⟨Der Kunde|Die Kundin⟩ korrigiert selbst bei {CO}. Geburtsdatum laut Ausweis {BD.n}.'),
    ('', 'Steuerliche Identifikationsnummer ({TX}) und Anschrift ({A.c}) für die Förderbescheinigung der Weiterbildung übermittelt an {I.school}. Datenweitergabe mit Einwilligung vom {D.n}.'),
    ('3', 'Kundennummer {KN} bei der Arbeitslosmeldung vergeben. Die Stelle bei {CO} endete zum {D.n}. Arbeitsbescheinigung angefordert über {E.o}.'),
    ('', 'Ein Nachbar meldete sich mit einem Brief für „{C.f}“, der bei ihm eingeworfen war (Adresse {A}). Darin: Einladung zu uns. Brief persönlich übergeben, Anschrift in der Akte korrigiert.'),
    ('', 'Zwei Kennzeichen im Haushalt: {KZ} (eigenes Auto, Kaufdatum {D.n}) und {KZ} (Firmenwagen ⟨der Partnerin|des Partners⟩, {O1.f}). Für die Vermögensprüfung nur das erste relevant.'),
    ('2', 'Kontoänderung: neue Bank, IBAN {IB.c}. ⟨Der Kunde|Die Kundin⟩ hat das alte Konto gekündigt, letzter Zahlungseingang dort am {D.n}. Änderungsmitteilung an Leistung, BG {BG}.'),
    ('', 'Zweite Kundennummer entdeckt ({KN.o}), angelegt bei der Agentur in einer anderen Stadt. Zusammenführung beantragt über {S1.f}. Eigene Nummer bleibt {KN}.'),
]

# --- ordinary counselling notes, several people and places
T += [
    ('', 'Beratung: ⟨Herr|Frau⟩ {C.s} möchte in die Altenpflege wechseln. Hospitation bei {CO.w} am {D}. Die PDL, {F1.f}, hat zugesagt. Nächster Termin bei mir am {D.n}.'),
    ('', 'Vorsprache ohne Termin. ⟨Der Kunde|Die Kundin⟩ legt Arbeitsvertrag mit {CO} vor, Beginn {D.m}, unbefristet. Glückwunsch. Abmeldung zum Vortag.'),
    ('', 'Telefonat mit {F1.f} vom {I.course}: der Sprachkurs beginnt erst am {D.n}, weil zu wenige Anmeldungen. ⟨Der Kunde|Die Kundin⟩ ist informiert.'),
    ('', 'Eingliederungszuschuss-Antrag von {CO.a} eingegangen am {D.n}. Ansprechpartner {M1.f}, {T.l}, {E.o}. Weiterleitung an AG-S ({S1.i}).'),
    ('', 'Absage der Stelle bei {CO} durch ⟨den Kunden|die Kundin⟩: Arbeitszeit 4–12 Uhr nicht vereinbar mit Kita. Rechtsfolgenbelehrung war nicht erteilt, daher keine Anhörung. Alternative: {CO.v}.'),
    ('', 'Rückmeldung {I.course}: Teilnahme am Bewerbungstraining regelmäßig, Abschluss am {D.n}. Kursleitung {F1.f} empfiehlt Einzelcoaching.'),
    ('', 'Gemeinsamer Termin mit der Jugendberufshilfe ({P1.f}). ⟨Der Kunde|Die Kundin⟩ will eine Ausbildung als Fachkraft für Lagerlogistik bei {CO}. Bewerbungsfrist {D.n}.'),
    ('', '⟨Der Kunde|Die Kundin⟩ war krank vom {D.n} bis {D.n}, AU von {I.med} liegt vor. Folgetermin neu vergeben.'),
    ('', 'Hospitationsbericht von {CO.h}: pünktlich, freundlich, kann mit Tieren umgehen. Unterschrift {F1.f}. Der Hof würde ab {D.m} eine Teilzeitstelle anbieten.'),
    ('', 'Info von {S1.f}: ⟨Herr|Frau⟩ {C.s} war heute im Eingangsbereich und wollte die Fahrtkosten bar. Verweis auf Überweisung. Kontonummer bleibt die alte.'),
    ('', 'Auskunft an ⟨den Kunden|die Kundin⟩: Für die Umschulung zur Fachkraft für Veranstaltungstechnik zuständig ist die {I.rehab}, nicht wir. Kontakt dort: {F1.f}, {T}.'),
    ('', 'Geburt des zweiten Kindes am {BK.n} gemeldet. Name des Kindes: {Rf1.g}. Elternzeit bis {D.n}. Vermittlung ruht.'),
    ('', 'Der Bruder {Rm1.f} begleitet ⟨den Kunden|die Kundin⟩ und übersetzt. Vollmacht vom {D.n} liegt vor. Er ist erreichbar unter {T}.'),
    ('', 'Gespräch im Betrieb {CO.c} hat stattgefunden. Der Meister ({M1.s}) will ⟨ihn|sie⟩ vier Wochen zur Probe. Vorschlag: Maßnahme beim Arbeitgeber ab {D.n}.'),
    ('', 'Anruf ⟨des Kunden|der Kundin⟩: Termin morgen nicht möglich, weil die Tochter {Rf1.g} Fieber hat. Neuer Termin am {D.n}. Nachweis nicht erforderlich.'),
    ('', 'Über den Nachbarn {M1.f} hat ⟨der Kunde|die Kundin⟩ von einer Stelle im Lager der {CO.b} erfahren. Bewerbung online am {D.n}, Kopie an mich per Mail ({E.c}).'),
    ('', 'Unterlagen für die Weiterbildung eingereicht: Zeugnis der {I.sch}, Arbeitszeugnis {CO}, Lebenslauf. Es fehlt das Zeugnis aus dem Ausland. Frist {D.n}.'),
    ('', 'Kurzer Kontakt am Empfang. ⟨Der Kunde|Die Kundin⟩ hat die neue Telefonnummer {T.c} hinterlassen und fragt nach dem Stand der Bewerbung bei {CO}. Ich melde mich bis {D.o}.'),
    ('', 'Absprache mit der Schuldnerberatung ({F1.f}, {I.social}): Erstgespräch am {D}, Unterlagen zu den Forderungen von {CO.i} mitbringen.'),
    ('', 'Probearbeit bei der Gärtnerei {CO.c} am {D.n} abgebrochen, weil ⟨der Kunde|die Kundin⟩ Rückenschmerzen bekam. Attest von Dr. {F1.s} folgt.'),
    ('', '⟨Die Ehefrau|Der Ehemann⟩ ({O1.f}) hat angerufen und wollte Auskunft über den Termin. Keine Vollmacht, daher keine Auskunft gegeben. Rückruf an ⟨den Kunden|die Kundin⟩ unter {T.c}.'),
    ('', 'Mitteilung {CO.t}: Einsatz im Kundenbetrieb {CO} beginnt am {D.n}, zunächst drei Monate. Disponentin {F1.f}, {T}.'),
    ('', 'VV verschickt an ⟨Herrn|Frau⟩ {C.s} gesendet: Produktionshelfer⟨|in⟩ bei {CO.w}, Einsatzort {A}. Rückmeldung bis {D.n} erbeten.'),
    ('', 'Übergabe an die Kollegin {S1.f} wegen Zuständigkeitswechsel ab {D.n}. Alle Unterlagen in der E-Akte. Offene Punkte: Kita-Nachweis, Antwort {CO}.'),
    ('', 'Die Tagesmutter {F1.f} bestätigt einen Betreuungsplatz für die Tochter ab {D.n}, 25 Stunden pro Woche. Damit kann die Teilzeitstelle bei {CO} angetreten werden.'),
    ('', 'Kooperationsplan fortgeschrieben: Ziel Festanstellung als Stallhelfer⟨|in⟩ oder in der Tierpflege. Schritte: Bewerbung bei {CO.h} und beim Wildpark, Führerschein Klasse B bis {D.n}.'),
    ('', 'Im Gespräch nannte ⟨der Kunde|die Kundin⟩ die frühere Chefin {F1.f} als Referenz (Betrieb {CO}). Telefonische Referenz eingeholt am {D.n}: „zuverlässig, gerne wieder“.'),
    ('', 'Der Kursträger {I.course} meldet: Prüfung am {D.n} nicht bestanden (Theorie). Wiederholung am {D.n} möglich. Dozent {M1.f} bietet Nachhilfe an.'),
    ('', 'Vermerk der Leistungsabteilung: Sperrzeit wegen Eigenkündigung geprüft, wichtiger Grund anerkannt (Mobbing, Zeugin {F1.f}). Keine Sperrzeit.'),
    ('', 'Ehrenamtlich im Sportverein tätig (Jugendtrainer⟨|in⟩ beim {I.sport}), ca. 6 Stunden pro Woche. Übungsleiterpauschale 70 € im Monat. Keine Anrechnung. Nachweis des Vereins von {M1.f}.'),
    ('', 'Meldung des Hausarztes Dr. {M1.s}: ⟨der Kunde|die Kundin⟩ ist ab {D.n} in einer Rehaklinik ({I.rehab}). Termine bis zur Rückkehr abgesagt.'),
]

# --- more phone, e-mail, address and institution heavy notes
T += [
    ('', 'Neue Erreichbarkeit: Festnetz {T.l}, Handy {T.m}, Mail {E.c}. Die alte Nummer ist abgemeldet. Umzug innerhalb des Ortes nach {A}.'),
    ('', 'Umzug zum {D.n} von {A.c} nach {A}. Wohnungsgeberbestätigung von {M1.f} liegt vor. Zuständigkeit bleibt bei uns.'),
    ('', 'Kontaktdaten der Einsatzstelle für den Bundesfreiwilligendienst: {I.social}, Ansprechpartnerin {F1.f}, {T.l}, {E}. Beginn {D.m}.'),
    ('', 'Mail an den Bildungsträger ({E.o}) mit Kopie an {S1.f}: Bitte um Anwesenheitsliste ⟨des Teilnehmers|der Teilnehmerin⟩ {C.f} für den Zeitraum bis {D.n}.'),
    ('', 'Anschrift der Zweitwohnung während der Saisonarbeit: {A}. Post weiterhin an {A.c}. Erreichbar abends unter {T}.'),
    ('', 'Weiterleitung an die {I.office}: ⟨Der Kunde|Die Kundin⟩ wünscht Beratung zu Wohngeld nach Arbeitsaufnahme. Termin dort am {D}, Sachbearbeiter {M1.i}.'),
    ('', 'Rückruf erbeten von {F1.f}, Personalabteilung {CO.b}, Durchwahl {T.l}. Es geht um den Bewerber ⟨Herrn|Frau⟩ {C.s}. Ich rufe morgen zurück.'),
    ('', 'Schriftverkehr mit dem Vermieter läuft nur noch per Mail: {E}. Die Hausverwaltung {CO.a} sitzt in {A}.'),
    ('', 'Adressänderung durch den Nachsendeauftrag bekannt geworden: neu {A}, gültig ab {D.n}. ⟨Der Kunde|Die Kundin⟩ hat es nicht selbst gemeldet. Einladung zum Gespräch.'),
    ('', 'Kontakt zur Migrationsberatung {I.social}: Beraterin {F1.f}, {T.l}. Sie begleitet ⟨den Kunden|die Kundin⟩ beim Anerkennungsverfahren, Termin am {D}.'),
    ('', 'Einladung zum Gruppeninfo „Arbeit im Hafen“ am {D.n} im Saal der {I.course}. Referent: {M1.f} von {CO.w}. Anmeldung über {E.s}.'),
    ('', 'Freundlicher Gruß\n{S1.f}\nArbeitgeber-Service\nTel. {T.s}\n(Signatur aus der Mail an {CO}, Anfrage zur Stelle Lagerhelfer vom {D.n} wurde beantwortet.)'),
    ('', 'Verteiler der Fallbesprechung am {D.n}: {S1.r}; {S2.r}; {TL.r}. Eingeladen außerdem {P1.f} ({I.social}). Ort: Besprechungsraum 3.'),
    ('', 'Amtshilfe: Die {I.office} bittet um Auskunft zur Anschrift ⟨des Kunden|der Kundin⟩. Nach Prüfung der Rechtsgrundlage mitgeteilt: {A.c}. Anfrage von {M1.f} vom {D.n}.'),
    ('', 'Der Sohn {Rm1.g} (geb. {BK.n}) beginnt die Ausbildung bei {CO} am {D.n}. Ausbildungsvergütung 890 €.'),
    ('', 'Antrag auf Kinderzuschlag erwähnt. Kinder: {Rf1.g} (*{BK.n}) und {Rm1.g} (*{BK.n}). Hinweis auf die Familienkasse gegeben.'),
]

# --- longer notes with few values and many ordinary words
T += [
    ('', 'Ausführliches Beratungsgespräch. ⟨Der Kunde|Die Kundin⟩ schildert, dass die letzten Monate schwierig waren: Trennung, Umzug, Schulden aus der gemeinsamen Wohnung. Wir haben zuerst sortiert, was dringend ist (Miete, Strom), und was warten kann. Für die Schulden ist die Beratungsstelle der richtige Ort, nicht wir. Beruflich möchte ⟨er|sie⟩ wieder in den Einzelhandel, am liebsten vormittags. Ich habe erklärt, dass eine Teilzeitstelle zunächst reicht und wir die Kinderbetreuung gemeinsam planen. Nächster Termin {D.n}.'),
    ('', 'Gespräch über die Zukunft im Handwerk. ⟨Herr|Frau⟩ {C.s} zweifelt, ob die Meisterschule noch sinnvoll ist, da der Betrieb des Vaters nicht übernommen werden kann. Wir haben Vor- und Nachteile aufgeschrieben: Kosten, Dauer, Aufstiegs-BAföG, Zeit für die Familie. Ergebnis: zunächst ein Jahr als Geselle arbeiten, dann neu entscheiden. Keine Förderung aus unserem Budget nötig. Ich habe die Beratung als hilfreich empfunden, ⟨der Kunde|die Kundin⟩ wirkte erleichtert.'),
    ('', 'Resümee nach sechs Monaten Coaching: Anfangs kamen kaum Bewerbungen zustande, inzwischen schreibt ⟨der Kunde|die Kundin⟩ selbständig und passt die Anschreiben an. Die Angst vor Telefonaten ist geblieben, aber kleiner geworden. Es gab zwei Vorstellungsgespräche, davon eines mit guter Rückmeldung. Die Maßnahme endet planmäßig am {D.n}. Empfehlung: keine Verlängerung, aber monatliche Termine bei mir, um den Schwung zu halten.'),
    ('', 'Reflexion für mich selbst nach einem schwierigen Termin: ⟨Der Kunde|Die Kundin⟩ kam aufgebracht, weil die Leistung noch nicht da war. Ich habe zugehört, nicht diskutiert, und die Kollegin aus der Leistung dazugeholt. Nach zehn Minuten war die Lage ruhiger. Fehler lag bei uns (fehlende Weiterbewilligung). Ich sollte künftig früher an die Weiterbewilligung erinnern und bei Unruhe früher eine zweite Person bitten.'),
    ('', 'Zusammenfassung des Gesprächs in einfacher Sprache, wie vereinbart mitgegeben:\nSie möchten als Tierpfleger⟨|in⟩ arbeiten.\nDafür machen Sie zuerst ein Praktikum.\nWir bezahlen die Fahrt dorthin.\nSie schreiben auf, was Sie jeden Tag machen.\nWir sprechen am {D.n} wieder darüber.'),
    ('', 'Längeres Gespräch zu den gesundheitlichen Einschränkungen. Heben über zehn Kilo ist nicht möglich, langes Stehen auch nicht. Die bisherigen Berufe (Lager, Bau) kommen daher nicht mehr in Frage. Wir haben über Bürotätigkeiten gesprochen, die Begeisterung ist gering. Interesse besteht an der Arbeit mit Uhren und feinmechanischen Dingen, das könnte passen. Ich kläre mit dem Reha-Team, ob eine Erprobung in einer Werkstatt möglich ist, Rückmeldung bis {D.n}.'),
    ('', 'Erstgespräch nach Zuzug aus dem Ausland. ⟨Der Kunde|Die Kundin⟩ spricht gut Englisch, Deutsch noch wenig. Wir haben die nächsten Schritte in Ruhe durchgesprochen: Integrationskurs, Anerkennung der Abschlüsse, Krankenversicherung, Konto. Es gibt viel Papier und wenig Geduld bei den Ämtern; ich habe eine Liste geschrieben, was wann wohin muss. Kein Zeitdruck bei der Vermittlung, zunächst die Sprache.'),
]

# --- notes without planted values
T += [
    ('', 'Termin nicht wahrgenommen. Keine Absage. Neue Einladung mit Rechtsfolgenbelehrung versandt.'),
    ('', 'Telefonisch nicht erreicht (3 Versuche, vormittags). Erneuter Versuch in der nächsten Woche.'),
    ('', 'Unterlagen vollständig. Antrag an die Leistungsabteilung weitergegeben. Keine Rückfragen.'),
    ('', 'Gruppeninformation „Berufe am Wasser“ besucht, aktiv mitgemacht, Fragen zu Schichtarbeit und Seediensttauglichkeit gestellt.'),
    ('', 'Stellenangebote aus der Börse besprochen, drei passende ausgedruckt und mitgegeben. Bewerbungen bis Monatsende.'),
]


# --- identifiers in the new styles
T += [
    ('', 'Chat-Assistent, Formular „Arbeitsaufnahme melden“:\nBot: Wie lautet Ihre Steuer-Identifikationsnummer?\n> {TX.c}\nBot: Wann beginnt die Arbeit?\n> {D.n}\nBot: Bei welchem Arbeitgeber?\n> {CO}\nDaten geprüft und übernommen.'),
    ('', 'Chatbot hat ein Foto des Ausweises angenommen, obwohl das nicht vorgesehen ist. Erkannt wurden: {C.u}, geb. {BD.n}, Ausweisnummer {ID.a}. Foto aus dem Postfach gelöscht, Hinweis an {S1.f} (IT-Koordination).'),
    ('', 'Tabellenzeile aus dem Sammelantrag Weiterbildung (Spalten: Name | Geb.-Dat. | RV-Nr. | Träger):\n{C.r}\t{BD.n}\t{RV}\t{I.school}\nDie Spalte RV-Nr. war als Zahl formatiert, führende Ziffern fehlten. Korrigiert.'),
    ('', 'Export aus der Liste „Ausweiskontrolle Gruppeninfo“:\n{C.x};{BD.i};{ID};anwesend\n{P1.x};{BA.i};{ID};anwesend\nDie Liste wird nach der Veranstaltung vernichtet.'),
    ('', 'Untertitel aus dem Videotermin (automatisch):\n00:07:12,000 --> 00:07:16,500\nmeine Steuer-ID ist {TX.c}\n00:07:16,600 --> 00:07:20,000\nund das Konto {IB.c}\nAufzeichnung gelöscht nach Übernahme der Daten.'),
    ('', 'Terminkarte Ärztlicher Dienst: Untersuchung am {D.n}, 8:00 Uhr, nüchtern erscheinen. Bitte mitbringen: Personalausweis, Befunde von Dr. {M1.s}, dazu die RV-Nr. {RV}.'),
    ('', 'Leitfaden Erstgespräch Reha, Abschnitt Stammdaten:\nGeburtsdatum: {BD}\nGeburtsname: {C.b}\nRV-Nummer: {RV}\nHausarzt: Dr. {F1.f}, {A}\nKrankenkasse: siehe Karte'),
    ('', 'Empfangsbestätigung: Den Reisepass ({ID.p}) von ⟨Herrn|Frau⟩ {C.s} zur Kopie entgegengenommen am {D.n} um 10:12 Uhr und sofort zurückgegeben. Unterschrift {S1.k}.'),
    ('', 'Gefährdungseinschätzung, Anlage: Personalien des Begleiters, der im Wartebereich randaliert hat: {M1.f}, geb. {BA.n}, Ausweis {ID}. Hausverbot für drei Monate durch {TL.f}. Polizei war vor Ort ({I.office}).'),
    ('', 'Kassenbon-Foto für die Erstattung der Gesundheitsbescheinigung: Gesundheitsamt {A.s}, Gebühr 25 €, Datum {D.y}. Auszahlung auf {IB.c}.'),
    ('', 'Quittung der Fahrschule für den Erste-Hilfe-Kurs: „Teilnehmer⟨|in⟩ {C.f}, geb. {BD.m}, Kurs am {D.n}, 45 €“. Vorlage für die Erstattung, Überweisung an {IB.c}.'),
    ('', 'Spreadsheet „Geburtstage Gruppe Hafen“ (Kursleitung) versehentlich in die Akte hochgeladen: enthält {C.f} ({BD.o}) und {P1.f} ({BA.o}). Datei gelöscht, Kursleitung ({F1.f}) gebeten, so etwas nicht zu schicken.'),
    ('3', 'Für den Gründungszuschuss: Steuernummer noch nicht vergeben, aber Steuer-ID {TX.c}. Tragfähigkeitsbescheinigung der {I.chamber} liegt vor (Bearbeiter {M1.f}). Geburtsdatum für den Antrag: {BD.n}.'),
    ('3', 'Versicherungspflichtverhältnis bei {CO} bis {D.n}. RV-Nummer {RV} stimmt mit der Arbeitsbescheinigung überein. Anspruchsdauer 12 Monate.'),
    ('3', 'Arbeitslosmeldung persönlich. Pass {ID.p} geprüft, Meldeadresse {A.c}, Mail {E.c}, Telefon {T.c}. Die Stelle bei {CO} endete am {D.n}.'),
    ('2', 'Antrag auf Weiterbewilligung: Kontoauszüge zeigen Überweisung an {P1.f} (IBAN {IB}). Laut ⟨Kunde|Kundin⟩ Rückzahlung eines privaten Darlehens. Nachweis erbeten bis {D.n}. BG {BG}.'),
    ('2', 'Aufnahme eines Mitbewohners in die Wohnung: {M1.f}, geb. {BA.n}. Eigene BG-Nr. für ihn nicht erforderlich, da kein Antrag. Prüfung Verantwortungsgemeinschaft: nein. Unsere BG bleibt {BG}.'),
    ('', 'Urkunde über die Geburt der Tochter {Rf1.g} vorgelegt, geboren am {BK.m}. Mutterschaftsgeld bis {D.n}. Mail der Krankenkasse an {E.c} weitergeleitet.'),
    ('', 'Antrag auf Übernahme der Prüfungsgebühr beim {I.chamber}: Prüfungstermin {D.n}, Kundennummer {KN}, Zahlung an {IB}. Zugesagt.'),
    ('', 'Kundin/Kunde des Nachbarteams stand versehentlich im Termin: Nummer {KN.o}. Zurückverwiesen an Empfang. Unsere Kundennummer {KN} betroffen? Nein.'),
    ('', 'Rückmeldung an {E.o}: Die Bescheinigung für ⟨Herrn|Frau⟩ {C.s} (geb. {BD.n}) wird nicht per Mail verschickt, sondern per Post an {A.c}.'),
    ('', 'Mail von ⟨Herrn|Frau⟩ {C.s} ({E.c}) mit dem neuen Arbeitsvertrag. Arbeitgeber {CO}, Ansprechpartner {M1.f}, {E.o}. Vertrag gilt ab {D.n}.'),
    ('', 'Abfrage über den Kontakt-Assistenten: ⟨Der Kunde|Die Kundin⟩ gibt an, die Mailadresse habe sich geändert, neu {E.c}. Bestätigungslink geschickt, bestätigt am {D.n}.'),
    ('', 'Lieferschein der Arbeitskleidung für die Hafenlogistik: Empfänger ⟨Herr|Frau⟩ {C.s}, geliefert an {A}, Lieferant {CO.w}, Kundennummer dort 55102. Liefertag {D.n}.'),
]


# --- light notes with one or two values and more ordinary words
T += [
    ('', 'Der Chat-Assistent konnte die Frage nach dem Kinderkrankengeld nicht beantworten und hat auf die Hotline verwiesen. ⟨Der Kunde|Die Kundin⟩ rief daraufhin hier an. Erklärt, dass die Krankenkasse zuständig ist, und den Weg zum Antrag beschrieben. Mitgeteilt am {D.n}.'),
    ('', 'Wiki-Artikel „Offshore-Berufe“ im Intranet aktualisiert: Voraussetzungen, Lehrgänge, typische Schichtmodelle, Verdienst. Anlass war die Anfrage von ⟨Herrn|Frau⟩ {C.s}. Der Artikel ist für alle Teams freigegeben.'),
    ('', 'Leitfaden „Arbeitszeitwünsche“ durchgegangen: früh ja, spät nur mit Betreuung durch die Großmutter, Wochenende nein, Schicht möglich ab Sommer. Mobil mit Roller. Die Großmutter ({F1.g}) hat zugesagt, an zwei Abenden einzuspringen.'),
    ('', 'Dienstbesprechung: Hinweis der Leitung, dass Terminkarten künftig keine Zimmernummern mehr enthalten, weil Räume getauscht werden. Betrifft auch die Karten, die ich heute ausgegeben habe ({C.i}). Neue Karte zum nächsten Termin.'),
    ('', 'Untertitel der Videoberatung waren diesmal so fehlerhaft („Job Center“ als „Shop Center“, „Bewerbung“ als „Bewertung“), dass die Aufzeichnung nicht als Nachweis dient. Gesprächsinhalt daher hier zusammengefasst: Bewerbungen laufen, zwei Absagen, eine Einladung zu {CO}.'),
    ('', 'Bei der Tafel im Ort hilft ⟨der Kunde|die Kundin⟩ dienstags beim Sortieren. Das tut gut, sagt ⟨er|sie⟩, weil es Struktur gibt. Kein Einkommen. Kontakt zur Koordinatorin {F1.f} nur, falls ⟨er|sie⟩ es wünscht.'),
    ('', 'Bewerbungsmappe durchgesehen: Foto veraltet, Anschreiben zu lang, Lebenslauf lückenhaft zwischen 2019 und 2021 (Pflege der Großmutter). Überarbeitung in der Maßnahme bei {I.course} vereinbart.'),
    ('', 'Gesprächsnotiz: ⟨Der Kunde|Die Kundin⟩ hat die Probezeit bei {CO} bestanden. Alles läuft. Kein weiterer Unterstützungsbedarf. Fall zur Abmeldung vorgemerkt.'),
    ('', 'Angst vor dem Fahren auf der Autobahn ist das eigentliche Hindernis für die Stelle als Kurierfahrer⟨|in⟩. Wir haben über ein Fahrsicherheitstraining gesprochen. Angebot beim ADAC-Platz, Termin offen. Nächster Kontakt {D.o}.'),
    ('', 'Nachtrag zur Dienstbesprechung: die Kollegin {S1.f} übernimmt ab sofort die Fälle mit Offshore-Bezug, weil sie die Kontakte zu den Betreibern hat.'),
    ('', 'Gespräch mit dem Betriebsrat der {CO.w}: Befristungen werden dort nach zwei Jahren in der Regel entfristet. Für die Vermittlung älterer Bewerber⟨|innen⟩ sei der Betrieb offen.'),
    ('', 'Arbeitsprobe in der Schreinerei ging gut; der Meister lobt die Genauigkeit beim Anreißen und Sägen. Schwächen bei Tempo und beim Lesen technischer Zeichnungen. Empfehlung: kurzer Lehrgang „Technisches Zeichnen“ beim {I.course}.'),
    ('', 'Termin zur Besichtigung des Ausbildungsbetriebs am {D.n}. Anfahrt gemeinsam mit dem Bus, ich begleite, weil ⟨der Kunde|die Kundin⟩ den Weg noch nicht kennt.'),
    ('', 'Die Kita-Anmeldung beim {I.kita} ist erfolgt. Wartelistenplatz 4. Bis dahin keine Vollzeitstelle möglich, Minijob vormittags ja.'),
    ('', 'Eine Vertretung aus dem Nachbarteam ({S1.a}) hat den Termin übernommen, weil ich krank war. Laut Vermerk keine Besonderheiten, Unterlagen vollständig.'),
    ('', 'Rückmeldung aus dem Praktikum in der Tierpflege: ⟨Er|Sie⟩ kommt gut mit den Tieren zurecht, vergisst aber das Protokollieren der Fütterung. Der Betreuer im Tierpark, {M1.g}, hat ⟨ihm|ihr⟩ eine Checkliste gebastelt.'),
    ('', 'Beratung zur Selbständigkeit als Hufpfleger⟨|in⟩: Tragfähigkeit fraglich, da nur wenige Pferdehalter im Umkreis. Gespräch mit der Gründungsberatung der {I.chamber} empfohlen.'),
    ('', 'Sorge um die Wohnung: Der Vermieter will verkaufen. Noch keine Kündigung. Ich habe auf den Mieterverein hingewiesen und darum gebeten, jede Post sofort mitzubringen.'),
    ('', 'Spielt jetzt Tenorhorn im Posaunenchor der {I.church}. Das erzählt ⟨er|sie⟩ mit Stolz. Für die Arbeitssuche nicht relevant, aber ein gutes Zeichen nach der langen Krankheit.'),
    ('', 'Gesprächsleitfaden Ausbildungsabbruch, kurz: Grund war der Umgangston im Betrieb ({CO.c}), nicht die Schule. ⟨Er|Sie⟩ möchte im selben Beruf weitermachen, nur woanders.'),
    ('', 'Der Stundenplan der Berufsschule kollidiert mit dem Nebenjob. Lösung: Nebenjob bei {CO} nur samstags. ⟨Der Kunde|Die Kundin⟩ spricht selbst mit der Chefin.'),
    ('', 'Bescheinigung über den Erste-Hilfe-Kurs (9 Unterrichtseinheiten) liegt vor, ausgestellt vom {I.course}. Damit fehlt für die Führerscheinprüfung nur noch der Sehtest.'),
    ('', 'Rücksprache mit Teamleitung ({TL.s}) wegen der Kosten für das Seediensttauglichkeitszeugnis: Übernahme aus dem Vermittlungsbudget ist möglich.'),
    ('', 'Im Wartebereich hat ⟨der Kunde|die Kundin⟩ einen Flyer zum Kurs „Bühne und Technik“ mitgenommen und möchte mehr wissen. Ich frage beim Träger nach, ob der Kurs im Herbst wieder angeboten wird.'),
    ('', 'Die Erfolgsgeschichte für den Newsletter wurde von ⟨dem Kunden|der Kundin⟩ abgelehnt („möchte nicht erkannt werden“). Entwurf gelöscht. Information an die Pressestelle ({S1.i}).'),
    ('', 'Hinweis der Kollegin aus dem Empfang ({S1.a}): ⟨der Kunde|die Kundin⟩ spricht am Telefon lieber Dänisch oder Englisch, persönlich geht auch Deutsch. Künftig Termine vor Ort statt Telefon.'),
    ('', 'Erinnerung per SMS vom Terminservice ist nicht angekommen, weil die Nummer im System veraltet war. Neue Nummer erfasst: {T.c}.'),
    ('', 'Beim Rundgang durch den Hafen hat uns der Vorarbeiter erklärt, welche Tätigkeiten ohne Staplerschein möglich sind: Laschen, Sichern, Kontrollgänge. ⟨Der Kunde|Die Kundin⟩ kann sich das Laschen gut vorstellen.'),
]


# --- second batch: more of the new styles and situations
T += [
    ('', 'Chatprotokoll (Assistent), Thema „Bewerbung zurückziehen“:\nBot: Für welche Stelle?\n> die bei {CO} als Lagerhelfer\nBot: Ich leite Ihre Nachricht weiter.\n> danke. ach und {F1.g} von der firma hat gesagt ich soll mich im herbst nochmal melden\nWeitergeleitet an AG-S, Bearbeitung {S1.i}.'),
    ('', 'Der Chat-Assistent hat die Eingabe „{C.l} {BD.n}“ als Suchanfrage in der Jobbörse ausgeführt, keine Treffer. ⟨Der Kunde|Die Kundin⟩ wollte eigentlich den eigenen Termin abfragen. Termin mitgeteilt: {D.n}, 11 Uhr.'),
    ('', 'Übergabe Chat → Fachkraft, Zusammenfassung des Bots: „Kunde meldet Umzug, neue Anschrift: {A}. Kunde fragt nach Umzugskosten.“ Antwort durch mich: vorher Antrag stellen, Angebote von zwei Umzugsfirmen einholen (z. B. {CO.a}).'),
    ('', 'Ausschnitt aus der Tabelle „offene Rückrufe“ (Filter: mein Kürzel):\n{D.o}\t{C.x}\t{T.c}\tRückruf wg. Kurs\t=WENN(D5="";"offen";"erledigt")\terledigt\n{D.o}\t{P1.x}\t{T}\tVermieter, Miete\t#WERT!\toffen\nZeile 2 gehört zu einem anderen Fall, bitte nicht löschen.'),
    ('', 'Formel-Rest im Vermerk, beim Kopieren aus der Budgetübersicht entstanden: =SUMME(C2:C9) → 1.240,00 €. Gemeint: Gesamtkosten des Lehrgangs bei {I.course} für ⟨Herrn|Frau⟩ {C.s}, davon Prüfungsgebühr 180 €.'),
    ('', 'Terminkarte Gruppeninfo:\n„Berufe mit Tieren – Info und Austausch“\n{D.m}, 9:00–11:30 Uhr\nOrt: {I.zoo}, Seminarraum\nReferentin: {F1.f}\nAnmeldung: {E.s}'),
    ('', 'Terminkarte Nachbetreuung:\nNach der Arbeitsaufnahme bei {CO} melden wir uns am {D.n} telefonisch. Falls etwas ist: {CW.f}, {T.s}.'),
    ('', 'Untertitel (automatisch) aus der Videoberatung mit Dolmetscherin, Ausschnitt:\n00:14:03,100 --> 00:14:06,000\n[Dolmetscherin] Er sagt, der Chef heißt {M1.s}.\n00:14:06,100 --> 00:14:09,800\n[Dolmetscherin] Die Firma ist {CO.c}, in {A}.\nDolmetscherin: {F1.f} (Pool der Dolmetscherdienste).'),
    ('', 'Untertitelspur des Videotermins hat die Namen durcheinandergebracht: aus {C.f} wurde „{C.g} Sohn“. Gesprochen wurde über die Weiterbildung bei {I.course} ab {D.n}.'),
    ('', 'Leitfaden „Abschlussgespräch Maßnahme“, Antworten:\n– Was war hilfreich? Die Einzeltermine mit {P1.f}.\n– Was hat gefehlt? Praxis im Betrieb.\n– Was jetzt? Bewerbung bei {CO} und {CO}.\n– Wann sprechen wir wieder? {D.n}'),
    ('', 'Interviewleitfaden für Arbeitgeber (Stellenakquise) mit {CO.w} durchgegangen, Gesprächspartnerin {F1.f}: Bedarf 2 Helfer, Schicht, Start {D.w}. Rückfragen an {E.o}.'),
    ('', 'Dienstbesprechung {D.n}, anwesend: {TL.f}, {S1.f}, {S2.f}, {S3.f}. TOP 2: Kooperation mit {I.social}. Fallbeispiel ohne Namen vorgestellt.'),
    ('', 'Aus der Teamrunde: {S1.x} berichtet, dass {CO.b} Saisonkräfte für das Lager sucht. Ich schlage ⟨Herrn|Frau⟩ {C.s} vor, Kurzprofil geht bis {D.o} an {S1.s}.'),
    ('', 'Quittung Eigenanteil Deutschkurs, ausgestellt von {I.course}: „Erhalten von {C.f} 50,00 € am {D.n}, i. A. {P1.i}“. Kann nicht erstattet werden, da Eigenanteil.'),
    ('', 'Rechnung und Lieferschein Fahrrad für den Arbeitsweg: Händler {CO.c}, {A}, Datum {D.n}, 389 €. Zuschuss aus dem Vermittlungsbudget bewilligt, Zahlung direkt an den Händler ({IB}).'),
    ('', 'Gefährdungseinschätzung Hausbesuch (Außendienst {S1.f}, {S2.f}): Adresse {A.c}, Zugang über den Hof, Hunde angeleint. Keine Bedenken. Besuch am {D.n} 10 Uhr.'),
    ('2', 'Mitteilung der Schulsozialarbeiterin {F1.f} ({I.sch}): Die Kinder kommen regelmäßig ohne Frühstück. Rücksprache mit ⟨dem Kunden|der Kundin⟩ am {D.n}, BuT-Antrag für das Mittagessen gestellt.'),
    ('', 'Bühnenhandwerk: Ein Theater in der Region sucht eine Aushilfe für den Auf- und Abbau bei Gastspielen. Kontakt über die technische Leitung, {M1.f}, {T.l}. ⟨Der Kunde|Die Kundin⟩ hat früher bei {CO.w} Messestände gebaut.'),
    ('', 'Die Freilichtbühne {A.s} braucht für den Sommer Kräfte für Kasse, Einlass und Technik. Ansprechpartnerin ist {F1.f} vom Trägerverein. ⟨Herr|Frau⟩ {C.s} bewirbt sich für die Technik.'),
    ('', 'Windparkbetreiber {CO.w} meldet: Höhentauglichkeit (G 41) ⟨des Bewerbers|der Bewerberin⟩ bestätigt durch Dr. {M1.s} am {D.n}. Start des Traineeprogramms am {D.n}.'),
    ('', 'Berufskraftfahrer⟨|in⟩ mit Kran-Schein: Probetag bei {CO.a} am {D.n}, Einweisung durch den Fuhrparkleiter {M1.f}. Lkw mit Ladekran, Kennzeichen {KZ}.'),
    ('', 'Steinmetzbetrieb {CO.c} hat einen Ausbildungsplatz. Die Meisterin ({F1.f}) lädt zum Schnuppertag am {D.n} ein. Treffpunkt Werkstatt, {A}.'),
    ('', 'Kutterfahrt verschoben, weil Sturm. Neuer Termin für den Probetörn: {D.n}, Treffpunkt Kutterhafen, Eigner {M1.f} ({T}).'),
    ('', 'Hopfenpflanzer {M1.f} braucht im Frühjahr Hilfe beim Andrehen (Aufleiten) der Reben, ca. 3 Wochen ab {D.w}. Bezahlung nach Stunde. Hof: {CO.h}.'),
    ('p:il18', 'Israelischer Führerschein: Umschreibung bei der Führerscheinstelle beantragt am {D.n}, da Israel auf der Liste steht. Übersetzung durch {P1.f}. Danach Bewerbung als Fahrer⟨|in⟩ bei {CO.w}.'),
    ('p:il18', '⟨Der Kunde|Die Kundin⟩ hat in Haifa als Laborant⟨|in⟩ gearbeitet ({CO.f}). Arbeitszeugnis auf Hebräisch, beglaubigte Übersetzung liegt vor. Ansprechpartner der früheren Firma: {M1.f}, {E}.'),
    ('p:il18', 'Gespräch über Kinderbetreuung am Freitagnachmittag (Schabbatvorbereitung): ⟨Der Kunde|Die Kundin⟩ kann freitags ab 13 Uhr nicht arbeiten. Stellen bei {CO} und {CO} kommen in Frage, da dort Gleitzeit.'),
    ('p:dk18', 'Grönländischer Abschluss als Fischereifacharbeiter⟨|in⟩ (Skolen for Fiskeri) wird bei {I.recog} geprüft. Unterlagen auf Dänisch, Übersetzung über {P1.f}. Bis dahin Helfertätigkeit bei {CO.w}.'),
    ('p:dk18', 'Dänisches Konto {IB.dk} wird für die Rente aus Dänemark genutzt. Betrag monatlich 1.850 DKK. Anrechnung als Einkommen. Bescheid der dänischen Stelle vom {D.n} liegt vor.'),
    ('p:dk18', 'Kontakt zur Familie in Nuuk nur per Telefon ({T.gl}) und E-Mail ({E}). ⟨Der Kunde|Die Kundin⟩ möchte für zwei Monate zurück, weil der Vater krank ist. Abmeldung zum {D.n} besprochen.'),
    ('p:it18', 'Italienische Steuer-/Versicherungsunterlagen (Codice fiscale, Estratto conto INPS) vorgelegt. Versicherungszeiten in Italien bis {D.n} bei {CO.f}. Für den Rentenantrag in Deutschland Kontoklärung bei {I.drv}.'),
    ('p:it18', '⟨Herr|Frau⟩ {C.s} möchte im Eiscafé des Cousins ({Rm1.f}, {CO.a}) mitarbeiten. Saison März bis Oktober. Arbeitsvertrag soll bis {D.n} vorliegen.'),
    ('2 p:it18', 'Nonna {Rf1.g} lebt mit im Haushalt, Rente aus Italien auf ein Konto in Catania ({IB.f}). Für die Berechnung nicht relevant, da eigene BG? Klärung durch Leistung ({S1.f}).'),
    ('', 'Einladung per Post und Mail ({E.c}) zum Gespräch am {D.n}. Thema: Förderung der Weiterbildung zur Fachkraft für Veranstaltungstechnik.'),
    ('', 'Nachricht im Postfach von ⟨Herrn|Frau⟩ {C.s}: „Ich kann am Donnerstag nicht, weil ich beim Tierarzt mit dem Hund bin.“ Neuer Termin {D.n}.'),
    ('', 'Kurzfristige Stelle über das Personalbüro {CO.t}: Inventur bei {CO.b} am {D.n} und {D.n}, jeweils 18–24 Uhr. ⟨Der Kunde|Die Kundin⟩ nimmt an.'),
    ('', 'Gesprächsnotiz: Bewerbung bei {CO} abgeschickt, Antwort steht aus. Zusätzlich Initiativbewerbung bei {CO.c}. Nächste Sichtung der Stellen gemeinsam am {D.n}.'),
    ('', 'i. A. {S1.f} hat am {D.n} die Unterlagen für die Förderung geprüft; es fehlt die Bestätigung des Arbeitgebers ({CO}). Erinnerung an ⟨den Kunden|die Kundin⟩ geschickt.'),
    ('', 'gez. {TL.s}, Teamleitung: Der Antrag auf Übernahme der Lehrgangskosten ({I.school}) wird bewilligt. Begründung liegt in der E-Akte. Info an {CW.i}.'),
]


# --- third batch: more wording, fewer repeats
T += [
    ('', 'Chat-Assistent, Gesprächsende mit Bewertung „1 von 5 Sternen“ und dem Freitext: „der bot versteht kein plattdeutsch“. ⟨Der Kunde|Die Kundin⟩ wollte wissen, ob die Fahrtkosten zum Deichverband erstattet werden. Ja, Antrag liegt bei. Rückruf {D.n}.'),
    ('', 'Beim Versuch, einen Termin über den Assistenten zu buchen, wurde zweimal derselbe Slot vergeben. ⟨Herr|Frau⟩ {C.s} stand vor verschlossener Tür. Entschuldigung ausgesprochen, Fahrtkosten erstattet, Fehler an das Portal-Team ({S1.f}) gemeldet.'),
    ('', 'Spalte „Bemerkung“ der Maßnahmeliste enthielt den Text „siehe Mail von {F1.f} vom {D.n}“, daneben =HYPERLINK(…) ohne Ziel. Die Mail habe ich im Postfach gefunden: Abbruch wegen Umzug.'),
    ('', 'In der Pivot-Auswertung der Vermittlungsvorschläge taucht ⟨der Kunde|die Kundin⟩ zweimal auf: einmal als „{C.r}“, einmal als „{C.u}“. Schreibweise in der Quelle vereinheitlicht; die Zählung stimmt jetzt.'),
    ('', 'Untertitel vom Videotermin (Ausschnitt):\n00:21:40,000 --> 00:21:43,200\nder Kurs im Tauchzentrum fängt im April an\n00:21:43,300 --> 00:21:47,900\nich brauch nur noch das Attest von Doktor {M1.s}\nDas Attest ist am {D.n} eingegangen.'),
    ('', 'Die automatischen Untertitel machten aus „Hufbeschlag“ dreimal „Huf Beschlag“ und aus „Eingliederungszuschuss“ einmal „Eingliederung zu Schluss“. Für die Akte: Der Betrieb {CO.c} will ⟨ihn|sie⟩ mit Zuschuss einstellen.'),
    ('', 'Terminkarte für den Ärztlichen Dienst lag noch beim Empfang, weil ⟨der Kunde|die Kundin⟩ früher gegangen war. Nachgeschickt an {A.c}. Termin: {D.m}, 7:45 Uhr.'),
    ('', 'Quittung für die Rückgabe des Leih-Laptops aus der Maßnahme: Gerät vollständig, Netzteil fehlt. Unterschrieben von {P1.f} (Träger {I.course}) am {D.n}. Forderung über 35 € wird nicht erhoben.'),
    ('', 'Kassenzettel vom Baumarkt über Arbeitshandschuhe, Gehörschutz und Schutzbrille (zusammen 41,80 €) zur Erstattung eingereicht. Nicht förderfähig, da vom Arbeitgeber ({CO}) zu stellen. ⟨Der Kunde|Die Kundin⟩ spricht dort mit dem Vorarbeiter.'),
    ('', 'Erfolgsgeschichte, zweite Fassung nach Rücksprache: keine Namen, kein Ort, nur „ein Mann Ende fünfzig, zuvor 20 Jahre Hafenarbeiter, heute Ausbilder für Laschtechnik“. Freigabe durch ⟨den Kunden|die Kundin⟩ am {D.n}, Redaktion {S1.f}.'),
    ('', 'Leitfaden „Gesundheit und Arbeit“ abgefragt, freiwillige Angaben: Rückenprobleme seit dem Unfall, Therapie bei {P1.f} (Physiotherapie). Belastbarkeit für leichte Arbeiten gegeben. Keine Weitergabe ohne Zustimmung.'),
    ('', 'Teamsitzung: Es wurde vereinbart, dass Vermerke aus dem Chat-Assistenten künftig mit „[Bot]“ beginnen, damit man sie von eigenen Notizen unterscheiden kann. Gilt ab {D.n}. Protokoll {S1.k}.'),
    ('', 'Kindeswohl: Die Hebamme ({F1.f}) rief an, weil ⟨der Kunde|die Kundin⟩ die Termine nach der Geburt nicht wahrnimmt. Ich habe nur zugehört und keine Daten weitergegeben; Hinweis auf die Frühen Hilfen des Landkreises gegeben.'),
    ('', 'Sicherheitsgespräch mit dem Wachdienst nach dem Vorfall im Wartebereich. Der Mitarbeiter {M1.f} von {CO.w} schildert den Ablauf. Eine Anzeige wurde nicht erstattet, Hausverbot nicht nötig.'),
    ('', 'Randvermerk auf dem Anhörungsbogen: „Kd. war in Kur, s. Bescheinigung {I.med}“. Die Anhörung wird daher eingestellt, keine Sanktion.'),
    ('', 'Wasserwacht-Kurs bestanden, Schein liegt vor. Das Thermalbad {CO.w} nimmt ⟨ihn|sie⟩ zunächst als Aushilfe an den Wochenenden. Ansprechperson: Schwimmmeister {M1.s}.'),
    ('', 'Im Tierpark wurde ⟨der Kunde|die Kundin⟩ für das Futterhaus eingeteilt: Gemüse schneiden, Heu verteilen, Eimer spülen. ⟨Er|Sie⟩ ist zufrieden. Verlängerung des Praktikums bis {D.n} ist mit dem Revierleiter abgesprochen.'),
    ('', 'Eine Werkstatt für Turmuhren ({CO.c}, {A}) sucht eine Hilfskraft, die auch auf Kirchtürme steigt. Schwindelfreiheit vorausgesetzt. ⟨Der Kunde|Die Kundin⟩ will sich die Arbeit am {D.n} anschauen.'),
    ('', 'Krabbenpulen per Hand gibt es kaum noch, sagt der Fischer; die Krabben werden zum Pulen ins Ausland gefahren. Arbeit gibt es daher eher an Bord oder im Verkauf am Kutter. ⟨Der Kunde|Die Kundin⟩ zieht den Verkauf vor, Kontakt über {CO.h}.'),
    ('', 'Gespräch mit dem Obstbauern {M1.f}: Er sucht für die Saison Leute, die auch Traktor fahren können. Führerschein Klasse T liegt bei ⟨dem Kunden|der Kundin⟩ vor. Arbeitsbeginn {D.n}.'),
    ('', 'Stellenausschreibung im Amtsblatt: Klärwerk des Abwasserverbands sucht Ver- und Entsorger⟨|in⟩. Bewerbung bis {D.n} an {E.o}. Passt zur früheren Tätigkeit in der Wasserwirtschaft.'),
    ('', 'Bei der Messe „Berufe rund um den Hafen“ am {D.n} hat ⟨der Kunde|die Kundin⟩ mit drei Firmen gesprochen: {CO}, {CO.w} und {CO.a}. Visitenkarten liegen vor, Bewerbungen folgen.'),
    ('', 'Hinweis aus der Leistungsabteilung ({S1.x}): Die Nebenkostenabrechnung ergibt ein Guthaben. Das Guthaben wird im Folgemonat angerechnet. Erklärt und Rückfragen beantwortet.'),
    ('', 'Zeugnisse aus der Berufsschule in Kopie erhalten, Abschlussjahr 2011, Notendurchschnitt 2,8. Außerdem das Gesellenbrief-Zeugnis der {I.chamber}. Alles eingescannt.'),
    ('', 'Der Pflegedienst {CO.w} hat ⟨den Kunden|die Kundin⟩ nach dem Hospitationstag eingeladen. Die Stelle ist in Teilzeit, Wochenenddienst jedes zweite Wochenende. Ansprechperson: {F1.f}, {T.l}.'),
    ('', 'Praxisbericht Forstwirtschaft: ⟨Der Kunde|Die Kundin⟩ hat zwei Wochen beim Forstbetrieb mitgearbeitet, Motorsägenkurs (Modul A) beim {I.school} bestanden am {D.n}. Der Revierförster {M1.s} lobt die Sorgfalt.'),
    ('', 'Mitteilung des Vermieters {M1.f}: die Wohnung in {A} wird zum Ende des Monats frei. Die neue Miete liegt innerhalb der Angemessenheitsgrenze. Zusicherung erteilt am {D.n}.'),
    ('', 'Der Antrag auf ein Darlehen für die Kaution wurde bewilligt; der Betrag wird direkt an den Vermieter ({IB}) überwiesen. Rückzahlung in monatlichen Raten von 50 €.'),
    ('', 'Rückfrage an {S1.f} (Reha-Team): Ist eine Arbeitserprobung in der Uhrmacherwerkstatt als Leistung zur Teilhabe möglich? Antwort am {D.n}: ja, über die Rentenversicherung, Antrag stellt ⟨der Kunde|die Kundin⟩.'),
    ('', 'Der Laschbetrieb im Hafen ({CO.w}) arbeitet im Dreischichtsystem. ⟨Der Kunde|Die Kundin⟩ möchte nur Früh- und Spätschicht. Der Betriebsleiter, {M1.f}, sieht das als lösbar an.'),
]


# --- fourth batch: identifiers in the new styles
T += [
    ('', 'Chat-Assistent, Schritt „Identität bestätigen“: ⟨Der Kunde|Die Kundin⟩ gab die Rentenversicherungs-Nr. so ein: {RV} – der Bot lehnte sie dreimal ab. Manuell geprüft, stimmt. Fehlermeldung an das Portal-Team.'),
    ('', 'Zelle F17 der Liste „Lohnsteuer-Abfragen“ zeigte die Steuer-ID im Exponentialformat (x,xxE+10). Richtig: {TX.c}. Zellformat auf Text umgestellt, {S1.k}'),
    ('', 'Terminkarte Parkplatz: Für den Termin am {D.n} ist ein Stellplatz im Hof reserviert, Kennzeichen {KZ}. Bitte an der Schranke klingeln.'),
    ('', 'Lieferschein-Durchschlag der Kfz-Werkstatt (Reparatur nach Wildunfall) als Nachweis, warum ⟨der Kunde|die Kundin⟩ nicht zur Arbeit kam: Fahrzeug {KZ}, Annahme {D.n}, Abholung {D.n}. Werkstatt: {CO.c}.'),
    ('2', 'Untertitel Videotermin, Minute 3: „die BG Nummer ist {BG}“ – der Assistent hat die Nummer richtig erkannt. Anliegen: Weiterbewilligung, Unterlagen werden hochgeladen.'),
    ('', 'Leitfaden „Identität und Aufenthalt“: Nationalpass {ID.p} bis {D.n} gültig, Personalausweis {ID.a} (EU). Keine Aufenthaltserlaubnis nötig. Steuer-ID {TX.c} bekannt.'),
    ('', 'Empfangsquittung Dokumentenmappe: Originale (Zeugnis, Ausweis {ID.a}, Versicherungsnachweis mit RV-Nr. {RV}) am {D.n} zurückgegeben an ⟨Herrn|Frau⟩ {C.s}. Unterschrift beider Seiten.'),
    ('2', 'Dienstbesprechung, Punkt Datenqualität: In drei Akten war die BG-Nummer falsch gespeichert, darunter {BG.o}. Korrektur durch {S1.f}. Eigene Akte geprüft, BG {BG} richtig.'),
]

TEMPLATES = T
