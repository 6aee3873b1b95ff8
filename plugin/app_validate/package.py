"""Package-level rules (zendesk_apps_support package.rb, validations/marketplace.rb, mime.rb;
https://developer.zendesk.com/documentation/marketplace/building-a-marketplace-app/app-requirements/) and the release checks for an operator's package (`candor.release.*`)."""
from __future__ import annotations

import re
import struct
from pathlib import Path
from urllib.parse import urlsplit

from .common import Report

LOGOS = {"assets/logo.png": (320, 320), "assets/logo-small.png": (128, 128)}
FORBIDDEN_SUFFIXES = (".zip", ".gz", ".tar", ".rar", ".7z", ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".exe",
                      ".dll", ".so", ".jar")
PLAIN_HTTP = re.compile(r"""["'(]http://(?!localhost|127\.0\.0\.1)""")
LOCAL_REF = re.compile(r"""(?:src|href)="([^"#?:]+)\"""")
SECRET_KEYWORDS = re.compile("pass|password|secret|secretToken|secret_token|auth_key|authKey|auth_pass|authPass|"
                             "auth_user|AuthUser|username|api_key")  # validations/secrets.rb: warnings only
PLACEHOLDER_HOST = "candor.example.com"
PLACEHOLDER_SECRET = "REPLACE-WITH-CANDOR_APP_WEBHOOK_SECRET"


def _png_size(path: Path) -> tuple[int, int] | None:
    head = path.read_bytes()[:24]
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def check_package(root: Path, manifest: dict, report: Report) -> None:
    for name, size in LOGOS.items():
        path = root / name
        if not path.is_file():
            report.error(name, "missing_logo", f"{name} is missing")
            continue
        found = _png_size(path)
        if found is None:
            report.error(name, "invalid_logo", f"{name} is not a PNG")
        elif found != size:
            report.warn(name, "logo_size", f"{name} is {found[0]}x{found[1]}; the Marketplace expects {size[0]}x{size[1]}")
    for path in sorted(root.rglob("*")):
        name = path.relative_to(root).as_posix()
        if path.is_symlink():
            report.error(name, "symlink_in_zip", "the package may not contain symlinks")
        elif path.suffix.lower() in FORBIDDEN_SUFFIXES:
            report.error(name, "mime.forbidden_type", f"{path.suffix} files may not be in an app package")
        elif path.suffix in (".js", ".html") and PLAIN_HTTP.search(path.read_text(encoding="utf-8")):
            report.warn(name, "mime.insecure_url", "uses an http:// URL; use https://")
        if path.is_file() and path.suffix in (".js", ".html", ".json", ".css") and \
                SECRET_KEYWORDS.search(path.read_text(encoding="utf-8")):
            report.warn(name, "generic_secrets", "mentions a secret-like word; Zendesk warns about this on upload")
        if path.suffix == ".html":
            for ref in LOCAL_REF.findall(path.read_text(encoding="utf-8")):
                if not (path.parent / ref).is_file():
                    report.error(name, "candor.missing_asset", f"references {ref}, which is not in the package")


def _host(url: object) -> str | None:
    return urlsplit(url).hostname if isinstance(url, str) else None


def check_release(manifest: dict, requirements: dict | None, report: Report, webhook_secret: str | None) -> None:
    """An operator's package must name its own host everywhere and carry its own webhook secret."""
    urls = [opts.get("url") if isinstance(opts, dict) else opts
            for places in (manifest.get("location") or {}).values() if isinstance(places, dict)
            for opts in places.values()]
    hooks = (requirements or {}).get("webhooks") or {}
    urls += [hook.get("endpoint") for hook in hooks.values() if isinstance(hook, dict)]
    hosts = {_host(u) for u in urls if u} | set(manifest.get("domainWhitelist") or [])
    if PLACEHOLDER_HOST in hosts:
        report.error("manifest.json", "candor.release.placeholder_host", f"replace {PLACEHOLDER_HOST} with your host")
    if len(hosts) > 1:
        report.error("manifest.json", "candor.release.hosts", f"location, domainWhitelist and webhook endpoint "
                     f"must name one host, found: {', '.join(sorted(h or '?' for h in hosts))}")
    if any(not str(u).startswith("https://") for u in urls if u):
        report.error("manifest.json", "candor.release.https", "every URL must be https")
    for identifier, hook in hooks.items():
        secret = str(((hook or {}).get("signing_secret") or {}).get("secret", ""))
        if secret == PLACEHOLDER_SECRET:
            report.error("requirements.json", "candor.release.placeholder_secret",
                         f"webhooks.{identifier}: write your CANDOR_APP_WEBHOOK_SECRET into the signing secret")
        elif webhook_secret is not None and secret != webhook_secret:
            report.error("requirements.json", "candor.release.secret_mismatch",
                         f"webhooks.{identifier}: the signing secret differs from CANDOR_APP_WEBHOOK_SECRET")
