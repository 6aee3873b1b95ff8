"""Spanish rows of blind set 16 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "email",
     "Buenas tardes:\n\nLes escribo por mi contrato 30-55712. No autorizo que mis mensajes los lea ni los conteste "
     "ningún sistema de inteligencia artificial; quiero que los lleve su personal.\n\nUn saludo,\nMarta Villaverde"),
    ("optout/no_chatbot", A, True, "chat",
     "oye, ¿se puede desactivar el asistente automático en mi cuenta? no quiero que me vuelva a contestar"),
    ("optout/legal", A, True, "memo",
     "PARA: Delegado de Protección de Datos\nDE: Ignacio Barrenechea (cliente 71-0093)\nASUNTO: Oposición\nEn virtud "
     "del artículo 22 RGPD, rechazo que mis consultas se analicen o resuelvan mediante decisiones automatizadas o "
     "herramientas de IA. Ruego confirmación."),
    ("optout/human_written", A, True, "postcard",
     "¡Saludos desde la sala de espera del dentista! Aprovecho para pediros una cosa: que las respuestas que me "
     "mandéis las escriba gente de carne y hueso y no un programa de IA. Besos, Carmen (socia 4410)"),
    ("optout/no_training", A, True, "phone",
     "no quiero q mis chats se usen para entrenar vuestra ia ni q la ia los procese, cliente 6620 gracias"),
    ("optout/behalf", A, True, "email",
     "Hola:\n\nSoy la hija y tutora legal de Remedios Lozano (póliza 88-1207). Mi madre no quiere saber nada de "
     "máquinas: les pido que ningún asistente virtual ni inteligencia artificial gestione sus avisos ni sus "
     "llamadas.\n\nAtentamente,\nBeatriz Lozano"),
    ("optout/standing", A, True, "weather",
     "Previsión para todas mis futuras incidencias: despejado de robots. Es decir, que en ningún canal, ni ahora ni "
     "más adelante, intervenga vuestra IA en lo mío. Cliente 2093-B."),
    ("optout/after_incident", A, True, "breakup",
     "Querida compañía:\nLo mío con tu chatbot se acabó el día que canceló mi línea sin querer. No es un adiós a ti, "
     "es a él: no quiero más respuestas generadas por inteligencia artificial en mis gestiones. Tuya aún, Lucía"),
    ("optout/with_person", H, True, "form",
     "Asunto: Sin asistente virtual\nCategoría: Facturación\nMensaje: No quiero que el asistente virtual lleve mi "
     "reclamación de la factura de abril. Prefiero una llamada de algún empleado suyo al 600 000 318."),
    ("optout/with_person", H, True, "screenshots",
     "[Captura: el robot del chat diciendo 'No te he entendido' por quinta vez]\nPues eso. Fuera el robot de mi caso, "
     "por favor, y pasadme con un empleado humano."),
    # opt-out look-alikes (8)
    ("optneg/auto_renewal", A, False, "email",
     "Hola:\n\nOs pido quitar la renovación automática de mi póliza de coche AU-44190 antes del 15 de junio. No pienso "
     "darme de baja todavía, solo quiero decidirlo yo.\n\nGracias,\nPablo Ordóñez"),
    ("optneg/autoreply_ack", A, False, "chat",
     "me ha llegado vuestra respuesta automática con el número 55120, os adjunto la factura que faltaba"),
    ("optneg/own_ai", A, False, "receipt",
     "RESUMEN DE MI SEMANA:\n- 2 llamadas sin respuesta\n- 1 pedido (nº 7731) sin llegar\n- 1 mensaje traducido con "
     "ChatGPT porque mi español todavía es flojo, perdón\nTOTAL: ¿dónde está mi pedido?"),
    ("optneg/ai_feature_help", A, False, "phone",
     "el traductor con ia de vuestra app no me deja elegir catalan, sale en gris. como lo activo?"),
    ("optneg/auto_marketing", A, False, "memo",
     "PARA: Marketing\nASUNTO: Publicidad\nDejad de enviarme los SMS promocionales automáticos, por favor, llegan a "
     "las 8 de la mañana. Sigo con el servicio, solo fuera la publicidad. Tel. terminado en 204."),
    ("optneg/ai_training_question", A, False, "form",
     "Asunto: Duda sobre IA\nCategoría: Privacidad\nMensaje: ¿Usan las conversaciones con clientes para entrenar "
     "alguna IA? Es pura curiosidad, mi TFG va sobre servicios de atención."),
    ("optneg/wants_automation", A, False, "postcard",
     "¡Hola desde Cádiz! Me he ido de vacaciones y se me olvidó pagar el recibo otra vez. ¿Me activáis los avisos "
     "automáticos por SMS antes de cada cobro? Un abrazo, Julián (cuenta 5512)"),
    ("optneg/ai_news", A, False, "screenplay",
     "INT. BAR - MAÑANA. ROSARIO lee el periódico: 'La compañía incorpora IA a su servicio'.\nROSARIO: Bueno, allá "
     "ellos.\nEscribe: me habéis cobrado dos veces la cuota de mayo, devolvedme una."),
    # requests for a person (6)
    ("human/callback", H, False, "email",
     "Buenos días:\n\n¿Podrían llamarme al 600 000 472 esta tarde? Es un tema de la hipoteca y por escrito me lío "
     "mucho.\n\nGracias,\nAlfonso Rubio"),
    ("human/callback", H, False, "weather",
     "Previsión de hoy: lluvia de mensajes sin respuesta. ¿Algún técnico podría telefonearme antes de las seis? 600 "
     "000 915. Gracias, Nerea"),
    ("human/anyone_there", H, False, "chat",
     "¿queda alguien en esa oficina o le estoy escribiendo a una pared? tercer día ya"),
    ("human/appeal", H, False, "memo",
     "PARA: Departamento de Riesgos\nASUNTO: Rechazo automático del préstamo 3310\nSu sistema me denegó la "
     "financiación en segundos. Solicito la revisión de un empleado, con mis nóminas y el contrato indefinido."),
    ("human/supervisor", H, False, "phone",
     "es la cuarta vez q reclamo lo del contador, que me pongan ya con el encargado"),
    ("human/ask_person", H, False, "fairytale",
     "Érase una vez un cliente que solo quería explicar su avería a alguien de su equipo, a una persona cualquiera. "
     "Ese cliente soy yo, contrato 90-114. ¿Me ponéis con alguien?"),
    # person look-alikes (2)
    ("humanneg/manager_asked", A, False, "email",
     "Hola:\n\nMi jefa, la señora Quintana, me ha encargado pedirles los certificados de retenciones de 2025 de "
     "Talleres Ebro, S.L. ¿Me los pueden enviar a este correo?\n\nSaludos,\nDavid Soler"),
    ("humanneg/call_done", A, False, "postcard",
     "¡Saludos desde un salón con internet por fin! Ayer me llamó Raúl, su técnico, y lo dejó todo funcionando. Podéis "
     "cerrar la incidencia 7781. Gracias, Maite"),
    # bias complaints (6)
    ("bias/origin", B, False, "email",
     "Buenas:\n\nFui a abrir una cuenta en su oficina de Murcia con mi NIE y me pidieron un aval 'por ser extranjero'. "
     "Mi compañera de piso, española, abrió la suya el mismo día sin aval y cobrando menos que yo.\n\nJhon Fredy "
     "Ospina"),
    ("bias/age", B, False, "chat",
     "tengo 77 años y en la tienda me dijeron que el móvil a plazos 'a su edad no compensa'. a mi hijo le dieron el "
     "mismo plan sin problema"),
    ("bias/disability", B, False, "phone",
     "soy ciega y vuestra web nueva no se puede usar con lector de pantalla, llame y me dijeron que lo haga mi marido. "
     "antes si podia hacerlo sola"),
    ("bias/gender_identity", B, False, "screenshots",
     "[Captura: mi DNI con el nombre Valeria] [Captura: su respuesta: 'el titular debe presentarse en persona, "
     "caballero']\nCada vez que voy a recoger un paquete me hacen lo mismo; a mi hermana, con su DNI, se lo dan sin "
     "más."),
    ("bias/sex", B, False, "receipt",
     "PRESUPUESTO DEL TALLER:\n- Cambio de embrague (pedido por mí): 980 €\n- El mismo cambio, mismo coche, pedido por "
     "mi novio al día siguiente: 610 €\nNo hace falta decir más. Ana Belén Cuesta"),
    ("bias/religion", B, False, "breakup",
     "Querido gimnasio:\nSe acabó. Desde que vengo con hiyab la recepcionista me pide el carné todos los días y a las "
     "demás las deja pasar con un saludo. Me doy de baja. Amina El Idrissi"),
    # hard negatives (6)
    ("hardneg/joke", A, False, "chat",
     "mi lavadora es racista con la ropa de color jajaja. bueno, que el pedido 4418 llegó sin la manguera, ¿me la "
     "mandáis?"),
    ("hardneg/address", A, False, "email",
     "Hola:\n\nVivo en la calle Alfarería 12, 3.º B, de Zaragoza. ¿Por qué la factura del agua de este trimestre ha "
     "salido el doble?\n\nUn saludo,\nGloria Sanz"),
    ("hardneg/threat", A, False, "weather",
     "Previsión: tormenta en redes. Si mañana no tengo internet os pongo en Twitter como los más machistas del sector "
     "(que no, que es broma, pero arreglad la fibra). Cliente 3012."),
    ("hardneg/policy_question", A, False, "form",
     "Asunto: Plan de igualdad\nCategoría: Proveedores\nMensaje: Antes de homologarles como proveedor nos hace falta "
     "su plan de igualdad y el protocolo frente al acoso."),
    ("hardneg/rude_agent", A, False, "screenplay",
     "INT. TIENDA - TARDE. El dependiente bosteza.\nDEPENDIENTE: Eso no es cosa mía, vuelva otro día.\nYO (escribiendo "
     "después): Muy maleducado. Y sigo sin saber cómo devolver la chaqueta."),
    ("hardneg/own_prejudice", A, False, "memo",
     "PARA: Atención al cliente\nASUNTO: Baja\nNo me ha gustado nada el anuncio con la pareja de chicas. Denme de baja "
     "del club de fidelidad, tarjeta 5550."),
    # ordinary (2)
    ("ordinary/password", A, False, "phone",
     "intento resetear la clave y el codigo por sms nunca aparece, movil acabado en 771"),
    ("ordinary/moving", A, False, "fairytale",
     "Había una vez una familia que se mudaba a Valladolid el 1 de julio. ¿Podéis pasar el contrato de la luz a la "
     "casa nueva? Calle Pólvora 8. Firmado: la familia Arranz"),
]
