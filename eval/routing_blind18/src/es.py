"""Spanish rows of blind set 18 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10, 2 with a person)
    ("optout/plain", A, True, "email",
     "Buenas tardes:\n\nMis consultas, ni leídas ni contestadas por una inteligencia artificial: eso les pido y así lo dejo dicho. No lo "
     "autorizo.\n\nUn saludo,\nCasilda Otxoa"),
    ("optout/no_bot", A, True, "chat", "no quiero hablar con el bot, que no me conteste una máquina"),
    ("optout/object", A, True, "phone",
     "hola soy cliente de albacete, me opongo a que mis mensajes pasen por sistemas automaticos de ia"),
    ("optout/legal", A, True, "form",
     "Asunto: Oposición art. 22 RGPD\nCategoría: Protección de datos\nMensaje: No acepto decisiones ni "
     "respuestas automatizadas sobre mis reclamaciones. Expediente 3310-B."),
    ("optout/with_person", H, True, "email",
     "Hola:\nPrefiero que mi caso no lo toque ningún programa de IA. ¿Me puede llamar una persona de "
     "ustedes al 600 000 418?\nGracias, Benigno Urquijo"),
    ("optout/keep_manual", A, True, "runon",
     "mire le escribo porque he visto que ahora contestan con respuestas sugeridas por ordenador y yo quiero "
     "que lo mío lo lleven a mano de principio a fin sin algoritmos de por medio"),
    ("optout/withdraw", A, True, "arrows",
     "permiso para usar IA con mis mensajes → lo retiro → desde hoy → confirmen por escrito"),
    ("optout/exclusion", A, True, "csv",
     "campo;valor\nsolicitud;sacar mis chats del asistente automático y del entrenamiento\ncliente;Nerea Lasa"),
    ("optout/with_person", H, True, "proverb",
     "Más vale malo conocido que bueno por conocer: nada de robots con mis datos, quiero que me atienda "
     "alguien de carne y hueso."),
    ("optout/humans_only", A, True, "deal",
     "Renuevo el seguro del coche si me garantizan que solo personas, y no una IA, leen y responden lo que "
     "escribo."),
    # opt-out near-misses (8)
    ("optneg/praise_bot", A, False, "chat", "el asistente virtual me ha resuelto lo de la factura enseguida, gracias"),
    ("optneg/translator", A, False, "email",
     "Hola:\nLes escribo con ayuda de un traductor automático porque mi español es flojo. ¿El pedido 7781 "
     "sale hoy?\nSaludos, Henrik Dahl"),
    ("optneg/spam_bots", A, False, "phone",
     "en su web hay un monton de cuentas falsas que parecen bots dejando opiniones, lo sabian?"),
    ("optneg/ai_feature", A, False, "form",
     "Asunto: Resumen inteligente\nMensaje: ¿La función de resumir con IA en la app de notas funciona sin conexión o "
     "necesita datos?"),
    ("optneg/bot_wrong", A, False, "beforeafter",
     "Antes: el chat automático me dijo que el reembolso ya estaba hecho. Después: en mi cuenta no hay nada. "
     "¿Cuándo llega?"),
    ("optneg/school", A, False, "exclaim",
     "¡¡Hola!! ¡¡Soy profe en Getafe y quiero usar vuestro robot educativo en clase!! ¿¿Hay precio para "
     "colegios??"),
    ("optneg/partner", A, False, "reminder",
     "Recordatorio: mi marido no se fía de los chatbots, así que hoy lo pregunto yo: ¿cambian la tarifa de "
     "la luz en enero?"),
    ("optneg/automation_billing", A, False, "csv",
     "tema;detalle\ncargo automático;me han cobrado dos veces el día 5\npido;devolver uno de los dos cargos"),
    # requests for a person (6)
    ("human/plain", H, False, "chat", "pásame con una persona, porfa"),
    ("human/callback", H, False, "email",
     "Buenos días:\n¿Podría alguien devolverme la llamada esta tarde por lo del técnico de la caldera? "
     "Estoy en el 600 000 733.\nAtentamente, Ramona Ibarrola"),
    ("human/anyone", H, False, "phone", "hay alguien ahi de verdad? llevo 3 correos sin respuesta"),
    ("human/escalate", H, False, "runon",
     "ya no sé cómo explicarlo porque cada vez me responden lo mismo y necesito que esto lo vea un "
     "responsable o un supervisor de una vez que llevamos dos semanas así"),
    ("human/agent", H, False, "deal",
     "Trato: si hoy me atiende un agente de verdad, retiro la queja en consumo."),
    ("human/staff", H, False, "exclaim", "¡¡Que alguien del personal mire el pedido 22-904, por favor!!"),
    # person near-misses (2)
    ("humanneg/manager_asked", A, False, "email",
     "Hola:\nMi jefa me pide que les escriba para pedir la factura de noviembre a nombre de la empresa, "
     "CIF B00000000.\nGracias, Ismael"),
    ("humanneg/shop_told", A, False, "arrows",
     "el dependiente de Soria → me dijo que la garantía se amplía online → ¿dónde se hace?"),
    # bias complaints (6)
    ("bias/ethnicity", B, False, "email",
     "Buenas:\nEn su tienda de Cuenca el de seguridad fue detrás de mí pasillo por pasillo y me pidió abrir la "
     "mochila. Soy gitana. A las dos chicas payas que iban delante no les dijo nada.\nCarmen Heredia"),
    ("bias/sex", B, False, "phone",
     "en el taller a mi me pidieron 480 por el cambio de embrague y a mi hermano por el mismo coche 290, "
     "me dijeron que las mujeres no entendemos de coches"),
    ("bias/family", B, False, "form",
     "Asunto: Firma del marido\nMensaje: Para abrir la cuenta quieren que firme también mi marido. A él, para "
     "la suya, no le pidieron la mía."),
    ("bias/disability", B, False, "beforeafter",
     "Antes: reservé habitación accesible (soy usuario de silla de ruedas). Después: en recepción me contaron "
     "que ya la ocupaba otro huésped y a mí me ofrecen una con escaleras."),
    ("bias/origin", B, False, "runon",
     "al ver mi pasaporte boliviano la del mostrador dijo que para mí el alquiler del piso necesitaba dos "
     "avalistas y a la pareja de Zaragoza que estaba antes le bastó con la nómina"),
    ("bias/orientation", B, False, "proverb",
     "Dime con quién andas y te diré quién eres, pensarán. Al decir que reservábamos para mi novio y yo, nos "
     "dijeron que la cama de matrimonio ya no estaba libre; a mi amiga con su novio se la dieron ese mismo día."),
    # hard negatives (6)
    ("hardneg/address", A, False, "chat", "vivo en la calle Mayor 12 de Lleida, ¿me llega la factura a esa dirección?"),
    ("hardneg/policy_question", A, False, "email",
     "Hola:\n¿Tienen un plan de igualdad publicado? Es para una tarea de la universidad.\nGracias, Iker"),
    ("hardneg/joke_pet", A, False, "phone",
     "mi gato es un racista, solo come el pienso de la marca blanca jaja. tienen el de salmon en 4 kg?"),
    ("hardneg/rude_agent", A, False, "exclaim",
     "¡¡El chico del teléfono fue borde conmigo!! Pero bueno, ¿¿me confirman la cita del jueves??"),
    ("hardneg/pricing", A, False, "csv",
     "asunto;comentario\nprecios;discriminan a los clientes antiguos, los nuevos pagan menos\npido;igualar mi cuota"),
    ("hardneg/mention", A, False, "reminder",
     "Recordatorio: tengo 84 años y voy despacio con el móvil. ¿Cómo descargo el recibo de octubre?"),
    # ordinary (2)
    ("ordinary/plain", A, False, "form", "Asunto: Cambio de domicilio\nMensaje: ¿Cómo cambio la dirección de envío?"),
    ("ordinary/plain", A, False, "deal",
     "Les propongo algo: me quedo el sofá si me lo traen el sábado en vez del lunes."),
]
