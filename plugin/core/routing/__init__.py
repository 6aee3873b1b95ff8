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
from difflib import SequenceMatcher

from ..model import Classification, Route
from . import decision, features, frames, identity, lexicons, link, reasons, scope
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
    sentences_read = sentences  # the sentences the bias head reads (round 18: without the lines set aside)
    if heads["bias"].fires and (aside := features.aside(masked.text, spans, sentences, hits)):
        # Round 18: the bias head reads the message again without the lines that only say who the customer is
        # (features.aside: a P.S. or a line below the signature, with no adverse outcome in it); it can only be lowered.
        without_aside = [features.Sentence(frozenset(), frozenset()) if i in aside else s
                         for i, s in enumerate(sentences)]
        bias = decision.score(without_aside)["bias"]
        if bias.probability < heads["bias"].probability:
            heads = dict(heads, bias=bias)
            sentences_read = without_aside
    if heads["bias"].fires and identity.TOKEN in masked.text:
        # Round 22: a characteristic named is no complaint by itself; when the bias head fires only because of it
        # (read without the identity tokens it does not) and nothing links it to an outcome (link.linked), the
        # reading without them stands. It can only lower the bias head.
        first = heads["bias"]
        if not link.linked(masked.text, spans, sentences_read, hits):  # (the cheaper test first)
            plain = decision.score([link.without_identity(s) for s in sentences_read])["bias"]
            if plain.probability < first.threshold:
                heads = dict(heads, bias=replace(plain, threshold=first.threshold))
    # Round 16: the handoff and opt-out heads read the message without what the writer reports rather than says now
    # (scope.unreported: reported quotations, other senders' quoted blocks, a mail filter's notice); the handoff head
    # also without thanks passed on and pasted chats (scope.without_thanks), the opt-out head without the canned
    # replies a refusal is about (scope.uncanned). Only a firing head whose best span holds a changed sentence is read
    # again, and only its changed sentences; it can only be lowered. Round 26: the handoff head's text also blanks the
    # staff named in sentences that ask for nothing, visits, errands, people counted and earlier requests said to be
    # settled (scope.handoff_head_text); the handoff frames below still read scope.handoff_text.
    said = sentences  # the sentences of the handoff head's best span
    if heads["human"].fires or heads["opt_out"].fires:
        heads = dict(heads)
        read: dict[str, tuple[list[features.Sentence], set[int]]] = {}
        scored: dict[str, dict[str, decision.HeadScore]] = {}
        for head, text_for in (("opt_out", scope.opt_out_text), ("human", scope.handoff_head_text)):
            if not heads[head].fires:
                continue
            new = text_for(masked.text)
            again, changed = read[new] if new in read else read.setdefault(
                new, _reread(masked.text, spans, sentences, new))
            if changed & set(range(*heads[head].span)):  # a best span with no changed sentence stays the best
                if new not in scored:
                    scored[new] = decision.score(again)
                lowered = _lowered(heads[head], scored[new][head])
                if lowered is not heads[head]:
                    heads[head] = lowered
                    said = again if head == "human" else said
    if heads["opt_out"].fires and heads["opt_out"].threshold >= decision.OPT_OUT_LONG \
            and not frames.machine_in_play(scope.opt_out_text(masked.text)):
        # Round 23: on a long message (decision.opt_out_threshold) the opt-out head decides only when something that
        # could be the automated agent is named (frames.machine_in_play); the refusal frames below still read it.
        heads = dict(heads, opt_out=replace(heads["opt_out"], threshold=1.01))
    elif heads["opt_out"].fires and heads["opt_out"].threshold < decision.OPT_OUT_LONG \
            and not frames.agent_in_play(scope.opt_out_text(newest)):
        # Round 32: a short message too, more widely (frames.agent_in_play: misspelt or named agents, an act of the
        # agent on the writer's messages), and not a product of the writer's that fails ("a máquina de café não sai"). It
        # reads the text before identity.mask, which can take an agent for a name ("a bot replying").
        heads = dict(heads, opt_out=replace(heads["opt_out"], threshold=1.01))
    if heads["opt_out"].fires and frames.withdrawn_refusal(masked.text):
        # Round 32: a refusal reported from the past and withdrawn in the message ("last month I asked for no automated
        # replies. Changed my mind") is none; the refusal frames below still read a refusal made now.
        heads = dict(heads, opt_out=replace(heads["opt_out"], threshold=1.01))
    bias, human, opt = heads["bias"], heads["human"], heads["opt_out"]
    to_bias = decision.route_bias(heads)
    # Round 21: the frames of frames.py (a refusal of the automated agent, a call asked for, "is anyone reading
    # this?") read beside the heads, on the same text; they can only add an opt-out or a handoff, and bias review
    # is decided above without them.
    known = (masked.text, spans, sentences)
    framed_person = not to_bias and not human.fires and frames.may_hand_off(masked.text) \
        and frames.handoff(scope.handoff_text(masked.text), known)
    framed_refusal = not opt.fires and frames.may_refuse(masked.text) \
        and frames.refusal(scope.opt_out_frame_text(masked.text), known)
    if not opt.fires and not framed_refusal and identity.TOKEN in masked.text \
            and frames.hides_agent(m.text for m in masked.mentions):
        # Round 32: identity.mask took the agent for an identity ("this is a bot replying" as a name): the refusal
        # frames read the text with only its gendered words made neutral (identity._neutral), no span replaced.
        unmasked = identity._neutral(newest, [])
        framed_refusal = frames.may_refuse(unmasked) and frames.refusal(scope.opt_out_frame_text(unmasked))
    route: Route = "bias_review" if to_bias else "human" if human.fires or framed_person else "ai_assist"
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
    if framed_person:
        why.append(reasons.HANDOFF)
    if human.fires:
        appeal = "CONTEST" in _families(said, human.span) or "APPEAL" in _families(said, human.span)
        why.append(reasons.HANDOFF_MODEL.format(p=human.probability))
        why.append(reasons.APPEAL if appeal else reasons.HANDOFF)
    all_families = _families(sentences, (0, len(sentences)))
    opt_out = opt.fires or framed_refusal
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


def _reread(text: str, spans: list[tuple[int, int]], sentences: list[features.Sentence],
            new: str) -> tuple[list[features.Sentence], set[int]]:
    """The sentences of ``new`` (``text`` with some passages blanked), each sentence found unchanged in ``text``
    keeping its features and the changed ones read again; and the indices of ``text``'s sentences that changed (or
    border a sentence inserted)."""
    if text == new:
        return sentences, set()
    if not spans:
        return features.sentences(new), {0}
    new_spans = features.sentence_spans(new)
    old = [text[a:b] for a, b in spans]
    cur = [new[a:b] for a, b in new_spans]
    out: list[features.Sentence] = []
    changed: set[int] = set()
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, cur, autojunk=False).get_opcodes():
        if tag == "equal":
            out += sentences[i1:i2]
            continue
        changed.update(range(max(i1 - 1, 0), min(i2 + 1, len(spans))) if i1 == i2 else range(i1, i2))
        if j2 > j1:
            out += features.sentences(new[new_spans[j1][0]:new_spans[j2 - 1][1]])
    return out or [features.Sentence(frozenset(), frozenset())], changed


def _lowered(first: decision.HeadScore, again: decision.HeadScore) -> decision.HeadScore:
    """Round 16: the head's score read again without reported words, at the first reading's threshold; it can only
    lower the head (its best span is then the new reading's)."""
    return replace(again, threshold=first.threshold) if again.probability < first.probability else first


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
