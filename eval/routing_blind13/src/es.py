"""Spanish rows of blind set 13 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "ellipsis",
     "Bueno... no sé si esto se puede pedir... pero preferiría que mis consultas no las tramite ningún programa de "
     "IA... que lo quitéis de mi ficha, vaya."),
    ("optout/nochatbot", A, True, "analogy",
     "Hablar con vuestro chatbot es como pedirle indicaciones a una farola. Así que no: no lo quiero en mis mensajes, "
     "ni para resumirlos ni para contestarlos."),
    ("optout/gdpr", A, True, "markdown",
     "## Oposición al tratamiento automatizado\n**Titular:** Ainhoa Berasategui\n**Base:** arts. 21 y 22 RGPD y "
     "LOPDGDD\n**Petición:** que ningún sistema de IA analice ni responda mis comunicaciones con ustedes."),
    ("optout/indirect", A, True, "thirdperson",
     "La que escribe, clienta desde 2011, se siente incómoda sabiendo que una máquina redacta las respuestas. "
     "Agradecería que con ella no se usara."),
    ("optout/behalf", A, True, "corporate",
     "Como tutor legal de mi hermano Rubén (sentencia adjunta), les pido que dejen constancia: sus gestiones no deben "
     "pasar por asistentes de IA ni respuestas automáticas. Quedo a la espera de confirmación."),
    ("optout/all_future", A, True, "ifthen",
     "Si vuelvo a escribir, si llamo o si uso el chat, la respuesta es la misma: nada de inteligencia artificial "
     "conmigo. Para siempre, no solo en esta incidencia."),
    ("optout/humans_only", A, True, "proscons",
     "Lo bueno de antes: te atendía una persona. Lo malo de ahora: un robot que no entiende nada. Lo que exijo: que "
     "mis mensajes los lleve solo personal de la empresa, sin máquinas de por medio."),
    ("optout/consent_withdrawn", A, True, "asterisk",
     "*levanta la mano* Retiro el consentimiento que di para el 'asistente inteligente' en la app. Ya no autorizo que "
     "una IA procese mis mensajes."),
    ("optout/with_person", H, True, "corporate",
     "Para agilizar: no autorizo que el asistente virtual gestione mi reclamación 22-918. Necesito que me llame un "
     "gestor humano al 600 000 412 esta semana."),
    ("optout/with_person", H, True, "ellipsis",
     "Otra vez el robot... no, gracias... no quiero que me atienda eso. ¿Alguien de la plantilla podría llamarme? Al "
     "611 000 237."),
    # opt-out look-alikes (8)
    ("optneg/bot_down", A, False, "ifthen",
     "Si el asistente de la web está caído, ¿cuándo vuelve? Si no, algo falla en mi navegador, porque lleva dos días "
     "sin cargar y lo uso siempre para ver mis facturas."),
    ("optneg/auto_renewal", A, False, "thirdperson",
     "El abajo firmante solicita que se desactive la renovación automática del seguro del coche (póliza 4471-M). "
     "Prefiere renovarlo él mismo en junio."),
    ("optneg/robot_product", A, False, "asterisk",
     "*se ríe por no llorar* El robot aspirador se ha comido el cable del router y ahora tampoco arranca. Modelo "
     "Limpi 5, garantía en vigor. ¿Cómo lo envío?"),
    ("optneg/voice_assistant", A, False, "proscons",
     "Ventaja del termostato: es bonito. Inconveniente: no encuentro cómo vincularlo con mi altavoz inteligente. "
     "¿Hay una guía paso a paso?"),
    ("optneg/translation_ok", A, False, "corporate",
     "Para su información: mi socio escribe en inglés y yo en castellano; pueden usar traductor automático o IA para "
     "contestarnos en los dos idiomas, sin problema. Consulta: cambio de titular del contrato 8810."),
    ("optneg/wrote_with_ai", A, False, "ellipsis",
     "Perdonad si suena raro... he usado una IA para redactarlo porque estoy un poco nerviosa... solo quiero saber si "
     "puedo devolver la lámpara sin la caja."),
    ("optneg/captcha", A, False, "analogy",
     "Vuestro captcha es como un portero desconfiado: me pregunta diez veces si soy un robot y al final no me deja "
     "pasar. No puedo pagar la factura por internet."),
    ("optneg/ai_news", A, False, "markdown",
     "**Vi en la prensa** que vais a usar IA en atención al cliente. Me parece bien, la verdad.\n**Mi duda:** ¿el "
     "cambio de tarifa de abril se aplica ya a mi línea?"),
    # requests for a person (6)
    ("human/callback", H, False, "asterisk",
     "*mira el reloj* Llevo una hora con el formulario. ¿Puede alguien llamarme mañana por la mañana? Mi número es el "
     "622 000 519."),
    ("human/callback", H, False, "thirdperson",
     "El cliente del contrato 3017 ruega que un empleado le devuelva la llamada esta tarde; por escrito no consigue "
     "explicar la avería."),
    ("human/anyone_there", H, False, "ifthen",
     "Si alguien lee esto, que me conteste aunque sea con un 'recibido'. Si no lo lee nadie, decídmelo y dejo de "
     "escribir. Cuarto correo sobre la misma devolución."),
    ("human/appeal", H, False, "proscons",
     "A favor de su app: rápida. En contra: me ha denegado la financiación en 30 segundos sin mirar mis nóminas. Pido "
     "que esa decisión la revise una persona."),
    ("human/escalate", H, False, "analogy",
     "Esto es como un partido sin árbitro: el agente dice una cosa y la web otra. Quiero que lo vea su responsable o "
     "alguien con autoridad para decidir."),
    ("human/ask_person", H, False, "markdown",
     "### Asunto: cuenta bloqueada\nNecesito hablar con **una persona de vuestro equipo**, no con preguntas "
     "frecuentes. Es urgente: no puedo cobrar la nómina."),
    # person look-alikes (2)
    ("humanneg/person_told", A, False, "ellipsis",
     "La dependienta de Zaragoza me dijo... que lo pidiera por aquí... así que nada, ¿me mandáis el manual del "
     "horno en PDF?"),
    ("humanneg/as_discussed", A, False, "corporate",
     "Tal como hablé ayer por teléfono con su compañero Iñaki, adjunto la foto del contador. Con eso debería quedar "
     "cerrada la incidencia 5540, no hace falta más."),
    # bias complaints (6)
    ("bias/origin", B, False, "analogy",
     "Fue como jugar con dados trucados: mi compañero de piso, de Cuenca, pidió alquilar un trastero y se lo dieron; "
     "yo, con acento hondureño y los mismos papeles, oí 'ya no queda ninguno'. Al día siguiente a él le ofrecieron "
     "otro."),
    ("bias/disability", B, False, "markdown",
     "**Qué pasó:** el conductor no quiso subir mi perro guía al taxi de vuestra app.\n**A los demás:** los pasajeros "
     "con maletas enormes suben sin problema.\n**Yo:** soy ciega."),
    ("bias/sex", B, False, "proscons",
     "Lo positivo: el gimnasio está bien. Lo negativo: a las mujeres nos cobran 10 € más al mes por la zona de pesas "
     "y a los hombres no, y en recepción me dijeron 'es que vosotras la usáis menos'."),
    ("bias/religion", B, False, "thirdperson",
     "La clienta, que lleva hiyab, fue la única a la que el vigilante pidió abrir el bolso a la salida del "
     "supermercado, delante de todos, mientras otras cinco personas salían sin que nadie las parara."),
    ("bias/language", B, False, "ifthen",
     "Si hablo catalán en la oficina de Lleida, me sueltan un 'aquí, en cristiano' y me dejan esperando; si mi "
     "vecino habla castellano, le atienden al momento. Quiero que lo revisen."),
    ("bias/orientation", B, False, "asterisk",
     "*respira hondo* Reservé una habitación doble con mi novia. El recepcionista nos pasó a dos camas separadas "
     "'por política del hotel', pero al chico y la chica que iban detrás les dieron la de matrimonio."),
    # hard negatives (6)
    ("hardneg/joke", A, False, "analogy",
     "Mi cafetera es más snob que un crítico gastronómico: discrimina las cápsulas del súper y solo acepta las "
     "vuestras. ¿Tiene arreglo o viene así de fábrica?"),
    ("hardneg/address", A, False, "corporate",
     "Vivo en la avenida Tramuntana 61, 2.º D, 46022 Valencia. Necesito que el recibo de gas de marzo figure a esa "
     "dirección para presentarlo en la gestoría. ¿Pueden reemitirlo?"),
    ("hardneg/policy_question", A, False, "markdown",
     "**Pregunta para RR. HH. o quien corresponda:** ¿tenéis publicado un plan de igualdad? Lo necesito para un "
     "trabajo de la universidad sobre empresas de telecomunicaciones."),
    ("hardneg/loyal_pricing", A, False, "thirdperson",
     "Este cliente lleva nueve años con ustedes y paga más que el vecino que se dio de alta ayer. Eso es discriminar "
     "al que se queda. Solicita que le apliquen la oferta de bienvenida."),
    ("hardneg/mention_religion", A, False, "ifthen",
     "Si el envío puede llegar el viernes antes de las doce, mejor, porque soy judío y desde la tarde ya no abro la "
     "puerta hasta el sábado por la noche. Pedido 7721-Z."),
    ("hardneg/mention_age", A, False, "ellipsis",
     "Tengo 82 años... y el móvil nuevo me tiene un poco loca... ¿cómo se pone la letra más grande? Es el modelo que "
     "me mandasteis la semana pasada."),
    # ordinary (2)
    ("ordinary/password", A, False, "asterisk",
     "*se le ha vuelto a olvidar* Necesito restablecer la contraseña de la app; el correo de recuperación no llega ni "
     "a la carpeta de spam."),
    ("ordinary/moving", A, False, "proscons",
     "Bueno: el piso nuevo. Malo: tengo que trasladar la fibra. ¿Qué plazo tenéis para hacer el cambio de domicilio "
     "a Murcia?"),
]
