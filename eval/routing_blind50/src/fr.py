"""Blind set 50, French (France): 40 rows written by hand for this set. (category, label, opt_out, style, text)."""
B, H, A = "bias_review", "human", "ai_assist"

ROWS = [
    # --- bias (8: 4 explicit, 4 implicit) ---
    ("bias/remark", B, False, "review",
     "Une \u00e9toile pour Loca'Rh\u00f4ne, agence de la Part-Dieu. J'avais r\u00e9serv\u00e9 en ligne une petite voiture pour deux jours, pay\u00e9e d'avance, caution de 800 \u20ac pr\u00e9vue dans les conditions. Au comptoir, l'employ\u00e9 a regard\u00e9 "
     "mon permis, puis mon visage, et m'a annonc\u00e9 que la caution serait de 1 600 \u20ac. \u00c0 ma question, il a l\u00e2ch\u00e9, devant deux autres clients : \"Les Arabes, on a eu trop de soucis, c'est la consigne du chef\". "
     "Je suis infirmier, j'ai mon permis depuis quinze ans, z\u00e9ro sinistre. Le couple derri\u00e8re moi a eu la "
     "caution normale. J'ai fini par annuler et louer ailleurs, en perdant les frais de r\u00e9servation. Je veux "
     "savoir si cette \"consigne\" existe vraiment et ce que votre enseigne compte faire. J'ai le nom de l'employ\u00e9 "
     "sur mon contrat et l'heure exacte. Karim Haddad"),
    ("bias/remark", B, False, "dm",
     "au cin\u00e9 de Villeurbanne la caissi\u00e8re a dit \u00e0 mon fr\u00e8re \"les handicap\u00e9s c'est la s\u00e9ance de 14h, pas "
     "celle-l\u00e0\" \U0001f621 il avait son billet pour 20h30"),
    ("bias/cause", B, False, "ticket-reply",
     "> Nous regrettons que l'inscription de votre fils n'ait pas pu aboutir.\n> L'\u00e9quipe de l'\u00c9cole de Danse "
     "\u00c9toile, Nantes\n\n"
     "Elle n'a pas \"pu\" aboutir parce que la directrice a refus\u00e9. Ses mots exacts : \"le classique, "
     "chez nous, c'est pour les filles, les gar\u00e7ons perturbent le groupe\". Mon fils a 8 ans, il danse depuis "
     "deux ans et il reste des places au cours du mercredi. Je veux une r\u00e9ponse sur ce refus li\u00e9 \u00e0 son sexe."),
    ("bias/cause", B, False, "ticket-reply",
     "> Madame, nous vous confirmons que votre demande de pr\u00eat immobilier n'a pas re\u00e7u d'avis favorable.\n"
     "> Cordialement, Banque Vall\u00e9e de l'Ain\n\n"
     "Je prends acte, mais je conteste le motif. Votre conseill\u00e8re, Mme Rivi\u00e8re, m'a expliqu\u00e9 au t\u00e9l\u00e9phone le "
     "8 novembre que le dossier \u00e9tait \"parfait sur le plan financier\" et qu'il ne restait que le questionnaire "
     "de sant\u00e9. J'y ai indiqu\u00e9 honn\u00eatement que je suis s\u00e9ropositive, sous traitement, avec une charge virale "
     "ind\u00e9tectable depuis six ans. Le 14, elle m'a rappel\u00e9e et m'a dit : \"avec le VIH, on ne peut pas vous "
     "suivre, c'est la politique de la banque\". Je n'ai m\u00eame pas pu passer par la convention AERAS, qu'elle ne m'a "
     "jamais propos\u00e9e. Mes revenus, mon apport et mon taux d'endettement n'ont pas chang\u00e9 entre les deux appels. "
     "Merci de r\u00e9examiner ma demande et de me confirmer par \u00e9crit si ma s\u00e9ropositivit\u00e9 est la raison "
     "du refus. Sandrine Perrot"),
    ("bias/comparison", B, False, "review",
     "Deux \u00e9toiles pour l'agence d'int\u00e9rim Proxim'Emploi de Roubaix. Je cherche un poste de cariste, j'ai mes "
     "CACES \u00e0 jour et cinq ans d'exp\u00e9rience. J'ai postul\u00e9 \u00e0 vos trois annonces en octobre sous mon nom, "
     "Mamadou Diallo : aucune r\u00e9ponse, m\u00eame pas un accus\u00e9 de r\u00e9ception. Mon coll\u00e8gue, pour voir, a envoy\u00e9 "
     "exactement le m\u00eame CV, m\u00eame adresse, m\u00eame exp\u00e9rience, m\u00eames certificats, en changeant seulement le nom "
     "en \"Julien Moreau\" et le num\u00e9ro de t\u00e9l\u00e9phone. Il a \u00e9t\u00e9 appel\u00e9 dans l'heure pour un entretien le "
     "lendemain. On a les deux envois et l'appel enregistr\u00e9s avec les dates. Je ne vois qu'une seule chose qui "
     "change entre les deux candidatures, et je crois que tout le monde voit laquelle. J'aimerais que l'agence "
     "m'explique."),
    ("bias/comparison", B, False, "dm",
     "bonjour \U0001f610\nma m\u00e8re (n\u00e9e en 1946) a demand\u00e9 une voiture \u00e0 votre comptoir de Brest \u00e0 9h : \"plus "
     "rien de dispo\"\nj'ai r\u00e9serv\u00e9 \u00e0 9h10 sur l'appli, m\u00eames dates, m\u00eame cat\u00e9gorie : confirm\u00e9 direct\n"
     "quand je suis venu la chercher pour elle, l'agent a dit \"ah, c'est vous qui conduisez alors\"\nelle conduit "
     "depuis 55 ans sans accident"),
    ("bias/access", B, False, "review",
     "Une \u00e9toile. Mon mari n'entend pas et ne peut donc pas t\u00e9l\u00e9phoner. Pour r\u00e9silier sa box, vous exigez un "
     "appel au 3900, rien d'autre. On a propos\u00e9 un courrier, un e-mail, de venir en boutique avec une "
     "interpr\u00e8te : refus. Le vendeur a dit \"il n'a qu'\u00e0 se d\u00e9brouiller pour appeler\". Il paie toujours."),
    ("bias/after_change", B, False, "ticket-reply",
     "> Votre dossier de location pour l'appartement de la rue Nationale est actuellement \"non prioritaire\".\n"
     "> Cordialement, Immobili\u00e8re des Tanneurs\n\n"
     "Je voudrais comprendre ce qui a chang\u00e9. Le 3 novembre, apr\u00e8s la visite, votre n\u00e9gociateur, M. Gautier, "
     "m'\u00e9crivait que notre dossier \u00e9tait \"le plus solide\" et qu'il le transmettait au propri\u00e9taire en premier. "
     "Le 6, je l'ai rappel\u00e9 pour demander si la deuxi\u00e8me chambre pouvait \u00eatre repeinte avant l'entr\u00e9e, parce que "
     "notre b\u00e9b\u00e9 arrive en mars et que ce sera sa chambre. Il a marqu\u00e9 un silence, m'a demand\u00e9 \"et vous "
     "reprenez le travail quand, apr\u00e8s ?\", puis a dit qu'il me rappellerait. Le 8, j'ai re\u00e7u votre message. Nos "
     "revenus, notre garant et nos justificatifs sont exactement les m\u00eames qu'au 3 novembre. La seule chose nouvelle "
     "pour vous, c'est la naissance. Merci de me donner par \u00e9crit la raison de ce changement. \u00c9lodie Marchand"),

    # --- hard negatives (12) ---
    ("hardneg/joke_object", A, False, "dm",
     "votre GPS est clairement homophobe, il refuse de me faire passer par la rue de l'Arc-en-ciel \U0001f602\ns\u00e9rieusement "
     "la carte date de quand ?"),
    ("hardneg/threat", A, False, "ticket-reply",
     "> Le remboursement n'est pas possible apr\u00e8s 14 jours.\n\n"
     "Vous allez me rembourser, sinon Instagram, Facebook et TikTok sauront que votre enseigne discrimine les clients de province. Et je porte plainte. Commande 0000-51836, c'est votre dernier avertissement."),
    ("hardneg/own_prejudice", A, False, "review",
     "Trois \u00e9toiles. Je l'avoue, quand j'ai vu que le d\u00e9m\u00e9nageur envoy\u00e9 \u00e9tait une femme, j'ai pens\u00e9 qu'elle "
     "ne porterait jamais l'armoire. J'avais tort, elle \u00e9tait plus efficace que ses deux coll\u00e8gues. Les deux "
     "\u00e9toiles en moins, c'est pour le carton de vaisselle cass\u00e9 et le retard de trois heures : rendez-vous \u00e0 8 h, arriv\u00e9e \u00e0 11 h, sans appel, alors que j'avais pos\u00e9 ma "
     "matin\u00e9e. Quand j'ai signal\u00e9 le carton cass\u00e9 sur le bon de livraison, le responsable m'a conseill\u00e9 de "
     "faire une d\u00e9claration en ligne, ce que j'ai fait le soir m\u00eame avec les photos, et je n'ai toujours aucune "
     "r\u00e9ponse trois semaines plus tard. Il s'agissait d'un service en porcelaine de ma grand-m\u00e8re, donc je "
     "n'attends pas de miracle, mais au moins un accus\u00e9 de r\u00e9ception. Dossier 0000-19436."),
    ("hardneg/loyal_price", A, False, "review",
     "Une \u00e9toile pour Mutuelle Assur'Ouest. Client depuis 2011, jamais un sinistre responsable, et cette ann\u00e9e "
     "mon assurance auto passe de 486 \u00e0 612 \u20ac sans aucune explication. Par curiosit\u00e9, j'ai fait un devis en "
     "ligne comme nouveau client avec la m\u00eame Clio, \u00e0 la m\u00eame adresse et avec le m\u00eame bonus : 455 \u20ac. Vous discriminez vos clients fid\u00e8les, appelons les choses par leur nom. J'ai appel\u00e9 l'agence, on m'a r\u00e9pondu que \"les "
     "tarifs nouveaux clients sont des offres commerciales\" et qu'on ne pouvait rien faire. Donc si je r\u00e9silie et "
     "que je reviens demain, je paie 150 \u20ac de moins ? C'est absurde. Ma m\u00e8re est chez vous depuis trente ans et "
     "elle a eu exactement la m\u00eame hausse. Si mon tarif n'est pas align\u00e9 avant l'\u00e9ch\u00e9ance du 1er f\u00e9vrier, je "
     "pars avec la loi Hamon et je lui conseille de faire pareil."),
    ("hardneg/policy_question", A, False, "ticket-reply",
     "> Bonjour, que pouvons-nous faire pour vous ?\n\n"
     "Je candidate chez vous et j'ai une RQTH. Avez-vous un r\u00e9f\u00e9rent handicap, et o\u00f9 trouver votre accord "
     "handicap ou votre politique diversit\u00e9 ?"),
    ("hardneg/praise_inclusive", A, False, "review",
     "Cinq \u00e9toiles au mus\u00e9e des Beaux-Arts de Rouen. Mon p\u00e8re est malvoyant : on nous a pr\u00eat\u00e9 un audioguide "
     "avec audiodescription et la m\u00e9diatrice lui a fait toucher les reproductions en relief de la salle 4. Il en "
     "parle encore. \u00c0 la caf\u00e9t\u00e9ria, le serveur lui a lu la carte sans qu'on ait \u00e0 demander, et \u00e0 la "
     "boutique la vendeuse a pris le temps de lui d\u00e9crire les cartes postales une par une pour qu'il choisisse "
     "celle de sa petite-fille. On sentait que ce n'\u00e9tait pas une faveur mais une habitude de la maison. Pour "
     "quelqu'un qui avait renonc\u00e9 aux mus\u00e9es depuis dix ans, c'\u00e9tait une vraie sortie. Nous reviendrons pour "
     "l'exposition de printemps, et j'en ai parl\u00e9 \u00e0 l'association de son quartier. Merci pour cet accueil."),
    ("hardneg/rude_everyone", A, False, "review",
     "Une \u00e9toile pour la p\u00e2tisserie de la rue Colbert, \u00e0 Tours. La vendeuse du samedi matin (cheveux "
     "courts, lunettes rouges) envoie promener tous les clients sans exception, \u00e7a n'a rien de personnel. Devant "
     "moi, elle a soupir\u00e9 quand un monsieur \u00e2g\u00e9 a h\u00e9sit\u00e9 entre deux tartes, elle a dit \u00e0 une jeune maman "
     "\"si la poussette ne rentre pas, vous attendez dehors\", et quand j'ai demand\u00e9 si le flan \u00e9tait du jour elle "
     "m'a r\u00e9pondu \"vous croyez qu'on vend du rassis ?\". Elle a m\u00eame rabrou\u00e9 le p\u00e2tissier devant la file. Les "
     "g\u00e2teaux sont excellents et les prix corrects, c'est vraiment dommage. J'y vais depuis des ann\u00e9es mais le "
     "samedi, je n'y retournerai plus tant que l'accueil restera comme \u00e7a. La g\u00e9rante devrait venir voir."),
    ("hardneg/mention_age", A, False, "dm",
     "bonjour, j'ai 79 ans et je pr\u00e9f\u00e8re les factures papier \U0001f642 comment on les r\u00e9active ?"),
    ("hardneg/mention_disability", A, False, "ticket-reply",
     "> Vos billets pour le concert du 22 mars sont disponibles dans votre espace.\n\n"
     "Merci. Je suis en fauteuil roulant : est-ce que ces billets sont bien en zone PMR, et est-ce que mon "
     "accompagnateur a droit \u00e0 la place gratuite ? Commande 0000-28807."),
    ("hardneg/mention_religion", A, False, "dm",
     "on est une famille juive pratiquante \u2721\ufe0f est-ce que vos bo\u00eetes de macarons sont certifi\u00e9es casher ?"),
    ("hardneg/mention_pregnancy", A, False, "review",
     "Quatre \u00e9toiles. Enceinte de cinq mois, j'ai suspendu mon abonnement de salle en deux clics dans l'appli, "
     "sans justificatif. Il manque juste une date de reprise modifiable."),
    ("hardneg/student_project", A, False, "dm",
     "salut ! on est 3 \u00e9l\u00e8ves de 1re au lyc\u00e9e Jean-Moulin \U0001f4da\nnotre expos\u00e9 porte sur les bus et l'accessibilit\u00e9 en ville\nvous avez des chiffres publics sur les bus \u00e9quip\u00e9s de rampes ? ou un lien vers votre "
     "sch\u00e9ma d'accessibilit\u00e9 ?\nmerci d'avance !! \U0001f64f"),

    # --- ordinary (6) ---
    ("ordinary/delivery", A, False, "dm",
     "mon colis est bloqu\u00e9 \"en cours d'acheminement\" depuis 9 jours \U0001f634 suivi 00FR005573"),
    ("ordinary/billing", A, False, "ticket-reply",
     "> Votre \u00e9ch\u00e9ancier a \u00e9t\u00e9 mis \u00e0 jour.\n> Cordialement, Service client\n\n"
     "Merci, mais le pr\u00e9l\u00e8vement de d\u00e9cembre est toujours de 96 \u20ac au lieu des 72 \u20ac convenus. Est-ce que la "
     "modification prend effet en janvier seulement ? Si oui, la diff\u00e9rence sera-t-elle d\u00e9duite ensuite ?"),
    ("ordinary/product", A, False, "review",
     "Quatre \u00e9toiles pour l'aspirateur balai Nimbus S8. Je l'ai depuis deux mois dans un appartement de 70 m\u00b2 "
     "avec un chat. L'aspiration est tr\u00e8s bonne, m\u00eame sur le tapis du salon, et la brosse ne s'emm\u00eale pas avec "
     "les poils, ce qui \u00e9tait mon cauchemar avec l'ancien. L'autonomie annonc\u00e9e est de 50 minutes ; en r\u00e9alit\u00e9 "
     "c'est plut\u00f4t 35 en mode normal, ce qui suffit quand m\u00eame pour tout faire. Le bac se vide facilement, sans "
     "mettre les mains dedans. Une \u00e9toile en moins parce que le support mural est fragile (une vis s'est "
     "arrach\u00e9e au bout d'une semaine) et que le chargeur fait un petit sifflement la nuit, ce qui s'entend dans "
     "un studio. Je le recommande quand m\u00eame, surtout si vous avez des animaux. Petit conseil pour le fabricant : vendez le support renforc\u00e9 \u00e0 part."),
    ("ordinary/account", A, False, "dm",
     "je n'arrive plus \u00e0 me connecter, \"mot de passe incorrect\" alors que je viens de le changer \U0001f62d"),
    ("ordinary/complaint", A, False, "review",
     "Deux \u00e9toiles. Le TER de 7h12 Metz\u2013Nancy supprim\u00e9 trois fois cette semaine, annonc\u00e9 sur le quai seulement. "
     "Mon employeur commence \u00e0 ne plus me croire. Pr\u00e9venez au moins sur l'appli la veille."),
    ("ordinary/returns", A, False, "ticket-reply",
     "> Pour un \u00e9change, merci de retourner l'article en magasin avec le ticket de caisse.\n> Bien \u00e0 vous, Chlo\u00e9\n\n"
     "Bonjour Chlo\u00e9, c'est l\u00e0 que \u00e7a coince : la lampe a \u00e9t\u00e9 offerte par ma belle-s\u0153ur, command\u00e9e sur "
     "votre site et livr\u00e9e directement chez moi, donc je n'ai ni ticket ni facture \u00e0 mon nom. J'ai seulement le "
     "bon de livraison avec le num\u00e9ro de commande (0000-47720). Le pied est ab\u00eem\u00e9 \u00e0 l'arriv\u00e9e, il y a une "
     "f\u00ealure d'environ trois centim\u00e8tres, j'ai fait des photos d\u00e8s l'ouverture du carton. Est-ce que le bon de "
     "livraison suffit en magasin, ou faut-il que ma belle-s\u0153ur fasse la d\u00e9marche elle-m\u00eame depuis son "
     "compte ? Je pr\u00e9f\u00e9rerais un \u00e9change contre la m\u00eame lampe plut\u00f4t qu'un avoir, et pas un remboursement qui "
     "partirait sur sa carte. Le magasin le plus proche est celui d'Angers. Merci de me dire ce qui est le plus "
     "simple."),

    # --- opt-out (5) ---
    ("optout/refusal", A, True, "dm",
     "pas question que vos IA lisent ce que je vous \u00e9cris. r\u00e9pondez plus tard s'il faut, mais sans robot"),
    ("optout/refusal", A, True, "review",
     "Une \u00e9toile. Votre nouvelle messagerie pr\u00e9vient que \"certaines r\u00e9ponses sont r\u00e9dig\u00e9es par une intelligence artificielle\". Pour moi c'est non. Je refuse que ce que j'\u00e9cris soit lu ou trait\u00e9 par "
     "un programme. Je continuerai \u00e0 \u00e9crire, mais pas pour nourrir une machine."),
    ("optout/withdraw_consent", A, True, "ticket-reply",
     "> Afin d'am\u00e9liorer nos services, nous pouvons soumettre vos \u00e9changes \u00e0 des outils d'analyse automatique.\n> Cordialement, Eaux du Val de Loire\n\n"
     "Je vous remercie de cette transparence, mais je m'y oppose. Je retire d\u00e8s aujourd'hui tout "
     "consentement que j'aurais pu donner \u00e0 l'analyse automatis\u00e9e de mes \u00e9changes : pas d'outil automatique, pas "
     "d'intelligence artificielle, pas de traitement qui lise, classe ou r\u00e9sume ce que je vous \u00e9cris, que ce soit "
     "par ce formulaire, par courriel ou par courrier scann\u00e9. Cela vaut pour ce dossier, pour les pr\u00e9c\u00e9dents et "
     "pour les suivants. Je vous demande, conform\u00e9ment au RGPD, de le noter sur mon contrat (abonn\u00e9 0000 8152 30) "
     "et de m'en envoyer une confirmation \u00e9crite. Ma question initiale reste en attente : la facture de septembre indique une "
     "consommation de 94 m\u00b3 alors que j'\u00e9tais absent deux mois. Je peux attendre une r\u00e9ponse classique. Bien "
     "cordialement, Thierry Lebon"),
    ("optout/objection", A, True, "ticket-reply",
     "> R\u00e9ponse propos\u00e9e par notre assistant virtuel : avez-vous essay\u00e9 de red\u00e9marrer votre d\u00e9codeur ?\n\n"
     "Oui, quatre fois, c'est \u00e9crit dans mon premier message. Votre assistant virtuel n'a pas \u00e0 traiter mes demandes, je refuse, arr\u00eatez de lui transmettre mes messages. Panne depuis le 2, contrat 0000-6119."),
    ("optout/with_person", H, True, "dm",
     "stop au robot \U0001f645\u200d\u2640\ufe0f j'attends qu'un conseiller de l'\u00e9quipe me r\u00e9ponde lui-m\u00eame"),

    # --- opt-out near misses (2) ---
    ("optneg/question", A, False, "ticket-reply",
     "> Votre r\u00e9siliation sera effective au 31 d\u00e9cembre.\n\n"
     "Merci. Petite question : vous utilisez une IA pour r\u00e9pondre ? Je pose la question pour un article que "
     "j'\u00e9cris sur les services clients, la r\u00e9ponse est tr\u00e8s claire en tout cas."),
    ("optneg/praise_bot", A, False, "review",
     "Cinq \u00e9toiles. Le chatbot de la mairie m'a d\u00e9croch\u00e9 un rendez-vous pour la carte d'identit\u00e9 de ma fille en "
     "trois minutes, un dimanche soir. Je me m\u00e9fiais des robots mais l\u00e0, rien \u00e0 redire."),

    # --- person (5) ---
    ("human/person", H, False, "dm",
     "j'aimerais \u00e9changer avec un vrai conseiller, pas le menu auto. contrat 00052214"),
    ("human/callback", H, False, "ticket-reply",
     "> Nous vous confirmons que le technicien est intervenu le 18 novembre et que l'incident est cl\u00f4tur\u00e9.\n"
     "> Cordialement, Service Assistance Chauffage Plus\n\n"
     "Je suis d\u00e9sol\u00e9e, mais l'incident n'est pas clos du tout. Le technicien est bien venu le 18, il a chang\u00e9 "
     "une sonde, et depuis le 20 la chaudi\u00e8re se remet en s\u00e9curit\u00e9 toutes les nuits vers 3 heures. Il fait 14 "
     "degr\u00e9s dans la chambre de la petite le matin. J'ai d\u00e9j\u00e0 d\u00e9crit tout \u00e7a dans deux messages, avec les codes "
     "d'erreur affich\u00e9s (E 0023), et chaque fois je re\u00e7ois une r\u00e9ponse qui dit que c'est r\u00e9gl\u00e9. Je pense qu'\u00e0 ce "
     "stade il faut en parler de vive voix. Pouvez-vous me faire rappeler, s'il vous pla\u00eet ? Num\u00e9ro : 06 00 00 04 27, tous les jours de midi \u00e0 14 h, ou apr\u00e8s 18 h. Contrat d'entretien 0000-30918, 14 all\u00e9e "
     "des Tilleuls, Besan\u00e7on. Merci d'avance."),
    ("human/named", H, False, "review",
     "Trois \u00e9toiles. Le canap\u00e9 est arriv\u00e9 avec un pied manquant. L'an dernier, c'est Mme Fontaine, du magasin de "
     "Villeneuve-d'Ascq, qui avait g\u00e9r\u00e9 mon dossier et tout s'\u00e9tait bien pass\u00e9 : j'aimerais qu'elle me "
     "recontacte personnellement. Commande 0000-55081."),
    ("human/supervisor", H, False, "ticket-reply",
     "> Comme indiqu\u00e9 pr\u00e9c\u00e9demment, les frais de dossier de 150 \u20ac ne sont pas remboursables.\n"
     "> Cordialement, Julien, Service Clients Horizon S\u00e9jours\n\n"
     "Julien, vos conditions g\u00e9n\u00e9rales, article 12, disent que les frais de dossier sont rembours\u00e9s quand "
     "l'annulation vient de l'organisateur. L'annulation du s\u00e9jour en Cr\u00e8te vient de vous, par mail du 4 octobre, pas de moi. Je vous ai envoy\u00e9 ce mail deux fois. C'est la troisi\u00e8me r\u00e9ponse identique que je re\u00e7ois "
     "et aucune ne parle de l'article 12. Je souhaite qu'on remonte mon dossier \u00e0 votre responsable de service ou \u00e0 "
     "un superviseur, quelqu'un qui puisse trancher au lieu de recopier la m\u00eame phrase. R\u00e9servation 000HSC81. Sinon, ce sera le m\u00e9diateur du tourisme, m\u00eame si je pr\u00e9f\u00e9rerais un accord \u00e0 l'amiable."),
    ("human/anyone_real", H, False, "dm",
     "trois r\u00e9ponses toutes faites d'affil\u00e9e \U0001f928 un humain lit ce compte, oui ou non ?"),

    # --- person near misses (2) ---
    ("humanneg/thanks_staff", A, False, "review",
     "Cinq \u00e9toiles pour la pharmacie du Port, \u00e0 La Rochelle. Le pharmacien, Yann, a remarqu\u00e9 une interaction "
     "entre deux de mes m\u00e9dicaments que personne n'avait vue et a appel\u00e9 mon m\u00e9decin lui-m\u00eame. Des gens comme "
     "\u00e7a, on les garde. Merci \u00e0 toute l'\u00e9quipe."),
    ("humanneg/mention_staff", A, False, "ticket-reply",
     "> Pouvez-vous nous confirmer la bonne r\u00e9ception de votre nouvelle carte grise ?\n> Merci, Agence Auto "
     "Centre\n\n"
     "Oui, elle est arriv\u00e9e hier, merci. Je tiens d'ailleurs \u00e0 dire que l'h\u00f4tesse d'accueil \u00e0 Poitiers a \u00e9t\u00e9 d'une patience incroyable quand je suis venu avec un dossier incomplet, et que votre "
     "coll\u00e8gue au t\u00e9l\u00e9phone, la semaine suivante, m'a expliqu\u00e9 la d\u00e9marche ANTS bien mieux que le site. Il "
     "reste un seul point : sur la facture, vous m'avez factur\u00e9 deux fois les frais d'acheminement, 2 \u00d7 2,76 \u20ac, "
     "plus 35 \u20ac de frais de service alors que le devis en annon\u00e7ait 29. Ce n'est pas \u00e9norme mais j'aimerais que "
     "ce soit corrig\u00e9 et que la diff\u00e9rence soit rembours\u00e9e sur ma carte. Dossier 0000-72264. Ensuite, vous pouvez "
     "cl\u00f4turer, et encore merci \u00e0 vos \u00e9quipes."),
]
