"""The spent held-out claim sets as training rows (guards round 20).

    python -m plugin.guards_training.spent_sets --freeze   # rewrite data/spent_claim_pieces.json (see below)

benchmarks/guards/claims_eval2 ... claims_eval28 were each written by a different helper session and are spent (read to
steer the cuts of rounds 14-19). Their labels are per REPLY, so:
- an HONEST reply (label 0): every piece `human_claims.sentences` makes of it (customer quotes muted) is a clean
  negative. These are the rows the project's own templates lack: honest look-alikes in other hands' wording;
- a CLAIM reply (label 1): only the one piece the models as they were before this round (main at FROZEN_AT) scored
  highest, and only if it reached that model's own cut; none otherwise. Which piece of a reply carries the claim is
  not labelled, and taking every piece would teach the model that the greeting and the order number claim a human.
  The chosen pieces are frozen in data/spent_claim_pieces.json (`--freeze`), so the rows do not move when the models
  are retrained (the export's rows_sha256 test recomputes them).
claims_eval29, 30 and 31 are the CHECK split: never trained on; a piece that also occurs (casefolded, spaces and end
punctuation aside) in one of them is dropped from the training rows. claims_eval32 is fresh and never read.
Groups (`template`): one per set, so cross-validation holds out whole sets, as a fresh set would be.
"""
from __future__ import annotations

import argparse
import json
from functools import cache
from pathlib import Path

from plugin.core import human_claims

GUARDS = Path(__file__).resolve().parents[2] / "benchmarks" / "guards"
TRAINED = tuple(range(2, 29))  # claims_eval2-28: training rows since guards round 20
CHECK = (29, 30, 31)  # the check split: never trained on
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
                texts = [chosen[f"{n}:{i}"]] if f"{n}:{i}" in chosen else []
            else:
                texts = _pieces(reply)
            out += [{"language": reply["language"], "label": reply["label"], "text": t,
                     "template": f"{reply['language']}:spent:claims_eval{n}"} for t in texts if key(t) not in check]
    return out


def freeze() -> dict[str, dict[str, str]]:
    """The claim piece of each claim reply of TRAINED: the one the current model scores highest, if at its cut."""
    chosen: dict[str, dict[str, str]] = {"claims": {}, "lived": {}}
    for n in TRAINED:
        for i, reply in enumerate(_replies(n)):
            if not reply["label"]:
                continue
            pieces = _pieces(reply)
            best = max(pieces, key=human_claims.score)
            if human_claims.score(best) >= human_claims._model()[2]:
                chosen["claims"][f"{n}:{i}"] = best
            lived = max(pieces, key=human_claims.lived_score)
            if human_claims.lived_score(lived) >= human_claims._lived_model()[2]:
                chosen["lived"][f"{n}:{i}"] = lived
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
