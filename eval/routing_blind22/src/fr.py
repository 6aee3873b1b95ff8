"""Blind set 22, French rows (France): (category, label, opt_out, style, text). Written by hand, CC0-1.0."""

ROWS = [
    ("optout/plain", "ai_assist", True, "shopowner",
     "Bonjour,\n\nJe tiens la quincaillerie Lemoine, rue des Tanneurs à Besançon, et je suis chez vous à la fois pour le "
     "terminal de paiement du magasin et pour la box de la maison. Quelques points :\n- la facture d'octobre du "
     "terminal compte deux fois l'abonnement ;\n- la box décroche tous les soirs vers 21 h ;\n- vos nouvelles "
     "conditions indiquent que les réponses peuvent être rédigées par une intelligence artificielle. Je refuse que "
     "mes courriels passent par là, ceux du magasin comme les miens.\n\nCordialement,\nBernard Lemoine\nGérant"),
    ("optout/plain", "ai_assist", True, "phonemail",
     "Bjr, désolée pour les fautes j'écris du tél dans le RER. Commande 6624-FR : la bouilloire de remplacement est "
     "arrivée, couvercle fêlé, encore !! Je veux une qui marche et une étiquette retour. Autre chose : en bas "
     "de votre dernier mail il y avait « réponse écrite avec un outil d'IA ». Non merci : interdit de faire "
     "passer mes messages par une IA, arrêtez ça avec les miens svp. Fichu correcteur, je voulais dire arrêtez "
     "tout court.\nMerci, Inès\n\nEnvoyé de mon iPhone"),
    ("optout/no_bot", "ai_assist", True, "itinerary",
     "Bonjour,\n\nRéférence de réservation FJ8N2K. Mon voyage actuel :\n  14 mai  CDG 07:20 -> MUC 08:50  (LH 2227)\n"
     "  14 mai  MUC 11:10 -> ATH 14:35  (LH 1752)\n  21 mai  ATH 15:40 -> CDG 18:15  (AF 1233)\nJe dois décaler le "
     "retour au 22 mai et avoir un siège couloir partout. Je voyage avec vous une trentaine de fois par an et je "
     "préfère qu'aucun robot conversationnel ne me réponde : pas de réponse automatique sur mon dossier, un mail "
     "écrit par quelqu'un suffira.\n\nBien à vous,\nThierry Vasseur\nCarte Platinum 6620 0415"),
    ("optout/object", "ai_assist", True, "regulator",
     "Madame, Monsieur,\n\nCopie : CNIL et médiateur national de l'énergie\n\nTroisième courrier de ma part "
     "au sujet de la facture d'électricité contestée du 8 allée des Tilleuls (contrat 55091273). Vos deux dernières "
     "réponses sortaient manifestement d'un logiciel : elles répondaient à une question que je n'ai jamais posée. "
     "Au titre du RGPD, opposition de ma part : ni ma réclamation ni mes données ne doivent passer par un outil automatisé "
     "ou d'IA. Une confirmation écrite est attendue, puis de corriger le relevé du 4 février.\n\nVeuillez agréer mes "
     "salutations distinguées,\nJacqueline Perrot"),
    ("optout/withdraw_consent", "ai_assist", True, "satisfaction",
     "Objet : RE : Votre avis compte ! Commande 31-88710\n\nVous me demandez de noter cinq points, les voici :\n"
     "1. Délai de livraison : 4/5, un jour de retard.\n2. Qualité : 5/5, le plaid est superbe.\n3. Retours : pas "
     "testé.\n4. Votre nouvel assistant intelligent : à l'inscription j'avais coché la case l'autorisant à lire mes "
     "messages. Je reviens dessus : ce consentement, je le retire dès ce jour.\n5. Nous recommanderiez-vous ? "
     "Sans doute.\n\nBonne journée,\nLaurent Giraud"),
    ("optout/proxy", "ai_assist", True, "tenants",
     "Madame, Monsieur,\n\nJe suis secrétaire de l'Amicale des locataires de la résidence Les Glycines et je vous écris, "
     "avec son accord signé (ci-joint), pour Mme Odette Marchal, bâtiment B, 89 ans, sans internet. "
     "L'entretien de sa chaudière a été annulé deux fois en novembre. Elle m'a aussi demandé de vous dire clairement "
     "qu'elle ne veut pas que son dossier ni ses courriers soient traités par votre « assistant virtuel » ni par "
     "aucune IA. Notez-le, s'il vous plaît, et fixez un nouveau rendez-vous.\n\nPour le bureau,\nMichel Aubert"),
    ("optout/quoted", "ai_assist", True, "phonemail",
     "Réponse inutile. Le colis est à l'agence de Rungis, pas « en cours de livraison ». Et retirez-moi de "
     "l'outil qui a écrit ça, pas question qu'une IA réponde à mes mails.\n\nEnvoyé de mon Android\n\n> Le 5 nov., "
     "Service Client a écrit :\n> Bonjour Hugo ! Bonne nouvelle, notre assistant IA a vérifié votre colis 4471-PX : il "
     "est en cours de livraison et arrivera bientôt. Puis-je vous aider pour autre chose ? Belle journée !\n> Tapez "
     "« conseiller » à tout moment."),
    ("optout/plain", "ai_assist", True, "satisfaction",
     "Objet : Votre questionnaire (je ne mets pas d'étoiles, je vous réponds en toutes lettres)\n\nVotre demande "
     "a-t-elle été traitée ? En partie. Le remboursement du double prélèvement est arrivé, pas les 6,90 € de port.\n"
     "L'équipe a-t-elle été aimable ? Oui.\nAutres remarques ? Une : votre page de confidentialité dit que vous "
     "utilisez l'apprentissage automatique sur les messages des clients. Sans moi. Mes messages ne "
     "doivent servir à aucune IA, ni pour répondre ni pour l'entraîner.\n\nCordialement,\nSylvie Caron"),
    ("optout/with_person", "human", True, "shopowner",
     "Bonjour,\n\nJe tiens l'épicerie fine Au Bon Panier à Angers et j'ai un compte professionnel chez vous depuis six "
     "ans. Depuis votre nouveau service client, chaque question me revient avec une réponse de robot. Deux commandes "
     "de lait d'avoine sont parties dans un autre magasin le mois dernier. Je demande :\n  • qu'on retire l'IA de mon "
     "compte, point ;\n  • qu'un vrai interlocuteur, idéalement Stéphane qui nous suivait avant, m'appelle (06 00 00 "
     "04 18) après 15 h.\n\nMerci,\nNathalie Brunet\nAu Bon Panier"),
    ("optout/with_person", "human", True, "regulator",
     "Au service réclamations, copie au médiateur de la banque et à l'ACPR\n\nMa contestation des frais de découvert "
     "(réf. RB-60231) dure depuis huit semaines sans réponse sur le fond. Avant toute saisine du médiateur, je veux qu'un "
     "conseiller nommément identifié du service réclamations m'appelle, pas un énième message automatique, et je "
     "n'accepte pas que mon dossier soit évalué par une IA ou un système de décision automatisée. Mon numéro : "
     "06 00 00 03 77, en semaine.\n\nSincèrement,\nKarima Haddad"),
    ("optneg/praise", "ai_assist", False, "satisfaction",
     "Bonjour,\n\nVotre formulaire d'avis a coupé mon commentaire, alors je termine ici. Globalement 9/10. L'assistant "
     "du chat sur votre site a réglé mon échange de pointure en deux minutes à 23 h, franchement mieux que d'attendre "
     "l'ouverture du magasin. Seul bémol : la paire d'échange est arrivée dans l'ancien carton avec la mauvaise "
     "étiquette, le livreur a failli la renvoyer. Pouvez-vous confirmer que la deuxième paire est bien enregistrée "
     "comme reçue (commande 5530-D) ?\n\nMerci,\nArnaud Besson"),
    ("optneg/quoted_optout", "ai_assist", False, "itinerary",
     "Rebonjour,\n\nOubliez ce que j'avais écrit au printemps (plus bas). J'ai utilisé l'assistant de votre appli depuis "
     "et ça se passe bien, vous pouvez traiter mes messages normalement. Il me faut maintenant modifier le trajet "
     "de Porto :\n  10 juin  NTE 06:30 -> OPO 07:45\n  17 juin  OPO 19:55 -> NTE 23:05  → à déplacer au 18 juin\n\n"
     "Merci,\nÉlodie Marchand\n\n> 13 avril : Merci de ne pas utiliser votre assistant IA pour mes mails, c'est un "
     "humain qui doit les lire."),
    ("optneg/ai_feature", "ai_assist", False, "shopowner",
     "Bonjour,\n\nJ'ai votre logiciel de caisse dans mon magasin de cycles (Rayons & Pignons, deux salariés) et "
     "j'envisage de passer à l'offre Plus. Avant, quelques questions sur la fonction « prévision de stock par IA » :\n"
     "- marche-t-elle avec moins de 500 références ?\n- peut-on la couper l'hiver quand je ne vends presque rien ?\n"
     "- le prix est-il le même en engagement annuel ?\nAu passage, mon compte perso affiche le mauvais code postal : "
     "c'est 69007.\n\nCordialement,\nYannick Ferrand"),
    ("optneg/bot_wrong", "ai_assist", False, "phonemail",
     "Coucou, du tél donc pardon pour l'orthographe. Sur votre site, l'assistant prétend que le ramassage des encombrants "
     "passe au jeudi pendant les fêtes mais le flyer de la mairie dit vendredi 27. Lequel est bon ?? Et le bac jaune "
     "n'a pas été vidé le 12, toute la rue a été sautée. Le robot, peu importe, c'est juste pour savoir quel jour sortir "
     "le canapé mdr. 9 impasse des Lilas.\nBises, Manon\n\nEnvoyé depuis Outlook pour Android"),
    ("optneg/footer_ai", "ai_assist", False, "shopowner",
     "Madame, Monsieur,\n\nVeuillez trouver ci-joint le bon de retour signé pour les trois présentoirs abîmés (commande "
     "BC-5128). Je préférerais un avoir plutôt qu'un remplacement, car nous refaisons la boutique en janvier.\n\n"
     "Bien cordialement,\nCéline Rolland\nGérante et acheteuse, Rolland Cadeaux SARL\n--\nMessage confidentiel, pièces "
     "jointes comprises, réservé à son destinataire. Le courrier de Rolland Cadeaux SARL est "
     "analysé par un filtre de sécurité automatique à base d'IA. RCS Tours 000 000 471."),
    ("optneg/someone_else", "ai_assist", False, "tenants",
     "Madame, Monsieur,\n\nAu nom de la Confédération syndicale des familles, section des Marronniers : les locataires "
     "des escaliers C et D signalent que la machine de rechargement de la laverie collective est en panne depuis le "
     "2 novembre. Plusieurs adhérents âgés trouvent aussi votre serveur vocal difficile à suivre (un voisin, M. Lacroix, "
     "refuse carrément de s'en servir) ; un affichage dans le hall avec la date de réparation aiderait tout le monde.\n\n"
     "Salutations,\nFrançoise Morel, présidente de la section"),
    ("optneg/quoted_other", "ai_assist", False, "regulator",
     "Madame, Monsieur,\n\nJe suis trésorière de notre club de pétanque et ce courrier concerne le compte du club, pas le mien. "
     "Je recopie ci-dessous un extrait de la plainte qu'un adhérent vous a envoyée l'an dernier, uniquement pour le "
     "contexte, car elle porte sur le même TPE. Notre seule question : pourquoi la commission est passée à 1,9 %.\n\n"
     "> De : P. Delorme\n> Aucune IA ne doit lire ma réclamation, transmettez-la à une personne.\n\nCopie : "
     "Banque de France (pour information)\n\nCordialement,\nMonique Reynaud, trésorière"),
    ("optneg/ai_product", "ai_assist", False, "itinerary",
     "Bonjour,\n\nRécapitulatif du voyage :\n  04 févr.  MRS 08:15 -> FRA 10:10\n  04 févr.  FRA 12:40 -> OSL 14:50\n"
     "  11 févr.  OSL 16:20 -> MRS 20:05\nLes écouteurs traducteurs à IA achetés dans votre boutique à bord le 4 février "
     "ne s'appairent plus depuis deux jours. Y a-t-il une garantie chez vous ou dois-je contacter le fabricant ? "
     "Ticket n° BA-40218.\n\nMerci d'avance,\nSolène Arnaud"),
    ("human/plain", "human", False, "phonemail",
     "Bonjour, dsl j'écris du portable. J'ai reçu trois mails disant que mon prélèvement a été rejeté mais l'argent "
     "est parti de mon compte le 1er, je le vois. J'ai peur que vous coupiez le contrat. Est-ce qu'une vraie personne "
     "peut regarder le dossier 40-77832 et me répondre ? Je préférerais parler à quelqu'un plutôt que tourner en rond "
     "par mail.\nCdlt, Jessica\n\nEnvoyé de mon Samsung"),
    ("human/callback", "human", False, "itinerary",
     "Madame, Monsieur,\n\nRéservation LM33VZ, 4 passagers :\n  21 déc.  LYS 11:45 -> LIS 13:20\n  28 déc.  LIS 15:05 -> LYS 18:40\n"
     "La carte d'identité de mon fils expire le 26 décembre et je ne sais plus s'il peut voyager. Par écrit, c'est trop "
     "long à démêler. Un appel du service réservations serait bienvenu, au 06 00 00 02 85, aujourd'hui ou "
     "demain matin.\n\nMerci,\nOlivier Chauvin"),
    ("human/supervisor", "human", False, "regulator",
     "Madame, Monsieur,\n\nCopie : médiateur des communications électroniques\n\nJ'ai signalé la même erreur "
     "(abonnement facturé deux fois depuis juillet, compte 8841-229) lors de quatre appels et dans deux courriels. "
     "Chaque réponse du premier niveau promet une correction qui n'arrive jamais. Mon dossier doit "
     "remonter jusqu'à un responsable d'équipe ou au service consommateurs, capable d'autoriser le remboursement, avec son nom "
     "et ses coordonnées directes.\n\nSalutations,\nGérard Lefebvre"),
    ("human/anyone", "human", False, "tenants",
     "Madame, Monsieur,\n\nQuatrième message du conseil syndical du 12 rue Pasteur écrit au sujet de "
     "l'interphone en panne. Nous ne recevons que des accusés de réception automatiques. Ces messages sont-ils "
     "lus par quelqu'un ? Si oui, qu'une personne de chez vous me réponde avec une date pour le technicien.\n\nAlain Fournier\n"
     "Président du conseil syndical\n\n> Nous accusons réception de votre message ; il est enregistré."),
    ("human/named_contact", "human", False, "shopowner",
     "Bonjour,\n\nJe tiens une petite boutique de fleurs (L'Atelier Pivoine, Quimper) et j'ai aussi une carte "
     "personnelle chez vous. Les relevés du commerce arrivent sur ma boîte perso et les miens sur celle de la "
     "boutique. Je l'ai expliqué à trois conseillers différents. Pouvez-vous me donner un interlocuteur attitré, avec "
     "un nom, qui suive l'affaire et à qui écrire directement jusqu'à ce que ce soit réglé ?\n\nMerci beaucoup,\n"
     "Gwenaëlle Le Goff\nL'Atelier Pivoine"),
    ("human/plain", "human", False, "satisfaction",
     "RE : Parlez-nous de votre intervention\n\nPuisque vous demandez : le technicien était poli, ponctuel, et a "
     "laissé la cuisine propre. Mais le lave-vaisselle fuit de nouveau, par-dessous cette fois, et le bon "
     "d'intervention indique « résolu ». Donc à « Le problème a-t-il été réglé ? » c'est non. J'aimerais que "
     "quelqu'un de votre SAV m'appelle pour fixer un nouveau passage — 06 00 00 01 56 — plutôt qu'un autre "
     "questionnaire.\n\nCordialement,\nFatima Benali"),
    ("humanneg/thanks_agent", "ai_assist", False, "satisfaction",
     "Bonjour,\n\nJe réponds ici à votre enquête car le lien a expiré. Rapidité : excellente. Compétence : excellente. "
     "Je tiens à citer Martine, au téléphone mardi, qui est restée en ligne pendant la refabrication de ma carte et m'a "
     "expliqué deux fois le nouveau code sans s'agacer. Transmettez mes remerciements à sa responsable. Reste un "
     "détail : le courrier de bienvenue indique « M. » alors que je suis « Mme » ; pouvez-vous corriger ma fiche ?\n\n"
     "Cordialement,\nHélène Masson"),
    ("humanneg/quoted_request", "ai_assist", False, "itinerary",
     "Bonjour,\n\nTout est réglé : un de vos collègues m'a replacé hier par téléphone, donc finalement pas besoin d'un "
     "responsable. Pouvez-vous juste m'envoyer le nouvel itinéraire en PDF ? Il devrait donner :\n  07 mars  BOD 06:55 -> ORY 08:05\n"
     "  07 mars  ORY 10:40 -> PTP 14:10\n\nMerci,\nDamien Roux\n\n> 2 mars : Votre site a annulé mon vol de Bordeaux. "
     "Passez-moi un responsable, pas le chat."),
    ("bias/disability", "bias_review", False, "tenants",
     "Madame, Monsieur,\n\nL'Amicale des locataires du Clos Fleuri soutient M. Jean-Luc Barbier (bât. 4), en fauteuil "
     "roulant. Il a demandé en août le rez-de-chaussée du n° 2 ; le logement a été attribué à un locataire valide qui "
     "l'avait demandé après lui. Interrogée sur la raison, votre chargée de clientèle lui a répondu que « les "
     "aménagements, c'est trop de tracas pour un bail court ». Nous pensons qu'il a été écarté à cause de son handicap "
     "et demandons le réexamen.\n\nSalutations,\nÉvelyne Garnier, secrétaire"),
    ("bias/name", "bias_review", False, "itinerary",
     "Madame, Monsieur,\n\nVol du 14 oct., ORY 06:40 -> NCE 08:05, deux passagers, même réservation.\nMon collègue "
     "Julien Martin et moi avions demandé le même surclassement avec nos miles. Le sien a été accepté tout de suite ; "
     "le mien, au nom de Mohamed Belkacem, a été refusé pour « vérifications supplémentaires », et l'agent a dit en "
     "riant « avec un nom pareil, on contrôle ». Même statut, même solde de miles. Je demande une explication et le "
     "surclassement.\n\nMohamed Belkacem\nRéf. DK2W8R"),
    ("bias/age", "bias_review", False, "regulator",
     "Madame, Monsieur,\n\nCopie : ACPR et Défenseur des droits\n\nJ'ai 73 ans et j'ai demandé le 3 septembre votre "
     "compte Essentiel avec carte de débit. La demande a été refusée « pour raison d'âge sur les produits carte ». Ma "
     "fille, 44 ans, l'a demandé le même après-midi avec le même dépôt et a été acceptée en une heure. Aucune condition "
     "de revenus n'existe sur ce compte. J'estime avoir été refusé à cause de mon âge et je demande une explication et "
     "un réexamen.\n\nSalutations distinguées,\nRené Bouvier"),
    ("bias/religion", "bias_review", False, "shopowner",
     "Bonjour,\n\nJe suis boucher (boucherie casher, Sarcelles) et j'ai une carte chez votre grossiste. Samedi le "
     "responsable de permanence m'a arrêté à l'entrée pour fouiller mon sac, alors que les clients devant et derrière "
     "moi sont entrés sans rien. À ma question, il a répondu : « on nous a dit de surveiller les gens avec "
     "votre genre de tenue ». Je portais ma kippa et mes tsitsit. Je demande que ce soit examiné.\n\nDavid Benhamou\n"
     "Boucherie Benhamou\nCarte pro 60225"),
    ("bias/gender", "bias_review", False, "phonemail",
     "Bjr, du tél désolée. J'ai demandé un devis à votre garage pour l'embrayage (plaque finit par 4LM) : 810 €. Mon "
     "mari a appelé une heure après, même voiture même travail, 540 €. Quand j'en ai parlé au mécano il a rigolé : "
     "« les dames demandent rarement le détail ». Pas normal du tout. Je réclame le prix à 540 et que quelqu'un regarde "
     "comment les femmes sont reçues chez vous.\nAurélie\n\nEnvoyé de mon Galaxy"),
    ("bias/origin", "bias_review", False, "satisfaction",
     "RE : Notez votre visite en agence\n\n1. Attente : 10 min, correct.\n2. Accueil : pas pour moi. Je suis "
     "d'origine sénégalaise. Le conseiller m'a demandé deux justificatifs de plus pour ouvrir le livret de ma fille, en "
     "disant « avec les Africains il faut faire attention », et le couple à côté a ouvert le même livret avec une seule "
     "pièce.\n3. Nous recommanderiez-vous ? Pas après ça. Merci d'enquêter.\n\nAwa Diop"),
    ("hardneg/threat_label", "ai_assist", False, "phonemail",
     "Coucou, du portable. Commande 7710-2 (le trampoline) devait arriver samedi, puis lundi, maintenant « sous 3 à 5 "
     "jours ». Ma fille de 7 ans dit que c'est « de la discrimination contre les enfants » vu que les colis des grands "
     "sont tous arrivés mdr. Blague à part, je peux avoir une date ferme ou annuler et être remboursée ? Le lien de "
     "suivi du sms ne marche pas.\nMerci, Camille\n\nEnvoyé de mon iPhone"),
    ("hardneg/mention", "ai_assist", False, "tenants",
     "Madame, Monsieur,\n\nLors de son assemblée générale, l'Association des locataires de la résidence Bellevue a décidé "
     "de vous demander trois choses avant l'hiver :\n  1. une main courante sur la rampe du local poubelles, utilisée "
     "par plusieurs résidents en déambulateur et nos deux voisins en fauteuil ;\n  2. un éclairage plus fort dans la "
     "cage d'escalier pour les adhérents malvoyants ;\n  3. le salage du parking.\nMerci de nous indiquer des délais.\n\n"
     "Cordialement,\nDanielle Poirier, présidente"),
    ("hardneg/forwarded_complaint", "ai_assist", False, "regulator",
     "Bonjour,\n\nJe transfère ci-dessous les échanges de 2023 sur le compte de feu mon père uniquement pour que vous "
     "le retrouviez ; sa plainte pour discrimination de l'époque a été réglée et je ne la rouvre pas. En tant "
     "qu'héritier, j'ai seulement besoin du relevé de clôture pour la succession ; le notaire a mis le médiateur en "
     "copie car il s'agit d'une succession.\n\n---------- Message transféré ----------\n> On m'a traité différemment "
     "parce que je suis algérien, je veux une enquête.\n\nMerci,\nKarim Mansouri"),
    ("hardneg/pricing", "ai_assist", False, "shopowner",
     "Bonjour,\n\nJe tiens un salon de coiffure à deux fauteuils et je vous paie le terminal de carte et mon forfait "
     "mobile. Votre nouveau tarif fait payer plus cher par transaction les petits commerçants fidèles que les "
     "nouveaux inscrits : à mon avis, on discrimine là les fidèles ! Vous pouvez "
     "m'appliquer le taux nouveau client de 1,4 % (compte TP-55320) ?\n\nCordialement,\nSandrine Leclerc\nSalon "
     "Sandrine\n\nCe message est destiné exclusivement à son destinataire."),
    ("hardneg/own_prejudice", "ai_assist", False, "satisfaction",
     "RE : Comment s'est passée votre installation ?\n\nJe vais être franc puisque c'est presque anonyme. Quand un "
     "installateur d'une soixantaine d'années est arrivé pour la pompe à chaleur, je me suis dit « il ne va jamais "
     "grimper sur le toit ». J'avais tort : soigné, rapide, il m'a bien expliqué l'attestation. 10/10. Une question : "
     "l'attestation n'est toujours pas arrivée par mail et la mairie la réclame. Réf. PAC-0952.\n\nJérôme Collin"),
    ("hardneg/policy_question", "ai_assist", False, "itinerary",
     "Bonjour,\n\nJe réserve une quarantaine de déplacements par an pour les salariés de notre association, par exemple "
     "le mois dernier :\n  05 nov.  LIL 09:20 -> BCN 11:30\n  06 nov.  BCN 18:45 -> LIL 20:55\nNotre conseil "
     "d'administration demande désormais aux fournisseurs leur politique d'égalité et d'accessibilité (y compris "
     "l'assistance aux passagers handicapés). Pourriez-vous nous transmettre ces documents et votre index de l'égalité "
     "professionnelle ?\n\nBien à vous,\nClaire Lemaître\nResponsable des opérations"),
    ("ordinary/plain", "ai_assist", False, "itinerary",
     "Bonjour,\n\nPourriez-vous ajouter mon numéro de fidélité (AF 220 119 53) à la réservation PQ6T4H et établir la "
     "facture au nom de mon employeur, Menuiseries Bréal SAS ? L'itinéraire :\n  31 janv.  RNS 06:35 -> AMS 08:25\n"
     "  01 févr.  AMS 19:30 -> RNS 21:05\nJe voudrais aussi réserver un repas végétarien sur les deux vols si c'est "
     "encore possible. Rien d'urgent.\n\nMerci bien,\nFabien Guérin\nEnvoyé du portable entre deux réunions"),
    ("ordinary/plain", "ai_assist", False, "tenants",
     "Madame, Monsieur,\n\nL'Amicale des locataires des Tourelles aura un nouveau trésorier au 1er janvier, M. Serge "
     "Dumas, et le compte de réservation de la salle commune doit passer de mon nom au sien. L'adresse de facturation devient "
     "par ailleurs : 14 rue des Tourelles, 31000 Toulouse, et de nous dire si le tarif de location de "
     "la salle change en 2027.\n\nAvec nos remerciements,\nMaryse Carré, trésorière sortante\nAssociation loi 1901"),
]
