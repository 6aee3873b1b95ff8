"""Credentials and account handles: passwords, PINs, security answers, usernames in logs, secrets in URLs.

- Whatever follows a password / PIN / security-answer cue (data/cues.toml, five languages) is hidden: one token
  ("my password is Hockey#Night2024 btw"), or the rest of the line after a security question's colon.
  A chat question ("Bot: And your PIN?") hides the answer on the next line.
- Usernames: `user=dazza` / `usuario=paco.merino` in pasted logs, "my username is aoifeb87" in prose.
- URLs keep the company's scheme, host and path; query values and path segments that carry the customer's data
  (tokens, codes, signatures, e-mails, ids: anything with both letters and digits, an @, or 6+ digits) are hidden.
  Parameter names whose values are never personal (`utm_*`, `lang`, `page`) are left alone.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from plugin.core.model import Span

from . import keep
from .cues import alternation, keyed_value, names_other_value, value_group
from .name_lists import fold, function_words, is_first, is_last, ordinary_anywhere, unambiguous

_FILLER = r"(?:[ \t]+(?:(?!(?:and|y|et|und|e)\b)[\w'’]+(?![\w'’]))){0,4}?"
_LINK = (r"[ \t]*(?:(?:is|was|es|est|c'est|c'était|c'etait|ist|lautet|lautete|war|é|era|será|sera|se|fue|était|etait|foi|wäre)(?![\w'])"
         r"|:|=|-|→)[ \t]*:?[ \t]*")
# "mon code secret est le 7712", "die PIN ist die 2468": an article between the verb and the value.
_ADVERB = (r"(?:(?:übrigens|btw|actually|now|still|jetzt|noch|ahora|maintenant|agora|ainda|aún|toujours)[ \t,]+)?"
           r"(?:(?:le|la|el|o|a|der|die|das|the)[ \t]+(?=\S*\d))?")
# (round 15) the linking verb after a comma, with its subject: "le code par SMS, c'était 559120", "the code, it was …"
_COMMA_LINK = (r",[ \t]*(?:(?:it|that|this)[ \t]+(?:was|is)|it's|c'(?:était|etait|est)|(?:das|es)[ \t]+(?:war|ist)|"
               r"(?:que[ \t]+)?(?:era|fue|es|foi|é))[ \t]*:?[ \t]*")
_SECRET = re.compile(rf"(?i)\b(?:{alternation('secret')})(?![\w]){_FILLER}(?:{_LINK}|{_COMMA_LINK}|[ \t]*[:=][ \t]*){_ADVERB}(?-i:(\S+))")
_SECRET_DIRECT = re.compile(rf"(?i)\b(?:{alternation('secret')})[ \t]*[:=][ \t]*(\S+)")
# "senha gremio2019": no linking word, but the token right after the cue has the shape of a password
# (four or more characters, a digit or a symbol among them).
_SECRET_SHAPED = re.compile(rf"(?i)\b(?:{alternation('secret')})[ \t]+(?=\S*[\d!#$%&*+?@^_~])(\S{{4,}})")
_QUESTION = re.compile(rf"(?i)\b(?:{alternation('secret_question')})[^\n:?]{{0,80}}[:?][ \t]*([^\n]+)")
# (round 16) also a security question asked in a timestamped chat ("…your memorable question?⏎[14:05] Customer: …")
_ASKED = re.compile(rf"(?i)\b(?:{alternation('secret')}|{alternation('secret_question')})[ \t\u00a0\u202f]?\?[ \t]*\n[ \t]*"
                    r"(?:\[[^\]\n]{1,24}\][ \t]*|\d{1,2}:\d{2}[ \t]+)?(?:[\w .-]{1,20}:[ \t]*)?([^\n]+)")
# (round 12) A phone system's log: a prompt line asks for a secret ("… enter your four digit PIN", "code
# confidentiel", "Service-PIN", a social security number) and the next line holds the caller's keypad entry
# ("dtmf: 4417", "DTMF: 2208", "keypad: …", "digitado: …"). Other prompts (a customer number) keep their entry.
_KEYPAD_ENTRY = r"dtmf|keypad|keys|teclado|tecle[oó]|digitad[oa]|digitou|entered|eingabe|getippt|saisie|tap[ée]"
_KEYPAD = re.compile(rf"(?im)\b(?:{alternation('secret')}|{alternation('one_time')}|{alternation('national_id')}"
                     rf"|code confidentiel)(?![\w])[^\n]{{0,80}}\n[^\n]{{0,30}}?\b(?:{_KEYPAD_ENTRY})\b[ \t]*[:=]?[ \t]*"
                     r"(\d(?:[ ]?\d){2,15})[ \t.]*$")
# (speed) the entry word every _KEYPAD match holds on its second line: a text without one skips the pattern
_KEYPAD_WORD = re.compile(rf"(?i)\b(?:{_KEYPAD_ENTRY})\b")
_ANSWER_WORDS = r"answer|respuesta|réponse|reponse|antwort|resposta"  # "answer" in the five languages
# "the answer to my memorable question is Biscuit", "la respuesta a la pregunta de seguridad es Toby",
# "a resposta da pergunta de segurança é Pipoca", "die Antwort auf die Sicherheitsfrage lautet Bello".
_ANSWER_IS = re.compile(rf"(?i)\b(?:{_ANSWER_WORDS})\b[^\n.:?!]{{0,50}}?"
                        r"(?:question|pregunta|frage|pergunta)\b[^\n.:?!]{0,20}?"
                        r"(?:\b(?:is|was|es|est|c'est|ist|lautet|é|era|fue|foi)\b|:)[ \t]*[\"'“„«]?[ \t]*"
                        r"(?-i:([^\s\"'”“«».,!?]+(?:[ \t][A-ZÀ-Þ][^\s\"'”“«».,!?]*)?))")
# "my first pet's name is Sage", "der Name des ersten Haustiers ist Bello", "o nome do meu primeiro animal de
# estimação é Biscuit": what a security question asks about, a linking verb, then one or two capitalised words
# (or a value with a digit): "my best friend is coming" is no answer.
_SUBJECT_IS = re.compile(rf"(?i)\b(?:{alternation('secret_subject')})[^\n.:?!]{{0,40}}?"
                         r"\b(?:is|was|it's|es|era|fue|est|était|etait|c'est|ist|war|lautet|é|foi)[ \t]+[\"'“„«]?"
                         r"(?-i:([A-ZÀ-Þ\d][^\s\"'”“«».,!?]*(?:[ \t][A-ZÀ-Þ][^\s\"'”“«».,!?]*)?))")
# "she reset her password to Wombat#2026", "Passwort auf Sommer2024! geändert": after "to" only a value shaped like
# a password (a digit or a symbol among four or more characters), never "password to log in".
_SECRET_TO = re.compile(rf"(?i)\b(?:{alternation('secret')})[ \t]+(?:to|auf|a|para|en|à|in)[ \t]+"
                        r"(?=\S*[\d!#$%&*+?@^_~])(?-i:(\S{4,}))")
# (round 15) the question may stand in brackets between the cue and the colon: 'respuesta secreta ("¿…?"): X'
_ANSWER = re.compile(rf"(?i)\b(?:{alternation('secret_answer')})(?:[^\n:(]{{0,30}}|[ \t]*\([^()\n]{{1,80}}\)[ \t]*):[ \t]*([^\n]+)")
_KEY_VALUE_USER = re.compile(r"(?i)(?:\b|(?<=_))(?:user(?:name)?|user_?id|login|usuario|utilizador|usu[aá]rio|utilisateur|"
                             r"benutzer(?:name|kennung)?|nutzer(?:name|kennung)?|uid|identifiant|"
                             r"anmeldename|pseudo)[\"'*]*[ \t]*[=:][ \t]*[\"'*]*[ \t]*"  # (round 35) Kennung, pseudo
                             r"([^\s,;&\"'<>*]+)")
_PROSE_USER = re.compile(rf"(?i)\b(?:{alternation('username')})(?![\w=]){_FILLER}(?:{_LINK}|[ \t]+)(?-i:([\w.@-]*\d[\w.@-]*|[a-z][\w.-]*[._][\w.-]+))")
# API keys and tokens by their vendors' documented prefixes (Stripe sk_/pk_/rk_, GitHub ghp_/gho_/ghs_/github_pat_,
# Slack xox?-, AWS AKIA/ASIA, Google AIza), and any other long mixed token right after a key cue (_SECRET).
_API_KEY = re.compile(r"(?<![\w-])(?:(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{10,}|(?:sk|pk|rk)_[A-Za-z0-9]{20,}"
                      r"|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_\w{30,}|xox[abpre]-[A-Za-z0-9-]{10,}"
                      r"|(?:AKIA|ASIA)[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{35})(?![\w-])")
# A one-time code or TAN quoted from an SMS: "Votre code de validation est 628104", "Ihre TAN lautet 482 911".
_ONE_TIME = re.compile(rf"(?i)\b(?:{alternation('one_time')})(?![\w]){_FILLER}(?:{_LINK}|{_COMMA_LINK}|[ \t]*[:=][ \t]*|[ \t]+)"
                       r"[\"'“„«]?[ \t]*(\d{2,4}(?:[ -]\d{2,4}){1,2}|\d{4,8}|[A-Z0-9]*\d[A-Z0-9]*(?<=\w{5}))(?![\w-])")
# JSON / CSV / query keys of a secret: `"mot_de_passe":"…"`, `senha=…`.
_KEY_SECRET = keyed_value("secret_key", r"[^\s\"'&,;{}]")
# "he used alfie99 as the password", "utilisé Soleil#12 comme mot de passe", "puse X como contraseña".
_AS_SECRET = re.compile(rf"(?i)(?<!\S)(?-i:([^\s\"'“„«]*[\d!#$%&*+?@^_~][^\s\"'”»]*))[\"'”»]?[ \t]+"
                        rf"(?:as|like|comme|como|als|for)[ \t]+(?:(?:the|my|a|his|her|our|mon|ma|le|la|mi|la|el|o|a|"
                        rf"meu|minha|mein|meine|das|die|der|unser)[ \t]+)?(?:new[ \t]+)?(?:{alternation('secret')})\b")
# A secret's question on one line ("code portail ?", "¿la contraseña de la tienda?") answered on the next chat
# line: "Moi : « A2749 »", "Rocío: es Alameda_98!". The answer must hold a digit or a symbol.
_ASKED_LINE = re.compile(rf"(?i)\b(?:{alternation('secret')})\b[^\n]{{0,40}}\?[^\n]*\n[ \t>]*"
                         r"(?:\[[^\]\n]{1,24}\][ \t]*)*(?:[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*)?[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*:[ \t]*)?"
                         r"[\"'“„«]*[ \t]*(?:(?:es|est|c'est|ist|é|is|it's|its|era|fue|war)[ \t]+)?"
                         r"(?-i:([^\s\"'”»“„«]*[\d!#$%&*+@^_~][^\s\"'”»“„«]*))")
# Within the sentence of a secret's cue, the first token shaped like a password: letters and digits with a symbol or
# mixed case ("a senha do wi-fi da portaria mudou, agora é Lua@2031").
_NEAR_SECRET = re.compile(rf"(?i)\b(?:{alternation('secret')})\b[^\n.?!]{{0,60}}?(?<![\w@.])"
                          r"(?-i:((?=[^\s]*[A-Za-zÀ-ÿ])(?=[^\s]*\d)(?=[^\s]*[!#$%&*+@^_~]|[^\s]*[a-z][^\s]*[A-Z]|[^\s]*[A-Z][^\s]*[a-z])"
                          r"[^\s,;\"'”»]{6,40}))(?![^\s,;\"'”»])")
_BUZZER = re.compile(r"(?i)\b(?:buzz(?:er)?|interphone|interfone|klingel|timbre|portero automático)[ \t]*(?:#|no\.?|nr\.?|n[º°])?[ \t]*"
                     r"(\d{2,6}[A-Z#]?)(?!\d)")
# A code read out digit by digit ("key safe code 1 9 6 4", "combinación 3-8-1-5", "Haustürcode 4 7 1 9 #"): single
# digits apart are how people dictate a code, never how an order or a phone is written; a word of codes and locks
# before them on the line (code, PIN, combination, key safe, lock, in five languages) makes them a secret.
_SPELLED = re.compile(r"(?<![\w-])((?:\d[ -]){3,9}\d(?:[ \t]*[#*]|[ \t]+[A-Z](?![\w-]))?)(?![\w-])")
_CODE_BEFORE = re.compile(r"(?i)(?:c[oó]d|combina|kombina|\bpin\b|clave|senha|passw|kennw|contras|tresor|safe|cofre|"
                          r"schlüssel|schloss|clés?\b|chave|llave|key|lock|box|cadenas|candado|cadeado)")
# A code word of its own ("Abholcode", "código de retiro", "code de retrait", "clave dinámica") and the short code
# quoted after it: letters and digits, one group or two ("K7Q-2291", "803 442"). Codes that name a thing rather
# than unlock one (postcodes, promo codes, error codes, product and tracking codes) are left alone.
_CODE_WORD = re.compile(r"(?i)(?<![\w-])((?:[a-zäöüß]+)?code|c[oó]digo|clave|chave)"
                        r"((?:[ \t]+(?:de|do|da|du|del|des|d'|für|for|of)?[ \t]*[^\W\d_][\w'’-]*){0,2}?)"
                        r"[ \t]*[:=]?[ \t]*(?:(?:is|es|est|c'est|ist|é|lautet)[ \t]+)?[\"'“„«]?[ \t]*"
                        r"(?<![\w-])(?-i:((?=[A-Z0-9-]*\d)[A-Z0-9]{2,8}(?:[- ][A-Z0-9]{3,5}|(?:-[A-Z0-9]{2,5}){2})?))(?![\w-])")
# A reference of letters, a dash and digits ("EX-2291", "RMA-48812") names a case; a code to unlock mixes them ("K7Q-2291").
_REFERENCE = re.compile(r"[A-Z]{2,5}-\d{3,}")
_NOT_A_SECRET_CODE = re.compile(
    r"(?i)post|zip|promo|discount|rabatt|gutschein|coupon|cupom|cup[oó]n|voucher|vale|error|fehler|erreur|http|status|"
    r"produ|artikel|article|art[ií]culo|artigo|track|rastre|seguim|suivi|sendung|envío|envio|bar|qr|area|country|"
    r"länder|lander|swift|bic|sort|iata|\bean\b|sku|ref|colou?r|farb|couleur|cor\b|html|cep|region|tarif|tax|steuer|"
    r"kunden|client|customer|cliente|pedido|order|commande|bestell|encomenda|fatura|factura|invoice|rechnung|"
    r"exchange|umtausch|[ée]change|cambio|troca|return|retour|devoluci|devolu[çc]|refund|reembols|rembours|erstattung|rma")
# Secrets by their shape alone: a long token that mixes lower case, capitals and digits (an API key, a bearer
# token, a vendor's access token of any prefix), or a long hexadecimal run. Identifiers agents need are capitals
# and digits (tracking, order, SKU), and words are not this mixed.
_TOKEN = re.compile(r"(?<![\w./@-])(?=[\w-]*[a-z])(?=[\w-]*[A-Z])(?=(?:[\w-]*\d){4})[A-Za-z0-9][\w-]{19,}(?![\w./@-])"
                    r"|(?<![\w./@-])(?=[\w-]*[a-f])(?=[\w-]*\d)[0-9a-f]{32,}(?![\w./@-])")
# (round 12) A password by its shape alone, in a clipboard dump or a pasted credential pair: one token of 10+
# characters mixing lower case, capitals, two digits and a symbol inside it ("Lluvia#2030x", "Rr!88&teapot"); a hashtag
# or a handle starts with its symbol, a link, an address or a key=value has `://`, `/`, `@` or `=`, a reference is a word, `#` and digits.
_PASSWORD_ALONE = re.compile(r"(?<!\S)(?=\S*[a-z])(?=\S*[A-Z])(?=(?:\S*\d){2})(?=\S*\w[!#$%&*?^~+]+\w)"
                             r"(?![^\s]*(?:://|@|=|/))(?![A-Za-z]+#\d+[A-Za-z]{0,3}(?!\S))\w\S{8,38}[\w!?*#$%&]"
                             r"(?=[.,;:)]?(?:\s|$))")
# (round 12) A login and a password as a pair after a credentials word, in a log or a message: "using credentials
# shop_api / x", "credenciales: tienda / y", "identifiants jdupont / z", "Zugangsdaten mmuster / w".
_CRED_PAIR = re.compile(r"(?i)\b(?:credentials|credenciales|credenciais|identifiants|zugangsdaten)[ \t]*:?[ \t]+"
                        r"([\w.@-]{3,40})[ \t]*/[ \t]*(\S{4,60}?)(?=[.,;]?(?:\s|$))")
# A user and password in a command line or a link: `curl -u admin:s3cret`, `--user a:b`, `https://admin:s3cret@host`.
_USER_PASS = re.compile(r"(?:(?<!\S)(?:-u|--user)[ \t=]+[\"']?|://)([^\s:@/\"']+):([^\s@\"']+?)(?=[\"']?(?:\s|$)|@)")
_URL = re.compile(r"https?://[^\s<>\"'\])]+", re.I)
# --- round 11 (structured values) ---
# A value in quotes after a secret's cue, spaces and all: 'password "blue moon 77"', « soleil levant », „Blume 7“,
# the security answer "Ibadan Grammar".
_QUOTED = re.compile(rf"(?i)\b(?:{alternation('secret')}|{alternation('secret_question')}|(?:answer|respuesta|réponse|"
                     # (round 25) "Réponse de Maxime :", "Resposta de Nuno: «…»": a reply by someone, no secret's answer
                     r"antwort|resposta)(?![ \t]+(?:de|da|do|from|von|by|par|por|of)[ \t]+(?-i:[A-ZÀ-Þ@])))(?![\w])[^\n\"“„«»”]{0,30}?(?<=[\s:=(])[\"“„«‘'][ \t]*"
                     r"([^\"”“„«»‘’'\n]{1,40}?)[ \t]*[\"”“»’'‘]")
# (speed) the quoted part every _QUOTED match ends with, as written there: a text without one skips the pattern
_QUOTE_PAIR = re.compile(r"[\"“„«‘'][ \t]*[^\"”“„«»‘’'\n]{1,40}?[ \t]*[\"”“»’'‘]")
# Trying a password ("I tried Sunflower88", "probé con mariposa7", "tentei com brasil2022", "hab es mit hamster77
# versucht"): the token after the verb (before it, in German) when it has a digit or a symbol among letters, and a
# secret's cue stands within _TRIED_REACH characters (the same or the previous sentence).
_PASSWORD_SHAPED = r"(?=[^\s]*[^\W\d_])(?=[^\s]*[\d!#$%&*+?@^_~])[^\s\"'“”„«»,;()]{4,40}"
_TRIED = re.compile(rf"(?i)(?<![\w'])(?:{alternation('secret_verb')})[ \t]+[\"'“„«]?(?-i:({_PASSWORD_SHAPED}))")
_TRIED_DE = re.compile(rf"(?i)\bmit[ \t]+[\"'“„«]?(?-i:({_PASSWORD_SHAPED}))[\"'”»“]?[ \t]+"
                       rf"(?:\w+[ \t]+)?(?:{alternation('secret_verb_after')})\b")
_TRIED_REACH = 120
_SECRET_CUE = re.compile(rf"(?i)\b(?:{alternation('secret')})(?![\w])")
# A recovery phrase: the words after its cue, to the end of the line ("seed phrase is: river stone paper …").
_RECOVERY = re.compile(rf"(?i)\b(?:{alternation('recovery_phrase')})(?![\w])[ \t]*(?:is|es|est|ist|é|:)?[ \t]*:?[ \t]*"
                       r"[\"'“„«]?((?:[^\W\d_]+|\d{4,10})(?:[ \t,-]+(?:[^\W\d_]+|\d{4,10})){3,23})")
# Credentials in a pasted request or log: an Authorization header's value, a JSON Web Token anywhere.
_AUTH = re.compile(r"(?i)\b(?:bearer|basic|token|digest)[ \t]+(?-i:([A-Za-z0-9._~+/=-]{16,}))")
_JWT = re.compile(r"(?<![\w-])eyJ[\w-]{8,}\.eyJ[\w-]{4,}\.[\w-]*")
# A secret's cue, a clause, a colon or a linking word, then a value with a digit or a symbol ("the PIN he wrote on the
# fridge was 4471", "code d'entrée, pour qu'il puisse monter : A1794", "a senha que o técnico deixou anotada é
# casa#verde"): no linking word inside the clause, and no word that makes
# the value something else (cues.toml other_value: "my password fails, the error is 500").
_LINK_WORDS = r"is|was|es|era|fue|est|était|etait|c'était|ist|war|lautet|lautete|é|foi"
_FAR_GAP = rf"((?:(?!\b(?:{_LINK_WORDS})\b)[^\n.!?:;]){{0,60}}?)(?:[:(]|,[ \t]+(?:que[ \t]+)?(?:{_LINK_WORDS})\b|\b(?:{_LINK_WORDS})\b)"
_SECRET_FAR = re.compile(rf"(?i)\b(?:{alternation('secret')})(?![\w]){_FAR_GAP}[ \t]*[\"'“„«]?[ \t]*"
                         r"(?:(?:le|la|el|o|a|der|die|das|the)[ \t]+)?"
                         r"(?-i:((?=[^\s\"'”»,;()]*[\d!#$%&*+@^_~])[\w#*!$%&+@^~-][^\s\"'”»,;()]{2,39}))")
# A login named in prose, then a clause ("my old username, tex_mendoza88", "l'identifiant (c'était fam.rouaix)",
# "o usuário, que era familia.arruda"): the value must look like a login (a dot, an underscore or a digit inside).
_LOGIN_SHAPED = r"[a-z][\w-]*[._][\w.-]*[a-z0-9]|[a-z][\w.-]*\d[\w.-]*"
_USER_FAR = re.compile(rf"(?i)\b(?:{alternation('username')})(?![\w])((?:(?!\b(?:{_LINK_WORDS})\b)[^\n.!?:;]){{0,40}}?)"
                       rf"(?:[,(:][ \t]*|\b(?:{_LINK_WORDS})\b[ \t]*)(?:(?:que|qui|c'était|c'etait|era|was)[ \t]+)?"
                       rf"[\"'“„«]?(?-i:({_LOGIN_SHAPED}))(?![\w@])")
# Passwords on a pasted command line or in an environment file: `--password=…`, `mysql -u root -pS3cret`,
# `sshpass -p 'Hunter2!'`, `DB_PASSWORD=Kx92!pq`, `smtp_pass: …` (values that only switch something are no secret).
_CLI_PASSWORD = re.compile(r"(?<!\S)(?:--pass(?:word)?[= ]|(?<=sshpass )-p[ ]?|(?:(?<=mysql )|(?<=mysqldump )|(?<=mariadb ))"
                           r"(?:-u[ ]?\S+[ ]+)?-p)[\"']?([^\s\"']+)")
_ENV_SECRET = re.compile(r"(?i)(?<![\w-])\w*?_?(?:password|passwd|pass|pwd|secret|token|api_?key|access_?key|private_?key)"
                         r"(?:_\w+)?[\"']?[ \t]*[=:][ \t]*[\"']?([^\s\"',;&]{3,})")
_SETTING_KEY = re.compile(r"(?i)count|len|ttl|expir|limit|timeout|size|type|url|uri|endpoint|path|file|min|max|reset")
_NOT_SECRET_VALUE = frozenset("true false null none yes no on off bearer basic required optional reset changed".split())
# A login in an authentication log line: `Failed password for jmorales from 10.1.2.3` (sshd), "login failed for user
# 'jsmith42'", "échec de connexion pour l'utilisateur m.durand": quoted, or shaped like a login.
_LOG_USER = re.compile(r"(?i)\b(?:failed|accepted|invalid)[ \t]+(?:password|publickey|login|keyboard-interactive)[ \t]+for[ \t]+"
                       r"(?:invalid[ \t]+user[ \t]+)?([\w.@-]+)[ \t]+from\b")
_FOR_USER = re.compile(r"(?i)\b(?:for|pour|para|für|do|da|de|del)[ \t]+(?:the[ \t]+|l'|el[ \t]+|o[ \t]+|den[ \t]+)?"
                       r"(?:user|utilisateur|usuario|usuário|utilizador|benutzer|nutzer)[ \t]+"
                       rf"(?:[\"'“‘]([\w.@-]{{2,40}})[\"'”’]|(?-i:({_LOGIN_SHAPED}))(?![\w@]))")
# The account folder in a pasted path: C:\Users\kasante\AppData, /home/linh/.local, /Users/mara/Library.
_HOME_DIR = re.compile(r"(?i)(?:\b[A-Z]:\\+(?:Users|Documents and Settings)\\+|(?<![\w.])/(?:home|Users)/)"
                       r"(?!(?:public|default|shared|all users|administrator)(?:[\\/]|$))([^\\/\s\"':]+)")
_PUBLIC_PARAMS = re.compile(r"(?i)^(?:utm_\w+|lang|locale|hl|page|p|sort|order|view|tab|ref|src|source|format)$")
_TRAILING = ".,;:!?)]}'\""


def _clean(value: str) -> str:
    return value.rstrip(".,;)]}\"'") or value


# (round 11) A code named first and its value at the end of the same sentence, after a linking verb: "le code de la boîte
# à clés que j'avais donné à votre service était 4927", "the key safe code we gave your team was 5521".
_SECRET_LATE = re.compile(rf"(?i)\b(?:{alternation('secret')})\b[^\n.?!]{{0,70}}?[ \t](?:is|was|es|era|est|était|etait|ist|war|"
                          r"lautet|lautete|é|foi|fue)[ \t]+[\"'“„«]?(\d{3,8})(?![\w,.-]\d|\w)")


# (round 15) A secret's field label opening a line and a passphrase of two or three words after its colon ("mot de
# passe : soleil levant", "Contraseña: perrito feliz"): the rest of the line, unless a word of it is a function word
# or says what happened to the secret (cues.toml secret_status: "Password: reset link sent").
# (round 16) One or two words may open the label ("Collection password:", "Palabra clave de recogida:") and a purpose
# or a bracketed note may follow the cue ("password (for anyone other than me):", "Palavra-passe de recolha:").
_SECRET_FIELD = re.compile(rf"(?im)^[ \t>*•·-]*(?:[^\W\d_][\w-]*[ \t]+){{0,2}}?(?:{alternation('secret')})"
                           r"(?:[ \t]+(?:de|do|da|del|du|des|of|for|für|pour|para|zur|zum)[ \t]+[^\W\d_][\w'’-]*)?"
                           r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*:[ \t]*"
                           r"([^\W_][^\s,;]*(?:[ \t]+[^\W_][^\s,;]*){1,2})[ \t.]*$")
# (speed) Every pattern above built on `alternation('secret')` (_SECRET, _SECRET_DIRECT, _SECRET_SHAPED, _SECRET_TO,
# _AS_SECRET, _ASKED_LINE, _NEAR_SECRET, _SECRET_LATE, _SECRET_FIELD) holds one of its words, case-insensitively: a text
# with none of them anywhere skips those patterns. Every word of the list begins with a word character and every one of
# those patterns has a non-word character or the text's start before it, so the word begins at a word boundary.
_ANY_SECRET = re.compile(rf"(?i)\b(?:{alternation('secret')})")
_SECRET_STATUS = re.compile(rf"(?i)(?:{alternation('secret_status')})")


def _not_a_secret_word(value: str) -> bool:
    """A bare word after a secret's cue that is no secret: a function word ("Password: I forgot it") or a word of
    what happened to it ("Passwort: vergessen", "password: reset")."""
    return fold(value) in function_words() or bool(_SECRET_STATUS.fullmatch(value))


def _passphrase(value: str) -> bool:
    words = value.split()
    return len(value) <= 40 and not any(fold(w) in function_words() or _SECRET_STATUS.fullmatch(w) for w in words)


# --- round 38: a passphrase of several words runs from its cue to the end of its clause ("Passwort war Apfelblüte im Mai
# 77, hab ich …", "a senha é bossa nova na lapa 22, mandei …", "mon mot de passe c'était caribou à l'érable
# quatre-vingt-dix, je …"). The clause ends at a comma, a full stop, a bracket, a line's end or a conjunction opening a
# new clause; the words up to there must not start a new clause themselves (a pronoun, a verb of saying, an adverb
# of time: "my password is Fluffy since yesterday" keeps "since yesterday").
_CLAUSE_REST = re.compile(r"((?:[ \t]+[^\s,.;:!?()\[\]\"“”„«»]+){1,5}?)(?=[ \t]*(?:[,.;:!?()\[\]\"“”»]|\n|$)|[ \t]+(?:and|but|or|y|pero|o|et|"
                         r"mais|ou|und|aber|oder|e|mas|porque|because|car|parce|weil|denn|that|que|dass)[ \t])")
_NEW_CLAUSE = frozenset(
    "i you he she we they it me my your is was are were be been did does have has had can could will would "
    "please now then so btw since yesterday today anymore again still already just ago not never because if when "
    "for to from with without by via at on which who this that these those there here "
    "je j' tu il elle nous vous ils elles on est était etait suis ai ont sont pas plus ne depuis hier aujourd'hui "
    "encore déjà deja maintenant merci svp pour par avec sans qui ce cette ces ça ca "
    "ich du er sie wir ihr es ist war bin hab habe hat haben nicht kein keine seit gestern heute jetzt noch schon "
    "bitte danke für über durch ohne wer das dies diese "
    "yo tú tu él ella nosotros ustedes ellos ellas es era fue soy he ha han no ya desde ayer hoy ahora todavía todavia "
    "aún aun gracias porfa para por con sin quien esto esta este "
    "eu você voce ele ela nós nos vocês eles elas é foi sou tenho tem não nao já desde ontem hoje agora ainda obrigado "
    "obrigada pra por pelo pela com sem quem isso isto essa esse".split())


def _to_clause_end(text: str, end: int) -> int:
    """Where the clause that holds a passphrase's first word ends, or `end` when the words after it start another."""
    m = _CLAUSE_REST.match(text, end)
    if not m:
        return end
    words = m.group(1).split()
    if any(fold(w) in _NEW_CLAUSE or w.casefold() in _NEW_CLAUSE or _SECRET_STATUS.fullmatch(w) for w in words):
        return end
    return m.end(1)


# (round 38) The value far from its cue, at the end of the same sentence after a linking verb or a colon ("Le mot de passe
# de l'espace client, que votre agent m'a fait épeler, était Cassoulet31!", "la clave de la app de mantenimiento
# apuntada: cafe-con-leche-1987"): only a value shaped like a password (letters and a digit).
_SECRET_LATE_SHAPED = re.compile(rf"(?i)\b(?:{alternation('secret')})\b[^\n.?!:]{{0,120}}?(?:[ \t](?:{_LINK_WORDS}|lautet)[ \t]+|[ \t]*:[ \t]*)"
                         r"[\"'“„«]?(?-i:((?![/\\])(?=[^\s]*\d)(?=[^\s]*[^\W\d_])[^\s\"'”»“„«]{4,40}))")
# "user sonia_x, pass pimentinha77": "pass" as a password's word only before a value shaped like one
_PASS_SHAPED = re.compile(r"(?i)(?<![\w-])(?<!boarding )(?<!season )(?<!day )(?<!bus )(?<!ski )(?:pass|pword|passw)[ \t]*[:=]?[ \t]+"
                          r"(?-i:((?=[^\s]*\d)(?=[^\s]*[^\W\d_])[^\s\"'”»“„«,;()]{6,40}))")


# A secret asked for on one chat line ("E a frase de segurança do cadastro?", "Und Ihre Telefon-PIN, bitte.") and the
# next line holding nothing but the answer after its speaker ("Cliente: jabuti azul.", "Kunde: 7 3 1 9."): at most
# four words, none a word of a new clause, of waiting or of yes and no.
_ASK_CUE = re.compile(rf"(?i)(?<![\w])(?:{alternation('secret')}|{alternation('passphrase_cue')})(?![\w-])")
_PHRASE_WORD = re.compile(r"(?i)phrase|frase|satz|pass|memorable")
_ASK_TAIL = re.compile(r"[^\n]{0,50}?(?:\?|[ ,]+(?:please|bitte|por favor|s'il vous pla[iî]t|svp|por gentileza|se faz favor)[ \t]*[.!]?)"
                       r"[ \t]*\n[ \t>]*(?:\[[^\]\n]{1,24}\][ \t]*)?[^\W\d_][\w .'’-]{0,24}?:[ \t]*"
                       r"([^\s.,;:!?\"'“”„«»()][^\n.,;:!?\"“”„«»()]{0,38}?)[ \t]*[.!]?[ \t]*$", re.M)
_NOT_AN_ANSWER = frozenset("yes yeah yep no nope ok okay sure sorry hang wait moment sec second minute hmm um uh er "
                           "sí si vale claro momento segundo espera oui non ouais attendez moment seconde ja nein "
                           "moment sekunde warte sim não nao claro momento espera one just".split())


# A login given first and the password after "and", its verb left out ("mi usuario es pepe77 y la contraseña Nopal
# Verde 12, no me deja entrar", "user is x and the password blue fox"): the words up to the end of the clause.
_ELLIPTIC = re.compile(rf"(?i)\b(?:{alternation('username')})\b[^\n.!?]{{1,60}}?[ \t,](?:and|y|et|und|e)[ \t]+"
                       r"(?:(?:the|la|le|el|das|die|o|a|my|mi|mon|ma|mein|meu|minha)[ \t]+)?"
                       rf"(?:{alternation('secret')})(?![\w-])[ \t]*:?(?=[ \t]+[^\W\d_])")


# A PIN or a code in brackets further on in its cue's sentence ("o PIN do cartão foi-lhe pedido por telefone (4490)")
_BRACKET_CODE = re.compile(rf"(?i)\b(?:{alternation('secret')})(?![\w-])[^\n.!?()]{{0,60}}\([ \t]*(\d{{4,8}})[ \t]*\)")


def _round38_secrets(text: str, cued: bool) -> list[Span]:
    out = []
    for m in _BRACKET_CODE.finditer(text) if cued and "(" in text else ():
        # ("pedido" as the verb "asked for", not "order": "foi-lhe pedido", "me fue pedido")
        gap = re.sub(r"(?i)\b(?:foi|fue|fueron|foram|sido|me|le|lhe|te)[ \t]+pedid[oa]s?\b", "", text[m.start():m.start(1)])
        if not _something_else(gap):
            out.append(Span("SECRET", m.start(1), m.end(1), 0.8))
    for m in _ELLIPTIC.finditer(text) if cued else ():
        first = re.match(r"[ \t]+([^\W\d_][\w'’-]*)", text[m.end():])
        if first and _plain_word(first.group(1)) and not _not_a_secret_word(first.group(1)) \
                and fold(first.group(1)) not in _NEW_CLAUSE:
            start = m.end() + first.start(1)
            end = _to_clause_end(text, start + len(first.group(1)))
            if end > start + len(first.group(1)):  # several words: one word alone is the other patterns' work
                out.append(Span("SECRET", start, end, 0.8))
    asked = "\n" in text and (cued or _PHRASE_WORD.search(text))  # (speed) the cues outside 'secret' hold one of these
    for cue in _ASK_CUE.finditer(text) if asked else ():
        tail = _ASK_TAIL.match(text, cue.end())
        if tail is None:
            continue
        words = tail.group(1).split()
        if len(words) <= 4 and not any(fold(w) in _NEW_CLAUSE or fold(w) in _NOT_AN_ANSWER for w in words) \
                and fold(words[0]) not in function_words() and not _SECRET_STATUS.search(tail.group(1)):
            out.append(Span("SECRET", tail.start(1), tail.end(1), 0.8))
    for m in _SECRET_LATE_SHAPED.finditer(text) if cued else ():
        value = _clean(m.group(1)).rstrip("?")
        # (a password mixes lower case in; a kept reference is capitals and digits: "… password, the ticket is AB-1234")
        if len(value) >= 4 and not names_other_value(text[m.start():m.start(1)]) and "/" not in value[:3] and "://" not in value and \
                not re.search(r"@[\w-]+\.", value) and (re.search(r"[a-zß-ÿ]", value) or not keep.is_identifier(value)):
            out.append(Span("SECRET", m.start(1), m.start(1) + len(value), 0.8))
    for m in _PASS_SHAPED.finditer(text) if "pass" in text.lower() else ():
        value = _clean(m.group(1))
        if not keep.is_identifier(value):
            out.append(Span("SECRET", m.start(1), m.start(1) + len(value), 0.8))
    return out


def _plain_word(value: str) -> bool:
    return bool(re.fullmatch(r"[^\W\d_][^\W\d_'’-]*", value)) and fold(value) not in function_words()


def find_secrets(text: str) -> list[Span]:
    # (the gap may not make the value something else: "my password is not working, the error is 500")
    cued = bool(_ANY_SECRET.search(text))  # (speed) else no pattern holding a secret's cue word can match
    out = [Span("SECRET", m.start(1), m.end(1), 0.8) for m in (_SECRET_LATE.finditer(text) if cued else ())
           if not _something_else(text[m.start():m.start(1)])]
    for pattern in (_SECRET, _SECRET_DIRECT, _SECRET_SHAPED, _SECRET_TO) if cued else ():
        for m in pattern.finditer(text):
            value = _clean(m.group(1))
            if "://" in value:
                continue  # "reset your password: https://…": the link's own secrets are find_url_secrets' job
            if value and not _not_a_secret_word(value):
                end = m.start(1) + len(value)
                if pattern in (_SECRET, _SECRET_DIRECT) and _plain_word(value) and text[m.start(1) - 1] in " \t:":
                    end = _to_clause_end(text, end)  # (round 38) a passphrase of several words
                out.append(Span("SECRET", m.start(1), end, 0.85))
    out += [Span("SECRET", m.start(1), m.end(1), 0.8) for m in (_SECRET_FIELD.finditer(text) if cued else ())
            if _passphrase(m.group(1))]
    out += [Span("SECRET", m.start(1), m.end(1), 0.8) for pattern in (_ANSWER_IS, _SUBJECT_IS)
            for m in pattern.finditer(text)]
    out += [Span("SECRET", m.start(), m.end(), 0.9) for m in _API_KEY.finditer(text)]
    for pattern in (_ONE_TIME, _AS_SECRET, _ASKED_LINE, _BUZZER, _KEYPAD):
        if (not cued and pattern in (_AS_SECRET, _ASKED_LINE)) or \
                (pattern is _KEYPAD and ("\n" not in text or not _KEYPAD_WORD.search(text))):
            continue
        out += [Span("SECRET", m.start(1), m.start(1) + len(_clean(m.group(1))), 0.85) for m in pattern.finditer(text)]
    for m in _NEAR_SECRET.finditer(text) if cued else ():
        value = _clean(m.group(1))
        if "://" not in value and not re.search(r"@[\w-]+\.", value) and not keep.is_identifier(value):
            out.append(Span("SECRET", m.start(1), m.start(1) + len(value), 0.8))
    for m in _SPELLED.finditer(text):  # the digits first (rare), then the code word before them on their line
        line_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 48)
        if _CODE_BEFORE.search(text, line_start, m.start()):
            out.append(Span("SECRET", m.start(1), m.end(1), 0.85))
    out += [Span("SECRET", m.start(3), m.end(3), 0.8) for m in _CODE_WORD.finditer(text)
            if not _NOT_A_SECRET_CODE.search(text[max(0, m.start() - 16):m.start(3)])
            and not keep.is_identifier(m.group(3)) and not _REFERENCE.fullmatch(m.group(3))]
    out += [Span("SECRET", m.start(), m.end(), 0.85) for pattern in (_TOKEN, _PASSWORD_ALONE) for m in pattern.finditer(text)]
    out += _round11_secrets(text)
    out += _round17_passphrases(text)
    out += _round38_secrets(text, cued)
    out += [Span("SECRET", m.start(2), m.end(2), 0.9) for pattern in (_USER_PASS, _CRED_PAIR) for m in pattern.finditer(text)]
    links = [(u.start(), u.end()) for u in _URL.finditer(text)]
    for m in _KEY_SECRET.finditer(text):
        group = value_group(m)
        if m.group(group).strip() and not any(lo <= m.start() < hi for lo, hi in links) and \
                not (group == 3 and _not_a_secret_word(m.group(group))):  # a link's query: URL_SECRET
            out.append(Span("SECRET", m.start(group), m.end(group), 0.85))
    for pattern in (_QUESTION, _ASKED, _ANSWER) if "?" in text else (_QUESTION, _ANSWER):  # _ASKED needs a "?"
        for m in pattern.finditer(text):
            label = _ANSWER_LABEL.match(text, m.start(1))
            start = label.end() if label else m.start(1)
            value = re.split(r"(?<=\w)[.!?](?:\s|$)", text[start:m.end(1)])[0].rstrip(" .!?")
            if value:
                out.append(Span("SECRET", start, start + len(value), 0.8))
    return out


# After a quoted text, its answer: a colon and a value, or "and the answer" — the quotes held the question
# („Name der Grundschule": X, «cidade onde nasci» e a resposta é X), whatever it asks about.
_ANSWERED_AFTER = re.compile(r"(?i)[ \t]*\)?[ \t]*(?::[ \t]*[^\s:]|[,;]?[ \t]*(?:and|y|et|und|e)[ \t]+(?:the|la|die|a)?[ \t]*"
                             rf"(?:{_ANSWER_WORDS})\b)")
# A question's line that runs on to its answer's label: „Wie hieß Ihre erste Schule?" – Antwort: X -> X
_ANSWER_LABEL = re.compile(rf"(?i)[\"'”“»„«]?[ \t]*[–—-]?[ \t]*(?:{_ANSWER_WORDS})[ \t]*:[ \t]*")


def _quoted_question(value: str) -> bool:
    """The quoted text is the security question itself, not its answer: it asks ("Wie hieß Ihre erste Schule?") or
    names what a security question asks about («nome da avó materna», cues.toml secret_subject)."""
    return value.rstrip().endswith("?") or bool(re.search(rf"(?i)(?:{alternation('secret_subject')})", value))


def _something_else(gap: str) -> bool:
    """A word in a cue's gap that makes the value something else (an order, an error, a status)."""
    return names_other_value(gap) or bool(_NOT_A_SECRET_CODE.search(gap))


def _round11_secrets(text: str) -> list[Span]:
    """Quoted secrets, a password after "tried", recovery phrases, Authorization headers and JWTs, a secret's value
    after a clause."""
    out = [Span("SECRET", m.start(1), m.end(1), 0.85) for m in (_QUOTED.finditer(text) if _QUOTE_PAIR.search(text) else ())
           if m.group(1).strip() and not _quoted_question(m.group(1)) and not _ANSWERED_AFTER.match(text, m.end())]
    cues = [m.start() for m in _SECRET_CUE.finditer(text)]
    for pattern in (_TRIED, _TRIED_DE) if cues else ():
        for m in pattern.finditer(text):
            value = _clean(m.group(1))
            near = any(m.start() - _TRIED_REACH <= c <= m.end() + _TRIED_REACH for c in cues)
            if near and "://" not in value and "@" not in value and not keep.is_identifier(value):
                out.append(Span("SECRET", m.start(1), m.start(1) + len(value), 0.8))
    out += [Span("SECRET", m.start(1), m.start(1) + len(m.group(1).rstrip(" ,-")), 0.85) for m in _RECOVERY.finditer(text)]
    out += [Span("SECRET", m.start(1), m.end(1), 0.9) for m in _AUTH.finditer(text)
            if re.search(r"\d", m.group(1)) and re.search(r"[A-Za-z]", m.group(1)) and "://" not in m.group(1)]
    out += [Span("SECRET", m.start(), m.end(), 0.9) for m in _JWT.finditer(text)]
    out += [Span("SECRET", m.start(1), m.end(1), 0.85) for m in _CLI_PASSWORD.finditer(text)]
    links = [(u.start(), u.end()) for u in _URL.finditer(text)]
    for m in _ENV_SECRET.finditer(text):
        key = m.group(0)[: m.start(1) - m.start()]
        if "_" in key and not _SETTING_KEY.search(key) and m.group(1).lower() not in _NOT_SECRET_VALUE and \
                "://" not in m.group(1) and not any(lo <= m.start() < hi for lo, hi in links):
            out.append(Span("SECRET", m.start(1), m.end(1), 0.8))
    for far in filter(None, (_SECRET_FAR.match(text, cue) for cue in cues)):  # only where a secret's cue stands
        value = _clean(far.group(2))
        if not _something_else(far.group(1)) and not keep.is_identifier(value) and "://" not in value and \
                not any(lo <= far.start(2) < hi for lo, hi in keep.protected_ranges(text)):
            out.append(Span("SECRET", far.start(2), far.start(2) + len(value), 0.75))
    return out


def _login_shaped(text: str, m: re.Match[str], value: str) -> bool:
    """`user=x` always; after a colon ("usuario: hola??" is a chat speaker, not a login) the value must look like
    a login: one token of word characters, dots, @ or dashes, alone on its line or holding a digit, dot or _."""
    if "=" in m.group(0)[: m.start(1) - m.start()] or text[m.start() - 1:m.start()] in ("\"", "'"):
        return True  # `user=x`, and a JSON or YAML field's quoted key (`"user": "tkowalski"`)
    if not re.fullmatch(r"[\w.@-]+", value):
        return False
    shaped = bool(re.search(r"[\d._@]", value))
    label = m.group(0)[: m.start(1) - m.start()].split(":")[0].strip(" \t\"'")
    if len(re.findall(rf"(?im)^[ \t]*{re.escape(label)}[ \t]*:", text)) > 1:
        return shaped  # the label opens several lines: a chat speaker ("usuario: gracias"), not a form field
    alone = not text[m.start(1) + len(value):].split("\n", 1)[0].strip(" \t,;.\"'")
    return alone or shaped


# (round 11) A login named in passing, its value in brackets a few words on: "the login you sent (ana.r2019) stopped
# working", "mon identifiant actuel (marc_l77)". The value has a digit, dot or underscore (not "(Tuesday)").
_USER_BRACKET = re.compile(rf"(?i)(?<![\w.])(?:{alternation('username')})\b[^\n.!?()]{{0,30}}[ \t]\((?-i:([^\s():]*[\d._][^\s():]*))\)")


# --- round 15: usernames an app, a log, a marketplace or a chat question names (cue words: data/cues.toml user_noun,
# account_noun, by_user) ---
# A login token: word characters, dots and dashes, a letter or digit at both ends.
_LOGIN_TOKEN = r"[^\W_][\w.-]{1,38}[^\W_]"
_TOKEN_END = r"(?![\w@-]|\.\w)"
# A file name or a host is no login ("user manual.pdf", "sent by mailer.example.com"); nor is a version ("v2.3").
_NOT_LOGIN = re.compile(r"(?i)\.(?:pdf|docx?|xlsx?|csv|txt|json|xml|ya?ml|ini|cfg|conf|log|png|jpe?g|gif|heic|zip|exe|apk|"
                        r"html?|js|py|sh|bat|msi|dmg|com|net|org|de|fr|es|pt|br|uk|io|co|app|ch|at|mx|it|eu|info)$"
                        r"|^v?\d+(?:\.\d+)+\w?$")
# A cue's label, then a login token: a colon, a hash or a dash may stand between.
_LABELLED_LOGIN = rf"(?![\w-])[ \t]*(?:[:=#]|[-–][ \t])?[ \t]*[\"'“‘]?(?-i:({_LOGIN_TOKEN})){_TOKEN_END}"
# "user pe.hollis", "App-Nutzer x.y77", "seller vintage_x7", "Usuário: a.b" (a colon, a hash or a dash may stand between)
_USER_NOUN = re.compile(rf"(?i)(?<![\w@.-])(?:{alternation('user_noun')}){_LABELLED_LOGIN}")
# "Compte : jean-luc.morvan": after an account noun only a person's dotted or underscored login (not "acc_20931")
_ACCOUNT_USER = re.compile(rf"(?i)(?<![\w@.-])(?:{alternation('account_noun')}){_LABELLED_LOGIN}")
# "created by host_rtaylor", "créé par m.dupuis7", "erstellt von tom.b88", "criado por adm_x.y"
_BY_USER = re.compile(rf"(?i)\b(?=[^\W\d_]{{3,}}[ \t]+(?:by|par|por|von)[ \t])(?:{alternation('by_user')})[ \t]+(?-i:({_LOGIN_TOKEN})){_TOKEN_END}")
# A chat question for the login, answered on the next line ("Quel est votre identifiant ?" / "moi : lulu_13").
_USER_ASKED = re.compile(rf"(?i)\b(?:{alternation('username')}|{alternation('user_noun')})\b[^\n]{{0,40}}\?[ \t]*\n[ \t>]*"
                         r"(?:\[[^\]\n]{1,24}\][ \t]*)*(?:[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*)?[ \t]*:[ \t]*)?"
                         rf"[\"'“„«]?[ \t]*(?-i:({_LOGIN_TOKEN})){_TOKEN_END}")
# A login named together with its password ("con el usuario panchovilla y la contraseña …", "l'identifiant x et le
# mot de passe …"): any token, since the password beside it says what it is.
_USER_WITH_SECRET = re.compile(
    rf"(?i)\b(?:{alternation('username')}|{alternation('user_noun')})[ \t]+[\"'“‘]?(?-i:([^\W_][\w.@-]{{1,38}}[^\W_]))"
    r"[\"'”’]?,?[ \t]+(?:and|y|et|und|e|with|con|avec|mit|com)[ \t]+(?:(?:the|my|la|mi|el|le|mon|ma|das|dem|mein|meinem|"
    rf"o|a|meu|minha|su|sa|son|seu|sua|sein|ihr)[ \t]+)?(?:{alternation('secret')})\b")
# A credentials list: a line holding only a login, then a line that opens with a secret's label ("· ana.r7" /
# "· contraseña: …").
_LOGIN_LINE = re.compile(rf"(?im)^[ \t]*[·•*>-]?[ \t]*(?-i:({_LOGIN_TOKEN}))[ \t]*\n[ \t]*[·•*>-]?[ \t]*"
                         rf"(?:{alternation('secret')})[ \t]*:")
_CUE_WORDS = re.compile(rf"(?i)(?:{alternation('username')}|{alternation('user_noun')}|{alternation('account_noun')}|"
                        rf"{alternation('secret')}|name|nombre|nom|nome|e-?mail|mail|correo|id|code|c[oó]digo)")


def _login_like(value: str, strict: bool = False) -> bool:
    """A token shaped like a login: a dot or an underscore between letters and digits ("pe.hollis", "dmarsh_07"), or
    letters then digits ("kitty92"); `strict` (after an account noun, which also names account numbers): a dot or an
    underscore after two letters and before a letter ("jean-luc.morvan", not "acc_20931")."""
    if not re.search(r"[a-zà-ÿ]", value) or _NOT_LOGIN.search(value) or keep.is_identifier(value):
        return False
    if strict:
        return bool(re.search(r"[^\W\d_]{2}[._][^\W\d_]", value))
    return bool(re.search(r"[^\W\d_][._][^\W_]|[^\W_][._][^\W\d_]|[^\W\d_]{2}\d", value))


def _alone_answer(text: str, m: re.Match[str]) -> bool:
    """(round 18) The answer to "what's your username?" that is one plain lower-case token alone on its line
    ("customer: kbrightwater"): the question says what it is; no function word, no word saying how the login is."""
    value = m.group(1)
    rest = text[m.end(1):text.find("\n", m.end(1)) if "\n" in text[m.end(1):] else len(text)]
    return bool(re.fullmatch(r"[a-z][a-z0-9]{3,29}", value)) and value not in function_words() \
        and value not in _LOGIN_STATE and value not in _CHAT_REPLIES and not rest.strip(" \t.!,;")


# Replies in a chat that are no login ("Customer: sorry", "Cliente: espera").
_CHAT_REPLIES = frozenset("""
sorry yes yeah yep yup nope okay thanks thank wait hello hiya sure hmm hmmm what why dunno idk please help same none
forgot lost unknown nothing perdón perdon vale claro espera gracias hola nada olvidé olvide merci attendez attends
bonjour salut oublié oublie rien pardon danke moment hallo weiß weiss vergessen nichts keine entschuldigung bitte
obrigado obrigada espere olá desculpa esqueci nenhum
""".split())


_ACCESS_USER = re.compile(rf"(?i)\b(?:{alternation('access_noun')})[ \t]+(?-i:([a-z][a-z0-9]*(?:[._][a-z0-9]+)+))(?![\w@-])")


def _round15_usernames(text: str) -> list[Span]:
    patterns = (_USER_NOUN, _BY_USER) + ((_USER_ASKED,) if "?" in text else ()) + (_LOGIN_LINE,)
    out = [Span("USERNAME", m.start(1), m.end(1), 0.8) for pattern in patterns
           for m in pattern.finditer(text) if _login_like(m.group(1))
           or pattern is _USER_ASKED and _alone_answer(text, m)]
    out += [Span("USERNAME", m.start(1), m.end(1), 0.75) for m in _ACCOUNT_USER.finditer(text)
            if _login_like(m.group(1), strict=True)]
    out += [Span("USERNAME", m.start(1), m.end(1), 0.75) for m in _ACCESS_USER.finditer(text)  # (round 28)
            if _login_like(m.group(1), strict=True)]
    if _SECRET_CUE.search(text):  # (only where a secret's cue stands: most texts have none)
        out += [Span("USERNAME", m.start(1), m.end(1), 0.8) for m in _USER_WITH_SECRET.finditer(text)
                if not _CUE_WORDS.fullmatch(m.group(1)) and not keep.is_identifier(m.group(1))]
    return out


# --- round 16: a login by its shape within a cue's window, in any register (a call transcript, a marketplace thread,
# a till journal, an agent's note); cue words: data/cues.toml username, user_noun, account_noun, operator_label,
# login_as ---
# A login spelt out ("j dot smith underscore 87", "ana punto ruiz", "marc point durand", "lena punkt weber"): tokens
# joined by the spoken names of its punctuation.
_SPOKEN_SEP = (r"dot|underscore|under score|dash|hyphen|punto|gui[oó]n(?: bajo)?|barra baja|point|tiret(?: bas)?|"
               r"underscore|punkt|unterstrich|bindestrich|ponto|underline|tra[çc]o|h[ií]fen")
_SPOKEN_LOGIN = rf"[a-z0-9]+(?:[ \t]+(?:{_SPOKEN_SEP})[ \t]+[a-z0-9]+)+"
# A login spelt letter by letter ("j-m-c-a-l-l-i-s-t-e-r", "L F Q U I N T E L A"): four or more single characters.
_LETTERS = r"[A-Za-z0-9](?:[ -][A-Za-z0-9]){3,}(?![\w-])"
# The value after a login cue: spelt with its punctuation's names (group 1), letter by letter (2), or a token (3).
_LOGIN_VALUE = rf"(?:({_SPOKEN_LOGIN})(?![\w])|({_LETTERS})|(?-i:({_LOGIN_TOKEN})){_TOKEN_END})"
_USER_CUE = rf"(?:{alternation('username')}|{alternation('user_noun')}|{alternation('account_noun')})"
# The cue, up to four words ("my login on the website", "meu usuário no site"), a link, then the value.
_USER_WINDOW = re.compile(rf"(?i)(?<![\w@.-]){_USER_CUE}(?![\w-]){_FILLER}(?:{_LINK}|{_COMMA_LINK}|[ \t]+(?:as|como|comme|als)[ \t]+"
                          r"|(?<=\w)['’]s[ \t]+|[ \t]+(?:heißt|heisst|hei[sß]t)[ \t]+)[\"'“„«]?"
                          rf"{_LOGIN_VALUE}")
_ACCOUNT_CUE = re.compile(rf"(?i)(?:{alternation('account_noun')})(?![\w-])")
_USERNAME_WORD = re.compile(rf"(?i)\b(?:{alternation('username')})\b")
_LOGIN_AS = re.compile(rf"(?i)\b(?:{alternation('login_as')})[ \t]+[\"'“„«]?"
                       rf"{_LOGIN_VALUE}")
# A till or POS journal: "OP: jmcallister  29/11/2026", "CAJERA: mlozano 28-11", "HÔTESSE : cgueguen": a lower-case
# token after the operator's label, then more columns (two spaces, a digit) or the line's end.
_OPERATOR = re.compile(rf"(?i)(?<![\w-])(?:{alternation('operator_label')})\.?[ \t]*[:#=][ \t]*"
                       r"(?-i:([a-z][a-z0-9._-]{1,30}[a-z0-9]))(?=[ \t]{2,}|[ \t]*\||[ \t]+\d|[ \t]*$)", re.M)
# A marketplace or forum thread: a login-shaped handle opening its line, a date or a bullet after it, then the post
# ("pau_gomez_bcn · 27 nov: …", "gregoire_75 (24 nov.) : …", "kiki.verkauft am 22.11.: …", "ju.desapega (20/11): …").
_THREAD_HANDLE = re.compile(rf"(?m)^[ \t>*-]*({_LOGIN_TOKEN})[ \t]*(?:[·•|–—-][ \t]*|\(|(?:am|on|le|el|em|the)[ \t]+)"
                            r"[^\n:]{0,22}?\d[^\n:]{0,14}?\)?[ \t]*:")
# Words that name a record rather than a person's account: "ticket_2231 (12/03):" is no login.
_RECORD_WORD = re.compile(r"(?i)^(?:order|ticket|invoice|case|ref|sku|item|id|job|task|bug|issue|incident|req|inc|chg|"
                          r"pedido|commande|bestellung|encomenda|factura|facture|rechnung|fatura|caso|dossier|vorgang)[._-]?\d")


def _name_built(value: str) -> bool:
    """A login built from a person's name: initials or a first name, then a surname of the lists, digits after
    ("lfquintela", "jmcallister", "claudiarpeixoto", "umeier7"); the surname part is no English or place word."""
    word = value.lower().rstrip("0123456789")
    if not word.isalpha() or len(word) < 5 or word in function_words():
        return False
    for i in range(1, len(word) - 3):
        head, tail = word[:i], word[i:]
        if len(tail) < (5 if i <= 2 else 4) or not is_last(tail) or not unambiguous(tail):
            continue
        if i <= 2 or is_first(head) or is_first(head[:-1]) and len(head) >= 4:
            return True
    return False


def _spoken_login(value: str) -> bool:
    """A login spelt with its punctuation's names: one letter token at least, no function word among its tokens."""
    tokens = [t for t in re.split(rf"(?i)[ \t]+(?:{_SPOKEN_SEP})[ \t]+", value) if t]
    return any(re.search(r"[a-z]", t) for t in tokens) and not any(t in function_words() and len(t) > 1 for t in tokens)


# (round 18) The writer's own login named with a possessive and a linking verb ("my login is pinecone", "Mi usuario
# del portal es carlosfm", "O meu utilizador é ritasousa", "mein Benutzername ist schnecke"): any plain lower-case
# token, not only a login-shaped one, when it ends its clause; never a function word or a word saying how the login
# is ("my username is blocked", "mi usuario es incorrecto"). Account nouns stay out (they also name numbers and
# states: "my account is closed").
_POSSESSIVE_BEFORE = re.compile(r"(?i)(?:\b(?:my|our|mi|mis|nuestro|nuestra|mon|ma|notre|meu|minha|mein|meine|meinen|unser|"
                                r"unsere)[ \t]+(?:[^\W\d_]+[ \t]+)?)$")
_CLAUSE_END = re.compile(r"[ \t]*(?:$|[\n.,;:!?)\]»”\"']|[ \t](?:and|but|y|pero|et|mais|und|aber|e|mas|is|es|est|ist|é|if|si|"
                         r"wenn|se|or|o|ou|oder|with|con|avec|mit|com|for|para|pour|für|but|now|ahora|maintenant|jetzt|"
                         r"agora|right|correct|since|depuis|seit|desde|on|in|en|em|im|auf|sur|no|na|at|à|[—–-])\b)")
_LOGIN_STATE = frozenset("""
blocked locked wrong correct incorrect invalid valid fine okay right gone missing disabled deactivated suspended banned
expired deleted same different unknown broken hacked compromised taken available required attached below above there
here weird strange new old mine case sensitive empty blank changed working page screen field button form issue
problem error details data info link portal app name
bloqueado bloqueada incorrecto incorrecta correcto correcta válido valido inválido invalido diferente distinto igual
mismo misma nuevo nueva viejo suspendido suspendida eliminado borrado raro
bloqué bloquée bloque incorrect incorrecte correct correcte valide invalide différent différente pareil nouveau
nouvelle ancien ancienne suspendu supprimé bizarre vide
gesperrt falsch richtig ungültig gültig anders gleich neu alt gelöscht komisch leer korrekt
incorreto incorreta correto correta inválida válida diferente igual novo antigo bloqueada apagado estranho vazio
""".split())


def _own_plain_login(text: str, m: re.Match[str], value: str) -> bool:
    """A plain token after "my login is": a possessive before the cue, a lower-case word that ends its clause."""
    if not re.fullmatch(r"[a-z][a-z0-9]{3,29}", value) or value in function_words() or value in _LOGIN_STATE:
        return False
    if not _POSSESSIVE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return False
    return bool(_CLAUSE_END.match(text, m.start(3) + len(value)))


def _round16_usernames(text: str) -> list[Span]:
    out = []
    for pattern in (_USER_WINDOW, _LOGIN_AS):
        for m in pattern.finditer(text):
            if m.group(1) and _spoken_login(m.group(1)):
                out.append(Span("USERNAME", m.start(1), m.end(1), 0.8))
            elif m.group(2) and len(re.sub(r"[ -]", "", m.group(2))) >= 4:
                out.append(Span("USERNAME", m.start(2), m.end(2), 0.75))
            elif m.group(3):
                value = _clean(m.group(3))
                account = pattern is _USER_WINDOW and _ACCOUNT_CUE.match(text, m.start()) \
                    and not _USERNAME_WORD.search(text, m.start() + 4, m.start(3))  # "my account username is x"
                shaped = _login_like(value, strict=True) if account else _login_like(value) or _name_built(value)
                if not shaped and not account and pattern is _USER_WINDOW:
                    shaped = _own_plain_login(text, m, value)
                if shaped and not _NOT_LOGIN.search(value) and not keep.is_identifier(value) and not _CUE_WORDS.fullmatch(value):
                    out.append(Span("USERNAME", m.start(3), m.start(3) + len(value), 0.75))
    for m in _OPERATOR.finditer(text):
        value = m.group(1)
        if value not in function_words() and not _NOT_LOGIN.search(value) and not keep.is_identifier(value):
            out.append(Span("USERNAME", m.start(1), m.end(1), 0.8))
    for m in _THREAD_HANDLE.finditer(text):
        value = m.group(1)
        if _login_like(value) and not _RECORD_WORD.match(value):
            out.append(Span("USERNAME", m.start(1), m.end(1), 0.75))
    return out


def find_usernames(text: str) -> list[Span]:
    out = [Span("USERNAME", m.start(1), m.end(1), 0.85) for pattern in (_USER_PASS, _CRED_PAIR) for m in pattern.finditer(text)]
    out += [Span("USERNAME", m.start(1), m.end(1), 0.8) for m in _USER_BRACKET.finditer(text)
            if 3 <= len(m.group(1)) <= 40 and re.search(r"[^\W\d_]", m.group(1)) and "@" not in m.group(1)]
    for pattern in (_KEY_VALUE_USER, _PROSE_USER):
        for m in pattern.finditer(text):
            value = _clean(m.group(1))
            if pattern is _KEY_VALUE_USER and not _login_shaped(text, m, value):
                continue
            if value:
                out.append(Span("USERNAME", m.start(1), m.start(1) + len(value), 0.8))
    for m in _USER_FAR.finditer(text):
        value = _clean(m.group(2))
        if not _something_else(m.group(1)) and not keep.is_identifier(value):
            out.append(Span("USERNAME", m.start(2), m.start(2) + len(value), 0.75))
    out += [Span("USERNAME", m.start(1), m.end(1), 0.8) for m in _HOME_DIR.finditer(text)]
    out += [Span("USERNAME", m.start(1), m.end(1), 0.85) for m in _LOG_USER.finditer(text)]
    out += [Span("USERNAME", m.start(g), m.end(g), 0.8) for m in _FOR_USER.finditer(text) for g in (1, 2) if m.group(g)]
    out += _round15_usernames(text) + _round16_usernames(text) + _round18_usernames(text) + _underscore_logins(text)
    out += _plain_logins(text)
    return out + _round17_usernames(text, out)


# --- round 33: a login of any shape right after its word and a linking verb ("My Steam name is xXsniperXx", "mon pseudo
# en jeu est LoupGris", "mi nick en el juego es LaChispa99"): one token that ends the clause, not an ordinary word of
# any of the five languages nor a word of state ("my username is blocked", "mi usuario es incorrecto").
_PLAIN_USER = re.compile(rf"(?i)\b(?:{alternation('username')})(?![\w=])(?:[ \t]+(?:on|in|for|at|en|sur|im|auf|no|na|del|de|da|do|"
                         r"the|el|le|la|o|a|der|die|das|site|app|game|juego|jeu|spiel|jogo|sitio|website|portal|here|aquí|aqui|ici|hier)){0,4}"
                         r"[ \t]+(?:is|was|es|era|est|c'est|ist|lautet|war|é|era)[ \t]+[\"'“‘]?"
                         r"(?-i:([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9]{3,24}))[\"'”’]?(?=[ \t]*(?:[,.;:!?)]|$|[ \t](?:and|y|et|und|e|but|pero|mais|aber|mas)\b))")
_STATE_WORDS = frozenset("correct incorrect wrong right blocked locked unlocked invalid valid gone missing same different fine "
                         "okay active inactive disabled deactivated suspended banned deleted new old taken available "
                         "unavailable changed hacked compromised expired empty blank weird strange broken "
                         "bloqueado bloqueada incorrecto incorrecta correcto válido inválido bloqué bloquée incorrect "
                         "gesperrt falsch richtig ungültig bloqueado incorreto inválido".split())


def _plain_logins(text: str) -> list[Span]:
    out = []
    for m in _PLAIN_USER.finditer(text):
        word = fold(m.group(1))
        if word in _STATE_WORDS or word in function_words() or ordinary_anywhere(word) or keep.is_identifier(m.group(1)):
            continue
        out.append(Span("USERNAME", m.start(1), m.end(1), 0.7))
    return out


# --- round 33: a login written into prose by its shape: words joined by an underscore ("als rasenfreund_goerlitz",
# "My review name is GrahamA_Stockport", "★ el_gordo_rdz: me cobraron"). People do not join words with "_" in prose;
# programs do, so a token that reads as a program's name is left alone: a field key at the start of its line or
# before "=" ("monthly_rent: …", "doc=lease_2026.pdf"), a header row of a pasted table (separators, no spaces), a
# constant in capitals (E_SIG_MISMATCH, DB_PASSWORD), a file name, a MIME-encoded subject, a path, a URL or e-mail.
_UNDERSCORE_LOGIN = re.compile(r"(?<![\w@/.=?:&#%$+\\-])([^\W\d_][\w.-]*?[^\W_][\w.-]*_[\w.-]*[^\W_.-])(?![\w@/\\]|\.\w|-\w|[ \t]*=|\()")
# a system's id with a short type prefix ("acc_20931", "cus_Q8xT2", "wh_7Q2M9X41"): a record, not a person's login
_PREFIXED_ID = re.compile(r"[a-z]{1,3}_\d+|[a-z]{1,4}_(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]+")
_FILE_END = re.compile(r"(?i)\.(?:pdf|jpe?g|png|gif|docx?|xlsx?|csv|txt|zip|json|xml|log|py|js|html?|heic|mp4|mov)$")
_TABLE_ROW = re.compile(r"^[^ \t]*[,;\t|][^ ]*$")


def _underscore_logins(text: str) -> list[Span]:
    out: list[Span] = []
    if "_" not in text:  # (speed) most texts hold none
        return out
    for m in _UNDERSCORE_LOGIN.finditer(text):
        value = m.group(1)
        if "_" not in value or value.upper() == value or _FILE_END.search(value) or keep.is_identifier(value) or \
                _PREFIXED_ID.fullmatch(value):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        before = text[line_start:m.start()]
        if not before.strip() and re.match(r"[ \t]*[:=]", text[m.end():m.end() + 3]):
            continue  # a field key: "applicant_1_dob: 1990-02-14"
        if _TABLE_ROW.match(line.strip()) or "\t" in line or line.count(";") >= 2 or line.count(",") >= 3 and " " not in line.strip():
            continue  # a header or a row of a pasted table
        if text[m.start() - 1:m.start()] in "\"'" and text[m.end():m.end() + 1] in "\"'" and re.search(r"[\"'][ \t]*:", line):
            continue  # a key or a value of pasted JSON: {"error":"invalid_api_key"}
        out.append(Span("USERNAME", m.start(1), m.end(1), 0.7))
    return out


# --- round 18: forum handles, a login named after a comma, a login by its shape after "I am" ---
# A Reddit-style handle ("u/grumpy_gadget_guy · 4h"): "u/" at a word's start, then the name.
_REDDIT_USER = re.compile(r"(?<![\w/.])u/([A-Za-z0-9][\w-]{2,29})(?![\w/])")
# "Ich bin Florian Haselsteiner, Benutzer flohasel.", "Yo soy Noelia, usuario noegarrido.": after a comma, a login
# cue, then one lower-case token that ends the clause.
_COMMA_USER = re.compile(rf"(?i),[ \t]+(?:{alternation('username')})[ \t]*:?[ \t]+(?-i:([a-z][a-z0-9._-]{{2,30}}[a-z0-9]))"
                         r"(?=[ \t]*(?:[.,;)]|$))", re.M)
# "In der App bin ich korbi_ostermaier", "on the forum I'm lazy_otter", "je suis bere_vq sur le site": after "I am" in
# five languages, a token with an underscore, or a dot, between letters (never a name or an e-mail).
_I_AM_LOGIN = re.compile(r"(?i)\b(?:bin ich|ich bin|i'm|i’m|i am|je suis|soy|sou|eu sou)[ \t]+"
                         r"(?-i:([a-z][a-z0-9]*(?:[._][a-z0-9]+)+))(?![\w@-]|\.\w)")
# "Ich habe mich als bhaslinger.lv angemeldet": German puts the verb last.
_ALS_LOGIN = re.compile(r"(?i)\bals[ \t]+(?-i:([a-z][\w.-]{1,30}[a-z0-9]))[ \t]+(?:angemeldet|eingeloggt|registriert)")


def _round18_usernames(text: str) -> list[Span]:
    out = []
    if "u/" in text:
        out += [Span("USERNAME", m.start(1), m.end(1), 0.8) for m in _REDDIT_USER.finditer(text)]
    if "," in text:
        out += [Span("USERNAME", m.start(1), m.end(1), 0.75) for m in _COMMA_USER.finditer(text)
                if m.group(1) not in function_words() and m.group(1) not in _LOGIN_STATE
                and not keep.is_identifier(m.group(1)) and not _NOT_LOGIN.search(m.group(1))]
    for pattern in (_I_AM_LOGIN, _ALS_LOGIN):
        for m in pattern.finditer(text):
            value = _clean(m.group(1))
            if _login_like(value) and not _RECORD_WORD.match(value):
                out.append(Span("USERNAME", m.start(1), m.start(1) + len(value), 0.75))
    return out


def _personal_segment(segment: str) -> bool:
    """A path segment or query value that carries the customer's data rather than the company's route."""
    if not segment:
        return False
    if "@" in segment or "%40" in segment.lower():
        return True
    letters = sum(c.isalpha() for c in segment)
    digits = sum(c.isdigit() for c in segment)
    if digits >= 6 and letters == 0:
        return True
    # a token: letters and digits mixed, long enough, not a word-ish route ("v2", "page-2", "checkout-step3")
    if letters > 0 and digits > 0 and len(segment) >= 6 and "-" not in segment.strip("-")[1:-1]:
        return True
    # (round 12) a long random-looking value with hyphens (a UUID, a signed id): 16+ characters, 4+ digits, no word
    return len(segment) >= 16 and digits >= 4 and not re.search(r"[^\W\d_]{5}", segment)


# (round 12) A link written without its scheme, as phones and notifications show it ("shop.example.com/reset?u=…"):
# a host name, a path and a query string.
_BARE_URL = re.compile(r"(?<![\w@./:-])(?:[a-z0-9-]+\.)+[a-z]{2,}/[^\s<>\"'\])?]*\?[^\s<>\"'\])]+", re.I)


def _links(text: str) -> list[tuple[re.Match[str], str]]:
    """Every link in the text with its text for urlsplit (a bare link gets `//` so that its host is the netloc)."""
    return [(m, m.group(0).rstrip(_TRAILING)) for m in _URL.finditer(text)] + [
        (m, "//" + m.group(0).rstrip(_TRAILING)) for m in _BARE_URL.finditer(text)]


def find_url_secrets(text: str) -> list[Span]:
    out = []
    for m, url in _links(text):
        try:
            parts = urlsplit(url)
        except ValueError:
            continue
        origin = m.start() - (2 if url.startswith("//") else 0)  # where url[0] would be (a bare link's `//` is not)
        offset = origin + len(parts.scheme) + (3 if parts.scheme else 2) + len(parts.netloc)
        for segment in parts.path.split("/"):
            if _personal_segment(segment):
                out.append(Span("URL_SECRET", offset, offset + len(segment), 0.8))
            offset += len(segment) + 1
        if parts.query:
            offset = origin + url.index("?") + 1
            for pair in parts.query.split("&"):
                name, eq, value = pair.partition("=")
                if eq and value and not _PUBLIC_PARAMS.match(name):
                    start = offset + len(name) + 1
                    out.append(Span("URL_SECRET", start, start + len(value), 0.85))
                offset += len(pair) + 1
        if parts.fragment and len(parts.fragment) >= 6:
            start = origin + url.index("#") + 1
            out.append(Span("URL_SECRET", start, start + len(parts.fragment), 0.7))
    return out


# --- round 17: passphrases of several words in prose ---
# A phrase in quotes further from its cue, in the same sentence ("das Passwort hat sich meine Frau ausgedacht, „Weißwurst
# vor zwölf Uhr“", "the passphrase we agreed on last spring is 'copper kettle on the hob'"): several words or a digit
# or symbol among letters, never a quoted question or a quoted cue.
_QUOTED_FAR = re.compile(rf"(?i)\b(?:{alternation('passphrase_cue')})(?![\w])[^\n.!?\"“„«»”]{{0,80}}?(?<=[\s:=(])"
                         r"[\"“„«‘'][ \t]*([^\"”“„«»‘’'\n]{3,60}?)[ \t]*[\"”“»’'‘]")
# The cue, then a verb of choosing or saying it within the same sentence (";" allowed), then the phrase unquoted up to
# the clause's end: a comma, a full stop, a bracket, a line's end, or "and"/"et"/"y"/"und" ("… which I typed in as my
# first dog was Biscuit the kelpie, and …", "… e eu disse-lha (era gaivota azul no Mondego)").
_PHRASE = r"([^\W\d_][^\n.!?;,()\"“”„«»]{2,60}?)(?=[ \t]*(?:[.!?;,()\"”»\n]|$|[ \t](?:and|but|y|pero|et|mais|und|aber|mas)[ \t]))"
_SAID_PHRASE = re.compile(rf"(?i)\b(?:{alternation('passphrase_cue')})(?![\w])[^\n.!?]{{0,70}}?(?<![\w'-])"
                          rf"(?:{alternation('passphrase_verb')})(?![\w'-])[ \t,:]*(?:\([ \t]*)?"
                          r"(?:(?:was|is|era|es|fue|fut|c'était|était|est|war|ist|lautet|é|foi|era)[ \t]+)?(?:\bas[ \t]+)?" + _PHRASE)
# (a bracket after the cue: "a senha … (era gaivota azul no Mondego)", "the password (it was copper kettle)")
_BRACKET_PHRASE = re.compile(rf"(?i)\b(?:{alternation('passphrase_cue')})(?![\w])[^\n.!?()]{{0,70}}?\([ \t]*"
                             r"(?:it was|it's|era|es|c'était|c'est|war|ist|é|foi|was)[ \t]+" + _PHRASE + r"[ \t]*\)")


# Words that make the phrase about the account, not the secret: "j'ai mis mon adresse mail", "I set it to something new".
_NOT_PHRASE = re.compile(r"(?i)(?<![\w'])(?:something|anything|nothing|new|twice|again|wrong|correct|e-?mail|mail|address|"
                         r"dirección|direccion|endereço|endereco|adresse|username|user|login|usuario|usuário|"
                         r"identifiant|benutzername|number|numéro|número|nummer|code|link|lien|enlace|"
                         r"phone|téléphone|teléfono|telefone|telefon|reset|expired)(?![\w'])")


def _several_words(value: str) -> bool:
    words = value.split()
    if _NOT_PHRASE.search(value):
        return False
    if len(words) < 2 and not re.search(r"[\d!#$%&*+?@^_~]", value):
        return False
    content = [w for w in words if fold(w) not in function_words() and not _SECRET_STATUS.fullmatch(w)]
    return bool(content) and not value.rstrip().endswith("?") and "@" not in value and "://" not in value


# A quoted purpose or reported words are no secret: asked for the password "para comprobar ingresos", « pour vérifier ».
_PURPOSE = re.compile(r"(?i)^(?:para|pour|for|to|um|zum|zur|por|porque|because|parce|so|afin|damit|weil|como|as|comme|als)\b")
_PURPOSE_BEFORE = re.compile(r"(?i)\b(?:para|pour|for|to|um|zum|por|como|as|comme|als|de|du|do|da)[ \t]*[\"“„«‘'][ \t]*$")


def _round17_passphrases(text: str) -> list[Span]:
    out = []
    for pattern in (_QUOTED_FAR, _SAID_PHRASE, _BRACKET_PHRASE):
        for m in pattern.finditer(text):
            value = m.group(1).rstrip()
            if pattern is _QUOTED_FAR and (_PURPOSE.match(value) or _PURPOSE_BEFORE.search(text, m.start(), m.start(1))):
                continue
            if _several_words(value) and not names_other_value(text[m.start():m.start(1)]) \
                    and not _quoted_question(value):
                out.append(Span("SECRET", m.start(1), m.start(1) + len(value), 0.8))
    return out


# --- round 17: usernames in pasted tables and in spoken self-corrections ---
# A table's column headed "usuario", "pseudo", "Nutzer", "username" (tables.py): every cell that is one token.
_USER_HEADER = re.compile(rf"(?i)(?:[a-z]+[_ -])?(?:{alternation('username')}|{alternation('user_noun')}|user|handle|login|nick(?:name)?)"
                          r"(?:[_ -](?:app|web|portal|shop|login|name|id|online))?")  # (round 18) "usuario_app", "app_user"
_ONE_TOKEN = re.compile(r"[^\s@]{2,40}")
# A login named and then corrected or given a second time ("theo_camps, no wait sorry, theo_camps77", "manon.p75 ou
# manonpichard75", "c'est jgagnon1962... ah non, c'est josee.gagnon62"): a login-shaped token (a dot, an underscore or
# a digit inside) within a short clause after a username found, after a word of correcting or of an alternative.
_CORRECTION = (r"(?:or|ou|o|oder|no|non|nein|não|nao|sorry|actually|en fait|perdón|perdon|desculpa|pardon|"
               r"attendez|espera|warte|wait|I mean|je veux dire|quiero decir|quer dizer|ich meine|äh|uh|um)")
_LOGIN_TOKEN_17 = r"(?<![\w@.-])([a-z][\w-]*[._][\w.-]*[a-z0-9]|[a-z][a-z._-]*\d[\w.-]*)(?![\w@-]|\.\w)"
_CORRECTED = re.compile(rf"(?i)^[^\n.!?]{{0,6}}?(?:[,;.…]+[ \t]*)?(?:[^\n!?]{{0,40}}?\b{_CORRECTION}\b[^\n!?]{{0,30}}?)"
                        rf"(?-i:{_LOGIN_TOKEN_17})")


def _round17_usernames(text: str, found: list[Span]) -> list[Span]:
    from . import tables  # (the table reader is shared with keyed.py and name_structure.py)
    out = []
    for column in tables.columns(text):
        if not _USER_HEADER.fullmatch(column.header.strip().strip("*_ ").lower()):
            continue
        for start, end in column.cells:
            cell = text[start:end]
            if _ONE_TOKEN.fullmatch(cell) and re.search(r"[^\W\d_]", cell) and not keep.is_identifier(cell):
                out.append(Span("USERNAME", start, end, 0.8))
    for span in found:
        m = _CORRECTED.search(text[span.end:span.end + 90])
        # (a digit or an underscore inside, never a host: "y no abre.gracias", "… e o link https://conta.loja.example/")
        if m and "@" not in m.group(1) and re.search(r"[\d_]", m.group(1)) and not keep.is_identifier(m.group(1)) \
                and not re.match(r"[/:]", text[span.end + m.end(1):span.end + m.end(1) + 1]):
            start = span.end + m.start(1)
            out.append(Span("USERNAME", start, start + len(_clean(m.group(1))), 0.75))
    return out
