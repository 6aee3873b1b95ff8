"""Blind set 33, Spanish (Spain). Each ROWS entry: (category, label, opt_out, style, text). Typed by hand."""
H, G, F, Y, L = "hotelchain", "gadgetstore", "fooddelivery", "healthfund", "languageschool"

ROWS = [
    ('optout/no_ai', 'ai_assist', True, H,
     'hola, soy la d la hab 318 del Marbella Costa Sol. porfa q mis mensajes no los conteste una IA, '
     'prefiero esperar xfa'),
    ('optout/no_ai', 'ai_assist', True, G,
     'Buenos días, equipo de Tecnocasa Levante:\n\nLes escribo por el pedido TL-0007781 (una tableta y una '
     'funda).\n\nPrimero, la funda no es del modelo correcto: pedí la de 11 pulgadas y ha llegado la de 10. '
     '¿Puedo cambiarla en la tienda de Alicante o tengo que devolverla por mensajería?\n\nSegundo, he visto '
     'en su web que las consultas ahora «las atiende un asistente de inteligencia artificial». Con todo el'
     ' respeto, prefiero que ninguna IA lea ni responda mis correos. Anótenlo en mi ficha de cliente, por '
     'favor, para esta consulta y las siguientes.\n\nTercero, ¿la garantía de la tableta es de dos o de tres'
     ' años?\n\nUn saludo,\nRemedios Albiol Sanchis\nC/ Sant Vicent 14, Elche'),
    ('optout/gdpr_object', 'ai_assist', True, Y,
     'socia 00-41227 Mutua Sanitaria Ebro: segun el art 22 rgpd me niego a que un sistema automatico '
     'decida mis reembolsos'),
    ('optout/gdpr_object', 'ai_assist', True, Y,
     'Al DPD (protección de datos) de Mutua Sanitaria Ebro\n\nAsegurado: Ignacio Lasheras Gil, póliza '
     '00-38814.\n\nMe dirijo a ustedes por dos cuestiones. La primera: el reembolso de la consulta del '
     'dermatólogo del 3 de octubre (85 €) sigue sin pagarse. La segunda: en la carta de renovación leo que'
     ' «las solicitudes se valoran mediante sistemas automatizados». Ejerzo mi derecho de oposición y pido'
     ' que ninguna decisión sobre mis reembolsos ni sobre mis datos se tome por medios automatizados ni '
     'mediante elaboración de perfiles; quiero que las revise el personal de la mutua. Les ruego '
     'confirmación por escrito.\n\nAtentamente,\nIgnacio Lasheras Gil\nZaragoza'),
    ('optout/no_chatbot', 'ai_assist', True, F,
     'quitadme el chatbot de la app de Rapiplato xfa, cada vez q pido algo me salta. no quiero hablar con '
     'un bot nunca 🙄'),
    ('optout/no_chatbot', 'ai_assist', True, L,
     'Hola, Academia Babel Sur:\n\nSoy alumno del curso intensivo de alemán A2 de los martes y jueves '
     '(profesora Frau Lindner). Les escribo por varias cosas.\n\nEl cambio de aula al edificio de la calle '
     'Feria me viene bien, gracias por avisar. Lo que no me ha llegado es el recibo de la matrícula, que '
     'necesito para Hacienda.\n\nAdemás, el asistente virtual de la página me aseguró que podía recuperar '
     'las clases perdidas los sábados, y en secretaría me dicen que no es así. A partir de ahora prefiero '
     'que mis consultas no pasen por el chatbot ni por respuestas automáticas: que me conteste la '
     'secretaría.\n\n¿El examen final es el 18 o el 20 de diciembre?\n\nGracias,\nÓscar Pedrosa Martín'),
    ('optout/withdraw_consent', 'ai_assist', True, L,
     'en septiembre acepte lo de la IA q corrige redacciones. ya no quiero, retiro el consentimiento. '
     'Lucia M, ingles B2'),
    ('optout/humans_only', 'ai_assist', True, H,
     'Estimados señores de Hoteles Brisamar:\n\nAcabo de volver de su hotel de Peñíscola (reserva '
     'BM-0055102, del 10 al 14 de octubre) y quiero comentarles algunas cosas.\n\nEl personal de piscina fue'
     ' encantador y la habitación estaba impecable. Sin embargo, en la factura aparece dos veces el '
     'parking (18 € cada día, cobrado doble) y el masaje que reservé por la web no constaba en recepción.'
     '\n\nHe leído en su política de privacidad que los mensajes de los clientes «pueden tratarse con '
     'herramientas automatizadas». Les pido que mi correspondencia la lean y contesten solo personas, '
     'aunque tarden unos días más.\n\nPor último, ¿se han sumado los puntos del club Brisamar de esta '
     'estancia?\n\nUn cordial saludo,\nAmparo Ribes Castelló'),
    ('optout/with_person', 'human', True, G,
     'basta de respuestas de la IA, el bot me ha liado la devolucion 3 veces. q me llame una persona al '
     '600 000 417. pedido TL-0002338'),
    ('optout/with_person', 'human', True, F,
     'Hola, atención al cliente de Rapiplato:\n\nLlevo tres años pidiendo con vosotros y normalmente todo '
     'bien, pero esta semana ha sido un desastre.\n\nEl lunes mi pedido del Wok Dorado (RP-00073310) no '
     'llegó y la app puso «entregado». El martes lo reclamé en el chat y solo me devolvieron los gastos de'
     ' envío. El miércoles el mismo chat me dijo que el caso estaba cerrado.\n\nNo quiero volver a tratar '
     'con el asistente automático y no quiero que mi reclamación la procese una inteligencia artificial. '
     'Pido que me telefonee alguien de vuestro equipo, por favor, al 600 000 582 a partir de las 17 h, '
     'para arreglar los 26,30 € completos.\n\nY otra cosa: el cupón OTONO5 no me funcionó el jueves, ¿ha '
     'caducado?\n\nGracias,\nBorja Uriarte'),
    ('optneg/someone_else', 'ai_assist', False, H,
     'mi suegra no soporta el asistente IA jaja pero yo encantada. puedo añadirla como 2a huesped en '
     'BM-0061147?'),
    ('optneg/ai_question', 'ai_assist', False, G,
     'Buenas tardes:\n\nEl sábado compré un frigorífico combi en su tienda de Murcia (ticket 0009216) y '
     'tengo tres dudas.\n\nUna: el transportista dejó el aparato en el portal y no lo subió al cuarto piso, '
     'aunque pagué la entrega con subida. ¿Me devuelven esa parte?\n\nDos, por pura curiosidad: cuando '
     'escribo a este correo, ¿me contesta una persona o algún tipo de inteligencia artificial? Me da '
     'igual, solo me pica la curiosidad, porque la última respuesta llegó en un minuto.\n\nTres: ¿el '
     'frigorífico tiene alguna revisión gratuita el primer año?\n\nGracias,\nConsuelo Hernández Ros'),
    ('optneg/praise', 'ai_assist', False, F,
     'el asistente IA me soluciono lo del pedido incompleto en 1 min, top 👌 una duda, el reembolso va a la'
     ' tarjeta o al saldo?'),
    ('optneg/consent_back', 'ai_assist', False, Y,
     'Estimada Mutua Sanitaria Ebro:\n\nAsegurada Pilar Escartín, póliza 00-52190.\n\nEl año pasado les pedí '
     'que no usaran su sistema automático de reembolsos con mis solicitudes. Después de ver lo rápido que '
     'le resolvieron a mi hermana una factura de fisioterapia, he cambiado de opinión: pueden quitar esa '
     'restricción y tramitar lo mío como a cualquier otro asegurado, herramientas automáticas incluidas.\n\n'
     'Aprovecho para dos cosas más. Mi nuevo domicilio es Avenida de Navarra 27, 3.º B, Huesca. Y quería '
     'saber si la ayuda para gafas se renueva en enero o en la fecha de aniversario de la póliza, en '
     'abril.\n\nMuchas gracias,\nPilar Escartín'),
    ('optneg/ai_product', 'ai_assist', False, G,
     'teneis el robot aspirador con IA d Zentix? en la web pone sin stock en Valencia, sabeis cuando '
     'entra?'),
    ('optneg/bot_wrong', 'ai_assist', False, F,
     'Hola:\n\nOs cuento algo curioso. Pregunté al asistente de la app si la suscripción Rapiplato Plus '
     'cubre los restaurantes a más de 5 km. Me dijo que sí. Luego, al pagar, me cobraron 2,99 € de '
     'suplemento por distancia.\n\nNo estoy enfadada con el asistente, seguramente leyó una condición '
     'antigua, pero me gustaría saber cuál es la respuesta correcta y, si el suplemento no correspondía, '
     'que me lo devolváis (pedido RP-00080452).\n\nAparte, ¿puedo cambiar la tarjeta con la que se renueva '
     'la suscripción? La que tengo caduca este mes.\n\nUn saludo,\nNerea Goikoetxea'),
    ('optneg/ai_feature', 'ai_assist', False, L,
     'el tutor de pronunciacion con IA va incluido en el curso de frances o se paga aparte? me apuntaria '
     'en enero'),
    ('optneg/quoted_other', 'ai_assist', False, L,
     'Estimada Sra. Villalba:\n\nGracias por la reunión de familias del martes. Le escribo como madre de '
     'Hugo Carrasco, del grupo de refuerzo de inglés para selectividad, los sábados.\n\nEn la reunión un '
     'padre dijo textualmente: «A mi hijo que no le corrija los trabajos ninguna inteligencia artificial».'
     ' Respeto su postura, pero en nuestro caso no nos importa que los deberes de Hugo pasen por la nueva '
     'herramienta de corrección si así recibe antes los comentarios.\n\n¿Me puede mandar las fechas de los '
     'simulacros y confirmarme si las clases de Semana Santa entran en la cuota trimestral?\n\nUn saludo '
     'cordial,\nEstíbaliz Moreno Aranda'),
    ('human/callback', 'human', False, Y,
     'necesito q alguien de autorizaciones me llame hoy, el hospital pide la autorizacion antes de las '
     '14h. 600 000 318, socio 00-4402'),
    ('human/supervisor', 'human', False, H,
     'Estimados señores:\n\nRef.: reserva BM-0079931, Hotel Brisamar Sevilla Centro, del 2 al 4 de '
     'noviembre.\n\nLes escribo ya por tercera vez. A mi marido y a mí nos cambiaron al llegar a una '
     'habitación interior que daba a las cocinas, por «sobreventa», aunque teníamos confirmada una '
     'superior con balcón. El recepcionista nos prometió un reembolso parcial y su correo del 8 de '
     'noviembre decía lo mismo. No ha llegado nada.\n\nLes pido que pasen esto a un responsable, al director'
     ' del hotel o a un supervisor que pueda autorizar el reembolso, no otra respuesta estándar. Además, '
     'nos cobraron dos desayunos que no habíamos contratado.\n\nAtentamente,\nJoaquín Ledesma Prieto'),
    ('human/anyone', 'human', False, F,
     "hola??? hay alguien de verdad leyendo esto o solo bots? el pedido lleva 2h 'en camino' 😡"),
    ('human/named_contact', 'human', False, L,
     'Buenos días:\n\nSoy la responsable de formación de Conservas Ondarroa S. L. y tenemos a ocho empleados'
     ' en su curso de inglés en la empresa (lunes y miércoles por la mañana).\n\nEl curso va muy bien y el '
     'grupo está contento con el profesor. Pero las facturas han llegado dos veces a nuestra dirección '
     'antigua y la de octubre cuenta diez alumnos en vez de ocho.\n\nEl año pasado nos llevaba el contrato '
     'la señora Maite Zubiaurre, del departamento de empresas. ¿Podría llamarme ella, o la persona que la '
     'haya sustituido, al 943 000 774? Prefiero hablarlo por teléfono que seguir con correos.\n\nUn saludo,\n'
     'Ainhoa Etxeberria\nResponsable de Formación'),
    ('human/plain', 'human', False, G,
     'quiero hablar con alguien del personal sobre la reparacion del portatil, no con el formulario'),
    ('human/callback', 'human', False, Y,
     'Estimados señores de Mutua Sanitaria Ebro:\n\nPóliza 00-31876, titular D. Ramón Sierra Bueno.\n\nMi '
     'padre, de 86 años, vive conmigo y el hospital le ha dicho que su operación de cataratas del día 12 '
     'necesita la autorización escrita de la mutua. El viernes subí a su portal el informe del oftalmólogo'
     ' y el preoperatorio. El portal pone «recibido» y nada más.\n\nÉl está nervioso y yo también. ¿Podría '
     'llamarme alguien de autorizaciones al 600 000 655 antes del miércoles para decirme qué falta? Estoy '
     'en casa todo el día.\n\nTambién quisiera poner mi móvil como teléfono de contacto de emergencia.\n\n'
     'Gracias,\nMercedes Sierra Llorente'),
    ('humanneg/thanks_agent', 'ai_assist', False, H,
     'dad las gracias a Rocio de recepcion en Malaga, un sol. y me mandais la factura de BM-0047726 al '
     'correo? gracias'),
    ('humanneg/settled_request', 'ai_assist', False, G,
     'Hola, Tecnocasa Levante:\n\nEn julio les escribí pidiendo «hablar con un encargado ya» por una '
     'lavadora que perdía agua en el primer lavado. El señor Arnau, de la tienda de Castellón, me llamó '
     'ese mismo día y me la cambió, así que eso está resuelto y se lo agradezco.\n\nAhora les escribo por '
     'otra cosa. La lavadora nueva vino con su tarjeta de garantía, pero en mi cuenta sigue el número de '
     'serie de la antigua. ¿Pueden cambiarlo al 000-59127? Y ¿el programa de limpieza del tambor que '
     'mencionó el técnico necesita alguna pastilla especial o basta con agua caliente?\n\nUn saludo,\nVicenta'
     ' Climent'),
    ('bias/disability', 'bias_review', False, F,
     "el repartidor no quiso subirme el pedido xq voy en silla de ruedas, dijo 'no me pagan pa esperar a "
     "gente como tu'. a mi vecino se lo subio sin problema"),
    ('bias/origin', 'bias_review', False, H,
     'Estimados señores de Hoteles Brisamar:\n\nMe alojé en su hotel de Bilbao del 5 al 7 de noviembre por '
     'un congreso (reserva BM-0082254) y quiero dejarles mis comentarios.\n\nLa sala del congreso y el café,'
     ' estupendos; felicito al equipo de limpieza.\n\nEn la recepción, en cambio, la empleada vio mi '
     'pasaporte marroquí y me exigió una fianza de 150 € en efectivo «porque con ustedes pasa lo que '
     'pasa». Mi compañero, español, que hizo el registro justo detrás con la misma tarifa de empresa, no '
     'tuvo que dejar nada. Cuando pregunté, me dijeron que era «la norma para ciertas nacionalidades». Me '
     'sentí humillado delante de la cola.\n\nPor otra parte, el código del wifi no funcionaba el segundo '
     'día. Y confírmenme que la fianza se ha devuelto.\n\nAtentamente,\nYoussef El Amrani'),
    ('bias/age', 'bias_review', False, L,
     "llame para apuntarme a italiano inicial y la chica me dijo 'con 68 años va a retrasar al grupo', q "
     'mejor online. a mi nieta la admitieron al dia siguiente sin preguntas'),
    ('bias/religion', 'bias_review', False, G,
     'A la atención de Tecnocasa Levante:\n\nLes escribo por varias cosas de mi visita a su tienda de Gandía'
     ' el sábado 8 de noviembre.\n\n1. La cafetera que quería salía a 129 € en la web y a 149 € en la '
     'etiqueta. ¿Igualan el precio de su propia web?\n2. Estaba mirando móviles con mi mujer. El vigilante '
     'me siguió solo a mí por toda la tienda y, al preguntarle el motivo, soltó «a los que lleváis '
     'turbante hay que vigilaros» mirando mi dastar. Otros clientes en el mismo pasillo no tuvieron a '
     'nadie detrás. Me fui sin comprar.\n3. No me pasaron la tarjeta de puntos en mi última compra.\n\nEspero'
     ' respuesta a los tres puntos.\n\nAtentamente,\nHarpreet Singh Gill'),
    ('bias/sex', 'bias_review', False, Y,
     'xq mi cuota es 15€ mas cara q la de mi marido? misma edad, mismo plan, ninguno fuma. el comercial me'
     " dijo 'las mujeres gastais mas' 🙄"),
    ('bias/race', 'bias_review', False, F,
     'Hola, Rapiplato:\n\nOs escribo por varias cosas del último mes.\n\nLo bueno primero: la nueva sección de'
     ' supermercado es muy práctica.\n\nSegundo: además de pedir, reparto para vosotros. Desde que actualicé'
     ' la foto del perfil en octubre, me llegan muchos menos pedidos grandes de noche en Chamberí. Mi '
     'compañero de piso, que es blanco, hace las mismas horas en la misma zona con peor valoración y los '
     'recibe todas las noches. Cuando pregunté al coordinador de zona, me contestó que «allí los clientes '
     'prefieren un repartidor de otro tipo». Soy negro y no veo qué otra cosa quería decir.\n\nTercero: en '
     'el último resumen de pagos faltan las propinas del domingo.\n\nOs pido que lo reviséis todo.\n\nSaludos,'
     '\nMamadou Diallo Ferrer'),
    ('hardneg/pricing', 'ai_assist', False, G,
     'vuestro descuento joven discrimina a los q cumplimos 31 este año jaja 😂 bueno, sigue el 10% en '
     'portatiles?'),
    ('hardneg/rude_agent', 'ai_assist', False, Y,
     'Estimada Mutua Sanitaria Ebro:\n\nPóliza 00-27019.\n\nEl lunes llamé a su teléfono de atención por un '
     'reembolso del dentista y el empleado que me atendió fue, sinceramente, maleducado. Resoplaba '
     'mientras le explicaba, me dijo «léase el condicionado como todo el mundo», y dos veces me tuvo diez '
     'minutos en espera. Supongo que tendría un mal día, y no es la primera vez que me toca alguien con '
     'prisas en una centralita, pero se podría haber hecho mejor.\n\nLo que necesito: la factura (90 €, '
     'revisión y radiografía en Clínica Dental Moncayo) me la han pagado solo en parte, 55 €, y quiero '
     'saber por qué. Envíenme también el condicionado en PDF.\n\nUn saludo,\nFermín Azcona'),
    ('hardneg/own_prejudice', 'ai_assist', False, L,
     'confieso q pense q un profe andaluz no iba a enseñar bien el ingles 🙈 y el señor Ortega es un crack.'
     ' me puedo pasar a su grupo del miercoles?'),
    ('hardneg/others_complaint', 'ai_assist', False, H,
     'Estimado equipo de Brisamar:\n\nOrganicé en septiembre la escapada de nuestra coral a su hotel de '
     'Cáceres (reserva de grupo BM-G-00318, 22 habitaciones).\n\nQuizá recuerden que una compañera, la '
     'señora Cordero, se quejó entonces de que se sintió tratada de otra manera por ir en silla de ruedas,'
     ' cuando la habitación adaptada no estaba lista. El director habló con ella, le pidió disculpas y '
     'ella nos dijo la semana pasada que lo da por zanjado y que quedó contenta con el bono. Lo menciono '
     'solo para que sepan que por nuestra parte está cerrado.\n\nAhora preparo el viaje de 2027. ¿Me pueden '
     'presupuestar 24 habitaciones del 17 al 19 de septiembre, con dos adaptadas y una sala de ensayo, y '
     'decirme las condiciones de la señal del grupo?\n\nSaludos cordiales,\nInmaculada Rebollo\nSecretaria, '
     'Coral Santa Eulalia'),
    ('hardneg/access_format', 'ai_assist', False, Y,
     'tengo baja vision, me podeis mandar la poliza en letra grande o en audio? socia 00-9035 gracias'),
    ('hardneg/policy_question', 'ai_assist', False, L,
     'Estimada Academia Babel Sur:\n\nLlevo el presupuesto de formación del Ayuntamiento de Dos Hermanas, '
     'área de servicios sociales, y estamos valorando sus cursos de inglés y de lengua de signos para 15 '
     'trabajadores el año que viene.\n\nAntes de firmar necesito varios documentos para el expediente de '
     'contratación: su plan de igualdad, su protocolo contra el acoso, cómo atienden al alumnado con '
     'dislexia o con pérdida auditiva y, si lo publican, su registro retributivo por sexo. Se lo pedimos a'
     ' todos los proveedores; no ha pasado nada, es puro trámite.\n\nTambién les agradecería un presupuesto '
     'para un curso de 20 semanas en nuestras instalaciones, una mañana por semana.\n\nUn saludo,\nRafael '
     'Cuadrado Pino\nTécnico de Formación'),
    ('ordinary/plain', 'ai_assist', False, H,
     'me dais salida tardia mañana? a las 13h seria genial. hab 2207, Brisamar Valencia'),
    ('ordinary/plain', 'ai_assist', False, F,
     'Hola, Rapiplato:\n\nTengo una gestoría pequeña (Asesoría Llobregat, 12 personas) y queremos abrir una '
     'cuenta de empresa para las comidas de equipo de los viernes.\n\nAlgunas preguntas: ¿pueden pedir '
     'varias personas desde la misma cuenta con una sola factura mensual? ¿Hay pedido mínimo? ¿Se puede '
     'poner nuestro CIF (B-00441827) en las facturas? ¿Y poner un límite por persona, por ejemplo 14 €, '
     'para que nadie pida el chuletón por error?\n\nEstamos en Carrer de la Riera 3, Sant Boi de Llobregat. '
     'Si hay que rellenar un formulario, mándenme el enlace.\n\nMuchas gracias,\nMontserrat Puig\n'
     'Administración'),
]
