"""Scope: the part of a long message that is the writer's own, newest words (issue 12, long-message round).

Long e-mails carry text the writer did not write *now*: the quoted history of a reply (our own earlier reply
mentions "our AI assistant"; the customer's earlier messages were routed when they arrived), a signature block (job
titles such as "Office Manager", phone numbers), a legal disclaimer ("generated automatically", "intended
recipient"), the note heading a transcript or scan ("[video message, auto-captions]", "[dictated]"), caption
timestamps and a salutation ("Madame, Monsieur,", "Al departamento de facturación:"). Read as the message's intent,
these fire cues: an AI mention in quoted company text reads as an opt-out, an addressee or a job title as a request
for a person. :func:`newest` drops them **before** routing, on the folded text (``text.fold``: lower case, no
accents, one line per line written), and keeps everything else as it is.

What it drops, and only when it finds it:

- **reply history** below the writer's text: from a reply header ("On … wrote:", "El … escribió:", "Le … a écrit :",
  "Am … schrieb …:", "Em … escreveu:" when only ``>`` lines follow it; "-----Original Message-----" and its
  translations; an Outlook header "From:/De :/Von:" with "Sent:/Envoyé :/Gesendet:/Enviado:/Date:" within two lines)
  to the end, and the block of ``>`` lines that ends the message. A quote **above or between** the writer's lines is
  kept: it is what they answer ("> Do you want to continue with the assistant?" / "No.") or report ("> We can't offer
  credit with a Turkish surname." / "That is what your clerk wrote"). A **forwarded** message ("Forwarded message",
  "Mensaje reenviado", "Message transféré", "Weitergeleitete Nachricht", "Mensagem encaminhada") is kept whole: the
  customer is showing it to us now.
- **signature**: from a line "--" or a line that is only a sign-off ("Kind regards,", "Un saludo,", "Cordialement,",
  "Mit freundlichen Grüßen", "Cumprimentos,") to the end, when at most ``_SIGNATURE_LINES`` short lines follow in
  which the writer does not speak (no "I", "please", question …); a postscript ("P.S.") after it is kept. "Sent from
  my phone" lines.
- **disclaimer**: a line (after the first) with two or more confidentiality markers ("confidential", "intended
  recipient", "received it in error", "destinatario", "destinataire", "Empfänger", "vertraulich" …).
- **transcript and scan notes**: a line that is only a short bracketed note without a colon, quote or digit
  ("[dictated]", "[scanned letter]", "[signature illegible]"; "[Screenshot: your e-mail 'Dear Mr …']" is evidence
  and stays), the same note opening the first line, "[...]" cut marks, and the timestamps of captions or a chat log
  when two or more lines start with one ("[00:04]"). Caption lines stay lines: joined, the cues of unrelated lines
  would pair up.
- **salutation**: one of the first lines that is only a greeting or an addressee ("Dear team,", "Madame, Monsieur,",
  "Sehr geehrte Damen und Herren,", "Ao setor de pedidos,").

Round 16: :func:`unreported`, :func:`uncanned` and :func:`without_thanks` give the text the handoff and opt-out
heads read (never the bias head): without reported quotations, other senders' quoted blocks, a mail filter's notice,
refused canned replies (opt-out head), thanks passed on and pasted chats (handoff head); see their comments below.

Forum metadata ("Posted in:", "Tags:") was tried and left: dropping it joined a post's title to its first sentence and
cost more than it gained on the development sets. When nothing would be left (all quote, all signature), the folded
text is returned unchanged.
"""
from __future__ import annotations

import re
from functools import cache

_SENTENCE_BREAK = re.compile(r"(?<=[.!?\n])")  # split after each sentence end, keeping it with its sentence


def _blank(m: re.Match[str]) -> str:
    """A match written as spaces, so that every later offset stays where it was."""
    return " " * len(m.group(0))


_SIGNATURE_LINES = 8      # at most this many lines after a sign-off are read as a signature block
_SIGNATURE_CHARS = 90     # … each at most this long
_SALUTATION_LINES = 4     # a salutation is looked for in the first lines only (after a letter's reference lines)

# Reply headers (folded: lower case, no accents). A line that is one of them starts the quoted history.
_REPLY_HEADER = re.compile(
    r"^[ \t]*(?:"
    r"on\b.{3,200}\bwrote:|el\b.{3,200}\bescribio:|le\b.{3,200}\ba ecrit ?:|am\b.{3,200}\bschrieb\b.{0,80}:"
    r"|em\b.{3,200}\bescreveu:|(?:il|on|el|em|am)\b.{3,120}\b(?:wrote|escribio|a ecrit|schrieb|escreveu)\b.{0,40}:"
    r"|-{2,} ?(?:original message|mensaje original|message d'origine|urspr[u]ngliche nachricht|mensagem original)"
    r" ?-{2,}"
    r")[ \t]*$", re.MULTILINE)
# An Outlook-style header: "From:" (or its translation) and, within two lines, "Sent:"/"Date:" (or theirs).
_FROM = r"(?:from|de|von|da) ?:"
_SENT = r"(?:sent|date|envoye|enviado|enviada|gesendet|datum|fecha|data|para|to|a|an|envoye le|enviado el) ?:"
_OUTLOOK = re.compile(rf"[ \t]*{_FROM}[^\n]*\n(?:[^\n]*\n)?[ \t]*{_SENT}")
_FORWARD = re.compile(r"forwarded message|begin forwarded message|mensaje reenviado|message transfere"
                      r"|weitergeleitete nachricht|mensagem encaminhada|mensagem reencaminhada")
_QUOTED = re.compile(r"[ \t]*>")
_OUTLOOK_SEP = re.compile(r"[ \t]*-{2,}")

_SIGN_OFF = re.compile(
    r"(?:(?:kind|best|warm|warmest|many|with|yours)? ?(?:regards|wishes|thanks)|cheers|thanks|thank you|many thanks"
    r"|(?:yours )?(?:sincerely|faithfully|truly)(?: yours)?|all the best|best|thx|ta"
    r"|(?:un )?saludos?(?: cordiales)?|atentamente|cordialmente|(?:muchas )?gracias|un abrazo|reciba un cordial saludo"
    r"|(?:bien )?cordialement|(?:sinceres |meilleures )?salutations|bien a (?:vous|toi)|merci(?: beaucoup| d'avance)?"
    r"|avec (?:mes|tous mes) remerciements|bonne (?:journee|soiree)|amities"
    r"|(?:mit )?(?:freundliche[n]?|beste[n]?|herzliche[n]?|liebe[n]?|viele[n]?|schone[n]?) gru(?:ss|sse|ssen|esse)"
    r"|mfg|lg|vg|gruss|danke(?: schon)?|vielen dank|mit dank|hochachtungsvoll"
    r"|veuillez agreer[^\n]{0,80}|je vous prie d'agreer[^\n]{0,80}|signed|signe|firmado|fdo|gez|assinado"
    r"|atenciosamente|(?:melhores )?cumprimentos|obrigad[oa]|agradeco|abracos?|att|saudacoes|um abraco|grat[oa])"
    r"[ \t]*[,.!]?[ \t]*$")
_DASHES = re.compile(r"^[ \t]*--[ \t]?(?:[^\n]{0,60})$")
_POSTSCRIPT = re.compile(r"^[ \t]*(?:p\.? ?s\b|post-?scriptum|nb\b|n\.b\.)")
_SENT_FROM = re.compile(r"^[ \t]*(?:sent from my|get outlook for|enviado desde mi|envoye de mon|envoye depuis mon"
                        r"|von meinem .{0,30} gesendet|gesendet von|enviado do meu)[^\n]*$", re.MULTILINE)

_DISCLAIMER = re.compile(
    r"confidential|intended (?:solely |only )?(?:for|recipient)|received (?:it|this)(?: e-?mail| message)? in error|disclaimer"
    r"|confidencial|destinatario|recibido (?:este mensaje )?por error|confidentiel|destinataire|recu (?:ce message )?par erreur"
    r"|vertraulich|empfanger|irrtumlich|destinatario|recebido (?:esta mensagem )?por engano|privileged|privilegiad")

# A note is short and quotes nothing: "[Screenshot: your e-mail 'Dear Mr …']" is evidence and stays.
_NOTE = r"\[(?:[^\[\]\n:\"'0-9]{1,60})\]"
_BRACKET_LINE = re.compile(rf"^[ \t]*{_NOTE}[ \t]*$", re.MULTILINE)
_HEAD_BRACKET = re.compile(rf"^[ \t]*{_NOTE}[ \t]*")   # a first line that opens with a note
_CUT_MARK = re.compile(r"\[(?:\.\.\.|…|\?|illegible|ilegible|illisible|unleserlich|ilegivel)\]")
_TIMESTAMP = re.compile(r"^[ \t]*[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]?[ \t]*(?:-->[^\n]*)?",
                        re.MULTILINE)
# A line in which the writer speaks (a pronoun of the first or second person, a request): never a salutation or a
# signature line, so "Thanks\nAnd I want a person." keeps its last line.
_SPEAKS = re.compile(r"\b(?:i|i'm|i'd|me|my|you|your|please|pls|want|need|yo|mi|me|quiero|necesito|por favor|je|j'|moi|mon|ma|mes"
                     r"|vous|veux|merci de|ich|mich|mir|mein|meine|bitte|moechte|mochte|will|eu|meu|minha|quero|preciso"
                     r"|voces|voce)\b|[?!]")
_SALUTATION = re.compile(
    r"^[ \t]*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|to|attn|estimad[oa]s?|querid[oa]s?|hola"
    r"|buen[oa]s (?:dias|tardes|noches)|a la|al|a los|a las|senor|senora|bonjour|bonsoir|madame|monsieur|messieurs"
    r"|cher|chere|chers|a l'attention|au service|sehr geehrte[rn]?|hallo|liebe[rs]?|guten (?:tag|morgen|abend)|an die"
    r"|an das|an den|zu handen|ola|oi|prezad[oa]s?|car[oa]s?|exm[oa]s?|ao|a|aos|as|bom dia|boa (?:tarde|noite))"
    r"\b[^\n.!?;]{0,60}[,:][ \t]*$")


def newest(folded: str) -> str:
    """The writer's own, newest words of a folded message (see the module doc), with any quote they answer or report
    (a ``>`` line above or between their lines); ``folded`` itself when nothing is left or nothing is found."""
    text = _SENT_FROM.sub("", folded)
    text = _drop_disclaimers(text)
    text = _drop_signature(_drop_reply_history(_drop_signature(text)))
    text = _drop_notes(text)
    text = _drop_salutation(text)
    text = re.sub(r"\n{2,}", "\n", text).strip()
    return text if text else folded


def _drop_reply_history(text: str) -> str:
    if ">" not in text and ":" not in text and "--" not in text:
        return text
    lines = text.split("\n")
    cut = len(lines)
    for i, line in enumerate(lines):
        if _REPLY_HEADER.match(line):
            # "On … wrote:" then only quoted lines: history. Written in between the quoted lines (an inline reply),
            # the writer's answers are read with what they answer.
            if _OUTLOOK_SEP.match(line) or all(_QUOTED.match(x) or not x.strip() for x in lines[i + 1:]):
                cut = i
                break
        elif _OUTLOOK.match("\n".join(lines[i:i + 3])):
            cut = i
            break
    while cut > 0 and (_QUOTED.match(lines[cut - 1]) or not lines[cut - 1].strip()):
        cut -= 1  # the quoted block at the bottom; quotes above or inside the writer's text stay (their evidence)
    if cut == len(lines) or not any(x.strip() for x in lines[:cut]):
        return text
    forward = _FORWARD.search(text)
    if forward and forward.start() <= len("\n".join(lines[:cut])) + 1:  # forwarded to us now: kept
        return text
    return "\n".join(lines[:cut])


def _drop_notes(text: str) -> str:
    if "[" in text:
        text = _CUT_MARK.sub(" ", text)
        text = _BRACKET_LINE.sub("", text)
        text = _HEAD_BRACKET.sub("", text, count=1)
    if ":" in text:
        lines = text.split("\n")
        if sum(1 for m in map(_TIMESTAMP.match, lines) if m and m.group().strip()) >= 2:  # captions: stamps dropped
            text = "\n".join(_TIMESTAMP.sub("", line, count=1) for line in lines)
    return text


def _drop_disclaimers(text: str) -> str:
    if "\n" not in text:
        return text
    lines = text.split("\n")
    kept = [lines[0]] + [line for line in lines[1:] if len(set(_DISCLAIMER.findall(line))) < 2]
    return "\n".join(kept)


def _drop_signature(text: str) -> str:
    lines = text.rstrip().split("\n")
    for i, line in enumerate(lines):
        if i == 0:
            continue
        if not (_DASHES.match(line) or _SIGN_OFF.fullmatch(line.strip())):
            continue
        tail = next((j for j in range(i + 1, len(lines)) if _POSTSCRIPT.match(lines[j])), len(lines))
        block = [r for r in lines[i + 1:tail] if r.strip()]
        if len(block) > _SIGNATURE_LINES or any(len(r) > _SIGNATURE_CHARS or _SPEAKS.search(r) for r in block):
            continue
        return "\n".join(lines[:i] + lines[tail:])
    return text


def _drop_salutation(text: str) -> str:
    lines = text.lstrip().split("\n")
    for i, line in enumerate(lines[:_SALUTATION_LINES]):
        if (i + 1 < len(lines) and _SALUTATION.match(line) and len(line.split()) <= 6
                and not _SPEAKS.search(line)):
            return "\n".join(lines[:i] + lines[i + 1:])
    return text


# Routing round 16: words the writer *reports* rather than says now. A quotation introduced by a verb of saying or
# writing ("in October I wrote: 'I want a manager today'", "one member said, 'I object to any company using AI'",
# "elle tenait à ce que je vous précise qu'elle « ne veut jamais parler à un robot »", "schrieb ich wörtlich: „…“"),
# or a ``>`` block headed by another sender ("> From: G. Thorne" / "> I don't want any AI …") or introduced by a line
# that reports or forwards it ("my manager forwarded this from a different client's file:"), is someone's words from
# another time or another mouth: the handoff and opt-out heads read the message without them
# (:func:`unreported`; the bias head still reads them: a clerk's words quoted are a complaint's evidence).
_REPORT_VERB = (  # past forms only: "she says: '…'" relays what someone says now (typing for a relative)
    r"(?:wrote|written|said|told|declared|insisted|shouted|stated|shouting|yelling|saying loudly"
    r"|escribi|escribio|escribieron|habia escrito|dije|dijo|decia|afirmo|grito|declaro|gritando"
    r"|(?:ai|avais|avait|a) (?:ecrit|dit|declare|crie|affirme)|disait|ecrivait|en criant|criait"
    r"|schrieb|geschrieben|sagte|gesagt|rief|meinte|erklarte|schimpfte|schrie"
    r"|escrevi|escreveu|escreveram|disse|dizia|afirmou|gritou|declarou|a gritar)")
# A request or refusal that still stands after the quotation ("… word for word: '…' still waiting. same request
# today"): the quotation is the writer's own and is kept.
_STANDS = re.compile(r"\b(?:still|again|repeat|same request|todavia|sigo|otra vez|de nuevo|repito|toujours|encore"
                     r"|je repete|immer noch|noch immer|wieder|nochmals|wiederhole|ainda|de novo|outra vez)\b")
_REPORTED = re.compile(
    rf"\b{_REPORT_VERB}\b(?:[^\n.!?\"„']|(?<=[a-z])'(?=[a-z])){{0,60}}?[:,]?[ \t]*"
    r"(?P<q>\"[^\"\n]{8,400}\"|„[^\"„\n]{8,400}[\"“]|(?<![a-z])'(?=[a-z])(?:[^'\n]|'(?=[a-z]))"
    r"{8,400}'(?![a-z]))")
# A verb after the quote (German "habe ich Ihnen „…“ geschrieben", "…', she said").
_REPORTED_AFTER = re.compile(
    r"(?:\"[^\"\n]{8,400}\"|„[^\"„\n]{8,400}[\"“]|(?<![a-z])'(?=[a-z])(?:[^'\n]|'(?=[a-z])){8,400}'(?![a-z]))"
    rf"[ \t,]*(?:{_REPORT_VERB}|(?:ich|er|sie|i|he|she|they|xpron)\b[ \t]+{_REPORT_VERB})\b")
_FORWARDED = (r"forward|reenvi|transfer|weitergeleitet|weiterleit|leite \w+ \w+ weiter|reencaminh|encaminh"
              # asked to relay it: "asked me to pass it along", "me pidió que os lo hiciera llegar", "ich soll es
              # Ihnen ausrichten", "m'a demandé de vous transmettre", "pediu para eu vos passar"
              r"|pass (?:it|this|that) (?:along|on)|relay|asked me to (?:tell|pass|send|forward)"
              r"|me pidio que (?:os |les )?(?:lo |la )?(?:dijera|hiciera llegar|trasladara|enviara)"
              r"|m'a demande de (?:vous )?(?:le |la )?(?:transmettre|faire passer|dire)|ausrichten"
              r"|pediu (?:para|que) (?:eu )?(?:vos |lhes )?(?:avisar|dizer|passar|transmitir|mandar)")
# A line that introduces a quoted block or a quotation on its own line as someone else's words, forwarded or reported
# ("my manager forwarded this from a different client's file:", "Meine Mieterin hat mir das hier weitergeleitet, ich
# soll es Ihnen ausrichten:"), or as an excerpt of an earlier letter ("extracto abajo", "extrait ci-dessous") ...
_QUOTE_HEAD = re.compile(rf"{_FORWARD.pattern}|{_FORWARDED}|\b(?:extract|excerpt|extracto|extrait|auszug|excerto)\b"
                         rf"|\b{_REPORT_VERB}\b[^\n]*:[ \t]*$")
# ... unless the writer forwards their own message ("forwarding my e-mail of last week, still unanswered:").
_OWN_MESSAGE = re.compile(r"\b(?:my|mi|mon|ma|mein|meine|meinen|meu|minha) (?:own )?(?:e-?mail|mail|message|mensaje|correo"
                          r"|carta|letter|lettre|courrier|courriel|nachricht|brief|mensagem|escrito)")
_QUOTE_LINE = re.compile(r"[ \t]*(?:\"[^\"\n]{8,400}\"|„[^\"„\n]{8,400}[\"“]|'[^\n]{8,400}')[ \t]*$")
# A mail system's notice in a footer: the sender's own spam filter, virus scanner or translation tool that uses AI
# ("-- A associação usa um filtro automático com IA para barrar spam", "Diese Nachricht wurde vom KI-gestützten
# Virenscanner geprüft"): it describes their tools, it asks nothing of ours.
_MAIL_NOTICE = re.compile(
    r"\b(?:spam|anti-?spam|antispam|phishing|virus|viren\w*|malware|virenscanner|filtro|filter|filtre|scanner)\w*\b")
_NOTICE_OBJECT = re.compile(
    r"\b(?:this (?:e-?mail|message)|incoming (?:e-?)?mails?|esta mensagem|este (?:correo|mensaje)|esta (?:mensaje)"
    r"|correo entrante|ce (?:message|courriel|mail)|courriels? entrants?|diese (?:e-?mail|nachricht|mail)|eingehende"
    r"|e-?mails? (?:recebidos|entrantes|recibidos)|mensagens? recebidas|mails? (?:entrants|eingehend)|nos e-?mails)\b")

_NOTICE_AI = re.compile(r"\b(?:ai|ia|ki|artificial|artificielle|kunstliche\w*|ki-\w+|\w+ mit ki)\b")


# A canned reply refused ("please do not send me another template", "pas d'un autre modèle de réponse", "no quiero otra
# respuesta enlatada", "keine Textbausteine mehr", "não quero mais respostas-modelo", "not another auto-generated
# apology"): the refusal's object is the form of the answer, not who writes it; the opt-out head reads it as "...".
# Spanish "plantilla" is also the staff ("alguien de la plantilla"): left out.
_CANNED = re.compile(
    r"\b(?:(?:another |more |the same )?(?:templates?|canned (?:lines?|repl(?:y|ies)|answers?|responses?)|form letters?"
    r"|standard (?:repl(?:y|ies)|answers?|responses?)|copy-?paste(?:d)? (?:repl(?:y|ies)|answers?)|boilerplate"
    r"|auto-?generated apolog(?:y|ies)|automatic apolog(?:y|ies))"
    r"|respuestas? (?:tipo|estandar|enlatadas?|de plantilla)|(?:reponses?|courriers?) (?:types?|toutes? faites?|standards?)"
    r"|modeles? de reponse|(?:une )?(?:enieme )?excuses? automatiques?"
    r"|textbausteine?n?|standardantworten?|(?:automatische )?entschuldigung(?:en)? vom band|automatische entschuldigung"
    r"|respostas?-?modelos?|textos?-?modelos?|respostas? padrao|(?:pedido de )?desculpas automatic[ao]s?)\b")


# A refusal reported from the past and withdrawn by asking to remove the note of it ("Last winter I wrote asking you not
# to use your assistant … please remove that note", "les pedí por escrito que no … borren esa anotación", "je vous
# avais demandé … merci de retirer cette mention", "habe ich Sie gebeten … Bitte löschen Sie den Vermerk", "pedi por
# escrito … retirem essa nota"): the sentences before the withdrawal that report the writer's earlier request are
# blanked for the opt-out head. Not "Lo retiro." or "Das nehme ich zurück." alone: they withdraw a consent too.
_NOTE_WITHDRAWN = re.compile(
    r"\b(?:(?:remove|delete|drop|cancel|ignore|disregard|forget|lift|take off) (?:whatever|that|the|this|my|any) "
    r"(?:old |earlier |previous )?(?:note|request|instruction|flag|restriction|objection|opt-?out|marker)"
    r"|(?:borr|quit|anul|olvid|ignor|retir)(?:en|ad|ar) (?:esa|la|mi|aquella|esta) (?:anotacion|nota|peticion|solicitud|restriccion)"
    r"|(?:retir|supprim|annul|oubli|ignor|enlev)(?:ez|er) (?:cette|la|ma) (?:ancienne )?(?:note|mention|demande|consigne|restriction)"
    r"|(?:vermerk|hinweis|notiz|sperrvermerk) (?:bitte |also |wieder )*(?:loschen|entfernen|streichen)"
    r"|(?:loschen|entfernen|streichen) (?:sie )?(?:den|diesen|die|diese) (?:vermerk|hinweis|notiz)"
    r"|(?:retir|apag|remov|cancel|tir)(?:em|ar) (?:essa|a|esta|aquela) (?:nota|anotacao|observacao|restricao))\b")
_PAST_REQUEST = re.compile(
    r"\b(?:i (?:wrote|sent|said|asked)|wrote asking|i had (?:written|asked|said)|in my (?:original|first|earlier) \w+ i said"
    r"|(?:os|les) (?:mande|pedi|escribi)|escribi que|pedi por escrito|je vous avais (?:envoye|demande|ecrit)"
    r"|j'avais (?:ecrit|demande)|hatte ich|habe ich \w+ (?:\w+ )?(?:gebeten|geschrieben)|mandei|pedi|escrevi)\b")


def _withdrawn(folded: str) -> str:
    found = _NOTE_WITHDRAWN.search(folded)
    if not found:
        return folded
    parts = _SENTENCE_BREAK.split(folded[:found.start()])
    if not any(_PAST_REQUEST.search(p) for p in parts):
        return folded
    head = "".join('"..." ' if _PAST_REQUEST.search(p) else p for p in parts)
    return head + '"..."' + folded[found.end():]  # the removal asked for goes with the request it removes


def uncanned(folded: str) -> str:
    """``folded`` as the opt-out head reads it: refusals of canned replies' objects (see _CANNED) and earlier refusals
    withdrawn (see _NOTE_WITHDRAWN) written as "..."; itself when none."""
    return _withdrawn(_CANNED.sub('"..."', folded))


# What the opt-out head leaves out of reported words: only a refusal or a negation someone else made or the writer
# made before ("'I refuse to talk to a robot'", "'no AI on my letters'"); the company's own words reported ("your form
# said 'we may use AI to process your messages'. I do not consent to that") are what a refusal after them is about.
_REFUSING = re.compile(
    r"\b(?:no|not|don'?t|won'?t|never|nobody|none|refus\w*|object\w*|stop|without|ne|n'|pas|jamais|aucune?|nicht|kein\w*"
    r"|nie|niemals|widersprech\w*|widerspreche|ohne|sin|nunca|nada|ningun[oa]?|nao|nem|sem|nenhum[a]?|oponho|opongo"
    r"|m'oppose|niego|niega|verbiete|verbiet\w*|untersag\w*|hors de question|interdi\w*|prohib\w*|proib\w*|recuso|recusa"
    r"|weiger\w*|forbid\w*|out of the question|de ninguna manera|keinesfalls|auf keinen fall|de jeito nenhum)\b")


# What the handoff head leaves out of reported quotations: only a request said to be settled after it ("… 'get a
# manager on the line'. For the record that was settled: Mrs Hale rang"); "your agent said 'a manager will call you'.
# Nobody did." and "I wrote 'please phone me'. No one has." still ask.
_SETTLED = re.compile(
    r"\b(?:sorted|settled|resolved|fixed|solved|dealt with|no longer (?:needed|necessary)|not needed|all good now"
    r"|did (?:ring|call)|rang me|called me|called back|solucion\w*|resuelt[oa]|arreglad[oa]|ya no hace falta"
    r"|ya no es necesario|me llamo|me llamaron|regle\w*|resolu\w*|plus necessaire|pas necessaire|ne sera pas necessaire"
    r"|m'a rappele\w*|a rappele|erledigt|geklart|gelost|(?:hat|haben) (?:mich )?angerufen|nicht mehr notig"
    r"|resolvid[oa]|solucionad[oa]|ja nao e preciso|nao e mais preciso|me ligou|ligou-me|ligaram-me)\b")


_NOT_SETTLED = re.compile(r"\b(?:nobody|no one|not|never|nadie|ninguno|no|personne|n'|ne|niemand|nicht|nie|ninguem|nao"
                         r"|nunca|yet|still|todavia|aun|toujours|encore|noch)\b|n'$")


def _settled(text: str, end: int) -> bool:
    """A settlement said within 300 characters after ``end`` and not negated just before it ("nobody called me",
    "personne n'a rappelé", "niemand hat angerufen", "ninguém me ligou" are no settlement)."""
    return any(not _NOT_SETTLED.search(text, max(found.start() - 25, 0), found.start())
               for found in _SETTLED.finditer(text, end, end + 300))


def unreported(folded: str, refusals_only: bool = False, settled_only: bool = False) -> str:
    """``folded`` with reported quotations and other senders' ``>`` blocks replaced by ``"…"`` (see above); the
    text itself when there are none. With ``refusals_only`` (the opt-out head), only those that refuse or deny
    something (_REFUSING); with ``settled_only`` (the handoff head), only reported quotations said to be settled
    after them (_SETTLED; other senders' blocks and forwarded quotations all the same)."""
    if '"' not in folded and "'" not in folded and "„" not in folded and "\n" not in folded:
        return folded

    def keep(m: re.Match[str]) -> bool:
        return (_stands(m) or (refusals_only and not _REFUSING.search(m.group()))
                or (settled_only and not _settled(m.string, m.end())))
    text = _REPORTED.sub(lambda m: m.group() if keep(m) else '"..."', folded)
    text = _REPORTED_AFTER.sub(lambda m: m.group() if keep(m) else
                               '"..." ' + m.group()[_last_mark(m.group()) + 1:].lstrip(), text)
    if ">" in text or "\n" in text:
        text = _drop_other_blocks(text, refusals_only)
    return text


def _stands(m: re.Match[str]) -> bool:
    """The quotation's request or refusal is said to stand in the text right after it (see _STANDS)."""
    return bool(_STANDS.search(m.string, m.end(), m.end() + 80))


def _first_mark(s: str) -> str:
    return min((c for c in ('"', "„", "'") if c in s), key=s.index)


def _last_mark(s: str) -> int:
    return max(s.rfind(c) for c in ('"', "“", "'"))


def _drop_other_blocks(text: str, refusals_only: bool = False) -> str:
    """``>`` blocks and lone quotation lines that another sender's header heads, or whose line before forwards or
    reports them (see _QUOTE_HEAD); a mail system's notice after the first line (see _MAIL_NOTICE)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        quoted = bool(_QUOTED.match(lines[i]))
        if not quoted and not _QUOTE_LINE.match(lines[i]):
            if i and _MAIL_NOTICE.search(lines[i]) and _NOTICE_OBJECT.search(lines[i]) and _NOTICE_AI.search(lines[i]):
                out.append("")
            else:
                out.append(lines[i])
            i += 1
            continue
        j = i + 1
        while quoted and j < len(lines) and _QUOTED.match(lines[j]):
            j += 1
        head = lines[i].lstrip(" \t>")
        before = next((x for x in reversed(out) if x.strip()), "")
        if ((quoted and re.match(_FROM, head)) or re.match(rf"[ \t]*{_FROM}", before)
                or (_QUOTE_HEAD.search(before) and not _OWN_MESSAGE.search(before))) \
                and not (refusals_only and not any(_REFUSING.search(x) for x in lines[i:j])):
            out.append('> "..."' if quoted else '"..."')
        else:
            out.extend(lines[i:j])
        i = j
    return "\n".join(out)


# Routing round 16: thanks passed on. A sentence that passes thanks or praise on to a named agent's manager ("could you
# pass this on to her manager", "dadle las gracias de mi parte a su responsable", "transmettez mes remerciements à sa
# responsable", "bitte geben Sie das an Ihre Vorgesetzte weiter", "queria deixar um agradecimento ao Wellington") names
# a person as the recipient of thanks, not as the one asked to handle the message: the handoff head reads the message
# without it (:func:`without_thanks`), unless the sentence also asks for something ("and ring me", "je veux", "quero").
_THANKS = re.compile(
    r"\b(?:thanks?|thank you|grateful|compliments?|praise|kudos|gracias|agradec\w*|felicit\w*|merci(?! de?\b| d')|remerci\w*"
    r"|compliments|felicitations|dank\w*|lob|obrigad[oa]|agradecimento|elogio\w*|parabens)\b")
_PASS_ON = re.compile(
    r"\b(?:pass(?:ed)? (?:\w+ ){0,3}on|pass on|forward (?:this|that|it|my)|let (?:her|his|their|xpron) (?:manager|boss|team leader) know"
    r"|dadle|denle|hacedle llegar|hagan(?:le)? llegar|transmit\w*|traslad\w*|transmett\w*|faites (?:lui )?passer"
    r"|weiter(?:geben|leiten|sagen)|geben \w+ (?:\w+ ){0,4}weiter|richten \w+ (?:\w+ ){0,3}aus|ausrichten|repass\w*"
    r"|deixar um agradecimento|dejar (?:un|mi) agradecimiento|(?:quiero|queria) destacar|(?:tiens|tenais) a (?:citer|remercier)"
    r"|(?:pass|say) (?:a |my )?(?:big )?thanks?)\b")
_ASKS = re.compile(
    r"\b(?:i want|i need|i'd like to (?:speak|talk)|call me|ring me|phone me|contact me|quiero hablar|necesito|llamadme|llamenme"
    r"|je veux|je voudrais (?:parler|qu')|j'ai besoin|rappelez|appelez-moi|ich will|ich mochte (?:mit|sprechen)|rufen \w+ mich"
    r"|quero falar|preciso|liguem|me liga)\b")


# A pasted chat: a ``>`` block with two or more lines that open with a speaker's label ("> me: manager. now." /
# "> agent: I'll pass this on", "> moi : …", "> eu: …"): what was asked in yesterday's chat is not asked now.
_LABELLED = re.compile(r"[ \t]*>[ \t]*[\w() .-]{1,30}? ?:")


def _without_transcripts(folded: str) -> str:
    """``folded`` without its pasted chat transcripts (see _LABELLED)."""
    lines = folded.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _QUOTED.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and _QUOTED.match(lines[j]):
            j += 1
        if sum(1 for x in lines[i:j] if _LABELLED.match(x)) >= 2:
            out.append('> "..."')
        else:
            out.extend(lines[i:j])
        i = j
    return "\n".join(out)


_THEIR_BOSS = re.compile(
    r"\b(?:xpron|her|his|their|sa|son|su|sus|seu|sua|ihre[mnr]?|seine[mnr]?|le(?:ur)?s?) (?:\w+ )?(?:manager|boss|supervisor|team leader"
    r"|responsable|jef[ae]|superieur\w*|chef\w*|vorgesetzte\w*|teamleiter\w*|gerente|supervisor[a]?|chefe)\b")


_THANKS_OBJECT = re.compile(
    r"\b(?:(?:my|our) (?:thanks|compliments|gratitude)|thanks to|kudos|(?:mi|mis|nuestro) agradecimientos?|las gracias"
    r"|(?:mes|nos) remerciements|(?:meinen|unseren|den|ein) (?:dank|lob)|(?:um|o meu|os meus|meus) agradecimentos?"
    r"|deixar um agradecimento|dejar (?:un|mi) agradecimiento|(?:quiero|queria) destacar|(?:tiens|tenais) a (?:citer|remercier)"
    r"|(?:queria|quiero) trasladar mi agradecimiento)\b")


_PRAISED = re.compile(
    r"\b(?:helpful|on record|deserves?|brilliant|wonderful|patient\w*|patience|kind(?:ness)?|amable|paciencia|pacien\w*"
    r"|estupend\w*|serviable|patien\w*|gentil\w*|formidable|hilfsbereit\w*|geduld\w*|freundlich\w*|verdient|prestativ\w*"
    r"|atencios\w*|merece\w*|merite\w*|se merece|mereceu)\b")


def without_thanks(folded: str) -> str:
    """``folded`` as the handoff head reads it: without pasted chat transcripts (_LABELLED) and without the sentences
    that pass thanks on to a person (_PASS_ON); itself when there are none."""
    if ">" in folded:
        folded = _without_transcripts(folded)
    if not _PASS_ON.search(folded):
        return folded
    parts = _SENTENCE_BREAK.split(folded)
    kept, changed = [], False
    for i, part in enumerate(parts):
        # thanks passed on as such ("my thanks", "mes remerciements"), or thanks in this sentence or the one before
        # with the agent's own manager named ("pass this on to her manager"); "thanks for the answer. Could you pass
        # this on to a manager who can approve it?" and "me passem o telefone de alguém ... obrigado" still ask
        # round 26: or praise of the agent in the two sentences before or the one after ("I wanted to put on record
        # how helpful Priyanka was … Could you pass this on to her manager? She deserves it.")
        near = _THANKS_OBJECT.search(part) or (_THEIR_BOSS.search(part) and (_THANKS.search(
            part + (parts[i - 1] if i else "")) or _PRAISED.search("".join(parts[max(i - 2, 0):i + 2]))))
        if _PASS_ON.search(part) and near and not _ASKS.search(part):
            kept.append(" " if not part.endswith("\n") else "\n")
            changed = True
        else:
            kept.append(part)
    return "".join(kept) if changed else folded


# The writer acts for the account holder (speech_acts.BEHALF, round 11): then the holder's refusal the writer reports or
# forwards is made for this account, and the opt-out head reads it.
_BEHALF = re.compile(
    r"\b(?:on (?:her|his|their|xpron) behalf|on behalf of|power of attorney|en su nombre|en nombre de|poder notarial"
    r"|au nom de|en son nom|procuration|im namen|in (?:seinem|ihrem) namen|vollmacht|em nome (?:de|do|da|dela|dele|xpron)"
    r"|procuracao)\b")


def opt_out_text(masked: str) -> str:
    """Round 16: the text the opt-out head reads (see unreported with refusals_only, uncanned); reported words are
    kept when the writer acts for the account holder (_BEHALF)."""
    return uncanned(masked if _acts_for(masked) else unreported(masked, refusals_only=True))


def opt_out_frame_text(masked: str) -> str:
    """Round 21: the text the refusal frame reads (frames.refusal): opt_out_text with the canned replies' words kept
    (the frame itself tells "no more template replies" from "not another form letter, get me a manager")."""
    return _withdrawn(masked if _acts_for(masked) else unreported(masked, refusals_only=True))


def _acts_for(masked: str) -> bool:
    """A behalf cue not negated just before it ("the contract is not in her name", "não está em nome dela")."""
    return any(not _NOT_SETTLED.search(masked, max(found.start() - 20, 0), found.start())
               for found in _BEHALF.finditer(masked))


# Round 22b: someone sent to the customer's home or line — a technician, an engineer, "someone to come" — is a
# service visit, not a request to deal with a person instead of the assistant ("will you send someone to read the
# meter", "quiero que venga alguien esta semana", "une intervention par quelqu'un qui vérifie la ligne", "schicken Sie
# jemanden vorbei", "mandem alguém"). The handoff head reads the message without these words; the rest of the message
# still asks for a person when it does ("send someone round, or at least have a manager call me"). French "passer
# quelqu'un" (put someone through) is a request for a person and is not read here.
_VISIT = re.compile(
    r"\b(?:(?:send|sends|sending) (?:someone|somebody|an? (?:engineer|technician|plumber|electrician|fitter))"
    r"|(?:someone|somebody|an? (?:engineer|technician)) (?:to )?(?:come|comes|call round|pop round|visit)"
    r"|(?:venga|vengan|mand\w*|envi\w*) (?:a )?(?:alguien|un tecnico)|alguien (?:que )?(?:venga|vaya a venir)"
    r"|(?:envoy\w*|vienne) (?:quelqu'un|un technicien)|quelqu'un (?:qui )?(?:vienne|verifie|intervienne|se deplace)"
    r"|jemand\w* (?:vorbei|raus|heraus)|schick\w* (?:sie |ihr )?(?:jemand\w*|einen techniker|einen monteur)"
    r"|jemand (?:kommt|vorbeikommt)"
    r"|(?:mand\w*|envi\w*) (?:alguem|um tecnico)|alguem (?:vir|venha))\b")


def _without_visits(masked: str) -> str:
    return _VISIT.sub(_blank, masked) if _VISIT.search(masked) else masked


def handoff_text(masked: str) -> str:
    """Round 16: the text the handoff head reads (see unreported, without_thanks; round 22b: without_visits)."""
    return _without_visits(without_thanks(unreported(masked, settled_only=True)))


# Round 26 (issue 12): a member of staff, a team or "someone" named in a sentence that asks for nothing is someone the
# writer tells about, not someone asked for: "your colleague did a factory reset", "o atendente foi grosseiro", "the
# person at your counter tells me to ask online", "nobody from your staff came to explain", "my manager needs the
# quote", "Priscila me ligou duas vezes", a contact person in a form. The handoff head reads such a sentence without
# its person words (they are blanked); a sentence that asks for anything keeps them — a question, "please", a wish or
# need ("I'd like", "quiero", "je voudrais", "ich möchte", "gostaria"), a modal put to the company ("could you",
# "pourriez-vous", "könnten Sie", "podem"), "should", "would", an imperative of handing over ("escalate", "put me
# through", "call me", "passez-moi", "verbinden Sie", "liguem") — and "a real person", "a human" are never blanked.
# Like every text of this module it can only lower the head (routing.classify reads it again only when it fires).
_DEFINITE = (r"(?:the|your|our|this|that|xpron|one of (?:your|the)|el|la|los|las|su|sus|vuestr[oa]s?|est[ea]|es[ea]|un[oa] de (?:sus|los|las|vuestros)"
             r"|le|l'|les|votre|vos|ce|cet|cette|son|sa|ses|un de vos|une de vos|der|dem|den|des|ihre|ihrem|ihren|ihrer|eure\w*"
             r"|diese\w*|ein\w* ihrer|o|os|as|seu|sua|seus|suas|voss[oa]s?|do|dos|das|no|na|nos|nas|est[ea]|ess[ea]|um dos|uma das)")
_STAFF_WORD = (
    r"(?:staff|staff members?|members? of staff|employees?|agents?|advis[eo]rs?|consultants?|specialists?|team leaders?"
    r"|managers?|supervisors?|reps?|representatives?|operators?|colleagues?|co-?workers?|teams?|departments?|xperson|boss"
    r"|technicians?|engineers?|fitters?|stylists?|drivers?|couriers?|receptionists?|cashiers?|pharmacists?|doctors?"
    r"|empleados?|empleadas?|agentes?|asesor(?:es|as?)?|operador(?:es|as?)?|encargad[oa]s?|responsables?|supervisor(?:es|as?)?"
    r"|gerentes?|jef[ea]s?|departamento|equipo|especialistas?|companer[oa]s?|dependient[ea]s?|personal|tecnic[oa]s?"
    r"|farmaceutic[oa]s?|recepcionistas?|cajer[oa]s?|repartidor(?:es|a)?|medic[oa]s?"
    r"|employes?|employees?|conseill\w*|operat(?:eur|rice)s?|superieurs?|equipe|specialistes?|interlocut\w*"
    r"|collegues?|vendeu(?:r|se)s?|personnel|techniciens?|technicienne|livreu(?:r|se)s?|transporteurs?|pharmacien\w*"
    r"|mitarbeiter\w*|berater\w*|sachbearbeiter\w*|vorgesetzt\w*|verantwortlich\w*|ansprechpartner\w*"
    r"|abteilung|team|spezialist\w*|chef\w*|kolleg\w*|verkaufer\w*|techniker\w*|monteur\w*|fahrer\w*|apotheker\w*"
    r"|funcionari[oa]s?|atendentes?|consultor\w*|gerentes?|chefes?|setor|departamento|equipe|equipa"
    r"|especialistas?|colegas?|vendedor\w*|tecnic[oa]s?|motoristas?|entregador\w*|farmaceutic[oa]s?)")
_STAFF_REF = (r"(?:" + _DEFINITE + r" (?:[\w-]+ )?" + _STAFF_WORD + r"|a (?:atendente|funcionaria|consultora|gerente|supervisora"
              r"|responsavel|equipe|equipa|farmaceutica|vendedora|operadora|tecnica|encargada|empleada|asesora))"
              r"(?! (?:real|de verdad|de verdade|reel\w*|echt\w*|humano|humain\w*))")
_ASKS_ANYTHING = (
    r"[?\u00bf]|\b(?:please|pls|plz|kindly|could|can|would|will you|i'?d|i would|i want|i need|we need|we want|i'?m asking"
    r"|i ask|i request|i demand|i expect|i insist|should|must|have to|has to|let me|get me|put me|give me|call me|ring me"
    r"|phone me|contact me|email me|get back to me|reach me|escalat\w*|pass (?:this|it|me)|forward|refer|transfer|connect"
    r"|por favor|porfa|pueden|puede|podrian|podria|podeis|quiero|quisiera|queria|necesito|necesitamos|me gustaria|pido"
    r"|solicito|exijo|deberia|debe|deben|tiene que|tienen que|llam\w*|pas(?:en|adme|ame)|pong\w*|que me|seria"
    r"|s'il vous plait|svp|pouvez|pourriez|pourrait|peut|peux|voudrais|veux|souhait\w*|j'aimerais|aimerais|je demande"
    r"|exige|besoin|il faut|doit|doivent|devrait|merci de|rappel\w*|contactez|passez|mettez|transmett\w*|serait"
    r"|bitte|konnen|konnten|konnte|kann|mochte|mochten|will|wunsche|brauche|brauchen|verlange|fordere|erwarte|sollte|soll"
    r"|muss|ruf\w*|verbinden|leiten|weiter\w*|gern|gerne|ware|wurde"
    r"|podem|pode|poderiam|poderia|quero|gostaria|preciso|precisamos|peco|deve|devem|tem que|tenho que|liga\w*|ligu\w*"
    r"|passem|encaminh\w*"
    r"|needs?|necesit(?:a|an|amos|aba|aria|arian)|faut|faudrait|precis(?:a|am|amos|ava|aria|ariam)|pf|pfv|pls|prefer\w*|prefier\w*|prefiro|attends|if|si|ruego|me passa"
    r"|pasenme|transfer\w*|atiend\w*|retorn\w*|chamar|contact\w*|wenn|falls|caso)\b")


# Nobody named as the subject of what did not happen ("nobody from your staff came to explain", "ninguém da equipe
# apareceu", "personne n'a sonné", "niemand hat zurückgerufen"): blanked like a member of staff in a sentence that asks
# for nothing ("is nobody there?" asks).
_NOBODY = (r"(?:nobody|no one|nadie|niemand\w*|ninguem|xperson n'|xperson ne)(?: (?:from|of|de|da|do|del|aus|von) (?:the |your |su |la |el "
           r"|votre |la |le |ihrem |ihrer |der |dem |vossa |sua |a |o )?[\w-]+)?")
# Someone who comes or works at the customer's place or deals with goods — a technician, fitter, installer, driver,
# courier, delivery team, stylist, doctor — and someone asked to have a word with a third party ("someone to have a
# word with the delivery company"): an appointment, a visit or an errand, never a person who handles this
# conversation instead of the automated service; blanked in every sentence (with "a" or "the" before it).
_FIELD = (
    r"(?:(?:the|your|a|an|our|el|la|los|las|su|sus|un|una|le|l'|les|votre|vos|un|une|der|die|den|dem|ihr\w*|ein\w*|o|a|os|as|seu|sua"
    r"|um|uma|xpron) )?(?:[\w-]+ )?(?:technicians?|engineers?|fitters?|installers?|plumbers?|electricians?|drivers?|couriers?"
    r"|delivery (?:team|crew|driver|company|man|xperson)|postman|stylists?|hairdressers?|doctors?|nurses?|pharmacists?"
    r"|tecnic[oa]s?|instalador(?:es|a)?|fontaner[oa]s?|electricistas?|conductor(?:es|a)?|repartidor(?:es|a)?|mensajer[oa]s?"
    r"|transportistas?|peluquer[oa]s?|estilistas?|medic[oa]s?|enfermer[oa]s?|farmaceutic[oa]s?"
    r"|techniciens?|technicienne|installateurs?|plombiers?|electriciens?|chauffeurs?|livreu(?:r|se)s?|transporteurs?|coursiers?"
    r"|facteur|coiffeu(?:r|se)s?|medecins?|infirmi(?:er|ere)s?|pharmacien\w*"
    r"|techniker\w*|monteur\w*|installateur\w*|klempner\w*|elektriker\w*|fahrer\w*|kurier\w*|paketbot\w*|zusteller\w*"
    r"|spedition|friseu\w*|stylist\w*|arzt|arztin|arzte|pfleger\w*|apotheker\w*"
    r"|instalador(?:es|a)?|encanador\w*|eletricistas?|motoristas?|entregador\w*|transportadora|carteiro|cabeleireir\w*"
    r"|enfermeir\w*|farmaceutic[oa]s?)"
    r"|(?:someone|somebody|quelqu'un|alguien|jemand\w*|alguem) (?:to |que |qui |der |die )?(?:have a word|talk|speak|parle\w*|hable\w*"
    r"|habl\w*|sprich\w*|red\w*|convers\w*|fal\w*) (?:with|to|au|a la|aux|avec|con|mit|com)( (?:the|your|votre|le|la|el|su|den|der|dem|ihr\w*|a|o))?"
    r" (?:[\w-]+ )?(?:delivery|courier|driver|transporteur|chauffeurs?|transportista|mensajer\w*|repartidor\w*|spedition|paket\w*"
    r"|zusteller\w*|fahrer\w*|transportadora|motoristas?|entregador\w*|livreu\w*)")


# "a person from your team", "jemand aus Ihrem Team", "alguien de su equipo": the team named is where a person asked
# for comes from (kept).
_ONE_OF = re.compile(r"(?:mensch\w*|xperson|human|someone|somebody|anyone|alguien|quelqu'un|jemand\w*|alguem|one|member|membre"
                     r"|miembro|membro|un[oa]?|une|um|uma|einen?|eine[mr]?) (?:from|of|de|da|do|del|du|des|aus|von|in|d')\s*$")


# People counted, not asked for ("per person", "two people", "par personne", "pro Person", "12 pessoas"; German "man"
# is masked as a person word: "kann man das prüfen"), the reader addressed ("two questions that anyone can answer",
# "for whoever picks this up", "pour qui lira", "für wen auch immer das liest", "para quem ler"), and a call not wanted
# ("without calling", "sans rappeler", "ohne weiteren Anruf", "sem ligar de novo", "sin llamar"): blanked everywhere.
_NOT_ASKED = (
    r"(?:per|each|par|pro|je|por|cada|\d+|two|three|four|five|deux|trois|quatre|cinq|zwei|drei|vier|funf|dos|tres|cuatro"
    r"|cinco|duas|quatro) xperson"
    r"|(?:kann|darf|muss|soll|sollte|konnte|musste|durfte|hat|ist|wird) xperson"
    r"|(?:that|which) (?:anyone|anybody) (?:can|could) (?:answer|help with|deal with)|(?:for|to) whoever (?:reads|picks|is reading"
    r"|handles)(?: this| it)?(?: up)?|(?:auxquelles|auxquels|que) n'importe qui (?:peut|pourra) repondre|(?:pour|a) (?:qui|celui qui"
    r"|celle qui) (?:lira|lit)(?: ceci| ce message)?|fur wen (?:auch )?immer (?:das|dies) liest|an (?:die|den) xperson,? (?:die|der) das liest"
    r"|para (?:quem|quien) (?:ler|lea|lo lea|estiver lendo|esta leyendo)|que cualquiera (?:puede|pueda) (?:responder|contestar)"
    r"|que qualquer um (?:pode|possa) responder"
    # a question to other customers or readers: "does anyone know if", "has anyone else had this", "weiß jemand, ob",
    # "hat das noch jemand", "quelqu'un sait si", "¿a alguien más le ha pasado?", "alguém sabe se"
    r"|(?:does|do) (?:anyone|anybody) (?:else )?know|(?:anyone|anybody) else|(?:has|have) (?:anyone|anybody) (?:else )?"
    r"(?:had|seen|noticed|tried|got)|weiss (?:hier )?jemand|(?:hat|hatte) (?:das )?(?:noch|sonst) jemand|jemand (?:anderes|sonst|noch)"
    r"|quelqu'un (?:sait|d'autre|a deja|aurait-il deja)|est-ce que quelqu'un (?:sait|a deja)|(?:alguien|alguem) (?:sabe|mas|mais|ja teve|ya tuvo)"
    r"|a alguien (?:mas )?le (?:ha|han) pasado|(?:aconteceu|acontece) com (?:mais )?alguem"
    r"|(?:keinen|kein) (?:\w+ )?(?:ruckruf|anruf)|(?:bitte )?nicht anrufen|surtout pas|pas d'appel|ne m'appelez pas|sin llamadas"
    r"|no me llam(?:en|e|es)|nao me lig(?:uem|ue)|(?:please )?(?:don'?t|do not) (?:call|ring|phone) me|no need to (?:call|ring|phone)"
    r"|rappels? (?:automatiques?|par (?:sms|e?-?mail|courrier))"
    # a call not wanted or not possible ("instead of calling", "nicht telefonisch", "en lugar de llamar", "je ne peux pas
    # téléphoner", "ich kann nicht telefonieren", "não consigo ligar")
    r"|(?:instead of|rather than) (?:a )?(?:call\w*|phon\w*|ring\w*)|not by (?:phone|telephone)|(?:en lugar|en vez) de (?:llamar\w*|una llamada)"
    r"|no por telefono|plutot que (?:d'appeler|de telephoner|par telephone)|pas par telephone|(?:an)?statt (?:\w+ )?(?:anzurufen|anruf\w*)"
    r"|nicht telefonisch|(?:em vez|ao inves) de (?:ligar|telefonar|uma ligacao)|nao por telefone"
    r"|(?:i can'?t|i cannot|i'?m unable to|je ne peux pas|je ne peux plus|ich kann nicht|ich kann keine|no puedo|nao posso|nao consigo)"
    r" (?:\w+ )?(?:phone|call|use the phone|telephoner|appeler|telefonieren|anrufe\w*|telefonate\w*|llamar|hablar por telefono|ligar"
    r"|telefonar|falar ao telefone)"
    # a contact person named in a form or for a third party ("contact Mrs Ruth Gill", "Ansprechpartnerin Frau Hölzl",
    # "persona de contacto: …", "personne à contacter : …", "pessoa de contato: …")
    r"|(?:contact(?: person)?|ansprechpartner\w*|kontaktperson|persona de contacto|personne (?:a contacter|de contact)"
    r"|pessoa de conta(?:c)?to),? (?:is |ist |es |est |e )?(?:mrs|mr|ms|dr|xperson|xpartner|frau|herr|sr|sra|mme)?"
    r"|(?:without|sans|ohne|sem|sin) (?:\w+ ){0,2}(?:call\w*|phon\w*|ring\w*|rappel\w*|appel\w*|anruf\w*|telefon\w*|ligar|ligacao"
    r"|llamar|llamada|rueckruf|ruckruf)(?: de novo| again| encore| nochmal)?")


# Staff who told the writer something ("the person at your desk told me to email you", "le conseiller de l'agence m'a
# dit de vous écrire", "a atendente da loja falou pra escrever aqui", "die Dame am Schalter meinte …") and staff asked
# about only as being there ("what time are your branch staff in on Saturdays?", "¿a qué hora está el personal?"):
# blanked everywhere (a past contact or opening hours, not a person asked for).
_TOLD = (r"(?:" + _STAFF_WORD + r"|xperson|chica|chico|moca|moco|menina|rapaz)(?: [\w'-]+){0,5},? (?:told|tells|said|says"
         r"|suggested|m'a (?:dit|conseille|suggere)|me dit|me (?:dijo|dice|comento|recomendo)|(?:me )?(?:falou|disse|mandou|recomendou)"
         r"|meinte|sagte|hat mir (?:gesagt|geraten)|riet mir)"
         r"|(?:what time|when|which days|what days|a que hora|cuando|a quelle heure|quand|wann|um wie viel uhr|que horas|quando)"
         r"(?: [\w'-]+){0,3} (?:" + _STAFF_WORD + r"|someone|anyone|alguien|quelqu'un|jemand|alguem) (?:in|there|around|available"
         r"|on site|sur place|vor ort|presente?s?|disponibles?|da|la|ahi|ai|en la tienda|na loja|en (?:l')?agence|na agencia)")


@cache
def _mentions() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from .features import as_masked  # (features imports this module's callers only: no cycle at import)
    return (re.compile(r"(?<![\w'-])(?:" + as_masked(_STAFF_REF) + "|" + as_masked(_NOBODY) + r")(?![\w'-])"),
            re.compile(as_masked(_ASKS_ANYTHING)),
            re.compile(r"(?<![\w'-])(?:" + as_masked(_FIELD) + "|" + as_masked(_NOT_ASKED) + "|" + as_masked(_TOLD)
                       + r")(?![\w'-])"))


def without_mentions(masked: str) -> str:
    """``masked`` with the person words of the sentences that ask for nothing blanked (see _STAFF_WORD); itself when
    there are none."""
    staff, asks, field = _mentions()

    def blank_unless_one_of(m: re.Match[str]) -> str:  # "a person from your team" is kept
        return m.group(0) if _ONE_OF.search(m.string, max(m.start() - 30, 0), m.start()) else _blank(m)

    if field.search(masked):
        masked = field.sub(_blank, masked)
    if not staff.search(masked):
        return masked
    parts = _SENTENCE_BREAK.split(masked)
    changed = False
    for i, part in enumerate(parts):
        if staff.search(part) and not asks.search(part):
            parts[i] = staff.sub(blank_unless_one_of, part)
            changed = True
    return "".join(parts) if changed else masked


# Round 26: a request for a person the writer made before and says was settled ("last week I asked to speak to a
# manager, and Sergio called me, so it's resolved"; a quoted line of an earlier message, "> I'm demanding a manager",
# then "Dominic called me the next morning … all sorted"): the sentence of the earlier request is blanked for the
# handoff head when a settlement (_SETTLED, not negated: "nobody called me" settles nothing) follows within 300
# characters. Reported quotations were read so since round 16 (unreported); these are told, not quoted.
_ASKED_BEFORE = re.compile(
    r"\b(?:i (?:had |'d )?(?:asked|requested|demanded)|i was (?:asking|demanding)|pedi|solicite|habia pedido|reclame"
    r"|j'avais (?:demande|reclame|exige)|j'ai (?:demande|reclame|exige)|avais reclame|hatte (?:ich )?(?:\w+ ){0,5}(?:gebeten|verlangt)"
    r"|habe (?:ich )?(?:\w+ ){0,5}(?:gebeten|verlangt)|bat ich|solicitei|tinha pedido)\b")
_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*$", re.MULTILINE)


def without_settled(masked: str) -> str:
    """``masked`` without the earlier requests for a person said to be settled (see _ASKED_BEFORE)."""
    if not _SETTLED.search(masked):
        return masked
    cut: list[tuple[int, int]] = []
    for line in _QUOTED_LINE.finditer(masked):
        if _settled(masked, line.end()):
            cut.append(line.span())
    start = 0
    for part in _SENTENCE_BREAK.split(masked):
        end = start + len(part)
        found = _ASKED_BEFORE.search(masked, start, end)
        if found and _settled(masked, found.end()):
            cut.append((start, end))
        start = end
    if not cut:
        return masked
    chars = list(masked)
    for a, b in cut:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def handoff_head_text(masked: str) -> str:
    """Round 26: the text the learnt handoff head reads again (handoff_text, then without_settled and
    without_mentions); the handoff frames (frames.handoff) read handoff_text."""
    return without_mentions(without_settled(handoff_text(masked)))
