#!/usr/bin/env python3
"""One-off: build names8.json.

Sources: Faker (MIT) person providers ar_AA, ar_SA, ar_PS, fa_IR, ko_KR read with ast via `git show` (not imported),
transliterated to Latin letters by my own simplified schemes below; plus own-knowledge lists (OWN).
Drops every candidate that shares a folded token with names.json … names7.json or with a name truth value of
dev / heldout / heldout2 … heldout7.  Prints only counts per source and, for my own place / street / institution /
company pool candidates (from make_corpus8.py), the candidates of mine that match an earlier truth value.
"""
import ast, collections, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OLD = '/work/main/tests/Vkb.Pseudonymization.Tests/Corpora/independent'
FAKER = '/work/.mirror/joke2k+faker/repo'
COMMIT = '8ad78a632a4116e6392e6d5743524c683a2e02a1'


def provider(locale):
    src = subprocess.run(['git', '-C', FAKER, 'show', f'{COMMIT}:faker/providers/person/{locale}/__init__.py'],
                         capture_output=True, text=True, check=True).stdout
    out = {}
    for n in ast.walk(ast.parse(src)):
        tgt = None
        if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name):
            tgt, val = n.targets[0].id, n.value
        elif isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name) and n.value is not None:
            tgt, val = n.target.id, n.value
        if tgt is None:
            continue
        if isinstance(val, ast.Call) and getattr(val.func, 'id', '') == 'OrderedDict' and val.args:
            val = val.args[0]
        try:
            v = ast.literal_eval(val)
        except Exception:
            continue
        if isinstance(v, (tuple, list)):
            v = [x[0] if isinstance(x, tuple) else x for x in v]
            if all(isinstance(x, str) for x in v):
                out[tgt] = v
    return out


# ---------------------------------------------------------------- Arabic / Persian script -> Latin (own scheme)
CONS = {'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z',
        'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k',
        'ک': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'پ': 'p', 'چ': 'ch', 'ژ': 'zh', 'گ': 'g', 'ع': "'"}
PERSIAN_CONS = {'ذ': 'z', 'ث': 's', 'ض': 'z', 'ظ': 'z', 'ق': 'gh', 'و': 'v'}


def translit_ar(word, persian=False):
    """Very simplified: long vowels from alif / waw / ya; a short vowel 'a' opens a syllable that has none;
    a final consonant after a long vowel and a coda gets 'i' (Alim, Rafi)."""
    w = word.replace('\u0640', '')
    w = ''.join(c for c in w if not ('\u064b' <= c <= '\u065f'))
    if ' ' in w:
        parts = [translit_ar(p, persian) for p in w.split()]
        return ' '.join(parts) if all(parts) else ''
    if w.startswith('ال') and len(w) > 3:
        rest = translit_ar(w[2:], persian)
        return ('al-' + rest) if rest else ''
    VOW = 'اأإآىوييیةؤئءه'
    toks = []  # (type, latin)
    n = len(w)
    for i, c in enumerate(w):
        last = i == n - 1
        prevt = toks[-1][0] if toks else None
        if c in 'اآى':
            toks.append(('V', 'a'))
        elif c == 'أ':
            toks.append(('V', 'a'))
        elif c == 'إ':
            toks.append(('V', 'i'))
        elif c in 'ءئؤ':
            toks.append(('V', 'u' if c == 'ؤ' else 'a'))
        elif c == 'ة':
            toks.append(('V', 'a'))
        elif c == 'ه' and last and persian and prevt == 'C':
            toks.append(('V', 'eh'))
        elif c == 'و':
            if prevt in (None, 'V') and not last:
                toks.append(('C', 'v' if persian else 'w'))
            else:
                toks.append(('V', 'o' if persian else 'u'))
        elif c in 'يی':
            if prevt in (None, 'V') and not last:
                toks.append(('C', 'y'))
            else:
                toks.append(('V', 'i'))
        else:
            lat = (PERSIAN_CONS.get(c) if persian else None) or CONS.get(c)
            if lat is None:
                return ''
            if c == 'ع':
                lat = "'" if toks and not last else ''
            toks.append(('C', lat))
    out, state, lastlong = [], 'onset', False
    for i, (t, l) in enumerate(toks):
        nt = toks[i + 1][0] if i + 1 < len(toks) else None
        if t == 'V':
            if state == 'done' and out and out[-1][-1:] in 'aeiou':
                l = {'a': '', 'i': 'i', 'u': 'u'}.get(l, l) if l != 'eh' else 'eh'
            out.append(l)
            state, lastlong = 'done', True
            continue
        if state == 'done' and nt != 'V':
            out.append(l)       # coda
            state = 'coda'
            continue
        out.append(l)
        if nt == 'C':
            out.append('a')
            state, lastlong = 'done', False
        elif nt is None:
            if state == 'coda' and lastlong:
                out.insert(len(out) - 1, 'i')
        else:
            state = 'onset'
    s = ''.join(out).strip("'")
    s = re.sub(r"'(?=[^aeiou])", '', s)
    s = re.sub(r"(?<=[aeiou])'(?=[aeiou])", "'", s)
    return s if re.search('[aeiou]', s) else ''


def cap(s):
    parts = re.split(r'([ \-])', s)
    return ''.join(p[:1].upper() + p[1:] if p not in (' ', '-', 'al') else p for p in parts)


def variants_ar(s):
    """Spelling variants as seen in German and English files."""
    out = {s}
    v = s.replace('sh', 'sch').replace('kh', 'ch').replace('j', 'dsch').replace('q', 'k')
    out.add(v)
    v2 = s.replace('u', 'ou').replace('j', 'dj').replace('ia', 'iya')
    out.add(v2)
    return [cap(x) for x in out if x]


# ---------------------------------------------------------------- Hangul -> Revised Romanisation (own implementation)
INI = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h']
MED = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu',
       'ui', 'i']
FIN = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't',
       't', 'k', 't', 'p', 't']
KO_SURNAME = {'김': ['Kim', 'Gim'], '이': ['Lee', 'Yi', 'Rhee'], '박': ['Park', 'Pak', 'Bak'], '최': ['Choi', 'Choe'],
              '정': ['Jung', 'Jeong', 'Chung'], '조': ['Cho', 'Jo'], '강': ['Kang', 'Gang'], '윤': ['Yoon', 'Yun'],
              '장': ['Jang', 'Chang'], '임': ['Lim', 'Im', 'Yim'], '한': ['Han'], '오': ['Oh', 'O'], '서': ['Seo', 'Suh'],
              '신': ['Shin', 'Sin'], '권': ['Kwon', 'Gwon'], '황': ['Hwang'], '안': ['Ahn', 'An'], '송': ['Song'],
              '류': ['Ryu', 'Yoo'], '유': ['Yoo', 'Yu'], '홍': ['Hong'], '전': ['Jeon', 'Chun'], '고': ['Ko', 'Go'],
              '문': ['Moon', 'Mun'], '손': ['Son'], '양': ['Yang'], '배': ['Bae'], '백': ['Baek', 'Paik'], '허': ['Heo', 'Huh'],
              '노': ['Noh', 'No'], '남': ['Nam'], '심': ['Shim', 'Sim'], '하': ['Ha'], '곽': ['Kwak'], '성': ['Sung', 'Seong'],
              '차': ['Cha'], '주': ['Joo', 'Ju'], '우': ['Woo', 'U'], '구': ['Koo', 'Gu'], '민': ['Min'], '진': ['Jin'],
              '나': ['Na'], '지': ['Ji'], '엄': ['Eom', 'Um'], '채': ['Chae'], '원': ['Won'], '천': ['Cheon'], '방': ['Bang'],
              '공': ['Kong', 'Gong'], '현': ['Hyun', 'Hyeon'], '함': ['Ham'], '변': ['Byun', 'Byeon'], '염': ['Yeom'],
              '여': ['Yeo'], '추': ['Choo', 'Chu'], '도': ['Do'], '소': ['So'], '석': ['Seok'], '선': ['Sun', 'Seon'],
              '설': ['Seol'], '마': ['Ma'], '길': ['Gil', 'Kil'], '연': ['Yeon'], '위': ['Wi'], '표': ['Pyo'], '명': ['Myung'],
              '기': ['Ki', 'Gi'], '반': ['Ban'], '왕': ['Wang'], '금': ['Keum', 'Geum'], '옥': ['Ok'], '육': ['Yook', 'Yuk'],
              '인': ['In'], '맹': ['Maeng'], '제': ['Je'], '모': ['Mo'], '탁': ['Tak'], '국': ['Kook', 'Guk'], '어': ['Eo'],
              '은': ['Eun'], '편': ['Pyeon'], '용': ['Yong'], '예': ['Ye'], '경': ['Kyung', 'Gyeong'], '봉': ['Bong'],
              '사': ['Sa'], '부': ['Bu', 'Boo'], '황보': ['Hwangbo'], '남궁': ['Namgung'], '제갈': ['Jegal'],
              '선우': ['Sunwoo', 'Seonu'], '독고': ['Dokgo'], '가': ['Ka', 'Ga'], '복': ['Bok']}


def rr(word, hyphen=False):
    syl = []
    for ch in word:
        o = ord(ch) - 0xAC00
        if not 0 <= o < 11172:
            return ''
        syl.append((o // 588, (o % 588) // 28, o % 28))
    parts = []
    for k, (i, m, f) in enumerate(syl):
        ini = INI[i]
        if k > 0 and i == 5 and syl[k - 1][2] == 0:
            ini = 'r'
        elif k == 0 and i == 5:
            ini = 'r'
        parts.append(ini + MED[m] + FIN[f])
    s = ('-' if hyphen else '').join(parts)
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------- own lists (my own knowledge, Latin script)
OWN = {
    # German given names and surnames from my own knowledge (older, regional and current usage); not from Faker de_*
    'de_own8': {
        'm': ['Hinnerk', 'Detlev', 'Sönke', 'Eike', 'Bodo', 'Gerd', 'Hartwig', 'Lutz', 'Volkmar', 'Reinhold', 'Ottmar',
              'Wendelin', 'Gebhard', 'Hubertus', 'Leopold', 'Anselm', 'Benedikt', 'Korbinian', 'Quirin', 'Vinzenz',
              'Malte', 'Ole', 'Jannik', 'Torben', 'Mirko', 'Sascha', 'Ingo', 'Heiko', 'Thilo', 'Carsten', 'Gunnar',
              'Knut', 'Ansgar', 'Wolfram', 'Gernot', 'Rüdiger', 'Berthold', 'Ekkehard', 'Lothar', 'Siegmund', 'Kuno',
              'Hagen', 'Arnd', 'Falko', 'Henning', 'Claas', 'Fiete', 'Hauke', 'Momme', 'Rasmus', 'Theo', 'Emil',
              'Anton', 'Matthes', 'Bela', 'Linus', 'Mats', 'Lasse', 'Piet', 'Tjark', 'Jost',
              'Ulfert', 'Enno', 'Harro', 'Meinolf', 'Ludger', 'Hermann-Josef', 'Wigbert', 'Reinhild', 'Gottlob', 'Friedhelm', 'Ewald', 'Egon', 'Alwin', 'Arnold', 'Baldur', 'Bernward', 'Burkhard', 'Dietmar', 'Eckhard', 'Edmund', 'Engelbert', 'Erwin', 'Fridolin', 'Gerwin', 'Giselher', 'Gunther', 'Hartmut', 'Helmfried', 'Herbert', 'Hilmar', 'Ignaz', 'Irmfried', 'Isidor', 'Jobst', 'Kilian', 'Konstantin', 'Kurt', 'Lambert', 'Leberecht', 'Liborius', 'Lorenz', 'Ludolf', 'Manfred', 'Marbod', 'Meinrad', 'Notker', 'Odo', 'Olaf', 'Ortwin', 'Oswin', 'Otfried', 'Pankraz', 'Rainald', 'Reimund', 'Rochus', 'Roderich', 'Sebald', 'Sigisbert', 'Tassilo', 'Traugott', 'Ubbo', 'Udo', 'Ulrich', 'Valentin', 'Volkwin', 'Waldemar', 'Wernfried', 'Wigand', 'Winfried', 'Wolfhard', 'Xaver', 'Eberhard', 'Gotthold', 'Hanno', 'Heinko', 'Jorinde', 'Thorsten', 'Swen', 'Hajo', 'Jupp', 'Ferdl', 'Sepp', 'Wastl', 'Gustl', 'Poldi', 'Klaas', 'Eilert', 'Okke', 'Tamme', 'Habbo', 'Edzard', 'Focko', 'Remmer', 'Wilko', 'Menno'],
        'f': ['Wiebke', 'Imke', 'Frauke', 'Gesche', 'Heike', 'Silke', 'Anke', 'Elke', 'Meike', 'Birte', 'Maren',
              'Swantje', 'Tomke', 'Hilke', 'Dörte', 'Gudrun', 'Irmgard', 'Hannelore', 'Roswitha', 'Waltraud', 'Edeltraud',
              'Gisela', 'Liesel', 'Rosemarie', 'Adelheid', 'Kunigunde', 'Walburga', 'Theresia', 'Kreszenz', 'Veronika',
              'Mechthild', 'Hildegard', 'Ortrud', 'Sieglinde', 'Brunhilde', 'Gerlinde', 'Ulrike', 'Dagmar', 'Antje',
              'Kerstin', 'Sabine', 'Mandy', 'Peggy', 'Cindy', 'Ramona', 'Jacqueline', 'Nadine', 'Janine', 'Ines',
              'Mareike', 'Svenja', 'Jule', 'Frieda', 'Ida', 'Greta', 'Mathilda', 'Smilla', 'Fenja', 'Ronja', 'Lotte',
              'Almut', 'Auguste', 'Belinda', 'Bettina', 'Brigitta', 'Christel', 'Dorothee', 'Edelgard', 'Elfriede', 'Elsbeth', 'Erdmute', 'Friederike', 'Gertraud', 'Gesine', 'Hedwig', 'Helga', 'Henrike', 'Herta', 'Hiltrud', 'Ilse', 'Irmtraud', 'Jutta', 'Karola', 'Liselotte', 'Lore', 'Luitgard', 'Margarete', 'Marlies', 'Notburga', 'Oda', 'Ottilie', 'Rotraut', 'Rosalinde', 'Sigrid', 'Trudel', 'Ute', 'Walpurga', 'Wilhelmine', 'Wiltrud', 'Winfriede', 'Hermine', 'Hilde', 'Gunda', 'Frauke-Marie', 'Okka', 'Talea', 'Thalke', 'Ubbine', 'Wübke', 'Gretje', 'Antje-Katrin', 'Heilwig', 'Irmela', 'Jolanthe', 'Reinhilde', 'Sieglind', 'Uta', 'Vroni', 'Resi', 'Zenzi', 'Burgl', 'Annegret', 'Anneliese', 'Bärbel', 'Christa', 'Doris', 'Erika', 'Gabi', 'Hanne', 'Inge', 'Karin', 'Lieselotte', 'Margot', 'Renate', 'Rita', 'Sonja', 'Traudl', 'Ursel', 'Wilma', 'Rieke', 'Merle', 'Wencke', 'Femke', 'Tjorven', 'Inka', 'Kirsten'],
        's': ['Tiedemann', 'Brüggemann', 'Ahlers', 'Quast', 'Pahl', 'Dreyer', 'Harms', 'Wübben', 'Eilers', 'Ohlsen',
              'Thiessen', 'Hinrichs', 'Gerdes', 'Janssen', 'Ubben', 'Kruse', 'Stüve', 'Wolters', 'Lüdemann', 'Rathje',
              'Kröger', 'Sievers', 'Bruhn', 'Timm', 'Klindworth', 'Hashagen', 'Meyerdierks', 'Ficke', 'Plate', 'Wähling',
              'Rehbein', 'Kloppenburg', 'Niemöller', 'Große-Kathöfer', 'Schulze-Althoff', 'Wienkamp', 'Overbeck',
              'Lammers', 'Terhorst', 'Brinkhege', 'Hölscher', 'Sprenger', 'Kortmann', 'Bußmann', 'Pöppelmann',
              'Heitkamp', 'Schwerdtfeger', 'Löffelholz', 'Kesselring', 'Rieger', 'Gschwendtner', 'Obermaier',
              'Huber', 'Wimmer', 'Brandstetter', 'Pichlmaier', 'Stangl', 'Zehetmair', 'Kagerer', 'Moosbrugger',
              'Hägele', 'Bürkle', 'Schäufele', 'Häberle', 'Dürr', 'Rapp', 'Kächele', 'Nägele', 'Gscheidle', 'Bentele',
              'Mörsdorf', 'Kiefer', 'Thös', 'Backes', 'Weirich', 'Zenner', 'Kallenborn', 'Schwinn', 'Dörrschuck',
              'Kretschmar', 'Nitzsche', 'Pietzsch', 'Gräfe', 'Seifert', 'Reichelt', 'Fritzsche', 'Bachmann', 'Hänel',
              'Lehmpfuhl', 'Wuttke', 'Nowotny', 'Kaczmarek', 'Pawlitzki', 'Budzinski', 'Schimanski', 'Kowalczyk',
              'Tschirner', 'Krautwurst', 'Schnabel', 'Beutler', 'Grützmacher', 'Habermann', 'Kühnhold', 'Liebetrau',
              'Mehlhorn', 'Oelschläger', 'Radtke', 'Schönherr', 'Teichmann', 'Uhlig', 'Vogelsang', 'Wunderlich',
              'Zschiesche', 'Appelhans', 'Bierwirth', 'Düsterhöft', 'Eggebrecht', 'Fahlbusch', 'Gieseking'],
    },
    # Tigrinya / Eritrean and Amharic given names (patronymic surnames are given names), my own knowledge
    'er_own8': {
        'm': ['Filmon', 'Robel', 'Yonas', 'Habtom', 'Tesfalem', 'Biniam', 'Ermias', 'Kibrom', 'Mehari', 'Natnael',
              'Awet', 'Temesghen', 'Berhane', 'Goitom', 'Samuel', 'Tedros', 'Amanuel', 'Henok', 'Dawit', 'Yohannes'],
        'f': ['Senait', 'Saba', 'Luwam', 'Helen', 'Rahwa', 'Semhar', 'Eden', 'Feven', 'Mebrat', 'Tsega', 'Selam',
              'Yordanos', 'Hiwet', 'Winta', 'Meron', 'Milena', 'Ruta', 'Elsa', 'Abrehet', 'Lidya'],
        's': ['Tesfamariam', 'Ghebremedhin', 'Woldemichael', 'Haileselassie', 'Kidane', 'Tekle', 'Araya', 'Mebrahtu',
              'Gebreyesus', 'Negassi', 'Habtemariam', 'Zerai', 'Andemariam', 'Berhe', 'Asfaha', 'Okbazghi',
              'Tewelde', 'Weldegiorgis', 'Ghirmay', 'Teklehaimanot'],
    },
    # Dari / Pashto (Afghanistan) in German-file spelling, my own knowledge
    'af_own8': {
        'm': ['Shafiqullah', 'Zabihullah', 'Naqibullah', 'Rahmatullah', 'Sayed Jawad', 'Mirwais', 'Hekmatullah',
              'Nasrullah', 'Farhad', 'Wahidullah', 'Jawid', 'Samiullah', 'Ezatullah', 'Obaidullah', 'Rohullah'],
        'f': ['Zarghuna', 'Marzia', 'Shabnam', 'Freshta', 'Mursal', 'Farzana', 'Nazanin', 'Hosai', 'Malalai', 'Gulalai',
              'Sadaf', 'Mahbooba', 'Zahra', 'Tamana', 'Storai'],
        's': ['Popalzai', 'Stanikzai', 'Ahmadzai', 'Noorzai', 'Barakzai', 'Sadozai', 'Mohmand', 'Wardak', 'Hotak',
              'Samadi', 'Rasuli', 'Hashimi', 'Sultani', 'Amiri', 'Jalali', 'Nazari', 'Haidari', 'Rahimi', 'Karimi',
              'Azizi'],
    },
}


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s.replace('ß', 'ss')) if unicodedata.category(c) != 'Mn')


def toks(v):
    out = set()
    for t in re.split(r"[\s\-'’.,()\"]+", v.lower()):
        if t:
            out.add(fold(t))
            out.add(fold(t.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')))
    return out


def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            if not k.startswith('_'):
                yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


def earlier():
    old_tok, vals = set(), collections.defaultdict(set)
    for f in ['names.json'] + [f'names{i}.json' for i in range(2, 8)]:
        for s in strings(json.load(open(os.path.join(OLD, f), encoding='utf-8'))):
            old_tok |= toks(s)
    for split in ['dev', 'heldout'] + [f'heldout{i}' for i in range(2, 8)]:
        for line in open(os.path.join(OLD, f'{split}.truth.jsonl'), encoding='utf-8'):
            t = json.loads(line)
            vals[t['kind']].add(t['value'])
            if t['kind'].endswith('Name'):
                old_tok |= toks(t['value'])
    return old_tok, vals


def main():
    src = {}
    # Arabic (ar_AA given names + surnames, ar_SA / ar_PS surnames)
    aa = provider('ar_AA')
    conv = lambda lst, persian=False: sorted({v for x in lst for v in variants_ar(translit_ar(x, persian))
                                              if v and len(v) > 3})
    src['ar_AA'] = {'m': conv(aa.get('first_names_male', [])), 'f': conv(aa.get('first_names_female', [])),
                    's': conv(aa.get('last_names', []))}
    sa, ps = provider('ar_SA'), provider('ar_PS')
    src['ar_SA'] = {'m': [], 'f': [], 's': conv(sa.get('last_names', []))}
    src['ar_PS'] = {'m': [], 'f': [], 's': conv(ps.get('last_names', []))}
    fa = provider('fa_IR')
    src['fa_IR'] = {'m': conv(fa.get('first_names_male', []), True), 'f': conv(fa.get('first_names_female', []), True),
                    's': conv(fa.get('last_names', []), True)}
    ko = provider('ko_KR')
    kom = sorted({v for x in ko.get('first_names_male', []) for v in (rr(x), rr(x, True)) if v})
    kof = sorted({v for x in ko.get('first_names_female', []) for v in (rr(x), rr(x, True)) if v})
    kos = sorted({v for x in ko.get('last_names', []) for v in KO_SURNAME.get(x, [rr(x)]) if v})
    src['ko_KR'] = {'m': kom, 'f': kof, 's': kos}
    for k, v in OWN.items():
        src[k] = v
    old_tok, vals = earlier()
    out, filt = {}, {}
    for k, d in src.items():
        before = sum(len(set(d[x])) for x in 'mfs')
        kept = {x: sorted({n for n in d[x] if not (toks(n) & old_tok) and all(ord(c) < 0x250 for c in n)}) for x in 'mfs'}
        out[k] = kept
        filt[k] = [before, sum(len(kept[x]) for x in 'mfs')]
        print(k, 'before', before, 'kept', filt[k][1])
    out['_source'] = {
        'faker': f'joke2k/faker commit {COMMIT}, MIT licence (c) 2012 Daniele Faraglia; person providers ar_AA, ar_SA, '
                 'ar_PS, fa_IR, ko_KR read with ast; transliterated by extract_names8.py (own schemes)',
        'own': 'de_own8, er_own8, af_own8: own knowledge of the writer of heldout8'}
    out['_filter'] = filt
    # own pool candidates of make_corpus8.py that match earlier truth values (printed: mine only)
    sys.path.insert(0, HERE)
    dropped = []
    try:
        import make_corpus8 as P
        cands = P.candidates()
        hay = {k: [fold(v.lower()) for v in vals[k]] for k in ('address', 'institution', 'company')}
        allhay = '\n'.join(h for k in hay for h in hay[k])
        for c in cands:
            fc = fold(c.lower())
            fc2 = fold(c.lower().replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue'))
            pat = re.compile(r'(?<!\w)(' + re.escape(fc) + '|' + re.escape(fc2) + r')(?!\w)')
            pat2 = re.compile(r'(?<!\w)(' + re.escape(fc) + '|' + re.escape(fc2) + r')')
            if pat.search(allhay) or (len(fc) >= 4 and c in P.PREFIX_CHECK and pat2.search(allhay)):
                dropped.append(c)
    except ImportError:
        pass
    out['_droppedPoolCandidates'] = sorted(set(dropped))
    print('own pool candidates matching earlier truth values:', len(dropped))
    for c in sorted(set(dropped)):
        print('  mine:', c)
    with open(os.path.join(HERE, 'names8.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')


if __name__ == '__main__':
    main()
