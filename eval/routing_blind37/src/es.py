"""Blind set 37, Spanish (Spain): (category, label, opt_out, style, text), typed by hand."""
ROWS = [
    ("optout/embedded", "ai_assist", True, "powerbill",
     'Buenas tardes. En la factura de octubre me cobran 212,40 € cuando llevo meses pagando unos 70 €, y '
     'la lectura que aparece (18830) no es la de mi contador, que marca 17402. Les adjunto la foto. Por '
     'cierto, a mis correos prefiero que no responda ningún sistema automático, que la última vez me '
     'mandaron una respuesta que no tenía nada que ver. Un saludo, Remedios Villaverde'),
    ("optout/hedged", "ai_assist", True, "savingsbank",
     'Si puede ser, mis consultas mejor fuera del programa ese de respuestas automáticas, que siempre me '
     'contesta cualquier cosa. ¿Me dicen cuándo llega la tarjeta nueva?'),
    ("optout/question", "ai_assist", True, "courierdm",
     'esto lo contesta una máquina? porque entonces paso, no quiero respuestas automaticas. el paquete '
     '0000-4471 lleva 6 dias en Coslada'),
    ("optout/footer_reply", "ai_assist", True, "fixitdesk",
     "Hola, en su último correo pone abajo 'Esta respuesta ha sido redactada con ayuda de inteligencia "
     "artificial'. Les pido que con mi caso no lo hagan así. La lavadora Bosquet LV-000712 sigue sin "
     'centrifugar después de la reparación del día 9 y quiero saber si entra en garantía la segunda '
     'visita.'),
    ("optout/followup", "ai_assist", True, "tourdesk",
     'Como ya les dije la otra vez, conmigo nada de respuestas automáticas. Sigo sin recibir el bono del '
     'hotel de Cádiz, reserva TD-00914.'),
    ("optout/consent", "ai_assist", True, "savingsbank",
     'Asunto: cuenta terminada en 0082. Ejerzo mi derecho de oposición: ni mis datos ni mis correos deben '
     'pasar por sistemas de decisión automatizada, conforme al RGPD, y solicito que quede constancia. '
     'Aparte de eso, me han cobrado dos veces la comisión de mantenimiento de noviembre (12 € cada una) y '
     'pido la devolución de una de ellas.'),
    ("optout/product", "ai_assist", True, "powerbill",
     'no me conteste con el ChatGPT ese por favor, que ya me conozco las respuestas de copia y pega. lo '
     'unico que pregunto es por que me cortaron la luz si el recibo esta pagado, tengo el justificante del'
     ' banco del dia 3 y se lo mando si hace falta. tengo el congelador lleno y una persona mayor en casa,'
     ' asi que es urgente'),
    ("optout/sarcasm", "ai_assist", True, "fixitdesk",
     'Qué maravilla, otra respuesta que me pide el número de serie que ya les he dado TRES veces '
     '(SN-0000381). Si el cacharro que escribe estos correos pudiera dejar de escribirme, se lo '
     'agradecería muchísimo. El horno sigue sin calentar.'),
    ("optout/spanglish", "ai_assist", True, "courierdm",
     'hola, my package llegó roto, la caja toda aplastada y el jarrón en pedazos. pedido CD-000285. and '
     'please no quiero que me responda un bot, ok? gracias'),
    ("optout/elderly", "ai_assist", True, "savingsbank",
     'Estimados señores: a mis 79 años no deseo que sea un ordenador el que decida sobre mi pensión ni '
     'sobre mi cuenta. Mi hija me ha dicho que ahora lo hacen así. Les ruego lo apunten. Atentamente, '
     'Aurelio Cuesta Pardo'),
    ("optout/noaccents", "ai_assist", True, "tourdesk",
     'mis mensajes no los puede gestionar ningun programa automatico, no doy permiso. cuanto cuesta '
     'cambiar el vuelo a Tenerife del dia 22 al 23'),
    ("optout/with_person", "human", True, "powerbill",
     'Llevo una semana sin gas en casa y con dos críos pequeños. Ya he rellenado el formulario dos veces y'
     ' solo me llegan mensajes automáticos, que no los quiero más. Por favor, una llamada de alguien de su'
     ' plantilla al 600 000 418, estoy disponible todo el día.'),
    ("optout/with_person", "human", True, "tourdesk",
     '¿Hay alguien ahí o es todo automático? Si es automático no me interesa. Necesito hablar con una '
     'persona sobre el reembolso del crucero, reserva CR-00552. Nos lo cancelaron por avería del barco '
     'hace tres semanas, nos prometieron el dinero en diez días y todavía no hemos visto un euro.'),
    ("optout/with_person", "human", True, "savingsbank",
     'Buenos días. Mi padre ha ingresado en una residencia y tengo poderes notariales para gestionar su '
     'cuenta. Es un tema delicado y no quiero que lo lleve un sistema automatizado; quiero que me reciba '
     'el director de su oficina en la calle Mayor de Alcalá, con cita previa si hace falta.'),
    ("optneg/question_ai", "ai_assist", False, "fixitdesk",
     'Una pregunta por curiosidad: ¿las respuestas de este chat las escribe una IA? A mí me da igual. '
     '¿Tienen la pieza del lavavajillas?'),
    ("optneg/praise", "ai_assist", False, "courierdm",
     'El asistente automático resolvió lo del cambio de domicilio de entrega en un minuto, muy bien. '
     '¿Puedo elegir también la franja de tarde?'),
    ("optneg/marketing", "ai_assist", False, "savingsbank",
     'No quiero recibir más publicidad de fondos de inversión ni de seguros, ni por correo ni por SMS. Me '
     'di de baja en la app y me siguen llegando. Cuenta terminada en 0129. Lo único que quiero recibir son'
     ' los extractos.'),
    ("optneg/calls", "ai_assist", False, "powerbill",
     'Por favor, dejen de llamarme para ofrecerme la tarifa plana, ya les dije que no me interesa. Me '
     'llaman hasta los sábados a las diez de la mañana y es un agobio. Si tienen algo que decirme, por '
     'escrito. Contrato ES-0000-9912.'),
    ("optneg/tracking", "ai_assist", False, "courierdm",
     '¿Se puede desactivar el seguimiento por ubicación de la app? Me incomoda que sepa por dónde me '
     'muevo. El pedido lo recojo en el punto de Valdemoro.'),
    ("optneg/someone_else", "ai_assist", False, "tourdesk",
     'Mi mujer dice que ella no quiere saber nada de chats automáticos, pero la reserva está a mi nombre y'
     ' a mí me parece bien que me contesten como sea, con tal de que sea rápido. ¿Está incluido el '
     'traslado al aeropuerto en el paquete de Lanzarote?'),
    ("optneg/withdrawn", "ai_assist", False, "savingsbank",
     'Hace un mes pedí que mis mensajes no los tratara ningún sistema automático. Lo retiro: al final me '
     'resulta más cómodo así, y las respuestas han sido correctas. Aprovecho para otra cosa: voy a viajar '
     'a Marruecos en enero y quiero saber si tengo que avisar para usar la tarjeta allí y qué comisión '
     'cobran por sacar dinero. ¿Cuál es el límite diario del cajero?'),
    ("optneg/app_error", "ai_assist", False, "powerbill",
     'la app se queda colgada cuando meto la lectura y el sistema me da un error 500. llevo así desde el '
     'lunes'),
    ("optneg/newsletter", "ai_assist", False, "tourdesk",
     'Dadme de baja del boletín, por favor, me llegan tres correos por semana. Las reservas que tengo las '
     'mantengo.'),
    ("human/callback", "human", False, "fixitdesk",
     'Por favor que me llamen al 600 000 773, el técnico no vino ayer y nadie me avisó.'),
    ("human/manager", "human", False, "courierdm",
     "Es la cuarta vez que el repartidor marca 'ausente' y yo estaba en casa, tengo el timbre grabado. "
     'Quiero hablar con un responsable, alguien que pueda tomar una decisión, no con quien me pida '
     'paciencia otra vez. Envío 0000-8840.'),
    ("human/anyone", "human", False, "powerbill",
     'hola??? alguien lee esto? tres correos y ni una respuesta'),
    ("human/named_agent", "human", False, "savingsbank",
     'Quisiera que me atendiera otra vez Nuria, la gestora que me llevó la hipoteca en septiembre, porque '
     'ya conoce el caso. Ahora quiero amortizar una parte, unos 15.000 €, y tengo dudas sobre si conviene '
     'reducir cuota o plazo. ¿Me puede llamar ella esta semana? Por las tardes estoy más libre.'),
    ("human/escalate", "human", False, "fixitdesk",
     'Reclamación RC-000417 abierta desde hace un mes. Pido que se eleve a un superior ya.'),
    ("human/branch", "human", False, "savingsbank",
     'Prefiero tratar lo del préstamo en la oficina de Getafe, en persona. ¿Me dan cita para el jueves?'),
    ("human/phone", "human", False, "tourdesk",
     'Buenas, ¿me pueden dar un teléfono para hablar con alguien de la agencia? Tenemos un problema con '
     'los billetes de tren de vuelta desde Sevilla: el localizador que nos mandaron no aparece en la web '
     'de la compañía y viajamos el domingo con mi madre, que usa silla de ruedas, y no queremos quedarnos '
     'tirados en la estación.'),
    ("humanneg/spoke_already", "ai_assist", False, "powerbill",
     'Ya hablé ayer por teléfono con un chico muy amable y quedó resuelto, gracias. Solo necesito la '
     'factura corregida en PDF.'),
    ("humanneg/agent_name", "ai_assist", False, "courierdm",
     'El repartidor de esta mañana subió el paquete hasta el cuarto sin ascensor y con una sonrisa. ¿Me '
     'dicen cómo se llama para dejar una reseña?'),
    ("humanneg/no_callback", "ai_assist", False, "fixitdesk",
     'Llamada no, gracias: mejor por correo. Solo díganme qué día viene el técnico a cambiar la placa de '
     'la vitrocerámica: la semana que viene estoy por las mañanas, menos el miércoles, que tengo médico. Y'
     ' si hay que pagar algo por adelantado, díganmelo también, que luego no quiero sorpresas.'),
    ("humanneg/quoted_request", "ai_assist", False, "tourdesk",
     'Mi cuñado me dice que exija hablar con el jefe, pero yo solo quiero saber si puedo añadir una cama '
     'supletoria. Reserva HT-000208. Viajamos con mi sobrino de 9 años, que se ha apuntado a última hora, '
     'y el hotel de Peñíscola me dice que eso lo tiene que tramitar la agencia. Si tiene suplemento, '
     'díganme cuánto.'),
    ("humanneg/withdrawn", "ai_assist", False, "savingsbank",
     'Ayer pedí que me llamaran por lo del recibo duplicado, pero ya me lo han devuelto, así que no hace '
     'falta.'),
    ("bias/origin", "bias_review", False, "savingsbank",
     "Fui a la oficina de Vallecas a abrir una cuenta con mi NIE y el empleado me dijo 'con extranjeros "
     "pedimos más papeles, ya sabe cómo es'. Me pidió tres nóminas, contrato de alquiler y un certificado "
     'de la embajada. Un compañero de la obra, nacido en Toledo, abrió la misma cuenta la semana pasada '
     'con el DNI y una nómina. No me parece normal y quiero poner una queja.'),
    ("hardneg/mention", "ai_assist", False, "tourdesk",
     'Somos un grupo de la asociación de jubilados de Zamora, 34 personas, varios con andador. ¿El autobús'
     ' del circuito por Galicia tiene plataforma o escalones? Queremos reservar para mayo.'),
    ("hardneg/own_view", "ai_assist", False, "fixitdesk",
     'Reconozco que cuando vi que mandaban a una técnica tan joven pensé que no sabría arreglar la '
     'caldera, y me equivoqué: la dejó perfecta en media hora. ¿Me mandan la factura de la visita?'),
    ("ordinary/plain", "ai_assist", False, "courierdm",
     '¿Cuánto cuesta enviar una caja de 10 kilos a Palma?'),
    ("ordinary/plain", "ai_assist", False, "powerbill",
     'Hola, me mudo el 1 de febrero de la calle Pintor Rosales 12 a la avenida de Andalucía 40, en '
     'Córdoba. Quería saber si puedo llevarme el contrato de luz al piso nuevo o tengo que dar de baja '
     'este y hacer uno nuevo, y qué documentos necesitan. El titular es Julián Escudero Ramos. Gracias.'),
]
