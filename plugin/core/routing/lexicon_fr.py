"""French routing lexicon. Same format and rules as lexicon_en.py (read its docstring first)."""

LANG = "fr"
STOPWORDS = frozenset(
    "le la les de des du et est je vous votre vos mon ma mes pas que une un pour avec dans sur ne ce il qui "
    "on suis ai a au aux elle nous ils parce plus tres mais".split())

_NATIONS = ("marocain\\w*|algerien\\w*|tunisien\\w*|senegalais\\w*|malien\\w*|africain\\w*|roumain\\w*|polonais\\w*|"
            "portugais\\w*|turc|turque\\w*|chinois\\w*|comorien\\w*|ivoirien\\w*|camerounais\\w*|congolais\\w*|"
            "haitien\\w*|antillais\\w*|maghrebin\\w*|etranger\\w*|francais\\w*|allemand\\w*|anglais\\w*|"
            "americain\\w*|espagnol\\w*|italien\\w*|belge\\w*|suisse\\w*|europeen\\w*")

NOT_BIAS = [
    r"discrimination (tarifaire|par les prix|de prix|des prix)", r"black[- ]?friday",
    r"(compte|carte|profil|acces|fonction\w*|option|bouton|service|utilisateur|appli\w*)( \w+)?( \w+)? desactive\w*",
    r"race (de chien|de chat|de cheval|canine|feline)", r"(condition|situation) de (course|concurrence)",
    r"enceintes? (bluetooth|connectee\w*|portable\w*|sans fil|audio|acoustique\w*|jbl|sonos|\w+ watts?)",
    r"sans prejudice", r"je (ne suis pas|suis pas) (raciste|sexiste)",
]

STRONG = {
    "": [r"discrimin\w*", r"prejuges?", r"(biais|partial\w*) (contre|envers)",
         r"traitement (different|inegal|discriminatoire)", r"(crimes?|discours|propos) haineux|(crime|delit) de haine"],
    "race": [r"racis(te|tes|me)", r"delit de facies", r"profilage (racial|ethnique)"],
    "sex": [r"sexis(te|tes|me)", r"machis(te|tes|me)", r"misogyn\w*", r"harcelement sexuel"],
    "sexual_orientation": [r"homophob\w*", r"lesbophob\w*", r"biphob\w*"],
    "gender_identity": [r"transphob\w*", r"megenr\w*"],
    "age": [r"agis(te|me)", r"jeunis(te|me)"],
    "disability": [r"validis(te|me)", r"capacitis\w*", r"handiphob\w*"],
    "national_origin": [r"xenophob\w*"],
    "religion": [r"islamophob\w*", r"antisemit\w*", r"judeophob\w*"],
    "ethnicity": [r"antitsigan\w*", r"romaphob\w*"],
}

CHARACTERISTICS = {
    "race": [r"(je suis|il est|elle est|nous sommes|ils sont|etant|en tant que|parce que je suis) (un |une )?(noir|"
             r"noire|noirs|noires|black|metis\w*|asiatique|beur\w*|rebeu\w*|blanc|blanche)",
             r"(personnes?|gens|clients?|clientes?|hommes?|femmes?|familles?|collegues?|amis?|voisins?) (noir\w*|"
             r"blanc\w*|asiatiques?|de couleur|racise\w*)", r"(ma|sa|leur) race",
             r"(a cause de|en raison de|du fait de) (ma |sa |leur |la )?(race|couleur)", r"racial\w*|racise\w*",
             r"(le |la )?seule? (noir\w*|arabe|asiatique)"],
    "colour": [r"couleur de (ma |sa |la )?peau", r"peau (noire|foncee|mate|claire|blanche)", r"(mon|son) teint"],
    "ethnicity": [r"roms?|tsiganes?|gitans?|manouches?|gens du voyage|arabes?|maghrebin\w*|ethni\w*|juifs?|juive\w*"],
    "national_origin": [r"etranger\w*|immigre\w*|immigra\w*|migrants?|refugie\w*|sans[- ]papiers",
                        r"(mes|ses|nos|leurs) origines", r"(mon|ma|son|sa|notre) (origine|nationalite)",
                        r"(gens|personnes|clients) de (mon|son|ce|ces) pays",
                        r"(rentre|retourne|rentrez|retournez) (chez (toi|vous)|dans (ton|votre) pays)",
                        rf"(je suis|parce que je suis|en tant que|il est|elle est) (\w+ )?({_NATIONS})"],
    "accent_language": [r"accent\w*", r"(langue|idiome) maternelle", r"(mon|son|notre) (francais|anglais|dialecte|patois)",
                        r"(ma|sa) (facon|maniere) de parler", r"je (ne )?parle pas (bien |tres bien |couramment )?"
                        r"(le |l')?(francais|anglais)", r"non francophone", r"langue des signes"],
    "religion": [r"musulman\w*|islam\w*|juifs?|juive\w*|judaisme|chretien\w*|catholique\w*|protestant\w*|sikh\w*",
                 r"hindou\w*|bouddhiste\w*|athee\w*|religi\w*|(ma|sa) foi|voile\w*|foulard|hijab|turban|kippa",
                 r"burqa|niqab|crucifix|chapelet|mosquee|synagogue|ramadan|prier|priere|casher|kasher|halal"],
    "sex": [r"(parce que|car|puisque) (je suis|elle est|il est) (une|un) (femme|fille|homme|garcon)",
            r"(je suis|en tant que|etant) (une?) (femme|fille|homme|garcon)",
            r"(mon|son) (genre|sexe)", r"(a cause de|en raison de) (mon |son )?(genre|sexe)",
            r"les femmes (ne|n'\w+|sont|savent|comprennent)", r"(la )?seule femme", r"(un truc|une affaire) d'hommes?"],
    "gender_identity": [r"trans|transgenre\w*|cis|cisgenre\w*|transsexuel\w*|non[- ]binaire\w*|intersexe\w*|pronoms|identite de genre",
                        r"(mon|son) (ancien prenom|deadname|prenom de naissance|nom de naissance)",
                        r"monsieur ou madame|madame ou monsieur"],
    "sexual_orientation": [r"gay|gays|homosexuel\w*|lesbienne\w*|bisexuel\w*|lgbt\w*|queer|meme sexe",
                           r"deux (hommes|femmes|papas|mamans)", r"drapeau (arc-en-ciel|lgbt\w*)|orientation sexuelle",
                           r"couple (hetero\w*|homo\w*)", r"heterosexuel\w*"],
    "age": [r"(mon|son|notre) age", r"(a cause de|en raison de|vu) (mon |son |l')?age", r"trop (vieux|vieille|age|agee|jeune)",
            r"personnes? agee\w*|seniors?|retraite\w*|troisieme age|(les|des) (vieux|anciens)",
            r"(j'ai|a|ai|agee? de) (plus de |moins de )?\d{2} ans"],
    "disability": [r"handicap\w*|invalides?|fauteuil roulant|chien (guide|d'assistance|d'aveugle)|aveugle\w*|malvoyant\w*",
                   r"sourd\w*|malentendant\w*|autis\w*|trisomi\w*|vih|seropositi\w*|sante mentale|maladie (mentale|chronique)",
                   r"dyslexi\w*|mobilite reduite|lecteur d'ecran|bequilles?|pmr"],
    "pregnancy": [r"enceinte\w*|grossesse\w*|maternite|conge (de )?maternite|allait\w*|j'attends un (bebe|enfant)"],
    "family_status": [r"(mere|pere) celibataire|parent (seul|isole|celibataire)|famille (monoparentale|nombreuse)",
                      r"(j'ai|nous avons) (\w+ )?enfants|situation (familiale|maritale)|divorce\w*|veu(f|ve)",
                      r"(parce que|car) je suis (marie\w*|celibataire|maman|papa|mere|pere)"],
    "neighbourhood": [r"(quartier|cite|zone|secteur|banlieue) (sensible|difficile|populaire|pauvre|chaud|defavorise|"
                      r"dangereu\w*|d'immigres|riche)", r"(c'est une|dans une|en|une) (cite|banlieue)", r"banlieue\w*",
                      r"(a cause de|en raison de|vu) (mon |notre |l')?(code postal|quartier|adresse|lieu de residence)",
                      r"(la rue|le quartier|l'immeuble) d'a cote", r"(a cause de|en raison de) (l'endroit )?ou (j'habite|je vis|nous habitons)"],
    "name": [r"(mon|son|notre) (nom|prenom|nom de famille)", r"(noms|prenoms|nom|prenom) (arabe|africain|etranger|"
             r"musulman|maghrebin|juif)s?", r"(trait d'union|apostrophe|accents?) (dans|de) mon (nom|prenom)"],
    "": [r"(les )?gens comme (moi|nous)", r"ce genre de (personnes|gens|clients)", r"minorite\w*"],
}

ADVERSE = [
    r"refus\w*", r"rejet\w*", r"interdi\w*", r"(m'a|a|ont|m'ont) (vire|mis dehors|chasse)", r"ignor\w*", r"humili\w*",
    r"insult\w*", r"moqu\w*", r"(rire|ri|ricane\w*) de", r"(propos|remarques?|blagues?|commentaires?) (sur|homophob\w*|"
    r"racist\w*|sexist\w*|deplace\w*)", r"(fait|faisait|faire) des (remarques|blagues|commentaires)",
    r"(m'a|m'ont|nous a|nous ont) suivi\w*", r"trait\w* (differemment|autrement|moins bien|mal|comme)",
    r"injust\w*|pas juste|inegal\w*|deux poids,? deux mesures|de seconde (zone|classe)",
    r"(la )?seule difference", r"(pas )?les autres( clients)?", r"(personne|aucun) d'autre",
    r"(le |la )?seule? (a|client|cliente|personne|famille)",
    r"(meme|memes) (abonnement|salaire|forfait|contrat|offre|dossier|profil|voiture|probleme|situation)", r"pas moi",
    r"ne (me|nous|lui|leur) (propose|proposent|donne|donnent|accorde|accordent|vend|vendent|loue|louent|livre|livrent|"
    r"sert|servent|accepte|acceptent|comprend|comprennent|reconnait|reconnaissent|prend|prennent)\w*",
    r"ne (livrez|livrent|livre) pas", r"plus cher|(tarif|prime|taux) plus elevee?", r"(payer|paye|facture\w*) plus",
    r"(des que|depuis que|quand|lorsque|apres que|une fois que) (j'ai|ils ont|il a|elle a|on a) (annonce|dit|mentionne|"
    r"su|vu|entendu|appris|donne|remarque)", r"(des qu'|quand |lorsqu')(ils|il|elle|on) (ont|a) (su|vu|entendu|appris)",
    r"raccroch\w*", r"(rentre|retourne|rentrez|retournez) (chez (toi|vous)|dans (ton|votre) pays)",
    r"(justificatifs|documents|pieces) (supplementaires|en plus)", r"change\w* de ton", r"prend pas au serieux",
    r"(est-ce|c'est) (parce que|a cause de)", r"hasard|coincidence", r"biais|partial\w*", r"ne me propose(nt)? plus",
    r"(ferme|bloque|suspendu|resilie|annule)e? (mon|ma|notre)",
    r"alors qu(e |')(il|elle|ils|elles|on|a) (l'|le |la |les |leur |lui )?(accorde|donne|propose|offre|sert|livre)\w*",
    r"n'(etait|est) plus (raisonnable|possible|envisageable)", r"fait semblant de ne pas (me|nous) voir",
    r"ne (peut|peuvent|pouvait|pouvaient|pourra|pourront|pouvons|pourrons) (pas|plus) (etre )?(recu|servi|accepte|"
    r"admis|entrer|venir|acceder)\w*", r"(pas|plus|jamais) (admis|accepte|bienvenu|servi|recu)e?s?",
    r"(derangent|genent|sont un probleme|posent probleme)", r"(que|qu'a) moi(?= ?[.!?,;]|$)", r"en dernier",
    r"imit\w* (mon|son) accent", r"(fouille|fouiller) (mon|mes|ma)", r"au lieu de (moi|nous)", r"(filtre|ecarte|elimine)\w*",
]

REPORTED = [r"(m'a|m'ont|nous a|nous ont|lui a|a|ont) (dit|repondu|explique|lance|affirme) qu(e|')"]

EXCLUSION = [r"exclu\w*|exclusion", r"laiss\w* (de cote|pour compte)", r"(aucune|pas d') (option|possibilite|moyen) pour",
             r"il n'y a que", r"(impossible|pas possible) (pour les|d'utiliser|de creer)",
             r"(je ne peux pas|on ne peut pas|impossible de) (\w+ )?(creer|ouvrir|utiliser|acceder|m'inscrire|reserver)",
             r"pas (concu|pense|adapte)e?s? pour"]

AI_TERMS = [r"ia|i\.a\.|intelligence artificielle|algorithme\w*|chatbot\w*|bots?|robots?|automati\w*",
            r"assistant (vocal|virtuel)|reconnaissance (faciale|vocale)|le systeme"]

NEGATION = [r"ne|pas|jamais|rien|aucun\w*|ni|sans", r"n'\w+", r"rien a voir"]

NOT_WANTED = [r"(je )?ne (veux|souhaite|voudrais) pas", r"pas besoin", r"inutile de"]
HANDOFF = [
    r"(parler|discuter|echanger) (a|avec) (un |une |le |la )?(humain|personne|conseiller|conseillere|agent|responsable|superieur|operateur|"
    r"etre humain|vrai\w* \w+|quelqu'un|interlocuteur|employe)", r"(passez|passe)[- ]moi (un|une|le|la|quelqu'un)",
    r"(je veux|je voudrais|je souhaite|j'exige) (un |une )?(humain|vraie personne|conseiller|interlocuteur|etre humain|"
    r"personne reelle|agent humain)", r"(mettez|mets)[- ]moi en (relation|contact) avec", r"rappelez[- ]moi",
    r"(contacter|joindre) (un |une )?(humain|conseiller|conseillere|agent|vraie personne|interlocuteur)",
    r"(rappele|contacte|recontacte|traite|verifie|examine)e?s? par (un |une )?(conseill\w*|humain|agent|etre humain|personne)",
    r"en chair et en os", r"(un |une )?(conseill\w*|humain|agent|employe) (verifie|examine|traite|regarde|reprenne)",
    r"(passez|passe)[- ]moi (votre|ton|vos)", r"(un |une )?(etre humain|vraie personne|humain|conseill\w*) (repond|traite|"
    r"s'occupe|decroche)",
]
CONTACT = [r"(un |une )?(personne|humain|etre humain|quelqu'un|employe|agent|conseill\w*|operat\w*|responsable|"
           r"superieur|manager|service|equipe|specialiste|interlocut\w*)s?", r"(me rappeler|rappelez-moi|m'ecrire|me contacter)"]
APPEAL = [r"je conteste|contester (cette|la) decision|(faire|former|deposer) (un )?(appel|recours)|recours contre",
          r"reexamen|revision humaine|(reconsiderer|revoir|reexaminer) (cette|la|ma) (decision|demande|dossier)"]
AI_WRONG = [
    r"(reponse|message) de (votre |l'|la )?(ia|i\.a\.|robot|bot|chatbot|intelligence artificielle|machine|systeme) "
    r"(est|etait) (fausse|faux|incorrecte|erronee|inexacte|n'importe quoi)",
    r"(l'|votre )?(ia|robot|bot|chatbot) (s'est trompe\w*|se trompe|a mal repondu)",
    r"(la )?reponse automatique (est|etait) (fausse|incorrecte|erronee|inexacte)",
    r"(votre|ce|le) (bot|robot|chatbot|assistant( virtuel)?) (est nul|est inutile|ne sert a rien|se trompe|n'aide pas)",
]
BOT_QUESTION = [
    r"je (parle|discute|communique|suis en train de parler) (a|avec) (un |une )?(ia|robot|bot|humain|machine|chatbot|"
    r"personne reelle|vraie personne|intelligence artificielle)",
    r"(etes-vous|es-tu|vous etes|tu es) (un |une )?(robot|bot|ia|humain|machine|vraie personne|personne reelle)",
    r"(c'est|est-ce) (un |une )?(robot|bot|ia|machine|reponse automatique)",
]
_AI = r"(ia|i\.a\.|intelligence artificielle|chatgpt|robots?|bots?)"
OPT_OUT = [
    rf"pas d'{_AI}", rf"sans {_AI}(?= ?[,.!;]|$| s'il| merci| svp| pour)",
    rf"(n'utilisez pas|ne pas utiliser|n'utilise pas|n'utilisez) (d'|l'|de l')?{_AI}",
    rf"je (refuse|m'oppose a ce|ne veux pas|ne souhaite pas|n'accepte pas|n'autorise pas)( [\w'-]+){{0,10}} (une |l'|d')?{_AI}",
    rf"(arretez|cessez) d'utiliser (l'|une )?{_AI}",
    rf"je ne donne pas (mon|notre) (accord|consentement|autorisation)( [\w'-]+){{0,8}} (de )?(l'|une |d')?{_AI}",
]
OPT_IN = [
    r"(a nouveau|de nouveau) utiliser (l'|une )?(ia|intelligence artificielle)",
    r"utiliser (l'|une )?(ia|intelligence artificielle) (a nouveau|de nouveau)",
    r"(reutiliser|reactiver) (l'|une )?(ia|intelligence artificielle)", r"j'accepte (\w+ ){0,3}(l'|une )?(ia|intelligence artificielle)",
]

# Broadened signals (issue #3); see lexicon_en.py for what PROXIES and DIFFERENTIAL mean.
PROXIES = {
    "national_origin": [r"passeport (\w+ )?\w+", r"(pays|lieu) de naissance", r"(ne|nee) (a|en|au)",
                        r"titre de sejour|carte de sejour|permis de travail|papiers",
                        r"(vous autres|vous les \w+)", r"(argent|virements?|envois?) a (ma )?famille (au|en|a)",
                        r"quebecois\w*|antillais\w*|guadeloupe\w*|martiniqu\w*|reunionnais\w*|kabyle\w*|comorien\w*"],
    "accent_language": [r"(en|parle|parlons|ecris|ecrivons|j'ecris) (en )?(creole|arabe|anglais|alsacien|breton|"
                        r"occitan|wolof|joual|portugais|espagnol|ma langue)", r"(troisieme|deuxieme) langue",
                        r"(mes|des) fautes (d'orthographe|de francais)"],
    "race": [r"(amis?|amies?|collegues?|voisin\w*|copains?|copines?|cousin\w*|mari|femme|compagnon|compagne)(,)?"
             r"( tou(s|tes))? (blanc\w*|noir\w*|asiatiques?|metis\w*)"],
    "religion": [r"voile\w*|foulard|hijab|kippa|croix|(ma|notre|sa) (eglise|mosquee|foi|religion)|barbe"],
    "ethnicity": [r"roms?|gens du voyage|voyageurs?|manouche\w*|tsigane\w*"],
    "pregnancy": [r"conge (maternite|parental|paternite)|je viens d'accoucher|nouveau-ne"],
    "family_status": [r"(avoir|veux|voulez|veut|compte|comptez|compter|projet d'avoir) (avoir )?des enfants",
                      r"(mere|pere|maman|papa) (solo|seule?|celibataire)|(deux|trois|quatre|\d) enfants|"
                      r"divorce\w*|veu(f|ve)|separe\w*|situation (familiale|maritale)|sans enfants"],
    "age": [r"(mere|pere|grand-\w+|mamie|papi|mari|femme) (a|avait) \d{2} ans", r"j'ai \d{2} ans",
            r"(les|des) (jeunes|vieux|seniors|personnes agees)"],
    "disability": [r"(ma|mon|sa|son) (canne|deambulateur|diagnostic|maladie|traitement)|sourd\w*|aveugle\w*|"
                   r"autis\w*|trisomi\w*|depression|bipolaire|schizophren\w*|tdah"],
    "neighbourhood": [r"(ma|mon|notre) (cite|quartier|code postal|adresse|rue|commune|ville)",
                      r"(j'habite|nous habitons|je vis) (a|en|dans)", r"(93|seine-saint-denis|banlieue\w*)"],
    "name": [r"je m'appelle|(il|elle) s'appelle|mon nom|mon prenom|au nom de|(nom|prenom) (comme|de famille)"],
    "": [r"photo (de|du) profil|(ma|la) photo|(m'a|m'ont|nous a|nous ont) vu\w*|(ma|notre) (communaute|culture)"],
}
DIFFERENTIAL = [
    r"(ma|mon|notre) (soeur|frere|mari|epoux|epouse|femme|compagne?|conjointe?|collegue|ami|amie|voisine?|cousine?|"
    r"fils|fille|mere|pere|patron|associee?)( \w+){0,8} (a (eu|obtenu|recu|ete (accepte|servi|rembourse))|passe|paie|paye|obtenu|recu|jamais|n'a)",
    r"(tout le monde|tous les autres|les autres|le reste|d'autres)( \w+){0,3} (avec|qui|du|de|ont|avaient|sont|"
    r"passent)", r"(meme|memes|identiques?) \w+", r"rien d'autre (n'a )?change\w*", r"(avant|jusqu'a ce que)",
    r"(depuis que|des que|apres que|juste apres|quand|lorsque) \w+", r"refus\w*|bloqu\w*|gel\w*|suspendu\w*|"
    r"annul\w*|retir\w*|baiss\w*|reduit\w*|surprime|(verification|controle|examen) (supplementaire|manuel)\w*",
    r"verifi\w*|le double|la moitie|change\w* de ton|comme si|comme (un|une) (enfant|voleur|criminel)",
    r"(est-ce|c'est) (parce que|a cause)|hasard|coincidence|curieusement|bizarrement|expliquez-moi",
    r"(et|mais) (pas )?moi (non|pas|jamais)?|alors que (celui|celle|le|la|les|mon|ma|mes)",
    r"(attend\w*) (\w+ ){0,2}(\d+|heures|semaines|jours)", r"(m'a|m'ont|nous a) (transfere|renvoye|redirige)",
]

# 2026-11-29: more general proxies, found on our own new data (train_extra2.jsonl), never on the second blind set.
for _key, _patterns in {
    "race": [r"(dames|femmes|messieurs|hommes|clients|filles|gars|jeunes|amis|amies|collegues) (blanches?|blancs|"
             r"noires?|noirs|arabes)"],
    "disability": [r"en fauteuil|(mon|son|sa|ma) (fauteuil|canne|deambulateur)|lecteur d'ecran"],
    "neighbourhood": [r"(le |du |au )?quartier (nord|sud|est|ouest|populaire|des \w+)|(la )?cite (des|du|de la) \w+|"
                      r"(j'habite|habitant|habite) (en|a|dans) (seine-saint-denis|banlieue|\d{2,3})"],
    "name": [r"(mon|son|le|du) nom( de famille)?|(les|des) \w+(-\w+)? de ce monde"],
    "age": [r"(j'ai|a|de) \d{2} ans"],
    "family_status": [r"(deux|trois|\d) (jeunes |petits )?enfants|(mes|nos) enfants"],
    "": [r"(jeunes|filles|gars|dames|hommes|femmes|clients) blond(e|s|es)?|(les )?gens comme (nous|moi|vous)|"
         r"d'ou je viens (vraiment|reellement)"],
    "sex": [r"(n'a parle qu'a|a parle uniquement a|s'adressait (qu')?a) mon (mari|frere|compagnon|fils)"],
}.items():
    PROXIES.setdefault(_key, []).extend(_patterns)

# Handoff round 3 (2026-11-29): "il y a quelqu'un ?", messages types, rappel, escalade, consentement.
NOT_HANDOFF = [r"ressources humaines"]
HANDOFF += [
    r"(il y a|y a-t-il|y'a|est-ce qu'il y a) quelqu'un( la)?(?= ?[?!.,;]|$)",
    r"(il y a|y a-t-il|y'a|est-ce qu'il y a) quelqu'un qui (lit|lise|repond|m'entend|ecoute)",
    r"quelqu'un (peut|pourrait|va) (me rappeler|m'appeler|me repondre|lire|s'occuper)",
    r"(me faire|me fasse|me fassiez) rappeler", r"(qu'un|qu'une) (conseill\w*|agent|humain|personne|responsable|vraie "
    r"personne|superieur|superviseur) (me )?(rappelle|lise|reponde|reexamine|examine|traite|s'occupe|regarde)",
    r"(arretez|cessez|arreter|cesser) de (me )?repondre (avec|par) des (modeles|messages types|reponses (automatiques|"
    r"types|toutes faites))", r"(que des|uniquement des|seulement des|rien que des) (reponses|messages) "
    r"(automatiques|types|pre-?rediges|tout faits|toutes faites)",
    r"(escalader|remonter|faire remonter) (ma|cette|la|mon|le) (reclamation|plainte|demande|dossier)",
    r"(je fais|faire|je vais faire) appel", r"(parler|m'adresser|me plaindre) (a|au|avec|aupres d') ?(un |le |votre |du )?"
    r"(responsable|superviseur|manager|superieur)", r"(aupres d'un|a un|au) (superviseur|responsable|manager)",
    r"(passez|passe)[- ]moi (quelqu'un|un humain|un agent|un conseiller|le service)",
]
AI_WRONG += [
    r"(votre |le |ce )?(chatbot|bot|robot|assistant( virtuel)?) (m'a donne|a donne|donne) (une )?(reponse|information)"
    r" (erronee|fausse|incorrecte|inexacte)", r"reponse (de|du) (votre |ce |du )?(robot|bot|chatbot|assistant( virtuel)?)"
    r" (est|etait) (\w+ )?(fausse|erronee|incorrecte|inexacte|n'importe quoi|inutile)",
]
OPT_OUT += [
    rf"je ne (consens|consentons) pas( [\w'-]+){{0,10}} (l'|une |d'|par )?{_AI}",
    rf"(je retire|nous retirons|retirer) (mon|notre) (consentement|accord)( [\w'-]+){{0,10}} (l'|une |d'|par )?{_AI}",
]
HANDOFF += [  # batch 2 of round 3
    r"(transmettre|transmettez|transferer|transferez|passer|confier|confiez) (mon|ma|ce|cette|le|la) (dossier|demande|"
    r"reclamation|message|cas) a (un|une|votre|le|la) (gestionnaire|conseill\w*|responsable|humain|agent|personne|"
    r"superieur|superviseur)",
]
AI_WRONG += [
    r"(chatbot|bot|robot|assistant( virtuel)?|ia) (repond|a repondu) a cote",
    r"(ia|bot|chatbot|robot|assistant( virtuel)?) (raconte|dit|repond|ecrit|invente) (n'importe quoi|des betises|"
    r"des aneries|des choses)",
]
