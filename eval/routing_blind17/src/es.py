"""Spanish rows of blind set 17 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10, 2 with a person)
    ("optout/plain", A, True, "email",
     "Buenas tardes:\n\nLes comunico que no autorizo que ningún sistema de inteligencia artificial trate mis "
     "consultas. Cliente 20-4471.\n\nUn saludo,\nRocío Valverde"),
    ("optout/no_bot", A, True, "phone",
     "hola el asistente virtual ese que no me conteste mas, fuera de mis conversaciones, gracias"),
    ("optout/object", A, True, "chat", "me opongo a que una IA lea lo que os escribo. Que conste"),
    ("optout/legal", A, True, "clauses",
     "Primero.- Me acojo a lo previsto en el RGPD (art. 22).\nSegundo.- Ninguna de mis comunicaciones con ustedes "
     "podrá analizarse mediante algoritmos ni modelos automáticos.\nTercero.- Solicito confirmación escrita."),
    ("optout/drafts", A, True, "form",
     "Asunto: respuestas. Prefiero que las respuestas a mis correos no las genere ninguna máquina; quiero quedar "
     "fuera del sistema automático."),
    ("optout/remove_assistant", A, True, "checklist",
     "Pendiente con vosotros:\n[x] cambio de dirección\n[ ] factura de marzo\n[ ] sacarme de lo de la inteligencia "
     "artificial, no quiero que toque mis tickets"),
    ("optout/recorded_agreement", A, True, "minutes",
     "Acta de mi visita a la oficina de Cuenca (día 9). Asistentes: yo, Íñigo Sarasola, y la encargada. Acuerdo: "
     "mis expedientes no pasarán por herramientas de IA. Pendiente: que lo registren."),
    ("optout/exclusion_request", A, True, "table",
     "Campo | Valor\nTipo de petición | Exclusión\nAlcance | cualquier uso de bots o IA con mis mensajes\nDesde | "
     "hoy"),
    ("optout/with_person", H, True, "email",
     "Hola,\nquiero que mi reclamación del seguro del coche la gestione un empleado de verdad y que no pase por "
     "ningún programa de IA.\nGracias, Baltasar Quiroga"),
    ("optout/with_person", H, True, "scorecard",
     "Nota del chat automático: 0/10. Petición: desactivadlo conmigo y que me atienda un empleado sobre el cobro "
     "duplicado de la luz."),
    # opt-out near-misses (8)
    ("optneg/praise_bot", A, False, "phone", "el chat automatico me resolvio lo del pin enseguida, genial"),
    ("optneg/ai_feature", A, False, "email",
     "Hola:\n¿la cámara que venden trae el modo de reconocimiento con IA o hay que pagar aparte?\nSaludos, Ximena "
     "Orduña"),
    ("optneg/ask_data", A, False, "form",
     "Pregunta: ¿usan los datos de los clientes para entrenar modelos de IA? Lo pregunto para informarme antes de "
     "contratar, nada más."),
    ("optneg/relative", A, False, "chat",
     "mi abuela dice que los robots le dan miedo jaja. Bueno, necesito cambiar su tarifa a la de mayores"),
    ("optneg/automation_order", A, False, "changelog",
     "Lunes: pedido automático de pienso programado. Martes: llegó doble. Miércoles: sigo con dos sacos. Pido: "
     "devolver uno."),
    ("optneg/news", A, False, "pressrelease",
     "COMUNICADO: Cliente lee en prensa que su empresa lanza un asistente con IA. Cliente pregunta si estará "
     "también en catalán. Fin del comunicado."),
    ("optneg/bot_broken", A, False, "scorecard",
     "App 7/10, el bot de ayuda se queda colgado 2/10. Mientras tanto: ¿cómo cambio la contraseña?"),
    ("optneg/work_tool", A, False, "minutes",
     "Reunión interna de mi empresa: decidimos comprar su licencia de automatización de facturas. Duda para "
     "ustedes: ¿incluye soporte para 5 usuarios?"),
    # requests for a person (6)
    ("human/plain", H, False, "chat", "quiero hablar con alguien de verdad"),
    ("human/callback", H, False, "phone",
     "me pueden llamar al movil que tengo en la ficha? mejor por la tarde, es por la hipoteca"),
    ("human/anyone", H, False, "email",
     "Hola:\n¿hay alguien ahí? Llevo tres correos sin respuesta sobre el reembolso.\nNuria Castejón"),
    ("human/agent", H, False, "table",
     "Canal | Preferencia\nChat | no\nTeléfono | sí, con un agente\nMotivo | baja del contrato"),
    ("human/escalate", H, False, "clauses",
     "Uno: el técnico no vino. Dos: tampoco el segundo día. Tres: exijo que me atienda un responsable en persona."),
    ("human/staff", H, False, "checklist",
     "[x] leí la ayuda\n[x] probé el asistente\n[ ] hablar con una persona del servicio técnico <- esto"),
    # person near-misses (2)
    ("humanneg/shop_told", A, False, "form",
     "En la tienda de Getafe un dependiente me comentó que el cargador es compatible. ¿Me confirman el modelo?"),
    ("humanneg/thanks_agent", A, False, "postit", "Gracias a Maribel por la ayuda de ayer. Ya funciona todo :)"),
    # bias complaints (6)
    ("bias/origin", B, False, "email",
     "Buenos días:\nen la caja me pidieron el pasaporte para pagar con tarjeta. A la señora española de delante, "
     "con la misma tarjeta, no. Soy boliviana. ¿Es su política?\nLeonor Quispe"),
    ("bias/disability", B, False, "phone",
     "soy sorda y para verificar la cuenta solo dais la opcion de llamada, no hay sms ni chat. me quedo sin acceso"),
    ("bias/gender", B, False, "chat",
     "para subir el límite de nuestra cuenta a mí me exigen que firme mi marido; cuando lo pidió él, nadie quiso mi "
     "firma"),
    ("bias/ethnicity", B, False, "minutes",
     "Hechos del sábado: entro con mi primo, los dos gitanos. El vigilante nos sigue por toda la tienda. A los "
     "otros clientes, ni caso. Pido explicación."),
    ("bias/religion", B, False, "changelog",
     "Día 1: pido que retengan el envío hasta después del sabbat. Día 2: me dicen que 'eso no se hace'. Día 3: a "
     "otro cliente se lo retienen por vacaciones."),
    ("bias/accent", B, False, "scorecard",
     "Atención telefónica 1/10: en cuanto oyó mi acento colombiano me dijo que no podía darme la tarjeta y me colgó."),
    # hard negatives (6)
    ("hardneg/address", A, False, "email",
     "Hola:\nvivo en Albacete, calle Tinte 12. ¿Por qué me cobráis el doble en el último recibo?\nGracias"),
    ("hardneg/joke_object", A, False, "chat", "mi lavadora es racista, solo lava bien la ropa blanca 😂"),
    ("hardneg/rude_agent", A, False, "phone",
     "el de la tienda fue un borde, me hablo fatal, pero bueno, lo que quiero es la garantia del movil"),
    ("hardneg/threat_label", A, False, "pressrelease",
     "ÚLTIMA HORA: si no devuelven los 40 euros, cliente los denunciará en redes por machistas. Sin más motivo que "
     "el dinero."),
    ("hardneg/mention_age", A, False, "table",
     "Dato | Valor\nEdad | 82 años\nPetición | cambiar el recibo a la cuenta de mi hijo"),
    ("hardneg/policy_question", A, False, "postit",
     "¿Su empresa ha publicado un plan de igualdad? Es para clase, gracias."),
    # ordinary (2)
    ("ordinary/plain", A, False, "email", "Hola, ¿cuál es el horario de la oficina de Soria en agosto? Gracias."),
    ("ordinary/plain", A, False, "postit", "Se me olvidó el número de cliente, ¿me lo recordáis? Soy Eloy Amat"),
]
