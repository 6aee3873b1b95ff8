"""Spanish (Spain) rows of blind set 39: (category, label, opt_out, style, length, text). Typed by hand."""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # ---- largos ----
    ("bias/religion", B, False, "lettingportal", "long",
     "Asunto: Solicitud del piso de la calle Albarracín 18, 2ºB (ref. INM-000733)\n\nBuenas tardes. El jueves "
     "visité el piso con la comercial de Inmobiliaria Ribagorza, Marta. Todo fue bien hasta que me preguntó a "
     "qué me dedicaba y le dije que soy profesor de árabe y que los viernes voy a la mezquita de la Avenida, "
     "que está a dos calles. A partir de ahí cambió el tono: me comentó que el propietario 'prefiere gente "
     "tranquila, sin reuniones en casa' y que me pediría seis meses de fianza en vez de los dos que ponía el "
     "anuncio. Mi compañero de trabajo, Álvaro, que cobra lo mismo que yo, pidió información del mismo piso el "
     "sábado y le confirmaron los dos meses sin más preguntas. Tengo nómina fija, aval bancario y ningún impago. "
     "Quiero saber por escrito por qué a mí se me piden otras condiciones y quién lo ha decidido. Sigo "
     "interesado en el piso.\n\nUn saludo,\nKarim Benali Ortega"),
    ("bias/origin", B, False, "rentaldesk", "long",
     "Reserva 00-55-8134, mostrador del aeropuerto de Málaga\n\nLes escribo con calma, aunque no me quedé nada "
     "tranquila. Tenía un coche reservado y pagado con mi tarjeta. Al llegar al mostrador, el empleado miró mi "
     "pasaporte, que es marroquí, aunque vivo en Granada desde hace doce años y tengo el carné español, y me dijo "
     "que 'para los de fuera' había que dejar un depósito de 900 euros en efectivo o contratar su seguro sin "
     "franquicia. La pareja que iba delante de mí, de Valladolid según comentaron, recogió el mismo modelo con un "
     "bloqueo de 300 euros en la tarjeta y ya está. Le enseñé mi NIE y mi carné español y me contestó que 'la "
     "norma es por nacionalidad, no por carné'. Eso no figura en sus condiciones. Acabé pagando "
     "el seguro para no perder el vuelo de vuelta. Quiero que me devuelvan ese importe y una explicación.\n\n"
     "Samira El Idrissi"),
    ("bias/race", B, False, "hotelthread", "long",
     "Respuesta a la dirección del Hotel Mirador de Cazorla\n\nGracias por contestar a mi reseña, pero no es "
     "cierto que 'todos los clientes pasan el mismo control'. Llegamos tres amigos al spa el sábado por la "
     "tarde, con nuestras pulseras de cliente del hotel. Al único que pararon en la puerta fue a Ibrahima, que "
     "es negro, y le pidieron la tarjeta de la habitación y el DNI. A mí y a Javier, que íbamos justo delante, "
     "ni nos miraron. Luego, en la piscina, la socorrista se le acercó dos veces a preguntarle si 'de verdad "
     "estaba alojado aquí'. Éramos los mismos tres con las mismas pulseras. Ibrahima no quiso montar un "
     "escándalo y nos fuimos. Yo pagué las tres habitaciones y me parece una vergüenza. No quiero un descuento "
     "para la próxima vez; quiero que me digan qué instrucciones tiene el personal del spa y qué van a hacer."),
    ("hardneg/delay", A, False, "uniformshop", "long",
     "Hola, escribo por el pedido 000-41-277 de uniformes del Colegio Santa Teresa de Ávila. Lo hice el 20 de "
     "agosto, pagué 214,60 euros y la web decía 'entrega en 5-7 días laborables'. Hoy es 3 de octubre. Mis "
     "hijas llevan un mes yendo al colegio con ropa de calle y la tutora ya me ha mandado dos notas. He llamado "
     "cuatro veces al teléfono de atención y siempre me dicen lo mismo: que el pedido 'está en fabricación' y "
     "que me avisarán. Nadie me avisa. En la tienda física de Reyes Católicos me dicen que ellos no pueden "
     "hacer nada porque es un pedido online. Necesito que me digan una fecha real de entrega, y si no la hay, "
     "que me devuelvan el dinero para comprar en otro sitio. Y la verdad, no entiendo cómo una tienda que vive "
     "de los uniformes del colegio no tiene existencias en septiembre. Pilar Sanz"),
    ("hardneg/refund", A, False, "pharmacymail", "long",
     "Asunto: Devolución pedido 00071945\n\nBuenos días,\n\nEl 2 de noviembre compré en su farmacia online un "
     "tensiómetro de brazo y un pack de tiras reactivas por un total de 86,40 euros. El tensiómetro llegó con "
     "la pantalla rota (tengo fotos del paquete y del aparato) y lo devolví siguiendo sus instrucciones por "
     "mensajería el día 6. Según el seguimiento lo recibieron el 8. Desde entonces he escrito tres veces al "
     "formulario de contacto y me contestan con un mensaje automático que dice que 'el reembolso se procesará "
     "en un plazo de 14 días'. Ya han pasado 25. Solo pido que me devuelvan los 59,90 euros del tensiómetro a la "
     "misma tarjeta, o que me manden uno nuevo, lo que sea más rápido. Las tiras me las quedo. Si no lo "
     "resuelven esta semana pediré la hoja de reclamaciones en la farmacia física de la calle Mayor.\n\n"
     "Atentamente, Encarnación Vidal"),
    ("hardneg/illness_context", A, False, "clubdesk", "long",
     "Hola, soy socia del Club Deportivo Las Acacias desde 2015 (n.º de socia 00-1742). Les escribo porque en "
     "octubre me diagnosticaron un cáncer de mama y empiezo quimioterapia la semana que viene. Los médicos me "
     "han dicho que durante unos meses no debo ir a la piscina por el riesgo de infecciones, y seguramente "
     "tampoco tendré fuerzas para las clases de pilates. No quiero darme de baja, porque el club es casi mi "
     "segunda casa y me gustaría volver cuando termine. ¿Existe alguna forma de suspender la cuota durante seis "
     "meses sin perder la antigüedad ni la plaza de aparcamiento? He visto en los estatutos que hay una "
     "'suspensión temporal por causa justificada', pero no explica qué documentación hace falta. Puedo mandar "
     "el informe del oncólogo si lo necesitan. Gracias de antemano, y saludos a Lola, la de recepción.\n\n"
     "Rosa María Quintana"),
    ("hardneg/origin_context", A, False, "storeform", "long",
     "Hoja de sugerencias, tienda Movilnova del Centro Comercial Los Almendros\n\nSoy venezolano y llevo año y "
     "medio en Madrid. Tengo permiso de residencia y NIE, pero mi pasaporte está caducado mientras me renuevan "
     "el nuevo en el consulado, que tarda meses. Quiero pasar mi línea de prepago a contrato con terminal, y el "
     "chico que me atendió hoy, muy amable por cierto, me dijo que el sistema le pide un documento vigente y que "
     "no sabía si la tarjeta de residencia valía sola. Me dijo que lo dejara por escrito aquí para que lo "
     "consulten. Mis preguntas: ¿sirve la TIE como único documento para el contrato? ¿Hace falta un recibo de "
     "luz o un certificado de empadronamiento? ¿Se puede mantener el número actual? Prefiero la tarifa de 25 "
     "euros con 60 GB. Me pueden escribir a este correo o avisarme por SMS al número de la línea. Gracias, "
     "Andrés Carrillo"),
    ("hardneg/legal_words", A, False, "lettingportal", "long",
     "Mensaje a través del portal de inquilinos — Gestiones Urbanas Loreto\n\nLes recuerdo que el contrato del "
     "piso de la calle Cervantes 7 terminó el 31 de agosto, que entregué las llaves ese mismo día y que el acta "
     "de entrega firmada por su agente, David, dice 'vivienda en buen estado'. Han pasado tres meses y la "
     "fianza de 1.400 euros sigue sin aparecer. Me dijeron primero que faltaba la última factura del agua, que "
     "les mandé el 20 de septiembre, y después que el propietario 'estaba de viaje'. La ley de arrendamientos "
     "urbanos les da un mes para devolverla y a partir de ahí corren intereses. Si en diez días no recibo la "
     "fianza, acudiré a la OCU (soy socio) y presentaré una demanda en el juzgado por el "
     "procedimiento verbal, que para esta cantidad no necesita abogado. Preferiría no llegar a eso.\n\nSergio "
     "Montalbán"),
    ("hardneg/settled_other", A, False, "hotelthread", "long",
     "Hola de nuevo. Vi que mi cuñada, Begoña, les dejó el mes pasado una reseña bastante dura porque el "
     "recepcionista de noche le hizo un comentario sobre su edad cuando pidió la habitación con bañera. Ella me "
     "ha contado que el director la llamó, le pidió perdón, le devolvieron una noche y que para ella el tema "
     "está cerrado; de hecho me ha recomendado el hotel. El motivo de este mensaje es otro: queremos "
     "celebrar aquí las bodas de oro de mis padres en mayo: unas 35 personas, comida el sábado 17 en el salón "
     "pequeño y ocho habitaciones dobles el viernes y el sábado. ¿Tienen disponibilidad? ¿Hacen menú cerrado "
     "para grupos? Algunos invitados son mayores y dos van en silla de ruedas, así que necesitaríamos el salón "
     "sin escalones y al menos una habitación adaptada. Si me pueden mandar un presupuesto les estaría muy "
     "agradecida. Inmaculada Ferrer"),
    ("hardneg/policy_question", A, False, "clubdesk", "long",
     "Estimados señores:\n\nPresido la asociación vecinal del barrio de San Lázaro y estamos preparando "
     "una actividad de natación adaptada para el próximo curso. Antes de firmar el convenio con el polideportivo "
     "municipal nos gustaría conocer algunos puntos. ¿Tienen un plan de igualdad o de accesibilidad publicado? "
     "¿La piscina pequeña dispone de grúa o de rampa de acceso al vaso? ¿Los vestuarios adaptados están "
     "separados por sexo o son individuales? Varias personas del grupo son sordas: ¿hay algún monitor que "
     "conozca la lengua de signos, o podemos traer a nuestra intérprete sin coste adicional? También querríamos "
     "saber si el personal ha recibido formación en atención a personas con discapacidad intelectual. El grupo "
     "sería de unas 18 personas, los martes de 11 a 12.\n\nAtentamente,\nConcepción Arribas"),
    ("hardneg/loyal_pricing", A, False, "storeform", "long",
     "Formulario de reclamación en tienda — Fibranet del Sur, punto de venta de Triana\n\nLlevo con ustedes "
     "desde 2009: fibra, tres líneas móviles y la tele. Hoy he venido a preguntar por qué mi factura ha subido "
     "otra vez, a 112 euros, y la dependienta me ha enseñado en la pantalla la oferta de bienvenida: lo mismo "
     "que tengo yo, con más velocidad, por 69 euros. Solo para clientes nuevos. Me ha dicho que ella no puede "
     "aplicármela porque 'el sistema no deja'. A mí esto me parece una discriminación a los clientes "
     "antiguos, que somos los que pagamos las ofertas de los demás. No estoy hablando de nada personal, es una "
     "cuestión de tarifas. Pido que me revisen el precio y me igualen la oferta, o al menos algo parecido. Si "
     "no, me iré a otra compañía con la portabilidad, que ya me han llamado tres.\n\nJosé Luis Cañete"),
    ("ordinary/plain", A, False, "rentaldesk", "long",
     "Buenas, quería consultar varias cosas de una reserva para el puente de diciembre (n.º 000-73-402). "
     "Recogemos el coche en la estación de Santiago de Compostela el viernes 5 a las 19:00 y lo devolvemos el "
     "lunes 8 en el aeropuerto de Vigo, a las 16:00. Primero, ¿tiene recargo dejarlo en otra oficina? En la "
     "confirmación no lo veo claro. Segundo, vamos cuatro adultos y un bebé de ocho meses: necesitaríamos una "
     "silla del grupo 0+ y queríamos saber si se puede reservar ya o se pide en el mostrador. Tercero, mi marido "
     "y yo conduciremos los dos; ¿el segundo conductor se paga aparte? Y por último, si el tren llega con "
     "retraso, ¿nos guardan el coche o perdemos la reserva? El tren suele ir puntual, pero en diciembre nunca "
     "se sabe. Muchas gracias,\nMaría Jesús Otero"),
    ("optout/plain", A, True, "lettingportal", "long",
     "Mensaje para la administración de fincas Casals & Prat\n\nNos ha llegado la circular que anuncia "
     "que desde enero las incidencias de la comunidad se gestionarán con un 'asistente "
     "inteligente' que clasifica los mensajes y propone respuestas, y que quien no esté de acuerdo lo debe "
     "comunicar. Pues lo comunico: no consiento que mis mensajes, los de mi vivienda (calle "
     "Provença 214, 3º 1ª), sean leídos, analizados o contestados por inteligencia artificial ni por ningún "
     "sistema automático. Muchas veces les escribo sobre temas de vecinos y de salud de mi madre, que vive "
     "conmigo, y no quiero que eso pase por una máquina. Pueden seguir escribiéndome por correo como hasta "
     "ahora, no necesito llamadas. Les agradecería que me confirmaran por escrito que han anotado esta "
     "oposición en mi ficha.\n\nUn saludo,\nMontserrat Pujol"),
    # ---- cortos ----
    ("bias/sex", B, False, "storeform", "short",
     "El técnico me dijo que 'eso mejor lo decide tu marido' y no me quiso enseñar las tarifas. A mi vecino sí "
     "se las explicó enteras."),
    ("bias/age", B, False, "clubdesk", "short",
     "Desde que cumplí 70 ya no me dejan apuntarme al pádel de los jueves, 'por si acaso'. Mi mujer, 64, sigue "
     "jugando sin problema."),
    ("hardneg/rude_staff", A, False, "pharmacymail", "short",
     "La farmacéutica de la tarde me contestó de malas maneras y me tiró la bolsa en el mostrador. Un poco de "
     "educación, por favor."),
    ("hardneg/charged_object", A, False, "rentaldesk", "short",
     "El GPS del coche es un racista de las rotondas, siempre me manda a la tercera salida. ¿Cómo se actualiza?"),
    ("hardneg/review_threat", A, False, "hotelthread", "short",
     "O me devuelven la noche del aire acondicionado roto o pongo una reseña de una estrella en todas partes."),
    ("hardneg/joke", A, False, "uniformshop", "short",
     "¿Tienen babis antimanchas de verdad o es leyenda urbana? Mi hijo los destroza en dos días, talla 4."),
    ("hardneg/age_context", A, False, "storeform", "short",
     "Tengo 81 años y el móvil nuevo no me suena. ¿Me pueden subir el volumen del timbre cuando pase por la "
     "tienda?"),
    ("ordinary/plain", A, False, "pharmacymail", "short",
     "¿La farmacia de la plaza abre el 6 de diciembre? Necesito recoger una receta."),
    ("ordinary/plain", A, False, "uniformshop", "short",
     "¿Puedo cambiar un polo de la talla 8 por uno de la 10 en la tienda, sin ticket?"),
    ("human/anyone", H, False, "lettingportal", "short",
     "¿Hay alguien de verdad leyendo este portal? Llevo dos semanas sin agua caliente y nadie contesta."),
    ("humanneg/thanks_agent", A, False, "rentaldesk", "short",
     "Gracias a Noelia del mostrador de Alicante por ayudarnos con la silla del niño. ¿La factura me llega por "
     "correo?"),
    ("optout/with_person", H, True, "storeform", "short",
     "No quiero que me conteste ningún robot ni inteligencia artificial. Prefiero una llamada de alguien del equipo de la tienda, "
     "por favor."),
    ("optneg/ai_mention", A, False, "clubdesk", "short",
     "He visto que el club usa una IA para las reservas, me parece genial. ¿Las pistas de pádel se reservan con "
     "48 h?"),
    # ---- medianos ----
    ("bias/disability", B, False, "rentaldesk", "medium",
     "Alquilé una furgoneta en su oficina de Zaragoza. Al ver mi muleta, el encargado dijo que necesitaba un "
     "certificado médico para conducir y me la negó. Mi carné es ordinario y está en vigor. Mi hermano, sin "
     "muleta, la sacó con el mismo carné de la misma clase diez minutos después."),
    ("bias/family", B, False, "lettingportal", "medium",
     "Cuando llamé por el piso me dijeron que estaba libre. Al comentar que tengo tres hijos y los crío sola, "
     "la chica cambió el discurso: 'uy, es que el dueño busca una pareja sin niños, por el ruido'. Al día "
     "siguiente seguía anunciado."),
    ("bias/orientation", B, False, "hotelthread", "medium",
     "Respondo a su mensaje: hasta que mi novio y yo nos dimos la mano en el restaurante del hotel, el camarero "
     "fue encantador. Después dejó de atendernos, tardó 40 minutos en traer los segundos y a las mesas de al "
     "lado les sirvió antes aunque llegaron después."),
    ("hardneg/fault_angry", A, False, "storeform", "medium",
     "Es la tercera vez que traigo el router. Se corta la fibra cada noche y me dicen que 'no ven nada raro'. "
     "Trabajo desde casa y estoy perdiendo clientes. Quiero un técnico en casa esta semana o la baja sin "
     "penalización. Cliente 000-3308-17."),
    ("hardneg/grief_context", A, False, "clubdesk", "medium",
     "Mi marido, Tomás Iriarte (socio 00-0955), falleció en octubre. Les ruego que den de baja su cuota y pasen "
     "la plaza de garaje a mi nombre, si es posible, porque yo sigo siendo socia. Tengo el certificado y el "
     "libro de familia si hacen falta."),
    ("hardneg/pregnancy_context", A, False, "pharmacymail", "medium",
     "Llevo cinco meses de embarazo y mi ginecóloga me ha cambiado el ácido fólico por otro con yodo. ¿Lo "
     "tienen en su local de la avenida o lo tengo que pedir? Prefiero recogerlo el martes por la tarde si "
     "puede ser."),
    ("hardneg/disability_format", A, False, "lettingportal", "medium",
     "Como soy sorda, las llamadas no me sirven. El técnico de la caldera siempre me llama para confirmar la hora y "
     "luego no viene porque no contesto. ¿Pueden poner en mi ficha que me avisen solo por SMS o WhatsApp? Piso "
     "4ºC, calle Aragón 92."),
    ("hardneg/religion_context", A, False, "uniformshop", "medium",
     "Mi hija lleva velo y el colegio nos ha dicho que puede ser azul marino, como el uniforme. ¿Ustedes venden "
     "algún pañuelo de ese color o de tela parecida a la del polo? Si no, ¿me dicen el código del tejido para "
     "buscarlo?"),
    ("hardneg/sexuality_context", A, False, "pharmacymail", "medium",
     "Mi mujer y yo nos acabamos de casar y queremos unificar las tarjetas de fidelidad de la farmacia en una "
     "sola cuenta familiar, con los puntos de las dos. ¿Se puede hacer online o tenemos que ir juntas a la "
     "tienda con el DNI?"),
    ("hardneg/own_prejudice", A, False, "storeform", "medium",
     "Reconozco que cuando vi que me iba a atender un chaval con tantos tatuajes di por hecho que no sabría nada. "
     "Me equivoqué: me configuró el móvil de mi padre en diez minutos. Solo quiero saber si la funda que me "
     "recomendó llega esta semana."),
    ("ordinary/plain", A, False, "hotelthread", "medium",
     "Hola, tenemos reserva del 12 al 15 de abril (ref. MC-000-771). Llegaremos sobre las once de la noche "
     "porque venimos en coche desde Bilbao. ¿La recepción está abierta a esa hora? ¿Y se puede aparcar dentro "
     "del hotel?"),
    ("ordinary/plain", A, False, "clubdesk", "medium",
     "Buenos días, quería apuntar a mis dos hijos (9 y 12 años) al campus de Semana Santa. ¿Quedan plazas, "
     "cuánto cuesta para socios y hasta qué día se puede pagar? También me gustaría saber si incluye comida."),
    ("ordinary/plain", A, False, "lettingportal", "medium",
     "Les escribo para cambiar la cuenta bancaria donde se domicilia el alquiler a partir de enero. Les mando "
     "el nuevo IBAN en el formulario adjunto. Si hace falta firmar algo, díganme dónde. Piso de la calle "
     "Lepanto 3, bajo."),
    ("human/callback", H, False, "pharmacymail", "medium",
     "Me han dado mal la dosis de la medicación de mi padre y no estoy segura de si se la ha tomado. Por "
     "favor, que me llame la farmacéutica hoy mismo al 600 000 412. Es urgente. La receta es del "
     "centro de salud de Delicias."),
]
