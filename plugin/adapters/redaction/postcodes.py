"""Postcodes of the customers' countries (data/postcodes.toml, from Google's address metadata) as one pattern."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

_TABLE = tomllib.loads((Path(__file__).parent / "data" / "postcodes.toml").read_text(encoding="utf-8"))["zip"]
# The formats as published, each anchored on word boundaries; CH/AT/DE may carry a "CH-"/"A-"/"D-" prefix.
POSTCODE = re.compile(r"(?<![\w-])(?:(?:CH|A|D|F|I|E|P)-)?(?:" +
                      "|".join(f"(?:{z})" for z in sorted(set(_TABLE.values()), key=len, reverse=True)) + r")(?![\w-])")
