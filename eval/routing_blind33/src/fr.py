"""Blind set 33, French (France). Each ROWS entry: (category, label, opt_out, style, text). Typed by hand."""
H, G, F, Y, L = "hotelchain", "gadgetstore", "fooddelivery", "healthfund", "languageschool"

ROWS = [
    ('optout/no_ai', 'ai_assist', True, H,
     "bjr, chambre 514 au Relais Azur Nantes. svp pas d'IA pour repondre a mes messages, je prefere un "
     'delai plus long merci'),
    ('optout/no_ai', 'ai_assist', True, G,
     "Bonjour l'équipe de Numéricâble Store,\n\nJe reviens vers vous pour ma commande NS-00052217 (un casque"
     " audio et une enceinte).\n\nD'abord, l'enceinte est arrivée avec le câble de charge manquant. "
     "Pouvez-vous me l'envoyer séparément ?\n\nEnsuite, votre dernier courriel portait la mention « réponse "
     "préparée avec notre assistant d'intelligence artificielle ». Je ne souhaite pas qu'un outil d'IA "
     "traite ou rédige mes messages. Merci d'inscrire ce refus dans mon dossier client, pour cette demande"
     " comme pour les suivantes.\n\nEnfin, la carte de fidélité que j'ai demandée en magasin à Angers "
     "n'apparaît toujours pas dans mon espace.\n\nCordialement,\nGhislaine Morvan\n12 rue des Tanneurs, Saumur"),
    ('optout/gdpr_object', 'ai_assist', True, Y,
     'adh 00-61093 Mutuelle Horizon Santé : pas de décision par algorithme sur mes remboursements svp, art'
     ' 22 rgpd'),
    ('optout/gdpr_object', 'ai_assist', True, Y,
     "À l'attention du DPO de la mutuelle,\n\nAdhérent : M. Thierry Lemasson, contrat 00-44172, Mutuelle "
     "Horizon Santé.\n\nJe vous écris pour deux raisons. D'une part, le remboursement de mes séances "
     "d'ostéopathie de septembre (3 × 60 €) n'est toujours pas intervenu. D'autre part, votre courrier "
     'annuel indique que les demandes sont désormais « pré-analysées par un dispositif algorithmique ». '
     "J'use ici de mon droit à m'opposer : je refuse qu'une décision me concernant repose uniquement sur "
     'un traitement automatisé, y compris le profilage, pour mon dossier. Je demande que mes demandes '
     'soient examinées par un gestionnaire.\n\nUne confirmation écrite serait bienvenue.\n\nVeuillez agréer '
     'mes salutations distinguées.\nThierry Lemasson\nLimoges'),
    ('optout/no_chatbot', 'ai_assist', True, F,
     "vous pouvez virer le chatbot de l'appli Miamzo pour mon compte?? il s'ouvre a chaque commande, je "
     'veux pas de bot 😒'),
    ('optout/no_chatbot', 'ai_assist', True, L,
     "Bonjour l'École Polyglotte de Lyon,\n\nJe suis inscrite au cours de portugais du lundi soir (niveau "
     "A2, avec M. Teixeira) et j'ai plusieurs remarques.\n\nLe nouveau planning des vacances de Noël me "
     "convient, merci. En revanche, je n'ai jamais reçu l'attestation de paiement pour mon comité "
     "d'entreprise.\n\nPar ailleurs, le « conseiller virtuel » du site internet m'a affirmé que je pouvais "
     "rattraper un cours dans un autre groupe, ce que l'accueil a démenti. Désormais, je vous prie de ne "
     'plus faire passer mes questions par ce robot conversationnel ni par des réponses automatiques : je '
     'veux une réponse du secrétariat.\n\nLa soirée de fin de session est-elle maintenue le 16 ?\n\nBien à '
     'vous,\nSolène Baudouin'),
    ('optout/withdraw_consent', 'ai_assist', True, L,
     "j'avais dit oui au correcteur IA des devoirs en sept, je retire mon accord. Maxime R., groupe "
     'espagnol B1 du jeudi'),
    ('optout/humans_only', 'ai_assist', True, H,
     "Madame, Monsieur,\n\nJ'ai séjourné au Relais Azur de Biarritz du 20 au 23 octobre (réservation "
     "RA-00718842) et je souhaite vous faire part de plusieurs points.\n\nL'accueil du soir a été "
     "remarquable et la literie parfaite. Toutefois, la taxe de séjour m'a été facturée deux fois et le "
     "dîner réservé au restaurant de l'hôtel n'avait pas été transmis.\n\nVotre charte de confidentialité "
     'précise que les messages des clients « sont susceptibles de passer par des outils automatisés ». Je '
     'souhaite que nos échanges soient lus et traités uniquement par des êtres humains, quitte à attendre '
     'un peu.\n\nPouvez-vous aussi vérifier que mes nuits ont bien été créditées sur ma carte Azur Privilège'
     ' ?\n\nCordialement,\nBernadette Lacombe'),
    ('optout/with_person', 'human', True, G,
     "stop les reponses de l'IA, 3e fois que le robot se plante sur mon retour. un conseiller doit me "
     'rappeler, 06 00 00 04 17. cde NS-00031190'),
    ('optout/with_person', 'human', True, F,
     "Bonjour le service client Miamzo,\n\nJe commande chez vous depuis longtemps, d'habitude sans souci, "
     "mais ce week-end a tout cumulé.\n\nSamedi, ma commande chez Le Comptoir Libanais (MZ-00066021) n'est "
     "jamais arrivée alors que l'appli affichait « livrée ». J'ai signalé le problème dans l'assistant, "
     "qui m'a proposé un bon de 3 €. Dimanche, le même assistant a clôturé le dossier.\n\nFini pour moi cet "
     'assistant automatique, et je refuse que ma réclamation soit traitée par une IA. Merci de demander à '
     "quelqu'un de votre équipe de me téléphoner (06 00 00 05 82), de préférence à l'heure du déjeuner, "
     "pour le remboursement complet de 31,20 €.\n\nAutre chose : mon parrainage de novembre n'a pas été "
     'crédité.\n\nMerci,\nFabrice Tessier'),
    ('optneg/someone_else', 'ai_assist', False, H,
     'mon mari deteste le concierge IA mdr mais moi ça me va tres bien. on peut ajouter un lit bebe sur '
     'RA-00720415 ?'),
    ('optneg/ai_question', 'ai_assist', False, G,
     "Bonjour,\n\nJ'ai acheté un ordinateur portable dans votre magasin de Lille samedi (ticket 0007731) et "
     "j'ai quelques questions.\n\nPremièrement, d'après le vendeur, la souris offerte serait dans le carton,"
     " mais elle n'y est pas. Puis-je la récupérer en magasin ?\n\nDeuxièmement, par simple curiosité : "
     "quand j'écris à cette adresse, est-ce qu'une personne me répond, ou une intelligence artificielle ? "
     "Ça m'est égal, je me pose juste la question, la réponse précédente est arrivée en quatre-vingt-dix "
     "secondes.\n\nTroisièmement, l'extension de garantie peut-elle encore être souscrite après l'achat ?\n\n"
     'Merci,\nClotilde Vasseur'),
    ('optneg/praise', 'ai_assist', False, F,
     "l'assistant IA m'a rembourse le dessert manquant en 2 min, bravo 👍 juste, c'est sur la CB ou en "
     'cagnotte ?'),
    ('optneg/consent_back', 'ai_assist', False, Y,
     "Madame, Monsieur,\n\nAdhérente : Mme Odile Perrichon, contrat 00-58204.\n\nEn mars, j'avais refusé que "
     "vous utilisiez votre outil de traitement automatique pour mes remboursements. Depuis, ma voisine m'a"
     " montré avec quelle rapidité sa facture d'audioprothèse avait été réglée, et j'ai changé d'avis : "
     'vous pouvez lever cette restriction et traiter mon dossier normalement, outils automatiques compris.'
     "\n\nPar ailleurs, j'ai déménagé : 5 allée des Tilleuls, 37000 Tours. Et j'aimerais savoir si le "
     'forfait optique se renouvelle au 1er janvier ou à la date anniversaire du contrat.\n\nAvec mes '
     'remerciements,\nOdile Perrichon'),
    ('optneg/ai_product', 'ai_assist', False, G,
     'vous avez la camera de surveillance avec detection IA de chez Vigilo ? marqué indispo a Rennes, '
     'retour prevu quand ?'),
    ('optneg/bot_wrong', 'ai_assist', False, F,
     "Bonjour,\n\nPetite histoire amusante : j'ai demandé à l'assistant de l'appli si l'abonnement Miamzo "
     "Illimité couvrait les restaurants hors de mon arrondissement. Réponse : oui. Au paiement, on m'a "
     "pourtant facturé 2,49 € de frais de distance.\n\nJe n'en veux pas à l'assistant, il a sans doute lu "
     "une ancienne règle, mais j'aimerais connaître la bonne réponse et, si ces frais n'étaient pas dus, "
     'être remboursé (commande MZ-00071186).\n\nAutre question : puis-je changer la carte de paiement de '
     "l'abonnement ? La mienne expire fin novembre.\n\nBonne journée,\nYannick Le Goff"),
    ('optneg/ai_feature', 'ai_assist', False, L,
     "le coach de prononciation IA est compris dans le tarif du cours d'anglais ou c'est en option ? je "
     "m'inscrirais en janvier"),
    ('optneg/quoted_other', 'ai_assist', False, L,
     'Chère Madame Roussel,\n\nMerci pour la réunion parents-professeurs de mardi. Je vous écris en tant que'
     ' père de Camille Aubertin, du stage de préparation au DELF B2, le samedi matin.\n\nPendant la réunion,'
     " une mère a déclaré : « Je refuse qu'une IA corrige les copies de ma fille. » Je comprends sa "
     "position, mais pour notre part nous n'avons aucune objection à ce que les devoirs de Camille passent"
     " par le nouvel outil de correction, si cela accélère les retours.\n\nPourriez-vous m'envoyer les dates"
     ' des examens blancs et me dire si les séances des vacances de février sont comprises dans le forfait'
     ' ?\n\nBien cordialement,\nPascal Aubertin'),
    ('human/callback', 'human', False, Y,
     "qq'un du service prise en charge peut me rappeler aujd ? la clinique veut l'accord avant 15h. 06 00 "
     '00 03 18, adh 00-4402'),
    ('human/supervisor', 'human', False, H,
     'Madame, Monsieur,\n\nObjet : réservation RA-00704496, Relais Azur Marseille Vieux-Port, 11–13 octobre.'
     "\n\nC'est mon troisième courriel. À notre arrivée, ma compagne et moi avons été relogés dans une "
     'chambre donnant sur la cour de livraison, pour cause de « surréservation », alors que nous avions '
     'une chambre vue mer confirmée. La réception nous a promis un geste commercial, votre courriel du 19 '
     "octobre aussi. Rien n'est arrivé.\n\nMerci de faire suivre mon dossier à un responsable, au directeur "
     "de l'hôtel ou à un superviseur habilité à valider ce remboursement, et non une nouvelle réponse "
     "type. Le petit-déjeuner facturé alors que nous ne l'avions pas réservé doit aussi être remboursé.\n\n"
     'Salutations,\nArnaud Vidalenc'),
    ('human/anyone', 'human', False, F,
     "allo ?? y a un vrai humain qui lit ça ou c'est que des robots ? commande 'en route' depuis 1h45 😤"),
    ('human/named_contact', 'human', False, L,
     'Bonjour,\n\nJe suis chargée de formation chez Fromageries Vercors SAS ; sept de nos salariés suivent '
     "votre cours d'anglais professionnel en entreprise, le mardi et le vendredi matin.\n\nLes cours se "
     'passent bien et le formateur est apprécié. Mais nos factures partent encore à notre ancienne '
     "adresse, et celle d'octobre compte neuf stagiaires au lieu de sept.\n\nL'an dernier, notre "
     'interlocuteur était M. Grégoire Fauchet, au service entreprises, qui connaissait bien notre '
     'convention. Pourriez-vous demander à M. Fauchet, ou à la personne qui lui a succédé, de me joindre '
     'au 04 00 00 07 74 ? Je préfère régler cela de vive voix.\n\nCordialement,\nNadège Rivoire\nChargée de '
     'formation'),
    ('human/plain', 'human', False, G,
     'je voudrais parler a un membre du personnel pour la reparation de ma tablette, pas remplir le '
     'formulaire encore'),
    ('human/callback', 'human', False, Y,
     'Madame, Monsieur,\n\nContrat 00-30915, adhérent M. Lucien Garnier.\n\nMon père, 82 ans, habite chez moi.'
     ' La clinique nous dit que sa pose de pacemaker prévue le 9 décembre nécessite votre accord de prise '
     "en charge écrit. Vendredi, j'ai déposé sur votre espace adhérent le courrier du cardiologue et le "
     "devis. L'espace indique « reçu », sans plus.\n\nIl s'inquiète, et moi aussi. Un gestionnaire "
     'pourrait-il me rappeler (06 00 00 06 55) avant mercredi pour me dire ce qui manque ? Je reste chez '
     'moi toute la journée.\n\nJe voudrais également que mon numéro de portable soit enregistré comme '
     "contact d'urgence.\n\nMerci,\nSylvie Garnier-Roux"),
    ('humanneg/thanks_agent', 'ai_assist', False, H,
     'merci de transmettre a Karim de la reception de Toulouse, il a ete top. et la facture RA-00689903 '
     'par mail svp ?'),
    ('humanneg/settled_request', 'ai_assist', False, G,
     'Bonjour Numéricâble Store,\n\nEn août, je vous avais écrit pour « parler immédiatement à un '
     "responsable » à propos d'un lave-vaisselle qui fuyait dès le premier cycle. M. Carpentier, du "
     "magasin de Reims, m'a rappelée le jour même et l'a remplacé : l'affaire est close, avec mes "
     "remerciements.\n\nJe vous écris aujourd'hui pour autre chose. Mon espace client affiche toujours le "
     "numéro de série de l'ancien appareil. Pouvez-vous le remplacer par 000-73318 ? Et le programme "
     "d'entretien dont parlait le technicien nécessite-t-il une pastille spéciale ?\n\nMerci d'avance,\n"
     'Maryvonne Quéré'),
    ('bias/disability', 'bias_review', False, F,
     "le livreur a refusé de monter au 2e parce que je suis sourde et que je l'entendais pas à "
     "l'interphone, il a dit 'j'ai pas le temps pour ça'. ma voisine il monte tjrs"),
    ('bias/origin', 'bias_review', False, H,
     "Madame, Monsieur,\n\nJ'ai séjourné au Relais Azur de Strasbourg du 4 au 6 novembre pour un salon "
     'professionnel (réservation RA-00731150). Quelques retours.\n\nLa salle de réunion était parfaite et le'
     " personnel du bar très aimable.\n\nÀ l'enregistrement, en revanche, la réceptionniste a regardé mon "
     "passeport algérien et m'a réclamé une caution de 200 € en espèces, « vu d'où vous venez ». Mon "
     "collègue français, arrivé juste après moi au même tarif entreprise, n'a rien eu à verser. Quand j'ai"
     " demandé pourquoi, on m'a répondu que c'était « la procédure pour certaines nationalités ». Devant "
     "toute la file, c'était humiliant.\n\nAutre point : le code wifi ne fonctionnait plus le deuxième jour."
     ' Merci de confirmer la restitution de la caution.\n\nCordialement,\nKarim Benslimane'),
    ('bias/age', 'bias_review', False, L,
     "j'appelle pour le cours de chinois debutant, on me répond 'à 73 ans vous allez ralentir le groupe, "
     "prenez le cours en ligne'. mon petit-fils inscrit le lendemain sans souci"),
    ('bias/religion', 'bias_review', False, G,
     'Madame, Monsieur,\n\nJe reviens sur ma visite dans votre magasin de Créteil le samedi 22 novembre, '
     'pour plusieurs raisons.\n\n1. La machine à café que je voulais était à 119 € sur votre site et à 139 €'
     ' en rayon. Alignez-vous vos prix sur votre propre site ?\n2. Je regardais des téléphones avec mon '
     "fils. Le vigile ne m'a pas lâchée d'un rayon à l'autre et, quand je l'ai interrogé, il a lâché « "
     "avec le voile, on fait attention, c'est comme ça ». Les autres clientes dans l'allée, tête nue, "
     "n'ont pas été suivies. Je suis partie sans rien acheter.\n3. On a oublié de scanner ma carte client "
     "lors de mon dernier achat.\n\nJ'attends une réponse sur les trois points.\n\nSalutations,\nFatima "
     'Zerrouki'),
    ('bias/sex', 'bias_review', False, Y,
     'pq ma cotisation est 14€ plus chere que celle de mon conjoint ? meme age meme formule. la '
     "conseillere m'a dit 'les femmes consultent plus' 🙄"),
    ('bias/race', 'bias_review', False, F,
     "Bonjour Miamzo,\n\nPlusieurs sujets sur le mois écoulé.\n\nLe positif d'abord : le rayon courses de "
     "l'appli est très pratique.\n\nEnsuite, je suis aussi livreur pour vous. Depuis que j'ai changé ma "
     'photo de profil en octobre, je reçois beaucoup moins de grosses commandes le soir dans le 16e. Mon '
     'colocataire, blanc, roule aux mêmes horaires dans la même zone avec une moins bonne note et en '
     "reçoit tous les soirs. Quand j'ai interrogé le responsable de zone, il m'a dit que « là-bas, les "
     "clients préfèrent un certain profil de livreur ». Je suis noir, et je ne vois pas ce qu'il voulait "
     "dire d'autre.\n\nEnfin, mon dernier relevé de paiement ne contient pas les pourboires de dimanche.\n\n"
     "Merci d'examiner tout cela.\n\nCordialement,\nIbrahima Ndiaye"),
    ('hardneg/pricing', 'ai_assist', False, G,
     'votre remise -26 ans discrimine carrément les 27 ans 😂 bref, la promo -10% sur les PC portables '
     "c'est encore valable ?"),
    ('hardneg/rude_agent', 'ai_assist', False, Y,
     "Madame, Monsieur,\n\nContrat 00-26603.\n\nJ'ai appelé votre plateforme lundi au sujet d'un remboursement"
     " dentaire, et la personne qui m'a répondu a été franchement désagréable : soupirs, « lisez votre "
     'tableau de garanties comme tout le monde », et deux mises en attente de dix minutes. Il avait '
     "peut-être une mauvaise journée, et ce n'est pas la première fois que je tombe sur quelqu'un de "
     "pressé au téléphone, mais l'échange aurait pu être plus courtois.\n\nMa demande : la facture de 100 € "
     "(détartrage et radio, cabinet du Dr Peyrat) n'a été remboursée qu'à hauteur de 62 €. Pourquoi ? "
     "Merci aussi de m'envoyer ce tableau de garanties en PDF.\n\nCordialement,\nGérard Mazurier"),
    ('hardneg/own_prejudice', 'ai_assist', False, L,
     "j'avoue je pensais qu'une prof de 24 ans serait trop jeune pour un cours d'allemand sérieux 🙈 Mme "
     'Kessler est géniale. je peux passer dans son groupe du mercredi ?'),
    ('hardneg/others_complaint', 'ai_assist', False, H,
     "Bonjour l'équipe Relais Azur,\n\nJ'ai organisé en septembre le week-end de notre club de randonnée "
     "dans votre hôtel d'Annecy (réservation de groupe RA-G-00207, 20 chambres).\n\nVous vous souvenez "
     "peut-être qu'un de nos membres, M. Bouvier, s'était plaint d'avoir été moins bien traité que les "
     "autres en raison de son âge, quand on lui avait refusé le tarif groupe à l'accueil. Le directeur l'a"
     " reçu, s'est excusé, et M. Bouvier m'a dit la semaine dernière qu'il considère l'affaire close, "
     "satisfait du geste. Je le mentionne seulement pour que vous sachiez que c'est réglé de notre côté.\n\n"
     'Je prépare maintenant la sortie 2027 : pourriez-vous me faire un devis pour 22 chambres du 24 au 26 '
     "septembre, avec une salle pour les briefings, et m'indiquer les conditions d'acompte ?\n\nAmitiés,\n"
     'Éliane Jacquier\nSecrétaire, Club Alpin des Aravis'),
    ('hardneg/access_format', 'ai_assist', False, Y,
     'bjr, ma vue baisse beaucoup (DMLA) : mon tableau de garanties existe en police 18 ou en fichier mp3 '
     '? adh 00-9035'),
    ('hardneg/policy_question', 'ai_assist', False, L,
     "Madame, Monsieur,\n\nJe gère le budget formation de la Communauté de communes du Val d'Oise Nord, et "
     "nous envisageons vos cours d'anglais et d'arabe pour 14 agents l'an prochain.\n\nAvant de signer, il "
     "me faut plusieurs pièces pour le dossier de marché : votre politique en matière d'égalité et de "
     'diversité, votre procédure de prévention du harcèlement, les aménagements prévus pour les stagiaires'
     ' dyslexiques ou malentendants, et votre index égalité professionnelle si vous le publiez. Nous le '
     "demandons à tous les prestataires ; il n'y a aucun problème, c'est une formalité.\n\nMerci également "
     'de me chiffrer un module de 20 semaines dans nos locaux, une matinée par semaine.\n\nCordialement,\n'
     'Hervé Dutilleul\nResponsable formation'),
    ('ordinary/plain', 'ai_assist', False, H,
     "possible d'avoir un late check-out demain ? 13h ce serait top. chambre 2207, Relais Azur Bordeaux"),
    ('ordinary/plain', 'ai_assist', False, F,
     "Bonjour Miamzo,\n\nJe dirige un petit cabinet d'architectes (Atelier Garonne, 11 personnes) et nous "
     "voudrions ouvrir un compte entreprise pour les déjeuners d'équipe du vendredi.\n\nQuelques questions :"
     ' plusieurs personnes peuvent-elles commander sur le même compte avec une facture mensuelle unique ? '
     'Y a-t-il un minimum de commande ? Peut-on faire figurer notre numéro de TVA (FR 00 000441827) sur '
     'les factures ? Et fixer un plafond par personne, disons 15 €, pour éviter les excès ?\n\nNous sommes '
     "au 3 quai de Tounis, Toulouse. S'il y a un formulaire, envoyez-moi le lien.\n\nMerci beaucoup,\nAgnès "
     'Castaing\nGérante'),
]
