"""Blind set 43, Spanish rows (Spain). (category, label, opt_out, style, text)."""
ROWS = [
    ('bias/origin', 'bias_review', False, 'chat',
     'Buenas. Fui ayer a la oficina de Alcalá a abrir la cuenta nómina y el empleado, al ver mi NIE, me dijo '
     "literalmente 'a los marroquíes no les abrimos cuenta sin aval, que luego se van'. Tengo contrato indefinido "
     'y tres años cotizados. Quiero saber si eso es vuestra política.'),
    ('bias/age', 'bias_review', False, 'email',
     'Hola, lo del préstamo que pedí para arreglar el baño no me cuadra. Lo pedí por la app el día 3: 9.000 euros '
     'a cinco años. Tengo 66 años, pensión de 1.850 euros, casa pagada y ninguna deuda. Me lo denegaron en dos '
     "días con un 'no cumple criterios'. Mi sobrino Álvaro, que tiene 34, cobra menos que yo y aún paga hipoteca, "
     'pidió la misma cantidad y el mismo plazo esa misma semana y se lo dieron en una hora. Llamé y la chica, muy '
     'amable, solo me repetía que el sistema lo decide. Les pido que me digan qué criterio no cumplo exactamente, '
     'porque los números de mi sobrino son peores que los míos en todo menos en la fecha de nacimiento. Expediente'
     ' PR-0000812. Si necesitan algún papel más, me lo dicen. Un saludo, Ramón Gil Ferrer'),
    ('bias/sex', 'bias_review', False, 'webform',
     'Soy la titular única del contrato de luz de mi casa desde 2019. Al pedir el cambio de potencia me han dicho '
     "en vuestra oficina de Uría que firme mi marido, 'que para estas cosas hace falta'. Él no figura en nada. Mi "
     'vecino hizo el mismo trámite solo la semana pasada.'),
    ('hardneg/address', 'ai_assist', False, 'chat',
     'Hola, vivo en Carabanchel, calle Oca, y desde el lunes no tengo fibra. El router tiene la luz LOS en rojo. '
     '¿Hay avería en la zona o mando a alguien?'),
    ('hardneg/threat', 'ai_assist', False, 'email',
     'Como no me devolváis los 120 euros de la fianza del patinete esta semana voy a contar por Twitter e '
     'Instagram que sois racistas y ladrones, a ver qué os parece. Lo devolví el día 2 sin un rasguño. Reserva '
     '0000-4471-ES.'),
    ('hardneg/mention_fault', 'ai_assist', False, 'email',
     'Buenas tardes. Uso silla de ruedas. Compré en vuestra web una rampa plegable de aluminio de 1,5 metros para '
     'entrar en casa de mis padres. Ha llegado con una bisagra partida y no se puede usar. No es culpa de nadie, '
     'seguramente del transporte, pero la necesito para Navidad. ¿Me mandáis otra y os devuelvo esta con el mismo '
     'repartidor? Pedido 30-000915. Por cierto, la caja venía bien, sin golpes por fuera, así que a lo mejor ya '
     'salió así del almacén; os adjunto fotos de la bisagra y de la etiqueta del lote por si os sirve para '
     'reclamar al fabricante. Estaré en casa de mis padres (Calle Albahaca 6, Valladolid) del 20 al 2 de enero, '
     'por si fuera más fácil mandar la nueva directamente allí. Y si no tenéis otra igual, me vale la de 1,8 '
     'metros pagando la diferencia, siempre que aguante los 140 kilos de la silla eléctrica conmigo encima. '
     'Gracias, Inés Moya'),
    ('hardneg/policy_question', 'ai_assist', False, 'webform',
     'Estamos preparando una licitación del ayuntamiento y nos piden que nuestros proveedores tengan plan de '
     'igualdad aprobado y un protocolo sobre accesibilidad. ¿Podéis enviarnos el vuestro en PDF? Somos '
     'Construcciones Peñaranda, cliente 000388.'),
    ('hardneg/own_prejudice', 'ai_assist', False, 'chat',
     'Me mandasteis a un técnico muy joven y con rastas y la verdad es que pensé que no iba a saber, pero me '
     'arregló la caldera en veinte minutos. Lo que quería preguntar: ¿la revisión anual entra en el contrato o se '
     'paga aparte?'),
    ('ordinary/plain', 'ai_assist', False, 'email',
     'Hola. Me he mudado y tengo que actualizar adónde me mandáis las facturas y la tarjeta nueva, que caduca en '
     'enero. La nueva es Avenida de los Tilos 14, 3.º B, 29010 Málaga. La antigua ya no la uso, así que si ha '
     'salido algo hacia allí les agradecería que lo anulen. También querría saber si puedo domiciliar el recibo en'
     ' otra cuenta del mismo banco o si tengo que rellenar un formulario. Y, ya puestos, si me pueden confirmar '
     'que el seguro del hogar sigue a mi nombre tras el cambio, porque en la web me sale la dirección vieja en la '
     'póliza. Muchas gracias de antemano y perdón por juntar tantas cosas en un correo, pero prefiero no tener que'
     ' escribir cuatro veces. Un saludo, Lucía Carrasco Vidal, cliente 0000-2290'),
    ('optout/plain', 'ai_assist', True, 'chat',
     'Ninguna inteligencia artificial debe leer ni contestar mis mensajes: no doy mi permiso. Mi pregunta: ¿cuándo'
     ' me llega el reembolso del billete del día 9?'),
    ('human/supervisor', 'human', False, 'email',
     'Llevo tres reclamaciones por el mismo cargo duplicado de 64,90 y cada vez me contesta alguien distinto con '
     'la misma plantilla. Exijo que lo revise alguien con cargo, una persona con nombre y apellido, no otra '
     'respuesta automática. Cliente 0009-1143.'),
    ('humanneg/quoted', 'ai_assist', False, 'chat',
     "La semana pasada os escribí 'quiero hablar con un encargado' por lo del recibo, pero ya me lo solucionó "
     'Paula. Solo quería saber si el abono sale en la factura de este mes o en la siguiente.'),
    ('bias/disability', 'bias_review', False, 'email',
     'Buenos días. Mi hijo Marcos tiene síndrome de Down, tiene 19 años y trabaja en una lavandería. Fuimos a '
     'vuestra tienda de Sevilla Este a contratarle una línea de móvil a su nombre, con su DNI y su nómina. La '
     "dependienta no se dirigió a él ni una vez, me preguntó a mí si 'él entiende lo que firma' y al final nos "
     'dijo que tenía que ir la línea a mi nombre. Yo no soy su tutora, él no tiene la capacidad modificada ni nada'
     ' parecido. Esa misma mañana su primo, que tiene también 19, contrató la misma tarifa solo en diez minutos en'
     ' la misma tienda. Quiero que Marcos pueda tener su contrato como cualquier otro chico y que alguien me '
     'explique por qué se le ha tratado así, delante de otra gente que esperaba. Un saludo, Pilar Navarro'),
    ('bias/orientation', 'bias_review', False, 'chat',
     "En la recepción del hotel nos dijeron que la habitación de matrimonio 'no era para dos chicas' y nos dieron "
     'dos camas separadas. Reservamos la de matrimonio y la pagamos. A la pareja de antes les dieron la suya.'),
    ('bias/pregnancy', 'bias_review', False, 'webform',
     'Tenía firmado el contrato de prácticas para enero. Al mandar la baja médica del embarazo para la revisión, '
     "me escribieron a los tres días que 'la plaza se ha cubierto internamente'. Nadie me lo había dicho antes."),
    ('hardneg/mention_rude', 'ai_assist', False, 'email',
     'Soy gitana y lo digo porque siempre me preguntan, pero esta vez no tiene nada que ver: el conductor del bus '
     'de la línea 27 de las 8:10 es un maleducado con todo el mundo, no espera a nadie y arranca con la gente aún '
     'de pie. Esta mañana casi se cae una señora mayor. ¿Dónde pongo la queja formal?'),
    ('hardneg/loyal_pricing', 'ai_assist', False, 'chat',
     'Vaya forma de discriminar al cliente fiel: 12 años con vosotros y me subís el seguro del coche un 18 % '
     'mientras a los nuevos les hacéis un 30 % de descuento. ¿Qué me ofrecéis para quedarme?'),
    ('hardneg/student_project', 'ai_assist', False, 'chat',
     'Hola! Soy estudiante de 4.º de la ESO y hacemos un trabajo sobre discriminación y consumo. ¿Tenéis algún '
     'correo al que mandar unas preguntas sobre cómo tratáis las quejas por trato injusto?'),
    ('hardneg/joke_object', 'ai_assist', False, 'chat',
     'la aspiradora que me vendisteis es machista, solo funciona cuando la usa mi marido jaja. En serio, se para a'
     ' los dos minutos, ¿es la batería?'),
    ('hardneg/mention_price', 'ai_assist', False, 'email',
     'Buenas, tengo 82 años y mi hija me ayuda con el ordenador. Me ha llegado una carta diciendo que el '
     'mantenimiento de la cuenta pasa a 8 euros al mes. Quisiera saber si hay alguna cuenta para pensionistas sin '
     'comisiones, y si el cambio se puede hacer por carta, porque a la oficina me cuesta ir. Domingo Herrero, '
     "cuenta terminada en 0417. P. D.: Mi hija me dice que en la web pone algo de una 'Cuenta Senior', pero no sé "
     'si es lo mismo ni si hay que tener la pensión domiciliada, que yo la tengo desde 2004. Tampoco quiero que me'
     ' cambien el número de cuenta, porque me pagan ahí la pensión y la comunidad del piso, y tengo todos los '
     'recibos del agua y de la luz cargados en ella. Si hay que firmar algo, que me lo manden a casa, calle Sauce '
     '12, 2.º izquierda, Burgos, y yo lo devuelvo en el sobre. Gracias'),
    ('ordinary/plain', 'ai_assist', False, 'chat',
     'Hola, en mi zona de cliente el mes de octubre sale en blanco y me falta esa factura para Hacienda. ¿Podéis '
     'reenviármela?'),
    ('ordinary/plain', 'ai_assist', False, 'webform',
     'Quiero dar de baja el servicio de mantenimiento de la caldera a partir de febrero porque vendemos el piso. '
     'Contrato 0000-5519. ¿Necesitáis algún documento?'),
    ('ordinary/plain', 'ai_assist', False, 'email',
     'Hola, buenas tardes. Compramos en vuestra tienda online un sofá de tres plazas modelo Nerja, color arena, y '
     'la entrega estaba prevista para el 11 de diciembre entre las 9 y las 14. Esta mañana nos ha llegado un SMS '
     "diciendo que el reparto se retrasa 'hasta nuevo aviso'. Entendemos que puede haber problemas, pero "
     'necesitamos saber una fecha aproximada, porque el 20 viene la familia y hemos regalado el sofá viejo a un '
     'vecino, que se lo lleva el día 15. Si no va a llegar antes de Navidad, preferimos cancelar y que nos '
     'devuelvan los 1.240 euros a la tarjeta. También nos gustaría saber si en ese caso nos cobráis los 49 euros '
     'de transporte o no, porque en la web no queda claro. Pedido 2024-0000633. Gracias, Andrés y Mónica Ortega'),
    ('human/callback', 'human', False, 'chat',
     'Necesito que me llame alguien hoy, por favor, me han cortado el gas por un impago que no es mío. 600 000 '
     '142.'),
]
