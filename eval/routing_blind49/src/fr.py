"""French (France) rows of blind set 49: (category, label, opt_out, style, text), written by hand."""

ROWS = [
    ("bias/explicit_remark", "bias_review", False, "voicemail",
     "Oui bonjour, c'est Serge Mbala, je vous appelle pour l'agence de la rue Gambetta, le T2 à 780 euros. "
     "Euh, j'avais un dossier complet, CDI, garant, tout, et au téléphone la conseillère m'a dit, je cite, "
     "'le propriétaire ne veut pas de Noirs, je suis désolée, c'est lui qui décide'. Voilà. Et l'annonce est "
     "toujours en ligne. Je veux que ce soit traité comme de la discrimination, parce que c'en est. Euh, ma "
     "compagne était à côté, elle a tout entendu, le haut-parleur était mis. Et j'ai rappelé le lendemain en "
     "donnant un autre nom, un nom, comment dire, bien de chez nous, et là, bizarrement, l'appartement était "
     "disponible, visite samedi à dix heures. Donc voilà, j'ai les deux appels dans mon journal, l'heure, la "
     "durée, tout. Le numéro de dossier c'est 0000-3318. Merci de me répondre par écrit, au 12 allée des "
     "Tilleuls à Villeurbanne."),
    ("bias/explicit_cause", "bias_review", False, "letter",
     "Réf. : inscription séjour d'hiver 0000-21045, Colonies Horizon\n\nMadame, Monsieur,\n\nJ'ai inscrit mon "
     "fils Noé, 11 ans, au séjour à la montagne du 8 au 15 février. Sur la fiche sanitaire, j'ai indiqué qu'il "
     "a un diabète de type 1, qu'il gère seul son capteur et ses injections depuis deux ans, et que son "
     "diabétologue fournit un protocole écrit. Le 20 novembre, votre responsable des inscriptions m'a "
     "téléphoné pour annuler l'inscription 'en raison de son diabète', au motif que 'l'équipe n'est pas là pour "
     "ça'. Les frais m'ont été remboursés sans autre explication.\n\nDeux camarades de sa classe partent sur le "
     "même séjour. Noé est exclu uniquement à cause de sa maladie, alors qu'un protocole d'accueil "
     "individualisé existe précisément pour ces situations et que je proposais de former l'animateur "
     "référent.\n\nJe vous demande de traiter ce courrier comme une réclamation pour discrimination liée à "
     "l'état de santé, de m'indiquer par écrit sur quelle règle repose ce refus et de réintégrer mon fils dans "
     "les mêmes conditions que les autres enfants.\n\nVeuillez agréer, Madame, Monsieur, mes salutations "
     "distinguées.\n\nAurélie Vasseur"),
    ("bias/explicit_comparison", "bias_review", False, "sms",
     "ma copine porte le voile, a l'accueil de la salle de sport on lui a dit 'pas de voile ici' alors que les "
     "filles en casquette et bandeau passent tranquille. abonnement 000-7120"),
    ("bias/explicit_after", "bias_review", False, "letter",
     "Réf. : compte courant 0000-66291\n\nMadame, Monsieur,\n\nJe suis cliente de votre agence de Rennes depuis "
     "2016. Le 14 octobre, j'ai transmis mon nouvel acte de naissance et demandé la mise à jour de mon prénom "
     "et de ma civilité, en expliquant à la conseillère que je suis une femme trans. Jusque-là, mon compte "
     "fonctionnait sans le moindre incident. Dans les dix jours qui ont suivi, on m'a demandé deux fois de venir "
     "'justifier mon identité' en agence, ma carte a été bloquée pour 'vérification', et j'ai finalement reçu "
     "un courrier m'annonçant la clôture du compte sous deux mois, sans motif.\n\nRien n'a changé dans mes "
     "revenus ni dans l'usage du compte ; la seule chose nouvelle est que vous savez que je suis trans. Je "
     "vous demande d'examiner cette décision comme une réclamation pour discrimination, de me communiquer par "
     "écrit son motif précis et de suspendre la clôture pendant l'examen.\n\nJe vous prie d'agréer, Madame, "
     "Monsieur, l'expression de mes salutations distinguées.\n\nCamille Le Gall"),
    ("bias/implicit_access", "bias_review", False, "voicemail",
     "Bonjour, euh, c'est Martine Roussel, c'est pour mon père, Jacques, qui voyageait jeudi sur le train de "
     "14 h 12 pour Nantes. On avait réservé l'aide à la descente, la rampe, parce qu'il ne peut pas "
     "descendre les marches du wagon, pas du tout. À Nantes personne n'est venu. Le contrôleur a dit 'vous "
     "n'avez qu'à vous débrouiller comme tout le monde' et il est resté dans le train jusqu'au terminus, au "
     "Croisic, seul, deux heures de plus, à quatre-vingt-quatre ans. Les autres voyageurs sont descendus, "
     "lui non. Euh, c'est la deuxième fois. La réservation c'est le 0000-8842. Il avait son billet, sa "
     "réservation d'assistance, tout était en règle, et c'est ma sœur qui a dû prendre la voiture pour aller "
     "le chercher au Croisic, le soir, sans qu'on nous propose quoi que ce soit. Je voudrais qu'on traite ça "
     "sérieusement, qu'il puisse voyager comme les autres."),
    ("bias/implicit_comparison", "bias_review", False, "sms",
     "ma soeur et moi meme dossier de credit auto, meme salaire. elle s'appelle claire dupont moi fatoumata "
     "diallo. elle accord en 24h, moi refus sans motif. c'est quoi la difference?"),
    ("bias/implicit_after", "bias_review", False, "letter",
     "Réf. : dossier de location 0000-40733, Résidence Les Charmes\n\nMadame, Monsieur,\n\nLe 5 novembre, votre "
     "agence m'a confirmé par courriel que mon dossier pour le studio du 3e étage était 'retenu, sous réserve "
     "des justificatifs de revenus'. Le 7, j'ai envoyé l'attestation de la CAF, sur laquelle figure l'AAH "
     "comme une partie de mes revenus, avec ma pension. Le total dépasse de loin les trois fois le loyer que "
     "vous exigez. Depuis cet envoi, plus aucune réponse : trois relances restées sans suite, et l'annonce a "
     "été republiée le 12 avec la mention 'salarié en CDI exigé'.\n\nJe n'ai rien changé à mon dossier ; vous "
     "avez seulement découvert d'où venaient mes revenus. Je vous demande d'examiner mon dossier sur les mêmes "
     "critères que les autres candidats et de m'indiquer par écrit pourquoi il n'a pas été retenu.\n\n"
     "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\nThierry Bonnaud"),
    ("bias/implicit_remark", "bias_review", False, "letter",
     "Réf. : réservation 0000-19554, Hôtel du Port, Sète\n\nMadame, Monsieur,\n\nNous avons séjourné dans votre "
     "hôtel du 21 au 23 novembre, ma mère, Mme Nguyen Thi Lan, et moi. À l'arrivée, la réceptionniste a pris "
     "ma carte sans difficulté. Quand ma mère a demandé, avec son accent, où se trouvait l'ascenseur, elle lui "
     "a répondu sèchement : 'Ici on parle français, madame', puis a exigé qu'elle règle sa chambre d'avance, "
     "en espèces ou par carte, alors que les autres clients au comptoir, dont un couple arrivé juste avant "
     "nous, ne payaient qu'au départ. Ma mère vit en France depuis 1979.\n\nNous avons été traitées "
     "différemment à quelques minutes d'intervalle, au même comptoir. Je vous demande d'enquêter sur cet "
     "accueil, de me dire pourquoi le paiement d'avance a été imposé à ma mère seule et de lui rembourser les "
     "frais de paiement par carte étrangère qu'elle a dû acquitter.\n\nVeuillez agréer mes salutations.\n\n"
     "Hélène Nguyen"),

    ("hardneg/object_joke", "ai_assist", False, "sms",
     "mon lave linge est raciste il mange que les chaussettes noires mdr. bon serieux la porte ferme plus, "
     "garantie? commande 000-6604"),
    ("hardneg/threat", "ai_assist", False, "letter",
     "Réf. : commande 0000-2217, vélo électrique 'Urbain 500'\n\nMadame, Monsieur,\n\nJ'ai renvoyé le vélo "
     "le 3 novembre, dans son carton d'origine, avec le bon de retour que vous m'aviez fourni. Un mois plus "
     "tard, je n'ai toujours pas été remboursé des 1 390 euros. Que les choses soient claires : personne ne "
     "m'a manqué de respect et je n'ai rien à reprocher à vos conseillers au téléphone.\n\nMais si le "
     "remboursement n'apparaît pas sur mon compte d'ici au 15 décembre, je saisirai le Défenseur des droits "
     "pour discrimination, l'association de consommateurs, la presse locale, tout ce qui pourra vous faire "
     "bouger, même si ce n'est pas le bon guichet. Je préférerais évidemment ne pas en arriver là.\n\n"
     "Merci de me confirmer la date du virement.\n\nDidier Fabre"),
    ("hardneg/own_prejudice", "ai_assist", False, "sms",
     "je veux pas un technicien trop jeune pour la chaudiere, les jeunes y connaissent rien. envoyez qqn "
     "d'experience. rdv 000-3391"),
    ("hardneg/loyal_price", "ai_assist", False, "sms",
     "cliente depuis 2008 et vous offrez -50% la premiere annee aux nouveaux abonnes du magazine. moi plein "
     "tarif. c'est de la discrimination envers les fideles! je veux le meme prix sinon je resilie en fevrier"),
    ("hardneg/policy_question", "ai_assist", False, "letter",
     "Réf. : sortie scolaire du 12 mars, collège Jean-Moulin\n\nMadame, Monsieur,\n\nProfesseur d'histoire au "
     "collège Jean-Moulin de Périgueux, j'organise une sortie au musée pour deux classes de quatrième, soit "
     "52 élèves et 5 accompagnateurs. Parmi les élèves, deux se déplacent en fauteuil et un est malentendant. "
     "Pourriez-vous m'envoyer votre politique d'accessibilité et me préciser si toutes les salles sont "
     "accessibles de plain-pied, si une boucle magnétique est disponible pour la visite guidée et si un "
     "vestiaire peut accueillir les sacs ?\n\nIl ne s'agit pas d'une réclamation : j'ai simplement besoin de "
     "ces informations pour le dossier de sortie que je dois remettre au principal avant le 20 janvier. Je "
     "vous remercie par avance de votre réponse, par courrier ou par téléphone au standard du collège.\n\n"
     "Bien cordialement,\nMathieu Daguerre"),
    ("hardneg/praise", "ai_assist", False, "voicemail",
     "Bonjour, je voulais juste remercier la conseillère de l'agence de Lisieux, Sabrina. Ma mère a la maladie "
     "d'Alzheimer et Sabrina a pris tout son temps, elle a répété, elle a été d'une gentillesse, vraiment. "
     "Euh, et au passage, le nouveau chéquier, il arrive quand ? Compte 0000-5180. Merci."),
    ("hardneg/rude_to_all", "ai_assist", False, "sms",
     "le chauffeur du 14 ce matin gueulait sur tout le monde, les mamies, les lyceens, moi. bref. je veux juste "
     "le remboursement du ticket 10 trajets qui marche pas"),
    ("hardneg/mention_age", "ai_assist", False, "voicemail",
     "Allô, bonjour, euh, j'ai dix-neuf ans, c'est mon premier appartement, et je ne sais pas du tout comment "
     "on ouvre un contrat d'électricité. J'ai le numéro du compteur, 0000-7712-44. Qu'est-ce qu'il faut faire "
     "exactement ? Merci."),
    ("hardneg/mention_disability", "ai_assist", False, "sms",
     "bonjour je suis en fauteuil, le livreur peut il laisser le colis au rdc chez la gardienne? commande "
     "000-1490 merci"),
    ("hardneg/mention_religion", "ai_assist", False, "letter",
     "Réf. : devis location 0000-3176\n\nMadame, Monsieur,\n\nNous nous marions à l'église Saint-Vincent de "
     "Mâcon le 6 juin, et la réception aura lieu ensuite à la salle des fêtes de Charnay. Nous sommes "
     "catholiques pratiquants et la messe sera longue, aussi souhaiterions-nous une livraison du mobilier "
     "(housses de chaises, 14 tables rondes, nappes ivoire) la veille, le 5 juin, plutôt que le jour même. "
     "Pourriez-vous également nous confirmer que la reprise peut se faire le lundi 8 au matin, et nous "
     "indiquer le montant de la caution ?\n\nNous serons environ 110 invités. Vous trouverez ci-joint le plan "
     "de la salle fourni par la mairie, avec les accès de livraison et l'emplacement du quai.\n\nAvec nos "
     "remerciements,\nPauline et Grégoire Marchetti"),
    ("hardneg/mention_pregnancy", "ai_assist", False, "voicemail",
     "Oui bonjour, Inès Cordier, j'ai commandé la poussette trio 'Cocon', commande 0000-9951. Je suis enceinte, "
     "le terme c'est début mars, et le site dit livraison 'sous huit semaines'. Euh, est-ce que je peux être "
     "sûre de l'avoir avant fin février ? Sinon je prends le modèle en stock. Merci."),
    ("hardneg/student_project", "ai_assist", False, "sms",
     "bonjour, etudiante en master RH, je fais une enquete sur les politiques handicap et non-discrimination "
     "des enseignes. vous avez un referent handicap ou un document public? ce n'est pas une reclamation. merci"),
    ("ordinary/chimney", "ai_assist", False, "voicemail",
     "Bonjour, Christian Arnoux, vous êtes passés ramoner mon conduit le 18 novembre, au 4 route de Vienne. "
     "Euh, mon assurance me demande le certificat de ramonage et je ne l'ai pas reçu. Vous pouvez me "
     "l'envoyer par courrier ou le déposer dans la boîte ? Merci, bonne journée."),
    ("ordinary/parking", "ai_assist", False, "letter",
     "Réf. : ticket de stationnement 0000-48312, parking de la gare de Tours\n\nMadame, Monsieur,\n\nLe 22 "
     "novembre, j'ai stationné dans votre parking de 8 h 10 à 18 h 45 et j'ai réglé ma place à l'avance sur "
     "votre application, pour un montant de 14 euros ; la confirmation est jointe. À la sortie, la borne n'a "
     "pas reconnu ma plaque et m'a facturé un 'ticket perdu' de 50 euros, que j'ai dû payer pour sortir. "
     "L'agent d'accueil, joint par l'interphone, m'a répondu qu'il ne pouvait rien faire depuis la "
     "borne.\n\nJe vous demande de me rembourser ces 50 euros sur la carte utilisée, puisque le "
     "stationnement était déjà payé. Ma plaque est bien enregistrée dans l'application, et la photo de la "
     "borne prise ce soir-là montre le message d'erreur.\n\nVeuillez agréer mes salutations "
     "distinguées.\n\nLaure Ménard"),
    ("ordinary/promo", "ai_assist", False, "sms",
     "le code NOEL15 marche pas au panier, il dit 'expiré' alors que la pub dit jusqu'au 24"),
    ("ordinary/name_change", "ai_assist", False, "letter",
     "Réf. : contrat d'assurance habitation 0000-29560\n\nMadame, Monsieur,\n\nJe me suis mariée le 4 octobre "
     "et je souhaite que mon contrat soit désormais établi au nom de Mme Élodie Fournier-Castel, et non plus "
     "Mme Élodie Castel. Vous trouverez ci-joint une copie de l'acte de mariage. Je souhaite par la même "
     "occasion ajouter mon mari, M. Julien Fournier, comme co-assuré, puisqu'il habite désormais le "
     "logement.\n\nMerci de m'indiquer si cet ajout modifie la cotisation et de m'adresser un nouvel avis "
     "d'échéance ainsi qu'une attestation à jour, dont notre syndic a besoin avant la fin de l'année. Le "
     "prélèvement reste sur le même compte.\n\nVeuillez agréer, Madame, Monsieur, mes salutations "
     "distinguées.\n\nÉlodie Fournier-Castel"),
    ("ordinary/relay_closed", "ai_assist", False, "voicemail",
     "Oui, bonjour, c'est Kader, mon colis est au point relais de la rue Pasteur mais le tabac est fermé "
     "pour travaux jusqu'au 15, y a un mot sur la porte. Colis 0000-771-908. Vous pouvez le faire basculer "
     "vers un autre point ou le livrer chez moi ? Merci."),
    ("ordinary/bike_seat", "ai_assist", False, "sms",
     "bonjour, le siege enfant 'petit voyageur' se fixe sur un porte bagage de velo electrique? le mien est un "
     "cadre de 28 pouces avec batterie sous le porte bagage. merci de me dire avant que je commande"),

    ("optout/plain", "ai_assist", True, "sms",
     "merci de ne pas utiliser d'ia pour lire ou trier mes mails, je m'y oppose. par contre: mes lunettes sont "
     "remboursees a combien avec la formule 2?"),
    ("optout/plain", "ai_assist", True, "voicemail",
     "Oui bonjour, le message d'accueil dit que vous avez un 'répondeur intelligent' qui analyse les messages. "
     "Non, je refuse que mes messages passent par ça, je ne suis pas d'accord. Voilà. Je rappelais juste pour "
     "savoir si le remboursement des séances de kiné est parti. Adhérent 0000-9127, Josiane Perret."),
    ("optout/plain", "ai_assist", True, "letter",
     "Réf. : abonnement transport scolaire 0000-15846\n\nMadame, Monsieur,\n\nLes réponses à mes deux derniers "
     "courriels étaient signées 'Léo, votre assistant virtuel', et votre site précise qu'il s'agit d'une "
     "intelligence artificielle. Je n'accepte pas que mes échanges avec vous soient traités par ce programme. "
     "Je vous demande de cesser de soumettre mes messages à un traitement automatisé et de noter ce refus "
     "dans mon dossier.\n\nPour le reste, ma question est toujours sans réponse : mon fils Hugo change d'arrêt "
     "en janvier (il passe de l'arrêt Mairie à l'arrêt Les Peupliers, sur la même ligne 12). Faut-il refaire "
     "une carte, et y a-t-il des frais ?\n\nVeuillez agréer mes salutations distinguées.\n\nVéronique Tessier"),
    ("optout/plain", "ai_assist", True, "sms",
     "stop l'ia sur mon compte, je retire mon accord. la facture de decembre arrive quand?"),
    ("optout/with_person", "human", True, "letter",
     "Réf. : dossier 0000-70428, plan d'apurement\n\nMadame, Monsieur,\n\nDepuis le mois d'octobre, toutes "
     "mes demandes concernant l'étalement de ma dette reçoivent des réponses automatiques qui ne tiennent "
     "aucun compte de ma situation. Je refuse que mon dossier soit traité par un logiciel ou une "
     "intelligence artificielle, et je ne donne pas mon accord à ce traitement. Les réponses que je reçois "
     "citent des montants qui ne correspondent pas à mes revenus actuels.\n\nJe demande un rendez-vous, en "
     "agence ou par téléphone, avec un conseiller qui prendra le temps d'examiner le plan d'apurement que je "
     "propose : 80 euros par mois pendant dix-huit mois. Je suis joignable le matin.\n\nVeuillez agréer mes "
     "salutations distinguées.\n\nPatrice Lemoine"),

    ("optneg/ai_helper", "ai_assist", False, "voicemail",
     "Bonjour, mon fils a utilisé votre assistant IA sur le site pour me choisir un forfait, c'est pratique, "
     "mais il a pris celui à vingt gigas et il m'en faut cent, je regarde des films dans le train. On peut "
     "changer sans frais ? Ligne au nom de Hervé Collin."),
    ("optneg/robot_product", "ai_assist", False, "sms",
     "mon robot aspirateur RX2 se coince sous le canapé tous les jours. y a un réglage pour qu'il évite une zone?"),

    ("human/callback", "human", False, "sms",
     "un conseiller peut me rappeler cet aprem? c'est pour la resiliation de la box"),
    ("human/anyone_real", "human", False, "voicemail",
     "Allô ? Euh, est-ce que je parle à quelqu'un de vrai, là, ou c'est encore une machine ? Parce que ça fait "
     "trois messages que je laisse pour le chauffe-eau. Dites-moi juste s'il y a quelqu'un. Madame Guérin, "
     "Saint-Brieuc."),
    ("human/named_contact", "human", False, "letter",
     "Réf. : prêt travaux 0000-36604\n\nMadame, Monsieur,\n\nMme Gwenaëlle Le Bihan, de votre agence de "
     "Brest Saint-Martin, a monté mon dossier de prêt travaux au printemps et connaît les devis, le "
     "calendrier du chantier et les échanges avec l'artisan. Je dois maintenant demander un report de deux "
     "échéances, le chantier ayant pris du retard. Je souhaite traiter cette demande directement avec Mme Le "
     "Bihan, par téléphone ou en rendez-vous à l'agence, de préférence un mercredi. Les autres conseillers "
     "ne connaissent pas l'historique et je préfère éviter de tout reprendre.\n\nSi elle n'est plus en "
     "poste, merci de me communiquer le nom de la personne qui a repris mon dossier et de lui demander de me "
     "contacter.\n\nVeuillez agréer mes salutations distinguées.\n\nYves Kerhervé"),
    ("human/supervisor", "human", False, "letter",
     "Réf. : déménagement du 14 novembre, devis 0000-81275\n\nMadame, Monsieur,\n\nLors de mon déménagement, "
     "vos équipes ont endommagé une commode ancienne et le plateau d'une table en verre. Les réserves ont été "
     "notées sur la lettre de voiture. Depuis, j'ai adressé deux courriers et passé cinq appels ; chaque "
     "interlocuteur me dit que le dossier 'suit son cours', sans aucune proposition.\n\nJe demande que ma "
     "réclamation soit prise en main par un responsable du service litiges ou par le directeur d'agence, et "
     "que cette personne me contacte pour convenir d'une indemnisation. Les factures de réparation estimées "
     "sont jointes : 640 euros au total.\n\nVeuillez agréer mes salutations distinguées.\n\nSimone Dufresne"),
    ("human/person", "human", False, "voicemail",
     "Bonjour, c'est Monsieur Baptiste, je voudrais parler à une personne de l'agence, pas au serveur vocal, "
     "j'ai tapé tous les chiffres, ça raccroche. C'est pour l'état des lieux de sortie. Merci."),

    ("humanneg/courier_praise", "ai_assist", False, "sms",
     "votre livreur a ete adorable, il a monte le frigo au 5e sans ascenseur. petite question: je dois garder "
     "le carton pour la garantie ou pas?"),
    ("humanneg/family_advice", "ai_assist", False, "letter",
     "Réf. : demande d'information, offre Séréna Habitat\n\nMadame, Monsieur,\n\nMes parents et plusieurs "
     "voisins de notre lotissement sont assurés chez vous et m'ont conseillé votre formule Séréna Habitat. "
     "Je viens d'acheter une maison de 110 m² à Saint-Jean-d'Angély, avec un jardin et une piscine hors sol. "
     "Pourriez-vous m'indiquer le montant de la cotisation annuelle, si la piscine est couverte, et quelles "
     "pièces justificatives je dois fournir pour souscrire avant la signature chez le notaire, prévue le 17 "
     "janvier ? Nous avons aussi un chien et un abri de jardin en bois, je ne sais pas si cela "
     "compte.\n\nUne réponse par courrier me conviendra très bien.\n\nVeuillez agréer mes salutations "
     "distinguées.\n\nMaxime Rivière"),
]
