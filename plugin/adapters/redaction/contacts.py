"""(round 34, issue 11) The company's own phone numbers and e-mail addresses, kept: the agent needs them, and they
name no person ("If anything changes ring us on 0800 …", "nosso SAC é …", "Hotel Rosengarten · +39 0471 …",
"socios@gym.example").

`company_contact(text, span)` gives the reason a PHONE_NUMBER or EMAIL_ADDRESS finding is the company's, or None;
`keep_company_contacts` drops the findings that have one. The reasons:
- a free or shared-cost service number (UK/IE/DE/AT/CH/BR/PT 0800/800, US/CA 1-800/888/877/866/855/844/833, IE 1800,
  ES 900, FR 0 800/0 805/09 69, BR 4003/4004, PT 707/808): no household has one;
- the text says the number or address is the company's, on its line shortly before it (cues.toml company_contact:
  "call us on", "our hotline", "nuestro teléfono", "notre service client", "erreichen Sie uns unter", "nosso SAC"),
  with no first person between ("call me on", "mi teléfono", "erreichen Sie mich");
- an agent's turn of a call says where to call (cues.toml company_contact_agent: "Agent: … ring us on",
  "Agentin: Bei Fragen erreichen Sie uns unter …"), with no "your" / "su" / "Ihre" between (the customer's number read
  back stays hidden);
- a footer line: parts joined by "·" or "|" with the company's name (one the keep list names) or a team word
  ("Customer Care", "Rezeption", "conseillère", "Equipe") before the number on the same line, and the number no mobile;
- (round 41) a number in brackets right after a business's name ("… an die Kleintierpraxis am Zürichberg (044 …)",
  "Clínica Veterinaria Delicias (976 …)"), no mobile, with no first or second person before it on its line;
- an e-mail address at a domain of a role mailbox of the same text ("socios@…" beside "no-responder@…" on the same
  domain) whose local part names no person the text names.
Never a value the requester gave as their own (`known`, checked by the engine), never a number in a customer's
sign-off (no company cue there).
"""
from __future__ import annotations

import functools
import re

from plugin.core.model import Span

from . import keep
from .cues import alternation
from .name_lists import fold, is_name

_TOLL_FREE = re.compile(
    r"(?:\+?(?:44|353|49|43|41|55|351|34|33|1)[ .-]?|00(?:44|353|49|43|41|55|351|34|33)[ .-]?)?\(?0?\)?[ .-]?"
    r"(?:800|80[58]|1[ .-]?8(?:00|88|77|66|55|44|33)|8(?:00|88|77|66|55|44|33)|1800|1300|900|9 ?69|707|808)"
    r"(?:[ .-]?\d){5,8}$"
    r"|(?:\+?55[ .-]?)?(?:\(?\d{2}\)?[ .-]?)?400[34][ .-]?\d{4}$")
_FIRST_PERSON = re.compile(r"(?i)(?<![\w-])(?:my|me|mine|i|mi|mis|me|yo|mon|ma|mes|moi|je|mein|meine|meiner|meinen|mich|"
                           r"mir|ich|meu|minha|meus|minhas|mim|eu|your|tu|tus|su|sus|votre|vos|ton|ta|ihre|ihr|ihren|"
                           r"seu|sua|teu|tua|dein|deine|you|vous|você|voce|dich|ihnen|lhe)(?![\w-])")
_AGENT_LINE = re.compile(rf"(?im)^[ \t>*-]*(?:{alternation('role_noun')}|agentin|conseill[eè]re|support|service client|"
                         rf"kundenservice|atendimento|sac)[^\n:]{{0,30}}:[^\n]*$")
_TEAM = re.compile(r"(?i)(?<![\w-])(?:customer (?:care|service|support)|support|service|team|equipe|équipe|equipo|"
                   r"rezeption|reception|réception|recepción|recepção|kundenservice|kundendienst|atendimento|"
                   r"atención al cliente|service client(?:s|èle)?|conseill[eè]re?|agent|advisor|berater(?:in)?|"
                   r"atendente|asesor[a]?|sac|hotline|helpline)(?![\w-])")
_MOBILE = re.compile(r"^(?:\+?44[ .-]?|0)7\d|^\+?353[ .-]?8[35-9]|^08[35-9](?=(?:[ .-]?\d){7}$)|^(?:\+?34[ .-]?)?[67]\d\d|^(?:\+?33[ .-]?|0)[67]|"
                     r"^(?:\+?49[ .-]?|0)1[5-7]|^(?:\+?43[ .-]?|0)6[5-9]|^(?:\+?41[ .-]?|0)7[5-9]|^(?:\+?351[ .-]?)?9[1236]|"
                     r"^(?:\+?55[ .-]?)?\(?\d{2}\)?[ .-]?9\d{4}|^(?:\+?39[ .-]?)?3\d\d|"
                     r"^(?:\+?61[ .-]?|0)4\d\d")
_FOOTER_SEP = re.compile(r"[ \t](?:·|\||•)[ \t]")
# a household's or a person's own line: "nuestro número de casa", "llamadme al móvil", "our home number", "Festnetz"
_PRIVATE = re.compile(r"(?i)(?<![\w-])(?:casa|home|house|household|fixe|domicile|festnetz|privat\w*|m[oó]vil|mobile?|"
                      r"cell(?:phone)?|celular|handy|portable|telem[oó]vel|zap|particular|personal|pessoal|perso)(?![\w-])"
                      r"|[a-záéíóúâêô]+(?:rme|dme|ame|eme|-me|-moi|-mich)(?![\w-])")


@functools.cache
def _company_cue() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w@.-])(?:{alternation('company_contact')})(?![\w@-]|\.\w)")


@functools.cache
def _agent_cue() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w@.-])(?:{alternation('company_contact_agent')})(?![\w@-]|\.\w)")


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):  # noqa: B007 (the last match is wanted)
        continue
    return found


def _line(text: str, start: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    return lo, len(text) if hi < 0 else hi


def _named(local: str) -> bool:
    """A mailbox's local part that is a first name or a surname ("karsten@…"), or holds digits: a person's."""
    word = fold(local)
    return any(c.isdigit() for c in word) or is_name(word) and not keep.role_mailbox(local + "@x.example")


def _role_domains(text: str) -> set[str]:
    return {m.group(1).lower() for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text) if keep.role_mailbox(m.group())}


def company_contact(text: str, span: Span, domains: set[str] | None = None) -> str | None:
    """Why the PHONE_NUMBER or EMAIL_ADDRESS text[span] is the company's own, or None (see the module's docstring)."""
    value = text[span.start:span.end]
    lo, hi = _line(text, span.start)
    before = text[max(lo, span.start - 60):span.start]
    if span.type == "PHONE_NUMBER":
        if re.search(r"[^\W\d_]", value):
            return None  # a number said in words: a caller's own
        if _TOLL_FREE.match(value.strip()):
            return "a free or shared-cost service number"
        if _MOBILE.match(value.strip()) or _PRIVATE.search(before):
            return None
    elif span.type == "EMAIL_ADDRESS":
        domain = value.rsplit("@", 1)[-1].lower().rstrip(">.,;")
        local = value.split("@")[0]
        if domain in (domains if domains is not None else _role_domains(text)) and not re.search(r"[._-]", local) and \
                not _named(local) and not _FIRST_PERSON.search(before):
            return "an address on the domain of the company's role mailbox"
        if re.search(r"[._]", local) or "@" in before or _named(local):
            return None  # "anna.schmidt@…": a named person's address, even the company's; another address before it
    else:
        return None
    cue = _last(_company_cue(), before)
    if cue is not None and not _FIRST_PERSON.search(before[cue.end():]):
        return f"the text calls it the company's ({cue.group().lower()!r})"
    agent = _AGENT_LINE.match(text, lo)
    if agent and agent.end() >= span.end:
        cue = _last(_agent_cue(), before)
        if cue is not None and not _FIRST_PERSON.search(before[cue.end():]):
            return f"an agent's turn says where to call ({cue.group().lower()!r})"
    head = text[lo:span.start]
    if span.type == "PHONE_NUMBER" and _FOOTER_SEP.search(head) and len(head) <= 100 and not _FIRST_PERSON.search(head):
        if _TEAM.search(head) or any(lo <= a and b <= span.start for a, b in keep.protected_ranges(text)):
            return "a company footer line"
    if span.type == "PHONE_NUMBER" and _BRACKETED_AFTER.search(head) and text[span.end:span.end + 1] == ")":
        at = len(head.rstrip(" \t(")) + lo  # (round 41) "Clínica Veterinaria Delicias (976 55 01 20)": the business's number
        if any(b == at and a < b for a, b in keep.protected_ranges(text)) and not _FIRST_PERSON.search(head[-60:]):
            return "in brackets after the business's name"
    return None


_BRACKETED_AFTER = re.compile(r"[^\W\d_][ \t]*\($")


def keep_company_contacts(text: str, spans: list[Span], own: set[str]) -> list[Span]:
    """Drop the phone and e-mail findings that are the company's own (with a reason); `own` holds the requester's
    own values, never kept."""
    if not any(s.type in ("PHONE_NUMBER", "EMAIL_ADDRESS") for s in spans):
        return spans
    domains = _role_domains(text) if "@" in text else set()
    out = []
    for span in spans:
        if span.type in ("PHONE_NUMBER", "EMAIL_ADDRESS") and text[span.start:span.end].strip() not in own and \
                company_contact(text, span, domains) is not None:
            continue
        out.append(span)
    return out
