"""translations/*.json rules (zendesk_apps_support validations/translations.rb;
https://developer.zendesk.com/documentation/apps/app-developer-guide/localizing-apps/), plus
`candor.sidebar_strings`: every `data-i18n` key in assets/*.html and every t("key") in assets/*.js exists."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from .common import Report

LOCALE_FILE = re.compile(r"^[a-z]{2}(-\w{2,3})?$")
PUBLIC_KEYS = ("name", "short_description", "installation_instructions", "long_description")
HTML_KEY = re.compile(r'data-i18n="([a-z_]+)"')
JS_KEY = re.compile(r'\bt\("([a-z_]+)"')


def check_translations(root: Path, manifest: dict, report: Report) -> None:
    folder = root / "translations"
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        name = f"translations/{path.name}"
        if not LOCALE_FILE.match(path.stem):
            report.error(name, "translation.invalid_locale", f"{path.stem} is not a locale")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            report.error(name, "translation.not_json", f"not valid JSON: {exc}")
            continue
        if not isinstance(data, dict):
            report.error(name, "translation.not_json_object", "must hold a JSON object")
            continue
        if path.stem == "en":
            _marketplace_content(name, data, manifest, report)
            _sidebar_strings(root, name, data, report)


def _marketplace_content(name: str, data: dict, manifest: dict, report: Report) -> None:
    app = data.get("app")
    if not isinstance(app, dict):
        report.error(name, "translation.missing_required_key", "missing key: app")
        return
    keys = {"short_description" if k == "description" else k for k in app}
    required = ("name",) if manifest.get("private") is True else PUBLIC_KEYS
    missing = [k for k in required if k not in keys]
    if missing:
        report.error(name, "translation.missing_required_key", f"app is missing: {', '.join(missing)}")
    for key in required:
        if key in app and (not isinstance(app[key], str) or not app[key].strip()):
            report.error(name, "translation.empty", f"app.{key} must be a non-empty string")
    labels: dict[str, Any] = app["parameters"] if isinstance(app.get("parameters"), dict) else {}
    for param in manifest.get("parameters") or []:
        pname = param.get("name") if isinstance(param, dict) else None
        entry = labels.get(pname) if isinstance(pname, str) else None
        if not (isinstance(entry, dict) and isinstance(entry.get("label"), str) and entry["label"].strip()):
            report.error(name, "translation.parameter_label", f"app.parameters.{pname}.label is missing")


def _sidebar_strings(root: Path, name: str, data: dict, report: Report) -> None:
    """Each page's keys live in its own section: admin.html/admin.js in "admin", every other asset in "sidebar"."""
    used: dict[str, set[str]] = {}
    for path in sorted((root / "assets").glob("*.html")) + sorted((root / "assets").glob("*.js")):
        pattern = HTML_KEY if path.suffix == ".html" else JS_KEY
        section = "admin" if path.stem == "admin" else "sidebar"
        used.setdefault(section, set()).update(pattern.findall(path.read_text(encoding="utf-8")))
    for section, keys in sorted(used.items()):
        strings = data.get(section)
        if strings is None and section == "sidebar":
            continue
        strings = strings if isinstance(strings, dict) else {}
        missing = sorted(k for k in keys if not isinstance(strings.get(k), str))
        if missing:
            report.error(name, "candor.sidebar_strings", f"{section} strings missing: {', '.join(missing)}")
