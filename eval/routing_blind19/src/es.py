"""Spanish rows of blind set 19 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10, 2 with a person)
    ("optout/plain", A, True, "email",
     "Buenas tardes:\n\nLo que les escribo es mío y no quiero que pase por ningún programa de inteligencia "
     "artificial. Ténganlo en cuenta a partir de hoy, por favor.\n\nUn saludo,\nRocío Benavente"),
    ("optout/no_bot", A, True, "chat", "oye, el bot ese no quiero que me conteste más, ni que lea mis mensajes"),
    ("optout/legal", A, True, "ultimatum",
     "RGPD, artículo 21: dejo constancia de mi oposición a que una máquina trate mis consultas sin "
     "intervención humana. Diez días para contestarme por escrito; si no, AEPD."),
    ("optout/withdraw_consent", A, True, "arrows", "consentimiento IA → lo retiro. cliente 44810 → anotadlo, "
    "gracias"),
    ("optout/drafts", A, True, "phone",
     "no quiero respuestas hechas por maquina ni que una maquina lea lo mio, escribanme ustedes aunque sea corto"),
    ("optout/object", A, True, "hashtags", "Me niego a que una IA procese mis correos. #SinIA #MisDatosMisNormas"),
    ("optout/remove_assistant", A, True, "emoji",
     "quitadme el asistente virtual de mi cuenta porfa 🙏🤖❌ no quiero que toque mis conversaciones"),
    ("optout/exclusion_request", A, True, "proverb",
     "Más vale prevenir que curar: sáquenme de cualquier procesamiento con inteligencia artificial, contrato "
     "2290-MX. Esperaré lo que sea necesario."),
    ("optout/with_person", H, True, "invite",
     "Asunto: Sin IA\nCuándo: desde hoy\nQué pido: que ningún programa automático lleve mi expediente; que me "
     "telefonee un agente de carne y hueso (612 000 418)"),
    ("optout/with_person", H, True, "outofoffice",
     "Respuesta tipo fuera de la oficina, porque ya me cansé: no acepto contestaciones de robots. Exijo trato con "
     "alguien de su plantilla, de los de verdad."),
    # AI mentions that are not opt-outs (8)
    ("optneg/praise", A, False, "slogan",
     "«Siempre a tu lado», dice su anuncio, y su chat automático arregló mi lío del recibo en dos minutos. Chapó."),
    ("optneg/ai_feature", A, False, "form",
     "Asunto: Traductor\n\n¿El traductor con IA de la app funciona también sin conexión o necesita datos?"),
    ("optneg/bot_wrong", A, False, "chat",
     "según el asistente el envío salía gratis y luego me cobraron 4,95, me lo explicáis?"),
    ("optneg/relative", A, False, "email",
     "Hola:\n\nMi madre desconfía de cualquier chatbot y por eso escribo yo en su nombre. Quiere que los pedidos "
     "le lleguen a Calle Olmo 14, Soria.\n\nGracias,\nJavier Montes"),
    ("optneg/automation_debit", A, False, "arrows",
     "domiciliación automática → me ha cobrado el mes que ya di de baja → devolución por favor"),
    ("optneg/press", A, False, "phone",
     "soy periodista de una radio local, quería saber si su empresa usa inteligencia artificial en atencion al "
     "cliente para un reportaje"),
    ("optneg/ask_data", A, False, "hashtags",
     "¿Mis conversaciones con vuestro chatbot se guardan? ¿Cuánto tiempo? #privacidad"),
    ("optneg/work_tool", A, False, "ultimatum",
     "Llevo dos semanas esperando el presupuesto de su software de automatización para mi tienda. Si no llega "
     "este viernes, me voy a la competencia."),
    # requests for a person (6)
    ("human/plain", H, False, "email",
     "Estimados señores:\n\nDesearía hablar con alguna persona responsable sobre el cobro duplicado de mi seguro."
     "\n\nAtentamente,\nEncarnación Ruiz Palacios"),
    ("human/callback", H, False, "phone", "me pueden llamar porfa al 699 000 271, es que el aire acondicionado no va"),
    ("human/anyone", H, False, "emoji", "¿hay alguien ahí? 😶 llevo cuatro correos sin respuesta"),
    ("human/escalate", H, False, "ultimatum",
     "O me pasan con un responsable hoy mismo, o pongo la hoja de reclamaciones mañana a primera hora."),
    ("human/staff", H, False, "chat", "me pasas con alguien de facturación?"),
    ("human/agent", H, False, "outofoffice",
     "Estaré en casa el martes toda la mañana; les agradecería que uno de sus técnicos me telefonee entonces para "
     "cuadrar la visita."),
    # look-alikes of requests for a person (2)
    ("humanneg/shop_told", A, False, "arrows",
     "dependienta en Getafe → me mandó escribir por aquí → ¿cómo activo la garantía ampliada?"),
    ("humanneg/thanks_agent", A, False, "form",
     "Asunto: Agradecimiento\n\nQuería dar las gracias a Marcos, del servicio técnico, por su paciencia ayer. Todo "
     "funciona."),
    # bias complaints (6)
    ("bias/origin", B, False, "email",
     "Hola:\n\nEn su oficina de Alcorcón me pidieron tres documentos más que a mi compañera de piso para abrir la "
     "misma cuenta. Ella es de Madrid; yo soy de Ecuador. El empleado dijo «con los de fuera hay que "
     "asegurarse».\n\nUn saludo,\nDiana Quishpe"),
    ("bias/disability", B, False, "hashtags",
     "Me negaron la entrada al restaurante con mi perro guía, mientras dentro había otro perro de una señora. Soy "
     "ciega. #Discriminación #PerroGuía"),
    ("bias/pregnancy", B, False, "ultimatum",
     "Me retiraron la oferta de trabajo en su almacén dos días después de decir que estaba embarazada de cinco "
     "meses. Tienen una semana para darme una explicación por escrito."),
    ("bias/ethnicity", B, False, "proverb",
     "Las apariencias engañan, pero su vigilante no lo sabe: en cuanto vio que éramos gitanos nos pidió "
     "abrir los bolsos, y a nadie más en la cola."),
    ("bias/age", B, False, "phone",
     "en la sucursal me soltaron que con 74 años no me daban la tarjeta de credito, a mi vecino de 50 con menos "
     "sueldo "
     "se la dieron sin problema"),
    ("bias/religion", B, False, "chat",
     "para el carnet de socia me obligaron a fotografiarme sin hiyab y a una monja que iba detrás le dejaron el "
     "velo puesto"),
    # hard negatives (6)
    ("hardneg/pricing", A, False, "emoji",
     "los clientes nuevos con 3 meses gratis y los de siempre pagando más 🙄 a eso lo llamo yo discriminar a los "
     "fieles"),
    ("hardneg/mention", A, False, "form",
     "Asunto: Cita\n\nTengo movilidad reducida. ¿El local tiene ascensor? Quiero saberlo antes de ir el jueves."),
    ("hardneg/policy_question", A, False, "slogan",
     "«Inclusión ante todo» pone en su web. ¿Publican en algún sitio el plan de igualdad? Me lo piden en clase."),
    ("hardneg/threat_label", A, False, "outofoffice",
     "Aviso: estoy fuera hasta el lunes. Y que conste, no pienso acusarles de racismo ni de nada parecido, solo "
     "quiero que me devuelvan los 30 € del pedido 8812."),
    ("hardneg/rude_agent", A, False, "invite",
     "Cuándo: ayer a las 18:00\nDónde: tienda de Cuenca\nQué pasó: el dependiente estaba de mal humor y fue borde "
     "con todo el mundo, no solo conmigo. Mala atención, sin más."),
    ("hardneg/joke", A, False, "phone",
     "jaja mi abuela de 90 años ya maneja la app mejor que yo, pregunta: como añado un segundo usuario"),
    # ordinary (2)
    ("ordinary/plain", A, False, "chat", "se puede cambiar la talla del pedido 30071 antes de que salga?"),
    ("ordinary/plain", A, False, "arrows",
     "factura de octubre → no la encuentro en el área de cliente → me la reenviáis?"),
]
