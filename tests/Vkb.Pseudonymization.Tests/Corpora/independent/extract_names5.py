#!/usr/bin/env python3
"""One-off: build names5.json from the Faker git mirror (read with ast, not imported) plus own lists.
Drops every name that shares a folded, lower-cased token (also in ae/oe/ue transcription) with names.json,
names2.json, names3.json, names4.json or any *Name value of an earlier truth file.  Prints only counts."""
import ast, json, os, re, subprocess, sys, unicodedata

GD = '/work/.mirror/joke2k+faker/repo'
OLD = '/work/main/tests/Vkb.Pseudonymization.Tests/Corpora/independent'
COMMIT = subprocess.check_output(['git', '--git-dir', GD, 'rev-parse', 'HEAD'], text=True).strip()


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


def lit(node):
    """names from a tuple/list/dict literal or OrderedDict((name, w), ...) call"""
    if isinstance(node, (ast.Tuple, ast.List)):
        out = []
        for e in node.elts:
            if isinstance(e, ast.Constant) and isinstance(e.value, str):
                out.append(e.value)
            elif isinstance(e, ast.Tuple) and e.elts and isinstance(e.elts[0], ast.Constant):
                out.append(e.elts[0].value)
        return out
    if isinstance(node, ast.Dict):
        return [k.value for k in node.keys if isinstance(k, ast.Constant)]
    if isinstance(node, ast.Call) and node.args:
        return lit(node.args[0])
    return None


def faker(locale):
    src = subprocess.check_output(['git', '--git-dir', GD, 'show', f'HEAD:faker/providers/person/{locale}/__init__.py'], text=True)
    out = {}
    for n in ast.walk(ast.parse(src)):
        tgt = val = None
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
            tgt, val = n.targets[0].id, n.value
        elif isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name) and n.value is not None:
            tgt, val = n.target.id, n.value
        if tgt:
            v = lit(val)
            if v:
                out[tgt] = v
    return out


# own knowledge, Latin script (German-usage spellings)
OWN = {
    'ir_own': {  # Iranian (Persian, Latin transcription as in German files)
        'm': ['Behrouz', 'Farshad', 'Kourosh', 'Siamak', 'Shahram', 'Payam', 'Arash', 'Babak', 'Kamran', 'Mehrdad', 'Omid', 'Pejman', 'Ramin', 'Saeed', 'Vahid', 'Houman', 'Kaveh', 'Navid', 'Farzad', 'Dariush'],
        'f': ['Shirin', 'Golnar', 'Mahsa', 'Nasrin', 'Parisa', 'Roya', 'Shabnam', 'Taraneh', 'Yasaman', 'Azadeh', 'Bahareh', 'Forough', 'Leila', 'Mitra', 'Neda', 'Samira', 'Sepideh', 'Tahmineh', 'Zhaleh', 'Haleh'],
        's': ['Ghorbani', 'Moradzadeh', 'Pourmohammadi', 'Rezaei', 'Shahbazi', 'Tabatabaei', 'Vaziri', 'Yazdani', 'Zandieh', 'Ebrahimzadeh', 'Firouzabadi', 'Golshiri', 'Hosseinpour', 'Jafarian', 'Kashani', 'Larijani', 'Mahdavi', 'Najafabadi', 'Rahnama', 'Sadeghpour', 'Khosravani', 'Nikbakht', 'Daneshvar', 'Bagherzadeh'],
    },
    'mn_kz_own': {  # Mongolian / Kazakh / Kyrgyz in German spelling
        'm': ['Batbajar', 'Gantulga', 'Otgonbajar', 'Temuulen', 'Yerlan', 'Nurlan', 'Daulet', 'Askar', 'Bakyt', 'Ermek', 'Talgat', 'Kanat'],
        'f': ['Oyuntsetseg', 'Enkhjargal', 'Solongo', 'Ainur', 'Gulnara', 'Aigerim', 'Dinara', 'Saule', 'Zhanar', 'Bolormaa', 'Aruzhan', 'Asel'],
        's': ['Batsaikhan', 'Ganbold', 'Tserendorj', 'Dorjsuren', 'Nurpeissow', 'Sarsenbajew', 'Tokajewa', 'Zhumabekow', 'Abdrachmanow', 'Kassymow', 'Iskakowa', 'Bekmuratow', 'Ospanowa', 'Dzhaksybekow'],
    },
    'ne_own': {  # Nepali / Bhutanese-Nepali, Latin
        'm': ['Bishnu', 'Dil', 'Gopal', 'Hari', 'Kamal', 'Nabin', 'Prakash', 'Rabin', 'Suman', 'Tek', 'Bikash', 'Dipendra'],
        'f': ['Bimala', 'Durga', 'Kopila', 'Laxmi', 'Manisha', 'Pabitra', 'Sabina', 'Sarita', 'Sunita', 'Rupa', 'Anjali', 'Goma'],
        's': ['Adhikari', 'Bhattarai', 'Ghimire', 'Gurung', 'Khadka', 'Magar', 'Pokharel', 'Rai', 'Shrestha', 'Tamang', 'Thapa', 'Dahal', 'Subedi', 'Koirala', 'Basnet', 'Limbu'],
    },
    'nd_own': {  # North-Frisian, Sorbian, East-Frisian and Sinti-German names
        'm': ['Broder', 'Boy', 'Ocke', 'Momme', 'Nommen', 'Tjark', 'Jelto', 'Hauke', 'Ubbo', 'Eilert', 'Měrćin', 'Jurij', 'Handrij', 'Beno', 'Rigo', 'Schukar'],
        'f': ['Inken', 'Thea', 'Ocka', 'Gesa', 'Wiebke', 'Tjarda', 'Hiske', 'Okka', 'Jantje', 'Lejna', 'Hańža', 'Madlena', 'Marlies', 'Romana'],
        's': ['Brodersen', 'Boysen', 'Ketelsen', 'Lorenzen', 'Momsen', 'Nommensen', 'Petersen', 'Thamsen', 'Ubben', 'Eilers', 'Janssen', 'Hinrichs', 'Kschammer', 'Krawc', 'Nowak', 'Šołta', 'Rosenberg', 'Weiß', 'Reinhardt', 'Franz', 'Lehmann', 'Kleinschmidt', 'Wendisch', 'Luttmer', 'Tjaden', 'Onken', 'Harms', 'Mammen', 'Siefken'],
    },
}

FAKER_LOCALES = ['en_US', 'en_NZ', 'es_CL', 'es_CA', 'fr_BE', 'en_TH', 'zh_CN', 'en_PK', 'is_IS']


def main():
    old = set()
    for f in ('names.json', 'names2.json', 'names3.json', 'names4.json'):
        for s in strings(json.load(open(os.path.join(OLD, f), encoding='utf-8'))):
            old |= toks(s)
    for split in ('dev', 'heldout', 'heldout2', 'heldout3', 'heldout4'):
        for line in open(os.path.join(OLD, f'{split}.truth.jsonl'), encoding='utf-8'):
            t = json.loads(line)
            if t['kind'].endswith('Name'):
                old |= toks(t['value'])
    ok = lambda n: n and len(n) > 1 and not (toks(n) & old) and re.fullmatch(r"[^\W\d_][^\W\d_'’ -]*(?:[ '’-][^\W\d_]+)*", n) and all(ord(c) < 0x250 or c in " '’-" for c in n)
    res = {'_source': {'faker': {'url': 'https://github.com/joke2k/faker', 'commit': COMMIT, 'licence': 'MIT',
                                 'files': [f'faker/providers/person/{l}/__init__.py' for l in FAKER_LOCALES]},
                       'own': 'own knowledge of the writer (ir_own, mn_kz_own, ne_own, nd_own)'}, '_filter': {}}
    es_cl = None
    for loc in FAKER_LOCALES:
        d = faker(loc)
        m = d.get('first_names_male') or []
        f = d.get('first_names_female') or []
        u = []
        s = d.get('last_names') or []
        if loc == 'zh_CN':
            u, s = d['first_romanized_names'], d['last_romanized_names']
        if loc in ('en_TH', 'en_PK'):
            u = d['first_names']
        if loc == 'is_IS':
            # Icelandic patronymics from male given names without suffix list
            base = []
            for fnm in d['first_names_male']:  # Faker's own rule (is_IS): drop a final -ur, then add -son / -dóttir
                base.append(fnm[:-2] if fnm.endswith('ur') else fnm)
            s = [x + 'son' for x in base] + [x + 'dóttir' for x in base]
            m, f = m[::4], f[::4]  # keep the Icelandic share small
        if loc == 'es_CL':
            es_cl = s
        if loc == 'es_CA':
            s = []  # Catalan given names only; surnames come from es_CL
        before = len(set(m) | set(f) | set(u) | set(s))
        entry = {'m': sorted({x.strip() for x in m if ok(x.strip())}), 'f': sorted({x.strip() for x in f if ok(x.strip())}),
                 'u': sorted({x.strip() for x in u if ok(x.strip())}), 's': sorted({x.strip() for x in s if ok(x.strip())})}
        if loc == 'zh_CN':
            entry['s'] = sorted({x.title() for x in entry['s']})
        res[loc] = entry
        res['_filter'][loc] = [before, sum(len(v) for v in entry.values())]
    for k, d in OWN.items():
        entry = {g: sorted({x for x in v if ok(x)}) for g, v in d.items()}
        res[k] = entry
        res['_filter'][k] = [sum(len(v) for v in d.values()), sum(len(v) for v in entry.values())]
    json.dump(res, open('names5.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=0, sort_keys=True)
    print(json.dumps(res['_filter']))
    print({k: {g: len(v) for g, v in res[k].items()} for k in res if not k.startswith('_')})


main()
