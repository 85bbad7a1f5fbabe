#!/usr/bin/env python3
"""One-off: build names4.json from the Faker git mirror (read with ast, never imported) plus own lists.

Drops every name that shares a token with names.json, names2.json, names3.json or with the *Name truth values of
dev / heldout / heldout2 / heldout3 (folded, lower-cased tokens, also in the ae/oe/ue transcription).
Nothing of the earlier files is printed; only counts.
"""
import ast, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MIRROR = '/work/.mirror/joke2k+faker/repo'
OLD = '/work/main/tests/Vkb.Pseudonymization.Tests/Corpora/independent'
COMMIT = subprocess.run(['git', '-C', MIRROR, 'rev-parse', 'HEAD'], capture_output=True, text=True).stdout.strip()


def lit(node):
    """literal_eval that also accepts OrderedDict((...)) and tuple(...) wrappers; returns list of keys/items."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ('OrderedDict', 'tuple', 'list') and node.args:
        v = ast.literal_eval(node.args[0])
        return [x[0] if isinstance(x, tuple) and len(x) == 2 and isinstance(x[1], (int, float)) else x for x in v]
    v = ast.literal_eval(node)
    return list(v.keys()) if isinstance(v, dict) else list(v)


def faker_lists(loc):
    src = subprocess.run(['git', '-C', MIRROR, 'show', f'{COMMIT}:faker/providers/person/{loc}/__init__.py'],
                         capture_output=True, text=True, check=True).stdout
    out = {}
    for n in ast.walk(ast.parse(src)):
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
            try:
                out[n.targets[0].id] = lit(n.value)
            except Exception:
                pass
    return out


HY = {'ա': 'a', 'բ': 'b', 'գ': 'g', 'դ': 'd', 'ե': 'e', 'զ': 's', 'է': 'e', 'ը': 'e', 'թ': 't', 'ժ': 'sch', 'ի': 'i',
      'լ': 'l', 'խ': 'ch', 'ծ': 'z', 'կ': 'k', 'հ': 'h', 'ձ': 'ds', 'ղ': 'gh', 'ճ': 'tsch', 'մ': 'm', 'յ': 'j', 'ն': 'n',
      'շ': 'sch', 'ո': 'o', 'չ': 'tsch', 'պ': 'p', 'ջ': 'dsch', 'ռ': 'r', 'ս': 's', 'վ': 'w', 'տ': 't', 'ր': 'r', 'ց': 'z',
      'ւ': 'w', 'փ': 'p', 'ք': 'k', 'և': 'ew', 'օ': 'o', 'ֆ': 'f'}


def hy_translit(s):
    s = s.lower().replace('ու', 'u')
    s = re.sub(r'^ե', 'je', s)
    s = re.sub(r'^ո', 'wo', s)
    r = ''.join(HY.get(c, c) for c in s)
    if not all(c.isascii() for c in r):
        return None
    return r[:1].upper() + r[1:]


OWN = {
    # Chechen / Ingush (Latin, German-style spelling)
    'ce_own': {'male': ['Ruslan', 'Chamsat', 'Aslanbek', 'Zelimchan', 'Umar-Ali', 'Dschochar', 'Magomed-Emi', 'Lechi', 'Ibragim',
                        'Rizwan', 'Schamil', 'Adlan', 'Turpal', 'Sultanbek', 'Alichan', 'Bekchan', 'Salman', 'Chasan'],
               'female': ['Zarema', 'Kheda', 'Malika', 'Lipchan', 'Seda', 'Aminat', 'Zulaj', 'Raisa', 'Petimat', 'Marjam',
                          'Elisa', 'Liana', 'Chawa', 'Madina', 'Jacha'],
               'last': ['Dudurkajew', 'Bisultanow', 'Tsuzarow', 'Chatujew', 'Abdurzakow', 'Magomadow', 'Elmurzajew',
                        'Gelischanow', 'Mezhidow', 'Tutsujew', 'Bajsarow', 'Idigow', 'Wisajtow', 'Kerimsultanow', 'Taymaskhanow',
                        'Schachbulatow', 'Umarchadschiew', 'Duchigow', 'Saidulajew', 'Zakriew']},
    # Sri-Lankan Tamil
    'lk_own': {'male': ['Tharshan', 'Kajenthiran', 'Sivakumaran', 'Jeyaruban', 'Nirojan', 'Thushyanthan', 'Pirabakaran',
                        'Sutharsan', 'Kirushanth', 'Mathusan', 'Vithusan', 'Rajeevan'],
               'female': ['Tharshika', 'Sharmila', 'Kajani', 'Vithya', 'Nirosha', 'Piratheepa', 'Mathumitha', 'Thusyanthi',
                          'Sinthuja', 'Kowsalya'],
               'last': ['Sivapalan', 'Ponnuthurai', 'Thambirajah', 'Kanagaratnam', 'Yogarajah', 'Selvanayagam', 'Paramsothy',
                        'Navaratnam', 'Sinnathamby', 'Balasingam', 'Thevarajah', 'Ratnasabapathy', 'Arulanantham', 'Sriskandarajah']},
    # Moldovan / Gagauz, Albanian-Macedonian, Roma (Latin)
    'md_own': {'male': ['Vitalie', 'Ion-Marian', 'Serghei', 'Dorin', 'Veaceslav', 'Anatol', 'Iurie', 'Petru', 'Eugen', 'Nicolae-Dan'],
               'female': ['Aliona', 'Doina', 'Snejana', 'Stela', 'Lilia', 'Eugenia', 'Mariana-Ioana', 'Cristina-Elena', 'Rodica'],
               'last': ['Cebotari', 'Rusnac', 'Gaidarji', 'Cazacu', 'Lupașcu', 'Bivol', 'Ciobanu-Rotaru', 'Pînzari', 'Tabuncic',
                        'Ghimpu', 'Vrabie', 'Știrbu', 'Mocanu-Lungu', 'Plămădeală']},
    # German: rare regional surnames and older / modern given names (many will be filtered out)
    'de_own4': {'male': ['Eike', 'Gerwin', 'Hartmut', 'Wiebold', 'Onno', 'Tjark', 'Okke', 'Meinhard', 'Volkhard', 'Gunnar-Ole',
                         'Bodo', 'Fiete', 'Jannes', 'Thies', 'Hauke', 'Wigbert', 'Heiner', 'Arnd', 'Lutz', 'Detlef', 'Ortwin',
                         'Rüdiger', 'Gerold', 'Hanno', 'Jost', 'Kuno', 'Malte', 'Remmer', 'Sönke', 'Tammo', 'Uwe-Jens'],
                'female': ['Wiebke', 'Imke', 'Gesa', 'Tomke', 'Almuth', 'Hiltrud', 'Gudrun', 'Heike', 'Silke', 'Anke', 'Frauke',
                           'Maren', 'Rieke', 'Swantje', 'Telse', 'Okka', 'Hedda', 'Irmtraud', 'Roswitha', 'Waltraud', 'Jutta',
                           'Mareike', 'Kerstin', 'Dörte', 'Birte', 'Gunhild', 'Antje', 'Ilka', 'Merle', 'Enna'],
                'last': ['Oltmanns', 'Tjaden', 'Brüggemann', 'Hinrichsen', 'Wübbena', 'Ahlers', 'Hüsing', 'Kruse-Lüders',
                         'Plagemann', 'Stührenberg', 'Wienholt', 'Knoop', 'Tebbe', 'Ostendorf', 'Rahlfs', 'Sievers', 'Claaßen',
                         'Heitmann', 'Meinke', 'Dierks', 'Eilers', 'Gerdes', 'Harms', 'Janssen-Ulrichs', 'Lübbers', 'Menkens',
                         'Poppinga', 'Reents', 'Siemers', 'Thormählen', 'Uphoff', 'Wessels', 'Zwanziger', 'Bräutigam',
                         'Eichhorst', 'Fleischhauer', 'Gottschling', 'Hentschke', 'Kieslich', 'Leuschner', 'Mielke', 'Nitzsche',
                         'Pötzsch', 'Quaas', 'Rößler', 'Scheibe', 'Tietze', 'Uhlemann', 'Wächtler', 'Zschiesche', 'Gräbner',
                         'Hölzel', 'Kaulfuß', 'Lötzsch', 'Mehnert', 'Nestler', 'Ostermaier', 'Pfisterer', 'Reichle', 'Schwarzwälder',
                         'Trautwein', 'Unterberger', 'Vögele', 'Wörner', 'Ziegelmaier', 'Aichele', 'Brunnhuber', 'Dengler',
                         'Egger-Rieß', 'Feichtner', 'Gschwendtner', 'Haslbeck', 'Irlbacher', 'Kneißl', 'Loibl', 'Mooslechner',
                         'Niedermeier', 'Obermüller', 'Pichlmaier', 'Reisinger', 'Stöckl', 'Thalhammer', 'Wimmer-Hofer']},
}

SOURCES = {
    # locale: mapping of output keys -> faker variable names; 'tr' = transliteration
    'en_IE': {'male': ['first_names_male'], 'female': ['first_names_female'], 'last': ['last_names']},
    'en_IN': {'male': ['first_names_male'], 'female': ['first_names_female'], 'last': ['last_names']},
    'es_MX': {'male': ['first_names_male'], 'female': ['first_names_female'], 'last': ['last_names']},
    'es_CO': {'male': ['first_names_male'], 'female': ['first_names_female'], 'last': ['last_names']},
    'es_AR': {'male': ['first_names_male'], 'female': ['first_names_female'], 'last': ['last_names']},
    'nl_BE': {'male': ['first_names_male'], 'female': ['first_names_female'], 'last': ['last_names']},
    'fr_CH': {'male': ['first_names_male'], 'female': ['first_names_female'], 'last': ['last_names']},
    'fr_CA': {'male': ['first_names_male'], 'female': ['first_names_female'], 'last': ['last_names']},
    'id_ID': {'male': ['first_names_male'], 'female': ['first_names_female'], 'last_male': ['last_names_male'], 'last_female': ['last_names_female']},
    'zu_ZA': {'male': ['first_names_male'], 'female': ['first_names_female'], 'last': ['last_names_male']},
    'en_NG': {'male': ['first_names_male'], 'female': ['first_names_female'], 'last': ['last_names']},
    'ja_JP': {'male': ['first_name_male_pairs'], 'female': ['first_name_female_pairs'], 'last': ['last_name_pairs']},
    'zh_TW': {'male': ['first_romanized_names_male'], 'female': ['first_romanized_names_female'], 'last': ['last_romanized_names']},
    'hy_AM': {'male': ['first_names_male'], 'female': ['first_names_female'], 'last': ['last_names']},
}


def norm_item(loc, x):
    if isinstance(x, tuple):
        if len(x) == 3:          # ja_JP (kanji, kana, romanised)
            x = x[2]
        elif len(x) == 2 and isinstance(x[0], tuple):
            x = x[0][2]
        else:
            x = x[0]
    if not isinstance(x, str):
        return None
    x = x.strip()
    if loc == 'hy_AM':
        x = hy_translit(x)
        if not x:
            return None
    if loc == 'zh_TW':
        x = '-'.join(p.capitalize() for p in x.replace(' ', '-').split('-')) if x.isupper() else x
    if not x or any(ord(c) >= 0x250 for c in x) or not re.fullmatch(r"[A-Za-zÀ-ɏ'’ .\-]+", x) or len(x) < 2:
        return None
    if x.endswith('.'):
        return None
    return x


def fold(s):
    s = s.replace('ß', 'ss').replace('ı', 'i').replace('ł', 'l').replace('đ', 'd').replace('ø', 'o').replace('æ', 'ae')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def tokens(s):
    out = set()
    for t in re.split(r"[\s\-'’.,()\"]+", s.lower()):
        if len(t) < 2:
            continue
        out.add(fold(t))
        out.add(fold(t.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')))
    return out


def strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            if not k.startswith('_'):
                yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)


def old_tokens():
    old = set()
    for f in ('names.json', 'names2.json', 'names3.json'):
        for s in strings(json.load(open(os.path.join(OLD, f), encoding='utf-8'))):
            old |= tokens(s)
    for f in ('dev.truth.jsonl', 'heldout.truth.jsonl', 'heldout2.truth.jsonl', 'heldout3.truth.jsonl'):
        for line in open(os.path.join(OLD, f), encoding='utf-8'):
            t = json.loads(line)
            if t['kind'].endswith('Name'):
                old |= tokens(t['value'])
    return old


def main():
    old = old_tokens()
    res = {'_source': {'faker': {'repo': 'https://github.com/joke2k/faker', 'commit': COMMIT, 'licence': 'MIT',
                                 'copyright': 'Copyright (c) 2012 Daniele Faraglia',
                                 'files': [f'faker/providers/person/{l}/__init__.py' for l in SOURCES]},
                       'own': 'own knowledge (extract_names4.py OWN), no licence needed'},
           '_filter': {}}
    seen_tok = set()
    for loc, spec in list(SOURCES.items()) + [(k, None) for k in OWN]:
        raw = faker_lists(loc) if spec else None
        entry, before, after = {}, 0, 0
        for key in ('male', 'female', 'last', 'last_male', 'last_female'):
            if spec:
                items = []
                for var in spec.get(key, []):
                    items += [norm_item(loc, x) for x in raw.get(var, [])]
            else:
                items = OWN[loc].get(key, [])
            items = [x for x in dict.fromkeys(items) if x]
            if not items:
                continue
            before += len(items)
            keep = [x for x in items if not (tokens(x) & old)]
            after += len(keep)
            entry[key] = keep
        res[loc] = entry
        res['_filter'][loc] = [before, after]
        print(loc, before, '->', after)
    with open(os.path.join(HERE, 'names4.json'), 'w', encoding='utf-8') as f:
        json.dump(res, f, ensure_ascii=False, indent=0)
        f.write('\n')


if __name__ == '__main__':
    main()
