"""French rows of blind set 6 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
H, A = "human", "ai_assist"

ROWS = [
    # opt-outs, pure
    ("optout/plain", A, True, "email", "Bonjour, avant de vous envoyer mes relevés de compteur : faites en sorte "
     "que la réponse soit rédigée par un membre du personnel, et pas par un logiciel.\n\nCordialement,\nHervé Lacombe\n"
     "8 rue des Tilleuls, Angers"),
    ("optout/plain", A, True, "chat", "hors de question que mes messages passent par un outil d'apprentissage automatique. "
     "des humains seulement svp"),
    ("optout/short", A, True, "sms", "Pas d'IA."),
    ("optout/short", A, True, "sms", "Stop aux robots. Que des vraies réponses."),
    ("optout/embedded", A, True, "email", "Bonjour, le lave-vaisselle livré le 6 fait toujours un bruit de ferraille, le "
     "technicien est passé jeudi, il a changé un joint mais rien. Autre chose : je préférerais que vous ne passiez pas "
     "mes mails dans ChatGPT ou équivalent. Bref, pouvez-vous reprogrammer une visite, le matin de préférence ? Merci, Luc"),
    ("optout/embedded", A, True, "voice", "oui bonjour c'est pour le colis qui est parti au mauvais numéro euh le 17 au "
     "lieu du 71 et la voisine dit qu'elle l'a pas et ah aussi je refuse que cet appel soit traité par une intelligence "
     "artificielle voilà notez-le et euh vous pouvez le retrouver merci"),
    ("optout/proxy", A, True, "email", "C'est la fille de Mme Odette Marchal (dossier 30218) qui écrit. Maman ne veut pas "
     "qu'un ordinateur réponde à ses courriers, ça la perturbe. Merci de l'indiquer dans son dossier.\n-- Sylvie Marchal (sa fille)"),
    ("optout/conditional", A, True, "chat", "si c'est un robot qui répond, alors non merci. j'attendrai un vrai conseiller"),
    ("optout/sarcastic", A, True, "review", "3/5. J'adore ces réponses qu'on dirait écrites par un grille-pain. Rendez-moi "
     "service : tenez votre petite machine loin de mon compte désormais."),
    ("optout/formal", A, True, "form", "Objet : Traitement de mes données\nMessage : Profilage et décisions automatisées "
     "me concernant : j'y suis opposé. Mon accord pour l'analyse de mes échanges par l'intelligence "
     "artificielle est retiré."),
    ("optout/formal", A, True, "email", "Madame, Monsieur, je vous saurais gré de ne plus faire traiter mes demandes par "
     "votre assistant virtuel. Je souhaite des réponses préparées par vos équipes. Veuillez agréer mes salutations, M. Benali"),
    ("optout/typo", A, True, "sms", "svp utilisez pas l'asistant automatiqe sur mes demandes, j'en veux pas"),
    ("optout/review", A, True, "review", "2 étoiles. L'appli marche mais les réponses du support sont visiblement "
     "générées. J'ai décoché l'option, ça continue. Je ne veux PAS que des algorithmes m'écrivent."),
    # opt-outs that also ask for a person
    ("optout/with_person", H, True, "chat", "je veux qu'un être humain me réponde, pas un programme. il faut que je parle "
     "à quelqu'un du double prélèvement."),
    ("optout/with_person", H, True, "voice", "allô euh je veux pas le robot là, est-ce qu'une personne peut me rappeler au "
     "fixe s'il vous plaît c'est pour le courrier de ma retraite"),
    ("optout/with_person", H, True, "email", "Bonjour, pas de réponses automatiques svp. Un membre de l'équipe pourrait-il "
     "m'appeler demain entre 14 h et 16 h ?\n\nCordialement,\nNadia Roux\nCabinet Roux Expertise"),
    ("optout/with_person", H, True, "form", "Motif : Autre\nDétails : Arrêtez de m'envoyer des bots. Passez-moi un "
     "responsable pour ma réservation annulée."),
    ("optout/with_person", H, True, "sms", "assistant virtuel non merci. passez moi un vrai conseiller vite"),
    # AI mentioned, nothing refused
    ("optneg/ask_bot", A, False, "chat", "par curiosité, je parle à un bot là ? peu importe, il me faut juste le lien de suivi"),
    ("optneg/ask_bot", A, False, "sms", "Cette réponse est automatique ? Arrivée en 2 secondes mdr. Merci pour le remboursement"),
    ("optneg/praise", A, False, "review", "5 étoiles. L'assistant virtuel a réglé mon retour en une minute, franchement "
     "mieux que beaucoup de magasins."),
    ("optneg/praise", A, False, "email", "Juste pour dire que l'IA de votre site a vu juste, elle a trouvé le chargeur de "
     "mon vieux portable. Bonne journée, Théo"),
    ("optneg/how_works", A, False, "form", "Question : comment la reconnaissance photo de votre appli de jardinage "
     "détermine-t-elle l'espèce ? Est-ce que ça marche hors ligne ?"),
    ("optneg/broken", A, False, "chat", "votre recherche intelligente me sort des croquettes quand je tape cartouche "
     "d'encre, le côté IA a l'air cassé"),
    ("optneg/broken", A, False, "review", "1 étoile. La transcription automatique des mémos vocaux est en panne depuis "
     "la nouvelle version, que des points."),
    ("optneg/own_business", A, False, "email", "Bonjour, nous sommes une petite agence qui conçoit des chatbots et "
     "voudrions passer à l'offre Pro pour trois postes. Pouvez-vous nous faire un devis ?\n\nBien à vous,\nClaire Morel\nBotique SARL"),
    ("optneg/news", A, False, "chat", "j'ai vu aux infos qu'un robot-conseiller d'une banque a donné des conseils "
     "catastrophiques, trop drôle. sinon vous fermez à quelle heure ?"),
    ("optneg/want_feature", A, False, "form", "Suggestion : ajoutez un résumé par IA de mes dépenses du mois, les "
     "graphiques actuels sont illisibles."),
    ("optneg/product_setting", A, False, "sms", "comment on désactive les réponses suggérées dans l'appli du téléphone ? "
     "elles apparaissent tout le temps"),
    ("optneg/product_setting", A, False, "email", "Bonjour, l'enceinte achetée chez vous a un assistant vocal qui se "
     "déclenche pendant les films. Peut-on couper cette fonction ? Merci, Léa"),
    # ordinary and handoff
    ("ordinary/plain", A, False, "sms", "Il me faut un duplicata de la facture 66091 pour mon comptable"),
    ("ordinary/plain", A, False, "voice", "oui bonjour c'était juste pour changer l'adresse de livraison euh 4 allée des "
     "Pins même ville merci au revoir"),
    ("ordinary/plain", A, False, "review", "4 étoiles. Bonne bouilloire, couvercle un peu dur. Elle existe en blanc ?"),
    ("human/handoff", H, False, "chat", "le service réclamations, je peux l'avoir en ligne ?"),
    ("human/handoff", H, False, "email", "Quelqu'un de chez vous pourrait-il m'appeler au 06 12 00 98 76 pour la "
     "garantie ? C'est plus simple que par mail.\n\nMerci,\nGérard"),
    ("human/handoff", H, False, "form", "Motif : Compte\nDétails : Je souhaite que le directeur d'agence réexamine "
     "lui-même mon dossier, la décision me semble erronée."),
]
