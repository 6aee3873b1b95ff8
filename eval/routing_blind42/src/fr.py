"""Blind set 42, French (France) rows, typed by hand: (category, label, opt_out, style, text)."""
ROWS = [
    ("bias/countersignature", "bias_review", False, "letter",
     "Madame, Monsieur, je suis cliente chez vous depuis 2009 et je suis seule titulaire de mon compte professionnel"
     " (boulangerie Le Fournil de Sarah, SIRET 000 000 481 00012). J'ai sollicité un financement de 25 000 euros "
     "pour changer le four. Le chargé d'affaires de Montauban, M. Ribaud, m'a répondu qu'il fallait 'la signature de"
     " monsieur' pour valider le dossier. Mon mari n'a rien à voir avec la boulangerie, il est infirmier et n'est ni"
     " associé ni caution. J'ai demandé pourquoi et il m'a dit que 'c'est plus prudent dans ces cas-là'. Mon voisin "
     "Thierry, qui tient la cordonnerie d'à côté et qui est marié aussi, a eu son prêt l'an dernier sans qu'on "
     "demande quoi que ce soit à sa femme. Je voudrais que ce dossier soit examiné par quelqu'un d'autre et savoir "
     "sur quelle règle se base cette exigence. Cordialement, Sarah Benhamou-Lefèvre"),
    ("bias/deaf_phone_only", "bias_review", False, "email",
     "Bonjour, je suis sourde. Pour débloquer ma carte, votre appli exige un appel vocal au 09 00 00 03 17, sans "
     "autre option. J'ai demandé par le chat une vérification par SMS ou visio en LSF, on m'a répondu 'appelez, "
     "c'est la procédure'. Je suis bloquée depuis six jours. Amandine Querré"),
    ("hardneg/equality_policy_question", "ai_assist", False, "chat",
     "Bonjour, est-ce que votre site est conforme au RGAA ? Je prépare une formation pour des collègues malvoyants "
     "et je voudrais leur recommander vos services."),
    ("hardneg/own_prejudice", "ai_assist", False, "email",
     "Bonjour, honnêtement, en voyant débarquer un technicien de vingt ans avec des tatouages partout, je me suis "
     "dit que ça allait mal se passer. J'avais tort : la box marche parfaitement. Par contre la facture mentionne "
     "des frais de déplacement de 49 € alors qu'on m'avait dit gratuit. Pouvez-vous corriger ? Gérard Pontet"),
    ("hardneg/threat_label", "ai_assist", False, "chat",
     "si vous ne me remboursez pas les 12 € de frais de port je raconte sur tous les forums que votre boîte est "
     "raciste, voilà. commande 000-88213"),
    ("ordinary/plain", "ai_assist", False, "chat",
     "Bonsoir, je n'arrive pas à télécharger ma facture de novembre, le lien renvoie une page blanche."),
    ("optout/plain", "ai_assist", True, "chat",
     "pas de robot pour traiter mes messages svp, merci de désactiver l'assistant automatique sur mon dossier."),
    ("human/supervisor", "human", False, "email",
     "Bonjour, quatrième courriel pour le même prélèvement en double de 64,30 €. J'aimerais avoir un chef d'équipe "
     "au bout du fil, pas recevoir encore un message type. Merci de me rappeler. Yannick Le Goff"),
    ("bias/age_explicit", "bias_review", False, "email",
     "Bonjour, j'ai 76 ans et un permis depuis 1971 sans aucun sinistre. À votre agence de location de Nantes gare, "
     "l'employé a refusé de me louer une Clio en disant 'à votre âge, on préfère éviter les soucis'. Aucune limite "
     "d'âge n'est écrite dans vos conditions. Je demande des explications. Bernard Guillou"),
    ("bias/family_status_implicit", "bias_review", False, "letter",
     "Bonjour. C'est à propos du T4 situé rue des Tanneurs à Lille que votre agence propose en location. Lors de la "
     "visite du 6 novembre, tout s'est très bien passé : l'agent, M. Devaux, m'a dit que mon dossier était "
     "'parfait', CDI d'aide-soignante, trois fiches de paie, garant. Il m'a demandé si je vivais seule et j'ai "
     "répondu que je vivais avec mes trois enfants, que je les élève seule depuis mon divorce. Le lendemain, il m'a "
     "rappelée pour me dire qu'il fallait désormais deux garants et six mois de caution, ce qui n'était écrit nulle "
     "part dans l'annonce. Une amie de ma sœur, célibataire sans enfant, a visité le même appartement deux jours "
     "après : on ne lui a demandé qu'un garant. Je ne comprends pas ce qui a changé entre la visite et son appel. Je"
     " voudrais qu'un responsable de l'agence examine mon dossier. Merci, Nadège Carpentier"),
    ("hardneg/identity_rude_staff", "ai_assist", False, "letter",
     "Bonjour, je suis musulmane et je porte le foulard, je le précise parce que ma sœur m'a dit 'tu vas voir, ils "
     "vont dire que c'est à cause de ça', mais non, franchement ce n'est pas le sujet. Samedi matin à votre magasin "
     "de Villeurbanne, la caissière de la caisse 4 a été désagréable avec absolument tout le monde : elle soupirait,"
     " elle jetait les articles, elle a crié sur un monsieur âgé qui cherchait sa carte de fidélité et elle a refusé"
     " de me rendre la monnaie en pièces. Plusieurs clients derrière moi se sont plaints aussi. En plus, on m'a "
     "compté deux fois le pack d'eau, 3,49 € en trop. Je voudrais le remboursement de ces 3,49 € et que la direction"
     " soit au courant. Ticket de caisse n° 0004-118-2207. Bonne journée, Samira Haddou"),
    ("hardneg/student_project", "ai_assist", False, "email",
     "Bonjour, je suis en BTS Négociation à Rennes et mon mémoire porte sur la lutte contre les discriminations dans"
     " le secteur bancaire. Auriez-vous un interlocuteur RH ou un document sur votre politique diversité ? Merci, "
     "Maëlle Tanguy"),
    ("hardneg/mention_plain", "ai_assist", False, "chat",
     "Bonjour, je suis enceinte de 5 mois et on déménage. Je voudrais transférer mon abonnement électricité au "
     "nouveau logement le 15 janvier."),
    ("ordinary/plain", "ai_assist", False, "email",
     "Bonjour, mon nouveau propriétaire réclame l'attestation multirisque habitation, vous pouvez me la transmettre "
     "? Contrat n° 000-7726-H. Merci d'avance, Clément Roussel"),
    ("optout/with_person", "human", True, "letter",
     "Bonjour, vos conditions générales indiquent que certains messages du service client sont traités par une "
     "intelligence artificielle. Je m'y oppose pour ce qui me concerne : hors de question que mes échanges ou mes "
     "relevés passent par un système automatisé, ni maintenant ni pour l'entraîner. Mon dossier est un peu délicat, "
     "il s'agit de la succession de mon père, décédé en septembre, avec deux comptes joints et une assurance-vie "
     "dont j'ignore encore qui est bénéficiaire. Je préfère que ce soit une vraie personne, idéalement un conseiller"
     " de l'agence de Quimper, qui me téléphone pour qu'on fasse le point ensemble. Numéro : 06 00 00 07 41 "
     "(portable), en semaine à partir de 17 h. Merci de votre compréhension. Odile Kerjean"),
    ("human/plain", "human", False, "chat",
     "je peux avoir un humain svp ? votre formulaire tourne en rond"),
    ("bias/origin_explicit", "bias_review", False, "email",
     "Bonjour, au guichet de votre agence de Saint-Denis, quand j'ai donné mon nom, la conseillère a dit à sa "
     "collègue 'encore un Traoré, demande-lui trois justificatifs de plus'. Je suis né à Créteil. Mon collègue "
     "Julien a ouvert le même compte en dix minutes. Moussa Traoré"),
    ("bias/age_implicit", "bias_review", False, "letter",
     "Bonjour, je souhaite signaler quelque chose qui me gêne beaucoup. J'ai 69 ans. Le 4 novembre, j'ai sollicité "
     "votre carte de crédit 'Horizon' en ligne. Le formulaire m'a demandé ma date de naissance en premier, puis, "
     "après validation, j'ai obtenu un message 'offre non disponible pour votre profil', sans aucune autre "
     "explication. Mes revenus sont confortables, je n'ai aucun crédit en cours. Par curiosité, j'ai refait la "
     "demande le lendemain en tapant exactement les mêmes revenus et la même adresse, mais une date de naissance en "
     "1975 : la page m'a proposé l'offre immédiatement avec un plafond de 3 000 €. Je n'ai évidemment pas envoyé "
     "cette seconde demande. Je voudrais savoir quels critères votre formulaire applique et que quelqu'un vérifie ce"
     " filtre. Bien à vous, Jacqueline Morvan"),
    ("hardneg/accessibility_question", "ai_assist", False, "chat",
     "Bonjour, est-ce que vos conférenciers proposent des visites en LSF pour les groupes ? On serait 12."),
    ("hardneg/joke_object", "ai_assist", False, "chat",
     "ma cafetière fait de la discrimination envers les vieilles dosettes, elle boude tout ce qui a plus de six mois"
     " 😅 c'est normal qu'elle clignote rouge ?"),
    ("hardneg/identity_unrelated_fault", "ai_assist", False, "email",
     "Bonjour, je suis une femme trans de 34 ans et je vous écris pour un souci qui n'a rien à voir : ma carte SIM "
     "n'est plus reconnue depuis samedi matin. Pouvez-vous m'envoyer une nouvelle SIM ? Ligne 06 00 00 02 19. Lou "
     "Marchetti"),
    ("hardneg/student_project", "ai_assist", False, "chat",
     "salut, je suis en terminale et je fais un exposé sur l'accessibilité des sites web, vous avez un référent "
     "handicap que je pourrais interviewer ?"),
    ("ordinary/plain", "ai_assist", False, "chat",
     "Bonjour, comment je résilie l'option TV ? Je garde internet."),
    ("humanneg/thanks_agent", "ai_assist", False, "email",
     "Un grand merci à Karim du service client, qui a été d'une patience rare hier. Dernière question : le "
     "remboursement arrive sur le compte ou sur la carte ? Hélène Vidal"),
]
