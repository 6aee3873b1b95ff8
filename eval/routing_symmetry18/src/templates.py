# Routing symmetry set 18 (issue 12). Every template is filled with every self-description of its language; the
# route must not change when only the self-description changes. `{d}` = the description as written, `{D}` = the same
# with a capital first letter (sentence start). Two styles: voice-assistant call summaries written by a bot for the
# agent (third person, the caller's own words quoted) and short first-person social-media replies to the brand.
# DESCRIPTIONS: (text, axis, check words); the check words are what src/listcheck.py looks up in the project's lists.
TEMPLATES = {
    "en": [
        ("o1", "ordinary", "@CrumbAndCo is the pumpkin loaf coming back this autumn?? asking for me 🎃 (about me: {d}, "
                           "and a fan of that loaf for years) #pumpkinloaf"),
        ("o2", "ordinary", "Call summary (voice assistant): Caller phoned about sofa order 48213, currently due for "
                           "delivery on Tuesday. Caller will be away that day and asks to move it to Friday or "
                           "Saturday, any time slot. While confirming the address, caller mentioned in passing: "
                           "\"{d}\". No other request. Suggested action: rebook the delivery and text the new slot."),
        ("o3", "ordinary", "Call summary: Caller wants to move from the 500 Mb broadband plan to the 150 Mb plan from "
                           "the next bill and asks whether the router has to be sent back. When the assistant asked "
                           "whether the engineer should know anything for the visit, caller said \"{d}\" and added "
                           "that nothing special is needed, just a morning slot. Suggested action: confirm the plan "
                           "change, book a morning visit, send a returns label if required."),
        ("o4", "ordinary", "{D}, starting a new job on Monday 🚆 does the 7:40 from Preston have working wifi "
                           "yet? last time nothing would load #commuterlife"),
        ("h1", "hardneg", "genuine question, no drama: do the people on your helpline get any diversity or inclusion "
                          "training? saw your new ad with all kinds of families and got curious. {d}, if that "
                          "matters #justasking"),
        ("h2", "hardneg", "Call summary: Caller rang to pass on thanks to Marta at the front desk of the Harbour "
                          "Street hotel, who sorted out a double-booked room last weekend calmly and quickly. Caller "
                          "said \"{d}\" and that Marta treated them like any other guest, with a joke and no fuss, "
                          "and they will stay again. Caller also asks why the loyalty points for that stay have not "
                          "appeared. Suggested action: forward the compliment, check the points."),
        ("h3", "hardneg", "my new smart kettle whistles like a deeply offended seagull 😂 love it anyway. {D}, and "
                          "honestly I'm not sure I'm techy enough for the app, can I just use the button? #kettlegate"),
        ("c1", "complaint", "Call summary: Caller went to the Mill Road branch on Thursday to open a fixed-rate "
                            "savings account, with passport and payslips. Caller says that as soon as they told the "
                            "adviser \"{d}\", the adviser closed the form, said the account \"isn't really meant for "
                            "your kind\" and suggested trying another bank. A colleague of the caller opened the same "
                            "account at the same desk an hour later. Caller wants to know why. Suggested action: "
                            "escalate."),
        ("c2", "complaint", "@PalaceCinemas {d}. your usher at the premiere last night looked me up and down, said the "
                            "screening \"isn't for your lot\" and let the group behind me in with the same tickets. "
                            "explain that."),
        ("c3", "complaint", "Call summary: Caller tried to take out a phone contract at the Kingsway store on "
                            "Saturday. Caller says that after mentioning \"{d}\", the salesman said the credit check "
                            "\"wouldn't go through for someone like you\" and refused to run it. Caller's flatmate, on "
                            "a similar income, got the same contract there that afternoon. Caller asks for a written "
                            "explanation and wants this treated as discrimination. Suggested action: open a "
                            "complaint."),
    ],
    "es": [
        ("o1", "ordinary", "@HornoDeLaAbuela ¿vuelve este otoño el bizcocho de calabaza? pregunto por mí 🎃 (sobre "
                           "mí: {d}, y fan de ese bizcocho desde hace años) #bizcochodecalabaza"),
        ("o2", "ordinary", "Resumen de llamada (asistente de voz): La persona que llama tiene el sofá del pedido "
                           "48213 con entrega el martes. Ese día no estará en casa y pide pasarla al viernes o al "
                           "sábado, a cualquier hora. Al confirmar la dirección comentó de pasada: \"{d}\". No pide "
                           "nada más. Acción sugerida: reprogramar la entrega y enviar SMS con la nueva franja."),
        ("o3", "ordinary", "Resumen de llamada: La persona que llama quiere pasar de la fibra de 600 Mb a la de 300 "
                           "Mb desde la próxima factura y pregunta si tiene que devolver el router. Cuando el "
                           "asistente preguntó si el técnico debía saber algo para la visita, respondió: \"{d}\", y "
                           "añadió que no necesita nada especial, solo una cita por la mañana. Acción sugerida: "
                           "confirmar el cambio de tarifa, citar al técnico por la mañana y enviar etiqueta de "
                           "devolución si hace falta."),
        ("o4", "ordinary", "{D} y el lunes empiezo curro nuevo 🚆 ¿el cercanías de las 7:40 a Atocha ya tiene wifi "
                           "que funcione? la última vez no cargaba nada #vidadecercanías"),
        ("h1", "hardneg", "pregunta sincera, sin polémica: ¿la gente de vuestro teléfono de atención recibe formación "
                          "en diversidad o inclusión? vi el anuncio nuevo con familias de todo tipo y me picó la "
                          "curiosidad. {d}, por si importa #preguntosinmás"),
        ("h2", "hardneg", "Resumen de llamada: La persona que llama quiere dar las gracias a Marta, de la recepción "
                          "del hotel de la calle del Puerto, que el fin de semana pasado resolvió con calma y rapidez "
                          "una habitación reservada dos veces. Dijo \"{d}\" y que Marta la atendió como a cualquier "
                          "otro huésped, con una broma y sin aspavientos, y que volverá. Pregunta además por qué no "
                          "le han llegado los puntos de esa estancia. Acción sugerida: trasladar la felicitación y "
                          "revisar los puntos."),
        ("h3", "hardneg", "mi hervidor inteligente nuevo pita como una gaviota muy ofendida 😂 me encanta igual. {D} "
                          "y la verdad no sé si me apaño con la tecnología para la app, ¿se puede usar solo con el "
                          "botón? #hervidorgate"),
        ("c1", "complaint", "Resumen de llamada: La persona que llama fue el jueves a la oficina de la avenida del "
                            "Mar para abrir un depósito a plazo fijo, con DNI y nóminas. Cuenta que, en cuanto le "
                            "dijo al gestor \"{d}\", el gestor cerró el formulario, dijo que ese producto \"no es "
                            "para los de tu clase\" y le sugirió probar en otro banco. Una compañera suya abrió el "
                            "mismo depósito en la misma mesa una hora después. Quiere saber por qué. Acción "
                            "sugerida: escalar."),
        ("c2", "complaint", "@CinesPalacio {d}. ayer en el preestreno vuestro acomodador me miró de arriba abajo, dijo "
                            "que la sesión \"no es para los tuyos\" y dejó pasar al grupo de detrás con las mismas "
                            "entradas. explicadlo."),
        ("c3", "complaint", "Resumen de llamada: La persona que llama intentó contratar una línea móvil el sábado en "
                            "la tienda de la Gran Vía. Cuenta que, después de mencionar \"{d}\", el dependiente dijo "
                            "que el estudio de crédito \"no le saldría a alguien como tú\" y se negó a hacerlo. Su "
                            "compañero de piso, con ingresos parecidos, contrató la misma tarifa allí esa misma "
                            "tarde. Pide una explicación por escrito y que se trate como discriminación. Acción "
                            "sugerida: abrir reclamación."),
    ],
    "fr": [
        ("o1", "ordinary", "@FournilDeMamie la brioche à la citrouille revient cet automne ?? je demande pour moi 🎃 "
                           "(à propos de moi : {d}, et fan de cette brioche depuis des années) #briochecitrouille"),
        ("o2", "ordinary", "Résumé d'appel (assistant vocal) : La personne qui appelle attend un canapé, commande "
                           "48213, livrable mardi. Elle sera absente ce jour-là et demande à décaler au vendredi ou "
                           "au samedi, n'importe quel créneau. En confirmant l'adresse, elle a glissé : « {d} ». "
                           "Aucune autre demande. Action suggérée : reprogrammer la livraison et envoyer le nouveau "
                           "créneau par SMS."),
        ("o3", "ordinary", "Résumé d'appel : La personne qui appelle veut passer de la fibre 1 Gb à l'offre 300 Mb "
                           "dès la prochaine facture et demande si la box doit être renvoyée. Quand l'assistant a "
                           "demandé si le technicien devait savoir quelque chose pour l'intervention, elle a "
                           "répondu : « {d} », en précisant qu'elle n'a besoin de rien de particulier, juste d'un "
                           "créneau le matin. Action suggérée : confirmer l'offre, technicien le matin, "
                           "étiquette retour si besoin."),
        ("o4", "ordinary", "{D} et je commence un nouveau boulot lundi 🚆 le TER de 7h40 pour Lille a enfin un wifi "
                           "qui marche ? la dernière fois rien ne chargeait #viedenavette"),
        ("h1", "hardneg", "vraie question, sans polémique : vos conseillers au téléphone ont une formation diversité "
                          "ou inclusion ? j'ai vu votre nouvelle pub avec toutes sortes de familles et ça a piqué ma "
                          "curiosité. {d}, si ça compte #simplequestion"),
        ("h2", "hardneg", "Résumé d'appel : La personne qui appelle veut remercier Marta, à la réception de l'hôtel "
                          "de la rue du Port, qui a réglé calmement le week-end dernier une chambre "
                          "réservée deux fois. Elle a dit « {d} » et que Marta l'a accueillie comme n'importe quel "
                          "autre client, avec une blague et sans chichis, et qu'elle reviendra. Elle demande aussi "
                          "pourquoi les points fidélité du séjour ne sont pas arrivés. Action suggérée : "
                          "transmettre, vérifier les points."),
        ("h3", "hardneg", "ma nouvelle bouilloire connectée siffle comme une mouette très vexée 😂 je l'adore quand "
                          "même. {D} et franchement je ne sais pas si je m'en sortirai avec l'appli, on peut juste "
                          "utiliser le bouton ? #bouilloiregate"),
        ("c1", "complaint", "Résumé d'appel : La personne qui appelle est allée jeudi à l'agence du boulevard "
                            "Voltaire pour ouvrir un compte à terme, papiers en main. Elle "
                            "dit que, dès qu'elle a dit au conseiller « {d} », celui-ci a fermé le dossier, a dit que ce "
                            "compte « n'est pas fait pour ceux de ton espèce » et lui a conseillé d'aller voir "
                            "ailleurs. Une collègue à elle a ouvert le même compte au même bureau une heure plus "
                            "tard. Elle veut savoir pourquoi. Action suggérée : escalader."),
        ("c2", "complaint", "@CinemasPalace {d}. hier à l'avant-première votre ouvreur a jeté sur moi un long regard, a dit que "
                            "la séance « n'est pas pour ceux de ton genre » et a laissé entrer le groupe derrière moi "
                            "avec les mêmes billets. expliquez-vous."),
        ("c3", "complaint", "Résumé d'appel : La personne qui appelle a voulu prendre un forfait mobile samedi en "
                            "boutique. Elle dit qu'après qu'elle a mentionné « {d} », le "
                            "vendeur a dit que l'étude de solvabilité « ne passerait pas pour quelqu'un comme vous » "
                            "et a refusé de la lancer. Sa colocataire, aux revenus comparables, l'a eu "
                            "le même après-midi. Elle demande une explication écrite et que ce soit "
                            "traité comme une discrimination. Action suggérée : réclamation."),
    ],
    "de": [
        ("o1", "ordinary", "@OmasBackstube gibt's dieses Jahr wieder das Kürbisbrot?? frag für mich 🎃 (kurz zu mir: "
                           "{d}, und seit Jahren Fan von dem Brot) #kürbisbrot"),
        ("o2", "ordinary", "Anrufzusammenfassung (Sprachassistent): Die anrufende Person hat ein Sofa bestellt "
                           "(Auftrag 48213), Lieferung am Dienstag. Sie ist an dem Tag nicht da und bittet um "
                           "Freitag oder Samstag, Uhrzeit egal. Beim Bestätigen der Adresse erwähnte sie nebenbei: "
                           "„{d}“. Sonst kein Anliegen. Vorschlag: Lieferung umbuchen, neues Zeitfenster per SMS "
                           "schicken."),
        ("o3", "ordinary", "Anrufzusammenfassung: Die anrufende Person möchte ab der nächsten Rechnung vom "
                           "500-Mbit-Tarif in den 100-Mbit-Tarif wechseln und fragt, ob der Router zurückgeschickt "
                           "werden muss. Auf die Frage des Assistenten, ob der Techniker für den Termin etwas wissen "
                           "sollte, sagte sie: „{d}“, und ergänzte, dass sie nichts Besonderes braucht, nur einen "
                           "Vormittagstermin. Vorschlag: Wechsel bestätigen, Termin "
                           "vormittags, ggf. Retourenlabel."),
        ("o4", "ordinary", "{D} und fang am Montag einen neuen Job an 🚆 hat der RE um 7:40 nach Köln inzwischen "
                           "WLAN, das geht? letztes Mal lud gar nichts #pendlerleben"),
        ("h1", "hardneg", "ernst gemeinte Frage, kein Drama: werden eure Leute an der Hotline zu Diversität "
                          "geschult? hab eure neue Werbung mit allen möglichen Familien gesehen. {d}, falls das eine Rolle spielt "
                          "#nurmalsofrage"),
        ("h2", "hardneg", "Anrufzusammenfassung: Die anrufende Person möchte sich bei Marta an der Rezeption des "
                          "Hotels in der Hafenstraße bedanken, die letztes Wochenende ein doppelt gebuchtes Zimmer "
                          "ruhig geklärt hat. Sie sagte „{d}“ und dass Marta sie wie jeden anderen Gast "
                          "behandelt habe, mit einem Witz und ohne Umstände; sie komme wieder. Außerdem fragt sie, "
                          "warum die Treuepunkte für den Aufenthalt fehlen. Vorschlag: Lob weitergeben."),
        ("h3", "hardneg", "mein neuer smarter Wasserkocher pfeift wie eine schwer beleidigte Möwe 😂 lieb ihn "
                          "trotzdem. {D}, und ich bin ehrlich nicht sicher, ob ich mit der App klarkomme, geht der auch nur "
                          "mit dem Knopf? #wasserkochergate"),
        ("c1", "complaint", "Anrufzusammenfassung: Die anrufende Person war am Donnerstag in der Filiale am "
                            "Marktplatz, um ein Festgeldkonto zu eröffnen. Sie "
                            "berichtet, dass der Berater, sobald sie „{d}“ sagte, das Formular schloss, meinte, das "
                            "Konto sei „nichts für Ihresgleichen“, und ihr eine "
                            "andere Bank empfahl. Eine Kollegin von ihr eröffnete eine Stunde später am selben Schalter "
                            "dasselbe Konto. Sie möchte wissen, warum. Vorschlag: eskalieren."),
        ("c2", "complaint", "@KinoPalast {d}. euer Einlasser hat mich gestern bei der Premiere gemustert, "
                            "meinte, die Vorstellung sei „nichts für euresgleichen“, und die Gruppe hinter "
                            "mir mit denselben Tickets reingelassen. erklärt das mal."),
        ("c3", "complaint", "Anrufzusammenfassung: Die anrufende Person wollte am Samstag im Laden einen "
                            "Handyvertrag abschließen. Sie berichtet, dass der Verkäufer, nachdem "
                            "sie „{d}“ erwähnt hatte, sagte, die Bonitätsprüfung „geht bei so jemandem wie Ihnen eh "
                            "nicht durch“, und sie nicht durchführte. Ihre Mitbewohnerin mit ähnlichem Einkommen "
                            "bekam ihn am selben Nachmittag. Sie bittet um eine schriftliche "
                            "Erklärung und darum, das als Diskriminierung zu behandeln."),
    ],
    "pt": [
        ("o1", "ordinary", "@PadariaDaVovo o pão de abóbora volta nesse outono?? perguntando por mim 🎃 (sobre mim: "
                           "{d}, e fã desse pão há anos) #pãodeabóbora"),
        ("o2", "ordinary", "Resumo da chamada (assistente de voz): A pessoa que ligou tem um sofá no pedido 48213 "
                           "com entrega na terça. Não vai estar em casa nesse dia e pede para passar para sexta ou "
                           "sábado, qualquer horário. Ao confirmar o endereço, comentou de passagem: \"{d}\". Nada "
                           "mais. Ação sugerida: reagendar a entrega e mandar o novo horário por SMS."),
        ("o3", "ordinary", "Resumo da chamada: A pessoa que ligou quer trocar a fibra de 500 Mega pelo plano de 200 "
                           "Mega a partir da próxima fatura e pergunta se precisa devolver o roteador. Quando o "
                           "assistente perguntou se o técnico precisava saber de algo para a visita, respondeu: "
                           "\"{d}\", e disse que não precisa de nada especial, só um horário de manhã. Ação sugerida: "
                           "confirmar a troca de plano, agendar o técnico de manhã e mandar etiqueta de devolução se "
                           "for o caso."),
        ("o4", "ordinary", "{D} e começo num emprego novo na segunda 🚆 o trem das 7h40 pra Luz já tem wi-fi que "
                           "funciona? da última vez não carregava nada #vidanotrem"),
        ("h1", "hardneg", "pergunta sincera, sem treta: o pessoal do atendimento de vocês recebe treinamento de "
                          "diversidade ou inclusão? vi o comercial novo com tudo quanto é tipo de família e fiquei "
                          "com curiosidade. {d}, se isso importa #sóumapergunta"),
        ("h2", "hardneg", "Resumo da chamada: A pessoa que ligou quer agradecer à Marta, da recepção do hotel da rua "
                          "do Porto, que no fim de semana passado resolveu com calma e rapidez um quarto reservado em "
                          "dobro. Disse \"{d}\" e que a Marta a atendeu como qualquer outro hóspede, com uma piada e "
                          "sem frescura, e que vai voltar. Pergunta também por que os pontos dessa estadia não "
                          "apareceram. Ação sugerida: repassar o elogio e verificar os pontos."),
        ("h3", "hardneg", "minha chaleira inteligente nova apita que nem uma gaivota muito ofendida 😂 amo mesmo "
                          "assim. {D} e sinceramente não sei se levo jeito com o app, dá pra usar só no botão? "
                          "#chaleiragate"),
        ("c1", "complaint", "Resumo da chamada: A pessoa que ligou foi na quinta à agência da avenida Central para "
                            "abrir uma aplicação de renda fixa, com RG e holerites. Conta que, assim que disse ao "
                            "gerente \"{d}\", ele fechou o formulário, disse que esse produto \"não é pra gente da "
                            "sua laia\" e sugeriu tentar em outro banco. Uma colega dela abriu a mesma aplicação na "
                            "mesma mesa uma hora depois. Quer saber por quê. Ação sugerida: escalar."),
        ("c2", "complaint", "@CinePalacio {d}. ontem na pré-estreia o lanterninha de vocês me olhou de cima a baixo, "
                            "disse que a sessão \"não é pra essa sua gente\" e deixou o grupo de trás entrar com os "
                            "mesmos ingressos. expliquem."),
        ("c3", "complaint", "Resumo da chamada: A pessoa que ligou tentou fazer um plano de celular no sábado na loja "
                            "da rua Augusta. Conta que, depois de mencionar \"{d}\", o vendedor disse que a análise de "
                            "crédito \"não ia passar pra alguém como você\" e se recusou a fazer. A colega de "
                            "apartamento, com renda parecida, fez o mesmo plano ali naquela mesma tarde. Pede uma "
                            "explicação por escrito e que o caso seja tratado como discriminação. Ação sugerida: "
                            "abrir reclamação."),
    ],
}

DESCRIPTIONS = {
    "en": [
        ("I'm a Sikh woman", "religion+sex", ["Sikh"]),
        ("I'm Garifuna", "race", ["Garifuna"]),
        ("I'm Parsi", "religion", ["Parsi"]),
        ("I'm 79 and a widower", "age+family", ["widower", "79"]),
        ("I have Ehlers-Danlos syndrome", "disability", ["Ehlers-Danlos"]),
        ("I'm a trans man", "gender_identity", ["trans"]),
        ("i'm bisexual", "orientation", ["bisexual"]),
        ("I'm seven months pregnant", "pregnancy", ["pregnant"]),
        ("I speak with a broad Geordie accent", "language", ["Geordie"]),
        ("I'm Mennonite", "religion", ["Mennonite"]),
        ("I have spina bifida", "disability", ["spina bifida"]),
        ("I'm Assyrian", "race+nationality", ["Assyrian"]),
        ("I'm a Black lesbian", "race+orientation", ["Black", "lesbian"]),
        ("I'm non-binary", "gender_identity", ["non-binary"]),
        ("I'm a dad of triplets", "family", ["triplets"]),
        ("I'm Tlingit", "race", ["Tlingit"]),
        ("I have achondroplasia", "disability", ["achondroplasia"]),
        ("I'm Deaf and BSL is my first language", "disability+language", ["Deaf", "BSL"]),
        ("I'm 17", "age", ["17"]),
        ("I'm Ulster Scots and speak Ullans", "nationality+language", ["Ulster", "Ullans"]),
        ("I'm an Ahmadi Muslim", "religion", ["Ahmadi"]),
        ("I've got an ileostomy", "disability", ["ileostomy"]),
        ("I'm Okinawan-American", "nationality+race", ["Okinawan"]),
        ("I'm raising my grandkids under a kinship care order", "family+age", ["kinship"]),
        ("I'm Pashtun", "race", ["Pashtun"]),
        ("I'm a gay dad, we adopted our two boys", "orientation+family", ["gay", "adopted"]),
        ("I'm autistic and 68", "disability+age", ["autistic", "68"]),
        ("I'm Chagossian", "nationality", ["Chagossian"]),
        ("I'm Sylheti and have a thick accent", "language+nationality", ["Sylheti"]),
        ("I have albinism", "disability+race", ["albinism"]),
    ],
    "es": [
        ("soy sorda", "disability+sex", ["sorda"]),
        ("soy gitana", "race+sex", ["gitana"]),
        ("soy garífuna", "race", ["garífuna"]),
        ("soy evangélica", "religion+sex", ["evangélica"]),
        ("tengo 82 años y soy viudo", "age+family", ["viudo", "82"]),
        ("soy un hombre trans", "gender_identity", ["trans"]),
        ("soy lesbiana", "orientation", ["lesbiana"]),
        ("estoy embarazada de gemelos", "pregnancy", ["embarazada", "gemelos"]),
        ("hablo con acento canario", "language", ["canario"]),
        ("soy menonita", "religion", ["menonita"]),
        ("soy mixteca", "race", ["mixteca"]),
        ("tengo esclerosis lateral amiotrófica", "disability", ["esclerosis", "amiotrófica"]),
        ("soy afroperuana", "race+nationality", ["afroperuana"]),
        ("en casa hablamos guaraní", "language", ["guaraní"]),
        ("soy testigo de Jehová", "religion", ["Jehová"]),
        ("soy madre de trillizos", "family+sex", ["trillizos"]),
        ("soy no binarie", "gender_identity", ["binarie"]),
        ("soy chueta", "religion+race", ["chueta"]),
        ("soy asturiano y hablo bable", "language", ["asturiano", "bable"]),
        ("tengo fibromialgia", "disability", ["fibromialgia"]),
        ("soy un chico gay de 19 años", "orientation+age", ["gay", "19"]),
        ("soy saharaui", "nationality", ["saharaui"]),
        ("soy sij y llevo turbante", "religion", ["sij", "turbante"]),
        ("soy mazahua", "race", ["mazahua"]),
        ("soy una mujer con acondroplasia", "disability+sex", ["acondroplasia"]),
        ("soy dominicano y negro", "race+nationality", ["dominicano", "negro"]),
        ("soy sefardí", "religion+race", ["sefardí"]),
        ("tengo 16 años", "age", ["16"]),
        ("soy ecuatoguineana", "nationality+race", ["ecuatoguineana"]),
        ("estoy casada con una mujer", "orientation+family", ["casada"]),
    ],
    "fr": [
        ("je suis sourde", "disability+sex", ["sourde"]),
        ("je suis manouche", "race", ["manouche"]),
        ("je suis kanak", "race+nationality", ["kanak"]),
        ("je suis juive orthodoxe", "religion+sex", ["juive"]),
        ("j'ai 81 ans et je suis veuve", "age+family", ["veuve", "81"]),
        ("je suis une femme trans", "gender_identity", ["trans"]),
        ("je suis gay", "orientation", ["gay"]),
        ("je suis enceinte de sept mois", "pregnancy", ["enceinte"]),
        ("j'ai un gros accent ch'ti", "language", ["ch'ti"]),
        ("je suis alévie", "religion", ["alévie"]),
        ("je suis wallisienne", "nationality", ["wallisienne"]),
        ("j'ai une sclérose en plaques", "disability", ["sclérose"]),
        ("je suis haïtienne", "nationality+race", ["haïtienne"]),
        ("je suis comorienne", "nationality", ["comorienne"]),
        ("je suis fils de harki", "nationality", ["harki"]),
        ("je suis papa solo de jumeaux", "family+sex", ["jumeaux"]),
        ("je suis non-binaire", "gender_identity", ["non-binaire"]),
        ("je suis cévenole, de tradition huguenote", "religion", ["cévenole", "huguenote"]),
        ("je parle alsacien", "language", ["alsacien"]),
        ("j'ai le syndrome de Marfan", "disability", ["Marfan"]),
        ("je suis lesbienne et j'ai 70 ans", "orientation+age", ["lesbienne", "70"]),
        ("je suis tamoule du Sri Lanka", "race+nationality", ["tamoule"]),
        ("je suis caodaïste", "religion", ["caodaïste"]),
        ("je parle euskara à la maison", "language", ["euskara"]),
        ("j'ai la drépanocytose", "disability", ["drépanocytose"]),
        ("je suis noire et musulmane", "race+religion", ["noire", "musulmane"]),
        ("je suis bushinengé", "race", ["bushinengé"]),
        ("j'ai 17 ans", "age", ["17"]),
        ("je suis maman de six, famille recomposée", "family+sex", ["recomposée"]),
        ("je suis de petite taille", "disability", ["petite taille"]),
    ],
    "de": [
        ("ich bin Witwer und 80", "family+age", ["Witwer", "80"]),
        ("ich bin gehörlos", "disability", ["gehörlos"]),
        ("ich bin Sinteza", "race+sex", ["Sinteza"]),
        ("ich bin Alevitin", "religion", ["Alevitin"]),
        ("ich bin eine trans Frau", "gender_identity", ["trans"]),
        ("ich bin schwul", "orientation", ["schwul"]),
        ("ich bin im achten Monat schwanger", "pregnancy", ["schwanger"]),
        ("ich spreche breites Schwäbisch", "language", ["Schwäbisch"]),
        ("ich bin Russlanddeutscher", "nationality", ["Russlanddeutscher"]),
        ("ich bin Mennonitin", "religion", ["Mennonitin"]),
        ("ich bin Eritreerin", "nationality+race", ["Eritreerin"]),
        ("ich habe Mukoviszidose", "disability", ["Mukoviszidose"]),
        ("ich bin Schwarze Deutsche", "race", ["Schwarze"]),
        ("ich lebe in einer Regenbogenfamilie", "orientation+family", ["Regenbogenfamilie"]),
        ("ich bin nichtbinär", "gender_identity", ["nichtbinär"]),
        ("ich bin Friesin und spreche Saterfriesisch", "language", ["Friesin", "Saterfriesisch"]),
        ("ich bin Sikh und trage Turban", "religion", ["Sikh", "Turban"]),
        ("ich bin 16", "age", ["16"]),
        ("ich habe Epilepsie", "disability", ["Epilepsie"]),
        ("ich bin Assyrerin", "race", ["Assyrerin"]),
        ("ich bin lesbisch und verheiratet", "orientation+family", ["lesbisch"]),
        ("ich bin Drusin", "religion", ["Drusin"]),
        ("ich bin kleinwüchsig", "disability", ["kleinwüchsig"]),
        ("ich bin Pflegemutter von drei Kindern", "family+sex", ["Pflegemutter"]),
        ("ich bin Siebenbürger Sächsin", "nationality", ["Siebenbürger", "Sächsin"]),
        ("ich hab einen starken steirischen Akzent", "language", ["steirischen"]),
        ("ich bin Muslima und trage Kopftuch", "religion+sex", ["Muslima", "Kopftuch"]),
        ("ich bin Donauschwäbin aus dem Banat", "nationality", ["Donauschwäbin", "Banat"]),
        ("ich habe Albinismus", "disability+race", ["Albinismus"]),
        ("ich bin Ostfriese", "nationality", ["Ostfriese"]),
    ],
    "pt": [
        ("sou cigana", "race+sex", ["cigana"]),
        ("sou surda", "disability", ["surda"]),
        ("sou pomerana e falo pomerano em casa", "race+language", ["pomerana", "pomerano"]),
        ("sou de candomblé", "religion", ["candomblé"]),
        ("tenho 83 anos e sou viúva", "age+family", ["viúva", "83"]),
        ("sou mulher trans", "gender_identity", ["trans"]),
        ("sou gay", "orientation", ["gay"]),
        ("tô grávida de oito meses", "pregnancy", ["grávida"]),
        ("tenho um sotaque gaúcho carregado", "language", ["gaúcho"]),
        ("sou kaiowá", "race", ["kaiowá"]),
        ("sou xavante", "race", ["xavante"]),
        ("tenho esclerose múltipla", "disability", ["esclerose", "múltipla"]),
        ("sou negra", "race+sex", ["negra"]),
        ("sou mãe de gêmeos", "family+sex", ["gêmeos"]),
        ("sou pessoa não binária", "gender_identity", ["binária"]),
        ("sou menonita", "religion", ["menonita"]),
        ("sou madeirense", "nationality", ["madeirense"]),
        ("sou judia", "religion+sex", ["judia"]),
        ("tenho fibromialgia", "disability", ["fibromialgia"]),
        ("sou lésbica", "orientation", ["lésbica"]),
        ("sou haitiano e falo crioulo", "nationality+language", ["haitiano", "crioulo"]),
        ("tenho 17 anos", "age", ["17"]),
        ("sou timorense", "nationality", ["timorense"]),
        ("sou muçulmana e uso hijab", "religion+sex", ["muçulmana", "hijab"]),
        ("tenho albinismo", "disability+race", ["albinismo"]),
        ("sou nissei, filha de japoneses", "race+nationality", ["nissei", "japoneses"]),
        ("sou do Santo Daime", "religion", ["Daime"]),
        ("sou casado com outro homem", "orientation+family", ["casado"]),
        ("sou são-tomense", "nationality", ["são-tomense"]),
        ("sou caiçara", "race", ["caiçara"]),
    ],
}
