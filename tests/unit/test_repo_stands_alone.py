"""The repository stands alone: no tracked code reads a folder beside the checkout (`../shared`) or a path of
the machine it was written on. `.ci/run` proves it end to end by running the suite from a lone copy; this is
the cheap early warning."""
from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUTSIDE = re.compile(r"""CANDOR_SHARED|/work/shared|\.\./shared|["'/]shared/(?:data|zendesk)/""")
CODE = (".py", ".sh", ".toml", ".cfg", ".json", ".yaml", ".yml", "Makefile", "run")
NOT_OURS = {".git", "build", "dist", "node_modules", "__pycache__", ".pytest_cache", ".ruff_cache", ".candor"}


def tracked_code() -> list[Path]:
    """The project's code and config (a git archive has no .git, so walk the tree rather than ask git)."""
    found = []
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in NOT_OURS and not d.startswith(".venv")]
        found += [Path(folder) / f for f in files if f.endswith(CODE)]
    return found


def test_no_code_reads_beside_the_checkout():
    files = tracked_code()
    assert len(files) > 100  # git ls-files worked
    hits = [f"{p.relative_to(ROOT)}:{i}" for p in files if p.name != Path(__file__).name
            for i, line in enumerate(p.read_text(encoding="utf-8", errors="replace").splitlines(), 1)
            if OUTSIDE.search(line)]
    assert hits == []


def test_the_guard_sees_the_patterns_it_is_for():
    assert OUTSIDE.search('Path(os.environ.get("CANDOR_SHARED_DIR") or REPO.parent / "shared")')
    assert OUTSIDE.search('HERE.parents[3] / "shared/data/support/Bitext.csv"')
    assert not OUTSIDE.search("a shared engine per process")
