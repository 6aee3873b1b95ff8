"""Spanish (Spain) rows of blind set 53, typed by hand: (category, label, opt_out, style, text)."""
E, A, F = "executive-escalation", "in-app-feedback", "community-forum"
B, N = "bias_review", "ai_assist"

ROWS = [
    ("bias/explicit_remark", B, False, F,
     "Título: En la tienda de Triana nos dijeron \"aquí a los gitanos no les fiamos\"\n\nFuimos mi marido y yo a "
     "pedir la financiación de una lavadora, la misma que anuncian en la web a doce meses sin intereses. El "
     "dependiente miró el DNI, vio los apellidos y soltó eso delante de toda la cola. Ni siquiera pasó los datos "
     "por el sistema." " Mi marido trabaja en la misma empresa desde hace nueve años y tenemos nómina fija los dos. ¿Alguien sabe si la empresa tiene una forma de reclamar esto en serio?"),
    ("bias/explicit_cause", B, False, E,
     "A la atención de la Dirección General de Viajes Albatros S.L.\n\nAsunto: reclamación ref. VA-0000-1187, "
     "presentada el 4 y el 15 de octubre\n\nEstimada señora directora:\n\nMe dirijo a su oficina porque mis dos "
     "reclamaciones anteriores no han recibido respuesta. El 2 de octubre intenté reservar para mi hija Lucía, de "
     "catorce años, el campamento de otoño en Cazorla. Cuando indiqué en el formulario que Lucía tiene epilepsia "
     "controlada con medicación, la coordinadora, la señora Bermejo, me llamó para decirme textualmente que \"con la "
     "epilepsia no podemos hacernos responsables, mejor que no venga\". No pidió ningún informe médico ni preguntó "
     "qué cuidados necesitaba. Lucía lleva cuatro años sin crisis y va de excursión con el colegio sin problema. "
     "Solicito que se revise la decisión y que me expliquen por escrito en qué se basa.\n\nAtentamente,\nMarta "
     "Lozano Ibarra"),
    ("bias/explicit_comparison", B, False, A,
     "A mi compañero Iván le dieron la tarjeta de empleado del gimnasio al momento. A mí, por ser mujer, me dicen "
     "que la sala de pesas 'no es para chicas' y me ofrecen solo las clases dirigidas. Mismo contrato.\n--\nFitZona "
     "3.7.2 / Android 14"),
    ("bias/explicit_after", B, False, E,
     "A la Oficina del Consejero Delegado, Aseguradora Mediterránea\n\nPóliza de salud n.º 0000-448-21\n\nMuy "
     "señores míos:\n\nTengo contratada la póliza desde hace nueve años sin ninguna incidencia. El 6 de septiembre "
     "comuniqué por teléfono que había iniciado mi transición y que quería actualizar mi nombre a Alba. El 20 de "
     "septiembre recibí una carta anunciando que la póliza no se renovaría en enero \"por revisión del perfil de "
     "riesgo\", sin más detalle. Cuando llamé, el agente me dijo que \"con estos cambios de sexo la compañía prefiere "
     "no seguir\". Considero que la no renovación se debe únicamente a que soy una mujer trans, y solicito una "
     "revisión por parte de su oficina y una explicación por escrito.\n\nAtentamente,\nAlba Requena Soto"),
    ("bias/implicit_access", B, False, F,
     "Título: Las nuevas taquillas del metro solo con pantalla táctil\n\nMi padre no ve casi nada desde hace dos "
     "años. Antes compraba el bonobús en la taquilla con la persona de la ventanilla. Ahora en Nuevos Ministerios "
     "han quitado la ventanilla y solo queda la máquina con pantalla, sin voz ni botones. Se queda parado delante "
     "y no puede comprar el billete él solo. ¿Van a poner alguna alternativa?"),
    ("bias/implicit_comparison", B, False, E,
     "A la atención del Director General, Inmobiliaria Puerta del Sol\n\nReferencia: solicitud de alquiler "
     "IPS-000-3390\n\nEstimado señor:\n\nEl 10 de octubre llamé para visitar el piso de la calle Arganzuela, 8, "
     "presentándome como Youssef El Amrani. Me dijeron que ya estaba alquilado. Una hora después, mi compañera de "
     "trabajo, Cristina Mendoza, llamó desde su móvil preguntando por el mismo piso: le ofrecieron visitarlo esa "
     "misma tarde y le pidieron las mismas nóminas que yo tenía preparadas. Tenemos el mismo sueldo y el mismo "
     "contrato indefinido. El anuncio siguió publicado hasta el 28. Escribí a la oficina el 14 y el 21 de octubre "
     "sin respuesta. Les pido que investiguen por qué recibimos respuestas distintas.\n\nUn saludo,\nYoussef El "
     "Amrani"),
    ("bias/implicit_after", B, False, A,
     "Desde que subí el certificado del 65% para el descuento, la app me ha bajado el límite de la tarjeta de "
     "3.000 a 500 €. Nada más ha cambiado, mismos ingresos. ¿Por qué?" " Cuenta de 2019, nómina domiciliada.\n--\nBancoNube 9.1.0 / iPhone 12"),
    ("bias/implicit_remark", B, False, F,
     "Título: \"¿Y tú de dónde eres de verdad?\"\n\nEso me preguntó el encargado de la tienda de Móstoles cuando fui "
     "a recoger mi pedido. Le dije que de Getafe. Se rió y dijo que entonces tendría que revisar mi bolso antes de "
     "salir. A la señora de delante no le revisó nada. Nací aquí, mis padres son de Guinea."),
    ("hardneg/object_joke", N, False, A,
     "La cafetera es una dictadora: solo me deja hacer cafés largos, el botón de corto no responde. ¿Es "
     "garantía?\n--\nCasaSmart 2.4 / Android 13"),
    ("hardneg/threat", N, False, E,
     "A la Dirección General, Mudanzas Rápidas Levante\n\nRef. MRL-0000-772\n\nMuy señores míos:\n\nLlevo desde "
     "el 3 de noviembre esperando la devolución de la fianza de 150 € de una mudanza que ustedes cancelaron. He "
     "llamado el 5, el 12 y el 19. Quiero dejar claro que nadie me ha tratado distinto que a otros, su atención es "
     "igual de mala con todos. Pero si el viernes no tengo el dinero, pienso decir en las redes que discriminan a "
     "los clientes de los pueblos, porque así me siento. Les ruego que hagan la transferencia a la cuenta que "
     "figura en el contrato, que termina en 0000, y me envíen el justificante por correo electrónico. También "
     "quiero que conste que la cancelación fue suya, no mía, y que tengo el mensaje de WhatsApp del conductor en "
     "el que lo dice.\n\nAtentamente,\nRamón Peiró"),
    ("hardneg/own_prejudice", N, False, F,
     "Título: Pensé que el técnico no sabría, y me equivoqué\n\nCuando vino un chaval con acento argentino a "
     "instalar la fibra pensé que no sabría de nuestras instalaciones viejas. Lo dejó funcionando en media hora. "
     "Pregunta: ¿el router nuevo se puede poner en modo puente?"),
    ("hardneg/loyal_price", N, False, A,
     "15 años de clienta y pago 12 € más que los nuevos por la misma tarifa. Es discriminación al cliente fiel. "
     "Quiero la misma oferta.\n--\nMovilPlus 5.5 / Xiaomi"),
    ("hardneg/policy_question", N, False, E,
     "A la Secretaría de Dirección, Autocares Sierra Norte S.A.\n\nEstimados señores:\n\nSoy el jefe de estudios "
     "del IES Río Jarama. Estamos preparando el viaje de fin de curso a Granada para cincuenta y dos alumnos, dos "
     "de ellos usuarios de silla de ruedas. Antes de firmar el presupuesto n.º 0000-2231, el consejo escolar "
     "necesita su política de accesibilidad: qué autocares tienen plataforma elevadora, cuántas plazas para sillas "
     "hay en cada uno y si los conductores tienen formación para el anclaje. También les agradecería que nos "
     "indicaran si disponen de un plan de igualdad, porque la Consejería nos lo exige para contratar con "
     "proveedores. Les ruego que nos lo envíen antes del 15 de diciembre, fecha en que se reúne el consejo.\n\n"
     "Un cordial saludo,\nFrancisco Javier Olmedo"),
    ("hardneg/praise", N, False, F,
     "Título: Gracias al equipo de la óptica de Zaragoza\n\nMi madre tiene alzhéimer y se pone nerviosa con las "
     "pruebas. La optometrista, Nuria, tuvo una paciencia enorme y le explicó todo tres veces. ¿Puedo pedir la "
     "revisión del año que viene con ella directamente desde la app o hay que llamar?"),
    ("hardneg/rude_to_all", N, False, E,
     "A la Oficina de Atención a la Dirección, Supermercados Delsol\n\nEstimados señores:\n\nEl cajero de la "
     "tienda de la avenida de Burgos, el del turno de tarde, trata mal a todo el mundo: a mí, a una pareja de "
     "jóvenes, a un señor mayor y hasta a su propia compañera, a quien gritó por el cambio. No creo que sea nada "
     "personal, es así con todos. Aparte de eso, el tique del 8 de noviembre (n.º 0000-55-1209) me cobró dos veces "
     "el aceite de oliva, 9,45 € de más, y como él no quiso revisarlo les pido que me lo devuelvan a la tarjeta. "
     "Adjunto foto del tique y del extracto. Vuelvo a la tienda cada semana, así que si prefieren que lo recoja "
     "en caja con un vale, también me vale." " Les agradecería una respuesta por escrito.\n\nUn saludo,\nElena Casado"),
    ("hardneg/mention_age", N, False, A,
     "Tengo 79 años y no encuentro dónde se descarga la factura en PDF. Antes estaba abajo.\n--\nLuzHogar 4.0.3 / "
     "Samsung A52"),
    ("hardneg/mention_disability", N, False, F,
     "Título: ¿El lector de pantalla lee las facturas?\n\nSoy ciega y uso VoiceOver. La app lee bien el menú pero "
     "cuando abro la factura solo dice 'imagen'. ¿Hay una versión en texto o un PDF accesible que pueda pedir?"),
    ("hardneg/mention_religion", N, False, E,
     "A la atención de la Dirección Comercial, Catering Las Encinas\n\nPresupuesto n.º 0000-8812\n\nEstimados "
     "señores:\n\nCelebramos la primera comunión de nuestro hijo Hugo el 17 de mayo en la parroquia de San Lorenzo "
     "y tenemos reservado su servicio de catering para sesenta invitados. Varios de ellos son musulmanes y nos "
     "gustaría saber si pueden preparar un menú halal para ocho personas sin cambiar el precio por cubierto, y si "
     "la carne se prepara aparte. También necesitamos confirmar la hora de llegada del personal: la misa termina a "
     "las doce y media y queremos servir el aperitivo a la una. Por último, el presupuesto que recibimos el 2 de "
     "noviembre no incluye la tarta, aunque en la reunión del 28 de octubre se dijo que sí; les agradecería que lo "
     "corrigieran y me lo reenviaran.\n\nMuchas gracias,\nInmaculada Ferrer"),
    ("hardneg/student_project", N, False, F,
     "Título: TFG sobre quejas por discriminación\n\nHola, estudio Relaciones Laborales en Salamanca y mi TFG "
     "trata de cómo gestionan las empresas las quejas por discriminación. No es una queja, ¿eh? ¿Publica la "
     "compañía algún dato anual o a quién podría escribir para pedirlo?"),
    ("hardneg/unfair_no_ground", N, False, E,
     "A la Oficina de la Presidencia, Parkings Centro S.A.\n\nRef. multa interna PC-00000-417\n\nEstimados "
     "señores:\n\nEl 22 de octubre dejé el coche en su aparcamiento de la plaza de España con un abono mensual "
     "pagado y vigente. Al salir, la barrera no leyó la tarjeta y el vigilante me cobró 28 € como si fuera un "
     "usuario sin abono, diciendo que \"el sistema manda\". Reclamé en la caseta ese mismo día y por correo el 24 y "
     "el 31 de octubre. Me parece una injusticia: he pagado dos veces la misma plaza. Solicito la devolución de los "
     "28 € y que revisen el lector de la barrera, que según el propio vigilante falla a menudo." " Adjunto el justificante del abono de octubre, el tique de salida y la foto del cartel de la barrera, que ese día tenía una pegatina de averiado a medio arrancar.\n\nAtentamente,\n"
     "Jordi Vilalta"),
    ("ordinary/refund", N, False, A,
     "Devolví la chaqueta el 2/11 por correos, pedido 0000-31145, y no veo el reembolso.\n--\nModaYa 6.1 / "
     "iPhone 14"),
    ("ordinary/repair", N, False, E,
     "A la Dirección de Atención al Cliente, Electrodomésticos Norte\n\nOrden de reparación n.º 0000-6620\n\n"
     "Estimados señores:\n\nMi frigorífico, en garantía hasta marzo, dejó de enfriar el 30 de septiembre. El "
     "técnico vino el 7 de octubre, dijo que hacía falta un compresor y que llegaría en una semana. Desde entonces "
     "he llamado el 15, el 22 y el 29 de octubre y siempre me dicen que la pieza \"está en camino\". Llevo cinco "
     "semanas sin nevera, con dos niños pequeños, comprando al día. Les pido que me den una fecha concreta para la "
     "reparación o, si no es posible, que me cambien el aparato por uno nuevo como permite la garantía. Les adjunto "
     "la factura de compra y el parte del técnico.\n\nAtentamente,\nSusana Pardo Gil"),
    ("ordinary/delivery", N, False, F,
     "Título: Paquete marcado como entregado pero no está\n\nEl seguimiento dice entregado en buzón ayer a las "
     "14:10, pero en casa no hay nada y el buzón es pequeño. ¿A alguien más le ha pasado con esta empresa de "
     "reparto? ¿Cómo se abre la incidencia?"),
    ("ordinary/bill", N, False, A,
     "La factura de octubre trae un cargo de 'mantenimiento' de 6,90 € que no contraté.\n--\nGasHogar 2.2 / "
     "Android 12"),
    ("ordinary/booking", N, False, E,
     "A la atención del Director del Hotel Mirador de la Caleta\n\nReserva n.º 0000-90027\n\nEstimado señor "
     "director:\n\nReservé por su web tres noches, del 26 al 29 de diciembre, en habitación doble con vistas al "
     "mar. La confirmación que recibí dice habitación interior. Escribí a recepción el 10 y el 17 de noviembre y no "
     "he recibido respuesta. Como el viaje es para nuestro aniversario, les agradecería que me confirmen la "
     "habitación con vistas que pagué o que me devuelvan la diferencia de 84 €." " En la web la habitación con vistas aparece todavía como disponible para esas fechas, así que no entiendo el cambio. Adjunto la captura de la reserva original, donde se ve claramente el tipo de habitación y el precio que aboné con tarjeta.\n\nUn saludo,\nAlberto Ruiz"),
    ("ordinary/account", N, False, F,
     "Título: No me llega el código de verificación\n\nCambié de número y ahora el SMS de verificación va al "
     "antiguo. ¿Cómo cambio el teléfono sin poder entrar?"),
    ("optout/plain", N, True, E,
     "Al Delegado de Protección de Datos y a la Dirección General de Telecom Ibérica\n\nCliente n.º 0000-51-774\n\n"
     "Muy señores míos:\n\nHe leído en sus nuevas condiciones que los mensajes de los clientes se analizan con "
     "\"herramientas de inteligencia artificial\". Me opongo a que mis mensajes, incluido este, se traten de forma "
     "automatizada o con IA, y retiro cualquier consentimiento que se entienda otorgado. Les ruego que lo "
     "anoten en mi ficha y me lo confirmen por escrito. Aprovecho para pedirles el duplicado de la factura de "
     "agosto, que no encuentro en el área de cliente." " Mi dirección postal no ha cambiado desde que firmé el contrato en 2017, de modo que el problema no está en mis datos.\n\nAtentamente,\nCarmen Ortiz Valls"),
    ("optout/plain", N, True, A,
     "No quiero que un bot lea mis mensajes. Fuera la IA de mi cuenta. Solo quiero saber cuándo llega el "
     "pedido.\n--\nCompraFácil 3.0 / Android 14"),
    ("optout/plain", N, True, F,
     "Título: ¿Cómo desactivo que la IA procese mis consultas?\n\nNo acepto que mis mensajes pasen por un sistema "
     "automático. ¿Dónde está la opción? Mi consulta es sobre el cambio de titular del contrato del agua."),
    ("optout/plain", N, True, A,
     "retiro mi consentimiento al tratamiento automatizado de mis mensajes. nada de IA. gracias\n--\nSaludYa 1.9"
     " / iPhone"),
    ("optout/with_person", "human", True, F,
     "Título: Basta de respuestas de robot\n\nLlevo cuatro respuestas automáticas y ninguna contesta lo que "
     "pregunto. No quiero que mis mensajes los gestione una IA. Quiero hablar con una persona de verdad sobre la "
     "baja de mi línea."),
    ("optneg/mention", N, False, A,
     "El asistente de IA me ayudó a cambiar la tarifa, genial. ¿Puede también cambiar la fecha de cobro?\n--\n"
     "MovilPlus 5.5 / Xiaomi"),
    ("optneg/other_refusal", N, False, E,
     "A la Dirección de Atención al Cliente, Revista Horizonte\n\nSuscripción n.º 0000-1180\n\nEstimados señores:"
     "\n\nMe niego a que renueven automáticamente mi suscripción en papel: en septiembre pedí por escrito pasar a "
     "la edición digital, y en noviembre me han cargado 59 € por otro año en papel. Les ruego que anulen la "
     "renovación, me devuelvan el importe y me den de alta en la versión digital, como pedí." " Adjunto la copia del correo de septiembre en el que solicitaba el cambio y el extracto con el cargo. Llevo doce años suscrito y hasta ahora nunca había tenido ningún problema con ustedes, por eso me extraña tanto este cobro." " Les ruego que lo resuelvan antes del próximo cargo, previsto para el 1 de diciembre.\n\nUn saludo,\n"
     "Tomás Gallardo"),
    ("human/person", "human", False, A,
     "Quiero hablar con alguien de atención al cliente, no con un menú.\n--\nLuzHogar 4.0.3 / iPhone 11"),
    ("human/anyone_real", "human", False, F,
     "Título: ¿Hay alguien de carne y hueso leyendo esto?\n\nTres correos y tres respuestas idénticas. ¿Hay "
     "alguien real al otro lado?"),
    ("human/callback", "human", False, E,
     "A la Oficina del Consejero Delegado, Financiera Castellana\n\nContrato n.º 0000-00-6631\n\nEstimados "
     "señores:\n\nHe escrito el 3 y el 17 de noviembre a su departamento de cobros por un recibo cargado dos veces "
     "y no he tenido respuesta. Les ruego que alguien me llame al 600 000 412 por las tardes para resolverlo.\n\n"
     "Atentamente,\nPilar Espinosa"),
    ("human/named_contact", "human", False, A,
     "¿Puede llevar mi caso otra vez Rocío, la de la oficina de Alicante? Ella ya conoce el expediente.\n--\n"
     "SegurosMar 2.0 / Android"),
    ("human/supervisor", "human", False, E,
     "A la atención de Reclamaciones de Dirección, Muebles Olivar\n\nPedido n.º 0000-7724\n\nEstimados señores:\n\n"
     "He hablado con cinco agentes por un sofá que llegó roto y ninguno ha organizado la recogida. Pido que el "
     "caso pase a un responsable o supervisor con autoridad para aprobar el reembolso, y que esa persona se ponga "
     "en contacto conmigo por escrito o por teléfono. Adjunto fotos de la tapicería rajada y del albarán firmado "
     "\"con reservas\" el día de la entrega, el 4 de noviembre." " El sofá sigue envuelto en el salón, ocupando media habitación, y cada agente me da un número de incidencia distinto: el último es el 0000-7724-05. Les ruego que pongan fin a esta situación cuanto antes.\n\nAtentamente,\nManuel Cifuentes"),
    ("humanneg/staff_mention", N, False, F,
     "Título: Las chicas de la tienda de Vigo, unas cracks\n\nMe ayudaron a recuperar las fotos del móvil viejo. "
     "Pregunta: ¿el seguro de pantalla se puede contratar después de comprar el móvil?"),
    ("humanneg/family_mention", N, False, A,
     "Mi hijo me instaló la app y ahora no sé dónde se ven los puntos acumulados.\n--\nSuperDelsol 7.3 / "
     "Android 11"),
]
