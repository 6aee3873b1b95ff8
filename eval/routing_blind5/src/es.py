"""Spanish rows of blind set 5 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
B, H, A = "bias_review", "human", "ai_assist"

ROWS = [
    # bias complaints
    ("bias/disability", B, False, "proxy", "Escribo por mi hija, que es sorda. Para recuperar su cuenta la app solo ofrece una llamada con código "
     "hablado, y en tienda le dijeron que sin esa llamada no hay nada que hacer. A mí me la desbloquearon por SMS en cinco minutos."),
    ("bias/religion", B, False, "review", "Una estrella. Pedí cambiar la fecha del examen porque cae en Yom Kipur y me contestaron que "
     "'las fiestas de cada uno no son problema de la academia'. A un compañero se la cambiaron por una boda sin pedir justificante."),
    ("bias/pregnancy", B, False, "quoted", "> 'Le informamos de que su plaza en el curso ha sido reasignada.'\nCurioso que esto llegue dos "
     "días después de que avisara de que estoy embarazada y pidiera una silla con respaldo. Nadie más del grupo ha perdido su plaza."),
    ("bias/family", B, False, "long", "Bueno, a ver cómo lo explico. Crío sola a mis dos hijos y fui a pedir el alquiler del piso de la "
     "calle Olmo, tengo contrato indefinido y las nóminas de un año. La chica de la agencia me preguntó dónde estaba el padre y cuando dije que "
     "no había padre me dijo que el propietario prefiere 'familias completas'. A la pareja que vino detrás, con menos sueldo que yo, le dieron cita para firmar esa misma tarde."),
    ("bias/race", B, False, "short", "Al de seguridad solo le pidió abrir la mochila a mí, el único negro de la fila. A los demás ni los miró."),
    ("bias/origin", B, False, "elder", "Señores: llevo cuarenta años en Valencia y nací en Rosario. El empleado de la sucursal me soltó que con 'ese "
     "acento argentino' tenía que traer un aval extra para la tarjeta. Mi vecino, de aquí de toda la vida, la sacó sin aval. Atentamente, Norberto Gaitán"),
    ("bias/age", B, False, "transl", "Buenas. Yo tengo 68 años y quiero hacer el curso de programación online. La persona de la inscripción "
     "me dice que el curso 'es para gente joven que va a trabajar' y no me deja pagar la matrícula. El dinero lo tengo, el ordenador también."),
    ("bias/sex", B, False, "b2b", "Estimados: nuestra jefa de compras, la Sra. Ibarra, solicitó el descuento por volumen y su comercial le "
     "respondió que eso 'lo tiene que pedir el jefe'. Ella es la jefa. Al Sr. Molina, de nuestra otra sede, se lo concedieron el mismo día por teléfono. Dpto. de Compras, Ferretería Garbí S.L."),
    ("bias/orientation", B, False, "review", "Mi marido y yo, dos hombres, reservamos habitación de matrimonio y en recepción nos cambiaron a dos camas "
     "separadas 'para estar más cómodos'. A la pareja hetero que llegó con nosotros le dieron la de matrimonio sin preguntar."),
    ("bias/gender_identity", B, False, "proxy", "Soy el padre de Alex, 15 años, chico trans. En el club de natación le dicen que no puede "
     "usar el vestuario de chicos aunque el club tiene su nombre y sexo actualizados en la ficha, y le mandan a cambiarse al cuarto de la limpieza."),
    ("bias/language", B, False, "elder", "Llamé a la compañía y al hablar en gallego la operadora me dijo que 'aquí se habla en cristiano' y me "
     "colgó. Volví a llamar hablando castellano y me atendieron sin problema."),
    ("bias/disability", B, False, "short", "Al restaurante no pude pasar con mi perro guía, me lo prohibieron. Al de al lado con su caniche en brazos, sí."),
    # bias hard negatives
    ("hardneg/threat", A, False, "legal", "Muy Sres. míos: en representación de D. Julián Arce les requerimos la devolución de 189 euros "
     "cobrados por duplicado. De no atenderse en diez días, mi cliente acudirá a los tribunales y ha manifestado su intención de tacharles de "
     "clasistas en redes. Atentamente, Bufete Roldán Abogados"),
    ("hardneg/threat", A, False, "short", "o me devolvéis lo del recibo o os denuncio, vosotros veréis"),
    ("hardneg/rude", A, False, "review", "Dos estrellas. El repartidor me gritó porque tardé en bajar y la de atención al cliente me soltó "
     "'pues haberlo pensado antes'. Qué falta de educación. El producto bien."),
    ("hardneg/joke", A, False, "short", "mi tostadora es machista, solo quema las mías jaja. en serio, ¿tiene garantía todavía?"),
    ("hardneg/joke", A, False, "long", "Os cuento, este verano ha sido racista con los pelirrojos como yo, me he quemado hasta las orejas, "
     "jajaja. Bueno, a lo que iba: la crema solar que compré en vuestra web venía con el tapón roto y se salió media botella en la caja. "
     "El pedido es el 30218. ¿Me mandáis otra o me devolvéis el importe? Lo que os resulte más fácil."),
    ("hardneg/own_prejudice", A, False, "elder", "No me gusta nada que en el anuncio de la tele salgan dos chicas de novias. Quiero darme de "
     "baja del club de puntos. Remedios Carrasco."),
    ("hardneg/policy", A, False, "b2b", "Buenos días, para el expediente de homologación de proveedores necesitamos copia de su plan de "
     "igualdad y saber si sus oficinas son accesibles en silla de ruedas. Gracias. Área de Compras, Grupo Alcudia"),
    ("hardneg/loyal", A, False, "review", "Discriminan a los clientes de siempre. A los nuevos la tarifa a 20 y a mí, que llevo ocho años, a 45."),
    ("hardneg/unfair", A, False, "quoted", "> 'No procede el reembolso al haber transcurrido el plazo.'\nMe parece injusto, el paquete me "
     "llegó tarde por culpa de la mensajería. Pido que lo revisen y me devuelvan el dinero."),
    ("hardneg/mention", A, False, "elder", "Hola. Soy ciega y uso lector de pantalla. ¿Me pueden mandar la factura en texto normal en vez "
     "de en imagen? Muchas gracias."),
    ("hardneg/mention", A, False, "proxy", "Mi abuela es gitana y nos ha pedido que le regalemos vuestra caja de turrones, ¿hacéis envíos a Jerez antes de Navidad?"),
    ("hardneg/address", A, False, "short", "Cambio de dirección: calle de los Judíos 4, Córdoba. Gracias."),
    ("hardneg/news", A, False, "long", "¿Habéis visto lo de la ley de paridad en los consejos? Ya era hora. Bueno, que me desvío, el caso es "
     "que la suscripción de la revista me la seguís cobrando aunque la cancelé en enero, tengo el correo de confirmación. ¿Me lo podéis mirar?"),
    ("hardneg/mention", A, False, "transl", "Hola, yo soy musulmán y pregunto si los dulces de la caja de regalo tienen gelatina de cerdo. Gracias por información."),
    ("hardneg/unfair", A, False, "short", "Recargo de 15 € por pagar un día tarde. Injusto. Quiero que lo quiten."),
    # human
    ("human/handoff", H, False, "elder", "Yo con el ordenador me lío. ¿Puede llamarme alguien de la tienda por la tarde al fijo? Gracias, Amparo."),
    ("human/handoff", H, False, "short", "¿alguien de carne y hueso lee esto?"),
    ("human/handoff", H, False, "b2b", "Por favor, que nos llame hoy nuestra gestora de cuenta o quien la sustituya; tenemos que cerrar el "
     "calendario de entregas del pedido 4471 antes del viernes. Compras, Conservas Arán"),
    ("human/appeal", H, False, "legal", "Por medio del presente escrito solicitamos que la denegación del siniestro de nuestra representada, "
     "comunicada el 12 de abril, sea revisada por un tramitador y no reemitida de forma automática."),
    ("human/appeal", H, False, "proxy", "A mi padre le rechazaron el préstamo por 'puntuación insuficiente'. ¿Lo puede revisar una persona "
     "de verdad? Tiene ingresos fijos y ninguna deuda."),
    ("human/unfair", H, False, "review", "Me han tratado fatal con la fianza, es una injusticia. Quiero hablar con un responsable, no con otra plantilla."),
    ("human/unfair", H, False, "long", "Ya no sé qué más hacer. Devolví las botas dentro de plazo, tengo el resguardo de Correos, y me dicen "
     "que no ha llegado nada y me quedo sin el dinero. Siempre me mandan el mismo párrafo. Parece que deciden en contra del cliente por sistema. "
     "Pásenme con alguien del departamento de devoluciones que mire el seguimiento, por favor."),
    ("human/handoff", H, False, "quoted", "> 'Su consulta está en cola, gracias por su paciencia.'\nEs la cuarta vez que recibo esta frase. "
     "Necesito que me llamen por teléfono, al 600 112 334."),
    ("angry/no_request", A, False, "review", "Vaya empresa de chiste. Tres semanas para un ventilador. Nunca más."),
    ("angry/no_request", A, False, "short", "increíble. me habéis cobrado dos veces OTRA VEZ"),
    # opt-outs
    ("optout/plain", A, True, "elder", "No quiero que me conteste una máquina de esas de inteligencia. Si hay que escribirme, que lo haga un empleado."),
    ("optout/plain", A, True, "short", "nada de robots con mis consultas porfa"),
    ("optout/embedded", A, True, "long", "Hola, os escribo por la batidora, pedido 88104, la tapa se rajó la primera semana. Quisiera una "
     "tapa nueva si puede ser. Ah, y he visto que vuestros correos ahora dicen 'redactado con IA'; preferiría que los míos no, así que dejad "
     "eso fuera de lo que me mandéis. El motor funciona bien, es solo la tapa."),
    ("optout/embedded", A, True, "b2b", "Ref.: renovación del contrato 2027. Rogamos nos envíen la tarifa revisada antes de fin de mes. "
     "Nuestra política exige que la correspondencia con proveedores no sea generada ni tratada por herramientas de inteligencia artificial; tomen nota en nuestra ficha."),
    ("optout/embedded", A, True, "proxy", "Llevo las cosas de mi madre. ¿Podéis volver a mandarle las facturas en papel? Y ha dicho muy clarito que "
     "no quiere ningún asistente automático llevando sus consultas, se agobia."),
    ("optout/legal", A, True, "legal", "Al Delegado de Protección de Datos: mi representada se opone, al amparo del art. 21 RGPD, al "
     "tratamiento de su correspondencia mediante sistemas automatizados o modelos de aprendizaje automático, y pide que ninguna decisión sobre su cuenta se adopte solo por esos medios (art. 22)."),
    ("optout/with_person", H, True, "elder", "Prefiero no hablar con el ayudante automático. Que me llame una persona, estoy en casa por las mañanas."),
    ("optout/with_person", H, True, "review", "Les bajo a una estrella desde que pusieron el chatbot. No lo quiero para nada, pásenme con un empleado."),
    # AI mention, no refusal
    ("optneg/broken", A, False, "review", "El nuevo probador con IA de la app se queda cargando y no sale nunca. Arregladlo, la idea me gustaba."),
    ("optneg/praise", A, False, "short", "vuestro asistente de chat me resolvió lo del reembolso en dos minutos, genial"),
    ("optneg/broken", A, False, "b2b", "Nuestro equipo indica que los resúmenes generados por IA del portal de facturas muestran la moneda "
     "equivocada (USD en lugar de EUR). ¿Pueden revisarlo? Por lo demás la herramienta es útil."),
    ("optneg/praise", A, False, "elder", "Yo no me fiaba de hablar con un ordenador, pero el asistente me explicó la lectura del contador con mucha paciencia. Gracias."),
    # ordinary
    ("ordinary", A, False, "transl", "Hola, por favor necesito la factura del mes pasado en PDF para mi gestor. Muchas gracias anticipadas."),
    ("ordinary", A, False, "short", "¿a qué hora cerráis el domingo?"),
]
