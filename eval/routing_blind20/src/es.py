"""Spanish rows of blind set 20 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # bajas de la IA (10, 2 con persona)
    ("optout/plain", A, True, "email",
     "Buenas tardes:\n\nMis consultas, a ser posible, sin inteligencia artificial de por medio. Anótenlo, por favor.\n\nMercedes Ibarra"),
    ("optout/no_bot", A, True, "chat", "que no me conteste el robot, que ya me lo conozco. fuera bots de mi cuenta"),
    ("optout/object", A, True, "phone", "oye no quiero q mis mensajes los procese ninguna ia. me niego y punto"),
    ("optout/withdraw_consent", A, True, "form",
     "Asunto: retiro permiso\nAl darme de alta acepté lo del asistente automático. Ya no. Retiro ese consentimiento desde hoy."),
    ("optout/with_person", H, True, "phone", "pasadme con una persona de carne y hueso, con la maquina no hablo mas, no la quiero en mis cosas"),
    ("optout/legal", A, True, "scanned",
     "[carta escaneada, pág. 1]\nA la atención del Delegado de Protección de Datos\nRef.: contrato 2207-LV\n"
     "Por medio de la presente, con base en el art. 21 del RGPD, manifiesto mi oposición: mis escritos no deben "
     "pasar por programas automáticos ni por inteligencia artificial. Pueden conservarlos, pero no "
     "quiero que ninguna máquina los lea ni me responda. Ruego confirmación por escr1to.\nEn Zamora, a 25 "
     "de noviembre.\n[firma ilegible]\nJ. Ortuño Blas"),
    ("optout/proxy", A, True, "replyall",
     "Respondo a todos porque no sé a quién va dirigido. Soy la hija de Remedios Gil, la titular. Les pido "
     "que los correos de mi madre NO los conteste ese asistente de IA que mencionan abajo: tiene 88 años, se "
     "lía y cree que habla con una señora. Márquenlo en su ficha (cliente 73015).\n\nUn saludo,\nNuria Gil\n\n"
     "> El 30/11, Atención al Cliente escribió:\n> Nuestro asistente virtual puede ayudarle a agilizar su "
     "consulta.\n> > El 29/11, Remedios Gil escribió:\n> > no me ha llegado la factura del agua"),
    ("optout/remove_assistant", A, True, "community",
     "TÍTULO: ¿Se puede desactivar el asistente IA en mis incidencias?\nForo: Cuenta y facturación\n\nDesde "
     "hace un mes todas las respuestas llevan la etiqueta 'redactado con ayuda de IA'. No entro en si es buena "
     "o mala tecnología; simplemente no la quiero en mis incidencias. ¿Hay algún ajuste o hay que pedirlo por "
     "soporte? Si algún moderador lo lee, que sirva esto como mi solicitud de exclusión.\n\nEtiquetas: ia, "
     "privacidad"),
    ("optout/buried", A, True, "homophone",
     "[dictado por voz] hola soy Ramiro te escribo por lo de la fibra que se me corta cada dos por tres ya la "
     "e reiniciado cuatro beces esta semana. y otra cosa que mis mensajes no los lea la "
     "inteligencia artificial, e oído que ahora la usáis, quitadla para mí por fabor. lo de la fibra que lo "
     "mire una persona cuando pueda, no corre prisa"),
    ("optout/with_person", H, True, "multiissue",
     "Hola:\n\nVarias cosas, perdón por el rollo.\n\n1) El recibo ha pasado el día 5 en vez del 1. ¿Se puede "
     "volver a como estaba?\n2) Mi nueva dirección es calle Almendro 9, Tudela, por si no la tienen.\n3) Quiero "
     "que a partir de ahora me atienda una persona, no el bot, y mis mensajes no tienen mi permiso para pasar por la IA. "
     "¿Me puede llamar alguien al 612 000 418?\n4) La app nueva está muy bien, enhorabuena.\n\nGracias,\nAinhoa Lekuona"),

    # parecidos sin baja (8)
    ("optneg/praise", A, False, "chat", "el asistente me arreglo el cambio de tarifa en nada, chapó"),
    ("optneg/ai_feature", A, False, "email",
     "Hola:\n¿El resumen con IA de las facturas está disponible también en catalán? Lo busco y no aparece.\nGràcies, Pau"),
    ("optneg/relative", A, False, "phone", "mi padre odia los robots esos pero a mi me da igual, solo quiero saber cuando llega el tecnico"),
    ("optneg/bot_wrong", A, False, "form",
     "Asunto: información contradictoria\nEl chat automático dice que la permanencia es de 6 meses y en el contrato pone 12. ¿Cuál vale?"),
    ("optneg/bot_resolved", A, False, "replyall",
     "Respondo a todos para cerrar este punto: al final el chat automático sí me aclaró lo de la garantía, "
     "así que eso está resuelto. Lo único pendiente es el juego de tornillos que falta del mueble (pedido "
     "40977). ¿Me lo pueden enviar?\n\n> De: Soporte\n> Hemos trasladado su comentario al equipo del asistente "
     "automático.\n> > De: Íñigo Sarasola\n> > El chat se quedaba en bucle con la garantía."),
    ("optneg/curious", A, False, "community",
     "TÍTULO: ¿Con qué datos entrenan la IA de soporte?\nForo: Charla general\n\nNo es una queja, es "
     "curiosidad. Estoy haciendo un máster y me toca analizar un servicio real que use IA. ¿El asistente "
     "aprende de nuestras conversaciones o es un modelo cerrado de un proveedor? Por mí puede seguir "
     "contestándome, solo quiero entender cómo funciona para el trabajo. Se agradece cualquier enlace."),
    ("optneg/automation_billing", A, False, "scanned",
     "[foto de nota manuscrita, transcrita]\nAl departamento de facturación:\nVeo que la factura pone ahora "
     "'generada automáticamente'. Eso me parece bien. Pero el importe de octubre, 87,30 €, es el doble de "
     "lo normal y hemos gastado menos luz, no más. Revisen la lectura, por favor. Contador n.º E 55 0192.\n"
     "Gracias.\nAntonio Ruiz Peláez"),
    ("optneg/ai_translator", A, False, "captions",
     "[mensaje de vídeo, subtítulos automáticos]\n[00:00] hola eh grabo esto porque escribir me cuesta\n[00:04] "
     "tiré del traductor con IA de la web para leer el contrato en rumano\n[00:09] y la verdad funcionó muy "
     "bien\n[00:12] pero la página cinco se quedó en español\n[00:16] me podéis mandar la página cinco en "
     "rumano\n[00:20] gracias adiós"),

    # piden persona (6)
    ("human/plain", H, False, "chat", "me pasáis con alguien de verdad? gracias"),
    ("human/callback", H, False, "phone", "llamadme al 612 000 733 a partir de las 6 q por aqui no hay manera"),
    ("human/anyone", H, False, "email", "Buenos días:\n\n¿Hay alguien leyendo esto? Es la tercera vez que escribo.\n\nPaco"),
    ("human/named_contact", H, False, "replyall",
     "Pongo en copia a mi jefa. En este hilo llevamos cuatro respuestas de plantilla y ninguna habla del error "
     "de la factura. Pido, sin rodeos, que hoy me llame un gestor con nombre y apellidos.\n\nSaludos,\nLorena "
     "Campos | Administración | Clínica Dental Riberas\n612 000 290\n\n> El lunes, Soporte escribió:\n> Consulte "
     "nuestro artículo de ayuda sobre facturas.\n> > El viernes, Lorena Campos escribió:\n> > La factura 3318 "
     "nos cobra dos veces."),
    ("human/escalate", H, False, "scanned",
     "[escaneado, texto cortado en el margen]\nRECLAMACIÓN\nPrimero.- El 3 de noviembre se cerró mi siniestro "
     "SN-61207 sin explica[...]\nSegundo.- He enviado dos correos desde entonces, sin respuesta.\nTercero.- "
     "Solicito que el asunto pase a un responsable o supervisor que se ponga en contacto conmigo "
     "personalmente.\nCuarto.- De no resolverse, acudiré a la Dirección General de Seguros.\nFdo.: Rosario Vela"),
    ("human/phone_call", H, False, "homophone",
     "[dictado] buenos días llevo dos semanas intentando dar de baja el gimnasio y el formulario de la web me "
     "da error siempre. quería ablar con alguien por teléfono, una persona, el jueves estoy libre todo el día. "
     "mi número de socio es el 44 71 09. a ver si ay suerte, muchas gracias"),

    # parecidos sin persona (2)
    ("humanneg/thanks_agent", A, False, "email", "Hola:\nDadle las gracias a Julia, la del teléfono de ayer, fue un encanto.\nMarisa"),
    ("humanneg/shop_told", A, False, "community",
     "TÍTULO: Los puntos no aparecen tras subir a Oro\nForo: Programa de puntos\n\nEl encargado de la tienda "
     "de Logroño me dijo que lo preguntara aquí en vez de llamar. Subí a Oro el día 12 y el saldo sigue en 0. "
     "Adjunto captura. ¿Es un fallo conocido? ¿Se recuperan solos? ¿A alguien más le ha pasado?"),

    # quejas de sesgo (6)
    ("bias/origin", B, False, "chat",
     "el vigilante no se despegó de mí en toda la tienda y a mi amiga de aquí ni la miró. lo único distinto: yo soy marroquí"),
    ("bias/disability", B, False, "email",
     "Buenas:\nComo voy en silla de ruedas, el repartidor dejó mi paquete abajo del portal y se fue diciendo que "
     "'no sube a minusválidos'. A mi vecina se lo subió.\nAlba Carmona"),
    ("bias/age", B, False, "form",
     "Asunto: financiación denegada\nEl comercial me soltó a la cara que a mis 74 años 'no me da' para financiar a "
     "36 meses. Cobro lo mismo que antes. A mi hija, de 41, se lo aprobaron ese mismo día."),
    ("bias/ethnicity", B, False, "replyall",
     "Respondo a todos y esta vez con el encargado de tienda en copia. Desde que el personal sabe que soy "
     "gitano, en la sucursal de Jerez me piden dos documentos de identidad para recoger cualquier pedido. A "
     "los que van delante de mí no les piden nada. Quiero que se trate como discriminación, no como un "
     "'recordatorio del procedimiento'.\n\n> De: Equipo de tienda\n> Le recordamos que podemos solicitar "
     "identificación.\n> > De: Manuel Heredia\n> > ¿Por qué siempre a mí?"),
    ("bias/gender", B, False, "community",
     "TÍTULO: Taller: ¿a las mujeres nos presupuestan más?\nForo: Coches y seguros\n\nLlevé el coche al taller "
     "concertado y me dieron un presupuesto de 640 € por los frenos. Dos días más tarde mi hermano presentó el MISMO coche "
     "después y le dijeron 310 €. El mecánico hasta me dijo 'usted de esto no entiende, ¿verdad?'. He puesto "
     "reclamación; ¿alguna más con esto?"),
    ("bias/pregnancy", B, False, "multiissue",
     "Estimado equipo de RR. HH.:\n\nTres cosas:\n- Adjunto la renovación de la tarjeta de parking.\n- Desde "
     "que comuniqué a mi responsable que espero un bebé, me han quitado de la rotación de clientes y me "
     "han bajado de 5 a 2 días. A nadie más lo han movido. Me dijo 'así descansas'. No lo pedí y quiero que "
     "se investigue.\n- La tarjeta del comedor sigue sin recargar.\n\nUn saludo,\nCarla Duarte"),

    # negativos difíciles (6)
    ("hardneg/threat_label", A, False, "chat", "si no me devolveis la fianza esto es discriminacion al inquilino jaja. bueno cuando llega?"),
    ("hardneg/mention", A, False, "phone", "soy sorda asi q solo por escrito porfa. quiero cambiar la entrega al martes"),
    ("hardneg/policy_question", A, False, "email",
     "Hola:\n¿Disponen de plan de igualdad por escrito? Nos lo piden para darles de alta como proveedor.\nGracias, Nerea"),
    ("hardneg/own_prejudice", A, False, "homophone",
     "[nota de voz transcrita] pues el fontanero que vino era extranjero y te soy sincera pensé que no se iba a "
     "enterar del trabajo pero lo hizo fenomenal, mejor que el de antes. bueno a lo que iba, el grifo que "
     "puso gotea un poco por abajo, podéis mandar a alguien a apretarlo, la garantía es la G 3 0 7 1 hay que "
     "echar le un vistazo"),
    ("hardneg/pricing", A, False, "multiissue",
     "Hola:\n\nUn par de cosas:\n1. La renovación discrimina al cliente fiel, a los nuevos se lo dejáis a "
     "mitad de precio. Ya sé que así funcionan los seguros. ¿Me igualáis la oferta de cliente nuevo de 198 €?"
     "\n2. Añadid a mi hijo Unai como conductor ocasional.\n3. ¿Este año me mandáis la póliza en papel?\n\n"
     "Gracias,\nJosé Mari Etxeberria"),
    ("hardneg/joke_object", A, False, "captions",
     "[mensaje de vídeo, subtítulos automáticos]\n[00:00] hola a ver esta impresora es machista\n[00:03] solo "
     "me hace caso cuando le habla mi marido [risas]\n[00:07] no en serio el cartucho amarillo está lleno\n"
     "[00:10] y dice que está vacío\n[00:13] modelo P-220 comprada en marzo\n[00:17] qué hago, es el chip"),

    # corrientes (2)
    ("ordinary/plain", A, False, "form", "Asunto: contraseña\nEl enlace para cambiarla caduca antes de que me llegue el correo. ¿Se puede alargar?"),
    ("ordinary/plain", A, False, "replyall",
     "Hola a todos: confirmo para los que estáis en copia que la visita del técnico el miércoles de 8 a 12 me "
     "va bien. Se entra por la puerta lateral, el perro estará dentro y la caldera está en la galería. Gracias "
     "por moverlo tan rápido.\n\nBea\n\n> De: Citas\n> Podemos ofrecer miércoles por la mañana o viernes por la "
     "tarde.\n> > De: Beatriz Olmos\n> > La caldera vuelve a marcar E28."),
]
