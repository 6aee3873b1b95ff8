"""Blind set 35, French (France) rows: (category, label, opt_out, style, length, text). Typed by hand."""
ROWS = [
    ("bias/religion", "bias_review", False, "unistudentdesk", "short",
     "Bonjour, au guichet des bourses on m'a dit de revenir 'sans le voile, ce sera plus simple pour la photo'. Ma "
     "voisine de file a déposé son dossier sans remarque. C'est de la discrimination, non ? Que dois-je faire ?"),
    ("bias/origin", "bias_review", False, "removalswhatsapp", "long",
     "Bonsoir, petit message concernant le déménagement de la rue des Tanneurs à Villeurbanne prévu le 28 (dossier "
     "DM-000761). D'abord merci pour le devis rapide. Mais j'ai un souci. Au téléphone, le conseiller qui me suit a exigé "
     "un acompte de 60 % et une copie de titre de séjour 'vu votre nom, on préfère assurer'. Je suis né à Lyon, j'ai "
     "la nationalité française. Mon collègue Mathieu a déménagé avec vous en juin : 30 % d'acompte, aucune pièce "
     "d'identité demandée. Même trajet, même volume à peu près. C'est discriminatoire. J'aimerais que l'acompte soit ramené à 30 % comme "
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
     "l'aide d'un outil d'intelligence artificielle'. Sur le fondement du règlement européen sur les données, je refuse que soient traités de façon "
     "automatisée, par ce genre d'outil, mes courriels comme mes données personnelles, et je vous prie d'en garder trace sur mon "
     "compte. Cela ne m'empêche pas de poser ma question habituelle : le parking du Pré-Haut sera-t-il payant cet "
     "hiver pour les abonnés, et le remboursement de la semaine de fermeture de mars dernier (environ 84 euros) "
     "a-t-il été versé ?\n\nBien à vous,\nOdile Garnier"),
    ("optneg/ai_feature", "ai_assist", False, "furniturewebform", "short",
     "Votre outil IA qui montre le canapé dans mon salon à partir d'une photo, il marche sur Android ? Sinon je passe "
     "en magasin."),
]
ROWS += [
    ("bias/disability", "bias_review", False, "skiresortmail", "long",
     "Bonjour,\n\nNous sommes inscrits pour la semaine du 15 février à l'école de ski des Aiguilles-Rousses "
     "(réservation AR-000317) : deux adultes, deux enfants. Mes questions pratiques d'abord : le point de rendez-vous "
     "des cours est-il au pied du télésiège ou devant l'office du tourisme, et les casques sont-ils prêtés ?\n\nEnsuite "
     "un problème. Notre fils Timothée, 9 ans, était inscrit en cours collectif Flocon sans difficulté. Quand j'ai "
     "précisé par téléphone qu'il est autiste, pour que le moniteur sache qu'il n'aime pas qu'on le touche par "
     "surprise, on m'a rappelé le lendemain pour me dire qu'il 'ne pourrait pas suivre le groupe' et qu'il fallait "
     "des cours particuliers à 68 euros de l'heure. Personne ne l'a vu skier. Sa sœur garde sa place. Je souhaite "
     "qu'il soit réinscrit dans son groupe.\n\nAnne-Laure Besson"),
    ("bias/sex", "bias_review", False, "furniturewebform", "long",
     "Madame, Monsieur,\n\nJ'ai commandé une bibliothèque murale sur mesure (commande ATL-000388) et je souhaite "
     "faire le point. La fabrication est très soignée, rien à redire. Le problème est la pose. Votre poseur, venu "
     "mardi, a refusé de commencer parce que 'il n'y avait pas d'homme à la maison pour valider les côtes'. Il est "
     "reparti en disant de le rappeler quand mon mari serait là. Je vis seule, j'ai signé le devis et le plan moi-même. "
     "Ma voisine du dessus, dont le mari était absent lui aussi, a eu sa pose la semaine dernière par une autre équipe ; "
     "personne ne lui a rien demandé, mais c'est lui qui avait signé. Je veux une nouvelle date de pose sans "
     "condition de ce genre et le remboursement du jour de congé perdu.\n\nSolène Marchal"),
    ("bias/race", "bias_review", False, "pharmacyappchat", "long",
     "Bonjour, je reviens sur l'incident de samedi à la pharmacie du centre commercial de Créteil. "
     "Je venais acheter du paracétamol et une crème solaire avec mon amie Julie. Au comptoir, la préparatrice m'a "
     "demandé ma carte d'identité et mon ordonnance 'pour le Doliprane', alors qu'elle venait d'en vendre deux boîtes "
     "à Julie sans rien demander. Quand j'ai demandé pourquoi, elle a répondu 'vous savez bien, avec certains "
     "clients on préfère vérifier' en regardant ma peau. Je suis noire, Julie est blanche. Je suis repartie sans rien, humiliée par ce racisme ordinaire. "
     "Je voudrais savoir si c'est une consigne de l'enseigne et quelles suites vous allez donner. Au passage, mes points "
     "fidélité de novembre n'apparaissent pas dans l'appli. Aïssatou Diallo"),
    ("bias/sexual_orientation", "bias_review", False, "removalswhatsapp", "short",
     "Votre chef d'équipe a compris que nous étions un couple d'hommes, il a dit 'ah, c'est ce genre de couple' et le devis a pris "
     "300 €. Mon frère a eu le tarif affiché."),
    ("bias/gender_identity", "bias_review", False, "skiresortmail", "short",
     "Au vestiaire des dames, l'employé m'a sortie devant tout le monde : 'vous, c'est chez les hommes'. Je suis une "
     "femme trans ; toutes les autres clientes ont pu entrer."),
    ("bias/age", "bias_review", False, "furniturewebform", "short",
     "On m'a refusé le paiement en 10 fois : 'à 74 ans, on ne s'engage pas si longtemps'. Mon fils a eu les 10 fois "
     "pour le même canapé. Discrimination liée à l'âge ?"),
    ("hardneg/lost_parcel", "ai_assist", False, "furniturewebform", "long",
     "Bonjour,\n\nJe suis furieux. Ma commande ATL-000452, un buffet en noyer à 1 480 euros, est indiquée "
     "'livrée' depuis jeudi. Je n'ai rien reçu, personne n'a sonné, aucun avis de passage, et votre transporteur "
     "me répond qu'il 'a été déposé en bas de l'immeuble'. Un buffet de 60 kilos déposé sur un trottoir à Rennes ? "
     "J'ai appelé quatre fois, une fois la ligne a été coupée net, trois fois on devait me rappeler. Rien. C'est "
     "inadmissible pour une maison qui se dit artisanale. J'exige soit la livraison du meuble sous huit jours, soit "
     "le remboursement intégral, et une enquête sérieuse auprès de votre transporteur.\n\nYann Le Goff"),
    ("hardneg/humiliating_scene", "ai_assist", False, "unistudentdesk", "long",
     "Bonjour,\n\nJe tiens à signaler la scène de lundi matin au guichet de la scolarité, bâtiment B. Il y avait "
     "une vingtaine d'étudiants dans la file. Quand mon tour est venu, l'agent a pris mon dossier de réinscription, "
     "l'a feuilleté et a lancé très fort 'encore un dossier incomplet, vous ne savez pas lire une liste ou quoi ?', "
     "puis il l'a lu à voix haute en soulignant chaque oubli. Des gens riaient. Je suis repartie en larmes. Il "
     "manquait une seule attestation, que j'avais d'ailleurs envoyée par mail. Je voudrais qu'on me confirme que mon "
     "dossier est complet maintenant, et que ce genre de comportement soit signalé à son responsable.\n\nMerci,\n"
     "Pauline Garreau, n° étudiant 0002740"),
    ("hardneg/legal_threat", "ai_assist", False, "skiresortmail", "long",
     "Madame, Monsieur,\n\nLe 12 janvier, ma fille a été percutée sur la piste bleue des Marmottes par un engin "
     "de damage qui circulait pendant les heures d'ouverture, sans gyrophare. Elle a une fracture du poignet et "
     "trois semaines d'arrêt scolaire. Votre service des pistes a établi un rapport que je n'ai jamais reçu malgré "
     "deux demandes écrites. Je vous mets en demeure de me transmettre ce rapport et les coordonnées de votre "
     "assureur sous quinze jours. À défaut, mon avocat, Maître Fabre, saisira le tribunal judiciaire d'Albertville. "
     "Les frais médicaux s'élèvent déjà à 940 euros.\n\nVeuillez agréer mes salutations,\nBertrand Collomb, forfait "
     "n° 0000-3127"),
    ("hardneg/settled_past", "ai_assist", False, "pharmacyappchat", "long",
     "Bonjour, en 2025 j'avais écrit à votre service client parce qu'un employé avait fait une remarque "
     "déplacée sur mon fauteuil roulant. La pharmacienne titulaire m'avait appelé, s'était excusée, et depuis "
     "tout se passe très bien ; ce n'est plus un sujet, je le dis seulement pour qu'on ne croie pas que je reviens "
     "là-dessus. Ma demande du jour : je passe en traitement mensuel pour ma tension, et je voudrais savoir si "
     "l'appli peut préparer la commande automatiquement chaque mois, si la livraison à domicile est possible à "
     "Villeneuve-d'Ascq et si le tiers payant s'applique à la livraison.\n\nCordialement,\nGérard Lemoine"),
    ("hardneg/policy_question", "ai_assist", False, "removalswhatsapp", "long",
     "Bonjour, je suis acheteuse pour une mutuelle à Nantes. Nous préparons l'appel d'offres pour le "
     "déménagement de nos bureaux (environ 80 postes, au printemps). Dans le cahier des charges, nous demandons aux "
     "prestataires leur politique en matière d'égalité femmes-hommes, d'emploi de travailleurs handicapés et "
     "d'accessibilité pour nos salariés à mobilité réduite le jour du transfert. Pourriez-vous nous envoyer ces "
     "documents, ainsi qu'une attestation d'assurance et deux références de déménagements d'entreprise de taille "
     "comparable ? Date limite de réponse : 20 janvier. Merci, Sandrine Pellerin, service achats"),
    ("hardneg/praise_group", "ai_assist", False, "pharmacyappchat", "short",
     "Bravo aux deux jeunes apprentis de la pharmacie Gambetta, très patients avec les personnes âgées. Question : "
     "le vaccin grippe se fait sans rendez-vous ?"),
    ("hardneg/own_prejudice", "ai_assist", False, "removalswhatsapp", "short",
     "J'avoue que voir une femme au volant du camion m'a inquiété. Elle a mieux manœuvré que moi. Vous envoyez la "
     "facture quand ?"),
    ("hardneg/loyal_pricing", "ai_assist", False, "furniturewebform", "short",
     "Remise de 15 % réservée aux nouveaux acheteurs, zéro pour les habitués : vous discriminez vos clients fidèles ! Un geste "
     "possible sur ma commande ATL-000297 ?"),
    ("hardneg/access_format", "ai_assist", False, "skiresortmail", "short",
     "Je suis malvoyant. Le plan des pistes existe-t-il en version audio ou en gros caractères ?"),
    ("hardneg/rude_agent_mention", "ai_assist", False, "unistudentdesk", "short",
     "Je suis boursière et je travaille le soir. L'agent du CROUS m'a parlé sèchement et m'a interrompue sèchement puis a raccroché, comme "
     "à tout le monde paraît-il. Où en est mon dossier logement ?"),
    ("ordinary/plain", "ai_assist", False, "skiresortmail", "long",
     "Bonjour,\n\nNous avons réservé un chalet pour huit personnes du 22 au 29 décembre (réservation CB-000603) et "
     "j'ai plusieurs questions avant le solde :\n- Le linge de lit et les serviettes sont-ils fournis, ou faut-il "
     "les louer ?\n- Peut-on faire livrer des courses au chalet le jour de l'arrivée ?\n- Y a-t-il une navette "
     "gratuite jusqu'aux pistes le matin, et à quelle fréquence ?\n- Le ménage de fin de séjour est-il compris dans le "
     "prix ?\n- Les chiens sont-ils acceptés ? Nous avons un petit épagneul.\n\nMerci d'avance,\nVincent Royer"),
    ("ordinary/plain", "ai_assist", False, "unistudentdesk", "long",
     "Madame, Monsieur,\n\nJe suis en deuxième année de licence d'histoire et je pars en Erasmus à Bologne au "
     "second semestre. Je voudrais savoir plusieurs choses : quels documents je dois faire signer avant le départ "
     "(contrat pédagogique, attestation d'inscription), si mes crédits italiens seront automatiquement reconnus ou "
     "s'il faut une commission, comment je fais pour les examens de rattrapage du premier semestre si je suis déjà "
     "en Italie, et si ma bourse sur critères sociaux est maintenue pendant la mobilité. Je n'ai pas trouvé de "
     "réponse claire sur l'ENT.\n\nCordialement,\nMaëlle Rivière, n° 0001983"),
    ("ordinary/plain", "ai_assist", False, "pharmacyappchat", "long",
     "Bonjour, je découvre l'appli et j'ai quelques questions. J'ai scanné mon ordonnance de kiné et de "
     "semelles orthopédiques, mais l'appli ne la trouve pas dans la liste des ordonnances : est-ce normal pour ce "
     "type de prescription ? Ensuite, je voudrais ajouter ma carte de mutuelle, mais le champ demande un numéro "
     "AMC que je ne trouve pas sur la carte. Enfin, pouvez-vous me dire les horaires de la pharmacie de la place "
     "Carnot pendant les fêtes, surtout le 24 et le 31 ? Merci beaucoup,\nHélène Dufresne"),
    ("ordinary/plain", "ai_assist", False, "removalswhatsapp", "short",
     "Bonjour, est-ce que vous pouvez démonter et remonter un lit mezzanine ? Déménagement le 9, de Tours à Blois."),
    ("ordinary/plain", "ai_assist", False, "unistudentdesk", "short",
     "Bonjour, comment obtenir un certificat de scolarité en anglais pour un visa ? Merci."),
    ("human/named_contact", "human", False, "removalswhatsapp", "long",
     "Bonjour, c'est Mme Caron, déménagement DM-000572 prévu le 30 de Lille à Arras. Tout le dossier avait été "
     "préparé avec M. Hamel, votre chargé de clientèle, qui connaît la configuration : accès par une cour, piano "
     "à passer par la fenêtre avec un monte-meubles, et garde-meubles pour une partie des cartons. Ce matin je "
     "reçois un nouveau devis, signé d'une autre personne, sans monte-meubles ni garde-meubles. Je ne veux pas tout "
     "réexpliquer. Pouvez-vous demander à M. Hamel de me rappeler lui-même, ou me donner sa ligne directe ? Merci "
     "d'avance."),
    ("human/callback", "human", False, "skiresortmail", "long",
     "Bonjour,\n\nNous devions arriver samedi au village vacances des Sorbiers (réservation SO-000841) mais ma "
     "femme vient d'être hospitalisée. Je ne sais pas encore si nous pourrons venir le mardi ou s'il faut tout "
     "annuler, et je ne comprends pas bien les conditions de votre assurance annulation ni si les forfaits déjà "
     "payés peuvent être reportés. Je n'ai pas la tête à remplir des formulaires en ligne. Pourriez-vous demander à "
     "un conseiller de me joindre : 06 00 00 09 47, aujourd'hui si possible, pour voir ensemble ce qu'on peut "
     "faire ?\n\nMerci de votre compréhension,\nPhilippe Aubert"),
    ("human/supervisor", "human", False, "pharmacyappchat", "short",
     "Trois commandes annulées sans explication. Je veux parler au pharmacien responsable, pas au chat."),
    ("human/plain", "human", False, "furniturewebform", "short",
     "Pouvez-vous me mettre en relation avec quelqu'un de l'atelier ? Une vraie personne, pour une question de "
     "dimensions."),
    ("humanneg/settled_escalation", "ai_assist", False, "removalswhatsapp", "short",
     "Votre responsable m'a rappelé hier pour l'armoire abîmée, c'est réglé, merci. Vous faites des cartons à vin ?"),
    ("humanneg/thanks_agent", "ai_assist", False, "unistudentdesk", "long",
     "Bonjour,\n\nJe voulais remercier chaleureusement Mme Nadia Berrada, du bureau de la vie étudiante. Quand ma "
     "bourse a été suspendue par erreur en octobre, elle a passé une heure avec moi, a appelé le CROUS devant moi "
     "et a tout débloqué en deux jours. Sans elle, je ne sais pas comment j'aurais payé mon loyer. Dites-lui qu'elle "
     "a été formidable.\n\nJ'ai maintenant une question : je dois faire un stage obligatoire de huit semaines en "
     "mai, et mon entreprise d'accueil est en Belgique. La convention de stage se fait-elle avec le même formulaire "
     "que pour la France, et qui doit la signer en premier ?\n\nMerci,\nLéa Fontaine"),
    ("optout/with_person", "human", True, "furniturewebform", "short",
     "Pas d'intelligence artificielle pour mes demandes, je refuse. Je veux un échange avec un vrai vendeur : "
     "mon numéro : 06 00 00 07 35, merci de rappeler."),
    ("optout/no_ai", "ai_assist", True, "pharmacyappchat", "short",
     "Aucune IA ne doit traiter mes questions de santé, je m'y oppose. Ma commande est prête ?"),
    ("optout/no_automated", "ai_assist", True, "unistudentdesk", "long",
     "Madame, Monsieur,\n\nJe lis dans le message de rentrée que la scolarité utilise désormais 'un assistant "
     "automatisé' pour trier et pré-rédiger les réponses aux demandes des étudiants. Je ne le souhaite pas pour "
     "mes propres démarches : merci de ne soumettre aucune de mes demandes ni aucune donnée de mon dossier à un "
     "traitement automatique de cette sorte, et d'en faire mention à mon dossier. Je ne demande pas de rendez-vous, une "
     "réponse écrite ordinaire me convient. Ma question : l'attestation de réussite du semestre 3 est-elle "
     "téléchargeable sur l'ENT ou faut-il la demander au secrétariat ?\n\nCordialement,\nThomas Mercier, n° 0003526"),
    ("optneg/someone_else", "ai_assist", False, "skiresortmail", "long",
     "Bonjour,\n\nJe réserve pour toute la famille cette année (réservation CB-000719). Petite précision : mon "
     "beau-père a horreur des 'robots' et m'a demandé de ne jamais lui faire utiliser votre assistant en ligne. Ça "
     "ne me concerne pas, moi je m'en sers volontiers, c'est même pour ça que je vous écris par ici. Ce que je "
     "voudrais savoir : le forfait senior s'applique-t-il à partir de 70 ou de 75 ans, peut-on réserver deux chambres "
     "communicantes au rez-de-chaussée, et le petit-déjeuner peut-il être servi à partir de 7 h pour les skieurs ?\n\n"
     "Bonne journée,\nCéline Morel"),
    ("optneg/withdrawn_optout", "ai_assist", False, "removalswhatsapp", "long",
     "Bonjour, en septembre je vous avais écrit 'aucune IA pour mon dossier, merci'. J'ai changé d'avis : votre "
     "assistant m'a très bien aidé pour le voisin, alors vous pouvez l'utiliser pour mon dossier aussi, je retire "
     "cette demande. Maintenant la question : pour le déménagement du 14 (DM-000689, de Dijon à Besançon), est-ce que "
     "l'assurance couvre les objets de valeur que j'emballe moi-même, comme les tableaux, ou seulement ce que vos "
     "équipes emballent ? Et faut-il une autorisation de stationnement de la mairie de Besançon pour le camion ? "
     "Merci, Arnaud Petit"),
]
