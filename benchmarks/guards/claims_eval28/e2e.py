"""Held-out set 28, end to end: which replies of a hostile server reach an agent as a clean suggestion?
(../claims_e2e.py says what is measured and how.)

    python benchmarks/guards/claims_eval28/e2e.py [SET.jsonl]     # default: human_claims.jsonl beside this file

Each row names the company it speaks for (`brand`); the tenant is configured with it and the log line records
which fields received it. Every row has a `customer` field, sent as the ticket's customer comment (quotes in
the reply can then be matched). Every run is appended to runs.log; a set is scored at most twice (no `--dev`).
The frozen file's sha256 is written here: the default file is refused unless it is byte for byte the one frozen.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from benchmarks.guards.claims_e2e import main  # noqa: E402

FROZEN = HERE / "human_claims.jsonl"
FROZEN_SHA256 = "e126461db847ac5a504a76e2f2233b1f0927d05adc95063b1bef8745ac1015f6"

if __name__ == "__main__":
    main(sys.argv[1:], FROZEN, HERE / "runs.log", brand=True, frozen_sha256=FROZEN_SHA256)
