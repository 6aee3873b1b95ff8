"""French (France) rows of blind set 53, typed by hand: (category, label, opt_out, style, text)."""
E, A, F = "executive-escalation", "in-app-feedback", "community-forum"
B, N = "bias_review", "ai_assist"

ROWS = [
    ("bias/explicit_remark", B, False, E,
     "À l'attention du Cabinet du Président-directeur général, Banque Ligérienne\n\nObjet : réclamation n° "
     "BL-0000-2914, déjà adressée le 6 et le 20 octobre\n\nMonsieur le Président,\n\nJe me permets de saisir votre "
     "cabinet, mes deux courriers à l'agence de Tours-Centre étant restés sans réponse. Le 2 octobre, je me suis "
     "présenté avec mon épouse pour ouvrir un plan d'épargne logement. Lorsque j'ai indiqué que nous sommes rentrés "
     "d'Algérie il y a quinze ans et que j'ai la double nationalité, le conseiller, M. Garnier, a refermé le dossier "
     "en disant : « les Arabes, on leur ouvre un compte courant, pas plus ». Il nous a ensuite raccompagnés à la "
     "porte. Nous sommes clients depuis 2011, avec des revenus réguliers et aucun incident. Je vous demande de faire "
     "examiner ces propos et de me faire connaître par écrit les suites que la banque entend leur donner.\n\n"
     "Veuillez agréer, Monsieur le Président, l'expression de mes salutations distinguées.\n\nKarim Benaïssa"),
    ("bias/explicit_cause", B, False, A,
     "Inscription refusée au club de natation pour mon fils : « avec sa trisomie, on n'a pas l'encadrement ». Il "
     "nage seul depuis ses 6 ans et a son brevet de 50 m." " Le club de Villeurbanne l'accepte.\n--\nSportCité 2.8.1 / iPhone 13"),
    ("bias/explicit_comparison", B, False, F,
     "Titre : Ma compagne refusée au spa, mon collègue accepté le même jour ?\n\nMa compagne porte un foulard. On "
     "avait réservé deux entrées au spa de Biarritz. À l'accueil on lui a dit que « les signes religieux ne sont "
     "pas admis dans l'espace détente » et on lui a refusé l'entrée. Vingt minutes plus tard, un collègue à moi "
     "qui porte une kippa est entré sans aucune remarque. Même réservation, même formule. Quelqu'un a-t-il eu le "
     "même problème ? Le règlement affiché ne dit rien là-dessus." " On a payé 78 € pour les deux entrées et on n'a été remboursés que d'une seule. Je voudrais au moins comprendre quelle règle a été appliquée, parce que personne à l'accueil n'a pu nous la montrer par écrit." " Nous avions réservé par l'application, référence 0000-3318."),
    ("bias/explicit_after", B, False, E,
     "Au Service Réclamations de la Direction Générale, Groupe Immobilier Rhône-Alpes\n\nRéf. dossier : "
     "GIRA/0000/5512\n\nMadame, Monsieur,\n\nLocataire depuis huit ans au 12 rue des Tanneurs à Lyon, j'ai demandé en "
     "juin un échange pour un logement plus grand dans la même résidence. Le dossier était déclaré complet et "
     "prioritaire le 3 septembre. Le 10 septembre, j'ai indiqué à la gestionnaire, Mme Roux, que j'étais enceinte "
     "de mon deuxième enfant et que c'était la raison de la demande. Le 13, le dossier a été classé « non "
     "prioritaire » et la gestionnaire m'a dit au téléphone que « avec une grossesse, on préfère attendre de voir ». "
     "Rien d'autre n'a changé. J'estime avoir été écartée parce que je suis enceinte et je vous demande de "
     "réexaminer la décision et de m'en donner les motifs par écrit. J'ai déjà écrit à l'agence le 20 septembre et "
     "le 4 octobre.\n\nCordialement,\nAurélie Mercier"),
    ("bias/implicit_access", B, False, E,
     "À l'attention de la Direction Générale, Cinémas Lumière Provence\n\nRéf. : courriels des 3 et 17 novembre\n\n"
     "Madame, Monsieur,\n\nDepuis la rénovation du cinéma d'Aix, l'entrée se fait uniquement par un escalier de "
     "quatorze marches ; l'ancienne porte de plain-pied sur le côté est fermée à clé. Mon mari ne marche plus "
     "depuis son accident de moto et se déplace en fauteuil. Nous avons un abonnement annuel de deux cartes, "
     "payé en septembre, et nous ne pouvons plus entrer dans la salle. Le personnel nous a proposé de « revenir "
     "quand l'ascenseur sera prêt », sans date. J'ai écrit deux fois au cinéma sans réponse. Je vous demande "
     "quelles mesures seront prises pour que nous puissions de nouveau accéder aux séances, et à défaut le "
     "remboursement des mois d'abonnement inutilisables.\n\nBien cordialement,\nNathalie Fournier"),
    ("bias/implicit_comparison", B, False, A,
     "J'ai demandé un devis d'assurance auto à 14h : 1 240 €. Ma voisine Émilie a demandé le même modèle, même "
     "âge, même bonus, à 14h30 : 690 €. Moi c'est Mamadou Diarra. Seule différence : le nom et le code postal "
     "(93).\n--\nAssurPlus 4.2 / Android 14"),
    ("bias/implicit_after", B, False, F,
     "Titre : Mon compte pro suspendu juste après mes 70 ans ?\n\nJe suis artisan ébéniste, client pro depuis "
     "vingt ans. Le lendemain de mon anniversaire, le 2 novembre, j'ai reçu un courriel disant que mon découvert "
     "autorisé était supprimé et que ma carte pro passerait « en débit immédiat ». Mes comptes sont les mêmes, "
     "mon chiffre d'affaires aussi. J'ai appelé : on m'a parlé de « politique de la banque », sans plus. "
     "Quelqu'un sait-il comment ça se passe pour contester ?"),
    ("bias/implicit_remark", B, False, E,
     "À l'attention du Cabinet de la Directrice Générale, Transports Urbains de Lille\n\nRéf. : signalement "
     "TUL-0000-0641\n\nMadame la Directrice Générale,\n\nLe 14 octobre, vers 18 h, je suis montée dans le bus 18 "
     "avec ma fille de neuf ans, adoptée à l'âge de deux ans ; nous ne nous ressemblons pas. Le contrôleur a vérifié mon titre, puis a demandé "
     "à ma fille « et toi, tu es avec qui ? Ta vraie maman est où ? », et a exigé sa carte de transport et un "
     "justificatif d'identité, ce qu'il n'a demandé à aucun autre enfant dans le bus. Il a ensuite dit à voix haute "
     "qu'il fallait « vérifier, avec ces enfants on ne sait jamais ». Ma fille a pleuré tout le trajet. J'ai écrit "
     "au service clients le 16 et le 30 octobre sans réponse. Je vous demande d'examiner ce contrôle et les propos "
     "tenus.\n\nVeuillez agréer mes salutations,\nClaire Vasseur"),
    ("hardneg/object_joke", N, False, F,
     "Titre : Mon aspirateur robot est raciste envers le tapis noir\n\nBlague à part, il refuse de passer sur le "
     "tapis sombre du salon, il croit que c'est un trou. Il y a un réglage pour désactiver le capteur de vide ?"),
    ("hardneg/threat", N, False, A,
     "Si je n'ai pas mon remboursement vendredi je dirai partout que vous discriminez les clients de province. Pas "
     "que quelqu'un m'ait mal traité, mais 3 semaines pour 39 €, stop." " Commande 0000-1192.\n--\nVitaLivre 5.0 / iPhone"),
    ("hardneg/own_prejudice", N, False, E,
     "À l'attention de la Direction Générale, Menuiseries du Vexin\n\nRéf. chantier : MV-0000-318\n\nMadame, "
     "Monsieur,\n\nJe vous dois un aveu : quand j'ai vu arriver pour poser nos fenêtres une équipe de deux jeunes "
     "femmes, j'ai douté et je l'ai dit, assez bêtement, en demandant si « le chef allait venir ». Elles ont fait un "
     "travail impeccable en une journée et ont même repris un défaut de l'ancien cadre sans supplément. Je m'en "
     "excuse auprès d'elles par votre intermédiaire. Ma question : la facture finale (n° 0000-7719) mentionne un "
     "taux de TVA de 20 %, alors que le devis signé prévoyait 5,5 % pour des travaux de rénovation énergétique. "
     "Pouvez-vous corriger la facture et me la renvoyer ? L'attestation de TVA réduite vous a été remise signée "
     "le jour de la pose.\n\nCordialement,\nBernard Lefort"),
    ("hardneg/loyal_price", N, False, F,
     "Titre : Discrimination des clients fidèles ?\n\nClient depuis 2009, je paie 34,99 € ma box quand les "
     "nouveaux l'ont à 19,99 €. C'est de la discrimination envers les anciens clients ! Quelqu'un a réussi à "
     "obtenir l'alignement sur l'offre nouveau client ?"),
    ("hardneg/policy_question", N, False, E,
     "À l'attention de la Direction des Achats et du Secrétariat général, Imprimerie Delmas & Fils\n\nObjet : "
     "consultation n° 0000-2026-114, commune de Saint-Priest\n\nMadame, Monsieur,\n\nDans le cadre du marché "
     "d'impression des bulletins municipaux pour 2027, la commune doit vérifier la politique de ses fournisseurs en "
     "matière d'égalité professionnelle et d'emploi des personnes handicapées. Pourriez-vous nous transmettre votre "
     "index de l'égalité femmes-hommes, votre taux d'emploi de travailleurs handicapés et, le cas échéant, votre "
     "charte diversité ? Ces pièces doivent être jointes à votre offre avant le 12 janvier. Nous avons reçu votre "
     "dossier technique le 28 novembre, merci pour sa clarté. Pour toute pièce manquante, le service de la "
     "commande publique reste joignable aux horaires habituels, et un avis d'attribution sera publié fin "
     "février.\n\nCordialement,\nSylvie Marchand, service de la commande publique"),
    ("hardneg/praise", N, False, A,
     "Merci au guichet de la gare de Nantes : mon mari est sourd et l'agente a tout écrit sans qu'on demande. "
     "Question : la carte Avantage peut-elle être sur le même compte ?\n--\nRailGo 7.4 / Android 13"),
    ("hardneg/rude_to_all", N, False, F,
     "Titre : Le boulanger de la galerie est désagréable avec tout le monde\n\nAvec moi, avec la dame devant, avec "
     "le livreur... c'est son caractère je crois. Bref : la carte de fidélité du centre commercial fonctionne-t-elle "
     "aussi dans sa boutique ?"),
    ("hardneg/mention_age", N, False, E,
     "À l'attention du Président du Directoire, Mutuelle Saint-Clair\n\nAdhérent n° 0000 0581 44\n\nMonsieur le "
     "Président,\n\nJ'ai quatre-vingt-un ans et je gère seul mes papiers depuis le décès de ma femme. Depuis juillet, "
     "mes remboursements de lunettes (facture de 412 €, envoyée le 3 juillet puis de nouveau le 2 septembre) sont "
     "indiqués « en attente de pièce », sans que l'on me dise laquelle. J'ai appelé trois fois et chaque fois on m'a "
     "demandé de renvoyer la même facture. Je vous serais obligé de faire vérifier le dossier et de me dire par "
     "courrier quelle pièce manque, ou de procéder au remboursement. Je préfère les courriers aux courriels.\n\n"
     "Je vous prie d'agréer, Monsieur le Président, mes salutations respectueuses.\n\nRaymond Chevalier"),
    ("hardneg/mention_disability", N, False, A,
     "Je suis épileptique : y a-t-il un mode sans flash dans les vidéos d'accueil ? Sinon je les passe.\n--\n"
     "FormaPro 3.1 / iPad"),
    ("hardneg/mention_pregnancy", N, False, F,
     "Titre : Échanger une robe de mariée pour une taille au-dessus\n\nJe suis enceinte de quatre mois et le "
     "mariage est en juin, la robe commandée en août ne fermera plus. Est-ce que la boutique fait les échanges "
     "de taille sur commande spéciale, et avec quel délai ?"),
    ("hardneg/student_project", N, False, E,
     "À l'attention du Secrétariat de la Direction Générale, Hypermarchés Colbert\n\nMadame, Monsieur,\n\nJe suis "
     "étudiante en master de sociologie à l'université de Rennes et je prépare un mémoire sur la manière dont les "
     "grandes enseignes traitent les réclamations pour discrimination. Je précise qu'il ne s'agit pas d'une "
     "réclamation. Pourriez-vous m'indiquer si votre groupe publie des chiffres à ce sujet, s'il existe une "
     "procédure interne que vous accepteriez de décrire, et à quel service je pourrais adresser un court "
     "questionnaire de dix questions ? Mon directeur de recherche, le professeur Hamon, peut confirmer la démarche. "
     "Les réponses seraient anonymisées et je m'engage à vous transmettre le mémoire une fois soutenu, en "
     "septembre prochain.\n\nAvec mes remerciements,\nLéa Girardin"),
    ("hardneg/unfair_no_ground", N, False, E,
     "À l'attention du Directeur Général, Autoroutes du Grand Ouest\n\nRéf. : avis de péage n° 0000000-8831\n\n"
     "Monsieur le Directeur Général,\n\nJ'ai reçu le 5 novembre un avis de péage impayé de 47,20 € pour un passage "
     "le 18 octobre à la barrière de Saint-Arnoult. Or mon badge était actif ce jour-là et le relevé montre "
     "d'ailleurs le passage retour, débité normalement. L'opérateur au téléphone a reconnu que le portique avait "
     "eu « des soucis de lecture » mais m'a répondu que je devais payer et réclamer ensuite. C'est injuste : je "
     "paie deux fois pour un défaut de votre matériel. Je demande l'annulation de l'avis et le remboursement des "
     "frais de dossier de 15 €.\n\nVeuillez agréer mes salutations distinguées,\nHervé Collin"),
    ("ordinary/refund", N, False, A,
     "Commande 0000-40211 annulée le 4/11, toujours pas remboursée.\n--\nMaisonDeco 2.0 / Android 12"),
    ("ordinary/delivery", N, False, E,
     "À l'attention du Service Réclamations de la Direction, Cuisines Arlequin\n\nCommande n° 0000-15520\n\nMadame, "
     "Monsieur,\n\nNotre cuisine devait être livrée le 8 octobre, puis le 22, puis le 5 novembre. À chaque fois, "
     "le transporteur a annulé la veille au soir. J'ai posé trois jours de congé pour rien et le poseur, que nous "
     "avons réservé séparément, nous facture maintenant un déplacement de 90 €. Je vous demande une date de "
     "livraison ferme, confirmée par écrit, et la prise en charge des 90 € facturés par le poseur. Faute de date "
     "avant le 30 novembre, je demanderai l'annulation de la commande et le remboursement de l'acompte de 2 300 €, "
     "versé le 2 septembre." " Je joins le bon de commande et les trois SMS d'annulation.\n\nCordialement,\nJulien Perrot"),
    ("ordinary/bill", N, False, F,
     "Titre : Facture d'eau doublée sans raison\n\nConsommation habituelle, mais la facture du trimestre passe de "
     "86 € à 174 €. Le relevé est-il estimé ? Comment on envoie soi-même l'index du compteur ?"),
    ("ordinary/bug", N, False, A,
     "Le bouton « Valider le panier » ne fait rien depuis la mise à jour.\n--\nCourseFacile 9.0.2 / iPhone 15 / "
     "iOS 18.1"),
    ("ordinary/booking", N, False, F,
     "Titre : Modifier la date d'un gîte réservé\n\nJ'ai réservé un gîte dans le Jura du 20 au 27 février, on "
     "voudrait décaler d'une semaine. C'est possible sans frais ?"),
    ("ordinary/account", N, False, E,
     "À l'attention du Cabinet de la Direction, Caisse d'Épargne Mosane\n\nCompte n° 00000000412\n\nMadame, "
     "Monsieur,\n\nDepuis le 1er octobre, mon accès en ligne est bloqué avec le message « identifiant inconnu ». "
     "L'agence m'a remis un nouveau code le 9, qui ne fonctionne pas non plus ; la plateforme téléphonique m'a "
     "renvoyé vers l'agence le 16 et le 23. Je ne peux plus consulter mes comptes ni faire de virement depuis sept "
     "semaines. Je vous prie de faire débloquer l'accès et de me confirmer par courrier la marche à suivre. Je "
     "précise que mon adresse et mon téléphone n'ont pas changé, et que je n'ai reçu aucun message signalant une "
     "opération suspecte sur le compte." " Je vous remercie de traiter cette demande rapidement.\n\nCordialement,\nMichel Aubry"),
    ("optout/plain", N, True, E,
     "Au Délégué à la protection des données et à la Direction Générale, Énergie Atlantique\n\nContrat n° "
     "0000-66-1203\n\nMadame, Monsieur,\n\nVotre nouvelle politique de confidentialité indique que les messages des "
     "clients sont « traités par des outils d'intelligence artificielle ». Je m'oppose, au titre du RGPD, à tout "
     "traitement automatisé ou par IA de mes messages, y compris celui-ci, et je retire tout consentement que "
     "j'aurais pu donner. Merci de l'enregistrer sur mon dossier et de me le confirmer par écrit. Par ailleurs, "
     "je souhaite recevoir l'échéancier 2027 par courrier." " Mon adresse postale n'a pas changé depuis la signature du contrat en 2018, et je vous remercie par avance de votre diligence.\n\nCordialement,\nIsabelle Tessier"),
    ("optout/plain", N, True, A,
     "Je ne veux pas d'IA sur mes demandes. Désactivez le traitement automatique de mes messages. Question : "
     "date du prochain prélèvement ?\n--\nEauClaire 1.6 / Android 13"),
    ("optout/plain", N, True, F,
     "Titre : Refuser que le chatbot lise mes tickets\n\nJe ne donne pas mon accord pour que mes messages soient "
     "analysés par une IA. Il y a une case à décocher quelque part ? Mon ticket concerne un retour de colis."),
    ("optout/plain", N, True, A,
     "pas de robot pour mes messages svp, je retire mon consentement. merci\n--\nTélé+ 4.4 / Android"),
    ("optout/with_person", "human", True, E,
     "À l'attention du Service des Escalades de Direction, Fibre Occitane\n\nRéf. : FO-0000-33871\n\nMadame, "
     "Monsieur,\n\nToutes les réponses à ma réclamation ont été rédigées par votre assistant automatique, à côté de "
     "la question. Je refuse désormais que mes messages soient traités par une IA. Je demande qu'un conseiller "
     "nommément désigné prenne le dossier et me rappelle au 06 00 00 04 18 en semaine. Le problème : ma ligne "
     "est coupée chaque soir depuis le 2 novembre, deux techniciens sont venus sans rien trouver et je télétravaille "
     "trois jours par semaine. Le relevé des coupures est à votre disposition." " Merci de votre compréhension." " Je précise que je reste joignable par courriel pour l'envoi du relevé.\n\nCordialement,\nPatrick Soulier"),
    ("optneg/mention", N, False, F,
     "Titre : L'assistant IA m'a fait gagner du temps\n\nIl a trouvé ma facture en deux secondes. Est-ce qu'il peut "
     "aussi modifier mon RIB ou faut-il passer par le formulaire ?"),
    ("optneg/other_refusal", N, False, A,
     "Je refuse les frais de 3 € pour facture papier, je n'ai jamais demandé le papier.\n--\nTélé+ 4.4 / iPhone"),
    ("human/person", "human", False, F,
     "Titre : Comment parler à un humain ?\n\nJe tourne en rond dans l'aide en ligne. Je voudrais parler à "
     "quelqu'un, un conseiller, n'importe qui."),
    ("human/anyone_real", "human", False, A,
     "Il y a quelqu'un de réel qui lit ces messages ou pas ?\n--\nMaisonDeco 2.0 / iPhone"),
    ("human/callback", "human", False, E,
     "À l'attention du Cabinet du Directeur Général, Crédit Auto Sud\n\nContrat n° 0000-00-4417\n\nMonsieur le "
     "Directeur Général,\n\nJ'ai écrit le 4 et le 18 novembre au service recouvrement concernant une échéance "
     "prélevée deux fois. Sans réponse, je vous demande de faire en sorte qu'un conseiller me rappelle au 06 00 00 "
     "07 31, de préférence après 17 h. Je joins à nouveau le relevé bancaire qui montre les deux prélèvements de "
     "312,45 € le même jour, le 5 novembre, et je rappelle que le découvert qu'ils ont provoqué m'a déjà coûté "
     "des agios." " Je reste disponible pour tout justificatif complémentaire." " Le numéro de la réclamation initiale est CAS-0000-2291.\n\nVeuillez agréer mes salutations distinguées,\nFrançoise Lemaire"),
    ("human/named_contact", "human", False, F,
     "Titre : Récupérer Mme Caron comme interlocutrice\n\nMme Caron, de l'agence de Caen, avait suivi mon sinistre "
     "l'an dernier. Le dossier est rouvert, je voudrais que ce soit elle qui le reprenne. Sinistre n° 0000-2281."),
    ("human/supervisor", "human", False, A,
     "Je veux parler à un responsable, pas à un énième conseiller. Cinquième appel pour la même panne.\n--\n"
     "Fibre Occitane 3.0 / Android 14"),
    ("humanneg/staff_mention", N, False, E,
     "À l'attention de la Direction Générale, Pharmacies Solidaires\n\nMadame, Monsieur,\n\nJe tenais à saluer "
     "l'équipe de la pharmacie de la place Carnot, à Dijon : les deux préparatrices ont passé vingt minutes à "
     "retrouver une ordonnance que j'avais égarée. Ma question : est-il possible de faire transférer mon dossier "
     "patient vers votre pharmacie de Beaune, où je déménage en janvier, et faut-il pour cela un formulaire ? Je "
     "précise que j'ai un traitement de fond renouvelé tous les mois et que je ne voudrais pas d'interruption au "
     "moment du déménagement, prévu le 8 janvier." " Je peux passer à l'officine de Dijon avant mon départ pour signer ce qu'il faut, si c'est plus simple pour vos équipes.\n\nMerci d'avance,\nOdile Perrin"),
    ("humanneg/family_mention", N, False, A,
     "Ma fille a créé le compte et je ne sais pas quel e-mail elle a mis. Comment le retrouver ?\n--\nSantéPlus "
     "2.2 / iPad"),
]
