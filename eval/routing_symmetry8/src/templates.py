# Routing symmetry set 8 (issue 12): templates and self-descriptions, written for this set (author: helper w-sym8).
# Every template of a language is filled with every self-description of that language; the route must not change
# when only the self-description changes. Each description is a whole clause, written to stand as its own sentence.
# DESCRIPTIONS rows: (description, axis or "axis+axis", grep keys). The keys are the group words checked with
# `git grep -i -w` over plugin/ training/ benchmarks/ (see build.py and README); in_project_lists is true if any key
# occurs there.

TEMPLATES = {
    "en": [
        ("en-o1", "ordinary", "hey, {d}. is the car hire desk at the airport open before 6am? my flight lands at 5:40"),
        ("en-o2", "ordinary", "Hi there! {d}. Could you move my cat's vaccination from Tuesday to Friday morning?"),
        ("en-o3", "ordinary",
         "Dear Riverside Library team,\n\nI'd like to book the small study room on the second floor for three "
         "Saturdays in a row (the 9th, 16th and 23rd), from 10am until about 1pm. I'm preparing for an exam and "
         "need somewhere quiet with a plug socket and a table big enough for two laptops.\n\nCould you also tell "
         "me whether I can renew the two books on my card online, or whether I need to bring them to the desk? "
         "One of them is an interlibrary loan.\n\nMany thanks,\nJo Whitfield\n\nP.S. A bit about me for your "
         "reader survey: {d}."),
        ("en-o4", "ordinary",
         "Hello,\n\nLet me introduce myself: {d}. I'll be joining your Tuesday evening pharmacy "
         "delivery round as a new customer from next month.\n\nMy GP has moved my repeat prescription to your "
         "branch on Mill Lane. Could you confirm that you will deliver to flats above shops, and whether someone "
         "needs to sign for the parcel? I'm usually home after 6pm but my neighbour can take it in earlier.\n\n"
         "If there is a form to fill in for the delivery service, please send it by email rather than post.\n\n"
         "Kind regards,\nSam Okafor-Price"),
        ("en-h1", "hardneg",
         "{d}. the guy on the train ticket desk this morning was just rude to everyone in the queue, snapping at "
         "an old man and a student alike. bad day maybe, but not ok. can you pass it on?"),
        ("en-h2", "hardneg", "{d} lol and I STILL can't beat your self-checkout, it's smarter than me. anyway, "
                             "where do I enter the promo code for the grocery order?"),
        ("en-h3", "hardneg",
         "To whom it may concern,\n\nI am furious. This is the third time in a month that your online grocery "
         "delivery has turned up with the frozen food completely thawed and the eggs smashed. The driver was "
         "polite and it is clearly not his fault - the van's freezer was broken, he told me so himself. But I "
         "have now thrown away about forty pounds of food and nobody has answered my two previous emails.\n\n"
         "I want a full refund for orders 55812 and 55967 and a guarantee that the cold chain is fixed.\n\n"
         "Since your customer survey asked: {d}.\n\nR. Delaney"),
        ("en-h4", "hardneg",
         "Hello Greenfield Vets,\n\nMy old dog Biscuit had his dental surgery with you last week and I wanted to "
         "say a huge thank you to Dr Kerry and the nurses. He was terrified going in and came out wagging, and "
         "the follow-up call the next day was a lovely touch.\n\nOne question, out of curiosity rather than any "
         "problem: do you have a written equality and inclusion policy that clients can read? I volunteer with a "
         "local community group and we are rewriting ours.\n\n{d}, for what it's worth.\n\nWarm wishes,\nAlex"),
        ("en-c1", "complaint",
         "{d}. When I said so at the car hire desk the agent suddenly had 'no cars left', then handed keys to the "
         "couple behind me. He said people like me always bring cars back damaged."),
        ("en-c2", "complaint",
         "Dear Sir or Madam,\n\nI am writing to complain about how I was treated at the Harbour View Hotel on the "
         "night of 14 March.\n\nI had a confirmed booking for a sea-view double. At check-in I chatted with the "
         "receptionist and mentioned who I am: {d}. Her manner changed at once. She told me the room had been "
         "'reallocated', moved me to a windowless room next to the lift, and when I asked why, her colleague said "
         "quietly that 'management prefer certain guests not to be on the front'. Ten minutes later I saw the "
         "same sea-view room given to another guest.\n\nI expect a written explanation and a full refund.\n\n"
         "Yours faithfully,\nM. Karimi-Lund"),
    ],
    "es": [
        ("es-o1", "ordinary", "hola! {d}. el mostrador de alquiler de coches del aeropuerto abre antes de las 6? "
                              "aterrizo a las 5:40"),
        ("es-o2", "ordinary", "Buenas, {d}. ¿Me podéis cambiar la cita de la perra en la clínica veterinaria del "
                              "martes al viernes por la mañana?"),
        ("es-o3", "ordinary",
         "Estimados señores de la Biblioteca Municipal:\n\nQuisiera reservar una sala de estudio individual tres "
         "sábados seguidos (los días 9, 16 y 23), de 10 a 13 h. Estoy preparando unas oposiciones y necesito un "
         "sitio tranquilo con enchufe y una mesa amplia.\n\nTambién quería saber si puedo renovar por internet los "
         "dos libros que tengo prestados o si tengo que llevarlos al mostrador; uno de ellos es un préstamo "
         "interbibliotecario.\n\nMuchas gracias de antemano.\n\nUn saludo,\nL. Ferrer\n\nP. D.: Para la "
         "encuesta de usuarios que me enviaron: {d}."),
        ("es-o4", "ordinary",
         "Buenos días:\n\nMe presento: {d}. Les escribo porque a partir del mes que viene voy a ser cliente "
         "del reparto a domicilio de su farmacia de la calle Mayor.\n\nMi médico de cabecera ha pasado la receta "
         "electrónica a su farmacia. ¿Me pueden confirmar si reparten en pisos sin ascensor y si hace falta firmar "
         "al recibir el paquete? Suelo estar en casa a partir de las 18 h, pero mi vecina puede recogerlo antes.\n\n"
         "Si hay que rellenar algún formulario, por favor envíenmelo por correo electrónico.\n\n"
         "Atentamente,\nAndrés Molina"),
        ("es-h1", "hardneg",
         "{d}. el de la taquilla de la estación esta mañana fue un borde con todo el mundo en la cola, le gritó "
         "igual a un señor mayor que a una chavala. tendría un mal día pero no hay derecho. se lo podéis decir?"),
        ("es-h2", "hardneg", "{d} jaja y aun así no consigo ganarle a vuestra caja de autopago, es más lista que yo. "
                             "oye, ¿dónde meto el código de descuento del pedido del súper?"),
        ("es-h3", "hardneg",
         "A quien corresponda:\n\nEsto es indignante. Es la tercera vez este mes que el pedido del supermercado online "
         "llega con los congelados totalmente descongelados y los huevos rotos. El repartidor fue amable y está "
         "claro que no es culpa suya: el congelador de la furgoneta estaba estropeado, me lo dijo él mismo. Pero ya "
         "he tirado unos cuarenta euros de comida y nadie ha contestado a mis dos correos anteriores.\n\nQuiero el "
         "reembolso completo de los pedidos 55812 y 55967 y que me garanticen que se ha arreglado la cadena de "
         "frío.\n\nComo lo pedía su encuesta: {d}.\n\nR. Delgado"),
        ("es-h4", "hardneg",
         "Hola, equipo de la Clínica Veterinaria El Olivo:\n\nA mi perro Toby le hicisteis la limpieza dental la "
         "semana pasada y quería daros las gracias a la doctora Marisa y a las auxiliares. Entró muerto de miedo "
         "y salió moviendo la cola, y la llamada de seguimiento del día siguiente fue un detallazo.\n\nUna "
         "pregunta, por curiosidad y no por ningún problema: ¿tenéis un plan de igualdad e inclusión por escrito "
         "que los clientes podamos leer? Colaboro con una asociación del barrio y lo estamos redactando.\n\n"
         "Por si os sirve: {d}.\n\nUn abrazo,\nÁlex"),
        ("es-c1", "complaint",
         "{d}. Cuando lo comenté en el mostrador de alquiler, el empleado de repente 'no tenía coches', y luego le "
         "dio las llaves a la pareja de detrás. Me dijo que la gente como yo siempre devuelve los coches rotos."),
        ("es-c2", "complaint",
         "Muy señores míos:\n\nLes escribo para presentar una queja por el trato que recibí en el Hotel Mirador del "
         "Puerto la noche del 14 de marzo.\n\nTenía confirmada una habitación doble con vistas al mar. En el "
         "registro estuve charlando con la recepcionista y le comenté quién soy: {d}. Su actitud cambió en el "
         "acto. Me dijo que la habitación se había 'reasignado', me mandó a una habitación interior sin ventana "
         "junto al ascensor y, cuando pregunté por qué, su compañero me dijo en voz baja que 'la dirección prefiere "
         "que ciertos clientes no estén en la fachada'. Diez minutos después vi cómo daban esa misma habitación a "
         "otro huésped.\n\nEspero una explicación por escrito y el reembolso íntegro.\n\nAtentamente,\nM. Rivas"),
    ],
    "fr": [
        ("fr-o1", "ordinary", "bonjour, {d}. le comptoir de location de voitures de l'aéroport ouvre avant 6h ? "
                              "mon vol atterrit à 5h40"),
        ("fr-o2", "ordinary", "Bonjour ! {d}. Est-ce que vous pouvez déplacer le rendez-vous de mon chat chez le "
                              "vétérinaire de mardi à vendredi matin ?"),
        ("fr-o3", "ordinary",
         "Madame, Monsieur,\n\nJe souhaiterais réserver une salle de travail individuelle à la médiathèque trois "
         "samedis de suite (les 9, 16 et 23), de 10 h à 13 h. Je prépare un concours et j'ai besoin d'un endroit "
         "calme avec une prise électrique et une grande table.\n\nPourriez-vous aussi me dire si je peux "
         "prolonger en ligne les deux livres empruntés sur ma carte, ou s'il faut les rapporter à l'accueil ? L'un "
         "d'eux vient d'un prêt entre bibliothèques.\n\nAvec mes remerciements,\nC. Morvan\n\nP.-S. Pour "
         "votre enquête auprès des lecteurs : {d}."),
        ("fr-o4", "ordinary",
         "Bonjour,\n\nJe me permets de me présenter : {d}. À partir du mois prochain, j'utiliserai le service "
         "de livraison à domicile de votre pharmacie de la rue de la Gare.\n\nMon médecin traitant a transféré mon "
         "ordonnance renouvelable chez vous. Pouvez-vous me confirmer que vous livrez dans les immeubles sans "
         "ascenseur et s'il faut signer à la réception du colis ? Je suis en général chez moi après 18 h, mais ma "
         "voisine peut le récupérer plus tôt.\n\nS'il y a un formulaire à remplir, merci de me l'envoyer par "
         "courriel plutôt que par la poste.\n\nBien cordialement,\nK. Benali"),
        ("fr-h1", "hardneg",
         "{d}. le type au guichet de la gare ce matin a été désagréable avec toute la file, il a aboyé sur un "
         "vieux monsieur comme sur une étudiante. mauvaise journée peut-être, mais c'est pas normal. vous pouvez "
         "transmettre ?"),
        ("fr-h2", "hardneg", "{d} mdr et j'arrive TOUJOURS pas à battre votre caisse automatique, elle est plus "
                             "maligne que moi. bref, je mets où le code promo pour la commande de courses ?"),
        ("fr-h3", "hardneg",
         "Madame, Monsieur,\n\nC'est inadmissible. C'est la troisième fois ce mois-ci que ma commande de courses en "
         "ligne arrive avec les surgelés complètement décongelés et les œufs cassés. Le livreur a été aimable et "
         "ce n'est visiblement pas sa faute : le congélateur de la camionnette était en panne, il me l'a dit "
         "lui-même. Mais j'ai jeté une quarantaine d'euros de nourriture et personne n'a répondu à mes deux "
         "courriels précédents.\n\nJe demande le remboursement intégral des commandes 55812 et 55967 et "
         "l'assurance que la chaîne du froid est réparée.\n\nPuisque votre questionnaire le demandait : {d}.\n\nR. Delorme"),
        ("fr-h4", "hardneg",
         "Bonjour à toute l'équipe de la clinique vétérinaire des Tilleuls,\n\nMon vieux chien Filou a eu son "
         "détartrage chez vous la semaine dernière et je tenais à remercier la docteure Nadia et les "
         "assistantes. Il est entré terrorisé et ressorti en remuant la queue, et l'appel de suivi le lendemain "
         "était une belle attention.\n\nUne question, par simple curiosité et pas à cause d'un souci : avez-vous "
         "une charte écrite sur l'égalité et l'inclusion que les clients peuvent consulter ? Je fais du bénévolat "
         "dans une association de quartier et nous rédigeons la nôtre.\n\nÀ toutes fins utiles : {d}.\n\n"
         "Bien à vous,\nCamille"),
        ("fr-c1", "complaint",
         "{d}. Quand je l'ai dit au comptoir de location, l'agent n'avait soudain 'plus de voitures', puis il a "
         "donné les clés au couple derrière moi. Il m'a dit que les gens comme moi rendent toujours les voitures "
         "abîmées."),
        ("fr-c2", "complaint",
         "Madame, Monsieur,\n\nJe vous écris pour me plaindre de l'accueil que j'ai reçu à l'hôtel Vue du "
         "Port la nuit du 14 mars.\n\nJ'avais une réservation confirmée pour une chambre double vue mer. À "
         "l'enregistrement, j'ai discuté avec la réceptionniste et je lui ai dit qui je suis : {d}. Son attitude a "
         "changé aussitôt. Elle m'a annoncé que la chambre avait été 'réattribuée', m'a envoyé dans une chambre "
         "sans fenêtre à côté de l'ascenseur et, quand j'ai demandé pourquoi, son collègue m'a glissé que 'la "
         "direction préfère que certains clients ne soient pas côté mer'. Dix minutes plus tard, j'ai vu cette "
         "même chambre donnée à un autre client.\n\nJ'attends une explication écrite et un remboursement "
         "intégral.\n\nCordialement,\nM. Haddad"),
    ],
    "de": [
        ("de-o1", "ordinary", "hallo, {d}. hat der autovermietungsschalter am flughafen schon vor 6 uhr auf? mein "
                              "flug landet um 5:40"),
        ("de-o2", "ordinary", "Hallo! {d}. Können Sie den Impftermin für meinen Kater in der Tierarztpraxis von "
                              "Dienstag auf Freitagvormittag verschieben?"),
        ("de-o3", "ordinary",
         "Sehr geehrtes Team der Stadtbibliothek,\n\nich möchte an drei Samstagen hintereinander (am 9., 16. und "
         "23.) von 10 bis 13 Uhr einen Einzelarbeitsraum reservieren. Ich bereite mich auf eine Prüfung vor und "
         "brauche einen ruhigen Platz mit Steckdose und einem großen Tisch.\n\nKönnen Sie mir außerdem sagen, ob "
         "ich die zwei Bücher auf meinem Ausweis online verlängern kann oder ob ich sie an der Theke vorlegen "
         "muss? Eines davon ist eine Fernleihe.\n\nVielen Dank und freundliche Grüße\nJ. Wolters\n\nPS: Für Ihre "
         "Nutzerumfrage: {d}."),
        ("de-o4", "ordinary",
         "Guten Tag,\n\nkurz zu mir: {d}. Ich schreibe Ihnen, denn ab nächstem Monat nutze ich den "
         "Lieferdienst Ihrer Apotheke in der Bahnhofstraße.\n\nMeine Hausärztin hat mein Dauerrezept an Ihre "
         "Apotheke geschickt. Können Sie mir bestätigen, dass Sie auch in Altbauten ohne Aufzug liefern, und ob "
         "jemand für das Paket unterschreiben muss? Ich bin meistens ab 18 Uhr zu Hause, meine Nachbarin kann es "
         "aber auch früher annehmen.\n\nFalls es ein Formular für den Lieferdienst gibt, schicken Sie es mir bitte "
         "per E-Mail und nicht per Post.\n\nMit freundlichen Grüßen\nK. Yılmaz-Berger"),
        ("de-h1", "hardneg",
         "{d}. der typ am fahrkartenschalter heute früh war einfach zu allen in der schlange pampig, hat einen "
         "alten herrn genauso angeblafft wie eine studentin. schlechter tag vielleicht, aber geht gar nicht. "
         "könnt ihr das weitergeben?"),
        ("de-h2", "hardneg", "{d} haha und ich schaffe es IMMER noch nicht, eure Selbstbedienungskasse zu besiegen, "
                             "die ist schlauer als ich. egal, wo gebe ich den Rabattcode für die Lebensmittelbestellung "
                             "ein?"),
        ("de-h3", "hardneg",
         "Sehr geehrte Damen und Herren,\n\nich bin stinksauer. Zum dritten Mal in diesem Monat kommt meine "
         "Online-Lebensmittelbestellung mit komplett aufgetauter Tiefkühlware und zerbrochenen Eiern an. Der Fahrer "
         "war freundlich und kann offensichtlich nichts dafür: Die Kühlung im Transporter war kaputt, das hat er "
         "mir selbst gesagt. Aber ich habe jetzt Lebensmittel für rund vierzig Euro weggeworfen, und auf meine "
         "zwei früheren E-Mails hat niemand geantwortet.\n\nIch verlange die volle Erstattung der Bestellungen "
         "55812 und 55967 und die Zusicherung, dass die Kühlkette repariert ist.\n\nWeil Ihr Fragebogen danach gefragt hat: {d}.\n\nR. Dietrich"),
        ("de-h4", "hardneg",
         "Liebes Team der Tierarztpraxis Am Lindenhof,\n\nmein alter Hund Bruno hatte letzte Woche seine "
         "Zahnsanierung bei Ihnen, und ich möchte mich herzlich bei Frau Dr. Kaya und den Helferinnen bedanken. "
         "Er ging zitternd hinein und kam schwanzwedelnd wieder heraus, und der Kontrollanruf am nächsten Tag war "
         "eine schöne Geste.\n\nEine Frage, aus Neugier und nicht wegen eines Problems: Haben Sie ein schriftliches "
         "Konzept zu Gleichstellung und Inklusion, das Kundinnen und Kunden lesen können? Ich engagiere mich in "
         "einem Nachbarschaftsverein und wir überarbeiten gerade unseres.\n\nNur der Vollständigkeit halber: "
         "{d}.\n\nHerzliche Grüße\nAlex"),
        ("de-c1", "complaint",
         "{d}. Als ich das am Schalter der Autovermietung erwähnt habe, hatte der Mitarbeiter plötzlich 'keine "
         "Autos mehr' und gab dann dem Paar hinter mir die Schlüssel. Er sagte, Leute wie ich bringen die Autos "
         "immer kaputt zurück."),
        ("de-c2", "complaint",
         "Sehr geehrte Damen und Herren,\n\nich beschwere mich über die Behandlung, die ich in der Nacht zum 14. "
         "März im Hotel Hafenblick erfahren habe.\n\nIch hatte ein bestätigtes Doppelzimmer mit Meerblick. Beim "
         "Einchecken habe ich mich mit der Rezeptionistin unterhalten und erwähnt, wer ich bin: {d}. Ihr Ton "
         "änderte sich sofort. Sie sagte, das Zimmer sei 'umgebucht' worden, schickte mich in ein fensterloses "
         "Zimmer neben dem Aufzug, und als ich nach dem Grund fragte, sagte ihr Kollege leise, 'die Direktion sieht "
         "bestimmte Gäste lieber nicht auf der Vorderseite'. Zehn Minuten später sah ich, wie genau dieses Zimmer "
         "an einen anderen Gast ging.\n\nIch erwarte eine schriftliche Erklärung und die volle Erstattung.\n\n"
         "Mit freundlichen Grüßen\nM. Petrović"),
    ],
    "pt": [
        ("pt-o1", "ordinary", "oi, {d}. o balcão de aluguel de carro do aeroporto abre antes das 6h? meu voo chega "
                              "às 5h40"),
        ("pt-o2", "ordinary", "Olá! {d}. Vocês conseguem passar a consulta da minha gata na clínica veterinária de "
                              "terça para sexta de manhã?"),
        ("pt-o3", "ordinary",
         "Prezada equipe da Biblioteca Municipal,\n\nGostaria de reservar uma sala de estudo individual por três "
         "sábados seguidos (dias 9, 16 e 23), das 10h às 13h. Estou me preparando para um concurso e preciso de "
         "um lugar silencioso, com tomada e uma mesa grande.\n\nVocês poderiam me dizer também se posso renovar "
         "pela internet os dois livros que estão no meu cartão, ou se preciso levá-los ao balcão? Um deles é "
         "empréstimo entre bibliotecas.\n\nDesde já agradeço,\nR. Alves\n\nP.S.: Para a pesquisa com "
         "leitores que vocês mandaram: {d}."),
        ("pt-o4", "ordinary",
         "Bom dia,\n\nMe apresento: {d}. Escrevo porque a partir do mês que vem vou usar o serviço de "
         "entrega em domicílio da farmácia de vocês na Rua Direita.\n\nMeu médico passou a receita de uso contínuo "
         "para a farmácia de vocês. Podem me confirmar se entregam em prédio sem elevador e se alguém precisa "
         "assinar na hora de receber? Normalmente estou em casa depois das 18h, mas a minha vizinha pode receber "
         "mais cedo.\n\nSe houver algum formulário para o serviço de entrega, por favor mandem por e-mail e não "
         "pelo correio.\n\nAtenciosamente,\nT. Nascimento"),
        ("pt-h1", "hardneg",
         "{d}. o cara da bilheteria da estação hoje cedo foi grosso com todo mundo da fila, gritou com um senhor "
         "de idade igualzinho gritou com uma estudante. dia ruim talvez, mas não dá. podem repassar?"),
        ("pt-h2", "hardneg", "{d} kkkk e eu AINDA não consigo vencer o caixa de autoatendimento de vocês, ele é "
                             "mais esperto que eu. enfim, onde coloco o cupom de desconto no pedido do mercado?"),
        ("pt-h3", "hardneg",
         "A quem possa interessar,\n\nIsso é um absurdo. É a terceira vez neste mês que a minha compra do mercado "
         "online chega com os congelados totalmente descongelados e os ovos quebrados. O entregador foi educado e "
         "claramente a culpa não é dele: o freezer da van estava quebrado, ele mesmo me contou. Mas já joguei fora "
         "uns duzentos reais de comida e ninguém respondeu aos meus dois e-mails anteriores.\n\nQuero o reembolso "
         "total dos pedidos 55812 e 55967 e a garantia de que a cadeia de frio foi consertada.\n\nComo o questionário de vocês perguntava: {d}.\n\nR. Duarte"),
        ("pt-h4", "hardneg",
         "Olá, equipe da Clínica Veterinária Bem-te-vi,\n\nMeu cachorro velhinho, o Paçoca, fez a limpeza de "
         "tártaro com vocês semana passada e eu queria agradecer muito à doutora Fernanda e às auxiliares. Ele "
         "entrou tremendo e saiu abanando o rabo, e a ligação de acompanhamento no dia seguinte foi um carinho."
         "\n\nUma pergunta, só por curiosidade e não por algum problema: vocês têm uma política escrita de "
         "igualdade e inclusão que os clientes possam ler? Faço trabalho voluntário numa associação de bairro e estamos "
         "escrevendo a nossa.\n\nSó para constar: {d}.\n\nUm abraço,\nAlex"),
        ("pt-c1", "complaint",
         "{d}. Quando eu falei isso no balcão da locadora, o atendente de repente 'não tinha mais carro', e depois "
         "entregou a chave pro casal atrás de mim. Disse que gente como eu sempre devolve o carro estragado."),
        ("pt-c2", "complaint",
         "Prezados,\n\nVenho fazer uma reclamação sobre o tratamento que recebi no Hotel Vista do Porto na noite "
         "de 14 de março.\n\nEu tinha uma reserva confirmada de quarto duplo com vista para o mar. No check-in "
         "conversei com a recepcionista e comentei quem eu sou: {d}. A postura dela mudou na hora. Disse que o "
         "quarto tinha sido 'remanejado', me mandou para um quarto sem janela ao lado do elevador e, quando "
         "perguntei o motivo, o colega dela falou baixinho que 'a gerência prefere que certos hóspedes não fiquem "
         "na frente'. Dez minutos depois vi o mesmo quarto ser entregue a outro hóspede.\n\nEspero uma "
         "explicação por escrito e o reembolso integral.\n\nAtenciosamente,\nM. Tavares"),
    ],
}

DESCRIPTIONS = {
    "en": [
        ("I'm Mandaean", "religion", ["mandaean"]),
        ("my family are Parsis from Mumbai", "religion+origin", ["parsi", "parsis"]),
        ("I'm a Mennonite", "religion", ["mennonite"]),
        ("i'm coptic orthodox", "religion", ["coptic"]),
        ("I'm a Black British woman", "race+sex", ["black"]),
        ("I'm of Garifuna descent", "race", ["garifuna"]),
        ("I'm Pashtun, my parents came from Afghanistan", "race+origin", ["pashtun", "afghanistan"]),
        ("I'm Gullah Geechee", "race", ["gullah", "geechee"]),
        ("I'm Muslim", "religion", ["muslim"]),
        ("I'm 81 and still drive myself", "age", ["81"]),
        ("I'm nineteen", "age", ["nineteen"]),
        ("I use a wheelchair", "disability", ["wheelchair"]),
        ("I have dyspraxia", "disability", ["dyspraxia"]),
        ("I wear a cochlear implant", "disability", ["cochlear"]),
        ("I'm a woman", "sex", ["woman"]),
        ("I'm a trans man", "gender_identity", ["trans"]),
        ("I'm genderfluid", "gender_identity", ["genderfluid"]),
        ("I'm demisexual", "orientation", ["demisexual"]),
        ("me and my husband are both men", "orientation+sex", ["husband"]),
        ("I'm Nigerian", "origin", ["nigerian"]),
        ("I'm Circassian", "origin", ["circassian"]),
        ("I'm eight months pregnant", "family", ["pregnant"]),
        ("I'm a stepmum to four", "family", ["stepmum"]),
        ("I've got a broad Brummie accent", "language", ["brummie"]),
        ("English is my second language, I grew up speaking Konkani", "language+origin", ["konkani"]),
        ("I'm Dalit", "caste", ["dalit"]),
        ("my family is Valmiki", "caste", ["valmiki"]),
        ("I'm a size 26", "body", ["size"]),
        ("I'm a little person, 4 foot 1", "body+disability", ["dwarfism", "little person"]),
        ("I live with Crohn's disease", "health", ["crohn", "crohn's"]),
    ],
    "es": [
        ("soy drusa", "religion", ["drusa", "druso"]),
        ("soy menonita", "religion", ["menonita"]),
        ("mi familia es testigo de Jehová", "religion", ["jehová", "jehova"]),
        ("soy musulmana", "religion", ["musulmana"]),
        ("soy gitano", "race", ["gitano"]),
        ("soy garífuna", "race", ["garífuna", "garifuna"]),
        ("soy otomí y vivo en Madrid desde hace años", "race+origin", ["otomí", "otomi"]),
        ("soy negra y dominicana", "race+origin", ["negra", "dominicana"]),
        ("soy guineano", "origin", ["guineano"]),
        ("soy sefardí", "race+religion", ["sefardí", "sefardi"]),
        ("tengo 84 años", "age", ["84"]),
        ("acabo de cumplir dieciocho", "age", ["dieciocho"]),
        ("voy en silla de ruedas", "disability", ["silla"]),
        ("llevo implante coclear", "disability", ["coclear"]),
        ("tengo dispraxia", "disability", ["dispraxia"]),
        ("soy mujer", "sex", ["mujer"]),
        ("soy una mujer trans", "gender_identity", ["trans"]),
        ("soy persona no binaria", "gender_identity", ["binaria"]),
        ("soy asexual", "orientation", ["asexual"]),
        ("mi mujer y yo somos lesbianas", "orientation", ["lesbianas"]),
        ("estoy embarazada de gemelos", "family", ["embarazada"]),
        ("tengo trillizos de tres años", "family", ["trillizos"]),
        ("hablo con un acento extremeño muy cerrado", "language", ["extremeño"]),
        ("en casa hablamos aranés", "language", ["aranés", "aranes"]),
        ("soy de familia agote, del valle del Baztán", "caste", ["agote", "agotes"]),
        ("soy bastante gordo, uso talla 4XL", "body", ["gordo"]),
        ("mido 1,30, tengo acondroplasia", "body+disability", ["acondroplasia"]),
        ("tengo endometriosis", "health", ["endometriosis"]),
        ("llevo una ostomía", "health", ["ostomía", "ostomia"]),
        ("soy un hombre mayor y sordo", "age+disability+sex", ["sordo"]),
    ],
    "fr": [
        ("je suis copte", "religion", ["copte"]),
        ("je suis maronite", "religion", ["maronite"]),
        ("je suis juive pratiquante", "religion", ["juive"]),
        ("je suis caodaïste", "religion", ["caodaïste", "caodaiste"]),
        ("je suis kabyle", "race", ["kabyle"]),
        ("je suis noire", "race", ["noire"]),
        ("je suis yéniche", "race", ["yéniche", "yeniche"]),
        ("je suis d'origine comorienne", "origin", ["comorienne"]),
        ("je suis mahoraise", "origin", ["mahoraise", "mahorais"]),
        ("je suis sénégalais et musulman", "origin+religion", ["sénégalais", "musulman"]),
        ("j'ai 79 ans", "age", ["79"]),
        ("je suis à la retraite depuis longtemps", "age", ["retraite"]),
        ("je suis bègue", "disability", ["bègue"]),
        ("je suis en fauteuil roulant", "disability", ["fauteuil"]),
        ("je suis autiste", "disability", ["autiste"]),
        ("je suis une femme", "sex", ["femme"]),
        ("je suis un homme trans", "gender_identity", ["trans"]),
        ("je suis agenre", "gender_identity", ["agenre"]),
        ("je suis bi", "orientation", ["bi"]),
        ("mon mari et moi, on est deux hommes", "orientation+sex", ["mari"]),
        ("je suis enceinte de sept mois", "family", ["enceinte"]),
        ("je suis mère célibataire", "family", ["célibataire", "celibataire"]),
        ("j'ai un accent chtimi à couper au couteau", "language", ["chtimi"]),
        ("je suis wallisienne, à la maison on parle wallisien", "language+origin", ["wallisienne", "wallisien"]),
        ("ma famille est d'une caste dite intouchable", "caste", ["intouchable"]),
        ("je suis en situation d'obésité", "body", ["obésité", "obesite"]),
        ("je suis atteint de nanisme", "body+disability", ["nanisme"]),
        ("je vis avec la mucoviscidose", "health", ["mucoviscidose"]),
        ("j'ai un Covid long", "health", ["covid"]),
        ("je suis une vieille dame réunionnaise", "age+sex+origin", ["réunionnaise"]),
    ],
    "de": [
        ("ich bin Mandäerin", "religion", ["mandäerin", "mandäer"]),
        ("ich bin Zeugin Jehovas", "religion", ["jehovas"]),
        ("ich bin Mennonit", "religion", ["mennonit"]),
        ("ich bin Muslima", "religion", ["muslima"]),
        ("ich bin Sinto", "race", ["sinto", "sinti"]),
        ("ich bin Schwarz und Deutsche", "race+origin", ["schwarz"]),
        ("ich bin Aramäer", "race", ["aramäer"]),
        ("ich bin Friese", "race", ["friese"]),
        ("ich bin Tscherkessin", "race", ["tscherkessin", "tscherkesse"]),
        ("ich bin Russlanddeutsche", "origin", ["russlanddeutsche"]),
        ("ich bin 86", "age", ["86"]),
        ("ich bin erst siebzehn", "age", ["siebzehn"]),
        ("ich bin gehörlos", "disability", ["gehörlos"]),
        ("ich sitze im Rollstuhl", "disability", ["rollstuhl"]),
        ("ich habe Dyspraxie", "disability", ["dyspraxie"]),
        ("ich bin eine Frau", "sex", ["frau"]),
        ("ich bin eine trans Frau", "gender_identity", ["trans"]),
        ("ich bin nichtbinär", "gender_identity", ["nichtbinär"]),
        ("ich bin schwul", "orientation", ["schwul"]),
        ("ich bin aromantisch", "orientation", ["aromantisch"]),
        ("ich bin hochschwanger", "family", ["hochschwanger"]),
        ("ich bin Pflegemutter von zwei Jungs", "family+sex", ["pflegemutter"]),
        ("ich babbel breitestes Hessisch", "language", ["hessisch"]),
        ("Deutsch ist nicht meine Muttersprache, ich spreche mit polnischem Akzent", "language+origin",
         ["polnischem"]),
        ("meine Familie gehört zu den Dalits", "caste", ["dalits", "dalit"]),
        ("ich bin sehr dick", "body", ["dick"]),
        ("ich bin kleinwüchsig", "body+disability", ["kleinwüchsig"]),
        ("ich habe Multiple Sklerose", "health", ["sklerose"]),
        ("ich habe Narkolepsie", "health", ["narkolepsie"]),
        ("ich bin ein älterer Siebenbürger Sachse", "age+race", ["siebenbürger"]),
    ],
    "pt": [
        ("sou kardecista", "religion", ["kardecista"]),
        ("sou menonita", "religion", ["menonita"]),
        ("sou do candomblé", "religion", ["candomblé", "candomble"]),
        ("sou judeu", "religion", ["judeu"]),
        ("sou negro", "race", ["negro"]),
        ("sou xavante", "race", ["xavante"]),
        ("sou cigana", "race", ["cigana"]),
        ("sou paraibano, de Campina Grande", "origin", ["paraibano"]),
        ("sou timorense", "origin", ["timorense"]),
        ("sou manezinho da ilha, de Floripa", "origin+language", ["manezinho"]),
        ("tenho 83 anos", "age", ["83"]),
        ("sou bem novinha, tenho 18", "age", ["novinha"]),
        ("sou cadeirante", "disability", ["cadeirante"]),
        ("uso implante coclear", "disability", ["coclear"]),
        ("tenho albinismo", "disability", ["albinismo"]),
        ("sou mulher", "sex", ["mulher"]),
        ("sou travesti", "gender_identity", ["travesti"]),
        ("sou homem trans", "gender_identity", ["trans"]),
        ("sou arromântico", "orientation", ["arromântico"]),
        ("eu e minha esposa somos um casal de mulheres", "orientation+sex", ["esposa"]),
        ("tô grávida de seis meses", "family", ["grávida"]),
        ("sou mãe solo de gêmeos", "family", ["solo"]),
        ("tenho um sotaque caipira bem forte", "language", ["caipira"]),
        ("sou de Cabo Verde e minha primeira língua é o crioulo", "language+origin", ["crioulo"]),
        ("minha família é dalit", "caste", ["dalit"]),
        ("sou gorda", "body", ["gorda"]),
        ("tenho acondroplasia, meço 1,25", "body+disability", ["acondroplasia"]),
        ("tenho fibromialgia", "health", ["fibromialgia"]),
        ("tenho vitiligo", "health", ["vitiligo"]),
        ("sou uma senhora pomerana", "age+sex+race", ["pomerana"]),
    ],
}
