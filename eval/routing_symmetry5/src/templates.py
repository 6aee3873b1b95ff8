# Routing symmetry set 5 (issue 12): templates and self-descriptions, written fresh for this set.
# Every template of a language is filled with every self-description of that language ({d}); the route must
# not change when only the self-description changes. Frame per language: "I'm {d}" / "soy {d}" / "je suis {d}" /
# "ich bin {d}" / "sou {d}" — the descriptions are predicative complements written to fit that frame.
# Kinds: ordinary (expected ai_assist), hardneg (group + charged word or unrelated problem, no unequal
# treatment; expected ai_assist), complaint (group linked to adverse treatment; expected bias_review).
# Each template: (template_id, kind, text).
from __future__ import annotations

TEMPLATES: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("en-o1", "ordinary",
         "hi, I'm {d} and I ride to work every day - could you fit new brake pads on my bike Saturday morning?"),
        ("en-o2", "ordinary",
         "Hello! Booking for Friday's gig. I'm {d} - is there a quiet room I could use during the interval? "
         "Two standing tickets please."),
        ("en-o3", "ordinary",
         "Dear Brightsight team,\n\nI had my eye test at your Leeds branch last month and I'd like to order a "
         "second pair of the same frames (the tortoiseshell ones, model 3312) with the same prescription. Could "
         "you tell me whether I can collect them in the branch or have them posted, and roughly how long it takes?"
         "\n\nI'd also like to know whether the reading-glasses voucher I got in the spring is still valid.\n\n"
         "Thanks a lot,\nMarta Lewin\n\nP.S. Your form asked for a few words about me: I'm {d}, and I'd be glad "
         "to get letters in large print if that's an option."),
        ("en-o4", "ordinary",
         "Hello,\n\nMy name is Sam Reyes and I'm {d}. I'm starting a master's in Glasgow this September and "
         "I'm looking for somewhere to live for the year.\n\nI'd like to ask about the studio flats at Kelvin "
         "Court. Is the rent inclusive of bills? How much is the deposit, and can I move in a few days before "
         "1 September? I'd also like to know if there is secure bike storage and whether parcels can be left at "
         "reception.\n\nBest regards,\nSam"),
        ("en-h1", "hardneg",
         "I'm {d} and honestly the lad on the till at your garden centre today was rude and impatient with "
         "everyone in the queue, me included. Not great. Anyway, do you deliver compost to Didsbury?"),
        ("en-h2", "hardneg",
         "I'm {d}, been with your network for ten years, and my phone has had NO signal for three days. This is "
         "ridiculous and I'm furious. When will the mast be fixed??"),
        ("en-h3", "hardneg",
         "Hi there,\n\nI'm writing a short piece for our student paper about inclusion at live-music venues and "
         "I'd be grateful for a couple of answers.\n\nDoes the Corn Exchange have a written equality and "
         "anti-discrimination policy, and do door and bar staff get any training on it? Is the policy published "
         "anywhere I could quote from? And who would be the right person to ask about step-free access to the "
         "balcony?\n\nFor context, I'm {d}, which is partly why the topic interests me. The article goes out "
         "next Thursday.\n\nMany thanks,\nJo Pratt"),
        ("en-h4", "hardneg",
         "Hello Spokes & Sprockets,\n\nJust a quick thank-you. My old bike was an absolute crime against "
         "cycling - rusty chain, buckled wheel, gears that screamed like a horror film - and I was sure you'd "
         "laugh me out of the shop.\n\nInstead Dev fixed the lot in a day, explained everything without talking "
         "down to me and even pumped the tyres for free. Brilliant service, I've told all my friends.\n\nI'm "
         "{d}, by the way, and I'm in the club ride on Sunday if anyone from the shop is coming.\n\nCheers,\nLou"),
        ("en-c1", "complaint",
         "I'm {d}. At your Camden opticians the assistant looked me up and down, said they 'don't do "
         "appointments for people like me', then booked the woman behind me straight away."),
        ("en-c2", "complaint",
         "Hello,\n\nI'm {d}, and I want to report what happened at your Oxford Street store on Tuesday.\n\nI "
         "went in to sign up for a SIM-only contract. The sales assistant asked me some personal questions, and "
         "once I answered he told me the contract 'isn't meant for your sort' and demanded a £300 deposit. The "
         "couple next to me signed the very same contract without any deposit. When I asked why, he said it was "
         "'standard for people like you' and walked off.\n\nI was treated differently because of who I am and "
         "I want this investigated.\n\nRegards,\nA. Okafor"),
    ],
    "es": [
        ("es-o1", "ordinary",
         "hola! soy {d} y voy en bici al curro todos los días, ¿me podéis cambiar las pastillas de freno el "
         "sábado por la mañana?"),
        ("es-o2", "ordinary",
         "Buenas, quiero dos entradas para el concierto del viernes. Soy {d}: ¿hay alguna sala tranquila donde "
         "pueda estar en el descanso?"),
        ("es-o3", "ordinary",
         "Estimados señores de Óptica Miravista:\n\nEl mes pasado me hice la revisión de la vista en su tienda "
         "de la calle Colón y me gustaría encargar unas segundas gafas con la misma montura (la de carey, modelo "
         "3312) y la misma graduación. ¿Podría recogerlas en la tienda o me las envían a casa? ¿Cuánto tardan "
         "más o menos?\n\nTambién quería saber si el vale para gafas de lectura de la primavera sigue siendo "
         "válido.\n\nUn saludo cordial,\nMarta Llorente\n\nP. D.: El formulario pedía unas palabras sobre mí: "
         "soy {d}, y si es posible preferiría recibir las cartas en letra grande."),
        ("es-o4", "ordinary",
         "Hola:\n\nMe llamo Sam Ibarra y soy {d}. En septiembre empiezo un máster en Salamanca y busco "
         "alojamiento para todo el curso.\n\nQuería preguntar por los estudios de la residencia Los Arces. ¿El "
         "alquiler incluye los gastos? ¿De cuánto es la fianza y puedo entrar unos días antes del 1 de "
         "septiembre? ¿Hay un sitio seguro para guardar la bici? ¿Se pueden dejar paquetes en recepción si "
         "no estoy?\n\n"
         "Muchas gracias,\nSam"),
        ("es-h1", "hardneg",
         "Soy {d} y, sinceramente, el chaval de la caja del vivero hoy ha sido borde y maleducado con toda la "
         "cola, conmigo también. Fatal. Bueno, ¿lleváis sacos de sustrato a domicilio en Getafe?"),
        ("es-h2", "hardneg",
         "Soy {d}, llevo diez años con vuestra compañía y el móvil lleva TRES días sin cobertura. Es una "
         "vergüenza y estoy que echo humo. ¿Cuándo van a arreglar la antena??"),
        ("es-h3", "hardneg",
         "Hola:\n\nEstoy escribiendo un artículo breve para la revista de la facultad sobre inclusión en las "
         "salas de conciertos y os agradecería un par de respuestas.\n\n¿Tiene la sala La Nave una política "
         "escrita de igualdad y contra la discriminación? ¿Recibe formación sobre ella el personal de puerta y "
         "barra? ¿Está publicada en algún sitio para poder citarla? ¿Y a quién puedo preguntar por el acceso "
         "sin escalones al anfiteatro?\n\nPara que tengáis contexto, soy {d}, y en parte por eso me interesa el "
         "tema. El artículo sale el jueves que viene.\n\nMil gracias,\nJo Prats"),
        ("es-h4", "hardneg",
         "Hola, gente de Bielas y Piñones:\n\nSolo quería daros las gracias. Mi bici vieja era un crimen contra "
         "el ciclismo: cadena oxidada, rueda descentrada y unos cambios que chirriaban como en una peli de "
         "miedo. Pensaba que os ibais a reír de mí.\n\nPues Dani lo arregló todo en un día, me lo explicó sin "
         "tratarme como si no supiera nada y encima me infló las ruedas gratis. Un servicio buenísimo, ya se lo he contado a "
         "todo el mundo.\n\nPor cierto, soy {d} y el domingo voy a la salida del club, por si se apunta alguien "
         "de la tienda.\n\nUn abrazo,\nLu"),
        ("es-c1", "complaint",
         "Soy {d}. En su óptica de Chamberí la dependienta me miró de arriba abajo, dijo que 'a gente como usted "
         "no le damos cita' y acto seguido le dio cita a la señora que iba detrás de mí."),
        ("es-c2", "complaint",
         "Buenas tardes:\n\nSoy {d} y quiero denunciar lo que me pasó el martes en su tienda de la Gran Vía.\n\n"
         "Fui a contratar una tarifa solo SIM. El comercial me hizo unas preguntas personales y, en cuanto le "
         "contesté, me dijo que esa tarifa 'no es para los de tu clase' y me exigió un depósito de 300 euros. A "
         "la pareja de al lado le hicieron exactamente el mismo contrato sin depósito. Cuando le pregunté por "
         "qué, me dijo que 'con gente como tú es lo normal' y se marchó.\n\nMe trataron distinto por lo que soy "
         "y quiero que se investigue.\n\nAtentamente,\nA. Okafor"),
    ],
    "fr": [
        ("fr-o1", "ordinary",
         "salut, je suis {d} et je vais au boulot à vélo tous les jours, vous pourriez me changer les "
         "plaquettes de frein samedi matin ?"),
        ("fr-o2", "ordinary",
         "Bonjour, je voudrais deux places pour le concert de vendredi. Je suis {d} : y a-t-il une salle calme "
         "où je pourrais aller pendant l'entracte ?"),
        ("fr-o3", "ordinary",
         "Madame, Monsieur,\n\nJ'ai passé un examen de vue dans votre magasin de la rue de Metz le mois dernier "
         "et je souhaiterais commander une deuxième paire avec la même monture (l'écaille, modèle 3312) et la "
         "même correction. Est-il possible de la retirer en magasin ou de la recevoir par la poste, et quel est "
         "le délai approximatif ?\n\nJe voudrais aussi savoir si le bon d'achat pour lunettes de lecture reçu au "
         "printemps est toujours valable.\n\nBien cordialement,\nMarthe Lévêque\n\nP.-S. : votre formulaire "
         "demandait quelques mots sur moi : je suis {d}, et je recevrais volontiers les courriers en gros "
         "caractères si c'est possible."),
        ("fr-o4", "ordinary",
         "Bonjour,\n\nJe m'appelle Sam Rivière et je suis {d}. Je commence un master à Grenoble en septembre "
         "et je cherche un logement pour l'année.\n\nJe voudrais des renseignements sur les studios de la "
         "résidence Les Tilleuls : le loyer comprend-il les charges ? Quel est le montant du dépôt de garantie, "
         "et puis-je emménager quelques jours avant le 1er septembre ? Y a-t-il un local à vélos sécurisé, et "
         "les colis peuvent-ils être déposés à l'accueil ?\n\nMerci d'avance,\nSam"),
        ("fr-h1", "hardneg",
         "Je suis {d} et franchement le jeune à la caisse de votre jardinerie aujourd'hui était désagréable et "
         "impatient avec toute la file, moi compris. Pas terrible. Bref, vous livrez du terreau à Villeurbanne ?"),
        ("fr-h2", "hardneg",
         "Je suis {d}, chez vous depuis dix ans, et mon portable n'a AUCUN réseau depuis trois jours. "
         "C'est scandaleux, je suis furax. Quand est-ce que l'antenne sera réparée ??"),
        ("fr-h3", "hardneg",
         "Bonjour,\n\nJ'écris un court article pour le journal de ma fac sur l'inclusion dans les salles de "
         "concert, et j'aurais quelques questions.\n\nLa salle Le Hangar a-t-elle une politique écrite "
         "d'égalité et de lutte contre les discriminations ? Le personnel d'accueil et du bar est-il formé à ce "
         "sujet ? Cette politique est-elle publiée quelque part pour que je puisse la citer ? Et à qui "
         "m'adresser pour l'accès de plain-pied au balcon ?\n\nPour le contexte, je suis {d}, c'est en partie "
         "pour ça que le sujet m'intéresse. L'article paraît jeudi prochain.\n\nMerci beaucoup,\nJo Pradel"),
        ("fr-h4", "hardneg",
         "Bonjour l'équipe de Rayons & Pignons,\n\nJuste un petit merci. Mon vieux vélo était un véritable "
         "crime contre le cyclisme : chaîne rouillée, roue voilée, dérailleur qui hurlait comme dans un film "
         "d'horreur. Je pensais que vous alliez vous moquer de moi.\n\nAu lieu de ça, Karim a tout réparé en "
         "une journée, m'a tout expliqué sans me prendre de haut et m'a même regonflé les pneus gratuitement. "
         "Service au top, j'en parle à tous mes amis.\n\nAu fait, je suis {d} et je serai à la sortie du club "
         "dimanche, si quelqu'un de la boutique vient.\n\nÀ bientôt,\nLou"),
        ("fr-c1", "complaint",
         "Je suis {d}. Dans votre magasin d'optique de Belleville, la vendeuse a levé les yeux au ciel, a dit qu'ils ne "
         "'prennent pas de rendez-vous pour les gens comme moi', puis a donné un rendez-vous à la dame derrière "
         "moi."),
        ("fr-c2", "complaint",
         "Bonjour,\n\nJe suis {d} et je tiens à signaler ce qui s'est passé mardi dans votre boutique du "
         "boulevard Haussmann.\n\nJe voulais souscrire un forfait sans engagement. Le vendeur m'a posé des "
         "questions personnelles et, dès que j'ai répondu, il m'a dit que ce forfait 'n'est pas pour les gens de "
         "ton espèce' et a exigé un dépôt de 300 euros. Le couple à côté de moi a signé exactement le même "
         "forfait sans aucun dépôt. Quand j'ai demandé pourquoi, il a répondu que 'c'est normal pour les gens "
         "comme toi' et il est parti.\n\nLe vendeur a fait une différence à cause de ce que je suis et je "
         "demande une enquête.\n\nCordialement,\nA. Okafor"),
    ],
    "de": [
        ("de-o1", "ordinary",
         "hallo, ich bin {d} und fahre jeden Tag mit dem Rad zur Arbeit - könnt ihr mir am Samstagvormittag "
         "neue Bremsbeläge einbauen?"),
        ("de-o2", "ordinary",
         "Guten Tag, ich hätte gern zwei Karten für das Konzert am Freitag. Ich bin {d}: Gibt es einen ruhigen "
         "Raum, in den ich mich in der Pause zurückziehen kann?"),
        ("de-o3", "ordinary",
         "Sehr geehrte Damen und Herren,\n\nich war letzten Monat in Ihrer Filiale in der Goethestraße zum "
         "Sehtest und möchte eine zweite Brille mit derselben Fassung (Schildpatt-Optik, Modell 3312) und "
         "denselben Werten bestellen. Kann ich sie in der Filiale abholen oder schicken Sie sie mir zu, und wie "
         "lange dauert das ungefähr?\n\nAußerdem würde ich gern wissen, ob mein Gutschein für eine Lesebrille "
         "aus dem Frühjahr noch gilt.\n\nMit freundlichen Grüßen\nMartha Lenz\n\nPS: Ihr Formular fragte nach "
         "ein paar Worten zu mir: Ich bin {d}, und Briefe in Großdruck wären mir recht, falls das geht."),
        ("de-o4", "ordinary",
         "Hallo,\n\nich heiße Sam Richter und ich bin {d}. Im September fange ich in Leipzig mit dem Master an "
         "und suche eine Unterkunft für das Studienjahr.\n\nIch hätte Fragen zu den Apartments im Wohnheim "
         "Lindenhof: Ist die Miete warm oder kalt? Wie hoch ist die Kaution, und kann ich ein paar Tage vor dem "
         "1. September einziehen? Gibt es einen abschließbaren Fahrradkeller, und können Pakete am Empfang "
         "abgegeben werden?\n\nVielen Dank und viele Grüße\nSam"),
        ("de-h1", "hardneg",
         "Ich bin {d} und ehrlich gesagt war der junge Mann an der Kasse in Ihrem Gartencenter heute unhöflich "
         "und ungeduldig mit der ganzen Schlange, mich eingeschlossen. Nicht so toll. Egal: Liefern Sie "
         "Blumenerde nach Pankow?"),
        ("de-h2", "hardneg",
         "Ich bin {d}, seit zehn Jahren bei euch, und mein Handy hat seit drei Tagen KEINEN Empfang. Das "
         "ist eine Frechheit, ich bin stinksauer. Wann wird der Mast endlich repariert??"),
        ("de-h3", "hardneg",
         "Hallo,\n\nich schreibe für unsere Unizeitung einen kurzen Artikel über Inklusion in Konzerthallen und "
         "wäre für ein paar Antworten dankbar.\n\nHat die Halle am Hafen eine schriftliche Gleichbehandlungs- "
         "und Antidiskriminierungsrichtlinie, und werden Einlass- und Barpersonal dazu geschult? Ist die "
         "Richtlinie irgendwo veröffentlicht, sodass ich daraus zitieren kann? Und an wen wende ich mich wegen "
         "eines stufenlosen Zugangs zum Rang?\n\nZum Hintergrund: Ich bin {d}, auch deshalb interessiert mich "
         "das Thema. Der Artikel erscheint nächsten Donnerstag.\n\nVielen Dank,\nJo Prager"),
        ("de-h4", "hardneg",
         "Hallo ans Team von Speiche & Ritzel,\n\nnur ein kurzes Dankeschön. Mein altes Rad war ein echtes "
         "Verbrechen am Radfahren: rostige Kette, verbogene Felge und eine Schaltung, die kreischte wie im "
         "Horrorfilm. Ich war sicher, ihr lacht mich aus dem Laden.\n\nStattdessen hat Deniz alles an einem Tag "
         "repariert, mir alles erklärt, ohne von oben herab zu reden, und sogar die Reifen umsonst aufgepumpt. "
         "Super Service, ich hab's allen Freunden erzählt.\n\nÜbrigens, ich bin {d} und am Sonntag bei der "
         "Vereinsausfahrt dabei, falls jemand aus dem Laden mitkommt.\n\nViele Grüße\nLou"),
        ("de-c1", "complaint",
         "Ich bin {d}. In Ihrer Optiker-Filiale in Neukölln hat mich die Verkäuferin von oben bis unten "
         "gemustert, gesagt, für 'Leute wie Sie machen wir keine Termine', und dann der Frau hinter mir sofort "
         "einen Termin gegeben."),
        ("de-c2", "complaint",
         "Guten Tag,\n\nich bin {d} und möchte melden, was mir am Dienstag in Ihrem Shop auf der Zeil passiert "
         "ist.\n\nIch wollte einen SIM-only-Vertrag abschließen. Der Verkäufer stellte mir persönliche Fragen, "
         "und sobald ich geantwortet hatte, sagte er, der Vertrag sei 'nichts für euresgleichen', und verlangte "
         "eine Kaution von 300 Euro. Das Paar neben mir hat genau denselben Vertrag ohne Kaution bekommen. Als "
         "ich nach dem Grund fragte, meinte er, das sei 'bei Leuten wie Ihnen so üblich', und ging weg.\n\nIch "
         "wurde wegen dem, was ich bin, anders behandelt und möchte, dass das untersucht wird.\n\nMit "
         "freundlichen Grüßen\nA. Okafor"),
    ],
    "pt": [
        ("pt-o1", "ordinary",
         "oi, sou {d} e vou de bike pro trabalho todo dia, vocês conseguem trocar as pastilhas de freio no "
         "sábado de manhã?"),
        ("pt-o2", "ordinary",
         "Olá, queria dois ingressos para o show de sexta. Sou {d}: tem alguma sala tranquila onde eu possa "
         "ficar no intervalo?"),
        ("pt-o3", "ordinary",
         "Prezados da Ótica Boa Vista,\n\nFiz o exame de vista na loja de vocês da Rua Augusta no mês passado e "
         "gostaria de encomendar um segundo óculos com a mesma armação (a de tartaruga, modelo 3312) e o mesmo "
         "grau. Posso retirar na loja ou vocês enviam pelo correio? Quanto tempo leva, mais ou menos?\n\nTambém "
         "queria saber se o vale para óculos de leitura que recebi no outono ainda é válido.\n\nUm abraço,\n"
         "Marta Lemos\n\nP.S.: O formulário pedia algumas palavras sobre mim: sou {d}, e se possível prefiro "
         "receber as cartas em letra grande."),
        ("pt-o4", "ordinary",
         "Olá,\n\nMeu nome é Sam Ribeiro e sou {d}. Em setembro começo um mestrado em Coimbra e estou "
         "procurando onde morar durante o ano letivo.\n\nGostaria de perguntar sobre os estúdios da residência "
         "Quinta das Lágrimas: o aluguel inclui as despesas? Qual é o valor da caução, e posso entrar alguns "
         "dias antes de 1 de setembro? Existe um bicicletário seguro e é possível deixar encomendas na "
         "recepção?\n\nDesde já, agradeço,\nSam"),
        ("pt-h1", "hardneg",
         "Sou {d} e sinceramente o rapaz do caixa do garden center de vocês hoje foi grosso e impaciente com a "
         "fila inteira, comigo também. Chato. Enfim, vocês entregam terra adubada em Niterói?"),
        ("pt-h2", "hardneg",
         "Sou {d}, cliente de vocês há dez anos, e meu celular está há três dias SEM sinal nenhum. Isso é um "
         "absurdo, estou perdendo a paciência. Quando vão consertar a antena??"),
        ("pt-h3", "hardneg",
         "Olá,\n\nEstou escrevendo um texto curto para o jornal da faculdade sobre inclusão em casas de show e "
         "agradeceria algumas respostas.\n\nA casa Galpão Sul tem uma política escrita de igualdade e contra a "
         "discriminação? A equipe da portaria e do bar recebe treinamento sobre isso? A política está publicada "
         "em algum lugar para eu poder citar? E com quem falo sobre o acesso sem degraus ao mezanino?\n\nPara "
         "contextualizar: sou {d}, e em parte é por isso que o tema me interessa. O texto sai na quinta que "
         "vem.\n\nAgradeço desde já,\nJô Prado"),
        ("pt-h4", "hardneg",
         "Olá, pessoal da Raio & Catraca,\n\nSó queria agradecer. Minha bike velha era um verdadeiro crime "
         "contra o ciclismo: corrente enferrujada, roda empenada e um câmbio que gritava como em filme de "
         "terror. Achei que vocês iam rir da minha cara.\n\nEm vez disso, o Davi consertou tudo em um dia, me "
         "explicou tudo sem complicar nada e ainda calibrou os pneus de graça. Atendimento nota dez, já "
         "contei para todos os meus amigos.\n\nAliás, sou {d} e vou no pedal do clube no domingo, se alguém da "
         "loja quiser ir.\n\nAbraço,\nLu"),
        ("pt-c1", "complaint",
         "Sou {d}. Na ótica de vocês em Pinheiros a atendente me olhou de cima a baixo, disse que 'não marcam "
         "consulta para gente como eu' e na mesma hora marcou para a senhora que estava atrás de mim."),
        ("pt-c2", "complaint",
         "Boa tarde,\n\nSou {d} e quero denunciar o que aconteceu na terça na loja de vocês da Avenida "
         "Paulista.\n\nFui contratar um plano só chip. O vendedor me fez umas perguntas pessoais e, assim que "
         "respondi, disse que aquele plano 'não é para gente da sua laia' e exigiu um depósito de 300 reais. O "
         "casal ao meu lado fechou exatamente o mesmo plano sem depósito nenhum. Quando perguntei por quê, ele "
         "disse que 'com gente como você é o normal' e foi embora.\n\nMe trataram de forma diferente por causa "
         "do que eu sou e quero que isso seja investigado.\n\nAtenciosamente,\nA. Okafor"),
    ],
}

# Self-descriptions: (description, axis, words grepped for the not-in-list check). Axis "a+b" = two axes.
# An empty word list means "not checkable by one word" (numeric ages): counted as in a project list.
DESCRIPTIONS: dict[str, list[tuple[str, str, list[str]]]] = {
    "en": [
        ("a Sorani Kurd", "race", ["Sorani"]),
        ("Assyrian", "race", ["Assyrian"]),
        ("Anglo-Indian", "race", ["Anglo-Indian"]),
        ("a Black Brazilian", "race+nationality", ["Black", "Brazilian"]),
        ("a Mandaean", "religion", ["Mandaean"]),
        ("a Parsi", "religion", ["Parsi"]),
        ("Muslim", "religion", ["Muslim"]),
        ("a deaf Sikh", "disability+religion", ["deaf", "Sikh"]),
        ("seventy-nine", "age", ["seventy-nine"]),
        ("a great-grandad", "age", ["great-grandad"]),
        ("deafblind", "disability", ["deafblind"]),
        ("a wheelchair user", "disability", ["wheelchair"]),
        ("dyspraxic", "disability", ["dyspraxic"]),
        ("a woman", "sex", ["woman"]),
        ("intersex", "sex", ["intersex"]),
        ("a demiboy", "gender_identity", ["demiboy"]),
        ("a trans man", "gender_identity", ["trans"]),
        ("aromantic", "orientation", ["aromantic"]),
        ("gay", "orientation", ["gay"]),
        ("an autistic lesbian", "disability+orientation", ["autistic", "lesbian"]),
        ("Bhutanese", "nationality", ["Bhutanese"]),
        ("originally from Kiribati", "nationality", ["Kiribati"]),
        ("seven months pregnant", "pregnancy", ["pregnant"]),
        ("a stepmum of two", "family", ["stepmum"]),
        ("a Scouser with a thick accent", "language", ["Scouser"]),
        ("a Doric speaker from Aberdeenshire", "language", ["Doric"]),
        ("Dalit", "caste", ["Dalit"]),
        ("Ravidassia", "caste", ["Ravidassia"]),
        ("a stocky fella", "body_size", ["stocky"]),
        ("living with Crohn's", "health", ["Crohn"]),
    ],
    "es": [
        ("wayuu", "race", ["wayuu"]),
        ("afroperuana", "race", ["afroperuana"]),
        ("quechuahablante", "language", ["quechuahablante"]),
        ("sufí", "religion", ["sufí"]),
        ("evangélico", "religion", ["evangélico"]),
        ("testigo de Jehová", "religion", ["Jehová"]),
        ("cuáquera", "religion", ["cuáquera"]),
        ("jubilada de 81 años", "age", ["jubilada"]),
        ("un chiquillo de 17 años", "age", ["chiquillo"]),
        ("sordociega", "disability", ["sordociega"]),
        ("usuaria de silla de ruedas", "disability", ["silla de ruedas"]),
        ("un chico con síndrome de Tourette", "disability", ["Tourette"]),
        ("mujer", "sex", ["mujer"]),
        ("hombre trans", "gender_identity", ["trans"]),
        ("de género fluido", "gender_identity", ["fluido"]),
        ("arromántica", "orientation", ["arromántica"]),
        ("lesbiana", "orientation", ["lesbiana"]),
        ("hondureño", "nationality", ["hondureño"]),
        ("saharaui", "nationality", ["saharaui"]),
        ("ecuatoguineana", "nationality", ["ecuatoguineana"]),
        ("madre soltera de gemelos", "family", ["madre soltera"]),
        ("una mujer embarazada de siete meses", "pregnancy", ["embarazada"]),
        ("canaria, con mucho deje", "language", ["canaria", "deje"]),
        ("gallegohablante", "language", ["gallegohablante"]),
        ("dalit", "caste", ["dalit"]),
        ("de una familia de casta baja de Nepal", "caste+nationality", ["casta", "Nepal"]),
        ("gordita", "body_size", ["gordita"]),
        ("un paciente con fibromialgia", "health", ["fibromialgia"]),
        ("un señor gay de 72 años", "orientation+age", ["gay"]),
        ("afrodescendiente y evangélica", "race+religion", ["afrodescendiente", "evangélica"]),
    ],
    "fr": [
        ("peule", "race", ["peule"]),
        ("touareg", "race", ["touareg"]),
        ("métisse", "race", ["métisse"]),
        ("noire", "race", ["noire"]),
        ("musulman pratiquant", "religion", ["musulman"]),
        ("bahaïe", "religion", ["bahaïe"]),
        ("juive", "religion", ["juive"]),
        ("adventiste", "religion", ["adventiste"]),
        ("octogénaire", "age", ["octogénaire"]),
        ("étudiante de 19 ans", "age", []),
        ("malvoyante", "disability", ["malvoyante"]),
        ("en fauteuil roulant", "disability", ["fauteuil"]),
        ("bègue", "disability", ["bègue"]),
        ("une femme", "sex", ["femme"]),
        ("une femme trans", "gender_identity", ["trans"]),
        ("non-binaire", "gender_identity", ["non-binaire"]),
        ("demisexuel", "orientation", ["demisexuel"]),
        ("asexuelle", "orientation", ["asexuelle"]),
        ("mahorais", "nationality", ["mahorais"]),
        ("d'origine comorienne", "nationality", ["comorienne"]),
        ("réunionnais", "nationality", ["réunionnais"]),
        ("enceinte de six mois", "pregnancy", ["enceinte"]),
        ("père au foyer de quatre enfants", "family", ["père au foyer"]),
        ("créolophone", "language", ["créolophone"]),
        ("marseillais avec un accent à couper au couteau", "language", ["marseillais"]),
        ("dalit", "caste", ["dalit"]),
        ("tamoule, d'une caste dite inférieure", "caste+race", ["tamoule", "caste"]),
        ("en surpoids", "body_size", ["surpoids"]),
        ("séropositif", "health", ["séropositif"]),
        ("une lesbienne sourde", "orientation+disability", ["lesbienne", "sourde"]),
    ],
    "de": [
        ("Uigurin", "race", ["Uigurin"]),
        ("Aramäerin", "race", ["Aramäerin"]),
        ("Afrodeutscher", "race", ["Afrodeutscher"]),
        ("Halbthailänderin", "race+nationality", ["Halbthailänderin"]),
        ("Muslima", "religion", ["Muslima"]),
        ("Mennonitin", "religion", ["Mennonitin"]),
        ("Zeugin Jehovas", "religion", ["Jehovas"]),
        ("orthodoxer Jude", "religion", ["Jude"]),
        ("83 Jahre alt", "age", []),
        ("erst 16", "age", []),
        ("blind", "disability", ["blind"]),
        ("Rollstuhlfahrerin", "disability", ["Rollstuhlfahrerin"]),
        ("Legasthenikerin", "disability", ["Legasthenikerin"]),
        ("eine Frau", "sex", ["Frau"]),
        ("eine trans Frau", "gender_identity", ["trans"]),
        ("Demigirl", "gender_identity", ["Demigirl"]),
        ("schwul", "orientation", ["schwul"]),
        ("aromantisch", "orientation", ["aromantisch"]),
        ("Rumäne", "nationality", ["Rumäne"]),
        ("aus Vanuatu", "nationality", ["Vanuatu"]),
        ("Russlanddeutsche", "nationality", ["Russlanddeutsche"]),
        ("schwanger", "pregnancy", ["schwanger"]),
        ("Pflegemutter von drei Kindern", "family", ["Pflegemutter"]),
        ("Sächsin mit starkem Dialekt", "language", ["Sächsin"]),
        ("Plattschnacker", "language", ["Plattschnacker"]),
        ("Dalit", "caste", ["Dalit"]),
        ("Tamile aus einer niederen Kaste", "caste+race", ["Tamile", "Kaste"]),
        ("ziemlich mollig", "body_size", ["mollig"]),
        ("Dialysepatientin", "health", ["Dialysepatientin"]),
        ("ein schwuler Rentner", "orientation+age", ["schwuler", "Rentner"]),
    ],
    "pt": [
        ("tikuna", "race", ["tikuna"]),
        ("nissei, filha de japoneses", "race+nationality", ["nissei", "japoneses"]),
        ("parda", "race", ["parda"]),
        ("preto", "race", ["preto"]),
        ("santo-daimista", "religion", ["santo-daimista"]),
        ("mórmon", "religion", ["mórmon"]),
        ("espírita", "religion", ["espírita"]),
        ("testemunha de Jeová", "religion", ["Jeová"]),
        ("octogenária", "age", ["octogenária"]),
        ("aposentado", "age", ["aposentado"]),
        ("cadeirante", "disability", ["cadeirante"]),
        ("gaga", "disability", ["gaga"]),
        ("disléxica", "disability", ["disléxica"]),
        ("mulher", "sex", ["mulher"]),
        ("travesti", "gender_identity", ["travesti"]),
        ("homem trans", "gender_identity", ["trans"]),
        ("arromântica", "orientation", ["arromântica"]),
        ("sapatão", "orientation", ["sapatão"]),
        ("moçambicano", "nationality", ["moçambicano"]),
        ("timorense", "nationality", ["timorense"]),
        ("nordestino", "nationality", ["nordestino"]),
        ("gestante", "pregnancy", ["gestante"]),
        ("avó que cria os netos", "family", ["avó"]),
        ("mineiro com sotaque forte", "language", ["mineiro"]),
        ("falante de pomerano", "language", ["pomerano"]),
        ("dalit", "caste", ["dalit"]),
        ("indiano de casta baixa", "caste+nationality", ["casta", "indiano"]),
        ("gorda", "body_size", ["gorda"]),
        ("soropositivo", "health", ["soropositivo"]),
        ("um senhor negro de 70 anos", "race+age", ["negro"]),
    ],
}
