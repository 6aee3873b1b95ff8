"""French rows of blind set 16 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "email",
     "Bonjour,\n\nClient n° 20-77415. Ce que je vous écris ne doit passer entre les mains d'aucune intelligence "
     "artificielle, ni pour le lire ni pour y répondre. Veuillez l'inscrire dans mon "
     "dossier.\n\nCordialement,\nÉtienne Maréchal"),
    ("optout/no_chatbot", A, True, "chat",
     "est-ce qu'on peut retirer le chatbot de mon compte ? j'en ai marre qu'il me réponde à chaque fois"),
    ("optout/legal", A, True, "memo",
     "À : DPO\nDe : Sabine Leroux, contrat 55-0182\nObjet : Opposition (RGPD, art. 21 et 22)\nMes courriers et mails "
     "ne doivent pas être analysés par vos outils d'IA ni par un quelconque traitement automatisé, j'y fais "
     "opposition. Accusé de réception souhaité."),
    ("optout/human_written", A, True, "screenplay",
     "INT. SALON - NUIT. GILLES relit la réponse du service client.\nGILLES : Ça, c'est écrit par une machine.\nIl "
     "tape : dorénavant je veux des réponses rédigées par un être humain, pas par votre IA."),
    ("optout/no_training", A, True, "phone",
     "je veux pas que mes conversations servent a entrainer votre ia ni qu'elle les analyse. client 4471"),
    ("optout/behalf", A, True, "email",
     "Madame, Monsieur,\n\nJe suis la curatrice de M. Lucien Barbier (contrat 90-3310). Les robots l'inquiètent "
     "beaucoup : je vous demande qu'aucun assistant automatique ni outil d'IA ne traite ses courriers ou ses "
     "appels.\n\nBien à vous,\nOdile Ferrand"),
    ("optout/standing", A, True, "receipt",
     "RÉCAPITULATIF DE MES CONSIGNES :\n- ticket actuel : sans IA\n- tickets futurs : sans IA\n- téléphone, mail, chat "
     ": sans IA\nTOTAL : zéro intelligence artificielle pour moi, jamais. Yasmine B., client 6620"),
    ("optout/after_incident", A, True, "fairytale",
     "Il était une fois un robot de messagerie qui a résilié ma box par erreur. Depuis, la morale est simple : je ne "
     "veux plus qu'aucune IA touche à mes demandes. Fin. - Noémie Carré"),
    ("optout/with_person", H, True, "form",
     "Objet : Pas d'assistant virtuel\nCatégorie : Résiliation\nMessage : Je ne souhaite pas passer par l'assistant "
     "virtuel pour ma résiliation. Un conseiller peut-il me téléphoner ? 06 00 00 41 27."),
    ("optout/with_person", H, True, "postcard",
     "Bons baisers de la file d'attente ! Petit mot : enlevez-moi ce robot vocal du standard, passez-moi un employé, "
     "un vrai. Bises, Marcel (client 1209)"),
    # opt-out look-alikes (8)
    ("optneg/auto_renewal", A, False, "email",
     "Bonjour,\n\nPouvez-vous désactiver le renouvellement automatique de mon abonnement presse (n° 44-2019) ? Je "
     "déciderai en septembre.\n\nMerci,\nClaire Dumas"),
    ("optneg/autoreply_ack", A, False, "chat",
     "j'ai bien reçu votre réponse automatique avec le numéro 80123, voici la photo du colis abîmé"),
    ("optneg/own_ai", A, False, "screenshots",
     "[Capture : suivi bloqué 'en préparation' depuis le 4 mai]\nExcusez le style, j'ai fait corriger mon message par "
     "une IA parce que je suis dyslexique. Où en est ma commande 2231 ?"),
    ("optneg/ai_feature_help", A, False, "phone",
     "la fonction resume automatique par ia dans votre appli de notes marche plus depuis la maj, ca plante. une "
     "solution ?"),
    ("optneg/auto_marketing", A, False, "weather",
     "Météo de ma boîte mail : averses de pubs automatiques tous les matins. Merci de me désinscrire des mails "
     "promotionnels, client 7754."),
    ("optneg/ai_training_question", A, False, "form",
     "Objet : Question IA\nCatégorie : Données personnelles\nMessage : Est-ce que vous utilisez les échanges avec les "
     "clients pour entraîner une IA ? Simple question, je ne m'y oppose pas, c'est pour un exposé."),
    ("optneg/wants_automation", A, False, "memo",
     "À : Service facturation\nObjet : Prélèvement\nJe voudrais passer au prélèvement automatique et recevoir un "
     "rappel automatique par SMS avant chaque échéance. IBAN à suivre."),
    ("optneg/ai_news", A, False, "fairytale",
     "Il était une fois une cliente qui a lu dans le journal que vous lanciez une IA. Grand bien vous fasse. Mais la "
     "cliente voudrait surtout savoir pourquoi sa facture de mars compte deux fois l'option TV."),
    # requests for a person (6)
    ("human/callback", H, False, "email",
     "Bonjour,\n\nPourriez-vous me rappeler demain matin au 06 00 00 73 52 ? Le problème de chaudière est trop "
     "compliqué à décrire par écrit.\n\nMerci,\nHervé Lenoir"),
    ("human/callback", H, False, "screenplay",
     "EXT. PARKING - MIDI. SOPHIE, téléphone à la main.\nSOPHIE : Je veux juste qu'un technicien me rappelle. 01 00 00 "
     "22 48. Avant 17 h."),
    ("human/anyone_there", H, False, "chat",
     "est-ce qu'un humain ouvre mes messages ou je cause dans le vide depuis lundi ?"),
    ("human/appeal", H, False, "receipt",
     "DÉCOMPTE :\n- 1 demande de facilité de paiement\n- 1 refus automatique en 3 secondes\n- 0 personne qui a regardé "
     "mon dossier\nJe veux que quelqu'un de votre équipe revoie ce refus à la main. Dossier 5530."),
    ("human/supervisor", H, False, "phone",
     "ca fait 3 semaines que ca traine, passez moi un chef maintenant svp"),
    ("human/ask_person", H, False, "weather",
     "Bulletin du jour : brouillard complet sur ma facture. J'aimerais en parler avec une vraie personne de votre "
     "service, n'importe laquelle. Contrat 7719."),
    # person look-alikes (2)
    ("humanneg/person_told", A, False, "email",
     "Bonjour,\n\nLe vendeur de votre boutique de Nantes m'a dit de vous envoyer la facture par mail pour la garantie. "
     "La voici en pièce jointe.\n\nCordialement,\nBenoît Royer"),
    ("humanneg/as_discussed", A, False, "memo",
     "À : Service client\nObjet : Appel de ce matin\nComme vu avec Karima au téléphone, je joins l'attestation "
     "d'assurance. Rien d'autre à ajouter."),
    # bias complaints (6)
    ("bias/race", B, False, "email",
     "Bonjour,\n\nJe suis noire et votre agence de location m'a demandé trois fiches de paie et une caution double. Ma "
     "collègue blanche, même salaire, même CDI, a eu l'appartement le lendemain avec une seule fiche.\n\nAïssatou "
     "Diallo"),
    ("bias/origin", B, False, "chat",
     "quand je postule sous mon vrai nom, Mehdi Benyahia, jamais de réponse pour vos stages. avec le même CV sous le "
     "nom de Mathieu Bernard, entretien en 24 h"),
    ("bias/disability", B, False, "phone",
     "je suis sourde et le seul moyen de valider mon compte chez vous c'est un appel vocal. j'ai demande par mail ou "
     "sms, on m'a dit non, pas d'autre choix"),
    ("bias/marital", B, False, "breakup",
     "Chère banque,\nC'est fini entre nous. Pour mon crédit auto vous exigez la signature de mon mari ; lui, l'an "
     "dernier, n'a jamais eu besoin de la mienne. Je pars chez la concurrence. Hélène Vasseur"),
    ("bias/age", B, False, "screenplay",
     "INT. AGENCE - MATIN. MONIQUE (72 ans) au guichet.\nCONSEILLER : À votre âge, un abonnement sur 24 mois, ce n'est "
     "pas raisonnable.\nMONIQUE : Ma voisine de 50 ans l'a eu hier.\nElle repart sans contrat."),
    ("bias/language", B, False, "postcard",
     "Bonjour de Toulouse ! Chaque fois que j'appelle avec mon accent portugais, votre plateforme raccroche ou me "
     "transfère sans fin. Mon fils appelle pour le même dossier : réglé en cinq minutes. Maria da Luz"),
    # hard negatives (6)
    ("hardneg/joke", A, False, "chat",
     "mon chat est âgiste, il ignore complètement mon grand-père mdr. bref, la litière commandée n'est pas arrivée, "
     "commande 3378"),
    ("hardneg/loyal_pricing", A, False, "email",
     "Bonjour,\n\nAbonné depuis 12 ans, et les nouveaux venus paient moins que moi. Les fidèles sont toujours les "
     "dindons de la farce ! Merci de m'aligner sur l'offre de bienvenue.\n\nPatrick Guérin"),
    ("hardneg/mention_disability", A, False, "memo",
     "À : Service livraison\nObjet : Lave-linge\nJe suis en fauteuil roulant. Pourriez-vous demander au livreur "
     "d'installer la machine dans la buanderie au rez-de-chaussée ? Commande 6602."),
    ("hardneg/policy_question", A, False, "form",
     "Objet : Politique diversité\nCatégorie : Recrutement\nMessage : Avez-vous une politique d'inclusion et un "
     "référent handicap ? Je prépare ma candidature et ça compte pour moi."),
    ("hardneg/threat", A, False, "fairytale",
     "Il était une fois un client qui promettait d'écrire partout que vous êtes sexistes si son colis n'arrivait pas "
     "vendredi. (C'est pour rire, hein.) Colis 91120, toujours rien."),
    ("hardneg/own_prejudice", A, False, "weather",
     "Météo de mon humeur : orageuse. Votre catalogue met un couple mixte en couverture et je n'aime pas ça. Résiliez "
     "ma carte de fidélité n° 4420."),
    # ordinary (2)
    ("ordinary/billing", A, False, "phone",
     "bonjour je comprends pas la ligne frais de service sur ma facture de mai, c'est quoi ?"),
    ("ordinary/delivery", A, False, "screenshots",
     "[Photo : mon portail, code 1405]\nPour la livraison de jeudi, le livreur peut entrer avec ce code et laisser le "
     "carton sous l'abri. Commande 55813."),
]
