"""Retrieval benchmark: labelled customer questions (en/es/fr/de/pt) -> Help Center articles and macros.

    .venv/bin/python benchmarks/kb/run.py --engine baseline   # the Markdown KB + BM25 as of issue 17
    .venv/bin/python benchmarks/kb/run.py --engine lexical    # the per-tenant Help Center index, lexical only
    .venv/bin/python benchmarks/kb/run.py --engine lexical combined --questions PATH   # both in one table

`combined` is lexical + article embeddings through the product's OpenAI-compatible adapter
(plugin/adapters/openai_embeddings.py), pointed at `--embed-url` (default: embed_server.py on
127.0.0.1:8765, multilingual-e5-small from a private venv; see README.md).

Scores recall@1 and recall@3 on answerable questions and the low-confidence flag (top confidence below
core.drafting.LOW_CONFIDENCE) on right answers, wrong answers and questions no article answers, per
language, and how often the drafter gets the right article at all (top answer right with a confidence of
at least core.drafting.MIN_ARTICLE_CONFIDENCE; below it no article is given to the drafter). Every run is appended to runs.log with the set's sha256; a set is scored at most twice (a third
run of the same file is refused), except development sets (dev_*.jsonl), which may be run for tuning, and
are the only ones on which `--rrf-k`/`--candidates` may be changed. Do not tune on anything else: README.md.
"""
from __future__ import annotations

import argparse
import hashlib
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
LOG = HERE / "runs.log"
MAX_SCORINGS = 2
EMBED_URL = "http://127.0.0.1:8765/v1"
EMBED_MODEL = "multilingual-e5-small"


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


def index_search(fixture: dict, embedder=None):
    from plugin.adapters.help_center_index import index_from_fixture
    index = index_from_fixture(fixture, embedder=embedder)

    def search(text: str, lang: str) -> list[tuple[str, float]]:
        return [(a.id.split("@")[0], score) for a, score in index.search(text, limit=3, locale=LOCALE_OF_LANG[lang])]
    return search


def bench_embedder(url: str, model: str):
    """The product's OpenAIEmbedder against a local OpenAI-compatible endpoint (embed_server.py): the same
    adapter a tenant's provider goes through. Fails loudly when nothing answers there."""
    from plugin.adapters.openai_embeddings import OpenAIEmbedder
    from plugin.core.errors import CandorError
    embedder = OpenAIEmbedder(model, api_key="local", base_url=url, timeout=120.0)
    try:
        embedder.embed(["ping"])
    except CandorError as exc:
        raise SystemExit(f"combined mode needs an embeddings endpoint at {url} ({exc}): start "
                         "benchmarks/kb/embed_server.py from its private venv, see README.md") from None
    return embedder


def score(questions: list[dict], search, threshold: float, usable: float) -> dict:
    """Counts per language. `usable`: the confidence an article needs to reach the drafter at all
    (core.drafting.MIN_ARTICLE_CONFIDENCE); a right top article below it grounds no draft."""
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
                g["drafted_right"] += right and top_conf >= usable
            else:
                g["none"] += 1
                g["none_flagged"] += flagged
                g["none_drafted"] += bool(found) and top_conf >= usable
    return groups


def table(results: dict[str, dict]) -> str:
    """One table, every engine scored in this run, per language and overall."""
    def share(a, b):
        return f"{a / b:.2f} ({a}/{b})" if b else "–"
    lines = ["| engine | lang | recall@1 | recall@3 | drafted from the right article | right answers flagged low | "
             "wrong answers flagged low | no-answer flagged low | no-answer drafted from an article |",
             "|---|---|---|---|---|---|---|---|---|"]
    for key in ["en", "es", "fr", "de", "pt", "all"]:
        for engine, groups in results.items():
            g = groups[key]
            lines.append(f"| {engine} | {key} | {share(g['r1'], g['answerable'])} | {share(g['r3'], g['answerable'])} | "
                         f"{share(g['drafted_right'], g['answerable'])} | "
                         f"{share(g['right_flagged'], g['right'])} | {share(g['wrong_flagged'], g['wrong'])} | "
                         f"{share(g['none_flagged'], g['none'])} | {share(g['none_drafted'], g['none'])} |")
    return "\n".join(lines)


def questions_file(name: str) -> Path:
    path = Path(name)
    return path if path.is_file() else HERE / name


def scorings(digest: str) -> int:
    """Logged runs of the set with this sha256. A `ledger` line records runs made before digests were logged."""
    if not LOG.exists():
        return 0
    count = 0
    for line in LOG.read_text(encoding="utf-8").splitlines():
        if line.startswith("## ") and f"sha256={digest}" in line:
            found = re.search(r"\bscorings=(\d+)", line)
            count += int(found.group(1)) if found else 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--engine", nargs="+", choices=("baseline", "lexical", "combined"), required=True,
                        help="one or more engines, scored on the same questions in one run and one table")
    parser.add_argument("--note", default="")
    parser.add_argument("--questions", default="questions.jsonl",
                        help="a JSONL set (a path, or a name in benchmarks/kb/); default questions.jsonl (frozen, spent)")
    parser.add_argument("--embed-url", default=EMBED_URL, help="OpenAI-compatible base URL for `combined`")
    parser.add_argument("--embed-model", default=EMBED_MODEL)
    parser.add_argument("--rrf-k", type=int, help="reciprocal rank fusion k (development sets only)")
    parser.add_argument("--candidates", type=int, help="ranks fused per engine (development sets only)")
    args = parser.parse_args()
    path = questions_file(args.questions)
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    development = path.name.startswith("dev_")
    if (args.rrf_k or args.candidates) and not development:
        raise SystemExit("fusion parameters may only be changed on a development set (dev_*.jsonl)")
    done = scorings(digest)
    if not development and done >= MAX_SCORINGS:
        raise SystemExit(f"{path.name} (sha256 {digest[:12]}) has been scored {done} times: refused (at most "
                         f"{MAX_SCORINGS}; see runs.log)")
    from plugin.adapters import help_center_index
    from plugin.core.drafting import LOW_CONFIDENCE, MIN_ARTICLE_CONFIDENCE
    help_center_index.RRF_K = args.rrf_k or help_center_index.RRF_K
    help_center_index.CANDIDATES = args.candidates or help_center_index.CANDIDATES
    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    questions = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    embedder = bench_embedder(args.embed_url, args.embed_model) if "combined" in args.engine else None
    results, timings = {}, []
    for engine in args.engine:
        search = (baseline_search(fixture) if engine == "baseline"
                  else index_search(fixture, embedder if engine == "combined" else None))
        started = time.perf_counter()
        results[engine] = score(questions, search, LOW_CONFIDENCE, MIN_ARTICLE_CONFIDENCE)
        timings.append(f"{engine} {time.perf_counter() - started:.2f} s")
    report = table(results)
    run = "development set" if development else f"run {done + 1} of {MAX_SCORINGS}"
    settings = (f"rrf_k={help_center_index.RRF_K} candidates={help_center_index.CANDIDATES}"
                + (f" embeddings={args.embed_model}" if embedder else ""))
    print(report)
    print(f"{len(questions)} questions; {', '.join(timings)} (noisy machine); {run}")
    with LOG.open("a", encoding="utf-8") as log:
        log.write(f"\n## {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())} engine={'+'.join(args.engine)} "
                  f"set={path.name} sha256={digest} ({run}; {settings}) {args.note}\n")
        log.write(report + "\n")


if __name__ == "__main__":
    main()
