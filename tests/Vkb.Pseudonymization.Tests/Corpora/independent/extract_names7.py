#!/usr/bin/env python3
"""One-off: builds names7.json from the Faker mirror (read with ast, never imported) plus own lists.
Drops every name sharing a folded token with names.json … names6.json or any earlier truth name value,
and records which of my own pool candidates (towns, streets, bodies, brands, …) match an earlier
address / institution / company truth value.  Prints only counts and my own matched candidates."""
import ast, json, os, re, subprocess, sys, unicodedata

OLD = sys.argv[1] if len(sys.argv) > 1 else '/work/main/tests/Vkb.Pseudonymization.Tests/Corpora/independent'
MIRROR = '/work/.mirror/joke2k+faker/repo'
HERE = os.path.dirname(os.path.abspath(__file__))


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s.replace('ß', 'ss')) if unicodedata.category(c) != 'Mn')


def toks(v):
    out = set()
    for t in re.split(r"[\s\-'’.,()\"]+", v.lower()):
        if t:
            out.add(fold(t))
            out.add(fold(t.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')))
    return out


# ---- Indic transliteration: one table on the Devanagari block layout, used for all parallel Brahmic blocks
CONS = {0x15: 'k', 0x16: 'kh', 0x17: 'g', 0x18: 'gh', 0x19: 'ng', 0x1A: 'ch', 0x1B: 'chh', 0x1C: 'j', 0x1D: 'jh',
        0x1E: 'ny', 0x1F: 't', 0x20: 'th', 0x21: 'd', 0x22: 'dh', 0x23: 'n', 0x24: 't', 0x25: 'th', 0x26: 'd',
        0x27: 'dh', 0x28: 'n', 0x29: 'n', 0x2A: 'p', 0x2B: 'ph', 0x2C: 'b', 0x2D: 'bh', 0x2E: 'm', 0x2F: 'y',
        0x30: 'r', 0x31: 'r', 0x32: 'l', 0x33: 'l', 0x34: 'zh', 0x35: 'v', 0x36: 'sh', 0x37: 'sh', 0x38: 's',
        0x39: 'h', 0x5C: 'r', 0x5D: 'rh', 0x5F: 'y', 0x71: 'w'}
VOW = {0x05: 'a', 0x06: 'a', 0x07: 'i', 0x08: 'i', 0x09: 'u', 0x0A: 'u', 0x0B: 'ri', 0x0E: 'e', 0x0F: 'e',
       0x10: 'ai', 0x12: 'o', 0x13: 'o', 0x14: 'au'}
SIGN = {0x3E: 'a', 0x3F: 'i', 0x40: 'i', 0x41: 'u', 0x42: 'u', 0x43: 'ri', 0x46: 'e', 0x47: 'e', 0x48: 'ai',
        0x4A: 'o', 0x4B: 'o', 0x4C: 'au', 0x57: 'au', 0x56: 'ai'}
BLOCKS = {'or_IN': 0x0B00, 'ta_IN': 0x0B80, 'bn_BD': 0x0980, 'gu_IN': 0x0A80}


def translit(word, base):
    out, pend = [], False
    for ch in word:
        o = ord(ch) - base
        if not 0 <= o < 0x80:
            continue
        if o in CONS:
            if pend:
                out.append('a')
            out.append(CONS[o]); pend = True
        elif o in SIGN:
            out.append(SIGN[o]); pend = False
        elif o == 0x4D:          # virama
            pend = False
        elif o in VOW:
            if pend:
                out.append('a')
            out.append(VOW[o]); pend = False
        elif o in (0x02, 0x01):  # anusvara / candrabindu
            if pend:
                out.append('a'); pend = False
            out.append('n')
        elif o == 0x03:
            if pend:
                out.append('a'); pend = False
            out.append('h')
        elif o == 0x3C:          # nukta
            continue
    # final inherent vowel dropped unless the last consonant closes a conjunct (Chandra, Acharya)
    if pend and len(word) >= 2 and (ord(word[-2]) - base) == 0x4D:
        out.append('a')
    s = ''.join(out)
    s = s.replace('ngg', 'ng').replace('yy', 'y')
    s = s.replace('aa', 'a').replace('ii', 'i').replace('uu', 'u')
    return s[:1].upper() + s[1:] if s else s


def faker_lists(loc):
    src = subprocess.run(['git', '-C', MIRROR, 'show', f'HEAD:faker/providers/person/{loc}/__init__.py'],
                         capture_output=True, text=True, check=True).stdout
    res = {}
    for n in ast.walk(ast.parse(src)):
        if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name):
            try:
                v = ast.literal_eval(n.value)
            except Exception:
                continue
            if isinstance(v, (tuple, list)) and v and all(isinstance(x, str) for x in v):
                res[n.targets[0].id] = list(v)
    return res


FAKER = {  # locale -> {'m': [keys], 'f': [keys], 's': [keys]}
    'or_IN': {'m': ['first_names_male', 'first_names_unisex'], 'f': ['first_names_female', 'first_names_unisex'], 's': ['last_names']},
    'ta_IN': {'m': ['first_names_male'], 'f': ['first_names_female'], 's': []},
    'bn_BD': {'m': ['first_names_male_common', 'first_names_male_hinduism', 'first_names_male_islamic'],
              'f': ['first_names_female_common', 'first_names_female_hinduism', 'first_names_female_islamic'],
              's': ['last_names_common', 'last_names_hinduism', 'last_names_islamic']},
    'gu_IN': {'m': ['first_names_male'], 'f': ['first_names_female'], 's': ['last_names']},
}

OWN = {
    'ku_own': {  # Kurdish (Kurmanji / Sorani in Latin script)
        'm': 'Azad Baran Welat Dilovan Serhildan Rêber Şêrko Hejar Rojhat Zinar Berzan Diyar Kawa Aram Hêmin Soran Rebaz Bêwar Kardo Mazlum Şoreş'.split(),
        'f': 'Rojda Dilan Berfin Zozan Hêvî Rêzan Jiyan Ronahî Bêrîvan Şilan Nazdar Helin Zelal Avesta Gulistan Nûjîn Viyan Sozdar Peyman'.split(),
        's': 'Berwari Doski Zebari Mizuri Bamarni Sindi Goyi Hewrami Kakayi Mergasori Sorani Amêdî Duhoki Şêxanî Pîrot Akreyi Barzinji Jaff'.split()},
    'mg_own': {  # Malagasy
        'm': 'Hery Njaka Tojo Mamy Fetra Tahina Rivo Haja Andry Lanto Toky Mahefa Ny-Aina Fanomezantsoa Tsiry'.split(),
        'f': 'Fanja Tiana Voahangy Mialy Haingo Lalaina Vola Onja Hanitra Nirina Soa Miora Volatiana Harisoa'.split(),
        's': 'Rakotomalala Andrianarivo Razafindrakoto Randriamampionona Rasoanaivo Rabearivelo Ravelojaona Andriamanantena Rakotondrabe Razanakolona Ramanantsoa Rajaonarison Randrianasolo Ratsimbazafy'.split()},
    'km_own': {  # Khmer
        'm': 'Sokha Dara Vuthy Sophal Rithy Chanthy Sokhom Visal Bunthoeun Piseth Sovann Kosal Vannak'.split(),
        'f': 'Chanthou Sreymom Pisey Sokunthea Bopha Sreyneang Chenda Sothea Kunthea Leakhena Sophea Malis'.split(),
        's': 'Chhim Keo Chea Meas Prak Phal Sam-Ol Yim Chhun Huot Kong Pech Sorn Nhem Touch'.split()},
    'zgh_own': {  # Amazigh (Kabyle, Tashelhit)
        'm': 'Idir Massinissa Yuba Amastan Aksil Amnay Mazigh Yugurten Tarik Usaden Anir Mehenna'.split(),
        'f': 'Tiziri Thiziri Tinhinan Dihya Tafsut Tanina Lounja Tassadit Siwel Nuja Tamazight Illi'.split(),
        's': 'Ait-Ahmed Ouali Amrouche Ait-Menguellet Ouazzani Oulahcen Aït-Ouarab Akli Idbelkacem Ouaddou Boukhlef Oussaid Tighilt'.split()},
    'pac_own': {  # Samoan, Tongan, Fijian
        'm': 'Sione Tevita Sefo Lagi Fetu Siaosi Viliami Semisi Iosefa Paula Maika Ratu Epeli Joeli Sitiveni'.split(),
        'f': 'Losana Mele Salote Ana-Lisa Lupe Sinapati Malia Fuimaono Litia Adi Mereani Vasiti Akanesi Seini'.split(),
        's': 'Tuilagi Faleolo Tupou Havili Fifita Leota Tauiliili Vainikolo Fonoti Taufa Naivalu Ratuvou Tuimavave Lauina Fa\'asavalu Nakarawa'.split()},
    'qu_own': {  # Andean (Quechua / Aymara) and Mapuche
        'm': 'Inti Amaru Yaku Kusi Wayra Huaman Tupac Illari Anka Lautaro Nahuel Ñancu Pillan'.split(),
        'f': 'Killa Sumaq Nina Ayelen Rayen Millaray Ayllu Qori Pakari Sisa Wara Anahí Inés-Killa'.split(),
        's': 'Yupanqui Mamani Quispe Huamán Condori Choque Ccori Apaza Ticona Huanca Ccahuana Mamani-Choque Catacora Colque Llanque Pillco Antileo Painemal Huenchullan'.split()},
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
    for f in ('names.json', 'names2.json', 'names3.json', 'names4.json', 'names5.json', 'names6.json'):
        for s in strings(json.load(open(os.path.join(OLD, f), encoding='utf-8'))):
            old_tok |= toks(s)
    old_vals = []
    for split in ('dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6'):
        for line in open(os.path.join(OLD, f'{split}.truth.jsonl'), encoding='utf-8'):
            t = json.loads(line)
            if t['kind'].endswith('Name'):
                old_tok |= toks(t['value'])
            elif t['kind'] in ('address', 'institution', 'company'):
                old_vals.append(t['value'])
    out, src, filt = {}, {}, {}
    for loc, keys in FAKER.items():
        L = faker_lists(loc)
        d = {}
        for g in 'mfs':
            vals = []
            for k in keys[g]:
                vals += [translit(w, BLOCKS[loc]) for w in L[k]]
            d[g] = vals
        out[loc] = d
        src[loc] = f'Faker {loc} (Indic script, transliterated)'
    for loc, d in OWN.items():
        out[loc] = {g: list(v) for g, v in d.items()}
        src[loc] = 'own knowledge'
    for loc, d in out.items():
        before = len({x for g in 'mfs' for x in d[g]})
        for g in 'mfs':
            seen, keep = set(), []
            for x in d[g]:
                x = x.strip()
                if not x or len(x) < 2 or x in seen or not all(ord(c) < 0x250 for c in x):
                    continue
                seen.add(x)
                if toks(x) & old_tok:
                    continue
                keep.append(x)
            d[g] = keep
        filt[loc] = f'{before}->{sum(len(d[g]) for g in "mfs")}'
    # own pool candidates of make_corpus7.py
    sys.path.insert(0, HERE)
    import make_corpus7 as P
    vals_f = [fold(v.lower()) for v in old_vals] + [fold(v.lower().replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')) for v in old_vals]
    blob = '\n'.join(vals_f)
    dropped = []
    for cand, prefix in P.candidates():
        c = fold(cand.lower())
        pat = r'(?<![a-z0-9])' + re.escape(c) + ('' if prefix else r'(?![a-z0-9])')
        if re.search(pat, blob):
            dropped.append(cand)
    out['_source'] = src
    out['_filter'] = filt
    out['_droppedPoolCandidates'] = sorted(set(dropped))
    with open(os.path.join(HERE, 'names7.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write('\n')
    print(json.dumps(filt))
    print('dropped own candidates:', len(set(dropped)))
    print(', '.join(sorted(set(dropped))))


if __name__ == '__main__':
    main()
