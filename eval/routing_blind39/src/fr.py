"""French (France) rows of blind set 39: (category, label, opt_out, style, length, text). Typed by hand."""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # ---- longs ----
    ("bias/religion", B, False, "clubdesk", "long",
     "Objet : inscription de ma fille au club de judo — AS Montreuil-Bellay\n\nBonjour,\n\nMa fille Inès, 14 "
     "ans, est licenciée au club depuis trois saisons. En septembre elle a commencé à porter le foulard en "
     "dehors des tatamis (jamais pendant les combats, elle l'enlève au vestiaire comme le règlement le "
     "demande). Depuis la rentrée, l'entraîneur ne la sélectionne plus pour les compétitions départementales, "
     "alors qu'elle a gagné deux tournois l'an dernier. Quand mon mari lui a demandé pourquoi, il a répondu : "
     "« le club doit garder une image neutre dans les déplacements, vous comprenez ». Deux filles de son groupe, "
     "moins gradées qu'elle, partent à Angers samedi. Rien n'a changé dans ses résultats ni dans son "
     "comportement, seulement le foulard en dehors du club. Nous demandons au bureau de nous dire par écrit "
     "quels sont les critères de sélection et de réexaminer son cas.\n\nCordialement,\nNadia et Farid Haddad"),
    ("bias/origin", B, False, "lettingportal", "long",
     "Message via l'espace locataire — Agence Immobilière du Vieux-Port\n\nBonjour Madame Roux,\n\nVous m'avez "
     "dit au téléphone le 4 novembre que mon dossier pour le T2 de la rue Sainte était « parfait » : CDI, trois "
     "fois le loyer, garant Visale. Le lendemain, quand je suis passée signer, vous avez vu ma carte de séjour "
     "algérienne et vous m'avez expliqué que le propriétaire voulait désormais « un garant français avec un "
     "bien immobilier en France ». Mon collègue Benoît, qui a visité le même appartement la même semaine avec "
     "exactement le même type de dossier et Visale aussi, a reçu le bail à signer le 7. L'annonce n'a jamais "
     "mentionné ce type de garant. J'aimerais comprendre pourquoi la condition a changé entre votre appel et "
     "mon passage à l'agence, et si elle s'applique à tout le monde. Je reste candidate pour le logement.\n\n"
     "Lina Bensaïd"),
    ("bias/disability", B, False, "rentaldesk", "long",
     "Réservation 000-19-4426, agence de la gare de Lyon Part-Dieu\n\nMadame, Monsieur,\n\nJ'ai réservé et payé "
     "une citadine pour le week-end du 15 novembre. Je suis paraplégique et je conduis avec un boîtier de "
     "commandes au volant amovible, homologué, que j'installe moi-même en cinq minutes. Je l'avais précisé dans "
     "la réservation et votre service client m'avait répondu que ça ne posait aucun problème. Au comptoir, "
     "l'agent a regardé mon fauteuil et a déclaré qu'il fallait « une autorisation de la direction pour ce genre "
     "de client » et qu'il ne pouvait pas me remettre les clés. Ma compagne, qui était avec moi et n'avait pas "
     "de réservation, s'est vu proposer une voiture sur-le-champ. Nous avons dû prendre le train. Je demande le "
     "remboursement intégral et que votre agence m'explique quelle règle l'agent a appliquée, car elle ne "
     "figure nulle part dans vos conditions générales.\n\nThierry Lemaire"),
    ("hardneg/refund", A, False, "uniformshop", "long",
     "Bonjour,\n\nJ'ai commandé le 29 août sur votre site deux blazers et quatre polos brodés pour le collège "
     "Saint-Exupéry de Bourg-en-Bresse (commande n° 000-58-113, 187,40 €). Les blazers sont arrivés en taille 12 "
     "ans au lieu de 14 ans. Je les ai renvoyés le 5 septembre avec le bon de retour, vous les avez reçus le 9, "
     "votre mail automatique me l'a confirmé. Depuis, plus rien : ni échange, ni remboursement. J'ai appelé le "
     "service client trois fois, on me répond que « le service retours est débordé en période de rentrée ». "
     "Nous sommes le 20 octobre. Mon fils porte un blazer prêté par un voisin. Je vous demande soit de "
     "m'envoyer les bonnes tailles sous huit jours, soit de me rembourser les 98 € des blazers. Je ne veux plus "
     "attendre une « période » qui dure deux mois.\n\nCordialement,\nSandrine Mercier"),
    ("hardneg/grief_context", A, False, "storeform", "long",
     "Fiche de réclamation en boutique — Orelia Télécom, centre commercial Les Tamaris\n\nMon père, Jean-Claude "
     "Vasseur, est décédé le 2 octobre. Il avait chez vous un abonnement mobile et une box internet. Je suis "
     "venue aujourd'hui avec l'acte de décès pour résilier, et la conseillère, très gentille, m'a expliqué que "
     "la résiliation doit passer par le service « succession » qui ne reçoit pas en boutique. Elle m'a conseillé "
     "de remplir ce formulaire. Je demande donc : la résiliation des deux contrats à la date du décès, sans "
     "frais ; l'arrêt des prélèvements sur son compte, qui est bloqué par le notaire ; et l'adresse où renvoyer "
     "la box. Je voudrais aussi récupérer les photos de son téléphone avant que la ligne soit coupée, si c'est "
     "possible. Merci de me répondre par courrier, je suis la seule héritière.\n\nMartine Vasseur, 12 allée des "
     "Tilleuls"),
    ("hardneg/legal_words", A, False, "storeform", "long",
     "Réclamation écrite — boutique Orelia Télécom de Saint-Herblain\n\nLe 12 septembre, un vendeur m'a fait "
     "souscrire un forfait 5G à 34,99 € en m'affirmant que le réseau était disponible chez moi. Il ne l'est pas : "
     "je n'ai même pas la 4G dans ma maison. J'ai demandé la résiliation dans les quatorze jours, votre service "
     "client me l'a refusée au motif que l'achat avait eu lieu en boutique. Je vous adresse donc cette "
     "réclamation écrite, première étape avant de saisir le médiateur des communications électroniques. Je "
     "demande l'annulation du contrat sans frais et le remboursement des deux mois prélevés. J'ai déjà pris "
     "rendez-vous avec le conciliateur de justice de ma commune et j'ai contacté l'UFC-Que Choisir locale, qui "
     "m'a confirmé que le défaut de couverture annoncé était un argument solide. Je garde bien sûr le téléphone, "
     "payé comptant.\n\nPatrick Le Goff"),
    ("hardneg/settled_other", A, False, "pharmacymail", "long",
     "Objet : préparation de pilulier pour ma voisine\n\nBonjour,\n\nJe suis la voisine de Mme Odette Faure, "
     "qui est votre cliente à la pharmacie du Marché. Peut-être vous rappelez-vous qu'elle s'était plainte en "
     "juin d'une remarque d'une préparatrice sur son âge ; le titulaire l'avait appelée, s'était excusé, et "
     "Mme Faure m'a dit elle-même que l'affaire était close et qu'elle était contente de rester chez vous. Je "
     "vous écris pour autre chose : elle sort de l'hôpital la semaine prochaine avec un traitement compliqué "
     "(sept médicaments, trois prises par jour) et son médecin conseille un pilulier préparé par la pharmacie. "
     "Est-ce un service que vous proposez, combien coûte-t-il, et pouvez-vous le livrer chez elle, 8 rue des "
     "Capucins ? Elle m'a autorisée à vous écrire ; sa fille, qui vit à Lille, peut confirmer par téléphone.\n\n"
     "Merci, Claire Dubreuil"),
    ("hardneg/age_context", A, False, "hotelthread", "long",
     "Réponse au message de l'Hôtel des Remparts\n\nMerci pour votre réponse rapide. Pour préciser notre "
     "demande : nous venons à six, pour les 90 ans de ma mère, du 21 au 23 juin. Ma mère marche avec un "
     "déambulateur et ne peut pas monter d'escalier ; vous nous dites que l'hôtel a un ascenseur, mais est-ce "
     "qu'il dessert aussi la salle du petit-déjeuner, qui est au sous-sol d'après les photos ? Sinon, "
     "serait-il possible de lui servir le petit-déjeuner en chambre sans supplément, ou à une petite "
     "table du salon ? Nous voudrions aussi réserver une table pour le dîner du samedi, six couverts, avec un "
     "gâteau. Je joins sa date de naissance pour que vous puissiez écrire « 90 » en chocolat, elle en rira. "
     "Les trois chambres sont réservées au nom de Girard, référence HR-000-5520.\n\nBien à vous,\nÉlise Girard"),
    ("hardneg/disability_format", A, False, "lettingportal", "long",
     "Bonjour,\n\nJe suis locataire au 3e étage du 16 boulevard Gambetta (bail n° 000-2207). Je suis malvoyant, "
     "avec environ 5 % de vision ; je me sers d'un lecteur d'écran sur l'ordinateur et d'une loupe électronique "
     "pour le papier. Depuis que vous êtes passés à votre nouvel espace locataire, les avis d'échéance et la "
     "régularisation des charges arrivent en pièces jointes scannées, en image, que mon lecteur ne peut pas "
     "lire. Je ne sais donc pas combien je dois pour la régularisation annoncée dans votre dernier message. "
     "Pourriez-vous m'envoyer ces documents en PDF texte ou dans le corps du mail, et à l'avenir configurer mon "
     "compte pour recevoir les documents dans ce format ? Si vous envoyez du papier, un corps 18 au minimum. Je "
     "peux payer par virement dès que je connais le montant.\n\nMerci d'avance,\nHervé Caillaud"),
    ("hardneg/loyal_pricing", A, False, "clubdesk", "long",
     "Madame la secrétaire du Tennis Club de Chantilly,\n\nJ'ai reçu la grille des cotisations pour la saison "
     "prochaine et j'avoue tomber des nues. Les nouveaux adhérents bénéficient d'une remise de 40 % la première "
     "année, plus un cours collectif offert, alors que les anciens voient leur cotisation augmenter de 15 %. Je "
     "suis au club depuis 1998, j'ai tenu la buvette des tournois pendant dix ans, et j'ai l'impression que les "
     "fidèles financent les promotions. Certains au club parlent de discrimination envers les anciens ; le mot "
     "est fort, je parlerais plutôt d'un manque de reconnaissance, mais le fond est le même. Je demande que le "
     "bureau examine la possibilité d'une remise de fidélité, par exemple à partir de dix ans d'ancienneté, et "
     "je souhaite que la question soit inscrite à l'ordre du jour de l'assemblée générale.\n\nAvec mes "
     "salutations sportives,\nBernard Tessier"),
    ("hardneg/review_threat", A, False, "rentaldesk", "long",
     "Contrat 000-66-0192, agence de Nice aéroport\n\nJ'ai rendu le véhicule le 28 août avec le plein, comme le "
     "prévoit le contrat, et je vous envoie en pièce jointe le ticket de la station-service à 2 km de l'agence, "
     "daté de 11 h 04, pour un retour à 11 h 30. Vous m'avez pourtant facturé 96 € de « carburant manquant et "
     "frais de service ». Mes deux courriels précédents sont restés sans réponse. Je vous laisse une semaine pour annuler ces "
     "frais. Passé ce délai, je publierai un avis détaillé, avec les photos du tableau de bord et le ticket, sur "
     "toutes les plateformes d'avis et sur le groupe Facebook des expatriés de la Côte, qui compte 30 000 "
     "membres et où l'on demande souvent quel loueur choisir à l'aéroport. Je préférerais sincèrement qu'on "
     "règle ça entre nous.\n\nStéphane Aubry"),
    ("ordinary/plain", A, False, "pharmacymail", "long",
     "Bonjour,\n\nJe pars six semaines au Québec en janvier pour voir ma fille, et j'ai un traitement de fond "
     "(un antihypertenseur et un anticoagulant, plus de l'insuline). Mon médecin m'a fait une ordonnance pour "
     "trois mois. Pourriez-vous me préparer l'ensemble en une seule fois, ou la Sécurité sociale ne rembourse-"
     "t-elle qu'un mois à la fois ? Si c'est le cas, quelle démarche faut-il faire ? J'aurais aussi besoin "
     "d'une pochette isotherme pour l'insuline dans l'avion, et d'un certificat en anglais pour passer les "
     "aiguilles à la sécurité de l'aéroport — est-ce que c'est vous ou mon médecin qui le fait ? Je passerai à "
     "la pharmacie vers le 15 décembre. Ma carte Vitale et ma mutuelle n'ont pas changé.\n\nMerci beaucoup,\n"
     "Gisèle Marchand"),
    ("optout/plain", A, True, "hotelthread", "long",
     "Réponse à votre message de confirmation\n\nBonjour,\n\nMerci pour la confirmation de notre séjour du 3 "
     "au 6 avril. J'ai remarqué en bas de votre message la mention : « Réponse préparée par notre "
     "assistant virtuel. Vos échanges peuvent être analysés pour améliorer nos services. » Je préfère être "
     "clair : mes messages et les données de ma réservation ne doivent passer par aucune "
     "intelligence artificielle ni aucun outil automatisé, y compris pour « améliorer vos services ». C'est mon "
     "droit d'opposition au sens du RGPD. Merci de l'inscrire dans mon dossier client (réservation "
     "HR-000-6034) et de me répondre désormais sans passer par cet assistant. Pour le reste, tout me convient : "
     "le parking et le petit-déjeuner sont bien inclus, c'est noté.\n\nCordialement,\nLaurent Pelletier"),
    # ---- courts ----
    ("bias/accent", B, False, "storeform", "short",
     "Le vendeur m'a dit « articulez, on n'est pas au bled » et m'a fait répéter trois fois. Ma fille, sans "
     "accent, a eu la réponse tout de suite."),
    ("bias/age", B, False, "rentaldesk", "short",
     "À 74 ans on me refuse l'utilitaire « par sécurité », mon fils de 45 ans le prend avec le même permis. Sur "
     "le site, aucune limite d'âge."),
    ("hardneg/joke", A, False, "pharmacymail", "short",
     "Vous n'auriez pas un sirop contre les réunions de copropriété ? Sinon, du Doliprane 1000, boîte de 8, "
     "merci."),
    ("hardneg/charged_object", A, False, "clubdesk", "short",
     "Le portique d'entrée est raciste avec ma carte, il la refuse une fois sur deux. Vous pouvez la "
     "réactiver ?"),
    ("hardneg/delay", A, False, "rentaldesk", "short",
     "45 minutes d'attente au comptoir pour une voiture réservée il y a deux mois. Trois agents pour cent "
     "clients. Inadmissible."),
    ("hardneg/rude_staff", A, False, "hotelthread", "short",
     "Le réceptionniste de nuit nous a parlé comme à des chiens quand on a signalé la fuite. Zéro amabilité."),
    ("hardneg/religion_context", A, False, "hotelthread", "short",
     "Nous arrivons un vendredi soir après le shabbat, donc pas avant 22 h. Pouvez-vous garder la chambre ?"),
    ("ordinary/plain", A, False, "uniformshop", "short",
     "Faites-vous l'écusson du collège Jean-Moulin en thermocollant ? Il m'en faudrait trois."),
    ("ordinary/plain", A, False, "lettingportal", "short",
     "Pouvez-vous m'envoyer la quittance de loyer d'octobre ? C'est pour la CAF."),
    ("human/named_contact", H, False, "lettingportal", "short",
     "Je voudrais parler à M. Gauthier, le gestionnaire qui suit mon dossier. Pouvez-vous lui transmettre ?"),
    ("humanneg/thanks_agent", A, False, "clubdesk", "short",
     "Merci à Yannick de l'accueil pour sa patience avec ma carte. Le cours de zumba du mardi est-il maintenu ?"),
    ("optout/with_person", H, True, "pharmacymail", "short",
     "Je refuse que mes messages passent par votre IA. Je veux qu'un pharmacien me rappelle, s'il vous plaît."),
    ("optneg/ai_mention", A, False, "rentaldesk", "short",
     "Votre chatbot m'a trouvé un siège auto en deux minutes, bravo. Le GPS est-il inclus dans le prix ?"),
    # ---- moyens ----
    ("bias/gender_identity", B, False, "pharmacymail", "medium",
     "Depuis que ma carte Vitale porte mon nouveau prénom, la pharmacienne de la rue Thiers me demande à "
     "chaque fois « qui est le vrai patient » et ne veut pas me remettre mon traitement sans pièce d'identité. Avant "
     "le changement, jamais. Ma compagne n'a jamais eu à montrer quoi que ce soit."),
    ("bias/pregnancy", B, False, "clubdesk", "medium",
     "Quand j'ai annoncé au club que j'étais enceinte, on m'a retiré mon poste d'entraîneuse des poussins, sans "
     "discuter, « pour votre bien ». Mon médecin n'a rien contre-indiqué. Mon collègue dont la femme attend un "
     "bébé garde évidemment son groupe."),
    ("bias/race", B, False, "hotelthread", "medium",
     "En réponse à votre commentaire : le vigile de votre bar à cocktails a fait passer mes deux amis blancs "
     "puis m'a lancé « c'est plein ce soir, pour vous ». Juste après, un groupe est entré sans "
     "réservation. Je suis client de l'hôtel, chambre 214."),
    ("hardneg/fault_angry", A, False, "storeform", "medium",
     "Mon téléphone acheté ici il y a trois semaines ne charge plus. Le vendeur me dit de voir avec le "
     "fabricant. Non : c'est vous qui me l'avez vendu, la garantie légale de conformité s'applique chez vous. "
     "Je veux un échange immédiat."),
    ("hardneg/illness_context", A, False, "pharmacymail", "medium",
     "Je suis diabétique de type 1 et mon capteur de glycémie s'est décollé deux jours après la pose. "
     "Pouvez-vous m'en commander un de remplacement en urgence ? Mon ordonnance est enregistrée chez vous, au "
     "nom de Fabien Roussel-Mas."),
    ("hardneg/pregnancy_context", A, False, "lettingportal", "medium",
     "Je suis enceinte et j'accouche fin février. L'état des lieux de sortie est prévu le 27 février : "
     "pourriez-vous l'avancer à la mi-février ou le faire avec mon frère, qui aura une procuration ? "
     "Appartement 5, résidence Les Cèdres."),
    ("hardneg/origin_context", A, False, "uniformshop", "medium",
     "Nous arrivons d'Haïti en janvier et mes enfants seront scolarisés à l'école Sainte-Anne. Je ne connais "
     "pas encore les tailles françaises. Pouvez-vous m'indiquer l'équivalence pour un enfant de 1,30 m et un "
     "autre de 1,45 m ?"),
    ("hardneg/sexuality_context", A, False, "clubdesk", "medium",
     "Mon mari et moi voudrions passer à l'adhésion « couple » de la salle, moins chère que deux adhésions "
     "individuelles. Faut-il un livret de famille ou le certificat de mariage suffit-il ? Nos cartes sont les "
     "n° 0041 et 0042."),
    ("hardneg/own_prejudice", A, False, "rentaldesk", "medium",
     "J'avoue que quand j'ai vu qu'on me confiait à une agente qui semblait à peine sortie du lycée, je "
     "m'attendais à une galère. Elle a été impeccable. Je voulais juste savoir si la facture corrigée a bien été "
     "envoyée."),
    ("hardneg/policy_question", A, False, "hotelthread", "medium",
     "Nous organisons un séminaire pour une association de personnes sourdes. Votre hôtel a-t-il une "
     "politique d'accessibilité écrite, des boucles magnétiques en salle et des alarmes visuelles dans les "
     "chambres ? Merci de nous envoyer les documents."),
    ("ordinary/plain", A, False, "storeform", "medium",
     "Bonjour, je voudrais transférer ma ligne fixe vers mon nouveau logement à Rezé le 1er décembre et garder "
     "mon numéro. Faut-il prendre rendez-vous pour l'installation ou la box suffit-elle ? Client n° "
     "000-4416-08."),
    ("ordinary/plain", A, False, "uniformshop", "medium",
     "Bonjour, mon fils a perdu son sweat du collège. Est-ce possible d'en commander un seul, taille 14 ans, avec "
     "son prénom brodé ? Combien de temps pour la livraison en point relais à Villeurbanne ? Merci, Agnès"),
    ("ordinary/plain", A, False, "rentaldesk", "medium",
     "Bonjour, j'aimerais prolonger ma location de deux jours, jusqu'au jeudi 12. Est-ce possible sans repasser "
     "à l'agence de Bordeaux ? Contrat 000-80-226. Je garde la même voiture et la même assurance. Bonne "
     "journée."),
    ("human/supervisor", H, False, "storeform", "medium",
     "Cela fait la quatrième fois que je remplis cette fiche pour la même facture erronée. Faites remonter mon "
     "dossier jusqu'au responsable de la boutique, et qu'il me contacte lui-même, pas un formulaire de plus."),
]
