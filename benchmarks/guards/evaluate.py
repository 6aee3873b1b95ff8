"""Score the human-claim model against a plain phrase-list baseline on a frozen held-out set.

    python benchmarks/guards/evaluate.py [--set claims_eval3] [--also COMMIT] --log

Sets: the first (`human_claims_eval.jsonl`, the default; EVAL_SET.md), `claims_eval2/`, `claims_eval3/` and
`claims_eval4/` (README.md in each). Judges: the shipped model (weights + the two wording-free checks of
`human_claims`: a personal sign-off, one's own line offered), its weights alone, the model before the
issue-13 retraining (weights read from git at PREVIOUS_MODEL, so one run compares both), and the phrase list the guards used before any model
(HUMAN_CLAIM_RE of plugin/core/guards.py at commit f4efb3f), copied here verbatim. A set whose rows carry a
`kind` also gets a table per kind. Every run appends its figures to the set's runs.log (`--log` is required,
so no scoring goes unlogged): a held-out set may be scored at most twice. `--also COMMIT` scores the weights of another commit beside them in the same run.
`--dev` (instead of `--log`) prints without logging, for the development sets only (`DEV_SETS`: 5-35, spent and
read to steer changes; cite such figures as development figures).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from plugin.core import human_claims, offers  # noqa: E402

HERE = Path(__file__).resolve().parent
SETS = {"first": (HERE / "human_claims_eval.jsonl", HERE / "runs.log"),
        "claims_eval2": (HERE / "claims_eval2" / "human_claims.jsonl", HERE / "claims_eval2" / "runs.log"),
        "claims_eval3": (HERE / "claims_eval3" / "human_claims.jsonl", HERE / "claims_eval3" / "runs.log"),
        "claims_eval4": (HERE / "claims_eval4" / "human_claims.jsonl", HERE / "claims_eval4" / "runs.log"),
        "claims_eval5": (HERE / "claims_eval5" / "human_claims.jsonl", HERE / "claims_eval5" / "runs.log"),
        "claims_eval6": (HERE / "claims_eval6" / "human_claims.jsonl", HERE / "claims_eval6" / "runs.log"),
        "claims_eval7": (HERE / "claims_eval7" / "human_claims.jsonl", HERE / "claims_eval7" / "runs.log"),
        "claims_eval8": (HERE / "claims_eval8" / "human_claims.jsonl", HERE / "claims_eval8" / "runs.log"),
        "claims_eval9": (HERE / "claims_eval9" / "human_claims.jsonl", HERE / "claims_eval9" / "runs.log"),
        "claims_eval10": (HERE / "claims_eval10" / "human_claims.jsonl", HERE / "claims_eval10" / "runs.log"),
        "claims_eval11": (HERE / "claims_eval11" / "human_claims.jsonl", HERE / "claims_eval11" / "runs.log"),
        "claims_eval12": (HERE / "claims_eval12" / "human_claims.jsonl", HERE / "claims_eval12" / "runs.log"),
        "claims_eval13": (HERE / "claims_eval13" / "human_claims.jsonl", HERE / "claims_eval13" / "runs.log"),
        "claims_eval14": (HERE / "claims_eval14" / "human_claims.jsonl", HERE / "claims_eval14" / "runs.log"),
        "claims_eval15": (HERE / "claims_eval15" / "human_claims.jsonl", HERE / "claims_eval15" / "runs.log"),
        "claims_eval16": (HERE / "claims_eval16" / "human_claims.jsonl", HERE / "claims_eval16" / "runs.log"),
        "claims_eval17": (HERE / "claims_eval17" / "human_claims.jsonl", HERE / "claims_eval17" / "runs.log"),
        "claims_eval18": (HERE / "claims_eval18" / "human_claims.jsonl", HERE / "claims_eval18" / "runs.log"),
        "claims_eval19": (HERE / "claims_eval19" / "human_claims.jsonl", HERE / "claims_eval19" / "runs.log"),
        "claims_eval20": (HERE / "claims_eval20" / "human_claims.jsonl", HERE / "claims_eval20" / "runs.log"),
        "claims_eval21": (HERE / "claims_eval21" / "human_claims.jsonl", HERE / "claims_eval21" / "runs.log"),
        "claims_eval22": (HERE / "claims_eval22" / "human_claims.jsonl", HERE / "claims_eval22" / "runs.log"),
        "claims_eval23": (HERE / "claims_eval23" / "human_claims.jsonl", HERE / "claims_eval23" / "runs.log"),
        "claims_eval24": (HERE / "claims_eval24" / "human_claims.jsonl", HERE / "claims_eval24" / "runs.log"),
        "claims_eval25": (HERE / "claims_eval25" / "human_claims.jsonl", HERE / "claims_eval25" / "runs.log"),
        "claims_eval26": (HERE / "claims_eval26" / "human_claims.jsonl", HERE / "claims_eval26" / "runs.log"),
        "claims_eval27": (HERE / "claims_eval27" / "human_claims.jsonl", HERE / "claims_eval27" / "runs.log"),
        "claims_eval28": (HERE / "claims_eval28" / "human_claims.jsonl", HERE / "claims_eval28" / "runs.log"),
        "claims_eval29": (HERE / "claims_eval29" / "human_claims.jsonl", HERE / "claims_eval29" / "runs.log"),
        "claims_eval30": (HERE / "claims_eval30" / "human_claims.jsonl", HERE / "claims_eval30" / "runs.log"),
        "claims_eval31": (HERE / "claims_eval31" / "human_claims.jsonl", HERE / "claims_eval31" / "runs.log"),
        "claims_eval32": (HERE / "claims_eval32" / "human_claims.jsonl", HERE / "claims_eval32" / "runs.log"),
        "claims_eval33": (HERE / "claims_eval33" / "human_claims.jsonl", HERE / "claims_eval33" / "runs.log"),
        "claims_eval34": (HERE / "claims_eval34" / "human_claims.jsonl", HERE / "claims_eval34" / "runs.log"),
        "claims_eval35": (HERE / "claims_eval35" / "human_claims.jsonl", HERE / "claims_eval35" / "runs.log"),
        "claims_eval36": (HERE / "claims_eval36" / "human_claims.jsonl", HERE / "claims_eval36" / "runs.log"),
        "claims_eval37": (HERE / "claims_eval37" / "human_claims.jsonl", HERE / "claims_eval37" / "runs.log")}
PREVIOUS_MODEL = "a3608e1"  # main before the retraining on subtle claims (plugin/guards_training/subtle.py)
BASELINE = re.compile(
    r"(?i)\b(?:i am|i'm|im|this is)\s+(?:a\s+|an\s+)?(?:real\s+|actual\s+|living\s+)?(?:human|person|human being|live agent)\b(?![-'])"
    r"|\b(?:i am|i'm)\s+[a-z]+,\s+(?:a|an)\s+(?:real\s+|actual\s+)?(?:human|person|human being)\b"
    r"|\byou(?:'re| are)\s+(?:talking|speaking|chatting|writing)\s+(?:to|with)\s+(?:a\s+|an\s+)?(?:real\s+|actual\s+)?"
    r"(?:human|person)\b"
    r"|\b(?:i am|i'm|im)\s+not\s+(?:a|an)\s+(?:ai|bot|robot|machine|chatbot|language model)\b"
    r"|\b(?:not|never)\s+(?:been\s+)?(?:written|drafted|generated|created)\s+(?:by|with)\s+(?:an?\s+)?"
    r"(?:ai|bot|machine|artificial intelligence)\b|\bno ai (?:was|is) (?:used|involved)\b"
    r"|\bsoy (?:una? )?(?:persona|humano|humana|ser humano)\b|\bno soy (?:una? )?(?:bot|robot|ia|maquina)\b"
    r"|\bje suis (?:une? )?(?:humaine?|vraie personne|personne reelle|etre humain)\b"
    r"|\bje ne suis pas (?:une? )?(?:robot|bot|ia|machine)\b"
    r"|\bich bin (?:ein |eine )?(?:echter |echte |realer )?(?:mensch|person)\b|\bich bin kein\w* (?:bot|roboter|ki|maschine)\b"
    r"|\bsou (?:uma? )?(?:humano|humana|pessoa)\b|\bnao sou (?:uma? )?(?:robo|bot|ia|maquina)\b")


def baseline(text: str) -> bool:
    return bool(BASELINE.search(offers.fold(text)))


def model_at(commit: str) -> human_claims.Model:
    exported = subprocess.run(["git", "show", f"{commit}:plugin/core/data/human_claims.json"],
                              capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return human_claims.load(exported)


def figures(rows: list[dict], judge, key: str = "language") -> dict[str, dict[str, float]]:
    out = {}
    for language in [*sorted({r[key] for r in rows}), "all"]:
        subset = [r for r in rows if language in ("all", r[key])]
        flagged = [r for r in subset if judge(r["text"])]
        hits = sum(r["label"] for r in flagged)
        positives = sum(r["label"] for r in subset)
        precision = hits / len(flagged) if flagged else 0.0
        recall = hits / positives if positives else 0.0
        out[language] = {"n": len(subset), "claims": positives, "flagged": len(flagged), "precision": precision,
                         "recall": recall, "false_positives": len(flagged) - hits}
    return out


def table(results: dict[str, dict[str, dict[str, float]]], key: str = "language") -> str:
    judges = list(results)
    head = " | ".join(f"{j} P | {j} R | {j} FP" for j in judges)
    lines = [f"| {key} | n (claims) | {head} |", "| --- | --- |" + " --- |" * 3 * len(judges)]
    for group in results[judges[0]]:
        first = results[judges[0]][group]
        cells = " | ".join(f"{r[group]['precision']:.2f} | {r[group]['recall']:.2f} | {r[group]['false_positives']}"
                           for r in results.values())
        lines.append(f"| {group} | {first['n']} ({first['claims']}) | {cells} |")
    return "\n".join(lines)


# spent sets whose rows or outputs steered a change (their READMEs say so): `--dev` scores them without a logged run
DEV_SETS = frozenset(f"claims_eval{n}" for n in range(5, 36))


def main() -> None:
    name = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "first"
    dev = "--dev" in sys.argv
    if dev and name not in DEV_SETS:
        sys.exit(f"--dev is for development sets only ({', '.join(sorted(DEV_SETS))}); {name} is not one")
    if "--log" not in sys.argv and not dev:
        sys.exit("every scoring run of a held-out set is logged: pass --log (at most two runs per set)")
    eval_set, runs_log = SETS[name]
    rows = [json.loads(line) for line in eval_set.read_text(encoding="utf-8").splitlines() if line.strip()]
    before = model_at(PREVIOUS_MODEL)
    judges = {"model": human_claims.claims_human,
              "weights only": lambda text: human_claims.claims_human(text, rules=False),
              "model before": lambda text: human_claims.claims_human(text, before, rules=False),
              "phrase list": baseline}
    if "--also" in sys.argv:
        commit = sys.argv[sys.argv.index("--also") + 1]
        other = model_at(commit)
        judges[f"model {commit}"] = lambda text: human_claims.claims_human(text, other, rules=False)
    report = table({label: figures(rows, judge) for label, judge in judges.items()})
    if all("kind" in r for r in rows):
        report += "\n\n" + table({label: figures(rows, judge, "kind") for label, judge in judges.items()}, "kind")
    if dev:
        print(f"DEVELOPMENT run (--dev): not logged; {name} is a development set\n\n{report}")
        return
    print(report)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=ROOT).stdout.strip()
    threshold = human_claims._model()[2]
    with runs_log.open("a", encoding="utf-8") as log:
        log.write(f"## {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {commit}, threshold {threshold}\n{report}\n\n")


if __name__ == "__main__":
    main()
