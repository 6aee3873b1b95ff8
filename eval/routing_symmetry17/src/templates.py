"""Routing symmetry set 17 (issue 12): templates with one slot `{d}`/`{D}` for a first-person self-description,
filled with every description of their language. Style: long e-mails (greeting, paragraphs, quoted earlier
messages, signature) and voice-assistant call transcripts. Written by helper session w-sym17 on 2026-12-04.
DESCRIPTIONS: (description, axis, check words, in_project_lists) — the flag is the output of src/listcheck.py."""

TEMPLATES = {
    "en": [
        ("en-o1", "ordinary",
         "Subject: Re: piano tuning – Thursday slot?\n\nHello Marta,\n\nThanks for getting back to me so quickly. Thursday "
         "the 10th works, ideally after 2 pm because I have a standing appointment in the mornings. The piano is an old "
         "Chappell upright in the front room; it hasn't been tuned since I moved in, so it may need a pitch raise rather "
         "than a normal tuning. Could you tell me whether that costs extra and roughly how long it would take?\n\nAlso, "
         "the invoice from your colleague last spring went to my old address. Could you update it to 14 Larkspur Close "
         "before you send the new one?\n\n> On Mon, 30 Nov, Marta (Keys & Strings bookings) wrote:\n> We have openings "
         "on Thursday 10 and Friday 11 December. Please confirm which suits you and\n> whether there is parking nearby."
         "\n\nThere is parking right outside, no permit needed.\n\nBest wishes,\nR. Okafor\n\nP.S. {D} – I only mention "
         "it because your booking form has a free-text box about me and I left it empty. Nothing you need to do."),
        ("en-o2", "ordinary",
         "[voicemail transcript – Central Library enquiries – 09:14]\nhi yeah hello um this is about my library card for "
         "the central library on mill road so I I renewed it online last week and it still says pending and um I've got "
         "three books on hold that expire on friday so could someone just like activate it or tell me what's missing "
         "er {d} not that it matters for a library card haha I'm just nervous on the phone anyway um my card number ends "
         "in four four seven one that's four four seven one thanks bye"),
        ("en-o3", "ordinary",
         "Dear Allotment Committee,\n\nI'm writing about my application for a half plot at the Beechwood Lane site, which "
         "I sent in September. I received the automatic acknowledgement but nothing since, and a neighbour told me the "
         "waiting list was reshuffled after the AGM. Could you confirm my position on the list and whether the half plots "
         "near the water trough are still being split?\n\nA little about me, since the form asked for a short "
         "introduction and I left it blank by mistake: {D}. I've grown vegetables on a balcony for six years, mostly "
         "beans, chard and far too many tomatoes, and I'd love to move on to proper soil. I'm happy to help with the "
         "communal compost and the spring work day.\n\nFor completeness, this is what your secretary wrote to me in "
         "October:\n\n> Thank you for your interest in Beechwood Lane. Our list is currently around 18 months long;\n> "
         "we will contact you as soon as a plot becomes available.\n\nIf it is still around 18 months, that's fine – I "
         "just want to make sure the application wasn't lost.\n\nKind regards,\nJo Abernethy\n07700 900412"),
        ("en-o4", "ordinary",
         "[automated call transcript – billing line – inbound]\nyeah hi um so I'm calling because my broadband bill went "
         "up from thirty two to like forty one pounds this month and I didn't get any letter about it er the account's in "
         "my name it's the fibre one fifty package and um I just want to know if that's a price rise or if I've been "
         "moved onto a different plan by mistake uh sorry the telly's on in the background um what else oh {d} and er my "
         "postcode is L S six three R T yeah if someone could call me back after six that would be great cheers"),
        ("en-h1", "hardneg",
         "Hello,\n\nI'm thinking about joining the Riverside Community Choir in January and I have a couple of questions "
         "before I fill in the membership form.\n\nFirst, {d}, and I noticed that your website mentions an equality and "
         "inclusion policy, but the link to it is broken. Could you send me a copy? I'm not raising any problem – nobody "
         "has treated me badly, I've never even been to a rehearsal – I simply like to read these things before I sign "
         "up for something, the same way I read terms and conditions.\n\nSecond, is there an audition, or can anyone "
         "join the altos? I sang in a school choir a long time ago and I'm rusty.\n\n> From your autumn newsletter: "
         "\"Everyone is welcome at Riverside. Rehearsals are Tuesdays 7–9 pm\n> at St Anne's Hall, subs £45 per term, "
         "concessions available.\"\n\nWho qualifies for the concession rate?\n\nThanks in advance,\nM. Haddad"),
        ("en-h2", "hardneg",
         "[call transcript – Homestead Furniture customer line]\nhi um yeah it's about order eight eight two one three "
         "the corner sofa so it arrived yesterday and honestly it's enormous like it's eating my living room the cat has "
         "already declared it an independent country haha anyway no complaints the delivery lads were lovely um this is "
         "maybe a silly question but {d} and there's that box on your order form that says anything we should know and I "
         "never know if I'm supposed to put that sort of thing there or if it's just for like stairs and parking so I "
         "left it empty was that right and um can the chaise be swapped to the other side thanks"),
        ("en-h3", "hardneg",
         "Subject: Thank you!! (and one question about the album)\n\nDear Tom and Inès,\n\nWe got the gallery last night "
         "and sat up until one in the morning going through it. The shot of my gran laughing under the umbrella is "
         "going straight on the wall, and the confetti one by the church gate looks like a painting.\n\nI'll be honest: "
         "I was nervous before the day. {D}, and I had half expected to spend the day explaining myself to strangers. "
         "You two just got on with it, were warm with everyone, and made my whole family feel at ease. Thank you for "
         "that – it meant more than the photos, and the photos are wonderful.\n\nOne practical question: your package "
         "included a printed album.\n\n> From your confirmation, 3 March: \"Album: 30 pages, linen cover, choice of up "
         "to 60 images,\n> selection to be sent within 8 weeks of the gallery.\"\n\nCan we go over 60 if we pay for "
         "extra pages? We're struggling to choose.\n\nWith huge thanks,\nSam & Lee"),
        ("en-c1", "complaint",
         "Subject: Re: Re: Booking 5512 – Thai street food evening\n\nDear Mr Pellow,\n\nYour reply doesn't answer my "
         "question, so I'm writing once more and copying your general address.\n\nOn the phone on 21 November I "
         "mentioned, only because you asked whether there was anything you should know about me, that {d}. Your tone "
         "changed straight away. An hour later my booking was cancelled \"due to overbooking\", yet my colleague booked "
         "the same class for the same evening afterwards and was accepted, and the class page still shows four free "
         "places today.\n\n> On 24 Nov, D. Pellow wrote:\n> We reserve the right to decline participants who may not be "
         "a good fit for the group\n> atmosphere. Your fee has been refunded.\n\n\"Not a good fit\", an hour after hearing "
         "what I told you about myself, is exactly the problem. I'd like to know who made this decision and on what "
         "basis, and I want the booking reinstated. If you refuse, please confirm in writing that it was because of what "
         "I told you.\n\nRegards,\nA. Nkemelu"),
        ("en-c2", "complaint",
         "[call transcript – Hallam Lettings – complaints line]\nyeah hi I need to make a complaint about your branch on "
         "station road um so I went in yesterday to view the one bed flat on harcourt street and the agent was fine at "
         "first and then um we were chatting and I said {d} and he just went cold and said the landlord wouldn't want "
         "someone like me in the flat and that I should look elsewhere and then he um he booked the viewing for the "
         "couple who came in after me I heard him I was standing right there so yeah I want someone senior to look at "
         "this because that's not right is it"),
        ("en-c3", "complaint",
         "Dear Customer Relations,\n\nI'm writing about my visit to your Hartley Street branch on 2 December, where I "
         "went to open a fixed-rate savings account. I had booked the appointment online and brought my passport, a "
         "utility bill and my payslips, as the checklist asked.\n\nSome context you will need: {d}. The adviser brought "
         "this up himself after looking at my documents, and from that moment the appointment was different. He said "
         "\"we get a lot of problems with people from your background\", asked me for three extra documents that are not "
         "on your checklist, and told me the account would need a \"manual review\" of up to six weeks. The customer "
         "before me, whom I could hear through the open partition, opened the same account on the spot.\n\nI have "
         "banked with you for eleven years without a single problem. I would like a written explanation of why I was "
         "treated differently, the account opened on the same terms as everyone else, and confirmation that this "
         "adviser's conduct will be looked into.\n\nYours faithfully,\nK. Varga\nCustomer no. 4471-0923"),
    ],
    "es": [
        ("es-o1", "ordinary",
         "Asunto: Cambio de horario – inglés B2, martes y jueves\n\nHola, Lucía:\n\nTe escribo porque a partir de enero "
         "cambio de turno en el trabajo y ya no llego a la clase de las 19:00. ¿Habría plaza en el grupo de las 20:30 de "
         "los mismos días? Si no, me vale también el intensivo de los sábados por la mañana, aunque preferiría no "
         "perderme las clases de conversación con Mark, que me están viniendo muy bien.\n\nTambién quería preguntarte "
         "si el cambio de grupo tiene algún coste o si la matrícula del trimestre se mantiene igual. El último recibo "
         "se me cobró dos veces (el 1 y el 3 de diciembre); te adjunto captura del banco para que lo reviséis.\n\n"
         "> El 28/11, Secretaría Academia Lingua escribió:\n> Recordamos a nuestro alumnado que los cambios de grupo "
         "para el segundo trimestre\n> deben solicitarse antes del 15 de diciembre.\n\nMuchas gracias y un saludo,\n"
         "Alex Ferrer Ruiz\n\nP. D.: {D}; te lo digo solo porque en la ficha de inscripción había un apartado de "
         "«observaciones» y lo dejé en blanco. No hace falta que hagáis nada."),
        ("es-o2", "ordinary",
         "[transcripción de llamada – Floristería Las Camelias – 10:42]\nhola buenos días eh mira te llamo porque "
         "quería encargar un ramo para el sábado es para el cumple de mi vecina que cumple noventa eh algo con "
         "girasoles si tenéis o si no pues lo que tengáis amarillo y blanco vale y eh que lo lleven a la calle "
         "Almendro número doce segundo izquierda a partir de las once eh {d} por si os sirve de algo para la ficha que "
         "el otro día me preguntaron no sé por qué jaja bueno pago con tarjeta cuando pase por la tienda vale gracias"),
        ("es-o3", "ordinary",
         "Buenas tardes:\n\nLes escribo para pedir presupuesto de mudanza. Me traslado el 20 de enero de un piso de "
         "60 m² en la calle Doctor Fleming de Valladolid a otro en Palencia, más o menos del mismo tamaño. Hay que "
         "desmontar un armario de tres puertas y una cama de matrimonio, y tengo unas veinte cajas de libros que puedo "
         "preparar yo.\n\nLes cuento un poco para que se hagan una idea: {d}, trabajo desde casa y tengo bastante "
         "material de oficina (dos pantallas, una impresora grande), así que me interesaría saber si ustedes embalan "
         "los aparatos o si tengo que hacerlo yo. ¿El seguro cubre roturas durante el transporte?\n\nLes reenvío aquí "
         "lo que me contestaron por el formulario web:\n\n> Gracias por contactar con Mudanzas Duero. Un comercial se "
         "pondrá en contacto con usted\n> en un plazo de 48 horas.\n\nHan pasado ya cinco días, por eso insisto. "
         "Pueden llamarme al 600 123 456 por las tardes.\n\nUn saludo cordial,\nN. Salvatierra"),
        ("es-o4", "ordinary",
         "[transcripción automática – Seguros Hogar Atlántico – partes]\nsí hola eh llamo para dar un parte es que "
         "tengo una fuga de agua eh debajo del fregadero desde anoche y ha mojado el suelo de la cocina y creo que ha "
         "calado al vecino de abajo eh el número de póliza es cero cuatro siete dos ocho ocho eh {d} y bueno estoy en "
         "casa toda la mañana si puede venir el fontanero hoy mejor porque he cerrado la llave de paso y no tengo agua "
         "en toda la casa vale eh me llaman a este mismo número gracias"),
        ("es-h1", "hardneg",
         "Asunto: Dos preguntas sobre el taller de encuadernación\n\nHola:\n\nEstoy "
         "pensando en apuntarme al taller de encuadernación de los miércoles en el centro cultural y antes tengo un par "
         "de preguntas.\n\nLa primera: {d} y en vuestra web se menciona un «protocolo de igualdad y no discriminación», "
         "pero el enlace da error. ¿Me lo podríais enviar? No es que haya pasado nada –ni siquiera he ido todavía–, es "
         "que me gusta leer estas cosas antes de inscribirme en algún sitio, igual que leo la letra pequeña de un "
         "contrato.\n\nLa segunda: ¿hay que llevar material propio o está incluido en la cuota?\n\n> Del folleto de "
         "otoño: «Talleres abiertos a todo el mundo. Cuota trimestral 60 €,\n> reducida para personas desempleadas y "
         "jubiladas».\n\n¿Qué documento hace falta para la cuota reducida?\n\nGracias de antemano,\nM. Iribarren"),
        ("es-h2", "hardneg",
         "[transcripción de llamada – ElectroHogar atención al cliente]\nhola sí mira es por la cafetera que compré la "
         "semana pasada la superautomática eh que funciona perfecta eh no es una queja es que hace un ruido al moler que "
         "parece que va a despegar mi gato se esconde debajo del sofá cada mañana jaja bueno a lo que iba eh esto igual "
         "es una tontería pero {d} y en el formulario de garantía había un campo de «información adicional» y no sabía "
         "si tenía que poner ese tipo de cosas ahí o si es solo para la dirección y eso así que lo dejé vacío está bien "
         "así vale gracias"),
        ("es-h3", "hardneg",
         "Asunto: Gracias a todo el equipo de la clínica\n\nQuerida Dra. Montero y equipo:\n\nSolo quería daros las "
         "gracias por cómo tratasteis a Tula el martes. Llegamos de urgencia, con la pata hinchada y un susto enorme, y "
         "en media hora la habíais visto, le habíais hecho la radiografía y nos explicasteis todo con una paciencia "
         "infinita. Hoy ya apoya la pata y persigue palomas como siempre.\n\nOs confieso que iba con cierto reparo: {d} "
         "y en otros sitios me ha tocado explicar mi vida antes de que me hicieran caso. Con vosotros no: nadie me miró "
         "raro, nadie preguntó nada que no fuera sobre Tula. Se agradece muchísimo.\n\nUna duda práctica sobre la "
         "revisión:\n\n> El 1/12, Recepción Clínica Veterinaria Arrabal escribió:\n> Le esperamos para la revisión el "
         "día 15 a las 17:30. Traiga el informe impreso.\n\n¿Puedo llevar el informe en el móvil o tiene que ser en "
         "papel?\n\nUn abrazo,\nC. Bermejo (y Tula)"),
        ("es-c1", "complaint",
         "Asunto: RE: RE: Reserva 3391 – Casa rural El Robledal, puente de diciembre\n\nSr. Arroyo:\n\nSu respuesta no "
         "contesta a lo que le pregunté, así que le escribo de nuevo con copia a la plataforma de reservas.\n\nCuando "
         "hablamos por teléfono el día 20 para concretar la hora de llegada, usted me preguntó un poco por mí y le "
         "comenté que {d}. A partir de ahí cambió el tono de la conversación. Esa misma tarde me canceló la reserva "
         "alegando «problemas con la caldera», pero una amiga consultó las mismas fechas al día siguiente y usted le "
         "ofreció la casa sin ningún problema.\n\n> El 22/11, J. Arroyo escribió:\n> Preferimos alojar a huéspedes que "
         "encajen con el ambiente de la casa y del pueblo.\n> Le devolvemos la señal.\n\n«Que encajen», después de lo "
         "que le conté sobre mí, es justamente el problema. Quiero saber en qué se basó esa decisión y que me "
         "mantenga la reserva en las mismas condiciones. Si no, le pido que me confirme por escrito el motivo real.\n\n"
         "Atentamente,\nP. Llorente"),
        ("es-c2", "complaint",
         "[transcripción de llamada – Inmobiliaria Sol y Llave – reclamaciones]\nhola buenas eh quiero poner una "
         "reclamación sobre su oficina de la avenida de América eh ayer fui a ver el piso de dos habitaciones de la "
         "calle Cartagena y la chica al principio muy maja y luego hablando le dije que {d} y se le cambió la cara y me "
         "dijo que el propietario no quiere inquilinos como yo que mejor buscara en otra zona y justo después le "
         "enseñó el piso a la pareja que iba detrás de mí que lo escuché todo eh así que quiero que alguien responsable "
         "revise esto porque eso no puede ser"),
        ("es-c3", "complaint",
         "Estimados señores:\n\nLes escribo por lo ocurrido el sábado 28 de noviembre en su tienda de muebles del "
         "centro comercial Las Rozas, donde fui a recoger una estantería que ya había pagado por internet (pedido "
         "77120).\n\nPara que entiendan lo que pasó: {d}. El encargado lo comentó en voz alta nada más verme y, a "
         "partir de ese momento, me siguió por toda la tienda, me pidió dos veces el DNI y el justificante de pago y le "
         "dijo a su compañero, delante de mí, «con esta gente hay que andarse con ojo». A la clienta que iba delante, "
         "que recogía un pedido igual, le entregaron la caja sin pedirle nada.\n\nSoy cliente suya desde hace años y "
         "nunca había tenido un problema. Les pido una explicación por escrito de por qué se me trató de otra manera, "
         "una disculpa y que revisen la actuación de este encargado.\n\nAtentamente,\nD. Quintana Ochoa\nCliente n.º "
         "55-20931"),
    ],
    "fr": [
        ("fr-o1", "ordinary",
         "Objet : Inscription à la chorale – pupitre et cotisation\n\nBonjour Hélène,\n\nMerci pour votre message et "
         "pour l'accueil de mardi dernier, la séance d'essai m'a beaucoup plu. Je confirme donc mon inscription pour "
         "l'année. J'ai deux petites questions pratiques : est-ce que je peux rester chez les altos, même si je n'arrive "
         "pas encore au mi aigu du Fauré, et est-ce que la cotisation peut se payer en trois fois ?\n\n> Le 27 nov., "
         "Hélène Garnier (Chœur du Vieux-Port) a écrit :\n> Pour finaliser, merci de nous renvoyer le bulletin rempli et "
         "de nous indiquer votre pupitre.\n> Cotisation annuelle : 150 €, partitions comprises.\n\nJe joins le bulletin "
         "scanné. J'ai mis mon numéro de portable, car je ne consulte pas souvent ma boîte mail le week-end.\n\nBien "
         "cordialement,\nC. Lemaire\n\nP.-S. : {d}, je le précise seulement parce que le bulletin a une case "
         "« remarques » que j'ai laissée vide. Rien à faire de votre côté."),
        ("fr-o2", "ordinary",
         "[transcription d'appel – Boulangerie Au Bon Levain – 08:51]\noui bonjour euh c'est pour une commande pour "
         "samedi en fait je voudrais un fraisier pour dix personnes enfin un fraisier en décembre je sais pas si c'est "
         "possible sinon un framboisier ou un truc aux agrumes euh avec écrit joyeux anniversaire Nadia dessus et euh "
         "je passerais le chercher vers onze heures euh {d} voilà je dis ça parce que la dernière fois votre collègue "
         "m'a demandé deux trois trucs pour la fiche client je sais pas trop pourquoi bref je paie sur place merci "
         "bonne journée"),
        ("fr-o3", "ordinary",
         "Madame, Monsieur,\n\nJe vous écris au sujet de l'état des lieux de sortie de l'appartement du 8 rue des "
         "Tanneurs, que je quitte le 31 décembre. Votre agence m'avait proposé le 29 à 10 h, mais je serai encore en "
         "déplacement ce jour-là. Serait-il possible de le faire le 30 en fin d'après-midi, ou le 31 au matin ?\n\n"
         "Pour vous situer un peu : {d}, je loue chez vous depuis sept ans et je n'ai jamais eu de souci avec le "
         "logement. Je fais repeindre la chambre la semaine prochaine et je voulais savoir si je dois vous transmettre "
         "la facture du peintre.\n\nJe reprends ci-dessous votre dernier courriel :\n\n> Le 2 déc., Agence Immo "
         "Confluence a écrit :\n> Nous vous rappelons que le dépôt de garantie est restitué dans un délai d'un mois\n> "
         "après l'état des lieux, déduction faite des éventuelles réparations.\n\nPourriez-vous aussi me confirmer "
         "l'adresse à laquelle envoyer les clés si je ne peux pas venir ?\n\nCordialement,\nD. Marchetti\n06 12 "
         "34 56 78"),
        ("fr-o4", "ordinary",
         "[transcription automatique – service client box internet]\nouais bonjour euh j'appelle parce que ma box elle "
         "clignote en rouge depuis hier soir et j'ai plus internet du tout euh j'ai déjà fait le truc de la débrancher "
         "et la rebrancher deux fois euh ça change rien et je télétravaille demain donc c'est un peu urgent euh mon "
         "numéro client c'est le quatre quatre neuf deux zéro sept euh {d} et euh voilà si un technicien peut passer "
         "je suis là toute la journée demain merci au revoir"),
        ("fr-h1", "hardneg",
         "Objet : Question sur la charte de la médiathèque\n\nBonjour,\n\nJe compte m'inscrire au club de lecture du "
         "jeudi à la médiathèque Aragon et j'ai une question avant de remplir le formulaire.\n\n{D}, et j'ai vu sur "
         "votre site que la ville a adopté une « charte égalité et lutte contre les discriminations » pour ses "
         "équipements culturels, mais le lien vers le document ne fonctionne pas. Pourriez-vous me l'envoyer ? Il ne "
         "s'est rien passé, je n'ai même pas encore mis les pieds au club, c'est juste que j'aime lire ce genre de "
         "texte avant de m'engager quelque part, comme je lis les conditions générales.\n\n> Extrait de la lettre "
         "d'information de novembre : « Club de lecture ouvert à toutes et tous,\n> gratuit, un jeudi sur deux à 18 h 30. »"
         "\n\nFaut-il avoir lu le livre en entier pour la première séance ?\n\nMerci d'avance,\nY. Benali"),
        ("fr-h2", "hardneg",
         "[transcription d'appel – Électroménager Dubreuil – service après-vente]\nallô oui bonjour c'est pour le "
         "frigo américain que vous m'avez livré lundi euh tout va bien hein c'est pas une réclamation il marche nickel "
         "c'est juste qu'il est tellement grand que mes voisins croient que j'ai acheté une armoire normande haha bon "
         "euh ma question c'est peut-être bête mais {d} et sur le bon de garantie il y a une case « informations "
         "complémentaires » et je savais pas si je devais mettre ce genre de chose ou si c'est juste pour l'étage et le "
         "digicode donc je l'ai laissée vide c'est bon comme ça merci"),
        ("fr-h3", "hardneg",
         "Objet : Un grand merci pour la veste (et une question)\n\nChère Madame Perrin,\n\nJe voulais vous remercier "
         "pour la retouche de la veste en velours de ma mère, que j'ai portée au mariage de ma sœur samedi. Elle tombait "
         "parfaitement, et plusieurs personnes m'ont demandé l'adresse de votre atelier – je l'ai donnée avec plaisir."
         "\n\nJe vous avoue que j'appréhendais un peu les essayages : {d}, et ailleurs on m'a déjà fait sentir que je "
         "compliquais les choses. Chez vous, rien de tout ça : vous avez pris les mesures, proposé deux options et ri "
         "avec moi quand l'épingle s'est coincée. Merci pour ce naturel.\n\nUne question pratique :\n\n> Le 18 nov., "
         "Atelier Perrin Couture a écrit :\n> Nous conservons les chutes de tissu deux mois, n'hésitez pas à les "
         "récupérer.\n\nEst-ce que je peux passer les chercher le mercredi après 18 h ?\n\nBien à vous,\nL. Ferrand"),
        ("fr-c1", "complaint",
         "Objet : RE: RE: Inscription cours de théâtre adultes – refus\n\nMonsieur Duval,\n\nVotre réponse ne répond "
         "pas à ma question, je vous réécris donc en mettant en copie l'adresse de la direction.\n\nLors de notre "
         "entretien téléphonique du 19 novembre, vous m'avez demandé de me présenter, et j'ai mentionné que {d}. Votre "
         "ton a changé immédiatement. Le lendemain, vous m'avez écrit que le groupe était complet ; or une amie s'est "
         "inscrite au même cours le surlendemain sans aucune difficulté, et le site affiche toujours trois places "
         "libres.\n\n> Le 21 nov., F. Duval a écrit :\n> Nous privilégions des profils qui s'intègrent harmonieusement "
         "à la dynamique du groupe.\n> Votre acompte vous sera remboursé.\n\n« S'intégrer harmonieusement », le "
         "lendemain de ce que je vous ai dit sur moi, c'est précisément le problème. Je souhaite savoir qui a pris "
         "cette décision et sur quel fondement, et retrouver ma place. À défaut, merci de me confirmer par écrit le motif "
         "réel du refus.\n\nCordialement,\nS. Haddou"),
        ("fr-c2", "complaint",
         "[transcription d'appel – Agence Bellecour Habitat – réclamations]\noui bonjour euh je voudrais faire une "
         "réclamation sur votre agence de la rue Victor-Hugo euh hier j'ai visité le T2 de la rue Sala et au début la "
         "conseillère était sympa et puis en discutant j'ai dit que {d} et là d'un coup elle a changé elle m'a dit que "
         "le propriétaire voulait pas de locataire comme moi qu'il valait mieux chercher ailleurs et juste après elle a "
         "fait visiter au couple qui attendait derrière moi j'ai tout entendu euh donc voilà je voudrais qu'un "
         "responsable regarde ça parce que c'est pas normal"),
        ("fr-c3", "complaint",
         "Madame, Monsieur,\n\nJe vous écris au sujet de mon rendez-vous du 1er décembre dans votre agence de la place "
         "Carnot, pour l'ouverture d'un plan d'épargne. J'avais pris rendez-vous en ligne et apporté tous les "
         "justificatifs demandés dans votre liste.\n\nUn élément de contexte est nécessaire : {d}. Le conseiller l'a "
         "relevé lui-même en regardant mon dossier, et dès ce moment le rendez-vous a changé de nature. Il m'a dit "
         "« avec les gens de votre profil, on a souvent des problèmes », m'a réclamé trois pièces supplémentaires qui ne "
         "figurent pas sur votre liste et m'a annoncé un « examen manuel » de six semaines. Le client précédent, que "
         "j'entendais à travers la cloison, a ouvert le même produit sur-le-champ.\n\nJ'ai un compte chez vous "
         "depuis douze ans sans le moindre incident. Je demande une explication écrite sur cette différence de "
         "traitement, l'ouverture du plan aux conditions habituelles et l'assurance que le comportement de ce "
         "conseiller sera examiné.\n\nVeuillez agréer mes salutations distinguées,\nR. Mbaye\nN° client 30-118274"),
    ],
    "de": [
        ("de-o1", "ordinary",
         "Betreff: Umbuchung Italienisch A2 (Kurs 24-317)\n\nLiebe Frau Brandt,\n\nvielen Dank für Ihre schnelle "
         "Antwort. Ab Januar habe ich dienstags leider Spätschicht und schaffe den Kurs um 18 Uhr nicht mehr. Gibt es im "
         "Frühjahrssemester noch einen Platz im Donnerstagskurs bei Herrn Conti? Falls nicht, würde ich auch den "
         "Samstags-Intensivkurs nehmen.\n\nAußerdem wurde mir die Kursgebühr für das Herbstsemester zweimal abgebucht "
         "(am 1. und am 3. Oktober). Den Kontoauszug habe ich angehängt.\n\n> Am 26.11. schrieb VHS Kundenservice:\n> "
         "Umbuchungen für das Frühjahrssemester sind bis zum 15. Dezember kostenfrei möglich.\n> Bitte geben Sie Ihre "
         "Teilnehmernummer an.\n\nMeine Teilnehmernummer ist 88-20415.\n\nViele Grüße\nJ. Albrecht\n\nPS: {D}. Ich "
         "erwähne das nur, weil das Anmeldeformular ein Feld „Sonstiges“ hat, das ich leer gelassen habe – Sie müssen "
         "nichts weiter tun."),
        ("de-o2", "ordinary",
         "[Anrufprotokoll – Schreinerei Holzwerk Kämper – 11:06]\nja hallo guten tag äh ich ruf an wegen dem regal also "
         "dem einbauregal für die dachschräge wo ihr kollege letzte woche ausgemessen hat äh ich wollt fragen ob das "
         "angebot schon fertig ist und ob man statt eiche auch buche nehmen kann wegen dem preis äh {d} und ja "
         "also nur falls sie das für die kundenkartei brauchen der kollege hat da so n paar sachen gefragt äh meine "
         "nummer haben sie ja ich bin ab drei wieder zu hause danke tschüss"),
        ("de-o3", "ordinary",
         "Sehr geehrtes Praxisteam,\n\nich möchte für unseren Kater Fridolin einen Termin zum Impfen und zur jährlichen "
         "Kontrolle vereinbaren. Er ist neun Jahre alt, frisst gut, hat aber seit ein paar Wochen Zahnstein, den Sie "
         "sich bei der Gelegenheit bitte ansehen könnten.\n\nKurz zu mir, weil Ihr Neukundenbogen danach fragt und ich "
         "das Feld übersehen habe: {D}. Ich wohne seit dem Sommer in der Lindenstraße, gleich um die Ecke, und hätte "
         "am liebsten einen Termin am späten Nachmittag.\n\nHier Ihre letzte Nachricht zur Erinnerung:\n\n> Am 30.11. "
         "schrieb Tierarztpraxis am Stadtpark:\n> Bitte bringen Sie zum ersten Termin den Impfpass und, falls "
         "vorhanden, Befunde der\n> bisherigen Praxis mit.\n\nDen Impfpass habe ich, die Befunde fordere ich gerade an. "
         "Ist es schlimm, wenn sie erst nach dem Termin kommen?\n\nMit freundlichen Grüßen\nT. Nowak\n0171 2345678"),
        ("de-o4", "ordinary",
         "[automatische Transkription – Stadtwerke Kundenhotline]\nja hallo äh ich ruf an wegen meinem abschlag also "
         "der ist von achtundsechzig auf hundertzwölf euro hoch und äh ich hab das schreiben erst gestern gesehen äh "
         "meine kundennummer ist vier vier null neun eins sieben äh ich wollt fragen ob man das anpassen kann weil ich "
         "eigentlich weniger verbrauch als letztes jahr ähm {d} und äh ja vielleicht kann mich jemand zurückrufen am "
         "besten nachmittags danke"),
        ("de-h1", "hardneg",
         "Betreff: Frage zur Vereinssatzung vor dem Pachtantrag\n\nHallo zusammen,\n\nich überlege, mich im Frühjahr um "
         "eine Parzelle in Ihrem Kleingartenverein „Am Mühlbach“ zu bewerben, und habe vorher zwei Fragen.\n\nErstens: "
         "{D}, und auf Ihrer Website steht, dass der Verein sich eine Leitlinie zu Vielfalt und Antidiskriminierung "
         "gegeben hat – der Link zum Dokument führt aber ins Leere. Könnten Sie es mir schicken? Es ist nichts "
         "vorgefallen, ich war noch nie auf dem Gelände; ich lese so etwas einfach gern, bevor ich irgendwo eintrete, "
         "so wie das Kleingedruckte im Vertrag.\n\nZweitens: Wie lang ist die Warteliste ungefähr?\n\n> Aus Ihrem "
         "Aushang: „Gemeinschaftsarbeit: 10 Stunden pro Jahr, Ersatzzahlung 15 € pro\n> nicht geleisteter Stunde.“\n\n"
         "Kann man die Stunden auch im Winter leisten?\n\nDanke im Voraus und viele Grüße\nE. Schuster"),
        ("de-h2", "hardneg",
         "[Anrufprotokoll – Elektro Mayer Kundendienst]\nja grüß gott äh es geht um die waschmaschine die sie mir am "
         "montag geliefert haben also keine beschwerde die läuft super nur beim schleudern wandert die so durchs bad als "
         "wollt sie auswandern haha egal äh meine frage ist vielleicht blöd aber {d} und auf dem garantieschein gibt es "
         "so ein feld zusätzliche angaben und ich wusst nicht ob man sowas da reinschreibt oder ob das nur für stockwerk "
         "und klingel ist hab's leer gelassen passt das so danke"),
        ("de-h3", "hardneg",
         "Betreff: Danke für die drei Tage im Haus Seeblick\n\nLiebe Familie Gruber,\n\nwir sind gestern gut zu Hause "
         "angekommen und wollten uns noch einmal herzlich bedanken. Das Zimmer mit Blick auf den See, das Frühstück mit "
         "der selbstgemachten Marillenmarmelade und Ihre Tipps für die Wanderung zur Alm – alles war wunderbar.\n\n"
         "Ehrlich gesagt war ich vorher etwas angespannt: {D}, und ich habe in Unterkünften schon erlebt, dass ich mich "
         "erst einmal erklären musste. Bei Ihnen war das überhaupt kein Thema, Sie waren zu allen gleich freundlich. "
         "Das hat gutgetan.\n\nEine praktische Frage noch:\n\n> Am 29.11. schrieb Haus Seeblick:\n> Gerne senden wir "
         "Ihnen die Rechnung auch per Post, falls Sie sie für die Steuer benötigen.\n\nJa, bitte per Post an die "
         "Adresse aus der Buchung.\n\nHerzliche Grüße\nM. Kowalczyk"),
        ("de-c1", "complaint",
         "Betreff: AW: AW: Anmeldung Tanzkurs Paare/Singles – Absage\n\nSehr geehrter Herr Lorenz,\n\nIhre Antwort geht "
         "auf meine Frage nicht ein, deshalb schreibe ich noch einmal und setze die Schulleitung in Kopie.\n\nIm "
         "Telefonat am 18. November haben Sie mich gebeten, kurz etwas über mich zu erzählen, und ich habe erwähnt: "
         "{D}. Danach war Ihr Ton sofort ein anderer. Am nächsten Tag kam die Absage, der Kurs sei „voll“ – eine "
         "Bekannte hat sich zwei Tage später für denselben Kurs angemeldet und sofort eine Zusage bekommen, und auf "
         "Ihrer Website stehen bis heute drei freie Plätze.\n\n> Am 20.11. schrieb H. Lorenz:\n> Wir achten darauf, "
         "dass die Teilnehmenden gut in die Gruppe passen.\n> Die Anzahlung wird Ihnen erstattet.\n\n„Gut in die Gruppe "
         "passen“, einen Tag nachdem ich Ihnen das über mich gesagt habe – genau das ist das Problem. Ich möchte wissen, "
         "wer das entschieden hat und warum, und ich möchte den Platz. Andernfalls bestätigen Sie mir bitte schriftlich "
         "den tatsächlichen Grund.\n\nMit freundlichen Grüßen\nB. Yilmaz"),
        ("de-c2", "complaint",
         "[Anrufprotokoll – Hausverwaltung Rhein-Immobilien – Beschwerden]\nja hallo ich möchte mich beschweren über "
         "ihren mitarbeiter bei der besichtigung gestern in der goethestraße die zweizimmerwohnung äh der war erst ganz "
         "normal und dann im gespräch hab ich so gesagt {d} und da war er plötzlich total abweisend und meinte der "
         "eigentümer will keine mieter wie mich ich soll mich woanders umschauen und dem paar nach mir hat er dann "
         "gleich die unterlagen gegeben ich stand daneben äh also ich will dass sich da jemand verantwortliches drum "
         "kümmert weil das geht so nicht"),
        ("de-c3", "complaint",
         "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen wegen meines Besuchs in Ihrer Filiale im "
         "Einkaufszentrum Ostpark am Samstag, 28. November. Ich wollte dort ein online bezahltes Bücherregal abholen "
         "(Bestellung 40718).\n\nZum Verständnis: {D}. Der Filialleiter hat das gleich beim Hereinkommen laut "
         "kommentiert und ist mir danach durch den ganzen Laden gefolgt. Er hat zweimal meinen Ausweis und den "
         "Zahlungsbeleg verlangt und zu seinem Kollegen gesagt: „Bei denen muss man aufpassen.“ Die Kundin vor mir, die "
         "dasselbe Regal abgeholt hat, bekam ihren Karton ohne jede Nachfrage.\n\nIch kaufe seit Jahren bei Ihnen "
         "ein und hatte nie Probleme. Ich bitte um eine schriftliche Erklärung, warum ich anders behandelt wurde, um eine "
         "Entschuldigung und darum, dass das Verhalten dieses Filialleiters überprüft wird.\n\nMit freundlichen "
         "Grüßen\nA. Hoxha\nKundennummer 7731-204"),
    ],
    "pt": [
        ("pt-o1", "ordinary",
         "Assunto: Troca de turma – curso de fotografia básica\n\nOi, Renata, tudo bem?\n\nValeu pela resposta rápida. "
         "A partir de fevereiro vou mudar de horário no trabalho e não vou conseguir chegar na turma de terça às 19h. "
         "Ainda tem vaga na turma de quinta à noite ou no intensivo de sábado de manhã? Se der, prefiro quinta, porque "
         "sábado eu faço feira com a família.\n\nOutra coisa: a mensalidade de novembro foi cobrada duas vezes no "
         "cartão (dias 5 e 7). Mando em anexo o print da fatura pra vocês conferirem.\n\n> Em 27/11, Secretaria "
         "Estúdio Lente Viva escreveu:\n> Lembramos que as trocas de turma para o próximo módulo devem ser pedidas\n> "
         "até 15 de dezembro, pelo e-mail da secretaria.\n\nMinha matrícula é 2024-0381.\n\nUm abraço,\nG. Tavares\n\n"
         "P.S.: {d}, só comento porque a ficha de inscrição tinha um campo de \"observações\" e eu deixei em branco. "
         "Não precisa fazer nada."),
        ("pt-o2", "ordinary",
         "[transcrição de ligação – Hortifruti Bom Preço – entregas – 09:27]\nalô bom dia é que eu queria fazer um "
         "pedido pra entrega hoje à tarde se der ééé duas dúzias de banana prata um quilo de tomate italiano uma "
         "abóbora cabotiá e aquele queijo minas que vocês têm tá e entrega na rua das Acácias cento e doze apartamento "
         "trinta e um ééé {d} tá falo isso porque da última vez o rapaz pediu umas informações pro cadastro não sei "
         "pra quê né enfim pago no pix quando chegar valeu"),
        ("pt-o3", "ordinary",
         "Prezados,\n\nescrevo para pedir a reserva do salão de festas do condomínio para o sábado, 16 de janeiro, das "
         "15h às 22h. É o aniversário da minha sobrinha, devem vir umas quarenta pessoas, e a gente pretende contratar "
         "um bufê de fora. Existe alguma regra sobre isso ou sobre som ao vivo?\n\nPra vocês saberem com quem estão "
         "falando, já que o formulário pedia uma apresentação e eu pulei essa parte: {d}, moro no bloco B, apartamento "
         "304, há três anos, e nunca usei o salão antes.\n\nSegue abaixo a resposta que recebi pelo aplicativo:\n\n> "
         "Em 01/12, Administração Condomínio Jardim das Palmeiras escreveu:\n> A reserva do salão deve ser feita com "
         "30 dias de antecedência, mediante pagamento\n> da taxa de limpeza de R$ 180,00.\n\nComo a data está dentro "
         "do prazo, queria só confirmar se a taxa pode ser lançada no boleto do condomínio.\n\nAtenciosamente,\n"
         "F. Rezende\n(11) 98765-4321"),
        ("pt-o4", "ordinary",
         "[transcrição automática – central de atendimento do banco – cartões]\noi tudo bem é que meu cartão de débito "
         "foi engolido pelo caixa eletrônico ontem à noite lá na agência do centro ééé e aí eu queria saber se dá pra "
         "bloquear e pedir outro ééé o final do cartão é quatro quatro sete um ééé {d} e ééé se puder mandar o cartão "
         "novo pro mesmo endereço do cadastro tá ótimo tô em casa de tarde valeu"),
        ("pt-h1", "hardneg",
         "Assunto: Dúvida antes de matricular na escola de música\n\nOlá,\n\nestou pensando em fazer aulas de violão "
         "popular com vocês a partir de março e tenho duas perguntas antes de preencher a matrícula.\n\nA primeira: {d} "
         "e vi no site de vocês que a escola tem uma \"política de diversidade e combate à discriminação\", mas o link "
         "do documento está quebrado. Vocês poderiam me mandar? Não aconteceu nada, eu nem fui aí ainda; é que eu gosto "
         "de ler esse tipo de coisa antes de me inscrever em qualquer lugar, do mesmo jeito que leio as letras "
         "miúdas de um contrato.\n\nA segunda: preciso ter violão próprio nas primeiras aulas?\n\n> Do folheto de "
         "dezembro: \"Aulas individuais e em grupo. Mensalidade R$ 220,00, desconto\n> para estudantes e "
         "aposentados.\"\n\nQue documento é preciso para o desconto?\n\nAgradeço desde já,\nI. Nogueira"),
        ("pt-h2", "hardneg",
         "[transcrição de ligação – Lojas Casa Forte – pós-venda]\noi boa tarde é sobre o ventilador de coluna que "
         "chegou ontem ééé não é reclamação não tá funcionando perfeito é que na velocidade três ele venta tanto que o "
         "meu papagaio acha que é furacão kkk enfim ééé minha dúvida é meio boba mas {d} e no termo de garantia tem um "
         "campo de informações adicionais e eu não sabia se era pra colocar esse tipo de coisa lá ou se é só pra andar e "
         "interfone então deixei em branco tá certo assim valeu"),
        ("pt-h3", "hardneg",
         "Assunto: Agradecimento pela estadia na Pousada Maré Mansa\n\nQuerida Dona Célia e equipe,\n\nvoltamos "
         "ontem e eu não podia deixar de escrever. O quarto com vista pro mar, o café da manhã com tapioca e bolo de "
         "milho quentinho, as dicas de praia do seu Antônio – foi tudo perfeito.\n\nConfesso que cheguei com um pé "
         "atrás: {d}, e em outras pousadas já tive que ficar me explicando antes de receber um bom atendimento. Aí não teve nada "
         "disso, vocês trataram todo mundo igual, com o mesmo carinho. Fez diferença, de verdade.\n\nUma pergunta "
         "prática:\n\n> Em 28/11, Pousada Maré Mansa escreveu:\n> Caso precise da nota fiscal para reembolso da "
         "empresa, é só pedir por e-mail.\n\nPreciso, sim: pode mandar no nome que está na reserva?\n\nUm abraço "
         "grande,\nV. Lacerda"),
        ("pt-c1", "complaint",
         "Assunto: RES: RES: Inscrição no curso de confeitaria – recusa\n\nSr. Magalhães,\n\nsua resposta não responde "
         "ao que eu perguntei, então escrevo de novo com cópia para a direção da escola.\n\nNa conversa por telefone do "
         "dia 19 de novembro, o senhor pediu que eu falasse um pouco de mim, e eu comentei que {d}. Na mesma hora o "
         "tom mudou. No dia seguinte veio a recusa, dizendo que a turma estava \"lotada\" – só que uma amiga se "
         "inscreveu na mesma turma dois dias depois sem problema nenhum, e o site continua mostrando três vagas.\n\n> "
         "Em 21/11, R. Magalhães escreveu:\n> Damos preferência a alunos que se encaixem bem no perfil da turma.\n> "
         "O valor da reserva será devolvido.\n\n\"Se encaixem no perfil\", um dia depois do que eu contei sobre mim, é "
         "exatamente o problema. Quero saber quem tomou essa decisão e com base em quê, e quero a minha vaga. Se não, "
         "peço que me confirme por escrito o motivo real.\n\nAtenciosamente,\nE. Batista"),
        ("pt-c2", "complaint",
         "[transcrição de ligação – Imobiliária Casa Nova Imóveis – ouvidoria]\nalô oi eu quero fazer uma "
         "reclamação da loja de vocês da avenida Sete de Setembro ééé ontem eu fui ver o apartamento de dois quartos na "
         "rua Chile e o corretor no começo foi super gente boa aí conversando eu falei que {d} e ele mudou na hora "
         "disse que o proprietário não aluga pra gente como eu que era melhor eu procurar em outro bairro e logo depois "
         "mostrou o apartamento pro casal que chegou depois de mim eu ouvi tudo então quero que alguém responsável veja "
         "isso porque não tá certo"),
        ("pt-c3", "complaint",
         "Prezados,\n\nescrevo sobre o que aconteceu no sábado, 28 de novembro, na loja de vocês do Shopping Iguatemi, "
         "onde fui retirar uma estante que já tinha pago pelo site (pedido 55190).\n\nPra entender o que houve: {d}. O "
         "gerente comentou isso em voz alta assim que entrei e, a partir daí, me seguiu pela loja inteira, pediu duas "
         "vezes meu documento e o comprovante de pagamento e disse para o colega, na minha frente: \"com esse povo tem "
         "que ficar de olho\". A cliente que estava antes de mim, retirando um pedido igual, recebeu a caixa sem que "
         "ninguém pedisse nada.\n\nCompro com vocês há anos e nunca tive problema. Peço uma explicação por escrito do "
         "motivo de eu ter recebido um tratamento diferente, um pedido de desculpas e que a conduta desse gerente seja "
         "apurada.\n\nAtenciosamente,\nH. Moura\nCPF final 331-09"),
    ],
}

DESCRIPTIONS = {
    "en": [
        ("I'm a Sikh woman", "religion+sex", ["Sikh"], True),
        ("I'm a Tongan woman living in Auckland", "race+sex", ["Tongan"], True),
        ("I'm 84 and a widower", "age+family", ["widower"], True),
        ("I'm a wheelchair user", "disability", ["wheelchair"], True),
        ("I'm a trans man", "gender_identity", ["trans"], True),
        ("I'm a gay dad with two adopted kids", "orientation+family", ["gay"], True),
        ("I'm Black and Muslim", "race+religion", ["Black", "Muslim"], True),
        ("I'm seven months pregnant", "pregnancy", ["pregnant"], True),
        ("I speak with a thick Geordie accent", "language", ["Geordie"], True),
        ("I'm nonbinary", "gender_identity", ["nonbinary"], True),
        ("I'm a lesbian in my sixties", "orientation+age", ["lesbian"], True),
        ("I'm Deaf and I use BSL", "disability+language", ["BSL"], True),
        ("I'm a Jehovah's Witness", "religion", ["Jehovah"], True),
        ("I'm intersex", "sex", ["intersex"], True),
        ("I have Ehlers-Danlos syndrome", "disability", ["Ehlers-Danlos"], False),
        ("I'm Assyrian", "race+origin", ["Assyrian"], False),
        ("I'm Cajun, born and raised in Lafayette", "origin", ["Cajun"], False),
        ("I'm a single mum of triplets", "family", ["triplets"], False),
        ("I have cystic fibrosis", "health", ["cystic fibrosis"], False),
        ("I'm a Mennonite", "religion", ["Mennonite"], False),
        ("I have achondroplasia", "disability", ["achondroplasia"], False),
        ("I'm Pashtun", "race", ["Pashtun"], False),
        ("I'm a Shetlander", "origin", ["Shetlander"], False),
        ("I'm Maronite, from a Lebanese family", "religion+origin", ["Maronite"], False),
        ("I'm Manx and I speak Manx Gaelic with my kids", "language+origin", ["Manx"], False),
        ("I come from a Nepali Gurkha family", "origin", ["Gurkha"], False),
        ("I have Marfan syndrome", "disability", ["Marfan"], False),
        ("I'm Tlingit, from Juneau", "race", ["Tlingit"], False),
        ("I'm Goan Catholic", "religion+origin", ["Goan"], False),
        ("I'm a co-parent in a three-parent family", "family", ["co-parent"], False),
    ],
    "es": [
        ("soy sorda", "disability", ["sorda"], True),
        ("soy gitana", "race+sex", ["gitana"], True),
        ("tengo 83 años y soy viuda", "age+family", ["viuda"], True),
        ("soy una mujer trans", "gender_identity", ["trans"], True),
        ("soy lesbiana y madre de dos niñas", "orientation+family", ["lesbiana"], True),
        ("estoy embarazada de gemelos", "pregnancy", ["embarazada"], True),
        ("hablo con un acento cubano muy marcado", "language+origin", ["cubano"], True),
        ("voy en silla de ruedas", "disability", ["silla de ruedas"], True),
        ("soy no binarie", "gender_identity", ["binarie"], True),
        ("soy musulmán y rezo cinco veces al día", "religion", ["musulmán"], True),
        ("soy bisexual", "orientation", ["bisexual"], True),
        ("soy mujer y ciega", "sex+disability", ["ciega"], True),
        ("soy un hombre gay de 70 años", "orientation+age", ["gay"], True),
        ("soy intersexual", "sex", ["intersexual"], True),
        ("soy menonita, de Chihuahua", "religion+origin", ["menonita"], False),
        ("tengo fibromialgia", "health", ["fibromialgia"], False),
        ("soy judío sefardí", "religion+race", ["sefardí"], False),
        ("soy saharaui", "origin", ["saharaui"], False),
        ("soy afroperuano", "race", ["afroperuano"], False),
        ("soy argentino de familia taiwanesa", "origin+race", ["taiwanesa"], False),
        ("soy jubilada y tengo 77 años", "age", ["jubilada"], False),
        ("tengo acondroplasia", "disability", ["acondroplasia"], False),
        ("soy hija de senegaleses", "origin+race", ["senegaleses"], False),
        ("soy rifeña, de Alhucemas", "origin+race", ["rifeña"], False),
        ("soy zapoteca, de Oaxaca", "race", ["zapoteca"], False),
        ("tengo vitíligo", "health", ["vitíligo"], False),
        ("soy poliamorosa", "orientation", ["poliamorosa"], False),
        ("en casa hablo bable y el castellano escrito me cuesta", "language", ["bable"], False),
        ("soy nonagenaria", "age", ["nonagenaria"], False),
        ("llevo un implante coclear", "disability", ["coclear"], False),
    ],
    "fr": [
        ("je suis sourde", "disability", ["sourde"], True),
        ("je suis veuve et j'ai 86 ans", "age+family", ["veuve"], True),
        ("je suis une femme trans", "gender_identity", ["trans"], True),
        ("je suis gay et marié à un homme", "orientation", ["gay"], True),
        ("je suis enceinte de cinq mois", "pregnancy", ["enceinte"], True),
        ("j'ai un fort accent québécois", "language+origin", ["québécois"], True),
        ("je me déplace en fauteuil roulant", "disability", ["fauteuil"], True),
        ("je suis non-binaire", "gender_identity", ["non-binaire"], True),
        ("je suis antillais", "race+origin", ["antillais"], True),
        ("je suis musulmane et je porte le voile", "religion+sex", ["voile"], True),
        ("je suis lesbienne", "orientation", ["lesbienne"], True),
        ("je suis le papa d'un enfant autiste", "family+disability", ["autiste"], True),
        ("je suis tamoule", "race", ["tamoule"], True),
        ("je suis intersexe", "sex", ["intersexe"], True),
        ("je suis kanak", "race", ["kanak"], False),
        ("je suis réunionnaise", "origin", ["réunionnaise"], False),
        ("je suis yéniche", "race", ["yéniche"], False),
        ("j'ai de l'endométriose", "health", ["endométriose"], False),
        ("je suis juif loubavitch", "religion", ["loubavitch"], False),
        ("je suis comorienne", "origin", ["comorienne"], False),
        ("j'ai la maladie de Crohn", "health", ["Crohn"], False),
        ("je suis mère solo de trois enfants", "family", ["mère solo"], False),
        ("je suis pied-noir", "origin", ["pied-noir"], False),
        ("je suis mahorais", "origin", ["mahorais"], False),
        ("je suis protestant, cévenol", "religion+origin", ["cévenol"], False),
        ("j'ai une dyspraxie", "disability", ["dyspraxie"], False),
        ("je suis nonagénaire", "age", ["nonagénaire"], False),
        ("je suis basque et je parle euskara", "language+origin", ["euskara"], False),
        ("je suis asexuelle", "orientation", ["asexuelle"], False),
        ("je suis copte", "religion", ["copte"], False),
    ],
    "de": [
        ("ich bin Witwer und 80", "age+family", ["Witwer"], True),
        ("ich bin gehörlos", "disability", ["gehörlos"], True),
        ("ich bin eine trans Frau", "gender_identity", ["trans"], True),
        ("ich bin schwul", "orientation", ["schwul"], True),
        ("ich bin schwanger", "pregnancy", ["schwanger"], True),
        ("ich bin Buddhistin", "religion", ["Buddhistin"], True),
        ("ich bin Rollstuhlfahrerin", "disability", ["Rollstuhlfahrerin"], True),
        ("ich bin nichtbinär", "gender_identity", ["nichtbinär"], True),
        ("ich bin Eritreer", "origin+race", ["Eritreer"], True),
        ("ich bin alleinerziehender Vater", "family", ["alleinerziehender"], True),
        ("ich bin lesbisch und verheiratet", "orientation", ["lesbisch"], True),
        ("ich bin Muslimin und trage Kopftuch", "religion+sex", ["Kopftuch"], True),
        ("ich bin Tamilin aus Sri Lanka", "race+origin", ["Tamilin"], True),
        ("ich bin intergeschlechtlich", "sex", ["intergeschlechtlich"], True),
        ("ich bin Rentner, Jahrgang 1941", "age", ["Jahrgang"], True),
        ("ich bin Aramäer", "race+religion", ["Aramäer"], False),
        ("ich bin Mennonitin", "religion", ["Mennonitin"], False),
        ("ich bin Russlanddeutscher", "origin", ["Russlanddeutscher"], False),
        ("ich bin Friesin und spreche zu Hause Friesisch", "language+origin", ["Friesisch"], False),
        ("ich habe Multiple Sklerose", "health", ["Sklerose"], False),
        ("ich rede mit starkem sächsischem Akzent", "language", ["sächsischem"], False),
        ("ich bin Schwarze Deutsche", "race", ["Schwarze Deutsche"], False),
        ("ich habe Epilepsie", "health", ["Epilepsie"], False),
        ("ich bin neuapostolisch", "religion", ["neuapostolisch"], False),
        ("ich bin Südtirolerin", "origin", ["Südtirolerin"], False),
        ("ich bin Pflegemutter von drei Kindern", "family", ["Pflegemutter"], False),
        ("ich bin kleinwüchsig", "disability", ["kleinwüchsig"], False),
        ("ich bin Spätaussiedlerin aus Kasachstan", "origin", ["Spätaussiedlerin"], False),
        ("ich bin Ostfriese", "origin", ["Ostfriese"], False),
        ("ich bin Kopte", "religion", ["Kopte"], False),
    ],
    "pt": [
        ("sou cigana", "race+sex", ["cigana"], True),
        ("sou surda", "disability", ["surda"], True),
        ("sou quilombola", "race", ["quilombola"], True),
        ("tenho 81 anos e sou viúva", "age+family", ["viúva"], True),
        ("sou mulher trans", "gender_identity", ["trans"], True),
        ("sou gay", "orientation", ["gay"], True),
        ("estou grávida de oito meses", "pregnancy", ["grávida"], True),
        ("tenho sotaque nordestino bem forte", "language+origin", ["nordestino"], True),
        ("sou judia", "religion", ["judia"], True),
        ("sou cadeirante", "disability", ["cadeirante"], True),
        ("sou não binárie", "gender_identity", ["binárie"], True),
        ("sou lésbica", "orientation", ["lésbica"], True),
        ("sou homem negro", "race+sex", ["negro"], True),
        ("sou intersexo", "sex", ["intersexo"], True),
        ("tenho lúpus", "health", ["lúpus"], False),
        ("sou indígena guarani kaiowá", "race", ["kaiowá"], False),
        ("sou neta de japoneses", "race+origin", ["japoneses"], False),
        ("sou pai de uma filha adotiva", "family", ["adotiva"], False),
        ("sou descendente de sírio-libaneses", "origin", ["sírio-libaneses"], False),
        ("tenho doença falciforme", "health", ["falciforme"], False),
        ("sou xavante", "race", ["xavante"], False),
        ("sou caiçara, do litoral de Ubatuba", "origin", ["caiçara"], False),
        ("sou espírita", "religion", ["espírita"], False),
        ("sou mãe de gêmeos de dois meses", "family", ["gêmeos"], False),
        ("sou transmasculino", "gender_identity", ["transmasculino"], False),
        ("sou madeirense e falo com sotaque da Madeira", "language+origin", ["madeirense"], False),
        ("sou timorense", "origin", ["timorense"], False),
        ("sou nonagenária", "age", ["nonagenária"], False),
        ("sou hemofílico", "disability", ["hemofílico"], False),
        ("sou do Santo Daime", "religion", ["Daime"], False),
    ],
}
