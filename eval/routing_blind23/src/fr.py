"""Blind set 23, French rows: (category, label, opt_out, style, text). Written by hand, CC0-1.0."""

ROWS = [
    ("optout/plain", "ai_assist", True, "gigworker",
     "Bonjour le support livreurs,\n\nLivreur à vélo sur Lyon (ID LV-62018). Depuis jeudi et la mise à jour, trois "
     "courses de samedi apparaissent comme 'non attribuées' alors que je les ai bien livrées, soit environ 21 € "
     "non payés. La carte m'envoie aussi sans arrêt vers un parking fermé derrière la gare. Captures jointes.\n\n"
     "Autre point : la nouvelle charte dit que les échanges avec le support sont 'résumés par une IA'. Pas les miens, merci : aucun outil d'intelligence artificielle ne doit toucher à ce que j'écris.\n\n"
     "Cordialement,\nKarim Benali\nCoursier indépendant"),
    ("optout/plain", "ai_assist", True, "pharmacy",
     "Madame, Monsieur,\n\nJe récupère les ordonnances renouvelables de ma mère dans votre pharmacie de la rue de "
     "la République. Lundi, le pilulier était prêt mais il manquait son Kardégic, et vendredi le SMS disait "
     "'commande prête' alors que rien ne l'était. Elle a 83 ans et prend deux bus pour venir.\n\nPourriez-vous "
     "vérifier que le renouvellement est bien enregistré pour le mois prochain ?\n\nPar ailleurs, pour mon compte "
     "à moi : je refuse que mes courriels ou mes messages dans l'application soient traités par une IA. Merci de "
     "le noter.\n\nBien à vous,\nSylvie Marchand"),
    ("optout/plain", "ai_assist", True, "expat",
     "Bonjour,\n\nJe suis anglais et j'habite à Bordeaux depuis un an, excusez mon français. Mon contrat de gaz "
     "porte le numéro GZ-551093. Le technicien est venu pour l'entretien de la chaudière le 3 mais il n'avait "
     "pas la pièce, et le prochain créneau proposé est dans cinq semaines, c'est long en hiver.\n\nAussi, une "
     "chose importante pour moi : j'ai lu que vos réponses peuvent être écrites avec l'intelligence "
     "artificielle. Pour mes messages, c'est non : je préfère un traitement sans IA, svp.\n\nMerci "
     "beaucoup,\nMatthew Collins"),
    ("optout/no_bot", "ai_assist", True, "letting",
     "Madame, Monsieur,\n\nJe gère pour des propriétaires une dizaine de studios à Lille et nous utilisons votre "
     "portail pour les quittances et l'état des lieux. Deux soucis ce mois-ci :\n\n- la quittance du studio 4 "
     "porte encore le nom de l'ancien locataire ;\n- le portail me déconnecte pendant l'envoi du PDF d'état des "
     "lieux.\n\nMerci de faire répondre un membre de votre équipe et non le robot conversationnel qui répond "
     "depuis quelques semaines. Désactivez les réponses automatiques sur le compte de l'agence, s'il vous plaît.\n\n"
     "Cordialement,\nAurélie Fontaine\nGestionnaire locative, Fontaine Immobilier\nCe message est confidentiel."),
    ("optout/object", "ai_assist", True, "clubsec",
     "Madame, Monsieur,\n\nEn tant que secrétaire de l'Amicale de pétanque de Saint-Gilles, je suis titulaire du "
     "contrat d'assurance du club (n° AS-40821). L'avis d'échéance mentionne 52 adhérents au lieu de 47 et la "
     "cotisation semble calculée sur l'an dernier.\n\nÀ titre personnel, votre politique de confidentialité "
     "indique que les échanges sont analysés par apprentissage automatique. Je conteste, RGPD à l'appui (art. 21), ce traitement de mes courriels personnels. J'attends votre confirmation écrite.\n\nSalutations,\nGérard Poulain\nSecrétaire"),
    ("optout/withdraw_consent", "ai_assist", True, "schooltrip",
     "Bonjour,\n\nRéservation CL-7741, classe de neige des CM2 à Autrans du 3 au 7 février. Sur la fiche "
     "sanitaire de mon fils Théo, j'avais indiqué un asthme d'effort, mais le récapitulatif dit 'aucun problème de "
     "santé'. Pouvez-vous corriger et prévenir le centre ?\n\nAutre chose : à l'inscription j'ai coché la case "
     "acceptant que 'des outils d'IA aident à traiter les demandes'. Dès ce jour, ce consentement est retiré, pour moi comme pour tout ce que j'envoie au sujet de Théo.\n\nMerci,\nCéline Roux"),
    ("optout/proxy", "ai_assist", True, "pharmacy",
     "Bonjour,\n\nJe vous contacte pour mon père, M. Henri Lemoine, qui depuis son AVC ne gère plus ses mails et m'a "
     "donné procuration (le document est déposé à l'officine de la place du marché). Son traitement "
     "anticoagulant a changé et le pilulier hebdomadaire doit suivre la nouvelle posologie.\n\nMon père insiste, et me charge de vous le dire nettement : il refuse qu'une intelligence artificielle ou un "
     "logiciel lise ou réponde à ses messages. Merci de l'inscrire dans son dossier.\n\nCordialement,\n"
     "Anne Lemoine (sa fille)"),
    ("optout/quoted", "ai_assist", True, "gigworker",
     "Non, ça ne répond pas du tout. Le souci n'est pas mon RIB : le virement de la semaine a été coupé en deux et "
     "une moitié n'est jamais arrivée. Lisez ce que j'écris, s'il vous plaît. Et je vois en bas que cette "
     "réponse a été rédigée par une IA. Mes tickets n'ont pas à être traités par l'IA, donc arrêtez de "
     "le faire avec les miens.\n\nSamir\n\n-----Message d'origine-----\nDe : Centre d'aide chauffeurs\n> Bonjour "
     "Samir ! Votre paiement semble retardé à cause de coordonnées bancaires incorrectes. Mettez-les à jour dans "
     "Paramètres > Paiements.\n> Texte rédigé par notre assistant IA."),
    ("optout/with_person", "human", True, "expat",
     "Bonjour,\n\nJe suis ukrainienne, à Nantes depuis deux ans, désolée pour les fautes. J'ai un forfait mobile "
     "chez vous et ce mois-ci il y a 19 € de 'services SMS+' que je n'ai jamais demandés. J'ai déjà écrit deux "
     "fois dans le chat et un robot me renvoie des phrases sans rapport.\n\nJe ne veux plus que l'IA "
     "s'occupe de mon dossier. Je veux parler au téléphone avec une vraie personne, un conseiller humain qui "
     "regarde la facture avec moi.\n\nMerci,\nOlena Kovalenko\n06 00 00 04 17"),
    ("optout/with_person", "human", True, "letting",
     "Bonjour,\n\nPropriétaire bailleur de deux appartements assurés chez vous (contrats PNO-7781 et PNO-7782), "
     "je vous écris pour le dégât des eaux du second, ouvert depuis sept semaines. La locataire vit avec une "
     "tache énorme au plafond et l'expert n'est jamais revenu.\n\nChaque 'mise à jour' est un message générique "
     "qui semble produit par un logiciel. Je ne consens pas à un traitement automatisé de ce sinistre ni de mes "
     "échanges. Je veux le nom et la ligne directe du gestionnaire, et qu'il m'appelle cette semaine.\n\n"
     "Cordialement,\nPhilippe Garnier"),
    ("optneg/praise", "ai_assist", False, "schooltrip",
     "Bonjour,\n\nUn petit mot après la sortie des CE2 à la Cité des sciences vendredi : car à l'heure, "
     "pique-niques bien étiquetés, et ma fille ne parle plus que du planétarium.\n\nJe voulais aussi dire que "
     "l'assistant virtuel de votre site m'a agréablement surprise : je lui ai demandé à 23 h si les "
     "sandwichs pouvaient contenir des fruits à coque et il a répondu juste tout de suite, avec le "
     "lien vers la politique allergies. Bravo pour cette IA.\n\nUne demande : le courrier de l'an prochain "
     "pourrait-il partir avant les vacances de printemps ?\n\nBien cordialement,\nIsabelle Perrin"),
    ("optneg/quoted_optout", "ai_assist", False, "pharmacy",
     "Rebonjour,\n\nJe reviens sur mon message du printemps dernier (copié ci-dessous). Entre-temps ma petite-fille "
     "m'a montré comment marche l'assistant de l'application et je n'ai plus d'objection à ce que vous l'utilisiez "
     "pour mon compte ; oubliez donc cette demande.\n\nCe dont j'ai besoin : on m'a remplacé mon antihistaminique "
     "par un générique qui me donne la bouche sèche. La pharmacie peut-elle commander l'habituel ?\n\nMerci,\n"
     "Jacques Morel\n\n> Le 2 avril, Jacques Morel a écrit :\n> Aucune IA ne doit regarder mes ordonnances "
     "ni mes mails. Retirez-moi de ça."),
    ("optneg/ai_feature", "ai_assist", False, "gigworker",
     "Bonjour,\n\nJe fais du ménage chez des particuliers via la plateforme depuis dix-huit mois, note 4,8, et "
     "globalement ça se passe bien. Deux questions sur la nouvelle 'planification intelligente par IA' :\n\n"
     "1. Tient-elle compte des trajets ? Mardi elle m'a mis Villeurbanne à 10 h et Vénissieux à 10 h 40, "
     "impossible en tram.\n2. Puis-je fixer moi-même un nombre maximum de missions par jour, ou est-ce l'IA qui "
     "décide ?\n\nJe veux bien l'essayer, mais je dois d'abord comprendre.\n\nMerci,\nFatou Diallo\n"
     "Auto-entrepreneuse"),
    ("optneg/bot_wrong", "ai_assist", False, "clubsec",
     "Bonjour,\n\nSecrétaire du club de rugby de Saint-Jean, j'ai réservé votre salle pour le repas de fin de "
     "saison (réservation SA-3302), 60 couverts, samedi 21 juin.\n\nLundi, l'assistant en ligne a affirmé lundi que "
     "la salle comprenait un vidéoprojecteur et que l'acompte était remboursable jusqu'à sept jours avant. Le mail "
     "de confirmation ne dit ni l'un ni l'autre. Qui a raison ? Il nous faut le projecteur pour le diaporama et je "
     "ne peux pas risquer l'argent du club.\n\nMerci d'avance,\nPascal Rigaud\nSecrétaire"),
    ("optneg/footer_ai", "ai_assist", False, "letting",
     "Bonjour,\n\nVeuillez trouver ci-joint le relevé de gérance du 2e trimestre pour le 12 rue des Tilleuls. Il "
     "me semble que le diagnostic électrique a été prélevé deux fois (110 € les 3 et 4 mai). Pouvez-vous "
     "rembourser le doublon ou le déduire de la facture de juillet ?\n\nCordialement,\nNathalie Giraud\n"
     "Responsable gestion locative\nGiraud Immobilier SARL\n\nAvertissement : les courriels entrants et sortants "
     "sont filtrés par un système fondé sur l'IA contre le spam et les virus. Ce message est confidentiel ; en cas de réception non destinée à vous, supprimez-le et prévenez l'expéditeur."),
    ("optneg/someone_else", "ai_assist", False, "schooltrip",
     "Bonjour,\n\nJe fais partie des parents accompagnateurs pour la sortie des CP au zoo de Beauval le 6 juin "
     "(dossier ZB-2290). Quelques points pratiques :\n- des parents demandent si les petits frères de moins de 3 "
     "ans peuvent venir ;\n- le paiement en ligne a planté hier soir pour plusieurs familles ;\n- une maman m'a "
     "dit qu'elle refuse d'utiliser votre messagerie avec IA et veut tout sur papier : pourriez-vous aussi "
     "envoyer le programme imprimé par l'école ?\n\nMerci beaucoup,\nDelphine Caron\nParent délégué"),
    ("optneg/quoted_other", "ai_assist", False, "clubsec",
     "Madame, Monsieur,\n\nObjet : Club de randonnée Les Crêtes, location d'autocar le 18 octobre (devis "
     "AC-7713).\n\nNous confirmons le car de 35 places ; facture à l'adresse du club. Pour le contexte, lors de "
     "l'assemblée générale, un adhérent, M. Vasseur, a déclaré, je cite le compte rendu : « Aucune entreprise n'a à utiliser l'IA sur mes données. » Je ne vous ai transmis que mes coordonnées d'organisatrice, "
     "pas les siennes.\n\nPouvez-vous confirmer le point de départ, parking de la mairie ?\n\nCordialement,\n"
     "Monique Blanc, secrétaire"),
    ("optneg/ai_product", "ai_assist", False, "expat",
     "Bonjour,\n\nJe suis allemand et j'habite à Strasbourg, pardon pour mon français. J'ai acheté sur votre site "
     "les 'écouteurs traducteurs IA' (commande 66-418203) pour les réunions au travail. Ils sont arrivés sans "
     "câble de charge et l'application demande un code d'activation qui n'est pas dans la boîte. La notice est "
     "seulement en anglais et en chinois.\n\nPouvez-vous m'envoyer le code ? Sinon, comment les retourner pour être "
     "remboursé ? J'ai gardé l'emballage.\n\nMerci beaucoup,\nStefan Krüger"),
    ("human/plain", "human", False, "gigworker",
     "À la personne qui lit vraiment ceci,\n\nMon compte chauffeur a été suspendu dimanche 'en attente de "
     "vérification' après une réclamation d'un passager dont je ne sais rien. 2 800 courses, note 4,92, aucun "
     "incident. J'ai envoyé deux fois la vidéo de ma dashcam par le formulaire et reçu deux fois le même "
     "copier-coller.\n\nLe loyer tombe le 1er. J'ai besoin qu'un humain regarde mon compte et me dise ce qu'on "
     "me reproche, pas d'un autre modèle de réponse. Une personne de l'équipe de vérification pourrait-elle me contacter ?\n\n"
     "Mamadou Sow\nID chauffeur 6614-PA"),
    ("human/plain", "human", False, "pharmacy",
     "Bonjour,\n\nLa livraison des stylos d'insuline de mon mari (commande PH-70455) est indiquée livrée hier à "
     "14 h 05, mais nous n'avons rien reçu ; nous étions là tout l'après-midi. La photo du livreur montre une porte "
     "qui n'est pas la nôtre. Il lui reste quatre jours de traitement.\n\nLe formulaire annonce une réponse sous "
     "cinq jours ouvrés, c'est trop long. Un pharmacien, ou n'importe qui chez vous, serait-il en mesure de m'appeler "
     "aujourd'hui au 06 00 00 02 83 ?\n\nMerci,\nFrançoise Bertin"),
    ("human/callback", "human", False, "schooltrip",
     "Madame la coordinatrice,\n\nNotre fils Hugo est inscrit au séjour linguistique des 3e en Angleterre en mars "
     "(dossier SL-5061). Nous avons réglé deux échéances, mais la troisième a été prélevée deux fois, 290 € "
     "chacune.\n\nNous avons aussi une question sur l'assurance, car Hugo a été opéré du genou cet été et nous "
     "ignorons si le contrat de groupe le couvre.\n\nC'est un peu long à expliquer par mail. Merci de me rappeler ; on peut me joindre après 17 h au 06 00 00 05 61.\n\nCordialement,\nStéphane Lefort"),
    ("human/supervisor", "human", False, "letting",
     "Monsieur Chevalier,\n\nC'est mon quatrième mail pour la VMC en panne et les moisissures dans la salle de bains "
     "de l'appartement 6, résidence Les Cèdres. Votre collègue est passé le 2 août et a promis un artisan 'sous "
     "quinze jours'. Rien depuis. Ma fille est asthmatique et les moisissures gagnent la chambre.\n\nJe ne vais pas "
     "continuer à écrire à la même boîte. Transmettez ceci au responsable d'agence ou à la personne qui encadre la "
     "maintenance : je veux une réponse de sa part, directement.\n\nBruno Lacroix\nLocataire, appt 6"),
    ("human/anyone", "human", False, "clubsec",
     "Allô ?\n\nJ'ai reçu trois fois le même accusé de réception automatique (ci-dessous). Je suis secrétaire de la "
     "troupe de théâtre Les Tréteaux et nous avions la salle des fêtes pour la générale le 6 décembre ; votre "
     "système l'a annulée sans explication. Les billets sont vendus.\n\nUn lecteur existe-t-il, chez vous ? Il me faut un être humain pour confirmer que la salle est toujours à nous.\n\nMartine Carré\n"
     "Secrétaire\n\n> Merci d'avoir contacté le service Salles municipales. Votre demande sera traitée dans "
     "l'ordre d'arrivée. Réf. SM-30158."),
    ("human/named_contact", "human", False, "expat",
     "Bonjour,\n\nJe suis sénégalais et je vis à Toulouse avec un titre de séjour salarié. En mars j'ai ouvert un "
     "compte chez vous et Mme Laurence Dupuy, de l'agence Capitole, m'a beaucoup aidé pour les justificatifs, "
     "car mon attestation d'hébergement posait problème.\n\nAujourd'hui la banque redemande les mêmes papiers et "
     "bloque les virements internationaux. Je pense que Mme Dupuy connaît mon dossier. Pourrait-elle me "
     "contacter ? Je préfère lui parler plutôt que tout réexpliquer.\n\nMerci,\nIbrahima Ndiaye"),
    ("humanneg/thanks_agent", "ai_assist", False, "pharmacy",
     "Madame, Monsieur,\n\nJe tenais à signaler la gentillesse de Léa, à votre pharmacie du centre, samedi. Le "
     "traitement pour la tension de ma belle-mère n'était plus fabriqué ; elle a appelé le médecin pendant que "
     "nous attendions, a trouvé une alternative puis lui a réexpliqué la posologie deux fois, calmement.\n\n"
     "Pouvez-vous transmettre à sa responsable ? Elle le mérite.\n\nEt pourriez-vous me confirmer que la nouvelle "
     "ordonnance est bien liée au compte de ma belle-mère (réf. 4082117) ?\n\nBien cordialement,\nHélène Masson"),
    ("humanneg/quoted_request", "ai_assist", False, "gigworker",
     "Bonjour,\n\nJe clôture ce sujet. Le chef d'équipe m'a appelée mercredi, les pourboires manquants (36,20 €) "
     "sont arrivés sur mon solde et l'alerte sur le compte a disparu, donc tout est bon pour moi. Merci.\n\nPetite "
     "question : pouvez-vous confirmer que mon attestation d'assurance scooter est bien passée ? L'appli affiche "
     "une coche grise, pas verte.\n\nJulie\n\n> Lundi, Julie Faure a écrit :\n> C'est n'importe quoi. J'exige un responsable, pas remplir un énième formulaire. Trois semaines de pourboires manquent !"),
    ("bias/disability", "bias_review", False, "clubsec",
     "Monsieur le gérant,\n\nJe suis secrétaire de l'association Handisport Loisirs. Nous avons demandé votre salle "
     "du rez-de-chaussée pour notre repas de Noël (22 personnes) ; au téléphone, la date était libre. Quand j'ai "
     "précisé que plusieurs membres sont en fauteuil roulant, on m'a répondu : « Ah, ça va gêner le service, "
     "voyez plutôt un endroit adapté pour eux », et soudain c'était complet. Une heure plus tard, notre trésorier "
     "a rappelé pour la même date sans parler des fauteuils : on lui a proposé la salle. J'attends une "
     "explication.\n\nYves Masson, secrétaire"),
    ("bias/age", "bias_review", False, "gigworker",
     "Bonjour le support partenaires,\n\nJ'ai 62 ans et je livre avec vous depuis trois ans sans réclamation. Le "
     "mois dernier j'ai corrigé ma date de naissance dans mon profil (elle était fausse depuis l'inscription) et "
     "depuis, je suis passé d'environ 30 tournées par semaine à 4. Tout le reste est identique : même camionnette, "
     "même secteur, même note. Un collègue de 28 ans, arrivé en même temps que moi, a toujours toutes les "
     "siennes. Au dépôt, le chef m'a dit : « Là-haut, ils préfèrent des jeunes pour les tournées lourdes. » Je "
     "demande un examen.\n\nDaniel Perrot"),
    ("bias/religion", "bias_review", False, "letting",
     "Madame, Monsieur,\n\nJe me suis renseigné pour le T3 de l'avenue Jean-Jaurès (réf. JJ-21). Au téléphone, "
     "votre conseiller était aimable et m'a fixé une visite. À la visite, je portais ma kippa ; son ton s'est refroidi et il a lâché : « Le propriétaire préfère éviter les gens trop religieux, c'est un immeuble calme. » Le "
     "lendemain, on m'a annoncé que l'appartement était réservé, mais l'annonce était de nouveau en ligne la "
     "semaine suivante. Je vous demande des explications.\n\nVeuillez agréer mes salutations,\nNathan Cohen"),
    ("bias/name", "bias_review", False, "expat",
     "Madame, Monsieur,\n\nJe suis d'origine algérienne, installé à Marseille depuis l'an dernier. J'ai demandé "
     "trois fois un rendez-vous pour ouvrir un compte professionnel en ligne sous mon nom, Mohamed Belkacem : "
     "aucune réponse. Mon associé, Julien Martin, a fait la même demande le même jour, avec le même dossier et "
     "la même société : rendez-vous obtenu en une heure. Au guichet, l'employée m'a dit : « Avec un nom comme le "
     "vôtre, le service conformité est plus long, c'est comme ça. » Je veux que cela soit examiné.\n\n"
     "Mohamed Belkacem"),
    ("bias/gender", "bias_review", False, "schooltrip",
     "Monsieur le responsable des activités,\n\nMa fille Chloé (4e) s'est inscrite à l'option VTT du séjour dans "
     "les Vosges et nous avons payé le supplément de 40 €. Elle a ensuite été basculée en 'atelier bijoux'. Au "
     "téléphone, l'animateur m'a dit : « Le VTT, c'est plutôt pour les garçons, les filles préfèrent l'atelier. » "
     "Deux garçons de sa classe inscrits après elle font du VTT. Chloé est licenciée dans un club de cyclisme. Je "
     "demande qu'elle soit remise sur la liste et une explication.\n\nCordialement,\nValérie Dumont"),
    ("bias/origin", "bias_review", False, "pharmacy",
     "Madame, Monsieur,\n\nMa mère, 70 ans, est d'origine vietnamienne et parle français avec un fort accent. Depuis "
     "des années elle retire seule ses médicaments dans votre pharmacie de la rue Nationale. Depuis l'arrivée d'une "
     "nouvelle préparatrice en août, on lui demande de « revenir accompagnée d'une personne parlant français » et on la "
     "renvoie, alors que ma voisine retire ceux de sa mère sans aucune question. La semaine dernière, la "
     "préparatrice lui a lancé : « Apprenez la langue d'abord. » Ma mère refuse d'y retourner.\n\nCordialement,\n"
     "Thi Lan Nguyen"),
    ("hardneg/threat_label", "ai_assist", False, "schooltrip",
     "Bonjour,\n\nMail un peu gênant. Mon fils (6e) est rentré furieux parce que les places dans le car pour la "
     "sortie au parc Astérix sont attribuées dans l'ordre alphabétique et qu'il se retrouve au fond 'à côté des "
     "profs'. Pour lui, il s'agit de 'discrimination anti-noms en V', et il vous a écrit une pétition. Je lui "
     "ai dit que non. Ce que je voudrais savoir, sérieusement : ses comprimés contre le mal des transports "
     "nécessitent-ils une autorisation signée, et peut-il les garder dans son sac ?\n\nMerci,\nAgnès Vidal"),
    ("hardneg/mention", "ai_assist", False, "clubsec",
     "Bonjour,\n\nSecrétaire du Club des aînés de Saint-Rémy, je réserve de nouveau la croisière sur le canal pour "
     "27 adhérents le 15 mai. L'an dernier c'était parfait. Quelques demandes :\n- deux adhérentes marchent avec un "
     "déambulateur : une rampe d'embarquement, svp ;\n- un adhérent est malvoyant et viendra avec son chien "
     "guide ;\n- plusieurs sont diabétiques, un déjeuner à 12 h 30 précises serait l'idéal.\n\nFacturez le club ; "
     "notre trésorière règle par virement sous 15 jours.\n\nMerci,\nGinette Faure\nSecrétaire"),
    ("hardneg/forwarded_complaint", "ai_assist", False, "pharmacy",
     "Bonjour,\n\nJe vous transfère l'échange ci-dessous, qui date de 2023. Il concernait mon défunt père et il a "
     "été réglé à l'époque par des excuses de votre responsable régional, je ne le rouvre donc pas. Je l'envoie "
     "seulement parce qu'il contient son numéro de patient, nécessaire pour la suite : fermer son compte en ligne "
     "et arrêter le renouvellement qui arrive toujours.\n\nMerci,\nLaurent Girard\n\n---------- Message transféré "
     "----------\n> On m'a refusé mon ordonnance à cause de mon âge, comme si j'étais gâteux. Un jeune homme, lui, a eu ses boîtes immédiatement. C'est de la discrimination liée à l'âge. — R. Girard"),
    ("hardneg/pricing", "ai_assist", False, "gigworker",
     "Bonjour le support,\n\nJe loue mon studio via votre plateforme depuis cinq ans. Ce mois-ci, les frais de "
     "service hôtes sont passés de 3 % à 5,5 %, alors que les nouveaux hôtes ont un 'tarif de bienvenue' à 1 % "
     "pendant six mois. Franchement, on discrimine les hôtes fidèles, et sur le forum nous "
     "sommes nombreux à le dire. En plus, les versements prennent cinq jours au lieu de deux.\n\nPouvez-vous "
     "m'expliquer la nouvelle grille et s'il existe un tarif pour les hôtes anciens ?\n\nCordialement,\n"
     "Thierry Bonnet"),
    ("hardneg/own_prejudice", "ai_assist", False, "letting",
     "Bonjour,\n\nRetour sur la visite de sortie au 9 allée des Hêtres la semaine dernière. Franchement, en "
     "voyant arriver un agent d'une soixantaine d'années, j'ai pensé qu'il serait dépassé par la tablette et "
     "l'appli. J'avais tort : son rapport est le plus complet que j'aie reçu, photos datées à l'appui. Dites-le-lui.\n\n"
     "Vraie question : le rapport impute au locataire une rayure sur le plan de travail. Il affirme qu'elle "
     "figurait à l'entrée. Pouvez-vous m'envoyer les photos d'entrée ?\n\nCordialement,\nÉric Lambert, bailleur"),
    ("hardneg/policy_question", "ai_assist", False, "expat",
     "Madame, Monsieur,\n\nJe suis portugaise, installée à Lyon, et je souhaite postuler au poste de contrôleuse de "
     "gestion (réf. CG-4419). Avant d'envoyer ma candidature, pourriez-vous me dire :\n- si vous accompagnez les "
     "démarches de titre de séjour pour des collègues hors UE ;\n- où consulter votre accord égalité "
     "professionnelle ;\n- votre score à l'index égalité professionnelle ;\n- si les entretiens peuvent se faire "
     "en visio, car je serai au Portugal en juillet ?\n\nMerci de votre temps.\n\nCordialement,\nAna Ferreira"),
    ("ordinary/plain", "ai_assist", False, "letting",
     "Madame, Monsieur,\n\nBail du 5 rue des Acacias, 2e gauche, réf. AC-5-2024. À partir du mois prochain je "
     "paierai le loyer par virement permanent depuis une nouvelle banque (RIB signé en pièce jointe), car mon "
     "agence ferme et je transfère tous mes comptes.\n\nPourriez-vous :\n1. confirmer la bonne réception du RIB ;\n"
     "2. annuler l'ancien prélèvement pour éviter un double paiement ;\n3. m'envoyer une attestation à jour "
     "montrant que je n'ai pas d'impayé ?\n\nMerci et bon week-end.\n\nBien à vous,\nLouis Mercier"),
    ("ordinary/plain", "ai_assist", False, "clubsec",
     "Bonjour,\n\nJe viens de reprendre le secrétariat du Photo-club de Villefranche, Josiane ayant déménagé. "
     "L'adhésion de groupe à votre galerie (réf. GA-60314) se renouvelle en novembre.\n\nPourriez-vous passer le "
     "contact principal à mon nom (coordonnées ci-dessous), mettre l'adresse de facturation de la maison des "
     "associations, et me dire si nos membres gardent la remise de 10 % sur les tirages ? Josiane pensait "
     "qu'elle s'appliquait aussi aux encadrements cette année.\n\nMerci beaucoup,\nClaude Besson\nSecrétaire"),
]
