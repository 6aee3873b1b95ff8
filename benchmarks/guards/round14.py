"""Guards round 14 (issue 13): the lone-sentence cuts re-chosen on development sets 5-24, out of fold.

    python benchmarks/guards/round14.py

Round 13's script and rule (`round13.py`: no more claims clean and no more honest replies withheld than without the
lone release, then the most honest replies clean, one grid step of margin on each cut), over a finer grid of
`lone_pieces` (12 and 18 added) on `evaluate.DEV_SETS` (5-24, spent: development figures only). Its "long" sets are
21, 22 and 24, so its last table is the choice made on the other sets (5-20 and 23) scored on those three. With
round 14's evidence it picks lone_pieces 18, lone 0.95, and with the margin 20, 0.92 (shipped: `Cuts.lone_pieces` 20);
round 13's grid picks 20, 0.95 and keeps 25, 0.92. Only counts are printed, never a reply.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from benchmarks.guards import round13  # noqa: E402

round13.GRID = {"lone_pieces": (10, 12, 15, 18, 20, 25, 30), "lone": (0.8, 0.85, 0.9, 0.92, 0.95, 0.97)}
round13.LONG = ("claims_eval21", "claims_eval22", "claims_eval24")

if __name__ == "__main__":
    round13.main()
