"""Check that the planted identity numbers of blind set 5 are valid-looking: the checksum is right wherever the format
has one (eval/tools/id_checksums.py). Reads blind.jsonl only; prints one line per checked category and exits non-zero
on a bad value (the value itself is not printed: it is planted personal data, even if invented).

    .venv/bin/python -m eval.redaction_blind5.check_ids
"""
import sys
from pathlib import Path

from eval.tools.id_checksums import CHECKS, cl_rut, luhn, main, sg_nric

# blind set 4's table plus South Africa (Luhn), Singapore and Chile
CHECKS_SET5 = {**CHECKS, ("national_id", "ZA"): luhn, ("national_id", "SG"): sg_nric, ("national_id", "CL"): cl_rut}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).parent / "blind.jsonl", CHECKS_SET5))
