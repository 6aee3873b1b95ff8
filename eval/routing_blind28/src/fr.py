"""Blind set 28, French (France): 40 long inbox e-mails typed by hand. Each row: (category, label, opt_out, style, text)."""

ROWS = [
    ('optout/object', 'ai_assist', True, 'decisionappeal',
     'Objet : Contestation du refus de prêt travaux n° PT-000319\n\nMadame, Monsieur,\n\nJe conteste le refus de '
     "mon prêt pour l'isolation des combles, notifié le 20 novembre. Mes arguments :\n1. Le courrier invoque "
     "un « score d'endettement défavorable », alors que je suis titularisée à la mairie de Vannes depuis "
     "avril et que je vous ai transmis mes trois derniers bulletins.\n2. Vous indiquez que l'étude a été faite "
     "de manière automatisée. Je m'y oppose : un algorithme ne doit pas trancher seul, et je refuse que mes "
     "courriers, celui-ci compris, passent par une intelligence artificielle. Prenez-en acte, s'il vous "
     "plaît.\n3. Les 45 € de frais de dossier doivent m'être remboursés.\n\nCordialement,\nSolène Le Goff"),
    ('optout/plain', 'ai_assist', True, 'student',
     "coucou 👋 j'ai le forfait Campus 60 Go (ligne finissant par 000 319) et j'ai plusieurs trucs :\n\n- plus "
     'de data le 13 alors que je suis H24 sur le wifi de la BU 🙃\n- je pars en Erasmus à Cracovie en février, '
     'le roaming est compris ou je vais me faire plumer ?\n- et svp arrêtez de me faire répondre par '
     "l'assistant du chat. mes messages doivent pas passer par une IA, aucune, ça me gêne vraiment et en plus "
     "ça tourne en rond. je préfère une vraie réponse écrite par quelqu'un quitte à attendre\n\nsi vous pouvez "
     "régler le souci de data ce serait top, j'ai mon mémoire à rendre mdr\n\nbisous,\nManon (L3 socio, "
     'résidence Crous Lanessan)'),
    ('optout/no_bot', 'ai_assist', True, 'landlord',
     'Bonjour,\n\nJe suis propriétaire de deux appartements au 11 rue des Tanneurs à Colmar (lots 3 et 5) et je '
     "règle l'électricité des parties communes sous le contrat 000-6632-18. Trois points :\n\na) Le relevé "
     "d'octobre est encore estimé alors que le compteur est dans le hall, accessible avec le digicode.\nb) Le "
     'nouveau locataire du lot 5, M. Haddouche, arrive le 1er janvier et ouvrira son propre contrat ; ne lui '
     "transférez rien du mien.\nc) J'ai reçu ce mois-ci trois réponses manifestement produites par un robot, "
     'chacune contredisant la précédente. Je ne veux plus de réponses de robot ni de textes générés '
     "automatiquement sur ce contrat : qu'une personne m'écrive.\n\nBien à vous,\nGérard Wintzenberger"),
    ('optout/plain', 'ai_assist', True, 'newcomer',
     "Bonjour,\n\nJe suis arrivée à Clermont-Ferrand depuis Montréal en septembre pour un poste à l'université "
     "et j'ai ouvert mon compte chez vous en octobre. Excusez la longueur, je découvre encore tout.\n\nD'abord, "
     'il me faudrait une attestation de domicile bancaire pour la CAF. Ensuite, un prélèvement de mon '
     'assurance habitation a été rejeté alors que le compte était approvisionné, et je ne comprends pas '
     "pourquoi. Enfin, la première semaine, j'ai posé une question dans l'appli et c'est un « assistant "
     "virtuel » qui a répondu. J'aimerais qu'aucune intelligence artificielle ne traite ce que j'écris ; "
     'merci de gérer ma correspondance sans.\n\nMerci de votre patience,\nÉmilie Tremblay-Gagnon'),
    ('optout/withdraw_consent', 'ai_assist', True, 'nightshift',
     "Désolé pour l'heure, je sors d'une nuit de douze heures à l'entrepôt de Saint-Quentin-Fallavier et "
     "c'est le seul moment où je peux écrire.\n\nDeux choses. Ma cotisation d'assurance auto augmente de 12 € "
     "en janvier et je n'ai reçu aucun courrier pour l'expliquer, pouvez-vous me dire pourquoi ? Et à la "
     "souscription, au printemps, j'avais coché la case qui permettait à votre « assistant intelligent » de "
     'traiter mes demandes. Je la décoche : je retire ce consentement, je ne veux plus que mes messages '
     'soient gérés par une IA, elle se trompait tout le temps sur mes horaires quand je demandais les dates '
     'de prélèvement.\n\nJe relirai mes mails après ma prochaine série de nuits, sans doute jeudi.\n\nKévin '
     'Marchetti\nContrat AU-000-7721'),
    ('optout/gdpr', 'ai_assist', True, 'decisionappeal',
     'Objet : Recours contre la clôture de mon livret n° ...3315\n\nMadame, Monsieur,\n\nLe 3 novembre, vous '
     "m'avez notifié la clôture de mon livret avec deux mois de préavis et sans motif. Je forme un recours.\n\n"
     "1) Je suis client depuis vingt ans, sans le moindre incident.\n2) Si la clôture résulte d'une « revue de "
     'conformité », je veux savoir quelles données ont été utilisées.\n3) En application du RGPD, je fais '
     "opposition au traitement automatisé de mes données et au profilage, ainsi qu'à l'emploi de "
     "l'intelligence artificielle pour instruire mon dossier ou traiter mes courriers. Merci de me confirmer "
     "l'arrêt de ces traitements.\n4) Dans l'attente, maintenez le livret ouvert.\n\nVeuillez agréer mes "
     'salutations distinguées,\nBernard Castelnau-Dufresne'),
    ('optout/plain', 'ai_assist', True, 'landlord',
     "Bonjour,\n\nJ'écris à propos du crédit de l'appartement que je loue à La Rochelle (prêt IM-00004411), car "
     "l'offre de renégociation expire le 20.\n\nL'estimation du bien est plus basse qu'il y a deux ans, ce qui "
     "m'étonne puisque la cuisine et la toiture ont été refaites ; j'ai les factures. Je voudrais aussi "
     'savoir si les frais peuvent être intégrés au prêt.\n\nEt une demande que je souhaite voir notée une fois '
     'pour toutes : sur mon dossier, uniquement des humains. Mes e-mails ne doivent pas être résumés, triés '
     "ou rédigés par un logiciel d'IA. Je veux bien attendre un peu plus une réponse écrite par vos "
     'conseillers.\n\nMerci,\nAgnès Poitevin'),
    ('optout/quoted', 'ai_assist', True, 'student',
     "bon c'est toute une histoire 😅\n\nma coloc Inès a demandé à votre chat pour l'assurance habitation "
     'étudiante et il lui a sorti mot pour mot :\n> « Votre ordinateur portable est couvert dans le monde '
     'entier sans franchise. »\nfaux, elle a lu le contrat : 80 € de franchise et couvert seulement en France. '
     "elle a fait une capture.\n\ndonc pour MON contrat (MRH-00093318) : mon vélo est couvert s'il est attaché "
     'devant la fac ? et je peux déclarer mon casque audio comme objet de valeur ?\n\net après ça je veux que '
     'rien de ce qui me concerne soit traité par une IA. vous passez pas mes messages là-dedans, ok ? une '
     "vraie réponse même si c'est plus lent 🙏\n\nmerci !!\nClara Benhamou"),
    ('optout/with_person', 'human', True, 'newcomer',
     'Madame, Monsieur,\n\nJe suis arrivé à Lille depuis Dakar il y a six semaines avec ma femme et nos deux '
     "enfants, et nous avons ouvert un compte joint dans votre agence de la rue Nationale. J'apprends encore "
     'comment tout fonctionne ici, pardonnez mes questions.\n\nNous avons reçu un courrier disant que la '
     "vérification d'identité est « incomplète », sans préciser ce qui manque. Nous avons passeports, titres "
     "de séjour et bail. Ce dossier ne doit pas être traité par un chatbot ou un système automatique ; j'ai "
     "déjà passé deux soirées avec le robot qui renvoyait toujours les mêmes liens. Merci qu'un conseiller de "
     "l'agence m'appelle, en semaine après 16 h, au 06 00 00 04 52.\n\nAvec mes remerciements,\nAbdoulaye Sow"),
    ('optout/with_person', 'human', True, 'nightshift',
     "Bonjour, j'écris à 5 h 30 pendant ma pause, pardon pour les fautes.\n\nMa mère est décédée en octobre et "
     "je m'occupe de son contrat de gaz (réf. 000-662-415). J'ai envoyé l'acte de décès par la poste il y a "
     "quinze jours et depuis j'ai reçu deux mails automatiques demandant au « titulaire » de se connecter. "
     "C'est difficile à lire. S'il vous plaît, plus de messages automatiques ni de réponses rédigées par une "
     "IA pour ce dossier : je voudrais qu'une personne précise, qui connaît le dossier, me téléphone. Je suis "
     "de nuit jusqu'à dimanche, l'après-midi c'est mieux, 07 00 00 02 39.\n\nLe dernier index est 05127, relevé "
     'le 30, photo jointe.\n\nMerci,\nFabrice Lemoigne'),
    ('optneg/quoted_other', 'ai_assist', False, 'landlord',
     "Bonjour,\n\nJe suis le propriétaire du 4 impasse des Cordiers à Angers et l'eau de tout l'immeuble est à "
     "mon nom (contrat EA-000-2757). Ma locataire du deuxième m'a transféré ceci en me demandant de vous le "
     "faire suivre :\n\n« Dites à la compagnie des eaux que pas d'IA pour me répondre, merci. »\n\nJe lui ai dit "
     "qu'elle pouvait vous écrire elle-même, bien que le contrat soit à mon nom, mais j'avais promis de le "
     "signaler. Pour ma part, la façon dont vous répondez m'est égale.\n\nMa vraie question : la facture est "
     'passée de 41 € à 93 € par mois après une fuite réparée en août. Le dégrèvement pour fuite peut-il '
     "s'appliquer ? Facture du plombier jointe.\n\nCordialement,\nHervé Guillou"),
    ('optneg/withdrawn', 'ai_assist', False, 'decisionappeal',
     "Madame, Monsieur,\n\nMerci d'avoir réexaminé mon recours concernant les frais non remboursés (dossier "
     "000-3313). Suite à votre lettre du 26 novembre, j'accepte le remboursement partiel de 38 €.\n\nDeux "
     "points restent ouverts :\n1. Dans mon recours initial, j'avais écrit que je ne voulais pas que votre "
     "assistant IA intervienne. Je l'ai utilisé depuis pour suivre le remboursement et il a été rapide et "
     "exact ; oubliez donc cette consigne, il peut de nouveau servir sur mon compte.\n2. Le virement n'est pas "
     "encore arrivé. Merci de m'indiquer la date d'émission et le compte crédité.\n\nJe considérerai le recours "
     'clos à réception.\n\nBien cordialement,\nOdile Fauconnier'),
    ('optneg/ai_feature', 'ai_assist', False, 'student',
     "hello, je viens de recevoir le mail sur le nouveau coach budget avec IA dans l'appli jeunes 🤖💸\n\navant "
     "de l'activer :\n1. c'est payant ou inclus dans le compte étudiant ?\n2. il voit mon découvert et me "
     "prévient quand j'approche des 400 € ? le semestre dernier j'ai dépassé et j'ai reçu une lettre bien "
     "déprimante\n3. si je connecte mon livret, il bouge l'argent tout seul ou il me demande avant ?\n\net ma "
     "bourse du Crous tombe début janvier, l'appli peut m'envoyer un rappel la veille pour pas tout claquer "
     "en loyer et kebabs d'un coup ? 😂\n\nmerci,\nThéo (Breton exilé à Strasbourg)"),
    ('optneg/praise', 'ai_assist', False, 'nightshift',
     "Bonsoir (enfin, bonjour),\n\nPetit mot d'un ambulancier qui ne vous écrit jamais avant 3 h du matin : "
     "l'assistant en ligne de votre site a débloqué ma carte en quatre minutes cette nuit, pendant que "
     "j'étais garé entre deux interventions. Bravo à ceux qui l'ont conçu, c'était bien mieux qu'attendre "
     "l'ouverture des lignes.\n\nUne chose qu'il n'a pas su faire : je dois déplacer le prélèvement de ma carte "
     "de crédit du 1er au 15, parce qu'avec le nouveau planning notre paie tombe à une autre date. C'est "
     'faisable en ligne ? Et ça change quelque chose pour le relevé de ce mois-ci ?\n\nMerci,\nYannick Le Bihan'),
    ('optneg/footer_ai', 'ai_assist', False, 'newcomer',
     "Bonjour,\n\nJ'ai commencé le mois dernier au bureau de Toulouse de Lindqvist Aéro, muté depuis Göteborg, "
     "et mon employeur me demande un compte français pour le salaire. J'ai la lettre d'embauche et une "
     "facture d'électricité de l'appartement. Faut-il un rendez-vous ou puis-je ouvrir le compte en ligne "
     "avec un passeport suédois ?\n\nEt le premier salaire peut-il être versé avant l'arrivée de la carte ?\n\n"
     "Cordialement,\nErik Lindqvist\n\n--\nLindqvist Aéro SAS. Selon notre charte informatique, des outils d'IA "
     "peuvent avoir analysé ou traduit ce courriel. Destinataire erroné ? Effacez-le et prévenez l'expéditeur."),
    ('optneg/ai_product', 'ai_assist', False, 'landlord',
     "Bonjour,\n\nJe loue une maison de ville à Limoges et j'envisage d'installer le thermostat connecté avec "
     'IA que vous proposez, celui qui apprend les horaires de présence. Avant de me décider :\n\n- Les '
     'locataires peuvent-ils le piloter avec leur propre appli pendant que je ne vois que la consommation ?\n- '
     "L'abonnement de 5 € par mois est-il sur mon contrat ou le leur ? L'énergie est à leur nom.\n- S'ils "
     "partent, peut-on le réinitialiser sans passage d'un technicien ?\n\nPar ailleurs, l'entretien annuel de "
     'la chaudière est dû en février ; proposez-vous toujours la formule entretien avec attestation ?\n\nMerci '
     "d'avance,\nMartine Delpeyroux"),
    ('optneg/bot_wrong', 'ai_assist', False, 'student',
     'salut, je suis en première année et je loue une chambre en coloc vers la Guillotière.\n\nle bot de votre '
     "site m'a dit que la box serait installée en « deux jours ouvrés », donc je l'ai commandée pour la "
     'veille de la rentrée. on en est au neuvième jour 😭 et je suis les cours en partage de connexion. je '
     "sais que le bot a sûrement inventé, c'est pas grave, je lui en veux pas, j'ai juste besoin d'une vraie "
     "date.\n\nen plus sur la première facture vous m'avez compté 30 € de « frais de mise en service » alors "
     'que la pub disait gratuit pour les étudiants. vous pouvez les retirer ?\n\ncommande BX-000-61280\n\nmerci, '
     'Louna Ferracci'),
    ('optneg/ai_question', 'ai_assist', False, 'decisionappeal',
     'Madame, Monsieur,\n\nRéférence : demande refusée CR-000886\n\nJe souhaite contester le refus de ma demande '
     "de carte de crédit.\n\n1. Je ne suis pas inscrit au FICP ; je l'ai vérifié le 27 novembre auprès de la "
     "Banque de France.\n2. J'habite à la même adresse depuis onze ans et je suis dans la même entreprise "
     "depuis six ans.\n3. Pourriez-vous m'indiquer si la décision a été prise par un système de notation "
     "automatique ? Je pose la question pour comprendre les critères ; je n'ai rien contre l'usage d'outils "
     "automatiques et je ne vous demande pas d'y renoncer.\n4. J'accepterais un plafond réduit à 1 000 €.\n\n"
     "Dans l'attente de votre réponse, veuillez agréer mes salutations.\nPascal Vermorel"),
    ('human/callback', 'human', False, 'nightshift',
     'Bonjour,\n\nJe travaille de nuit en EHPAD et je viens seulement de voir votre courrier : ma box sera '
     "coupée vendredi pour impayé. Le prélèvement est PASSÉ le 3, j'ai le relevé bancaire. Les familles des "
     "résidents m'appellent en visio pendant ma pause, j'ai vraiment besoin de la connexion.\n\nUn appel de "
     "votre part aujourd'hui serait possible ? Je suis réveillée de 14 h à 19 h 30, heure où je pars ; mon "
     "numéro est le 06 00 00 07 18. J'ai essayé trois fois le formulaire en ligne, il plante à chaque fois.\n\n"
     'Contrat BX-000-4419, au nom de Nathalie Courtade.\n\nMerci,\nNathalie'),
    ('human/supervisor', 'human', False, 'decisionappeal',
     "Madame, Monsieur,\n\nSuite de ma réclamation du 11 octobre (dossier 00-5134)\n\nC'est mon troisième "
     "courrier. Pour mémoire :\n1. Vous avez refusé le remboursement de 280 € d'un séjour en Corse annulé par "
     "l'hôtel, pas par moi.\n2. Ma première réclamation a reçu pour réponse le même paragraphe que le refus "
     'initial.\n3. La deuxième est restée sans réponse au-delà du délai de 30 jours que vous affichez.\n\nJe '
     'demande désormais le transfert de mon dossier à un superviseur ou à un responsable habilité à le '
     'réexaminer. Indiquez-moi son nom et le délai de réponse. À défaut avant le 18 décembre, je saisirai le '
     'médiateur.\n\nVeuillez agréer mes salutations distinguées,\nMireille Aubertin'),
    ('human/named_contact', 'human', False, 'landlord',
     'Madame, Monsieur,\n\nJe détiens le compte professionnel de ma SCI (quatre appartements, compte FR00 0000 '
     "0000 0000 0817 34) et j'ai longtemps eu pour interlocutrice Mme Claudine Berthelot à l'agence de Tours. "
     "Son message d'absence indique qu'elle a quitté la banque.\n\nJ'ai une question de prêt relais trop "
     "détaillée pour un mail : la vente d'un lot se signe en mars et l'achat d'un autre en février. "
     'Pourriez-vous me communiquer nom et ligne directe de la personne qui a repris son portefeuille, ou lui '
     "demander de me contacter ? Je préfère un interlocuteur nommé à la file d'attente générale.\n\nMerci,\n"
     'Philippe Raffarin-Lebrun'),
    ('human/anyone', 'human', False, 'student',
     "allô ??\n\nc'est mon quatrième message pour ma caution de résidence 😩 j'ai quitté la résidence des "
     "Tilleuls le 30 juin, chambre nickel (j'ai des photos), et on m'avait promis de me rendre les 320 € « "
     "sous un mois ». on est en décembre.\n\nà chaque fois que j'écris je reçois un mail « nous étudions votre "
     "demande » et puis rien. un être humain lit ça, ou c'est juste une machine à réponses automatiques ? je "
     "demande sérieusement. si quelqu'un de réel est derrière, dites-moi juste ce qui se passe, même si c'est "
     'une mauvaise nouvelle\n\nn° étudiant 2100-0449\nmerci,\nJeanne Ravel (M2 travail social)'),
    ('human/plain', 'human', False, 'newcomer',
     "Bonjour,\n\nJe suis arrivé à Grenoble depuis Hanoï en août pour mon doctorat et j'essaie de comprendre ma "
     "première facture d'électricité. Elle parle d'« abonnement », de « consommation », d'« heures pleines » "
     "et d'« heures creuses », et je ne vois pas comment le total est calculé. Le compteur Linky affiche "
     "aussi plusieurs index, je ne sais pas lequel regarder.\n\nJ'ai lu l'aide du site, mais je pense "
     "comprendre beaucoup plus vite si je peux parler avec un membre de votre personnel. Est-ce qu'une "
     "personne du service client peut m'expliquer ? Je suis libre la plupart des matinées.\n\nContrat "
     'EL-000-31522.\n\nMerci beaucoup,\nNguyen Van Minh'),
    ('human/callback', 'human', False, 'newcomer',
     'Bonjour,\n\nMa famille et moi sommes arrivés de Port-au-Prince en octobre et nous louons un appartement à '
     "Créteil. Nous avons assuré nos biens chez vous le mois dernier (contrat MRH-000-2293). Samedi, de l'eau "
     "est tombée du plafond depuis l'appartement du dessus et a abîmé le canapé, deux matelas et les cahiers "
     "d'école de ma fille.\n\nJ'ai des photos et le nom du voisin. Je ne connais pas la démarche en France, "
     "constat amiable ou autre, et j'ai peur de me tromper dans les papiers. Quelqu'un du service sinistres "
     "pourrait-il m'appeler pour m'expliquer ? 07 00 00 07 35, après 10 h.\n\nCordialement,\nMarie-Carmel Joseph"),
    ('humanneg/quoted_request', 'ai_assist', False, 'decisionappeal',
     "Madame, Monsieur,\n\nRéf. : recours 000-77162 (sinistre refusé)\n\nDans ma lettre du 7 novembre, j'avais "
     "écrit, je cite : « Si c'est encore refusé, je veux voir un responsable. » Ce ne sera pas nécessaire. M. "
     'Garnier a réexaminé le sinistre, annulé le refus, et le règlement de 640 € est arrivé lundi. Merci.\n\nIl '
     "reste peu de choses :\n1. Sur l'avis d'échéance, le sinistre figure toujours comme « refusé » ; merci de "
     'corriger.\n2. Ce sinistre touche-t-il mon bonus, sachant que le dégât a été causé par un tiers ?\n\nUne '
     'réponse écrite me suffit.\n\nCordialement,\nGhislaine Peyrefitte'),
    ('humanneg/thanks_agent', 'ai_assist', False, 'nightshift',
     "Bonjour,\n\nJe suis veilleur de nuit dans un hôtel à Nice, donc la semaine dernière j'ai appelé votre "
     'ligne 24 h/24 vers 2 h du matin et je suis tombé sur Samira, formidable. Elle a trouvé tout de suite le '
     "débit en double sur ma carte et m'a dit qu'il serait annulé. Transmettez-lui mes remerciements ; elle a "
     'été patiente avec un homme très fatigué.\n\nPas besoin de la rappeler, juste une question pour qui lira : '
     "le remboursement de 74,90 € apparaît « en attente » dans l'appli. Combien de temps avant qu'il devienne "
     'un vrai crédit ?\n\nBonne journée,\nLaurent Giordano\nCarte finissant par 0042'),
    ('bias/origin', 'bias_review', False, 'newcomer',
     'Madame, Monsieur,\n\nJe suis venu de Tunis à Besançon au printemps et je travaille comme développeur. '
     "J'ai plusieurs points.\n\nD'abord, merci pour le remplacement rapide de ma carte le mois dernier. "
     'Ensuite, le renouvellement de mon forfait : à la boutique de la Grande Rue, le vendeur a regardé mon '
     "passeport et m'a dit « pour les Tunisiens on demande un dépôt de 200 €, désolé, c'est la règle ». Mon "
     "collègue Antoine, né ici, avec le même salaire et moins d'ancienneté que moi, a renouvelé le même "
     'forfait dans cette boutique le lendemain sans aucun dépôt. On ne lui a rien demandé.\n\nEnfin, merci de '
     'remplacer mon adresse e-mail par la nouvelle ci-dessous.\n\nSeifeddine Ben Salah'),
    ('bias/disability', 'bias_review', False, 'decisionappeal',
     "Madame, Monsieur,\n\nRecours contre le retrait de ma réduction transport demandeur d'emploi (réf. "
     "RT-00-6616)\n\n1. J'ai bénéficié de la réduction sans difficulté de mars à septembre.\n2. En septembre, je "
     'me suis présenté au rendez-vous de renouvellement en fauteuil roulant pour la première fois ; '
     "j'utilisais auparavant des béquilles.\n3. La conseillère a déclaré qu'« en fauteuil, on cherche rarement "
     'un emploi pour de vrai » et a coché « recherche non active ».\n4. Pour le reste, aucun changement : même '
     'agence, mêmes démarches, mêmes justificatifs. Deux autres personnes reçues le même matin ont gardé leur '
     'réduction.\n5. Il me faut aussi un reçu pour les 8 € du duplicata.\n\nJe demande le réexamen de cette '
     'décision.\n\nCordialement,\nJulien Kerbrat'),
    ('bias/religion', 'bias_review', False, 'student',
     'bonjour le service logement 👋\n\nplusieurs choses :\n- la machine à laver du bâtiment B est en panne '
     "depuis les partiels\n- je voudrais demander un changement de chambre pour le second semestre, et c'est "
     "là que j'ai été vraiment blessé. quand j'ai demandé à l'accueil pour le couloir calme, la dame m'a dit "
     "« ce couloir, on le garde pour des étudiants qui s'intègrent, toi avec ta kippa et ton shabbat tu "
     'serais mieux avec les tiens au bâtiment F ». mon pote Hugo a demandé exactement le même couloir une '
     "heure après et il a été mis sur la liste direct. je porte une kippa, lui non, c'est littéralement la "
     "seule différence lol mais c'est pas drôle\n- les factures de janvier partent quand ?\n\nNathan Azoulay, "
     'chambre B-214'),
    ('bias/age', 'bias_review', False, 'landlord',
     'Madame, Monsieur,\n\nJe possède trois appartements loués à Montpellier, tous financés chez vous depuis '
     'des années, et je vous écris pour plusieurs sujets.\n\nLe relevé annuel du prêt IM-00007125 fait '
     "apparaître un trop-perçu dont je demande le remboursement. L'assurance du lot 2 arrive aussi à "
     "échéance.\n\nPlus grave : j'ai demandé à passer le lot 3 sur votre taux fixe sur cinq ans. La conseillère "
     "m'a répondu au téléphone : « À soixante-quatorze ans, s'engager si longtemps n'est pas prudent, vous ne "
     "serez peut-être plus là. » Elle ne m'a proposé que le variable sur deux ans. Mon fils Damien, 43 ans, "
     'avec des revenus moindres et un seul bien, a obtenu le fixe sur cinq ans le même jour sans question.\n\n'
     'Merci de regarder cela et de confirmer le trop-perçu.\n\nJacqueline Sabatier'),
    ('bias/sex', 'bias_review', False, 'nightshift',
     "Bonjour,\n\nC'est long, j'écris pendant ma pause au centre de tri de La Poste.\n\n1) Merci d'avoir réparé "
     "la connexion à l'appli la semaine dernière.\n2) En octobre, j'ai dit à votre conseiller que j'étais "
     'enceinte et que je partirais en congé maternité en janvier. Jusque-là mon plafond de carte était de 3 '
     "000 € et je n'avais jamais eu d'incident. Une semaine après cet appel, il a été abaissé à 500 €, et "
     "quand j'ai appelé pour savoir pourquoi, on m'a répondu « les jeunes mamans dépensent trop, alors on "
     "limite le risque ». Mon mari, même carte, même salaire, lui aussi de nuit, n'a eu aucun changement.\n3) "
     'Puis-je déplacer la date de relevé au 20 ?\n\nMerci,\nAudrey Lemaire-Costa'),
    ('bias/race', 'bias_review', False, 'landlord',
     "Bonjour,\n\nJe suis propriétaire du 9 rue Pasteur à Villeurbanne et j'ai mon compte dans votre agence des "
     "Gratte-Ciel. Plusieurs points :\n\n- Le loyer de novembre versé par l'agence immobilière n'est toujours "
     'pas arrivé sur le compte finissant par 5512.\n- Mardi, en déposant le chèque de dépôt de garantie, la '
     "guichetière m'a demandé trois fois si j'étais « vraiment le propriétaire » et a exigé pièce d'identité "
     'et titre de propriété. Mon associé Thierry, qui est blanc, a déposé un chèque pour le même logement au '
     "même guichet le mois dernier, et lui n'a eu à montrer aucun papier. En partant, j'ai entendu la "
     "guichetière dire à sa collègue « eux, c'est toujours les chèques des autres ».\n- Merci de m'envoyer un "
     'nouveau chéquier.\n\nCordialement,\nChristian Mbemba'),
    ('hardneg/pricing', 'ai_assist', False, 'student',
     "bon, coup de gueule, mais sur les prix, pas sur les gens 😅\n\nvotre forfait « étudiant illimité » c'est "
     'seulement pour les étudiants à temps plein ?? moi je suis en temps partiel (je bosse trois jours dans '
     'un café pour payer le loyer) et votre site dit que les temps partiels paient 6 € de plus. franchement '
     "vous discriminez les étudiants à temps partiel, on est tout aussi fauchés. c'est une question de tarif, "
     "je comprends, je trouve juste ça idiot.\n\nquestions :\n1. j'ai droit au tarif étudiant si la fac certifie "
     'mon inscription ?\n2. sinon, y a un forfait sans engagement moins cher ?\n3. je peux garder mon numéro ?\n\n'
     'merci,\nMaëlys Guérin'),
    ('hardneg/someone_else', 'ai_assist', False, 'nightshift',
     "Bonjour,\n\nJ'écris en fin de nuit à la plateforme logistique.\n\nD'abord ma question : ma cotisation "
     "retraite supplémentaire a baissé ce mois-ci alors que mes heures n'ont pas changé. Pouvez-vous vérifier "
     "le calcul pour l'adhérent 000-44094 ?\n\nEnsuite, ce n'est pas ma réclamation mais j'ai promis de "
     "demander : un collègue de l'équipe, Dariusz, trouve qu'on l'a pris de haut au téléphone à cause de son "
     'accent et il a déjà déposé sa propre réclamation. Il veut juste savoir à quelle adresse envoyer ses '
     "courriers. Moi, on m'a toujours bien reçu au téléphone, je ne me plains pas, moi.\n\nEt la blague "
     "habituelle de l'équipe, c'est qu'on touchera la retraite à 90 ans, donc pas de stress.\n\nSalutations,\n"
     'Sébastien Rouquette'),
    ('hardneg/rude_agent', 'ai_assist', False, 'decisionappeal',
     "Madame, Monsieur,\n\nContestation : remboursement refusé pour la commande 000-58215\n\n1. J'ai renvoyé la "
     "machine à café défectueuse sous 14 jours, en suivi, et j'ai le récépissé.\n2. Le remboursement a été "
     "refusé car l'emballage ne serait « pas d'origine ». C'était l'emballage d'origine.\n3. Quand j'ai appelé "
     "le 26 novembre, le conseiller a été franchement désagréable : il soupirait, m'interrompait sans cesse, "
     "m'a dit de « lire les conditions comme tout le monde » et a raccroché. Je ne dis pas que c'était "
     "personnel ; je crois qu'il avait une mauvaise journée, mais ce n'est pas professionnel.\n4. Je demande "
     'le remboursement des 129 € sur ma carte.\n\nMerci de revoir votre position.\n\nCordialement,\nFrédéric '
     'Tallandier'),
    ('hardneg/format', 'ai_assist', False, 'landlord',
     "Madame, Monsieur,\n\nJe loue un petit gîte à Sarlat et l'abonnement eau et assainissement est à mon nom "
     "(EA-000-77033).\n\nMa vue a beaucoup baissé et j'utilise désormais un lecteur d'écran. Pourriez-vous "
     "m'envoyer les prochaines factures en PDF accessible ou en texte brut plutôt qu'en images scannées ? Sur "
     "papier en gros caractères, cela me convient aussi. J'ai lu sur votre site la déclaration "
     "d'accessibilité et votre charte d'égalité, qui disent que c'est possible.\n\nMerci aussi de me confirmer "
     "le montant annuel pour 2027 et s'il peut être mensualisé sur dix mois. La locataire me rembourse chaque "
     'trimestre.\n\nBien à vous,\nArmand Delbos'),
    ('hardneg/own_prejudice', 'ai_assist', False, 'newcomer',
     'Bonjour,\n\nJe me suis installée à Nantes en venant de Lisbonne cet été et je dois avouer quelque chose : '
     "quand j'ai vu que mon conseiller à l'agence du cours des 50-Otages était un tout jeune homme couvert de "
     "tatouages, je me suis dit qu'il n'y connaîtrait rien aux retraites étrangères. J'avais complètement "
     "tort. M. Le Floch m'a expliqué le transfert de ma pension portugaise mieux que mon propre comptable. "
     "J'ai eu honte de mon a priori.\n\nMa question maintenant : il m'a dit que les formulaires arriveraient "
     "par courrier sous dix jours. Cela fait trois semaines. Pouvez-vous vérifier s'ils sont partis à mon "
     'ancienne adresse à Rezé ?\n\nBien cordialement,\nFernanda Quaresma'),
    ('hardneg/settled', 'ai_assist', False, 'newcomer',
     'Madame, Monsieur,\n\nJe suis camerounais et je suis arrivé à Rennes il y a quatre ans. La première année, '
     "j'ai fait une réclamation sur la façon dont on m'avait traité à l'ouverture du compte ; votre service a "
     "enquêté, s'est excusé et j'ai accepté la solution. Cette affaire est close et je ne la mentionne que "
     'parce que la référence (RC-000-1189) apparaît encore dans mon espace client et embrouille vos '
     "conseillers.\n\nAujourd'hui j'ai besoin d'autre chose : j'achète mon premier appartement et il me faut un "
     "accord de principe pour le prêt. Quelles pièces faut-il fournir, et mes quatre ans d'historique en "
     'France suffisent-ils ?\n\nMerci,\nJean-Paul Nkoulou'),
    ('ordinary/plain', 'ai_assist', False, 'student',
     'hello ! 🎓\n\nje quitte la résidence à la fin du semestre pour une coloc rue des Carmes avec trois potes '
     "de promo. vous pourriez :\n1. changer l'adresse du compte pour le 7 rue des Carmes, 31000 Toulouse, à "
     "partir du 10 janvier\n2. m'envoyer la nouvelle carte là-bas, l'ancienne est fendue mdr\n3. me dire si je "
     "dois faire quelque chose pour mon découvert en déménageant, c'est toujours le découvert étudiant sans "
     'agios\n\net aussi, la fonction « dépenses partagées » répartit la facture internet entre quatre toute '
     "seule, ou il faut qu'une personne paie et réclame aux autres ?\n\nmerci mille fois,\nLéa"),
    ('ordinary/plain', 'ai_assist', False, 'nightshift',
     'Bonjour,\n\nJe suis infirmier et je viens de passer de jour en nuit fixe au service de néphrologie, donc '
     "ma paie tombe désormais le 15 au lieu du 28. Pourriez-vous, s'il vous plaît :\n\n- déplacer l'échéance de "
     'mon prêt (PP-000-60920) au 16, à partir de janvier ;\n- me confirmer si celle de décembre est toujours '
     "prélevée le 29 ;\n- changer mon numéro pour le 06 00 00 01 93, l'ancien étant mon téléphone pro ?\n\nJe "
     "dors la majeure partie de la journée, donc le mail est préférable. Rien d'urgent, avant Noël ça ira "
     'très bien.\n\nMerci beaucoup,\nMathieu Grandjean'),
]
