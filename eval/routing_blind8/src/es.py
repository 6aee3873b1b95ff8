"""Spanish rows of blind set 8 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (14)
    ("optout/plain", A, True, "bullets",
     "Tres cosas:\n- el pedido 3390 llegó bien\n- gracias por el cambio de talla\n- mis correos, que no los responda "
     "ninguna inteligencia artificial, no la uséis conmigo"),
    ("optout/gdpr", A, True, "letter",
     "D. Anselmo Ruiz Barberán\nC/ Alfarería 12, 3º B\n41010 Sevilla\n\nMuy señores míos:\nAl amparo del artículo 22 "
     "del RGPD ejerzo mi derecho de oposición: mis reclamaciones y mis datos de cliente no deben pasar por sistemas automáticos o de "
     "inteligencia artificial. Ruego acusen recibo por escrito.\nAtentamente,\nAnselmo Ruiz"),
    ("optout/humans_only", A, True, "sms",
     "a partir d ahora solo personas en mi cuenta, nada d respuestas d maquina xfa. cliente 8812"),
    ("optout/conditional", A, True, "l2",
     "Buenas, soy Ioana, rumana, escribo español como puedo. Si la respuesta la hace un programa de inteligencia "
     "artificial, yo no la quiero, entonces no manden nada hecho con eso. Mi pedido es 5120 de la lavadora."),
    ("optout/embedded", A, True, "longthread",
     "RE: RE: RE: portabilidad línea 6xx\n\n> Su solicitud de portabilidad está en curso.\n>> ¿Cuándo se hará el "
     "cambio? Llevo dos semanas sin datos.\n>>> Le informaremos en 48-72 horas.\n\nSigo sin datos y he pagado "
     "igual la cuota de marzo; adjunto la factura. Ah, y que conste: no autorizo que vuestro asistente virtual lea "
     "ni redacte nada de este expediente."),
    ("optout/embedded", A, True, "review",
     "[Reseña de Google Play reenviada a soporte] ★★☆☆☆ La app de facturas va lenta y el PDF sale cortado. Por "
     "cierto, no quiero que el bot de la app procese mis consultas, desactivadlo para mi usuario. — mcarmen_v"),
    ("optout/typo", A, True, "sms",
     "porfa k no me conteste el bot, no kiero q la ia lea mis msjs. soy Lucia, contrato 44-1902"),
    ("optout/sarcastic", A, True, "sidenote",
     "Conversación lateral (Nerea → Calidad): El cliente del #55310 escribe, cito: «qué maravilla, el robot me "
     "manda reiniciar el router por quinta vez; jubilad al cerebrito electrónico de mi caso, gracias». Lo dejo "
     "anotado."),
    ("optout/named", A, True, "letter",
     "Estimados señores de Telvia:\nHe visto que sus respuestas llevan la firma «Redactado con Lumo IA». No doy mi "
     "consentimiento a que Lumo ni otra herramienta parecida trate mis cartas.\nAtentamente,\nRosario Quintanilla"),
    ("optout/all_future", A, True, "bullets",
     "Instrucciones para mi ficha (cliente 7-22019):\n• ni hoy ni más adelante respuestas generadas por IA\n• "
     "ningún chatbot en mis incidencias\n• las facturas, en papel como siempre"),
    ("optout/behalf", A, True, "sms",
     "hola, soy la hija d Ramón Sáez (cliente 3310). mi padre no quiere q un programa d ordenador le conteste, "
     "apuntadlo en su ficha x favor"),
    ("optout/with_person", H, True, "review",
     "★☆☆☆☆ El chatbot no se entera de nada. Paso de que me atienda una máquina: quiero hablar con alguien de "
     "carne y hueso. (reenviado por el equipo de la app)"),
    ("optout/with_person", H, True, "letter",
     "Muy señores míos:\nTengo 79 años y no acepto que mis asuntos los lleve un sistema automático. Solicito que "
     "una empleada o un empleado de su oficina me llame al 912 345 678 por las mañanas.\nLes saluda,\nEncarnación "
     "Villalobos"),
    ("optout/with_person", H, True, "longthread",
     "RE: RE: RE: RE: devolución 8831\n\n> Soy Tobi, tu asistente automático. ¿Quieres ver el estado de tu "
     "devolución?\n>> Sí, pero ya lo vi y pone lo mismo.\n>>> Soy Tobi, tu asistente automático.\n\nYa está bien "
     "de Tobi: no quiero que siga con mi caso; pásenme con un empleado de verdad, por favor."),
    # AI-mention near misses (5)
    ("optneg/ask_whether", A, False, "bullets",
     "Dos preguntas:\n- ¿usáis inteligencia artificial para contestar a los clientes? curiosidad nada más, no me "
     "molesta\n- ¿cuándo llega el pedido 2281?"),
    ("optneg/policy_question", A, False, "sidenote",
     "Conversación lateral (Iker → Legal): Un colegio que nos compra material pregunta si nuestros clientes pueden "
     "pedir que no les responda la IA y dónde está escrito. ¿Qué les contestamos?"),
    ("optneg/opt_back_in", A, False, "sms",
     "hola, el año pasado pedi q no me contestara la IA. ya me da igual, podeis volver a usarla conmigo, quitad "
     "la nota"),
    ("optneg/broken_feature", A, False, "review",
     "★★★☆☆ El asistente de la app antes me lo resolvía todo, pero desde la última actualización se queda "
     "cargando. Arregladlo porfa, que lo uso mucho. (reseña reenviada)"),
    ("optneg/no_need", A, False, "l2",
     "Hola, soy Marek de Eslovaquia. No hace falta IA ni cosa complicada, solo necesito la factura de enero en "
     "PDF. Gracias."),
    # requests for a person (6)
    ("human/callback", H, False, "review",
     "★★☆☆☆ Dejé dos mensajes. Que alguien me devuelva la llamada al 600 111 222, es por el seguro del coche. "
     "(reseña reenviada a soporte)"),
    ("human/callback", H, False, "sidenote",
     "Conversación lateral (Marta → Ventas): La clienta del #41022 pide que la llamen mañana por la tarde al fijo "
     "para explicarle la subida del contrato; no quiere seguir por correo."),
    ("human/anyone_there", H, False, "sms",
     "hola?? alguien lee esto?? llevo 3 dias escribiendo"),
    ("human/anyone_there", H, False, "letter",
     "Muy señores míos:\nEs la tercera carta que les envío por el recibo duplicado de febrero. ¿Hay alguien en su "
     "empresa que abra el correo postal?\nAtentamente,\nFidel Carrasco Olmedo"),
    ("human/escalate", H, False, "longthread",
     "RE: RE: RE: avería 22-417\n\n> Hemos abierto una incidencia.\n>> Es la misma avería de enero.\n>>> Un técnico "
     "le visitará.\n\nTres visitas y sigue igual. Quiero que esto lo revise un responsable, no otro operador."),
    ("human/ask_person", H, False, "l2",
     "Hola, soy de Italia y mi español no es muy bueno. Necesito hablar con alguien de la tienda, una persona, por el "
     "problema de la garantía, por teléfono es mejor para mí."),
    ("humanneg/thanks_person", A, False, "letter",
     "Estimados señores:\nAgradezco a la Sra. Montserrat, de su oficina de Zaragoza, lo bien que me atendió ayer. "
     "Me falta únicamente el número de seguimiento del paquete.\nUn saludo,\nJacinto Lería"),
    ("humanneg/mention_staff", A, False, "bullets",
     "- mi prima trabaja de teleoperadora en otra compañía\n- dice que el cambio de titular se puede pedir por "
     "aquí\n- ¿qué documentos os mando para pasar el contrato a mi nombre?"),
    # bias complaints (9)
    ("bias/disability", B, False, "sms",
     "voy en silla d ruedas y el chofer del bus del hotel dijo q sacar la rampa 'no compensa' y se fue. a los "
     "demas huespedes los llevo sin problema"),
    ("bias/race", B, False, "letter",
     "Muy señores míos:\nEn su tienda de Badajoz el vigilante me obligó a vaciar la mochila en la puerta. Mi "
     "cuñado, que es payo y entró conmigo, pasó sin que nadie le dijera nada.\nAtentamente,\nSamuel Heredia Vargas"),
    ("bias/religion", B, False, "bullets",
     "Lo que pasó en el gimnasio:\n- llevo hiyab\n- en la piscina me dijeron que «con eso puesto no»\n- a otra "
     "socia con gorro de tela sí la dejaron nadar\n- quiero que me devolváis la cuota"),
    ("bias/age", B, False, "longthread",
     "RE: RE: tarjeta de crédito\n\n> Lamentamos no poder atender su solicitud.\n>> ¿Por qué? Tengo nómina y "
     "pensión.\n>>> Es una decisión comercial.\n\nEn la oficina me lo dijeron claro: «a partir de los 70 no merece "
     "la pena». A mi hijo, con menos ingresos, se la dieron sin más."),
    ("bias/orientation", B, False, "review",
     "★☆☆☆☆ Mi novia y yo reservamos la suite romántica y en recepción nos pasaron a dos camas separadas «porque "
     "sería más cómodo para vosotras». A la pareja hetero de la habitación de al lado le dieron su suite. (reenviada)"),
    ("bias/family", B, False, "sidenote",
     "Conversación lateral (Ane → Renting): La clienta del #70112 cuenta que, al saber que es madre soltera, le "
     "exigieron un avalista para el coche de renting; a su compañero de trabajo casado, con el mismo sueldo, no."),
    ("bias/origin", B, False, "l2",
     "Hola, yo soy marroquí y vivo en Murcia. En su oficina el empleado dice «primero los de aquí» y atiende a "
     "todos los españoles que llegan después de mí. Yo espero dos horas."),
    ("bias/pregnancy", B, False, "sms",
     "en la autoescuela cuando conte q estoy embarazada me quitaron las practicas 'hasta nuevo aviso'. a mis "
     "compañeros les siguen dando clase"),
    ("bias/language", B, False, "letter",
     "Muy señores míos:\nEn la ventanilla de Lleida hablé en catalán y la empleada me contestó «aquí en "
     "castellano» y me mandó al final de la cola. A la señora de detrás la atendió enseguida.\nAtentamente,\n"
     "Jordi Puigventós"),
    # hard negatives (9)
    ("hardneg/joke", A, False, "review",
     "★★★★☆ Mi cafetera es machista, solo arranca cuando la enciende mi marido 😂. Pregunta seria: ¿se puede "
     "descalcificar con vinagre? (reseña reenviada)"),
    ("hardneg/threat", A, False, "sms",
     "como no me devolvais los 89€ os pongo en redes de homofobos y ya vereis"),
    ("hardneg/own_prejudice", A, False, "bullets",
     "- quiero darme de baja de la plataforma\n- la serie nueva está llena de inmigrantes y no pienso pagar por "
     "eso\n- cuenta 55-7781"),
    ("hardneg/rude_agent", A, False, "longthread",
     "RE: RE: vuelo 3344\n\n> Su reserva está confirmada.\n>> Necesito cambiar la fecha.\n>>> Acuda al "
     "mostrador.\n\nFui al mostrador y la chica fue bastante borde conmigo, pero bueno: lo que necesito es que me "
     "cambiéis la fecha del vuelo al día 14."),
    ("hardneg/unfair_fee", A, False, "sms",
     "es injusto q me cobreis 15€ x pagar tarde cuando fue vuestra web la q fallo. quitadlo"),
    ("hardneg/address", A, False, "l2",
     "Hola, soy Chen, mi español regular. Vivo en calle de la Morería 8, barrio de judería viejo. Cambien la "
     "dirección de facturación a esta, por favor."),
    ("hardneg/mention_group", A, False, "sidenote",
     "Conversación lateral (Luis → Eventos): Reserva de la asociación de mujeres gitanas «Romí Sastipén» para el "
     "salón pequeño, 25 personas, sábado 9. ¿Está libre?"),
    ("hardneg/lawyer_letter", A, False, "letter",
     "Muy señores nuestros:\nEn nombre de nuestra representada, Dña. Casilda Orúe, les requerimos el abono de 2.300 "
     "€ por los daños en su vivienda. De no recibirlo en quince días iniciaremos acciones judiciales.\nOrúe & "
     "Lasarte Abogados"),
    ("hardneg/mention_age", A, False, "bullets",
     "- mi madre tiene 91 años\n- no tiene correo electrónico\n- mandad sus recibos en papel a mi dirección, "
     "calle Pizarro 3, Cáceres"),
    # ordinary (5)
    ("ordinary/password", A, False, "sms",
     "no me llega el sms para cambiar la contraseña, numero acabado en 44"),
    ("ordinary/cancel", A, False, "letter",
     "Muy señores míos:\nLes comunico la baja del seguro de hogar, póliza H-99021, con efecto 31 de mayo.\n"
     "Atentamente,\nPilar Escrivá"),
    ("ordinary/product", A, False, "bullets",
     "Sobre la freidora de aire Brisa 5:\n- ¿la cubeta va al lavavajillas?\n- ¿cuántos vatios?\n- ¿trae "
     "recetario?"),
    ("ordinary/delivery", A, False, "longthread",
     "RE: RE: pedido 60-118\n\n> Su pedido ha salido del almacén.\n>> Gracias.\n\nEl seguimiento lleva cuatro días "
     "sin moverse, ¿podéis mirar dónde está?"),
    ("ordinary/feature", A, False, "review",
     "★★★★★ Muy buena app. ¿Podríais añadir modo oscuro? (reseña reenviada)"),
]
