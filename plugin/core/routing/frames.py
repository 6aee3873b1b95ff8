"""Round 21 (issue 12): refusals of AI and requests for a person read as frames built from word classes, sentence by
sentence, beside the learnt heads (decision.py). The heads score whole spans of sentences from the words and phrases
training saw; on text written differently (a refusal in the last line of a long e-mail, a hedge, a consent withdrawn
in legal words, "software", "a computer", "templates", a product name, no accents, typos) a refusal that is plain to a
reader can score below the threshold because its words were never seen beside a refusal. A frame asks the structural
question instead, in one sentence of the writer's own words:

- REFUSAL: an objection or refusal cue (a negation before the agent, "I object", "I do not consent", "je m'oppose",
  "widerspreche", "não autorizo", "no more", "stop", "switch off", a hedge "I'd rather not" / "preferiría que no" /
  "lieber nicht") within a few words of an AUTOMATED AGENT (AI, bot, machine, computer, software, program, algorithm,
  automated processing, templates and canned replies, ChatGPT …), or a preference for a person over the agent.
- The agent named, then refused in the next sentences: "… is this automatic? Then no thanks", "… may be AI-assisted.
  Not for me", a consent to it withdrawn ("I ticked the AI box. I withdraw my consent", "je retire mon accord",
  "ziehe meine Einwilligung zurück"), switched off or not wanted as "it" ("desactivadlo conmigo", "ich will ihn nicht
  mehr").
- CALLBACK / ANYONE_THERE / a person asked for: a call asked for the writer ("call me back", "llamadme", "rappelez-moi",
  "ruft mich zurück", "me liga"), a question whether anyone reads the messages ("is anyone reading this?", "¿hay
  alguien?", "qqn lit ?", "liest hier jemand?", "tem alguém lendo?"), a person by name or kind ("talk to Priya
  again", "mis en relation avec Mme …", "verbindet mich mit einem Menschen", "que me pongan con el encargado").

Development sets (blind 3–33, 35, 36, the written splits, symmetry 1–5; 13,832 rows), main (round 18) -> round 21:
opt-out recall 1806 -> 1831 of 1855 at 487 -> 491 false flags, requests for a person found 1291 -> 1337 of 1373 at
the same false alarms (404), bias review identical on every row. The learnt heads, their weights and thresholds are
unchanged (no retraining).

A frame fires only where the sentence's own families (features.sentences, with the scopes of cues.py) do not say the
refusal is of something else (marketing: REFUSE_OTHER), someone else's (OTHER_REFUSE), withdrawn (REVOKED_REFUSE, a
WITHDRAW or RE_ENABLE later in the message), a stance that accepts the machine (OK_NEG), past (PAST_REFUSE), a claim
asked for (CLAIMED_NEG), a quoted subject line, or a call or person not needed (UNNEEDED). The router reads the
frames on the same text as the heads (scope.opt_out_text, scope.handoff_text) and ORs them with the heads; the bias
decision never reads them (routing.classify computes it first), so bias review is unchanged.

Round 23 (false opt-outs on long letters; refusals asked as a question; German): a household machine ("no working
washing machine") and the writer's own device ("ni mon logiciel", "my software can't read it") are no agent, French
"je les ai" is no AI and "de IA" is; "auto" before what is handled ("ur auto system") is automatic; a consent "fica cancelada" is withdrawn; "take our company off the AI route" is
a switch-off; the agent asked about then refused ("C'est une réponse automatique ? Si oui, non merci", "Falls ja, will
ich die nicht", "se for, não quero") and German "davon will ich keine mehr", "das möchte ich … bitte nicht" after the
sentence that names it. machine_in_play (below) is what routing.classify asks of a long message before the opt-out
head alone may decide (decision.opt_out_threshold).

Round 32 (opt-outs): a short message's opt-out head decides only when something that could be the agent is named
(agent_in_play: the agent in misspelt, compound or metaphoric words, a helper or assistant, profiling, an act of the
agent on the writer's messages), once the writer's failing products are set aside ("a máquina de café não sai café",
"mi robot de cocina no arranca"); a past refusal withdrawn in the message lowers the head (withdrawn_refusal). The
refusal frame reads more verb classes (not wishing, not having signed up, doing without, being against), people only
in plain words, the agent after "by" in a passive, a reply to an AI-disclosure footer ("… written with AI: please
don't do that with me"), and the text unmasked when identity.mask took the agent for an identity. Development sets
blind 3-39 (tuned on): opt-out recall 1894 -> 1896 of 1920, false opt-outs 285 -> 230 of 5876; handoff and bias
review identical on every row.

Round 38 (the scope of a refusal: who refuses, what is refused, is it current; and requests for a person missed): a
refusal reported of someone else counts as the writer's only when the writer speaks for that person to have it applied
(the account holder's proxy: "… please note it on his file"); when the writer sets their own stance apart ("that's her
call, for me it's fine", "a mí me da igual", "mich stört das nicht") and refuses nothing themselves, the opt-out head
does not decide and the frames count only a refusal in a sentence naming no one else (others_refusal, own_refusal);
a refusal withdrawn ("second thoughts", "but this answer was fine", "ignore my msg from monday saying no AI") blocks
the frames too when nothing is refused after the withdrawal (withdrawn_frame); an automatic payment or renewal, a
product's AI feature and a mailing unsubscribed from are not the agent (other_thing, mailing_only); the agent named
only in a question whether a person reads ("is a real person reading this, or is it all automatic?") refuses nothing
(asked_only). Requests for a person: a call back asked as availability plus the writer's number (available_call, read
on the unmasked text), a person named or pointed at asked for directly, as a named contact or again ("speak to Carol
herself", "un interlocuteur attitré", "I would like Denise, who I spoke to on the 10th, to pick this up"), a talk with
someone preferred to mail. The learnt heads are unchanged.

Source: written by hand for round 21 by the routing helper session (CC0-1.0), from common phrasings in each language;
the kinds (not the rows) come from the misses of the development sets (blind 3–33, 35, 36; the written splits). No
text of any evaluation set is copied here.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from functools import cache

from . import features
from .text import fold_pattern, index_of


class _lazy:  # noqa: N801 - used like re.compile
    """A pattern compiled on first use (importing the router stays cheap: these are compiled only when a message
    reaches them)."""
    __slots__ = ("pattern", "_rx")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._rx: re.Pattern[str] | None = None

    def _get(self) -> re.Pattern[str]:
        if self._rx is None:
            self._rx = re.compile(self.pattern)
        return self._rx

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._get().search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._get().match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._get().fullmatch(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        return self._get().findall(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._get().finditer(text, pos, endpos)


_AUTO = (r"auto|automat(ed|ic|ically)|automati(que|ques|quement|se|see|ses|sees)|automatic[oa]s?|automaticamente|"
         r"automatizad[oa]s?|automatisch\w*|automatisiert\w*")
_HANDLED = (r"processing|process|decisions?|decision-making|replies|answers|responses|emails?|messages?|tools?|systems?|"
            r"handling|assessment|scoring|profiling|treatment|chat|assistant|assistance|asistencia|assistencia|"
            r"tratamiento|procesamiento|decision(es)?|respuestas?|herramientas?|sistemas?|gestion|correos?|mensajes?|"
            r"traitement|decisions?|reponses?|outils?|systemes?|courriers?|"
            r"bearbeitung|verarbeitung|entscheidung(en)?|antwort(en)?|systeme?|werkzeuge?|mails?|nachrichten|"
            r"tratamento|processamento|decisao|decisoes|respostas?|ferramentas?|atendimento")
# Round 23: a household or shop machine is no agent ("still no working washing machine", "la machine à laver", "la
# máquina de café"), nor is the writer's own device ("ni mon logiciel ni l'agrandisseur", "my software can't read it",
# a screen reader's user); "xpron" is a masked pronoun.
_MACHINE = (r"(?<!washing )(?<!coffee )(?<!vending )(?<!ticket )(?<!sewing )(?<!espresso )(?<!slot )(?<!cash )"
            r"(?<!parking )(?<!card )(?<!fax )(?<!x-ray )(?<!time )(?<!fruit )(?<!laundry )(?<!cpap )(?<!dialysis )"
            r"(machines?|maquinas?|maschinen?)(?! (a|de|da|do|para) (laver|cafe|lavar|coser|cafe|costura|expresso|sous)\b)")
_OWN = r"(?<!my )(?<!mon )(?<!mi )(?<!meu )(?<!mein )(?<!meinen )(?<!meinem )(?<!my own )(?<!our )(?<!notre )(?<!nuestro )(?<!nosso )"
# Round 32: what a household robot is for ("robot vacuum", "robot aspirateur", "robô aspirador", "robot de cocina").
_APPLIANCE = (r"(?:vacuums?|hoovers?|mowers?|lawn ?mowers?|cleaners?|aspirateurs?|tondeuses?|aspiradora?s?|cortac\w*|"
              r"corta-\w+|de (?:cocina|cuisine|cozinha|limpeza|limpieza)|culinaires?|de piscine|pool)")
# The automated agent (folded, masked text: "person" is written "xperson"). "Automatic" only beside what is handled
# ("automated processing", "traitement automatique", "respuestas automáticas"): an automatic renewal, debit or
# payment is no agent.
_AGENT = (
    r"(?<![jnmtl]')(?<!je )(?<!xpron )(?<!vous )(?<!nous )(?<!leur )(?<!tu )(?<!on )(?<!qui )(?<!\bles )(?<!\blui )(?<!\ben )(?<!\by )a\.?i\.?|ai-\w+|ia(?! (a |o |me |te |se |lhe |xpron )?\w+[aeio]r\b)|(?<=\bde )ia|(?<=\bda )ia|(?<=\bpor )ia|(?<=\bcom )ia|(?<=\bcontra )ia|(?<=\bsem )ia|(?<=\bsin )ia|(?<=\bcon )ia|ki|ki-\w+|\w+-ki|artificial intelligence|intelligence artificielle|inteligencia artificial|"
    r"kunstliche(n|r)? intelligenz|"
    r"(chat)?bots?|chat-?bots?|robots?(?! " + _APPLIANCE + r")|robo(s|zinho)?(?! " + _APPLIANCE + r")|roboter|(sprach|telefon|chat|text)roboter|" + _MACHINE + "|"
    r"" + _OWN + r"(computers?|ordinateurs?|ordenador(es)?|computador(es|as?)?|"
    r"software|logiciels?)|computer ?programs?|programas? informaticos?|programmes? informatiques?|computerprogramm\w*|"
    r"algorithm(s|e|es|us|en)?|algoritmos?|"
    r"chatgpt|chat gpt|gpt(-?\d)?|copilot|llms?|language models?|sprachmodell\w*|"
    r"(" + _AUTO + r") (" + _HANDLED + r")|(" + _HANDLED + r") (" + _AUTO + r")|(de forma|de maniere|de manera|de modo) (" + _AUTO + r")|"
    r"automation|automatisation|automatizacion|automatizacao|automatisierung|"
    r"auto-?repl(y|ies)|auto-?respon\w+|autoresponder|"
    r"(virtual|digital|smart|ai) assistants?|asistente (virtual|digital)|assistant (virtuel|numerique|intelligent)|"
    r"digitale(n|r)? assistent(en)?|sprachassistent\w*|assistente (virtual|digital)"
)
# Canned replies: refused only with "no more", "stop", "enough", an objection verb or a hedge ("no more template replies
# for me", "chega de resposta padrão"), or a German "keine … mehr"; "not another form letter, get me a manager" and
# "keinen Textbaustein" in an escalation ask for a person, not for no automation.
_TEMPLATE = (
    r"templates?|template(d)? (answers?|replies|responses?|emails?)|canned( (answers?|replies|responses?|emails?|lines?))?|"
    r"scripted( (answers?|replies|responses?))?|copy-?paste(d)?( (answers?|replies))?|form letters?|standard (answers?|replies|responses?)|"
    r"respuestas? (de|con) plantillas?|plantillas? de respuestas?|respuestas? (tipo|estandar|predefinidas?|enlatadas?|prefabricadas?)|"
    r"reponses? (types?|standards?|toutes faites|pre-?ecrites?)|modeles? de reponses?|copier-?coller|"
    r"vorlagen?|textbausteine?n?|(\w+ )?standardantwort(en)?|standardmails?|vorgefertigte\w*( \w+)?|massenmails?|"
    r"respostas?[- ](padrao|prontas?|de modelo|modelos?)|modelos? de resposta"
)
_TEMPLATE_RX = _lazy(r"(?:" + _TEMPLATE + r")")
_AGENT = _AGENT + "|" + _TEMPLATE
_MEHR = _lazy(r"(?:\s\S+){0,3}\s(?:mehr|anymore|any more|nunca mais|jamais)\b")
# Round 23: the conditional asked as a question in five languages ("C'est une réponse automatique ? Si oui, non
# merci", "Ist das eine automatische Antwort? Dann will ich die nicht", "isso é resposta automática? se for, não
# quero", "¿… automático? Si es automático no me interesa"), and the German "davon will ich keine mehr", "das möchte
# ich bei meiner Buchung bitte nicht" after the sentence that names the agent.
_IF_SO = (r"then|if so|if yes|if it is|if that'?s the case|entonces|pues|si es asi|si lo es|si es (\S+ )?automatic[oa]|"
          r"en ese caso|alors|dans ce cas|si oui|si c'est le cas|si c'est (\S+ )?automatique|dann|wenn ja|falls ja|"
          r"wenn (das|dem) so ist|in dem fall|entao|nesse caso|se for|se sim|se for (\S+ )?automatic[oa]")
_NOT_WANTED = (r"(?:no|non|nein|nao)\b|(i )?(don'?t|do not) want (it|that|one|them)|not interested|no me interesa|"
               r"no lo quiero|no la quiero|no quiero|je n'en veux pas|ca ne m'interesse pas|non merci|"
               r"(will|mochte) ich (das|die|den|es|sie|so etwas|sowas|\S+ nicht|\S+ keine)? ?(nicht|keine)\b|"
               r"nao quero|nao me interessa|no,? gracias|no thanks")
_THEN_NO = _lazy(r"\s*(?:(?:" + _IF_SO + r"),? (?:" + _NOT_WANTED + r")|not for me|no thanks|no thank you|para mi no|"
                 r"no,? gracias|pas pour moi|non,? merci|fur mich (?:bitte )?nicht|nein,? danke|para mim nao|"
                 r"nao,? obrigad[oa]|davon (will|mochte) ich (keine|nichts)|das (will|mochte) ich (\S+ ){0,3}(bitte )?nicht\b)")
_PLEASE = _lazy(r"\b(?:please|pls|plz|por favor|porfa|s'il vous plait|svp|merci|bitte|por favor|obrigad[oa])\b")

# A person (the other side of a preference).
_HUMAN = (r"xperson|humans?|human beings?|humain(e|s)?|humanos?|human[oa]s?|menschen?|mensch|real (xperson|one)|"
          r"someone|somebody|staff|employee|agent|advisor|adviser|alguien|empleado|agente|asesor|quelqu'un|conseiller|"
          r"jemand|mitarbeiter(in)?|alguem|funcionario|atendente|gente")
_GAP = r"(\S+ ){0,%d}"
# Refusals whose object follows within a few words.
_MORE_CUES = (r"(no more|no longer|no further|stop( using| sending)?|enough( of)?|basta( ya)?( de)?|ya no( mas)?|no mas|"
              r"assez( de)?|arretez( de| avec)?|stop avec|plus de|schluss mit|genug( mit)?|chega( de)?|nada mais( de)?|"
              r"anything but|rather than|instead of|en vez de|en lugar de|plutot que|au lieu de|statt|anstatt|em vez de|"
              r"ao inves de)")
_MORE = _lazy(_MORE_CUES + r"\s")
_REFUSE_BEFORE = (
    # a negation right before the agent: "no AI", "not by a computer", "sin robots", "pas de machine", "keine KI",
    # "nada de IA", "sem robô", "don't want a machine"; "no more", "stop", "basta" a little further: "no more of your
    # canned replies", "basta ya de respuestas de plantilla", "chega de resposta padrão"
    r"(no|not|never|nor|sin|ni|nunca|jamas|pas|non|jamais|sans|nao|kein(e|en|e[rm])?|nie|niemals|ohne|nada( de)?|sem|nem|"
    r"don'?t|dont|do not|no quiero|ne veux pas|will nicht|mochte nicht|nao quero)"
    r" ([^\s,;:*()]+ ){0,2}(?P<agent>" + _AGENT + r")"
    r"|" + _MORE_CUES + r" ([^\s,;:*()]+ ){0,4}(?P<agent1>" + _AGENT + r")"
    # objection, refusal and consent verbs: "I object to automated processing", "no autorizo que una IA …"
    r"|(object(s|ing)? to|i object|we object|objection to|refuse|refusing|reject|we do not consent|we don'?t consent|"
    r"nos oponemos|nos negamos|rechazamos|no autorizamos|no aceptamos|nous nous opposons|nous refusons|refusons|"
    r"n'acceptons pas|n'autorisons pas|wir widersprechen|widersprechen|lehnen|nao autorizamos|nao aceitamos|recusamos|do not consent|don'?t consent|dont consent|"
    r"not consent|withdraw (my |the )?consent|withdrawing (my |the )?consent|revoke (my )?consent|do not agree|"
    r"don'?t agree|dont agree|not authori[sz]e|do not allow|don'?t allow|dont allow|do not permit|not permitted|"
    r"opt(ing)? (me )?out|opt-out|"
    r"me opongo|me niego|rechazo|no autorizo|no consiento|no acepto|no permito|no doy (mi )?(consentimiento|permiso|autorizacion)|"
    r"retiro (mi )?(consentimiento|autorizacion|permiso)|revoco|"
    r"je m'oppose|m'oppose|opposition|je refuse|refuse que|n'accepte pas|n'autorise pas|ne consens pas|"
    r"je retire (mon|ma) (consentement|accord|autorisation)|pas d'accord|"
    r"widerspreche|widerspruch|lehne|verweigere|nicht einverstanden|stimme (\S+ ){0,3}nicht zu|"
    r"untersage|verbiete|nicht erlaubt|widerrufe|einwilligung (\S+ ){0,2}zuruck|"
    r"recuso|me recuso|oponho|me oponho|nao autorizo|nao aceito|nao consinto|nao permito|nao concordo|"
    r"retiro (o meu |meu |a minha |minha )?(consentimento|autorizacao)|revogo)"
    # (Round 32: or further in a passive, the agent after "by": "je n'accepte pas que notre prêt soit tranché par un
    # ordinateur", "I do not agree to my claim being assessed and decided by an algorithm")
    r" (?:([^\s;:*()]+ ){0,10}|([^\s;:*()]+ ){0,18}(?:by|par|por|von|durch|pelo|pela|pelos|pelas) (?:[^\s;:*()]+ )?)"
    r"(?P<agent2>" + _AGENT + r")"
    # hedges: "I'd rather not have a bot", "preferiría que no lo lea una máquina", "hätte lieber keine KI"
    r"|((i'?d|i would) (rather|prefer)( not| it not| you not| that no)?|prefer(iria|iria que no|iria no|ia que nao|iria que nao)|"
    r"prefiero que no|prefiro que nao|je prefere(rais)? (que|qu'|ne pas|pas)|j'aimerais (mieux|autant) (que|qu')|"
    r"(hatte|mochte) (ich )?lieber (nicht|kein\w*)|am liebsten (nicht|kein\w*|ohne)|"
    # Round 32 (the agent within six words, no comma between): not wishing, not having signed up, doing without, being
    # against ("I do not wish to interact with your assistant", "I didn't sign up to be answered by a machine", "no deseo", "je ne souhaite pas", "wünsche nicht", "não desejo",
    # "dispenso o assistente", "prescindo del", "je me passe de", "verzichte auf", "I'll do without")
    r"(?:i'?m|i am|we'?re|we are) (?:\S+ )?against|estoy en contra|je suis contre|ich bin gegen|sou contra|estou contra|"
    r"(?:do not|don'?t|dont|does not|doesn'?t) (?:wish|intend|care)|(?:did not|didn'?t|never) (?:sign(?:ed)? up|ask(?:ed)?|opt(?:ed)? in)|"
    r"no deseo|no deseamos|ne souhaite pas|ne souhaitons pas|ne desire pas|wunsche (?:\S+ ){0,2}nicht|wunsche keine\w*|"
    r"nao desejo|nao desejamos|dispenso|prescindo|je me passe|nous nous passons|verzichte|verzichten|(?:can|will|i'?ll) do without)"
    r" ([^\s,;:*()]+ ){0,6}(?P<agent3>" + _AGENT + r")"
    # switching it off: "switch the bot off for me", "desactivad el chat automático", "schaltet die KI ab"
    r"|(switch(ed)? off|turn(ed)? off|disable|deactivate|unplug|desactiv\w+|apag(a|ad|uen|ue)|desligu\w+|desativ\w+|"
    r"debranch\w+|coupez|abschalten|ausschalten|abstellen|deaktivier\w*|take (\S+ ){0,3}off|remove (\S+ ){0,3}from)"
    r" ([^\s,;:*()]+ ){0,4}(?P<agent4>" + _AGENT + r")"
)
# Refusals whose object comes first: "AI? no thanks", "the bot, no", "ChatGPT não", "KI bitte nicht", "un robot, non
# merci", "the computer must not decide", "que la máquina no lo toque".
_AGENT_BEFORE = (
    r"(?P<agent5>" + _AGENT + r")(?![\w-])( [^\s,;:*()]+){0,3}[ ,:?!-]*"
    r"(no thanks|no thank you|no way|not for me|no(,)? (please|gracias|merci|danke|obrigad[oa])|"
    r"(must|should|may|shall) not|must never|mustn'?t|shouldn'?t|bitte nicht|nein danke|auf keinen fall|"
    r"non merci|ne (doit|doivent|peut|peuvent) pas|no,? gracias|de ninguna manera|"
    r"nao,? obrigad[oa]|nao (deve|pode)|de jeito nenhum)(?![\w-])"
    # a bare "no" right after the agent, then the sentence or clause ends: "ChatGPT? Nein.", "IA, non.", "robô não!"
    r"|(?P<agent6>" + _AGENT + r")(?![\w-])[ ,:?!-]*((then|entonces|pues|alors|dann|entao),? )?(no|non|nao|nein|jamais|nunca|never)"
    r"(?=\s*(?:[.!,;)]|$))"
)
# A person rather than the agent: "a human, not a bot", "una persona y no una máquina", "un humain et pas un robot",
# "ein Mensch statt einer KI", "uma pessoa e não um robô" (the negation before the agent is in _REFUSE_BEFORE).
_PREFER_HUMAN = (
    r"(only|just|solo|solamente|unicamente|seulement|uniquement|que des|nur|ausschliesslich|apenas|somente)"
    r" (by |por |par |von |de |des |real |actual |echten? |vrais? |de verdad )*"
    r"(humans|humain(e)?s|humanos|humanas|menschen|staff|employees|personal|personnel|mitarbeiter\w*|funcionarios)"
    r"( (only|solo|seulement|uniquement|apenas))?(?!\w)"
    r"|(humans?|staff|menschen|humanos|humains)[ -]only|(?<!\w)human-only"
    # Round 32: people only, said with the plain word for people ("solo personas", "only people", "que des personnes",
    # "nur Personen", "só pessoas"; masked: "xperson"), or served only by people ("que me atiendan personas")
    r"|(only|just|solo|solamente|unicamente|seulement|uniquement|que des|nur|ausschliesslich|apenas|somente|so) "
    r"(by |por |par |von |de |des )?(people|personas|personnes|personen|pessoas|gente)"
    r"(?=\s*(?:[.!,;)]|$|please|pls|por favor|s'il|svp|merci|bitte|thanks|gracias|danke|obrigad|on my|in my|en mi|sur mon|"
    r"dans mon|fur mein|auf mein|in meine|na minha|no meu|(?:to|para|pour|um|sollen|durfen) (?:\S+ ){0,2}"
    r"(?:read|answer|reply|handle|deal|leer|responder|contestar|atender|lire|repondre|traiter|lesen|antworten|beantworten|bearbeiten|ler)))"
    r"|(?:que me atiendan|que me respondan|que me contesten|que me lean) (personas|gente|humanos)(?! (que|de|con)\b)"
)
# "only a human can …", "only a person would …": a statement about people, not a refusal.
_ONLY_CAN = _lazy(r"(?:can|could|would|will|kann|puede|peut|pode|konnen|pueden|peuvent|podem)\b")
# Not refusals of the agent: "I'm not a robot", "no AI could fix this", "without a computer at home", "no programme",
# "not a machine question" …
_NOT_REFUSAL = _lazy(
    r"(?<!\w)(?:(i'?m|i am|je ne suis pas|no soy|ich bin kein|nao sou|soy|sou) (not )?(a |un |une |um |ein )?(robot|robo|roboter|bot)"
    r"|(no|not|none|nothing|kein\w*|ningun\w*|aucun\w*|nenhum\w*) (\S+ ){0,2}(ai|ia|ki|bot|robot|machine|computer|software|"
    r"program\w*|algorithm\w*) (could|can|would|will|puede|podria|peut|pourrait|kann|konnte|pode|poderia)"
    r"|(programa|programme|programm) (de|des|der|of) (puntos|fidelite|fidelizacao|punkte|loyalty|pontos|fidelidad)"
    r"|(no|not|sin|sans|ohne|sem) (a |un |une |um |ein |einen )?(computer|ordenador|ordinateur|computador|rechner) (at|en|a|zu|em) (home|casa|la maison|hause)"
    r"|(have|has|habe|hab|hat|tengo|tiene|tenho|tem|ai|a) (no|not|keinen|kein|pas d'|pas de|nenhum|ningun) (\S+ ){0,2}(computer|ordenador|ordinateur|computador)"
    r"|(no|nao|don'?t|dont|do not|n'ai|n'a) (tengo|tiene|tenho|tem|have|has|pas) (\S+ ){0,2}(computer|ordenador|ordinateur|computador)"
    r"|(robot|roboter) ?(aspirador|vacuum|hoover|mower|lawn\w*|cortacesped|aspirateur|tondeuse|aspirador|\w*sauger|\w*maher|de cozinha|de cocina|cuiseur)"
    r"|(saug|mah|rasen|kuchen|staub)roboter|(aspirateur|tondeuse) robot"
    # the writer's own text written without it: "I wrote this without ChatGPT", "ohne KI geschrieben", "sem IA, escrevi"
    r"|(without|sin|sans|ohne|sem|no) (\S+ ){0,2}(ai|ia|ki|chatgpt|gpt|bots?|chatbots?)\W+(\S+ ){0,3}(was used|written|wrote|typed|"
    r"geschrieben|verfasst|getippt|escrito|escribi|ecrit|redige|tape|escrevi|digitei)"
    r"|(wrote|written|typed|geschrieben|verfasst|escribi|escrito|ecrit|redige|escrevi) (\S+ ){0,4}(without|sin|sans|ohne|sem) (\S+ ){0,1}"
    r"(ai|ia|ki|chatgpt|gpt)"
    # a product feature: "the AI upgrade on my plan", "l'option IA", "das KI-Paket", "o recurso de IA"
    r"|(ai|ia|ki|chatgpt|assistant|assistente|asistente) ?-?(upgrade|add-?on|addon|option|options|feature|features|subscription|"
    r"plan|package|tier|extra|module|paket|abo|zusatz\w*|funktion\w*|fonction\w*|funcion\w*|funcao|funcoes|recurso\w*|pacote|paquete)"
    r"|(option|options|fonction\w*|funcion\w*|funcao|recurso\w*|paquete|pacote|forfait|tarifa|tarif|plan|paket) (\S+ ){0,1}(ai|ia|ki)(?!\w)"
    # Round 38: an AI feature of a product of the writer's ("the AI photo enhancer on the camera app")
    r"|(ai|ia|ki)[- ](photo|camera|image|enhancer|filter|editing|upscal\w*|portrait|wallpaper|playlist|autofocus|foto|filtro|camara|"
    r"kamera|bild|appareil|retouche)\w*"
    # the label, not the agent: "no longer uses AI labels", "do not add any AI disclosure", "sin la etiqueta de IA"
    r"|(ai|ia|ki) ?-?(labels?|labell?ing|disclosures?|notices?|tags?|badges?|watermarks?|etiquetas?|etiquettes?|kennzeichnung\w*|"
    r"hinweis\w*|vermerk\w*|avisos?|avis|mentions?|rotulos?)(?!\w)"
    r"|(labels?|disclosures?|notices?|etiquetas?|etiquettes?|kennzeichnung\w*|hinweis\w*|avisos?|mentions?|rotulos?) (\S+ ){0,2}(ai|ia|ki)(?!\w)"
    r"|(no|not|don'?t|dont|nao|pas|nicht|kein\w*) (\S+ ){0,2}(use|uso|usa|utilizo|utilise|benutze|nutze|sei usar|se usar|know how to|sais|weiss)"
    r" (\S+ ){0,2}(a |un |une |um |uma |el |le |den |das )?(computer|ordenador|ordinateur|computador)"
    r")")
# Sentence families that say the refusal is not the writer's refusal of the agent now.
_BLOCK_OPT = frozenset({"REFUSE_OTHER", "OTHER_REFUSE", "REVOKED_REFUSE", "OK_NEG", "OK_MACHINE", "PAST_REFUSE",
                        "CLAIMED_NEG", "QUOTED_NEG", "QUOTED_MACHINE", "ROLE_MACHINE", "UNNEEDED_MACHINE",
                        "REENABLED_MACHINE", "OTHER_MACHINE", "MARKETING", "STANCE_OK", "OTHER_OWN"})
_LATER_WITHDRAW = frozenset({"WITHDRAW", "RE_ENABLE"})
# The agent not needed rather than refused ("nothing fancy needed, no AI: just resend the invoice")
_NO_NEED = _lazy(r"(?<!\w)(?:nothing \S+ needed|no need|not needed|needn'?t|don'?t need|not necessary|no hace falta|no necesito|"
                      r"no es necesari[oa]|pas besoin|pas la peine|inutile|pas necessaire|brauche (?:ich )?kein\w*|nicht notig|"
                      r"nicht noetig|nao precis\w*|nao e preciso|nao e necessari[oa]|sem necessidade)(?!\w)")
# An objection withdrawn or the agent allowed again in the sentence ("ich ziehe meinen Widerspruch gegen den Chatbot
# zurück", "you may use the assistant again"); a consent withdrawn ("je retire mon consentement") is a refusal.
_WITHDRAWN = _lazy(
    r"(?<!\w)(?:(?:withdraw|drop|lift|cancel|retiro|anulo|retire|leve|annule|ziehe|nehme|retiro|cancelo)\s(?:\S+\s){0,3}"
    r"(?:objection|opt-?out|refusal|restriction|oposicion|objecion|negativa|restriccion|opposition|refus|widerspruch|einspruch|"
    r"oposicao|objecao|recusa|restricao)"
    r"|(?:can|may|could|pueden?|podeis|peu[tx]|pouvez|darf|durfen|konnen|kann|pode|podem)\s(?:\S+\s){0,5}"
    r"(?:again|otra vez|de nuevo|de nouveau|a nouveau|wieder|erneut|novamente|de novo)"
    r"|volver a (?:usar|utilizar|activar)|voltar a (?:usar|utilizar|ativar))(?!\w)")

# Requests for a person.
_NEG_BEFORE = _lazy(r"(?:\b(?:no|not|don'?t|dont|never|no need to|nao|nicht|ne|n'|pas|ni|nunca|jamais|nie|kein\w*|"
                         r"nobody|no one|no-one|nadie|niemand|ninguem|"  # round 38: "não é preciso mais ninguém contactar-me"
                         r"(?:hoe?ren|hort) (?:sie |ihr |xpron )?auf|stop|stopp|arretez de|dejen de|deje de|dejad de|parem de|pare de|"
                         r"inutile de|pas besoin de|no hace falta que|no es necesario que|sin necesidad de|no necesito que|"
                         r"nao precisa|nao e preciso|nao e necessario|sem necessidade de|unnecessary to)\b"
                         r"(?:\s\S+){0,2}\s*)$")
# "a call back is not needed", "ein Rückruf ist nicht nötig": the call named, then declined
_NOT_NEEDED_AFTER = _lazy(r"\s(?:\S+\s){0,3}(?:not needed|not necessary|unnecessary|nicht notig|nicht noetig|nicht erforderlich|"
                               r"no hace falta|no es necesario|pas necessaire|inutile|nao (e )?(preciso|necessario))")
_CALLBACK = (
    r"(call|ring|phone|telephone) (me|us)( back)?|give (me|us) a (call|ring)|"
    r"(request|want|need|like|arrange|schedule|book|get) (a |an )?(urgent )?(callback|call back|call-back)|(callback|call back),? please|"
    r"llam(ame|adme|eme|enme|anos|adnos|enos|ennos)|telefone(ame|adme|eme|enme)|me (llame|llamen|llameis|telefonee|telefoneen)|"
    r"me (pueden|podrian|puede|podria|podeis|podriais) "
    r"(llamar|telefonear|devolver la llamada)|(devuelva|devuelvan|devolved)(me)? la llamada|que me (llame|llamen|telefonee|telefoneen)|"
    r"rappel(ez|le|e[r])?[- ]?(moi|nous)|me rappeler|m'appeler|(un |le )?rappel (svp|s'il vous plait|merci|telephonique)|"
    r"me (rappeliez|rappeller|telephoner|telephoniez)|appelez[- ](moi|nous)|"
    r"(ruf|rufen|ruft) (xpron |du )?(mich|uns) (\S+ ){0,4}(zuruck|an)|zuruckrufen|zuruckruf|ruckruf|melden (xpron )?sich (\S+ ){0,3}telefonisch|"
    r"me (liga|liguem|ligue|ligar|telefone|telefonem|retorne|retornem)|(liga|ligue|liguem|ligar)[- ](me|nos)|retorno (por telefone|da ligacao)|"
    r"(retornem|retorne) a ligacao|"
    r"(podria|podrian|puede|pueden|tenga la amabilidad de|tengan la amabilidad de) (\S+ ){0,2}(llamarme|telefonearme)|"
    r"(qu'|que )(\S+ ){0,8}(m'appelle(nt)?|me rappelle(nt)?)|merci de (me )?rappeler|"
    r"zuru?e?ckrufen|ruf(t|en)? (xpron )?mich (\S+ ){0,3}zuru?e?ck|sich (\S+ ){0,2}telefonisch (\S+ ){0,3}meld\w*|"
    r"me (telefonar|telefonarem|ligarem|ligasse)|"
    # Round 38: a call asked of someone named or pointed at ("could you ask Carol to get in touch?", "pídale que me
    # llame", "demandez-lui de me rappeler", "bitten Sie sie, mich anzurufen", "que fosse ela a telefonar-me"), and a
    # call from the company asked for as a noun ("un appel de votre part serait possible ?")
    r"(ask|get|have|tell) (\S+ ){1,3}to (call|ring|phone|contact|get in touch with) (me|us)|(ask|get|have|tell) (\S+ ){1,3}to get in touch|"
    r"(telefonar|ligar|contactar|contatar)-(me|nos)|(pidale|pidanle|digale|diganle|decidle|pedidle) (a \S+ )?que me (llame|contacte|telefonee)|"
    r"(demandez|dites)[- ](lui|leur) de me (rappeler|contacter|telephoner|appeler)|"
    r"(?<!auf )(?<!auf, )(?<!aufhoren, )(mich|uns) (\S+ ){0,2}(zuruckzurufen|anzurufen)|"
    r"(pecam|peca|digam|diga)[- ](lhe|lhes|a \S+|ao \S+) (para|que) me (ligar|ligue|telefonar|telefone|contactar|contacte)|"
    r"(a |un |una |uma |ein(en)? )?(phone call|call|appel|llamada|chamada|ligacao|anruf|telefonat) (from you|de votre part|de su parte|"
    r"de vossa parte|de voces|von ihnen|von euch)"
)
# Round 38: talking a matter through (a visit, a payment or a collection in person is an errand, not a person asked for)
_TALK = (r"(talk\w*|speak\w*|discuss\w*|deal\w*|sort\w*|go through|hablar\w*|tratar\w*|comentar\w*|parler|discuter|regler|traiter|"
         r"voir (?:ca|cela)|sprechen|besprechen|klaren|bereden|falar|conversar)")
# A person asked for by name or by kind: "talk to Lorna again", "hablar otra vez con Montse", "mis en relation avec Mme
# Pichon", "wieder mit Frau Ott sprechen", "falar de novo com o Caio", "put me through to", "verbindet mich mit",
# "que me pongan con el encargado", "me coloquem com", "I need a human", "preciso de um funcionário humano".
_PERSON_ASK = (
    r"(speak|talk|deal) (to|with) (?!(the |your |a )?(bot|chat\w*|assistant|ai|robot|machine)\b)(\S+ ){1,3}again|"
    # Round 38: a person named or pointed at, asked for directly ("speak to Carol herself", "hablar directamente con
    # él", "parler directement à", "direkt mit Frau Ott sprechen", "falar diretamente com"), a named contact asked for
    # ("un interlocuteur attitré", "a named contact", "einen festen Ansprechpartner"), a talk with someone preferred to
    # mail ("preferiría hablarlo con alguien", "I'd rather talk it through with a person", "lieber mit jemandem sprechen")
    r"(speak|talk) (to|with) (\S+ ){1,3}(herself|himself|themselves|directly|personally|in person)|"
    r"reparler (a|avec)|volver a hablar con|voltar a falar com|"
    # a named person's contact asked for ("put me in touch with Ms Okafor", "ponerme en contacto con Marisa", "mit Herrn
    # Vogt in Kontakt bringen", "pôr-me em contacto com a Dra. Sousa", "the direct line of", "die Durchwahl von")
    r"put (me|us) in touch with|(poner(me|nos)?|ponga(n)?(me|nos)?|me (pueden|puede|podrian|podria) poner) en contacto con|"
    r"(me |nous )?mettre en (contact|relation) avec|mit (\S+ ){1,3}in (kontakt|verbindung) (bringen|setzen)|"
    r"(por|pôr|colocar|po)-(me|nos) em conta(c)?to com|(direct|personal) (e-?mail|line|number|phone number|extension) (of|for)|"
    r"durchwahl (von|des|der)|ligne directe (de|du)|(numero|telefono|correo) directo (de|del)|(linha|numero|contato|contacto) diret[oa] (de|do|da)|"
    r"(can|could|may) i (just |please )?(talk|speak) (to|with) (?!you\b|(your |the |a )?(bot|chat\w*|assistant|ai|robot|machine)\b)\S+|"
    r"passe(z|r)?[- ]moi (quelqu'?un|quelqun|qqn|qq1|un conseiller|une conseillere|un humain|le responsable|la responsable|un responsable)|"
    # someone to handle it personally ("hätte gern, dass jemand vom Praxisteam das persönlich übernimmt", "prefiro que alguém da
    # recepção cuide disso pessoalmente"), a talk in person preferred ("prefiero tratarlo en persona", "lieber persönlich")
    r"(want|like|rather|prefer\w*|need|gern|prefiro|prefiero|quiero|quero|voudrais|souhaite|mochte|please|bitte|por favor),? (\S+ ){0,4}"
    r"(someone|somebody|alguien|quelqu'un|jemand\w*|alguem) (\S+ ){0,6}(personally|personalmente|personnellement|personlich|pessoalmente)|"
    r"(prefiero|prefiro|prefer\w*|lieber|je prefere\w*|i'?d rather|j'aimerais mieux) ((\S+ ){0,10}(en persona|in person|personlich|"
    r"pessoalmente|en personne|presencialmente) (\S+ ){0,8}" + _TALK + r"|(\S+ ){0,3}" + _TALK + r" (\S+ ){0,10}(en persona|in person|"
    r"personlich|pessoalmente|en personne|presencialmente))|"
    # a complaint passed up ("pass it to the supervisor", "que se eleve a un superior", "an die Beschwerdestelle weitergeben")
    r"pass(ed)? (it|this|me|my \S+) (on |up )?to (the |a |your )?(supervisor|manager|team ?lead(er)?|complaints team|someone senior|whoever)|"
    r"(eleve|elevar|elevarla|elevenla|escale|escalar|escalen|pasen|pase) (\S+ ){0,3}a (un|una|su) (superior|responsable|supervisor\w*|encargad\w*)|"
    r"(an|zur) (die |den )?(teamleitung|beschwerdestelle|vorgesetzte\w*|abteilungsleitung|geschaftsleitung) (\S+ ){0,2}weiter\w*|"
    r"(hablar|tratar\w*|parler|traiter|falar|tratar) directamente (con|avec|a|com)|(parler|traiter) directement (avec|a)|"
    r"falar diretamente com|direkt mit (\S+ ){1,3}(sprechen|reden)|"
    r"interlocut(eur|rice) (attitre|dedie|unique|fixe)e?|(a|one) (named|dedicated|single) (contact|point of contact|case (handler|manager|owner))|"
    r"persona de contacto (fija|asignada)|interlocutor (fijo|unico|asignado|fixo|dedicado)|gestor (asignado|personal|dedicado|atribuido|fixo)|"
    r"(festen?|personlichen?|festen personlichen) ansprechpartner\w*|"
    r"(prefer\w*|prefier\w*|prefir\w*|prefiro|rather|gostaria de|j'aimerais mieux) (\S+ ){0,2}(talk|speak|discuss|hablar\w*|tratar\w*|falar|parler|discuter)"
    r" (\S+ ){0,3}(with|con|avec|com) (someone|somebody|a person|a human|a real xperson|alguien|una xperson|un humano|quelqu'un|"
    r"une xperson|un humain|alguem|uma xperson|um humano|gente)|"
    r"lieber (\S+ ){0,3}mit (jemand\w*|einer xperson|einem menschen) (\S+ ){0,2}(sprechen|reden|besprechen|klaren)|(hablar|tratar) (otra vez|de nuevo) con|(etre )?mis(e)? en relation avec|"
    r"(wieder|nochmal|noch einmal|erneut) mit (\S+ ){1,3}(sprechen|reden)|falar (de novo|outra vez|novamente) com|"
    r"put me (thru|through) to|verbinde(t|n)? (xpron )?mich (\S+ ){0,2}mit|(que )?me (pongan|pasen|ponga|pase) (ya )?con|"
    r"me (coloquem|passem|transfiram) (para|com)|"
    r"(i need|i want|necesito|quiero|j'ai besoin d'|je veux|ich brauche|ich will|preciso de|quero) (a |an |un |une |una |um |uma |einen |eine |ein )?"
    r"(real |actual |vrai |echten |de verdad )?(human|humano|humain|mensch\w*|funcionario humano|atendente humano|empleado humano)"
)
_ANYONE = (
    r"(is|are) (there )?(anyone|anybody|someone|somebody|a (real |living |actual )?(xperson|human|soul)|an actual (xperson|human)|"
    r"a living soul|any (humans?|xperson))( \S+){0,2} (reading|there|listening|home|out there|awake|on the other end)|"
    r"(does|do|will) (anyone|anybody|a human|a real xperson) (\S+ )?(read|reads|see|look at)|"
    r"anyone (there|home|reading|out there)|anybody (there|home|reading|out there)|"
    # Round 38: "am I writing to a real person?", "is this inbox monitored by people?", "¿estoy hablando con una persona?",
    # "est-ce que je parle à un humain ?", "schreibe ich mit einem Menschen?", "estou a falar com alguém?"
    r"(am i|are we) (\S+ )?(writing|talking|speaking|chatting) (to|with) (a real (xperson|one)|a human|a real human|anyone|anybody|someone|somebody|a xperson)|"
    r"(is|are) (this|these|your|the) (\S+ ){0,2}(monitored|read|checked|answered) by (a |any |real |actual )?(xperson|people|humans?|anyone|anybody|staff)|"
    r"(estoy|estamos) (\S+ )?(escribiendo|hablando) (a|con) (una xperson|alguien|un humano)|"
    r"(est-ce que )?(je parle|j'ecris|je m'adresse) (a|avec) (une (vraie )?xperson|quelqu'un|un (vrai )?humain|un etre humain)|"
    r"(schreibe|spreche|chatte) ich (\S+ )?(mit|an) (einem menschen|jemandem|einer (echten )?xperson)|"
    r"(estou|estamos) (a escrever|a falar|escrevendo|falando) (para|com) (alguem|uma xperson|um humano|gente)|"
    r"hay alguien( de verdad| real| humano)?( ahi| al otro lado| leyendo| que (lea|lee))|alguien (lee|leyendo|me lee|ahi)|"
    r"me lee alguien|lee alguien|"
    r"(y a|il y a|y a-t-il|y'a|ya) (quelqu'un|qqn|qq1|un (vrai )?humain|une vraie xperson)( de vrai| de reel)?( qui (lit|lise|ecoute|repond))?|"
    r"(quelqu'un|qqn|qq1) (\S+ ){0,1}(lit|les lit|me lit|lis)|(quelqu'un|qqn) (est )?la|"
    r"(liest|hort|sieht) (\S+ ){0,3}(irgendwer|irgendjemand|jemand|ein (echter |realer )?mensch)|(ist|sitzt) (da|hier) (\S+ ){0,2}(irgendwer|jemand)|"
    r"(irgendwer|jemand) (da|hier)|"
    r"(tem|ha|existe) (alguem|gente|uma xperson|um humano)( \S+){0,2}( lendo| ai| a ler| ouvindo| do outro lado| que (le|leia))|"
    r"alguem (le|ai|esta lendo|lendo|vai ler)"
)
_HANDOFF = _lazy(r"(?<![\w'-])(?:(?P<call>" + _CALLBACK + r")|(?P<anyone>" + _ANYONE + r")|(?P<ask>" + _PERSON_ASK
                      + r"))(?![\w-])")
# "call me old-fashioned", "call me crazy", "no need to call me", "you called me", "I'll call you back"
# A call from the courier or the driver is an errand, not a person of the company's service ("ask the courier to call
# me", "demandez au livreur de m'appeler", "sagen Sie dem Fahrer, er soll mich anrufen")
_COURIER = _lazy(r"\b(?:courier|driver|delivery (?:man|guy|xperson)|postman|livreur|chauffeur|coursier|facteur|repartidor|mensajero|"
                 r"conductor|cartero|fahrer|zusteller|kurier|bote|paketbote|entregador|motorista|carteiro|motoboy)\b")
_NEG_INSIDE = _lazy(r"\b(?:nicht|nie|kein\w*|not|never|no|pas|nao|nunca)\b")  # "ruf mich nicht an"
_NOT_CALL = _lazy(r"(?:call|llam|ruf) \w* ?(old|crazy|mad|paranoid|silly|loca|loco|fou|folle|verruckt|antiquado|chato)")
_ERRAND = _lazy(r" (?:to|for|at|on|who can|that can|para|pour|um|zu|zum|am|que pueda|qui puisse|der|die|que possa)\b")
_BLOCK_HAND = frozenset({"UNNEEDED", "QUOTED_PERSON", "CLAIMED_PERSON", "PAST_CONTACT", "PRAISE", "OK_NEG", "ERRAND"})
# A question whose word order asks it ("is anyone reading this", "liest hier jemand mit"); other forms need a "?"
_ASKS = _lazy(r"(?:is|are|does|do|will|liest|hort|sieht|ist|sitzt|y a-t-il)\b")
_OR = _lazy(r"\b(?:or|o|ou|oder)\b")


# Round 38: a call back asked for as availability: the writer says when they can be reached and gives or points to
# their number, in the same sentence or the next ("I'm free after 5, my number is on file", "estou livre depois das
# 15h. O meu número é …", "je suis joignable de 14 h à 19 h ; mon numéro est le …", "ich bin ab 16 Uhr erreichbar,
# meine Nummer …"). Not for a delivery, a visit or a courier ("I'm free after 5 for the delivery, the driver has my
# number"), nor a number given to be updated.
_AVAILABLE = _lazy(
    r"(?<!\w)(?:(?:i'?m|i am|we'?re|we are|i'?ll be|i will be) (?:\S+ ){0,2}(?:free|available|around|reachable|contactable|"
    r"by the phone|on the phone|awake|up|home|in) (?:after|from|between|until|till|before|all|any ?time|most|on|this|today|"
    r"tonight|tomorrow|at|mornings?|evenings?|afternoons?|during|every)"
    r"|(?:you can )?(?:reach|catch|get hold of) (?:me|us) (?:on|at|after|from|between|any|all|most|today|tomorrow|during)"
    r"|(?:estoy|estare|estamos) (?:\S+ ){0,1}(?:libre|libres|disponible|disponibles|localizable)"
    r"|(?:je suis|je serai|nous sommes|xid) (?:\S+ ){0,1}(?:libre|libres|disponible|disponibles|joignable|joignables|reveille\w*)"
    r"|joignable|erreichbar|(?:ich bin|wir sind|bin) (?:\S+ ){0,3}(?:frei|zu hause|daheim|wach|am telefon)"
    r"|(?:estou|estarei|estamos) (?:\S+ ){0,1}(?:livre|livres|disponivel|disponiveis|contactavel|contatavel))(?!\w)")
_MY_NUMBER = _lazy(
    r"(?<!\w)(?:(?:my|our|mi|nuestro|mon|notre|meine|unsere|o meu|meu|a minha|minha) (?:\S+ )?(?:number|phone|telephone|mobile|cell|"
    r"numero|telefono|movil|celular|portable|tel|nummer|telefonnummer|handy|handynummer|festnetz|telefone|telemovel)"
    r"|(?:number|numero|nummer) (?:is |es |est |ist |e )?(?:on file|on record|in (?:the|my) (?:file|account)|en (?:el|mi) (?:expediente|ficha)|"
    r"au dossier|dans (?:le|mon) dossier|in (?:der|meiner) akte|hinterlegt|no (?:processo|cadastro|ficheiro))"
    r"|you have my (?:number|phone)|(?:tienen|teneis) mi (?:numero|telefono)|vous avez mon (?:numero|telephone)|"
    r"(?:sie haben|ihr habt) meine (?:nummer|telefonnummer)|(?:tem|tendes|voces tem) o meu (?:numero|contacto|contato|telefone))(?!\w)")
_ERRAND_CALL = _lazy(
    r"(?<!\w)(?:deliver\w*|parcel|package|courier|driver|engineer|technician|fitter|installer|visit|collection|pick ?up|"
    r"entrega\w*|paquete|repartidor|tecnico|visita|recogida|livraison|livreur|colis|technicien|passage|enlevement|"
    r"lieferung|liefer\w*|paket|fahrer|techniker|monteur|besuch|abholung|encomenda|entregador|instalacao|recolha|"
    r"update|change|actualiz\w*|cambi\w*|mettre a jour|modifi\w*|aktualisier\w*|andern|atualiz\w*|alter\w*)(?!\w)")


# Round 38: the person the writer dealt with before, asked for again ("I would like Denise, who I spoke to on the 10th,
# to pick this up", "quisiera que la señora que me atendió el lunes se encargue", "je voudrais que la conseillère qui m'a
# répondu reprenne le dossier", "ich möchte, dass die Dame, die mich beraten hat, das übernimmt", "gostava que a senhora
# que me atendeu tratasse disto"): in one sentence, a wish, that person and an act of handling or contact; not thanks.
_PAST_PERSON = _lazy(
    r"(?<!\w)(?:(?:who|that|whom) (?:i|we) (?:spoke|talked|dealt|was dealing|had) |who (?:helped|served|dealt with|called|rang|advised|visited) (?:me|us)|"
    r"(?:que|quien|con quien|con la que|con el que) (?:me |nos )?(?:atendio|atendieron|ayudo|hable|llamo|asesoro)|"
    r"(?:qui|avec qui|a qui) (?:m'a|nous a|j'ai) (?:\S+ )?(?:repondu|aide|conseille|parle|appele|recu|suivi)|"
    r"(?:die|der) (?:mich|uns) (?:\S+ ){0,3}(?:beraten|betreut|angerufen|bedient) hat|mit (?:der|dem) ich (?:\S+ ){0,3}gesprochen (?:habe|hatte)|"
    r"(?:que|com quem) (?:me |nos )?(?:atendeu|ajudou|falei|ligou))")
_WISH = _lazy(r"(?<!\w)(?:i'?d like|i would like|i want|i'?d prefer|i would prefer|could|can|please|quisiera|quiero|querria|podria|"
              r"pueden|me gustaria|prefiero|je voudrais|je souhaite|pourriez|pouvez|j'aimerais|ich mochte|ich hatte gern|konnten|"
              r"konnen|bitte|gostaria|gostava|queria|quero|podem|poderiam|prefiro)(?!\w)")
_TAKE_UP = _lazy(r"(?<!\w)(?:pick (?:this|it) up|take (?:this|it) over|take over|handle|deal with|look (?:at|into)|sort|call|ring|phone|"
                 r"contact|get back|again|speak|talk|hablar|llam\w*|encargue|encarguen|lleve|retome|parler|rappel\w*|reprenne|occupe|"
                 r"sprechen|ubernimmt|ubernehmen|anrufen|zuruckrufen|bearbeitet|bearbeiten|falar|ligar|ligue|trate|tratasse|cuide|retome)(?!\w)")
_THANKS = _lazy(r"(?<!\w)(?:thank\w*|gracias|agradec\w*|merci|remerci\w*|danke\w*|bedank\w*|obrigad\w*|agradec\w*|compliment\w*|"
                r"felicit\w*|lob\w*|elogi\w*)(?!\w)")


# Round 38: a member of staff asked after and then asked for ("Is Raj still working there? I'd like him to handle my
# claim", "¿Sigue trabajando ahí Julián? Prefiero que lo lleve él", "Mme Roussel travaille encore chez vous ? J'aimerais
# qu'elle reprenne mon dossier", "Ist Frau Demir noch bei Ihnen? Ich hätte gern, dass sie sich darum kümmert", "A D.
# Fátima ainda trabalha aí? Gostava que fosse ela a tratar disto").
_STILL_THERE = _lazy(
    r"(?<!\w)(?:still (?:work\w*|there|with you|at)|sigue (?:trabajando|ahi|en|con)|travaille (?:encore|toujours)|"
    r"(?:encore|toujours) chez vous|noch (?:bei ihnen|bei euch|da|im haus)|arbeitet (?:\S+ )?noch|ainda (?:trabalha|esta ai|esta na|esta no))(?!\w)")
_WANT_THEM = _lazy(
    r"(?<!\w)(?:(?:i'?d|i would|we'?d|we would) (?:like|prefer|rather) (?:xpron|him|her|them)|(?:i|we) want (?:xpron|him|her|them) to|"
    r"(?:prefiero|prefeririamos|quiero|quisiera|me gustaria) que (?:\S+ ){0,2}(?:xpron|el|ella)\b|(?:lo|la) (?:lleve|trate|atienda|gestione|mire) (?:xpron|el|ella)\b|"
    r"(?:j'aimerais|je voudrais|je prefere\w*) (?:bien )?qu'?(?: ?xpron|il|elle)|"
    r"(?:ich hatte gern|ich mochte|mir ware (?:es )?lieb|am liebsten),? dass (?:xpron|er|sie)|"
    r"(?:gostava|gostaria|preferia|prefiro|queria|quero) que (?:fosse |seja )?(?:xpron|ele|ela)\b)")


def _asks_named_again(text: str, spans: list[tuple[int, int]], fams: list[frozenset[str]]) -> bool:
    """Round 38: a member of staff asked after, then asked for in that sentence or the next (see _STILL_THERE)."""
    for m in _STILL_THERE.finditer(text):
        i = index_of(spans, m.start()) if spans else 0
        a = spans[i][0] if spans else 0
        b = spans[min(i + 1, len(spans) - 1)][1] if spans else len(text)
        if _OTHER_PARTY.search(text, a, m.start()):
            continue  # "my son still works there": the writer's own people, not staff
        if _WANT_THEM.search(text, a, b) and not _THANKS.search(text, a, b) and not fams[i] & (_BLOCK_HAND - {"PAST_CONTACT"}):
            return True
    return False


def _asks_past_person(text: str, spans: list[tuple[int, int]], fams: list[frozenset[str]]) -> bool:
    """Round 38: a sentence asks for the person the writer dealt with before (see _PAST_PERSON)."""
    for m in _PAST_PERSON.finditer(text):
        i = index_of(spans, m.start()) if spans else 0
        a, b = spans[i] if spans else (0, len(text))
        if _WISH.search(text, a, b) and _TAKE_UP.search(text, m.end(), b) and not _THANKS.search(text, a, b) \
                and not fams[i] & (_BLOCK_HAND - {"PAST_CONTACT"}) and not _NEG_INSIDE.search(text, a, b):
            return True
    return False


def may_call(text: str) -> bool:
    """Round 38: the cheap test before available_call (the writer's number named at all)."""
    return _MY_NUMBER.search(text) is not None


def available_call(text: str) -> bool:
    """Round 38: whether the writer says when they can be reached and gives or points to their number (see
    _AVAILABLE). ``text`` is folded but not masked (identity.mask takes "I'm free after 5" for a self-description):
    routing.classify passes scope.handoff_text of the writer's newest words."""
    if _MY_NUMBER.search(text) is None or _AVAILABLE.search(text) is None:
        return False
    spans, fams = _sentence_families(text)
    for m in _AVAILABLE.finditer(text):
        i = index_of(spans, m.start()) if spans else 0
        lo, hi = (spans[max(i - 1, 0)][0], spans[min(i + 1, len(spans) - 1)][1]) if spans else (0, len(text))
        a, b = spans[i] if spans else (0, len(text))
        near = [j for j in range(max(i - 1, 0), min(i + 2, len(spans) or 1))]
        if not _MY_NUMBER.search(text, lo, hi) or _ERRAND_CALL.search(text, lo, hi) or _COURIER.search(text, lo, hi):
            continue
        if any(fams[j] & _BLOCK_HAND for j in near if j < len(fams)) or _NEG_INSIDE.search(text[max(a, m.start() - 12):m.start()]):
            continue
        return True
    return False


_AGENT_GROUPS = ("agent", "agent1", "agent2", "agent3", "agent4", "agent5", "agent6")
_AGENT_RX = _lazy(r"(?<![\w'-])(?:" + _AGENT + r")(?![\w-])")
# Round 32: the reply to an AI-disclosure footer or notice, the agent named before (in the sentence before, or before a
# colon in the same one) and then refused as "that", "it" or "they" ("… written with AI: please don't do that with me",
# "… may be generated by AI. I'd rather they weren't", "… con IA. Conmigo no, gracias", "… avec l'IA : pas avec moi",
# "… mit KI erstellt. Bei mir bitte nicht", "… com IA: comigo não").
_NOT_WITH_ME = (r"(?:please )?(?:don'?t|do not) do (?:that|this|it|so) (?:\S+ ){0,2}(?:with|to|for|on) (?:me|my\b)|"
                r"i'?d rather (?:they|it|you|that|xpron) (?:weren'?t|wasn'?t|didn'?t|did not|were not|was not)|"
                r"i'?d rather (?:you )?not|not (?:with|for|on) (?:me|my (?:\S+ )?(?:messages|emails|tickets|account))|"
                r"(?:conmigo|a mi|para mis \S+) no|no (?:lo hagan|lo hagais) conmigo|(?:preferiria|prefiero) que no|"
                r"pas avec moi|pas pour mes \S+|ne (?:le|la) faites pas avec moi|je prefere(?:rais)? (?:que )?non|"
                r"(?:bei|mit) mir (?:bitte )?nicht|bitte nicht (?:bei|mit) mir|lieber nicht|"
                r"comigo (?:nao|nem pensar)|nao (?:facam|faca) isso comigo|prefiro que nao")
_THEN_NO_AT = _lazy(r"(?:(?<=[?.!])" + _THEN_NO.pattern + r"|(?<=[?.!:])\s*(?:" + _NOT_WITH_ME + r")(?!\w)"
                    r"|(?<=[\s,])(?P<then>then|entonces|alors|dann|entao),? (?:" + _NOT_WANTED + r"))")
# Round 32: the condition of a "then" in the same sentence ("if this is a bot replying then I don't want it")
_IF = _lazy(r"(?<!\w)(?:if|si|wenn|falls|se|caso)(?!\w)")


@cache
def _compiled_it_off() -> re.Pattern[str]:
    return re.compile(features.as_masked(_IT_OFF.pattern))


@cache
def _compiled() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]:
    """The refusal patterns (each compiled alone: one alternation of the three is five times slower) and the
    handoff pattern, written as identity.mask writes the text."""
    def wrapped(body: str) -> re.Pattern[str]:
        return re.compile(features.as_masked(fold_pattern(r"(?<![\w'-])(?:" + body + r")(?![\w-])")))
    return (tuple(map(wrapped, (_REFUSE_BEFORE, _AGENT_BEFORE, _PREFER_HUMAN))),
            re.compile(features.as_masked(fold_pattern(_HANDOFF.pattern))))


Known = tuple[str, list[tuple[int, int]], list[features.Sentence]]  # a text, its sentence spans and sentences


def _sentence_families(text: str, known: Known | None = None) -> tuple[list[tuple[int, int]], list[frozenset[str]]]:
    """The sentence spans of ``text`` and each sentence's families (those of ``known`` when it is the same text: the
    router has them already for the message as the heads read it)."""
    if known is not None and known[0] == text:
        return known[1], [s.families for s in known[2]]
    spans = features.sentence_spans(text)
    hits = features.family_matches(text)
    return spans, [s.families for s in features.sentences(text, hits, spans)]


# Someone else's refusal: a third person named before the cue in its sentence, with no first person between them
# ("mi suegra no soporta el asistente", "Opa mag keine Roboter", "ma voisine refuse tout traitement automatique").
_THIRD = _lazy(r"(?<!\w)(?:xpartner|xparent|xchild|xsibling|colleagues?|coworkers?|boss|neighbou?rs?|friends?|"
                    r"grand\w+|in-laws?|\w+-in-law|grand-\w+|suegr[oa]s?|abuel[oa]s?|vecin[oa]s?|colegas?|jefe|amig[oa]s?|"
                    r"belle-mere|beau-pere|voisin(e|s)?|collegues?|patron|ami(e|s)?|"
                    r"schwieger\w+|opa|oma|nachbar\w*|kolleg\w*|chef\w*|"
                    r"sogr[oa]s?|avo|avos|vizinh[oa]s?|chefe|amig[oa]s?|some (customers|clients|people|xperson))(?!\w)")
_FIRST = _lazy(r"(?<!\w)(?:i|i'm|i'd|me|my|we|our|yo|me|mi|mis|nosotros|je|j'|moi|mon|ma|mes|nous|ich|mich|mir|mein\w*|"
                    r"wir|uns|eu|meu|minha|meus|minhas|nos)(?!\w)")
# Round 38: the writer joining someone else's refusal ("my husband doesn't want AI and neither do I", "y yo tampoco",
# "moi non plus", "ich auch nicht", "eu também não")
_JOIN = _lazy(r"(?<!\w)(?:neither do i|nor do i|me neither|nor me|i don'?t either|i do not either|same (?:for|goes for) me|"
              r"same here|yo tampoco|ni yo|moi non plus|ni moi|ich auch nicht|ich ebenso wenig|ich genauso wenig|"
              r"eu tambem nao|nem eu)(?!\w)")
_QUOTES = _lazy(r"[\"\u201c\u201d\u00ab\u00bb\u201e]")


# A consent withdrawn, the agent named in the same sentence or one of the two before ("I ticked the AI box when I
# signed up. I withdraw my consent.", "j'avais coché l'assistant IA … je retire mon accord", "ziehe meine Einwilligung
# zurück", "retiro o meu consentimento"); a bare "I'm taking that back" / "je le retire" / "lo revoco" only after a
# consent or a box ticked ("lo retiro" after "I said no AI" withdraws an objection: WITHDRAW, not this).
_CONSENT = r"(consent\w*|accord|einwilligung|zustimmung|autori[sz]ation|autorisation|autorizacion|autorizacao|permission|permiso|permissao)"
_REVOKE = (r"(withdraw\w*|revok\w*|remove|cancel\w*|retir\w*|revoc\w*|revoqu\w*|revog\w*|widerruf\w*|anul\w*|take (that|it) back|"
           r"taking (that|it) back)")
_CONSENT_OFF = _lazy(
    r"(?<!\w)(?:" + _REVOKE + r" (\S+ ){0,3}" + _CONSENT + r"|" + _CONSENT + r" (\S+ ){0,3}(withdrawn|revoked|zuru?e?ck\w*|widerrufe\w*|"
    r"retire|retiree|retirado|retirada|revocado|revogado|cancelad[ao]|cancell?ed|annulee?|anulad[ao]|aufgehoben)"
    r"|(ziehe|nehme) (\S+ ){0,3}" + _CONSENT + r" (\S+ ){0,2}zuru?e?ck|" + _CONSENT + r" widerrufen)(?!\w)")
_TAKE_BACK = _lazy(r"(?<!\w)(?:(i'?m|i am) taking (that|it) back|take (that|it) back|i withdraw it|untick\w*|je le retire|"
                        r"je la retire|je decoche|decoche|lo revoco|la revoco|lo retiro|la retiro|desmarco|desmarquei|o retiro|"
                        r"retiro-o|revogo|nehme (das|es) zuruck|ziehe (das|es) zuruck|hake (das|es) ab)(?!\w)")
_TICKED = _lazy(r"(?<!\w)(?:consent\w*|ticked|checked|said yes|agreed|opted in|coche|accord|dit oui|accepte|marque|marquei|"
                     r"marcado|marque|acepte|consenti|angekreuzt|ja gesagt|zugestimmt|einwilligung|zustimmung|aceitei|concordei|"
                     r"consentimiento|consentimento|consentement|autorise|autorizei|autorice)(?!\w)")


# The agent named, then refused as "it" in the same or the next sentence: switched off for the writer ("switch it off
# for me", "desactivadlo conmigo", "débranchez-le de mes demandes", "schaltet das Ding für mich ab", "desligar ele pra
# mim") or not wanted any more ("I don't want it any more", "no lo quiero más", "je n'en veux plus", "ich will xpron
# nicht mehr", "não quero mais isso").
_IT_OFF = _lazy(
    r"(?<!\w)(?:(?:switch|turn|shut) (?:it|that thing|the thing) off|(?:switch|turn|shut) off (?:it|that thing)|disable it|unplug it|"
    r"desactiv(?:adlo|adla|enlo|enla|arlo|arla|elo|ela)|apag(?:adlo|uenlo|arlo)|desconect(?:adlo|enlo|arlo)|"
    r"debranchez-(?:le|la)|desactivez-(?:le|la)|coupez-(?:le|la)|(?:le|la) (?:desactiver|debrancher|couper)|"
    r"schalte?t? (?:das ding|xpron|es|den|die) (?:\S+ ){0,3}ab|(?:das ding|xpron|es) abschalten|zieht (?:\S+ ){0,3}den stecker|"
    r"deslig(?:ar|uem|ue|a) (?:ele|ela|xpron|isso|isto)|deslig(?:ue|uem)-(?:o|a)|desativ(?:ar|em|e) (?:ele|ela|xpron|isso)|desativ(?:e|em)-(?:o|a))"
    r"(?:\s\S+){0,4}\s(?:for me|on my|from my|conmigo|para mi|de mis|de mes|pour moi|sur mon|fur mich|bei mir|pra mim|para mim|"
    r"comigo|no meu|na minha|nas minhas|de (?:mes|mis|meus|minhas))(?!\w)"
    r"|(?<!\w)(?:(?:i )?(?:don'?t|do not) want (?:it|that thing|xpron) any ?more|(?:i'?m|i am) done with (?:it|xpron)|"
    r"no (?:lo|la) quiero (?:mas|nunca mas)|ya no (?:lo|la) quiero|je n'en veux plus|je ne (?:le|la) veux plus|"
    r"(?:ich )?will (?:xpron|es|das ding) (?:\S+ ){0,2}nicht mehr|verzichte (?:\S+ ){0,1}auf xpron|"
    r"nao (?:o|a) quero mais|nao quero mais (?:isso|ele|ela|xpron))(?!\w)")


_REFUSED = frozenset({"NEGATION", "REFUSE", "NOT_WANTED", "PAST_REFUSE", "OPT_OUT"})  # "I take that back" withdraws these


def _consent_withdrawn(text: str, spans: list[tuple[int, int]], fams: list[frozenset[str]], later: set[int]) -> bool:
    for i, (a, b) in enumerate(spans):
        if fams[i] & _BLOCK_OPT or any(j >= i for j in later):
            continue
        explicit = _CONSENT_OFF.search(text, a, b)
        if not explicit and not _TAKE_BACK.search(text, a, b):
            continue
        before = range(max(i - 2, 0), i + 1)
        if not any(_AGENT_RX.search(text, *spans[j]) for j in before):
            continue
        if any(fams[j] & _BLOCK_OPT for j in before):
            continue
        if explicit or (any(_TICKED.search(text, *spans[j]) for j in before)
                        and not any(fams[j] & _REFUSED for j in before if j < i)):
            return True
    return False


# Every agent of _AGENT and _TEMPLATE and every person of _PREFER_HUMAN holds one of these (a cheap scan first: the
# frame is matched only around them, so a long e-mail that names no machine costs one scan).
_STEMS = _lazy(r"(?<!\w)(?:(?:ai|ia|ki|a\.i)(?![a-z])|\w*bot|chat|robo|machin|maquin|maschin|comput|ordena|ordinat|"
                    r"software|logiciel|program|algori|gpt|copilot|llm|language model|sprach|automat|auto-?re|auto(?= )|template|canned|"
                    r"script|copy|copier|form letter|sprach|telefon|text|plantilla|tipo|types?(?!\w)|standard|faites|pre-?ecrite|predefinid|"
                    r"enlatad|prefabricad|modele|vorlage|textbau|vorgef|massenm|padrao|pronta|modelo|assist|intelligen|"
                    r"kunstlich|\w+-ki(?!\w))")
_HUMANS = _lazy(r"(?<!\w)(?:human|humain|mensch|staff|employ|personal|personnel|mitarbeit|funcionar|xperson|gente)")
# characters a frame reaches before and after the stem of its agent, and the longest agent after its stem (a window
# ends where the engine stops reading: a look-ahead cannot see past it)
_REACH_BEFORE, _REACH_AFTER, _AGENT_LENGTH = 130, 90, 60


def _windows(text: str, stems: _lazy, before: int, after: int) -> list[tuple[int, int]]:
    """The stretches of ``text`` around the hits of ``stems``, merged where they overlap."""
    out: list[tuple[int, int]] = []
    for hit in stems.finditer(text):
        a, b = max(hit.start() - before, 0), min(hit.end() + after, len(text))
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _refusals(text: str) -> list[re.Match[str]]:
    """The matches of the three refusal patterns, each read only around the words it needs."""
    before, after, human = _compiled()[0]
    found = [m for a, b in _windows(text, _STEMS, _REACH_BEFORE, _AGENT_LENGTH) for m in before.finditer(text, a, b)]
    found += [m for a, b in _windows(text, _STEMS, 0, _REACH_AFTER) for m in after.finditer(text, a, b)]
    found += [m for a, b in _windows(text, _HUMANS, 40, 30) for m in human.finditer(text, a, b)]
    return sorted(found, key=lambda m: m.start())


# Round 23: anything that could be the automated agent or what it does, in the widest sense (the agent of _AGENT, or
# "automatic", "system", "program", "generated", "tool", "app", "online", "digital", "thing" …), or the other side of
# the preference ("humans only", "nur Menschen", "en chair et en os"). A refusal of AI names one somewhere; a long angry, grieving or legal letter or a request for an accessible format often names none, and
# the opt-out head's best span there rests on data-protection, objection or request words alone (a GDPR access
# request's "personal data", "under the GDPR I ask"). On the development sets (blind 3-39, written splits) every
# refusal of 80 or more words that the opt-out head found names one; 11 of 55 long messages it flagged wrongly name
# none (routing.classify, _machine_in_play).
_MACHINE_TALK = _lazy(
    r"(?<![\w-])(?:" + _AGENT + r"|automat\w*|maschinell\w*|maquinal\w*|machine[- ]learning|program\w*|sistema\w*|"
    r"system\w*|sisteme\w*|generat\w*|gerad[oa]s?|genere\w*|generier\w*|ki|ia|ai|robo\w*|bots?|algorit\w*|digital\w*|"
    r"virtual\w*|online|apps?|aplicaci\w*|aplicativo|tools?|outils?|herramientas?|ferramentas?|werkzeug\w*|tech\w*|"
    r"tecnolog\w*|things?|dings?|coisas?|cosas?|trucs?|invento|cacharro|"
    # or the other side of the preference: "a human, not …", "nur Menschen", "só gente de verdade"
    r"humans?|human beings?|humain(e|s|es)?|human[oa]s?|menschen?|mensch|real (xperson|one|people)|"
    r"xperson (real|de verdad|de verdade|reelle)|gente de verdad\w*|vraie?s? (xperson|gens)|en chair et en os)(?![\w-])")


def machine_in_play(text: str) -> bool:
    """Whether ``text`` (masked, folded) names anything that could be the automated agent (see _MACHINE_TALK), an
    automatic payment or renewal set aside (round 38, other_thing)."""
    return _MACHINE_TALK.search(other_thing(text)) is not None


def may_refuse(text: str) -> bool:
    """Whether ``text`` holds anything the refusal frame reads (a cheap check on the message before the router
    computes the text the frame reads: that text only blanks passages of this one)."""
    return bool(_refusals(text) or _THEN_NO_AT.search(text) or _CONSENT_OFF.search(text) or _TAKE_BACK.search(text)
                or _compiled_it_off().search(text))


def may_hand_off(text: str) -> bool:
    """Whether ``text`` holds anything the handoff frame reads (see may_refuse)."""
    return _compiled()[1].search(text) is not None or _PAST_PERSON.search(text) is not None \
        or _STILL_THERE.search(text) is not None


def refusal(text: str, known: Known | None = None) -> bool:
    """Whether a sentence of ``text`` (masked, folded: scope.opt_out_frame_text) refuses the automated agent (see
    above)."""
    found = [m for m in _refusals(text) if not _ONLY_CAN.match(text, m.end() + 1)]
    then_no = list(_THEN_NO_AT.finditer(text))
    consent = _CONSENT_OFF.search(text) or _TAKE_BACK.search(text)
    it_off = list(_compiled_it_off().finditer(text))
    if not found and not then_no and not consent and not it_off:
        return False
    spans, fams = _sentence_families(text, known)
    later: set[int] = {i for i, f in enumerate(fams) if f & _LATER_WITHDRAW}
    # "I asked you not to use automated tools. I take that back": a refusal before a bare take-back is withdrawn
    later |= {i for i, (a, b) in enumerate(spans) if i and _TAKE_BACK.search(text, a, b) and fams[i - 1] & _REFUSED}
    if consent and spans and _consent_withdrawn(text, spans, fams, later):
        return True
    for m in it_off:
        i = index_of(spans, m.start()) if spans else 0
        if fams[i] & _BLOCK_OPT or any(j >= i for j in later) or (i and fams[i - 1] & _BLOCK_OPT):
            continue
        a = spans[i - 1][0] if i else (spans[i][0] if spans else 0)
        if _AGENT_RX.search(text, a, m.start()) and not _NOT_REFUSAL.search(text, a, m.end()):
            return True
    for m in then_no:  # "Is this answered automatically? Then no thanks", "… may be AI-assisted. Not for me.": the
        # agent named in the sentence before, then refused
        i = index_of(spans, m.end()) if spans else 0
        if i and not m.group("then") and _AGENT_RX.search(text, *spans[i - 1]) and not (fams[i] | fams[i - 1]) & _BLOCK_OPT \
                and not any(j >= i for j in later):
            return True
        if spans and (text[m.start() - 1:m.start()] == ":" or m.group("then")) \
                and (agent_at := _AGENT_RX.search(text, spans[i][0], m.start())) \
                and (not m.group("then") or _IF.search(text, spans[i][0], agent_at.start())) \
                and not fams[i] & _BLOCK_OPT and not any(j >= i for j in later):
            return True  # Round 32: "… written with AI: please don't do that with me", "if it's a bot, then no"
        if m.group("then"):
            continue
    for m in found:
        i = index_of(spans, m.start()) if spans else 0
        a, b = spans[i] if spans else (0, len(text))
        if _NOT_REFUSAL.search(text, a, b):
            continue
        if fams[i] & _BLOCK_OPT or any(j >= i for j in later) or _WITHDRAWN.search(text, a, b) \
                or _NO_NEED.search(text, a, b):
            continue
        agent = next((g for g in _AGENT_GROUPS if m.groupdict().get(g)), None)
        if agent and _TEMPLATE_RX.fullmatch(m.group(agent)) and agent not in ("agent1", "agent2", "agent3") \
                and not _MEHR.match(text, m.end()) and not _MORE.match(text, m.start()):
            continue  # "not another form letter": a person asked for, automation not refused
        if "Q" in fams[i] and "OWN_DATA" not in fams[i] and not _PLEASE.search(text, a, b):
            continue  # "so there's no AI in the desktop version?": asked about, not refused
        before = text[max(a, m.start() - 80):m.start()]
        third = [t.end() for t in _THIRD.finditer(before)]
        if third and not _FIRST.search(before, third[-1]) and not _JOIN.search(text, m.end(), b):
            continue  # someone else's refusal, unless the writer joins it ("… and neither do I", round 38)
        if len(_QUOTES.findall(text, a, m.start())) % 2:
            continue  # inside a quotation in its sentence
        return True
    return False


def handoff(text: str, known: Known | None = None) -> bool:
    """Whether a sentence of ``text`` (masked, folded: scope.handoff_text) asks for a call or asks whether anyone
    reads the messages (see above)."""
    found = list(_compiled()[1].finditer(text))
    if not found and _PAST_PERSON.search(text) is None and _STILL_THERE.search(text) is None:
        return False
    spans, fams = _sentence_families(text, known)
    if not found:
        return _asks_past_person(text, spans, fams) or _asks_named_again(text, spans, fams)
    for m in found:
        i = index_of(spans, m.start()) if spans else 0
        a, b = spans[i] if spans else (0, len(text))
        if (m.group("call") or m.group("ask")) and (_NEG_BEFORE.search(text[max(a, m.start() - 25):m.start()])
                                                    or _NOT_CALL.match(text, m.start()) or _NEG_INSIDE.search(m.group())):
            continue
        if m.group("call") and _COURIER.search(text, a, m.start()):
            continue
        if m.group("call") and _NOT_NEEDED_AFTER.match(text, m.end()):
            continue
        if fams[i] & _BLOCK_HAND:
            continue
        if m.group("anyone") and _ERRAND.match(text, m.end()):
            continue  # "is anyone there to sign for the parcel?", "hay alguien en casa para recibirlo"
        if m.group("anyone"):
            if "Q" not in fams[i] and not _ASKS.match(m.group()):
                continue  # "il y a quelqu'un de mon équipe qui passera": no question
            rest = text[m.end():b]
            if len(rest.split()) > 4 and not _OR.search(rest):
                continue  # "tem alguém aí na loja que fale inglês?": someone for an errand, not a reader
        return True
    return False


# Round 32: what a short message must name before the opt-out head alone may call it a refusal of AI (routing.classify;
# round 23 asked it of long messages only). Wider than _MACHINE_TALK: the agent in misspelt or compound words
# ("intelijencia artifisial", "Antwortautomat", "Clairbot", "machine-handled", "software-generated"), a helper or
# assistant of the company's ("your assistant", "asistente", "Assistent", "helper-thing"), processing by computer
# ("traitement informatique"), a recording that answers ("gravação"), or the people only on the other side ("solo
# personas", "only people", "nur Personen"); or, the agent unnamed, someone or something asked not to act on the
# writer's messages: an act of the agent (answer, reply, read, handle, open, process, decide) on the writer or the
# writer's messages, tickets, account ("Pip doesn't get to answer me", "não quero mais ela me respondendo", "opening
# my support messages"). A product of the writer's that fails is no agent: a machine, an appliance, an app or a system
# followed by what it is for ("máquina de café", "machine à laver", "app de la banque") or said to fail ("the app
# keeps crashing", "não sai café", "funktioniert nicht") is blanked before the test (_PRODUCT).
_AGENT_WIDE = (
    r"\w*(?:bott?s?|robot\w*|roboter|robo\w*|auto(?:m|rn)at\w*|aut\w{0,2}mat\w*|automac\w*)|maquin\w*|machine-\w+|\w+-generated|"
    r"inte?l+i[gj]\w* art\w*|art\w* inte?l+i[gj]\w*|k[iu]m?n?st?liche?\w* inte?l+i[gj]\w*|inteligens\w*|"
    r"\w*as?sist\w*|helpers?|helper-\w+|ajudante|aide (automatique|virtuelle?)|"
    r"informati\w*|informatis\w*|\w*computer\w*|computador\w*|ordinat\w*|ordenador\w*|\w*progra(?:m|rn)\w*|siste(?:m|rn)\w*|software\w*|"
    r"gravacao|gravacoes|grabacion\w*|enregistrement\w*|bandansage|ansage|code|"
    r"profiling|profilage|profilbildung|profiling-\w+|perfilado|perfilamiento|perfilamento|elaboracion de perfiles|"
    r"definicao de perfis|scoring|"
    # a contraption, a gadget, a thing in five languages ("that answering contraption", "ce bidule", "das Gerät")
    r"contraptions?|gadgets?|gizmos?|widgets?|artilugios?|aparatos?|trastos?|bidules?|machin|engin|"
    r"apparat(?:e|en)?|gerat(?:e|en)?|geringoncas?|traquitanas?|trecos?|"
    r"(?:only|solo|solamente|seulement|que des|nur|so|somente|apenas) (?:\S+ )?(?:people|xperson\w*|personas|personnes|personen|"
    r"pessoas|gente|humans?|humanos?|humains?|menschen|seres humanos|etres humains)"
)
_MINE = (r"(?:me|my|mine|us|our|mi|mis|nos|nuestr\w*|mes|mon|ma|nous|nos|notre|mich|mir|mein\w*|uns|unser\w*|meu|minha|meus|"
         r"minhas|nossa|nosso)")
_ACTS_ON_ME = (
    r"(?:answer\w*|repl(?:y|ies|ying)|respond\w*|read(?:s|ing)?|handl\w*|open(?:s|ing)?|process\w*|decid\w*|sort\w*|"
    r"contest\w*|respond\w*|lea|lean|leer|lee|leyendo|gestion\w*|trat\w*|decid\w*|"
    r"repond\w*|repon\w*|lise|lisent|lire|trait\w*|gere\w*|"
    r"beantwort\w*|antwort\w*|les\w*|lies\w*|bearbeit\w*|verarbeit\w*|entscheid\w*|"
    r"respond\w*|leia|leiam|ler|lendo|atend\w*|process\w*)"
)
_ACT_ON_MINE = _lazy(
    r"(?<!\w)(?:" + _ACTS_ON_ME + r" (?:(?:to|a|à|an|o|os|as|de|on|for|auf|zu) )?" + _MINE + r"\b"
    r"|" + _MINE + r" (?:\S+ ){0,2}(?:" + _ACTS_ON_ME + r")"
    # the writer as an enclitic pronoun: "que deje de contestarme", "respondeme", "atendê-me", "répondez-moi"
    r"|(?:contest|respond|atend|gestion|trat|leer|lea|lee|escrib|repond|trait|lisez|ecrivez|ler|escrev)\w*?(?:-?me|-?nos|-moi|-nous))(?!\w)")
_WIDE_RX = _lazy(r"(?<!\w)(?:" + _AGENT_WIDE + r")(?!\w)")
_FAILS = (r"(?:doesn'?t|does not|won'?t|isn'?t|is not|not|no|ne|n'|nao|nicht|kein\w*) (?:\S+ ){0,2}"
          r"(?:work\w*|start\w*|turn\w* on|heat\w*|charg\w*|open\w*|load\w*|print\w*|funciona\w*|arranca\w*|enciende|sai|sale|"
          r"marche|fonctionne|demarre|chauffe|s'allume|funktionier\w*|startet|lauft|geht|heizt|liga|carrega|abre|imprime)"
          r"|broke\w*|crash\w*|froze|freez\w*|leak\w*|stuck|faulty|defect\w*|kaputt\w*|defekt\w*|avari\w*|estragad\w*|"
          r"quebrad\w*|rot[ao]|roto|cassee?|en panne|panne|averia\w*|stopped|error\w*|erreur|fehler\w*|erro")
_PRODUCT = _lazy(
    r"(?<![\w-])(?:" + _MINE + r"|the|la|le|el|a|o|die|der|das|den|una?|um|uma|une?|ein\w*) (?:\S+ )?"
    r"(?P<thing>machines?|maquinas?|maschinen?|apps?|aplicaci\w*|aplicativo|application|appli|systems?|sistemas?|systemes?|"
    r"geraet\w*|gerat\w*|appareil\w*|aparelho\w*|aparato\w*|appliances?|device\w*|dispositi\w*|robots?|robot-\w+|roboter)"
    r"(?= " + _APPLIANCE + r"| (?:de|du|da|do|para|for|zum|zur|fur|a) (?!(?:me|mes|mon|ma|mis|nos|nous|vos|tes|" + _ACTS_ON_ME + r")\b)\w+"
    r"| (?:\S+ ){0,3}(?:" + _FAILS + r"))")


# Round 38: what is refused may be another automatic thing, a payment or a renewal ("não quero a renovação automática",
# "je refuse le prélèvement automatique", "no automatic top-up", "keine automatische Verlängerung"): no agent.
_AUTO_PAYMENT = _lazy(
    r"(?<!\w)(?:(?:renewal|renewals|debit|debits|payment|payments|top-?ups?|billing|charges?|renovacao|renovacion|renouvellement|"
    r"prelevement|prelevements|debito|domiciliacion|cobro|cargo|pagamento|pago|paiement|reconduction|recarga|carregamento|"
    r"verlangerung|abbuchung|lastschrift|zahlung|aufladung) (?:\S+ ){0,1}(?:automatic\w*|automatique\w*|automatisch\w*|auto)"
    r"|(?:automatic|auto|automatische[nrs]?|automatica|automatico) ?-?(?:renewal|renewals|debit|debits|payment|payments|top-?ups?|"
    r"billing|renovacion|renovacao|verlangerung|abbuchung|zahlung|aufladung|reconduction|pagamento|pago|debito|cobro|recarga)"
    # an AI feature of a product of the writer's ("the AI photo enhancer on the camera app", "el filtro IA de la cámara")
    r"|(?:ai|ia|ki)[- ](?:photo|camera|image|enhancer|filter|editing|upscal\w*|portrait|wallpaper|playlist|autofocus|foto|"
    r"filtro|camara|kamera|bild|appareil|retouche)\w*)(?!\w)")


def other_thing(text: str) -> str:
    """Round 38: ``text`` with the automatic payments and renewals set aside (see _AUTO_PAYMENT)."""
    return _AUTO_PAYMENT._get().sub("xpayment", text) if _AUTO_PAYMENT.search(text) else text


def agent_in_play(text: str) -> bool:
    """Round 32: whether a short ``text`` (masked, folded) names anything that could be the automated agent handling
    the writer's messages, once the writer's failing products are set aside (see _AGENT_WIDE, _PRODUCT)."""
    text = other_thing(text)
    if _PRODUCT.search(text):
        text = _PRODUCT._get().sub(lambda m: m.group()[:m.start("thing") - m.start()] + "xproduct", text)
    return machine_in_play(text) or _WIDE_RX.search(text) is not None or _ACT_ON_MINE.search(text) is not None


# Round 38: what is refused may be nothing: the agent named only inside a question whether a person reads the messages
# ("is there an actual human reading these or just bots?", "¿me lee alguien real o solo hay máquinas?", "tem uma pessoa
# real do outro lado ou só robô respondendo?"). Such a question asks for a person (the handoff frame reads it); it
# refuses nothing, so the opt-out head does not decide it alone (routing.classify). A refusal beside it still counts.
_OR_ONLY_MACHINE = _lazy(r"(?<!\w)(?:or|o|ou|oder)(?: (?:is it|es|c'est|ist es|e|sind es|are they|it'?s|is that))?"
                         r"(?: (?:just|only|solo|solamente|seulement|que|nur|so|apenas|somente))?(?: (?:a|an|un|une|una|um|uma|ein|eine|hay|des|der|die))?"
                         r" (?:\S+ )?(?:bots?|robots?|robos?|machines?|maquinas?|maschinen?|auto-?\w*|automat\w*|ki|ia|ai|computers?|programs?)\b")


def asked_only(text: str) -> bool:
    """Round 38: whether ``text`` (folded; the writer's newest words) names the agent only in questions whether a
    person reads or answers (see _OR_ONLY_MACHINE), with no refusal the frames read."""
    anyone = [m for m in _compiled()[1].finditer(text) if m.group("anyone")]
    if not anyone and not _OR_ONLY_MACHINE.search(text):
        return False
    if _refusals(text):
        return False
    spans = features.sentence_spans(text) or [(0, len(text))]
    asked = [(a, b) for a, b in spans if "?" in text[b:b + 2] + text[a:b]
             and (_OR_ONLY_MACHINE.search(text, a, b) or any(a <= m.start() < b for m in anyone))]
    if not asked:
        return False
    rest = "".join(" " if any(a <= i < b for a, b in asked) else ch for i, ch in enumerate(text))
    return not agent_in_play(rest)


# Round 38: what is refused may be a mailing: the writer unsubscribes from a newsletter or list whose name or subject
# names the AI ("Re: Don't miss our AI-powered deals / Please take me off this mailing list", "denme de baja del boletín
# (ese que habla de IA)", "streichen Sie mich vom Verteiler „KI-News“"). The sentences that unsubscribe and the subject
# lines are set aside; if nothing that could be the agent is left, the opt-out head does not decide alone.
_UNSUBSCRIBE = _lazy(
    r"(?<!\w)(?:unsubscribe\w*|take me off|remove me from|stop sending|opt me out of|dar(?:me)? de baja|denme de baja|"
    r"dejen de mandar(?:me)?|dejad de enviar(?:me)?|desinscri\w*|desabonn\w*|retirez-moi|arretez de m'envoyer|"
    r"streichen sie mich|streicht mich|abmelden|austragen|abbestell\w*|me tir(?:ar|em|e) d[ao]|descadastr\w*|"
    r"cancel(?:ar|em) (?:a )?(?:minha )?inscri\w*|parem de (?:me )?mandar)(?!\w)")
_MAILING = _lazy(
    r"(?<!\w)(?:newsletters?|mailing ?lists?|lists?|bulletins?|boletin\w*|lettres?|verteiler\w*|e-?mails?|mails?|correos?|"
    r"publicidad|promo\w*|ofertas|deals|offers|news|novidades|novedades|courriels?|infolettre|rundbrief\w*|werbung)(?!\w)")
_SUBJECT_LINE = _lazy(r"(?m)^\s*(?:re|fwd?|subject|asunto|objet|betreff|assunto)\s*:[^\n]*$")


def mailing_only(text: str) -> bool:
    """Round 38: whether ``text`` (folded) names the agent only where the writer unsubscribes from a mailing or in a
    subject line (see _UNSUBSCRIBE)."""
    if _UNSUBSCRIBE.search(text) is None or own_refusal(text):
        return False
    spans = features.sentence_spans(text) or [(0, len(text))]
    gone = [(a, b) for a, b in spans if _UNSUBSCRIBE.search(text, a, b) and _MAILING.search(text, a, b)]
    gone += [m.span() for m in _SUBJECT_LINE.finditer(text)]
    if not gone:
        return False
    rest = "".join(" " if any(a <= i < b for a, b in gone) else ch for i, ch in enumerate(text))
    return not agent_in_play(rest)


def hides_agent(mentions: Iterable[str]) -> bool:
    """Round 32: whether an identity expression that identity.mask replaced holds the agent ("this is a bot replying"
    read as a name, "sou contra IA" as a self-description); the refusal frames then read the text without those
    replacements (routing.classify)."""
    return any(_WIDE_RX.search(t) or _AGENT_RX.search(t) for t in mentions)


# Round 32: a refusal of the past, withdrawn later in the message ("Last month I asked you not to use automated replies.
# Changed my mind", "hace unos meses les pedí que … Lo retiro", "im März hatte ich … widersprochen. Das nehme ich
# zurück", "em junho pedi que … Retiro esse pedido"). The opt-out head reads the refusal's words and fires; the frames
# above already skip a refusal before a withdrawal (_LATER_WITHDRAW). A consent withdrawn ("ich hatte angekreuzt … das
# nehme ich zurück, ich widerrufe diese Einwilligung") is a refusal, not this.
_WITHDRAW_AFTER = _lazy(
    r"(?<!\w)(?:(?:i'?ve |i have )?changed my mind|change of heart|scrap that|forget (?:that|my)|(?:i'?m |we'?re )?dropping that|"
    r"(?:delete|remove|drop|cancel) (?:that|this|the) (?:instruction|note|request|flag)|take (?:that|the) note off|"
    r"i take (?:that|it) back|lo retiro|la retiro|retiro (?:lo dicho|mi peticion|esa peticion|el pedido|la solicitud)|"
    r"(?:he|xpron) cambiado de opinion|cambie de opinion|quiten esa nota|olvidad|j'ai change d'avis|je retire (?:ma demande|cela|ce que)|"
    r"oubliez|retirer cette mention|(?:ziehe|nehme) (?:ich )?(?:das|es|meinen widerspruch|den widerspruch)(?: \S+){0,4} zuruck|"
    r"das (?:ziehe|nehme) ich zuruck|vergesst|vergessen sie|sehe ich das anders|mudei de ideia|"
    r"retiro (?:o|esse|este|meu) pedido|(?:pode|podem) tirar esse pedido|esquecam|"
    # Round 38: "second thoughts", "he cambiado de idea", "war übereilt", and the refusal's outcome accepted now: "but this
    # answer was fine", "so go ahead and use it", "allez-y", "also nur zu", "então podem usar", "fine to use"
    r"second thoughts|(?:he |xpron )?cambiado de idea|cambie de idea|war (?:\S+ )?(?:ubereilt|voreilig)|"
    r"(?:but|pero|mais|aber|mas|though|however) (?:\S+ ){0,2}(?:this|that|the last|your|esta|este|cette|ce|diese|dieser|esta|essa|esse) "
    r"(?:\S+ ){0,2}(?:answer|reply|response|one|respuesta|reponse|antwort|resposta)s? (?:\S+ ){0,1}(?:was|were|is|fue|era|ha sido|etait|a ete|est|war|ist|foi|era) "
    r"(?:\S+ ){0,1}(?:fine|great|good|helpful|ok|okay|perfect|spot on|bien|buena|util|parfaite?|bonne|utile|gut|hilfreich|prima|boa|otima|certa)|"
    r"go ahead and use|(?:fine|ok|okay) to use|adelante|podeis seguir usando|allez-y|vous pouvez (?:l'|les )?utiliser|"
    r"(?:also )?nur zu|darf (?:\S+ ){0,2}(?:wieder|benutzt werden|antworten)|(?:entao )?(?:podem|pode) usar)(?!\w)")
# Round 38: an earlier message of the writer's dismissed, the refusal it held named after it ("ignore my msg from monday
# saying no AI", "oubliez mon msg de lundi « pas d'IA »", "vergesst meine Nachricht vom Montag mit „keine KI“",
# "esquece minha msg de segunda dizendo 'sem IA'")
_DISMISS_MSG = _lazy(
    r"(?<!\w)(?:(?:ignore|disregard|forget|scrap) (?:my|the) (?:\S+ ){0,1}(?:msg|message|mail|email|e-mail|note|request)|"
    r"(?:ignora|ignorad|ignoren|ignore|olvida|olvidad|olviden|olvide) (?:mi|el) (?:\S+ ){0,1}(?:msg|mensaje|correo|mail|nota)|"
    r"(?:ignorez|oubliez|oublie|ignore) (?:mon|le) (?:\S+ ){0,1}(?:msg|message|mail|courriel|mot)|"
    r"(?:vergesst|vergiss|vergessen sie|ignoriert|ignorieren sie) (?:meine|die) (?:\S+ ){0,1}(?:nachricht|mail|e-mail|notiz)|"
    r"(?:esquece|esquecam|esqueca|ignora|ignorem|ignore) (?:a )?(?:minha|a) (?:\S+ ){0,1}(?:msg|mensagem|mail|nota))(?!\w)")
_ASKED_BEFORE = _lazy(
    r"(?<!\w)(?:asked|told|said|requested|wrote|pedi|solicite|dije|dijimos|escribi|pedimos|avais|avait|ai demande|ai ecrit|"
    r"hatte|hatten|bat|schrieb|gebeten|widersprochen|exigi|tinha pedido|disse|escrevi|"
    r"os pedi|les pedi|os dije|demandais|demandait|j'avais demande|pedindo|pedia|pedi|pedimos)(?!\w)")


def withdrawn_refusal(text: str) -> bool:
    """Whether ``text`` (masked, folded) withdraws a refusal it reports from the past (see _WITHDRAW_AFTER)."""
    return _withdrawn_at(text) is not None


def _withdrawn_at(text: str) -> int | None:
    """Where the withdrawal of a past refusal ends in ``text`` (the end of the sentence that dismisses an earlier
    message, round 38), or None."""
    if _CONSENT_OFF.search(text):
        return None
    spans = features.sentence_spans(text)
    for w in _WITHDRAW_AFTER.finditer(text):
        i = index_of(spans, w.start()) if spans else 0
        a = spans[max(i - 2, 0)][0] if spans else 0
        if _ASKED_BEFORE.search(text, a, w.start()) and not _TICKED.search(text, a, w.start()):
            return w.end()
    if (d := _DISMISS_MSG.search(text)) is not None:
        i = index_of(spans, d.start()) if spans else 0
        return spans[i][1] if spans else len(text)
    return None


def withdrawn_frame(text: str) -> bool:
    """Round 38: whether a refusal the frames read in ``text`` is one withdrawn (see _withdrawn_at): a past refusal is
    withdrawn and no refusal of the agent follows the withdrawal ("I said no AI last week, but this answer was fine"
    is none; "… changed my mind about the call: no AI at all" still is)."""
    end = _withdrawn_at(text)
    return end is not None and not any(m.start() >= end for m in _refusals(text))


# Round 38: the SCOPE of a refusal, who refuses. A refusal reported of someone else ("my wife doesn't want your AI
# coach near her account", "Mi compañero Álvaro me pidió que os dijera que él no quiere …", "ma mère refuse les chats
# automatiques", "mein Kollege hat verlangt, dass seine Anträge nicht automatisch bearbeitet werden") is the writer's
# refusal only when the writer speaks for that person to have it applied, as the account holder's proxy or attorney
# ("I write for my father … please note it on his file": an opt-out, as the development sets label it). It is not the
# writer's when the writer sets their own stance apart ("for me it's fine", "that's her call", "a mí me da igual",
# "pour ma part, ça ne me gêne pas", "mich stört das nicht", "por mim podem continuar") and asks for nothing to be
# applied: then the opt-out head does not decide, and the refusal frames count only a refusal in a sentence that
# names no one else. Decided this way for round 38 (issue 12).
_OTHER_PARTY = _lazy(
    r"(?<!\w)(?:xpartner|xparent|xchild|xsibling|xrelative|colleagues?|coworkers?|boss|neighbou?rs?|friends?|flat-?mates?|"
    r"room-?mates?|house-?mates?|business partner|co-?owner|co-?holder|grand\w+|in-laws?|\w+-in-law|grand-\w+|"
    r"suegr[oa]s?|abuel[oa]s?|vecin[oa]s?|colegas?|jefe|amig[oa]s?|companer[oa]s?|soci[oa]s?|cotitular|cunad[oa]s?|"
    r"belle-\w+|beau-\w+|voisin(?:e|s)?|collegues?|patron|ami(?:e|s)?|colocataires?|coloc|associee?s?|co-?titulaire|"
    r"schwieger\w+|schwager\w*|opa|oma|nachbar\w*|kolleg\w*|chef\w*|mitbewohner\w*|freundin|freund|mitinhaber\w*|"
    r"sogr[oa]s?|avo|avos|vizinh[oa]s?|chefe|cunhad[oa]s?|colegas? de quarto)(?!\w)")
_SELF_APART = _lazy(
    r"(?<!\w)(?:for me,? (?:it'?s|it is|that'?s) (?:\S+ )?(?:fine|ok|okay|no problem)|for my (?:own )?(?:part|account)|"
    r"that(?:'s| is) (?:just )?(?:his|her|their|xpron) (?:choice|call|business|decision|affair|thing)|that'?s just (?:him|her|xpron)|"
    r"(?:we'?re|we are|i'?m|i am) (?:(?!not |never |hardly )\S+ ){0,2}(?:fine|ok|okay|happy|relaxed) (?:with|about|to use)(?! (?:your |the |a |real )?(?:staff|team|people|xperson|humans?|employees))|(?:i|we) (?:\S+ ){0,2}(?:don'?t|do not) mind|"
    r"(?:ca|cela) (?:ne )?(?:me|nous) (?:gene|derange)\w* pas|ne me derangent pas|(?:ca|cela|le \S+) (?:me|nous) va (?:tres )?bien|"
    r"c'est son (?:truc|probleme)|personnellement,? (?:\S+ ){0,3}(?:me va|ne me)|moi, en revanche|"
    r"(?:seine|ihre) sache|ich selbst habe (?:\S+ ){0,5}kein(?:e|en)? problem|mich (?:selbst |personlich )?stor?e?t (?:\S+ ){0,4}nicht|"
    r"mich stoer?t\w* nicht|mir (?:selbst |personlich )?ist (?:es|das) (?:\S+ )?(?:gleich|egal)|"
    r"(?:e )?la com (?:ele|ela|xpron)|(?:pela|da) minha parte|tanto faz|nao tenho (?:nenhum )?problema|"
    r"me parece bien|por mi parte|(?:a mi )?no me molesta|(?<!no )me conviene|(?<!ne )me convient(?! pas)|ist mir (?:\S+ )?(?:gleich|egal)|"
    r"fur mich (?:ist (?:das|es) )?(?:ok|okay|in ordnung|kein problem)|(?:ca|cela) m'est egal|pour moi,? (?:c'est|ca va|ca me va)|"
    r"para mi,? (?:esta bien|no hay problema|vale)|para mim,? (?:esta|tudo) bem|"
    r"for my own (?:account|messages|emails|part|orders)|pour mes propres|para mis propi[oa]s|fur meine eigenen|"
    r"para as minhas propria?s|para os meus proprios|"
    r"(?:i'?m|i am) (?:(?!not |never |hardly )\S+ ){0,1}(?:fine|ok|okay|happy|relaxed|easy) (?:with|about)(?! (?:your |the |a |real )?(?:staff|team|people|xperson|humans?|employees))|(?:i|i really|i honestly) (?:don'?t|do not) mind|"
    r"(?:i'?m|i am) not (?:\S+ )?(?:fussed|bothered)|(?:doesn'?t|does not) bother me|(?:i have|i'?ve got) no (?:problem|issue)|"
    r"that'?s (?:his|her|their|xpron) (?:choice|call|business|decision|affair|thing)|(?:applies|concerns) only (?:to )?(?:him|her|them|xpron)|"
    r"only (?:applies|concerns) (?:to )?(?:him|her|them|xpron)|not my (?:case|problem)|this is my account|i (?:actually )?like (?:it|the)|"
    r"i'?m not (?:requesting|asking for) any|(?:does not|doesn'?t) apply to me|"
    r"(?:a mi )?me da igual|(?:a mi )?no me importa|yo no tengo (?:\S+ )?(?:problema|esa preferencia|inconveniente)|"
    r"no tengo (?:ningun )?problema|(?:es|eso es) cosa (?:suya|de (?:el|ella|xpron))|lo respeto,? pero|a mi me (?:va|viene) bien|"
    r"pour ma part|de mon cote|(?:ca|cela) ne me gene pas|je n'ai rien contre|ce n'est pas mon cas|c'est (?:son|leur) (?:affaire|choix)|"
    r"peu m'importe|comme bon vous semble|"
    r"(?:mich )?stort(?:'?s| es| das)? mich nicht|mich stort(?:'?s| es| das)? nicht|(?:ich )?(?:selbst )?habe (?:damit|da) kein problem|"
    r"betrifft nur (?:ihn|sie|xpron)|fur mich gilt das nicht|mir ist (?:es|das) (?:\S+ )?(?:gleich|egal)|ich sehe das (?:\S+ )?(?:locker|anders|entspannt)|"
    r"das ist (?:sein|ihr)e? (?:sache|entscheidung|konto)|"
    r"(?:eu )?nao me importo|por mim,? (?:podem|pode|tudo bem|tanto faz|nao ha problema)|vale so para (?:ele|ela|xpron)|"
    r"(?:e|isso e) (?:problema|coisa|escolha|decisao) (?:dele|dela)|(?:eu )?nao ligo|eu nao tenho (?:essa preocupacao|problema)|ja eu uso)(?!\w)")
_APPLY_FOR_THEM = _lazy(
    r"(?<!\w)(?:please (?:note|record|mark|log|make sure|respect|apply|add|flag|set)|note (?:it|this|that) on|"
    r"(?:note|record|mark|put|flag|set|add|log)\w* (?:\S+ ){0,4}on (?:his|her|their|xpron) (?:file|account|record|profile)|"
    r"(?:not|indiqu|inscri|mentionn|ajout|enregistr)\w* (?:\S+ ){0,3}(?:a|dans|sur) (?:son|sa) (?:dossier|fiche|compte|contrat)|"
    r"(?:anot|registr|indiqu|marqu|pong|pon)\w* (?:\S+ ){0,3}en su (?:ficha|expediente|cuenta|contrato)|tomen nota|anoten|"
    r"prenez note|notez|(?:vermerk|eintrag|notier|hinterleg)\w* (?:\S+ ){0,4}(?:in|auf) (?:seiner|ihrer|seinem|ihrem) (?:akte|kundenakte|konto|vertrag)|"
    r"vermerken|(?:anot|regist|marqu|coloqu)\w* (?:\S+ ){0,3}(?:na|no) (?:ficha|processo|conta|cadastro) (?:dele|dela)|anotem|registem|registrem)(?!\w)")


def others_refusal(text: str) -> bool:
    """Round 38: whether the refusals ``text`` (masked, folded) holds are someone else's, the writer setting their own
    stance apart and asking nothing to be applied for them (see _SELF_APART)."""
    if _SELF_APART.search(text) is None or _APPLY_FOR_THEM.search(text) is not None or own_refusal(text):
        return False
    # someone else named before the writer sets their stance apart, within a paragraph (mail is often wrapped in
    # short lines, so the distance is counted in characters, not sentences)
    others = [m.start() for m in _OTHER_PARTY.finditer(text)]
    return any(0 < a.start() - o <= 500 for a in _SELF_APART.finditer(text) for o in others)


def own_refusal(text: str) -> bool:
    """Round 38: whether a refusal the frames read in ``text`` sits in a sentence that names no one else and does not
    set the writer's stance apart (the writer's own refusal beside someone else's)."""
    spans = features.sentence_spans(text) or [(0, len(text))]
    subjects = [m.span() for m in _SUBJECT_LINE.finditer(text)] if "re:" in text or ":" in text else []
    for m in _refusals(text):
        if any(a <= m.start() < b for a, b in subjects):
            continue  # a subject line quoted ("Re: Don't miss our AI-powered deals")
        a, b = spans[index_of(spans, m.start())]
        if _OTHER_PARTY.search(text, a, b) or len(_QUOTES.findall(text, a, m.start())) % 2 \
                or _IF.search(text, a, m.start()) or "'" in text[max(a, m.start() - 2):m.start()]:
            continue
        if any(not _SCOPE_ONLY.fullmatch(x.group()) for x in _SELF_APART.finditer(text, a, m.start())):
            continue  # "não tenho problema com o chat nem com a IA": accepted, not refused
        if _THIRD_VERB.search(m.group()):
            continue  # "não quer respostas de computador": the verb says someone else refuses
        heard = [t.end() for t in _THIRD_PRON.finditer(text, a, m.start())]
        if heard and not _FIRST.search(text[:m.start()], heard[-1]):
            continue  # "he keeps saying he doesn't want a robot"
        return True
    # a refusal the frames do not read whole: the writer's own things kept from the agent in a sentence that names no
    # one else ("please don't feed my e-mails … into any AI system", "I want my claim kept away from any AI")
    for a, b in spans:
        if any(x <= a < y for x, y in subjects):
            continue
        if _MINE_KEPT.search(text, a, b) and (_AGENT_RX.search(text, a, b) or _WIDE_RX.search(text, a, b)) \
                and not _OTHER_PARTY.search(text, a, b) and not _THIRD_PRON.search(text, a, b):
            return True
    return False


_MINE_KEPT = _lazy(
    r"(?<!\w)(?:(?:please )?(?:don'?t|do not|never) (?:\S+ ){0,2}(?:my|me|our|us)|(?:my|our) (?:\S+ ){0,6}(?:kept )?away from|"
    r"(?:no|ne|nao) (?:\S+ ){0,3}(?:mis|mes|meus|minhas|mon|ma|mi|meu|minha)|je refuse que (?:mes|mon|ma)|a l'ecart de|"
    r"lejos de|longe de|(?:meine|mein) (?:\S+ ){0,6}(?:nicht|fern))(?!\w)")
# the markers of _SELF_APART that only say whose things follow ("for my own account: please don't use AI")
_SCOPE_ONLY = _lazy(r"for my (?:own )?(?:part|account|messages|emails|orders)|pour ma part|de mon cote|pour mes propres|por mi parte|"
                    r"para mis propi[oa]s|fur meine eigenen|(?:pela|da) minha parte|para as minhas propria?s|para os meus proprios")
_THIRD_VERB = _lazy(r"(?<!\w)(?:doesn'?t|does not|wants|refuses|objects|quer|quiere|quiera|veut|veulent|acepta|aceita|consiente|"
                    r"consente|accepte|souhaite|deseja|desea)(?!\w)")
_THIRD_PRON = _lazy(r"(?<!\w)(?:xpron|he|she|they|il|elle|ils|elles|el|ella|ellos|ellas|er|sie|ele|ela|eles|elas)(?!\w)")
