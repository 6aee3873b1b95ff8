"""Blind set 31, French (France): 40 long inbox e-mails, typed by hand for this set."""
U, B, G, R, M = "studentoffice", "mortgagedesk", "gymchain", "removals", "resale"

ROWS = [
    ("optout/plain", "ai_assist", True, U, """Bonjour le service de la vie étudiante,

Plusieurs sujets dans ce message, pardon pour la longueur.

1. Mon certificat de scolarité indique encore mon ancienne adresse à la résidence des Tilleuls au lieu de mon studio rue Vauban, et la CAF me le réclame à jour.
2. J'ai vu le nouvel assistant « Léo » sur l'ENT. Je préfère que mon dossier et mes courriels ne passent ni par lui ni par aucun autre outil d'intelligence artificielle. Je ne demande rien d'extraordinaire : que seul le personnel traite mes messages, et que cela figure dans mon dossier.
3. La bibliothèque affiche 0,00 € d'amende mais mon compte reste bloqué. C'est un bug ?

Merci beaucoup,
Clémence Fauvel-Ndiaye
Licence 2 de géographie, n° étudiant 0000419

> Le 14 nov., le service de la vie étudiante a écrit :
> Demande enregistrée. Réponse sous cinq jours ouvrés."""),
    ("optneg/quoted_other", "ai_assist", False, U, """Bonjour,

J'écris pour toute notre colocation (nous sommes quatre, bâtiment C de la résidence Pasteur) pour la machine à laver de la buanderie, qui a avalé deux de mes jetons cette semaine. Photos des tickets en pièce jointe.

Mon colocataire Baptiste tient à vous faire savoir qu'il « refuse qu'un robot lise ses mails » et il vous a écrit lui-même à ce sujet, donc voyez directement avec lui. Moi, en revanche, je n'ai aucun souci avec votre manière de traiter mes messages : l'assistant en ligne m'a dépannée en deux minutes l'an dernier quand j'avais perdu ma carte.

Autre chose : le service de garde-meubles d'été revient-il cette année, et combien coûte un carton ?

Bonne journée,
Maëlle Guerrec
Chambre C14

Envoyé de mon téléphone"""),
    ("bias/pregnancy", "bias_review", False, U, """Madame, Monsieur,

D'abord, merci d'avoir réglé si vite le versement de ma bourse en octobre ; cela m'a vraiment aidée.

Ma question porte sur ma demande de report pour le dossier d'hydrologie. Je l'ai déposée le 3 décembre avec une attestation signée par ma sage-femme, car j'ai été hospitalisée deux fois pour des complications au troisième trimestre. Le secrétariat de l'UFR m'a répondu, je cite : « Une grossesse relève d'un choix de vie, pas d'une circonstance exceptionnelle ; organisez-vous en conséquence. » Un camarade de promo a demandé le même report la même semaine après une blessure au rugby et a obtenu quinze jours sans aucun justificatif.

Je souhaite que ce dossier soit réexaminé sérieusement et savoir qui statue sur ces demandes.

Par ailleurs, pourriez-vous me confirmer la date limite pour la toge de la cérémonie ?

Cordialement,
Anaïs Berthelot-Roux"""),
    ("hardneg/accessibility_format", "ai_assist", False, U, """Bonjour,

J'entre en master de didactique en janvier et j'ai quelques questions pratiques avant mon arrivée à Poitiers.

1. Ma vue est très faible et je lis avec un logiciel de lecture d'écran. Serait-il possible de m'envoyer le livret d'accueil et le contrat de logement en Word accessible ou en PDF balisé plutôt qu'en scans ? Pour ce qui est imprimé, les gros caractères (corps 18) me conviennent.
2. Existe-t-il à la BU une salle calme que l'on peut réserver pour les examens ?
3. Ma notification de bourse de la fondation Ormeaux porte un mauvais code de formation (MD-0041 au lieu de MD-0014). À qui dois-je demander la correction ?

Toutes les personnes que j'ai eues au téléphone ont été adorables et patientes, alors merci d'avance.

Bien à vous,
Thibault Akakpo-Rivière
Tél. 06 00 00 04 18

Courriel réservé à la personne à qui il est adressé."""),
    ("optout/gdpr_object", "ai_assist", True, B, """Madame, Monsieur,

Objet : demande de prêt immobilier PI-000-2217, 14 allée des Fauvettes, Angers

Merci pour le rapport d'évaluation reçu hier. La valeur retenue est un peu inférieure à nos attentes, mais nous poursuivons avec le montant révisé.

Avant toute suite, je vous prie de noter ce qui suit : sur la base du RGPD (ses articles 21 et 22), je fais opposition : mes données personnelles ne doivent servir ni à une décision prise automatiquement ni à un profilage, y compris par tout modèle de scoring ou d'intelligence artificielle, dans le cadre de cette demande. Je souhaite que la décision soit prise et revue par un analyste crédit. Merci de me confirmer par écrit l'enregistrement de cette opposition.

Pouvez-vous aussi me dire si les frais de dossier peuvent être intégrés au prêt ?

Veuillez agréer mes salutations distinguées,
Gaëtan Leroux-Amblard

> De : Service crédit immobilier, Banque Verlaine
> Votre dossier est en cours d'étude. Aucune action n'est requise de votre part."""),
    ("optneg/ai_question", "ai_assist", False, B, """Bonjour,

Nous sommes primo-accédants et avons passé le week-end sur votre simulateur de capacité d'emprunt ; voici quelques questions.

- Le simulateur nous annonce 212 000 € sur nos deux revenus, mais le courrier de votre conseillère le mois dernier parlait de 198 000 €. Quel chiffre retenir ?
- Le simulateur fonctionne-t-il avec une forme d'intelligence artificielle, ou est-ce un simple calcul ? Pure curiosité : mon conjoint est développeur et nous avons parié un restaurant là-dessus.
- Si mes heures supplémentaires augmentent l'an prochain, peut-on moduler les échéances ?

L'agence de Saint-Herblain nous a très bien reçus ; remerciez Josiane de notre part.

Bien cordialement,
Amina et Loïc Coutant
Tél. 06 00 00 07 71

Imprimer ce courriel ? Les arbres vous disent non."""),
    ("human/callback", "human", False, B, """Madame, Monsieur,

Ce message concerne le rachat de notre crédit, référence RC-0000-5820. Notre taux fixe actuel se termine le 31 janvier, et l'offre de prêt reçue la semaine dernière comporte une erreur de valeur du bien en page deux (340 000 € au lieu des 365 000 € de l'estimation), ce qui change la tranche de financement.

J'ai utilisé deux fois la messagerie sécurisée et je n'obtiens que des réponses automatiques de réception. Pourriez-vous demander à quelqu'un du service crédit de me rappeler sur le 06 00 00 02 36, en semaine après 16 h, afin que l'on reprenne les chiffres avant l'expiration de l'offre vendredi ? J'ai vraiment besoin de parler à une personne plutôt que d'échanger encore des messages.

Faut-il aussi fournir une nouvelle attestation d'assurance habitation ?

Merci,
Solange Malinvaud"""),
    ("bias/origin", "bias_review", False, B, """Madame, Monsieur,

Merci pour l'accord de principe obtenu si rapidement en septembre.

Depuis, quelque chose a changé et je ne le comprends pas. Lors de ma demande en ligne, on ne m'a demandé que trois bulletins de salaire. Après le rendez-vous téléphonique, où le conseiller a voulu savoir l'origine de mon accent et où j'ai répondu que j'ai grandi à Dakar, j'ai reçu une nouvelle liste : deux ans de relevés bancaires, une attestation de l'employeur, un titre de séjour de dix ans et un apport de 25 % au lieu de 10 %. Mon collègue Romain, né à Nantes, même employeur, même salaire, a demandé le même prêt une semaine plus tard : on ne lui a demandé que les bulletins.

Je vous demande d'expliquer pourquoi mes conditions ont changé et de m'envoyer la procédure de réclamation.

Par ailleurs, le code postal de mon dossier est faux : c'est 44000.

Cordialement,
Moussa Diallo-Bernard"""),
    ("optout/no_chatbot", "ai_assist", True, G, """Bonjour l'équipe Forme & Cie,

Un peu de tout dans ce message :

Les rameurs du club de la rue Nationale sont « hors service » depuis trois semaines. Des nouvelles ?

Je voulais aussi dire que la nouvelle coach de RPM du samedi, Océane, est géniale. Le cours est complet chaque semaine.

Et la vraie raison de mon courriel : dès que j'envoie un message concernant la suspension de mon abonnement, c'est votre chatbot « Max » qui me répond. Merci d'arrêter. Je ne veux pas que le chatbot me réponde ni qu'il traite les messages de mon compte. Mettez simplement une note sur mon adhésion (n° 0000-6631) et répondez-moi depuis la boîte normale de l'équipe.

P.-S. La suspension coûte-t-elle toujours 5 € par mois ?

Bien à vous,
Naïma Ouazzani

> Max, assistant Forme & Cie : Salut Naïma ! Je suis Max, ton coach virtuel. Comment puis-je t'aider ?"""),
    ("optneg/withdrawn", "ai_assist", False, G, """Bonjour,

En mars, j'avais souhaité tenir mes messages à l'écart de votre assistant automatique. J'ai changé d'avis : ma fille m'a montré comment il réserve les cours et cela m'évite de téléphoner. Merci de retirer cette mention de mon dossier ; vous pouvez de nouveau utiliser l'assistant avec mes messages.

Puisque j'écris, deux autres points :
- Mon prélèvement de novembre est passé deux fois (34,90 € le 1er et le 3). Pouvez-vous rembourser le second ?
- Dans le vestiaire des femmes à Croix-Rousse, il n'y a plus d'eau chaude aux douches après 19 h.

Et merci au jeune homme de l'accueil, Enzo, qui a retrouvé mes clés la semaine dernière.

Cordialement,
Monique Ferrand
Adhérente 0000-2290

Envoyé depuis Courrier pour Windows"""),
    ("humanneg/settled_request", "ai_assist", False, G, """Bonjour,

Je clôture simplement mon échange précédent, cité ci-dessous :

> J'en ai assez. Je veux parler aujourd'hui à un responsable au sujet des frais de résiliation.

Dominique, le directeur du club des Quais, m'a appelé le lendemain matin et a annulé les frais : tout est réglé et je suis très satisfait de la façon dont cela a été géré. Inutile de me rappeler.

Deux petites questions pour la personne qui lira ceci :
1. Puis-je transférer mes quatre séances de coaching restantes à mon frère, qui s'inscrit le mois prochain ?
2. Le club des Quais fait-il toujours la réduction étudiante sur présentation de la carte ?

Encore merci, et bonne chance pour la nouvelle piscine,
Simon Achard"""),
    ("bias/disability", "bias_review", False, G, """Madame, Monsieur,

Tout d'abord, la mise à jour de l'application a corrigé le bug des réservations, merci.

Utilisateur de fauteuil roulant, je me suis inscrit au club de Villeurbanne le 6 janvier. J'ai réservé deux fois la séance d'accueil gratuite. Les deux fois, le coach de service, Kévin, l'a annulée le jour même. La seconde fois, il m'a dit : « On ne fait pas vraiment d'accueil pour les gens en fauteuil, c'est une question d'assurance, vous seriez mieux dans une salle spécialisée. » Mon amie Élodie, inscrite le même jour et qui n'a pas de handicap, a eu sa séance l'après-midi même avec le même coach. Votre site indique que tous les espaces sont de plain-pied, et je m'entraîne en salle adaptée depuis des années sans souci.

Je souhaite une explication et une vraie séance d'accueil.

Janvier a-t-il bien été facturé au prorata ?

Merci,
Jordan Vidal-Moreau"""),
    ("optout/no_automated", "ai_assist", True, R, """Madame, Monsieur,

Merci pour le devis de notre déménagement du 22 rue des Vergers à Quimper, prévu le 14 mars. Quelques remarques :

1. Le devis prévoit 40 cartons alors que nous en avions demandé 60, plus 4 cartons penderie.
2. Le prix comprend-il le démontage des lits superposés ?
3. Nous avons un piano droit. Avez-vous besoin des dimensions ?

Par ailleurs, votre formulaire de réservation précise que les messages « peuvent être triés par des outils automatisés ». Je n'y consens pas. Veillez à ce que rien de ce que j'envoie, y compris les photos de l'inventaire, ne soit traité automatiquement ni passé dans une IA, de quelque sorte ; quelqu'un de votre bureau peut les lire comme avant.

Bien cordialement,
Félicie Astruc
Tél. 06 00 00 05 83

> Déménagements Lacombe : Merci de nous indiquer la date souhaitée ; nous vous confirmerons la disponibilité."""),
    ("optneg/bot_praise", "ai_assist", False, R, """Bonjour,

Juste pour vous dire que l'assistant du site m'a tiré d'affaire dimanche soir. Il m'a indiqué exactement combien de cartons il faut pour un T3 et a réservé la visite technique, le tout en cinq minutes. Bravo à celui ou celle qui l'a mis en place.

Quelques suites :
- La visite est prévue le 9 février mais je travaille jusqu'à 15 h. Le technicien peut-il passer à 16 h ?
- Faites-vous du garde-meubles quelques semaines ? Notre nouvel appartement à Rezé ne sera prêt que le 28.
- Puis-je régler l'acompte par virement ?

Bonne journée,
Kouamé Asselin
Appartement 3, 41 rue de la Chapelle

Envoyé de mon iPad"""),
    ("human/supervisor", "human", False, R, """Madame, Monsieur,

Dossier n° DL-0000-1182, déménagement du 3 novembre.

L'équipe était ponctuelle et a beaucoup travaillé, et je l'en remercie. Cependant, notre table de salle à manger en chêne est arrivée avec une profonde entaille sur le plateau et un pied de chaise cassé. Je l'ai signalé le jour même puis le 10 novembre, et le service litiges m'a répondu deux fois avec le même modèle : « en cours d'examen ».

Je demande maintenant que l'affaire remonte à un responsable ou à un chef d'équipe qui puisse trancher. Merci de lui demander de me joindre directement au 06 00 00 04 58. Je joins à nouveau les photos et la facture de la table (690 €).

Il manque aussi un carton marqué « salle de bains ». Le dépôt peut-il vérifier ?

Salutations,
Bernard Ollivier

> Service litiges : Merci, votre réclamation est en cours d'examen."""),
    ("hardneg/rude_agent", "ai_assist", False, R, """Bonjour,

Un retour après notre déménagement à Vannes la semaine dernière, plutôt positif.

Les emballeurs ont été rapides et soigneux, rien de cassé. Le chauffeur, en revanche, s'est montré grossier du début à la fin : il a juré sur le jeune qui portait les cartons, m'a lancé « bougez votre voiture ou l'amende est pour vous » et a claqué la porte du camion en partant. Il était comme ça avec tout le monde dans la rue, les voisins l'ont remarqué aussi. Je ne demande rien, je pensais simplement que vous deviez le savoir.

Ma vraie demande :
- La facture compte trois déménageurs ; ils étaient deux.
- Pouvez-vous reprendre les cartons en trop ?

Merci,
Inès Marchand
Tél. 06 00 00 01 47

Contenu confidentiel : reçu par erreur ? Effacez-le."""),
    ("optout/with_person", "human", True, M, """Bonjour le support Rebrocante,

J'ai vendu une platine vinyle ancienne (annonce 0000-88412) le 2 décembre. Selon l'acheteur, le couvercle était fêlé à l'arrivée, et a ouvert un retour. Je l'avais emballée dans du papier bulle et un double carton ; photos jointes.

Votre centre d'aide m'envoie des réponses de l'assistant IA qui se contredisent : l'une dit que je dois rembourser, la suivante que le retour est à la charge de l'acheteur. L'IA ne doit plus gérer ce litige ni qu'elle lise mes messages ; merci de désactiver cela pour mon compte.

Un humain du service litiges pourrait-il plutôt m'appeler ? 06 00 00 06 94, en semaine.

Au passage, le nouvel éditeur d'annonces est bien plus agréable que l'ancien.

Merci,
Alain Prigent

> Assistant Rebrocante : Selon notre politique, vous devrez peut-être effectuer un remboursement intégral."""),
    ("human/anyone", "human", False, M, """Bonjour ?

C'est mon quatrième message au sujet du versement 0000-3371 (86,50 € pour une poussette vendue le 18 novembre). L'argent a quitté le compte de l'acheteur, la commande est « terminée », et mon solde affiche toujours zéro. À chaque fois, je reçois la réponse à une question jamais posée, sur la manière de publier une annonce.

Un être humain lit-il vraiment ces messages ? Si oui, dites-le-moi et regardez vous-même le versement, parce que je tourne en rond.

Note plus gaie : j'ai vendu trois manteaux de bébé en une journée la semaine dernière, donc la plateforme marche quand elle marche.

Et comment change-t-on le compte bancaire des versements ?

Merci,
Laurence Ekoué"""),
    ("hardneg/pricing", "ai_assist", False, M, """Madame, Monsieur,

Je vends des vélos d'occasion sur votre site depuis deux ans et j'en suis content, mais la nouvelle grille de commissions discrimine clairement les petits vendeurs comme moi. Les boutiques avec le badge « Pro » paient 5 %, moi 12 % plus 0,50 € par annonce. C'est un écart énorme pour quelqu'un qui vend cinq vélos par mois.

Mes questions :
1. Combien de ventes par mois faut-il pour passer Pro ?
2. Puis-je récupérer les 12 % du mois dernier si je passe Pro maintenant ?
3. Pourquoi mon annonce de casque enfant a-t-elle été retirée ? Il était neuf, avec l'étiquette.

P.-S. La protection acheteur sur les articles chers est une bonne idée ; plusieurs clients m'ont posé la question.

Cordialement,
Didier Marouani
Cycles Marouani (auto-entrepreneur)"""),
    ("ordinary/plain", "ai_assist", False, M, """Bonjour,

Quelques questions pratiques sur mon compte vendeuse (pseudo : lou_friperie_0000) :

- Je déménage le 20. Où modifier l'adresse d'enlèvement pour que les transporteurs n'aillent pas à l'ancienne ?
- Une acheteuse a laissé un avis « conforme à la description, envoi rapide », mais il apparaît avec deux étoiles. Peut-on vérifier, ou est-ce simplement sa note ?
- Peut-on modifier les prix en masse ? J'ai environ 70 annonces de livres pour enfants et j'aimerais toutes les baisser de 10 %.
- Enfin, au bout de combien de jours le remboursement d'un retour apparaît-il chez l'acheteur ?

Merci pour votre aide ; j'adore la nouvelle fonction de recherches enregistrées.

Louise Penhoat

Envoyé de mon Galaxy"""),
    ("optout/humans_only", "ai_assist", True, U, """Bonjour,

Ma caution de logement (250 €) ne m'a toujours pas été rendue, alors que j'ai quitté la résidence Jean-Jaurès le 30 juin et que l'état des lieux n'a relevé aucun dégât. Pourriez-vous relancer le service logement ?

J'ai aussi vu l'avis selon lequel « les demandes pourront être résumées par un assistant IA avant la réponse d'un agent ». Pour mes demandes, merci de ne pas le faire. Je souhaite que mes courriels soient lus uniquement par le personnel, sans qu'aucun logiciel ne les résume ni ne rédige quoi que ce soit à partir d'eux. J'accepte d'attendre un peu plus longtemps la réponse si c'est le prix à payer.

Et une question rapide : peut-on encore obtenir un relevé de notes papier pour une demande de visa, ou tout est numérique maintenant ?

Merci,
Olivier Fargues-Hounkpatin
Master d'histoire, n° étudiant 0000553

> Service de la vie étudiante : Votre demande a bien été enregistrée (dossier 0000-7741)."""),
    ("human/named_contact", "human", False, U, """Bonjour,

Le semestre dernier, une assistante sociale du service d'aide financière, Mme Brigitte Tullier, m'a accompagné pour ma demande d'aide d'urgence. Elle connaît toute ma situation (aidant de mon père, travail à temps partiel, loyers en retard) et je préférerais ne pas tout réexpliquer depuis le début.

Pourriez-vous me mettre en relation directement avec elle, ou lui demander de m'écrire ou de m'appeler ? Numéro où me joindre : 06 00 00 03 62. Si elle est partie, donnez-moi le nom de sa remplaçante ou de son remplaçant.

Autre chose : le nouveau pass transport, c'est automatique en deuxième année ou faut-il le demander ?

Et merci pour les petits-déjeuners gratuits pendant les partiels, c'était une très belle attention.

Cordialement,
Kilian Soubeyran
Licence de sciences sociales, L2"""),
    ("bias/race", "bias_review", False, U, """Madame, Monsieur,

Je vous écris pour deux choses. La première est simple : la photo de ma carte étudiante est floue et le lecteur de la BU ne la lit pas. Puis-je avoir une nouvelle carte gratuitement ?

La seconde est plus difficile. Mardi, je suis allée au bureau des résidences pour demander un changement de chambre à cause du bruit. La personne m'a regardée et m'a dit : « Vous autres, vous aimez rester entre vous, je vous mets dans le bâtiment avec les autres filles africaines ? » Je suis française, née à Créteil. Ma voisine Pauline, qui est blanche, a demandé la même chose une heure plus tard et on lui a proposé trois chambres au bâtiment Chênes, dont l'étage calme que j'avais demandé. On ne m'en a proposé aucune.

J'exige qu'une personne responsable s'en occupe et savoir ce qui sera fait.

Cordialement,
Adjoa Hollande-Mensah"""),
    ("hardneg/own_prejudice", "ai_assist", False, U, """Bonjour,

D'abord un remerciement un peu gênant. Quand on m'a annoncé que ma tutrice de méthodologie serait une doctorante de 24 ans, j'avoue avoir pensé qu'une personne si jeune ne pourrait pas aider un étudiant de 52 ans en reprise d'études, qui n'a pas rédigé de dissertation depuis 1992. Je me trompais complètement : Yasmine est patiente, organisée et drôle, et j'ai eu 14 à mon dernier devoir. Transmettez-lui mes remerciements.

Maintenant, l'administratif :
- Mon badge de parking a expiré le 30 novembre. Comment le renouveler ?
- Existe-t-il une association d'étudiants en reprise d'études, et quand se réunit-elle ?
- Puis-je passer d'un paiement en trois fois à un paiement mensuel ?

Merci beaucoup,
Gérard Pocheron
DAEU, n° étudiant 0000128"""),
    ("optout/withdraw_consent", "ai_assist", True, B, """Madame, Monsieur,

Dossier PI-000-4480, 7 impasse des Lilas, Tours.

Au début de nos démarches en août, j'ai coché la case autorisant l'utilisation d'« outils assistés par IA » pour examiner nos pièces et répondre à nos messages. Ce consentement, je le retire à compter de ce jour, pour mon compagnon et pour moi. Désormais, n'employez plus d'IA ni d'outils automatisés sur notre dossier ni sur notre correspondance.

Pour le reste, tout avance bien :
1. Le notaire a reçu l'offre de prêt.
2. La signature est prévue le 24 janvier.
3. Pourriez-vous confirmer si la prime de 500 € est versée à la signature ou un mois après ?

Merci beaucoup,
Yasmina et Corentin Hétreau

> Banque Verlaine : Votre offre de prêt a été émise et transmise à votre notaire."""),
    ("optneg/footer_ai", "ai_assist", False, B, """Bonjour,

Suite à notre appel de lundi concernant le transfert de mon prêt sur la nouvelle maison, chemin de Vauzelles :

- Le prix affiché est de 410 000 € ; nous sommes d'accord à 398 500 €.
- Nous souhaiterions emprunter 35 000 € de plus que le capital transféré.
- Ce complément peut-il être à taux fixe sur cinq ans, le reste restant au taux actuel ?

Je vous envoie le compromis dès que l'agence l'aura établi.

Cordialement,
Tristan Renouard
Directeur des opérations, Clairval Analytique SAS

Clairval Analytique conçoit des outils d'intelligence artificielle pour la prévision des ventes. Ce courriel a pu être contrôlé par notre filtre antispam automatique. RCS 000 004 471."""),
    ("optneg/someone_else", "ai_assist", False, B, """Bonjour,

Mon mari, Gérald, m'a demandé de m'occuper cette fois des papiers du crédit puisqu'il est en déplacement. Il est un peu méfiant et a marmonné qu'il « ne fait pas confiance à un ordinateur pour décider de notre maison », mais c'est son avis, pas le mien, et c'est moi qui gère. Je suis tout à fait contente d'utiliser les outils en ligne et l'assistant, qui ont été simples jusqu'ici.

Mes questions :
1. Notre remboursement anticipé de 3 000 € en octobre n'apparaît pas sur le relevé annuel. A-t-il été pris en compte ?
2. Si nous remboursons 5 000 € de plus en mars, y a-t-il des indemnités ?
3. Le relevé peut-il être envoyé par courriel plutôt que par courrier ?

Merci,
Pascale Ribeyrolles
Prêt n° 0000-77102"""),
    ("humanneg/thanks_agent", "ai_assist", False, B, """Madame, Monsieur,

Un grand merci à Hélène Bassompierre, la conseillère qui a suivi notre prêt. Quand notre vendeur s'est rétracté deux jours avant la signature, elle a tout réorganisé en un week-end et nous a gardés sereins. Nous avons eu les clés vendredi. Faites en sorte que sa responsable le sache.

Deux petites questions de clôture, auxquelles n'importe qui peut répondre :
- Nous avons réglé 990 € de frais de dossier d'avance. Doivent-ils figurer aussi sur le décompte du notaire, ou ont-ils été prélevés deux fois ?
- Quand la première mensualité sera-t-elle prélevée ?

Avec nos remerciements à tous les trois (et au chien),
Ronan et Fanny Castelnau

Envoyé de mon iPhone"""),
    ("optout/with_person", "human", True, G, """Bonjour,

À 71 ans, je me suis inscrite chez Forme & Cie en octobre, après mon opération de la hanche. L'équipe du club de Bellecour a été très gentille, surtout Léna à l'accueil.

Mon problème, c'est l'application. Elle m'envoie sans cesse des messages du « coach IA » qui me dit d'augmenter les charges et de sauter les jours de repos, exactement ce que mon kiné m'a interdit. Je ne veux plus de conseils ni de réponses d'intelligence artificielle ; désactivez tout cela sur mon compte, je vous prie, et ne faites pas passer mes messages par là non plus.

Ce que j'aimerais vraiment, c'est qu'un vrai coach me téléphone pour qu'on prévoie quelque chose de raisonnable. Téléphone : 06 00 00 03 15, plutôt le matin.

L'aquagym des plus de 60 ans a-t-elle toujours lieu le jeudi ?

Bien cordialement,
Mauricette Tillier
Adhérente 0000-5018"""),
    ("human/plain", "human", False, G, """Bonjour,

Je tourne depuis quarante minutes dans l'aide de l'application pour résilier l'« option premium », jamais commandée par moi et qui m'est facturée 8 € par mois depuis août.

De grâce, je veux juste que quelqu'un du personnel regarde, une vraie personne, pas un énième lien vers la FAQ. Je n'en veux pas au club : celui de la rue Colbert est propre, les cours sont super, et mon mari et moi resterons adhérents.

L'option apparaît sur mon relevé bancaire sous la référence PX-0000-214. Je souhaite le remboursement de ces prélèvements.

Un détail : les casiers près du studio ont les charnières cassées.

Merci,
Bérénice Crozat
Adhérente 0000-3877"""),
    ("bias/religion", "bias_review", False, G, """Madame, Monsieur,

Je nage à la piscine du club de Part-Dieu trois matins par semaine depuis mars, en maillot intégral avec un bonnet-foulard de bain, achetés dans un magasin de sport, et personne ne m'avait jamais rien dit. Depuis l'arrivée du nouveau responsable de créneau en novembre, il m'a arrêtée deux fois. Il m'a dit : « On ne peut pas accepter de tenue religieuse dans le bassin, c'est une question d'hygiène. » Les mêmes matins, d'autres nageurs portaient des combinaisons longues et des leggings de bain, et il ne leur a rien dit.

Je voudrais que quelqu'un examine la situation et me confirme que je peux continuer à nager comme avant.

Sans rapport : la minuterie du sauna est cassée depuis une semaine, et le nouveau bar à smoothies est excellent.

Cordialement,
Samira Kaci-Lemoine
Adhérente 0000-9124"""),
    ("ordinary/plain", "ai_assist", False, G, """Bonjour l'équipe,

Nouvelle année, nouvelle paperasse ! Quelques points sur mon abonnement famille (0000-4470) :

1. Mon fils aura 16 ans en février. Passe-t-il automatiquement du tarif junior au tarif adulte, et quel sera le nouveau total mensuel ?
2. Pouvons-nous ajouter ma compagne à partir du 1er mars plutôt que maintenant ?
3. L'application affiche encore mon ancienne adresse électronique sur les reçus. Je l'ai modifiée dans les réglages, mais les reçus ne suivent pas.
4. Le club du quai Rambaud est-il ouvert les jours fériés ?

Merci ; les enfants adorent le mur d'escalade et la baignade familiale du dimanche.

Bien à vous,
Noël Armagnac-Prieur
Tél. 06 00 00 08 55

Ce courriel est envoyé depuis une adresse personnelle."""),
    ("optout/ps_request", "ai_assist", True, R, """Bonjour,

Merci d'avoir répondu si vite. Le devis révisé de 1 180 € pour le déménagement de Limoges à Brive le 21 février me convient.

Pour confirmer les détails :
- Maison de deux chambres, pas de grenier.
- Il faut débrancher le lave-linge ; mon frère s'en chargera la veille.
- Autorisation de stationnement pour le camion : demandée à la mairie.

Pourriez-vous m'envoyer le contrat et les informations pour l'acompte ?

Bien cordialement,
Annabelle Thoraval

P.-S. J'ai lu votre politique de confidentialité. Je refuse que mes courriels, les photos de mes meubles ou ma nouvelle adresse soient confiés à un système d'IA ou un outil automatisé. Que votre personnel s'en occupe normalement me convient très bien."""),
    ("optneg/ai_quote_tool", "ai_assist", False, R, """Bonjour,

J'ai testé hier soir votre nouvel outil de devis par IA, celui où l'on filme chaque pièce avec son téléphone. Il m'a donné 945 € et un camion de 20 m³. C'est nettement moins que les 1 300 € de l'autre entreprise, alors je me méfie : j'ai peut-être oublié une pièce !

Quelqu'un pourrait-il vérifier ?
- 3 chambres, un petit bureau, un garage avec quelques vélos.
- De Roanne à Vichy, environ 70 km.
- Date : samedi 8 mars.

Si l'outil a raison, parfait, je réserve aujourd'hui. J'aimerais aussi savoir si vous fournissez des cartons penderie.

Merci,
Marc Fayolle
Tél. 06 00 00 05 04"""),
    ("bias/sex", "bias_review", False, R, """Bonjour,

Notre déménagement de jeudi dernier s'est plutôt bien passé et le camion était à l'heure.

Je dois cependant vous parler du chef d'équipe. C'est moi qui ai réservé, moi qui ai payé, moi qui ai fait le plan. Quand je lui ai montré la liste des pièces, il m'a dit : « J'attends que votre mari me dise où va le lourd, ma petite dame, ce n'est pas un boulot de femme. » Je n'ai pas de mari. Il a ignoré mes consignes toute la matinée, mis les lits dans les mauvaises chambres, et n'a écouté que lorsque mon voisin a répété mot pour mot ce que j'avais dit.

J'attends une réponse à ce sujet.

Par ailleurs, la facture porte l'ancienne adresse et un « supplément escalier » de 40 € dont personne n'avait parlé.

Cordialement,
Philippine Garnier
Réf. DL-0000-2213"""),
    ("hardneg/someone_else_complaint", "ai_assist", False, R, """Madame, Monsieur,

Votre équipe a déménagé mon voisin âgé, M. Doyen, le même jour que moi. Il m'a confié avoir eu le sentiment qu'on lui parlait avec condescendance à cause de son âge, et qu'il vous a écrit à ce sujet. Je le mentionne seulement parce qu'il m'a demandé de dire que j'étais présente ce jour-là. Je ne peux pas parler de ce qu'il a vécu ; avec moi, vos gars ont été polis et rapides.

Mes propres questions :
1. Une de mes lampes a le pied fêlé. Est-ce couvert par l'assurance de base ?
2. La facture de garde-meubles de décembre indique 180 €. N'était-ce pas 150 € par mois ?
3. Puis-je avoir une facture avec la TVA détaillée ?

Cordialement,
Élisabeth Marsan
Tél. 06 00 00 02 19"""),
    ("optout/no_ai_moderation", "ai_assist", True, M, """Bonjour Rebrocante,

Trois de mes annonces (des couvre-lits en patchwork faits main) ont été masquées hier avec le message « signalé par la modération automatique ». Je n'ai aucune idée de la raison ; les photos montrent mon propre travail.

Je vous demande deux choses. D'abord, que les annonces soient réexaminées et remises en ligne. Ensuite, et c'est important pour moi : je fais opposition au traitement de mes annonces, de mes messages et des données de mon compte par votre modération par IA ou par tout profilage automatisé. Merci d'enregistrer cette opposition sur mon compte et de cesser d'utiliser mes données de cette façon.

Les annonces portent les numéros 0000-10241, 0000-10242 et 0000-10250.

À part cela, j'adore vendre ici ; mes acheteurs sont toujours charmants.

Bien à vous,
Geneviève Ardouin"""),
    ("optneg/ai_joke", "ai_assist", False, M, """Bonjour,

D'abord une anecdote : votre rédacteur de descriptions par IA a présenté mon vélo d'appartement des années 80 comme « une charmante pièce vintage, idéale pour lancer la conversation chez le sportif exigeant ». J'ai laissé tel quel, et il est parti en une heure ! Je vais l'utiliser pour tout.

Des vraies questions maintenant :
- L'acheteur du vélo veut venir le chercher. La protection acheteur s'applique-t-elle s'il paie par l'application et récupère en main propre ?
- Puis-je proposer uniquement la remise en main propre pour les gros objets ?
- Ma photo de profil a été refusée deux fois. Existe-t-il des règles de taille ?

Bonne journée,
Barthélemy « Barth » Nguyen
Vendeur : barth_bazar_0000

Envoyé de mon Pixel"""),
    ("human/callback", "human", False, M, """Madame, Monsieur,

J'ai été débité deux fois pour la même armoire, commande 0000-56120, 145 € chaque fois, le 9 décembre. Ma banque dit qu'elle ne peut pas annuler un paiement par carte que vous avez encaissé, et vos articles d'aide me renvoient toujours au même formulaire.

Les longs fils de courriels me perdent vite, et cela fait une belle somme avant Noël. Serait-il possible qu'on me rappelle sur le 06 00 00 06 27 entre 10 h et 14 h pour régler le remboursement ? Je préfère de loin en parler avec une personne.

À part cela, la vendeuse était adorable et l'armoire est parfaite.

Merci beaucoup,
Gilbert Houdayer"""),
    ("hardneg/group_mention", "ai_assist", False, M, """Bonjour,

Je vide la maison de ma mère, morte en juillet, et j'aimerais mettre quelques objets sur Rebrocante. Avant cela, je voudrais vérifier les règles, car certains sont un peu particuliers :

- Trois appareils auditifs, encore dans leur boîte. Les dispositifs médicaux sont-ils autorisés ?
- Un fauteuil roulant pliant et un déambulateur. Dans quelle catégorie ?
- Une boîte de chapelets et une petite statue de Bouddha qu'elle collectionnait. Les objets religieux sont-ils acceptés ?
- Deux bibles en breton.

J'ai aussi vu votre charte égalité et inclusion sur la page vendeurs ; c'est bien d'en avoir une.

Enfin, comment créer un nom de boutique ?

Merci,
Rozenn Le Gall-Bourhis"""),
]
