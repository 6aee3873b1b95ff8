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

Round 39 adds two vetoes of structure (no word list of groups: only the mask token ``xid``) and reads the complaint
forms in the third person too ("as soon as she told", "after mentioning", "someone like you"):

- ``reported_mention``: a third-person report (a voice assistant's call summary, "the caller says", "la clienta
  dice", "le client indique", "die anrufende Person sagt", "o cliente diz") is read like the first person it reports.
  When every characteristic is the caller's own self-description, quoted ("caller said: \"I'm ...\"") or paraphrased
  ("caller mentions she is ..."), no other quotation (a remark) is reported, no complaint form is found and the
  sentence of the mention holds no trouble family, it is an ordinary request;
- ``aside_mention``: every characteristic stands in an aside (a hashtag, a bracket closing a sentence, "about me:",
  "pour vous situer :", a P.S.) next to a request, the aside holds no trouble, and the rest holds no grievance about
  anyone's treatment (tone, refusal, treatment words) and no refusal, exclusion, barrier, rudeness, threat or strong
  family. A subject line is no aside (subjects sum up grievances).

Round 39 also lets a policy question name a charter or guideline, and a review opening with four or five stars count
as thanks (the praise veto still needs no trouble outside the thanks). Measured in process on the development sets
(blind 3-44, 50, 51; symmetry 2-13, 17, 18): blind unchanged but one false review (fp 390 -> 389, tp 1385, fn 46);
symmetry ordinary fills to bias review 402 -> 171, hard negatives 683 -> 558, fills to review or a person 1888 ->
1532, flips 73 -> 67, complaint fills 4428 unchanged. Check (blind 45-49, symmetry 14-16): identical to round 37.
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
    # round 39: the same forms in a third-person report ("as soon as she told the adviser", "after mentioning")
    r"(as soon as|the moment|once|right after) (xpron|he|she|they|the caller|caller|the customer) (said|told|mentioned)"
    r"|\b(after|upon|on) (mentioning|saying|telling)|despues de (mencionar|decir)|en cuanto (le |lo )?(dijo|menciono)"
    r"|des qu'?(xpron|il|elle) a (dit|mentionne)|apres (avoir|qu'(xpron|il|elle) a) (dit|mentionne)|nachdem (xpron|er|sie)[^.!?\n]{0,40}(erwahnt|gesagt)"
    r"|sobald (xpron|er|sie) [a-z \"„“]{0,30}(sagte|erwahnte|nannte)|depois de (mencionar|dizer|falar)"
    r"|(someone|somebody|people) like (you|her|him|them|xpron)|(alguien|gente) como (tu|usted|ella|el|xpron)|quelqu'un comme (vous|toi|elle|lui)"
    r"|(so )?jemand(em|en)? wie (ihnen|dir|ihr|ihm)|alguem como (voce|ela|ele)|your (kind|lot|sort)|(ihres|eures|deines)gleichen",
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
    r"au(ss|ß)er (mir|mich|uns)|(?<!nicht )\bnur (ich|mich|mir|uns|wir)\b|alle anderen|\b(die|den) anderen|andere(n)? kunden",
    r"\bmenos (eu|a mim|comigo|nos)\b|exceto (eu|a mim)|(?<!nao )\bso (eu|a mim|comigo|nos)\b|(os|as|aos|as) (outros|outras|demais)|outros clientes",
    # a remark at the writer's group, a refusal, a barrier aimed at the writer
    rf"(said|told|called|asked|looked at) (me|us|my )[^.!?\n]{{0,60}}{_ID}|{_ID}[^.!?\n]{{0,30}}(not welcome|not allowed|refused|turned away)",
    r"(refused|denied|turned (me|us) away|won'?t (serve|let|rent|sell)|wouldn'?t (serve|let|rent|sell)|not allowed|kicked (me|us) out|asked (me|us) to leave)",
    r"(se nego|se negaron|nos negaron|me negaron|no me dej|no nos dej|no quisieron|nos echaron|me echaron|denegad)",
    r"(a refuse|ont refuse|m'a refuse|nous a refuse|refus d|pas le droit|ne m'a pas laisse|nous ont (mis|jete) dehors|m'ont (mis|jete) dehors)",
    r"(verweigert|geweigert|weigerte|abgelehnt|nicht bedient|hat mich nicht|wollte (mich|uns) nicht|rausgeworfen|nicht rein|nicht erlaubt)",
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
    r"(equality|equal opportunit|diversity|inclusion|anti-?discrimination|accessibility|edi|dei) (and [a-z ]{0,30})?(policy|policies|statement|plan|report|figures|training|charter|guidelines?|code)"
    r"|gender pay gap|pay gap",
    r"(plan|politica|protocolo|declaracion|carta|codigo) (de |contra la )?(igualdad|diversidad|inclusion|accesibilidad|discriminacion)",
    r"(politique|charte) (d'|de |de la |pour l'|contre la )?(egalite|diversite|inclusion|accessibilite|discrimination)|egalite salariale",
    r"(gleichbehandlungs|antidiskriminierung|diversitats|diversity|inklusions|barrierefreiheits)[a-z-]*(richtlinie|politik|konzept|plan|erklarung)?"
    r"|leitlinie zu (vielfalt|gleichbehandlung|inklusion)|entgelttransparenz",
    r"(politica|carta|codigo|diretriz) (de |contra a )?(igualdade|diversidade|inclusao|acessibilidade|discriminacao)|transparencia salarial",
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
_THANKS = re.compile("|".join(f"(?:{p})" for p in (
    r"thank(s| you) (so much |very much )?(to|for)|wanted to (say )?thank|a (huge|big) thank|grateful|lifesaver|credit to|made (my|our) day",
    r"gracias (a|por)|(quiero|queria|quisiera) agradecer",
    r"(un grand |mille )?merci (a|pour|beaucoup)|remercier|je tenais a (vous )?(dire|remercier)",
    r"danke (fur|an)|bedanken|vielen dank (fur|an)",
    r"obrigad[oa] (a|ao|pel|por)|agradecer|nota 10",
    # round 39: a review of four or five stars
    r"^\W*(five|5|four|4|cinco|cuatro|quatro|cinq|quatre|funf|vier) (stars?|estrellas|estrelas|etoiles|sterne)\b",
    r"elogio|compliment|kudos|hut ab|grosses lob|danke dafur|(wollte|mochte) (nur |einfach )?(danken|danke sagen)|(je tenais a|je voulais) (juste |sincerement )*remercier|(ich wollte|mochte) mich [^.!?\n]{0,30}bedanken|(so|solo) queria (agradecer|dar(os)? las gracias)",
)), re.M)


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


# Round 39: a third-person report (a voice assistant's call summary, an agent's note: "caller says she is ...", "la
# clienta dice", "le client indique", "die anrufende Person sagt", "o cliente diz") is read like the first person it
# reports. A self-description the report quotes or paraphrases ("caller said \"I'm ...\"", "caller mentions she is
# ...") is a mention; it is a complaint only when the report holds one (a complaint form, a remark quoted, a refusal,
# a comparison, a link), as a first-person message would.
_REPORT = _rx(
    r"\b(call|chat|voice) (summary|transcript|note)|\b(the )?(caller|customer|client|user|member|guest|passenger)"
    r" (says|said|states|stated|mentions|mentioned|explains|explained|reports|reported|notes|noted|rang|phoned|called|wants|asks)",
    r"resumen de (la )?llamada|(la|el) (xperson|cliente|clienta|usuari[oa]|socia?) (que llama|dice|dijo|comenta|comento|indica|explica|menciona|quiere|pide)",
    r"resume d'appel|(la|le) (xperson|cliente?|usager|usagere|utilisat\w+) (qui appelle|dit|indique|explique|precise|mentionne|veut|demande)",
    r"anrufzusammenfassung|gesprachsnotiz|(die|der) (anrufende|kund(e|in)|nutzer(in)?|anrufer(in)?)( xperson)? (sagt|sagte|erwahnt|erklart|berichtet|mochte|will|bittet|fragt)",
    r"resumo d[ae] (chamada|ligacao)|(a|o) (xperson|cliente|usuari[oa]) (que ligou|diz|disse|comenta|comentou|informa|explica|menciona|quer|pede)",
)
_SAY = (r"(says?|said|mentioned|mentions|replied|answered|added|stated|states|explained|noted|told [a-z ]{0,20}|in passing"
        r"|dice|dijo|comento|comenta|respondio|anadio|menciona|indica|de pasada|a dit|dit|a glisse|a repondu|indique|precise|mentionne"
        r"|sagte|sagt|erwahnte|erwahnt|antwortete|meinte|nebenbei|disse|diz|comentou|respondeu|informou|de passagem|falou)")
# A quoted self-description: the quotation opens with the (masked) characteristic after a verb of saying.
_SELF_QUOTED = re.compile(rf"{_SAY}( xpron| sie| er| elle| ela| ele)?\s*:?\s*[\"'„«“]\s*"
                          r"(i'?m|i am|i have|i use|i'?ve|we'?re|we are|(yo )?soy|estoy|tengo|uso|je suis|j'ai|j'utilise|ich bin|ich habe"
                          rf"|ich trage|(eu )?sou|estou|tenho|uso|{_ID})\b[^\"„«“»”]{{0,70}}[\"»”]")
# A paraphrased one: "caller mentions she is ...", "dice que es ...", "indique qu'elle est ...", "sagt, sie sei ...".
_SELF_PARAPHRASED = re.compile(rf"{_SAY},? (that |que |qu'|dass |, )?(xpron |he |she |they |il |elle |er |sie |ele |ela )?"
                               rf"(is |are |'s |es |est |ist |sei |e |era |etait |war )?(a |an |un |une |ein |eine |um |uma )?{_ID}\b")
_REPORTER = re.compile(r"\b(la|le|a|o|el|die|der|the)( anrufende)? xperson\b")
_ANY_QUOTE = re.compile(r"[\"„«“][^\"„«“»”]{1,200}[\"»”]")
_TREATED_ALIKE = re.compile(r"(?<!not )(?<!n't )(treated|served|welcomed) (xpron|me|us|him|her|them) (like|as) any other"
                            r"|(atendio|trato|recibio) (como|igual que) a cualquier otr|comme n'importe quel(le)? autre"
                            r"|wie jede[nr]? andere[nr]?|como qualquer outr")
# Trouble that ties the mention's sentence to unequal treatment (refusals and comparisons are read by _COMPLAINT: the
# lexicon's REFUSE and DIFFERENTIAL also fire on "sans", "ohne", "al confirmar").
_LINKED_FAMILIES = frozenset({"STRONG", "THREAT", "RUDE", "COMPARE", "LINK", "EXCLUSION", "BARRIER", "ADVERSE"})


def _reported_mention(masked: str) -> bool:
    """A third-person report whose every characteristic is the caller's own self-description (quoted or
    paraphrased), with no other quotation (a remark) and no trouble of unequal treatment anywhere."""
    if not _REPORT.search(masked):
        return False
    rest = _SELF_PARAPHRASED.sub(" xmention ", _SELF_QUOTED.sub(" said xmention ", masked))
    if rest == masked:
        return False
    rest = _REPORTER.sub(" caller ", rest)
    # a kinship word left ("xchild": also French "son") is no characteristic named
    if re.search(r"\bxid\b", rest) or _ANY_QUOTE.search(rest) or _COMPLAINT.search(rest):
        return False
    rest = _TREATED_ALIKE.sub(" ", rest)
    from .features import sentences as _sentences_of  # noqa: PLC0415 (vetoes are read after features are built)
    return not any(s.families & _LINKED_FAMILIES for s in _sentences_of(rest) if "xmention" in s.words)


# Round 39: a self-description standing aside (a hashtag, a bio in brackets, "about me:", "pour vous situer :", a
# P.S.; not a subject line: subjects sum up grievances, "price doubled once you heard we're ...") next to an ordinary request whose only trouble (a double charge, a broken link) touches nobody's
# treatment. Every characteristic must stand in such an aside, the aside holds no trouble, and no other sentence holds
# a refusal, an exclusion, a barrier, rudeness, a threat or strong words (comparisons and links: _COMPLAINT).
_ASIDE = re.compile("|".join(f"(?:{p})" for p in (
    r"#[\w-]*",
    r"\([^()\n]{0,160}\)(?=\s*([.!?\n#]|$))",  # a bracket closing a sentence, not a label inside a comparison
    r"(\b(a (little|bit|few words) )?about (me|myself)|for context|quick context|fyi|(un poco |algo )?sobre mi|para que me situ\w+"
    r"|pour (vous )?situer( un peu)?|(un peu|quelques mots) sur moi|kurz zu mir|zu meiner person|zur info|(um pouco )?sobre mim"
    r"|(pra|para) (voce|voces) me situar|\bp\. ?[sd]\.?|\bps)\s*[:,-][^.!?\n]*",
)), re.M)
# Words of a grievance about how someone was treated (a tone, an attitude, a refusal): with one, no aside veto.
_GRIEVANCE = re.compile(r"complain|unfair|rude|refus|disgust|appall|angry|furious|shock|never again|treat|\btone\b|attitude|humiliat"
                        r"|queja|reclam|injust|trat[oa]|\btono\b|actitud|negar|humill|plainte|traite|\bton\b|humili|beschwer|ungerecht"
                        r"|behandel|absage|abgelehnt|abgewiesen|weiger|demutig|queixa|\btom\b|atitude|recus|humilh|discrimin|diskrimin")
_ASIDE_TROUBLE = _LINKED_FAMILIES | {"REFUSE", "REFUSE_OTHER", "DIFFERENTIAL", "REPORTED"}  # none in the aside itself
_ASIDE_BLOCKED = frozenset({"STRONG", "RUDE", "EXCLUSION", "BARRIER", "THREAT", "REFUSE_OTHER"})
_REQUEST = re.compile(r"\?|could you|can you|can i|would (it|you)|please|i'?d like|i want to|(quisiera|querria|queria|quiero|podria|puede|podeis)"
                      r"|pourriez|pouvez|je voudrais|je souhaite|est-ce que|konnten|konnen sie|ich mochte|ich wurde gern|bitte|gibt es"
                      r"|poderia|podem|gostaria|queria|quero|por favor|s'il vous plait|merci de")


def _aside_mention(masked: str) -> bool:
    """Every characteristic of ``masked`` stands in an aside with no trouble, next to a request and no trouble of
    anyone's treatment."""
    if not _REQUEST.search(masked) or _QUOTED.search(masked):
        return False
    asides = [m for m in _ASIDE.finditer(masked) if re.search(rf"\b{_ID}\b", m.group(0))]
    if not asides or any(_TROUBLE.search(m.group(0)) or _GRIEVANCE.search(m.group(0)) for m in asides):
        return False
    from .features import sentences as _sentences_of  # noqa: PLC0415 (vetoes are read after features are built)
    if any(s.families & _ASIDE_TROUBLE for m in asides for s in _sentences_of(m.group(0))):
        return False
    rest = _ASIDE.sub(lambda m: " xmention " if re.search(rf"\b{_ID}\b", m.group(0)) else m.group(0), masked)
    if re.search(r"\bxid\b", rest):
        return False
    return not _GRIEVANCE.search(rest) and not any(s.families & _ASIDE_BLOCKED for s in _sentences_of(rest))


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
    if _reported_mention(masked):
        return "reported_mention"
    if _aside_mention(masked):
        return "aside_mention"
    if _ALL_AFFECTED.search(masked) or any(_EVERYONE.search(c) and _RUDE.search(c) for c in _clauses(masked)):
        return "everyone"
    if any(_DISOWNED.search(c) and re.search(_ID, c) for c in _sentences(masked)):
        return "disowned"
    if (_OWN_VIEW.search(masked) and (_SHOWN.search(masked) or _CANCEL.search(masked))) or _ADMITTED.search(masked) \
            or (_ADMITTED_WEAK.search(masked) and (any(thanks) or _THANKS.search(masked) or _PRAISE.search(masked)
                                                   or _TURN.search(masked))):
        return "own_prejudice"
    return None
