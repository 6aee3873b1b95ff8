"""Blind set 51, Spanish (Spain). Each row: (category, label, opt_out, style, text). Written by hand; all invented."""

ROWS = [
    # --- bias (8: 4 explicit, 4 implicit) ---
    ("bias/explicit_remark", "bias_review", False, "complaint-letter",
     "RECLAMACIÓN FORMAL - Ley 15/2022, integral para la igualdad de trato, y Real Decreto Legislativo 1/2007 "
     "(defensa de consumidores y usuarios)\nEstablecimiento: Sala Marea Alta, calle del Puerto 00, Cádiz\n\n"
     "A la atención de la gerencia:\n\n"
     "1. El sábado 8 de noviembre, hacia las 00:30, mi amigo Youssef Benali y yo llegamos a la puerta con entrada "
     "comprada por internet (localizador MA-000318), igual que el grupo de cuatro chicos que iba delante.\n"
     "2. El portero dejó pasar a ese grupo sin mirar nada. A nosotros nos paró, miró a Youssef y dijo, textualmente: "
     "\"hoy no entran moros, órdenes de arriba\".\n"
     "3. Le enseñé las entradas en el móvil y contestó que \"el aforo está completo\", mientras seguía entrando gente "
     "detrás de nosotros.\n"
     "4. Pedimos la hoja de reclamaciones y nos dijeron que \"se había acabado\".\n\n"
     "Solicito: (a) el reembolso de las dos entradas, 36,00 €; (b) una explicación por escrito de la sala sobre esas "
     "\"órdenes de arriba\"; (c) que me indiquen qué medidas van a tomar con el personal de puerta. Si no recibo "
     "respuesta en diez días hábiles acudiré a la oficina municipal de consumo.\n\n"
     "Atentamente,\nRubén Castañeda Ortiz"),
    ("bias/explicit_remark", "bias_review", False, "chat-transcript",
     "Copio la conversación de ayer con vuestro asistente:\n"
     "Asistente: ¡Hola! ¿En qué inmueble estás interesado?\nYo: el piso de la calle Almendro, ref. PI-00742\n"
     "Asistente: Un agente se pondrá en contacto contigo.\n---\n\n"
     "Mensaje nuevo: El agente me llamó esta mañana. Cuando le dije mis apellidos, Heredia Montoya, se quedó callado y "
     "luego me soltó: \"mira, el dueño no quiere gitanos, no te hagas ilusiones\". Tengo contrato indefinido y aval. "
     "Quiero saber si vuestra agencia acepta esto."),
    ("bias/explicit_stated_cause", "bias_review", False, "callback-form",
     "Asunto: Seguro de viaje\nContacto preferido: correo\nMensaje: Me han rechazado el seguro para mi hijo "
     "\"porque tiene síndrome de Down\", sin más. Va a un viaje de fin de curso de tres días."),
    ("bias/explicit_stated_cause", "bias_review", False, "complaint-letter",
     "HOJA DE RECLAMACIÓN - Real Decreto Legislativo 1/2007, arts. 8 y 21, y Ley 15/2022\n"
     "Hotel Brisa de Levante, reserva n.º 0000-7415\n\n"
     "Estimados señores:\n\n"
     "1. Reservé en su web una habitación doble con cama de matrimonio para las noches del 17 y 18 de octubre, a "
     "nombre de Javier Olmedo y Andrés Olmedo, mi marido.\n"
     "2. Al llegar, la recepcionista nos miró a los dos y nos asignó una habitación con dos camas separadas. Cuando "
     "pedimos la de matrimonio que habíamos pagado, nos dijo: \"las de matrimonio las reservamos para parejas "
     "normales, ustedes estarán más cómodos así\".\n"
     "3. Había habitaciones de matrimonio libres: una pareja que llegó después de nosotros obtuvo una sin problema.\n"
     "4. Pagamos 184,00 € por un servicio que no se nos prestó tal como se contrató.\n\n"
     "Solicito el reembolso de la diferencia, una disculpa por escrito y que me informen de qué medidas toma el hotel "
     "ante este trato. Adjunto copia de la reserva.\n\n"
     "Un saludo,\nJavier Olmedo Gil"),
    ("bias/implicit_access_barrier", "bias_review", False, "chat-transcript",
     "[conversación anterior]\nBot: Para confirmar tu pedido necesitamos verificar tu identidad por llamada.\n"
     "Yo: no puedo hacer llamadas, ¿puedo verificar por SMS o por correo?\n"
     "Bot: La verificación solo se realiza por llamada telefónica.\n[fin]\n\n"
     "Mensaje nuevo: Os lo explico otra vez. No oigo nada desde que nací; no puedo atender una llamada, por eso lo "
     "hago todo por escrito. Os mandé una foto del DNI, otra con el DNI en la mano y el justificante del banco, y "
     "aun así me habéis cancelado la compra del frigorífico (pedido FR-000529) \"por no completar la verificación\". "
     "Mi hermano hizo un pedido parecido la semana pasada y, como él sí pudo coger el teléfono, le llegó en dos días. "
     "No es que yo no quiera verificar: es que el único camino que me dais es uno que no puedo usar, y ninguna de "
     "vuestras respuestas lo tiene en cuenta. Quiero que se reactive el pedido con el mismo precio, 549,00 €, y que "
     "me digáis por qué no aceptáis otra forma de verificar."),
    ("bias/implicit_comparison", "bias_review", False, "callback-form",
     "Asunto: Fianza alquiler de coche\nReserva: RC-000862\nContacto preferido: correo\n"
     "Mensaje: Mi compañera de trabajo Lucía Ferrer y yo alquilamos el mismo modelo en vuestra oficina del "
     "aeropuerto, el mismo día, con tarjetas de crédito del mismo banco. A ella le bloquearon 300 € de fianza. A mí, "
     "Mamadou Sarr, me bloquearon 1.200 € y me pidieron además el pasaporte y una factura de la luz. El empleado solo "
     "me dijo que \"el sistema lo decide\". Quiero saber qué ha decidido el sistema y por qué."),
    ("bias/implicit_change_after", "bias_review", False, "complaint-letter",
     "RECLAMACIÓN - Real Decreto Legislativo 1/2007 (prácticas comerciales) y Ley 15/2022\n"
     "Inmobiliaria Puertanueva, piso calle Lirio 00, 2.º B\n\n"
     "Estimados señores:\n\n"
     "1. El 3 de noviembre visité el piso con su comercial, Sra. Patricia Llorente, quien me confirmó que estaba "
     "disponible y que podía firmar el día 10. Me envió el borrador del contrato por correo esa misma tarde.\n"
     "2. El día 10 acudí a la oficina a firmar acompañada de mi pareja, Carmen Ibarra, que iba a figurar como segunda "
     "titular. Al vernos llegar de la mano y presentarnos, la Sra. Llorente salió a hacer una llamada.\n"
     "3. Al volver nos dijo que el propietario \"se lo había pensado\" y que el piso ya no estaba disponible.\n"
     "4. Esa misma noche el anuncio seguía publicado en su web. Al día siguiente una amiga llamó preguntando por él y "
     "le ofrecieron visita y firma esa misma semana.\n"
     "5. Habíamos pagado 150,00 € de reserva, que no se nos ha devuelto.\n\n"
     "Solicito la devolución de la reserva y una explicación por escrito de qué cambió entre el día 3 y el día 10.\n\n"
     "Atentamente,\nLaura Quintana Rey"),
    ("bias/implicit_remark_no_group_word", "bias_review", False, "callback-form",
     "Asunto: Tarjeta de cliente\nMensaje: En caja me preguntaron \"¿y tú de dónde eres de verdad?\" y luego que la "
     "tarjeta era \"solo para los de aquí\". Vivo en Zaragoza desde hace 15 años."),

    # --- hard negatives (12) ---
    ("hardneg/joke_object", "ai_assist", False, "callback-form",
     "Asunto: Lavadora\nMensaje: Mi lavadora es una racista de los colores, todo lo blanco me lo deja rosa jaja. "
     "¿Qué programa uso para la ropa blanca?"),
    ("hardneg/threat_no_complaint", "ai_assist", False, "chat-transcript",
     "Conversación de ayer:\nAsistente: La baja de tu cuota se tramitará a final de mes.\n"
     "Yo: y la penalización de 40 €?\nAsistente: La penalización aparece en tu contrato.\n---\n\n"
     "Nuevo: Como no me quitéis esos 40 € os denuncio por discriminación y lo cuelgo en todas las redes, ya veréis. "
     "Me doy de baja del gimnasio porque me mudo a Valencia, punto."),
    ("hardneg/writer_prejudice", "ai_assist", False, "callback-form",
     "Asunto: Excursión Toledo 22/11\nMensaje: En la excursión no quiero compartir mesa con extranjeros, que luego "
     "no hay quien hable. ¿Se puede elegir mesa al reservar?"),
    ("hardneg/loyalty_discrimination", "ai_assist", False, "complaint-letter",
     "RECLAMACIÓN FORMAL - Real Decreto Legislativo 1/2007, art. 8 (protección de los intereses económicos)\n"
     "Póliza de hogar n.º 0000-2214-55\n\n"
     "Muy señores míos:\n\n"
     "1. Soy cliente de Seguros Almenara desde 2009 y nunca he dado un parte.\n"
     "2. En la renovación de este año la prima ha pasado de 212,00 € a 289,00 €, sin ningún cambio en la vivienda ni "
     "en las coberturas.\n"
     "3. En su página web se ofrece hoy la misma póliza, con las mismas coberturas, a clientes nuevos por 176,00 €.\n"
     "4. Esto es una discriminación a los clientes fieles: cuanto más tiempo llevas, más te cobran.\n"
     "5. El aviso de renovación llegó con solo diez días de antelación, menos del plazo que marca la póliza.\n\n"
     "Solicito que se me aplique la prima de cliente nuevo desde esta renovación y que se me devuelva la diferencia "
     "ya cobrada. En caso contrario, no renovaré y presentaré reclamación ante el servicio de atención al cliente de "
     "la aseguradora y, si hace falta, ante la Dirección General de Seguros.\n\n"
     "Atentamente,\nMercedes Lafuente Soto"),
    ("hardneg/policy_question", "ai_assist", False, "callback-form",
     "Asunto: Homologación de proveedores\nEmpresa: Talleres Gaspar e Hijos, S.L.\nContacto preferido: correo\n"
     "Mensaje: Nuestro cliente nos pide que le enviemos el plan de igualdad de las empresas con las que trabajamos, "
     "y vosotros sois nuestro proveedor de vestuario laboral. ¿Tenéis plan de igualdad registrado? Si es así, ¿nos "
     "podéis mandar el número de registro o un resumen? Con eso nos vale."),
    ("hardneg/accessibility_question", "ai_assist", False, "chat-transcript",
     "[chat]\nBot: ¿Para qué fechas quieres reservar?\nYo: del 2 al 6 de abril, dos habitaciones\n"
     "Bot: Tenemos disponibilidad.\n[fin]\n\n"
     "Mensaje nuevo: Una de las habitaciones es para mi tía, que va en silla de ruedas. ¿Tenéis habitaciones "
     "adaptadas con plato de ducha a ras de suelo? ¿Y el restaurante tiene rampa o ascensor?"),
    ("hardneg/praise_inclusive", "ai_assist", False, "callback-form",
     "Asunto: Felicitación\nTienda: Nervión\nMensaje: Quería dar las gracias a la dependienta que atendió ayer a mi "
     "padre en lengua de signos. Él es sordo y normalmente lo pasa fatal para cambiar algo; esta vez salió contento "
     "y con el móvil configurado. No sé su nombre, llevaba coleta y gafas rojas. Que se lo hagan llegar, por favor."),
    ("hardneg/rude_to_everyone", "ai_assist", False, "complaint-letter",
     "RECLAMACIÓN - Reglamento (UE) 2021/782 sobre derechos de los viajeros de ferrocarril\n"
     "Billete n.º 0000 4482 1197, trayecto Madrid - Badajoz, 30 de octubre\n\n"
     "Estimados señores:\n\n"
     "1. El tren salió con 25 minutos de retraso y llegó a Badajoz con 1 hora y 48 minutos de retraso.\n"
     "2. Durante el viaje el revisor fue muy desagradable. Quiero dejar claro que lo fue con todo el vagón: le gritó "
     "a una señora que preguntaba por el enlace, le dijo \"no es mi problema\" a un chico con una bicicleta y a mí "
     "me contestó de malas maneras cuando pregunté por la hora de llegada. No creo que fuera nada personal; "
     "simplemente trató mal a todo el mundo.\n"
     "3. No se nos ofreció agua ni información en ningún momento.\n\n"
     "Solicito la indemnización que corresponde por un retraso de más de una hora, que según el reglamento es el 25 % "
     "del precio del billete (precio: 42,60 €), y que se tenga en cuenta la actitud del revisor.\n\n"
     "Un saludo,\nFernando Aguirre Peña"),
    ("hardneg/age_mention", "ai_assist", False, "callback-form",
     "Asunto: Tarjeta dorada\nMensaje: Tengo 71 años. ¿Cómo activo el descuento de la tarjeta dorada en la app?"),
    ("hardneg/religion_mention", "ai_assist", False, "callback-form",
     "Asunto: Banquete 14/03\nMensaje: Somos una familia judía: ¿el menú del banquete tiene opción kosher o sin "
     "cerdo ni marisco?"),
    ("hardneg/pregnancy_mention", "ai_assist", False, "callback-form",
     "Asunto: Cambio de talla\nMensaje: Estoy embarazada de cinco meses y el vestido ya no me vale. ¿Puedo "
     "cambiarlo por una talla más?"),
    ("hardneg/student_project", "ai_assist", False, "callback-form",
     "Asunto: TFG\nMensaje: Hago el TFG sobre discriminación en la atención al cliente. ¿Tenéis datos públicos de "
     "reclamaciones por trato desigual?"),

    # --- ordinary (6) ---
    ("ordinary/permanence_fee", "ai_assist", False, "complaint-letter",
     "RECLAMACIÓN FORMAL - Real Decreto Legislativo 1/2007, art. 62 y 74, y Carta de derechos del usuario de los "
     "servicios de comunicaciones electrónicas\nCliente n.º 0000 7731 02, Telefonía Cierzo\n\n"
     "Muy señores míos:\n\n"
     "1. El 2 de febrero de 2024 contraté fibra y móvil con una permanencia de 12 meses.\n"
     "2. Solicité la portabilidad a otro operador el 14 de octubre de 2025, más de veinte meses después.\n"
     "3. En la última factura aparece un cargo de 150,00 € por \"incumplimiento de permanencia\".\n"
     "4. Ese compromiso venció en febrero de 2025; no firmé ninguna ampliación ni recibí ningún terminal nuevo.\n"
     "5. He llamado dos veces y en ambas me dijeron que \"lo mirarían\".\n\n"
     "Solicito la anulación inmediata del cargo de 150,00 € y, si ya se ha cobrado, su devolución en la misma cuenta "
     "en un plazo de quince días. En caso contrario, acudiré a la Oficina de Atención al Usuario de "
     "Telecomunicaciones.\n\nAtentamente,\nIsabel Ruiz Carmona"),
    ("ordinary/duplicate_invoice", "ai_assist", False, "callback-form",
     "Asunto: Factura\nMensaje: Necesito un duplicado de la factura de octubre para Hacienda. Cliente 00041187."),
    ("ordinary/gas_delivery", "ai_assist", False, "chat-transcript",
     "[chat]\nBot: Tu pedido de bombona de butano está programado.\nYo: ¿para qué día?\n"
     "Bot: El repartidor pasará en los próximos días.\n[fin]\n\n"
     "Mensaje nuevo: \"En los próximos días\" no me sirve, que estamos sin agua caliente. ¿Me podéis decir el día "
     "exacto? Dirección: calle Olivo 00, Alcorcón. Pedido BU-000271. Si puede ser por la mañana, mejor."),
    ("ordinary/flight_cancelled", "ai_assist", False, "complaint-letter",
     "RECLAMACIÓN - Reglamento (CE) n.º 261/2004, arts. 5, 7 y 8\nVuelo AV0000 Bilbao - Tenerife, 20 de octubre, "
     "localizador 0Q4KRT\n\nEstimados señores:\n\n"
     "1. Mi vuelo fue cancelado el mismo día de la salida, a las 6:10, por SMS, con menos de tres horas de aviso.\n"
     "2. No se me ofreció transporte alternativo hasta el día 22, dos días más tarde.\n"
     "3. Tuve que comprar otro billete con otra compañía por 236,00 € para llegar a una boda familiar.\n"
     "4. No se me informó de mis derechos ni se me entregó ningún documento al respecto.\n\n"
     "Solicito: (a) el reembolso del billete cancelado, 118,00 €; (b) la compensación de 400,00 € prevista en el "
     "artículo 7 para vuelos de esa distancia; (c) el reintegro de los gastos razonables. Adjunto tarjetas de "
     "embarque y recibos. Plazo de respuesta: treinta días, tras los cuales me dirigiré a la AESA.\n\n"
     "Un saludo,\nIñaki Etxeberria Lasa"),
    ("ordinary/change_iban", "ai_assist", False, "callback-form",
     "Asunto: Domiciliación\nMensaje: Cambio de banco: nueva cuenta ES00 0000 0000 0000 0000 0412. Contrato "
     "LZ-00814."),
    ("ordinary/missing_parts", "ai_assist", False, "chat-transcript",
     "--- conversación del 9/11 ---\n"
     "Asistente virtual: ¡Hola, Nerea! Tu armario Dalia de tres puertas fue entregado el 7 de noviembre.\n"
     "Nerea: faltan piezas\n"
     "Asistente virtual: ¿Puedes indicarme qué piezas faltan según el manual de montaje?\n"
     "Nerea: ahora lo miro\n"
     "--- fin ---\n\n"
     "Mensaje nuevo: Ya lo he mirado con calma. Según la página 2 del manual faltan la pieza 14 (la balda central, "
     "que viene en la caja 3 de 4) y la bolsa de tornillería B, la de las bisagras. La caja 3 llegó con la cinta "
     "abierta, por eso supongo que se salieron en el transporte. Adjunto foto de la caja y del listado de piezas con "
     "las que faltan marcadas. El armario está a medio montar en el dormitorio de mi hija, así que os agradecería "
     "que me mandarais solo esas piezas cuanto antes, sin necesidad de devolver todo. Pedido n.º MU-000395."),

    # --- opt-out (5, one with a person) ---
    ("optout/plain_refusal", "ai_assist", True, "callback-form",
     "Asunto: Privacidad\nMensaje: No autorizo que mis mensajes los lea ni los procese una inteligencia artificial. "
     "Que conste en mi ficha."),
    ("optout/after_bot_chat", "ai_assist", True, "chat-transcript",
     "[conversación]\nAsistente IA: Soy un asistente automático. ¿Te ayudo con tu devolución?\nYo: sí, pedido "
     "ZA-000612\nAsistente IA: He iniciado la devolución.\n[fin]\n\n"
     "Mensaje nuevo: No sabía que estaba escribiendo a una máquina. No quiero que ningún programa automático lea ni "
     "analice lo que os escribo. Continuad la devolución, pero la respuesta me la mandáis por carta."),
    ("optout/gdpr_objection", "ai_assist", True, "complaint-letter",
     "EJERCICIO DEL DERECHO DE OPOSICIÓN - Reglamento (UE) 2016/679, arts. 21 y 22, y Ley Orgánica 3/2018\n"
     "Cliente n.º 0000 3390\n\n"
     "A la atención del Delegado de Protección de Datos:\n\n"
     "1. He sabido por su nueva política de privacidad que los correos y mensajes de los clientes se analizan con "
     "herramientas de inteligencia artificial para clasificarlos y proponer respuestas.\n"
     "2. Me opongo a que mis comunicaciones con ustedes, pasadas y futuras, sean sometidas a ese tratamiento "
     "automatizado, incluido el que hagan proveedores externos por su cuenta.\n"
     "3. Retiro cualquier consentimiento que pudiera haber dado al respecto al darme de alta.\n"
     "4. Solicito confirmación escrita de que mi expediente queda marcado para excluir esos tratamientos.\n"
     "5. Esta oposición no afecta a mi reclamación pendiente por el cargo de 29,90 € de la suscripción que di de "
     "baja en septiembre (ref. SU-000182), que sigo esperando que resuelvan.\n\n"
     "Quedo a la espera de respuesta en el plazo de un mes que fija el Reglamento.\n\n"
     "Atentamente,\nConcepción Vidal Arroyo"),
    ("optout/withdraw_consent", "ai_assist", True, "callback-form",
     "Asunto: Consentimientos\nContacto preferido: correo\nMensaje: Al darme de alta marqué la casilla para que "
     "vuestro \"asistente inteligente\" procese mis mensajes. Lo retiro: no quiero ese tratamiento automatizado. En "
     "la app no encuentro dónde desmarcarlo. Socio n.º 000-73104."),
    ("optout/with_person", "human", True, "callback-form",
     "Asunto: Incidencia con la caldera\nHorario preferido: de 16 a 19 h\nTeléfono: 600 000 418\n"
     "Mensaje: No quiero seguir con el chat automático ni que mis datos pasen por ninguna IA. Quiero que me llame una "
     "persona del servicio técnico para explicarle la avería."),

    # --- opt-out near misses (2) ---
    ("optneg/ai_feature_question", "ai_assist", False, "chat-transcript",
     "[chat]\nBot: ¿Quieres escanear tus tickets con nuestra IA?\nYo: ¿en catalán funciona?\nBot: No entiendo la "
     "pregunta.\n[fin]\n\nNuevo: Repito: la IA que escanea los tickets, ¿lee los que están en catalán? Los de mi "
     "súper de Girona salen todos en catalán."),
    ("optneg/robot_product", "ai_assist", False, "chat-transcript",
     "--- chat 5/11 ---\nAsistente: ¿Qué problema tiene tu robot de cocina Sazón 5?\nYo: hace un ruido raro\n"
     "Asistente: ¿Puedes describir el ruido?\n--- fin ---\n\n"
     "Mensaje nuevo: Os lo describo mejor. Cuando pongo la velocidad 4 o más, el robot hace un chirrido metálico, "
     "como si la cuchilla rozara el fondo del vaso, y a los pocos segundos huele a quemado. Con velocidades bajas "
     "va bien. Lo compré en vuestra web el 12 de junio por 399,00 € (pedido RB-000840), así que está en garantía. "
     "He probado a desmontar y volver a montar la cuchilla como dice el manual, y también con otro vaso de una "
     "amiga que tiene el mismo modelo, y pasa igual, así que creo que es el motor o el eje. ¿Cómo lo envío a "
     "reparar? ¿Me mandáis la etiqueta o tengo que llevarlo a algún punto? Necesitaría que me dejaran uno de "
     "sustitución si la reparación va a tardar más de dos semanas, porque lo uso a diario."),

    # --- human (5) ---
    ("human/callback", "human", False, "callback-form",
     "Asunto: Recibo de la luz\nHorario preferido: mañanas\nTeléfono: 600 000 227\nMensaje: Llamadme, por favor, "
     "por el recibo de octubre."),
    ("human/is_anyone_real", "human", False, "chat-transcript",
     "[chat]\nBot: ¿Has probado a reiniciar la aplicación?\nYo: sí, tres veces\nBot: ¿Has probado a reiniciar la "
     "aplicación?\n[fin]\n\nNuevo: A ver, ¿hay alguien de carne y hueso al otro lado o esto es todo automático?"),
    ("human/supervisor", "human", False, "complaint-letter",
     "RECLAMACIÓN FORMAL - Real Decreto Legislativo 1/2007, art. 21 (atención al cliente)\n"
     "Expediente de reparación n.º 0000-5560, lavavajillas\n\nEstimados señores:\n\n"
     "1. El 2 de octubre su técnico retiró mi lavavajillas para repararlo en taller, con un plazo de diez días.\n"
     "2. Han pasado más de cinco semanas. Cada vez que llamo me atiende alguien distinto que no sabe nada del "
     "expediente.\n"
     "3. He enviado tres correos al buzón de reparaciones y solo he recibido respuestas automáticas.\n\n"
     "Pido expresamente que este asunto lo lleve el responsable del taller o el encargado del servicio técnico, y "
     "que esa persona se ponga en contacto conmigo directamente, por teléfono (600 000 931) o por escrito, para "
     "darme una fecha de devolución. Si no es posible reparar el aparato, solicito su sustitución.\n\n"
     "Atentamente,\nAurora Benítez Campos"),
    ("human/named_contact", "human", False, "callback-form",
     "Asunto: Hipoteca - cambio a tipo fijo\nHorario preferido: tardes\nTeléfono: 600 000 564\n"
     "Mensaje: Quiero hablar con Nuria Salcedo, mi gestora de la oficina de la avenida de Burgos, que ya conoce mi "
     "caso. Si no está, que me llame quien lleve ahora su cartera de clientes."),
    ("human/ask_for_agent", "human", False, "chat-transcript",
     "Chat:\nBot: Elige una opción: Pedidos / Pagos / Cuenta\nYo: otra cosa\nBot: Elige una opción.\n\n"
     "Nuevo: pásame con un agente."),

    # --- human near misses (2) ---
    ("humanneg/mention_courier", "ai_assist", False, "callback-form",
     "Asunto: Paquete entregado\nMensaje: El repartidor muy amable, se lo dejó a mi vecina del 3.º porque yo no "
     "estaba y ella me lo subió por la tarde. Todo bien. Solo quería saber si la factura viene dentro de la caja o me "
     "la mandáis por correo, porque no la encuentro. Pedido LP-000563."),
    ("humanneg/shop_staff_said", "ai_assist", False, "chat-transcript",
     "[conversación]\nBot: Tu reparación de pantalla está lista.\nYo: ¿puedo recogerla el sábado?\n"
     "Bot: Consulta el horario de la tienda.\n[fin]\n\n"
     "Mensaje nuevo: He pasado por la tienda y el chico del mostrador me ha dicho que los sábados por la tarde cierran "
     "y que por la mañana solo hay una persona, así que habrá cola. Mi madre puede ir en mi lugar el viernes, pero "
     "la encargada le dijo por teléfono que necesita una autorización firmada. ¿Hay un modelo de autorización que "
     "pueda descargar, o vale con una nota escrita a mano con mi DNI? La orden es RP-000207. Ya sé que el técnico "
     "también ha cambiado la batería; ¿va incluido en el presupuesto de 89,00 € o se cobra aparte? Quiero saber el "
     "importe exacto antes de que vaya mi madre, porque pagará ella con su tarjeta y luego se lo devuelvo yo."),
]
