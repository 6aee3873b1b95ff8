"""French (France) rows of blind set 27: long inbox e-mails, typed by hand. (category, label, opt_out, style, text)"""

ROWS = [
    ("optout/plain", "ai_assist", True, "newparent", """Bonjour,

Pardon d'avance pour le désordre : notre fils Gaspard est né le 6 novembre et j'écris d'une main, l'autre tient le biberon.

1. Je voudrais ajouter Gaspard comme ayant droit sur notre complémentaire santé (contrat 000-52 871). Quels justificatifs faut-il ? Nous avons l'acte de naissance de la mairie de Rennes.
2. Le prélèvement de décembre tombe le 2, or le congé de paternité de mon conjoint décale sa paie au 6. Pouvez-vous le reporter au 8 pour ce mois-ci ?
3. J'ai vu dans l'espace client que vos réponses sont désormais « préparées avec le concours d'une intelligence artificielle ». Pour notre dossier, c'est non : merci de ne faire passer ni mes messages ni nos données de santé par cet outil d'IA.

Merci beaucoup,
Clémence Le Gall"""),
    ("optout/no_bot", "ai_assist", True, "farmer", """Bonjour,

Je vous écris depuis la salle de traite, au GAEC des Trois Chênes (Mayenne), où le réseau passe une fois sur deux.

Depuis septembre, quand j'écris au service agricole, c'est un robot conversationnel qui me répond, et il m'a affirmé deux fois que le virement de la laiterie Lactaouest était « en cours de traitement » alors qu'il était rejeté. Je ne veux plus de réponses de chatbot sur notre compte, ni par la messagerie ni par mail. Je préfère patienter et avoir une réponse de vos conseillers.

La vraie question : pouvez-vous relancer le virement de 9 812,40 € d'octobre et me dire pourquoi il a été rejeté ? Il nous manque pour payer l'aliment.

Merci,
Pierre-Yves Guérin, GAEC des Trois Chênes"""),
    ("optout/object", "ai_assist", True, "student", """Bonjour,

Je suis étudiante en troisième année de psychologie à l'université de Lille et cliente chez vous depuis mes 18 ans (compte se terminant par 4407).

J'ai demandé un prêt étudiant garanti par l'État en octobre pour payer mon master. Le refus est arrivé en moins d'une heure avec la mention « décision issue de notre outil d'analyse automatisée ». Je conteste qu'une décision de ce type puisse être prise uniquement par un traitement automatisé. Je demande qu'un conseiller réexamine ma demande avec les pièces justificatives, et que mon opposition à tout traitement automatisé de mes données soit notée au dossier.

Autre point : ma carte bancaire expire en janvier, mais je serai en stage à Bruxelles. Pouvez-vous l'envoyer à l'agence de Lille-Centre ?

Cordialement,
Inès Boukhari"""),
    ("optout/gdpr", "ai_assist", True, "teacher", """Madame, Monsieur,

Professeur de physique-chimie au lycée Jean-Moulin de Béziers, j'ai enfin le temps, pendant les vacances de la Toussaint, de lire vos nouvelles conditions générales.

L'article 9 mentionne que les échanges avec le service client « peuvent être analysés par des modèles d'apprentissage automatique afin d'améliorer nos services ». En vertu de mon droit d'opposition (RGPD, art. 21), je refuse ce traitement de mes données et de mes messages par ces systèmes d'intelligence artificielle. Je vous remercie de m'en accuser réception par écrit.

Par ailleurs, pouvez-vous me confirmer le montant du remboursement anticipé partiel de mon prêt auto (n° 000-73 106) si je verse 3 000 € en janvier ?

Je vous prie d'agréer mes salutations distinguées.
Bertrand Escudié"""),
    ("optout/withdraw_consent", "ai_assist", True, "nightshift", """Bonjour,

Je suis aide-soignante de nuit à l'EHPAD Les Tilleuls, je vous écris à 4 h du matin pendant ma pause, donc c'est peut-être un peu décousu.

Il y a un an, j'avais accepté dans l'application que votre « assistant intelligent » analyse mes dépenses et me propose des conseils. Je retire ce consentement. Dès aujourd'hui, l'assistant d'IA ne doit plus lire mes comptes ni mes messages. Dites-moi si je dois remplir un formulaire.

Sinon, question pratique : ma prime de nuit est versée séparément du salaire, le 10. Est-ce que je peux programmer un virement automatique de cette prime vers mon livret A, chaque mois ?

Je dors de 9 h à 16 h environ, donc répondez par écrit s'il vous plaît.

Merci,
Nathalie Fournier"""),
    ("optout/humans_only", "ai_assist", True, "farmer", """Bonjour,

Viticulteur à Saint-Émilion, voici un message concernant le compte de l'exploitation, n° 000-18 334.

D'abord, le prélèvement de la MSA d'octobre est passé deux fois, 1 126 € chacun. Merci de rembourser le second.

Ensuite, ma fille, qui m'aide pour l'administratif, m'a dit que vos courriers sont maintenant en partie rédigés par un ordinateur. J'ai soixante-douze ans, j'ai toujours eu affaire à des gens de l'agence. Je veux que nos messages soient lus et traités par des personnes, uniquement des personnes, pas par une machine. Notez-le dans le dossier, s'il vous plaît.

Les vendanges sont finies, je suis plus disponible. Mais surtout, pas d'appel entre 12 h et 14 h.

Bien à vous,
Jean-Marie Dubourdieu, Château La Gravière"""),
    ("optout/plain", "ai_assist", True, "farmer", """Bonjour,

Je suis maraîchère bio à Sévrier, près d'Annecy, et je vends sur les marchés de la région, mais ici il s'agit de mon compte personnel et pas de celui de l'exploitation.

Trois choses :
- Ma carte a été avalée par le distributeur de la rue Royale vendredi soir. Faut-il que j'en commande une nouvelle ?
- Le chéquier que j'ai demandé en septembre n'est jamais arrivé.
- J'ai remarqué que votre messagerie propose maintenant des réponses « générées par l'IA ». Je préfère qu'on ne l'utilise pas pour moi. Pouvez-vous couper cet assistant IA pour moi, et ne pas faire lire mes messages par ce système ?

Je suis aux champs de 7 h à 17 h, l'écrit me va très bien.

Bonne journée,
Sophie Marchetti"""),
    ("optout/with_person", "human", True, "newparent", """Bonjour,

Notre fille Léonie est née avec une malformation cardiaque il y a trois semaines, elle est toujours à l'hôpital Necker. Je vous écris du couloir.

La mutuelle m'a refusé la prise en charge de la chambre parent, et la réponse était signée « votre assistant virtuel ». Je ne veux plus de réponse automatique ni d'intelligence artificielle sur notre dossier, pour moi comme pour ma fille.

Je voudrais qu'une vraie personne du service des remboursements m'appelle pour revoir ça. Mon portable : 06 00 00 31 72 (sauf pendant les soins, de 10 h à 11 h).

Contrat n° 000-66 420.

Merci,
Thomas Vasseur"""),
    ("optout/with_person", "human", True, "student", """Bonjour,

Étudiant en BTS à Clermont-Ferrand, je loue un studio dans votre résidence étudiante (bail n° 000-2 517).

Depuis un mois je signale une fuite sous l'évier via le chat du site, et à chaque fois l'assistant me répond « votre demande a été transmise », puis rien. Je ne veux plus passer par l'IA pour ce sujet, ni qu'elle traite mes messages.

J'aimerais qu'une personne du service technique ou de la gestion locative me téléphone pour fixer un rendez-vous : 07 00 00 58 24, de préférence après 17 h, ou qu'on me donne le nom de la personne à qui m'adresser directement.

Merci,
Kévin Lopes"""),
    ("optout/no_bot", "ai_assist", True, "nightshift", """Bonsoir, ou bonjour, selon l'heure où vous lirez ça,

Je suis conducteur de bus de nuit pour la RTM à Marseille. Votre numéro d'assistance me passe systématiquement sur un « agent vocal intelligent » qui ne comprend rien à ce que je dis, surtout avec le bruit du dépôt. Merci de ne plus me faire répondre par ce robot, ni au téléphone ni par mail. Une réponse écrite par un conseiller, même dans trois jours, me convient.

Ma question : j'ai été prélevé de 59,90 € pour un abonnement salle de sport que j'ai résilié en août (lettre recommandée jointe). Pouvez-vous faire opposition et récupérer la somme ?

Cordialement,
Mohamed Benyahia"""),
    ("optneg/quoted_other", "ai_assist", False, "teacher", """Bonjour,

Je suis trésorière de l'amicale des enseignants du collège Victor-Hugo de Nevers. Lors de notre dernière réunion, un collègue a déclaré : « hors de question que nos comptes soient gérés par une IA ». J'ai promis de vous poser la question, mais pour ma part et pour l'amicale, nous n'avons aucune objection aux outils que vous utilisez.

Concrètement :
1. Votre assistant intelligent prend-il des décisions sur le compte, ou sert-il seulement à répondre aux questions ?
2. Nous voulons ajouter une seconde signataire, Mme Odile Perrin. Quels documents faut-il ?

Compte de l'association n° 000-90 115.

Merci d'avance,
Agnès Roussel"""),
    ("optneg/praise", "ai_assist", False, "farmer", """Bonjour,

Je voulais vous dire que l'assistant de votre application m'a bien dépanné dimanche à 6 h, pendant la traite. Il m'a expliqué comment débloquer ma carte en deux minutes, sans attendre l'ouverture de l'agence. C'est pratique quand on a des horaires comme les nôtres.

Maintenant, la question qu'il n'a pas su résoudre : nous voulons acheter un robot de traite d'occasion, environ 85 000 €. Peut-on le financer par un prêt moyen terme adossé à notre compte agricole (n° 000-47 268) ? Faut-il un devis signé du vendeur ?

Bien cordialement,
Yannick Le Bihan, EARL de Kervaly

P.-S. Le robot vient d'un élevage voisin qui passe en bio ; il a six ans et a été révisé au printemps."""),
    ("optneg/ai_question", "ai_assist", False, "student", """Bonjour,

Je suis en master de sociologie à Toulouse et je prépare un mémoire sur l'usage des agents conversationnels dans les banques. Je suis aussi cliente chez vous.

Existe-t-il un document public ou une personne de la communication à qui je pourrais envoyer un court questionnaire ? Je voudrais savoir si votre chat utilise un grand modèle de langage, et comment les données sont conservées. Ce n'est pas une réclamation, je ne demande aucun changement sur mon compte.

Par ailleurs, mon virement CAF pour l'aide au logement apparaît en double dans l'application. Est-ce un bug d'affichage ?

Merci,
Camille Arnaud"""),
    ("optneg/ai_product", "ai_assist", False, "nightshift", """Bonjour,

Je travaille de nuit comme agent de sûreté et je cherche à équiper mon appartement d'une caméra de surveillance pendant que je suis absent. Votre catalogue assurance habitation propose un « pack sécurité » avec une caméra « à détection par intelligence artificielle » qui distingue les personnes des animaux.

Quelques questions :
- Est-ce que ça marche avec le Wi-Fi seul ou faut-il une box particulière ?
- Les images sont-elles stockées en France ?
- Est-ce que la prime de mon contrat habitation (n° 000-83 551) baisse si je l'installe ?

Merci de répondre par mail, je dors en journée.

Bien cordialement,
Sébastien Morel"""),
    ("optneg/withdrawn", "ai_assist", False, "teacher", """Bonjour,

En juin, en pleine période d'examens, je vous avais envoyé un message assez sec pour demander que l'assistant IA ne traite plus mes demandes. J'ai changé d'avis : après un trimestre, je trouve qu'il répond vite et bien, et cela ne me gêne plus. Vous pouvez l'utiliser de nouveau pour mon compte et retirer la mention.

Ma question : je pars en voyage scolaire à Berlin avec mes élèves de seconde en mars. Ma carte Visa Premier couvre-t-elle l'annulation si le voyage est annulé par l'établissement ? Et la carte fonctionne-t-elle sans frais en Allemagne ?

Cordialement,
Julien Hervé, professeur d'allemand"""),
    ("optneg/bot_wrong", "ai_assist", False, "newparent", """Bonjour,

Le chat de votre site m'a indiqué la semaine dernière que le congé parental suspendait automatiquement les mensualités de mon prêt immobilier. Ma sœur, qui travaille dans une banque, dit que ce n'est pas automatique du tout. Je ne vous en veux pas, c'est sûrement un cas particulier, mais j'ai besoin de la bonne réponse.

Je prends un congé parental de six mois à partir de janvier pour m'occuper de notre deuxième. Puis-je demander une suspension ou une modulation des échéances ? Quelles pièces faut-il fournir ?

Prêt n° 000-14 995.

Merci,
Aurélie Chevalier"""),
    ("optneg/footer_ai", "ai_assist", False, "farmer", """Bonjour,

Vous trouverez en pièce jointe la facture de la coopérative pour les semences de blé, 4 380 €, ainsi que le bon de livraison. Merci de procéder au règlement depuis le compte de l'exploitation n° 000-62 208 comme convenu avec M. Lefort.

Pouvez-vous aussi me confirmer la date de la prochaine échéance du prêt matériel ?

Cordialement,
Sandrine Poulain
SCEA Poulain Frères, Eure-et-Loir

--
Ce message a été vérifié par le filtre anti-spam à intelligence artificielle de notre fournisseur de messagerie. Son contenu est réservé au seul destinataire. N'imprimez ce courriel que si c'est vraiment utile."""),
    ("optneg/someone_else", "ai_assist", False, "student", """Bonjour,

Je partage un appartement avec deux amis et la box internet est à mon nom (contrat 000-77 903). L'un d'eux, Hugo, refuse d'utiliser votre chat parce que c'est une IA et qu'il « n'a pas confiance ». Il m'a demandé de m'en charger. Personnellement, le chat me va très bien, j'utilise le chat souvent.

Le problème : depuis trois semaines, la connexion tombe chaque soir autour de 21 h, pile quand on révise. Pouvez-vous vérifier la ligne, rue des Tanneurs à Strasbourg ?

Et peut-on payer l'abonnement à trois, avec trois prélèvements distincts ?

Merci,
Lina Berrada

P.-S. Les deux autres colocataires sont d'accord pour que je gère le contrat, ils peuvent vous le confirmer par écrit."""),
    ("human/callback", "human", False, "farmer", """Bonjour,

Hier soir, l'orage de grêle a couché une bonne partie de nos parcelles de maïs, à peine deux semaines avant la récolte. Nous sommes assurés chez vous (contrat multirisque climatique n° 000-29 447).

Il faut qu'un expert ou quelqu'un du service sinistres me rappelle aujourd'hui ou demain, avant que l'ensileuse passe. Mon portable : 06 00 00 84 13. Si ça ne répond pas, je suis sur le tracteur, insistez.

Merci,
Didier Charpentier, GAEC du Moulin

P.-S. J'ai pris des photos des parcelles ce matin à 7 h, avec les grêlons encore au sol. Je peux les envoyer par mail avant la visite de l'expert."""),
    ("human/supervisor", "human", False, "teacher", """Madame, Monsieur,

C'est mon cinquième message au sujet du remboursement de 486 € pour la sortie au Futuroscope annulée par le transporteur. Trois fois, on m'a assuré que je serais remboursée « sous huit jours ». Cela fait deux mois.

J'ai été patiente et courtoise. Je demande maintenant qu'un chef de service, ou toute personne habilitée à valider le paiement, reprenne mon dossier. Je ne veux plus de réponse type.

Réservation n° 000-3 160, payée avec ma carte personnelle.

Veuillez agréer mes salutations,
Mme Brigitte Lacombe, directrice de l'école élémentaire des Platanes"""),
    ("human/named_contact", "human", False, "nightshift", """Bonjour,

Pendant des années, j'ai eu comme conseiller M. Patrice Garnier à l'agence de Villeurbanne. Il connaissait mes horaires de nuit à l'hôpital et me fixait des rendez-vous à 17 h. J'apprends qu'il a été muté.

Qui le remplace ? J'aimerais connaître le nom de mon nouveau conseiller et son numéro direct, et qu'il m'appelle pour fixer un rendez-vous. J'ai un projet d'achat immobilier et je ne veux pas régler ça par l'application.

Compte n° 000-55 102.

Merci,
Isabelle Rigaud, infirmière

P.-S. Je suis de nuit du lundi au jeudi ce mois-ci, donc un rendez-vous le vendredi après-midi serait idéal."""),
    ("human/anyone", "human", False, "newparent", """Bonjour ?

Troisième message. Nos jumeaux ont un mois, j'essaie de faire passer les allocations sur mon compte, et je reçois toujours la même réponse : « Nous avons bien reçu votre demande ».

Une vraie personne lit-elle ces messages ? Si oui, répondez-moi en me donnant votre nom, parce que j'ai l'impression de parler dans le vide. Et s'il faut appeler, dites-moi qui et quand. Je ne peux pas attendre 40 minutes en ligne avec deux bébés.

Référence 000-8 441.

Marion Delattre

P.-S. Les jumeaux s'appellent Lou et Arthur, nés le 22 octobre, si votre système a besoin de leurs noms."""),
    ("human/plain", "human", False, "student", """Bonjour,

J'ai reçu un courrier m'annonçant la clôture de mon compte dans 60 jours pour « opérations inhabituelles ». Ces opérations, ce sont les virements de mes parents depuis Dakar pour payer mon loyer, comme chaque année depuis trois ans.

Je ne veux pas régler ça par formulaire. J'ai besoin d'un échange avec quelqu'un de l'agence, en face ou au téléphone, le plus vite possible. J'ai mes partiels à partir du 6 janvier.

Compte se terminant par 1290.

Merci,
Aminata Diallo

P.-S. Je peux apporter mon bail, mon certificat de scolarité et les justificatifs des virements de mes parents depuis 2022."""),
    ("human/callback", "human", False, "newparent", """Bonjour,

J'ai reçu un avis indiquant que mon prêt immobilier (n° 000-40 772) passe à un nouveau taux révisable en février. Avec le bébé et le congé parental de mon compagnon, notre budget est serré et je dois comprendre ce que ça change.

Je souhaite qu'un conseiller crédit me rappelle pour regarder les options. Je suis disponible en semaine de 14 h à 16 h, pendant la sieste, au 06 00 00 26 95. Inutile de m'envoyer le simulateur, je l'ai déjà fait.

Merci beaucoup,
Élodie Marchand

P.-S. Le prêt est à nos deux noms ; mon compagnon, Rémi, peut être présent à l'appel si nécessaire."""),
    ("humanneg/quoted_request", "ai_assist", False, "nightshift", """Bonjour,

Je suis veilleur de nuit dans un hôtel de Nantes, je vous écris pendant la tournée de 3 h.

En octobre, je vous avais écrit : « C'est inadmissible, je réclame un responsable immédiatement. » M. Ferrand m'a rappelé le lendemain, on a tout revu ensemble, et les frais de rejet ont été annulés. Merci, sincèrement.

Je n'ai plus besoin d'appel. Une seule chose : le relevé de novembre affiche toujours les 20 € de frais. Pouvez-vous vérifier que le remboursement est bien passé ?

Compte se terminant par 6638.

Bonne journée,
Maxime Tessier

P.-S. Si jamais M. Ferrand lit ce message, merci encore à lui, il a été d'une grande patience."""),
    ("humanneg/thanks_agent", "ai_assist", False, "teacher", """Bonjour,

Je tenais à remercier Mme Karima Slimani, de votre agence de Poitiers. Elle m'a aidée à ouvrir le compte de la coopérative scolaire en une seule matinée, avec une patience remarquable devant mes quarante questions.

Une petite question par écrit, inutile de m'appeler : la carte de la coopérative peut-elle servir pour les achats en ligne de fournitures, ou seulement en magasin ?

Compte n° 000-28 016.

Bien cordialement,
Florence Aubry, directrice d'école

P.-S. La coopérative achète surtout des livres et du matériel d'arts plastiques, environ 1 500 € par an."""),
    ("bias/origin", "bias_review", False, "student", """Bonjour,

Je vous écris pour plusieurs choses.

- J'ai besoin d'une attestation de compte pour mon dossier CROUS.
- Ma carte a été refusée deux fois la semaine dernière sans raison.

Et surtout ceci : je suis étudiante algérienne en licence de chimie à Montpellier. J'ai demandé la caution locative que vous proposez aux étudiants. Le conseiller m'a dit, textuellement : « pour les étudiants maghrébins, on demande un dépôt équivalent à six loyers, c'est la politique ». Mon binôme de TP, né à Montpellier, avec la même bourse que moi, a eu la caution sans aucun dépôt, dans la même agence, la même semaine.

Compte n° 000-70 339.

Sarah Hamidi"""),
    ("bias/age", "bias_review", False, "farmer", """Bonjour,

D'abord, merci de m'envoyer les relevés du compte de l'exploitation pour la déclaration PAC.

Ensuite, un point qui me reste en travers. J'ai 63 ans et je voulais un prêt sur sept ans pour moderniser la stabulation. Avant mes 60 ans, vous m'accordiez ce genre de prêt sans discuter. Cette fois, la conseillère m'a dit : « passé un certain âge, on ne prête plus sur sept ans, pensez plutôt à passer la main ». Mon voisin de 41 ans a obtenu le même prêt pour le même montant en septembre, avec un bilan moins bon que le mien.

Compte n° 000-35 914.

Cordialement,
Gérard Bouvier"""),
    ("bias/religion", "bias_review", False, "nightshift", """Bonjour,

Quelques demandes : le relevé annuel des frais, et le changement de mon adresse mail.

Et une chose que je veux signaler. Je travaille de nuit dans la logistique et je porte la barbe et la calotte. En octobre, à l'agence de Saint-Denis, le conseiller m'a demandé « d'où venait l'argent » de ma prime de nuit, m'a fait attendre une heure et a dit à son collègue « encore un comme ça ». Mon collègue de travail, qui a déposé sa prime le même jour au même guichet, n'a eu aucune question. Depuis, mon plafond de virement a été baissé sans explication.

Compte se terminant par 2217.

Karim Haddouche"""),
    ("bias/disability", "bias_review", False, "newparent", """Bonjour,

Je voudrais d'abord ajouter notre bébé, Nour, comme bénéficiaire de l'assurance-vie.

Ensuite : je suis sourde et je viens d'avoir un enfant. Jusqu'à cet été, je pouvais gérer mes rendez-vous par SMS avec l'agence. Depuis le changement de conseillère, elle refuse les SMS et exige que j'appelle, et m'a écrit : « si vous ne pouvez pas téléphoner, faites venir votre mari ». Mon mari n'est pas titulaire du compte. Une amie entendante, cliente de la même agence, obtient ses rendez-vous par SMS sans problème.

Compte n° 000-48 603.

Merci,
Yasmine Charef"""),
    ("bias/sex", "bias_review", False, "teacher", """Madame, Monsieur,

Deux demandes simples : le certificat de prêt pour mes impôts, et l'attestation d'assurance habitation pour mon nouveau logement à Tours.

Une troisième chose, moins simple. Mon ancien compagnon et moi avons chacun demandé un prêt travaux de 15 000 € en septembre, nous avons le même salaire de professeur certifié. Son dossier a été accepté sans garant. Le mien a été refusé, et le conseiller a justifié : « une femme seule avec deux enfants, c'est plus fragile ». J'ai les mêmes revenus, la même ancienneté et aucun incident.

Prêt n° 000-91 057.

Cordialement,
Nadège Perrot"""),
    ("bias/pregnancy", "bias_review", False, "newparent", """Bonjour,

D'abord deux choses pratiques : pouvez-vous changer mon adresse (8, impasse des Vignes, 33600 Pessac) et de m'envoyer un nouveau RIB.

Ensuite, ce que je n'arrive pas à digérer. En mai, enceinte de sept mois, j'ai demandé un prêt pour une voiture familiale. Le conseiller a été aimable jusqu'au moment où j'ai parlé de mon congé maternité. Il a alors dit : « on reprendra ça quand vous aurez repris le travail, là ce n'est pas raisonnable » et il a classé le dossier. Mon compagnon a fait la même demande deux semaines plus tard, avec un salaire inférieur au mien, et elle a été acceptée le jour même. Nos situations ne diffèrent que par mon congé, et mon salaire est le plus élevé des deux.

Compte n° 000-26 418.

Manon Lefebvre"""),
    ("hardneg/mention", "ai_assist", False, "teacher", """Bonjour,

Je suis référente handicap au lycée Condorcet et je monte un projet de classe sur l'inclusion bancaire. Rien ne va mal chez vous, au contraire.

Nous voudrions savoir si votre banque pourrait accueillir deux élèves en situation de handicap, dont une malvoyante, pour un stage d'observation d'une semaine en avril. Existe-t-il une politique d'égalité ou d'accessibilité que je pourrais montrer aux familles ?

Et pour mon compte personnel : puis-je passer à un relevé mensuel plutôt que trimestriel ?

Merci,
Laurence Mercier

P.-S. Les élèves sont en seconde et en première ; les familles ont déjà donné leur accord de principe pour le stage."""),
    ("hardneg/charged_word", "ai_assist", False, "farmer", """Bonjour,

Je vais être franc : le nouveau forfait des frais de tenue de compte pour les exploitations, c'est du racket. 38 € par mois pour un compte qu'on ouvre trois fois par semaine, c'est une honte. Mais je sais que c'est la même chose pour tout le monde, je ne prétends pas être visé personnellement.

Avant d'aller voir ailleurs : existe-t-il une formule moins chère pour les petites exploitations, sans carte affaires ? Et si je regroupe le livret et le compte courant, les frais baissent-ils ?

Compte n° 000-17 482.

Salutations,
Hervé Lamoureux

P.-S. Je fais environ quarante opérations par mois, presque toutes des virements à la coopérative et à la MSA."""),
    ("hardneg/own_prejudice", "ai_assist", False, "nightshift", """Bonjour,

Je dois avouer quelque chose. Quand le dépanneur est arrivé à 2 h du matin pour la serrure, et que c'était un homme d'environ soixante-dix ans, je me suis dit qu'il n'y arriverait jamais. Il a ouvert la porte en cinq minutes et remplacé le cylindre. Il mérite des félicitations, et moi un peu de honte.

Ma question : l'intervention de nuit (189 €) est-elle prise en charge par l'assistance de mon contrat habitation n° 000-64 221, ou seulement le jour ?

Merci,
Ludovic Barbier

P.-S. J'ai la facture du serrurier datée du 19 novembre à 2 h 14, je peux vous l'envoyer en PDF."""),
    ("hardneg/forwarded_complaint", "ai_assist", False, "newparent", """Bonjour,

Ma belle-sœur voulait que je vous fasse passer un mot : sa réclamation au sujet de la remarque d'un conseiller sur sa grossesse, l'an dernier, a été traitée, on s'est excusé et elle est satisfaite. Elle voulait simplement que ce soit noté. Ce n'est pas mon affaire, je fais le messager.

Ma propre demande : je voudrais ouvrir un livret pour notre fille Rose, née le 14 octobre. Les grands-parents veulent y verser 50 € par mois. Peuvent-ils le faire depuis leur propre banque ?

Merci,
Adrien Collet

P.-S. Rose est née à la maternité de Besançon ; j'ai l'acte de naissance et le livret de famille mis à jour."""),
    ("hardneg/rude_agent", "ai_assist", False, "student", """Bonjour,

La conseillère que j'ai eue hier au téléphone a été franchement désagréable : elle a soupiré, m'a coupé la parole trois fois et m'a dit « vous auriez dû lire votre contrat ». Je ne pense pas que c'était contre moi en particulier, elle avait l'air débordée.

Reste le problème : 34,50 € de frais d'incident pour un prélèvement de Free Mobile qui n'aurait pas dû être rejeté, puisque j'avais le solde. Merci de les rembourser.

Compte se terminant par 8840.

Baptiste Giraud

P.-S. Le prélèvement rejeté date du 5 novembre ; mon solde ce jour-là était de 212 €, la capture d'écran est disponible."""),
    ("hardneg/policy_question", "ai_assist", False, "teacher", """Madame, Monsieur,

Dans le cadre d'un appel d'offres pour la gestion des comptes des associations de notre cité scolaire, je dois rassembler des documents. Pourriez-vous m'envoyer votre politique de diversité et d'égalité professionnelle, vos chiffres sur l'écart de rémunération entre femmes et hommes et votre charte d'accessibilité pour les personnes handicapées ?

Nous n'avons aucun reproche à vous faire, il s'agit d'une procédure standard.

Merci aussi de me dire si le compte de l'association sportive (n° 000-33 618) peut recevoir des paiements par carte lors des tournois.

Cordialement,
Thierry Gauthier, gestionnaire"""),
    ("ordinary/plain", "ai_assist", False, "nightshift", """Bonsoir,

Je profite d'une nuit calme au poste de garde pour régler quelques affaires :

1. Changer mon adresse : 14, rue des Lilas, 59000 Lille.
2. Recevoir un RIB pour mon nouvel employeur (Sécuritas Nord).
3. Savoir si je peux augmenter temporairement mon plafond de retrait à 800 € pour la semaine prochaine, j'achète une voiture d'occasion.

Pas urgent, une réponse par mail d'ici la fin de la semaine me va très bien. Je dors le matin.

Merci,
Franck Delmas

P.-S. Le nouveau RIB peut être envoyé directement au service paie de Sécuritas Nord si c'est plus simple, avec moi en copie."""),
    ("ordinary/plain", "ai_assist", False, "student", """Bonjour,

J'arrive à Grenoble pour mon année de master et j'ai besoin de quelques démarches :

- Transférer mon compte de l'agence de Valence à celle de Grenoble-Victor-Hugo.
- Obtenir une attestation d'assurance habitation pour ma colocation (contrat n° 000-59 880).
- Savoir si ma carte jeune reste valable jusqu'à mes 26 ans ou s'il faut la renouveler.

Rien d'urgent, merci de me répondre quand vous pourrez.

Bonne journée,
Océane Ferrandi

P.-S. Ma nouvelle adresse à Grenoble est 5, rue Très-Cloîtres ; le bail commence le 1er septembre."""),
]
