"""Round 10 (issue 12): who refuses what. Cue lexicons of the speech acts said about the machine and about a person,
per language (folded text, the pattern rules of ``lexicon_en.py``). Plain data, read by ``cues.py``; none routes
anything: each is a feature family of the learnt decision, and the scopes in ``cues.py`` use them to tie a refusal to
its object.

Source: written by hand for round 10 by the routing helper session (CC0-1.0, like the rest of the project's data),
from common phrasings in each language; the kinds of acts (not their rows) come from the misses of blind set 11, a
development set since this round (see its README). No text of any evaluation set is copied here.

- STANCE_OK: a positive or indifferent stance ("fine with me", "ça me va", "passt", "tudo bem"): the machine named in
  the same clause is accepted, and the negation inside the stance ("I don't care", "no me importa") refuses nothing.
- RE_ENABLE: permission to use the machine again ("you can use it again", "volver a", "de nouveau", "wieder", "voltar
  a") or the withdrawal of an earlier refusal: a refusal in the same sentence is the one withdrawn.
- MARKETING: the object of a refusal that is not the machine (marketing e-mail, newsletters, cookies, sales calls,
  surveys, unsubscribing).
- OWN_ROLE: the writer's (or a colleague's) job in AI ("Head of AI", "ingeniera de IA", "KI-Labor"): the machine
  named inside it is a job title, not who handles the message.
- NO_CALL: a person or a call declined ("don't phone me", "bitte nicht anrufen", "não me liguem"): joins the older
  NOT_NEED family, whose clause scope makes the person and the call after it UNNEEDED.
- SUBJECT: the quoted subject line of a reply ("Re: …", "Betreff: AW: …"): a person or a call named on that line is
  the company's e-mail speaking ("call our team!"), not the customer asking (cues.LINE_WIDE).
- WHETHER: a question whether it is a machine or a person ("robot or a person?", "¿es un robot o una persona?"): the
  machine named inside the question is asked about, not refused.
- CALL_US: a call asked for a firm, a household or a team ("que nos llame un técnico", "rappelez-nous", "ruft uns
  an"): joins the older PERSON family, which had the singular forms only.
- THANKS: thanks to a person, who is then a past actor, not someone asked for: joins the older PRAISE family.

Round 11 (issue 12): whose refusal, and is it still standing. Same source and licence (written by hand for round 11
by the routing helper session; the kinds come from the misses of blind set 12, a development set since round 11; no
text of any evaluation set is copied here).

- OTHER_OWN: a third person's own account or their handling it themselves ("on his own contract", "she'll write to you
  herself", "es cosa suya", "elle vous écrira elle-même", "das regelt er selbst", "ela mesma vai pedir"): a refusal in
  that sentence is theirs, for their account, not the writer's opt-out (cues.SENTENCE_WIDE). Never "write back
  themselves" or "me escriba él mismo": a member of staff writing in person is what an opt-out asks for.
- BEHALF: the writer acts for the account holder ("on her behalf", "en su nombre", "au nom de", "im Namen", "em nome
  de", a power of attorney): then a third person's refusal is made for this account, and OTHER_OWN renames nothing.
- WITHDRAW: the explicit withdrawal of an earlier refusal ("I no longer object", "ya no me opongo", "oubliez mon
  refus", "das nehme ich zurück", "podem reativar"): every refusal before it in the message, and in its own sentence,
  is the one withdrawn (cues.BACK_WIDE). Not "changed my mind" alone: "changed my mind, no AI any more" refuses.
"""
from __future__ import annotations

STANCE_OK: dict[str, list[str]] = {
    "en": [r"fine (with|by|for) me", r"(is|are|'?s) (perfectly |totally |absolutely )?(fine|ok|okay|alright|good) (with|by|for) me",
           r"(i )?(don'?t|do not) (really )?(care|mind)( who| what| if| whether)?", r"(it )?(doesn'?t|does not) matter( to me)?",
           r"(no|not a) problem( (for|with|to) me)?", r"all good", r"not bothered", r"(i'?m|i am) (fine|ok|okay|happy|relaxed) (with|about)",
           r"(i )?have no (problem|issue|objection)s?( with)?", r"not really"],
    "es": [r"(a mi )?no me importa( en absoluto| nada)?", r"(a mi )?me da igual", r"me parece bien", r"(sin|ningun) problema",
           r"no pasa nada", r"me vale", r"(esta|estan) bien (para|por) mi", r"por mi (bien|vale|perfecto)", r"no me molesta"],
    "fr": [r"(ca|cela) (me )?va( tres bien)?", r"(ca|cela) ne me (derange|gene) (pas|plus|nullement)", r"ne me (derange|gene) (pas|plus)",
           r"je m'en fiche", r"peu importe", r"(pas de|aucun) (souci|probleme)", r"(ca|cela) m'est egal", r"(c'est )?egal pour moi",
           r"(ce )?n'est (nullement|pas) un reproche", r"pour moi (c'est )?(bon|ok|parfait)"],
    "de": [r"passt( schon| fur mich)?", r"(mich )?stort (mich |das |es )?(uberhaupt |gar )?nicht", r"ist mir (egal|recht)",
           r"(kein|keine) (problem|sorge)", r"(ist |sind )?(fur mich )?in ordnung", r"von mir aus", r"macht mir nichts( aus)?",
           r"habe nichts dagegen", r"egal( ob)?"],
    "pt": [r"(esta |ta )?tudo bem( pra mim| para mim)?", r"(por mim |pra mim )?tanto faz( pra mim| para mim)?", r"nao me importo",
           r"(sem|nenhum) problema", r"nao ligo", r"(por mim|pra mim) (tudo bem|ok|beleza|tranquilo)", r"nao me incomoda",
           r"(pode ser|seja) (robo|ia|gente|pessoa)"],
}
RE_ENABLE: dict[str, list[str]] = {
    # (no bare "use it again": "never use AI on my messages again" is a refusal; no "can … back on": "can a person ring
    # me back on the home number"; no Spanish "otra vez por el asistente": "no me pasen otra vez por el asistente")
    "en": [r"(can|may|could) ((?!never|not|no)\w+ ){0,5}again", r"(switch|turn|put)(ed)? (it |them |\w+ )?back on",
           r"(cancel|withdraw|lift|drop|disregard|ignore) (that|my|the|this) (earlier |old |previous )?(request|objection|opt-?out|note|restriction)"],
    "es": [r"(pueden|podeis|puede|podran) volver a", r"(retira|retiro|anula|anulo) (su|mi) (oposicion|objecion|solicitud)( anterior)?",
           r"(vuelvan|volved) a (usar|activar|poner)"],
    "fr": [r"(pouvez|pourrez|pouvoir|peut) (\w+ ){0,2}(a nouveau|de nouveau|reprendre)", r"(vous pouvez |pouvez-vous )?annuler (ca|cela|cette demande|ma demande)",
           r"je (retire|leve|annule) (mon|ma) (opposition|objection|demande)", r"(re)?activ(er|ez) (de nouveau|a nouveau)", r"ne me derange plus"],
    "de": [r"(konnt|konnen|durft|durfen|konnen sie|durfen sie) (ihr |xpron |sie )?(ruhig )?(wieder|erneut)", r"wieder (automatisch|einschalten|aktivieren|nutzen)",
           r"(ziehe|nehme) (ich )?(meinen |den )?(widerspruch|einspruch) zuruck"],
    "pt": [r"(podem|pode|poderao) voltar a", r"(retiro|retira|cancelo|cancela) (a minha|o meu|meu|minha|a sua|o seu|sua|seu) (oposicao|pedido|objecao)",
           r"(podem|pode) (usar|ativar|religar) de novo", r"(reativar|reativem|religuem)"],
}
MARKETING: dict[str, list[str]] = {
    "en": [r"marketing( \w+)?", r"newsletters?", r"mailing lists?", r"promo(tion(al)?)?s?", r"offers", r"deals", r"adverts?",
           r"advertising", r"ads", r"spam", r"cookies", r"sales calls?", r"cold calls?", r"telemarketing", r"surveys?",
           r"unsubscribe( me)?", r"take me off", r"(calls?|phone) about (upgrades|offers|deals)"],
    "es": [r"publicidad", r"correos? comerciales?", r"ofertas", r"promociones", r"boletin(es)?", r"newsletters?", r"encuestas?",
           r"llamadas comerciales", r"cookies", r"spam", r"dar(me)? de baja", r"(la )?lista de correo"],
    "fr": [r"publicit\w*", r"pubs?", r"newsletters?", r"cookies( publicitaires)?", r"demarchage( telephonique)?", r"sondages?",
           r"offres( commerciales)?", r"promotions?", r"spam", r"desinscri\w*", r"courriels? commerciaux"],
    "de": [r"werb\w*", r"newsletter\w*", r"angebote", r"umfragen?", r"cookies", r"spam", r"abmelden", r"austragen",
           r"verkaufsanrufe?", r"telefonwerbung"],
    "pt": [r"publicidade", r"propagandas?", r"telemarketing", r"ofertas", r"promocoes", r"pesquisas?( de satisfacao)?",
           r"newsletters?", r"cookies", r"spam", r"descadastr\w*", r"ligacoes de (telemarketing|vendas|oferta)"],
}
OWN_ROLE: dict[str, list[str]] = {
    "en": [r"head of (ai|machine learning|automation|data)( (&|and) \w+)?", r"(ai|ml|machine learning) (engineer|researcher|scientist|lead|"
           r"consultant|specialist|team|lab|department|start-?up|company|product)s?", r"i (work|build|develop|teach) (in|on|with)? ?(ai|machine learning|chatbots)",
           r"data scientist"],
    "es": [r"(ingenier[oa]|investigador[a]?|consultor[a]?|jef[ae]|responsable|expert[oa]|cientific[oa]) (de|en) (ia|inteligencia artificial|"
           r"automatizacion|datos)", r"trabajo (en|con) (ia|inteligencia artificial)", r"(equipo|empresa|laboratorio|startup) de (ia|inteligencia artificial)"],
    "fr": [r"(chef(fe)?|responsable|ingenieur(e)?|consultant(e)?|chercheu(r|se)|directeur|directrice) (de )?(projet )?(ia|intelligence artificielle)( generative)?",
           r"je travaille (dans|sur|avec) (l'ia|l'intelligence artificielle)", r"(equipe|laboratoire|start-?up) (d'ia|ia)"],
    "de": [r"ki-(labor|team|abteilung|entwickler|berater|forscher|start-?up|firma|projekt|ingenieur)\w*",
           r"(leiter|leiterin|leitet) (bei uns )?(der |des |das |die |den )?ki(-\w+)?", r"(ich )?arbeite (in|mit|an) (der )?ki"],
    "pt": [r"(engenheir[oa]|pesquisador[a]?|consultor[a]?|gerente|head|coordenador[a]?|especialista|cientista) (de|em) (ia|inteligencia artificial|"
           r"automacao|dados)( (e|-) (automacao|ia|dados))*", r"trabalho (com|em) (ia|inteligencia artificial)", r"(startup|empresa|equipe) de (ia|inteligencia artificial)",
           r"automacao e ia"],
}
NO_CALL: dict[str, list[str]] = {
    "en": [r"(please )?(don'?t|do not|never) (phone|call|ring|contact) (me|us)", r"no (phone )?calls?( please)?",
           r"(there'?s )?no need to (call|phone|ring|contact)"],
    "es": [r"no me (llamen|llames|llameis|llame|contacten)", r"no hace falta que me (llamen|llame|contacten)", r"sin llamadas"],
    "fr": [r"ne (m'appelez|me rappelez|me contactez|me telephonez) (pas|plus)", r"pas la peine de (m'appeler|me rappeler)", r"pas d'appels?"],
    "de": [r"(bitte )?(nicht|keine) (mehr )?(anrufen|zuruckrufen|anrufe)", r"rufen sie mich (bitte )?nicht (mehr )?an",
           r"(brauchen|braucht|musst|mussen) (sich|mich|xpron )?(nicht|nie) (mehr )?(zu )?(melden|anrufen|zuruckrufen)"],
    "pt": [r"nao me (liguem|ligue|ligar|liga)", r"nao precisa (me )?(ligar|retornar)", r"sem ligacoes"],
}
THANKS: dict[str, list[str]] = {
    "en": [r"thank(s| you)( so much)? (to|for)", r"(say|pass on) (a |my )?(big )?thank(s| you)"],
    "es": [r"(quiero|queria) agradecer", r"gracias a", r"muy bien,? \w+ fue"],
    "fr": [r"(je )?(tiens a|voulais) remercier", r"merci a"],
    "de": [r"(mich )?(\w+ ){0,4}bedanken", r"danke an", r"vielen dank an"],
    "pt": [r"(quero|queria) agradecer", r"obrigad[oa] a"],
}

SUBJECT: dict[str, list[str]] = {
    # a reply or forward marker only: "Subject: ring me back" is the customer's own request
    "en": [r"(subject ?: ?)?(re|fwd?|fw) ?:"], "es": [r"(asunto ?: ?)?(re|rv) ?:"], "fr": [r"(objet ?: ?)?(re|tr) ?:"],
    "de": [r"(betreff ?: ?)?(aw|wg) ?:"], "pt": [r"(assunto ?: ?)?(re|enc) ?:"],
}
CALL_US: dict[str, list[str]] = {
    "en": [r"(call|ring|phone) us( back)?", r"give us a (call|ring)"],
    "es": [r"nos (llame|llamen|llameis|llamen de vuelta|devuelvan la llamada)", r"llam(adnos|ennos)"],
    "fr": [r"nous (rappeler|rappelle|rappeliez|rappellent|appeler|appelle|appeliez)", r"rappelez-nous", r"appelez-nous"],
    "de": [r"(rufen sie|ruft|ruf) uns (\w+ )?(zuruck|an)", r"uns (zuruckrufen|anrufen)"],
    "pt": [r"nos (ligar|liguem|ligue|retornar|retornem)", r"liguem-nos", r"ligu(e|em) (pra|para) (a gente|nos)"],
}

_REL = r"(she|he|xparent|xpartner|xchild|xsibling|xperson)"
OTHER_OWN: dict[str, list[str]] = {
    "en": [r"(his|her|their) own (account|contract|plan|policy|profile|line|card|subscription|file)s?",
           _REL + r"('ll| will| is going to|'s going to) (write to|tell|contact|email|ask|let) you( so| know)?( about it)? (herself|himself)",
           _REL + r"('ll| will) (sort|handle|deal with|arrange) (it|that|this)( \w+)? (herself|himself)",
           r"(that'?s|it'?s) (her|his) (call|business|decision|choice|affair)"],
    "es": [r"(su|sus) propi[oa]s? (cuenta|contrato|linea|poliza|tarjeta|perfil|ficha)s?",
           r"(ella|el) mism[oa] (os|les|le) (escribira|dira|pedira|contactara)", r"(os|les) (escribira|lo pedira|lo dira) (ella|el) mism[oa]",
           r"(eso )?es cosa suya", r"(lo|eso) (gestionara|arreglara|pedira|tramitara) (ella|el)( mism[oa])?"],
    "fr": [r"(son|sa) propre (compte|contrat|ligne|abonnement|dossier|carte)", r"(elle|il) (vous )?(ecrira|contactera|le dira|le demandera) (elle|lui)-meme",
           r"(elle|il) s'en (occupera|chargera)", r"c'est (son|leur) (affaire|choix)"],
    "de": [r"(seinen|seinem|seines|ihren|ihrem|ihres) eigenen (konto|kontos|vertrag|vertrags|anschluss|tarif|kundenkonto|profil)",
           r"(regelt|klart|erledigt) (er|sie) (das )?selbst", r"(er|sie) (wird sich|meldet sich) (bei ihnen )?selbst", r"(das )?ist (seine|ihre) sache"],
    "pt": [r"(sua|seu) propri[oa] (conta|contrato|cadastro|linha|plano)", r"(conta|contrato|cadastro|linha|plano) (dela|dele) (mesm[oa]|propri[oa])",
           r"(ela|ele|xparent|xpartner|xchild|xsibling) (mesm[oa] )?(vai|vao|ira) (pedir|escrever|solicitar|entrar em contato)",
           r"(isso )?e (problema|assunto) (dela|dele)"],
}
BEHALF: dict[str, list[str]] = {
    "en": [r"on (her|his|their|xpron) behalf", r"on behalf of", r"power of attorney", r"(i'?m|i am) (her|his|their) (carer|guardian|representative)",
           r"(writing|write) for (her|him|them|xpron)\b"],
    "es": [r"en su nombre", r"en nombre de", r"poder notarial", r"(soy|como) (su )?(tutor|tutora|representante|apoderad[oa])"],
    "fr": [r"au nom de", r"en son nom", r"procuration", r"(je suis|en tant que) (son|sa) (tuteur|tutrice|representant|mandataire)"],
    "de": [r"im namen (von|meiner|meines|xpron)", r"in (seinem|ihrem) namen", r"vollmacht", r"(betreuer|betreuerin|bevollmachtigte\w*)"],
    "pt": [r"em nome (de|do|da|dela|dele|xpron)", r"procuracao", r"(sou|como) (o |a )?(procurador|procuradora|representante|curador|curadora)"],
}
WITHDRAW: dict[str, list[str]] = {
    "en": [r"(i )?no longer (object|refuse|mind)", r"(withdraw|cancel|lift|drop|disregard|ignore|forget) (that|my|the|this) (earlier |old |previous |last )?"
           r"(request|objection|opt-?out|restriction|refusal)", r"opt(ed)? (me )?back in",
           r"(you can|feel free to|please) (use|switch on|turn on|let) (it|the (assistant|bot|chatbot|ai)|your (assistant|bot|chatbot|ai))( \w+){0,3} again"],
    "es": [r"ya no me (opongo|niego)", r"(retiro|anulo|cancelo) (mi|la) (oposicion|objecion|negativa|restriccion)",
           r"olvid(ad|en|e) mi (negativa|oposicion|objecion)", r"(pueden|podeis|puede) volver a (usar|activar|poner)"],
    "fr": [r"je ne (m'oppose|refuse) plus", r"je (retire|leve|annule) (mon|ma) (opposition|objection|refus)", r"oubliez mon (refus|opposition|objection)",
           r"vous pouvez (le |la |l')?(utiliser|reactiver|remettre) (de nouveau|a nouveau)"],
    "de": [r"(widerspreche|widerspruch) (ich )?nicht mehr", r"(ziehe|nehme) (ich )?(meinen |den )?(widerspruch|einspruch) zuruck",
           r"(der|mein) (widerspruch|einspruch) gilt nicht mehr", r"(konnen|durfen) (sie )?(die ki|den assistenten|den chatbot) (wieder|erneut)"],
    "pt": [r"(ja )?nao me (oponho|recuso) mais", r"(retiro|cancelo) (a minha|minha|o meu|meu) (oposicao|restricao|recusa)",
           r"(podem|pode) (reativar|voltar a usar|usar de novo|ativar de novo)"],
}

_M = r"(robot|bot|chatbot|ai|ia|ki|machine|maquina|maschine|robo|programa|programm|automat\w*)"
_P = (r"((una|un|une|uma|um|a|an|ein|eine|einem|einer) )?((real|vraie|echte(r|n)?) )?"
      r"(persona|person|human|humain|personne|pessoa|gente|mensch(en)?|humano)")
WHETHER: dict[str, list[str]] = {
    "en": [_M + r" or " + _P, _P + r" or (a |an )?" + _M],
    "es": [_M + r" o " + _P, _P + r" o (un |una )?" + _M],
    "fr": [_M + r" ou " + _P, _P + r" ou (un |une )?" + _M],
    "de": [_M + r" oder " + _P, _P + r" oder (ein |eine )?" + _M],
    "pt": [_M + r" ou " + _P, _P + r" ou (um |uma )?" + _M],
}


def families() -> dict[str, list[str]]:
    """The new families, every language's patterns in one list each (the router reads folded text in any language)."""
    return {name: [p for lang in ("en", "es", "fr", "de", "pt") for p in table[lang]]
            for name, table in (("STANCE_OK", STANCE_OK), ("RE_ENABLE", RE_ENABLE), ("MARKETING", MARKETING),
                                ("OWN_ROLE", OWN_ROLE), ("SUBJECT", SUBJECT),
                                ("WHETHER", WHETHER), ("OTHER_OWN", OTHER_OWN), ("BEHALF", BEHALF),
                                ("WITHDRAW", WITHDRAW))}
