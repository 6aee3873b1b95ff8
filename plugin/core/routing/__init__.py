"""Routing: decide, in code and before any model sees the text, where a customer message goes.

``classify(text)`` returns a :class:`plugin.core.model.Classification`:

- ``route``: ``"bias_review"`` (a complaint of unfair treatment tied to a protected or sensitive
  characteristic, or of a biased AI, or of a product that shuts a group out) > ``"human"`` (asks for a
  person, appeals a decision, says an AI answer was wrong) > ``"ai_assist"``. The strictest applies.
- ``opt_out`` / ``opt_in`` / ``asks_if_bot`` are flags and do **not** change the route by themselves: the
  pipeline honours an opt-out (no draft), records an opt-in, and answers a bot question truthfully.
  A message carrying both an opt-out and an opt-in phrase counts as an opt-out.
- ``characteristics``: canonical names (see ``reasons.CANONICAL``); ``reasons``: agent-facing sentences;
  ``matched``: the (folded) words that triggered — customer text, so never log it.

How (issue 12): the message is folded (text.py), made group-blind (identity.py: every identity expression
becomes one token, so no group can be routed differently from another), cut into sentences with their
features (features.py: words, lexicon families, cue families and their pairs), and three learnt logistic heads
(decision.py, trained by training/routing/train.py) decide bias review, handoff and opt-out on the best span of
neighbouring sentences. Text put before or after a message cannot lower any head. Opt-in and "am I talking to a
bot?" stay rules. ``escalate_with_second_opinion`` lets a tenant's language model (shown redacted text only)
raise a message to bias review; it can never lower one.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Classification, Route
from . import decision, features, identity, lexicons, reasons, scope
from .language import detect_language
from .text import fold

__all__ = ["classify", "escalate_with_second_opinion", "detect_language"]
_REASON_CHARS = 160
_SHOWN = ("STRONG", "ADVERSE", "EXCLUSION", "DIFFERENTIAL", "LINK", "COMPARE")  # families named in ``matched``


def classify(text: str) -> Classification:
    """The route of one message. Group-blind by construction: the decision never sees which group is named."""
    if not isinstance(text, str):
        raise TypeError(f"classify() needs the message text as str, got {type(text).__name__}")
    newest = scope.newest(fold(text))  # the writer's own, newest words (scope.py)
    masked = identity.mask(newest)
    hits = features.family_matches(masked.text)
    spans = features.sentence_spans(masked.text)
    sentences = features.sentences(masked.text, hits, spans)
    heads = decision.score(sentences)
    said = sentences  # round 16: what the handoff and opt-out heads read (without reported quotations)
    own = scope.unreported(newest)
    if own != newest:
        said = features.sentences(identity.mask(own).text)
        now = decision.score(said)
        heads = {"bias": heads["bias"], **{h: replace(now[h], threshold=heads[h].threshold)
                                           for h in ("human", "opt_out")}}
    asked = scope.without_thanks(own)  # round 16: thanks passed on to a manager asks for no one (scope.py)
    if asked != own:
        said = features.sentences(identity.mask(asked).text)
        heads["human"] = replace(decision.score(said)["human"], threshold=heads["human"].threshold)
    bias, human, opt = heads["bias"], heads["human"], heads["opt_out"]
    to_bias = decision.route_bias(heads)
    route: Route = "bias_review" if to_bias else "human" if human.fires else "ai_assist"
    why: list[str] = []
    chars: list[str] = []
    matched: list[str] = []
    if to_bias:
        why.append(reasons.MODEL.format(p=bias.probability))
        shown = _words(masked.text, hits, spans[bias.span[0]:bias.span[1]])
        chars = [a for a in masked.axes if a in reasons.LABELS]
        why += [reasons.CHARACTERISTIC.format(label=reasons.LABELS[a]) for a in chars]
        strong = [w for f, w in shown if f == "STRONG"]
        why += [reasons.STRONG_WORD.format(word=w) for w in strong]
        chars += lexicons.strong_characteristics(strong) if strong else []
        if not chars and not strong:
            why.append(reasons.IMPLICIT)
        matched += [m.text for m in masked.mentions] + [w for _, w in shown]
        if "AI_TERMS" in _families(sentences, bias.span):
            chars.append("ai_bias")
            why.append(reasons.AI_BIAS)
    if human.fires:
        appeal = "CONTEST" in _families(said, human.span) or "APPEAL" in _families(said, human.span)
        why.append(reasons.HANDOFF_MODEL.format(p=human.probability))
        why.append(reasons.APPEAL if appeal else reasons.HANDOFF)
    all_families = _families(sentences, (0, len(sentences)))
    opt_out = opt.fires
    if opt_out:
        why.append(reasons.OPT_OUT)
    opt_in = "OPT_IN" in all_families and not opt_out
    if opt_in:
        why.append(reasons.OPT_IN)
    asks_if_bot = "BOT_QUESTION" in all_families
    if asks_if_bot:
        why.append(reasons.BOT_QUESTION)
    return Classification(route=route, reasons=tuple(why), characteristics=tuple(dict.fromkeys(chars)),
                          opt_out=opt_out, opt_in=opt_in, asks_if_bot=asks_if_bot,
                          matched=tuple(dict.fromkeys(matched)))


def _families(sentences: list[features.Sentence], span: tuple[int, int]) -> set[str]:
    return set().union(*(s.families for s in sentences[span[0]:span[1]]))


def _words(masked: str, hits: list[tuple[str, int, int]], spans: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """The words of the families in ``_SHOWN`` in the sentences ``spans`` (to show the agent what was read)."""
    if not spans:
        return []
    start, end = spans[0][0], spans[-1][1]
    found = sorted((_SHOWN.index(f), a, b) for f, a, b in hits if f in _SHOWN and start <= a < end
                   and not any(token in masked[a:b] for token in identity.TOKENS))
    return [(_SHOWN[i], masked[a:b]) for i, a, b in found][:6]


def escalate_with_second_opinion(code: Classification, llm_says_bias: bool, llm_reason: str) -> Classification:
    """Raise ``code`` to bias review when the model says so. Never lowers, never changes the flags.

    Only a real ``True`` counts: a parsed string such as ``"false"`` must not raise anything by accident.
    """
    if llm_says_bias is not True or code.route == "bias_review":
        return code
    reason = " ".join(str(llm_reason or "unspecified").split())[:_REASON_CHARS]
    return replace(code, route="bias_review", reasons=code.reasons + (reasons.SECOND_OPINION.format(reason=reason),))
