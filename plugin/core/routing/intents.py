"""Handoff, appeal, opt-out/opt-in and "am I talking to a bot?" detection."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import reasons, statmodel
from .bias import mask, negated
from .lexicons import COMPILED
from .text import clause_spans

# A clause or line that is only "agent!" / "human please" / "humano, por favor" is a handoff request, wherever
# it stands (text put before it must not hide it). Job titles ("Manager") count only as a whole message: alone
# on a line they are usually an e-mail signature.
_PLEASE = r"(please |pls |por favor |bitte )?(an? |un |una |um |uma |einen? )?"
_THANKS = r"( please| pls| now| por favor| s'il vous plait| svp| bitte)?[ .!?]*$"
_TERSE_LINE = re.compile(rf"^{_PLEASE}(human|agent|operator|humano|agente|operador|humain|mensch|menschen|atendente)s?"
                         rf"{_THANKS}")
_TERSE_MESSAGE = re.compile(rf"^{_PLEASE}(representative|rep|person|manager|supervisor|conseiller|mitarbeiter|pessoa)s?"
                            rf"{_THANKS}")


# A whole message made only of such words ("Representative. REPRESENTATIVE. HUMAN BEING.", "human agent please").
_STAFF_WORDS = frozenset("human humans agent agents operator person representative rep manager supervisor humano agente "
                         "operador persona humain conseiller mensch menschen mitarbeiter atendente pessoa".split())
_FILLER = frozenset("please pls now a an real live human being actual por favor bitte svp un una um uma einen "
                    "einem echten echter vrai vraie de verdade verdad".split())
_ALPHA = re.compile(r"[a-z']+")


@dataclass
class Intents:
    wants_human: bool = False
    opt_out: bool = False
    opt_in: bool = False
    asks_if_bot: bool = False
    reasons: list[str] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)


def _first(pattern: re.Pattern, text: str, clauses=None) -> str | None:
    """First match not governed by a negated wish in its clause ("I don't want to speak to a manager")."""
    for m in pattern.finditer(text):
        if clauses is None or not negated(text, clauses, m.start(), COMPILED.not_wanted):
            return m.group()
    return None


def _terse_request(folded: str) -> str | None:
    if _TERSE_MESSAGE.match(folded):
        return folded
    words = _ALPHA.findall(folded)
    if 0 < len(words) <= 8 and set(words) <= _STAFF_WORDS | _FILLER and set(words) & _STAFF_WORDS:
        return folded
    for start, end in clause_spans(folded):
        line = folded[start:end].strip()
        if _TERSE_LINE.match(line):
            return line
    return None


def _eligible_for_model(folded: str, clauses) -> bool:
    """A person or team is named, and not as an unwanted one ("I don't need to speak to anyone")."""
    if not statmodel.handoff_eligible(folded):
        return False
    contacts = list(COMPILED.contact.finditer(folded))
    return not contacts or any(not negated(folded, clauses, m.start(), COMPILED.not_wanted) for m in contacts)


def find_intents(folded: str, use_model: bool = True) -> Intents:
    """Rules, then (``use_model``) the handoff scorer for a request the rules missed. NOT_HANDOFF phrases ("human
    resources", "recursos humanos") are blanked first: they name no one a customer could be handed to."""
    folded = mask(folded, COMPILED.not_handoff)
    clauses = clause_spans(folded)
    found = Intents()
    checks = (
        ("wants_human", COMPILED.handoff, clauses, reasons.HANDOFF),
        ("wants_human", COMPILED.appeal, clauses, reasons.APPEAL),
        ("wants_human", COMPILED.ai_wrong, None, reasons.AI_WRONG),
        ("asks_if_bot", COMPILED.bot_question, None, reasons.BOT_QUESTION),
        ("opt_out", COMPILED.opt_out, None, reasons.OPT_OUT),
        ("opt_in", COMPILED.opt_in, None, reasons.OPT_IN),
    )
    for flag, pattern, negation_scope, reason in checks:
        word = _first(pattern, folded, negation_scope)
        if word is not None:
            setattr(found, flag, True)
            found.reasons.append(reason)
            found.matched.append(word)
    terse = _terse_request(folded)
    if not found.wants_human and terse:
        found.wants_human = True
        found.reasons.append(reasons.HANDOFF)
        found.matched.append(terse)
    if use_model and not found.wants_human and _eligible_for_model(folded, clauses):
        p = statmodel.handoff_probability(folded)
        if p >= statmodel.threshold("human"):
            found.wants_human = True
            found.reasons.append(reasons.HANDOFF_MODEL.format(p=p))
            found.matched += [m.group() for m in COMPILED.contact.finditer(folded)][:3]
    if found.opt_out and found.opt_in:  # contradictory message: the safer reading wins
        found.opt_in = False
        found.reasons.remove(reasons.OPT_IN)
    return found
