#!/usr/bin/env python3
"""One-off: build names6.json from the Faker mirror (read with ast, never imported) plus own lists.
Drops every name sharing a folded token with names.json..names5.json or any earlier truth *Name value.
Also drops my own place / street / company / institution candidates (from make_corpus6.py) that match an
earlier address / institution / company truth value (word boundary, case-folded, also ae/oe/ue); only my own
matched candidates are printed."""
import ast, json, os, re, subprocess, sys, unicodedata

OLD = '/work/main/tests/Vkb.Pseudonymization.Tests/Corpora/independent'
REPO = '/work/.mirror/joke2k+faker/repo'
COMMIT = '8ad78a632a4116e6392e6d5743524c683a2e02a1'
HERE = os.path.dirname(os.path.abspath(__file__))


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s.replace('ß', 'ss')) if unicodedata.category(c) != 'Mn')


def toks(v):
    out = set()
    for t in re.split(r"[\s\-'’.,()\"/]+", v.lower()):
        if t:
            out.add(fold(t))
            out.add(fold(t.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')))
    return out


def lists(locale):
    src = subprocess.run(['git', '-C', REPO, 'show', f'{COMMIT}:faker/providers/person/{locale}/__init__.py'],
                         capture_output=True, text=True, check=True).stdout
    out = {}
    for n in ast.walk(ast.parse(src)):
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
            try:
                v = ast.literal_eval(n.value)
            except Exception:
                continue
            if isinstance(v, dict):
                v = list(v.keys())
            if isinstance(v, (list, tuple)):
                out[n.targets[0].id] = [x for x in v if isinstance(x, str)]
    return out


# --- Devanagari -> Latin (own simplified table, passport-style English romanisation) ---
CONS = {'क': 'k', 'ख': 'kh', 'ग': 'g', 'घ': 'gh', 'ङ': 'ng', 'च': 'ch', 'छ': 'chh', 'ज': 'j', 'झ': 'jh', 'ञ': 'n',
        'ट': 't', 'ठ': 'th', 'ड': 'd', 'ढ': 'dh', 'ण': 'n', 'त': 't', 'थ': 'th', 'द': 'd', 'ध': 'dh', 'न': 'n',
        'प': 'p', 'फ': 'ph', 'ब': 'b', 'भ': 'bh', 'म': 'm', 'य': 'y', 'र': 'r', 'ल': 'l', 'व': 'v', 'श': 'sh',
        'ष': 'sh', 'स': 's', 'ह': 'h'}
NUKTA = {'ज': 'z', 'फ': 'f', 'ड': 'r', 'ढ': 'rh', 'ख': 'kh', 'क': 'q', 'ग': 'gh'}
VOW = {'अ': 'a', 'आ': 'a', 'इ': 'i', 'ई': 'i', 'उ': 'u', 'ऊ': 'u', 'ऋ': 'ri', 'ए': 'e', 'ऐ': 'ai', 'ओ': 'o', 'औ': 'au', 'ऑ': 'o'}
MATRA = {'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au', 'ॉ': 'o'}
PRE = {'ख़': 'kh', 'ज़': 'z', 'फ़': 'f', 'ड़': 'r', 'क़': 'q', 'ग़': 'gh'}


def deva(word):
    word = ''.join(PRE.get(c, c) for c in word)  # precomposed nukta letters
    out, i, pending = [], 0, False
    for i, c in enumerate(word):
        if c in CONS or c in ('z', 'f', 'q') or (len(c) == 1 and c.isascii() and c.isalpha()):
            if pending:
                out.append('a')
            out.append(CONS.get(c, c))
            pending = True
        elif c == '़':
            if out:
                prev = [k for k, v in CONS.items() if v == out[-1]]
                if prev and prev[0] in NUKTA:
                    out[-1] = NUKTA[prev[0]]
        elif c in MATRA:
            out.append(MATRA[c]); pending = False
        elif c == '्':
            pending = False
        elif c in VOW:
            if pending:
                out.append('a')
            out.append(VOW[c]); pending = False
        elif c in 'ंँ':
            if pending:
                out.append('a'); pending = False
            out.append('n')
        elif c in '\u200c\u200d':
            continue
        else:
            if pending:
                out.append('a'); pending = False
            out.append(c)
    # final inherent a dropped (schwa deletion at word end), but kept after a conjunct (virama before the last consonant)
    if pending and len(word) >= 3 and word[-2] == '्':
        out.append('a')
    s = ''.join(out)
    return s[:1].upper() + s[1:]


def deva_name(s):
    return ' '.join(deva(w) for w in s.split())


OWN = {
    # Basque given names / surnames
    'eu_own': {'m': ['Iñaki', 'Aitor', 'Gorka', 'Unai', 'Joseba', 'Koldo', 'Xabier', 'Ander', 'Eneko', 'Iker', 'Mikel', 'Jokin', 'Urtzi', 'Asier', 'Oier', 'Beñat', 'Endika', 'Gaizka', 'Harkaitz', 'Imanol'],
               'f': ['Amaia', 'Ainhoa', 'Leire', 'Nerea', 'Itziar', 'Maite', 'Garazi', 'Idoia', 'Miren', 'Nekane', 'Edurne', 'Arantxa', 'Itsaso', 'Uxue', 'Olatz', 'Irati', 'Haizea', 'Ane', 'Izaskun', 'Begoña'],
               's': ['Etxeberria', 'Goikoetxea', 'Urrutia', 'Agirre', 'Zubizarreta', 'Arrieta', 'Olaizola', 'Larrañaga', 'Iturbe', 'Elizondo', 'Mendizabal', 'Aranburu', 'Bengoetxea', 'Garmendia', 'Lasarte', 'Ugarte', 'Zabaleta', 'Otxoa', 'Aizpurua', 'Egaña', 'Irigoien', 'Markaida', 'Azpiazu', 'Lekuona', 'Ibarguren']},
    # Maltese
    'mt_own': {'m': ['Ġorġ', 'Mikiel', 'Pawlu', 'Ċensu', 'Salvu', 'Wenzu', 'Ninu', 'Ġużeppi', 'Kalċidon', 'Indri'],
               'f': ['Marija', 'Rożina', 'Ġorġina', 'Ċettina', 'Pawlina', 'Rita', 'Doris', 'Carmen', 'Lourdes', 'Josette'],
               's': ['Camilleri', 'Borg', 'Farrugia', 'Vella', 'Zammit', 'Grech', 'Micallef', 'Cassar', 'Spiteri', 'Azzopardi', 'Mifsud', 'Xuereb', 'Bonnici', 'Attard', 'Galea', 'Debono', 'Caruana', 'Scicluna', 'Agius', 'Cutajar', 'Schembri', 'Buttigieg', 'Zerafa', 'Sammut', 'Muscat']},
    # Somali
    'so_own': {'m': ['Abdirahman', 'Abdiqani', 'Mahad', 'Liban', 'Guled', 'Shirwac', 'Warsame', 'Abdiwali', 'Cabdulle', 'Xasan', 'Mukhtar', 'Sahal', 'Bashiir', 'Jibriil', 'Dahir'],
               'f': ['Hodan', 'Sahra', 'Ifrah', 'Ubah', 'Nimco', 'Hibo', 'Farhiya', 'Ayaan', 'Khadra', 'Deeqa', 'Sagal', 'Xamdi', 'Filsan', 'Ladan', 'Shukri'],
               's': ['Warsame', 'Jama', 'Farah', 'Abdille', 'Egal', 'Dirie', 'Samatar', 'Yusuf', 'Gedi', 'Hirsi', 'Mohamud', 'Cali', 'Afrah', 'Nuur', 'Xuseen', 'Guure', 'Iidle', 'Cawaale', 'Diiriye', 'Faarax']},
    # Filipino (Tagalog / Visayan)
    'ph_own': {'m': ['Rodel', 'Jomar', 'Arnel', 'Rommel', 'Jhunjhun', 'Dindo', 'Bongbong', 'Efren', 'Marlon', 'Rolando', 'Jonel', 'Reynaldo'],
               'f': ['Marites', 'Lorna', 'Divina', 'Rosalinda', 'Maricel', 'Jocelyn', 'Analyn', 'Lovely', 'Cherrylyn', 'Jonalyn', 'Rowena', 'Girlie'],
               's': ['Dimaculangan', 'Macaraeg', 'Pangilinan', 'Dimagiba', 'Bautista', 'Villanueva', 'Tolentino', 'Magbanua', 'Mangubat', 'Dalisay', 'Lacsamana', 'Manalastas', 'Sumulong', 'Panganiban', 'Buenaventura', 'Evangelista', 'Salonga', 'Tuazon', 'Ocampo', 'Catacutan']},
    # Welsh
    'cy_own': {'m': ['Iolo', 'Gethin', 'Rhodri', 'Emyr', 'Dafydd', 'Llŷr', 'Cai', 'Gwion', 'Tudur', 'Iestyn', 'Meilyr', 'Geraint'],
               'f': ['Nia', 'Ffion', 'Seren', 'Cerys', 'Eleri', 'Gwenllian', 'Heledd', 'Lowri', 'Angharad', 'Mererid', 'Siwan', 'Catrin'],
               's': ['Pritchard', 'Llewellyn', 'Prosser', 'Pugh', 'Gwilym', 'ap Rhys', 'Bowen', 'Vaughan', 'Madoc', 'Cadwaladr', 'Trefor', 'Prydderch', 'Bevan', 'Parry', 'Gruffydd']},
    # Tamil (romanised, own knowledge)
    'ta_own': {'m': ['Senthil', 'Murugan', 'Thiruvalluvan', 'Kathiravan', 'Ilango', 'Sivakumar', 'Tharshan', 'Kajan', 'Nirojan', 'Sutharsan', 'Thileepan', 'Prasanth'],
               'f': ['Tharshika', 'Kavitha', 'Nirmala', 'Sivaranjani', 'Thulasi', 'Kalaivani', 'Yalini', 'Abirami', 'Mathumitha', 'Nithya', 'Vasuki', 'Thamarai'],
               's': ['Sivanesan', 'Thambirajah', 'Kanagaratnam', 'Sellathurai', 'Ponnambalam', 'Yogarajah', 'Balasingham', 'Kandiah', 'Jeyakumar', 'Mahendran', 'Navaratnam', 'Rasalingam', 'Thillainathan', 'Vijayakumar', 'Shanmugam']},
}


def main():
    old_tok = set()

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

    for f in ('names.json', 'names2.json', 'names3.json', 'names4.json', 'names5.json'):
        for s in strings(json.load(open(os.path.join(OLD, f), encoding='utf-8'))):
            old_tok |= toks(s)
    old_vals = {'address': [], 'institution': [], 'company': []}
    for split in ('dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5'):
        for line in open(os.path.join(OLD, f'{split}.truth.jsonl'), encoding='utf-8'):
            t = json.loads(line)
            if t['kind'].endswith('Name'):
                old_tok |= toks(t['value'])
            elif t['kind'] in old_vals:
                old_vals[t['kind']].append(t['value'])

    src = {}
    en = lists('en')
    src['en'] = {'m': en['first_names_male'], 'f': en['first_names_female'], 's': en['last_names']}
    for loc in ('hi_IN', 'mr_IN', 'ne_NP'):
        L = lists(loc)
        src[loc] = {'m': [deva_name(x) for x in L.get('first_names_male', [])],
                    'f': [deva_name(x) for x in L.get('first_names_female', [])],
                    's': [deva_name(x) for x in L.get('last_names', [])]}
    src.update(OWN)

    def ok(name):
        if not name or not all(ord(c) < 0x250 for c in name):
            return False
        return not (toks(name) & old_tok)

    out, filt = {}, {}
    for k, d in src.items():
        before = len(set(d['m']) | set(d['f']) | set(d['s']))
        out[k] = {g: sorted(set(x for x in d[g] if ok(x))) for g in ('m', 'f', 's')}
        filt[k] = [before, sum(len(v) for v in out[k].values())]

    # place / street / company / institution candidates of make_corpus6.py
    sys.path.insert(0, HERE)
    import make_corpus6 as M
    blobs = {k: '\n'.join(v).lower() for k, v in old_vals.items()}
    allblob = '\n'.join(blobs.values())
    allblob2 = allblob + '\n' + allblob.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')
    dropped = []
    for cand in M.candidates():
        c = cand.lower()
        for v in {c, c.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')}:
            if re.search(r'(?<!\w)' + re.escape(v) + r'(?!\w)', allblob2):
                dropped.append(cand)
                break
    for base in list(M.STREET_BASES) + list(M.COMPANY_WORDS) + M.villages():
        b = base.lower()
        for v in {b, b.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')}:
            if re.search(r'(?<!\w)' + re.escape(v), allblob2):
                dropped.append(base)
                break
    # my own matched candidates (allowed to print)
    print('dropped own candidates:', len(dropped), dropped)
    res = {'_source': {'faker': {'repo': 'https://github.com/joke2k/faker', 'commit': COMMIT, 'licence': 'MIT',
                                 'locales': ['en', 'hi_IN (transliterated)', 'mr_IN (transliterated)', 'ne_NP (transliterated)']},
                       'own': sorted(OWN)},
           '_filter': filt, '_droppedPoolCandidates': sorted(set(dropped))}
    res.update(out)
    with open(os.path.join(HERE, 'names6.json'), 'w', encoding='utf-8') as f:
        json.dump(res, f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write('\n')
    print(json.dumps(filt))


if __name__ == '__main__':
    main()
