"""Zendesk dynamic content: the `{{dc.<name>}}` placeholders of multilingual macros, filled per locale.

Zendesk macros have no locale. A tenant that answers in several languages writes a macro once with dynamic
content placeholders; each item has one variant per locale, one of them the default
(https://developer.zendesk.com/api-reference/ticketing/ticket-management/dynamic_content/ and
.../dynamic_content_item_variants/): Zendesk shows the customer the active variant of their locale, else the
default one, and never an inactive variant. Variants name their locale by id; List Locales maps the ids to
codes (https://developer.zendesk.com/api-reference/ticketing/account-configuration/locales/#list-locales).

`versions(text, items)` turns one macro text into one text per locale for which every item it uses has an
active variant, plus the all-defaults text under the default variant's locale, so the index can answer a
customer in their own language (its usual locale preference). A placeholder with no known item is left in
place: `zendesk_help_center.macro_text` drops it, as it drops every other placeholder.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

PLACEHOLDER = re.compile(r"\{\{\s*dc\.([\w-]+)\s*\}\}")


@dataclass(frozen=True)
class DcItem:
    """One dynamic content item: its default text and locale, and its active variants by locale code."""

    key: str  # "refund_policy" for {{dc.refund_policy}}
    default_locale: str  # lower-case locale code ("en-us"), "" when the account no longer lists it
    default_text: str
    active: tuple[tuple[str, str], ...]  # (locale code, content) of each active variant

    def text(self, locale: str | None) -> str:
        """The active variant for `locale`, else the default one (what Zendesk shows that customer)."""
        return next((content for code, content in self.active if code == locale), self.default_text)


def locale_codes(locales: list) -> dict[int, str]:
    """List Locales' `locales` as {id: lower-case code} (Help Center locales are lower-case: "en-us")."""
    return {loc["id"]: str(loc["locale"]).lower() for loc in locales
            if isinstance(loc, dict) and isinstance(loc.get("id"), int) and loc.get("locale")}


def parse_items(items: list, locales: Mapping[int, str]) -> dict[str, DcItem]:
    """List Items' `items` by placeholder key. An item without a default variant (neither flagged `default`
    nor in its `default_locale_id`) is skipped: its placeholders are then dropped like unknown ones."""
    parsed: dict[str, DcItem] = {}
    for item in items:
        found = PLACEHOLDER.fullmatch(str(item.get("placeholder") or "").strip()) if isinstance(item, dict) else None
        variants = [v for v in item.get("variants") or [] if isinstance(v, dict)] if found else []
        default = next((v for v in variants if v.get("default")), None) or \
            next((v for v in variants if v.get("locale_id") == item.get("default_locale_id")), None)
        if found is None or default is None:
            continue
        active = tuple((locales[v["locale_id"]], str(v.get("content") or "")) for v in variants
                       if v.get("active") is not False and v.get("locale_id") in locales)
        default_locale = locales.get(default["locale_id"], "") if isinstance(default.get("locale_id"), int) else ""
        parsed[found.group(1)] = DcItem(found.group(1), default_locale, str(default.get("content") or ""), active)
    return parsed


def uses_dynamic_content(text: str) -> bool:
    return PLACEHOLDER.search(text) is not None


def versions(text: str, items: Mapping[str, DcItem]) -> dict[str, str]:
    """{locale: text with its known placeholders filled}; {"": text} when it uses no known item.

    One version per locale in which every item used has an active variant; the others get no version of
    their own (a customer there is answered from the defaults, like Zendesk does): the all-defaults text,
    filed under the first item's default locale unless that locale already has its own version."""
    used = [items[key] for key in dict.fromkeys(PLACEHOLDER.findall(text)) if key in items]
    if not used:
        return {"": text}
    covered = set.intersection(*({code for code, _ in item.active} for item in used))
    out = {locale: _filled(text, items, locale) for locale in sorted(covered)}
    out.setdefault(used[0].default_locale, _filled(text, items, None))
    return out


def _filled(text: str, items: Mapping[str, DcItem], locale: str | None) -> str:
    def one(match: re.Match[str]) -> str:
        item = items.get(match.group(1))
        return item.text(locale) if item else match.group(0)
    return PLACEHOLDER.sub(one, text)
