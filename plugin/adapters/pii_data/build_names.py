"""Rebuild first_names.txt / last_names.txt from Faker's person providers (dev-only; Faker is MIT).

    .venv/bin/python -m plugin.adapters.pii_data.build_names

Only Latin-script names survive (folded to lowercase ASCII, accents stripped), so that the lookup in
pii_names can fold ticket text the same way. Names in other scripts are left to spaCy's NER.
"""
from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
FIRST_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_romanized_names",
               "first_names_nonbinary")
LAST_ATTRS = ("last_names", "last_romanized_names")


def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _names(provider: type, attr: str) -> list[str]:
    for klass in provider.__mro__:
        value = klass.__dict__.get(attr)
        if value is not None and not isinstance(value, property):
            return list(value.keys() if isinstance(value, dict) else value)
    return []


def collect(attrs: tuple[str, ...]) -> set[str]:
    import faker.providers.person as person  # dev-only dependency

    out: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr in attrs:
            for name in _names(provider, attr):
                for part in name.split():
                    folded = fold(part)
                    bare = folded.replace("-", "").replace("'", "")
                    if len(bare) >= 2 and bare.isascii() and bare.isalpha():
                        out.add(folded)
    return out


def main() -> None:
    for attrs, filename in ((FIRST_ATTRS, "first_names.txt"), (LAST_ATTRS, "last_names.txt")):
        names = sorted(collect(attrs))
        (HERE / filename).write_text("\n".join(names) + "\n", encoding="utf-8")
        print(filename, len(names))


if __name__ == "__main__":
    main()
