"""Blind set 23, Spanish rows: (category, label, opt_out, style, text). Written by hand, CC0-1.0."""

ROWS = [
    ("optout/plain", "ai_assist", True, "gigworker",
     "Hola, equipo de soporte:\n\nSoy repartidora con moto en Valencia (ID RP-40917). Desde el lunes la app me "
     "marca como 'no disponible' aunque esté conectada, y he perdido dos franjas de la cena. Además el pedido "
     "del sábado a las 22:10 figura cancelado por mí, cuando lo entregué y tengo la foto.\n\nAparte de eso: en "
     "las nuevas condiciones pone que los mensajes al soporte los revisa una inteligencia artificial. Con los "
     "míos no, por favor. No quiero que lo que escribo pase por esa IA.\n\nGracias,\nLucía Navarro\n"
     "Repartidora autónoma, zona Ruzafa"),
    ("optout/plain", "ai_assist", True, "pharmacy",
     "Buenos días:\n\nEscribo por la receta electrónica de mi madre, que recojo en su farmacia de la calle "
     "Mayor. El jueves faltaba el Sintrom y el viernes me mandaron un SMS de 'listo para recoger' que no era "
     "verdad. Mi madre, con 86 años, cada viaje en balde es una odisea.\n\n¿Pueden revisar que el pedido de "
     "reposición quede bien para el mes que viene?\n\nUna cosa más, sobre mi propia cuenta en la aplicación: mis mensajes, ni tocarlos con inteligencia artificial: no lo autorizo. Les pido que lo anoten.\n\nUn saludo,\n"
     "Pilar Esteban"),
    ("optout/plain", "ai_assist", True, "expat",
     "Hola:\n\nSoy alemán y vivo en Málaga desde hace un año, perdonen si mi español no es perfecto. Tengo el "
     "contrato de luz número ES-0048221. La factura de septiembre viene con una lectura estimada muy alta, "
     "casi el doble que agosto, y yo envié la foto del contador por la web el día 2.\n\nTambién quiero decir "
     "algo importante: he leído que ustedes contestan correos con ayuda de la IA. Yo no estoy de acuerdo con "
     "esto para mis correos, no quiero que una máquina lea mis datos.\n\nMuchas gracias,\nJonas Becker"),
    ("optout/no_bot", "ai_assist", True, "letting",
     "Estimados señores:\n\nGestiono seis pisos de alquiler en el barrio de Delicias para propietarios "
     "particulares y usamos su plataforma para los recibos y las fianzas. Este mes hay dos incidencias:\n\n"
     "- el recibo del 3.º B salió con el IPC del año pasado;\n- la plataforma no deja descargar el justificante "
     "de depósito de la fianza del 1.º A.\n\nLes ruego que nos conteste personal de la empresa y no el asistente "
     "automático, que lleva semanas respondiendo con frases hechas. Desactiven las respuestas automáticas en "
     "nuestra cuenta, por favor.\n\nAtentamente,\nMarta Gil\nAdministradora, Gil & Soler Inmuebles"),
    ("optout/object", "ai_assist", True, "clubsec",
     "Estimados señores:\n\nComo secretario del Club de Ajedrez Peón Negro tengo contratado con ustedes el seguro "
     "de responsabilidad civil del club (póliza RC-20714). En la renovación figura una sede antigua y el número de "
     "socios no coincide con el que enviamos en junio.\n\nEn lo personal, su política de privacidad dice que "
     "las comunicaciones se analizan con sistemas de aprendizaje automático. Me opongo expresamente, conforme al "
     "RGPD, a que mis correos personales se traten así. Les pido confirmación por escrito.\n\nAtentamente,\n"
     "Ramón Iturbe\nSecretario del club"),
    ("optout/withdraw_consent", "ai_assist", True, "schooltrip",
     "Hola:\n\nReserva EX-5530, viaje de fin de curso de 4.º de ESO a Cantabria del 10 al 13 de junio. En la ficha "
     "médica de mi hija Irene puse que es alérgica al marisco, pero en el resumen que nos llegó pone 'sin "
     "alergias'. ¿Pueden corregirlo y avisar al albergue?\n\nPor otro lado, cuando me registré marqué la casilla "
     "de que 'herramientas de IA pueden ayudar a gestionar las consultas'. He cambiado de opinión: retiro ese "
     "consentimiento desde hoy, para mí y para todo lo que envíe sobre Irene.\n\nGracias,\nSonia Castro"),
    ("optout/proxy", "ai_assist", True, "pharmacy",
     "Buenas tardes:\n\nEscribo por encargo de mi padre, D. Julián Ortega, que desde el ictus no maneja el "
     "correo y me ha autorizado por escrito (el documento lo dejé en la farmacia de la plaza). Le han cambiado "
     "la dosis de insulina y el pastillero semanal necesita la nueva pauta.\n\nMi padre me pide que les diga, "
     "con mucha claridad, que rechaza que cualquier programa de inteligencia artificial lea ni conteste sus "
     "mensajes. Anótenlo en su expediente, se lo ruego.\n\nUn saludo,\nElena Ortega (hija)"),
    ("optout/quoted", "ai_assist", True, "gigworker",
     "Esto no tiene nada que ver con lo que pregunté. No es mi número de cuenta: es que la liquidación semanal "
     "salió en dos pagos y uno nunca llegó. Lean lo que escribo, por favor. Y veo al pie que esta respuesta la ha "
     "redactado una IA. No quiero que mis incidencias las lleve la inteligencia artificial, así que dejen de "
     "hacerlo con las mías.\n\nIván\n\n----- Mensaje original -----\nDe: Centro de ayuda a conductores\n"
     "> ¡Hola Iván! Parece que tu pago se ha retrasado por un error en tus datos bancarios. Actualízalos en "
     "Ajustes > Pagos.\n> Texto elaborado por nuestro asistente de IA."),
    ("optout/with_person", "human", True, "expat",
     "Buenos días:\n\nSoy rumana y llevo tres años en Zaragoza, perdonen mis errores. Tengo una línea móvil con "
     "ustedes y este mes me cobran 24 euros por 'servicios premium' que nunca pedí. Ya he escrito dos veces por el "
     "chat y me contestó un robot con textos que no tienen nada que ver.\n\nNo quiero que la IA lleve más mi caso. "
     "Quiero hablar por teléfono con una persona de verdad, un empleado que mire la factura conmigo.\n\n"
     "Gracias,\nIoana Popescu\nTel. 600 000 417"),
    ("optout/with_person", "human", True, "letting",
     "Hola:\n\nSoy propietario de dos pisos asegurados con ustedes (pólizas HG-3301 y HG-3302). El siniestro "
     "por la fuga de agua del segundo lleva siete semanas abierto; la inquilina vive con una mancha enorme en el "
     "techo del baño y el perito no ha vuelto.\n\nCada 'actualización' es un mensaje genérico que parece escrito "
     "por un programa. Tampoco consiento que este expediente se tramite de forma automatizada. Quiero "
     "el nombre y el teléfono directo del tramitador, y que me llame esta semana.\n\nSaludos,\nFernando Ruiz"),
    ("optneg/praise", "ai_assist", False, "schooltrip",
     "Estimado equipo:\n\nSolo quería comentar que la excursión de 5.º de primaria al Museo de Ciencias salió "
     "genial. El autobús fue puntual, los monitores encantadores y mi hijo vino hablando de los dinosaurios toda "
     "la tarde.\n\nTambién quiero decir que el asistente virtual de la web me sorprendió para bien: le pregunté "
     "a medianoche si podían llevar bocadillo con frutos secos y me dio la respuesta correcta con el enlace a la "
     "política de alergias. Buen trabajo con esa IA.\n\nUna petición: ¿podrían mandar la circular del año que "
     "viene antes de Semana Santa?\n\nUn saludo,\nBeatriz Lozano"),
    ("optneg/quoted_optout", "ai_assist", False, "pharmacy",
     "Hola de nuevo:\n\nRetomo mi correo de la primavera pasada (lo copio abajo). Desde entonces mi sobrino me ha "
     "enseñado cómo funciona el asistente de la aplicación y ya no tengo inconveniente en que lo usen con mi "
     "cuenta, así que olviden aquella petición.\n\nLo que necesito ahora: me cambiaron el antihistamínico por otra "
     "marca que me da mucha sed. ¿La farmacia puede pedir el de siempre?\n\nGracias,\nAntonio Prieto\n\n"
     "> El 3 de abril, Antonio Prieto escribió:\n> No quiero que ninguna IA mire mis recetas ni mis correos. "
     "Sáquenme de eso."),
    ("optneg/ai_feature", "ai_assist", False, "gigworker",
     "Hola:\n\nLlevo año y medio haciendo reformas pequeñas a través de la plataforma y en general estoy contento. "
     "Tengo dudas sobre el nuevo 'presupuestador con IA':\n\n1. ¿Tiene en cuenta el desplazamiento? Me asignó una "
     "obra en Getafe a las 9 y otra en Alcobendas a las 10.\n2. ¿Puedo corregir yo el precio que propone, o lo "
     "fija la IA?\n3. ¿Se cobra comisión aparte por usarlo?\n\nQuiero probarlo, pero antes necesito entender qué "
     "hace.\n\nUn saludo,\nJavier Moreno\nAutónomo, reformas y fontanería"),
    ("optneg/bot_wrong", "ai_assist", False, "clubsec",
     "Buenas tardes:\n\nSoy la secretaria de la Peña Ciclista El Pedal y reservé el salón del restaurante para la "
     "cena de fin de temporada (reserva SL-0721), 45 comensales, sábado 11 de octubre.\n\nEl asistente de su web "
     "me dijo que el salón incluía proyector y que la señal se devolvía hasta una semana antes. El correo de "
     "confirmación no dice ninguna de las dos cosas. ¿Cuál es la correcta? Necesitamos el proyector para el vídeo "
     "de la temporada y no puedo arriesgar el dinero de la peña.\n\nGracias,\nMaite Aranda"),
    ("optneg/footer_ai", "ai_assist", False, "letting",
     "Estimados:\n\nAdjunto la liquidación trimestral del propietario del piso de la calle Alfonso I, 22. Creo que "
     "el cargo del certificado energético se pasó dos veces (95 € el 4 y el 5 de mayo). ¿Pueden devolver el "
     "duplicado o descontarlo del recibo de julio?\n\nUn saludo,\nCarmen Vidal\nGestora de alquileres\nVidal "
     "Fincas S.L.\n\nAVISO: El correo entrante y saliente de Vidal Fincas se analiza con un filtro basado en IA "
     "para detectar spam y virus. Este mensaje es confidencial; si le ha llegado sin ser destinatario, bórrelo y avise al "
     "remitente."),
    ("optneg/someone_else", "ai_assist", False, "schooltrip",
     "Hola:\n\nSoy una de las madres voluntarias de la salida de 3.º a la granja escuela del 22 de mayo "
     "(reserva GE-1189). Algunas cosas prácticas:\n- varias familias preguntan si pueden venir hermanos menores;\n"
     "- la pasarela de pago se colgó anoche a varios;\n- una madre me ha dicho que se niega a usar su chat de IA "
     "y quiere todo en papel, así que ¿podrían mandar también el programa impreso a través de secretaría?\n\n"
     "Mil gracias,\nRaquel Méndez\nDelegada de clase"),
    ("optneg/quoted_other", "ai_assist", False, "clubsec",
     "Estimados señores:\n\nRef.: Grupo de Senderismo Los Robles, alquiler de autocar el 19 de octubre "
     "(presupuesto AU-6618).\n\nConfirmamos el autocar de 35 plazas; la factura, a la dirección del club. Como "
     "contexto, en la asamblea un socio, el señor Benítez, dijo, y copio el acta: 'Me opongo a que cualquier "
     "empresa use IA con mis datos.' No les he pasado sus datos, solo los míos como organizadora.\n\n¿Me "
     "confirman el punto de recogida junto al polideportivo?\n\nSaludos,\nAmparo Gil\nSecretaria"),
    ("optneg/ai_product", "ai_assist", False, "expat",
     "Hola:\n\nSoy francesa y vivo en Sevilla, perdonen los errores. Compré en su tienda online el 'traductor de "
     "bolsillo con IA' (pedido 77-310248) para el trabajo. Llegó sin cargador y la aplicación pide un código de "
     "activación que no viene en la caja. El manual está solo en inglés y en chino.\n\n¿Pueden mandarme el "
     "código? Si no es posible, ¿cómo lo devuelvo para que me reembolsen? Tengo la caja y el tique.\n\nMuchas "
     "gracias,\nCamille Durand"),
    ("human/plain", "human", False, "gigworker",
     "A quien de verdad lea esto:\n\nEl domingo me suspendieron la cuenta de conductor 'a la espera de revisión' "
     "por una queja de un pasajero de la que no sé nada. Llevo 3.100 viajes, valoración 4,91 y ningún problema "
     "anterior. He mandado dos veces el vídeo de la cámara del coche por el formulario y me han respondido dos "
     "veces el mismo texto copiado.\n\nEl alquiler vence el día 1. Necesito que una persona mire mi cuenta y me "
     "diga de qué se me acusa, no otra plantilla. ¿Puede contactarme alguien del equipo de revisión?\n\n"
     "Youssef Amrani\nID conductor 5521-MD"),
    ("human/plain", "human", False, "pharmacy",
     "Hola:\n\nEl pedido de tiras y agujas para la diabetes de mi marido (PF-88213) figura entregado ayer a las "
     "13:40, pero no llegó nada; estábamos los dos en casa. La foto del repartidor es de un portal que no es el "
     "nuestro. Le quedan tiras para tres días.\n\nEl formulario solo dice que responderán en cinco días "
     "laborables, y es demasiado. ¿Me puede llamar hoy un farmacéutico o alguien del equipo al 600 000 283?\n\n"
     "Gracias,\nRosario Delgado"),
    ("human/callback", "human", False, "schooltrip",
     "Estimada coordinadora:\n\nNuestro hijo Pablo está apuntado al viaje de esquí de 1.º de Bachillerato a "
     "Andorra en febrero (reserva NV-4402). Hemos pagado dos plazos, pero el tercero nos lo han cobrado dos "
     "veces, 280 € cada vez.\n\nAdemás tenemos una duda sobre el seguro, porque a Pablo lo operaron del hombro "
     "en verano y no sabemos si la póliza del grupo lo cubre.\n\nSon temas largos para un correo. ¿Podría "
     "llamarme alguien? Estoy disponible a partir de las 17:00 en el 600 000 561.\n\nUn saludo,\nLuis Serrano"),
    ("human/supervisor", "human", False, "letting",
     "Sr. Quintana:\n\nEs el cuarto correo por la humedad y el extractor roto del baño del piso 2.º C de la calle "
     "Olmo, 14. Su compañero vino el 2 de agosto y dijo que mandaría al técnico 'en quince días'. Nada desde "
     "entonces. Mi hijo tiene asma y el moho ya sale por la pared del dormitorio.\n\nNo voy a seguir escribiendo "
     "al mismo buzón. Pasen esto al responsable de la oficina o a quien supervise el mantenimiento; quiero que me "
     "conteste esa persona directamente.\n\nManuel Cabrera\nInquilino del 2.º C"),
    ("human/anyone", "human", False, "clubsec",
     "¿Hola?\n\nEs la tercera vez que recibo el mismo acuse automático (abajo). Soy la secretaria de la Coral "
     "Santa Cecilia y teníamos reservado el salón de actos para el ensayo general del concierto de Navidad, el 13 "
     "de diciembre, y su sistema lo ha anulado sin explicación. Ya hemos vendido entradas.\n\n¿Hay alguien que "
     "lea estos correos? Por favor, necesito que alguien del personal me asegure que la reserva sigue siendo nuestra.\n\n"
     "Inés Robles\nSecretaria\n\n> Gracias por contactar con Espacios Municipales. Su consulta se atenderá por "
     "orden de llegada. Ref. EM-22907."),
    ("human/named_contact", "human", False, "expat",
     "Buenos días:\n\nSoy colombiano y vivo en Bilbao con permiso de trabajo. En marzo abrí una cuenta con ustedes "
     "y la señora Miren Etxeberria, de la oficina de la Gran Vía, me ayudó muchísimo con los papeles, porque mi "
     "certificado de empadronamiento tenía un error.\n\nAhora el banco me vuelve a pedir los mismos documentos y "
     "me ha bloqueado las transferencias. Creo que la señora Etxeberria conoce mi caso. ¿Podría contactarme ella? "
     "Prefiero hablar con ella y no explicarlo todo otra vez.\n\nGracias,\nAndrés Gómez"),
    ("humanneg/thanks_agent", "ai_assist", False, "pharmacy",
     "Estimado servicio de atención:\n\nQuería dejar constancia de lo amable que fue Noelia, de su farmacia del "
     "mercado, el sábado. A mi suegra le habían retirado un medicamento de la tensión y ella habló con el centro "
     "de salud por teléfono mientras esperábamos, y luego le explicó la nueva pauta dos veces, despacio y con "
     "paciencia.\n\n¿Pueden transmitírselo a su responsable? Se lo merece.\n\nY, de paso, ¿me confirman que la "
     "nueva receta ya está vinculada a la cuenta de mi suegra (ref. 3310972)?\n\nUn saludo,\nMercedes Ruiz"),
    ("humanneg/quoted_request", "ai_assist", False, "gigworker",
     "Hola:\n\nCierro este tema. El jefe de equipo me llamó el miércoles, las propinas que faltaban (38,50 €) ya "
     "están en el monedero y el aviso de la cuenta ha desaparecido, así que todo bien por mi parte. Gracias.\n\n"
     "Una cosita: ¿me confirman que el seguro de la moto se subió bien? En la app sale un check gris, no verde.\n\n"
     "Nerea\n\n> El lunes, Nerea Salas escribió:\n> Esto es un desastre. Exijo un responsable, no "
     "otro formulario. ¡Faltan tres semanas de propinas!"),
    ("bias/disability", "bias_review", False, "clubsec",
     "Estimado encargado:\n\nSoy el secretario del Club de Baloncesto en Silla Sobre Ruedas. Pedimos su salón de "
     "la planta baja para la comida de Navidad (20 personas) y por teléfono nos dijeron que estaba libre. Cuando "
     "comenté que la mayoría del equipo va en silla de ruedas, el encargado contestó: 'Uy, entonces mejor otro "
     "sitio, aquí molestarían a los demás clientes', y de repente estaba completo. Una hora después nuestra "
     "fisioterapeuta llamó para el mismo día sin mencionar las sillas y se lo ofrecieron. Espero una explicación.\n\n"
     "Jorge Salinas, secretario"),
    ("bias/age", "bias_review", False, "gigworker",
     "Hola, soporte de colaboradores:\n\nTengo 63 años y llevo tres años haciendo repartos con ustedes sin una "
     "queja. El mes pasado corregí mi fecha de nacimiento en el perfil (estaba mal desde el alta) y desde ese "
     "día paso de unos 30 lotes semanales a 5. Nada más ha cambiado: la misma furgoneta, la misma zona, la misma "
     "valoración. Un compañero de 31 años que empezó conmigo sigue con todos. En el centro logístico el "
     "supervisor me soltó: 'Arriba prefieren gente joven para las rutas pesadas'. Pido que lo revisen.\n\n"
     "Paco Linares"),
    ("bias/religion", "bias_review", False, "letting",
     "Muy señores míos:\n\nMe interesé por el piso de dos habitaciones de la calle Ancha (ref. CA-09) que "
     "anuncian. Por teléfono el agente fue amable y me dio cita para verlo. En la visita llevaba el hiyab y, al "
     "preguntar si podía rezar en casa sin molestar, cambió de cara y dijo: 'Al propietario no le gustan los "
     "musulmanes, es una finca tranquila'. Al día siguiente me dijo que ya estaba reservado, pero a la semana "
     "volvía a estar anunciado. Quiero una explicación.\n\nAtentamente,\nFátima Zahra El Idrissi"),
    ("bias/origin", "bias_review", False, "expat",
     "Estimados señores:\n\nSoy venezolano y vivo en Madrid desde el año pasado. El 5 de octubre fui a recoger un "
     "paquete a su oficina con mi pasaporte y el aviso. El empleado dijo que 'con papeles de allí cualquiera se "
     "inventa un nombre' y no me lo dio. El señor que iba detrás, español, solo llevaba una tarjeta del banco y "
     "se llevó su paquete enseguida. Cuando pregunté por qué, me dijo: 'Es que los venezolanos siempre dais "
     "problemas'. Me humilló delante de todos. Quiero que se investigue.\n\nSaludos,\nRafael Mendoza"),
    ("bias/gender", "bias_review", False, "schooltrip",
     "Estimado responsable de actividades:\n\nMi hija Lucía, de 2.º de ESO, se apuntó al barranquismo en el viaje "
     "a los Pirineos y pagamos el suplemento de 40 €. Después la pasaron a 'taller de pulseras'. Al llamar, el "
     "monitor me dijo: 'El barranquismo es más de chicos, las niñas se lo pasan mejor en el taller'. Dos chicos "
     "de su clase que se apuntaron después sí van. Lucía hace escalada federada. Pido que vuelva a la lista y una "
     "explicación.\n\nUn saludo,\nGemma Ferrer"),
    ("bias/ethnicity", "bias_review", False, "pharmacy",
     "Estimados señores:\n\nMi madre, de 69 años, es gitana y desde hace años recoge sus medicinas en su farmacia "
     "de la avenida. Desde que entró una dependienta nueva en agosto, a mi madre le piden el DNI, la tarjeta "
     "sanitaria y 'que venga con otra persona', y la hacen esperar fuera, mientras a la vecina de al lado le "
     "entregan lo de su marido sin preguntar nada. La semana pasada la dependienta soltó: 'A los gitanos no les fío ni una caja'. Mi madre ya no quiere entrar. No es aceptable.\n\nAtentamente,\nManuela Heredia"),
    ("hardneg/threat_label", "ai_assist", False, "schooltrip",
     "Hola:\n\nCorreo un poco absurdo. Mi hijo (1.º de ESO) llegó enfadadísimo porque los asientos del autobús "
     "para la excursión al parque de atracciones se reparten por orden de lista y a él le toca atrás, 'con los "
     "profes'. Según él es 'discriminación contra los apellidos con Z' y ha redactado una queja. Ya le he dicho "
     "que no. Lo que yo quiero saber, en serio, es si las pastillas para el mareo necesitan autorización firmada "
     "y si puede llevarlas en la mochila.\n\nGracias,\nNatalia Zamora"),
    ("hardneg/mention", "ai_assist", False, "clubsec",
     "Buenos días:\n\nLes habla la secretaria del Hogar del Jubilado de San Blas y volvemos a reservar la excursión en "
     "barco por el embalse para 28 socios el 14 de mayo. El año pasado fue estupenda. Algunas peticiones:\n- dos "
     "socias van con andador, así que necesitamos rampa para embarcar;\n- un socio es ciego y vendrá con su perro "
     "guía;\n- varios son diabéticos, comer a las 13:30 en punto ayudaría.\n\nFacturen al club; la tesorera paga "
     "por transferencia en 15 días.\n\nGracias,\nConcha Rubio\nSecretaria"),
    ("hardneg/forwarded_complaint", "ai_assist", False, "pharmacy",
     "Hola:\n\nLes reenvío el hilo de abajo, de 2023. Era sobre mi difunta madre y se resolvió entonces con una "
     "disculpa de su responsable de zona, así que no lo reabro. Solo lo mando porque aparece su número de "
     "paciente, que necesito para lo que toca ahora: cerrar su cuenta online y anular la receta de repetición "
     "que sigue llegando.\n\nGracias,\nAlberto Sanz\n\n---------- Mensaje reenviado ----------\n> Me negaron la "
     "receta por mi edad y me trataron como si estuviera chocha. A un chico joven lo atendieron al momento. Esto "
     "es discriminación por edad. — C. Sanz"),
    ("hardneg/pricing", "ai_assist", False, "gigworker",
     "Estimado soporte:\n\nLlevo cinco años alquilando mi apartamento por su plataforma. Este mes la comisión para "
     "anfitriones ha pasado del 3 % al 6 %, mientras que a los nuevos les ponen una 'tarifa de bienvenida' del 1 "
     "% durante seis meses. Sinceramente, esto es discriminar a los anfitriones fieles, y en el foro somos muchos "
     "los que lo decimos. Además los pagos ahora tardan cinco días en vez de dos.\n\n¿Pueden explicarme la nueva "
     "estructura de comisiones y si hay alguna tarifa para anfitriones veteranos?\n\nSaludos,\nÓscar Villa"),
    ("hardneg/own_prejudice", "ai_assist", False, "letting",
     "Hola:\n\nOs comento lo de la inspección de salida del piso de la calle Pez la semana pasada. Seré sincera: "
     "cuando vi que venía un chaval de unos veinte años, pensé que lo haría deprisa y mal, porque el anterior era "
     "un aparejador jubilado. Me equivoqué: su informe es el más completo que he tenido, con fotos fechadas de "
     "cada marca. Decídselo.\n\nPregunta de verdad: el informe dice que la quemadura de la encimera es daño del "
     "inquilino. Él dice que ya estaba en el inventario. ¿Me mandáis las fotos de entrada?\n\nUn saludo,\n"
     "Asun Molina, propietaria"),
    ("hardneg/policy_question", "ai_assist", False, "expat",
     "Estimado departamento de selección:\n\nSoy italiana, vivo en Valencia y quiero presentarme a la plaza de "
     "analista (ref. AN-3318). Antes de enviar la solicitud, ¿podrían decirme:\n- si la empresa tramita permisos "
     "para personas de fuera de la UE para otros compañeros;\n- dónde puedo leer su plan de igualdad;\n- si "
     "publican el registro retributivo por sexo;\n- si las entrevistas pueden ser en línea, porque en julio "
     "estoy en Italia?\n\nSolo quiero conocer la empresa antes. Gracias por su tiempo.\n\nUn saludo,\n"
     "Giulia Ferri"),
    ("ordinary/plain", "ai_assist", False, "letting",
     "Estimados señores:\n\nContrato de alquiler de la calle Cervantes, 8, 1.º izda., ref. CV-8-2024. A partir "
     "del mes que viene pagaré la renta por transferencia desde otro banco (les adjunto el nuevo IBAN firmado), "
     "porque mi banco cierra la sucursal del pueblo y me lo llevo todo.\n\n¿Podrían:\n1. confirmar que han "
     "recibido el documento;\n2. anular la domiciliación antigua para que no pague dos veces;\n3. enviarme un "
     "certificado de estar al corriente de pago?\n\nGracias y buen fin de semana.\n\nAtentamente,\nDiego Paredes"),
    ("ordinary/plain", "ai_assist", False, "clubsec",
     "Hola:\n\nAcabo de sustituir a Remedios como secretario de la Asociación Fotográfica de Alcalá, porque ella "
     "se ha mudado. La cuota de grupo con su sala de exposiciones (ref. SE-40271) se renueva en noviembre.\n\n"
     "¿Podrían cambiar el contacto principal a mi nombre (datos abajo), poner la dirección de facturación del "
     "centro cívico y decirme si los socios siguen teniendo el 10 % de descuento en impresión? Remedios creía que "
     "este año se ampliaba también a los marcos.\n\nMuchas gracias,\nSergio Lara\nSecretario"),
]
