"""Own lists for heldout11, written for this split from the writer's own knowledge (no external list copied).

Populations none of the earlier SOURCE files names: Tajik, Volga Tatar / Bashkir, Dagestani (Avar, Lezgin, Dargin,
Kumyk), Burmese / Karen (Myanmar), Oromo (Ethiopia), Lao, Sardinian / Corsican, Yezidi; German names from groups the
earlier SOURCE files do not list (Westphalian farm names, Huguenot names, Black Forest / Baden farm names, Hunsrück /
Mosel / Eifel names, Catholic Rhineland saints' names, names with particles, names that are ordinary words).
Several transliterations of one name are deliberate.
"""

OWN_NAMES = {
    'tj11': {  # Tajik (Russian-file and Tajik-Latin spellings, -zoda surnames)
        'm': 'Farrukh Farruch Firuz Jamshed Dzhamshed Behruz Bekhruz Bahrom Dilshod Shohrukh Schochruch Sharifjon Khurshed '
             'Chursched Komron Parviz Parwis Faridun Siyovush Siyowusch Suhrob Umed Umedjon Mehrob Nurullo Saidmurod '
             'Abdurahmon Davlatali Dawlatali Zafar Muhammadjon Ismoil Habibullo Rustamjon Shodmon Manuchehr Azizjon '
             'Sukhrob Firdavs Ilhom Ilchom Daler Bakhtovar Bachtowar Shuhrat Rahmatullo Saidali Nozim Khayrullo',
        'f': 'Sitora Nigina Zarina Mehrangez Mavluda Mawluda Gulnora Dilafruz Farangis Tahmina Shahnoza Schachnosa '
             'Parvina Manizha Manischa Nilufar Gulchehra Firuza Sabohat Zulaykho Suleicho Oisha Munisa Rukhshona '
             'Ruchschona Shabnam Malika Mohira Mochira Dilnoza Dilnosa Gulrukhsor Khurshedamo Parisa Sadbarg Tojinisso',
        's': 'Rahmonov Rachmonow Rahmonzoda Qurbonov Kurbonow Davlatov Dawlatow Sharipov Scharipow Safarzoda Nazarov '
             'Mirzoev Mirsojew Jurayev Dshurajew Khudoyorov Chudojorow Boboev Bobojew Odinaev Odinajew Rajabov Radschabow '
             'Sangov Ashurov Aschurow Yusufzoda Qodirov Kodirow Shodiev Hamroev Chamrojew Nurmatov Zoirov Sultonzoda '
             'Bobojonov Faizulloev Fajsullojew Sattorov Saidzoda Amirzoda Karimzoda Nabiev Qosimov Kossimow Dodkhudoev',
    },
    'tt11': {  # Volga Tatar and Bashkir (Russian-German file spellings and English spellings)
        'm': 'Rinat Ildar Ramil Ilnur Rustem Azat Airat Ayrat Damir Ilgiz Radik Fanis Ilshat Ilschat Almaz Nail Rifat '
             'Salavat Salawat Insaf Ilfat Rasim Fanil Ilnar Aidar Ajdar Rafis Ildus Marsel Fargat Chalil Rinas Irek '
             'Ilmir Ruzal Rusal Ilsur Fail Rawil Ravil Vadim Radmir Danis',
        'f': 'Aigul Aygul Gulnara Alsu Rezeda Resida Guzel Gusel Lyaysan Leysan Lejsan Ilsiyar Ilsijar Dilyara Diljara '
             'Elmira Ramilya Ramilja Rafida Gulshat Gulschat Aliya Dinara Chulpan Tschulpan Venera Wenera Zulfiya '
             'Sulfija Landysh Landysch Albina Ilmira Gulnaz Gulnas Milyausha Miljauscha Alfiya Alfija Raushaniya '
             'Rauschanija Firuza Nailya Nailja Rimma Gulfiya',
        's': 'Gainullin Gajnullin Khairullin Chairullin Zaripov Saripow Fatkullin Nurislamov Nurislamow Galiev Galijew '
             'Sharafutdinov Scharafutdinow Mukhametshin Muchametschin Khabibullin Chabibullin Gabdrakhmanov Gabdrachmanow '
             'Minnikhanov Minnichanow Safin Sabirov Sabirow Akhmetzyanov Achmetsjanow Valiullin Waliullin Garipov Garipow '
             'Sagitov Sagitow Fazlyev Faslyjew Khusnutdinov Chusnutdinow Yarullin Jarullin Biktimirov Biktimirow '
             'Ziganshin Sigantschin Kamaletdinov Latypov Latypow Nigmatullin Shaikhutdinov Schaichutdinow Ishmuratov '
             'Ischmuratow Gilmutdinov Gilmutdinow Shakirov Schakirow Valeev Walejew Mingazov Mingasow Zakirov',
    },
    'dag11': {  # Dagestani: Avar, Lezgin, Dargin, Kumyk (Russian-file and German spellings)
        'm': 'Gadzhimurad Gadschimurad Magomedrasul Abdulmumin Shamil Schamil Kurban Arsen Zaur Gasan Gusein Ramazan '
             'Rasul Akhmednabi Achmednabi Murtazali Abakar Saigid Magomedsalikh Dzhabrail Dschabrail Tagir Nurmagomed '
             'Gamzat Zagid Sagid Gadzhi Gadschi Alibek Sirazhudin Siraschudin Abdulgamid Khizri Chisri Dibir Kazbek '
             'Magomedkhan Zubair Imangazali Nabiulla Salman Kamalutdin Ismail Abdulkerim Eldar Rashid Kurbanmagomed',
        'f': 'Patimat Aishat Aischat Zaira Saira Zarema Sarema Khadizhat Chadischat Zagidat Sagidat Asiyat Asijat '
             'Salikhat Salichat Gulizar Umukusum Saniyat Sanijat Ubaidat Raisat Aminat Madina Barshat Zulaikhat '
             'Sulaichat Seibat Uzlipat Usslipat Khanum Chanum Zumrud Sumrud Kameta Dzhamilya Dschamilja Aizanat',
        's': 'Gadzhiev Gadschijew Magomedov Abdulkhalikov Abdulchalikow Kurbanaliev Kurbanalijew Gamzatov Gamsatow '
             'Nurmagomedov Khasbulatov Chasbulatow Dzhamaludinov Dschamaludinow Abakarov Abakarow Gasanov Guseinov '
             'Gussejnow Murtazaliev Kadiev Kadijew Shakhbanov Schachbanow Magomedgadzhiev Mallaev Mallajew Tagirov '
             'Zagirov Sagirow Kuramagomedov Bagomedov Kebedov Kebedow Abdulaev Dibirov Dibirow Aliskhanov Alischanow '
             'Omarkadiev Gitinomagomedov Akhmedkhanov Magomedaliev Israpilov Israpilow Saidulaev Gadzhimuradov '
             'Ramazanov Abdurakhmanov Khalidov Chalidow Kerimov Mamaev Batyrov Batyrow',
    },
    'mm11': {  # Burmese and Karen (Myanmar); Burmese names have no surname: the later syllables serve as one
        'm': 'Aung Kyaw Zaw Htet Thura Naing Thein Myo Hein Pyae Phyo Thant Htoo Saw Thiha Wai Yan Nyan Kaung '
             'Khant Sithu Zeya Arkar Lwin Moe Tun Hlaing Thet Paing Htun Soe Min',
        'f': 'Thandar Khin Nilar Hnin Yadanar Thiri Nang Naw Myat Phyu Mya Thuzar Zin Ei Su Wint Yamin Shwe Chit '
             'Thet Htar Hsu Khaing Nwe Sandar Thida Moe Pwint Nandar Eaint',
        's': 'Kyaw_Moe Min_Htet Zin_Mar Myat_Noe Lin_Aung Thu_Zaw Phyo_Wai Naing_Oo Soe_Win Ko_Ko Zaw_Lin '
             'Htet_Aung Thant_Zin Aung_Naing Myint_Myat Hlaing_Min Nyein_Chan Thiri_Aung Wai_Yan Khin_Mar '
             'Aye_Chan Eh_Htoo Say_Paw Htoo_Lwin Moe_Thu Nwe_Ni Hnin_Wai Thet_Naing Kyi_Phyu Tun_Tun Htay_Aung '
             'Paw_Htoo Myo_Min Yamin_Oo Zeya_Tun Sithu_Lwin',
    },
    'om11': {  # Oromo (Ethiopia); the father's given name serves as surname
        'm': 'Tolosa Gemechu Gammachuu Obsa Gutema Guutama Dinsa Chala Caalaa Fayisa Abdisa Lencho Bayisa Jaarso Guyo '
             'Boru Galgalo Dhugassa Kumsa Waqo Waaqoo Tufa Bulcha Hirpa Gadisa Gudina Oliyad Nagasa Milkessa Biyya '
             'Dawit Kenesa Jiregna Tamiru Lammii Gurmu Robsan Galaana Kuma Fikadu Abdi',
        'f': 'Chaltu Caaltuu Lensa Bontu Obsitu Hawi Ebise Ayantu Gifti Lalise Dirribe Birtukan Genet Hawani Bilisee '
             'Meti Iftu Hanna Jalane Soreti Abebech Boontuu Bikiltu Chaaltu Kenenisa Tsion Oromia Gelane Sena Ruth',
        's': 'Tolosa Gemechu Gutema Dinsa Fayisa Abdisa Bayisa Jaarso Galgalo Dhugassa Kumsa Waqo Bulcha Hirpa Gadisa '
             'Gudina Nagasa Gurmessa Fufa Etana Dibaba Negasa Geleta Feyisa Duguma Tolera Jiregna Regassa Wakjira Tulu '
             'Biru Gemeda Wakweya Lemessa Bekele Dinka Amanu Tasisa Kebede Bedassa Urgessa Gudeta Debela Ejeta',
    },
    'lo11': {  # Lao (romanised in the French-influenced Lao passport style)
        'm': 'Souksavanh Khamphone Bounmy Somphone Phonesavanh Sisavath Vilaysack Thongsavanh Bounthavy Khamsone '
             'Somsanouk Vanhxay Phouthone Noupheng Anousone Thongchanh Bounleuth Sengphet Phetsamay Kongkeo Somphet '
             'Sisouk Bounnhang Vixay Khamla Souvanny Keo Saysana Phouvong Bounpheng',
        'f': 'Keomany Vanida Phonevilay Souphaphone Manivanh Chanthaly Bouavanh Davone Viengkham Vilayvanh Sengdao '
             'Phetsamone Malaythong Khamphet Noy Kesone Souksamay Viengxay Vanmany Chansamone Pany Thipphavanh '
             'Latsamy Bouachanh Sisomphone Khampheng Dalavanh Manivone Sonesavanh Vilaykham',
        's': 'Vongsa Sisouphanh Chanthavong Phommachanh Keovilay Souvannavong Inthavong Sayavong Phanthavong Xayavong '
             'Luangrath Sengsouvanh Phimmasone Douangdeuane Thammavong Vongphachanh Khounvilay Rattanavong Sisavang '
             'Phetsamone Bounyavong Vorachith Keomanivong Sirivongxay Inthirath Sithimolada Vongkhamsao Souksavath '
             'Phonsavanh Somvichith Chounlamany Sengsavang Luanglath Khamvongsa',
    },
    'sc11': {  # Sardinian and Corsican
        'm': 'Efisio Gavino Giommaria Bachisio Antioco Tonino Gesuino Raimondo Costantino Ignazio Sisinnio Ghjuvan '
             'Ghjacumu Santu Petru Anto Ghjiseppu Orsu Dumenicu Ghjuvanni Salvatore Giovanni-Maria Peppino Luigino '
             'Battista Cosimo Priamo Tziu Franziscu Lussorio Sebastianu Boriccu Piergavino Juvanni',
        'f': 'Bonaria Graziella Tonina Assunta Speranza Mariangela Ghjulia Letizia Vannina Santina Bachisia Efisia '
             'Gavina Giommaria Lussoria Ignazia Antonangela Mariuccia Peppina Batistina Marie-Dominique Ghjuvanna '
             'Paola-Maria Serafina Marinella Nicolina Annunziata Costantina Sisinnia Mariedda',
        's': 'Pinna Porcu Sanna Piras Murgia Cocco Deiana Mura Serra Melis Atzori Usai Pisano Carta Cossu Floris Loi '
             'Marras Meloni Mereu Orrù Pintus Puddu Sechi Spanu Zedda Corrias Cabras Fadda Manca Ledda Lai Contini '
             'Santoni Filippi Luciani Mattei Paoli Peretti Pietri Antonetti Albertini Susini Poli Giacomoni Orsoni '
             'Nicolai Acquaviva Tomasi Leca Agostini Bartoli Pinnacchio Tatti Arca Carboni Angioi Mulas Pittalis '
             'Sotgiu Demontis Dessì Cugusi Medda Orgiana Sulis Tolu Boi Erriu Mocci Frau Uda Pusceddu Ghiani',
    },
    'yz11': {  # Yezidi (Kurmanji, Shingal / Sheikhan / Transcaucasian Yezidis; German-file spellings)
        'm': 'Xidir Khidher Chidir Ezdin Izzedin Dakhil Dexil Dachil Khero Xeyro Chero Mirza Shivan Schiwan Sipan '
             'Dilshad Barakat Berekat Khalaf Xelef Chalaf Silêman Eido Nayif Naif Zedan Khalil Shamo Schamo Khudeda '
             'Xudêda Chudeda Qewal Hemo Xetar Kiro Temo Elo Rasho Reşo Sheikho Qasim Murad Pîr Faqîr Hazim Haydar '
             'Ezzo Ezo Shakir Schakir Adil Jardo Cerdo',
        'f': 'Gulê Zeri Zêrê Kochere Kotschere Xezal Gazal Besna Nazê Xensê Chanse Bese Çilê Tschile Rindê Bêrîvan '
             'Sêvê Jiyan Nesrin Leyla Hêvîn Dalal Delal Khatun Xatûn Chatun Zakiya Nadia Vian Wian Sara Gule Naze Khanse '
             'Baseh Perwin Parwin Nûra Hadiya Bushra Shirin Schirin',
        's': 'Khalaf Xelef Chalaf Murad Hajji Hadschi Şemo Shamo Schamo Khudeda Xudêda Qasim Kasim Rasho Reşo Hesko '
             'Heskê Barakat Bozan Sheikho Şêxo Scheicho Mirza Temo Omo Elo Xelo Chelo Qeso Keso Cerdo Jardo Alo Dakhil '
             'Dachil Hemo Xetar Chetar Ado Kiro Bakr Shivan Avdal Awdal Xidir Khidher Hajo Hadscho Kalo Hassoun Silo',
    },
    'de11': {  # German: Westphalian farm names, Huguenot names, Black Forest / Baden, Hunsrück / Mosel / Eifel,
               # Catholic Rhineland saints' names, particles, names that are ordinary words
        'm': 'Hubertus Servatius Quirin Severin Kunibert Pankratius Lambertus Gereon Apollinaris Kilian Wendelin '
             'Gebhard Meinrad Fridolin Pirmin Hermann-Josef Karl-Heinz Heinz-Willi Franz-Josef Hans-Peter Willibald '
             'Reinold Ludger Liudger Suitbert Bonifatius Engelbert Heribert Wunibald Notker Adalbert Burkhard Eckehard '
             'Rüdiger Hartwig Gerold Heiko Ortwin Volkhard Dankwart Giselher Siegmar Winfried Lutz Udo Ewald Erwin '
             'Helmfried Armin Detlef Detlev Gustl Bertram Joscha Malte Hinnerk Tammo Thorben Jannik Lennart Mats '
             'Ansgar Benno Degenhard Egbert Hilmar Immo Irmfried Kuno Leberecht Ottokar Raimund Sigisbert Theodor '
             'Traugott Ulfried Wigbert Wolfram Alwin Balduin Dietbert Erdmann Fridebert Gottlob Hartmund Ingolf Jost Nepomuk Odo '
             'Rochus Sebald Tassilo Volkmar Welf Wigand Xaver Zacharias Bartholomäus Cyriakus Donatus Eustachius Gangolf '
             'Hieronymus Ignaz Jodok Korbinian Liborius Pius Remigius Sixtus Tiburtius Vitus Wendel Dagobert Goswin '
             'Ruprecht Sigwart Thankmar Wieland Fromund Gernot Irenäus Jakobus Kasimir Medardus Nikodemus Otfried '
             'Philippus Quirinus Rainulf Severinus Timotheus Adelbert Baldur Bodo Folkert Gerwin Harm Ibo Jelto Okko '
             'Kai-Uwe Jens-Uwe Hans-Dieter Klaus-Dieter Willi-Bert Ernst-August Friedhelm Gottfried Hartmuth Wilfried',
        'f': 'Walburga Gertrudis Apollonia Crescentia Kreszenz Notburga Afra Hildegunde Irmtraud Irmtraut Roswitha '
             'Edeltraud Waltraud Adelheid Mechthild Kunigunde Hedwig Ottilie Odilia Scholastika Theresia Gundula '
             'Ermelinde Friedlinde Wiebke Imke Swantje Frauke Heike Silke Anke Elke Dörte Dörthe Hannelore Rosemarie '
             'Marie-Luise Anna-Lena Lisa-Marie Eva-Maria Gretel Liesel Resi Vroni Burgi Lioba Irmgard Ingeborg '
             'Gerlinde Sieglinde Brunhilde Herta Luitgard Lieselotte Annegret Adelgunde Wilhelmine Bernhardine '
             'Walpurga Veronika Jutta Gesa Merle Ida Frieda Thea Mathilde Emmi Adelinde Aloisia Balbina Benedikta Clementine '
             'Cäcilie Emerentia Engelberta Genoveva Godelieve Gottliebe Helmtrud Henrike Hiltrud Huberta Ilsabe Irmela '
             'Josefa Jolanthe Kordula Leokadia Luitgardis Philippine Regula Rotraut Thekla Walfriede Euphemia Engelburga '
             'Amalberga Gunhild Hadwig Irmhild Kriemhild Liutgard Ortrun Reinhild Sigrun Trudlinde Wiltrud Zita Philomena '
             'Hermine Leopoldine Albertine Ernestine Christel Uschi Hanni Rosi Marlies Anneliese Annemarie Hannelies '
             'Lotti Gundel Friedel Traudl Mechtild Elfriede Hiltraud Gertraud Ehrentraud Adeltraud Almut Almuth '
             'Heidrun Sigrid Gudrun Irmlind Adelgard Alheid Alwine Amöne Berthilde Burgunde Dietlinde Edelgard Eltrud '
             'Erdmute Friedgard Gerhild Godelinde Hedda Helmgard Hildburg Ilsetraut Irmentraud Isentrud Käthe Linde '
             'Margund Mechthilde Ortrud Reinhilde Rotraud Sieghild Sigune Swanhild Theda Trude Waltrun Wilma Winfriede '
             'Hiltrun Gerburg Gesine Okka Hilke Insa Tomke Fenna Jantje Wencke Wienke Birte Maren Hella Gerda Ilse',
        's': 'Schulze_Pellengahr Schulze_Dieckhoff Große_Kleimann Große-Böckmann Kleine-Wilde Schulte-Wien '
             'Schulze_Föcking Hülsmann Niehues Wiesmann Lütkehaus Upmann Tüllmann Hövelmann Brockhoff Wältermann '
             'Ossenbrink Stienemeier Pöppelbaum Brakemeier Kleinebekel Dunkelberg Devantier Papin Toussaint Hugot '
             'Duvinage Ancillon Gueffroy Sarrazin Lacroix Dumont Faller Kaltenbach Dilger Ketterer Wehrle Schwär '
             'Tritschler Hättich Schwörer Fehrenbach Wursthorn Blattmann Thielen Rosch Schmitz-Elsen Kirwel Minwegen '
             'Hoffend Pütz-Ohligschläger Ohligschläger Zervas Moog Schwaab Zöller Eberz Schiffmann Sonntag Morgenroth '
             'Leisegang Eisenhut Rosenkranz Gutjahr Lieblich Ehrlich Kurzweil Frühauf Wunderlich Übermuth Seltmann '
             'Gottschalk von_der_Heide zur_Nieden ter_Horst op_de_Hipt vom_Brocke auf_der_Heide von_Loewenich '
             'de_Graaff van_Dülmen Feldhaus Wienhold Kemper-Dahlhoff Röttgermann Overbeck Esselmann Vennemann '
             'Rolfsmeier Tegeler Twiehaus Hagedorn Bredenbröker Strotmann Hilgenstöhler Pöter Brüning Wellerdieck '
             'Winkelhaus Wegmann Aschoff Kortenkamp Deitermann Grotendorst Hackfort Liesenkötter Sicking Terhorst '
             'Vorholt Wissing Kötterheinrich Niermann Balster Buddenbäumer Kuhlenkamp Schnieder Morgenstern Sauerbier '
             'Hausmann Feierabend Wohlgemuth Gutknecht Biermann Nachtigall Klingebiel Rübsam Dornbusch Winterhalter',
    },
}

STOP = set('''oromia ruth sara hanna ida thea ei su moe min thet saw nang naw keo noy pany lai boi frau uda loi leca arca mura
serra carta poli tun chit shwe wai hemo kalo sena lutz udo pir ezo elo alo ado omo silo'''.split())

# towns: (name, postcode, plate code, regional directorate), postcodes from memory
TOWNS = [
    ('Hallenberg', '59969', 'HSK', 'NRW'), ('Medebach', '59964', 'HSK', 'NRW'), ('Winterberg', '59955', 'HSK', 'NRW'),
    ('Bestwig', '59909', 'HSK', 'NRW'), ('Eslohe', '59889', 'HSK', 'NRW'), ('Finnentrop', '57413', 'OE', 'NRW'),
    ('Kirchhundem', '57399', 'OE', 'NRW'), ('Wenden', '57482', 'OE', 'NRW'), ('Drolshagen', '57489', 'OE', 'NRW'),
    ('Herscheid', '58849', 'MK', 'NRW'), ('Nachrodt-Wiblingwerde', '58769', 'MK', 'NRW'), ('Schalksmühle', '58579', 'MK', 'NRW'),
    ('Breckerfeld', '58339', 'EN', 'NRW'), ('Sprockhövel', '45549', 'EN', 'NRW'), ('Wetter (Ruhr)', '58300', 'EN', 'NRW'),
    ('Burbach', '57299', 'SI', 'NRW'), ('Neunkirchen', '57290', 'SI', 'NRW'), ('Wilnsdorf', '57234', 'SI', 'NRW'),
    ('Erndtebrück', '57339', 'SI', 'NRW'), ('Bad Laasphe', '57334', 'SI', 'NRW'), ('Hilchenbach', '57271', 'SI', 'NRW'),
    ('Nümbrecht', '51588', 'GM', 'NRW'), ('Reichshof', '51580', 'GM', 'NRW'), ('Morsbach', '51597', 'GM', 'NRW'),
    ('Lindlar', '51789', 'GM', 'NRW'), ('Marienheide', '51709', 'GM', 'NRW'), ('Much', '53804', 'SU', 'NRW'),
    ('Ruppichteroth', '53809', 'SU', 'NRW'), ('Windeck', '51570', 'SU', 'NRW'), ('Eitorf', '53783', 'SU', 'NRW'),
    ('Swisttal', '53913', 'SU', 'NRW'), ('Alfter', '53347', 'SU', 'NRW'), ('Bad Münstereifel', '53902', 'EU', 'NRW'),
    ('Nettersheim', '53947', 'EU', 'NRW'), ('Blankenheim', '53945', 'EU', 'NRW'), ('Dahlem', '53949', 'EU', 'NRW'),
    ('Hellenthal', '53940', 'EU', 'NRW'), ('Kall', '53925', 'EU', 'NRW'), ('Simmerath', '52152', 'AC', 'NRW'),
    ('Roetgen', '52159', 'AC', 'NRW'), ('Baesweiler', '52499', 'AC', 'NRW'), ('Heimbach', '52396', 'DN', 'NRW'),
    ('Nideggen', '52385', 'DN', 'NRW'), ('Kreuzau', '52372', 'DN', 'NRW'), ('Titz', '52445', 'DN', 'NRW'),
    ('Aldenhoven', '52457', 'DN', 'NRW'), ('Gangelt', '52538', 'HS', 'NRW'), ('Selfkant', '52538', 'HS', 'NRW'),
    ('Waldfeucht', '52525', 'HS', 'NRW'), ('Wassenberg', '41849', 'HS', 'NRW'), ('Niederkrüchten', '41372', 'VIE', 'NRW'),
    ('Brüggen', '41379', 'VIE', 'NRW'), ('Schwalmtal', '41366', 'VIE', 'NRW'), ('Grefrath', '47929', 'VIE', 'NRW'),
    ('Wachtendonk', '47669', 'KLE', 'NRW'), ('Kerken', '47647', 'KLE', 'NRW'), ('Uedem', '47589', 'KLE', 'NRW'),
    ('Bedburg-Hau', '47551', 'KLE', 'NRW'), ('Kranenburg', '47559', 'KLE', 'NRW'), ('Rees', '46459', 'KLE', 'NRW'),
    ('Isselburg', '46419', 'BOR', 'NRW'), ('Südlohn', '46354', 'BOR', 'NRW'), ('Heiden', '46359', 'BOR', 'NRW'),
    ('Raesfeld', '46348', 'BOR', 'NRW'), ('Legden', '48739', 'BOR', 'NRW'), ('Heek', '48619', 'BOR', 'NRW'),
    ('Schöppingen', '48624', 'BOR', 'NRW'), ('Metelen', '48629', 'ST', 'NRW'), ('Wettringen', '48493', 'ST', 'NRW'),
    ('Recke', '49509', 'ST', 'NRW'), ('Westerkappeln', '49492', 'ST', 'NRW'), ('Lienen', '49536', 'ST', 'NRW'),
    ('Ladbergen', '49549', 'ST', 'NRW'), ('Saerbeck', '48369', 'ST', 'NRW'), ('Nordwalde', '48356', 'ST', 'NRW'),
    ('Havixbeck', '48329', 'COE', 'NRW'), ('Nottuln', '48301', 'COE', 'NRW'), ('Rosendahl', '48720', 'COE', 'NRW'),
    ('Olfen', '59399', 'COE', 'NRW'), ('Nordkirchen', '59394', 'COE', 'NRW'), ('Ascheberg', '59387', 'COE', 'NRW'),
    ('Everswinkel', '48351', 'WAF', 'NRW'), ('Beelen', '48361', 'WAF', 'NRW'), ('Wadersloh', '59329', 'WAF', 'NRW'),
    ('Lippetal', '59510', 'SO', 'NRW'), ('Welver', '59514', 'SO', 'NRW'), ('Ense', '59469', 'SO', 'NRW'),
    ('Anröchte', '59609', 'SO', 'NRW'), ('Rüthen', '59602', 'SO', 'NRW'), ('Bad Wünnenberg', '33181', 'PB', 'NRW'),
    ('Lichtenau', '33165', 'PB', 'NRW'), ('Borchen', '33178', 'PB', 'NRW'), ('Altenbeken', '33184', 'PB', 'NRW'),
    ('Willebadessen', '34439', 'HX', 'NRW'), ('Nieheim', '33039', 'HX', 'NRW'), ('Marienmünster', '37696', 'HX', 'NRW'),
    ('Beverungen', '37688', 'HX', 'NRW'), ('Borgentreich', '34434', 'HX', 'NRW'), ('Schieder-Schwalenberg', '32816', 'LIP', 'NRW'),
    ('Lügde', '32676', 'LIP', 'NRW'), ('Barntrup', '32683', 'LIP', 'NRW'), ('Dörentrup', '32694', 'LIP', 'NRW'),
    ('Extertal', '32699', 'LIP', 'NRW'), ('Kalletal', '32689', 'LIP', 'NRW'), ('Augustdorf', '32832', 'LIP', 'NRW'),
    ('Schloß Holte-Stukenbrock', '33758', 'GT', 'NRW'), ('Steinhagen', '33803', 'GT', 'NRW'), ('Werther (Westf.)', '33824', 'GT', 'NRW'),
    ('Hiddenhausen', '32120', 'HF', 'NRW'), ('Kirchlengern', '32278', 'HF', 'NRW'), ('Rödinghausen', '32289', 'HF', 'NRW'),
    ('Hüllhorst', '32609', 'MI', 'NRW'), ('Hille', '32479', 'MI', 'NRW'), ('Stemwede', '32351', 'MI', 'NRW'),
    ('Preußisch Oldendorf', '32361', 'MI', 'NRW'), ('Stolberg (Harz)', '06536', 'MSH', 'SAT'), ('Allstedt', '06542', 'MSH', 'SAT'),
    ('Gerbstedt', '06347', 'MSH', 'SAT'), ('Arnstein', '06456', 'MSH', 'SAT'), ('Seegebiet Mansfelder Land', '06317', 'MSH', 'SAT'),
    ('Harzgerode', '06493', 'HZ', 'SAT'), ('Ballenstedt', '06493', 'HZ', 'SAT'), ('Falkenstein/Harz', '06543', 'HZ', 'SAT'),
    ('Ilsenburg', '38871', 'HZ', 'SAT'), ('Osterwieck', '38835', 'HZ', 'SAT'), ('Huy', '38838', 'HZ', 'SAT'),
    ('Egeln', '39435', 'SLK', 'SAT'), ('Hecklingen', '39444', 'SLK', 'SAT'), ('Güsten', '39439', 'SLK', 'SAT'),
    ('Barby', '39249', 'SLK', 'SAT'), ('Gommern', '39245', 'JL', 'SAT'), ('Möckern', '39291', 'JL', 'SAT'),
    ('Jerichow', '39319', 'JL', 'SAT'), ('Havelberg', '39539', 'SDL', 'SAT'), ('Arendsee', '39619', 'SDL', 'SAT'),
    ('Bismark', '39629', 'SDL', 'SAT'), ('Kalbe (Milde)', '39624', 'SAW', 'SAT'), ('Beetzendorf', '38489', 'SAW', 'SAT'),
    ('Oebisfelde-Weferlingen', '39646', 'BK', 'SAT'), ('Calvörde', '39359', 'BK', 'SAT'), ('Westheide', '39345', 'BK', 'SAT'),
    ('Niedere Börde', '39326', 'BK', 'SAT'), ('Kemberg', '06901', 'WB', 'SAT'), ('Zahna-Elster', '06895', 'WB', 'SAT'),
    ('Annaburg', '06925', 'WB', 'SAT'), ('Coswig (Anhalt)', '06869', 'WB', 'SAT'), ('Oranienbaum-Wörlitz', '06785', 'WB', 'SAT'),
    ('Raguhn-Jeßnitz', '06779', 'ABI', 'SAT'), ('Südliches Anhalt', '06369', 'ABI', 'SAT'), ('Osternienburger Land', '06386', 'ABI', 'SAT'),
    ('Landsberg', '06188', 'SK', 'SAT'), ('Wettin-Löbejün', '06193', 'SK', 'SAT'), ('Teutschenthal', '06179', 'SK', 'SAT'),
    ('Kabelsketal', '06184', 'SK', 'SAT'), ('Bad Dürrenberg', '06231', 'SK', 'SAT'), ('Lützen', '06686', 'BLK', 'SAT'),
    ('Teuchern', '06682', 'BLK', 'SAT'), ('Osterfeld', '06721', 'BLK', 'SAT'), ('Freyburg (Unstrut)', '06632', 'BLK', 'SAT'),
    ('Bad Bibra', '06647', 'BLK', 'SAT'), ('Kölleda', '99625', 'SÖM', 'SAT'), ('Weißensee', '99631', 'SÖM', 'SAT'),
    ('Greußen', '99718', 'KYF', 'SAT'), ('Ebeleben', '99713', 'KYF', 'SAT'), ('Roßleben-Wiehe', '06571', 'KYF', 'SAT'),
    ('Ellrich', '99755', 'NDH', 'SAT'), ('Bleicherode', '99752', 'NDH', 'SAT'), ('Dingelstädt', '37351', 'EIC', 'SAT'),
    ('Uder', '37318', 'EIC', 'SAT'), ('Bad Tennstedt', '99955', 'UH', 'SAT'), ('Schlotheim', '99994', 'UH', 'SAT'),
    ('Tambach-Dietharz', '99897', 'GTH', 'SAT'), ('Ohrdruf', '99885', 'GTH', 'SAT'), ('Neudietendorf', '99192', 'GTH', 'SAT'),
    ('Kranichfeld', '99448', 'WE', 'SAT'), ('Bad Berka', '99438', 'AP', 'SAT'), ('Buttstädt', '99628', 'AP', 'SAT'),
    ('Kahla', '07768', 'SHK', 'SAT'), ('Stadtroda', '07646', 'SHK', 'SAT'), ('Dornburg-Camburg', '07774', 'SHK', 'SAT'),
    ('Neustadt an der Orla', '07806', 'SOK', 'SAT'), ('Ziegenrück', '07924', 'SOK', 'SAT'), ('Wurzbach', '07343', 'SOK', 'SAT'),
    ('Leutenberg', '07338', 'SLF', 'SAT'), ('Königsee', '07426', 'SLF', 'SAT'), ('Großbreitenbach', '98701', 'IK', 'SAT'),
    ('Schleusingen', '98553', 'HBN', 'SAT'), ('Themar', '98660', 'HBN', 'SAT'), ('Römhild', '98631', 'HBN', 'SAT'),
    ('Steinbach-Hallenberg', '98587', 'SM', 'SAT'), ('Zella-Mehlis', '98544', 'SM', 'SAT'), ('Brotterode-Trusetal', '98596', 'SM', 'SAT'),
    ('Geisa', '36419', 'WAK', 'SAT'), ('Vacha', '36404', 'WAK', 'SAT'), ('Dermbach', '36466', 'WAK', 'SAT'),
    ('Ronneburg', '07580', 'GRZ', 'SAT'), ('Weida', '07570', 'GRZ', 'SAT'), ('Berga-Wünschendorf', '07980', 'GRZ', 'SAT'),
    ('Gößnitz', '04639', 'ABG', 'SAT'), ('Lucka', '04613', 'ABG', 'SAT'), ('Meuselwitz', '04610', 'ABG', 'SAT'),
    ('Kirchheimbolanden', '67292', 'KIB', 'RPS'), ('Eisenberg (Pfalz)', '67304', 'KIB', 'RPS'), ('Göllheim', '67307', 'KIB', 'RPS'),
    ('Rockenhausen', '67806', 'KIB', 'RPS'), ('Winnweiler', '67722', 'KIB', 'RPS'), ('Otterberg', '67697', 'KL', 'RPS'),
    ('Enkenbach-Alsenborn', '67677', 'KL', 'RPS'), ('Landstuhl', '66849', 'KL', 'RPS'), ('Ramstein-Miesenbach', '66877', 'KL', 'RPS'),
    ('Waldmohr', '66914', 'KUS', 'RPS'), ('Schönenberg-Kübelberg', '66901', 'KUS', 'RPS'), ('Lauterecken', '67742', 'KUS', 'RPS'),
    ('Wolfstein', '67752', 'KUS', 'RPS'), ('Dahn', '66994', 'PS', 'RPS'), ('Hauenstein', '76846', 'PS', 'RPS'),
    ('Thaleischweiler-Fröschen', '66987', 'PS', 'RPS'), ('Rodalben', '66976', 'PS', 'RPS'), ('Annweiler am Trifels', '76855', 'SÜW', 'RPS'),
    ('Herxheim', '76863', 'SÜW', 'RPS'), ('Edenkoben', '67480', 'SÜW', 'RPS'), ('Maikammer', '67487', 'SÜW', 'RPS'),
    ('Hagenbach', '76767', 'GER', 'RPS'), ('Jockgrim', '76751', 'GER', 'RPS'), ('Lingenfeld', '67360', 'GER', 'RPS'),
    ('Rülzheim', '76761', 'GER', 'RPS'), ('Dudenhofen', '67373', 'RP', 'RPS'), ('Römerberg', '67354', 'RP', 'RPS'),
    ('Böhl-Iggelheim', '67459', 'RP', 'RPS'), ('Dannstadt-Schauernheim', '67125', 'RP', 'RPS'), ('Lambsheim', '67245', 'RP', 'RPS'),
    ('Wachenheim', '67157', 'DÜW', 'RPS'), ('Freinsheim', '67251', 'DÜW', 'RPS'), ('Lambrecht (Pfalz)', '67466', 'DÜW', 'RPS'),
    ('Alzey', '55232', 'AZ', 'RPS'), ('Wörrstadt', '55286', 'AZ', 'RPS'), ('Flonheim', '55237', 'AZ', 'RPS'),
    ('Osthofen', '67574', 'WO', 'RPS'), ('Eich', '67575', 'AZ', 'RPS'), ('Nieder-Olm', '55268', 'MZ', 'RPS'),
    ('Bodenheim', '55294', 'MZ', 'RPS'), ('Gau-Algesheim', '55435', 'MZ', 'RPS'), ('Heidesheim am Rhein', '55262', 'MZ', 'RPS'),
    ('Sprendlingen', '55576', 'MZ', 'RPS'), ('Stromberg', '55442', 'KH', 'RPS'), ('Meisenheim', '55590', 'KH', 'RPS'),
    ('Bad Sobernheim', '55566', 'KH', 'RPS'), ('Kirn', '55606', 'KH', 'RPS'), ('Rhaunen', '55624', 'BIR', 'RPS'),
    ('Herrstein', '55756', 'BIR', 'RPS'), ('Baumholder', '55774', 'BIR', 'RPS'), ('Kastellaun', '56288', 'SIM', 'RPS'),
    ('Kirchberg (Hunsrück)', '55481', 'SIM', 'RPS'), ('Emmelshausen', '56281', 'SIM', 'RPS'), ('Morbach', '54497', 'WIL', 'RPS'),
    ('Thalfang', '54424', 'WIL', 'RPS'), ('Traben-Trarbach', '56841', 'WIL', 'RPS'), ('Zell (Mosel)', '56856', 'COC', 'RPS'),
    ('Ulmen', '56766', 'COC', 'RPS'), ('Treis-Karden', '56253', 'COC', 'RPS'), ('Hillesheim', '54576', 'DAU', 'RPS'),
    ('Gerolstein', '54568', 'DAU', 'RPS'), ('Jünkerath', '54584', 'DAU', 'RPS'), ('Arzfeld', '54687', 'BIT', 'RPS'),
    ('Neuerburg', '54673', 'BIT', 'RPS'), ('Speicher', '54662', 'BIT', 'RPS'), ('Kell am See', '54427', 'TR', 'RPS'),
    ('Hermeskeil', '54411', 'TR', 'RPS'), ('Schweich', '54338', 'TR', 'RPS'), ('Wadern', '66687', 'MZG', 'RPS'),
    ('Losheim am See', '66679', 'MZG', 'RPS'), ('Perl', '66706', 'MZG', 'RPS'), ('Tholey', '66636', 'WND', 'RPS'),
    ('Freisen', '66629', 'WND', 'RPS'), ('Nohfelden', '66625', 'WND', 'RPS'), ('Illingen', '66557', 'NK', 'RPS'),
    ('Eppelborn', '66571', 'NK', 'RPS'), ('Kirkel', '66459', 'HOM', 'RPS'), ('Gersheim', '66453', 'HOM', 'RPS'),
    ('Mandelbachtal', '66399', 'SB', 'RPS'), ('Kleinblittersdorf', '66271', 'SB', 'RPS'), ('Schmelz', '66839', 'SLS', 'RPS'),
    ('Rehlingen-Siersburg', '66780', 'SLS', 'RPS'), ('Wallerfangen', '66798', 'SLS', 'RPS'), ('Nalbach', '66809', 'SLS', 'RPS'),
    ('Bad Marienberg', '56470', 'WW', 'RPS'), ('Rennerod', '56477', 'WW', 'RPS'), ('Hachenburg', '57627', 'WW', 'RPS'),
    ('Wirges', '56422', 'WW', 'RPS'), ('Nastätten', '56355', 'EMS', 'RPS'), ('Katzenelnbogen', '56368', 'EMS', 'RPS'),
    ('Nassau', '56377', 'EMS', 'RPS'), ('Puderbach', '56305', 'NR', 'RPS'), ('Asbach', '53567', 'NR', 'RPS'),
    ('Unkel', '53572', 'NR', 'RPS'), ('Daaden', '57567', 'AK', 'RPS'), ('Gebhardshain', '57580', 'AK', 'RPS'),
    ('Hamm (Sieg)', '57577', 'AK', 'RPS'), ('Adenau', '53518', 'AW', 'RPS'), ('Altenahr', '53505', 'AW', 'RPS'),
    ('Brohl-Lützing', '56656', 'MYK', 'RPS'), ('Polch', '56751', 'MYK', 'RPS'), ('Vallendar', '56179', 'MYK', 'RPS'),
]

STREET_BASES = ['Salbei', 'Thymian', 'Kamillen', 'Arnika', 'Baldrian', 'Beifuß', 'Schafgarben', 'Liebstöckel', 'Borretsch',
                'Achat', 'Basalt', 'Quarz', 'Jaspis', 'Feldspat', 'Glimmer', 'Porphyr', 'Orion', 'Sirius', 'Wega',
                'Kassiopeia', 'Andromeda', 'Boskoop', 'Gravensteiner', 'Goldparmänen', 'Renetten', 'Pfingstanger',
                'Bleichwiesen', 'Brühl', 'Flachsröste', 'Lohgerber', 'Seiler', 'Köhler', 'Nagelschmied', 'Pottbäcker',
                'Fanny-Hensel-', 'Emilie-Mayer-', 'Louise-Otto-Peters-', 'Hedwig-Dohm-', 'Lotte-Reiniger-',
                'Caroline-Herschel-', 'Amalie-Dietrich-', 'Maria-Sibylla-Merian-', 'Johann-Gottfried-Tulla-',
                'Friedrich-Harkort-', 'Carl-Benscheidt-', 'Ida-Noddack-', 'Hertha-Sponer-', 'Elly-Heuss-Knapp-',
                'Wachholder', 'Ginster', 'Schlehen', 'Eberesch', 'Mispel', 'Quitten', 'Stieglitz', 'Zeisig', 'Pirol',
                'Wiedehopf', 'Kiebitz', 'Rotdorn', 'Hainbuchen', 'Espen']
STREET_SUFFIX = ['straße', 'str.', 'weg', 'pfad', 'ring', 'gasse', 'winkel', 'stieg', 'anger', 'acker', 'kamp', 'hof']
FIXED_STREETS = ['Am Pfingstanger', 'Auf der Bleiche', 'Im Brühl', 'Hinter den Gärten', 'Unter den Eichen', 'An der Flachsröste',
                 'Auf dem Kamp', 'Zum Steinbruch', 'Am Hohlweg', 'In der Aue', 'Alte Poststraße', 'Oberdorf', 'Unterdorf',
                 'Am Sauerbrunnen', 'Zur Dorflinde', 'An der Kirchtreppe', 'Auf der Hardt', 'Zum Wasserturm',
                 'Am Bahndamm', 'Neue Siedlung', 'Straße der Freundschaft', 'Straße des Friedens', 'Platz der Einheit',
                 'Friedrich-Engels-Ring', 'Rosa-Luxemburg-Straße', 'Clara-Zetkin-Weg', 'Thomas-Müntzer-Straße']
COMPANY_WORDS = ['Eifelgold', 'Moselblick', 'Hunsrückfrisch', 'Saarperle', 'Pfalzmühle', 'Westrichland', 'Sauerlandfuchs',
                 'Lippetau', 'Emsbogen', 'Börde-Korn', 'Harzgold', 'Saaleblick', 'Kyffhäuser-Land', 'Elsterflink',
                 'Anhaltiner', 'Rhönklar', 'Schieferland', 'Vulkanland', 'Wiedtal', 'Lahnstein-Service', 'Ahrwinzer',
                 'Glanzlicht', 'Sauberzauber', 'Fleißige Bienen', 'Helfende Hände', 'Sonnenschein', 'Flinkfuß',
                 'Pfiffikus', 'Kleeblatt', 'Löwenzahn', 'Zugvogel', 'Kompass', 'Leuchtturm', 'Brückenbauer',
                 'Rundum', 'Vierjahreszeiten', 'Dreiklang', 'Tausendsassa', 'Alleskönner', 'Blitzeblank']
TRADES = ['Gebäudereinigung', 'Personalservice', 'Zeitarbeit', 'Pflegedienst', 'Spedition', 'Logistik', 'Hausmeisterdienste',
          'Gartenbau', 'Metallbau', 'Elektrotechnik', 'Haustechnik', 'Malerbetrieb', 'Dachdeckerei', 'Fliesenlegerei',
          'Bäckerei', 'Fleischerei', 'Gastronomie', 'Catering', 'Kurierdienst', 'Sicherheitsdienst', 'Umzüge',
          'Bildungswerk', 'Sprachschule', 'Autohaus', 'Kfz-Werkstatt', 'Getränkehandel', 'Wäscherei', 'Tischlerei',
          'Landtechnik', 'Baustoffhandel']
LEGAL = ['GmbH', 'GmbH & Co. KG', 'UG (haftungsbeschränkt)', 'e.K.', 'KG', 'OHG', 'AG', 'GbR', 'mbH']
BRANDS = ['Bitburger', 'Gerolsteiner', 'Karlsberg', 'Villeroy & Boch', 'Hela', 'Globus', 'Dillinger Hütte', 'Saarstahl',
          'Schott', 'Boehringer Ingelheim', 'BASF', 'Pfaff', 'Wasgau', 'Veltins', 'Warsteiner', 'Krombacher',
          'Viessmann', 'Hella', 'Miele', 'Claas', 'Wago', 'Harting', 'Phoenix Contact', 'Schüco', 'Weidmüller',
          'Dr. Oetker', 'Melitta', 'Storck', 'Bertelsmann', 'Gauselmann', 'Westfalia', 'Nordzucker', 'Halloren',
          'Rotkäppchen', 'Florena', 'Bad Brambacher', 'Thüringer Rostbratwurst Gräf', 'Mitteldeutsche Flughafen',
          'Dow Olefinverbund', 'TotalEnergies Leuna', 'Zeitzer Nudeln', 'Wolf Butterback']
NAMED_BODIES = ['Deutsche Rentenversicherung Rheinland-Pfalz', 'Deutsche Rentenversicherung Mitteldeutschland',
                'Deutsche Rentenversicherung Westfalen', 'DRV Saarland', 'Deutsche Rentenversicherung Knappschaft-Bahn-See',
                'AOK Rheinland-Pfalz/Saarland', 'AOK Sachsen-Anhalt', 'AOK Nordwest', 'BKK Pfalz', 'Barmer', 'DAK-Gesundheit',
                'Techniker Krankenkasse', 'Knappschaft', 'BG BAU', 'BG ETEM', 'Unfallkasse NRW', 'Landesamt für Soziales, Jugend und Versorgung',
                'Landesverwaltungsamt Sachsen-Anhalt', 'Thüringer Landesverwaltungsamt', 'Bezirksregierung Köln',
                'Aufsichts- und Dienstleistungsdirektion Trier', 'Landschaftsverband Westfalen-Lippe', 'Landschaftsverband Rheinland',
                'Kommunaler Sozialverband Sachsen', 'Bundesamt für Migration und Flüchtlinge', 'Deutsches Rotes Kreuz Kreisverband Vulkaneifel',
                'Arbeiterwohlfahrt Bezirksverband Pfalz', 'Paritätischer Wohlfahrtsverband Sachsen-Anhalt', 'Malteser Hilfsdienst Trier',
                'Johanniter-Unfall-Hilfe Harz', 'Diakonie Mitteldeutschland', 'IHK Trier', 'IHK Halle-Dessau', 'HWK Koblenz',
                'Handwerkskammer Magdeburg', 'Landesamt für Verbraucherschutz Sachsen-Anhalt', 'Zentralwohlfahrtsstelle der Juden',
                'Bürgerbeauftragte des Landes Rheinland-Pfalz', 'Petitionsausschuss des Landtags Sachsen-Anhalt',
                'Karrierecenter der Bundeswehr Mainz', 'Bundeswehr-Karrierecenter Düsseldorf',
                'Deutsche Rentenversicherung Hessen', 'Deutsche Rentenversicherung Baden-Württemberg',
                'DRV Braunschweig-Hannover', 'Deutsche Rentenversicherung Bayern Süd', 'DRV Nordbayern',
                'DRV Mitteldeutschland', 'DRV Rheinland-Pfalz', 'DRV Westfalen', 'Deutsche Rentenversicherung Rheinland',
                'BG Verkehr', 'BG RCI', 'Unfallkasse Sachsen-Anhalt', 'Unfallkasse Thüringen', 'BGN',
                'Unfallkasse Rheinland-Pfalz', 'Audi BKK', 'mkk – meine krankenkasse', 'SBK', 'hkk Krankenkasse',
                'BIG direkt gesund', 'Mobil Krankenkasse', 'Bürgerbeauftragter des Landes Sachsen-Anhalt',
                'Karrierecenter der Bundeswehr Erfurt']
INST_PATTERNS = {  # subtype -> patterns with {T} = town
    'gov': ['Stadtverwaltung {T}', 'Verbandsgemeindeverwaltung {T}', 'Gemeindeverwaltung {T}', 'Bürgerbüro {T}',
            'Ordnungsamt {T}', 'Standesamt {T}', 'Einwohnermeldeamt {T}', 'Sozialamt {T}', 'Jugendamt {T}',
            'Ausländerbehörde {T}', 'Wohngeldstelle {T}', 'Kfz-Zulassungsstelle {T}', 'Finanzamt {T}', 'Gesundheitsamt {T}',
            'Amtsgericht {T}', 'Polizeiinspektion {T}', 'Polizeiwache {T}', 'Schiedsamt {T}', 'Friedhofsverwaltung {T}',
            'Steueramt {T}', 'Stadtkasse {T}', 'Verbandsgemeindekasse {T}'],
    'social': ['Tafel {T}', 'Kleiderkammer {T}', 'Möbelbörse {T}', 'Schuldnerberatung {T}', 'Suchtberatung {T}',
               'Caritas-Sozialstation {T}', 'Diakoniestation {T}', 'Frauenhaus {T}', 'Mehrgenerationenhaus {T}',
               'Seniorenbüro {T}', 'Tierheim {T}', 'Ehrenamtsagentur {T}', 'Lebensmittelausgabe {T}', 'Sozialkaufhaus {T}'],
    'edu': ['Volkshochschule {T}', 'Realschule plus {T}', 'Gesamtschule {T}', 'Grundschule {T}', 'Berufsbildende Schule {T}',
            'Berufskolleg {T}', 'Musikschule {T}', 'Kita {T}', 'Förderschule {T}', 'Stadtbibliothek {T}'],
    'health': ['Krankenhaus {T}', 'St.-Elisabeth-Krankenhaus {T}', 'Sozialpsychiatrischer Dienst {T}', 'Tagesklinik {T}',
               'Marienhospital {T}', 'Zahnklinik {T}'],
    'job': ['Jobcenter {T}', 'Agentur für Arbeit {T}', 'Jobcenter Landkreis {T}'],
}

FOREIGN_ADDR = {
    'tj11': ['ul. Rudaki 112, kv. 34, Dushanbe 734025', 'kuchai Ayni 45, Khujand', 'mahallai Navbahor, deh. Somoniyon, Hisor'],
    'tt11': ['ul. Baumana 17, kv. 8, Kasan 420111', 'prospekt Pobedy 86, kv. 203, Kazan', 'ul. Mustaja Karima 21, Ufa 450076'],
    'dag11': ['ul. Imama Shamilya 33, Machatschkala 367000', 'pr. Gamidova 18, kv. 51, Makhachkala', 'sel. Gergebil, Gergebilskij rajon'],
    'mm11': ['No. 45, Bogyoke Aung San Road, Pabedan Township, Yangon', 'No. 12, 35th Street, Chanayethazan, Mandalay',
             'Hpa-An, Kayin State, Quarter 3, No. 7'],
    'om11': ['Kebele 04, House No. 318, Adama', 'Woreda 7, Kebele 12, Jimma', 'Bole Subcity, Woreda 03, H.No. 1120, Addis Ababa'],
    'lo11': ['Ban Phonxay, Xaysetha District, Vientiane', 'Ban Xiengmouane, Luang Prabang', 'Ban Nongbone, Pakse, Champasak'],
    'sc11': ['Via Roma 18, 09124 Cagliari', 'Vicolo Sant\'Antonio 4, 08100 Nuoro', 'Lieu-dit Casanova, 20250 Corte',
             'Via Garibaldi 27, 07100 Sassari'],
    'yz11': ['Khanke Camp, Sektor 4, Zelt 112, Duhok', 'Sinuni, Shingal District, Ninawa', 'Gyulagarak, Lori Province, Armenien'],
    'de11': ['Rue de la Gare 14, L-9053 Ettelbruck', 'Kirchstraat 7, NL-6291 Vaals', 'Route d\'Arlon 212, B-6700 Arlon'],
}
CONSULATES = {
    'tj11': 'Botschaft der Republik Tadschikistan', 'tt11': 'Generalkonsulat der Russischen Föderation Leipzig',
    'dag11': 'Generalkonsulat der Russischen Föderation Bonn', 'mm11': 'Botschaft der Republik der Union Myanmar',
    'om11': 'Botschaft der Demokratischen Bundesrepublik Äthiopien', 'lo11': 'Botschaft der Demokratischen Volksrepublik Laos',
    'sc11': 'Italienisches Generalkonsulat Köln', 'yz11': 'Generalkonsulat der Republik Irak Frankfurt',
}
