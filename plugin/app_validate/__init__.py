"""A local validator for the Zendesk app in plugin/app: manifest.json, translations and requirements.json.

Zendesk's own validator runs only on their servers (`zcli apps:validate` uploads the zip,
https://developer.zendesk.com/documentation/apps/getting-started/using-zcli/), so this applies the same rules
locally, as read from https://github.com/zendesk/zendesk_apps_support (manifest, parameters, secure settings,
translations, requirements, package checks), plus a few
consistency checks of our own (marked `candor.*`). `release=True` also refuses the repository's
placeholders (candor.example.com, the webhook secret) that an operator must replace before packaging.
"""
from __future__ import annotations

from pathlib import Path

from .common import Report, load_json
from .manifest import check_manifest
from .package import check_package, check_release
from .requirements import check_requirements
from .translations import check_translations

DEFAULT_APP = Path(__file__).resolve().parent.parent / "app"


def validate_app(root: str | Path = DEFAULT_APP, *, release: bool = False, webhook_secret: str | None = None) -> Report:
    root = Path(root)
    report = Report()
    manifest = load_json(root, "manifest.json", report)
    if manifest is None:
        return report
    check_manifest(root, manifest, report)
    check_translations(root, manifest, report)
    requirements = load_json(root, "requirements.json", report) if (root / "requirements.json").exists() else None
    check_requirements(manifest, requirements, report)
    check_package(root, manifest, report)
    if release:
        check_release(manifest, requirements, report, webhook_secret)
    return report


__all__ = ["Report", "validate_app", "DEFAULT_APP"]
