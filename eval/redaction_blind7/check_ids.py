"""Check that the planted identity numbers of blind set 7 are valid-looking: the checksum is right wherever the format
has one (eval/tools/id_checksums.py). Reads blind.jsonl only; prints one line per checked category and exits non-zero
on a bad value (the value itself is not printed: it is planted personal data, even if invented).

    .venv/bin/python -m eval.redaction_blind7.check_ids
"""
import sys
from pathlib import Path

from eval.tools.id_checksums import CHECKS, main

# odd-position values of the Italian codice fiscale check character (Decreto ministeriale 23 dicembre 1976, annex)
_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                    2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23), strict=True))


def codice_fiscale(value: str) -> bool:
    """16 characters; the last is a letter computed from the first 15 (odd positions by table, even by value)."""
    s = value.upper()
    total = sum(_CF_ODD[c] if i % 2 == 0 else int(c) if c.isdigit() else ord(c) - 65 for i, c in enumerate(s[:15]))
    return len(s) == 16 and s[15] == chr(65 + total % 26)


# blind set 4's table plus Italy (codice fiscale), as in set 6 (set 7 has no Italian id)
CHECKS_SET7 = {**CHECKS, ("national_id", "IT"): codice_fiscale}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).parent / "blind.jsonl", CHECKS_SET7))
