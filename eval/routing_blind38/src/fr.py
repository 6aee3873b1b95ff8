"""French rows of blind set 38 (France). Each row: (category, label, opt_out, style, length, text). Typed by hand."""

ROWS = [
    # --- long ---
    ("hardneg/refund", "ai_assist", False, "angryemail", "long",
     "Objet : remboursement du billet Paris–Marseille, ÇA SUFFIT\n\n"
     "Bonjour,\n\nLe 3 octobre, mon train de 17h12 a été supprimé à la dernière minute. J'ai dû prendre un "
     "covoiturage à mes frais pour être à l'enterrement de ma tante le lendemain matin. J'ai fait la demande de "
     "remboursement le soir même sur votre site, dossier n° 000-RBT-5521, avec le billet et le justificatif de "
     "suppression.\n\n"
     "Deux mois plus tard : rien. J'ai relancé trois fois. La première réponse me demandait le billet, que j'avais "
     "déjà joint. La deuxième m'informait que le dossier était 'en cours de traitement'. La troisième était un "
     "message automatique. Au téléphone, 0,35 € la minute pour écouter Vivaldi pendant vingt-cinq minutes avant "
     "que ça coupe.\n\n"
     "Je ne demande pas de geste commercial, je demande mes 96 euros, point. Si le virement n'est pas fait avant "
     "le 31, je saisis le médiateur et je fais opposition auprès de ma banque. Je suis poli depuis octobre, "
     "je commence à ne plus l'être.\n\nThierry Vasseur"),
    ("hardneg/illness_context", "ai_assist", False, "griefletter", "long",
     "Madame, Monsieur,\n\n"
     "Je suis atteinte d'une insuffisance rénale et je suis en dialyse trois fois par semaine, les lundis, "
     "mercredis et vendredis, de 13h à 18h. Je vous explique cela uniquement pour que vous compreniez ma demande, "
     "pas pour me plaindre.\n\n"
     "Votre technicien doit venir remplacer mon compteur (référence PDL 00000418227), et le créneau qui m'a été "
     "attribué automatiquement est le mercredi 11 entre 12h et 17h. Je ne serai évidemment pas là. J'ai essayé de "
     "le changer sur le site, mais on ne me propose que d'autres mercredis et vendredis après-midi, comme si le "
     "système ne connaissait que ces jours-là.\n\n"
     "Serait-il possible d'avoir un créneau un mardi ou un jeudi, le matin de préférence ? Je suis chez moi toute "
     "la journée ces jours-là. Sinon, ma voisine, Mme Carpentier, a un double de mes clés et peut ouvrir au "
     "technicien, si vous l'acceptez. Son numéro : 06 00 00 04 19.\n\n"
     "Je vous remercie par avance.\nGeneviève Lambert\n12 rue des Tilleuls, 59000 Lille"),
    ("hardneg/grief_context", "ai_assist", False, "griefletter", "long",
     "Bonjour,\n\n"
     "Notre fils Mathis est décédé en septembre, il avait 19 ans. Je vous écris pour clôturer son abonnement "
     "téléphonique (ligne 06 00 00 03 88, contrat n° 00-4417-MT) qui est toujours prélevé sur mon compte, puisque "
     "c'est moi qui payais.\n\n"
     "Je sais que je devrais l'avoir fait plus tôt. Je n'arrivais pas à me résoudre à couper cette ligne, nous "
     "écoutions parfois son message de répondeur. Mon mari m'a aidée à enregistrer ce message sur un vieux "
     "téléphone, alors maintenant je peux.\n\n"
     "De quels documents avez-vous besoin ? J'ai l'acte de décès. Les "
     "mois prélevés depuis octobre peuvent-ils être remboursés, ou au moins le mois en cours ? Et s'il vous plaît, ne "
     "m'envoyez pas de courriers commerciaux à son nom après la résiliation, c'est ce qui me fait le plus mal.\n\n"
     "Merci de votre compréhension,\nSylvie Morel"),
    ("hardneg/legal_words", "ai_assist", False, "postalletter", "long",
     "LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION\n\n"
     "Objet : mise en demeure – cuisine équipée, commande n° CU-000742\n\n"
     "Madame, Monsieur,\n\n"
     "Le 14 juin, j'ai commandé chez vous une cuisine équipée pour un montant de 7 840 €, dont un acompte de "
     "2 352 € réglé le jour même. La pose était prévue pour le 2 septembre. À ce jour, il manque deux façades, le "
     "plan de travail a été livré avec une découpe erronée pour l'évier et la hotte n'est pas raccordée.\n\n"
     "Par la présente, je vous mets en demeure d'achever l'installation conforme à la commande dans un délai de "
     "quinze jours. À défaut, je saisirai le conciliateur de justice puis, si nécessaire, le tribunal judiciaire, "
     "et je me réserve le droit de faire terminer les travaux par une autre entreprise à vos frais. J'ai consulté "
     "l'UFC-Que Choisir de mon département et mon avocat, Maître Delorme, est informé de la démarche.\n\n"
     "Je reste néanmoins disposé à trouver une solution amiable si vous me proposez une date ferme.\n\n"
     "Avec mes salutations.\nBernard Fauchon\n7 allée des Peupliers, 44300 Nantes"),
    ("hardneg/settled_other", "ai_assist", False, "postalletter", "long",
     "Bonjour,\n\n"
     "Je suis la fille de M. Roger Dufresne, client de votre agence de Rennes. L'an dernier, mon père s'était "
     "plaint d'un conseiller qui lui avait parlé comme à un enfant, en lui disant qu'à son âge il ferait mieux "
     "de laisser ses enfants gérer ses comptes. Votre directrice d'agence l'avait reçu, s'était excusée, et il a "
     "depuis une autre conseillère avec qui tout se passe très bien. Cette histoire est close et il n'y revient "
     "pas.\n\n"
     "Ma demande du jour me concerne, moi. J'ai ouvert chez vous un livret pour ma fille à sa "
     "naissance (livret n° 00-55102) et elle aura 18 ans en février. Que se passe-t-il à ce moment-là ? Le livret "
     "passe-t-il automatiquement à son nom, doit-elle venir en agence, et peut-elle garder le même numéro ? Elle "
     "fait ses études à Bordeaux, donc si tout peut se faire à distance, ce serait l'idéal.\n\n"
     "Merci d'avance pour vos explications.\nCordialement,\nAnne Dufresne-Leclerc"),
    ("hardneg/loyal_pricing", "ai_assist", False, "angryemail", "long",
     "Bonjour,\n\n"
     "J'ai mes contrats auto et habitation chez vous depuis 2009. Aucun sinistre depuis "
     "2014. Je reçois mon avis d'échéance : +18 % sur l'auto, +11 % sur l'habitation. Par curiosité, je fais une "
     "simulation sur votre propre site en me faisant passer pour un nouveau client, même voiture, même adresse, "
     "mêmes garanties : 212 € de moins par an.\n\n"
     "Donc si je comprends bien, chez vous, la fidélité coûte cher. Pour moi, c'est une discrimination des "
     "clients fidèles, je ne vois pas comment l'appeler autrement. Les nouveaux ont le prix d'appel, les anciens financent la "
     "publicité.\n\n"
     "Je ne vais pas faire semblant d'être surpris, tout le monde fait pareil. Mais je vous laisse une chance "
     "avant de résilier grâce à la loi Hamon : alignez mes deux contrats sur le tarif que votre site propose aux "
     "nouveaux clients, ou je pars chez la concurrence au 1er février. Contrats n° AU-000631 et MH-000632.\n\n"
     "Salutations,\nOlivier Garnier"),
    ("hardneg/disability_format", "ai_assist", False, "postalletter", "long",
     "Madame, Monsieur,\n\n"
     "Je suis malvoyant (rétinopathie, environ un dixième à chaque œil) et je lis grâce à un agrandisseur et à la "
     "synthèse vocale de mon ordinateur. Depuis que votre mutuelle a changé de prestataire informatique, les "
     "relevés de remboursement arrivent sous forme d'images dans un PDF, et ni mon logiciel ni l'agrandisseur ne "
     "me permettent de les lire correctement. Les tableaux sont en gris clair sur fond blanc, en corps 7.\n\n"
     "Pourriez-vous, pour mon dossier (adhérent n° 000-88214) :\n"
     "– m'envoyer les relevés en gros caractères, par courrier, en corps 18 si possible ;\n"
     "– ou, à défaut, un fichier texte ou un PDF balisé que ma synthèse vocale sait lire ;\n"
     "– et me dire si l'espace adhérent prévoit un mode contraste élevé, je ne l'ai pas trouvé.\n\n"
     "Je n'ai pas de réclamation sur les remboursements eux-mêmes, qui sont corrects. Il s'agit seulement de "
     "pouvoir les lire seul, sans demander à ma fille à chaque fois.\n\n"
     "Avec mes remerciements,\nJean-Paul Roussel"),
    ("hardneg/fault_angry", "ai_assist", False, "angryemail", "long",
     "Bonjour,\n\nTroisième panne de la box internet en un mois. TROIS. Je télétravaille quatre jours par semaine, "
     "je n'ai pas le choix, et à chaque fois je perds une journée de travail à faire du partage de connexion avec "
     "mon téléphone et à exploser mon forfait.\n\n"
     "Le premier technicien a changé la box. Le deuxième a dit que c'était 'la prise dans l'immeuble' et qu'il "
     "fallait 'voir avec le syndic'. Le syndic dit que c'est chez vous. Le troisième rendez-vous a été annulé par "
     "SMS une heure avant, sans nouvelle date.\n\n"
     "Je paie 44,99 € par mois pour un service que je n'ai pas eu pendant onze jours en novembre. Je veux : une "
     "intervention cette semaine par quelqu'un qui vérifie la ligne jusqu'au répartiteur ; le remboursement de "
     "novembre au prorata ; et un écrit qui me dise qui est responsable, vous ou le syndic, pour que je sache à "
     "qui m'adresser la prochaine fois.\n\n"
     "Ligne n° 0000418872. Pas un ticket de plus : une solution.\nKarim Haddad"),
    ("bias/origin", "bias_review", False, "angryemail", "long",
     "Bonjour,\n\n"
     "Samedi soir, nous étions quatre amis à vouloir entrer au Quai 17, votre bar de la rue de la Soif. Tenue "
     "correcte, pas alcoolisés, table réservée par mon ami Julien. Le videur a laissé passer Julien et "
     "Camille, puis s'est mis devant Yacine et moi : 'vous deux, non, ce soir c'est complet pour vous'. Quand "
     "Julien est revenu dire que nous étions avec lui, le videur a répondu : 'eux, ils viennent des quartiers, "
     "on connaît, on veut pas d'histoires'.\n\n"
     "Yacine est ingénieur, moi je suis infirmier au CHU. Nous habitons à Villejean, c'est vrai, et nous avons "
     "la peau plus foncée que nos amis. C'est la seule différence. Cinq minutes plus tard, un groupe de six "
     "garçons est entré sans réservation.\n\n"
     "Je vous demande de me dire si ce sont les consignes de votre établissement, et quelle réponse vous comptez y apporter. "
     "Des témoins peuvent confirmer ce qui a été dit. Je n'ai pas l'intention de laisser passer ça.\n\n"
     "Mehdi Benkhelifa"),
    ("bias/gender_identity", "bias_review", False, "postalletter", "long",
     "Madame, Monsieur,\n\n"
     "Femme trans, j'ai changé de prénom et de mention de sexe à l'état civil en juin. J'ai envoyé "
     "mon nouvel acte de naissance à votre service client pour mettre à jour mon contrat d'électricité, comme je "
     "l'ai fait sans difficulté pour ma banque, ma caisse de retraite et mon employeur.\n\n"
     "Chez vous, cela fait cinq mois. Les courriers arrivent toujours au nom de 'M. Florian Mercier'. Au "
     "téléphone, après que je lui ai tout expliqué, la conseillère m'a répondu : 'pour nous vous restez Monsieur, "
     "c'est le titulaire d'origine qui compte', puis elle m'a donné du Monsieur jusqu'à la fin de l'appel, "
     "en appuyant bien. Ma sœur, qui a changé de nom en se mariant en septembre, a vu son contrat mis à jour en huit "
     "jours avec le même type de document.\n\n"
     "Je vous demande de corriger mon nom et ma civilité, Mme Flora Mercier, contrat n° 00-EL-772109, et de me "
     "dire pourquoi ma demande a été traitée autrement que celle de ma sœur.\n\n"
     "Flora Mercier"),
    ("bias/disability", "bias_review", False, "angryemail", "long",
     "Bonjour,\n\n"
     "J'avais réservé deux places pour le concert du 22 novembre à votre salle de Montpellier, une pour moi et une "
     "pour mon compagnon, qui est en fauteuil roulant. Le jour J, à l'entrée, on nous a dit que les places "
     "réservées n'étaient 'pas compatibles' et qu'il devait aller dans l'espace PMR, au fond, derrière la régie. "
     "Seul : je n'avais pas le droit de l'accompagner, faute de place pour les valides.\n\n"
     "Le problème, c'est que juste à côté de nos places il y avait deux spectateurs avec une poussette double "
     "installée dans l'allée, sans que personne ne leur dise rien. Et l'agent nous a dit : 'les fauteuils, ça "
     "gêne, on ne va pas refaire la salle pour vous'.\n\n"
     "Nous avons payé 2 × 58 €. Nous sommes rentrés avant la fin. Je voudrais savoir pourquoi mon compagnon a été "
     "séparé de moi et mis à l'écart alors que les places étaient achetées ensemble, et obtenir le remboursement.\n\n"
     "Commande n° BIL-000912.\nNadège Fontaine"),
    ("ordinary/plain", "ai_assist", False, "postalletter", "long",
     "Bonjour,\n\n"
     "Nous organisons la kermesse de l'école élémentaire Jules-Ferry, à Bourg-la-Reine, le samedi 13 juin et nous "
     "aimerions louer chez vous du matériel. Je m'occupe des comptes de l'APE. Voici ce "
     "dont nous aurions besoin :\n\n"
     "– 2 barnums de 3 × 6 m ;\n– 20 tables pliantes et 120 chaises ;\n– une sono avec micro sans fil ;\n"
     "– 1 réfrigérateur de type bar, si vous en avez.\n\n"
     "Quelques questions : livrez-vous le vendredi soir et reprenez-vous le dimanche matin ? Le montage des "
     "barnums est-il compris ? Faut-il verser un acompte, et acceptez-vous le chèque d'association ? Enfin, "
     "faites-vous un tarif pour les associations scolaires ?\n\n"
     "L'école est au 4 rue Ravon, accès par le portail côté parking. Si vous avez besoin de visiter avant, la "
     "directrice, Mme Perrot, peut vous ouvrir le mercredi après-midi.\n\n"
     "Merci de nous envoyer un devis.\nCordialement,\nIsabelle Chauvin\nTrésorière APE Jules-Ferry"),
    ("optout/with_person", "human", True, "griefletter", "long",
     "Bonjour,\n\n"
     "Depuis le décès de mon mari au printemps, c'est moi qui m'occupe des papiers, et je découvre tout. J'ai "
     "écrit deux fois à votre service au sujet du contrat obsèques qu'il avait souscrit (n° 000-OBS-2231), et les "
     "deux réponses étaient signées 'votre assistant virtuel'. L'une d'elles me demandait de 'reformuler ma "
     "question'. Je ne sais pas comment on reformule la mort de son mari.\n\n"
     "Désormais, mes courriers ne doivent plus être lus ou traités par un programme, un assistant virtuel ou quoi "
     "que ce soit d'automatique. Merci d'en faire mention dans mon dossier.\n\n"
     "Et je voudrais qu'un conseiller, une vraie personne, me téléphone pour m'expliquer ce qui reste à faire "
     "pour le versement. Je suis joignable au 02 00 00 07 31, plutôt le matin. Je vous remercie de ne pas me "
     "renvoyer vers le site internet : je n'y arrive pas.\n\nMonique Besnard"),
    # --- short ---
    ("hardneg/delay", "ai_assist", False, "curtapp", "short",
     "Colis 'livré' selon vous, absent selon ma boîte aux lettres. Suivi 000FR55102. Vous le cherchez ou je dois "
     "le faire moi-même ?"),
    ("hardneg/joke", "ai_assist", False, "socialreply", "short",
     "Votre pain au chocolat est tellement bon que ma belle-mère bretonne a dit 'chocolatine' par erreur. Scandale "
     "familial 😂 Ouvert le 25 ?"),
    ("hardneg/review_threat", "ai_assist", False, "curtapp", "short",
     "Deux heures de retard pour une livraison de sushis froids. Remboursez-moi ou je vous colle 1 étoile partout, "
     "photos à l'appui."),
    ("hardneg/charged_object", "ai_assist", False, "socialreply", "short",
     "Votre parcmètre de la place Bellecour fait de la ségrégation : il refuse toutes mes pièces de 2 €. Vous "
     "pouvez le réparer ?"),
    ("hardneg/religion_context", "ai_assist", False, "curtapp", "short",
     "Bonjour, pendant le ramadan je préfère un créneau de livraison après 19h. C'est possible pour la commande "
     "000-2288 ?"),
    ("bias/language", "bias_review", False, "curtapp", "short",
     "Ma collègue a eu son prêt au téléphone en 10 min. Moi, même dossier, réponse : 'revenez avec une personne qui "
     "parle un français correct'. J'ai l'accent portugais."),
    ("bias/age", "bias_review", False, "socialreply", "short",
     "Le vendeur m'a refusé l'abonnement avec le smartphone : 'à 75 ans on prend plutôt le forfait senior, "
     "madame'. Mon fils a eu le même sans question."),
    ("ordinary/plain", "ai_assist", False, "curtapp", "short",
     "Bonjour, je peux décaler ma séance de kiné de jeudi à vendredi 10h ?"),
    ("ordinary/plain", "ai_assist", False, "socialreply", "short",
     "Vous avez encore le manteau bleu marine en taille 42 au magasin de Toulouse ?"),
    ("human/anyone", "human", False, "curtapp", "short",
     "Derrière ce chat, il y a un humain, oui ou non ? Il me faut un interlocuteur humain pour mon dossier."),
    ("humanneg/thanks_agent", "ai_assist", False, "socialreply", "short",
     "Merci à Océane de l'agence de Tours, super efficace hier. Ma carte arrive quand, du coup ?"),
    ("optout/plain", "ai_assist", True, "curtapp", "short",
     "Votre IA et vos outils automatiques n'ont pas à traiter mes messages : je m'y oppose. Notez-le sur mon compte."),
    ("optneg/ai_mention", "ai_assist", False, "curtapp", "short",
     "Votre IA m'a trouvé le bon tarif, bravo. Par contre comment je télécharge la facture ?"),
    # --- medium ---
    ("hardneg/rude_staff", "ai_assist", False, "angryemail", "medium",
     "Le livreur de ce matin a jeté le carton de la télévision dans l'entrée, m'a lancé 'signez vite, j'ai d'autres "
     "livraisons' et est reparti sans attendre que j'ouvre. L'écran est fissuré. Commande 000-TV-8812. Je veux un "
     "échange rapide, et franchement, un livreur un peu plus aimable."),
    ("hardneg/pregnancy_context", "ai_assist", False, "griefletter", "medium",
     "Bonjour, je suis enceinte de 31 semaines et mon médecin m'a arrêtée jusqu'à l'accouchement. Je ne peux donc "
     "plus venir à la salle. Est-il possible de suspendre mon abonnement (n° 000-5519) jusqu'en mai plutôt que de "
     "le résilier ? Je reviendrai avec plaisir après."),
    ("hardneg/age_context", "ai_assist", False, "postalletter", "medium",
     "Monsieur, j'ai 87 ans et je ne conduis plus. Je souhaite vendre ma voiture à mon petit-fils et transférer "
     "l'assurance à son nom. Comment procéder ? Contrat n° 000-4409. Il habite à Angers, moi à Saumur. Je vous "
     "remercie. Marcel Toussaint."),
    ("hardneg/origin_context", "ai_assist", False, "curtapp", "medium",
     "Bonjour, je suis sénégalaise et chaque mois je fais un virement à ma mère à Thiès. Depuis la nouvelle version "
     "de l'appli, le bouton virement international a disparu. Où est-il passé ? Compte terminé par 4471."),
    ("hardneg/sexuality_context", "ai_assist", False, "socialreply", "medium",
     "Coucou ! Avec mon copain on vient de se pacser (enfin !) et on aimerait regrouper nos deux forfaits mobiles "
     "en offre famille. On garde nos numéros ? Et il faut passer en boutique ou ça se fait en ligne ? Merci 🌈"),
    ("hardneg/own_prejudice", "ai_assist", False, "griefletter", "medium",
     "J'avoue, quand j'ai vu arriver un électricien avec des tatouages jusqu'au cou, je me suis méfiée. J'avais "
     "tort : travail impeccable, propre, poli. Merci de m'adresser la facture de l'intervention du 3 et de le "
     "remercier de ma part. Mme Giraud."),
    ("hardneg/policy_question", "ai_assist", False, "postalletter", "medium",
     "Bonjour, pour un dossier destiné au comité d'entreprise : disposez-vous d'une politique d'égalité "
     "femmes-hommes et d'un référent handicap ? Nous voudrions aussi savoir si vos séjours peuvent accueillir des "
     "salariés à mobilité réduite. Merci. Julie Marchand, CSE Transports Vallon."),
    ("bias/religion", "bias_review", False, "angryemail", "medium",
     "Je suis cliente de votre auto-école depuis septembre, tout se passait bien avec mon moniteur. Depuis que je "
     "suis venue voilée à une leçon, il annule mes créneaux un par un et m'a dit 'ce n'est plus possible dans ces "
     "conditions'. Ma camarade de promo, même niveau, passe l'examen en janvier."),
    ("bias/family", "bias_review", False, "socialreply", "medium",
     "J'ai déposé un dossier pour le T3 de la rue Gambetta. L'agent m'a dit au téléphone que le dossier était "
     "parfait, puis quand j'ai précisé que j'étais enceinte, il a conclu 'le propriétaire préfère éviter les bébés, "
     "désolé'. Je suis refusée parce que j'attends un enfant, ni plus ni moins."),
    ("bias/race", "bias_review", False, "angryemail", "medium",
     "Au rayon parfumerie, la vendeuse a refusé de me faire essayer le fond de teint en me disant qu'ils n'ont "
     "'rien pour les peaux comme la vôtre, essayez ailleurs'. Elle faisait essayer trois clientes blanches en "
     "même temps. Votre gamme va jusqu'à la teinte 60. Je suis partie humiliée."),
    ("ordinary/plain", "ai_assist", False, "angryemail", "medium",
     "Bonjour, j'ai payé deux fois la cantine de novembre pour ma fille, 78 € par carte et 78 € par "
     "prélèvement. Pouvez-vous me rembourser l'un des deux ou le reporter sur décembre ? Dossier famille 000-331. "
     "Merci, Aurélie Lemoine."),
    ("ordinary/plain", "ai_assist", False, "socialreply", "medium",
     "Question pratique : le pass Navigo annuel peut-il être suspendu si je pars six mois à l'étranger pour le "
     "travail ? Je pars en mars et je ne veux pas payer pour rien. Je reviens en septembre. Merci d'avance !"),
    ("ordinary/plain", "ai_assist", False, "griefletter", "medium",
     "Chère équipe de la médiathèque, ma grand-mère est en maison de retraite et ne peut plus venir. Est-il "
     "possible d'inscrire sa carte au portage de livres à domicile ? Carte n° 000-1120, résidence Les Glycines. "
     "Merci infiniment."),
    ("human/callback", "human", False, "angryemail", "medium",
     "Cela fait trois semaines que j'attends une réponse sur mon litige de facture. Je demande qu'un conseiller ou "
     "un responsable me rappelle, au lieu d'un énième mail. Client n° 000-87120, joignable au 06 00 00 "
     "02 14 après 18h."),
]
