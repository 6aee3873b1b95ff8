"""Check that the planted identity numbers of blind set 11 are valid-looking: the checksum is right wherever the format
has one (eval/tools/id_checksums.py). Reads blind.jsonl only; prints one line per checked category and exits non-zero
on a bad value (the value itself is not printed: it is planted personal data, even if invented).

    .venv/bin/python -m eval.redaction_blind11.check_ids
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from eval.tools.id_checksums import CHECKS, _br_national, codice_fiscale, main

# one CPF in this set is spoken digit by digit (an IVR transcript); the checker reads the words as digits
_PT_DIGITS = {"zero": "0", "um": "1", "dois": "2", "três": "3", "quatro": "4", "cinco": "5", "seis": "6",
              "sete": "7", "oito": "8", "nove": "9"}
_SPOKEN = re.compile("|".join(_PT_DIGITS))


def br_national_spoken(value: str) -> bool:
    """A CPF / RG given in digits or as Portuguese digit words (spaces already removed)."""
    if re.fullmatch(f"(?:{_SPOKEN.pattern})+", value):
        value = "".join(_PT_DIGITS[w] for w in _SPOKEN.findall(value))
    return _br_national(value)


# blind set 4's table plus Italy (codice fiscale), as in sets 6, 7 and 10, and spoken Brazilian ids
CHECKS_SET11 = {**CHECKS, ("national_id", "IT"): codice_fiscale, ("national_id", "BR"): br_national_spoken}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).parent / "blind.jsonl", CHECKS_SET11))
