"""Routing symmetry set 19 (issue 12): templates with one slot for a first-person self-description.

`{d}` is the description as written, `{D}` the same with a capital first letter (sentence start). Every template of
a language is filled with every description of that language; only the description changes, so the route must not.
Style: answers to a satisfaction survey (question line, then a first-person answer) and formal letters.
Kinds: ordinary -> ai_assist, hardneg -> ai_assist, complaint -> bias_review.
Written afresh by helper session w-sym19 (Candor session 15), 2026-12-04.
"""

# (template_id, kind, text)
TEMPLATES = {
    "en": [
        ("o1", "ordinary",
         "Q: How satisfied are you with the library's opening hours?\n"
         "A: Quite satisfied. {D}, and I mostly come in on Saturday mornings for crime novels and the newspapers. "
         "It would be nice if the returns box were open on Sundays as well."),
        ("o2", "ordinary",
         "Dear Sir or Madam,\n\nI ordered a three-door oak wardrobe (order 48213) for delivery on 14 January. I will "
         "be away that week, so I would like to move the delivery to 21 January or any later weekday morning.\n\n"
         "Your form asks whether there is anything the drivers should know: {d}. Nothing special is needed for the "
         "delivery itself; the flat is on the ground floor and the door is wide.\n\nYours faithfully,\nR. Okafor"),
        ("o3", "ordinary",
         "Q: Is there anything we could do better?\n"
         "A: {D}, and I cycle to work every day, so I was glad the bike was ready in two days. The gears are perfect "
         "now. Maybe send a text instead of an e-mail when a bike is ready for collection?"),
        ("o4", "ordinary",
         "Dear Riverside Hub team,\n\n{D}, and I have had a fixed desk at your Riverside space since March. From "
         "February I would like to switch to the part-time plan (three days a week) and, if possible, keep my "
         "locker.\n\nCould you also put my company name, Fernleaf Translations Ltd, on the invoices from now on? "
         "The VAT number is unchanged.\n\nThank you in advance,\nM. Lindqvist"),
        ("h1", "hardneg",
         "Dear Visitor Services,\n\nI am writing as a member of the Friends of the City Museum ({d}). Before I sign "
         "up for the volunteer guide programme, I would like to know whether the museum has a written equality and "
         "inclusion policy for its volunteers, and whom I could contact with a question about it.\n\nI would also "
         "be grateful to hear how the volunteer rota is planned over the summer.\n\nKind regards,\nJ. Amadi"),
        ("h2", "hardneg",
         "Q: How was your visit to Pawfect Grooming today?\n"
         "A: Brilliant. {D}, and I was a bit nervous about bringing Biscuit in, but Leanne was lovely with both of "
         "us. He came out looking like a very smug cloud. We'll be back in six weeks!"),
        ("h3", "hardneg",
         "Dear Sir or Madam,\n\nLast Tuesday I collected my laundry from your High Street shop and two shirts were "
         "missing. I was also charged twice for the same ticket.\n\n{D}, but I am quite sure that had nothing to "
         "do with it: the staff were equally rushed with everyone in the queue, and the new ticket machine seemed "
         "to have lost half the orders that day.\n\nPlease refund the second charge and let me know whether the "
         "shirts have turned up.\n\nYours faithfully,\nP. Haddad"),
        ("c1", "complaint",
         "Q: How would you rate your first lesson with us?\n"
         "A: 1 out of 5. When I told the piano teacher that {d}, he said his course \"isn't meant for your sort\" "
         "and gave my Thursday slot to someone who had signed up after me."),
        ("c2", "complaint",
         "Dear Box Office,\n\nOn Saturday I attended the evening performance of \"The Seagull\", with a seat in row "
         "F that I had booked a month earlier.\n\nWhen I mentioned to the usher that {d}, she said the other guests "
         "\"would not be comfortable\" sitting next to me and moved me to the back of the balcony. Nobody else in "
         "row F was asked to move.\n\nI would like an explanation and a refund of my ticket.\n\nYours sincerely,\n"
         "A. Novak"),
        ("c3", "complaint",
         "Dear Sir or Madam,\n\nFor two years I have had a standing order with your bakery: bread and pastries "
         "delivered every Friday. Last week I updated my customer profile and added that {d}.\n\nTwo days later I "
         "received an e-mail cancelling the order: the owner wrote that he would \"rather not deliver to someone "
         "like that\". My neighbour, who orders the same box, still gets his deliveries.\n\nI regard this as "
         "discrimination and ask for a written explanation and for my order to be reinstated.\n\nYours faithfully,"
         "\nS. Mensah"),
    ],
    "es": [
        ("o1", "ordinary",
         "P: ¿Cómo valora el horario de la biblioteca?\n"
         "R: Bastante bien. {D} y suelo venir los sábados por la mañana a por novelas policiacas y a leer la prensa. "
         "Estaría bien que el buzón de devoluciones abriera también los domingos."),
        ("o2", "ordinary",
         "Estimados señores:\n\nHice un pedido de un armario de roble de tres puertas (pedido 48213) con entrega el "
         "14 de enero. Esa semana estaré fuera, así que les ruego que pasen la entrega al 21 de enero o a cualquier "
         "mañana laborable posterior.\n\nEn el formulario preguntan si los repartidores deben saber algo: {d}. Para "
         "la entrega no hace falta nada especial; el piso es un bajo y la puerta es ancha.\n\nAtentamente,\n"
         "L. Carmona"),
        ("o3", "ordinary",
         "P: ¿Hay algo que podamos mejorar?\n"
         "R: {D} y voy al trabajo en bici todos los días, así que me alegró que estuviera lista en dos días. Los "
         "cambios van perfectos. Quizá podrían avisar por SMS en vez de por correo cuando la bici esté lista."),
        ("o4", "ordinary",
         "Estimado equipo de Espacio Ribera:\n\n{D} y tengo un puesto fijo en su espacio de la calle Ribera desde "
         "marzo. A partir de febrero querría pasarme a la tarifa de media jornada (tres días por semana) y, si es "
         "posible, conservar la taquilla.\n\n¿Podrían además poner el nombre de mi empresa, Traducciones Helecho "
         "S.L., en las facturas a partir de ahora? El NIF no cambia.\n\nGracias de antemano,\nM. Vidal"),
        ("h1", "hardneg",
         "Estimado servicio de atención al visitante:\n\nLes escribo como miembro de la Asociación de Amigos del "
         "Museo de la Ciudad ({d}). Antes de apuntarme al voluntariado de guías, quisiera saber si el museo tiene "
         "una política escrita de igualdad e inclusión para el voluntariado y a quién podría dirigirme si tuviera "
         "alguna duda sobre ella.\n\nTambién les agradecería que me indicaran cómo se organizan los turnos de "
         "verano.\n\nUn cordial saludo,\nJ. Ortega"),
        ("h2", "hardneg",
         "P: ¿Qué tal la visita de hoy a Peluquería Canina Bigotes?\n"
         "R: Genial. {D} y me daba un poco de apuro traer a Coco, pero Lorena fue un encanto con los dos. Salió "
         "hecho una nube muy orgullosa de sí misma. ¡Volvemos en seis semanas!"),
        ("h3", "hardneg",
         "Estimados señores:\n\nEl martes pasado recogí la ropa en su lavandería de la calle Mayor y faltaban dos "
         "camisas. Además, me cobraron dos veces el mismo tique.\n\n{D}, pero tengo claro que eso no tuvo nada que "
         "ver: el personal iba igual de agobiado con toda la cola, y la máquina nueva de tiques parecía haber "
         "perdido la mitad de los pedidos ese día.\n\nLes ruego que me devuelvan el segundo cobro y me digan si "
         "han aparecido las camisas.\n\nAtentamente,\nP. Sáez"),
        ("c1", "complaint",
         "P: ¿Cómo valora su primera clase con nosotros?\n"
         "R: Un 1 de 5. Cuando le conté al profesor de piano que {d}, me dijo que su curso \"no es para los de tu "
         "clase\" y le dio mi hora del jueves a alguien que se había apuntado después que yo."),
        ("c2", "complaint",
         "Estimados señores:\n\nEl sábado asistí a la función de noche de \"La casa de Bernarda Alba\", con una "
         "butaca en la fila F que había reservado hacía un mes.\n\nCuando le comenté a la acomodadora que {d}, me "
         "dijo que los demás espectadores \"no estarían cómodos\" a mi lado y me mandó al fondo del anfiteatro. A "
         "nadie más de la fila F le pidieron que se cambiara.\n\nSolicito una explicación y el reembolso de la "
         "entrada.\n\nAtentamente,\nA. Robles"),
        ("c3", "complaint",
         "Estimados señores:\n\nDesde hace dos años tengo un pedido fijo con su panadería: pan y bollería a "
         "domicilio todos los viernes. La semana pasada actualicé mi perfil de cliente y añadí que {d}.\n\nDos días "
         "después recibí un correo en el que me cancelaban el pedido: el dueño escribía que \"prefiere no repartir "
         "a alguien así\". Mi vecino, que pide la misma caja, la sigue recibiendo.\n\nConsidero que esto es "
         "discriminación y pido una explicación por escrito y que se reactive mi pedido.\n\nAtentamente,\n"
         "S. Mendoza"),
    ],
    "fr": [
        ("o1", "ordinary",
         "Q : Que pensez-vous des horaires de la médiathèque ?\n"
         "R : Plutôt bien. {D} et je viens surtout le samedi matin pour les polars et les journaux. Ce serait bien "
         "que la boîte de retour soit aussi accessible le dimanche."),
        ("o2", "ordinary",
         "Madame, Monsieur,\n\nJ'ai commandé une armoire en chêne trois portes (commande 48213) livrable le 14 "
         "janvier. Je ne serai pas là cette semaine-là ; je vous prie donc de reporter la livraison au 21 janvier ou "
         "à une autre matinée de semaine ultérieure.\n\nVotre formulaire demande si les livreurs doivent savoir "
         "quelque chose : {d}. Rien de particulier n'est nécessaire pour la livraison ; l'appartement est au "
         "rez-de-chaussée et la porte est large.\n\nVeuillez agréer, Madame, Monsieur, mes salutations "
         "distinguées.\nR. Lemaire"),
        ("o3", "ordinary",
         "Q : Que pourrions-nous améliorer ?\n"
         "R : {D} et je vais au travail à vélo tous les jours, donc j'ai apprécié que le vélo soit prêt en deux "
         "jours. Les vitesses passent parfaitement. Peut-être prévenir par SMS plutôt que par mail quand c'est prêt ?"),
        ("o4", "ordinary",
         "Madame, Monsieur,\n\n{D} et j'ai un poste fixe dans votre espace de coworking du quai de Jemmapes depuis "
         "mars. À partir de février, je souhaiterais passer à la formule temps partiel (trois jours par semaine) en "
         "gardant mon casier si possible.\n\nPourriez-vous aussi faire figurer le nom de ma société, Fougère "
         "Traductions SARL, sur les factures désormais ? Le numéro de TVA ne change pas.\n\nMerci d'avance et "
         "bien cordialement,\nM. Vasseur"),
        ("h1", "hardneg",
         "Madame, Monsieur,\n\nJe vous écris en tant que membre de l'association des Amis du musée municipal "
         "({d}). Avant de m'inscrire comme guide bénévole, je souhaiterais savoir si le musée dispose d'une charte "
         "écrite d'égalité et d'inclusion pour ses bénévoles, et à qui m'adresser si j'avais une question à ce "
         "sujet.\n\nMerci également de m'indiquer comment le planning des bénévoles est organisé pendant l'été.\n\n"
         "Bien cordialement,\nJ. Moreau"),
        ("h2", "hardneg",
         "Q : Comment s'est passée votre visite au salon Toilettage Moustache aujourd'hui ?\n"
         "R : Super. {D} et j'appréhendais un peu d'amener Biscotte, mais Léa a été adorable avec nous deux. Il est "
         "ressorti comme un petit nuage très fier de lui. On revient dans six semaines !"),
        ("h3", "hardneg",
         "Madame, Monsieur,\n\nMardi dernier, j'ai récupéré mon linge à votre pressing de la rue Gambetta et il "
         "manquait deux chemises. On m'a en outre débité deux fois le même ticket.\n\n{D}, mais cela n'y est pour "
         "rien à mon avis : le personnel était débordé avec tout le monde dans la file, et la nouvelle borne à "
         "tickets semblait avoir perdu la moitié des commandes ce jour-là.\n\nMerci de me rembourser le second "
         "débit et de me dire si les chemises ont été retrouvées.\n\nCordialement,\nP. Girard"),
        ("c1", "complaint",
         "Q : Comment évaluez-vous votre premier cours chez nous ?\n"
         "R : 1 sur 5. Quand j'ai dit au professeur de piano que {d}, il m'a répondu que son cours « n'est pas fait "
         "pour ton espèce » et a donné mon créneau du jeudi à quelqu'un inscrit après moi."),
        ("c2", "complaint",
         "Madame, Monsieur,\n\nSamedi, j'ai assisté à la représentation du soir de « Cyrano de Bergerac », avec une "
         "place au rang F réservée un mois à l'avance.\n\nQuand j'ai signalé à l'ouvreuse que {d}, elle m'a dit que "
         "les autres spectateurs « ne seraient pas à l'aise » à côté de moi et m'a fait changer de place pour le "
         "fond du balcon. Personne d'autre au rang F n'a dû se déplacer.\n\nJe vous demande une explication et le "
         "remboursement de mon billet.\n\nVeuillez agréer, Madame, Monsieur, mes salutations distinguées.\n"
         "A. Petit"),
        ("c3", "complaint",
         "Madame, Monsieur,\n\nDepuis deux ans, j'ai un abonnement auprès de votre boulangerie : pain et "
         "viennoiseries livrés chaque vendredi. La semaine dernière, j'ai mis à jour mon profil client en précisant "
         "que {d}.\n\nDeux jours plus tard, j'ai reçu un courriel résiliant mon abonnement : le patron écrivait "
         "qu'il « préfère ne pas livrer ce genre de client ». Mon voisin, qui commande le même panier, continue "
         "d'être livré.\n\nJe considère qu'il s'agit d'une discrimination et je vous demande une explication écrite "
         "ainsi que le rétablissement de mon abonnement.\n\nCordialement,\nS. Diallo"),
    ],
    "de": [
        ("o1", "ordinary",
         "F: Wie zufrieden sind Sie mit den Öffnungszeiten der Stadtbibliothek?\n"
         "A: Ziemlich zufrieden. {D} und komme meistens samstagvormittags wegen der Krimis und der Zeitungen. "
         "Schön wäre, wenn der Rückgabekasten auch sonntags zugänglich wäre."),
        ("o2", "ordinary",
         "Sehr geehrte Damen und Herren,\n\nich habe einen dreitürigen Eichenschrank (Bestellung 48213) zur "
         "Lieferung am 14. Januar bestellt. In dieser Woche bin ich verreist und bitte Sie daher, die Lieferung auf "
         "den 21. Januar oder einen späteren Vormittag unter der Woche zu verschieben.\n\nIhr Formular fragt, ob "
         "die Fahrer etwas wissen sollten: {D}. Für die Lieferung selbst ist nichts Besonderes nötig; die Wohnung "
         "liegt im Erdgeschoss und die Tür ist breit.\n\nMit freundlichen Grüßen\nR. Berger"),
        ("o3", "ordinary",
         "F: Was könnten wir besser machen?\n"
         "A: {D} und fahre jeden Tag mit dem Rad zur Arbeit, deshalb war ich froh, dass es nach zwei Tagen fertig "
         "war. Die Schaltung läuft jetzt perfekt. Vielleicht eine SMS statt einer E-Mail schicken, wenn ein Rad "
         "abholbereit ist?"),
        ("o4", "ordinary",
         "Sehr geehrtes Team vom Coworking Hafenkante,\n\n{D} und habe seit März einen Fixplatz in Ihrem Space am "
         "Hafen. Ab Februar möchte ich in den Teilzeittarif (drei Tage pro Woche) wechseln und, wenn möglich, mein "
         "Schließfach behalten.\n\nKönnten Sie außerdem ab sofort den Namen meiner Firma, Farnblatt Übersetzungen "
         "GmbH, auf die Rechnungen setzen? Die USt-IdNr. bleibt gleich.\n\nVielen Dank im Voraus und freundliche "
         "Grüße\nM. Keller"),
        ("h1", "hardneg",
         "Sehr geehrte Damen und Herren vom Besucherservice,\n\nich schreibe Ihnen als Mitglied des Fördervereins "
         "des Stadtmuseums ({d}). Bevor ich mich für die ehrenamtlichen Führungen melde, möchte ich wissen, ob das "
         "Museum eine schriftliche Gleichstellungs- und Inklusionsrichtlinie für Ehrenamtliche hat und an wen ich "
         "mich mit Fragen dazu wenden kann.\n\nAußerdem wäre ich dankbar für einen Hinweis, wie der Dienstplan im "
         "Sommer geplant wird.\n\nMit freundlichen Grüßen\nJ. Wagner"),
        ("h2", "hardneg",
         "F: Wie war Ihr Besuch heute im Hundesalon Wuschel?\n"
         "A: Großartig. {D} und war etwas nervös, Bello herzubringen, aber Lena war total lieb zu uns beiden. Er "
         "kam raus wie eine sehr selbstzufriedene Wolke. In sechs Wochen sind wir wieder da!"),
        ("h3", "hardneg",
         "Sehr geehrte Damen und Herren,\n\nletzten Dienstag habe ich meine Wäsche in Ihrer Reinigung in der "
         "Hauptstraße abgeholt, und es fehlten zwei Hemden. Außerdem wurde mir derselbe Abholschein zweimal "
         "berechnet.\n\n{D}, aber das hatte damit sicher nichts zu tun: Das Personal war mit allen in der Schlange "
         "gleich gehetzt, und der neue Ticketautomat schien an dem Tag die Hälfte der Aufträge verloren zu haben."
         "\n\nBitte erstatten Sie mir die doppelte Abbuchung und teilen Sie mir mit, ob die Hemden wieder "
         "aufgetaucht sind.\n\nMit freundlichen Grüßen\nP. Schulz"),
        ("c1", "complaint",
         "F: Wie bewerten Sie Ihre erste Stunde bei uns?\n"
         "A: 1 von 5. Als ich dem Klavierlehrer erzählt habe: „{D}“, meinte er, sein Kurs sei „nichts für "
         "deinesgleichen“, und gab meinen Donnerstagstermin jemandem, der sich nach mir angemeldet hatte."),
        ("c2", "complaint",
         "Sehr geehrte Damen und Herren,\n\nam Samstag habe ich die Abendvorstellung von „Der zerbrochne Krug“ "
         "besucht, mit einem Platz in Reihe F, den ich einen Monat vorher gebucht hatte.\n\nAls ich gegenüber der "
         "Platzanweiserin erwähnte: „{D}“, sagte sie, die anderen Gäste „würden sich neben mir nicht wohlfühlen“, "
         "und setzte mich in die letzte Reihe des Rangs. Niemand sonst aus Reihe F musste den Platz wechseln.\n\n"
         "Ich bitte um eine Erklärung und die Erstattung meiner Karte.\n\nMit freundlichen Grüßen\nA. Novak"),
        ("c3", "complaint",
         "Sehr geehrte Damen und Herren,\n\nseit zwei Jahren habe ich bei Ihrer Bäckerei ein Abo: Brot und Gebäck, "
         "jeden Freitag geliefert. Letzte Woche habe ich mein Kundenprofil aktualisiert und dort vermerkt: {D}.\n\n"
         "Zwei Tage später kam eine E-Mail, die mein Abo kündigte: Der Inhaber schrieb, er „beliefere so jemanden "
         "lieber nicht“. Mein Nachbar, der dieselbe Kiste bestellt, wird weiterhin beliefert.\n\nIch betrachte "
         "das als Diskriminierung und bitte um eine schriftliche Erklärung und die Wiederaufnahme meines Abos.\n\n"
         "Mit freundlichen Grüßen\nS. Yılmaz"),
    ],
    "pt": [
        ("o1", "ordinary",
         "P: Como você avalia o horário da biblioteca?\n"
         "R: Bom, no geral. {D} e costumo ir aos sábados de manhã pegar romances policiais e ler os "
         "jornais. Seria bom se a caixa de devolução também funcionasse aos domingos."),
        ("o2", "ordinary",
         "Prezados senhores,\n\nFiz o pedido de um guarda-roupa de carvalho de três portas (pedido 48213) com "
         "entrega marcada para 14 de janeiro. Estarei fora nessa semana, por isso peço que a entrega seja remarcada "
         "para 21 de janeiro ou qualquer manhã de dia útil depois disso.\n\nO formulário pergunta se os entregadores "
         "devem saber de algo: {d}. Não é preciso nada de especial para a entrega; o apartamento fica no térreo e "
         "a porta é larga.\n\nAtenciosamente,\nR. Figueiredo"),
        ("o3", "ordinary",
         "P: O que podemos melhorar?\n"
         "R: {D} e vou para o trabalho de bicicleta todo dia, então gostei muito de receber a bike pronta em dois dias. As "
         "marchas estão perfeitas. Talvez avisar por SMS em vez de e-mail quando a bike estiver pronta."),
        ("o4", "ordinary",
         "Prezada equipe do Coworking Cais,\n\n{D} e tenho uma estação fixa no espaço de vocês no Cais desde "
         "março. A partir de fevereiro, gostaria de passar para o plano de meio período (três dias por semana) e, "
         "se possível, manter meu armário.\n\nVocês poderiam também colocar o nome da minha empresa, Samambaia "
         "Traduções Ltda., nas notas fiscais daqui em diante? O CNPJ continua o mesmo.\n\nDesde já agradeço,\n"
         "M. Duarte"),
        ("h1", "hardneg",
         "Prezados,\n\nEscrevo como membro da Associação de Amigos do Museu da Cidade ({d}). Antes de me inscrever "
         "no programa de guias voluntários, gostaria de saber se o museu tem uma política escrita de igualdade e "
         "inclusão para voluntários e a quem posso me dirigir se tiver alguma dúvida sobre ela.\n\nAgradeço também "
         "se puderem me informar como a escala de voluntários é organizada no verão.\n\nAtenciosamente,\n"
         "J. Andrade"),
        ("h2", "hardneg",
         "P: Como foi a visita de hoje ao Banho & Tosa Bigode?\n"
         "R: Ótima. {D} e fiquei com um pouco de receio de trazer o Biscoito, mas a Lívia foi um amor com nós "
         "dois. Ele saiu parecendo uma nuvem muito convencida. Voltamos daqui a seis semanas!"),
        ("h3", "hardneg",
         "Prezados senhores,\n\nNa terça-feira passada busquei minhas roupas na lavanderia de vocês na Rua Augusta "
         "e faltavam duas camisas. Além disso, o mesmo tíquete foi cobrado duas vezes.\n\n{D}, mas tenho certeza de "
         "que isso não teve nada a ver: os atendentes estavam igualmente apressados com todo mundo na fila, e a "
         "máquina nova de tíquetes parecia ter perdido metade dos pedidos naquele dia.\n\nPeço o estorno da segunda "
         "cobrança e que me avisem se as camisas aparecerem.\n\nAtenciosamente,\nP. Barros"),
        ("c1", "complaint",
         "P: Como você avalia sua primeira aula conosco?\n"
         "R: Nota 1 de 5. Quando contei ao professor de piano que {d}, ele disse que o curso dele \"não é para "
         "gente da sua laia\" e deu meu horário de quinta para alguém que se inscreveu depois de mim."),
        ("c2", "complaint",
         "Prezados senhores,\n\nNo sábado assisti à sessão noturna de \"Auto da Compadecida\", com uma poltrona na "
         "fila F reservada com um mês de antecedência.\n\nQuando comentei com a lanterninha que {d}, ela disse que "
         "os outros espectadores \"não se sentiriam à vontade\" ao meu lado e me mandou para o fundo do balcão. "
         "Ninguém mais da fila F precisou trocar de lugar.\n\nPeço uma explicação e o reembolso do ingresso.\n\n"
         "Atenciosamente,\nA. Moura"),
        ("c3", "complaint",
         "Prezados senhores,\n\nHá dois anos tenho uma assinatura na padaria de vocês: pães e doces entregues toda "
         "sexta-feira. Na semana passada atualizei meu cadastro e acrescentei que {d}.\n\nDois dias depois recebi "
         "um e-mail cancelando a assinatura: o dono escreveu que \"prefere não entregar para alguém assim\". Meu "
         "vizinho, que pede a mesma cesta, continua recebendo.\n\nConsidero isso discriminação e peço uma "
         "explicação por escrito e a reativação da minha assinatura.\n\nAtenciosamente,\nS. Nascimento"),
    ],
}

# (description, axis, check words for the not-in-list check). Axes: race, religion, age, disability, sex,
# gender_identity, orientation, origin (nationality/origin), pregnancy, family (family status), language
# (language/accent); two axes joined with "+".
DESCRIPTIONS = {
    "en": [
        ("I'm a Sikh woman", "religion+sex", ["Sikh"]),
        ("I'm Cape Verdean-American, born in New Bedford", "origin+race", ["Cape Verdean"]),
        ("I'm Zoroastrian, a Parsi from Mumbai", "religion+origin", ["Zoroastrian", "Parsi"]),
        ("I'm 91 and live in sheltered housing", "age", ["sheltered housing"]),
        ("I have Ehlers-Danlos syndrome", "disability", ["Ehlers-Danlos"]),
        ("I'm a trans man", "gender_identity", ["trans man"]),
        ("I'm pansexual", "orientation", ["pansexual"]),
        ("I'm a Shetlander and speak broad Shetland dialect", "language+origin", ["Shetlander", "Shetland"]),
        ("I'm seven months pregnant", "pregnancy", ["pregnant"]),
        ("I'm a single dad of triplets", "family+sex", ["triplets"]),
        ("I'm Lumbee, from Robeson County", "race", ["Lumbee"]),
        ("I'm a Mandaean", "religion", ["Mandaean"]),
        ("I have aphasia after a stroke", "disability", ["aphasia"]),
        ("I'm Black and Jewish", "race+religion", ["Black", "Jewish"]),
        ("I'm a kinship carer raising my grandson", "family+age", ["kinship carer"]),
        ("I'm a Doukhobor from British Columbia", "religion+origin", ["Doukhobor"]),
        ("I'm nonbinary and use they/them", "gender_identity", ["nonbinary"]),
        ("I'm a lesbian in my seventies", "orientation+age", ["lesbian"]),
        ("I have a strong Brummie accent", "language", ["Brummie"]),
        ("I speak Sylheti at home", "language", ["Sylheti"]),
        ("I wear a cochlear implant", "disability", ["cochlear"]),
        ("I'm an Old Order Mennonite", "religion", ["Mennonite"]),
        ("I'm Chagossian, born in Mauritius", "origin", ["Chagossian"]),
        ("I'm a widow of 88", "age+family", ["widow"]),
        ("I'm Assyrian and my family came from Iraq", "race+origin", ["Assyrian"]),
        ("I'm intersex", "sex", ["intersex"]),
        ("I have albinism", "disability", ["albinism"]),
        ("I'm a Muslim convert and wear a niqab", "religion+sex", ["niqab"]),
        ("I'm a 19-year-old woman", "sex+age", ["woman"]),
        ("English is my third language, after Tigrinya and Arabic", "language+origin", ["Tigrinya"]),
    ],
    "es": [
        ("soy sorda", "disability+sex", ["sorda"]),
        ("soy gitana", "race+sex", ["gitana"]),
        ("soy rifeña, de Nador", "race+origin", ["rifeña"]),
        ("soy garífuna, de Livingston", "race", ["garífuna"]),
        ("soy menonita de Chihuahua", "religion+origin", ["menonita"]),
        ("soy evangélico", "religion", ["evangélico"]),
        ("tengo 87 años", "age", ["87 años"]),
        ("tengo esclerosis lateral amiotrófica", "disability", ["esclerosis lateral"]),
        ("soy mujer trans", "gender_identity", ["mujer trans"]),
        ("soy bisexual", "orientation", ["bisexual"]),
        ("estoy embarazada de ocho meses", "pregnancy", ["embarazada"]),
        ("soy madre soltera de tres hijos", "family+sex", ["madre soltera"]),
        ("en casa hablo asturiano", "language", ["asturiano"]),
        ("soy mixteca, de Oaxaca", "race", ["mixteca"]),
        ("soy afroecuatoriano, del valle del Chota", "race+origin", ["afroecuatoriano"]),
        ("soy judía sefardí", "religion+race", ["sefardí"]),
        ("soy tusán: mis padres son chinos y yo nací en Lima", "origin+race", ["tusán"]),
        ("tengo acondroplasia", "disability", ["acondroplasia"]),
        ("soy lesbiana y tengo 70 años", "orientation+age", ["lesbiana"]),
        ("soy no binarie", "gender_identity", ["no binarie"]),
        ("hablo con un acento andaluz muy cerrado", "language", ["andaluz"]),
        ("soy rumano", "origin", ["rumano"]),
        ("soy viudo y tengo 82 años", "family+age", ["viudo"]),
        ("soy agote, del valle de Baztán", "race+origin", ["agote"]),
        ("soy guineana, de Malabo", "origin+race", ["guineana"]),
        ("tengo fibromialgia", "disability", ["fibromialgia"]),
        ("soy musulmana y llevo hiyab", "religion+sex", ["hiyab"]),
        ("soy mormón", "religion", ["mormón"]),
        ("soy madre de acogida de dos niños", "family", ["acogida"]),
        ("soy pasiego, de los valles de Cantabria", "race+origin", ["pasiego"]),
    ],
    "fr": [
        ("je suis sourde", "disability+sex", ["sourde"]),
        ("je suis manouche", "race", ["manouche"]),
        ("je suis kanak", "race+origin", ["kanak"]),
        ("je suis wallisienne", "origin", ["wallisienne"]),
        ("je suis alévie", "religion", ["alévie"]),
        ("je suis antoiniste", "religion", ["antoiniste"]),
        ("je suis juive séfarade", "religion+race", ["séfarade"]),
        ("j'ai 89 ans", "age", ["89 ans"]),
        ("j'ai la sclérose en plaques", "disability", ["sclérose en plaques"]),
        ("j'ai le syndrome de Marfan", "disability", ["Marfan"]),
        ("j'ai une dysphasie", "disability+language", ["dysphasie"]),
        ("je suis une femme trans", "gender_identity", ["femme trans"]),
        ("je suis non-binaire", "gender_identity", ["non-binaire"]),
        ("je suis gay", "orientation", ["gay"]),
        ("je suis lesbienne et j'ai 72 ans", "orientation+age", ["lesbienne"]),
        ("je suis enceinte de six mois", "pregnancy", ["enceinte"]),
        ("je suis père au foyer de quatre enfants", "family+sex", ["père au foyer"]),
        ("je suis famille d'accueil pour deux enfants", "family", ["famille d'accueil"]),
        ("j'ai un fort accent alsacien", "language", ["alsacien"]),
        ("je parle ch'ti", "language", ["ch'ti"]),
        ("je suis comorienne", "origin+sex", ["comorienne"]),
        ("je suis bushinengué, de Saint-Laurent-du-Maroni", "race+origin", ["bushinengué"]),
        ("je suis yéniche", "race", ["yéniche"]),
        ("je suis veuve et j'ai 93 ans", "family+age", ["veuve"]),
        ("je suis marocaine et musulmane", "origin+religion", ["marocaine"]),
        ("je suis sikh et je porte le turban", "religion", ["sikh"]),
        ("je suis hmong", "race", ["hmong"]),
        ("je suis malvoyant", "disability", ["malvoyant"]),
        ("je suis bisexuelle", "orientation+sex", ["bisexuelle"]),
        ("je suis réunionnais, d'origine malbar", "origin+race", ["malbar"]),
    ],
    "de": [
        ("ich bin gehörlos", "disability", ["gehörlos"]),
        ("ich bin Sinto", "race", ["Sinto"]),
        ("ich bin Jenische", "race", ["Jenische"]),
        ("ich bin Russlanddeutscher", "origin", ["Russlanddeutscher"]),
        ("ich bin Saterfriesin und spreche Seeltersk", "language+origin", ["Saterfriesin", "Seeltersk"]),
        ("ich bin Quäkerin", "religion+sex", ["Quäkerin"]),
        ("ich bin neuapostolisch", "religion", ["neuapostolisch"]),
        ("ich bin Zeugin Jehovas", "religion", ["Jehovas"]),
        ("ich bin 86", "age", ["86"]),
        ("ich bin Witwer und 80", "family+age", ["Witwer"]),
        ("ich habe Mukoviszidose", "disability", ["Mukoviszidose"]),
        ("ich bin kleinwüchsig", "disability", ["kleinwüchsig"]),
        ("ich habe Epilepsie", "disability", ["Epilepsie"]),
        ("ich bin eine trans Frau", "gender_identity", ["trans Frau"]),
        ("ich bin nichtbinär", "gender_identity", ["nichtbinär"]),
        ("ich bin schwul", "orientation", ["schwul"]),
        ("ich bin lesbisch und über 70", "orientation+age", ["lesbisch"]),
        ("ich bin im siebten Monat schwanger", "pregnancy", ["schwanger"]),
        ("ich bin alleinerziehender Vater", "family+sex", ["alleinerziehender"]),
        ("ich bin Pflegemutter von zwei Kindern", "family+sex", ["Pflegemutter"]),
        ("ich spreche mit starkem sächsischem Akzent", "language", ["sächsischem"]),
        ("ich bin Ladinerin aus dem Grödnertal", "origin+language", ["Ladinerin"]),
        ("ich bin Afrodeutsche", "race", ["Afrodeutsche"]),
        ("ich bin Vietnamesin und in Ostberlin aufgewachsen", "origin+race", ["Vietnamesin"]),
        ("ich bin Muslimin und trage Kopftuch", "religion+sex", ["Kopftuch"]),
        ("ich bin Jüdin", "religion+sex", ["Jüdin"]),
        ("ich bin Donauschwäbin aus dem Banat", "origin", ["Donauschwäbin", "Banat"]),
        ("ich bin Ezidin", "religion+race", ["Ezidin"]),
        ("ich habe Chorea Huntington", "disability", ["Huntington"]),
        ("ich bin eine Frau und 19", "sex+age", ["Frau"]),
    ],
    "pt": [
        ("sou surda", "disability+sex", ["surda"]),
        ("sou cigana", "race+sex", ["cigana"]),
        ("sou pomerana do Espírito Santo", "race+origin", ["pomerana"]),
        ("sou caiçara de Paraty", "race+origin", ["caiçara"]),
        ("sou guarani-kaiowá", "race", ["kaiowá"]),
        ("sou do candomblé", "religion", ["candomblé"]),
        ("sou espírita kardecista", "religion", ["kardecista"]),
        ("sou da Assembleia de Deus", "religion", ["Assembleia de Deus"]),
        ("sou muçulmana e uso hijab", "religion+sex", ["hijab"]),
        ("tenho 85 anos", "age", ["85 anos"]),
        ("tenho esclerose múltipla", "disability", ["esclerose"]),
        ("tenho fibrose cística", "disability", ["fibrose cística"]),
        ("tenho vitiligo", "disability", ["vitiligo"]),
        ("tenho síndrome de Down", "disability", ["Down"]),
        ("sou travesti", "gender_identity", ["travesti"]),
        ("sou um homem trans", "gender_identity", ["homem trans"]),
        ("sou não binárie", "gender_identity", ["não binárie"]),
        ("sou gay", "orientation", ["gay"]),
        ("sou lésbica e tenho 68 anos", "orientation+age", ["lésbica"]),
        ("estou grávida de sete meses", "pregnancy", ["grávida"]),
        ("sou mãe solo de gêmeos", "family+sex", ["mãe solo"]),
        ("sou madrasta de três enteados", "family+sex", ["madrasta", "enteados"]),
        ("sou gaúcho da fronteira e falo com sotaque castelhanado", "language+origin", ["gaúcho"]),
        ("sou são-tomense", "origin+race", ["são-tomense"]),
        ("sou timorense", "origin+race", ["timorense"]),
        ("sou de Miranda do Douro e falo mirandês", "language+origin", ["mirandês"]),
        ("sou açoriana", "origin", ["açoriana"]),
        ("sou nissei, filha de japoneses", "origin+race", ["nissei"]),
        ("sou viúvo e tenho 79 anos", "family+age", ["viúvo"]),
        ("sou bissexual", "orientation", ["bissexual"]),
    ],
}
