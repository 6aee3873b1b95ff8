"""Is any sentence of held-out set 37 a near copy of a training row or of sets 1-36? (../claims_overlap.py)

    python benchmarks/guards/claims_eval37/overlap.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from benchmarks.guards.claims_overlap import main  # noqa: E402

if __name__ == "__main__":
    main(HERE / "human_claims.jsonl", 37)
