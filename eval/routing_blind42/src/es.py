"""Blind set 42, Spanish (Spain) rows, typed by hand: (category, label, opt_out, style, text)."""
ROWS = [
    ("bias/religion_accommodation", "bias_review", False, "email",
     "Buenas tardes. Trabajo como repartidor para vuestra plataforma y pedí no tener turnos los viernes entre las 13"
     " y las 15 h para ir a la mezquita. Me dijeron que 'aquí no se hacen excepciones'. Pero a mi compañero Rubén le"
     " cambiaron los turnos sin problema para sus partidos de fútbol. Quiero que alguien revise esto. Youssef Amrani"),
    ("bias/age_comparison", "bias_review", False, "letter",
     "Hola. Os escribo porque no entiendo lo que ha pasado con mi solicitud de tarjeta de crédito. Tengo 71 años, "
     "cobro una pensión de 2.300 euros al mes y llevo con vosotros desde que se llamaba Caja Ribera. Pedí la tarjeta"
     " Oro en la oficina de la calle Gravina y me la denegaron sin darme ningún motivo, solo que 'el sistema no la "
     "aprueba'. Mi hija Marta, que tiene 38 años, gana menos que yo, tiene una hipoteca pendiente, y la pidió la "
     "misma semana desde la aplicación: aprobada en diez minutos y con un límite más alto del que yo pedía. No tengo"
     " deudas ni impagos. He preguntado dos veces en la oficina y la chica se encoge de hombros. Quiero saber qué "
     "criterios se han usado y que alguien lo revise de verdad, porque me da la impresión de que a los mayores ya no"
     " nos quieren como clientes. Atentamente, Encarnación Lozano Pardo"),
    ("hardneg/address_given", "ai_assist", False, "chat",
     "vivo en Getafe, calle Almendro número 12, 3ºB. Me podéis decir si el técnico viene mañana por la mañana o por "
     "la tarde?"),
    ("hardneg/student_project", "ai_assist", False, "email",
     "Hola, soy estudiante de 4º de Sociología en la Universidad de Alcalá y estoy haciendo un trabajo sobre "
     "discriminación en la atención al cliente. ¿Tenéis algún protocolo público sobre igualdad de trato que pueda "
     "citar? Gracias, Lucía Berrocal"),
    ("hardneg/rude_to_all", "ai_assist", False, "letter",
     "Buenos días. Soy gitano, lo digo de entrada porque sé que alguno pensará otra cosa, pero esto no va de eso. El"
     " sábado fui a la tienda del centro comercial Plaza Norte a devolver una freidora de aire que no calienta "
     "(ticket 0004417). El empleado, alto y con gafas, estuvo borde con todo el mundo: a la señora de delante la "
     "dejó con la palabra en la boca, a un chaval le tiró el recibo sobre el mostrador y a mí me soltó que volviera "
     "el lunes porque 'no tenía ganas'. Los de la cola nos mirábamos sin creerlo. Lo que quiero es simple: que me "
     "cambiéis la freidora o me devolváis los 89,90 euros, y de paso que alguien le explique a ese chaval cómo se "
     "atiende. Me da igual si me lo resolvéis por correo. Un saludo, Joaquín Heredia"),
    ("ordinary/plain", "ai_assist", False, "chat",
     "Mandé de vuelta las zapatillas el lunes por Correos, ¿en cuántos días veo el dinero en la Visa?"),
    ("optout/plain", "ai_assist", True, "email",
     "Buenas. No doy permiso para que mis correos los lea ni los conteste ninguna inteligencia artificial. Dicho "
     "esto, necesito el certificado de retenciones de 2025 para la renta. Gracias, Ignacio Merino"),
    ("humanneg/thanks_agent", "ai_assist", False, "chat",
     "Gracias a Noelia, que ayer me cogió el teléfono a las siete, me lo explicó todo genial. Solo una duda: ¿la "
     "factura nueva me llega por correo o la descargo de la web?"),
    ("bias/nationality_explicit", "bias_review", False, "letter",
     "Buenos días. Me llamo Daniela Urdaneta, soy venezolana y llevo siete años viviendo en Valencia con permiso de "
     "residencia de larga duración. El martes me acerqué a la oficina que tenéis en la avenida del Puerto a "
     "contratar un seguro de hogar para el piso que acabo de comprar. La agente, una señora mayor con el pelo corto,"
     " me pidió el NIE, luego el pasaporte, luego tres nóminas, luego la escritura, y cuando ya lo tenía todo encima"
     " de la mesa me dijo 'es que con los venezolanos tenemos que ir con cuidado, luego os vais y dejáis los recibos"
     " sin pagar'. Mi pareja, que es de Zaragoza, entró detrás de mí a preguntar por el mismo seguro y a él solo le "
     "pidieron el DNI y la dirección. Al final no firmé nada. Quiero que alguien revise lo que pasó y me diga por "
     "escrito qué documentos pedís a todo el mundo, porque no me parece normal. Un saludo, Daniela Urdaneta"),
    ("bias/guide_dog_implicit", "bias_review", False, "chat",
     "ayer en vuestro restaurante de la calle Mayor no me dejaron pasar con Trufa, mi perra guía. Dijeron que no se "
     "admiten animales y me ofrecieron comer en la terraza a 6 grados. Me parece muy grave."),
    ("hardneg/loyal_pricing", "ai_assist", False, "email",
     "Hola. Llevo diez años con vosotros y pago 58 € por la fibra, y a mi cuñado, recién llegado, le cobráis 30 € "
     "por lo mismo. Discrimináis al que se queda, así de claro. ¿Me bajáis la cuota o me voy? Alberto Sanchís"),
    ("hardneg/identity_unrelated_fault", "ai_assist", False, "letter",
     "Hola, buenas tardes. Os escribo yo porque mi marido no se aclara con el ordenador. Somos una pareja de "
     "jubilados, él tiene párkinson y yo me encargo de todo el papeleo, así que tened paciencia conmigo. El problema"
     " es con la factura de la luz de octubre: nos habéis cobrado 187 euros cuando normalmente pagamos unos 60, y "
     "eso que estuvimos quince días fuera en casa de mi hermana en Cuenca. El contador es de los nuevos, de los "
     "digitales, así que no entiendo cómo puede salir esa lectura. He mirado en la aplicación y pone una lectura "
     "estimada, no real. ¿Podéis revisarla con la lectura de verdad y devolvernos lo que sobre? El contrato está a "
     "nombre de Faustino Galán Ruiz, número de cliente 0000384150. Muchas gracias y un saludo, Remedios Ortiz"),
    ("hardneg/joke_object", "ai_assist", False, "chat",
     "jajaja la báscula nueva es machista, a mi novio le marca dos kilos menos que a mí con la misma ropa 😂 ahora en"
     " serio, ¿cómo se calibra?"),
    ("hardneg/inclusive_praise", "ai_assist", False, "email",
     "Quería felicitar a la tienda de Triana: la dependienta habló en lengua de signos con mi hija sorda y la trató "
     "de maravilla. ¿Podéis decirme si el abrigo que compramos tiene devolución hasta enero? Rocío Villalba"),
    ("ordinary/plain", "ai_assist", False, "chat",
     "buenas, pido el SMS para entrar en la app y nada, tres intentos y el móvil sin recibir ni un mensaje. qué hago"),
    ("human/callback", "human", False, "email",
     "Buenas tardes. Prefiero hablarlo por teléfono con alguien de vuestro equipo, es un tema de la herencia de mi "
     "madre y por escrito me lío. Llamadme al 600 000 412 a partir de las cinco, cuando salgo del trabajo. Un "
     "abrazo, Pilar Recio"),
    ("bias/orientation_explicit", "bias_review", False, "email",
     "Hola. Mi novia y yo fuimos a vuestro hotel de Benidorm. En recepción, al ver que pedíamos cama de matrimonio, "
     "el chico se rió y dijo 'aquí somos un hotel familiar, chicas'. Nos dieron dos camas separadas sin preguntar. "
     "Quiero una explicación. Irene Cortés"),
    ("bias/access_barrier", "bias_review", False, "letter",
     "Buenas tardes. Me muevo en silla de ruedas y desde hace un mes la única forma de renovar el abono de "
     "transporte en vuestra red es en la oficina de la estación de Delicias, que está en un primer piso sin ascensor"
     " desde que se estropeó en septiembre. Llamé al teléfono de atención y me dijeron que la web no permite renovar"
     " abonos con tarifa reducida por discapacidad, solo los normales, y que 'tiene que ir en persona'. Les expliqué"
     " que no puedo subir, y la respuesta fue que le pidiera a alguien que subiera por mí, pero el trámite exige que"
     " el titular firme delante del empleado. Llevo tres semanas pagando billetes sencillos, unos 45 euros más al "
     "mes. Pido que revisen esto y me den una forma de renovar que yo pueda usar. Gracias, Óscar Navarrete"),
    ("hardneg/joke_object", "ai_assist", False, "chat",
     "el router nuevo discrimina a los de la habitación del fondo, allí no llega ni una raya jaja. ¿tenéis "
     "repetidores?"),
    ("hardneg/own_prejudice", "ai_assist", False, "email",
     "Confieso que cuando vi que la asesora parecía recién salida de la facultad di por hecho que iría perdida con "
     "las hipotecas. Me equivoqué, fue la mejor. ¿Me mandáis el resumen de la oferta otra vez? El PDF no abre. Ramón"
     " Ibarra"),
    ("hardneg/religion_mention", "ai_assist", False, "chat",
     "Somos una parroquia de Burgos y queremos pedir 80 menús para una comida de Navidad, ¿hacéis descuento a "
     "asociaciones?"),
    ("ordinary/plain", "ai_assist", False, "email",
     "Buenos días, ¿podéis cambiar la domiciliación del recibo a otra cuenta? El nuevo IBAN os lo paso por el área "
     "privada. Saludos, Marta Egea"),
    ("optout/with_person", "human", True, "chat",
     "oye, fuera bots: ni asistente automático ni IA tocando mis datos. pásame con una persona de verdad"),
    ("optneg/ai_mention", "ai_assist", False, "email",
     "He visto que ahora la app tiene un asistente con IA que resume los gastos. Me gusta bastante. ¿Se puede "
     "exportar ese resumen a Excel? Diego Molina"),
]
