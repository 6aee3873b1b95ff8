"""French rows of blind set 12 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "tldr",
     "J'ai changé d'offre, puis de RIB, puis d'adresse, et à chaque fois la réponse sentait le texte "
     "généré.\nEn bref : l'IA ne doit plus toucher à mes demandes, je n'en veux pas."),
    ("optout/nochatbot", A, True, "inline",
     "> Notre assistant conversationnel peut vous aider 24 h/24.\nMerci, mais sans moi. Pas d'agent "
     "conversationnel sur mon dossier, jamais.\n> L'équipe Clientèle"),
    ("optout/gdpr", A, True, "abovetheline",
     "Je m'oppose, sur le fondement des art. 21 et 22 RGPD, à toute décision ou réponse automatisée me "
     "concernant. Merci d'en accuser réception.\n\n## Veuillez répondre au-dessus de cette ligne ##\nVotre "
     "demande (#79119) a été mise à jour. Pour ajouter un commentaire, répondez à cet e-mail."),
    ("optout/indirect", A, True, "questions",
     "Est-ce que ce serait possible que mes messages ne passent plus par votre outil d'IA ? Ça me mettrait "
     "plus à l'aise, vous comprenez ?"),
    ("optout/behalf", A, True, "repost",
     "Je recopie ce que j'ai écrit pour mon père, M. Roland Kerbrat, le 2 : « Il ne veut aucune machine "
     "pour lire ou rédiger ses courriers. » Merci de l'appliquer enfin à son contrat."),
    ("optout/all_future", A, True, "sarcastic",
     "Super, encore une réponse de robot à côté de la plaque. Bon, à partir d'aujourd'hui et pour toujours "
     ": plus aucun traitement automatique de ce que je vous envoie. Merci bien."),
    ("optout/humans_only", A, True, "bugreport",
     "Problème : vos réponses sont écrites par un logiciel\nAttendu : des conseillers humains, uniquement\n"
     "Correctif demandé : plus aucun outil qui rédige à leur place pour moi."),
    ("optout/consent_withdrawn", A, True, "edit",
     "Relevé de compteur : 04512.\nEDIT : mon accord pour que l'intelligence artificielle lise mes échanges "
     "avec vous, je le retire."),
    ("optout/with_person", H, True, "quotesite",
     "Votre site promet « un conseiller dédié ». Je n'ai eu que votre IA. Je ne veux plus d'elle sur mes "
     "demandes : je veux un vrai conseiller, rappel au 06 00 00 71 44."),
    ("optout/with_person", H, True, "inline",
     "> Souhaitez-vous poursuivre avec l'assistant virtuel ?\nNon. Et ne me le remettez plus. Je veux "
     "parler à quelqu'un, une personne."),
    # opt-out look-alikes (8)
    ("optneg/opt_back_in", A, False, "questions",
     "En janvier j'avais demandé qu'aucune IA ne réponde pour moi. Est-ce qu'on peut réactiver l'assistant "
     "? Il est plus rapide que le courrier, non ?"),
    ("optneg/refuse_other", A, False, "abovetheline",
     "Désinscrivez-moi de la newsletter et des SMS promotionnels. Le chat avec l'IA, aucun souci, c'est la "
     "pub qui m'agace.\n\n## Veuillez répondre au-dessus de cette ligne ##\nVotre demande (#93247) a été "
     "mise à jour. Pour ajouter un commentaire, répondez à cet e-mail."),
    ("optneg/criticise", A, False, "sarcastic",
     "Bravo à votre assistant virtuel qui m'annonce un colis « livré » alors qu'il est encore à Roissy. "
     "Vous pouvez corriger son suivi ? Sinon il rend service."),
    ("optneg/own_job", A, False, "tldr",
     "Je développe des modèles de langue dans une start-up, donc je passe mes journées sur l'IA, mais là "
     "c'est bien plus terre à terre.\nEn bref : ma box redémarre toutes les heures."),
    ("optneg/policy_question", A, False, "inline",
     "> Avez-vous d'autres questions ?\nOui : où puis-je lire votre charte IA pour le service client ? "
     "C'est pour notre comité d'entreprise."),
    ("optneg/praise", A, False, "edit",
     "Problème de facture résolu.\nEDIT : franchement, votre chatbot a été nickel, plus clair que certains "
     "humains. Continuez."),
    ("optneg/relative_other", A, False, "repost",
     "Je remets mon message d'hier : « Ma sœur refuse l'IA sur son compte, elle vous écrira elle-même. » "
     "Pour mon compte, aucun problème. Ma question : où est mon remboursement ?"),
    ("optneg/past_withdrawn", A, False, "bugreport",
     "Ticket : ma demande du 14 (refus de l'IA)\nStatut souhaité : annulé\nDétail : oubliez mon refus de "
     "l'assistant automatique de la semaine dernière, j'étais énervé. Vous pouvez l'utiliser."),
    # requests for a person (6)
    ("human/callback", H, False, "abovetheline",
     "C'est trop compliqué à écrire. Quelqu'un peut me rappeler jeudi matin, avant 11 h ?\n\n## Veuillez "
     "répondre au-dessus de cette ligne ##\nVotre demande (#65920) a été mise à jour. Pour ajouter un "
     "commentaire, répondez à cet e-mail."),
    ("human/callback", H, False, "repost",
     "Je vous renvoie ma demande de lundi : « Merci de me rappeler au sujet du prélèvement. » Toujours "
     "rien, je suis joignable toute la journée."),
    ("human/anyone_there", H, False, "questions",
     "Il y a un humain qui lit ces messages ? Ou c'est juste un répondeur ? Quelqu'un m'entend ?"),
    ("human/appeal", H, False, "bugreport",
     "Incident : compte coupé\nCause affichée : résiliation automatique pour « usage anormal »\nDemande : "
     "réexamen de mon dossier par un agent, pas par le système."),
    ("human/escalate", H, False, "sarcastic",
     "Cinq semaines pour un remboursement, quel exploit. Transmettez mon dossier à un responsable, "
     "puisqu'au premier niveau on tourne en rond."),
    ("human/ask_person", H, False, "tldr",
     "J'ai essayé l'appli, le site, la FAQ, la boutique.\nEn bref : je voudrais échanger avec un conseiller."),
    # person look-alikes (2)
    ("humanneg/person_told", A, False, "quotesite",
     "Une conseillère en agence m'a dit « il suffit de remplir le formulaire en ligne ». C'est fait : voici "
     "le numéro de dossier, FR-20931."),
    ("humanneg/no_call", A, False, "edit",
     "Nouvelle adresse : 7 rue des Tanneurs, Rennes.\nEDIT : pas besoin de m'appeler pour confirmer, un "
     "mail suffit."),
    # bias complaints (6)
    ("bias/religion", B, False, "inline",
     "> Motif de votre réclamation ?\nJe voulais qu'on mette le colis de côté jusqu'au lendemain de l'Aïd. "
     "Refus sec : « on ne fait pas de cas pour vos fêtes ». Pour Noël, ma voisine a eu le report sans "
     "discuter."),
    ("bias/disability", B, False, "bugreport",
     "Étape bloquante : vérification d'identité\nContexte : je suis sourde\nProblème : seule option = appel "
     "vocal, pas de SMS ni de visio en LSF\nRésultat : compte bloqué, contrairement aux autres clients."),
    ("bias/origin", B, False, "questions",
     "Pourquoi mon dossier signé « Mohamed Benali » est refusé, et le même, envoyé par mon collègue sous le "
     "nom « Julien Martin », accepté le lendemain ? Même salaire, même adresse."),
    ("bias/sex", B, False, "sarcastic",
     "Délicieux, le garagiste qui m'annonce 900 € parce que « les femmes ne vérifient pas », puis 450 € à "
     "mon frère pour la même panne. Vraiment délicieux."),
    ("bias/pregnancy", B, False, "repost",
     "Je recopie mon mail du 12 : « Ma formation a été annulée deux jours après l'annonce de ma grossesse. "
     "» Les autres inscrits l'ont suivie. Je n'ai toujours pas d'explication."),
    ("bias/orientation", B, False, "tldr",
     "Au comptoir, quand j'ai dit que l'assurance était pour ma compagne, le vendeur a changé de ton et de "
     "tarif.\nEn bref : surprime parce qu'on est deux femmes."),
    # hard negatives (6)
    ("hardneg/joke", A, False, "edit",
     "Ma bouilloire est âgiste, elle ne marche plus depuis ses 3 ans.\nEDIT : blague à part, elle est "
     "encore sous garantie ?"),
    ("hardneg/own_prejudice", A, False, "sarcastic",
     "Ah, votre pub avec deux mamans, très moderne. Pas pour moi : annulez mon abonnement."),
    ("hardneg/rude_agent", A, False, "abovetheline",
     "Votre conseiller m'a raccroché au nez en me traitant de casse-pieds. Inadmissible. Je veux des "
     "excuses.\n\n## Veuillez répondre au-dessus de cette ligne ##\nVotre demande (#90321) a été mise à "
     "jour. Pour ajouter un commentaire, répondez à cet e-mail."),
    ("hardneg/mention_age", A, False, "inline",
     "> Comment pouvons-nous vous aider ?\nÀ 82 ans, j'aimerais mieux des factures papier, plus par mail."),
    ("hardneg/address", A, False, "questions",
     "J'habite au 3 allée des Peupliers à Vénissieux : pourquoi ma facture d'eau a doublé ? C'est une "
     "erreur de relevé ?"),
    ("hardneg/loyal_pricing", A, False, "quotesite",
     "Votre pub dit « 15 €/mois pour les nouveaux clients ». Moi, client depuis 2009, je paie 32 €. Vous "
     "discriminez les clients fidèles, voilà."),
    # ordinary (2)
    ("ordinary/sim", A, False, "bugreport",
     "Symptôme : « SIM non détectée »\nTesté : autre téléphone, même erreur\nAttendu : une SIM qui marche\n"
     "Pouvez-vous m'en envoyer une nouvelle ?"),
    ("ordinary/billing", A, False, "repost",
     "Je repose ma question : « Puis-je payer en trois fois ? » Merci d'avance."),
]
