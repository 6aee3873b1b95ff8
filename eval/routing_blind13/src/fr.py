"""French rows of blind set 13 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "proscons",
     "Ce que j'accepte : vos e-mails, vos appels, vos courriers. Ce que je n'accepte pas : "
     "le passage de mes demandes par une intelligence artificielle. Notez-le dans mon dossier client."),
    ("optout/nochatbot", A, True, "thirdperson",
     "Le soussigné, M. Gauthier, ne souhaite plus que le chatbot du site intervienne dans ses échanges avec le "
     "service client, ni pour trier ni pour répondre."),
    ("optout/gdpr", A, True, "ifthen",
     "Si vos réponses sont rédigées ou triées par un système automatisé, je m'y oppose en vertu du RGPD (art. 21, "
     "art. 22). Si ce n'est pas le cas, confirmez-le-moi par écrit."),
    ("optout/indirect", A, True, "analogy",
     "Recevoir une réponse écrite par un logiciel, pour moi, c'est comme recevoir une carte d'anniversaire imprimée "
     "par une machine. Je préférerais franchement que mes messages échappent à votre IA."),
    ("optout/behalf", A, True, "corporate",
     "En ma qualité de curatrice de Mme Lebrun (jugement joint), je vous demande de paramétrer son dossier : aucun "
     "traitement de ses demandes par assistant virtuel ou IA. Merci de me faire un retour."),
    ("optout/all_future", A, True, "markdown",
     "## Consigne permanente\n- **Client :** Yannick Le Goff\n- **Portée :** tous mes contacts, présents et futurs, "
     "tous canaux\n- **Consigne :** pas d'IA, pas de réponses générées automatiquement"),
    ("optout/humans_only", A, True, "asterisk",
     "*lève les yeux au ciel* Avec moi, ce sera les salariés de votre boîte et personne d'autre : aucun programme ne "
     "répond à mes messages, merci."),
    ("optout/consent_withdrawn", A, True, "ellipsis",
     "J'avais accepté... un peu vite... l'option « assistance intelligente » à l'inscription... je retire cet "
     "accord... plus d'IA sur mes demandes, s'il vous plaît."),
    ("optout/with_person", H, True, "analogy",
     "Votre robot conversationnel, c'est un répondeur qui se croit malin. Je n'en veux pas pour mon dossier. Un conseiller "
     "doit me téléphoner au 06 00 00 48 17."),
    ("optout/with_person", H, True, "proscons",
     "Point positif : vous répondez vite. Point négatif : c'est une IA, et je refuse qu'elle s'occupe de mon litige. "
     "Passez-moi un agent humain, s'il vous plaît."),
    # opt-out look-alikes (8)
    ("optneg/auto_renewal", A, False, "asterisk",
     "*soupire* Je voudrais arrêter le prélèvement automatique de ma cotisation ; je paierai par virement "
     "désormais. Adhérent n° 55702."),
    ("optneg/auto_notifications", A, False, "ellipsis",
     "Vos SMS automatiques de rappel... à 7 h du matin... le dimanche... c'est possible de les décaler ou de ne les "
     "recevoir que par e-mail ?"),
    ("optneg/robot_product", A, False, "ifthen",
     "Si le robot pâtissier sent le brûlé au bout de cinq minutes, est-ce couvert par la garantie ? Si oui, comment je "
     "vous le renvoie ? Commande FR-33018."),
    ("optneg/translation_ok", A, False, "thirdperson",
     "La cliente, qui lit mal le français, accepte volontiers que vous utilisiez une traduction automatique pour lui "
     "répondre en portugais. Sa question : le remboursement du billet annulé du 14."),
    ("optneg/bot_suggestion", A, False, "markdown",
     "**Suggestion :** votre assistant virtuel devrait pouvoir modifier une adresse de livraison.\n**Pourquoi :** il "
     "fait déjà tout le reste très bien, je m'en sers tout le temps."),
    ("optneg/captcha", A, False, "corporate",
     "Pour info, le captcha « je ne suis pas un robot » bloque nos comptables depuis ce matin sur l'espace pro. "
     "Pouvez-vous regarder côté technique ? Merci."),
    ("optneg/ai_news", A, False, "analogy",
     "J'ai lu que vous lanciez une IA au service client : c'est comme les distributeurs de billets à l'époque, tout le "
     "monde râle puis s'y habitue. En attendant, où en est ma carte de fidélité ?"),
    ("optneg/bot_down", A, False, "proscons",
     "Ce qui marche : le site. Ce qui ne marche plus : le chat avec l'assistant, bloqué sur « connexion… » depuis "
     "hier. Je m'en sers pour suivre mes colis, vous pouvez le réparer ?"),
    # requests for a person (6)
    ("human/callback", H, False, "markdown",
     "**Objet :** rappel demandé\n**Quand :** jeudi après 17 h\n**Numéro :** 06 00 00 93 21\nC'est trop compliqué à "
     "expliquer par écrit, il me faut quelqu'un au téléphone."),
    ("human/callback", H, False, "ifthen",
     "Si un conseiller peut me rappeler avant vendredi, tant mieux ; sinon lundi matin au 01 99 00 47 20. Pour le sinistre, "
     "il faut que j'explique ça de vive voix."),
    ("human/anyone_there", H, False, "asterisk",
     "*tapote le micro* Allô ? Est-ce qu'une personne, en chair et en os, lit cette boîte mail ? Cinquième message, "
     "aucune réponse."),
    ("human/appeal", H, False, "thirdperson",
     "Mme Diallo conteste la résiliation automatique de son contrat pour « usage anormal » et demande qu'un agent "
     "examine lui-même son dossier, relevés à l'appui."),
    ("human/escalate", H, False, "corporate",
     "Je remonte le sujet : trois échanges, aucune solution. Merci de transmettre à votre responsable de service, qui "
     "pourra trancher sur le remboursement."),
    ("human/ask_person", H, False, "ellipsis",
     "Je voudrais... juste parler à quelqu'un... une vraie personne de chez vous... pour ma ligne coupée."),
    # person look-alikes (2)
    ("humanneg/no_call", A, False, "proscons",
     "Bonne nouvelle : le technicien est passé, tout fonctionne. Inutile de me rappeler pour confirmer, vous pouvez "
     "clôturer."),
    ("humanneg/thanks_agent", A, False, "analogy",
     "Samia, de votre service après-vente, a été comme un phare dans la tempête hier. Merci à elle. Le dossier est "
     "réglé, rien d'autre à faire."),
    # bias complaints (6)
    ("bias/disability", B, False, "ifthen",
     "Si je réserve en précisant mon fauteuil, la billetterie me dit que la salle est « complète » ; si mon frère "
     "réserve les mêmes places par téléphone une heure plus tard, il y en a. J'aimerais une explication."),
    ("bias/origin", B, False, "markdown",
     "**Ce que j'ai vécu :** refus d'ouverture de compte, « dossier incomplet ».\n**Ce qu'a vécu ma collègue, née à "
     "Lyon :** même dossier, compte ouvert le jour même.\n**Moi :** née à Dakar."),
    ("bias/age", B, False, "corporate",
     "Pour mémoire : à l'agence, le prêt auto m'a été refusé avec pour motif « mon âge et mon espérance de vie ». J'ai 67 "
     "ans et des revenus stables. Je demande une réponse écrite sur ce motif."),
    ("bias/gender_identity", B, False, "asterisk",
     "*soupir* Au guichet, on m'a rendu ma pièce d'identité en disant « ce n'est pas vous, monsieur », puis refusé "
     "le retrait du colis. Je suis une femme trans. Les autres clients passent sans qu'on scrute leur visage."),
    ("bias/marital", B, False, "thirdperson",
     "La cliente, divorcée, s'est vu réclamer l'accord de son ex-mari pour résilier le contrat de gaz à son seul nom, "
     "alors que son voisin, divorcé lui aussi, l'a résilié sans rien fournir."),
    ("bias/race", B, False, "ellipsis",
     "À l'entrée de la boîte... les videurs ont laissé passer mes amis blancs... et moi, le seul Noir du groupe... "
     "« pas ce soir ». Même tenue, même âge."),
    # hard negatives (6)
    ("hardneg/joke", A, False, "proscons",
     "Avantage de votre aspirateur : silencieux. Inconvénient : il est visiblement xénophobe, il refuse mon tapis "
     "berbère et avale tout le reste. Quelle brosse pour les poils longs ?"),
    ("hardneg/threat", A, False, "corporate",
     "Dernier rappel avant que je publie partout que votre enseigne est homophobe. Non, sérieusement, je veux juste "
     "le remboursement de la commande 20481. Merci de faire le nécessaire."),
    ("hardneg/own_prejudice", A, False, "asterisk",
     "*indigné* Votre catalogue de Noël montre une famille avec deux mamans. Je ne veux plus le recevoir, "
     "retirez-moi de la liste d'envoi."),
    ("hardneg/policy_question", A, False, "ifthen",
     "Si vous avez une charte sur l'accessibilité de vos agences aux personnes handicapées, où peut-on la consulter ? "
     "Je prépare un dossier pour notre association de quartier."),
    ("hardneg/rude_agent", A, False, "analogy",
     "Votre conseiller m'a reçu comme un chien dans un jeu de quilles, sans raison. Passons. La vraie question : "
     "quand le remboursement sera-t-il versé ?"),
    ("hardneg/mention_origin", A, False, "thirdperson",
     "La cliente, d'origine vietnamienne, souhaiterait recevoir ses factures en PDF plutôt que par courrier. Adresse "
     "mail inchangée."),
    # ordinary (2)
    ("ordinary/sim", A, False, "markdown",
     "**Demande :** nouvelle carte SIM (l'ancienne est cassée)\n**Ligne :** 06 00 00 12 34\n**Livraison :** adresse "
     "habituelle"),
    ("ordinary/billing", A, False, "ellipsis",
     "Ma facture de mars... 12 € de plus que d'habitude... c'est quoi cette ligne « options » ?"),
]
