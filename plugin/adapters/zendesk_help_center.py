"""ZendeskHelpCenter: the HelpCenterSource port over the Zendesk Help Center API and the macros API.

- Incremental article export, `GET /api/v2/help_center/incremental/articles?start_time=<epoch>`: up to 1,000
  articles per page; `next_page` carries a new start_time (the last change on the page) and `end_time` says
  the same; the next sync starts at the last page's end_time
  (https://developer.zendesk.com/documentation/help_center/help-center-api/understanding-incremental-article-exports/).
  Agent or admin credentials are required. We never request a URL taken from a response: the next
  start_time is read from `next_page` and sent to the configured host.
- Every changed article's translations, `GET /api/v2/help_center/articles/{id}/translations`
  (https://developer.zendesk.com/api-reference/help_center/help-center-api/translations/): one document
  per locale that is not a draft.
- Visibility (https://developer.zendesk.com/api-reference/help_center/help-center-api/articles/):
  `user_segment_id` null means everyone may see the article ("public"); any segment makes it "internal",
  never used for customer-facing drafts. Drafts are dropped.
- Active shared macros, `GET /api/v2/macros?active=true&access=shared` with cursor pagination
  (https://developer.zendesk.com/api-reference/ticketing/business-rules/macros/#list-macros). A macro's
  reply text is its `comment_value` / `comment_value_html` action; macros without one are skipped.
- Dynamic content, only when a macro uses a `{{dc.*}}` placeholder: `GET /api/v2/locales` (locale ids to
  codes) and `GET /api/v2/dynamic_content/items` with cursor pagination
  (https://developer.zendesk.com/api-reference/ticketing/ticket-management/dynamic_content/#list-items).
  Such a macro becomes one document per locale (`zendesk_dynamic_content`).

Transport, retries and `Retry-After` are `zendesk_http`'s.
"""
from __future__ import annotations

import html
import logging
import re
import time
from collections.abc import Callable, Mapping
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

from plugin.core.errors import PermanentError
from plugin.core.knowledge import ARTICLE, MACRO, ArticleChanges, KbDocument
from plugin.core.logs import log_event

from .zendesk_dynamic_content import DcItem, locale_codes, parse_items, uses_dynamic_content, versions
from .zendesk_http import ZendeskHttp, ZendeskHttpError, auth_header
from .zendesk_requests import ApiRequest

log = logging.getLogger("candor.knowledge")
MAX_EXPORT_PAGES = 100  # 100,000 article changes in one sync; the rest comes next time from the cursor
EXPORT_PAGE_SIZE = 1000  # "The endpoint returns up to 1,000 articles per page": fewer means the last page
TRANSLATIONS_PER_PAGE = 100
_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "pre"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_to_text(body: str | None) -> str:
    """Article HTML as plain text: tags dropped, paragraphs kept as blank-line separated blocks."""
    parser = _Text()
    parser.feed(body or "")
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _start_time(next_page: object) -> int | None:
    if not isinstance(next_page, str):
        return None
    values = parse_qs(urlsplit(next_page).query).get("start_time")
    return int(values[0]) if values and values[0].isdigit() else None


def _page_number(next_page: object) -> int | None:
    if not isinstance(next_page, str):
        return None
    values = parse_qs(urlsplit(next_page).query).get("page")
    return int(values[0]) if values and values[0].isdigit() else None


def document(article: dict, translation: dict) -> KbDocument | None:
    """One published translation as a document; None for a draft or an empty one."""
    if translation.get("draft"):
        return None
    body = html_to_text(translation.get("body"))
    title = (translation.get("title") or "").strip()
    if not body or not title:
        return None
    locale = str(translation.get("locale") or article.get("locale") or "").lower()
    audience = "public" if article.get("user_segment_id") is None else "internal"
    return KbDocument(id=f"{article['id']}@{locale}", kind=ARTICLE, source_id=str(article["id"]), locale=locale,
                      title=title, body=body, url=translation.get("html_url") or article.get("html_url"),
                      audience=audience, updated_at=str(translation.get("updated_at") or article.get("updated_at") or ""))


# the admin page's line when dynamic content cannot be read (a fixed text: the status code only, never content)
DYNAMIC_CONTENT_UNREADABLE = ("dynamic content not readable ({status}): macros that use {{{{dc.*}}}} placeholders are "
                              "indexed without them, in one language; give the app's user the permission to manage "
                              "dynamic content")
_SEPARATOR = "\x1e"  # joins a macro's title and reply so that both are expanded to the same locales
_REQUESTER = re.compile(r"\{\{\s*ticket\.requester\.(?:first_name|name)\s*\}\}")
_LIQUID = re.compile(r"\{\{[^{}]*\}\}|\{%[^{}]*%\}")


def macro_text(text: str) -> str:
    """A macro's comment with Zendesk placeholders made safe for drafting: the requester's name becomes our
    `{{requester_name}}` slot (filled with the redaction placeholder, restored locally); every other
    placeholder (https://support.zendesk.com/hc/en-us/articles/4408886858138) is dropped rather than sent
    as if it were text."""
    kept = _REQUESTER.sub("\x00", text)
    return _LIQUID.sub("", kept).replace("\x00", "{{requester_name}}").replace("  ", " ")


def _reply(macro: dict) -> str:
    """The comment an active shared macro writes ("" for none, a personal or an inactive macro)."""
    if not macro.get("active", True) or macro.get("restriction") not in (None, {}):
        return ""
    actions = {a.get("field"): a.get("value") for a in macro.get("actions") or [] if isinstance(a, dict)}
    raw = actions.get("comment_value_html") or actions.get("comment_value")
    if isinstance(raw, list):  # ["channel:all", "text"] in older macros
        raw = raw[-1] if raw else ""
    return raw if isinstance(raw, str) else ""


def macro_documents(macro: dict, dynamic: Mapping[str, DcItem] | None = None) -> tuple[KbDocument, ...]:
    """An active shared macro's reply text as documents; () when it writes no comment. Its title says it is
    a macro, so agents and the drafter's prompt see which sources are canned replies.

    Without dynamic content: one document, locale "". A macro whose `{{dc.*}}` placeholders (title or
    reply) name items in `dynamic`: one document per locale (`zendesk_dynamic_content.versions`), all with
    the macro's source id, so the index returns the customer's locale version."""
    raw = _reply(macro)
    if not raw:
        return ()
    name = str(macro.get("title") or "").strip() or str(macro["id"])
    found = []
    for locale, text in versions(f"{name}{_SEPARATOR}{raw}", dynamic or {}).items():
        title, reply = text.split(_SEPARATOR, 1)
        body = macro_text(html_to_text(reply)).strip()
        if re.search(r"\w", body.replace("{{requester_name}}", "")):  # text of its own, not only a greeting slot
            found.append(KbDocument(id=f"macro:{macro['id']}" + (f"@{locale}" if locale else ""), kind=MACRO,
                                    source_id=f"macro:{macro['id']}", locale=locale,
                                    title=f"Macro: {macro_text(title).strip() or macro['id']}", body=body,
                                    updated_at=str(macro.get("updated_at") or "")))
    return tuple(found)


def macro_document(macro: dict) -> KbDocument | None:
    """The one document of a macro without dynamic content (tests, fixtures); None when it writes no comment."""
    return next(iter(macro_documents(macro)), None)


class ZendeskHelpCenter:
    def __init__(self, subdomain: str, *, email: str | None = None, api_token: str | None = None,
                 oauth_token: str | None = None, base_url: str | None = None, timeout: float = 20.0,
                 max_attempts: int = 5, sleep: Callable[[float], None] = time.sleep, max_retry_after: float = 60.0,
                 extra_headers: dict[str, str] | None = None, export_page_size: int = EXPORT_PAGE_SIZE) -> None:
        self.export_page_size = export_page_size
        self._notes: list[str] = []
        self._http = ZendeskHttp(
            base_url or f"https://{subdomain}.zendesk.com", auth_header(email, api_token, oauth_token),
            tenant=subdomain, timeout=timeout, max_attempts=max_attempts, sleep=sleep,
            max_retry_after=max_retry_after, extra_headers=extra_headers)

    def close(self) -> None:
        self._http.close()

    def notes(self) -> tuple[str, ...]:
        return tuple(self._notes)

    def changed_articles(self, start_time: int) -> ArticleChanges:
        documents: list[KbDocument] = []
        removed: set[str] = set()
        cursor = int(start_time)
        for _ in range(MAX_EXPORT_PAGES):
            requested = cursor
            body = self._http.call(ApiRequest("GET", "/api/v2/help_center/incremental/articles",
                                              "/api/v2/help_center/incremental/articles",
                                              (("start_time", str(requested)),)))
            articles = body.get("articles")
            if not isinstance(articles, list):
                raise PermanentError("zendesk response has no 'articles' list")
            for article in articles:
                found = self._translations(article)
                documents.extend(found)
                if not found:
                    removed.add(str(article["id"]))
            end_time = body.get("end_time")
            following = _start_time(body.get("next_page"))
            if isinstance(end_time, int) and end_time > cursor:
                cursor = end_time
            if following is None or following <= requested or len(articles) < self.export_page_size:
                break
            cursor = max(cursor, following)
        return ArticleChanges(tuple(documents), frozenset(removed - {d.source_id for d in documents}), cursor)

    def article(self, article_id: str) -> tuple[KbDocument, ...]:
        try:
            body = self._http.call(ApiRequest("GET", "/api/v2/help_center/articles/{article_id}",
                                              f"/api/v2/help_center/articles/{int(article_id)}"))
        except ZendeskHttpError as exc:
            if exc.status == 404:
                return ()
            raise
        article = body.get("article")
        return self._translations(article) if isinstance(article, dict) else ()

    def _translations(self, article: dict) -> tuple[KbDocument, ...]:
        if article.get("id") is None:
            raise PermanentError("zendesk article without an id")
        translations: list[dict] = []
        page: int | None = 1
        template = "/api/v2/help_center/articles/{article_id}/translations"
        while page is not None and page <= 50:
            body = self._http.call(ApiRequest("GET", template,
                                              f"/api/v2/help_center/articles/{int(article['id'])}/translations",
                                              (("per_page", str(TRANSLATIONS_PER_PAGE)), ("page", str(page)))))
            found = body.get("translations")
            if not isinstance(found, list):
                raise PermanentError("zendesk response has no 'translations' list")
            translations.extend(found)
            following = _page_number(body.get("next_page"))
            page = following if following and following > page else None
        docs = (document(article, t) for t in translations)
        return tuple(d for d in docs if d is not None)

    def macros(self) -> tuple[KbDocument, ...]:
        def request(after: str | None) -> ApiRequest:
            params = [("active", "true"), ("access", "shared"), ("page[size]", "100")]
            if after:
                params.append(("page[after]", after))
            return ApiRequest("GET", "/api/v2/macros", "/api/v2/macros", tuple(params))
        self._notes.clear()  # the source is kept between syncs: its notes are about this sync's macros
        macros = self._http.pages(request, "macros")
        dynamic = self.dynamic_content() if any(uses_dynamic_content(_reply(m) + str(m.get("title")))
                                                for m in macros) else {}
        return tuple(d for m in macros for d in macro_documents(m, dynamic))

    def dynamic_content(self) -> dict[str, DcItem]:
        """The account's dynamic content items by placeholder key; {} when it may not read them.

        A 4xx (an agent without the "manage dynamic content" permission, a plan without dynamic content) is
        permanent: macros are then indexed as before, their placeholders dropped, and the sync goes on. A
        transient failure (429 beyond the wait a sync allows, 5xx) fails the sync like any other call, so
        the last good index, with its expanded macros, stays in place."""
        def request(after: str | None) -> ApiRequest:
            params = [("page[size]", "100")] + ([("page[after]", after)] if after else [])
            return ApiRequest("GET", "/api/v2/dynamic_content/items", "/api/v2/dynamic_content/items", tuple(params))
        try:
            locales = self._http.call(ApiRequest("GET", "/api/v2/locales", "/api/v2/locales")).get("locales")
            if not isinstance(locales, list):
                raise PermanentError("zendesk response has no 'locales' list")
            return parse_items(self._http.pages(request, "items"), locale_codes(locales))
        except PermanentError as exc:
            status = getattr(exc, "status", None)
            log_event(log, "kb_dynamic_content_unavailable", logging.WARNING, tenant=self._http.tenant,
                      status=status, error=type(exc).__name__)
            self._notes.append(DYNAMIC_CONTENT_UNREADABLE.format(status=status or type(exc).__name__))
            return {}
