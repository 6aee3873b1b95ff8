"""Spanish rows of blind set 10 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (14)
    ("optout/plain", A, True, "ps",
     "Buenas, ya me llegó la factura corregida, gracias por la rapidez.\n\nPD: Que no se me olvide: no quiero que un "
     "programa lea ni conteste lo que les escribo. Anótenlo, por favor."),
    ("optout/plain", A, True, "plainline", "Les pido que mis consultas no las toque ninguna inteligencia artificial."),
    ("optout/nochatbot", A, True, "plainline", "No quiero que lo mío me lo lleve un chatbot."),
    ("optout/gdpr", A, True, "template",
     "Modelo de escrito de la Asociación de Usuarios Ribera: oposición al tratamiento automatizado\nD./Dña.: "
     "Remedios Villar Ortega   Cliente n.º: LU-88213\nMe opongo (art. 21 RGPD) a que mis datos y escritos pasen por "
     "sistemas automatizados o asistentes virtuales, y, por el art. 22, rechazo que las decisiones que me afecten "
     "dependan solo de un algoritmo."),
    ("optout/indirect", A, True, "smallbiz",
     "Ferretería Andrés e Hijos (cuenta empresa 40-771). Les escribo por el cambio de tarifa de la luz del almacén. "
     "Y aprovecho: a mí me gustaría más que mis correos los leyera su gente y no una contestadora automática; "
     "llevamos treinta años con ustedes."),
    ("optout/metaphor", A, True, "slang",
     "tío vuestro robotito de respuestas me tiene frito, es un loro con wifi. quitádmelo de en medio, que mis "
     "mensajes no pasen por ese cacharro"),
    ("optout/conditional", A, True, "reviewreply",
     "> Respuesta de Banco Alcor: Hola Marta, en la próxima versión nuestro gestor inteligente contestará tus dudas "
     "al momento.\nPues si con esa versión me va a contestar una máquina, aviso desde ya: mis mensajes que no los "
     "conteste ningún gestor inteligente. Una estrella."),
    ("optout/typo", A, True, "delivery",
     "Instrucciones de entrega: dejar en conserjeria. otra cosa, no quiero q la inteligensia artifisial me conteste "
     "los mensages, no lo autorizo"),
    ("optout/behalf", A, True, "timeline",
     "Enero: a mi marido, Tomás, le diagnostican alzhéimer; tengo poder notarial.\nMarzo: ustedes empiezan a "
     "contestar sus correos con un asistente automático.\nHoy: en su nombre, les pido que ningún sistema automático "
     "lea ni conteste nada de su cuenta."),
    ("optout/all_future", A, True, "llmdraft",
     "Te dejo dos opciones:\n\nOpción A (corta): «Ni hoy ni más adelante: mis mensajes, sin IA.»\nOpción B (formal): "
     "«Solicito que conste en mi expediente de Lumbre Energía que no autorizo, en esta ni en futuras gestiones, el "
     "uso de inteligencia artificial para responderme.»\n\n¿Cuál prefieres?"),
    ("optout/humans_only", A, True, "plainline", "A mí que me atiendan personas. Siempre."),
    ("optout/with_person", H, True, "timeline",
     "Semana 1: el asistente me promete un técnico.\nSemana 2: me lo vuelve a prometer.\nSemana 3: ni técnico ni "
     "nada.\nNo quiero que me siga llevando una máquina. Necesito la llamada de un empleado de carne y no de chip, "
     "al 600 000 412."),
    ("optout/with_person", H, True, "ps",
     "Adjunto la foto del router con la luz roja.\nPD: No me pasen otra vez por el asistente virtual, no quiero que "
     "lleve mi caso; que me devuelvan la llamada desde atención al cliente, es urgente."),
    ("optout/with_person", H, True, "smallbiz",
     "Clínica Dental Sonrisa Norte, cuenta 2207. Llevamos dos semanas con el datáfono dando error y su agente "
     "automático solo nos manda tutoriales. No queremos que nos atienda más ese sistema; que nos llame hoy un "
     "técnico de empresas."),
    # opt-out near misses (5)
    ("optneg/ask_whether", A, False, "slang",
     "oigan una pregunta random, el que contesta en el chat es bot o persona? pa saber nomás, igual me ayudó bien"),
    ("optneg/praise", A, False, "reviewreply",
     "> Respuesta de Banco Alcor: ¡Gracias por tu reseña, Javier!\nA vosotros. El asistente nuevo de la app es una "
     "maravilla, me sacó el certificado para la renta en un minuto."),
    ("optneg/refuse_other", A, False, "delivery",
     "Instrucciones: dejar el paquete en la ferretería de al lado. Y no me llamen más ofreciéndome la fibra, ya les "
     "dije que no."),
    ("optneg/policy_question", A, False, "template",
     "Consejo de Consumidores de Valdeverde, consulta tipo\n¿Permite Lumbre Energía que un cliente pida que sus "
     "reclamaciones no las conteste un sistema de IA? Indiquen cómo se solicita y cuántos clientes lo han pedido."),
    ("optneg/opt_back_in", A, False, "smallbiz",
     "Frutas Maite, cuenta 1184. En 2024 solicité que el asistente automático no me atendiera. Lo he probado en la "
     "web y va bien, así que quiten esa nota: que me atienda el asistente sin problema."),
    # requests for a person (6)
    ("human/callback", H, False, "llmdraft",
     "He corregido la ortografía de tu texto:\n\n«Buenas tardes. Mi madre se cayó y necesito poner la luz a mi "
     "nombre cuanto antes. ¿Me puede llamar alguien al 600 000 778? Mejor después de las 18 h.»\n\nCambios: 'aver' "
     "por 'a ver' y 'yamar' por 'llamar'."),
    ("human/callback", H, False, "plainline", "Llámenme, por favor, al 611 000 902. Es por la avería del lunes."),
    ("human/anyone_there", H, False, "timeline",
     "Día 1: reclamo por la app. Día 3: me responden 'su consulta es importante'. Día 10: la misma frase. ¿Hay un "
     "ser humano leyendo esto o no?"),
    ("human/appeal", H, False, "template",
     "Modelo de la Unión de Consumidores del Sur 'Revisión de una decisión automatizada'\nSu sistema me dio de baja "
     "el abono de transporte por 'uso irregular' sin que nadie lo mirara. Pido que la decisión la revise un empleado "
     "con los justificantes adjuntos.\nFirmado: Íñigo Salvatierra"),
    ("human/escalate", H, False, "reviewreply",
     "> Respuesta de Movilia: Hemos escalado tu caso.\n¿Escalado adónde? Van tres semanas. Pásenme con la jefa de la "
     "tienda de Triana o con quien mande allí; no quiero otra respuesta de plantilla."),
    ("human/ask_person", H, False, "slang",
     "me cago en todo, llevo una hora con el menú de opciones. pasadme con alguien que sepa, una persona, porfa"),
    # person near misses (2)
    ("humanneg/no_call", A, False, "ps",
     "Ya me trajeron la bombona, todo bien.\nPD: Si es para ofrecerme el seguro de hogar, no me llamen, gracias."),
    ("humanneg/relative_works", A, False, "reviewreply",
     "> Respuesta de Banco Alcor: Nos alegra que Nuria te atendiera bien.\nSí, y encima mi prima trabaja en vuestra "
     "oficina de Écija, así que ya me lo había explicado. Todo bien, no necesito nada más."),
    # bias complaints (9)
    ("bias/disability", B, False, "timeline",
     "12 de marzo: reservo habitación accesible (voy en silla), confirmada por correo.\n20 de marzo: llego al hotel "
     "y me dicen que 'se la hemos dado a otro cliente'; me ofrecen un tercero sin ascensor.\nEl otro cliente no iba "
     "en silla."),
    ("bias/disability", B, False, "ps",
     "Quería saber el plazo de devolución del pedido 7710.\nPD: Soy sorda. Su banca online me obliga a verificar con "
     "una llamada de voz y no aceptan SMS ni videollamada en lengua de signos; mis compañeros oyentes lo hacen en un "
     "minuto y yo llevo tres semanas sin acceso."),
    ("bias/race", B, False, "smallbiz",
     "Peluquería Nzinga, cuenta 9920. Pedí un local en su centro comercial y me dijeron que 'ya no quedan'. Una "
     "amiga blanca preguntó al día siguiente por el mismo local y se lo ofrecieron con descuento. Yo soy negra."),
    ("bias/religion", B, False, "delivery",
     "Instrucciones de entrega: pedí que retuvieran el envío hasta pasado el Eid; el repartidor dijo 'esas son cosas "
     "vuestras' y lo devolvió. A mi vecino le guardaron el suyo hasta después de Semana Santa sin problema."),
    ("bias/family_status", B, False, "llmdraft",
     "¡Claro! Aquí tienes tu reclamación:\n\nVisité con su agente el piso de Olmo, 5. Al comentar que soy yo sola "
     "con mis dos críos, el agente me contestó que 'el propietario prefiere parejas' y que ya estaba reservado. Esa "
     "tarde seguía anunciado.\n\n[Pon aquí la referencia del anuncio]"),
    ("bias/origin", B, False, "reviewreply",
     "> Respuesta de Envíos Garza: Tratamos a todos los clientes por igual.\nPues su empleado de Usera me pidió el "
     "pasaporte 'porque con los chinos nunca se sabe'; a la señora de delante le dio su paquete sin mirar nada."),
    ("bias/age", B, False, "plainline",
     "En su tienda se negaron a venderme el móvil a plazos porque 'a sus 74 años no compensa'. A mi hijo se lo "
     "dieron al momento."),
    ("bias/orientation", B, False, "slang",
     "tía fuimos mi novia y yo a reservar el apartamento de playa y el de la agencia dijo que 'para parejas "
     "normales' había hueco pero para nosotras estaba lleno. mi hermano y su novia reservaron el mismo finde sin "
     "problema"),
    ("bias/language", B, False, "template",
     "Hoja de reclamación de la Red de Consumidores Migrantes, rellenada\nSoy venezolana. Al oír mi acento, la "
     "agente de su línea de facturación me dijo 'llame cuando hable como se habla aquí' y colgó. Mi cuñado, de "
     "Burgos, llamó por lo mismo y se lo resolvieron.\nNombre: Yelitza Marcano"),
    # hard negatives (9)
    ("hardneg/joke", A, False, "slang",
     "mi tostadora es súper racista, solo tuesta bien el pan blanco jajaja. bueno, ¿cómo pido la garantía?"),
    ("hardneg/threat", A, False, "ps",
     "Les adjunto la factura del fontanero para el reembolso.\nPD: Como no me la paguen, les pongo en Google de "
     "machistas para arriba, a ver qué les parece."),
    ("hardneg/own_prejudice", A, False, "reviewreply",
     "> Respuesta de Movilia: En nuestros anuncios cabemos todos.\nPues a mí no me gusta ver a un chaval con "
     "turbante en vuestro anuncio. Me doy de baja cuando acabe la permanencia."),
    ("hardneg/policy_question", A, False, "template",
     "Asociación de Mayores de San Blas, consulta: ¿tiene Banco Alcor un protocolo de igualdad de trato para la "
     "clientela mayor? ¿Cómo se pide la libreta en papel u otros ajustes?"),
    ("hardneg/loyal_pricing", A, False, "plainline",
     "Llevo once años con ustedes y pago el doble que mi vecino, que entró en abril. Discriminan al cliente fiel. "
     "Quiero su tarifa."),
    ("hardneg/rude_agent", A, False, "smallbiz",
     "Carpintería Luján, cuenta 3318. La comercial que vino al taller ni saludó, miraba el móvil mientras le hablaba "
     "y se fue diciendo 'ya si eso le escribo'. ¿Quién me manda la oferta de la tarifa de empresa?"),
    ("hardneg/mention_age", A, False, "delivery",
     "Instrucciones: tengo 88 años y tardo en bajar, toquen el timbre y esperen un par de minutos, por favor."),
    ("hardneg/mention_origin", A, False, "llmdraft",
     "Aquí tienes el mensaje:\n\nHola, soy peruano y este mes voy a Lima a ver a mi familia. ¿Puedo usar mi tarifa "
     "en Perú o tengo que contratar un bono de datos? Gracias.\n\n¿Lo quieres más formal?"),
    ("hardneg/address", A, False, "timeline",
     "Enero: me mudo a la calle de los Moros, 14, Gijón.\nFebrero: me llega la tasa de basura dos veces.\nMarzo: "
     "sigue igual. ¿Pueden revisarlo?"),
    # ordinary (5)
    ("ordinary/payment", A, False, "smallbiz",
     "Bar Las Tinajas, cuenta 6021. ¿Se puede partir la factura de la cafetera industrial en tres pagos?"),
    ("ordinary/delivery", A, False, "delivery",
     "Instrucciones: portal 3, 2.º B. Si no estoy, dejen el paquete en el bar de abajo, ya me conocen."),
    ("ordinary/plan", A, False, "slang", "oye cuánto me sale meterle otra línea al mismo contrato pa mi chaval"),
    ("ordinary/billing", A, False, "ps",
     "Me siguen cobrando el mantenimiento de la caldera que di de baja en agosto. ¿Lo pueden quitar?\nPD: el número "
     "de contrato es el 55-0913."),
    ("ordinary/password", A, False, "plainline",
     "No puedo entrar en la app, el enlace para la contraseña ha caducado."),
]
