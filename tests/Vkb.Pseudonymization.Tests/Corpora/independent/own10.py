# -*- coding: utf-8 -*-
"""Own lists for heldout10, written from my own knowledge for the Vkb project (session 13).
Candidates only: extract_names10.py drops every name that shares a folded token with an earlier split's name pool or
truth name, and every town / street / company / institution candidate that matches an earlier truth value."""

# ---- names: origin -> {'m': [...], 'f': [...], 's': [...]}.  Several transliterations on purpose.
OWN_NAMES = {
 # Malayali (Kerala): Syrian-Christian, Hindu and Muslim given names; family / house names as surnames
 'ml10': {
  'm': 'Anish Binu Biju Shibu Sojan Jomon Tomy Jithin Nithin Sreejith Srijith Ajith Rejith Renjith Shaji Saji Jiju Libin '
       'Jobin Anoop Anup Vineeth Vinit Midhun Akhil Abhilash Unnikrishnan Gopakumar Rajeev Satheesh Sathyan Shyju Prasanth '
       'Ebin Ebey Tijo Jinto Sibin Bibin Linto Jaison Alwin Febin Shebin Jestin Justin Jibin Sinoj Shinoj Manoj Sanoj '
       'Renju Rinto Nebin Sreehari Haridas Muhsin Shameer Shihab Fasil Noushad Ashiq Jubin Bijoy Binoy Sunny Jomy',
  'f': 'Anju Manju Sini Bindu Sindhu Reshmi Remya Ramya Soumya Aswathy Athira Anagha Sreelakshmi Neethu Neetu Jincy Jisha '
       'Tintu Shiny Jolly Beena Leena Sheeba Rincy Ancy Jiby Simi Nimmy Treesa Aleena Merin Liya Delna Jismy Sumi Smitha '
       'Sreeja Sreedevi Jasna Shabna Fathima Rinsha Ansu Anumol Jinumol Sonumol Ammu Chinnu Minnu Rosamma Annamma Mariyamma',
  's': 'Kurian Varghese Chacko Pillai Nair Menon Kurup Panicker Panikkar Namboothiri Warrier Nambiar Thampi Kuruvilla '
       'Puthenpurackal Kallarackal Vadakkemuri Thekkumkattil Kochuparambil Parayil Edathil Pulikkottil Chiramel Alappatt '
       'Thottathil Mannil Koshy Eapen Oommen Ittyerah Cherian Zacharias Palathingal Elavunkal Kunnel Manjaly Vellappally '
       'Kalarickal Mundackal Pazhayidom Kizhakkedathu Vattakunnel Njarakattil Thachil Poovathingal Karikkattil Ollukaran '
       'Madathiparambil Vazhappilly Nedumparambil Olickal Areeckal Kottarathil Puthussery Vattamattam Moozhiyil',
 },
 # Punjabi (Sikh and Hindu Punjabi)
 'pa10': {
  'm': 'Gurpreet Harpreet Jaspreet Manpreet Harjit Harjeet Sukhwinder Sukhvinder Balwinder Kulwinder Jaswinder Paramjit '
       'Paramjeet Ranjit Gurdeep Hardeep Jagdeep Navdeep Sukhdev Gurmeet Harbhajan Jagtar Lakhwinder Amritpal Gurjant '
       'Harinder Rajinder Satnam Inderjit Inderjeet Tejinder Baljit Mandeep Kuldeep Sukhjinder Parminder Gurbaksh Jagroop '
       'Karamjit Gurnam Harkirat Jasbir Balkar Jaswant Gursewak Kulbir Manjit Gurvinder Harvinder Sarabjit Daljit',
  'f': 'Simranjit Simranjeet Navneet Harleen Jasleen Manjot Rupinder Sukhpreet Kiranjit Kiranjeet Gurleen Ravneet '
       'Jaskiran Parmjeet Harjot Kamaljeet Kamaljit Rajwant Balbir Jasmeet Ramandeep Sandeep Manpreet Prabhjot '
       'Amarjit Surjit Jaswinder Harpal Navjot Sukhjit Taranjit Kulwant Gurinder Jasvir Harman Rajbir',
  's': 'Sandhu Sidhu Dhillon Grewal Brar Bains Bajwa Cheema Chahal Dhaliwal Randhawa Sekhon Virk Aulakh Kang Hundal Johal '
       'Toor Sangha Bhullar Deol Kahlon Maan Pannu Khaira Atwal Basra Uppal Walia Ahluwalia Saini Kalsi Matharu Bhogal '
       'Sohal Thind Dosanjh Gosal Mangat Nijjar Purewal Rai Sahota Shergill Sarai Boparai Dhindsa Gahir Heer Jandu',
 },
 # Sinhalese (Sri Lanka)
 'si10': {
  'm': 'Chaminda Nuwan Kasun Chathura Dilshan Lahiru Tharindu Sandun Ruwan Asanka Buddhika Dhanushka Janaka Isuru Sampath '
       'Thilina Upul Mahinda Gamini Nalin Prasanna Chamara Lasantha Thisara Dinuka Ravindu Supun Hasitha Kavinda Sahan '
       'Pasindu Nimesh Chanaka Dulaj Harsha Indika Kelum Lakmal Madhawa Nalaka Rangana Sajith Tharaka Udara Wasantha',
  'f': 'Nimali Sanduni Dilani Chathurika Ishara Nadeesha Sachini Hasini Nirosha Thilini Madushani Gayani Shanika Dilrukshi '
       'Iresha Sewwandi Piumi Upeksha Anusha Chamodi Dinithi Hiruni Imasha Kaushalya Lakshika Malsha Nethmi Oshadi '
       'Rashmi Sandamali Thakshila Udari Wathsala Yashodha Kalpani Ruwani Sajeewani Niluka Damayanthi Chandima',
  's': 'Perera Fernando Jayasuriya Wickramasinghe Wickremasinghe Jayawardena Jayawardene Bandara Dissanayake Gunawardena '
       'Rathnayake Ratnayake Herath Wijesinghe Karunaratne Senanayake Ekanayake Samarasinghe Weerasinghe Abeysekara '
       'Abeysekera Amarasinghe Gunasekara Liyanage Kumarasinghe Pathirana Wijeratne Hettiarachchi Kodikara Mendis '
       'Kulatunga Wanniarachchi Edirisinghe Gamage Kariyawasam Munasinghe Ranasinghe Rupasinghe Siriwardena Wimalasena '
       'Dharmasena Gunathilaka Jayasinghe Premadasa Seneviratne Vithanage Walpola Weerakoon Yapa',
 },
 # Thai
 'th10': {
  'm': 'Somchai Somsak Prasert Wichai Sombat Chaiwat Anan Kittisak Thanawat Nattapong Pongsakorn Surachai Weerachai '
       'Apichat Boonmee Sakda Narongrit Teerapong Thawatchai Sompong Chatchai Prayut Suriya Wanchai Kriangsak Nopparat '
       'Jakkrit Phongphan Sutthipong Winai Yutthana Sarawut Thanakorn Kittipong Pichit',
  'f': 'Siriporn Kanokwan Malee Ratana Supaporn Wanida Pornthip Nittaya Sukanya Duangjai Orathai Jintana Sumalee '
       'Wilaiwan Pranee Ploy Lamai Araya Busaba Chanida Kulap Patcharee Waraporn Saowanee Kannika Nongnuch Sirirat '
       'Tassanee Yupin Wassana Rungnapa Pimchanok Kamonwan Jiraporn Anchalee Benjawan Chutima Darunee Phanida Sunisa',
  's': 'Wongsawat Srisuk Saetang Saelim Chaiyaphum Rattanakorn Suwannarat Thongchai Kaewkham Phromma Boonyarat '
       'Chanthawong Sirisombat Intharaphong Yodsuwan Sukprasert Thammasiri Khamphaeng Panyawong Jaidee Sriwongsa '
       'Nakprasit Saengthong Thongdee Bunnag Charoenkul Kongsawat Phothisan Rattanapan Sangkhamanee Suksawat '
       'Thepsiri Wiriyakul Yimprasert Kaewmanee Phuangthong Sritong Chaisri',
 },
 # Congolese (DR Congo): French Christian given names and Lingala / Kiluba / Tshiluba / Kikongo post-names
 'cd10': {
  'm': 'Fiston Trésor Tresor Glody Héritier Heritier Exaucé Exauce Dieumerci Bienvenu Patient Dieudonné Dieudonne '
       'Blaise Serge Jonathan Christian Guylain Guy-Roger Papy Jean-Marie Aimé Aime Beni Cedrick Deogratias Franck '
       'Godefroid Junior Landry Nathanaël Olivier Prince Ruphin Thierry',
  'f': 'Merveille Gloire Christelle Grâce Grace Bénédicte Benedicte Nathalie Chancelle Divine Esther Falonne Gracia '
       'Jolie Ketsia Mamie Mireille Naomie Nelly Orpha Rebecca Rosette Sarah Sylvie Tshala Vanessa Yvette Dorcas',
  's': 'Kabongo Tshibangu Ilunga Mukendi Kalonji Mbuyi Lukusa Kasongo Mulumba Ngalula Mbombo Kanku Nsimba Makiese '
       'Lusamba Kapinga Mwamba Kabeya Kayembe Nzuzi Matondo Lutete Bolamba Mpiana Kisimba Tshimanga Banza Kalala '
       'Mbala Kinkela Nlandu Lukombo Ndombasi Tshilombo Mbiya Kazadi Ngoie Mutombo Bakambu Lokwa Mayamba Nkulu '
       'Kitenge Lumbala Mbenza Ntumba Tshiamala Kaniki',
 },
 # Maghrebi (Morocco, Tunisia) in French transliteration
 'mg10': {
  'm': 'Abdelilah Hicham Mounir Noureddine Azzedine Abdelghani Lahcen Brahim Mustapha Driss Rachid Anouar Zakaria Ayoub '
       'Achraf Soufiane Ilyass Othmane Houssine Mbarek Abdessamad Chokri Slim Hedi Mongi Sofiene Wassim Aymen Oussama '
       'Chedly Abdelhak Abdellatif Hassan Jaouad Khalid Mehdi Nabil Redouane Tarik Younes Zouhair Fethi Lotfi Moez Nizar',
  'f': 'Fatima-Zahra Khadija Naima Latifa Saida Malika Zineb Siham Hafsa Imane Ikram Loubna Meryem Ouafae Hasna Samira '
       'Houda Sanae Wafa Olfa Emna Najet Saloua Hayet Mouna Chaima Asmae Btissam Fadoua Ghizlane Hanane Jamila Karima '
       'Laila Nawal Rajae Soukaina Yousra Zahra Amel Faten Hela Manel Nesrine Rim Sonia',
  's': 'Benjelloun Chraibi El_Amrani Bennani Alaoui El_Idrissi Tazi Berrada Lahlou Benkirane Bouazza Belhaj Ben_Salah '
       'Trabelsi Gharbi Jaziri Mejri Ayari Hammami Dridi Khelifi Sassi Riahi Bouzid Chebbi Jlassi Ouertani Abidi Zouari '
       'Ait_Taleb Ouchen Amzil Boutaleb Lamrani El_Ouahabi Bouchentouf Znagui Haddaoui Essaidi El_Khattabi Azzouzi '
       'Belkacem Bouhlal Chakir Daoudi El_Fassi Fikri Guerrouj Hajji Kettani Mansouri Naciri Sbai Slaoui Zerouali',
 },
 # Lebanese (Christian and Muslim), French-style transliteration
 'lb10': {
  'm': 'Georges Elie Charbel Fadi Ziad Rami Walid Nabil Antoine Tony Roy Rabih Wissam Bassam Marwan Ghassan Jihad Khalil '
       'Imad Samir Nadim Hadi Jad Karim Maroun Toufic Chadi Nicolas Raymond Pierre Sami Rafic Joe Mazen',
  'f': 'Rita Joumana Nada Rania Carla Maya Nour Lara Rola Ghada Hiba Zeina Micheline Nayla Yara Rima Dima Tala Mireille '
       'Layal Joelle Chantal Sawsan Nadine Rasha Rouba Lina Hala Randa Mona Ghinwa Jessy Souad',
  's': 'Haddad Khoury Abi_Nader Abou_Jaoude Aoun Boutros Chahine Daher Farhat Ghanem Hajj Harb Hobeika Kassab Maalouf '
       'Nassar Rizk Saade Sfeir Tannous Zoghbi Bou_Saab Abi_Khalil Nohra Karam Moussallem Hachem Merhi Fakhoury Bitar '
       'Hayek Azar Chidiac Kanaan Salameh Mouawad Abou_Khalil Bou_Khalil Frem Geagea Hanna Jabbour Khalaf Matar Naccache '
       'Rahme Sarkis Tabet Yammine Zakhour',
 },
 # Uyghur (Latin-script Uyghur and German-file spellings)
 'ug10': {
  'm': 'Abduweli Ablikim Memet Tursun Ekber Erkin Ilham Nurmemet Perhat Qurban Rozi Sadir Yasin Alimjan Dilshat Ehmetjan '
       'Mahmut Abdurehim Abliz Adiljan Behtiyar Dilmurat Eysa Ghulam Hesen Kamil Mijit Nijat Obulqasim Parhat Tahirjan '
       'Yalqun Zunun',
  'f': 'Gulnar Gulbahar Mihray Rahile Aygul Dilnur Zulpiye Mehriban Nurgul Patigul Reyhan Sajide Tajigul Zohre Mukaddes '
       'Gulzire Ayshem Buhelchem Dilber Gulshen Hanzohre Horiyet Mayinur Mihrigul Nurnisa Pezilet Rahime Shahide Zumret',
  's': 'Tohti Qadir Hoshur Memtimin Niyaz Yakup Emet Imin Ablet Turghun Sawut Obul Abdukerim Eziz Hamut Islam Jume '
       'Kerim Mamut Nurdun Omer Qasim Rahman Semet Tursunjan Yunus Zordun',
 },
 # German: Russian-German (Mennonite / Volga-German) and Transylvanian-Saxon / Banat-Swabian family names; Hessian,
 # Franconian, Baden, Mecklenburg / Pomeranian and Erzgebirge surnames; East-German given names of the 1960s-80s,
 # given names of the 1920s-30s, Aussiedler given names, names that are also ordinary words.
 'de10': {
  'm': 'Ronny Enrico Maik Rico Silvio Heiko Thoralf Ingolf Falk Mirko Gunnar Lutz Steffen Torsten Holger Dietmar Gottfried '
       'Friedhelm Wilfried Eberhard Reinhold Siegfried Ewald Alfons Egon Erwin Arnold Waldemar Eduard Artur Kornelius Abram '
       'Isaak Gerd Hartwig Ortwin Volkmar Winfried Burkhard Detlev Henning Hinrich Kai-Uwe Lothar Rüdiger Sigurd Wendelin '
       'Willibald Ansgar Berthold Cord Dankmar Eckehard Gernot Helge Ingo Jost Konrad Lorenz Marwin Nils-Ole Ottokar '
       'Ruprecht Sönke Tilmann Ulrich Volker Wigand Bodo Edmund Fridolin Gebhard Hubertus Irmfried Jochen Kilian Leberecht'
       ' Adalbero Amandus Anselm Arbogast Baldur Benno Bernhardin Bonifaz Burghard Crispin Dagobert Degenhard Diethelm Egbert Ekkehard Emmeram Engelbert Erhard Fridbert Gangolf Gerwin Giselher Godehard Gunthram Hademar Hartwin Heribert Hildebrand Ingbert Isidor Jodokus Kasimir Korbinian Kunibert Landolin Leonhard Luitpold Mauritz Meinolf Odilo Oswin Pankraz Reinold Rigobert Sebald Servatius Sixtus Theobald Thankmar Ubbo Ulfried Utz Veit Volkhard Walram Wernfried Wigbert Willfried Wolfhard Xaver Harm Eilert Tjark Hauke Okke Fokko Eggert Jelto Wübbo Tamme Remmer Sievert Momme Broder Keno Mewes Frerk Reemt Lüder Gerold Torge Alwin Arnulf Baldwin Diederich Ebbo Folkert Gödeke Hilmar Ludolf Reinmar Sigwart Tankred Ulbrecht Wendelin Wilko Wolbert Misch Ortwin',
  'f': 'Mandy Peggy Cindy Sandy Nancy Doreen Kathleen Anett Grit Romy Ramona Manuela Ilona Heike Silke Anke Kerstin '
       'Hildegard Irmgard Waltraud Gerlinde Elfriede Gertrud Liselotte Hannelore Rosemarie Brunhilde Adelheid Agathe '
       'Aganeta Helene Lydia Erna Frieda Susanna Gudrun Ortrud Rotraut Sieglinde Walburga Wiebke Gesa Frauke Hiltrud '
       'Almut Dörte Edeltraud Friedlinde Gisela Hedwig Ingeborg Jutta Karin Lore Marlies Notburga Ottilie Reinhild Swantje '
       'Traudel Ute Veronika Wilma Annegret Birgit Carmen Dagmar Elke Gundula Hertha Isolde Katja Margot Nadine Petra'
       ' Adelgunde Amalie Benedikta Crescentia Dietlinde Edelgard Ermengard Friedgard Gerburg Gertraud Hadwig Hedda Heidrun Hermine Irmtraut Jolanthe Kunigunde Leokadia Liboria Luitgard Mechthild Oda Odilia Ortrun Radegund Reinhilde Rosalinde Roswitha Sieghild Solveig Theodora Thusnelda Udelgard Walpurga Wendelgard Wilhelmine Zita Tomke Imke Femke Hilke Geeske Trientje Hiske Etta Ubbine Talea Okka Meike Gesine Heilke Jantje Neta Liesbeth Hanni Kathi Sigrun Adelinde Berthilde Elfrun Friederun Gundel Hadmut Hildburg Irmlind Jorinde Lioba Margarethe Notgard Ortraud Rotgard Swanhild Traute Uta Wiltrud Hella Ilsabe Metta Tjalda',
  's': 'Klassen Janzen Thiessen Penner Wiens Dueck Dück Epp Enns Harder Neufeld Rempel Unruh Warkentin Sawatzky Giesbrecht '
       'Toews Froese Hiebert Kroeker Reimer Isaak Bergen Loewen Dirksen Wiebe Friesen Dyck Teichroeb Fehr Pankratz '
       'Schellenberg Kehler Goertzen Heinrichs Lepp Nickel Regehr Sudermann Zacharias Zikeli Theiss Schuller Fabritius '
       'Gündisch Hienz Kloos Rehner Schaser Wellmann Binder Lutsch Konnerth Henning Kraemer Gottschling Auner Loew '
       'Weprich Fleischer Seiwerth Trautmann Ripperger Scheuermann Eckstein Hofacker Heberer Rupprecht Dörflinger '
       'Schaumann Wöhrle Hugelmann Kienzler Bohnert Ruf Wehrle Zipfel Schönfelder Lemke Pagel Rathke Ladewig Kasch '
       'Wendt Zühlke Moeller Klatt Tesch Behnke Rehberg Stübs Kuphal Wegner Lindemann Bräuer Uhlig Lorenz Einenkel '
       'Haustein Drechsel Tittel Lippold Rudolph Kaden Schreiter Lötzsch Zenker Wetzel Kunze Frenzel Lange Kühnel '
       'Winkler Fritzsche Glöckner Sommer Vogel Fuchs Wiese Winter Schäfer Hahn Gans Fröhlich Kühn Froh Wolf Sperling',
 },
}

# Stop words: names that are ordinary German / English words or too short to be useful as names.
STOP = set('''Rai Heer Islam Hanna Jolie Divine Grace Prince Junior Sunny Jolly Patient Gloire Maya Froh Ruf Gans Wolf Hahn
Fuchs Vogel Wiese Winter Sommer Schäfer Fröhlich Kühn Lange Sperling Binder Fleischer Nickel Epp Fehr Lorenz Henning
Eckstein Rudolph Ulrich Karin Petra Carmen Nadine Katja Elke Ute Birgit Dagmar Heike Silke Anke Rita Nada Lara Lina Mona
Hala Roy Joe Tony Sami Kamil Omer Rahman Kerim Jume Islam Hedi Slim Rim Hela Sonia Wafa Nour Tala Dima Rima Yara Sarah
Esther Rebecca Nelly Orpha Mamie Beni Franck Olivier Thierry Serge Blaise Christian Jonathan Pierre Nicolas Raymond
Georges Antoine Hassan Khalid Mehdi Nabil Karim Samir Hadi Jad Ziad Rami Fadi Walid Sandeep Harman Justin Sumi Simi
Ammu Liya Nair Kang Maan Toor Sarai Heer Saini Uppal Anan Ploy Malee Kulap Lamai'''.split())
STOP |= set('Vogel Wiese Froh Ruf'.split())

# ---- places: (town, postcode, plate, regionalDirectorate). Postcodes from memory; may be off.
TOWNS = [
 # NRW: Sauerland, Siegerland, Wittgenstein, Niederrhein, Münsterland, Bergisches Land, Ostwestfalen, Eifel
 ('Schmallenberg','57392','HSK','NRW'),('Winterberg','59955','HSK','NRW'),('Medebach','59964','HSK','NRW'),
 ('Hallenberg','59969','HSK','NRW'),('Bestwig','59909','HSK','NRW'),('Olsberg','59939','HSK','NRW'),
 ('Eslohe','59889','HSK','NRW'),('Sundern','59846','HSK','NRW'),('Finnentrop','57413','OE','NRW'),
 ('Lennestadt','57368','OE','NRW'),('Kirchhundem','57399','OE','NRW'),('Drolshagen','57489','OE','NRW'),
 ('Wenden','57482','OE','NRW'),('Attendorn','57439','OE','NRW'),('Bad Berleburg','57319','SI','NRW'),
 ('Erndtebrück','57339','SI','NRW'),('Bad Laasphe','57334','SI','NRW'),('Netphen','57250','SI','NRW'),
 ('Wilnsdorf','57234','SI','NRW'),('Burbach','57299','SI','NRW'),('Neunkirchen (Siegerland)','57290','SI','NRW'),
 ('Freudenberg','57258','SI','NRW'),('Hilchenbach','57271','SI','NRW'),('Kreuztal','57223','SI','NRW'),
 ('Herscheid','58849','MK','NRW'),('Plettenberg','58840','MK','NRW'),('Werdohl','58791','MK','NRW'),
 ('Neuenrade','58809','MK','NRW'),('Balve','58802','MK','NRW'),('Nachrodt-Wiblingwerde','58769','MK','NRW'),
 ('Schalksmühle','58579','MK','NRW'),('Halver','58553','MK','NRW'),('Kierspe','58566','MK','NRW'),
 ('Meinerzhagen','58540','MK','NRW'),('Breckerfeld','58339','EN','NRW'),('Sprockhövel','45549','EN','NRW'),
 ('Wetter (Ruhr)','58300','EN','NRW'),('Radevormwald','42477','GM','NRW'),('Hückeswagen','42499','GM','NRW'),
 ('Wipperfürth','51688','GM','NRW'),('Lindlar','51789','GM','NRW'),('Engelskirchen','51766','GM','NRW'),
 ('Reichshof','51580','GM','NRW'),('Morsbach','51597','GM','NRW'),('Nümbrecht','51588','GM','NRW'),
 ('Wiehl','51674','GM','NRW'),('Marienheide','51709','GM','NRW'),('Much','53804','SU','NRW'),
 ('Ruppichteroth','53809','SU','NRW'),('Windeck','51570','SU','NRW'),('Eitorf','53783','SU','NRW'),
 ('Neunkirchen-Seelscheid','53819','SU','NRW'),('Swisttal','53913','SU','NRW'),('Wachtberg','53343','SU','NRW'),
 ('Alfter','53347','SU','NRW'),('Rheinbach','53359','SU','NRW'),('Kall','53925','EU','NRW'),
 ('Hellenthal','53940','EU','NRW'),('Schleiden','53937','EU','NRW'),('Nettersheim','53947','EU','NRW'),
 ('Blankenheim','53945','EU','NRW'),('Dahlem','53949','EU','NRW'),('Zülpich','53909','EU','NRW'),
 ('Monschau','52156','AC','NRW'),('Simmerath','52152','AC','NRW'),('Roetgen','52159','AC','NRW'),
 ('Heimbach','52396','DN','NRW'),('Nideggen','52385','DN','NRW'),('Kreuzau','52372','DN','NRW'),
 ('Langerwehe','52379','DN','NRW'),('Titz','52445','DN','NRW'),('Aldenhoven','52457','DN','NRW'),
 ('Gangelt','52538','HS','NRW'),('Selfkant','52538','HS','NRW'),('Waldfeucht','52525','HS','NRW'),
 ('Wassenberg','41849','HS','NRW'),('Wegberg','41844','HS','NRW'),('Niederkrüchten','41372','VIE','NRW'),
 ('Brüggen','41379','VIE','NRW'),('Schwalmtal','41366','VIE','NRW'),('Grefrath','47929','VIE','NRW'),
 ('Straelen','47638','KLE','NRW'),('Wachtendonk','47669','KLE','NRW'),('Kerken','47647','KLE','NRW'),
 ('Issum','47661','KLE','NRW'),('Weeze','47652','KLE','NRW'),('Uedem','47589','KLE','NRW'),('Kranenburg','47559','KLE','NRW'),
 ('Bedburg-Hau','47551','KLE','NRW'),('Rees','46459','KLE','NRW'),('Kalkar','47546','KLE','NRW'),
 ('Alpen','46519','WES','NRW'),('Sonsbeck','47665','WES','NRW'),('Xanten','46509','WES','NRW'),
 ('Hünxe','46569','WES','NRW'),('Schermbeck','46514','WES','NRW'),('Hamminkeln','46499','WES','NRW'),
 ('Isselburg','46419','BOR','NRW'),('Rhede','46414','BOR','NRW'),('Heiden','46359','BOR','NRW'),
 ('Reken','48734','BOR','NRW'),('Velen','46342','BOR','NRW'),('Raesfeld','46348','BOR','NRW'),
 ('Südlohn','46354','BOR','NRW'),('Vreden','48691','BOR','NRW'),('Legden','48739','BOR','NRW'),
 ('Heek','48619','BOR','NRW'),('Schöppingen','48624','BOR','NRW'),('Metelen','48629','ST','NRW'),
 ('Wettringen','48493','ST','NRW'),('Neuenkirchen','48485','ST','NRW'),('Hörstel','48477','ST','NRW'),
 ('Hopsten','48496','ST','NRW'),('Recke','49509','ST','NRW'),('Mettingen','49497','ST','NRW'),
 ('Westerkappeln','49492','ST','NRW'),('Lotte','49504','ST','NRW'),('Lienen','49536','ST','NRW'),
 ('Ladbergen','49549','ST','NRW'),('Saerbeck','48369','ST','NRW'),('Laer','48366','ST','NRW'),
 ('Nottuln','48301','COE','NRW'),('Havixbeck','48329','COE','NRW'),('Billerbeck','48727','COE','NRW'),
 ('Rosendahl','48720','COE','NRW'),('Olfen','59399','COE','NRW'),('Nordkirchen','59394','COE','NRW'),
 ('Ascheberg','59387','COE','NRW'),('Senden','48308','COE','NRW'),('Everswinkel','48351','WAF','NRW'),
 ('Beelen','48361','WAF','NRW'),('Ostbevern','48346','WAF','NRW'),('Sassenberg','48336','WAF','NRW'),
 ('Wadersloh','59329','WAF','NRW'),('Lippetal','59510','SO','NRW'),('Bad Sassendorf','59505','SO','NRW'),
 ('Möhnesee','59519','SO','NRW'),('Ense','59469','SO','NRW'),('Anröchte','59609','SO','NRW'),
 ('Erwitte','59597','SO','NRW'),('Rüthen','59602','SO','NRW'),('Warstein','59581','SO','NRW'),
 ('Brilon','59929','HSK','NRW'),('Marsberg','34431','HSK','NRW'),('Bad Wünnenberg','33181','PB','NRW'),
 ('Lichtenau','33165','PB','NRW'),('Borchen','33178','PB','NRW'),('Altenbeken','33184','PB','NRW'),
 ('Hövelhof','33161','PB','NRW'),('Schlangen','33189','LIP','NRW'),('Horn-Bad Meinberg','32805','LIP','NRW'),
 ('Blomberg','32825','LIP','NRW'),('Barntrup','32683','LIP','NRW'),('Extertal','32699','LIP','NRW'),
 ('Kalletal','32689','LIP','NRW'),('Dörentrup','32694','LIP','NRW'),('Leopoldshöhe','33818','LIP','NRW'),
 ('Oerlinghausen','33813','LIP','NRW'),('Augustdorf','32832','LIP','NRW'),('Nieheim','33039','HX','NRW'),
 ('Steinheim','32839','HX','NRW'),('Marienmünster','37696','HX','NRW'),('Beverungen','37688','HX','NRW'),
 ('Borgentreich','34434','HX','NRW'),('Willebadessen','34439','HX','NRW'),('Hüllhorst','32609','MI','NRW'),
 ('Preußisch Oldendorf','32361','MI','NRW'),('Stemwede','32351','MI','NRW'),('Hille','32479','MI','NRW'),
 ('Petershagen','32469','MI','NRW'),('Kirchlengern','32278','HF','NRW'),('Rödinghausen','32289','HF','NRW'),
 ('Hiddenhausen','32120','HF','NRW'),('Spenge','32139','HF','NRW'),
 # Sachsen-Anhalt / Thüringen
 ('Osterburg','39606','SDL','SAT'),('Havelberg','39539','SDL','SAT'),('Tangerhütte','39517','SDL','SAT'),
 ('Arneburg','39596','SDL','SAT'),('Bismark','39629','SDL','SAT'),('Kalbe (Milde)','39624','SAW','SAT'),
 ('Klötze','38486','SAW','SAT'),('Gardelegen','39638','SAW','SAT'),('Oebisfelde','39646','BK','SAT'),
 ('Haldensleben','39340','BK','SAT'),('Wolmirstedt','39326','BK','SAT'),('Barleben','39179','BK','SAT'),
 ('Oschersleben','39387','BK','SAT'),('Wanzleben','39164','BK','SAT'),('Egeln','39435','SLK','SAT'),
 ('Staßfurt','39418','SLK','SAT'),('Calbe (Saale)','39240','SLK','SAT'),('Hecklingen','39444','SLK','SAT'),
 ('Aschersleben','06449','SLK','SAT'),('Seeland','06464','SLK','SAT'),('Falkenstein/Harz','06543','HZ','SAT'),
 ('Ballenstedt','06493','HZ','SAT'),('Harzgerode','06493','HZ','SAT'),('Thale','06502','HZ','SAT'),
 ('Blankenburg (Harz)','38889','HZ','SAT'),('Oberharz am Brocken','38875','HZ','SAT'),('Ilsenburg','38871','HZ','SAT'),
 ('Osterwieck','38835','HZ','SAT'),('Hettstedt','06333','MSH','SAT'),('Gerbstedt','06347','MSH','SAT'),
 ('Arnstein','06456','MSH','SAT'),('Mansfeld','06343','MSH','SAT'),('Allstedt','06542','MSH','SAT'),
 ('Kelbra','06537','MSH','SAT'),('Querfurt','06268','SK','SAT'),('Mücheln','06249','SK','SAT'),
 ('Bad Lauchstädt','06246','SK','SAT'),('Wettin-Löbejün','06193','SK','SAT'),('Landsberg','06188','SK','SAT'),
 ('Kabelsketal','06184','SK','SAT'),('Schkopau','06258','SK','SAT'),('Bad Dürrenberg','06231','SK','SAT'),
 ('Teuchern','06682','BLK','SAT'),('Hohenmölsen','06679','BLK','SAT'),('Lützen','06686','BLK','SAT'),
 ('Osterfeld','06721','BLK','SAT'),('Bad Bibra','06647','BLK','SAT'),('Freyburg (Unstrut)','06632','BLK','SAT'),
 ('Laucha an der Unstrut','06636','BLK','SAT'),('Nebra (Unstrut)','06642','BLK','SAT'),('Zahna-Elster','06895','WB','SAT'),
 ('Kemberg','06901','WB','SAT'),('Oranienbaum-Wörlitz','06785','WB','SAT'),('Coswig (Anhalt)','06869','WB','SAT'),
 ('Annaburg','06925','WB','SAT'),('Jessen (Elster)','06917','WB','SAT'),('Raguhn-Jeßnitz','06779','ABI','SAT'),
 ('Sandersdorf-Brehna','06792','ABI','SAT'),('Südliches Anhalt','06369','ABI','SAT'),('Zörbig','06780','ABI','SAT'),
 ('Gommern','39245','JL','SAT'),('Möckern','39291','JL','SAT'),('Loburg','39279','JL','SAT'),('Genthin','39307','JL','SAT'),
 ('Jerichow','39319','JL','SAT'),('Artern','06556','KYF','SAT'),('Bad Frankenhausen','06567','KYF','SAT'),
 ('Roßleben-Wiehe','06571','KYF','SAT'),('Greußen','99718','KYF','SAT'),('Ebeleben','99713','KYF','SAT'),
 ('Schlotheim','99994','UH','SAT'),('Bad Langensalza','99947','UH','SAT'),('Bad Tennstedt','99955','UH','SAT'),
 ('Dingelstädt','37351','EIC','SAT'),('Leinefelde-Worbis','37327','EIC','SAT'),('Heiligenstadt','37308','EIC','SAT'),
 ('Bleicherode','99752','NDH','SAT'),('Ellrich','99755','NDH','SAT'),('Sondershausen','99706','KYF','SAT'),
 ('Sömmerda','99610','SÖM','SAT'),('Kölleda','99625','SÖM','SAT'),('Weißensee','99631','SÖM','SAT'),
 ('Buttstädt','99628','SÖM','SAT'),('Bad Sulza','99518','AP','SAT'),('Apolda','99510','AP','SAT'),
 ('Bad Berka','99438','AP','SAT'),('Blankenhain','99444','AP','SAT'),('Kranichfeld','99448','AP','SAT'),
 ('Stadtilm','99326','IK','SAT'),('Ilmenau','98693','IK','SAT'),('Großbreitenbach','98701','IK','SAT'),
 ('Plaue','99338','IK','SAT'),('Ohrdruf','99885','GTH','SAT'),('Waltershausen','99880','GTH','SAT'),
 ('Friedrichroda','99894','GTH','SAT'),('Tambach-Dietharz','99897','GTH','SAT'),('Ruhla','99842','WAK','SAT'),
 ('Bad Salzungen','36433','WAK','SAT'),('Vacha','36404','WAK','SAT'),('Geisa','36419','WAK','SAT'),
 ('Dermbach','36466','WAK','SAT'),('Schmalkalden','98574','SM','SAT'),('Steinbach-Hallenberg','98587','SM','SAT'),
 ('Zella-Mehlis','98544','SM','SAT'),('Meiningen','98617','SM','SAT'),('Wasungen','98634','SM','SAT'),
 ('Schleusingen','98553','HBN','SAT'),('Themar','98660','HBN','SAT'),('Eisfeld','98673','HBN','SAT'),
 ('Römhild','98631','HBN','SAT'),('Bad Colberg-Heldburg','98663','HBN','SAT'),('Neuhaus am Rennweg','98724','SON','SAT'),
 ('Lauscha','98724','SON','SAT'),('Schalkau','96528','SON','SAT'),('Saalfeld','07318','SLF','SAT'),
 ('Bad Blankenburg','07422','SLF','SAT'),('Rudolstadt','07407','SLF','SAT'),('Königsee','07426','SLF','SAT'),
 ('Pößneck','07381','SOK','SAT'),('Neustadt an der Orla','07806','SOK','SAT'),('Triptis','07819','SOK','SAT'),
 ('Bad Lobenstein','07356','SOK','SAT'),('Wurzbach','07343','SOK','SAT'),('Hermsdorf','07629','SHK','SAT'),
 ('Stadtroda','07646','SHK','SAT'),('Kahla','07768','SHK','SAT'),('Dornburg-Camburg','07774','SHK','SAT'),
 ('Schmölln','04626','ABG','SAT'),('Gößnitz','04639','ABG','SAT'),('Meuselwitz','04610','ABG','SAT'),
 ('Lucka','04613','ABG','SAT'),('Zeulenroda-Triebes','07937','GRZ','SAT'),('Weida','07570','GRZ','SAT'),
 ('Berga/Elster','07980','GRZ','SAT'),('Ronneburg','07580','GRZ','SAT'),
 # Rheinland-Pfalz / Saarland
 ('Hachenburg','57627','WW','RPS'),('Bad Marienberg','56470','WW','RPS'),('Rennerod','56477','WW','RPS'),
 ('Westerburg','56457','WW','RPS'),('Wallmerod','56414','WW','RPS'),('Selters (Westerwald)','56242','WW','RPS'),
 ('Ransbach-Baumbach','56235','WW','RPS'),('Höhr-Grenzhausen','56203','WW','RPS'),('Wirges','56422','WW','RPS'),
 ('Montabaur','56410','WW','RPS'),('Betzdorf','57518','AK','RPS'),('Kirchen (Sieg)','57548','AK','RPS'),
 ('Wissen','57537','AK','RPS'),('Daaden','57567','AK','RPS'),('Gebhardshain','57580','AK','RPS'),
 ('Hamm (Sieg)','57577','AK','RPS'),('Flammersfeld','57632','AK','RPS'),('Asbach','53567','NR','RPS'),
 ('Linz am Rhein','53545','NR','RPS'),('Unkel','53572','NR','RPS'),('Dierdorf','56269','NR','RPS'),
 ('Puderbach','56305','NR','RPS'),('Rengsdorf','56579','NR','RPS'),('Bendorf','56170','MYK','RPS'),
 ('Vallendar','56179','MYK','RPS'),('Weißenthurm','56575','MYK','RPS'),('Polch','56751','MYK','RPS'),
 ('Münstermaifeld','56294','MYK','RPS'),('Kaisersesch','56759','COC','RPS'),('Ulmen','56766','COC','RPS'),
 ('Lutzerath','56826','COC','RPS'),('Treis-Karden','56253','COC','RPS'),('Zell (Mosel)','56856','COC','RPS'),
 ('Bernkastel-Kues','54470','WIL','RPS'),('Morbach','54497','WIL','RPS'),('Thalfang','54424','WIL','RPS'),
 ('Traben-Trarbach','56841','WIL','RPS'),('Manderscheid','54531','WIL','RPS'),('Hillesheim','54576','DAU','RPS'),
 ('Gerolstein','54568','DAU','RPS'),('Jünkerath','54584','DAU','RPS'),('Prüm','54595','BIT','RPS'),
 ('Waxweiler','54649','BIT','RPS'),('Arzfeld','54687','BIT','RPS'),('Neuerburg','54673','BIT','RPS'),
 ('Kyllburg','54655','BIT','RPS'),('Speicher','54662','BIT','RPS'),('Schweich','54338','TR','RPS'),
 ('Hermeskeil','54411','TR','RPS'),('Saarburg','54439','TR','RPS'),('Konz','54329','TR','RPS'),
 ('Kell am See','54427','TR','RPS'),('Baumholder','55774','BIR','RPS'),('Herrstein','55756','BIR','RPS'),
 ('Rhaunen','55624','BIR','RPS'),('Kirn','55606','KH','RPS'),('Meisenheim','55590','KH','RPS'),
 ('Stromberg','55442','KH','RPS'),('Rüdesheim (Nahe)','55593','KH','RPS'),('Sprendlingen','55576','MZ','RPS'),
 ('Wörrstadt','55286','AZ','RPS'),('Wöllstein','55597','AZ','RPS'),('Osthofen','67574','AZ','RPS'),
 ('Eich','67575','AZ','RPS'),('Monsheim','67590','WO','RPS'),('Grünstadt','67269','DÜW','RPS'),
 ('Freinsheim','67251','DÜW','RPS'),('Deidesheim','67146','DÜW','RPS'),('Lambrecht (Pfalz)','67466','DÜW','RPS'),
 ('Edenkoben','67480','SÜW','RPS'),('Maikammer','67487','SÜW','RPS'),('Herxheim','76863','SÜW','RPS'),
 ('Annweiler am Trifels','76855','SÜW','RPS'),('Bad Bergzabern','76887','SÜW','RPS'),('Jockgrim','76751','GER','RPS'),
 ('Kandel','76870','GER','RPS'),('Rülzheim','76761','GER','RPS'),('Lingenfeld','67360','GER','RPS'),
 ('Dahn','66994','PS','RPS'),('Hauenstein','76846','PS','RPS'),('Rodalben','66976','PS','RPS'),
 ('Waldfischbach-Burgalben','67714','PS','RPS'),('Thaleischweiler-Fröschen','66987','PS','RPS'),
 ('Landstuhl','66849','KL','RPS'),('Ramstein-Miesenbach','66877','KL','RPS'),('Otterbach','67731','KL','RPS'),
 ('Enkenbach-Alsenborn','67677','KL','RPS'),('Winnweiler','67722','KIB','RPS'),('Rockenhausen','67806','KIB','RPS'),
 ('Eisenberg (Pfalz)','67304','KIB','RPS'),('Lauterecken','67742','KUS','RPS'),('Wolfstein','67752','KUS','RPS'),
 ('Schönenberg-Kübelberg','66901','KUS','RPS'),('Waldmohr','66914','KUS','RPS'),
 ('Wadern','66687','MZG','RPS'),('Losheim am See','66679','MZG','RPS'),('Perl','66706','MZG','RPS'),
 ('Mettlach','66693','MZG','RPS'),('Beckingen','66701','MZG','RPS'),('Rehlingen-Siersburg','66780','SLS','RPS'),
 ('Wallerfangen','66798','SLS','RPS'),('Überherrn','66802','SLS','RPS'),('Schwalbach','66773','SLS','RPS'),
 ('Nalbach','66809','SLS','RPS'),('Lebach','66822','SLS','RPS'),('Schmelz','66839','SLS','RPS'),
 ('Tholey','66636','WND','RPS'),('Nohfelden','66625','WND','RPS'),('Freisen','66629','WND','RPS'),
 ('Oberthal','66649','WND','RPS'),('Marpingen','66646','WND','RPS'),('Illingen','66557','NK','RPS'),
 ('Merchweiler','66589','NK','RPS'),('Schiffweiler','66578','NK','RPS'),('Spiesen-Elversberg','66583','NK','RPS'),
 ('Kirkel','66459','HOM','RPS'),('Bexbach','66450','HOM','RPS'),('Gersheim','66453','HOM','RPS'),
 ('Mandelbachtal','66399','SB','RPS'),('Kleinblittersdorf','66271','SB','RPS'),('Quierschied','66287','SB','RPS'),
 ('Riegelsberg','66292','SB','RPS'),('Heusweiler','66265','SB','RPS'),('Großrosseln','66352','SB','RPS'),
]

# street bases (used with a suffix), and fixed street names (used as they are)
STREET_BASES = ['Holunder','Schlehen','Weißdorn','Hagebutten','Wacholder','Ginster','Heidelbeer','Preiselbeer',
 'Brombeer','Himbeer','Stachelbeer','Johannisbeer','Quitten','Mispel','Maulbeer','Walnuss','Haselnuss','Esskastanien',
 'Pirol','Wiedehopf','Kiebitz','Rohrdommel','Eisvogel','Zaunkönig','Rotkehlchen','Goldammer','Stieglitz','Gimpel',
 'Seidenschwanz','Kranich','Storchen','Fasanen','Rebhuhn','Wachtel','Uhu','Sperber','Bussard','Habicht',
 'Köhler','Wagner','Büttner','Gerber','Färber','Seifensieder','Kupferschmied','Zinngießer','Glockengießer',
 'Leineweber','Tuchmacher','Posamentierer','Flößer','Fährmann','Salzsieder','Kalkbrenner','Pechsieder','Ziegler',
 'Strumpfwirker','Nagelschmied','Sensenschmied','Hammerwerk','Drahtzieher','Hüttenmeister','Steiger','Knappen',
 'Bergmanns','Gruben','Stollen','Hütten','Halden','Schlacken',
 'Kreuzdorn','Faulbaum','Pfaffenhütchen','Schneeball','Liguster','Hartriegel','Berberitzen','Sanddorn',
 'Annette-Kolb','Ricarda-Huch','Gabriele-Münter','Paula-Modersohn','Hedwig-Dohm','Louise-Otto-Peters','Lise-Meitner',
 'Otto-Lilienthal','Carl-Benz','Gottlieb-Daimler','Robert-Bosch','Werner-von-Siemens','Ernst-Abbe','Justus-von-Liebig',
 'Freiherr-vom-Stein','Hardenberg','Scharnhorst','Gneisenau','Blücher','Lützow','Körner','Jahn','Arndt',
 'Raiffeisen','Schulze-Delitzsch','Bodelschwingh','Wichern','Fliedner','Oberlin','Pestalozzi',
 'Fröbel','Diesterweg','Comenius','Salzmann','GutsMuths']
STREET_SUFFIXES = ['straße','str.','weg','gasse','ring','allee','pfad','steg','stieg','graben','hang','höhe','grund','feld']
FIXED_STREETS = ['Am Hohlweg','Auf der Heide','Hinter der Mühle','Am Schlagbaum','Unterm Rain','Auf dem Berge',
 'Am Hüttenteich','Zum Sportplatz','Zur alten Schmiede','Am Galgenberg','Im Winkel','Am Krähenhorst','Im Flürchen',
 'Auf der Hardt','Am Steinbruch','Hinter den Höfen','In der Gasse','Auf dem Kamp','Am Pfarrgarten','Zur Linde',
 'Am Bahndamm','Unter den Eichen','Im Grund','Am Teichdamm','Zum Hochwald','Am Wasserturm','Im Eulenwinkel',
 'Alte Landstraße','Neue Straße','Obere Dorfstraße','Untere Hauptstraße','Lange Gasse','Kurze Straße',
 'Straße des Friedens','Straße der Jugend','Thomas-Müntzer-Straße','Ernst-Thälmann-Straße','Rudolf-Breitscheid-Straße',
 'August-Bebel-Straße','Clara-Zetkin-Straße','Rosa-Luxemburg-Platz','Karl-Marx-Allee','Wilhelm-Pieck-Ring',
 'Platz der Republik','Am Anger','Siedlung 3','Dorfstraße','Hauptstraße','Bahnhofstraße','Lindenallee','Kirchgasse',
 'Schulstraße','Gartenstraße','Mühlenweg','Ringstraße','Waldstraße']

# company fantasy words, trades, legal forms; brand employers (real marks, used only as employers' names)
COMPANY_WORDS = ['Brockenblick','Lahntal','Westerwaldperle','Siegtal','Rothaar','Ederquelle','Sauerlandstern',
 'Kyllburg','Pfälzerwald','Wasgau','Haardtrand','Unstrutperle','Saale-Holzland','Goldene Aue','Rennsteigland',
 'Thüringer Kloß','Kupferberg','Hüttenwerk','Lippeaue','Emscherland','Erftkrone','Rurtal','Schwalmtal','Vennblick',
 'Niersperle','Hohe Acht','Hunsrückhöhe','Lennetal','Volmetal','Wuppertaler Bogen','Altmarkgold','Elbe-Havel',
 'Börde-Frisch','Selketal','Bodetal','Harzfee','Ilmenauer Glas','Zeitz-Mohr','Saarbogen','Bliesgau','Ostertal',
 'Primstal','Prims-Blies','Leuchtturm','Goldfasan','Blauer Reiter','Glückspilz','Flinke Hände','Tatkraft',
 'Sauber & Co','Blitzblank','Sonnenschein','Regenbogen','Morgenrot','Himmelblau','Apfelbaum','Kastanienhof',
 'Eulennest','Igelbau','Biberburg','Fuchsbau','Dachsbau']
TRADES = [('Gebäudereinigung','f'),('Garten- und Landschaftsbau','m'),('Dachdeckerei','f'),('Malerbetrieb','m'),
 ('Bauunternehmung','f'),('Fliesenlegerei','f'),('Zimmerei','f'),('Metallbau','m'),('Spedition','f'),
 ('Kurierdienst','m'),('Logistik','f'),('Personalservice','m'),('Zeitarbeit','f'),('Pflegedienst','m'),
 ('Seniorenresidenz','f'),('Catering','n'),('Großküche','f'),('Bäckerei','f'),('Fleischerei','f'),('Autohaus','n'),
 ('Kfz-Werkstatt','f'),('Reifenservice','m'),('Elektrotechnik','f'),('Haustechnik','f'),('Sicherheitsdienst','m'),
 ('Hausmeisterservice','m'),('Umzugsservice','m'),('Textilreinigung','f'),('Getränkemarkt','m'),('Gastronomie','f'),
 ('Hotel','n'),('Landgasthof','m'),('Imkerei','f'),('Baumschule','f'),('Gärtnerei','f')]
LEGAL = ['GmbH','GmbH & Co. KG','KG','OHG','e.K.','UG (haftungsbeschränkt)','AG','GbR','eG','mbH']
BRANDS = [('Rossmann','m'),('Kaufland','n'),('Netto Marken-Discount','m'),('Deichmann','m'),('Tedi','m'),
 ('Woolworth','m'),('Thomas Philipps','m'),('Hermes','m'),('GLS','f'),('DPD','m'),('Rewe','m'),('Burger King','m'),
 ("McDonald's",'m'),('Ikea','m'),('Toom Baumarkt','m'),('Sixt','m'),('Zalando','m'),('Rheinmetall','f'),('Stihl','f'),
 ('Würth','f'),('Kärcher','m'),('Bosch','m'),('Continental','f'),('Vorwerk','m'),('Claas','m'),('Bahlsen','m'),
 ('Storck','m'),('Ritter Sport','m'),('Rotkäppchen-Mumm','f'),('Radeberger','m'),('Globetrotter','m'),('Dehner','m'),
 ('Fressnapf','m'),('Kik Textilien','m'),('Müller Drogerie','m'),('Takko','m'),('Ernsting\'s family','m'),
 ('Eurobaustoff','m'),('Lekkerland','m'),('Trumpf','f'),('Krones','f'),('Eberspächer','f'),('Hornbach','m'),
 ('Veltins','f'),('Bitburger','f'),('Wernesgrüner','f'),('Köstritzer','f'),('Thüringer Waldquell','m'),
 ('Carl Zeiss Jena','f'),('Glatfelter','f'),('Viba Sweets','f'),('Deutsche Post','f'),('Schenker','m'),
 ('Hellmann Worldwide Logistics','f'),('Fiege','f'),('Dachser','m'),('Rhenus','f'),('Nobilia','f'),('Poco','m'),
 ('Roller','m'),('JYSK','m'),('Action','m'),('Kodi','m'),('Mäc-Geiz','m'),('Pfennigpfeiffer','m'),('Sonderpreis Baumarkt','m'),
 ('Apollo-Optik','f'),('Fielmann','m'),('Kamps','f'),('Backwerk','n'),('Ditsch','f'),('Nordsee','f'),('Vapiano','n')]

# institutions: (pattern with {t} for a town, gender, dative form or None, subtype)
INST_PATTERNS = [
 ('Jobcenter {t}','n','jc'),('Jobcenter Kreis {t}','n','jc'),('Agentur für Arbeit {t}','f','aa'),
 ('Geschäftsstelle {t} der Agentur für Arbeit','f','aa'),('Finanzamt {t}','n','auth'),('Amtsgericht {t}','n','court'),
 ('Landgericht {t}','n','court'),('Sozialgericht {t}','n','court'),('Arbeitsgericht {t}','n','court'),
 ('Stadtverwaltung {t}','f','auth'),('Gemeindeverwaltung {t}','f','auth'),('Bürgerbüro {t}','n','auth'),
 ('Ordnungsamt {t}','n','auth'),('Sozialamt {t}','n','auth'),('Jugendamt {t}','n','auth'),('Standesamt {t}','n','auth'),
 ('Einwohnermeldeamt {t}','n','auth'),('Wohngeldstelle {t}','f','auth'),('Ausländerbehörde {t}','f','auth'),
 ('Kfz-Zulassungsstelle {t}','f','auth'),('Führerscheinstelle {t}','f','auth'),('Gesundheitsamt {t}','n','auth'),
 ('Volkshochschule {t}','f','school'),('Berufsbildende Schule {t}','f','school'),('Berufsschule {t}','f','school'),
 ('Gesamtschule {t}','f','school'),('Grundschule {t}','f','school'),('Förderschule {t}','f','school'),
 ('Musikschule {t}','f','school'),('Kita {t}','f','kita'),('Familienzentrum {t}','n','kita'),
 ('Kreiskrankenhaus {t}','n','clinic'),('Krankenhaus {t}','n','clinic'),('Reha-Klinik {t}','f','clinic'),
 ('Suchtberatung {t}','f','social'),('Schuldnerberatung {t}','f','social'),('Caritasverband {t}','m','social'),
 ('Diakonisches Werk {t}','n','social'),('Tafel {t}','f','social'),('Frauenberatungsstelle {t}','f','social'),
 ('Migrationsberatung {t}','f','social'),('Verbraucherzentrale {t}','f','social'),('Pro Familia {t}','f','social'),
 ('Bewährungshilfe {t}','f','social'),('JVA {t}','f','auth'),('Justizvollzugsanstalt {t}','f','auth'),
 ('Polizeiinspektion {t}','f','police'),('Polizeiwache {t}','f','police'),('Handwerkskammer {t}','f','auth'),
 ('Kreishandwerkerschaft {t}','f','auth'),('Stadtbibliothek {t}','f','auth'),('Bestattungsamt {t}','n','auth'),
 ('Friedhofsverwaltung {t}','f','auth'),('Obdachlosenunterkunft {t}','f','social'),('Wohnungslosenhilfe {t}','f','social'),
 ('Versorgungsamt {t}','n','auth'),('Staatsanwaltschaft {t}','f','court'),('Fundbüro {t}','n','auth'),
 ('Landratsamt {t}','n','auth'),('Kreisverwaltung {t}','f','auth'),
]
# named bodies: (name, gender, dative-or-None, subtype)
NAMED_BODIES = [('Deutsche Rentenversicherung Bund','f','Deutschen Rentenversicherung Bund','named'),
 ('Deutsche Rentenversicherung Knappschaft-Bahn-See','f','Deutschen Rentenversicherung Knappschaft-Bahn-See','named'),
 ('Techniker Krankenkasse','f',None,'named'),('Barmer','f',None,'named'),('DAK-Gesundheit','f',None,'named'),
 ('KKH Kaufmännische Krankenkasse','f',None,'kk'),('IKK classic','f',None,'named'),('Knappschaft','f',None,'named'),
 ('Bundeszentralamt für Steuern','n',None,'named'),('Bundesamt für Migration und Flüchtlinge','n',None,'named'),
 ('BG Bau','f',None,'ukbg'),('BG ETEM','f',None,'ukbg'),('Berufsgenossenschaft Handel und Warenlogistik','f',None,'ukbg'),
 ('Unfallkasse Thüringen','f',None,'ukbg'),('Unfallkasse Rheinland-Pfalz','f',None,'ukbg'),
 ('Integrationsfachdienst Westerwald','m',None,'named'),('Malteser Hilfsdienst','m',None,'named'),
 ('Johanniter-Unfall-Hilfe','f',None,'named'),('Arbeiter-Samariter-Bund','m',None,'named'),('Weißer Ring','m',None,'named'),
 ('Lebenshilfe Siegen','f',None,'named'),('SOS-Kinderdorf Thüringen','n',None,'named'),('Bundesverwaltungsamt','n',None,'named'),
 ('Landesverwaltungsamt Sachsen-Anhalt','n',None,'named'),('Familienkasse Sachsen','f',None,'named'),
 ('Deutscher Mieterbund Saar','m',None,'named'),('Verband alleinerziehender Mütter und Väter','m',None,'named'),
 ('Sozialverband VdK','m',None,'named'),('Blaues Kreuz','n','Blauen Kreuz','named'),
 ('Landeskrankenhaus Andernach','n',None,'clinic'),('Universitätsklinikum Jena','n',None,'named'),
 ('Marienhaus Klinikum Saarlouis','n',None,'clinic'),
 ('AOK Sachsen-Anhalt','f',None,'kk'),('AOK Nordwest','f',None,'kk'),('IKK gesund plus','f',None,'kk'),('BKK firmus','f',None,'kk'),
 ('mhplus BKK','f',None,'kk'),('Mobil Krankenkasse','f',None,'kk'),('VIACTIV Krankenkasse','f',None,'kk'),('Novitas BKK','f',None,'kk'),
 ('pronova BKK','f',None,'kk'),('BKK24','f',None,'kk'),('Salus BKK','f',None,'kk'),('energie-BKK','f',None,'kk'),
 ('SBK Siemens-Betriebskrankenkasse','f',None,'kk'),('BKK Pfalz','f',None,'kk'),('IKK Südwest-Direkt','f',None,'kk'),
 ('Deutsche Rentenversicherung Oldenburg-Bremen','f','Deutschen Rentenversicherung Oldenburg-Bremen','drv'),
 ('DRV Braunschweig-Hannover','f',None,'drv'),('DRV Hessen','f',None,'drv'),('Deutsche Rentenversicherung Nord','f','Deutschen Rentenversicherung Nord','drv'),
 ('DRV Baden-Württemberg','f',None,'drv'),('DRV Schwaben','f',None,'drv'),('DRV Nordbayern','f',None,'drv'),
 ('Deutsche Rentenversicherung Berlin-Brandenburg','f','Deutschen Rentenversicherung Berlin-Brandenburg','drv'),
 ('DRV Oberbayern','f',None,'drv'),('DRV Niederbayern-Oberpfalz','f',None,'drv'),
 ('Bezirksregierung Arnsberg','f',None,'LVwA'),('Bezirksregierung Detmold','f',None,'LVwA'),('Bezirksregierung Münster','f',None,'LVwA'),
 ('Landesamt für Soziales Saarland','n',None,'LVwA'),('Landesamt für Gesundheit und Soziales Thüringen','n',None,'LVwA'),('Helios Klinikum Aue','n',None,'clinic')]
CONSULATES = [('Generalkonsulat von Indien','n',None),('Botschaft der Republik Indien','f',None),
 ('Generalkonsulat von Sri Lanka','n',None),('Botschaft des Königreichs Thailand','f',None),
 ('Thailändisches Generalkonsulat','n','Thailändischen Generalkonsulat'),
 ('Botschaft der Demokratischen Republik Kongo','f',None),('Marokkanisches Generalkonsulat','n','Marokkanischen Generalkonsulat'),
 ('Tunesisches Konsulat','n','Tunesischen Konsulat'),('Libanesische Botschaft','f','Libanesischen Botschaft')]

FOREIGN_ADDRESSES = [
 ('IN','Puthenpurackal House, Kuravilangad P.O., Kottayam, Kerala 686633'),
 ('IN','Kizhakkedathu Veedu, Near St. Mary\'s Church, Ramapuram, Kottayam 686576'),
 ('IN','TC 24/1183, Kowdiar, Thiruvananthapuram 695003'),
 ('IN','House No. 214, Ward 7, Model Town, Jalandhar, Punjab 144003'),
 ('IN','VPO Khatkar Kalan, Tehsil Banga, Distt. Shaheed Bhagat Singh Nagar, Punjab'),
 ('LK','No. 45/2, Temple Road, Maharagama'),('LK','128/A, Kandy Road, Kadawatha'),
 ('TH','99/12 Moo 4, Tambon Nong Prue, Amphoe Bang Lamung, Chonburi 20150'),
 ('TH','55 Soi Sukhumvit 71, Phra Khanong Nuea, Watthana, Bangkok 10110'),
 ('CD','Avenue Kasa-Vubu n° 37, Commune de Kalamu, Kinshasa'),('CD','Quartier Matonge, Av. Bongandanga 12, Kinshasa'),
 ('CD','Av. Lumumba 214, Commune de Lubumbashi, Haut-Katanga'),
 ('MA','Hay Mohammadi, Rue 12, N° 34, Casablanca'),('MA','Derb Sidi Bouloukat 8, Médina, Marrakech'),
 ('MA','Lot. Al Amal, Imm. 5, Appt. 9, Tanger'),
 ('TN','12, Rue Ibn Khaldoun, 4000 Sousse'),('TN','Cité Ennasr 2, Rue 5130, 2037 Ariana'),
 ('LB','Rue Gouraud, Imm. Nassar, 3e étage, Gemmayzé, Beyrouth'),('LB','Hamra, Rue Makdessi, Bloc B, Beyrouth'),
 ('LB','Zahlé, Quartier Haouch el Oumara, Imm. Saade'),
 ('KZ','ul. Zhandosova 58, kv. 12, Almaty'),('TR','Zeytinburnu, Telsiz Mah. 14. Sok. No: 7 D: 3, İstanbul'),
]
