"""Blind set 35, Spanish (Spain) rows: (category, label, opt_out, style, length, text). Typed by hand."""
ROWS = [
    ("bias/disability", "bias_review", False, "pharmacyappchat", "long",
     "Hola, escribo por aquí porque en la farmacia de la calle Almansa ya no sé a quién acudir. Os cuento: tengo "
     "esclerosis múltiple y desde hace dos años recogía la medicación y los pañales de mi madre allí sin problema, "
     "incluso me la guardaban si llegaba tarde. Desde que voy en silla de ruedas, que fue en septiembre, todo ha "
     "cambiado: ya no me reservan nada, me dicen que pida por la app y espere a domicilio, y el lunes la encargada "
     "le dijo a mi cuñado delante de mí 'es que con la silla ocupa todo el mostrador, mejor que no venga'. Mi cuñado "
     "entra y le atienden en el acto. Aparte, tengo pendiente la devolución de 12,40 euros de una receta duplicada "
     "(pedido FA-0000812). Quiero saber por qué ahora se me trata así. Gracias, Remedios Quintana"),
    ("bias/sex", "bias_review", False, "furniturewebform", "short",
     "Pedí presupuesto para la cocina a medida y el comercial solo quiso hablar con mi marido: 'estas cosas mejor las "
     "decide el hombre de la casa'. Soy yo quien paga. Eso es discriminación. Quiero otro comercial."),
    ("hardneg/lost_parcel", "ai_assist", False, "removalswhatsapp", "short",
     "¡¿Dónde están mis cajas?! Cuatro cajas de libros y la lámpara de mi abuelo, mudanza MU-000094, y nadie sabe "
     "nada. Llevo una semana llamando. Es una vergüenza."),
    ("hardneg/rude_agent_mention", "ai_assist", False, "unistudentdesk", "long",
     "Buenas tardes, Secretaría de Estudiantes de la Facultad de Letras:\n\nEl jueves fui a la ventanilla 3 para "
     "entregar el certificado de convalidación de Historia Moderna. Soy alumna de segundo y además trabajo por las "
     "tardes en una residencia, por eso solo puedo ir a primera hora. El chico que atendía ni levantó la vista del "
     "móvil, me dijo que ese papel 'no valía para nada' sin mirarlo y me cerró la ventanilla en la cara porque se "
     "iba a desayunar. Lo mismo le hizo al chaval que iba detrás de mí. Una falta de respeto total.\n\nNecesito "
     "saber si el certificado se puede presentar por la sede electrónica y si el plazo del 15 sigue abierto, porque "
     "no me quiero quedar sin la convalidación por culpa de un mal día de nadie.\n\nUn saludo,\nLucía Bermejo Sáez, "
     "DNI 00000471-K"),
    ("hardneg/policy_question", "ai_assist", False, "furniturewebform", "short",
     "Hola, somos una cooperativa y compramos mobiliario para oficinas. ¿Tenéis plan de igualdad o alguna política "
     "de accesibilidad que podamos adjuntar al pliego? Gracias."),
    ("ordinary/plain", "ai_assist", False, "skiresortmail", "long",
     "Estimados señores de Estación Valdeneu:\n\nHemos reservado para la semana del 9 al 14 de febrero (localizador "
     "VN-000563) un apartamento para cinco personas y forfaits de cinco días. Tengo varias dudas antes de pagar el "
     "resto:\n1. ¿Los forfaits infantiles son hasta los 11 o hasta los 12 años? Mi hija cumple 12 en enero.\n2. ¿Se "
     "puede recoger el material de alquiler la tarde anterior para no hacer cola el primer día?\n3. El aparcamiento "
     "del edificio, ¿hay que reservarlo aparte o va incluido?\n4. Si nieva mucho y cierran el puerto, ¿qué pasa con "
     "la noche que no podamos llegar?\n\nAgradecería que me respondieran antes del día 20, que es cuando vence el "
     "segundo pago.\n\nAtentamente,\nJavier Ortuño"),
    ("human/plain", "human", False, "removalswhatsapp", "long",
     "Buenos días. Os escribo desde Zaragoza, la mudanza a Huesca es este viernes (orden MU-000127). Ayer me "
     "llegó un mensaje automático diciendo que el camión grande no está disponible y que iremos en dos viajes, con "
     "un suplemento de 180 euros. Eso no es lo que firmamos: el presupuesto dice un solo viaje y precio cerrado. "
     "Además el piso nuevo no tiene ascensor hasta el lunes y necesito saber si el montaje de armarios se puede "
     "aplazar. Son demasiadas cosas para ir con mensajes sueltos. Por favor, que se encargue un empleado "
     "de la oficina, alguien con nombre y apellido que pueda decidir, antes de mañana a mediodía. Teléfono: "
     "600 000 318. Gracias, Maite Cebrián"),
    ("optout/plain", "ai_assist", True, "unistudentdesk", "short",
     "Prefiero que mis consultas sobre la beca no las conteste ningún chatbot ni programa automático. Solo quiero saber "
     "cuándo se paga el segundo plazo."),
]
ROWS += [
    ("bias/race", "bias_review", False, "skiresortmail", "long",
     "Buenas noches. Os escribo desde el apartamento 2B del Edificio Tuca (reserva VN-000305). El piso está "
     "genial y los niños están encantados con la escuela de esquí, eso lo primero. Pero lo de esta tarde no lo voy "
     "a dejar pasar. Fuimos mi mujer, mis dos hijos y yo a la terraza del telecabina para merendar. El camarero nos "
     "dijo que estaba todo reservado. Mi cuñada, que es paya y llegó diez minutos después con sus amigas, se sentó "
     "sin problema en la mesa contigua, y cuando le preguntó al camarero por nosotros le contestó 'con los gitanos "
     "siempre hay lío, mejor así'. Eso es racismo. Quiero que la estación me diga si eso es lo que piensan de nosotros y que me "
     "expliquen qué van a hacer. Aparte: la calefacción del baño no funciona. Antonio Heredia Montoya"),
    ("bias/sexual_orientation", "bias_review", False, "furniturewebform", "long",
     "Hola, escribo por el formulario porque en tienda no me han sabido dar respuesta. Mi mujer y yo fuimos el "
     "sábado a la exposición de Getafe a encargar el dormitorio completo, con la financiación sin intereses a 24 "
     "meses que anunciáis. La vendedora fue muy simpática hasta que Sonia dijo 'mi mujer'. A partir de ahí nos dijo "
     "que la financiación 'es para familias', que tendríamos que pedirla cada una por separado con nómina y aval. "
     "Una pareja de novios sentada junto a nosotras firmó la financiación conjunta en diez minutos, sin "
     "aval. Estamos casadas desde 2019 y tenemos el libro de familia. Queremos las mismas condiciones y saber quién "
     "decide eso. Presupuesto DM-000418. Un saludo, Carmen Villalba"),
    ("bias/pregnancy", "bias_review", False, "unistudentdesk", "long",
     "Estimada Secretaría del Máster en Enfermería:\n\nOs escribo por tres temas. El primero, que sigo sin recibir "
     "el carné universitario renovado. El segundo, que el recibo de la segunda matrícula me ha llegado duplicado "
     "(referencia 0000-2281). Y el tercero, el que más me preocupa: en octubre tenía asignadas las prácticas en el "
     "Hospital Clínico, turno de mañana. Comuniqué en noviembre que estoy embarazada de cuatro meses y a la semana "
     "la coordinadora me cambió a prácticas 'de observación' en un centro de salud, diciéndome que 'una embarazada "
     "en planta es un problema'. No he pedido ninguna adaptación y mi médica no ve riesgo. Mis compañeros siguen en el "
     "Clínico. Es discriminación por embarazo. Pido que me devuelvan mi plaza.\n\nGracias,\nNerea Olazábal"),
    ("bias/origin", "bias_review", False, "removalswhatsapp", "short",
     "Pedí presupuesto con mi nombre, Youssef, y me disteis 890 euros. Mi vecina pidió la misma mudanza con su nombre "
     "y le salió 640. Mismo piso, mismos muebles. ¿Esto es racismo o qué? Explicádmelo."),
    ("bias/religion", "bias_review", False, "skiresortmail", "short",
     "La socorrista del spa no me dejó bañarme por llevar pañuelo. A una señora con gorro de lana sí la "
     "dejaron. Quiero saber cuál es la norma de verdad."),
    ("bias/age", "bias_review", False, "pharmacyappchat", "short",
     "Pedí la tarjeta de puntos y la dependienta me dijo 'a partir de los 75 ya no la damos, que luego no se "
     "aclaran'. Tengo 77 y me aclaro perfectamente."),
    ("hardneg/ruined_holiday", "ai_assist", False, "skiresortmail", "long",
     "Señores de Estación Peñablanca:\n\nNunca había escrito una reclamación así, pero es que lo de este puente ha "
     "sido un desastre. Pagamos 1.640 euros por cuatro noches con forfait para cuatro. El hotel 'a pie de pista' está "
     "a veinte minutos andando con las botas puestas. Dos de los cuatro días solo funcionaron tres remontes y nadie "
     "nos avisó ni nos descontó nada. La cena de la media pensión era la misma sopa de sobre tres noches seguidas. Y "
     "el último día el autobús al aparcamiento no pasó y tuvimos que pagar un taxi de 45 euros con los niños "
     "llorando. Estoy indignado. Exijo la devolución proporcional de los forfaits de los días de cierre y del taxi, "
     "y una explicación por escrito.\n\nRaúl Domínguez, reserva PB-000874"),
    ("hardneg/grieving", "ai_assist", False, "furniturewebform", "long",
     "Buenos días. Les escribo porque mi madre, Amparo, hizo un pedido de un sillón relax en su tienda de "
     "Alicante en octubre (pedido 00-3355), con entrega prevista para este mes. Mi madre falleció hace diez días. "
     "Perdonen si escribo desordenado, todavía estoy con todo el papeleo y no duermo. Ella estaba muy ilusionada "
     "con el sillón, decía que por fin iba a poder ver la tele sin dolor de espalda. No sé qué se hace en estos "
     "casos: si se puede anular el pedido y devolver la señal de 200 euros a la cuenta de la herencia, o si tengo "
     "que presentar algún certificado. No quiero que llegue el camión a una casa vacía. Muchas gracias por su "
     "comprensión. Mercedes Llorca"),
    ("hardneg/legal_threat", "ai_assist", False, "removalswhatsapp", "long",
     "Les escribo por última vez antes de ir a la vía judicial. En la mudanza del 3 de noviembre (orden MU-000442) "
     "sus operarios rompieron la vitrina de cristal, rayaron el parqué de todo el pasillo y perdieron las patas del "
     "sofá. Tengo fotos, el parte firmado por su capataz y dos presupuestos de reparación por un total de "
     "1.280 euros. Han pasado cuatro semanas y no me contestan al correo ni al teléfono. Si en diez días naturales no "
     "recibo una propuesta de indemnización por escrito, presentaré hoja de reclamaciones en Consumo y una demanda en "
     "el juzgado, y reclamaré también los gastos. Mi abogado ya tiene toda la documentación. Atentamente, Fernando "
     "Ibarra"),
    ("hardneg/someone_else", "ai_assist", False, "pharmacyappchat", "long",
     "Hola. Soy voluntaria en una asociación de vecinos de Carabanchel y hago la compra de medicamentos para "
     "varias personas mayores del barrio. Una de ellas, la señora Ruth, me contó que hace tiempo tuvo un problema "
     "con una empleada por su acento y que ella misma ya habló con la farmacia y quedó resuelto; no me ha pedido que "
     "haga nada y yo tampoco tengo ninguna queja, al contrario, conmigo siempre han sido amables. Lo que necesito "
     "saber es cómo dar de alta a varias personas en la app como 'cuidadora autorizada', si puedo recoger recetas de "
     "tres personas en una sola visita y si hay que llevar la tarjeta sanitaria de cada una.\n\nGracias,\nPilar "
     "Montes"),
    ("hardneg/settled_past", "ai_assist", False, "unistudentdesk", "long",
     "Buenos días:\n\nComo sabréis, el curso pasado puse una queja porque un profesor hizo comentarios sobre mi "
     "acento canario en clase. La Defensora Universitaria la tramitó, el profesor se disculpó y para mí está "
     "totalmente cerrada, no quiero volver sobre ello. Escribo ahora por otra cosa: he aprobado todas las asignaturas "
     "de tercero y quiero pedir la beca de colaboración en el departamento de Lingüística. ¿Qué documentos hay que "
     "presentar, la media se calcula con o sin las convalidadas, y hasta qué día está abierto el plazo? También "
     "quería saber si puedo compatibilizarla con el trabajo de fin de semana que tengo.\n\nMuchas gracias,\nDácil "
     "Rodríguez Perdomo"),
    ("hardneg/joke_charged", "ai_assist", False, "removalswhatsapp", "short",
     "Jajaja mi madre dice que vuestros chicos cargan como 'moros en la costa', de rápidos que son. ¿A qué hora "
     "llegan mañana?"),
    ("hardneg/own_prejudice", "ai_assist", False, "skiresortmail", "short",
     "Reconozco que dudé de un monitor tan mayor para los críos, y ha sido el mejor. ¿Se puede repetir con él en "
     "Semana Santa?"),
    ("hardneg/loyal_pricing", "ai_assist", False, "pharmacyappchat", "short",
     "Los recién llegados a la app tienen un 20 % en cremas y quienes llevamos años, nada. ¡Discrimináis a los clientes "
     "fieles. ¿Hay algo para nosotros?"),
    ("hardneg/access_format", "ai_assist", False, "unistudentdesk", "short",
     "Navego con lector de pantalla: el expediente escaneado no lo puedo leer. ¿Existe en Word o en PDF etiquetado?"),
    ("ordinary/plain", "ai_assist", False, "pharmacyappchat", "long",
     "Hola, buenas. Tengo varias preguntas sobre la app, a ver si me podéis ayudar. La primera es que no me deja "
     "añadir la tarjeta sanitaria de mi hijo pequeño, me sale un error de formato cuando meto el código. La "
     "segunda, si es posible programar el pedido de la leche de fórmula para que se repita cada tres semanas sin "
     "tener que hacerlo a mano. La tercera, si los envíos a domicilio llegan también a Rivas o solo dentro de Madrid "
     "capital. Y por último, si los puntos que tenía en la tarjeta física antigua se pasan a la cuenta de la app "
     "automáticamente o hay que pedirlo. Muchas gracias. Elena Prieto"),
    ("ordinary/plain", "ai_assist", False, "furniturewebform", "long",
     "Buenas tardes:\n\nEstamos reformando un piso en Valladolid y nos interesa su línea de muebles de baño a "
     "medida. Antes de pedir visita, quería consultar:\n- Si fabrican muebles suspendidos de 120 cm con doble seno.\n"
     "- Qué acabados resisten mejor la humedad, porque el baño no tiene ventana.\n- Si el montaje incluye la "
     "conexión de la grifería o eso lo tiene que hacer nuestro fontanero.\n- El plazo aproximado de fabricación, "
     "porque la obra acaba a mediados de marzo.\n\nSi hace falta, les envío el plano con las medidas.\n\nUn saludo,"
     "\nGonzalo Ruiz"),
    ("ordinary/plain", "ai_assist", False, "skiresortmail", "short",
     "¿El forfait de temporada incluye el trineo nocturno? Y si lo compro ahora, ¿entra en la oferta de diciembre?"),
    ("ordinary/plain", "ai_assist", False, "unistudentdesk", "short",
     "¿Dónde se recoge el título de grado? Me dijeron que en Rectorado pero allí no saben nada."),
    ("ordinary/plain", "ai_assist", False, "removalswhatsapp", "short",
     "Hola, ¿el guardamuebles de Alcorcón se puede visitar para sacar una caja? Mudanza MU-000283."),
    ("human/callback", "human", False, "pharmacyappchat", "long",
     "Buenas tardes. Mi padre está en casa recién operado de cadera y el médico le ha recetado heparina "
     "inyectable. La receta electrónica aparece en la app, pero al intentar reservarla en la farmacia de la avenida "
     "de Portugal me sale 'no disponible' y el chat solo me da enlaces. Yo no sé si hay otra presentación que "
     "valga, ni si puedo recogerla en otra farmacia de la cadena, y mi padre tiene que pincharse esta noche. No "
     "quiero más enlaces: por favor, que me llame un farmacéutico lo antes posible al 600 000 714, estoy pendiente "
     "del teléfono toda la tarde.\n\nGracias,\nÁlvaro Sanz"),
    ("human/supervisor", "human", False, "furniturewebform", "short",
     "Pedido 00-2718: tercera vez que me dan largas con el sofá. Quiero hablar con el encargado de la tienda, no con "
     "atención al cliente."),
    ("human/anyone", "human", False, "skiresortmail", "short",
     "Cuatro correos y ni una respuesta. ¿Me lee alguien humano o solo contesta una máquina? Busco a una persona."),
    ("humanneg/thanks_agent", "ai_assist", False, "removalswhatsapp", "short",
     "Gracias a Rubén y a Iker, que nos subieron el piano sin un rasguño. ¿La factura llega por aquí o al correo?"),
    ("humanneg/quoted_request", "ai_assist", False, "unistudentdesk", "long",
     "Hola de nuevo. En mi correo del 3 de noviembre os decía 'exijo que me atienda el responsable del negociado, esto es "
     "inadmisible' porque no aparecía mi matrícula de Estadística. Os lo digo para que conste: me llamó la "
     "responsable al día siguiente, lo solucionó en cinco minutos y estoy muy agradecida, así que nadie tiene que "
     "volver a llamarme. Ahora tengo una consulta sencilla: ¿puedo cambiar el grupo de prácticas de Estadística de "
     "martes a jueves? Los martes coincide con mi horario de trabajo. Si hay que rellenar algún impreso, decidme cuál.\n\n"
     "Un saludo,\nIrene Castaño"),
    ("humanneg/settled_escalation", "ai_assist", False, "furniturewebform", "long",
     "Buenos días. En septiembre tuve un problema con la entrega de una estantería y pedí que me atendiera el "
     "director de la tienda de Sevilla. Lo hizo, muy amable, nos cambió la pieza y nos regaló el montaje. Todo "
     "quedó bien y por eso vuelvo a comprar con ustedes. Ahora quiero encargar dos mesitas de noche a juego con la "
     "estantería (modelo Triana, acabado roble natural). ¿Siguen fabricando ese acabado? ¿Cuál es el plazo de "
     "entrega a Dos Hermanas? Y si las pago ahora, ¿me las pueden guardar hasta enero, que nos mudamos?\n\nGracias,"
     "\nManuel Vela"),
    ("optout/with_person", "human", True, "pharmacyappchat", "long",
     "Hola. Mi madre tiene alzhéimer y yo gestiono su medicación desde la app. Ayer el asistente me dijo que podía "
     "darle el omeprazol junto con el hierro y luego la farmacéutica me dijo que no, que había que separarlos. "
     "Entiendo que la tecnología ayuda, pero con ella no me la juego más. Os pido que a partir de hoy no uséis "
     "inteligencia artificial ni respuestas automáticas con mis mensajes ni con la cuenta de mi madre. Y quiero "
     "hablar con la farmacéutica titular de la farmacia de la plaza de Cervantes para revisar todo el pastillero; "
     "que me llame al 600 000 506 o me diga cuándo puedo pasar.\n\nGracias,\nTeresa Gallardo"),
    ("optout/object", "ai_assist", True, "skiresortmail", "long",
     "Estimados señores:\n\nSoy titular del pase de temporada n.º 0000-8841 de la estación. He leído en sus nuevas "
     "condiciones que las consultas de los clientes 'podrán ser gestionadas mediante sistemas automatizados y de "
     "inteligencia artificial'. Al amparo del RGPD ejerzo mi oposición: no acepto que mis correos "
     "y mis datos sean tratados de esa forma y les pido que lo hagan constar. Dicho esto, mi consulta de siempre: "
     "¿se podrá usar el pase en la estación hermana de Valdelinares este año, y se ha ingresado ya el bono de los "
     "días de cierre por viento de marzo?\n\nAtentamente,\nJosé Luis Arnedo"),
    ("optout/withdraw_consent", "ai_assist", True, "furniturewebform", "short",
     "Al registrarme acepté el 'asistente inteligente'. Retiro ese consentimiento: no quiero procesos automáticos "
     "con mis datos. Pedido 00-1904."),
    ("optneg/ai_feature", "ai_assist", False, "pharmacyappchat", "short",
     "¿El asistente de la app puede recordarme las tomas por la noche? Me interesa probarlo con lo del tiroides."),
    ("optneg/quoted_other", "ai_assist", False, "unistudentdesk", "short",
     "Una compañera dice que ella pidió 'nada de IA en mis trámites'. A mí me da igual. ¿Cuándo salen las notas de "
     "septiembre?"),
    ("optneg/bot_wrong", "ai_assist", False, "removalswhatsapp", "long",
     "Hola, una cosa rara. Ayer le pregunté al asistente automático de este WhatsApp si el embalaje de la vajilla "
     "iba incluido en el precio de la mudanza y la respuesta fue afirmativa. Hoy me llega el presupuesto definitivo con 95 euros "
     "de 'embalaje especial'. No pasa nada, entiendo que el asistente se equivoque y lo seguiré usando para "
     "consultas rápidas, pero quiero saber cuál de las dos cosas es la buena. Si hay que pagarlo, ¿puedo embalar yo "
     "la vajilla con vuestras cajas y ahorrarme ese importe? Mudanza MU-000650, de Getxo a Vitoria el día 19.\n\n"
     "Gracias, Ane Zubiaurre"),
]
