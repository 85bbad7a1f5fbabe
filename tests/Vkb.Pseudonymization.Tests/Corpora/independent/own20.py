# -*- coding: utf-8 -*-
"""Own lists for heldout20, written from my own knowledge for the Vkb project (same terms as the repository).
No Faker locale, no downloaded list, no register. Postcodes, area codes and plate codes are from memory (plausible, not
checked against a register). extract_names20.py filters the name candidates and the pools against the earlier splits."""

# ---------------------------------------------------------------------------------------------------------------- names
# populations: cw20 = Curaçao / Aruba / Bonaire (Papiamentu-speaking Dutch Caribbean), ps20 = Parsis (Zoroastrian
# Indians of Mumbai, Pune, Navsari and Karachi), mr20 = Mauritanians (Hassaniya-speaking, "Ould" / "Mint" patronyms),
# de20 = German, from Nordhessen / Osthessen, the Hochrhein, the Kinzigtal, the Zollernalb, Oberschwaben, Mecklenburg and
# Holstein.
OWN_NAMES = {
    'cw20': {
        'm': ['Shurandy', 'Jurick', 'Rignald', 'Ridgeley', 'Quensley', 'Shurwin', 'Rudsel', 'Gilmar', 'Juvan', 'Edsel',
              'Kenrick', 'Giandro', 'Jairzinho', 'Ryanchely', 'Ivanildo', 'Jeandro', 'Urvin', 'Ranfield', 'Shandrick',
              'Jurvenson', 'Dyron', 'Rusdale', 'Churandy', 'Jermaine', 'Gregorio', 'Sigmund', 'Eldrick', 'Ludwick',
              'Ruthmer', 'Giovanny'],
        'f': ['Shurenska', 'Jusmarie', 'Shaira', 'Jenelva', 'Xiomara', 'Dayenne', 'Shanaira', 'Kimberlyn', 'Sharleen',
              'Shudaira', 'Gisleny', 'Yasmira', 'Juliska', 'Rudmila', 'Zuleica', 'Ginaida', 'Edlyn', 'Jusette',
              'Sheritsa', 'Chanella', 'Rosemarijn', 'Dionela', 'Aurelina', 'Ximena', 'Quinella', 'Jeanely',
              'Shurlaine', 'Marlenne'],
        's': ['Martina', 'Isenia', 'Pieternella', 'Winklaar', 'Cijntje', 'Doran', 'Croes', 'Maduro', 'Rosaria', 'Statia',
              'Girigorie', 'Sulvaran', 'Felida', 'Koeiman', 'Thode', 'Werleman', 'Eman', 'Geerman', 'Wernet', 'Lacle',
              'Luydens', 'Vlaun', 'Gumbs', 'Janga', 'Anthonia', 'Constancia', 'Josephia', 'Cicilia', 'Wawoe',
              'Balentien', 'Bernadina', 'Leito', 'Silberie', 'Mercelina', 'Clemencia', 'Rozendal', 'Pinedo',
              'Capriles', 'Jesurun', 'Curiel', 'Daal', 'Marchena', 'Halman', 'Coffie', 'Pikerie', 'Obispo',
              'Tromp', 'Arends', 'Kock', 'Francisca', 'Albertus', 'Zimmerman', 'Paulina', 'Florentina', 'Semeleer',
              'Sillé', 'Hooker', 'Maria', 'Bakmeijer', 'Engelhardt', 'Nicolaas', 'Emerencia', 'Schoop', 'Rojer',
              'Victorina', 'Henriquez', 'Scoop', 'Willems', 'Faneyte', 'Tokaay', 'Breeveld', 'Duncan', 'Heyliger'],
    },
    'ps20': {
        'm': ['Jamshed', 'Rustom', 'Sohrab', 'Behram', 'Zubin', 'Farokh', 'Kaikhushru', 'Jehangir', 'Nariman', 'Homi',
              'Keki', 'Dinshaw', 'Pheroze', 'Burjor', 'Kersi', 'Hoshang', 'Noshir', 'Rohinton', 'Porus', 'Yazdi',
              'Khushroo', 'Navroz', 'Ardeshir', 'Framroze', 'Zarir', 'Erach', 'Meherwan', 'Mehernosh', 'Jimmy',
              'Darayus', 'Kurush', 'Sarosh', 'Aspi', 'Rusi', 'Feroz', 'Cawas', 'Zal'],
        'f': ['Roshan', 'Dinaz', 'Khorshed', 'Perin', 'Shirin', 'Zenobia', 'Dilnavaz', 'Armaity', 'Avan', 'Bapsy',
              'Freny', 'Hutoxi', 'Kashmira', 'Nergis', 'Parinaz', 'Shernaz', 'Tehmina', 'Zarine', 'Arnavaz', 'Delnaz',
              'Mahrukh', 'Katayun', 'Firoza', 'Dhun', 'Vira', 'Coomi', 'Mehroo', 'Piloo', 'Silloo', 'Thrity', 'Yasmin',
              'Benaifer', 'Khushnuma', 'Anahita', 'Binaifer'],
        's': ['Irani', 'Mistry', 'Wadia', 'Daruwala', 'Contractor', 'Engineer', 'Batliwala', 'Pochkhanawala', 'Bharucha',
              'Bhabha', 'Dastur', 'Kapadia', 'Sethna', 'Marfatia', 'Vakil', 'Divecha', 'Palkhivala', 'Poonawalla',
              'Readymoney', 'Sodawaterwala', 'Jeejeebhoy', 'Lentin', 'Pavri', 'Shroff', 'Surti', 'Mody', 'Khambatta',
              'Mogrelia', 'Kotwal', 'Nanavati', 'Taraporevala', 'Unwalla', 'Vatcha', 'Billimoria', 'Chinoy',
              'Commissariat', 'Deboo', 'Framjee', 'Ghadiali', 'Jilla', 'Katrak', 'Bamji', 'Cama', 'Dadachanji',
              'Elavia', 'Gazdar', 'Hodiwala', 'Jussawalla', 'Kanga', 'Lalkaka', 'Mehta', 'Nagarwalla', 'Panthaki',
              'Rabadi', 'Sanjana', 'Talati', 'Umrigar', 'Wadiwala', 'Zaiwalla', 'Bhiwandiwalla', 'Chenoy', 'Dotiwala',
              'Gimi', 'Kharas', 'Mirza', 'Patuck', 'Screwvala', 'Tarapore', 'Variava', 'Bilimoria', 'Gotla',
              'Kavarana', 'Munshi', 'Nalladaru', 'Petigara', 'Randeria', 'Sukhia', 'Wania'],
    },
    'mr20': {
        'm': ['Sidi', 'Cheikhna', 'Ahmedou', 'Mohamedou', 'Abdallahi', 'Moctar', 'Beyrouk', 'Ely', 'Taleb', 'Lemrabott',
              'Bouh', 'Abeid', 'Mahfoudh', 'Maouloud', 'Didi', 'Lekhal', 'Hamoud', 'Isselmou', 'Babah', 'Meimoune',
              'Cheikh', 'Sidaty', 'Ethmane', 'Jiddou', 'Moulaye', 'Vall', 'Yeslem', 'Bekaye', 'Heyine', 'Zeine',
              'Mohamed Lemine', 'Ahmed Salem', 'Sidi Mohamed', 'Brahim'],
        'f': ['Aminetou', 'Mariem', 'Khadijetou', 'Fatimetou', 'Toutou', 'Vatimetou', 'Lalla', 'Oumou', 'Selekha',
              'Mekfoula', 'Zeinebou', 'Tekber', 'Aichetou', 'Mahjouba', 'Maimouna', 'Salka', 'Vala', 'Tislim',
              'Lemina', 'Khaddouj', 'Mneinatou', 'Mounina', 'Tijaniya', 'Nebghouha', 'Khdeija', 'Tesslim', 'Messaouda',
              'Aziza', 'Dah', 'Mbarka'],
        # father's names: the customer's surname is "Ould <father>" (men) or "Mint <father>" (women)
        's': ['Ebnou', 'Boubacar', 'Mahmoud', 'Hamady', 'Jiddou', 'Bneijara', 'Meimou', 'Lemine', 'Bah', 'Mohamed Vall',
              'Horma', 'Eleyatt', 'Khattri', 'Deddach', 'Sidaty', 'Beibatt', 'Menou', 'Hmeida', 'Cheikh Sidiya',
              'Bouceif', 'Ahmed Aicha', 'Mohamed Saleck', 'Maham', 'Beyrouk', 'Taya', 'Mbareck', 'Ethmane', 'Baba Ahmed',
              'Brahim Vall', 'Abdel Vettah', 'Sidi Baba', 'Mohamed Lemine', 'Dahi', 'Habib', 'Moulaye Ely', 'Hamdi',
              'Abeidna', 'Samory', 'Lebatt', 'Emine', 'Khalifa', 'Boye', 'Tolba', 'Maata', 'Heyine', 'Ebbe'],
    },
    'de20': {
        'm': ['Fridolin', 'Wendelin', 'Konradin', 'Pirmin', 'Gebhard', 'Meinrad', 'Landolin', 'Trudpert', 'Blasius',
              'Gallus', 'Severin', 'Balthasar', 'Eberhard', 'Hartwig', 'Giselher', 'Irmfried', 'Volkhard', 'Wigbert',
              'Arnulf', 'Baldur', 'Hinnerk', 'Jochim', 'Tjark', 'Hauke', 'Harm', 'Klaas', 'Jasper', 'Detlev',
              'Reimer', 'Ocke', 'Hennig', 'Bodo', 'Lüder', 'Dietrich', 'Burkhard', 'Wolfram', 'Sieghard', 'Raimund',
              'Kilian', 'Ansgar', 'Gunnar', 'Hagen', 'Ortwin', 'Winrich', 'Adalbert', 'Ekkehard', 'Gottfried',
              'Reinhold', 'Wunibald', 'Magnus', 'Leander', 'Valentin', 'Crispin', 'Benno', 'Ulf', 'Knut', 'Thilo',
              'Veit', 'Ruprecht', 'Gangolf', 'Wendel', 'Dagobert', 'Folkert', 'Hilmar', 'Lutz',
              'Adelbert', 'Amandus', 'Ambrosius', 'Anselm', 'Arbogast', 'Aurel', 'Bartholomäus', 'Berthold', 'Bonifaz', 'Burchard', 'Cyprian', 'Degenhard', 'Diepold', 'Eckbert', 'Egino', 'Eginhard', 'Emmeran', 'Engelbert', 'Ermin', 'Eustach', 'Falko', 'Fidelis', 'Gerold', 'Gerwig', 'Gotthelf', 'Gottlob', 'Gumpert', 'Heribert', 'Hermenegild', 'Hubertus', 'Ignaz', 'Isidor', 'Jodok', 'Kasimir', 'Kolumban', 'Korbinian', 'Kuno', 'Lambert', 'Laurentius', 'Leodegar', 'Liborius', 'Ludger', 'Luitpold', 'Mauritius', 'Medardus', 'Meinolf', 'Nepomuk', 'Notker', 'Odilo', 'Oswin', 'Otmar', 'Pankraz', 'Poppo', 'Quirin', 'Rochus', 'Romuald', 'Sebald', 'Sigisbert', 'Siegbert', 'Sixtus', 'Thiemo', 'Tassilo', 'Walram', 'Wenzeslaus', 'Wikbert', 'Willibald', 'Wolfhard', 'Zeno', 'Heimo', 'Hadubrand', 'Hunold', 'Irenäus', 'Gotthard', 'Ehrenfried', 'Traugott', 'Fürchtegott', 'Leberecht', 'Christlieb', 'Friedemann', 'Dankmar', 'Ingbert', 'Ortlieb', 'Reinmar', 'Boje', 'Broder', 'Tade', 'Eilert', 'Meinert', 'Edzard', 'Habbo', 'Tammo', 'Ubbo', 'Okko', 'Wiard', 'Fokko', 'Enno', 'Gerwin', 'Hartmann', 'Immo', 'Jobst', 'Kunibert', 'Lorenz', 'Mangold', 'Reinulf', 'Sighard', 'Wolfger', 'Benedikt', 'Florentin', 'Gallus', 'Wigand', 'Gebwin', 'Eckart', 'Hanno', 'Helmfried',
              'Adalwin', 'Answald', 'Bernward', 'Ditmar', 'Eberwin', 'Erchinger', 'Friedebert', 'Gerbod', 'Gislar', 'Godehard', 'Gunzelin', 'Hartlieb', 'Heidenreich', 'Helmwart', 'Herwig', 'Hildebert', 'Ingomar', 'Irmin', 'Isenbart', 'Kunold', 'Landfried', 'Liudger', 'Meginhard', 'Nortbert', 'Odomar', 'Ortwein', 'Rathold', 'Richwin', 'Sigmar', 'Sigwald', 'Tankred', 'Tietmar', 'Volkwin', 'Walbert', 'Wernfried', 'Widukind', 'Wilhard', 'Adalhard', 'Bodowin', 'Dietwin', 'Erkenbert', 'Folkwin', 'Gerbert', 'Hugbert', 'Ratbod'],
        'f': ['Fridoline', 'Verena', 'Walburga', 'Kreszenz', 'Notburga', 'Ottilie', 'Gertrud', 'Agathe', 'Mechthild',
              'Adelheid', 'Lioba', 'Hildegard', 'Wiebke', 'Telse', 'Gesche', 'Swantje', 'Frauke', 'Maike', 'Imke',
              'Heike', 'Antje', 'Silke', 'Anke', 'Birte', 'Dörte', 'Merle', 'Ilka', 'Elke', 'Sönke', 'Almut',
              'Gudrun', 'Irmtraud', 'Liesel', 'Rosina', 'Theresia', 'Philippine', 'Margarethe', 'Annelore', 'Hannelore',
              'Edeltraud', 'Friedlinde', 'Gerlinde', 'Roswitha', 'Waltraud', 'Uta', 'Brunhilde', 'Elfriede', 'Henrike',
              'Ottilia', 'Cäcilia', 'Benedikta', 'Scholastika', 'Luitgard', 'Radegunde', 'Kunigunde', 'Wiltrud',
              'Adelgunde', 'Amalie', 'Apollonia', 'Clementine', 'Crescentia', 'Eleonore', 'Emerentia', 'Euphemia', 'Felizitas', 'Genoveva', 'Gunhild', 'Herlinde', 'Hermine', 'Hiltrud', 'Irmgard', 'Klothilde', 'Leokadia', 'Lieselotte', 'Luitgardis', 'Mechtild', 'Odilia', 'Ortrud', 'Petronella', 'Philomena', 'Rosalinde', 'Rotraut', 'Sieglinde', 'Thekla', 'Traudl', 'Walpurga', 'Wilhelmine', 'Adeltraud', 'Burgl', 'Centa', 'Engelberta', 'Gottliebe', 'Heidelinde', 'Irmlind', 'Isentraud', 'Ludmilla', 'Reinhilde', 'Siegrun', 'Trautlinde', 'Wendelgard', 'Ermentrud', 'Hildburg', 'Eberhardine', 'Gundula', 'Hiltraud', 'Kriemhild', 'Ortraud', 'Sigune', 'Swanhild', 'Wiborada', 'Adelinde', 'Irmentraut', 'Theodelinde', 'Moike', 'Theda', 'Ubbine', 'Tjede', 'Foelke', 'Hiske', 'Ettje', 'Trientje', 'Wübke', 'Gebke', 'Almuth', 'Bertrada', 'Dietlind', 'Edelgard', 'Gerburg', 'Hadwig', 'Irmhild', 'Kunhild', 'Liutgard', 'Mathilda', 'Reinhild', 'Sigrid', 'Tusnelda', 'Walfriede', 'Winfriede', 'Gottfriede', 'Berthild', 'Rosamunde', 'Ehrentraud', 'Notburgis',
              'Adalgisa', 'Amalberga', 'Dietburga', 'Engeltraud', 'Friedeburg', 'Gerhild', 'Gislinde', 'Hadmut', 'Helmtrud', 'Herlind', 'Hildrun', 'Irmtrud', 'Liebhild', 'Mechthilde', 'Ortlinde', 'Rinhild', 'Sigburg', 'Swanhilde', 'Waltrudis', 'Wiltrudis', 'Adalheid', 'Burghild', 'Edeltrudis', 'Gerlind', 'Hildtrud', 'Lindgard', 'Osterhild', 'Reingard', 'Sigwina', 'Volkhild', 'Wolfhilde', 'Heilwig', 'Irmengard', 'Dietgard', 'Erlgard', 'Gertrudis'],
        's': [
            # Nordhessen / Osthessen / Vogelsberg / Kinzigtal
            'Wenderoth', 'Hupfeld', 'Gonnermann', 'Rehbein', 'Kördel', 'Iffland', 'Sippel', 'Rübsam', 'Vaupel',
            'Deisenroth', 'Kurzrock', 'Jestädt', 'Trabert', 'Gensler', 'Höhl', 'Kümpel', 'Malkmus', 'Hahner',
            'Limpert', 'Leinweber', 'Rützel', 'Hosenfeld', 'Weismüller', 'Faulstich', 'Kanngießer', 'Sauerwein',
            'Vogeley', 'Bräutigam', 'Schäfermeyer', 'Eckstein', 'Heil', 'Möbus', 'Stöhr', 'Ziegenbein', 'Aschenbrenner',
            'Wagenbach', 'Gutberlet', 'Hohmann', 'Bonzel', 'Quanz', 'Grebe', 'Siebert', 'Umbach', 'Kessler',
            # Hochrhein / Wutach / Kinzigtal / Black Forest
            'Indlekofer', 'Albiez', 'Tröndle', 'Gamp', 'Zumkeller', 'Schwörer', 'Fehrenbach', 'Duffner', 'Ketterer',
            'Kienzler', 'Jägle', 'Isele', 'Dold', 'Gfell', 'Baschnagel', 'Rendler', 'Gantert', 'Frommherz', 'Kromer',
            'Wehrle', 'Kaltenbach', 'Schuler', 'Mutterer', 'Rombach', 'Faller', 'Bächle', 'Hättich', 'Ebner', 'Moosmann',
            'Neumaier', 'Gißler', 'Schillinger', 'Hildbrand', 'Matt', 'Hierholzer', 'Ebi', 'Kech',
            # Zollernalb / Oberschwaben
            'Bitzer', 'Maute', 'Conzelmann', 'Haasis', 'Gonser', 'Bizer', 'Rieber', 'Stehle', 'Eppler', 'Bumiller',
            'Raible', 'Rebstock', 'Göggel', 'Schetter', 'Sontheimer', 'Gutemann', 'Kiebele', 'Rimmele', 'Schmucker',
            'Gapp', 'Strehle', 'Zinser', 'Hämmerle', 'Boscher', 'Kiesle', 'Mohr', 'Sigg', 'Wetzel', 'Bendel', 'Dangel',
            'Zembrod', 'Gindele', 'Heilig', 'Kalbrecht', 'Pfender',
            # Mecklenburg / Holstein / Lauenburg
            'Brüsehaber', 'Grapentin', 'Stüdemann', 'Gutzmer', 'Pingel', 'Rieck', 'Wiencke', 'Dettmann', 'Lüth',
            'Behncke', 'Glöde', 'Dabelstein', 'Tessmer', 'Ziems', 'Kluth', 'Stoldt', 'Buhrow', 'Schult', 'Zarnekow',
            'Lenschow', 'Dewitz', 'Bollow', 'Wendland', 'Kuhlmann', 'Lübcke', 'Priebe', 'Pagel', 'Saß', 'Reincke',
            'Strübing', 'Schwerdtfeger', 'Kähler', 'Zühlke', 'Rathke', 'Steinhagen', 'Vick', 'Brandt', 'Mierke',
            'Runge', 'Wollert', 'Haase', 'Schoof', 'Timmermann', 'Rohlfs', 'Klüver', 'Hamann', 'Thiessen'],
    },
}

# stop words: tokens too ambiguous with ordinary German / English words
STOP = {'vall', 'dah', 'ely', 'bah', 'maria', 'mehta', 'mirza', 'mohr', 'heil', 'matt', 'sigg', 'doctor', 'cooper',
        'engineer', 'contractor', 'doran', 'zal', 'jimmy', 'brandt', 'runge', 'haase', 'vick', 'heilig', 'ebi',
        'duncan', 'scoop', 'hooker', 'habib', 'cheikh', 'sidi', 'emine', 'boye', 'maata', 'habib', 'khalifa',
        'zeine', 'kech', 'eman', 'kock', 'schuler', 'faller', 'grebe', 'siebert', 'kessler', 'ebner', 'wetzel',
        'eckstein', 'hamann', 'kuhlmann', 'wendland', 'silke', 'heike', 'elke', 'anke', 'antje', 'sönke', 'verena'}

# ----------------------------------------------------------------------------------------------------------- regions
# (village, parent municipality or None, postcode, area code, plate code)
REGIONS = {
    'HES': [
        ('Abterode', 'Meißner', '37290', '05657', 'ESW'), ('Frankershausen', 'Berkatal', '37297', '05657', 'ESW'),
        ('Datterode', 'Ringgau', '37296', '05658', 'ESW'), ('Netra', 'Ringgau', '37296', '05659', 'ESW'),
        ('Germerode', 'Meißner', '37290', '05657', 'ESW'), ('Albungen', 'Eschwege', '37269', '05651', 'ESW'),
        ('Grebendorf', 'Meinhard', '37276', '05651', 'ESW'), ('Ermschwerd', 'Witzenhausen', '37213', '05542', 'ESW'),
        ('Wanfried', None, '37281', '05655', 'ESW'), ('Waldkappel', None, '37284', '05656', 'ESW'),
        ('Großalmerode', None, '37247', '05604', 'ESW'), ('Herleshausen', None, '37293', '05654', 'ESW'),
        ('Widdershausen', 'Heringen (Werra)', '36266', '06624', 'HEF'), ('Leimbach', 'Heringen (Werra)', '36266', '06624', 'HEF'),
        ('Heimboldshausen', 'Philippsthal (Werra)', '36269', '06620', 'HEF'), ('Heenes', 'Bad Hersfeld', '36251', '06621', 'HEF'),
        ('Iba', 'Bebra', '36179', '06622', 'HEF'), ('Lispenhausen', 'Rotenburg an der Fulda', '36199', '06623', 'HEF'),
        ('Friedewald', None, '36289', '06674', 'HEF'), ('Niederaula', None, '36272', '06625', 'HEF'),
        ('Schenklengsfeld', None, '36277', '06629', 'HEF'), ('Hohenroda', None, '36284', '06676', 'HEF'),
        ('Rixfeld', 'Herbstein', '36358', '06643', 'VB'), ('Ilbeshausen-Hochwaldhausen', 'Grebenhain', '36355', '06643', 'VB'),
        ('Maar', 'Lauterbach (Hessen)', '36341', '06641', 'VB'), ('Eifa', 'Alsfeld', '36304', '06631', 'VB'),
        ('Rainrod', 'Schotten', '63679', '06044', 'VB'), ('Queck', 'Schlitz', '36110', '06642', 'VB'),
        ('Romrod', None, '36329', '06636', 'VB'), ('Ulrichstein', None, '35327', '06645', 'VB'),
        ('Kirtorf', None, '36320', '06635', 'VB'), ('Feldatal', None, '36325', '06637', 'VB'),
        ('Marjoß', 'Steinau an der Straße', '36396', '06660', 'MKK'), ('Sterbfritz', 'Sinntal', '36391', '06664', 'MKK'),
        ('Romsthal', 'Bad Soden-Salmünster', '63628', '06056', 'MKK'), ('Udenhain', 'Brachttal', '63636', '06053', 'MKK'),
        ('Wirtheim', 'Biebergemünd', '63599', '06050', 'MKK'), ('Birstein', None, '63633', '06054', 'MKK'),
        ('Jossgrund', None, '63637', '06059', 'MKK'), ('Flörsbachtal', None, '63639', '06057', 'MKK'),
    ],
    'BW': [
        ('Grießen', 'Klettgau', '79771', '07742', 'WT'), ('Birkendorf', 'Ühlingen-Birkendorf', '79777', '07743', 'WT'),
        ('Unteralpfen', 'Albbruck', '79774', '07755', 'WT'), ('Wittlekofen', 'Bonndorf im Schwarzwald', '79848', '07703', 'WT'),
        ('Dogern', None, '79804', '07751', 'WT'), ('Rickenbach', None, '79736', '07765', 'WT'),
        ('Herrischried', None, '79737', '07764', 'WT'), ('Görwihl', None, '79733', '07754', 'WT'),
        ('Jestetten', None, '79798', '07745', 'WT'), ('Wutöschingen', None, '79793', '07746', 'WT'),
        ('Weilheim', None, '79809', '07755', 'WT'), ('Stühlingen', None, '79780', '07744', 'WT'),
        ('Mühlenbach', None, '77796', '07832', 'OG'), ('Fischerbach', None, '77716', '07832', 'OG'),
        ('Oberharmersbach', None, '77784', '07837', 'OG'), ('Nordrach', None, '77787', '07838', 'OG'),
        ('Oberwolfach', None, '77709', '07834', 'OG'), ('Steinach', None, '77790', '07832', 'OG'),
        ('Gutach (Schwarzwaldbahn)', None, '77793', '07833', 'OG'), ('Einbach', 'Hausach', '77756', '07831', 'OG'),
        ('Onstmettingen', 'Albstadt', '72461', '07432', 'BL'), ('Tailfingen', 'Albstadt', '72461', '07432', 'BL'),
        ('Frommern', 'Balingen', '72336', '07433', 'BL'), ('Ringingen', 'Burladingen', '72393', '07126', 'BL'),
        ('Killer', 'Burladingen', '72393', '07477', 'BL'), ('Stetten', 'Haigerloch', '72401', '07474', 'BL'),
        ('Winterlingen', None, '72474', '07434', 'BL'), ('Bisingen', None, '72406', '07476', 'BL'),
        ('Rosenfeld', None, '72348', '07428', 'BL'), ('Meßstetten', None, '72469', '07431', 'BL'),
        ('Ochsenhausen', None, '88416', '07352', 'BC'), ('Bad Schussenried', None, '88427', '07583', 'BC'),
        ('Uttenweiler', None, '88524', '07374', 'BC'), ('Ummendorf', None, '88444', '07351', 'BC'),
        ('Aulendorf', None, '88326', '07525', 'RV'), ('Bad Wurzach', None, '88410', '07564', 'RV'),
        ('Altshausen', None, '88361', '07584', 'RV'), ('Ostrach', None, '88356', '07585', 'SIG'),
        ('Herbertingen', None, '88518', '07586', 'SIG'), ('Scheer', None, '72516', '07572', 'SIG'),
    ],
    'NORD': [
        ('Lohmen', None, '18276', '038458', 'LRO'), ('Zehna', None, '18276', '03843', 'LRO'),
        ('Retschow', None, '18211', '038203', 'LRO'), ('Satow', None, '18239', '038295', 'LRO'),
        ('Kröpelin', None, '18236', '038292', 'LRO'), ('Krakow am See', None, '18292', '038457', 'LRO'),
        ('Tessin', None, '18195', '038205', 'LRO'), ('Schwaan', None, '18258', '03844', 'LRO'),
        ('Laage', None, '18299', '038459', 'LRO'), ('Bützow', None, '18246', '038461', 'LRO'),
        ('Born a. Darß', None, '18375', '038234', 'VR'), ('Wieck a. Darß', None, '18375', '038233', 'VR'),
        ('Dierhagen', None, '18347', '038226', 'VR'), ('Wustrow (Fischland)', None, '18347', '038220', 'VR'),
        ('Marlow', None, '18337', '038221', 'VR'), ('Bad Sülze', None, '18334', '038229', 'VR'),
        ('Tribsees', None, '18465', '038320', 'VR'), ('Franzburg', None, '18461', '038322', 'VR'),
        ('Lübz', None, '19386', '038731', 'LUP'), ('Plau am See', None, '19395', '038735', 'LUP'),
        ('Crivitz', None, '19089', '03863', 'LUP'), ('Dömitz', None, '19303', '038758', 'LUP'),
        ('Grabow', None, '19300', '038756', 'LUP'), ('Sternberg', None, '19406', '03847', 'LUP'),
        ('Goldberg', None, '19399', '038736', 'LUP'), ('Neustadt-Glewe', None, '19306', '038757', 'LUP'),
        ('Lütjenburg', None, '24321', '04381', 'PLÖ'), ('Selent', None, '24238', '04384', 'PLÖ'),
        ('Wankendorf', None, '24601', '04326', 'PLÖ'), ('Laboe', None, '24235', '04343', 'PLÖ'),
        ('Büchen', None, '21514', '04155', 'RZ'), ('Schwarzenbek', None, '21493', '04151', 'RZ'),
        ('Lauenburg/Elbe', None, '21481', '04153', 'RZ'), ('Berkenthin', None, '23919', '04544', 'RZ'),
        ('Nortorf', None, '24589', '04392', 'RD'), ('Hohenwestedt', None, '24594', '04871', 'RD'),
        ('Gettorf', None, '24214', '04346', 'RD'), ('Büdelsdorf', None, '24782', '04331', 'RD'),
    ],
}

# district towns for offices, courts, schools, clinics and providers
TOWNS = {'HES': ['Eschwege', 'Witzenhausen', 'Bad Hersfeld', 'Rotenburg an der Fulda', 'Bebra', 'Alsfeld', 'Lauterbach',
                 'Schlitz', 'Gelnhausen', 'Schlüchtern', 'Wächtersbach', 'Sontra', 'Heringen', 'Hessisch Lichtenau',
                 'Bad Sooden-Allendorf', 'Wanfried', 'Melsungen', 'Hünfeld', 'Bad Soden-Salmünster', 'Steinau an der Straße',
                 'Birstein', 'Nidda', 'Schotten', 'Herbstein', 'Romrod', 'Neukirchen (Knüll)', 'Bad Orb', 'Niederaula'],
         'BW': ['Waldshut-Tiengen', 'Bad Säckingen', 'Laufenburg', 'Haslach im Kinzigtal', 'Hausach', 'Wolfach', 'Balingen',
                'Albstadt', 'Hechingen', 'Biberach an der Riß', 'Bad Saulgau', 'Riedlingen', 'Bonndorf', 'Wehr',
                'St. Blasien', 'Stühlingen', 'Zell am Harmersbach', 'Gengenbach', 'Hornberg', 'Meßstetten', 'Burladingen',
                'Haigerloch', 'Ochsenhausen', 'Bad Schussenried', 'Bad Waldsee', 'Bad Wurzach', 'Mengen', 'Pfullendorf'],
         'NORD': ['Güstrow', 'Bad Doberan', 'Teterow', 'Ribnitz-Damgarten', 'Barth', 'Grimmen', 'Parchim', 'Ludwigslust',
                  'Hagenow', 'Ratzeburg', 'Mölln', 'Geesthacht', 'Plön', 'Preetz', 'Eckernförde', 'Rendsburg', 'Kröpelin',
                  'Kühlungsborn', 'Laage', 'Bützow', 'Krakow am See', 'Tessin', 'Marlow', 'Bad Sülze', 'Lübz', 'Plau am See',
                  'Crivitz', 'Boizenburg/Elbe', 'Dömitz', 'Lauenburg/Elbe', 'Schwarzenbek', 'Lütjenburg', 'Nortorf']}

# offices: (id, name, town) ; SGB II job centres (5 digits), SGB III agencies (3 digits)
JOBCENTRES = {
    'HES': [('34601', 'Jobcenter Werra-Meißner', 'Eschwege'), ('34612', 'Jobcenter Hersfeld-Rotenburg', 'Bad Hersfeld'),
            ('35507', 'Kommunales Jobcenter Vogelsbergkreis', 'Lauterbach'), ('63018', 'Kommunales Center für Arbeit Main-Kinzig', 'Gelnhausen')],
    'BW': [('79402', 'Jobcenter Landkreis Waldshut', 'Waldshut-Tiengen'), ('77311', 'Jobcenter Ortenaukreis', 'Offenburg'),
           ('72205', 'Jobcenter Zollernalbkreis', 'Balingen'), ('88116', 'Jobcenter Landkreis Biberach', 'Biberach an der Riß')],
    'NORD': [('18204', 'Jobcenter Landkreis Rostock', 'Güstrow'), ('18409', 'Jobcenter Vorpommern-Rügen', 'Ribnitz-Damgarten'),
             ('19113', 'Jobcenter Ludwigslust-Parchim', 'Parchim'), ('21507', 'Jobcenter Herzogtum Lauenburg', 'Ratzeburg')],
}
AGENCIES = {
    'HES': [('341', 'Agentur für Arbeit Bad Hersfeld-Fulda', 'Bad Hersfeld'), ('352', 'Agentur für Arbeit Gießen', 'Alsfeld')],
    'BW': [('794', 'Agentur für Arbeit Lörrach', 'Waldshut-Tiengen'), ('722', 'Agentur für Arbeit Balingen', 'Balingen')],
    'NORD': [('182', 'Agentur für Arbeit Rostock', 'Güstrow'), ('215', 'Agentur für Arbeit Lübeck', 'Ratzeburg')],
}
# which office serves which district (by plate code)
OFFICE_OF_PLATE = {
    'ESW': ('34601', '341'), 'HEF': ('34612', '341'), 'VB': ('35507', '352'), 'MKK': ('63018', '352'),
    'WT': ('79402', '794'), 'OG': ('77311', '794'), 'BL': ('72205', '722'), 'BC': ('88116', '722'), 'RV': ('88116', '722'),
    'SIG': ('88116', '722'), 'LRO': ('18204', '182'), 'VR': ('18409', '182'), 'LUP': ('19113', '182'),
    'PLÖ': ('21507', '215'), 'RZ': ('21507', '215'), 'RD': ('21507', '215')}
# German bank codes (plausible)
BLZ = {'HES': ['52250030', '53250000', '50750094', '53290000', '52260385'],
       'BW': ['68452290', '66450050', '65351260', '65450070', '68492200'],
       'NORD': ['13050000', '14051000', '13061078', '23052750', '21452030']}

# ----------------------------------------------------------------------------------------------------------- streets
STREET_BASES = ['Kalihalden', 'Werratal', 'Meißnerblick', 'Vogelsberger', 'Kinzigaue', 'Hochrhein', 'Wutachschlucht',
                'Albtrauf', 'Zollernblick', 'Riedwiesen', 'Boddenblick', 'Darßwald', 'Warnowufer', 'Elbdeich',
                'Sägmühle', 'Brennhäusle', 'Streuobst', 'Flößer', 'Salzweg', 'Kurpark', 'Fährhaus', 'Kiefernheide',
                'Lindenhof', 'Schwarzwaldblick', 'Knüllblick', 'Ringgau', 'Schlitzer', 'Obstgarten']
STREET_SUFFIX = ['straße', 'weg', 'gasse', 'ring', 'steige', 'halde', 'pfad', 'allee', 'winkel', 'stieg', 'twiete',
                 'gang']
FIXED_STREETS = ['Am Kalischacht', 'Unter der Halde', 'Auf der Bleiche', 'Am Fährweg', 'Hinter den Höfen',
                 'Zur Sägmühle', 'Am Brennofen', 'Im Ried', 'An der Wutach', 'Beim Kurhaus', 'Am Boddenhafen',
                 'Zum Achterwasser', 'Im Hopfengarten', 'Am Salzhang', 'Auf der Alb']

# ----------------------------------------------------------------------------------------------------------- companies
COMPANY_WORDS = ['Werratal', 'Kinzigtaler', 'Vogelsberger', 'Hochrhein', 'Zollernalb', 'Wutachtal', 'Boddenland',
                 'Darßer', 'Warnowtal', 'Elbmarsch', 'Knüll', 'Ringgau', 'Albtrauf', 'Riedland', 'Fischland',
                 'Meißnerland', 'Haunetal', 'Schwarzachtal']
TRADES = ['Holzbau', 'Trockenbau', 'Gebäudeservice', 'Landtechnik', 'Metallbau', 'Logistik', 'Gastro', 'Pflegedienst',
          'Textil', 'Kunststofftechnik', 'Elektrotechnik', 'Reinigung', 'Transporte', 'Personalservice',
          'Garten- und Landschaftsbau', 'Fensterbau', 'Haustechnik', 'Backwaren']
LEGAL = ['GmbH', 'GmbH & Co. KG', 'KG', 'e.K.', 'UG (haftungsbeschränkt)', 'OHG', 'AG', 'GbR', '']
CRAFTS = ['Sägewerk {s}', 'Obstbrennerei {s}', 'Trockenbau {s}', 'Zimmerei {s} & Sohn', 'Kurbäckerei {s}',
          'Fischräucherei {s}', 'Bootsbau {s}', 'Hofladen {s}', 'Schreinerei {s} e.K.', 'Malerbetrieb {s}',
          'Strickwaren {s}', 'Fuhrbetrieb {s}', 'Dachdeckerei {s} GmbH', 'Baumschule {s}', 'Ferienhof {s}',
          'Forstbetrieb {s}']
BRANDS = ['Trigema', 'Liebherr', 'B. Braun', 'Rothaus', 'Scandlines', 'Nordex', 'Handtmann', 'Vaude', 'Hengstenberg',
          'Stena Line', 'TT-Line', 'Schiesser', 'Hohner', 'Junghans', 'Testo', 'Schwarzwaldmilch', 'K+S', 'Viessmann',
          'Boehringer Ingelheim', 'Groz-Beckert', 'Bizerba', 'Marquardt', 'Hymer', 'Erbe Elektromedizin',
          'Fulda Reifen', 'Mestemacher', 'Tamaris', 'Reederei Clausen']
TEMP = ['Zeitwerk Personal', 'Kinzig Personaldienste', 'Nordlicht Arbeitnehmerüberlassung', 'Albjob Personal']
COLLECTION = ['Treuhand Inkasso Süd', 'Bodden-Inkasso', 'Creditwacht Forderungsmanagement']
# employers by sector, so that a firm fits the sentence
SECTORS = {
    'kali': ['K+S Minerals and Agriculture', 'Werk Werra Standort Wintershall', 'Bergbauzulieferer {w} Untertagetechnik GmbH',
             'Haldenbau {s} GmbH'],
    'nuclear': ['EnBW Kernkraft', 'EWN Entsorgungswerk für Nuklearanlagen', 'Rückbaugesellschaft {w} mbH',
                'Strahlenschutzdienst {s}', 'Nuklearservice {w} GmbH'],
    'wood': ['Sägewerk {s}', 'Holzindustrie {w} GmbH', 'Forstunternehmen {s}', 'Holzhandel {s} & {s2}',
             'Palettenwerk {w}'],
    'spa': ['Kurverwaltung {t}', 'Therme {w}', 'Kurklinik {w}', 'Reha-Zentrum {w}', 'Kurhotel {s}'],
    'ferry': ['Scandlines', 'Stena Line', 'TT-Line', 'Fahrgastschifffahrt {s}', 'Reederei {w}', 'Fährbetrieb {w}'],
    'textile': ['Trigema', 'Schiesser', 'Strickwaren {s}', 'Textilveredelung {w} GmbH', 'Trikotagen {s} KG'],
    'distill': ['Obstbrennerei {s}', 'Edelbrände {w}', 'Kellerei {s}', 'Brennerei {s} & {s2}'],
    'drywall': ['Trockenbau {s}', '{w} Trockenbau GmbH', 'Innenausbau {s} UG (haftungsbeschränkt)', '{s} & {s2} Innenausbau'],
    'care': ['Pflegedienst {w}', 'Seniorenresidenz {w}', 'Ambulante Pflege {s}', 'Tagespflege {w}'],
    'logistics': ['Spedition {s}', '{w} Logistik GmbH', 'Transporte {s} e.K.', 'Kurierdienst {s}'],
    'retail': ['Hofladen {s}', 'Dorfladen {t}', 'Bäckerei {s}', 'Metzgerei {s}', 'Getränkemarkt {s}'],
    'hotel': ['Gasthaus Zum Ochsen', 'Landgasthof {s}', 'Hotel {w}', 'Ferienpark {w}', 'Pension {s}'],
}
# foreign companies per population
FOREIGN_COMPANIES = {
    'cw20': ['Curoil N.V.', 'Aqualectra N.V.', 'Maduro & Curiel\'s Bank N.V.', 'Setel N.V.', 'Kooyman N.V.',
             'Mangusa Hypermarket', 'Aruba Bank N.V.', 'Hotel Kurá Hulanda', 'Damen Shipyards Curaçao',
             'Van den Tweel Supermarkt'],
    'ps20': ['Godrej & Boyce Mfg. Co. Ltd.', 'Tata Consultancy Services', 'Britannia & Co. Restaurant',
             'Kyani & Co.', 'Yazdani Bakery', 'Café Military', 'Wadia Hospital Trust', 'Bombay Dyeing & Mfg. Co.',
             'Parsi Dairy Farm', 'Sassanian Boulangerie'],
    'mr20': ['SNIM', 'Mauritel', 'Chinguitel', 'Banque Mauritanienne pour le Commerce International',
             'Société Mauritanienne des Eaux', 'Pêcherie Atlantique SARL', 'Boutique Ould Hamady',
             'Transport Tiris SARL', 'Kinross Tasiast'],
}
# institutions by the sentence they fit; {t} town, {v} village
INST_GROUPS = {
    'school': ['Grundschule {v}', 'Gesamtschule {t}', 'Berufliche Schule {t}', 'Gewerbeschule {t}',
               'Regionale Schule {t}', 'Berufsschule {t}', 'Integrierte Gesamtschule {t}', 'Realschule plus {t}'],
    'kita': ['Kita Sonnenblume {v}', 'Kinderhaus {v}', 'Kindergarten St. Martin {v}', 'Kita Wirbelwind {t}'],
    'medical': ['Kreisklinik {t}', 'Hausarztpraxis am Markt {t}', 'Helios Klinik {t}', 'Psychiatrische Institutsambulanz {t}',
                'Kreiskrankenhaus {t}', 'MVZ {t}', 'Reha-Klinik {t}'],
    'office': ['Landratsamt {t}', 'Kreisverwaltung {t}', 'Bürgerbüro {t}', 'Standesamt {t}', 'Einwohnermeldeamt {t}',
               'Amt {t}', 'Gemeindeverwaltung {v}', 'Ausländerbehörde {t}', 'Kfz-Zulassungsstelle {t}',
               'Führerscheinstelle {t}', 'Wohngeldstelle {t}'],
    'social': ['Schuldnerberatung der Diakonie {t}', 'Suchtberatung {t}', 'Caritasverband {t}', 'Tafel {t}',
               'AWO-Beratungsstelle {t}', 'Frauenhaus {t}', 'Sozialpsychiatrischer Dienst {t}', 'Mehrgenerationenhaus {t}'],
    'abbr': ['IHK {t}', 'HWK {t}', 'VHS {t}', 'KVHS {t}', 'BBZ {t}', 'SpDi {t}', 'JMD {t}', 'MBE {t}', 'BiZ {t}',
             'DRK-Kreisverband {t}', 'THW-Ortsverband {t}'],
    'court': ['Amtsgericht {t}', 'Sozialgericht {t}', 'Arbeitsgericht {t}'],
    'integ': ['VHS {t}', 'KVHS {t}', 'MBE {t}', 'JMD {t}', 'Migrationsberatung der Caritas {t}', 'Sprachschule {t}'],
    'fire': ['Löschzug {v}', 'Ortswehr {v}', 'Freiwillige Feuerwehr {v}', 'Feuerwehr {v}'],
    'fasnet': ['Narrenzunft {v}', 'Narrenzunft {t}', 'Narrengilde {v}'],
    'club': ['Freiwillige Feuerwehr {v}', 'Sportverein {v}', 'Landfrauenverein {v}', 'Posaunenchor {v}',
             'Narrenzunft {v}', 'Schützenverein {v}', 'Heimatverein {v}', 'Angelverein {v}'],
    'provider': ['Bildungswerk der Wirtschaft {t}', 'Kolping-Bildungswerk {t}', 'Internationaler Bund {t}',
                 'Berufsförderungswerk {t}', 'Grone-Schule {t}', 'Fahrschule am Markt {t}', 'DEKRA Akademie {t}'],
}
NAMED_BODIES = ['Berufsgenossenschaft Rohstoffe und chemische Industrie', 'Knappschaftskrankenhaus Bottrop',
                'Bundesgesellschaft für Endlagerung', 'Regierungspräsidium Freiburg', 'Regierungspräsidium Kassel',
                'Landesamt für Gesundheit und Soziales Mecklenburg-Vorpommern', 'Anerkennungsstelle der IHK FOSA',
                'Zentralstelle für ausländisches Bildungswesen', 'Deutsche Rentenversicherung Knappschaft-Bahn-See',
                'Deutsche Rentenversicherung Nord', 'Deutsche Rentenversicherung Baden-Württemberg',
                'Kassenärztliche Vereinigung Hessen', 'Landeswohlfahrtsverband Hessen', 'Kommunalverband für Jugend und Soziales',
                'Seemannsmission Rostock', 'Berufsgenossenschaft Verkehr', 'Schwarzwald-Baar-Klinikum',
                'Universitätsmedizin Rostock', 'Klinikum Bad Hersfeld', 'SRH Berufsbildungswerk Neckargemünd',
                'Bildungszentrum Kernkraftwerk Philippsburg', 'Strahlenschutzakademie Karlsruhe',
                'Evangelische Heimstiftung', 'Integrationsfachdienst Vogelsberg']
FOREIGN_BODIES = {
    'cw20': ['Kranshi', 'Sociale Verzekeringsbank Curaçao', 'Universiteit van Curaçao', 'SVb Curaçao',
             'Censo Aruba', 'Departamento di Enseñansa Aruba', 'Gemeente Rotterdam', 'IND Rijswijk',
             'University of Aruba', 'Radulphus College Curaçao', 'Scholengemeenschap Bonaire',
             'Kabinet van de Gouverneur van Curaçao', 'Dienst Uitvoering Onderwijs'],
    'ps20': ['Bombay Parsi Punchayet', 'Generalkonsulat der Republik Indien Frankfurt', 'University of Mumbai',
             'Sir J. J. School of Art', 'B. D. Petit Parsee General Hospital', 'Passport Seva Kendra Lower Parel',
             'Karachi Parsi Anjuman', 'Indian Institute of Technology Bombay',
             'Savitribai Phule Pune University', 'H. R. College of Commerce and Economics'],
    'mr20': ['Botschaft der Islamischen Republik Mauretanien', 'Université de Nouakchott', 'ANRPTS Nouakchott',
             'Centre Hospitalier National Nouakchott', 'Lycée national de Nouakchott', 'Wilaya du Trarza',
             'Ministère de la Santé Nouakchott', 'Institut Supérieur de Comptabilité',
             'École normale supérieure de Nouakchott'],
}
CHAMBERS = {'HES': ['IHK Kassel-Marburg', 'Kreishandwerkerschaft Werra-Meißner', 'IHK Fulda', 'IHK Gießen-Friedberg'],
            'BW': ['IHK Hochrhein-Bodensee', 'HWK Freiburg', 'IHK Reutlingen', 'HWK Ulm'],
            'NORD': ['IHK zu Rostock', 'HWK Schwerin', 'IHK zu Lübeck', 'HWK Ostmecklenburg-Vorpommern']}
# foreign addresses in local formats (country formats no earlier split lists)
FOREIGN_ADDR = {
    'cw20': ['Kaya Flamboyan 23, Willemstad, Curaçao', 'Seru Fortuna 14, Willemstad', 'Kaya Grandi 61-B, Kralendijk, Bonaire',
             'Santa Cruz 45-A, Aruba', 'Kaya Wilhelminastraat 8, Pietermaai, Willemstad',
             'Kaya Kakí 7, Brievengat, Curaçao', 'Bubali 112, Noord, Aruba', 'Kaya Gobernador N. Debrot 44, Kralendijk',
             'Marnixlaan 212, 3012 GJ Rotterdam'],
    'ps20': ['Flat 12, Cusrow Baug, Colaba Causeway, Mumbai 400001', 'Block 7, Dadar Parsi Colony, Mumbai 400014',
             '3rd Floor, Khareghat Colony, Hughes Road, Mumbai 400007', 'Rustom Baug, Byculla, Mumbai 400027',
             'Bungalow 4, Parsi Colony, Navsari 396445', 'Flat 4, Parsi Colony, Soldier Bazaar, Karachi 74400',
             '21, Boat Club Road, Pune 411001', 'Dhunjibhoy Mansion, Gamadia Road, Tardeo, Mumbai 400026'],
    'mr20': ['Ilot K, Lot 123, Tevragh Zeina, Nouakchott', 'Îlot C 45, Ksar, Nouakchott',
             'Quartier Socogim PS, Lot 88, Nouakchott', 'Rue 42-107, Arafat, Nouakchott',
             'Cité SNIM, Villa 12, Zouérate', 'BP 2317, Nouadhibou', 'Carrefour Madrid, Lot 16, Sebkha, Nouakchott',
             'Quartier Dar El Barka, Rosso'],
}
