"""The layer rule of ARCHITECTURE.md, checked: plugin/ never imports handlers/, plugin/core imports only the
standard library, and the Lambda handlers load neither the admin tools nor the heavy libraries."""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STDLIB = set(sys.stdlib_module_names) | {"__future__"}
OWN = ("plugin", "handlers")
# What the Lambda must never load: the admin tools (CLI, fairness audit, app validator, trainers) and the
# libraries only they use.
ADMIN_TOOLS = ("plugin.fairness", "plugin.app_validate", "plugin.commands", "plugin.cli", "plugin.__main__",
               "plugin.guards_training", "training", "handlers.serve", "handlers.demo", "handlers.__main__")
ADMIN_LIBRARIES = ("numpy", "scipy", "tqdm", "sklearn")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def _module_file(name: str) -> Path | None:
    base = ROOT.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.exists():
            return candidate
    return None


def _every_import(name: str) -> set[str]:
    """Every module `name` may import, lazy imports inside functions included, resolved to absolute names."""
    path = _module_file(name)
    assert path is not None, name
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            parts = package.split(".")[:len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join([*parts, node.module] if node.module else parts)
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)  # `from pkg import submodule`
    return found


def _lambda_entry_modules() -> set[str]:
    """The modules zappa_settings.json names: the WSGI app and every event function, in every stage."""
    stages = json.loads((ROOT / "zappa_settings.json").read_text(encoding="utf-8")).values()
    functions = [stage["app_function"] for stage in stages]
    functions += [event["function"] for stage in stages for event in stage.get("events", ())]
    return {function.rpartition(".")[0] for function in functions}


def _reachable(starts: set[str]) -> tuple[set[str], set[str]]:
    """(own modules, outside top-level packages) reachable from `starts` through any import, eager or lazy."""
    own: set[str] = set()
    outside: set[str] = set()
    todo = list(starts)
    while todo:
        name = todo.pop()
        if name in own:
            continue
        own.add(name)
        for imported in _every_import(name):
            top = imported.split(".")[0]
            if top not in OWN:
                outside.add(top)
                continue
            parts = imported.split(".")
            todo += [".".join(parts[:i]) for i in range(1, len(parts) + 1) if _module_file(".".join(parts[:i]))]
    return own, outside


def test_no_import_path_from_the_lambda_entry_points_reaches_an_admin_tool():
    """Static and complete: lazy imports inside any function the Lambda could run count too, so an admin tool
    cannot slip in behind a request that the subprocess test below never makes."""
    starts = _lambda_entry_modules()
    assert {"handlers.wsgi", "handlers.worker", "handlers.kb_sync"} <= starts
    own, outside = _reachable(starts)
    assert "plugin.core.pipeline" in own and "plugin.wiring" in own  # the walk does follow lazy imports
    assert sorted(m for m in own if m.startswith(ADMIN_TOOLS)) == []
    assert sorted(outside & set(ADMIN_LIBRARIES)) == []


def test_no_module_of_the_package_imports_handlers():
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "plugin").rglob("*.py")
                 if any(name == "handlers" or name.startswith("handlers.") for name in _imports(p))]
    assert offenders == []


def test_the_core_imports_only_the_standard_library():
    foreign = {str(p.relative_to(ROOT)): sorted(n for n in _imports(p) if n.split(".")[0] not in STDLIB)
               for p in (ROOT / "plugin" / "core").rglob("*.py")}
    assert {path: names for path, names in foreign.items() if names} == {}


def test_the_lambda_handlers_load_no_admin_tool(tmp_path):
    entry = ", ".join(sorted(_lambda_entry_modules()))
    code = (f"import sys; import {entry};"
            f"print(sorted(m for m in sys.modules if m.startswith({ADMIN_TOOLS + ADMIN_LIBRARIES!r})))")
    env = {"CANDOR_HOME": str(tmp_path), "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
           "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60,
                            env=env)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_mypy_checks_the_whole_core_strictly():
    """`make lint` runs mypy with pyproject.toml: the core has the strict flags and no module of it is skipped."""
    import tomllib

    overrides = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]["overrides"]
    strict = [o for o in overrides if "plugin.core.*" in o["module"]]
    assert strict and strict[0].get("disallow_untyped_defs") and strict[0].get("disallow_any_generics")
    skipped = [m for o in overrides if o.get("ignore_errors") for m in o["module"] if m.startswith("plugin.core")]
    assert skipped == []
    assert "mypy" in (ROOT / "Makefile").read_text(encoding="utf-8").split("\nlint:")[1].split("\n\n")[0]
    assert "make -C \"$COPY\" lint" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
