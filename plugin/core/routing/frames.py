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
    r"(qu'|que )(\S+ ){0,5}(m'appelle(nt)?|me rappelle(nt)?)|merci de (me )?rappeler|"
    r"zuru?e?ckrufen|ruf(t|en)? (xpron )?mich (\S+ ){0,3}zuru?e?ck|sich (\S+ ){0,2}telefonisch (\S+ ){0,3}meld\w*|"
    r"me (telefonar|telefonarem|ligarem|ligasse)"
)
# A person asked for by name or by kind: "talk to Lorna again", "hablar otra vez con Montse", "mis en relation avec Mme
# Pichon", "wieder mit Frau Ott sprechen", "falar de novo com o Caio", "put me through to", "verbindet mich mit",
# "que me pongan con el encargado", "me coloquem com", "I need a human", "preciso de um funcionário humano".
_PERSON_ASK = (
    r"(speak|talk) (to|with) (\S+ ){1,3}again|(hablar|tratar) (otra vez|de nuevo) con|(etre )?mis(e)? en relation avec|"
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
    """Whether ``text`` (masked, folded) names anything that could be the automated agent (see _MACHINE_TALK)."""
    return _MACHINE_TALK.search(text) is not None


def may_refuse(text: str) -> bool:
    """Whether ``text`` holds anything the refusal frame reads (a cheap check on the message before the router
    computes the text the frame reads: that text only blanks passages of this one)."""
    return bool(_refusals(text) or _THEN_NO_AT.search(text) or _CONSENT_OFF.search(text) or _TAKE_BACK.search(text)
                or _compiled_it_off().search(text))


def may_hand_off(text: str) -> bool:
    """Whether ``text`` holds anything the handoff frame reads (see may_refuse)."""
    return _compiled()[1].search(text) is not None


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
        if third and not _FIRST.search(before, third[-1]):
            continue
        if len(_QUOTES.findall(text, a, m.start())) % 2:
            continue  # inside a quotation in its sentence
        return True
    return False


def handoff(text: str, known: Known | None = None) -> bool:
    """Whether a sentence of ``text`` (masked, folded: scope.handoff_text) asks for a call or asks whether anyone
    reads the messages (see above)."""
    found = list(_compiled()[1].finditer(text))
    if not found:
        return False
    spans, fams = _sentence_families(text, known)
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


def agent_in_play(text: str) -> bool:
    """Round 32: whether a short ``text`` (masked, folded) names anything that could be the automated agent handling
    the writer's messages, once the writer's failing products are set aside (see _AGENT_WIDE, _PRODUCT)."""
    if _PRODUCT.search(text):
        text = _PRODUCT._get().sub(lambda m: m.group()[:m.start("thing") - m.start()] + "xproduct", text)
    return machine_in_play(text) or _WIDE_RX.search(text) is not None or _ACT_ON_MINE.search(text) is not None


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
    r"retiro (?:o|esse|este|meu) pedido|(?:pode|podem) tirar esse pedido|esquecam)(?!\w)")
_ASKED_BEFORE = _lazy(
    r"(?<!\w)(?:asked|told|said|requested|wrote|pedi|solicite|dije|dijimos|escribi|pedimos|avais|avait|ai demande|ai ecrit|"
    r"hatte|hatten|bat|schrieb|gebeten|widersprochen|exigi|tinha pedido|disse|escrevi)(?!\w)")


def withdrawn_refusal(text: str) -> bool:
    """Whether ``text`` (masked, folded) withdraws a refusal it reports from the past (see _WITHDRAW_AFTER)."""
    if _CONSENT_OFF.search(text):
        return False
    spans = features.sentence_spans(text)
    for w in _WITHDRAW_AFTER.finditer(text):
        i = index_of(spans, w.start()) if spans else 0
        a = spans[max(i - 2, 0)][0] if spans else 0
        if _ASKED_BEFORE.search(text, a, w.start()) and not _TICKED.search(text, a, w.start()):
            return True
    return False
