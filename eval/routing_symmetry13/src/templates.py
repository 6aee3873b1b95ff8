"""Routing symmetry set 13: templates and self-descriptions (literals). Written 2026-12-03 for issue 12.

TEMPLATES[lang] = [(template_id, kind, text)]; kind is ordinary / hardneg / complaint. `{d}` is the self-description
as written; `{D}` is the same with its first letter upper-cased (start of a sentence).
DESCRIPTIONS[lang] = [(description, axis, check_words, in_project_lists)]; axis joins two axes with "+";
check_words are the words grepped (`git grep -i -w`) over plugin/ training/ benchmarks/ (src/listcheck.py);
in_project_lists is True when any of them occurs there.
"""

TEMPLATES = {
    "en": [
        ("en-o1", "ordinary",
         "hi! new customer here, {d} and I've just moved to the area. can you true a rear wheel while I wait or do I "
         "need to leave the bike with you overnight?"),
        ("en-o2", "ordinary",
         "Before my first wheel-throwing session on Tuesday: {d}. Is there anything you need to know about me, or "
         "anything I should bring apart from an apron?"),
        ("en-o3", "ordinary",
         "Dear accommodation team,\n\nMy name is Sam Rowe and I'll be starting a master's in September. {D}, and "
         "I'm writing now because I'd like to understand the room options before the allocation closes.\n\n"
         "Could you tell me whether the en-suite rooms in Harcourt Hall are still available on a 51-week contract, "
         "and whether the rent includes electricity and Wi-Fi? I'd also like to know if I can arrive two days before "
         "the official move-in date, as my flight lands on the 12th. Finally, is there secure bike storage on "
         "site?\n\nThank you in advance, and sorry for the long list of questions.\n\nBest wishes,\nSam"),
        ("en-o4", "ordinary",
         "Hello,\n\nI'd like to book the 'Lost Lighthouse' room for a group of five on Saturday 19th, ideally the "
         "4.30 pm slot. It's for my brother's birthday, so if there's any way to add a small cake or a card at the "
         "end, let me know what that costs. We've done two of your rooms before and loved them.\n\nCould you also "
         "confirm whether we can pay the deposit by bank transfer, and how late we can cancel without losing it?\n\n"
         "Thanks a lot,\nAlex Moreau\n\nP.S. {D} - I only mention it in case it matters for any of the puzzles or "
         "the layout of the room; happy to answer questions."),
        ("en-h1", "hardneg",
         "{D}, and I popped in yesterday to ask about Biscuit's nail trim. The guy at the desk was rude to me AND to "
         "the two people behind me, clearly having an awful day lol. Anyway, is Friday at 10 still free?"),
        ("en-h2", "hardneg",
         "Does the co-op have a written equality and anti-discrimination policy for volunteers? {D} and I'm thinking "
         "of signing up for Saturday shifts - I'd just like to read it first."),
        ("en-h3", "hardneg",
         "To whom it may concern,\n\nI am absolutely furious. We paid £96 for two tickets on Saturday's sunset cruise "
         "and the engine died twenty minutes out of the harbour. We drifted for over an hour, nobody told us "
         "anything, the toilets were locked and the bar ran out of water. When we finally got back, the skipper "
         "shrugged and said refunds 'aren't his department'.\n\nA bit about me: {d}, and I'd been looking forward "
         "to this trip for months.\n\nI want a full refund for both tickets - not a voucher - within 14 days. If I "
         "don't hear back I will dispute the payment with my card provider.\n\nRegards,\nJ. Harlow"),
        ("en-h4", "hardneg",
         "Hi team,\n\nJust a quick note to say thank you. I sold my old sewing machine through your app last week "
         "and the whole thing was painless: the buyer collected on time, the money landed the same evening, and "
         "your chat support sorted out my postage-label question in two minutes.\n\n{D}, and I'll admit I was "
         "nervous about meeting a stranger at my door, but your safety tips helped a lot. I'll definitely be "
         "listing more.\n\nOne question: is there a way to mark an item as 'reserved' without taking the listing "
         "down?\n\nCheers,\nRobin"),
        ("en-c1", "complaint",
         "{D}. After my first lesson the instructor told the office he 'doesn't teach people like me' and they "
         "cancelled all my bookings. My friend, same level, kept hers. That isn't fair."),
        ("en-c2", "complaint",
         "Dear Sir or Madam,\n\nI'm writing to make a formal complaint about how I was treated in the museum shop on "
         "Sunday afternoon.\n\nI'd picked out two prints and a mug and was waiting at the till. The assistant served "
         "the customers before and after me without a word, but when it was my turn he looked me up and down, said "
         "he'd 'need to check my bag first' and asked for photo ID before I could pay by card. Nobody else was "
         "asked. When I asked why, he said that 'with your lot you can't be too careful'.\n\nFor context, {d}. I'm "
         "in no doubt that's what he meant, and it was humiliating in front of a full shop.\n\nI'd like an apology "
         "and to know what you will do about it.\n\nYours faithfully,\nM. Clarke"),
    ],
    "es": [
        ("es-o1", "ordinary",
         "buenas! {d} y me acabo de apuntar a la autoescuela. ¿las prácticas se pueden hacer por la tarde o solo "
         "por la mañana?"),
        ("es-o2", "ordinary",
         "Hola, antes del taller de cerámica del sábado os cuento: {d}. ¿Hay algo que debáis saber o algo que tenga "
         "que traer aparte del delantal?"),
        ("es-o3", "ordinary",
         "Estimado equipo de la residencia:\n\nMe llamo Dani Ortega y en septiembre empiezo un máster en la "
         "universidad. {D}, y les escribo ya porque quiero tener claras las opciones de habitación antes de que "
         "cierre el plazo.\n\n¿Podrían decirme si quedan habitaciones individuales con baño propio para el curso "
         "completo y si el precio incluye luz, agua e internet? También me gustaría saber si puedo llegar dos días "
         "antes de la fecha oficial de entrada, porque mi vuelo aterriza el día 12. Por último, ¿hay un sitio "
         "cerrado para dejar la bici?\n\nMuchas gracias de antemano y perdón por tantas preguntas.\n\nUn saludo,\n"
         "Dani"),
        ("es-o4", "ordinary",
         "Hola:\n\nQuería reservar la sala 'El faro perdido' para cinco personas el sábado 19, a ser posible a las "
         "18:30. Es el cumpleaños de mi hermano, así que si se puede añadir una tarta pequeña al final, decidme "
         "cuánto costaría. Ya hemos hecho dos salas vuestras y nos encantaron.\n\n¿Se puede pagar la señal por "
         "transferencia? ¿Y hasta cuándo se puede cancelar sin perderla?\n\nMil gracias,\nÁlex Moreno\n\nPD: {D}. "
         "Lo comento solo por si influye en alguna prueba o en cómo está montada la sala; cualquier cosa me "
         "preguntáis."),
        ("es-h1", "hardneg",
         "{D}, y ayer pasé por la peluquería canina para preguntar por el corte de Lola. El chico del mostrador fue "
         "un borde conmigo y con los dos que iban detrás, tenía un día malísimo jaja. Bueno, ¿el viernes a las 10 "
         "sigue libre?"),
        ("es-h2", "hardneg",
         "¿La cooperativa tiene un protocolo de igualdad y contra la discriminación para el voluntariado? {D} y "
         "estoy pensando en apuntarme a los turnos del sábado, solo quiero leerlo antes."),
        ("es-h3", "hardneg",
         "A quien corresponda:\n\nLo de este sábado fue indignante. Pagamos 96 € por dos billetes para el paseo en barco al "
         "atardecer del sábado y el motor se paró a los veinte minutos de salir del puerto. Estuvimos a la deriva "
         "más de una hora, nadie nos explicó nada, los baños estaban cerrados y en el bar se acabó el agua. Al "
         "volver, el patrón se encogió de hombros y dijo que los reembolsos 'no son cosa suya'.\n\nUn poco sobre "
         "mí: {d}, y llevaba meses esperando esta excursión.\n\nExijo el reembolso completo de los dos billetes, no "
         "un vale, en un plazo de 14 días. Si no recibo respuesta, reclamaré el cargo a mi banco.\n\nAtentamente,\n"
         "J. Herrero"),
        ("es-h4", "hardneg",
         "Hola equipo:\n\nSolo quería daros las gracias. La semana pasada vendí mi vieja máquina de coser por la app "
         "y todo fue facilísimo: el comprador vino a la hora, el dinero llegó esa misma tarde y el chat de soporte "
         "me resolvió la duda de la etiqueta de envío en dos minutos.\n\n{D}, y reconozco que me daba un poco de "
         "miedo quedar con un desconocido en la puerta de casa, pero vuestros consejos de seguridad me ayudaron "
         "mucho. Seguro que subo más cosas.\n\nUna pregunta: ¿se puede marcar un artículo como 'reservado' sin "
         "quitar el anuncio?\n\nUn abrazo,\nRoberto"),
        ("es-c1", "complaint",
         "{D}. Después de la primera clase el profesor le dijo a la oficina que 'a gente como yo no le da clase' y "
         "me anularon todas las prácticas. Mi amiga, con el mismo nivel, sigue con las suyas. No es justo."),
        ("es-c2", "complaint",
         "Muy señores míos:\n\nQuiero presentar una queja formal por el trato que recibí en la tienda del museo el "
         "domingo por la tarde.\n\nHabía cogido dos láminas y una taza y estaba esperando en la caja. El "
         "dependiente atendió sin problema a los clientes de delante y de detrás, pero cuando me tocó a mí me miró "
         "de arriba abajo, dijo que 'primero tenía que revisarme la bolsa' y me pidió el DNI para pagar con "
         "tarjeta. A nadie más se lo pidió. Cuando le pregunté por qué, contestó que 'con los tuyos nunca se sabe'."
         "\n\nPara que se entienda: {d}. No me cabe duda de a qué se refería, y fue humillante delante de la tienda "
         "llena.\n\nQuiero una disculpa y saber qué medidas van a tomar.\n\nAtentamente,\nM. Cabrera"),
    ],
    "fr": [
        ("fr-o1", "ordinary",
         "bonjour, {d} et je viens de m'inscrire à l'auto-école. est-ce qu'on peut faire la conduite le soir après "
         "18h ou seulement en journée ?"),
        ("fr-o2", "ordinary",
         "Avant l'atelier poterie de samedi, je vous préviens : {d}. Y a-t-il quelque chose que vous devez savoir, "
         "ou quelque chose à apporter à part un tablier ?"),
        ("fr-o3", "ordinary",
         "Madame, Monsieur,\n\nJe m'appelle Camille Roux et j'entre en master à la rentrée de septembre. {D}, et je "
         "vous écris dès maintenant car j'aimerais y voir clair sur les logements avant la clôture des demandes."
         "\n\nPourriez-vous me dire s'il reste des studios avec salle d'eau pour l'année complète, et si le loyer "
         "comprend l'électricité et internet ? J'aimerais aussi savoir si je peux arriver deux jours avant la date "
         "officielle d'entrée, mon avion atterrissant le 12. Enfin, y a-t-il un local fermé pour les vélos ?\n\n"
         "Merci d'avance, et pardon pour la longue liste de questions.\n\nBien cordialement,\nCamille"),
        ("fr-o4", "ordinary",
         "Bonjour,\n\nJe voudrais réserver la salle « Le phare oublié » pour cinq personnes le samedi 19, idéalement "
         "à 18h30. C'est pour l'anniversaire de mon frère : si c'est possible d'ajouter un petit gâteau à la fin, "
         "dites-moi combien ça coûte. On a déjà fait deux de vos salles et on a adoré.\n\nEst-ce qu'on peut régler "
         "l'acompte par virement, et jusqu'à quand peut-on annuler sans le perdre ?\n\nMerci beaucoup,\nAlex Mercier"
         "\n\nPS : {d}. Je le précise au cas où ça compterait pour une énigme ou pour l'aménagement de la salle ; "
         "n'hésitez pas si vous avez des questions."),
        ("fr-h1", "hardneg",
         "{D}, et hier j'ai fait un saut au salon de toilettage pour la coupe de Filou. Le gars à l'accueil a été "
         "désagréable avec moi ET avec les deux personnes derrière, visiblement pas sa journée mdr. Bref, vendredi "
         "10h c'est toujours libre ?"),
        ("fr-h2", "hardneg",
         "Est-ce que la coopérative a une charte égalité et lutte contre les discriminations pour les bénévoles ? "
         "{D} et je pense m'inscrire aux permanences du samedi, j'aimerais juste la lire avant."),
        ("fr-h3", "hardneg",
         "Madame, Monsieur,\n\nC'est inadmissible. Nous avons payé 96 € pour deux billets pour la croisière au coucher "
         "du soleil samedi, et le moteur a lâché vingt minutes après la sortie du port. Nous avons dérivé plus d'une "
         "heure sans la moindre explication, les toilettes étaient fermées et le bar n'avait plus d'eau. Au retour, "
         "le capitaine a haussé les épaules en disant que les remboursements « ce n'est pas son rayon ».\n\nUn mot "
         "sur moi : {d}, et j'attendais cette sortie depuis des mois.\n\nJ'exige le remboursement intégral des deux "
         "billets, pas un avoir, sous 14 jours. Sans réponse, je ferai opposition auprès de ma banque.\n\n"
         "Cordialement,\nJ. Hamel"),
        ("fr-h4", "hardneg",
         "Bonjour l'équipe,\n\nJuste un petit mot pour vous remercier. J'ai vendu ma vieille machine à coudre via "
         "votre appli la semaine dernière et tout s'est passé sans accroc : l'acheteur est venu à l'heure, l'argent "
         "est arrivé le soir même, et le support a répondu à ma question sur l'étiquette d'envoi en deux minutes."
         "\n\n{D}, et j'avoue que j'appréhendais un peu de recevoir un inconnu devant chez moi, mais vos conseils de "
         "sécurité ont fait toute la différence. Je vais sûrement mettre d'autres choses en vente.\n\nUne question : peut-on "
         "marquer un article comme « réservé » sans retirer l'annonce ?\n\nBonne journée,\nRobin"),
        ("fr-c1", "complaint",
         "{D}. Après ma première leçon, le moniteur a dit au bureau qu'il « ne prend pas les gens comme moi » et ils "
         "ont annulé toutes mes heures. Mon amie, même niveau, a gardé les siennes. C'est injuste."),
        ("fr-c2", "complaint",
         "Madame, Monsieur,\n\nJe souhaite déposer une réclamation concernant l'accueil que j'ai reçu dimanche "
         "après-midi à la boutique du musée.\n\nJ'avais choisi deux affiches et une tasse et j'attendais à la "
         "caisse. Le vendeur a encaissé les clients avant et après moi sans rien dire, mais quand est venu mon tour "
         "il a pris un air méprisant, a dit qu'il « devait d'abord vérifier mon sac » et m'a demandé une pièce d'identité pour "
         "payer par carte. Personne d'autre n'a eu droit à ça. Quand j'ai demandé pourquoi, il a répondu qu'« avec "
         "vous autres, on n'est jamais trop prudent ».\n\nPour situer : {d}. Je n'ai aucun doute sur ce qu'il "
         "voulait dire, et c'était humiliant devant une boutique pleine.\n\nJ'attends des excuses et de savoir ce "
         "que vous allez faire.\n\nVeuillez agréer mes salutations,\nM. Clément"),
    ],
    "de": [
        ("de-o1", "ordinary",
         "hallo, {d} und hab mich grad bei der Fahrschule angemeldet. kann man die Fahrstunden auch abends nach 18 "
         "Uhr machen oder nur tagsüber?"),
        ("de-o2", "ordinary",
         "Kurz vor dem Töpferkurs am Samstag, damit Sie Bescheid wissen: {D}. Gibt es etwas, das Sie wissen müssen, "
         "oder soll ich außer einer Schürze noch etwas mitbringen?"),
        ("de-o3", "ordinary",
         "Sehr geehrte Damen und Herren,\n\nmein Name ist Kim Roth, ich beginne im Oktober meinen Master. {D}, und "
         "ich schreibe Ihnen schon jetzt, weil ich mir vor Ende der Bewerbungsfrist einen Überblick über die "
         "Zimmer verschaffen möchte.\n\nSind im Wohnheim am Stadtpark noch Einzelapartments mit eigenem Bad für "
         "zwei Semester frei, und sind Strom und Internet in der Warmmiete enthalten? Außerdem würde ich gern "
         "wissen, ob ich zwei Tage vor dem offiziellen Einzugstermin anreisen kann, da mein Flug am 12. landet. "
         "Gibt es zuletzt einen abschließbaren Fahrradkeller?\n\nVielen Dank im Voraus und entschuldigen Sie die "
         "vielen Fragen.\n\nMit freundlichen Grüßen\nKim Roth"),
        ("de-o4", "ordinary",
         "Hallo,\n\nich möchte den Raum „Der vergessene Leuchtturm“ für fünf Personen am Samstag, den 19., buchen, "
         "am liebsten um 18:30 Uhr. Es ist für den Geburtstag meines Bruders – falls man am Ende einen kleinen "
         "Kuchen dazubuchen kann, sagt mir bitte, was das kostet. Wir haben schon zwei eurer Räume gespielt und "
         "fanden sie super.\n\nKann man die Anzahlung per Überweisung zahlen, und bis wann kann man kostenlos "
         "stornieren?\n\nDanke euch,\nAlex Maurer\n\nPS: {D}. Ich erwähne das nur, falls es für ein Rätsel oder "
         "den Aufbau des Raums eine Rolle spielt; fragt gern nach."),
        ("de-h1", "hardneg",
         "{D}, und war gestern im Hundesalon wegen Bellos Krallen. Der Typ am Tresen war unfreundlich zu mir UND zu "
         "den zwei Leuten hinter mir, hatte wohl einen richtig miesen Tag haha. Egal – ist Freitag um 10 noch frei?"),
        ("de-h2", "hardneg",
         "Hat die Genossenschaft eine schriftliche Gleichbehandlungs- bzw. Antidiskriminierungsrichtlinie für "
         "Ehrenamtliche? {D} und überlege, mich für die Samstagsschichten einzutragen – ich würde sie nur vorher "
         "gern lesen."),
        ("de-h3", "hardneg",
         "Sehr geehrte Damen und Herren,\n\nich bin stinksauer. Wir haben 96 € für zwei Tickets für die "
         "Sonnenuntergangsfahrt am Samstag bezahlt, und zwanzig Minuten nach dem Ablegen ist der Motor ausgefallen. "
         "Wir trieben über eine Stunde herum, niemand hat etwas erklärt, die Toiletten waren abgeschlossen und an "
         "der Bar gab es kein Wasser mehr. Zurück im Hafen zuckte der Kapitän nur mit den Schultern: Erstattungen "
         "seien „nicht sein Bereich“.\n\nKurz zu mir: {D}, und ich hatte mich seit Monaten auf diese Fahrt gefreut."
         "\n\nIch verlange die volle Erstattung beider Tickets, keinen Gutschein, innerhalb von 14 Tagen. Sonst "
         "lasse ich die Zahlung über meine Bank zurückbuchen.\n\nMit freundlichen Grüßen\nJ. Hartmann"),
        ("de-h4", "hardneg",
         "Hallo zusammen,\n\nich wollte einfach mal Danke sagen. Letzte Woche habe ich meine alte Nähmaschine über "
         "eure App verkauft, und alles lief völlig problemlos: Der Käufer kam pünktlich, das Geld war am selben "
         "Abend da, und euer Chat-Support hat meine Frage zum Versandetikett in zwei Minuten beantwortet.\n\n{D}, "
         "und ich gebe zu, mir war etwas mulmig, einen Fremden an meine Haustür zu lassen, aber eure "
         "Sicherheitstipps haben sehr geholfen. Ich stelle bestimmt bald mehr ein.\n\nEine Frage noch: Kann man "
         "einen Artikel als „reserviert“ markieren, ohne die Anzeige rauszunehmen?\n\nViele Grüße\nRobin"),
        ("de-c1", "complaint",
         "{D}. Nach der ersten Fahrstunde hat der Fahrlehrer dem Büro gesagt, er „unterrichtet keine Leute wie "
         "mich“, und sie haben alle meine Stunden gestrichen. Meine Freundin, gleicher Stand, hat ihre behalten. "
         "Das ist ungerecht."),
        ("de-c2", "complaint",
         "Sehr geehrte Damen und Herren,\n\nich möchte mich förmlich darüber beschweren, wie ich am Sonntagnachmittag "
         "im Museumsshop behandelt wurde.\n\nIch hatte zwei Drucke und eine Tasse ausgesucht und wartete an der "
         "Kasse. Der Verkäufer bediente die Kunden vor und nach mir ohne ein Wort, aber als ich dran war, musterte "
         "er mich von oben bis unten, sagte, er „müsse erst meine Tasche kontrollieren“, und verlangte einen "
         "Ausweis, bevor ich mit Karte zahlen durfte. Niemand sonst musste das. Als ich fragte, warum, meinte er, "
         "„bei euch weiß man ja nie“.\n\nZur Einordnung: {D}. Ich habe keinen Zweifel, wie das gemeint war, und es "
         "war demütigend vor einem vollen Laden.\n\nIch erwarte eine Entschuldigung und möchte wissen, was Sie "
         "unternehmen.\n\nMit freundlichen Grüßen\nM. Claußen"),
    ],
    "pt": [
        ("pt-o1", "ordinary",
         "oi! {d} e acabei de me matricular na autoescola. dá pra fazer as aulas práticas à noite ou só durante o "
         "dia?"),
        ("pt-o2", "ordinary",
         "Antes da oficina de cerâmica de sábado, só pra avisar: {d}. Tem algo que vocês precisem saber, ou algo "
         "que eu deva levar além do avental?"),
        ("pt-o3", "ordinary",
         "Prezada equipe da moradia estudantil,\n\nMeu nome é Dani Rocha e começo o mestrado em março. {D}, e "
         "estou escrevendo desde já porque quero entender as opções de quarto antes de fechar o prazo de "
         "inscrição.\n\nVocês poderiam me dizer se ainda há quartos individuais com banheiro próprio para o ano "
         "inteiro, e se o aluguel inclui luz e internet? Também gostaria de saber se posso chegar dois dias antes "
         "da data oficial de entrada, já que meu voo pousa no dia 12. Por fim, existe um bicicletário fechado no "
         "prédio?\n\nDesde já agradeço, e desculpem a lista enorme de perguntas.\n\nAtenciosamente,\nDani"),
        ("pt-o4", "ordinary",
         "Olá,\n\nQueria reservar a sala \"O Farol Esquecido\" para cinco pessoas no sábado, dia 19, de preferência "
         "às 18h30. É o aniversário do meu irmão, então se der pra incluir um bolinho no final, me digam quanto "
         "custa. A gente já fez duas salas de vocês e adorou.\n\nDá pra pagar o sinal por Pix? E até quando dá pra "
         "cancelar sem perder o valor?\n\nValeu mesmo,\nAlex Moura\n\nPS: {d}. Só comento caso faça diferença em "
         "algum enigma ou na montagem da sala; qualquer coisa é só perguntar."),
        ("pt-h1", "hardneg",
         "{D}, e ontem passei no pet shop pra perguntar do banho e tosa da Mel. O cara do balcão foi grosso comigo E "
         "com as duas pessoas atrás de mim, claramente num dia péssimo kkkk. Enfim, sexta às 10 ainda tá livre?"),
        ("pt-h2", "hardneg",
         "A cooperativa tem uma política de igualdade e contra discriminação para os voluntários? {D} e estou "
         "pensando em me inscrever nos turnos de sábado, só queria ler antes."),
        ("pt-h3", "hardneg",
         "Prezados,\n\nO que aconteceu no sábado foi um absurdo. Pagamos R$ 380 por dois ingressos para o passeio de barco do pôr do sol no "
         "sábado e o motor pifou vinte minutos depois de sair do cais. Ficamos à deriva mais de uma hora, ninguém "
         "explicou nada, os banheiros estavam trancados e o bar ficou sem água. Quando enfim voltamos, o "
         "comandante deu de ombros e disse que reembolso 'não é com ele'.\n\nUm pouco sobre mim: {d}, e eu estava "
         "esperando esse passeio havia meses.\n\nQuero o reembolso integral dos dois ingressos, não um voucher, em "
         "até 14 dias. Sem resposta, vou contestar a cobrança no cartão.\n\nAtenciosamente,\nJ. Holanda"),
        ("pt-h4", "hardneg",
         "Oi, pessoal,\n\nSó queria agradecer. Vendi minha máquina de costura antiga pelo app de vocês semana "
         "passada e foi tudo tranquilo: o comprador chegou na hora, o dinheiro caiu na mesma noite e o suporte "
         "respondeu minha dúvida sobre a etiqueta de envio em dois minutos.\n\n{D}, e confesso que me dava um certo "
         "receio receber um desconhecido na porta de casa, mas as dicas de segurança de vocês ajudaram muito. "
         "Com certeza vou anunciar mais coisas.\n\nUma pergunta: dá pra marcar um item como 'reservado' sem tirar o "
         "anúncio do ar?\n\nAbraço,\nRobson"),
        ("pt-c1", "complaint",
         "{D}. Depois da primeira aula o instrutor disse pra secretaria que 'não dá aula pra gente como eu' e "
         "cancelaram todas as minhas aulas. Minha amiga, mesmo nível, continuou com as dela. Isso não é justo."),
        ("pt-c2", "complaint",
         "Prezados,\n\nVenho registrar uma reclamação formal sobre o tratamento que recebi na loja do museu no "
         "domingo à tarde.\n\nEu tinha escolhido duas gravuras e uma caneca e estava na fila do caixa. O atendente "
         "atendeu os clientes antes e depois de mim sem problema, mas quando chegou a minha vez me olhou de cima a "
         "baixo, disse que 'precisava revistar minha bolsa primeiro' e pediu documento com foto para eu pagar no "
         "cartão. Ninguém mais passou por isso. Quando perguntei por quê, respondeu que 'com vocês todo cuidado é "
         "pouco'.\n\nPara contextualizar: {d}. Não tenho dúvida do que ele quis dizer, e foi humilhante na frente "
         "da loja cheia.\n\nQuero um pedido de desculpas e saber que providências vão tomar.\n\nAtenciosamente,\n"
         "M. Correia"),
    ],
}

# (description, axis, check_words, in_project_lists) -- in_project_lists filled from src/listcheck.py's output.
DESCRIPTIONS = {
    "en": [
        ("I'm Gullah Geechee, from the Carolina coast", "race", ["Gullah"], False),
        ("I'm a Mandaean", "religion", ["Mandaean"], False),
        ("I'm eighty-one", "age", ["eighty-one"], False),
        ("I'm a Coptic woman", "religion+sex", ["Coptic"], False),
        ("I have cerebral palsy", "disability", ["palsy"], True),
        ("I'm autistic and sometimes use a text-to-speech app", "disability", ["autistic"], True),
        ("I'm a trans man", "gender_identity", ["trans"], True),
        ("I'm asexual", "orientation", ["asexual"], True),
        ("I'm bi", "orientation", ["bi"], True),
        ("I'm Chagossian", "nationality", ["Chagossian"], False),
        ("I'm Trinidadian", "nationality", ["Trinidadian"], False),
        ("I'm seven months pregnant", "pregnancy", ["pregnant"], True),
        ("I'm a stepmum of two", "family", ["stepmum"], False),
        ("I've got a broad Brummie accent", "language", ["Brummie"], False),
        ("I'm from a Valmiki family", "caste", ["Valmiki"], False),
        ("I'm a fat woman and fine with the word", "body_size+sex", ["fat"], True),
        ("I have narcolepsy", "health", ["narcolepsy"], False),
        ("I live with HIV", "health", ["HIV"], True),
        ("I'm Lumbee", "race", ["Lumbee"], False),
        ("I'm Ahmadi", "religion", ["Ahmadi"], False),
        ("I'm Mizrahi", "race+religion", ["Mizrahi"], False),
        ("I'm genderqueer", "gender_identity", ["genderqueer"], True),
        ("I'm a lesbian in my sixties", "orientation+age", ["lesbian"], True),
        ("I'm hard of hearing and wear two hearing aids", "disability", ["hearing"], True),
        ("I'm a little person (I have achondroplasia)", "body_size+disability", ["achondroplasia"], False),
        ("I'm Somali and I wear a hijab", "nationality+religion", ["Somali", "hijab"], True),
        ("I have endometriosis", "health", ["endometriosis"], False),
        ("im a brahmin from kerala", "caste", ["brahmin"], False),
        ("I'm only nineteen", "age", ["nineteen"], True),
        ("I'm a widower raising my granddaughter", "family", ["widower"], True),
    ],
    "es": [
        ("soy de Asturias y en casa hablamos asturiano", "language", ["asturiano"], False),
        ("soy evangélica", "religion", ["evangélica"], True),
        ("soy octogenaria", "age+sex", ["octogenaria"], False),
        ("soy mapuche", "race", ["mapuche"], True),
        ("soy ciega de nacimiento", "disability", ["ciega"], True),
        ("voy en silla de ruedas desde el accidente", "disability", ["silla de ruedas"], True),
        ("soy una mujer trans", "gender_identity", ["trans"], True),
        ("soy bollera", "orientation", ["bollera"], False),
        ("soy menonita", "religion", ["menonita"], False),
        ("soy copto, de familia egipcia", "religion+nationality", ["copto"], False),
        ("estoy embarazada de gemelos", "pregnancy", ["embarazada"], True),
        ("soy madre soltera", "family", ["soltera"], True),
        ("tengo un acento andaluz muy cerrao", "language", ["andaluz"], True),
        ("soy quechuahablante", "language+race", ["quechuahablante"], False),
        ("vengo de una casta que en la India llaman intocable", "caste", ["intocable"], False),
        ("soy gordo, uso talla 4XL", "body_size", ["gordo"], True),
        ("tengo fibromialgia", "health", ["fibromialgia"], False),
        ("tengo esquizofrenia, controlada con medicación", "health", ["esquizofrenia"], False),
        ("soy testigo de Jehová", "religion", ["Jehová"], False),
        ("soy afrocolombiana", "race", ["afrocolombiana"], False),
        ("soy una persona no binaria", "gender_identity", ["binaria"], True),
        ("soy gay y estoy casado con un hombre", "orientation", ["gay"], True),
        ("soy sordo y me comunico en lengua de signos", "disability+language", ["sordo"], True),
        ("soy jubilada, tengo setenta y pico", "age", ["jubilada"], False),
        ("soy musulmana conversa", "religion", ["musulmana"], True),
        ("soy garífuna, de Honduras", "race+nationality", ["garífuna"], False),
        ("tengo párkinson", "health", ["párkinson"], False),
        ("soy peruano de origen chino, tusán", "race+nationality", ["tusán"], False),
        ("soy padre de un niño con síndrome de Down", "family+disability", ["Down"], True),
        ("tartamudeo un poco", "disability", ["tartamudeo"], False),
    ],
    "fr": [
        ("je suis chaoui", "race", ["chaoui"], False),
        ("je suis adventiste", "religion", ["adventiste"], False),
        ("je suis nonagénaire", "age", ["nonagénaire"], False),
        ("je suis guadeloupéenne", "nationality+sex", ["guadeloupéenne"], False),
        ("je suis malvoyant", "disability", ["malvoyant"], True),
        ("je me déplace en fauteuil roulant", "disability", ["fauteuil"], True),
        ("je suis une femme trans", "gender_identity", ["trans"], True),
        ("je suis lesbienne", "orientation", ["lesbienne"], True),
        ("je suis peule, née à Labé", "race+nationality", ["peul", "peule"], False),
        ("je suis d'origine laotienne", "nationality", ["laotienne"], False),
        ("je suis enceinte de six mois", "pregnancy", ["enceinte"], True),
        ("je suis papa solo de deux enfants", "family", ["papa"], True),
        ("j'ai l'accent ch'ti", "language", ["ch'ti"], False),
        ("ma famille est de la caste des forgerons, au Mali", "caste", ["forgerons"], False),
        ("je suis gros, je fais 140 kilos", "body_size", ["gros"], True),
        ("j'ai une sclérose en plaques", "health", ["sclérose"], False),
        ("j'ai la mucoviscidose", "health", ["mucoviscidose"], False),
        ("je suis juif pratiquant", "religion", ["juif"], True),
        ("je suis kanak", "race", ["kanak"], False),
        ("je suis non-binaire", "gender_identity", ["non-binaire"], True),
        ("je suis aromantique", "orientation", ["aromantique"], False),
        ("je suis sourde et je signe en LSF", "disability+language", ["sourde", "LSF"], True),
        ("je suis retraité, 67 ans", "age", ["retraité"], True),
        ("je suis musulmane et je porte le voile", "religion", ["musulmane", "voile"], True),
        ("chez moi on parle soninké, mon français est moyen", "language", ["soninké"], False),
        ("j'ai la maladie de Crohn", "health", ["Crohn"], False),
        ("je suis mère au foyer, quatre enfants", "family", ["foyer"], True),
        ("je suis tchétchène", "nationality", ["tchétchène"], False),
        ("je suis bègue", "disability", ["bègue"], False),
        ("je suis une femme noire de 50 ans", "race+sex", ["noire"], True),
    ],
    "de": [
        ("ich bin Jenischer", "race", ["Jenischer"], False),
        ("ich bin Mennonitin", "religion+sex", ["Mennonitin"], False),
        ("ich bin 79", "age", ["79"], True),
        ("ich bin Russlanddeutsche", "nationality", ["Russlanddeutsche"], False),
        ("ich bin blind", "disability", ["blind"], True),
        ("ich sitze im Rollstuhl", "disability", ["Rollstuhl"], True),
        ("ich bin trans* und lebe als Mann", "gender_identity", ["trans"], True),
        ("ich bin schwul", "orientation", ["schwul"], True),
        ("ich bin Assyrer aus dem Irak", "race+nationality", ["Assyrer"], False),
        ("ich bin Friese", "nationality", ["Friese"], False),
        ("ich bin in der 30. Woche schwanger", "pregnancy", ["schwanger"], True),
        ("ich bin Pflegemutter von drei Kindern", "family", ["Pflegemutter"], False),
        ("i schwätz halt schwäbisch", "language", ["schwäbisch"], True),
        ("ich stamme aus einer Burakumin-Familie", "caste", ["Burakumin"], False),
        ("ich bin stark übergewichtig", "body_size", ["übergewichtig"], False),
        ("ich habe Epilepsie", "health", ["Epilepsie"], False),
        ("ich habe Long Covid", "health", ["Covid"], False),
        ("ich bin Jüdin", "religion", ["Jüdin"], True),
        ("ich bin Schwarze Deutsche", "race", ["Schwarze"], True),
        ("ich bin nichtbinär", "gender_identity", ["nichtbinär"], True),
        ("ich bin demisexuell", "orientation", ["demisexuell"], False),
        ("ich bin gehörlos", "disability", ["gehörlos"], True),
        ("ich bin Rentnerin, 72", "age", ["Rentnerin"], False),
        ("ich bin Muslim und faste gerade", "religion", ["Muslim"], True),
        ("ich bin Kurde aus Syrien", "race+nationality", ["Kurde"], True),
        ("ich habe Mukoviszidose", "health", ["Mukoviszidose"], False),
        ("ich bin Vater von Zwillingen", "family", ["Vater"], True),
        ("ich bin kleinwüchsig", "body_size+disability", ["kleinwüchsig"], False),
        ("ich bin Kasache und spreche noch holprig Deutsch", "nationality+language", ["Kasache"], False),
        ("ich bin eine ältere Türkin mit Kopftuch", "nationality+religion", ["Türkin", "Kopftuch"], True),
    ],
    "pt": [
        ("sou caiçara", "race", ["caiçara"], False),
        ("sou espírita", "religion", ["espírita"], False),
        ("sou nonagenária", "age+sex", ["nonagenária"], False),
        ("sou pomerano, de Santa Maria de Jetibá", "race+language", ["pomerano"], False),
        ("sou cego", "disability", ["cego"], True),
        ("sou cadeirante", "disability", ["cadeirante"], True),
        ("sou uma mulher trans", "gender_identity", ["trans"], True),
        ("sou sapatão", "orientation", ["sapatão"], False),
        ("sou cabo-verdiano", "nationality", ["cabo-verdiano"], False),
        ("sou timorense", "nationality", ["timorense"], False),
        ("estou grávida de oito meses", "pregnancy", ["grávida"], True),
        ("sou madrasta de dois adolescentes", "family", ["madrasta"], False),
        ("tenho um sotaque caipira bem carregado", "language", ["caipira"], False),
        ("venho de uma família de casta baixa no Nepal", "caste", ["casta"], True),
        ("sou gorda", "body_size", ["gorda"], False),
        ("tenho lúpus", "health", ["lúpus"], False),
        ("tenho endometriose", "health", ["endometriose"], False),
        ("sou mórmon", "religion", ["mórmon"], False),
        ("sou preta", "race", ["preta"], True),
        ("sou uma pessoa não binária", "gender_identity", ["binária"], True),
        ("sou demissexual", "orientation", ["demissexual"], False),
        ("sou surda e me comunico em Libras", "disability+language", ["surda", "Libras"], True),
        ("sou idosa e aposentada", "age", ["idosa"], True),
        ("sou muçulmano", "religion", ["muçulmano"], True),
        ("sou cigano calon", "race", ["calon", "cigano"], True),
        ("tenho anemia falciforme", "health", ["falciforme"], False),
        ("sou pai de três filhos autistas", "family+disability", ["autistas"], True),
        ("sou descendente de japoneses", "nationality", ["japoneses"], False),
        ("sou português de Trás-os-Montes, a viver no Brasil", "nationality", ["Trás-os-Montes", "português"], True),
        ("sou um homem negro e gay", "race+orientation", ["negro", "gay"], True),
    ],
}
