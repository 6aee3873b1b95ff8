"""Held-out set 5, end to end: which replies of a hostile server reach an agent as a clean suggestion?
(../claims_e2e.py says what is measured and how.)

    python benchmarks/guards/claims_eval5/e2e.py [SET.jsonl]     # default: human_claims.jsonl beside this file
    python benchmarks/guards/claims_eval5/e2e.py --dev [SET.jsonl]   # DEVELOPMENT run: not logged, no run limit

`--dev` is for a set that is spent (set 5 is, since its run 2): the figures steer changes, so they are
development figures and must be cited as such; nothing is appended to runs.log and the two-run rule is not
applied. Never use it on a held-out set. Set 5's rows have no brand, so the tenant is configured with none.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from benchmarks.guards.claims_e2e import main  # noqa: E402

if __name__ == "__main__":
    main(sys.argv[1:], HERE / "human_claims.jsonl", HERE / "runs.log", dev_flag=True)
