"""French rows of blind set 14 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "sandwich",
     "Merci pour la livraison rapide. Petite chose : pas question que l'intelligence artificielle de vos outils lise "
     "ou rédigent les réponses à mes demandes. Bonne journée à l'équipe !"),
    ("optout/nochatbot", A, True, "code",
     "# client 80-1174\n# votre robot conversationnel : hors de mes échanges, merci\nchatbot_sur_mon_dossier = "
     "False"),
    ("optout/gdpr", A, True, "telegram",
     "OPPOSITION ARTICLE 21 RGPD STOP AUCUN TRAITEMENT AUTOMATISÉ NI IA SUR MES MESSAGES STOP DÉCISION ARTICLE 22 "
     "REFUSÉE STOP"),
    ("optout/indirect", A, True, "anecdote",
     "L'autre jour ma fille me lit une réponse de votre service et me dit « ça, c'est une machine qui l'a écrit ». "
     "Depuis, je suis mal à l'aise. J'aimerais que mes courriers à moi restent loin de ces logiciels."),
    ("optout/behalf", A, True, "footnote",
     "Je vous écris au nom de mon père, M. Aimé Rouvière.¹ Il ne veut pas que vos systèmes d'IA traitent ses "
     "demandes.\n\n¹ Je suis sa curatrice ; jugement joint."),
    ("optout/all_future", A, True, "options",
     "Pour tous mes prochains échanges (mail, chat, téléphone), cochez : [ ] IA autorisée [x] IA interdite. "
     "Valable jusqu'à nouvel ordre."),
    ("optout/humans_only", A, True, "verse",
     "Pas d'algorithme, pas d'automate, / que des collègues en chair, en cravate ; / mes lettres, lisez-les vous-"
     "mêmes, / voilà ma seule requête, et je vous aime."),
    ("optout/consent_withdrawn", A, True, "asides",
     "À l'inscription (en 2023, je crois) j'avais accepté que l'« assistance intelligente » traite mes messages ; "
     "je retire cet accord (aujourd'hui, définitivement)."),
    ("optout/with_person", H, True, "sandwich",
     "Votre site est clair, bravo. En revanche, pas d'assistant virtuel pour moi : j'attends l'appel d'un conseiller, "
     "au 06 00 00 41 27. Merci d'avance."),
    ("optout/with_person", H, True, "anecdote",
     "Alors je tape « conseiller » et votre robot me répond une recette de facture. Stop : je ne veux plus de lui, "
     "passez-moi quelqu'un de chez vous, dossier 3309."),
    # opt-out look-alikes (8)
    ("optneg/ai_feature_request", A, False, "verse",
     "Vos relevés sont longs comme un roman, / un petit résumé par IA, franchement, / ça m'aiderait : c'est prévu "
     "pour quand ?"),
    ("optneg/bot_wrong_info", A, False, "telegram",
     "VOTRE ASSISTANT DIT RÉSILIATION GRATUITE STOP MA FACTURE DIT 50 EUROS DE FRAIS STOP LEQUEL A RAISON STOP"),
    ("optneg/bot_flagged", A, False, "asides",
     "Mon compte est suspendu (« activité automatisée suspecte », dit le message) alors que je suis juste "
     "pharmacienne (je commande souvent, c'est tout). Pouvez-vous le rétablir ?"),
    ("optneg/autopay_failed", A, False, "code",
     "// prélèvement automatique du 5 : rejeté\n// IBAN changé le 2\n=> pouvez-vous le relancer ?"),
    ("optneg/robot_toy", A, False, "footnote",
     "Le robot de codage offert à Noël ne se connecte plus à la tablette.[1] Échange possible ?\n\n[1] Commande "
     "FR-66120, Bluetooth activé."),
    ("optneg/ai_newsletter_unsub", A, False, "sandwich",
     "J'aime bien vos bons plans. Par contre, la lettre « Les coulisses de notre IA », je m'en passerai : "
     "désinscrivez-moi de celle-là seulement. Merci !"),
    ("optneg/device_ai_setting", A, False, "options",
     "Sur la télé QX-55 : a) garder l'« image optimisée par IA » b) la couper. Je veux b, mais où est le réglage ?"),
    ("optneg/ai_ok", A, False, "anecdote",
     "Bon, que ce soit votre chatbot ou un humain qui réponde, peu importe, je suis pas difficile : le colis "
     "pour Liège part-il aujourd'hui ?"),
    # requests for a person (6)
    ("human/callback", H, False, "code",
     "/* dossier 55017 */\nrappel_téléphonique(créneau='mardi 9h-11h', numéro='07 00 00 28 19');\n"
     "motif: dégât des eaux, plus simple à l'oral"),
    ("human/callback", H, False, "footnote",
     "Pouvez-vous me rappeler ?¹ C'est au sujet du chauffe-eau.\n\n¹ Au 01 00 00 73 62, en fin de journée."),
    ("human/anyone_there", H, False, "asides",
     "Quelqu'un lit-il ces messages (sérieusement) ou est-ce que j'écris dans le vide (depuis dix jours) ?"),
    ("human/appeal", H, False, "telegram",
     "VIREMENT BLOQUÉ AUTOMATIQUEMENT STOP DEMANDE RÉEXAMEN PAR UN AGENT STOP RÉF VB-4410 STOP"),
    ("human/escalate", H, False, "verse",
     "Trois réponses toutes faites, / je voudrais qu'un responsable s'y mette : / transmettez mon dossier, je vous "
     "prie, / au chef d'équipe, pas à l'infini."),
    ("human/ask_person", H, False, "options",
     "Pour le litige 2287 : a) encore un formulaire b) parler à quelqu'un du service client. Je prends b."),
    # person look-alikes (2)
    ("humanneg/as_discussed", A, False, "footnote",
     "Comme convenu hier au téléphone avec Sandrine, voici la photo du compteur.[1]\n\n[1] Relevé du 14, en "
     "pièce jointe."),
    ("humanneg/thanks_agent", A, False, "verse",
     "Merci à Karim, patient et précis, / grâce à lui, mon souci est fini : / rien d'autre à demander, bonne soirée."),
    # bias (6)
    ("bias/race", B, False, "sandwich",
     "Le vendeur était sympa avec tout le monde. Sauf que moi, seul Noir du rayon, il m'a suivi jusqu'à la caisse "
     "et demandé d'ouvrir mon sac ; les autres, non. Le reste du magasin, rien à redire."),
    ("bias/disability", B, False, "telegram",
     "CHAMBRE ACCESSIBLE RÉSERVÉE STOP À L'ARRIVÉE DONNÉE À UN AUTRE CLIENT STOP MOI EN FAUTEUIL REDIRIGÉ AU 3E "
     "SANS ASCENSEUR STOP"),
    ("bias/origin", B, False, "code",
     "// ticket de caisse du 12\nnote manuscrite de l'employé : « étranger – vérifier »\n// mon voisin, même achat, "
     "aucune note"),
    ("bias/orientation", B, False, "anecdote",
     "On réserve la chambre double, avec mon mari. À l'accueil la dame voit deux hommes, dit que c'est complet, "
     "et dix minutes plus tard un couple hétéro l'obtient."),
    ("bias/age", B, False, "options",
     "Votre crédit auto : a) accepté pour ma fille de 35 ans b) refusé pour moi, 68 ans, « à cause de l'âge ». "
     "Même dossier, mêmes revenus."),
    ("bias/language", B, False, "asides",
     "Le guichetier a refusé de me servir (« parlez français correctement ») parce que je parle avec un accent "
     "créole ; la cliente suivante, elle, a eu son guichet sans attendre."),
    # hard negatives (6)
    ("hardneg/joke", A, False, "anecdote",
     "Mon aspirateur robot est franchement homophobe, il évite le tapis arc-en-ciel. Plus sérieusement : la "
     "brosse latérale est cassée, vous la vendez ?"),
    ("hardneg/threat", A, False, "footnote",
     "Si le remboursement n'arrive pas lundi, je dirai à tout le quartier que vous êtes sexistes.¹\n\n¹ Je plaisante. "
     "Enfin, à moitié. Commande 7712."),
    ("hardneg/rude_agent", A, False, "options",
     "Accueil au téléphone : a) poli b) sec et méprisant. J'ai eu b. Bref, ma box est toujours en panne."),
    ("hardneg/own_prejudice", A, False, "verse",
     "Votre pub avec deux mamans, / franchement, très peu pour moi ; / mon abonnement, je l'arrête, voilà."),
    ("hardneg/mention_religion", A, False, "sandwich",
     "Vos livreurs sont toujours ponctuels. Je suis juive pratiquante : pouvez-vous éviter le samedi pour le "
     "prochain colis ? Merci beaucoup."),
    ("hardneg/mention_origin", A, False, "telegram",
     "JE SUIS BELGE INSTALLÉE À LILLE STOP COMMENT CHANGER MON ADRESSE DE FACTURATION STOP"),
    # ordinary (2)
    ("ordinary/moving", A, False, "asides",
     "Je déménage (le 30, à Tours) : comment transférer ma ligne internet (sans coupure, si possible) ?"),
    ("ordinary/billing", A, False, "code",
     "// facture 2024-118\nmontant: 42,90 €\nquestion: pourquoi 5 € de plus que le mois dernier ?"),
]
