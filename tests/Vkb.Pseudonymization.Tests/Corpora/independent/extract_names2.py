#!/usr/bin/env python3
"""One-off: build names2.json from the Faker git mirror (person providers), via ast (no import).
Filters out every name token that occurs in the earlier corpus's names.json pools or truth values."""
import ast, json, os, re, subprocess, sys, unicodedata

MIRROR = '/work/.mirror/joke2k+faker/repo'
OLD = '/work/main/tests/Vkb.Pseudonymization.Tests/Corpora/independent'
LOCALES = ['de_AT', 'de_CH', 'fr_FR', 'es_ES', 'pt_PT', 'bg_BG', 'cs_CZ', 'sk_SK', 'hu_HU', 'sv_SE', 'en_GB', 'vi_VN', 'sl_SI', 'az_AZ']

def git(*a):
    return subprocess.run(['git', '--git-dir', MIRROR] + list(a), capture_output=True, text=True, check=True).stdout

COMMIT = git('rev-parse', 'HEAD').strip()

def ev(node, env):
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        out = []
        for e in node.elts:
            v = ev(e, env)
            out.append(v)
        return out
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Dict):
        return [ev(k, env) for k in node.keys]
    if isinstance(node, ast.Call):
        fn = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, 'attr', '')
        if fn in ('OrderedDict', 'dict', 'tuple', 'list', 'set') and node.args:
            v = ev(node.args[0], env)
            return [x[0] if isinstance(x, (list, tuple)) else x for x in v]
        raise ValueError(fn)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return ev(node.left, env) + ev(node.right, env)
    if isinstance(node, ast.Name):
        return env[node.id]
    if isinstance(node, ast.Attribute):
        return env[node.attr]
    raise ValueError(type(node))

def load(loc):
    src = git('show', f'HEAD:faker/providers/person/{loc}/__init__.py')
    tree = ast.parse(src)
    env = {}
    for cls in [n for n in tree.body if isinstance(n, ast.ClassDef)]:
        for st in cls.body:
            tgt = st.targets[0] if isinstance(st, ast.Assign) and len(st.targets) == 1 else (st.target if isinstance(st, ast.AnnAssign) and st.value is not None else None)
            if isinstance(tgt, ast.Name):
                try:
                    env[tgt.id] = ev(st.value, env)
                except Exception:
                    pass
    return env

BG = dict(zip('абвгдежзийклмнопрстуфхцчшщъьюя', ['a','b','w','g','d','e','sch','s','i','j','k','l','m','n','o','p','r','s','t','u','f','ch','z','tsch','sch','scht','a','','ju','ja']))
def translit_bg(s):
    out = ''
    for ch in s:
        lo = ch.lower()
        if lo in BG:
            t = BG[lo]
            out += (t[:1].upper() + t[1:]) if ch != lo else t
        else:
            out += ch
    return out

def ok(n):
    return isinstance(n, str) and re.fullmatch(r"[A-Za-zÀ-ÖØ-öø-žƠơƯưẠ-ỹ'\-]{2,}", n) is not None and not n.isupper()

old_tokens = set()
oldn = json.load(open(os.path.join(OLD, 'names.json'), encoding='utf-8'))
for loc, d in oldn.items():
    if loc.startswith('_'):
        continue
    for lst in d.values():
        for n in lst:
            for t in re.split(r"[\s\-]+", n):
                if t:
                    old_tokens.add(t.lower())
for split in ('dev', 'heldout'):
    for line in open(os.path.join(OLD, f'{split}.truth.jsonl'), encoding='utf-8'):
        t = json.loads(line)
        if t['kind'].endswith('Name'):
            for tok in re.split(r"[\s\-,.]+", t['value']):
                if tok:
                    old_tokens.add(tok.lower())


# own knowledge: Latin-script names as commonly written in German files
OWN = {
 'so': {'male': 'Abdiwali Mohamud Abdikarim Liban Guled Hassan Bashir Warsame Abdinasir Mahad Farah Yusuf Ahmed Cabdi Xasan Nuur Sharmarke Mukhtar Abdifatah Ilyas'.split(),
        'female': 'Hodan Ifrah Sagal Fadumo Halimo Ubah Ayan Hibaaq Nimco Ladan Sahra Idil Qamar Faadumo Warsan Ruun Khadra Deeqa'.split(),
        'last': 'Warsame Jama Abdullahi Farah Egal Hirsi Gedi Dualeh Aden Osman Samatar Elmi Ismail Nur Mohamed Shire Duale Guled Yusuf Barre'.split()},
 'er_et': {'male': 'Tesfay Mehari Habtom Kibrom Yonas Filmon Merhawi Tekle Berhane Dawit Semere Robel Eyob Natnael Okbamichael Ghebremedhin Efrem Tesfalem Amanuel Biniam'.split(),
        'female': 'Saba Selam Helen Senait Luwam Ruta Yordanos Freweini Mebrat Semhar Tsega Akberet Winta Hiwet Azieb Tirhas Danait Lidia Feven Medhanit'.split(),
        'last': 'Tesfamariam Ghebreyesus Woldemichael Haile Kidane Zerai Berhe Tewelde Ghirmay Asmerom Mebrahtu Teklehaimanot Andemariam Gebremedhin Weldu Habte Sium Okbazghi Fessehaye Yemane'.split()},
 'ku': {'male': 'Rojhat Baran Dilovan Serhat Azad Berzan Kawa Rebwar Shvan Hozan Diyar Sherwan Zana Heval Welat Rênas Delil Jiyan Aram Karwan'.split(),
        'female': 'Rojda Berfin Nazdar Zelal Evin Dilan Hêvî Jinda Ronahi Avesta Beritan Gulistan Zozan Viyan Nergiz Rojin Helin Sêvê Ciwan Dersim'.split(),
        'last': 'Xelîl Bozarslan Zêbarî Barzanî Hesenî Amedî Dêrikî Silêmanî Rekanî Berwari Doskî Mizûrî Hewramî Goranî Xoşnaw Sindî Şengalî Kobanî Qamişlo Ehmedî'.split()},
 'af_fa': {'male': 'Ahmadshah Ghulam Zabihullah Farhad Shafiq Wahid Nasrullah Habibullah Ezatullah Khalid Samiullah Rahmatullah Fawad Jawad Mujtaba Zalmai Najibullah Hamidullah Elyas Hasibullah'.split(),
        'female': 'Sediqa Mahbooba Farzana Shabnam Zarghuna Roya Shakiba Tahmina Nasrin Parwana Hosai Mursal Nilofar Freshta Mahtab Laila Sohaila Gulalai Setara Khatera'.split(),
        'last': 'Popalzai Wardak Rahimi Sultani Noorzai Mohmand Shinwari Safi Amiri Hotak Kakar Ghaznawi Jalali Azimi Stanekzai Mangal Durrani Niazi Karimi Barakzai'.split()},
 'ar': {'male': 'Abdulrahman Mouaz Yamen Qusai Ghaith Mohannad Anas Bilal Majd Wael Ayham Nizar Obada Rami Samer Tarek Fadi Hazem Louay Bashar'.split(),
        'female': 'Raghad Hiba Rasha Nour Ghada Rawan Dalia Lama Sham Aya Shahd Bushra Manal Yara Ruba Reem Alaa Dima Nesrin Haya'.split(),
        'last': 'Haddad Khoury Tlass Sabbagh Qassab Najjar Jabri Attar Halabi Dabbagh Shami Homsi Hallak Kayali Nahhas Masri Azzam Barakat Zoubi Rifai'.split()},
 'vi_own': {'male': 'Tuan Duc Minh Thang Hieu Long Hai Viet Cuong Binh'.split(),
        'female': 'Thuy Hoa Huong Phuong Trang Nhung Thu Hang Diep Loan'.split(),
        'last': 'Ngo Vo Truong Dinh Ly Do Huynh Ta Phan Cao'.split()},
}

out = {'_source': {'repo': 'https://github.com/joke2k/faker', 'commit': COMMIT, 'licence': 'MIT'}}
stats = {}
for loc in LOCALES + list(OWN):
    env = load(loc) if loc in LOCALES else {'first_names_male': OWN[loc]['male'], 'first_names_female': OWN[loc]['female'], 'last_names': OWN[loc]['last']}
    fm = env.get('first_names_male', [])
    ff = env.get('first_names_female', [])
    if not fm and not ff:
        fm = ff = []
    last = list(env.get('last_names', [])) or (list(env.get('last_names_male', [])) + list(env.get('last_names_female', [])))
    lm = env.get('last_names_male'); lf = env.get('last_names_female')
    if loc == 'bg_BG':
        fm = [translit_bg(x) for x in fm]; ff = [translit_bg(x) for x in ff]
        lm = [translit_bg(x) for x in lm]; lf = [translit_bg(x) for x in lf]
        last = []
    if loc == 'vi_VN':  # Vietnamese names are usually written without tone marks in German files
        fold = lambda x: ''.join(c for c in unicodedata.normalize('NFD', x.replace('Đ', 'D').replace('đ', 'd')) if unicodedata.category(c) != 'Mn')
        fm = [fold(x) for x in fm]; ff = [fold(x) for x in ff]; last = [fold(x) for x in last]
    d = {'male': fm, 'female': ff, 'last': last}
    if lm and lf and loc in ('bg_BG', 'cs_CZ', 'sk_SK'):
        d = {'male': fm, 'female': ff, 'last_male': lm, 'last_female': lf}
    res = {}
    for k, lst in d.items():
        seen, keep = set(), []
        for n in lst:
            n = n.strip() if isinstance(n, str) else n
            if not ok(n) or n in seen:
                continue
            if any(t.lower() in old_tokens for t in re.split(r"[\s\-]+", n)):
                continue
            seen.add(n); keep.append(n)
        res[k] = keep
    out[loc] = res
    stats[loc] = {k: len(v) for k, v in res.items()}
json.dump(out, open('names2.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
print(COMMIT, json.dumps(stats), 'old tokens', len(old_tokens))
