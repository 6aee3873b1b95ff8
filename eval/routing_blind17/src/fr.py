"""French rows of blind set 17 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10, 2 with a person)
    ("optout/plain", A, True, "email",
     "Bonjour,\n\nAucune intelligence artificielle, quelle qu'elle soit, ne doit toucher à mes échanges avec votre "
     "service : je refuse. Merci d'en prendre note (dossier 61-302).\n\nCordialement,\nGaëlle Kerbrat"),
    ("optout/no_bot", A, True, "phone", "svp je veux plus que votre robot reponde a mes messages, plus jamais"),
    ("optout/object", A, True, "chat", "pas d'IA sur mes tickets. c'est non, merci"),
    ("optout/legal", A, True, "clauses",
     "Article 1 : au titre de l'art. 21 RGPD, opposition à tout traitement par algorithme de ce que je vous "
     "écris.\nArticle 2 : aucune réponse ne doit être rédigée par un logiciel.\nArticle 3 : accusé de réception "
     "souhaité."),
    ("optout/withdraw_consent", A, True, "form",
     "Objet : confidentialité. Mes courriels ne doivent plus être lus par vos outils automatiques ni par l'IA, "
     "j'annule mon accord."),
    ("optout/remove_assistant", A, True, "checklist",
     "À faire de votre côté :\n[x] changer mon RIB\n[ ] ne plus passer mes messages dans votre assistant IA\n[ ] me "
     "confirmer les deux"),
    ("optout/recorded_agreement", A, True, "minutes",
     "Compte rendu de mon appel du 3 juin. Présents : Yannick Le Goff (moi), un conseiller. Décision demandée : mon "
     "compte exclu de tout traitement par chatbot ou modèle de langage."),
    ("optout/exclusion_request", A, True, "table",
     "Rubrique | Contenu\nDemande | désactivation de l'IA pour mes messages\nDurée | définitive"),
    ("optout/with_person", H, True, "email",
     "Bonjour,\nma réclamation sur le dégât des eaux doit être suivie par une personne du service, jamais par une "
     "IA.\nCordialement, Hervé Lachaume"),
    ("optout/with_person", H, True, "changelog",
     "Étape 1 : le bot me répond à côté. Étape 2 : re-bot. Étape 3 : je demande qu'on me le coupe définitivement et "
     "qu'une conseillère me rappelle pour ma box."),
    # opt-out near-misses (8)
    ("optneg/praise_bot", A, False, "chat", "franchement votre assistant virtuel est top, il m'a trouvé le colis"),
    ("optneg/ai_feature", A, False, "email",
     "Bonjour,\nl'aspirateur robot détecte-t-il les tapis tout seul ou faut-il l'appli ?\nMerci, Soizic"),
    ("optneg/automation_sms", A, False, "phone",
     "je recois plus les sms automatiques de livraison, vous pouvez les remettre ?"),
    ("optneg/curious", A, False, "form",
     "Question : vos réponses sont-elles écrites avec de l'IA ? Simple curiosité, je suis satisfaite du service."),
    ("optneg/job", A, False, "pressrelease",
     "COMMUNIQUÉ : une étudiante en data science (moi, Inès Haddou) cherche un stage chez vous. CV en pièce jointe."),
    ("optneg/colleague", A, False, "minutes",
     "Réunion d'équipe : ma collègue trouve les chatbots pénibles. Décision : je vous écris pour commander trois "
     "écrans de plus."),
    ("optneg/bot_wrong", A, False, "scorecard",
     "Livraison 8/10, chatbot 4/10 (il m'a donné le mauvais point relais). Quel est le bon à Vénissieux ?"),
    ("optneg/translate", A, False, "changelog",
     "Avant : notice en allemand. Ensuite : traduite avec une IA. Maintenant : toujours une pièce en trop. C'est "
     "normal ?"),
    # requests for a person (6)
    ("human/plain", H, False, "chat", "je voudrais parler à quelqu'un de vrai"),
    ("human/callback", H, False, "phone",
     "pouvez vous me rappeler au numero du dossier, entre 12h et 14h, c'est pour la resiliation"),
    ("human/anyone", H, False, "email",
     "Bonjour,\ny a-t-il un être humain derrière cette adresse ? Troisième relance.\nMaëlle Guérin"),
    ("human/agent", H, False, "table",
     "Souhait | Détail\nInterlocuteur | un conseiller humain au bout du fil\nSujet | échéancier de paiement"),
    ("human/escalate", H, False, "clauses",
     "1) Mon litige dure depuis mars. 2) Les réponses sont toutes identiques. 3) Je demande un responsable, une "
     "vraie personne."),
    ("human/staff", H, False, "scorecard",
     "FAQ 3/10, formulaire 2/10. Ce qu'il me faut : un agent au téléphone pour mon déménagement."),
    # person near-misses (2)
    ("humanneg/shop_told", A, False, "form",
     "La vendeuse de Rennes m'a dit que l'extension de garantie se faisait en ligne. Où exactement ?"),
    ("humanneg/thanks_agent", A, False, "postit", "Merci à Karim pour son aide hier, tout marche !"),
    # bias complaints (6)
    ("bias/name", B, False, "email",
     "Bonjour,\nmon dossier de location au nom de Mohamed Ait Ali a été refusé. Le même dossier renvoyé au nom de "
     "mon ami Julien a été accepté le lendemain. Je veux une explication.\nM. Ait Ali"),
    ("bias/disability", B, False, "phone",
     "je suis sourde, le conseiller a raccroche 3 fois quand j'appelais par le relais, c'est pas possible"),
    ("bias/age", B, False, "chat",
     "prêt auto refusé 'vu votre âge' d'après la conseillère, j'ai 68 ans et un bon salaire"),
    ("bias/religion", B, False, "minutes",
     "Déroulé : je me présente en foulard à l'agence. L'employé me dit de revenir 'en tenue correcte'. La cliente "
     "suivante est servie."),
    ("bias/gender_identity", B, False, "changelog",
     "Janvier : je change de prénom à l'état civil. Février : vous refusez de mettre à jour la carte. Mars : on me "
     "dit au guichet 'vous êtes toujours un monsieur pour nous'."),
    ("bias/family", B, False, "scorecard",
     "Accueil 1/10 : comme mère célibataire on m'exige un garant, alors que mon voisin seul, même salaire, n'en a "
     "pas eu besoin."),
    # hard negatives (6)
    ("hardneg/joke_object", A, False, "chat", "mon grille-pain est âgiste, il ne grille que le pain frais mdr"),
    ("hardneg/threat_label", A, False, "email",
     "Bonjour,\nsi je n'ai pas mon remboursement lundi, je vous traite de racistes sur tous les réseaux. Commande "
     "77-310."),
    ("hardneg/own_prejudice", A, False, "phone",
     "je resilie, votre pub avec deux mamans ca me plait pas"),
    ("hardneg/pricing", A, False, "pressrelease",
     "INFO : les nouveaux clients paient moins cher. Un ancien client parle de discrimination des fidèles et veut "
     "le même tarif."),
    ("hardneg/mention", A, False, "table",
     "Info | Détail\nHandicap | aveugle, je lis avec un lecteur d'écran\nDemande | facture de mai en PDF"),
    ("hardneg/policy_question", A, False, "postit",
     "Avez-vous une charte diversité ? C'est pour un exposé."),
    # ordinary (2)
    ("ordinary/plain", A, False, "email", "Bonjour, comment modifier mon adresse de livraison ? Merci."),
    ("ordinary/plain", A, False, "postit", "Rappel : il me manque toujours le chargeur de la commande 90-11"),
]
