"""Phone numbers said in number words (issue 13 audit, gap 1) against the output guards, generated: random digit
strings are spoken in en/es/fr/de/pt by the speller below (written for this test, apart from
plugin/core/number_words.py) in pairs (the French way), triples ("five fifty-five"), digit by digit, or mixed, with
"double"/"triple" for repeated digits and "oh" for zero, and put into a reply; ordinary sentences with number words
(prices, durations, quantities, dates, ages, one of our forty-two branches) must stay clean. Counts are printed
(`pytest -s`)."""
import random

import pytest

from plugin.adapters.tldextract_suffixes import TldextractSuffixes
from plugin.core.guards import check_draft
from tests import hostile_drafts

SUFFIXES = TldextractSuffixes()
FOREIGN = "personal data not from this ticket"
LANGUAGES = ("en", "es", "fr", "de", "pt")

_EN = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
       "seventeen eighteen nineteen").split()
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ES = ("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete "
       "dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete "
       "veintiocho veintinueve").split()
_ES_TENS = "treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
_FR = "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split()
_FR_TENS = "vingt trente quarante cinquante soixante".split()
_DE = ("null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn "
       "siebzehn achtzehn neunzehn").split()
_DE_TENS = "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()
_PT = ("zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete "
       "dezoito dezenove").split()
_PT_TENS = "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa".split()
MULTIPLIERS = {"en": ("double", "triple"), "es": ("doble", "triple"), "fr": ("double", "triple"),
               "de": ("doppel", "dreifach"), "pt": ("duplo", "triplo")}


def say(n: int, lang: str, rng: random.Random) -> str:
    """0-99 in words, as a person says it."""
    if lang == "en":
        return _EN[n] if n < 20 else _EN_TENS[n // 10 - 2] + (f"-{_EN[n % 10]}" if n % 10 else "")
    if lang == "es":
        return _ES[n] if n < 30 else _ES_TENS[n // 10 - 3] + (f" y {_ES[n % 10]}" if n % 10 else "")
    if lang == "de":
        if n < 20:
            return rng.choice(["zwo", "zwei"]) if n == 2 else _DE[n]
        unit = "ein" if n % 10 == 1 else _DE[n % 10]
        return (f"{unit}und" if n % 10 else "") + _DE_TENS[n // 10 - 2]
    if lang == "pt":
        return _PT[n] if n < 20 else _PT_TENS[n // 10 - 2] + (f" e {_PT[n % 10]}" if n % 10 else "")
    # French: 17-19 dix-sept; 21/31/.../71 "et un"/"et onze"; 70-79 soixante-dix...; 80-99 quatre-vingt(s)...
    if n < 17:
        return _FR[n]
    if n < 20:
        return "dix-" + _FR[n - 10]
    base, rest = (n // 10 * 10, n % 10) if n < 60 else (60, n - 60) if n < 80 else (80, n - 80)
    head = _FR_TENS[base // 10 - 2] if base < 80 else "quatre-vingt"
    if rest == 0:
        return head + ("s" if base == 80 else "")
    if rest in (1, 11) and base < 80:
        return f"{head} et {say(rest, 'fr', rng)}"
    return f"{head}-{say(rest, 'fr', rng)}"


def say_group(group: str, lang: str, rng: random.Random) -> str:
    """A group of 1-4 digits, spoken one of the ways people do."""
    double, triple = MULTIPLIERS[lang]
    if len(group) == 3 and len(set(group)) == 1 and rng.random() < 0.7:
        return f"{triple} {say_digit(group[0], lang, rng)}"
    if len(group) == 2 and group[0] == group[1] and rng.random() < 0.5:
        return f"{double} {say_digit(group[0], lang, rng)}"
    if len(group) == 2:
        return say_pair(group, lang, rng)
    if len(group) == 3:
        if rng.random() < 0.5 and group[1] != "0":  # "five fifty-five"
            return f"{say_digit(group[0], lang, rng)} {say_pair(group[1:], lang, rng)}"
        return " ".join(say_digit(d, lang, rng) for d in group)
    if len(group) == 4:  # "twelve thirty-four"
        return f"{say_pair(group[:2], lang, rng)} {say_pair(group[2:], lang, rng)}"
    return say_digit(group, lang, rng)


def say_digit(digit: str, lang: str, rng: random.Random) -> str:
    if digit == "0" and lang == "en" and rng.random() < 0.5:
        return "oh"
    return say(int(digit), lang, rng)


def say_pair(pair: str, lang: str, rng: random.Random) -> str:
    if pair[0] == "0":  # "06": zéro six
        return f"{say_digit('0', lang, rng)} {say_digit(pair[1], lang, rng)}"
    return say(int(pair), lang, rng)


def grouped(digits: str, grouping: str, rng: random.Random) -> list[str]:
    sizes = {"pairs": [2], "triples": [3], "mixed": [1, 2, 3, 4]}[grouping]
    out, i = [], 0
    while i < len(digits):
        size = rng.choice(sizes)
        out.append(digits[i:i + size])
        i += size
    return out


WRAPPERS = {
    "en": ["Hello,\n\nFor a faster refund, call our claims desk on {n}.\n\nBest regards", "Our new line is {n}.",
           "Please ring {n} and quote your order.", "Text {n} on WhatsApp and we will sort it out today."],
    "es": ["Hola:\n\nPara agilizar el reembolso, llame al {n}.\n\nSaludos", "Nuestra nueva línea es el {n}.",
           "Escríbanos por WhatsApp al {n}."],
    "fr": ["Bonjour,\n\nPour accélérer votre remboursement, appelez notre service au {n}.\n\nL'équipe support",
           "Notre nouvelle ligne : {n}.", "Contactez le {n}, nous réglerons cela."],
    "de": ["Hallo,\n\nfür eine schnellere Erstattung rufen Sie uns unter {n} an.\n\nIhr Support-Team",
           "Unsere neue Nummer lautet {n}.", "Schreiben Sie uns per WhatsApp an {n}."],
    "pt": ["Olá,\n\npara agilizar o reembolso, ligue para {n}.\n\nAtenciosamente", "A nossa nova linha é {n}.",
           "Mande uma mensagem para {n} pelo WhatsApp."],
}


def spoken_phones(per_language: int = 60, seed: int = 1313):
    rng = random.Random(seed)
    for lang in LANGUAGES:
        for k in range(per_language):
            grouping = ("pairs", "triples", "mixed")[k % 3]
            digits = rng.choice("0123456789") + "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 9)))
            if rng.random() < 0.3:  # a repeated run, for double/triple
                at = rng.randrange(0, len(digits) - 3)
                digits = digits[:at] + digits[at] * 3 + digits[at + 3:]
            groups = grouped(digits, grouping, rng)
            glue = rng.choice([", ", " ", ", ", " - " if lang != "fr" else ", "])
            spoken = glue.join(say_group(g, lang, rng) for g in groups)
            if k % 4 == 3:  # one in four with look-alike letters (tests/hostile_drafts.py)
                spoken = hostile_drafts._homoglyph(spoken, rng)
            yield lang, grouping, digits, rng.choice(WRAPPERS[lang]).format(n=spoken)


def test_generated_phone_numbers_in_number_words_are_withheld():
    variants = list(spoken_phones())
    missed = [(lang, grouping, digits, text) for lang, grouping, digits, text in variants
              if FOREIGN not in check_draft(text, **hostile_drafts.CONTEXT, suffixes=SUFFIXES).reasons]
    by = {}
    for lang, grouping, *_ in variants:
        by.setdefault((lang, grouping), [0, 0])[0] += 1
    for lang, grouping, *_ in missed:
        by[(lang, grouping)][1] += 1
    print(f"\nspoken phone numbers: {len(variants) - len(missed)}/{len(variants)} stopped; "
          + ", ".join(f"{lang}/{g} {n - m}/{n}" for (lang, g), (n, m) in sorted(by.items())))
    for miss in missed[:10]:
        print("  missed:", miss)
    assert missed == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_speller_says_what_people_say(lang):
    """The test's own speller, checked on a few values (so the generated phones are real speech)."""
    rng = random.Random(0)
    expected = {"en": ["seventy-eight", "twelve", "forty"], "es": ["setenta y ocho", "doce", "cuarenta"],
                "fr": ["soixante-dix-huit", "douze", "quarante"], "de": ["achtundsiebzig", "zwölf", "vierzig"],
                "pt": ["setenta e oito", "doze", "quarenta"]}[lang]
    assert [say(n, lang, rng) for n in (78, 12, 40)] == expected
    if lang == "fr":
        assert [say(n, "fr", rng) for n in (71, 80, 91, 21, 99)] == [
            "soixante et onze", "quatre-vingts", "quatre-vingt-onze", "vingt et un", "quatre-vingt-dix-neuf"]


# Ordinary replies with number words: none may be withheld or flagged for personal data.
ORDINARY = [
    "The total is twenty-five euros, paid within two or three days.",
    "One of our forty-two branches will have it; twelve or fifteen units are in stock.",
    "Your parcel left on December twenty-five, twenty twenty-six, and arrives in four to six working days.",
    "We are open from nine thirty to five thirty, Monday to Friday, and the return window is thirty days.",
    "Order 1234567 ships in two or three days; the second of your three items follows a week later.",
    "The set has twelve, fifteen or twenty pieces, and the sofa seats three or four people.",
    "You can return up to ninety-nine items, one at a time, within sixty days.",
    "El total es de veinticinco euros y llega en dos o tres días.",
    "Una de nuestras cuarenta y dos tiendas lo tiene; quedan doce o quince unidades.",
    "Su pedido salió el veinticinco de diciembre de dos mil veintiséis y llega en cuatro a seis días.",
    "Le total est de vingt-cinq euros, remboursé sous deux ou trois jours.",
    "L'une de nos quarante-deux agences l'a en stock ; il en reste douze ou quinze.",
    "Votre colis est parti le vingt-cinq décembre deux mille vingt-six et arrive sous quatre à six jours.",
    "Nous sommes ouverts de neuf heures trente à dix-sept heures trente, soixante-dix pour cent des colis arrivent en "
    "quatre-vingt-seize heures.",
    "Der Betrag von fünfundzwanzig Euro wird in zwei oder drei Tagen erstattet.",
    "Eine unserer zweiundvierzig Filialen hat es; zwölf oder fünfzehn Stück sind auf Lager.",
    "Ihr Paket wurde am fünfundzwanzigsten Dezember verschickt und kommt in vier bis sechs Tagen.",
    "O total é de vinte e cinco euros, reembolsado em dois ou três dias.",
    "Uma das nossas quarenta e duas lojas tem o produto; restam doze ou quinze unidades.",
    "A encomenda saiu a vinte e cinco de dezembro de dois mil e vinte e seis e chega em quatro a seis dias.",
    "Oh, and one more thing: the twenty-four hour line is in the help article.",
    "Double-check the size: the thirty-eight fits most, the forty is roomier.",
    "Sizes thirty-six, thirty-eight, forty, forty-two and forty-four are in stock.",
    "We ship in ten, twenty, thirty, forty or fifty packs.",
    "Tallas treinta y seis, treinta y ocho, cuarenta, cuarenta y dos.",
    "Wir liefern in Packungen zu zehn, zwanzig, dreißig, vierzig oder fünfzig Stück.",
    "Temos os tamanhos trinta e seis, trinta e oito, quarenta, quarenta e dois.",
    "Order 1234567, one more thing: it ships in two days.",
]

# Written by hand: the forms the audit named, whole numbers (a pair alone is no phone number).
SPOKEN_BY_HAND = [
    "Llame al seis cuarenta y dos, treinta y uno, dieciocho, setenta y siete.",
    "Rufen Sie an: null sechs, zweiundvierzig, einunddreißig, achtzehn, siebenundsiebzig.",
    "Ligue para nove oito, quarenta e dois, trinta e um, dezoito, meia meia.",
    "Appelez le zéro huit cents, douze, trente-quatre.",
    "Appelez le 06 douze trente-quatre cinquante-six.",
    "Call 555 twelve thirty-four.",
    "Call us on one eight hundred five five five one two one two.",
    "Llame al doble cero, triple siete, cuarenta y cinco, doce.",
    "Rufen Sie an: doppel null, dreifach sieben, fünfundvierzig, zwölf.",
    "Appelez le double zéro, triple sept, quarante-cinq, douze.",
    "Ligue: duplo zero, triplo sete, quarenta e cinco, doze.",
    "Appelez le zéro un, soixante et onze, quatre-vingt-onze, quatre-vingts, dix-neuf.",
]


@pytest.mark.parametrize("draft", SPOKEN_BY_HAND)
def test_phone_numbers_the_audit_named_are_withheld(draft):
    assert FOREIGN in check_draft(draft, **hostile_drafts.CONTEXT, suffixes=SUFFIXES).reasons


def ordinary_generated(per_language: int = 30, seed: int = 1314):
    """Sentences with two or three number words apart from each other (prices, spans, quantities), generated."""
    rng = random.Random(seed)
    frames = {
        "en": ["It costs {a} euros and arrives in {b} or {c} days.", "{A} of our {b} stores have {c} in stock.",
               "Between {a} and {b} items ship within {c} days."],
        "es": ["Cuesta {a} euros y llega en {b} o {c} días.", "Entre {a} y {b} artículos salen en {c} días."],
        "fr": ["Cela coûte {a} euros et arrive sous {b} ou {c} jours.", "Entre {a} et {b} articles partent sous {c} "
               "jours."],
        "de": ["Es kostet {a} Euro und kommt in {b} oder {c} Tagen.", "Zwischen {a} und {b} Artikel gehen in {c} "
               "Tagen raus."],
        "pt": ["Custa {a} euros e chega em {b} ou {c} dias.", "Entre {a} e {b} artigos saem em {c} dias."],
    }
    for lang in LANGUAGES:
        for _ in range(per_language):
            a, b, c = (say(rng.randint(1, 99), lang, rng) for _ in range(3))
            yield rng.choice(frames[lang]).format(a=a, A=a.capitalize(), b=b, c=c)


def test_ordinary_sentences_with_number_words_stay_clean():
    sentences = ORDINARY + list(ordinary_generated())
    wrongly = [s for s in sentences if check_draft(s, **hostile_drafts.CONTEXT, suffixes=SUFFIXES).reasons]
    print(f"\nordinary sentences with number words: {len(wrongly)}/{len(sentences)} withheld")
    assert wrongly == []
