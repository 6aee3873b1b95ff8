"""Round 27 (issue 12): a bias review needs an adverse outcome or unequal treatment in the writer's own words.

The learnt bias head (decision.py) and the implicit path (link.py) read a characteristic named beside words that
only sound like a complaint: a colleague who recommended the firm, a date ("seit Januar"), "the same" and
"selbstständig" (the DIFFERENTIAL family's "selb\\w* \\w+"), a question about an equality policy. A complaint of
unequal treatment, however implicit, says that something adverse happened to the writer or the people they write
for: they were refused, denied, turned away, told to leave, hung up on, charged more, asked for more than others,
followed or searched, their place given to someone else; they cannot get in or use a service; someone else got what
they did not ("my neighbour's parcel was held", "la atendieron enseguida"); a remark was made to them.

``adverse`` reads the writer's masked text with quotations blanked (what the writer says happened, not what the
staff or a letter said) and finds such a reading in one of three ways:

- the outcome families of the lexicons (ADVERSE, EXCLUSION, BARRIER, RUDE) or a strong word of discrimination that is
  not asked about (a sentence without a question mark), or link.FORMS (given to someone else, no other way …);
- ``_DENIED`` below: what was done to the writer, five languages, written from the grammar of each language (past
  and present forms of refusal, removal, a call ended, a thing returned or re-allocated, more asked or charged, a
  barrier "I can't get in"), or a quotation reported near the characteristic (link._quoted_near: a remark made);
- ``_FINE_FOR_OTHERS`` (someone else "got", "was served", "sin problema", "sofort", "na hora") in a sentence that names
  another person or group (the COMPARE family or ``_OTHERS``), or "nobody asked (them)" — the comparison itself.

When none is found the message is not a bias review (routing.classify; it may still go to a person). The check
only lowers: it never sends a message to bias review.

Round 31 adds, all only lowering: more outcomes read by structure in ``_DENIED`` (no longer selected, moved to a
waiting list, not retained, a post given to someone else or filled, a limit lowered, an extra thing to pay for, a
question about the writer's family or pregnancy); in a message about a study or project (``_STUDY``) a strong word in
the study's sentence and an outcome word in a question are no outcome; ``asks_about_policy`` (a short question about a
policy or access, read by routing.classify with ``adverse``); and ``said_of_everyone`` (an outcome that reached
everyone, "the whole queue, not just me", with nothing that sets the writer apart; routing.classify also requires
that link.linked finds no link and that no barrier, exclusion or word of discrimination is named).
"""
from __future__ import annotations

import re

from . import link
from .features import Sentence
from .text import index_of

# The words (of the writer's newest, masked text) from which a bias review needs ``adverse``. A long e-mail has
# many spans and the bias head reads the highest, so words that only sound like a complaint add up there (the
# ordinary e-mails of symmetry 7); a short implicit complaint says what happened in few and varied words that the
# word classes below do not all reach. Chosen on the development sets (blind 3-40, written splits, symmetry 2-7):
# with the check on every message 49 true bias reviews of blind 3-40 were lost for 127 false ones dropped; from 40
# words 14 for 102; from 50 words 6 for 91; from 60 words 5 for 78 (symmetry fills dropped: 235, 234, 233, 230).
# With the final word classes: from 50 words 3 lost (bias fn 34 -> 37) for 88 dropped (fp 392 -> 304); from 40 words
# 11 lost (fn 45, at the one-point bound) for 101 dropped.
MIN_WORDS = 50
# A message whose bias review is dropped goes to a person when the handoff head scores at least this share of its
# threshold. On the development sets three requests for a person (a named member of staff, "the person above them")
# were carried only by a false bias review, at 0.37-0.86 of the threshold; from 0.35, 10 dropped messages of blind
# 3-40 that ask for no one go to a person as well (0.50 keeps 9 of them but loses two of the three).
PERSON_SHARE = 0.35
# Families whose hit outside a quotation is an adverse outcome by itself.
OUTCOME_FAMILIES = frozenset({"ADVERSE", "EXCLUSION", "BARRIER", "RUDE"})
_P = r"(?:me|us|him|her|them|my \w+|our \w+)"
_DENIED_PARTS = [
    # English: refused, turned away, told to leave, hung up, sent back, re-allocated, charged more, followed
    r"refus\w*|declined|denied|den(y|ies)|rejected|turn(ed|s)? " + _P + r" (away|down)|turned away|kicked out"
    r"|thrown out|thrown off|sent (me|us|him|her|them) away|shown the door|banned|barred",
    r"(wouldn'?t|won'?t|would not|didn'?t|did not|doesn'?t|does not|never|refused to) (let|serve|sell|rent|give|take"
    r"|deliver|accept|allow|book|help|install|approve|hire|seat|admit|answer|stop|pick|hold|keep|insure|lend|open|put)\w*",
    r"(was|were|got|been|being|am|are|is) (not |never )?(told|asked|made|forced) to (leave|go|wait|come back|remove"
    r"|take off|get out|move|sit|use|pay|bring)|(asked|told|made|forced) " + _P + r" to (leave|go|get out|remove"
    r"|take off|come back|wait outside|sit)",
    r"hung up|hangs? up|ignor(ed|es|ing)|(sent|send|returned|returns) (it|them|the \w+|my \w+) back|sent back"
    r"|returned (it |them )?to (the )?sender|drove (on|off|past)|walked off|laughed at|sneered|shouted at|yelled at"
    r"|swore at|followed (me|us|him|her|them)|search(ed|es)? (me|us|my|our)|(checked|opened|went through) (my|our) bags?",
    r"re-?allocated|reassigned|given away|(gone|went|given|offered|let) to (someone|somebody|another|a different)"
    r"|no longer (available|exists|free|on offer|possible)|(was|were|had been) (already )?(let|taken|gone)"
    r"|(cancel+ed|withdrew|withdrawn|suspended|closed|blocked|froze|frozen|cut) (my|our|his|her|their|the)",
    r"charg(ed|es|ing) (me|us|him|her|them)? ?(more|extra|double|twice)|(double|twice|triple|three times) the"
    r"|(price|rent|premium|rate|fee|quote|deposit)s? (went up|rose|doubled|tripled|jumped)",
    r"(asked|demanded|wanted|required|needs?|needed|insisted on) (\w+ ){0,3}(for )?(extra|more|additional|two forms?"
    r"|three forms?|a guarantor|a co-?signer|(my|his|her|their) (husband|wife|partner|spouse)'?s?|countersign\w*"
    r"|cash|proof|id\b|identification|documents?|statements?)",
    r"(can'?t|cannot|couldn'?t|could not|unable to|not able to|no way to) (\w+ )?(get in|get into|get through|access"
    r"|log ?in|use|enter|book|bank|pay|reach|sign|open|board|get on|get a|read|hear)",
    r"only (me|us)\b|(except|but not|apart from) (me|us)\b|(and|but) not (me|us|mine|ours)\b",
    # all five: moved elsewhere, stopped serving, made to pay or leave, taken aside, blocked, the price doubled
    r"(moved|switched|put|sat) (us|me|him|her|them|my \w+) (to|into|in|by|at)|was (then )?moved to|(la|le|lo|les|nos|me)"
    r" (pasaron|cambiaron|sentaron|mandaron) a|stopped (serving|answering|calling)|dejo de atender\w*|parou de atender"
    r"|a cesse de|horte\w* auf|(took|pulled|called) (me|us) aside|me (chamou|chamaram) de lado|(me|nos|le|la|lo) (obligo"
    r"|obligaron|hicieron|hizo) (a )?\w+|(me|nos|le) (paro|pararon|ha parado)|(me|nos) (parou|parava)|m'a arretee?"
    r"|tuve que (bajarme|irme|salir)|tive que (sair|descer)|pediu (pra|que) (eu|mim)|(me|nos) fez (pagar|abrir|esperar)"
    r"|made (me|us) (pay|wait|open|empty)|bloque\w*|blocked|frozen|gesperrt|sperr\w*"
    r"|(el|o|le|das|the) (doble|dobro|double|doppelte)|(subiu|subio|went up|stieg|a augmente)\b"
    r"|(mas|more|mehr|mais|plus) (caro|cara|expensive|teuer|chere?)",
    # a limit or an offer cut ("the limit fell from ... to ...", "o limite caiu"), a thing said to be unsuitable for
    # the writer's kind ("not suitable for someone of your age", "nicht geeignet für Leute wie Sie")
    r"(limit|limite|plafond|credit|credito|kredit\w*|rahmen) (\w+ ){0,4}(was cut|was reduced|fell|dropped|caiu|cayo"
    r"|bajo|baixou|a baisse|a ete reduit|wurde gekurzt|sank)"
    r"|(not|isn'?t|no es|n'est pas|nicht|nao e) (really |realmente |vraiment |wirklich |muito )?(suitable|apt[oa]"
    r"|adecuad[oa]|adapte|fait|geeignet|adequad[oa]|indicad[oa]) (for|para|pour|fur) (someone|people|gente|personas"
    r"|pessoas|quem|les gens|quelqu'un|leute|menschen|jemand\w*|xperson)",
    # Spanish
    r"(me|nos|le|les|se) (lo |la |los |las )?(negaron|nego|niegan|niega|denegaron|rechazaron|rechazo)|denegad[oa]s?"
    r"|rechazad[oa]s?|me echaron|nos echaron|le echaron|(me|nos|le|les) (sacaron|saco|mandaron|mando|pidieron que"
    r" (me |nos |se )?(fuera|fueramos|saliera|quitara))",
    r"no (me |nos |le |les |lo |la |los |las |se )*(quiso|quisieron|quieren|quiere|dejo|dejaron|dejan|deja|atendi\w*"
    r"|atiende\w*|vendi\w*|alquil\w*|dieron|dio|dan|aceptaron|acepto|aceptan|permiti\w*|llevo|llevaron|entreg\w*"
    r"|ensen\w*|contest\w*|renov\w*|subi\w*|par(o|aron|a|an)|concedi\w*|podian|podia|pueden|puede)\b",
    r"cuelga\w*|colg(o|aron|ar|aba)|ignor(o|aron|a|an|ada|ado)|devolvi\w*|devuelt[oa]|anul(o|aron|ada|ado)"
    r"|reasignad[oa]|(ya )?(estaba|estaban) (alquilad[oa]|ocupad[oa]|reservad[oa]|llen[oa])|no quedaba\w*"
    r"|(me|nos|le|les) (cobraron|cobro|cobran|cobra|exig\w*|piden|pidieron|pidio|pide|pedian|pedia) (una entrada|mas|el doble|aval|la firma"
    r"|firma|fianza|dos|tres|nomina|ticket|documento\w*|que firme)|(me|nos|le|les) (siguio|siguieron|hizo abrir"
    r"|hicieron abrir|registr\w*|insult\w*|grit\w*)|se (rio|rieron|burlo|burlaron)",
    r"no (puedo|pude|podia|podemos|pudimos|puede) (\w+ )?(entrar|acceder|usar|pagar|reservar|gestionar|subir|llamar"
    r"|leer|oir)|sin poder|solo a mi|a mi no|pero a mi no|menos a mi",
    # French
    r"refus\w*|(n'a|n'ont|ne m'a|ne m'ont|ne nous a|ne nous ont|ne lui a|ne leur a) (pas|jamais) (voulu|accepte|servi"
    r"|laisse|donne|loue|vendu|rappele|livre|installe|repondu)|pas voulu|raccroch\w*|ignor(e|ee|es|ent)\b|renvoy\w*"
    r"|reattribu\w*|annul(e|ee|es)\b|(m'a|m'ont|nous a|nous ont|l'a|l'ont|on m'a|on nous a|on l'a) (fait sortir"
    r"|mis dehors|vire|chasse|suivi\w*|fouill\w*|insult\w*|demande de (sortir|partir|revenir|quitter|retirer|enlever))"
    r"|(deja|etait) (loue|complet|pris)e?s?|plus dispo\w*|(m'a|m'ont|nous a|nous ont|on m'a|on nous a) (exige|demande"
    r"|reclame|facture|fait payer) (une caution|un garant|trois|deux|la signature|l'accord|plus|le double)",
    r"(je ne peux|je peux|je n'arrive) (plus|pas) (\w+ )?(acceder|entrer|utiliser|payer|reserver|me connecter|lire)"
    r"|(sauf|sauf a|pas) (moi|nous)\b|seul(e)? (moi|nous)",
    # German
    r"abgelehnt|verweigert|(nicht|nie) (mehr )?(reingelassen|hereingelassen|bedient|mitgenommen|gegeben|vermietet"
    r"|verkauft|angenommen|zugelassen|geholfen|angerufen|durchgestellt)|wollte\w* (mich|uns|ihn|sie|mir|uns|meinen"
    r"|meine|das|den|die)? ?(\w+ )?nicht|liess\w* (mich|uns) nicht|legt\w* (\w+ ){0,4}auf|aufgelegt|ignorier\w*"
    r"|zuruckgeschickt|schick\w* (\w+ ){0,3}zuruck|rausgeschickt|rausgeworfen|hinausgeworfen|rausgeschmissen"
    r"|(neu|anderweitig) vergeben|storniert|gestrichen|gekundigt|(hinterher|nach)gelaufen|verfolgt|durchsucht"
    r"|ausgelacht|beschimpft|angeschrien|ausgebucht|nichts mehr frei|keine? (\w+ )?mehr frei",
    r"(verlangt\w*|wollte\w*|forder\w*) (\w+ ){0,3}(unterschrift|gegenzeichnung|burgschaft|burgen|kaution|ausweis"
    r"|nachweis\w*|mehr|doppelt)|doppelten preis|(komme|kam|kommen|kann|konnte) (ich |wir )?(da )?(nicht|nicht mehr"
    r"|gar nicht) (\w+ )?(rein|durch|hinein|zugreifen|bezahlen|buchen|bedienen|einloggen|anmelden)|(nur|bis auf|ausser)"
    r" (mich|uns|mir)\b|(mich|mir|uns) (aber )?nicht\b",
    # Portuguese
    r"recus\w*|negou|negaram|negad[oa]|nao (me |nos |lhe |o |a |os |as |se )*(quis|quiseram|deixou|deixaram|deixa"
    r"|deixam|atend\w*|entreg\w*|vend\w*|alug\w*|aceit\w*|aprov\w*|instal\w*|parou|para|pararam|renov\w*|recebe\w*)\b"
    r"|desliga\w*|ignor(ou|aram|a|am)\b|devolv(eu|eram|ido|ida)|cancel(ou|aram|ad[oa])|remanejad[oa]|realocad[oa]"
    r"|indisponivel|(ja )?(tinha sido|estava|foi) (alugad[oa]|ocupad[oa]|reservad[oa]|lotad[oa])|sem vaga"
    r"|(me|nos|lhe) (cobraram|cobrou|cobram|exig\w*|pediram|pediu) (mais|o dobro|fiador|caucao|a assinatura"
    r"|assinatura|tres|dois|comprovante\w*|documento\w*)|(me|nos) (seguiu|seguiram|expuls\w*|tiraram|mandaram"
    r" (sair|embora|voltar))|expuls\w*|barrad[oa]|passou reto|debochou|riu de mim",
    r"nao (consigo|consegui|conseguimos|posso|pude) (\w+ )?(entrar|acessar|usar|pagar|resolver|reservar|ler|ouvir)"
    r"|(so|menos|exceto) (eu|a mim|pra mim|de mim)\b",
]
_DENIED_PARTS += [
    # Round 31, all five languages, by structure: no longer picked or served ("ne la sélectionne plus", "ya no me
    # llaman"), moved to something else ("basculée en atelier", "switched to the waiting list", "umgebucht"), not
    # selected or retained ("ma candidature n'a pas été retenue", "not shortlisted"), a place or post given or
    # allotted to someone else ("attribué à un autre"), a limit or offer lowered ("me han bajado la línea"), an extra
    # thing required ("il fallait des cours particuliers", "had to pay for a private"), told no.
    r"no longer (select|pick|invit|call|serv|accept|book|cho|includ|roster|schedul|insur|offer)\w*"
    r"|(stopped|stop) (selecting|picking|inviting|calling|booking|including|rostering|scheduling|offering)"
    r"|(moved|switched|transferred|bumped|downgraded|put) (me |us |him |her |them |my \w+ |our \w+ )?(to|onto|into)"
    r" (the |a )?(waiting list|waitlist|another|a different|the back|the end|economy|a lower)"
    r"|(not|never|wasn'?t|weren'?t) (been )?(selected|shortlisted|picked|chosen|invited|considered|retained|accepted"
    r"|approved|offered)|(was|were) (told|given) (a |an )?(no|flat no)\b"
    r"|(given|allocated|allotted|awarded|assigned) to (a |an )?(man|woman|male|younger|older|colleague|someone|another)"
    r"|(lowered|reduced|cut|slashed|halved) (my|our|her|his|their|the) (\w+ )?(limit|line|credit|hours|offer|shifts"
    r"|salary|pay|allowance|budget|rate)|had to (pay|buy|book|take) (for )?(a |an )?(private|extra|separate|special"
    r"|additional|higher)",
    r"ya no (me |nos |la |le |lo |les |los |las )*(selecciona\w*|convoca\w*|llama\w*|invita\w*|atiende\w*|acepta\w*"
    r"|cuenta\w* con|incluye\w*|programa\w*)|(pasad[oa]|cambiad[oa]|movid[oa]|mandad[oa]) a (la lista de espera|otr[oa])"
    r"|no (fue|fui|fuimos|ha sido|he sido) (seleccionad|elegid|admitid|aceptad|convocad|contratad)[oa]s?"
    r"|(me|nos|le|les) (han |ha )?(bajado|rebajado|reducido|recortado|quitado)|(dieron|dio|dado|asignad[oa]|adjudicad[oa])"
    r" a (otr[oa]|un hombre|una mujer|alguien)|(tuve|tuvimos|tenia|teniamos|habia) que pagar (\w+ )?(clases|un|una"
    r"|aparte|extra|mas)",
    r"ne (me |nous |la |le |les |lui |leur )*(selectionne|convoque|appelle|invite|accepte|sert|prend|inclut)\w* plus"
    r"|(basculee?s?|transferee?s?|deplacee?s?|reléguee?s?|releguee?s?|mise?s?) (en|vers|dans|sur) (\w+ ){0,2}"
    r"|(n'a|n'ont|n'avons) pas ete (retenue?s?|selectionnee?s?|choisie?s?|acceptee?s?|convoquee?s?)|pas ete retenue?"
    r"|(attribuee?s?|donnee?s?|confiee?s?|accordee?s?) a (un autre|une autre|quelqu'un|un homme|une femme|un collegue)"
    r"|(m'a|m'ont|nous a|nous ont|on m'a|on nous a|lui a|leur a) (baisse|reduit|diminue|retire|supprime)"
    r"|il (fallait|faudrait|faut) (des|un|une|payer|prendre) (cours |supplement|accompagnateur|garant|assurance)?",
    r"(nicht mehr|nie mehr) (aufgestellt|eingeladen|eingeteilt|nominiert|ausgewahlt|berucksichtigt|eingeplant|bedient"
    r"|angenommen|mitgenommen)|(umgebucht|versetzt|verlegt|herabgestuft|zuruckgestuft)|(nicht|wurde nicht)"
    r" (berucksichtigt|ausgewahlt|genommen|eingeladen|zugelassen)|(an|einem|einer) (einen |eine )?(anderen|andere|mann"
    r"|frau|kollegen|jungeren|alteren) vergeben|(hat|haben|wurde) (mir|uns|ihr|ihm) (\w+ ){0,3}(gekurzt|gesenkt"
    r"|herabgesetzt|gestrichen|halbiert)|(musste|mussten|muss|mussen) (\w+ )?(extra|zusatzlich|privat\w*|einzel\w*)"
    r" (zahlen|bezahlen|buchen|nehmen)",
    r"(ja nao|nao mais) (me |nos |a |o |lhe )*(chama\w*|convoca\w*|seleciona\w*|escala\w*|atende\w*|aceita\w*"
    r"|inclui\w*)|(passad[oa]|transferid[oa]|mudad[oa]|colocad[oa]) (para|na) (a )?(lista de espera|outr[oa])"
    r"|nao (fui|foi|fomos|foram) (selecionad|escolhid|admitid|aceit|convocad|contratad)[oa]s?"
    r"|(me|nos|lhe) (baixaram|reduziram|cortaram|tiraram)|(dad[oa]|atribuid[oa]|entregue) a (outr[oa]|um homem"
    r"|uma mulher|alguem)|(tive|tivemos|tinha|tinhamos) que pagar (\w+ )?(aulas|um|uma|a parte|extra|mais)",
]
_DENIED_PARTS += [
    # Round 31: a question about the writer's family, pregnancy or marriage asked by staff ("asked whether we planned
    # more children", "m'a demandé si j'avais des enfants", "me preguntó si pensaba quedarme embarazada", "fragte, ob
    # ich Kinder plane", "perguntou se eu era casada") — asked of the writer, not of others — and a post or place
    # filled or never answered after it ("le poste a été pourvu", "never called back").
    r"(asked|wanted to know) (me |us |her |him )?(whether|if) (i|we|she|he) (\w+ ){0,3}(pregnan\w*|children|kids|baby"
    r"|babies|married|husband|wife|family|childcare)|(the )?(post|position|job|role|place|flat|room) (had been |was |has"
    r" been )(already )?filled|never (called|rang|got back|heard back|wrote back)"
    r"|(me|nos|le|la) pregunt(o|aron) si (\w+ ){0,4}(embaraz\w*|hijos|ninos|casad[oa]|marido|mujer|familia|bebe)"
    r"|(la plaza|el puesto|el piso) (ya )?(estaba|esta|fue) (cubiert[oa]|ocupad[oa])|nunca (me |nos )?(llamaron|contestaron"
    r"|respondieron)"
    r"|(m'a|m'ont|nous a|nous ont|on m'a|on nous a|lui a) demande si (\w+ ){0,4}(enceinte|grossesse|enfants?|mariee?"
    r"|mari|femme|famille|bebe)|(poste|place|logement|appartement) (a ete |etait |est )(deja )?pourvue?"
    r"|(ne m'a|ne nous a|ne m'ont|ne nous ont) jamais (rappelee?s?|repondu|recontactee?s?)"
    r"|fragte\w* (mich |uns |sie )?,? ?ob (\w+ ){0,4}(schwanger\w*|kinder\w*|verheiratet|mann|frau|familie\w*|baby)"
    r"|(stelle|wohnung|platz) (sei |war |ist |wurde )(schon |bereits )?(besetzt|vergeben)"
    r"|(sei|war|ist|wurde) (die |der |das )?(stelle|wohnung|platz) (schon |bereits )?(besetzt|vergeben)|nie (zuruckgerufen|geantwortet"
    r"|gemeldet)"
    r"|(me|nos|lhe) pergunt(ou|aram) se (\w+ ){0,4}(gravida|gestante|filhos|criancas|casad[oa]|marido|mulher|familia"
    r"|bebe)|(a vaga|o lugar|o apartamento) (ja )?(estava|foi|tinha sido) (preenchid[oa]|ocupad[oa])|nunca (me |nos )?"
    r"(ligaram|responderam|retornaram)",
]
_DENIED = re.compile(r"(?<!\w)(?:" + "|".join(_DENIED_PARTS) + r")(?!\w)")
# Someone else was served, five languages: counts in a sentence that names another person or group.
_FINE_FOR_OTHERS = re.compile(
    r"(?<!\w)(?:got|gets|was given|were given|was offered|were offered|was served|were served|got through|gets through"
    r"|got in|went in|walked (right |straight )?(in|past|through)|was let in|were let in|had no|never had to|never"
    r" asked|wasn'?t asked|weren'?t asked|was approved|were approved|was confirmed|kept (hers|his|theirs|it)|held"
    r"|no problem|without (a |any )?(problem|question|issue|deposit|guarantor)s?|straight (in|away|through)|right away"
    r"|instantly|on the spot|immediately|within minutes|in (two|five|ten) minutes|still (available|free|advertised)"
    r"|viewed it|offered a viewing|hired|walk straight past|walked straight past|let (my|his|her|the) \\w+ (\\w+ )?(in|through|pass|walk)"
    r"|nobody said|no one said|nobody asked|no one asked|nobody (checked|stopped|looked)|the same day"
    # es
    r"|(le|les|se lo|se la|se los|se las) (dieron|dio|alquilaron|renovaron|concedieron|cambiaron|retienen|atendieron"
    r"|atienden|explico|apuntaron|subio|dejaron|dejan|aprobaron)|la atendieron|lo atendieron|sin (problema|pegas"
    r"|pregunta\w*|aval|nada)|enseguida|en el acto|al momento|seguia (libre|disponible)|(nadie|ninguno) (le |les |la"
    r" |lo )?(pidio|dijo|miro|pregunto|paro|exigio)|ni (la|lo|los|las) miro|conserva|mantuvo|se llevo|entraron|entro"
    r"|le basto|les basto|paso sin|pasaron sin|en (cinco|diez|dos|tres) minutos|ni (la|lo|los|las) miraron|contrataron"
    r"|se lo ensenaban|le sirvio|les sirvio|la dejaron|lo dejaron|pago al"
    # fr
    r"|(a|ont) eu|l'a eu|l'obtient|obtenu|est servie?|sont servis|a signe|sont entres|est entree?|ont laisse passer"
    r"|sans (souci|probleme|rien)|tout de suite|immediatement|confirm\w* direct|dans l'heure|toujours dispo\w*"
    r"|personne ne (m'a|lui a|leur a|nous a|l'a)? ?(demande|rien dit|regarde|controle)|(n'a|n'ont) jamais eu"
    r"|proposee?s?|gardee?s?|a fait passer|laisse passer|etait libre|n'a rien eu|sans aucune remarque"
    # de
    r"|bekam|bekamen|bekommt|bekommen|kriegt|kam (direkt |sofort )?durch|wurde bedient|durfte\w*|ging\w* (direkt )?rein"
    r"|gehen (einfach )?(durch|rein)|sofort|direkt|ohne (probleme?|weiteres|nachfrage|ausweis|karte|fragen)"
    r"|(keiner|niemand) (hat|wollte|fragte|hat \w+ angeschaut)|ubernommen|verschieben"
    # pt
    r"|conseguiu|conseguiram|recebeu|receberam|entrou|entraram|levou|ganhou|foi (aprovad[oa]|atendid[oa])|tem vaga"
    r"|na hora|na boa|a vontade|na mao|sem (problema|pergunta\w*|nada|fiador)|(ninguem|nenhum) (pediu|falou|disse"
    r"|perguntou|olhou)|guardaram|guardam|instalou|manteve|renovou|desbloquearam|ele para|ela para|tava disponivel"
    r"|estava disponivel|disponivel|passou direto|nem olharam|contrataram|continuou a ser atendid[oa]|instalou|pagou|remarcou"
    r"|nunca foi checad[oa])(?!\w)")
_OTHERS = re.compile(
    r"(?<!\w)(?:other|others|another|everyone|everybody|couple|the (man|woman|guy|lady|lads?|girl|boy|person|people"
    r"|group|family|customer|pair)|(my|his|her|our) (\w+ )?(colleague|co-?worker|workmate|friend|mate|neighbou?r"
    r"|sister|brother|cousin|partner|husband|wife|flatmate|associate)\w*|xsibling|xpartner|xperson"
    r"|otr[oa]s?|l[oa]s demas|pareja|(mi|su|una?) (\w+ )?(companer[oa]|amig[oa]|vecin[oa]|prim[oa]|herman[oa]|socio|socia)"
    r"|autres?|couple|(mon|ma|mes|son|sa|un|une) (\w+ )?(collegue|ami|amie|voisin|voisine|frere|soeur|associe|cousin)"
    r"|andere\w*|paar|(mein|meine|meinem|meiner|ihr|ihre) (\w+ )?(kolleg\w*|freund\w*|nachbar\w*|bruder|schwester"
    r"|cousin\w*|partner\w*)|gruppe|die \w+ (vor|hinter|neben) (uns|mir)"
    r"|outr[oa]s?|casal|(meu|minha|um|uma|o|a) (\w+ )?(colega|amig[oa]|vizinh[oa]|prim[oa]|irma|irmao|socia|socio))(?!\w)")
# A question: what a strong word asked about is not ("do you have an anti-discrimination policy?").
_ASKED = re.compile(r"\?")
# Round 31: a study or a project the writer is doing ("a college project on how companies handle discrimination",
# "un trabajo para el instituto sobre …", "une enquête", "eine Hausarbeit", "um trabalho para a faculdade"): a strong
# word in its sentence names a topic, and an outcome word in a question of such a message ("how does someone report
# harassment?") asks about a policy; neither is an outcome that happened to the writer.
_STUDY = re.compile(
    r"(?<!\w)(?:(college|school|university|uni|class|course|research|student|dissertation|thesis) (project|assignment"
    r"|essay|paper|work)|(project|essay|dissertation|thesis|research|survey|study|coursework|assignment|report) (on|about"
    r"|into|looking at)|i'?m (a student|researching|studying how|writing (an essay|a paper|a report|my thesis))"
    r"|(trabajo|proyecto|estudio|investigacion|encuesta|tesis|tfg|tfm) (para|sobre|de clase|de fin)"
    r"|(projet|expose|memoire|etude|enquete|dossier|travail) (sur|pour (l'ecole|la fac|le lycee|mon cours|l'universite))"
    r"|(projekt|studie|umfrage|hausarbeit|facharbeit|referat|seminararbeit|bachelorarbeit|masterarbeit) (uber|zu|zum|zur"
    r"|fur (die )?(schule|uni))|(projeto|estudo|pesquisa|inquerito|trabalho|tcc|monografia) (sobre|para (a )?"
    r"(faculdade|escola|universidade|disciplina)))(?!\w)")


def _unquoted(masked: str) -> str:
    """The masked text with each quotation blanked (same length, so offsets keep)."""
    return link._QUOTE.sub(lambda m: " " * len(m.group()), masked)


def adverse(masked: str, spans: list[tuple[int, int]], sentences: list[Sentence],
            hits: list[tuple[str, int, int]]) -> bool:
    """Whether the writer's own (masked) words say an adverse outcome or unequal treatment (see the module doc)."""
    own = _unquoted(masked)
    quoted = [(m.start(), m.end()) for m in link._QUOTE.finditer(masked)]
    study = _STUDY.search(own) is not None
    for name, a, _ in hits:
        if name not in OUTCOME_FAMILIES and name != "STRONG":
            continue
        if any(x <= a < y for x, y in quoted):
            continue
        i = index_of(spans, a)
        if i >= len(sentences) or name not in sentences[i].families:
            continue  # renamed by a scope, or set aside
        asked = _ASKED.search(masked, spans[i][0], spans[i][1] + 1) is not None
        if (name == "STRONG" or study) and asked:
            continue
        if study and name == "STRONG" and _STUDY.search(own, spans[i][0], spans[i][1] + 1):
            continue
        return True
    if link.FORMS.search(own) or _DENIED.search(masked):
        return True
    if link._quoted_near(masked, spans):
        return True
    for name, a, b in hits:  # a comparison said in more than one word ("the couple behind", "sin problema")
        if name == "COMPARE" and len(masked[a:b].split()) > 1 and not any(x <= a < y for x, y in quoted):
            i = index_of(spans, a)
            if i < len(sentences) and "COMPARE" in sentences[i].families:
                return True
    return _served_others(own, spans, sentences)


def _served_others(own: str, spans: list[tuple[int, int]], sentences: list[Sentence]) -> bool:
    """Someone else was served (``_FINE_FOR_OTHERS``) in a sentence, or the one after, that names another person."""
    for m in _FINE_FOR_OTHERS.finditer(own):
        i = index_of(spans, m.start())
        for k in (i - 1, i):  # the comparison in its sentence or the one before
            if 0 <= k < min(len(spans), len(sentences)) and (
                    "COMPARE" in sentences[k].families or _OTHERS.search(own, spans[k][0], spans[k][1])):
                return True
    return False


# Round 31: an outcome said of everyone. A writer who says who they are and complains of something that happened to
# a whole queue, class or every customer ("he shouted at the whole queue, not just me", "nos gritó a todos", "avec
# toute la file, y compris avec moi", "die ganze Schlange angeschrien, nicht nur mich", "gritou com a fila toda, não
# só comigo") names no unequal treatment. ``_EVERYONE``: the outcome's reach said to include everyone (five
# languages); ``_SINGLED``: anything that sets the writer apart from the others (everyone else, all but me, only me,
# the others got …), which keeps the message a complaint.
_EVERYONE = re.compile(
    r"(?<!\w)(?:not (just|only) (to |with |at )?(me|us)|including (me|us)|me included|like everyone|as (to|with)"
    r" everyone|(to|at|with|for|on) (everyone|everybody|all of us|the whole (queue|line|room|class|group|bus|carriage"
    r"|floor|street|office|team|family|table)|all (the )?(customers|passengers|guests|users|members|residents|tenants"
    r"|people))|(the )?whole (queue|line|room|class|group|bus|carriage|floor|street)|every (single )?(customer|passenger"
    r"|guest|user|member|resident|tenant)|all (customers|passengers|guests|users|members|residents|tenants)"
    # es
    r"|no (solo|solamente) (a mi|conmigo|a nosotr[oa]s|con nosotr[oa]s)|(a|con|para) tod[oa]s( los de la \w+)?"
    r"|(a|con|para) toda la (cola|fila|gente|clase|sala|oficina|calle|familia)|todo el mundo|incluid[oa] yo"
    r"|incluso a mi|(a|para) todos los (clientes|usuarios|pasajeros|socios|vecinos|inquilinos)"
    # fr
    r"|pas (seulement|que|uniquement) (a |avec )?(moi|nous)|(avec|a|pour) toute la (file|queue|salle|classe|rue"
    r"|famille)|y compris (avec |a |pour )?(moi|nous)|moi compris|tout le monde|(a|pour|avec) tous( les (clients"
    r"|usagers|passagers|abonnes|locataires|membres))?"
    # de
    r"|nicht nur (mich|mir|zu mir|uns)|(die|der) ganzen? (schlange|reihe|gruppe|klasse|strasse|familie)|mich"
    r" eingeschlossen|(fur|zu|mit) allen?|alle (kunden|kundinnen|fahrgaste|gaste|mieter|mitglieder|nutzer)"
    r"|jede[nm]? (kunden|kundin|fahrgast|gast|mieter)"
    # pt
    r"|nao (so|somente|apenas) (a mim|comigo|connosco|conosco)|(com|a|para) (a )?fila toda|toda a fila|(com|a|para)"
    r" tod[oa]s( os (clientes|utentes|passageiros|socios|inquilinos))?|toda a gente|todo (o )?mundo|incluindo"
    r" (eu|a mim|comigo))(?!\w)")
# Families that keep a message a complaint whatever its outcome's reach: a barrier, a word of discrimination, an
# exclusion (link.linked also reads them, with comparisons and reasons given).
SINGLING_FAMILIES = frozenset({"BARRIER", "STRONG", "EXCLUSION"})
_SINGLED = re.compile(
    r"(?<!\w)(?:else|except|but (not )?(me|us)|before (me|us)|antes (que|de) (a )?(mi|yo|nosotr[oa]s|mim|nos)|avant (moi|nous)"
    r"|vor (mir|uns)|apart from|other than|only (me|us|to me|with me)|just me\b(?! ?,? ?(and|but))"
    r"|demas|menos (a )?(mi|yo|nosotr[oa]s)|excepto|salvo|solo (a )?(mi|yo|conmigo|nosotr[oa]s)\b|a mi no"
    r"|sauf|autres|a part (moi|nous)|seul(e)?s? (moi|nous|a moi)|(que|qu'a) (moi|nous)\b(?! ?,)"
    r"|andere\w*|ausser|bis auf|nur (mich|mir|uns|zu mir)\b|(mich|mir|uns) (aber )?nicht"
    r"|outr[oa]s|exceto|menos (a )?(mim|eu|nos)|so (a mim|comigo|eu)\b|(a mim|comigo) nao"
    # the writer set against them after the everyone phrase ("let everyone in, but to me he said …", "mais à moi il
    # m'a dit", "pero a mí", "aber mir", "mas a mim"), and people like the writer ("les gens comme moi")
    r"|(but|whereas|while|mais|alors que|pero|mientras|aber|wahrend|mas|enquanto) (\w+ ){0,2}(me|us|moi|nous|mi"
    r"|conmigo|nosotr[oa]s|mir|mich|uns|mim|comigo|nos)|(people|those|folk|gens|personnes|gente|personas|leute"
    r"|menschen|pessoas) (like|comme|como|wie) (me|us|you|moi|nous|vous|yo|nosotr[oa]s|usted\w*|ich|mich|uns|sie"
    r"|eu|nos|voces?))(?!\w)")


# Everyone as an audience ("for everyone to hear", "devant tout le monde", "para toda a gente ouvir"): a remark made
# in public, not an outcome everyone shared.
_AUDIENCE_BEFORE = re.compile(r"(?:in front of|before|delante de|frente a|devant|vor|(a|na) frente de|diante de) $")
_AUDIENCE_AFTER = re.compile(r"^ (?:to )?(?:hear|see|ouvir|ver|oir|oyera|entendre|voir|horen|sehen|mitzuhoren)\b")

# Everyone set against the writer ("didn't let me in but let everyone in", "mais a laissé passer tout le monde",
# "mientras atendían a todos"): a contrast word shortly before an everyone phrase that does not include the writer.
_CONTRAST = re.compile(r"(?<!\w)(?:but|yet|while|whereas|though|pero|mientras|en cambio|mais|alors que|tandis que"
                       r"|aber|doch|wahrend|obwohl|mas|enquanto|porem)(?!\w)[^.!?;]*$")
_INCLUSIVE = re.compile(r"not |including|me included|like |as |no (solo|solamente)|incluid|incluso|pas |y compris"
                        r"|moi compris|nicht nur|mich eingeschlossen|nao |incluindo")


def everyone_blanked(masked: str) -> str | None:
    """The writer's own (masked, quotations blanked) words with the phrases that say an outcome reached everyone
    blanked, when there is one and nothing sets the writer apart (``_SINGLED``, someone else served); else None."""
    own = _unquoted(masked)
    found = [m for m in _EVERYONE.finditer(own) if not _AUDIENCE_BEFORE.search(own, max(0, m.start() - 14),
                                                                               m.start())
             and not _AUDIENCE_AFTER.match(own[m.end():m.end() + 16])]
    if not found or any(_CONTRAST.search(own, max(0, m.start() - 40), m.start()) for m in found
                        if not _INCLUSIVE.match(m.group())):
        return None
    # "not just me" holds a "just me" that _SINGLED must not read as singling out: blank the everyone phrases first
    rest = list(own)
    for m in found:
        rest[m.start():m.end()] = " " * (m.end() - m.start())
    text = "".join(rest)
    return None if _SINGLED.search(text) else text


def said_of_everyone(masked: str, spans: list[tuple[int, int]], sentences: list[Sentence]) -> bool:
    """Whether the writer's own (masked) words say the outcome reached everyone and nothing sets the writer apart
    (see ``everyone_blanked``); the caller checks that no link or barrier is named either, in the whole text: the
    everyone phrase can itself be the comparison ("todo mundo entrava normal", "every customer can"), so it is not
    blanked for that check (doing so lost two complaints of blind 3 and 5)."""
    text = everyone_blanked(masked)
    return text is not None and not _served_others(text, spans, sentences)


# Round 31: a question about a policy or about access (an equality policy, accessible rooms, a prayer space, step-free
# access), five languages. A short message that asks one, or says it is for a study (``_STUDY``), and names no adverse
# outcome (``adverse``) asks for information; the longer ones are read by the round-27 gate already.
_POLICY = re.compile(
    r"(?<!\w)(?:polic(y|ies)|accessib\w*|step-free|prayer (room|space)|hearing loop|equality|inclusi\w*|politica"
    r"|accesib\w*|sala de oracion|igualdad|politique|salle de priere|egalite|richtlinie\w*|barrierefrei\w*"
    r"|gebetsraum|gleichbehandlung\w*|acessib\w*|sala de oracao|igualdade)(?!\w)")


def asks_about_policy(masked: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the writer's own words ask about a policy or access (a question sentence naming one) or say the
    message is for a study or project (``_STUDY``)."""
    own = _unquoted(masked)
    if _STUDY.search(own):
        return True
    return any(_ASKED.search(own, x, y + 1) and _POLICY.search(own, x, y + 1) for x, y in spans)
