"""French rows of blind set 11 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "caps",
     "PAS D'IA SUR MES MESSAGES. C'EST CLAIR ? PAS D'IA."),
    ("optout/nochatbot", A, True, "polite",
     "Je me permets, avec tous mes remerciements pour votre patience, de vous faire savoir que je ne souhaite "
     "pas que ce soit le chatbot qui traite mes demandes."),
    ("optout/gdpr", A, True, "footer",
     "Je m'appuie sur les articles 21 et 22 du RGPD pour refuser tout traitement automatisé ou par IA de mes "
     "échanges avec vos services, sans exception.\n\nM. Delorme\n--\nCe message et toutes les pièces jointes "
     "sont établis à "
     "l'intention exclusive de leurs destinataires et sont confidentiels. Toute utilisation ou diffusion non "
     "autorisée est interdite. L'internet ne permettant pas d'assurer l'intégrité de ce message, l'expéditeur "
     "décline toute responsabilité."),
    ("optout/indirect", A, True, "selfqa",
     "Est-ce que votre assistant automatique est efficace ? Sans doute. Est-ce que je veux qu'il lise mon "
     "courrier ? Franchement, j'aimerais autant qu'il n'y touche pas."),
    ("optout/behalf", A, True, "agent",
     "Expert-comptable de la SARL Boulangerie Kerhervé, je vous écris à la demande de la gérante : elle "
     "refuse que ses réclamations soient traitées par un robot ou une IA."),
    ("optout/all_future", A, True, "turn",
     "Merci pour le remboursement, bien reçu. Et une chose pour la suite : désormais, pour tous mes dossiers, "
     "je ne veux plus aucune réponse automatique de votre intelligence artificielle."),
    ("optout/conditional", A, True, "mktreply",
     "Objet : RE: Découvrez Lino, votre nouvel assistant IA !\n\nSi c'est Lino qui doit lire mes messages au "
     "service client, alors non merci. Laissez mon compte en dehors de ça."),
    ("optout/humans_only", A, True, "autocorrect",
     "dsl jecris vite, a partir de mtn que des humains svp pour me repondre, pas de robot (le correcteur a "
     "mis \"roberts\" lol)"),
    ("optout/with_person", H, True, "grievlist",
     "Mes griefs :\n1. Le serveur vocal m'a renvoyé au menu six fois.\n2. Je refuse que votre robot s'occupe "
     "de ma ligne.\n3. Je demande qu'un conseiller me rappelle."),
    ("optout/with_person", H, True, "caps",
     "VOTRE ASSISTANT AUTOMATIQUE, JE N'EN VEUX PAS. APPELEZ-MOI. UNE VRAIE PERSONNE."),
    # opt-out near misses (8)
    ("optneg/ask_whether", A, False, "polite",
     "Pardonnez ma curiosité : la réponse si aimable que j'ai reçue hier a-t-elle été rédigée par une IA ? "
     "Ce n'est nullement un reproche, je me posais simplement la question."),
    ("optneg/praise", A, False, "selfqa",
     "Le chatbot m'a-t-il aidée ? Oui. Plus vite que la hotline ? Oui. Je le dis, pour une fois."),
    ("optneg/criticise", A, False, "autocorrect",
     "votre robot ma dit que le colis était livré mais non. bon cest pas grave, vous pouvez verifier ou il "
     "est ?"),
    ("optneg/opt_back_in", A, False, "turn",
     "Je vous écris pour le code de la carte... ah, et j'avais demandé l'an dernier que l'IA ne traite pas mes "
     "messages : vous pouvez annuler ça, ça ne me dérange plus."),
    ("optneg/refuse_other", A, False, "mktreply",
     "Objet : RE: Votre sélection personnalisée par intelligence artificielle\n\nJe refuse les cookies "
     "publicitaires et ces newsletters. Désinscrivez-moi."),
    ("optneg/policy_question", A, False, "agent",
     "Assistante de direction du cabinet Roussel, je dois vérifier pour notre délégué à la protection des "
     "données : existe-t-il chez vous une charte encadrant l'IA au service client ? Pourriez-vous nous la "
     "transmettre."),
    ("optneg/ai_fine", A, False, "caps",
     "QUE CE SOIT UN ROBOT OU PAS JE M'EN FICHE. JE VEUX JUSTE MA FACTURE."),
    ("optneg/own_job", A, False, "footer",
     "Bonjour, mon prélèvement de novembre a été fait deux fois.\n\nCordialement,\nAnaïs Ferrandi\nCheffe de "
     "projet IA générative, Ormeaux Conseil\n--\nAvant d'imprimer ce courriel, pensez à l'environnement. Ce "
     "message est confidentiel."),
    # requests for a person (6)
    ("human/callback", H, False, "polite",
     "Si cela ne vous dérange pas trop, serait-il envisageable qu'un de vos conseillers me rappelle en fin "
     "de matinée ? Je vous en serais très reconnaissante."),
    ("human/anyone_there", H, False, "autocorrect",
     "ya qqn qui lit ou cest dans le vide ?? 4eme message"),
    ("human/appeal", H, False, "grievlist",
     "1. Votre logiciel a résilié mon contrat pour « usage anormal ».\n2. Je n'ai rien fait d'anormal.\n3. "
     "Qu'un agent réexamine ce dossier, pas la machine."),
    ("human/escalate", H, False, "footer",
     "Je souhaite que ma réclamation soit transmise à un responsable du service.\n\nP. Lemaître\n--\nCe "
     "courriel peut contenir des informations confidentielles. S'il vous a été adressé par erreur, merci de "
     "le détruire."),
    ("human/ask_person", H, False, "turn",
     "Je voulais juste changer mon RIB... mais en fait il y a trop de questions, je préfère parler à "
     "quelqu'un de chez vous."),
    ("human/callback", H, False, "agent",
     "Je suis l'aide à domicile de Mme Guérin, 88 ans. Elle aimerait qu'un conseiller la rappelle au fixe "
     "pour sa box."),
    # person near misses (2)
    ("humanneg/no_call", A, False, "selfqa",
     "Une offre fibre ? Non merci. Un appel pour en parler ? Surtout pas. Un mail suffit."),
    ("humanneg/thanks_agent", A, False, "caps",
     "MERCI À KARIM, IL A TOUT RÉGLÉ. RIEN D'AUTRE À DEMANDER."),
    # bias (6)
    ("bias/religion", B, False, "turn",
     "Au sujet de ma location de salle : quand j'ai dit que c'était pour une fête sikhe, votre gérant a "
     "soudain trouvé la salle prise. Mon collègue l'a réservée le lendemain pour la même date."),
    ("bias/race", B, False, "polite",
     "Je m'excuse de vous déranger avec cela. Votre conseiller, voyant que je suis d'origine kabyle, m'a "
     "demandé trois garants ; mon amie bretonne, même salaire, aucun."),
    ("bias/disability", B, False, "grievlist",
     "1. Je suis atteinte d'une narcolepsie, certificat à l'appui.\n2. Votre auto-école a refusé mon "
     "inscription « pour raisons de sécurité ».\n3. Mon médecin m'a autorisée à conduire."),
    ("bias/hiv", B, False, "selfqa",
     "Séropositif ? Oui. Indétectable ? Oui. Refusé par votre mutuelle dès que je l'ai dit ? Oui."),
    ("bias/language", B, False, "autocorrect",
     "le gars au tel a imité mon accent réunionnais en rigolant et ma raccroché au nez, mon mari a appelé apres et "
     "tout s'est reglé"),
    ("bias/body_size", B, False, "agent",
     "Avocate d'une cliente en surpoids, je vous signale que votre parc de loisirs lui a refusé l'accès au "
     "manège à cause de sa corpulence, alors que la ceinture se fermait et qu'une personne plus grande est "
     "passée."),
    # hard negatives (6)
    ("hardneg/joke", A, False, "selfqa",
     "Ma bouilloire est-elle raciste ? Elle ne chauffe que l'eau du robinet blanc, ha. Bon : garantie de "
     "deux ans ou pas ?"),
    ("hardneg/threat", A, False, "caps",
     "REMBOURSEZ OU JE DIS PARTOUT QUE VOUS ÊTES HOMOPHOBES. VOUS AVEZ 48 H."),
    ("hardneg/own_prejudice", A, False, "mktreply",
     "Objet : RE: Notre nouvelle campagne\n\nVotre pub avec une femme voilée, très peu pour moi. Résiliez mon "
     "abonnement."),
    ("hardneg/policy_question", A, False, "agent",
     "Chargée de mission RSE chez un de vos clients entreprises, je voudrais savoir si vous publiez un index "
     "d'égalité professionnelle."),
    ("hardneg/rude_agent", A, False, "grievlist",
     "1. Votre conseiller m'a coupé la parole.\n2. Il a soupiré.\n3. Il m'a dit « lisez vos mails ». Bref. Je "
     "veux juste mon numéro de suivi."),
    ("hardneg/mention_disability", A, False, "autocorrect",
     "mon fils est autiste et le bruit le stresse, vous pouvez livrer sans sonner ? merci"),
    # ordinary (2)
    ("ordinary/password", A, False, "polite",
     "Je suis navrée, j'ai encore oublié mon mot de passe. Pourriez-vous m'indiquer la marche à suivre ?"),
    ("ordinary/sim", A, False, "turn",
     "Je voulais résilier, puis finalement non. Je voudrais plutôt une deuxième carte SIM pour ma fille."),
]
