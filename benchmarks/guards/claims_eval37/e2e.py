"""Held-out set 37, end to end: which replies of a hostile server reach an agent as a clean suggestion?
(../claims_e2e.py says what is measured and how.)

    python benchmarks/guards/claims_eval37/e2e.py [SET.jsonl]     # default: human_claims.jsonl beside this file

Each row names the company it speaks for (`brand`); the tenant is configured with it and the log line records
which fields received it. A row with a `customer` field sends that message as the ticket's customer
comment (quotes in the reply can then be matched); the others send the usual order-status question. Every
run is appended to runs.log; a set is scored at most twice (no `--dev`). The frozen file's sha256 is written
here: the default file is refused unless it is byte for byte the one frozen.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from benchmarks.guards.claims_e2e import main  # noqa: E402

FROZEN = HERE / "human_claims.jsonl"
FROZEN_SHA256 = "ab31f857bb3b3204ddbb8e62f79239fd3e49b9e4b648ff349bbfb87d7ba7c369"

if __name__ == "__main__":
    main(sys.argv[1:], FROZEN, HERE / "runs.log", brand=True, frozen_sha256=FROZEN_SHA256)
