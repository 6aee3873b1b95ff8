"""The validator's report and JSON loading (duplicate keys are errors, as in zendesk_apps_support)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Finding:
    file: str
    rule: str
    message: str

    def to_dict(self) -> dict:
        return {"file": self.file, "rule": self.rule, "message": self.message}


@dataclass
class Report:
    errors: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)

    def error(self, file: str, rule: str, message: str) -> None:
        self.errors.append(Finding(file, rule, message))

    def warn(self, file: str, rule: str, message: str) -> None:
        self.warnings.append(Finding(file, rule, message))

    @property
    def ok(self) -> bool:
        return not self.errors

    def rules(self) -> set[str]:
        return {f.rule for f in self.errors}

    def to_dict(self) -> dict:
        return {"ok": self.ok, "errors": [f.to_dict() for f in self.errors],
                "warnings": [f.to_dict() for f in self.warnings]}


class DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    seen: dict = {}
    for key, value in pairs:
        if key in seen:
            raise DuplicateKey(key)
        seen[key] = value
    return seen


def load_json(root: Path, name: str, report: Report) -> dict | None:
    """The file's JSON object, or None after recording why it is not one."""
    path = root / name
    if not path.is_file():
        report.error(name, "missing_file", f"{name} is missing")
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_duplicates)
    except DuplicateKey as exc:
        report.error(name, "duplicate_keys", f"duplicate key {exc}")
        return None
    except (ValueError, UnicodeDecodeError) as exc:
        report.error(name, "not_json", f"not valid JSON: {exc}")
        return None
    if not isinstance(data, dict):
        report.error(name, "not_json_object", f"{name} must hold a JSON object")
        return None
    return data


def is_bool(value: object) -> bool:
    return value is True or value is False
