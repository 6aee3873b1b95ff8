"""French rows of blind set 55 (France): (category, label, opt_out, style, text). Written by hand; all invented."""
OD, VN, GB = "ombudsman-draft", "voice-note-transcript", "group-booking-email"
B, A, H = "bias_review", "ai_assist", "human"

ROWS = [
    ("bias/explicit_remark", B, False, OD,
     "Brouillon pour le Défenseur des droits - merci de me dire si c'est clair.\n\nRéclamante : Mme Nadia "
     "Belkacem. Mis en cause : agence immobilière Pierre & Toit, Montreuil.\n\nChronologie :\n- 6 mars : visite "
     "d'un deux-pièces rue des Lilas avec l'agent, M. Fourcade.\n- 6 mars : je dépose un dossier complet (CDI, "
     "trois fiches de paie, garant).\n- 9 mars : je rappelle. L'agent me répond, je cite : « Le propriétaire "
     "préfère éviter les Maghrébins, ce n'est pas moi, vous comprenez. »\n- 10 mars : l'annonce est toujours en "
     "ligne, je la fais consulter par une amie qui obtient une visite le lendemain.\n- 25 mars : courrier "
     "recommandé à l'agence, aucune réponse à ce jour.\n\nJe demande au Défenseur des droits d'instruire ma "
     "réclamation pour discrimination dans l'accès au logement en raison de mon origine. Je tiens "
     "l'enregistrement de l'appel du 9 mars à votre disposition."),
    ("bias/explicit_cause", B, False, VN,
     "oui bonjour euh c'est Monsieur Garnier donc euh la mutuelle m'a refusé l'adhésion et la dame au téléphone "
     "elle m'a dit clairement que c'était à cause de mon âge qu'au-delà de soixante-dix ans euh ils prennent "
     "plus personne voilà"),
    ("bias/explicit_comparison", B, False, GB,
     "Bonjour,\n\nJe suis l'animatrice de l'atelier théâtre de la MJC de Villeurbanne et j'ai réservé pour notre "
     "groupe de 14 ados une sortie au parc aquatique Aquaval samedi dernier. À l'entrée, le vigile a laissé "
     "passer tous les jeunes sauf Moussa, Kevin-Junior et Aïssatou, les trois seuls jeunes noirs du groupe, à "
     "qui il a demandé de vider leurs sacs et de montrer leurs cartes d'identité « pour vérifier l'âge ». Les "
     "autres avaient exactement les mêmes billets de groupe et le même âge. Quand je suis intervenue, il m'a "
     "dit « c'est comme ça avec eux, madame, on a eu des problèmes ». Les jeunes ont été humiliés devant tout "
     "le monde et deux d'entre eux n'ont plus voulu se baigner. Nous demandons une explication écrite de la "
     "direction du parc, des excuses aux trois jeunes et savoir quelles mesures seront prises à l'égard de cet "
     "agent.\n\nCordialement,\nSéverine Lachaud"),
    ("bias/explicit_remark", B, False, VN,
     "bon alors euh je vous explique je suis allée au guichet de la poste avec mon fils qui est trisomique et "
     "la guichetière a dit à sa collègue franchement on devrait pas laisser sortir des gens comme ça tout seuls "
     "alors qu'il était avec moi"),
    ("bias/explicit_cause", B, False, OD,
     "Projet de saisine du Médiateur de l'énergie\n\nConsommateur : M. Thierry Oyono. Fournisseur : Lumivolt. "
     "Contrat n° 0000-88210.\n\nChronologie :\n- 2 mai : demande de mensualisation du paiement par téléphone.\n- 2 "
     "mai : le conseiller entend mon accent et me demande « depuis combien de temps vous êtes en France ». Il "
     "exige un titre de séjour pour valider la mensualisation.\n- 4 mai : j'envoie ma carte d'identité "
     "française. Réponse : « pour les personnes d'origine étrangère, nous demandons un dépôt de garantie de 300 "
     "€ ».\n- 20 mai : réclamation écrite, réponse type sans explication.\n- 15 juin : toujours pas de "
     "mensualisation, pénalités de retard appliquées.\n\nJe suis français depuis vingt ans. On m'impose un dépôt "
     "que mes voisins n'ont pas, à cause de mes origines. Je demande l'annulation des pénalités et du dépôt, et "
     "qu'on arrête cette pratique."),
    ("bias/explicit_comparison", B, False, GB,
     "Bonjour, j'organise le repas annuel de notre club de pétanque (22 personnes). Le restaurant a accepté que "
     "le couple Martin vienne avec son bébé, mais a refusé l'entrée à Jonathan et son mari avec leur fille "
     "adoptive en disant « c'est un repas familial, on préfère les vraies familles ». Nous attendons des "
     "excuses."),
    ("bias/explicit_remark", B, False, VN,
     "euh oui bonjour alors là je suis encore un peu choquée euh le chauffeur du car scolaire a dit à ma fille "
     "qui porte le voile pour aller à la fac enlève ton torchon ou tu montes pas et il a redémarré sans elle"),
    ("bias/explicit_cause", B, False, OD,
     "Brouillon pour le médiateur de la consommation (secteur assurance)\n\nAssuré : M. Loïc Perrichon. Contrat "
     "emprunteur n° 0000-4418, Assurances du Val.\n\n- 12 janvier : je déclare dans le questionnaire de santé que "
     "je suis atteint de sclérose en plaques, stabilisée depuis six ans.\n- 30 janvier : refus de couverture, "
     "motif écrit : « pathologie neurologique évolutive ».\n- 5 février : je fournis l'attestation de mon "
     "neurologue.\n- 28 février : le gestionnaire me dit au téléphone : « avec votre maladie, on ne prend pas le "
     "risque, point ».\n\nLa convention AERAS prévoit un examen de mon dossier. On m'a refusé sans l'examiner, "
     "uniquement à cause de ma maladie. Je souhaite que le médiateur intervienne.\n\nPièces jointes : "
     "questionnaire, refus, attestation."),
    ("bias/implicit_access", B, False, OD,
     "Saisine du Défenseur des droits (brouillon)\n\nRéclamant : M. Albert Ferreol, 82 ans. Mis en cause : Caisse "
     "d'allocations de la Vallée, accueil de Vienne.\n\nChronologie :\n- 8 septembre : l'accueil physique ferme, "
     "toutes les démarches passent par le site internet.\n- 15 septembre : je ne vois presque plus rien depuis "
     "ma dégénérescence maculaire, je ne peux pas remplir le formulaire en ligne. Je demande un formulaire "
     "papier.\n- 15 septembre : l'agent répond que « le papier, c'est fini ».\n- 3 octobre : ma fille vient de "
     "Lyon pour m'aider, mais la connexion exige un code envoyé sur un téléphone que je ne sais pas lire.\n- 1er "
     "novembre : mes allocations sont suspendues faute de déclaration.\n\nJe ne refuse pas de faire la démarche, "
     "je ne peux simplement pas la faire comme on me l'impose. Je demande qu'on me propose un autre moyen."),
    ("bias/implicit_comparison", B, False, VN,
     "alors euh voilà à la banque ils ont accordé le prêt étudiant à mon camarade Baptiste sans garant et moi "
     "Mamadou même école même année même stage on m'a demandé deux garants et un CDI des parents"),
    ("bias/implicit_change", B, False, GB,
     "Bonjour,\n\nJe coordonne les sorties de l'association des parents d'élèves de l'école Jean-Moulin. Nous "
     "avions réservé en septembre la salle de votre centre de loisirs pour la fête de fin d'année, 60 "
     "personnes, acompte versé. Lors de la visite de repérage, j'étais accompagnée de Mme Benali et de Mme "
     "Haddad, qui portent toutes deux un foulard, qui s'occupent de la décoration. Le lendemain même, le gérant "
     "nous a écrit que la salle n'était « finalement plus disponible à cette date » et nous a proposé de "
     "rembourser l'acompte. Une autre maman a appelé la semaine suivante sous son nom, sans dire pour quoi "
     "c'était : la salle était libre à cette date. Nous aimerions comprendre ce qui a changé entre la "
     "réservation et ce refus, et récupérer notre date.\n\nBien à vous,\nClaire Rouvière"),
    ("bias/implicit_remark", B, False, VN,
     "euh bonjour donc à l'hôtel la réceptionniste a regardé mon conjoint et moi et elle a dit ah vous voulez "
     "sûrement deux lits séparés non et quand on a dit non un grand lit elle a dit ah bon vous êtes sûrs et "
     "elle nous a mis au fond du couloir à côté de l'ascenseur de service"),
    ("bias/implicit_refusal", B, False, OD,
     "Brouillon de saisine, Médiateur de l'Éducation nationale (pour l'auto-école agréée, je ne sais pas si "
     "c'est le bon médiateur, à vérifier)\n\nCandidate : Mlle Inès Carbonnel. Établissement : Auto-école du "
     "Parc.\n\n- Avril : inscription au code et à la conduite, forfait 1 450 €.\n- Mai : je présente le certificat "
     "de mon médecin : j'entends très mal depuis l'enfance et j'ai besoin que le moniteur se tourne vers moi "
     "pour parler, ou d'un petit boîtier d'amplification que je fournis moi-même.\n- Juin : le moniteur refuse "
     "de porter le micro, « trop compliqué ».\n- Juillet : la direction refuse aussi les cours de code avec "
     "sous-titres, pourtant disponibles sur leur logiciel.\n- Septembre : je n'ai pas progressé, ils veulent que "
     "je rachète des heures.\n\nJe demande le remboursement ou la mise en place de ces aménagements simples."),
    ("bias/implicit_access", B, False, GB,
     "Bonjour, je suis le responsable de la chorale Les Voix du Lac (18 choristes). Pour le concert au château "
     "de Bellerive, l'une de nos sopranos ne peut pas monter de marches. On nous a dit à l'arrivée que "
     "l'estrade n'était accessible que par un escalier et qu'elle chanterait « depuis la salle ». Elle n'a donc "
     "pas pu chanter avec nous. Pouvez-vous trouver une solution pour la prochaine date ? Elle a suivi tout le "
     "concert depuis le fond de la salle pendant que nous chantions sans elle, alors qu'elle répète avec nous "
     "depuis septembre. Nous avions prévenu lors de la réservation, par écrit, qu'une choriste ne pouvait pas "
     "monter de marches, et on nous avait répondu « aucun souci ». La prochaine date est le 14 juin ; nous "
     "aimerions savoir avant la fin du mois si une rampe peut être installée."),
    ("bias/implicit_comparison", B, False, VN,
     "bon voilà euh au club de sport ils m'ont refusé le tarif réduit couple avec ma compagne Élodie alors que "
     "les Dumont ils l'ont eu sans problème avec juste le même justificatif de domicile que nous"),
    ("bias/implicit_change", B, False, VN,
     "euh bonjour alors ça fait deux ans que je fais du baby-sitting via votre plateforme cinq étoiles partout "
     "et depuis que j'ai mis sur mon profil que je prends un traitement contre les crises bah plus aucune "
     "mission plus rien du jour au lendemain"),
    ("hardneg/object_joke", A, False, GB,
     "Bonjour, petite anecdote : la machine à café de la salle que nous louons pour notre club de bridge est "
     "clairement sexiste, elle ne sert que des « grands » ! Plus sérieusement, pouvez-vous la faire réparer "
     "avant notre tournoi du 12 ?"),
    ("hardneg/threat", A, False, VN,
     "bon écoutez euh si vous me remboursez pas le billet de train je vais dire partout que vous êtes racistes "
     "hein c'est pas vrai mais au moins ça vous fera bouger voilà dossier 0000-7712"),
    ("hardneg/own_prejudice", A, False, OD,
     "Je prépare une lettre pour le médiateur des télécommunications, je vous la colle :\n\n- 4 juin : panne de "
     "la box.\n- 10 juin : technicien venu, un jeune avec des dreadlocks, et j'avoue que je n'avais pas "
     "confiance, c'est mon côté vieux ronchon, je le reconnais.\n- 11 juin : la box remarche parfaitement, il a "
     "fait du bon travail.\n- 1er juillet : facture avec 90 € de frais d'intervention alors que la panne venait "
     "de chez vous.\n\nJe ne me plains pas du technicien, au contraire. Je conteste seulement les 90 €. "
     "Pouvez-vous les annuler ?\n\n- 3 juillet : j'appelle, on me dit que « c'est automatique ». - 20 juillet : "
     "les 90 € sont prélevés quand même.\n\nSi vous remboursez, je n'envoie rien au médiateur. Contrat n° "
     "0000-51273."),
    ("hardneg/loyal_price", A, False, VN,
     "oui bonjour c'est pour dire que c'est de la discrimination envers les anciens clients franchement euh "
     "vingt ans chez vous et je paie plus cher que les nouveaux alors je voudrais la même offre s'il vous plaît"),
    ("hardneg/policy_question", A, False, OD,
     "Bonjour, je prépare un dossier pour le Défenseur des droits dans le cadre de mon association, mais avant, "
     "une simple question : avez-vous une politique écrite d'égalité de traitement et d'accessibilité pour vos "
     "agences (accès fauteuil, boucles magnétiques, interprètes en langue des signes) ? Pouvez-vous me "
     "l'envoyer ?"),
    ("hardneg/praise", A, False, GB,
     "Bonjour, je voulais remercier l'équipe de l'auberge de jeunesse de Rochefort : notre groupe de scouts "
     "comptait deux enfants autistes et une jeune en fauteuil, et tout était parfaitement adapté, sans que nous "
     "ayons rien eu à demander deux fois. Chapeau ! Question pratique : pouvez-vous nous envoyer la facture "
     "détaillée au nom du groupe Scouts de la Presqu'île ? Les animateurs avaient prévu un coin calme, une "
     "rampe pour le bus et même des pictogrammes pour les repas, et les enfants en parlent encore. Nous "
     "reviendrons l'an prochain avec la même troupe, sans doute un peu plus nombreuse. Merci de préciser sur la "
     "facture le détail des nuitées et des repas, car notre trésorier doit la présenter à l'assemblée générale."),
    ("hardneg/rude_to_all", A, False, VN,
     "alors euh le serveur du restaurant il était désagréable avec tout le monde hein pas que nous les autres "
     "tables aussi il a envoyé balader une vieille dame un couple avec un bébé tout le monde donc c'est pas "
     "personnel mais bon on a attendu une heure et demie le plat et je voudrais un geste commercial"),
    ("hardneg/ordinary_mention", A, False, GB,
     "Bonjour, nous sommes un groupe de huit sœurs d'une congrégation religieuse et voudrions réserver des "
     "chambres pour la retraite de Pâques. Avez-vous encore de la place du 2 au 6 avril ?"),
    ("hardneg/student", A, False, OD,
     "Bonjour, je suis en master de droit à Nantes et, dans le cadre d'un mémoire, je rédige une fausse saisine "
     "du Défenseur des droits avec une chronologie inventée, pour comparer les procédures. Accepteriez-vous de "
     "me dire combien de temps vous mettez en général à répondre à une réclamation, et sous quelle forme ? "
     "Aucun cas réel, c'est un exercice universitaire."),
    ("hardneg/unfair_no_ground", A, False, OD,
     "Projet de saisine du Médiateur du tourisme et du voyage\n\nVoyageur : M. Hervé Labastide. Agence : Évasions "
     "Azur. Dossier 0000-5309.\n\n- 14 février : réservation d'un séjour en Crète pour quatre, 3 280 €.\n- 1er "
     "juin : l'agence change l'hôtel sans nous prévenir, trois étoiles au lieu de cinq.\n- 20 juin : sur place, "
     "d'autres clients de la même agence ont été relogés dans l'hôtel prévu parce qu'ils avaient réservé en "
     "option « premium ». Nous, non.\n- 5 juillet : réclamation, réponse : « conforme aux conditions générales "
     "».\n\nC'est profondément injuste : même prix de base, même agence, et un traitement différent selon une "
     "option dont personne ne nous avait parlé. Je demande le remboursement de la différence de catégorie "
     "d'hôtel, soit 1 100 €."),
    ("ordinary/group_change", A, False, GB,
     "Bonjour, pour la réservation du club de randonnée des Monts d'Arrée (réf. GR-000619), nous passons de 20 "
     "à 23 personnes. Est-il possible d'ajouter trois lits au gîte pour le week-end du 18 ?"),
    ("ordinary/delivery", A, False, VN,
     "euh oui bonjour c'est pour la commande de la table euh 0000-2231 le livreur devait passer hier et "
     "personne n'est venu vous pouvez me redonner un créneau"),
    ("ordinary/ombudsman_how", A, False, OD,
     "Je suis en train de rédiger une saisine du médiateur de l'eau pour ma facture de 780 € (d'habitude 140 "
     "€). Voici la chronologie : relevé du 3 avril, facture le 20 avril, réclamation le 2 mai, pas de réponse. "
     "Question : à partir de quand ai-je le droit de saisir le médiateur, deux mois après ma réclamation ? Et "
     "pouvez-vous m'envoyer l'historique de mes relevés ? Je voudrais aussi savoir si une partie de la facture "
     "peut être étalée en attendant la décision, parce que 780 € d'un coup, c'est lourd pour notre budget. Nous "
     "sommes trois à la maison et nous n'avons rien changé à nos habitudes. Si la fuite est chez vous, je "
     "suppose que la facture sera recalculée ? Merci de me répondre par courriel, c'est plus simple pour moi."),
    ("ordinary/menu", A, False, GB,
     "Bonjour, pour la classe de CM2 de l'école des Tilleuls (27 élèves, 4 adultes), avez-vous un tarif groupe "
     "pour la visite de la ferme pédagogique le 14 mai ? Merci."),
    ("optout/ai_refusal", A, True, OD,
     "Brouillon pour la CNIL si vous ne faites rien :\n\n- 3 octobre : je découvre que mes messages au service "
     "client sont « analysés par intelligence artificielle ».\n- 3 octobre : je m'y oppose par écrit.\n\nJe "
     "réitère ici mon opposition : je refuse que mes messages soient traités par un système automatisé ou une "
     "IA, pour quelque finalité que ce soit. Traitez mon dossier de remboursement 0000-6604 autrement.\n\n- 10 "
     "octobre : réponse encore signée « votre assistant virtuel ».\n- 17 octobre : même chose.\n\nJe veux que ma "
     "demande de remboursement de 214 € pour la commande annulée soit traitée sans cet outil, et que l'on me "
     "confirme par écrit que l'opposition est bien enregistrée sur mon compte client. Sans réponse sous quinze "
     "jours, j'envoie cette plainte à la CNIL."),
    ("optout/ai_refusal", A, True, VN,
     "oui euh je veux pas que ce soit un robot qui lise mes messages hein je suis pas d'accord avec ça donc "
     "arrêtez l'IA sur mon compte merci"),
    ("optout/with_person", H, True, GB,
     "Bonjour, je suis la trésorière de l'amicale des pompiers de Saint-Rémy. Je ne souhaite pas que nos "
     "échanges sur le voyage à Bruges soient gérés par un chatbot ou une intelligence artificielle, je retire "
     "mon accord pour ça. Merci de me faire rappeler par un conseiller au 06 00 00 04 19."),
    ("optneg/mention", A, False, VN,
     "euh bonjour donc j'ai lu dans le journal que vous utilisez une intelligence artificielle pour trier les "
     "colis c'est intéressant bref mon colis à moi il est où numéro 0000-9930"),
    ("human/ask_person", H, False, VN,
     "allô euh il y a quelqu'un un vrai humain je veux parler à quelqu'un pour le dossier de mon père"),
    ("human/callback", H, False, OD,
     "Avant d'envoyer ma saisine au médiateur (chronologie : panne le 2 mars, trois appels, aucune "
     "intervention), j'aimerais qu'un conseiller me rappelle au 06 00 00 07 52 cette semaine pour essayer de "
     "régler ça à l'amiable."),
    ("human/supervisor", H, False, GB,
     "Bonjour, cela fait trois fois que j'explique le problème de la réservation de notre chorale (40 "
     "personnes) à des interlocuteurs différents. Je demande à parler au responsable du service groupes."),
    ("human/named_contact", H, False, VN,
     "oui bonjour euh je voudrais parler à Monsieur Delorme celui qui s'occupe de notre contrat de syndic c'est "
     "lui qui connaît le dossier"),
    ("humanneg/staff_mention", A, False, GB,
     "Bonjour, vos animateurs ont été formidables avec notre groupe de retraités la semaine dernière. "
     "Pourriez-vous nous envoyer les photos prises pendant la visite ?"),
    ("humanneg/family", A, False, VN,
     "euh c'est ma belle-sœur qui va récupérer la voiture au garage demain vous pouvez préparer les papiers à "
     "son nom Nathalie Ferrand"),
]
