"""Supply chain and secrets, checked statically: every installed requirement is pinned to one version with
hashes, and only the settings module reads the environment (tenant secrets come from the secret store)."""
import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUIREMENT_FILES = sorted(ROOT.glob("requirements*.txt"))
# Where reading the environment is allowed: the one settings module; the CLI commands an operator runs to
# put a secret INTO the store; Presidio's offline switch (not a secret).
ENV_READERS = {"plugin/settings.py", "plugin/commands/tenant.py", "plugin/commands/validate_app.py",
               "plugin/adapters/redaction/engine.py"}  # sets TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS before presidio


def requirements(path: Path) -> list[str]:
    """Logical lines (continuations joined), comments dropped."""
    text = re.sub(r"\\\n", " ", path.read_text(encoding="utf-8"))
    lines = [line.split(" #")[0].strip() for line in text.splitlines() if not line.lstrip().startswith("#")]
    return [line for line in lines if line]


def test_there_are_requirement_files():
    assert ROOT / "requirements.txt" in REQUIREMENT_FILES


@pytest.mark.parametrize("path", REQUIREMENT_FILES, ids=lambda p: p.name)
def test_every_requirement_is_pinned_with_hashes(path):
    for line in requirements(path):
        if line.startswith("-"):
            assert line.split()[0] in ("--find-links", "-r", "--requirement", "-c", "--constraint"), line
            assert "http://" not in line, f"{path.name}: plain-HTTP source: {line}"
            continue
        assert re.match(r"^[A-Za-z0-9_.\[\],-]+==[^\s;]+(\s*;[^-]+)?\s+--hash=sha256:[0-9a-f]{64}", line), \
            f"{path.name}: not pinned with a hash: {line[:80]}"
        assert not re.search(r"(git\+|https?://|file:|\s-e\s)", line), f"{path.name}: direct reference: {line[:80]}"


def _env_reads(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv", "environb") and \
                isinstance(node.value, ast.Name) and node.value.id == "os":
            return True
        if isinstance(node, ast.ImportFrom) and node.module == "os" and \
                any(a.name in ("environ", "getenv") for a in node.names):
            return True
    return False


def test_only_the_settings_module_reads_the_environment():
    readers = {str(p.relative_to(ROOT)) for folder in ("plugin", "handlers") for p in (ROOT / folder).rglob("*.py")
               if "fairness" not in p.parts and _env_reads(p)}
    assert readers <= ENV_READERS, sorted(readers - ENV_READERS)
