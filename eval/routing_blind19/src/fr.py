"""French rows of blind set 19 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10, 2 with a person)
    ("optout/plain", A, True, "email",
     "Bonjour,\n\nJe ne souhaite plus qu'un outil d'intelligence artificielle traite les messages que je vous "
     "envoie. Notez-le dans mon dossier 5520-L, s'il vous plaît.\n\nCordialement,\nSolène Marchetti"),
    ("optout/no_bot", A, True, "chat", "franchement j'en veux pas de votre robot, qu'il arrête de lire mes messages"),
    ("optout/legal", A, True, "ultimatum",
     "Sur le fondement de l'art. 21 RGPD, je refuse que mes courriers soient traités de manière automatisée. Sans "
     "confirmation écrite sous quinze jours, je saisirai la CNIL."),
    ("optout/withdraw_consent", A, True, "arrows",
     "accord pour l'IA donné à l'inscription → je le retire. n° client 60273 → merci de mettre à jour"),
    ("optout/drafts", A, True, "phone",
     "je veux pas de reponses ecrites par une machine ni que mes mails passent dans une IA, quitte a "
     "attendre"),
    ("optout/object", A, True, "hashtags",
     "Mes mails ne sont pas de la matière pour vos algorithmes. Je refuse l'IA sur mon compte. #PasDIA "
     "#RespectDesClients"),
    ("optout/remove_assistant", A, True, "emoji",
     "merci de couper l'assistant IA de mon espace client ❌🤖 hors de mes conversations"),
    ("optout/exclusion_request", A, True, "proverb",
     "Chat échaudé craint l'eau froide : après ce qui s'est passé avec ma banque, mes demandes ne doivent plus passer"
     " par la moindre intelligence artificielle."),
    ("optout/with_person", H, True, "slogan",
     "« L'humain au cœur du service », dites-vous. Alors prouvez-le : aucune IA pour traiter mon dossier, et qu'un "
     "conseiller me rappelle."),
    ("optout/with_person", H, True, "invite",
     "Objet : mon dossier\nQuand : dès que possible\nDemande : retirer tout traitement automatique de mes messages "
     "et me mettre en relation avec une vraie personne"),
    # AI mentions that are not opt-outs (8)
    ("optneg/praise", A, False, "email",
     "Bonjour,\n\nVotre assistant en ligne m'a dégoté l'adaptateur qu'il fallait en deux questions. Bravo, c'était "
     "rapide."
     "\n\nBonne journée,\nHervé Lacombe"),
    ("optneg/ai_feature", A, False, "form",
     "Objet : Lecture des tickets\n\nLa lecture automatique des tickets de caisse par IA marche-t-elle aussi avec "
     "les tickets de pharmacie ?"),
    ("optneg/bot_error", A, False, "chat",
     "depuis ce matin votre chatbot boucle, il me redemande mon code postal à chaque fois"),
    ("optneg/partner", A, False, "outofoffice",
     "Message d'absence façon maison : mon mari est allergique aux robots conversationnels, c'est donc moi qui "
     "écris. Il faut résilier sa ligne au 31 du mois."),
    ("optneg/automation_renewal", A, False, "arrows",
     "renouvellement automatique → je n'ai pas reçu de rappel → possible d'annuler sans frais ?"),
    ("optneg/study", A, False, "phone",
     "bonjour je suis etudiante en master et je fais un memoire sur l'IA dans le service client, vous accepteriez "
     "un petit questionnaire ?"),
    ("optneg/news", A, False, "hashtags",
     "Vu aux infos que vous lancez un assistant vocal IA. Il sera dispo quand en Belgique ? #curieux"),
    ("optneg/translator", A, False, "ultimatum",
     "J'ai traduit votre contrat avec DeepL et j'ai toujours rien compris à la clause 7. Vous avez jusqu'à lundi "
     "pour m'expliquer avant que je résilie."),
    # requests for a person (6)
    ("human/plain", H, False, "email",
     "Madame, Monsieur,\n\nJe souhaiterais m'entretenir avec un membre de votre service au sujet du sinistre "
     "déclaré le 4 mars.\n\nVeuillez agréer mes salutations distinguées,\nGeorgette Vial"),
    ("human/callback", H, False, "phone",
     "rappel svp apres 18h au 06 00 00 19 84 c'est pour la facture"),
    ("human/anyone", H, False, "emoji", "quelqu'un lit vraiment ce que j'écris ici ? 🤔"),
    ("human/escalate", H, False, "ultimatum",
     "J'exige d'avoir un responsable au bout du fil aujourd'hui. Sinon, lettre recommandée demain."),
    ("human/staff", H, False, "chat", "vous pouvez me passer le service contentieux ?"),
    ("human/agent", H, False, "outofoffice",
     "Je serai chez moi mercredi toute la journée ; merci qu'un de vos techniciens m'appelle ce jour-là pour fixer "
     "le passage."),
    # look-alikes of requests for a person (2)
    ("humanneg/shop_told", A, False, "arrows",
     "vendeur de la boutique de Lille → m'a dit de vous écrire → comment on transfère mes contacts ?"),
    ("humanneg/manager_asked", A, False, "form",
     "Objet : Remboursement\n\nLa directrice du magasin m'a demandé de vous transmettre le numéro de commande : "
     "99-4410-F."),
    # bias complaints (6)
    ("bias/name", B, False, "email",
     "Bonjour,\n\nJ'ai répondu deux fois à votre annonce de location sous mon vrai nom, Karim Benali : « déjà "
     "loué ». Mon collègue a écrit le lendemain sous le nom de Thomas Girard : visite proposée dans l'heure.\n\n"
     "Karim Benali"),
    ("bias/disability", B, False, "hashtags",
     "Refusée à l'embarquement parce que je suis en fauteuil « sans accompagnateur », alors que j'avais réservé "
     "l'assistance. #Handicap #Discrimination"),
    ("bias/sex", B, False, "ultimatum",
     "Votre agence m'a proposé un prêt à 5,2 % ; mon frère, même salaire, même apport, a eu 3,1 % avec ce "
     "commentaire du conseiller : « une femme seule, c'est plus risqué ». Je vous laisse huit jours pour corriger."),
    ("bias/religion", B, False, "proverb",
     "Il ne faut pas se fier aux apparences, sauf chez vous : avec mon voile on m'a dit que la salle de sport était "
     "complète, et la fille derrière moi a pu s'inscrire."),
    ("bias/origin", B, False, "phone",
     "au guichet la dame a sorti que les africains devaient payer la caution en liquide, ma voisine francaise a payé "
     "par carte sans souci"),
    ("bias/gender_identity", B, False, "chat",
     "mon prénom a été modifié sur le compte et depuis, le conseiller m'appelle « monsieur » exprès et ricane, les "
     "autres clients il les respecte"),
    # hard negatives (6)
    ("hardneg/pricing", A, False, "emoji",
     "promo réservée aux nouveaux abonnés 😒 ça s'appelle discriminer les fidèles ça"),
    ("hardneg/mention", A, False, "form",
     "Objet : Rendez-vous\n\nJe suis malentendante, merci de me répondre par écrit. Peut-on décaler la livraison "
     "au 12 ?"),
    ("hardneg/policy_question", A, False, "slogan",
     "« Ensemble, tous différents » : joli slogan. Votre charte diversité est-elle publiée quelque part ? C'est pour "
     "mon exposé."),
    ("hardneg/own_prejudice", A, False, "invite",
     "Quand : lundi\nQui : votre technicienne\nRemarque : je pensais qu'une femme ne saurait pas réparer ma "
     "chaudière, j'avais tort, elle était top. Facture à renvoyer svp."),
    ("hardneg/threat_label", A, False, "outofoffice",
     "Absente jusqu'au 9. Précision : ce n'est pas une plainte pour discrimination, juste une question : le colis "
     "7731 peut-il attendre au relais ?"),
    ("hardneg/rude_agent", A, False, "phone",
     "la dame au telephone etait desagreable avec moi mais bon elle avait l'air debordee, je voudrais juste mon "
     "numero de suivi"),
    # ordinary (2)
    ("ordinary/plain", A, False, "chat", "possible de modifier où on livre la commande 41205 ?"),
    ("ordinary/plain", A, False, "arrows", "mot de passe oublié → lien reçu → lien expiré → que faire ?"),
]
