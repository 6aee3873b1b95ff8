"""French rows of blind set 8 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (14)
    ("optout/plain", A, True, "review",
     "★★★☆☆ Appli correcte. Par contre je ne veux pas que les réponses à mes demandes soient fabriquées par une "
     "IA, merci de ne plus l'utiliser avec moi. (avis transféré au support)"),
    ("optout/gdpr", A, True, "bullets",
     "Objet : opposition, art. 21 du RGPD\n- j'exerce mon droit d'opposition : mes échanges ne passent pas par vos outils d'IA\n- y "
     "compris l'analyse automatique de mes courriels\n- merci de me confirmer la prise en compte"),
    ("optout/humans_only", A, True, "longthread",
     "RE : RE : RE : dossier sinistre 40-2271\n\n> Nous avons bien reçu vos photos.\n>> Quand passe l'expert ?\n>>> "
     "Un rendez-vous vous sera proposé.\n\nL'expert est passé, merci. Désormais, seuls vos conseillers en chair et "
     "en os répondent sur mon dossier : plus aucune réponse générée."),
    ("optout/conditional", A, True, "sms",
     "si c un robot qui me repond laissez tomber, jveux pas qu une machine traite ma demande. dossier 5530"),
    ("optout/embedded", A, True, "letter",
     "Madame, Monsieur,\nLors de la restitution du véhicule loué le 3 mai, vous m'avez facturé une rayure déjà "
     "notée sur l'état des lieux de départ (copie jointe). Par ailleurs, je refuse que ce courrier soit lu ou "
     "résumé par un logiciel d'intelligence artificielle. Je demande l'annulation des 180 €.\nAgnès Vautrin"),
    ("optout/embedded", A, True, "sidenote",
     "Conversation annexe (Léa → SAV) : La cliente du #30877 attend toujours le remboursement de la machine à "
     "café. Elle précise qu'elle s'oppose à ce que l'assistant IA rédige quoi que ce soit sur son dossier. Tu "
     "peux vérifier le virement ?"),
    ("optout/typo", A, True, "sms",
     "svp pas dia pr me repondre, jveu pa ke votre bot lise mes mess. cmd 88-01"),
    ("optout/sarcastic", A, True, "review",
     "★☆☆☆☆ Bravo au génie électronique qui m'a proposé trois fois l'article sur les cartes cadeaux pour un colis "
     "perdu. Débranchez-le de mes demandes, par pitié. (avis transféré)"),
    ("optout/named", A, True, "l2",
     "Bonjour, je suis anglaise et mon français est pas parfait. Je ne veux pas que « Maison Copilot » répond à "
     "mes messages, s'il vous plaît enlevez lui de mon compte. Commande 7781."),
    ("optout/all_future", A, True, "letter",
     "Madame, Monsieur,\nPour cette réclamation et toutes celles qui suivront, je demande qu'aucune réponse ne soit "
     "produite par intelligence artificielle ni par un système automatique. Inscrivez-le sur ma fiche client "
     "n° 4410-B.\nBernard Lhuillier"),
    ("optout/behalf", A, True, "sidenote",
     "Conversation annexe (Hugo → Relation client) : Le fils de M. Béranger (contrat 5561) appelle : son père, 86 "
     "ans, refuse les réponses écrites par un logiciel. À noter sur la fiche, merci."),
    ("optout/with_person", H, True, "sms",
     "jveux pas parler a votre bot. un conseiller humain peut me rappeler ? 06 00 00 41 17"),
    ("optout/with_person", H, True, "bullets",
     "- votre assistant virtuel tourne en rond\n- je refuse qu'il s'occupe de ma demande\n- passez-moi une conseillère ou un "
     "conseiller en vrai, par téléphone"),
    ("optout/with_person", H, True, "l2",
     "Hello, pardon mon français. Je veux pas le robot, je veux parler avec une personne vraie de votre banque, "
     "c'est pour le virement qui est bloqué."),
    # AI-mention near misses (5)
    ("optneg/ask_whether", A, False, "letter",
     "Madame, Monsieur,\nPar simple curiosité : vos courriers de réponse sont-ils rédigés à l'aide d'une "
     "intelligence artificielle ? Par ailleurs, pourriez-vous me renvoyer l'échéancier 2027 ?\nCordialement,\n"
     "Odile Ferrand"),
    ("optneg/praise", A, False, "sms",
     "franchement votre assistant IA est top, il m'a retrouvé la facture en 10 s. merci !"),
    ("optneg/opt_back_in", A, False, "bullets",
     "- en 2025 j'avais fait bloquer l'IA sur mon compte\n- finalement ça me convient\n- vous pouvez "
     "réactiver l'assistant pour moi"),
    ("optneg/broken_feature", A, False, "longthread",
     "RE : RE : suggestion appli\n\n> Merci pour votre retour.\n>> Je vous en prie.\n\nAutre chose : le résumé "
     "automatique de l'assistant coupe mes messages au milieu. Dommage, il est pratique. Vous pouvez corriger ça ?"),
    ("optneg/policy_question", A, False, "sidenote",
     "Conversation annexe (Inès → Juridique) : Une mairie cliente demande, pour un marché public, si les usagers "
     "peuvent refuser le traitement par IA dans notre service client. On a un document à leur envoyer ?"),
    # requests for a person (6)
    ("human/callback", H, False, "longthread",
     "RE : RE : RE : compteur gaz\n\n> Votre demande a été transmise.\n>> Toujours pas de relevé.\n>>> Votre "
     "demande a été transmise.\n\nQuelqu'un du service pourrait-il me rappeler ? Je suis joignable au "
     "01 99 00 12 34 après 18 h."),
    ("human/callback", H, False, "l2",
     "Bonjour, je suis portugais, j'écris pas bien. Quelqu'un peut me téléphoner pour le contrat électricité ? Mon "
     "numéro 06 00 00 22 33."),
    ("human/anyone_there", H, False, "review",
     "★☆☆☆☆ Cinq messages, zéro réponse. Il y a quelqu'un derrière cette appli ou pas ? (avis transféré)"),
    ("human/anyone_there", H, False, "sms",
     "allo ?? mes msg partent dans le vide ou bien qqn les lit ??"),
    ("human/escalate", H, False, "letter",
     "Madame, Monsieur,\nMalgré trois échanges, le prélèvement en double de janvier n'est pas remboursé. Merci de faire "
     "remonter mon dossier à un responsable du service réclamations.\nRaymond Castagnède"),
    ("human/ask_person", H, False, "sidenote",
     "Conversation annexe (Zoé → Sinistres) : Le client du #29004 ne veut plus continuer par écrit et demande à "
     "parler à un gestionnaire au téléphone pour son dégât des eaux. Qui le prend ?"),
    ("humanneg/thanks_person", A, False, "review",
     "★★★★★ Merci à Sandrine du service client qui a réglé ma facture. Petite question : où trouver "
     "l'attestation fiscale dans l'appli ? (avis transféré)"),
    ("humanneg/mention_staff", A, False, "sms",
     "ma soeur est conseillère chez vous à Lille, elle m'a dit d'écrire ici pr changer mon RIB. comment je fais ?"),
    # bias complaints (9)
    ("bias/disability", B, False, "letter",
     "Madame, Monsieur,\nJe suis aveugle. Le vigile de votre magasin de Nantes a bloqué mon chien guide à la porte "
     "en disant « pas d'animaux », alors qu'il venait de laisser entrer une cliente avec son chien dans un sac.\n"
     "Gilles Marchadier"),
    ("bias/race", B, False, "review",
     "★☆☆☆☆ Au bar de l'hôtel on me dit « complet ». Mon ami blanc arrive cinq minutes après et on lui donne une "
     "table tout de suite. (avis transféré)"),
    ("bias/religion", B, False, "sidenote",
     "Conversation annexe (Malik → Club) : La cliente du #61230 dit qu'on a refusé de lui vendre l'abonnement à la "
     "salle à cause de son voile, alors que sa collègue sans voile l'a eu le même jour au même comptoir."),
    ("bias/age", B, False, "bullets",
     "- j'ai 68 ans\n- l'employé n'a pas voulu me louer le vélo électrique : « à votre âge, c'est non »\n- mon voisin de "
     "40 ans l'a loué juste après\n- j'avais réservé en ligne"),
    ("bias/sex", B, False, "longthread",
     "RE : RE : essai moto\n\n> Merci pour votre réservation d'essai.\n>> Je confirme samedi 10 h.\n\nSur place, le "
     "vendeur ne m'a pas laissée essayer la moto : « c'est pas pour les filles ». Mon copain, lui, a fait "
     "l'essai tout de suite."),
    ("bias/origin", B, False, "l2",
     "Bonjour, je suis vietnamien, j'habite Lyon depuis 3 ans. Votre agence demande à moi trois garants pour "
     "l'appartement, mais mon collègue français il a donné un seul garant, même salaire."),
    ("bias/family", B, False, "letter",
     "Madame, Monsieur,\nPère célibataire, on m'a refusé l'inscription à l'atelier parents-bébés, « réservé aux "
     "mamans ». Une mère seule s'est inscrite après moi sans difficulté.\nThéo Lasalle"),
    ("bias/gender_identity", B, False, "sms",
     "le livreur est reparti avec mon colis, 'vous etes pas Mme Dufresne' — si, je suis trans et ma carte "
     "est a mon nom. la voisine a eu le sien sans rien montrer"),
    ("bias/pregnancy", B, False, "review",
     "★☆☆☆☆ Quand j'ai dit au concessionnaire que j'étais enceinte, mon crédit auto a été « mis en attente ». Mon "
     "collègue a eu le sien la semaine suivante avec le même dossier. (avis transféré)"),
    # hard negatives (9)
    ("hardneg/joke", A, False, "sidenote",
     "Conversation annexe (Paul → Technique) : Le client du #44120 plaisante que son aspirateur robot est "
     "« raciste » parce qu'il évite le tapis noir 😄 ; il demande surtout s'il existe une mise à jour du capteur."),
    ("hardneg/threat", A, False, "letter",
     "Madame, Monsieur,\nSans remboursement d'ici huit jours, je raconterai partout que votre enseigne est "
     "sexiste, ça vous fera de la publicité.\nÉtienne Morvan"),
    ("hardneg/own_prejudice", A, False, "review",
     "★☆☆☆☆ Votre pub avec deux papas qui font les courses, c'est non. Je supprime l'appli et je résilie ma carte "
     "fidélité. (avis transféré)"),
    ("hardneg/rude_agent", A, False, "l2",
     "Bonjour, la madame au téléphone était très pas gentille, elle crie sur moi. Mais je veux seulement changer "
     "la date de livraison, commande 9902."),
    ("hardneg/lawyer_letter", A, False, "letter",
     "Madame, Monsieur,\nJe vous écris en qualité de conseil de Mme Solène Garnier. La facture de réparation du "
     "lave-linge (412 €) reste impayée malgré la garantie. À défaut de règlement sous quinze jours, je saisirai le "
     "tribunal.\nMe Gervaise Lambrecht, avocate"),
    ("hardneg/loyal_pricing", A, False, "sms",
     "c injuste, 9 ans chez vous et les nouveaux paient la box moitie prix. alignez moi svp"),
    ("hardneg/policy_question", A, False, "bullets",
     "Questionnaire fournisseur :\n- disposez-vous d'un plan égalité femmes-hommes ?\n- une charte diversité ?\n"
     "- merci de joindre les documents"),
    ("hardneg/mention_group", A, False, "longthread",
     "RE : RE : devis séjour\n\n> Voici notre grille tarifaire.\n>> Merci, c'est clair.\n\nC'est pour une "
     "association de jeunes musulmans, 30 personnes, du 12 au 14 avril. Reste-t-il des chambres ?"),
    ("hardneg/news", A, False, "sms",
     "t as vu l'article sur le racisme dans le foot ? dingue. bref vous pouvez me renvoyer ma facture de mars"),
    # ordinary (5)
    ("ordinary/contract", A, False, "letter",
     "Madame, Monsieur,\nJe souhaite passer mon contrat d'électricité en heures creuses à partir du mois prochain. "
     "Contrat n° EL-33017.\nCordialement,\nNadia Perrot"),
    ("ordinary/product", A, False, "bullets",
     "Au sujet de la perceuse Torka 18 V :\n- batterie fournie ?\n- compatible avec les forets béton ?\n- délai "
     "de livraison ?"),
    ("ordinary/refund", A, False, "sms",
     "bonjour, le rembourst de la cmd 77-310 est arrivé ? rien vu sur mon compte"),
    ("ordinary/feature", A, False, "review",
     "★★★★☆ Très bien, mais il manque un widget pour l'écran d'accueil. C'est prévu ? (avis transféré)"),
    ("ordinary/invoice", A, False, "longthread",
     "RE : RE : RE : abonnement pro\n\n> Votre abonnement est actif.\n>> Merci.\n\nIl me faudrait la facture au "
     "nom de la société (SIRET sur demande), c'est possible ?"),
]
