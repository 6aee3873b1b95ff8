"""Spanish (Spain) rows of blind set 49: (category, label, opt_out, style, text), written by hand."""

ROWS = [
    ("bias/explicit_remark", "bias_review", False, "sms",
     "el portero de la sala nova de anoche nos paró a mi primo y a mi y dijo 'moros no, hoy no'. a los de "
     "delante los dejó pasar sin mirar. tengo la entrada comprada 000-4481"),
    ("bias/explicit_cause", "bias_review", False, "letter",
     "Ref.: matrícula 0000-2093, Autoescuela Puerta Real\n\nMuy señores míos:\n\nMe dirijo a ustedes como "
     "madre de Lucía Herrero Gil, de 18 años, que intentó matricularse en su autoescuela el pasado 10 de "
     "noviembre para el permiso B. Lucía es sorda de nacimiento y así lo indicó en el formulario, ofreciéndose a "
     "pagar ella misma un intérprete para las clases teóricas si fuera necesario. La responsable de la oficina, "
     "la señora Amparo Ruiz, le devolvió el dinero de la matrícula y le dijo por escrito que 'por ser sorda no "
     "podemos garantizar su seguridad en las clases prácticas' y que 'mejor busque un centro especializado'.\n\n"
     "La Dirección General de Tráfico no impide a las personas sordas obtener el permiso B, y tres compañeras "
     "suyas del instituto se han matriculado con ustedes este mismo mes sin ningún problema. Consideramos que "
     "se le ha negado el servicio por su discapacidad auditiva.\n\nLes pido que revisen esta decisión como una "
     "queja por discriminación, que me expliquen por escrito en qué norma se basa y que admitan la matrícula en "
     "las mismas condiciones que al resto del alumnado.\n\nAtentamente,\nRosario Gil Montalbán"),
    ("bias/explicit_comparison", "bias_review", False, "voicemail",
     "Hola, buenas, eh, llamo de parte de mi madre, Doina Popescu, que es rumana y lleva veinte años aquí. En la "
     "clínica dental de la calle Alcalá le pidieron una fianza de trescientos euros antes del tratamiento, y a "
     "la vecina que fue con ella, española, mismo tratamiento, nada, ni un euro. Le dijeron que 'con los "
     "rumanos hay que asegurarse'. Eso no puede ser, quiero que quede la queja. Gracias."),
    ("bias/explicit_after", "bias_review", False, "letter",
     "Ref.: candidato n.º 0000-77215, Agencia Laboral Levante\n\nEstimados señores:\n\nEn septiembre me inscribí "
     "en su agencia como administrativo contable. Durante el primer mes recibí cuatro ofertas y dos entrevistas. "
     "El 9 de octubre, en la entrevista de seguimiento con su consultor, el señor Iván Soler, me pidió la fecha "
     "de nacimiento para 'completar el perfil' y le dije que tengo 58 años. Me contestó, literalmente, que 'a "
     "esta edad ya cuesta colocar a la gente, no se haga ilusiones'. Desde ese día no he recibido ni una sola "
     "oferta, aunque en su web siguen apareciendo puestos de contable que encajan exactamente con mi "
     "experiencia de treinta años.\n\nCreo que se me ha apartado por mi edad. Solicito que se revise mi "
     "expediente como una reclamación por discriminación, que me indiquen a qué ofertas se me ha presentado "
     "desde el 9 de octubre y que se me trate igual que a cualquier otro candidato.\n\nAtentamente,\nFernando "
     "Lozano Vidal"),
    ("bias/implicit_access", "bias_review", False, "voicemail",
     "Sí, hola, soy Pilar Ortega, llamo por mi padre, Anselmo, cliente de la oficina de la plaza Mayor. "
     "Mire, desde lo del glaucoma él no puede leer la pantalla del móvil, nada, y ayer fue a la ventanilla a "
     "hacer una transferencia de las de siempre y le dijeron que ya no se hacen en ventanilla, que solo con "
     "la app. Pero a la señora de detrás se la hicieron allí mismo, la vi yo. A él lo mandaron a casa. Tiene "
     "ochenta y un años, ha trabajado toda la vida con ustedes, y ahora resulta que no puede mover su propio "
     "dinero porque no ve la pantalla. Y encima le hicieron esperar media hora de pie antes de decírselo, "
     "con el bastón, que no ve bien por dónde va. Eh, queremos que se revise, porque así no puede ser, que a "
     "otros sí y a él no."),
    ("bias/implicit_comparison", "bias_review", False, "sms",
     "mi pareja y yo escribimos al mismo piso d idealcasa. con mi nombre (nkechi) ni contestan. con el suyo "
     "(alvaro) le llamaron en 1h para visitar. mismo texto, mismo sueldo"),
    ("bias/implicit_after", "bias_review", False, "letter",
     "Ref.: préstamo hipotecario 0000-41902\n\nMuy señores míos:\n\nEn octubre solicité una hipoteca en su "
     "sucursal de Vigo. Tras la primera reunión, el gestor me envió un correo diciendo que la operación estaba "
     "'prácticamente aprobada' a falta de añadir al segundo titular. El 3 de noviembre acudí a firmar la "
     "solicitud con mi marido, Jorge Varela. Al vernos juntos, el gestor cambió de actitud, hizo un comentario "
     "sobre 'qué tipo de familia' íbamos a formar en la vivienda, y a los pocos días recibimos una denegación "
     "sin motivo, a pesar de que los ingresos conjuntos son mayores que los míos solos, que ya habían sido "
     "aceptados.\n\nNada cambió en nuestra situación económica entre el correo y la denegación, salvo que "
     "vieron quién es mi marido. Les pido que revisen la solicitud como una queja por trato desigual, que me "
     "expliquen por escrito el motivo concreto de la denegación y que la operación se estudie con los mismos "
     "criterios que la de cualquier pareja.\n\nAtentamente,\nMarcos Iglesias Pazos"),
    ("bias/implicit_remark", "bias_review", False, "voicemail",
     "Buenas tardes, soy Teresa, estuvimos el sábado cinco amigas en la terraza del Mesón Rocío. Ninguna de "
     "nosotras oye, hablamos con las manos, y el camarero vino y dijo 'a ver si os ponéis al fondo, que con "
     "tanto gesto asustáis a los clientes'. Nos movió a la mesa de al lado de los baños y a una pareja que "
     "llegó después la puso en la nuestra. Queremos que conste, por favor."),

    ("hardneg/object_joke", "ai_assist", False, "sms",
     "mi portatil es un viejo cascarrabias, tarda 10 min en encender jaja jubiladlo ya. cuanto cuesta la bateria "
     "nueva para el modelo nb-14?"),
    ("hardneg/threat", "ai_assist", False, "sms",
     "como no me arregleis la caldera antes del lunes os pongo una reclamacion por discriminacion o por lo q sea, "
     "ya me invento algo. nadie me ha faltado al respeto eh, pero asi a lo mejor espabilais. aviso 000-7018"),
    ("hardneg/own_prejudice", "ai_assist", False, "sms",
     "no quiero q me vuelva a llamar el del acento sudamericano, no se le entiende. q me escriban por aqui. "
     "tema: factura de luz de noviembre"),
    ("hardneg/loyal_price", "ai_assist", False, "sms",
     "llevo 12 años en el banco y al q abre cuenta nueva le quitais la comision de mantenimiento y le dais 100 "
     "euros. a mi me cobrais 8 al mes. eso es discriminar al cliente de siempre. igualadme la oferta o me llevo "
     "la nomina"),
    ("hardneg/policy_question", "ai_assist", False, "letter",
     "Ref.: licitación 0000-19/2026, Ayuntamiento de Torrelaguna\n\nEstimados señores:\n\nEl Ayuntamiento está "
     "preparando la licitación del servicio de limpieza de edificios municipales y el pliego exige que las "
     "empresas aporten su plan de igualdad, su protocolo contra el acoso y una declaración sobre la "
     "accesibilidad de sus canales de atención. Les escribo como responsable de contratación para pedirles que "
     "nos remitan esos tres documentos, si los tienen, antes del 15 de enero, así como el número de personas "
     "con discapacidad en plantilla si desean optar a la puntuación adicional.\n\nNo se trata de ninguna "
     "reclamación, sino de un trámite. Pueden enviarlo por correo postal o a través de la sede electrónica, "
     "indicando el número de expediente. Quedo a su disposición para cualquier aclaración sobre el "
     "procedimiento o los plazos.\n\nUn saludo cordial,\nBeatriz Sanz Olmedo\nServicio de Contratación"),
    ("hardneg/praise", "ai_assist", False, "voicemail",
     "Hola, mire, solo quería dar las gracias. Fui a la tienda de Gran Vía con mi marido, que es sordo, y la "
     "chica, Nerea creo, le atendió en lengua de signos, con toda la naturalidad, y le explicó lo del móvil "
     "nuevo mejor que a mí. Eh, y de paso: ¿el cargador rápido viene en la caja o es aparte? Gracias."),
    ("hardneg/rude_to_all", "ai_assist", False, "sms",
     "el camarero del bar de la estacion es un borde, trata fatal a todo el mundo, a mi, al de al lado, a los "
     "guiris. solo quiero q me devolvais lo del bocadillo q no llego"),
    ("hardneg/mention_age", "ai_assist", False, "voicemail",
     "Buenos días, soy Amalia, tengo setenta y tres años, eh, y me han dicho que hay una tarifa de móvil más "
     "barata para llamar solo, sin internet, que yo no uso. Mi número de cliente es el 0000-6624. ¿Me la pueden "
     "cambiar? Muchas gracias, hija."),
    ("hardneg/mention_disability", "ai_assist", False, "sms",
     "hola uso lector de pantalla y el pdf de la factura no se lee. me la podeis mandar en word o en texto? "
     "cliente 000-7719"),
    ("hardneg/mention_religion", "ai_assist", False, "voicemail",
     "Hola, llamo por la reserva 0000-3390, el vuelo a Estambul del día 12. Soy musulmán y quería pedir menú "
     "halal para mí y para mi hijo. ¿Se pide por aquí o en la web? Y, eh, ¿hay que hacerlo con cuántos días "
     "de antelación? Gracias."),
    ("hardneg/mention_pregnancy", "ai_assist", False, "letter",
     "Ref.: reserva 0000-80371, Hotel Costa Serena\n\nEstimados señores:\n\nTengo reservada una habitación "
     "doble del 4 al 11 de febrero. Estoy embarazada de siete meses y querría saber si el spa del hotel tiene "
     "algún tratamiento adecuado para embarazadas, y si la piscina climatizada está a una temperatura "
     "moderada. También les agradecería que nos asignaran, si es posible, una habitación en planta baja o "
     "cerca del ascensor, y que nos confirmaran si el restaurante puede ofrecer platos sin quesos frescos ni "
     "embutidos curados.\n\nNo es ningún problema si algo no es posible; solo quiero organizarme con tiempo. "
     "Llegaremos hacia las ocho de la tarde en coche y necesitaremos plaza de aparcamiento para un turismo "
     "mediano.\n\nMuchas gracias de antemano.\n\nUn saludo,\nClara Benítez Roca"),
    ("hardneg/student_project", "ai_assist", False, "sms",
     "hola! somos 3 alumnas de 1º de bachillerato haciendo un trabajo sobre igualdad y discriminacion en las "
     "empresas. teneis el plan de igualdad publicado en algun sitio? nos lo podeis pasar? no es una queja jaja "
     "gracias"),
    ("ordinary/tyres", "ai_assist", False, "voicemail",
     "Hola, buenas, soy Paco Lendínez, tengo cita el jueves en el taller de la avenida de Andalucía para "
     "cambiar las cuatro ruedas del Ibiza. Eh, quería saber si el precio que me dieron, doscientos ochenta, "
     "incluye el equilibrado y la alineación, o eso va aparte. Y si tardan más de una hora, porque entonces "
     "lo dejo y vuelvo a por él. Gracias."),
    ("ordinary/receipt", "ai_assist", False, "letter",
     "Ref.: alumno 0000-7126, Academia de Idiomas Babel\n\nEstimados señores:\n\nMi hijo Pablo ha cursado "
     "inglés en su academia durante todo el año 2025, en el grupo de los martes y jueves. Para la declaración "
     "de la renta necesito un certificado anual de las cuotas pagadas, con el NIF de la academia, mi nombre "
     "como pagador y el desglose mensual, ya que la comunidad autónoma permite una deducción por gastos de "
     "idiomas extraescolares. Los recibos mensuales que tengo no incluyen el NIF.\n\nLes agradecería que me "
     "lo enviaran antes del 31 de marzo, por correo postal o en mano en la recepción, donde puedo recogerlo "
     "cualquier tarde. Si el certificado tiene algún coste, indíquenmelo y lo abono.\n\nUn saludo,\nInmaculada "
     "Ortiz Reyes"),
    ("ordinary/porting", "ai_assist", False, "sms",
     "cuanto tarda la portabilidad del numero? la pedi el lunes y sigo con la otra compañia"),
    ("ordinary/booking", "ai_assist", False, "voicemail",
     "Buenas tardes, le llamo por la reserva de la casa rural de Cazorla, a nombre de Maite Arjona, del 27 al "
     "30. Eh, somos finalmente seis y no cuatro, dos niños más. ¿Hay camas supletorias, y cuánto es el "
     "suplemento? Y lo de la leña para la chimenea, ¿va incluida? Gracias."),
    ("ordinary/damaged", "ai_assist", False, "letter",
     "Ref.: pedido 0000-30955, vajilla 'Alhambra' de 36 piezas\n\nMuy señores míos:\n\nEl pasado 1 de "
     "diciembre recibí la vajilla encargada en su tienda en línea. Al abrir la caja, en presencia del "
     "repartidor, comprobamos que cuatro platos llanos y dos fuentes estaban rotos; el embalaje interior no "
     "tenía separadores. El repartidor lo anotó en el albarán y adjunto fotografías de las piezas y de la "
     "caja.\n\nLes ruego que me envíen las seis piezas de repuesto antes del 20 de diciembre, pues la vajilla "
     "es para la cena de Nochebuena, o, si no es posible, que me reembolsen su parte proporcional. No hace "
     "falta que recojan las piezas rotas, salvo que lo necesiten para la reclamación al transportista.\n\n"
     "Atentamente,\nRamón Echevarría Gil"),
    ("ordinary/charger", "ai_assist", False, "sms",
     "hola, el cargador que venia con el portatil es de 45w y en la web pone q el modelo lleva uno de 65w. "
     "me habeis mandado el q no es o es normal? el portatil carga pero muy lento. pedido 000-6641"),

    ("optout/plain", "ai_assist", True, "letter",
     "Ref.: póliza de hogar 0000-58213\n\nMuy señores míos:\n\nHe comprobado que las tres últimas respuestas "
     "a mis correos llevan la firma 'Asistente virtual' y que, según su web, se generan con inteligencia "
     "artificial. No consiento que mis correos ni mis datos sean procesados por sistemas automáticos de ese "
     "tipo. Les ruego que dejen de hacerlo con mi correspondencia a partir de hoy y que anoten mi negativa "
     "en la póliza. Tampoco acepto que se use para 'entrenar' ningún sistema, como indica la letra "
     "pequeña.\n\nLa cuestión que sigue pendiente es sencilla: quiero saber si la renovación de febrero "
     "incluye la cobertura de placas solares que instalé en septiembre o si debo pedir un suplemento, y "
     "cuánto costaría.\n\nAtentamente,\nFélix Arrieta Goñi"),
    ("optout/plain", "ai_assist", True, "sms",
     "vale ya de bots. me niego a q una ia conteste o lea mis mensajes, no tengo por q aceptarlo. lo unico q "
     "quiero saber: el reembolso de la entrada del concierto del 14 cuando llega"),
    ("optout/plain", "ai_assist", True, "voicemail",
     "Sí, hola, la grabación me acaba de decir que este buzón lo transcribe un asistente de voz inteligente. "
     "Pues no, no consiento, que mi voz y mis mensajes no pasen por eso, por favor. Soy Encarna Molina, bono "
     "0000-2204, y quería saber cuántos viajes me quedan en el bono del autobús. Gracias."),
    ("optout/plain", "ai_assist", True, "sms",
     "no autorizo el uso de ia con mis mensajes. q llegue el recibo en papel gracias"),
    ("optout/with_person", "human", True, "sms",
     "no quiero hablar con maquinas ni que una ia lea esto, no doy permiso. pasadme con alguien de siniestros, "
     "una persona, por lo del golpe en el parking. poliza 000-8317"),

    ("optneg/ai_language", "ai_assist", False, "voicemail",
     "Bos días, eh, buenos días. Mi padre solo escribe en gallego y quería saber si el asistente ese de "
     "inteligencia artificial que tienen en la web le entiende en gallego o solo en castellano. Si no, "
     "¿tienen formulario en gallego? Es para la solicitud del contador nuevo."),
    ("optneg/ai_answer", "ai_assist", False, "sms",
     "le pregunte al chatbot si el envio a canarias paga aduana y me dijo q no. es asi seguro? pedido 000-1570"),

    ("human/person", "human", False, "voicemail",
     "Hola, mire, soy Eusebio, tengo ochenta y cuatro años y con eso de las teclas no me aclaro. Quiero hablar "
     "con alguien de la oficina, con una persona, por lo del recibo del agua que me ha venido doble. Mi "
     "teléfono lo tienen ustedes. Gracias."),
    ("human/named_contact", "human", False, "letter",
     "Ref.: cartera de inversión 0000-93520\n\nEstimados señores:\n\nDesde 2019 mis ahorros los lleva la "
     "gestora doña Nuria Domínguez, de la oficina de Triana, que conoce mi situación familiar y mis "
     "preferencias. He recibido una carta en la que se me propone trasladar la cartera a un 'servicio de "
     "gestión digital'. Antes de decidir nada, quiero tratarlo con la señora Domínguez en persona. Les ruego "
     "que me den cita con ella en la oficina, por la mañana, en la segunda quincena de enero, o que ella "
     "misma me llame para fijarla. Es una decisión importante para mí y no quiero tomarla con alguien que no "
     "conozca mi caso.\n\nSi hubiera dejado la entidad, les pido que me indiquen el nombre de la persona que "
     "lleva ahora mi cartera y que sea ella quien me llame.\n\nAtentamente,\nAurora Calvo Bermejo"),
    ("human/callback", "human", False, "sms",
     "me podeis llamar? 000 000 412. es por el presupuesto de la reforma, tengo dudas"),
    ("human/supervisor", "human", False, "letter",
     "Ref.: reclamación 0000-47781, tienda de Valladolid\n\nMuy señores míos:\n\nEl 8 de noviembre compré un "
     "colchón de 1,50 que llegó con una costura abierta. Desde entonces he ido dos veces a la tienda y he "
     "llamado cuatro veces; cada vez me dicen que el cambio 'está tramitado', pero nadie me da fecha. El "
     "dependiente me dijo la última vez que él no puede hacer más. Me he tenido que pedir dos mañanas libres "
     "en el trabajo para las visitas a la tienda.\n\nPor eso les pido que mi reclamación la revise el jefe "
     "de tienda o un responsable de zona, alguien con capacidad de decidir, y que esa persona se ponga en "
     "contacto conmigo. Solo quiero el colchón cambiado por uno en buen estado.\n\nAtentamente,\nSusana "
     "Herrero Blanco"),
    ("human/anyone_real", "human", False, "sms",
     "esto es un contestador automatico o hay alguien al otro lado? contestad porfa"),

    ("humanneg/staff_mention", "ai_assist", False, "letter",
     "Ref.: ticket 0000-66102, tienda de Nervión, Sevilla\n\nEstimados señores:\n\nEl 2 de diciembre compré "
     "en su tienda de Nervión un abrigo de lana. La dependienta que me atendió, muy amable, me explicó que "
     "tenía treinta días para devolverlo si no me convencía. Al llegar a casa he visto que tiene una mancha "
     "en el forro. Les remito el ticket y unas fotografías, y les pido el reembolso a la tarjeta con la que "
     "pagué, 129 euros. Puedo enviarlo por mensajería si me mandan la etiqueta, porque vivo en Écija y no "
     "vuelvo a Sevilla hasta después de Reyes. El abrigo está sin usar y conserva todas las etiquetas, y la "
     "mancha se ve claramente en las fotos, en la parte baja del forro, junto a la costura.\n\nGracias por "
     "su atención.\n\nUn saludo,\nRocío Salas"),
    ("humanneg/neighbour_mention", "ai_assist", False, "voicemail",
     "Hola, buenas, mi vecino, que trabajó con ustedes años, me dijo que hay una tarifa de gas con precio fijo "
     "para todo el año. ¿Eso existe todavía? ¿Y me conviene para un piso pequeño con calefacción de gas? "
     "Cliente 0000-3862. Gracias."),
]
