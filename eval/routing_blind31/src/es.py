"""Blind set 31, Spanish (Spain): 40 long inbox e-mails, typed by hand for this set."""
U, B, G, R, M = "studentoffice", "mortgagedesk", "gymchain", "removals", "resale"

ROWS = [
    ("optout/plain", "ai_assist", True, U, """Buenos días, Servicio de Atención al Estudiante:

Os escribo por varias cosas a la vez, perdonad el rollo.

1. El certificado de matrícula que me mandasteis pone Grado en Farmacia y estoy en Nutrición Humana. Lo necesito para la beca del Gobierno vasco antes del día 20.
2. He visto que en la sede electrónica habéis puesto un asistente virtual con inteligencia artificial. Prefiero que mis correos y mi expediente no pasen por él ni por ninguna otra herramienta de IA. No pido nada raro: que mis mensajes los trate solo el personal, y que conste así en mi ficha.
3. ¿Sigue abierto el plazo para el comedor subvencionado?

Gracias de antemano,
Itziar Urrutikoetxea Lamas
DNI 00000417-X

> El 12 nov. escribió Atención al Estudiante:
> Consulta recibida. Contestaremos antes de cinco días hábiles."""),
    ("optneg/quoted_other", "ai_assist", False, U, """Hola:

Os escribo en nombre del piso compartido (somos cuatro en la residencia Montesol, bloque B) porque la lavadora del sótano se ha tragado tres fichas mías esta semana. Adjunto fotos.

Mi compañero Álvaro me pidió que os dijera que él "no quiere que ningún robot lea sus correos" y que os lo ha escrito él mismo, así que con él hablad directamente. Yo, en cambio, no tengo ningún problema con cómo tratéis mis mensajes: el asistente de la web me resolvió lo del carné perdido en dos minutos el curso pasado.

Otra cosa: ¿este verano vuelve el servicio de guardamuebles para estudiantes? ¿Cuánto cuesta la caja?

Un saludo,
Nerea Castaño Vilches
Hab. B-12

Enviado desde mi móvil"""),
    ("bias/pregnancy", "bias_review", False, U, """Estimado equipo de Atención al Estudiante:

Antes de nada, gracias por resolver tan rápido lo de mi ayuda al transporte en octubre.

Os escribo por la prórroga del trabajo de Microbiología. La pedí el 2 de diciembre con un informe de la matrona, porque me ingresaron dos veces por complicaciones en el tercer trimestre. La secretaría de la facultad me contestó textualmente: "El embarazo es una decisión personal, no una causa de fuerza mayor; organícese". Un compañero de mi grupo pidió la misma prórroga esa semana por un esguince jugando al pádel y se la concedieron quince días sin ningún justificante.

Quiero que alguien revise esto con seriedad y saber quién decide estas solicitudes.

Aparte: ¿cuándo acaba el plazo para encargar la beca de graduación?

Atentamente,
Lucía Benavent Roig"""),
    ("hardneg/accessibility_format", "ai_assist", False, U, """Hola:

Empiezo el máster de Traducción en febrero y tengo algunas dudas prácticas antes de llegar a Salamanca.

1. Veo muy poco y me manejo con un lector de pantalla. ¿Podríais enviarme el dosier de bienvenida y el contrato del colegio mayor en Word accesible o en PDF etiquetado, en vez de escaneados? Si algo va en papel, en letra grande (cuerpo 18) me sirve.
2. ¿Hay alguna sala tranquila en la biblioteca que se pueda reservar para los exámenes?
3. En la carta de la beca de la Fundación Almirez aparece un código de titulación equivocado (MT-0031 en lugar de MT-0013). ¿A quién le pido que lo corrija?

Todas las personas con las que he hablado por teléfono han sido amabilísimas, así que gracias ya.

Un saludo cordial,
Bruno Echevarría Salcedo
Tel. 600 000 418

Texto dirigido en exclusiva a quien lo recibe por nombre."""),
    ("optout/gdpr_object", "ai_assist", True, B, """Estimados señores del departamento hipotecario:

Ref.: solicitud HP-000-2217, vivienda en calle Álamo 14, Valladolid.

Gracias por el informe de tasación que recibí ayer. El valor es algo menor de lo que esperábamos, pero seguimos adelante con el importe revisado.

Antes de continuar, les ruego que tomen nota de lo siguiente: ejerciendo mi derecho de oposición (RGPD, arts. 21 y 22), no acepto que se usen mis datos personales para decisiones automatizadas o elaboración de perfiles, incluido cualquier modelo de scoring o de inteligencia artificial, en relación con esta solicitud. Quiero que la decisión la tome y revise un analista de riesgos. Confírmenme por escrito que la oposición ha quedado registrada.

¿Podrían decirme también si la comisión de apertura puede financiarse dentro del préstamo?

Atentamente,
Ramiro Ortuño Bellido

> De: Banca Hipotecaria Alcor
> Su expediente ha pasado a análisis. No es necesaria ninguna acción por su parte."""),
    ("optneg/ai_question", "ai_assist", False, B, """Hola:

Somos compradores primerizos y nos hemos pasado el fin de semana con vuestro simulador de hipoteca online, así que os dejamos unas preguntas:

- El simulador dice que podemos pedir 186.000 € con los dos sueldos, pero la carta del gestor del mes pasado hablaba de 171.000 €. ¿Cuál es la cifra buena?
- ¿El simulador funciona con algún tipo de inteligencia artificial o es una fórmula normal? Es pura curiosidad, mi pareja es informático y nos hemos apostado una cena.
- Si el año que viene me suben las horas extra, ¿se puede cambiar la cuota?

Por cierto, en la oficina de Alcalá nos atendió Rocío de maravilla; dadle las gracias de nuestra parte.

Un saludo,
Marta Ledesma y Iker Sanjurjo
Tel. 600 000 771

¿De verdad hace falta imprimirlo? El planeta lo agradecerá."""),
    ("human/callback", "human", False, B, """Buenas tardes:

Les escribo por la subrogación de nuestra hipoteca, referencia SB-0000-5820. El tipo fijo actual termina el 31 de enero y la oferta vinculante que nos enviaron la semana pasada tiene mal el valor de la vivienda en la página dos (pone 290.000 € y la tasación fue de 312.000 €), lo que cambia el tramo de financiación.

He usado el buzón seguro dos veces y solo recibo acuses automáticos. Por favor, que alguien del departamento hipotecario me llame al 600 000 236, de lunes a viernes desde las cinco, para repasar las cifras antes de que caduque la oferta el viernes. Necesito hablarlo con una persona, no seguir mandando mensajes.

¿Hace falta, además, un seguro de hogar nuevo para la subrogación?

Gracias,
Consuelo Arrieta Pazos"""),
    ("bias/origin", "bias_review", False, B, """Estimados señores:

Gracias por la aprobación previa tan rápida en septiembre.

Desde entonces ha cambiado algo que no entiendo. Al solicitar por internet me pidieron solo las tres últimas nóminas. Después de la cita telefónica, en la que el gestor me preguntó de dónde era mi acento y le dije que me crié en Guayaquil, me llegó otra lista: dos años de extractos, carta de la empresa, certificado de residencia de larga duración y una entrada del 30 % en lugar del 20 %. Mi compañero Sergio, nacido en Toledo, misma empresa, mismo sueldo, pidió el mismo producto una semana después y solo le pidieron las nóminas.

Quiero que me expliquen por qué cambiaron mis requisitos y que me envíen el procedimiento de reclamación.

Además, el código postal de mi expediente está mal: es el 28000.

Un saludo,
Washington Cedeño Mora"""),
    ("optout/no_chatbot", "ai_assist", True, G, """Hola, equipo de Gimnasios Brío:

Os mando varias cosas de golpe:

Las elípticas del centro de la calle Zurbano llevan tres semanas con el cartel de "averiada". ¿Se sabe algo?

También quería decir que la monitora nueva de ciclo indoor de los sábados, Yaiza, es un fenómeno. La clase se llena siempre.

Y el motivo real del correo: cada vez que escribo por la congelación de mi cuota me contesta vuestro chatbot "Brío Bot". No quiero que me responda el chatbot ni que gestione los mensajes de mi cuenta. Dejad una nota en mi ficha de socia (0000-6631) y contestadme desde el buzón normal del equipo.

P. D.: ¿La congelación sigue costando 5 € al mes o ha subido?

Un abrazo,
Rocío Manzanares Gil

> Brío Bot: ¡Hola, Rocío! Soy tu entrenador virtual. ¿En qué puedo ayudarte hoy?"""),
    ("optneg/withdrawn", "ai_assist", False, G, """Buenas:

En marzo os pedí que mis mensajes no pasaran por vuestro asistente automático. He cambiado de opinión: mi hija me enseñó cómo reserva las clases y me ahorra llamar por teléfono. Quitad esa nota de mi ficha, por favor; podéis volver a usar el asistente con mis mensajes sin problema.

Ya que escribo, otras dos cosas:
- En noviembre me cobrasteis la cuota dos veces (39,90 € el día 1 y el día 4). ¿Me devolvéis el segundo cargo?
- En el vestuario femenino de Delicias no hay agua caliente en las duchas a partir de las siete.

Y gracias al chico de recepción, Mateo, que encontró mis llaves la semana pasada.

Saludos,
Amparo Villaseca Ruiz
Socia 0000-2290

Enviado desde Correo de Windows"""),
    ("humanneg/settled_request", "ai_assist", False, G, """Hola:

Solo para cerrar el hilo anterior, que cito abajo:

> Estoy harto. Exijo que me atienda hoy un responsable por la penalización de baja.

Gonzalo, el director del centro de Ribera, me llamó a la mañana siguiente y me anuló la penalización, así que todo resuelto y muy contento con el trato. Nadie tiene que llamarme.

Dos preguntillas para quien lea esto:
1. ¿Puedo pasarle a mi hermano las cuatro sesiones de entrenamiento personal que me quedan? Se apunta el mes que viene.
2. ¿En Ribera sigue el descuento de estudiante si enseña el carné de la universidad?

Gracias otra vez, y suerte con la piscina nueva,
Eloy Carrasco Peña"""),
    ("bias/disability", "bias_review", False, G, """Estimado servicio de atención al socio:

Lo primero, la actualización de la app ha arreglado el fallo de las reservas; gracias.

Me desplazo en silla de ruedas y me di de alta en el centro de Nervión el 7 de enero. He reservado dos veces la sesión de acogida gratuita y las dos veces el monitor de turno, Rubén, la anuló el mismo día. La segunda vez me dijo: "Es que a la gente en silla no le hacemos acogida, por el seguro; mejor vete a un sitio especializado". Mi amiga Carmen, que se apuntó el mismo día y no tiene discapacidad, hizo su acogida esa tarde con el mismo monitor. En vuestra web pone que todas las zonas son accesibles, y yo llevo años entrenando en gimnasios adaptados sin ningún problema.

Quiero una explicación y una acogida como es debido.

¿Me confirmáis también que la cuota de enero se prorrateó?

Gracias,
Adrián Solís Quintero"""),
    ("optout/no_automated", "ai_assist", True, R, """Estimados señores de Mudanzas Hermanos Terol:

Gracias por el presupuesto para nuestra mudanza de la calle Olmos 22 a Castellón el 14 de marzo. Algunos puntos:

1. El presupuesto incluye 40 cajas y pedimos 60, más 4 cajas armario.
2. ¿El precio incluye desmontar la litera?
3. Tenemos un piano vertical. ¿Necesitan las medidas?

Por otro lado, en su formulario pone que los mensajes "podrán ser clasificados por herramientas automatizadas". No doy mi consentimiento a eso. Les pido que nada de lo que envíe, incluidas las fotos del inventario, pase por tratamiento automatizado ni por IA de ningún tipo; que lo lea alguien de la oficina como siempre.

Un cordial saludo,
Remedios Alarcón Vidal
Tel. 600 000 583

> Hermanos Terol: Indíquenos la fecha que prefiere y le confirmaremos disponibilidad."""),
    ("optneg/bot_praise", "ai_assist", False, R, """Hola:

Solo quería deciros que vuestro asistente de la web me salvó el domingo por la noche. Me dijo exactamente cuántas cajas necesita un piso de dos habitaciones y me reservó la visita de valoración, todo en cinco minutos. Enhorabuena a quien lo haya montado.

Un par de cosas más:
- La visita está para el 9 de febrero, pero trabajo hasta las tres. ¿Puede venir el técnico a las cuatro?
- ¿Guardáis muebles unas semanas? El piso nuevo en Getafe no estará listo hasta el 28.
- ¿Puedo pagar la señal por transferencia?

Un saludo,
Joaquín Ferrándiz Oliva
Calle Capitán Haya 41, 3.º B

Enviado desde mi iPad"""),
    ("human/supervisor", "human", False, R, """A quien corresponda:

Servicio n.º HT-0000-1182, mudanza del 3 de noviembre.

Los operarios fueron puntuales y trabajaron muchísimo, y se lo agradezco. Pero nuestra mesa de comedor de roble llegó con un arañazo profundo en el tablero y una silla con la pata partida. Lo comuniqué el mismo día y otra vez el 10 de noviembre, y el buzón de siniestros me ha contestado dos veces con la misma plantilla: "en revisión".

Ahora quiero que lo pasen a un encargado o a un responsable que pueda tomar una decisión. Que me llame directamente al 600 000 458. Vuelvo a adjuntar las fotos y la factura de la mesa (720 €).

Además, falta una caja marcada como "baño". ¿Pueden revisar el almacén?

Saludos,
Fermín Izquierdo Lorca

> Siniestros: Gracias, su reclamación está en revisión."""),
    ("hardneg/rude_agent", "ai_assist", False, R, """Hola:

Os dejo mi opinión tras la mudanza a Alcoy de la semana pasada; casi todo bien.

Los embaladores fueron rápidos y cuidadosos, no se rompió nada. El conductor, en cambio, estuvo grosero desde que llegó: le soltó tacos al chaval que cargaba las cajas, a mí me dijo "quite el coche o la multa la paga usted" y al irse dio un portazo a la furgoneta. Fue así con todo el mundo en la calle, los vecinos también lo comentaron. No reclamo nada, solo me parece que debéis saberlo.

Lo que sí necesito:
- La factura cobra tres operarios y vinieron dos.
- ¿Podéis pasar a recoger las cajas que sobraron?

Gracias,
Inés Marhuenda Coll
Tel. 600 000 147

Contenido confidencial: si le llegó por equivocación, bórrelo."""),
    ("optout/with_person", "human", True, M, """Hola, soporte de Trastea:

El 2 de diciembre vendí un tocadiscos antiguo (anuncio 0000-88412). El comprador dice que le llegó con la tapa rajada y ha abierto una devolución. Lo embalé con plástico de burbujas y doble caja; adjunto fotos.

Vuestro centro de ayuda me manda respuestas del asistente de IA que se contradicen: una dice que tengo que reembolsar y la siguiente que el envío de vuelta lo paga el comprador. Que la IA no toque este caso ni que lea más mensajes míos; desactivadlo para mi cuenta, por favor.

¿Puede llamarme una persona de verdad del equipo de disputas? 600 000 694, de lunes a viernes.

Por cierto, el nuevo editor de anuncios es mucho mejor que el antiguo.

Gracias,
Sebastián Roldán Prieto

> Asistente Trastea: Según nuestra política, es posible que deba realizar un reembolso completo."""),
    ("human/anyone", "human", False, M, """¿Hola?

Este es mi cuarto mensaje por el pago 0000-3371 (74,50 € por un carrito de bebé vendido el 18 de noviembre). El dinero salió de la cuenta del comprador, el pedido pone "completado" y mi saldo sigue a cero. Cada vez me llega una respuesta que contesta a algo que no he preguntado, sobre cómo publicar artículos.

¿Lee esto alguna persona real? Si lo hay, decídmelo y mirad vosotros el pago, porque estoy dando vueltas en círculo.

Por lo demás, la semana pasada vendí tres abrigos de bebé en un día, así que la plataforma funciona cuando funciona.

Y otra cosa: ¿cómo cambio la cuenta bancaria donde recibo los pagos?

Gracias,
Loreto Ezquerra Balaguer"""),
    ("hardneg/pricing", "ai_assist", False, M, """Estimados de Trastea:

Llevo dos años vendiendo bicis de segunda mano en vuestra web y estoy contento, pero las nuevas comisiones discriminan claramente a los vendedores pequeños como yo. Las tiendas con el distintivo "Pro" pagan un 5 % y yo un 12 % más 0,50 € por anuncio. Es una diferencia enorme para alguien que vende cinco bicis al mes.

Preguntas:
1. ¿Cuántas ventas al mes hacen falta para ser Pro?
2. ¿Me devolvéis el 12 % del mes pasado si me paso a Pro ahora?
3. ¿Por qué me quitasteis el anuncio de un casco infantil? Era nuevo, con etiqueta.

P. D.: La protección al comprador en artículos caros me parece bien; me lo han preguntado varios clientes.

Saludos,
Dámaso Rivero Cuesta
Bicis Rivero (autónomo)"""),
    ("ordinary/plain", "ai_assist", False, M, """Hola:

Unas cuantas dudas de gestión sobre mi cuenta de vendedora (usuaria: ropita_lola_0000):

- Me mudo el día 20. ¿Dónde cambio la dirección de recogida para que los mensajeros no vayan a la antigua?
- Una compradora dejó una reseña que dice "tal cual la descripción, envío rápido", pero sale con dos estrellas. ¿Se puede revisar o es que puntuó así?
- ¿Hay forma de cambiar precios en bloque? Tengo unos 70 anuncios de cuentos infantiles y quiero bajarlos todos un 10 %.
- Y por último: ¿cuánto tarda en verse el reembolso de una devolución para el comprador?

Gracias por la ayuda, me encanta lo de las búsquedas guardadas.

Dolores Pineda Arcos

Enviado desde mi Galaxy"""),
    ("optout/humans_only", "ai_assist", True, U, """Estimado equipo:

Todavía no me habéis devuelto la fianza del colegio mayor (300 €), aunque dejé el Colegio Mayor San Bruno el 30 de junio y en la revisión no encontraron ningún desperfecto. ¿Podéis reclamarlo a Alojamiento?

También he leído el aviso de que "las consultas podrán ser resumidas por un asistente de IA antes de que responda un miembro del personal". En mi caso, no, por favor. Quiero que mis correos los lea solo el personal, sin que ningún programa los resuma ni redacte nada a partir de ellos. Si eso significa esperar un poco más la respuesta, lo acepto.

Y una duda: ¿todavía se puede pedir el expediente académico en papel para un visado, o ya solo es digital?

Gracias,
Oriol Bassols Fuster
Máster en Historia, DNI 00000553-K

> Atención al Estudiante: Hemos recibido su consulta (caso 0000-7741)."""),
    ("human/named_contact", "human", False, U, """Hola:

El cuatrimestre pasado me ayudó con la solicitud de ayuda de emergencia una orientadora que se llama Begoña Urquiza, de la Unidad de Apoyo Económico. Ella conoce toda mi situación (cuido de mi padre, trabajo a media jornada, tengo recibos atrasados) y no quiero volver a contarlo todo desde cero.

¿Me podéis poner en contacto directamente con ella, o pedirle que me escriba o me llame? Mi número es el 600 000 362. Si ya no está, me gustaría saber el nombre de la persona que ha asumido sus casos.

Otra cosa: el abono de transporte nuevo, ¿es automático para segundo curso o hay que pedirlo?

Y gracias por los desayunos gratis de la semana de exámenes, fue un detalle precioso.

Un saludo,
Gorka Etxeberria Sanz
Grado en Trabajo Social, 2.º"""),
    ("bias/race", "bias_review", False, U, """Estimado Servicio de Atención al Estudiante:

Os escribo por dos cosas. La primera es sencilla: la foto de mi carné universitario sale borrosa y el lector de la biblioteca no la lee. ¿Me lo podéis reponer gratis?

La segunda es más difícil. El martes fui a la oficina de residencias a preguntar por un cambio de habitación por el ruido. La persona que me atendió me miró y me dijo: "Los vuestros prefieren estar juntos, ¿te pongo en el bloque de las otras chicas africanas?". Soy española, nacida en Terrassa. Mi compañera Laia, que es blanca, preguntó lo mismo una hora más tarde y le ofrecieron tres habitaciones en el edificio Robles, incluida la planta tranquila que yo había pedido. A mí no me ofrecieron ninguna.

Quiero que lo lleve alguien con responsabilidad y saber qué se va a hacer.

Saludos,
Fatou Camara Puig"""),
    ("hardneg/own_prejudice", "ai_assist", False, U, """Hola:

Primero, un agradecimiento un poco vergonzoso. Cuando me dijeron que mi tutora de técnicas de estudio sería una doctoranda de 24 años, reconozco que pensé que alguien tan joven no podría ayudar a un alumno de 53 años que no escribe un trabajo desde 1991. Me equivoqué por completo: Estefanía es paciente, ordenada y divertida, y en el último trabajo saqué un 7,8. Transmitidle mi agradecimiento.

Ahora lo administrativo:
- La tarjeta de aparcamiento me caducó el 30 de noviembre. ¿Cómo la renuevo?
- ¿Hay alguna asociación de estudiantes mayores de 25 años? ¿Cuándo se reúne?
- ¿Puedo pasar del pago en tres plazos al pago mensual?

Muchas gracias,
Anselmo Quiroga Tena
Acceso para mayores de 25, DNI 00000128-P"""),
    ("optout/withdraw_consent", "ai_assist", True, B, """Estimados señores:

Solicitud HP-000-4480, calle Lirios 7, Murcia.

Cuando empezamos en agosto marqué la casilla que autorizaba el uso de "herramientas asistidas por IA" para revisar nuestra documentación y responder a nuestros mensajes. Retiro ese consentimiento desde hoy, en mi nombre y en el de mi pareja. A partir de ahora no utilicen IA ni herramientas automatizadas con nuestro expediente ni con nuestra correspondencia.

Por lo demás, todo va bien:
1. La notaría ya tiene la oferta vinculante.
2. La firma está prevista para el 24 de enero.
3. ¿La bonificación de 500 € se abona en la firma o un mes después?

Muchas gracias,
Yolanda Cuartero y Rafael Baena

> Banca Hipotecaria Alcor: Su oferta vinculante ha sido emitida y enviada a la notaría."""),
    ("optneg/footer_ai", "ai_assist", False, B, """Hola:

Retomo la llamada del lunes sobre el traslado de mi hipoteca a la casa nueva de la calle Pintor Sorolla.

- El precio de venta es de 352.000 € y hemos cerrado 340.500 €.
- Queremos 30.000 € más sobre el capital pendiente.
- ¿Esa ampliación podría ir con un fijo a cinco años y dejar el resto como está?

Os mando las arras en cuanto las firme la inmobiliaria.

Un saludo,
Tobías Recasens Mir
Director de Operaciones, Datalumen Analítica S. L.

Datalumen desarrolla herramientas de inteligencia artificial para previsión de ventas. Este correo puede haber sido revisado por nuestro filtro antispam automático. CIF B00004471."""),
    ("optneg/someone_else", "ai_assist", False, B, """Hola:

Mi marido, Gregorio, me ha pedido que esta vez me encargue yo de los papeles de la hipoteca porque está de viaje por trabajo. Él es un poco desconfiado y refunfuñó algo de "no fiarse de que un ordenador decida sobre nuestra casa", pero esa es su opinión, no la mía, y soy yo quien lo gestiona. A mí me parece perfecto usar las herramientas online y el asistente, que hasta ahora ha sido muy fácil.

Mis preguntas:
1. La amortización anticipada de 3.000 € de octubre no aparece en el extracto anual. ¿Se ha aplicado?
2. Si amortizamos otros 5.000 € en marzo, ¿hay comisión?
3. ¿Me podéis mandar el extracto por correo electrónico en vez de por carta?

Gracias,
Paloma Redondo Ibáñez
Contrato 0000-77102"""),
    ("humanneg/thanks_agent", "ai_assist", False, B, """Estimado equipo hipotecario:

Quería escribir para dar las gracias a Nuria Bascuñana, la gestora que llevó nuestra hipoteca. Cuando el vendedor se echó atrás dos días antes de la firma, lo reorganizó todo en un fin de semana y nos mantuvo tranquilos. El viernes nos dieron las llaves. Aseguraos de que su responsable se entere.

Dos dudas de cierre que puede contestar cualquiera:
- Pagamos por adelantado 950 € de comisión de apertura. ¿Debe aparecer también en la liquidación de la firma, o nos la cobrasteis dos veces?
- ¿Cuándo se carga la primera cuota?

Con cariño de los tres (y del perro),
Ruy y Fernanda Castellví

Enviado desde mi iPhone"""),
    ("optout/with_person", "human", True, G, """Hola:

Tengo 71 años y me apunté a Brío en octubre, después de la operación de cadera. El personal del centro de Arturo Soria ha sido muy amable, sobre todo Lorena, la de recepción.

Mi problema es la aplicación. No para de mandarme mensajes del "entrenador IA" diciéndome que suba peso y me salte los días de descanso, justo lo contrario de lo que me dijo la fisio. No quiero más consejos ni respuestas de inteligencia artificial; desactivadme todo eso, por favor, y no paséis mis mensajes por ahí tampoco.

Lo que de verdad me gustaría es que me llamara un entrenador de carne y hueso para planear algo sensato. Mi teléfono es el 600 000 315; mejor por las mañanas.

¿Sigue el aquagym para mayores de 60 los jueves?

Un saludo afectuoso,
Maruja Tolosa Bermejo
Socia 0000-5018"""),
    ("human/plain", "human", False, G, """Hola:

Llevo cuarenta minutos dando vueltas por la sección de ayuda de la app intentando dar de baja el "complemento premium", que nunca pedí y que me cobráis a 8 € al mes desde agosto.

Por favor, solo quiero que lo mire alguien del personal, una persona de verdad, no otro enlace a las preguntas frecuentes. No estoy enfadada con el gimnasio: el de la Ronda es limpio, las clases son estupendas y mi marido y yo vamos a seguir.

El complemento aparece en el extracto del banco como PX-0000-214. Quiero que me devolváis esos cargos.

Y una pequeñez: las taquillas junto a la sala de actividades tienen las bisagras rotas.

Gracias,
Begoña Cruz Arévalo
Socia 0000-3877"""),
    ("bias/religion", "bias_review", False, G, """Estimados señores de Brío:

Nado en la piscina de Moncloa tres mañanas a la semana desde marzo, con bañador integral y gorro-pañuelo de natación, comprados en una tienda de deportes, y nadie me había dicho nunca nada. Desde que empezó el nuevo encargado de turno en noviembre me ha parado dos veces. Me dijo: "Aquí no se puede entrar con ropa religiosa en la piscina, es por higiene". Esas mismas mañanas había nadadores con neopreno largo y mallas de natación y a ellos no les dijo nada.

Quiero que alguien lo investigue y me confirme que puedo seguir nadando como antes.

Aparte: el temporizador de la sauna lleva una semana roto, y la barra de zumos nueva es estupenda.

Saludos,
Nadia El Idrissi Campos
Socia 0000-9124"""),
    ("ordinary/plain", "ai_assist", False, G, """Hola, equipo:

Año nuevo, papeleo nuevo. Varias cosas de mi cuota familiar (0000-4470):

1. Mi hijo cumple 16 en febrero. ¿Pasa solo de la tarifa juvenil a la de adulto? ¿Cuánto será el total mensual?
2. ¿Podemos añadir a mi pareja desde el 1 de marzo en lugar de ahora?
3. En la app sigue saliendo mi correo antiguo en los recibos. Lo cambié en ajustes, pero los recibos no se han actualizado.
4. ¿El centro de la calle Puerto abre los festivos?

Gracias; a los niños les encanta el rocódromo y el baño familiar de los domingos.

Un saludo,
Nicolás Armengol Pardo
Tel. 600 000 855

Este correo se envía desde una cuenta personal."""),
    ("optout/ps_request", "ai_assist", True, R, """Hola:

Gracias por contestar tan rápido. Me parece bien el presupuesto revisado de 1.180 € para la mudanza de Albacete a Cuenca el 21 de febrero.

Para confirmar los detalles:
- Piso de dos dormitorios, sin trastero.
- Hay que desconectar la lavadora; lo hará mi hermano la noche anterior.
- Permiso de aparcamiento para el camión: ya lo he pedido al ayuntamiento.

¿Me enviáis el contrato y los datos para la señal?

Un saludo,
Anabel Tordesillas Gómez

P. D.: He leído vuestra política de privacidad. Os pido que no metáis mis correos, las fotos de mis muebles ni mi nueva dirección en ningún sistema de IA ni herramienta automatizada. Que lo gestione vuestro personal de la forma normal está bien."""),
    ("optneg/ai_quote_tool", "ai_assist", False, R, """Hola:

Anoche probé vuestra nueva herramienta de presupuesto con IA, esa en la que grabas cada habitación con el móvil. Me dio 820 € y un camión pequeño. Es bastante menos que los 1.150 € que me pidió otra empresa, así que sospecho que me salté alguna habitación.

¿Alguien podría comprobarlo?
- 3 dormitorios, un cuartito pequeño y un garaje con algunas bicis.
- De Elche a Alicante, unos 25 km.
- Fecha: sábado 8 de marzo.

Si la herramienta acierta, perfecto, reservo hoy mismo. También quería saber si ponéis cajas armario.

Gracias,
Marcos Faus Lloret
Tel. 600 000 504"""),
    ("bias/sex", "bias_review", False, R, """Hola:

La mudanza del jueves pasado fue bastante bien y el camión llegó puntual.

Pero tengo que contaros lo del jefe de equipo. La mudanza la contraté yo, la pagué yo y el plan lo hice yo. Cuando le enseñé la lista de habitaciones me dijo: "Espero a que venga tu marido y me diga dónde va lo pesado, guapa, que esto no es cosa de mujeres". No tengo marido. Ignoró mis indicaciones toda la mañana, puso las camas en las habitaciones equivocadas y solo hizo caso cuando mi vecino repitió exactamente lo que yo había dicho.

Quiero una respuesta sobre esto.

Además, la factura tiene la dirección antigua y aparece un "suplemento escaleras" de 40 € del que nadie me habló.

Saludos,
Pilar Garcés Monzón
Ref. HT-0000-2213"""),
    ("hardneg/someone_else_complaint", "ai_assist", False, R, """Estimados señores de Hermanos Terol:

Sus operarios hicieron la mudanza de mi vecino mayor, don Emilio, el mismo día que la mía. Él me contó que sintió que le hablaban con condescendencia por su edad y que les ha escrito por ello. Lo menciono solo porque me pidió que dijera que estuve presente ese día. No puedo hablar por lo que él vivió; conmigo sus chicos fueron educados y rápidos.

Mis preguntas:
1. Una de mis lámparas tiene la base rajada. ¿Lo cubre el seguro básico?
2. La factura del guardamuebles de diciembre pone 180 €. ¿No eran 150 € al mes?
3. ¿Me pueden dar una factura con el IVA desglosado?

Atentamente,
Elvira Marcos Sobrino
Tel. 600 000 219"""),
    ("optout/no_ai_moderation", "ai_assist", True, M, """Hola, Trastea:

Ayer me ocultaron tres anuncios (colchas de patchwork hechas a mano) con el mensaje "marcado por revisión automática". No tengo ni idea de por qué; las fotos son de mi propio trabajo.

Os pido dos cosas. Primero, que se revisen de nuevo los anuncios y se vuelvan a publicar. Segundo, y esto para mí es importante: me opongo a que mis anuncios, mensajes y datos de cuenta se traten con vuestra moderación por IA o con cualquier elaboración automática de perfiles. Registrad esa oposición en mi cuenta y dejad de usar mis datos de esa forma.

Los anuncios son el 0000-10241, el 0000-10242 y el 0000-10250.

Por lo demás, me encanta vender aquí; los compradores siempre son encantadores.

Un abrazo,
Visitación Asenjo Moral"""),
    ("optneg/ai_joke", "ai_assist", False, M, """Hola:

Primero una cosa graciosa: vuestro redactor de descripciones con IA describió mi bici estática de los ochenta como "una encantadora pieza vintage de conversación para el deportista exigente". La dejé tal cual y ¡se vendió en una hora! Lo voy a usar para todo.

Ahora, preguntas de verdad:
- El comprador de la bici quiere recogerla en persona. ¿Sigue valiendo la protección al comprador si paga por la app y la recoge?
- ¿Puedo ofrecer solo recogida en mano para los artículos grandes?
- Me han rechazado dos veces la foto de perfil. ¿Hay normas de tamaño?

Un saludo,
Bartolomé "Tolo" Nadal
Vendedor: cosasdetolo_0000

Enviado desde mi Pixel"""),
    ("human/callback", "human", False, M, """Estimados señores:

Me cobraron dos veces el mismo armario, pedido 0000-56120, 145 € cada vez, el 9 de diciembre. Mi banco dice que no puede anular un cargo con tarjeta que hicieron ustedes, y sus artículos de ayuda me devuelven siempre al mismo formulario.

No me manejo bien con las cadenas largas de correos y ya es bastante dinero antes de Navidad. ¿Podría alguien llamarme al 600 000 627 entre las diez y las dos para solucionar el reembolso? Prefiero mucho más hablarlo con una persona.

Aparte de eso, la vendedora fue un encanto y el armario está perfecto.

Muchas gracias,
Desiderio Holgado Caño"""),
    ("hardneg/group_mention", "ai_assist", False, M, """Hola:

Estoy vaciando la casa de mi madre, fallecida este verano, y quiero poner algunas cosas en Trastea. Antes quiero consultar las normas, porque algunas son un poco especiales:

- Tres audífonos, todavía en su caja. ¿Se permiten productos sanitarios?
- Una silla de ruedas plegable y un andador. ¿En qué categoría van?
- Una caja de rosarios y una mano de Fátima que ella coleccionaba. ¿Se pueden vender objetos religiosos?
- Dos biblias en gallego.

He visto también vuestra declaración de igualdad e inclusión en la página de vendedores; está bien que la tengáis.

Por último, ¿cómo pongo un nombre de tienda?

Gracias,
Rosalía Galán Bouzas"""),
]
