"""Round 37 (issue 12): structural vetoes of a bias review, each with its reason.

The bias head (decision.py) fires on messages that are no complaint of unequal treatment at all: the writer's own
prejudice (a group in an advert they object to), praise or thanks for an inclusive service, a self-description next
to an unrelated complaint ("xid. the courier was rude to the whole queue"), a student project or a question about an
equality policy, "discrimination" against loyal customers about prices. Round 34 retrained the head on spent sets and
lost complaints; this round keeps the learnt weights and asks, after the head fires, three questions of structure:

- is anyone treated adversely at all, or does the message thank, praise or ask (``praise``, ``policy``, ``student``);
- is the adverse outcome the writer's, tied to who they are, or one everybody met, one the writer disowns the link
  of ("not that it has anything to do with it"), or one suffered by a group the writer objects to (``everyone``,
  ``disowned``, ``own_prejudice``);
- is the "group" one that is no characteristic at all (loyal or new customers: ``loyal``);
- is it a threat to call the company racist unless something else is done (``threat``), a joke (``joke``), or a
  self-introduction with no trouble at all (``self_intro``).

A veto holds only when nothing in the message reads as a complaint of the writer's own unequal treatment: no
``_COMPLAINT`` form (a comparison with other customers, "because I am", "only me", "except me", a remark tied to the
writer's group, the words of a refusal or of being shut out aimed at the writer) in five languages (en, es, fr, de,
pt). Every veto only lowers the bias route; the handoff and opt-out heads and their frames are untouched. The text
read is folded and group-masked (identity.mask), so a veto can never treat one group differently from another.
"""
from __future__ import annotations

import re

from .features import Sentence

# Vetoes read messages of at most this many characters (folded, masked): no development row is longer than 1,500, so
# the vetoes are untested on longer letters, which the bias head alone decides (this also bounds their cost).
MAX_CHARS = 3000
_ID = r"(?:xid|xperson|xpartner|xchild|xparent|xsibling)"


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


# Forms of a complaint of the writer's own unequal treatment: if any is found, no veto applies.
_COMPLAINT = _rx(
    r"(as soon as|the moment|once) (i|we) (said|told|mentioned)|des que (je l'ai|j'ai) (dit|mentionne)|en cuanto (lo )?(dije|mencione)"
    r"|sobald ich [a-z ]{0,20}(sagte|erwahnte|nannte|genannt)|assim que (eu )?(disse|falei|mencionei)",
    r"people like (me|us)|(patients?|clients?|gens|personnes) comme (moi|nous)|gente como (yo|nosotr|eu|nos)|leute wie (ich|mich|uns|wir)"
    r"|pessoas como (eu|nos)|(kind|sort) of (person|people) like",
    # because of who I am
    rf"because (i'?m|i am|we'?re|we are|of (my|our|his|her) |{_ID})|(just|only|simply) because|due to (my|our) ",
    r"por (ser|mi |mis |nuestr|su |sus |llevar|tener|estar) |porque (soy|somos|tengo|llevo|estoy|es |era )",
    r"parce qu(e |')(je |j'|nous |il |elle )?(suis|sommes|porte|ai |etais|est )|a cause de (mon|ma|mes|son|sa|ses|notre)|en raison de",
    r"weil (ich|wir|er|sie) |wegen (meine|meiner|meines|unser|seine|ihrer)|aufgrund",
    r"por (eu )?(ser|sou|minha|meu|meus|minhas|usar|estar|ter) |porque (sou|somos|tenho|estou|uso)",
    # me / us singled out: only me, except me, everyone else, the others were served
    r"(?<!not )\b(only|just) (me|us|my|our)\b|except (me|us|for me)|but not (me|us)|everyone else|everybody else|all the others"
    r"|other (customers|people|guests|passengers|shoppers|clients|drivers)|the (customer|person|people|couple|man|woman|lady|guy) (before|after|behind|ahead|next)",
    r"\bmenos (a )?(mi|yo|nosotr)\b|salvo (a )?(mi|yo)\b|excepto (a )?(mi|yo)\b|(?<!no )\bsolo (a )?(mi|yo|nosotr)\b|(los|las|al|a los|a las) (demas|otros|otras)"
    r"|otros clientes|otras clientas",
    r"sauf (moi|nous)|sauf a (moi|nous)|(?<!pas )seulement (moi|nous|a moi)|il n'y a(vait)? que (moi|nous)|(les|aux) autres|autres clients|tous les autres",
    r"au(ss|ß)er (mir|mich|uns)|(?<!nicht )\bnur (ich|mich|mir|uns|wir)\b|alle anderen|(die|den) anderen|andere(n)? kunden",
    r"\bmenos (eu|a mim|comigo|nos)\b|exceto (eu|a mim)|(?<!nao )\bso (eu|a mim|comigo|nos)\b|(os|as|aos|as) (outros|outras|demais)|outros clientes",
    # a remark at the writer's group, a refusal, a barrier aimed at the writer
    rf"(said|told|called|asked|looked at) (me|us|my )[^.!?\n]{{0,60}}{_ID}|{_ID}[^.!?\n]{{0,30}}(not welcome|not allowed|refused|turned away)",
    r"(refused|denied|turned (me|us) away|won'?t (serve|let|rent|sell)|wouldn'?t (serve|let|rent|sell)|not allowed|kicked (me|us) out|asked (me|us) to leave)",
    r"(se nego|se negaron|nos negaron|me negaron|no me dej|no nos dej|no quisieron|nos echaron|me echaron|denegad)",
    r"(a refuse|ont refuse|m'a refuse|nous a refuse|refus d|pas le droit|ne m'a pas laisse|nous ont (mis|jete) dehors|m'ont (mis|jete) dehors)",
    r"(verweigert|abgelehnt|nicht bedient|hat mich nicht|wollte (mich|uns) nicht|rausgeworfen|nicht rein|nicht erlaubt)",
    r"(recusou|recusaram|negou|negaram|nao me deix|nao nos deix|me expuls|nos expuls|barrad)",
)

# The writer disowns any link between who they are and the trouble ("not that it has anything to do with it").
_DISOWNED = _rx(
    r"nothing personal|not personal|about prices?,? not|esto no va de eso|nada personal|es de precios?,? no de"
    r"|rien de personnel|nichts personliches|uber preise,? nicht|nao e nada pessoal|nao foi comigo em especial"
    r"|e de preco,? nao de|ninguna injusticia personal|no va de eso|antes de que nadie piense|before anyone (thinks|says)",
    r"if (that|it) (matters|makes a difference|helps)"
    r"|por si (sirve|importa|ayuda)"
    r"|si ca (compte|peut aider)"
    r"|falls (das|es) (wichtig|relevant) ist"
    r"|caso faca diferenca",
    r"not that (it|this|that) (has|matters|is)|(has|is) nothing to do with (it|this|that|the (problem|issue|complaint))"
    r"|none of (that|this) is (really )?(the|an) (issue|problem|point)|(that|this|it)'?s? not (the|an|really the) (issue|point|problem)"
    r"|before anyone (wonders|asks|thinks)|unrelated,? but|nothing to do with why|is not about discrimination"
    r"|(not|isn'?t|is not) (a |about )?(discrimination|bias)|just so you know who|only mention (it|that|this)"
    r"|since your (form|chat|app|website|survey) (asks|insists|wants)|because the form asked",
    r"no tiene nada que ver|nada que ver con (esto|eso|el problema|lo que)|no viene al caso|no es (el tema|eso|lo importante)"
    r"|como (el|vuestro|su) (chat|formulario)[^.!?\n]{0,30}(pregunt|insist|pide)|solo lo (digo|menciono)",
    r"(ca|cela) n'a rien a voir|rien a voir avec (ca|cela|le probleme|ma demande)|soit dit en passant|ce n'est pas (le sujet|la question|le probleme)"
    r"|je ne parle pas de discrimination|(ce n'est|c'est) pas (de la )?discrimination|puisque (votre|le) (chat|formulaire)[^.!?\n]{0,30}(demande|tient)",
    r"tut nichts zur sache|nur nebenbei|hat (damit|damit gar) nichts zu tun|(ist|geht es) (hier )?nicht (das thema|darum)"
    r"|keine diskriminierung|weil das formular (danach )?(gefragt|fragt)|nur zur info|erwahne das (mit [^.!?\n]{0,30})?nur",
    r"nao tem nada a ver|o problema e outro|nao e (esse|o) (problema|assunto|ponto)|nao e discriminacao|so para se saber"
    r"|conto isto so|so (pra|para) (voces )?saberem|como o (chat|formulario)[^.!?\n]{0,30}(pergunt|insist|pede)",
)

# The trouble met everybody alike (a rude clerk, a broken app "for everyone").
_EVERYONE = _rx(
    r"(to|with|at) every(one|body)\b(?! else)|every single (passenger|customer|person|one)|the whole (queue|line|room|bus|carriage|class|group)"
    r"|every(one|body) in the (queue|line|shop|room|bus)|not just (me|us|to me|at me)|all of us|affects every(one|body)",
    r"(con|a) todos(?! los demas)|toda la (cola|fila|gente)|todo (el|xpron) (mundo|bloque)|no solo (a |conmigo|a mi)",
    r"avec (absolument )?tout le monde|a tout le monde|toute la (file|queue|salle)|pas seulement (moi|a moi|avec moi)|tous les clients",
    r"die ganze (schlange|reihe|gruppe)|(mit|zu) allen\b|alle (kunden|fahrgaste|leute)|nicht nur (mich|mir|uns|zu mir)",
    r"(a|com) (fila|sala) (toda|inteira)|toda a (fila|gente)|todo mundo|com todos(?! os outros)|nao so (comigo|a mim|eu)|afeta toda",
)

_RUDE = re.compile(r"rude|shout|snap|yell|swor|dismissive|grit|borde|maleducad|mal educad|groser|contest\w* mal|impoli|desagreable"
                   r"|envoye balader|odieu|agress|unverschamt|unfreundlich|angeschrien|angeschnauzt|anbrull|schrie|mal-educad"
                   r"|grosseir|xing|berr")
_ALL_AFFECTED = re.compile(r"everyone was treated|treated (just )?as badly|tout le monde [^.!?\n]{0,40}traite|todos fuimos tratados|alle wurden gleich"
                           r"|todos foram tratados|affects every(one|body)|for every(one|body)(?! else)|afeta toda|afecta a todos|touche tout le monde"
                           r"|betrifft alle|problem for all|todo mundo (tem|esta)|everyone (has|is having) (the same|this)")
_PRAISE = _rx(
    r"thank(s| you)|grateful|brilliant|fantastic|wonderful|delighted|lifesaver|credit to|well done|so kind|patient|made (my|our) day",
    r"gracias|agradec|fenomenal|estupend|genial|encantad|maravill|paciencia",
    r"merci|remercie|formidable|genial|ravie?|patience|bravo",
    r"danke|dank\b|bedank|toll\b|grossartig|wunderbar|geduld|super\b",
    r"obrigad|agradec|nota 10|maravilh|paciencia|excelente|parabens",
)
# Trouble words: a praise veto holds only when none is found outside a sentence of thanks.
_TROUBLE = _rx(
    r"\b(but|however|aber|jedoch|pero|sin embargo|mais|cependant|mas|porem|no entanto|secondly|zweitens|segundo|deuxiemement)\b"
    r"|less (happy|satisfied)|what i didn'?t like|weniger zufrieden|was mir nicht gefall|lo que no me gusto|menos satisf|moins satisf"
    r"|(said|added|told (me|us)|dijo|anadio|me dijo|a dit|a ajoute|m'a dit|sagte|meinte|disse|falou)\s*:?\s*[\"'„«“]"
    r"|ce qui (ne )?m'a (pas )?(plu|deplu)|stopped (serving|helping)|dej[oa] de atender|a cesse de|horte auf|parou de atender",
    r"\b(error|errors|erreur|fehler|erro)\b|complain|problem|rude|refus|unfair|disgust|appalled|angry|furious|shocking|never again|useless|broken|wrong|lost|late\b|delay",
    r"queja|reclam|problema|borde|grosero|injust|vergüenza|verguenza|fatal|roto|perdid|retraso|tarde\b",
    r"plainte|reclam|probleme|grossier|injust|honte|inadmissible|casse|perdu|retard",
    r"beschwer|reklam|problem|unverschamt|unfair|ungerecht|frechheit|kaputt|verloren|verspat",
    r"reclama|queixa|problema|grosseir|injust|vergonha|absurdo|quebrad|perdid|atras",
)

_STUDY = _rx(
    r"\b(school|college|university|class|group|sixth-form) (project|assignment|essay)|\b(epq|dissertation|thesis|homework|coursework|survey|questionnaire)\b|(my|our|a) (research|student|college|school|university|group) project|doing (a|an|my) (project|research|study)",
    r"trabajo (para|de) (clase|el instituto|xpron instituto|la universidad|la facultad|xpron facultad)|para (clase|el instituto)|\b(tfg|tfm|encuesta|cuestionario)\b|(un|mi) proyecto (de|para) (clase|la universidad|xpron instituto)",
    r"\b(memoire|expose|enquete|sondage|questionnaire)\b|projet (scolaire|de classe|universitaire|d'etudes?)|pour (mon|un) (cours|devoir|projet)",
    r"\b(hausarbeit|referat|umfrage|facharbeit|seminararbeit|bachelorarbeit|masterarbeit|fragebogen)\b|(schul|uni)projekt",
    r"trabalho (para|da|de) (a )?(faculdade|escola|universidade|aula)|\b(tcc|questionario|pesquisa academica)\b|projeto (da|de|para a) (escola|faculdade|aula)",
)
_POLICY = _rx(
    r"(equality|equal opportunit|diversity|inclusion|anti-?discrimination|accessibility|edi|dei) (and [a-z ]{0,30})?(policy|policies|statement|plan|report|figures|training)"
    r"|gender pay gap|pay gap",
    r"(plan|politica|protocolo|declaracion) (de |contra la )?(igualdad|diversidad|inclusion|accesibilidad|discriminacion)",
    r"politique (d'|de |contre la )?(egalite|diversite|inclusion|accessibilite|discrimination)|charte (de la )?diversite|egalite salariale",
    r"(gleichbehandlungs|antidiskriminierungs|diversitats|diversity|inklusions|barrierefreiheits)[a-z-]*(richtlinie|politik|konzept|plan|erklarung)?|entgelttransparenz",
    r"politica (de |contra a )?(igualdade|diversidade|inclusao|acessibilidade|discriminacao)|transparencia salarial",
)
_ASKS = re.compile(r"\?|could you|can you|would (you|anyone)|do you have|is there|podri|podeis|pueden|tienen|pourriez|pouvez|avez-vous"
                   r"|konnten|konnen sie|haben sie|gibt es|podem|poderiam|voces tem|tem uma|vous avez")

# Loyal, existing or new customers: no characteristic.
_LOYAL = _rx(
    r"(loyal|existing|long-?standing|long-?term|new|brand-new|small|part-?time) (customers?|people|ones|hosts|members|clients|merchants|subscribers|sign-?ups|sellers|students|xperson)"
    r"|(price|pricing|fee|fees|tariff|rate|commission|premium|bundle|plan)s? [^.!?\n]{0,40}discriminat|discriminat\w* [^.!?\n]{0,60}(price|pricing|fee|tariff|rate|commission|premium|bundle|plan)s?\b"
    r"|newcomers|new sign-?ups|newbies|people who (stayed|stay)|those of us (paying|who)|stayed loyal|penalising the loyal",
    r"(tarifa|precio|cuota|comision|prima)s? [^.!?\n]{0,60}discrimin|discrimin\w* [^.!?\n]{0,60}(tarifa|precio|cuota|comision)|(clientes?|clientas?) (fieles|de siempre|antiguos|nuevos|nuevas)|los (de siempre|nuevos|fieles)|los recien llegados|contra los fieles",
    r"(tarif|prix|commission|frais|grille)s? [^.!?\n]{0,60}discrimin|discrimin\w* [^.!?\n]{0,60}(tarif|prix|commission|frais)|(clients?|commercants?) (fideles?|nouveaux|anciens)|petits vendeurs|nouveaux (clients|inscrits|abonnes)|les fideles",
    r"(tarif|preis|gebuhr|provision)\w* [^.!?\n]{0,60}diskrimin|diskrimin\w* [^.!?\n]{0,60}(tarif|preis|gebuhr|verkaufer)|(treue|langjahrige|bestands|neu)(n|en|e)? ?(kunden|handler|mitglieder)|neukunden|die,? die bleiben|wer neu kommt",
    r"(tarifa|preco|taxa|comissao|plano)s? [^.!?\n]{0,60}discrimin|discrimin\w* [^.!?\n]{0,60}(tarifa|preco|taxa|comissao)|(cliente|clientes|lojistas?) (fiel|fieis|antigos?|novos?)|quem e fiel|quem acabou de entrar|os novos|os antigos",
)
_DISCRIMIN = re.compile(r"discrimin|diskrimin|penalis|penaliz|bestraf|castig")

# The writer objects to a group shown or met (an advert, a cover, a visit) or owns a prejudice and takes it back.
_OWN_VIEW = _rx(
    r"(cancel|kundig|de baja|resili|cancela)\w*[^.!?\n]{0,60}(because|weil|porque|parce que)[^.!?\n]{0,40}\b(xid|xperson|xpartner)\b[^.!?\n]{0,40}"
    r"(advert|ad\b|cover|page|titelseite|werbung|anuncio|portada|pub\b|publicite|couverture|capa|propaganda)",
    r"(won'?t|will not|do not|don'?t|does not|doesn'?t) (want|have|like|need) (that|this|them|it|to see)|i object to|offensive to (me|my)|not in my house"
    r"|i'?ll admit i (assumed|thought)|i (assumed|thought) (he|she|they) (wouldn'?t|would not|couldn'?t)|my bad|i was wrong|i stand corrected"
    r"|i('d| would) rather (not|have) ",
    r"no me (ha )?gusta(do)? (nada )?(el|la|que|ver|xpron)|no quiero (ver|que)|pense que no (se|iba|sabria)|me equivoque|te soy sincer",
    r"(ne me plait|ne me plaît) pas|je ne veux (pas|plus) (voir|que)|je me suis demande si|j'avais tort|je l'avoue|j'avoue",
    r"gefallt mir nicht|(will|mochte) (ich )?(das|so etwas|sowas) nicht|ich gebe zu|hatte unrecht|ich dachte,? (er|sie) (wurde|kann|konnte) nicht",
    r"nao (gostei|gosto|quero ver|quero que)|confesso que|admito que|eu eu estava errad|achei que (ele|ela) nao",
)
_SHOWN = _rx(
    r"\b(advert|advertising|ad|ads|advertisement|commercial|campaign|poster|billboard|cover|issue|page|episode|programme|show|catalogue|brochure|magazine)\b",
    r"\b(anuncio|publicidad|campana|cartel|portada|revista|programa|catalogo|folleto)\b",
    r"\b(publicite|pub|annonce|campagne|affiche|couverture|une|magazine|emission|catalogue)\b",
    r"\b(werbung|kampagne|plakat|titelseite|heft|zeitung|sendung|katalog|prospekt|spot)\b",
    r"\b(anuncio|propaganda|campanha|cartaz|capa|revista|programa|catalogo|folheto)\b",
)
_CANCEL = re.compile(r"cancel|unsubscrib|close my|end my|kundig|abmeld|de baja|darme de baja|denme de baja|baja del|cancelar|cancela"
                     r"|resili|desabonn|desinscri|descadastr|encerr|never (shop|buy|use)|won'?t be (shopping|buying|renewing)")
_ADMITTED_WEAK = re.compile(r"i'?ll be honest|embarrassing|peinlich|(dois|doit) (vous )?avouer|avouer quelque chose|zugeben|gestehen|confess"
                            r"|pense que no (iba|sabria|se)|dachte ich|habe ich [a-z ]{0,20}gedacht|je me suis dit|thought '|achei que|pensei que")
_TURN = re.compile(r"pero (lo hizo|me arreglo)|mais (il|elle) a|but (he|she|they) (fixed|did|sorted)|aber (er|sie) hat|mas (ele|ela) (fez|resolveu)")
_ADMITTED = re.compile(r"honte a moi|auf meine kappe|lag ich [a-z ]{0,12}falsch|j'avais (completement |totalement )?tort|i was (completely |totally )?wrong|i'?ll admit|my bad|i was wrong|i stand corrected|me equivoque|te soy sincer|j'avais tort|je me suis demande si"
                       r"|j'avoue|ich gebe zu|hatte unrecht|confesso|admito que|eu estava errad")


# Families of trouble: a thanks or a question is no veto when a sentence without thanks holds one of them.
_TROUBLE_FAMILIES = frozenset({"ADVERSE", "RUDE", "REFUSE", "STRONG", "REPORTED", "THREAT"})
_THANKS = _rx(
    r"thank(s| you) (so much |very much )?(to|for)|wanted to (say )?thank|a (huge|big) thank|grateful|lifesaver|credit to|made (my|our) day",
    r"gracias (a|por)|(quiero|queria|quisiera) agradecer",
    r"(un grand |mille )?merci (a|pour|beaucoup)|remercier|je tenais a (vous )?(dire|remercier)",
    r"danke (fur|an)|bedanken|vielen dank (fur|an)",
    r"obrigad[oa] (a|ao|pel|por)|agradecer|nota 10",
    r"elogio|compliment|kudos|hut ab|grosses lob|danke dafur|(wollte|mochte) (nur |einfach )?(danken|danke sagen)|(je tenais a|je voulais) (juste |sincerement )*remercier|(ich wollte|mochte) mich [^.!?\n]{0,30}bedanken|(so|solo) queria (agradecer|dar(os)? las gracias)",
)


_QUOTED = re.compile(r"(said|says|told|wrote|write|written|replied|answered|dijo|dice|contesto|respondio|a dit|dit|a repondu|ecrit|sagte|meinte|antwortete|schrieb"
                     r"|disse|respondeu|escreveu)[^\"'„«“]{0,30}[\"'„«“]")
_FIRST = re.compile(r"\b(i|me|my|we|us|our|yo|mi|nos|je|moi|nous|ich|mich|mir|wir|uns|eu|meu|minha|nos)\b|\bj'|\bm'")


# A threat to call the company racist (or the like) unless something unrelated is done: a conditional and a future
# accusation in one sentence.
_ACCUSE = r"(racis|rassis|sexis|machis|discrimin|diskrimin|homophob|homofob|ageis|transphob|auslanderfeindlich|xenophob)"
_THREAT = _rx(
    rf"(if|unless|or else|otherwise|ignore me)[^.!?\n]{{0,140}}(i'?ll|i will|i am going|i'?m going|going to|will)[^.!?\n]{{0,80}}{_ACCUSE}"
    rf"|(publici[sz]e|describe|call|label|brand|report)[^.!?\n]{{0,40}}(as|for) (a )?{_ACCUSE}",
    rf"(si no|como no|o si no|de lo contrario)[^.!?\n]{{0,140}}(dire|voy a (decir|denunciar|contar|publicar|poner)|denunciare|contare|publicare)[^.!?\n]{{0,80}}{_ACCUSE}",
    rf"(\bsi |sinon|faute de quoi)[^.!?\n]{{0,140}}(je dirai|je vais (dire|vous traiter|denoncer|raconter|publier)|je raconterai|je publierai)[^.!?\n]{{0,80}}{_ACCUSE}",
    rf"(wenn|falls|sonst|andernfalls|sollte)[^.!?\n]{{0,160}}(sag ich|sage ich|werde ich|erzahle ich|melde ich|wird unser mandant|werden wir)[^.!?\n]{{0,80}}{_ACCUSE}",
    rf"(\bse |senao|caso contrario)[^.!?\n]{{0,140}}(vou (dizer|falar|denunciar|contar|publicar)|direi|denunciarei|contarei)[^.!?\n]{{0,80}}{_ACCUSE}",
)
# Laughter outside a quotation: a joke.
_LAUGH = re.compile(r"[\U0001F600-\U0001F606\U0001F923\U0001F602\U0001F60F\U0001F61C\U0001F61D]|\b(haha\w*|hehe\w*|lol|lmao|mdr|jaja\w*|jeje\w*"
                    r"|kkkk\w*|rsrs\w*|hihi\w*)\b")


def _sentences(text: str) -> list[str]:
    return [c for c in re.split(r"[.!?\n]+", text) if c.strip()]


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[.!?;\n]+", text) if c.strip()]


# A self-description introduced as such ("let me introduce myself", "kurz zu mir"): a veto only with no trouble at all.
_INTRO = _rx(
    r"let me introduce myself|(a (little|bit) )?about me[:,]|bit about me",
    r"me presento|un poco sobre mi",
    r"je me presente\s*[:,]|permettez-moi de me presenter|un mot sur moi",
    r"kurz zu mir|kurz zu meiner person",
    r"(um pouco|algumas palavras) sobre mim|me apresent",
)
_NOT_COMPLAINT = re.compile(r"nothing (has )?(gone|went) wrong|when something goes wrong|no ha pasado nada|rien ne s'est mal passe"
                            r"|nichts ist schief\w*|nada deu errado|(isn'?t|is not|not|no es|ninguna|pas une|keine|nao e|niemand hat sich|nobody has)[^.!?\n]{0,25}"
                            r"(complain|queja|plainte|reclamation|beschwer|reclamacao|queixa)\w*")


def veto(masked: str, sentences: list[Sentence]) -> str | None:
    """The reason a bias review of ``masked`` (folded, group-masked text) is no complaint of unequal treatment, or
    None. See the module docstring; ``sentences`` are features.sentences of the same text. The complaint forms
    (``_COMPLAINT``) are read only when a veto would apply (most bias reviews meet none)."""
    reason = _reason(masked, sentences)
    return reason if reason and not _COMPLAINT.search(masked) else None


def _reason(masked: str, sentences: list[Sentence]) -> str | None:
    if _DISCRIMIN.search(masked) and _LOYAL.search(masked) and not any(
            re.search(r"\b(xid|xchild|xpartner)\b", masked[d.start():d.end() + 40]) for d in _DISCRIMIN.finditer(masked)):
        return "loyal"
    thanks = [("PRAISE" in s.families) for s in sentences]
    praised = any(thanks) or bool(_THANKS.search(masked))
    intro = bool(_INTRO.search(masked))
    if praised or intro:
        plain = _NOT_COMPLAINT.sub(" ", masked)
        trouble = any(s.families & _TROUBLE_FAMILIES for s, t in zip(sentences, thanks, strict=True) if not t) \
            or any((_TROUBLE.search(c) or _QUOTED.search(c)) and not _PRAISE.search(c) for c in _clauses(plain))
        if not trouble:
            return "praise" if praised else "self_intro"
    policy, study = _POLICY.search(masked), _STUDY.search(masked)
    if (policy or study) and _ASKS.search(masked):
        plain = _NOT_COMPLAINT.sub(" ", masked)
        if not any((_TROUBLE.search(c) and _FIRST.search(c) or _QUOTED.search(c))
                   and not (_POLICY.search(c) or _STUDY.search(c)) for c in _clauses(plain)):
            return "policy" if policy else "student"
    if any(_THREAT.search(c) for c in _sentences(masked)) and not any(
            re.search(r"\bxid\b", c) for c in _sentences(masked) if not _THREAT.search(c)):
        return "threat"
    if _LAUGH.search(re.sub(r"[\"„«“][^\"„«“»”]{0,200}[\"»”]", " ", masked)) and not any(
            (_TROUBLE.search(c) and _FIRST.search(c)) or _QUOTED.search(c) for c in _clauses(_NOT_COMPLAINT.sub(" ", masked))):
        return "joke"
    if _ALL_AFFECTED.search(masked) or any(_EVERYONE.search(c) and _RUDE.search(c) for c in _clauses(masked)):
        return "everyone"
    if any(_DISOWNED.search(c) and re.search(_ID, c) for c in _sentences(masked)):
        return "disowned"
    if (_OWN_VIEW.search(masked) and (_SHOWN.search(masked) or _CANCEL.search(masked))) or _ADMITTED.search(masked) \
            or (_ADMITTED_WEAK.search(masked) and (any(thanks) or _THANKS.search(masked) or _PRAISE.search(masked)
                                                   or _TURN.search(masked))):
        return "own_prejudice"
    return None
