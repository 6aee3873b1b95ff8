"""Values of machine-written fields, read from their key: JSON exports, query strings, `key=value` dumps and dotted
keys of crash reports (`"fechaNacimiento":"1979-…"`, `shipping_zip=60614`, `user.steuer_id: 831…`).

A key is split into words (camelCase, snake_case, dotted paths: `user.steuer_id` -> "steuer id") and judged with the
cue words of data/cues.toml that the prose rules use (dob, national_id, bank_account, bank_code, expiry, cvc,
licence, passport) plus the keys of a postcode (postcode_key): one vocabulary for both, five languages. The value
must have the shape of its kind (a date, a postcode, digits), so `"exp":"pro"` or `cp=madrid` hide nothing.

The header of a pasted table's column is read the same way (tables.py): "dob", "licence", "plz" headers hide the
cells below them when they have the shape. Only machine-written keys count: a quoted JSON key, `key=value`, or a key written as code (with `_`, `.` or a
camelCase hump) before a colon. A prose label ("ZIP: 6250-120", "DOB: …") is the prose rules' business: there a
postcode alone stays, as tests/unit/test_pii_patterns.py holds; in a record beside a name and an e-mail it is part
of the person's address.
"""
from __future__ import annotations

import functools
import re

from plugin.core.model import Span

from . import tables
from .cues import alternation
from .documents import DATE

_PAIR = re.compile(r"(?:^|(?<=[{,&?;\s\[(]))(?:\"([^\"\n]{1,40})\"[ \t]*:|([A-Za-zÀ-ÿ_][\w.\-]{0,39}(?:[ \t][a-zà-ÿ]{2,12})?)"
                   r"[ \t]*(=|:))[ \t]*(?:\"([^\"\n]{1,60})\"|'([^'\n]{1,60})'|([^\s\"',;&{}\]]+(?:[ \t][A-Z0-9]{3}(?=[\s;,&\]}]|$))?))")
_KINDS = (("dob", "DATE_OF_BIRTH"), ("dob_key", "DATE_OF_BIRTH"), ("postcode_key", "STREET_ADDRESS"), ("expiry", "CARD_SECURITY"),
          ("cvc", "CARD_SECURITY"), ("bank_code", "BANK_ACCOUNT"), ("bank_account", "BANK_ACCOUNT"),
          ("licence", "DRIVER_LICENSE"), ("passport", "PASSPORT"), ("national_id", "NATIONAL_ID"))
_SHAPES = {
    "DATE_OF_BIRTH": re.compile(rf"(?:{DATE})"),
    "STREET_ADDRESS": re.compile(r"(?=[A-Z0-9 -]*\d)[A-Z0-9]{2,5}(?:[ -][A-Z0-9]{2,4})?", re.I),
    "CARD_SECURITY": re.compile(r"\d{3,4}|\d{1,2}(?:[ ]?/[ ]?|%2F)(?:\d{4}|\d{2})", re.I),  # 04%2F29: form-encoded
    "BANK_ACCOUNT": re.compile(r"\d(?:[ -]?\d){3,25}"),
}
_ID_SHAPE = re.compile(r"(?=(?:[\W_]*\w){5})(?=[^\d]*\d)[A-Z0-9](?:[A-Z0-9]|[ .\-/](?=[A-Z0-9])){3,24}", re.I)


@functools.cache
def _key_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(rf"(?i)(?:[\w-]+ )*(?:{alternation(kind)})"), entity) for kind, entity in _KINDS)


def _key_words(key: str) -> list[str]:
    """`user.steuer_id` -> ["steuer id", "steuerid", "steuer-id"]; `fechaNacimiento` -> ["fecha nacimiento", …]."""
    last = key.strip().split(".")[-1]
    words = re.sub(r"(?<=[a-zà-ÿ])(?=[A-Z])", " ", last).replace("_", " ").replace("-", " ").lower().split()
    return [" ".join(words), "".join(words), "-".join(words)]


@functools.cache
def _birth_inside() -> re.Pattern[str]:
    # (round 38) a birth cue with a word after it: whose birth the field holds ("nascimento_fiador",
    # "fecha_nacimiento_contratante", "birthDateSpouse"); the value must still be a date
    return re.compile(rf"(?i)(?:[\w-]+ )*(?:{alternation('dob')}|{alternation('dob_key')})(?: [\w-]+){{1,2}}")


def _entity(key: str) -> str | None:
    forms = _key_words(key)
    found = next((entity for pattern, entity in _key_patterns() if any(pattern.fullmatch(f) for f in forms)), None)
    if found is None and _birth_inside().fullmatch(forms[0]):
        return "DATE_OF_BIRTH"
    return found


# (round 38) a birth date written with spaces or slashes year first ("12 février 1966", "1979/11/08") after its key
_KEYED_DATE = re.compile(rf"(?:{DATE}|(?:19|20)\d{{2}}/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))(?![\w/-])(?!\.\d)")


def _shaped(entity: str, value: str) -> str | None:
    """The value, or its first word, when it has the shape of its kind."""
    shape = _SHAPES.get(entity, _ID_SHAPE)
    if shape.fullmatch(value):
        return value
    head = value.split()[0] if value.split() else ""
    return head if shape.fullmatch(head) else None


# (round 12) An address column ("address", "ship_to", "adresse", "lieferadresse", "endereço"): the whole cell is the
# address, also when the export cut it mid-postcode ("…, Leeds LS1 4"), when it has a digit and a letter.
_ADDRESS_CELL = re.compile(r"(?=.*\d)(?=.*[^\W\d_]).{6,}")


@functools.cache
def _address_header() -> re.Pattern[str]:
    # (round 18) also a street's own column ("street", "Straße", "calle", "rue", "rua", "address line 1"), whose cell is
    # the street and house number
    return re.compile(rf"(?i)(?:[\w-]+ )*(?:{alternation('address')}|ship(?:ping)? to|deliver(?:y)? to|"
                      r"street(?: address)?|stra(?:ß|ss)e|calle|rue|rua|logradouro|address line ?1|line ?1)")


def _table_values(text: str) -> list[Span]:
    """Cells of a pasted table's column whose header is such a key ("dob", "licence", "plz"; tables.py)."""
    out = []
    for column in tables.columns(text):
        entity = _entity(column.header)
        if entity is None:
            if any(_address_header().fullmatch(form) for form in _key_words(column.header)):
                out += [Span("STREET_ADDRESS", start, end, 0.8) for start, end in column.cells
                        if _ADDRESS_CELL.fullmatch(text[start:end])]
            continue
        for start, end in column.cells:
            value = _shaped(entity, text[start:end].rstrip(" ."))
            if value:
                out.append(Span(entity, start, start + len(value), 0.8))
    return out


def find_keyed_values(text: str) -> list[Span]:
    out = _table_values(text)
    for m in _PAIR.finditer(text):
        key = m.group(1) or m.group(2)
        if m.group(3) == ":" and not re.search(r"[_.]|[a-z][A-Z]", key):
            continue  # "ZIP: …", "Date of birth: …": a prose label, read by the prose rules
        entity = _entity(key)
        if entity is None:
            continue
        group = next(g for g in (4, 5, 6) if m.group(g) is not None)
        value = _shaped(entity, m.group(group).rstrip(" ."))
        if entity == "DATE_OF_BIRTH" and group == 6:
            date = _KEYED_DATE.match(text, m.start(group))
            if date and len(date.group(0)) > len(value or ""):
                value = date.group(0)
        if value:
            out.append(Span(entity, m.start(group), m.start(group) + len(value), 0.85))
    return out
