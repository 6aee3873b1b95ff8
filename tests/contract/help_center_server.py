"""The local Zendesk server (zendesk_server.py) plus the Help Center API calls Candor makes.

Support API routes (here: List Macros and dynamic content's List Items, with cursor pagination, and List
Locales) are validated against the Support OpenAPI spec as before. Help Center routes are not in that spec: their query parameters and response bodies are validated
against help_center_schema.json, written from the documentation (source URLs inside). Violations land in
the same `.violations` list. Semantics, per the docs:
- incremental export: articles whose metadata changed at or after `start_time`, oldest change first, at most
  `export_page_size` (1,000) per page; `end_time` is the last article's change time and `next_page` repeats
  the endpoint with `start_time=end_time` while a page is full;
- translations: offset pagination (`page`, `per_page`), each translation with its own `draft` flag;
- dynamic content items (dynamic_content.json beside the sample help center, with a macro that uses them):
  cursor pagination when `page[size]`/`page[after]` are sent, else offset; variants name their locale by id,
  List Locales maps the ids to codes;
- `fail_next(...)` scripts 429 + Retry-After and other failures for these routes too.
"""
from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

import jsonschema
from zendesk_server import Failure, Recorded, ZendeskServer, _pop
from zendesk_state import NOT_FOUND, ZendeskState

SCHEMA = json.loads((Path(__file__).with_name("help_center_schema.json")).read_text(encoding="utf-8"))
ROUTES = [(template, re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[0-9]+)", template) + "(?:\\.json)?$"))
          for template in (key.split(" ", 1)[1] for key in SCHEMA["responses"])]
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "help_center" / "sample_help_center.json"
DYNAMIC_CONTENT = FIXTURE.with_name("dynamic_content.json")


def _iso(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class HelpCenterState(ZendeskState):
    def __init__(self, me: dict, base_url: str = "") -> None:
        super().__init__(me, base_url)
        self.articles: dict[int, dict] = {}  # id -> {"meta": {...}, "translations": {locale: {...}}, "changed": epoch}
        self.macros: list[dict] = []
        self.locales: list[dict] = []
        self.dynamic_content: list[dict] = []
        self.export_page_size = 1000
        self.changed_at = 1_760_000_000

    def operation(self, operation_id: str):
        own = {"ListMacros": self.list_macros, "ListDynamicContents": self.list_dynamic_content,
               "ListLocales": self.list_locales}
        return own.get(operation_id) or super().operation(operation_id)

    # -- data ----------------------------------------------------------------------------------------
    def put_article(self, article_id: int, translations: dict[str, dict], *, user_segment_id=None,
                    source_locale: str = "en-us") -> None:
        """Create or change an article: its change time moves forward (what the export keys on)."""
        self.changed_at += 60
        self.articles[article_id] = {"segment": user_segment_id, "source_locale": source_locale,
                                     "translations": translations, "changed": self.changed_at}

    def delete_article(self, article_id: int) -> None:
        self.articles.pop(article_id, None)

    def load_fixture(self, fixture: dict) -> None:
        for raw in fixture["articles"]:
            translations = {loc: {**tr, "draft": raw["draft"] or tr.get("draft", False)}
                            for loc, tr in raw["translations"].items()}
            self.put_article(raw["id"], translations, user_segment_id=raw["user_segment_id"])
        self.macros = [dict(m) for m in fixture["macros"]]

    def load_dynamic_content(self, fixture: dict) -> None:
        """The account's locales and dynamic content items, and the macros written with them."""
        self.locales = [dict(loc) for loc in fixture["locales"]]
        self.dynamic_content = [dict(item) for item in fixture["items"]]
        self.macros += [dict(m) for m in fixture["macros"]]

    def _article(self, article_id: int) -> dict:
        data = self.articles[article_id]
        source = data["translations"].get(data["source_locale"]) or next(iter(data["translations"].values()))
        return {"id": article_id, "url": f"{self.base_url}/api/v2/help_center/articles/{article_id}.json",
                "html_url": f"https://acme.zendesk.com/hc/{data['source_locale']}/articles/{article_id}",
                "author_id": 900, "comments_disabled": False, "draft": bool(source.get("draft")), "promoted": False,
                "position": 0, "vote_sum": 0, "vote_count": 0, "section_id": 360000100,
                "created_at": "2024-01-01T00:00:00Z", "updated_at": _iso(data["changed"]),
                "edited_at": _iso(data["changed"]), "title": source["title"], "body": source["body"],
                "locale": data["source_locale"], "source_locale": data["source_locale"], "outdated": False,
                "outdated_locales": [], "permission_group_id": 1, "user_segment_id": data["segment"],
                "label_names": [], "content_tag_ids": []}

    def _translation(self, article_id: int, locale: str, tr: dict) -> dict:
        changed = self.articles[article_id]["changed"]
        return {"id": article_id * 100 + len(locale), "url": f"{self.base_url}/api/v2/help_center/articles/"
                f"{article_id}/translations/{locale}.json",
                "html_url": f"https://acme.zendesk.com/hc/{locale}/articles/{article_id}", "source_id": article_id,
                "source_type": "Article", "locale": locale, "title": tr["title"], "body": tr["body"],
                "draft": bool(tr.get("draft")), "hidden": False, "outdated": False,
                "created_at": "2024-01-01T00:00:00Z", "updated_at": _iso(changed), "updated_by_id": 900,
                "created_by_id": 900}

    # -- Help Center routes --------------------------------------------------------------------------
    def incremental_articles(self, params: dict, query: dict) -> tuple[int, dict]:
        start = int(query.get("start_time", "0"))
        changed = sorted((a["changed"], i) for i, a in self.articles.items() if a["changed"] >= start)
        page = changed[:self.export_page_size]
        end_time = page[-1][0] if page else start
        full = len(page) == self.export_page_size
        next_page = f"{self.base_url}/api/v2/help_center/incremental/articles.json?start_time={end_time}" if full else None
        return 200, {"articles": [self._article(i) for _, i in page], "next_page": next_page, "end_time": end_time,
                     "count": len(page)}

    def show_article(self, params: dict, query: dict) -> tuple[int, dict]:
        article_id = int(params["article_id"])
        return (200, {"article": self._article(article_id)}) if article_id in self.articles else NOT_FOUND

    def list_translations(self, params: dict, query: dict) -> tuple[int, dict]:
        article_id = int(params["article_id"])
        if article_id not in self.articles:
            return NOT_FOUND
        items = [self._translation(article_id, loc, tr) for loc, tr in self.articles[article_id]["translations"].items()]
        page, per_page = int(query.get("page", "1")), int(query.get("per_page", "30"))
        chunk = items[(page - 1) * per_page: page * per_page]
        more = page * per_page < len(items)
        base = f"{self.base_url}/api/v2/help_center/articles/{article_id}/translations.json?per_page={per_page}"
        return 200, {"translations": chunk, "next_page": f"{base}&page={page + 1}" if more else None,
                     "previous_page": f"{base}&page={page - 1}" if page > 1 else None, "count": len(items),
                     "page": page, "per_page": per_page, "page_count": max(1, -(-len(items) // per_page))}

    # -- Support API: List Macros (cursor pagination) -------------------------------------------------
    def list_macros(self, params: dict, query: dict, body: object) -> tuple[int, dict]:
        items = self.macros
        if query.get("active") == "true":
            items = [m for m in items if m.get("active")]
        if query.get("access") == "shared":
            items = [m for m in items if m.get("restriction") is None]
        shaped = [{"url": f"{self.base_url}/api/v2/macros/{m['id']}.json", "position": 0, "default": False,
                   "created_at": "2024-01-01T00:00:00Z", "updated_at": "2024-01-02T00:00:00Z", **m} for m in items]
        return self._page(shaped, query, "macros", "/api/v2/macros")

    # -- Support API: dynamic content (List Items) and List Locales -----------------------------------
    def list_dynamic_content(self, params: dict, query: dict, body: object) -> tuple[int, dict]:
        stamp = {"created_at": "2024-01-01T00:00:00Z", "updated_at": "2024-01-02T00:00:00Z"}
        shaped = [{**item, **stamp, "url": f"{self.base_url}/api/v2/dynamic_content/items/{item['id']}.json",
                   "outdated": False, "variants": [
                       {**v, **stamp, "outdated": False, "url": f"{self.base_url}/api/v2/dynamic_content/items/"
                        f"{item['id']}/variants/{v['id']}.json"} for v in item["variants"]]}
                  for item in self.dynamic_content]
        return self._page(shaped, query, "items", "/api/v2/dynamic_content/items")

    def list_locales(self, params: dict, query: dict, body: object) -> tuple[int, dict]:
        return 200, {"locales": [{**loc, "url": f"{self.base_url}/api/v2/locales/{loc['locale']}.json",
                                  "created_at": "2009-07-20T22:55:29Z", "updated_at": "2024-01-01T00:00:00Z"}
                                 for loc in self.locales]}


_HANDLERS = {"GET /api/v2/help_center/incremental/articles": "incremental_articles",
             "GET /api/v2/help_center/articles/{article_id}": "show_article",
             "GET /api/v2/help_center/articles/{article_id}/translations": "list_translations"}


class HelpCenterServer(ZendeskServer):
    def __init__(self, **options) -> None:
        super().__init__(**options)
        self.state = HelpCenterState(self.state.me)

    def handle(self, method: str, raw_path: str, headers: dict, raw: bytes):
        url = urlsplit(raw_path)
        path = unquote(url.path)
        if not path.startswith("/api/v2/help_center/"):
            return super().handle(method, raw_path, headers, raw)
        query = parse_qsl(url.query, keep_blank_values=True)
        with self._lock:
            key, params = next(((f"{method} {t}", m.groupdict()) for t, r in ROUTES if (m := r.match(path))
                                and method == "GET"), (None, {}))
            template = key.split(" ", 1)[1] if key else None
            kept = {k: v for k, v in headers.items() if k.lower() != "authorization"}
            self.requests.append(Recorded(method, path, template, query, None, kept))
            auth = next((v for k, v in headers.items() if k.lower() == "authorization"), None)
            if auth not in self._accepted:
                return 401, {}, json.dumps({"error": "Couldn't authenticate you"}).encode(), Failure()
            if key is None:
                return 404, {}, json.dumps({"error": "InvalidEndpoint"}).encode(), Failure()
            problems = self._query_problems(key, query)
            if problems:
                self.violations.extend(problems)
                return 400, {}, json.dumps({"error": "InvalidParameter", "description": "; ".join(problems)}).encode(), \
                    Failure()
            failure = next(iter(_pop(self._failures, (method, template), 1)), Failure())
            if failure.status is not None:
                answer = failure.body if failure.body is not None else {"error": "APIRateLimitExceeded"}
                return failure.status, failure.headers, json.dumps(answer).encode(), failure
            status, answer = getattr(self.state, _HANDLERS[key])(params, dict(query))
            if status == 200:
                self.violations.extend(f"{key}: {e.message}" for e in
                                       jsonschema.Draft7Validator({**SCHEMA["responses"][key],
                                                                   "definitions": SCHEMA["definitions"]})
                                       .iter_errors(answer))
            return status, failure.headers, json.dumps(answer).encode(), failure

    @staticmethod
    def _query_problems(key: str, query: list[tuple[str, str]]) -> list[str]:
        allowed = SCHEMA["query"][key]
        problems = [f"{key}: unknown query parameter '{k}'" for k, _ in query if k not in allowed]
        problems += [f"{key}: '{k}' malformed" for k, v in query if k in allowed and not re.fullmatch(allowed[k], v)]
        names = [k for k, _ in query]
        return problems + [f"{key}: '{k}' given twice" for k in set(names) if names.count(k) > 1]


def seeded_help_center(validator, fixture: dict | None = None, **options) -> HelpCenterServer:
    """The sample help center, its macros and (unless another fixture is given) the dynamic content macro."""
    server = HelpCenterServer(validator=validator, **options).start()
    server.state.base_url = server.base_url
    server.state.load_fixture(fixture or json.loads(FIXTURE.read_text(encoding="utf-8")))
    if fixture is None:
        server.state.load_dynamic_content(json.loads(DYNAMIC_CONTENT.read_text(encoding="utf-8")))
    return server
