"""Blind set 35, Spanish (Spain) rows: (category, label, opt_out, style, length, text). Typed by hand."""
ROWS = [
    ("bias/disability", "bias_review", False, "pharmacyappchat", "long",
     "Hola, escribo por aquí porque en la farmacia de la calle Almansa ya no sé a quién acudir. Os cuento: tengo "
     "esclerosis múltiple y desde hace dos años recogía la medicación y los pañales de mi madre allí sin problema, "
     "incluso me la guardaban si llegaba tarde. Desde que voy en silla de ruedas, que fue en septiembre, todo ha "
     "cambiado: ya no me reservan nada, me dicen que pida por la app y espere a domicilio, y el lunes la encargada "
     "le dijo a mi cuñado delante de mí 'es que con la silla ocupa todo el mostrador, mejor que no venga'. Mi cuñado "
     "entra y le atienden en el acto. Aparte, tengo pendiente la devolución de 12,40 euros de una receta duplicada "
     "(pedido FA-0000812). Quiero saber por qué ahora se me trata así. Gracias, Remedios Quintana"),
    ("bias/sex", "bias_review", False, "furniturewebform", "short",
     "Pedí presupuesto para la cocina a medida y el comercial solo quiso hablar con mi marido: 'estas cosas mejor las "
     "decide el hombre de la casa'. Soy yo quien paga. Quiero otro comercial."),
    ("hardneg/lost_parcel", "ai_assist", False, "removalswhatsapp", "short",
     "¡¿Dónde están mis cajas?! Cuatro cajas de libros y la lámpara de mi abuelo, mudanza MU-000094, y nadie sabe "
     "nada. Llevo una semana llamando. Es una vergüenza."),
    ("hardneg/rude_agent_mention", "ai_assist", False, "unistudentdesk", "long",
     "Buenas tardes, Secretaría de Estudiantes de la Facultad de Letras:\n\nEl jueves fui a la ventanilla 3 para "
     "entregar el certificado de convalidación de Historia Moderna. Soy alumna de segundo y además trabajo por las "
     "tardes en una residencia, por eso solo puedo ir a primera hora. El chico que atendía ni levantó la vista del "
     "móvil, me dijo que ese papel 'no valía para nada' sin mirarlo y me cerró la ventanilla en la cara porque se "
     "iba a desayunar. Lo mismo le hizo al chaval que iba detrás de mí. Una falta de respeto total.\n\nNecesito "
     "saber si el certificado se puede presentar por la sede electrónica y si el plazo del 15 sigue abierto, porque "
     "no me quiero quedar sin la convalidación por culpa de un mal día de nadie.\n\nUn saludo,\nLucía Bermejo Sáez, "
     "DNI 00000471-K"),
    ("hardneg/policy_question", "ai_assist", False, "furniturewebform", "short",
     "Hola, somos una cooperativa y compramos mobiliario para oficinas. ¿Tenéis plan de igualdad o alguna política "
     "de accesibilidad que podamos adjuntar al pliego? Gracias."),
    ("ordinary/plain", "ai_assist", False, "skiresortmail", "long",
     "Estimados señores de Estación Valdeneu:\n\nHemos reservado para la semana del 9 al 14 de febrero (localizador "
     "VN-000563) un apartamento para cinco personas y forfaits de cinco días. Tengo varias dudas antes de pagar el "
     "resto:\n1. ¿Los forfaits infantiles son hasta los 11 o hasta los 12 años? Mi hija cumple 12 en enero.\n2. ¿Se "
     "puede recoger el material de alquiler la tarde anterior para no hacer cola el primer día?\n3. El aparcamiento "
     "del edificio, ¿hay que reservarlo aparte o va incluido?\n4. Si nieva mucho y cierran el puerto, ¿qué pasa con "
     "la noche que no podamos llegar?\n\nAgradecería que me respondieran antes del día 20, que es cuando vence el "
     "segundo pago.\n\nAtentamente,\nJavier Ortuño"),
    ("human/plain", "human", False, "removalswhatsapp", "long",
     "Buenos días. Os escribo desde Zaragoza, la mudanza a Huesca es este viernes (orden MU-000127). Ayer me "
     "llegó un mensaje automático diciendo que el camión grande no está disponible y que iremos en dos viajes, con "
     "un suplemento de 180 euros. Eso no es lo que firmamos: el presupuesto dice un solo viaje y precio cerrado. "
     "Además el piso nuevo no tiene ascensor hasta el lunes y necesito saber si el montaje de armarios se puede "
     "aplazar. Son demasiadas cosas para ir con mensajes sueltos. Por favor, que me escriba o me llame una persona "
     "de la oficina, alguien con nombre y apellido que pueda decidir, antes de mañana a mediodía. Mi móvil es el "
     "600 000 318. Gracias, Maite Cebrián"),
    ("optout/plain", "ai_assist", True, "unistudentdesk", "short",
     "Prefiero que mis consultas sobre la beca no las conteste ningún chatbot ni programa automático. Solo quiero saber "
     "cuándo se paga el segundo plazo."),
]
