"""Macros written with Zendesk dynamic content become one document per locale: a placeholder in several
locales, a missing variant (the default answers), an inactive variant (ignored), unknown placeholders
(dropped as before), and the index answering in the customer's locale."""
from __future__ import annotations

import pytest

from plugin.adapters.help_center_index import HelpCenterIndex
from plugin.adapters.zendesk_dynamic_content import locale_codes, parse_items, versions
from plugin.adapters.zendesk_help_center import macro_documents
from plugin.core.knowledge import KbSnapshot, counts

LOCALES = locale_codes([{"id": 1, "locale": "en-US"}, {"id": 2, "locale": "es"}, {"id": 16, "locale": "fr"},
                        {"id": 8, "locale": "de"}])


def item(key: str, *variants: tuple[int, str, bool], default_locale_id: int = 1) -> dict:
    """An item of List Items; variants as (locale_id, content, active), the first one the default."""
    return {"id": hash(key) % 1000, "placeholder": f"{{{{dc.{key}}}}}", "default_locale_id": default_locale_id,
            "variants": [{"locale_id": loc, "content": text, "active": active, "default": n == 0}
                         for n, (loc, text, active) in enumerate(variants)]}


ITEMS = parse_items([
    item("greeting", (1, "Hi", True), (2, "Hola", True), (16, "Bonjour", True), (8, "Hallo", True)),
    item("returns", (1, "Returns are free for 30 days.", True), (2, "Las devoluciones son gratis durante 30 días.", True),
         (16, "Les retours sont gratuits pendant 30 jours.", True)),  # no German variant
    item("exchange", (1, "We exchange sizes for free.", True), (2, "Cambiamos la talla gratis.", True),
         (8, "Umtausch der Größe ist kostenlos.", False)),  # German variant inactive
], LOCALES)


def test_a_placeholder_with_variants_in_several_locales_gives_one_text_per_locale():
    assert versions("{{dc.greeting}} {{ticket.requester.first_name}},", ITEMS) == {
        "de": "Hallo {{ticket.requester.first_name}},", "en-us": "Hi {{ticket.requester.first_name}},",
        "es": "Hola {{ticket.requester.first_name}},", "fr": "Bonjour {{ticket.requester.first_name}},"}


def test_only_locales_where_every_placeholder_has_a_variant_get_their_own_text():
    found = versions("{{dc.greeting}}! {{dc.returns}}", ITEMS)
    assert found == {"en-us": "Hi! Returns are free for 30 days.",
                     "es": "Hola! Las devoluciones son gratis durante 30 días.",
                     "fr": "Bonjour! Les retours sont gratuits pendant 30 jours."}  # German: no returns variant


def test_an_inactive_variant_is_ignored():
    assert sorted(versions("{{dc.greeting}} {{dc.exchange}}", ITEMS)) == ["en-us", "es"]
    assert ITEMS["exchange"].text("de") == "We exchange sizes for free."  # what Zendesk would show: the default


def test_the_defaults_are_filed_under_the_default_locale_when_it_has_no_complete_version():
    spanish_default = parse_items([item("note", (2, "Nota", True), (8, "Notiz", True), default_locale_id=2),
                                   item("only_fr", (16, "Seulement", True), default_locale_id=16)], LOCALES)
    # no locale has both; the all-defaults text goes under the first item's default locale
    assert versions("{{dc.note}} {{dc.only_fr}}", spanish_default) == {"es": "Nota Seulement"}


def test_unknown_placeholders_and_items_without_a_default_are_left_for_macro_text():
    no_default = parse_items([{"placeholder": "{{dc.orphan}}", "default_locale_id": 99,
                               "variants": [{"locale_id": 2, "content": "x", "active": True, "default": False}]}],
                             LOCALES)
    assert no_default == {}
    assert versions("Hello {{dc.missing}}", ITEMS) == {"": "Hello {{dc.missing}}"}


def macro(body: str, title: str = "Returns") -> dict:
    return {"id": 42, "title": title, "active": True, "restriction": None,
            "actions": [{"field": "comment_value_html", "value": body}]}


def test_a_macro_becomes_one_document_per_locale_sharing_its_source_id():
    docs = macro_documents(macro("<p>{{dc.greeting}} {{ticket.requester.first_name}},</p><p>{{dc.returns}}</p>"
                                 "<p>{{current_user.name}}</p>", title="{{dc.greeting}}: returns"), ITEMS)
    by_locale = {d.locale: d for d in docs}
    assert sorted(by_locale) == ["en-us", "es", "fr"]
    assert {d.source_id for d in docs} == {"macro:42"} and by_locale["es"].id == "macro:42@es"
    assert by_locale["es"].body == "Hola {{requester_name}},\n\nLas devoluciones son gratis durante 30 días."
    assert by_locale["fr"].title == "Macro: Bonjour: returns"
    assert counts(KbSnapshot(documents=docs))[2] == 1  # one macro, whatever its language versions


def test_without_dynamic_content_a_macro_indexes_as_before():
    plain = macro("Hi {{ticket.requester.first_name}}, {{dc.returns}} see you.")
    [doc] = macro_documents(plain)
    assert (doc.id, doc.locale, doc.body) == ("macro:42", "", "Hi {{requester_name}}, see you.")
    assert macro_documents(macro("{{dc.greeting}} {{ticket.requester.first_name}},")) == ()  # nothing of its own


@pytest.mark.parametrize(("locale", "expected"), [("es", "macro:42@es"), ("es-mx", "macro:42@es"),
                                                  ("fr", "macro:42@fr"), ("de", "macro:42@en-us")])
def test_the_index_answers_with_the_customers_language_version_else_the_default(locale, expected):
    docs = macro_documents(macro("{{dc.greeting}} {{ticket.requester.first_name}}, {{dc.returns}}"), ITEMS)
    index = HelpCenterIndex(KbSnapshot(documents=docs))
    assert index.search("returns free 30 days devoluciones retours", locale=locale)[0][0].id == expected
