"""Does a draft claim to be written by a person? A small model, not a phrase list.

A logistic regression over word uni/bigrams and character 3-5-grams (inside words) of each sentence,
trained on paraphrases in en/es/fr/de/pt with hard negatives — ordinary replies that mention people,
"our team", "a colleague will call you", "human error" (trainer and data: plugin/guards_training/). The
weights are exported to data/human_claims.json and scored here with the standard library only; `features`
is the one definition of the features, which the trainer imports too, so the two cannot drift apart.

A draft is flagged when any piece scores at or above the threshold stored with the weights. The pieces
(`sentences`): each sentence, its clauses, a short "I checked:" lead-in read with what follows, the sign-off
over several lines read as one line; the customer's words quoted back after a "you" are emptied first.
Two features beside the n-grams: quotation marks, and the shape of a personal sign-off.
Two checks that do not depend on wording run before the model: a reply that ends with a personal name
(`personal_sign_off`) and an offer of one's own line (`own_line_offered`). A quotation is muted as the
customer's words only if the customer wrote it (when their text is known).

Two tiers (`tier`): strong evidence withholds the draft (one's own line offered, a first-person denial of being a
machine — `denies_machine` —, a piece that speaks as one person, of at least `MIN_WITHHOLD_WORDS` content words and
not a question — `asked` —, scoring at least `STRONG_SCORE`; timestamps and dates are no words);
weaker evidence only flags it (a personal sign-off, a piece that speaks as one person — `first_person_singular` —
scoring from `FLAG_SCORE`, a shorter or impersonal piece scoring from `IMPERSONAL_SCORE`, a physical act in the first person —
`physical_act_in_first_person` — at any score, a scene told without "I" — `scene_narrated` —, a relative named
without a possessive — `relative_named` —, the writing side described without "I" — `writer_described` —): the
agent gets the suggestion with a warning line above it, so an honest reply is at worst flagged, never lost,
and a subtle claim still never reaches the agent as a clean suggestion. The verdict is `decide` over `evidence` under
`Cuts`: the scores and rule verdicts first, the cuts after, so benchmarks/guards/calibrate.py can choose the cuts on
the pooled development sets (guards round 8). Guards round 12 (long replies): a line broken inside a sentence is read
with the rest of it (`unwrapped`); the lived-experience and impersonal scores of a piece not from the writer's side
(`writers_voice`) need higher cuts; the weak cuts rise a little with the number of pieces (`Cuts.per_piece`,
benchmarks/guards/round12.py). Guards round 13 (long replies): a signal counts in the writer's own voice — the customer's
words quoted back are muted, a clause is read with its sentence (`in_assistant_voice`), a tip addressed to the
customer (`_addressed`) has no lived experience of the writer's; in a reply of `Cuts.lone_pieces` pieces or more, weak
scores in one sentence only need `Cuts.lone` (`Evidence.weak`, benchmarks/guards/round13.py); a heading or subject
line is judged without the rise (`_TITLE`). Guards round 14: marks that are not the writer's side (a company "we hope",
"reply to this message", `_NOT_PAST`), advice put generally (`_GENERAL`) addressed to the customer, a transcript's
customer line muted, `Cuts.lone_pieces` 20 (benchmarks/guards/round14.py). Round 14b: a "we" keeping a routine flags
(`team_routine`). Round 15: a `speaker.off_voice` piece the lived-experience model scores under `Cuts.quiet` flags only
in a reply under `Cuts.lone_pieces` (`Evidence.off_voice`), plain scores join the lone release, `Cuts.lone` 0.9
(benchmarks/guards/round15.py).
Figures per language against a phrase-list baseline and the model before: benchmarks/guards/README.md.
"""
from __future__ import annotations

import gzip
import itertools
import json
import math
import re
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple

from . import speaker
from .offers import fold

WEIGHTS_FILE = Path(__file__).with_name("data") / "human_claims.json"
LIVED_FILE = Path(__file__).with_name("data") / "lived.json"  # the lived-experience model (`lived_score`)
GIVEN_NAMES_FILE = Path(__file__).with_name("data") / "given_names.txt.gz"  # source: data/README.md
WITHHOLD, FLAG = "withhold", "flag"
# Tiers of the model's score. A piece that speaks as one person (`first_person_singular`: "I", "je", "ich", "eu",
# a Spanish or Portuguese first-person verb, "Ana here") is flagged from FLAG_SCORE; a piece that does not ("On most
# handsets, …", "Atención al Cliente", "Analisámos o seu caso") is flagged only when the model is sure (STRONG_SCORE)
# and never withheld on its score (guards round 5: such pieces were most of the honest replies withheld on
# development sets 5-10; lived experience and scenes told without "I" only flag too): impersonal sentences were
# most of the honest replies flagged on development sets 5 and 6, and a claim without a first person is a sign-off
# (`personal_sign_off` flags it), a scene, or rare. Both
# scores were chosen with development sets 5 and 6 in view (benchmarks/guards/README.md); the trainer prints the
# cross-validated recall per cut (templates held out): 0.976 of the first-person claim rows from 0.10.
FLAG_SCORE = 0.1
STRONG_SCORE = 0.9
IMPERSONAL_SCORE = 0.9  # an impersonal piece (or the assistant's own act) flags from here
# The lived-experience model's cuts (`lived_score`): any piece that narrates outside the assistant's voice, and such a
# piece that also speaks as one person (explored in guards round 8, not lower than LIVED_SCORE on the curve, so it
# changes nothing today). Not the trainer's own cut stored with the weights (`_lived_model()[2]`, 0.70, which its
# model-level tests use).
# Guards round 8: every flag cut (FLAG_SCORE, IMPERSONAL_SCORE, WRITER_LIVED, LIVED_SCORE, LIVED_SINGULAR_SCORE) is
# chosen by one written rule on development sets 5-13 pooled, not per set (benchmarks/guards/calibrate.py draws the
# curve; benchmarks/guards/README.md, round 8, gives the rule and the figures). STRONG_SCORE never decides "clean" and
# stays where it was.
LIVED_SCORE = 0.65
LIVED_SINGULAR_SCORE = 0.7
# Guards round 12 (benchmarks/guards/README.md, round 12): the cuts of pieces not from the writer's side, and how the
# flag cuts rise with the number of pieces (a reply of 10 pieces keeps them; 27 pieces or more, each up by 0.1; never
# above MAX_CUT). Chosen on development sets 5-20 pooled under the rule "no claim more reaches the agent clean, no
# honest reply more withheld, the most honest replies clean"; the leave-one-set-out figures are in the README.
LIVED_PLAIN_SCORE = 0.8
IMPERSONAL_PLAIN_SCORE = 0.95
PER_PIECE = 0.1
PIECES = 10
MAX_CUT = 0.999
# the most the cuts rise, whatever the number of pieces (reached at 27 pieces): a draft padded with hundreds of lines
# buys no more than this (on development sets 5-20 the cap changes no verdict)
MAX_RISE = 0.1
# Guards round 13: in a reply of LONE_PIECES pieces or more, weak signals (the claim, impersonal and lived-experience
# scores) that pass their cuts in one sentence only, and none from LONE_SCORE, do not flag alone: one sentence of
# advice scoring 0.74-0.91 in a long reply was the commonest flag left on long honest replies, while the claims of the
# development sets caught that way alone scored 0.92 or more there. The plain scores (not from the writer's side),
# the hand rules, the writer's evidence and a sign-off flag as before. Chosen by benchmarks/guards/round13.py (25);
# round 14 re-chose it on sets 5-24 over a finer grid, out of fold (benchmarks/guards/round14.py): 20.
LONE_PIECES = 20
LONE_SCORE = 0.9
# guards round 15: an off-voice piece (a first person outside the speaker policy's acts) the lived-experience model
# scores under this (a quiet one) flags in a reply under `Cuts.lone_pieces` only, like a weak score there
QUIET_SCORE = 0.1
# guards round 17: in a reply of BARE_PIECES pieces or more, a sentence naming no person of the writing side (no "I",
# no living "we"/"us"/"our", no team, colleague or writer named, no message being written; `_person`) is about the
# customer, the product or the world, and its impersonal and lived-experience scores are no evidence of who wrote it
BARE_PIECES = 20
# an emoji ends a sentence as a full stop does in the chatty style that uses them ("… this morning 😄 Your set …")
_EMOJI = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF"
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+|\s+[-–—]\s+|\s*(?:[" + _EMOJI + r"][\uFE0F\u200D]*)+\s*")
_CLAUSE = re.compile(r",\s+|\s+(?:but|pero|mais|aber|mas)\s+", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+")
_QUOTE_MARKS = frozenset('"“”„«»')
# the shape of a personal sign-off: [closing,] a capitalised given name, then a title after a comma, bracket,
# pipe or dash that starts with a capital ("Thanks, Ana, Returns Lead", "Ana (Head of Care)", "Ana | Support")
_SIGN_OFF_SHAPE = re.compile(r"^(?:[^,]{1,30},\s*)?[^\W\d_][^\W\d_'-]+\s*(?:\([^)]{2,60}\)|(?:,|\||[-–—])\s*"
                             r"[^\W\d_a-zß-ÿ][^.!?,]{2,60})$")


def features(sentence: str) -> list[str]:
    words = _WORD.findall(fold(sentence))
    out = [f"w:{w}" for w in words]
    if _QUOTE_MARKS.intersection(sentence):  # the customer's words quoted back; a weight, never an exemption
        out.append("q:quoted")
    if _SIGN_OFF_SHAPE.match(sentence.strip()) and sentence.strip()[:1].isupper():
        out.append("s:sign-off shape")  # a weight the model learns, not a verdict: names and titles vary too much
    out += [f"b:{a} {b}" for a, b in itertools.pairwise(words)]
    for word in words:
        padded = f" {word} "
        out += [f"c:{padded[i:i + n]}" for n in (3, 4, 5) for i in range(len(padded) - n + 1)]
    return out


# double, guillemet, German and single quotation marks; a straight single quote only around words, an apostrophe
# inside a word ("didn't") does not close it
# (guards round 13) a German or English opening mark may be closed by two straight quotes ("„Ich saß …''", as drafts
# reached the guard end to end on development set 21): the pair closes it, so the customer's words stay theirs
_QUOTED = re.compile(r'"[^"\n]{3,300}"|“[^”\n]{3,300}(?:”|\'\')|«[^»\n]{3,300}»|„[^“”\n]{3,300}(?:[“”]|\'\')|'
                     r"‘[^’\n]{3,300}’|‚[^‘’\n]{3,300}[‘’]|‹[^›\n]{3,300}›|(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){3,300}'(?!\w)")
# a word for "you" (formal or familiar) or a verb of the customer saying or writing, before the quotation
_TO_THE_CUSTOMER = re.compile(
    r"(?i)\b(?:you|your|usted|ustedes|nos|vous|votre|voc[eê]s?|vos|tu|t[uú]|te|ti|tus|tes|ton|ta|toi|teu|tua|du|dein\w*|"
    r"dir|dich|euch|comentas?|dices|dice|escribes?|cuentas?|mencionas?|indicas?|disse|escreve|contas?|"
    r"escribiste|escribi[oó]|dijiste|contaste|comentaste|mencionaste|escreveu|escreveste|contou|referiu|mencionou|"
    r"mencionaste|disseste|diz|dizes|"
    r"[ée]crivez|dites|pr[ée]cisez|indiquez|mentionnez|schreibst|sagst|erw[äa]hnst)\b|\bSie\b|\bIhr\b")


# guards round 14: a transcript's line of the customer ("customer: The clock I bought stops…") is a quoted line too
_QUOTED_LINE = re.compile(r"(?im)^[ \t]*(?:>|(?:customer|client|cliente|kunde|kundin)[ \t]*:)[ \t]?(.+)$")


def customer_lines_muted(text: str, customer_text: str | None) -> str:
    """A line quoted e-mail style ("> I knit for my grandchildren…") is the customer's when they wrote it: emptied
    only when the customer's text is known and holds most of the line's words (`_written_by`); a `> ` line the
    customer never wrote is read as the writer's."""
    if not customer_text:
        return text
    return _QUOTED_LINE.sub(lambda m: ">" if _written_by(m.group(1), customer_text) else m.group(), text)


def customer_quotes_muted(text: str, customer_text: str | None = None) -> str:
    """The customer's own words quoted back ("You wrote: \"I spoke to someone who promised a refund\"") are
    not the writer's. When the customer's text is known, a quotation is emptied only if the customer wrote it
    (`_written_by`), wherever it stands and whatever introduces it ("„Ich habe Heuschnupfen“, schreiben Sie", a table
    cell, "In Ihrer Nachricht steht: …"; guards round 7): "You said: \"I checked it myself\"" puts words in the
    customer's mouth and is read as the writer's. When it is not known, a quotation with a word for "you" before it
    on the same line is emptied; one with no one to attribute it to ("As I say, \"I checked it myself\"") is read."""
    def mute(match: re.Match[str]) -> str:
        quoted: str = match.group()
        before = text[text.rfind("\n", 0, match.start()) + 1:match.start()][-80:]
        theirs = _written_by(quoted[1:-1], customer_text) if customer_text else _TO_THE_CUSTOMER.search(before)
        return quoted[0] + "…" + quoted[-1] if theirs else quoted
    return _QUOTED.sub(mute, customer_lines_muted(text, customer_text))


_PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")


def _written_by(quoted: str, customer_text: str, share: float = 0.8) -> bool:
    """Most of the quotation's word pairs are in the customer's text (redacted: a restored name or number in
    the quotation may differ from the placeholder the customer text holds)."""
    def pairs(words: list[str]) -> set[tuple[str, str]]:
        return set(itertools.pairwise(words)) or {(w, "") for w in words}
    said = pairs(_WORD.findall(fold(quoted)))
    heard = pairs(_WORD.findall(fold(_PLACEHOLDER.sub(" ", customer_text))))
    return bool(said) and len(said & heard) >= math.ceil(share * len(said))


def sentences(text: str, customer_text: str | None = None) -> list[str]:
    """Sentences, and the clauses of each (a claim often hides after "Rest assured," or before a "but"),
    and the sign-off read as one line: "Thanks,\nAna\nReturns Specialist" is a name and a role only together."""
    text = customer_quotes_muted(text, customer_text)
    out = []
    for sentence in _lead_ins_joined([part.strip() for part in _SENTENCE_END.split(unwrapped(text))]):
        clauses = [c.strip() for c in _CLAUSE.split(sentence)]
        if any(len(c.split()) == 1 and c[:1].isupper() for c in clauses[1:]):
            clauses = []  # a name in apposition ("The store manager, Tom, will call"): "The store manager" alone is no claim
        out += [sentence] + [c for c in clauses if len(clauses) > 1 and len(c.split()) >= 3]
    sign_off = _sign_off(text)
    if sign_off:
        out.append(sign_off)
    return [s for s in out if len(s) > 3]


# A line broken inside a sentence (a hard-wrapped e-mail, a PDF copied out): the line ends in a letter, a digit or a
# comma and the next line goes on in lower case. Such a break is no sentence end: "Quem lhe\nresponde nada todas as
# manhãs … antes\nde vir trabalhar" is one sentence, and cut into lines neither the model nor the rules see who it is
# about (guards round 12: most of the claims in the wrapped layouts of development set 19 reached the agent only
# flagged by the lived-experience model on a fragment). A blank line, a line ending in a full stop or colon, and a
# next line that starts with a capital, a digit, a bullet or a quotation mark still end the piece.
_WRAPPED = re.compile(r"(?<=[^\W_]|,)[ \t]*\n[ \t]*(?=[a-zß-ÿ])")


def unwrapped(text: str) -> str:
    """The text with the line breaks inside sentences (`_WRAPPED`) read as spaces."""
    return _WRAPPED.sub(" ", text)


def _lead_ins_joined(parts: list[str], words: int = 3) -> list[str]:
    """A short lead-in ending in a colon ("I checked:", "Ich habe nachgesehen:") is not read alone, where it
    says nothing about who wrote it, but with what follows it; what follows is also read alone."""
    out: list[str] = []
    for index, part in enumerate(parts):
        if part.endswith(":") and len(part.split()) <= words and index + 1 < len(parts):
            out.append(f"{part} {parts[index + 1]}")
        else:
            out.append(part)
    return out


def _sign_off(text: str, lines: int = 3, words: int = 6) -> str:
    """The last short lines of a draft (at most `lines`, each of at most `words` words), joined; "" if fewer
    than two."""
    tail: list[str] = []
    for line in reversed([line.strip() for line in text.strip().splitlines()]):
        if not line or len(line.split()) > words or len(tail) == lines:
            break
        tail.insert(0, line.rstrip(","))
    return ", ".join(tail) if len(tail) >= 2 else ""


# --- two checks that do not depend on the claim's wording ----------------------------------------------
# The drafting prompt says: 'Do not invent a personal name; sign off as "The support team"' (core/prompting.py).
# A reply that ends with a personal name (with or without a role) claims a person wrote it, whatever the title.
# The words below are closed classes, not claims: closing formulas, determiners, and words for a team or
# service, in en/es/fr/de/pt (folded: lower case, no accents). A capitalised word none of these, nor in the
# tenant's settings, allow-list or knowledge base (the brand), in the sign-off position, is taken for a name.
_CLOSING_WORDS = frozenset("""
thanks thank you many again cheers best regards kind warm warmest warmly wishes sincerely yours truly respectfully
all the talk soon speak later take care bye goodbye hello hi dear greetings have a nice great good day week weekend
happy holidays merry christmas season signed regds rgds faithfully cordially with love hugs see
un una unos um uma saludo saludos cordial cordiales atentamente gracias muchas muy reciba abrazo abrazos besos hasta
pronto luego manana buen buena dia dias feliz firmado afectuosamente quedo disposicion un saludito cariño
cordialement belle bien a vous toi merci beaucoup bonne journee soiree semaine fin amicalement sincerement salutations
distinguees avance tres bises signe respectueusement votre vos
viele liebe beste herzliche freundliche schone gruße grusse grussen gruß gruss mit freundlichen besten
herzlichen lieben danke vielen dank bis bald gezeichnet ihre ihr euer schonen tag noch
atenciosamente obrigado obrigada muito abraco abracos abs att cordialmente ate mais logo breve beijos assinado
cumprimentos melhores saudacoes carinho
""".split())
_DETERMINERS = frozenset("the a an our your el la los las nuestro nuestra su sus le les l lo notre ihr ihre die "
                         "der das unser unsere o os as nosso nossa equipe equipo team".split())
_SERVICE_PARTS = ("team", "equip", "support", "soporte", "suporte", "service", "servic", "dienst", "care",
                  "help", "hilfe", "atencion", "atendimento", "kunden", "customer", "client", "cliente", "desk",
                  "staff", "crew", "office", "oficina", "bureau", "buro", "escritorio", "shop", "store", "tienda",
                  "loja", "boutique", "magasin", "laden",
                  # departments signing alone ("Thanks,\nBilling")
                  "billing", "return", "shipping", "sales", "account", "order", "deliver", "logistic", "warehouse",
                  "finance", "payment", "claims", "factura", "devolucion", "envio", "venta", "pedido", "almacen",
                  "pago", "retour", "expedition", "livraison", "vente", "commande", "entrepot", "paiement",
                  "buchhaltung", "versand", "vertrieb", "bestellung", "lager", "zahlung", "faturamento", "devoluc",
                  "venda", "entrega", "armazem", "pagamento")
_NAME_TOKEN = re.compile(r"[^\W\d_a-zß-ÿ][^\W\d_A-ZÀ-Þ]+(?:[-'’][^\W\d_][^\W\d_]+)?$")
_PARTICLES = frozenset("de da do dos das del van von der di du le la y e".split())
_HEAD_END = re.compile(r"\s*(?:[,|(:/]|\s[-–—]\s|[–—])\s*")


def _name_like(segment: str, known: set[str]) -> bool:
    """1-3 capitalised words ("Ana", "Jean-Luc Martin", "Maria da Silva"), none a closing, a determiner, a
    word for a team or service, or a word of the tenant's own texts."""
    tokens = segment.split()
    names = [t for t in tokens if fold(t) not in _PARTICLES]
    if not 1 <= len(names) <= 3 or not all(_NAME_TOKEN.match(t) for t in names):
        return False
    folded = [fold(t) for t in names]
    return not any(f in _CLOSING_WORDS or f in _DETERMINERS or f in known
                   or any(part in f for part in _SERVICE_PARTS) for f in folded)


def _known(segment: str, known: set[str]) -> bool:
    """Every word of the segment is a word of the tenant's own texts (its name as configured)."""
    words = [w for w in _WORD.findall(fold(segment)) if w not in _PARTICLES]
    return bool(words) and all(w in known for w in words)


def _closing(segment: str) -> bool:
    words = _WORD.findall(fold(segment))
    return bool(words) and all(w in _CLOSING_WORDS for w in words)


# A brand and its department on one line ("Blue Harbor | Returns Team", "Nordlicht, Help Desk") is no person,
# unless the role names a person's post ("Rosie – Team Lead", "Javier (jefe de equipo)").
_COLLECTIVE_END = frozenset("team desk care support service services helpdesk hilfe kundenservice kundendienst "
                            "crew staff".split())
_COLLECTIVE_START = frozenset("equipo equipe servicio service servico atendimento atencion soporte suporte".split())
_POSTS = ("lead", "head", "manager", "chef", "jefe", "jefa", "lider", "responsable", "coordina", "coorden",
          "supervis", "specialist", "especialista", "agent", "advisor", "adviser", "asesor", "conseill", "berater",
          "leiter", "leitung", "rep", "representative", "associate", "officer", "direct", "gestor", "gerente",
          "analyst", "analista", "assist", "consultant", "consultor", "expert", "owner")
_PRONOUNS = frozenset("she her he him they them".split())  # "Megan (she/her)"


def _post(role: str) -> bool:
    """The role names a person's post ("Team Lead", "Teamleiterin") or their pronouns ("she/her")."""
    words = _WORD.findall(fold(role))
    return bool(_PRONOUNS.intersection(words)) or any(
        post in w if len(post) >= 5 else w.startswith(post) for w in words for post in _POSTS)


def _collective(role: str) -> bool:
    words = _WORD.findall(fold(role))
    if not words or _post(role):
        return False
    return any(words[-1].endswith(end) for end in _COLLECTIVE_END) or words[0] in _COLLECTIVE_START


# A company signs with its name: legal forms and words for an organisation in en/es/fr/de/pt (folded) mark one
# ("Oakline Ltd", "Club Horizon", "Atelier Rosário"), and so does a name of several words none of which is a
# given name ("Gowns Direct", "Energía Bética"): a person signs with a given name first ("Linnea Marsh").
_ORGANISATION = frozenset("""
ltd limited inc llc llp plc corp co gmbh ag kg ohg ug ev sa sas sarl sasu sl slu srl spa lda ltda eireli bv nv
company companhia compania compagnie empresa entreprise unternehmen firma societe sociedad sociedade gesellschaft
group grupo groupe gruppe holding club clube verein association asociacion associacao verband federation
foundation fundacion fundacao fondation stiftung institute instituto institut agency agencia agence agentur
studio estudio atelier werkstatt taller oficina maison casa haus
""".split())


@cache
def given_names() -> frozenset[str]:
    """Given names (folded), for telling a person's signature from a company's: data/README.md."""
    with gzip.open(GIVEN_NAMES_FILE, "rt", encoding="utf-8") as names:
        return frozenset(names.read().split())


def _company(name: str) -> bool:
    tokens = [fold(t) for t in name.split() if fold(t) not in _PARTICLES]
    return any(t.strip(".") in _ORGANISATION for t in tokens) or (
        len(tokens) > 1 and tokens[0] not in given_names())


def personal_sign_off(text: str, known_text: str = "", lines: int = 3, words: int = 10) -> bool:
    """The reply ends with a personal name: one of its last short lines (or the last line's part after a
    closing, "Thanks, Ana") is a name, alone or followed by a role ("Rosie – Team Lead", "Paul\nCustomer
    Happiness, Leeds", "Megan (she/her)"). A sentence ("Ana, who looks after dispatch, will call you.") is
    not a sign-off, nor is a reply of one line that is only a name."""
    known = {w for w in _WORD.findall(fold(known_text)) if len(w) > 1}
    tail = [line.strip().lstrip("-–—•* ").strip() for line in text.strip().splitlines()]
    block: list[str] = []
    for line in reversed(tail):
        if not line or len(line.split()) > words or len(block) == lines:
            break
        block.insert(0, line)
    for line in block:
        segments = [seg for seg in _HEAD_END.split(line.rstrip("!,;")) if seg]
        while segments and _closing(segments[0]):
            segments = segments[1:]  # "Thanks, Ana", "Firmado: Andrés, su gestor de cuenta"
        if segments:  # "Herzliche Grüße Ines | Leiterin Retouren": the closing's words before the name
            head = segments[0].split()
            while len(head) > 1 and fold(head[0]) in _CLOSING_WORDS:
                head = head[1:]
            segments[0] = " ".join(head)
        if segments and _collective(segments[0]):
            continue  # a department first: "Membership Services, Arden Leisure", "Atención al Cliente, Conectia"
        if len(segments) > 1 and _known(segments[0], known) and not _post(" ".join(segments[1:])):
            continue  # the tenant's own name, then a department: "Hostal Las Dunas – Reservas", "Acme | Billing"
        if len(segments) > 1 and len(segments[0].split()) <= 4 and not _name_like(segments[0], known):
            segments = segments[1:]  # a closing the list lacks ("Belle journée, Ines")
        if not segments or not _name_like(segments[0].rstrip("."), known):
            continue
        role = " ".join(segments[1:])
        if line.endswith((".", "?")) and len(line.split()) > 2 or _collective(role):
            continue
        if _company(segments[0].rstrip(".")) and not _post(role):
            continue  # "Oakline Furniture", "Club Horizon"; but "Oakline Furniture – Team Lead" is a person's post
        if len(segments) == 1 and line == text.strip():
            continue  # a reply of one line that is only a name or "Thanks, Ana" is no sign-off
        if len(segments) == 1 and len(segments[0].split()) == 1 and fold(segments[0]) not in given_names():
            continue  # one word alone that is no given name is a department ("Pflanzenberatung", "Reservas")
        return True
    return False


# Offering one's own line is offering a person: "my direct number", "ask for me", "put through to me". Each
# pattern is a first-person-singular pronoun bound to a telephony word (folded text), not a claim's wording.
_OWN_LINE = re.compile(r"(?<!\w)(?:" + "|".join((
    # en
    r"my (?:own |direct |personal |private |desk |work )*(?:number|line|extension|ext|phone|mobile|cell|landline"
    r"|phone number|mobile number|whatsapp|direct dial|e-?mail address)",
    r"my (?:own|direct|personal|private|work) e-?mail", r"a call from me", r"ask (?:for|after) me",
    r"(?:call|ring|phone|text|reach|dial|page) me(?: (?:directly|direct|back|on|at|any ?time))?(?!\w)",
    r"(?:put|transfer(?:red)?|connect(?:ed)?|pass(?:ed)?) (?:you )?(?:through )?to me",
    # es ("por mí", the pronoun, is told from "por mi", the possessive, before accents are folded: _ASK_FOR_ME)
    r"mi (?:numero|linea|extension|telefono|movil|celular|whatsapp)(?: (?:directo|directa|personal|propio))?",
    r"mi correo (?:directo|personal|propio)", r"llam(?:e|a|ar)me", r"(?:una )?llamada mia",
    r"(?:le|te) (?:pasen|pase|transfieran|transfiera) conmigo",
    # fr
    r"mon (?:numero|poste|telephone|portable|adresse e-?mail|mail perso\w*|whatsapp)", r"ma ligne(?: directe)?",
    r"appelez-moi", r"m'appeler", r"me joindre (?:directement|au |sur |par telephone)",
    r"(?:en relation|transfere\w*) avec moi", r"demande[rz]? (?:a me parler|apres moi|a parler avec moi)",
    # de
    r"meine? (?:durchwahl|nummer|telefonnummer|handynummer|leitung|mailadresse|e-mail-adresse|apparat|festnetz\w*"
    r"|whatsapp|direktwahl)", r"rufen sie mich", r"mich (?:direkt )?an(?:rufen|zurufen)",
    r"nach mir (?:fragen|verlangen)", r"zu mir (?:durch)?(?:stellen|verbinden)", r"mit mir verbinden",
    # pt
    r"(?:o )?meu (?:numero|ramal|telefone|celular|whatsapp|contato)(?: direto| pessoal)?",
    r"meu e-?mail (?:direto|pessoal)", r"minha linha", r"me lig(?:ue|ar|a)", r"lig(?:ue|ar|a) (?:direto )?para mim",
    r"pergunt(?:e|ar) por mim", r"transfer\w* para mim", r"(?:passarem|passem|passe) para mim")) + r")(?!\w)")
_ASK_FOR_ME = re.compile(r"(?i)\bpregunten? por m[íi](?!\w)(?<=í)")


def own_line_offered(text: str, customer_text: str | None = None) -> bool:
    """The writer offers their own phone line, extension or e-mail, or to be asked for by name."""
    text = customer_quotes_muted(text, customer_text)
    return bool(_OWN_LINE.search(fold(text)) or _ASK_FOR_ME.search(text))


Model = tuple[dict[str, float], float, float]  # weights, bias, threshold


def load(exported: str) -> Model:
    data = json.loads(exported)
    return data["weights"], data["bias"], data["threshold"]


@cache
def _model() -> Model:
    return load(WEIGHTS_FILE.read_text(encoding="utf-8"))


def score(sentence: str, model: Model | None = None, featurise: Callable[[str], list[str]] | None = None) -> float:
    """Probability that the sentence claims human authorship (or, with the lived model and `lived_features`,
    narrates lived experience). Features are binary; the n-grams are L2-normalised, as in training (divided by the
    square root of their number), and the structural features (`STRUCTURAL`, lived model only) are not: a sentence's
    length does not dilute who lives it, so their weight carries to a language whose words the model never saw."""
    weights, bias, _ = model or _model()
    present = set((featurise or features)(sentence))
    if not present:
        return 0.0
    structural = {f for f in present if f.startswith(STRUCTURAL)}
    grams = present - structural
    z = (bias + sum(weights.get(f, 0.0) for f in grams) / math.sqrt(max(1, len(grams)))
         + sum(weights.get(f, 0.0) for f in structural))
    return 1.0 / (1.0 + math.exp(-z))


def claims_human(text: str, model: Model | None = None, *, known_text: str = "", customer_text: str | None = None,
                 rules: bool = True) -> bool:
    """`model`: other exported weights (benchmarks compare versions); the shipped ones by default.
    `known_text`: the tenant's settings, allow-list and knowledge base (a brand there may sign a reply).
    `customer_text`: what the customer wrote; when given, only quotations of it are muted.
    `rules`: also apply the two wording-free checks (`personal_sign_off`, `own_line_offered`).
    One threshold, the model's own (benchmarks compare judges with it); the guards use `tier`."""
    model = model or _model()
    if rules and (personal_sign_off(text, known_text) or own_line_offered(text, customer_text)):
        return True
    return _top_score(text, model, customer_text, rules) >= model[2]


# The writer speaking as one person: a first-person-singular pronoun, possessive or clitic, or (in Spanish and
# Portuguese, which drop the pronoun) a first-person-singular verb form: a preterite ending only the first person
# has ("revisé", "verifiquei"), or a common irregular or present form. Folded words, except the accented endings.
_FIRST_SINGULAR = re.compile(r"(?<![\w'])(?:" + "|".join((
    r"i|i'm|i've|i'd|i'll|me|my|mine|myself",
    # es: words that are also a noun or a third person ("trabajo", "paso", "era", "mes") are left out
    r"yo|mi(?!-)|mis|conmigo|mio|mia|mios|mias|he \w+(?:ado|ido|to|cho)|hice|fui|estuve|tuve|vi|dije|puse|pude|vine|"
    r"supe|quise|estoy|soy|voy|tengo|llevo|hago|creo|recuerdo|acabo|sigo|conozco|pienso|puedo|quiero|prefiero|salgo|"
    r"vuelvo|reviso|miro|contesto|escribo|subo|vengo|pido|llamo",
    r"je|j'\w+|moi|mon|m'\w+|moi-meme",
    r"ich|mich|mir|mein|meine|meinen|meinem|meiner|meines",
    r"eu|meu|minha|meus|minhas|comigo|mim|fiz|estive|tive|disse|pus|vim|trouxe|soube|quis|estou|sou|vou|tenho|moro|"
    r"dei|sei|faco|acho|lembro|acabei|conheco|penso|posso|quero|prefiro|abri|pedi|senti|li|ouvi|subi|desci|recebi|parti|"
    r"dormi|escrevi|percebi|conferi|revi|corri|vesti|comi|bebi",
    r"le escribe|te escribe|hier (?:ist|spricht|schreibt)|aqui (?:e|fala)|quem (?:fala|escreve)|escreve-lhe",
    # es/pt present forms that are also nouns, unless after an article, a possessive or a preposition ("el trabajo",
    # "para uso doméstico"; "uso a M" is a first person)
    r"(?<!el )(?<!un )(?<!su )(?<!tu )(?<!mi )(?<!o )(?<!um )(?<!do )(?<!seu )(?<!meu )(?<!de )(?<!para )(?<!en )(?<!no )"
    r"(?<!em )(?<!del )(?<!al )(?<!ao )(?<!bom )(?<!buen )(?<!um )(?<!un )(?<!de )(?:trabajo|trabalho|uso|traje|aviso)",
    r"confirmo|informo|garantizo|garanto|aseguro|asseguro|atiendo|atendo",
    # who the customer is talking to, said to them: "you're talking to a real employee", "le atiende alguien"
    r"you(?:'re| are) (?:talking|speaking|chatting|writing|dealing) (?:to|with)|(?:esta|estas|estan) hablando con|"
    r"le atiende|te atiende|vous (?:parlez|echangez|ecrivez) (?:a|avec)|sie (?:sprechen|schreiben|chatten) mit|"
    r"sie haben es mit|(?:voce )?(?:esta|estao) (?:falando|conversando) com",
    # words for being a person or a machine: what such a sentence is about
    r"human|humans|humano|humana|humain|humaine|mensch|menschen|menschlich\w*|robot|robo|roboter|bot|"
    r"real (?:person|people|employee|member of staff|agent)|persona real|personne reelle|pessoa real|echte[rn]? \w+|"
    r"de verdad|de carne y hueso|aus fleisch und blut|en chair et en os|de carne e osso|alguien real|alguem real|"
    r"flesh and blood|ai|ia|ki|chatbot|maschine|"
    # a program is one with an article or a negation ("just a program", "no soy un programa"); "o programa Levedar" of
    # an oven, "the loyalty programme" are products (guards round 7)
    r"(?:an?|un|una|um|uma|une|ein|eine|einem|einen|kein|keine|no|not|nao|pas|ningun|ninguna|nenhum|nenhuma|aucun|"
    r"aucune|any) (?:computer |\w+ )?(?:program|programa|"
    r"programme|programm)|"
    # a household machine is no machine speaking ("a sua máquina de lavar", "la machine à café")
    r"(?<!a )(?:maquina|machine)(?! (?:de|a|à) (?:lavar|laver|cafe|coser|costura|coudre|secar|sécher|secher|laver|gelo|hielo|pao|pan))|"
    r"(?:asistente|assistente|assistant|assistent) (?:virtual|virtuel|virtueller|digital|digitaler)",
    # es/pt imperatives with "me" attached ("deme un momento", "avise-me")
    r"deme|dame|digame|dime|avise?me|permitame|permiteme|dejeme|dejame|escribame|escribeme|\w+-me",
)) + r")(?![\w'])")
# es "revisé", "vi" / pt "verifiquei", "falei"; not "aquí", "así", "café", "bebé", pt "lei", "até", "boné"; only in a piece that is
# not French ("noté", "réservée") or German ("bei", "drei"), told by their commonest function words
_FIRST_SINGULAR_VERB = re.compile(r"(?i)\b(?!(?:aqu|as|all|ah|caf|beb|jos|l|r|at|bon|qu|porqu)[éeíi]i?\b)[^\W\d_]{2,}(?:é|í|ei)\b")
_FRENCH_OR_GERMAN = re.compile(r"(?<![\w'])(?:vous|votre|vos|nous|notre|est|les|des|du|une|et|avec|dans|sont|cette|"
                               r"au|aux|pour|sur|qui|der|die|das|und|ist|nicht|ihr|ihre|bei|mit|von|auf|fur|noch|den|"
                               r"dem|ein|eine|wir|uns|sich|dein|deine|dir|du|"
                               # guards round 13: a clause cut out of a German sentence ("zwei Wochen sind knapp",
                               # "dabei haben Sie") has fewer function words
                               r"sie|haben|hat|sind|aber|zwei|drei|frei|dabei|vorbei|sehr|auch|nur|schon|wird|werden|im|"
                               r"zum|zur|"
                               # guards round 14: French words Spanish and Portuguese lack ("le son a coupé pendant…")
                               r"il|elle|ils|elles|ce|ces|pendant|depuis|chez|pas|ne|leur|leurs)(?![\w'])")


# the writer introducing themselves by a capitalised name: "Ana here", "This is Ana", "C'est Ana", "Ici Ana", "Aquí Ana"
_SELF_INTRODUCED = re.compile(r"(?:^|[,:;!]\s*)(?:[^\W\d_a-z][^\W\d_]+ here\b|(?:[Tt]his is|[Cc]['’]est|[Ii]ci|"
                              r"[Aa]qu[íi](?: (?:está|es|habla))?) (?:l[ae] |el |a |o )?[^\W\d_a-z][^\W\d_]+)")


# One person's senses or hands at work, in the past: the first-person-singular subject bound to a verb of seeing,
# photographing, speaking with someone, measuring, tasting, smelling, touching, reading aloud, going somewhere,
# carrying or packing (folded text). What an assistant drafting from records cannot have done; a flag, not a verdict.
_EN_ACT = (r"watched|photographed|took (?:a |some |a few )?(?:photos?|pictures?|snaps?)|snapped|spoke|talked|"
           r"chatted|double-checked with|checked with|measured|weighed|tasted|smelled|smelt|touched|held|read (?:it|them|"
           r"your \w+ )?(?:aloud|out)|walked|went (?:to|down|over|into|out|up)|drove|popped|carried|packed|wrapped|tucked|unboxed|tried on|"
           r"listened|heard|raised|brought (?:it|this|your \w+) up")
_EN_ACT_PP = _EN_ACT.replace("went ", "(?:gone|been) ").replace("took", "taken")
_PHYSICAL_ACT = re.compile(r"(?<![\w'])(?:" + "|".join((
    r"i (?:just |personally |myself |also |then |actually )*(?:" + _EN_ACT + r")",
    r"i(?:'ve| have) (?:just |personally |myself |also |already )*(?:" + _EN_ACT_PP + r")",
    r"j'ai (?:moi-meme |personnellement |deja )*(?:visionne|photographie|pris (?:une|des) photos?|parle|"
    r"discute|verifie (?:aupres|avec)|mesure|pese|goute|senti|touche|lu|emballe|glisse|essaye|ecoute)",
    r"je suis (?:alle|allee|descendu|descendue|passe|passee|monte|montee)",
    r"ich (?:habe|hab) (?:\w+ ){0,8}?(?:fotografiert|gesprochen|abgeklart|gemessen|"
    r"gewogen|probiert|gekostet|gerochen|angefasst|vorgelesen|eingepackt|verpackt|anprobiert|gehort)",
    r"ich (?:bin|war) (?:\w+ ){0,6}?(?:gegangen|gelaufen|gefahren|vorbeigegangen|runtergegangen)",
)) + r")(?!\w)")
# Spanish and Portuguese forms fold to French and German words ("probé" / "Probe", "pesé" / "a pesé"): read only in a
# piece that is neither
_PHYSICAL_ACT_IBERIAN = re.compile(r"(?<![\w'])(?:" + "|".join((
    r"(?:yo )?(?:(?:lo|la|los|las|le|les|se lo|se la|me) )?he (?:fotografiado|hablado|consultado con|"
    r"comentado con|medido|pesado|probado|olido|tocado|leido|bajado|subido|embalado|ido)",
    r"(?:yo )?(?:(?:lo|la|le|se lo|me) )?(?:fotografie|hable|consulte con|medi|pese|probe|oli|toque|lei|baje|subi|"
    r"fui a|embale|acerque)",
    r"(?:eu )?(?:fotografei|tirei (?:uma |umas )?fotos?|falei|conversei|confirmei com|medi|pesei|provei|"
    r"cheirei|toquei|li|embalei|desci|subi|experimentei)",
)) + r")(?= )")


def physical_act_in_first_person(piece: str) -> bool:
    """The writer says they saw, photographed, spoke with, measured, tasted, touched, read aloud, went or packed."""
    folded = fold(piece).replace("’", "'")
    return bool(_PHYSICAL_ACT.search(folded)
                or _PHYSICAL_ACT_IBERIAN.search(folded) and not _FRENCH_OR_GERMAN.search(folded))


# One's own body, placed: Spanish, Portuguese, French and German say whose body part it is with the definite article
# where English says "my" ("a caneta na mão", "en la mano", "sur la main", "auf der Hand"): a body part of the field
# after a locative and an article, in a piece with a first person (singular or plural), owned by no one named after it
# ("na mão do estafeta") is the writer's (guards round 7: "Tinha apontado o número … a caneta na mão, já o encontrei").
# "à mão", "a mano", "à la main", "von Hand" (by hand) are manners, not places.
_BODY_PLACED = re.compile(r"(?<![\w'])(?:na|no|nas|nos|en la|en el|en las|en los|sur la|sur le|sur les|sur l'|dans la|"
                          r"dans le|dans les|auf der|auf dem|auf die|in der|an der|am|im) ?([^\W\d_]{2,})(?! (?:de|do|da|"
                          r"dos|das|del|des|du|der|dela|dele|von)(?![\w']))")
# dressed, with no one named: "still in pyjamas", "encore en pyjama", "noch im Schlafanzug", "ainda de pijama" — a
# garment worn by the writer of a diary line (guards round 7); the clothing field and the night's clothes
_NIGHT_CLOTHES = r"pyjamas?|pajamas?|pijamas?|schlafanzug|nachthemd|bathrobe|dressing gown|peignoir|bademantel|roupao|" \
    r"slippers|pantuflas|chaussons|hausschuhen?|chinelos"
_DRESSED = re.compile(r"(?<![\w'])(?:still|already|yet|todavia|aun|ainda|encore|deja|noch|schon) (?:in|en|em|de|im|"
                      r"dans) ([^\W\d_]{3,})(?![\w'])")


def body_placed(piece: str) -> bool:
    """A first person (singular or plural) and a body part placed with an article, owned by no one named (`_BODY_PLACED`)."""
    # guards round 13: a "we" and the body part in one clause ("une brûlure sur le visage, et nous prenons votre
    # signalement au sérieux" places the customer's face, not ours); a first person singular anywhere in the piece
    body = _fields()["body"]
    singular = first_person_singular(piece)
    for clause in _CLAUSE.split(piece):
        folded = fold(clause).replace("’", "'")
        placed = [found for found in _BODY_PLACED.finditer(folded) if body.fullmatch(found.group(1))]
        if not placed:
            continue
        if singular:
            return True
        # guards round 14: the Portuguese "nos" of the placement ("costuras duplas nos dedos": in the fingers) is no
        # "we", nor is a "we" of the company's speech acts ("recomendamos")
        starts = {found.start() for found in placed}
        if any(m.start() not in starts and not _company_act(m, folded) for m in _WE.finditer(folded)):
            return True
    return False


def dressed(piece: str) -> bool:
    """Someone "still in" a garment, with no customer addressed (`_DRESSED`)."""
    folded = fold(piece).replace("’", "'")
    if _YOU.search(folded):
        return False
    night = re.compile(r"(?:" + _NIGHT_CLOTHES + r")$")
    return any(_fields()["clothing"].fullmatch(f.group(1)) or night.fullmatch(f.group(1)) for f in _DRESSED.finditer(folded))


# Brazilian colloquial first person: "tô" (estou; "to" once the accent is folded away, so only before a gerund, where
# English has no "to"), and "tava" (estava) opening a clause without a subject ("tava no almoço quando …")
_PT_COLLOQUIAL = re.compile(r"(?<![\w'])(?:tô|to [^\W\d_]{2,}ndo)(?![\w'])|(?:^|[,;:]\s*|(?<![\w'])(?:eu|que|quando|mas|e) )"
                            r"tava(?![\w'])")


_PT_COLLOQUIAL_VERB = re.compile(r"(?<![\w'])(?:tô|to(?= [^\W\d_]{2,}ndo)|tava)(?![\w'])")


def colloquial_off_voice(piece: str) -> bool:
    """A Brazilian colloquial first person ("tô", "tava") whose predicate is no assistant act: read as "eu estou …"
    by the speaker policy ("tava no intervalo" flags, "tô conferindo o pedido" does not)."""
    lowered = piece.lower()
    return bool(_PT_COLLOQUIAL.search(lowered)) and speaker.off_voice(_PT_COLLOQUIAL_VERB.sub("eu estou", lowered))


# Writing or replying from a place: a verb of writing (any person, any form) and, within three words, "from" and a
# common noun that is not a department, a channel or a manner ("replying from the back of a taxi", "te escribo desde
# la cola", "je vous réponds depuis le quai", "ich schreibe Ihnen aus dem Wartezimmer", "respondo do celular"), or
# dictating on the way somewhere ("mensagem ditada a caminho do mercado");
# not "we're writing from the returns team", "escribimos de parte de", "réponse de notre équipe". Folded text.
_WRITING_FROM = re.compile(
    r"(?<![\w'])(?:writ\w*|repl(?:y|ying|ied)|respond\w*|answer\w*|typ(?:e(?! de )|ing)|messag\w*|texting|emailing|escrib\w*|"
    r"contest\w*|ecri\w*|repond\w*|schreib\w*|antwort\w*|melde|escrev\w*|mand(?:o|ando)|tecl\w*|dictat\w*|"
    r"dict(?:e|ee|ees|ado|ada|ando|o)|diktier\w*|dit(?:ad[oa]|ei|ando|o))"
    r"(?:[ -][\w'-]+){0,3}? (?:from|desde|depuis|de chez|aus|vom|von|do|da|de|dal|direto do|direto da|"
    r"on (?:the|my) way to|de camino (?:a|al)|en (?:allant|route) (?:a|au|vers)|auf dem weg (?:zum|zur|in|nach)|"
    r"a caminho d[oa])"
    r"(?: (?:the|a|an|my|this|el|la|un|una|mi|le|l'|une|mon|ma|dem|der|einem|einer|meinem|meiner|o|um|uma|meu|minha))?"
    r"[ ']([^\W\d_][\w-]{2,})")
_NOT_A_PLACE = frozenset("""
parte part behalf nombre nom namen name seiten imediato inmediato nuevo novo nouveau neuem neu forma manera facon weise
modo ayer hoy hace que entonces ahora aqui now scratch lado cote seite your su sus tu tus votre vos ihr ihrem ihrer ihnen
seu sua seus suas lhe vous sie usted our nuestro nuestra nuestros notre nos unserem unserer unser nosso nossa nossos
address direccion adresse adresse email e-mail correo courriel mail account cuenta compte konto conta system sistema
systeme app portal platform plataforme plateforme website web site sitio inbox form formulario formulaire formular
record records registro registros dossier akte ticket caso case fall expediente hand mano main hand mao this that which
esta este ese esa cette ce cet diesem dieser essa esse isto same mismo misma meme selben gleichen mesmo mesma
""".split())


_NAME_WRITTEN = re.compile(r"(?<![\w'])(?:name|names|nombre|nombres|nom|noms|namen|nome|nomes)(?![\w'])")


# guards round 13: the records checked from a place ("he revisado su pedido desde el coche", "checked your order from
# the train"): an assistant act carrying the writer's whereabouts; only "from" words that cannot be "of"
_CHECKED_FROM = re.compile(
    r"(?<![\w'])(?:check\w*|look\w*|review\w*|revis\w*|comprob\w*|verific\w*|verifi\w*|regard\w*|pruf\w*|gepruft|"
    r"nachgeseh\w*|nachgeschaut|consult\w*|olhei|mire|mirado)"
    r"(?:[ -][\w'-]+){0,4}? (?:from|desde|depuis|de chez|vom|direto do|direto da)"
    r"(?: (?:the|a|an|my|this|el|la|un|una|mi|le|l'|une|mon|ma|dem|einem|meinem|o|um|uma|meu|minha))?"
    r"[ ']([^\W\d_][\w-]{2,})")


def writing_from_place(piece: str) -> bool:
    """The writer says where (or on what) they are writing from: a place or a device, not a department."""
    folded = fold(piece).replace("’", "'")
    for found in itertools.chain(_WRITING_FROM.finditer(folded), _CHECKED_FROM.finditer(folded)):
        noun = found.group(1)
        # a name written is someone's name, not a place ("escrever o nome da criança"; guards round 13)
        if noun not in _NOT_A_PLACE and not any(part in noun for part in _SERVICE_PARTS) \
                and not _NAME_WRITTEN.search(found.group()):
            return True
    return False


# A scene the writer was in, told without "I": closed classes of the five languages (folded text), not topics;
# each shape is also a feature of the lived-experience model (`lived_features`), which learns its weight.
# - a number or all of "us" doing something with our hands ("it took three of us", "chacun de nous", "zu dritt",
#   "cada uno de nosotros", "três de nós");
# - the exclamative that puts the reader in the writer's room ("you should have seen…", "si vous aviez vu…",
#   "tendrías que haber visto…", "hätten Sie … sehen sollen", "devia ter visto…");
# - a colleague heard calling out across the room or aloud from a desk (reported speech that places the writer
#   within earshot: "called across the office", "en voz alta", "à travers le bureau", "quer durchs Büro",
#   "em voz alta");
# - "our" bodies ("our faces", "nos têtes", "unsere Gesichter", "nossas caras").
# A company's "we" states facts and services ("our warehouse team inspected it", "Nadia confirmed this morning");
# none of these shapes is one. A flag, never a withhold (`tier`).
_SCENE_SHAPES = {name: re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?![\w'])") for name, parts in (
    ("us-count", (
        r"(?:two|three|four|five|six|\d|both|all|each|every one|none) of us(?! (?:will|can|would|at|in|here|from|on|wish)\b)",
        r"(?:dos|tres|cuatro|cinco|cada uno|cada una|ninguno) de nosotr[oa]s",
        r"(?:deux|trois|quatre|cinq|chacun|chacune|aucun) d(?:e |')(?:nous|entre nous)|(?:mettre|mis|mises) a (?:deux|trois|quatre)|"
        r"a (?:deux|trois|quatre|cinq) pour (?:le|la|les|l')",
        r"zu (?:zweit|dritt|viert|funft)|(?:jeder|jede|keiner|alle|zwei|drei|vier) von uns",
        r"(?:dois|duas|tres|quatro|cinco|cada um|cada uma|nenhum) de nos",
    )),
    ("saw", (
        r"you should(?:'ve| have) seen|you (?:ought to|must) have seen|if you(?:'d| had) seen",
        r"(?:tendr|deber)(?:ias|ia|ian) (?:que )?haber(?:nos|los|las)? visto|si (?:hubieras|hubiera|hubiese|hubieses|"
        r"hubierais) visto",
        r"si (?:vous aviez|tu avais) vu|(?:vous auriez|tu aurais) du (?:voir|nous voir)",
        r"(?:hattest du|hatten sie|hattet ihr) (?:\w+ ){0,6}?(?:sehen|erleben) (?:sollen|mussen)",
        r"(?:devia|devias|deveria|deverias|tinha|tinhas) (?:de |que )?(?:nos )?ter visto|se (?:tivesse|tivesses) visto",
    )),
    ("called", (
        r"(?:called|shouted|yelled|hollered|sang|piped|calling|shouting|yelling) (?:\w+ ){0,2}?(?:across|over|from (?:his|her|their) "
        r"desk|down the (?:room|corridor|hall))",
        r"en voz alta|(?:grit|avis|anunci|cant)\w* desde su (?:mesa|puesto|sitio)|"
        r"(?:crie|lance|annonce|crier|lancer)\w* (?:a travers|depuis son bureau|de l'autre bout)|"
        r"(?:rief|ruft|gerufen|rufen|brullte|brullt) (?:\w+ ){0,4}?(?:quer durch|(?:von|an) (?:ihrem|seinem) (?:platz|schreibtisch)|"
        r"ruber|heruber)|quer durchs? (?:buro|raum|zimmer|lager)|"
        r"em voz alta|(?:grit|anunci|avis)\w* (?:da|na) (?:secretaria|mesa) (?:dela|dele)",
        # to everyone in the room at once: "à la cantonade", "a voces", "in die Runde gerufen", "called out to the room"
        r"a la cantonade|a voces|a gritos|in die runde (?:gerufen|rufen|ruft|rief)|(?:called|shouted|announced) (?:out )?"
        r"to (?:the (?:whole )?(?:room|office|team|floor)|everyone)|(?:gritou|anunciou) para (?:a sala|toda a gente|todos)",
    )),
    ("our-body", (
        r"(?:our|nuestras?|nuestros|nos|unsere[n]?|nossas?|nossos) (?:faces|caras|tetes|visages|gesichter|kopfe|rostos|"
        r"backs|espaldas|dos|rucken|costas|arms|brazos|bras|arme|bracos|hands|manos|mains|hande|maos|feet|pies|pieds|fusse|pes)",
    )),
)}


# A relative named by a kinship title and a given name with no one's possessive before it ("Grandma Edith", "la tía
# Encarna", "Tonton Maurice", "Oma Hildegard", "a avó Rosa") is the writer's own family: a customer's relative is
# "your grandmother Edith", a colleague's "her uncle". Kinship titles of the five languages (a closed class).
_KIN_TITLE = (r"grandma|granny|nana|nanna|grandpa|grandad|granddad|gramps|auntie|aunty|aunt|uncle|abuela|"
              r"abuelo|abuelita|abuelito|yaya|yayo|t[ií]a|t[ií]o|tita|mamie|papi|papy|mémé|pépé|tonton|tata|tatie|"
              r"tantine|oma|opa|omi|opi|tante|onkel|av[óô]|vov[óô]|titia|madrinha|padrinho|madrina|padrino|marraine|"
              r"parrain")
_KIN_NAMED = re.compile(r"(?<![\w'’-])(?:(your|you|yours|his|her|their|its|su|sus|tu|tus|vuestr[ao]s?|votre|vos|ta|"
                        r"ton|tes|leur|leurs|son|sa|ses|ihre?[mnrs]?|deine?[mnrs]?|eure?[mnrs]?|seine?[mnrs]?|sua|seu|"
                        r"suas|seus|tua|teu|dela|dele|del|de)\s+)?(?:(?i:" + _KIN_TITLE + r"))\s+"
                        r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}(?![\w-])", re.IGNORECASE)


def relative_named(piece: str, known_text: str = "") -> bool:
    """The piece names a relative by a kinship title and a given name, no possessive before it (`_KIN_NAMED`), and
    the two words are not a name of the tenant's own texts (a brand such as "Mamie Nova" or "Uncle Joe's")."""
    known = set(_WORD.findall(fold(known_text)))
    for found in _KIN_NAMED.finditer(piece):
        title, name = found.group().split()[-2:]
        if found.group(1) is None and name[:1].isupper() and not {fold(title), fold(name)} <= known:
            return True
    return False


# The writing side described without "I" (guards round 6): most claims that reached the agent clean on development
# sets 5-11 gave a body, a past or a life to "the four of us", "l'une d'entre nous", "quem responde", "the team that
# answers you", "das ganze Team". Closed classes of the five languages (folded text), not topics:
# - the writer named as such: whoever answers or writes these replies, a part of "us" (a number, some, half, each, one
#   "of us"), "take it from someone who …". A reply has no reason to describe its writer, so these flag on their own;
# - the team as the subject of a life ("half the team", "im Team", "côté équipe", "pasamos todos"): these flag only
#   with a predicate of lived experience beside them, a semantic field of `lived_fields` other than people (the
#   reference itself left out: "at our counter" is no room lived in) or a lived-experience score from WRITER_LIVED.
_WRITER_NAMED = (
    # "all of us at Acme wish you…" is a company's formula, "all of us stood in the rain" is not
    r"(?:one|two|three|four|five|six|a couple|a few|a handful|some|most|many|half|several|none|the rest|the (?:two|"
    r"three|four|five|six)) of us|(?:all|each|both) of us(?! (?:at|here|in|from|wish|thank|send|will|can)\b)",
    r"(?:uno|una|dos|tres|cuatro|cinco|alguno|alguna|algunos|algunas|la mitad|muchos|muchas|cada uno|cada una|ninguno|"
    r"ninguna|varios|varias|el resto) de nosotr[oa]s",
    r"(?:l'une?|une?|deux|trois|quatre|cinq|certains|certaines|la plupart|chacun|chacune|aucun|aucune|la moitie|"
    r"plusieurs|beaucoup) d(?:'entre nous|e nous)|nous (?:serons|sommes|etions) (?:deux|trois|quatre|cinq)|"
    r"on (?:sera|est|etait) (?:deux|trois|quatre|cinq)",
    r"(?:einer|eine|jemand|zwei|drei|vier|funf|jeder|jede|keiner|keine|die halfte|viele|manche|einige|ein paar|der rest) "
    r"(?:von uns|aus (?:dem|unserem) team)",
    r"(?:um|uma|dois|duas|tres|quatro|cinco|alguns|algumas|metade|muitos|muitas|cada um|cada uma|nenhum|nenhuma|"
    r"varios|varias|a maioria|o resto) de nos",
    # whoever answers or writes these replies, the one typing them, who is behind them
    r"whoever (?:is )?(?:answer|writ|repl|typ)\w*|(?:who|that) (?:answers?|writes?|replies|reply|is answering|"
    r"is writing|are answering|are writing)(?: to)? (?:you|your|these|this)|(?:write|writes|answer|answers|type|types|"
    r"typing) (?:these|this) (?:replies|reply|answers?|emails?|messages?)|the ones? (?:answering|writing|replying|typing)"
    r"|behind (?:these|this) (?:replies|reply|answers?|emails?|messages?)|those of us|(?:typed|written|dictated) by "
    r"(?:someone|somebody|an? \w+) who"
    # guards round 14: the English participle ("the person answering you sits in a sauna")
    r"|(?:person|people|one|ones|agent|human) (?:answering|writing to|replying to) you(?! (?:will|shall|'ll|can|may))",
    r"quien(?:es)? (?:te |le |les |os )?(?:responde|contesta|escribe|atiende)n?|que (?:te |le |os |les )(?:responde|"
    r"contesta|escribe|atiende)n?|detras de (?:estas|esta|este|estos) (?:respuestas?|mensajes?|lineas|correos?)|"
    r"que (?:atiende|responde|contesta|lee)n? (?:a )?(?:este|estos|los|tus|sus) (?:buzon|correos?|mensajes?|chat)|"
    r"escrit[oa] por (?:alguien|una? \w+) que",
    r"qui (?:vous |te )?(?:repond|repondent|ecrit|ecrivent|redige|redigent)|(?:redige|redigent|ecrivent|ecrit|tape|"
    r"tapent) (?:ces|cette|vos) (?:reponses?|messages?|lignes)|derriere (?:ces|cette|ce) (?:reponses?|messages?|lignes)|"
    r"(?:tape|ecrit|redige|dicte)e?s? par (?:quelqu'un|une? \w+) qui",
    r"(?:die|der|wer) (?:ihnen|dir|euch) (?:\w+ ){0,2}?(?:antwortet|antworten|schreibt|schreiben)|(?:diese|die) "
    r"(?:antworten|nachrichten|zeilen) (?:schreibt|schreiben|verfasst|verfassen|tippt|tippen)|hinter (?:diesen|dieser) "
    r"(?:antworten|antwort|nachrichten|nachricht|zeilen)|(?:der|die|das) (?:ihre|deine|eure|die) (?:mails|e-mails|"
    r"nachrichten|anfragen) (?:beantwortet|beantworten|liest|lesen)|(?:geschrieben|getippt|verfasst|diktiert) von "
    r"(?:jemandem|einer|einem)(?: \w+)?,? (?:der|die)",
    r"quem (?:lhe |te |vos )?(?:responde|escreve|atende|redige)|que (?:lhe |te |vos )(?:responde|escreve|atende)m?|"
    r"(?:escreve|escrevem|redige|redigem) (?:estas|essas|as) (?:respostas|mensagens|linhas)|por tras (?:destas|desta|"
    r"destes|deste) (?:respostas?|mensagens?|linhas)|que (?:responde|atende|le)m? (?:aos|as|os|a) (?:emails|e-mails|"
    r"mensagens|pedidos)|escrit[oa] por (?:alguem|uma? \w+) que",
    # the writing side's homes, in the plural: a company has premises, only people have homes ("the cats that share our
    # homes"; guards round 7)
    r"our (?:own )?homes|nuestras (?:propias )?casas|nuestros hogares|nos (?:maisons|foyers|domiciles)|unseren? "
    r"(?:wohnungen|hausern|zuhausen)|(?:n|d)?as nossas casas|nossos lares",
    # the writing of this message placed in the writer's day ("ce message a été écrit entre le dépôt des enfants et la
    # sonnerie", "typed while the kettle boiled"; guards round 7)
    r"(?:this|these|este|esta|estas|estos|ce|cette|ces|diese|dieser|dieses|essa|esse|estes) (?:message|reply|answer|"
    r"email|e-mail|note|lines|mensaje|respuesta|correo|nota|lineas|reponse|courriel|mot|lignes|nachricht|antwort|mail|"
    r"zeilen|mensagem|resposta|linhas) (?:\w+ ){0,3}?(?:(?:written|typed|dictated|ecrit|tape|dicte|escrit|tecle|"
    r"digitad|geschrieben|getippt|diktiert)\w* (?:\w+ ){0,2}?|(?:wurde|ist) )(?:between|while|during|in between|"
    r"entre|pendant|durante|mientras|enquanto|zwischen|wahrend)",
    # a place beside the writer's own: "sighed Gareth at the next desk", "desde la mesa de al lado", "am Nebentisch"
    r"(?:at|from) the (?:next|neighbouring|neighboring) desk|(?:de|en|desde) la mesa de al lado|(?:au|du|depuis le) "
    r"bureau d'a cote|(?:am|vom) nebentisch|(?:am|vom) schreibtisch nebenan|(?:na|da) secretaria (?:ao|do) lado",
    # "take it from someone who …": the writer vouching with their own past
    r"take it from (?:someone|somebody|one|a \w+) who|palabra de quien|parole d(?:e quelqu'un|'une?|e celle|e celui) qui|"
    r"palavra de quem|glauben sie (?:es )?(?:jemandem|einer|einem),? (?:der|die)",
)
_TEAM_LIVES = (
    r"(?:at|in) (?:the|our|today's|this morning's) team (?:meeting|huddle|call)|"
    # a one-word qualifier of the team noun too ("half our support desk"; guards round 8)
    r"(?:half|all|most|rest) (?:of )?(?:the|our) (?:\w+ )?(?:team|desk|office|staff|crew|shop|workshop|counter)|the whole "
    r"(?:team|desk|office|staff|crew|shop|workshop)|(?:on|in|at) (?:the|our) (?:support |help |service )?(?:desk|team|"
    r"counter|crew)|we all",
    r"(?:medio|todo el|la mitad del) (?:equipo|taller|mostrador)|(?:en|del) (?:el )?equipo|en el mostrador|"
    r"[a-z]{3,}mos tod[oa]s|en la reunion (?:del|de) equipo",
    r"(?:la moitie de|toute) (?:l'equipe|l'atelier|la boutique)|(?:de|dans) l'equipe|cote equipe|nous tous|on (?:est )?tous|"
    r"(?:en|a la|lors de la) reunion d'equipe",
    r"(?:die halbe|der halben|das halbe|dem halben|das ganze|dem ganzen|die ganze|der ganzen) (?:team|teams|mannschaft|"
    r"buro|belegschaft|werkstatt)|im team|wir alle|(?:in|bei) (?:der|unserer) team(?:runde|besprechung|sitzung)|"
    r"im teammeeting",
    r"(?:metade|toda|todo) (?:da |a |o )?(?:equipa|equipe|loja|oficina)|(?:da|na) (?:equipa|equipe)|a (?:equipa|equipe) "
    r"toda|na reuniao (?:da|de) (?:equipa|equipe)",
)
# a colleague of the writer's, seen by the writer: a body, a bodily state or clothes beside "our intern", "notre
# stagiaire", "sa voisine de bureau" is a scene in the room (guards round 7: "Zoé, notre stagiaire, lisait votre message
# par-dessus l'épaule de sa voisine de bureau"); "our colleague in billing will call you" is a service
_COLLEAGUE = re.compile(r"(?<![\w'])(?:(?:our|notre|nos|nuestr[oa]s?|unsere?[mnrs]?|(?:a |o )?noss[oa]s?) (?:intern|"
                        r"interns|trainee|trainees|apprentice|colleague|colleagues|stagiaire|stagiaires|apprentie?|"
                        r"collegues?|becari[oa]s?|companer[oa]s?|aprendiz|praktikant\w*|azubi\w*|kolleg\w*|"
                        r"auszubildende\w*|estagiari[oa]s?|colegas?)|desk neighbou?r|voisine? de bureau|companer[oa] de "
                        r"mesa|schreibtischnachbar\w*|colega de secretaria)(?![\w'])")
_BY_HAND = re.compile(r"(?<![\w'])(?:by hand|a mano|a la main|von hand|a mao|hand-?\w+)(?![\w'])")
_COLLEAGUE_SEEN = ("body", "state", "clothing")
_WRITER = re.compile(r"(?<![\w'])(?:" + "|".join(_WRITER_NAMED) + r")(?![\w'])")
_TEAM = re.compile(r"(?<![\w'])(?:" + "|".join(_TEAM_LIVES) + r")(?![\w'])")
WRITER_LIVED = 0.15  # the lived-experience score that, beside the team as a subject, flags (0.3 until guards round 8)


# The premises lived in now: the deixis of the writer's present ("this morning", "heute Morgen"), a place of work as a
# location ("in the shop", "en la tienda", "in die Werkstatt", "dans l'atelier", "na loja") and something lived there
# (a field of `lived_fields` other than people and rooms), with no customer addressed and no service promised: a scene
# at the writer's place, not a notice about it (guards round 7: "Heute Morgen kam der Adventskranz in die Werkstatt").
_PREMISES = re.compile(r"(?<![\w'])(?:(?:in|into|at) the (?:shop|store|workshop|studio|office|warehouse|bakery)|(?:en|a) "
                       r"(?:la|el) (?:tienda|taller|oficina|almacen|obrador)|(?:dans|a) (?:la|le|l')\s?(?:boutique|"
                       r"magasin|atelier|bureau|entrepot)|(?:in|an) (?:die|der|den|das|dem|im) ?(?:laden|werkstatt|buro|"
                       r"lager|backstube)|im (?:laden|buro|lager)|(?:na|no|para a|para o) (?:loja|oficina|escritorio|"
                       r"armazem|atelier))(?![\w'])")
_PREMISES_LIVED = ("body", "sense", "state", "food", "clothing", "weather", "event")


def premises_lived(piece: str) -> bool:
    """A scene at the writer's place of work now (`_PREMISES`)."""
    folded = fold(piece).replace("’", "'")
    place = _PREMISES.search(folded)
    if not place or not _DEIXIS.search(folded) or _YOU.search(folded) or _FUTURE.search(folded):
        return False
    rest = f"{folded[:place.start()]} {folded[place.end():]}".replace("'", " ")
    return any(_fields()[field].search(rest) for field in _PREMISES_LIVED)


# guards round 14b: a "we" keeping a routine ("four of us … at lunch", "wir … jeden Morgen gemeinsam …", "chaque
# samedi", "todos os dias"): the team's own days, a life lived, whatever the lived model scores it (the set-25 claim
# "weil wir in der Leserbetreuung jeden Morgen gemeinsam das Kreuzworträtsel … lösen" scores 0.16 and was flagged on
# round 13 only by weak honest scores elsewhere, which round 14 rightly read as the company's). Recurrences only, not
# opening hours ("am Wochenende", "los domingos", "morgens" are left out); folded text.
_ROUTINE = re.compile(
    r"(?<![\w'])(?:(?:every|each) (?:morning|day|evening|night|week|weekend|lunch\w*|break|shift|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)|most (?:weekends|mornings|evenings|days|nights|lunch\w*|saturdays|"
    r"sundays|fridays)|at lunch\w*|over lunch|jeden (?:morgen|tag|abend|mittag|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag)|jede (?:woche|mittagspause)|in der mittagspause|chaque (?:matin|midi|soir|jour|"
    r"semaine|dimanche|lundi|samedi|vendredi|week-end)|tous les (?:matins|midis|soirs|jours|dimanches|lundis|samedis|"
    r"vendredis|week-ends)|a la pause(?: de midi| dejeuner|-dejeuner)?|cada (?:manana|dia|semana|domingo|lunes|sabado|"
    r"viernes|fin de semana|manha)|todos los (?:dias|domingos|lunes|sabados|viernes|fines de semana)|todas las "
    r"(?:mananas|tardes|noches|semanas)|a la hora de comer|todas as (?:manhas|tardes|noites|semanas)|todos os "
    r"(?:dias|domingos|sabados|fins de semana)|ao almoco|a hora de almoco)(?![\w'])")
# the company's routine is no life lived: "we dispatch orders every morning", "wir prüfen jeden Tag die Retouren"
_OPERATIONS = re.compile(r"(?<![\w'])(?:orders?|parcels?|packages?|deliver\w*|ship\w*|dispatch\w*|tickets?|refunds?|"
                         r"returns?|stock|warehouse|bestellung\w*|paket\w*|liefer\w*|sendung\w*|versand\w*|versend\w*|"
                         r"retoure\w*|lager|commandes?|colis|livr\w*|expedi\w*|envo\w*|envi\w*|pedidos?|paquetes?|"
                         r"entreg\w*|encomendas?|devolu\w*|almac\w*|armaz\w*|entrepot|review\w*|revis\w*|prufen|check\w*|"
                         r"complaints?|reclama\w*|beschwerde\w*|meetings?|reunion\w*|besprechung\w*)(?![\w'])")
# German "werden" ending its clause is "become" ("ungeduldig werden"), no future
_BECOME = re.compile(r"(?<![\w'])werden?(?=\s*(?:[.,;:!?]|$))")


def team_routine(piece: str) -> bool:
    """A "we" (not the company's speech act) or French "on" keeping a routine (`_ROUTINE`), not addressed to the
    customer, not promised (a future), not the company's operations (`_OPERATIONS`): the team's own days told. A
    flag, never a withhold (`tier`)."""
    folded = fold(piece).replace("’", "'")
    if not _ROUTINE.search(folded) or _ADDRESSED.search(folded) or _OPERATIONS.search(folded) \
            or _FUTURE.search(_BECOME.sub("", folded)):
        return False
    return any(not _company_act(m, folded) for m in _WE.finditer(folded)) \
        or bool(_ON.search(folded) and _FRENCH.search(folded))


# guards round 24 (issue 13): three ways a person claims the writer's seat that the model and the speaker policy
# missed, in en/es/fr/de/pt, folded text.
# (1) Time spent at a place of work, told by one person ("eleven years behind this counter taught me", "N ans à ce
# guichet m'ont appris", "seit zwanzig Jahren am Schalter", "N años detrás de este mostrador", "N anos neste balcão"):
# a count of years, a place or trade of work, and a first person singular in the piece. Not the company's age ("we
# have 20 years of experience": no one person), not a warranty ("garantie de 2 ans à compter de…": no place of work).
# a Greek sigma the confusables skeleton leaves (lunate "ϲ" becomes "ς", folded "σ") inside a Latin word reads "c"
_SIGMA_IN_LATIN = re.compile(r"(?<=[a-z])[σςϲ]|[σςϲ](?=[a-z])")


def _latin(text: str) -> str:
    """`text` folded, curly apostrophes straight, a Greek sigma inside a Latin word read as "c"."""
    return _SIGMA_IN_LATIN.sub("c", fold(text).replace("’", "'"))


_YEARS = (r"(?:\d+|[^\W\d_]+) (?:years?|ans|annees|anos|años|jahre|jahren)")
_WORKPLACE = (r"counter|desk|till|shop|store|workshop|warehouse|office|helpdesk|hotline|phones?|job|trade|business|"
              r"company|firm|branch|guichet|comptoir|caisse|boutique|magasin|atelier|entrepot|bureau|metier|poste|"
              r"standard|maison|agence|mostrador|ventanilla|tienda|taller|almacen|oficina|puesto|caja|oficio|empresa|"
              r"casa|sucursal|negocio|schalter|theke|tresen|laden|geschaft|werkstatt|lager|buro|kasse|beruf|firma|"
              r"filiale|betrieb|balcao|guiche|loja|armazem|escritorio|caixa|profissao|agencia|filial|"
              # a trade as a whole ("ten years in retail", "dans le commerce", "im Einzelhandel", "no ramo")
              r"retail|hospitality|industry|customer service|line of work|comercio|hosteleria|sector|rubro|commerce|"
              r"secteur|restauration|branche|einzelhandel|gastronomie|kundendienst|kundenservice|ramo|setor|"
              r"atendimento")
_TENURE = re.compile(r"(?<![\w'])" + _YEARS + r" (?:\w+ ){0,2}?(?:at|behind|in|on|a|au|aux|dans|derriere|en|detras de|"
                     r"tras|em|no|na|nos|nas|neste|nesta|nesse|nessa|atras d[oa]|am|im|an|hinter|bei)"
                     r" (?:(?:this|that|the|my|our|ce|cet|cette|le|la|l'|mon|ma|notre|este|esta|ese|esa|el|mi|"
                     r"nuestr[oa]|diese[mnrs]?|der|dem|den|meine[mnr]?|unsere[mnr]?|o|a|meu|minha|noss[oa]|esse|essa)"
                     r" ?)?(?:" + _WORKPLACE + r")(?![\w'])|(?<![\w'])(?:am|im|hinter dem|hinter der|bei der) (?:"
                     + _WORKPLACE + r") (?:seit|fur) " + _YEARS + r"(?![\w'])")


def tenure_told(piece: str) -> bool:
    """One person's years at a place of work (`_TENURE`): lived experience of the job. A flag, never a withhold."""
    return bool(_TENURE.search(_latin(piece))) and first_person_singular(piece)


# (2) A human job title the writer holds in the first person: "as your account manager", "como su gestor de cuenta",
# "en tant que votre conseiller", "als Ihr Kundenbetreuer", "como seu gestor de conta". Titles an assistant may hold
# ("assistant", "agent", "representative") are not listed, and a title said to be virtual or automated is none.
_JOB_TITLE = (r"(?:account |personal |customer |client |relationship )?(?:manager|adviser|advisor|consultant|"
              r"contact person|case ?worker|caseworker|concierge|"
              r"gestor|gestora|gerente|asesor|asesora|consultor|consultora|ejecutiv[oa]|persona de contacto|"
              r"conseiller|conseillere|charge(?:e)? de (?:clientele|compte|relation)|interlocut(?:eur|rice)|"
              r"gestionnaire|referent(?:e)?|"
              r"\w*betreuer(?:in)?|\w*berater(?:in)?|ansprechpartner(?:in)?|sachbearbeiter(?:in)?|"
              r"gerente|consultor(?:a)?|gestor(?:a)?|atendente|pessoa de contato)")
_AS_TITLE = re.compile(r"(?<![\w'])(?:as your|as you'?r|como su|como tu|como seu|como sua|como vuestro|en tant que "
                       r"(?:votre|ton|ta)|comme votre|als ihr|als ihre|als dein|als deine|enquanto (?:seu|sua)) "
                       r"(?:\w+ ){0,2}?" + _JOB_TITLE + r"(?![\w'])(?! (?:virtual|virtuel|virtuelle|virtueller|"
                       r"digital|digitale|digitaler|automat\w*|ai|ia|ki|bot))")


def title_held(piece: str) -> bool:
    """The writer speaks as the holder of a human job title (`_AS_TITLE`). A flag, never a withhold."""
    return bool(_AS_TITLE.search(_latin(piece)))


# (3) An assistant act made a person's: "personally", "myself", "on my break", "after lunch" in the same clause as the first person
# ("I personally checked…", "revisé personalmente…", "j'ai vérifié moi-même", "ich habe persönlich nachgesehen",
# "conferi pessoalmente"). `evidence` then reads the piece as the writer's own, not the assistant's voice: the claim
# model judges it at the first-person cut. A time of day alone ("this morning", "ce matin", "heute früh") is not
# read: on the spent sets 20-34 six honest replies say it of the assistant's act ("j'ai validé le remboursement dès
# ce matin", "I have moved the full amount … this afternoon"), and one of them went from flagged to withheld.
_PERSONALLY = re.compile(r"(?<![\w'])(?:personally|in person|myself|personalmente|en persona|yo mism[oa]|"
                         r"personnellement|en personne|moi-meme|personlich|selbst|pessoalmente|em pessoa|eu mesm[oa]|"
                         # a meal or break of the writer's own day ("right after lunch", "nach dem Mittagessen")
                         r"on my (?:lunch ?break|break|shift|way)|during my (?:lunch ?break|break|lunch)|after (?:my )?"
                         r"lunch|en mi (?:descanso|pausa)|despues de (?:comer|almorzar)|tras (?:el almuerzo|comer)|"
                         r"pendant ma pause|apres (?:le|mon) dejeuner|in meiner (?:mittags)?pause|nach dem mittagessen|"
                         r"no meu intervalo|depois do almoco|na minha pausa)(?![\w'])")
_CLAUSE_SPLIT = re.compile(r"(?i)[,;:.!?()]|\s[-–—]\s|(?<![\w'])(?:and|but|y|pero|et|mais|und|aber|e|mas|que|that|which|"
                           r"dass|qui|weil|because|porque|parce)(?![\w'])")


def act_made_personal(piece: str) -> bool:
    """A clause of the piece speaks as one person and says "personally" or "myself" (`_PERSONALLY`)."""
    piece = _QUOTED_WORDS.sub(" ", piece)
    return any(_PERSONALLY.search(_latin(clause)) and first_person_singular(clause)
               for clause in _CLAUSE_SPLIT.split(piece) if clause)


# one to three words in quotation marks are a label named, not said of the act ("mit „nur persönlich“ markiert",
# set 25, honest); a longer quotation is left (a reply whose whole text is a quoted field: `text="…"`)
_LABEL = r"\s?[^\W\d_]+(?:[\s-][^\W\d_]+){0,2}\s?"
_QUOTED_WORDS = re.compile(f'„{_LABEL}[“”]|"{_LABEL}"|“{_LABEL}”|«{_LABEL}»')


def writer_described(piece: str) -> bool:
    """The piece describes the writing side without "I": the writer named as such (`_WRITER_NAMED`), a colleague seen
    with a body, a bodily state or clothes (`_COLLEAGUE`), or the team as the subject of a life with a predicate of
    lived experience (`_TEAM_LIVES`). A flag, never a withhold (`tier`)."""
    return writer_evidence(piece) >= WRITER_LIVED


def writer_evidence(piece: str) -> float:
    """How strongly the piece describes the writing side (`writer_described`): 1.0 for the writer named, a colleague
    seen or the team beside a lived field; the lived-experience score for the team as the subject of a piece with no
    such field (flagged from WRITER_LIVED); 0.0 when the writing side is not its subject."""
    folded = fold(piece).replace("’", "'")
    if _WRITER.search(folded):
        return 1.0
    colleague = _COLLEAGUE.search(folded)
    if colleague:
        # an elided article is no part of the word ("l'epaule")
        rest = _BY_HAND.sub(" ", f"{folded[:colleague.start()]} {folded[colleague.end():]}").replace("'", " ")
        if any(_fields()[field].search(rest) for field in _COLLEAGUE_SEEN):
            return 1.0
    team = _TEAM.search(folded)
    if not team:
        return 0.0
    rest = f"{folded[:team.start()]} {folded[team.end():]}"
    if any(pattern.search(rest) for field, pattern in _fields().items() if field != "people"):
        return 1.0
    return lived_score(piece)


def scene_narrated(piece: str) -> bool:
    """The piece tells a scene the writer was part of without saying "I" (`_SCENE`)."""
    folded = fold(piece).replace("’", "'")
    return any(shape.search(folded) for shape in _SCENE_SHAPES.values())


_PRETERITE_O = re.compile(r"(?<![\w'])[^\W\d_]{2,}ó(?![\w'])")


def first_person_singular(piece: str) -> bool:
    """The piece speaks as one person: a first-person-singular pronoun or verb form, a self-introduction, or
    it says who the customer is dealing with ("you're talking to a real employee", a word for a human or a
    robot), five languages; quotations count too: words put in the customer's mouth are read as the writer's
    (`customer_quotes_muted`). A Spanish third-person preterite in -ó ("usted llamó", "revisó") folds to a first-person
    present ("llamo", "reviso") and is left out before folding (guards round 15)."""
    folded = fold(_PRETERITE_O.sub(" ", piece)).replace("’", "'")
    return bool(_FIRST_SINGULAR.search(folded) or _SELF_INTRODUCED.search(piece) or _PT_COLLOQUIAL.search(piece.lower())
                or (_FIRST_SINGULAR_VERB.search(piece) or _pt_preterite_i(piece)) and not _FRENCH_OR_GERMAN.search(folded))


# a Portuguese first-person preterite of an -er/-ir verb ends in a plain -i ("perdi", "vendi", "esqueci"; guards
# round 12): read only in a piece with a Portuguese function word, with `speaker`'s test of the word itself
def _pt_preterite_i(piece: str) -> bool:
    cased = speaker._TOKEN.findall(piece.replace("’", "'"))
    words = [fold(w) for w in cased]
    return bool(speaker.PT_MARK.search(" ".join(words))) and any(
        speaker._pt_preterite_i(word, raw, index, words[index - 1] if index else "")
        for index, (word, raw) in enumerate(zip(words, cased, strict=True)))


# Guards round 12: on long replies (development set 19, 600-1,000 characters) 33 of 40 honest replies were flagged, most
# by the lived-experience model (and the impersonal score) on a piece of advice ("Rinse them in cold water only",
# "Blisters on a long hike usually come from the heel lifting"): a reply of twenty pieces has twenty chances for one
# weak score to pass its cut. The claims those two scores catch narrate the writer's side: a first person, "we" living
# something (not "we hope you…", not "we will…"), here and now, this very message, a past told, "our", the team or a
# colleague, "from here", the message being typed. Such a piece keeps the cuts as they were; a piece with none of these
# (`writers_voice`) needs the higher `Cuts.lived_plain` and `Cuts.impersonal_plain`. A piece cut out of its sentence
# (it does not start with a capital or does not end with a full stop: a PDF line, a streamed chunk) is judged with the
# text around it.
_OUR = re.compile(r"(?<![\w'])(?:our|ours|nuestr[oa]s?|notre|nos|unser\w*|noss[oa]s?|a gente)(?![\w'])")
_STAFF = re.compile(r"(?<![\w'])(?:\w*team\w*|equip[oae]s?|l'equipe|colleagues?|colegas?|collegues?|kolleg\w*|"
                    r"compa[nñ]er[oa]s?|coworkers?)(?![\w'])")
_FROM_HERE = re.compile(r"(?<![\w'])(?:daqui|d'ici|von hier|desde aqui|from here|over here|por aqui|ca)(?![\w'])")
# the message being made ("typed with one hand", "escrita con el brazo dolorido"); not "thanks for writing"
_BEING_WRITTEN = re.compile(r"(?<![\w'])(?:typing|typed|written|escrit[oa]|escribiendo|ecrite?|geschrieben|getippt|tippe|"
                            r"escrevendo|digitando|digitado)(?![\w'])")
_AROUND = 60  # characters of context either side of a piece cut out of its sentence


# words the past-tense shapes of `_PAST` match that tell no past ("infrared", "need", "genou"; guards round 14)
_NOT_PAST = frozenset("""
need needs speed feed seed bleed breed indeed proceed succeed exceed hundred infrared bed red shed sled wed bred
naked wicked sacred kindred beloved rugged ragged jagged crooked dogged learned aged
genou genoux bisou caillou bijou chou hibou verrou acajou bambou joujou sapajou
""".split())


def _told_past(folded: str) -> bool:
    return any(m.group(0) not in _NOT_PAST for m in _PAST.finditer(folded))


# French "du" (of the) is not the German "du" (you): in a French piece it addresses no one
_FRENCH_DU = re.compile(r"(?<![\w'])(?:les|des|est|une|pas|et|le|la|au|aux|avec|dans|pour|nous|notre|sur)(?![\w'])")


def _you(folded: str) -> bool:
    found = [m.group(0) for m in _YOU.finditer(folded)]
    if found and set(found) == {"du"} and _FRENCH_DU.search(folded):
        return False
    return bool(found)


# guards round 14: marks that were read as the writer's side and are not. A "we" whose verb is one of the company's
# speech acts ("we hope", "esperamos", "entendemos", "nous confirmons", "wir bedauern") lives nothing; nor does
# "us" asked for by the customer's imperative ("mande-nos", "diga-nos"). "This message" as what the customer replies
# to ("responda a esta mensagem", "antworten Sie auf diese Nachricht") is no message being made. German "was" is
# "what", and French "ça" (folded "ca") is not Portuguese "cá".
_COMPANY_WE = tuple("""
hope wish understand confirm check apologi thank recommend suggest regret
esper entend comprend perceb compreend confirm verific comprob lament sent agradec recomend sugier suger desej dese
souhait remerci regrett conseill hoff versteh bedaur dank wunsch empfehl bestatig
""".split())
_WE_SKIP = frozenset("""
we we've we'd we'll nous wir also really fully truly sincerely completely do can all both very so
vous bien tout aussi sehr auch wirklich
""".split())
_ASKED_US = re.compile(r"(?<=[^\W\d_])-nos(?![\w'])")
_REPLY_TO = re.compile(r"(?<![\w'])(?:reply|respond|answer|antwort\w*|respond\w*|repond\w*|contest\w*)(?: [\w'-]+){0,3} "
                       r"(?=(?:this|these|este|esta|ce|cette|diese|dieser|diesen|dieses|essa|esse) )")
_GERMAN_WAS = re.compile(r"(?<![\w'])(?:und|der|die|das|ist|nicht|mit|sie|ihre?|bei|den|dem|zu|von|auf|fur|im|sich|"
                         r"dass|kann|wird|sind|auch|muss|genau)(?![\w'])")


def _company_act(we: re.Match[str], folded: str) -> bool:
    """This "we" (a match of `_WE` in the folded text) is the subject of one of the company's speech acts."""
    word = we.group(0)
    if word.endswith("mos") and len(word) > 5:
        verb = word
    else:
        rest = [w for w in folded[we.end():].split()[:4] if w not in _WE_SKIP]
        verb = rest[0] if rest else ""
    return verb.startswith(_COMPANY_WE)


def _company_we(folded: str) -> bool:
    """Every "we" of the piece is the company's speech act (folded text)."""
    found = list(_WE.finditer(folded))
    return bool(found) and all(_company_act(m, folded) for m in found)


def writer_side(piece: str) -> bool:
    """The piece speaks from the writer's side: a first person singular (`first_person_singular`), "we" living
    something (without "you" or a future), the writer's here and now, this message, a past told, "our", the team or a
    colleague, "from here", the message being written. Five languages, folded; closed classes, no topic."""
    folded = fold(piece).replace("’", "'")
    folded = _ASKED_US.sub("", folded)
    folded = _REPLY_TO.sub("reply ", folded)
    folded = re.sub(r"(?<=reply )" + _THIS_MESSAGE.pattern.removeprefix("(?<![\\w'])"), "", folded)
    here = bool(_FROM_HERE.search(folded)) and not ({m.group(0) for m in _FROM_HERE.finditer(folded)} == {"ca"}
                                                    and "ç" in piece.lower())
    if _GERMAN_WAS.search(folded):
        folded = re.sub(r"(?<![\w'])was(?![\w'])", "", folded)
    we = bool(_WE.search(folded) and not _company_we(folded)
              or _ON.search(folded) and _FRENCH.search(folded))
    return bool(first_person_singular(piece) or we and not _you(folded) and not _FUTURE.search(folded)
                or _DEIXIS.search(folded) or _THIS_MESSAGE.search(folded) or _told_past(folded)
                or _OUR.search(folded) or _STAFF.search(folded) or here
                or _BEING_WRITTEN.search(folded))


def _cut_out(piece: str) -> bool:
    bare = piece.strip().strip('"{}').strip()
    return not bare[:1].isupper() or not bare.rstrip('"} ').endswith((".", "!", "?", "…", ":"))


def writers_voice(piece: str, text: str = "") -> bool:
    """`writer_side`, of the piece or, for a piece cut out of its sentence, of the text around it in `text`."""
    if writer_side(piece):
        return True
    if _addressed(piece):
        return False  # guards round 14: a tip to the customer borrows no writer's side from the text around it
    at = text.find(piece[:30]) if text and _cut_out(piece) else -1
    return at >= 0 and writer_side(text[max(0, at - _AROUND):at + len(piece) + _AROUND])


_SUBJECT_I = re.compile(r"(?<![\w'])(?:i|i've|i'm|je|j'ai|ich|yo|eu)(?![\w'])")


def in_assistant_voice(piece: str, pieces: Sequence[str] = ()) -> bool:
    """`speaker.in_voice` of the piece; a clause whose first person has no predicate in reach (a German verb bracket
    cut at a comma: "Ich habe Ihre Meldung mit Produkt, …, erfasst") is read with the sentence it was cut from, the
    longest of `pieces` holding it (guards round 13)."""
    predicates = speaker.first_person_predicates(piece)
    if any(p != "?" for p in predicates):
        return speaker.in_voice_of(predicates)
    if not _SUBJECT_I.search(fold(piece)):
        return False
    whole = max((p for p in pieces if piece in p and p != piece), key=len, default="")
    return bool(whole) and speaker.in_voice(whole)


class Evidence(NamedTuple):
    """What `tier` decides on, before any cut: the rules' verdicts and the highest score of each kind of piece."""
    withhold: bool  # one's own line offered, a first-person denial of being a machine
    asserted: float  # claim score: substantive, not asked, first person beyond the assistant's acts
    singular: float  # claim score: the other first-person pieces beyond the assistant's acts (short or asked)
    impersonal: float  # claim score: pieces not speaking as one person, and the assistant's acts in the first person
    rules: bool  # a personal sign-off or a closed-class flag (`speaker.off_voice`, `scene_narrated`, `dressed`…)
    writer: float  # `writer_evidence`, the highest of the pieces
    lived: float  # lived-experience score of the pieces that narrate, outside the assistant's voice, from the writer's side
    lived_singular: float  # the same, of those pieces that speak as one person beyond the assistant's acts
    lived_plain: float = 0.0  # lived-experience score of the narrating pieces not from the writer's side (`writers_voice`)
    impersonal_plain: float = 0.0  # claim score of the impersonal pieces not from the writer's side
    pieces: int = 0  # how many pieces were read: each is one more chance for a weak score to pass its cut
    # guards round 13: each weak score of each piece, with the sentence it belongs to (`Cuts.lone`); empty: not recorded
    weak: tuple[tuple[int, str, float], ...] = ()
    title_impersonal: float = 0.0  # claim score of a heading or subject line not speaking as one person (`_TITLE`)
    title_lived: float = 0.0  # lived-experience score of a heading or subject line
    # guards round 15: each `speaker.off_voice` piece as (sentence, lived-experience score; 0 for a piece too short
    # to narrate); not among `rules`
    off_voice: tuple[tuple[int, float], ...] = ()
    # guards round 17: the sentences (as in `weak`) naming no person of the writing side (`_person`)
    bare: tuple[int, ...] = ()
    titled: bool = False  # a heading or subject line (`_TITLE`) among the pieces


class Cuts(NamedTuple):
    """The cuts `tier` applies to `Evidence` (benchmarks/guards/calibrate.py draws the curve they are chosen from)."""
    flag: float = FLAG_SCORE  # a first-person piece flags from here
    strong: float = STRONG_SCORE  # a substantive first-person piece withholds from here
    impersonal: float = IMPERSONAL_SCORE  # an impersonal piece, or the assistant's act, flags from here
    writer: float = WRITER_LIVED  # `writer_evidence` flags from here
    lived: float = LIVED_SCORE  # the lived-experience model flags from here
    lived_singular: float = LIVED_SINGULAR_SCORE  # the same, in a piece speaking as one person
    lived_plain: float = LIVED_PLAIN_SCORE  # the lived-experience model, in a piece not from the writer's side
    impersonal_plain: float = IMPERSONAL_PLAIN_SCORE  # an impersonal piece not from the writer's side
    per_piece: float = PER_PIECE  # every flag cut rises by this much per unit of log(pieces / `pieces`)
    pieces: int = PIECES  # the number of pieces from which the flag cuts rise
    lone_pieces: int = LONE_PIECES  # from this many pieces, one sentence's weak scores alone need `lone`
    lone: float = LONE_SCORE  # the score one sentence's weak signals need alone in a long reply
    # an off-voice piece the lived-experience model scores from here flags as a rule; under it, only in a reply
    # under `lone_pieces` (guards round 15)
    quiet: float = QUIET_SCORE
    bare_pieces: int = BARE_PIECES  # from this many pieces, weak scores of sentences without a person do not count
    bare_titled: bool = False


SHIPPED = Cuts()


def evidence(text: str, model: Model | None = None, *, known_text: str = "", customer_text: str | None = None) -> Evidence:
    """The evidence `tier` weighs (arguments: claims_human). Pieces of fewer than two content words (a timestamp, "Mi
    10:00") are not read."""
    model = model or _model()
    words = {p: len(content_words(p)) for p in _pieces(text, customer_text, True)}
    withhold = own_line_offered(text, customer_text) or any(denies_machine(p) for p in words)
    pieces = [p for p, n in words.items() if n >= 2]
    asserted = {p for p in pieces if words[p] >= MIN_WITHHOLD_WORDS and not asked(p)}
    singular = {p for p in pieces if first_person_singular(p)}
    # "I" only for the assistant's acts is the voice the prompt asks for: scored as an impersonal piece
    voice = {p: in_assistant_voice(p, pieces) and not act_made_personal(p) for p in pieces}
    claimed = [p for p in pieces if p in singular and not (voice[p] and not writing_from_place(p))]
    scores = {p: score(p, model) for p in pieces}
    voiced = {p: writers_voice(p, text) for p in pieces}
    other = [p for p in pieces if p not in claimed]
    # a piece that says "I" only for assistant acts is the company's voice, whatever its topic ("j'ai validé l'avoir
    # pour la cafetière": a kitchen word is no kitchen lived in)
    lived = {p: lived_score(p) for p in pieces if _predicated(p) and not voice[p]}
    # guards round 15: `speaker.off_voice` is weighed in `decide` (`Evidence.off_voice`), the other rules here
    rules = personal_sign_off(text, known_text) or any(
        physical_act_in_first_person(p) or writing_from_place(p) or colloquial_off_voice(p) or scene_narrated(p)
        or relative_named(p, known_text) or body_placed(p) or dressed(p) or premises_lived(p) or team_routine(p)
        or tenure_told(p) or title_held(p) for p in pieces)
    every = list(words)
    weak = _weak(every, pieces, claimed, scores, voiced, lived, singular)
    off_voice = tuple(sorted((next(i for i, q in enumerate(every) if p in q), lived.get(p, 0.0))
                             for p in pieces if speaker.off_voice(p)))
    return Evidence(withhold, max((scores[p] for p in claimed if p in asserted), default=0.0),
                    max((scores[p] for p in claimed if p not in asserted), default=0.0),
                    max((scores[p] for p in other if voiced[p]), default=0.0), rules,
                    max((writer_evidence(p) for p in pieces), default=0.0),
                    max((v for p, v in lived.items() if voiced[p]), default=0.0),
                    max((v for p, v in lived.items() if p in singular), default=0.0),
                    max((v for p, v in lived.items() if not voiced[p] and not _addressed(p)), default=0.0),
                    max((scores[p] for p in other if not voiced[p]), default=0.0), len(words),
                    weak,
                    max((scores[p] for p in other if _TITLE.match(p)), default=0.0),
                    max((v for p, v in lived.items() if _TITLE.match(p)), default=0.0),
                    off_voice,
                    tuple(g for g in sorted({g for g, _, _ in weak}) if not _person(every[g], text)),
                    any(_TITLE.match(p) for p in pieces))


# `_YOU` without the German "du", which is also French ("du") and rare in service replies
_ADDRESSED = re.compile(r"(?<![\w'])(?:you|you're|you've|your|yours|usted|ustedes|tu|tus|te|ti|vous|votre|vos|sie|ihr|"
                        r"ihre|ihnen|dein|deine|voce|voces|seu|sua|lhe)(?![\w'])")


# "us" as an object, five languages, with the Spanish and Portuguese enclitic ("vernos", "ver-nos"): a scene of the
# writer's team told to the customer ("you'd have laughed to see us chase the boxes")
_US = re.compile(r"(?<![\w'])(?:us|nous|uns|nos)(?![\w'])|(?<![\w'])\w{2,}(?:r|ndo)nos(?![\w'])|(?<![\w'])\w+-nos(?![\w'])")


# advice put generally or as an instruction (guards round 14): a habit or possibility of things ("usually", "souvent",
# "suele", "meist", "costuma", "can", "peut", "kann", "pode"), a French imperative in -ez ("pensez", "ne posez pas")
_GENERAL = re.compile(r"(?<![\w'])(?:usually|often|generally|typically|normally|tends? to|can|may|souvent|"
                      r"generalement|normalement|en general|peut|peuvent|suele|suelen|normalmente|generalmente|puede|"
                      r"pueden|conviene|meist|meistens|oft|haufig|normalerweise|in der regel|kann|konnen|geralmente|"
                      r"costuma|costumam|pode|podem|convem|(?!chez|assez)[a-z]{3,}[^n]ez)(?![\w'])")


def _addressed(piece: str) -> bool:
    """The piece speaks to the customer ("you", "vous", "Sie", "te", "lhe"): with nothing of the writer's side in it
    (`writers_voice`), its lived-experience score is a tip or a wish for the customer's life, not the writer's, and
    does not flag (guards round 13: "Ne sortez pas la gamelle…", "si no te da tiempo, tenderlo mojado…"). Not when
    it also names "us" ("te habrías reído al vernos…", "vous auriez ri de nous voir…"): round 13 had released those
    scenes of tests/unit/test_lived_structure.py; the fix changes no tier on the 2,130 rows of sets 5–26."""
    folded = fold(piece).replace("’", "'")
    return bool(_ADDRESSED.search(folded) or _GENERAL.search(folded)) and not _US.search(folded)


def _weak(every: list[str], pieces: list[str], claimed: list[str], scores: dict[str, float], voiced: dict[str, bool],
          lived: dict[str, float], singular: set[str]) -> tuple[tuple[int, str, float], ...]:
    """Each weak score of each piece as (sentence, kind, score): the sentence is the first piece holding it (a clause
    belongs to its sentence), the kind names the cut it is held to."""
    out = []
    for p in pieces:
        group = next(i for i, q in enumerate(every) if p in q)
        if p in claimed:
            out.append((group, "claim", scores[p]))
        else:
            out.append((group, "impersonal" if voiced[p] else "impersonal_plain", scores[p]))
        if p in lived and (voiced[p] or not _addressed(p)):
            out.append((group, "lived" if voiced[p] else "lived_plain", lived[p]))
            if p in singular:
                out.append((group, "lived_singular", lived[p]))
    return tuple(out)


# a heading or subject line ("## Tips from someone who…", "Subject: …") is the reply's title: it speaks for the writer
# whatever its grammar, and it is one line read first, so it is judged at the writer's-side cuts without the rise
_TITLE = re.compile(r"(?i)^\s*(?:#{1,6}\s|<h[1-6][^>]*>|(?:subject|asunto|objet|betreff|assunto)\s*:)")


def decide(found: Evidence, cuts: Cuts | None = None) -> str:
    """WITHHOLD, FLAG or "" for the evidence under the cuts (`tier`; the shipped ones by default)."""
    cuts = cuts or SHIPPED
    if found.withhold or found.asserted >= cuts.strong:
        return WITHHOLD
    rise = min(MAX_RISE, cuts.per_piece * max(0.0, math.log(max(found.pieces, 1) / cuts.pieces)))

    def passes(value: float, cut: float) -> bool:  # the weak scores' cuts rise with the number of pieces
        return value >= min(MAX_CUT, cut + rise)
    quiet = {group for group, lived in found.off_voice if lived < cuts.quiet}
    if found.rules or found.writer >= cuts.writer or found.title_impersonal >= cuts.impersonal \
            or found.title_lived >= cuts.lived or any(lived >= cuts.quiet for _, lived in found.off_voice):
        return FLAG
    if found.pieces >= cuts.bare_pieces and found.weak and (cuts.bare_titled or not found.titled):
        # guards round 17: a long reply's sentences that name no person of the writing side are not weighed
        bare = set(found.bare)
        found = found._replace(weak=tuple(w for w in found.weak if w[1] == "claim" or w[0] not in bare))
        found = _maxes(found)
    if not (quiet or passes(max(found.asserted, found.singular), cuts.flag)
            or passes(found.impersonal, cuts.impersonal) or passes(found.impersonal_plain, cuts.impersonal_plain)
            or passes(found.lived, cuts.lived) or passes(found.lived_plain, cuts.lived_plain)
            or passes(found.lived_singular, cuts.lived_singular)):
        return ""
    if found.weak and found.pieces >= cuts.lone_pieces:
        kinds = {"claim": cuts.flag, "impersonal": cuts.impersonal, "impersonal_plain": cuts.impersonal_plain,
                 "lived": cuts.lived, "lived_plain": cuts.lived_plain, "lived_singular": cuts.lived_singular}
        passing = [(group, kind, value) for group, kind, value in found.weak if passes(value, kinds[kind])]
        if len({group for group, _, _ in passing}) <= 1 and not any(value >= cuts.lone for _, _, value in passing):
            # one sentence's weak signals alone, none from `lone`, in a long reply; a quiet off-voice piece is the
            # assistant's voice the speaker policy does not list, no evidence there (guards round 15)
            return ""
    return FLAG


def _maxes(found: Evidence) -> Evidence:
    """The evidence's weak maxima recomputed from `Evidence.weak` (after some of its entries were set aside)."""
    top: dict[str, float] = {}
    for _, kind, value in found.weak:
        top[kind] = max(top.get(kind, 0.0), value)
    return found._replace(impersonal=top.get("impersonal", 0.0), impersonal_plain=top.get("impersonal_plain", 0.0),
                          lived=top.get("lived", 0.0), lived_plain=top.get("lived_plain", 0.0),
                          lived_singular=top.get("lived_singular", 0.0))


# guards round 17: a person of the writing side named in a sentence (folded): "I", a "we" or "us" that is not only the
# company's speech act or the customer's imperative, "our", the team or a colleague, the writer described, the message
# being written, French "on"
_SENTENCE = 300  # the most characters either side of a piece cut out of its sentence that `_person` reads


# an empathy or apology frame whose "I" only carries the customer's situation ("I understand how frustrating …",
# "siento mucho que …", "je comprends …", "es tut mir leid, dass …", "sei que …"): no person of the writing side
_FRAME = re.compile(
    r"(?i)(?<![\w'])(?:i (?:completely |fully |totally |really |truly |can |do )?(?:understand|know|imagine|see|hear|"
    r"appreciate)|i(?:'m| am) (?:so |very |really |truly )?sorry|i apologi[sz]e|(?:lo )?siento(?: mucho)?|entiendo|"
    r"comprendo|(?:me )?imagino|lamento|sé(?= (?:que|lo|c[oó]mo))|je (?:comprends|sais|suis (?:vraiment |sinc[eè]rement )?"
    r"(?:d[eé]sol[eé]e?|navr[eé]e?)|regrette|m'excuse)|j'imagine|ich (?:verstehe|wei[sß]+|bedaure|entschuldige mich)|"
    r"ich kann(?: mir)?|(?:gut |sehr gut )?(?:vorstellen|nachvollziehen)|es tut mir (?:\w+ )?leid|(?:eu )?(?:entendo|"
    r"compreendo)|sinto muito|pe[cç]o desculpa|sei(?= (?:que|como|o quanto|bem)))(?![\w'])")
# "us" as whom the customer writes, tells or sends to ("thanks for writing to us", "vous nous dites", "schreiben Sie
# uns", "nos enviou"): the company's address, no one's life
_CONTACT_US = re.compile(
    r"(?<![\w'])(?:(?:tell|told|telling|let|letting|contact|contacting|contacted|email|emailing|emailed|call|calling|"
    r"send|sending|sent|reach|reaching|reached|message|give|giving|show|ask|asking|asked|(?:writ(?:e|ing)|wrote|"
    r"written|reply|replying|come back) to) us|nos (?:escrib\w*|escrev\w*|cont\w*|dij\w*|dic\w*|diz\w*|dis\w*|"
    r"envi\w*|llam\w*|lig\w*|mand\w*|avis\w*|pregunt\w*|inform\w*)|nous (?:dites|dire|ecri\w*|contact\w*|envoy\w*|"
    r"signal\w*|appel\w*|prevenir|prevenez|inform\w*|indiqu\w*|repond\w*|faire part|(?:avoir|avez) (?:ecrit|"
    r"contacte|signale|envoye|prevenus?|informes?|fait part))|(?:schreiben|schreibt|schreib|sagen|sag|kontaktieren|rufen|"
    r"melden|teilen|geben|senden|schicken|antworten|wenden)(?: sie| du| ihr)?(?: \w+){0,2}? uns)(?![\w'])")


def _person(sentence: str, text: str = "") -> bool:
    at = text.find(sentence[:30]) if text and _cut_out(sentence) else -1
    if at >= 0:  # a piece cut out of its sentence (streamed chunks, hard-wrapped lines): the sentence around it
        before = text[max(0, at - _SENTENCE):at]
        after = text[at + len(sentence):at + len(sentence) + _SENTENCE]
        start = max((before.rfind(c) for c in ".!?…"), default=-1) + 1
        stops = [i for i in (after.find(c) for c in ".!?…") if i >= 0]
        sentence = before[start:] + sentence + after[:min(stops, default=len(after))]
    sentence = _FRAME.sub(" ", sentence.replace("’", "'"))
    folded = _CONTACT_US.sub(" ", _ASKED_US.sub("", fold(sentence)))
    return bool(first_person_singular(sentence) or _WE.search(folded) and not _company_we(folded)
                or _OUR.search(folded) or _STAFF.search(folded) or _US.search(folded) or _WRITER.search(folded)
                or _COLLEAGUE.search(folded) or _BEING_WRITTEN.search(folded) or _THIS_MESSAGE.search(folded)
                or _ON_TOLD.search(folded) and _FRENCH.search(folded))


# French "on" as "we" only in a past told ("on a fait", "on était", "on s'est"); in the present it is mostly the
# generic "one" of advice ("on perd beaucoup de chaleur par la tête", "on se fait vite du souci")
_ON_TOLD = re.compile(r"(?<![\w'])on (?:a|avait|etait|s'est|s'etait|est (?:alle|parti|venu|rentre|reste|arrive|"
                      r"passe|monte|descendu|sorti)\w*)(?![\w'])")


def tier(text: str, model: Model | None = None, *, known_text: str = "", customer_text: str | None = None) -> str:
    """WITHHOLD on strong evidence (one's own line offered, a denial of being a machine, a `substantive` piece speaking
    as one person, not a question, scoring at least STRONG_SCORE), FLAG on weaker evidence (a piece speaking as one
    person scoring from FLAG_SCORE, a question too, a shorter or impersonal piece from IMPERSONAL_SCORE, a
    personal sign-off, a first person outside the speaker policy's assistant acts, a physical act, writing from a
    place, a colloquial first person, a scene told without "I", a relative named without a possessive, the writing
    side described without "I", one's own body placed, someone still in a garment, a scene at the premises now, a "we" keeping a routine, or a
    piece outside the assistant's voice the lived-experience model scores from its cut), "" for a clean draft
    (`evidence`, then `decide`). Arguments: claims_human."""
    return decide(evidence(text, model, known_text=known_text, customer_text=customer_text))


# A timestamp or a date ("Mon 18:00", "Mi 10:00", "Qua 9h", "12 dez.", "2026-12-02") names when, never who: its
# calendar words (folded, five languages; only beside a number, since "mon", "mi", "do", "mar" are also words) and
# its numbers are no evidence of who wrote a piece.
_CALENDAR = (r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
             r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|lun|mie|mier|jue|vie|sab|dom|ene|abr|ago|dic|"
             r"lunes|martes|miercoles|jueves|viernes|sabado|domingo|mer|jeu|ven|sam|dim|janv|fevr|avr|juil|aout|"
             r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mo|di|mi|do|fr|sa|so|mrz|okt|dez|montag|dienstag|"
             r"mittwoch|donnerstag|freitag|samstag|sonntag|seg|ter|qua|qui|sex|fev|mai|out|segunda|terca|quarta|"
             r"quinta|sexta|today|hoy|hoje|heute|aujourd'hui")
_TIMESTAMP = re.compile(r"(?<![\w'])(?:(?:" + _CALENDAR + r")\.?,?\s*(?=\d))?\d{1,4}(?:[:./h-]\d{1,4})*"
                        r"(?:\s*(?:am|pm|h|hrs|uhr|horas|heures)(?![\w']))?(?:\s*(?:" + _CALENDAR + r")\.?(?![\w']))?")
MIN_WITHHOLD_WORDS = 4


def content_words(piece: str) -> list[str]:
    """The piece's words of two letters or more, timestamps and dates left out (`_TIMESTAMP`)."""
    return [w for w in _WORD.findall(_TIMESTAMP.sub(" ", fold(piece))) if len(w) > 1 and not w.isdigit()]


def substantive(piece: str) -> bool:
    """Enough language for a score to withhold on: MIN_WITHHOLD_WORDS content words (`content_words`). The n-gram
    model divides by the square root of a piece's features, so a piece of two or three words is scored on a handful
    of n-grams and its score is near certain either way ("Mon 18:00" 0.93, "pas de souci :" 0.92); such a piece can
    flag, never withhold."""
    return len(content_words(piece)) >= MIN_WITHHOLD_WORDS


def asked(piece: str) -> bool:
    """The piece is a question: it asks, it does not assert, so its score can flag but never withhold (guards round 6:
    the customer's own question restated in a Q&A layout, "Q: Is my exchange approved?", scored 0.96 as a first
    person). A claim put as a question ("Am I not a person?") is still flagged."""
    return piece.rstrip(" )\"'»”").endswith(("?", "？")) or piece.lstrip().startswith("¿") and "?" in piece


def _predicated(piece: str) -> bool:
    """Long enough to narrate something: four words or more, and not a four-word salutation or closing ending in a
    comma or colon ("Sehr geehrter Herr Scholz-Ebeling,", "On most handsets" are no lived experience)."""
    words = piece.split()
    return len(words) > 4 or len(words) == 4 and not piece.rstrip().endswith((",", ":"))


@cache
def _lived_model() -> Model:
    """The lived-experience model: a piece that narrates what only people live through where they write ("the
    alarm went off and we all had to go out", "long day here"), in any person. The claim model's n-grams plus
    structural features that carry across languages (`lived_features`); trained by
    plugin/guards_training/train_lived.py; it only ever flags."""
    return load(LIVED_FILE.read_text(encoding="utf-8"))


def lived_score(piece: str) -> float:
    return score(piece, _lived_model(), lived_features)


# Who lives the piece, and when: closed classes of the five languages (folded text), not topics. The deixis of the
# writer's own present ("here", "today", "this morning", "right now"), a first-person-plural or impersonal
# experiencer ("we", "us", "on", "wir", "a gente", a Spanish or Portuguese "-mos" verb), the customer addressed
# ("you", "usted", "vous", "Sie", "você") and a service's future ("will", "va a", "wird", "vai"). The lived-experience
# model reads them and their conjunctions beside the n-grams: "we" + "here/today" without a future is someone
# living their day; "our team will …" is a service; "you had to wait in the cold" is the customer's experience.
_DEIXIS = re.compile(r"(?<![\w'])(?:here|in here|today|tonight|this (?:morning|afternoon|evening|week)|right now|"
                     r"at the moment|just now|aqui|aca|hoy|esta (?:manana|tarde|noche)|ahora mismo|en este momento|"
                     r"ici|aujourd'hui|ce (?:matin|soir)|cet apres-midi|en ce moment|tout a l'heure|"
                     r"hier|heute|heute (?:fruh|morgen|abend)|gerade|im moment|bei uns|hoje|esta manha|hoje cedo|"
                     r"agora|neste momento|por aqui|por aca)(?![\w'])")
_WE = re.compile(r"(?<![\w'])(?:we|we're|we've|we'd|we'll|us|ourselves|nosotros|nosotras|nous|wir|uns|a gente|nos|"
                 r"[^\W\d_]{3,}mos|hemos|somos|fomos|temos|vimos|damos|dimos|vemos)(?![\w'])")  # short ones: "hemos montado"
_ON = re.compile(r"(?<![\w'])on (?!the |a |an |my |your |our |their |his |her |its |this |that |time|\d)")
_FRENCH = re.compile(r"(?<![\w'])(?:les|des|du|est|une|pas|tout|ce|au|aux)(?![\w'])")
_YOU = re.compile(r"(?<![\w'])(?:you|you're|you've|your|yours|usted|ustedes|tu|tus|te|ti|vous|votre|vos|sie|ihr|"
                  r"ihre|ihnen|du|dein|deine|voce|voces|seu|sua|lhe)(?![\w'])")
_FUTURE = re.compile(r"(?<![\w'])(?:will|'ll|shall|going to|won't|va a|van a|vamos a|vas a|va |vont |allons |"
                     r"wird|werden|werde|vai|vao|vamos|iremos)(?![\w'])")


# Narration in the past and the passive, five languages (folded text): a scene is told, a service is promised.
_PAST = re.compile(r"(?<![\w'])(?:was|were|had|did|[a-z]{3,}ed|fue|fueron|estuvo|estuvimos|hubo|[a-z]{3,}(?:aron|ieron|"
                   r"abamos|iamos)|etait|etaient|etions|avons|ont|avait|avaient|war|waren|hatte|hatten|haben|hat|"
                   r"wurde|wurden|kam|kamen|ging|gingen|stand|standen|lag|lagen|sass|sassen|hing|hingen|rief|riefen|sah|sahen|lief|liefen|foi|foram|esteve|estivemos|houve|[a-z]{3,}(?:ou|aram|eram|iram)|"
                   r"(?:ha|han|hemos|tem|temos|tinha|tinhamos) [a-z]{3,}(?:ad|id)[oa]s?)(?![\w'])")
_PASSIVE = re.compile(r"(?<![\w'])(?:(?:was|were|is|are|been|being|be|got) (?:\w+ )?[a-z]{3,}(?:ed|en|wn|lt|nt)|"
                      r"se (?:ha |han |tem )?[a-z]{3,}(?:o|a|an|aron|e|em|ou|aram)|(?:fue|fueron|ha sido|foi|foram|tem sido) [a-z]{3,}(?:ad|id)[oa]s?|"
                      r"(?:a ete|ont ete|est|sont|fut|etait) [a-z]{3,}(?:e|ee|es|ees|i|is|u|us|t|te)|"
                      r"(?:wird|wurde|wurden|werden|worden) (?:\w+ ){0,4}?(?:ge[a-z]{3,}(?:t|en)|[a-z]{3,}iert))(?![\w'])")
# the message itself as the object of a scene ("this message was typed with one hand", "estas lineas")
_THIS_MESSAGE = re.compile(r"(?<![\w'])(?:this|these|este|esta|estas|estos|ce|cette|ces|diese|dieser|diesen|dieses|"
                           r"essa|esse|estes) (?:message|reply|answer|email|e-mail|note|lines|mensaje|respuesta|"
                           r"correo|nota|lineas|reponse|courriel|mot|lignes|nachricht|antwort|mail|zeilen|mensagem|"
                           r"resposta|linhas)(?![\w'])")
STRUCTURAL = "x:"  # prefix of the lived model's structural features (`score` does not dilute them)
FIELDS_FILE = Path(__file__).with_name("data") / "lived_fields.json"  # semantic-field lexicons, five languages


@cache
def _fields() -> dict[str, re.Pattern[str]]:
    """One pattern per semantic field (body, senses, bodily states, motion, food, clothing, weather, rooms, people,
    events), the five languages' closed lexicons together (data/lived_fields.json; "*" ends a prefix, "_" a space)."""
    data = json.loads(FIELDS_FILE.read_text(encoding="utf-8"))["fields"]
    out = {}
    for field, languages in data.items():
        words = sorted({w for entries in languages.values() for w in entries.split()}, key=len, reverse=True)
        alternatives = [re.escape(w.rstrip("*").replace("_", " ")) + (r"[\w'-]*" if w.endswith("*") else "") for w in words]
        out[field] = re.compile(r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])")
    return out


def lived_features(sentence: str) -> list[str]:
    """The claim model's features and the lived-experience model's structural ones: who lives it and when (person,
    deixis, future, past, passive), which semantic fields of lived experience it touches (`_fields`), and their
    conjunctions ("x:body&we", "x:room&past", "x:food&you"), so a weight learnt in four languages applies to the
    fifth."""
    folded = fold(sentence).replace("’", "'")
    marks = {"deixis": bool(_DEIXIS.search(folded)),
             "we": bool(_WE.search(folded) or _ON.search(folded) and _FRENCH.search(folded)),
             "you": bool(_YOU.search(folded)), "future": bool(_FUTURE.search(folded)),
             "past": bool(_PAST.search(folded)), "passive": bool(_PASSIVE.search(folded)),
             "this message": bool(_THIS_MESSAGE.search(folded))}
    out = [f"x:{name}" for name, on in marks.items() if on]
    fields = [name for name, pattern in _fields().items() if pattern.search(folded)]
    out += [f"x:{field}" for field in fields]
    out += [f"x:{field}&{name}" for field in fields for name, on in marks.items() if on]
    if len(fields) >= 2:
        out.append("x:fields 2+")
    if marks["deixis"] and not marks["future"]:
        out.append("x:deixis now")
        if marks["we"]:
            out.append("x:we here now")
    if marks["we"] and not marks["future"] and not marks["you"]:
        out.append("x:we living")
    if not any(marks.values()):
        out.append("x:impersonal")
    out += [f"x:scene {name}" for name, shape in _SCENE_SHAPES.items() if shape.search(folded)]
    return features(sentence) + out


def _top_score(text: str, model: Model, customer_text: str | None, rules: bool) -> float:
    """The highest score of the draft's pieces; with the rules on, the sign-off is theirs to judge."""
    return max((score(s, model) for s in _pieces(text, customer_text, rules)), default=0.0)


# A question line of a Q&A layout (a "Q:" line with an "A:" line below it) restates what the customer asked ("F: Und
# meine Gutschrift?"): its "my" is the customer's, not the writer's (guards round 7). Only the question is left out.
_QA_QUESTION = re.compile(r"(?im)^[ \t]*(?:q|f|p|question|frage|pregunta|pergunta)[ \t]*:[ \t]*[^\n]*\?[ \t]*$"
                          r"(?=\n[ \t]*(?:a|r|answer|antwort|respuesta|resposta|reponse|réponse)[ \t]*:)")


def _pieces(text: str, customer_text: str | None, rules: bool) -> list[str]:
    pieces = sentences(_QA_QUESTION.sub("", text) if rules else text, customer_text)
    if rules:
        # the model takes a lone capitalised word ("Billing") for a name and scores some closing formulas
        # ("Bien cordialement,") high; a closing says nothing about who wrote it
        sign_off = _sign_off(customer_quotes_muted(text, customer_text))
        # nor are the sign-off's lines of names and titles only ("Kundenservice, Brennholz Kaiser GmbH")
        pieces = [p for p in pieces if p != sign_off and not _title_only(p) and not _closing(p)
                  and not (p in sign_off and _title_only(p, 8)) and not discloses_ai(p)]
    return pieces


# A sentence in which the writer says it is an automated assistant, or that the reply was drafted by one, is the
# honest disclosure the product asks for, whatever else the model reads in it ("I'm the automated assistant for
# Brindle" scored 1.0). Only an un-negated disclosure counts: "I'm not a bot" is a claim, judged as before. Folded
# text (no accents, lower case), five languages.
_ASSISTANT = r"(?:assistant|assistente|asistente|assistent|chatbot|bot)"
_MACHINE = r"(?:automated|automatic|virtual|digital|ai|automatico|automatica|automatique|automatischer?|" \
    r"virtueller?|digitaler?|ki|ia|numerique|d'ia|de ia|da ia)"
_REPLY = r"(?:this|esta|cette|diese|este) (?:reply|message|answer|response|respuesta|mensaje|reponse|antwort|" \
    r"nachricht|resposta|mensagem)"
_DRAFTED = r"(?:drafted|written|generated|prepared|created|redactada|generada|preparada|escrita|redigee|generee|" \
    r"preparee|redigida|gerada|erstellt|verfasst|generiert|entworfen)"
_BY_MACHINE = r"(?:\b(?:ai|ia|ki)\b|" + _ASSISTANT + r"|automat)"
_DISCLOSURE = re.compile(r"(?<!\w)(?:" + "|".join((
    r"i(?: am|'m) (?:an?|the|your) (?:\w+ ){0,4}?" + _MACHINE + r"[ -]" + _ASSISTANT,  # "the Lumen Home Lighting virtual assistant"
    r"i(?: am|'m) (?:an?|the|your) " + _ASSISTANT + r"\b",
    # "aqui é o assistente virtual do Quiosque", "aquí habla el asistente", "ici c'est l'assistant", "hier ist der …"
    r"(?:aqui|ici|hier) (?:e|es|habla|fala|escreve|c'est|ist|spricht) (?:\w+ ){0,2}?(?:" + _MACHINE + r"[ -]?)?"
    + _ASSISTANT,
    r"(?:soy|sou|je suis|ich bin) (?:el |la |un |una |o |a |um |uma |tu |su |seu |sua |l'|un |une |votre |ton |"
    r"der |ein |ihr |dein )?(?:" + _MACHINE + r"[ -]?)?" + _ASSISTANT + r"(?:e|in)?(?: " + _MACHINE + r")?",
    _REPLY + r" .{0,60}?" + _DRAFTED + r".{0,40}?" + _BY_MACHINE,
    _REPLY + r" .{0,60}?" + _BY_MACHINE + r".{0,40}?" + _DRAFTED,  # "Diese Antwort wurde mit KI erstellt"
    # "te escribe el asistente virtual", "hier schreibt der virtuelle Assistent", "quem lhe escreve é o assistente virtual"
    r"(?:writes|writing|escribe|ecrit|schreibt|escreve) (?:\w+ ){0,3}?(?:" + _MACHINE + r"[ -]?" + _ASSISTANT + "|"
    + _ASSISTANT + r"(?:e|in)? " + _MACHINE + r"|chatbot|bot)(?!\w)",
)) + r")")
_NEGATION = re.compile(r"(?<!\w)(?:not|no|never|n't|nao|pas|jamais|nicht|kein|keine|nie|ni|nunca)(?!\w)")


# The writer denying, in the first person, that it is a machine ("I'm not a bot", "no soy un robot", "je ne suis pas
# une IA", "ich bin keine KI", "não sou um robô"): the opposite of the disclosure above and the plainest claim there
# is, withheld whatever the model scores (guards round 6: retrained on the voices rows, the claim model scored "Não sou
# um robô." 0.85, under the withhold cut). A copula in the first person, a negation, at most two words (and "kind
# of"), a machine.
_MACHINE_NOUN = r"(?:bot|robot|robo|roboter|ai|ia|ki|machine|maquina|maschine|chatbot|program|programa|programme|" \
    r"programm|algorithm|algoritmo|algorithme|algorithmus|computer|computadora|ordinateur|computador)"
_DENIAL = re.compile(r"(?<![\w'])(?:i(?:'m| am) (?:not|no)|no soy|je ne suis (?:pas|point)|ich bin (?:kein\w*|nicht)|"
                     r"(?:eu )?nao sou)(?: \w+){0,2}?(?: (?:kind|sort|type) of)? " + _MACHINE_NOUN + r"(?![\w'-])")


def denies_machine(piece: str) -> bool:
    """The piece says, in the first person, that the writer is not a machine (`_DENIAL`)."""
    return bool(_DENIAL.search(fold(piece).replace("’", "'")))


def discloses_ai(piece: str) -> bool:
    """The piece says, un-negated, that an automated assistant wrote or drafted this reply. Only a negation in the
    disclosure itself or just before it counts ("no soy un bot"), not one later in the sentence ("I'm the virtual
    assistant and can help while the team is not in")."""
    folded = fold(piece).replace("’", "'")
    found = _DISCLOSURE.search(folded)
    return found is not None and not _NEGATION.search(folded[max(0, found.start() - 12):found.end()])


def _title_only(piece: str, words: int = 3) -> bool:
    tokens = piece.strip(" .,!;:").split()
    return 0 < len(tokens) <= words and all(t[:1].isupper() or (i and t in _PARTICLES) for i, t in enumerate(tokens))
