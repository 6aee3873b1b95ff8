"""Blind set 51, French (France). Each row: (category, label, opt_out, style, text). Written by hand; all invented."""

ROWS = [
    # --- bias (8: 4 explicit, 4 implicit) ---
    ("bias/explicit_remark", "bias_review", False, "complaint-letter",
     "RÉCLAMATION - Code de la consommation, art. L. 111-1 et suivants, et loi n° 2008-496 (lutte contre les "
     "discriminations)\nAuto-école Les Tilleuls, contrat n° 0000-2718\n\n"
     "Madame, Monsieur,\n\n"
     "1. J'ai souscrit le 1er septembre un forfait de 20 heures de conduite pour 1 180,00 €.\n"
     "2. Lors de l'évaluation de la 12e heure, le moniteur, M. Régis Couturier, m'a dit : « de toute façon les "
     "femmes au volant, il leur faut le double, je vous rajoute 15 heures ». Il a refusé de m'inscrire à l'examen.\n"
     "3. Mon compagnon, inscrit au même forfait, évalué par le même moniteur avec un niveau que ce dernier a lui-même "
     "noté comme inférieur au mien sur la fiche de progression, a été présenté à l'examen sans heures "
     "supplémentaires.\n"
     "4. Les 15 heures « rajoutées » me sont facturées 58,00 € l'unité.\n\n"
     "Je vous demande : a) de m'inscrire à la prochaine session d'examen sur la base de ma fiche de progression ; "
     "b) d'annuler la facturation des heures supplémentaires ; c) de m'indiquer par écrit les suites données aux "
     "propos de votre moniteur. À défaut de réponse sous quinze jours, je saisirai le médiateur de la consommation.\n\n"
     "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.\nSolène Marchal"),
    ("bias/explicit_remark", "bias_review", False, "chat-transcript",
     "[copie de la conversation d'hier]\nAssistant : Votre course est confirmée, chauffeur Bertrand, arrivée 4 min.\n"
     "Moi : merci\nAssistant : Votre course a été annulée par le chauffeur.\n[fin]\n\n"
     "Nouveau message : Il a annulé en voyant mon chien-guide. Il a baissé la vitre et m'a dit : « les aveugles avec "
     "leur chien, j'en prends pas, c'est pas une ambulance ». On m'a facturé 5 € de frais d'annulation. J'attends "
     "votre explication."),
    ("bias/explicit_stated_cause", "bias_review", False, "callback-form",
     "Objet : Assurance emprunteur\nMessage : Votre conseillère m'écrit que le dossier est "
     "refusé « en raison de votre séropositivité », alors que je suis sous traitement et indétectable."),
    ("bias/explicit_stated_cause", "bias_review", False, "complaint-letter",
     "RÉCLAMATION ÉCRITE - Code de la consommation, art. L. 121-11 (refus de vente) et art. 225-1 du Code pénal\n"
     "Boutique Fréquence Mobile, centre commercial des Quatre Vents\n\n"
     "Madame, Monsieur,\n\n"
     "1. Le 25 octobre, je me suis présentée en boutique pour souscrire un forfait mobile avec téléphone, muni de mon "
     "titre de séjour en cours de validité (jusqu'en 2029), d'un RIB et de trois bulletins de salaire.\n"
     "2. Le vendeur, après avoir vu mon titre de séjour, m'a dit : « pour les Algériens, on ne fait que les forfaits "
     "sans engagement, c'est la consigne ».\n"
     "3. Je lui ai demandé de me montrer cette consigne ; il a refusé et a ajouté : « vous comprenez, après, vous "
     "rentrez au pays et on ne revoit plus le téléphone ».\n"
     "4. Une collègue de travail a souscrit la même offre avec téléphone dans la même boutique la semaine suivante, "
     "sur présentation de sa carte d'identité et de documents équivalents aux miens.\n\n"
     "Je demande que ma souscription soit acceptée aux conditions ordinaires et qu'on m'explique par écrit sur "
     "quelle base ce refus a été opposé.\n\n"
     "Veuillez agréer mes salutations.\nNadia Belkacem"),
    ("bias/implicit_comparison", "bias_review", False, "callback-form",
     "Objet : Inscription école de football U9\nContact : courriel\nMessage : J'ai appelé le club le 2 septembre "
     "pour inscrire mon fils ; on m'a répondu « complet, liste d'attente ». Le lendemain, mon voisin Hugo Lefèvre a "
     "appelé pour le sien, même âge, même quartier : on lui a proposé l'essai le samedi suivant. J'ai rappelé le "
     "jour même en donnant mon nom, Karim Bouzid : toujours complet. Je voudrais savoir comment la liste est gérée."),
    ("bias/implicit_access_barrier", "bias_review", False, "chat-transcript",
     "--- conversation précédente ---\n"
     "Bot : Pour votre billet, rendez-vous au guichet ou aux distributeurs de la gare.\n"
     "Moi : le guichet du rez-de-chaussée refuse de me vendre le billet\n"
     "Bot : La vente se fait au guichet ou aux distributeurs de la gare.\n"
     "--- fin ---\n\n"
     "Nouveau message : Je reprends. À la gare de Saint-Aubin-sur-Loire, les distributeurs sont à l'étage, et "
     "l'ascenseur est en panne depuis le mois d'août (l'affichette est jaunie). Mes jambes ne me portent pas plus de "
     "quelques marches, et ce depuis des années. Le guichet du rez-de-chaussée est ouvert, mais l'agent m'a répondu "
     "que ce guichet « ne fait que les abonnements » et que je n'avais qu'à « demander à quelqu'un de monter pour "
     "moi ». Il venait pourtant de vendre un billet simple à un touriste qui n'avait pas de monnaie pour l'automate. "
     "J'ai raté mon train pour Tours et j'ai dû prendre un taxi à 74,00 €. Je souhaite le remboursement de ce taxi "
     "et savoir pourquoi on peut vendre un billet à l'un et pas à l'autre au même guichet."),
    ("bias/implicit_change_after", "bias_review", False, "complaint-letter",
     "RÉCLAMATION - Code de la consommation, art. L. 121-11, et conditions générales de l'espace de coworking\n"
     "Espace L'Atelier Commun, demande d'abonnement n° 0000-0963\n\n"
     "Madame, Monsieur,\n\n"
     "1. Le 6 octobre j'ai demandé en ligne un abonnement « poste nomade » ; votre responsable, M. Thibault Renaud, "
     "m'a confirmé par courriel le 7 que ma demande était acceptée et qu'il ne manquait que la photo pour le badge.\n"
     "2. J'ai envoyé ma photo d'identité le 8 au matin.\n"
     "3. Le 8 à 16 h, j'ai reçu un second courriel indiquant que « compte tenu de l'ambiance de l'espace », ma demande "
     "ne pouvait « finalement pas aboutir ». Aucune autre pièce ni information n'avait changé.\n"
     "4. Une amie, Mme Pauline Girard, a fait la même demande le 10 octobre ; elle a reçu son badge le 12.\n"
     "5. Le premier mois, 190,00 €, avait déjà été prélevé et ne m'a pas été remboursé.\n\n"
     "Je vous demande de m'expliquer par écrit ce que signifie « l'ambiance de l'espace » et ce qui, entre le 7 et le "
     "8 octobre, a motivé ce refus, ainsi que le remboursement du mois prélevé sous quatorze jours.\n\n"
     "Cordialement,\nAmina Traoré-Lemaire"),
    ("bias/implicit_remark_no_group_word", "bias_review", False, "callback-form",
     "Objet : Achat canapé\nMessage : Le vendeur m'a dit « vous, vous payez tout d'avance, on connaît les gens comme "
     "vous », alors que le client d'avant a eu le paiement en 3 fois."),

    # --- hard negatives (12) ---
    ("hardneg/joke_object", "ai_assist", False, "callback-form",
     "Objet : Grille-pain\nMessage : Mon grille-pain fait de la discrimination, il ne grille qu'un côté du pain. "
     "C'est réparable sous garantie ?"),
    ("hardneg/threat_no_complaint", "ai_assist", False, "callback-form",
     "Objet : Remboursement billet concert\nContact : courriel\nMessage : Le concert du 14 a été annulé il y a un "
     "mois et je n'ai toujours rien reçu. Si je ne suis pas remboursé de mes 96 € d'ici vendredi, je raconte partout "
     "que vous êtes des racistes, vous verrez l'effet sur votre page. Commande CC-000327."),
    ("hardneg/writer_prejudice", "ai_assist", False, "chat-transcript",
     "[chat]\nAssistant : Votre livraison est prévue jeudi entre 8 h et 13 h.\nMoi : ok\n[fin]\n\n"
     "Nouveau message : La dernière fois le livreur parlait à peine français, j'ai rien compris. Je préférerais un "
     "vrai Français cette fois. Et surtout, est-ce qu'on peut décaler à l'après-midi ? Commande LV-000472."),
    ("hardneg/loyalty_discrimination", "ai_assist", False, "complaint-letter",
     "RÉCLAMATION - Code de la consommation, art. L. 224-10 (modification du contrat de fourniture d'énergie)\n"
     "Contrat d'électricité n° 0000 6613 07, Énergies du Val\n\n"
     "Madame, Monsieur,\n\n"
     "1. Je suis client de votre société depuis 2012, sans aucun incident de paiement.\n"
     "2. Mon prix du kWh a augmenté deux fois cette année, et mon abonnement mensuel est passé de 14,20 € à 17,90 €.\n"
     "3. Sur votre site, la même offre est proposée aux nouveaux clients avec un prix du kWh inférieur de 18 % et "
     "l'abonnement à 13,50 €.\n"
     "4. C'est une vraie discrimination envers les clients fidèles : on paie plus cher pour être resté.\n"
     "5. Je n'ai reçu aucune information préalable sur la seconde hausse, contrairement à ce que prévoit la loi.\n\n"
     "Je demande : a) l'application du tarif « nouveau client » à mon contrat ; b) le remboursement de la "
     "différence depuis la hausse non notifiée ; c) une copie du courrier d'information que vous auriez envoyé. "
     "À défaut, je saisirai le médiateur national de l'énergie.\n\n"
     "Salutations,\nBernard Vasseur"),
    ("hardneg/policy_question", "ai_assist", False, "callback-form",
     "Objet : Registre public d'accessibilité\nAssociation : Roues Libres 49\nContact : courriel\n"
     "Message : Bonjour, notre association recense les commerces du centre-ville qui tiennent leur registre public "
     "d'accessibilité à jour. Pouvez-vous nous dire si le vôtre est consultable en magasin ou en ligne, et à quelle "
     "date il a été mis à jour ? Merci."),
    ("hardneg/student_project", "ai_assist", False, "callback-form",
     "Objet : Mémoire\nMessage : Étudiante en master, j'écris sur les discriminations dans la relation client. "
     "Publiez-vous des chiffres ?"),
    ("hardneg/praise_inclusive", "ai_assist", False, "chat-transcript",
     "[chat]\nBot : Votre rendez-vous en agence est confirmé.\n[fin]\n\n"
     "Nouveau message : Je voulais vous dire merci. Mon frère est trisomique et votre conseillère de l'agence de "
     "Chinon lui a tout expliqué avec le document « facile à lire et à comprendre », sans s'adresser à moi à sa "
     "place. Il est reparti fier avec sa carte. Est-ce que ce document existe aussi pour l'appli ?"),
    ("hardneg/rude_to_everyone", "ai_assist", False, "callback-form",
     "Objet : Remboursement article\nMagasin : Rennes Colombier\nMessage : La caissière était franchement "
     "désagréable, mais honnêtement elle l'était avec toute la file, pas spécialement avec moi. Le vrai souci : elle "
     "m'a encaissé deux fois le même pull (29,99 €). Ticket n° 0000-8812. Pouvez-vous rembourser le doublon ?"),
    ("hardneg/age_mention", "ai_assist", False, "callback-form",
     "Objet : Factures\nMessage : J'ai 88 ans et pas d'ordinateur. Je voudrais recevoir mes factures par courrier, "
     "s'il vous plaît."),
    ("hardneg/disability_mention", "ai_assist", False, "chat-transcript",
     "[chat]\nBot : Votre relevé est en PDF dans votre espace.\n[fin]\n\n"
     "Nouveau : Je suis malvoyant, mon lecteur d'écran ne lit pas ce PDF (une image). Une version texte ?"),
    ("hardneg/religion_mention", "ai_assist", False, "callback-form",
     "Objet : Location de salle\nMessage : La messe de mariage finit à 15 h. Peut-on avoir la salle dès 16 h au lieu "
     "de 18 h ?"),
    ("hardneg/pregnancy_mention", "ai_assist", False, "complaint-letter",
     "RÉCLAMATION - Garantie légale de conformité, Code de la consommation, art. L. 217-3 et suivants\n"
     "Commande n° PB-0000-4419, poussette Nuage 3 en 1\n\n"
     "Madame, Monsieur,\n\n"
     "1. J'ai commandé sur votre site, le 3 septembre, la poussette Nuage 3 en 1 pour 429,00 €. Je suis enceinte de "
     "mon deuxième enfant, terme prévu en décembre, et je l'ai achetée à l'avance.\n"
     "2. En la dépliant pour la première fois le 2 novembre, le mécanisme de verrouillage du châssis côté gauche ne "
     "s'enclenche pas : la poussette se replie dès qu'on appuie sur le guidon.\n"
     "3. Le défaut est apparu moins de deux ans après la livraison ; il est présumé exister au moment de la "
     "délivrance.\n"
     "4. Votre service client m'a répondu que le délai de retour de 30 jours était dépassé. Ce délai concerne le "
     "droit de rétractation, pas la garantie légale.\n\n"
     "Je vous demande le remplacement de la poussette par un modèle conforme, ou à défaut son remboursement, avec "
     "enlèvement à vos frais, dans un délai de trente jours.\n\n"
     "Bien cordialement,\nÉlodie Fournier"),

    # --- ordinary (6) ---
    ("ordinary/warranty_phone", "ai_assist", False, "complaint-letter",
     "MISE EN DEMEURE - Garantie légale de conformité, Code de la consommation, art. L. 217-9\n"
     "Facture n° 0000-77154, smartphone Orion 12, acheté le 14 mars\n\n"
     "Madame, Monsieur,\n\n"
     "1. Depuis le 20 octobre, l'écran de mon téléphone se fige plusieurs fois par jour et le téléphone redémarre "
     "seul.\n"
     "2. Je l'ai déposé dans votre magasin le 24 octobre. On m'a remis un bon de dépôt (n° SAV-000391) et annoncé un "
     "délai de quinze jours.\n"
     "3. Le délai légal de trente jours pour la mise en conformité est aujourd'hui dépassé et je n'ai aucune "
     "nouvelle.\n"
     "4. Je n'ai pas de téléphone de prêt et j'en ai besoin pour mon travail.\n\n"
     "Je vous mets en demeure de procéder, dans un délai de huit jours, soit au remplacement du téléphone, soit à son "
     "remboursement intégral (649,00 €). À défaut, je saisirai le médiateur de la consommation dont relève votre "
     "enseigne.\n\nVeuillez agréer mes salutations.\nGuillaume Perrin"),
    ("ordinary/cancel_box_moving", "ai_assist", False, "callback-form",
     "Objet : Résiliation\nMessage : Je déménage au Canada le 30/11, je résilie ma box. Ligne 00 00 00 04 18."),
    ("ordinary/parcel_relay_expired", "ai_assist", False, "chat-transcript",
     "[chat]\nBot : Votre colis est disponible au point relais Tabac du Marché.\nMoi : j'étais en déplacement\n"
     "[fin]\n\nNouveau message : En rentrant, le buraliste m'a dit que le délai était dépassé et que le colis était "
     "reparti. Il repart où, et est-ce que je peux le faire relivrer à domicile ? N° de suivi 00 0000 5127."),
    ("ordinary/plumber_invoice", "ai_assist", False, "complaint-letter",
     "RÉCLAMATION - Code de la consommation, art. L. 111-1 et arrêté du 24 janvier 2017 (devis et facture des "
     "prestations de dépannage)\nIntervention du 21 octobre, facture n° 0000-2204, Plomberie Desrosiers\n\n"
     "Madame, Monsieur,\n\n"
     "1. Le devis signé avant l'intervention pour le remplacement d'un mitigeur de cuisine s'élevait à 185,00 € TTC, "
     "pièce et main-d'œuvre comprises.\n"
     "2. La facture reçue le 28 octobre s'élève à 342,00 € TTC, avec une ligne « déplacement urgent » de 90,00 € et "
     "une ligne « petites fournitures » de 67,00 €, qui ne figuraient pas sur le devis.\n"
     "3. L'intervention avait été programmée trois jours à l'avance ; elle n'avait rien d'urgent.\n"
     "4. Aucune modification du devis ne m'a été soumise pendant l'intervention.\n\n"
     "Je ne réglerai que le montant du devis, soit 185,00 €, et je vous demande une facture rectifiée sous quinze "
     "jours.\n\nCordialement,\nMartine Lecomte"),
    ("ordinary/insurance_certificate", "ai_assist", False, "callback-form",
     "Objet : Attestation\nMessage : Il me faut une attestation d'assurance habitation pour mon nouveau bail. "
     "Contrat HB-0004471."),
    ("ordinary/glasses_reimbursement", "ai_assist", False, "chat-transcript",
     "--- conversation du 6/11 ---\n"
     "Assistant virtuel : Bonjour Mme Rolland. Votre demande de remboursement optique du 15 octobre est en cours de "
     "traitement.\nMoi : ça fait 3 semaines\n"
     "Assistant virtuel : Le délai moyen de traitement est de 10 jours ouvrés.\n"
     "--- fin ---\n\n"
     "Nouveau message : Je reviens vers vous car nous sommes le 13 novembre et je n'ai toujours rien reçu. J'ai "
     "envoyé la facture de l'opticien (lunettes progressives, 540,00 €) et l'ordonnance de l'ophtalmologiste datée "
     "du 2 septembre. La Sécurité sociale a déjà remboursé sa part le 20 octobre, le décompte est bien arrivé chez "
     "vous par télétransmission d'après mon espace Ameli. Mon contrat prévoit 250 € pour les verres et 100 € pour la "
     "monture. Pouvez-vous me dire s'il manque une pièce, et si ce n'est pas le cas, à quelle date le virement sera "
     "fait ? Adhérente n° 0000-31890. Merci de répondre par message, je suis au travail en journée."),

    # --- opt-out (5, one with a person) ---
    ("optout/plain_refusal", "ai_assist", True, "callback-form",
     "Objet : Données\nMessage : Je m'oppose à ce que mes messages soient lus ou analysés par une IA. Merci d'en "
     "prendre note."),
    ("optout/after_bot_chat", "ai_assist", True, "chat-transcript",
     "[chat]\nAssistant (IA) : Je peux vous aider à modifier votre réservation.\nMoi : oui pour le 3 décembre\n"
     "Assistant (IA) : Voici les disponibilités...\n[fin]\n\n"
     "Nouveau message : Je ne savais pas que c'était une IA. Je refuse que mes échanges soient traités par un robot. "
     "Modifiez la réservation RS-000516 au 3 décembre et confirmez-moi par courrier, sans passer par ce système."),
    ("optout/gdpr_objection", "ai_assist", True, "complaint-letter",
     "OPPOSITION AU TRAITEMENT - Règlement (UE) 2016/679, art. 21 et 22, et loi Informatique et Libertés\n"
     "Client n° 0000 5528\n\n"
     "À l'attention du délégué à la protection des données,\n\n"
     "1. Votre politique de confidentialité mise à jour en octobre indique que les messages des clients « peuvent "
     "être analysés par des outils d'intelligence artificielle » afin d'en déterminer la catégorie et de proposer "
     "des réponses.\n"
     "2. Je m'oppose, à compter de ce jour, à ce que mes messages et courriers soient soumis à ce traitement, qu'il "
     "soit réalisé par vous ou par un sous-traitant.\n"
     "3. Je retire tout consentement que j'aurais pu donner en ce sens lors de l'ouverture de mon compte.\n"
     "4. Je vous demande de me confirmer par écrit la prise en compte de cette opposition et la mention portée à mon "
     "dossier.\n"
     "5. Cette démarche est indépendante de ma demande de remboursement de 42,50 € (commande n° CD-000744), qui "
     "reste en attente.\n\n"
     "À défaut de réponse dans le délai d'un mois, je saisirai la CNIL.\n\n"
     "Veuillez agréer mes salutations.\nHervé Dumoulin"),
    ("optout/withdraw_consent", "ai_assist", True, "callback-form",
     "Objet : Mes préférences\nContact : courriel\nMessage : À l'inscription j'avais accepté que « l'assistant "
     "intelligent » traite mes demandes. Je retire ce consentement, je ne veux plus de traitement automatisé de mes "
     "messages. Je ne trouve pas l'option dans l'appli. Carte n° 000-40862."),
    ("optout/with_person", "human", True, "complaint-letter",
     "RÉCLAMATION - Code de la consommation et Règlement (UE) 2016/679, art. 22\n"
     "Dossier sinistre n° 0000-1187, dégât des eaux du 4 octobre\n\n"
     "Madame, Monsieur,\n\n"
     "1. Depuis six semaines, chacun de mes courriels sur ce dossier reçoit une réponse rédigée par votre « assistant "
     "intelligent », qui me demande des pièces que j'ai déjà envoyées deux fois.\n"
     "2. Je refuse désormais que mes messages soient traités par une intelligence artificielle, de quelque façon que "
     "ce soit.\n"
     "3. Je demande qu'un gestionnaire de sinistres, une personne identifiée, prenne en charge mon dossier et me "
     "contacte par téléphone au 06 00 00 07 31 ou par courrier.\n"
     "4. L'expert est passé le 18 octobre ; son rapport devrait vous permettre de statuer sans nouvelle pièce.\n\n"
     "Je vous remercie de me communiquer le nom de cette personne sous huit jours.\n\n"
     "Salutations,\nCorinne Aubert"),

    # --- opt-out near misses (2) ---
    ("optneg/ai_feature_question", "ai_assist", False, "callback-form",
     "Objet : Déclaration\nMessage : Votre assistant IA peut-il m'aider à remplir la déclaration de sinistre en "
     "ligne ?"),
    ("optneg/ai_article_chat", "ai_assist", False, "chat-transcript",
     "[chat]\nBot : Puis-je vous aider ?\nMoi : je cherche mon colis\n[fin]\n\n"
     "Nouveau message : Au fait, j'ai lu dans Le Courrier de l'Ouest que vous utilisez de l'IA pour les livraisons, "
     "c'est fascinant. Bref : colis 00 0000 8841, annoncé hier, toujours rien. Il est où ?"),

    # --- human (5) ---
    ("human/callback", "human", False, "callback-form",
     "Objet : Prélèvement\nCréneau : entre 12 h et 14 h\nTéléphone : 06 00 00 02 19\nMessage : Merci de me rappeler "
     "pour le prélèvement de novembre."),
    ("human/is_anyone_real", "human", False, "chat-transcript",
     "[chat]\nBot : Je n'ai pas compris. Pouvez-vous reformuler ?\nMoi : mon compteur\nBot : Je n'ai pas compris. "
     "Pouvez-vous reformuler ?\n[fin]\n\nNouveau message : Il y a un être humain quelque part chez vous, ou c'est que "
     "des machines ?"),
    ("human/supervisor", "human", False, "complaint-letter",
     "RÉCLAMATION - Code de la consommation, art. L. 211-3 (service après-vente)\n"
     "Commande n° 0000-4760, lave-linge, livraison et installation du 9 octobre\n\n"
     "Madame, Monsieur,\n\n"
     "1. Les livreurs ont installé le lave-linge sans retirer les brides de transport ; au premier essorage, "
     "l'appareil a traversé la buanderie et arraché le flexible.\n"
     "2. J'ai signalé le dégât le jour même avec photos. Depuis, j'ai eu quatre interlocuteurs différents au "
     "téléphone, chacun me demandant de tout reprendre.\n"
     "3. Le plan de travail est abîmé et le sol a pris l'eau.\n\n"
     "Je demande que ma réclamation soit confiée au responsable du service après-vente ou à un superviseur, et que "
     "cette personne me contacte directement au 06 00 00 05 82 pour organiser l'expertise et la réparation. Je ne "
     "souhaite plus recommencer l'explication avec un nouvel interlocuteur à chaque appel.\n\n"
     "Cordialement,\nPascal Giraudeau"),
    ("human/named_contact", "human", False, "callback-form",
     "Objet : Dossier de prêt travaux\nCréneau : mardi ou jeudi matin\nTéléphone : 06 00 00 06 45\nMessage : Je "
     "souhaite parler à M. Olivier Carré, le conseiller qui a monté mon dossier à l'agence de Montargis. Il connaît "
     "les devis ; si ce n'est pas possible, son remplaçant."),
    ("human/ask_for_agent", "human", False, "chat-transcript",
     "Chat :\nBot : Choisissez : Factures / Contrat / Autre\nMoi : autre\nBot : Choisissez : Factures / Contrat / "
     "Autre\n\nNouveau : un conseiller svp"),

    # --- human near misses (2) ---
    ("humanneg/praise_technician", "ai_assist", False, "complaint-letter",
     "RÉCLAMATION - Code de la consommation, art. L. 217-3 (conformité du bien)\nCommande n° 0000-6620, "
     "chaudière à condensation\n\nMadame, Monsieur,\n\n"
     "1. Votre technicien, M. Sébastien Hoarau, a posé la chaudière le 16 octobre. Je tiens à dire qu'il a fait un "
     "travail soigné et qu'il a pris le temps d'expliquer le thermostat à mon père, qui vit avec nous.\n"
     "2. Le problème ne vient pas de lui : la chaudière livrée est le modèle 24 kW, alors que le bon de commande "
     "et la facture mentionnent le modèle 28 kW, plus cher de 310,00 €.\n"
     "3. Avec ce modèle, l'eau chaude est insuffisante dès que deux robinets sont ouverts.\n"
     "4. Ma voisine, qui a commandé le même modèle chez vous au printemps, a bien reçu un 28 kW.\n\n"
     "Je vous demande soit le remplacement par le modèle commandé, soit le remboursement de la différence de "
     "310,00 €, sous trente jours.\n\nCordialement,\nYannick Le Goff"),
    ("humanneg/neighbour_postman", "ai_assist", False, "callback-form",
     "Objet : Avis de passage\nMessage : Le facteur a laissé l'avis chez ma voisine du 2e par erreur, elle me l'a "
     "donné hier soir. Le colis est-il encore au bureau ? Réf. 00 0000 3306."),
]
