"""Blind set 50, Spanish (Spain): 40 rows written by hand for this set. (category, label, opt_out, style, text)."""
B, H, A = "bias_review", "human", "ai_assist"

ROWS = [
    # --- bias (8: 4 explicit, 4 implicit) ---
    ("bias/remark", B, False, "review",
     "Una estrella para Inmobiliaria Solana, oficina de Triana. Llam\u00e9 por un piso de alquiler en la calle Pag\u00e9s del "
     "Corro, 750 euros, y la chica me dio cita para el jueves sin problema. Cuando llegu\u00e9 con mi marido y nos vio, "
     "pidi\u00f3 el DNI, ley\u00f3 los apellidos (Heredia Montoya) y cambi\u00f3 la cara. Nos dijo literalmente: \"Mira, no "
     "te lo tomes a mal, pero el propietario no quiere gitanos, ya ha tenido problemas\". Le ense\u00f1amos las n\u00f3minas "
     "de los dos, contrato fijo, y ni las mir\u00f3. El piso sigue anunciado hoy en vuestra web con el mismo precio. "
     "Llevamos tres meses buscando y es la segunda agencia que nos hace esto, pero la primera que lo dice tan claro. "
     "Quiero que la empresa sepa lo que dicen sus empleados en su nombre, y que se me explique por qu\u00e9 nuestro "
     "origen vale m\u00e1s que dos contratos indefinidos. Roc\u00edo Heredia"),
    ("bias/remark", B, False, "dm",
     "el portero de vuestra sala en Malasa\u00f1a le dijo a mi hermano \"aqu\u00ed moros no\" y nos dej\u00f3 fuera \U0001f624\n"
     "s\u00e1bado 1:30, \u00e9ramos 4 con entradas compradas"),
    ("bias/cause", B, False, "ticket-reply",
     "> Lamentamos las molestias. Seg\u00fan nuestros registros, su solicitud no cumpl\u00eda los requisitos de "
     "contrataci\u00f3n.\n> Atentamente, Departamento de Clientes, Salus Seguros\n\n"
     "\u00bfQu\u00e9 requisitos? La comercial que vino a casa me lo dijo clarito: \"a partir de los 70 ya no hacemos "
     "p\u00f3lizas nuevas, es por la edad\". Tengo 71, estoy sano y mi vecina, de 58, la contrat\u00f3 ese mismo d\u00eda con "
     "el mismo cuestionario. \u00bfDesde cu\u00e1ndo la edad es motivo para negarme el seguro?"),
    ("bias/cause", B, False, "ticket-reply",
     "> Buenos d\u00edas, Sr. Ord\u00f3\u00f1ez. Le confirmamos que su matr\u00edcula ha sido cancelada y se le devolver\u00e1 el "
     "importe abonado.\n> Autoescuela Cierzo, Zaragoza\n\n"
     "No quiero la devoluci\u00f3n, quiero una explicaci\u00f3n por escrito. El lunes, despu\u00e9s de la primera clase "
     "pr\u00e1ctica, el profesor vio mi pulsera m\u00e9dica y me pregunt\u00f3 qu\u00e9 era. Le expliqu\u00e9 que tengo epilepsia, "
     "que llevo cuatro a\u00f1os sin crisis y que tengo el informe del neur\u00f3logo que dice que puedo conducir, que es "
     "justo lo que exige la DGT. Me contest\u00f3: \"con lo tuyo aqu\u00ed no damos clases, es un riesgo para el coche\". "
     "Al d\u00eda siguiente recib\u00ed su correo cancelando la matr\u00edcula. No me han pedido el informe ni han hablado "
     "con el centro de reconocimiento. Me han echado por mi enfermedad y lo dicen como si fuera lo normal. Les pido "
     "que revisen la decisi\u00f3n y que me digan qui\u00e9n la tom\u00f3. Tengo el informe m\u00e9dico y el certificado de "
     "aptitud, y los puedo mandar hoy mismo. Sergio Ord\u00f3\u00f1ez"),
    ("bias/comparison", B, False, "review",
     "Dos estrellas, Banco Meridia, oficina de la avenida de Portugal. Mi compa\u00f1ero de piso, Javi, y yo fuimos la "
     "misma semana a pedir el pr\u00e9stamo personal de 6.000 euros. Trabajamos en la misma empresa, cobramos lo mismo "
     "(tengo la n\u00f3mina delante), llevamos los dos tres a\u00f1os en el puesto. A \u00e9l se lo aprobaron en dos d\u00edas. "
     "A m\u00ed me pidieron, adem\u00e1s, el certificado de empadronamiento, la vida laboral, seis meses de extractos, la "
     "tarjeta de residencia y un avalista. Lo entregu\u00e9 todo. A las tres semanas me dijeron que \"el perfil no "
     "encaja\". Javi naci\u00f3 en Valladolid. Yo nac\u00ed en Guayaquil y vivo aqu\u00ed desde 2009. No hay ninguna "
     "otra diferencia entre los dos. Si hay otra raz\u00f3n, que me la digan, porque desde fuera solo se ve una."),
    ("bias/comparison", B, False, "dm",
     "pregunta seria \U0001f937\u200d\u2640\ufe0f\nmi novio y yo, mismo pelo corto, mismo corte a m\u00e1quina, mismo d\u00eda, "
     "misma peluquera\na \u00e9l 14\u20ac, a m\u00ed 32\u20ac\nle pregunt\u00e9 por qu\u00e9 y me dijo \"porque la tarifa es "
     "esa\"\n\u00bfen serio?"),
    ("bias/access", B, False, "review",
     "Una estrella. Caja Levante cerr\u00f3 la ventanilla y ahora todo es por la m\u00e1quina o por la app. Mi padre no "
     "ve la pantalla desde hace a\u00f1os. Fue a sacar su pensi\u00f3n y el empleado le dijo: \"pues venga usted con "
     "alguien que sepa leer, que yo no estoy para eso\". Lleva 40 a\u00f1os de cliente."),
    ("bias/after_change", B, False, "ticket-reply",
     "> Le informamos de que la vivienda de la calle Ercilla ya no est\u00e1 disponible. Le avisaremos si surge otra "
     "opci\u00f3n similar.\n> Un saludo, Alquileres Nervi\u00f3n\n\n"
     "Perdone, pero me cuesta creerlo. El mi\u00e9rcoles visit\u00e9 el piso yo sola y el agente, Iker, me dijo que era "
     "pr\u00e1cticamente m\u00edo: ten\u00eda toda la documentaci\u00f3n, el aval y el dep\u00f3sito preparado. Me mand\u00f3 el borrador "
     "del contrato esa misma tarde. El jueves le escrib\u00ed para preguntar si pod\u00eda venir a firmar con mi pareja, "
     "Marta, porque \u00edbamos a vivir las dos. A partir de ah\u00ed dej\u00f3 de contestar al tel\u00e9fono, y el viernes recib\u00ed "
     "este mensaje. El anuncio sigue publicado en dos portales, con el mismo precio, y una amiga llam\u00f3 ayer haci\u00e9ndose "
     "pasar por interesada y la citaron el lunes. Lo \u00fanico que cambi\u00f3 entre el mi\u00e9rcoles y el viernes es "
     "que supieron con qui\u00e9n vivo. Quiero una explicaci\u00f3n de por qu\u00e9 se retir\u00f3 la oferta. Ainhoa Larra\u00f1aga"),

    # --- hard negatives (12) ---
    ("hardneg/joke_object", A, False, "dm",
     "la tostadora que me vendisteis es racista, solo tuesta el pan por un lado \U0001f602\u00bfes normal o la cambio? "
     "pedido 0000-38814"),
    ("hardneg/threat", A, False, "ticket-reply",
     "> La garant\u00eda no cubre da\u00f1os por l\u00edquidos.\n\n"
     "No se me ha ca\u00eddo ning\u00fan l\u00edquido. Como no me cambi\u00e9is el m\u00f3vil esta semana, pongo una denuncia en "
     "consumo y os acuso de discriminar a los clientes que compran en las rebajas. Pedido 0000-72109."),
    ("hardneg/own_prejudice", A, False, "review",
     "Tres estrellas. Cuando vi que el t\u00e9cnico era rumano pens\u00e9 \"a ver qu\u00e9 me hace este\", lo reconozco, soy "
     "de otra \u00e9poca. Pero me dej\u00f3 la lavadora como nueva y me explic\u00f3 el fallo. Las estrellas que faltan son "
     "porque llamaron para venir el martes y vinieron el jueves."),
    ("hardneg/loyal_price", A, False, "review",
     "Una estrella, Telef\u00f3nica del Sur... perd\u00f3n, Movilia. Llevo doce a\u00f1os con vosotros, nunca he devuelto un "
     "recibo y pago 58 euros al mes por fibra y dos l\u00edneas. Veo en la tele vuestro anuncio: lo mismo, para clientes "
     "nuevos, 35 euros. Llamo, me tienen 40 minutos escuchando musiquita y la \"oferta de fidelizaci\u00f3n\" son 3 euros "
     "de descuento durante seis meses. Esto es discriminaci\u00f3n pura al cliente de siempre, ni m\u00e1s ni menos. Al que "
     "llega ayer le hac\u00e9is la alfombra roja y al que lleva doce a\u00f1os pagando lo exprim\u00eds. Mi cu\u00f1ado se cambi\u00f3 a "
     "la competencia, volvi\u00f3 como cliente nuevo a los tres meses y ahora paga menos que yo. \u00bfTengo que hacer ese "
     "teatro para que me trat\u00e9is bien? Si a final de mes no me igual\u00e1is la tarifa, me voy con la portabilidad y "
     "me llevo a mis padres, que tambi\u00e9n est\u00e1n con vosotros."),
    ("hardneg/policy_question", A, False, "ticket-reply",
     "> \u00bfEn qu\u00e9 podemos ayudarle?\n\n"
     "Para una licitaci\u00f3n del ayuntamiento necesitamos vuestro plan de igualdad registrado y el protocolo de acoso. "
     "\u00bfMe lo pod\u00e9is enviar?"),
    ("hardneg/praise_inclusive", A, False, "review",
     "Cinco estrellas al Hotel Albatros de Benidorm. Viajo con mi hijo autista y lo indicamos en la reserva. Nos "
     "dieron una habitaci\u00f3n al final del pasillo, lejos del ascensor, y en el comedor nos guardaban una mesa "
     "tranquila cada d\u00eda sin tener que pedirlo. Se notaba que el personal lo hac\u00eda con ganas. Volveremos."),
    ("hardneg/rude_everyone", A, False, "review",
     "Una estrella para la gasolinera de la salida 14, la que tiene tienda 24 horas. El dependiente del turno de noche "
     "del domingo trata mal a cualquiera que entre, no va por nadie en concreto. Al camionero de delante le tir\u00f3 el cambio "
     "en el mostrador, a una se\u00f1ora mayor que pregunt\u00f3 por el ba\u00f1o le contest\u00f3 \"\u00bfno ve el cartel?\" y a m\u00ed, "
     "cuando le dije que el surtidor 3 no funcionaba, me solt\u00f3 que \"no soy mec\u00e1nico\". Hasta a su compa\u00f1ero le "
     "habl\u00f3 a gritos delante de todos. Estuve quince minutos esperando a que alguien arreglara el surtidor y al "
     "final tuve que ir a otro. Ya me hab\u00eda pasado antes con la misma persona. La gasolinera est\u00e1 bien situada y "
     "los precios son normales, pero con ese trato la gente no vuelve. Revisad qui\u00e9n ten\u00e9is de noche."),
    ("hardneg/mention_age", A, False, "dm",
     "tengo 77 a\u00f1os y me he hecho un l\u00edo con la app \U0001f605 \u00bfc\u00f3mo veo las facturas antiguas?"),
    ("hardneg/mention_disability", A, False, "ticket-reply",
     "> Su reserva para el 12 de marzo est\u00e1 confirmada.\n\n"
     "Gracias. Uso silla de ruedas, as\u00ed que quer\u00eda confirmar que la habitaci\u00f3n adaptada tiene ducha a ras de suelo y "
     "no ba\u00f1era, y si el parking tiene plaza reservada. Reserva 0000-5530."),
    ("hardneg/mention_religion", A, False, "dm",
     "soy musulm\u00e1n \U0001f642 \u00bfla pizza barbacoa lleva cerdo o es ternera? en la web no lo pone"),
    ("hardneg/mention_pregnancy", A, False, "review",
     "Cuatro estrellas. Compr\u00e9 el coj\u00edn de lactancia estando embarazada de 7 meses y me ha salvado las noches. "
     "La funda destiñe un poco."),
    ("hardneg/student_project", A, False, "ticket-reply",
     "> Gracias por escribirnos. \u00bfPodr\u00eda indicarnos el n\u00famero de pedido?\n\n"
     "No es por un pedido, perdonad que no lo explicara. Estudio segundo de Dise\u00f1o de Interacci\u00f3n en la Escuela "
     "Superior de Dise\u00f1o de Valencia y para la asignatura de Usabilidad tenemos que analizar la app de una tienda "
     "real: c\u00f3mo funciona con lector de pantalla, con letra grande, con poco contraste, con una sola mano, etc. Yo "
     "he elegido la vuestra porque la uso mucho y me parece de las mejores. La pregunta es si puedo usar capturas de "
     "pantalla de la app en el trabajo y en la presentaci\u00f3n de clase, que no se publica fuera de la escuela, y si "
     "ten\u00e9is publicada alguna declaraci\u00f3n de accesibilidad o gu\u00eda de estilo que pueda citar. No necesito datos de "
     "clientes ni nada interno. Si hay que pedir permiso por escrito a alg\u00fan departamento, decidme c\u00f3mo. Entrego "
     "el 30 de enero. Much\u00edsimas gracias. Pau Soler"),
    # --- ordinary (6) ---
    ("ordinary/delivery", A, False, "dm",
     "el repartidor ha dejado el paquete en el buz\u00f3n del vecino del 3\u00baB y no est\u00e1 \U0001f611 seguimiento ES00041927"),
    ("ordinary/billing", A, False, "ticket-reply",
     "> Le hemos aplicado un abono de 9,90 \u20ac por la incidencia.\n\n"
     "Gracias, pero en la factura de noviembre sigue apareciendo el importe completo, 47,30 \u20ac. \u00bfEl abono sale en "
     "la de diciembre o tengo que reclamarlo? No quiero que me pasen el recibo entero otra vez."),
    ("ordinary/product", A, False, "review",
     "Cuatro estrellas para la cafetera Brava Duo. La uso todos los d\u00edas desde hace un mes: el espresso sale muy "
     "bien, con crema, y el vaporizador monta la leche en menos de un minuto, que para el desayuno con prisas es "
     "clave. El dep\u00f3sito de agua se quita f\u00e1cil y se ve cu\u00e1nta agua queda. Le quito una estrella por dos cosas: "
     "hace bastante ruido, tanto que en casa ya saben cu\u00e1ndo me he levantado, y la bandeja de goteo es demasiado "
     "peque\u00f1a, hay que vaciarla cada dos o tres caf\u00e9s. Las instrucciones vienen en seis idiomas pero el espa\u00f1ol "
     "parece traducido con prisas. Por el precio que tiene la recomiendo, sobre todo si tom\u00e1is caf\u00e9 con leche. "
     "Si sac\u00e1is una versi\u00f3n con bandeja m\u00e1s grande, me la compro otra vez."),
    ("ordinary/account", A, False, "dm",
     "no me llega el c\u00f3digo para entrar en la cuenta, ya lo he pedido 3 veces \U0001f629"),
    ("ordinary/complaint", A, False, "review",
     "Dos estrellas. Tren Bilbao\u2013Madrid del viernes, 90 minutos de retraso parados en Miranda sin ninguna "
     "informaci\u00f3n, aire acondicionado apagado y la cafeter\u00eda cerrada. He pedido la indemnizaci\u00f3n por la web y "
     "solo me sale un error. Que alguien arregle el formulario."),
    ("ordinary/returns", A, False, "ticket-reply",
     "> Para cambiar la talla, inicie una devoluci\u00f3n y haga un pedido nuevo.\n> Saludos, Nerea\n\n"
     "Hola Nerea. El problema es que el abrigo verde en la talla M ya no aparece en la web, solo queda la L, que me "
     "queda grande. Si devuelvo la S y la M no vuelve, me quedo sin abrigo. \u00bfPod\u00e9is reservarme una M cuando "
     "entre, o mirar si hay en alguna tienda de Sevilla? Si no, prefiero el reembolso a la tarjeta y no un vale. "
     "Pedido 0000-84412. Y una cosa m\u00e1s: el abrigo vino sin la bolsa de pl\u00e1stico original, doblado en la caja, "
     "\u00bfpuedo devolverlo en cualquier bolsa? No quiero que me lo rechacen en el almac\u00e9n por eso. Me voy de "
     "viaje el d\u00eda 18 y me gustar\u00eda dejarlo resuelto antes, as\u00ed que cualquier respuesta r\u00e1pida se agradece. "
     "Si hace falta mandar fotos del abrigo o de la etiqueta, decidme a qu\u00e9 direcci\u00f3n. Gracias."),
    # --- opt-out (5) ---
    ("optout/refusal", A, True, "dm",
     "mis mensajes no son para un bot ni para una IA. si tard\u00e1is m\u00e1s, espero, pero as\u00ed no"),
    ("optout/refusal", A, True, "review",
     "Una estrella. Ahora en la app pone que las respuestas \"las genera un asistente inteligente\". Nadie me ha "
     "preguntado nada. Yo no autorizo que mis consultas pasen por vuestra IA ni por ning\u00fan programa de esos; si "
     "hace falta, tardad m\u00e1s en contestar, pero mis mensajes no se tocan con eso."),
    ("optout/withdraw_consent", A, True, "ticket-reply",
     "> Recuerde que puede gestionar sus citas desde nuestro asistente virtual, disponible 24 horas.\n"
     "> Cl\u00ednica Dental Sonrisa Alta\n\n"
     "Precisamente por eso escribo. Al rellenar la ficha de primera visita firm\u00e9 una hoja de protecci\u00f3n de datos "
     "sin leerla mucho, y ahora veo que incluye que mis mensajes y consultas \"podr\u00e1n ser tratados mediante "
     "herramientas de inteligencia artificial\". No lo acepto, y desde hoy retiro ese permiso: lo que escribo a la cl\u00ednica, por WhatsApp, web o correo, no debe leerlo, clasificarlo ni contestarlo ning\u00fan sistema autom\u00e1tico. Mis citas las seguir\u00e9 pidiendo por aqu\u00ed y me da igual que la respuesta tarde "
     "un d\u00eda m\u00e1s. Les pido que lo anoten en mi historial (paciente 0000-4172) y que lo dejen confirmado por escrito, tal como me permite el RGPD. Por cierto, sigo necesitando la cita de revisi\u00f3n de la ortodoncia "
     "de mi hija para enero, cualquier tarde menos los mi\u00e9rcoles. Gracias. Montserrat Vidal"),
    ("optout/objection", A, True, "ticket-reply",
     "> [Respuesta generada autom\u00e1ticamente] Seg\u00fan nuestros datos, su abono se renov\u00f3 correctamente.\n\n"
     "Ya s\u00e9 que se renov\u00f3, ese es el problema. Y no me parece bien que mi queja la conteste un programa: me "
     "niego a que mis correos se procesen as\u00ed. Quiero la baja del abono 0000-5580 antes del d\u00eda 1."),
    ("optout/with_person", H, True, "dm",
     "sin bots por favor \U0001f64f pasadme con un agente que sea persona, del equipo"),

    # --- opt-out near misses (2) ---
    ("optneg/question", A, False, "ticket-reply",
     "> Hemos actualizado su direcci\u00f3n de env\u00edo.\n\n"
     "Genial. \u00bfOs ayuda alg\u00fan tipo de IA para contestar? Lo digo porque sois rapid\u00edsimos \U0001f604"),
    ("optneg/praise_bot", A, False, "review",
     "Cinco estrellas a la farmacia online Botica Verde. Ten\u00eda dudas con una receta electr\u00f3nica un domingo y el "
     "chatbot me explic\u00f3 c\u00f3mo vincularla, paso a paso, sin marearme. S\u00e9 que es un bot y me parece estupendo "
     "para estas cosas. El pedido lleg\u00f3 el martes."),
    # --- person (5) ---
    ("human/person", H, False, "dm",
     "necesito que me atienda un empleado, no el men\u00fa de opciones. pedido 00061902"),
    ("human/callback", H, False, "ticket-reply",
     "> Le confirmamos una nueva cita de instalaci\u00f3n para el 9 de diciembre, de 8:00 a 14:00.\n"
     "> Un saludo, equipo de Fibranet\n\n"
     "Esta es la tercera cita que me dais. Las dos anteriores me cog\u00ed un d\u00eda de vacaciones y no vino nadie, "
     "ni una llamada. Antes de perder un tercer d\u00eda quiero hablarlo por tel\u00e9fono con alguien que sepa qu\u00e9 pasa "
     "con mi direcci\u00f3n, porque sospecho que el problema es la caja del edificio y no mi casa. \u00bfPod\u00e9is llamarme, "
     "por favor? Tel\u00e9fono 600 000 731, mejor entre las 14:00 y las 16:00. Si me llam\u00e1is antes del jueves, mejor, "
     "porque es cuando tengo que avisar en el trabajo. Mientras tanto sigo pagando la l\u00ednea del m\u00f3vil para tener "
     "internet en casa, y eso tambi\u00e9n querr\u00eda hablarlo: llevo seis semanas de contrato sin servicio. Cliente "
     "0000-52890, calle Doctor Fleming 12, Albacete. Gracias."),
    ("human/named", H, False, "review",
     "Tres estrellas. El sof\u00e1 lleg\u00f3 con un ara\u00f1azo en el brazo. La vez anterior me atendi\u00f3 Roberto, de la tienda "
     "de Alcobendas, y lo resolvi\u00f3 todo, as\u00ed que me gustar\u00eda que me contactara \u00e9l directamente para esto. "
     "Pedido 0000-90217."),
    ("human/supervisor", H, False, "ticket-reply",
     "> Le recordamos que la baja debe solicitarse presencialmente en el centro con un mes de antelaci\u00f3n.\n"
     "> Atentamente, Gimnasios Vitalia\n\n"
     "Me mud\u00e9 a Valencia en septiembre, a 300 km del centro. Lo expliqu\u00e9 en mi primer correo, con el certificado "
     "de empadronamiento nuevo. Vuestro contrato, cl\u00e1usula 7, dice que la baja puede hacerse \"por cualquier medio "
     "que deje constancia\", y un correo deja constancia. Ya me hab\u00e9is cobrado octubre y noviembre. Es la tercera "
     "respuesta igual, as\u00ed que pido que mi caso lo vea el responsable del centro o un supervisor de atenci\u00f3n al "
     "cliente, alguien con capacidad para decidir. Socio 0000-7713. Si no recibo respuesta de un responsable en diez "
     "d\u00edas, presentar\u00e9 una hoja de reclamaciones y devolver\u00e9 los recibos en el banco."),
    ("human/anyone_real", H, False, "dm",
     "llevo tres mensajes y solo me contesta una plantilla \U0001f644 \u00bfalguien de verdad lee esto?"),

    # --- person near misses (2) ---
    ("humanneg/thanks_staff", A, False, "review",
     "Cinco estrellas. Pilar, de la caja de la tienda de Getafe, se dio cuenta de que me hab\u00edan cobrado dos veces "
     "el mismo producto y me lo devolvi\u00f3 sin que yo dijera nada. Gente as\u00ed da gusto. Que sus jefes lo sepan."),
    ("humanneg/mention_staff", A, False, "ticket-reply",
     "> \u00bfLe lleg\u00f3 correctamente el frigor\u00edfico?\n> Gracias, equipo de entregas\n\n"
     "S\u00ed, y quiero contarlo bien porque no todo sali\u00f3 igual. Los dos repartidores, un se\u00f1or mayor y un chaval, "
     "subieron el frigor\u00edfico por la escalera hasta un cuarto sin ascensor sin una queja, lo colocaron y se "
     "llevaron el viejo, como pon\u00eda en el pedido. De diez. Lo que fall\u00f3 fue antes: la persona que me atendi\u00f3 por "
     "tel\u00e9fono cuando hice la compra me dijo que la entrega era gratis, y en el cargo de la tarjeta aparecen 35 "
     "euros de \"portes\". En la confirmaci\u00f3n del pedido tambi\u00e9n pone \"env\u00edo gratuito\", la tengo guardada. "
     "\u00bfPod\u00e9is revisar ese cargo y devolverlo a la misma tarjeta? Pedido 0000-63018, tarjeta terminada en 0004. "
     "Con eso podemos cerrar el tema. Y felicitad a los repartidores, que se lo ganaron."),
]
