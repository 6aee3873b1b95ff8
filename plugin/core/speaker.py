"""The voice a draft may speak in: the company's, and an assistant's first person only for what it truly does.

The drafting prompt (`core/prompting.py`, rule 2) tells the model to write as the company ("we", the team, the
records) and to say "I" only for speech acts an assistant performs: checking and finding in the records, seeing
there, confirming, understanding, being able or unable to, passing on, recommending, apologising and thanking for
the company, hoping. A draft that says "I" for anything else — a body, senses, a place, a commute, a schedule, a
phone call made, handwriting, a memory — departs from that voice, whatever the words: `off_voice` finds it by
structure, not by a list of claims. For each first-person-singular subject it finds the predicate (the verb after
"I" and its auxiliaries, the participle after "he"/"j'ai"/"ich habe", a Spanish or Portuguese first-person form,
the noun after "my") and asks whether the predicate is on the allow-list of assistant acts below. The lists are
of assistant acts, closed and short; anything else said in the first person is flagged (`human_claims.tier`),
never withheld on this alone: the agent reads a warning line and decides. The case-workflow acts a draft states
truthfully (logged, approved, validated, booked, requested) are on the list; those that are also lived (ordered,
measured, compared, calculated, opened) count only with their object: the customer's case or a document, and
nothing of the writer's own life (`CASE_ACTS`, `DOCUMENT_ACTS`).

Folded text (`offers.fold`: lower case, no accents), except where the accent is the grammar (Spanish and
Portuguese first-person preterite and future forms end in an accented vowel).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .offers import fold

# Stems (folded prefixes) of the assistant's own acts, five languages. A predicate is an assistant act when it
# starts with one of these. Modals and auxiliaries are read through to the verb they carry.
ASSISTANT_ACTS = tuple("""
check look find found see seen saw sees seeing confirm understand update forward escalat rais note add creat arrang
book cancel process issu send sent attach includ recommend suggest advis apologi sorry thank hope wish happy glad
pleased delighted afraid unable able appreciat know help assist explain answer repl respond review verif search
request ask notif let ensur flag log record regist refund reset resend correct chang offer shar provid give given
gave giving understood read notic realis realiz writ contact submit escalat share amend pleas sure certain unsure
revis comprob verifiqu verific consult mir miro mire mirado busc encontr vi veo visto confirm receb recib entend
comprend actualic actualiz reenvi envi traslad anot añad anad cre organic organiz reserv cancel proces tramit
gestion emit adjunt inclu recomiend recomend sugier suger aconsej lament sient siento disculp perdon agradezc
agradec esper dese alegr pued pod quier quis ayud explic respond contest asegur solicit avis inform comunic indic
revis correg cambi modific registr verifi consult regard trouv vu recu confirm compri compren mis transm signal
not ajout cre organis reserv annul trait envoy joint recommand sugger conseill excus desole desolee remerci esper
souhait ravi heureux heureuse crain peux pourr dois veux voudr aide aid expliqu repond occup assur demand inform
previen relanc corrig modifi enregistr pruf gepruft nachgeseh nachgeschaut geseh seh gefund find bestatig versteh
verstand aktualisiert weitergeleitet weiterleit eskal notiert hinzugefugt erstellt angelegt veranlasst gebucht
storniert bearbeit gesend geschickt schick beigefugt empfehl empfohl rat geraten entschuldig bedaur dank hoff
wunsch freu furcht kann konnt mocht hilf helf geholf erklar antwort aufgerufen eingeseh recherch uberpruft kontroll
informier weitergeb erhalt korrigiert geandert eingetrag aufgenommen verifiqu verific confer consult olh vi vejo
visto encontr receb confirm entend compreend atualiz reencaminh encaminh envi anot acrescent adicion cri
organiz reserv cancel process emit anex inclu recomend suger aconselh lament sint desculp agradec esper desej pod
poss quer ajud explic respond encarreg garant solicit avis inform comunic indic corrig alter modific registr
escrib ecri schreib escrev
added adding vois voir sehe pasar passar gebe
approv approuv aprob aprov valid genehmig freigegeben freigeb bewillig autoriz autoris authoris authoriz acept akzept
protokoll vermerk consign schedul agend programm planifi eingeplant terminiert gener erledig verschickt versend
versandt beantragt beauftragt erfasst erstattet verlanger verbucht beantwort bekomm angefordert anforder
translat traduj traduc traduz tradui ubersetz gelesen durchgelesen nachgelesen marquei tratei tratado
nachgerechnet hinterlegt umgebucht leite
perceb revi resolv devolv submet preench reembols
program resum zusammenfass retrouv nachgeschlag durchgeseh herausgefund confi
joins vereinbar angehangt buch
prie pido pidiendo peco pedimos navre control analis analiz analys melde
""".split())
# Case-workflow acts that are also lived ones ("I ordered a replacement" / "I ordered a pizza", "measured the sofa
# against the size chart" / "measured my kitchen"): an assistant act only when the clause names the customer's
# case (a second-person possessive or a noun of the case, `_CASE`) and nothing of the writer's own life.
CASE_ACTS = tuple("order bestell command encomend ped pedi encarg open ouvr abri eroffn calcul berechn "
                  # round 13: examining, passing on and handing over, of the customer's case ("j'ai examiné vos photos",
                  # "passei o seu pedido", "Ihr Anliegen habe ich übergeben"); of anything else, a life
                  "examin passei ubergeb "
                  # round 14: setting up, marking, moving, preparing, leaving the customer something, of their case
                  # ("I've moved your session", "te preparo un presupuesto", "deixo-lhe o essencial")
                  "set mark mov eingericht gelegt prepar deix "
                  # round 15: handing over and passing on, of the customer's case ("I am handing your case to …",
                  # "he pasado su expediente a …")
                  "hand pasad".split())
# Spanish and Portuguese "escalar" is to escalate and to climb ("escalo tu caso" / "escalo los fines de semana"): an
# assistant act only when the clause names the customer's case (`_CASE`) or a destination in the company
# (`_ROUTED`: "al equipo técnico", "à supervisão"); guards round 12. The English "escalat" stays an act.
ROUTE_ACTS = ("escal",)
_ROUTED = re.compile(r"(?<![\w'])(?:a|al|ao|a la|para|para o|para a|hacia)\s+(?:\w+\s+)?(?:equip[oae]s?|departamento|"
                     r"responsable|responsavel|supervis\w*|gerencia|gerente|encargad[oa]|nivel|area|setor|sector|"
                     r"especialista|tecnic[oa]s?|colegas?|companer[oa]s?|soporte|suporte|servicio|servico|direccion|direcao)(?![\w'])")
# measuring and comparing are an assistant's acts against a document ("against our size chart", "con
# la tabla de tallas"); with a tape in the warehouse they are a body's
DOCUMENT_ACTS = tuple("""
measur med medi mesur mess gemessen nachgemessen ausgemessen vermessen compar vergleich verglich abgeglich
relu reread
""".split())
_DOCUMENT = re.compile(r"(?<![\w'])(?:chart|table|guide|sheet|spec\w*|catalogue|catalog|listing|record\w*|history|"
                       r"tabla|guia|ficha|catalogo|historial|tableau|fiche|historique|tabelle|\w+tabelle|datenblatt|"
                       r"katalog|\w+historie|tabela|historico|registo|registro|donnees|daten|datos|dados|data)(?![\w'])")
_CASE = re.compile(r"(?<![\w'])(?:you|your|yours|su|sus|tu|tus|votre|vos|ton|ta|tes|ihre?[mnrs]?|ihnen|dein\w*|seu|sua|seus|suas|lhe|"
                   r"teu|tua|replacement\w*|refund|exchange|return|label|order|parcel|package|size|chart|table|guide|"
                   r"measurements?|dimensions?|model|case|ticket|claim|courier|pickup|collection|invoice|credit|voucher|"
                   r"part|spare|reemplazo|sustitucion|cambio|reembolso|devolucion|etiqueta|pedido|paquete|talla|tabla|guia|"
                   r"medidas|modelo|caso|incidencia|mensajero|recogida|factura|repuesto|remplacement|echange|remboursement|"
                   r"retour|etiquette|commande|colis|taille|tableau|mesures|modele|dossier|reclamation|transporteur|"
                   r"enlevement|facture|avoir|piece|ersatz\w*|austausch|erstattung|rucksendung|retoure|etikett|bestellung|"
                   r"paket|grosse|tabelle|masse|modell|fall|reklamation|kurier|abholung|rechnung|gutschrift|"
                   r"substituicao|reposicao|troca|devolucao|encomenda|pacote|tamanho|tabela|chamado|reclamacao|estafeta|"
                   r"recolha|coleta|fatura|peca|"
                   # round 14: appointments, bookings and quotes are the customer's case too
                   r"\w*termins?|\w*reservierung(?:en)?|\w*buchung(?:en)?|appointment|booking|reservation|reserva|cita|rendez-vous|session|"
                   r"sitzung|sesion|sessao|presupuesto|devis|quote|angebot|orcamento|almacen|warehouse|entrepot|"
                   r"armazem)(?![\w'])")
_OWN_LIFE = re.compile(r"(?<![\w'])(?:my|mine|myself|mi|mis|mio|mia|conmigo|para mi|mon|ma|mes|moi|pour moi|chez moi|"
                       r"mein\w*|mich|mir|fur mich|meu|minha|meus|minhas|para mim|comigo|at home|en casa|a la maison|"
                       r"zu hause|zuhause|em casa)(?![\w'])")
# "my" + one of these is a speech act ("my apologies"), not a life
_OWN_NOUNS = frozenset("apologies apology pleasure thanks sympathies condolences recommendation suggestion advice "
                       "understanding disculpas excusas recomendacion sugerencia consejo excuses recommandation "
                       "conseil entschuldigung empfehlung rat desculpas recomendacao sugestao conselho "
                       # the reply being written is the assistant's ("before my reply", "vor meiner Antwort"; round 13)
                       "reply answer response respuesta contestacion reponse antwort resposta".split())
_EN_SKIP = frozenset("am was have has had will would shall should can could may might must do did be been being just "
                     "also already now then still really actually gladly happily certainly definitely quickly not n't "
                     "never only even further kindly first immediately to going about 've 'm 'd 'll very so truly "
                     "completely fully totally absolutely sincerely deeply like love want need try trying".split())
_FR_SKIP = frozenset("ne n' pas bien deja aussi egalement tout juste vous te lui leur l' l'ai l'avais les le la y en me m' t' s' "
                     "ai suis vais viens de d' peux dois veux voudrais pourrais avais etais serai aurai personnellement "
                     "moi-meme immediatement rapidement volontiers m'en m'y sincerement vraiment profondement tres en".split())
_DE_AUX = frozenset("habe hab bin werde kann mochte muss will wurde darf hatte war konnte sollte soll mag".split())
_IBERIAN_AUX = frozenset("he voy puedo quiero debo tengo acabo estoy vou posso quero devo tenho acabei estou to".split())
# es/pt words that look like a first-person form but are not ("aquí", "café", "até"), folded
_NOT_VERBS = frozenset("aqui asi alli ahi cafe bebe jose ate mi si ti tu aquele ali ja la cha pe fe ole que "
                        "quien como cuando donde porque tambien ademas "
                        # round 14: "pré-" is a prefix, "esté" a subjunctive, German numerals and adverbs in -ei
                        "pre este zwei drei frei dabei vorbei polizei".split())
# object pronouns that are never articles: one before a word ending in -o marks a first-person verb ("me lembro")
_CLITICS = frozenset("me te le les se nos lhe lhes".split())
_DETERMINERS = frozenset("el la los las un una unos unas del al su sus tu tus mi mis este esta ese esa o a os as um "
                         "uma do da dos das no na nos nas ao aos pelo pela seu sua".split())  # "el palé", "o café"
_TOKEN = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_CLAUSE_END = re.compile(r"[,;:.!?()]|\s[-–—]\s|\b(?:and|but|y|pero|et|mais|und|aber|e|mas)\b")


def assistant_act(predicate: str) -> bool:
    """The (folded) predicate is one of the acts an assistant truthfully performs."""
    word = predicate.strip("'-")
    return any(word == stem or word.startswith(stem) and (len(stem) >= 4 or word[len(stem):] in _INFLECTIONS)
               for stem in ASSISTANT_ACTS)


# English endings a three-letter stem takes ("log" -> "logged", "ask" -> "asked"); longer stems are prefixes
_INFLECTIONS = frozenset("s es d ed ged ked ing ging king".split())


def _case_act(predicate: str, clause: str) -> bool:
    """A case-workflow act whose clause (folded, the verb left out) names its object: the customer's case for
    ordering, opening or calculating, a document for measuring or comparing."""
    word = predicate.strip("'-")

    def starts(stems: tuple[str, ...]) -> bool:
        return any(word.startswith(stem) and (len(stem) >= 4 or len(word) <= len(stem) + 4) for stem in stems)
    return starts(CASE_ACTS) and bool(_CASE.search(clause)) or starts(DOCUMENT_ACTS) and bool(_DOCUMENT.search(clause))


def _routed(predicate: str, clause: str) -> bool:
    """"escalar" with the customer's case or a destination in the company as its object (`ROUTE_ACTS`)."""
    return predicate.startswith(ROUTE_ACTS) and bool(_CASE.search(clause) or _ROUTED.search(clause))


def _english(words: list[str]) -> list[str]:
    out = []
    for index, word in enumerate(words):
        if word in ("i", "i'm", "i've", "i'd", "i'll"):
            rest = [w for w in words[index + 1:index + 8] if w not in _EN_SKIP]
            predicate = rest[0] if rest else "?"
            if predicate == "pass" and ({"on", "along"} & set(rest[1:4]) or "to" in words[index + 2:index + 9]):
                predicate = "forward"  # "I'll pass this on to the team", "I'll pass your note to the depot"
            elif predicate in ("take", "took", "taken", "taking", "have", "had") and "look" in rest[1:4]:
                predicate = "look"  # "I took a quick look": a look in the records, not a tape measure
            elif predicate.startswith("writ") and rest[1:2] in (["from"], ["on"], ["at"], ["in"]):
                predicate = "writing from"  # writing from a place or a device, not writing to you
            out.append(predicate)
        elif word == "myself":
            out.append(word)  # "I'll check it myself": the emphatic self is a person's
        elif word == "my" and index + 1 < len(words):
            out.append("apology" if words[index + 1] in _OWN_NOUNS else "my " + words[index + 1])
        elif word == "let" and words[index + 1:index + 2] == ["me"]:
            out.append(next((w for w in words[index + 2:index + 5] if w not in _EN_SKIP), "?"))
    return out


# French "entendre" is to hear ("j'en ai entendu, des grincements"), not the Spanish and Portuguese "entender" whose
# stem is an assistant act
_FR_HEARD = frozenset("entendu entendue entendus entendues entends entendait entendre".split())


def _french(words: list[str]) -> list[str]:
    out = _french_predicates(words)
    return ["heard" if p in _FR_HEARD else p for p in out]


def _french_predicates(words: list[str]) -> list[str]:
    out = []
    for index, word in enumerate(words):
        if word in ("je", "j'ai", "j'avais", "j'etais", "j'y", "j'en") or word.startswith("j'") and index == 0:
            verb = word[2:] if word.startswith("j'") and word not in ("j'ai", "j'avais", "j'etais", "j'y", "j'en") else ""
            rest = [w for w in words[index + 1:index + 8] if w not in _FR_SKIP]
            # "j'ai fait suivre votre dossier": forwarding, not a thing made
            forwarded = rest[:2] == ["fait", "suivre"]
            out.append(verb or ("forward" if forwarded else rest[0] if rest else "?"))
        elif word.startswith("j'") and word[2:] not in ("ai", "avais", "etais", "y", "en"):
            out.append(word[2:])
        elif word in ("mon", "ma", "mes") and index + 1 < len(words):
            out.append("apology" if words[index + 1] in _OWN_NOUNS else word + " " + words[index + 1])
    return out


# words beside "ich" that are no predicate: adverbs of time and manner, pronouns, articles ("das verstehe ich gut",
# "entschuldige ich mich", "habe ich eben nachgeschlagen"); the verb on the other side is still read (guards round 13)
_DE_NEAR_SKIP = frozenset("gerade noch eben soeben gleich sofort bereits schon auch gern gerne gut sehr mich mir das die "
                          "der den dem es als dass was wie ihnen ihn an auf in mit fur bei zu nach von aus um uber dazu "
                          "dafur dein deine deinen deinem deiner ihre ihren ihrem ihrer dir dich euch".split())


def _german(words: list[str], cased: list[str]) -> list[str]:
    if "ich" not in words and not {"mein", "meine", "meinem", "meinen", "meiner"} & set(words):
        return []
    out = []
    for index, word in enumerate(words):
        if word == "ich":
            near = [w for w in (words[index - 1:index] + words[index + 1:index + 2]) if w not in _DE_NEAR_SKIP]
            out += [w for w in near if w not in _DE_AUX and w.isalpha() and not cased[words.index(w)][:1].isupper()]
        elif word in ("mein", "meine", "meinem", "meinen", "meiner") and index + 1 < len(words):
            out.append("apology" if words[index + 1] in _OWN_NOUNS else "mein " + words[index + 1])
    if "ich" in words:  # participles and clause-final infinitives, lower case (German nouns are capitalised)
        # an attributive participle stands before its noun ("den doppelt vergebenen Sitzplatz"): no predicate
        nouns = [n[:1].isupper() for n in cased[1:]] + [False]
        out += [w for w, c, noun in zip(words, cased, nouns, strict=True) if c[:1].islower() and not noun
                and re.fullmatch(r"(?:\w*ge\w{3,}(?:t|en)|\w{3,}iert|hinter\w{2,}t|(?:be|ver|er|ent|zer)\w{3,}t|verglichen|vermessen|erhalten|bekommen|verstanden|ubergeben)", w)
                and w not in ("gegen", "gern", "gerne", "bereit", "erst", "bestimmt", "bekannt", "bisher")]
    return out


def _iberian(words: list[str], cased: list[str], portuguese: bool = False) -> list[str]:
    out = []
    # "agradeço-lhe", "envio-lhe": a first-person present with its pronoun attached; the others are read below
    out += [w.split("-")[0] for w in words if "-" in w and w.split("-")[-1] in _CLITICS and w.split("-")[0].endswith("o")]
    words = [w.split("-")[0] for w in words]  # "liguei-lhe", "avise-me": the verb before its pronoun
    cased = [w.split("-")[0] for w in cased]
    for index, (word, raw) in enumerate(zip(words, cased, strict=True)):
        before = words[index - 1] if index else ""
        nxt = words[index + 1] if index + 1 < len(words) else ""
        if word in ("yo", "eu") and nxt:
            out.append(nxt if nxt not in _IBERIAN_AUX else (words[index + 2] if index + 2 < len(words) else "?"))
        elif word in _IBERIAN_AUX and word not in ("tengo", "tenho") and nxt and before not in ("yo", "eu"):
            if word == "he" and not re.fullmatch(r"\w+(?:ado|ido|to|cho|so)", nxt):
                continue
            follow = words[index + 2] if nxt in ("a", "de", "que") and index + 2 < len(words) else nxt
            out.append(follow)
        elif (raw.lower().endswith(("é", "í", "ei")) and len(word) > 2 and word not in _NOT_VERBS
              and (raw[:1].islower() or index == 0)
              # "a"/"o" before a Portuguese "-ei" form is its object pronoun ("Já a aprovei"), not an article
              and (before not in _DETERMINERS or before in ("a", "o", "as", "os") and word.endswith("ei") and len(word) > 4)):
            out.append(word)  # revisé, haré, recibí / verifiquei
        elif portuguese and _pt_preterite_i(word, raw, index, before):
            out.append(word)  # perdi, vendi, esqueci: a Portuguese first-person preterite has no accent
        elif (before in _CLITICS and before != "se" and word.endswith("o") and len(word) > 3 and index >= 1
              and not raw[:1].isupper() and not raw.endswith("ó")):  # "se renovó", "te pareció": a third person
            out.append(word)  # "me encargo", "me lembro", "te confirmo"
        elif word in ("mi", "mis", "meu", "minha", "meus", "minhas") and nxt:
            out.append("apology" if nxt in _OWN_NOUNS else word + " " + nxt)
    return out


# words in -i after a consonant that are not a Portuguese first-person preterite (folded)
NOT_PT_PRETERITE = frozenset("""
dali daqui aqui ali javali abacaxi taxi caqui saci tupi guarani mini multi anti semi sushi safari wifi biquini frenesi
colibri bisturi pequi siri jabuti chassi ravioli kiwi chili yeti lundi mardi jeudi vendredi samedi midi
parmi ceci celui lui fini ici oui qui aujourd'hui juli juni hawaii juri mi ti si li vi
""".split())


# function words only Portuguese has (folded): the plain -i preterite is read only in a piece with one of them
PT_MARK = re.compile(r"(?<![\w'])(?:nao|voce|voces|um|uma|do|dos|das|ao|aos|pelo|pela|com|em|isso|isto|muito|muita|"
                     r"tambem|entao|ontem|hoje|meu|minha|ainda|depois|lhe|seu|sua)(?![\w'])")


def _pt_preterite_i(word: str, raw: str, index: int, before: str) -> bool:
    """A Portuguese first-person preterite of an -er/-ir verb ("perdi", "vendi", "esqueci"): lower case (or the first
    word), at least four letters, a consonant before the final -i, not a noun after an article, not a given name
    ("Dani"), not a case act whose object decides ("pedi", "abri": read as before, not at all)."""
    if not (len(word) >= 4 and raw.endswith("i") and word[-2] not in "aeiouy" and word not in NOT_PT_PRETERITE
            and (raw[:1].islower() or index == 0) and before not in _DETERMINERS
            and not word.startswith(CASE_ACTS + DOCUMENT_ACTS)):
        return False
    from .human_claims import given_names  # human_claims imports this module
    return word not in given_names()


# the commonest function words of each language, to tell which grammar to read a piece with
_GERMAN_MARK = re.compile(r"(?<!\w)(?:ich|und|der|die|das|ist|nicht|mit|sie|ihre?|wir|unser\w*|bei|den|dem|ein\w*|zu|"
                          r"von|auf|fur|im|sich|dass|kann|wird|sind|auch)(?!\w)")
_FRENCH_MARK = re.compile(r"(?<!\w)(?:je|j'\w+|vous|votre|nous|notre|nos|est|les|des|une|avec|pour|du|au|aux|l'\w+|"
                          r"d'\w+|qu'\w+|n'\w+|ou|sur|dans|sera|ete|cette|le|il|elle|ce|qui|plus|pas|ne|son|sa|ses|tres|mais|et)(?!\w)")
_ENGLISH_MARK = re.compile(r"(?<!\w)(?:i|i'm|i've|i'd|i'll|the|you|your|and|is|to|we|our|of|for|with|it|this|that|"
                           r"will|be|are|has|have)(?!\w)")
_IBERIAN_MARK = re.compile(r"(?<!\w)(?:el|los|las|y|su|tu|para|con|por|os|do|da|dos|das|nao|seu|sua|com|um|uma|esta|"
                           r"muy|pedido|encomenda|yo|eu|lhe|mi|meu|minha|del|al|lo|es|fue|foi|pero|como|muito|mucho|ha|"
                           r"hemos|usted|voce|nuestro|nuestra|nosso|nossa|ya|ja|as|desse|dessa|deste|desta|pelo|pela|ao|aos|ese|esa|este|"
                           r"eso)(?!\w)")


# leaving a note in the account is noting, whatever the verb: "I've left a note", "he dejado una nota", "deixei uma nota"
_NOTE_LEFT = re.compile(r"(?i)\b(?:left|leave|dejado|dej[eé]|dejar[eé]|deixei|deixado|deixarei|laiss[eé]e?)"
                        r"(?= (?:a|an|una|uma|une) (?:short |breve |petite )?(?:note|nota|comment|comentario|commentaire)\b)")


@lru_cache(maxsize=8192)
def _folded_word(word: str) -> str:
    """`fold` of one word, remembered: a draft is read word by word once for its language and once per clause."""
    return fold(word)


# round 14: a line break escaped in a streamed chunk ("em casa./n/nVerifiquei") separates words
_LINE_ESCAPE = re.compile(r"(?:/n|\\n)+(?=[A-ZÀ-Þ])")
# a menu or page named mid-sentence ("entra en Mis pedidos", "under Manage my booking"): no one's own
_MENU = re.compile(r"(?<=[^\W\d_A-Z] )(?:(Mis|Mi|Mes|Mon|Ma|Meine?|Meu|Meus|Minhas?|My)|(?!I )[A-Z][a-z]+ (my))(?= \w)")
_CHECKBOX = re.compile(r"\[[ xX✓✔]?\]|[☐☑☒✅]")  # a status list's box ("[x] Ich habe …") is no word


def first_person_predicates(piece: str) -> list[str]:
    """The folded predicates of the piece's first-person-singular subjects (and "my" + noun), in the piece's
    language as told by its function words; "?" where a subject has no predicate in reach."""
    piece = _CHECKBOX.sub(" ", _NOTE_LEFT.sub("noted", _LINE_ESCAPE.sub(" ", piece)))
    piece = _MENU.sub(lambda m: m.group(0)[:-len(m.group(1) or m.group(2))] + "the", piece)
    whole = " ".join(_folded_word(w) for w in _TOKEN.findall(piece.replace("’", "'")))
    marks = {name: len(mark.findall(whole)) for name, mark in
             (("en", _ENGLISH_MARK), ("fr", _FRENCH_MARK), ("de", _GERMAN_MARK), ("es/pt", _IBERIAN_MARK))}
    if not any(marks.values()):
        return []
    language = max(marks, key=lambda name: marks[name])
    portuguese = bool(PT_MARK.search(whole))
    readers: dict[str, Callable[[list[str], list[str]], list[str]]] = {
        "en": lambda w, c: _english(w), "fr": lambda w, c: _french(w), "de": _german,
        "es/pt": lambda w, c: _iberian(w, c, portuguese)}
    read = readers[language]
    out = []
    clauses = _CLAUSE_END.split(piece.replace("’", "'"))
    for index, clause in enumerate(clauses):
        cased = _TOKEN.findall(clause)
        words = [_folded_word(w) for w in cased]
        found = read(words, cased)
        if language == "de" and not found and "ich" in words:
            # a German verb bracket cut by a list's commas ("Ich habe Ihre Meldung mit Produkt, Datum und Foto
            # erfasst"): the participle is read from the clauses that follow, up to three (guards round 13)
            for more in clauses[index + 1:index + 4]:
                cased += [w for w in _TOKEN.findall(more or "")]
                words = [_folded_word(w) for w in cased]
                found = read(words, cased)
                if found:
                    break
        # the verb is not its own object: "pedido" (ordered / an order) is a case noun only after another verb
        rest = " ".join(w for w in words if w not in found) if found else ""
        out += ["noted" if _case_act(p, rest) and not _OWN_LIFE.search(" ".join(words)) or _routed(p, rest) else p
                for p in found]
    return out


def off_voice(piece: str) -> bool:
    """The piece says "I" (or "my") for something that is not an assistant's act."""
    return _off(first_person_predicates(piece))


def _off(predicates: list[str]) -> bool:
    return any(p != "?" and p != "apology" and not assistant_act(p.split()[-1] if " " not in p else "")
               for p in predicates)


def in_voice(piece: str) -> bool:
    """The piece says "I" only for assistant acts: it has first-person predicates and every one is on the list."""
    return in_voice_of(first_person_predicates(piece))


def in_voice_of(predicates: list[str]) -> bool:
    """`in_voice` of predicates already read (`first_person_predicates`)."""
    return any(p != "?" for p in predicates) and not _off(predicates)
