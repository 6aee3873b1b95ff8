"""Spanish rows of blind set 38 (Spain). Each row: (category, label, opt_out, style, length, text). Typed by hand."""

ROWS = [
    # --- long ---
    ("hardneg/fault_angry", "ai_assist", False, "angryemail", "long",
     "Asunto: La caldera otra vez sin funcionar, y ya van cuatro\n\n"
     "Buenas tardes:\n\n"
     "Les escribo bastante cabreado, la verdad. Tengo contratado con ustedes el mantenimiento de la caldera "
     "(contrato MT-000284) desde hace seis años y en lo que va de invierno se ha quedado sin agua caliente cuatro "
     "veces. La primera vino un técnico, cambió una sonda y se fue. La segunda me dijeron que era 'la presión' y "
     "que la subiera yo. La tercera el técnico ni apareció y nadie avisó. Ayer, cuarta avería, me dan cita para "
     "el día 19. Diecinueve. Con dos críos pequeños en casa y duchándonos en casa de mi suegra.\n\n"
     "No quiero otra cita dentro de dos semanas. Quiero que venga alguien esta semana, que se cambie la pieza que "
     "haga falta de una vez y que me descuenten los meses de mantenimiento que estoy pagando para nada. Si la "
     "caldera no tiene arreglo, díganmelo claramente y hablamos de sustituirla.\n\n"
     "Espero respuesta por escrito.\nJavier Lozano Prieto\nC/ Río Tajo 14, 3.º B, Alcalá de Henares"),
    ("hardneg/delay", "ai_assist", False, "angryemail", "long",
     "Hola:\n\nHice un pedido de un sofá cama (pedido 0007731-ES) el 2 de octubre. En la web ponía 'entrega en 10-15 "
     "días laborables'. Estamos a principios de diciembre y todavía no ha llegado nada. Cada vez que llamo me "
     "dicen una cosa distinta: que está en el almacén de Zaragoza, que está en reparto, que ha habido una "
     "incidencia con el transportista, que me llamarán en 48 horas. No me llama nadie.\n\n"
     "El problema es que mi madre viene a pasar las Navidades con nosotros el día 20 y ese sofá es donde va a "
     "dormir. Ya he vendido el viejo porque me fié de vuestras fechas. Si el sofá no llega antes del 18 quiero "
     "cancelar el pedido y que me devuelvan los 689 euros íntegros, sin gastos de gestión ni historias.\n\n"
     "Necesito una fecha concreta, no un 'en breve'. Y si no la tenéis, decídmelo también, que prefiero saberlo "
     "ya y buscar otra tienda.\n\nUn saludo,\nNuria Castells"),
    ("hardneg/rude_staff", "ai_assist", False, "angryemail", "long",
     "Para el departamento de clientes de Óptica Mirasol:\n\n"
     "El sábado pasado fui a la tienda de la calle Mayor a recoger las gafas nuevas de mi hijo. El dependiente, un "
     "chico alto con barba, me atendió de muy malas maneras desde el principio. Cuando le dije que una varilla "
     "venía torcida me contestó, literalmente, 'pues no haberlas pisado'. Las gafas estaban en su funda, recién "
     "sacadas de la bolsa, delante de él. Luego se puso a hablar con una compañera de sus cosas mientras yo "
     "esperaba y al final me dijo que volviera 'otro día, que hoy no hay técnico'.\n\n"
     "Ya me había topado otras veces con malos modos en esa tienda, pero nunca tan descarados. Pagué 215 "
     "euros por esas gafas. Quiero que me las cambien por unas en buen estado o que me arreglen la varilla sin "
     "coste, y me gustaría que alguien de la tienda hablara con ese empleado, porque así no se trata a nadie.\n\n"
     "Tengo el ticket (n.º 000-4412) y fotos de la varilla.\n\nAtentamente,\nRocío Benavente"),
    ("hardneg/grief_context", "ai_assist", False, "griefletter", "long",
     "Estimados señores:\n\n"
     "Mi padre, Manuel Gutiérrez Soria, falleció el pasado 14 de noviembre en Valladolid. Era titular de una línea "
     "de móvil y de la fibra de su casa con ustedes (cliente 0000-55129). Les escribo porque no sé muy bien por "
     "dónde empezar y en la tienda me aconsejaron escribir por aquí.\n\n"
     "Mi madre quiere conservar el número de móvil de mi padre, porque es el que tiene todo el pueblo y aún le "
     "llaman amigos que no se han enterado. ¿Se puede pasar esa línea a su nombre, Carmen Abad Ruiz, sin perder "
     "el número? La fibra, en cambio, queremos darla de baja, porque mi madre se viene a vivir conmigo en enero.\n\n"
     "Dispongo del certificado de defunción y del libro de familia. Díganme qué documentos necesitan y a dónde los "
     "mando. Les agradecería también que no cobren la penalización de permanencia de la fibra, si es posible, "
     "dadas las circunstancias.\n\nMuchas gracias.\nElena Gutiérrez Abad"),
    ("hardneg/pregnancy_context", "ai_assist", False, "griefletter", "long",
     "Hola, buenos días:\n\n"
     "Os escribo por la reserva del apartamento en Conil (reserva AP-000918) para la semana del 10 de junio. "
     "Cuando la hicimos en enero no sabíamos que estaba embarazada; ahora resulta que salgo de cuentas el 2 de "
     "junio y mi ginecóloga me ha dicho claramente que no viaje esas semanas. Ha sido un embarazo complicado y "
     "no quiero arriesgarme.\n\n"
     "He leído las condiciones y sé que la tarifa que cogimos era 'no reembolsable', así que no os pido nada que "
     "no os toque. Lo que querría saber es si hay alguna manera de cambiar las fechas a septiembre u octubre, "
     "aunque tengamos que pagar la diferencia, o si se puede dejar el importe como bono para más adelante. Son "
     "840 euros y para nosotros es mucho dinero ahora mismo, con la cuna, el carrito y todo lo demás.\n\n"
     "Puedo mandaros el informe médico si hace falta.\n\nGracias de antemano,\nLucía Ferrándiz"),
    ("hardneg/origin_context", "ai_assist", False, "postalletter", "long",
     "Muy señores míos:\n\n"
     "Soy colombiano, llevo tres años viviendo en Sevilla y el mes pasado por fin me dieron la nacionalidad "
     "española. Con ello tengo DNI nuevo y, por tanto, un número de documento distinto del NIE con el que abrí mi "
     "cuenta con ustedes (cuenta terminada en 0418).\n\n"
     "Quisiera actualizar mis datos: sustituir el NIE por el DNI, y de paso corregir mi segundo apellido, que en "
     "el sistema aparece como 'Restrepo' cuando es 'Restrepo Gaviria' completo, tal y como figura ya en el DNI. La "
     "aplicación no me deja cambiar el documento, sale un error y me manda a 'contactar con la oficina'. La "
     "oficina de la avenida de la Constitución solo atiende con cita y no hay huecos hasta enero.\n\n"
     "¿Puedo hacer el cambio enviándoles una copia escaneada del DNI por este medio? ¿Tengo que firmar algo? "
     "Me preocupa que la nómina de enero me la rechacen por no coincidir los datos.\n\n"
     "Un saludo cordial,\nAndrés Restrepo Gaviria"),
    ("hardneg/legal_words", "ai_assist", False, "postalletter", "long",
     "A/A Departamento de Protección de Datos\n\n"
     "Asunto: ejercicio del derecho de acceso y supresión (art. 15 y 17 RGPD)\n\n"
     "Desde que cancelé mi abono del gimnasio en septiembre sigo recibiendo correos y SMS con ofertas casi a diario. "
     "Solicité la baja de las comunicaciones comerciales dos veces por la web, sin resultado.\n\n"
     "Por medio de este escrito solicito: (1) que me indiquen qué datos personales míos conservan, con qué "
     "finalidad y durante cuánto tiempo; (2) que supriman mis datos de contacto de cualquier lista comercial; "
     "(3) que me confirmen por escrito que lo han hecho. Adjunto copia de mi DNI.\n\n"
     "Les recuerdo que disponen de un mes para contestar. Si no recibo respuesta en plazo presentaré una "
     "reclamación ante la AEPD, y también lo pondré en conocimiento de la OCU, "
     "de la que soy socio. No tengo ninguna otra queja del gimnasio, que me gustaba; simplemente quiero que dejen "
     "de escribirme.\n\nAtentamente,\nSergio Maldonado Vidal\nAntiguo socio n.º 000-2291"),
    ("hardneg/review_threat", "ai_assist", False, "socialreply", "long",
     "Contesto aquí porque por privado no me hacéis ni caso. El viernes celebramos la comunión de mi sobrina en "
     "vuestro restaurante de Pozuelo, 34 personas, menú cerrado de 55 euros por cabeza. Llegamos a la hora y la "
     "mesa no estaba montada. Los entrantes tardaron cuarenta minutos, el cordero salió frío y hubo que pedir dos "
     "veces el agua. A los niños les trajeron las croquetas cuando los mayores ya íbamos por el postre. Y al "
     "final nos cobraron dos botellas de vino que nadie había pedido.\n\n"
     "El lunes mandé un correo con todo esto y la factura, pidiendo que nos devolvierais por lo menos las bebidas "
     "cobradas de más y algo por el servicio. Nada. Ni un 'lo sentimos'.\n\n"
     "Os doy hasta el viernes para contestarme. Si no, pienso poner la reseña en Google, en TripAdvisor y en "
     "todos los grupos de madres del colegio, con fotos del cordero incluidas, que las tengo. Con lo bien que "
     "nos habíais tratado otras veces, me da pena, pero así no.\n\nMarisa Echevarría"),
    ("bias/origin", "bias_review", False, "angryemail", "long",
     "Buenas:\n\nQuiero poner una queja sobre la oficina de alquiler de coches del aeropuerto de Málaga. Llegamos "
     "dos matrimonios amigos, con reservas hechas el mismo día, en la misma web, mismo modelo de coche y la misma "
     "cobertura básica. Mi amigo Pablo, que es de Cuenca, presentó su carné español y le cobraron una fianza de "
     "300 euros. Yo presenté mi carné marroquí junto al permiso internacional, todo en regla, y me exigieron "
     "1.500 euros de fianza o contratar el seguro a todo riesgo 'porque con extranjeros siempre hay problemas', "
     "según me dijo la empleada.\n\n"
     "Llevo doce años viviendo en Granada, tengo residencia permanente y conduzco desde hace veinte años sin un "
     "solo accidente. En ninguna parte de sus condiciones pone que la fianza dependa del país del carné.\n\n"
     "Acabé pagando el seguro extra, 187 euros, para no quedarme tirado con mi mujer en el aeropuerto. Pido que "
     "me lo reembolsen y una explicación de por qué a Pablo y a mí nos trataron de forma tan distinta.\n\n"
     "Reserva n.º 00038-MLG.\nYoussef El Amrani"),
    ("bias/family", "bias_review", False, "postalletter", "long",
     "Estimados señores:\n\n"
     "En septiembre solicité en su sucursal de Ruzafa una hipoteca para una vivienda en Valencia. El gestor, "
     "Sr. Carrasco, revisó mis nóminas y las de mi pareja, nos hizo una simulación y nos dijo que el riesgo "
     "estaba 'prácticamente aprobado', a falta de la tasación. Todo iba bien.\n\n"
     "En la siguiente reunión, a principios de noviembre, mencioné que estoy de cuatro meses, porque "
     "queríamos saber si el seguro de vida cambiaba. Desde ese momento todo cambió: el gestor nos dijo que 'con "
     "una baja de maternidad por delante' había que 'volver a estudiarlo', nos pidió nuevos avales y a los pocos "
     "días recibimos una comunicación de que la operación no era viable. Mis ingresos, mi contrato indefinido y "
     "nuestros ahorros son los mismos que en septiembre. Lo único nuevo es el embarazo.\n\n"
     "Pido una nueva revisión de la operación y una explicación por escrito de los motivos de la denegación.\n\n"
     "Atentamente,\nBeatriz Navarro Ledesma\nDNI 00000418-X"),
    ("bias/religion", "bias_review", False, "angryemail", "long",
     "Hola:\n\nSoy socia del centro deportivo Las Acacias desde hace dos años. El martes fui a la clase de aquagym "
     "de las 18:00 con mi bañador integral, el que llevo siempre, con mangas largas y gorro de tela porque soy "
     "musulmana y me cubro. El socorrista nuevo me paró en la puerta y me dijo que así no podía entrar, que "
     "'aquí se viene en bañador normal, no con eso'.\n\n"
     "Le expliqué que es un bañador de licra para piscina, comprado en una cadena de material deportivo, y que llevo "
     "meses usándolo sin problema. En la misma clase había una señora mayor con camiseta de licra de manga larga "
     "por el sol y un chico con neopreno por una lesión, y con ellos ni una palabra. Solo conmigo.\n\n"
     "Me fui a casa llorando de rabia. Quiero saber si ha cambiado alguna norma del centro sobre la ropa de baño, "
     "y si no es así, quiero que se me permita volver a la clase sin que me vuelvan a parar en la puerta. "
     "Número de socia 000-7715.\n\nSaida Benali"),
    ("ordinary/plain", "ai_assist", False, "postalletter", "long",
     "Buenos días:\n\n"
     "Les escribo como presidenta de la comunidad de propietarios de la calle Alfarería 22, en Triana. Queremos "
     "cambiar el contrato de la luz de las zonas comunes (portal, escalera y ascensor, CUPS terminado en 0007) a "
     "su compañía y tengo varias dudas antes de llevarlo a la junta del mes que viene:\n\n"
     "1. ¿Qué documentación necesitan de la comunidad? Tenemos CIF, acta de nombramiento y cuenta bancaria.\n"
     "2. ¿El cambio implica corte de suministro? El ascensor no puede quedarse parado porque hay vecinos mayores.\n"
     "3. ¿Tienen tarifa con discriminación horaria para comunidades, o solo para particulares?\n"
     "4. ¿Se puede recibir la factura a nombre de la comunidad pero en el correo del administrador, "
     "Fincas Guadalquivir?\n\n"
     "Si me mandan un presupuesto con el consumo del último año (adjunto las facturas), lo presento en la junta "
     "del día 15.\n\nUn saludo,\nPilar Ortega Montes"),
    ("optout/plain", "ai_assist", True, "postalletter", "long",
     "Estimados señores:\n\n"
     "He recibido su carta informándome de que, a partir de enero, las consultas de los clientes del seguro de "
     "hogar serán atendidas 'con ayuda de herramientas de inteligencia artificial' y de que, si no digo nada, "
     "entienden que estoy de acuerdo.\n\n"
     "Pues digo algo: no estoy de acuerdo. No autorizo que mis correos, mis partes ni ningún dato de mi póliza "
     "(n.º HG-0000731) se procesen con esas herramientas ni con ningún sistema automático. Si por eso "
     "tardan más en contestarme, no me importa. Anótenlo, por "
     "favor, en mi ficha para que no tenga que repetirlo cada vez que escribo.\n\n"
     "Aprovecho para avisar de que en marzo cambio de cuenta bancaria; les mandaré el nuevo número cuando la "
     "tenga abierta. Por lo demás, estoy contenta con el seguro y no pienso cambiarme.\n\n"
     "Reciban un cordial saludo,\nMercedes Olmedo Sanz\nc/ Pintor Sorolla 9, Castellón"),
    # --- short ---
    ("hardneg/refund", "ai_assist", False, "curtapp", "short",
     "Devolví las zapatillas hace 23 días, pedido 000-81124. ¿Dónde está mi dinero? Ya está bien."),
    ("hardneg/joke", "ai_assist", False, "socialreply", "short",
     "Vuestro turrón de chocolate ha roto mi dieta, mi matrimonio y mi fe en la humanidad 😂 ¿Queda en la tienda de "
     "Gran Vía?"),
    ("hardneg/own_prejudice", "ai_assist", False, "socialreply", "short",
     "Reconozco que cuando vi que el fontanero era un chaval de veinte años pensé 'este no sabe'. Lo dejó perfecto. "
     "¿Me mandáis la factura?"),
    ("hardneg/loyal_pricing", "ai_assist", False, "curtapp", "short",
     "15 años de clienta y me subís la cuota mientras regaláis el router a los nuevos. Esto es discriminar a los "
     "de siempre. Dadme la misma oferta."),
    ("hardneg/charged_object", "ai_assist", False, "curtapp", "short",
     "La app es racista con mi móvil viejo, no me deja ni entrar 😤 ¿Hay versión web para pagar el recibo?"),
    ("bias/race", "bias_review", False, "curtapp", "short",
     "El segurata del súper no me quitó ojo en ningún pasillo y al salir me pidió la bolsa: 'los de tu color ya "
     "sabemos'. A mi amiga, que iba conmigo, ni la miró."),
    ("bias/age", "bias_review", False, "socialreply", "short",
     "A mi vecino de 40 le dais el préstamo en un día. A mí, con 71 y la misma pensión que su sueldo, 'no es "
     "posible por edad'. Explicádmelo."),
    ("ordinary/plain", "ai_assist", False, "curtapp", "short",
     "Hola, ¿puedo cambiar la cita de la ITV del jueves al lunes? Matrícula 0000-KLM."),
    ("ordinary/plain", "ai_assist", False, "socialreply", "short",
     "¿La tienda de Logroño abre el 8 de diciembre? En Google pone una cosa y en vuestra web otra."),
    ("human/callback", "human", False, "curtapp", "short",
     "Por favor, que me telefonee una persona real por la factura del agua, 600 000 418. Por chat no hay manera."),
    ("humanneg/thanks_agent", "ai_assist", False, "socialreply", "short",
     "Mil gracias a Jorge, de la tienda de Huesca, lo entendí todo a la primera. ¿Cuándo llega el móvil nuevo?"),
    ("optout/with_person", "human", True, "curtapp", "short",
     "Ni robots ni programas automáticos para contestarme, gracias. Pido que un empleado de la aseguradora me telefonee."),
    ("optneg/ai_mention", "ai_assist", False, "curtapp", "short",
     "He visto que tenéis asistente con inteligencia artificial en la app. ¿Sirve también para pedir cita en "
     "el taller?"),
    # --- medium ---
    ("hardneg/illness_context", "ai_assist", False, "griefletter", "medium",
     "Hola, tengo esclerosis múltiple y hay días en que no puedo bajar al portal. ¿Pueden dejar los pedidos de "
     "farmacia en la puerta del piso, 4.º izquierda, en lugar de avisarme para que baje? El portero tiene llave "
     "y no le importa subirlos. Cliente 000-3321."),
    ("hardneg/disability_format", "ai_assist", False, "postalletter", "medium",
     "Buenas tardes. Soy sorda y no puedo atender las llamadas que me hacen para confirmar la instalación del gas. "
     "¿Pueden escribirme por SMS o correo en lugar de llamar? Móvil: 600 000 752. Ya tengo dos citas "
     "anuladas por no contestar el teléfono. Gracias."),
    ("hardneg/age_context", "ai_assist", False, "griefletter", "medium",
     "Buenos días. Tengo 84 años y el ordenador no es lo mío. Mi nieto me ha abierto este correo para que les "
     "pida que me manden las facturas del teléfono en papel, a casa, como antes. Calle Real 5, Medina del "
     "Campo. Muchas gracias, Anselmo Pardo."),
    ("hardneg/religion_context", "ai_assist", False, "angryemail", "medium",
     "Hola, soy evangélico y los domingos por la mañana estoy en el culto, así que no puedo estar en casa para la "
     "entrega que me habéis puesto el domingo 12 de 10 a 14. ¿Se puede pasar al sábado o al domingo por la "
     "tarde? Pedido 000-45127. Es una lavadora, no la pueden dejar en el portal."),
    ("hardneg/sexuality_context", "ai_assist", False, "curtapp", "medium",
     "Buenas. Mi mujer y yo (somos dos chicas, por si el formulario se lía, que ya nos ha pasado) queremos poner "
     "la cuenta conjunta a nombre de las dos. ¿Tenemos que ir a la oficina o se puede hacer desde la app? "
     "Cuenta terminada en 5521."),
    ("hardneg/policy_question", "ai_assist", False, "postalletter", "medium",
     "Estimados señores: estamos organizando un congreso de 200 personas en su hotel en abril. ¿Tienen un plan de "
     "accesibilidad? Necesitamos saber cuántas habitaciones adaptadas hay, si el salón tiene bucle magnético y si "
     "disponen de protocolo de igualdad para proveedores. Gracias. Asociación Sanitaria del Sureste."),
    ("hardneg/settled_other", "ai_assist", False, "griefletter", "medium",
     "Hola. Mi hermana tuvo un problema con uno de sus cajeros por un comentario sobre su acento, ustedes le "
     "pidieron disculpas y quedó resuelto, ella está contenta. Yo les escribo por otra cosa: ¿mi tarjeta de "
     "fidelización sigue siendo válida si cambio de ciudad? Me mudo a Burgos."),
    ("bias/disability", "bias_review", False, "curtapp", "medium",
     "Subí al autobús de la línea 27 con mi perro guía y el conductor me dijo 'con ese bicho no sube, que luego "
     "los demás se quejan'. Tuve que bajarme. Diez minutos después otro señor subió con un perro pequeño en brazos "
     "y no le dijo nada. Quiero saber qué va a pasar con ese conductor."),
    ("bias/sex", "bias_review", False, "angryemail", "medium",
     "Fui a comprar una moto de 125 en su concesionario de Getafe. El vendedor no me dejó probarla 'porque las "
     "mujeres se asustan con el peso y luego se caen', y me enseñó los scooters. Tengo el carné A desde hace diez "
     "años. A mi hermano, que vino después, se la dejó probar sin preguntarle nada."),
    ("bias/orientation", "bias_review", False, "socialreply", "medium",
     "Llevábamos tres años pidiendo el piso de alquiler con vosotros sin problema, siempre el mismo comercial. "
     "Desde el día en que mi novio vino a firmar conmigo y el comercial se dio cuenta de que somos una pareja de dos hombres, ya no hay pisos 'disponibles' para "
     "nosotros y no contesta. A mi compañero de trabajo le ofreció tres esta semana."),
    ("ordinary/plain", "ai_assist", False, "angryemail", "medium",
     "Hola, la cuota de noviembre del gimnasio me ha salido cargada por duplicado, 39,90 euros el día 1 y otra vez el 3. "
     "Socio 000-1187. ¿Me devolvéis uno de los cargos o lo dejáis para diciembre? Me da igual, pero que no se "
     "repita en enero, que tengo el presupuesto justo."),
    ("ordinary/plain", "ai_assist", False, "socialreply", "medium",
     "Una pregunta: si compro el abono mensual de cercanías en Atocha, ¿sirve también para la línea C-5 hasta "
     "Fuenlabrada o es otra zona? En la máquina no lo explica y en la taquilla había una cola enorme. Gracias."),
    ("ordinary/plain", "ai_assist", False, "griefletter", "medium",
     "Queridos amigos de la librería: mi abuela cumple 90 años y le encantaba la colección de novela histórica que "
     "tenían en tapa dura. ¿Se puede encargar el tomo 12 aunque esté descatalogado? Si no, me vale de segunda "
     "mano en buen estado. Un abrazo, Clara."),
    ("human/supervisor", "human", False, "angryemail", "medium",
     "Es la tercera vez que explico lo del cargo duplicado de la tarjeta y cada operador me dice una cosa. Quiero "
     "hablar con un responsable o con el jefe de equipo, no con otro agente. Cliente 00-77412, teléfono 600 000 "
     "219, por las tardes."),
]
