"""Blind set 28, Spanish (Spain): 40 long inbox e-mails typed by hand. Each row: (category, label, opt_out, style, text)."""

ROWS = [
    ('optout/object', 'ai_assist', True, 'decisionappeal',
     'Asunto: Recurso contra la denegación del préstamo PR-000318\n\nEstimados señores:\n\nPresento recurso '
     'contra la denegación de mi préstamo para la reforma del baño, comunicada el 21 de noviembre. Expongo:\n'
     "1. La carta habla de una 'puntuación de solvencia insuficiente', pero desde marzo tengo contrato "
     'indefinido en la cooperativa y les envié las nóminas.\n2. Ustedes reconocen que la valoración fue '
     'automática. Me opongo a que una decisión así la tome un programa y no autorizo que mis escritos, '
     'incluido este recurso, se traten con inteligencia artificial. Les pido que lo dejen anotado.\n3. Me '
     'cobraron 40 € de comisión de estudio sin haber estudio alguno.\n\nAtentamente,\nRemedios Garrigues Olmedo'),
    ('optout/plain', 'ai_assist', True, 'student',
     'holaa 👋 tengo la tarifa Joven Uni (línea acabada en 000 318) y varias cosillas:\n\n- se me acabaron los '
     'datos el día 12 y no entiendo nada porque estoy todo el día con el wifi de la facultad 🙃\n- en febrero '
     'me voy de Erasmus a Bolonia, ¿el roaming está incluido o me van a clavar?\n- y porfa, dejad de '
     'contestarme con el asistente ese del chat. paso de que una IA lea mis mensajes, me da mal rollo y '
     'encima da vueltas sin decir nada. prefiero que me escriba una persona aunque tarde más\n\nsi me arregláis '
     'lo de los datos os lo agradezco muchísimo, que tengo que entregar el TFG jaja\n\nun saludo,\nNerea (3º de '
     'Periodismo, colegio mayor Santa Brígida)'),
    ('optout/no_bot', 'ai_assist', True, 'landlord',
     'Buenos días:\n\nSoy propietario de dos pisos en la calle Arzobispo Fabián, 9 (1º A y 2º B) en Valencia y '
     'pago la luz de la escalera con el contrato 000-4471-22. Tres cuestiones:\n\na) La lectura de octubre '
     'vuelve a ser estimada aunque el contador está en el portal, con acceso libre.\nb) El nuevo inquilino del '
     '2º B, el señor Benjumea, entra el 1 de enero y contratará su propia luz; no le pasen nada de mi '
     'contrato.\nc) Este mes he recibido tres respuestas que saltaba a la vista que eran de un bot, y cada una '
     'decía lo contrario que la anterior. No quiero más respuestas de bots ni generadas por máquina en este '
     'contrato; que me conteste una persona.\n\nUn saludo,\nEusebio Llopis Ferrer'),
    ('optout/plain', 'ai_assist', True, 'newcomer',
     'Hola, buenas tardes:\n\nLlegué a Zaragoza desde Rosario (Argentina) en septiembre para trabajar en una '
     'clínica veterinaria y abrí la cuenta con ustedes en octubre. Perdonen lo largo del mensaje, todavía me '
     'estoy ubicando.\n\nPrimero, necesito un certificado de titularidad para el empadronamiento. Segundo, me '
     'devolvieron un recibo del gimnasio teniendo saldo, y no entiendo el motivo. Tercero, la primera semana '
     "escribí en la aplicación y me contestó un 'asistente virtual'. Prefiero que ninguna inteligencia "
     'artificial procese lo que escribo; les pido que atiendan mi correspondencia sin ella.\n\nMuchas gracias '
     'por la paciencia,\nFacundo Bertolotti'),
    ('optout/withdraw_consent', 'ai_assist', True, 'nightshift',
     'Perdón por la hora, acabo de salir de un turno de doce horas en el almacén de Getafe y es el único rato '
     'que tengo.\n\nDos cosas. La cuota del seguro del coche sube 14 € en enero y no me ha llegado ninguna '
     'carta explicándolo, ¿me dicen por qué? Y cuando contraté la póliza en primavera marqué la casilla para '
     "que su 'asistente inteligente' gestionara mis consultas. Ahora la desmarco: retiro ese consentimiento, "
     'no quiero que una IA gestione lo que escribo, siempre se liaba con mis turnos cuando preguntaba por las '
     'fechas de cobro.\n\nMiraré el correo después de la próxima tanda de noches, el jueves seguramente.\n\nJosé '
     'Manuel Carrasco Pino\nPóliza AU-000-7720'),
    ('optout/gdpr', 'ai_assist', True, 'decisionappeal',
     'Asunto: Reclamación contra la cancelación de mi cuenta acabada en 2290\n\nAl departamento de clientes:\n\n'
     'El 4 de noviembre me comunicaron la cancelación de mi cuenta de ahorro con dos meses de preaviso y sin '
     'motivo. Recurro esa decisión.\n\n1) Soy cliente desde hace veintidós años sin un solo descubierto.\n2) Si '
     "el cierre viene de una 'revisión de riesgos', quiero saber qué datos se usaron.\n3) En virtud del RGPD, "
     'hago constar mi oposición al tratamiento automatizado de mis datos y a la elaboración de perfiles, así '
     'como al uso de inteligencia artificial para tramitar mi caso o mis escritos. Confírmenme que dejarán de '
     'hacerlo.\n4) Mientras se resuelve, mantengan la cuenta abierta.\n\nAtentamente,\nAurelio Sanchís Bretón'),
    ('optout/plain', 'ai_assist', True, 'landlord',
     'Buenos días:\n\nEscribo por la hipoteca del piso que tengo alquilado en Cádiz (préstamo HP-00005518), '
     'porque la oferta de subrogación caduca el día 20.\n\nLa tasación ha salido más baja que hace dos años, y '
     'me extraña, porque desde entonces he cambiado la cocina y el tejado; tengo las facturas. También quiero '
     'saber si los gastos de la operación se pueden incluir en el préstamo.\n\nY una petición que quiero que '
     'quede anotada para siempre: en mi expediente, solo personas. No quiero que mis correos los resuma, '
     'clasifique o conteste un programa de IA. No me importa esperar un poco más por una respuesta escrita '
     'por su personal.\n\nGracias,\nInmaculada Bohórquez'),
    ('optout/quoted', 'ai_assist', True, 'student',
     'bueno esto es un culebrón 😅\n\nmi compi de piso Ainhoa le preguntó a vuestro chat por el seguro de hogar '
     "para estudiantes y le soltó literalmente:\n> 'Su portátil está cubierto en todo el mundo sin "
     "franquicia.'\nmentira, miró la póliza y hay 90 € de franquicia y solo cubre en España. tiene captura.\n\n"
     'así que sobre MI póliza (HG-00093317): ¿me cubre la bici si la dejo atada en la puerta de la '
     'biblioteca? ¿y puedo añadir los cascos como objeto declarado?\n\ny después de ver eso no quiero que nada '
     'mío lo lleve una IA. no metáis mis mensajes en eso, ¿vale? una respuesta de verdad aunque sea más lenta '
     '🙏\n\n¡gracias!\nYaiza Mederos'),
    ('optout/with_person', 'human', True, 'newcomer',
     'Estimados señores:\n\nLlegué a Murcia desde Tánger hace seis semanas con mi mujer y mis tres hijos, y '
     'abrimos una cuenta familiar en su oficina de la Gran Vía. Todavía estoy aprendiendo cómo funcionan aquí '
     'las cosas, disculpen las preguntas.\n\nNos llegó una carta que dice que la verificación de identidad está '
     "'incompleta', pero no pone qué falta. Tenemos pasaportes, TIE y contrato de alquiler. No quiero que "
     'esto lo lleve un chatbot ni ningún sistema automático; ya pasé dos tardes con el bot y solo repetía los '
     'mismos enlaces. Por favor, que una persona de la oficina me llame por teléfono, cualquier día laborable '
     'a partir de las 16 h, al 600 000 417.\n\nGracias,\nYoussef El Amrani'),
    ('optout/with_person', 'human', True, 'nightshift',
     'Hola, escribo a las cinco y media de la mañana en mi descanso, perdonad las faltas.\n\nMi padre falleció '
     'en octubre y estoy gestionando su contrato de gas (ref. 000-881-304). Mandé el certificado de defunción '
     "por correo hace dos semanas y desde entonces me han llegado dos correos automáticos pidiendo que 'el "
     "titular' inicie sesión. Duele bastante. Por favor, nada de mensajes automáticos ni respuestas escritas "
     'por IA con esto: pido que me telefonee una persona concreta que conozca el caso. Estoy de noches hasta '
     'el domingo, mejor por la tarde, 611 000 238.\n\nLa última lectura fue 03871 el día 30, adjunto foto.\n\n'
     'Gracias,\nSergio Valdeolmillos'),
    ('optneg/quoted_other', 'ai_assist', False, 'landlord',
     'Hola:\n\nSoy la propietaria del piso de la calle Jabonerías, 5, en Granada, y el agua de toda la casa va '
     'a mi nombre (contrato AG-000-2756). La inquilina del ático me ha reenviado esto para que se lo haga '
     'llegar:\n\n"Dile a la compañía de aguas que no quiero que me conteste ninguna IA."\n\nLe he dicho que puede '
     'escribirles ella, aunque el contrato no está a su nombre, pero quedé en mencionarlo. Por mi parte, me '
     'da igual cómo me respondan.\n\nMi pregunta de verdad: el recibo pasó de 38 € a 87 € al mes por una fuga '
     'que se arregló en agosto. ¿Pueden aplicar la bonificación por fuga? Adjunto la factura del fontanero.\n\n'
     'Un saludo,\nPilar Zurbano'),
    ('optneg/withdrawn', 'ai_assist', False, 'decisionappeal',
     'Estimado Departamento de Reclamaciones:\n\nGracias por revisar mi recurso por la comisión no devuelta '
     '(expediente 000-3312). Tras su carta del 25 de noviembre acepto la devolución parcial de 36 €.\n\nDos '
     'cabos sueltos:\n1. En el recurso inicial escribí que no quería que interviniera su asistente de IA. Lo '
     'he usado después para seguir el reembolso y ha ido rápido y bien, así que olviden aquella instrucción: '
     'pueden volver a usarlo en mi cuenta.\n2. El dinero aún no ha llegado. ¿Podrían decirme qué día hicieron '
     'la transferencia y a qué cuenta se envió?\n\nDoy el recurso por cerrado cuando lo reciba.\n\nUn cordial '
     'saludo,\nConsuelo Arriaga'),
    ('optneg/ai_feature', 'ai_assist', False, 'student',
     'holaa, me acaba de llegar el correo del nuevo asistente de ahorro con IA de la app joven 🤖💸\n\nantes de '
     'activarlo:\n1. ¿cuesta algo o va incluido en la cuenta universitaria?\n2. ¿puede ver el descubierto y '
     'avisarme cuando me acerque a los 600 €? el cuatrimestre pasado me pasé y me llegó una carta muy triste\n'
     '3. si conecto la hucha, ¿mueve el dinero solo o me pregunta antes?\n\ny la beca del ministerio me entra a '
     'mediados de enero, ¿hay forma de que me avise el día antes para no fundírmela en alquiler y cañas de '
     'golpe? 😂\n\ngracias,\nIker (de Bilbao pero estudiando en Salamanca)'),
    ('optneg/praise', 'ai_assist', False, 'nightshift',
     'Buenas noches (o buenos días ya):\n\nUna nota de un enfermero del SUMMA que solo les escribe a las tres '
     'de la mañana: el chat con el asistente de la página web me desbloqueó la tarjeta en cuatro minutos esta '
     'noche, con la ambulancia parada entre aviso y aviso. Quien lo haya hecho, enhorabuena; mucho mejor que '
     'esperar a que abran los teléfonos.\n\nUna cosa que no supo hacer: necesito cambiar el cargo de la tarjeta '
     'de crédito del día 1 al 15, porque con el nuevo cuadrante nos pagan otro día. ¿Se puede hacer por '
     'internet? ¿Afecta al extracto de este mes?\n\nGracias,\nÁlvaro Quintanilla'),
    ('optneg/footer_ai', 'ai_assist', False, 'newcomer',
     'Estimado equipo:\n\nEmpecé el mes pasado en la oficina de Vigo de Nordhavn Logística, trasladado desde '
     'Aarhus, y la empresa me pide una cuenta española para la nómina. Tengo la carta de la empresa, el NIE y '
     'un recibo del piso. ¿Necesito cita o puedo abrirla en línea con pasaporte danés?\n\n¿Y se puede cobrar la '
     'primera nómina antes de que llegue la tarjeta?\n\nSaludos cordiales,\nMikkel Sørensen\n\n--\nNordhavn '
     'Logística S.L. Conforme a nuestra política informática, herramientas automáticas de inteligencia '
     'artificial pueden haber revisado o traducido este correo. Si no era para usted, elimínelo y avise a '
     'quien lo envió.'),
    ('optneg/ai_product', 'ai_assist', False, 'landlord',
     'Hola:\n\nTengo alquilado un adosado en Logroño y estoy pensando en poner el termostato inteligente con IA '
     'que anuncian, el que aprende cuándo hay gente en casa. Antes de nada:\n\n- ¿Los inquilinos pueden '
     'manejarlo con su propia app y yo ver solo el consumo?\n- ¿La cuota de 5 € al mes va a mi contrato o al '
     'suyo? La luz está a nombre de los inquilinos.\n- Si se van, ¿se puede reiniciar sin que venga un '
     'técnico?\n\nAparte, en febrero me toca la revisión obligatoria de la caldera; ¿siguen ofreciendo el '
     'mantenimiento con el certificado incluido?\n\nGracias de antemano,\nBegoña Urquiza'),
    ('optneg/bot_wrong', 'ai_assist', False, 'student',
     'hola, estoy en primero y alquilo una habitación en un piso compartido en Lavapiés.\n\nel bot de la web me '
     "dijo que la fibra se instalaba en 'dos días hábiles' así que la pedí para el día antes de empezar las "
     'clases. vamos por el día nueve 😭 y estoy siguiendo las clases con los datos del móvil. sé que el bot '
     'seguramente se lo inventó, no pasa nada, no estoy enfadada con él, solo necesito una fecha de verdad.\n\n'
     "además en la primera factura me cobrasteis 30 € de 'alta' y el anuncio decía alta gratis para "
     'estudiantes. ¿me lo quitáis?\n\npedido FB-000-61279\n\ngracias, Lucía Montenegro'),
    ('optneg/ai_question', 'ai_assist', False, 'decisionappeal',
     'Estimados señores:\n\nReferencia: solicitud denegada TC-000885\n\nQuiero recurrir la denegación de mi '
     'tarjeta de crédito.\n\n1. En mi informe de la CIRBE no aparece ningún impago; lo consulté el 27 de '
     'noviembre.\n2. Llevo doce años en el mismo domicilio y siete en la misma empresa.\n3. ¿Podrían decirme si '
     'la decisión la tomó un sistema automático de puntuación? Lo pregunto solo para entender qué factores '
     'cuentan; no tengo nada en contra de que usen herramientas automáticas y no les pido que dejen de '
     'hacerlo.\n4. Si me aprobaran un límite menor, aceptaría 1.000 €.\n\nQuedo a la espera de su respuesta.\n\n'
     'Atentamente,\nFermín Echeverría'),
    ('human/callback', 'human', False, 'nightshift',
     'Hola:\n\nTrabajo de noche en una residencia de mayores y acabo de ver su carta: me cortan internet el '
     'viernes por impago. El recibo SÍ se cobró el día 3, tengo el extracto del banco. Las familias de los '
     'residentes me hacen videollamadas en el descanso, así que necesito la conexión sí o sí.\n\n¿Me puede '
     'llamar alguien hoy, por favor? Estoy despierta de 14:00 a 19:30, cuando me voy; llamadme al 622 000 '
     '184. He probado el formulario web tres veces y se queda colgado.\n\nContrato FB-000-4418, a nombre de '
     'Rocío Albarracín.\n\nGracias,\nRocío'),
    ('human/supervisor', 'human', False, 'decisionappeal',
     'Estimados señores:\n\nSeguimiento de mi recurso del 10 de octubre (expediente 00-5133)\n\nEs mi tercer '
     'escrito. Resumo:\n1. Me negaron el reembolso de 260 € de una escapada a Menorca que canceló el hotel, no '
     'yo.\n2. A mi primer recurso me respondieron con el mismo párrafo de la denegación.\n3. El segundo no ha '
     'tenido respuesta dentro del mes que ustedes mismos fijan.\n\nPido ahora que mi caso llegue a un '
     'supervisor o responsable que tenga poder para revisarlo de nuevo. Díganme su nombre y cuándo tendré '
     'noticias. Si no es así antes del 18 de diciembre, acudiré a Consumo.\n\nAtentamente,\nMontserrat Figueras '
     'i Pujol'),
    ('human/named_contact', 'human', False, 'landlord',
     'Estimada Banca de Empresas:\n\nTengo la cuenta de mis cuatro pisos de alquiler (ES00 0000 0000 0000 8173 '
     '4400) y durante años me llevó una gestora, Marisa Velasco, en la oficina de Pamplona. Su respuesta '
     'automática dice que ya no está.\n\nTengo una consulta sobre un préstamo puente que no cabe en un correo: '
     'vendo un piso en marzo y compro otro en febrero. ¿Me pueden dar nombre y teléfono directo de quien '
     'lleve ahora sus clientes, o pedirle que me llame? Prefiero tratar con una persona concreta que con la '
     'cola general.\n\nMuchas gracias,\nJavier Ochandiano'),
    ('human/anyone', 'human', False, 'student',
     '¿hola??\n\nes el cuarto mensaje que mando por la fianza de la residencia 😩 me fui del colegio mayor San '
     'Rafael el 30 de junio, la habitación quedó impecable (tengo fotos) y me prometieron devolver los 300 € '
     "'en 30 días'. estamos en diciembre.\n\ncada vez que escribo me llega un correo de 'estamos revisándolo' y "
     'luego nada. ¿al otro lado queda algún humano que lo lea, o es una máquina de respuestas automáticas? lo '
     'pregunto en serio. si hay alguien real, decidme qué pasa aunque sea una mala noticia\n\nexpediente '
     '2100-0448\ngracias,\nCandela Revuelta (máster de Trabajo Social)'),
    ('human/plain', 'human', False, 'newcomer',
     'Hola:\n\nLlegué a Santander desde Lima en agosto para hacer el doctorado y estoy intentando entender mi '
     "primera factura de la luz. Pone 'término de potencia' y 'término de energía' y no consigo ver cómo sale "
     'el total. Además, veo tres periodos, punta, llano y valle, y no sé en cuál me conviene poner la '
     'lavadora.\n\nHe leído la ayuda de la web, pero creo que lo entenderé mucho más rápido si puedo hablar con '
     'alguien de su personal. ¿Puede explicármelo una persona de atención al cliente? Casi todas las mañanas '
     'estoy libre.\n\nContrato LZ-000-31521.\n\nMuchas gracias,\nRenzo Huamán Quispe'),
    ('human/callback', 'human', False, 'newcomer',
     'Buenas tardes:\n\nMi familia y yo llegamos de Caracas en octubre y vivimos de alquiler en Alcalá de '
     'Henares. El mes pasado aseguramos el contenido con ustedes (póliza HG-000-2292). El sábado entró agua '
     'del piso de arriba por el techo y estropeó el sofá, dos colchones y los libros del colegio de mi hijo.\n\n'
     'Tengo fotos y el nombre del vecino. No conozco cómo se hace esto en España, si reclamamos nosotros o su '
     'seguro, y me da miedo equivocarme con los papeles. ¿Me podría llamar alguien del departamento de '
     'siniestros para explicármelo? 633 000 715, a partir de las 10.\n\nUn saludo,\nGraciela Montilla Rangel'),
    ('humanneg/quoted_request', 'ai_assist', False, 'decisionappeal',
     'Estimados señores:\n\nRef.: recurso 000-77161 (siniestro rechazado)\n\nEn mi carta del 6 de noviembre '
     'escribí, cito: "Si vuelven a rechazarlo, exijo hablar con un responsable." Ya no hace falta. El señor '
     'Ibarrola revisó el siniestro, anuló el rechazo y el pago de 580 € llegó el lunes. Gracias.\n\nQueda poca '
     "cosa:\n1. En la propuesta de renovación el siniestro sigue apareciendo como 'rechazado'; corríjanlo, por "
     'favor.\n2. ¿Afecta a mi bonificación, si el daño lo causó un tercero?\n\nMe basta con una respuesta por '
     'escrito.\n\nUn saludo,\nAmparo Villalonga'),
    ('humanneg/thanks_agent', 'ai_assist', False, 'nightshift',
     'Hola:\n\nSoy recepcionista de noche en un hotel de Benidorm, así que la semana pasada llamé a su línea 24 '
     'horas hacia las dos de la mañana y me atendió Nahia, que fue estupenda. Encontró enseguida el cargo '
     'duplicado en mi tarjeta y me dijo que lo anularían. Denle las gracias de mi parte; tuvo mucha paciencia '
     'con un hombre muy cansado.\n\nNo necesito hablar con ella otra vez, solo una duda para quien lea esto: la '
     "devolución de 79,90 € aparece como 'pendiente' en la app. ¿Cuánto suele tardar en ser un abono normal?\n\n"
     'Saludos,\nVicente Alcaraz\nTarjeta acabada en 0041'),
    ('bias/origin', 'bias_review', False, 'newcomer',
     'Hola, buenas:\n\nMe vine de Quito a Valladolid en primavera y trabajo como técnico de laboratorio. Tengo '
     'varias cosas.\n\nPrimero, gracias por cambiarme la tarjeta tan rápido el mes pasado. Segundo, la '
     'renovación del móvil: en la tienda de la calle Santiago, el dependiente miró mi pasaporte y dijo "a los '
     'ecuatorianos les pedimos 250 € de depósito, lo siento, son las normas". Mi compañero Rubén, que es de '
     'aquí, cobra lo mismo que yo y lleva menos tiempo en la empresa, renovó el mismo contrato allí al día '
     'siguiente sin depósito. No le pidieron nada.\n\nTercero, cambien mi correo electrónico por el nuevo que '
     'pongo abajo.\n\nWilson Cevallos Andrade'),
    ('bias/disability', 'bias_review', False, 'decisionappeal',
     'Estimado órgano de reclamaciones:\n\nRecurso contra la retirada de mi abono de transporte para personas '
     'en búsqueda de empleo (ref. AT-00-6615)\n\n1. Tuve el abono sin problemas de marzo a septiembre.\n2. En '
     'septiembre fui a la entrevista de renovación por primera vez en silla de ruedas; antes usaba muletas.\n'
     "3. La entrevistadora comentó que 'es raro que alguien en silla esté buscando trabajo de verdad' y marcó "
     "mi solicitud como 'sin búsqueda activa'.\n4. Nada más cambió: misma oficina, mismo historial, mismos "
     'documentos. Otros dos solicitantes atendidos esa mañana conservaron el abono.\n5. Necesito además el '
     'recibo de los 10 € del duplicado.\n\nSolicito que se revise la decisión.\n\nAtentamente,\nÓscar Berrocal'),
    ('bias/religion', 'bias_review', False, 'student',
     'hola oficina de alojamiento 👋\n\nvarias cosas:\n- la lavadora del bloque C lleva rota desde la semana de '
     'exámenes\n- quiero pedir cambio de habitación para el segundo cuatrimestre, y esto es lo que me ha '
     'sentado fatal. cuando pregunté en recepción por el pasillo tranquilo, la señora me dijo "ese pasillo lo '
     'dejamos para chicas que encajen, y tú con el velo y los rezos mejor te vas con las tuyas al bloque F". '
     'mi amiga Carlota pidió exactamente el mismo pasillo una hora después y la apuntaron en la lista al '
     'momento. yo llevo hiyab y ella no, es literalmente la única diferencia jaja aunque no tiene gracia\n- '
     '¿cuándo salen los recibos de enero?\n\nSalma Benali, habitación C-214'),
    ('bias/age', 'bias_review', False, 'landlord',
     'Estimado equipo de hipotecas:\n\nTengo tres pisos alquilados en Málaga, todos hipotecados con ustedes '
     'desde hace años, y les escribo por varios asuntos.\n\nEn el extracto anual de HP-00007124 aparece un pago '
     'de más que quiero que me devuelvan. También vence el seguro del piso 2.\n\nLo más grave: pedí pasar el '
     'piso 3 a su hipoteca a tipo fijo a cinco años. La gestora me dijo por teléfono: "Con setenta y tres '
     'años no le conviene atarse tanto, a lo mejor no llega." Solo me ofreció el variable a dos años. Mi hijo '
     'Andrés, de 44, con menos ingresos y un único piso, consiguió el fijo a cinco años ese mismo día sin una '
     'pregunta.\n\nRevisen esto y confírmenme el importe cobrado de más.\n\nSaludos,\nRafael Montes de Oca'),
    ('bias/sex', 'bias_review', False, 'nightshift',
     'Hola:\n\nVa largo, lo escribo en el descanso en el centro de clasificación de Correos.\n\n1) Gracias por '
     'arreglar el acceso a la app la semana pasada.\n2) En octubre le dije a su gestor que estaba embarazada y '
     'que cogería la baja de maternidad en enero. Hasta entonces mi límite de tarjeta era de 3.500 € y nunca '
     'me había retrasado. Una semana después de esa llamada me lo bajaron a 600 €, y cuando llamé para '
     'preguntar, el chico me dijo "las recién paridas gastan de más, así que reducimos riesgo". Mi marido, '
     'que tiene la misma tarjeta, el mismo sueldo y también de noches, no ha tenido ningún cambio.\n3) ¿Puedo '
     'pasar la fecha del extracto al día 20?\n\nGracias,\nEstíbaliz Ruano'),
    ('bias/race', 'bias_review', False, 'landlord',
     'Buenos días:\n\nSoy dueño de la vivienda de la calle Pizarro, 18, en Sevilla, y tengo la cuenta en su '
     'oficina de Triana. Varios puntos:\n\n- La renta de noviembre que ingresa la inmobiliaria sigue sin llegar '
     'a la cuenta acabada en 5511.\n- El martes fui a ingresar el cheque de la fianza y la cajera me preguntó '
     "tres veces si 'de verdad era el dueño', y me pidió DNI y nota simple. Mi socio Manuel, que es blanco, "
     'ingresó en la misma ventanilla un cheque del mismo piso el mes pasado y no le preguntaron nada. Al '
     'salir oí a la cajera decirle a su compañera "estos siempre traen cheques de otros".\n- Envíenme un '
     'talonario nuevo.\n\nSaludos,\nMamadou Diallo Ferreiro'),
    ('hardneg/pricing', 'ai_assist', False, 'student',
     "vale, viene queja, pero es de precios, no de personas 😅\n\n¿vuestra tarifa 'joven ilimitada' es solo para "
     'estudiantes a tiempo completo? yo estoy a tiempo parcial (curro tres días en una cafetería para pagar '
     'el alquiler) y en la web pone que los de tiempo parcial pagamos 7 € más. me parece que discrimináis a '
     'los estudiantes a tiempo parcial, la verdad, estamos igual de tiesos. es una cosa de tarifas, lo '
     'entiendo, pero me parece absurdo.\n\npreguntas:\n1. ¿me hacéis el precio joven si la uni certifica que '
     'estoy matriculada?\n2. si no, ¿hay una tarifa solo SIM más barata a 12 meses?\n3. ¿puedo conservar mi '
     'número?\n\ngracias,\nNoelia Cuadrado'),
    ('hardneg/someone_else', 'ai_assist', False, 'nightshift',
     'Hola:\n\nEscribo al acabar el turno de noche en la plataforma logística.\n\nPrimero, lo mío: este mes la '
     'aportación a mi plan de pensiones de empresa ha bajado aunque hago las mismas horas. ¿Pueden revisar el '
     'cálculo del partícipe 000-44093?\n\nSegundo, no es queja mía pero prometí preguntarlo: un compañero de '
     'turno, Bogdan, cree que en el teléfono de atención le trataron con desprecio por su acento y ya ha '
     'puesto su propia reclamación. Solo quiere saber a qué dirección mandar sus escritos. A mí siempre me '
     'han tratado bien por teléfono, que quede claro que no me quejo.\n\nY la broma de siempre en el turno: que '
     'la pensión nos llegará a los noventa, así que sin prisa.\n\nSaludos,\nEmilio Tornero'),
    ('hardneg/rude_agent', 'ai_assist', False, 'decisionappeal',
     'Estimados señores:\n\nRecurso: reembolso denegado del pedido 000-58214\n\n1. Devolví la cafetera estropeada '
     'dentro de los 14 días, con seguimiento, y tengo el justificante.\n2. Me negaron el reembolso porque la '
     "caja 'no era la original'. Era la original.\n3. Cuando llamé el 27 de noviembre, el agente fue "
     "francamente maleducado: resoplaba, me interrumpía, me dijo que 'me leyera las condiciones como todo el "
     "mundo' y me colgó. No digo que fuera nada personal; creo que tenía un mal día, pero no es profesional.\n"
     '4. Quiero que me devuelvan los 119 € a la tarjeta.\n\nRuego lo reconsideren.\n\nAtentamente,\nGonzalo '
     'Peñalver'),
    ('hardneg/format', 'ai_assist', False, 'landlord',
     'Estimados señores:\n\nTengo alquilada una casita en Cangas de Onís y el contrato del agua está a mi '
     'nombre (AG-000-77032).\n\nHe perdido bastante vista y ahora uso un lector de pantalla. ¿Podrían enviarme '
     'las próximas facturas en PDF accesible o en texto plano en vez de imágenes escaneadas? En papel con '
     'letra grande también me sirve. He leído en su web la declaración de accesibilidad e igualdad y dice que '
     'se puede pedir.\n\nAdemás, confírmenme la cuota anual de 2027 y si se puede fraccionar en diez pagos. El '
     'inquilino me lo abona cada trimestre.\n\nMuchas gracias,\nTeodoro Cangas Llano'),
    ('hardneg/own_prejudice', 'ai_assist', False, 'newcomer',
     'Hola:\n\nMe mudé a Alicante desde Lyon en verano y tengo que confesar algo: cuando vi que el gestor que '
     'me tocó en la oficina de la Rambla era un chaval muy joven con piercings, pensé que no tendría ni idea '
     'de pensiones extranjeras. Me equivoqué por completo. El señor Sempere me explicó el traspaso de mi '
     'pensión francesa mejor que mi propio asesor. Me dio vergüenza mi prejuicio.\n\nAhora la pregunta: me dijo '
     'que los formularios del traspaso llegarían por correo en diez días. Han pasado tres semanas. ¿Pueden '
     'comprobar si se mandaron a mi dirección antigua en San Blas?\n\nUn saludo cordial,\nGeneviève Arnaud'),
    ('hardneg/settled', 'ai_assist', False, 'newcomer',
     'Buenas tardes:\n\nSoy senegalés y llegué a Bilbao hace cuatro años. El primer año presenté una queja por '
     'cómo me trataron al abrir la cuenta; su equipo lo investigó, me pidió disculpas y acepté la solución. '
     'Ese asunto está cerrado y solo lo menciono porque la referencia (QJ-000-1188) sigue saliendo en mi '
     'perfil y confunde a sus empleados.\n\nHoy necesito otra cosa: voy a comprar mi primer piso y necesito una '
     'preaprobación de hipoteca. ¿Qué documentos me piden, y bastan mis cuatro años de historial en España?\n\n'
     'Gracias,\nOusmane Ndiaye Larrea'),
    ('ordinary/plain', 'ai_assist', False, 'student',
     '¡hola! 🎓\n\nme voy de la resi a final de cuatrimestre a un piso compartido en la calle Libreros con tres '
     'amigas de clase. ¿podríais:\n1. cambiarme la dirección de la cuenta a calle Libreros 12, 3º izq., 37008 '
     'Salamanca, a partir del 10 de enero\n2. mandarme ahí la tarjeta nueva, que la vieja está rajada jaja\n3. '
     'decirme si tengo que hacer algo con el descubierto al mudarme, sigue siendo el de estudiante sin '
     "intereses\n\ny otra cosa: ¿la función de 'gastos compartidos' reparte la factura de internet entre cuatro "
     'sola o tiene que pagarla una y pedírselo a las demás?\n\n¡mil gracias!\nMaialen'),
    ('ordinary/plain', 'ai_assist', False, 'nightshift',
     'Hola:\n\nSoy enfermera y me acaban de pasar de turno de día a noches fijas en hemodiálisis, así que ahora '
     'cobro el día 15 en vez del 28. ¿Podrían, por favor:\n\n- pasar el recibo del préstamo (PR-000-60919) al '
     'día 16 a partir de enero;\n- confirmarme si el de diciembre sigue cobrándose el 29;\n- cambiar mi '
     'teléfono al 644 000 193, porque el antiguo es el del trabajo?\n\nDuermo casi todo el día, así que mejor '
     'por correo. Sin prisa, con que sea antes de Navidad vale.\n\nMuchas gracias,\nAraceli Doménech'),
]
