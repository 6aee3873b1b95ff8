"""Code-side checks of a draft after the LLM call. The model is never trusted to police itself.

A failing draft is withheld; the agent gets a note saying why. Checks run on the restored draft (what the
agent would send) and know the placeholder values that were legitimately put back. Each check reads every
view of the draft (`guard_views`): as written, normalised (NFKC, zero-width characters removed, HTML
entities decoded, defanged links re-armed) and any readable base64 inside it. The threats and what is not
covered: docs/SECURITY.md.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import unquote_plus, urlsplit

from . import offers
from .guard_views import decoded_runs, invisible, normalised, views
from .redaction import PLACEHOLDER_RE

_TLDS = ("com|net|org|io|co|info|xyz|ru|cn|ly|me|app|dev|link|click|top|site|online|shop|store|live|biz|club|win|"
         "zip|mov|tk|ml|ga|cf|gq|pw|su|ws|cc|tv|gg|ai|uk|de|fr|es|eu|br|nl|ch|pl")
URL_RE = re.compile(r"(?i)\b(?:https?|ftp)://[^\s<>\"')\]]+|\bwww\.[^\s<>\"')\]]+")
BARE_HOST_RE = re.compile(r"(?i)(?<![.\w-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:" + _TLDS + r")\b(?:/[^\s<>\"')\]]*)?"
                          r"|\b\d{1,3}(?:\.\d{1,3}){3}\b(?::\d+)?(?:/[^\s<>\"')\]]*)?")
HTML_RE = re.compile(r"(?is)<\s*/?\s*[a-z][a-z0-9-]*(?:\s[^<>]*)?/?\s*>|<!--|\b(?:javascript|vbscript)\s*:"
                     r"|\bdata:[a-z]+/[a-z0-9.+-]+[;,]|\bfile:/|\bon[a-z]{3,}\s*=\s*[\"'\w]")
MARKDOWN_IMAGE_RE = re.compile(r"!\[[^\]]*\]\s*[(\[]")
EMAIL_RE = re.compile(r"(?i)\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b")
LONG_DIGITS_RE = re.compile(r"(?<!\w)(?:\+?\d[\d ().-]{8,}\d)(?!\w)")
HUMAN_CLAIM_RE = re.compile(
    r"(?i)\b(?:i am|i'm|im|this is)\s+(?:a\s+|an\s+)?(?:real\s+|actual\s+|living\s+)?(?:human|person|human being|live agent)\b(?![-'])"
    r"|\b(?:i am|i'm)\s+[a-z]+,\s+(?:a|an)\s+(?:real\s+|actual\s+)?(?:human|person|human being)\b"
    r"|\byou(?:'re| are)\s+(?:talking|speaking|chatting|writing)\s+(?:to|with)\s+(?:a\s+|an\s+)?(?:real\s+|actual\s+)?"
    r"(?:human|person)\b"
    r"|\b(?:i am|i'm|im)\s+not\s+(?:a|an)\s+(?:ai|bot|robot|machine|chatbot|language model)\b"
    r"|\b(?:not|never)\s+(?:been\s+)?(?:written|drafted|generated|created)\s+(?:by|with)\s+(?:an?\s+)?"
    r"(?:ai|bot|machine|artificial intelligence)\b|\bno ai (?:was|is) (?:used|involved)\b"
    r"|\bsoy (?:una? )?(?:persona|humano|humana|ser humano)\b|\bno soy (?:una? )?(?:bot|robot|ia|maquina)\b"
    r"|\bje suis (?:une? )?(?:humaine?|vraie personne|personne reelle|etre humain)\b"
    r"|\bje ne suis pas (?:une? )?(?:robot|bot|ia|machine)\b"
    r"|\bich bin (?:ein |eine )?(?:echter |echte |realer )?(?:mensch|person)\b|\bich bin kein\w* (?:bot|roboter|ki|maschine)\b"
    r"|\bsou (?:uma? )?(?:humano|humana|pessoa)\b|\bnao sou (?:uma? )?(?:robo|bot|ia|maquina)\b")
DISCLOSURE_TAMPER_RE = re.compile(
    r"(?i)\b(?:remove|delete|drop|omit|skip|strip|hide|leave out|without)\s+(?:the\s+|this\s+|any\s+|our\s+|that\s+)?"
    r"(?:ai[- ]?)?(?:footer|disclosure|label|notice|disclaimer)\b"
    r"|\b(?:quita|quite|elimina|borra|omite|sin)\s+(?:el\s+|la\s+)?(?:aviso|etiqueta|pie|descargo)\b"
    r"|\b(?:supprime[rz]?|retire[rz]?|enleve[rz]?|sans)\s+(?:le\s+|la\s+|l')?(?:mention|avertissement|pied de page|etiquette)\b"
    r"|\b(?:entfern\w*|losch\w*|ohne)\s+(?:sie\s+)?(?:den\s+|die\s+|das\s+)?(?:ki-?)?(?:hinweis|fusszeile|kennzeichnung)\b"
    r"|\b(?:remova|apague|retire|sem)\s+(?:o\s+|a\s+)?(?:aviso|rodape|etiqueta)\b")
SENSITIVE_TYPES = ("CREDIT_CARD", "IBAN_CODE", "US_SSN", "US_BANK_NUMBER", "US_PASSPORT", "CRYPTO",
                   "CARD_SECURITY", "BANK_ACCOUNT", "NATIONAL_ID", "PASSPORT", "DRIVER_LICENSE", "SECRET",
                   "URL_SECRET")
MIN_VALUE_CHARS = 4  # shorter restored values ("Al") would match inside ordinary words of a link


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reasons: tuple[str, ...] = ()


def _host(url: str) -> str:
    candidate = url if "://" in url else f"http://{url}"
    try:
        return (urlsplit(candidate).hostname or "").lower()
    except ValueError:  # e.g. an unbalanced IPv6 bracket: not a link we could allow
        return ""


def _allowed(host: str, allow_list: Sequence[str]) -> bool:
    return bool(host) and any(host == d.lower() or host.endswith("." + d.lower()) for d in allow_list if d)


def check_draft(draft: str, *, restored_values: Sequence[str], source_urls: Sequence[str],
                allow_list: Sequence[str], unknown_placeholders: Sequence[str] = (),
                system_prompt: str = "", quotable_text: str = "", allowed_offers: Sequence[str] = (),
                sources_text: str = "", sensitive_values: Sequence[str] = ()) -> Verdict:
    """`quotable_text`: what the draft may legitimately quote (the redacted customer text, KB sources).
    `sources_text`: the KB articles the draft is grounded on (offers they state are allowed).
    `sensitive_values`: restored values never to be repeated in a reply (card numbers, IBANs...)."""
    reasons: list[str] = []
    if not draft.strip():
        reasons.append("empty draft")
    readings = views(draft)
    allowed_hosts = list(allow_list) + [_host(u) for u in source_urls if u]
    reasons += _link_problems(readings, allowed_hosts, restored_values)
    if any(HTML_RE.search(PLACEHOLDER_RE.sub(" ", v)) or MARKDOWN_IMAGE_RE.search(v) for v in readings):
        reasons.append("HTML, script or embedded image")
    if any(invisible(ch) for ch in draft):
        reasons.append("hidden characters")
    if decoded_runs(normalised(draft)):
        reasons.append("encoded text")
    if unknown_placeholders:
        reasons.append("placeholder the AI invented")
    if any(HUMAN_CLAIM_RE.search(offers.fold(v)) for v in readings):
        reasons.append("claims to be human")
    if any(DISCLOSURE_TAMPER_RE.search(offers.fold(v)) for v in readings):
        reasons.append("asks to remove the AI disclosure")
    if system_prompt and any(_leaks(v, system_prompt) for v in readings):
        reasons.append("repeats its instructions")
    reasons += _unexpected_personal_data(readings, restored_values, quotable_text, sensitive_values)
    for kind in offers.unauthorised(" ".join(readings), tuple(allowed_offers), sources_text):
        reasons.append(f"offers {kind.replace('_', ' ')} the tenant does not allow")
    return Verdict(not reasons, tuple(dict.fromkeys(reasons)))


def _link_problems(readings: Sequence[str], allowed_hosts: Sequence[str], restored: Sequence[str]) -> list[str]:
    out: list[str] = []
    urls = [url for v in readings for url in URL_RE.findall(v)]
    # bare host names once links and e-mail addresses are cut out (e-mails are checked as personal data)
    urls += [host for v in readings for host in BARE_HOST_RE.findall(EMAIL_RE.sub(" ", URL_RE.sub(" ", v)))]
    if any(not _allowed(_host(url), allowed_hosts) for url in urls):
        out.append("link outside the allow-list")
    if any(_carries(url, restored) for url in urls):
        out.append("link carries personal data")
    return out


def _carries(url: str, restored: Sequence[str]) -> bool:
    """A restored value anywhere in the link, or one word of it in the query or fragment (a link cut at the
    space inside "?q=Maria Gonzalez" still sends "Maria")."""
    text = unquote_plus(url).casefold()
    parts = text.split("?", 1)[1] if "?" in text else text.split("#", 1)[1] if "#" in text else ""
    values = [v.casefold() for v in restored if len(v.strip()) >= MIN_VALUE_CHARS]
    words = {w for v in values for w in re.split(r"[\s@.,]+", v) if len(w) >= MIN_VALUE_CHARS}
    return any(v in text for v in values) or any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", parts) for w in words)


def _leaks(draft: str, system_prompt: str, window: int = 8) -> bool:
    """True if the draft repeats any run of `window` consecutive words of the system prompt."""
    words = re.findall(r"\w+", system_prompt.lower())
    if len(words) < window:
        return False
    grams = {" ".join(words[i:i + window]) for i in range(len(words) - window + 1)}
    draft_words = re.findall(r"\w+", draft.lower())
    return any(" ".join(draft_words[i:i + window]) in grams for i in range(len(draft_words) - window + 1))


def _unexpected_personal_data(readings: Sequence[str], restored: Sequence[str], quotable_text: str,
                              sensitive: Sequence[str]) -> list[str]:
    """E-mails or long digit runs that were neither restored by us nor in the (redacted) customer text:
    those can only come from the model, made up or pulled from somewhere they should not be. And sensitive
    numbers the customer gave (cards, IBANs) are never repeated back, even though we restored them."""
    known = " ".join(restored).lower() + " " + quotable_text.lower()
    known_digits = re.sub(r"\D", "", known)
    out: list[str] = []
    for text in readings:
        if any(email.lower() not in known for email in EMAIL_RE.findall(text)) or any(
                re.sub(r"\D", "", run) not in known_digits for run in LONG_DIGITS_RE.findall(text)):
            out.append("personal data not from this ticket")
        compact = re.sub(r"[\s.-]", "", text).casefold()
        if any(len(v) >= MIN_VALUE_CHARS and re.sub(r"[\s.-]", "", v).casefold() in compact for v in sensitive):
            out.append("repeats a card number or other sensitive number")
    return list(dict.fromkeys(out))
