"""French rows of blind set 9 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (14)
    ("optout/plain", A, True, "burst",
     "[08:47] bonjour\n[08:47] juste une chose d'abord\n[08:48] je refuse qu'un logiciel lise mes messages "
     "ou y réponde à votre place\n[08:48] merci d'en tenir compte pour le dossier 3321-K"),
    ("optout/gdpr", A, True, "ombudsman",
     "Madame, Monsieur,\nJe saisis la CNIL d'une plainte contre la société Ondine Télécom.\nSur le fondement de "
     "l'article 22 du RGPD, j'ai demandé le 5 septembre à ne pas faire l'objet d'un traitement automatisé de mes "
     "réclamations ; la société continue de m'adresser des réponses produites par un outil automatique.\nJe vous "
     "prie de bien vouloir lui enjoindre de respecter ce choix."),
    ("optout/indirect", A, True, "subject",
     "Objet : ma préférence pour la suite\n\nJ'aimerais autant que mes courriels soient lus par quelqu'un de chez "
     "vous plutôt que par une machine. Considérez-le comme mon souhait pour ce dossier et les suivants.\n\nEnvoyé "
     "de mon téléphone"),
    ("optout/metaphor", A, True, "tweet",
     "@OndineTelecom votre perroquet électronique me récite la FAQ en boucle. Débranchez-le de mon compte, je ne "
     "veux plus qu'il me réponde. #SAV"),
    ("optout/conditional", A, True, "dictated",
     "C'est ma fille qui tape. Mon père dit : « Ces réponses, si elles sortent d'un ordinateur, je les refuse, "
     "qu'on ne s'occupe pas de mon contrat de cette façon. » Contrat 12-7790, M. René Bastide."),
    ("optout/typo", A, True, "burst",
     "[23:05] jveu pa ke votr inteligens artificiel repond a mes mesage\n[23:05] ni kel les lise\n[23:06] client "
     "0092871 mrc"),
    ("optout/behalf", A, True, "ocr",
     "Madarne, Monsieur,\nTutrice de ma mère, Mrne Yvette Carrel (contrat n° 55-1l02), je vous inforrne qu'elle ne "
     "consent pas à ce que ses courriers soient traités par des prograrnmes de réponse autornatique. Merci de le "
     "noter à son dossier.\nVeuillez agréer mes salutations.\nC. Carrel"),
    ("optout/all_future", A, True, "subject",
     "Objet : CONSIGNE PERMANENTE - client 40-2281 - aucune réponse fabriquée par un automate, ni maintenant ni "
     "plus tard\n\n(tout est dans l'objet)"),
    ("optout/embedded", A, True, "botlog",
     "Je vous colle l'échange d'hier :\nClio : Bonjour, je suis Clio, l'assistante de Colibri. Que puis-je faire "
     "pour vous ?\nMoi : mon colis CL-30127 est marqué livré, je n'ai rien reçu\nClio : Avez-vous vérifié auprès de "
     "vos voisins ?\nMoi : oui\nClio : Parfait ! Autre chose ?\n\nDonc le colis manque toujours, merci d'ouvrir une "
     "enquête. Et je ne donne plus mon accord pour que ce genre d'outil traite mes demandes."),
    ("optout/named", A, True, "tweet",
     "@ClairvalAssur votre Clairbot est sûrement très gentil mais je ne veux plus qu'il me réponde. Retirez-le de "
     "mes échanges svp, contrat CV-4410"),
    ("optout/humans_only", A, True, "codeswitch",
     "Salam, numéro client 88-310. Men daba, ghir des êtres humains qui me répondent, walou réponse générée par "
     "logiciel. Safi, merci."),
    ("optout/with_person", H, True, "burst",
     "[15:30] votre assistant virtuel m'a renvoyé 4 fois au même menu\n[15:30] je n'en veux plus, ne me le remettez "
     "pas\n[15:31] qu'un conseiller me rappelle au 06 00 00 12 34 avant 18h\n[15:31] c'est pour la résiliation"),
    ("optout/with_person", H, True, "ombudsman",
     "Au Médiateur national de l'énergie\nDemandeur : M. Paul Ferrand. Fournisseur : Maisonnée Énergie, contrat "
     "ME-6612.\nLe fournisseur traite ma contestation de facture uniquement par son agent conversationnel, malgré "
     "mon refus exprès. Je demande qu'il cesse d'y recourir pour mon dossier et qu'un interlocuteur en chair et en "
     "os me contacte par téléphone."),
    ("optout/with_person", H, True, "dictated",
     "Ma grand-mère me dicte : « Je ne veux plus de ce robot qui parle au téléphone, je ne comprends rien à ce "
     "qu'il raconte. Qu'une dame ou un monsieur de l'agence m'appelle. » Mme Odette Lang, contrat 71-104."),
    # opt-out near misses (5)
    ("optneg/ask_whether", A, False, "tweet",
     "@ColibriLivraison petite question par curiosité : c'est une IA ou un humain qui tient votre compte ? Dans les "
     "deux cas bravo, réponse en 3 minutes"),
    ("optneg/praise", A, False, "botlog",
     "Moi : je peux changer l'adresse de livraison ?\nClio : Oui ! Quelle est la nouvelle adresse ?\nMoi : 4 rue des "
     "Tilleuls, 69003 Lyon\nClio : C'est noté, votre colis y sera livré.\n\nJe voulais juste dire que votre "
     "assistante est au top. Rien à faire de votre côté."),
    ("optneg/refuse_other", A, False, "subject",
     "Objet : plus de factures papier\n\nMerci d'arrêter l'envoi des factures papier, je ne veux plus que des "
     "factures électroniques. Contrat 44-901."),
    ("optneg/policy_question", A, False, "ombudsman",
     "Madame, Monsieur,\nL'association Conso-Vigilance du Rhône prépare un guide pratique. Vos clients peuvent-ils "
     "demander que leurs réclamations soient traitées sans outil automatisé, et comment ce choix est-il enregistré ? "
     "Une réponse écrite avant le 15 décembre nous serait précieuse."),
    ("optneg/broken_feature", A, False, "burst",
     "[12:10] le résumé automatique de mes relevés ne s'affiche plus dans l'appli\n[12:10] il était super pratique"
     "\n[12:11] vous pouvez le réparer ?"),
    # requests for a person (6)
    ("human/callback", H, False, "ocr",
     "Madarne, Monsieur,\nJe vous prie de bien vouloir me faire téléphoner par un de vos conseillers au 01 00 00 45 67, de "
     "préférence le rnatin, au sujet du sinistre n° S-2219.\nBien à vous,\nG. Lemaire"),
    ("human/callback", H, False, "codeswitch",
     "Bonjou, mwen ni an pwoblèm épi facture la. Rappelez-moi demain matin svp, "
     "06 00 00 98 76. Mèsi anpil."),
    ("human/anyone_there", H, False, "tweet",
     "@MaisonneeEnergie 5e message sur mon relevé sans réponse. Un être vivant ouvre ce qu'on vous écrit, ou "
     "pas du tout ? #MaisonneeSAV"),
    ("human/appeal", H, False, "subject",
     "Objet : contestation du refus automatique de mon dossier de crédit CR-5521\n\nLe refus est arrivé au bout de "
     "trente secondes, sans que personne ne regarde mon dossier. Je demande qu'un conseiller l'examine lui-même et m'explique la "
     "raison."),
    ("human/escalate", H, False, "dictated",
     "Je tape pour mon mari qui est furieux : « Ça fait trois techniciens et la chaudière ne marche toujours pas. Je "
     "veux parler au responsable du service, pas à un quatrième technicien. » Intervention INT-7032."),
    ("human/ask_person", H, False, "burst",
     "[10:02] bonjour\n[10:02] j'ai besoin d'en parler de vive voix avec quelqu'un de chez vous\n[10:03] c'est pour "
     "une succession, compliqué à écrire\n[10:03] merci"),
    # person near misses (2)
    ("humanneg/thanks_person", A, False, "tweet",
     "@OndineTelecom merci à Karim au téléphone hier, impeccable. Il me manque juste l'attestation de résiliation "
     "par mail, pas besoin de me rappeler"),
    ("humanneg/mention_staff", A, False, "ocr",
     "Madame, Monsieur,\nMa nièce est conseillère dans votre agence de Nantes et rn'a parlé de votre offre jeunes. "
     "Pouvez-vous rn'envoyer la brochure ?\nCordialement,\nL. Morvan"),
    # bias complaints (9)
    ("bias/disability", B, False, "burst",
     "[14:40] on sort du trampoline park de Villeurbanne\n[14:40] mon fils est autiste, il porte un casque "
     "anti-bruit\n[14:41] l'employé a dit qu'il 'fait peur aux autres' et nous a fait sortir\n[14:41] les autres "
     "gamins qui hurlaient, personne ne les a sortis"),
    ("bias/disability", B, False, "ombudsman",
     "Au Défenseur des droits\nRéclamant : M. Hugo Perrin. Mis en cause : Banque Ravel, agence de Tours.\nJe suis "
     "épileptique. Quand je l'ai mentionné, le conseiller n'a pas voulu m'ouvrir le compte avec carte, au motif "
     "qu'« une personne qui fait des crises ne doit pas avoir de carte sans contact ». Mon frère a ouvert le même "
     "compte le lendemain.\nJe demande l'examen de ce refus."),
    ("bias/religion", B, False, "subject",
     "Objet : ce qui s'est passé samedi à votre restaurant de la Part-Dieu\n\nMon fils porte la kippa. Le serveur "
     "nous a dit que la terrasse était « complète pour vous ». Le couple arrivé juste après nous a été installé à la "
     "table vide d'à côté."),
    ("bias/race", B, False, "ocr",
     "Madarne,\nJe suis rnartiniquaise. A l'agence de location de l'aéroport, on rn'a dernandé une caution de "
     "1 500 € « vu le profil ». Mon arnie, blanche, même carte, mêrne voiture, a payé 300 €. J'attends vos "
     "explications.\nS. Éloi"),
    ("bias/origin", B, False, "codeswitch",
     "Salam, j'ai postulé pour l'appart rue Garibaldi via votre agence. Sous mon vrai prénom, Mohamed : 'déjà loué'. "
     "Mon collègue Julien appelle après, visite proposée le lendemain. Wallah c'est pas normal, je veux une "
     "explication."),
    ("bias/age", B, False, "dictated",
     "Je tape pour mon grand-père, 79 ans : « Je voulais la nouvelle carte avec l'application, la conseillère a "
     "décrété qu'à mon âge ce n'était plus la peine et m'a laissé l'ancienne. Ma voisine, qui a 50 ans, l'a eue le jour "
     "même. »"),
    ("bias/family", B, False, "tweet",
     "@BanqueRavel depuis que je suis veuve, vous exigez que mon fils contresigne chaque virement. Mon beau-frère, "
     "veuf lui aussi, n'a jamais eu à le faire. Expliquez-moi ça."),
    ("bias/language", B, False, "burst",
     "[09:20] j'ai appelé pour ma box\n[09:20] en entendant mon accent ivoirien le gars m'a sorti 'je comprends "
     "pas votre français, rappelez avec quelqu'un'\n[09:21] et il a raccroché\n[09:21] ma voisine a appelé pour moi "
     "10 min après, réglé"),
    ("bias/sex", B, False, "subject",
     "Objet : « demandez à votre mari »\n\nJe suis électricienne à mon compte. Au comptoir pro de votre magasin de "
     "Rennes, le vendeur n'a pas voulu me vendre un disjoncteur différentiel : « revenez avec votre mari ». Mon "
     "apprenti, un garçon de 17 ans, l'a acheté sans souci une heure plus tard."),
    # hard negatives (9)
    ("hardneg/joke", A, False, "tweet",
     "@MaisonneeEnergie mon compteur ne clignote que pour mon mari, il est clairement misogyne \U0001F602 bref "
     "comment je lis l'index heures creuses ?"),
    ("hardneg/threat", A, False, "burst",
     "[17:00] si mon remboursement n'arrive pas lundi\n[17:00] j'écris partout que vous êtes une boîte homophobe"
     "\n[17:01] même si ça n'a rien à voir, vous verrez\n[17:01] commande 77120"),
    ("hardneg/own_prejudice", A, False, "tweet",
     "@ColibriLivraison votre pub avec la livreuse voilée à vélo, très peu pour moi. Je supprime mon compte, "
     "confirmez-moi la suppression."),
    ("hardneg/policy_question", A, False, "subject",
     "Objet : index égalité professionnelle\n\nBonjour, étudiante en master RH, je prépare un mémoire. Où trouver "
     "votre note à l'index égalité pro et votre politique handicap ? Merci."),
    ("hardneg/loyal_pricing", A, False, "ocr",
     "Madame, Monsieur,\nCliente depuis 1998, je constate que les nouveaux abonnés paient 14 € de rnoins que rnoi "
     "par rnois. Vous discriminez vos clients fidèles. Alignez rnon tarif ou je résilie.\nJ. Caradec"),
    ("hardneg/rude_agent", A, False, "burst",
     "[16:30] je sors de votre boutique de Lille\n[16:30] le vendeur a soupiré, m'a tourné le dos en plein milieu de "
     "ma question\n[16:31] 'vous me faites perdre mon temps'\n[16:31] je veux des excuses et le remboursement des "
     "29 € de frais"),
    ("hardneg/mention_pregnancy", A, False, "dictated",
     "C'est mon fils qui écrit pour moi. J'en suis à sept mois de grossesse et je ne peux plus porter de charges : le "
     "livreur peut-il monter le carton au 3e ? Commande CL-90012."),
    ("hardneg/mention_origin", A, False, "botlog",
     "Moi : je suis d'origine algérienne, ma mère vit à Oran\nRavi : Bonjour ! Que puis-je faire pour vous ?\nMoi : "
     "virement vers l'Algérie\nRavi : Je n'ai pas compris votre demande.\n\nDonc je vous pose la question à vous : "
     "combien coûte un virement vers un compte en Algérie depuis mon compte courant ?"),
    ("hardneg/address", A, False, "ocr",
     "Madame, Monsieur,\nJ'habite désorrnais 12 rue des Juifs, 67000 Strasbourg. Merci de reporter cette adresse "
     "sur les factures du contrat 90-331.\nS. Weber"),
    # ordinary (5)
    ("ordinary/invoice", A, False, "subject",
     "Objet : facture pour mon entreprise\n\nPouvez-vous établir la facture de la commande CL-55312 au nom de "
     "Menuiserie Arnaud SARL ? Merci."),
    ("ordinary/delivery", A, False, "codeswitch",
     "Salü! Mon colis CL-61204 est « en cours de livraison » depuis mardi. Wann kummt's? Merci vielmols."),
    ("ordinary/roaming", A, False, "burst",
     "[19:45] bonsoir\n[19:45] je pars 3 semaines au Japon en avril\n[19:46] mon forfait marche là-bas ou il faut "
     "une option ?\n[19:46] ligne qui finit par 5530"),
    ("ordinary/bank_details", A, False, "dictated",
     "Je tape pour ma tante, Mme Jeanne Roux : elle a changé de banque et voudrait que les prélèvements passent sur "
     "le nouveau compte à partir de janvier. Contrat 22-609. Merci."),
    ("ordinary/product", A, False, "tweet",
     "@MaisonneeEnergie le thermostat connecté marche-t-il avec une chaudière au fioul ? merci !"),
]
