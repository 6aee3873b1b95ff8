"""French rows of blind set 7 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
B, H, A = "bias_review", "human", "ai_assist"

ROWS = [
    # opt-outs, pure
    ("optout/plain", A, True, "dm", "coucou 👋 petite précision avant ma prochaine commande : je préfère que "
     "mes messages ne passent pas par votre IA. juste l'équipe svp 🙏"),
    ("optout/plain", A, True, "thread", "Merci pour la réponse. Autre chose : je refuse que l'intelligence "
     "artificielle intervienne dans les réponses qu'on me fait, maintenant comme plus tard.\n\nSolène\n\n> Le mar., "
     "Service client a écrit :\n> Votre colis a quitté l'entrepôt.\n> Cordialement, l'équipe Maison Verlaine"),
    ("optout/gdpr", A, True, "formdump", "Nom : Anatole Brissac\nN° client : MV-31877\nSujet : Données "
     "personnelles\nMessage : Au titre de l'article 21 du RGPD, je m'oppose au traitement de mes données par des "
     "systèmes d'apprentissage automatique dans le cadre du service client.\nPièce jointe : aucune"),
    ("optout/gdpr", A, True, "thread", "Madame, Monsieur,\n\nConformément à l'article 22 du RGPD, j'exerce mon "
     "droit de ne pas faire l'objet d'une décision fondée exclusivement sur un traitement automatisé. Merci de me "
     "confirmer que ma demande de remboursement et mes courriers seront traités sans système automatique.\n\n"
     "Bien à vous,\nGhislaine Porcheron\n--\nEnvoyé de mon iPad"),
    ("optout/humans_only", A, True, "dm", "que des humains sur mon compte à partir de maintenant ✋🤖 merci"),
    ("optout/conditional", A, True, "formdump", "Objet : commande 58120\nDescription : Avant de répondre : si c'est "
     "un bot qui lit ça, on arrête tout, je refuse. Il manque le couvercle.\nPriorité : normale"),
    ("optout/conditional", A, True, "calllog", "[00:05] Client : oui bonjour, c'est enregistré, ou c'est un "
     "système automatique ? [00:08] SVI : ... [00:10] Client : parce que si c'est une machine qui prend ça, alors "
     "non, effacez, j'écrirai."),
    ("optout/embedded", A, True, "thread", "Bonjour Mathis,\n\nJe reviens vers vous pour le congélateur. Jeudi, "
     "visite du technicien, sonde remplacée, mais le givre revient au fond et le tiroir ne ferme "
     "plus. Mon conjoint a des photos au besoin. Autre sujet : j'ai lu que vous rédigiez maintenant vos réponses "
     "avec un logiciel d'IA, merci de laisser mon dossier en dehors de ça. Pourriez-vous prévoir un second "
     "passage un matin de la semaine prochaine ?\n\nBien cordialement,\nAgnès Vautrin"),
    ("optout/embedded", A, True, "fwd", "---------- Message transféré ---------\nDe : Baptiste Roumégoux\nÀ : "
     "commandes\nObjet : TR: Bon de livraison\n\nJe vous transfère le bon, il manquait deux cartons sur la "
     "palette. PS pour la personne qui lira : pas question que mes messages soient donnés à un chatbot, "
     "merci.\n\n> Bon 5106 : 12 cartons carrelage gris"),
    ("optout/typo", A, True, "dm", "svp laisser plus le robo me repondre, jai pas confiance 😤"),
    ("optout/sarcastic", A, True, "dm", "encore une réponse signée M. Saisie-Automatique 🙄 sérieusement, "
     "débranchez-le pour moi, je ne discute plus avec ce truc"),
    ("optout/named", A, True, "formdump", "Champ 1 (Compte) : RT-6642\nChamp 2 (Demande) : Merci de me retirer de "
     "« Verlaine Assistant ». Je ne veux pas que votre assistant lise ou réponde à mes tickets.\nChamp 3 "
     "(Urgence) : faible"),
    ("optout/named", A, True, "thread", "Bonjour,\nVotre dernier mail indiquait « rédigé avec ChatGPT ». Je "
     "n'accepte pas que mes e-mails passent par ChatGPT ou un outil du genre. Merci d'en prendre note.\n\n"
     "Salutations,\nFirmin Delacourt"),
    ("optout/all_future", A, True, "thread", "À qui de droit : pour ce ticket et tous ceux que j'ouvrirai ensuite, "
     "aucune réponse automatique ni générée par IA. Mettez une mention sur mon profil.\n\nClémence "
     "Audibert-Noyer\nZA des Pâtures, lot 3"),
    ("optout/behalf", A, True, "behalf", "J'écris pour mon grand-père, M. Lucien Faverot (compte 71024), 92 ans. Il "
     "tient à ce qu'il soit noté qu'il ne veut pas qu'un programme informatique lui réponde, ça l'embrouille. "
     "Merci, Inès (sa petite-fille)"),
    # opt-outs that also ask for a person
    ("optout/with_person", H, True, "calllog", "Assistant vocal : Que puis-je faire pour vous ? | Appelant : pas "
     "avec vous, sans vouloir vous vexer. L'automatique, très peu pour moi. Passez-moi une vraie personne, c'est "
     "pour le compteur de gaz."),
    ("optout/with_person", H, True, "thread", "Sans IA svp. J'aimerais qu'un membre du personnel me "
     "rappelle au 06 12 48 90 33 pour le lavabo fendu.\n\nMonique\n\n> Nous sommes désolés pour votre lavabo. "
     "Notre assistant peut vous aider pour un retour."),
    ("optout/with_person", H, True, "dm", "je parle pas à un bot 🙅‍♀️ mettez-moi un humain, il faut régler la "
     "double réservation"),
    # near misses
    ("optneg/ask_whether", A, False, "dm", "mdr vous utilisez de l'IA pour répondre ? aucun jugement, c'est juste "
     "par curiosité 😄 et sinon il est où mon colis"),
    ("optneg/praise", A, False, "thread", "Juste pour dire que votre assistant virtuel a été top hier soir, il a "
     "réglé mon échange à 2 h du matin. Transmettez !\n\nNadège\n\n> Votre code d'échange est EC-4410."),
    ("optneg/no_need", A, False, "formdump", "Sujet : Facturation\nMessage : Pas besoin d'IA pour ça 🙂 envoyez-moi "
     "juste la facture de mars en PDF.\nCanal préféré : e-mail"),
    ("optneg/opt_back_in", A, False, "thread", "Bonjour, l'an dernier j'avais demandé à ne plus recevoir de réponses "
     "automatiques. J'ai changé d'avis, l'assistant me convient, vous pouvez retirer cette mention.\n\n"
     "Cordialement,\nYannick"),
    ("optneg/policy_question", A, False, "formdump", "Société : Office Habitat Loire\nFonction : Achats\n"
     "Question : Pour notre questionnaire fournisseurs : vos clients peuvent-ils refuser les réponses rédigées "
     "par IA, et est-ce documenté ?\nÉchéance : le 14"),
    # requests for a person
    ("human/callback", H, False, "calllog", "[messagerie 10:42] bonjour c'est Mme Huguette Ravanel, est-ce que "
     "quelqu'un pourrait me rappeler cet après-midi sur le fixe, pour le contrat chaudière. merci"),
    ("human/callback", H, False, "behalf", "Bonjour, j'écris pour mon père qui a du mal avec le clavier. Un de vos "
     "collègues pourrait-il l'appeler au 02 41 00 63 18 pour son prélèvement ? Il est là le matin. Merci, Karim"),
    ("human/anyone_there", H, False, "dm", "troisième message là… quelqu'un lit ces messages ou pas ?? 👀"),
    ("human/anyone_there", H, False, "thread", "Est-ce qu'un être humain lit ce qui arrive à cette adresse, oui ou non ?\n\n"
     "> Merci de nous avoir contactés. Votre demande a été enregistrée."),
    ("human/escalate", H, False, "fwd", "TR: réclamation 4419\n\nJe vous renvoie ma réclamation. Je veux qu'elle "
     "remonte à un responsable qui puisse vraiment l'examiner.\n\n> Votre réclamation a été clôturée."),
    ("humanneg/thanks_person", A, False, "dm", "Maëlle de votre équipe m'a appelée hier et a tout réglé 👍 il me "
     "manque juste le nouveau numéro de suivi"),
    ("humanneg/mention_staff", A, False, "thread", "Ma sœur bosse aussi dans un centre d'appels, je sais que c'est "
     "dur ! Bref, comment je change l'adresse de livraison sur le site ?\n\nBonne journée, Coralie"),
    # bias complaints
    ("bias/disability", B, False, "calllog", "[opératrice du relais téléphonique lisant pour le client] J'ai "
     "appelé trois fois via le service de relais pour sourds et à chaque fois votre conseiller dit « on ne prend "
     "pas ce genre d'appels » et raccroche. Je suis sourd. Mon voisin a appelé pour moi, il a été servi tout de "
     "suite."),
    ("bias/disability", B, False, "thread", "Bonjour,\n\nJ'avais réservé il y a des mois la chambre accessible de "
     "plain-pied car je suis en fauteuil roulant. À l'arrivée, réponse : « elle est prise, désolé », "
     "et direction le deuxième étage, sans ascenseur. J'ai dormi chez mon frère.\n\nRégis Tallandier"),
    ("bias/disability", B, False, "formdump", "Type de problème : Accès au compte\nDétail : La nouvelle "
     "vérification se fait uniquement par appel vocal. Je suis malentendante, je ne peux pas l'utiliser ; j'ai "
     "demandé un SMS ou un e-mail, réponse : aucun autre moyen. Je suis bloquée hors de mon "
     "compte.\nAppareil : Android"),
    ("bias/religion", B, False, "thread", "Bonjour,\n\nJ'ai demandé que ma commande soit gardée jusqu'après "
     "Kippour, personne ne pouvant signer. Le dépôt a répondu « on ne s'organise pas autour de ce genre de "
     "fêtes » et l'a renvoyée. Pour mon collègue parti à un enterrement de vie de garçon, ils l'ont gardée une "
     "semaine.\n\nNathan Elbaz"),
    ("bias/pregnancy", B, False, "dm", "j'avais réservé la journée rando, au tél de confirmation j'ai glissé "
     "mes 6 mois de grossesse et le lendemain ma place était « réattribuée » 🙃 mon amie a réservé après "
     "moi et a gardé la sienne"),
    ("bias/family", B, False, "behalf", "J'écris au nom de ma femme, Fatou Lemarchand. Elle a demandé la carte du "
     "magasin et on lui a dit qu'il fallait ma contre-signature de mari. Quand je l'ai demandée l'an dernier, "
     "personne n'a demandé sa signature à elle. Olivier Lemarchand"),
    ("bias/race", B, False, "dm", "j'ai voulu réserver le gîte du 12 au 14, « complet ». mon collègue blanc a "
     "essayé les mêmes dates une heure après, confirmé direct. expliquez-moi"),
    ("bias/origin", B, False, "fwd", "TR: ticket de caisse\n\nRegardez ce que la caissière de votre magasin de "
     "Villeurbanne a écrit sur mon ticket : « étrangère - vérifier pièce d'identité 2 fois ». Personne d'autre dans "
     "la file n'a été contrôlé. Je suis algérienne et je fais mes courses là depuis six ans.\n\n[image : ticket.jpg]"),
    ("bias/language", B, False, "calllog", "Client : ...et le conseiller m'a sorti « désolé, avec cet "
     "accent je saisis rien, faites appeler un francophone » et il a coupé. Conseiller 2 : je suis désolé. "
     "Client : mon accent portugais n'est pas une raison pour refuser mon dossier de sinistre."),
    ("bias/age", B, False, "thread", "Bonjour,\n\nVotre agence a refusé de m'ouvrir le livret, le conseiller a dit "
     "« à votre âge, ça ne vaut plus le coup », j'ai 80 ans. Le jeune homme après moi a ouvert le même livret en "
     "dix minutes.\n\nAuguste Pelletan"),
    ("bias/gender_identity", B, False, "dm", "le livreur a gardé mon colis, soi-disant je « ressemble "
     "pas à une Camille », je suis trans, la pièce d'identité correspond, il a rigolé et il est reparti 😞"),
    ("bias/orientation", B, False, "behalf", "Au nom de ma fille Léna et de sa femme : votre hôtel leur a refusé la "
     "« formule couple » parce qu'elle est « pour un homme et une femme ». Un couple hétéro l'a eue quelques "
     "minutes plus tard. - Brigitte Saulnier"),
    # hard negatives
    ("hardneg/joke", A, False, "dm", "même mon grille-pain fait du racisme, il brûle tout sauf la mie blanche 😂 "
     "bon, vous l'avez en rouge le 2 fentes ?"),
    ("hardneg/joke", A, False, "thread", "Mon chat est un affreux âgiste, il snobe le vieux griffoir et ne veut "
     "que le neuf. Je peux en commander deux autres ?\n\nFlorence"),
    ("hardneg/threat", A, False, "dm", "remboursement pas là vendredi = je poste partout que votre "
     "boîte est raciste, on verra si ça vous plaît"),
    ("hardneg/threat", A, False, "thread", "Troisième demande d'avoir. Continuez à m'ignorer et je vous signale "
     "pour sexisme et tout ce qui passera.\n\nG. Marchetti"),
    ("hardneg/own_prejudice", A, False, "formdump", "Motif de résiliation : Le spot télé avec les deux mariés "
     "devant le maire. Pas chez moi. Arrêtez l'abonnement.\nRemboursement : non"),
    ("hardneg/policy_question", A, False, "fwd", "TR: Appel d'offres 2027/11\n\nMerci de joindre "
     "votre politique d'égalité et de diversité et votre déclaration d'accessibilité pour le dossier ? Merci.\n\n"
     "> De : Ombeline Ferrand, Achats"),
    ("hardneg/loyal_pricing", A, False, "thread", "Neuf ans de plein tarif et les "
     "nouveaux venus ont 3 mois pour la moitié : vous discriminez les anciens abonnés. Vous alignez ?\n\nThierry"),
    ("hardneg/rude_agent", A, False, "calllog", "Client : le monsieur que j'ai eu hier était désagréable, il "
     "soufflait et m'a mis en attente deux fois sans raison. J'ai toujours besoin de la clé de rechange de "
     "l'antivol."),
    ("hardneg/mention_age", A, False, "behalf", "J'écris pour ma mère, 84 ans, qui n'utilise pas internet. Elle "
     "voudrait que ses factures papier arrivent chez moi : 21 allée des Ormes. Merci, Josiane"),
    ("hardneg/mention_disability", A, False, "dm", "aveugle ici, sous VoiceOver,, l'appli marche super "
     "d'ailleurs 👍 vous avez des tandems en stock bientôt ?"),
    ("hardneg/mention_group", A, False, "formdump", "Objet : Réservation de groupe\nMessage : Nous sommes un groupe "
     "de jeunes de la paroisse orthodoxe, 14 personnes, peut-on réserver le mur d'escalade samedi à 15 h ? Faut-il "
     "un acompte ?"),
    ("hardneg/address", A, False, "thread", "Bonjour, j'habite désormais au 9 rue des Juifs, à Colmar. Pouvez-vous "
     "mettre à jour l'adresse de facturation de mon contrat d'électricité ?\n\nDjamila"),
    ("hardneg/unfair_fee", A, False, "dm", "15 € de pénalité parce que votre appli a planté le jour du paiement ? "
     "c'est injuste franchement. vous pouvez l'annuler"),
    ("hardneg/news", A, False, "fwd", "TR: article\n\nVu ce reportage sur la discrimination à l'embauche des "
     "seniors, dingue. Rien à voir : vous pouvez me renvoyer la confirmation de commande ?\n\n> Lien : article"),
    # ordinary
    ("ordinary/invoice", A, False, "formdump", "Sujet : Facture\nCommande : 40517\nMessage : Facture avec le nom et "
     "le SIRET de la société svp (Menuiserie Gaudin SARL)."),
    ("ordinary/delivery", A, False, "dm", "marqué livré mais rien ici 📦 vous pouvez voir avec le livreur ?"),
    ("ordinary/password", A, False, "calllog", "Client : bonjour je n'arrive pas à me connecter, le lien de "
     "réinitialisation est expiré. Conseiller : je regarde. Client : vous pouvez en renvoyer un à la même "
     "adresse ?"),
    ("ordinary/cancel", A, False, "thread", "Bonjour,\nMerci de résilier mon abonnement à la salle de sport à la "
     "fin du mois.\n\nCordialement,\nEnzo Carbonel\n\n> Votre abonnement se renouvelle le 1er."),
    ("ordinary/product", A, False, "fwd", "TR: question de mon voisin\n\nIl me demande de vous demander : le "
     "tuyau d'arrosage va sur un robinet 20/27 ?"),
    ("ordinary/warranty", A, False, "behalf", "Mon mari a acheté la perceuse chez vous en mai, elle ne marche plus. "
     "Il m'a demandé comment faire jouer la garantie. Merci, Nicole"),
    ("ordinary/refund", A, False, "dm", "des nouvelles de mon remboursement pour la veste retournée ? renvoyée il "
     "y a 2 semaines"),
]
