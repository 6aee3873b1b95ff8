"""Round 22 (issue 12): a characteristic named is evidence of a bias complaint only when the message links it to an
outcome.

The bias head (decision.py) learnt a large weight for the mere presence of a masked identity expression (the ``ID``
family, +2.1 on the logit) and for its pairs with a negation. So a message that names who the writer is and complains
of anything at all, a dead phone line, a rude courier, a delayed refund, an illness told as context, reads as a
complaint of unequal treatment. A real complaint has more: the outcome tied to the characteristic by a causal word
("because I'm …", "weil", "por ser"), a comparison with another customer ("my colleague booked the same dates
instantly", "a los demás"), a remark quoted or reported ("the clerk wrote 'FOREIGNER - CHECK ID'"), a change before
and after the characteristic became known ("the day I told them I'm pregnant"), a barrier ("no other option", "no
lift") or a word that names the unfairness itself.

``unlinked`` says when a bias decision rests on the characteristic alone: the bias head fires, does not fire when the
message is read without its identity tokens (``without_identity``), and no link of the kinds above is found
(``linked``). routing.classify then takes the reading without the identity tokens; it can only lower the head. The
learnt weights are not changed, and the handoff and opt-out heads are never read again.
"""
from __future__ import annotations

import re

from . import identity
from .features import Sentence
from .text import index_of

# Families whose hit anywhere in the writer's text names the unfairness or its link itself: the words of
# discrimination (STRONG), of a group shut out (EXCLUSION, BARRIER), of a biased machine (AI_TERMS), reported words
# (REPORTED), a transcript (SPEAKER), a decision contested (CONTEST).
NAMED = frozenset({"STRONG", "EXCLUSION", "BARRIER", "SPEAKER", "CONTEST"})
# Families of an outcome: what a comparison or a causal word must stand beside in its sentence to link anything.
OUTCOME = frozenset({"ADVERSE", "EXCLUSION", "BARRIER", "STRONG"})
# Link forms the cue families do not hold, five languages (folded, masked text): a sudden change, the thing given to
# someone else, the customer before or behind in the queue, an assumption about the writer, no other way, no lift,
# no longer.
_FORMS = [
    # a sudden change ("suddenly", "de repente", "d'un coup", "plötzlich"), a tone that changed
    r"suddenly|all of a sudden|de repente|de pronto|d'un coup|tout (a|d'un) coup|soudain\w*|plotzlich|auf einmal"
    r"|(ton|tone|tono) (s'est |a |ha |has )?(refroidi|change\w*|cambi\w*|mudou)",
    # given to someone else
    r"(given|gave|handed|allocated|let|sold|rented) (it |them )?to (a|an|another|someone|somebody) ?\w*"
    r"|(dad[oa]|entregad[oa]|asignad[oa]|vendid[oa]) (a|al) (otr[oa]|alguien)"
    r"|(donne|donnee|attribue|attribuee|vendu|vendue|loue|louee)s? a (un|une) (autre|tiers)"
    r"|an (jemand|einen|eine|einem) ander\w*|(vergeben|gegeben) an"
    r"|(dad[oa]|entregue|atribuid[oa]|vendid[oa]) (a|ao|para) (outr[oa]|alguem)",
    # another customer in the queue, before or behind the writer
    r"(behind|ahead of|before|after) me|the (one|person|customer|guest|lady|man|couple) (before|after|behind|ahead)"
    r"|(detras|delante|antes|despues) de mi|(iba|estaba|venia) (detras|delante)|de antes"
    r"|(derriere|devant|avant|apres) moi|(hinter|vor|nach) mir|(atras|antes|depois|na frente) de mim",
    # the writer taken for someone ("thinking I was", "achando que eu era")
    r"(thinking|assuming|assumed|thought) (that )?(i|we) (was|were)|(pensando|creyendo|penso|pensaron|creyeron)"
    r" que (yo |nosotr[oa]s )?(era|eramos)|(croyant|pensant|a cru|ont cru|pensait) que (j'|je |nous )?\w*"
    r"|hielt\w* (mich|uns) fur|dachte\w*,? (ich|wir) (sei|ware|waren)|(achando|pensando|acharam|pensaram) que (eu )?(era|fosse)",
    # no other way, no lift, no alternative
    r"(no|not any|keine|kein|nenhuma|nenhum|aucune|aucun|ninguna|ningun|sin|sans|ohne|sem|without) (other |andere |outra |outro |autre |otra |otro )?"
    r"(option|alternative|way|opcion|alternativa|manera|forma|moglichkeit|alternative|weg|opcao|maneira|moyen|choix)"
    r"|(no|without|sin|sans|ohne|sem|keine?n?) (a )?(lift|elevator|ramp|ascensor|rampa|ascenseur|aufzug|fahrstuhl|rampe|elevador)"
    r"|(no|sem|ni|pas d'|kein\w*) (audio|subtitles?|subtitulos|sous-titres|untertitel|legendas?|sms)",
    # a change after the writer said who they are ("two days after I told them", "nachdem ich ... gesagt habe"), or
    # nothing else changed ("my income is the same")
    r"(after|once|when) (i|we) (told|said|mentioned|informed|announced|disclosed)|(despues de|tras|cuando|al) ((contar|decir"
    r"|avisar|informar|comunicar)\w*|conte|dije|avise|informe)|(apres|quand|des que|lorsque) (avoir |j'ai |j'avais )?(annonce|dit"
    r"|informe|prevenu|signale|mentionne)|(nachdem|als|sobald|seit) (ich|wir) \w+ \w*|(depois de|quando|assim que) (contar|dizer"
    r"|avisar|informar|comunicar|contei|disse|avisei|informei)"
    r"|(my|mi|mon|ma|mein|meine|meu|minha) \w+ (is|es|est|ist|e) (still )?(the same|unchanged|el mismo|la misma|igual"
    r"|le meme|la meme|inchange\w*|gleich|unverandert|o mesmo|a mesma)",
    # the only way offered, a channel missing, not let in, left without access
    r"(only|solo|seul|seule|nur|so|apenas|somente|unica|unico) (option|way|opcion|opcao|choice|dejan|dais|dan|permiten"
    r"|per|via|possibilite|moglichkeit)|(there'?s no|there is no|no hay|il n'y a pas d\w*|es gibt kein\w*|nao ha|nao tem)"
    r" (\w+ )?(option|opcion|opcao|sms|audio|chat|subtitles?|subtitulos|sous-titres|untertitel|legendas?|access|acceso"
    r"|acces|zugang|acesso)|(won'?t|wont|doesn'?t|does not|will not) let (me|us)|no (me|nos) deja\w*"
    r"|ne (me|nous) laisse\w* pas|lasst (mich|uns) nicht|nao (me|nos) deixa\w*"
    r"|(without|sin|sans|ohne|sem) (any )?(access|acceso|acces|zugang|acesso)",
    # unlike the others, the group spoken of as people ("las personas sordas no pueden"), a remark reported in German
    r"unlike (the )?(others?|other \w+|everyone)|a diferencia de|contrairement (a|aux)|im gegensatz zu|ao contrario d\w*"
    r"|xperson xid|xid xperson|meinte\w*|hiess es|sagte\w*|kein problem|ohne probleme?|sem problema\w*"
    # the group spoken of as the people a thing is for ("no funciona para quem é cego", "not made for people who")
    r"|(for|para|pour|fur) (quem|quienes|those|people|anyone|les personnes|ceux|menschen|leute|personas|pessoas|xperson)"
    r"[^.!?\n]{0,20}xid",
]
FORMS = re.compile(r"(?<!\w)(?:" + "|".join(_FORMS) + r")(?!\w)")
# A quotation: an opening mark after a non-letter and a closing mark before a non-letter. Between straight or curly
# single quotes no apostrophe ("don't", "l'agent" open nothing); between double quotes and guillemets anything.
_QUOTE = re.compile(r"(?<!\w)['‘‹]\s?\w(?:[^'‘’‹›\n]|(?<=\w)['’](?=\w)){1,}?[\w.!?,…)]\s?['’›](?!\w)"
                    r"|[\"«„“]\s?\w[^\"«»„“”\n]{1,}?[\w.!?,…)]\s?[\"»“”]")


def without_identity(s: Sentence) -> Sentence:
    """The sentence as if no identity expression were in it: no ID family, none of its pairs and triples, no word
    pair with the identity token."""
    token = identity.TOKEN
    if "ID" not in s.families and not any(token in f for f in s.features):
        return s
    feats = frozenset(f for f in s.features
                      if not ((f[:2] in ("s:", "t:", "c:") and "ID" in re.split(r"[:&>]", f))
                              or (f[:2] == "b:" and token in f[2:].split("_"))))
    return Sentence(feats, s.families - {"ID"}, s.words)


def linked(masked: str, spans: list[tuple[int, int]], sentences: list[Sentence],
           hits: list[tuple[str, int, int]]) -> bool:
    """Whether the writer's (masked) text holds a link between a characteristic and an outcome (see the module doc).
    ``spans``: its sentence spans, ``sentences``: the sentences the bias head read (a sentence set aside has no
    families), ``hits``: its family_matches. Cue families are read hit by hit, in the sentence they stand in:

    - a comparison said in more than a person's name ("other customers", "the one behind", "sin problema");
    - a person named and, apart from that word, how a case went, in one sentence ("my flatmate ... got sorted");
    - a change or a differential outcome ("since I told them", "got approved") beside the characteristic or beside
      a separate outcome ("blocked", "refused");
    - a causal word or words reported ("because", "told me that") beside the characteristic or an outcome.

    A person named beside an outcome is no comparison by itself ("the courier insulted my neighbour" says how the
    neighbour was treated, not that the writer was treated otherwise)."""
    families = set().union(*(s.families for s in sentences))
    if families & NAMED or FORMS.search(masked):
        return True
    if _quoted_near(masked, spans):
        return True
    cues: list[tuple[int, str, int, int, list[str]]] = []  # (sentence, family, start, end, words) of the cues read
    outcomes: dict[int, list[tuple[int, int]]] = {}  # sentence -> where its outcome hits stand
    for name, a, b in hits:
        i = index_of(spans, a)
        if i >= len(sentences) or name not in sentences[i].families:
            continue  # renamed by a scope, or the sentence was set aside
        if name in OUTCOME:
            outcomes.setdefault(i, []).append((a, b))
        elif name in _CUES:
            cues.append((i, name, a, b, masked[a:b].split()))

    def beside(i: int, a: int, b: int) -> bool:  # an outcome in sentence i apart from the hit at a..b
        return any(y <= a or b <= x for x, y in outcomes.get(i, ()))

    for m in _THEREFORE.finditer(masked):  # "ich bin bi und wurde deshalb nicht reingelassen"
        i = index_of(spans, m.start())
        if i < len(sentences) and "ID" in sentences[i].families and identity.TOKEN in masked[spans[i][0]:m.start()] \
                and any(m.end() <= x for x, _ in outcomes.get(i, ())):
            return True
    persons = [(i, a, b) for i, name, a, b, _ in cues if name == "COMPARE"]
    for i, name, a, b, words in cues:
        said = len(words) > 1 and not all(w in identity.TOKENS for w in words)  # more than a person's name
        if name in ("LINK", "REPORTED"):
            # ("seit" alone is a duration: "seit drei Tagen")
            if words != ["seit"] and (beside(i, a, b) or (name == "LINK" and _CAUSE_OF.match(masked, b))):
                return True
        elif name == "COMPARE":
            if said:
                return True
        elif said and (beside(i, a, b) or any(j == i and (y <= a or b <= x) for j, x, y in persons)):
            return True
    return False


# Round 22b: a causal word links the characteristic itself only when the characteristic is what it introduces ("por
# ser xid", "because xid" — "I'm" is inside the token —, "weil xid", "due to my xid"); anywhere else in its sentence
# it gives the reason for the letter ("I write because my son, who is xid, …", "parce qu'un employé avait fait une
# remarque sur mon xid" in a settled story). A change or reported words beside the characteristic alone no longer
# link either ("my partner and I got married", "since I …", "they told me"): they must stand beside an outcome.
# (Development rows where only these linked: 26 hard negatives, one complaint, "por ser xid", which still links.)
# The same link said the other way round: the characteristic, then "therefore" and the outcome, in one sentence.
_THEREFORE = re.compile(r"(?<!\w)(?:that'?s why|that is why|for that reason|and so|therefore|por eso|por ello|por lo que|por isso"
                        r"|c'est pour ca|c'est pourquoi|pour cette raison|donc|deshalb|deswegen|darum|daher)(?!\w)")
_CAUSE_OF = re.compile(r"\W{1,3}(?:(?:my|our|mi|mis|nuestr[oa]s?|mon|ma|mes|notre|nos|mein\w*|unser\w*|meu|minha|meus"
                       r"|minhas|nosso|nossa) )?" + identity.TOKEN + r"(?!\w)")


_CUES = frozenset({"COMPARE", "DIFFERENTIAL", "LINK", "REPORTED"})


# Round 22b: how many sentences a quotation may stand from the characteristic and still link it: a remark quoted two
# sentences after "I told them I'm pregnant" is the staff's answer; an app's error message quoted three sentences
# after "I moved here from Poland four years ago" is no remark about the writer.
QUOTE_REACH = 2


def _quoted_near(masked: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a quotation stands within ``QUOTE_REACH`` sentences of one holding an identity token (or holds one)."""
    quotes = list(_QUOTE.finditer(masked))
    if not quotes:
        return False
    marked = {index_of(spans, m.start()) for m in _TOKEN.finditer(masked)}
    for q in quotes:
        first, last = index_of(spans, q.start()), index_of(spans, q.end() - 1)
        if any(first - QUOTE_REACH <= k <= last + QUOTE_REACH for k in marked):
            return True
    return False


_TOKEN = re.compile(r"(?<!\w)" + identity.TOKEN + r"(?!\w)")
