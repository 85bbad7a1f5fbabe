#!/usr/bin/env python3
"""Generator of the independent evaluation split `heldout8` (Python 3 stdlib only, deterministic).

python3 make_corpus8.py   (in the folder that holds names8.json)
writes heldout8.jsonl, heldout8.truth.jsonl, counts-heldout8.json, run.log
"""
import collections, datetime as dt, json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = '20261206-8'
N_RECORDS, N_SGB2, EVENTS_PER_RECORD = 160, 120, 5

# ====================================================================== own pools (my own knowledge)
# town, postcode, plate code, Land code of the regional directorate
TOWNS = [
    ('Aurich', '26603', 'AUR', 'NSB'), ('Wittmund', '26409', 'WTM', 'NSB'), ('Norden', '26506', 'AUR', 'NSB'),
    ('Leer', '26789', 'LER', 'NSB'), ('Papenburg', '26871', 'EL', 'NSB'), ('Meppen', '49716', 'EL', 'NSB'),
    ('Lingen', '49808', 'EL', 'NSB'), ('Nordhorn', '48529', 'NOH', 'NSB'), ('Cloppenburg', '49661', 'CLP', 'NSB'),
    ('Vechta', '49377', 'VEC', 'NSB'), ('Diepholz', '49356', 'DH', 'NSB'), ('Sulingen', '27232', 'DH', 'NSB'),
    ('Nienburg', '31582', 'NI', 'NSB'), ('Rotenburg (Wümme)', '27356', 'ROW', 'NSB'), ('Zeven', '27404', 'ROW', 'NSB'),
    ('Bremervörde', '27432', 'ROW', 'NSB'), ('Buxtehude', '21614', 'STD', 'NSB'), ('Winsen (Luhe)', '21423', 'WL', 'NSB'),
    ('Uelzen', '29525', 'UE', 'NSB'), ('Gifhorn', '38518', 'GF', 'NSB'), ('Wolfenbüttel', '38300', 'WF', 'NSB'),
    ('Peine', '31224', 'PE', 'NSB'), ('Holzminden', '37603', 'HOL', 'NSB'), ('Osterode am Harz', '37520', 'OHA', 'NSB'),
    ('Husum', '25813', 'NF', 'NORD'), ('Heide', '25746', 'HEI', 'NORD'), ('Itzehoe', '25524', 'IZ', 'NORD'),
    ('Elmshorn', '25335', 'PI', 'NORD'), ('Bad Segeberg', '23795', 'SE', 'NORD'), ('Eutin', '23701', 'OH', 'NORD'),
    ('Ratzeburg', '23909', 'RZ', 'NORD'), ('Schleswig', '24837', 'SL', 'NORD'), ('Rendsburg', '24768', 'RD', 'NORD'),
    ('Güstrow', '18273', 'LRO', 'NORD'), ('Parchim', '19370', 'LUP', 'NORD'), ('Ludwigslust', '19288', 'LUP', 'NORD'),
    ('Neubrandenburg', '17033', 'MSE', 'NORD'), ('Anklam', '17389', 'VG', 'NORD'), ('Pasewalk', '17309', 'VG', 'NORD'),
    ('Prenzlau', '17291', 'UM', 'BB'), ('Eberswalde', '16225', 'BAR', 'BB'), ('Neuruppin', '16816', 'OPR', 'BB'),
    ('Rathenow', '14712', 'HVL', 'BB'), ('Luckenwalde', '14943', 'TF', 'BB'), ('Königs Wusterhausen', '15711', 'LDS', 'BB'),
    ('Lübben', '15907', 'LDS', 'BB'), ('Senftenberg', '01968', 'OSL', 'BB'), ('Guben', '03172', 'SPN', 'BB'),
    ('Bautzen', '02625', 'BZ', 'SAT'), ('Löbau', '02708', 'GR', 'SAT'), ('Kamenz', '01917', 'BZ', 'SAT'),
    ('Riesa', '01587', 'MEI', 'SAT'), ('Döbeln', '04720', 'FG', 'SAT'), ('Grimma', '04668', 'L', 'SAT'),
    ('Borna', '04552', 'L', 'SAT'), ('Plauen', '08523', 'V', 'SAT'), ('Aue', '08280', 'ERZ', 'SAT'),
    ('Annaberg-Buchholz', '09456', 'ERZ', 'SAT'), ('Sangerhausen', '06526', 'MSH', 'SAT'), ('Bernburg', '06406', 'SLK', 'SAT'),
    ('Stendal', '39576', 'SDL', 'SAT'), ('Salzwedel', '29410', 'SAW', 'SAT'), ('Wernigerode', '38855', 'HZ', 'SAT'),
    ('Nordhausen', '99734', 'NDH', 'SAT'), ('Mühlhausen', '99974', 'UH', 'SAT'), ('Eisenach', '99817', 'EA', 'SAT'),
    ('Saalfeld', '07318', 'SLF', 'SAT'), ('Greiz', '07973', 'GRZ', 'SAT'), ('Sonneberg', '96515', 'SON', 'SAT'),
    ('Bad Hersfeld', '36251', 'HEF', 'HES'), ('Fulda', '36037', 'FD', 'HES'), ('Alsfeld', '36304', 'VB', 'HES'),
    ('Limburg an der Lahn', '65549', 'LM', 'HES'), ('Dillenburg', '35683', 'LDK', 'HES'), ('Büdingen', '63654', 'WÜ', 'HES'),
    ('Gelnhausen', '63571', 'MKK', 'HES'), ('Eschwege', '37269', 'ESW', 'HES'), ('Korbach', '34497', 'KB', 'HES'),
    ('Lahnstein', '56112', 'EMS', 'RPS'), ('Mayen', '56727', 'MYK', 'RPS'), ('Cochem', '56812', 'COC', 'RPS'),
    ('Bitburg', '54634', 'BIT', 'RPS'), ('Idar-Oberstein', '55743', 'BIR', 'RPS'), ('Pirmasens', '66953', 'PS', 'RPS'),
    ('Zweibrücken', '66482', 'ZW', 'RPS'), ('Merzig', '66663', 'MZG', 'RPS'), ('Neunkirchen (Saar)', '66538', 'NK', 'RPS'),
    ('Homburg', '66424', 'HOM', 'RPS'), ('Bad Kreuznach', '55543', 'KH', 'RPS'), ('Alzey', '55232', 'AZ', 'RPS'),
    ('Lörrach', '79539', 'LÖ', 'BW'), ('Waldshut-Tiengen', '79761', 'WT', 'BW'), ('Tuttlingen', '78532', 'TUT', 'BW'),
    ('Balingen', '72336', 'BL', 'BW'), ('Sigmaringen', '72488', 'SIG', 'BW'), ('Biberach an der Riß', '88400', 'BC', 'BW'),
    ('Ravensburg', '88212', 'RV', 'BW'), ('Crailsheim', '74564', 'SHA', 'BW'), ('Mosbach', '74821', 'MOS', 'BW'),
    ('Bretten', '75015', 'KA', 'BW'), ('Mühlacker', '75417', 'PF', 'BW'), ('Göppingen', '73033', 'GP', 'BW'),
    ('Kaufbeuren', '87600', 'KF', 'BY'), ('Memmingen', '87700', 'MM', 'BY'), ('Kempten (Allgäu)', '87435', 'KE', 'BY'),
    ('Landsberg am Lech', '86899', 'LL', 'BY'), ('Weilheim in Oberbayern', '82362', 'WM', 'BY'), ('Traunstein', '83278', 'TS', 'BY'),
    ('Mühldorf am Inn', '84453', 'MÜ', 'BY'), ('Deggendorf', '94469', 'DEG', 'BY'), ('Straubing', '94315', 'SR', 'BY'),
    ('Cham', '93413', 'CHA', 'BY'), ('Weiden in der Oberpfalz', '92637', 'WEN', 'BY'), ('Amberg', '92224', 'AM', 'BY'),
    ('Hof', '95028', 'HO', 'BY'), ('Kronach', '96317', 'KC', 'BY'), ('Schweinfurt', '97421', 'SW', 'BY'),
    ('Bad Kissingen', '97688', 'KG', 'BY'), ('Ansbach', '91522', 'AN', 'BY'), ('Dinkelsbühl', '91550', 'AN', 'BY'),
    ('Arnsberg', '59821', 'HSK', 'NRW'), ('Meschede', '59872', 'HSK', 'NRW'), ('Olpe', '57462', 'OE', 'NRW'),
    ('Lüdenscheid', '58507', 'MK', 'NRW'), ('Gummersbach', '51643', 'GM', 'NRW'), ('Euskirchen', '53879', 'EU', 'NRW'),
    ('Düren', '52349', 'DN', 'NRW'), ('Heinsberg', '52525', 'HS', 'NRW'), ('Kleve', '47533', 'KLE', 'NRW'),
    ('Borken', '46325', 'BOR', 'NRW'), ('Coesfeld', '48653', 'COE', 'NRW'), ('Ahlen', '59227', 'WAF', 'NRW'),
    ('Lippstadt', '59555', 'SO', 'NRW'), ('Höxter', '37671', 'HX', 'NRW'), ('Detmold', '32756', 'LIP', 'NRW'),
    ('Minden', '32423', 'MI', 'NRW'), ('Lübbecke', '32312', 'MI', 'NRW'), ('Gütersloh', '33330', 'GT', 'NRW'),
    ('Wiesmoor', '26639', 'AUR', 'NSB'), ('Großefehn', '26629', 'AUR', 'NSB'), ('Rhauderfehn', '26817', 'LER', 'NSB'),
    ('Westoverledingen', '26810', 'LER', 'NSB'), ('Barßel', '26676', 'CLP', 'NSB'), ('Friesoythe', '26169', 'CLP', 'NSB'),
    ('Löningen', '49624', 'CLP', 'NSB'), ('Quakenbrück', '49610', 'OS', 'NSB'), ('Bersenbrück', '49593', 'OS', 'NSB'),
    ('Bramsche', '49565', 'OS', 'NSB'), ('Bad Iburg', '49186', 'OS', 'NSB'), ('Bohmte', '49163', 'OS', 'NSB'),
    ('Barnstorf', '49406', 'DH', 'NSB'), ('Twistringen', '27239', 'DH', 'NSB'), ('Bassum', '27211', 'DH', 'NSB'),
    ('Hoya', '27318', 'NI', 'NSB'), ('Visselhövede', '27374', 'ROW', 'NSB'), ('Scheeßel', '27383', 'ROW', 'NSB'),
    ('Sittensen', '27419', 'ROW', 'NSB'), ('Tostedt', '21255', 'WL', 'NSB'), ('Harsefeld', '21698', 'STD', 'NSB'),
    ('Hemmoor', '21745', 'CUX', 'NSB'), ('Otterndorf', '21762', 'CUX', 'NSB'), ('Beverstedt', '27616', 'CUX', 'NSB'),
    ('Schwanewede', '28790', 'OHZ', 'NSB'), ('Grasberg', '28879', 'OHZ', 'NSB'), ('Oyten', '28876', 'VER', 'NSB'),
    ('Zehdenick', '16792', 'OHV', 'BB'), ('Gransee', '16775', 'OHV', 'BB'), ('Templin', '17268', 'UM', 'BB'),
    ('Angermünde', '16278', 'UM', 'BB'), ('Bad Freienwalde', '16259', 'MOL', 'BB'), ('Seelow', '15306', 'MOL', 'BB'),
    ('Müncheberg', '15374', 'MOL', 'BB'), ('Beeskow', '15848', 'LOS', 'BB'), ('Storkow (Mark)', '15859', 'LOS', 'BB'),
    ('Baruth/Mark', '15837', 'TF', 'BB'), ('Jüterbog', '14913', 'TF', 'BB'), ('Herzberg (Elster)', '04916', 'EE', 'BB'),
    ('Bad Liebenwerda', '04924', 'EE', 'BB'), ('Doberlug-Kirchhain', '03253', 'EE', 'BB'), ('Lauchhammer', '01979', 'OSL', 'BB'),
    ('Ortrand', '01990', 'OSL', 'BB'), ('Radeburg', '01471', 'MEI', 'SAT'), ('Pulsnitz', '01896', 'BZ', 'SAT'),
    ('Bischofswerda', '01877', 'BZ', 'SAT'), ('Sebnitz', '01855', 'PIR', 'SAT'), ('Stolpen', '01833', 'PIR', 'SAT'),
    ('Dippoldiswalde', '01744', 'PIR', 'SAT'), ('Glashütte', '01768', 'PIR', 'SAT'), ('Brand-Erbisdorf', '09618', 'FG', 'SAT'),
    ('Oederan', '09569', 'FG', 'SAT'), ('Flöha', '09557', 'FG', 'SAT'), ('Olbernhau', '09526', 'ERZ', 'SAT'),
    ('Wolkenstein', '09429', 'ERZ', 'SAT'), ('Ehrenfriedersdorf', '09427', 'ERZ', 'SAT'), ('Johanngeorgenstadt', '08349', 'ERZ', 'SAT'),
    ('Eibenstock', '08309', 'ERZ', 'SAT'), ('Lößnitz', '08294', 'ERZ', 'SAT'), ('Lugau', '09385', 'ERZ', 'SAT'),
    ('Hohenstein-Ernstthal', '09337', 'Z', 'SAT'), ('Meerane', '08393', 'Z', 'SAT'), ('Crimmitschau', '08451', 'Z', 'SAT'),
    ('Falkenstein/Vogtl.', '08223', 'V', 'SAT'), ('Klingenthal', '08248', 'V', 'SAT'), ('Markneukirchen', '08258', 'V', 'SAT'),
    ('Bad Lobenstein', '07356', 'SOK', 'SAT'), ('Pößneck', '07381', 'SOK', 'SAT'), ('Triptis', '07819', 'SOK', 'SAT'),
    ('Stadtroda', '07646', 'SHK', 'SAT'), ('Hermsdorf', '07629', 'SHK', 'SAT'), ('Gößnitz', '04639', 'ABG', 'SAT'),
    ('Meuselwitz', '04610', 'ABG', 'SAT'), ('Zeulenroda-Triebes', '07937', 'GRZ', 'SAT'), ('Bad Köstritz', '07586', 'GRZ', 'SAT'),
    ('Bad Blankenburg', '07422', 'SLF', 'SAT'), ('Stadtilm', '99326', 'IK', 'SAT'), ('Ohrdruf', '99885', 'GTH', 'SAT'),
    ('Tambach-Dietharz', '99897', 'GTH', 'SAT'), ('Steinbach-Hallenberg', '98587', 'SM', 'SAT'), ('Zella-Mehlis', '98544', 'SM', 'SAT'),
    ('Eisfeld', '98673', 'HBN', 'SAT'), ('Schleusingen', '98553', 'HBN', 'SAT'), ('Themar', '98660', 'HBN', 'SAT'),
    ('Wasungen', '98634', 'SM', 'SAT'), ('Dermbach', '36466', 'WAK', 'SAT'), ('Treffurt', '99830', 'WAK', 'SAT'),
    ('Bad Tennstedt', '99955', 'UH', 'SAT'), ('Kölleda', '99625', 'SÖM', 'SAT'), ('Buttstädt', '99628', 'SÖM', 'SAT'),
    ('Bad Sulza', '99518', 'AP', 'SAT'), ('Greußen', '99718', 'KYF', 'SAT'), ('Dingelstädt', '37351', 'EIC', 'SAT'),
    ('Bleicherode', '99752', 'NDH', 'SAT'), ('Ellrich', '99755', 'NDH', 'SAT'), ('Marktredwitz', '95615', 'WUN', 'BY'),
    ('Rehau', '95111', 'HO', 'BY'), ('Münchberg', '95213', 'HO', 'BY'), ('Helmbrechts', '95233', 'HO', 'BY'),
    ('Stadtsteinach', '95346', 'KU', 'BY'), ('Thurnau', '95349', 'KU', 'BY'), ('Grafenwöhr', '92655', 'NEW', 'BY'),
    ('Vilseck', '92249', 'AS', 'BY'), ('Kemnath', '95478', 'TIR', 'BY'), ('Erbendorf', '92681', 'TIR', 'BY'),
    ('Mitterteich', '95666', 'TIR', 'BY'), ('Vohenstrauß', '92648', 'NEW', 'BY'), ('Nabburg', '92507', 'SAD', 'BY'),
    ('Burglengenfeld', '93133', 'SAD', 'BY'), ('Neunburg vorm Wald', '92431', 'SAD', 'BY'), ('Roding', '93426', 'CHA', 'BY'),
    ('Bad Kötzting', '93444', 'CHA', 'BY'), ('Viechtach', '94234', 'REG', 'BY'), ('Zwiesel', '94227', 'REG', 'BY'),
    ('Waldkirchen', '94065', 'FRG', 'BY'), ('Hauzenberg', '94051', 'PA', 'BY'), ('Pocking', '94060', 'PA', 'BY'),
    ('Eggenfelden', '84307', 'PAN', 'BY'), ('Simbach am Inn', '84359', 'PAN', 'BY'), ('Neuötting', '84524', 'AÖ', 'BY'),
    ('Waldkraiburg', '84478', 'MÜ', 'BY'), ('Trostberg', '83308', 'TS', 'BY'), ('Tittmoning', '84529', 'TS', 'BY'),
    ('Grassau', '83224', 'TS', 'BY'), ('Kolbermoor', '83059', 'RO', 'BY'), ('Lenggries', '83661', 'TÖL', 'BY'),
    ('Peiting', '86971', 'WM', 'BY'), ('Obergünzburg', '87634', 'OAL', 'BY'), ('Türkheim', '86842', 'MN', 'BY'),
    ('Thannhausen', '86470', 'GZ', 'BY'), ('Ichenhausen', '89335', 'GZ', 'BY'), ('Wertingen', '86637', 'DLG', 'BY'),
    ('Höchstädt an der Donau', '89420', 'DLG', 'BY'), ('Wemding', '86650', 'DON', 'BY'), ('Treuchtlingen', '91757', 'WUG', 'BY'),
    ('Wassertrüdingen', '91717', 'AN', 'BY'), ('Uffenheim', '97215', 'NEA', 'BY'), ('Scheinfeld', '91443', 'NEA', 'BY'),
    ('Dettelbach', '97337', 'KT', 'BY'), ('Gerolzhofen', '97447', 'SW', 'BY'), ('Ebern', '96106', 'HAS', 'BY'),
    ('Mellrichstadt', '97638', 'NES', 'BY'), ('Gemünden am Main', '97737', 'MSP', 'BY'), ('Marktheidenfeld', '97828', 'MSP', 'BY'),
    ('Amorbach', '63916', 'MIL', 'BY'), ('Künzelsau', '74653', 'KÜN', 'BW'), ('Gaildorf', '74405', 'SHA', 'BW'),
    ('Murrhardt', '71540', 'WN', 'BW'), ('Welzheim', '73642', 'WN', 'BW'), ('Bopfingen', '73441', 'AA', 'BW'),
    ('Herbrechtingen', '89542', 'HDH', 'BW'), ('Munderkingen', '89597', 'UL', 'BW'), ('Riedlingen', '88499', 'BC', 'BW'),
    ('Bad Waldsee', '88339', 'RV', 'BW'), ('Isny im Allgäu', '88316', 'RV', 'BW'), ('Markdorf', '88677', 'FN', 'BW'),
    ('Pfullendorf', '88630', 'SIG', 'BW'), ('Meßkirch', '88605', 'SIG', 'BW'), ('Stockach', '78333', 'KN', 'BW'),
    ('Blumberg', '78176', 'VS', 'BW'), ('Furtwangen', '78120', 'VS', 'BW'), ('Hornberg', '78132', 'OG', 'BW'),
    ('Altensteig', '72213', 'CW', 'BW'), ('Neuenbürg', '75305', 'PF', 'BW'), ('Gernsbach', '76593', 'RA', 'BW'),
    ('Ettenheim', '77955', 'OG', 'BW'), ('Hausach', '77756', 'OG', 'BW'), ('Kenzingen', '79341', 'EM', 'BW'),
    ('Todtnau', '79674', 'LÖ', 'BW'), ('Wehr', '79664', 'WT', 'BW'), ('Schlitz', '36110', 'VB', 'HES'),
    ('Schotten', '63679', 'VB', 'HES'), ('Ortenberg', '63683', 'FB', 'HES'), ('Laubach', '35321', 'GI', 'HES'),
    ('Kirtorf', '36320', 'VB', 'HES'), ('Stadtallendorf', '35260', 'MR', 'HES'), ('Gladenbach', '35075', 'MR', 'HES'),
    ('Battenberg (Eder)', '35088', 'KB', 'HES'), ('Spangenberg', '34286', 'HR', 'HES'), ('Sontra', '36205', 'ESW', 'HES'),
    ('Hessisch Lichtenau', '37235', 'ESW', 'HES'), ('Zierenberg', '34289', 'KS', 'HES'), ('Volkmarsen', '34471', 'KB', 'HES'),
    ('Hillesheim', '54576', 'DAU', 'RPS'), ('Traben-Trarbach', '56841', 'WIL', 'RPS'), ('Kastellaun', '56288', 'SIM', 'RPS'),
    ('Oberwesel', '55430', 'SIM', 'RPS'), ('Wörrstadt', '55286', 'AZ', 'RPS'), ('Kirchheimbolanden', '67292', 'KIB', 'RPS'),
    ('Edenkoben', '67480', 'SÜW', 'RPS'), ('Annweiler am Trifels', '76855', 'SÜW', 'RPS'), ('Rodalben', '66976', 'PS', 'RPS'),
    ('Waldfischbach-Burgalben', '67714', 'PS', 'RPS'), ('Lauterecken', '67742', 'KUS', 'RPS'), ('Baumholder', '55774', 'BIR', 'RPS'),
    ('Ottweiler', '66564', 'NK', 'RPS'), ('Wadern', '66687', 'MZG', 'RPS'), ('Losheim am See', '66679', 'MZG', 'RPS'),
    ('Blieskastel', '66440', 'HOM', 'RPS'), ('Medebach', '59964', 'HSK', 'NRW'), ('Hallenberg', '59969', 'HSK', 'NRW'),
    ('Olsberg', '59939', 'HSK', 'NRW'), ('Bestwig', '59909', 'HSK', 'NRW'), ('Neuenrade', '58809', 'MK', 'NRW'),
    ('Werdohl', '58791', 'MK', 'NRW'), ('Kirchhundem', '57399', 'OE', 'NRW'), ('Finnentrop', '57413', 'OE', 'NRW'),
    ('Drolshagen', '57489', 'OE', 'NRW'), ('Hilchenbach', '57271', 'SI', 'NRW'), ('Erndtebrück', '57339', 'SI', 'NRW'),
    ('Wilnsdorf', '57234', 'SI', 'NRW'), ('Hückeswagen', '42499', 'GL', 'NRW'), ('Radevormwald', '42477', 'GL', 'NRW'),
    ('Morsbach', '51597', 'GM', 'NRW'), ('Nümbrecht', '51588', 'GM', 'NRW'), ('Ruppichteroth', '53809', 'SU', 'NRW'),
    ('Hellenthal', '53940', 'EU', 'NRW'), ('Simmerath', '52152', 'AC', 'NRW'), ('Nideggen', '52385', 'DN', 'NRW'),
    ('Dahlem', '53949', 'EU', 'NRW'), ('Selfkant', '52538', 'HS', 'NRW'), ('Waldfeucht', '52525', 'HS', 'NRW'),
    ('Uedem', '47589', 'KLE', 'NRW'), ('Isselburg', '46419', 'BOR', 'NRW'), ('Legden', '48739', 'BOR', 'NRW'),
    ('Havixbeck', '48329', 'COE', 'NRW'), ('Olfen', '59399', 'COE', 'NRW'), ('Drensteinfurt', '48317', 'WAF', 'NRW'),
    ('Sassenberg', '48336', 'WAF', 'NRW'), ('Bad Wünnenberg', '33181', 'PB', 'NRW'), ('Nieheim', '33039', 'HX', 'NRW'),
    ('Marienmünster', '37696', 'HX', 'NRW'), ('Schieder-Schwalenberg', '32816', 'LIP', 'NRW'), ('Extertal', '32699', 'LIP', 'NRW'),
    ('Kalletal', '32689', 'LIP', 'NRW'), ('Preußisch Oldendorf', '32361', 'MI', 'NRW'), ('Rahden', '32369', 'MI', 'NRW'),
]
STREET_BASES = ['Holunder', 'Schlehen', 'Weißdorn', 'Ginster', 'Heidekraut', 'Wacholder', 'Kiefern', 'Lärchen',
                'Tannen', 'Zirbel', 'Pappel', 'Espen', 'Wiesel', 'Dachs', 'Marder', 'Otter', 'Biber', 'Hermelin',
                'Zaunkönig', 'Rotkehlchen', 'Stieglitz', 'Gimpel', 'Pirol', 'Wiedehopf', 'Kiebitz', 'Eisvogel',
                'Brachvogel', 'Kormoran', 'Salbei', 'Thymian', 'Kamillen', 'Ringelblumen', 'Schafgarben', 'Malven',
                'Hopfen', 'Flachs', 'Roggen', 'Dinkel', 'Gersten', 'Hafer', 'Töpfer', 'Weber', 'Gerber', 'Böttcher',
                'Stellmacher', 'Seiler', 'Küfer', 'Glaser', 'Zinngießer', 'Goldschmied', 'Ziegelei', 'Kalkofen',
                'Mühlbach', 'Hammerwerk', 'Salinen', 'Bergmanns', 'Hütten', 'Köhler', 'Flößer', 'Fährmann',
                'Wollgras', 'Sonnentaublick', 'Bärwurz', 'Arnika', 'Enzian', 'Frauenmantel', 'Wiesenknopf', 'Odermennig',
                'Beinwell', 'Sauerampfer', 'Brennnessel', 'Hirtentäschel', 'Knabenkraut', 'Kuckucksblumen', 'Sumpfdotter',
                'Schilfrohr', 'Binsen', 'Seggen', 'Rohrdommel', 'Bekassinen', 'Uferschwalben', 'Dohlen', 'Elstern',
                'Goldammer', 'Neuntöter', 'Grünspecht', 'Kleiber', 'Wendehals', 'Siebenschläfer', 'Haselmaus',
                'Feldhamster', 'Ziesel', 'Iltis', 'Bisam', 'Schleifer', 'Nagelschmied', 'Kesselflicker', 'Drechsler',
                'Posamentierer', 'Tuchmacher', 'Färber', 'Leineweber', 'Knopfmacher', 'Zainhammer', 'Eisenhammer',
                'Pochwerk', 'Schmelzhütten', 'Stollen', 'Kaue', 'Halden']
STREET_SUFFIX = ['straße', 'str.', 'weg', 'gasse', 'ring', 'allee', 'pfad', 'steig', 'grund', 'anger', 'hof', 'feld',
                 'kamp', 'stieg', ' Straße', '-Straße', 'strasse']
FIXED_STREETS = ['Am Lindenbühl', 'Hinter der Schmiede', 'Auf dem Hagen', 'Im Wiesengrund', 'An den Teichwiesen',
                 'Zur Pulvermühle', 'Am Galgenberg', 'Unterm Rain', 'Auf der Bleiche', 'Am Bärenzwinger',
                 'In der Aue', 'Am Kuhtor', 'Vor dem Steintor', 'Hinter den Gärten', 'Auf der Heide',
                 'Am Schafstall', 'Bei der Walkmühle', 'Zum Sportplatz', 'Am Wasserwerk', 'Am Sauerbrunnen',
                 'Hinterm Backhaus', 'Am Ziegenmarkt', 'Unter den Weiden', 'Auf der Schanze', 'Im Kreuzfeld',
                 'Zur Ölmühle', 'An der Pferdeschwemme', 'Am Hexenturm', 'Über der Klinge', 'Im Bruchfeld',
                 'Am Rübenacker', 'Vor der Bleiche', 'Auf dem Kämpchen', 'Im Stockacker', 'An der Steinkaute']
INST_TYPES = {
    'authority': ['Landratsamt', 'Kreisverwaltung', 'Bürgerbüro', 'Sozialamt', 'Wohngeldbehörde', 'Ordnungsamt',
                  'Kreisjugendamt', 'Jugendamt', 'Gesundheitsamt', 'Standesamt', 'Einwohnermeldeamt',
                  'Finanzamt', 'Zulassungsstelle', 'Schulamt', 'Versorgungsamt', 'Stadtverwaltung'],
    'court': ['Amtsgericht', 'Sozialgericht', 'Arbeitsgericht', 'Landgericht', 'Verwaltungsgericht'],
    'clinic': ['Kreiskrankenhaus', 'Klinikum', 'Tagesklinik', 'Suchtberatungsstelle', 'Psychiatrische Institutsambulanz',
               'Reha-Zentrum', 'Sozialpsychiatrischer Dienst'],
    'school': ['Grundschule', 'Gesamtschule', 'Förderschule', 'Realschule plus', 'Oberschule', 'Mittelschule',
               'Gemeinschaftsschule', 'Regionalschule'],
    'adult': ['Volkshochschule', 'Berufsbildende Schulen', 'Berufskolleg', 'Kreisvolkshochschule', 'Sprachschule',
              'Bildungszentrum', 'Abendschule'],
    'abh': ['Ausländerbehörde', 'Zentrale Ausländerbehörde', 'Ausländeramt', 'Ausländerbehörde des Landkreises'],
    'kita': ['Kita', 'Kindergarten', 'Familienzentrum', 'Kinderkrippe', 'Hort'],
    'police': ['Polizeiinspektion', 'Polizeirevier', 'Polizeiposten', 'Polizeistation'],
    'social': ['Diakonisches Werk', 'Caritasverband', 'AWO-Kreisverband', 'Tafel', 'Frauenhaus', 'Schuldnerberatung',
               'Migrationsberatung', 'Jugendmigrationsdienst', 'Wohnungslosenhilfe', 'Mieterverein', 'Kleiderkammer',
               'Integrationsfachdienst', 'Berufsförderungswerk', 'Bildungswerk der Wirtschaft', 'Handwerkskammer-Bildungszentrum'],
}
NAMED_BODIES = {
    'kita': ['Kita Pusteblume', 'Kita Regenbogenland', 'Kinderhaus Wirbelwind', 'Kita Kleine Strolche', 'Kita Sonnenkäfer',
             'Kita Löwenzahn', 'Kita Hummelnest', 'Kinderhaus Kunterbunt am Teich', 'Kita Schatzkiste', 'Kita Zauberwald',
             'Kindergarten Arche Noah', 'Kita Glühwürmchen', 'Kita Rasselbande', 'Kita Wolkenschloss'],
    'school': ['Astrid-Lindgren-Grundschule', 'Anne-Frank-Realschule', 'Geschwister-Scholl-Gesamtschule',
               'Pestalozzischule', 'Albert-Schweitzer-Förderschule', 'Friedrich-Fröbel-Schule', 'Janusz-Korczak-Schule',
               'Lessing-Gymnasium', 'Erich-Kästner-Grundschule', 'Hermann-Hesse-Realschule', 'Maria-Montessori-Schule',
               'Adolph-Kolping-Berufskolleg', 'Otto-Lilienthal-Oberschule'],
    'social': ['Bahnhofsmission', 'Deutscher Kinderschutzbund', 'Lebenshilfe', 'Kolpingwerk', 'Paritätischer Wohlfahrtsverband',
               'Arbeiter-Samariter-Bund', 'Malteser Hilfsdienst', 'Weißer Ring', 'pro familia', 'Refugio',
               'Flüchtlingsrat', 'Internationaler Bund', 'SkF – Sozialdienst katholischer Frauen',
               'Evangelische Jugendhilfe', 'Stadtmission', 'Kreisdiakonie', 'Blaues Kreuz', 'Anonyme Alkoholiker'],
    'authority': ['Deutsche Rentenversicherung Knappschaft-Bahn-See', 'Bundesamt für Migration und Flüchtlinge',
                  'Familienkasse Sachsen', 'Unfallkasse Nord', 'Berufsgenossenschaft Holz und Metall', 'BG BAU',
                  'AOK Niedersachsen', 'IKK classic', 'BARMER', 'DAK-Gesundheit', 'Techniker Krankenkasse', 'KKH'],
    'kasse': ['AOK Niedersachsen', 'AOK Nordost', 'AOK PLUS', 'IKK classic', 'BARMER', 'DAK-Gesundheit',
              'Techniker Krankenkasse', 'KKH', 'hkk Krankenkasse', 'Knappschaft', 'BKK firmus', 'Audi BKK', 'HEK',
              'SBK', 'Mobil Krankenkasse', 'BKK24', 'Bergische Krankenkasse', 'BKK VBU', 'Salus BKK', 'VIACTIV',
              'energie-BKK', 'BIG direkt gesund', 'IKK Südwest', 'IKK gesund plus', 'AOK Hessen', 'AOK Bayern',
              'AOK Baden-Württemberg', 'AOK Rheinland/Hamburg', 'AOK Sachsen-Anhalt', 'Novitas BKK', 'pronova BKK'],
    'consulate': ['Generalkonsulat der Republik Irak', 'Botschaft der Arabischen Republik Syrien',
                  'Generalkonsulat der Islamischen Republik Iran', 'Botschaft des Staates Eritrea',
                  'Generalkonsulat der Republik Korea', 'Botschaft des Haschemitischen Königreichs Jordanien',
                  'Generalkonsulat der Islamischen Republik Afghanistan'],
}
TRADES = ['Gebäudereinigung', 'Garten- und Landschaftsbau', 'Hausmeisterservice', 'Umzüge', 'Kurierdienst',
          'Zeitarbeit', 'Personaldienstleistungen', 'Pflegedienst', 'Sicherheitsdienst', 'Lagerlogistik',
          'Fliesenlegerei', 'Malerbetrieb', 'Dachdeckerei', 'Bäckerei', 'Fleischerei', 'Autolackiererei',
          'Reifenservice', 'Wäscherei', 'Catering', 'Systemgastronomie', 'Fensterbau', 'Elektrotechnik',
          'Sanitär- und Heizungstechnik', 'Entsorgung', 'Recycling', 'Paketzustellung']
COMPANY_WORDS = ['Nordlicht', 'Weitblick', 'Sonnentau', 'Feldlerche', 'Kranich', 'Eichenhain', 'Silberdistel',
                 'Wegwarte', 'Kornblume', 'Heidelicht', 'Mühlstein', 'Leuchtfeuer', 'Wellenreiter', 'Bergfink',
                 'Rosenhag', 'Zugvogel', 'Lindwurm', 'Morgenstern', 'Fernweh', 'Windspiel', 'Quellgrund',
                 'Seewind', 'Taubenschlag', 'Feuerdorn', 'Glockenheide', 'Sternkraut', 'Wolkenhain', 'Moosgrund',
                 'Haselbusch', 'Ackerwinde', 'Tausendschön', 'Brückenwind', 'Uferlicht', 'Kieselstein', 'Regenpfeifer',
                 'Himmelsleiter', 'Abendrot', 'Frühtau', 'Lerchenfeld', 'Grünspan']
LEGAL = ['GmbH', 'GmbH & Co. KG', 'UG (haftungsbeschränkt)', 'KG', 'OHG', 'e.K.', 'AG', 'gGmbH', 'GbR', 'Inh. e.K.',
         'mbH', 'SE', 'eG', 'Ltd.', 'GmbH & Co. OHG']
SHOPS = ['Döner-Imbiss', 'Friseursalon', 'Änderungsschneiderei', 'Handyshop', 'Kiosk', 'Spätkauf', 'Pizzeria',
         'Shisha-Bar', 'Orientmarkt', 'Teestube', 'Backshop', 'Barbershop']
BRANDS = ['Rossmann', 'Kaufland', 'Netto Marken-Discount', 'Action', 'Woolworth', 'TEDi', 'KiK', 'Takko Fashion',
          'Burger King', "McDonald's", 'Hermes Germany', 'DPD', 'GLS Germany', 'Amazon Logistik', 'Randstad',
          'Adecco', 'Persona service', 'Piepenbrock', 'WISAG', 'Dussmann Service', 'Securitas', 'Kötter Security',
          'Edeka Minden-Hannover', 'Globus', 'Obi', 'Bauhaus', 'Penny', 'Lidl', 'Aldi Nord', 'Aldi Süd',
          'Hellweg Baumarkt', 'Mäc-Geiz', 'Sonderpreis Baumarkt', 'Jawoll', 'Pfennigpfeiffer', 'Kodi', 'Ernsting\'s family',
          'Depot', 'Nanu-Nana', 'Kaiser\'s Backstube', 'Ditsch', 'Nordsee', 'Vapiano', 'L\'Osteria', 'Hans im Glück',
          'Orterer Getränkemärkte', 'Hol\'ab', 'Logo Getränkemarkt', 'Fegro/Selgros', 'Transgourmet', 'Metro Cash & Carry',
          'Dachser', 'Rhenus Logistics', 'Fiege Logistik', 'Hellmann Worldwide Logistics', 'Nagel-Group', 'Kühne + Nagel',
          'ISS Facility Services', 'Gegenbauer', 'Stölzle-Oberglas', 'Franz Kaldewei', 'Tönnies', 'Westfleisch', 'Vion']
AREA = ['04941', '04462', '04931', '0491', '04961', '05931', '0591', '05921', '04471', '04441', '05441', '04271',
        '05021', '04261', '04281', '04161', '04171', '0581', '05371', '05331', '05171', '05531', '05522', '04841',
        '0481', '04821', '04121', '04551', '04521', '04541', '04621', '04331', '03843', '03871', '03874', '0395',
        '03971', '03973', '03984', '03334', '03391', '03385', '03371', '03375', '03546', '03573', '03561', '03591',
        '03585', '03578', '03525', '03431', '03437', '03433', '03741', '03771', '03733', '03464', '03471', '03931',
        '03901', '03943', '03631', '03601', '03691', '03671', '03661', '03675', '06621', '0661', '06631', '06431',
        '02771', '06042', '06051', '05651', '05631', '02621', '02651', '02671', '06561', '06781', '06331', '06332',
        '06861', '06821', '06841', '0671', '06731', '07621', '07751', '07461', '07433', '07571', '07351', '0751',
        '07951', '06261', '07252', '07041', '07161', '08341', '08331', '0831', '08191', '0881', '0861', '08631',
        '0991', '09421', '09971', '0961', '09621', '09281', '09261', '09721', '0971', '0981', '09851', '02931',
        '0291', '02761', '02351', '02261', '02251', '02421', '02452', '02821', '02861', '02541', '02382', '02941',
        '05271', '05231', '0571', '05741', '05241']
MAIL = ['web.de', 'gmx.de', 'gmx.net', 't-online.de', 'posteo.de', 'mailbox.org', 'yahoo.de', 'yahoo.com',
        'hotmail.com', 'hotmail.de', 'outlook.de', 'icloud.com', 'freenet.de', 'online.de', 'aol.com', 'googlemail.com',
        'gmail.com', 'live.de', 'email.de', 'arcor.de']
FOREIGN_ADDR = [
    'Al-Jamiliyah, Shari\' Baron 14, Aleppo', 'Harasta, Damaskus-Land, Gebäude 7, 3. Stock',
    'Mahalla 312, Zuqaq 9, Dar 41, Bagdad', 'Ainkawa, Street 60, House 118, Erbil', 'Duhok, Malta Quarter, Road 12',
    'Kart-e Char, Darulaman Road, Haus 23, Kabul', 'Nahia 4, Shahr-e Naw, Gasse 3, Herat',
    'Kheyabun-e Vali-Asr, Kuche-ye Shahid Ahmadi, Pelak 17, Teheran', 'Chaharbagh-e Bala, Kuche 21, Isfahan',
    'Godaif, Zone 03, House 447, Asmara', 'Tiravolo, Street 171-5, Asmara', 'Jabal Al-Hussein, Khaled Bin Al-Walid St. 22, Amman',
    'Hamra Street, Bldg. Saab, 4th floor, Beirut', '15 Shari\' Talaat Harb, Downtown, Kairo',
    'Mecidiye Mah. Lamartin Cad. No: 11 D: 4, 34400 Beyoğlu/İstanbul', '12, Teheran-ro 45-gil, Gangnam-gu, Seoul 06142',
    'Busanjin-gu, Jungang-daero 708, Busan', 'Hay Al-Andalus, Street 14, Mossul']
FOREIGN_PHONE = [('+963', ['9', '9', '11']), ('+964', ['7']), ('+93', ['7']), ('+98', ['9']), ('+291', ['7', '1']),
                 ('+962', ['7']), ('+961', ['3', '71']), ('+20', ['10', '11', '12']), ('+90', ['5']), ('+82', ['10'])]


def candidates():
    """My own place / street / institution / company candidates (for extract_names8.py)."""
    out = [t[0] for t in TOWNS] + STREET_BASES + FIXED_STREETS + COMPANY_WORDS + BRANDS
    for v in NAMED_BODIES.values():
        out += v
    return out


PREFIX_CHECK = set(STREET_BASES) | set(COMPANY_WORDS)

# ====================================================================== check digits


def iban(country, bban):
    digits = ''.join(str(int(c, 36)) for c in (bban + country + '00').upper())
    check = 98 - int(digits) % 97
    return f'{country}{check:02d}{bban}'


def iban_ok(s):
    s = re.sub(r'[\s.\-/·_]', '', s).upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s):
        return False
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


def taxid_check(d10):
    p = 10
    for c in d10:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    return 0 if c == 10 else c


def taxid_ok(s):
    s = re.sub(r'\D', '', s)
    if len(s) != 11 or s[0] == '0':
        return False
    cnt = collections.Counter(s[:10])
    if sorted(cnt.values(), reverse=True)[0] not in (2, 3) or sum(1 for v in cnt.values() if v > 1) != 1:
        return False
    return taxid_check(s[:10]) == int(s[10])


def rv_check(area, bdate6, letter, serial):
    digs = area + bdate6 + f'{ord(letter.upper()) - 64:02d}' + serial
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(sum(int(x) for x in str(int(d) * k)) for d, k in zip(digs, w)) % 10


def rv_ok(s):
    s = re.sub(r'[\s.\-/·_]', '', s).upper()
    m = re.fullmatch(r'(\d\d)(\d{6})([A-Z])(\d\d)(\d)', s)
    return bool(m) and rv_check(m[1], m[2], m[3], m[4]) == int(m[5])


def c731(s):
    w = [7, 3, 1]
    return sum(int(c, 36) * w[i % 3] for i, c in enumerate(s.upper())) % 10


def id_ok(s):
    s = re.sub(r'[\s.\-/·_]', '', s).upper()
    return len(s) == 10 and c731(s[:9]) == int(s[9])


assert taxid_ok('86095742719') and taxid_ok('47036892816')
assert rv_ok('15 070649 C 103')
assert id_ok('T22000129 3')
assert iban_ok('DE89370400440532013000') and iban_ok('GB82WEST12345698765432')
assert iban('DE', '370400440532013000') == 'DE89370400440532013000'

# ====================================================================== helpers

MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November',
          'Dezember']
MON3 = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez']
WD = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']
WD2 = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']
DIG = ['null', 'eins', 'zwo', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun']
ORD = {1: 'ersten', 2: 'zweiten', 3: 'dritten', 4: 'vierten', 5: 'fünften', 6: 'sechsten', 7: 'siebten', 8: 'achten',
       9: 'neunten', 10: 'zehnten', 11: 'elften', 12: 'zwölften', 13: 'dreizehnten', 14: 'vierzehnten',
       15: 'fünfzehnten', 16: 'sechzehnten', 17: 'siebzehnten', 18: 'achtzehnten', 19: 'neunzehnten',
       20: 'zwanzigsten', 21: 'einundzwanzigsten', 22: 'zweiundzwanzigsten', 23: 'dreiundzwanzigsten',
       24: 'vierundzwanzigsten', 25: 'fünfundzwanzigsten', 26: 'sechsundzwanzigsten', 27: 'siebenundzwanzigsten',
       28: 'achtundzwanzigsten', 29: 'neunundzwanzigsten', 30: 'dreißigsten', 31: 'einunddreißigsten'}
SPELL = {'A': 'Anton', 'B': 'Berta', 'C': 'Cäsar', 'D': 'Dora', 'E': 'Emil', 'F': 'Friedrich', 'G': 'Gustav',
         'H': 'Heinrich', 'I': 'Ida', 'J': 'Julius', 'K': 'Kaufmann', 'L': 'Ludwig', 'M': 'Martha', 'N': 'Nordpol',
         'O': 'Otto', 'P': 'Paula', 'Q': 'Quelle', 'R': 'Richard', 'S': 'Samuel', 'T': 'Theodor', 'U': 'Ulrich',
         'V': 'Viktor', 'W': 'Wilhelm', 'X': 'Xanthippe', 'Y': 'Ypsilon', 'Z': 'Zacharias'}


def fold_ascii(s):
    s = s.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('Ä', 'Ae').replace('Ö', 'Oe')
    s = s.replace('Ü', 'Ue').replace('ß', 'ss')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def group(s, n, sep=' '):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ====================================================================== pools from names8.json

class Pools:
    ORIGINS = [('ar_AA', 30), ('fa_IR', 14), ('de_own8', 22), ('ko_KR', 8), ('er_own8', 8), ('af_own8', 6),
               ('ar_PS', 6), ('ar_SA', 6)]
    STAFF_ORIGINS = [('de_own8', 60), ('ar_AA', 15), ('fa_IR', 10), ('ko_KR', 8), ('er_own8', 7)]

    def __init__(self, path):
        d = json.load(open(path, encoding='utf-8'))
        # names that are also ordinary German / English words (um, im, oh, no …) are not used, so that ordinary
        # words stay ordinary
        stop = {'oh', 'no', 'go', 'ha', 'im', 'um', 'in', 'ja', 'so', 'do', 'ma', 'na', 'an', 'bit', 'abs', 'por', 'mi',
                'bu', 'il', 'o', 'u', 'ju', 'sik', 'suk', 'hun', 'won'}
        self.d = {k: {x: [n for n in v[x] if not any(p.lower() in stop for p in re.split(r'[ \-]', n))]
                      for x in 'mfs'} for k, v in d.items() if not k.startswith('_')}
        self.dropped = set(d.get('_droppedPoolCandidates', []))
        self.all_s = sorted({s for v in self.d.values() for s in v['s']})
        self.all_m = sorted({s for v in self.d.values() for s in v['m']})
        self.all_f = sorted({s for v in self.d.values() for s in v['f']})

    def given(self, rnd, origin, g):
        lst = self.d[origin]['m' if g == 'm' else 'f']
        if len(lst) < 3:
            lst = self.all_m if g == 'm' else self.all_f
        return rnd.choice(lst)

    def surname(self, rnd, origin):
        lst = self.d[origin]['s']
        if len(lst) < 3:
            lst = self.all_s
        return rnd.choice(lst)


class Person:
    def __init__(self, given, surname, gender, birth=None):
        self.given, self.surname, self.gender, self.birth = given, surname, gender, birth

    @property
    def full(self):
        return f'{self.given} {self.surname}'


def make_person(rnd, P, gender=None, origin=None, surname=None, staff=False):
    if origin is None:
        o = P.STAFF_ORIGINS if staff else P.ORIGINS
        origin = rnd.choices([x for x, _ in o], [w for _, w in o])[0]
    gender = gender or rnd.choice('mf')
    g = P.given(rnd, origin, gender)
    if rnd.random() < 0.04:
        g2 = P.given(rnd, origin, gender)
        if g2 != g and '-' not in g + g2 and ' ' not in g + g2:
            g = f'{g}-{g2}'
    s = surname or P.surname(rnd, origin)
    if surname is None and rnd.random() < 0.05:
        s2 = P.surname(rnd, rnd.choice([x for x, _ in P.ORIGINS]))
        if s2 != s and '-' not in s + s2 and ' ' not in s + s2:
            s = f'{s}-{s2}'
    p = Person(g, s, gender)
    p.origin = origin
    return p


# ====================================================================== the world of one record

class World:
    def __init__(self, rnd, P, idx, sgb2):
        self.rnd, self.P = rnd, P
        r = rnd
        self.sgb2 = sgb2
        self.town = r.choice(TOWNS_OK)
        self.cust = make_person(r, P)
        if r.random() < 0.3:
            self.cust.birth = P.surname(r, r.choice([x for x, _ in P.ORIGINS]))
            if self.cust.birth == self.cust.surname:
                self.cust.birth = None
        self.g = self.cust.gender
        self.worker = make_person(r, P, staff=True)
        self.lead = make_person(r, P, staff=True)
        by = r.randint(1962, 2004)
        self.bdate = dt.date(by, r.randint(1, 12), r.randint(1, 28))
        self.street = street(r)
        self.addr_struct = {'street': self.street, 'postcode': self.town[1], 'city': self.town[0]}
        self.phone_area = r.choice(AREA)
        self.mobile = mobile(r)
        self.email = email_for(r, self.cust)
        self.iban = de_iban(r)
        self.taxid = new_taxid(r)
        self.rv = new_rv(r, self.bdate, (self.cust.birth or self.cust.surname), self.g)
        self.idcard = new_id(r)
        self.plate = new_plate(r, self.town[2])
        if sgb2:
            jc3 = f'{r.randint(100, 999)}'
            self.unit_id = jc3 + f'{r.randint(1, 9):02d}'
            self.knr = f'{jc3}D{r.randint(0, 999999):06d}'
            self.bg = f'{self.unit_id}BG{r.randint(0, 9999999):07d}'
            self.unit_name = f'Jobcenter {self.town[0]}'
            self.team = f'{self.unit_id}-T{r.randint(1, 9):02d}'
        else:
            self.unit_id = f'{r.randint(100, 999)}'
            self.knr = f'{self.unit_id}D{r.randint(0, 999999):06d}'
            self.bg = f'{r.randint(10000, 99999)}BG{r.randint(0, 9999999):07d}'
            self.unit_name = f'Agentur für Arbeit {self.town[0]}'
            self.team = f'{self.unit_id}-T{r.randint(1, 9):02d}'
        self.worker_phone = f'{r.choice(AREA)} {r.randint(100, 99999)}-{r.randint(100, 999)}'
        dom = ('jobcenter-' + re.sub(r'[^a-z]', '', fold_ascii(self.town[0].split(' (')[0].split()[0]).lower()) + '.de') \
            if sgb2 else 'arbeitsagentur.de'
        self.worker_email = f'{fold_ascii(self.worker.given).lower()}.{fold_ascii(self.worker.surname).lower()}@{dom}'.replace(' ', '-')
        self.staff_dom = dom
        self.start = dt.date(2024, 1, 8) + dt.timedelta(days=r.randint(0, 420))


def street(r, with_no=True):
    if r.random() < 0.2:
        s = r.choice(FIXED_OK)
    else:
        b, suf = r.choice(BASES_OK), r.choice(STREET_SUFFIX)
        s = b + suf if not suf.startswith((' ', '-')) else b + suf
    if not with_no:
        return s
    n = str(r.randint(1, 140))
    x = r.random()
    if x < 0.12:
        n += r.choice('abcd')
    elif x < 0.16:
        n += ' ' + r.choice('ABC')
    elif x < 0.2:
        n = f'{n}-{int(n) + 2}'
    return f'{s} {n}'


def mobile(r):
    return r.choice(['0151', '0152', '0157', '0159', '0160', '0162', '0163', '0170', '0171', '0172', '0173', '0174',
                     '0175', '0176', '0177', '0178', '0179', '0155', '0156']) + ''.join(str(r.randint(0, 9)) for _ in range(r.choice([7, 7, 8])))


def email_for(r, p, dom=None):
    g, s = fold_ascii(p.given).lower().replace(' ', ''), fold_ascii(p.surname).lower().replace(' ', '')
    g, s = re.sub(r"[^a-z\-]", '', g), re.sub(r"[^a-z\-]", '', s)
    f = r.choice([f'{g}.{s}', f'{g}{s}', f'{g[0]}.{s}', f'{s}.{g}', f'{g}_{s}', f'{g}{r.randint(1, 99)}',
                  f'{s}{r.randint(60, 99)}', f'{g}.{s}{r.randint(1, 9)}', f'{g[:3]}{s[:4]}', f'{s}-{g[0]}'])
    return f'{f}@{dom or r.choice(MAIL)}'


def de_iban(r):
    return iban('DE', f'{r.randint(10000000, 89999999)}{r.randint(0, 9999999999):010d}')


def foreign_iban(r):
    c = r.choice(['AT', 'NL', 'TR', 'JO', 'IQ', 'EG', 'AE', 'SA', 'LB', 'BE'])
    d = lambda n: ''.join(str(r.randint(0, 9)) for _ in range(n))
    L = lambda n: ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(n))
    bban = {'AT': lambda: d(16), 'NL': lambda: L(4) + d(10), 'TR': lambda: d(5) + '0' + d(16),
            'JO': lambda: L(4) + d(4) + d(18), 'IQ': lambda: L(4) + d(3) + d(12), 'EG': lambda: d(25),
            'AE': lambda: d(3) + d(16), 'SA': lambda: d(2) + d(18), 'LB': lambda: d(4) + d(20),
            'BE': lambda: d(12)}[c]()
    return iban(c, bban)


def new_taxid(r):
    while True:
        ds = r.sample('0123456789', 9)
        dup = r.choice(ds)
        ds.insert(r.randint(0, 9), dup)
        s = ''.join(ds)
        if s[0] == '0':
            continue
        s += str(taxid_check(s))
        if taxid_ok(s):
            return s


def new_rv(r, bdate, name, g):
    area = r.choice(['02', '04', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21',
                     '23', '24', '25', '26', '28', '29', '38', '39', '40', '42', '43', '44', '45', '46', '47', '48',
                     '49', '50', '51', '52', '53', '54', '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '65', '66', '80', '81', '82', '89'])
    letter = fold_ascii(name)[0].upper()
    if not letter.isalpha():
        letter = 'A'
    serial = f'{r.randint(0, 49) + (50 if g == "f" else 0):02d}'
    b6 = bdate.strftime('%d%m%y')
    s = f'{area}{b6}{letter}{serial}{rv_check(area, b6, letter, serial)}'
    assert rv_ok(s)
    return s


def new_id(r):
    first = r.choice('LMNPRTVWXY') if r.random() < 0.75 else r.choice('CFGHJK')
    rest = ''.join(r.choice('0123456789CFGHJKLMNPRTVWXYZ') for _ in range(8))
    s = first + rest
    return s + str(c731(s))


def new_plate(r, code=None):
    code = code or r.choice(TOWNS_OK)[2]
    letters = ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(r.choice([1, 2, 2])))
    num = str(r.randint(1, 9999 if len(code) + len(letters) < 5 else 999))
    return code, letters, num


# ====================================================================== rendering of slots

def fmt_date(r, d, style=None):
    styles = [('std', 30), ('short', 10), ('nz', 10), ('nzs', 5), ('long', 10), ('iso', 5), ('din', 4),
              ('mon3', 4), ('noyear', 9), ('noyear_nz', 6), ('long_ny', 4), ('compact', 2), ('slash', 2), ('comma', 1)]
    style = style or r.choices([s for s, _ in styles], [w for _, w in styles])[0]
    y, m, dd = d.year, d.month, d.day
    return {
        'std': f'{dd:02d}.{m:02d}.{y}', 'short': f'{dd:02d}.{m:02d}.{y % 100:02d}', 'nz': f'{dd}.{m}.{y}',
        'nzs': f'{dd}.{m}.{y % 100:02d}', 'long': f'{dd}. {MONTHS[m - 1]} {y}', 'iso': f'{y}-{m:02d}-{dd:02d}',
        'din': f'{dd:02d}. {m:02d}. {y}', 'mon3': f'{dd}. {MON3[m - 1]}. {y}', 'noyear': f'{dd:02d}.{m:02d}.',
        'noyear_nz': f'{dd}.{m}.', 'long_ny': f'{dd}. {MONTHS[m - 1]}', 'compact': f'{y}{m:02d}{dd:02d}',
        'slash': f'{dd:02d}/{m:02d}/{y}', 'comma': f'{dd:02d},{m:02d}.{y}', 'words': f'{ORD[dd]} {MONTHS[m - 1]}',
        'wordsy': f'{ORD[dd]} {MONTHS[m - 1]} {y}', 'nzl': f'{dd}.{m}.{y}', 'dots2': f'{dd:02d}.{m:02d}.{y % 100:02d}',
    }[style]


def split_phone(num):
    """German numbers: area code and subscriber part."""
    if num.startswith('01'):
        return num[:4], num[4:]
    return num[:-6] if len(num) > 10 else num[:5], num[5:] if len(num) <= 10 else num[-6:]


def pairs_right(s):
    """'89301' -> '8 93 01' (old DIN 5008 grouping from the right)."""
    out = []
    while len(s) > 2:
        out.insert(0, s[-2:])
        s = s[:-2]
    if s:
        out.insert(0, s)
    return ' '.join(out)


def grp_local(s):
    n = len(s)
    if n == 7:
        return f'{s[:3]} {s[3:5]} {s[5:]}'
    if n == 8:
        return f'{s[:4]} {s[4:]}'
    if n == 6:
        return f'{s[:3]} {s[3:]}'
    return pairs_right(s)


def fmt_phone(r, area, local, style=None):
    styles = [('plain', 22), ('slash', 18), ('din_old', 8), ('dash', 10), ('intl', 12), ('intl0', 8),
              ('compact_intl', 4), ('grouped', 10), ('paren', 6), ('compact', 2)]
    style = style or r.choices([s for s, _ in styles], [w for _, w in styles])[0]
    a0 = area[1:]
    return {
        'plain': f'{area} {local}', 'slash': f'{area}/{local}', 'din_old': f'{pairs_right(area)} / {pairs_right(local)}',
        'dash': f'{area}-{local}', 'intl': f'+49 {a0} {local}', 'intl0': f'+49 (0){a0} {local}',
        'compact_intl': f'+49{a0}{local}', 'grouped': f'{area} {grp_local(local)}',
        'paren': f'({area}) {local}', 'compact': f'{area}{local}',
        'spoken': ' '.join(DIG[int(c)] for c in area + local),
    }[style]


def fmt_foreign_phone(r, style=None):
    cc, starts = r.choice(FOREIGN_PHONE)
    st = r.choice(starts)
    n = {'+963': 9, '+964': 10, '+93': 9, '+98': 10, '+291': 7, '+962': 9, '+961': 8, '+20': 10, '+90': 10, '+82': 10}[cc]
    rest = ''.join(str(r.randint(0, 9)) for _ in range(n - len(st)))
    nat = st + rest
    style = style or r.choice(['plus', 'plus', 'grp', 'zz', 'dash', 'compact'])
    if cc == '+82' and style in ('grp', 'dash'):
        return f'+82 {nat[:2]}-{nat[2:6]}-{nat[6:]}'
    return {'plus': f'{cc} {nat}', 'grp': f'{cc} {nat[:3]} {nat[3:6]} {nat[6:]}', 'zz': f'00{cc[1:]} {nat}',
            'dash': f'{cc}-{nat[:3]}-{nat[3:]}', 'compact': f'{cc}{nat}'}[style]


def fmt_email(r, e, style=None):
    style = style or r.choices(['plain', 'plain', 'plain', 'brk', 'paren', 'upper1', 'caps', 'spaces'],
                               [30, 0, 0, 10, 8, 8, 3, 3])[0]
    u, d = e.split('@')
    return {'plain': e, 'brk': f'{u}[at]{d}', 'paren': f'{u} (at) {d}', 'upper1': e[:1].upper() + e[1:],
            'caps': e.upper(), 'spaces': f'{u} @ {d}', 'spoken': f"{u.replace('.', ' punkt ').replace('-', ' minus ').replace('_', ' unterstrich ')} Klammeraffe {d.replace('.', ' punkt ')}"}[style]


def fmt_iban(r, v, style=None):
    style = style or r.choices(['g4', 'compact', 'lower', 'bban', 'g4_2sp', 'mixed'], [45, 20, 8, 10, 5, 5])[0]
    if style == 'bban' and not v.startswith('DE'):
        style = 'g4'
    return {'g4': group(v, 4), 'compact': v, 'lower': group(v, 4).lower(), 'bban': f'{v[:4]} {v[4:12]} {v[12:]}',
            'g4_2sp': group(v, 4, '  '), 'mixed': v[:1] + v[1:2].lower() + group(v, 4)[2:]}[style]


def fmt_tax(r, v, style=None):
    style = style or r.choices(['compact', 'g2333', 'g3332', 'g443', 'g2333dot'], [35, 30, 15, 12, 8])[0]
    return {'compact': v, 'g2333': f'{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}', 'g3332': f'{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}',
            'g443': f'{v[:4]} {v[4:8]} {v[8:]}', 'g2333dot': f'{v[:2]}.{v[2:5]}.{v[5:8]}.{v[8:]}',
            'spoken': ' '.join(DIG[int(c)] for c in v)}[style]


def fmt_rv(r, v, style=None):
    style = style or r.choices(['std', 'compact', 'c103', 'slash', 'lower', 'g2'], [40, 15, 15, 10, 8, 8])[0]
    a, b, l, s = v[:2], v[2:8], v[8], v[9:]
    return {'std': f'{a} {b} {l} {s}', 'compact': v, 'c103': f'{a} {b} {l}{s}', 'slash': f'{a}/{b}/{l}/{s}',
            'lower': f'{a} {b} {l.lower()} {s}', 'g2': f'{a} {b[:2]} {b[2:4]} {b[4:]} {l} {s}'}[style]


def fmt_id(r, v, style=None):
    style = style or r.choices(['compact', 'sp', 'lower', 'g433', 'slash'], [50, 20, 10, 12, 8])[0]
    return {'compact': v, 'sp': f'{v[:9]} {v[9]}', 'lower': v.lower(), 'g433': f'{v[:4]} {v[4:7]} {v[7:]}',
            'hy': '-'.join(v), 'slash': f'{v[:9]}/{v[9]}'}[style]


def fmt_plate(r, p, style=None):
    code, let, num = p
    style = style or r.choices(['std', 'sp', 'nosp', 'lower', 'dashsp', 'e'], [45, 20, 10, 8, 7, 10])[0]
    return {'std': f'{code}-{let} {num}', 'sp': f'{code} {let} {num}', 'nosp': f'{code}-{let}{num}',
            'lower': f'{code}-{let} {num}'.lower(), 'dashsp': f'{code} - {let} {num}', 'e': f'{code}-{let} {num}E'}[style]


def fmt_knr(r, v, style=None):
    style = style or r.choices(['compact', 'sp', 'sp1', 'lower', 'dash'], [45, 20, 15, 10, 10])[0]
    return {'compact': v, 'sp': f'{v[:3]} D {v[4:]}', 'sp1': f'{v[:4]} {v[4:]}', 'lower': v.lower(),
            'dash': f'{v[:3]}-D-{v[4:7]} {v[7:]}'}[style]


def fmt_bg(r, v, style=None):
    style = style or r.choices(['compact', 'sp', 'sp1', 'dash', 'lower'], [45, 20, 15, 10, 10])[0]
    return {'compact': v, 'sp': f'{v[:5]} BG {v[7:]}', 'sp1': f'{v[:7]} {v[7:]}', 'dash': f'{v[:5]}-BG-{v[7:]}',
            'lower': v.lower()}[style]


def fmt_name(r, p, style=None):
    style = style or r.choices(['full', 'inv', 'init', 'up', 'fullup'], [60, 15, 8, 10, 7])[0]
    g, s = p.given, p.surname
    return {'full': f'{g} {s}', 'inv': f'{s}, {g}', 'init': f'{g[0]}. {s}', 'up': f'{s.upper()}, {g}',
            'fullup': f'{g} {s.upper()}', 'sur': s, 'given': g, 'lower': f'{g} {s}'.lower(),
            'spell': '-'.join(c.upper() for c in fold_ascii(s) if c.isalpha()), 'passport': f'{s.upper()} {g.upper()}',
            'sgl': f'{s} {g}', 'birth': p.birth or s, 'gsur': f'{g[0]}.{s}'}[style]


def fmt_addr(r, street_, pc, town, style=None):
    style = style or r.choices(['full', 'nl', 'street', 'nocomma', 'slash', 'dash', 'in'], [35, 12, 18, 12, 8, 8, 7])[0]
    return {'full': f'{street_}, {pc} {town}', 'nl': f'{street_}\n{pc} {town}', 'street': street_,
            'nocomma': f'{street_} {pc} {town}', 'slash': f'{street_} / {pc} {town}', 'dash': f'{street_} – {pc} {town}',
            'in': f'{street_} in {pc} {town}', 'town1': f'{pc} {town}, {street_}'}[style]


def make_inst(r, sub=None, town=None):
    town = town or r.choice(TOWNS_OK)[0]
    sub = sub or r.choice(['authority', 'authority', 'court', 'clinic', 'school', 'adult', 'kita', 'police', 'social', 'social'])
    if sub == 'consulate':
        return r.choice(NAMED_OK['consulate'])
    if sub == 'kasse':
        return r.choice(NAMED_OK['kasse'])
    if sub in NAMED_OK and NAMED_OK[sub] and r.random() < 0.3:
        n = r.choice(NAMED_OK[sub])
        if sub in ('kita', 'school') and r.random() < 0.5:
            n = f'{n} {town}'
        return n
    t = r.choice(INST_TYPES[sub])
    x = r.random()
    if sub == 'authority' and x < 0.2:
        return f'{t} des Landkreises {town}'
    if sub == 'social' and x < 0.4:
        return f'{t} {r.choice(["im Landkreis", "in", "für"])} {town}'
    if sub == 'kita' and x < 0.5:
        return f'{t} {r.choice(["St. Marien", "Am Schlossberg", "Wiesenweg", "Zwergenland", "Bullerbü", "Sternenzelt"])} {town}'
    return f'{t} {town}'


def make_company(r, sub=None, P=None):
    sub = sub or r.choices(['word', 'owner', 'shop', 'brand', 'zeit'], [40, 18, 14, 20, 8])[0]
    if sub == 'wohnen':
        return r.choice([f'{r.choice(COMPANY_OK)} Wohnungsbau {r.choice(["GmbH", "eG", "GmbH & Co. KG"])}',
                         f'Wohnungsgenossenschaft {r.choice(COMPANY_OK)} eG',
                         f'{r.choice(COMPANY_OK)} Immobilienverwaltung {r.choice(LEGAL)}',
                         f'Hausverwaltung {r.choice(P.all_s)} {r.choice(["GmbH", "e.K.", "KG"])}'])
    if sub == 'brand':
        return r.choice(BRANDS_OK)
    if sub == 'shop':
        return f'{r.choice(SHOPS)} {r.choice(P.all_m + P.all_f) if r.random() < 0.6 else r.choice(COMPANY_OK)}'
    if sub == 'owner':
        s = r.choice(P.all_s)
        return r.choice([f'{r.choice(TRADES)} {s} {r.choice(LEGAL)}', f'{s} {r.choice(TRADES)} {r.choice(LEGAL)}',
                         f'{r.choice(TRADES)} {s}', f'{s} & Söhne {r.choice(TRADES)}'])
    if sub == 'zeit':
        return f'{r.choice(COMPANY_OK)} {r.choice(["Personal", "Zeitarbeit", "Personalservice", "Jobs"])} {r.choice(LEGAL)}'
    w, t, l = r.choice(COMPANY_OK), r.choice(TRADES), r.choice(LEGAL)
    return r.choice([f'{w} {t} {l}', f'{t} {w} {l}', f'{w}-{t} {l}', f'{w} {l}'])


# ====================================================================== template engine

SLOT = re.compile(r'\{([gs]):([^{}|]*)\|([^{}]*)\}|\{([A-Z][A-Z0-9]*)(?::([a-z0-9_]+))?(?:!([lu]))?\}|\{(town|town2)\}')
KIND_OF = {'C': 'customerName', 'S': 'staffName', 'TL': 'staffName', 'K': 'staffName', 'K2': 'staffName',
           'KM': 'staffName', 'KW': 'staffName',
           'K3': 'staffName', 'P': 'thirdPersonName', 'P2': 'thirdPersonName', 'P3': 'thirdPersonName',
           'PM': 'thirdPersonName', 'PW': 'thirdPersonName', 'PM2': 'thirdPersonName', 'PW2': 'thirdPersonName',
           'PR': 'thirdPersonName', 'PRX': 'thirdPersonName', 'PX': 'thirdPersonName', 'PRM': 'thirdPersonName', 'PRW': 'thirdPersonName', 'PR2': 'thirdPersonName',
           'D': 'date', 'B': 'birthDate', 'BK': 'birthDate', 'BK2': 'birthDate', 'BP': 'birthDate',
           'A': 'address', 'A2': 'address', 'A3': 'address', 'AF': 'address', 'T': 'phone', 'TM': 'phone',
           'T2': 'phone', 'T3': 'phone', 'TF': 'phone', 'TS': 'phone', 'M': 'email', 'MS': 'email', 'M2': 'email',
           'I': 'iban', 'I2': 'iban', 'IF': 'iban', 'TAX': 'taxId', 'RV': 'pensionNumber', 'ID': 'idCard',
           'PL': 'licensePlate', 'PL2': 'licensePlate', 'KNR': 'customerNumber', 'KNR2': 'customerNumber',
           'BG': 'householdNumber', 'BG2': 'householdNumber', 'INST': 'institution', 'INST2': 'institution',
           'INST3': 'institution', 'FIRMA': 'company', 'FIRMA2': 'company', 'FIRMA3': 'company'}


class Note:
    def __init__(self, w, rnd, date):
        self.w, self.r = w, rnd
        self.people, self.vals = {}, {}
        self.cursor = date - dt.timedelta(days=rnd.randint(0, 25))
        self.validate = []   # (kind, text, drawn value) for identifiers

    def person(self, key):
        if key in self.people:
            return self.people[key]
        w, r = self.w, self.r
        if key == 'C':
            p = w.cust
        elif key == 'S':
            p = w.worker
        elif key == 'TL':
            p = w.lead
        elif key.startswith('K'):
            g = 'm' if key.startswith('KM') else 'f' if key.startswith('KW') else None
            p = make_person(r, w.P, gender=g, staff=True)
        elif key.startswith('PR'):
            g = 'm' if key.startswith('PRM') else 'f' if key.startswith('PRW') else r.choice('mf')
            if key.startswith('PRX'):
                g = 'f' if w.g == 'm' else 'm'
            p = make_person(r, w.P, gender=g, origin=getattr(w.cust, 'origin', None), surname=w.cust.surname)
        else:
            g = 'm' if key.startswith('PM') else 'f' if key.startswith('PW') else None
            if key.startswith('PX'):
                g = 'f' if w.g == 'm' else 'm'
            p = make_person(r, w.P, gender=g)
        self.people[key] = p
        return p

    def next_date(self):
        self.cursor += dt.timedelta(days=self.r.randint(1, 16))
        return self.cursor

    def render(self, key, style, before_dot=False):
        w, r = self.w, self.r
        kind = KIND_OF[key]
        if before_dot and key in ('D', 'B', 'BK', 'BK2', 'BP') and style is None:
            style = r.choice(['std', 'std', 'nz', 'short', 'long', 'iso', 'nzs'])
        if kind.endswith('Name'):
            p = self.person(key)
            if style == 'birth' and p is w.cust and not p.birth:
                p.birth = w.P.surname(r, r.choice([x for x, _ in w.P.ORIGINS]))
            return fmt_name(r, p, style), kind
        if key == 'D':
            return fmt_date(r, self.next_date(), style), kind
        if key == 'B':
            return fmt_date(r, w.bdate, style or r.choice(['std', 'std', 'std', 'nz', 'short', 'long', 'iso', 'din'])), kind
        if key in ('BK', 'BK2', 'BP'):
            if key not in self.vals:
                y = r.randint(2008, 2022) if key != 'BP' else r.randint(1948, 2001)
                self.vals[key] = dt.date(y, r.randint(1, 12), r.randint(1, 28))
            return fmt_date(r, self.vals[key], style or r.choice(['std', 'std', 'nz', 'short', 'long'])), kind
        if key == 'A':
            if style == 'street':
                return w.street, kind
            return fmt_addr(r, w.street, w.town[1], w.town[0], style), kind
        if key in ('A2', 'A3'):
            t = r.choice(TOWNS_OK) if r.random() < 0.6 else w.town
            return fmt_addr(r, street(r), t[1], t[0], style), kind
        if key == 'AF':
            return r.choice(FOREIGN_ADDR), kind
        if key in ('T', 'TM', 'T2', 'T3'):
            if key == 'T' and r.random() < 0.4:
                area, local = w.phone_area, self.vals.setdefault('Tl', str(r.randint(10000, 999999)))
            elif key in ('T', 'TM'):
                area, local = w.mobile[:4], w.mobile[4:]
            else:
                if r.random() < 0.5:
                    mb = mobile(r)
                    area, local = mb[:4], mb[4:]
                else:
                    area, local = r.choice(AREA), str(r.randint(10000, 999999))
            txt = fmt_phone(r, area, local, style)
            self.validate.append(('phone', txt, area + local))
            return txt, kind
        if key == 'TF':
            return fmt_foreign_phone(r, style), kind
        if key == 'TS':
            return w.worker_phone, kind
        if key == 'M':
            return fmt_email(r, w.email, style), kind
        if key == 'MS':
            return fmt_email(r, w.worker_email, style if style else 'plain'), kind
        if key == 'M2':
            p = self.people.get('P') or self.people.get('P2') or make_person(r, w.P)
            return fmt_email(r, email_for(r, p), style), kind
        if key in ('I', 'I2', 'IF'):
            v = w.iban if key == 'I' else de_iban(r) if key == 'I2' else foreign_iban(r)
            txt = fmt_iban(r, v, style)
            self.validate.append(('iban', txt, v))
            return txt, kind
        if key == 'TAX':
            txt = fmt_tax(r, w.taxid, style)
            self.validate.append(('taxId', txt, w.taxid))
            return txt, kind
        if key == 'RV':
            txt = fmt_rv(r, w.rv, style)
            self.validate.append(('pensionNumber', txt, w.rv))
            return txt, kind
        if key == 'ID':
            txt = fmt_id(r, w.idcard, style)
            self.validate.append(('idCard', txt, w.idcard))
            return txt, kind
        if key in ('PL', 'PL2'):
            return fmt_plate(r, w.plate if key == 'PL' else new_plate(r), style), kind
        if key in ('KNR', 'KNR2'):
            v = w.knr if key == 'KNR' else f'{r.randint(100, 999)}D{r.randint(0, 999999):06d}'
            txt = fmt_knr(r, v, style)
            self.validate.append(('customerNumber', txt, v))
            return txt, kind
        if key in ('BG', 'BG2'):
            v = w.bg if key == 'BG' else f'{r.randint(10000, 99999)}BG{r.randint(0, 9999999):07d}'
            txt = fmt_bg(r, v, style)
            self.validate.append(('householdNumber', txt, v))
            return txt, kind
        if key.startswith('INST'):
            return make_inst(r, style, w.town[0] if r.random() < 0.5 else None), kind
        if key.startswith('FIRMA'):
            return make_company(r, style, w.P), kind
        raise KeyError(key)

    def fill(self, tpl, case_all=None):
        tf = (lambda x: x.lower()) if case_all == 'l' else (lambda x: x.upper()) if case_all == 'u' else (lambda x: x)
        out, spans, pos = [], [], 0
        for m in SLOT.finditer(tpl):
            out.append(tf(tpl[pos:m.start()]))
            pos = m.end()
            cur = sum(len(x) for x in out)
            if m.group(1):
                out.append(tf(m.group(2) if (self.w.g if m.group(1) == 'g' else self.w.worker.gender) == 'm' else m.group(3)))
                continue
            if m.group(7):
                out.append(tf(self.w.town[0] if m.group(7) == 'town' else self.r.choice(TOWNS_OK)[0]))
                continue
            key, style, case = m.group(4), m.group(5), m.group(6)
            txt, kind = self.render(key, style, tpl[m.end():m.end() + 1] == '.')
            if case == 'l':
                txt = txt.lower()
            elif case == 'u':
                txt = txt.upper()
            txt = tf(txt)
            out.append(txt)
            spans.append((cur, cur + len(txt), kind, txt))
            if txt.endswith('.') and tpl[pos:pos + 1] == '.':
                pos += 1   # "Ltd." / "12.03." at the end of a sentence: one dot, not two
        out.append(tf(tpl[pos:]))
        return ''.join(out), spans


# ====================================================================== corpus

TARGET = {'address': 175, 'birthDate': 82, 'company': 212, 'customerName': 205, 'customerNumber': 38, 'date': 300,
          'email': 62, 'householdNumber': 26, 'iban': 66, 'idCard': 55, 'institution': 210, 'licensePlate': 54,
          'pensionNumber': 34, 'phone': 116, 'staffName': 190, 'taxId': 30, 'thirdPersonName': 372}
JOINERS = [' ', '\n', '\n\n', ' … ', '\n= ', ' ‖ ', '\n>> ', '; ']
TOWNS_OK = BASES_OK = FIXED_OK = NAMED_OK = BRANDS_OK = COMPANY_OK = None


def setup_pools(dropped):
    global TOWNS_OK, BASES_OK, FIXED_OK, NAMED_OK, BRANDS_OK, COMPANY_OK
    TOWNS_OK = [t for t in TOWNS if t[0] not in dropped]
    BASES_OK = [b for b in STREET_BASES if b not in dropped]
    FIXED_OK = [b for b in FIXED_STREETS if b not in dropped]
    NAMED_OK = {k: [x for x in v if x not in dropped] for k, v in NAMED_BODIES.items()}
    BRANDS_OK = [b for b in BRANDS if b not in dropped]
    COMPANY_OK = [b for b in COMPANY_WORDS if b not in dropped]


def template_kinds(t):
    return [KIND_OF[m.group(4)] for m in SLOT.finditer(t) if m.group(4)]


def split_tpl(t):
    if t[:2] in ('2|', '3|'):
        return t[0], t[2:]
    return None, t


def strip_id(s):
    return re.sub(r'[\s.\-/·_]', '', s)


def validate_span(kind, text, drawn):
    s = strip_id(text)
    if kind == 'iban':
        assert iban_ok(s) and s.upper() == drawn, (text, drawn)
    elif kind == 'taxId':
        if not text.startswith(('null', 'eins', 'zwo', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun')):
            assert s == drawn and taxid_ok(s), (text, drawn)
        assert taxid_ok(drawn)
    elif kind == 'pensionNumber':
        assert s.upper() == drawn and rv_ok(s), (text, drawn)
    elif kind == 'idCard':
        assert s.upper() == drawn and id_ok(s), (text, drawn)
    elif kind == 'customerNumber':
        assert s.upper() == drawn and re.fullmatch(r'\d{3}D\d{6}', drawn), (text, drawn)
    elif kind == 'householdNumber':
        assert s.upper() == drawn and re.fullmatch(r'\d{5}BG\d{7}', drawn), (text, drawn)
    elif kind == 'phone':
        if not text.startswith(('null', 'eins')):
            d = re.sub(r'\D', '', text)
            assert d in (drawn, '49' + drawn[1:], '490' + drawn[1:]), (text, drawn)


def build():
    rnd = random.Random(SEED)
    P = Pools(os.path.join(HERE, 'names8.json'))
    setup_pools(P.dropped)
    import templates8
    tpls = list(templates8.TEMPLATES)
    assert len(set(tpls)) == len(tpls), 'duplicate template'
    for t in tpls:
        for m in re.finditer(r'\{([^{}]*)\}', t):
            assert SLOT.fullmatch(m.group(0)), ('bad slot', m.group(0), t[:40])
    kinds_of = [template_kinds(split_tpl(t)[1]) for t in tpls]
    counts = collections.Counter()
    used = collections.Counter()
    unused = list(range(len(tpls)))
    rnd.shuffle(unused)

    def pick(dom, avoid=()):
        ok = lambda i: split_tpl(tpls[i])[0] in (None, dom) and i not in avoid
        for j, i in enumerate(unused):
            if ok(i):
                unused.pop(j)
                return i
        best, bw = [], []
        for i in range(len(tpls)):
            if not ok(i):
                continue
            gain = sum(max(0.0, (TARGET[k] - counts[k]) / TARGET[k]) for k in kinds_of[i])
            over = sum(max(0.0, (counts[k] - TARGET[k]) / TARGET[k]) for k in kinds_of[i])
            gain = max(0.0, gain - 0.8 * over) / max(1, len(kinds_of[i]))
            gain = 0.0025 if not kinds_of[i] else gain + 0.004 / len(kinds_of[i]) ** 2
            best.append(i)
            bw.append(gain / (1 + used[i]) + 1e-6)
        return rnd.choices(best, bw)[0]

    records, truth = [], []
    doms = ['2'] * N_SGB2 + ['3'] * (N_RECORDS - N_SGB2)
    rnd.shuffle(doms)
    for ri, dom in enumerate(doms):
        w = World(rnd, P, ri, dom == '2')
        events = []
        d = w.start
        for ei in range(EVENTS_PER_RECORD):
            d = d + dt.timedelta(days=rnd.randint(7, 40))
            note = Note(w, rnd, d)
            nseg = 1 if rnd.random() < 0.97 else 2
            text, spans, picked = '', [], []
            for si in range(nseg):
                ti = pick(dom, picked)
                picked.append(ti)
                used[ti] += 1
                _, body = split_tpl(tpls[ti])
                x = rnd.random()
                case_all = 'l' if x < 0.035 else 'u' if x < 0.05 else None
                seg, sp = note.fill(body, case_all)
                if si:
                    text += rnd.choice(JOINERS)
                off = len(text)
                text += seg
                spans += [(a + off, b + off, k, v) for a, b, k, v in sp]
                for k in kinds_of[ti]:
                    counts[k] += 1
            for kind, txt, drawn in note.validate:
                validate_span(kind, txt, drawn)
            for a, b, k, v in spans:
                truth.append({'record': ri, 'event': ei, 'start': a, 'end': b, 'kind': k, 'value': v})
            events.append({'date': d.isoformat(), 'type': rnd.choice(['counselling', 'invitation', 'cooperationPlan',
                           'placementProposal', 'applicationReview', 'employerContact', 'caseConference', 'hearing',
                           'missedAppointment', 'statusUpdate']), 'channel': rnd.choice(['inPerson', 'inPerson', 'phone', 'video']),
                           'note': text})
        records.append(record_json(rnd, w, events))
    return records, truth, used, tpls, P


def record_json(rnd, w, events):
    c = w.cust
    nat = {'ar_AA': ['SY', 'IQ', 'JO', 'LB', 'EG'], 'ar_PS': ['PS', 'JO'], 'ar_SA': ['SA', 'IQ'], 'fa_IR': ['IR', 'AF'],
           'ko_KR': ['KR', 'DE'], 'de_own8': ['DE'] * 7 + ['AT'], 'er_own8': ['ER', 'ET'], 'af_own8': ['AF']}
    r = {'customerNumber': w.knr}
    if w.sgb2:
        r['householdNumber'] = w.bg
    r['legalDomain'] = 'SGB2' if w.sgb2 else 'SGB3'
    r['regionalDirectorate'] = w.town[3]
    if w.sgb2:
        r['jobCentre'] = {'id': w.unit_id, 'name': w.unit_name, 'consents16a': rnd.random() < 0.2}
    else:
        r['agency'] = {'id': w.unit_id, 'name': w.unit_name}
    r['team'] = w.team
    r['teamLead'] = {'id': f'TL-{rnd.randint(1000, 9999)}', 'name': w.lead.full}
    r['caseWorker'] = {'id': f'MA-{rnd.randint(1000, 9999)}', 'name': w.worker.full, 'phone': w.worker_phone,
                       'email': w.worker_email}
    r['customer'] = {'firstName': c.given, 'lastName': c.surname, 'birthName': c.birth, 'birthDate': w.bdate.isoformat(),
                     'gender': c.gender, 'nationality': rnd.choice(nat.get(getattr(c, 'origin', ''), ['DE'])),
                     'address': w.addr_struct, 'phone': fmt_phone(rnd, w.mobile[:4], w.mobile[4:], 'intl'),
                     'email': w.email, 'iban': w.iban, 'taxId': w.taxid, 'pensionInsuranceNumber': w.rv}
    r['customerProcess'] = rnd.choices(['placement', 'rehabilitation', 'employerService'], [85, 10, 5])[0]
    r['customerGroup'] = rnd.choice(['general', 'longTermUnemployed', 'youngAdults', 'olderWorkers', 'singleParents',
                                     'returners', 'disabledPersons', 'refugees'])
    r['municipalServices16a'] = bool(w.sgb2 and rnd.random() < 0.25)
    last = dt.date.fromisoformat(events[-1]['date'])
    r['review'] = {'flagged': rnd.random() < 0.5, 'month': f'{last.year}-{last.month:02d}',
                   'teamLeadVerdict': rnd.choice(['goalOriented', 'notGoalOriented'])}
    r['profileHistory'] = [{'from': w.start.isoformat(), 'profile': rnd.choice(['market', 'activation', 'support',
                            'development', 'stabilisation', 'assistance'])}]
    r['events'] = events
    ms = w.start + dt.timedelta(days=rnd.randint(10, 60))
    r['measures'] = [{'start': ms.isoformat(), 'end': (ms + dt.timedelta(days=rnd.randint(30, 180))).isoformat(),
                      'kind': rnd.choice(['activation', 'qualification', 'languageCourse', 'coaching',
                                          'jobApplicationTraining', 'workOpportunity', 'wageSubsidy', 'rehabilitation']),
                      'outcome': rnd.choice(['completed', 'aborted', 'ongoing'])}]
    ex = rnd.random() < 0.4
    r['caseManagement'] = {'intake': w.start.isoformat(), 'exit': last.isoformat() if ex else None,
                           'exitReason': rnd.choice(['goalAchieved', 'employment', 'transferToPlacement', 'moved',
                                                     'incapacity', 'noCooperation']) if ex else None}
    return r


NAME_KINDS = ('customerName', 'staffName', 'thirdPersonName')


def check(records, truth):
    by = collections.defaultdict(list)
    for t in truth:
        by[(t['record'], t['event'])].append(t)
    for (ri, ei), ts in by.items():
        note = records[ri]['events'][ei]['note']
        ts = sorted(ts, key=lambda t: t['start'])
        for t in ts:
            v = note[t['start']:t['end']]
            assert v == t['value'] and v and v == v.strip(), (ri, ei, t)
            assert all(ord(c) < 0x10000 for c in v)
        for a, b in zip(ts, ts[1:]):
            assert a['end'] <= b['start'], ('overlap', ri, ei, a, b)
            if a['kind'] in NAME_KINDS and b['kind'] in NAME_KINDS:
                assert note[a['end']:b['start']].strip() != '', ('adjacent names', ri, ei, a['value'], b['value'])
    for r in records:
        for e in r['events']:
            assert all(ord(c) < 0x10000 for c in e['note'])
        assert re.fullmatch(r'\d{3}D\d{6}', r['customerNumber'])
        if r['legalDomain'] == 'SGB2':
            assert re.fullmatch(r'\d{5}BG\d{7}', r['householdNumber']) and 'jobCentre' in r
            assert r['householdNumber'].startswith(r['jobCentre']['id']) and r['customerNumber'][:3] == r['jobCentre']['id'][:3]
        else:
            assert 'householdNumber' not in r and 'agency' in r
        c = r['customer']
        assert iban_ok(c['iban']) and taxid_ok(c['taxId']) and rv_ok(c['pensionInsuranceNumber'])


def main():
    records, truth, used, tpls, P = build()
    check(records, truth)
    assert all(used[i] > 0 for i in range(len(tpls))), 'unused template'
    with open(os.path.join(HERE, 'heldout8.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'heldout8.truth.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    # re-read and check on the JSON-decoded files
    rr_ = [json.loads(l) for l in open(os.path.join(HERE, 'heldout8.jsonl'), encoding='utf-8')]
    tt_ = [json.loads(l) for l in open(os.path.join(HERE, 'heldout8.truth.jsonl'), encoding='utf-8')]
    check(rr_, tt_)
    for t in tt_:   # identifiers re-validated on the file text
        k, v = t['kind'], t['value']
        if k == 'iban':
            assert iban_ok(v), v
        elif k == 'taxId' and not v.lower().startswith(('null', 'eins', 'zwo', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun')):
            assert taxid_ok(v), v
        elif k == 'pensionNumber':
            assert rv_ok(v), v
        elif k == 'idCard':
            assert id_ok(v), v
        elif k == 'customerNumber':
            assert re.fullmatch(r'\d{3}D\d{6}', strip_id(v).upper()), v
        elif k == 'householdNumber':
            assert re.fullmatch(r'\d{5}BG\d{7}', strip_id(v).upper()), v
    per = collections.Counter(t['kind'] for t in tt_)
    no_slot = sum(1 for t in tpls if not template_kinds(split_tpl(t)[1]))
    res = {'heldout8': {'records': len(rr_), 'recordsSGB2': sum(1 for r in rr_ if r['legalDomain'] == 'SGB2'),
                        'events': sum(len(r['events']) for r in rr_), 'spans': len(tt_), 'templates': len(tpls),
                        'templatesUsed': sum(1 for i in range(len(tpls)) if used[i]), 'templatesWithoutSlots': no_slot,
                        'eventsWithoutSpan': sum(1 for r in rr_ for e in r['events']) - len({(t['record'], t['event']) for t in tt_}),
                        'distinctGivenNamesInPool': len(set(P.all_m) | set(P.all_f)),
                        'distinctSurnamesInPool': len(P.all_s),
                        'perKind': dict(sorted(per.items())),
                        'ownPools': {'towns': len(TOWNS_OK), 'streetBases': len(BASES_OK), 'fixedStreets': len(FIXED_OK),
                                     'namedBodies': sum(len(v) for v in NAMED_OK.values()), 'brands': len(BRANDS_OK),
                                     'companyWords': len(COMPANY_OK), 'trades': len(TRADES), 'legalForms': len(LEGAL),
                                     'foreignAddresses': len(FOREIGN_ADDR), 'areaCodes': len(AREA)}}}
    with open(os.path.join(HERE, 'counts-heldout8.json'), 'w', encoding='utf-8') as f:
        json.dump(res, f, indent=1, ensure_ascii=False)
        f.write('\n')
    with open(os.path.join(HERE, 'run.log'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(res, ensure_ascii=False) + '\n')
    print(json.dumps(res, ensure_ascii=False))


if __name__ == '__main__':
    main()
