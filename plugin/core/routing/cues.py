"""Small cue lexicons that give the learnt decision its structure (five languages, folded text).

They name the questions issue 12 asks of a message: is a characteristic linked to what happened (LINK: a causal
cue; COMPARE: someone else treated better), or is the message a joke, a threat, a question about a policy, the
customer's own prejudice or an ordinary request? For handoffs and opt-outs: does it ask for a person (PERSON),
contest a decision (CONTEST), refuse something (REFUSE) that is automated (MACHINE)? None of them routes anything
by itself: each hit is a feature of the model in ``decision.py``, like the older lexicon families.
"""
from __future__ import annotations

CUES: dict[str, list[str]] = {
    "LINK": [
        r"because", r"cause", r"coz", r"bc", r"since (i|we|my)", r"the (moment|minute|second) (i|we|she|he|they)",
        r"as soon as", r"after (i|we) (mentioned|said|told|ticked|wrote|uploaded|changed)", r"only difference",
        r"the only (one|ones)", r"for being", r"due to (my|our|his|her)", r"on account of", r"porque", r"por ser",
        r"por (mi|su|mis|sus)", r"desde que", r"en cuanto", r"nada mas", r"(la )?unica diferencia", r"parce que",
        r"parce qu", r"car (je|nous|il|elle)", r"a cause de", r"des que", r"depuis que", r"au moment ou",
        r"(la )?seule difference", r"pour etre", r"weil", r"da (ich|wir|er|sie)", r"wegen", r"seit(dem)?",
        r"sobald", r"kaum dass", r"(der )?einzige unterschied", r"por eu ser", r"assim que", r"so porque",
        r"(a )?unica diferenca", r"funny timing", r"coincidence", r"casualidad", r"coincidencia", r"hasard",
        r"zufall", r"coincidencia", r"draw your own conclusions", r"saquen? (usted(es)? )?las conclusiones",
        r"je vous laisse conclure", r"explain that", r"explique(z)?-moi", r"erklaren sie (mir )?das",
    ],
    "COMPARE": [
        r"xpartner", r"xchild", r"xsibling", r"xparent", r"xperson", r"colleague", r"co-?worker", r"friend", r"flatmate", r"room-?mate", r"brother", r"sister", r"cousin",
        r"neighbou?rs?", r"mate", r"the (man|woman|guy|lady|couple|customer|people|group|one|lads?|family) "
        r"(behind|after|before|next|in front|ahead)", r"other (customers|people|guests|passengers|clients)",
        r"everyone else", r"everybody else", r"(exact )?same", r"instantly", r"no questions?( asked)?",
        r"no problem", r"without (a |any )?(problem|issue|question)s?", r"companer[oa]", r"amig[oa]", r"herman[oa]",
        r"vecin[oa]s?", r"prim[oa]", r"(el|la|los|las) de (detras|delante|al lado)", r"los demas", r"otros clientes",
        r"mism[oa]s?", r"sin (problema|pegas|preguntas)", r"collegue", r"ami(e)?", r"frere", r"soeur",
        r"voisin(e)?s?", r"les autres", r"meme(s)?", r"sans (souci|probleme|question)", r"kolleg(e|in)",
        r"freund(in)?", r"bruder", r"schwester", r"nachbar(in)?", r"die anderen", r"andere kunden",
        r"(der|die|das)selbe(n)?", r"gleiche(n)?", r"ohne (probleme|weiteres|fragen)", r"colega", r"irma(o)?",
        r"vizinh[oa]", r"os outros", r"mesm[oa]s?", r"sem (problema|pergunta)", r"numa boa",
    ],
    "JOKE": [
        r"ha(ha)+", r"lol+", r"lmao", r"rofl", r"ja(ja)+", r"je(je)+", r"mdr", r"ptdr", r"k{3,}", r"rs(rs)+",
        r"just kidding", r"jk", r"es broma", r"c'est une blague", r"nur spass", r"brincadeira",
        r"my (cat|dog|toaster|printer|fridge|kettle|car|parrot|hamster|oven|phone|laptop|plant|goldfish)",
        r"mi (gato|perro|tostadora|impresora|nevera|loro|horno|movil)", r"mon (chat|chien|grille-pain|imprimante|frigo)",
        r"ma (chatte|chienne|bouilloire)", r"mein(e)? (katze|hund|toaster|drucker|kuhlschrank|papagei)",
        r"meu (gato|cachorro|cao)", r"minha (torradeira|impressora|geladeira|gata|cachorra)",
    ],
    "THREAT": [
        r"(i'll|i will|i'm going to|im going to|gonna|i shall) (tell|post|report|call|sue|expose|say|write|go)",
        r"or (else|i'll|i will)", r"voy a (decir|denunciar|publicar|contar|poner)", r"os denuncio", r"les denuncio",
        r"je (vais|dirai|porte plainte)", r"sinon", r"ou je", r"ich (zeige|erzahle|melde|verklage|schreibe)",
        r"oder ich", r"(vou|vamos) (falar|processar|denunciar|expor|postar)", r"ou eu", r"even if (it'?s|it is) not true",
        r"even if it isn'?t", r"i don'?t care if", r"aunque sea mentira", r"aunque no sea verdad", r"me da igual",
        r"meme si c'?est faux", r"je m'en fiche", r"auch wenn'?s nicht stimmt", r"auch wenn es nicht stimmt",
        r"ist mir egal", r"mesmo que seja mentira", r"tanto faz", r"on (twitter|x|tiktok|instagram|facebook)",
        r"en (las )?redes", r"sur les reseaux", r"im netz", r"nas redes",
    ],
    "POLICY_Q": [
        r"polic(y|ies)", r"politica", r"politique", r"charte", r"richtlinie", r"leitlinie", r"plan de igualdad",
        r"diversity", r"diversidad", r"diversite", r"diversidade", r"inclusion", r"inclusao", r"do you have",
        r"have you got", r"disponen", r"avez-vous", r"avez vous", r"haben sie", r"voces tem", r"project",
        r"thesis", r"dissertation", r"tfg", r"tcc", r"memoire", r"bachelorarbeit", r"masterarbeit", r"uni",
        r"university", r"universidad", r"questionnaire", r"cuestionario", r"fragebogen", r"questionario",
        r"onboarding", r"supplier", r"proveedores", r"fournisseurs?", r"lieferanten", r"fornecedores",
    ],
    "OWN_PREJ": [
        r"i don'?t want (a|an|any|that|them|those|people)", r"no quiero (eso|a|un|una|que)",
        r"je ne veux (pas|plus) (de|ca|voir)", r"ich will (das |keinen?|keine )?nicht", r"ich will keine",
        r"nao quero (isso|mais|ver)", r"nao me mandem", r"no me mand(eis|en)", r"don'?t send me (a|an|any)",
        r"ne m'envoyez", r"schicken sie mir keinen?", r"in my (house|home|living room)", r"en mi casa",
        r"chez moi", r"in meinem (haus|wohnzimmer)", r"na minha casa", r"no me fio", r"i don'?t trust",
    ],
    "ORDINARY": [
        r"can (you|i|we)", r"could (you|i|we)", r"please send", r"how (do|can) i", r"is there", r"do you (sell|have|ship)",
        r"where is", r"when (does|will|is)", r"pod(eis|eis|eis|en|ria|rian)", r"puedo", r"pueden", r"me pod(eis|en)",
        r"como (puedo|hago|anado)", r"hay (descuento|alguna)", r"pouvez-vous", r"pourriez-vous", r"est-ce que",
        r"je peux", r"puis-je", r"y a-t-il", r"konnen sie", r"konntet ihr", r"kann ich", r"wie (kann|fuge)",
        r"gibt es", r"podem", r"posso", r"da pra", r"tem (como|desconto)", r"invoice", r"factura", r"facture",
        r"rechnung", r"fatura", r"delivery", r"entrega", r"livraison", r"lieferung", r"password", r"contrasena",
        r"mot de passe", r"passwort", r"senha", r"order", r"pedido", r"commande", r"bestellung",
    ],
    "MACHINE": [
        r"ai", r"a\.i\.?", r"artificial intelligence", r"chat ?bots?", r"bots?", r"robots?", r"robo", r"automat\w*",
        r"auto-?\w+", r"generated", r"generad\w*", r"genere\w*", r"generiert\w*", r"gerad\w*", r"software",
        r"programa", r"programme?", r"logiciel", r"algorithm\w*", r"algoritm\w*", r"machine learning", r"llms?",
        r"gpt", r"chatgpt", r"ia", r"ki", r"inteligencia artificial", r"intelligence artificielle",
        r"kunstliche(n|r)? intelligenz", r"automatizad\w*", r"automatis\w*", r"maquinas?", r"machines?",
        r"maschinen?", r"tratamiento automatizado", r"traitement automatise", r"automatisierte\w*",
    ],
    "REFUSE": [
        r"don'?t want", r"do not want", r"no (more )?(ai|bots?|chatbots?|robots?)", r"not ok(ay)?", r"object(ion)?",
        r"i object", r"oppose", r"opongo", r"m'oppose", r"oponho", r"oponho-me", r"widersprech\w*", r"widerspruch",
        r"refuse", r"rechaz\w*", r"refus\w*", r"recus\w*", r"verweiger\w*", r"no consiento", r"(do not|don'?t) consent",
        r"withdraw", r"keep \w+ (robots?|bots?|ai) away", r"away from", r"stop using", r"sin", r"without", r"sans",
        r"ohne", r"sem", r"nada de", r"pas d'?", r"keine", r"kein", r"only humans", r"humans only", r"solo personas",
        r"uniquement des humains", r"nur (noch )?menschen", r"so humanos", r"apenas humanos", r"exclude",
        r"excluid\w*", r"exclu\w*", r"m'exclure", r"ausnehmen", r"ausschliessen", r"excluam", r"remove me",
        r"opt(-| )?out", r"nicht einverstanden", r"no estoy de acuerdo", r"pas d'accord", r"nao concordo",
        r"no me parece bien", r"not happy with", r"art\.? ?2[012]", r"article 2[12]", r"articulo 2[12]",
        r"artigo 2[012]", r"gdpr", r"rgpd", r"dsgvo", r"lgpd", r"not (to )?be subject", r"no ser objeto",
        r"faire l'objet", r"unterworfen", r"nao aceito", r"no acepto", r"je refuse", r"lehne ab", r"nicht wollen",
        r"nao quero", r"no quiero", r"je ne veux pas", r"ich mochte nicht", r"ich will nicht",
    ],
    "PERSON": [
        r"anyone", r"anybody", r"someone", r"somebody", r"real person", r"a person", r"humans?", r"staff",
        r"call me", r"ring me", r"callback", r"call back", r"phone me", r"telephone me", r"speak (to|with)",
        r"talk (to|with)", r"put me through", r"alguien", r"una persona", r"persona de verdad", r"llam(ame|adme)",
        r"me llame", r"me puede llamar", r"hablar con", r"pasa(me|dme)", r"quelqu'un", r"une personne",
        r"vraie personne", r"rappel(er|ez)", r"me faire rappeler", r"parler a", r"passez-moi", r"jemand",
        r"menschen?", r"echter mensch", r"zuruckruf(en)?", r"ruckruf", r"anruf(en)?", r"verbinden sie",
        r"sprechen", r"alguem", r"uma pessoa", r"pessoa de verdade", r"me lig(ar|ue|uem)", r"ligar", r"falar com",
        r"me passa", r"responsavel", r"responsable", r"verantwortlich\w*", r"personal", r"personnel",
        r"mitarbeiter\w*", r"funcionarios", r"equipe", r"equipo", r"team",
    ],
    "CONTEST": [
        r"appeal(ing)?", r"dispute", r"challenge", r"contest", r"review (it )?again", r"looked at again",
        r"reconsider", r"escalate", r"recurr\w*", r"recurso", r"impugn\w*", r"revis(e|en|ar|ion)", r"contest\w*",
        r"fais appel", r"recours", r"reexamen", r"reexamine\w*", r"einspruch", r"uberpruf\w*", r"nochmal\w*",
        r"gepruft", r"prufen", r"recorr\w*", r"analis(em|ar|e)", r"reanalis\w*", r"de novo", r"otra vez",
        r"encore", r"erneut", r"again", r"nobody (read|looked)", r"nadie (la |lo )?(leyo|miro)",
        r"personne (ne )?l'a lue", r"keiner gelesen", r"ninguem leu",
    ],
    # Talk about the AI label or notice on replies, not about processing: "without the AI notice" is no opt-out.
    "DISCLOSURE": [
        r"labels?", r"notice", r"footer", r"disclaimer", r"disclosure", r"line", r"written by", r"drafted",
        r"signature", r"aviso", r"nota", r"etiqueta", r"pie", r"redactad[oa]", r"escrit[oa]", r"mention",
        r"avertissement", r"bas de page", r"redige\w*", r"ecrit\w*", r"hinweis", r"fusszeile", r"kennzeichnung",
        r"geschrieben", r"erstellt", r"rodape", r"selo", r"say (you'?re|you are)", r"tell me (you'?re|you are)",
        r"pretend", r"dime que", r"dis-moi que", r"sag(en sie)?,? dass", r"diz(er)? que", r"responda que",
        r"antworten sie( bitte)?,? dass", r"you are now", r"ahora eres", r"tu es maintenant", r"du bist jetzt",
        r"agora voce e",
    ],
}
JOKE_EMOJI = frozenset("😂🤣😹😆😜😉🙃😅😝")
