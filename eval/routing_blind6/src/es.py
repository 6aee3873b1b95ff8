"""Spanish rows of blind set 6 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
H, A = "human", "ai_assist"

ROWS = [
    # opt-outs, pure
    ("optout/plain", A, True, "email", "Buenas tardes: antes de mandar los papeles del seguro, les pido que quien me "
     "conteste sea alguien de la plantilla escribiendo de verdad, no un programa.\n\nUn saludo,\nMarisa Ferrer\nC/ "
     "Almendros 12, Murcia"),
    ("optout/plain", A, True, "chat", "no quiero que mis mensajes pasen por ninguna inteligencia artificial, gracias"),
    ("optout/short", A, True, "sms", "Nada de IA."),
    ("optout/short", A, True, "sms", "Basta de bots. Respuestas de personas."),
    ("optout/embedded", A, True, "email", "Hola, la nevera que compré el día 9 sigue goteando por abajo, el técnico vino "
     "el martes y cambió una goma pero nada. Otra cosa aparte: prefiero que no metan mis correos en ChatGPT ni cosas "
     "parecidas. Bueno, ¿me pueden mandar otra vez al técnico? Mejor por las mañanas. Gracias, Iker"),
    ("optout/embedded", A, True, "voice", "sí hola llamo por el paquete que dejaron en el portal equivocado eh el 23 en "
     "vez del 32 y la vecina dice que no lo tiene y ah y no autorizo que esta llamada la procese ningún sistema "
     "automático vale apúntenlo y bueno a ver si lo localizan gracias"),
    ("optout/proxy", A, True, "email", "Les escribo en nombre de mi madre, doña Pilar Ruiz, cliente 44781. Ella no quiere "
     "que le conteste una máquina, se pone nerviosa. Por favor, que conste en su ficha.\n-- Nuria Ruiz (hija)"),
    ("optout/conditional", A, True, "chat", "si quien responde es un robot, entonces no lo quiero. espero a alguien de carne y hueso"),
    ("optout/sarcastic", A, True, "review", "3 estrellas. Me encanta que cada respuesta parezca escrita por una tostadora. "
     "Háganme el favor de alejar a su maquinita de mi cuenta."),
    ("optout/formal", A, True, "form", "Asunto: Tratamiento de datos\nMensaje: Manifiesto mi oposición a que se me perfile "
     "y a las decisiones automatizadas sobre mi cuenta, y retiro mi consentimiento para que mi correspondencia sea "
     "tratada con herramientas de inteligencia artificial."),
    ("optout/formal", A, True, "email", "Estimados señores: les agradecería que mis consultas dejaran de ser atendidas "
     "por su asistente virtual. Prefiero que me escriba su personal. Atentamente, J. Olmedo"),
    ("optout/typo", A, True, "sms", "porfa no usen el asistente automatico con mis tikets, no lo qiero"),
    ("optout/review", A, True, "review", "2 estrellas. La app va bien pero las respuestas del soporte son claramente "
     "generadas. Desactivé la opción y siguen llegando. NO quiero que me escriban algoritmos."),
    # opt-outs that also ask for a person
    ("optout/with_person", H, True, "chat", "que me conteste una persona de verdad y no un software, por favor. Tengo "
     "que hablar con alguien del cobro duplicado."),
    ("optout/with_person", H, True, "voice", "hola eh no quiero lo del robot ese, ¿me puede llamar una persona al fijo? "
     "es por la carta de la pensión"),
    ("optout/with_person", H, True, "email", "Hola, sin respuestas automáticas, por favor. ¿Podría llamarme alguien del "
     "equipo mañana entre las 16 y las 18?\n\nSaludos,\nValeria Campos\nCampos Asesores"),
    ("optout/with_person", H, True, "form", "Motivo: Otro\nDetalle: Dejen de usar bots conmigo. Quiero hablar con un "
     "supervisor por mi reserva cancelada."),
    ("optout/with_person", H, True, "sms", "asistente virtual no gracias. pasame con alguien real ya"),
    # AI mentioned, nothing refused
    ("optneg/ask_bot", A, False, "chat", "por curiosidad, ¿estoy hablando con un bot? me da igual, solo necesito el "
     "enlace de seguimiento"),
    ("optneg/ask_bot", A, False, "sms", "¿Esta respuesta es automática? Llegó en dos segundos jaja. Gracias por el reembolso"),
    ("optneg/praise", A, False, "review", "5 estrellas. El asistente virtual me gestionó la devolución en un minuto, "
     "mejor que en muchas tiendas."),
    ("optneg/praise", A, False, "email", "Solo quería decirles que la IA de su web acertó de lleno, encontró el cargador "
     "para mi portátil viejo. Un saludo, Tomás"),
    ("optneg/how_works", A, False, "form", "Pregunta: ¿Cómo decide la función de reconocimiento de fotos de su app de "
     "plantas qué especie es? ¿Funciona sin conexión?"),
    ("optneg/broken", A, False, "chat", "el buscador inteligente me saca comida de perro cuando pongo tinta de impresora, "
     "la parte de IA está rota"),
    ("optneg/broken", A, False, "review", "1 estrella. La transcripción automática de las notas de voz dejó de "
     "funcionar con la actualización, solo salen puntos."),
    ("optneg/own_business", A, False, "email", "Hola, tenemos una pequeña agencia de chatbots y queremos pasar al plan "
     "Pro con tres usuarios. ¿Nos mandan presupuesto?\n\nSaludos,\nLucía Navarro\nBotaria Estudio"),
    ("optneg/news", A, False, "chat", "vi en las noticias que el robot asesor de un banco dio consejos malísimos, qué "
     "risa. bueno, ¿a qué hora cierran hoy?"),
    ("optneg/want_feature", A, False, "form", "Sugerencia: añadan un resumen con IA de mis gastos del mes, los gráficos "
     "actuales se entienden mal."),
    ("optneg/product_setting", A, False, "sms", "cómo quito las respuestas inteligentes en la app del móvil? salen todo el rato"),
    ("optneg/product_setting", A, False, "email", "Hola, el altavoz que compré tiene un asistente de voz automático que "
     "se activa en mitad de las películas. ¿Se puede desactivar esa función? Gracias, Inés"),
    # ordinary and handoff
    ("ordinary/plain", A, False, "sms", "Necesito copia de la factura 77120 para mi gestor"),
    ("ordinary/plain", A, False, "voice", "hola sí solo llamaba, que la entrega ahora va a eh calle Río 5 "
     "mismo pueblo gracias adiós"),
    ("ordinary/plain", A, False, "review", "4 estrellas. Buen hervidor, la tapa cuesta un poco. ¿Lo hay en blanco?"),
    ("human/handoff", H, False, "chat", "¿puedo hablar con alguien del departamento de reclamaciones?"),
    ("human/handoff", H, False, "email", "¿Me podría llamar alguien de su equipo al 612 000 431 por la garantía? Es más "
     "fácil que por correo.\n\nGracias,\nRamón"),
    ("human/handoff", H, False, "form", "Motivo: Cuenta\nDetalle: Quiero que el director de la oficina revise mi caso "
     "personalmente, la decisión me parece equivocada."),
]
