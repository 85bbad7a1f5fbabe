"""My own lists for heldout9 (written from my own knowledge, session 12).  Names are Latin-script spellings as they appear
in German files; several transliterations of one name are deliberate (files spell them differently)."""

OWN_NAMES = {
    'ti_er9': {
        '_src': 'own knowledge: Eritrean (Tigrinya / Tigre) given names; surnames are fathers\' / grandfathers\' names, '
                'several Latin spellings (Ghebre/Gebre, Tsegay/Tsegai/Tzegai, Weldu/Woldu, -michael/-mikael)',
        'm': ['Tesfalem', 'Tesfamariam', 'Kiflom', 'Kibreab', 'Mehari', 'Merhawi', 'Medhanie', 'Filmon', 'Fitsum', 'Habtom',
              'Okbay', 'Okbamichael', 'Zerai', 'Zeray', 'Zemichael', 'Yosief', 'Yosef', 'Goitom', 'Negassi', 'Negasi',
              'Temesghen', 'Temesgen', 'Tsegay', 'Tsegai', 'Tzegai', 'Asmerom', 'Ermias', 'Awet', 'Aklilu', 'Amanuel',
              'Berhane', 'Biniam', 'Bereket', 'Dawit', 'Eyob', 'Fikru', 'Ghirmay', 'Girmay', 'Hagos', 'Kahsay', 'Kidane',
              'Mebrahtu', 'Mulugeta', 'Nahom', 'Robel', 'Samuel', 'Senay', 'Simon', 'Teklay', 'Tekle', 'Tewelde',
              'Welday', 'Yemane', 'Yonas', 'Abel', 'Aron', 'Efrem', 'Eskinder', 'Filimon', 'Hailu', 'Isaias', 'Kesete',
              'Meron', 'Milkias', 'Mussie', 'Musie', 'Natnael', 'Sirak', 'Tedla', 'Tomas', 'Yafet', 'Yared', 'Zekarias',
              'Ghebremeskel', 'Gebremeskel', 'Habtemichael', 'Andom', 'Andebrhan', 'Weldeab', 'Tesfagabir', 'Kinfe'],
        'f': ['Selam', 'Senait', 'Senayt', 'Semhar', 'Luwam', 'Yordanos', 'Mebrat', 'Tsega', 'Tsehaye', 'Rahel', 'Feven',
              'Hiwet', 'Abrehet', 'Letemichael', 'Letebrhan', 'Nigisti', 'Nebiat', 'Mizan', 'Winta', 'Wintana', 'Yodit',
              'Ariam', 'Azmera', 'Akberet', 'Kisanet', 'Segen', 'Simret', 'Tirhas', 'Tiblets', 'Freweini', 'Ghenet',
              'Genet', 'Helen', 'Lidia', 'Eden', 'Elsa', 'Almaz', 'Aster', 'Meaza', 'Saba', 'Saron', 'Sara', 'Rigbe',
              'Hadas', 'Hermon', 'Milen', 'Misgana', 'Nardos', 'Selamawit', 'Tsigereda', 'Zewdi', 'Abeba', 'Azieb',
              'Belaynesh', 'Elen', 'Firewoini', 'Kidisti', 'Lemlem', 'Mhret', 'Mihret', 'Rutha', 'Semira', 'Tesfanesh'],
        's': ['Gebrekidan', 'Ghebrekidan', 'Gebretensae', 'Weldemichael', 'Woldemichael', 'Weldemikael', 'Woldemariam',
              'Habtemariam', 'Tesfagiorgis', 'Ghebremeskel', 'Andemariam', 'Asfaha', 'Ogbazghi', 'Teclezghi', 'Teklezgi',
              'Tekeste', 'Mengisteab', 'Mengistu', 'Habteab', 'Measho', 'Beyene', 'Debesay', 'Zemuy', 'Fesehaye',
              'Fessehaye', 'Abraha', 'Hailemariam', 'Tsegezab', 'Araya', 'Asghedom', 'Bahta', 'Weldu', 'Woldu',
              'Tewolde', 'Mehreteab', 'Kidane', 'Tesfamichael', 'Ghebrehiwet', 'Gebrehiwet', 'Zerabruk', 'Yohannes',
              'Gebremedhin', 'Ghebremedhin', 'Berhe', 'Haile', 'Hayle', 'Tesfay', 'Tesfai', 'Kiflemariam', 'Ghide',
              'Mesfin', 'Afewerki', 'Embaye', 'Habte', 'Negusse', 'Okubamichael', 'Sium', 'Tecle', 'Gebru', 'Ghebru',
              'Welderufael', 'Woldeyesus', 'Gebreyesus', 'Ghebreyesus', 'Abrha', 'Tsighe', 'Kelati', 'Keleta']},
    'so9': {
        '_src': 'own knowledge: Somali names in Somali orthography (c, x, q, aa) and in the Anglo-Italian file spellings',
        'm': ['Abdirahman', 'Cabdiraxmaan', 'Abdirizak', 'Cabdirisaaq', 'Abdiqani', 'Cabdiqani', 'Abdikarim', 'Abdiwali',
              'Cabdiwali', 'Abdisalan', 'Mahad', 'Maxamed', 'Mohamud', 'Maxamuud', 'Cabdi', 'Cabdullaahi', 'Xasan',
              'Xuseen', 'Faarax', 'Jaamac', 'Cumar', 'Guuleed', 'Guled', 'Liban', 'Bile', 'Daahir', 'Yuusuf', 'Khadar',
              'Siyaad', 'Shire', 'Samatar', 'Mukhtaar', 'Abdifatah', 'Cabdifataax', 'Abdinasir', 'Cabdinaasir', 'Axmed',
              'Sakariye', 'Muxumed', 'Bashiir', 'Ismaaciil', 'Ilyaas', 'Garaad', 'Deeq', 'Mowliid', 'Ayaanle', 'Hamse',
              'Xamse', 'Sahal', 'Abshir', 'Geedi', 'Nuuradiin', 'Shuceyb', 'Ridwaan', 'Saciid', 'Sharmarke'],
        'f': ['Hodan', 'Hibaaq', 'Faadumo', 'Fadumo', 'Ayaan', 'Sahra', 'Saynab', 'Ifrah', 'Ubah', 'Ubax', 'Nimco',
              'Istahil', 'Ladan', 'Hamdi', 'Sagal', 'Idil', 'Deeqa', 'Hawo', 'Xaliimo', 'Maryan', 'Shukri', 'Sucaad',
              'Ruun', 'Filsan', 'Hinda', 'Amran', 'Caasha', 'Anab', 'Marwo', 'Kaltuun', 'Khadra', 'Xamdi', 'Nasteexo',
              'Nasteho', 'Sacdiyo', 'Sadiya', 'Ugbaad', 'Ugbad', 'Yasmiin', 'Qamar', 'Luul', 'Ikraan', 'Farhiyo',
              'Fartuun', 'Hooyo', 'Iftin', 'Xawo', 'Mumtaaz', 'Ruqiya', 'Roda', 'Khaatumo', 'Cawo', 'Dahabo'],
        's': ['Xirsi', 'Hirsi', 'Cawaale', 'Aadan', 'Ducaale', 'Duale', 'Egal', 'Ciise', 'Jibriil', 'Nuur', 'Gurey',
              'Geeddi', 'Muuse', 'Cilmi', 'Elmi', 'Cismaan', 'Yarow', 'Barre', 'Dirie', 'Waberi', 'Xaashi', 'Hashi',
              'Abdulle', 'Cabdulle', 'Sheekh', 'Warsame', 'Jaamac', 'Samatar', 'Mohamoud', 'Guelleh', 'Buuri', 'Qorane',
              'Shirwac', 'Sharmake', 'Xuseen', 'Faarax', 'Liibaan', 'Ugaas', 'Dualeh', 'Yusuf', 'Abokor', 'Calasow',
              'Mataan', 'Madar', 'Ciyow', 'Xaaji', 'Haaji', 'Guure', 'Gaal', 'Kaahin', 'Dhuxulow', 'Irbad']},
    'af9': {
        '_src': 'own knowledge: Afghan (Dari / Pashto) given names and family / tribal names, English-file and '
                'German-file spellings (-ullah/-ulla, sh/sch, j/dsch, zai/sai)',
        'm': ['Zabihullah', 'Sabihulla', 'Naqibullah', 'Hekmatullah', 'Rahmatullah', 'Wahidullah', 'Mirwais', 'Mirweis',
              'Najibullah', 'Nadschibulla', 'Farhad', 'Jawid', 'Dschawid', 'Javed', 'Ajmal', 'Nasratullah', 'Habibullah',
              'Asadullah', 'Ezatullah', 'Izzatullah', 'Ruhullah', 'Mujtaba', 'Murtaza', 'Nawid', 'Naweed', 'Sohrab',
              'Baktash', 'Zalmai', 'Zalmay', 'Qudratullah', 'Samiullah', 'Fazlullah', 'Sharifullah', 'Atiqullah',
              'Hashmatullah', 'Ehsanullah', 'Ihsanullah', 'Shamsullah', 'Obaidullah', 'Ubaidullah', 'Safiullah',
              'Nematullah', 'Kamaluddin', 'Jamaluddin', 'Nasruddin', 'Fawad', 'Fahim', 'Wahid', 'Wais', 'Sulaiman',
              'Shoaib', 'Massoud', 'Masoud', 'Tamim', 'Elham', 'Parwiz', 'Parwez', 'Jawed', 'Khushal', 'Hamayoun',
              'Homayun', 'Bahram', 'Mansoor', 'Shekib', 'Schekib', 'Zia', 'Ziaulhaq', 'Abdulwahid', 'Abdulbasir'],
        'f': ['Mursal', 'Palwasha', 'Malalai', 'Marzia', 'Shabnam', 'Schabnam', 'Farishta', 'Freshta', 'Gulalai',
              'Zarghuna', 'Sarghuna', 'Zarmina', 'Mahbooba', 'Mahbuba', 'Muzhgan', 'Mozhgan', 'Nilofar', 'Nilufar',
              'Sadaf', 'Tamana', 'Wazhma', 'Waschma', 'Hadia', 'Hosai', 'Madina', 'Parwana', 'Sharifa', 'Soraya',
              'Shakila', 'Fatana', 'Breshna', 'Khatera', 'Chatera', 'Arezo', 'Arezu', 'Gulnaz', 'Homaira', 'Humaira',
              'Zakia', 'Sakia', 'Rahima', 'Nazifa', 'Nasifa', 'Fereshta', 'Tahmina', 'Laila', 'Lailuma', 'Maryam',
              'Masuda', 'Mahnaz', 'Nadia', 'Najiba', 'Nasima', 'Nazia', 'Pashtana', 'Qudsia', 'Roshana', 'Saleha',
              'Shogofa', 'Schagufa', 'Spogmai', 'Sughra', 'Tabasum', 'Wajiha', 'Yalda', 'Zohal', 'Zuhal', 'Benazir'],
        's': ['Ahmadzai', 'Ahmadsai', 'Popalzai', 'Barakzai', 'Barakzay', 'Durrani', 'Yusufzai', 'Mohmand', 'Shinwari',
              'Schinwari', 'Khogyani', 'Wardak', 'Sultani', 'Amiri', 'Sadat', 'Stanekzai', 'Mangal', 'Zadran', 'Tarakhil',
              'Kakar', 'Safi', 'Ghilzai', 'Niazi', 'Andar', 'Kohistani', 'Panjshiri', 'Pandschschiri', 'Hakimi', 'Habibi',
              'Nazari', 'Qaderi', 'Rasuli', 'Sahak', 'Tokhi', 'Achakzai', 'Alokozay', 'Samadi', 'Hotak', 'Jalali',
              'Faizi', 'Mirzad', 'Haidari', 'Jaghori', 'Sherzad', 'Scherzad', 'Ghaznawi', 'Logari', 'Paktiawal', 'Omarkhel',
              'Sulaimankhel', 'Jabarkhel', 'Ahmadi', 'Mohseni', 'Rahmani', 'Rezaie', 'Sharifi', 'Wahidi', 'Noorzai',
              'Nurzai', 'Ishaqzai', 'Alizai', 'Babakarkhel', 'Zazai', 'Mangal', 'Azimi', 'Samimi', 'Hamdard', 'Sadozai']},
    'sq9': {
        '_src': 'own knowledge: Albanian names from Kosovo and Albania, with ë / ç and in the ASCII forms of German files '
                '(e, c), also Germanised (Kreasniqi→Krasniqi, Xh→Dsch)',
        'm': ['Arbër', 'Arber', 'Arbnor', 'Bekim', 'Besnik', 'Blerim', 'Burim', 'Driton', 'Fatmir', 'Flamur', 'Gëzim',
              'Gezim', 'Kushtrim', 'Lavdrim', 'Lulzim', 'Njazi', 'Petrit', 'Rrahman', 'Shkëlzen', 'Shkelzen', 'Valon',
              'Visar', 'Xhevdet', 'Ylber', 'Agron', 'Afrim', 'Bujar', 'Dardan', 'Egzon', 'Ermal', 'Fisnik', 'Labinot',
              'Liridon', 'Mërgim', 'Mergim', 'Qëndrim', 'Qendrim', 'Valmir', 'Shpëtim', 'Shpetim', 'Skënder', 'Bardhyl',
              'Drilon', 'Edon', 'Fatos', 'Gent', 'Hekuran', 'Jetmir', 'Kreshnik', 'Leutrim', 'Mentor', 'Nderim', 'Orges',
              'Pajtim', 'Rinor', 'Sokol', 'Taulant', 'Urim', 'Vegim', 'Xhemajl', 'Ylli', 'Zef', 'Albion', 'Alban',
              'Ardian', 'Bashkim', 'Endrit', 'Erion', 'Genc', 'Mimoz', 'Rexhep', 'Shaban'],
        'f': ['Arbnora', 'Albulena', 'Blerina', 'Donjeta', 'Drita', 'Fatjona', 'Flutura', 'Gresa', 'Kaltrina', 'Lirije',
              'Mimoza', 'Qendresa', 'Qëndresa', 'Rinora', 'Shqipe', 'Teuta', 'Valbona', 'Vjosa', 'Besjana', 'Arjeta',
              'Edona', 'Erëza', 'Ereza', 'Fjolla', 'Jehona', 'Lumnije', 'Merita', 'Shpresa', 'Vlora', 'Yllka', 'Ardita',
              'Arta', 'Besarta', 'Blerta', 'Dafina', 'Diellza', 'Doruntina', 'Elona', 'Entela', 'Fatlinda', 'Florentina',
              'Genta', 'Hyrije', 'Leonora', 'Liridona', 'Lindita', 'Majlinda', 'Nexhmije', 'Njomza', 'Rrezarta', 'Shkurta',
              'Shpresë', 'Vesa', 'Vlera', 'Xhemile', 'Zamira', 'Zenepe', 'Afërdita', 'Aferdita', 'Burbuqe'],
        's': ['Berisha', 'Krasniqi', 'Gashi', 'Hoxha', 'Morina', 'Shala', 'Kelmendi', 'Bytyqi', 'Hyseni', 'Rexhepi',
              'Thaçi', 'Thaci', 'Sylejmani', 'Zeqiri', 'Ahmeti', 'Osmani', 'Kryeziu', 'Dervishi', 'Haxhiu', 'Limani',
              'Jashari', 'Halili', 'Maliqi', 'Bajrami', 'Hasani', 'Lleshi', 'Qerimi', 'Salihu', 'Ramadani', 'Xhaferi',
              'Zymberi', 'Pllana', 'Bekteshi', 'Sejdiu', 'Gjoka', 'Prenaj', 'Dushku', 'Llapashtica', 'Avdiu', 'Bislimi',
              'Çeku', 'Ceku', 'Demaj', 'Elezi', 'Fejzullahu', 'Gjonbalaj', 'Hajdari', 'Imeri', 'Kastrati', 'Kurteshi',
              'Lushaku', 'Mehmeti', 'Nuhiu', 'Pacolli', 'Qorraj', 'Rrustemi', 'Sadiku', 'Tahiri', 'Ukshini', 'Veseli',
              'Xhemaili', 'Ymeri', 'Zogaj', 'Abazi', 'Berbati', 'Dauti', 'Gërguri', 'Gerguri', 'Hoti', 'Jakupi']},
    'sh9': {
        '_src': 'own knowledge: Serbian, Bosnian and Montenegrin names with č ć š ž đ and in the ASCII forms of German files '
                '(c, s, z, dj); Bosniak given names',
        'm': ['Dragan', 'Zoran', 'Goran', 'Nenad', 'Dejan', 'Miloš', 'Milos', 'Srđan', 'Srdjan', 'Dušan', 'Dusan', 'Bojan',
              'Predrag', 'Željko', 'Zeljko', 'Mladen', 'Slobodan', 'Radovan', 'Mirsad', 'Edin', 'Haris', 'Kenan', 'Senad',
              'Nermin', 'Elvir', 'Mersad', 'Dženan', 'Dzenan', 'Almir', 'Ermin', 'Sanel', 'Nebojša', 'Nebojsa', 'Vukašin',
              'Vukasin', 'Uroš', 'Uros', 'Ognjen', 'Branislav', 'Dragoljub', 'Živorad', 'Zivorad', 'Radomir', 'Milorad',
              'Velibor', 'Obrad', 'Rade', 'Sinisa', 'Siniša', 'Aleksa', 'Lazar', 'Vuk', 'Đorđe', 'Djordje', 'Muhamed',
              'Hamdija', 'Husein', 'Safet', 'Sead', 'Esad', 'Nihad', 'Fikret', 'Zlatan', 'Emir', 'Adnan', 'Admir', 'Amel',
              'Dževad', 'Dzevad', 'Sabahudin', 'Izet', 'Mevludin'],
        'f': ['Jelena', 'Milica', 'Dragana', 'Snežana', 'Snezana', 'Biljana', 'Gordana', 'Vesna', 'Tijana', 'Jovana',
              'Amra', 'Amela', 'Lejla', 'Selma', 'Emina', 'Azra', 'Merima', 'Dženana', 'Dzenana', 'Belma', 'Ajla',
              'Nermina', 'Mirela', 'Edina', 'Šejla', 'Sejla', 'Ljiljana', 'Slađana', 'Sladjana', 'Dragica', 'Svetlana',
              'Mirjana', 'Radmila', 'Zorica', 'Vesna', 'Nevena', 'Teodora', 'Anđela', 'Andjela', 'Katarina', 'Milena',
              'Slavica', 'Stanislava', 'Bosiljka', 'Desanka', 'Ivona', 'Jasmina', 'Mubera', 'Hajra', 'Fadila', 'Enisa',
              'Elma', 'Adna', 'Lamija', 'Ilma', 'Naida', 'Ajša', 'Ajsa', 'Sanela', 'Senada', 'Medina'],
        's': ['Jovanović', 'Jovanovic', 'Petrović', 'Nikolić', 'Đorđević', 'Djordjevic', 'Stojanović', 'Stankovic',
              'Stanković', 'Pavlović', 'Milošević', 'Savić', 'Kostić', 'Mitrović', 'Živković', 'Zivkovic', 'Todorović',
              'Lazić', 'Ristić', 'Simić', 'Obradović', 'Vasić', 'Begić', 'Hodžić', 'Hodzic', 'Hadžić', 'Delić',
              'Mehmedović', 'Hasanović', 'Omerović', 'Salihović', 'Ibrahimović', 'Mujić', 'Alić', 'Husić', 'Džafić',
              'Karić', 'Čaušević', 'Causevic', 'Softić', 'Selimović', 'Muratović', 'Bešić', 'Avdić', 'Suljić', 'Radosavljević',
              'Vukadinović', 'Milutinović', 'Stevanović', 'Radulović', 'Janković', 'Dimitrijević', 'Bogdanović',
              'Trifunović', 'Nedeljković', 'Ćirić', 'Ciric', 'Marjanović', 'Arsenijević', 'Aleksić', 'Ilić', 'Lukić',
              'Mustafić', 'Smajić', 'Hrustanović', 'Kapetanović', 'Pašić', 'Pasic', 'Halilović', 'Zukić', 'Đukić']},
    'bg9': {
        '_src': 'own knowledge: Bulgarian names (Slavic and Bulgarian-Turkish / Pomak), in English-file (-ov/-ova, zh, ts, y) '
                'and German-file (-ow/-owa, sch, z, j) transliteration',
        'm': ['Dimitar', 'Stoyan', 'Stojan', 'Hristo', 'Christo', 'Todor', 'Petar', 'Asen', 'Assen', 'Boyko', 'Bojko',
              'Krasimir', 'Lyubomir', 'Ljubomir', 'Plamen', 'Rumen', 'Tsvetan', 'Zwetan', 'Ognyan', 'Ognjan', 'Radoslav',
              'Kaloyan', 'Kalojan', 'Zdravko', 'Sdrawko', 'Valentin', 'Veselin', 'Wesselin', 'Yordan', 'Jordan', 'Lachezar',
              'Latschesar', 'Momchil', 'Momtschil', 'Nedyalko', 'Pencho', 'Pentscho', 'Rosen', 'Svetoslav', 'Swetoslaw',
              'Tihomir', 'Trayan', 'Trajan', 'Vasil', 'Wassil', 'Zhivko', 'Schiwko', 'Bozhidar', 'Boschidar', 'Dobromir',
              'Emil', 'Galin', 'Iliya', 'Kamen', 'Lyuben', 'Mihail', 'Nayden', 'Ognian', 'Ruslan', 'Sevdalin', 'Sabri',
              'Ismail', 'Sali', 'Hyusein', 'Hjusein', 'Mehmed', 'Ahmed', 'Erol', 'Sezgin', 'Nedzhmi', 'Nedschmi'],
        'f': ['Desislava', 'Dessislawa', 'Ralitsa', 'Raliza', 'Snezhana', 'Sneschana', 'Tsvetelina', 'Zwetelina', 'Radka',
              'Veselina', 'Wesselina', 'Yordanka', 'Jordanka', 'Ginka', 'Penka', 'Stoyanka', 'Stojanka', 'Dimitrina',
              'Gergana', 'Kremena', 'Nadezhda', 'Nadeschda', 'Petya', 'Petja', 'Rositsa', 'Rossiza', 'Teodora', 'Zornitsa',
              'Sorniza', 'Boyana', 'Bojana', 'Bistra', 'Dobrinka', 'Elka', 'Gabriela', 'Hristina', 'Iliana', 'Kalina',
              'Lilyana', 'Ljiljana', 'Mariela', 'Neli', 'Pavlina', 'Rumyana', 'Rumjana', 'Siyka', 'Sijka', 'Stanka',
              'Tanya', 'Tsonka', 'Vyara', 'Wjara', 'Zhana', 'Schana', 'Aysel', 'Ajsel', 'Emine', 'Fatme', 'Gyulten',
              'Djulten', 'Nurten', 'Sevgi', 'Shukran', 'Zyumbyul'],
        's': ['Georgiev', 'Georgiew', 'Dimitrov', 'Dimitrow', 'Petkov', 'Petkow', 'Stoyanov', 'Stojanow', 'Todorov',
              'Todorow', 'Hristov', 'Christow', 'Angelov', 'Angelow', 'Kolev', 'Kolew', 'Marinov', 'Marinow', 'Iliev',
              'Iliew', 'Atanasov', 'Atanassow', 'Yordanov', 'Jordanow', 'Vasilev', 'Wassilew', 'Tsvetkov', 'Zwetkow',
              'Mihaylov', 'Michailow', 'Kostov', 'Kostow', 'Dochev', 'Dotschew', 'Gospodinov', 'Yankov', 'Jankow',
              'Zhelev', 'Schelew', 'Slavov', 'Slawow', 'Penchev', 'Pentschew', 'Raykov', 'Raikow', 'Bonev', 'Bonew',
              'Kirilov', 'Kirilow', 'Tanev', 'Tanew', 'Lazarov', 'Lasarow', 'Hadzhiev', 'Hadschiew', 'Mladenov',
              'Bozhilov', 'Boschilow', 'Ahmedov', 'Achmedow', 'Mehmedov', 'Mustafov', 'Salimov', 'Aliev', 'Hyuseinov',
              'Kaloyanov', 'Nedelchev', 'Nedeltschew', 'Tsonev', 'Zonew', 'Vulchev', 'Waltschew', 'Zlatev', 'Slatew']},
    'vi9': {
        '_src': 'own knowledge: Vietnamese family names and (last-part) given names, without tone marks as in German files '
                'and with Vietnamese letters',
        'm': ['Thang', 'Toan', 'Thinh', 'Khoa', 'Kien', 'Luan', 'Nghia', 'Phong', 'Quan', 'Sang', 'Hoang', 'Huy', 'Khai',
              'Manh', 'Nhat', 'Thuan', 'Tung', 'Dũng', 'Cuong', 'Cường', 'Hieu', 'Hiếu', 'Trung', 'Vinh', 'Phuc', 'Loc',
              'Lộc', 'Duy', 'Hao', 'Hau', 'Hưng', 'Khang', 'Khiem', 'Lâm', 'Luat', 'Nguyen', 'Phát', 'Quoc', 'Quốc',
              'Tài', 'Thach', 'Thiện', 'Thien', 'Tuyen', 'Vuong', 'Xuan', 'Bao', 'Đức', 'Giang', 'Hải'],
        'f': ['Nhung', 'Oanh', 'Tuyet', 'Tuyết', 'Loan', 'Kieu', 'Kiều', 'Diep', 'Điệp', 'Thuy', 'Thúy', 'Luyen', 'Ngan',
              'Ngân', 'Chau', 'Châu', 'Truc', 'Trúc', 'Uyen', 'Uyên', 'Quynh', 'Quỳnh', 'Hang', 'Hằng', 'Huong', 'Hương',
              'Thao', 'Thảo', 'Trang', 'Phuong', 'Phượng', 'Ngoc', 'Ngọc', 'Hanh', 'Hạnh', 'Dung', 'Duyen', 'Duyên',
              'Hoai', 'Hue', 'Huệ', 'Lien', 'Liên', 'Nga', 'Nguyet', 'Nguyệt', 'Tham', 'Thắm', 'Thoa', 'Tien', 'Tiên',
              'Trinh', 'Vân', 'Yen', 'Yến', 'Xuyen', 'Hien', 'Hiền'],
        's': ['Huynh', 'Huỳnh', 'Phan', 'Dang', 'Đặng', 'Bui', 'Bùi', 'Ngo', 'Ngô', 'Duong', 'Dương', 'Dinh', 'Đinh',
              'Trinh', 'Trịnh', 'Luong', 'Lương', 'Quach', 'Quách', 'Truong', 'Trương', 'Doan', 'Đoàn', 'Vuong', 'Vương',
              'Tieu', 'Hua', 'Luu', 'Lưu', 'Thach', 'Khuc', 'Nghiem', 'Phung', 'Phùng', 'Giap', 'Giáp', 'Kieu', 'Kiều',
              'Lai', 'Lại', 'Nong', 'Nông', 'Ong', 'Quan', 'Tong', 'Tống', 'Trieu', 'Triệu', 'Chau', 'Châu', 'Diep',
              'Diệp', 'Au', 'Âu', 'Bach', 'Bạch', 'Mach', 'Mạch', 'Thai', 'Thái', 'Hoang', 'Vo', 'Võ']},
    'ng9': {
        '_src': 'own knowledge: Nigerian names (Edo / Bini, Esan, Urhobo, Isoko, Ibibio / Efik, Tiv, Ijaw, Idoma, Igala, '
                'Nupe; a few Yoruba / Igbo / Hausa)',
        'm': ['Osarumwense', 'Osaretin', 'Omoruyi', 'Iyare', 'Izekor', 'Erhabor', 'Idahosa', 'Ehigie', 'Ighodaro', 'Osayande',
              'Oghenekaro', 'Oghenetega', 'Ejiro', 'Onome', 'Oghenerukevwe', 'Akpobome', 'Emuobo', 'Aniekan', 'Ubong',
              'Etim', 'Effiong', 'Okon', 'Terver', 'Msughter', 'Doofan', 'Iorhemba', 'Iorwuese', 'Tersoo', 'Aondona',
              'Tamaraebi', 'Preye', 'Timipre', 'Ebikabowei', 'Ebimobowei', 'Diepreye', 'Ochai', 'Ojonugwa', 'Ojochenemi',
              'Agbo', 'Ogbole', 'Enemona', 'Eneojo', 'Usman', 'Ndagi', 'Kolo', 'Jiya', 'Oseghale', 'Ikhide', 'Ehimen',
              'Ehizogie', 'Ovie', 'Tega', 'Akpos', 'Edafe', 'Uyoyou', 'Oritsejafor', 'Olugbenga', 'Kayode', 'Chidiebere',
              'Somtochukwu', 'Kelechi', 'Nnaemeka', 'Ikenna', 'Tochukwu', 'Aminu', 'Haruna', 'Bello', 'Danjuma'],
        'f': ['Osasere', 'Eghosa', 'Ivie', 'Oghogho', 'Osaze', 'Efosa', 'Omosede', 'Osarugue', 'Itohan', 'Ewemade', 'Irabor',
              'Ese', 'Ejiroghene', 'Oghenefejiro', 'Ufuoma', 'Eseoghene', 'Ekaette', 'Imaobong', 'Idara', 'Ememobong',
              'Nsikak', 'Ifiok', 'Mnena', 'Ngodoo', 'Mwuese', 'Doose', 'Ebiere', 'Ayibatonye', 'Tarila', 'Ebiakpo', 'Ene',
              'Ojoma', 'Ugbede', 'Ladi', 'Hauwa', 'Jummai', 'Ehinomen', 'Eromosele', 'Ihuoma', 'Chinwendu', 'Chidinma',
              'Ogechi', 'Oluchi', 'Adaugo', 'Temiloluwa', 'Ireoluwa', 'Mojisola', 'Adunni', 'Halima', 'Binta', 'Fatima'],
        's': ['Omoregie', 'Igbinosa', 'Osagiede', 'Ehigiator', 'Aigbe', 'Edosomwan', 'Uwaifo', 'Obaseki', 'Ogiemwonyi',
              'Aghedo', 'Osemwegie', 'Igbinedion', 'Ekhator', 'Iyamu', 'Okotie', 'Ighorodje', 'Ovwigho', 'Efeturi',
              'Emumejaye', 'Ekpenyong', 'Udoh', 'Bassey', 'Inyang', 'Akpan', 'Essien', 'Udofia', 'Umoh', 'Ekanem', 'Ayatse',
              'Iorliam', 'Tyover', 'Akaa', 'Gbande', 'Ebiowei', 'Alamieyeseigha', 'Dickson', 'Ogbu', 'Idoko', 'Agbo',
              'Onuh', 'Attah', 'Ameh', 'Achimugu', 'Abubakar', 'Gana', 'Ndayako', 'Aliyu', 'Okojie', 'Ehiagwina', 'Ojeifo',
              'Egbe', 'Aisien', 'Okeke', 'Nwankwo', 'Onyeka', 'Chukwuma', 'Anyanwu', 'Olaniyan', 'Oyebanji', 'Adegoke']},
    'gh9': {
        '_src': 'own knowledge: Ghanaian names (Ewe, Ga-Adangbe, Dagbani / Dagomba, Fante, Nzema; Akan day names)',
        'm': ['Senyo', 'Selorm', 'Elikem', 'Edem', 'Kodzo', 'Kekeli', 'Mawuli', 'Etornam', 'Delali', 'Yayra', 'Kafui',
              'Xorlali', 'Dodzi', 'Komla', 'Kwame', 'Kwaku', 'Kwabena', 'Kwadwo', 'Kojo', 'Nii', 'Nortey', 'Tetteh',
              'Alhassan', 'Abdulai', 'Iddrisu', 'Mahama', 'Yakubu', 'Fuseini', 'Issahaku', 'Zakaria', 'Sumaila', 'Baba',
              'Ekow', 'Kobina', 'Kweku', 'Fiifi', 'Paa', 'Kwesi', 'Atsu', 'Mensah', 'Yao', 'Kofitse', 'Worlanyo', 'Sedem',
              'Selasi', 'Nana', 'Ato', 'Kakra', 'Panyin', 'Kudzo'],
        'f': ['Dzifa', 'Enyonam', 'Esinam', 'Mawuena', 'Sena', 'Kekeli', 'Elinam', 'Mawunyo', 'Aseye', 'Akpene', 'Dela',
              'Edinam', 'Naa', 'Naaki', 'Dedei', 'Korkor', 'Adoley', 'Azara', 'Memunatu', 'Fuseina', 'Mariama', 'Rahinatu',
              'Damata', 'Sanatu', 'Amina', 'Efua', 'Ekua', 'Esi', 'Araba', 'Aba', 'Adjoa', 'Afia', 'Akosua', 'Adwoa',
              'Abena', 'Yaa', 'Akos', 'Ama', 'Efia', 'Dzidzor', 'Sesi', 'Yawa', 'Afi', 'Kafui', 'Elorm'],
        's': ['Agbeko', 'Amegashie', 'Dzokoto', 'Gbedemah', 'Kpodo', 'Tsikata', 'Ahiable', 'Dogbe', 'Agbenyega', 'Fiagbe',
              'Kudjawu', 'Nyavor', 'Adzraku', 'Avornyo', 'Dzamefe', 'Tetteh', 'Quaye', 'Lamptey', 'Ankrah', 'Okine',
              'Nortey', 'Sowah', 'Quarshie', 'Laryea', 'Armah', 'Odoi', 'Kotey', 'Ashitey', 'Adjetey', 'Tagoe', 'Nikoi',
              'Iddrisu', 'Alhassan', 'Mahama', 'Yakubu', 'Fuseini', 'Abukari', 'Seidu', 'Dramani', 'Amissah', 'Quansah',
              'Essel', 'Arthur', 'Ghartey', 'Eshun', 'Kwofie', 'Ackah', 'Blay', 'Nyame', 'Kpeglo', 'Ametepe', 'Atsugah',
              'Gadzekpo', 'Dotse', 'Klutse', 'Akakpo', 'Attipoe']},
    'ku9': {
        '_src': 'own knowledge: Kurmanji names of Syrian Kurds (Hesekê / Qamişlo / Efrîn / Kobanê), in Kurdish Latin '
                'letters (ê î û ş ç x w) and in German-file / Arabic-based spellings',
        'm': ['Azad', 'Rêber', 'Reber', 'Rêzan', 'Serhat', 'Siyamend', 'Şivan', 'Schiwan', 'Berxwedan', 'Dilgeş', 'Bawer',
              'Welat', 'Zinar', 'Agirî', 'Ciwan', 'Dschiwan', 'Hejar', 'Kawa', 'Mazlum', 'Nêçîrvan', 'Rênas', 'Renas',
              'Şoreş', 'Xebat', 'Aram', 'Alan', 'Bewar', 'Bêwar', 'Botan', 'Cudi', 'Dilovan', 'Diyar', 'Egid', 'Firat',
              'Givara', 'Hozan', 'Jînwar', 'Karwan', 'Lawin', 'Mehmud', 'Nechirvan', 'Pêşeng', 'Rênwar', 'Rodî', 'Roni',
              'Sipan', 'Soran', 'Şêrwan', 'Serwan', 'Tirêj', 'Warşîn', 'Zagros', 'Hemreş', 'Heval', 'Binevş', 'Dara'],
        'f': ['Bêrîvan', 'Berivan', 'Delal', 'Dilan', 'Evîn', 'Evin', 'Gulistan', 'Hêlîn', 'Helin', 'Kejal', 'Nûjiyan',
              'Rojîn', 'Rojin', 'Rûken', 'Ruken', 'Sozdar', 'Viyan', 'Xezal', 'Zozan', 'Perwîn', 'Nesrîn', 'Şîlan',
              'Schilan', 'Berfîn', 'Bêrfîn', 'Ciwana', 'Dîlan', 'Gulîstan', 'Hevrîn', 'Jiyan', 'Lorîn', 'Medya', 'Nazdar',
              'Nalin', 'Nûrê', 'Rojda', 'Ronahî', 'Ronahi', 'Sema', 'Şîrin', 'Torîn', 'Zelal', 'Zerya', 'Avesta', 'Baharîn',
              'Dersim', 'Gulbahar', 'Hêja', 'Jînda', 'Kurdistan'],
        's': ['Osso', 'Hemo', 'Xelîl', 'Chalil', 'Ibo', 'Şêxo', 'Scheikho', 'Sheikho', 'Haco', 'Hajo', 'Biro', 'Mislim',
              'Temo', 'Reşo', 'Rescho', 'Şemo', 'Schemo', 'Cemo', 'Dschemo', 'Ebdo', 'Abdo', 'Sido', 'Mamo', 'Nabo', 'Bakro',
              'Hamo', 'Sino', 'Heso', 'Hesso', 'Kalo', 'Mihemed', 'Mihamad', 'Evdo', 'Silo', 'Bozo', 'Cafo', 'Dako', 'Eyo',
              'Fero', 'Gorgis', 'Hebo', 'Hiso', 'Ismo', 'Kaso', 'Kasso', 'Memo', 'Nasro', 'Omo', 'Reşîd', 'Sadiq', 'Temir',
              'Xelo', 'Chalo', 'Yûsiv', 'Zaxo', 'Mislimo', 'Bîlal']},
    'de9': {
        '_src': 'own knowledge: German given names (traditional, regional, current) and surnames from Westphalia, the '
                'Rhineland, Eifel / Hunsrück / Palatinate / Saarland, Thuringia, Saxony-Anhalt, Upper Lusatia, Swabia and '
                'Old Bavaria; not from Faker or any given-name statistics',
        'm': ['Wendelin', 'Gottfried', 'Eckhard', 'Hartmut', 'Volkmar', 'Reinhold', 'Siegbert', 'Burkhard', 'Dankwart',
              'Gernot', 'Giselher', 'Hubertus', 'Ingolf', 'Jost', 'Kunibert', 'Leberecht', 'Lothar', 'Meinrad', 'Ortwin',
              'Rüdiger', 'Sieghard', 'Theobald', 'Traugott', 'Waldemar', 'Winfried', 'Wolfram', 'Aribert', 'Detlev',
              'Fridolin', 'Gerwin', 'Irmfried', 'Lambert', 'Nepomuk', 'Oswin', 'Pankraz', 'Rochus', 'Severin', 'Tassilo',
              'Utz', 'Veit', 'Wigand', 'Mattis', 'Bjarne', 'Tjark', 'Fiete', 'Jonte', 'Hannes', 'Bastian', 'Dominik',
              'Florian', 'Gregor', 'Kilian', 'Korbinian', 'Leopold', 'Maximilian', 'Quentin', 'Raphael', 'Valentin',
              'Vinzenz', 'Wolfhard', 'Eberhard', 'Ekkehard', 'Gebhard', 'Hansjörg', 'Heinz-Georg', 'Karl-Friedrich',
              'Dietmar', 'Edmund', 'Gisbert', 'Helmfried', 'Ludger', 'Reinhard', 'Sigismund', 'Ulf', 'Wunnibald', 'Sönke', 'Hauke-Peter', 'Gerold', 'Hartwig', 'Ingbert', 'Ekkehart', 'Meinolf', 'Engelbert', 'Liborius', 'Hermann-Josef', 'Bonifaz', 'Kasimir', 'Lorenz', 'Egbert', 'Adalbert', 'Wendel', 'Gerd-Ulrich', 'Reimund', 'Wigbert', 'Ansgar', 'Udo', 'Gunnar', 'Hinrich', 'Tammo', 'Onno', 'Eilert', 'Wiard', 'Menno', 'Uwe-Jens', 'Sepp', 'Xaver', 'Korbi', 'Beppo', 'Flori', 'Gustl', 'Ferdl', 'Hias', 'Loisl', 'Michl', 'Thilo', 'Till', 'Tjalf', 'Jasper', 'Joris', 'Keno', 'Malo', 'Tammo'],
        'f': ['Adelheid', 'Brunhilde', 'Dagmar', 'Edeltraud', 'Frauke', 'Gudrun', 'Hannelore', 'Irmgard', 'Jutta',
              'Kunigunde', 'Liesel', 'Mechthild', 'Notburga', 'Ottilie', 'Roswitha', 'Sieglinde', 'Traudl', 'Walburga',
              'Wiebke', 'Almut', 'Bärbel', 'Dörte', 'Gesine', 'Heike', 'Maren', 'Nele', 'Rieke', 'Silke', 'Tabea',
              'Antje', 'Imke', 'Swantje', 'Hiltrud', 'Waltraud', 'Rosemarie', 'Jördis', 'Merle', 'Ronja', 'Smilla',
              'Frieda', 'Mathilda', 'Emmi', 'Lotte', 'Annegret', 'Benedikta', 'Christa', 'Dorothea', 'Elfriede',
              'Friederike', 'Gertraud', 'Hedwig', 'Ingeborg', 'Josefa', 'Kreszenz', 'Luitgard', 'Margarete', 'Philippa',
              'Reinhild', 'Sophie-Charlotte', 'Theresia', 'Ursula', 'Veronika', 'Wilhelmine', 'Annelie', 'Carolin', 'Hildegund', 'Irmtraud', 'Gerlinde', 'Ortrud', 'Sigrun', 'Trautlinde', 'Wendelgard', 'Heidrun', 'Gunhild', 'Ermengard', 'Friedlinde', 'Adelinde', 'Rotraut', 'Edelgard', 'Waltraut', 'Almuth', 'Gundula', 'Hedda', 'Henrike', 'Jolanthe', 'Leonore', 'Liselotte', 'Magdalene', 'Mechtild', 'Rosalinde', 'Thekla', 'Walpurga', 'Wiltrud', 'Ilvy', 'Juna', 'Lenja', 'Maila', 'Mattea', 'Svea', 'Tilda', 'Fenja', 'Jette', 'Karlotta', 'Tomke', 'Thalea', 'Wenke', 'Inken', 'Telse', 'Gesa', 'Hilke', 'Eike', 'Birte', 'Dörthe', 'Ilka', 'Kerrin', 'Okka', 'Tjorven', 'Rike', 'Gunda', 'Kriemhild', 'Hermine', 'Reinhilde', 'Burgunde', 'Edelburga', 'Alwine', 'Emerentia', 'Crescentia', 'Resi', 'Vevi', 'Burgi', 'Zilli', 'Gundel', 'Marlis', 'Heidemarie', 'Hannelies', 'Annerose', 'Irmela', 'Ottilia', 'Jorinde', 'Mareike', 'Wiebke-Marie'],
        's': ['Bredehöft', 'Dietzfelbinger', 'Eisenschmidt', 'Fleischhauer', 'Grotefend', 'Habermehl', 'Immelmann',
              'Jungnickel', 'Kappelhoff', 'Lückenotto', 'Mollenhauer', 'Niehoff', 'Oltmanns', 'Pieplow', 'Quernheim',
              'Rübsamen', 'Schwerdtfeger', 'Tegtmeyer', 'Uhlenbrock', 'Vollmering', 'Wiegmann', 'Zurmühlen',
              'Brockschmidt', 'Dörnemann', 'Echterhoff', 'Feldkötter', 'Gausepohl', 'Holtkamp', 'Iffland', 'Lütkemeyer',
              'Meinecke', 'Niemöller', 'Osterhues', 'Pöppelmann', 'Rottstegge', 'Sökefeld', 'Terhaar', 'Upmeier',
              'Vennemann', 'Wewers', 'Averbeck', 'Bußmann', 'Hölscher', 'Fröhlingsdorf', 'Lamprecht', 'Klinkhammer',
              'Kuckelkorn', 'Bongartz', 'Hürtgen', 'Gielen', 'Kreutzer', 'Ruland', 'Thelen', 'Hintermaier', 'Obermüller',
              'Rottenkolber', 'Schwaiger', 'Zwickl', 'Kaltenecker', 'Lichtenegger', 'Moosbauer', 'Kretzschmar', 'Lötzsch',
              'Pätzold', 'Rietzschel', 'Schmiedel', 'Tränkner', 'Weigelt', 'Zönnchen', 'Fritzsche', 'Kühnert', 'Nestler',
              'Quaas', 'Wappler', 'Häberle', 'Kächele', 'Mäule', 'Schäufele', 'Wöhrle', 'Bürkle', 'Fezer', 'Gölz',
              'Kienzle', 'Läpple', 'Pfisterer', 'Riexinger', 'Widmaier', 'Zimmerle', 'Ahlrichs', 'Eilers', 'Lübben',
              'Reents', 'Saathoff', 'Ubben', 'Wübbena', 'Frerichs', 'Rohwer', 'Thiessen', 'Blatzheim', 'Dahmen',
              'Engels', 'Frechen', 'Hamacher', 'Jüssen', 'Kurth', 'Lersch', 'Mies', 'Nellessen', 'Pütz', 'Reinartz',
              'Schmitz-Elsen', 'Steffes', 'Trierweiler', 'Wilbert', 'Zender', 'Backes', 'Dillschneider', 'Heinz',
              'Jost', 'Kiefer', 'Molter', 'Schäfer-Haupt', 'Theobald', 'Ulrich', 'Wagner-Becker', 'Gräfe', 'Heinemann',
              'Kirchhof', 'Löbel', 'Möbius', 'Nitzsche', 'Rößler', 'Sauerbrey', 'Trautvetter', 'Vollrath', 'Zeitschel',
              'Apitz', 'Bartusch', 'Domaschke', 'Hentschel', 'Kubasch', 'Laske', 'Noack', 'Pietschmann', 'Rentsch',
              'Schöbel', 'Wagenknecht', 'Zschornack']},
}

# German words that must not be names in this split (ordinary words stay ordinary) - folded, lower case
STOPWORDS = {
    'nur', 'mai', 'hai', 'long', 'son', 'tam', 'van', 'ton', 'chu', 'mac', 'lam', 'kha', 'dat', 'tri', 'thi', 'nam',
    'roj', 'elo', 'sena', 'eden', 'aman', 'rama', 'uka', 'nagel', 'esser', 'ufer', 'grosse', 'reiter', 'durr', 'kracht',
    'ama', 'efe', 'ese', 'ene', 'aba', 'afi', 'esi', 'paa', 'baba', 'nana', 'kakra', 'memo', 'omo', 'ibo', 'eyo', 'dara',
    'hooyo', 'roda', 'heinz', 'alan', 'aram', 'dela', 'kolo', 'zef', 'vuk', 'genc', 'gent', 'vesa', 'elka', 'neli', 'sali',
    'rosen', 'emil', 'kamen', 'hue', 'nga', 'lai', 'ong', 'quan', 'tong', 'hua', 'mies', 'jost', 'kiefer', 'engels',
    'heinemann', 'arthur', 'blay', 'bello', 'gaal', 'agbo', 'tega', 'kurdistan', 'dersim', 'heval', 'mehmed', 'ahmed',
    'sabri', 'ismail', 'emine', 'ardian', 'jordan', 'ulrich', 'theobald', 'simon', 'samuel', 'tomas', 'abel', 'aron',
    'helen', 'sara', 'elsa', 'saba', 'lidia', 'hermon', 'maryam', 'nadia', 'laila', 'fatima', 'halima', 'amina', 'ulf',
    'bach', 'mach', 'thai', 'au', 'hoang', 'trinh', 'chau', 'kieu', 'diep', 'nguyen', 'giang', 'bao', 'xuan', 'dung',
    'trang', 'tien', 'vo', 'phan', 'christa', 'ursula', 'veronika', 'gregor', 'florian', 'dominik', 'maximilian',
    'leopold', 'valentin', 'raphael', 'carolin', 'sophie', 'ludger', 'reinhard', 'dietmar', 'lothar', 'detlev',
}

# ---- own pools (towns with postcode / plate / regional directorate; streets; bodies; companies) -----------------
# mode 'word' = whole-word match against earlier values, 'prefix' = also as the start of a longer word
T = lambda s: [tuple(x.split('|')) for x in s.strip().split('\n')]  # noqa: E731
TOWNS = T("""
Rheda-Wiedenbrück|33378|GT|NRW
Harsewinkel|33428|GT|NRW
Versmold|33775|GT|NRW
Borgholzhausen|33829|GT|NRW
Spenge|32139|HF|NRW
Enger|32130|HF|NRW
Kirchlengern|32278|HF|NRW
Rödinghausen|32289|HF|NRW
Hüllhorst|32609|MI|NRW
Preußisch Oldendorf|32361|MI|NRW
Rahden|32369|MI|NRW
Stemwede|32351|MI|NRW
Espelkamp|32339|MI|NRW
Petershagen|32469|MI|NRW
Vlotho|32602|HF|NRW
Kalletal|32689|LIP|NRW
Extertal|32699|LIP|NRW
Barntrup|32683|LIP|NRW
Blomberg|32825|LIP|NRW
Lügde|32676|LIP|NRW
Schlangen|33189|PB|NRW
Bad Lippspringe|33175|PB|NRW
Delbrück|33129|PB|NRW
Salzkotten|33154|PB|NRW
Bad Wünnenberg|33181|PB|NRW
Brakel|33034|HX|NRW
Steinheim|32839|HX|NRW
Nieheim|33039|HX|NRW
Borgentreich|34434|HX|NRW
Willebadessen|34439|HX|NRW
Marsberg|34431|HSK|NRW
Medebach|59964|HSK|NRW
Hallenberg|59969|HSK|NRW
Schmallenberg|57392|HSK|NRW
Sundern|59846|HSK|NRW
Eslohe|59889|HSK|NRW
Bestwig|59909|HSK|NRW
Olsberg|59939|HSK|NRW
Lennestadt|57368|OE|NRW
Kirchhundem|57399|OE|NRW
Finnentrop|57413|OE|NRW
Attendorn|57439|OE|NRW
Drolshagen|57489|OE|NRW
Netphen|57250|SI|NRW
Hilchenbach|57271|SI|NRW
Kreuztal|57223|SI|NRW
Burbach|57299|SI|NRW
Wilnsdorf|57234|SI|NRW
Erndtebrück|57339|SI|NRW
Bad Laasphe|57334|SI|NRW
Meinerzhagen|58540|MK|NRW
Kierspe|58566|MK|NRW
Halver|58553|MK|NRW
Schalksmühle|58579|MK|NRW
Herscheid|58849|MK|NRW
Plettenberg|58840|MK|NRW
Werdohl|58791|MK|NRW
Balve|58802|MK|NRW
Neuenrade|58809|MK|NRW
Hemer|58675|MK|NRW
Breckerfeld|58339|EN|NRW
Sprockhövel|45549|EN|NRW
Ennepetal|58256|EN|NRW
Radevormwald|42477|GM|NRW
Hückeswagen|42499|GM|NRW
Wipperfürth|51688|GM|NRW
Lindlar|51789|GM|NRW
Engelskirchen|51766|GM|NRW
Nümbrecht|51588|GM|NRW
Reichshof|51580|GM|NRW
Morsbach|51597|GM|NRW
Waldbröl|51545|GM|NRW
Windeck|51570|SU|NRW
Eitorf|53783|SU|NRW
Ruppichteroth|53809|SU|NRW
Swisttal|53913|SU|NRW
Rheinbach|53359|SU|NRW
Meckenheim|53340|SU|NRW
Wachtberg|53343|SU|NRW
Alfter|53347|SU|NRW
Zülpich|53909|EU|NRW
Mechernich|53894|EU|NRW
Bad Münstereifel|53902|EU|NRW
Blankenheim|53945|EU|NRW
Nettersheim|53947|EU|NRW
Hellenthal|53940|EU|NRW
Schleiden|53937|EU|NRW
Nideggen|52385|DN|NRW
Kreuzau|52372|DN|NRW
Langerwehe|52379|DN|NRW
Titz|52445|DN|NRW
Linnich|52441|DN|NRW
Aldenhoven|52457|DN|NRW
Niederzier|52382|DN|NRW
Monschau|52156|AC|NRW
Simmerath|52152|AC|NRW
Roetgen|52159|AC|NRW
Baesweiler|52499|AC|NRW
Würselen|52146|AC|NRW
Übach-Palenberg|52531|HS|NRW
Gangelt|52538|HS|NRW
Waldfeucht|52525|HS|NRW
Wassenberg|41849|HS|NRW
Wegberg|41844|HS|NRW
Niederkrüchten|41372|VIE|NRW
Brüggen|41379|VIE|NRW
Schwalmtal|41366|VIE|NRW
Grefrath|47929|VIE|NRW
Straelen|47638|KLE|NRW
Kevelaer|47623|KLE|NRW
Weeze|47652|KLE|NRW
Uedem|47589|KLE|NRW
Kalkar|47546|KLE|NRW
Rees|46459|KLE|NRW
Kranenburg|47559|KLE|NRW
Bedburg-Hau|47551|KLE|NRW
Hamminkeln|46499|WES|NRW
Schermbeck|46514|WES|NRW
Hünxe|46569|WES|NRW
Sonsbeck|47665|WES|NRW
Xanten|46509|WES|NRW
Isselburg|46419|BOR|NRW
Südlohn|46354|BOR|NRW
Vreden|48691|BOR|NRW
Stadtlohn|48703|BOR|NRW
Heek|48619|BOR|NRW
Legden|48739|BOR|NRW
Gescher|48712|BOR|NRW
Velen|46342|BOR|NRW
Raesfeld|46348|BOR|NRW
Ochtrup|48607|ST|NRW
Metelen|48629|ST|NRW
Wettringen|48493|ST|NRW
Hörstel|48477|ST|NRW
Mettingen|49497|ST|NRW
Westerkappeln|49492|ST|NRW
Lienen|49536|ST|NRW
Ladbergen|49549|ST|NRW
Saerbeck|48369|ST|NRW
Horstmar|48612|ST|NRW
Nottuln|48301|COE|NRW
Billerbeck|48727|COE|NRW
Rosendahl|48720|COE|NRW
Havixbeck|48329|COE|NRW
Ascheberg|59387|COE|NRW
Olfen|59399|COE|NRW
Nordkirchen|59394|COE|NRW
Everswinkel|48351|WAF|NRW
Ostbevern|48346|WAF|NRW
Sassenberg|48336|WAF|NRW
Wadersloh|59329|WAF|NRW
Ennigerloh|59320|WAF|NRW
Drensteinfurt|48317|WAF|NRW
Sendenhorst|48324|WAF|NRW
Lippetal|59510|SO|NRW
Welver|59514|SO|NRW
Rüthen|59602|SO|NRW
Wickede (Ruhr)|58739|SO|NRW
Erwitte|59597|SO|NRW
Anröchte|59609|SO|NRW
Oschersleben (Bode)|39387|BK|SAT
Haldensleben|39340|BK|SAT
Wolmirstedt|39326|BK|SAT
Genthin|39307|JL|SAT
Gommern|39245|JL|SAT
Sandersdorf-Brehna|06792|ABI|SAT
Raguhn-Jeßnitz|06779|ABI|SAT
Aken (Elbe)|06385|ABI|SAT
Staßfurt|39418|SLK|SAT
Könnern|06420|SLK|SAT
Hettstedt|06333|MSH|SAT
Allstedt|06542|MSH|SAT
Querfurt|06268|SK|SAT
Leuna|06237|SK|SAT
Bad Dürrenberg|06231|SK|SAT
Schkopau|06258|SK|SAT
Wettin-Löbejün|06193|SK|SAT
Hohenmölsen|06679|BLK|SAT
Lützen|06686|BLK|SAT
Nebra (Unstrut)|06642|BLK|SAT
Laucha an der Unstrut|06636|BLK|SAT
Blankenburg (Harz)|38889|HZ|SAT
Ilsenburg (Harz)|38871|HZ|SAT
Osterwieck|38835|HZ|SAT
Thale|06502|HZ|SAT
Klötze|38486|SAW|SAT
Arendsee (Altmark)|39619|SAW|SAT
Osterburg (Altmark)|39606|SDL|SAT
Tangerhütte|39517|SDL|SAT
Havelberg|39539|SDL|SAT
Tangermünde|39590|SDL|SAT
Zahna-Elster|06895|WB|SAT
Kemberg|06901|WB|SAT
Oranienbaum-Wörlitz|06785|WB|SAT
Gräfenhainichen|06772|WB|SAT
Kölleda|99625|SÖM|SAT
Weißensee|99631|SÖM|SAT
Bad Frankenhausen|06567|KYF|SAT
Greußen|99718|KYF|SAT
Ebeleben|99713|KYF|SAT
Bad Langensalza|99947|UH|SAT
Leinefelde-Worbis|37327|EIC|SAT
Dingelstädt|37351|EIC|SAT
Bleicherode|99752|NDH|SAT
Ellrich|99755|NDH|SAT
Bad Sulza|99518|AP|SAT
Kahla|07768|SHK|SAT
Stadtroda|07646|SHK|SAT
Hermsdorf|07629|SHK|SAT
Pößneck|07381|SOK|SAT
Neustadt an der Orla|07806|SOK|SAT
Bad Lobenstein|07356|SOK|SAT
Bad Blankenburg|07422|SLF|SAT
Königsee|07426|SLF|SAT
Stadtilm|99326|IK|SAT
Ohrdruf|99885|GTH|SAT
Waltershausen|99880|GTH|SAT
Friedrichroda|99894|GTH|SAT
Bad Liebenstein|36448|WAK|SAT
Steinbach-Hallenberg|98587|SM|SAT
Zella-Mehlis|98544|SM|SAT
Eisfeld|98673|HBN|SAT
Neuhaus am Rennweg|98724|SON|SAT
Schmölln|04626|ABG|SAT
Meuselwitz|04610|ABG|SAT
Zeulenroda-Triebes|07937|GRZ|SAT
Ronneburg|07580|GRZ|SAT
Weida|07570|GRZ|SAT
Berga/Elster|07980|GRZ|SAT
Bad Sobernheim|55566|KH|RPS
Kirchheimbolanden|67292|KIB|RPS
Rockenhausen|67806|KIB|RPS
Winnweiler|67722|KIB|RPS
Wörrstadt|55286|AZ|RPS
Osthofen|67574|WO|RPS
Nierstein|55283|MZ|RPS
Oppenheim|55276|MZ|RPS
Nieder-Olm|55268|MZ|RPS
Stromberg|55442|KH|RPS
Kastellaun|56288|SIM|RPS
Emmelshausen|56281|SIM|RPS
Oberwesel|55430|SIM|RPS
Bacharach|55422|MZ|RPS
Nassau|56377|EMS|RPS
Katzenelnbogen|56368|EMS|RPS
Nastätten|56355|EMS|RPS
Westerburg|56457|WW|RPS
Hachenburg|57627|WW|RPS
Bad Marienberg|56470|WW|RPS
Ransbach-Baumbach|56235|WW|RPS
Höhr-Grenzhausen|56203|WW|RPS
Betzdorf|57518|AK|RPS
Wissen|57537|AK|RPS
Daaden|57567|AK|RPS
Flammersfeld|57632|AK|RPS
Asbach|53567|NR|RPS
Unkel|53572|NR|RPS
Dierdorf|56269|NR|RPS
Puderbach|56305|NR|RPS
Bad Hönningen|53557|NR|RPS
Sinzig|53489|AW|RPS
Adenau|53518|AW|RPS
Bad Breisig|53498|AW|RPS
Mendig|56743|MYK|RPS
Polch|56751|MYK|RPS
Weißenthurm|56575|MYK|RPS
Vallendar|56179|MYK|RPS
Kaisersesch|56759|COC|RPS
Ulmen|56766|COC|RPS
Gerolstein|54568|DAU|RPS
Hillesheim|54576|DAU|RPS
Manderscheid|54531|WIL|RPS
Traben-Trarbach|56841|WIL|RPS
Morbach|54497|WIL|RPS
Thalfang|54424|WIL|RPS
Hermeskeil|54411|TR|RPS
Schweich|54338|TR|RPS
Konz|54329|TR|RPS
Kell am See|54427|TR|RPS
Speicher|54662|BIT|RPS
Neuerburg|54673|BIT|RPS
Arzfeld|54687|BIT|RPS
Baumholder|55774|BIR|RPS
Herrstein|55756|BIR|RPS
Lauterecken|67742|KUS|RPS
Wolfstein|67752|KUS|RPS
Landstuhl|66849|KL|RPS
Otterbach|67731|KL|RPS
Enkenbach-Alsenborn|67677|KL|RPS
Hochspeyer|67691|KL|RPS
Waldfischbach-Burgalben|67714|PS|RPS
Rodalben|66976|PS|RPS
Dahn|66994|PS|RPS
Hauenstein|76846|PS|RPS
Annweiler am Trifels|76855|SÜW|RPS
Edenkoben|67480|SÜW|RPS
Herxheim|76863|SÜW|RPS
Bad Bergzabern|76887|SÜW|RPS
Kandel|76870|GER|RPS
Jockgrim|76751|GER|RPS
Lingenfeld|67360|GER|RPS
Bellheim|76756|GER|RPS
Haßloch|67454|DÜW|RPS
Grünstadt|67269|DÜW|RPS
Lambrecht (Pfalz)|67466|DÜW|RPS
Deidesheim|67146|DÜW|RPS
Freinsheim|67251|DÜW|RPS
Limburgerhof|67117|RP|RPS
Mutterstadt|67112|RP|RPS
Dudenhofen|67373|RP|RPS
Römerberg|67354|RP|RPS
Bobenheim-Roxheim|67240|RP|RPS
Lebach|66822|SLS|RPS
Schmelz|66839|SLS|RPS
Wadgassen|66787|SLS|RPS
Rehlingen-Siersburg|66780|SLS|RPS
Überherrn|66802|SLS|RPS
Wallerfangen|66798|SLS|RPS
Beckingen|66701|MZG|RPS
Losheim am See|66679|MZG|RPS
Mettlach|66693|MZG|RPS
Perl|66706|MZG|RPS
Wadern|66687|MZG|RPS
Weiskirchen|66709|MZG|RPS
Nohfelden|66625|WND|RPS
Tholey|66636|WND|RPS
Freisen|66629|WND|RPS
Marpingen|66646|WND|RPS
Eppelborn|66571|NK|RPS
Schiffweiler|66578|NK|RPS
Merchweiler|66589|NK|RPS
Spiesen-Elversberg|66583|NK|RPS
Ottweiler|66564|NK|RPS
Kirkel|66459|HOM|RPS
Bexbach|66450|HOM|RPS
Gersheim|66453|HOM|RPS
Mandelbachtal|66399|SB|RPS
Kleinblittersdorf|66271|SB|RPS
Heusweiler|66265|SB|RPS
Riegelsberg|66292|SB|RPS
Quierschied|66287|SB|RPS
""")

STREET_BASES = ['Breslauer', 'Königsberger', 'Stettiner', 'Danziger', 'Memeler', 'Tilsiter', 'Allensteiner',
                'Gleiwitzer', 'Liegnitzer', 'Oppelner', 'Elbinger', 'Kolberger', 'Stolper', 'Insterburger', 'Glatzer',
                'Hirschberger', 'Marienburger', 'Bromberger', 'Rastenburger', 'Lötzener', 'Diesel', 'Röntgen',
                'Otto-Lilienthal-', 'Zeppelin', 'Zuse', 'Gutenberg', 'Kepler', 'Kopernikus', 'Fraunhofer', 'Bunsen',
                'Liebig', 'Daimler', 'Maybach', 'Novalis', 'Brentano', 'Uhland', 'Hauff', 'Chamisso', 'Kerner',
                'Eichendorff', 'Nolde', 'Macke', 'Feininger', 'Pechstein', 'Kirchner', 'Melanchthon', 'Zwingli',
                'Hafer', 'Gersten', 'Roggen', 'Dinkel', 'Flachs', 'Hopfen', 'Raps', 'Rüben', 'Zehnt', 'Gewann', 'Hufen',
                'Trift', 'Anger', 'Brühl', 'Kämpe', 'Morgenrot', 'Abendrot', 'Regenbogen', 'Sonnen', 'Sternwarten',
                'Glockengießer', 'Seiler', 'Kupferschmiede', 'Bürstenbinder', 'Kammmacher', 'Zinngießer', 'Salzsieder',
                'Flößer', 'Wagner', 'Drechsler', 'Böttcher', 'Schuster', 'Kürschner', 'Posamentierer', 'Tuchmacher']
FIXED_STREETS = ['Am Kalkofen', 'Auf dem Kamp', 'Am Schlagbaum', 'Zur Ölmühle', 'Am Hexenturm', 'An der Pferdeschwemme',
                 'Am Bleichplatz', 'Auf der Bünte', 'Im Hagen', 'Unterm Kirchberg', 'Am Zehnthof', 'An der Ziegelhütte',
                 'Am Gänsemarkt', 'Hinter den Höfen', 'Zum Hünenstein', 'Am Rosengarten', 'Im Eichholz', 'Am Vogelherd',
                 'Auf der Schanze', 'Am Pulverturm', 'Neue Reihe', 'Am Hopfengarten', 'An der Kleinbahn', 'Am Lokschuppen',
                 'Zur Kaserne', 'An der Feldscheune', 'Am Brauhaus', 'Am Sonnenhang', 'Kleiner Kamp', 'Großer Plan',
                 'Am Steinbruch', 'Auf dem Brink', 'Zum Hochbehälter', 'Im Sack', 'Am Tie', 'Hinterm Zaun', 'Bei der Mühle',
                 'Am Rabenstein', 'Zwischen den Gärten', 'Am Dorfteich', 'Auf der Hardt', 'In der Aue', 'Am Schäferberg']
COMPANY_WORDS = ['Lindwurm', 'Fährmann', 'Seidenfaden', 'Blaupause', 'Zugvogel', 'Kompassrose', 'Leuchtfeuer', 'Ankerplatz',
                 'Wegwarte', 'Birkenhain', 'Steinadler', 'Sandkorn', 'Bergkristall', 'Glühwurm', 'Wetterhahn', 'Silberdistel',
                 'Morgenland', 'Flinkfuß', 'Hammerschlag', 'Kornblume', 'Tausendfüßler', 'Eulenspiegel', 'Kiepenkerl',
                 'Rübezahl', 'Knappenhof', 'Haldenblick', 'Moselperle', 'Saarschleife', 'Hunsrückhöhe', 'Westerwaldblick',
                 'Sauerlandpfeil', 'Eifelgold', 'Börde-Express', 'Altmark-Frisch', 'Rennsteig', 'Kyffhäuserland',
                 'Pfalzgraf', 'Weinkeller', 'Schwalbennest', 'Apfelbaum', 'Sternschnuppe', 'Ginkgo', 'Holzwurm', 'Nordstern',
                 'Brückenschlag', 'Mühlstein', 'Goldammer', 'Heckenrose']
BRANDS = ['Hellweg', 'toom Baumarkt', 'Globus', 'Norma', 'Action', 'Pepco', 'Müller Drogerie', 'Ernsting\'s family', 'Kik',
          'Primark', 'Burger King', 'Subway', 'Nordsee', 'Backwerk', 'Ditsch', 'Kamps', 'Penny', 'Netto Marken-Discount',
          'Aldi Nord', 'Amazon Logistik', 'UPS', 'FedEx', 'Rhenus Logistics', 'Kühne + Nagel', 'DB Schenker', 'Hellmann',
          'Loxxess', 'Arvato', 'Westfleisch', 'Wiesenhof', 'Haribo', 'Lambertz', 'Coppenrath & Wiese', 'Claas', 'Miele',
          'Hella', 'ISS Facility Services', 'WISAG', 'Dussmann', 'Piepenbrock', 'Lieferando', 'Wolt', 'Flaschenpost',
          'Picnic', 'Knuspr', 'HelloFresh', 'About You', 'Otto Group', 'Weltbild', 'Villeroy & Boch', 'Globus Baumarkt',
          'Karlsberg Brauerei', 'Bitburger', 'Hochwald Foods', 'Schott', 'Boehringer Ingelheim', 'Jenoptik', 'Zeiss',
          'Viessmann', 'Wepa', 'Krombacher', 'Veltins', 'Warsteiner', 'Dr. Oetker', 'Bertelsmann', 'Tönnies']
TRADES = ['Garten- und Landschaftsbau', 'Gebäudereinigung', 'Trockenbau', 'Fliesenlegerei', 'Dachdeckerei',
          'Metallbau', 'Kfz-Werkstatt', 'Pflegedienst', 'Umzugsservice', 'Kurierdienst', 'Sicherheitsdienst',
          'Bäckerei', 'Fleischerei', 'Gastronomie', 'Hausmeisterservice', 'Elektrotechnik', 'Malerbetrieb', 'Zeitarbeit',
          'Personaldienstleistungen', 'Logistik', 'Transporte', 'Recycling', 'Textilpflege', 'Catering', 'Montagebau',
          'Landhandel', 'Holzbau', 'Steinmetzbetrieb', 'Paketdienst', 'Reifenservice']
LEGAL = ['GmbH', 'GmbH & Co. KG', 'GmbH & Co KG', 'UG (haftungsbeschränkt)', 'e.K.', 'KG', 'OHG', 'AG', 'gGmbH', 'GbR',
         'eG', 'mbH', 'Inh. e.K.', 'Ltd.', 'SE']
NAMED_BODIES = [  # (name, subtype)
    ('AOK Rheinland/Hamburg', 'health'), ('AOK Rheinland-Pfalz/Saarland', 'health'), ('AOK PLUS', 'health'),
    ('IKK Südwest', 'health'), ('BIG direkt gesund', 'health'), ('HEK – Hanseatische Krankenkasse', 'health'),
    ('hkk Krankenkasse', 'health'), ('Audi BKK', 'health'), ('SBK Siemens-Betriebskrankenkasse', 'health'),
    ('Mobil Krankenkasse', 'health'), ('BKK firmus', 'health'), ('VIACTIV Krankenkasse', 'health'), ('Salus BKK', 'health'),
    ('IKK gesund plus', 'health'), ('BKK Pfalz', 'health'), ('Bertelsmann BKK', 'health'),
    ('Deutsche Rentenversicherung Rheinland-Pfalz', 'pension'), ('Deutsche Rentenversicherung Mitteldeutschland', 'pension'),
    ('Deutsche Rentenversicherung Westfalen', 'pension'), ('Deutsche Rentenversicherung Saarland', 'pension'),
    ('Landesamt für Soziales, Jugend und Versorgung', 'authority'), ('Thüringer Landesverwaltungsamt', 'authority'),
    ('Landesverwaltungsamt Sachsen-Anhalt', 'authority'), ('Landesamt für Soziales Saarland', 'authority'),
    ('Sozialdienst katholischer Frauen', 'social'), ('Evangelische Jugendhilfe Friedenshort', 'social'),
    ('Kreuzbund', 'social'), ('Der Paritätische', 'social'), ('Christliches Jugenddorfwerk', 'social'),
    ('Internationaler Bund', 'social'), ('Kolping-Bildungswerk', 'social'), ('Deutscher Kinderschutzbund', 'social'),
    ('Refugio Thüringen', 'social'), ('Flüchtlingsrat Rheinland-Pfalz', 'social'), ('Multikulturelles Forum', 'social'),
    ('Westpfalz-Klinikum', 'clinic'), ('Marienhaus Klinikum', 'clinic'), ('LVR-Klinik', 'clinic'),
    ('SHG-Kliniken Sonnenberg', 'clinic'), ('Ökumenisches Hainich Klinikum', 'clinic'),
    ('Berufsförderungswerk Birkenfeld', 'school'), ('Kreismusikschule', 'school'),
]
INST_TYPES = [  # (pattern with {T} town, subtype)
    ('Verbandsgemeindeverwaltung {T}', 'authority'), ('Sozialamt der Verbandsgemeinde {T}', 'authority'),
    ('Kreisverwaltung {T}', 'authority'), ('Ordnungsamt {T}', 'authority'), ('Bürgerbüro der Stadt {T}', 'authority'),
    ('Ausländerbehörde des Kreises {T}', 'immigration'), ('Einbürgerungsstelle {T}', 'immigration'),
    ('Kreisjugendamt {T}', 'authority'), ('Wohngeldbehörde {T}', 'authority'), ('Unterhaltsvorschusskasse {T}', 'authority'),
    ('Amtsgericht {T}', 'court'), ('Arbeitsgericht {T}', 'court'), ('Sozialgericht {T}', 'court'),
    ('Amtsgericht {T} – Betreuungsgericht', 'court'), ('Verwaltungsgericht {T}', 'court'),
    ('Realschule plus {T}', 'school'), ('Gemeinschaftsschule {T}', 'school'), ('Regelschule {T}', 'school'),
    ('Sekundarschule {T}', 'school'), ('Berufskolleg {T}', 'vhs'), ('Berufsbildende Schule {T}', 'school'),
    ('IGS {T}', 'school'), ('Volkshochschule {T}', 'vhs'), ('Kreisvolkshochschule {T}', 'vhs'), ('Abendrealschule {T}', 'vhs'), ('Grundschule {T}', 'school'),
    ('Kita St. Martin {T}', 'kita'), ('Kindertagesstätte Regenbogenland {T}', 'kita'), ('Integrative Kita {T}', 'kita'),
    ('Kita Spatzennest {T}', 'kita'), ('Waldkita {T}', 'kita'),
    ('Klinikum {T}', 'clinic'), ('Psychiatrische Institutsambulanz {T}', 'clinic'), ('Fachklinik {T}', 'clinic'),
    ('Suchtberatung der Diakonie {T}', 'social'), ('Caritasverband {T}', 'social'), ('Diakonisches Werk {T}', 'social'),
    ('Stadtmission {T}', 'social'), ('Migrationsdienst {T}', 'social'), ('Tafel {T}', 'social'),
    ('Schuldnerberatung des Kreises {T}', 'social'), ('Frauenhaus {T}', 'social'), ('Mehrgenerationenhaus {T}', 'social'),
    ('Polizeiinspektion {T}', 'police'), ('Polizeiwache {T}', 'police'), ('Kriminalinspektion {T}', 'police'),
    ('Jobcenter {T}', 'authority'), ('Agentur für Arbeit {T}', 'authority'), ('Finanzamt {T}', 'authority'),
    ('Standesamt {T}', 'authority'), ('Gesundheitsamt {T}', 'authority'),
]
CONSULATES = ['Botschaft der Föderalen Republik Somalia', 'Generalkonsulat der Republik Kosovo in Frankfurt am Main',
              'Botschaft der Republik Serbien', 'Generalkonsulat der Republik Bulgarien in München',
              'Botschaft der Sozialistischen Republik Vietnam', 'Generalkonsulat der Bundesrepublik Nigeria in Frankfurt am Main',
              'Botschaft der Republik Ghana', 'Botschaft von Bosnien und Herzegowina',
              'Generalkonsulat der Islamischen Republik Afghanistan in Bonn', 'Botschaft der Republik Albanien',
              'Konsulat der Republik Serbien in Düsseldorf', 'Generalkonsulat von Bosnien und Herzegowina in Stuttgart',
              'Botschaft der Republik Bulgarien']
FOREIGN = [  # (address, country code)
    ('Mai Temenai, Street 171-9, House 12, Asmara', 'ER'), ('Tiravolo, Street 245-11, Haus 8, Asmara', 'ER'),
    ('Edaga Hamus, 3. Straße links, Haus 4, Mendefera', 'ER'),
    ('Hodan District, KM4, Taleex Road, Mogadishu', 'SO'), ('Jigjiga Yar, Road 1, House 33, Hargeisa', 'SO'),
    ('Waaberi, Degmada Wadajir, Muqdisho', 'SO'),
    ('Shahr-e Naw, Kucha-ye Qasabi, Haus 5, Kabul', 'AF'), ('Nahia 3, Jade-ye Walayat, Herat', 'AF'),
    ('Jalalabad, Nahia 2, Sarak-e Talashi, Haus 17', 'AF'),
    ('Rr. Agim Ramadani 23, 10000 Prishtinë', 'XK'), ('Rruga Mbretëresha Teutë 7, 20000 Prizren', 'XK'),
    ('Rr. Adem Jashari p.n., 30000 Pejë', 'XK'), ('Rruga e Kavajës, Pall. 112, Shk. 3, Ap. 14, Tiranë', 'AL'),
    ('Lagjja 4, Rruga Durrës–Kavajë, 2001 Durrës', 'AL'),
    ('Bulevar oslobođenja 45, 21000 Novi Sad', 'RS'), ('Ul. Vojvode Mišića 8/3, 18000 Niš', 'RS'),
    ('Trg slobode 3, 75000 Tuzla', 'BA'), ('Ul. Maršala Tita 114, 72000 Zenica', 'BA'),
    ('zh.k. Lyulin, bl. 512, vh. B, ap. 34, 1324 Sofia', 'BG'), ('ul. Tsar Simeon 14, 9000 Varna', 'BG'),
    ('kv. Stolipinovo, ul. 6 Nr. 11, 4000 Plovdiv', 'BG'),
    ('So 12, Ngo 45, Pho Hue, Quan Hai Ba Trung, Ha Noi', 'VN'), ('123/4 Nguyen Trai, Phuong 2, Quan 5, TP. Ho Chi Minh', 'VN'),
    ('Plot 14, Adeola Odeku Street, Victoria Island, Lagos', 'NG'), ('No. 23 Sapele Road, Benin City, Edo State', 'NG'),
    ('House No. 12, Osu Badu Street, Dzorwulu, Accra', 'GH'), ('Plot 4 Block C, Tanoso, Kumasi', 'GH'),
    ('Qamişlo, Taxa Kornîş, Kolana 7, Mal 14', 'SY'), ('Kobanê, Taxa Botan, Nr. 7', 'SY'), ('Amûdê, Şeqama Serhildan 22', 'SY'),
]

OWN_POOLS = {
    'towns': ('word', TOWNS),
    'streetBases': ('prefix', STREET_BASES),
    'fixedStreets': ('word', FIXED_STREETS),
    'companyWords': ('prefix', COMPANY_WORDS),
    'brands': ('word', BRANDS),
    'namedBodies': ('word', NAMED_BODIES),
    'consulates': ('word', CONSULATES),
    'foreignAddresses': ('word', FOREIGN),
}
