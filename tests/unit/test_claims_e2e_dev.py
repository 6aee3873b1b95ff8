"""`benchmarks/guards/claims_e2e.py --dev`: allowed on a spent set (two logged runs), refused on a fresh one, and a
development run never writes to the set's runs.log (the two-run rule depends on it)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from benchmarks.guards import claims_e2e

ROW = {"language": "en", "label": 0, "kind": "checked", "style": "chat-line", "brand": "Nordlicht Tools",
       "text": "I have checked your order and it leaves the warehouse tomorrow.\nNordlicht Tools",
       "customer": "Where is my order of garden shears?"}


def _set(tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "human_claims.jsonl"
    data.write_text(json.dumps(ROW) + "\n", encoding="utf-8")
    return data, hashlib.sha256(data.read_bytes()).hexdigest()


def test_dev_is_refused_on_a_set_that_has_not_taken_its_two_runs(tmp_path: Path) -> None:
    data, digest = _set(tmp_path)
    log = tmp_path / "runs.log"
    log.write_text(f"{claims_e2e.RUN_MARK} run 1 of 2, {data.name} sha256 {digest}\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="--dev is for spent sets"):
        claims_e2e.main(["--dev"], data, log, brand=True)
    assert log.read_text(encoding="utf-8").count(claims_e2e.RUN_MARK) == 1


def test_dev_runs_on_a_spent_set_and_logs_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, digest = _set(tmp_path)
    log = tmp_path / "runs.log"
    spent = "".join(f"{claims_e2e.RUN_MARK} run {n} of 2, {data.name} sha256 {digest}\n" for n in (1, 2))
    log.write_text(spent, encoding="utf-8")
    claims_e2e.main(["--dev"], data, log, brand=True)
    assert "DEVELOPMENT run (--dev): not logged" in capsys.readouterr().out
    assert log.read_text(encoding="utf-8") == spent


def test_without_dev_a_spent_set_is_refused(tmp_path: Path) -> None:
    data, digest = _set(tmp_path)
    log = tmp_path / "runs.log"
    log.write_text("".join(f"{claims_e2e.RUN_MARK} run {n} of 2, sha256 {digest}\n" for n in (1, 2)), encoding="utf-8")
    with pytest.raises(SystemExit, match="at most 2 times"):
        claims_e2e.main([], data, log, brand=True)
