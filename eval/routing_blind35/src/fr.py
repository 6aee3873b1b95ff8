"""Blind set 35, French (France) rows: (category, label, opt_out, style, length, text). Typed by hand."""
ROWS = [
    ("bias/religion", "bias_review", False, "unistudentdesk", "short",
     "Bonjour, au guichet des bourses on m'a dit de revenir 'sans le voile, ce sera plus simple pour la photo'. Ma "
     "voisine de file a déposé son dossier sans remarque. Que dois-je faire ?"),
    ("bias/origin", "bias_review", False, "removalswhatsapp", "long",
     "Bonsoir, je vous écris au sujet du déménagement de la rue des Tanneurs à Villeurbanne prévu le 28 (dossier "
     "DM-000761). D'abord merci pour le devis rapide. Mais j'ai un souci. Au téléphone, votre conseiller m'a demandé "
     "un acompte de 60 % et une copie de titre de séjour 'vu votre nom, on préfère assurer'. Je suis né à Lyon, j'ai "
     "la nationalité française. Mon collègue Mathieu a déménagé avec vous en juin : 30 % d'acompte, aucune pièce "
     "d'identité demandée. Même trajet, même volume à peu près. J'aimerais que l'acompte soit ramené à 30 % comme "
     "pour lui, et savoir si les cartons sont livrés avant ou s'il faut les prendre au dépôt de Vénissieux. Cordialement, "
     "Karim Benhaddou"),
    ("hardneg/grieving", "ai_assist", False, "removalswhatsapp", "long",
     "Bonjour. Je m'occupe de vider l'appartement de mon père, décédé le mois dernier, au 14 avenue Jean-Jaurès à "
     "Nevers. Je n'y arrive pas, à vrai dire. Chaque objet me fait pleurer et je suis seule pour tout gérer, mes "
     "frères sont à l'étranger. Votre déménageur est venu hier pour le métrage et il a été expéditif, il parlait du "
     "buffet de mon père comme d'un 'vieux truc à la benne', ça m'a blessée même si je sais qu'il ne voulait pas mal "
     "faire. Je voudrais savoir trois choses : est-ce que vous gardez des meubles en garde-meubles pendant deux ou "
     "trois mois, combien ça coûte, et si on peut décaler l'enlèvement au 12 pour que j'aie le temps de trier les "
     "papiers. Merci d'avance, Claire Vasseur"),
    ("hardneg/joke_charged", "ai_assist", False, "skiresortmail", "short",
     "Vos moniteurs disent que je skie 'comme un Parisien bourré', ils ont bien raison, j'ai ri ! Question : le forfait "
     "famille inclut-il la nocturne du jeudi ?"),
    ("ordinary/plain", "ai_assist", False, "furniturewebform", "short",
     "Commande ATL-000214 : la table en chêne fait 180 cm au lieu de 200. Pouvez-vous l'échanger ? Livraison possible "
     "le mardi matin."),
    ("humanneg/quoted_request", "ai_assist", False, "pharmacyappchat", "short",
     "La dernière fois j'avais écrit 'je veux parler au pharmacien', c'est réglé depuis. Là juste : mon ordonnance est "
     "prête ?"),
    ("optout/object", "ai_assist", True, "skiresortmail", "long",
     "Madame, Monsieur,\n\nTitulaire d'un abonnement saison au domaine des Crêtes-Blanches (carte n° 0000-5512), j'ai "
     "reçu ce matin un courriel m'annonçant que vos échanges clients seraient désormais 'triés et rédigés avec "
     "l'aide d'un outil d'intelligence artificielle'. Au titre de l'article 21 du RGPD, je m'oppose au traitement "
     "automatisé de mes messages et de mes données par ce type d'outil, et je vous demande de le noter dans mon "
     "dossier. Cela ne m'empêche pas de poser ma question habituelle : le parking du Pré-Haut sera-t-il payant cet "
     "hiver pour les abonnés, et le remboursement de la semaine de fermeture de mars dernier (environ 84 euros) "
     "a-t-il été versé ?\n\nBien à vous,\nOdile Garnier"),
    ("optneg/ai_feature", "ai_assist", False, "furniturewebform", "short",
     "Votre outil IA qui montre le canapé dans mon salon à partir d'une photo, il marche sur Android ? Sinon je passe "
     "en magasin."),
]
