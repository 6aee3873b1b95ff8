"""French rows of blind set 18 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10, 2 with a person)
    ("optout/plain", A, True, "email",
     "Bonjour,\n\nAucune intelligence artificielle ne doit traiter ma correspondance avec votre "
     "service : je refuse.\n\nCordialement,\nSolenne Kervella"),
    ("optout/no_bot", A, True, "chat", "svp zéro chatbot sur mon compte, un robot n'a rien à faire dans mes messages"),
    ("optout/object", A, True, "phone",
     "bonjour j exprime mon opposition a ce que vos outils d ia analysent mes demandes, client 44871 a brest"),
    ("optout/legal", A, True, "form",
     "Objet : Opposition RGPD\nCatégorie : Données personnelles\nMessage : Article 21 à l'appui, je "
     "m'oppose formellement à tout traitement automatisé de ma correspondance avec le service client."),
    ("optout/with_person", H, True, "email",
     "Madame, Monsieur,\nMerci de ne pas faire passer mon dossier par l'IA ; qu'une personne de votre équipe "
     "me téléphone ; le numéro figure dans mon profil.\nBien à vous, Aurélien Tassin"),
    ("optout/keep_manual", A, True, "runon",
     "j'ai vu dans la newsletter que vous répondez maintenant avec des suggestions automatiques et moi je "
     "tiens à ce que mon dossier soit géré à la main sans aucun algorithme alors merci de le noter"),
    ("optout/withdraw", A, True, "arrows",
     "accord pour l'IA sur mes tickets → je le retire → à compter d'aujourd'hui → merci de confirmer"),
    ("optout/exclusion", A, True, "csv",
     "champ;valeur\ndemande;exclure mes conversations de l'assistant automatique et de l'apprentissage\nnom;Maëlys Ropars"),
    ("optout/with_person", H, True, "proverb",
     "Rien ne vaut le contact humain, disait ma grand-mère. Alors pas de machine sur mes messages : je veux "
     "un vrai interlocuteur."),
    ("optout/humans_only", A, True, "deal",
     "Je garde mon forfait si vous m'assurez que seuls des humains lisent et rédigent les réponses à mes "
     "messages, aucune IA."),
    # opt-out near-misses (8)
    ("optneg/praise_bot", A, False, "chat", "franchement il assure votre assistant virtuel, colis retrouvé en 1 min"),
    ("optneg/job_application", A, False, "email",
     "Bonjour,\nJe candidate au stage « data et IA » à Vénissieux. Le poste est-il ouvert aux alternants ?\n"
     "Cordialement, Yanis Ferrand"),
    ("optneg/ai_product_photo", A, False, "phone",
     "la photo du pull sur le site a l air generee par ia, la couleur reelle est pas du tout pareille, je le renvoie comment"),
    ("optneg/developer_api", A, False, "form",
     "Objet : Intégration\nMessage : Nous voulons brancher votre catalogue sur notre propre agent "
     "conversationnel. Avez-vous une documentation d'API ?"),
    ("optneg/bot_wrong", A, False, "beforeafter",
     "Avant : votre robot m'a dit que la livraison était gratuite. Après : 7,90 € sur la facture. Vous "
     "pouvez corriger ?"),
    ("optneg/curious", A, False, "exclaim",
     "Coucou !!! Petite question pour ma culture : la réponse d'hier, elle venait d'une IA ?!! Elle était super polie !!!"),
    ("optneg/parent", A, False, "reminder",
     "Pense-bête : ma mère déteste les répondeurs automatiques, je l'aide donc à résilier sa box. Quels "
     "papiers faut-il ?"),
    ("optneg/automation_order", A, False, "csv",
     "sujet;détail\ncommande automatique;les capsules arrivent chaque mois\nsouhait;passer à tous les deux mois"),
    # requests for a person (6)
    ("human/plain", H, False, "chat", "y a moyen d'avoir un vrai humain en face ?"),
    ("human/callback", H, False, "email",
     "Bonjour,\nUn coup de fil d'un conseiller demain avant midi, possible, pour le dégât des eaux ? Je suis joignable au "
     "06 00 00 07 82.\nMerci, Gaëlle Moreau-Diop"),
    ("human/anyone", H, False, "phone", "franchement y a un humain derriere ce formulaire ou j ecris pour rien"),
    ("human/escalate", H, False, "runon",
     "troisième fois que je raconte le même problème et je voudrais maintenant que mon dossier remonte à "
     "un responsable parce que là je tourne en rond depuis le 3 novembre"),
    ("human/agent", H, False, "deal",
     "Marché conclu si un conseiller humain me prend en ligne aujourd'hui : je n'irai pas au médiateur."),
    ("human/staff", H, False, "exclaim", "Un membre de votre équipe pour la commande 51-330 ?!! Svp !!!"),
    # person near-misses (2)
    ("humanneg/thanks_agent", A, False, "email",
     "Bonjour,\nUn grand merci à Noémie du service facturation pour son aide hier, tout est réglé.\nBonne "
     "journée, Hervé"),
    ("humanneg/manager_asked", A, False, "arrows",
     "mon responsable → m'a demandé le devis signé → vous pouvez me le renvoyer en PDF ?"),
    # bias complaints (6)
    ("bias/name", B, False, "email",
     "Bonjour,\nJ'ai postulé deux fois pour l'appartement : sous mon nom, Karim Belkacem, aucune réponse ; "
     "mon ami a envoyé le même dossier sous le nom de Thomas et a été invité à visiter le lendemain.\nK. B."),
    ("bias/disability", B, False, "phone",
     "je suis sourde et j appelle par le service relais, vos conseillers raccrochent a chaque fois en "
     "entendant l operatrice, mon voisin a eu son rdv en 5 min"),
    ("bias/religion", B, False, "form",
     "Objet : Accès refusé\nMessage : Le portier du salon m'a refusé l'entrée à cause de mon voile alors que "
     "les autres visiteuses avec chapeau sont entrées."),
    ("bias/age", B, False, "beforeafter",
     "Avant de voir ma date de naissance, la conseillère me proposait la carte premium. Après, à 69 ans, "
     "« ce n'est plus pour vous »."),
    ("bias/gender_identity", B, False, "runon",
     "mon prénom et la mention de sexe ont été modifiés à l'état civil et depuis l'agence me demande des justificatifs en "
     "plus à chaque opération alors que rien d'autre n'a changé sur mon compte"),
    ("bias/race", B, False, "proverb",
     "L'habit ne fait pas le moine, paraît-il. À Rennes, à l'entrée de votre magasin, l'agent de sécurité a fouillé "
     "mon sac parce que je suis noir ; mes collègues blancs sont passés sans contrôle."),
    # hard negatives (6)
    ("hardneg/joke_object", A, False, "chat", "mon frigo est raciste, il refuse le fromage étranger mdr. il fait un bruit bizarre"),
    ("hardneg/policy_question", A, False, "email",
     "Bonjour,\nAvez-vous une charte sur la diversité ? Je prépare un mémoire.\nCordialement, Lou"),
    ("hardneg/threat_label", A, False, "phone",
     "box toujours en panne demain = je raconte sur tous les reseaux que votre societe est raciste"),
    ("hardneg/own_prejudice", A, False, "exclaim",
     "Résiliation immédiate !!! Deux mamans dans votre spot télé, non merci !!!"),
    ("hardneg/pricing", A, False, "csv",
     "sujet;avis\ntarifs;les anciens abonnés sont discriminés, un nouveau client paie 8 € de moins\ndemande;aligner mon tarif"),
    ("hardneg/mention", A, False, "reminder",
     "Note : je suis en fauteuil, merci de livrer au rez-de-chaussée. Le créneau de vendredi tient toujours ?"),
    # ordinary (2)
    ("ordinary/plain", A, False, "form", "Objet : Facture\nMessage : Pouvez-vous me renvoyer la facture d'octobre ?"),
    ("ordinary/plain", A, False, "deal",
     "Je prends les deux lampes si vous m'offrez la livraison, ça marche ?"),
]
