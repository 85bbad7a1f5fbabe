# Templates of heldout11 (slot syntax: docstring of make_corpus11.py). Written for this split.
TEMPLATES = [
    # --- lay judges, witness summons, legal aid
    "{Hr} {Cs} legt Schreiben vom Amtsgericht vor: {er} ist als Schöffe für die Wahlperiode ab {d1} vorgesehen. Sitzungstage werden vorab mitgeteilt, ist mit Arbeitsuche vereinbar. Kopie z.d.A.",
    "Ladung als Zeuge (Verkehrsunfall, Beteiligter {T1f}) zum Termin am {d1}, 9:30 Uhr, {inst:Amtsgericht}. Kd. fragt, ob Fahrtkosten übernommen werden – nein, Zeugenentschädigung läuft über das Gericht.",
    "Kd. hat beim {inst:Amtsgericht} einen Beratungshilfeschein geholt, Anwältin {T1=f}{T1} ({telT}) kümmert sich um den Widerspruch gegen die Nebenkostenabrechnung vom {dp}.",
    "Schöffenamt: {Kd} {C} war am {dp} und {d1} als Hauptschöffe/-schöffin geladen, Verdienstausfall wird vom Gericht erstattet -> bei Einkommen prüfen, ggf. anrechnen. Bescheinigung liegt bei.",
    # --- military service questionnaire 2026
    "Sohn {T1=m}{T1=fam}{T1} (geb. {bdy}) hat den Fragebogen zur Wehrerfassung bekommen und will wissen, ob das Auswirkungen auf die BG hat. Auskunft: erst bei Dienstantritt. Rückfragen direkt an das {body:bw}.",
    "{C} überlegt freiwilligen Wehrdienst, Termin Karriereberatung am {d1}. Bitte Abmeldung aus dem Leistungsbezug vorbereiten, falls Zusage kommt. Kontakt Karriereberater: {T1f}, {telT}.",
    # --- Deutschlandticket, social pass
    "Antrag Sozialticket (D-Ticket ermäßigt) unterstützt, Bestätigung Leistungsbezug für {Cf}, geb. {bd}, mitgegeben. Abo läuft über die Stadtwerke, Kundennr. dort nicht notiert.",
    "{Kd} kann D-Ticket nicht zahlen, Abbuchung von {iban} zurückgegangen. Hat mit dem Verkehrsverbund eine Ratenzahlung vereinbart, nächste Rate zum {d1}.",
    "2|Sozialpass für die BG {bg} verlängert bis {d2}, Ausgabe erfolgte durch das {inst:Sozialamt}. Für die Kinder {T1=fam}{T1g} und {T2=fam}{T2g} ebenfalls.",
    # --- heating, firewood, pellets
    "2|Heizkostenbeihilfe Brennholz: Rechnung Firma {firm:Holzhandel} über 4 Raummeter, Lieferadresse {adr}. Kd. heizt mit Kaminofen, Vermieter {T1hr} {T1s} bestätigt fehlende Zentralheizung.",
    "2|Antrag Heizöl – Tank fast leer lt. {Hr} {Cs}. Drei Angebote angefordert, günstigstes von {firm:Mineralölhandel}, Liefertermin {d1}. Zahlung direkt an Lieferanten, IBAN laut Rechnung {ibanT}.",
    "2|Pelletlieferung: {Kd} hat vorab selbst bezahlt (Kontoauszug zeigt Überweisung an {firm:Brennstoffe} vom {dp}). Erstattung zu prüfen, Tankanlage gehört dem Eigentümer {T1f}.",
    # --- allotment, assets
    "2|Vermögensprüfung: Kd. hat Pachtvertrag Kleingarten (Parzelle 14) beim Kleingartenverein, Laube geschätzt unter Freibetrag. Pächter laut Vertrag: {Cf}, {adrS}. Keine Verwertung.",
    "2|Erbengemeinschaft Wochenendgrundstück am See, Miteigentümer Bruder {T1=m}{T1=fam}{T1f}, {adrO}. Verkehrswert unklar – Gutachten vom {inst:Gutachterausschuss} angefordert.",
    "Lebensversicherung bei {firm:Versicherung} beitragsfrei gestellt am {dp}, Rückkaufswert lt. Schreiben gering. Versicherungsnehmer {C}, Bezugsberechtigte die Mutter {T1=f}{T1f}.",
    # --- teeth, glasses, hearing aids
    "2|Heil- und Kostenplan Zahnersatz vorgelegt (Zahnarztpraxis {T1f}, {adrO}). Eigenanteil hoch, Kd. fragt nach Darlehen. Auf Härtefallregelung der Krankenkasse hingewiesen.",
    "Brille kaputt, {Kd} sieht am Bildschirm kaum etwas – Bewerbungstraining deshalb abgebrochen am {dp}. Optiker {firm:Optik} macht Kostenvoranschlag.",
    "Hörgeräteakustiker hat angerufen ({telT}), {Hr} {Cs} holt das neue Gerät am {d1} ab. Danach Vermittlungsgespräch, vorher sinnlos.",
    # --- pets
    "Kd. bittet um Hilfe bei Tierarztrechnung für den Hund (Praxis {T1f}). Nicht übernahmefähig, Verweis auf die Tiertafel. Hundesteuerbescheid ({inst:Steueramt}) liegt auch bei.",
    "{Kd} lehnt Angebot in Vollzeit ab, weil sie den Hund nicht 9 Std. allein lassen kann. Nachbarin {T1=f}{T1} würde evtl. Gassi gehen. Nochmal am {d1} besprechen.",
    "Tierheim {adrO} sucht Tierpfleger-Helfer, Kd. sehr interessiert. Ansprechpartnerin {T1=f}{T1}, {mailT}. Vermittlungsvorschlag raus.",
    # --- complaints, petitions
    "Beschwerde über Sachbearbeiter {S1=m}{S1} ist beim Kundenreaktionsmanagement eingegangen (Schreiben vom {dp}). Kd. fühlt sich im Gespräch herablassend behandelt. Stellungnahme bis {d1} angefordert.",
    "Eingabe an: {body:pet} – Herr {Cs} beschwert sich über die Dauer der Bearbeitung. Aktenauszug mit Zeitstrahl an {S1} ({mailS}) übersandt.",
    "Petition {C}: Kd. hat sich an den Landtag gewandt wegen Kürzung. Unsere Stellungnahme über Geschäftsführung, Entwurf {CW}, Freigabe durch {TL}.",
    "Kd. kündigt an, sich „ganz oben“ zu beschweren. Wörtlich: „Ich schreibe dem Minister, Frau {CWs} ist nie erreichbar!“ Hinweis auf Telefonsprechzeit gegeben.",
    # --- quality review comments
    "Fachaufsicht ({TL}): Eingliederungsvereinbarung vom {dp} fehlt Unterschrift von {C}. Bitte bis {d1} nachholen und hier vermerken.",
    "Vier-Augen-Prüfung durch {S1}: Zahlung an Vermieter {T1f} auf {ibanT} freigegeben, Abtretungserklärung liegt vor.",
    "Stichprobe QS: Datensatz Kd.-Nr. {knr} – Telefonnummer im Stammblatt ({tel}) stimmt nicht mit Antrag überein. Bitte klären. Gruß {S1}",
    "Anmerkung Teamleitung: Warum wurde {C} nicht zum Info-Tag am {dp} eingeladen? Bitte nachholen. -{TLs}",
    # --- consent and release from confidentiality
    "Schweigepflichtentbindung unterschrieben für Hausarzt {T1f}, {adrO}, und die Tagesklinik. Gültig bis {d2}. Original an {inst:health} per Post.",
    "Einwilligung Datenweitergabe an Träger {firm:Bildungszentrum} ist da (Unterschrift vom {dp}). Kontaktdaten Kd.: {tel} / {mail}.",
    "{Hr} {Cs} widerruft die Einwilligung zur Weitergabe an den Bildungsträger. Bitte keine Daten mehr an {firm:Bildungszentrum} senden, Widerruf schriftlich ab {dp}.",
    # --- marriage, name change, family reunification
    "F|B|Eheschließung am {dp} beim Standesamt. Neuer Name: {C}, geb. {Cb}. Ehemann {T1=m}{T1f}, geb. {bdo}, zieht zu. BG erweitern!",
    "F|B|Namensänderung nach Heirat: Personalausweis mit neuem Namen liegt vor, Nr. {ida}. Stammdaten geändert, alter Name {Cb} als Geburtsname hinterlegt.",
    "M|Familiennachzug: Ehefrau {T1=f}{T1f} kommt voraussichtlich am {d1}, Visum läuft über die Auslandsvertretung ({kons}). Heiratsurkunde mit Apostille fehlt noch.",
    "Kd. reicht Heiratsurkunde aus dem Ausland ein, beglaubigte Übersetzung von Übersetzerin {T1=f}{T1}. Ort der Eheschließung: {adrF}.",
    "2|Scheidung rechtskräftig seit {dp}. Ex-Partner {T1} ist ausgezogen nach {adrO}, BG {bg} neu berechnen. Kd. behält Wohnung.",
    # --- bailiff, protected account, basic account
    "Die Obergerichtsvollzieherin {T1=f}{T1} hat Termin zur Vermögensauskunft am {d1} angesetzt. Kd. legt Ladung vor, bittet um Bescheinigung zum Leistungsbezug.",
    "P-Konto-Bescheinigung für {Cf} ausgestellt (Konto {iban}), Freibetrag erhöht wegen Unterhaltspflicht für {T1=fam}{T1g}, geb. {bdk}.",
    "Bank lehnt Basiskonto ab, Kd. hat keinen Nachweis. Wir stellen eine Bescheinigung aus, Termin in der Filiale am {d1}.",
    "Pfändungs- und Überweisungsbeschluss vom {inst:Amtsgericht} gegen {C} eingegangen. Drittschuldner sind wir nicht (Sozialleistung) – Schreiben an Gläubigervertreter {T1}, {adrO}.",
    # --- excuses for missed appointments
    "Termin {dp} nicht wahrgenommen. Kd. gibt Bahnstreik an, ÖPNV-Ausfall ist belegt. Kein wichtiger Grund nötig. Neuer Termin {d1}.",
    "Glatteis, {Kd} ist vor der Haustür ({adrS}) gestürzt, Attest der Notaufnahme ({inst:health}) vom {dp}. Meldeversäumnis entschuldigt.",
    "Kd. konnte wegen Hochwasser nicht kommen, Straße gesperrt. Wohnung {adr} im Erdgeschoss betroffen, Kd. bei Schwester {T1=f}{T1} untergekommen, Tel. dort {telT}.",
    "{Kd} erscheint 40 Minuten zu spät, Bus ausgefallen. Kurzgespräch geführt, Rest am {d1}. Beratungsvermerk folgt. ({CWs})",
    # --- initial equipment, furniture, appliances
    "2|Erstausstattung Wohnung: Bett, Schrank, Tisch, 2 Stühle. Abholung über die {inst:Möbelbörse} am {d1}. Wohnung {adr}, Transport durch Bekannten {T1}, Transporter {kfz}.",
    "2|Waschmaschine defekt, Kd. hat Kostenvoranschlag von {firm:Elektroservice}. Reparatur teurer als gebraucht kaufen. Darlehen bewilligt, Auszahlung auf {iban}.",
    "2|Kühlschrank nach Wohnungsauflösung der Mutter {T1=f}{T1f} übernommen, daher keine Beihilfe nötig. Wohnung der Mutter war in {adrO}.",
    # --- neighbourhood disputes
    "Streit mit Nachbar {T1=m}{T1} eskaliert, Kd. hat Anzeige bei der {inst:Polizeiinspektion} erstattet. Schlichtungstermin beim Schiedsamt am {d1}. Belastet sehr, Stabilisierung geht vor.",
    "{Kd} berichtet Lärmbelästigung durch die Familie {T1s} aus der Wohnung darüber, möchte umziehen. Neue Wohnung in Aussicht: {adrO}, Vermieter {T2f}.",
    # --- hospital social service
    "Anruf Kliniksozialdienst {inst:Krankenhaus}, Frau {T1=f}{T1s}: {Hr} {Cs} wird am {d1} entlassen, braucht Hilfe beim Antrag. Rückruf an {telT}.",
    "Kd. liegt seit {dp} im Krankenhaus, Information kam von Lebensgefährtin {T1=f}{T1}. Alle Termine bis {d1} storniert.",
    # --- certificates for jobs
    "Für Stelle in der Kita braucht Kd. erweitertes Führungszeugnis. Beantragt beim {inst:Bürgerbüro} am {dp}, Gebühr übernommen. AG: {firm}.",
    "Belehrung nach Infektionsschutzgesetz für Küchenhilfe-Job gemacht ({inst:Gesundheitsamt}, Bescheinigung vom {dp}). Arbeitsbeginn bei {firm} am {d1}.",
    "Staplerschein bestanden! Zertifikat vom {dp}, Kd. bewirbt sich jetzt bei {firm} und {firm}. Ansprechpartner Lager: {T1hr} {T1s}, {telT}.",
    "Kd. braucht für Fahrerjob die Fahrerkarte, Antrag bei der Führerscheinstelle gestellt. Führerschein gültig, Kennzeichen Privat-Pkw {kfz}, Fahrzeug gehört Schwager {T1=m}{T1f}.",
    # --- accidents at work
    "Arbeitsunfall bei {firm} am {dp} (Leiter, Handgelenk). Meldung an die {body:uv} erfolgt, Durchgangsarzt {T1f}. Kd. AU bis {d1}.",
    "Verletztengeld läuft über die BG, Kd. hat Bescheid vom {dp} vorgelegt. Aktenzeichen dort nicht notiert. Zuständige Reha-Managerin der BG: {T1=f}{T1}, {telT}.",
    # --- maternity, parental leave
    "F|Mutterschutz ab {d1}, Geburtstermin laut Mutterpass {d2}. Kundin ({Cf}) möchte danach Elternzeit, Partner {T1=m}{T1} arbeitet bei {firm}.",
    "Vater {T1=m}{T1} nimmt zwei Monate Elternzeit ab {d1}, {Kd} will in der Zeit den Sprachkurs abschließen. Kita-Platz ab {d2} zugesagt ({inst:edu}).",
    # --- deposit, cooperative shares
    "2|Mietkaution als Darlehen: 3 Kaltmieten, Zahlung direkt an Wohnungsgenossenschaft ({firm:Wohnungsbau}), Konto {ibanT}. Abtretung unterschrieben, Tilgung ab {d1}.",
    "2|Genossenschaftsanteile statt Kaution – Kd. legt Beitrittserklärung vor, Wohnung {adr}. Übernahme als Darlehen, Bescheid am {d1}.",
    # --- mobile contracts, debt collection, credit bureau
    "Inkassoschreiben von {firm:Inkasso} wegen Handyvertrag (Vertrag auf {C}, Rufnr. {tel}). Kd. sagt, den hat der Ex-Freund {T1=m}{T1} abgeschlossen. Verweis Schuldnerberatung.",
    "SCHUFA-Selbstauskunft zeigt drei Einträge, Kd. verzweifelt, weil Vermieter {T1f} deshalb abgesagt hat. Termin bei der {inst:Schuldnerberatung} am {d1}.",
    "Kd. hat wegen offener Rechnungen keinen neuen Handyvertrag bekommen, neue Prepaid-Nr.: {tel}. Bitte Stammdaten anpassen.",
    # --- church, community, associations
    "Pfarrer {T1=m}{T1} von der katholischen Gemeinde bestätigt, dass {Hr} {Cs} dort seit {dp} ehrenamtlich im Küsterdienst hilft, 4 Std./Woche, ohne Vergütung.",
    "Kd. wird vom jesidischen Kulturverein unterstützt, Ansprechpartner {T1=m}{T1}, {telT}. Verein hilft bei Wohnungssuche und begleitet zu Terminen.",
    "Brief der Gemeindepfarrerin {T1=f}{T1}: Familie {Cs} sei in Not, Strom drohe abgestellt zu werden. Kontaktaufnahme mit {C} für {d1} vereinbart.",
    # --- telephone interpreting
    "Gespräch mit Telefondolmetscher (Tadschikisch/Russisch), Dolmetscherin {T1=f}{T1}, Auftragsnr. liegt beim Dienstleister. Kd. versteht Kooperationsplan jetzt. Nächster Termin {d1}.",
    "Videodolmetschen abgebrochen (Tonprobleme). Sohn {T1=m}{T1=fam}{T1g} übersetzt am Handy, eigentlich nicht gewollt. Richtiger Dolmetscher bestellt für {d1}.",
    "Dolmetscher {T1=m}{T1} (Oromo) für {d1} angefragt über {mailT}. Rückmeldung fehlt noch, ggf. Termin verschieben.",
    # --- pasted forms with dotted leaders
    "Aus Antragsformular abgeschrieben:\nName, Vorname ........ {C}\nGeburtsdatum .......... {bd}\nAnschrift ............. {adr}\nTelefon ............... {tel}",
    "Formular Veränderungsmitteilung (handschriftlich ausgefüllt):\nNeue Bankverbindung .. {iban}\nKontoinhaber ......... {C}\nab Monat ............. {d1}",
    "Anlage weitere Person:\nName ......... {T1=fam}{T1f}\ngeb. am ...... {bdk}\nVerhältnis ... Kind\nSchule ....... {inst:edu}",
    "Auszug Bewerberbogen Zeitarbeit ({firm}):\nName: {Cp}\nSt-ID: {stid}\nSV-Nr.: {rv}\nBank: {iban}\nFührerschein Kl. B: ja",
    "Übernommen aus dem Meldeschein des Trägers:\nTeilnehmer/in ..... {C}\nKd.-Nr. ........... {knr}\nBeginn ............ {d1}\nDozent ............ {T1}",
    # --- website contact form
    "Kontaktformular Homepage, Eingang {dp}:\nVorname: {Cg}\nNachname: {Cs}\nE-Mail: {mail}\nAnliegen: bitte um Rückruf wegen Termin, kann nur vormittags",
    "Webformular „Termin absagen“: Name {C}, Kundennummer {knr}, Grund: Kind krank. Rückmail an {mail} mit neuem Termin {d1}.",
    "Anfrage über das Kontaktformular von {T1f} ({mailT}): er/sie sei Arbeitgeber und wolle {C} einstellen, brauche Infos zur Förderung. An AG-S ({S1}) weitergeleitet.",
    # --- money transfers abroad
    "Kontoauszüge zeigen regelmäßige Überweisungen (Geldtransferdienst) an {T1f}, Empfängeradresse {adrF}. Kd. erklärt: Unterstützung der Eltern. Herkunft der Mittel klären.",
    "Kd. hat Geld von Onkel {T1=m}{T1} aus dem Ausland erhalten (Tel. {telT}), angeblich Darlehen. Schriftliche Bestätigung bis {d1} angefordert.",
    # --- care of relatives
    "{Kd} pflegt die Mutter {T1=f}{T1f} (Pflegegrad 3) in {adrO}. Pflegekasse zahlt Rentenbeiträge? Nachweis anfordern. Zumutbarkeit Vollzeit eingeschränkt.",
    "Begutachtung Pflegegrad für den Vater {T1=m}{T1=fam}{T1f} am {d1} durch den Medizinischen Dienst, Kd. muss anwesend sein. Termin bei uns verlegt.",
    "Pflegedienst {firm:Pflege} bestätigt, dass {Hr} {Cs} die Grundpflege der Oma abends übernimmt. Nur Teilzeit vormittags möglich.",
    # --- coach allowance, sports
    "Kd. ist Übungsleiter im Turnverein, Aufwandsentschädigung 150 €/Monat (Übungsleiterpauschale). Bestätigung Vereinsvorsitzende {T1=f}{T1}, {adrO}.",
    "Fußballtrainer-Lizenz (C-Lizenz) gemacht, Verein zahlt Pauschale. Kd. fragt nach Anrechnung – erklärt. Kontakt Kassierer {T1=m}{T1}, {mailT}.",
    # --- seasonal work
    "Weinlese bei Weingut {T1s} vom {d1} bis {d2}, Kd. hat zugesagt. Einkommen melden! Arbeitgeber: {firm:Weinbau}, Tel. {telT}.",
    "Erdbeerernte ist vorbei, Kd. wieder arbeitslos ab {dp}. Saisonvertrag lief über {firm:Obstbau}. Neue Vorschläge: Lager, Kommissionierung.",
    "Kd. möchte als Erntehelfer/in in den Spargel, Hof {T1f} in {adrO}. Passt nicht zum Rückenproblem, trotzdem Wunsch respektiert.",
    # --- foreign driving licence
    "Ausländischer Führerschein muss umgeschrieben werden, Frist abgelaufen. Kd. braucht Theorie und Praxis neu. Übersetzung durch {T1} liegt vor. Termin Führerscheinstelle {d1}.",
    "Führerscheinumschreibung: Sehtest und Erste-Hilfe erledigt ({dp}), Antrag bei der {inst:Führerscheinstelle}. Danach Bewerbung als Kurierfahrer bei {firm}.",
    # --- fire, water damage, emergency housing
    "Wohnungsbrand in der Nacht zum {dp}, Familie {Cs} vorübergehend in Notunterkunft ({adrO}). Kleidung über die {inst:Kleiderkammer}. Versicherung? Kd. hat keine Hausrat.",
    "Wasserschaden, Wohnung {adr} unbewohnbar lt. Vermieter {T1f}. Ersatzwohnung ab {d1}. Doppelte Miete vermeiden, Kontakt Hausverwaltung {firm:Immobilien}.",
    "Nach dem Hochwasser Wiederaufbauhilfe beantragt bei der {inst:Kreisverwaltung}. Kd. wohnt übergangsweise im Tiny House, Adresse: {adrO}.",
    # --- volunteer service, research survey
    "Bundesfreiwilligendienst ab {d1} im {inst:Krankenhaus}, Taschengeld anrechnungsfrei bis Freibetrag. Einsatzstellenleitung {T1f}, {telT}.",
    "BFD-Vertrag von {C} endet vorzeitig am {d1}, Kd. wechselt in Ausbildung bei {firm}. Abmeldung vorbereiten.",
    "Kd. willigt ein, vom Forschungsinstitut für eine Befragung angerufen zu werden. Erreichbar unter {tel}, bevorzugt nach 17 Uhr.",
    # --- change of responsibility after moving
    "Umzug in anderen Landkreis zum {d1}: neue Anschrift {adrO}. Akte an die dort zuständige Stelle ({inst:job}) abzugeben, Kd.-Nr. bleibt {knr}. Ansprechpartnerin dort {S1=f}{S1}.",
    "2|Zuständigkeitswechsel: BG {bg} übernommen vom {inst:Jobcenter}, Übergabe durch Kollegen {S1=m}{S1} ({telS}). Letzter Bescheid vom {dp}.",
    "Kd. zieht zur Lebensgefährtin {T1=f}{T1} nach {adrO}. Wohngemeinschaft oder Bedarfsgemeinschaft? Fragebogen ausgehändigt, Rückgabe bis {d1}.",
    # --- SGB III specific
    "3|Transfergesellschaft: {Hr} {Cs} wechselt nach Insolvenz von {firm} in die Transfergesellschaft, Laufzeit bis {d2}. Profiling am {d1} mit Transferberater {T1}.",
    "3|Berufsberatung im Erwerbsleben: {Kd} will vom Lkw-Fahrer in die Pflege wechseln. Berufsberaterin {S1=f}{S1} übernimmt, Termin {d1}.",
    "3|Kurzarbeit beim AG {firm} seit {dp}, {Kd} fragt nach Nebenjob. Erlaubt, Meldung an AG nötig. Ansprechpartnerin Personal: {T1=f}{T1}, {mailT}.",
    "3|Anhörung Sperrzeit: Eigenkündigung zum {dp}, {Kd} gibt Mobbing durch Vorgesetzten {T1=m}{T1} an. Nachweise (Attest, Mails) bis {d1} erbeten.",
    "3|Arbeitsbescheinigung fehlt, AG {firm} reagiert nicht. Erinnerung per Mail an {mailT}, Frist {d1}. Notfalls vorläufige Bewilligung.",
    "3|Stellenmeldung AG-S: {firm} sucht Produktionshelfer, Ansprechpartner {T1f}, {telT}. {Kd} {C} passt gut, Vorschlag versendet am {dp}.",
    "3|Qualifizierung Beschäftigter: AG {firm} will Mitarbeiter {C} zur Fachkraft weiterbilden lassen. Antrag Weiterbildungsförderung, Start {d1}.",
    "3|Arbeitslosmeldung nachgeholt, vorher Meldung online am {dp}. Personalien geprüft (Ausweis {ida}). Beschäftigungsende bei {firm} zum {d1}.",
    "3|{Kd} bezieht Teilrente? Nachweis der {body:drv} fehlt noch. Versicherungsnummer {rv} laut {dmKd}, Rentenbescheid bis {d1} nachreichen.",
    "3|Gleichzeitig Krankengeld beantragt, Krankenkasse wartet auf unsere Entscheidung. AU seit {dp}, Hausärztin {T1=f}{T1}.",
    "3|Nebeneinkommen als Hausmeister bei {firm}, 14 Std./Woche. {Kd} {Cf}, St-IdNr. {stid} für Meldung angegeben.",
    "3|Rückkehr aus Elternzeit nicht möglich, Stelle bei {firm} gestrichen. Aufhebungsvertrag vom {dp} liegt vor, Abfindung prüfen. {Kd}: {C}, geb. {bd}.",
    # --- handovers, internal chat
    "Übergabe wegen meiner Elternzeit ab {d1}: Fall {C} ({knr}) geht an {S1}. Offen: Bewerbung bei {firm}, Rückmeldung Kd. bis {d2}.",
    "Interne Nachricht von {S1}: „Kurze Frage – hast du die neue Adresse von {Cs}? Post kommt zurück.“ Antwort: {adr}.",
    "Chat Leistungsabteilung ({S1}): Kontoänderung bei {C} schon erfasst? Neue IBAN {iban}. – Ja, heute erledigt.",
    "Vertretungsvermerk: {CWs} krank, Gespräch mit {Hr} {Cs} durch {S1} geführt. Inhalte siehe unten, nächster Termin wieder bei {CWs} am {d1}.",
    # --- verbatim quotes
    "Kd. wörtlich: „Ich habe alles geschickt, per Mail an {mailS}, am {dp}, ich habe Beweis!“ Mail im Postfach nicht auffindbar, Kd. soll Screenshot bringen.",
    "F|Zitat: „Mein Mann {T1=m}{T1g} sagt, ich muss nicht arbeiten, wir haben drei Kinder.“ Gespräch über eigene Perspektive, Rollenbild angesprochen.",
    "{Kd} erzählt: „Bei uns im Dorf hat jeder Arbeit, nur hier nicht.“ Herkunftsort: {adrF}. Dort Mechaniker gewesen, keine Papiere.",
    "„Bitte rufen Sie meine Tochter an, die versteht besser“ – Tochter {T1=f}{T1=fam}{T1f}, {telT}. Einverständnis mündlich, schriftlich folgt.",
    # --- dictated and spelt values
    "Telefonat: Kd. diktiert neue Handynummer: {telD}. Zur Kontrolle zurückgelesen, stimmt.",
    "Kd. buchstabiert die Mailadresse am Telefon: {mailD}. Bestätigungsmail geht raus.",
    "Anruferin nennt Kundennummer: {knrD}. Identität über Geburtsdatum {bd} geprüft.",
    "Anruf Vater {T1=m}{T1=fam}{T1f} wegen seines Sohnes; Kundennummer lt. Anrufer {knrD}. Auskunft verweigert, keine Vollmacht.",
    "Neue Mail buchstabiert: {mailD} – E-Mail-Versand an {Cf} freigeschaltet.",
    # --- contact attempt lists
    "Kontaktversuche:\n{d1} Anruf {tel} – Mailbox\n{d2} Anruf – besetzt\n{d3} Mail an {mail} – keine Reaktion\n-> Einladung schriftlich.",
    "Erreichbarkeit schlecht. Versuche am {dp} und {d1} unter {tel}, dann über Schwester {T1=f}{T1} ({telT}) erreicht.",
    # --- court, legal aid, lawyers
    "Rechtsanwalt {T1=m}{T1} zeigt Vertretung an (Vollmacht vom {dp}). Künftig Schriftverkehr über Kanzlei, {adrO}, Fax/Tel. {telT}.",
    "Klage beim Sozialgericht zurückgenommen, Kd. hat sich mit uns geeinigt. Nur zur Info für die Akte, Verfahren erledigt.",
    # --- cars: insurance, deregistration, moving van
    "Kfz abgemeldet am {dp} (Kennzeichen {kfz}), Versicherung gekündigt. Damit entfällt auch der Beitrag, den wir abgesetzt haben.",
    "Umzug: Transporter gemietet bei {firm:Autovermietung}, Kennzeichen {kfz}. Helfer: Cousin {T1=m}{T1f} und Freund {T2=m}{T2}. Umzugskosten Pauschale bewilligt.",
    "eVB-Nummer für neues Auto liegt vor, Auto gekauft von {T1f} ({adrO}), Kaufpreis 900 €. Angemessen. Fahrzeug für Pendelstrecke zu {firm}.",
    "Blitzerfoto: Kd. bestreitet, gefahren zu sein – Halter ist der Bruder {T1=m}{T1=fam}{T1}, Kennzeichen {kfz}. Für uns nur wegen Fahrtkostenantrag relevant.",
    # --- commuting, dual household
    "Arbeitsaufnahme bei {firm} weit entfernt, doppelte Haushaltsführung? Zimmer bei {T1f}, {adrO}. Kd. pendelt am Wochenende nach Hause.",
    "Fahrtkosten für die ersten zwei Monate bewilligt, Strecke {adrS} – Betrieb {firm}. Auszahlung auf {iban}.",
    # --- residence / asylum
    "Aufenthaltstitel gilt jetzt bis {d2}, neuer eAT Nr. {ida}. Wohnsitzauflage gestrichen. Kd. darf umziehen.",
    "Anerkennung als Flüchtling laut Bescheid vom {dp}, Reiseausweis beantragt. Bisheriger Pass (Nr. {idaP}) bei der {inst:Ausländerbehörde} hinterlegt.",
    "Kd. braucht Passersatz, {kons} stellt keinen Pass aus. Identitätsklärung über Geburtsurkunde, Eltern: {T1=m}{T1f} und {T2=f}{T2f}.",
    # --- children, school
    "Sohn {T1=m}{T1=fam}{T1g} kommt in die Förderschule ({inst:Förderschule}), Schulbegleitung über Jugendamt. {Kd} deshalb vormittags nicht flexibel.",
    "Einschulung der Tochter {T1=f}{T1=fam}{T1f} (geb. {bds}) am {d1}, Schulranzen über Schulbedarfspaket. Termin danach.",
    "Zwillinge {T1=fam}{T1g} und {T2=fam}{T2g}, geb. {bdkita}, Kita-Gebühren vom {inst:Jugendamt} übernommen. {Kd} kann ab {d1} Teilzeit.",
    # --- tax
    "Steuererklärung 2024 gemacht mit Hilfe Lohnsteuerhilfeverein, Erstattung erwartet. Steuer-ID {stid}. Erstattung ist Einkommen im Zuflussmonat!",
    "Finanzamt schreibt an falsche Adresse, Kd. hat Zahlungserinnerung nie bekommen. Steueridentifikationsnummer {stid}, Adresse korrigieren lassen auf {adr}.",
    "Ehemann hat eigene Steuer-ID {stidT}, gemeinsame Veranlagung. Bescheid für {T1=m}{T1=fam}{T1f} fehlt noch.",
    # --- pension numbers
    "Kontenklärung Rentenversicherung: Lücken 2010–2013, Kd. war im Ausland ({adrF}). Versicherungsnummer {rv}. Unterlagen an die {body:drv}.",
    "SV-Ausweis verloren, neue Sozialversicherungsnummer-Bescheinigung angefordert. Nummer laut altem Arbeitsvertrag: {rv}.",
    "Mutter {gKd}, {T1=f}{T1f}, bezieht Rente, Versicherungsnr. {rvT}. Unterhaltsprüfung läuft nicht, nur Info.",
    # --- ID documents
    "Am Empfang Personalien abgeglichen, Dokument {ida}, gültig bis {d3}. Foto passt. Kd. holt Unterlagen ab.",
    "Personalausweis abgelaufen am {dp}, Kd. hat neuen beantragt ({inst:Bürgerbüro}). Vorläufiger Ausweis Nr. {idaT}.",
    "Ausweiskopie auf dem Kopierer vergessen – gehört {T1f} (Ausweisnr. {idaT}), nicht unser Kunde! Dem Empfang übergeben, Eigentümer verständigt.",
    # --- email trails
    "Von: {mailT}\nAn: {mailS}\nBetreff: Bewerbung {C}\nHallo, wir würden {Cg} gern zum Probearbeiten am {d1} einladen. Grüße {T1}",
    "Mail von Bildungsträger ({T1}, {mailT}): Teilnehmer {C} fehlt seit {dp} unentschuldigt. Bitte um Rückmeldung.",
    "Weitergeleitete Mail von {C} ({mail}): „Ich bin ab {d1} krank geschrieben, Attest folgt. Viele Grüße {Cg}“",
    "Mail an {mailS} kam als unzustellbar zurück (Postfach voll). Stattdessen {S1} angerufen, {telS}, Rückruf bis {d1} zugesagt.",
    # --- IBAN, bank
    "Kontowechsel: alte IBAN gekündigt, neue {iban}, Kontoinhaber {Cf}. Ab Zahlung {d1}.",
    "Miete direkt an Vermieterin {T1=f}{T1f}, IBAN {ibanT}. Mietvertrag und Abtretung in der Akte.",
    "Zahlung zurückgekommen: Konto {iban} aufgelöst. Kd. eröffnet neues Konto? Rückruf {tel}.",
    "Unterhalt vom Kindsvater {T1=m}{T1} kommt unregelmäßig, Überweisungen von {ibanT} gesehen. Beistandschaft Jugendamt angeregt.",
    # --- phones, mails of staff and others
    "Rückrufbitte an Kollegin {S1=f}{S1} (Reha-Team), Durchwahl {telS}, wegen gemeinsamer Fallbesprechung am {d1}.",
    "Arbeitgeberkontakt {firm}: Herr {T1=m}{T1s} will Kd. einstellen, ruft nochmal an unter {telT}. E-Mail {mailT}.",
    "Integrationsfachdienst (Frau {T1=f}{T1s}, {telT}) begleitet Kd. ab {d1} im Betrieb {firm}.",
    "Jobcoach {T1} von {firm:Bildungszentrum}: Kd. sehr motiviert, Praktikum ab {d1}. Erreichbar {mailT}.",
    # --- customer numbers, BG numbers
    "2|Post für BG {bgO} irrtümlich bei uns im Fach, gehört nicht zu {C}. Weitergeleitet.",
    "Doppelte Kundennummer gefunden: {knr} und {knrO} für dieselbe Person ({Cx}). Zusammenführung beantragt.",
    "2|Leistungsbescheid für Bedarfsgemeinschaft {bg} vom {dp} – Kd. versteht Berechnung nicht. Erklärt, Kopie mitgegeben.",
    "Unterlagen ohne Kundennummer eingegangen, über Namen zugeordnet: {C}, {adr}, Kd.-Nr. {knr}.",
    # --- addresses
    "Neue Anschrift ab {d1}: {adr}. Meldebescheinigung folgt. Namensschild am Briefkasten: {Cs}.",
    "c/o-Adresse bei Freund {T1=m}{T1f}, {adrO}, bis eigene Wohnung gefunden. Post wird dort angenommen.",
    "Wohnungsangebot der {firm:Wohnungsbau}: 2 Zimmer, {adrO}, Besichtigung {d1} mit Hausmeister {T1=m}{T1}.",
    "{Kd} hat zwei Adressen angegeben: Stammdaten {adr}, Arbeitgeber schreibt an {adrO}. Klären!",
    # --- institutions
    "Termin bei der {inst:Wohngeldstelle} wegen Wohngeld wahrgenommen, dort Ablehnung wegen Vorrang SGB II. Bescheid kommt per Post.",
    "Einladung zur Informationsveranstaltung {inst:edu}, Thema Umschulung Pflege. Kd. geht hin, Bescheinigung über Teilnahme an {mailS}.",
    "Kd. ist in Behandlung in der {inst:Tagesklinik}, Therapie dienstags und donnerstags. Termine bei uns nur montags.",
    "Lebensmittel über die {inst:Tafel}, Berechtigungsschein ausgestellt, gültig bis {d2}.",
    "Kooperation mit dem {inst:Mehrgenerationenhaus}: Sozialarbeiterin {T1=f}{T1} begleitet Kd. zu allen Terminen, Tel. {telT}.",
    # --- no personal data
    "Kd. fragt nach Weiterbildung im Bereich Lager/Logistik. Infos zu Staplerkurs und Modulen gegeben. Entscheidung bis nächste Woche.",
    "Keine Rückmeldung auf Vermittlungsvorschlag. Erinnerung per Post. Sonst nichts Neues.",
    "Gespräch 35 Min., Stimmung gut. Ziele: Führerschein, Teilzeitstelle, Deutsch B1. Hausaufgabe: drei Bewerbungen.",
    "Teambesprechung: Fall wird in der nächsten Runde vorgestellt. Fragestellung: Reha ja oder nein? Gutachten abwarten.",
    "Kd. hat den Termin selbst abgesagt (Sturm, Schulbusse fallen aus). Ersatztermin schriftlich.",
    # --- birth dates
    "Geburtsdatum im System falsch ({bdo}), richtig laut Ausweis: {bd}. Korrigiert, Leistungsabteilung informiert.",
    "Kd. gibt als Geburtsdatum {bd} an, im alten Pass steht nur das Jahr. Fiktives Datum in Stammdaten, Hinweis an {S1}.",
    "Lebenspartnerin {T1=f}{T1f}, geb. {bdo}, wohnt seit {dp} mit im Haushalt. Vermögen und Einkommen prüfen.",
    "Neugeborenes: {T1=fam}{T1f}, geb. {bdn}. Geburtsurkunde liegt vor, Aufnahme in die BG.",
    # --- misc styles: telegram-ish by trainee, colleague remarks
    "(Azubi) war mit {CWs} im Gespräch dabei. Kd. {C} will Lagerjob, hat aber kein Auto. Bus fährt erst 7:10. Frage: Mitfahrgelegenheit über Kollege {T1=m}{T1} möglich?",
    "@{S1s} kannst du bitte kurz drüberschauen? Ich bin unsicher, ob die Bewerbung bei {firm} reicht. Danke!",
    "Nachgetragen am {d1}: Vergessen zu notieren, dass Kd. am {dp} Unterlagen in den Briefkasten geworfen hat. Eingang bestätigt.",
    "Kd. bringt Kündigungsschreiben des Vermieters {T1f} wegen Eigenbedarf zum {d2}. Wohnungssuche dringend, Liste von {firm:Immobilien} mitgegeben.",
    "Kd. war mit Betreuer {T1=m}{T1} da (rechtliche Betreuung, Aufgabenkreis Vermögen). Beschluss vom {inst:Amtsgericht} in Kopie.",
    "Kurzer Anruf: {C} hat Zusage als Verkäuferin/Verkäufer bei {firm}, Start {d1}. Glückwunsch! Arbeitsvertrag nachreichen.",
    "Probearbeiten bei {firm} am {dp} abgebrochen, laut Chef {T1hr} {T1s} „kein Interesse erkennbar“. Kd. sieht das anders.",
    "Kd. schickt Foto vom Arbeitsvertrag per Mail ({mail}): Arbeitgeber {firm}, Beginn {d1}, befristet bis {d3}.",
    "Einladung zum Kennenlernen bei {firm} am {d1}, Ansprechpartnerin {T1=f}{T1}. Kd. bittet um Bewerbungskosten.",
    "Sperre Stromanbieter angedroht: Kundennummer beim Versorger nicht notiert, Versorger {firm:Energie}. Kd. {C} zahlt Rate ab {d1}.",
    # --- added for balance: vehicles
    "Fahrgemeinschaft zur Maßnahme: Fahrer ist Teilnehmer {T1=m}{T1}, Kennzeichen {kfz}. Kd. zahlt Spritgeld, keine Fahrtkosten bei uns.",
    "Fahrzeugschein vorgelegt: Halterin {T1=f}{T1f}, amtl. Kennzeichen {kfz}, Erstzulassung 2011. Kd. darf das Auto der Tante nutzen.",
    "Kfz-Steuer: Bescheid Hauptzollamt für {kfz} über 212 €, Kd. bittet um Übernahme. Abgelehnt, Fahrzeug ist nicht notwendig für Arbeit.",
    "Kd. hat den Golf verkauft ({kfz}), Käufer {T1f}, Kaufvertrag vom {dp}, 1.400 €. Erlös ist Einkommen, Anrechnung ab Folgemonat.",
    "Abschleppdienst hat das Auto ({kfz}) vom Firmenparkplatz {firm} geholt, Kd. konnte deshalb nicht zur Arbeit. Kosten trägt Kd.",
    "Parkrempler auf unserem Besucherparkplatz: Fahrzeug {kfz} beschädigt, Fahrer {T1=m}{T1} hinterlässt Zettel mit Tel. {telT}. Kd. hat Foto gemacht.",
    # --- ID documents
    "Reisepass abgelaufen, neuer Pass Nr. {idaP} ausgestellt durch: {kons}. Kopie für Arbeitgeber {firm} gefertigt.",
    "Ausweis gestohlen am {dp}, Verlustanzeige bei der {inst:Polizeiinspektion}. Alte Ausweisnummer {ida} gesperrt.",
    "Ehefrau {T1=f}{T1=fam}{T1f} zeigt ihren Ausweis ({idaT}), um die Unterlagen für die BG abzugeben.",
    "Visum im Pass (Pass-Nr. {idaP}) erlaubt Beschäftigung, Ablauf {d2}. Hinweis an Arbeitgeber {firm} gegeben.",
    # --- tax ids
    "AG {firm} fragt nach der Steuer-ID für die Anmeldung. Kd. hat sie nicht dabei, wir haben sie aus dem Antrag: {stid}. Kd. gibt sie selbst weiter.",
    "Steuerklassenwechsel nach Heirat beantragt, Steuer-IdNr. {stid}, Partner {T1f}.",
    "Tochter {T1=f}{T1=fam}{T1g} (Minijob im Café) hat eigene Steuer-ID {stidT}, Lohnabrechnung liegt vor.",
    "Bescheinigung für das Finanzamt: Leistungsbezug vom {dp} bis {d1}, Steuer-ID des Kd.: {stid}.",
    # --- pension numbers
    "Antrag Erwerbsminderungsrente bei der {body:drv} gestellt, Versicherungsnummer {rv}. Bis Entscheidung weiter bei uns, Erstattungsanspruch angemeldet.",
    "AG braucht die Sozialversicherungsnummer für die Anmeldung: {rv}. Kd. hat den Brief der Rentenversicherung nicht mehr.",
    "Rentenauskunft vom {dp} vorgelegt, VSNR {rv}, bislang 18 Beitragsjahre.",
    "Ehemann {T1=m}{T1=fam}{T1f} arbeitet in Teilzeit, SV-Nummer laut Lohnzettel {rvT}.",
    # --- household numbers
    "2|Kontoauszug: Zahlung mit Verwendungszweck BG-Nr. {bg} ging an falsches Konto. Rückforderung bei der Bank angestoßen.",
    "2|Vermieterbescheinigung ausgefüllt, als Zeichen steht {bg} oben rechts. Vermieter {T1f} will Mietzahlung direkt.",
    "2|Nebenkostenguthaben 340 €, Zuordnung zur Bedarfsgemeinschaft {bg}. Anrechnung im nächsten Monat.",
    "2|Mutter und Sohn haben zwei BG-Nummern ({bg} und {bgO}), weil Sohn über 25. Mietanteile aufteilen.",
    "2|Weiterbewilligung für BG {bg} erledigt, Bescheid am {dp} versandt. Nächster Antrag fällig zum {d2}.",
    # --- staff names
    "Termin umgebucht von {S1} auf {S2}, weil {S1s} im Urlaub ist. Kd. informiert per SMS an {tel}.",
    "Hospitation: Kollegin {S1=f}{S1} aus dem U25-Team hat beim Gespräch zugehört, Einverständnis des Kd. vorher eingeholt.",
    "Telefonnotiz für {S1}: {Hr} {Cs} bittet um Rückruf wegen Bescheid, {tel}. Gruß {S2s}",
    "Teamleiterin {TL} genehmigt Ausnahme: Bewerbungskosten über Budget, max. 260 €.",
    "Fallbesprechung mit {S1} (Leistung) und {S2} (Reha): Kd. {C} wechselt in die Reha-Betreuung ab {d1}.",
    "Ab sofort zuständig: {CW}. Vorher {S1}, die/der jetzt im Arbeitgeberservice ist.",
    "Kollege {S1=m}{S1} vom Eingangsbereich meldet: Kd. stand vor der Tür, wollte aber nicht warten.",
    # --- birth dates
    "Kd. ist am {bd} geboren – für das Förderprogramm zählt das Alter, Nachweis an {S1} weitergeleitet.",
    "Kd. stellt Geschwister vor: {T1=fam}{T1f} (geb. {bdk}) und {T2=fam}{T2f} (geb. {bdk}). Beide noch schulpflichtig.",
    "Großmutter {T1=f}{T1f}, geb. {bdo}, zieht in die Wohnung mit ein. Kein Teil der BG, eigene Rente.",
    # --- calendar-like entries with weekdays
    "Di, {d1}, 10:15 – Folgetermin {Hr} {Cs}, Raum 2.08. Mitbringen: Kontoauszüge, Mietvertrag.",
    "Termine der nächsten Wochen:\nMo {d1} Bewerbungswerkstatt\nDo {d2} Gespräch bei {firm}\nFr {d3} Rücksprache bei {CWs}",
    # --- helpers' conference
    "Helferkonferenz im Jugendamt: anwesend Schulsozialarbeiterin {T1=f}{T1}, Familienhelfer {T2=m}{T2}, Kd. und ich. Ergebnis: Kd. macht erst den Sprachkurs fertig, dann Teilzeit.",
    "Runder Tisch mit {inst:Schuldnerberatung}, {inst:Jugendamt} und uns. Protokoll führt {S1}. Nächste Runde {d1}.",
    # --- small side incomes
    "Kd. war Wahlhelfer/in bei der Kommunalwahl, Erfrischungsgeld 50 € – nicht anzurechnen. Bestätigung der Gemeinde liegt vor.",
    "Nebentätigkeit als Interviewer/in für den Mikrozensus, Honorar zahlt das Statistische Landesamt. Abrechnung ab {d1} monatlich einreichen.",
    "Kd. gibt Nachhilfe in Mathe für den Nachbarsjungen, 10 €/Std., ca. 4 Std./Monat. Eltern: {T1f}. Freibetrag, trotzdem angeben.",
    "Gewinn bei einem Preisausschreiben (Gutschein 300 €) – Kd. fragt, ob anrechenbar. Ja, einmalige Einnahme. Mitteilung an {S1}.",
    # --- foster children, naturalisation
    "2|Pflegekind in der Familie seit {dp}, Pflegegeld vom {inst:Jugendamt}, Erziehungsanteil anrechnungsfrei. Pflegekind: {T1f}, geb. {bdk}.",
    "Einbürgerung: Test „Leben in Deutschland“ bestanden, Antrag gestellt beim {inst:Landratsamt}. Hürde ist der Leistungsbezug, Kd. will deshalb dringend Arbeit.",
    "Kd. hat Einbürgerungszusicherung, muss alte Staatsangehörigkeit aufgeben. Termin bei der Auslandsvertretung ({kons}) am {d1}.",
    # --- youth justice, substitute custodial sentence
    "Jugendgerichtshilfe ({T1}, {telT}) meldet: Kd. muss 40 Sozialstunden ableisten, bei der {inst:Tafel}. Einsatzzeiten mit Maßnahme abgleichen.",
    "Ersatzfreiheitsstrafe droht (Geldstrafe nicht bezahlt). Kd. kann stattdessen gemeinnützige Arbeit leisten, Vermittlung über Gerichtshilfe, Ansprechpartnerin {T1=f}{T1f}.",
    # --- broadcasting fee, social tariffs
    "Bescheinigung für Befreiung vom Rundfunkbeitrag mitgegeben, Antrag stellt Kd. selbst. Anschrift auf der Bescheinigung: {adr}.",
    "Sozialtarif Internet: Anbieter verlangt Nachweis, wir stellen Bescheinigung aus für {Cf}, wohnhaft {adrS}.",
    # --- care home of a relative
    "Mutter {T1=f}{T1f} kommt ins Pflegeheim ({adrO}), Kd. will Wohnung der Mutter übernehmen. Mietvertrag geht auf Kd. über ab {d1}.",
    # --- youth employment agency, apprenticeship
    "Jugendberufsagentur: gemeinsames Gespräch mit Berufsberaterin {S1=f}{S1} und Kd. ({C}). Ausbildungswunsch Zahnmedizinische Fachangestellte, Praxis {T1f} hat Platz ab {d2}.",
    "Ausbildungsvertrag bei {firm} unterschrieben, Beginn {d1}, Ausbilder {T1=m}{T1}. Vertrag bei der {body:ch} eingetragen?",
    # --- labour court
    "Kündigungsschutzklage eingereicht, Gütetermin am {inst:Arbeitsgericht} am {d1}. Vertretung durch Gewerkschaftssekretär {T1=m}{T1}. Gleichwohl-Fall prüfen.",
    # --- mail signatures, links
    "Signatur aus der Mail des Trägers übernommen:\n{T1f}\nTeamleitung Integration\n{firm:Bildungszentrum}\nTel. {telT}\nE-Mail: <{mailT}>",
    "Kd. hat Bewerbung per Link geschickt, Absender <{mail}>. Lebenslauf ok, Anschreiben fehlt noch.",
    # --- busy case worker shorthand
    "TE mit KD {Cs}: AU bis {d1}, dann WV. VV {firm} abgelehnt (Schicht). EGV/KoPl anpassen. TL {TLs} informiert.",
    "KD vorgespr. wg. Umzug, neue Adr. {adr}, MV ab {d1}. KdU-Prüfung -> {S1s}.",
    "Kd tel. nicht erreichbar ({tel}), SMS geschickt. WV {d1}.",
    "AG-Kontakt {firm}, Hr. {T1=m}{T1s}: Kd. hat PA angetreten, läuft gut. Ü in Festanst. möglich ab {d1}.",
    # --- colleague from another team writes into the file
    "Eintrag Reha-Team ({S1}): Gutachten BPD liegt vor, Kd. ist vollschichtig leistungsfähig mit Einschränkungen. Rückgabe an {CW}.",
    "Vermerk der Kollegin {S1=f}{S1} (Außendienst): Klingelschild fehlte am {dp}, heute vorhanden. Wohnung {adrS} bewohnt.",
    "Hinweis Eingangszone: Kd. hat Unterlagen für den Ehemann {T1=m}{T1=fam}{T1f} mit abgegeben, Kd.-Nr. des Ehemanns {knrO}.",
    # --- customer quoted
    "Kd. am Telefon, sehr aufgeregt: „Meine Nummer ist jetzt {tel}, die alte ist weg, das Handy ist ins Wasser gefallen!“",
    "Kd. sagt wörtlich: „Ich war schon bei {inst:gov}, die schicken mich zu Ihnen, Sie schicken mich zurück.“ Zuständigkeit erklärt.",
    "O-Ton Kd.: „Mein Schwager {T1=m}{T1} hat eine Firma, da kann ich sofort anfangen.“ Firma: {firm}. Arbeitsvertrag abwarten.",
    # --- interpreter and relatives
    "Gespräch mit Dolmetscherin für Lao {T1=f}{T1}, Kd. versteht jetzt die Mitwirkungspflichten. Nächstes Mal ohne Sohn {T2=m}{T2=fam}{T2g}.",
    "Nichte {T1=f}{T1f} begleitet als Sprachmittlerin, Tel. {telT}, Mail {mailT}. Kd. einverstanden.",
    # --- addresses of employers / landlords
    "Betrieb {firm}, Sitz {adrO}, sucht Reinigungskraft 20 Std. Kd. wohnt nur 2 km entfernt. VV geschickt.",
    "Vermieter {T1f}, Anschrift {adrO}, schreibt wegen Mietrückstand von zwei Monaten. Direktzahlung der Miete ab {d1}.",
    # --- more birth dates, passports
    "Reisepass des Kindes {T1=fam}{T1g} (geb. {bdk}) abgelaufen, Pass-Nr. {idaP}. Für Klassenfahrt neuer Kinderreisepass nötig.",
    "Datenabgleich: Geburtsdatum {bd} und Name {Cp} stimmen mit Pass überein. Akte vollständig.",
    # --- more bank details
    "Kd. hat zwei Konten: Girokonto {iban} und ein altes Sparbuch. Sparbuch aufgelöst am {dp}, Betrag unter Freibetrag.",
    "Rückforderung: Kd. zahlt in Raten 30 €/Monat auf unser Konto, Einzugsermächtigung vom Konto {iban} erteilt.",
    "Abtretung an Energieversorger {firm:Energie}: Abschlag direkt auf {ibanT}, Verwendungszweck Vertragskonto (nicht notiert).",
    "Kd. kam mit Kontoauszug: Gutschrift von {T1f} (Konto {ibanT}), 500 €, Verwendungszweck „Leihe“. Darlehensvertrag fehlt.",
    # --- named bodies
    "Mitgliedsbescheinigung der {body:kk} liegt vor, Kd. ist dort seit {dp} selbst versichert. Kinder familienversichert.",
    "Kd. nimmt an einem Projekt teil, Träger: {body:other}. Ansprechpartnerin {T1=f}{T1}, {telT}. Läuft bis {d2}.",
    "Schreiben von {body:other} an {Hr} {Cs} in Kopie abgegeben, Betreff Zuschuss. Kein Handlungsbedarf bei uns.",
]
