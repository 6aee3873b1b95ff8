"""Spanish rows of blind set 7 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
B, H, A = "bias_review", "human", "ai_assist"

ROWS = [
    # opt-outs, pure
    ("optout/plain", A, True, "dm", "holaa 👋 antes de nada: prefiero que mis mensajes no los conteste ninguna "
     "inteligencia artificial. solo gente del equipo porfa 🙏"),
    ("optout/plain", A, True, "thread", "Gracias por responder. Una cosa más: no quiero que en mis respuestas "
     "intervenga la IA, ni ahora ni más adelante.\n\nAlba\n\n> El mar., Soporte Hogar Lince escribió:\n> El "
     "envío ya salió del almacén.\n> Saludos, equipo Hogar Lince"),
    ("optout/gdpr", A, True, "formdump", "Nombre: Casimiro Ledesma\nN.º cliente: HL-40917\nAsunto: Protección "
     "de datos\nMensaje: En virtud del artículo 21 del RGPD me opongo a que mis datos personales se traten con "
     "sistemas de aprendizaje automático en la atención al cliente.\nAdjunto: ninguno"),
    ("optout/gdpr", A, True, "thread", "Estimados señores:\n\nAl amparo del art. 22 del RGPD ejerzo mi derecho a "
     "no ser objeto de decisiones basadas únicamente en el tratamiento automatizado. Les ruego confirmen que mi "
     "reclamación de reembolso y mi correspondencia se tramitarán sin sistemas automáticos.\n\nAtentamente,\n"
     "Rosalía Bermejo Quintas\n--\nEnviado desde mi móvil"),
    ("optout/humans_only", A, True, "dm", "en mi cuenta solo personas, a partir de hoy ✋🤖 gracias"),
    ("optout/conditional", A, True, "formdump", "Asunto: pedido 61204\nDescripción: Antes de contestar: si esto "
     "lo lee un bot, paren ahí, no doy permiso. Al pedido le falta la tapa.\nPrioridad: normal"),
    ("optout/conditional", A, True, "calllog", "[00:03] Cliente: sí hola, ¿esto es una grabación o un sistema "
     "automático? [00:06] IVR: ... [00:08] Cliente: porque si lo está tomando una máquina entonces no, bórrelo, "
     "ya escribo yo."),
    ("optout/embedded", A, True, "thread", "Hola Nerea:\n\nSigo con lo de la lavadora. El técnico vino el jueves, "
     "cambió la bomba, pero sigue sin desaguar y la puerta no abre al terminar. Mi pareja tiene fotos si las "
     "necesitan. Por otro lado, he leído que ahora redactan las respuestas con programas de IA: por favor, "
     "dejen mi caso fuera de eso. ¿Pueden mandar otra visita cualquier mañana de la semana que viene?\n\n"
     "Un saludo,\nMaite Garrido"),
    ("optout/embedded", A, True, "fwd", "---------- Mensaje reenviado ---------\nDe: Fulgencio Arrabal\nPara: "
     "pedidos\nAsunto: RV: Albarán\n\nLes reenvío el albarán, faltaban dos cajas en el palé. PD para quien lo "
     "lea: no quiero que mis mensajes se los pasen a un chatbot, gracias.\n\n> Albarán 3307: 12 cajas azulejo "
     "blanco"),
    ("optout/typo", A, True, "dm", "porfavor q no me conteste mas el robo, no me fio nada 😤"),
    ("optout/sarcastic", A, True, "dm", "otra respuesta del Señor Autocompletar 🙄 en serio, apáguenmelo, no pienso "
     "hablar más con ese cacharro"),
    ("optout/named", A, True, "formdump", "Campo 1 (Cuenta): QX-7730\nCampo 2 (Solicitud): Quiero darme de baja "
     "de 'Lince Asistente'. No quiero que su asistente lea ni responda mis incidencias.\nCampo 3 (Urgencia): baja"),
    ("optout/named", A, True, "thread", "Hola:\nEn su último correo ponía 'redactado con ChatGPT'. No acepto que "
     "mis emails pasen por ChatGPT ni nada parecido. Tómenlo en cuenta, por favor.\n\nSaludos,\nEusebio Carrasco"),
    ("optout/all_future", A, True, "thread", "A quien corresponda: para esta incidencia y para todas las que abra "
     "en adelante, nada de respuestas automáticas ni generadas por IA. Pongan una marca en mi ficha.\n\n"
     "Rocío Valdeolmos\nPolígono Las Eras, nave 3"),
    ("optout/behalf", A, True, "behalf", "Les escribo por mi abuela, doña Herminia Zubiri (cliente 20331), de 89 "
     "años. Quiere que conste que no desea que le conteste ningún programa de ordenador, se lía mucho. "
     "Gracias, Ainhoa (nieta)"),
    # opt-outs that also ask for a person
    ("optout/with_person", H, True, "calllog", "Asistente: ¿En qué puedo ayudarle? | Llamante: con usted no, sin "
     "ofender. No quiero el automático. Páseme con una persona de verdad, es por el contador del gas."),
    ("optout/with_person", H, True, "thread", "Sin IA, por favor. Quiero que alguien de la plantilla me llame al "
     "611 204 889 por el lavabo rajado.\n\nConcha\n\n> Sentimos lo de su lavabo. Nuestro asistente puede "
     "ayudarle con la devolución."),
    ("optout/with_person", H, True, "dm", "con un bot no hablo 🙅‍♀️ que me atienda una persona, necesito que "
     "arreglen la reserva duplicada"),
    # near misses
    ("optneg/ask_whether", A, False, "dm", "jaja ¿usáis IA para contestar? sin malos rollos, solo curiosidad 😄 y "
     "por cierto dónde está mi paquete"),
    ("optneg/praise", A, False, "thread", "Solo decirles que su asistente virtual estuvo genial anoche, me resolvió "
     "el cambio a las 2 de la mañana. ¡Felicítenlo!\n\nPaqui\n\n> Su código de cambio es CB-8812."),
    ("optneg/no_need", A, False, "formdump", "Tema: Facturación\nMensaje: No hace falta ninguna IA para esto 🙂 "
     "solo mándenme la factura de marzo en PDF.\nCanal preferido: email"),
    ("optneg/opt_back_in", A, False, "thread", "Hola, el año pasado pedí que no me contestaran de forma automática. "
     "He cambiado de idea, el asistente me parece bien, quiten esa nota por favor.\n\nSaludos,\nIgnacio"),
    ("optneg/policy_question", A, False, "formdump", "Empresa: Cooperativa Vivienda Sur\nCargo: Compras\n"
     "Pregunta: Para nuestro cuestionario de proveedores: ¿sus clientes pueden renunciar a las respuestas "
     "redactadas por IA y está documentado?\nPlazo: día 14"),
    # requests for a person
    ("human/callback", H, False, "calllog", "[buzón de voz 10:42] hola soy Remedios Alcázar, ¿me puede llamar "
     "alguien esta tarde al fijo? es por el seguro de la caldera. gracias"),
    ("human/callback", H, False, "behalf", "Hola, escribo por mi padre, que no se maneja con el ordenador. ¿Podría "
     "alguien de ustedes llamarle al 955 000 317 por la domiciliación? Está en casa por las mañanas. Gracias, Samir"),
    ("human/anyone_there", H, False, "dm", "tercer mensaje ya... ¿alguien lee esto o qué? 👀"),
    ("human/anyone_there", H, False, "thread", "¿Hay alguna persona al otro lado de esta dirección?\n\n> Gracias "
     "por contactar con nosotros. Su solicitud ha sido registrada."),
    ("human/escalate", H, False, "fwd", "RV: reclamación 7712\n\nLes reenvío la reclamación otra vez. Quiero que "
     "la vea un responsable que pueda revisarla de verdad.\n\n> Su reclamación ha sido cerrada."),
    ("humanneg/thanks_person", A, False, "dm", "ayer me llamó Begoña de vuestro equipo y lo dejó todo resuelto 👍 "
     "solo me falta el nuevo número de seguimiento"),
    ("humanneg/mention_staff", A, False, "thread", "Mi hermana también trabaja en un call center, ¡sé que es duro! "
     "Bueno, ¿cómo cambio la dirección de entrega en la web?\n\nUn saludo, Leire"),
    # bias complaints
    ("bias/disability", B, False, "calllog", "[operadora del servicio de relé leyendo por la clienta] Tres llamadas "
     "ya a través del servicio de intermediación para sordos y cada vez su agente dice 'no atendemos "
     "estas llamadas' y cuelga. Soy sorda. Mi vecina llamó por mí y la atendieron enseguida."),
    ("bias/disability", B, False, "thread", "Buenas:\n\nReservé hace meses la habitación adaptada en planta baja "
     "porque voy en silla de ruedas. Al llegar, que 'estaba ocupada por otro huésped' y me mandaron al "
     "el segundo, sin ascensor. Dormí en casa de mi hermano.\n\nAmparo Iturbe"),
    ("bias/disability", B, False, "formdump", "Tipo de incidencia: Acceso a la cuenta\nDetalle: El captcha nuevo es "
     "solo de imágenes y con mi lector de pantalla no puedo pasarlo. Pedí otra forma de entrar y me dijeron que no "
     "hay alternativa. Soy ciega y no puedo entrar en mi cuenta.\nDispositivo: iPhone"),
    ("bias/religion", B, False, "thread", "Hola:\n\nSolicité que guardaran el paquete hasta pasado el Eid, nadie "
     "iba a estar en casa. El almacén respondió 'no organizamos las entregas por esas fiestas' y lo devolvieron. "
     "Al de mi compañero lo tuvieron retenido una semana porque se iba de despedida de soltero.\n\nYusuf Benali Torres"),
    ("bias/pregnancy", B, False, "dm", "reservé el curso de pilates, al confirmar comenté que estoy de 6 meses y "
     "al día siguiente mi plaza estaba 'reasignada' 🙃 mi amiga se apuntó después y conserva la suya"),
    ("bias/family", B, False, "behalf", "Escribo en nombre de mi mujer, Lucía Prado. Pidió la tarjeta de la tienda "
     "y le dijeron que necesita mi firma como marido. Cuando la pedí yo el año pasado nadie pidió la suya. "
     "Andrés Prado"),
    ("bias/race", B, False, "dm", "casa rural del 12 al 14: 'no queda nada' me dicen. "
     "una hora después mi compañero blanco pide esas mismas noches y le dicen que sí en el acto. explíquenmelo"),
    ("bias/origin", B, False, "fwd", "RV: tique\n\nMiren lo que escribió la cajera de su tienda de Alcorcón en mi "
     "tique: 'extranjera - revisar DNI dos veces'. Al resto de la fila no le miraron nada. Soy de "
     "Ecuador y compro ahí hace seis años.\n\n[imagen: tique.jpg]"),
    ("bias/language", B, False, "calllog", "Cliente: ...y el agente repetía 'no le entiendo con ese acento, llame "
     "con alguien que hable bien español' y colgó. Agente 2: lamento oír eso. Cliente: mi acento gallego no es "
     "motivo para rechazar mi parte."),
    ("bias/age", B, False, "thread", "Buenos días:\n\nEn su oficina no me dejaron abrir la cuenta de ahorro, el "
     "asesor dijo 'a su edad no le va a sacar partido'; tengo 79 años. El chico que iba detrás la abrió en diez "
     "minutos.\n\nTeodoro Salcedo"),
    ("bias/gender_identity", B, False, "dm", "el repartidor no me dio el paquete porque 'no tengo pinta de "
     "Daniela', soy trans, el DNI coincide, se rió y se fue 😞"),
    ("bias/orientation", B, False, "behalf", "En nombre de mi hijo Mateo y su marido: en su hotel les negaron el "
     "'paquete parejas' porque es 'para marido y mujer'. A una pareja hetero le dieron el mismo paquete minutos "
     "después. - Carmen Oyarzun"),
    # hard negatives
    ("hardneg/joke", A, False, "dm", "mi tostadora es racista, solo le gusta el pan blanco 😂 bueno, ¿el modelo "
     "de dos ranuras lo tenéis en rojo?"),
    ("hardneg/joke", A, False, "thread", "Mi perro es un edadista, pasa del sofá viejo y solo se sube al nuevo. "
     "¿Puedo pedir otra funda igual?\n\nMarisol"),
    ("hardneg/threat", A, False, "dm", "como el viernes no tenga el reembolso voy a contar por aquí que sois una "
     "empresa racista, a ver qué os parece"),
    ("hardneg/threat", A, False, "thread", "Tercera vez que pido el abono. Si siguen pasando de mí les denuncio "
     "por machistas y por lo que haga falta.\n\nG. Echevarría"),
    ("hardneg/own_prejudice", A, False, "formdump", "Motivo de baja: En su nuevo anuncio salen dos mujeres "
     "besándose. No quiero eso en mi salón. Den de baja mi suscripción.\nReembolso: no"),
    ("hardneg/policy_question", A, False, "fwd", "RV: Licitación 2027/09\n\n¿Nos pueden enviar su plan de "
     "igualdad y su declaración de accesibilidad para el expediente? Gracias.\n\n> De: Olvido Sáez, Compras"),
    ("hardneg/loyal_pricing", A, False, "thread", "Nos discriminan a los fieles: los nuevos tienen tres "
     "meses a mitad de precio y yo llevo nueve años pagando la tarifa entera. ¿Me lo igualan?\n\nJavi"),
    ("hardneg/rude_agent", A, False, "calllog", "Cliente: el señor con el que hablé ayer fue maleducado, "
     "resoplaba y me dejó en espera dos veces sin motivo. Sigo necesitando la llave de repuesto del candado."),
    ("hardneg/mention_age", A, False, "behalf", "Escribo por mi madre, que tiene 84 años y no usa internet. Quiere "
     "que las facturas en papel le lleguen a mi dirección: calle Olmo 21. Gracias, Pilar"),
    ("hardneg/mention_disability", A, False, "dm", "soy ciego y uso VoiceOver, la app va genial por cierto 👍 "
     "¿cuándo vuelven a tener bicis tándem?"),
    ("hardneg/mention_group", A, False, "formdump", "Asunto: Reserva de grupo\nMensaje: Somos un grupo de "
     "jóvenes gitanos, 14 personas, ¿podemos reservar el rocódromo el sábado a las 17 h? ¿Hay que dejar señal?"),
    ("hardneg/address", A, False, "thread", "Hola, vivo en la calle de la Judería 9, en Segovia, desde el mes "
     "pasado. ¿Me cambian la dirección de facturación de la luz? El cargo de este mes no me cuadra.\n\nTere"),
    ("hardneg/unfair_fee", A, False, "dm", "15 € de recargo porque vuestra app se colgó el día de pago? me parece "
     "injusto la verdad. me lo quitáis?"),
    ("hardneg/news", A, False, "fwd", "RV: noticia\n\nHe visto este reportaje sobre discriminación por edad en el "
     "trabajo, qué fuerte. Otra cosa: ¿me reenvían la confirmación del pedido?\n\n> Enlace: noticia"),
    # ordinary
    ("ordinary/invoice", A, False, "formdump", "Tema: Factura\nPedido: 22815\nMensaje: Factura con el nombre y "
     "CIF de la empresa, por favor (Talleres Urquijo S.L.)."),
    ("ordinary/delivery", A, False, "dm", "pone entregado pero aquí no hay nada 📦 ¿podéis preguntar al "
     "repartidor?"),
    ("ordinary/password", A, False, "calllog", "Cliente: hola, no puedo entrar, el enlace de la "
     "contraseña nueva pone que ha caducado. Agente: un momento. Cliente: ¿me mandan otro al mismo correo?"),
    ("ordinary/cancel", A, False, "thread", "Hola:\nQuiero dar de baja mi cuota del gimnasio a final de mes.\n\n"
     "Gracias,\nBorja Manrique\n\n> Su cuota se renueva el día 1."),
    ("ordinary/product", A, False, "fwd", "RV: pregunta de mi vecino\n\nMe pide que les pregunte: ¿la manguera "
     "vale para un grifo de 3/4?"),
    ("ordinary/warranty", A, False, "behalf", "Mi marido compró aquí el taladro en mayo y ha dejado de funcionar. "
     "Me pide que averigüe cómo reclamar la garantía. Gracias, Rosario"),
    ("ordinary/refund", A, False, "dm", "¿sabéis algo de mi reembolso por la chaqueta devuelta? la mandé hace "
     "dos semanas"),
]
