"""Identifiers that must survive redaction: order, ticket, invoice and tracking numbers, SKUs, prices, dates.

Two mechanisms, both needed:
- `is_identifier(value)`: ANCHORED formats checked against a detected span's whole text. Anchoring matters:
  an unanchored `\\d{4}-\\d{4}` would also free the card 4111-1111-1111-1111 (see research/presidio-zappa.md).
- `protected_ranges(text)`: values right after a cue word ("order 998877", "tracking number is 1Z...").
  A detected span lying entirely inside such a range is dropped.
"""
from __future__ import annotations

import re

_DATE = (r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}/\d{1,2}/\d{1,2}")
_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_PRICE = r"[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£¥]|usd|eur|gbp|chf|dollars?|euros?)"
_IDENTIFIER_FORMS = [
    r"#\s?\d[\w-]*",                                     # #12345, #A-4471932
    r"#?[A-Z]{1,2}-\d{5,}",                              # A-4471932
    r"(?:ord|order|inv|invoice|inc|tkt|tck|ticket|case|ref|rma|po|so|req|sr|cs|bkg|res|conf|cust|acct|"
    r"ret|rtn|ship|shp|pkg|trk|sku|item|prd|art|sn|s/n)[-_#: ]?[A-Z0-9]*\d[A-Z0-9-]*",
    r"[A-Z]{2,5}-[A-Z0-9]{1,6}-[A-Z0-9-]*\d[A-Z0-9-]*",   # SKU-AB-1234, PRJ-X-12
    r"1Z[0-9A-Z]{16}",                                   # UPS
    r"(?:JJD|JD|GM|LX|RR|RX|EA|CP|LZ|UA|RB|CH)\d{9,18}(?:[A-Z]{2})?",  # DHL / postal (UPU S10)
    r"T\d{10}",                                          # UPS freight
    _DATE, _PRICE,
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?",     # times
]
IDENTIFIER = re.compile("^(?:" + "|".join(_IDENTIFIER_FORMS) + ")$", re.I)
DATE = re.compile(rf"^(?:{_DATE})$")

_CUES = (r"order|purchase|invoice|ticket|case|incident|request|reference|ref|tracking|shipment|parcel|"
         r"package|consignment|waybill|awb|sku|item|product|model|serial|confirmation|booking|"
         r"reservation|rma|return|receipt|transaction|subscription|contract|policy|claim|voucher|coupon|"
         r"promo|gift ?card|refund|po|ups|fedex|dhl|usps|royal mail|tnt|gls|dpd|hermes")
_CUE_VALUE = re.compile(
    rf"(?i)\b(?:{_CUES})s?(?:\s+(?:number|no\.?|num|nr\.?|id|code|#|ref))?(?:\s+(?:is|was))?\s*[:#=]?\s*"
    r"(#?[A-Z0-9][A-Z0-9/_-]*\d[A-Z0-9/_-]*)"
    r"((?:\s*(?:,|and|&|or)\s*#?[A-Z0-9-]*\d[A-Z0-9-]*)*)")
_TRACKING_SPACED = re.compile(
    r"(?i)\b(?:tracking|fedex|ups|usps|dhl|waybill|awb)(?:\s+(?:number|no\.?|#))?(?:\s+is)?\s*[:#]?\s*"
    r"(\d{4}(?: \d{4}){2,5}(?: \d{2})?)\b")
_STANDALONE = re.compile("|".join([
    r"\b\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?",  # timestamps
    rf"\b(?:{_DATE})\b",
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\.?(?:,?\s+\d{{4}})?\b",
    r"[$€£¥]\s?\d[\d.,]*\d|\b\d[\d.,]*\d\s?(?:[$€£¥]|usd|eur|gbp|chf)",
    r"\b1Z[0-9A-Z]{16}\b",
    r"\b(?:ORD|INV|TKT|INC|SKU|RMA|REF|PO)-[A-Z0-9-]*\d[A-Z0-9-]*\b",
    r"#\d[\w-]*",
]), re.I)


def is_identifier(value: str) -> bool:
    """True when the whole value has the shape of an identifier, price, date or time."""
    return bool(IDENTIFIER.match(value.strip(" .,;:()[]")))


def is_date(value: str) -> bool:
    return bool(DATE.match(value.strip()))


def protected_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of identifiers named by a cue word, and of standalone dates, prices and ids."""
    ranges = []
    for m in _CUE_VALUE.finditer(text):
        ranges.append((m.start(1), m.end(1)))
        if m.group(2):  # "orders 1234, 5678 and 9012"
            for extra in re.finditer(r"#?[A-Z0-9-]*\d[A-Z0-9-]*", m.group(2), re.I):
                ranges.append((m.start(2) + extra.start(), m.start(2) + extra.end()))
    ranges.extend((m.start(1), m.end(1)) for m in _TRACKING_SPACED.finditer(text))
    ranges.extend((m.start(), m.end()) for m in _STANDALONE.finditer(text))
    return ranges
