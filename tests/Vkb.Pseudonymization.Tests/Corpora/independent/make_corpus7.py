#!/usr/bin/env python3
"""heldout7: German job-centre case-worker notes with planted personal data (balanced mix, new styles).
Python 3 stdlib only, deterministic (seed 20261206-7).  Reads names7.json, writes heldout7.jsonl,
heldout7.truth.jsonl, counts-heldout7.json and run.log."""
import json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = '20261206-7'

# ------------------------------------------------------------------ own lists (written for this split)
TOWNS = [  # name, postcode, plate code
    ('Wolfhagen', '34466', 'KS'), ('Hofgeismar', '34369', 'KS'), ('Melsungen', '34212', 'HR'), ('Bebra', '36179', 'HEF'),
    ('Sontra', '36205', 'ESW'), ('Witzenhausen', '37213', 'ESW'), ('Duderstadt', '37115', 'GÖ'), ('Herzberg am Harz', '37412', 'OHA'),
    ('Bad Lauterberg', '37431', 'OHA'), ('Seesen', '38723', 'GS'), ('Bad Gandersheim', '37581', 'NOM'), ('Einbeck', '37574', 'NOM'),
    ('Uslar', '37170', 'NOM'), ('Stadtoldendorf', '37627', 'HOL'), ('Bodenwerder', '37619', 'HOL'), ('Bad Pyrmont', '31812', 'HM'),
    ('Springe', '31832', 'H'), ('Elze', '31008', 'HI'), ('Sarstedt', '31157', 'HI'), ('Wittingen', '29378', 'GF'),
    ('Bad Bevensen', '29549', 'UE'), ('Dannenberg', '29451', 'DAN'), ('Lüchow', '29439', 'DAN'), ('Hitzacker', '29456', 'DAN'),
    ('Gardelegen', '39638', 'SAW'), ('Klötze', '38486', 'SAW'), ('Osterburg', '39606', 'SDL'), ('Havelberg', '39539', 'SDL'),
    ('Tangerhütte', '39517', 'SDL'), ('Genthin', '39307', 'JL'), ('Zerbst', '39261', 'ABI'), ('Köthen', '06366', 'ABI'),
    ('Staßfurt', '39418', 'SLK'), ('Hettstedt', '06333', 'MSH'), ('Querfurt', '06268', 'SK'), ('Nebra', '06642', 'BLK'),
    ('Zeitz', '06712', 'BLK'), ('Artern', '06556', 'KYF'), ('Bad Frankenhausen', '06567', 'KYF'), ('Ebeleben', '99713', 'KYF'),
    ('Bad Langensalza', '99947', 'UH'), ('Leinefelde-Worbis', '37327', 'EIC'), ('Dingelstädt', '37351', 'EIC'), ('Ellrich', '99755', 'NDH'),
    ('Schleusingen', '98553', 'HBN'), ('Eisfeld', '98673', 'HBN'), ('Neuhaus am Rennweg', '98724', 'SON'), ('Pößneck', '07381', 'SOK'),
    ('Schleiz', '07907', 'SOK'), ('Zeulenroda', '07937', 'GRZ'), ('Schmölln', '04626', 'ABG'), ('Meuselwitz', '04610', 'ABG'),
    ('Geithain', '04643', 'L'), ('Wurzen', '04808', 'L'), ('Oschatz', '04758', 'TDO'), ('Eilenburg', '04838', 'TDO'),
    ('Mittweida', '09648', 'FG'), ('Flöha', '09557', 'FG'), ('Marienberg', '09496', 'ERZ'), ('Schwarzenberg', '08340', 'ERZ'),
    ('Oelsnitz', '08606', 'V'), ('Reichenbach im Vogtland', '08468', 'V'), ('Werdau', '08412', 'Z'), ('Crimmitschau', '08451', 'Z'),
    ('Hohenstein-Ernstthal', '09337', 'Z'), ('Sebnitz', '01855', 'PIR'), ('Dippoldiswalde', '01744', 'PIR'), ('Bischofswerda', '01877', 'BZ'),
    ('Niesky', '02906', 'GR'), ('Weißwasser', '02943', 'GR'), ('Spremberg', '03130', 'SPN'), ('Lübbenau', '03222', 'OSL'),
    ('Finsterwalde', '03238', 'EE'), ('Bad Liebenwerda', '04924', 'EE'), ('Luckau', '15926', 'LDS'), ('Beeskow', '15848', 'LOS'),
    ('Seelow', '15306', 'MOL'), ('Bad Freienwalde', '16259', 'MOL'), ('Angermünde', '16278', 'UM'), ('Templin', '17268', 'UM'),
    ('Ueckermünde', '17373', 'VG'), ('Wolgast', '17438', 'VG'), ('Malchin', '17139', 'MSE'), ('Teterow', '17166', 'LRO'),
    ('Bützow', '18246', 'LRO'), ('Sternberg', '19406', 'LUP'), ('Lübz', '19386', 'LUP'), ('Boizenburg', '19258', 'LUP'),
    ('Gadebusch', '19205', 'NWM'), ('Grimmen', '18507', 'VR'), ('Barth', '18356', 'VR'), ('Schmallenberg', '57392', 'HSK'),
    ('Winterberg', '59955', 'HSK'), ('Marsberg', '34431', 'HSK'), ('Bad Berleburg', '57319', 'SI'), ('Kreuztal', '57223', 'SI'),
    ('Lennestadt', '57368', 'OE'), ('Plettenberg', '58840', 'MK'), ('Meinerzhagen', '58540', 'MK'), ('Halver', '58553', 'MK'),
    ('Wipperfürth', '51688', 'GM'), ('Waldbröl', '51545', 'GM'), ('Hückeswagen', '42499', 'GM'), ('Radevormwald', '42477', 'GM'),
    ('Eitorf', '53783', 'SU'), ('Adenau', '53518', 'AW'), ('Gerolstein', '54568', 'DAU'), ('Prüm', '54595', 'BIT'),
    ('Bernkastel-Kues', '54470', 'WIL'), ('Traben-Trarbach', '56841', 'WIL'), ('Simmern', '55469', 'SIM'), ('Birkenfeld', '55765', 'BIR'),
    ('Lauterecken', '67742', 'KUS'), ('Kirchheimbolanden', '67292', 'KIB'), ('Bad Bergzabern', '76887', 'SÜW'), ('Annweiler', '76855', 'SÜW'),
    ('Wörth am Rhein', '76744', 'GER'), ('Bretten', '75015', 'KA'), ('Mühlacker', '75417', 'PF'), ('Nagold', '72202', 'CW'),
    ('Horb am Neckar', '72160', 'FDS'), ('Oberndorf am Neckar', '78727', 'RW'), ('Spaichingen', '78549', 'TUT'), ('Meßkirch', '88605', 'SIG'),
    ('Bad Saulgau', '88348', 'SIG'), ('Riedlingen', '88499', 'BC'), ('Laupheim', '88471', 'BC'), ('Bad Waldsee', '88339', 'RV'),
    ('Leutkirch', '88299', 'RV'), ('Isny', '88316', 'RV'), ('Lindenberg im Allgäu', '88161', 'LI'), ('Immenstadt', '87509', 'OA'),
    ('Marktoberdorf', '87616', 'OAL'), ('Buchloe', '86807', 'OAL'), ('Peißenberg', '82380', 'WM'), ('Murnau', '82418', 'GAP'),
    ('Holzkirchen', '83607', 'MB'), ('Wasserburg am Inn', '83512', 'RO'), ('Trostberg', '83308', 'TS'), ('Traunreut', '83301', 'TS'),
    ('Freilassing', '83395', 'BGL'), ('Burghausen', '84489', 'AÖ'), ('Waldkraiburg', '84478', 'MÜ'), ('Eggenfelden', '84307', 'PAN'),
    ('Vilshofen', '94474', 'PA'), ('Grafenau', '94481', 'FRG'), ('Zwiesel', '94227', 'REG'), ('Viechtach', '94234', 'REG'),
    ('Furth im Wald', '93437', 'CHA'), ('Roding', '93426', 'CHA'), ('Nabburg', '92507', 'SAD'), ('Oberviechtach', '92526', 'SAD'),
    ('Vohenstrauß', '92648', 'NEW'), ('Kemnath', '95478', 'TIR'), ('Waldsassen', '95652', 'TIR'), ('Rehau', '95111', 'HO'),
    ('Naila', '95119', 'HO'), ('Stadtsteinach', '95346', 'KU'), ('Pegnitz', '91257', 'BT'), ('Ebermannstadt', '91320', 'FO'),
    ('Scheinfeld', '91443', 'NEA'), ('Uffenheim', '97215', 'NEA'), ('Feuchtwangen', '91555', 'AN'), ('Treuchtlingen', '91757', 'WUG'),
    ('Beilngries', '92339', 'EI'), ('Schrobenhausen', '86529', 'ND'), ('Aichach', '86551', 'AIC'), ('Krumbach', '86381', 'GZ'),
    ('Wertingen', '86637', 'DLG'), ('Oettingen', '86732', 'DON'), ('Tauberbischofsheim', '97941', 'TBB'), ('Boxberg', '97944', 'TBB'),
    ('Osterhofen', '94486', 'DEG'), ('Plattling', '94447', 'DEG'), ('Bad Kötzting', '93444', 'CHA'), ('Hemau', '93155', 'R'),
]
AREA = ['05542', '05671', '05661', '05527', '05561', '05151', '05821', '05864', '039293', '03907', '034741', '03471', '036601',
        '03447', '034262', '03727', '037296', '03765', '037603', '03522', '035931', '03576', '03563', '03531', '035365', '03344',
        '039862', '03987', '03996', '039771', '038483', '03874', '02972', '02991', '02751', '02721', '02391', '02354', '02267',
        '02291', '06691', '06551', '06763', '06351', '07252', '07452', '07423', '07581', '07564', '08332', '08342', '08856',
        '08041', '08024', '08621', '08654', '08677', '08722', '08541', '09922', '09942', '09971', '09433', '09232', '09281',
        '09261', '09241', '09162', '09842', '08252', '08282', '09341', '09932']
MOBILE = ['0151', '0152', '0155', '0157', '0159', '0160', '0162', '0163', '0170', '0171', '0172', '0173', '0174', '0175', '0176', '0177', '0178', '0179']
STREET_BASES = ['Wümme', 'Oste', 'Hunte', 'Jeetzel', 'Nuthe', 'Pulsnitz', 'Zschopau', 'Unstrut', 'Schwalm', 'Wörnitz', 'Jagst',
                'Kocher', 'Altmühl', 'Wertach', 'Achat', 'Jaspis', 'Granat', 'Feldspat', 'Glimmer', 'Bernstein', 'Orion',
                'Kassiopeia', 'Wega', 'Sirius', 'Mirabellen', 'Quitten', 'Renekloden', 'Boskoop', 'Gravensteiner', 'Sauerampfer',
                'Pimpinellen', 'Beifuß', 'Rainfarn', 'Wegwarten', 'Baldrian', 'Schafgarben', 'Tausendgülden', 'Bärlauch', 'Liebstöckel',
                'Pastinaken', 'Rübezahl', 'Kyffhäuser', 'Hesselberg', 'Ochsenkopf', 'Fichtelberg', 'Kahlenberg', 'Tonkuhlen', 'Zainhammer']
SUFFIXES = ['straße', 'str.', 'weg', 'gasse', 'ring', 'allee', 'damm', 'ufer', 'zeile', 'chaussee', 'höhe', 'graben', 'redder', 'wall', 'promenade', 'winkel']
FIXED_STREETS = ['Am Klingenberg', 'Unter den Eichen', 'Zur Alten Ziegelei', 'Neuer Markt', 'Alter Postweg', 'An der Wassermühle',
                 'Hinter den Höfen', 'Auf dem Kamp', 'Im Grund', 'Zur Viehweide', 'Am Lehmberg', 'Unterm Kirchberg', 'An den Teichen',
                 'Bei der Kapelle', 'Am Kreuzstein', 'Rosenhag', 'Hohe Leite', 'Am Galgenberg', 'Untere Torstraße', 'Obere Vorstadt',
                 'Zwischen den Toren', 'Am Zollhaus', 'Vor dem Obertor', 'Hinterm Brauhaus', 'Am Flachsacker', 'Im Krautgarten',
                 'Alte Salzstraße', 'Am Pferdemarkt', 'Auf der Bleiche', 'Ernst-Thälmann-Siedlung', 'Ringstraße Süd', 'Glück-Auf-Straße']
VILLAGES = ['Oberrodach', 'Niederkrossen', 'Kleinwaltersdorf', 'Großrückerswalde', 'Hinterhermsdorf', 'Altranft', 'Neuglobsow',
            'Wendisch Buchholz', 'Kirchsteitz', 'Obergrochlitz', 'Unterwellenborn', 'Mittelsaida', 'Dörnthal', 'Tautenhain',
            'Rothenkirchen', 'Haselbrunn', 'Gottesgab', 'Kunnersdorf', 'Wüstenbrand', 'Schönfließ', 'Mönchröden', 'Wallerfing',
            'Haidmühle', 'Rappottenstein', 'Eichenzell-Löschenrod', 'Bischofsreut', 'Tiefenbach-Ast', 'Lindenhardt', 'Kirchahorn', 'Vilsegg']
INST_TYPES = ['Bürgerbüro', 'Standesamt', 'Familienkasse', 'Erziehungsberatungsstelle', 'Schuldnerberatung', 'Suchtberatungsstelle',
              'Kreisjugendamt', 'Sozialamt', 'Ordnungsamt', 'Gesundheitsamt', 'Versorgungsamt', 'Zollamt', 'Finanzamt', 'Arbeitsgericht',
              'Landgericht', 'Verwaltungsgericht', 'Amtsgericht', 'Landratsamt', 'Stadtverwaltung', 'Gemeindeverwaltung',
              'Integrationsfachdienst', 'Frauenhaus', 'Klinikum', 'Kreiskrankenhaus', 'Berufsschule', 'Volkshochschule',
              'Polizeiinspektion', 'Polizeirevier', 'Bewährungshilfe', 'Jugendgerichtshilfe', 'Tafel', 'Wohnungsamt',
              'Ausländerbehörde', 'Kfz-Zulassungsstelle', 'Musikschule', 'Stadtbibliothek', 'Fachklinik', 'Tagesklinik',
              'Obdachlosenhilfe', 'Kleiderkammer', 'Sozialstation', 'Berufsförderungswerk', 'Berufsbildungswerk',
              'Agentur für Arbeit', 'Jobcenter', 'Kreishandwerkerschaft', 'Stadtwerke', 'Wohnungsbaugenossenschaft']
INST_ABBR = ['LRA', 'AG', 'SG', 'LG', 'ArbG', 'VG', 'FA', 'JA', 'GA', 'PI', 'VHS', 'BBS', 'IFD', 'JC', 'AA', 'ABH']
INST_FRAMES = ['Caritasverband für den Landkreis {t}', 'Diakonisches Werk {t}', 'AWO-Kreisverband {t}', 'Migrationsberatung des DRK {t}',
               'Evangelische Familienbildungsstätte {t}', 'Katholische Jugendfürsorge {t}', 'Kinder- und Jugendpsychiatrie {t}',
               'Sozialpädagogische Familienhilfe {t}', 'BAMF-Außenstelle {t}', 'Kreisverwaltung {t}', 'Amt {t}',
               'Hort der Grundschule {t}', 'Regelschule {t}', 'Förderschule {t}', 'Gesamtschule {t}', 'Oberschule {t}',
               'Seniorenzentrum {t}', 'Pflegestützpunkt {t}', 'Mieterverein {t}', 'Verbraucherzentrale Beratungsstelle {t}']
NAMED_BODIES = ['BKK firmus', 'Audi BKK', 'Bergische Krankenkasse', 'mkk – meine krankenkasse', 'Heimat Krankenkasse', 'BKK24',
                'vivida bkk', 'energie-BKK', 'Salus BKK', 'BKK Pfalz', 'IKK Südwest', 'IKK gesund plus', 'IKK Brandenburg und Berlin',
                'DRV Knappschaft-Bahn-See', 'DRV Braunschweig-Hannover', 'DRV Mitteldeutschland', 'DRV Oldenburg-Bremen',
                'DRV Schwaben', 'DRV Hessen', 'BG ETEM', 'BGHW', 'BGN', 'BG Verkehr', 'SVLFG', 'Johanniter-Unfall-Hilfe',
                'Arbeiter-Samariter-Bund', 'Bahnhofsmission', 'Paritätischer Wohlfahrtsverband', 'Sozialverband VdK', 'SoVD',
                'Bundesamt für Migration und Flüchtlinge', 'Deutsche Angestellten-Akademie', 'Kolping Bildungswerk', 'BKK Diakonie',
                'Novitas BKK', 'Debeka BKK', 'BKK Scheufelen', 'Familienkasse Sachsen', 'Familienkasse Bayern Süd', 'Unfallkasse Thüringen']
KITAS = ['Kita Spatzennest', 'Kita Kunterbunt', 'Kindergarten St. Martin', 'Kita Sternschnuppe', 'Kita Zwergenland', 'Kita Regenbogenland',
         'Kinderkrippe Mäuseburg', 'Kita Löwenzahn', 'Kita Schatzkiste']
SCHOOLS = ['Oberschule am Wasserturm', 'Grundschule an der Linde', 'Förderzentrum Lernen', 'Albert-Schweitzer-Schule', 'Pestalozzischule',
           'Käthe-Kollwitz-Gymnasium', 'Staatliche Berufsschule II', 'Mittelschule am Hopfengarten', 'Johann-Gottfried-Herder-Schule', 'Comenius-Realschule']
CLINICS = ['Helios Klinikum', 'Sana Kliniken', 'Median Klinik', 'Schön Klinik', 'Vitos Klinik', 'Alexianer Krankenhaus', 'SRH Klinikum', 'Oberberg Fachklinik']
CONSULATES = ['Honorarkonsulat der Republik Madagaskar in {t}', 'Generalkonsulat der Republik Irak in Frankfurt am Main',
              'Konsulat der Republik Kamerun', 'Botschaft des Königreichs Kambodscha', 'Generalkonsulat von Peru in Hamburg',
              'Botschaft der Mongolei', 'Generalkonsulat der Republik Tunesien in Bonn', 'Botschaft von Bolivien',
              'Konsularabteilung der Botschaft von Fidschi', 'Generalkonsulat der Republik Kasachstan in Frankfurt']
BRANDS = ['NKD', 'Action', 'Thomas Philipps', 'Zeeman', 'Norma', 'Globus', 'Hornbach', 'Hagebaumarkt', 'Sonderpreis Baumarkt', 'Jysk',
          'Ernsting\'s family', 'Kodi', 'Mäc-Geiz', 'Getränke Hoffmann', 'Trinkgut', 'Fressnapf', 'Das Futterhaus', 'Burger King',
          'Nordsee', 'Kamps', 'Ditsch', 'Backwerk', 'Deichmann', 'Orizon', 'Persona service', 'Tempton', 'Piening', 'DIS AG',
          'Manpower', 'Hays', 'Timepartner', 'I.K. Hofmann', 'Dussmann Service', 'Klüh', 'Piepenbrock', 'WISAG', 'Sodexo',
          'Apleona', 'Stölting', 'Wackler', 'Amazon Logistik', 'GLS', 'DPD', 'Getir', 'Flink', 'Lieferando', 'Zalando Logistics']
COMPANY_WORDS = ['Nordlicht', 'Lindwurm', 'Morgentau', 'Wiesengrund', 'Steinbock', 'Windrose', 'Ackerland', 'Sonnentau', 'Mühlrad',
                 'Heidekraut', 'Eisvogel', 'Bergkristall', 'Feuervogel', 'Fuchsbau', 'Talsperre', 'Brückenbau', 'Tannenhof', 'Kornblume',
                 'Schwalbennest', 'Hirschgrund', 'Silberdistel', 'Wolkenlos', 'Grünspecht', 'Rabenstein']
TRADES = ['Gebäudereinigung', 'Garten- und Landschaftsbau', 'Dachdeckerei', 'Fliesenleger', 'Spedition', 'Kurierdienst', 'Hausmeisterservice',
          'Pflegedienst', 'Autohaus', 'Metallbau', 'Tischlerei', 'Elektrotechnik', 'Sanitärtechnik', 'Lagerlogistik', 'Call-Center',
          'Event-Catering', 'Fahrschule', 'Malerwerkstatt', 'Backstube', 'Fleischerei', 'Umzugsservice', 'Wäscherei', 'Sicherheitsdienst',
          'Landmaschinen', 'Holzbau', 'Textilreinigung']
SHOPS = ['Imbiss', 'Änderungsschneiderei', 'Handyladen', 'Spätkauf', 'Nagelstudio', 'Friseursalon', 'Döner-Grill', 'Blumenladen', 'Eiscafé', 'Teestube']
LEGAL = ['GmbH', 'UG (haftungsbeschränkt)', 'GmbH & Co. KG', 'e.K.', 'AG', 'KG', 'OHG', 'eG', 'SE', 'gGmbH', 'GbR', 'GmbH & Co. KGaA',
         'KGaA', 'e.Kfm.', 'e.Kfr.', 'mbH & Co. KG', 'B.V.', 'Sp. z o.o.', 'S.R.L.', 's.r.o.', 'Kft.', 'ApS', 'GmbH i.L.', 'GmbH i. Gr.', 'gUG', 'PartGmbB']


def candidates():
    """(string, prefix?) pairs of my own pool candidates, for the disjointness filter in extract_names7.py."""
    out = [(t[0], False) for t in TOWNS] + [(b, True) for b in STREET_BASES] + [(f, False) for f in FIXED_STREETS]
    out += [(v, False) for v in VILLAGES] + [(b, False) for b in NAMED_BODIES] + [(k, False) for k in KITAS]
    out += [(s, False) for s in SCHOOLS] + [(c, False) for c in CLINICS] + [(b, False) for b in BRANDS]
    out += [(w, True) for w in COMPANY_WORDS] + [(c.replace(' in {t}', '').replace('{t}', '').strip(), False) for c in CONSULATES]
    return out

# ------------------------------------------------------------------ check digits
def iban_check(cc, bban):
    s = ''.join(str(int(c, 36)) for c in (bban + cc + '00').upper())
    return '%02d' % (98 - int(s) % 97)


def iban_valid(iban):
    iban = re.sub(r'[\s.\-/]', '', iban).upper()
    s = ''.join(str(int(c, 36)) for c in iban[4:] + iban[:4])
    return int(s) % 97 == 1


def taxid_check(d10):
    p = 10
    for c in d10:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    c = 11 - p
    return '0' if c == 10 else str(c)


def taxid_valid(t):
    t = re.sub(r'[\s.\-/]', '', t)
    if len(t) != 11 or not t.isdigit() or t[0] == '0':
        return False
    from collections import Counter
    cnt = Counter(t[:10])
    multi = [d for d, n in cnt.items() if n > 1]
    if len(multi) != 1 or cnt[multi[0]] > 3:
        return False
    if cnt[multi[0]] == 3 and multi[0] * 3 in t[:10]:
        return False
    return taxid_check(t[:10]) == t[10]


RV_W = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]


def rv_check(area, ddmmyy, letter, serial):
    digits = area + ddmmyy + '%02d' % (ord(letter.upper()) - 64) + serial
    s = sum(sum(int(x) for x in str(int(d) * w)) for d, w in zip(digits, RV_W))
    return str(s % 10)


def rv_valid(r):
    r = re.sub(r'[\s.\-/]', '', r).upper()
    return len(r) == 12 and rv_check(r[:2], r[2:8], r[8], r[9:11]) == r[11]


ID_ALPHA = '0123456789CFGHJKLMNPRTVWXYZ'


def id_check(s9):
    return str(sum(int(c, 36) * (7, 3, 1)[i % 3] for i, c in enumerate(s9.upper())) % 10)


def id_valid(s):
    s = re.sub(r'[\s.\-/]', '', s).upper()
    return len(s) == 10 and all(c in ID_ALPHA for c in s[:9]) and id_check(s[:9]) == s[9]


def self_test():
    assert taxid_valid('86095742719') and taxid_valid('47036892816')
    assert rv_check('15', '070649', 'C', '10') == '3'
    assert id_check('T22000129') == '3'
    assert iban_valid('DE89370400440532013000') and iban_valid('GB82WEST12345698765432')


# ------------------------------------------------------------------ spoken numbers (speech-recognition notes)
ONES = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn',
        'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn']
TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig']
MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']


def num_word(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        o = n % 10
        return (('ein' if o == 1 else ONES[o]) + 'und' if o else '') + TENS[n // 10]
    if n < 1000:
        h = n // 100
        return ('ein' if h == 1 else ONES[h]) + 'hundert' + (num_word(n % 100) if n % 100 else '')
    if n < 2000:
        return 'neunzehnhundert' + (num_word(n % 100) if n % 100 else '') if n >= 1900 else 'tausend' + num_word(n % 1000)
    return 'zweitausend' + (num_word(n % 1000) if n % 1000 else '')


def ordinal(n):
    w = {1: 'erste', 3: 'dritte', 7: 'siebte', 8: 'achte'}.get(n)
    if w:
        return w
    base = num_word(n)
    return base + ('ste' if n >= 20 else 'te')


def digits_spoken(ds, rng):
    out, i = [], 0
    while i < len(ds):
        if ds[i] != '0' and i + 1 < len(ds) and rng.random() < 0.35:
            out.append(num_word(int(ds[i:i + 2]))); i += 2
        else:
            out.append(ONES[int(ds[i])]); i += 1
    return ' '.join(out)


# ------------------------------------------------------------------ pools from names7.json
def fold_ascii(s):
    s = s.replace('ß', 'ss').replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('Ä', 'Ae').replace('Ö', 'Oe').replace('Ü', 'Ue')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


class Pools:
    ORIGINS = {'or_IN': 26, 'ta_IN': 14, 'bn_BD': 10, 'gu_IN': 3, 'ku_own': 9, 'mg_own': 10, 'km_own': 8, 'zgh_own': 7, 'pac_own': 7, 'qu_own': 6}

    def __init__(self, path):
        d = json.load(open(path, encoding='utf-8'))
        self.drop = set(d['_droppedPoolCandidates'])
        self.src = {k: v for k, v in d.items() if not k.startswith('_')}
        self.sur_all = sorted({s for v in self.src.values() for s in v['s']})
        self.towns = [t for t in TOWNS if t[0] not in self.drop]
        self.bases = [b for b in STREET_BASES if b not in self.drop]
        self.fixed = [f for f in FIXED_STREETS if f not in self.drop]
        self.villages = [v for v in VILLAGES if v not in self.drop]
        self.bodies = [b for b in NAMED_BODIES if b not in self.drop]
        self.kitas = [k for k in KITAS if k not in self.drop]
        self.schools = [s for s in SCHOOLS if s not in self.drop]
        self.clinics = [c for c in CLINICS if c not in self.drop]
        self.brands = [b for b in BRANDS if b not in self.drop]
        self.cwords = [w for w in COMPANY_WORDS if w not in self.drop]
        self.consulates = [c for c in CONSULATES if c.replace(' in {t}', '').replace('{t}', '').strip() not in self.drop]

    def given(self, rng, g):
        o = rng.choices(list(self.ORIGINS), weights=list(self.ORIGINS.values()))[0]
        L = self.src[o][g] or self.src[o]['m' if g == 'f' else 'f']
        return rng.choice(L)

    def surname(self, rng):
        o = rng.choices(list(self.ORIGINS), weights=list(self.ORIGINS.values()))[0]
        L = self.src[o]['s'] or self.sur_all
        s = rng.choice(L)
        if rng.random() < 0.05:
            s2 = rng.choice(self.sur_all)
            if s2 != s:
                s = s + '-' + s2
        return s


class Person:
    def __init__(self, pools, rng, g=None, surname=None):
        self.g = g or rng.choice('mf')
        self.given = pools.given(rng, self.g)
        if rng.random() < 0.04:
            g2 = pools.given(rng, self.g)
            if g2 != self.given:
                self.given += '-' + g2
        self.sur = surname or pools.surname(rng)
        self.birth = None

    def form(self, f, rng):
        G, S = self.given, self.sur
        if f == 's':
            return S
        if f == 'g':
            return G
        if f == 'b':
            return self.birth or S
        if f is None:
            f = rng.choices(['f', 'r', 'i', 'cs', 'o', 'sg', 'u'], [44, 14, 10, 9, 8, 8, 3])[0]
        return {'f': f'{G} {S}', 'r': f'{S}, {G}', 'i': f'{G[0]}. {S}', 'cs': f'{G} {S.upper()}', 'o': f'{S.upper()}, {G}',
                'sg': f'{S} {G}', 'u': f'{G} {S}'.upper()}[f]


# ------------------------------------------------------------------ value renderers
import datetime as _dt

IBAN_FMT = {  # country: bban builder
    'DE': lambda r: ''.join(r.choice('0123456789') for _ in range(18)),
    'AT': lambda r: ''.join(r.choice('0123456789') for _ in range(16)),
    'CH': lambda r: ''.join(r.choice('0123456789') for _ in range(17)),
    'LU': lambda r: ''.join(r.choice('0123456789') for _ in range(16)),
    'LT': lambda r: ''.join(r.choice('0123456789') for _ in range(16)),
    'GB': lambda r: r.choice(['NWBK', 'BARC', 'LOYD', 'MIDL']) + ''.join(r.choice('0123456789') for _ in range(14)),
    'IE': lambda r: r.choice(['AIBK', 'BOFI']) + ''.join(r.choice('0123456789') for _ in range(14)),
    'GR': lambda r: ''.join(r.choice('0123456789') for _ in range(23)),
    'CY': lambda r: ''.join(r.choice('0123456789') for _ in range(24)),
    'TR': lambda r: ''.join(r.choice('0123456789') for _ in range(5)) + '0' + ''.join(r.choice('0123456789') for _ in range(16)),
    'NL': lambda r: r.choice(['ABNA', 'INGB', 'RABO', 'SNSB']) + ''.join(r.choice('0123456789') for _ in range(10)),
}
FOREIGN_PHONE = [('+261', 9), ('+855', 9), ('+51', 9), ('+591', 8), ('+676', 7), ('+685', 7), ('+679', 7), ('+213', 9), ('+212', 9),
                 ('+91', 10), ('+880', 10), ('+976', 8), ('+7', 10), ('+43', 10), ('+41', 9), ('+33', 9)]


def en_suf(d):
    return 'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')


def grp(s, n, sep=' '):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


class Gen:
    def __init__(self, pools, rng):
        self.P, self.r = pools, rng

    # dates
    def rand_date(self, y0=2023, y1=2025):
        a = _dt.date(y0, 1, 1).toordinal()
        b = _dt.date(y1, 12, 28).toordinal()
        return _dt.date.fromordinal(self.r.randint(a, b))

    def date_text(self, d, form=None, spoken=False, noyear=False):
        r = self.r
        if spoken:
            if noyear:
                return f'{ordinal(d.day)}n {MONTHS[d.month - 1]}' if r.random() < 0.6 else f'{ordinal(d.day)}r {ordinal(d.month)}r'
            y = num_word(d.year)
            return r.choice([f'{ordinal(d.day)}n {MONTHS[d.month - 1]} {y}', f'{ordinal(d.day)}r {ordinal(d.month)}r {y}',
                             f'{ordinal(d.day)}r {MONTHS[d.month - 1]} {y}'])
        D, M, Y = d.day, d.month, d.year
        if noyear:
            return r.choice([f'{D:02d}.{M:02d}.', f'{D}. {MONTHS[M - 1]}', f'{D}.{M}.', f'{D}ten {MONTHS[M - 1]}', f'{D:02d}.{M:02d}',
                             f'{D}.{ROMAN[M - 1]}.', f'{D} {MON_EN[M - 1][:3]}', f'{D}. {MONTHS[M - 1][:3]}.'])
        forms = [f'{D:02d}.{M:02d}.{Y}', f'{D:02d}.{M:02d}.{Y % 100:02d}', f'{D}.{M}.{Y}', f'{D}.{M}.{Y % 100:02d}',
                 f'{D}. {MONTHS[M - 1]} {Y}', f'{D} {MONTHS[M - 1]} {Y}', f'{Y}-{M:02d}-{D:02d}', f'{D}.{ROMAN[M - 1]}.{Y}',
                 f'{D}. {ROMAN[M - 1]}. {Y % 100:02d}', f'{D} {MON_EN[M - 1][:3]} {Y}', f'{MON_EN[M - 1]} {D}{en_suf(D)}, {Y}',
                 f'{D}{en_suf(D)} of {MON_EN[M - 1]} {Y}', f'{Y}.{M:02d}.{D:02d}', f'{Y}/{M:02d}/{D:02d}', f'{D:02d}_{M:02d}_{Y}',
                 f'{D}. {MONTHS[M - 1][:3]}. {Y % 100:02d}', f'{D}.{MONTHS[M - 1][:3]}.{Y}', f'{D:02d}/{M:02d}/{Y % 100:02d}',
                 f'{D:02d} . {M:02d} . {Y}', f'{D:02d}.{M:02d}.{Y}r'[:-1], f'{M:02d}/{D:02d}/{Y}']
        if form is not None:
            return forms[form]
        return r.choice(forms)

    # phones
    def landline(self):
        return self.r.choice(AREA), ''.join(self.r.choice('0123456789') for _ in range(self.r.randint(4, 7))).lstrip('0') or '4711'

    def phone_text(self, area, sub, spoken=False):
        r = self.r
        a = area[1:]
        if spoken:
            return digits_spoken(area + sub, r)
        return r.choice([f'{area} {sub}', f'{area}/{sub}', f'({area}) {grp(sub, 2)}', f'+49 {a} {sub}', f'+49 (0) {a} {sub}',
                         f'0049 {a} {sub}', f'{area}-{sub}', f'{area} – {grp(sub, 2)}', f'+49-{a}-{sub}', f'+49.{a}.{sub}',
                         f'{grp(area, 2)} / {grp(sub, 2)}', f'+49 ({a}) {sub}', f'{area} {grp(sub, 3)}', f'{area}{sub}',
                         f'+49{a}{sub}', f'{area}.{sub}', f'Tel. {area} {sub}'[5:]])

    def mobile(self):
        return self.r.choice(MOBILE), ''.join(self.r.choice('0123456789') for _ in range(self.r.choice([7, 8])))

    def foreign_phone(self):
        cc, n = self.r.choice(FOREIGN_PHONE)
        num = str(self.r.randint(1, 9)) + ''.join(self.r.choice('0123456789') for _ in range(n - 1))
        return self.r.choice([f'{cc} {num}', f'{cc} {grp(num, 3)}', f'00{cc[1:]} {num}', f'({cc}) {grp(num, 2)}', f'{cc}-{num}',
                              f'{cc}{num}', f'{cc} {num[:2]} {num[2:]}'])

    # identifiers
    def iban(self, cc='DE'):
        bban = IBAN_FMT[cc](self.r)
        return cc + iban_check(cc, bban) + bban

    def iban_text(self, ib):
        r = self.r
        f = r.choice(['compact', 'g4', 'g4', 'lc', 'mixed', 'shift', 'cc', 'wrap', 'g4dash', 'dots', 'blz'])
        if f == 'compact':
            return ib
        if f == 'g4':
            return grp(ib, 4)
        if f == 'lc':
            return grp(ib, 4).lower() if r.random() < 0.5 else ib.lower()
        if f == 'mixed':
            return ib[0] + ib[1].lower() + ib[2:4] + ' ' + grp(ib[4:], 4)
        if f == 'shift':
            return ib[:2] + ' ' + grp(ib[2:], 4)
        if f == 'cc':
            return ib[:2] + ' ' + ib[2:4] + ' ' + grp(ib[4:], 4)
        if f == 'wrap':
            g = grp(ib, 4).split(' ')
            k = r.randint(2, len(g) - 2)
            return ' '.join(g[:k]) + '\n' + ' '.join(g[k:])
        if f == 'g4dash':
            return grp(ib, 4, ' - ')
        if f == 'dots':
            return grp(ib, 4, ' . ') if r.random() < 0.3 else grp(ib, 5)
        if ib.startswith('DE'):
            return f'{ib[:4]} {ib[4:7]} {ib[7:10]} {ib[10:12]} {ib[12:]}'
        return grp(ib, 4)

    def taxid(self):
        r = self.r
        while True:
            ds = [str(r.randint(1, 9))] + [str(r.randint(0, 9)) for _ in range(9)]
            t = ''.join(ds)
            t = t + taxid_check(t)
            if taxid_valid(t):
                return t

    def taxid_text(self, t, spoken=False):
        if spoken:
            return digits_spoken(t, self.r)
        return self.r.choice([t, f'{t[:3]} {t[3:6]} {t[6:9]} {t[9:]}', f'{t[:4]} {t[4:8]} {t[8:]}', f'{t[:2]}/{t[2:5]}/{t[5:8]}/{t[8:]}',
                              f'{t[:8]} {t[8:]}', f'{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}', f'{t[:5]}-{t[5:]}'])

    def rv(self, bd, birth_sur, female):
        area = self.r.choice(['02', '03', '04', '08', '09', '10', '11', '12', '13', '15', '16', '17', '18', '19', '20', '21', '23', '24', '25', '26', '28', '29', '38', '39', '40', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52', '53', '54', '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '65', '66', '67', '68', '69', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79', '80', '81', '82', '89'])
        dm = bd.strftime('%d%m%y')
        L = fold_ascii(birth_sur)[0].upper()
        if not L.isalpha():
            L = 'X'
        serial = '%02d' % (self.r.randint(50, 99) if female else self.r.randint(0, 49))
        return area + dm + L + serial + rv_check(area, dm, L, serial)

    def rv_text(self, v):
        a, d, L, s = v[:2], v[2:8], v[8], v[9:]
        return self.r.choice([f'{a}-{d}-{L}-{s}', f'{a}.{d}.{L}.{s}', f'{a} {d[:2]} {d[2:4]} {d[4:]} {L} {s}', f'{a} {d} {L.lower()} {s}',
                              f'{a} {d}-{L}-{s}', f'{a}{d} {L} {s}', f'{a} {d} {L} {s[:2]} {s[2]}', v, f'{a} {d}{L}{s}'])

    def idcard(self, passport=False):
        first = self.r.choice('CFGHJK' if passport else 'LMNPRTVWXYZ')
        s = first + ''.join(self.r.choice(ID_ALPHA) for _ in range(8))
        return s + id_check(s)

    def id_text(self, v, spoken=False):
        if spoken:
            return ' '.join(ONES[int(c)] if c.isdigit() else c for c in v)
        return self.r.choice([v, v.lower(), f'{v[:9]}/{v[9]}', f'{v[:3]}.{v[3:6]}.{v[6:9]}.{v[9]}', f'{v[:3]} {v[3:6]} {v[6:9]} {v[9]}',
                              f'{v[:5]} {v[5:]}', f'{v[:9]}-{v[9]}', f'{v[:4]}-{v[4:8]}-{v[8:]}'])

    def plate(self, code=None):
        r = self.r
        code = code or r.choice(self.P.towns)[2]
        letters = ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(r.choice([1, 2, 2])))
        num = str(r.randint(1, 9999 if len(code) + len(letters) < 5 else 999))
        suf = r.choice(['', '', '', '', 'E', 'H'])
        c2 = code.replace('Ö', 'OE').replace('Ü', 'UE').replace('Ä', 'AE') if r.random() < 0.3 else code
        f = r.choice([f'{c2}-{letters} {num}{suf}', f'{c2} {letters} {num}{suf}', f'{c2}–{letters} {num}{suf}', f'{c2} - {letters} {num}{suf}',
                      f'{c2}-{letters}{num}{suf}', f'{c2}:{letters} {num}{suf}', f'{c2} {letters}-{num}{suf}', f'{c2}-{letters}-{num}{suf}'])
        return f.lower() if r.random() < 0.1 else f

    def foreign_plate(self):
        r = self.r
        n3 = lambda: str(r.randint(100, 999))
        L = lambda k: ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(k))
        return r.choice([f'GU-{n3()}{L(2)}', f'W-{r.randint(10000, 99999)}{L(1)}', f'ZH {r.randint(10000, 999999)}', f'{L(2)}-{n3()}-{L(2)}',
                         f'{r.randint(1, 9)}{L(2)} {r.randint(1000, 9999)}', f'{n3()} {L(3)} 02', f'{L(3)}-{n3()}', f'{r.randint(1000, 9999)} {L(3)}'])

    def custno_text(self, v, spoken=False):
        a, b = v[:3], v[4:]
        if spoken:
            return digits_spoken(a, self.r) + ' D ' + digits_spoken(b, self.r)
        return self.r.choice([v, f'{a}-D-{b}', f'{a}/D/{b}', f'{a} D {b[:3]} {b[3:]}', v.lower(), f'{a}D/{b}', f'{a} D-{b}', f'{a}-D{b}', f'{a}D {b}'])

    def bg_text(self, v):
        a, b = v[:5], v[7:]
        return self.r.choice([v, f'{a}/BG/{b}', f'{a} BG {b[:3]} {b[3:5]} {b[5:]}', f'{a} bg {b}', f'{a}BG-{b}', f'{a} BG {b}', f'{a}-BG{b}', f'{a}·BG·{b}'])

    # addresses
    def street(self):
        r = self.r
        if r.random() < 0.3 and self.P.fixed:
            return r.choice(self.P.fixed)
        b, s = r.choice(self.P.bases), r.choice(SUFFIXES)
        if s == 'straße' and r.random() < 0.25:
            s = r.choice(['strasse', '-Straße', ' Straße'])
        if s.startswith((' ', '-')):
            return b + s
        return b + s

    def number(self):
        r = self.r
        n = str(r.randint(1, 140))
        return r.choice([n, n, n, n + r.choice('abcd'), f'{n} {r.choice("ABC")}', f'{n}-{int(n) + 2}', f'{n}/{int(n) + 2}', f'Nr. {n}'])

    UNITS = [', 3. OG links', ' / 2. OG', ', App. 14', ', Whg. 5', ', EG rechts', ', Hinterhaus', ', 1. Etage Mitte', ' (2. OG re.)',
             ', Wohnung 11', ', Dachgeschoss', ', Seiteneingang', ' – Hofgebäude', ', Etage 4']

    def addr(self, street=None, num=None, town=None, form=None):
        r = self.r
        st = street or self.street()
        nu = num or self.number()
        t = town or r.choice(self.P.towns)
        base = f'{st} {nu}' if r.random() < 0.93 else f'{st}\n{nu}'
        if r.random() < 0.15:
            base += r.choice(self.UNITS)
        f = form or r.choice(['s', 'plz', 'plz', 'in', 'town', 'nl', 'dot', 'semi', 'plzfirst', 'townfirst', 'village', 'foreign', 'plain'])
        if f == 's':
            return base
        if f == 'plz':
            return f'{base}, {t[1]} {t[0]}'
        if f == 'in':
            return f'{base} in {t[1]} {t[0]}'
        if f == 'town':
            return f'{base}, {t[0]}'
        if f == 'nl':
            return f'{base}\n{t[1]} {t[0]}'
        if f == 'dot':
            return f'{base} · {t[1]} {t[0]}'
        if f == 'semi':
            return f'{base}; {t[1]} {t[0]}'
        if f == 'plzfirst':
            return f'{t[1]} {t[0]}, {base}'
        if f == 'townfirst':
            return f'{t[0]}, {base}'
        if f == 'village' and self.P.villages:
            v = r.choice(self.P.villages)
            return r.choice([f'{v} Nr. {r.randint(1, 60)} (Gem. {t[0]})', f'{t[1]} {t[0]} – {v}, {base}', f'{base}, {v} bei {t[0]}',
                             f'Ortsteil {v}, {base}'])
        if f == 'foreign':
            return self.foreign_addr()
        return f'{base} {t[1]} {t[0]}'

    def foreign_addr(self):
        r = self.r
        n = r.randint(2, 180)
        return r.choice([f'Lot II M {n} Bis, Antananarivo 101', f'Street {n * 3}, Sangkat Tuol Tumpung, Phnom Penh',
                         f'Jr. Huallaga {n * 2}, Cercado de Lima', f'Calle Sagárnaga {n}, La Paz', f'{n} Rue Didouche Mourad, 16000 Alger',
                         f'Derb Sidi Bouloukat {n}, Marrakech', f'Plot No. {n}, Saheed Nagar, Bhubaneswar 751007',
                         f'House {n}, Road {r.randint(1, 27)}, Dhanmondi, Dhaka 1205', f'Lot {n} Ratu Sukuna Road, Suva',
                         f'ul. Abaja {n}, kv. {r.randint(1, 90)}, Almaty', f'Hauptplatz {n}/{r.randint(1, 4)}/{r.randint(1, 20)}, 8010 Graz',
                         f'Gulan Street {n}, Erbil', f'{n}, Rue des Tanneurs, 1000 Bruxelles', f'Avenida Arequipa {n * 10}, Miraflores, Lima'])

    # institutions / companies
    SUB = {'k': ['Berufsschule', 'Volkshochschule', 'Musikschule'], 'm': ['Klinikum', 'Kreiskrankenhaus', 'Fachklinik', 'Tagesklinik', 'Gesundheitsamt'],
           'g': ['Amtsgericht', 'Landgericht', 'Arbeitsgericht', 'Verwaltungsgericht', 'Sozialgericht'],
           'a': ['Bürgerbüro', 'Standesamt', 'Ordnungsamt', 'Landratsamt', 'Stadtverwaltung', 'Gemeindeverwaltung', 'Ausländerbehörde',
                 'Kfz-Zulassungsstelle', 'Wohnungsamt', 'Sozialamt'],
           'p': ['Polizeiinspektion', 'Polizeirevier', 'Polizeistation', 'Kriminalpolizeiinspektion']}

    def institution(self, sub=None):
        r = self.r
        t = r.choice(self.P.towns)[0]
        if sub == 'k':
            k = r.random()
            if k < 0.35 and self.P.kitas:
                return r.choice(self.P.kitas) + (f' in {t}' if r.random() < 0.3 else '')
            if k < 0.7 and self.P.schools:
                return r.choice(self.P.schools) + (f' {t}' if r.random() < 0.4 else '')
            return r.choice(['Hort der Grundschule {t}', 'Regelschule {t}', 'Förderschule {t}', 'Gesamtschule {t}', 'Oberschule {t}',
                             'Grundschule {t}', 'Kita {t}-Mitte', 'Evangelische Kita {t}']).format(t=t)
        if sub == 'm':
            if r.random() < 0.35 and self.P.clinics:
                return f'{r.choice(self.P.clinics)} {t}'
            return r.choice([f'{r.choice(self.SUB["m"])} {t}', f'Kinder- und Jugendpsychiatrie {t}', f'Sozialpsychiatrische Ambulanz {t}'])
        if sub == 'g':
            return r.choice([f'{r.choice(self.SUB["g"])} {t}', f'{r.choice(["AG", "SG", "LG", "ArbG"])} {t}',
                             f'Amtsgericht – Familiengericht – {t}', f'Amtsgericht {t} (Insolvenzgericht)', f'Landgericht {t} – Strafkammer'])
        if sub == 'a':
            return r.choice([f'{r.choice(self.SUB["a"])} {t}', f'{r.choice(["LRA", "ABH"])} {t}', f'Kreisverwaltung {t}', f'Amt {t}',
                             f'{r.choice(self.SUB["a"])} der Stadt {t}'])
        if sub == 'p':
            return r.choice([f'{r.choice(self.SUB["p"])} {t}', f'PI {t}'])
        k = r.choices(['type', 'abbr', 'frame', 'body', 'kita', 'school', 'clinic', 'consul', 'court'], [30, 10, 16, 16, 5, 6, 6, 4, 4])[0]
        if k == 'type':
            ty = r.choice(INST_TYPES)
            return r.choice([f'{ty} {t}', f'{ty} {t}', f'{ty} der Stadt {t}', f'{ty} des Landkreises {t}' if ty != 'Jobcenter' else f'{ty} {t}'])
        if k == 'abbr':
            return f'{r.choice(INST_ABBR)} {t}'
        if k == 'frame':
            return r.choice(INST_FRAMES).format(t=t)
        if k == 'body' and self.P.bodies:
            return r.choice(self.P.bodies)
        if k == 'kita' and self.P.kitas:
            return r.choice(self.P.kitas) + (f' in {t}' if r.random() < 0.3 else '')
        if k == 'school' and self.P.schools:
            return r.choice(self.P.schools) + (f' {t}' if r.random() < 0.4 else '')
        if k == 'clinic' and self.P.clinics:
            return f'{r.choice(self.P.clinics)} {t}'
        if k == 'consul' and self.P.consulates:
            return r.choice(self.P.consulates).format(t=t)
        return r.choice([f'Amtsgericht – Familiengericht – {t}', f'Sozialgericht {t}, Zweigstelle', f'Amtsgericht {t} (Insolvenzgericht)',
                         f'Landgericht {t} – Strafkammer'])

    def company(self):
        r = self.r
        k = r.choices(['fantasy', 'owner', 'brand', 'shop', 'pair'], [38, 20, 22, 12, 8])[0]
        if k == 'fantasy':
            w, tr, lf = r.choice(self.P.cwords), r.choice(TRADES), r.choice(LEGAL)
            return r.choice([f'{w} {tr} {lf}', f'{tr} {w} {lf}', f'{w}-{tr} {lf}', f'{w} {lf}'])
        if k == 'owner':
            s = self.P.surname(r)
            return r.choice([f'{r.choice(TRADES)} {s}', f'{r.choice(TRADES)} {s} {r.choice(LEGAL)}', f'{s} {r.choice(TRADES)} e.K.',
                             f'{s} & Kinder {r.choice(TRADES)}', f'{r.choice(TRADES)} Gebr. {s}'])
        if k == 'brand':
            return r.choice(self.P.brands)
        if k == 'shop':
            return f'{r.choice(SHOPS)} {r.choice([self.P.given(r, r.choice("mf")), r.choice(self.P.cwords)])}'
        return f'{self.P.surname(r)} & {self.P.surname(r)} {r.choice(["GbR", "OHG", "Bau GmbH", "PartGmbB", "Logistik KG"])}'

    # e-mail
    def email(self, p=None, domain=None, spoken=False):
        r = self.r
        p = p or Person(self.P, r)
        g = re.sub(r'[^a-z0-9]', '', fold_ascii(p.given).lower()) or 'info'
        s = re.sub(r'[^a-z0-9]', '', fold_ascii(p.sur).lower()) or 'kontakt'
        dom = domain or r.choice(['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'outlook.de', 'yahoo.de', 'posteo.de', 'freenet.de', 'mail.ru', 'icloud.com', 'aol.com', 'hotmail.fr'])
        local = r.choice([f'{g}.{s}', f'{g[0]}.{s}', f'{s}{r.randint(1, 99)}', f'{g}_{s}', f'{g}{s[:3]}{r.randint(70, 2005)}', f'{s}.{g}', f'{g}-{s}'])
        d1, d2 = dom.rsplit('.', 1)
        if spoken:
            return local.replace('.', ' punkt ').replace('_', ' unterstrich ').replace('-', ' bindestrich ') + f' at {d1.replace(".", " punkt ").replace("-", " minus ")} punkt {d2}'
        f = r.choice(['plain', 'plain', 'plain', 'at', 'dot', 'caps', 'klammer', 'space', 'aet'])
        if f == 'plain':
            return f'{local}@{dom}'
        if f == 'at':
            return f'{local} (at) {d1} (dot) {d2}'
        if f == 'dot':
            return f'{local} at {d1} dot {d2}'
        if f == 'caps':
            return f'{local}@{dom}'.upper()
        if f == 'klammer':
            return f'{local}{{at}}{dom}'
        if f == 'space':
            return f'{local} @ {dom}'
        return f'{local}(ät){dom}'


# ------------------------------------------------------------------ templates are in TEMPLATES (below); engine
KIND = {'C': 'customerName', 'CW': 'staffName', 'TL': 'staffName', 'S': 'staffName', 'P': 'thirdPersonName', 'Pf': 'thirdPersonName',
        'Pm': 'thirdPersonName', 'CO': 'company', 'I': 'institution', 'A': 'address', 'AC': 'address', 'D': 'date', 'DD': 'date',
        'B': 'birthDate', 'BX': 'birthDate', 'T': 'phone', 'TM': 'phone', 'TF': 'phone', 'TS': 'phone', 'TC': 'phone', 'E': 'email',
        'EC': 'email', 'ES': 'email', 'IB': 'iban', 'IBC': 'iban', 'ID': 'idCard', 'PA': 'idCard', 'KZ': 'licensePlate',
        'KZF': 'licensePlate', 'TX': 'taxId', 'RV': 'pensionNumber', 'KN': 'customerNumber', 'KNX': 'customerNumber',
        'BG': 'householdNumber', 'BGX': 'householdNumber'}
SLOT = re.compile(r'\{([A-Z]+[a-z]?)(\d?)(?:\.([a-z]+))?(?:\|([a-z]+))?\}')
CHECKED = {'iban': iban_valid, 'taxId': taxid_valid, 'pensionNumber': rv_valid, 'idCard': id_valid,
           'customerNumber': lambda v: re.fullmatch(r'\d{3}D\d{6}', v) is not None,
           'householdNumber': lambda v: re.fullmatch(r'\d{5}BG\d{7}', v) is not None}


def template_kinds(t):
    return [KIND[m.group(1)] for m in SLOT.finditer(t)]


class Record:
    def __init__(self, g, idx, sgb2):
        r, P = g.r, g.P
        self.sgb2 = sgb2
        self.town = r.choice(P.towns)
        self.jc_id = '%05d' % r.randint(10000, 99999)
        self.ag_id = self.jc_id[:3]
        c = Person(P, r)
        if r.random() < 0.3:
            c.birth = P.surname(r)
        self.c = c
        self.bd = g.rand_date(1960, 2005)
        self.cw = Person(P, r)
        self.tl = Person(P, r)
        self.street, self.num = g.street(), str(r.randint(1, 120)) + r.choice(['', '', '', 'a', 'b'])
        self.cphone = g.mobile()
        self.cwphone = (r.choice(AREA), str(r.randint(1000, 99999)) + '-' + str(r.randint(100, 999)))
        self.iban = g.iban('DE')
        self.tax = g.taxid()
        self.rv = g.rv(self.bd, c.birth or c.sur, c.g == 'f')
        self.custno = self.ag_id + 'D' + '%06d' % r.randint(0, 999999)
        self.bg = self.jc_id + 'BG' + '%07d' % r.randint(0, 9999999)
        self.idc = g.idcard()
        tslug = re.sub(r'[^a-z]', '', fold_ascii(self.town[0]).lower())
        self.cwmail_dom = f'jobcenter-{tslug}.de' if sgb2 else 'arbeitsagentur.de'
        self.cmail = g.email(c)


class Builder:
    def __init__(self, pools, rng):
        self.g = Gen(pools, rng)
        self.r = rng
        self.hidden = []  # (kind, underlying value) for spoken identifiers

    def staff_mail(self, p, dom):
        g = re.sub(r'[^a-z]', '', fold_ascii(p.given).lower())
        s = re.sub(r'[^a-z]', '', fold_ascii(p.sur).lower())
        return self.r.choice([f'{g}.{s}@{dom}', f'{g}.{s}@{dom}', f'{g[0]}.{s}@{dom}', f'{g}.{s}@{dom}'.upper(), f'{g}.{s} (at) {dom}'])

    def render(self, tpl, rec, case):
        g, r = self.g, self.r
        out, spans, pos = [], [], 0
        ppl = {}
        last_date = [g.rand_date(2023, 2025)]
        first_date = [True]

        def tx(s):
            return s.lower() if case == 'lc' else s.upper() if case == 'uc' else s

        def next_date():
            if first_date[0]:
                first_date[0] = False
                return last_date[0]
            d = last_date[0] + _dt.timedelta(days=r.randint(1, 60))
            last_date[0] = d
            return d

        def person(name, lab):
            key = name + lab
            if lab and key in ppl:
                return ppl[key]
            p = Person(g.P, r, g={'Pf': 'f', 'Pm': 'm'}.get(name))
            if name in ('Pf', 'Pm', 'P') and r.random() < 0.25 and not lab.startswith('9'):
                p.sur = rec.c.sur if r.random() < 0.5 else p.sur
            if lab:
                ppl[key] = p
            return p

        for m in SLOT.finditer(tpl):
            lit = tx(tpl[pos:m.start()])
            out.append(lit)
            name, lab, form, mod = m.group(1), m.group(2), m.group(3), m.group(4)
            sp = mod == 'sp'
            hid = None
            if name == 'C':
                v = rec.c.form(form, r)
            elif name in ('CW', 'TL'):
                v = (rec.cw if name == 'CW' else rec.tl).form(form, r)
            elif name == 'S':
                v = person('S', lab).form(form, r)
            elif name in ('P', 'Pf', 'Pm'):
                v = person(name, lab).form(form, r)
            elif name == 'CO':
                v = g.company()
            elif name == 'I':
                v = g.institution(form)
            elif name == 'A':
                v = g.addr(form={'s': 's', 'f': 'plz'}.get(form))
            elif name == 'AC':
                fm = {'s': 's', 'f': 'plz'}.get(form) or r.choice(['s', 's', 'plz', 'in', 'town', 'nl', 'dot', 'plzfirst', 'townfirst', 'semi'])
                v = g.addr(street=rec.street, num=rec.num, town=rec.town, form=fm)
            elif name in ('D', 'DD'):
                v = g.date_text(next_date(), spoken=sp, noyear=(name == 'DD'))
            elif name == 'B':
                v = g.date_text(rec.bd, spoken=sp)
            elif name == 'BX':
                v = g.date_text(g.rand_date(2008, 2022) if form != 'a' else g.rand_date(1940, 1999), spoken=sp)
            elif name == 'T':
                v = g.phone_text(*g.landline(), spoken=sp)
            elif name == 'TM':
                v = g.phone_text(*g.mobile(), spoken=sp)
            elif name == 'TC':
                v = g.phone_text(*rec.cphone, spoken=sp)
            elif name == 'TS':
                a, s = rec.cwphone
                v = digits_spoken(a + s.replace('-', ''), r) if sp else r.choice([f'{a} {s}', f'{a}/{s}', f'+49 {a[1:]} {s}', f'{a}-{s}', f'({a}) {s}'])
            elif name == 'TF':
                v = g.foreign_phone()
            elif name == 'E':
                p = ppl.get('P' + lab) or ppl.get('Pf' + lab) or ppl.get('Pm' + lab) if lab else None
                v = g.email(p, spoken=sp)
            elif name == 'EC':
                v = rec.cmail if not sp else g.email(rec.c, spoken=True)
            elif name == 'ES':
                p = rec.tl if form == 't' else (ppl.get('S' + lab) if lab and ('S' + lab) in ppl else rec.cw)
                v = self.staff_mail(p, rec.cwmail_dom)
            elif name in ('IB', 'IBC'):
                ib = rec.iban if name == 'IBC' else g.iban('DE' if r.random() < 0.55 else r.choice(sorted(IBAN_FMT)))
                v = g.iban_text(ib); hid = ib
            elif name in ('ID', 'PA'):
                iv = rec.idc if name == 'ID' else g.idcard(passport=True)
                v = g.id_text(iv, spoken=sp); hid = iv
            elif name == 'KZ':
                v = g.plate(rec.town[2] if r.random() < 0.5 else None)
            elif name == 'KZF':
                v = g.foreign_plate()
            elif name == 'TX':
                v = g.taxid_text(rec.tax, spoken=sp); hid = rec.tax
            elif name == 'RV':
                v = g.rv_text(rec.rv); hid = rec.rv
            elif name in ('KN', 'KNX'):
                cn = rec.custno if name == 'KN' else rec.ag_id + 'D' + '%06d' % r.randint(0, 999999)
                v = g.custno_text(cn, spoken=sp); hid = cn
            elif name in ('BG', 'BGX'):
                bg = rec.bg if (name == 'BG' and rec.sgb2) else ('%05d' % r.randint(10000, 99999) if name == 'BGX' or not rec.sgb2 else rec.jc_id) + 'BG' + '%07d' % r.randint(0, 9999999)
                v = g.bg_text(bg); hid = bg
            else:
                raise KeyError(name)
            if mod == 'lc':
                v = v.lower()
            elif mod == 'uc':
                v = v.upper()
            v = tx(v)
            start = sum(len(x) for x in out)
            out.append(v)
            kind = KIND[name]
            spans.append([start, start + len(v), kind, v])
            if kind in CHECKED:
                assert CHECKED[kind](hid), (kind, hid)
                if not sp:
                    norm = re.sub(r'[\s.\-/·_]', '', v).upper()
                    assert norm == hid.upper(), (norm, hid)
                self.hidden.append((kind, hid))
            pos = m.end()
        out.append(tx(tpl[pos:]))
        return ''.join(out), spans


TEMPLATES = [
    # --- minutes of a case conference (Fallkonferenz / Helferkonferenz)
    "Protokoll Fallkonferenz vom {D}\nAnwesend: {CW} (JC), {Pf1} ({I}), {P2} ({CO})\nTOP 1: Wohnsituation – Kundin wohnt weiter in {AC}\nTOP 2: nächste Schritte bis {D}",
    "Helferkonferenz, Teilnehmende: Fallmanagerin {S}, Bewährungshelfer {Pm}, Betreuerin {Pf} vom {I}. Ergebnis: Kd. {C} erhält eine Tagesstruktur ab {D}.",
    "Fallbesprechung im Team am {D}, Vorsitz {TL}. Vorgestellt wurde der Verlauf von {C}; Einwand von Koll. {S.s}: Maßnahme bei {CO} erst nach Klärung mit der {I}.",
    "Runder Tisch Familie {C.s}: Jugendamtsmitarbeiterin {Pf}, Schulsozialarbeiter {Pm} ({I.k}), Kindsvater {Pm2}. Beschlossen: Antrag auf Erziehungsbeistand bis {D}.",
    "Ergebnisprotokoll: (1) {C} nimmt ab {D} an der Aktivierung bei {CO} teil. (2) Rückmeldung an {CW} über Tel. {TS}. (3) Wiedervorlage {D}.",
    "Konferenz mit dem Reha-Team: Ärztlicher Gutachter Dr. {Pm} ({I.m}) empfiehlt LTA; Rehaberaterin {S} prüft Kostenträger {I}. Geb.-Datum lt. Akte {B}.",
    "TOP Verschiedenes: {TL} bittet, bei Kd. mit BG-Nr. {BG} die KdU-Bescheinigung des Vermieters {P} ({A}) nachzufordern.",
    "Niederschrift Fallkonferenz – Teilnehmer: {CW}, {S}, Herr {Pm.s} von der {I}; Kundin {C} persönlich anwesend, Dolmetscherin {Pf} übersetzt.",
    "Beschluss der Fallrunde: Förderung über § 16i für {C.g}, Arbeitgeber {CO}, Ansprechperson {P}, Durchwahl {T}.",
    "Protokollführung: {S}. Abwesend entschuldigt: {Pf} ({I}). Nächster Termin der Runde: {D}, Ort {A.f}.",
    "Kurzprotokoll Netzwerktreffen: Die {I} und die {I} sagen zu, die Kd. {C.s} bis {D} gemeinsam zu begleiten.",
    "Fallkonferenz (Video) – Zuschaltung Sozialarbeiterin {Pf} aus dem {I.m}, Tel. bei Abbruch {TM}. Kd. {C} berichtet selbst.",
    # --- speech recognition (no punctuation, numbers in words)
    "diktat kunde {C} war heute da termin verschoben auf den {D|sp} neue handynummer {TC|sp}",
    "diktiert kundin ruft an wegen bescheid vom {D|sp} sie sagt die iban ist falsch richtig ist {IBC} bitte ändern",
    "spracheingabe sachbearbeiter {CW} punkt gesprächsnotiz kundin {C} geboren am {B|sp} komma wohnhaft {AC}",
    "diktat ende der teilnahme bei {CO} am {D|sp} grund krankheit attest von doktor {P} folgt",
    "kunde nennt steuer id {TX|sp} und rentenversicherungsnummer {RV} für den antrag bei der {I}",
    "aufgenommen per diktierfunktion frau {Pf} vom {I} ruft zurück unter {T|sp} wegen {C.g}",
    "diktat die email adresse lautet {EC|sp} neuer versuch die unterlagen dorthin zu schicken",
    "sprachnotiz vermieter {Pm} will die miete direkt überwiesen haben auf {IB} kunde ist einverstanden",
    "diktat kundennummer {KN|sp} gehört zu {C} bitte in der akte zusammenführen",
    "sprachnotiz termin beim {I} am {D|sp} um neun uhr dreißig fahrtkosten werden übernommen",
    "diktiert ausweis nummer {ID|sp} gültig bis {D|sp} kopie liegt vor",
    "diktat kundin hat ein kind {P1.g} geboren am {BX|sp} kita platz bei {I.k} in aussicht",
    "spracheingabe neue anschrift {AC} ab {D|sp} ummeldung beim {I.a} erfolgt",
    "diktat arbeitgeber {CO} meldet sich herr {Pm.s} tel {T} stelle als lagerhelfer ab {D|sp}",
    "diktiert kennzeichen von dem auto {KZ} gehört dem schwager {Pm} nicht der kundin",
    # --- translated by a colleague / interpreter
    "Übersetzung durch Koll. {S} (Malagasy/Französisch): Kd. {C} sagt, er habe bis {D} bei seinem Onkel {Pm} in {A} gewohnt.",
    "[übersetzt von Frau {Pf}, Sprachmittlerin {I}] Die Kundin möchte wissen, warum die Zahlung für {DD} fehlt. Konto: {IBC}.",
    "Gespräch mit Dolmetscher {Pm} (Khmer). Sinngemäß: „Mein Mann {Pm1} arbeitet seit {D} bei {CO}, aber ohne Vertrag.“",
    "Die Kollegin {S} hat den Brief der {I} mündlich übersetzt; die Kd. {C.s} hat verstanden, dass die Frist am {D} abläuft.",
    "Aus dem Kurdischen übersetzt von {P}: Der Bruder {Pm1.g} lebt noch in {A}, Telefon {TF}.",
    "Übersetzungshilfe per Telefon (Dolmetscherdienst, Kennung 112) – Kd. bestätigt Geburtsdatum {B} und Anschrift {AC}.",
    "Tigrinya-Übersetzung nicht verfügbar, daher Französisch über Kollegen {S}. Kd. {C} legt Reisepass {PA} vor.",
    "Laut Übersetzung von Herrn {Pm} (Verein {I}) hat die Kundin am {D} einen Unfall mit dem Pkw {KZ} gehabt.",
    "Sprachmittlung durch Tochter {Pf1.g} (16), eigentlich nicht vorgesehen; nächstes Mal Dolmetscherin {Pf2} über die {I} anfragen.",
    "Übersetzer {Pm} (Tel. {TM}) erklärt: Die Familie {C.s} ist am {D} aus {A} gekommen.",
    # --- customer's own words, quoted at length
    "O-Ton Kundin: „Ich hab bei {CO} angerufen, da war eine Frau {Pf.s}, die hat gesagt, ich soll am {D} einfach vorbeikommen, in der {A.s}.“",
    "Kd. {C.g} wörtlich: „Mein Vermieter, der {Pm.s}, hat die Kaution immer noch nicht zurück. Ich hab ihm die Kontonummer {IBC} dreimal gegeben.“",
    "Zitat Kunde: „Ich war beim {I}, die sagen, das Jobcenter muss das bezahlen, und Sie sagen, die müssen das bezahlen.“ – Herr {C.s} wirkt erschöpft.",
    "Kundin schreibt per Mail von {EC}: „Liebe Frau {CW.s}, ich kann am {D} nicht kommen, meine Tochter {Pf1.g} hat Fieber.“",
    "Er sagt: „Seit ich bei {CO} raus bin, am {D}, hat mich keiner mehr angerufen. Meine Nummer ist doch {TC}.“",
    "„Ich heiße {C}, nicht so wie auf dem Brief“ – Schreibweise im Bescheid der {I} falsch, Korrektur veranlasst.",
    "Kd. zitiert den Arzt: „Herr Dr. {Pm.s} hat gesagt, ich darf nicht mehr schwer heben.“ Attest vom {D} liegt bei.",
    "Kundin erzählt: „Die {Pf} von der Schuldnerberatung hat mir gesagt, ich soll den Brief von {CO} nicht unterschreiben.“",
    "Wortlaut der Nachricht auf dem AB: „Hier ist {C}, Kundennummer {KN}, bitte rufen Sie mich zurück unter {TC}.“",
    "Der Kunde meint wörtlich, er sei „nicht der {C.s}, den Sie suchen“ – Abgleich mit Geburtsdatum {B} bestätigt aber Identität.",
    "„Ich habe doch schon alles abgegeben, bei Ihrer Kollegin {S.s} am Empfang!“ – Eingangsstempel vom {D} gefunden.",
    "Sie sagt: „Mein Ex, der {Pm}, zahlt keinen Unterhalt, der wohnt jetzt in {A}.“ Weiterleitung an UVG-Stelle.",
    # --- tables in plain text
    "Name        | Geb.       | Rolle\n{C} | {B} | ELB\n{P1} | {BX} | Kind",
    "Arbeitgeber        Ort                 Zeitraum\n{CO}   {A.f}   {D} - {D}",
    "Feld           Wert\nKunden-Nr.     {KN}\nBG-Nr.         {BG}\nIBAN           {IBC}",
    "+------------+-----------------+\n| Vermieter  | {P}             |\n| Anschrift  | {A}             |\n| Tel.       | {T}             |",
    "Bewerbungen (Stand {D}):\n# | Firma | Ergebnis\n1 | {CO} | Absage\n2 | {CO} | offen\n3 | {CO} | VG am {D}",
    "Kontakte:\nRolle\tName\tTelefon\nBetreuerin\t{Pf}\t{TM}\nArzt\tDr. {Pm}\t{T}",
    "Unterlagen   eingegangen   von\nMietvertrag  {D}   {P}\nLohnschein   {D}   {CO}",
    "| Datum | Kontakt | Notiz |\n| {D} | {S} | Rückruf erledigt |\n| {D} | {Pf} ({I}) | Bericht angefordert |",
    "KdU-Übersicht\nGrundmiete ....... 410,00\nNK ............... 95,00\nHK ............... 72,50\nVermieter: {P} / Konto {IB}",
    "Fahrzeugdaten  Halter: {C} | Kennz.: {KZ} | Erstzulassung 2016",
    "Haushalt:\n- {C} (ELB), geb. {B}\n- {Pf1} (Partnerin), geb. {BX.a}\n- {P2} (Kind), geb. {BX}",
    "Dokumente-Check  PA {ID} ✓  Steuer-ID {TX} ✓  SV-Nr {RV} ✓",
    # --- team handover (Übergabe)
    "Übergabe an {S} wg. Urlaub {CW.s} ({DD}–{DD}): bei {C} unbedingt Rückmeldung von {CO} abwarten, Herr {Pm.s} meldet sich.",
    "Übergabenotiz: Akte {C.s} liegt im Fach von {S.s}. Offen: Nachweis Mietzahlung an {P} sowie Ummeldung nach {A}.",
    "Vertretungsregel Team 4 – für Kd. {C} bitte {S1} ansprechen, bei Abwesenheit {S2}. Durchwahl der Vertretung {T}.",
    "Schichtübergabe Eingangszone: Kd. {C} war um 11 Uhr da, wollte {CW} sprechen, hat Nummer {TC} hinterlassen.",
    "Übergabe vom Fallmanagement an die Arbeitsvermittlung ({S}): Kd. stabil, Zielberuf Fahrer, Führerschein vorhanden, Pkw {KZ}.",
    "Zur Info für die Nachfolgerin {S}: Die Kundin reagiert nur auf Mails an {EC}, Post geht oft verloren.",
    "Bei Rückkehr von {CW.g}: bitte Gespräch mit {C} nachholen, Protokoll der {I} vom {D} liegt bei.",
    "Handover an Koll. {S.s} (neu im Team): Kunde hat zwei Kundennummern ({KN} und {KNX}), Zusammenführung beantragt.",
    "Übergabe Akte – neue Zuständigkeit ab {D}: {S1}, Zimmer 2.07, Mail {ES1}.",
    "Fall geht an {S} über, da Kd. nach {A} umgezogen ist und jetzt vom {I} betreut wird.",
    # --- chat-style
    "[09:12] {S.g}: hast du die Kd. {C.s} heute?\n[09:13] {CW.g}: ja, 10 Uhr\n[09:13] {S.g}: die {I} hat angerufen, Rückruf {T}",
    "{CW.g} 14:02: steht grad einer am Empfang ohne Termin, {C}, kann wer kurz übernehmen?",
    "Chat mit {S}: „kannst du mal in die Akte {KN} schauen?“ – „ok, Geburtsdatum stimmt nicht, {B} ist richtig“",
    ">> {TL.g}: Freigabe für Fahrtkosten {C.s}? << ja passt, bis {D}",
    "Teams-Nachricht von {S}: AG {CO} sucht 2 Helfer, Ansprechpartnerin {Pf}, {E}. Wäre was für {C.g}!",
    "[Chat] {S.g}: Kd. {C.s} hat neue Nr. {TC} | {CW.g}: danke, eingetragen",
    "Msg an {TL}: Kd. wünscht Wechsel der Zuständigkeit, Gründe siehe Vermerk vom {D}.",
    "{S.g}: die Mail von {E} landet bei mir, ist das deine Kundin? – {CW.g}: ja, {C}, leite weiter pls",
    "Gruppenchat Team 2 (Auszug): „Wer kennt {CO}? Die zahlen angeblich unter Mindestlohn.“ – {S}: „ja, Finger weg.“",
    "Sofortnachricht {S} → {CW}: Polizei hat wegen Kd. {C} angerufen, Herr {Pm.s} von der {I.p}, Tel. {T}.",
    # --- German / English mix
    "Customer {C} attended the meeting on {D}, sprach sehr gut Englisch. Next step: application bei {CO}, contact person {P}.",
    "Kd. works as freelancer für {CO} (UK), invoices an {E}. Payment via {IB} – Nachweis fehlt noch.",
    "Meeting with employer {CO}: HR-Managerin {Pf} says „we can offer a trial day on {D}“. Phone {T}.",
    "English-speaking client, born {B}, address {AC}. Explained the Mitwirkungspflichten, she understood.",
    "Follow-up call with {C.g}: she got the job offer from {CO}, starting {D}. Feedback to {CW} done.",
    "Client's reference from previous employer {CO}, signed by {P}, dated {D}, translated by {S}.",
    "Mixed language session: „I have no Wohnungsgeberbestätigung“ – Landlord {Pm} ({TM}) will send it by {D}.",
    "Kd. fragt: „Can you send the decision to {EC}?“ – ja, Bescheid per Mail, Einwilligung liegt vor.",
    "Note (EN/DE): {C} is registered with the {I}, Kundennummer {KN}. Deadline for documents: {D}.",
    "Call from {P} (reference person, {TF}) – speaks English only, confirms {C.g} worked for him until {D}.",
    "Visa issue: residence permit no. {ID} expires {D}; appointment at {I} on {D}.",
    "Job matching result: {CO}, Lagerhelfer (m/w/d), start asap, contact {Pf} – {E}.",
    # --- regional / colloquial
    "Kd. meint, beim {CO} do war's ned so schlimm, aber der Chef, der {Pm.s}, hot eam ois z'fix g'schmissen. Ab {D} wieder frei.",
    "Kunde ganz aufgeregt, wa: „Ick hab den Wisch vom {I.a} nie jekriegt!“ Anschrift im System war noch {A}.",
    "Frau {C.s} sagt, ihr Lebensgefährte, der {Pm.g}, schafft beim {CO} „auf Montage“ und kommt erst am {DD} heim.",
    "Kd. im Gespräch: „Dat is doch nich mein Problem, wenn die {I} dat verschlampt.“ – Antrag vom {D} liegt tatsächlich dort.",
    "Kundin erzählt auf Kölsch, dat se bei {CO} aanfange künnt, wann dä Kita-Platz bei {I.k} klappt.",
    "Kd. ganz plattdeutsch: He wohnt nu bi sien Süster {Pf} in {A} – Umzug nicht gemeldet.",
    "Laut Kunde „host as ned mitkriagt“, dass sein Pass {PA} seit {D} abgelaufen ist. Termin Konsulat folgt.",
    "Kundin sagt, der {Pm} aus'm Nachbarhaus hätte ihr 'n Job bei {CO} besorgt, „so ne Aushilfe halt“.",
    "Kd. moant, des mit da Steuer-ID {TX} hätt er scho längst abgebn. Hot er ned.",
    "Der Kunde hat sich ordentlich aufgeregt, „dat geht so nich“, und die Nummer vom Anwalt {Pm} ({T}) auf den Tisch gelegt.",
    # --- telegram notes of a new kind (symbols)
    "☎ {C.s} ⇒ Rückruf erbeten ⇒ {TC} ⇒ erl. {DD}",
    "✉ an {EC} ✓ | ✉ an {I} ✓ | Antwort bis {D}",
    "Kd. ✗ erschienen ({D}) ⇒ Anhörung ⇒ Frist {D}",
    "⇒ AG {CO} | AP {P} | ☎ {T} | Start {D} ✓",
    "VV ✓ | EGV ✓ | Kd. {C} | nächster Kontakt ☎ {D}",
    "BG {BG} ⇒ 3 Pers. ⇒ KdU-Prüfung ⇒ Vermieterin {Pf} ⇒ ☎ {TM}",
    "Kd. {C.s} ✓ PA ({ID}) ✓ Meldebestätigung ({AC}) ✓ Konto ({IBC})",
    "⚑ Sperrvermerk: Kd. {C} nur mit zweiter Person beraten (TL {TL.s}).",
    "Fahrt ⇒ {I} ⇒ Begleitung {S} ⇒ Kfz {KZ} (Dienstwagen? nein, privat)",
    "☎ {Pf} ({CO}) ⇒ Kd. fehlt seit {DD} unentschuldigt ⇒ Abmahnung",
    "✓ RV-Nr {RV} ✓ StID {TX} ⇒ an Leistung weitergeleitet",
    "Kd. ⇄ {I}: Zuständigkeit unklar ⇒ Klärung durch {S} bis {D}",
]
TEMPLATES += [
    # --- file notes / letters, varied
    "Aktenvermerk: Kd. {C} legt Kündigung von {CO} vom {D} vor, letzter Arbeitstag {D}. Arbeitsbescheinigung fehlt.",
    "Vermerk zum Telefonat mit {Pf} ({I.m}): Die Kundin ist seit {D} stationär aufgenommen, Entlassung voraussichtlich {DD}.",
    "Eingang Schreiben der {I} v. {D}: Pfändung des Kontos {IBC} angekündigt. Kd. zur Schuldnerberatung verwiesen.",
    "Kd. {C.s} bringt Mietbescheinigung, unterschrieben von der Hausverwalterin {Pf} ({CO}). Wohnfläche 58 m².",
    "Antrag auf Erstausstattung nach Geburt von {P1.g} (geb. {BX}); Kindsvater {Pm2} lebt nicht im Haushalt.",
    "Schreiben an den Arbeitgeber {CO}, z. Hd. {P}, {A.f} – Bitte um Lohnabrechnungen für {DD} bis {DD}.",
    "Kd. hat einen Minijob bei {CO} aufgenommen (seit {D}), Chefin {Pf}, 520-Euro-Basis.",
    "Meldung der {I}: Kd. {C} (Kd.-Nr. {KN}) hat die Maßnahme am {D} abgebrochen.",
    "Kd. zeigt Strafbefehl des {I.g} vom {D}; Zahlungsplan mit Rechtspfleger {Pm} vereinbart.",
    "Nachweis über Kindergeld der {I} für die Kinder {P1.g} und {P2.g} liegt vor.",
    "Kd. erhält Unterhaltsvorschuss; zuständige Sachbearbeiterin {Pf} beim {I}, Telefon {T}.",
    "Rückmeldung {CO}: Kd. {C.g} erscheint pünktlich, Vorarbeiter {Pm} sehr zufrieden.",
    "Vorsprache mit Freundin {Pf}, die für die Kd. übersetzt; Vollmacht vom {D} in der Akte.",
    "Kd. legt Bescheinigung vom {I.a} über Schwerbehinderung (GdB 50) vor, ausgestellt am {D}.",
    "Neuer Mietvertrag: Vermieter {Pm}, Wohnung {A}, Mietbeginn {D}, Kaution 1.200 €.",
    "Kd. bittet, Post an c/o {P}, {A} zu senden, solange der Briefkasten defekt ist.",
    "Bewerbung bei {CO} (Stelle 3218) – Eingangsbestätigung von {Pf} per Mail ({E}) am {D}.",
    "Kfz-Halterabfrage nicht zulässig; Kd. gibt selbst an: Pkw {KZ}, Wert ca. 1.500 €.",
    "Fahrzeugschein vorgelegt: {KZ}, Halterin {C}, Anschrift {AC}.",
    "Kd. fährt täglich mit dem Wagen seiner Mutter {Pf} (Kennz. {KZ}) zur Arbeit nach {A}.",
    "Auto der Kundin mit ausländischem Kennzeichen {KZF}; Ummeldung beim {I.a} bis {D} zugesagt.",
    "Unfallgegner laut Polizeibericht: {P}, Fahrzeug {KZ}, Versicherung {CO}.",
    "Kd. ist Beifahrer bei Kollegen {Pm} (Kfz {KZ}), Fahrgemeinschaft zur Schicht bei {CO}.",
    "Neues Fahrzeug {KZ} angeschafft von Geld des Bruders {Pm}; Schenkungsvertrag vom {D}.",
    "Kennzeichen {KZ} und {KZ} gehören beide zum Betrieb {CO}, nicht zur BG.",
    "Halteranfrage für {KZF} über die {I.p} gelaufen, Ergebnis negativ.",
    "Kundin nennt Geburtsdatum {B}, im System steht ein anderes – Korrektur durch {S} veranlasst.",
    "Kd. (geb. am {B}) beantragt Weiterbewilligung; Kontoauszüge der letzten 3 Monate fehlen.",
    "Laut Geburtsurkunde ist {C.g} am {B} geboren; Übersetzung der Urkunde durch {I}.",
    "Geb.-Dat. Kd.: {B} | Geb.-Dat. Partner {Pm}: {BX.a}",
    "Ehefrau {Pf.g} (DOB {BX.a}) soll ebenfalls zum Integrationskurs bei {I}.",
    "Sohn {Pm1.g} wird am {BX} eingeschult? – nein, Geburtsdatum {BX}, Einschulung nächstes Jahr.",
    "Kind {P1}, *{BX}, besucht die {I.k}.",
    "Pflege der Schwiegermutter {Pf} (geb. {BX.a}) in {A}, Pflegegrad 3.",
    "Kd. gibt als Notfallkontakt {P} an, erreichbar unter {TM} oder {E}.",
    "Neue Handynummer der Kd.: {TC}; die bisherige gibt es nicht mehr.",
    "Telefonnummer Arbeitgeber {CO}: {T}, Durchwahl Personal {T}.",
    "Rückrufbitte an {CW}, Tel. {TS}, wegen der Unterlagen von {C}.",
    "Kd. ist nur über Festnetz der Nachbarin {Pf} erreichbar: {T}.",
    "Mutter der Kd. ruft aus dem Ausland an ({TF}) und fragt nach dem Stand.",
    "Kd. erreichbar über WhatsApp unter {TM} – Kommunikation aber nur per Brief oder Telefon.",
    "Betreuer {Pm} ({I}) gibt neue Dienstnummer durch: {T}; Fax wie bisher.",
    "Anruf von {T} ohne Namensnennung, fragt nach Kd. {C.s} – keine Auskunft erteilt.",
    "Frau {Pf} vom Pflegedienst {CO} erreichbar mittwochs unter {TM}.",
    "Kd. teilt E-Mail-Adresse mit: {EC}. Einwilligung zur Mail-Kommunikation unterschrieben.",
    "Antwort von {E} auf die Stellenanfrage – Absender {P}, Firma {CO}.",
    "Mail an {ES} mit Kopie an {ES.t} wegen Kd. {C.s}.",
    "Die Adresse {EC} ist unzustellbar (Mailer-Daemon), Kd. anrufen.",
    "Bewerbungsunterlagen per Mail an {E} geschickt (Ansprechpartner {P}).",
    "IBAN für die Mietzahlung an Vermieterin {Pf}: {IB}.",
    "Kd. hat Konto gewechselt, neue IBAN {IBC}, alte Bankverbindung bitte löschen.",
    "Abtretungserklärung zugunsten des Stromanbieters {CO}, Konto {IB}.",
    "Kaution soll auf das Konto der Hausverwaltung {CO}, IBAN {IB}, Verwendungszweck Whg. 7.",
    "Zahlung ging fälschlich auf {IB} (Konto des Bruders {Pm}), Rückforderung eingeleitet.",
    "Überweisung an Kita-Träger {I}, IBAN {IB}, Betrag 145,00 €.",
    "Kd. hat ein Konto im Heimatland: {IB} – Guthaben ca. 300 €, bei Vermögen berücksichtigt.",
    "Personalausweis-Nr. der Kd.: {ID}, gültig bis {D}.",
    "Reisepass des Ehemannes {Pm}: {PA}, Ausstellung durch {I}.",
    "Kd. legt eAT {ID} vor, Nebenbestimmung: Beschäftigung erlaubt.",
    "Ausweis ({ID}) abgelaufen – neuer Ausweis beantragt beim {I.a} am {D}.",
    "Passkopie {PA} für Antrag bei {I} gefertigt, Original zurück.",
    "Steuer-ID der Kd. {TX}, Lohnsteuerbescheinigung von {CO} liegt vor.",
    "RV-Nummer lt. Sozialversicherungsausweis {RV} – Kontenklärung bei {I} beantragt.",
    "SV-Ausweis zeigt {RV}, passt zur Meldung von {CO}.",
    "IdNr laut Finanzamtsschreiben {TX}; Kd. hatte bisher keine.",
    "Kd.-Nr. {KN} doppelt angelegt mit {KNX}, Meldung an IT-Fachbetreuung.",
    "Schreiben bezieht sich auf Kundennummer {KNX} – gehört nicht zu {C.s}, zurück an {I}.",
    "BG-Nummer {BG} (3 Personen), Kd. {C} ist Vertreter der BG.",
    "Post für BG {BGX} landete in dieser Akte, bitte an {S} weitergeben.",
    "Partnerin {Pf} war früher in BG {BGX} beim {I}.",
    "Kunde {C.s}, Kd-Nr {KN}, BG {BG}: Weiterbewilligungsantrag vollständig.",
    # --- misc short notes in newer wordings
    "Termin mit {C} um 10:30 Uhr wahrgenommen, gut vorbereitet, Unterlagen von {CO} dabei.",
    "Kd. war vom {D} bis {D} in {A} bei der Familie, Ortsabwesenheit genehmigt von {TL}.",
    "Zustimmung TL {TL} zur Förderung liegt vor (Mail vom {D}).",
    "Teamleitung ({TL}) wünscht Rücksprache zu {C.s} vor der nächsten Einladung.",
    "Zweitgespräch zusammen mit Koll. {S} von der Arbeitgeberseite geführt.",
    "Kd. verweigert Unterschrift der EGV; Kollegin {S} war als Zeugin dabei.",
    "{CW} hat die Kd. am {D} telefonisch nicht erreicht, Nachricht auf Band.",
    "gez. {CW}, Jobcenter, Sachgebiet Markt & Integration",
    "i. V. {S} für {CW.s}",
    "Leistungsabteilung, Koll. {S}, meldet: Überzahlung für {DD} bis {DD}.",
    "Kd. {C.s} geht ab {D} in Elternzeit; Partner {Pm} übernimmt Betreuung nicht.",
    "Arbeitsvertrag mit {CO} ab {D} befristet bis {D}, Probezeit 6 Monate.",
    "Einstiegsgeld für Selbständigkeit ({CO}, Inhaberin {C}) ab {D} bewilligt.",
    "Der Betrieb {CO} hat Insolvenz angemeldet; Insolvenzverwalter RA {Pm}.",
    "Kd. hat bei {CO} und bei {CO} hospitiert; beide würden nehmen.",
    "Vermittlungsvorschlag: Helfer/in Lager bei {CO}, {A}.",
    "Schule der Tochter ({I.k}) meldet Fehlzeiten, Klassenleitung {Pf}.",
    "Bescheinigung der {I} über die Teilnahme am Sprachkurs bis {D}.",
    "Kd. ist in Therapie bei {P} (Praxis in {A}), nächste Sitzung {DD}.",
    "Antrag an die {I} auf Kostenübernahme ging am {D} raus.",
    "Kd. arbeitet ehrenamtlich bei der {I}, 4 Std./Woche.",
    "Beratung bei der {I} wahrgenommen, Beraterin {Pf}, Folgetermin {DD}.",
    "Widerspruch vom {D} – Prozessbevollmächtigte RAin {Pf}, Kanzlei in {A}.",
    "Anfrage der {I} zum Aufenthalt von {C}; Auskunft nur mit Einwilligung.",
    "Kd. ist umgezogen von {A} nach {AC}.",
    "Wohnungsbesichtigung {A} am {D} mit Makler {Pm} ({CO}).",
    "Obdachlos seit {D}, schläft bei Bekanntem {Pm} in {A}.",
    "Briefe bitte ab jetzt an {AC}, bei Familie {P.s}.",
    "Kd. zieht zur Freundin {Pf} in die {A.s}; Zustimmung zum Umzug nicht erforderlich.",
    "Hausbesuch in {AC} durch {S} und {CW}; Wohnung ordentlich.",
]
TEMPLATES += [
    # --- more new shapes: forms, quotes of letters, reminders, queue notes
    "Wiedervorlage-Zettel: {DD} – {C.s} – Nachweis {CO} | {DD} – {C.s} – Anruf {I}",
    "Posteingang Scan 14/3: Absender {P}, {A}; Inhalt: Mahnung für Kd. {C}.",
    "Zitat aus Post vom {I.g}: „… teilen wir mit, dass Ihr Mandant {C} am {D} nicht erschienen ist …“",
    "Notiz für die Akte (nicht an Kd.): Hinweis des Nachbarn {Pm} auf Schwarzarbeit bei {CO} – nicht belegt.",
    "Kd. möchte, dass sein Bruder {Pm} ({TM}) Auskünfte bekommt; Vollmacht bis {D}.",
    "Stellungnahme der {I} (Frau {Pf.s}) zur Arbeitsfähigkeit: 3–6 Std. täglich, ab {D}.",
    "Kd. lehnt Stelle bei {CO} ab („zu weit“), Fahrzeit mit ÖPNV 35 Min – Belehrung erteilt.",
    "Einladung nach § 59 zum {D} an {AC} versandt.",
    "Abmeldung in den Urlaub {D} bis {D}, Reiseziel {A}.",
    "Kurzmitteilung an {I}, Sachgebiet Wohngeld, Az. liegt der Kd. vor; Kundin {C}, geb. {B}.",
    "Antwortschreiben von {CO}, unterschrieben {P}, Geschäftsführer: keine Einstellung.",
    "Ehemann {Pm1} hat Arbeit bei {CO} ({A}) seit {D}, Brutto 2.340 €.",
    "Lebensgefährtin {Pf} verdient bei {CO} ca. 900 € netto; Einkommensnachweis fehlt.",
    "Schulbescheinigung von {P1.g} aus der {I.k}, Schuljahr 2024/25.",
    "Sohn {Pm} macht Ausbildung bei {CO}, Ausbilder {Pm2}.",
    "Frau {Pf} (Gläubigerin) ruft an und verlangt die Anschrift von {C.s} – abgelehnt.",
    "Beschwerde der Kd. über Koll. {S} an TL {TL} weitergeleitet.",
    "Kd. wünscht Termin nur bei {S} (Dolmetscht auch Französisch).",
    "Vermittlerin {S} hat {C.g} für Jobmesse am {D} bei der {I} angemeldet.",
    "Ärztliches Gutachten vom {D}, erstellt von Dr. med. {Pf}, {I.m}.",
    "AU-Bescheinigung {D} bis {D}, Praxis {P}, {A}.",
    "Kd. wohnt jetzt im {I} (Wohnheim), Zimmer 14, Postanschrift {A}.",
    "Zuweisung zu {CO} für die Maßnahme „Perspektive 50“, Beginn {D}, Trainerin {Pf}.",
    "Der Träger {CO} meldet: {C} hat am {DD}, {DD} und {DD} gefehlt.",
    "Erstattung Bewerbungskosten: 5 × 5 € an {IBC}, Kd. {C}.",
    "Kd. teilt mit, dass ihre Bank ({CO}) das Konto {IBC} gekündigt hat.",
    "Schriftwechsel mit {E} (Vermieterin {Pf}) zur Nebenkostenabrechnung vom {D}.",
    "Kd. ab {D} bei {CO} als Reinigungskraft, Objekt {A}.",
    "Kurzbericht {CO} über {C}: zuverlässig, aber Sprachprobleme; Kontakt {P}, {E}.",
    "Gesprächsnotiz {D}: Kd. ({KN}) kündigt an, dass er nach {A} zieht.",
    "Anfrage der {I} nach Leistungsbezug von {C}, geb. {B}, {AC} – beantwortet.",
    "Kd. wird von {P} ({I}) begleitet; Schweigepflichtentbindung liegt vor.",
    "Vorstellung bei {CO} am {D}, Kd. trägt Sicherheitsschuhe von {CO}.",
    "Kd. war zuletzt beschäftigt bei {CO} in {A}, Kündigung zum {D}.",
    "Übernahme Umzugskosten: Angebot von {CO} über 890 €, Angebot von {CO} über 1.120 €.",
    "Kd. hat Rechnung vom {I.a} über 60 € bekommen (Ausweisgebühr), Übernahme abgelehnt.",
    "Unterkunft laut Kd.: {A}, Hauptmieter {Pm}, Untermietvertrag vom {D}.",
    "Kd. erschien mit Sozialarbeiterin {Pf} vom {I}; Gespräch ruhig.",
    "Stellenangebot {CO}: Ansprechpartner {Pm}, Bewerbung an {E} oder per Post an {A}.",
    "E-Mail-Verlauf mit {P} <{E}> ausgedruckt und in Akte gelegt.",
    "Rücksprache mit {S} (Leistung): Anrechnung Kindergeld für {P.g} ab {DD}.",
    "Kontakt zur Ausländerbehörde über {Pf} ({I.a}), Tel. {T}: Fiktionsbescheinigung bis {D}.",
    "Kd. {C} hat Anhörungsschreiben vom {D} beantwortet, Gründe nachvollziehbar.",
    "Nachfrage beim {I.m}: Kd. {C.s} ist dort als Patient bekannt, keine weiteren Auskünfte.",
    "Kd. hat einen Job als Fahrer bei {CO} in Aussicht, braucht dafür den Führerschein Klasse C; Fahrschule {CO}.",
    "Identitätsprüfung am Schalter: Ausweis {ID} gegen Foto geprüft, passt; Kd. {C.s} unterschreibt selbst.",
    "Ausweisdaten (abgeschrieben von {S}): Nr {ID|lc}, Behörde {I.a}.",
    "diktat die steuer identifikationsnummer ist {TX} und die sozialversicherungsnummer {RV}",
    "Lohnsteuerkarte alt? – gibt es nicht mehr; Kd. gibt IdNr {TX} und SV-Nr {RV} vom Arbeitgeber {CO} weiter.",
    "Parkausweis für Schwerbehinderte beantragt, Fahrzeug der Tochter {Pf}: {KZ}.",
    "Kd. hat zwei Autos? {KZ} (eigenes) und {KZ} (auf den Onkel {Pm} zugelassen) – Vermögensprüfung.",
    "Reisepass {PA} und Aufenthaltstitel {ID} in Kopie zur Akte, Nationalpass gültig bis {D}.",
    "☎ Kd. {C.s}: fragt, ob die RV-Nr {RV} richtig im Antrag steht – ja.",
    # --- no personal data (ordinary name-like words, generic institutions, non-identifying numbers)
    "Kd. möchte als Koch arbeiten, hat aber keine Ausbildung; Praktikum in einer Großküche denkbar.",
    "Berufswunsch Bäcker oder Konditor, früher Schichtarbeit in einer Backfabrik.",
    "Der Richter hat die Klage abgewiesen (Az. S 14 AS 2217/23), Kd. will in Berufung gehen.",
    "Kd. sagt, sie sei wie ein Fuchs, immer auf der Suche nach Lücken im Plan – gemeint ist die Kinderbetreuung.",
    "Arbeitet im Winter als Schneeräumer, im Sommer als Gärtner, jeweils befristet.",
    "Miete 480,00 € kalt, Nebenkosten 110 €, Heizung 65 €; angemessen nach Richtlinie 2024.",
    "Regelbedarf Stufe 1 = 563 €, Mehrbedarf Alleinerziehung 36 % – nachgerechnet, Bescheid stimmt.",
    "Kd. war beim Amt, beim Gericht und bei der Schuldnerberatung – alle schicken ihn zurück zu uns.",
    "Termin am Mittwoch um 9:15 Uhr, Raum 3.14, zweiter Stock.",
    "Nach § 31a SGB II Minderung 10 % für drei Monate, Anhörung erfolgt.",
    "Kd. hat früher als Schmied und Schlosser gearbeitet, jetzt Rücken; Umschulung zum Fachlagerist?",
    "Berufsschule und Ausbildungsbetrieb bestätigen den Ausbildungsstand; Prüfung im Frühjahr.",
    "Kd. fragt nach dem Weihnachtsgeld vom Kaiser – gemeint ist die Einmalzahlung, gibt es nicht.",
    "Kd. hat Glück gehabt: Die Krankenkasse übernimmt die Reha, das Krankenhaus hat den Antrag gestellt.",
    "Jäger, Fischer, Bauer – der Kunde zählt alle Berufe seiner Familie auf, keiner passt zum Arbeitsmarkt.",
    "Tafel-Ausweis verlängert? – nein, das macht die Tafel selbst, nicht wir.",
    "Bewerbungstraining: 12 Teilnehmende, 4 Wochen, 30 Stunden pro Woche, Start nach Ostern.",
    "Kd. verdient 13,50 € pro Stunde bei 20 Wochenstunden; Freibetrag nach § 11b berechnet.",
    "Kunde liest gern Goethe und Schiller, möchte in eine Bibliothek – Stellen derzeit keine.",
    "Die Polizei war wegen einer Ruhestörung da, nichts Ernstes laut Kunde.",
    "Wohngeld und Kinderzuschlag vorrangig prüfen; Berechnung ergibt knapp 40 € Differenz.",
    "Kunde will Maler und Lackierer werden; Eignungstest beim Berufspsychologischen Service angefragt.",
    "Vorgang 2024/0815 aus dem alten System übernommen, Altakten im Keller, Regal 7.",
    "Termin im Rathaus verpasst, neuer Termin beim Bürgeramt frühestens in 6 Wochen.",
    "Kd. spricht von seinem Meister in der alten Firma, Name wollte er nicht nennen.",
    "Sommer, Sonne, Sonnenschein – Kd. will nur Saisonarbeit im Freibad, ganzjährig nicht.",
    "Hinweis: Die Familienkasse und die Unterhaltsvorschussstelle rechnen unterschiedlich, Klärung dauert.",
    "Urteil des BSG vom Jahr 2019 (B 14 AS 10/18 R) vom Kd. zitiert, passt nicht auf seinen Fall.",
    "Frühstück im Stadtteilzentrum jeden Dienstag 8–10 Uhr, Kd. geht regelmäßig hin.",
    "Kd. will zur Bundeswehr oder zum Zoll; Eignung offen, Sporttest nicht bestanden.",
    "Ausgaben für Strom 78 € monatlich, Abschlag erhöht auf 92 € ab Januar.",
    "Kd. hat 3 Kinder, 2 davon unter 6 Jahre; Betreuungsbedarf 7:00–16:30 Uhr.",
]


# ------------------------------------------------------------------ corpus
TARGET = {'customerName': 170, 'staffName': 115, 'thirdPersonName': 280, 'company': 170, 'institution': 170, 'address': 195,
          'date': 280, 'birthDate': 80, 'phone': 115, 'email': 60, 'iban': 95, 'idCard': 62, 'licensePlate': 55, 'taxId': 30,
          'pensionNumber': 30, 'customerNumber': 32, 'householdNumber': 28}
N_RECORDS, N_EVENTS = 160, 5
JOINERS = [' ', '\n', '\n\n', ' ++ ', '\n---\n', ' ~ ', '\n* ', ' >> ', ' | ', '\n']
EVENT_TYPES = ['counselling', 'invitation', 'cooperationPlan', 'placementProposal', 'applicationReview', 'employerContact',
               'caseConference', 'hearing', 'missedAppointment', 'statusUpdate']
MEASURES = ['activation', 'qualification', 'languageCourse', 'coaching', 'jobApplicationTraining', 'workOpportunity', 'wageSubsidy', 'rehabilitation']
GROUPS = ['general', 'longTermUnemployed', 'youngAdults', 'olderWorkers', 'singleParents', 'returners', 'disabledPersons', 'refugees']
PROFILES = ['market', 'activation', 'support', 'development', 'stabilisation', 'assistance']
RD = ['NRW', 'BY', 'BW', 'NSB', 'SAT', 'BB', 'NORD', 'RPS', 'HES']


def check_spans(note, spans):
    prev_end = -1
    for s, e, k, v in sorted(spans):
        assert note[s:e] == v and v == v.strip() and v, (note, v)
        assert s >= prev_end, ('overlap', note)
        prev_end = e
    names = sorted((s, e) for s, e, k, v in spans if k.endswith('Name'))
    for (s1, e1), (s2, e2) in zip(names, names[1:]):
        assert note[e1:s2].strip() != '', ('adjacent names', note)
    assert all(ord(c) < 0x10000 for c in note)


def build():
    rng = random.Random(SEED)
    P = Pools(os.path.join(HERE, 'names7.json'))
    B = Builder(P, rng)
    g = B.g
    T = TEMPLATES
    assert len(set(T)) == len(T), 'duplicate template'
    kinds = [template_kinds(t) for t in T]
    order = list(range(len(T)))
    rng.shuffle(order)
    used = [0] * len(T)
    counts = {k: 0 for k in TARGET}
    records, truth = [], []

    def pick():
        if order:
            return order.pop()
        w = []
        for i, ks in enumerate(kinds):
            score = 0.15 + sum(max(0.0, (TARGET[k] - counts[k]) / TARGET[k]) for k in ks)
            if not ks:
                score = 0.25
            w.append(score / (1 + used[i]) ** 0.5)
        return rng.choices(range(len(T)), weights=w)[0]

    for ri in range(N_RECORDS):
        sgb2 = ri % 4 != 3  # exactly 75 % SGB2
        rec = Record(g, ri, sgb2)
        d0 = g.rand_date(2023, 2024)
        evs, d = [], d0
        for ei in range(N_EVENTS):
            n_t = 1 if rng.random() < 0.96 else 2
            case = rng.choices(['', 'lc', 'uc'], [94, 4, 2])[0]
            parts, spans = [], []
            for k in range(n_t):
                ti = pick()
                used[ti] += 1
                text, sp = B.render(T[ti], rec, case)
                if parts:
                    parts.append(rng.choice(JOINERS))
                off = sum(len(x) for x in parts)
                parts.append(text)
                spans += [[s + off, e + off, kd, v] for s, e, kd, v in sp]
                for x in sp:
                    counts[x[2]] += 1
            note = ''.join(parts)
            check_spans(note, spans)
            d = d + _dt.timedelta(days=rng.randint(5, 50))
            evs.append({'date': d.isoformat(), 'type': rng.choice(EVENT_TYPES), 'channel': rng.choice(['inPerson', 'phone', 'video']), 'note': note})
            for s, e, kd, v in sorted(spans):
                truth.append({'record': ri, 'event': ei, 'start': s, 'end': e, 'kind': kd, 'value': v})
        c = rec.c
        recd = {'customerNumber': rec.custno}
        if sgb2:
            recd['householdNumber'] = rec.bg
        recd['legalDomain'] = 'SGB2' if sgb2 else 'SGB3'
        recd['regionalDirectorate'] = rng.choice(RD)
        if sgb2:
            recd['jobCentre'] = {'id': rec.jc_id, 'name': f'Jobcenter {rec.town[0]}', 'consents16a': rng.random() < 0.4}
        else:
            recd['agency'] = {'id': rec.ag_id, 'name': f'Agentur für Arbeit {rec.town[0]}'}
        recd['team'] = f'{rec.jc_id if sgb2 else rec.ag_id}-T{rng.randint(1, 9):02d}'
        recd['teamLead'] = {'id': f'TL-{rng.randint(1000, 9999)}', 'name': f'{rec.tl.given} {rec.tl.sur}'}
        a, s = rec.cwphone
        recd['caseWorker'] = {'id': f'MA-{rng.randint(1000, 9999)}', 'name': f'{rec.cw.given} {rec.cw.sur}', 'phone': f'{a} {s}',
                              'email': B.staff_mail(rec.cw, rec.cwmail_dom).lower() if False else f"{re.sub(r'[^a-z]', '', fold_ascii(rec.cw.given).lower())}.{re.sub(r'[^a-z]', '', fold_ascii(rec.cw.sur).lower())}@{rec.cwmail_dom}"}
        recd['customer'] = {'firstName': c.given, 'lastName': c.sur, 'birthName': c.birth, 'birthDate': rec.bd.isoformat(), 'gender': c.g,
                            'nationality': rng.choice(['DE', 'DE', 'MG', 'KH', 'IN', 'BD', 'IQ', 'DZ', 'PE', 'TO', 'FR', 'AT']),
                            'address': {'street': f'{rec.street} {rec.num}', 'postcode': rec.town[1], 'city': rec.town[0]},
                            'phone': f'{rec.cphone[0]} {rec.cphone[1]}', 'email': rec.cmail, 'iban': rec.iban, 'taxId': rec.tax,
                            'pensionInsuranceNumber': rec.rv}
        recd['customerProcess'] = rng.choice(['placement', 'placement', 'rehabilitation', 'employerService'])
        recd['customerGroup'] = rng.choice(GROUPS)
        recd['municipalServices16a'] = bool(sgb2 and rng.random() < 0.3)
        recd['review'] = {'flagged': rng.random() < 0.5, 'month': f'2025-{rng.randint(1, 12):02d}', 'teamLeadVerdict': rng.choice(['goalOriented', 'notGoalOriented'])}
        recd['profileHistory'] = [{'from': d0.isoformat(), 'profile': rng.choice(PROFILES)}]
        recd['events'] = evs
        ms = d0 + _dt.timedelta(days=rng.randint(10, 90))
        recd['measures'] = [{'start': ms.isoformat(), 'end': (ms + _dt.timedelta(days=rng.randint(30, 200))).isoformat(), 'kind': rng.choice(MEASURES),
                             'outcome': rng.choice(['completed', 'aborted', 'ongoing'])}]
        ex = rng.random() < 0.3
        recd['caseManagement'] = {'intake': d0.isoformat(), 'exit': d.isoformat() if ex else None,
                                  'exitReason': rng.choice(['goalAchieved', 'employment', 'transferToPlacement', 'moved', 'incapacity', 'noCooperation']) if ex else None}
        records.append(recd)
    assert all(used), [T[i] for i, u in enumerate(used) if not u]
    return records, truth, counts, P, sum(1 for k in kinds if not k)


def main():
    self_test()
    records, truth, counts, P, noslot = build()
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    tl = [json.dumps(t, ensure_ascii=False) for t in truth]
    # re-check on the decoded text
    for t in tl:
        t = json.loads(t)
        note = json.loads(lines[t['record']])['events'][t['event']]['note']
        assert note[t['start']:t['end']] == t['value']
    per = {}
    for t in truth:
        per[t['kind']] = per.get(t['kind'], 0) + 1
    res = {'heldout7': {'records': len(records), 'recordsSGB2': sum(1 for r in records if r['legalDomain'] == 'SGB2'),
                        'events': sum(len(r['events']) for r in records), 'spans': len(truth), 'templates': len(TEMPLATES),
                        'templatesUsed': len(TEMPLATES), 'templatesWithoutSlots': noslot,
                        'distinctGivenNamesInPool': len({x for v in P.src.values() for x in v['m'] + v['f']}),
                        'distinctSurnamesInPool': len(P.sur_all), 'perKind': dict(sorted(per.items())),
                        'ownPools': {'towns': len(P.towns), 'streetBases': len(P.bases), 'fixedStreets': len(P.fixed), 'villages': len(P.villages),
                                     'namedBodies': len(P.bodies), 'kitas': len(P.kitas), 'schools': len(P.schools), 'clinicBrands': len(P.clinics),
                                     'consulates': len(P.consulates), 'brands': len(P.brands), 'companyWords': len(P.cwords),
                                     'instTypes': len(INST_TYPES), 'instFrames': len(INST_FRAMES), 'trades': len(TRADES), 'legalForms': len(LEGAL)}}}
    with open(os.path.join(HERE, 'heldout7.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    with open(os.path.join(HERE, 'heldout7.truth.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(tl) + '\n')
    with open(os.path.join(HERE, 'counts-heldout7.json'), 'w', encoding='utf-8') as f:
        json.dump(res, f, indent=1, ensure_ascii=False)
        f.write('\n')
    with open(os.path.join(HERE, 'run.log'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(res, ensure_ascii=False) + '\n')
    print(json.dumps(res, ensure_ascii=False))


if __name__ == '__main__':
    main()
