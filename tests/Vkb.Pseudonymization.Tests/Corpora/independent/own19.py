# -*- coding: utf-8 -*-
"""Own lists for heldout19, written from my own knowledge for this split (no Faker, no downloaded list).
Licence: written for the Vkb project, same terms as the repository."""

# ---------------------------------------------------------------- names per population
OWN_NAMES = {
    # Norwegians (Bokmål / Nynorsk names, Western and Northern Norway)
    'no19': {
        'm': ['Halvor', 'Torstein', 'Eivind', 'Sverre', 'Audun', 'Bjørnar', 'Øystein', 'Vegard', 'Kjetil', 'Ståle',
              'Håvard', 'Arild', 'Trond', 'Jostein', 'Sigve', 'Gaute', 'Torgeir', 'Eirik', 'Leiv', 'Asbjørn',
              'Ragnvald', 'Tormod', 'Aslak', 'Oddvar', 'Ketil', 'Steinar', 'Vebjørn', 'Amund', 'Snorre', 'Eilif',
              'Jørund', 'Torleif', 'Helge', 'Geir', 'Knut', 'Terje', 'Ivar', 'Ola', 'Espen'],
        'f': ['Solveig', 'Ragnhild', 'Gunnhild', 'Tuva', 'Silje', 'Ingvild', 'Marit', 'Åse', 'Synnøve', 'Torunn',
              'Hege', 'Turid', 'Borghild', 'Oddny', 'Eldbjørg', 'Sigrun', 'Aslaug', 'Gjertrud', 'Magnhild', 'Vigdis',
              'Ragna', 'Bergljot', 'Torhild', 'Jorunn', 'Gudrun', 'Hildegunn', 'Sunniva', 'Iselin', 'Mathilde',
              'Guro', 'Live', 'Eline', 'Randi', 'Kari'],
        's': ['Haugland', 'Fjeldstad', 'Kvalheim', 'Myklebust', 'Øvrebø', 'Eikeland', 'Hovland', 'Rønning',
              'Skogstad', 'Nygård', 'Tveit', 'Sæther', 'Bjørklund', 'Grønvold', 'Ødegård', 'Løvaas', 'Kleppe',
              'Straume', 'Mjøs', 'Torvund', 'Aksnes', 'Vatne', 'Hjelmeland', 'Årdal', 'Ulvestad', 'Holmøy',
              'Kolstad', 'Rustad', 'Aune', 'Gjerde', 'Hopland', 'Kvamme', 'Midtbø', 'Nesheim', 'Rødland',
              'Ulltveit', 'Vestrheim', 'Bakkevold', 'Fagerli', 'Fossheim', 'Grimstvedt', 'Hatlevik', 'Hellesøy',
              'Innvær', 'Kaldestad', 'Lunestad', 'Mørkved', 'Nordbø', 'Opsahl', 'Rekdal', 'Sandnes', 'Skjelbred',
              'Solbakken', 'Stavrum', 'Tjelle', 'Ulvik', 'Vågen', 'Aarskog', 'Bergsvik', 'Dyrøy', 'Eidsvåg',
              'Fjellheim', 'Gausdal', 'Hårstad', 'Indrebø', 'Kvinnesland', 'Langøy', 'Myrvold', 'Nordeide',
              'Øyehaug', 'Reitan', 'Saltvedt', 'Sørbø', 'Tonning', 'Vindenes', 'Lyngstad'],
    },
    # Malaysians and Bruneians: Malay (bin / binti), Chinese Malaysian (Hokkien / Cantonese / Hakka romanisation),
    # Malaysian Indian (a/l, a/p), Iban and Kadazan names
    'my19': {
        'm': ['Syazwan', 'Khairul', 'Hafizuddin', 'Azrul', 'Fadzli', 'Nazrin', 'Izzat', 'Ikhwan', 'Amirul', 'Haziq',
              'Syafiq', 'Shahrizal', 'Zulhilmi', 'Faizul', 'Afiq', 'Aizat', 'Hakimi', 'Najmuddin', 'Rusydi',
              'Wan Azlan', 'Boon Keat', 'Kah Wai', 'Chee Keong', 'Wei Liang', 'Yew Chong', 'Soon Huat', 'Kok Leong',
              'Tiong Hock', 'Jit Siang', 'Choon Hooi', 'Khai Seng', 'Hock Guan',
              'Eng Huat', 'Teik Hin', 'Kheng Swee', 'Thivakar', 'Saravanan', 'Muthusamy', 'Kugan', 'Jugah', 'Nyanggau',
              'Empeni', 'Gawai'],
        'f': ['Syafiqah', 'Aqilah', 'Nabilah', 'Izzati', 'Athirah', 'Balqis', 'Hidayah', 'Amalina', 'Nadhirah',
              'Syuhada', 'Fatin', 'Nurfarahin', 'Azlina', 'Rozita', 'Norhayati', 'Zuraidah', 'Suhaila', 'Siew Ling',
              'Mei Fong', 'Hui Min', 'Pei Shan', 'Li Ting', 'Xin Yi', 'Yoke Lan', 'Sook Ching', 'Poh Geok', 'Saw Imm',
              'Gaik Suan', 'Kooi Hoon', 'Bee Leng', 'Swee Har', 'Ai Ling', 'Kim Ean', 'Kavitha',
              'Thilaga', 'Puvaneswari', 'Letchumi', 'Dayang', 'Sumbang', 'Ringgau'],
        's': ['Zulkifli', 'Hashim', 'Jaafar', 'Rahmat', 'Kamaruddin', 'Sulaiman', 'Hamzah', 'Ismail', 'Othman',
              'Yusof', 'Mokhtar', 'Hassan', 'Baharuddin', 'Shamsuddin', 'Zainal', 'Abidin', 'Nordin', 'Ramli',
              'Kassim', 'Mat Isa', 'Awang', 'Teoh', 'Khoo', 'Yeoh', 'Ooi', 'Cheah', 'Liew', 'Foo', 'Yap', 'Heng',
              'Chuah', 'Lai', 'Tham', 'Wong', 'Chew', 'Soh', 'Loke', 'Beh', 'Gan', 'Kee', 'Phang', 'Siow',
              'Tneh', 'Chong', 'Saw', 'Hee', 'Pillai', 'Subramaniam', 'Krishnasamy', 'Velu', 'Ramasamy',
              'Anak Jugah', 'Nyandoh', 'Linggi', 'Majimbun', 'Gimbang', 'Tangau'],
    },
    # Kashmiris (Kashmiri Muslims and Kashmiri Pandits)
    'ks19': {
        'm': ['Mehraj', 'Showkat', 'Aijaz', 'Mudasir', 'Muzaffar', 'Shabir', 'Nazir', 'Rouf', 'Zahoor', 'Tanveer',
              'Basharat', 'Sajad', 'Ishfaq', 'Fayaz', 'Mushtaq', 'Altaf', 'Javid', 'Parvez', 'Manzoor', 'Ghulam',
              'Nisar', 'Hilal', 'Suhail', 'Touseef', 'Ubaid', 'Zubair', 'Omkar', 'Autar', 'Pushkar', 'Tej',
              'Bhushan', 'Rakesh', 'Sanjay', 'Vikram', 'Kuldeep', 'Rohit'],
        'f': ['Mehbooba', 'Shazia', 'Rubeena', 'Nighat', 'Insha', 'Iqra', 'Rafia', 'Tabassum', 'Saima', 'Ulfat',
              'Mehjabeen', 'Zeenat', 'Shabnam', 'Gulshan', 'Haleema', 'Nusrat', 'Tasleem', 'Asifa', 'Rukhsana',
              'Sunaina', 'Arundhati', 'Meenakshi', 'Kamla', 'Shanta', 'Vijaya', 'Upasana', 'Ritu'],
        's': ['Wani', 'Lone', 'Rather', 'Ganai', 'Khanday', 'Parray', 'Kuchay', 'Yatoo', 'Shora', 'Gilkar',
              'Trumboo', 'Hakak', 'Zargar', 'Naikoo', 'Teli', 'Dagga', 'Sofi', 'Bhat', 'Dar', 'Mir', 'Kaul',
              'Raina', 'Dhar', 'Zutshi', 'Sapru', 'Wattal', 'Tickoo', 'Handoo', 'Kitchlew', 'Mattoo', 'Ganjoo',
              'Bhan', 'Kachru', 'Pandita', 'Bamzai', 'Razdan', 'Tikku', 'Dulloo', 'Chrungoo', 'Fotedar', 'Wanchoo',
              'Haksar', 'Trisal', 'Misri', 'Jalali', 'Kathju', 'Shalla', 'Banday', 'Malla', 'Hajam', 'Mantoo',
              'Chalkoo', 'Rafiqi', 'Qadri', 'Geelani', 'Andrabi', 'Drabu', 'Shangloo', 'Kotru', 'Ganju'],
    },
    # Germans: Oldenburger Münsterland, Hümmling, Grafschaft Bentheim, Lüneburger Heide, Solling, Schaumburg;
    # Nordsachsen, Muldental, Mittelsachsen, Sächsische Schweiz, Zwickau, Oberlausitz west; Aischgrund, Ries,
    # Fränkisches Seenland
    'de19': {
        'm': ['Ansgar', 'Wigbert', 'Liborius', 'Ludger', 'Clemens', 'Hubertus', 'Bernhard', 'Heinrich', 'Aloys',
              'Gerold', 'Hindrik', 'Gerrit', 'Jan-Hindrik', 'Lüder', 'Heino', 'Hinnerk', 'Detmar', 'Volkwin',
              'Silko', 'Danilo', 'Enrico', 'Ronny', 'Maik', 'Mirko', 'Falk', 'Gunnar', 'Tilo', 'Rico', 'Dietmar',
              'Sebald', 'Wunibald', 'Willibald', 'Wendelin', 'Lorenz', 'Kilian', 'Vitus', 'Gallus', 'Leonhard',
              'Siegbert', 'Hartwig', 'Ortwin', 'Egbert',
              'Bonifatius', 'Engelbert', 'Cölestin', 'Florentin', 'Ignaz', 'Pankraz', 'Servatius', 'Tiburtius', 'Quirin',
              'Korbinian', 'Virgil', 'Dankward', 'Reinold', 'Gisbert', 'Meinolf', 'Wilbrand', 'Heribert', 'Theoderich',
              'Thoralf', 'Toralf', 'Ringo', 'Sandro', 'Gottlob', 'Fürchtegott', 'Traugott', 'Ehrenfried', 'Hilmer',
              'Tönjes', 'Meinhard', 'Reimund', 'Adalbert', 'Gebhard', 'Eckehard', 'Fridolin', 'Arbogast', 'Leodegar',
              'Burkhard', 'Notker', 'Ruprecht', 'Ulfried', 'Wolfhard', 'Answin', 'Gerwin', 'Hademar', 'Irenäus',
              'Hajo', 'Tjark', 'Fokko', 'Harro', 'Ubbo', 'Tammo', 'Folkert', 'Eilert', 'Habbo', 'Jelto', 'Remmer',
              'Garrelt', 'Warner', 'Evert', 'Egge', 'Berend', 'Lubbert', 'Wessel', 'Jürn', 'Hilko', 'Gerko', 'Gotthold',
              'Kunz', 'Bartholomäus', 'Veit', 'Jobst', 'Linhard', 'Sixtus', 'Achaz', 'Willibrord', 'Ottmar', 'Burchard',
              'Eucharius', 'Nepomuk', 'Rochus', 'Thaddäus', 'Alwin', 'Baldur', 'Degenhard', 'Eberwin', 'Goswin',
              'Hartmund', 'Isfried', 'Landolin', 'Modestus', 'Norbertus', 'Odo', 'Poppo', 'Reinbert', 'Sigmar'],
        'f': ['Walburga', 'Gertrudis', 'Hildegard', 'Agnes', 'Theresia', 'Mechthild', 'Roswitha', 'Anneliese',
              'Gesina', 'Hindrikje', 'Geeske', 'Aaltje', 'Swaantje', 'Wiebke', 'Heidrun', 'Mandy', 'Peggy',
              'Doreen', 'Ramona', 'Sindy', 'Grit', 'Anett', 'Kerstin', 'Kunigunde', 'Gunda', 'Burgl', 'Walli',
              'Elfriede', 'Irmgard', 'Adelheid', 'Rosl', 'Notburga', 'Edeltraud', 'Liesl', 'Centa', 'Kreszenz',
              'Brunhilde', 'Crescentia', 'Ottilie', 'Walpurga', 'Scholastika', 'Philomena', 'Benedikta', 'Irmentraud',
              'Hiltrud', 'Ortrud', 'Almut', 'Wendelgard', 'Reinhild', 'Hathumod', 'Luitgard', 'Bertrada', 'Undine',
              'Dörte', 'Solveigh', 'Gottliebe', 'Ehrengard', 'Friedegard', 'Gerburg', 'Hedda', 'Irmelin', 'Lioba',
              'Mechtild', 'Odilia', 'Radegund', 'Sieglinde', 'Thusnelda', 'Waltraut', 'Wiltrud', 'Adelgunde',
              'Amalberga', 'Gunhild', 'Heilwig', 'Jutta-Maria', 'Kordula', 'Roswitha-Maria', 'Tusnelda',
              'Oda', 'Imma', 'Tomke', 'Hiske', 'Jantje', 'Gesche', 'Trientje', 'Fenna', 'Hilke', 'Wübke', 'Etta', 'Ocka',
              'Talea', 'Rixa', 'Gerlind', 'Kathrein', 'Afra', 'Walburg', 'Ursel', 'Traudl', 'Resi', 'Vroni', 'Zenzi',
              'Kunni', 'Madlen', 'Manja', 'Sylke', 'Anke-Dörte', 'Bettina-Luise', 'Christiane-Rosa', 'Elsbeth',
              'Gundula', 'Hermine', 'Irmtraud', 'Josepha', 'Klothilde', 'Leokadia', 'Margarethe', 'Notburg', 'Rotraud',
              'Sidonie', 'Theodora', 'Veronika-Luise', 'Wilhelmine',
              'Gretl', 'Burgi', 'Hanni', 'Mariele', 'Rosina', 'Apollonia', 'Walpurgis', 'Hedwiga', 'Ottilia', 'Euphemia',
              'Cäcilia', 'Genoveva', 'Thekla', 'Mechthilde', 'Hildburg', 'Adelinde', 'Wunna', 'Gerhild', 'Swanhild',
              'Reinhilde', 'Oltmanna', 'Harmine', 'Jakobine', 'Bernhardine', 'Hinrike', 'Geertje', 'Tjadina', 'Ebba',
              'Enna', 'Fentje', 'Gretje', 'Harmke', 'Ubbine', 'Wobbeline', 'Heilke', 'Kea', 'Rinje', 'Sjuke'],
        's': ['Bröring', 'Tapken', 'Thobe', 'Sieverding', 'Wehry', 'Rolfes', 'Kalvelage', 'Nienaber', 'Stukenborg',
              'Vaske', 'Hinxlage', 'Themann', 'Tabeling', 'Wreesmann', 'Pohlabeln', 'Frilling', 'Abeln', 'Kathmann',
              'Börgerding', 'Dasenbrock', 'Willenborg', 'Wienken', 'Kühling', 'Hindriks', 'Lambers', 'Zwafink',
              'Egberink', 'Beuker', 'Brünink', 'Ekelhoff', 'Meppelink', 'Veldhuis', 'Wolterink', 'Lügtenaar',
              'Bostelmann', 'Cohrs', 'Bockelmann', 'Hillmer', 'Mehrkens', 'Ohlhoff', 'Rittmeier', 'Lohrengel',
              'Wiechers', 'Thümmler', 'Tittel', 'Pietzsch', 'Nitzsche', 'Kretzschmar', 'Gottschalch', 'Pönitz',
              'Haubold', 'Kaden', 'Lötzsch', 'Mättig', 'Pfotenhauer', 'Zschiesche', 'Zschoche', 'Zschimmer',
              'Tränkner', 'Poitz', 'Gröschel', 'Schuricht', 'Friebel', 'Röthig', 'Uhlemann', 'Flechsig', 'Wätzig',
              'Püschel', 'Wagler', 'Hammerbacher', 'Hertlein', 'Seuberth', 'Scheuerlein', 'Döbereiner',
              'Gackstatter', 'Kohnle', 'Schwenkglenks', 'Kuttler', 'Dürrwanger', 'Wörlein', 'Zeltner', 'Bschor',
              'Rupprecht', 'Eberlein', 'Hufnagel', 'Strobl', 'Ritzer', 'Utz', 'Wittmann', 'Engelhardt'],
    },
}

# sub-groups of the Malaysian pool (name order and connectors differ)
MY_GROUPS = {
    'malay': {'m': ['Syazwan', 'Khairul', 'Hafizuddin', 'Azrul', 'Fadzli', 'Nazrin', 'Izzat', 'Ikhwan', 'Amirul', 'Haziq',
                    'Syafiq', 'Shahrizal', 'Zulhilmi', 'Faizul', 'Afiq', 'Aizat', 'Najmuddin', 'Rusydi', 'Wan Azlan'],
              'f': ['Syafiqah', 'Aqilah', 'Nabilah', 'Izzati', 'Athirah', 'Balqis', 'Hidayah', 'Amalina', 'Nadhirah',
                    'Syuhada', 'Fatin', 'Nurfarahin', 'Azlina', 'Rozita', 'Norhayati', 'Zuraidah', 'Suhaila', 'Dayang'],
              's': ['Zulkifli', 'Hashim', 'Jaafar', 'Rahmat', 'Kamaruddin', 'Sulaiman', 'Hamzah', 'Ismail', 'Othman',
                    'Yusof', 'Mokhtar', 'Hassan', 'Baharuddin', 'Shamsuddin', 'Zainal', 'Abidin', 'Nordin', 'Ramli',
                    'Kassim', 'Mat Isa', 'Awang']},
    'chinese': {'m': ['Boon Keat', 'Kah Wai', 'Chee Keong', 'Wei Liang', 'Yew Chong', 'Soon Huat', 'Kok Leong',
                      'Tiong Hock', 'Jit Siang', 'Choon Hooi', 'Khai Seng', 'Hock Guan', 'Eng Huat',
                      'Teik Hin', 'Kheng Swee'],
                'f': ['Poh Geok', 'Saw Imm', 'Gaik Suan', 'Kooi Hoon', 'Bee Leng', 'Swee Har', 'Ai Ling', 'Kim Ean',
                      'Siew Ling', 'Mei Fong', 'Hui Min', 'Pei Shan', 'Li Ting', 'Xin Yi', 'Yoke Lan', 'Sook Ching'],
                's': ['Teoh', 'Khoo', 'Yeoh', 'Ooi', 'Cheah', 'Liew', 'Foo', 'Yap', 'Heng', 'Chuah', 'Lai', 'Tham',
                      'Wong', 'Chew', 'Soh', 'Loke', 'Beh', 'Gan', 'Kee', 'Phang', 'Siow', 'Tneh', 'Chong', 'Saw', 'Hee']},
    'indian': {'m': ['Thivakar', 'Saravanan', 'Kugan', 'Muthusamy'], 'f': ['Kavitha', 'Thilaga', 'Puvaneswari', 'Letchumi'],
               's': ['Pillai', 'Subramaniam', 'Krishnasamy', 'Velu', 'Ramasamy']},
    'borneo': {'m': ['Jugah', 'Nyanggau', 'Empeni', 'Gawai'], 'f': ['Sumbang', 'Ringgau'],
               's': ['Nyandoh', 'Linggi', 'Majimbun', 'Gimbang', 'Tangau', 'Anak Jugah']},
}

# short or ambiguous tokens never used as names
STOP = {'lai', 'gan', 'kee', 'saw', 'hee', 'mir', 'dar', 'ola', 'live', 'utz', 'beh', 'soh', 'ritu', 'tej', 'lone',
        'teli', 'foo', 'bhan', 'aune', 'tham', 'wong', 'velu', 'hakimi', 'grit', 'kari', 'geir', 'ivar', 'espen',
        'knut', 'terje', 'randi', 'rather', 'malla', 'kilian', 'lorenz', 'falk', 'agnes', 'heinrich', 'bernhard'}

# ---------------------------------------------------------------- offices and places
# region -> list of (village, parent, postcode, area code, plate)
PLACES = {
    'NSB': [
        ('Bethen', 'Cloppenburg', '49661', '04471', 'CLP'), ('Emstek', 'Emstek', '49685', '04473', 'CLP'),
        ('Höltinghausen', 'Emstek', '49685', '04473', 'CLP'), ('Garrel', 'Garrel', '49681', '04474', 'CLP'),
        ('Molbergen', 'Molbergen', '49696', '04475', 'CLP'), ('Lastrup', 'Lastrup', '49688', '04472', 'CLP'),
        ('Lindern', 'Lindern', '49699', '05957', 'CLP'), ('Cappeln', 'Cappeln', '49692', '04478', 'CLP'),
        ('Bösel', 'Bösel', '26219', '04494', 'CLP'), ('Löningen', 'Löningen', '49624', '05432', 'CLP'),
        ('Lohne', 'Lohne', '49393', '04442', 'VEC'), ('Dinklage', 'Dinklage', '49413', '04443', 'VEC'),
        ('Damme', 'Damme', '49401', '05491', 'VEC'), ('Steinfeld', 'Steinfeld', '49439', '05492', 'VEC'),
        ('Goldenstedt', 'Goldenstedt', '49424', '04444', 'VEC'), ('Visbek', 'Visbek', '49429', '04445', 'VEC'),
        ('Bakum', 'Bakum', '49456', '04446', 'VEC'), ('Langförden', 'Vechta', '49377', '04447', 'VEC'),
        ('Sögel', 'Sögel', '49751', '05952', 'EL'), ('Werlte', 'Werlte', '49757', '05951', 'EL'),
        ('Esterwegen', 'Esterwegen', '26897', '05955', 'EL'), ('Emlichheim', 'Emlichheim', '49824', '05943', 'NOH'),
        ('Uelsen', 'Uelsen', '49843', '05942', 'NOH'), ('Neuenhaus', 'Neuenhaus', '49828', '05941', 'NOH'),
        ('Lohne (Wietmarschen)', 'Wietmarschen', '49835', '05908', 'NOH'), ('Schüttorf', 'Schüttorf', '48465', '05923', 'NOH'),
        ('Brandlecht', 'Nordhorn', '48531', '05921', 'NOH'), ('Bad Bevensen', 'Bad Bevensen', '29549', '05821', 'UE'),
        ('Ebstorf', 'Ebstorf', '29574', '05822', 'UE'), ('Bienenbüttel', 'Bienenbüttel', '29553', '05823', 'UE'),
        ('Suderburg', 'Suderburg', '29556', '05826', 'UE'), ('Bad Bodenteich', 'Bad Bodenteich', '29389', '05824', 'UE'),
        ('Oldenstadt', 'Uelzen', '29525', '0581', 'UE'), ('Schneverdingen', 'Schneverdingen', '29640', '05193', 'HK'),
        ('Wietzendorf', 'Wietzendorf', '29649', '05196', 'HK'), ('Hankensbostel', 'Sprakensehl', '29365', '05837', 'GF'),
        ('Knesebeck', 'Wittingen', '29379', '05834', 'GF'), ('Dassel', 'Dassel', '37586', '05564', 'NOM'),
        ('Bodenfelde', 'Bodenfelde', '37194', '05572', 'NOM'), ('Neuhaus im Solling', 'Holzminden', '37603', '05536', 'HOL'),
        ('Obernkirchen', 'Obernkirchen', '31683', '05724', 'SHG'), ('Sulingen', 'Sulingen', '27232', '04271', 'DH'),
    ],
    'SAC': [
        ('Dommitzsch', 'Dommitzsch', '04880', '034223', 'TDO'), ('Belgern', 'Belgern-Schildau', '04874', '034224', 'TDO'),
        ('Mockrehna', 'Mockrehna', '04862', '034244', 'TDO'), ('Zschepplin', 'Zschepplin', '04838', '03423', 'TDO'),
        ('Bad Düben', 'Bad Düben', '04849', '034243', 'TDO'), ('Dahlen', 'Dahlen', '04774', '034361', 'TDO'),
        ('Mügeln', 'Mügeln', '04769', '034362', 'TDO'), ('Trebsen', 'Trebsen/Mulde', '04687', '034383', 'L'),
        ('Colditz', 'Colditz', '04680', '034381', 'L'), ('Bennewitz', 'Bennewitz', '04828', '03425', 'L'),
        ('Naunhof', 'Naunhof', '04683', '034293', 'L'), ('Leisnig', 'Leisnig', '04703', '034321', 'FG'),
        ('Roßwein', 'Roßwein', '04741', '034322', 'FG'), ('Hartha', 'Hartha', '04746', '034328', 'FG'),
        ('Oederan', 'Oederan', '09569', '037292', 'FG'), ('Brand-Erbisdorf', 'Brand-Erbisdorf', '09618', '037322', 'FG'),
        ('Lommatzsch', 'Lommatzsch', '01623', '035241', 'MEI'), ('Großenhain', 'Großenhain', '01558', '03522', 'MEI'),
        ('Strehla', 'Strehla', '01616', '035264', 'MEI'), ('Sebnitz', 'Sebnitz', '01855', '035971', 'PIR'),
        ('Königstein', 'Königstein', '01824', '035021', 'PIR'), ('Stolpen', 'Stolpen', '01833', '035973', 'PIR'),
        ('Bad Schandau', 'Bad Schandau', '01814', '035022', 'PIR'), ('Crimmitschau', 'Crimmitschau', '08451', '03762', 'Z'),
        ('Werdau', 'Werdau', '08412', '03761', 'Z'), ('Wilkau-Haßlau', 'Wilkau-Haßlau', '08112', '0375', 'Z'),
        ('Kirchberg', 'Kirchberg', '08107', '037602', 'Z'), ('Pulsnitz', 'Pulsnitz', '01896', '035955', 'BZ'),
        ('Bischofswerda', 'Bischofswerda', '01877', '03594', 'BZ'), ('Niesky', 'Niesky', '02906', '03588', 'GR'),
    ],
    'BY': [
        ('Dachsbach', 'Dachsbach', '91462', '09163', 'NEA'), ('Gerhardshofen', 'Gerhardshofen', '91466', '09163', 'NEA'),
        ('Uehlfeld', 'Uehlfeld', '91486', '09163', 'NEA'), ('Lonnerstadt', 'Lonnerstadt', '91475', '09193', 'ERH'),
        ('Vestenbergsgreuth', 'Vestenbergsgreuth', '91487', '09163', 'ERH'), ('Adelsdorf', 'Adelsdorf', '91325', '09195', 'ERH'),
        ('Etzelskirchen', 'Höchstadt a.d. Aisch', '91315', '09193', 'ERH'), ('Scheinfeld', 'Scheinfeld', '91443', '09162', 'NEA'),
        ('Markt Erlbach', 'Markt Erlbach', '91459', '09106', 'NEA'), ('Ipsheim', 'Ipsheim', '91472', '09846', 'NEA'),
        ('Oettingen', 'Oettingen i. Bay.', '86732', '09082', 'DON'), ('Wemding', 'Wemding', '86650', '09092', 'DON'),
        ('Möttingen', 'Möttingen', '86753', '09083', 'DON'), ('Deiningen', 'Deiningen', '86738', '09081', 'DON'),
        ('Harburg', 'Harburg (Schwaben)', '86655', '09080', 'DON'), ('Monheim', 'Monheim', '86653', '09091', 'DON'),
        ('Holheim', 'Nördlingen', '86720', '09081', 'DON'), ('Pleinfeld', 'Pleinfeld', '91785', '09144', 'WUG'),
        ('Absberg', 'Absberg', '91720', '09175', 'WUG'), ('Spalt', 'Spalt', '91174', '09175', 'RH'),
        ('Treuchtlingen', 'Treuchtlingen', '91757', '09142', 'WUG'), ('Muhr am See', 'Muhr am See', '91735', '09831', 'WUG'),
        ('Gnotzheim', 'Gnotzheim', '91728', '09833', 'WUG'), ('Ellingen', 'Ellingen', '91792', '09141', 'WUG'),
    ],
}

# region -> list of (job centre id, job centre name, agency id, agency name)
OFFICES = {
    'NSB': [('24411', 'Jobcenter Landkreis Cloppenburg', '244', 'Agentur für Arbeit Vechta'),
            ('24437', 'Jobcenter Landkreis Vechta', '244', 'Agentur für Arbeit Vechta'),
            ('24612', 'Jobcenter Grafschaft Bentheim', '246', 'Agentur für Arbeit Nordhorn'),
            ('27105', 'Jobcenter Landkreis Uelzen', '271', 'Agentur für Arbeit Lüneburg-Uelzen')],
    'SAC': [('07318', 'Jobcenter Nordsachsen', '073', 'Agentur für Arbeit Oschatz'),
            ('07344', 'Jobcenter Landkreis Leipzig', '073', 'Agentur für Arbeit Oschatz'),
            ('07726', 'Jobcenter Sächsische Schweiz-Osterzgebirge', '077', 'Agentur für Arbeit Pirna'),
            ('07952', 'Jobcenter Landkreis Zwickau', '079', 'Agentur für Arbeit Zwickau')],
    'BY': [('81906', 'Jobcenter Neustadt a.d. Aisch-Bad Windsheim', '819', 'Agentur für Arbeit Fürth'),
           ('81933', 'Jobcenter Erlangen-Höchstadt', '819', 'Agentur für Arbeit Fürth'),
           ('83715', 'Jobcenter Donau-Ries', '837', 'Agentur für Arbeit Donauwörth'),
           ('85521', 'Jobcenter Weißenburg-Gunzenhausen', '855', 'Agentur für Arbeit Ansbach-Weißenburg')],
}
STAFF_DOMAIN = {'NSB': 'jobcenter-ge.de', 'SAC': 'jobcenter-ge.de', 'BY': 'jobcenter-ge.de'}
AGENCY_DOMAIN = 'arbeitsagentur.de'
BANK_CODES = {'NSB': ['28050100', '28069956', '26650001', '25850110'],
              'SAC': ['86055592', '86050200', '85050300', '87055000'],
              'BY': ['76351040', '76069602', '72250000', '76550000']}

# ---------------------------------------------------------------- streets
STREET_BASES = ['Torfstich', 'Heidschnucken', 'Moorkanal', 'Esch', 'Hümmlinger', 'Vechtedeich', 'Sandkuhlen',
                'Bienenkorb', 'Wacholderheide', 'Sollingblick', 'Muldenaue', 'Porphyr', 'Kelterei', 'Gondelteich',
                'Elbsandstein', 'Schrammstein', 'Karpfenweiher', 'Weihergrund', 'Riesrand', 'Suevit', 'Brombachsee',
                'Altmühlufer', 'Ziegelei', 'Spinnerei', 'Flachsröste', 'Kälberweiden', 'Geestrand', 'Hopfengarten']
STREET_SUFFIXES = ['straße', 'weg', 'damm', 'ring', 'gasse', 'pfad', 'allee', 'stieg', 'kamp', 'winkel', 'höhe',
                   'grund', 'zeile', 'trift']
FIXED_STREETS = ['Am Kolk', 'Im Esch', 'Auf dem Sande', 'Hinterm Schafstall', 'Zum Torfwerk', 'Unter den Eichen am Bach',
                 'An der Muldenbrücke', 'Am Wasserturm Ost', 'Obere Weiherstraße', 'Hinter der Stadtmauer',
                 'Zur Karpfenzucht', 'Am Suevitbruch', 'Untere Klostergasse', 'Am Kalkofen', 'Heideweg am Hof']

# ---------------------------------------------------------------- companies
COMPANY_WORDS = ['Münsterländer Land', 'Hasetal', 'Thülsfelder', 'Vechtetal', 'Heidegold', 'Ilmenau', 'Sollingholz',
                 'Muldental', 'Elbtal', 'Kirnitzsch', 'Pleißeland', 'Aischgründer', 'Rieskrater', 'Seenland',
                 'Brombach', 'Wörnitz', 'Lausitzer Glas', 'Torfmoor', 'Emsbogen', 'Dinkelaue']
TRADES = ['Geflügel', 'Fleischwaren', 'Futtermittel', 'Stallbau', 'Landtechnik', 'Logistik', 'Hausmeisterservice',
          'Gebäudereinigung', 'Pflegedienst', 'Haustechnik', 'Metallbau', 'Holzbau', 'Kunststofftechnik',
          'Verpackung', 'Karpfenteichwirtschaft', 'Getränke', 'Elektrotechnik', 'Reinraumtechnik', 'Kartoffelhandel']
LEGAL_FORMS = ['GmbH', 'GmbH & Co. KG', 'KG', 'e.K.', 'AG', 'OHG', 'UG (haftungsbeschränkt)', 'GbR', 'eG']
CRAFTS = ['Schornsteinfegermeister {s}', 'Orgelbau {s}', 'Klavierbau {s} e.K.', 'Friedhofsgärtnerei {s}',
          'Hörakustik {s}', 'Imkerei {s}', 'Reetdachdeckerei {s} & Söhne', 'Teichwirtschaft {s}', 'Bäckerei {s}',
          'Zimmerei {s} GmbH', 'Landmaschinen {s} KG', 'Malerbetrieb {s}']
BRANDS = ['Globalfoundries', 'Infineon', 'PHW-Gruppe', 'Bosch Rexroth', 'Schaeffler Technologies', 'Rügenwalder Mühle',
          'Grimme Landmaschinen', 'Big Dutchman', 'Amazonen-Werke', 'Krone', 'Uvex', 'Schwan-Stabilo', 'Puma',
          'Bahlsen', 'Wernesgrüner', 'Sachsenmilch', 'Teekanne', 'Meißner Porzellan']
TEMP_AGENCIES = ['Heide-Personal Service GmbH', 'Zeitwerk Personal Muldental GmbH', 'PersonalPartner Aischgrund GmbH',
                 'Arbeitskraft Nord-West GmbH']
COLLECTION = ['Inkasso Mittelsachsen GmbH', 'Forderungsmanagement Ems-Vechte GmbH', 'Frankenland Inkasso KG']
FOREIGN_COMPANIES = {
    'no19': ['Mowi ASA', 'Lerøy Seafood', 'Hurtigruten AS', 'Salmar Farming AS', 'Nordlaks Havbruk AS',
             'Vesterålen Fiskeindustri AS', 'Kystverket', 'Equinor ASA'],
    'my19': ['Petronas Chemicals Sdn. Bhd.', 'Inari Amertron Berhad', 'Kulim Technology Park Sdn. Bhd.',
             'Sime Darby Plantation', 'Syarikat Perniagaan Ah Seng', 'Kedai Runcit Haji Rahmat', 'Celcom Axiata Berhad',
             'Restoran Nasi Kandar Pelita'],
    'ks19': ['Jammu & Kashmir Bank', 'Kashmir Walnut Exports Pvt. Ltd.', 'Srinagar Houseboat Owners Cooperative',
             'Pashmina Craft House', 'Valley Saffron Traders', 'Emirates Flight Catering LLC', 'Al Futtaim Motors LLC',
             'Infosys Ltd.'],
}

# sector -> patterns for employers that must fit the sentence; {w} company word, {s} surname, {s2} second surname
SECTORS = {
    'fish': ['Teichwirtschaft {s}', 'Fischzucht {w}', 'Karpfenhof {s}', '{w} Teichwirtschaft GbR'],
    'peat': ['Torfwerk {w} GmbH', '{w} Substrate GmbH & Co. KG', 'Torf- und Erdenwerk {s} KG'],
    'clean': ['Globalfoundries', 'Infineon', '{w} Reinraumtechnik GmbH', 'Mikrotechnik {w} AG', '{w} Halbleiter GmbH'],
    'meat': ['PHW-Gruppe', '{w} Fleischwaren GmbH', 'Geflügelhof {s}', 'Schlachthof {w} GmbH', '{w} Geflügel GmbH & Co. KG',
             'Eierhof {s} KG'],
    'farm': ['Landtechnik {s}', 'Grimme Landmaschinen', 'Big Dutchman', 'Amazonen-Werke', 'Landmaschinen {s} & {s2}',
             '{w} Agrar eG'],
    'rescue': ['Rettungsdienst {w} gGmbH', 'Kreisrettungsdienst {w}', 'Krankentransporte {s}'],
    'drive': ['Fahrschule {s}', 'Fahrschule {w}', 'Fahr- und Verkehrsschule {s} & {s2}'],
    'inn': ['Gasthof {s}', 'Landgasthof {w}', 'Ausflugslokal Heidekrug {s}', 'Brauereigasthof {s}'],
    'housing': ['Hausverwaltung {s}', '{w} Wohnungsbau eG', 'Immobilienverwaltung {s} & {s2}'],
    'quarry': ['Steinbruch {s} GmbH', '{w} Naturstein KG', 'Schotterwerk {w}'],
    'organ': ['Orgelbau {s}', 'Orgelbauwerkstatt {w}', '{s} Orgelbau GmbH'],
    'porcelain': ['Meißner Porzellan', 'Porzellanmalerei {s}', 'Porzellanmanufaktur {w}'],
    'bus': ['Verkehrsbetrieb {w}', 'Omnibusbetrieb {s}', 'Reisedienst {s} GmbH'],
    'interp': ['Übersetzungsbüro {s}', 'Dolmetscherdienst {w}', 'Sprachmittlung {s} & {s2}'],
}

# ---------------------------------------------------------------- institutions
# group -> list of patterns; {v} village, {p} parent municipality
INST_GROUPS = {
    'school': ['Oberschule {p}', 'Grundschule {v}', 'Berufsbildende Schulen {p}', 'Berufliches Schulzentrum {p}',
               'Staatliche Berufsschule {p}', 'Mittelschule {p}', 'Förderschule am Weiher {p}'],
    'course': ['Bildungswerk {p}', 'Kreisvolkshochschule {p}', 'Weiterbildungszentrum {p}', 'DEKRA Akademie {p}',
               'Grone Bildungszentrum {p}', 'Kolping-Bildungswerk {p}'],
    'kita': ['Kita Sonnenblume {v}', 'Kindergarten St. Marien {v}', 'Kinderhaus Pusteblume {p}', 'Hort {v}',
             'Kindertagesstätte Zwergenland {v}'],
    'club': ['Schützenverein {v}', 'Heimatverein {v}', 'Freiwillige Feuerwehr {v}', 'Landfrauenverein {p}',
             'TSV {v}', 'SV Blau-Weiß {v}', 'Angelverein {p}', 'Kirchenchor {v}'],
    'medical': ['Hausarztpraxis {p}', 'Kreiskrankenhaus {p}', 'Praxis für Ergotherapie {p}', 'MVZ {p}',
                'Orthopädische Praxis am Markt {p}', 'Klinikum {p}'],
    'office': ['Bürgerbüro {p}', 'Wohngeldstelle {p}', 'Ausländerbehörde {p}', 'Standesamt {p}',
               'Amtsgericht {p}', 'Ordnungsamt {p}', 'Fahrerlaubnisbehörde {p}'],
    'social': ['Diakonie {p}', 'Caritas-Sozialstation {p}', 'Schuldnerberatung {p}', 'Suchtberatung {p}',
               'Migrationsberatung {p}', 'Tafel {p}', 'Pflegestützpunkt {p}'],
    'abbr': ['BBS {p}', 'KVHS {p}', 'ABH {p}', 'SpDi {p}', 'BSZ {p}', 'ASD {p}', 'MBE {p}'],
    'court': ['Amtsgericht {p}', 'Arbeitsgericht {p}', 'Sozialgericht {p}'],
    'townhall': ['Rathaus {p}', 'Bürgerbüro {p}', 'Gemeindeverwaltung {p}', 'Verwaltungsgemeinschaft {p}'],
    'vehicle': ['Kfz-Zulassungsstelle {p}', 'Zulassungsstelle {p}'],
    'abh': ['Ausländerbehörde {p}', 'ABH {p}'],
    'licence': ['Fahrerlaubnisbehörde {p}', 'Führerscheinstelle {p}'],
}
NAMED_BODIES = {
    'rehab': ['Berufsförderungswerk Dresden', 'Berufsbildungswerk Leipzig', 'Rehazentrum Bad Bevensen',
              'Klinik am Brombachsee', 'Fachklinik Oldenburger Land'],
    'chamber': ['Oldenburgische IHK', 'IHK Chemnitz', 'Handwerkskammer Mittelfranken', 'Landwirtschaftskammer Niedersachsen',
                'Handwerkskammer Dresden', 'IHK Schwaben'],
    'recognition': ['IQ Netzwerk Sachsen', 'Landesamt für Schule und Bildung Sachsen', 'Niedersächsisches Landesamt für Soziales',
                    'Regierung von Mittelfranken', 'Anerkennungsstelle der IHK FOSA'],
    'foreign': ['Norges ambassade i Berlin', 'NAV Tromsø', 'Universitetet i Bergen', 'Høgskulen på Vestlandet',
                'Kedutaan Besar Malaysia Berlin', 'Universiti Sains Malaysia', 'KWSP Kuala Lumpur',
                'Embassy of India Berlin', 'University of Kashmir', 'SKIMS Soura', 'Government Medical College Srinagar'],
    'community': ['Norwegische Seemannskirche Hamburg', 'Malaysian Association in Germany', 'Kashmir Cultural Forum Leipzig',
                  'Islamische Gemeinde Cloppenburg', 'Hindu-Tempelverein Leipzig'],
    'school': ['Orgelbauschule Ludwigsburg', 'Schornsteinfegerschule Sachsen', 'Meisterschule für Friedhofsgärtner',
               'Akademie für Hörakustik Lübeck'],
    'clean': ['Reinraum-Akademie Dresden', 'Schulungszentrum Mikrotechnik Dresden-Klotzsche'],
    'fish': ['Fachschule für Fischwirtschaft Starnberg', 'Lehranstalt für Fischerei Aischgrund'],
    'pta': ['Berufsfachschule für PTA Leipzig', 'PTA-Lehranstalt Oldenburg', 'PTA-Schule am Klinikum Nürnberg'],
}

FOREIGN_BODIES = {'no19': ['Norges ambassade i Berlin', 'NAV Tromsø', 'Universitetet i Bergen', 'Høgskulen på Vestlandet'],
                  'my19': ['Kedutaan Besar Malaysia Berlin', 'Universiti Sains Malaysia', 'KWSP Kuala Lumpur'],
                  'ks19': ['Embassy of India Berlin', 'University of Kashmir', 'SKIMS Soura',
                           'Government Medical College Srinagar']}
CHAMBER_REGION = {'NSB': ['Oldenburgische IHK', 'Landwirtschaftskammer Niedersachsen', 'Anerkennungsstelle der IHK FOSA'],
                  'SAC': ['IHK Chemnitz', 'Handwerkskammer Dresden'],
                  'BY': ['Handwerkskammer Mittelfranken', 'IHK Schwaben']}

# ---------------------------------------------------------------- foreign addresses in local formats
FOREIGN_ADDR = {
    'no19': ['Storgata 14, 9008 Tromsø', 'Kong Oscars gate 22, 5017 Bergen', 'Postboks 113, 8001 Bodø',
             'Strandvegen 5, 6400 Molde', 'Havnegata 3 B, 8300 Svolvær', 'Nedre Strandgate 41, 4005 Stavanger',
             'Fjordvegen 118, 6854 Kaupanger', 'Sjøgata 7, leil. H0203, 8006 Bodø'],
    'my19': ['No. 23, Jalan Bukit Bintang, 55100 Kuala Lumpur', '12, Lorong Kenari 3, Taman Sri Nibong, 11900 Bayan Lepas, Pulau Pinang',
             'Lot 2145, Kampung Padang Luas, 16800 Pasir Puteh, Kelantan',
             'B-07-12, Pangsapuri Seri Damai, Jalan PJU 1/41, 47301 Petaling Jaya, Selangor',
             'No. 8, Simpang 32, Kampong Kiarong, Bandar Seri Begawan BE1318, Brunei',
             '47, Jalan Permatang Pasir, 14000 Bukit Mertajam, Pulau Pinang'],
    'ks19': ['H. No. 45, Rajbagh, Srinagar, J&K 190008', 'Near Jamia Masjid, Nowhatta, Srinagar 190002',
             'Flat 3B, Shalimar Apartments, Gandhi Nagar, Jammu 180004', 'Mohalla Khanqah, Anantnag, J&K 192101',
             'Flat 1204, Al Nahda Tower, Al Nahda 2, Dubai, UAE', 'Ward No. 7, Main Chowk, Baramulla 193101'],
}
