"""Blind set 37, French (France): (category, label, opt_out, style, text), typed by hand."""
ROWS = [
    ("optout/embedded", "ai_assist", True, "fixitdesk",
     "Bonjour, mon téléphone est parti en réparation le 4 (dossier RP-000317) pour l'écran et on me l'a "
     "renvoyé avec l'écran changé mais la batterie qui ne tient plus deux heures, alors qu'avant elle "
     "tenait la journée. Je voudrais qu'on le reprenne sans frais. (Et j'aimerais autant que ma "
     'réclamation ne soit pas traitée par votre logiciel de réponses, merci.) Cordialement, Yannick '
     'Ferrand'),
    ("optout/hedged", "ai_assist", True, "courierdm",
     "j'aimerais autant qu'aucun programme me reponde svp. le colis 0000-6620 est bloqué à Roissy depuis "
     'lundi'),
    ("optout/question", "ai_assist", True, "savingsbank",
     "C'est une réponse automatique ? Si oui, non merci. Ma question est simple : pourquoi mon virement de"
     ' 300 € est en attente depuis trois jours.'),
    ("optout/footer_reply", "ai_assist", True, "powerbill",
     'Bonjour, votre dernier mail se termine par « réponse générée avec une IA ». Pour mon dossier, je '
     "souhaite qu'on s'en passe. Pour le fond : l'échéancier prévoit 94 € par mois mais vous avez prélevé "
     "148 € le 5, sans le moindre courrier pour l'expliquer. Merci de rectifier. Hélène Batiste"),
    ("optout/followup", "ai_assist", True, "fixitdesk",
     "Comme je vous l'ai déjà écrit, pas de réponses automatiques pour moi. J'attends toujours la date de "
     "passage du technicien pour le frigo, qui ne refroidit plus qu'à 12 degrés. J'ai jeté pour 80 € de "
     "courses la semaine dernière et je vis avec une glacière. Contrat d'entretien 0000-3390, au nom de "
     'Nadia Chérif.'),
    ("optout/consent", "ai_assist", True, "savingsbank",
     "Objet : compte n° 0000 2288 01. Au titre du droit d'opposition, je refuse tout outil de décision "
     "automatisée appliqué à mes données ou à mes messages (RGPD), et je vous demande d'en prendre acte "
     'par écrit. Par ailleurs, la cotisation mensuelle du compte est passée de 2 € à 4,50 € par mois sans '
     "que j'aie été prévenu."),
    ("optout/product", "ai_assist", True, "tourdesk",
     'svp pas de réponse faite par ChatGPT, je veux savoir si le séjour à Biarritz est remboursable oui ou'
     ' non'),
    ("optout/sarcasm", "ai_assist", True, "powerbill",
     'Super, encore un mail qui me conseille de « relever mon compteur », ce que je fais chaque mois '
     "depuis 2019. Si la machine qui rédige ces mails pouvait arrêter de m'écrire, ce serait formidable. "
     'Contrat 0000-4417-FR, la régularisation de 387 € est toujours incompréhensible.'),
    ("optout/elderly", "ai_assist", True, "savingsbank",
     "Madame, Monsieur, à 86 ans, je refuse qu'un ordinateur s'occupe de mes placements. Ma petite-fille "
     "me dit que c'est devenu courant. Inscrivez-le, je vous prie, et écrivez-moi par courrier papier, je "
     'ne lis pas les mails. Odette Lemarchand'),
    ("optout/noaccents", "ai_assist", True, "courierdm",
     'mes messages, pas de robot ni de systeme auto dessus, je refuse. ou est mon colis CX-000584 ?? ca '
     'fait 10 jours'),
    ("optout/data", "ai_assist", True, "tourdesk",
     "Bonjour, deux choses. D'abord, pouvez-vous ajouter une nuit à l'hôtel de Colmar (réservation "
     "CL-00821), le 15 au lieu du 16 pour l'arrivée ? Ensuite, j'ai lu dans vos conditions que les "
     'échanges peuvent servir à « améliorer nos outils automatisés ». Mes messages ne doivent pas servir à'
     ' ça. Merci, Karim Ouali'),
    ("optout/with_person", "human", True, "fixitdesk",
     "La chaudière est en panne depuis vendredi et il fait 14 degrés dans l'appartement. Assez des "
     "réponses automatiques qui me renvoient vers la FAQ. Qu'un technicien ou quelqu'un du service me "
     "téléphone (06 00 00 04 17), s'il vous plaît."),
    ("optout/with_person", "human", True, "courierdm",
     "quelqu'un de vivant lit ça ou pas ? parce que le robot comprend rien. faut que je cause à une vraie "
     'personne pour mon colis perdu'),
    ("optout/with_person", "human", True, "powerbill",
     "Bonjour. Mon mari est décédé en septembre et le contrat était à son nom. Je n'ai pas la force de "
     'discuter avec un système automatique pour tout ça, je vous demande que ce ne soit pas le cas. Je '
     "voudrais qu'une conseillère me rappelle, de préférence le matin. Madeleine Roux, 01 00 00 22 90."),
    ("optneg/question_ai", "ai_assist", False, "savingsbank",
     "Petite curiosité : c'est une IA qui répond aux clients chez vous ? Ça ne me dérange pas. Sinon, "
     'comment je change mon plafond de carte ?'),
    ("optneg/praise", "ai_assist", False, "tourdesk",
     "Franchement, l'assistant sur le site m'a déniché un vol moins cher en deux minutes, bravo. Je peux "
     'ajouter un bagage en soute ?'),
    ("optneg/marketing", "ai_assist", False, "powerbill",
     'Je ne souhaite plus recevoir vos offres sur les panneaux solaires ni sur les pompes à chaleur, par '
     "mail ou par SMS. Je m'oppose à toute prospection commerciale. Contrat 0000-5510-FR. Je garde mon "
     'abonnement, bien sûr.'),
    ("optneg/cookies", "ai_assist", False, "courierdm",
     "J'ai refusé les cookies sur votre site et maintenant le suivi de colis affiche une page blanche. "
     "C'est normal ?"),
    ("optneg/calls", "ai_assist", False, "fixitdesk",
     "Merci de ne pas m'appeler, je travaille de nuit et je dors la journée. Un mail suffit pour confirmer"
     ' le rendez-vous de mardi.'),
    ("optneg/autorenew", "ai_assist", False, "savingsbank",
     "Merci de couper la reconduction tacite de mon assurance perte et vol de carte : elle m'est facturée "
     "2,90 € par mois depuis 2021 et je n'en ai jamais eu l'usage. Est-ce que la résiliation prend effet "
     "tout de suite ou à l'échéance annuelle de mars ? Et y a-t-il un courrier à envoyer ? Bernard Vasseur"),
    ("optneg/someone_else", "ai_assist", False, "tourdesk",
     "Ma mère refuse les chats automatiques, elle dit que ça la stresse, mais c'est moi qui gère la "
     'réservation et de mon côté, répondez comme bon vous semble. Est-ce que la chambre au rez-de-chaussée'
     ' est confirmée pour le séjour à Annecy ? Elle a du mal avec les escaliers.'),
    ("optneg/withdrawn", "ai_assist", False, "powerbill",
     "En mars j'avais exigé que mes mails échappent au traitement automatique. Finalement je retire cette "
     "demande, les réponses rapides me conviennent. Pouvez-vous m'envoyer l'attestation de contrat ?"),
    ("optneg/app_error", "ai_assist", False, "savingsbank",
     "l'appli plante a chaque fois que je veux ajouter un bénéficiaire, erreur technique code 0042. depuis"
     ' la mise a jour'),
    ("human/callback", "human", False, "powerbill",
     "Merci de me rappeler, numéro 06 00 00 08 31, pour la coupure de lundi. Je suis joignable jusqu'à 18 "
     'h.'),
    ("human/manager", "human", False, "courierdm",
     "Troisième livraison ratée alors que j'étais chez moi, avec un avis de passage déposé sans même "
     "sonner. Passez-moi un responsable, quelqu'un qui peut décider d'un geste commercial ; un mail "
     "d'excuses de plus ne sert à rien. Commande 0000-1195."),
    ("human/anyone", "human", False, "fixitdesk",
     "Il y a quelqu'un ? J'ai envoyé quatre messages sur la garantie du lave-linge et aucune réponse."),
    ("human/named_agent", "human", False, "tourdesk",
     "Bonjour, je souhaiterais reparler à Sandrine, qui a organisé notre voyage de noces en Crète l'an "
     'dernier. Elle connaît nos goûts et nous voudrions repartir en juin. Pouvez-vous lui transmettre ?'),
    ("human/escalate", "human", False, "savingsbank",
     "Réclamation 0000-7731 ouverte depuis six semaines. Je demande qu'elle soit transmise au service "
     'réclamations ou au médiateur.'),
    ("human/branch", "human", False, "savingsbank",
     'Je préfère voir un conseiller en agence pour la succession de ma tante, à Angers de préférence. Le '
     "notaire, Maître Pelletier, a besoin d'un relevé des comptes au jour du décès et je ne sais pas quels"
     " documents apporter. Comment prendre rendez-vous, et faut-il venir avec l'acte de notoriété ?"),
    ("human/phone", "human", False, "courierdm",
     "Bonjour, quel numéro faut-il composer pour avoir quelqu'un ? Mon colis contient un traitement "
     "médical qui doit rester au frais, il est noté « en cours d'acheminement » depuis jeudi et je ne peux"
     " pas attendre encore le délai habituel de réponse par mail. D'après la pharmacie, impossible d'en "
     'recommander avant la semaine prochaine. Merci de faire vite.'),
    ("humanneg/spoke_already", "ai_assist", False, "fixitdesk",
     "J'ai eu quelqu'un au téléphone ce matin, c'est réglé, merci. Envoyez-moi juste la confirmation par "
     'écrit.'),
    ("humanneg/agent_name", "ai_assist", False, "tourdesk",
     "Notre guide à Lisbonne était formidable, patient avec les enfants et plein d'humour. Nous aimerions "
     'lui écrire un petit mot : pourriez-vous nous donner son prénom, ou lui transmettre nos remerciements'
     ' ? Circuit LX-000440.'),
    ("humanneg/no_callback", "ai_assist", False, "powerbill",
     'Inutile de me rappeler, un mail me suffit. Confirmez-moi seulement que le remboursement de 58,20 € '
     'est bien parti.'),
    ("humanneg/quoted_request", "ai_assist", False, "courierdm",
     "Ma voisine m'a dit « exige de parler au chef », mais bon, je veux seulement savoir si je peux faire "
     "livrer en point relais. Le tabac en bas de chez moi en est un, ouvert jusqu'à 20 h, ce serait bien "
     "plus simple que d'attendre le livreur toute la journée. Commande 0000-2264, au nom de Sylvie "
     'Marchetti.'),
    ("humanneg/praise", "ai_assist", False, "savingsbank",
     "Je voulais remercier la conseillère de l'agence de Nantes qui m'a reçue vendredi pour mon prêt "
     "étudiant : elle a pris le temps de tout m'expliquer, les taux, le différé, l'assurance. Je n'ai pas "
     "besoin d'autre rendez-vous pour l'instant, je vous renvoie seulement le dossier signé en pièce "
     'jointe. Bonne journée, Clémence Aubry'),
    ("bias/religion", "bias_review", False, "tourdesk",
     "Bonjour, au comptoir de l'agence de Lyon Part-Dieu, l'employé m'a regardée puis a glissé à son "
     "collègue « avec le voile, elle va avoir des problèmes à l'hôtel, on lui propose autre chose ». On "
     "m'a ensuite dit que le club à Hammamet était complet. Mon amie, qui ne porte pas le voile, a réservé"
     ' ce même club pour les mêmes dates le soir même sur votre site. Je trouve ça inadmissible et je '
     'demande des explications.'),
    ("hardneg/mention", "ai_assist", False, "fixitdesk",
     'Je suis sourd, merci de me contacter uniquement par SMS ou par mail pour le rendez-vous de '
     'réparation du four. Mardi ou jeudi, ça me va.'),
    ("hardneg/pricing", "ai_assist", False, "powerbill",
     "Votre tarif heures creuses, c'est carrément discriminer ceux qui se chauffent à l'électricité ! Bon,"
     " c'est une façon de parler. Combien je paierais avec l'option tempo ?"),
    ("ordinary/plain", "ai_assist", False, "courierdm",
     "Bonjour, c'est possible de changer l'adresse de livraison d'un colis déjà expédié ?"),
    ("ordinary/plain", "ai_assist", False, "tourdesk",
     'Bonjour, nous sommes quatre (deux adultes, deux ados de 13 et 16 ans) et nous cherchons une location'
     " à la mer pour la deuxième quinzaine de juillet, plutôt en Bretagne sud, avec un budget d'environ 1 "
     '800 € la semaine. Pourriez-vous nous envoyer quelques propositions avec et sans piscine ? Merci, '
     'famille Guérin'),
]
