"""Spanish rows of blind set 14 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "asides",
     "Les escribo (por si no quedó claro la otra vez) para pedir que ninguna inteligencia artificial lea ni conteste "
     "mis consultas (cliente 40-7781, Murcia)."),
    ("optout/nochatbot", A, True, "telegram",
     "RECIBIDO SU AVISO STOP EL ASISTENTE VIRTUAL NO ME CONTESTA MÁS STOP QUE NO TOQUE MIS MENSAJES STOP"),
    ("optout/gdpr", A, True, "code",
     "// solicitud formal\nderecho: oposición (art. 21 RGPD) + art. 22\nobjeto: tratamiento automatizado de mis "
     "correos por su sistema de IA\nDNI: 00000000-T"),
    ("optout/indirect", A, True, "verse",
     "No es manía ni rareza, / pero me quita el sueño y la cabeza / que una máquina lea lo que escribo: / prefiero "
     "que no, y así vivo."),
    ("optout/behalf", A, True, "anecdote",
     "Pues resulta que mi madre, Remedios Alba, me pidió ayer que se lo dijera yo: no quiere que su programa de "
     "inteligencia artificial le gestione los mensajes. Soy su tutora legal."),
    ("optout/all_future", A, True, "footnote",
     "Adjunto el justificante de pago.¹\n\n¹ Y de aquí en adelante, en todos los canales: nada de bots ni de IA con "
     "lo que yo les mande."),
    ("optout/humans_only", A, True, "options",
     "Para mis consultas elijan: a) su chatbot b) su gente de plantilla. Quiero la b, siempre, y sin excepciones."),
    ("optout/consent_withdrawn", A, True, "sandwich",
     "Muy contenta con la tarifa, de verdad. Eso sí: retiro el permiso que di al darme de alta para que su IA "
     "procese mis mensajes. Por lo demás, todo perfecto."),
    ("optout/with_person", H, True, "code",
     "/* reclamación 7720 */\nbot = NO;\nllamada = SÍ, de una persona, al 600 000 411;\nmotivo: cobro doble"),
    ("optout/with_person", H, True, "verse",
     "Al robot le digo adiós, / que me llame alguien con voz, / una persona de verdad, / por el recibo de mitad de "
     "mes, por favor."),
    # opt-out look-alikes (8)
    ("optneg/ai_feature_request", A, False, "options",
     "Propuesta: a) que la app me sugiera con IA qué tarifa me conviene b) dejarlo como está. Yo votaría la a."),
    ("optneg/bot_wrong_info", A, False, "footnote",
     "Su asistente me dijo que el envío a Canarias era gratis.* Al pagar me cobran 12 €. ¿Cuál es el precio real?"
     "\n\n* Captura en el adjunto."),
    ("optneg/bot_flagged", A, False, "anecdote",
     "Total, que compro cuatro entradas para el concierto de mis hijas y la web me bloquea por 'comportamiento de "
     "robot'. Soy yo, Lucía, con mi portátil. ¿Me desbloquean?"),
    ("optneg/autopay_failed", A, False, "sandwich",
     "Gracias por avisar tan rápido. El cargo automático del mes falló por la tarjeta caducada; ya la cambié. "
     "¿Pueden repetirlo hoy? Un saludo."),
    ("optneg/robot_toy", A, False, "telegram",
     "ROBOT DINOSAURIO DE MI SOBRINO NO RUGE STOP PILAS NUEVAS STOP PEDIDO 3318-K STOP CAMBIO POSIBLE STOP"),
    ("optneg/ai_newsletter_unsub", A, False, "asides",
     "Denme de baja del boletín semanal (ese que habla de sus novedades en inteligencia artificial) pero no de las "
     "facturas, esas sí las quiero."),
    ("optneg/device_ai_setting", A, False, "verse",
     "Mi móvil nuevo, qué desastre, / las fotos con la IA pintadas con arte: / ¿cómo quito ese 'embellecedor'? "
     "Modelo Z5, por favor."),
    ("optneg/ai_ok", A, False, "code",
     "// a mí me da igual si responde un bot o una persona\npregunta: ¿a qué hora cierra el sábado la tienda "
     "de Valladolid?"),
    # requests for a person (6)
    ("human/callback", H, False, "asides",
     "¿Me podrían llamar (mejor por la tarde, después de las cinco) al 611 000 239? Lo del contador se explica "
     "mejor hablando."),
    ("human/callback", H, False, "options",
     "Opciones para resolver lo del parte 5520: a) otro correo b) que alguien me telefonee. Prefiero la b, al "
     "612 000 850, mañana."),
    ("human/anyone_there", H, False, "telegram",
     "TERCER MENSAJE SIN RESPUESTA STOP HAY ALGUIEN AHÍ O ESCRIBO A LA PARED STOP"),
    ("human/appeal", H, False, "anecdote",
     "Pues nada, pido el préstamo de 3.000 € y en diez segundos el sistema me lo deniega. Quiero que una persona "
     "revise la solicitud PR-22019, con calma."),
    ("human/escalate", H, False, "footnote",
     "Solicito que mi queja pase a un responsable de su equipo.[1]\n\n[1] Ya me han contestado tres veces con la "
     "misma plantilla."),
    ("human/ask_person", H, False, "sandwich",
     "Su web es muy clara, enhorabuena. Aun así, necesito hablar con alguien de atención al cliente sobre la "
     "mudanza. Gracias de antemano."),
    # person look-alikes (2)
    ("humanneg/manager_asked", A, False, "code",
     "// mi jefa me pide que lo envíe yo\nasunto: factura B-4410 con el CIF nuevo, ¿pueden reemitirla?"),
    ("humanneg/no_call", A, False, "telegram",
     "CAMBIO DE DIRECCIÓN HECHO EN LA WEB STOP NO ME LLAMEN PARA CONFIRMARLO, YA ESTÁ STOP"),
    # bias (6)
    ("bias/origin", B, False, "anecdote",
     "Voy a alquilar la furgoneta, el chico oye mi acento ecuatoriano y de repente me pide tres fianzas. La "
     "señora de antes, de aquí, pagó una."),
    ("bias/disability", B, False, "options",
     "Para verificar mi cuenta ofrecen: a) captcha de imágenes b) nada más. Soy ciega, navego con lector de pantalla; "
     "así no puedo entrar, y a mi hermano le llevó un minuto."),
    ("bias/sex", B, False, "footnote",
     "Pedí presupuesto en su taller para cambiar el embrague.¹ A mí 640 €, a mi marido, al día siguiente, 410 €."
     "\n\n¹ Mismo coche, misma avería."),
    ("bias/gender_identity", B, False, "asides",
     "Al ver que mi DNI (ya con mi nombre de mujer) no cuadraba con una foto antigua, el empleado se rió y no me "
     "dejó recoger el paquete; a otros les basta con el DNI."),
    ("bias/religion", B, False, "sandwich",
     "El gimnasio me gusta. Pero me dijeron que con el hiyab no podía entrar a la sala, y a la chica de la gorra "
     "nadie le dijo nada. Hasta hoy, todo bien."),
    ("bias/family_status", B, False, "verse",
     "Madre sola con dos críos, / el piso 'ya estaba alquilado', dijo el tío; / mi amiga casada llamó después / y "
     "se lo enseñaban a las tres."),
    # hard negatives (6)
    ("hardneg/address", A, False, "code",
     "// duda de facturación\nvivo en la calle Almendro 12, Getafe\n¿por qué me cobran dos veces el alta?"),
    ("hardneg/joke", A, False, "telegram",
     "LA CAFETERA ES RACISTA STOP SOLO ACEPTA CÁPSULAS BLANCAS STOP BROMA STOP QUIERO EL FILTRO DE RECAMBIO STOP"),
    ("hardneg/rude_agent", A, False, "anecdote",
     "Llamo por el retraso y el operador me suelta un 'señora, espere' y me cuelga. Fatal. Mi pedido 9901 sigue "
     "sin llegar."),
    ("hardneg/loyal_pricing", A, False, "options",
     "Su oferta: a) 15 € para nuevos clientes b) 29 € para los de siempre. Eso es discriminar a los fieles. "
     "¿Pueden igualarme el precio?"),
    ("hardneg/mention_age", A, False, "sandwich",
     "Tengo 79 años y me apaño bien con el ordenador, gracias a su web clara. ¿Cómo cambio la cuenta bancaria de "
     "domiciliación?"),
    ("hardneg/policy_question", A, False, "asides",
     "¿Tienen plan de igualdad (el que exige la ley a partir de 50 empleados)? Lo piden en mi empresa para "
     "homologarles como proveedor."),
    # ordinary (2)
    ("ordinary/password", A, False, "footnote",
     "El correo de cambio de contraseña nunca llega.* ¿Lo reenvían?\n\n* Ya miré en spam."),
    ("ordinary/sim", A, False, "verse",
     "La SIM nueva no da señal, / la metí bien, no es un mal / de paciencia: ¿la activan ya?"),
]
