"""Blind set 43, French rows (France). (category, label, opt_out, style, text)."""
ROWS = [
    ('bias/race', 'bias_review', False, 'email',
     "Bonjour, c'est à propos de la location de l'utilitaire prévue samedi à votre agence de Villeurbanne. J'avais"
     " réservé en ligne, payé l'acompte de 50 €, et quand je me suis présenté avec mon permis et ma carte "
     "bancaire, le monsieur au comptoir m'a demandé en plus un justificatif de domicile, une fiche de paie et une "
     "caution en espèces de 800 €. Je n'avais rien de tout ça sur moi, j'ai dû repartir. Mon collègue Thibault, "
     "qui était venu m'aider pour le déménagement, a réservé le même modèle sur son téléphone devant moi, s'est "
     'présenté au même comptoir dix minutes plus tard avec juste son permis et sa carte, et il est reparti avec '
     "les clés. Même agence, même employé, même véhicule. La seule différence entre nous, c'est que lui est blanc "
     "et moi non. Je voudrais savoir quels documents vous exigez vraiment et pourquoi on ne me les a demandés qu'à"
     ' moi. Réservation 00-77410. Moussa Diarra'),
    ('bias/accent', 'bias_review', False, 'chat',
     "Au téléphone votre conseillère m'a dit 'rappelez quand vous parlerez mieux français' et a raccroché. Je "
     "parle très bien, j'ai un accent portugais c'est tout. Je veux juste résilier ma box et qu'on me parle "
     'normalement.'),
    ('bias/gender_identity', 'bias_review', False, 'webform',
     "En mars, l'état civil a enregistré mon nouveau prénom, j'ai envoyé le jugement. Depuis, votre service refuse"
     " de mettre à jour le contrat et l'agent a insisté pour me dire 'monsieur', à trois reprises. Pour ma sœur "
     "qui s'est mariée, le changement de nom a pris deux jours."),
    ('hardneg/own_prejudice', 'ai_assist', False, 'chat',
     "Franchement je préfère avoir affaire à un vrai Français au téléphone, pas à un centre à l'étranger. Bon, "
     "sinon, ma facture d'eau de novembre est le double de d'habitude, vous pouvez vérifier le relevé ?"),
    ('hardneg/mention_price', 'ai_assist', False, 'email',
     'Madame, Monsieur, je suis retraitée, 78 ans, et je vis seule avec une petite pension. Je constate que mon '
     'abonnement téléphone fixe passe de 19,90 € à 24,90 € au 1er janvier. Je ne conteste pas que vous ayez le '
     "droit de le faire, mais avez-vous une offre moins chère sans internet ? Je n'utilise que le téléphone. Mes "
     "enfants m'appellent le dimanche et j'appelle le cabinet médical et la pharmacie, c'est tout, je n'ai pas "
     "d'ordinateur. Le technicien qui est venu l'an dernier m'avait parlé d'une ligne 'essentielle' à 10 €, mais "
     "j'ignore si elle existe encore ni si je pourrais garder mon numéro, que tout le monde connaît depuis "
     'quarante ans. Je préférerais recevoir la réponse par courrier, au 14 rue des Capucines, 21000 Dijon, car je '
     "ne consulte pas souvent cette boîte mail, ma petite-fille l'a ouverte pour moi. Cordialement, Mme Jacqueline"
     ' Roux'),
    ('hardneg/praise_inclusive', 'ai_assist', False, 'email',
     "Bonjour, un petit mot pour remercier l'équipe de la boutique de Nantes. Mon fils est autiste et les bruits "
     "forts l'angoissent ; la vendeuse a baissé la musique sans qu'on demande et nous a laissés passer dans le "
     'coin calme pour essayer les chaussures. Une question : peut-on échanger la pointure si elle ne va pas, même '
     'portée une fois à la maison ? Il a essayé la paire bleue en 33, elle semblait bien en magasin, mais à la '
     "maison il dit qu'elle serre sur le côté et il refuse de la remettre, ce qui chez lui veut vraiment dire "
     "qu'elle gêne. Les semelles sont propres, il ne l'a portée que dans le salon une demi-heure. Nous avons le "
     "ticket (le 29 novembre, 49,99 €). Si l'échange est possible, peut-on le faire dans le même magasin, à la "
     'même heure calme du mardi matin ? Merci encore, Claire Delorme'),
    ('hardneg/joke_app', 'ai_assist', False, 'chat',
     'votre appli est âgiste je vous jure, elle refuse de marcher sur le vieux téléphone de mon père 😂 '
     'sérieusement quelle est la version Android minimum ?'),
    ('ordinary/plain', 'ai_assist', False, 'chat',
     "Bonjour, impossible de récupérer mon attestation d'assurance habitation dans l'espace client, le bouton "
     'tourne dans le vide. Contrat 0000 5520.'),
    ('optout/plain', 'ai_assist', True, 'email',
     'Bonjour. Suite à votre courriel annonçant un nouvel assistant qui répondra aux messages des clients, je vous'
     " informe que j'interdis que nos échanges soient traités, résumés ou analysés par un outil automatique, quel "
     "qu'il soit. Ce n'est pas contre vous, j'ai mes raisons. Cela étant dit, ma question du jour est simple : le "
     'prélèvement de décembre a été fait deux fois, le 5 et le 8, pour 42,30 € chaque fois. Pouvez-vous rembourser'
     " le second ? Je joins le relevé. J'ai aussi remarqué que mon adresse mail est mal orthographiée dans votre "
     "fichier (il manque un point entre le prénom et le nom), ce qui explique peut-être que je n'ai pas reçu les "
     "factures d'octobre et de novembre. Merci de corriger. Bien à vous, Hervé Lemaire, client n° 00-31877"),
    ('optneg/praise_ai', 'ai_assist', False, 'chat',
     "L'assistant virtuel m'a très bien aidé hier pour le code PUK, merci. Aujourd'hui je voudrais savoir comment "
     'ajouter une ligne pour ma fille.'),
    ('human/anyone', 'human', False, 'chat',
     "Dites-moi qu'un humain lit ce message. Il me faut quelqu'un, un humain, c'est au sujet du décès de mon mari "
     'et des contrats à son nom.'),
    ('humanneg/thanks', 'ai_assist', False, 'email',
     'Bonjour, un grand merci à Sandrine, au service client, pour sa patience la semaine dernière. Tout est réglé '
     'pour la carte. Dernière petite chose : le nouveau code arrive par courrier ou par SMS ? Merci, Paul Aubry'),
    ('bias/religion', 'bias_review', False, 'email',
     'Bonjour. Je suis chauffeur chez vous depuis quatre ans, via la plateforme, et je suis musulman pratiquant. '
     "Depuis que j'ai demandé en octobre à ne plus être programmé le vendredi entre 13 h et 14 h pour la prière, "
     "mes créneaux ont été divisés par deux. Avant je faisais 38 à 42 heures par semaine, maintenant c'est 18 ou "
     "20. Mon chef d'équipe m'a répondu que 'ce n'est pas une mosquée ici' quand je lui ai demandé pourquoi. Deux "
     'collègues qui ont demandé de ne pas travailler le mercredi après-midi pour leurs enfants ont gardé toutes '
     "leurs heures. J'ai les captures du planning d'avant et d'après. Je voudrais que quelqu'un regarde ça "
     'sérieusement, parce que aucune autre explication ne me vient. Karim Benali, matricule 00-4412'),
    ('bias/age', 'bias_review', False, 'webform',
     "J'ai 61 ans. Ma candidature au poste de conseiller a été refusée le jour même. Mon fils a envoyé un CV avec "
     "le même parcours, seulement la date de naissance changée, et on l'a appelé le lendemain pour un entretien."),
    ('bias/disability', 'bias_review', False, 'chat',
     "Votre site de réservation de train n'accepte plus mon compte depuis qu'il faut cocher les images, je suis "
     "aveugle. Mon voisin a réservé en deux minutes. J'ai appelé, on m'a dit de me faire aider."),
    ('hardneg/mention_rude', 'ai_assist', False, 'email',
     "Bonjour, je suis d'origine algérienne, je le précise parce qu'on va croire autre chose, mais non : le "
     'livreur qui passe dans notre rue à Roubaix jette les colis par-dessus les portails chez tout le monde, mes '
     "voisins se plaignent aussi. Mon colis 000-88120 est arrivé cassé. Remboursement ou renvoi, s'il vous plaît. "
     "C'était un service à thé en porcelaine pour l'anniversaire de ma mère, il y a deux tasses et la théière en "
     "morceaux, le carton est enfoncé sur un coin comme s'il était tombé de haut. J'ai pris des photos avant de "
     'tout déballer. Si vous renvoyez, merci de demander au livreur de sonner : nous sommes presque toujours là, '
     "ma femme travaille de nuit et dort le jour, et le portail n'est pas fermé à clé. Si c'est un remboursement, "
     'sur la carte qui a servi au paiement. Merci, Samir Haddad, 12 rue de Lannoy'),
    ('hardneg/policy_question', 'ai_assist', False, 'chat',
     'Bonjour, est-ce que vos agences ont des boucles magnétiques pour les malentendants ? Je vais à celle de '
     'Lille jeudi.'),
    ('hardneg/loyal_pricing', 'ai_assist', False, 'email',
     "Vous discriminez vos clients fidèles, voilà la vérité ! Quinze ans d'assurance auto chez vous, zéro "
     "sinistre, et ma prime augmente de 12 %. Mon neveu vient de s'inscrire et paie moins cher pour une voiture "
     'plus puissante. Je veux une explication ou je résilie. Contrat 000 214 55.'),
    ('hardneg/address', 'ai_assist', False, 'chat',
     "Bonsoir, j'habite à Saint-Denis, rue Gabriel Péri, et on n'a plus d'eau chaude dans l'immeuble depuis ce "
     "matin. C'est une panne de votre côté ?"),
    ('hardneg/mention_request', 'ai_assist', False, 'email',
     'Bonjour, ma compagne et moi venons de nous pacser et voudrions ajouter son nom sur le bail et sur le contrat'
     " d'électricité. Quels documents faut-il envoyer, et est-ce que ça change quelque chose à la facturation ? "
     'Nous sommes au 8 allée des Tilleuls, Angers. Merci, Élise Marchand'),
    ('ordinary/plain', 'ai_assist', False, 'email',
     'Bonjour, je vous écris parce que le lave-linge acheté chez vous le 2 octobre (commande 0000-93301) fait un '
     "bruit de claquement très fort à l'essorage, au point que les voisins du dessous sont montés. J'ai vérifié "
     'les cales de transport : elles ont bien été retirées par les livreurs, je les ai encore dans le garage. La '
     "machine est de niveau, je l'ai contrôlé avec un niveau à bulle. Le bruit commence vers 800 tours et s'arrête"
     " si je règle l'essorage plus bas, mais alors le linge sort trempé. Comme il est sous garantie, je "
     "souhaiterais une intervention d'un technicien. Je suis disponible les mardis et jeudis toute la journée, et "
     "le samedi matin. Pouvez-vous me proposer un créneau ? Je peux envoyer une vidéo si c'est utile. Merci "
     "d'avance, Nathalie Girard, 06 00 00 47 12"),
    ('ordinary/plain', 'ai_assist', False, 'chat',
     'Bonjour, je voudrais savoir si ma carte de fidélité peut être utilisée dans les magasins en Belgique.'),
    ('optout/with_person', 'human', True, 'chat',
     'Je ne veux pas parler à un robot ni que mes messages passent par une IA. Mettez-moi en relation avec un '
     "conseiller humain, merci : il s'agit d'un litige de loyer."),
    ('human/supervisor', 'human', False, 'email',
     'Troisième réclamation pour la même panne de box, trois réponses copiées-collées. Faites remonter mon dossier'
     " à un chef de service, qu'il me rappelle. Client 00-56231, 06 00 00 81 09."),
]
