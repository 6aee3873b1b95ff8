"""Check that the planted identity numbers of blind set 61 are valid-looking: the checksum is right wherever the format
has one (eval/tools/id_checksums.py). Reads blind.jsonl only; prints one line per checked category and exits non-zero
on a bad value (the value itself is not printed: it is planted personal data, even if invented).

    .venv/bin/python -m eval.redaction_blind61.check_ids
"""
from __future__ import annotations

import sys
from pathlib import Path

from eval.tools.id_checksums import CHECKS, codice_fiscale, main

# blind set 4's table plus Italy (codice fiscale), as in sets 6, 7, 10-22 and 48
CHECKS_SET50 = {**CHECKS, ("national_id", "IT"): codice_fiscale}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).parent / "blind.jsonl", CHECKS_SET50))
