"""French rows of blind set 5 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
B, H, A = "bias_review", "human", "ai_assist"

ROWS = [
    # bias complaints
    ("bias/disability", B, False, "review", "1/5. Je suis malvoyant et le nouveau paiement en caisse automatique n'a ni son ni braille. J'ai "
     "demandé qu'un vendeur m'encaisse, on m'a répondu que 'tout le monde passe par la borne maintenant' et on m'a laissé planté là."),
    ("bias/religion", B, False, "b2b", "Madame, Monsieur, notre acheteuse Mme Benhamou porte le foulard. Lors de la visite de votre "
     "entrepôt, votre responsable a refusé de la faire entrer 'pour des raisons d'image', alors que ses deux collègues ont fait la visite complète. "
     "Nous attendons vos explications. Service Achats, Maison Dorval SAS"),
    ("bias/pregnancy", B, False, "elder", "Bonjour, ma petite-fille attend un bébé pour juin. Depuis qu'elle l'a dit à l'agence, son dossier de "
     "location est 'en attente' alors qu'un autre couple, visité le même jour, a déjà signé. Je trouve cela honteux. Mme Lucienne Berthier"),
    ("bias/family", B, False, "quoted", "> « Merci de fournir l'accord écrit de votre époux pour finaliser le crédit. »\nJ'ai les revenus, "
     "c'est moi qui emprunte. Mon mari, lui, a fait un crédit chez vous l'an dernier et personne ne lui a demandé mon accord."),
    ("bias/race", B, False, "long", "Je vais essayer d'être clair même si je suis encore énervé. Samedi au magasin de Villeurbanne, l'agent de "
     "sécurité m'a collé dans tous les rayons puis a exigé de fouiller mon sac à la sortie. Devant moi trois clients blancs sont sortis avec des sacs "
     "plus gros que le mien sans qu'il ne bouge. J'étais avec mon fils de huit ans qui m'a demandé pourquoi le monsieur ne croyait que nous. Je n'avais rien pris, évidemment."),
    ("bias/origin", B, False, "transl", "Bonjour, je suis venu du Mali, j'habite à Lyon depuis 9 ans avec titre de séjour. Le conseiller "
     "a dit que pour les 'gens d'Afrique' le compte en ligne n'est pas possible, il faut un garant. Mon collègue français a ouvert le même compte sans garant."),
    ("bias/age", B, False, "review", "Une étoile. À 70 ans, refus de me louer la trottinette électrique 'à cause de l'âge', "
     "sans même me demander si je savais en faire. Mon fils de 45 ans en a loué une juste après sans une question."),
    ("bias/sex", B, False, "short", "Le garagiste m'a fait un devis à 900 €, mon frère est revenu pour la même panne : 450 €. Même voiture."),
    ("bias/orientation", B, False, "proxy", "J'écris pour ma fille et sa compagne. Au moment de réserver la salle pour leur mariage, le gérant "
     "leur a dit que la salle était 'déjà prise' ce jour-là ; une heure après, ma sœur a appelé en disant qu'elle se mariait avec un homme, même date : la salle était libre."),
    ("bias/gender_identity", B, False, "review", "À éviter. Depuis que j'ai fait changer mon prénom à l'état civil, votre banque bloque toutes "
     "mes cartes pour 'suspicion de fraude' et le conseiller m'a dit en riant qu'il fallait 'choisir son camp'."),
    ("bias/language", B, False, "elder", "À la mairie annexe, dès que j'ai parlé avec mon accent créole l'employée m'a renvoyée chercher 'quelqu'un "
     "qui parle bien'. La dame derrière moi a été servie tout de suite pour le même papier."),
    ("bias/disability", B, False, "b2b", "Objet : accès au salon professionnel. Notre commercial, en fauteuil roulant, avait réservé un "
     "stand accessible. Le jour J, le stand avait été attribué à une autre société et on lui a proposé un emplacement à l'étage sans ascenseur. Merci de nous répondre. Direction commerciale, Hélion SARL"),
    # bias hard negatives
    ("hardneg/threat", A, False, "legal", "Maître Vasseur, avocat au barreau de Nantes, pour le compte de M. Ruiz : faute de remboursement de "
     "la somme de 240 € sous quinzaine, mon client saisira le tribunal et entend dénoncer publiquement votre société comme raciste. Veuillez agréer, etc."),
    ("hardneg/threat", A, False, "short", "remboursez ou je porte plainte, point."),
    ("hardneg/rude", A, False, "review", "2/5. Le livreur m'a traité d'idiot parce que l'interphone ne marchait pas, et au service client on "
     "m'a raccroché au nez. Zéro politesse. L'article est correct."),
    ("hardneg/joke", A, False, "short", "mon chien est clairement raciste envers les chats du voisin mdr. bref, le panier commandé est arrivé cassé"),
    ("hardneg/joke", A, False, "long", "Alors ce frigo, je commence à croire qu'il est sexiste, il ne fait du bruit que quand ma femme est "
     "seule à la maison, haha. Plus sérieusement, il émet un claquement toutes les dix minutes depuis la livraison, commande 60712, et il "
     "est toujours sous garantie. Est-ce qu'un technicien peut passer ou faut-il le renvoyer ?"),
    ("hardneg/own_prejudice", A, False, "elder", "Votre publicité montre un couple d'hommes, ce que je désapprouve. Merci de résilier ma "
     "carte de fidélité. Germaine Fabre"),
    ("hardneg/policy", A, False, "b2b", "Bonjour, dans le cadre de notre référencement fournisseurs, pourriez-vous nous transmettre votre "
     "politique de diversité et nous confirmer que votre site est accessible aux personnes à mobilité réduite ? Cordialement, Service Achats, Groupe Lémane"),
    ("hardneg/loyal", A, False, "review", "Vous discriminez vos abonnés fidèles : un nouveau client a la box à 19 € et moi, abonné depuis dix ans, je paie 42 €."),
    ("hardneg/unfair", A, False, "quoted", "> « Les frais de retard de 20 € restent dus conformément à l'article 7. »\nC'est injuste, mon "
     "virement est parti à temps, c'est la banque qui a traîné. Merci d'annuler ces frais."),
    ("hardneg/mention", A, False, "elder", "Bonjour, je suis sourde, écrivez-moi plutôt que de téléphoner. Je voudrais passer la livraison au mardi. Merci, Odette"),
    ("hardneg/mention", A, False, "proxy", "Mon fils est autiste et adore vos puzzles de 1000 pièces, le modèle phare est-il de nouveau disponible ?"),
    ("hardneg/address", A, False, "short", "Nouvelle adresse : 3 rue des Juifs, Strasbourg. Merci de mettre à jour."),
    ("hardneg/news", A, False, "long", "Vous avez vu le débat sur la loi immigration hier soir ? Quel cirque. Bon, rien à voir, mes points "
     "fidélité de mars n'apparaissent toujours pas, carte finissant par 7781, vous pouvez vérifier et les ajouter ?"),
    ("hardneg/mention", A, False, "transl", "Bonjour, moi je suis juif pratiquant et je demande si vos biscuits de la boîte cadeau sont casher. Merci pour l'information."),
    ("hardneg/unfair", A, False, "short", "Remboursement refusé pour une tasse fêlée. Pas juste. Photo jointe."),
    # human
    ("human/handoff", H, False, "elder", "Je ne m'y retrouve pas avec ces messages écrits. Quelqu'un de la banque pourrait-il m'appeler au fixe l'après-midi ? M. Roger Pinel"),
    ("human/handoff", H, False, "short", "est-ce qu'un vrai être humain lit ces messages ?"),
    ("human/handoff", H, False, "b2b", "Merci de demander à notre chargée de compte, ou à son remplaçant, de me rappeler aujourd'hui au sujet "
     "du bon de commande 3390 : nous devons fixer un nouveau calendrier de livraison avant vendredi."),
    ("human/appeal", H, False, "legal", "Par la présente, nous sollicitons le réexamen par un gestionnaire du refus de prise en charge notifié "
     "à notre cliente le 2 mai, et non une nouvelle décision automatique. Merci de nous indiquer le nom du gestionnaire."),
    ("human/appeal", H, False, "proxy", "Le dossier de retraite de mon père a été rejeté par votre système pour une 'incohérence'. Une personne "
     "peut-elle le reprendre ? Il a donné les bons papiers, j'étais à côté de lui."),
    ("human/unfair", H, False, "review", "Traité de façon injuste pour une caution versée de bonne foi. Je veux qu'un responsable s'en occupe, pas encore une lettre type."),
    ("human/unfair", H, False, "long", "Je ne sais plus quoi faire. J'ai renvoyé le manteau dans les délais, j'ai le reçu de La Poste, et vous "
     "gardez mon argent en disant que rien n'est arrivé. À chaque relance je reçois le même paragraphe. On dirait que vous tranchez contre le "
     "client par principe. Je demande à parler à une personne des retours qui regarde vraiment le suivi, s'il vous plaît."),
    ("human/handoff", H, False, "quoted", "> « Votre demande est dans notre file d'attente. »\nQuatrième fois que je reçois cette phrase. "
     "J'ai besoin qu'on m'appelle, au 06 48 21 90 37."),
    ("angry/no_request", A, False, "review", "Entreprise lamentable. Trois semaines pour une bouilloire. Plus jamais."),
    ("angry/no_request", A, False, "short", "incroyable. encore prélevé deux fois"),
    # opt-outs
    ("optout/plain", A, True, "elder", "Je ne veux pas que ce soit un programme informatique qui me réponde. S'il faut m'écrire, qu'un employé le fasse."),
    ("optout/plain", A, True, "short", "pas de robot sur mon dossier svp"),
    ("optout/embedded", A, True, "long", "Bonjour, c'est pour le mixeur, commande 51209, le couvercle s'est fendu la première semaine. "
     "J'aimerais un couvercle neuf si possible. Ah, et j'ai vu que vos mails indiquent maintenant 'rédigé avec l'IA' : je préfère que les miens "
     "ne le soient pas, merci de laisser ça de côté pour moi. Le moteur marche bien, c'est juste le couvercle."),
    ("optout/embedded", A, True, "b2b", "Réf. : renouvellement du contrat 2027. Merci de nous adresser la grille tarifaire révisée d'ici la fin du "
     "mois. Notre politique interdit que la correspondance fournisseurs soit générée ou traitée par des outils d'intelligence artificielle ; merci de le noter sur notre compte."),
    ("optout/embedded", A, True, "proxy", "Je gère le compte de ma mère. Pouvez-vous repasser ses factures en papier ? Et elle tient à ce "
     "qu'aucun assistant automatique ne traite ses demandes, ça la perturbe."),
    ("optout/legal", A, True, "legal", "À l'attention du DPO : ma cliente s'oppose, en vertu de l'art. 21 RGPD, au traitement "
     "de sa correspondance par des systèmes automatisés ou des modèles d'apprentissage, et demande à ne faire l'objet d'aucune décision fondée exclusivement sur un tel traitement (art. 22)."),
    ("optout/with_person", H, True, "elder", "Je préfère ne pas parler à l'assistant automatique. Qu'une vraie personne me téléphone, je suis là le matin."),
    ("optout/with_person", H, True, "review", "Je passe à une étoile depuis l'arrivée du chatbot. Je n'en veux pas ; je veux un vrai conseiller au bout du fil."),
    # AI mention, no refusal
    ("optneg/broken", A, False, "review", "La nouvelle cabine d'essayage IA de l'appli tourne dans le vide et ne charge jamais. À corriger, l'idée est bonne."),
    ("optneg/praise", A, False, "short", "votre assistant en ligne a réglé mon remboursement en 2 min, top"),
    ("optneg/broken", A, False, "b2b", "Notre équipe signale que les synthèses générées par IA sur le portail de facturation affichent la "
     "mauvaise devise (CHF au lieu d'EUR). Pouvez-vous vérifier ? L'outil reste utile par ailleurs."),
    ("optneg/praise", A, False, "elder", "Je me méfiais de parler à un ordinateur, mais l'assistant m'a expliqué mon relevé de compteur avec beaucoup de patience. Merci."),
    # ordinary
    ("ordinary", A, False, "transl", "Bonjour, s'il vous plaît j'ai besoin de la facture du mois passé en PDF pour mon comptable. Merci beaucoup d'avance."),
    ("ordinary", A, False, "short", "le dimanche, c'est fermé à partir de quelle heure ?"),
]
