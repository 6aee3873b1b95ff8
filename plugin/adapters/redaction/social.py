"""(round 21) Usernames where social and community platforms write them, read from the POSITION, not the sentence.

A platform prints an account's handle in a few fixed places, the same in every language:
- a thread's header: "Reply from x:", "Posted by x", "x wrote:", "Réponse de x :", "Publicado por x ·",
  "Antwort von x:", "Postado por x", "Zitat von x:" (_HEADER, _WROTE);
- a marketplace or app message's sender with its role: "Buyer (x):", "Vendedora (x):", "Käufer (x):" (_ROLE_HANDLE);
- a handle next to its platform: "my insta is x", "IG: x", "x on Discord", "(x en el foro)" (_PLATFORM_*);
- a comment or chat export: the handle opens the line, then its message ("x: done!!", "x same here") — only when the
  text confirms it is a thread (the handle opens two lines or is @mentioned elsewhere, or two different handles
  open lines) and the token is no machine key ("order_id: 7", "shipping_zip: 60614"): _line_senders;
- and then every other mention of a handle found once, with or without its "@" (handle_echoes, run by finish.py):
  a leak check reads the whole text, and a handle that is hidden once and visible three lines later is not hidden.

The phrasings of each position were written per language for this round (not taken from any evaluation set); the
shape test of a login is secrets._login_like (a dot or an underscore between letters, or letters then digits).
"""
from __future__ import annotations

import functools
import re

from plugin.core.model import Span

from .cues import alternation, factored
from .name_lists import ORG_WORDS, STOP, fold, function_words, is_first, ordinary_anywhere, ordinary_words, unambiguous
from .secrets import _login_like

# a handle: letters, digits, "_" and inner dots; "@" before it is not part of it
_TOKEN = r"[^\W_][\w.]{0,38}[\w]|[^\W_]"
_BEFORE = r"(?<![\w.@/#-])"
_AFTER = r"(?![\w@]|\.\w|-\w)"


def _account(text: str, start: int, end: int, score: float) -> Span:
    """A handle written with its "@" keeps find_social's type (one placeholder family per kind); else a username."""
    return Span("SOCIAL_HANDLE" if text[start - 1:start] == "@" else "USERNAME", start, end, score)


def login_shaped(token: str) -> bool:
    """A login by its shape: secrets._login_like, or a word with a trailing underscore ("sepp.hinterseer_", "anna_")."""
    if re.search(r"(?i)\.(?:java|kt|rb|go|cs|cpp|c|h|ts|tsx|jsx|php|swift|scala|rs|sql|md|lock|gz|tar|dll|so|class)$", token):
        return False  # a source file in a stack trace ("Auth.java")
    if len(re.findall(r"[^\W\d_]", token)) < 3:
        return False  # "n.º"
    if re.search(r"\.[A-Z]", token) and not _dotted_person(token):
        return False  # a dotted code name ("java.io.IOException", "System.Net")
    return _login_like(token) or bool(re.fullmatch(r"[^\W\d_]{2,}[\w.]*_", token))


def _dotted_person(token: str) -> bool:
    """(round 23) "Ela.Kaya", "Hansi.Steiner.77": a capitalised dotted login that opens with a listed first name and
    holds no code word's shape (every part a capitalised word or a number)."""
    parts = token.split(".")
    return len(parts) >= 2 and is_first(fold(parts[0])) and fold(parts[0]) not in function_words() and \
        all(re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]+|\d{1,4}", p) for p in parts)


# --- thread headers, five languages (value: a handle, or one plain word right before a colon, a dot or the line end)
# strong cues: a reply's or a post's author (a plain word right before a colon, a dot or the line end is a handle too)
_N = r"(?: #?\d+)?"  # "Reply #4 from x"
_HEADER_STRONG = "|".join([
    rf"reply{_N} (?:from|by)", rf"answer{_N} (?:from|by)", rf"quote{_N} (?:from|by)",
    r"posted by", r"written by", r"submitted by", r"replied by", r"answered by", r"reposted by", r"original post by",
    rf"respuesta{_N} de", rf"cita{_N} de", r"publicado por", r"escrito por", r"respondido por", r"citado por",
    rf"réponse{_N} de", rf"reponse{_N} de", rf"citation{_N} de", r"post[ée] par", r"publi[ée] par", r"écrit par",
    r"ecrit par", r"r[ée]pondu par", r"cit[ée] par",
    rf"antwort{_N} von", rf"zitat{_N} von", r"gepostet von", r"geschrieben von", r"verfasst von", r"beantwortet von",
    r"zitiert von",
    rf"resposta{_N} de", rf"cita[cç][aã]o{_N} de", r"postado por"])
# weak cues (a message, a comment, a share): only a token shaped like a login ("Mensaje de error:" is no account)
_HEADER_WEAK = "|".join([
    rf"comment{_N} (?:from|by)", rf"message{_N} (?:from|by)", rf"post{_N} (?:from|by)", rf"review{_N} (?:from|by)",
    r"shared by", r"quoted by", r"sent by",
    rf"comentario{_N} de", rf"mensaje{_N} de", rf"publicaci[oó]n{_N} de", rf"reseña{_N} de", rf"opini[oó]n{_N} de",
    r"compartido por", r"enviado por",
    rf"commentaire{_N} de", rf"message{_N} de", rf"publication{_N} de", rf"avis{_N} de", r"partag[ée] par", r"envoy[ée] par",
    rf"kommentar{_N} von", rf"nachricht{_N} von", rf"beitrag{_N} von", rf"bewertung{_N} von", r"geteilt von",
    r"gesendet von",
    rf"coment[aá]rio{_N} de", rf"mensagem{_N} de", rf"publica[cç][aã]o{_N} de", rf"avalia[cç][aã]o{_N} de",
    r"partilhado por", r"compartilhado por",
    # (round 25) a marketplace's questions and answers: "Question de x (15/11)", "Frage von x (14.11.)", "Pergunta de
    # x · 19/11", "asked by x, 20 Nov", "preguntado por x el 9 nov"
    rf"question{_N} (?:from|by|de)", r"asked by", r"question pos[ée]e par", r"pos[ée]e par", rf"pregunta{_N} de",
    r"preguntad[oa] por", rf"frage{_N} von", r"gefragt von", rf"pergunta{_N} de", r"perguntad[oa] por"])
_HEADER = re.compile(rf"(?i)\b(?:(?P<strong>{factored(_HEADER_STRONG)})|{factored(_HEADER_WEAK)})[ \t]+@?(?-i:({_TOKEN})){_AFTER}"
                     r"(?P<end>[ \t]*(?:[:·•|(\-–—]|\n|$)|[ \t]+(?:on|el|le|am|em|no|at|à|a las|às|um|il y a|hace|há|vor)\b)?")
# "x wrote:", "x a écrit :", "x escribió:", "x escreveu:", "x schrieb:", "x said:" — at a line's start, after a quote
# mark or a date and a comma ("On 3 Dec, x wrote:")
_WROTE = re.compile(r"(?im)(?:^|[>,][ \t]*|\][ \t]*)@?((?-i:" + _TOKEN + r"))[ \t]+(?:wrote|said|posted|replied|commented|"
                    r"a [ée]crit|a dit|a r[ée]pondu|a comment[ée]|escribi[oó]|dijo|respondi[oó]|coment[oó]|escreveu|disse|"
                    r"respondeu|comentou|schrieb|hat geschrieben|sagte|antwortete|kommentierte)[ \t]*:")
# A platform's notification that opens with the account: "x liked your photo", "x a commenté votre publication",
# "x te mencionó", "x hat dich erwähnt", "x curtiu sua foto" (a login-shaped token opening its line)
_NOTIFIED = re.compile(r"(?im)^[ \t]*(?:[>↳»•*-][ \t]*)*@?((?-i:" + _TOKEN + r"))[ \t]+(?:" + factored(
    r"liked|commented on|commented|replied to|replied|mentioned you|tagged you|started following|followed you|"
    r"shared your|reposted|reacted|sent you|"
    r"a aimé|a commenté|a répondu|vous a mentionnée?|vous a identifiée?|s'est abonnée?|a partagé|a réagi|"
    r"le gusta|comentó|respondió|te mencionó|te etiquetó|empezó a seguirte|compartió|reaccionó|"
    r"gefällt|hat kommentiert|hat geantwortet|hat dich erwähnt|hat dich markiert|folgt dir|hat geteilt|hat reagiert|"
    r"curtiu|comentou|respondeu|mencionou você|mencionou-te|marcou você|começou a seguir|compartilhou|partilhou|reagiu") + r")(?![\w])")
_NOT_HANDLE = frozenset(
    "support soporte suporte assistance kundenservice service team equipo équipe equipe mod moderator moderador "
    "modérateur moderatorin admin administrator administrador administrateur staff customer cliente client kunde "
    "kundin agent agente agentin bot system sistema système you yo tu vous du eu moi me ich user usuario anonymous "
    "anonyme anonym anónimo anônimo guest invitado invité gast convidado security seguridad segurança sécurité "
    "securite seguranca sicherheit central centrale zentrale soutien".split())

# --- a sender with its role in brackets: "Buyer (x):", "Vendedora (x):", "Acheteuse (x) :", "Käufer (x):" ---
_ROLE_HANDLE = re.compile(rf"(?im)^[ \t>↳»•*-]*(?:[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){{0,2}})[ \t]*\(@?({_TOKEN})\)[ \t]*:")
_ROLE_WORDS = re.compile(rf"(?i)(?:{alternation('user_noun')}|host|anfitri[oó]n|anfitri[aã]o|h[ôo]te|gastgeber(?:in)?|"
                         r"driver|conductor|chauffeur|fahrer(?:in)?|motorista|renter|locataire|mieter(?:in)?|inquilino)")

# --- a handle next to its platform ---
_PLATFORMS = (r"instagram|insta|ig|tiktok|tik tok|twitter|x\.com|discord|twitch|steam|psn|xbox(?: live)?|reddit|youtube|yt|"
              r"telegram|snapchat|snap|threads|bluesky|mastodon|facebook|fb|linkedin|pinterest|github|gitlab|spotify|"
              r"roblox|fortnite|epic(?: games)?|battle\.net|playstation|nintendo|vinted|ebay|etsy|wallapop|leboncoin|"
              r"kleinanzeigen|olx|mercado ?libre|mercado ?livre|strava|duolingo|whatsapp|signal")
_PLACES = (r"forum|foro|fórum|forums|foros|board|group|grupo|groupe|gruppe|community|comunidad|communauté|comunidade|"
           r"server|servidor|serveur|site|sitio|app|chat|canal|channel|kanal")
# "insta: x", "my IG is x", "mi usuario en TikTok es x", "auf Insta bin ich x", "sur Discord je suis x", "no insta sou x"
_PLATFORM_BEFORE = re.compile(rf"(?i)(?<![\w.@/])(?:{factored(_PLATFORMS)})(?![\w.])(?:[ \t]+(?:handle|account|cuenta|compte|"
                              r"konto|conta|name|nombre|nom|pseudo|usuario|usuário|user|tag|id))?"
                              r"(?:[ \t]*[:=][ \t]*|[ \t]+(?:is|es|est|ist|é|=|heißt|lautet|c'est|sou|soy|bin ich|je suis|"
                              r"i'm|im|i am|como|as|en tant que|als|under|bajo|sous|unter)[ \t]+)[\"'“‘]?@?"
                              rf"(?-i:({_TOKEN})){_AFTER}")
# "x on Insta", "x en el foro", "x sur le forum", "x im Forum", "x no fórum", "(x on Discord)"
_PLATFORM_AFTER = re.compile(rf"{_BEFORE}@?({_TOKEN}){_AFTER}[ \t]+(?i:(?:on|en|sur|auf|im|in|no|na|em|bei|dans)[ \t]+"
                             rf"(?:(?:the|el|la|le|l'|o|a|der|dem|die|das|mon|mi|my|meu|mein)[ \t]*)?(?:{_PLATFORMS}|{_PLACES}))(?![\w])")

_PLATFORM_WORD = re.compile(rf"(?i)(?<![\w.@/])(?:{factored(_PLATFORMS)}|{factored(_PLACES)})(?![\w])")

# --- comment and chat exports: a handle opening its line, then its message ---
_SENDER = re.compile(rf"(?m)^[ \t]*(?:[>↳»•*-][ \t]*)*(?:\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]+)?@?({_TOKEN}){_AFTER}(?=[ \t]*:[ \t]|[ \t]*:$|[ \t]+[^\s=:])")
# parts of a machine key ("order_id", "shipping_zip", "user.email"): a key, not a person's handle
_KEY_PARTS = frozenset(
    "id ids uid no nr num number name names first last full date time ts code type status key zip plz cp cep email "
    "mail phone tel mobile address addr street city country url uri path file dir level error err msg message total "
    "amount price qty count sku ref order orders ticket user account acct created updated at by is has dob birth card "
    "iban bic token secret pass password pwd api port ip version ver env config mode flag enabled value val data "
    "item items list max min size len tax vat nif dni ssn nin geb datum nombre apellido fecha nom prenom adresse "
    "telefone morada tracking shipping billing customer client cliente kunde payment method currency sum net gross "
    "line page row col field form label title desc description note notes comment comments tag tags log "
    "event action result response request session cookie header body json xml http https www txt pdf csv png jpg "
    "produto producto produit artikel model serial imei mac sn os lang locale region zone tz street_name "
    "utm src ref_id test dev prod stage debug info warn warning usuario usuaria usuário utilizador utilisateur "
    "benutzer nutzer correo cedula cédula nome cpf rfc curp cnpj telefono teléfono direccion dirección endereco "
    "endereço pantalla tela ecran écran bildschirm versao versão version versión fecha data datum ville ciudad cidade "
    "stadt pais país pays land cuenta compte konto conta pedido commande bestellung encomenda ship bill to from".split())


def _key_like(token: str) -> bool:
    parts = [p for p in re.split(r"[._]+", token.lower()) if p]
    return any(re.sub(r"\d+$", "", p) in _KEY_PARTS for p in parts)


def _plain_ok(token: str) -> bool:
    """A plain word may be a handle after a header cue, but never a function word or a team's name."""
    low = fold(token)
    return len(token) >= 3 and low not in _NOT_HANDLE and token.lower() not in _NOT_HANDLE and low not in STOP \
        and low not in function_words()


def _line_senders(text: str) -> list[Span]:
    if "\n" not in text:
        return []
    # an "@" opening the line is find_social's (it keeps a brand's account); two tokens with the same first part
    # ("usuario.nombre", "usuario.correo") are a record's keys
    found = [m for m in _SENDER.finditer(text) if login_shaped(m.group(1)) and not _key_like(m.group(1))
             and text[m.start(1) - 1:m.start(1)] != "@"]
    heads = [re.split(r"[._]", m.group(1).lower())[0] for m in found]
    found = [m for m, head in zip(found, heads, strict=True)
             if not any(h == head and o.group(1) != m.group(1) for o, h in zip(found, heads, strict=True))]
    if not found:
        return []
    values = [m.group(1) for m in found]
    distinct = set(values)
    # Two or more lines opening with a field key of a pasted record ("folio_solicitud:", "prima_anual:"): a record,
    # not a chat export; only a token that repeats, or is @-mentioned, is a sender there.
    record = sum(_record_key(v) for v in distinct) >= 2
    out = []
    for m in found:
        value = m.group(1)
        elsewhere = values.count(value) >= 2 or re.search(rf"@{re.escape(value)}{_AFTER}", text) is not None
        if elsewhere or (len(distinct) >= 2 and not record):
            out.append(_account(text, m.start(1), m.end(1), 0.75))
    return out


def _record_key(token: str) -> bool:
    """A field key by its shape: two or more lower-case words joined by "_" or ".", no digit, none a first name
    ("prima_anual", "conductor_habitual"; not "anna_berg", "sepp.hinterseer_", "ana_k7")."""
    parts = re.split(r"[._]", token)
    return len(parts) >= 2 and all(len(p) >= 2 and p.isalpha() and p.islower() and not is_first(p) for p in parts)


# A login-shaped token in the same clause as a word of an account, a profile or signing in, five languages ("my
# account on the shop is under ana.k7", "la cuenta de la tienda es mía: x_y", "mon compte (a.b)", "Kundenkonto a.b.c",
# "o meu acesso à plataforma é a.b", "entra con a.b y la contraseña"): only the shape of a login counts (a dot or an
# underscore between letters, or letters then digits), never a plain word; no e-mail, host or file name.
_ACCOUNT_WINDOW = re.compile(
    r"(?i)(?<![\w.])(?:" + factored(r"account|accounts|profile|login|log in|logged in|sign in|signed in|handle|"
    r"cuenta|perfil|acceso|usuario|usuaria|entra con|entro con|entra como|entro como|inicia sesi[oó]n|"
    r"compte|profil|identifiant|connexion|je me connecte|"
    r"konto|kundenkonto|nutzerkonto|benutzerkonto|profil|zugang|anmeldung|login|"
    r"conta|acesso|usuário|utilizador|entra com|entro com|entro na conta|entra na conta") + r")\b(?![(.])"
    r"((?:(?!\.[ \t]|\.$|[ \t](?:and|y|et|und|e|but|pero|mais|aber|mas)[ \t]+(?:my|mi|mon|ma|mein|meine|meu|minha)\b)"
    r"[^\n!?]){0,60})")
_WINDOW_TOKEN = re.compile(rf"{_BEFORE}({_TOKEN}){_AFTER}")


# A verb of signing in and the word for "as" in five languages, then the account whatever its shape ("I log in as
# abrilLO.", "entro na conta como martasl com a senha …", "je me connecte sous jdupont, …", "ich melde mich als
# kleinerwal an"): the token must end its clause or stand before "with"/"and"; "as usual", "como siempre" are none.
_LOGIN_AS = re.compile(
    r"(?i)\b(?:" + factored(
        r"log in as|logged in as|log on as|sign in as|signed in as|i log in as|i sign in as|"
        r"entro como|entra como|entré como|entraba como|inicio sesión como|inicio sesion como|me conecto como|"
        r"je me connecte sous|je me connecte en tant que|je me connecte avec|connecté sous|connectée sous|"
        r"ich melde mich als|ich melde mich mit|ich logge mich als|ich logge mich mit|angemeldet als|eingeloggt als|"
        r"entro na conta como|entro no site como|entro no app como|entro como|entra com|entro com|logo como|"
        r"faço login como|faço login com") + r")(?:[ \t]+(?:na|no|en la|en el|in the|on the|sur le|sur la|im|in der|auf der)"
    r"[ \t]+(?:app|conta|cuenta|account|compte|konto|portal|site|sitio|tienda|loja|shop|boutique|plataforma))?"
    r"[ \t]+[\"“'‘]?(?-i:([A-Za-zÀ-ÿ][\w.-]{2,30}[A-Za-z0-9À-ÿ]))[\"”'’]?"
    r"(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:com|con|with|avec|mit|and|y|e|et|und|but|pero|mais|aber|mas|an|ein)\b)")
_NOT_ACCOUNT = frozenset("usual usually always normal normally before today then well siempre habitual antes hoy "
                         "sempre hoje antes habitualmente immer normal heute vorher toujours habitude normalement "
                         "avant aujourd'hui".split())


def find_social_usernames(text: str) -> list[Span]:
    out = []
    for m in _ACCOUNT_WINDOW.finditer(text):
        for t in _WINDOW_TOKEN.finditer(text, m.start(1), m.end(1)):  # the first login-shaped token of the clause
            if "@" in text[m.start(1):t.start(1)]:
                break
            if login_shaped(t.group(1)) and not _key_like(t.group(1)):
                out.append(_account(text, t.start(1), t.end(1), 0.75))
                break
    for m in _HEADER.finditer(text):
        value = m.group(2)
        end = (m.group("end") or "").strip()
        # (round 23) or its rank in brackets closing the header's line: "Respuesta de x (Experto de la Comunidad)"
        ranked = end[:1] == "(" and _RANK_CLOSE.match(text, m.end()) is not None
        if login_shaped(value) or (m.group("strong") and (end[:1] in (":", "·", "•", "|") or ranked) and _plain_ok(value)):
            out.append(_account(text, m.start(2), m.end(2), 0.8))
    for m in _WROTE.finditer(text):
        if login_shaped(m.group(1)) or _plain_ok(m.group(1)) and not m.group(1)[0].isupper():
            out.append(_account(text, m.start(1), m.end(1), 0.8))
    out += [_account(text, m.start(1), m.end(1), 0.75) for m in _LOGIN_AS.finditer(text)
            if _plain_ok(m.group(1)) and fold(m.group(1)) not in _NOT_ACCOUNT]
    out += [_account(text, m.start(1), m.end(1), 0.75) for pattern in (_NOTIFIED, _DISPLAY_HANDLE)
            for m in pattern.finditer(text) if login_shaped(m.group(1))]
    # (round 35) a login in capitals then digits heading two message lines or more ("PACOGARCIA77 · 29 nov 21:05")
    caps = [m for m in _DISPLAY_HANDLE.finditer(text) if _CAPS_LOGIN.fullmatch(m.group(1))]
    out += [_account(text, m.start(1), m.end(1), 0.75) for m in caps
            if sum(c.group(1) == m.group(1) for c in caps) >= 2 and not _key_like(m.group(1))]
    for m in _ROLE_HANDLE.finditer(text):
        label = text[m.start():m.start(1)].strip(" \t>↳»•*-(@").strip()
        if login_shaped(m.group(1)) or (_ROLE_WORDS.fullmatch(label) and _plain_ok(m.group(1))):
            out.append(_account(text, m.start(1), m.end(1), 0.8))
    if _PLATFORM_WORD.search(text):  # (speed) both need a platform's or a place's word
        for pattern in (_PLATFORM_BEFORE, _PLATFORM_AFTER):
            out += [_account(text, m.start(1), m.end(1), 0.75) for m in pattern.finditer(text) if login_shaped(m.group(1))]
    out += _round23_usernames(text)
    # (round 25) a reply line's writer shaped like a login: "↳ lili_rose_tlse : Même expérience", "↳ kai_88: same"
    out += [_account(text, m.start(1), m.end(1), 0.75) for m in _REPLY_LINE.finditer(text)
            if login_shaped(m.group(1)) and not _key_like(m.group(1))]
    return out + _line_senders(text)


_REPLY_LINE = re.compile(rf"(?m)^[ \t]*↳[ \t]*@?({_TOKEN}){_AFTER}[ \t]*:[ \t]")


_ECHO_TYPES = ("USERNAME", "SOCIAL_HANDLE")
_CAPS_LOGIN = re.compile(r"[A-ZÀ-Þ]{4,}[A-ZÀ-Þ._]*\d{1,4}")


def handle_echoes(text: str, spans: list[Span]) -> list[Span]:
    """Every other mention of a handle or username found once ("@giuli.fern" … "giuli.fern: thanks"), with or without
    its "@": the same account wherever the text writes it. Only values of five characters or more that are shaped like
    a login (a plain word found once by its cue may be an ordinary word elsewhere)."""
    values = {text[s.start:s.end].lstrip("@") for s in spans if s.type in _ECHO_TYPES}
    # (round 23) or a CamelCase account ("ShiftyNiamh" opening a ranked chat line, "@ShiftyNiamh" later)
    # (round 35) or a login in capitals then digits ("Comprador: XIMERUIZ89" … "XIMERUIZ89 · 30 nov 09:40"), found by its cue
    values = {v for v in values if len(v) >= 5 and (login_shaped(v) or re.search(r"[a-zà-ÿ][A-ZÀ-Þ]", v)
                                                     or _CAPS_LOGIN.fullmatch(v)) and not _key_like(v)}
    if not values:
        return spans
    taken = [(s.start, s.end) for s in spans]
    found = []
    for value in values:
        for m in re.finditer(rf"{_BEFORE}@?({re.escape(value)}){_AFTER}", text):
            if not any(lo < m.end(1) and m.start(1) < hi for lo, hi in taken):
                found.append(_account(text, m.start(1), m.end(1), 0.75))
                taken.append((m.start(1), m.end(1)))
    return spans + found


def handle_nicknames(text: str, spans: list[Span]) -> list[Span]:
    """(round 25) A listed first name in lower case that is the opening word of a handle or username found in the same
    text is its owner's nickname ("xX_chuy_Xx" … "jajaja chuy otra vez", "@niamhreads" … "ok niamh here", "duduzim99" … "cala a
    boca dudu"): the handle's first letter run, or a start of it of three letters or more that is a listed first name.
    Never a function word, an ordinary word of de/es/fr/pt or a chat word ("resi halt", "cala a boca")."""
    heads: set[str] = set()
    for s in spans:
        if s.type not in _ECHO_TYPES:
            continue
        run = re.match(r"(?:[xX]{1,2}_+)?([a-zà-ÿ]+|[A-ZÀ-Þ][a-zà-ÿ]+)", text[s.start:s.end].lstrip("@"))
        if run and len(run.group(1)) >= 3:
            heads.add(run.group(1).lower())
    if not heads:
        return spans
    taken = [(s.start, s.end) for s in spans]
    found = []
    for m in re.finditer(r"(?<![\w@.#/-])([a-zà-ÿ]{3,14})(?![\w@]|\.\w|-\w)", text):
        word = m.group(1)
        # the whole opening run ("Lea_M" … "danke lea!") may be a name that is also an English word: the handle
        # vouches for it; a shorter start of the run must be a listed first name that is no English word
        exact = word in heads and is_first(fold(word))
        if not exact and not any(h.startswith(word) and is_first(fold(word)) and unambiguous(fold(word)) for h in heads):
            continue
        if _ordinary_nick(word) or any(lo < m.end(1) and m.start(1) < hi for lo, hi in taken):
            continue
        found.append(Span("PERSON", m.start(1), m.end(1), 0.7))
        taken.append((m.start(1), m.end(1)))
    return spans + found


# slang and chat words of the five languages that a handle may open with ("ptit_loup", "mano_br", "digga_mo"): never a
# nickname by themselves (written for round 25; the learnt ordinary-word lists hold few of them)
_SLANG = frozenset(
    "ptit petit petite mdr ptdr jpp jsp wesh frero frerot frère frere reuf ouf chelou grave trop mec meuf gros bg "
    "kkk mano mina cara vlw blz tmj pfv tipo mozao mozão gata gato nego nega bixo mermão parça parca "
    "jaja wey guey güey neta chaval tio tia guay mola crack loco loca pibe che boludo "
    "digga alter krass bro bruder mann oida heast hawi "
    "lol lmao bro dude mate bruh fam sis babe gamer pro noob king queen real the its im iam mr mrs miss ms "
    "not just only big little lil tiny old new team club".split())


def _ordinary_nick(word: str) -> bool:
    w = fold(word)
    return w in function_words() or w in _NOT_ADDRESSEE or w in STOP or w in _SLANG or ordinary_anywhere(w)


# --- names in lower-case social text: after a greeting or a cheer, opening a chat message, as a chat's sender ---
# Cues written for this round, five languages: greetings, thanks, cheers, sympathy and laughter that stand before the
# person addressed ("suerte rena", "allez pierrot", "oje vreni", "valeu rafa", "congrats @x … hi gemma").
_EMOJI_CHARS = "[\u2600-\u27bf\U0001F000-\U0001FAFF]"
_GREETING = re.compile(
    r"(?i)(?<![\w'’@#])(?:" + factored(r"hi|hey|hiya|hello|yo|thanks|thank you|thx|ty|congrats|congratulations|good luck|well done|"
    r"go|come on|love you|miss you|sorry|poor|oh no|omg|lol|haha+|nooo+|bye|cheers|dear|"
    r"hola|holaa+|buenas|gracias|felicidades|enhorabuena|suerte|mucha suerte|ánimo|animo|vamos|vamo|fuerza|ay|oye|"
    r"jaja(?:ja)*|besos|chao|adiós|adios|perdón|perdon|pobre|querid[oa]|"
    r"salut|coucou|bonjour|bonsoir|merci|bravo|félicitations|felicitations|allez|courage|bisous|bises|désolée?|"
    r"desolee?|pauvre toi|pauvre|oh|mdr|ptdr|ciao|"
    r"hallo|hi|servus|moin|grüß dich|gruess dich|danke|gratuliere|glückwunsch|glueckwunsch|viel glück|viel glueck|"
    r"oje|ojemine|ach|liebe|lieber|tschüss|tschuess|bussi|hoi|"
    r"oi|olá|ola|valeu|obrigad[oa]|obg|parabéns|parabens|boa sorte|força|forca|beijos|bjs|ai|tchau|querid[oa]|"
    r"kkk+|rsrs") + ")"
    r"[ \t]*[,!]*[ \t]+@?([^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)?)(?![\w@'’-])"
    # the name ends its clause or an emoji follows ("suerte rena 🍀", "oje vreni, …"): "Hallo, bitte führen Sie" and
    # "Oi, fiz um álbum" are no one
    rf"(?=[ \t]*(?:[,.!?;:)\n]|$|{_EMOJI_CHARS}))")
# words that stand after a greeting without naming anyone (endearments, "all", "team") in the five languages
_NOT_ADDRESSEE = frozenset(
    "amor amore amour hun honey babe baby bb bae love darling dear cariño carino cielo corazón corazon guapa guapo "
    "chérie cherie chéri cheri chou ma belle schatz liebling süße suesse mausi querida querido fofa fofo gata gato "
    "linda lindo mana mano miga migo mate bro sis dude guys team all everyone everybody folks there todos todas "
    "lol lmao omg haha hahaha jaja jajaja mdr ptdr kkk rsrs xd ok okay oki yes yep nope nah sim nao non oui ja nein "
    "gente chicos chicas tous toutes zusammen leute alle pessoal galera malta equipe equipo équipe "
    # (round 23) interjections and fillers that open a chat message ("uy, perdón", "bah non", "tja, …", "eita")
    "uy uff ay ah eh oh bah beh ouf oups aie aïe hihi hehe ups nossa eita opa vale bueno pues genau naja tja "
    "jein oups ouais bof wow jo jup jep yup nee nö ne claro sure".split())
_EMOJI = rf"(?:{_EMOJI_CHARS}[\u2600-\u27bf\U0001F000-\U0001FAFF\u200d\ufe0f]*)"
_CHAT_LABEL = re.compile(
    rf"(?m)^[ \t]*[\"“„«]?(?:[>↳»•*-][ \t]*)*(?:\[[^\]\n]{{1,32}}\][ \t]*)?(?:(?:la|el|a|o|le|die|der|the)[ \t]+)?"
    rf"([^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)?)((?:[ \t]+[a-zà-ÿ]\.?)?)[ \t]*({_EMOJI}[ \t]*)?:[ \t]")
# a chat line's sender that is a person: after a time stamp ("[30/11, 21:06] Blanca:"), a chat pronoun ("ich:", "eu:")
# or with an emoji; never a role ("OPERADOR:") nor a form's field ("Motivo:")
_AFTER_LABEL = re.compile(rf"(?m)^[ \t]*(?:[>↳»•*-][ \t]*)*(?:(?:\[[^\]\n]{{1,32}}\][ \t]*)([^\n:\[\]]{{1,40}}?)|"
                          rf"(?i:me|ich|eu|yo|moi|io)|[^\n:]{{1,30}}?{_EMOJI})[ \t]*:[ \t]+"
                          r"([a-zà-ÿ][\w'’]{2,})(?=[ \t]+[^\W\d_])")
_ROLE_LABEL = re.compile(rf"(?i)(?:{alternation('role_noun')}|{alternation('chat_role')})")


# A chat or community export's header line: the display name, a dash or a dot, then when ("Ana Ruiz — Today at 14:02",
# "kiko_92 · 3 h", "Lena Vogt – gestern um 21:15", "Inês Rocha — hoje às 10:04", "Marc Petit · il y a 2 h")
_WHEN = (r"(?:today|yesterday|hoy|ayer|aujourd'hui|hier|heute|gestern|hoje|ontem|il y a|hace|vor|há|ha)\b|"
         r"\d{1,2}[:h.]\d{2}\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,3}[ \t]?(?:h|min|m|d|j|t|s|sem|w|hrs?)\b|"
         # (round 35) a day, a month's word and a time: "29 nov 21:05", "26 Nov, 7:02 pm", "3. Dez. 14:10"
         r"\d{1,2}\.?[ \t]+(?:de[ \t]+)?[^\W\d_]{3,9}\.?,?[ \t]+(?:\d{4},?[ \t]+)?\d{1,2}[:h]\d{2}\b")
_DISPLAY = re.compile(rf"(?im)^[ \t]*((?-i:[A-ZÀ-Þ][\w'’-]+(?:[ \t][A-ZÀ-Þ][\w'’-]+){{0,2}}))[ \t]+[—–·•|-][ \t]+(?:{_WHEN})")


_DISPLAY_HANDLE = re.compile(rf"(?im)^[ \t]*@?((?-i:{_TOKEN})){_AFTER}[ \t]+[—–·•|-][ \t]+(?:{_WHEN})")


def _addressee(word: str, lower_ok: bool = True) -> bool:
    """A listed first name ("pierrot", "Rena"); lower case only when the name is no ordinary word too."""
    head = fold(word.split("-")[0])
    if head in _NOT_ADDRESSEE or head in STOP or head in function_words() or len(head) < 2:
        return False
    if word[:1].islower():
        return lower_ok and is_first(head) and unambiguous(head)
    return is_first(head)


# a word the text also calls an assistant, a bot or an app ("olá nara" to the voice assistant Nara)
_THING = re.compile(r"(?i)\b(?:assistant|assistente|asistente|assistent|assistentin|bot|chatbot|app|voice|voz|voix|"
                    r"stimme|alexa|siri)[ \t]+(?:de[ \t]+voz[ \t]+|vocal[ \t]+)?([^\W\d_][\w'’-]*)")


_OPENING_WORD = re.compile(r"[ \t]*:?[ \t]+([a-zà-ÿ][\w'’]*)(?=[ \t,!?])")


# (round 25) A reply or comment header naming its writer before a colon: "Réponse de Maxime Carpentier :", "Resposta de
# Nuno Batista:", "Reply from Tess Amory:", "Antwort von Jana:", "Comentario de Rocío Pardo:"
_REPLY_BY = re.compile(r"(?im)^[ \t]*(?:[>↳»•*-][ \t]*)*(?:reply|answer|comment|réponse|reponse|commentaire|respuesta|"
                       r"comentario|resposta|comentário|comentario|antwort|kommentar)[ \t]+(?:from|by|of|de|da|do|par|por|von)"
                       r"[ \t]+((?-i:[A-ZÀ-Þ][\w'’-]+(?:[ \t][A-ZÀ-Þ][\w'’-]+){0,2}))[ \t]*:")


# (round 34) the same header with the writer in brackets, their company after a comma: "Resposta (Vasco, Fibra
# Atlântica):", "Reply (Tess, Support):"; and an agent's signature line, the name then their post: "Sophie, conseillère ·
# Fibre Laurentides", "Evi, Rezeption"
_REPLY_BRACKET = re.compile(r"(?im)^[ \t]*(?:[>↳»•*-][ \t]*)*(?:reply|answer|comment|réponse|reponse|commentaire|respuesta|"
                            r"comentario|resposta|comentário|antwort|kommentar)[ \t]*\((?-i:([A-ZÀ-Þ][\w'’-]+))"
                            r"(?:[ \t]*[,/–-][^()\n]{1,40})?\)[ \t]*:")
_SIGNED_POST = re.compile(r"(?im)^[ \t]*(?:>[ \t]*)*(?-i:([A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)?)),[ \t]*"
                          r"(?:conseill(?:er|ère)s?(?: clientèle)?|advis[eo]r|agent|customer care|customer service|"
                          r"support|rezeption|reception|réception|recepción|recepção|atendente|asesora?|"
                          r"(?:kunden)?berater(?:in)?|sachbearbeiter(?:in)?|gestora?|gestionnaire|kundenservice|"
                          r"service client(?:s|èle)?|atención al cliente|atendimento)[ \t]*(?:[·|•,]|$)")


def find_social_names(text: str) -> list[Span]:
    out_reply = [Span("PERSON", m.start(1), m.end(1), 0.7) for m in _REPLY_BY.finditer(text)
                 if is_first(fold(m.group(1).split()[0])) and fold(m.group(1).split()[0]) not in function_words()]
    out_reply += [Span("PERSON", m.start(1), m.end(1), 0.7) for pattern in (_REPLY_BRACKET, _SIGNED_POST)
                  for m in pattern.finditer(text)
                  if is_first(fold(m.group(1).split()[0])) and fold(m.group(1).split()[0]) not in function_words()]
    return out_reply + _find_social_names(text)


def _find_social_names(text: str) -> list[Span]:
    greeted = [m for m in _GREETING.finditer(text) if _addressee(m.group(1))]
    things = {fold(t.group(1)) for t in _THING.finditer(text)} if greeted else set()
    out = [Span("PERSON", m.start(1), m.end(1), 0.7) for m in greeted if fold(m.group(1)) not in things]
    labels = list(_CHAT_LABEL.finditer(text))
    if len(labels) >= 2:  # a chat: people's display names before their messages, each opening a line
        for m in labels:
            word = m.group(1)
            # a display name in lower case ("mimi:", "kim c:", "la lupita:"), or any listed first name before an
            # emoji ("Tó 💪:", "sunny 🏒:"); a capitalised label alone may be a form's field ("Firma:", "Prénom :")
            if word[:1].islower() and _addressee(word) or m.group(3) and is_first(fold(word.split("-")[0])) \
                    and fold(word) not in _NOT_ADDRESSEE:
                out.append(Span("PERSON", m.start(1), m.end(2) if m.group(2).strip() else m.end(1), 0.7))
        # the person a message opens by addressing, in lower case ("Blanca: fermin q lo has puesto")
        out += [Span("PERSON", m.start(2), m.end(2), 0.7) for m in _AFTER_LABEL.finditer(text) if _addressee(m.group(2))
                and not (m.group(1) and _ROLE_LABEL.fullmatch(m.group(1).strip()))]
    for m in _DISPLAY.finditer(text):
        first = fold(m.group(1).split()[0])
        if is_first(first) and first not in _NOT_ADDRESSEE and first not in function_words():
            out.append(Span("PERSON", m.start(1), m.end(1), 0.7))
    if "\n" in text:
        # (round 23) a lower-case first name opening a comment's line, spoken to ("noémie, enlève ça", "dani, apaga")
        out += [Span("PERSON", m.start(1), m.end(1), 0.7) for m in _VOCATIVE_LINE.finditer(text) if _addressee(m.group(1))]
        full = [m for m in _FULL_LABEL.finditer(text) if _full_name_label(m.group(1))]
        if len(full) + len(labels) >= 2:  # a chat: "Verena Niederstätter: Achtung …", "↳ Mari Paz Lloret: …"
            out += [Span("PERSON", m.start(1), m.end(1), 0.7) for m in full]
    # after a handle opening its line (_line_senders): "zeca.bolinhas inês puseste …"
    for sender in _line_senders(text):
        word = _OPENING_WORD.match(text, sender.end)
        if word and _addressee(word.group(1)):
            out.append(Span("PERSON", word.start(1), word.end(1), 0.7))
    return out


# --- (round 23) more places platforms and people write an account, written from the category ---
_RANK_CLOSE = re.compile(r"[^()\n]{2,40}\)")
# a game's or a community's chat export: when, the account (an emoji may follow), its rank in brackets, a colon
# ("[Today 21:04] WobblyKestrel 🦅 [Member]:", "[Hoy 10:12] ElCapitan [Novato]:", "21:10 kiko_92 [Mod]:")
_RANKED_SENDER = re.compile(
    rf"(?m)^[ \t]*(?:[>↳»•*-][ \t]*)*(?:\[[^\]\n]{{1,32}}\][ \t]*|\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \t]+)?@?({_TOKEN}){_AFTER}"
    rf"(?:[ \t]*{_EMOJI_CHARS}[\u2600-\u27bf\U0001F000-\U0001FAFF\u200d\ufe0f]*)?[ \t]*\[([^\]\n]{{1,30}})\][ \t]*:")
# Reddit's and Lemmy's user prefix: "u/cranky.otter.22" (not "r/…": a community)
_USER_PREFIX = re.compile(r"(?<![\w/])u/([A-Za-z0-9_][\w-]{1,30}(?:\.[\w-]+)*)(?<![.-])")
# a review's byline after its quoted title: "«Nunca llegó», de carlitos_sur, 2 nov.", "“Broke in a week” by kev88 –"
_BYLINE = re.compile(rf"[»”\"’][ \t]*,?[ \t]*(?i:de|by|von|par|por|of)[ \t]+@?({_TOKEN}){_AFTER}[ \t]*[,·•|–—-]"
                     rf"[ \t]*(?=\d|(?i:{_WHEN}))")
# a login given with its password: "h.martel / Pass&Word99", "uso mari.lopez.77 con Clave#123",
# "renata.serra, senha …", "j.doe and my password …"
_PW_SHAPE = r"(?=[^\s,;]*[^\W\d_])(?=[^\s,;]*\d)(?=[^\s,;]*[#&*!$%+?=~^])[^\s,;]{6,40}"
_PW_WORD = re.compile(r"(?i)(?<![\w])(?:" + factored("password|passwort|kennwort|contraseña|contrasena|clave|senha|mot de passe|"
                                                       "mdp|pw|pwd") + r")(?![\w])")
_PW_TOKEN = re.compile(r"(?<![^\s])[^\s,;#&*!$%+?=~^]*[#&*!$%+?=~^][^\s,;]*")  # then _PW_SHAPE (speed: a sign first)
_PW_FULL = re.compile(_PW_SHAPE)
# (speed) read backwards from the password or its word: the login stands just before, after a connector
_POSSESSIVES = r"(?:(?i:my|the|mi|la|el|su|mon|le|ma|mein|das|meine|o|a|meu|minha)[ \t]+)?"
_LOGIN_BEFORE_WORD = re.compile(rf"{_BEFORE}({_TOKEN}){_AFTER}[ \t]*[,;/|]?[ \t]*(?:(?i:and|with|y|con|et|avec|und|mit|e|com)[ \t]+)?"
                                rf"{_POSSESSIVES}$")
_LOGIN_BEFORE_SHAPE = re.compile(rf"{_BEFORE}({_TOKEN}){_AFTER}(?:[ \t]+[/|][ \t]+|[ \t]+(?i:con|with|avec|mit|com|and|y|et|und|e)[ \t]+)$")


def _login_pairs(text: str) -> list[re.Match[str]]:
    found = []
    for pattern, before in ((_PW_WORD, _LOGIN_BEFORE_WORD), (_PW_TOKEN, _LOGIN_BEFORE_SHAPE)):
        for hit in pattern.finditer(text):
            if pattern is _PW_TOKEN and not _PW_FULL.fullmatch(hit.group()):
                continue
            m = before.search(text, max(0, hit.start() - 60), hit.start())
            if m:
                found.append(m)
    return found


# the answer to a question about the account, on the next line: "¿Me confirma su usuario?⏎Cliente: Es x_y88"
_USER_ASKED = re.compile(
    rf"(?i)\b(?:{alternation('username')}|account|cuenta|compte|konto|conta)\b[^\n?]{{0,30}}\?[ \t]*\n[ \t]*"
    r"(?:\[[^\]\n]{1,24}\][ \t]*)?(?:[^\W\d_][\w .'’-]{0,24}[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*:[ \t]*)?"
    r"(?:(?:it's|its|it is|es|c'est|é|ist|is|sou|soy|é o|e o)[ \t]+)?@?" + rf"(?-i:({_TOKEN})){_AFTER}")
_ASKED_GATE = re.compile(r"\?[ \t]*\n")
# a plain lower-case account after its word, ending its clause: "Account login is dwightandmo.", "usuária biarochalins,",
# "Usuario de la tienda jtbarragan." (never an ordinary word of the five languages: "login failed", "usuario bloqueado")
_PLAIN_ACCOUNT = re.compile(
    r"(?i)\b(?:" + factored(r"login|username|user name|usuario|usuaria|usuário|usuária|utilizador|utilizadora|identifiant|"
                            r"benutzername|nutzername|pseudo|nom d'utilisateur|nombre de usuario|nome de usuário") + r")"
    r"(?:[ \t]+(?:de la tienda|de la web|del portal|da loja|do site|do portal|du site|de la boutique|du portail|"
    r"im shop|im portal|bei euch|on the site|for the shop|on the portal))?"
    r"(?:[ \t]*:|[ \t]+(?:is|es|est|ist|é|lautet))?[ \t]+(?-i:([a-z][a-z0-9]{4,30}))(?=[ \t]*(?:[,.;)!?]|$))")
_NOT_PLAIN_ACCOUNT = re.compile(r"(?:ed|ing|ly|ado|ada|ido|ida|ée|iert|ierte|ieren|ment|ção|cion|ción|tion|ung|heit|keit)$")
_PLAIN_NOT = frozenset("incorrect invalid wrong blocked locked disabled expired required missing correct same different "
                       "again please thanks there here anymore either still already twice unknown another below above".split())


@functools.cache
def all_ordinary() -> frozenset[str]:
    """(round 23) The learnt ordinary words of de, es, fr and pt together (folded)."""
    return frozenset().union(*(ordinary_words(lang) for lang in ("de", "es", "fr", "pt")))


def _plain_account(token: str) -> bool:
    low = fold(token)
    return _plain_ok(token) and low not in all_ordinary() and low not in _PLAIN_NOT and \
        not _NOT_PLAIN_ACCOUNT.search(low) and not is_first(low)


def _round23_usernames(text: str) -> list[Span]:
    out = []
    if "[" in text:
        for m in _RANKED_SENDER.finditer(text):
            value = m.group(1)
            if login_shaped(value) or (_plain_ok(value) and not _ROLE_LABEL.fullmatch(value)):
                out.append(_account(text, m.start(1), m.end(1), 0.8))
    if "u/" in text:
        out += [Span("USERNAME", m.start(1), m.end(1), 0.8) for m in _USER_PREFIX.finditer(text)]
    out += [_account(text, m.start(1), m.end(1), 0.75) for m in _BYLINE.finditer(text)
            if login_shaped(m.group(1)) or (m.group(1).islower() and _plain_ok(m.group(1)))]
    out += [_account(text, m.start(1), m.end(1), 0.75) for m in _login_pairs(text)
            if login_shaped(m.group(1)) and not _key_like(m.group(1))]
    if _ASKED_GATE.search(text):  # (speed) a question ending its line
        out += [_account(text, m.start(1), m.end(1), 0.75) for m in _USER_ASKED.finditer(text)
                if login_shaped(m.group(1)) and not _key_like(m.group(1))]
    out += [Span("USERNAME", m.start(1), m.end(1), 0.7) for m in _PLAIN_ACCOUNT.finditer(text)
            if _plain_account(m.group(1))]
    return out


def rank_tags(text: str) -> list[tuple[int, int]]:
    """(round 23) The rank in brackets after a chat export's sender ("[Joueur]", "[Veterana]"): a word, no one's name."""
    if "[" not in text:
        return []
    return [(m.start(2), m.end(2)) for m in _RANKED_SENDER.finditer(text)]


# (round 23) a comment that opens by speaking to someone in lower case: "fergus, DM the company", "ferdl, lösch das"
_VOCATIVE_LINE = re.compile(r"(?m)^[ \t]*([a-zà-ÿ][\w'’]{1,20}),[ \t]+[^\W\d_]")
# a chat's sender by full name before a colon: "Verena Niederstätter: …", "↳ Fabinho Ribas: …", "Mari Paz Lloret: …"
_FULL_LABEL = re.compile(r"(?m)^[ \t]*(?:[>↳»•*-][ \t]*)*([A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[ \t]+(?:(?:da|de|do|dos|das|del|van|von|le|la)[ \t]+)?"
                         r"[A-ZÀ-Þ][a-zà-ÿ'’-]+){1,3})[ \t]*:[ \t]")


def _full_name_label(value: str) -> bool:
    words = value.split()
    first = fold(words[0])
    return is_first(first) and first not in function_words() and first not in STOP and \
        not _ROLE_LABEL.fullmatch(words[0]) and not any(_ROLE_LABEL.fullmatch(w) for w in words[1:]) and \
        not any(fold(w) in all_ordinary() and not is_first(fold(w)) for w in words[1:] if w[0].isupper())


# (round 26) A chat export's line: an optional time stamp as messengers copy it ("30/11/26, 14:02 - ", "[30/11/2026,
# 14:02:11] ", "14:02 "), a sender of two or three capitalised words, a colon and the message.
_EXPORT_LINE = re.compile(
    r"(?m)^[ \t]*(?:\[?\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*(?:-[ \t]*)?|"
    r"\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+(?:-[ \t]*)?)?"
    r"([A-ZÀ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*(?:[ \t]+[A-ZÀ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*\.?){1,2})[ \t]*:[ \t]+\S")
_SENDER_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def export_senders(text: str) -> list[Span]:
    """(round 26) The senders of a chat export: a text with two lines or more opening "<time> Sender Name: message",
    whose sender is two or three capitalised words of which none is an ordinary or function word of any of the five
    languages, a company's or a role's word ("Jucélia Prates:", "30/11/26, 14:02 - Abundio Carrasco:"; not "Nome
    Completo:", "Casa Vinhal:", "Service Client:"). Its first name is then echoed wherever the chat writes it."""
    if text.count(":") < 2:
        return []
    lines = list(_EXPORT_LINE.finditer(text))
    if len(lines) < 2:
        return []
    out = []
    for m in lines:
        words = _SENDER_WORD.findall(m.group(1))
        if any(w.isupper() and len(w) > 1 for w in words) or any(
                fold(w) in all_ordinary() or fold(w) in function_words() or fold(w) in ORG_WORDS or
                _TRADE_OR_ROLE.fullmatch(w) for w in words):
            continue
        out.append(Span("PERSON", m.start(1), m.end(1), 0.75))
    return out


_TRADE_OR_ROLE = re.compile(rf"(?i:{alternation('company_words')}|{alternation('chat_role')}|{alternation('role_noun')}|"
                            rf"{alternation('team')})")
