"""Guards round 14b (issue 13): round 14's lone-sentence cuts checked again on development sets 5-25, out of fold.

    python benchmarks/guards/round14b.py

Round 13's script and rule (`round13.py`) over round 14's grid (`round14.py`) on `evaluate.DEV_SETS` (5-25, spent:
development figures only), with round 14b's code (a "we" keeping a routine flags: `human_claims.team_routine`). Its
"long" sets are 21, 22, 24 and 25 (round13.py's tables call them "21+22"; its last table is the choice made on the
other sets scored on those four). `calibrate.collect` now gives each row a fresh worker, as claims_e2e.py does since
its harness fix. Only counts are printed, never a reply.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from benchmarks.guards import round13  # noqa: E402

round13.GRID = {"lone_pieces": (10, 12, 15, 18, 20, 25, 30), "lone": (0.8, 0.85, 0.9, 0.92, 0.95, 0.97)}
round13.LONG = ("claims_eval21", "claims_eval22", "claims_eval24", "claims_eval25")

if __name__ == "__main__":
    round13.main()
