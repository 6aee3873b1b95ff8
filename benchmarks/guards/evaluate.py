"""Score the human-claim model against a plain phrase-list baseline on the frozen held-out set.

    python benchmarks/guards/evaluate.py [--log]

Baseline: the phrase list the guards used before the model (HUMAN_CLAIM_RE of plugin/core/guards.py at
commit f4efb3f), copied here verbatim. `--log` appends the figures to runs.log: the held-out set may be
scored at most twice (see EVAL_SET.md).
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
EVAL_SET = HERE / "human_claims_eval.jsonl"
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


def figures(rows: list[dict], judge) -> dict[str, dict[str, float]]:
    out = {}
    for language in [*sorted({r["language"] for r in rows}), "all"]:
        subset = [r for r in rows if language in ("all", r["language"])]
        flagged = [r for r in subset if judge(r["text"])]
        hits = sum(r["label"] for r in flagged)
        positives = sum(r["label"] for r in subset)
        precision = hits / len(flagged) if flagged else 0.0
        recall = hits / positives if positives else 0.0
        out[language] = {"n": len(subset), "claims": positives, "flagged": len(flagged), "precision": precision,
                         "recall": recall, "false_positives": len(flagged) - hits}
    return out


def table(results: dict[str, dict[str, dict[str, float]]]) -> str:
    lines = ["| language | n (claims) | model P | model R | model FP | phrase list P | phrase list R | phrase list FP |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    model, base = results["model"], results["phrase list"]
    for language in model:
        m, b = model[language], base[language]
        lines.append(f"| {language} | {m['n']} ({m['claims']}) | {m['precision']:.2f} | {m['recall']:.2f} | "
                     f"{m['false_positives']} | {b['precision']:.2f} | {b['recall']:.2f} | {b['false_positives']} |")
    return "\n".join(lines)


def main() -> None:
    rows = [json.loads(line) for line in EVAL_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = {"model": figures(rows, human_claims.claims_human), "phrase list": figures(rows, baseline)}
    report = table(results)
    print(report)
    if "--log" in sys.argv:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                cwd=ROOT).stdout.strip()
        threshold = human_claims._model()[2]
        with (HERE / "runs.log").open("a", encoding="utf-8") as log:
            log.write(f"## {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {commit}, threshold {threshold}\n"
                      f"{report}\n\n")


if __name__ == "__main__":
    main()
