"""The Zendesk Support OpenAPI spec as a validator of requests and responses (for the contract server).

Spec: `tests/fixtures/zendesk/spec/support-api.openapi.yaml`, Zendesk's published Support API spec cut down to
the operations Candor calls (source, licence and how to refresh it: README.md there). `$ref`s are inlined and OpenAPI 3.0 keywords mapped onto JSON Schema
draft 4, then checked with `jsonschema`.

Request bodies are checked STRICTLY: unknown and read-only properties are errors, because Zendesk
silently ignores them (e.g. `additional_tags` on a single-ticket update) — the bug we want to catch.
Responses are checked leniently: any property may be null, extra properties are allowed.

Where the spec is wrong, we follow the reference docs instead (each patch names the defect):
  1. UpdateTicket `custom_fields` items reuse the ticket-FIELD definition (requires key/type/title);
     the API takes `{id, value}`.
  2. TicketObject `custom_fields[].value` is typed string; the API returns null, booleans, numbers, lists.
  3. CreateGroup declares no request body; the docs take `{"group": {"name": ...}}`.
  4. Cursor pagination parameters (`page[size]`, `page[after]`, `page[before]`, `sort`) are described in
     prose only (https://developer.zendesk.com/api-reference/introduction/pagination/).
  5. Path parameters that do not occur in the path (ListGroups declares `user_id`) are ignored.
  6. The Webhooks API is not in the Support spec (Zendesk publishes no OpenAPI file for it): its paths come
     from the unofficial `webhooks.openapi.yaml` beside the Support spec, merged in.
  7. `oauth_token_id` is typed integer, but the spec's own ShowToken text uses `/api/v2/oauth/tokens/current`
     (the token of the request), which is how Candor revokes its token on uninstall.
"""
from __future__ import annotations

import copy
import functools
import re
from pathlib import Path

import jsonschema
import yaml

REPO = Path(__file__).resolve().parents[2]
JSON = "application/json"
_OPERATIONS = ("get", "put", "post", "patch", "delete")
_CURSOR_PARAMS = {
    "page[size]": {"type": "integer", "minimum": 1, "maximum": 100},
    "page[after]": {"type": "string", "minLength": 1},
    "page[before]": {"type": "string", "minLength": 1},
}
_PROSE_PARAMS = {  # patch 4
    "ListTicketComments": {**_CURSOR_PARAMS, "sort": {"enum": ["created_at", "-created_at"]}},
    "ListGroups": dict(_CURSOR_PARAMS),
    "ListTriggers": dict(_CURSOR_PARAMS),
    "ListTicketFields": dict(_CURSOR_PARAMS),
    "ListMacros": dict(_CURSOR_PARAMS),  # "Cursor pagination (recommended)" in the operation's description
    "ListDynamicContents": dict(_CURSOR_PARAMS),  # the same words in List Items (dynamic content)
}
_ERROR_BODY = {"type": "object", "required": ["error"], "properties": {"error": {"type": ["string", "object"]}}}


SPEC_DIR = REPO / "tests" / "fixtures" / "zendesk" / "spec"


def spec_path() -> Path:
    return SPEC_DIR / "support-api.openapi.yaml"


def _read(path: Path) -> dict:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)


@functools.lru_cache(maxsize=1)
def load_spec() -> dict:
    spec = _patched(_read(spec_path()))
    webhooks = load_webhooks_spec()  # patch 6
    spec["paths"].update(webhooks["paths"])
    spec["components"]["schemas"].update(webhooks["components"]["schemas"])
    return spec


@functools.lru_cache(maxsize=1)
def load_webhooks_spec() -> dict:
    """The unofficial Webhooks API spec (Zendesk publishes none), its paths made absolute like the Support
    spec's (its server URL ends in `/api/v2`)."""
    spec = _read(SPEC_DIR / "webhooks.openapi.yaml")
    spec["paths"] = {f"/api/v2{template}": item for template, item in spec["paths"].items()}
    return spec


def _patched(spec: dict) -> dict:
    spec = copy.deepcopy(spec)
    schemas = spec["components"]["schemas"]
    schemas["TicketUpdateInput"]["properties"]["custom_fields"]["items"] = {  # patch 1
        "type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}, "value": {}}}
    schemas["TicketObject"]["properties"]["custom_fields"]["items"]["properties"]["value"] = {}  # patch 2
    spec["paths"]["/api/v2/groups"]["post"].setdefault("requestBody", {"required": True, "content": {JSON: {  # 3
        "schema": {"type": "object", "required": ["group"],
                   "properties": {"group": {"$ref": "#/components/schemas/GroupObject"}}}}}})
    spec["components"]["parameters"]["OAuthTokenId"]["schema"] = {  # patch 7
        "type": "string", "pattern": "^([0-9]+|current)$"}
    return spec


class SpecValidator:
    def __init__(self, spec: dict | None = None) -> None:
        self.spec = spec or load_spec()
        routes = []
        for template, item in self.spec["paths"].items():
            regex = re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$")
            routes.append((template.count("{"), template, regex, item))
        self._routes = sorted(routes, key=lambda r: (r[0], r[1]))  # literal segments win over {params}
        self._schemas: dict = {}

    def match(self, method: str, path: str) -> tuple[str, dict, dict] | None:
        """(template, operation, path params) for a concrete path; `.json` suffixes are optional."""
        path = path[:-5] if path.endswith(".json") else path
        for _, template, regex, item in self._routes:
            found = regex.match(path)
            if found and method.lower() in item:
                return template, item[method.lower()], found.groupdict()
        return None

    def request_errors(self, method: str, path: str, params: list[tuple[str, str]], body: object) -> list[str]:
        matched = self.match(method, path)
        if matched is None:
            return [f"{method} {path}: no such operation in the spec"]
        template, operation, path_params = matched
        errors = self._param_errors(template, operation, path_params, params)
        return errors + self._body_errors(method, template, operation, body)

    def response_errors(self, method: str, template: str, status: int, body: object) -> list[str]:
        operation = self.spec["paths"][template][method.lower()]
        declared = operation.get("responses", {}).get(str(status))
        if declared is None:
            if status < 400:
                return [f"{method} {template}: status {status} is not declared"]
            return self._errors(_ERROR_BODY, body, f"{status} error body")
        schema = declared.get("content", {}).get(JSON, {}).get("schema")
        if schema is None:
            return [] if body in (None, b"", {}) else [f"{method} {template} {status}: declares no body"]
        return self._errors(self.prepared(schema, "response"), body, f"{method} {template} {status}")

    def request_schema(self, method: str, template: str) -> dict:
        body = self.spec["paths"][template][method.lower()].get("requestBody") or {}
        return self.prepared(body["content"][JSON]["schema"], "request")

    # -- parameters ----------------------------------------------------------------------------------
    def _declared(self, template: str, operation: dict) -> list[dict]:
        item = self.spec["paths"][template]
        return [self._resolve(p) for p in item.get("parameters", []) + operation.get("parameters", [])]

    def _param_errors(self, template: str, operation: dict, path_params: dict, query: list) -> list[str]:
        declared = self._declared(template, operation)
        where = f"{operation.get('operationId')}"
        errors = []
        for param in (p for p in declared if p["in"] == "path" and p["name"] in path_params):  # patch 5
            errors += self._scalar_errors(param.get("schema", {}), path_params[param["name"]], where, param["name"])
        allowed = {p["name"]: p.get("schema", {}) for p in declared if p["in"] == "query"}
        allowed.update(_PROSE_PARAMS.get(operation.get("operationId"), {}))
        names = [k for k, _ in query]
        errors += [f"{where}: query parameter '{k}' given twice" for k in set(names) if names.count(k) > 1]
        for key, value in query:
            if key not in allowed:
                errors.append(f"{where}: unknown query parameter '{key}'")
            else:
                errors += self._scalar_errors(allowed[key], value, where, key)
        missing = [p["name"] for p in declared if p["in"] == "query" and p.get("required") and p["name"] not in names]
        return errors + [f"{where}: required query parameter '{m}' missing" for m in missing]

    def _scalar_errors(self, schema: dict, raw: str, where: str, name: str) -> list[str]:
        kind, value = schema.get("type"), raw
        if kind == "integer":
            value = int(raw) if re.fullmatch(r"-?\d+", raw) else raw
        elif kind == "boolean":
            value = {"true": True, "false": False}.get(raw, raw)
        return self._errors(self.prepared(schema, "request"), value, f"{where} parameter '{name}'")

    # -- bodies --------------------------------------------------------------------------------------
    def _body_errors(self, method: str, template: str, operation: dict, body: object) -> list[str]:
        request_body = operation.get("requestBody")
        where = f"{method} {template} body"
        if request_body is None:
            return [] if body is None else [f"{where}: the operation takes no body"]
        if body is None:
            return [f"{where}: required"] if request_body.get("required") else []
        return self._errors(self.request_schema(method, template), body, where)

    @staticmethod
    def _errors(schema: dict, instance: object, where: str) -> list[str]:
        validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
        return [f"{where}: {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
                for e in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.path)))]

    # -- OpenAPI 3.0 schema -> JSON Schema -----------------------------------------------------------
    def _resolve(self, node: dict) -> dict:
        while isinstance(node, dict) and "$ref" in node:
            target = self.spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node

    def prepared(self, schema: dict, mode: str) -> dict:
        key = (id(schema), mode)
        if key not in self._schemas:
            self._schemas[key] = self._convert(schema, mode, strict=mode == "request", stack=())
        return self._schemas[key]

    def _convert(self, node: object, mode: str, strict: bool, stack: tuple) -> object:
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            if node["$ref"] in stack:
                return {}  # recursive schema: accept (none of the operations we use recurse)
            return self._convert(self._resolve(node), mode, strict, stack + (node["$ref"],))
        out = {k: v for k, v in node.items() if k not in ("properties", "items", "allOf", "anyOf", "oneOf",
                                                          "additionalProperties", "example", "nullable")}
        props = {k: v for k, v in (node.get("properties") or {}).items()
                 if not (mode == "request" and self._resolve(v).get("readOnly"))}
        if "properties" in node:
            out["properties"] = {k: self._convert(v, mode, strict, stack) for k, v in props.items()}
            if "required" in out:
                out["required"] = [r for r in out["required"] if r in props or mode != "request"] or None
                if out["required"] is None:
                    del out["required"]
        if isinstance(node.get("items"), dict):
            out["items"] = self._convert(node["items"], mode, strict, stack)
        for word in ("allOf", "anyOf", "oneOf"):  # strictness cannot be combined across branches
            if word in node:
                out[word] = [self._convert(b, mode, False, stack) for b in node[word]]
        if isinstance(node.get("additionalProperties"), dict):
            out["additionalProperties"] = self._convert(node["additionalProperties"], mode, False, stack)
        elif "additionalProperties" in node:
            out["additionalProperties"] = node["additionalProperties"]
        elif strict and "properties" in node and not any(w in node for w in ("allOf", "anyOf", "oneOf")):
            out["additionalProperties"] = False
        if (node.get("nullable") or mode == "response") and "type" in out:
            out["type"] = [out["type"], "null"] if isinstance(out["type"], str) else out["type"] + ["null"]
            if "enum" in out:
                out["enum"] = list(out["enum"]) + [None]
        return out
