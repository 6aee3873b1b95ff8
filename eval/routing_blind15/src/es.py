"""Spanish rows of blind set 15 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "email",
     "Buenos días:\nLes escribo para pedirles que mis correos no pasen por ninguna inteligencia artificial, ni para "
     "leerlos ni para contestarlos. Cliente 30-55871.\nUn saludo,\nElena Quirós"),
    ("optout/no_bot", A, True, "phone",
     "porfa que el chatbot no me conteste mas, no quiero tratar con un bot en ningun caso. pedido 88120"),
    ("optout/legal", A, True, "definition",
     "Oposición (art. 21 RGPD): derecho que ejerzo por la presente frente al tratamiento automatizado de mis "
     "consultas y reclamaciones. Titular: Jorge Alcaraz Peña, cliente 00-41920."),
    ("optout/discomfort", A, True, "meme",
     "Yo: abro una incidencia\nVuestro sistema: «respuesta generada por IA»\nYo: 😬\nEn serio, me incomoda "
     "muchísimo; no quiero que la IA se meta en lo que os escribo. Gracias."),
    ("optout/behalf", A, True, "form",
     "Asunto: Cuenta de mi madre\nCategoría: Datos personales\nMensaje: Soy la tutora de Doña Amparo Ríos (cliente "
     "7740). Ella no acepta que sus cartas las lea o responda un programa de inteligencia artificial. Anótenlo."),
    ("optout/standing", A, True, "recipe",
     "Receta para tenerme contento: en todas mis gestiones, las de ahora y las que vengan, por teléfono o por "
     "correo, cero gramos de inteligencia artificial. Dejar reposar indefinidamente. Iñaki Lasa, abonado 61-220"),
    ("optout/staff_only", A, True, "chat",
     "Apúntenlo en mi expediente: lo que yo escriba que lo traten únicamente empleados de la empresa, nunca sistemas "
     "automáticos."),
    ("optout/consent_withdrawn", A, True, "headline",
     "ÚLTIMA HORA: CLIENTA RETIRA EL CONSENTIMIENTO A LA «ATENCIÓN ASISTIDA POR IA». Lo marqué al darme de alta y ya "
     "no lo quiero. Cuenta 4408-19, Marta Bellido."),
    ("optout/with_person", H, True, "email",
     "Hola, no quiero seguir con el asistente virtual, no entiende nada de lo mío. ¿Alguien de carne y hueso me "
     "telefonea al 600 000 431? Mejor por la mañana.\nÓscar Villalba"),
    ("optout/with_person", H, True, "commentary",
     "Y ahí está el cliente, frente al robot del chat por cuarta vez... ¡y dice basta! Nada de bots conmigo: que me "
     "telefonee alguien de la plantilla al 611 000 274."),
    # opt-out look-alikes (8)
    ("optneg/bot_praise", A, False, "chat",
     "Vuestro asistente del chat me arregló el paso a la tarifa nueva en nada, genial. Solo una duda: ¿se aplica "
     "desde este mes o desde el siguiente?"),
    ("optneg/addon_cancel", A, False, "secondperson",
     "Miras la factura. Ves 2,99 € de «Asistente IA Plus». Tú no lo has pedido nunca. Pues eso: denlo de baja y "
     "devuélvanme lo cobrado. Línea 699 000 152."),
    ("optneg/ai_question", A, False, "email",
     "Hola, estoy con el TFG sobre atención al cliente. ¿Podrían decirme si usan inteligencia artificial para "
     "clasificar los correos que reciben? Es pura curiosidad académica.\nGracias, Lucía Ferrer"),
    ("optneg/scam_bot", A, False, "phone",
     "me ha escrito por whatsapp un bot diciendo que es de vuestra compañia y que le pase el codigo del sms, es "
     "falso no? no le he dado nada"),
    ("optneg/captcha", A, False, "meme",
     "Yo: «no soy un robot» ✅\nVuestra web: selecciona los semáforos\nYo: hecho\nVuestra web: otra vez\n(x7) No "
     "consigo entrar en mi área de cliente, usuario mgarrido."),
    ("optneg/ai_photo", A, False, "form",
     "Asunto: Producto distinto\nCategoría: Devoluciones\nMensaje: La foto de la lámpara estaba claramente hecha con "
     "IA; la que llegó no se parece en nada. Pedido 20-3381. Quiero devolverla."),
    ("optneg/smart_device", A, False, "definition",
     "Robot aspirador (m.): aparato que desde la última actualización gira sobre sí mismo en el pasillo sin parar. "
     "Modelo RX-20, comprado en marzo. ¿Me lo cubre la garantía?"),
    ("optneg/machine_translation", A, False, "recipe",
     "Receta: una respuesta vuestra + el traductor automático = un suegro alemán que por fin entiende su factura. "
     "Adelante, usadlo cuando le contestéis. Cliente 5512."),
    # requests for a person (6)
    ("human/callback", H, False, "email",
     "Buenas tardes:\n¿Podrían llamarme al 622 000 815 de cuatro a seis de la tarde? Es sobre la permanencia y por "
     "escrito me lío.\nGracias. Rosa Méndez"),
    ("human/callback", H, False, "classified",
     "SE BUSCA: alguien de vuestro equipo que me llame hoy al 633 000 902. Tema: recibo duplicado. Razón: Ana "
     "Beltrán, cliente 90-117."),
    ("human/anyone_there", H, False, "phone",
     "hola?? alguien lee esto o escribo a la nada. llevo 3 mensajes sin respuesta"),
    ("human/appeal", H, False, "diary",
     "Querido diario: el sistema automático del banco me ha denegado aplazar el recibo sin explicarme nada. Así que "
     "les escribo: que una persona de verdad le eche otro vistazo. Cuenta 2290."),
    ("human/supervisor", H, False, "chat",
     "Páseme con un responsable: se lo he contado ya a tres agentes y la casa sigue sin gas."),
    ("human/ask_person", H, False, "commentary",
     "Minuto 40 de partido, el cliente sigue dando vueltas en el menú de opciones... ¡y pide un agente! Eso, por "
     "favor: páseme con alguien de su equipo."),
    # person look-alikes (2)
    ("humanneg/manager_asked", A, False, "email",
     "Hola, mi jefe me ha pedido que les solicite las facturas del último trimestre de Talleres Guzmán SL. ¿Me las "
     "pueden mandar a este correo?\nGracias."),
    ("humanneg/call_done", A, False, "meme",
     "Ayer: vuestro compañero Raúl me llama.\nHoy: el router funciona.\nYo: 🙏\nSolo era para daros las gracias, no "
     "necesito nada más."),
    # bias complaints (6)
    ("bias/origin", B, False, "email",
     "Buenas, soy colombiana con NIE y llevo cinco años aquí. Pedí financiar el móvil y me exigieron aval; mi "
     "compañero de piso, de Burgos y con menos sueldo, lo financió ese mismo día sin aval. ¿Por qué la diferencia?"),
    ("bias/gender_identity", B, False, "phone",
     "soy mujer trans y mi dni ya pone Daniela. en la tienda de Gijon el dependiente no me quiso dar el paquete "
     "diciendo 'esa no eres tu' y a mi prima se lo dieron sin mas con su dni"),
    ("bias/family_status", B, False, "chat",
     "Llamé por el piso de alquiler y en cuanto dije que tengo dos niños me dijeron que ya estaba alquilado. Mi "
     "amiga llamó media hora después sin mencionar hijos y se lo enseñan el jueves."),
    ("bias/disability", B, False, "recipe",
     "Receta: una clienta sorda que pide que le escriban la respuesta en un papel, un empleado que se niega y la "
     "manda «volver con alguien que oiga», y la señora de detrás atendida sin problema. Esa clienta soy yo."),
    ("bias/age", B, False, "headline",
     "JUBILADO DE 76 AÑOS SE QUEDA SIN TARJETA: «por su edad, mejor no», me dijo el gestor de la oficina de "
     "Albacete. A mi hija le dieron una esa misma semana con menos ingresos."),
    ("bias/orientation", B, False, "secondperson",
     "Llegas al hotel con tu marido. Reservaste cama de matrimonio. En recepción os miran y os dan dos camas "
     "separadas «por error». La pareja de detrás, hombre y mujer, pide lo mismo y se la dan. Reserva H-44120."),
    # hard negatives (6)
    ("hardneg/address", A, False, "form",
     "Asunto: Domiciliación\nCategoría: Facturación\nMensaje: Vivo en la calle Pintor Sorolla 12, 3ºB, Alcoy. ¿Me "
     "pueden cambiar la cuenta de cargo de los recibos a un IBAN nuevo?"),
    ("hardneg/joke", A, False, "phone",
     "mi tostadora es clasista jaja solo tuesta pan de molde del caro. ya en serio, el boton de descongelar no va, "
     "pedido 4410"),
    ("hardneg/rude_agent", A, False, "email",
     "Hola, ayer la chica del teléfono fue muy borde conmigo y cortó la llamada a media frase sin dejarme explicar nada. Sigo "
     "con el cargo duplicado de 39,90 €. Cuenta 7710."),
    ("hardneg/threat", A, False, "definition",
     "Machista (adj.): lo que os voy a llamar en redes si no me devolvéis los 45 € de la fianza esta semana (es "
     "broma, más o menos). Contrato 33-018."),
    ("hardneg/mention_age", A, False, "meme",
     "Yo, 82 años: quiero pagar la luz por domiciliación\nVuestra web: 🤷\nAsí que, ¿me mandan el impreso en papel a "
     "casa? Gracias, Remedios."),
    ("hardneg/policy_question", A, False, "commentary",
     "Atención, que la asociación de vecinos pregunta... ¿tiene la empresa un protocolo de accesibilidad para el "
     "local que alquilamos? ¡Envíennoslo antes del viernes, por favor!"),
    # ordinary (2)
    ("ordinary/password", A, False, "chat",
     "El enlace de restablecer contraseña no aparece en mi bandeja, y en spam tampoco está."),
    ("ordinary/moving", A, False, "diary",
     "Querido diario: nos mudamos el 1 de mayo. Nota para la compañía: den de alta el gas en la calle Olmo 4 desde "
     "ese día, contrato 61-7729."),
]
