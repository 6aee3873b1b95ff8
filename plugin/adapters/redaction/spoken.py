"""(round 19) Personal data said aloud and written down by speech-to-text, in en, es, fr, de, pt.

- An e-mail address read with words for its signs: "j smith at example dot com", "ana punto gil arroba example punto
  es", "paul point roy arobase example point fr", "o punkt lang at example punkt de", "rui ponto sa arroba example
  ponto pt". The last label must be a top-level domain (patterns._TLDS), so "punto mi dirección" ends no address.
- The answer on the next line of a call (a speaker label, a time, a colon, then the value) to a question that names
  what is asked: a card's security code or expiry, a date of birth, a postcode. The answer counts only as far as it is
  made of number words (with months and ordinals for a date, single letters for a postcode): "Customer: four one
  six", "Cliente: zero meia barra trinta", "CALLER: the ninth of February nineteen seventy four".
- A password or a login read out after its cue, in words: "the password is maple river seven seven", "la contraseña
  gato azul cuatro cuatro", "mein Benutzername ist anna berg zweiundvierzig". The value runs over words, number words
  and spoken signs ("underscore", "tiret", "punto") up to a connector, a comma or the end of the sentence, and must
  hold at least one number word or spoken sign: a password said as words alone is left to secrets.py.

- (round 20) A card's security code or expiry near its cue anywhere in a sentence, in words or digits ("the three
  digits on the back are four one seven", "crypto 518", "caduca en marzo del veintisiete"), and an address said in
  prose with number words, from a living/delivery cue or a street word with a spoken house number to the postcode and
  city ("j'habite au douze rue des Lilas, soixante-neuf zéro zéro deux Lyon"): see _cards_said, _addresses_said.

Each pattern waits for a cheap gate (a cue word in the text) so that tickets without spoken values cost little.
"""
from __future__ import annotations

import re

from plugin.core.model import Span

from .cues import alternation
from .patterns import _TLDS, NUMBER_WORD

_DOTW = r"(?:dot|punto|point|punkt|ponto)"
_ATW = r"(?:at|arroba|arobase)"
_SIGNW = (rf"(?:{_DOTW}|underscore|under score|guion bajo|guión bajo|tiret bas|tiret|unterstrich|bindestrich|"
          r"hyphen|dash|h[ií]fen|gui[oó]n|trait d'union)")
_TOK = r"[^\W\d_][^\W_]{0,30}|\d{1,6}"
_EMAIL = re.compile(rf"(?i)(?<![\w@.-])((?:(?![aàye][ \t])[^\W\d_][ \t]+)?(?:{_TOK})(?:[ \t]+{_SIGNW}[ \t]+(?:{_TOK})){{0,3}}"
                    rf"[ \t]+{_ATW}[ \t]+(?:{_TOK})(?:[ \t]+{_DOTW}[ \t]+(?:{_TOK})){{0,2}}?[ \t]+{_DOTW}[ \t]+"
                    rf"(?:{_TLDS})(?:[ \t]+{_DOTW}[ \t]+(?:{_TLDS}))?)(?![\w-])")
_EMAIL_GATE = re.compile(rf"(?i)[ \t]{_ATW}[ \t]")
_NOT_LOCAL = re.compile(r"(?i)^(?:me|us|him|her|them|email|mail|write|to|a|à|an|me escribe|escribe|schreibt|mir)$")

_MONTHS = alternation("months")
_ORDINALS = (r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
             r"(?:four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth|primero|premier|erste[nr]?|primeiro|"
             r"[a-zäöüß]+(?:ten|ter|tes)|[a-zé]+ième")
_BIG = (r"mil|mille|thousand|tausend|[a-zäöüß]*(?:hundert|tausend)[a-zäöüß]*|cents?|cento|ciento|hundred|"
        r"(?:dos|tres|cuatro|seis|ocho)cientos|quinientos|setecientos|novecientos|"
        r"(?:duz|trez|quatroc|seisc|setec|oitoc|novec)entos|quinhentos|[a-zäöüß]+(?:zig|ßig)")
_NUM = rf"(?:{NUMBER_WORD}|{_BIG})"
_JOIN = r"(?:y|e|et|und|and|barra|slash|sur|del|de|of|the|du|euh|uh|um|äh|ähm|le|el|am|on|no dia|o)"
_PUNCT_JOIN = r"[ \t]*[,/-]?[ \t]+"

# the answer's line: an optional time, a speaker label with its colon, an opening quote
_ANSWER_HEAD = (r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t–-]+)?"
                r"[^\W\d_][\w .'’()-]{0,30}?[ \t]*:[ \t]*[\"“„«»‚']?[ \t]*")
_HEAD = re.compile(_ANSWER_HEAD)
_LINE_CUES = {
    "CARD_SECURITY": alternation("cvc") + "|" + alternation("expiry"),
    "DATE_OF_BIRTH": alternation("dob"),
    "POSTCODE": r"post ?code|postal code|zip(?: code)?|eircode|c[oó]digo postal|code postal|npa|postleitzahl|plz|cep",
    "ADDRESS": alternation("address") + r"|livraison|lieferung|entrega|delivery",
}
# (speed) one pass over the text for all four kinds; at one place the kinds are tried in this order
_ANY_CUE = re.compile("(?i)(?<![\\w])(?:" + "|".join(
    f"(?P<{kind}>{_LINE_CUES[kind]})" for kind in ("POSTCODE", "DATE_OF_BIRTH", "CARD_SECURITY", "ADDRESS")) + ")(?![\\w])")
_DATE_TOKEN = re.compile(rf"(?i)(?:{_NUM}|{_ORDINALS}|{_MONTHS})(?![\w-])")
_NUM_TOKEN = re.compile(rf"(?i)(?:{_NUM})(?![\w-])")
_JOIN_TOKEN = re.compile(rf"(?i)(?:{_JOIN})(?![\w-])")
_LETTER_TOKEN = re.compile(r"(?-i:[A-Z])(?![\w-])")
_MONTH_TOKEN = re.compile(rf"(?i)(?:{_MONTHS})(?![\w-])")

_SECRET_CUES = (rf"(?:{alternation('secret')}|{alternation('username')}|compte en ligne|conta online|cuenta en línea|"
                r"online-?konto|login)")
_CREDENTIAL = re.compile(rf"(?i)(?<![\w])({_SECRET_CUES})(?![\w])(?:[^\n.,;!?:\"“”«»]{{0,30}}?"
                         r"(?:[ \t]+(?:is|es|est|c'est|ist|lautet|é|era|war|was))(?![\w'])|[ \t]*:)?[ \t]+(?=[^\W\d_])")
_STOP = frozenset("""de del da do du des di of von vom dos das digits digit cifras dígitos digitos chiffres ziffern
números numeros numbers characters caracteres caractères zeichen letters letras lettres buchstaben
and y et und e if si falls caso por pour for para für in en em im à a the el la le les der die das
o os as um uma un une ein eine to zu para which que qui was wenn when quand cuando quando but pero mais aber mas
so also entonces alors dann então then oh uy zut opa ah ahh euh uh um äh ähm jetzt now ya ja yes sí oui sim no nein
non não not nicht pas please por favor bitte merci thanks gracias obrigado obrigada danke comma coma virgule komma
vírgula full stop final period
fois vezes veces vez times twice once mal zweimal dreimal mehrmals again encore otra outra nochmal plusieurs
várias varias several""".split())  # (round 33) "réinitialisé mon mot de passe deux fois": how often, not the secret
_SPOKEN_SIGN = re.compile(rf"(?i)^(?:{_SIGNW}|exclamation|mark|at|hash|dièse|arroba|ponto|punt|punkt|punto|point|"
                          r"barra|slash|signo|sinal|zeichen|ausrufezeichen|exclamação|exclamación)$")
_WORD = re.compile(r"[^\W_][\w'’-]*")


def _run(text: str, pos: int, token_res: tuple[re.Pattern[str], ...], *, letters: bool = False,
         commas: bool = False) -> tuple[int, int]:
    """From `pos`, the end of the longest run of tokens matched by `token_res` (joined by spaces, commas when
    allowed) and the number of number words in it; connectors may join but never end the run."""
    end, count, i = pos, 0, pos
    while True:
        m = None
        for token in token_res:
            m = token.match(text, i)
            if m:
                break
        joiner = None
        if m is None:
            joiner = _JOIN_TOKEN.match(text, i)
            if joiner is None and letters:
                m = _LETTER_TOKEN.match(text, i)
        if m is None and joiner is None:
            return end, count
        if m is not None:
            end = m.end()
            if _NUM_TOKEN.fullmatch(m.group(0)):
                count += 1
            nxt = m.end()
        else:
            nxt = joiner.end()  # type: ignore[union-attr]
        sep = _SEP.match(text, nxt)
        if sep is None:
            return end, count
        if "," in sep.group(0) and not commas:
            return end, count
        i = sep.end()


_ASKED_TAIL = re.compile(r"[^\d\n:]{0,25}")
_ADDRESS_END = re.compile(r"[.!?;»“”\"]|,[ \t]+(?:and|et|y|und|e|that's|that is|c'est|es|ist|é|is|but|mais|pero|aber|mas)\b|[ \t]+(?:and|et|und)[ \t]+(?:my|mon|ma|mein|meine)\b")


def _answers(text: str) -> list[Span]:
    out: list[Span] = []
    lines = text.split("\n")
    offset = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    for n in range(len(lines) - 1):
        # (speed) the answer's line first (anchored, cheap), then the cues on the one line before it
        head = _HEAD.match(lines[n + 1])
        if head is None:
            continue
        asked = lines[n]
        cues = list(_ANY_CUE.finditer(asked))
        if not cues:
            continue
        cue = cues[-1]
        kind = cue.lastgroup or ""
        if kind == "ADDRESS" and not _ASKED_TAIL.fullmatch(asked, cue.end()):
            continue  # an address asked for ends its line ("… the delivery address?"); "Adresse : 12 rue …" is a field
        pos = starts[n + 1] + head.end()
        if kind == "DATE_OF_BIRTH":
            end, count = _run(text, pos, (_DATE_TOKEN,), commas=True)
            value = text[pos:end]
            said = len([w for w in value.split() if not _JOIN_TOKEN.fullmatch(w)])
            if count >= 2 or count >= 1 and (_MONTH_TOKEN.search(value) or said >= 3):
                out.append(Span("DATE_OF_BIRTH", pos, end, 0.8))
        elif kind == "CARD_SECURITY":
            end, count = _run(text, pos, (_NUM_TOKEN,))
            if count >= 2 or count == 1 and len(text[pos:end]) > 6:
                out.append(Span("CARD_SECURITY", pos, end, 0.8))
        elif kind == "ADDRESS":
            # the whole answer, to the end of its sentence or clause: "calle Mayor doce, veintiocho cero trece Madrid"
            stop = _ADDRESS_END.search(lines[n + 1], head.end())
            end = starts[n + 1] + (stop.start() if stop else len(lines[n + 1]))
            value = text[pos:end]
            # said aloud: number words and no digits (a typed address is the other rules' work)
            if _NUM_TOKEN.search(value) and not re.search(r"\d", value) \
                    and re.search(r"(?-i:[A-ZÀ-Þ])[^\W\d_]{2,}", value) and 8 <= len(value) <= 200:
                out.append(Span("STREET_ADDRESS", pos, end, 0.7))
        else:
            end, count = _run(text, pos, (_NUM_TOKEN,), letters=True, commas=True)
            if count >= 1 and end - pos >= 5:
                out.append(Span("STREET_ADDRESS", pos, end, 0.75))
    return out


# a postcode said aloud right after its cue, in the same sentence: "Eircode D zero four, X seven K two"
_POSTCODE_SAID = re.compile(rf"(?i)(?<![\w])(?:{_LINE_CUES['POSTCODE']})(?![\w])[ \t]*(?:is|es|est|c'est|ist|é|:)?[ \t]+"
                            rf"(?=(?-i:[A-Z])[ \t]|{_NUM}[ \t,])")


def _postcodes_said(text: str) -> list[Span]:
    out = []
    for m in _POSTCODE_SAID.finditer(text):
        end, count = _run(text, m.end(), (_NUM_TOKEN,), letters=True, commas=True)
        if count >= 2:
            out.append(Span("STREET_ADDRESS", m.end(), end, 0.75))
    return out


def _credentials(text: str) -> list[Span]:
    out = []
    for m in _CREDENTIAL.finditer(text):
        cue = m.group(1).lower()
        kind = "USERNAME" if re.fullmatch(rf"(?i)(?:{alternation('username')}|compte en ligne|conta online|"
                                          r"cuenta en línea|online-?konto|login)", cue) else "SECRET"
        line_start = text.rfind("\n", 0, m.start()) + 1
        if re.fullmatch(r"[ \t]*(?:\[[^\]\n]{0,24}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t–-]*)?", text[line_start:m.start()]):
            continue  # "usuario: hola …": a chat's speaker label, not a login
        pos, end, words, nums, signs, prev_num = m.end(), m.end(), 0, 0, 0, False
        i = pos
        while words < 8:
            w = _WORD.match(text, i)
            if w is None:
                break
            token = w.group(0)
            low = token.lower()
            # a stop word that is also a number word ("un", "um", "oh") or joins one ("cincuenta y uno") goes on only
            # between number words
            number = prev_num and bool(_NUM_TOKEN.fullmatch(token)) or (prev_num or low == "oh") and bool(
                _NUM_TOKEN.match(text, w.end() + 1))
            if low in _STOP and not (number and words > 0):
                break
            prev_num = bool(_NUM_TOKEN.fullmatch(token)) or number
            if _NUM_TOKEN.fullmatch(token):
                nums += 1
            elif _SPOKEN_SIGN.match(token):
                signs += 1
            words += 1
            end = w.end()
            sep = re.match(r"[ \t]+", text[end:])
            if sep is None:
                break
            i = end + sep.end()
        if words >= 2 and (nums or signs) and words > nums:
            out.append(Span(kind, pos, end, 0.75))
    return out


_SEP = re.compile(r"[ \t]*,[ \t]*|[ \t]*/[ \t]*|[ \t]+")
_ANSWER_GATE = re.compile(r"\n[^\n:]{1,40}:")


def find_spoken(text: str) -> list[Span]:
    out: list[Span] = []
    if _EMAIL_GATE.search(text):
        for m in _EMAIL.finditer(text):
            local = m.group(1).split()[0]
            if not _NOT_LOCAL.match(local):
                out.append(Span("EMAIL_ADDRESS", m.start(1), m.end(1), 0.8))
    if _ANSWER_GATE.search(text):
        out += _answers(text)
    out += _postcodes_said(text)
    out += _credentials(text)
    out += _cards_said(text)
    out += _addresses_said(text)
    return out


# (round 20) A card's security code or expiry said near its cue anywhere in a sentence, not only as an answer line:
# "the three digits on the back are four one seven", "code de sécurité sept deux neuf", "Prüfziffer drei acht eins",
# "o CVV é cinco cinco dois", "caduca en marzo del veintisiete", "expires oh nine twenty-eight". Between the cue and
# the value only a few filler words (a verb "is", an article, "on the card"); the value is number words (and months
# for an expiry): two number words at least, or one with a month.
_CARD_CUE = re.compile(rf"(?i)(?<![\w'])(?:(?P<cvc>{alternation('cvc')}|code de s[ée]curit[ée]|c[oó]digo de seguran[çc]a|"
                       rf"sicherheitscode|kartenpr[üu]fziffer|crypto|pr[üu]fnr\\.?|the back|security number|n[úu]mero de seguridad|"
                       rf"num[ée]ro de s[ée]curit[ée])|(?P<exp>{alternation('expiry')}|val))(?![\w'])")
_CARD_GATE = re.compile(r"(?i)cv|cvc|csc|digit|d[íi]git|chiffr|ziffer|secur|s[ée]cur|segur|pr[üu]f|c[oó]dig|code|crypto|the back|exp|val|v[áa]lid|"
                        r"caduc|venc|ablauf|verf[äa]ll|l[äa]uft|g[üu]ltig|good thru|cad|val\.|mm ?/")
_CARD_FILLER = re.compile(r"(?i)[ \t]*(?:[:,-][ \t]*)?(?:(?:is|are|es|son|est|sont|c'est|ce sont|ist|sind|lautet|lauten|é|são|"
                          r"será|sera|was|were|era|eram|the|la|el|le|les|o|os|a|as|der|die|das|on|of|de|del|du|da|do|"
                          r"in|en|em|im|am|au|at|to|it|it's|card|carte|tarjeta|cartão|karte|back|dos|atrás|verso|"
                          r"rückseite|auf|zu|my|mi|mon|ma|meu|minha|meine|mein|then|entonces|alors|dann|então|just|"
                          r"solo|juste|nur|só|like|um|uh|euh|äh|eh|pues|bueno|so|well|end|fin|finales|ende|fim|finais)(?![\w'])[ \t]*,?[ \t]*){0,5}")
# the value in digits: three or four digits for a code, a month and a year for an expiry, then the end of the clause
_CLAUSE_END = (r"(?=[ \t]*(?:$|[\n.,;!?\"”»)]|(?:and|et|y|und|e|mais|but|pero|aber|mas|bitte|please|por favor|stp|svp|"
               r"merci|thanks|danke|gracias|obrigad[oa]|ok|okay|vale|d'accord)(?![\w'])))")
_CVC_DIGITS = re.compile(rf"(\d{{3,4}}){_CLAUSE_END}")
_EXPIRY_DIGITS = re.compile(rf"((?:0?[1-9]|1[0-2])[ \t]?[/.-][ \t]?(?:20)?\d{{2}}){_CLAUSE_END}")
_NOT_LONE_NUM = frozenset("a un une uno una um uma ein eine one o".split())


def _cards_said(text: str) -> list[Span]:
    out: list[Span] = []
    if not _CARD_GATE.search(text):
        return out
    for m in _CARD_CUE.finditer(text):
        pos = _CARD_FILLER.match(text, m.end()).end()  # type: ignore[union-attr]
        while pos > m.end() and text[pos - 1] in " \t,":
            pos -= 1
        sep = re.match(r"[ \t]*[:,]?[ \t]*", text[pos:])
        pos += sep.end() if sep else 0
        digits = (_EXPIRY_DIGITS if m.group("exp") else _CVC_DIGITS).match(text, pos)
        if digits:
            out.append(Span("CARD_SECURITY", pos, digits.end(1), 0.75))
            continue
        if m.group(0).lower() in ("the back", "crypto", "val"):
            continue  # short cues: digits only ("the back is 593", "crypto 518", "val 05/30")
        tokens = (_NUM_TOKEN, _MONTH_TOKEN) if m.group("exp") else (_NUM_TOKEN,)
        end, count = _run(text, pos, tokens)
        value = text[pos:end]
        if not value or re.search(r"\d", value):
            continue
        said = [w.lower() for w in value.split() if _NUM_TOKEN.fullmatch(w)]
        if all(w in _NOT_LONE_NUM for w in said):
            continue
        month = m.group("exp") and _MONTH_TOKEN.search(value)
        if month and _NUM_TOKEN.match(value):
            continue  # "vence em dez de dezembro": a day and a month, a bill's due date, not a card's expiry
        if count >= 2 or count >= 1 and month:
            # (round 38) a filler word that was the value's own first word: the number "dos" ("el código dos noventa y
            # uno"), the "end" of an expiry's month ("expire fin mars vingt-huit")
            own = _OWN_FIRST.search(text, m.end(), pos)
            out.append(Span("CARD_SECURITY", own.start(1) if own else pos, end, 0.75))
    return out


_OWN_FIRST = re.compile(r"(?i)(?<![\w'])(dos|fin|fim|ende)[ \t]+$")


# (round 20) An address said in prose with number words, from a living or delivery cue or a street-type word with a
# spoken house number to the postcode and city: "I live at twenty-two Baker Street, flat three, London, S W one A one A
# A", "vivo en la calle Mayor número catorce, tercero B, veintiocho cero trece Madrid", "j'habite au douze rue des
# Lilas, soixante-neuf zéro zéro deux Lyon", "wohne in der Hauptstraße siebzehn, zehn eins eins fünf Berlin", "moro na
# rua das Flores, número trinta, mil e cem Lisboa". The address runs over number words, capitalised words, single
# capital letters, street and flat words and small connectors (comma-separated); it must hold a street word, a number
# word other than "a"/"un"/"one", and a capitalised name.
_STREET = (r"street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|close|court|crescent|terrace|boulevard|blvd|square|"
           r"calle|c/|avenida|avda|plaza|paseo|camino|carrera|ronda|travesía|rue|bd|chemin|impasse|allée|quai|route|"
           r"cours|straße|strasse|str|weg|gasse|platz|allee|ring|damm|chaussee|rua|travessa|praça|largo|estrada|"
           r"alameda|rodovia|place|parade|grove|gardens|mews|highway|parkway|carrer|carretera|calçada|passeig")
_STREET_TOKEN = re.compile(rf"(?i)(?:{_STREET}|[^\W\d_]+(?:straße|strasse|weg|gasse|platz|allee|ring|damm))(?![\w-])")
_STREET_GATE = re.compile(rf"(?i)(?<![\w])(?:{_STREET})(?![\w])|(?:straße|strasse|weg|gasse|platz|allee|ring|damm)\b")
_UNIT = re.compile(r"(?i)(?:flat|apartment|apt|unit|floor|piso|puerta|planta|escalera|número|numero|nº|n°|no\.|"
                   r"étage|appartement|bâtiment|wohnung|stock|andar|apartamento|lado|esquerdo|direito|izquierda|derecha|"
                   r"bis|ter|interior|int|number|numéro|nummer|hausnummer|colonia|col\\.|bairro|barrio|setor|sector|quartier|ortsteil|"
                   r"(?:primer|tercer|primeir|terceir|segund|cuart|quart|quint|sext|s[ée]ptim|s[ée]tim|octav|oitav|"
                   r"noven|non|d[ée]cim)[oa]|[a-zé]+ième|premier|first|second|third|[a-z]+th)(?![\w-])")
_LINK = re.compile(r"(?i)(?:de|del|de la|la|las|los|el|das|da|do|dos|des|du|de l'|d'|le|les|der|the|of|e|y|et|und|and|"
                   r"am|an|an der|im|in der)(?![\w-])")
_CAPITAL = re.compile(r"(?-i:[A-ZÀ-ÞÄÖÜ])[\w'’-]*(?![\w-])")
_LIVE_CUE = re.compile(rf"(?i)(?<![\w'])(?:{alternation('address')}|i live (?:at|on)|we live (?:at|on)|living at|"
                       r"deliver(?:ed)? (?:it |them )?to|ship(?:ped)? (?:it |them )?to|send (?:it|them) to|vivo na|vivo no|"
                       r"vivo em|moramos na|moramos no|vivimos en|nous habitons au|on habite au|habite au|ich wohne in|"
                       r"wir wohnen in)(?![\w'])(?:[ \t]+(?:is|es|est|c'est|ist|lautet|é|at|à|au|en|na|no|em|in|der|"
                       r"dem|die|la|el|the)(?![\w']))*[ \t]*:?[ \t]*")


_ADDRESS_TOKENS = (("street", _STREET_TOKEN), ("num", _NUM_TOKEN), ("unit", _UNIT), ("cap", _CAPITAL), ("link", _LINK))


def _address_token(text: str, i: int) -> tuple[str, re.Match[str] | None]:
    for kind, token_re in _ADDRESS_TOKENS:
        token = token_re.match(text, i)
        if token:
            return kind, token
    return "", None


def _walk_address(text: str, pos: int) -> tuple[int, bool, bool, bool]:
    """From `pos`, the end of the run of address tokens, and whether it holds a street word, a spoken number and a
    capitalised word."""
    end, i, street, number, capital, last_link = pos, pos, False, False, False, False
    while True:
        kind, token = _address_token(text, i)
        if token is None or token.group(0) == "I":  # "… Baker Street and I waited": the pronoun ends it
            return end, street, number, capital
        word = token.group(0)
        if kind == "link":
            last_link = True
        else:
            last_link = False
            end = token.end()
            street = street or kind == "street"
            number = number or kind == "num" and word.lower() not in _NOT_LONE_NUM
            capital = capital or kind == "cap" and len(word) > 1
        sep = re.match(r"[ \t]*,[ \t]*|[ \t]+", text[token.end():])
        if sep is None or len(text) > token.end() and (last_link and "," in sep.group(0)):
            return end, street, number, capital
        i = token.end() + sep.end()


_BACK_WORD = re.compile(r"[\w'-]+[ \t]+$")


def _number_before(text: str, at: int) -> int | None:
    """(speed) Word by word back from a street word: up to three capitalised words, then the spoken number before
    them ("twenty-two Baker Street", "douze rue des Lilas" takes "douze"); its start, or None."""
    pos, caps, start = at, 0, None
    while pos > 0:
        w = _BACK_WORD.search(text, max(0, pos - 40), pos)
        if w is None:
            break
        word = w.group(0).rstrip()
        if _NUM_TOKEN.fullmatch(word):
            start = w.start()
        elif start is None and caps < 3 and word[:1].isupper():
            caps += 1
        else:
            break
        pos = w.start()
    return start


def _addresses_said(text: str) -> list[Span]:
    out: list[Span] = []
    if not _STREET_GATE.search(text):
        return out
    starts = [m.end() for m in _LIVE_CUE.finditer(text)]
    # a street word with a spoken number before it ("twenty-two Baker Street", "douze rue des Lilas") or after it
    for m in _STREET_GATE.finditer(text):
        cand = _number_before(text, m.start())
        if cand is not None:
            starts.append(cand)
        else:
            start = m.start()
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'"):
                start -= 1
            starts.append(start)
    for pos in starts:
        end, street, number, capital = _walk_address(text, pos)
        if street and number and capital and 8 <= end - pos <= 200:
            out.append(Span("STREET_ADDRESS", pos, end, 0.7))
    return out
