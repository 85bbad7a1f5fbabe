#!/usr/bin/env python3
"""One-off: builds names3.json for the third independent split (heldout3).

Sources: Faker (MIT) provider files read with ast from the git mirror (not imported), for locales that
the earlier splits did not use, plus own lists (OWN below).  Every name with a token (folded, lower case,
split at blanks, hyphens, apostrophes, dots) that occurs in names.json, names2.json or in a name value of
dev/heldout/heldout2 truth is dropped.  Needs /work/.mirror/joke2k+faker/repo; not needed to rebuild the corpus.
"""
import ast, json, os, re, subprocess, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MIRROR = '/work/.mirror/joke2k+faker/repo'
COMMIT = subprocess.check_output(['git', '-C', MIRROR, 'rev-parse', 'HEAD'], text=True).strip()


def fold(s):
    s = s.replace('ß', 'ss').replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('ø', 'o').replace('æ', 'ae')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn').lower()


def tokens(n):
    """Folded tokens, plus the German transcription variant (ö -> oe, ü -> ue, ä -> ae) of each."""
    out = [x for x in re.split(r"[\s\-'’.,]+", fold(n)) if x]
    de = n.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('Ä', 'Ae').replace('Ö', 'Oe').replace('Ü', 'Ue')
    return out + [x for x in re.split(r"[\s\-'’.,]+", fold(de)) if x]


def faker_lists(locale):
    src = subprocess.check_output(['git', '-C', MIRROR, 'show', f'HEAD:faker/providers/person/{locale}/__init__.py'], text=True)
    out = {}
    for n in ast.walk(ast.parse(src)):
        if isinstance(n, (ast.Assign, ast.AnnAssign)):
            tgt = n.targets[0] if isinstance(n, ast.Assign) else n.target
            if not isinstance(tgt, ast.Name) or n.value is None:
                continue
            v = n.value
            if isinstance(v, ast.Call) and getattr(v.func, 'id', '') == 'OrderedDict' and v.args:
                v = v.args[0]
            try:
                val = ast.literal_eval(v)
            except Exception:
                continue
            if isinstance(val, dict):
                val = list(val)
            if isinstance(val, (list, tuple)) and val and isinstance(val[0], (tuple, list)):
                val = [x[0] for x in val]
            if isinstance(val, (list, tuple)) and all(isinstance(x, str) for x in val):
                out[tgt.id] = list(val)
    return out


MK = dict(zip('абвгдѓежзѕијклљмнњопрстќуфхцчџш', ['a', 'b', 'w', 'g', 'd', 'dj', 'e', 'sch', 's', 'dz', 'i', 'j', 'k', 'l', 'lj', 'm', 'n', 'nj',
                                                 'o', 'p', 'r', 's', 't', 'kj', 'u', 'f', 'h', 'z', 'tsch', 'dsch', 'sch']))
KA = dict(zip('აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ', ['a', 'b', 'g', 'd', 'e', 'w', 's', 't', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'sch', 'r', 's',
                                                     't', 'u', 'p', 'k', 'gh', 'k', 'sch', 'tsch', 'z', 'dz', 'ts', 'tsch', 'ch', 'dsch', 'h']))


def translit(s, table):
    r = ''.join(table.get(c.lower(), c) for c in s)
    return r[:1].upper() + r[1:]


# ---------------------------------------------------------------- own knowledge (Latin-script spellings as found in German files)
OWN = {
    'ar_own': {  # Syrian / Iraqi / Lebanese / Palestinian / Yemeni
        'male': 'Qusai Bashar Ghaith Majd Fadi Ra’ed Nizar Muhannad Wassim Jawad Anas Bilal Zakaria Haitham Qais Muayad Firas Safwan Luay Shadi Amjad Tamer Yamen Ayham Rabea Adnan Maen Nabil Hazem Talal Marwan Suhaib Ammar Baraa Mouaz Obada Huthaifa Sariya Ward Nawras Fuad Karam Zuhair'.split(),
        'female': 'Ruba Ghadeer Raghad Hala Nour Shahd Bayan Rahaf Dima Rasha Lama Jana Razan Areej Manal Hiba Wafa Ola Sawsan Tasneem Batoul Rimas Sidra Nisreen Suha Ghalia Haneen Widad Rawan Farah Lubna Asmahan Yusra Maysaa Kinda'.split(),
        'last': 'Haddad Khatib Darwish Shalabi Qasim Sabbagh Jaber Tarabishi Kayyali Hamwi Halabi Shami Zoubi Masri Nabulsi Kurdi Homsi Rifai Attar Bitar Jazairi Sayegh Hakim Dabbagh Nahhas Qadri Shaar Sukkar Laham Kassab Tamimi Jabri Barakat Hariri Asaad Mardini Sharabi Tuma Khouri Shehadeh Nasrallah Hijazi Obeid Salloum'.split(),
    },
    'af_own': {  # Afghan (Dari / Pashto)
        'male': 'Zabihullah Noorullah Hekmatullah Samiullah Mirwais Wahidullah Ajmal Shafiq Zalmai Naqibullah Farhad Jawed Nasratullah Rahmatullah Habibullah Sayed Baryalai Emal Shir Gulbuddin Sharif Hamidullah Bahram Parwiz Nawid Sohrab Waheed Mansoor Najib Jamshid Azizullah Atiqullah'.split(),
        'female': 'Mursal Hosai Khatera Parwana Frishta Zarlasht Wazhma Shukria Nilofar Roya Mahbooba Lailuma Freshta Gulalai Sadaf Nazifa Hasina Shabnam Zarghuna Malalai Marwa Tamana Arezo Sahar Nargis Farzana Zakia Spozhmai'.split(),
        'last': 'Popal Stanikzai Ahmadzai Sultani Wardak Karimi Rahimi Noori Niazi Amiri Safi Hotak Mohmand Durrani Barakzai Achakzai Sherzad Yusufzai Jalali Haqmal Rasuli Mangal Zazai Kakar Tokhi Sadat Azizi Hashimi Jaghori Qaderi Mirzad Shinwari Ghaznawi'.split(),
    },
    'er_own': {  # Eritrean / Ethiopian (Tigrinya, Amharic) and Somali
        'male': 'Tesfalem Mebrahtu Yonas Dawit Filmon Kidane Measho Tekle Ghirmay Robel Habtom Berhe Okbay Mogos Hagos Semere Teklit Zerit Amanuel Yohannes Abdirahman Abdiwali Mahad Liban Yusuf Guled Abdikarim Farah Sahal Bashiir Cabdi Xasan Mukhtar Abdullahi Warsame Jibril'.split(),
        'female': 'Selam Senait Saba Helen Rahwa Yordanos Luwam Ruta Freweini Tsega Hiwet Abrehet Lemlem Nebiat Yodit Mebrat Bisrat Feven Hanna Ayan Hodan Ifrah Sagal Hibaaq Nimco Ubah Muna Filsan Idil Deeqa Anab Khadra Sahra Faadumo Hamdi'.split(),
        'last': 'Tesfamariam Gebremedhin Woldemichael Habtemariam Ghebreyesus Tewelde Andemariam Kahsay Bereket Negash Asmerom Tekeste Ogbazghi Haile Mehari Fesehaye Ghebrehiwet Weldu Abraha Zerai Mohamud Jama Nur Hassan Egal Dualeh Farah Samatar Cige Xirsi Shire Abdi Aden Qalinle Gelle Afrah Ismail Guleid'.split(),
    },
    'wa_own': {  # West African (Senegal, Guinea, Gambia, Ghana, Nigeria, Cameroon, Mali)
        'male': 'Mamadou Ousmane Cheikh Babacar Moussa Lamine Souleymane Aliou Boubacar Ibrahima Seydou Modou Pape Demba Alpha Sekou Kwabena Kofi Yaw Kwame Emeka Chukwuma Tunde Olumide Bamidele Ebuka Femi Samuel Blaise Herve Serge Arnaud Landry Sidiki Bakary Lansana'.split(),
        'female': 'Fatoumata Aminata Mariama Awa Ndeye Khady Coumba Adama Rokhaya Aissatou Binta Kadiatou Ramatoulaye Oumou Djeneba Akosua Efua Ama Yaa Ngozi Chioma Funmilayo Folake Bukola Nneka Chinwe Esther Grace Blessing Precious Patience Mireille Solange Pelagie Clarisse'.split(),
        'last': 'Diallo Sow Ndiaye Diop Fall Faye Gueye Sarr Ba Camara Sylla Bah Barry Kouyate Keita Traore Coulibaly Konate Sissoko Diarra Toure Cisse Fofana Sangare Kamara Jallow Ceesay Touray Mensah Owusu Boateng Asante Okonkwo Nwosu Adeyemi Ogunleye Balogun Nwachukwu Fotso Nkemdirim Tchoumi Kamga Mbarga Ngassa Essomba'.split(),
    },
    'tr_own': {  # Turkish and Kurdish (Turkey)
        'male': 'Ferhat Serdar Tuncay Erdal Kenan Sinan Volkan Taner Nevzat Gökhan Ufuk Hakan Bülent Cengiz Erkan Fikret Levent Tayfun Ümit Yavuz Oğuzhan Berkay Koray Selçuk Ercan Orhan Zeki Şenol Muharrem Rıza Cemil İlhan Nurettin'.split(),
        'female': 'Derya Gülay Sevgi Serpil Nurten Şükran Dilek Hülya Filiz Aysel Gülsüm Nermin Songül Tülay Yasemin Zeliha Sibel Arzu Esra Büşra Kübra Merve Tuğba Şeyma Gizem Ebru Özlem Hatice Nurcan Fadime Gönül Hacer'.split(),
        'last': 'Karabulut Yılmazer Sarıkaya Bozkurt Akgül Kılınç Taşdemir Çelikkaya Gündoğdu Korkmazer Altıntaş Uçar Temiz Kocabaş Topçu Dursun Yüksel Sönmez Ekinci Akbulut Coşkun Kurtuluş Baysal Erdem Güneş Tunç Oral Ateş Çakır Kara Yavuzer Şimşek Türkmen Başaran Erdoğdu Yücel'.split(),
    },
    'pl_own': {  # Polish
        'male': 'Grzegorz Zbigniew Mirosław Wiesław Krzysztof Przemysław Arkadiusz Dariusz Sławomir Radosław Bogdan Waldemar Ryszard Zdzisław Lech Bartosz Damian Sebastian Łukasz Kamil Jarosław Czesław Mieczysław Tadeusz'.split(),
        'female': 'Grażyna Bożena Jadwiga Halina Wiesława Małgorzata Agnieszka Beata Dorota Elżbieta Krystyna Urszula Danuta Teresa Jolanta Iwona Renata Marzena Kinga Żaneta Edyta Sylwia Bogumiła Wanda'.split(),
        'last': 'Wróblewski Szczepański Grabowski Pawlak Michalak Jabłoński Król Wieczorek Kołodziej Zalewski Jakubowski Sadowski Duda Włodarczyk Sikora Baran Chmielewski Ostrowski Kaczmarczyk Kubiak Gajewski Przybylski Szewczyk Urban Borkowski Sobczak Czarnecki Kalinowski Mazurek Tomaszewski Pietrzak Marciniak'.split(),
    },
    'ru_own': {  # Russian / Ukrainian / Belarusian (German-style transliteration)
        'male': 'Wjatscheslaw Jaroslaw Swjatoslaw Wsewolod Gennadij Anatolij Walerij Eduard Arkadij Stanislaw Bogdan Taras Mykola Oleksandr Wolodymyr Dmytro Andrij Serhij Petro Ostap Tymofij Rostyslaw Wadym Witalij Ruslan Nasar Juri Kyrylo'.split(),
        'female': 'Ljudmila Swetlana Walentina Tatjana Olessja Snjeschana Oksana Halyna Switlana Nadija Lessja Solomija Wiktorija Kateryna Mariya Jewhenija Uljana Taissija Ljubow Nina Raissa Tamara Alina Larissa Ilona'.split(),
        'last': 'Schewtschenko Bondarenko Tkatschenko Kowaltschuk Melnyk Kryworutschko Pantschenko Ossadtschyj Hrytsenko Lyssenko Stepanenko Dmytrenko Sawtschuk Moros Kutscher Sirenko Tscherednytschenko Pasternak Romanjuk Wowk Horbatschuk Datsenko Fedortschuk Sacharowa Tschernowa Solowjowa Grischina Kusmina Jegorowa Nikitina'.split(),
    },
    'ro_own': {  # Romanian / Moldovan
        'male': 'Ionuț Cătălin Sorin Marius Florin Cosmin Bogdan Răzvan Ciprian Lucian Viorel Dorin Mircea Costel Gheorghiță Nicușor Adrian Ovidiu Valentin Emil Silviu Cornel Tiberiu Marian Fănel'.split(),
        'female': 'Florentina Mădălina Roxana Loredana Georgiana Nicoleta Alina Simona Ramona Lăcrămioara Claudia Daniela Gabriela Irina Mihaela Viorica Rodica Luminița Corina Cristina Anișoara Oana Larisa'.split(),
        'last': 'Dumitrescu Stoica Constantinescu Munteanu Diaconu Niculescu Bălan Ene Zamfir Dobre Chirilă Croitoru Lungu Oprea Voicu Anghel Surdu Cojocaru Mocanu Sârbu Ciobanu Rusu Nistor Toma Pavel Grigore Buzatu Iordache Tănase Pîrvu Căpraru'.split(),
    },
    'bg_own': {  # Bulgarian / Macedonian (Latin, German-style)
        'male': 'Stojan Ljubomir Plamen Krassimir Zwetan Rumen Jordan Christo Ognjan Weselin Boschidar Lasar Radoslaw Tichomir Nikolaj Ilijan Angel Metodi Kiril Bojko'.split(),
        'female': 'Zwetelina Radka Snejana Rossiza Stanka Wessela Jordanka Bojana Swetla Milka Desislawa Gergana Kremena Mariela Neli Dobrinka Zlatka Ralitza'.split(),
        'last': 'Stojanow Iwanowa Dimitrowa Christow Jordanowa Angelow Todorowa Kolew Petkowa Marinow Zwetkow Nikolow Georgiewa Iliew Kirilowa Radew Slawow Jankow Mitew Paunowa'.split(),
    },
    'bk_own': {  # Bosnian / Serbian / Kosovo-Albanian / Albanian
        'male': 'Emir Edin Haris Nermin Adnan Senad Mirsad Dževad Jasmin Samir Zlatan Dragan Nenad Milan Zoran Goran Dejan Bojan Ilir Arben Bujar Besnik Fatmir Agron Valon Driton Shkëlzen Blerim Gëzim Kujtim'.split(),
        'female': 'Amra Lejla Selma Aida Merima Emina Dženana Sanela Jasmina Mirela Dragana Jelena Snežana Milica Gordana Vesna Biljana Teuta Arbnora Valbona Mimoza Drita Fjolla Shqipe Lirie Albulena'.split(),
        'last': 'Hodžić Mehmedović Begović Hadžić Salihović Delić Mujić Husić Alić Kurtović Ramić Selimović Petrović Nikolić Jovanović Đorđević Stojanović Marković Ilić Pavlović Gashi Krasniqi Berisha Hoxha Shala Morina Kelmendi Bytyqi Rexhepi Sadiku Zeqiri Musliu'.split(),
    },
    'gr_own': {  # Greek (transliterated)
        'male': 'Stavros Spyridon Theodoros Charalambos Panagiotis Evangelos Christos Vasileios Athanasios Dimosthenis Kyriakos Leonidas Ilias Sotiris Apostolos Thanasis Lefteris Stelios'.split(),
        'female': 'Eleftheria Paraskevi Kalliopi Chrysoula Vasiliki Stavroula Georgia Dimitra Evangelia Panagiota Athina Theodora Despina Aikaterini Sofia Anastasia Glykeria Fotini'.split(),
        'last': 'Papadimitriou Konstantinidis Karagiannis Vlachos Oikonomou Makris Theodoridis Papageorgiou Antoniadis Christodoulou Nikolaidis Georgiadis Alexiou Zervas Kourtis Lambrakis Mavridis Tsakalidis Raptis Kalogeropoulos'.split(),
    },
    'it_own': {  # Italian
        'male': 'Salvatore Gennaro Vincenzo Carmine Pasquale Rocco Calogero Domenico Ciro Gaetano Raffaele Saverio Nunzio Cosimo Biagio Egidio Lorenzo Tommaso Fabrizio Massimiliano Gianluca Pierpaolo'.split(),
        'female': 'Concetta Carmela Assunta Nunzia Immacolata Filomena Rosaria Annunziata Graziella Loredana Ornella Mariangela Giuseppina Rosalba Pasqualina Antonella Donatella Raffaella'.split(),
        'last': 'Esposito Russo Ferraro Caruso Greco Lombardo Amato Gallo Messina Sorrentino Santoro Marino Coppola Palumbo Napolitano DeLuca Cirillo Vitale Parisi Giordano Mancuso Catalano Aiello Bruno Cuccurullo Iannone Scognamiglio Spataro'.split(),
    },
    'de_own': {  # German: regional and older given names, surnames from occupations and places
        'male': 'Wolfram Hartmut Gerd Detlef Gunther Rüdiger Eckhard Volkmar Winfried Reinhold Hansjörg Lothar Meinolf Sieghard Torsten Holger Sönke Hauke Ole Malte Jannik Lasse Fiete Hinnerk Hajo Udo Dietmar Egon Gisbert'.split(),
        'female': 'Gudrun Sieglinde Waltraud Hannelore Irmgard Liselotte Heidemarie Roswitha Gerlinde Brunhilde Edeltraud Annegret Dörte Wiebke Frauke Imke Silke Heike Anke Meike Birte Insa Tomke Gesa Swantje Ricarda Mareike Kerstin Doreen Mandy Peggy Ramona'.split(),
        'last': 'Quappe Schwertfeger Kesselhut Ellerbrock Tiedemann Bruns Hinrichs Rademacher Köhnemann Brinkhaus Dreesmann Ostendorf Steinkamp Wellbrock Thiessen Kruse Petersen Jürgensen Ketelsen Hamann Haverkamp Niehoff Uhlenbrock Pohlmann Sprenger Dammann Wendt Lüdtke Kösters Timmermann Budde Harms Janßen Ohlendorf Kuhlmann Segebrecht Wohlgemuth Feuerstein Sauerbier Honigmann Himmelreich Pfannkuch'.split(),
    },
    'vi_own2': {  # Vietnamese given names and rarer surnames (without tone marks)
        'male': 'Quoc Trung Phuc Khang Nhat Hieu Thinh Khoa Loc Tai Vinh Dat Khanh Sang Tuyen Bao Cuong Hau Luan'.split(),
        'female': 'Tuyet Hoai Nhung Thuong Thao Quyen Kieu Loan Diem Phuong Xuan Hang Nguyet Trinh Oanh Tham Yen Chau Ngan'.split(),
        'last': 'Quach Luu Diep Trinh Khuc Thach Kieu Tieu Ong Truong Lam Ton Van Giang Chu Thai Doan Au'.split(),
    },
}

# Faker locales not used by dev/heldout/heldout2 (see SOURCE.md and SOURCE-heldout2.md)
FAKER = ['da_DK', 'fi_FI', 'no_NO', 'lt_LT', 'lv_LV', 'et_EE', 'de_LI', 'de_LU', 'mk_MK', 'ka_GE', 'uz_UZ', 'fr_DZ',
         'yo_NG', 'ig_NG', 'ha_NG', 'tw_GH', 'sw', 'en_KE', 'pt_BR', 'ga_IE']


def from_faker(loc):
    L = faker_lists(loc)
    def pick(*keys):
        r = []
        for k in keys:
            r += L.get(k, [])
        return r
    male = pick('first_names_male', 'first_names_male_est', 'first_names_male_rus')
    female = pick('first_names_female', 'first_names_female_est', 'first_names_female_rus')
    if not male and not female and loc == 'lt_LT':   # one list for both genders: Lithuanian female names end in -a / -ė
        allf = pick('first_names')
        female = [n for n in allf if n.endswith(('a', 'ė'))]
        male = [n for n in allf if not n.endswith(('a', 'ė'))]
    d = {'male': male, 'female': female}
    if 'last_names_male' in L and 'last_names_female' in L:
        d['last_male'], d['last_female'] = L['last_names_male'], L['last_names_female']
    else:
        d['last'] = pick('last_names', 'last_names_est', 'last_names_rus', 'last_names_male', 'last_names_nonbinary')
    if loc == 'mk_MK':
        d = {k: [translit(x, MK) for x in v] for k, v in d.items()}
    if loc == 'ka_GE':
        d = {k: [translit(x, KA) for x in v] for k, v in d.items()}
    return d


def main():
    earlier = set()
    for f in ('names.json', 'names2.json'):
        for k, v in json.load(open(os.path.join(HERE, f), encoding='utf-8')).items():
            if not k.startswith('_'):
                for lst in v.values():
                    for n in lst:
                        earlier.update(tokens(n))
    for f in ('dev', 'heldout', 'heldout2'):
        for line in open(os.path.join(HERE, f + '.truth.jsonl'), encoding='utf-8'):
            t = json.loads(line)
            if t['kind'].endswith('Name'):
                earlier.update(tokens(t['value']))
    out = {'_source': {'repo': 'https://github.com/joke2k/faker', 'commit': COMMIT, 'licence': 'MIT',
                       'faker_locales': FAKER, 'own': sorted(OWN)}}
    stats = {}
    raw = {loc: from_faker(loc) for loc in FAKER}
    raw.update(OWN)
    for origin, d in raw.items():
        o, before, after = {}, 0, 0
        for k, lst in d.items():
            seen, keep = set(), []
            for n in lst:
                n = n.strip().replace('’', '')
                if not n or n in seen or any(ord(c) > 0xFFFF for c in n) or not re.fullmatch(r"[^\W\d_]+(?:[ -][^\W\d_]+)*", n):
                    continue
                seen.add(n)
                before += 1
                if any(t in earlier for t in tokens(n)) or len(n) < 2:
                    continue
                keep.append(n)
            after += len(keep)
            o[k] = keep
        stats[origin] = (before, after)
        out[origin] = o
    out['_filter'] = {'earlierTokens': len(earlier), 'perOrigin': {k: {'before': a, 'after': b} for k, (a, b) in stats.items()}}
    with open(os.path.join(HERE, 'names3.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=0)
        f.write('\n')
    for k, v in stats.items():
        print(k, v, {kk: len(vv) for kk, vv in out[k].items()})


if __name__ == '__main__':
    main()
