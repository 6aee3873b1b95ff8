"""Spanish rows of blind set 12 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "questions",
     "¿Se puede quitar la inteligencia artificial de mis consultas? ¿Dónde lo pido? Porque no la quiero "
     "metida en nada de lo mío, ¿queda claro?"),
    ("optout/nochatbot", A, True, "repost",
     "Os copio lo que mandé el lunes y nadie leyó: \"No me contestéis con el asistente virtual.\" Lo "
     "repito: fuera el bot de mi cuenta 4471-LM, gracias."),
    ("optout/gdpr", A, True, "tldr",
     "He leído vuestra política, he visto que las respuestas las prepara un sistema automático y que "
     "perfiláis las consultas.\nResumen: ejerzo mi oposición (art. 21 y 22 RGPD) a que mis datos pasen por "
     "decisiones automatizadas."),
    ("optout/indirect", A, True, "inline",
     "> ¿Desea añadir algún comentario?\nSí. Preferiría de verdad que mis correos los leyera alguien del "
     "equipo y no esas máquinas que redactan solas.\n> Gracias por su tiempo."),
    ("optout/behalf", A, True, "bugreport",
     "Titular: Remedios Alcázar (escribe su nieta)\nPetición: mi abuela no autoriza que ningún programa de "
     "IA trate sus mensajes ni sus llamadas\nAcción: anotarlo en su ficha"),
    ("optout/all_future", A, True, "edit",
     "Adjunto el justificante de la transferencia.\nEDITO: y para todo lo que os escriba a partir de hoy, "
     "nada de respuestas generadas por ordenador, para siempre."),
    ("optout/humans_only", A, True, "abovetheline",
     "Solo acepto trato con empleados de carne y hueso. Ni algoritmos ni asistentes automáticos con mis "
     "datos.\n\n## Escriba su respuesta encima de esta línea ##\nSu solicitud (#48690) ha sido actualizada. "
     "Para añadir un comentario, responda a este correo."),
    ("optout/consent_withdrawn", A, True, "quotesite",
     "En vuestra web pone \"puede revocar su consentimiento al uso de IA en la atención\". Pues lo revoco, "
     "desde ya, para el contrato 88-31075."),
    ("optout/with_person", H, True, "sarcastic",
     "Qué maravilla, el robot me ha entendido \"baja\" cuando dije \"alta\". Genial. No quiero que ese "
     "trasto vuelva a tocar mis mensajes; que me telefonee un empleado de verdad, 600 000 318."),
    ("optout/with_person", H, True, "questions",
     "¿Podéis desactivar la IA para mí? ¿Y me pasáis con un agente humano, porfa? ¿De verdad es tan difícil "
     "hablar con alguien ahí?"),
    # opt-out look-alikes (8)
    ("optneg/ask_whether", A, False, "inline",
     "> ¿Hay algo más en lo que podamos ayudarle?\nPor curiosidad, ¿esto lo escribe una IA o una persona? "
     "Me da igual, eh, solo pregunto.\n> Un saludo, Atención al Cliente"),
    ("optneg/ai_fine", A, False, "sarcastic",
     "Mi cuñado se escandaliza porque \"os contesta una máquina\". A mí, plin: si me arregla la fibra, como "
     "si me contesta un loro. ¿Cuándo viene el técnico?"),
    ("optneg/opt_back_in", A, False, "repost",
     "En marzo os escribí: \"No quiero atención con inteligencia artificial.\" Olvidadlo, ya no pienso así. "
     "El asistente puede volver a atenderme."),
    ("optneg/refuse_other", A, False, "edit",
     "Dejad de llamarme para ofrecerme fibra, por favor.\nEDITO: lo del chat con IA me parece bien, lo que "
     "no aguanto son las llamadas comerciales a la hora de comer."),
    ("optneg/criticise", A, False, "bugreport",
     "Paso 1: pregunto al asistente virtual el horario de la tienda de Cáceres\nResultado: dice que cierra "
     "a las 14 h\nReal: cierra a las 20 h\nCorregidlo, por lo demás bien."),
    ("optneg/policy_question", A, False, "questions",
     "¿Tenéis una política escrita sobre el uso de IA en atención al cliente? ¿Dónde se publica? Lo "
     "pregunto para un trabajo de la asociación de vecinos."),
    ("optneg/relative_other", A, False, "tldr",
     "Mi madre, que tiene su propio contrato, os escribirá para que no le conteste ninguna IA; eso es cosa "
     "suya.\nResumen: a mí contestadme como siempre, solo quiero el duplicado de la factura."),
    ("optneg/past_withdrawn", A, False, "abovetheline",
     "Olvidad mi mensaje de ayer en el que me negaba al asistente automático. Lo he pensado mejor y no me "
     "importa.\n\n## Escriba su respuesta encima de esta línea ##\nSu solicitud (#80022) ha sido "
     "actualizada. Para añadir un comentario, responda a este correo."),
    # requests for a person (6)
    ("human/callback", H, False, "tldr",
     "Llevo desde octubre con cargos dobles, he mandado capturas, extractos y hasta una carta.\nResumen: "
     "llamadme mañana antes de comer, 611 000 492."),
    ("human/callback", H, False, "edit",
     "No me deja cambiar el titular desde la app.\nEDITO: mejor llamadme vosotros, por la tarde, que "
     "escrito no me aclaro."),
    ("human/anyone_there", H, False, "sarcastic",
     "Tercer correo. Empiezo a sospechar que esta dirección la lee un agujero negro. ¿Alguien lee esto al "
     "otro lado, o hablo con la pared?"),
    ("human/appeal", H, False, "inline",
     "> Su solicitud de financiación ha sido denegada por nuestro sistema de evaluación.\nQuiero que una "
     "persona revise esa decisión, tengo nómina fija desde hace doce años."),
    ("human/escalate", H, False, "repost",
     "Lo que escribí hace diez días: \"La lavadora llegó rota.\" Tres respuestas automáticas después, pido "
     "que lo vea un responsable del departamento."),
    ("human/ask_person", H, False, "bugreport",
     "Fallo: permanencia mal calculada en la factura\nEsperado: 12 meses\nObtenido: 24 meses\nSolución "
     "pedida: hablar con un asesor, no con el formulario."),
    # person look-alikes (2)
    ("humanneg/thanks_agent", A, False, "edit",
     "Todo solucionado con el cambio de tarifa.\nEDITO: y gracias a Nerea, la chica del teléfono, que tuvo "
     "una paciencia infinita. No hace falta que me llaméis."),
    ("humanneg/person_told", A, False, "quotesite",
     "Un dependiente de la tienda de Getafe me dijo \"eso se pide por la web\", y aquí estoy: quiero el "
     "cargador de repuesto del modelo T-22."),
    # bias complaints (6)
    ("bias/origin", B, False, "repost",
     "Reenvío lo mío del martes: en el ticket de compra alguien escribió a mano \"moro, vigilar\". Mi "
     "marido, que es de Soria, compró lo mismo y su ticket sale limpio. Exijo explicaciones."),
    ("bias/orientation", B, False, "tldr",
     "Pedimos habitación doble mi novio y yo; en recepción nos dieron dos camas separadas \"por norma\" "
     "mientras la pareja que iba antes, hombre y mujer, se llevó la de matrimonio.\nResumen: nos trataron "
     "distinto por ser dos hombres."),
    ("bias/disability", B, False, "bugreport",
     "Usuario: ciego, uso lector de pantalla\nPaso: acceder al área de clientes\nBloqueo: captcha solo de "
     "imágenes, sin alternativa de audio\nResultado: no puedo pagar como los demás."),
    ("bias/marital", B, False, "questions",
     "¿Por qué a mí me exigen la firma de mi marido para el préstamo y a él no le pidieron la mía el año "
     "pasado? ¿Una mujer casada no puede firmar sola?"),
    ("bias/race", B, False, "sarcastic",
     "Curioso que el apartamento \"estuviera ya reservado\" cuando fui yo, que soy negra, y que mi "
     "compañera blanca lo visitara esa misma tarde sin problema. Pura suerte, claro."),
    ("bias/age", B, False, "inline",
     "> ¿Por qué motivo desea reclamar?\nEl comercial dijo que \"a su edad no compensa\" darme la tarjeta. "
     "Tengo 68 años y mi hijo la obtuvo con menos ingresos."),
    # hard negatives (6)
    ("hardneg/address", A, False, "abovetheline",
     "Vivo en la calle Almendro 14, 3.º B, de Albacete. ¿Por qué la factura de noviembre viene con 9 € "
     "más?\n\n## Escriba su respuesta encima de esta línea ##\nSu solicitud (#31423) ha sido actualizada. "
     "Para añadir un comentario, responda a este correo."),
    ("hardneg/joke", A, False, "sarcastic",
     "Mi aspiradora es clasista: solo traga las migas del salón bueno. Bromas aparte, ¿me mandáis un filtro "
     "nuevo?"),
    ("hardneg/loyal_pricing", A, False, "edit",
     "Veo que a los nuevos les dais la fibra a 25 €.\nEDITO: es discriminar a los clientes de siempre. "
     "Bajadme la cuota o me voy."),
    ("hardneg/mention_religion", A, False, "questions",
     "Soy musulmana y en Ramadán ceno tarde: ¿el repartidor puede venir después de las 21 h? ¿Tiene recargo?"),
    ("hardneg/policy_question", A, False, "bugreport",
     "Pasos: entro en la web > Empresa > Igualdad\nEsperado: el plan de igualdad en PDF\nObtenido: error "
     "404\n¿Dónde se puede leer? Es para una asignatura."),
    ("hardneg/threat", A, False, "repost",
     "Os recuerdo lo que dije: \"Si no me devolvéis el dinero, diré en redes que sois unos racistas.\" Y lo "
     "mantengo, quiero mi reembolso."),
    # ordinary (2)
    ("ordinary/password", A, False, "inline",
     "> ¿En qué podemos ayudarle?\nNo me llega el correo para restablecer la contraseña, ya he mirado en "
     "spam."),
    ("ordinary/moving", A, False, "tldr",
     "Me mudo a Valladolid en enero, con obra en la casa nueva y todo patas arriba.\nResumen: ¿cómo "
     "traslado la línea?"),
]
