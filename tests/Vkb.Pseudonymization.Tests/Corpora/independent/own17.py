"""Own lists for heldout17, written from my own knowledge for this split (no external list, no Faker, nothing downloaded).
Licence: written for the Vkb project, same terms as the repository.
Postcodes, area codes and plate codes are from memory and not checked against a register (they may be off)."""

# ---------------------------------------------------------------- names per population (before the disjointness filter)
OWN_NAMES = {
    # Bretons (Brittany, France): Breton given names, single-word Breton family names
    'br17': {
        'm': ['Gwenaël', 'Erwan', 'Tanguy', 'Goulven', 'Brieuc', 'Tugdual', 'Corentin', 'Gurvan', 'Youenn', 'Riwal', 'Armel',
              'Jakez', 'Fañch', 'Herlé', 'Ewen', 'Tudal', 'Guénolé', 'Divi', 'Paol', 'Maodez', 'Gwendal', 'Iwan', 'Glenn',
              'Konan', 'Neven', 'Padrig', 'Tristan', 'Arzhur', 'Gweltaz', 'Erwann', 'Loeiz', 'Mikael', 'Goustan'],
        'f': ['Gwenaëlle', 'Nolwenn', 'Anaïg', 'Maïwenn', 'Enora', 'Rozenn', 'Soazig', 'Katell', 'Azenor', 'Gwenola', 'Awena',
              'Bleuenn', 'Klervi', 'Lenaïg', 'Maela', 'Gaïd', 'Tifenn', 'Sterenn', 'Aziliz', 'Youna', 'Mannaig', 'Solenn',
              'Nevena', 'Gwenn', 'Morgan', 'Annick', 'Rozenig', 'Maiwenn', 'Oanez', 'Gwladys', 'Tiphaine'],
        's': ['Kerjean', 'Quéméner', 'Kerhervé', 'Morvan', 'Kervella', 'Prigent', 'Cadiou', 'Pennec', 'Quiniou', 'Tréguer',
              'Penven', 'Kerdraon', 'Guéguen', 'Jézéquel', 'Coatanéa', 'Kerbrat', 'Bothorel', 'Caradec', 'Guivarc’h', 'Kerneis',
              'Nédélec', 'Quéré', 'Salaün', 'Trémel', 'Kermarrec', 'Kerouédan', 'Pouliquen', 'Scouarnec', 'Toullec', 'Uguen',
              'Goasdoué', 'Kergoat', 'Abgrall', 'Floc’h', 'Gourvennec', 'Hascoët', 'Lagadec', 'Madec', 'Pérennou', 'Postic',
              'Quelennec', 'Tanvez', 'Le Scouëzec', 'Kerlévéo', 'Coadou', 'Créac’h', 'Derrien', 'Gloaguen', 'Inizan',
              'Kersaudy', 'Lannuzel', 'Méar', 'Omnès', 'Pichavant', 'Riou', 'Stéphan', 'Tromeur', 'Yvinec', 'Corre'],
    },
    # Romansh-speaking Grisons (Graubünden, Switzerland)
    'rm17': {
        'm': ['Gion', 'Giusep', 'Linard', 'Duri', 'Flurin', 'Curdin', 'Gieri', 'Placi', 'Niculin', 'Andri', 'Corsin', 'Fadri',
              'Ursin', 'Luregn', 'Benedetg', 'Tumasch', 'Riet', 'Schimun', 'Peder', 'Chasper', 'Clo', 'Gian Reto', 'Mengiardi',
              'Duosch', 'Giachen', 'Durich', 'Baltermia', 'Gudench', 'Nicolin', 'Armon', 'Jachen', 'Men'],
        'f': ['Mengia', 'Ursina', 'Seraina', 'Flurina', 'Annatina', 'Madlaina', 'Ladina', 'Cilgia', 'Chatrina', 'Mierta',
              'Barla', 'Uorschla', 'Giulitta', 'Gianna', 'Corina', 'Nesa', 'Tumasina', 'Bigna', 'Curdina', 'Neina', 'Onna',
              'Margriata', 'Flurinda', 'Menga', 'Ottilia', 'Elsbetta', 'Tina', 'Selina', 'Riccarda', 'Annina'],
        's': ['Cathomen', 'Caduff', 'Casutt', 'Derungs', 'Bundi', 'Cavelti', 'Tuor', 'Capaul', 'Deplazes', 'Venzin', 'Arpagaus',
              'Candinas', 'Camenisch', 'Cadonau', 'Tschuor', 'Bearth', 'Gadient', 'Sialm', 'Cajacob', 'Caviezel', 'Collenberg',
              'Defuns', 'Cantieni', 'Janett', 'Mischol', 'Padrun', 'Pitsch', 'Sarott', 'Tönz', 'Vincenz', 'Cadruvi', 'Cabalzar',
              'Brunold', 'Coray', 'Tgetgel', 'Spescha', 'Bisquolm', 'Durschei', 'Montalta', 'Sgier', 'Caminada', 'Carigiet',
              'Berther', 'Cavegn', 'Desax', 'Flepp', 'Hendry', 'Maissen', 'Muoth', 'Solèr', 'Cadalbert', 'Riedi', 'Schmid-Caduff',
              'Darms', 'Fontana', 'Luzi', 'Peer', 'Pult', 'Florineth', 'Könz', 'Parli', 'Melcher'],
    },
    # Mascarene and Seychelles islands: Indo-Mauritian, Creole, Franco- and Sino-Mauritian, Réunionnais, Seychellois
    'mu17': {
        'm': ['Vikash', 'Yashvin', 'Kheshav', 'Dhaneshwar', 'Ashvin', 'Pravind', 'Anerood', 'Sooraj', 'Kreshan', 'Bhavish',
              'Rajcoomar', 'Dhanraj', 'Harrykrishna', 'Deenesh', 'Leckraz', 'Roodraj', 'Jayraj', 'Ravindranath', 'Yoosuf',
              'Oumesh', 'Veeresh', 'Sunnil', 'Nitish', 'Yuvraj', 'Kovilen', 'Jean-Clément', 'Willy', 'Wilfrid', 'Gervais',
              'Ludovic', 'Mathurin', 'Bertrand'],
        'f': ['Vidisha', 'Trishna', 'Deeksha', 'Nishta', 'Yovana', 'Kushboo', 'Leelawtee', 'Soorya', 'Anjalee', 'Dooshila',
              'Bhagwantee', 'Premila', 'Koomaree', 'Indranee', 'Sooryawtee', 'Sarojini', 'Lalita', 'Vedika', 'Poonam',
              'Heemlata', 'Bhavna', 'Yashna', 'Keshnee', 'Marie-Josée', 'Marie-Noëlle', 'Ginette', 'Ghislaine', 'Maryse',
              'Josiane', 'Edwige', 'Ketty'],
        's': ['Ramgoolam', 'Jugnauth', 'Boolell', 'Seeburn', 'Dookun', 'Rughoobur', 'Beekhun', 'Ramdhony', 'Gokhool', 'Sookun',
              'Bhugun', 'Jhugroo', 'Moutou', 'Labonne', 'Lagesse', 'Bundhoo', 'Seetaram', 'Dabeesing', 'Gopaul', 'Ramphul',
              'Ramtohul', 'Sewraz', 'Boodhoo', 'Dulloo', 'Teeluck', 'Lutchmun', 'Nundoo', 'Rughooputh', 'Payet', 'Hoarau',
              'Grondin', 'Técher', 'Nativel', 'Dijoux', 'Lauret', 'Clain', 'Bègue', 'Ethève', 'Sautron', 'Mussard', 'Hoareau',
              'Labiche', 'Estrale', 'Servina', 'Ravaton', 'Bistoquet', 'Pothin', 'Vellayoudom', 'Moutoussamy', 'Virapoullé',
              'Ah-Chuen', 'Lam Po Tang', 'Li Kwong Ken', 'Appadoo', 'Goburdhun', 'Jhurry', 'Khodabux', 'Peerbocus', 'Soobrayen',
              'Toussaint', 'Rabaud', 'Fanchette'],
    },
    # Marathi and Kannada (Maharashtra, Karnataka; IT specialists, students, family reunification)
    'mh17': {
        'm': ['Aniket', 'Omkar', 'Pranav', 'Tejas', 'Saurabh', 'Mandar', 'Ninad', 'Chinmay', 'Vaibhav', 'Shantanu', 'Sushant',
              'Amey', 'Harshad', 'Kedar', 'Abhijit', 'Shreyas', 'Prasad', 'Mangesh', 'Girish', 'Yashwant', 'Dnyaneshwar',
              'Manjunath', 'Basavaraj', 'Shivakumar', 'Nagaraj', 'Puneeth', 'Darshan', 'Yatish', 'Chethan', 'Guruprasad',
              'Sandesh', 'Tushar', 'Aditya', 'Parag'],
        'f': ['Sayali', 'Ketaki', 'Mrunal', 'Gauri', 'Madhura', 'Rucha', 'Sanika', 'Tanvi', 'Pallavi', 'Ashwini', 'Manasi',
              'Aboli', 'Prajakta', 'Shraddha', 'Rohini', 'Bhagyashree', 'Kavya', 'Sahana', 'Spoorthi', 'Pavithra', 'Shwetha',
              'Rakshitha', 'Chaitra', 'Varsha', 'Mugdha', 'Radhika', 'Amruta', 'Gayatri', 'Deepti', 'Swapna'],
        's': ['Kulkarni', 'Deshpande', 'Jadhav', 'Pawar', 'Gaikwad', 'Shinde', 'Deshmukh', 'Bhosale', 'Chavan', 'Gokhale', 'Apte',
              'Phadke', 'Karmarkar', 'Dabholkar', 'Sawant', 'Khandekar', 'Waghmare', 'Mhatre', 'Bapat', 'Paranjape', 'Kelkar',
              'Ranade', 'Godbole', 'Sathe', 'Chitale', 'Dhamankar', 'Gowda', 'Hegde', 'Kamath', 'Shenoy', 'Hebbar', 'Upadhya',
              'Kini', 'Puranik', 'Huliyar', 'Belavadi', 'Doddamani', 'Halappa', 'Byrappa', 'Nadkarni', 'Vaidya', 'Limaye',
              'Joglekar', 'Kanitkar', 'Tendulkar', 'Thakre', 'Borkar', 'Ingle', 'Salunkhe', 'Mane', 'Kadam', 'Gadgil',
              'Karnad', 'Ballal', 'Adiga', 'Karanth', 'Urs', 'Nayak'],
    },
    # Copts (Egyptian Christians) and Coptic families from Upper Egypt
    'co17': {
        'm': ['Bishoy', 'Abanoub', 'Kyrillos', 'Shenouda', 'Beshay', 'Fady', 'Maged', 'Romany', 'Wagdy', 'Emad', 'Amgad', 'Milad',
              'Magdy', 'Sameh', 'Tawfik', 'Atef', 'Medhat', 'Nader', 'Raafat', 'Boules', 'Youannis', 'Pakhom', 'Ghaly', 'Marcos',
              'Mena', 'Hedra', 'Kerolos', 'Pavly', 'Philopateer', 'Rafik', 'Sherif', 'Nashaat', 'Adel'],
        'f': ['Demiana', 'Irini', 'Nermeen', 'Sawsan', 'Nevine', 'Mervat', 'Samia', 'Ingy', 'Christeen', 'Bassima', 'Wafaa',
              'Nagwa', 'Soad', 'Ragaa', 'Mirna', 'Pansy', 'Youstina', 'Marly', 'Tasoni', 'Mariana', 'Fibi', 'Hala', 'Madonna',
              'Erini', 'Monica', 'Ereny', 'Sylvia', 'Nardeen', 'Verena', 'Mariam'],
        's': ['Boutros', 'Guirguis', 'Iskander', 'Wassef', 'Mikhail', 'Tadros', 'Fahmy', 'Ghali', 'Shenouda', 'Botros', 'Labib',
              'Naguib', 'Abdelmalek', 'Salib', 'Gabra', 'Bishara', 'Farag', 'Habashy', 'Kamel', 'Rizk', 'Morcos', 'Messiha',
              'Zakhary', 'Nakhla', 'Armanious', 'Barsoum', 'Tawadros', 'Beshai', 'Girgis', 'Younan', 'Makar', 'Sidhom',
              'Estafanous', 'Wahba', 'Shehata', 'Abdelnour', 'Malak', 'Demian', 'Ayad', 'Bakhoum', 'Fanous', 'Gayed', 'Hennein',
              'Kozman', 'Mankarious', 'Matta', 'Nessim', 'Saweris', 'Sorial', 'Tanios', 'Wissa', 'Yacoub'],
    },
    # German regions not used before: Breisgau / Kaiserstuhl / Markgräflerland / Ortenau (Alemannic), Lower Lusatia / Spreewald /
    # Fläming / Oderbruch (Brandenburg), Angeln / Ostholstein / Fehmarn / North Frisia (Schleswig-Holstein), Müritz
    'de17': {
        'm': ['Fridolin', 'Meinrad', 'Landolin', 'Trudpert', 'Notker', 'Gallus', 'Pirmin', 'Konradin', 'Momme', 'Ocke', 'Brar',
              'Knudt', 'Sönke', 'Nahne', 'Arfst', 'Erk', 'Hauke', 'Boie', 'Jens-Uwe', 'Detlev', 'Wulf', 'Ingolf', 'Thede',
              'Volquart', 'Sievert', 'Ketel', 'Hinnerk', 'Eginhard', 'Bodo', 'Eckhart', 'Wendelin', 'Gebhard', 'Hubertus',
              'Gottlob', 'Ehrenfried', 'Leberecht', 'Fürchtegott', 'Traugott', 'Gotthilf', 'Volkmar', 'Wigbert', 'Hartwig',
              'Diethelm', 'Reinbold', 'Sigisbert', 'Baldur', 'Radbod', 'Aloisius', 'Vitus', 'Severin', 'Blasius', 'Cyriak',
              'Gerwin', 'Ortwin', 'Walram', 'Heimo', 'Wunibald', 'Engelbert', 'Gottfried', 'Hilmar', 'Irenäus', 'Kasimir'],
        'f': ['Odilia', 'Notburga', 'Kreszentia', 'Mechthild', 'Hildegund', 'Lioba', 'Adelgunde', 'Kerrin', 'Ose', 'Inken',
              'Frauke', 'Tatje', 'Gondel', 'Moiken', 'Ingke', 'Thekla', 'Walburga', 'Irmtraud', 'Sieglinde', 'Heilwig', 'Ragnhild',
              'Birte', 'Ilka', 'Wiebke', 'Gesche', 'Dörte', 'Anneliese', 'Roswitha', 'Hannelore', 'Gerlinde',
              'Ehrengard', 'Ortrun', 'Gundula', 'Irmingard', 'Luitgard', 'Reinhild', 'Sigrun', 'Wilgard', 'Brunhilde',
              'Edeltraud', 'Friedegard', 'Gerburg', 'Hiltrud', 'Irmhild', 'Kunigunde', 'Radegund', 'Waltraut', 'Almut',
              'Burgunde', 'Gislinde', 'Heidrun', 'Isentraut', 'Liselotte', 'Mechtild', 'Ottegebe', 'Wendula', 'Rotraut'],
        's': ['Wisser', 'Hügle', 'Bührer', 'Rombach', 'Faller', 'Schwörer', 'Fehrenbach', 'Wehrle', 'Hättich', 'Duffner',
              'Kaltenbach', 'Burgert', 'Schill', 'Gißler', 'Trenkle', 'Tritschler', 'Schwär', 'Blattmann', 'Rinklin', 'Disch',
              'Heitzmann', 'Bohnert', 'Schätzle', 'Vögtle', 'Ketterer', 'Knörzer', 'Zähringer', 'Mietke', 'Rietdorf', 'Lehnigk',
              'Mittelstädt', 'Scholtka', 'Jänicke', 'Bathe', 'Kossatz', 'Radack', 'Schwietzer', 'Kurzhals', 'Pohlenz', 'Zernick',
              'Dalichow', 'Rietzke', 'Treppschuh', 'Zietemann', 'Zastrow', 'Bahlke', 'Matschke', 'Krienke', 'Gerloff',
              'Ketelsen', 'Momsen', 'Brodersen', 'Feddersen', 'Hinrichsen', 'Sönnichsen', 'Boysen', 'Dethleffsen', 'Rauert',
              'Wiepert', 'Brüsehaber', 'Dahnke', 'Zühlke', 'Gummelt', 'Tams', 'Jürgensen', 'Ingwersen', 'Volquardsen',
              'Christiansen', 'Lassen', 'Asmussen', 'Schwedhelm', 'Hinz', 'Muxfeldt', 'Ladewig', 'Ehlers', 'Witt'],
    },
}

# ordinary words that must not become names (German, English, French)
STOP = {'not', 'men', 'clo', 'boie', 'morgan', 'glenn', 'witt', 'urs', 'mane', 'matta', 'peer', 'pult', 'darms', 'hinz',
        'schill', 'disch', 'tina', 'fontana', 'corre', 'riou', 'erk', 'ose', 'adel', 'mena', 'mariam', 'luzi', 'ingle',
        'nayak', 'kini', 'gadgil', 'onna', 'gion', 'duri', 'kamel', 'hala', 'monica', 'sylvia', 'verena', 'madonna'}

# ---------------------------------------------------------------- places: (village, parent municipality, postcode, area code, plate, office key)
VILLAGES = [
    # Breisgau, Kaiserstuhl, Markgräflerland, Ortenau (BW)
    ('Achkarren', 'Vogtsburg im Kaiserstuhl', '79235', '07662', 'FR', 'frb'), ('Bickensohl', 'Vogtsburg im Kaiserstuhl', '79235', '07662', 'FR', 'frb'),
    ('Oberrotweil', 'Vogtsburg im Kaiserstuhl', '79235', '07662', 'FR', 'frb'), ('Jechtingen', 'Sasbach am Kaiserstuhl', '79361', '07642', 'EM', 'emm'),
    ('Königschaffhausen', 'Endingen am Kaiserstuhl', '79346', '07642', 'EM', 'emm'), ('Amoltern', 'Endingen am Kaiserstuhl', '79346', '07642', 'EM', 'emm'),
    ('Wasenweiler', 'Ihringen', '79241', '07668', 'FR', 'frb'), ('Bötzingen', 'Bötzingen', '79268', '07663', 'FR', 'frb'),
    ('Malterdingen', 'Malterdingen', '79364', '07644', 'EM', 'emm'), ('Bombach', 'Kenzingen', '79341', '07644', 'EM', 'emm'),
    ('Wagenstadt', 'Herbolzheim', '79336', '07643', 'EM', 'emm'), ('Münchweier', 'Ettenheim', '77955', '07822', 'OG', 'ort'),
    ('Sulz', 'Lahr/Schwarzwald', '77933', '07821', 'OG', 'ort'), ('Kuhbach', 'Lahr/Schwarzwald', '77933', '07821', 'OG', 'ort'),
    ('Schuttern', 'Friesenheim', '77948', '07821', 'OG', 'ort'), ('Kork', 'Kehl', '77694', '07851', 'OG', 'ort'),
    ('Nußbach', 'Oberkirch', '77704', '07805', 'OG', 'ort'), ('Waldulm', 'Kappelrodeck', '77876', '07842', 'OG', 'ort'),
    ('Britzingen', 'Müllheim im Markgräflerland', '79379', '07631', 'FR', 'frb'), ('Feldberg (Markgräflerland)', 'Müllheim im Markgräflerland', '79379', '07631', 'FR', 'frb'),
    ('Liel', 'Schliengen', '79418', '07635', 'LÖ', 'frb'), ('Sitzenkirch', 'Kandern', '79400', '07626', 'LÖ', 'frb'),
    ('Grunern', 'Staufen im Breisgau', '79219', '07633', 'FR', 'frb'), ('Tunsel', 'Bad Krozingen', '79189', '07633', 'FR', 'frb'),
    ('Buchholz', 'Waldkirch', '79183', '07681', 'EM', 'emm'), ('Prechtal', 'Elzach', '79215', '07682', 'EM', 'emm'),
    # Lower Lusatia, Spreewald, Fläming, Oderbruch (BB)
    ('Lehde', 'Lübbenau/Spreewald', '03222', '03542', 'OSL', 'osl'), ('Leipe', 'Lübbenau/Spreewald', '03222', '03542', 'OSL', 'osl'),
    ('Raddusch', 'Vetschau/Spreewald', '03226', '035433', 'OSL', 'osl'), ('Werben', 'Burg (Spreewald)', '03096', '035603', 'SPN', 'spn'),
    ('Straupitz', 'Straupitz', '15913', '035475', 'LDS', 'lds'), ('Schlepzig', 'Unterspreewald', '15910', '035472', 'LDS', 'lds'),
    ('Groß Jehser', 'Calau', '03205', '03541', 'OSL', 'osl'), ('Sallgast', 'Sallgast', '03238', '035329', 'EE', 'osl'),
    ('Hörlitz', 'Schipkau', '01998', '035754', 'OSL', 'osl'), ('Terpe', 'Spremberg', '03130', '03563', 'SPN', 'spn'),
    ('Jänschwalde', 'Jänschwalde', '03197', '035607', 'SPN', 'spn'), ('Groß Schacksdorf', 'Groß Schacksdorf-Simmersdorf', '03149', '03562', 'SPN', 'spn'),
    ('Kloster Zinna', 'Jüterbog', '14913', '03372', 'TF', 'tf'), ('Dennewitz', 'Niedergörsdorf', '14913', '033742', 'TF', 'tf'),
    ('Kemnitz', 'Nuthe-Urstromtal', '14947', '03371', 'TF', 'tf'), ('Wünsdorf', 'Zossen', '15806', '033702', 'TF', 'tf'),
    ('Neutrebbin', 'Neutrebbin', '15320', '033474', 'MOL', 'mol'), ('Letschin', 'Letschin', '15324', '033475', 'MOL', 'mol'),
    ('Altranft', 'Bad Freienwalde (Oder)', '16259', '03344', 'MOL', 'mol'), ('Golzow', 'Golzow', '15328', '033472', 'MOL', 'mol'),
    # Angeln, Ostholstein, Fehmarn, North Frisia (NORD), Müritz
    ('Ellenberg', 'Kappeln', '24376', '04642', 'SL', 'sl'), ('Rabenkirchen-Faulück', 'Rabenkirchen-Faulück', '24407', '04642', 'SL', 'sl'),
    ('Gelting', 'Gelting', '24395', '04643', 'SL', 'sl'), ('Nieby', 'Nieby', '24395', '04643', 'SL', 'sl'),
    ('Steinbergkirche', 'Steinbergkirche', '24972', '04632', 'SL', 'sl'), ('Süderbrarup', 'Süderbrarup', '24392', '04641', 'SL', 'sl'),
    ('Sörup', 'Sörup', '24966', '04635', 'SL', 'sl'), ('Meierwik', 'Glücksburg (Ostsee)', '24960', '04631', 'SL', 'sl'),
    ('Gremersdorf', 'Gremersdorf', '23758', '04361', 'OH', 'oh'), ('Lensahn', 'Lensahn', '23738', '04363', 'OH', 'oh'),
    ('Cismar', 'Grömitz', '23743', '04366', 'OH', 'oh'), ('Petersdorf', 'Fehmarn', '23769', '04372', 'OH', 'oh'),
    ('Landkirchen', 'Fehmarn', '23769', '04371', 'OH', 'oh'), ('Bad Malente-Gremsmühlen', 'Malente', '23714', '04523', 'OH', 'oh'),
    ('Süderlügum', 'Süderlügum', '25923', '04663', 'NF', 'nf'), ('Ladelund', 'Ladelund', '25926', '04666', 'NF', 'nf'),
    ('Risum-Lindholm', 'Risum-Lindholm', '25920', '04661', 'NF', 'nf'), ('Breklum', 'Breklum', '25821', '04671', 'NF', 'nf'),
    ('Oldsum', 'Oldsum (Föhr)', '25938', '04683', 'NF', 'nf'), ('Röbel/Müritz', 'Röbel/Müritz', '17207', '039931', 'MSE', 'mse'),
    ('Rechlin', 'Rechlin', '17248', '039823', 'MSE', 'mse'), ('Penzlin', 'Penzlin', '17217', '03962', 'MSE', 'mse'),
]

# office key -> (regional directorate, job centre name, agency name, agency town)
OFFICES = {
    'frb': ('BW', 'Jobcenter Breisgau-Hochschwarzwald', 'Agentur für Arbeit Freiburg', 'Freiburg'),
    'emm': ('BW', 'Jobcenter Landkreis Emmendingen', 'Agentur für Arbeit Freiburg', 'Freiburg'),
    'ort': ('BW', 'Jobcenter Ortenaukreis', 'Agentur für Arbeit Offenburg', 'Offenburg'),
    'osl': ('BB', 'Jobcenter Oberspreewald-Lausitz', 'Agentur für Arbeit Cottbus', 'Cottbus'),
    'spn': ('BB', 'Jobcenter Spree-Neiße', 'Agentur für Arbeit Cottbus', 'Cottbus'),
    'lds': ('BB', 'Jobcenter Dahme-Spreewald', 'Agentur für Arbeit Cottbus', 'Cottbus'),
    'tf': ('BB', 'Jobcenter Teltow-Fläming', 'Agentur für Arbeit Potsdam', 'Potsdam'),
    'mol': ('BB', 'Jobcenter Märkisch-Oderland', 'Agentur für Arbeit Frankfurt (Oder)', 'Frankfurt (Oder)'),
    'sl': ('NORD', 'Jobcenter Schleswig-Flensburg', 'Agentur für Arbeit Flensburg', 'Flensburg'),
    'oh': ('NORD', 'Jobcenter Ostholstein', 'Agentur für Arbeit Lübeck', 'Lübeck'),
    'nf': ('NORD', 'Jobcenter Nordfriesland', 'Agentur für Arbeit Flensburg', 'Flensburg'),
    'mse': ('NORD', 'Jobcenter Mecklenburgische Seenplatte-Süd', 'Agentur für Arbeit Neubrandenburg', 'Neubrandenburg'),
}
DISTRICTS = {'frb': 'Breisgau-Hochschwarzwald', 'emm': 'Emmendingen', 'ort': 'Ortenaukreis', 'osl': 'Oberspreewald-Lausitz',
             'spn': 'Spree-Neiße', 'lds': 'Dahme-Spreewald', 'tf': 'Teltow-Fläming', 'mol': 'Märkisch-Oderland',
             'sl': 'Schleswig-Flensburg', 'oh': 'Ostholstein', 'nf': 'Nordfriesland', 'mse': 'Mecklenburgische Seenplatte'}

STREET_BASES = ['Rebstock', 'Trottenberg', 'Kelterhaus', 'Gutedel', 'Spätburgunder', 'Löss', 'Torkel', 'Kahnfährmann',
                'Fließ', 'Gurkenflieger', 'Lutki', 'Heidekraut', 'Knick', 'Redder', 'Koppel', 'Hallig', 'Priel', 'Fischerkaten',
                'Kranich', 'Uferschwalbe', 'Deichgrafen', 'Windmühlen', 'Förde', 'Schleiufer', 'Oderbruch', 'Kolonisten',
                'Strohdach', 'Glockengießer', 'Flößer', 'Harzer', 'Scheffel', 'Hebel']
STREET_SUFFIXES = ['weg', 'straße', 'gasse', 'pfad', 'ring', 'stieg', 'damm', 'winkel', 'höhe', 'kamp', 'twiete', 'rain',
                   'acker', 'halde', 'allee', 'steig']
FIXED_STREETS = ['Am Kahnhafen', 'Hinter der Trotte', 'Im Rebgarten', 'Beim Kirchplatz', 'An der Dorfaue', 'Achter de Möhl',
                 'Op de Warft', 'Norderende', 'Süderstraat', 'Am Mühlenfließ', 'Zur Kahnfahrt', 'Auf dem Lössbuckel',
                 'Unterm Eichelberg', 'Hofweg am Knick', 'Strandredder', 'Kolonie Neulietzegöricke']

COMPANY_WORDS = ['Rebland', 'Lössfeld', 'Kaiserstuhlblick', 'Markgräfler', 'Elztal', 'Kinzig', 'Spreewaldgold', 'Fließland',
                 'Lausitzer Seen', 'Flämingtor', 'Oderaue', 'Schleiblick', 'Fördewind', 'Angeliter', 'Wagrien', 'Fehmarnsund',
                 'Halligwind', 'Müritzblick', 'Seenplatte', 'Breisgau-Sonne', 'Ortenau-Mobil', 'Tagebauland']
TRADES = ['Logistik', 'Gebäudeservice', 'Metallbau', 'Pflegedienst', 'Gastronomie', 'Haustechnik', 'Landtechnik', 'Feinkost',
          'Reinigung', 'Elektro', 'Holzbau', 'Hofladen', 'Spedition', 'Kühlhaus', 'Personalservice', 'Dachdeckerei',
          'Gartenbau', 'Fischräucherei', 'Bootsbau', 'Ferienvermietung', 'Sanitär', 'Verpackung', 'Etikettendruck',
          'Kälte- und Klimatechnik', 'Weinkellerei', 'Obstbau', 'Zweiradhandel', 'Autohaus', 'Backwaren', 'Brennerei']
CRAFTS = ['Malerbetrieb', 'Zimmerei', 'Schreinerei', 'Tischlerei', 'Bäckerei', 'Metzgerei', 'Schlosserei', 'Glaserei',
          'Raumausstattung', 'Fliesenlegerei', 'Küferei', 'Kfz-Werkstatt', 'Friseursalon', 'Gärtnerei', 'Steinmetz',
          'Polsterei', 'Orgelbau', 'Reetdachdeckerei', 'Bootswerft', 'Konditorei']
LEGAL = ['GmbH', 'GmbH & Co. KG', 'UG (haftungsbeschränkt)', 'e.K.', 'KG', 'OHG', 'GbR', 'AG', 'eG', 'Inh.', 'mbH']
BRANDS = ['Europa-Park', 'Badischer Winzerkeller', 'Herrenknecht', 'Hansgrohe', 'Testo', 'Spreewaldhof', 'Rabe Spreewälder',
          'LEAG', 'Tropical Islands', 'Scandlines', 'Flensburger Brauerei', 'Hansa-Park', 'Ostsee-Therme', 'Müritzeum',
          'Markgräfler Winzer eG', 'Spreewelten', 'Lausitzring', 'Mercedes-Benz Rastatt', 'Schwarzwaldmilch', 'Edeka Südwest',
          'Dänisches Bettenlager', 'Rügenwalder', 'Frosta', 'Sick AG']
FOREIGN_COMPANIES = ['Armor Lux', 'Brittany Ferries', 'Crêperie Ty Gwechall', 'Conserverie Kerbrat SARL',
                     'Rhätische Bahn', 'Bergbahnen Engadin St. Moritz AG', 'Hotel Chasa Montana', 'Sägerei Caduff AG',
                     'IBL Ltd', 'Air Mauritius', 'Rogers Capital', 'Sucrerie de Bois-Rouge', 'Seychelles Breweries',
                     'Infosys Pune', 'Tata Consultancy Services', 'Bajaj Auto', 'Wipro Technologies Bengaluru',
                     'El Sewedy Electric', 'Orascom Construction', 'Boutros Pharmacy', 'Air Seychelles']
INKASSO_WORDS = ['Kaiserstuhl', 'Nordlicht', 'Fördeblick', 'Südbaden', 'Lausitz', 'Oder']

INST_TYPES = ['Volkshochschule', 'Gewerbeschule', 'Kreiskrankenhaus', 'Gemeindebücherei', 'Grundschule', 'Musikverein',
              'Freiwillige Feuerwehr', 'Narrenzunft', 'Trachtenkapelle', 'Kirchengemeinde', 'Bürgerbüro', 'Familienzentrum',
              'Jugendhaus', 'Förderschule', 'Kreismusikschule', 'Ortsverwaltung', 'Diakoniestation', 'Seniorenzentrum',
              'Sozialstation', 'Gemeinschaftsschule', 'Regionalschule', 'Oberschule', 'Heimatverein', 'Landfrauenverein',
              'Schützengilde', 'Ruderverein', 'Amt', 'Tafelladen']
INST_ABBR = ['VHS', 'BSZ', 'IFD', 'KVJS', 'LASV', 'BFW', 'BTZ', 'SPZ', 'OSZ', 'BBS', 'DRK-Ortsverein', 'AWO-Kreisverband']
NAMED_BODIES = [
    ('Anerkennungsstelle', 'IHK FOSA Nürnberg'), ('Anerkennungsstelle', 'Regierungspräsidium Stuttgart, Landesprüfungsamt'),
    ('Anerkennungsstelle', 'Landesamt für Soziales und Versorgung Cottbus'), ('Anerkennungsstelle', 'Landesamt für soziale Dienste, Anerkennung Gesundheitsberufe'), ('Anerkennungsstelle', 'ZAB Bonn'),
    ('consulate', 'Generalkonsulat von Frankreich in Stuttgart'), ('consulate', 'Schweizerisches Generalkonsulat'),
    ('consulate', 'Honorarkonsulat der Republik Mauritius'), ('consulate', 'Indisches Generalkonsulat München'),
    ('consulate', 'Botschaft der Arabischen Republik Ägypten'), ('consulate', 'Konsulat der Seychellen'),
    ('university', 'Université de Bretagne Occidentale'), ('university', 'Université Rennes 2'), ('university', 'Université de La Réunion'),
    ('university', 'University of Mauritius'), ('university', 'Savitribai Phule Pune University'), ('university', 'University of Mysore'),
    ('university', 'Visvesvaraya Technological University'), ('university', 'Ain-Shams-Universität'), ('university', 'Assiut University'),
    ('university', 'Fachhochschule Graubünden'), ('university', 'Pädagogische Hochschule Freiburg'), ('university', 'BTU Cottbus-Senftenberg'),
    ('church', 'Koptisch-Orthodoxe Gemeinde St. Markus'), ('church', 'Koptisches Kloster Brenkhausen'), ('church', 'Mission Catholique Francophone'),
    ('church', 'Hindu-Tempel Śri Kamadchi Ampal'),
    ('rehab', 'Berufsförderungswerk Brandenburg'), ('rehab', 'Rehaklinik Glotterbad'), ('rehab', 'Klinik Lindenhof Malente'),
    ('rehab', 'Fachklinik Haus Spreewald'), ('rehab', 'Berufliches Trainingszentrum Flensburg'), ('rehab', 'Reha-Zentrum Bad Krozingen'),
    ('insurer', 'DRV Baden-Württemberg'), ('insurer', 'DRV Berlin-Brandenburg'), ('insurer', 'DRV Nord'),
    ('insurer', 'AOK Nordost'), ('insurer', 'BG Verkehr'), ('insurer', 'SVLFG'),
    ('chamber', 'IHK Südlicher Oberrhein'), ('chamber', 'Handwerkskammer Cottbus'), ('chamber', 'IHK Flensburg'),
    ('chamber', 'Handwerkskammer Freiburg'), ('chamber', 'Ärztekammer Schleswig-Holstein'),
    ('sea', 'Seefahrtschule Flensburg'), ('sea', 'Schifferberufsschule Duisburg-Homberg'), ('sea', 'Fachschule für Seefahrt Leer'),
    ('sea', 'Schiffer-Berufskolleg RHEIN'), ('sehen', 'Blindenschule Schleswig'), ('sehen', 'Landesförderzentrum Sehen Schleswig'),
    ('sehen', 'Blinden- und Sehbehindertenverein Südbaden'), ('sehen', 'Sehbehindertenberatung Lausitz'), ('sehen', 'Berufsförderungswerk Würzburg (Blinde)'),
    ('music', 'Evangelische Kirchenmusikschule Halle'), ('music', 'Hochschule für Kirchenmusik Rottenburg'), ('music', 'Kirchenmusikalisches Seminar Flensburg'),
    ('lba', 'Luftfahrt-Bundesamt'), ('lba', 'LBA Braunschweig'), ('lba', 'Aeromedical Center Frankfurt'),
    ('insurer', 'BKK Scheufelen'), ('insurer', 'BKK Herkules'), ('insurer', 'BKK ProVita'), ('insurer', 'Heimat Krankenkasse'),
    ('insurer', 'IKK Südwest'), ('insurer', 'Salus BKK'), ('insurer', 'Energie-BKK'), ('insurer', 'BKK firmus'), ('insurer', 'Audi BKK'),
    ('insurer', 'Bahn-BKK'), ('insurer', 'BKK Linde'), ('insurer', 'Schwenninger Krankenkasse'),
    ('insurer', 'BKK Melitta HMR'), ('insurer', 'BKK Diakonie'), ('insurer', 'Krones BKK'), ('insurer', 'BKK Mahle'), ('insurer', 'Bosch BKK'), ('insurer', 'BKK Gildemeister Seidensticker'), ('insurer', 'Debeka BKK'), ('insurer', 'BKK exklusiv'), ('insurer', 'R+V BKK'), ('insurer', 'WMF BKK'), ('insurer', 'BKK Faber-Castell & Partner'), ('insurer', 'mhplus Krankenkasse'), ('insurer', 'vivida bkk'), ('insurer', 'Pronova BKK'), ('insurer', 'Novitas BKK'), ('insurer', 'BIG direkt gesund'), ('insurer', 'Viactiv Krankenkasse'), ('insurer', 'IKK gesund plus'), ('insurer', 'IKK - Die Innovationskasse'), ('insurer', 'BKK Pfaff'), ('insurer', 'Merck BKK'), ('insurer', 'BKK Euregio'), ('insurer', 'Continentale BKK'), ('insurer', 'BKK Rieker.Ricosta.Weisser'),
    ('authority', 'Wasserstraßen- und Schifffahrtsamt'), ('authority', 'Luftfahrt-Bundesamt'), ('authority', 'Ausländerbehörde Ortenaukreis'),
    ('versorgung', 'Versorgungsamt Cottbus'), ('versorgung', 'Landesamt für soziale Dienste Schleswig-Holstein'), ('versorgung', 'Landratsamt Emmendingen, Versorgungsamt'), ('authority', 'Kreisgesundheitsamt Ostholstein'), ('authority', 'Landesamt für Bauen und Verkehr'),
]

# foreign addresses in their local formats (countries no earlier SOURCE file lists, plus new shapes)
FOREIGN_ADDR = [
    ('br17', 'Lieu-dit Kerhuel, 29720 Plonéour-Lanvern, France'), ('br17', '7 impasse des Ajoncs, 56340 Carnac'),
    ('br17', '14 rue de Siam, 29200 Brest'), ('br17', 'Résidence Ker Anna, bât. B, appt 12, 56100 Lorient'),
    ('rm17', 'Via da la Staziun 12, 7500 St. Moritz'), ('rm17', 'Chasa Padrun 45, 7550 Scuol'),
    ('rm17', 'Casa 23, 7180 Disentis/Mustér'), ('rm17', 'Plazza 8, 7165 Breil/Brigels'),
    ('mu17', 'Royal Road, Rose-Belle, Mauritius'), ('mu17', '12 Avenue des Flamboyants, Quatre Bornes'),
    ('mu17', 'Morcellement St André, Pamplemousses'), ('mu17', '45 rue Juliette Dodu, 97400 Saint-Denis'),
    ('mu17', '12 chemin Ligne Paradis, 97410 Saint-Pierre'), ('mu17', 'P.O. Box 123, Victoria, Mahé, Seychelles'),
    ('mu17', 'Anse Royale, Mahé'),
    ('mh17', 'Flat No. 12, Shivneri Apartments, Karve Road, Kothrud, Pune 411038, Maharashtra'),
    ('mh17', '#45, 3rd Cross, 4th Main, Jayanagar 4th Block, Bengaluru 560011'),
    ('mh17', 'B-204, Sai Krupa CHS, Gokhale Road, Naupada, Thane (W) 400602'),
    ('mh17', 'Door No. 8-17, Temple Street, Udupi 576101, Karnataka'),
    ('co17', '14 Sharia Ahmed Orabi, Mohandessin, Giza 12655'), ('co17', 'Shubra Street 212, Shubra, Cairo'),
    ('co17', 'Gesr el-Suez 33, Heliopolis, Kairo'), ('co17', 'Sharia el-Gomhoureya 9, Assiut 71511'),
    ('', '1234, rue Saint-Denis, app. 5, Montréal (Québec) H2X 3K8'), ('', '12 Hope Road, Kingston 6, Jamaica'),
    ('', 'Makariou Avenue 12, Flat 301, 3025 Limassol'), ('', 'H. Sea Breeze, Majeedhee Magu, Malé 20057'),
    ('', 'Av. Amazonas N34-12 y Av. República, Quito'), ('', 'Norzin Lam, Thimphu'),
]

# phone country codes (cc, local grouping examples built in make_corpus17.py)
PHONE_CC = {'br17': '33', 'rm17': '41', 'mu17': '230', 'mh17': '91', 'co17': '20'}
MAIL_PROVIDERS = {
    'br17': ['orange.fr', 'wanadoo.fr', 'laposte.net', 'free.fr', 'sfr.fr'],
    'rm17': ['bluewin.ch', 'gmx.ch', 'sunrise.ch', 'rumantsch.ch'],
    'mu17': ['intnet.mu', 'orange.mu', 'seychelles.sc', 'outremer.re'],
    'mh17': ['rediffmail.com', 'yahoo.co.in', 'gmail.com', 'sify.com'],
    'co17': ['yahoo.com', 'hotmail.com', 'tedata.net.eg', 'link.net'],
    'de17': ['t-online.de', 'web.de', 'gmx.de', 'online.de', 'posteo.de', 'freenet.de', 'kabelbw.de', 'mail.de'],
}
