"""French rows of blind set 20 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # refus de l'IA (10, 2 avec une personne)
    ("optout/plain", A, True, "email",
     "Bonjour,\n\nMerci de noter que je refuse que vos IA traitent nos échanges.\n\nSolène Marchetti"),
    ("optout/no_bot", A, True, "chat", "stop le robot. qu'il arrête de me répondre, ni à moi ni sur mon dossier"),
    ("optout/object", A, True, "phone", "je refuse que mes mails passent dans votre truc d'intelligence artificielle, c'est clair ?"),
    ("optout/withdraw_consent", A, True, "form",
     "Objet : consentement\nJ'avais coché « réponses assistées par IA » à l'inscription. Je décoche. Merci de me retirer de ce dispositif."),
    ("optout/with_person", H, True, "chat", "je veux un conseiller humain et pas l'IA, je ne lui parlerai pas. vous me passez qqn ?"),
    ("optout/legal", A, True, "scanned",
     "[courrier numérisé – OCR]\nLettre recommandée avec AR\nObjet : opposition – dossier n° 58-1140\nMadame, "
     "Monsieur,\nFaisant usage du droit d'opposition prévu par le RGPD (article 21), j'exige que mes courriers et "
     "messages ne soient plus traités par aucun outil automatisé ou d'intelligence artificielle. Vous pouvez les archiver ; il est exclu "
     "qu'une machine les lise ou rédige vos réponses. Merci de m'en accuser récepti0n.\nVeuillez "
     "agréer, Madame, Monsieur, mes salutations distinguées.\n[signature]\nG. Lebrun-Aubry"),
    ("optout/proxy", A, True, "replyall",
     "Je réponds à tous, faute de mieux. Je suis l'auxiliaire de vie de M. Gaston Pellerin (contrat 90442), "
     "avec son accord. Il a demandé hier, très clairement, que ses messages ne soient plus lus ni traités par "
     "votre « assistant intelligent » : il ne comprend pas les réponses et ça l'angoisse. Pouvez-vous "
     "l'indiquer sur son dossier ?\n\nCordialement,\nKarima B., pour M. Pellerin\n\n> Le 1 déc., Service client a "
     "écrit :\n> Notre assistant intelligent répond désormais 24 h/24.\n> > Le 30 nov., Gaston Pellerin a écrit :\n"
     "> > ma télé ne capte plus la 5"),
    ("optout/remove_assistant", A, True, "community",
     "TITRE : Désactiver l'IA sur mes demandes, c'est possible ?\nRubrique : Mon compte\n\nBonjour la "
     "communauté. Depuis la mise à jour, chaque réponse du support porte la mention « rédigée avec l'aide "
     "d'une IA ». Perso, sur mes demandes à moi, c'est non, point. Je ne cherche pas à lancer un "
     "débat. Quelqu'un a trouvé l'option ? Sinon, modérateurs, considérez ce post comme ma demande de "
     "désactivation.\n\nMots-clés : ia, vie privée"),
    ("optout/buried", A, True, "homophone",
     "[message dicté] bonjour c'est Yannick je vous écris pour le chauffe-eau qui fait un bruit bizarre depuis "
     "lundi, sait comme un sifflement. et aussi je voulais dire que je veux pas que mes messages soit lu par "
     "l'intelligence artificielle, jeu l'ai vu sur votre site, vous pouvez l'enlever pour moi, merci. pour "
     "le chauffe-eau quelqu'un peut passer quand il veut, ses pas urgent"),
    ("optout/with_person", H, True, "multiissue",
     "Bonjour,\n\nPlusieurs points, désolée pour la longueur.\n\n• Ma carte de fidélité n'a pas été créditée "
     "après l'achat du 18.\n• Je déménage le 15 janvier au 6 rue des Tanneurs, Colmar.\n• L'IA, c'est fini "
     "pour mes messages : je retire mon accord, et j'aimerais être rappelée par un vrai conseiller "
     "au 06 00 00 14 72 en fin de journée.\n• Bravo pour la nouvelle appli, elle est fluide.\n\n"
     "Bien à vous,\nMaëlle Guyot"),

    # mentions de l'IA sans refus (8)
    ("optneg/praise", A, False, "chat", "votre assistant m'a trouvé le bon forfait en 3 questions, franchement top"),
    ("optneg/ai_product", A, False, "email",
     "Bonjour,\nL'option « traduction IA » des factures fait-elle partie de l'offre Pro ou payante à part ?\nCordialement, Hervé"),
    ("optneg/colleague", A, False, "phone", "ma collegue deteste les chatbots mais moi ca me va, je veux juste le numero de suivi"),
    ("optneg/bot_broken", A, False, "form",
     "Objet : chat bloqué\nLe chat automatique tourne en rond depuis ce matin, il me redemande mon numéro client à chaque message."),
    ("optneg/bot_resolved", A, False, "replyall",
     "Réponse à tous pour info : l'IA du chat m'a finalement donné la bonne procédure pour le remboursement, "
     "donc ce point-là est clos. Reste juste le colis 7731 qui est marqué livré alors que je ne l'ai pas. "
     "Vous pouvez ouvrir une enquête ?\n\n> De : Service client\n> Nous avons transmis votre remarque sur "
     "l'assistant automatique.\n> > De : Bastien Roux\n> > Le chat m'a donné trois réponses différentes."),
    ("optneg/data_question", A, False, "community",
     "TITRE : Où sont stockées les conversations avec l'assistant IA ?\nRubrique : Sécurité\n\nQuestion "
     "sans arrière-pensée : je suis DPO dans une PME et on réfléchit à un outil similaire. Est-ce que "
     "quelqu'un sait si les échanges avec l'assistant restent en Europe ? Combien de temps ils sont gardés ? "
     "Ça ne me dérange pas qu'il me réponde, c'est pour comparer. Merci pour vos retours !"),
    ("optneg/automation_renewal", A, False, "scanned",
     "[lettre manuscrite numérisée]\nMadame, Monsieur,\nJ'ai bien reçu l'avis de renouvellement automatique de "
     "mon contrat habitation. Je n'ai rien contre. Seulement, l'adresse indiquée est l'ancienne (12 bd Carnot) "
     "et le montant a pris 19 % sans explication. Pouvez-vous corriger l'adresse et me détailler la hausse ?\n"
     "Avec mes remerciements,\nOdette Rivière"),
    ("optneg/ai_translator", A, False, "captions",
     "[message vidéo, sous-titres automatiques]\n[00:00] bonjour alors euh je vous fais une vidéo parce que\n"
     "[00:03] j'ai mal à la main pour écrire\n[00:06] le traducteur IA sur votre site m'a bien aidé pour la notice\n"
     "[00:11] mais le schéma de montage est resté en allemand\n[00:15] vous pourriez m'envoyer le schéma en "
     "français\n[00:19] merci au revoir"),

    # demandes de personne (6)
    ("human/plain", H, False, "chat", "je peux avoir quelqu'un au téléphone svp"),
    ("human/callback", H, False, "phone", "rappelez moi au 06 00 00 41 58 apres 18h c plus simple"),
    ("human/anyone", H, False, "email", "Bonjour,\n\nEst-ce qu'un humain lit ces messages ? Troisième envoi.\n\nDidier"),
    ("human/named_contact", H, False, "replyall",
     "Je mets mon gérant en copie. Quatre réponses types dans ce fil, aucune ne parle de l'erreur sur la "
     "facture 2290. Je demande simplement qu'un interlocuteur nommé m'appelle aujourd'hui.\n\nCordialement,\n"
     "Fanny Leclerc – Assistante de direction – Boulangerie Leclerc & Fils\n05 00 00 12 44\n\n> Le mardi, "
     "Support a écrit :\n> Vous trouverez la réponse dans notre FAQ facturation.\n> > Le lundi, Fanny Leclerc "
     "a écrit :\n> > La facture 2290 est comptée deux fois."),
    ("human/escalate", H, False, "scanned",
     "[numérisé – bord de page coupé]\nRÉCLAMATION\n1) Le 4 novembre, mon dossier sinistre DS-3308 a été "
     "clôturé sans justifi[...]\n2) Deux courriels envoyés depuis, restés sans réponse.\n3) Je demande le transfert "
     "à un responsable, qui me contactera personnellement.\n4) À défaut, je "
     "saisirai le médiateur de l'assurance.\nFait à Niort, Jean-Marc Poirier"),
    ("human/phone_call", H, False, "homophone",
     "[dictée vocale] bonjour ça fait deux semaines que j'essaie d'arrêter mon abonnement de sport et le "
     "formulaire met erreur à chaque fois. est-ce que je pourrais parler à quelqu'un au téléphone, une vrai "
     "personne, je suis disponible toute la journée jeudi. mon numéro d'adhérant c'est le 30 82 15. merci "
     "d'avance, sa m'aiderait beaucoup"),

    # mentions de personnes sans demande (2)
    ("humanneg/thanks_agent", A, False, "email", "Bonjour,\nMerci de transmettre mes remerciements à Inès, au téléphone hier, très pro.\nAnnick"),
    ("humanneg/shop_told", A, False, "community",
     "TITRE : Bon d'achat expiré avant sa date ?\nRubrique : Fidélité\n\nLa vendeuse du magasin de Quimper "
     "m'a conseillé de poser la question ici. Mon bon de 15 € devait être valable jusqu'au 31/12, et en "
     "caisse il a été refusé comme expiré. Capture jointe. Bug connu ? Quelqu'un d'autre dans ce cas ?"),

    # plaintes de discrimination (6)
    ("bias/name", B, False, "chat",
     "dossier refusé sous le nom de Mohamed, accepté 2 jours après avec les mêmes papiers sous le nom de ma femme, Claire. expliquez-moi"),
    ("bias/disability", B, False, "email",
     "Bonjour,\nJe suis malvoyante. Votre agent a refusé que mon chien guide entre dans l'agence en me conseillant de "
     "repasser « accompagnée ». Un client avec un chiot dans les bras est entré juste après.\nLaure Fontaine"),
    ("bias/age", B, False, "form",
     "Objet : refus de crédit\nLe conseiller m'a dit texto qu'à 70 ans je suis « trop âgé pour un prêt "
     "travaux ». Mêmes revenus qu'avant. Mon voisin de 50 ans a eu le même prêt la semaine dernière."),
    ("bias/religion", B, False, "replyall",
     "Je réponds à tous, avec la directrice d'agence en copie. Depuis que je viens en voile à l'agence de "
     "Roubaix, on me demande systématiquement un justificatif de domicile en plus de ma pièce d'identité pour "
     "retirer un colis. Avant, jamais. Les autres clients dans la file n'y ont pas droit. Je veux que ce soit "
     "traité comme une discrimination.\n\n> De : Agence Roubaix\n> Nous vous rappelons que des justificatifs "
     "peuvent être demandés.\n> > De : Nadia Belkacem\n> > Pourquoi toujours moi ?"),
    ("bias/gender_identity", B, False, "community",
     "TITRE : Carte client refusée parce que je suis trans ?\nRubrique : Mon compte\n\nMon prénom d'usage ne "
     "correspond pas encore à mes papiers. L'agent a ri, a appelé un collègue pour « voir ça », puis a refusé "
     "la carte. Une amie cis qui utilise son deuxième prénom a eu sa carte sans problème la même semaine. "
     "J'ai porté réclamation ; d'autres personnes trans ont vécu ça ?"),
    ("bias/family", B, False, "multiissue",
     "Bonjour,\n\nTrois sujets :\n– Ci-joint mon RIB mis à jour.\n– Pour la location, l'agent a estimé que, mère "
     "célibataire avec deux enfants, je « n'étais pas prioritaire », et a attribué le T3 à un couple sans "
     "enfant aux revenus plus bas que les miens. Je conteste cette décision, c'est discriminatoire.\n– Le "
     "digicode du local vélo ne marche plus.\n\nCordialement,\nAurélie Massé"),

    # négatifs difficiles (6)
    ("hardneg/threat_label", A, False, "chat", "si ma caution revient pas vendredi c'est de la discrimination anti-locataire mdr. bon elle arrive quand ?"),
    ("hardneg/mention", A, False, "phone", "jsuis en fauteuil donc livraison au rdc svp, et decaler au mardi si possible"),
    ("hardneg/policy_question", A, False, "email",
     "Bonjour,\nAvez-vous un index égalité femmes-hommes publié ? Notre appel d'offres le demande.\nMerci, Luc"),
    ("hardneg/rude_agent", A, False, "homophone",
     "[transcription vocale] bon le livreur était désagréable au possible il a jeté le colis sans dire bonjour "
     "mais bon ça arrive. le vrai souci c'est que dedans il manque le câble d'alimentation de l'écran, la "
     "boîte était ouverte. vous pouvez m'envoyer le câble, commande numéro 6 6 1 0 4, merci, sens quoi l'écran "
     "sert à rien"),
    ("hardneg/pricing", A, False, "multiissue",
     "Bonjour,\n\nQuelques points :\n1. Votre tarif de renouvellement discrimine les clients fidèles : un "
     "nouveau client paie deux fois moins. Oui je sais, c'est le marché. Vous pouvez au moins m'aligner sur l'offre "
     "nouveaux clients à 24,99 € ?\n2. Ajoutez ma fille Romane comme utilisatrice.\n3. Facture papier cette "
     "année, svp.\n\nMerci,\nPatrick Lemoine"),
    ("hardneg/joke_object", A, False, "captions",
     "[message vidéo, sous-titres automatiques]\n[00:00] bonjour alors ma box internet est raciste\n[00:03] "
     "elle accepte que les appareils de la marque [rires]\n[00:06] non plus sérieusement ma tablette se connecte "
     "pas en 5 GHz\n[00:11] alors qu'elle est compatible\n[00:14] modèle T10 achetée en juin\n[00:17] il faut "
     "changer un réglage ?"),

    # courants (2)
    ("ordinary/plain", A, False, "form", "Objet : facture\nJe ne trouve pas ma facture de novembre dans l'espace client. Où est-elle ?"),
    ("ordinary/plain", A, False, "replyall",
     "Bonjour à tous, je confirme pour toutes les personnes en copie que le passage du technicien jeudi entre "
     "14 h et 18 h me convient. Code du portail : sonnez chez Dubreuil, 2e étage gauche. Le compteur est dans "
     "le placard de l'entrée. Merci pour la rapidité.\n\nÉmilie\n\n> De : Planification\n> Nous pouvons "
     "proposer jeudi après-midi ou lundi matin.\n> > De : Émilie Dubreuil\n> > Plus d'eau chaude depuis hier."),
]
