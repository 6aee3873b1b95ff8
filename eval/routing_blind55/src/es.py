"""Spanish rows of blind set 55 (Spain): (category, label, opt_out, style, text). Written by hand; all invented."""
OD, VN, GB = "ombudsman-draft", "voice-note-transcript", "group-booking-email"
B, A, H = "bias_review", "ai_assist", "human"

ROWS = [
    ("bias/explicit_remark", B, False, VN,
     "hola eh mira te cuento que fui a la inmobiliaria de la calle Mayor con mi marido y el chico nos dijo que "
     "el propietario no quiere gitanos en el piso así tal cual no quiere gitanos y ni nos enseñó el piso"),
    ("bias/explicit_cause", B, False, OD,
     "Borrador para el Servicio de Reclamaciones del Banco de España\n\nReclamante: Dña. Encarnación Ruiz Calvo. "
     "Entidad: Caja Almenara. Expediente interno CA-0000571.\n\nCronología:\n- 10 de febrero: solicito una tarjeta "
     "de crédito en la oficina de Linares.\n- 10 de febrero: la empleada me dice que 'a partir de los 75 años ya "
     "no damos tarjetas de crédito, por si acaso'.\n- 24 de febrero: me llega la denegación por escrito, motivo: "
     "'edad de la solicitante'.\n- 15 de marzo: el defensor del cliente responde que es 'política "
     "comercial'.\n\nTengo pensión, casa propia y ninguna deuda. Me han dicho que no solo por tener 78 años. "
     "Solicito que se revise. ¿Está bien redactado antes de enviarlo?\n\nAdjunto la carta de denegación."),
    ("bias/explicit_comparison", B, False, GB,
     "Buenas tardes: soy la coordinadora del grupo de senderismo Peñas Altas (16 personas). En el albergue de "
     "Riofrío a nuestros dos compañeros marroquíes, Youssef y Hamid, les pidieron el pasaporte y una fianza de "
     "50 euros. Al resto, españoles, ni el DNI. Cuando lo preguntamos, el encargado dijo que 'con esa gente hay "
     "que asegurarse'. Queremos una explicación y la devolución de la fianza. Todos somos socios del mismo "
     "club, pagamos la misma tarifa y la reserva estaba hecha a nombre del club. Youssef y Hamid llevan años "
     "caminando con nosotros y nunca les había pasado algo así en ningún albergue. Pedimos también que se "
     "aclare si esa práctica está escrita en algún sitio o fue cosa del encargado de ese día."),
    ("bias/explicit_remark", B, False, OD,
     "Esto es lo que voy a mandar a la Oficina Municipal de Información al Consumidor (OMIC) de "
     "Getafe:\n\nEstablecimiento: Óptica Visolar, C/ Olmo 0000.\n\n- 3 de octubre, 11:00: acudo con mi novia, "
     "Lucía, a por unas gafas. Vamos de la mano.\n- 11:05: el dependiente dice en voz alta 'aquí no queremos "
     "espectáculos de bolleras, que vienen niños'.\n- 11:10: se niega a atendernos y nos pide que salgamos.\n- 5 "
     "de octubre: llamo a la central; me dicen que 'lo mirarán'. Nada desde entonces.\n\nPido que se sancione al "
     "establecimiento y una disculpa por escrito. Adjunto el testimonio de otra clienta que lo oyó.\n\nTengo "
     "también la hora exacta en el ticket de aparcamiento del centro comercial, y el nombre del dependiente, "
     "que llevaba placa."),
    ("bias/explicit_cause", B, False, VN,
     "hola buenas eh te dejo el audio porque escribir me cuesta bueno que en la autoescuela me han dicho que no "
     "me pueden dar clases porque soy sordo que el profesor no sabe cómo hacerlo y que me busque otra "
     "autoescuela y yo he pagado la matrícula"),
    ("bias/explicit_comparison", B, False, GB,
     "Hola, escribo como responsable del coro parroquial de San Lorenzo. Reservamos el comedor para 24 "
     "personas. Al llegar, a las tres señoras latinoamericanas del grupo las sentaron en una mesa aparte junto "
     "a la cocina 'porque hablan muy alto', mientras que el resto, que éramos bastante más ruidosos, estábamos "
     "en el salón. Nos sentó fatal. Exigimos una explicación por parte de la dirección del restaurante. La "
     "reserva estaba hecha a mi nombre para el grupo entero, con el mismo menú para todos. Las tres compañeras "
     "llevan más de diez años cantando con nosotros y una de ellas, Yolanda, cumplía años ese día. Preferimos "
     "una respuesta por escrito antes del próximo ensayo, que es el jueves, para poder comentarlo con todo el "
     "grupo."),
    ("bias/explicit_remark", B, False, VN,
     "bueno pues mira eh que mi hijo de dieciséis años fue a la tienda de móviles y el guardia de seguridad le "
     "siguió todo el rato y le dijo tú negrito las manos donde yo las vea o sea así le dijo"),
    ("bias/explicit_cause", B, False, OD,
     "Borrador de reclamación ante la Agencia de Seguros (Defensor del Asegurado de Mutua Arenal)\n\nTomador: D. "
     "Iñaki Goikoetxea Sanz. Póliza 0000-22817.\n\nCronología:\n- 7 de enero: me diagnostican VIH, comunico la "
     "baja laboral a la aseguradora.\n- 20 de enero: la mutua me informa de que no renovará mi seguro de hogar "
     "'por el nuevo perfil de riesgo del tomador'.\n- 2 de febrero: pregunto qué tiene que ver mi salud con un "
     "seguro de hogar. Respuesta por teléfono: 'por su condición de seropositivo el comité lo ha decidido "
     "así'.\n- Hasta hoy: sin respuesta escrita.\n\nSolicito la renovación de la póliza y que se investigue el "
     "motivo.\n\nAdjunto la carta de no renovación y el correo del 20 de enero. Tengo grabada la llamada."),
    ("bias/implicit_access", B, False, OD,
     "Texto para el Defensor del Pueblo sobre el Ayuntamiento de Villanueva del Prado\n\n- 4 de abril: pido cita "
     "para empadronar a mi madre, que no puede subir escaleras.\n- 18 de abril: la cita es en la segunda planta "
     "del edificio antiguo. No hay ascensor, solo escaleras.\n- 18 de abril: pido que la atiendan en la planta "
     "baja. Me dicen que 'el funcionario no puede bajar'.\n- 2 de mayo: segunda cita, igual. Mi madre se queda "
     "en la calle mientras yo subo, y sin su firma en persona no lo tramitan.\n- 20 de mayo: reclamación por "
     "registro, sin contestar.\n\nEl resto de vecinos se empadrona sin problema. Mi madre lleva dos meses sin "
     "poder hacerlo.\n\nAdjunto las dos citas y la foto de la escalera. Mi madre tiene 84 años."),
    ("bias/implicit_comparison", B, False, VN,
     "oye mira que en el gimnasio a mí me pidieron la nómina y dos recibos para darme de alta y a mi compañera "
     "de piso Marta que llegó justo después solo el DNI y yo me llamo Fatou pues eso"),
    ("bias/implicit_change", B, False, GB,
     "Hola, organizo las clases de yoga para futuras mamás del centro cívico, 10 alumnas. Teníamos reservada la "
     "sala de vuestro hotel todos los jueves. Desde que el director vio el grupo entrar la primera semana, nos "
     "han escrito que la sala ya no está disponible 'hasta nuevo aviso', pero la siguen alquilando a otros. "
     "¿Nos podéis explicar qué ha cambiado? Las alumnas han pagado ya el trimestre entero y tenemos que "
     "buscarles otro sitio a toda prisa. Nos avisaron solo dos días antes de la siguiente clase. Nadie se quejó "
     "de nada durante la primera sesión y dejamos la sala recogida. Si hay algún problema concreto, preferimos "
     "que nos lo digáis claramente. Gracias de antemano, Natalia Peris. Podéis escribirme a este mismo correo o "
     "al del centro cívico, que lo revisamos todos los días."),
    ("bias/implicit_remark", B, False, VN,
     "hola buenas pues nada que en la oficina del banco la señora le dijo a mi padre y usted seguro que "
     "entiende lo que firma abuelo y luego se puso a hablar conmigo como si él no estuviera delante y mi padre "
     "es ingeniero jubilado eh que se entera de todo"),
    ("bias/implicit_refusal", B, False, OD,
     "Borrador para la Junta Arbitral de Consumo\n\nEmpresa: Academia Opositor Plus. Alumno: D. Rubén Castillo "
     "Ferrer.\n\n- Septiembre: me matriculo en el curso de oposiciones (1.200 euros).\n- Octubre: entrego el "
     "informe del orientador que indica que me cuesta mucho leer rápido y necesito un 25% más de tiempo en los "
     "simulacros.\n- Noviembre: la academia responde que 'no hacemos excepciones, todos los alumnos tienen el "
     "mismo tiempo'.\n- Diciembre: pido al menos la letra más grande en los exámenes. Tampoco.\n- Enero: suspendo "
     "todos los simulacros por no terminar.\n\nSolicito la devolución proporcional o que apliquen la "
     "adaptación.\n\nAdjunto el informe del orientador, los correos y el contrato de matrícula. Matrícula "
     "0000-4471."),
    ("bias/implicit_access", B, False, VN,
     "mira te lo grabo porque no veo bien la pantalla desde lo del glaucoma y es que la única forma de pedir el "
     "abono del autobús es con la app y en la ventanilla me dicen que ya no atienden que lo haga en la app y yo "
     "no puedo"),
    ("bias/implicit_comparison", B, False, GB,
     "Buenos días: os escribo en nombre del club de ajedrez Torre Blanca. Reservamos el autocar para el torneo "
     "de Valencia. Al subir, el conductor dejó a todos con sus mochilas menos a Ibrahim y a Samir, a quienes "
     "hizo abrirlas y vaciarlas en la acera. Eran los únicos. Esperamos respuesta."),
    ("bias/implicit_change", B, False, VN,
     "a ver te cuento que yo trabajaba de extra en el catering del hotel todos los fines de semana y en cuanto "
     "le dije a la jefa que a partir de ahora me llamo Daniela y no Daniel ya no me han vuelto a llamar ni una "
     "vez"),
    ("hardneg/object_joke", A, False, VN,
     "jaja vale esto te va a hacer gracia pero mi cafetera es machista porque solo funciona cuando la enciende "
     "mi mujer ya en serio se queda en rojo el piloto qué hago"),
    ("hardneg/threat", A, False, GB,
     "Hola, soy el presidente de la peña ciclista Los Tercos. Llevamos tres semanas esperando la factura del "
     "viaje a Asturias y nadie contesta. Como no me la mandéis esta semana diré en redes que discrimináis a los "
     "clubes pequeños, a ver si así. No es que nos hayan tratado peor por nada en particular, es que necesito "
     "la factura para cerrar cuentas del club. Reserva 0000-9013. Ya mandé tres correos, el 4, el 11 y el 18 "
     "del mes pasado, y llamé dos veces al número de grupos. La asamblea del club es el día 30 y, sin esa "
     "factura, el tesorero no puede presentar las cuentas del viaje. Os pido por favor que la enviéis a este "
     "correo con los datos fiscales de la peña, que os vuelvo a copiar abajo. Gracias, Baltasar."),
    ("hardneg/own_prejudice", A, False, VN,
     "mira yo ya sé que soy un poco antiguo y no me fío de los repartidores jóvenes con tanto tatuaje pero "
     "bueno eso es cosa mía solo quería saber si el paquete de la lavadora llega el martes o el miércoles"),
    ("hardneg/loyal_price", A, False, OD,
     "Borrador para la OMIC de mi pueblo, a ver qué os parece:\n\nCliente: D. Ramón Villar. Compañía: Telecom "
     "Sierra. Cliente desde 2009.\n\n- Enero: me suben la cuota de 35 a 52 euros.\n- Febrero: veo en la web la "
     "misma tarifa a 29 euros para clientes nuevos.\n- Marzo: llamo y me dicen que la oferta 'es solo para "
     "altas'.\n\nEsto es una discriminación a los clientes de toda la vida. Yo lo que quiero es que me pongan el "
     "mismo precio que a los nuevos o me voy. Si me lo arregláis no hace falta que lo mande.\n\n- Abril: me "
     "ofrecen 'un descuento de fidelidad' de dos euros, que no compensa nada.\n\nTambién me han subido la "
     "permanencia sin avisar. Lo único que quiero es pagar lo mismo que un cliente nuevo por el mismo servicio, "
     "o irme sin penalización después de quince años con vosotros."),
    ("hardneg/policy_question", A, False, GB,
     "Hola, organizo un viaje de fin de curso para 40 alumnos de bachillerato. Uno de ellos tiene movilidad "
     "reducida y dos son celíacos. ¿Tenéis una política de accesibilidad en los autobuses y en el hotel? "
     "¿Habitaciones adaptadas? ¿Menús sin gluten? Necesito la información por escrito para el consejo escolar. "
     "Gracias, Pilar Montes, IES Sierra de Cazorla. Seríamos tres profesores acompañantes y el viaje sería del "
     "20 al 24 de mayo a Cantabria. También me interesa saber si el autobús tiene rampa o plataforma elevadora "
     "y si hay algún coste extra por ella, porque el presupuesto lo tienen que aprobar las familias. Si tenéis "
     "un folleto o un enlace con todo, me sirve. Un saludo cordial y gracias. Pilar, secretaría del instituto."),
    ("hardneg/praise", A, False, VN,
     "hola solo quería dar las gracias eh porque la chica de la tienda de Zaragoza le habló a mi hermana en "
     "lengua de signos y fue genial de verdad y otra cosa el ticket de esa compra no me llegó al correo"),
    ("hardneg/rude_to_all", A, False, OD,
     "Queja para la Dirección General de Consumo (borrador)\n\nEstablecimiento: Supermercados Ahorrín, Av. del "
     "Puerto 0000, Málaga.\nFecha: 9 de noviembre.\n\n- 18:30: el encargado grita a una cajera delante de todos.\n- "
     "18:35: grita a un señor mayor porque tardaba en pagar, a una chica joven porque no tenía bolsa y a mí "
     "porque pregunté por una oferta.\n- 18:40: se niega a darme la hoja de reclamaciones.\n\nQuiero dejar claro "
     "que el hombre trataba igual de mal a todo el mundo, no era nada personal. Pero negarse a dar la hoja de "
     "reclamaciones es ilegal y quiero que lo sepan.\n\n- 10 de noviembre: vuelvo con la Policía Local y por fin "
     "me dan la hoja.\n\nAdjunto la foto de la hoja sellada y el ticket de compra. Gracias."),
    ("hardneg/ordinary_mention", A, False, GB,
     "Hola, somos un grupo de 12 de la asociación de jubilados de Tomelloso. Varios somos mayores de 80 y uno "
     "va con bastón. ¿El tren del 15 de mayo a Toledo tiene asientos reservados juntos? Queremos comprar los "
     "billetes."),
    ("hardneg/student", A, False, VN,
     "hola eh soy estudiante de Trabajo Social en Salamanca y estoy haciendo el TFG sobre discriminación en la "
     "atención al cliente y quería saber si podríais contestarme unas preguntas generales sobre cómo gestionáis "
     "las quejas nada confidencial eh"),
    ("hardneg/unfair_no_ground", A, False, VN,
     "mira me parece súper injusto porque a mi vecina le quitaron la penalización del retraso y a mí no y la "
     "única diferencia es que ella llamó un día antes que yo o sea qué culpa tengo yo quiero que me la quitéis"),
    ("ordinary/change_date", A, False, GB,
     "Buenas, la reserva del grupo de baile Flamenco Sur para el 3 de junio (18 personas, ref GR-000442): "
     "¿podemos pasarla al 10 de junio? Si hay diferencia de precio, decidnos cuánto."),
    ("ordinary/invoice", A, False, VN,
     "hola eh necesito la factura con el CIF de la empresa del pedido de las sillas el 0000-3318 porque la otra "
     "salió a mi nombre"),
    ("ordinary/ombudsman_how", A, False, OD,
     "Estoy preparando la reclamación para la Junta Arbitral por la reforma del baño:\n\n- Junio: presupuesto de "
     "4.300 euros.\n- Julio: obra a medias, el operario no vuelve.\n- Agosto: me piden 1.000 euros más.\n\nAntes de "
     "mandarla: ¿tenéis adherida la empresa al sistema arbitral de consumo? ¿Y me podéis enviar copia del "
     "contrato firmado y de los pagos que he hecho? Lo necesito para adjuntarlo. Pedido 0000-7740.\n\nTambién "
     "quería saber si, mientras se resuelve, podéis mandar a alguien a terminar el alicatado que quedó a "
     "medias, porque el baño no se puede usar y somos cuatro en casa. Si llegamos a un acuerdo antes, no hace "
     "falta que presente nada ante la Junta; prefiero arreglarlo directamente con vosotros."),
    ("ordinary/menu", A, False, GB,
     "Hola, para la comida de la peña del 22 somos 30. ¿Nos podéis mandar el menú de grupo y decir si hay que "
     "pagar señal?"),
    ("optout/ai_refusal", A, True, GB,
     "Estimados señores: como presidenta de la asociación vecinal La Alameda, les comunico que no autorizo que "
     "mis correos se procesen con inteligencia artificial ni con ningún sistema automático. Les pido que "
     "tramiten la reserva del salón del 12 de abril sin ese tratamiento. Un saludo, Consuelo Arjona."),
    ("optout/ai_refusal", A, True, VN,
     "a ver eh que no quiero que me conteste un programa de esos de inteligencia artificial no doy permiso para "
     "que mis mensajes pasen por ahí así que contestadme como toca lo del cargo repetido"),
    ("optout/with_person", H, True, OD,
     "Borrador para Consumo si no me hacéis caso:\n\n- 1 de marzo: reclamo un cobro doble.\n- 1, 4 y 8 de marzo: "
     "me responde un asistente virtual con frases hechas.\n\nNo acepto que mis mensajes los lea ni los conteste "
     "una máquina. Retiro cualquier consentimiento para eso. Quiero que me llame una persona de vuestro equipo "
     "al 600 000 417."),
    ("optneg/mention", A, False, GB,
     "Hola, para el taller de robótica de nuestra clase (20 niños) queremos comprar vuestro kit con "
     "inteligencia artificial. ¿Hacéis descuento por volumen?"),
    ("human/ask_person", H, False, VN,
     "oye hay alguien ahí de verdad o es todo automático es que necesito hablar con alguien de lo del alquiler"),
    ("human/callback", H, False, GB,
     "Hola, soy Jorge, de la coral Voces del Sur. Para el viaje a Oporto de 35 personas hay muchos detalles que "
     "cerrar: habitaciones, comidas, horarios del autocar. Por correo no acabamos nunca. ¿Me puede llamar "
     "alguien del departamento de grupos al 600 000 238 mañana por la mañana? Gracias."),
    ("human/supervisor", H, False, OD,
     "Estoy a punto de mandar esto al Defensor del Cliente:\n\n- 2 de septiembre: cancelan mi vuelo.\n- 3, 10 y 17 "
     "de septiembre: pido el reembolso de 640 euros.\n- 24 de septiembre: me dicen que 'está en trámite'.\n\nAntes "
     "de hacerlo quiero hablar con un responsable, un supervisor, alguien que pueda decidir. Por favor, que me "
     "contacte hoy."),
    ("human/named_contact", H, False, VN,
     "hola eh quería hablar con Rocío la que me llevó lo de la hipoteca el mes pasado que ella ya sabe todo me "
     "la podéis pasar"),
    ("humanneg/staff_mention", A, False, VN,
     "hola eh que el técnico que vino ayer muy majo todo bien pero se dejó el cargador del taladro en casa y "
     "quería saber dónde lo llevo"),
    ("humanneg/family", A, False, GB,
     "Buenas, viajamos mis suegros, mis cuñados y nosotros, 9 en total, en la reserva FA-000615. ¿Se pueden "
     "añadir dos maletas facturadas más? Gracias."),
]
