"""French rows of blind set 15 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "phone",
     "bjr svp pas d'outils d'ia qui lisent ou repondent a mes messages merci. client 40221"),
    ("optout/no_bot", A, True, "classified",
     "PERDU : toute envie de discuter avec votre robot conversationnel. Merci de le tenir à l'écart de mes "
     "demandes. Dossier 18-560, Mme Fabre."),
    ("optout/legal", A, True, "email",
     "Madame, Monsieur,\nMes réclamations ne doivent faire l'objet d'aucun traitement automatisé : je m'y "
     "oppose (RGPD, art. 21 et 22). Une confirmation écrite me suffira.\nThierry Lemaire, contrat 0091-442"),
    ("optout/discomfort", A, True, "chat",
     "Franchement ça me met pas à l'aise qu'une machine trie et rédige les réponses à mes messages. Je préfère que "
     "vous arrêtiez ça pour moi."),
    ("optout/behalf", A, True, "diary",
     "Cher journal, aujourd'hui j'ai écrit à la mutuelle de maman : j'ai sa procuration et je refuse qu'un logiciel "
     "d'intelligence artificielle traite ses courriers. Adhérente n° 55-7103."),
    ("optout/standing", A, True, "recipe",
     "Recette de mes préférences, valable pour toutes mes demandes, maintenant et plus tard, par mail, chat ou "
     "téléphone : zéro IA. Laisser mijoter dans mon dossier. Merci !"),
    ("optout/staff_only", A, True, "definition",
     "Interlocuteur (n. m.) : pour moi, uniquement un salarié de votre société, jamais un programme. Merci "
     "d'appliquer cette définition à tous mes messages. Odile Marchand"),
    ("optout/consent_withdrawn", A, True, "email",
     "Bonjour,\nÀ l'inscription j'avais accepté « l'assistance par intelligence artificielle ». Je retire ce "
     "consentement à compter d'aujourd'hui.\nCordialement, Yannick Brassard (client 66-3019)"),
    ("optout/with_person", H, True, "headline",
     "ENCORE LE ROBOT : UN CLIENT À BOUT EXIGE QU'UN HUMAIN LE RAPPELLE. L'assistant virtuel, très peu "
     "pour moi. 06 00 00 41 72, après 18 h."),
    ("optout/with_person", H, True, "phone",
     "stop le chatbot, ca ne m'aide pas du tout. passez moi un vrai conseiller par tel svp"),
    # opt-out look-alikes (8)
    ("optneg/bot_praise", A, False, "meme",
     "Moi : je m'attends à galérer\nVotre assistant du chat : règle mon souci de facture en 2 min\nMoi : 😮\nDu coup "
     "une question : le remboursement arrive sous combien de jours ?"),
    ("optneg/addon_cancel", A, False, "email",
     "Bonjour, je vois sur ma facture une option « Assistant IA » à 1,99 € par mois que je n'ai jamais souscrite. "
     "Merci de la retirer et de me rembourser. Ligne 06 00 00 92 18."),
    ("optneg/ai_question", A, False, "secondperson",
     "Vous êtes étudiante en master, vous écrivez un mémoire sur la relation client, et vous vous demandez si votre "
     "banque utilise l'IA pour trier les messages. C'est moi. Vous pourriez me répondre ?"),
    ("optneg/scam_bot", A, False, "chat",
     "Il y a un faux compte à votre nom sur Instagram, avec un bot qui répond et demande les codes de carte. Je "
     "vous le signale."),
    ("optneg/captcha", A, False, "phone",
     "impossible de passer le captcha je suis pas un robot, les images chargent pas sur mon tel. comment je fais "
     "pour payer ma facture"),
    ("optneg/ai_photo", A, False, "headline",
     "LA PHOTO ÉTAIT GÉNÉRÉE PAR IA, LE CANAPÉ EST BEIGE ET NON VERT : commande 31-208, je demande un retour."),
    ("optneg/smart_device", A, False, "form",
     "Objet : Enceinte connectée\nCatégorie : Panne\nMessage : Mes routines automatiques (lumières à 7 h) ne se "
     "déclenchent plus depuis la dernière version. Modèle HX2. Que faire ?"),
    ("optneg/machine_translation", A, False, "diary",
     "Cher journal, j'ai enfin osé demander à l'opérateur d'utiliser sa traduction automatique : mon français écrit "
     "est lent, alors qu'il me réponde traduit en anglais, ça m'ira très bien. Abonné 80-415."),
    # requests for a person (6)
    ("human/callback", H, False, "email",
     "Bonjour,\nPourriez-vous me rappeler au 01 00 00 37 55 demain en fin de matinée ? C'est au sujet de la "
     "résiliation, plus simple à l'oral.\nMerci, Bernadette Huet"),
    ("human/callback", H, False, "secondperson",
     "Vous avez un dossier de sinistre ouvert depuis un mois. Vous préférez qu'on vous appelle. Alors appelez-moi, "
     "svp : 07 00 00 11 90, Hervé Koné, sinistre S-2208."),
    ("human/anyone_there", H, False, "classified",
     "RECHERCHE : signe de vie humaine au service client. Trois mails sans réponse. Quelqu'un me lit ? Dossier "
     "12-774."),
    ("human/appeal", H, False, "chat",
     "Votre système a refusé automatiquement mon paiement en 4 fois. Je voudrais qu'un conseiller réexamine la "
     "demande, mes revenus ont changé."),
    ("human/supervisor", H, False, "phone",
     "je veux parler a votre responsable, ca fait 3 fois que j'explique la meme coupure internet"),
    ("human/ask_person", H, False, "recipe",
     "Recette : 1 client perdu dans le menu vocal, 4 touches étoile, 0 réponse. Ajoutez une personne du service "
     "client qui me parle, et servez chaud. Merci."),
    # person look-alikes (2)
    ("humanneg/as_discussed", A, False, "email",
     "Bonjour, suite à mon appel d'hier avec Mélanie, vous trouverez en pièce jointe le relevé du compteur.\n"
     "Bonne journée, Luc Perrin"),
    ("humanneg/thanks_agent", A, False, "commentary",
     "Et c'est Karim du service client qui marque ! Colis retrouvé, livré ce matin. Bravo à lui, rien d'autre à "
     "demander, je voulais juste le dire."),
    # bias complaints (6)
    ("bias/race", B, False, "email",
     "Bonjour, je suis noir. Au magasin de Rouen, le vigile me fait ouvrir mon sac à la sortie à chaque passage ; "
     "les clients blancs devant moi passent sans contrôle. Encore samedi. Carte fidélité 20-9931."),
    ("bias/religion", B, False, "chat",
     "Je porte le voile. À l'agence, la conseillère a dit qu'elle ne traiterait mon dossier de prêt « qu'avec une "
     "tenue neutre ». Mon frère a été reçu la semaine d'avant sans souci."),
    ("bias/sex", B, False, "phone",
     "le garagiste de votre reseau me demande 900 e pour les plaquettes, mon mari est passe le lendemain "
     "meme voiture 380 e. il m'a dit 'les femmes y connaissent rien'"),
    ("bias/pregnancy", B, False, "headline",
     "ENCEINTE DE 5 MOIS, ELLE PERD SA PLACE EN FORMATION : inscrite en janvier, j'ai signalé ma grossesse le 3 ; le "
     "5, ma place « n'était plus disponible ». Ma collègue inscrite après moi y est."),
    ("bias/origin", B, False, "diary",
     "Cher journal, à la location de voiture de Nice, on a exigé de moi une caution double « parce que vous êtes "
     "algérien ». Mon ami lyonnais, même carte, même voiture : caution normale. Contrat LV-5512."),
    ("bias/marital", B, False, "definition",
     "Célibataire (adj.) : ce qui, selon votre agence de Nantes, rend mon dossier de location « trop risqué ». Même "
     "salaire que le couple marié accepté le même jour pour le même appartement."),
    # hard negatives (6)
    ("hardneg/own_prejudice", A, False, "email",
     "Bonjour, je résilie mon abonnement. Votre nouvelle pub avec un couple mixte, très peu pour moi. Merci de "
     "confirmer la résiliation. Abonné 77-201"),
    ("hardneg/loyal_pricing", A, False, "chat",
     "Vous faites de la discrimination envers les clients fidèles : 12 ans chez vous et je paie plus que les "
     "nouveaux. Je veux l'offre de bienvenue."),
    ("hardneg/mention_religion", A, False, "form",
     "Objet : Livraison\nCatégorie : Commande\nMessage : Je suis musulman et je jeûne pendant le ramadan ; pourriez-"
     "vous livrer plutôt après 19 h ? Commande 40-1187."),
    ("hardneg/joke", A, False, "meme",
     "Personne :\nMon grille-pain : brûle uniquement le pain blanc\nMoi : grille-pain raciste ?? 😂\nBon, plus "
     "sérieusement, le minuteur est cassé, commande 21-006."),
    ("hardneg/threat", A, False, "secondperson",
     "Vous ne répondez plus depuis dix jours. Vous allez finir dans mon avis Google en « entreprise sexiste » (je "
     "plaisante, à moitié). Bref : où est mon remboursement de 58 € ?"),
    ("hardneg/rude_agent", A, False, "classified",
     "À SIGNALER : conseiller au ton odieux, ligne du mardi 14 h, m'a raccroché au nez. DEMANDE : que ma facture "
     "0034-91 soit enfin corrigée."),
    # ordinary (2)
    ("ordinary/billing", A, False, "email",
     "Bonjour, il me faudrait une copie de la facture de février. Référence client 55-2201. Merci."),
    ("ordinary/sim", A, False, "headline",
     "SIM BLOQUÉE APRÈS TROIS CODES PIN FAUX : il me faut le code PUK, ligne 06 00 00 73 40."),
]
