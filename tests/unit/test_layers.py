"""The layer rule of ARCHITECTURE.md, checked: plugin/ never imports handlers/, plugin/core imports only the
standard library, and the Lambda handlers load neither the admin tools nor the heavy libraries."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STDLIB = set(sys.stdlib_module_names) | {"__future__"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_no_module_of_the_package_imports_handlers():
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "plugin").rglob("*.py")
                 if any(name == "handlers" or name.startswith("handlers.") for name in _imports(p))]
    assert offenders == []


def test_the_core_imports_only_the_standard_library():
    foreign = {str(p.relative_to(ROOT)): sorted(n for n in _imports(p) if n.split(".")[0] not in STDLIB)
               for p in (ROOT / "plugin" / "core").rglob("*.py")}
    assert {path: names for path, names in foreign.items() if names} == {}


def test_the_lambda_handlers_load_no_admin_tool(tmp_path):
    code = ("import sys; import handlers.wsgi, handlers.worker;"
            "print(sorted(m for m in sys.modules if m.startswith(('plugin.fairness', 'plugin.app_validate',"
            " 'plugin.commands', 'numpy', 'scipy', 'tqdm'))))")
    env = {"CANDOR_HOME": str(tmp_path), "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
           "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60,
                            env=env)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
