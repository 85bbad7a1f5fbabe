#!/usr/bin/env python3
"""Extracts given names and surnames from the Faker (joke2k/faker, MIT) person providers
into names.json.  Needs the Faker git mirror (path below) - run once; make_corpus.py only
reads names.json.  Cyrillic and Greek names are transliterated to a German-style Latin
spelling by the simple tables below."""
import ast, json, subprocess, unicodedata, sys
MIRROR = '/work/.mirror/joke2k+faker/repo'
LOCALES = ['de_DE', 'tr_TR', 'pl_PL', 'ru_RU', 'ro_RO', 'uk_UA', 'it_IT', 'el_GR', 'hr_HR', 'nl_NL']

CYR = dict(zip('абвгдезийклмнопрстуфыэ', ['a','b','w','g','d','e','s','i','i','k','l','m','n','o','p','r','s','t','u','f','y','e']))
CYR.update({'ё':'jo','ж':'sch','х':'ch','ц':'z','ч':'tsch','ш':'sch','щ':'schtsch','ъ':'','ь':'','ю':'ju','я':'ja',
            'є':'je','і':'i','ї':'ji','ґ':'g',"'":'','’':'','ʼ':''})
UKR = dict(CYR); UKR.update({'г':'h','и':'y','й':'j'})
def translit_cyr(s, table):
    s = s.replace('ий', 'i').replace('ый', 'y')
    out = []
    for ch in s:
        lo = ch.lower()
        t = table.get(lo, lo)
        if ch != lo and t:
            t = t[0].upper() + t[1:]
        out.append(t)
    r = ''.join(out)
    return r
GR_DI = [('ου','ou'),('αι','ai'),('ει','ei'),('οι','oi'),('μπ','mp'),('ντ','nt'),('γκ','gk'),('γγ','ng')]
GR = dict(zip('αβγδεζηικλμνξοπρστυφχωςθψ', ['a','v','g','d','e','z','i','i','k','l','m','n','x','o','p','r','s','t','y','f','ch','o','s','th','ps']))
def translit_gr(s):
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
    out = ''
    low = s.lower()
    i = 0
    while i < len(low):
        for a, b in GR_DI:
            if low.startswith(a, i):
                t = b; i += 2; break
        else:
            t = GR.get(low[i], low[i]); i += 1
        out += t
    return out[:1].upper() + out[1:]

def load(locale):
    src = subprocess.run(['git', '-C', MIRROR, 'show', f'HEAD:faker/providers/person/{locale}/__init__.py'],
                         capture_output=True, text=True, check=True).stdout
    d = {}
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            n, v = node.targets[0].id, node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            n, v = node.target.id, node.value
        else:
            continue
        if 'first_name' not in n and 'last_name' not in n:
            continue
        try:
            val = ast.literal_eval(v)
        except Exception:
            continue
        if isinstance(val, dict):
            val = list(val.keys())
        if isinstance(val, (list, tuple)) and val and all(isinstance(x, str) for x in val):
            d[n] = list(val)
    return d

def main():
    commit = subprocess.run(['git', '-C', MIRROR, 'rev-parse', 'HEAD'], capture_output=True, text=True).stdout.strip()
    res = {'_source': {'repo': 'joke2k/faker', 'commit': commit, 'licence': 'MIT'}}
    for loc in LOCALES:
        d = load(loc)
        male, female, last = [], [], []
        for k, v in d.items():
            if 'first_name' in k and 'female' in k: female += v
            elif 'first_name' in k and 'male' in k: male += v
            elif 'last_name' in k and 'female' not in k: last += v
        if loc in ('ru_RU', 'uk_UA'):
            tb = CYR if loc == 'ru_RU' else UKR
            male = [translit_cyr(x, tb) for x in male]; female = [translit_cyr(x, tb) for x in female]
            last = [translit_cyr(x, tb) for x in last]
        if loc == 'el_GR':
            male = [translit_gr(x) for x in male]; female = [translit_gr(x) for x in female]
            last = [translit_gr(x) for x in last]
        def ok(x):
            return x and all(ord(c) < 0x250 or c in '-\' ' for c in x) and len(x) >= 2 and x[0].isupper()
        res[loc] = {'male': sorted(set(filter(ok, male))), 'female': sorted(set(filter(ok, female))),
                    'last': sorted(set(filter(ok, last)))}
        print(loc, {k: len(v) for k, v in res[loc].items()}, file=sys.stderr)
    json.dump(res, open('names.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=0)

if __name__ == '__main__':
    main()
