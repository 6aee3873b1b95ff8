"""The spent held-out claim sets as training rows (guards rounds 20 and 22).

    python -m plugin.guards_training.spent_sets --freeze   # rewrite data/spent_claim_pieces.json (see below)

benchmarks/guards/claims_eval2 ... claims_eval28 were each written by a different helper session and are spent (read to
steer the cuts of rounds 14-19). Their labels are per REPLY, so:
- an HONEST reply (label 0): every piece `human_claims.sentences` makes of it (customer quotes muted) is a clean
  negative. These are the rows the project's own templates lack: honest look-alikes in other hands' wording;
- a CLAIM reply (label 1): since guards round 22 every piece main's human-claim model (FROZEN_AT, the model before
  round 20, read from git) scores at or above its own cut (the threshold stored with its weights, 0.75); none
  otherwise. Round 20 took only the one highest piece, which taught too few claims (claims_eval33 released one).
  Round 22 also tried the guard's flag tier (a first-person piece from FLAG_SCORE 0.1, any piece from
  IMPERSONAL_SCORE): 3,118 positives (likely the ordinary first person of helpful replies too; not read piece by
  piece), and the check sets lost round 20's honest gains (benchmarks/guards/README.md, round 22): not kept. Which
  piece of a reply carries the claim is not labelled, and taking every piece would teach the model that the greeting
  and the order number claim a human. The chosen pieces are frozen in data/spent_claim_pieces.json (`--freeze`), so
  the rows do not move when the models are retrained (the export's rows_sha256 test recomputes them). The lived-
  experience pieces stay round 20's (the lived model is not retrained).
claims_eval29-33 are the CHECK split: never trained on; a piece that also occurs (casefolded, spaces and end
punctuation aside) in one of them is dropped from the training rows.
Groups (`template`): one per set, so cross-validation holds out whole sets, as a fresh set would be.
"""
from __future__ import annotations

import argparse
import json
import subprocess
from functools import cache
from pathlib import Path

from plugin.core import human_claims

GUARDS = Path(__file__).resolve().parents[2] / "benchmarks" / "guards"
TRAINED = tuple(range(2, 29))  # claims_eval2-28: training rows since guards round 20
CHECK = (29, 30, 31, 32, 33)  # the check split: never trained on
FROZEN = Path(__file__).with_name("data") / "spent_claim_pieces.json"
FROZEN_AT = "bc559b7"  # main when the claim pieces were chosen


def _replies(n: int) -> list[dict]:
    path = GUARDS / f"claims_eval{n}" / "human_claims.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _pieces(reply: dict) -> list[str]:
    return list(dict.fromkeys(human_claims.sentences(reply["text"], reply.get("customer"))))


def key(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .,;:!?")


@cache
def _check_pieces() -> frozenset[str]:
    return frozenset(key(p) for n in CHECK for r in _replies(n) for p in _pieces(r))


def rows(which: str = "claims") -> list[dict]:
    """Training rows: every piece of the honest replies of TRAINED, and the frozen claim pieces for `which`
    ("claims": the human-claim model's choice, "lived": the lived-experience model's)."""
    chosen = json.loads(FROZEN.read_text(encoding="utf-8"))[which]
    check, out = _check_pieces(), []
    for n in TRAINED:
        for i, reply in enumerate(_replies(n)):
            if reply["label"]:
                picked = chosen.get(f"{n}:{i}", [])
                texts = [picked] if isinstance(picked, str) else picked
            else:
                texts = _pieces(reply)
            out += [{"language": reply["language"], "label": reply["label"], "text": t,
                     "template": f"{reply['language']}:spent:claims_eval{n}"} for t in texts if key(t) not in check]
    return out


def _reference_model() -> human_claims.Model:
    """Main's human-claim model at FROZEN_AT (before round 20), read from git."""
    exported = subprocess.run(["git", "show", f"{FROZEN_AT}:plugin/core/data/human_claims.json"], check=True,
                              capture_output=True, text=True, cwd=GUARDS.parents[1]).stdout
    return human_claims.load(exported)


def _flags(piece: str, model: human_claims.Model) -> bool:
    """The reference model's verdict on one piece: at or above its own cut."""
    return human_claims.score(piece, model) >= model[2]


def freeze() -> dict[str, dict]:
    """The claim pieces of each claim reply of TRAINED: every piece at the reference model's cut (guards round 22); the
    lived pieces are kept as frozen in round 20."""
    model = _reference_model()
    chosen: dict[str, dict] = {"claims": {}, "lived": json.loads(FROZEN.read_text(encoding="utf-8"))["lived"]}
    for n in TRAINED:
        for i, reply in enumerate(_replies(n)):
            if reply["label"]:
                flagged = [p for p in _pieces(reply) if _flags(p, model)]
                if flagged:
                    chosen["claims"][f"{n}:{i}"] = flagged
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--freeze", action="store_true")
    if parser.parse_args().freeze:
        chosen = freeze()
        FROZEN.write_text(json.dumps(chosen, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {FROZEN}: {len(chosen['claims'])} claim pieces, {len(chosen['lived'])} lived pieces")
    found = rows()
    print(f"{len(found)} rows, {sum(r['label'] for r in found)} claims")


if __name__ == "__main__":
    main()
