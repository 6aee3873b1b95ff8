"""Builds plugin/core/routing/data/identity_vocab.json: every identity expression the router masks, with its axis.

    .venv/bin/python -m training.routing.build_vocab

Sources (licences beside them in this folder and in the data file's ``_sources``):
- HolisticBias v1.1 descriptors (facebookresearch/ResponsibleNLP, CC-BY-SA-4.0): English descriptors of the axes
  below (body type, politics, class, culture and the nonce words are left out: not protected characteristics).
- CLDR (Unicode licence) through ``babel`` (BSD-3-Clause, a build-time dependency only): language names and
  country names in en, es, fr, de, pt.
- Hand-written lists in this file (CC0, the project's own): demonyms and identity words in es/fr/de/pt (with
  gender and number forms), and English words HolisticBias lacks (slurs are deliberately absent).

Deterministic: sorted keys, no timestamps. The router loads the JSON; it never imports babel.
"""
from __future__ import annotations

import json
from pathlib import Path

from plugin.core.routing.text import fold

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "plugin" / "core" / "routing" / "data" / "identity_vocab.json"
LANGS = ("en", "es", "fr", "de", "pt")

# HolisticBias axis -> our axis (None = left out). Subgroups of "characteristics" are mapped one by one.
HB_AXES = {"ability": "disability", "age": "age", "gender_and_sex": "sex", "nationality": "national_origin",
           "race_ethnicity": "race", "religion": "religion", "sexual_orientation": "sexual_orientation"}
HB_CHARACTERISTICS = {"children": "pregnancy", "immigration_status": "national_origin",
                      "marital_status": "family_status"}
HB_GENDER_IDENTITY = {"transgender", "non_binary_or_gnc", "cisgender", "queer"}

# Words that are identity words only next to a person ("a black man", "I'm blind") and ordinary words elsewhere
# ("black dress", "blind spot", "straight answer", "old card", "single room").
AMBIGUOUS = set("""black white brown red yellow straight old older young younger senior seniors
mature adult native single fit bi ace male female mixed retired adopted alien foreign orthodox reform
conservative evangelical spry teen negro negra negros negras blanco blanca blancos blancas viejo vieja mayor mayores
joven jovenes soltero soltera noir noire noirs noires blanc blanche blancs blanches vieux
vieille jeune jeunes celibataire schwarz schwarze schwarzer weiss weisse weisser alt alte
alter jung junge junger ledig preto preta pretos pretas branco branca brancos brancas velho velha
idoso idosa jovem solteiro solteira""".split())

# Person nouns: an identity word followed by one of these is masked together with it ("black man" -> one token).
PERSON_NOUNS = """person people man men woman women guy guys lady ladies boy boys girl girls customer customers
colleague colleagues family families couple kid kids child children friend friends user users citizen citizens
immigrant immigrants national nationals persona personas hombre hombres mujer mujeres chico chica chicos chicas
cliente clientes familia familias pareja senor senora gente personne personnes homme hommes femme femmes client
clientes famille couple gens mensch menschen mann manner frau frauen kunde kunden kundin familie paar leute pessoa
pessoas homem homens mulher mulheres rapaz moca familia casal""".split()

# Hand-written identity words per axis for es, fr, de, pt (folded; all gender/number forms), plus English extras.
HAND = {
    "race": """latino latina latinos latinas hispanic arab arabs asian asians indigenous aboriginal roma romani gypsy
    traveller travellers sinti sinto sintezza rom roms romni manouche manouches gitan gitane gitans gitanes gitano
    gitana gitanos gitanas cigano cigana ciganos ciganas indigena indigenas indio india indios indias afrodescendiente
    afrodescendientes asiatico asiatica asiaticos asiaticas arabe arabes moreno morena mestizo mestiza mulato mulata
    asiatique asiatiques metis metisse maghrebin maghrebine beur afro afroamericano afroamericana asiat asiatin
    asiaten asiatinnen araber araberin indigen indigene quilombola quilombolas pardo parda amarelo amarela
    afrodescendente afrodescendentes mapuche mapuches quechua aymara guarani wayuu pataxo yanomami sami samin samen
    negro negra negros negras blanco blanca blancos blancas noir noire noirs noires blanc blanche blancs blanches
    schwarz schwarze schwarzer weiss weisse weisser preto preta pretos pretas branco branca brancos brancas
    maori hmong kurd kurds kurdish kurdo kurda kurde kurdin kurdinnen tamil tamils tamoul tamoule tamile tamilin
    yazidi yazidis yezidi yazidí yezidie jesidin jeside jesiden kabyle kabyles sorbe sorbin sorben berber bereber
    amazigh uyghur rohingya""",
    "religion": """muslim muslims muslima musulman musulmana musulmanes musulmanas musulmane musulmanes muculmano
    muculmana musulmano muslimin muslime jewish jew jews judio judia judios judias juif juive juifs juives jude judin
    juden judeu judia judeus christian christians cristiano cristiana chretien chretienne christ christin christen
    cristao crista catolico catolica catholique katholik katholisch hindu hindus hindou hindoue sikh sikhs sij sijs
    buddhist buddhists budista budistas bouddhiste buddhistin atheist ateo atea athee ateu atheistin evangelico
    evangelica evangelique alevi alevit alevitin adventista adventist umbandista candomblecista espirita mormon
    mormona zoroastrian zoroastrien jain jaina bahai rastafari pagan wiccan hijab niqab burka burqa turban turbante
    kippa kipa kippah yarmulke pañuelo panuelo velo voile kopftuch veu shabbat sabbat ramadan ramadan eid yom
    kippur""",
    "national_origin": """foreigner foreigners immigrant immigrants migrant migrants refugee refugees expat expats
    extranjero extranjera extranjeros extranjeras inmigrante inmigrantes emigrante refugiado refugiada sudaca sudacas
    etranger etrangere etrangers etrangeres immigre immigree immigres refugie refugiee auslander auslanderin
    auslanderinnen migrant migrantin gefluchteter gefluchtete fluchtling fluchtlinge estrangeiro estrangeira
    estrangeiros imigrante imigrantes refugiado gringo gringa gringos
    mexicano mexicana mexicanos mexicanas colombiano colombiana venezolano venezolana venezolanos peruano peruana
    ecuatoriano ecuatoriana boliviano boliviana paraguayo paraguaya argentino argentina chileno chilena cubano cubana
    dominicano dominicana marroqui marroquies rumano rumana chino china chinos ucraniano ucraniana senegales
    senegalesa nigeriano nigeriana pakistani paquistani hondureno hondurena salvadoreno salvadorena guatemalteco
    guatemalteca espanol espanola ingles inglesa aleman alemana frances francesa portugues portuguesa italiano
    italiana brasileno brasilena
    marocain marocaine algerien algerienne tunisien tunisienne senegalais senegalaise malien malienne ivoirien
    ivoirienne camerounais camerounaise congolais congolaise haitien haitienne roumain roumaine polonais polonaise
    turc turque chinois chinoise vietnamien vietnamienne portugais portugaise espagnol espagnole italien italienne
    allemand allemande anglais anglaise americain americaine africain africaine
    turke turkin turkisch turken syrer syrerin afghane afghanin pole polin polnisch russe russin rumane rumanin
    bulgare bulgarin italiener italienerin grieche griechin kroate kroatin serbe serbin bosnier eritreer eritreerin
    nigerianer somalier marokkaner marokkanerin tunesier vietnamese vietnamesin chinese chinesin inder inderin
    araberin afrikaner afrikanerin deutscher deutsche
    venezuelano venezuelana boliviano haitiano haitiana angolano angolana mocambicano mocambicana caboverdiano
    caboverdiana guineense brasileiro brasileira portugues portuguesa argentino colombiana chines chinesa japones
    japonesa coreano coreana sirio siria africano africana nordestino nordestina paraguaio paraguaia""",
    "disability": """blind deaf disabled sordo sorda sordos ciego ciega ciegos aveugle aveugles sourd sourde sourds
    blind blinde blinder gehorlos gehorlose gehorloser cego cega cegos surdo surda surdos wheelchair wheelchairs disability disabilities handicapped autistic autism dyslexic dyslexia adhd
    neurodivergent neurodiverse amputee paraplegic tetraplegic quadriplegic stutter stammer epileptic epilepsy
    discapacidad discapacitado discapacitada minusvalido minusvalida autista autistas dislexico dislexica
    neurodivergente tartamudo tartamuda amputado amputada silla cadeira cadeirante cadeirantes deficiente
    deficiencia handicap handicape handicapee fauteuil neuroatypique dyslexique begue amputee epileptique
    behindert behinderte behinderung rollstuhl rollstuhlfahrer rollstuhlfahrerin autist autistin legasthenie
    amputiert gehorlose taub taube stotterer sehbehindert horgerat blindenhund guide_dog libras""",
    "sex": "",  # woman, man … are made neutral by identity.NEUTRAL (and named as "sex" there)
    "gender_identity": """trans transgender transgenero transgenera transexual transsexuelle transsexuell transsexual
    travesti travestis nonbinary non-binary nichtbinar no-binario no-binaria no-binarie binarie non-binaire nao-binario
    nao-binaria nao-binarie intersex intersexual intersexe intergeschlechtlich intersexo genderqueer genderfluid
    agender two-spirit cisgender cis""",
    "sexual_orientation": """gay gays lesbian lesbians lesbiana lesbianas lesbienne lesbiennes lesbisch lesbe
    lesbica lesbicas bisexual bisexuel bisexuelle bisexuell bissexual homosexual homosexuel homosexuelle
    homosexuell homossexual heterosexual heterosexuel heterosexuell heterossexual hetero heteros hetera pansexual
    pansexuel pansexuell asexual asexuel asexuell assexual queer""",
    "pregnancy": """pregnant pregnancy maternity embarazada embarazo maternidad enceinte grossesse maternite
    schwanger schwangerschaft mutterschutz gravida gravidez maternidade""",
    "family_status": """single-mother single-parent widow widower divorced divorcee madre-soltera viuda viudo
    divorciada divorciado mere-celibataire veuve veuf divorcee alleinerziehend alleinerziehende witwe witwer
    geschieden mae-solo mae-solteira viuva viuvo divorciada""",
    "accent_language": """accent accents acento acentos akzent sotaque sotaques dialect dialecto dialecte dialekt
    sign-language lengua-de-signos langue-des-signes gebardensprache""",
}
# Multi-word expressions written with "-" above are matched as separate words ("madre soltera").

PERSON_FRAMES_NOTE = "frames and fallbacks live in plugin/core/routing/identity.py"


def _hb_terms(path: Path) -> dict[str, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, str] = {}

    def add(items, axis):
        for item in items:
            word = item["descriptor"] if isinstance(item, dict) else item
            out.setdefault(fold(word).replace("-", " "), axis)

    for hb_axis, axis in HB_AXES.items():
        for sub, items in data[hb_axis].items():
            if hb_axis == "gender_and_sex" and sub in HB_GENDER_IDENTITY:
                add(items, "gender_identity")
            else:
                add(items, axis)
    for sub, axis in HB_CHARACTERISTICS.items():
        add(data["characteristics"][sub], axis)
    return out


# CLDR names that are also everyday words in one of the five languages ("gana" = earns, "venda" = sale,
# "suede", "jersey", "reunion", "chile"/"chili" peppers, "franca" = frank, "panama" hat, "latin").
CLDR_BLOCK = set("gana venda suede jersey reunion chile chili franca panama latin latim latein sango manes togo sark"
                 " guam mongol granada".split())


def _cldr_terms() -> dict[str, str]:
    from babel import Locale  # build time only

    out: dict[str, str] = {}
    for lang in LANGS:
        loc = Locale(lang)
        for code, name in loc.languages.items():
            word = fold(name)
            if len(code) == 2 and len(word) >= 5 and " " not in word.strip() and word not in CLDR_BLOCK:
                out.setdefault(word, "accent_language")
        for code, name in loc.territories.items():
            word = fold(name)
            if code.isalpha() and len(code) == 2 and len(word) >= 4 and "(" not in word and word not in CLDR_BLOCK:
                out.setdefault(word, "national_origin")
    return out


def build() -> dict:
    terms = _cldr_terms()
    terms.update(_hb_terms(HERE / "holistic_bias_v1.1_descriptors.json"))
    for axis, words in HAND.items():
        for word in words.split():
            terms[fold(word).replace("-", " ").replace("_", " ")] = axis
    for term, axis in list(terms.items()):  # plurals ("mexicans", "sikhs", "marroquies" are in the lists already)
        if " " not in term and term[-1] not in "sxz" and axis != "accent_language" and term + "s" not in terms:
            terms[term + "s"] = axis
    return {
        "_sources": ["HolisticBias v1.1 descriptors, facebookresearch/ResponsibleNLP, CC-BY-SA-4.0",
                     "CLDR (Unicode License v3) via babel (BSD-3-Clause): language and country names, en/es/fr/de/pt",
                     "hand-written lists in training/routing/build_vocab.py (CC0)"],
        "_licence": "CC-BY-SA-4.0 (contains HolisticBias descriptors); see plugin/core/routing/data/README.md",
        "terms": dict(sorted(terms.items())),
        "ambiguous": sorted(fold(w) for w in AMBIGUOUS),
        "person_nouns": sorted({fold(w) for w in PERSON_NOUNS}),
    }


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
