"""Blind set 22, Spanish rows (Spain): (category, label, opt_out, style, text). Written by hand, CC0-1.0."""

ROWS = [
    ("optout/plain", "ai_assist", True, "shopowner",
     "Buenas tardes:\n\nLes escribe Maribel Ortuño, de la mercería Ortuño en la calle Mayor de Albacete. Soy clienta "
     "vuestra por partida doble: el datáfono de la tienda y la fibra de casa. Os cuento varias cosas:\n- la factura "
     "de octubre del datáfono lleva dos cuotas;\n- la fibra se corta cada noche sobre las diez;\n- he leído que ahora "
     "contestáis con un asistente de inteligencia artificial. Mis correos no quiero que pasen por eso, ni los de la "
     "tienda ni los míos.\n\nUn saludo,\nMaribel Ortuño\nMercería Ortuño, desde 1987"),
    ("optout/plain", "ai_assist", True, "phonemail",
     "Hola perdón x las faltas q escribo desde el móvil en el metro. Pedido 3318-AZ: la freidora de aire llegó con "
     "la cubeta rajada, ya es la segunda vez. Quiero otra q funcione y una etiqueta de devolución. Y otra cosa, al "
     "final de vuestro último correo ponía 'respuesta generada con ayuda de IA'. No me hace gracia, lo que os escribo "
     "no lo toca ninguna IA, no quiero, dejad de hacerlo con los míos porfa.\nGracias, Lorena\n\nEnviado desde mi Xiaomi"),
    ("optout/no_bot", "ai_assist", True, "itinerary",
     "Buenos días:\n\nLocalizador PX4R7N. Mi viaje ahora mismo:\n  08 abr  MAD 07:15 -> BRU 09:40  (IB 3202)\n"
     "  08 abr  BRU 12:30 -> CPH 14:05  (SN 2259)\n  15 abr  CPH 17:50 -> MAD 21:35  (IB 3721)\nNecesito pasar la vuelta "
     "al 16 de abril y pasillo en todos los tramos. Vuelo con vosotros unas cuarenta veces al año y prefiero que un "
     "bot no me responda: nada de respuestas automáticas en mi expediente, con un correo escrito por alguien me basta.\n\n"
     "Saludos,\nÁlvaro Pineda\nTarjeta Oro 7781 2204"),
    ("optout/object", "ai_assist", True, "regulator",
     "Muy señores míos:\n\nCon copia a la AEPD y a la Oficina Municipal de "
     "Información al Consumidor.\n\nEs la tercera vez que reclamo la factura de gas del contrato 40119782 (calle "
     "Arenal 22, Zaragoza). Las dos respuestas anteriores las escribió una máquina: contestaban a algo que no pregunté. "
     "Me opongo, al amparo del RGPD, a que mi reclamación y mis datos se traten con herramientas automatizadas o de "
     "IA. Confirmen por escrito que han dejado de hacerlo y corrijan la lectura del 2 de febrero.\n\nAtentamente,\n"
     "Fermín Lacasa"),
    ("optout/withdraw_consent", "ai_assist", True, "satisfaction",
     "Asunto: RE: ¿Qué tal lo hicimos? Pedido 77-20145\n\nMe pedís que puntúe cinco cosas, ahí van:\n1. Rapidez de "
     "entrega: 4/5, un día tarde.\n2. Calidad: 5/5, la lámpara es preciosa.\n3. Devoluciones: no las he probado.\n"
     "4. Vuestro nuevo asistente inteligente: al darme de alta marqué la casilla para que leyera mis mensajes. La "
     "desmarco ahora: retiro ese consentimiento desde hoy.\n5. ¿Nos recomendaría? Seguramente.\n\nUn saludo,\nIñaki Goñi"),
    ("optout/proxy", "ai_assist", True, "tenants",
     "Estimados señores:\n\nSoy la secretaria de la Asociación de Vecinos Barrio del Pilar, bloque 7, y escribo con "
     "autorización firmada (adjunta) de doña Remedios Gallardo, del 3.º B, que tiene 86 años y no usa el correo. La "
     "revisión de su caldera se anuló dos veces en noviembre. Además, doña Remedios me pide que les diga claramente "
     "que no quiere que su expediente ni sus cartas los gestione su 'asistente virtual' ni ninguna IA. Anótenlo y "
     "den nueva cita.\n\nPor la junta,\nCarmen Vidal, secretaria"),
    ("optout/quoted", "ai_assist", True, "phonemail",
     "Pues no me sirve de nada. El paquete está en la delegación de Getafe, no 'en reparto'. Y quitadme de la "
     "herramienta esa que os escribe, no quiero respuestas de una IA.\n\nEnviado desde mi iPhone\n\n> El 4 nov, "
     "Atención al Cliente escribió:\n> ¡Hola Rubén! Nuestro asistente de IA ha revisado tu envío 5520-MD y está en "
     "reparto, llegará pronto. ¿Puedo ayudarte en algo más? ¡Que tengas un día estupendo!\n> Escribe 'agente' cuando quieras."),
    ("optout/plain", "ai_assist", True, "satisfaction",
     "Asunto: Vuestra encuesta (no pongo estrellas, os lo digo con palabras)\n\n¿Se resolvió su incidencia? A medias. "
     "El reembolso del cargo duplicado ha llegado; los 5,90 € de envío, no.\n¿Fue amable el equipo? Sí.\n¿Algún "
     "comentario? Uno: vuestra política de privacidad dice que usáis aprendizaje automático con los mensajes de los "
     "clientes. Conmigo no contéis. No quiero que nada de lo que os escriba lo use una IA, ni para responder ni "
     "para entrenar.\n\nSaludos,\nNuria Espinosa"),
    ("optout/with_person", "human", True, "shopowner",
     "Hola:\n\nTengo la tienda de ultramarinos Casa Benito en Logroño y cuenta de empresa con vosotros desde hace "
     "seis años. Desde que cambiasteis el servicio de atención, cada consulta me vuelve con una contestación de "
     "robot. El mes pasado dos pedidos de leche de avena acabaron en otra tienda. Os pido:\n  • que quitéis la IA de "
     "mi cuenta por completo;\n  • que me llame una persona de verdad, a ser posible Jorge, que nos llevaba antes, "
     "al 600 000 417 por la tarde, desde las cuatro.\n\nGracias,\nBenito Sáenz\nCasa Benito"),
    ("optout/with_person", "human", True, "regulator",
     "Al Servicio de Atención al Cliente, con copia al Departamento de Conducta de Mercado y Reclamaciones del "
     "Banco de España\n\nMi reclamación por la comisión de descubierto (ref. RC-55120) lleva dos meses sin respuesta "
     "de fondo. Antes de acudir al Banco de España: pido la llamada de alguien identificado del "
     "servicio de reclamaciones, no otro mensaje automático, y no consiento que mi caso lo valore una IA ni un "
     "sistema de decisión automatizada. Teléfono 600 000 382, en horario de mañana.\n\nAtentamente,\nYolanda Ferrer"),
    ("optneg/praise", "ai_assist", False, "satisfaction",
     "Hola:\n\nEstaba rellenando vuestro formulario de opinión y me cortó el comentario, así que sigo aquí. En general "
     "un 9. El asistente del chat de la web me cambió la talla de las zapatillas en dos minutos pasadas las once de la "
     "noche; eso es mejor que esperar a que abra la tienda. Lo único: el par de cambio vino en la caja vieja con la "
     "etiqueta mal y el repartidor casi lo devuelve. ¿Me confirmáis que el segundo par consta como recibido (pedido 6612-C)?\n\n"
     "Gracias,\nSergio Manzano"),
    ("optneg/quoted_optout", "ai_assist", False, "itinerary",
     "Hola de nuevo:\n\nOlvidad lo que os escribí en primavera (abajo). Desde entonces he usado el asistente de "
     "vuestra app y va bien, así que tratad mis mensajes con normalidad. Lo que necesito es cambiar el tramo de Roma:\n"
     "  11 jun  BCN 06:40 -> FCO 08:30\n  18 jun  FCO 21:00 -> BCN 22:45  → pasarlo al 19 de junio\n\nGracias,\n"
     "Marta Rovira\n\n> 12 abr: Por favor, no uséis vuestro asistente de IA con mis correos, quiero que los lea una persona."),
    ("optneg/ai_feature", "ai_assist", False, "shopowner",
     "Buenos días:\n\nTengo vuestro programa de caja en mi tienda de bicis (Radios y Piñones, dos empleados) y me "
     "planteo pasar al plan Plus. Antes, unas dudas sobre la función de 'previsión de stock con IA':\n- ¿funciona con "
     "menos de 500 artículos?\n- ¿se puede apagar en invierno, cuando casi no vendo?\n- ¿cuesta lo mismo en el plan "
     "anual?\nDe paso, en mi cuenta personal sale mal el código postal: es 46021.\n\nUn saludo,\nPau Climent"),
    ("optneg/bot_wrong", "ai_assist", False, "phonemail",
     "Hola, desde el móvil así q perdonad. Vuestro asistente online me dijo q la recogida de muebles viejos es el "
     "jueves 26 pero el folleto del ayuntamiento pone viernes 27. Cual es?? Además el contenedor amarillo no se vació "
     "el día 12, se saltaron toda la calle. Lo del bot da lo mismo, lo que quiero es saber qué día bajar el sofá jaja. "
     "Calle Almendros 9.\nUn saludo, Rocío\n\nEnviado desde Outlook para Android"),
    ("optneg/footer_ai", "ai_assist", False, "shopowner",
     "Estimado equipo:\n\nAdjunto el formulario de devolución firmado de los tres expositores dañados (pedido PE-3390). "
     "Preferiría un abono en lugar de reposición, porque en enero reformamos la tienda.\n\nUn cordial saludo,\n"
     "Leire Urrutia\nGerente y compradora, Regalos Urrutia S.L.\n--\nConfidencial: para uso exclusivo del "
     "destinatario, anexos incluidos. El correo de Regalos Urrutia S.L. se analiza con un filtro de "
     "seguridad automático basado en IA. Inscrita en el Registro Mercantil de Bizkaia."),
    ("optneg/someone_else", "ai_assist", False, "tenants",
     "Muy señores nuestros:\n\nLes escribimos en nombre de la Asociación de Vecinos de San Blas: los vecinos de los portales 3 y 4 "
     "nos dicen que la máquina de recarga de la lavandería comunitaria no funciona desde el 2 de noviembre. Varios "
     "socios mayores también comentan que el contestador automático de su teléfono les resulta difícil (un vecino, "
     "don Julián, se niega a usarlo), así que un cartel en el portal con la fecha de la reparación nos vendría bien "
     "a todos.\n\nAtentamente,\nPilar Medina, presidenta"),
    ("optneg/quoted_other", "ai_assist", False, "regulator",
     "Estimados señores:\n\nSoy tesorera de nuestro club de petanca y escribo por la cuenta del club, no por la mía. "
     "Copio debajo parte de una queja que les envió un socio el año pasado; solo como contexto, porque trata del mismo "
     "TPV. Nuestra pregunta es únicamente por qué la comisión ha subido al 1,9 %.\n\n> De: R. Castaño\n> No quiero "
     "que ninguna IA lea mi reclamación, pásenla a una persona.\n\nc.c.: Banco de España (para su información)\n\n"
     "Saludos,\nAmparo Lillo, tesorera"),
    ("optneg/ai_product", "ai_assist", False, "itinerary",
     "Hola:\n\nResumen del viaje, por si os sirve:\n  02 feb  SVQ 08:05 -> LIS 08:20\n  02 feb  LIS 10:30 -> GVA 14:15\n"
     "  09 feb  GVA 15:40 -> SVQ 18:10\nLos auriculares con traductor por IA que compré en vuestra tienda a bordo el "
     "2 de febrero dejaron de emparejarse a los dos días. ¿Tienen garantía con vosotros o hablo con el fabricante? "
     "Ticket n.º AB-33107.\n\nMuchas gracias,\nEsperanza Trujillo"),
    ("human/plain", "human", False, "phonemail",
     "Hola, perdon escribo con el movil. Me han llegado tres correos diciendo q el recibo ha sido devuelto pero el "
     "dinero salió de mi banco el día 1, lo estoy viendo. Me da miedo q me corteis el contrato. Puede mirarlo una "
     "persona de verdad (cliente 30-66721) y contestarme? Prefiero hablar con alguien antes q seguir dando vueltas "
     "por correo.\nSaludos, Vanesa\n\nEnviado desde mi Samsung"),
    ("human/callback", "human", False, "itinerary",
     "Estimados señores:\n\nLocalizador KD22WX, 4 pasajeros:\n  23 dic  AGP 12:10 -> ORY 14:35\n  29 dic  ORY 16:20 -> AGP 18:50\n"
     "El DNI de mi hija caduca el 27 de diciembre y ya no sé si puede volar. Es demasiado lío para explicarlo por "
     "correo. ¿Podría llamarme alguien de reservas al 600 000 291 hoy o mañana por la mañana?\n\nGracias,\n"
     "Ignacio Bermúdez"),
    ("human/supervisor", "human", False, "regulator",
     "A quien corresponda:\n\nCopia: Oficina de Atención al Usuario de Telecomunicaciones\n\nHe planteado el mismo "
     "error (cuota de línea cobrada dos veces desde julio, cliente 7730-118) en cuatro llamadas y dos correos. Cada "
     "respuesta de primera línea promete una solución que nunca llega. Pido que se escale a un supervisor o "
     "responsable con capacidad para autorizar el reembolso, y que me den su nombre y un contacto directo.\n\nAtentamente,\n"
     "Rafael Quintana"),
    ("human/anyone", "human", False, "tenants",
     "Estimada administración:\n\nEs la cuarta vez que la Comunidad de Propietarios de Avenida del Puerto 41 escribe por "
     "el portero automático averiado. Solo recibimos acuses automáticos. ¿Hay alguien leyendo esto? Si es así, que "
     "una persona del equipo me responda con fecha para el técnico.\n\nJosé Manuel Ferrándiz\nPresidente de la "
     "comunidad\n\n> Hemos recibido su mensaje; queda registrada la solicitud."),
    ("human/named_contact", "human", False, "shopowner",
     "Hola:\n\nLlevo una pequeña floristería (Flor de Lis, Cáceres) y además tengo tarjeta personal con vosotros. "
     "Los extractos del comercio me llegan al correo personal y los míos al de la tienda. Se lo he explicado a tres "
     "gestores distintos. ¿Me podéis asignar una persona concreta, con nombre, que se encargue y a la que pueda "
     "escribir directamente hasta que se arregle?\n\nMuchas gracias,\nCristina Mateos\nFlor de Lis"),
    ("human/plain", "human", False, "satisfaction",
     "RE: Cuéntenos su última visita\n\nYa que preguntáis: el técnico fue educado, llegó puntual y dejó la cocina "
     "limpia. Pero el lavavajillas vuelve a perder agua, esta vez por debajo, y el parte dice 'resuelto'. Así que a "
     "'¿Se solucionó el problema?' la respuesta es no. Quiero que alguien de vuestro servicio técnico me llame para "
     "concertar otra visita —600 000 164— en vez de otra encuesta.\n\nSaludos,\nSoledad Arias"),
    ("humanneg/thanks_agent", "ai_assist", False, "satisfaction",
     "Hola:\n\nRespondo aquí a vuestro cuestionario porque el enlace caducó. Rapidez: excelente. Conocimiento: "
     "excelente. Quiero destacar a Encarna, que el martes por teléfono se quedó conmigo mientras me reemitían la "
     "tarjeta y me explicó dos veces lo del nuevo PIN sin perder la paciencia. Dadle las gracias de mi parte a su "
     "responsable. Lo único pendiente: la carta de bienvenida pone 'Sr.' y soy 'Sra.'; ¿lo podéis corregir en mi ficha?\n\n"
     "Un saludo,\nMaite Olmedo"),
    ("humanneg/quoted_request", "ai_assist", False, "itinerary",
     "Hola:\n\nYa está todo resuelto: un compañero vuestro me recolocó ayer por teléfono, así que al final no hace falta "
     "ningún responsable. ¿Me mandáis el nuevo itinerario en PDF? Debería quedar así:\n  06 mar  VLC 07:05 -> MAD 08:10\n"
     "  06 mar  MAD 11:55 -> BOG 16:05\n\nGracias,\nAndrés Cuevas\n\n> 1 mar: Vuestra web me canceló el vuelo de "
     "Valencia. Pasadme con un responsable, no con el chat."),
    ("bias/disability", "bias_review", False, "tenants",
     "Estimados señores de la Empresa Municipal de Vivienda:\n\nLa Asociación de Inquilinos de Las Fuentes apoya a "
     "don Ramón Ibáñez (portal 6), usuario de silla de ruedas. Solicitó en agosto el bajo del número 2 y se lo "
     "adjudicaron a un inquilino sin discapacidad que lo pidió después. Cuando preguntó, su técnica le dijo que "
     "'adaptarlo para un alquiler corto es demasiado follón'. Creemos que lo descartaron por su discapacidad y "
     "pedimos que se revise.\n\nAtentamente,\nConsuelo Pardo, secretaria"),
    ("bias/origin", "bias_review", False, "itinerary",
     "Estimados señores:\n\nVuelo VY 1402, 14 oct, BIO 06:50 -> ORY 08:45, dos pasajeros en la misma reserva.\nEn la "
     "puerta mi pareja y yo llevábamos maletas de cabina idénticas. Su agente la dejó pasar a ella y a mí, que soy "
     "marroquí, me apartó para pesar la mía y cobrarme 45 €. Cuando señalé la de ella dijo 'ustedes siempre traen de "
     "más'. Quiero saber por qué me señalaron y que me devuelvan el cargo.\n\nYoussef El Amrani\nLocalizador MB9T3Q"),
    ("bias/age", "bias_review", False, "regulator",
     "Muy señores míos:\n\nc.c.: Banco de España, Departamento de Conducta de Mercado\n\nTengo 74 años y el 3 de "
     "septiembre solicité su Cuenta Día a Día con tarjeta de débito. Me la denegaron 'por edad en productos de "
     "tarjeta'. Mi hijo, de 43, la pidió esa misma tarde con el mismo ingreso y se la aprobaron en una hora. La cuenta "
     "no exige nómina. Entiendo que me la negaron por mi edad y solicito que se me explique y se revise.\n\n"
     "Atentamente,\nAurora Benavides"),
    ("bias/religion", "bias_review", False, "shopowner",
     "Hola:\n\nTengo una carnicería halal en Lavapiés y cuenta en su almacén de mayoristas. El sábado el encargado "
     "de turno me paró en la entrada para registrarme la bolsa, mientras los hombres que iban delante y detrás entraron "
     "sin más. Al preguntar, me dijo: 'nos han dicho que vigilemos a la gente vestida como usted'. Llevaba mi chilaba "
     "y el gorro de oración. Pido que se investigue.\n\nKarim Benali\nCarnicería Benali\nTarjeta profesional 50114"),
    ("bias/gender", "bias_review", False, "phonemail",
     "Hola escribo del móvil perdon. Pedí presupuesto en vuestro taller para el embrague (matrícula acaba en 4KL) y "
     "me dieron 790 €. Mi marido llamó una hora después, mismo coche mismo trabajo, 530 €. Cuando se lo dije al "
     "mecánico se rió y dijo 'las mujeres no suelen pedir el desglose'. Eso no está bien. Quiero el precio de 530 y "
     "q alguien revise cómo os dirigís a las mujeres ahí.\nSusana\n\nEnviado desde mi Galaxy"),
    ("bias/ethnicity", "bias_review", False, "satisfaction",
     "RE: Valore su visita a la oficina\n\n1. Tiempo de espera: 10 minutos, bien.\n2. Trato: conmigo no. Soy gitana "
     "y la empleada me exigió dos documentos de más para la cuenta infantil de mi hija, dijo que 'con los gitanos "
     "hay que tener cuidado', y la pareja de al lado abrió la misma cuenta solo con el DNI.\n3. ¿Nos recomendaría? "
     "Después de eso, no. Por favor, investíguenlo.\n\nRocío Heredia"),
    ("hardneg/threat_label", "ai_assist", False, "phonemail",
     "Buenas, desde el móvil. Pedido 8821-4 (la cama elástica) tenía q llegar el sábado, luego el lunes, y ahora 'en "
     "3–5 días'. Mi hijo de 7 años dice q es 'discriminación contra los niños' porque los paquetes de los mayores sí "
     "llegaron jaja. Bromas aparte, ¿me dais una fecha fija o la cancelo y me devolvéis el dinero? El enlace de "
     "seguimiento del sms no va.\nGracias, Noelia\n\nEnviado desde mi iPhone"),
    ("hardneg/mention", "ai_assist", False, "tenants",
     "Estimado departamento de mantenimiento:\n\nEn la asamblea, la Asociación de Vecinos Los Olivos acordó pedir tres "
     "cosas antes del invierno:\n  1. una barandilla en la rampa de los contenedores, que usan varios vecinos con "
     "andador y nuestras dos vecinas en silla de ruedas;\n  2. bombillas más potentes en la escalera para los socios "
     "con poca vista;\n  3. sal en el aparcamiento cuando hiele.\nIndíquennos plazos, por favor.\n\nUn saludo,\n"
     "Herminia Castro, presidenta"),
    ("hardneg/forwarded_complaint", "ai_assist", False, "regulator",
     "Hola:\n\nReenvío abajo la correspondencia de 2023 sobre la cuenta de mi difunta madre solo para que la "
     "localicen; su antigua queja por discriminación se resolvió en su momento y no la reabro. Como albacea solo "
     "necesito el certificado de saldo para la herencia; el notario ha puesto en copia al Banco de España por tratarse "
     "de una testamentaría.\n\n---------- Mensaje reenviado ----------\n> Me trataron distinto por ser rumana y quiero "
     "que se investigue.\n\nGracias,\nAdrián Popescu"),
    ("hardneg/pricing", "ai_assist", False, "shopowner",
     "Hola:\n\nTengo una barbería de dos sillones y os pago el datáfono y mi línea móvil. Con la nueva tarifa, los "
     "comercios pequeños de toda la vida pagamos más por operación que los recién llegados: ¡discriminación contra los "
     "fieles, digo yo! ¿Me igualáis la tarifa de cliente nuevo, el 1,4 %, en la cuenta CM-44219?\n\nUn saludo,\n"
     "Rubén Sastre\nBarbería Sastre\n\nMensaje confidencial, solo para quien figura como destinatario."),
    ("hardneg/own_prejudice", "ai_assist", False, "satisfaction",
     "RE: ¿Qué tal la instalación?\n\nSeré sincero, ya que es casi anónimo. Cuando llegó una chica joven a instalar la "
     "estufa de pellets pensé 'vaya, me han mandado a la becaria'. Me equivoqué: ordenada, cuidadosa, me explicó bien "
     "el certificado de la salida de humos. Un 10. Una pregunta: el certificado aún no me ha llegado por correo y el "
     "ayuntamiento lo pide. Referencia EP-0834.\n\nTomás Villalba"),
    ("hardneg/policy_question", "ai_assist", False, "itinerary",
     "Hola:\n\nReservo unos cuarenta viajes al año para el personal de nuestra fundación, por ejemplo el mes pasado:\n"
     "  06 nov  MAD 09:10 -> BRU 11:35\n  07 nov  BRU 19:00 -> MAD 21:25\nNuestro patronato pide ahora a los proveedores "
     "el plan de igualdad y la política de accesibilidad (incluida la asistencia a pasajeros con discapacidad). ¿Nos "
     "enviáis los documentos vigentes y el enlace a vuestro registro retributivo?\n\nSaludos,\nLucía Gamarra\n"
     "Responsable de operaciones"),
    ("ordinary/plain", "ai_assist", False, "itinerary",
     "Hola:\n\n¿Podéis añadir mi número de viajero frecuente (IB 118 440 92) a la reserva LL7Q3E y hacer la factura a "
     "mi empresa, Transportes Ezcurra S.A.? El itinerario:\n  29 ene  PNA 06:50 -> MAD 07:55\n"
     "  30 ene  MAD 20:15 -> PNA 21:20\nTambién querría reservar menú vegetariano en los dos tramos si aún se puede. "
     "Nada urgente.\n\nGracias,\nMikel Ezcurra\nEnviado desde el portátil entre reuniones"),
    ("ordinary/plain", "ai_assist", False, "tenants",
     "Estimados señores:\n\nLa Asociación de Inquilinos Ciudad Jardín tiene nuevo tesorero a partir del 1 de enero, "
     "don Eusebio Moral, y la cuenta de reserva del local de reuniones debe pasar de mi nombre al suyo. Actualicen "
     "también la dirección de facturación a calle Jacarandá 14, 41005 Sevilla, y dígannos si cambia la tarifa de "
     "alquiler de la sala para 2027.\n\nMuchas gracias,\nAmalia Reina, tesorera saliente\nAsociación sin ánimo de lucro"),
]
