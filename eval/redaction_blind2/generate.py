"""Blind redaction set 2: Faker (15 locales, seed 7319) and hand-written value pools, in registers written for it.

Registers: forwarded e-mail threads with headers and signatures, pasted chat transcripts, OCR'd forms with
field labels, voice transcriptions without punctuation, JSON and log lines pasted by a customer, refund and
payment requests, delivery problems, social posts with @handles, identity checks, and privacy complaints that
quote Article 1 or 12 of the Universal Declaration of Human Rights (real text, see README.md).
Markup: `[[category|value]]` is personal (must be hidden), `{{kind|value}}` must be kept.

    .venv/bin/python -m eval.redaction_blind2.generate > eval/redaction_blind2/tickets.txt
"""
from __future__ import annotations

import datetime as dt
import random
import re
import string
import unicodedata

from faker import Faker

SEED = 7319
PER_LANG = 40
# language -> locales whose customers write in it (it_IT customers write in English)
LOCALES = {
    "en": ["en_US", "en_GB", "en_IE", "en_CA", "en_AU", "it_IT"],
    "es": ["es_ES", "es_MX"],
    "fr": ["fr_FR", "fr_CH"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "pt": ["pt_PT", "pt_BR"],
}
COUNTRY = {"en_US": "US", "en_GB": "UK", "en_IE": "IE", "en_CA": "CA", "en_AU": "AU", "it_IT": "IT", "es_ES": "ES",
           "es_MX": "MX", "fr_FR": "FR", "fr_CH": "CH", "de_DE": "DE", "de_AT": "AT", "de_CH": "CH", "pt_PT": "PT",
           "pt_BR": "BR"}


def P(cat: str, value: str) -> str:
    return f"[[{cat}|{value}]]"


def K(kind: str, value: str) -> str:
    return "{{" + f"{kind}|{value}" + "}}"


# ---- hand-written pools (not from Faker) ----------------------------------------------------------------------
CJK = [("王秀英", "Wang Xiuying"), ("李娜", "Li Na"), ("佐藤 健", "Sato Ken"), ("山田 花子", "Yamada Hanako"),
       ("陈志明", "Chen Zhiming"), ("김민준", "Kim Minjun"), ("高橋 美咲", "Takahashi Misaki"), ("刘洋", "Liu Yang")]
VIET = ["Nguyễn Thị Lan", "Trần Văn Minh", "Phạm Quỳnh Anh"]
IRISH = ["O'Driscoll", "Ó Súilleabháin", "MacCarthy", "Mac Giolla Phádraig", "Ní Bhriain", "O'Rourke", "McGonagle",
         "Mac an tSaoi"]
PARTICLES = {"en": ["van der", "de", "Van", "St."], "es": ["de la", "del", "de"], "fr": ["de", "Le", "d'"],
             "de": ["von", "van der", "von und zu", "zu"], "pt": ["da", "dos", "de", "das"]}
TITLES = {"en": ["Dr", "Prof.", "Revd", "Mx"], "es": ["Lic.", "Dra.", "Ing."], "fr": ["Me", "Dr", "Pr"],
          "de": ["Dr. med.", "Mag.", "Dipl.-Ing.", "Prof. Dr."], "pt": ["Eng.º", "Dra.", "Prof."]}
JOBS = {"en": ["Head of Procurement", "Practice Manager", "Senior Buyer"],
        "es": ["Jefa de Compras", "Gerente de Tienda", "Responsable de Logística"],
        "fr": ["Responsable achats", "Gérante", "Directeur technique"],
        "de": ["Leiterin Einkauf", "Geschäftsführer", "Praxismanagerin"],
        "pt": ["Diretora Financeira", "Gestor de Compras", "Sócia-gerente"]}
PRODUCTS = ["KALLAX shelf unit", "Hemnes daybed", "Skoda Octavia Combi", "Renault Clio", "Seat Ibiza", "VW Polo",
            "Fiat Panda Cross", "Stardew Valley", "Hollow Knight: Silksong", "Elden Ring", "Mario Kart 8 Deluxe",
            "Linnea armchair", "Sofia sofa bed", "Aurora desk lamp", "Matilda pram", "Kindle Paperwhite",
            "Dyson V15 Detect", "Thermomix TM6", "Bugaboo Fox 5", "Victoria wardrobe", "Oskar bunk bed",
            "Jasper bookcase", "Sienna floor lamp", "Florence dining table"]
COLOURS = ["Sage", "Terracotta", "Rosa", "Olive", "Ruby", "Hazel", "Jade", "Amber"]
COMPANIES = ["Acme Ltd", "Nordvik AS", "Brightwater Foods Ltd", "Holmgren & Sons", "Fjordline Logistics AS",
             "Café Lisboa Lda.", "Talleres Urquiza S.L.", "Schreinerei Huber GmbH", "Boulangerie Marchand SARL",
             "Hansen Marine ApS", "Oficina Santos Ltda.", "Kaufmann Elektro AG", "Lemaire Optique SAS",
             "Distribuidora del Bajío SA de CV"]
SHOPS = [("Nordvik", "nordvik-home.com"), ("Casa Lumen", "casalumen.es"), ("Atelier Brun", "atelier-brun.fr"),
         ("Hausgold", "hausgold-shop.de"), ("Loja Verde", "lojaverde.com.br"), ("Brightwater", "brightwater.co.uk")]
SECURITY_Q = {"en": "first pet's name", "es": "nombre de tu primera mascota", "fr": "nom de votre premier animal",
              "de": "Name des ersten Haustiers", "pt": "nome do primeiro animal de estimação"}
# Real text: Universal Declaration of Human Rights, Articles 12 and 1 (official language versions, see README.md).
UDHR = {
    "en": ["No one shall be subjected to arbitrary interference with his privacy, family, home or correspondence, "
           "nor to attacks upon his honour and reputation. Everyone has the right to the protection of the law "
           "against such interference or attacks.",
           "All human beings are born free and equal in dignity and rights. They are endowed with reason and "
           "conscience and should act towards one another in a spirit of brotherhood."],
    "es": ["Nadie será objeto de injerencias arbitrarias en su vida privada, su familia, su domicilio o su "
           "correspondencia, ni de ataques a su honra o a su reputación. Toda persona tiene derecho a la protección "
           "de la ley contra tales injerencias o ataques.",
           "Todos los seres humanos nacen libres e iguales en dignidad y derechos y, dotados como están de razón y "
           "conciencia, deben comportarse fraternalmente los unos con los otros."],
    "fr": ["Nul ne sera l'objet d'immixtions arbitraires dans sa vie privée, sa famille, son domicile ou sa "
           "correspondance, ni d'atteintes à son honneur et à sa réputation. Toute personne a droit à la protection "
           "de la loi contre de telles immixtions ou de telles atteintes.",
           "Tous les êtres humains naissent libres et égaux en dignité et en droits. Ils sont doués de raison et de "
           "conscience et doivent agir les uns envers les autres dans un esprit de fraternité."],
    "de": ["Niemand darf willkürlichen Eingriffen in sein Privatleben, seine Familie, seine Wohnung und seinen "
           "Schriftverkehr oder Beeinträchtigungen seiner Ehre und seines Rufes ausgesetzt werden. Jeder hat Anspruch "
           "auf rechtlichen Schutz gegen solche Eingriffe oder Beeinträchtigungen.",
           "Alle Menschen sind frei und gleich an Würde und Rechten geboren. Sie sind mit Vernunft und Gewissen "
           "begabt und sollen einander im Geist der Brüderlichkeit begegnen."],
    "pt": ["Ninguém sofrerá intromissões arbitrárias na sua vida privada, na sua família, no seu domicílio ou na sua "
           "correspondência, nem ataques à sua honra e reputação. Contra tais intromissões ou ataques toda a pessoa "
           "tem direito a protecção da lei.",
           "Todos os seres humanos nascem livres e iguais em dignidade e em direitos. Dotados de razão e de "
           "consciência, devem agir uns para com os outros em espírito de fraternidade."],
}
DIGITS = {"en": "oh one two three four five six seven eight nine".split(),
          "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
          "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
          "de": "null eins zwo drei vier fünf sechs sieben acht neun".split(),
          "pt": "zero um dois três quatro cinco seis sete oito nove".split()}
MONTHS = {"en": "January February March April May June July August September October November December".split(),
          "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
          "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
          "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
          "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()}


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c in ".-_"))


def spell_phone(digits: str, lang: str, rnd: random.Random) -> str:
    words, i = [], 0
    while i < len(digits):
        d = int(digits[i])
        if lang == "en" and i + 1 < len(digits) and digits[i + 1] == digits[i] and rnd.random() < 0.6:
            words.append(f"double {DIGITS['en'][d]}")
            i += 2
            continue
        words.append(DIGITS[lang][d])
        i += 1
    return " ".join(words)


def long_date(d, lang: str) -> str:
    m = MONTHS[lang][d.month - 1]
    return {"en": f"{d.day} {m} {d.year}", "es": f"{d.day} de {m} de {d.year}", "fr": f"{d.day} {m} {d.year}",
            "de": f"{d.day}. {m} {d.year}", "pt": f"{d.day} de {m} de {d.year}"}[lang]


def national_id(f: Faker, loc: str, rnd: random.Random) -> tuple[str, str]:
    digits = lambda n: "".join(rnd.choice(string.digits) for _ in range(n))  # noqa: E731
    if loc == "en_US":
        return "SSN", f.ssn().replace("-", "")
    if loc == "en_GB":
        v = rnd.choice("ABCEGHJKLMNPRSTWXYZ") + rnd.choice("ABCEGHJKLMNPRSTWXYZ") + digits(6) + rnd.choice("ABCD")
        return "NI number", v if rnd.random() < 0.5 else f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"
    if loc == "en_IE":
        return "PPS number", digits(7) + rnd.choice(string.ascii_uppercase) + rnd.choice(["", "A", "W"])
    if loc == "en_CA":
        return "SIN", f.ssn()
    if loc == "en_AU":
        return "TFN", f"{digits(3)} {digits(3)} {digits(3)}"
    if loc == "it_IT":
        return "codice fiscale", f.ssn()
    if loc == "es_ES":
        return ("DNI", f.nif()) if rnd.random() < 0.6 else ("NIE", f.nie())
    if loc == "es_MX":
        return ("CURP", f.curp()) if rnd.random() < 0.5 else ("RFC", f.rfc())
    if loc == "fr_FR":
        v = f.ssn()
        return "n° de sécu", v if rnd.random() < 0.5 else f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
    if loc in ("fr_CH", "de_CH"):
        return ("n° AVS" if loc == "fr_CH" else "AHV-Nr."), f.ssn()
    if loc == "de_DE":
        v = str(rnd.randint(1, 9)) + digits(10)
        return "Steuer-ID", v if rnd.random() < 0.5 else f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    if loc == "de_AT":
        return "SV-Nummer", f.ssn()
    if loc == "pt_PT":
        return "NIF", f.vat_id()[2:]
    v = f.cpf()
    return "CPF", v if rnd.random() < 0.6 else re.sub(r"\D", "", v)


def driving_licence(f: Faker, loc: str, rnd: random.Random, last: str, first: str, dob) -> str:
    digits = lambda n: "".join(rnd.choice(string.digits) for _ in range(n))  # noqa: E731
    up = lambda n: "".join(rnd.choice(string.ascii_uppercase) for _ in range(n))  # noqa: E731
    if loc == "en_GB":
        sur = (fold(last).upper().replace("'", "") + "99999")[:5]
        return f"{sur}{str(dob.year)[2]}{dob.month:02d}{dob.day:02d}{str(dob.year)[3]}{fold(first)[:1].upper()}9{digits(1)}{up(2)}"
    if loc == "en_US":
        return rnd.choice([up(1) + digits(7), digits(9), up(1) + digits(12), up(1) + digits(3) + "-" + digits(4) + "-" + digits(4)])
    if loc in ("en_CA", "en_AU", "en_IE", "it_IT"):
        return rnd.choice([up(1) + digits(4) + "-" + digits(5) + "-" + digits(5), digits(8), up(2) + digits(7) + up(1)])
    if loc.startswith("es"):
        return f.nif() if loc == "es_ES" else up(1) + digits(8)
    if loc.startswith("fr"):
        return digits(2) + up(2) + digits(5) + digits(3) if rnd.random() < 0.5 else digits(12)
    if loc.startswith("de"):
        return up(1) + digits(3) + up(3) + digits(1) + up(1) + digits(2) if loc == "de_DE" else digits(8)
    return up(2) + "-" + digits(6) + " " + digits(1) if loc == "pt_PT" else digits(11)


def phone(f: Faker, loc: str, rnd: random.Random) -> str:
    digits = lambda n: "".join(rnd.choice(string.digits) for _ in range(n))  # noqa: E731
    if loc == "en_IE":
        return rnd.choice([f"08{rnd.choice('35679')} {digits(3)} {digits(4)}", f"+353 8{rnd.choice('5679')} {digits(3)} {digits(4)}"])
    if loc == "es_MX":
        return rnd.choice([f"+52 55 {digits(4)} {digits(4)}", f"33 {digits(4)} {digits(4)}", f"(81) {digits(4)}-{digits(4)}"])
    return re.sub(r"\s*x\d+$", "", f.phone_number())


def address(f: Faker, loc: str, rnd: random.Random) -> str:
    a = f.address()
    if loc == "en_GB" and rnd.random() < 0.4:
        a = f"Flat {rnd.randint(1, 40)}, " + a
    if loc == "es_ES" and rnd.random() < 0.5:
        first, _, rest = a.partition("\n")
        a = f"{first}, {rnd.randint(1, 9)}º {rnd.choice('ABCD')}\n{rest}"
    return a


def name_forms(f: Faker, lang: str, loc: str, rnd: random.Random) -> dict[str, str]:
    """Plain strings: first, last, full, lf ('SURNAME, First'), and the script the name is written in."""
    first, last = f.first_name(), f.last_name()
    style = rnd.random()
    if style < 0.10:
        cjk, latin = rnd.choice(CJK)
        fam, _, given = latin.partition(" ")
        return {"first": given, "last": fam, "full": rnd.choice([cjk, latin]), "lf": f"{fam.upper()} {given}",
                "cjk": cjk}
    if style < 0.14:
        v = rnd.choice(VIET)
        return {"first": v.split()[-1], "last": v.split()[0], "full": v, "lf": f"{v.split()[0].upper()}, {' '.join(v.split()[1:])}"}
    if style < 0.24 and lang == "en":
        last = rnd.choice(IRISH)
    elif style < 0.34:
        last = f"{rnd.choice(PARTICLES[lang])}{'' if PARTICLES[lang][-1] == '' else ' '}{last}".replace("d' ", "d'")
    elif style < 0.44:
        last = f"{last}-{f.last_name()}"
    elif style < 0.50 and lang in ("es", "pt"):
        last = f"{last} {f.last_name()}"
    return {"first": first, "last": last, "full": f"{first} {last}", "lf": f"{last.upper()}, {first}"}


def values(f: Faker, lang: str, loc: str, rnd: random.Random) -> dict[str, str]:
    n = name_forms(f, lang, loc, rnd)
    agent = f"{f.first_name()} {f.last_name()[0]}."
    dob = f.date_between(start_date=dt.date(1938, 1, 1), end_date=dt.date(2007, 12, 1))
    dob_fmt = "%m/%d/%Y" if loc == "en_US" else ("%d.%m.%Y" if lang == "de" else rnd.choice(["%d/%m/%Y", "%d-%m-%Y"]))
    delivery = f.date_between(start_date=dt.date(2026, 12, 3), end_date=dt.date(2026, 12, 31))
    sent = f.date_time_between(start_date=dt.datetime(2026, 11, 10), end_date=dt.datetime(2026, 12, 1, 23, 59))
    nid_label, nid = national_id(f, loc, rnd)
    local = fold(n["first"]).lower()[:1] + fold(n["last"]).lower().replace("'", "")[:12] if n.get("cjk") is None \
        else fold(n["lf"]).lower()
    email = f"{local or 'kunde'}{rnd.choice(['', str(rnd.randint(1, 99)), '.' + str(dob.year)])}@{f.free_email_domain()}"
    ph = phone(f, loc, rnd)
    ph_digits = re.sub(r"\D", "", ph)[-10:] if lang == "en" else re.sub(r"\D", "", f.phone_number())[-9:]
    if lang == "en" and not ph_digits.startswith("0"):
        ph_digits = "0" + ph_digits[1:]
    shop, domain = rnd.choice(SHOPS)
    card = f.credit_card_number()
    if rnd.random() < 0.5 and len(card) == 16:
        card = " ".join(card[i:i + 4] for i in range(0, 16, 4))
    token = f.sha256()[: rnd.choice([24, 32, 40])]
    uid = str(rnd.randint(100000, 99999999))
    sig = f.sha1()[:20]
    code = "".join(rnd.choice(string.ascii_uppercase + string.digits) for _ in range(8))
    user = rnd.choice([f.user_name(), fold(n["first"]).lower() + str(rnd.randint(1, 999)), local + "_" + str(dob.year)[2:]])
    handle = "@" + rnd.choice([f.user_name(), fold(n["first"]).lower() + "_" + fold(n["last"]).lower()[:6],
                              fold(n["first"]).capitalize() + fold(n["last"]).capitalize()[:5]])
    price_val = f"{rnd.randint(9, 2400)}{',' if lang != 'en' else '.'}{rnd.choice(['00', '90', '99', '50'])}"
    cur = {"en_US": "$", "en_GB": "£", "en_IE": "€", "en_CA": "CA$", "en_AU": "A$", "it_IT": "€", "es_ES": "€",
           "es_MX": "MXN ", "fr_FR": "€", "fr_CH": "CHF ", "de_DE": "€", "de_AT": "€", "de_CH": "CHF ",
           "pt_PT": "€", "pt_BR": "R$ "}[loc]
    price = (f"{cur}{price_val}" if cur.strip() in ("$", "£", "CA$", "A$", "R$", "MXN", "CHF") else f"{price_val} €")
    product = rnd.choice(PRODUCTS)
    if rnd.random() < 0.4:
        product = f"{product} in {rnd.choice(COLOURS)}" if lang == "en" else f"{product} {rnd.choice(COLOURS)}"
    return {
        "first": P("name", n["first"]), "first_lc": P("name", n["first"].lower()), "name": P("name", n["full"]),
        "name_lf": P("name", n["lf"]), "name_lc": P("name", n["full"].lower()),
        "titled": f"{rnd.choice(TITLES[lang])} {P('name', n['full'])}", "job": rnd.choice(JOBS[lang]),
        "agent": P("name", agent), "email": P("email", email),
        "phone": P("phone", ph), "phone_words": P("phone_words", spell_phone(ph_digits, lang, rnd)),
        "addr_ml": P("address", address(f, loc, rnd)),
        "addr_1l": P("address", address(f, loc, rnd).replace("\n", ", ")),
        "addr_lc": P("address", address(f, loc, rnd).replace("\n", " ").replace(",", "").lower()),
        "dob": P("dob", dob.strftime(dob_fmt)), "dob_long": P("dob", long_date(dob, lang)),
        "nid_label": nid_label, "nid": P("national_id", nid),
        "nid2": "{} {}".format(*((lab, P("national_id", val)) for lab, val in [national_id(f, loc, rnd)]).__next__()),
        "passport": P("passport", f.passport_number()),
        "dl": P("driving_licence", driving_licence(f, loc, rnd, n["last"], n["first"], dob)),
        "iban": P("iban", f.iban() if rnd.random() < 0.5 else " ".join(re.findall(".{1,4}", f.iban()))),
        "acct": P("bank_account", str(rnd.randint(10000000, 99999999))),
        "card": P("card", card), "exp": P("card_security", f.credit_card_expire()),
        "cvc": P("card_security", f.credit_card_security_code()),
        "pw": P("secret", f.password(length=rnd.choice([9, 11, 14]), special_chars=rnd.random() < 0.7)),
        "pin": P("secret", str(rnd.randint(1000, 9999))), "answer": P("secret", rnd.choice(COLOURS[:3] + ["Biscuit", "Pipoca", "Filou", "Bello"])),
        "sq": SECURITY_Q[lang],
        "user": P("username", user), "ip": P("ip", f.ipv4_public()), "ip6": P("ip", f.ipv6()),
        "reset": f"https://account.{domain}/password/reset?token={P('url_secret', token)}&uid={P('url_secret', uid)}",
        "verify": f"https://{domain}/verify/{P('url_secret', code)}?sig={P('url_secret', sig)}&exp=1767225600",
        "mail_q": f"https://{domain}/unsubscribe?e={P('url_secret', email.replace('@', '%40'))}&c={P('url_secret', code.lower())}",
        "handle": P("handle", handle), "shop": K("company", shop), "domain": domain,
        "order": K("order", f"{rnd.randint(100, 999)}-{rnd.randint(1000000, 9999999)}-{rnd.randint(1000000, 9999999)}"),
        "order2": K("order", rnd.choice(["#", "Nr. ", "No. ", ""]) + rnd.choice(["A", "WEB", "SO", ""]) + str(rnd.randint(10000, 9999999))),
        "tracking": K("tracking", "1Z" + "".join(rnd.choice(string.ascii_uppercase + string.digits) for _ in range(6))
                      + rnd.choice(["01", "02", "03", "68"]) + "".join(rnd.choice(string.digits) for _ in range(8))),
        "invoice": K("invoice", rnd.choice(["INV-", "FA-", "RE-", "FT ", "NF-e "]) + f"{sent.year}/{rnd.randint(100, 99999):05d}"),
        "ticket": K("ticket", f"#{rnd.randint(10000, 999999)}"),
        "account": K("account", f"{rnd.randint(1000, 9999)}-{rnd.randint(1000, 9999)}-{rnd.randint(10, 99)}"
                     if rnd.random() < 0.5 else f"CU-{rnd.randint(100, 999)}-{rnd.randint(10000, 99999)}"),
        "sku": K("sku", rnd.choice([f"{rnd.randint(100, 999)}.{rnd.randint(100, 999)}.{rnd.randint(10, 99)}",
                                    f"SKU-{rnd.randint(1000, 99999)}-{rnd.choice(['BL', 'GR', 'XL', 'OAK'])}",
                                    f"{rnd.choice(['HX', 'TR', 'MB'])}{rnd.randint(1000, 9999)}/{rnd.randint(1, 9)}"])),
        "product": K("product", product), "product2": K("product", rnd.choice(PRODUCTS)),
        "company": K("company", rnd.choice(COMPANIES)), "price": K("price", price),
        "ddate": K("date", long_date(delivery, lang) if rnd.random() < 0.5 else delivery.strftime(
            "%m/%d/%Y" if loc == "en_US" else "%d.%m.%Y" if lang == "de" else "%d/%m/%Y")),
        "sent": K("date", sent.strftime("%a, %d %b %Y %H:%M")), "hhmm": sent.strftime("%H:%M"),
        "hhmm2": f"{sent.hour:02d}:{min(sent.minute + 2, 59):02d}", "iso": sent.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "udhr": UDHR[lang][rnd.randint(0, 1)],
    }


def _en(reg: str) -> str:
    return {
        "fwd": """---------- Forwarded message ---------
From: {name_lf} <{email}>
Date: {sent}
Subject: Re: your invoice {invoice}

Hi there, my colleague asked me to send this on. We were charged {price} twice for the {product}.
Could you refund one of them to the account below?

Kind regards,
{titled}
{job} | {company}
m. {phone}
{addr_ml}

> On {sent}, {shop} Customer Care wrote:
> Thanks for your order {order2}. It will be with you on {ddate}.
""",
        "chat": """[{hhmm}] {agent} joined the chat
[{hhmm}] {agent}: Hi! Who am I speaking with today?
[{hhmm2}] Visitor: its {first_lc}, i already gave my card to the other guy
[{hhmm2}] Visitor: {card} exp {exp} cvv {cvc}
[{hhmm2}] Visitor: order {order} , the {product} never showed up
[{hhmm2}] {agent}: Thanks, I can see the parcel with UPS {tracking}.
""",
        "form": """SCANNED FORM - RETURN REQUEST (OCR)
Surname . . . . . . {name_lf}
Date of birth . . . {dob}
{nid_label} . . . {nid}
Home address:
{addr_ml}
Daytime tel. {phone}
Item(s) {sku} {product}   Value {price}
Customer acct no. {account}
""",
        "voice": """Voicemail transcript (automatic)
hi yeah this is {name_lc} calling about the {product} i ordered um the order number is {order2} and it still hasnt
arrived so can someone ring me back my number is {phone_words} thats my mobile or you can email me
thanks bye
""",
        "log": """Your app keeps logging me out. I copied this from the debug screen:
{iso} INFO  auth.session user={user} src={ip} ua="Mozilla/5.0" result=expired
{iso} WARN  auth.login attempt user={user} src={ip6} mfa=skipped
{{"event":"password_reset_sent","email":"{email}","link":"{reset}"}}
I never asked for a reset!! Ticket {ticket} was closed without an answer.
""",
        "bank": """Hello, please refund {price} for invoice {invoice} by bank transfer, not to the card.
Account holder: {name}
{bank_line}
IBAN if you need it: {iban}
Ref. {order2}. If you need to check it's me, my {sq} is {answer}.
""",
        "delivery": """Subject: wrong address on order {order}

Hi, your courier left the {product} at the neighbours'. My address is {addr_1l}, not the one on the label.
Tracking {tracking}, promised for {ddate}. Call me on {phone} if anything.
{first}
""",
        "social": """Tweet from {handle}: hey {shop} my {product} ({sku}) arrived broken, order {order2} 😡
Reply from {shop}: sorry to hear that! Please DM us.
DM from {handle}: it's {name}, email {email}, tag {handle} in the reply pls
""",
        "id": """Hi, I'm picking up the rental ({product2}) for {company} on {ddate}.
Driver: {name_lf}, born {dob_long}
Driving licence no. {dl}
Passport {passport}, {nid2}
My login is {user} and the password is {pw} in case you need to check the booking.
""",
        "udhr": """To whom it may concern,

I want every record you hold on me deleted. Article 12 of the Universal Declaration of Human Rights says:
"{udhr}"
Name on the account: {name}. Customer no. {account}. Your unsubscribe link still has my address in it:
{mail_q}
I have also not been able to confirm my e-mail, this link fails: {verify}
{first}
""",
    }[reg]


def _es(reg: str) -> str:
    return {
        "fwd": """---------- Mensaje reenviado ---------
De: {name_lf} <{email}>
Fecha: {sent}
Asunto: RV: factura {invoice}
Para: atención al cliente

Buenas tardes, les reenvío el correo de mi jefa. Nos han cobrado {price} por el {product} dos veces.

Un saludo cordial,
{titled}
{job} · {company}
Tel. {phone}
{addr_ml}
""",
        "chat": """[{hhmm}] {agent} se ha unido a la conversación
[{hhmm}] {agent}: ¡Hola! ¿En qué puedo ayudarte?
[{hhmm2}] Cliente: hola soy {first_lc} jaja, el pedido {order} no llega
[{hhmm2}] Cliente: te paso la tarjeta pa que me cobres el envío urgente {card} caduca {exp} y el código de atrás {cvc}
[{hhmm2}] {agent}: Gracias, veo el envío {tracking} en reparto.
""",
        "form": """FORMULARIO ESCANEADO - DEVOLUCIÓN
APELLIDOS, NOMBRE: {name_lf}
FECHA NAC.: {dob}
{nid_label}: {nid}
DOMICILIO: {addr_1l}
TELÉFONO: {phone}
ARTÍCULO: {sku} {product}   IMPORTE: {price}
Nº CLIENTE: {account}
""",
        "voice": """Transcripción automática del buzón de voz
hola buenas soy {name_lc} llamo por lo del {product} el pedido es el {order2} y todavía no me ha llegado
me pueden llamar al {phone_words} gracias hasta luego
""",
        "log": """La aplicación me echa todo el rato, os pego lo que sale en la consola:
{iso} INFO  sesion usuario={user} origen={ip} estado=caducada
{iso} WARN  login intento usuario={user} origen={ip6}
{{"evento":"restablecer_clave","correo":"{email}","enlace":"{reset}"}}
¡Yo no he pedido cambiar nada! La incidencia {ticket} se cerró sin respuesta.
""",
        "bank": """Hola, quiero que me devuelvan {price} de la factura {invoice} por transferencia.
Titular: {name}
{iban_line}
Referencia del pedido {order2}. Para comprobar que soy yo, el {sq} es {answer}.
""",
        "delivery": """Asunto: dirección equivocada en el pedido {order}

Hola, el repartidor dejó el {product} en otra casa. Mi dirección es {addr_1l}.
Seguimiento {tracking}, entrega prevista el {ddate}. Mi móvil: {phone}
{first}
""",
        "social": """Publicación de {handle}: oye {shop} mi {product} ({sku}) llegó roto, pedido {order2} 😤
Respuesta de {shop}: ¡Lo sentimos! Escríbenos por privado.
Mensaje privado de {handle}: soy {name}, mi correo es {email}
""",
        "id": """Buenos días, recojo el coche de alquiler ({product2}) para {company} el {ddate}.
Conductor: {name_lf}, nacido el {dob_long}
Permiso de conducir nº {dl}
Pasaporte {passport}, {nid2}
Mi usuario es {user} y la contraseña {pw}, por si necesitan revisar la reserva.
""",
        "udhr": """A quien corresponda:

Solicito la supresión de todos mis datos. El artículo 12 de la Declaración Universal de Derechos Humanos dice:
«{udhr}»
Titular de la cuenta: {name}. Nº de cliente {account}. El enlace para darse de baja aún lleva mi correo:
{mail_q}
Tampoco puedo verificar mi cuenta con este enlace: {verify}
{first}
""",
    }[reg]


def _fr(reg: str) -> str:
    return {
        "fwd": """-------- Message transféré --------
De : {name_lf} <{email}>
Date : {sent}
Objet : TR: facture {invoice}
À : service client

Bonjour, je vous transfère le message de ma collègue. Le {product} nous a été facturé deux fois ({price}).

Bien cordialement,
{titled}
{job} – {company}
Tél. {phone}
{addr_ml}
""",
        "chat": """[{hhmm}] {agent} a rejoint la conversation
[{hhmm}] {agent} : Bonjour, comment puis-je vous aider ?
[{hhmm2}] Client : slt c {first_lc}, ma commande {order} est toujours pas arrivée
[{hhmm2}] Client : voilà ma carte pour la livraison express {card} expire fin {exp} cryptogramme {cvc}
[{hhmm2}] {agent} : Merci, le colis {tracking} est en cours de livraison.
""",
        "form": """FORMULAIRE NUMÉRISÉ – DEMANDE DE RETOUR
NOM, Prénom : {name_lf}
Né(e) le : {dob}
{nid_label} : {nid}
Adresse : {addr_1l}
Téléphone : {phone}
Article : {sku} {product}   Montant : {price}
N° client : {account}
""",
        "voice": """Transcription automatique de la messagerie
bonjour c'est {name_lc} je vous appelle pour le {product} la commande c'est la {order2} et je l'ai toujours pas reçue
vous pouvez me rappeler au {phone_words} merci au revoir
""",
        "log": """L'appli me déconnecte sans arrêt, voici ce que dit la console :
{iso} INFO  session utilisateur={user} source={ip} statut=expirée
{iso} WARN  connexion tentative utilisateur={user} source={ip6}
{{"evenement":"reinitialisation_envoyee","courriel":"{email}","lien":"{reset}"}}
Je n'ai rien demandé ! Le ticket {ticket} a été clôturé sans réponse.
""",
        "bank": """Bonjour, merci de me rembourser {price} pour la facture {invoice} par virement.
Titulaire : {name}
{iban_line}
Réf. commande {order2}. Pour vérifier que c'est bien moi, le {sq} est {answer}.
""",
        "delivery": """Objet : mauvaise adresse sur la commande {order}

Bonjour, le livreur a déposé le {product} chez les voisins. Mon adresse est {addr_1l}.
Suivi {tracking}, livraison prévue le {ddate}. Mon portable : {phone}
{first}
""",
        "social": """Publication de {handle} : {shop} mon {product} ({sku}) est arrivé cassé, commande {order2} 😠
Réponse de {shop} : Désolés ! Écrivez-nous en privé.
Message privé de {handle} : c'est {name}, mon adresse mail {email}
""",
        "id": """Bonjour, je récupère la voiture de location ({product2}) pour {company} le {ddate}.
Conducteur : {name_lf}, né le {dob_long}
Permis de conduire n° {dl}
Passeport {passport}, {nid2}
Mon identifiant est {user} et le mot de passe {pw} si vous devez vérifier la réservation.
""",
        "udhr": """Madame, Monsieur,

Je demande l'effacement de toutes mes données. L'article 12 de la Déclaration universelle des droits de l'homme dit :
« {udhr} »
Titulaire du compte : {name}. N° client {account}. Votre lien de désinscription contient encore mon adresse :
{mail_q}
Je n'arrive pas non plus à valider mon compte avec ce lien : {verify}
{first}
""",
    }[reg]


def _de(reg: str) -> str:
    return {
        "fwd": """---------- Weitergeleitete Nachricht ---------
Von: {name_lf} <{email}>
Datum: {sent}
Betreff: WG: Rechnung {invoice}
An: Kundenservice

Guten Tag, anbei die Mail meiner Kollegin. Der {product} wurde uns zweimal berechnet ({price}).

Mit freundlichen Grüßen
{titled}
{job} | {company}
Tel. {phone}
{addr_ml}
""",
        "chat": """[{hhmm}] {agent} ist dem Chat beigetreten
[{hhmm}] {agent}: Hallo! Wie kann ich helfen?
[{hhmm2}] Kunde: hi hier ist {first_lc}, bestellung {order} ist immer noch nicht da
[{hhmm2}] Kunde: hier die karte für den expressversand {card} gültig bis {exp} prüfziffer {cvc}
[{hhmm2}] {agent}: Danke, das Paket {tracking} ist in Zustellung.
""",
        "form": """GESCANNTES FORMULAR – RÜCKSENDUNG
NAME, Vorname: {name_lf}
Geburtsdatum: {dob}
{nid_label}: {nid}
Anschrift:
{addr_ml}
Telefon tagsüber: {phone}
Artikel: {sku} {product}   Betrag: {price}
Kundennummer: {account}
""",
        "voice": """Automatische Transkription der Mailbox
ja hallo hier ist {name_lc} ich rufe wegen dem {product} an die bestellung ist die {order2} und die ist immer noch nicht da
bitte rufen sie mich zurück unter {phone_words} danke tschüss
""",
        "log": """Die App meldet mich ständig ab, hier der Auszug aus der Konsole:
{iso} INFO  sitzung benutzer={user} quelle={ip} status=abgelaufen
{iso} WARN  anmeldung versuch benutzer={user} quelle={ip6}
{{"ereignis":"passwort_reset_gesendet","mail":"{email}","link":"{reset}"}}
Ich habe nichts angefordert! Das Ticket {ticket} wurde ohne Antwort geschlossen.
""",
        "bank": """Hallo, bitte erstatten Sie {price} aus der Rechnung {invoice} per Überweisung.
Kontoinhaber: {name}
{iban_line}
Bestellung {order2}. Zur Kontrolle: der {sq} ist {answer}.
""",
        "delivery": """Betreff: falsche Adresse bei Bestellung {order}

Hallo, der Bote hat den {product} beim Nachbarn abgegeben. Meine Adresse ist {addr_1l}.
Sendungsnummer {tracking}, Zustellung angekündigt für {ddate}. Handy: {phone}
{first}
""",
        "social": """Beitrag von {handle}: {shop} mein {product} ({sku}) kam kaputt an, Bestellung {order2} 😡
Antwort von {shop}: Das tut uns leid! Schreib uns bitte per DM.
DM von {handle}: ich bin {name}, Mail {email}
""",
        "id": """Guten Tag, ich hole den Mietwagen ({product2}) für {company} am {ddate} ab.
Fahrer: {name_lf}, geboren am {dob_long}
Führerschein-Nr. {dl}
Reisepass {passport}, {nid2}
Mein Login ist {user}, das Passwort {pw}, falls Sie die Buchung prüfen müssen.
""",
        "udhr": """Sehr geehrte Damen und Herren,

ich verlange die Löschung aller meiner Daten. Artikel 12 der Allgemeinen Erklärung der Menschenrechte lautet:
„{udhr}“
Kontoinhaber: {name}. Kundennummer {account}. Ihr Abmeldelink enthält immer noch meine Adresse:
{mail_q}
Mein Konto kann ich mit diesem Link auch nicht bestätigen: {verify}
{first}
""",
    }[reg]


def _pt(reg: str) -> str:
    return {
        "fwd": """---------- Mensagem encaminhada ---------
De: {name_lf} <{email}>
Data: {sent}
Assunto: Fwd: fatura {invoice}
Para: apoio ao cliente

Boa tarde, reencaminho o e-mail da minha colega. Cobraram-nos {price} duas vezes pelo {product}.

Com os melhores cumprimentos,
{titled}
{job} | {company}
Tel. {phone}
{addr_ml}
""",
        "chat": """[{hhmm}] {agent} entrou na conversa
[{hhmm}] {agent}: Olá! Em que posso ajudar?
[{hhmm2}] Cliente: oi aqui é {first_lc}, meu pedido {order} não chegou ainda
[{hhmm2}] Cliente: segue o cartão pro frete expresso {card} validade {exp} código {cvc}
[{hhmm2}] {agent}: Obrigado, a encomenda {tracking} está em rota de entrega.
""",
        "form": """FORMULÁRIO DIGITALIZADO – DEVOLUÇÃO
NOME COMPLETO: {name_lf}
DATA DE NASC.: {dob}
{nid_label}: {nid}
MORADA / ENDEREÇO: {addr_1l}
TELEFONE: {phone}
ARTIGO: {sku} {product}   VALOR: {price}
Nº CLIENTE: {account}
""",
        "voice": """Transcrição automática do correio de voz
olá boa tarde fala {name_lc} é sobre o {product} a encomenda é a {order2} e ainda não chegou
podem ligar para o {phone_words} obrigado até logo
""",
        "log": """O aplicativo me desconecta toda hora, copiei isto do console:
{iso} INFO  sessao usuario={user} origem={ip} estado=expirada
{iso} WARN  login tentativa usuario={user} origem={ip6}
{{"evento":"redefinicao_enviada","email":"{email}","link":"{reset}"}}
Não pedi nada disso! O chamado {ticket} foi fechado sem resposta.
""",
        "bank": """Olá, peço o reembolso de {price} da fatura {invoice} por transferência bancária.
Titular: {name}
{iban_line}
Encomenda {order2}. Para confirmar que sou eu, o {sq} é {answer}.
""",
        "delivery": """Assunto: morada errada na encomenda {order}

Olá, o estafeta deixou o {product} no vizinho. A minha morada é {addr_1l}.
Rastreio {tracking}, entrega prevista a {ddate}. Telemóvel: {phone}
{first}
""",
        "social": """Post de {handle}: {shop} meu {product} ({sku}) chegou quebrado, pedido {order2} 😡
Resposta de {shop}: Lamentamos! Mande-nos uma DM.
DM de {handle}: sou {name}, e-mail {email}
""",
        "id": """Bom dia, vou levantar o carro alugado ({product2}) para a {company} no dia {ddate}.
Condutor: {name_lf}, nascido a {dob_long}
Carta de condução n.º {dl}
Passaporte {passport}, {nid2}
O meu utilizador é {user} e a palavra-passe {pw}, caso precisem de verificar a reserva.
""",
        "udhr": """Exmos. Senhores,

Peço o apagamento de todos os meus dados. O artigo 12 da Declaração Universal dos Direitos Humanos diz:
"{udhr}"
Titular da conta: {name}. N.º de cliente {account}. O vosso link de cancelamento ainda tem o meu e-mail:
{mail_q}
Também não consigo confirmar a conta com este link: {verify}
{first}
""",
    }[reg]


def bank_line(loc: str, acct: str, rnd: random.Random) -> str:
    """How a customer in each English-writing country gives a domestic bank account."""
    if loc == "en_GB":
        return f"Sort code {P('bank_account', f'{rnd.randint(10, 99)}-{rnd.randint(10, 99)}-{rnd.randint(10, 99)}')} acc {acct}"
    if loc == "en_US":
        return f"Routing number {P('bank_account', str(rnd.randint(10000000, 99999999)) + str(rnd.randint(0, 9)))}, checking {acct}"
    if loc == "en_AU":
        return f"BSB {P('bank_account', f'{rnd.randint(10, 99)}{rnd.randint(0, 9)}-{rnd.randint(100, 999)}')} account number {acct}"
    if loc == "en_CA":
        return f"Transit {P('bank_account', str(rnd.randint(10000, 99999)))} institution 003 account {acct}"
    return f"Account number {acct}"


TEMPLATES = {"en": _en, "es": _es, "fr": _fr, "de": _de, "pt": _pt}
REGISTERS = ["fwd", "chat", "form", "voice", "log", "bank", "delivery", "social", "id", "udhr"]


def main() -> None:
    rnd = random.Random(SEED)
    fakers = {loc: Faker(loc) for locs in LOCALES.values() for loc in locs}
    for i, f in enumerate(fakers.values()):
        f.seed_instance(SEED + i)
    out = []
    for lang, locs in LOCALES.items():
        for i in range(PER_LANG):
            loc = locs[(i + i // len(REGISTERS)) % len(locs)]  # every register meets every locale
            reg = REGISTERS[i % len(REGISTERS)]
            v = values(fakers[loc], lang, loc, rnd)
            v["bank_line"] = bank_line(loc, v["acct"], rnd)
            v["iban_line"] = f"IBAN {v['iban']}"
            if loc == "es_MX":
                v["iban_line"] = "CLABE " + P("bank_account", "0" + "".join(rnd.choice(string.digits) for _ in range(17)))
            digits = lambda n: "".join(rnd.choice(string.digits) for _ in range(n))  # noqa: E731
            if loc == "fr_FR":
                v["iban_line"] = "RIB : " + P("bank_account", f"{digits(5)} {digits(5)} {digits(11)} {digits(2)}")
            if loc == "de_DE":
                v["iban_line"] = f"Kontonummer {P('bank_account', digits(10))}, BLZ {P('bank_account', f'{digits(3)} {digits(3)} {digits(2)}')}"
            if loc == "de_CH":
                v["iban_line"] = "Postkonto " + P("bank_account", f"{rnd.randint(10, 90)}-{digits(6)}-{digits(1)}")
            if loc == "pt_BR":
                v["iban_line"] = (f"Banco 341 agência {P('bank_account', str(rnd.randint(1000, 9999)))} "
                                  f"conta corrente {P('bank_account', f'{rnd.randint(10000, 99999)}-{rnd.randint(0, 9)}')}")
            out.append(f"=== {lang}-{i + 1:02d} {lang} {COUNTRY[loc]} {reg} generated\n{TEMPLATES[lang](reg).format(**v)}")
    print("\n".join(out), end="")


if __name__ == "__main__":
    main()
