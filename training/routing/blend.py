"""Round 34: blend the bias head of two weights files of one vocabulary (issue 12, bias precision).

    .venv/bin/python -m training.routing.blend --base MAIN.json --other RETRAINED.json --share 0.4 \
        --threshold 0.28 --threshold-long 0.92 --out plugin/core/routing/data/decision_weights.json

The bias head written is ``share`` x OTHER's + (1 - share) x BASE's (weights and intercept; weights below ``--prune``
in size dropped); the handoff and opt-out heads, max_span, length_norm and long_words are BASE's, byte for byte in
value. BASE's bias head is kept as ``bias_person`` (decision.Model.person): the router reads it where a message reaches
a person anyway (see routing.classify), so the blended head decides only between bias review and an AI draft.
OTHER is written by ``python -m training.routing.train --with-blind 3-41 --no-cv --out OTHER`` (the spent blind sets
3-41 added to the training rows; its thresholds are not used).

Round 35: ``--repack FILE`` rewrites an already blended FILE instead (no --base/--other): the blended head's weights
below ``--prune`` in size are dropped, and ``--guard-short BLEND BEFORE`` / ``--guard-long BLEND BEFORE`` write the
recall guard read by decision.guard (routing.classify: a message left to an AI draft goes to bias review when the
blended head reaches BLEND and the head before the blend, ``bias_person``, fires and reaches BEFORE). Round 35 keeps
round 34's prune of 0.005: 0.01 (6.1 MB) changes 3 routes of blind 3-49 (a gender-identity complaint lost, a joke
sent to review, a praise hard negative no longer), 0.015 (5.7 MB) changes 7, 0.03 (5.1 MB) 19. The file is written
compact instead (no newline or space per weight): 6.6 -> 6.1 MB, every value unchanged.

    .venv/bin/python -m training.routing.blend --repack plugin/core/routing/data/decision_weights.json \
        --prune 0.005 --guard-short 0.15 0.4 --guard-long 0.8 0.88 --out plugin/core/routing/data/decision_weights.json
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path


def blend(base: dict, other: dict, share: float, prune: float) -> dict:
    if base["vocabulary_hash"] != other["vocabulary_hash"]:
        raise SystemExit("vocabulary hashes differ")
    a, b = base["heads"]["bias"], other["heads"]["bias"]
    weights = {}
    for f in sorted(set(a["weights"]) | set(b["weights"])):
        w = round((1 - share) * a["weights"].get(f, 0.0) + share * b["weights"].get(f, 0.0), 4)
        if abs(w) >= prune:
            weights[f] = w
    head = dict(a, weights=weights, intercept=round((1 - share) * a["intercept"] + share * b["intercept"], 4))
    out = dict(base, heads=dict(base["heads"], bias=head, bias_person=a))
    out["blend"] = {"share": share, "prune": prune, "other_trained_rows": other.get("trained_rows")}
    return out


def repack(data: dict, prune: float, short: list[float] | None, long: list[float] | None) -> dict:
    head = data["heads"]["bias"]
    weights = {f: w for f, w in head["weights"].items() if abs(w) >= prune}
    out = dict(data, heads=dict(data["heads"], bias=dict(head, weights=weights)))
    out["blend"] = dict(data.get("blend", {}), prune=max(prune, data.get("blend", {}).get("prune", 0.0)))
    if short and long:
        out["guard"] = {"short": {"blend": short[0], "before": short[1]}, "long": {"blend": long[0], "before": long[1]}}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", type=Path)
    parser.add_argument("--other", type=Path)
    parser.add_argument("--repack", type=Path, help="round 35: prune and add the guard to this blended file")
    parser.add_argument("--guard-short", type=float, nargs=2, metavar=("BLEND", "BEFORE"))
    parser.add_argument("--guard-long", type=float, nargs=2, metavar=("BLEND", "BEFORE"))
    parser.add_argument("--share", type=float, default=0.4)
    parser.add_argument("--prune", type=float, default=0.005)
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--threshold-long", type=float)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if args.repack:
        out = repack(json.loads(args.repack.read_text(encoding="utf-8")), args.prune, args.guard_short, args.guard_long)
        # written compact (no newline or space per weight: 6.6 -> 6.1 MB, every value as before)
        args.out.write_text(json.dumps(out, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                            encoding="utf-8")
        print(f"{len(out['heads']['bias']['weights'])} bias weights; wrote {args.out}")
        return
    if not (args.base and args.other):
        parser.error("--base and --other are needed without --repack")
    out = blend(json.loads(args.base.read_text(encoding="utf-8")), json.loads(args.other.read_text(encoding="utf-8")),
                args.share, args.prune)
    if args.threshold is not None:
        out["heads"]["bias"]["threshold"] = args.threshold
    if args.threshold_long is not None:
        out["heads"]["bias"]["threshold_long"] = args.threshold_long
    args.out.write_text(json.dumps(out, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"{len(out['heads']['bias']['weights'])} bias weights; wrote {args.out}")


if __name__ == "__main__":
    main()
