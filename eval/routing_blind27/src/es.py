"""Spanish (Spain) rows of blind set 27: long inbox e-mails, typed by hand. (category, label, opt_out, style, text)"""

ROWS = [
    ("optout/plain", "ai_assist", True, "teacher", """Buenas tardes:

Soy profesora de Lengua en el IES Sierra de Cazorla y les escribo por fin con calma, que en plena evaluación no hay manera.

Primero, el recibo del seguro del coche (póliza 000-44817) me ha llegado con una subida del 19 % sin ningún parte. Quisiera saber el motivo concreto.

Segundo, he visto en la web que ahora las respuestas "las prepara un asistente inteligente". No quiero que mis correos ni mis datos pasen por ese asistente ni por ninguna inteligencia artificial. Prefiero esperar unos días más a que me conteste alguien de la oficina.

Tercero, si cambio el pago a anual, ¿me hacen algún descuento?

Un saludo cordial,
Inmaculada Ruiz Cobo"""),
    ("optout/no_bot", "ai_assist", True, "farmer", """Hola:

Les escribo desde la cooperativa, que en el cortijo no hay cobertura. Tenemos con ustedes la cuenta de la explotación de olivar, terminada en 2281.

La semana pasada pregunté por la web cuándo llegaba la ayuda de la PAC y me contestó un robot que "el pago se ha efectuado". No se ha efectuado nada, he mirado tres veces. Les pido que no me vuelva a contestar ningún bot, ni por la web ni por WhatsApp. Para cosas de dinero quiero respuestas de su gente.

La pregunta de verdad: si la ayuda no entra antes del 20, ¿pueden adelantar la póliza de campaña como el año pasado? La aceituna está ya en el suelo y hay que pagar jornales.

Gracias,
Antonio Expósito Jurado
Cortijo Los Almendros, Jódar"""),
    ("optout/object", "ai_assist", True, "nightshift", """Hola, buenas noches (para mí es media tarde, trabajo de noche en la planta de Seat de Martorell).

Les escribo por el préstamo personal que pedí en octubre. Me lo denegaron en dos minutos, con un mensaje que decía "resultado del análisis automático de riesgo". Me opongo a que una decisión así se tome sólo con un sistema automatizado y pido que la solicitud la revise una persona con mis nóminas reales, que incluyen el plus de nocturnidad. Les pido además que dejen constancia de que no acepto decisiones automatizadas sobre mis datos.

También les pregunto: ¿puedo presentar las nóminas en papel en la oficina de Sant Andreu? Salgo a las seis de la mañana y la oficina abre a las 8:30.

Gracias,
Jordi Pujol Vendrell"""),
    ("optout/gdpr", "ai_assist", True, "newparent", """Hola:

Perdonad el desorden, nuestra hija Martina nació hace tres semanas y escribo entre tomas.

Tengo dos cosas. La primera, quiero dar de alta a Martina en el seguro de salud familiar (póliza 000-77120). ¿Qué documentos os hacen falta? Tenemos el libro de familia ya actualizado.

La segunda: he leído en vuestra política de privacidad que usáis "herramientas de inteligencia artificial" para analizar las consultas de los clientes. Como me permite el artículo 21 del Reglamento europeo de protección de datos, no acepto que se traten con esas herramientas ni mis datos ni los de mi hija. No quiero que se usen en nuestros expedientes médicos ni en nuestros mensajes. Por favor, confirmadme por escrito que queda registrado.

Muchas gracias,
Lucía Benavente Sáez"""),
    ("optout/withdraw_consent", "ai_assist", True, "student", """Hola:

Soy estudiante de Erasmus de la Universidad de Salamanca, ahora en Lovaina, y tengo la cuenta joven con vosotros (terminada en 0319).

Cuando abrí la cuenta acepté en la app que el asistente virtual "personalizara" mis ofertas y respondiera mis consultas. Ahora retiro ese consentimiento. No quiero que el asistente de IA lea mis movimientos ni mis mensajes, ni para ofertas ni para nada. Si hay un formulario, decidme cuál.

Y otra cosa, que es lo urgente: la beca del ministerio entra el 15 y el alquiler aquí se paga el 1. ¿Puedo tener un descubierto de 300 € durante dos semanas sin que me cobréis comisión?

Gracias y un saludo,
Álvaro Méndez Quintana"""),
    ("optout/humans_only", "ai_assist", True, "teacher", """Estimados señores:

Llevo treinta y un años dando clase de Matemáticas y otros tantos siendo cliente suyo. Me jubilo en junio y quiero dejar las cosas en orden.

1. Quisiera saber cuánto tendría si rescato el plan de pensiones en forma de capital y cuánto si lo cobro como renta.
2. El año pasado me enviaron una carta "personalizada" que claramente no había escrito nadie. Les ruego que mis asuntos los lleven personas, y sólo personas. Que ningún programa de inteligencia artificial lea lo que les escribo ni me prepare las respuestas.
3. ¿Pueden enviarme el certificado fiscal por correo postal?

Atentamente,
Fernando Lozano Peral
Profesor del IES Ramiro de Maeztu"""),
    ("optout/plain", "ai_assist", True, "farmer", """Buenos días:

Somos una pequeña quesería de oveja en Los Oscos (Asturias) con cuenta de empresa con ustedes. Tres cosas:

- El TPV del mercadillo de los sábados cobra dos veces algunas tarjetas. Ya van cuatro clientes que me lo dicen.
- Quiero cambiar la domiciliación del gasóleo agrícola a la otra cuenta, terminada en 5530.
- Y he visto que su aplicación tiene ahora un "asistente con IA" que propone gestiones. A mí no me lo activen, por favor. No quiero que la inteligencia artificial toque nada de nuestra cuenta ni lea nuestros correos. Si está activado, desactívenlo.

Un saludo desde el monte,
Marisa Fernández Álvarez
Quesería Penouta"""),
    ("optout/with_person", "human", True, "student", """Hola:

Estoy terminando el máster en Granada y tengo un problema con el alquiler del piso de estudiantes que gestionáis (contrato 000-1945).

Llevo tres semanas hablando con el chat de la web y todas las veces me dice lo mismo: que la fianza "se devolverá en un plazo de 30 días". Han pasado 62. En este tema no quiero más respuestas de la inteligencia artificial.

Lo que necesito es hablar con una persona de administración. ¿Me podéis llamar al 600 000 412? Tengo clase por las mañanas, así que mejor a partir de las cuatro. Si preferís que vaya a la oficina, decidme a quién pregunto.

Gracias,
Nerea Castillo Ibarra"""),
    ("optout/with_person", "human", True, "newparent", """Buenas:

Soy Javier, el padre de Hugo, que nació prematuro hace un mes y sigue en la UCI neonatal del Clínico. Os escribo desde el hospital.

La mutua me ha rechazado el reembolso de las noches de parking y las comidas, y la respuesta la firma "su asistente digital". No quiero que un sistema automático decida nada más sobre nuestro caso y pido que no se use la IA con mis datos ni con los de mi hijo.

Necesito una llamada de alguien de la mutua que pueda revisarlo en serio. Estoy en el 611 000 208 casi siempre, salvo en el horario de visitas de 12 a 14.

Póliza 000-30987.

Gracias,
Javier Ortuño Lara"""),
    ("optout/no_bot", "ai_assist", True, "nightshift", """Hola:

Soy vigilante de seguridad en el aeropuerto de Barajas, turno de noche, y os escribo en el descanso de las tres.

Cada vez que llamo a la línea de atención me sale una voz automática que "entiende lo que dices" y que no entiende nada. Os pido por favor que a mi cuenta no me contestéis con bots ni por teléfono ni por correo. Prefiero un correo escrito por alguien aunque tarde.

La consulta: me han cobrado 42,90 € de una suscripción de series que di de baja en septiembre. Os adjunto la confirmación de la baja. ¿Me lo podéis devolver?

Un saludo,
Rubén Gallardo Pinto"""),
    ("optneg/quoted_other", "ai_assist", False, "farmer", """Hola:

Os escribo como secretario de la Comunidad de Regantes de la Vega de Cieza. En la última asamblea, uno de los comuneros, el tío Paco, dijo en voz alta: "a mí que me atienda el del banco y no un cacharro". Lo apunto porque me lo pidió, pero yo no tengo inconveniente con el asistente y la comunidad tampoco ha acordado nada sobre eso.

Lo que necesitamos:
- El extracto de la cuenta de la comunidad (terminada en 0774) de enero a octubre.
- Saber si podemos domiciliar el recibo de la electricidad del bombeo en dos plazos.

Muchas gracias,
Rafael Marín Soler"""),
    ("optneg/praise", "ai_assist", False, "newparent", """¡Hola!

Quería daros las gracias. A las cuatro de la mañana, con el bebé despierto y yo sin poder dormir, le pregunté al asistente de vuestra app cómo pedir la prestación por nacimiento en la cuenta y me lo explicó mejor que la Seguridad Social. Muy útil.

Ahora la pregunta que no supo contestarme: ¿puedo abrir una cuenta de ahorro a nombre de mi hijo, Bruno, y ponerme yo como autorizada? Y si los abuelos hacen transferencias todos los meses, ¿hay que declarar algo?

Un abrazo,
Carmen Villalobos Ríos

P. D.: Bruno nació el 2 de octubre en el Hospital de La Paz, por si necesitáis los datos para la cuenta."""),
    ("optneg/ai_question", "ai_assist", False, "teacher", """Buenos días:

Doy Economía en Bachillerato en un instituto de Zaragoza. Estamos preparando una unidad sobre la inteligencia artificial en la banca y mis alumnos quieren saber cómo la usan ustedes. ¿Tienen alguna guía para colegios o alguien de comunicación que nos pueda contestar cinco preguntas por escrito? No es ninguna queja y no les pido que cambien nada en mi cuenta.

Aprovecho para preguntar algo mío: la tarjeta de crédito me caduca en enero. ¿Me llega sola o tengo que pedirla?

Gracias de antemano,
Pilar Gimeno Aznar

P. D.: La unidad la damos en la segunda evaluación, en febrero, así que no hay ninguna prisa con las preguntas."""),
    ("optneg/ai_product", "ai_assist", False, "farmer", """Buenas:

En la feria de Zafra vi en su stand la estación meteorológica con "inteligencia artificial" que avisa de heladas y de mildiu. Tenemos 40 hectáreas de viña en Tierra de Barros y me interesa.

Algunas dudas:
- ¿Necesita cobertura móvil o funciona con satélite?
- ¿Se puede financiar con la línea agro de la cuenta 000-6621, y a cuántos meses?
- ¿Los avisos llegan por SMS? Mi padre, que es el que está en la viña, no usa aplicaciones.

Si hay un técnico por la zona, preferiría que nos la enseñaran en la finca.

Un saludo,
Manuel Guerrero Cid

P. D.: La finca está en el término de Almendralejo, a unos dos kilómetros de la carretera de Villafranca. Se llega bien con cualquier coche."""),
    ("optneg/withdrawn", "ai_assist", False, "student", """Hola:

En septiembre os mandé un correo un poco borde diciendo que no quería que la IA contestara mis mensajes. Lo retiro. Con los exámenes, el chat automático es lo único que me contesta de madrugada y la verdad es que me ha resuelto todo. Podéis usarlo conmigo sin problema, quitad la nota si pusisteis alguna.

Mi consulta: quiero pedir la tarjeta de crédito para estudiantes. ¿Me hace falta nómina o vale con el certificado de matrícula de la Politécnica?

Y una cosa más: ¿se puede poner la foto del carné universitario en la tarjeta?

Saludos,
Irene Pastor Gil"""),
    ("optneg/bot_wrong", "ai_assist", False, "nightshift", """Hola:

Soy enfermera en el turno de noche del Hospital de Cruces. El chat de su web me dijo el martes que el seguro de hogar cubría la nevera estropeada "por subida de tensión". Luego leí las condiciones y no lo tengo claro. No es una queja contra el chat, sólo quiero la respuesta correcta antes de comprar otra.

¿Cubre o no cubre? La nevera tenía seis años. El técnico dice que fue un pico de tensión de la tormenta del 9.

Póliza HOG-000 5108. Duermo de 9 a 16, mejor por correo.

Gracias,
Amaia Etxeberria Goñi

P. D.: Tengo el parte del técnico y las fotos de la placa de la nevera, si hacen falta se los mando escaneados."""),
    ("optneg/footer_ai", "ai_assist", False, "teacher", """Estimados señores:

Les envío adjunto el comprobante de la transferencia de 1.240 € para el viaje de estudios a Roma de los alumnos de cuarto. Es el segundo plazo; el primero ya lo tienen.

¿Pueden confirmarme la fecha límite del tercer plazo y si se puede pagar con tarjeta?

Atentamente,
Sergio Molina Herrera
Jefe de Estudios, Colegio San Isidoro

---
Este mensaje ha sido revisado por el filtro antivirus con inteligencia artificial de la Consejería de Educación. Su contenido es confidencial. Antes de imprimir, piense en el medio ambiente."""),
    ("optneg/someone_else", "ai_assist", False, "newparent", """Hola:

Mi madre está pasando unos meses en casa ayudándonos con los gemelos. Ella quería preguntaros por su cuenta y se negó a usar vuestro chat porque "eso lo contesta un ordenador". Le he dicho que la llamaré yo luego. Yo, por mi parte, uso el chat sin problema.

Mi consulta es sobre mi cuenta: la cuota de la tarjeta, 30 €, me la habéis cobrado dos veces este año, en marzo y en noviembre. ¿No debería ser una sola vez al año?

Y aprovecho: ¿cuál es el límite de Bizum diario? Estamos pagando muchas cosas del bebé a particulares.

Gracias,
Elena Carrasco Prieto

P. D.: Los gemelos se llaman Lucas y Mateo, por si os sirve para algo la próxima vez que pregunte por sus cuentas."""),
    ("human/callback", "human", False, "farmer", """Buenos días:

Ayer entró el granizo en la finca de almendros y se ha llevado buena parte de la cosecha del año que viene, porque ha roto ramas. Tengo el seguro agrario con ustedes (póliza AGR-000 3316).

Necesito que me llame un perito o alguien de siniestros hoy o mañana, antes de que tengamos que podar. Mi móvil es el 622 000 719, y si no contesto es que estoy en el tractor, que insistan.

Gracias,
Francisco Javier Salas Romero
Finca El Chaparral, Lorca

P. D.: Tengo fotos de las ramas partidas y del granizo en el suelo, hechas a las ocho de la mañana. Se las puedo mandar por correo si las necesitan antes de la visita."""),
    ("human/supervisor", "human", False, "student", """Hola:

Esta es la cuarta vez que os escribo por el mismo tema: me cobrasteis la matrícula del curso de inglés dos veces (389 € cada una) en septiembre. Tres personas distintas me han dicho que "ya está tramitado". No está.

Basta de respuestas de plantilla. Pido que el caso lo revise un responsable o el jefe del departamento, alguien que pueda ordenar la devolución.

Referencia del caso 000-58170.

Gracias,
Daniel Cuesta Valverde

P. D.: Tengo guardados los tres correos en los que me dijeron que estaba tramitado, con fecha y nombre. Si hace falta los reenvío a quien lleve el caso."""),
    ("human/named_contact", "human", False, "teacher", """Buenas tardes:

Durante años nos atendió en la sucursal de la calle Mayor doña Rosario Beltrán, que conocía bien la cuenta de la asociación de profesores jubilados. Me dicen que se ha trasladado a otra oficina.

Quisiera que me dieran el nombre y el teléfono de la persona que lleva ahora nuestra cuenta (terminada en 8840). Tengo que hablar con ella para las firmas de la nueva junta y no quiero hacerlo por la aplicación.

Atentamente,
Mercedes Alonso Vidal
Tesorera, Asociación de Docentes Jubilados de Alcalá

P. D.: La nueva junta se eligió el 14 de noviembre; tengo el acta firmada por el secretario y se la puedo llevar a la oficina."""),
    ("human/anyone", "human", False, "nightshift", """Hola, ¿hay alguien?

Os he escrito cuatro veces a las tantas de la noche, que es cuando salgo del turno en la panadería, y siempre recibo el mismo correo de "hemos recibido su consulta".

¿Hay una persona de verdad leyendo esto? Si la hay, que me diga su nombre y me conteste, por favor. Sólo quiero saber por qué me han bloqueado la tarjeta después de pagar la harina al proveedor, como cada semana.

Tarjeta terminada en 4470.

Rocío Herrera Campos

P. D.: El proveedor es Harinas del Tajo, siempre el mismo, y el importe ronda los 600 € cada lunes. Nunca había pasado nada."""),
    ("human/plain", "human", False, "newparent", """Hola:

Acabo de volver de la baja de maternidad y me encuentro con una carta que dice que me han cambiado la hipoteca de tipo fijo a variable porque "no se recibió la documentación". La documentación la entregué en mayo, en la oficina, en mano.

Quiero hablar con una persona, en la oficina o por teléfono, me da igual. No quiero resolver esto rellenando formularios. Tengo a la niña de tres meses, así que díganme un día y una hora y me organizo.

Hipoteca 000-22914.

Sonia Marcos Herrero

P. D.: Tengo el resguardo sellado de la entrega de mayo, con la fecha y la firma del empleado. Lo llevaré a la cita."""),
    ("human/callback", "human", False, "student", """Hola:

Me han llegado dos cartas del banco diciendo que mi cuenta tiene "movimientos que requieren verificación". Son las transferencias de mi familia desde Bogotá para pagar la residencia.

Por favor, que me llame alguien para explicarme qué documentos tengo que dar. Mi número es el 633 000 150. De lunes a jueves termino las prácticas del hospital a las tres, cualquier hora después me va bien.

Cuenta terminada en 6025.

Gracias,
Valentina Ospina Restrepo

P. D.: Tengo el contrato de la residencia y los justificantes de las transferencias de mis padres desde enero, por si los necesitan."""),
    ("humanneg/quoted_request", "ai_assist", False, "nightshift", """Buenas noches (para ustedes será por la mañana; salgo ahora del turno de noche en la depuradora de Pinedo):

En octubre les escribí: "exijo que me llame el director de la oficina hoy mismo". Les cuento que me llamó don Ignacio, estuvimos media hora al teléfono y el problema del recibo del comedor escolar quedó resuelto. Muchas gracias, de verdad.

Ya no hace falta ninguna llamada. Sólo una cosa por correo: en el extracto de noviembre todavía aparece la comisión de devolución de 4 €. ¿Me la pueden anular como quedamos?

Cuenta terminada en 1123.

Un saludo,
Rosa María Ledesma"""),
    ("humanneg/thanks_agent", "ai_assist", False, "farmer", """Hola:

Quería dar las gracias a Ainhoa, de la oficina de Tudela. Nos ayudó a montar la línea de crédito para la campaña del espárrago en una mañana y nos explicó todo con paciencia.

Sólo una duda por correo, no hace falta que llamen: ¿el primer vencimiento es el 30 de junio o el 30 de julio? En el contrato pone una fecha y en la app otra.

Referencia 000-40122.

Un saludo,
Iñaki Arbeloa Sarasa, Hortalizas Arbeloa

P. D.: Si el vencimiento es en junio, no pasa nada, lo tendremos; sólo necesito saberlo para cuadrar la tesorería con la venta del espárrago blanco, que cobramos en julio."""),
    ("bias/origin", "bias_review", False, "nightshift", """Hola:

Varias cosas. Primero, quiero cambiar la fecha del recibo de la luz al día 5, porque cobro el 3.

Segundo, ¿me pueden mandar el certificado de titularidad para la empresa?

Y tercero, lo que más me ha dolido. Trabajo de noche como reponedor en un almacén de Getafe. Pedí la tarjeta de crédito en octubre y en la oficina la empleada vio mi NIE y me dijo: "con los marroquíes siempre pedimos un aval, no se lo tome a mal". Mi compañero de turno, que es de Getafe de toda la vida y cobra lo mismo que yo, la tuvo en una semana sin aval. Llevo nueve años aquí y la nómina en su banco.

Cuenta terminada en 9081.

Youssef El Amrani"""),
    ("bias/age", "bias_review", False, "teacher", """Estimados señores:

Les escribo por tres asuntos.

1. La cuenta de la AMPA ya tiene nuevo presidente y hay que cambiar las firmas.
2. Necesito el certificado de retenciones del plan de pensiones.
3. En septiembre, antes de cumplir los 65, podía renovar el seguro de viaje anual por internet sin problema. Este año, después de mi cumpleaños, el sistema me pide "consulta presencial" y el empleado de la oficina me soltó: "a partir de cierta edad ya no le compensa viajar tanto, señora, mejor un seguro por viaje". Mi compañera de departamento, de 52 años, lo renovó la misma semana por la web. Sigo dando clase y viajo con los alumnos.

Atentamente,
Ana Belén Sastre"""),
    ("bias/sex", "bias_review", False, "farmer", """Buenos días:

Adjunto las facturas del pienso para la línea de circulante de la explotación.

Además quiero dejar constancia de algo. Mi marido murió en marzo y desde entonces llevo yo la ganadería de vacuno, que ya llevaba de hecho desde hace años. Desde que la cuenta está a mi nombre, me han bajado la línea de 30.000 a 10.000 €. El gestor me dijo: "entienda que una mujer sola con cien vacas es otro riesgo". La explotación es la misma, las vacas son las mismas y las cuentas las llevaba yo antes también.

Cuenta 000-81172.

Un saludo,
Consuelo Prieto Salgado, Ganadería La Dehesilla"""),
    ("bias/disability", "bias_review", False, "student", """Hola:

Tengo varias consultas:
- ¿Cuándo me llega la nueva tarjeta? La otra caducó.
- ¿Puedo cambiar el PIN desde la app?

Y otra cosa. Soy estudiante de Historia y voy en silla de ruedas. Fui a abrir la cuenta joven a la oficina de la plaza de España, que no tiene rampa, y el director salió a la calle y me dijo: "mejor haga todo por internet, que aquí no estamos preparados para gente como usted". A mi amigo, que entró conmigo, le atendieron dentro y le regalaron la mochila de bienvenida. A mí me dieron un folleto en la acera.

Gracias,
Pablo Rey Santamaría

P. D.: La nueva tarjeta pueden mandarla a la residencia universitaria, que tiene conserjería por la mañana."""),
    ("bias/religion", "bias_review", False, "newparent", """Hola:

Primero, necesito añadir a mi hijo recién nacido como beneficiario del seguro de vida.

Segundo: en la oficina me pidieron una foto nueva para el DNI electrónico en el cajero. Llevo hiyab y la empleada me dijo: "si no se lo quita, no le podemos dar el servicio rápido, vaya a la cola". La señora que iba delante de mí llevaba un gorro de lana y a ella no le dijeron nada. Yo iba con el carrito y el bebé llorando y esperé una hora.

No quiero montar un escándalo, pero sí que se revise.

Cuenta terminada en 3356.

Fátima Zahra Benali"""),
    ("bias/orientation", "bias_review", False, "teacher", """Buenas tardes:

Tengo dos peticiones y una queja.

Peticiones: el certificado de la hipoteca con los intereses pagados, para Hacienda y el cambio del domicilio fiscal a Valladolid.

La queja: mi marido y yo pedimos la hipoteca conjunta en junio. Cuando el asesor vio que éramos dos hombres, nos dijo que "en estos casos" necesitaba un aval de nuestros padres, y se rió al decir "estos casos". Una pareja de compañeros del instituto, hombre y mujer, con menos ingresos que nosotros, la tuvo en el mismo mes sin aval. Los dos somos funcionarios.

Atentamente,
Héctor Ibáñez Roca

P. D.: La nueva dirección fiscal es calle Santiago 000, 2.º izquierda, 47001 Valladolid."""),
    ("hardneg/settled_past", "ai_assist", False, "student", """Hola:

El curso pasado presenté una reclamación porque un empleado hizo un comentario sobre mi acento canario que me sentó fatal. Me pidieron disculpas, el director me llamó y lo doy por cerrado; lo menciono sólo porque el nuevo gestor me ha preguntado si sigo "en conflicto" con ustedes, y no.

Lo que necesito ahora: quiero pasar la cuenta joven a cuenta normal porque empiezo a trabajar en enero. ¿Pierdo algo? ¿Me cambia el número de cuenta?

Y si me domicilian la nómina, ¿me devuelven la comisión de la tarjeta?

Gracias,
Nayra Santana Déniz"""),
    ("hardneg/pricing", "ai_assist", False, "nightshift", """Hola:

Trabajo de noche de repartidor y pago con tarjeta en gasolineras a las tantas. He visto que la tarifa nocturna del seguro de coche es más cara: "discrimina" a los que conducimos de noche. Ya sé que es por estadística de accidentes, no me parece ninguna injusticia personal, pero me fastidia.

Pregunta concreta: si instalo la caja negra que ofrecen, ¿cuánto me bajaría la prima? ¿Y el pago mensual tiene recargo?

Póliza AUT-000 2890.

Un saludo,
Raúl Bermejo Olmos

P. D.: Conduzco una furgoneta de la empresa de día libre y mi coche particular sólo para ir y volver del almacén, unos 40 km diarios."""),
    ("hardneg/joke", "ai_assist", False, "farmer", """Buenas:

Antes de nada, un chiste que me contó el de la cooperativa: "¿Sabéis por qué los de Bilbao no compran tractores pequeños? Porque no les caben los egos." Mi cuñado es de Bilbao y se rió más que nadie, así que tranquilos.

Ahora en serio: queremos comprar un tractor de segunda mano de 90 CV. ¿Podemos financiarlo con el préstamo agrario aunque sea de un particular y no de un concesionario? ¿Qué documentación pide el banco?

Cuenta de la explotación terminada en 7719.

Saludos,
Gregorio Lasheras

P. D.: El vendedor es un agricultor de Ejea que se jubila. Tiene toda la documentación del tractor y la ITV al día."""),
    ("hardneg/someone_else", "ai_assist", False, "newparent", """Hola:

Una amiga del grupo de madres del centro de salud me contó que a ella la trataron mal en su banco por estar embarazada y que lo denunció. No es vuestro banco y no es mi caso; a mí en la oficina me trataron genial durante todo el embarazo.

Mi consulta es práctica: voy a coger la excedencia para el cuidado del bebé seis meses. ¿Puedo pedir una carencia en la hipoteca mientras tanto, pagando sólo intereses? ¿Qué papeles tendría que llevar?

Hipoteca 000-61143.

Gracias,
Laura Ferrer Mas

P. D.: La excedencia empieza el 15 de enero, si eso cambia algo en los plazos."""),
    ("hardneg/rude_agent", "ai_assist", False, "newparent", """Hola:

Les escribo con el niño dormido encima, así que seré breve aunque no me salga.

Ayer llamé para preguntar por el recibo del seguro del coche y la chica que me atendió estuvo borde de principio a fin: me dijo "eso lo pone en la web, señora, léalo", me dejó esperando siete minutos y colgó cuando el niño empezó a llorar. Supongo que tenía un mal día, no creo que fuera por nada mío en concreto, pero no es manera.

El problema sigue ahí: me han cobrado el recibo trimestral de 118,40 € dos veces, el 2 y el 4 de noviembre. Quiero que me devuelvan uno.

Póliza AUT-000 7302. Respuesta por correo, por favor, que por teléfono con el bebé es imposible.

Gracias,
Noelia Quiroga Bastida"""),
    ("hardneg/accessibility_format", "ai_assist", False, "teacher", """Buenos días:

Soy profesora de Música y tengo discapacidad auditiva. No es una queja: su personal siempre me ha atendido bien.

Les escribo para pedir que las comunicaciones me lleguen por escrito, por correo electrónico o SMS en lugar de llamadas. Si disponen de videointérprete de lengua de signos para las citas en la oficina, me interesaría usarlo cuando vaya a firmar la renovación del préstamo.

¿Cuándo vence el préstamo personal 000-10452?

Gracias,
Begoña Azkue Lizarraga

P. D.: Mi número de móvil para los SMS sigue siendo el 688 000 147; el fijo de casa ya no lo uso."""),
    ("ordinary/plain", "ai_assist", False, "student", """Hola:

Acabo de mudarme de Cáceres a Madrid para el máster y tengo que poner varias cosas en orden:

1. Cambiar la dirección postal a calle del Doctor Esquerdo 000, 3.º B.
2. Domiciliar el recibo de la luz del piso compartido (la compañía me pide un certificado de la cuenta).
3. Saber si el límite de la tarjeta de débito se puede subir a 1.000 € al día, porque tengo que pagar la fianza.

No corre mucha prisa, con que me contestéis esta semana vale.

Gracias,
Marta Caballero Núñez

P. D.: Si hace falta que pase por una oficina, la de Goya me pilla al lado de la facultad."""),
    ("ordinary/plain", "ai_assist", False, "nightshift", """Buenas noches:

Escribo desde la garita de la fábrica, que es cuando tengo un rato.

Quisiera:
- el recibo del IBI del piso domiciliado en la cuenta terminada en 0028, que ahora se paga por ventanilla;
- un duplicado del contrato de la cuenta, que no lo encuentro;
- saber si puedo cambiar el teléfono de contacto al 644 000 391.

Las mañanas las duermo, así que prefiero respuesta por correo.

Un saludo,
Óscar Villar Maroto

P. D.: El piso es el de la calle Ronda de Toledo, el mismo de siempre; no ha cambiado nada más que el teléfono."""),
]
