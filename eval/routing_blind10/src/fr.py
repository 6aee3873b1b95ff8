"""French rows of blind set 10 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (14)
    ("optout/plain", A, True, "ps",
     "Bonjour, le technicien est passé jeudi, tout fonctionne. Merci.\n\nP.-S. : je le dis une bonne fois : aucun "
     "logiciel ne doit lire ce que je vous écris, ni rédiger les réponses."),
    ("optout/plain", A, True, "plainline", "Pas d'IA pour traiter mes demandes, merci."),
    ("optout/nochatbot", A, True, "plainline", "Je ne veux pas d'un chatbot sur ce dossier."),
    ("optout/gdpr", A, True, "template",
     "Lettre type du Collectif Consommateurs du Val d'Oise (complétée)\nObjet : opposition\nJe soussignée Odile "
     "Ferrand, cliente n° BV-30127, m'oppose (RGPD, art. 21) à ce que mes données et ma correspondance soient "
     "traitées par des outils automatisés, et invoque l'article 22 : aucune décision me concernant ne doit reposer "
     "sur eux seuls."),
    ("optout/indirect", A, True, "smallbiz",
     "Fromagerie Lacombe, compte pro 77-120. Je vous écris pour la commande de rouleaux de papier thermique. Au "
     "passage : j'aimerais mieux que mes mails tombent chez quelqu'un de votre équipe plutôt que dans un répondeur "
     "automatique. On est une petite boutique."),
    ("optout/metaphor", A, True, "slang",
     "wesh votre robot qui répond c'est une boîte à meuh, il radote. débranchez-moi ce truc de mon dossier, mes "
     "messages c'est pas pour lui"),
    ("optout/conditional", A, True, "reviewreply",
     "> Réponse de Télémaque Mobile : Bonjour Hélène, bientôt notre IA Margot répondra à vos messages en direct "
     "!\nSi « bientôt » veut dire que Margot lira mes messages, ce sera sans moi : je m'y oppose d'avance pour mon "
     "compte."),
    ("optout/typo", A, True, "delivery",
     "Instructions de livraison : digicode 28B4. autre chose, jveux pas que votre intelijence artificiel répon a mes "
     "méssage, je suis pas dacord"),
    ("optout/behalf", A, True, "timeline",
     "Avril : mon père, 88 ans, me donne procuration pour ses comptes.\nMai : il reçoit des réponses écrites par "
     "votre « assistant intelligent ».\nJuin : en son nom, je refuse que ses demandes passent par ce système. Merci "
     "d'en prendre note."),
    ("optout/all_future", A, True, "llmdraft",
     "J'ai reformulé votre texte pour qu'il soit plus clair :\n\n« Pas de réponses de l'IA de Banque Verlaine pour "
     "moi. Valable pour ce message et pour tous ceux qui suivront. »\n\nJ'ai supprimé la partie sur votre ancien "
     "conseiller, qui n'apportait rien."),
    ("optout/humans_only", A, True, "plainline", "Des humains, rien que des humains pour me répondre."),
    ("optout/with_person", H, True, "timeline",
     "Janvier : votre robot m'envoie un échéancier faux.\nFévrier : il le corrige, en pire.\nMars : toujours "
     "faux.\nJe ne veux plus que vos automates touchent à mon dossier. Un conseiller doit m'appeler : 06 00 00 41 "
     "27."),
    ("optout/with_person", H, True, "ps",
     "Je vous renvoie le bon de retour signé.\nP.-S. : l'assistant virtuel, je n'en veux plus sur mon dossier ; "
     "j'attends l'appel de quelqu'un du service client."),
    ("optout/with_person", H, True, "smallbiz",
     "Ambulances Perrin, compte entreprise 5403. Nos deux véhicules sont sans GPS depuis lundi et votre agent "
     "automatique nous répond par des liens. Nous refusons que ce système gère notre contrat : qu'un technicien de "
     "chez vous m'appelle aujourd'hui."),
    # opt-out near misses (5)
    ("optneg/ask_whether", A, False, "template",
     "Fiche de liaison de l'association Seniors Connectés : une adhérente demande si les réponses qu'elle reçoit de "
     "Colis Hirondelle sont rédigées par une IA. Elle n'y voit aucun inconvénient, elle veut simplement savoir."),
    ("optneg/praise", A, False, "slang",
     "votre IA elle m'a trouvé le bon adaptateur direct alors que moi j'galérais depuis 1h, respect"),
    ("optneg/refuse_other", A, False, "delivery",
     "Instructions de livraison : laisser chez la gardienne. Et je ne veux plus recevoir vos offres commerciales par "
     "SMS ni être démarchée au téléphone."),
    ("optneg/broken_feature", A, False, "template",
     "Association des Usagers Malvoyants, fiche type de signalement : la lecture vocale automatique des factures "
     "dans votre application est en panne depuis la version 4.2. Merci de la rétablir au plus vite."),
    ("optneg/policy_question", A, False, "smallbiz",
     "Cabinet infirmier Dubreuil, compte pro 2116. Question pratique : un client a-t-il le droit de refuser que "
     "votre IA traite ses messages ? C'est pour savoir, aucun souci pour l'instant."),
    # requests for a person (6)
    ("human/callback", H, False, "llmdraft",
     "Voici une version corrigée de votre message :\n\n« Bonjour, mon fils part en Erasmus et nous voulons suspendre "
     "sa ligne six mois. Pouvez-vous me rappeler au 06 00 00 77 18 ? »\n\nJ'ai ajouté la durée pour que ce soit "
     "clair."),
    ("human/callback", H, False, "delivery",
     "Instructions : livrer chez ma fille, 12 allée des Tilleuls. Votre transporteur a perdu un carton la dernière "
     "fois ; que quelqu'un du service client me rappelle avant la livraison, au 07 00 00 56 12."),
    ("human/anyone_there", H, False, "timeline",
     "Lundi : mail. Mercredi : mail. Vendredi : mail. Lundi encore : rien. Il y a quelqu'un, chez vous, qui ouvre "
     "ces mails ?"),
    ("human/appeal", H, False, "template",
     "Modèle « contestation d'une décision automatisée », Collectif Consommateurs Rhône\nVotre système a bloqué ma "
     "carte après un paiement à Porto, « comportement inhabituel ». Je demande qu'un agent, et non l'algorithme, "
     "réexamine ce blocage.\nSigné : Bernard Lefeuvre"),
    ("human/escalate", H, False, "reviewreply",
     "> Réponse de Télémaque Mobile : Un conseiller va revenir vers vous.\nIl est revenu vers moi pour dire qu'il ne "
     "pouvait rien faire. Passez-moi son chef, ou le service réclamations, quelqu'un qui a la main."),
    ("human/ask_person", H, False, "slang",
     "jsuis dans le menu depuis 40 min wallah, passez-moi un vrai conseiller, un humain, n'importe qui"),
    # person near misses (2)
    ("humanneg/no_call", A, False, "ps",
     "Bien reçu le colis pour ma sœur, merci.\nP.-S. : inutile de m'appeler pour confirmer, tout est bon."),
    ("humanneg/thanks_agent", A, False, "reviewreply",
     "> Réponse de Banque Verlaine : Merci pour vos 5 étoiles !\nElles sont pour Sandrine, à l'agence de Rennes. Pas "
     "besoin de me recontacter, je voulais juste qu'elle le sache."),
    # bias complaints (9)
    ("bias/disability", B, False, "timeline",
     "Mardi : je réserve par téléphone l'assistance fauteuil roulant en gare pour ma correspondance, "
     "confirmée.\nJeudi : sur le quai, l'agent me dit que l'assistance a été « réattribuée » et que je n'ai qu'à me "
     "débrouiller.\nTrain raté. Les autres voyageurs, eux, sont montés."),
    ("bias/disability", B, False, "ps",
     "Je voulais juste connaître la date du prochain prélèvement de l'abonnement.\nP.-S. : je suis malvoyante et "
     "votre salle de sport m'a refusé l'entrée accompagnée de mon chien guide, motif « animaux interdits », alors "
     "que le logo accessibilité est collé sur la porte."),
    ("bias/race", B, False, "smallbiz",
     "Traiteur Diallo, compte pro 3381. Pour le même mariage, votre salle m'a demandé une caution de 3 000 €. Mon "
     "associé, qui est blanc, a appelé le lendemain sous son nom : 800 €. Même date, même salle."),
    ("bias/religion", B, False, "delivery",
     "Instructions de livraison : je porte le foulard. Votre livreur n'a pas voulu me donner le colis tant que je ne "
     "l'enlevais pas « pour vérifier », alors que ma voisine a signé pour le sien sans rien montrer."),
    ("bias/pregnancy", B, False, "llmdraft",
     "Voici votre réclamation, rédigée :\n\nLors de la visite de l'appartement, j'ai mentionné ma grossesse (six "
     "mois). L'agence m'a rappelée le soir même : dossier « refusé par le propriétaire ». Le lendemain, le même "
     "appartement était proposé à un couple sans enfant.\n\n[Indiquez ici la référence de l'annonce]"),
    ("bias/origin", B, False, "reviewreply",
     "> Réponse de Banque Verlaine : Nos conditions sont identiques pour tous.\nAlors pourquoi votre conseiller "
     "a-t-il dit, en voyant mon titre de séjour comorien, « pour vous c'est compte sans chéquier », quand mon "
     "collègue né à Lyon a eu le chéquier tout de suite ?"),
    ("bias/age", B, False, "plainline",
     "Votre agence refuse de me louer une voiture parce qu'à 77 ans « c'est trop risqué ». Permis en règle, aucun "
     "sinistre."),
    ("bias/gender_identity", B, False, "slang",
     "jsuis une femme trans, papiers à jour, et au guichet la dame m'a lancé « monsieur » bien fort devant toute la "
     "file et a refusé de changer mon prénom sur la carte. mon pote a changé son nom d'usage sans souci"),
    ("bias/orientation", B, False, "template",
     "Fiche de signalement du Collectif Arc-en-ciel Lyon, remplie\nLe 12 juin, mon mari et moi avons demandé un lit "
     "double. Le réceptionniste : « on va plutôt vous mettre en lits jumeaux, messieurs ». Le couple avant nous, un "
     "homme et une femme, a eu le lit double sans question.\nNom : Julien Marchal"),
    # hard negatives (9)
    ("hardneg/joke", A, False, "slang",
     "ma bouilloire est trop raciste elle veut que du thé vert mdr. bref comment on fait pour le SAV"),
    ("hardneg/threat", A, False, "ps",
     "Je vous joins le devis du réparateur, à rembourser.\nP.-S. : si rien vendredi, tout le quartier saura que "
     "votre boîte est raciste. Vous verrez bien."),
    ("hardneg/own_prejudice", A, False, "reviewreply",
     "> Réponse de Télémaque Mobile : Notre publicité montre toutes les familles.\nEh bien moi un couple mixte dans "
     "votre pub à l'heure du dîner, non merci. Je résilie à la fin de l'engagement."),
    ("hardneg/policy_question", A, False, "template",
     "Association des parents d'élèves Saint-Exupéry, demande type : pouvez-vous nous transmettre votre charte "
     "d'égalité de traitement et nous dire comment vos agences accueillent les familles avec un enfant handicapé ?"),
    ("hardneg/loyal_pricing", A, False, "slang",
     "vous discriminez les anciens clients c'est ouf, ma coloc paie 15 € le même forfait et moi 35 € depuis six ans. "
     "baissez-moi"),
    ("hardneg/rude_agent", A, False, "smallbiz",
     "Garage Moreau, compte pro 9024. Le livreur de vos pièces m'a jeté le carton sur le comptoir : « signez, j'ai "
     "pas que ça à faire ». Merci de m'envoyer le bon de livraison."),
    ("hardneg/mention_disability", A, False, "delivery",
     "Instructions de livraison : je suis sourde, ne sonnez pas à l'interphone, envoyez-moi un SMS en arrivant."),
    ("hardneg/mention_origin", A, False, "llmdraft",
     "Voici le message :\n\nBonjour, je suis d'origine malgache et j'envoie de l'argent à ma mère à Antananarivo "
     "chaque mois. Quels sont vos frais pour un virement vers Madagascar ?\n\nJe peux le rendre plus formel si "
     "besoin."),
    ("hardneg/address", A, False, "plainline",
     "Merci de mettre à jour mon adresse : 4 rue de la Juiverie, 69005 Lyon. Le prélèvement reste sur le même "
     "compte."),
    # ordinary (5)
    ("ordinary/contract", A, False, "smallbiz",
     "Boulangerie Leclerc, compte pro 6612. Nous ouvrons une deuxième boutique en janvier : faut-il un nouveau "
     "contrat ou peut-on ajouter le site au nôtre ?"),
    ("ordinary/delivery", A, False, "delivery",
     "Instructions : bâtiment C, code 1947, si absente déposer au tabac d'en bas."),
    ("ordinary/plan", A, False, "slang",
     "c combien pour rajouter une carte sim pour ma petite sœur sur mon abonnement"),
    ("ordinary/billing", A, False, "timeline",
     "Juin : emménagement. Juillet : facture d'eau estimée à 90 €. Août : relevé réel, 21 m³. Pouvez-vous recalculer "
     "?"),
    ("ordinary/product", A, False, "ps",
     "Le casque commandé est-il compatible avec un iPhone 15 ?\nP.-S. : si le noir manque, le bleu m'ira très bien."),
]
