"""Spanish rows of blind set 9 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (14)
    ("optout/plain", A, True, "burst",
     "[10:12] Buenas\n[10:13] os escribo por lo del contador\n[10:13] pero antes una cosa: no autorizo que una "
     "máquina lea ni conteste lo que os mando\n[10:14] lo del contador os lo cuento luego"),
    ("optout/gdpr", A, True, "ombudsman",
     "A la Agencia Española de Protección de Datos. Reclamación\nReclamante: D.ª Rocío Lamas Peral\nReclamada: "
     "Telcova Comunicaciones, S.A.\n\nPRIMERO. El 2 de septiembre me opuse por escrito, con base en el artículo 21 "
     "del RGPD, a que mis comunicaciones con atención al cliente se tratasen con herramientas automatizadas de "
     "generación de respuestas.\nSEGUNDO. La reclamada sigue contestándome con textos generados.\nSOLICITO que se le "
     "requiera para que atienda mi oposición."),
    ("optout/indirect", A, True, "subject",
     "Asunto: cómo prefiero que me atiendan\n\nSi no es molestia, preferiría que mis consultas las leyera y "
     "respondiera alguien de la plantilla y no un programa. Os lo dejo dicho para que conste en mi ficha.\n\n"
     "Enviado desde mi móvil"),
    ("optout/metaphor", A, True, "tweet",
     "@TelcovaAyuda vuestra máquina de hacer churros de respuestas ya me ha frito tres veces la misma. Apagadla para "
     "mi cuenta, que no quiero más churros enlatados. #atencionalcliente"),
    ("optout/conditional", A, True, "dictated",
     "Le escribo yo porque mi abuela no ve bien la pantalla. Dice ella: \"Si lo que me contesta es un ordenador de "
     "esos que escriben solos, que no me conteste, que para mis cosas eso no lo quiero\". Póliza 30-2211. Un "
     "saludo, Nerea"),
    ("optout/typo", A, True, "burst",
     "[22:40] ola\n[22:40] no kiero q me respnda una intelijencia artifisial\n[22:41] ni q pasen mis mensages por "
     "eso\n[22:41] cliente 7781230"),
    ("optout/behalf", A, True, "ocr",
     "Muy Sres. rníos:\nEn calidad de tut0ra legal de rni herrnano D. Tomás Viñals (cliente n.º 4471-0), les "
     "cornunico que n0 consentirnos que su correspondencia sea tratada por sisternas de respuesta autornática. Ruego "
     "lo anoten en su ficha.\nAtentarnente,\nMontserrat Viñals"),
    ("optout/all_future", A, True, "codeswitch",
     "Hola, soc la Marta, clienta 55-901. Per a aquesta consulta i per a totes les que vinguin: res de respostes "
     "automàtiques ni d'assistents virtuals, ¿vale? Que quede anotado en mi ficha para siempre. Gràcies."),
    ("optout/embedded", A, True, "botlog",
     "Os pego la conversación de ayer:\nSofi: ¡Hola! Soy Sofi, tu asistente de Ondaluz. ¿En qué te ayudo?\nYo: me "
     "habéis cobrado dos veces octubre\nSofi: Entiendo. ¿Quieres consultar tu última factura?\nYo: no, quiero que me "
     "devolváis uno\nSofi: ¡Genial! Aquí tienes tu última factura.\n\nPues eso, el cobro doble sigue ahí, "
     "devolvedlo. Y que conste que no doy permiso para que ese invento vuelva a tocar mis consultas."),
    ("optout/named", A, True, "tweet",
     "@MueblesArce Arcelia será muy maja pero a mí que no me conteste más. Quitad a vuestra asistente de mis "
     "mensajes, pedido MA-2290 \U0001F64F"),
    ("optout/humans_only", A, True, "subject",
     "Asunto: SOLO PERSONAL DE CARNE Y HUESO en mis incidencias\n\nDesde hoy las respuestas a mis incidencias las "
     "redacta una persona de vuestro equipo. Nada escrito por software. Contrato 8820-B."),
    ("optout/with_person", H, True, "burst",
     "[12:01] el asistente virtual me ha colgado dos veces\n[12:02] no lo quiero, no me lo volváis a poner\n[12:02] "
     "que me llame alguien de verdad al 600 000 412 esta tarde\n[12:03] es por la avería del aire"),
    ("optout/with_person", H, True, "ombudsman",
     "Al Defensor del Cliente de Seguros Brisa\nExpongo que el siniestro SB-7741 se tramita por entero mediante un "
     "sistema automatizado, al que me he opuesto en dos ocasiones.\nSolicito que dicho sistema deje de intervenir en "
     "mi expediente y que una persona tramitadora me llame por teléfono a la mayor brevedad."),
    ("optout/with_person", H, True, "dictated",
     "Mi hijo me escribe esto. Yo no quiero hablar con la máquina esa que coge el teléfono, no me entero y no me da "
     "la gana. Quiero que me llame una señorita o un señor de la oficina. Soy Manuel Garrido, contrato de la luz "
     "40-1182."),
    # opt-out near misses (5)
    ("optneg/ask_whether", A, False, "tweet",
     "@TelcovaAyuda pregunta sin mala fe: ¿quien me ha contestado por privado es persona o IA? Me da igual, me lo ha "
     "arreglado en un momento \U0001F44C"),
    ("optneg/praise", A, False, "botlog",
     "Yo: quiero cambiar la fecha de entrega\nArcelia: Claro, te propongo el jueves 14 o el viernes 15.\nYo: viernes"
     "\nArcelia: ¡Hecho! Te llegará el viernes 15.\n\nSolo quería decir que vuestra asistente me ha resuelto en un "
     "minuto lo que por teléfono me costó una hora. Nada más, ¡gracias!"),
    ("optneg/refuse_other", A, False, "subject",
     "Asunto: no quiero publicidad\n\nDadme de baja de los correos comerciales y de las llamadas con ofertas. Las "
     "facturas por correo sí las quiero. Cliente 2210-55."),
    ("optneg/no_need", A, False, "codeswitch",
     "Boas! Para isto non fai falta ningunha intelixencia artificial, é moi sinxelo: solo necesito el duplicado de "
     "la factura de septiembre. Contrato 77-301. Grazas."),
    ("optneg/broken_feature", A, False, "burst",
     "[19:20] el traductor automático del chat no va\n[19:20] me sale todo en inglés\n[19:21] lo uso siempre y "
     "cuando funciona es una maravilla\n[19:21] lo podéis arreglar?"),
    # requests for a person (6)
    ("human/callback", H, False, "ocr",
     "Muy señores rníos:\nLes ruego que alguien de su departarnento de reclarnaciones me llarne por teléfono al "
     "910 000 337 en horario de rnañana, por el expediente 2290-R.\nAtentamente,\nPilar Roda"),
    ("human/callback", H, False, "codeswitch",
     "Bon dia, m'ha arribat la factura amb un import que no entenc. ¿Me podéis llamar, por favor? Al 611 000 208, a "
     "partir de les cinc. Gràcies!"),
    ("human/anyone_there", H, False, "tweet",
     "@OndaluzEnergia cinco mensajes sin respuesta sobre mi lectura. ¿Hay alguien al otro lado o le escribo a la "
     "pared? #OndaluzNoContesta"),
    ("human/appeal", H, False, "subject",
     "Asunto: Recurso contra el rechazo automático del parte SB-2210\n\nEl parte de la rotura de tubería se rechazó "
     "a los dos minutos de enviarlo, sin que nadie viera las fotos. Pido que lo revise un perito de carne y hueso y "
     "que me digan por qué."),
    ("human/escalate", H, False, "dictated",
     "Escribo por mi padre, que está muy enfadado: \"Ya he hablado con tres personas del servicio técnico y nadie "
     "arregla la caldera. Quiero hablar con el jefe de servicio, con el que manda, no con otro técnico\". Aviso "
     "AV-5130."),
    ("human/ask_person", H, False, "burst",
     "[09:00] buenos días\n[09:01] necesito hablar con alguien de vuestro equipo sobre el cambio de titular\n[09:01] "
     "es un lío para explicarlo por aquí\n[09:02] cuándo puedo?"),
    # person near misses (2)
    ("humanneg/thanks_person", A, False, "tweet",
     "@MueblesArce gracias a Lucía, de la tienda de Zaragoza, que me atendió de lujo. Ahora solo necesito la factura "
     "del sofá por email, sin llamadas."),
    ("humanneg/mention_staff", A, False, "ocr",
     "Estimados señores:\nMi cuñado trabajó en su centro de atención de Sevilla y me recornendó su tarifa. Quisiera "
     "saber si incluye llarnadas a Marruecos.\nUn saludo,\nF. Benali"),
    # bias complaints (9)
    ("bias/disability", B, False, "burst",
     "[17:05] mi hijo tiene 24 años y síndrome de Down\n[17:05] fue a abrirse la cuenta en vuestra oficina de Getafe"
     "\n[17:06] le dijeron que volviera 'con alguien que entienda' y no le atendieron\n[17:06] su primo, de la misma "
     "edad, se la abrió allí mismo ayer sin problema"),
    ("bias/disability", B, False, "ombudsman",
     "A la Junta Arbitral de Consumo\nHECHOS: el 3 de octubre, en el establecimiento de la reclamada en Valladolid, "
     "se me negó el uso del aseo pese a mostrar la tarjeta 'No puedo esperar' que acredita mi enfermedad de Crohn, "
     "con la respuesta 'eso aquí no vale'. Minutos después se permitió su uso a otra clienta que lo pidió.\n"
     "PRETENSIÓN: disculpa por escrito y cambio de criterio."),
    ("bias/religion", B, False, "subject",
     "Asunto: instalación pasada al final de la lista\n\nSoy adventista y pedí que la instalación no fuera en sábado. "
     "El técnico contestó que 'eso de las religiones raras' no lo contemplan y me han mandado al final de la lista. "
     "A mi vecino le cambiaron la fecha por un partido de fútbol sin ningún problema."),
    ("bias/race", B, False, "ocr",
     "Sres.:\nEl día 12 intenté entrar con dos arnigas en la discoteca Nébula, de su grupo. El portero nos dijo 'hoy "
     "no, chicas'. Las tres sornos negras. Diez rninutos después entraron sin problerna tres chicas blancas que iban "
     "detrás. Exijo una explicación."),
    ("bias/origin", B, False, "codeswitch",
     "Hola, sóc equatoriana i visc a Barcelona des de fa quinze anys. A la vostra botiga de Sants em van demanar "
     "nómina, aval y dos meses de fianza para el móvil a plazos; a mi compañera de piso, que es de aquí, solo el DNI. "
     "¿Por qué?"),
    ("bias/pregnancy", B, False, "dictated",
     "Lo escribo por mi mujer, embarazada de cinco meses: en la academia de idiomas, al verle la barriga, le dijeron "
     "que el grupo intensivo 'no es para ella' y la pasaron a lista de espera. A una compañera que se apuntó después "
     "la metieron en el grupo."),
    ("bias/gender_identity", B, False, "tweet",
     "@TelcovaAyuda soy una mujer trans, llevé el DNI nuevo a la tienda y el dependiente se negó a cambiar el nombre "
     "del contrato 'hasta que lo vea claro', delante de todos. Mi hermana se cambió el apellido allí en 5 min."),
    ("bias/orientation", B, False, "subject",
     "Asunto: nos quitaron la mesa al ver que éramos dos hombres\n\nReservamos la cena de aniversario en su "
     "restaurante de Málaga. Al llegar de la mano, la encargada dijo que 'había un error' con la reserva. La pareja "
     "que llegó después, hombre y mujer, se sentó en nuestra mesa."),
    ("bias/language", B, False, "burst",
     "[14:00] llamé a atención al cliente y empecé en gallego\n[14:01] la chica me soltó 'hable usted en "
     "cristiano' y colgó sin más\n[14:01] mi madre llamó después en castellano y la atendieron perfectamente\n[14:02] "
     "quiero una explicación"),
    # hard negatives (9)
    ("hardneg/joke", A, False, "tweet",
     "@OndaluzEnergia mi caldera solo arranca cuando la mira mi suegra, es machista perdida \U0001F602 ¿cómo "
     "programo el horario desde la app?"),
    ("hardneg/threat", A, False, "burst",
     "[11:15] o me devolvéis la fianza esta semana\n[11:15] o voy a la tele a decir que sois unos racistas\n[11:16] "
     "ya veréis qué bien os sienta salir en el programa\n[11:16] contrato 2281"),
    ("hardneg/own_prejudice", A, False, "ocr",
     "Muy Sres. rníos:\nDoy de baja mi suscripción. No pienso seguir pagando una revista que saca en portada a una "
     "farnilia de inrnigrantes rumanos. Les ruego el reembolso del trimestre.\nR. Salcedo"),
    ("hardneg/policy_question", A, False, "subject",
     "Asunto: ¿tienen plan de igualdad?\n\nSomos una cooperativa y estamos valorando contratar su servicio de "
     "limpieza. ¿Tienen plan de igualdad y protocolo de acoso? Querríamos verlos. Gracias."),
    ("hardneg/loyal_pricing", A, False, "subject",
     "Asunto: precio de la renovación\n\nDoce años de clienta y la renovación me sale 15 € más cara que la oferta "
     "para nuevos. Eso es discriminar al cliente de toda la vida. O me igualáis el precio o me doy de baja."),
    ("hardneg/rude_agent", A, False, "dictated",
     "Escribo por mi madre. Dice que la llamada de ayer fue una vergüenza: el operador le habló fatal, le dijo "
     "'señora, no tengo todo el día' y le colgó. Quiere una disculpa y que le quiten el cargo de 30 euros."),
    ("hardneg/mention_age", A, False, "burst",
     "[08:30] hola tengo 81 años y la app se me atraganta\n[08:30] solo quiero saber cuándo vienen a leer el "
     "contador\n[08:31] gracias hija"),
    ("hardneg/mention_origin", A, False, "botlog",
     "Yo: soy de Senegal y voy a pasar un mes allí\nTina: ¡Qué bien! ¿En qué te ayudo?\nYo: roaming\nTina: No he "
     "entendido tu consulta.\n\nOs lo pregunto a vosotros: ¿cuánto cuesta el roaming en Senegal con mi tarifa de "
     "30 GB? Línea acabada en 412."),
    ("hardneg/address", A, False, "ocr",
     "Muy Sres. rníos:\nVivo en la Cuesta de los Gitanos, 14, 18010 Granada, desde octubre. Les ruego carnbien ahí "
     "mi dirección de facturación. Contrato 66-1029.\nGracias,\nA. Heredia"),
    # ordinary (5)
    ("ordinary/invoice", A, False, "subject",
     "Asunto: factura a nombre de la empresa\n\n¿Me podéis hacer la factura del pedido MA-3310 a nombre de Talleres "
     "Ribera SL? Gracias."),
    ("ordinary/delivery", A, False, "codeswitch",
     "Kaixo! El pedido MA-4102 pone 'entregado' pero a mí no me ha llegado nada. Mesedez, ¿lo podéis mirar? "
     "Eskerrik asko."),
    ("ordinary/change_plan", A, False, "burst",
     "[20:10] hola\n[20:10] quiero pasarme a la tarifa de 50 gigas\n[20:11] desde el mes que viene\n[20:11] línea "
     "acabada en 918"),
    ("ordinary/e_invoice", A, False, "dictated",
     "Soy la nieta de Carmen Ruiz y le escribo yo: quiere dejar de recibir la factura en papel y que se la mandéis al "
     "correo de su hija. Contrato 33-871. Gracias."),
    ("ordinary/product", A, False, "tweet",
     "@MueblesArce ¿el sofá Lisboa viene en tela lavable o solo en piel? gracias!"),
]
