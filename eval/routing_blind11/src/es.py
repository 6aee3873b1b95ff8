"""Spanish rows of blind set 11 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "polite",
     "Disculpen la molestia, no quisiera parecer desagradecida, pero si no es mucho pedir preferiría que "
     "ninguna inteligencia artificial leyera mis mensajes. Les quedo muy agradecida de antemano."),
    ("optout/nochatbot", A, True, "autocorrect",
     "perdón escribo desde el móvil, no kiero q me conteste el chatbot, el chat no, el chatbot (el corrector "
     "me pone chatarra jaja)"),
    ("optout/gdpr", A, True, "footer",
     "Al amparo de los artículos 21 y 22 del RGPD ejerzo mi oposición: mis datos y consultas no deben tratarse con "
     "sistemas automatizados o de IA.\n\nLuisa Ferrán\n--\nAVISO LEGAL: "
     "El contenido de este correo y de sus adjuntos es "
     "reservado y se dirige exclusivamente a su destinatario. Si le ha llegado por equivocación, comuníquelo "
     "al remitente y bórrelo. Conforme a la LOPDGDD, puede ejercer sus derechos escribiendo a la dirección "
     "indicada."),
    ("optout/indirect", A, True, "turn",
     "Les escribía por el cambio de titular del contrato... y aprovecho: lo de que ahora respondan con "
     "asistente automático a mí no me convence, prefiero de verdad que mis cosas no pasen por ahí."),
    ("optout/behalf", A, True, "agent",
     "Como gestor administrativo de la Sra. Benítez (autorización adjunta), les comunico que mi clienta no "
     "acepta que un robot ni ningún sistema de IA atienda sus reclamaciones."),
    ("optout/all_future", A, True, "caps",
     "NI AHORA NI NUNCA. MIS CONSULTAS, SIN INTELIGENCIA ARTIFICIAL. PARA SIEMPRE, APÚNTENLO."),
    ("optout/conditional", A, True, "mktreply",
     "Asunto: RE: ¡Conoce a Brisa, tu asistente virtual!\n\nSi a partir de ahora la que me va a responder es "
     "Brisa, yo paso. Mis consultas fuera de ese asistente, gracias."),
    ("optout/humans_only", A, True, "selfqa",
     "¿Que si me da igual quién me conteste? Pues no. ¿Máquinas? Tampoco. Personas y solo personas, ¿vale?"),
    ("optout/with_person", H, True, "grievlist",
     "Les resumo:\n1) El contestador automático me ha colgado dos veces.\n2) No quiero que un robot lleve mi "
     "incidencia.\n3) Una persona de la oficina, por teléfono, al 600 000 412."),
    ("optout/with_person", H, True, "polite",
     "Con todo respeto, les ruego que mi caso no lo gestione la inteligencia artificial y que, cuando puedan, "
     "una persona de su equipo tenga la amabilidad de llamarme."),
    # opt-out near misses (8)
    ("optneg/ask_whether", A, False, "autocorrect",
     "oye una pregunta, el q me contesta es un robot o una persona?? no pasa nada eh, es curiosidad"),
    ("optneg/praise", A, False, "turn",
     "Venía a quejarme de la factura pero el asistente virtual ya me lo ha explicado todo y muy bien. Pues "
     "nada, enhorabuena a quien lo haya programado."),
    ("optneg/criticise", A, False, "caps",
     "EL CHATBOT ME HA DADO UN HORARIO EQUIVOCADO. YA FUI Y ESTABA CERRADO. ¿CUÁL ES EL HORARIO DE VERDAD?"),
    ("optneg/opt_back_in", A, False, "agent",
     "Como asesora fiscal del Sr. Iturbe, les informo de que retira su oposición anterior al uso de IA: "
     "pueden volver a atender sus consultas con el asistente automático."),
    ("optneg/refuse_other", A, False, "mktreply",
     "Asunto: RE: Ofertas exclusivas con IA para ti\n\nDejen de mandarme publicidad, por favor. No quiero "
     "recibir ni un correo comercial más."),
    ("optneg/policy_question", A, False, "selfqa",
     "¿Usan ustedes inteligencia artificial con los datos de los clientes? Supongo que sí. ¿Dónde se puede "
     "leer su política al respecto? Eso es lo que busco."),
    ("optneg/ai_fine", A, False, "polite",
     "Quería decirles, por si sirve de algo, que a mí no me importa en absoluto que me responda un sistema "
     "automatizado; lo importante es arreglar lo del recibo."),
    ("optneg/own_job", A, False, "grievlist",
     "Tres cosas:\n1) Soy ingeniera de IA y trabajo en remoto, la fibra se me corta cada hora.\n2) Ya he "
     "reiniciado el router.\n3) ¿Pueden mirar la línea?"),
    # requests for a person (6)
    ("human/callback", H, False, "autocorrect",
     "me pueden devolver la llamda porfa? estoy en el curro y no puedo esperar al telefono"),
    ("human/anyone_there", H, False, "selfqa",
     "¿Alguien lee esto? Empiezo a dudarlo. ¿Hay alguien al otro lado? Contesten, por favor."),
    ("human/appeal", H, False, "footer",
     "Pido la revisión humana de la denegación automática de mi solicitud de financiación n.º 88213.\n\n"
     "Atentamente,\nJ. Carmona\n--\nEste correo electrónico y, en su caso, cualquier fichero anexo contienen "
     "información confidencial. Si no es el destinatario, no está autorizado a leerlo."),
    ("human/escalate", H, False, "caps",
     "QUIERO HABLAR CON UN RESPONSABLE. YA. LLEVO UN MES CON ESTO."),
    ("human/ask_person", H, False, "agent",
     "Soy la secretaria de la notaría Robles. Necesitamos hablar con un empleado de su departamento de "
     "empresas sobre la cuenta del despacho."),
    ("human/callback", H, False, "turn",
     "Les escribo para darles la nueva dirección de envío... y de paso, ¿podría llamarme un técnico? El "
     "decodificador hace un ruido raro."),
    # person near misses (2)
    ("humanneg/no_call", A, False, "polite",
     "Les agradecería muchísimo que no me llamaran para ofrecerme más productos; estoy bien como estoy."),
    ("humanneg/thanks_agent", A, False, "mktreply",
     "Asunto: RE: ¿Qué tal te atendimos?\n\nMuy bien, Aitana fue un encanto. No hace falta que me llamen."),
    # bias (6)
    ("bias/race", B, False, "grievlist",
     "1) Fui a alquilar una furgoneta con mi DNI.\n2) Al verme, el empleado dijo \"a los gitanos no les "
     "alquilamos\".\n3) Mi vecina la alquiló esa tarde sin problema."),
    ("bias/religion", B, False, "polite",
     "Les ruego disculpen que lo mencione, pero soy testigo de Jehová y, al saberlo, su comercial me dijo que "
     "no me podían conceder el préstamo, cuando a mi hermano, con los mismos ingresos, sí."),
    ("bias/hiv", B, False, "agent",
     "Escribo como abogada de un cliente al que su aseguradora anuló la póliza dental en cuanto supo que vive "
     "con VIH; nada más cambió en su expediente."),
    ("bias/body_size", B, False, "autocorrect",
     "en el gimnasio me dijeron q con mi peso mejor no me apuntara, q \"esto no es para gente gorda\". a mi "
     "amiga delgada la apuntaron en el momento"),
    ("bias/disability", B, False, "selfqa",
     "¿Tengo fibrosis quística? Sí. ¿Es contagiosa? No. ¿Me negaron la mesa en el restaurante por toser? Sí, "
     "y a la de al lado, que estaba acatarrada, no."),
    ("bias/origin", B, False, "caps",
     "A MI MARIDO, QUE ES PARAGUAYO, LE PIDIERON CUATRO AVALES. A SU COMPAÑERO DE MADRID, NINGUNO. MISMO "
     "SUELDO."),
    # hard negatives (6)
    ("hardneg/joke", A, False, "autocorrect",
     "la tostadora q compré es una pija, el pan de barra no lo dora jajaja. bueno en serio, tiene garantia?"),
    ("hardneg/threat", A, False, "caps",
     "O ME DEVUELVEN EL DINERO O PONGO EN TODAS PARTES QUE SON UNOS RACISTAS. USTEDES VERÁN."),
    ("hardneg/own_prejudice", A, False, "turn",
     "Iba a renovar el seguro, pero he visto su anuncio con esa familia de dos madres y prefiero irme a otra "
     "compañía. Díganme cómo me doy de baja."),
    ("hardneg/policy_question", A, False, "selfqa",
     "¿Tienen un plan de igualdad? ¿Es público? ¿Dónde lo descargo? Lo pide mi universidad para un trabajo."),
    ("hardneg/loyal_pricing", A, False, "grievlist",
     "1) Cliente desde 2009.\n2) Pago más que cualquier cliente nuevo.\n3) Esto es discriminar a los fieles. "
     "¿Me igualan la tarifa?"),
    ("hardneg/mention_age", A, False, "footer",
     "Mi padre tiene 91 años y quiere pasar la factura a su nombre; ¿qué documentos necesitan?\n--\nEste "
     "mensaje es confidencial. Por favor, piense en el medio ambiente antes de imprimirlo."),
    # ordinary (2)
    ("ordinary/payment", A, False, "agent",
     "Soy la gestora de Panadería Olmedo. ¿Pueden cambiar la domiciliación de sus recibos a la nueva cuenta "
     "que les adjunto?"),
    ("ordinary/product", A, False, "mktreply",
     "Asunto: RE: Nuevos móviles de otoño\n\nEl modelo azul, ¿lo tienen con 256 GB? Gracias."),
]
