"""Broad training rows for the lived-experience model: what only people live through where they write, told in
every grammatical frame, against the company's honest voice on the same topics told in the same frames.

Twenty-two kinds (temperature, food and breaks, celebrations, colleagues' antics, commute, weather, building
events, tiredness, moods, hobbies and weekends, family, memories, noise, pets at the office, clothing, physical
work done by the team, presence at a counter or door, the senses, illness, holidays, the neighbourhood outside,
the writer's desk). For each kind and language the data below
gives short pieces in slots, lived (`+`) and company voice (`-`):
- `we`: a whole clause with "we" (or an impersonal "on"/"a gente"/"man") as the one who lives it;
- `scene`: an impersonal remark about the writer's surroundings, body or day ("it's freezing in here");
- `team`: a predicate for a collective subject ("everyone here", "our team", "the whole office": experiencer in
  `+`, agent of a service in `-`);
- `when`: an event ("+": one the writer lived, for "you should have seen us when …"; "-": one the customer
  will be told about, for "we'll let you know when …");
- `np` (`+` only): a noun phrase for a sign-off aside ("Warm wishes from {np}");
- `you` (`-` only): the customer's own experience acknowledged ("Sorry you had to wait in the cold").
The frames (`FRAMES`) put the same slots in plain sentences, a postscript, a sign-off aside, a quoted colleague,
a collective subject and second-person framings; most frames are shared by both labels, so the model learns
who lives the experience, not the frame. Scene frames told without "I" (a colleague heard calling across the room, a
number of "us", "our faces when …", "if you'd seen us") face company-voice frames with the same shapes ("our team
of three will call you"); they answer kinds of misses seen on development set 8 (claims_eval8), written anew. Written for issue 13 by a helper session from the kinds the brief
names, every language written on its own; no row copied or paraphrased from an evaluation set
(tests/unit/test_human_claims_data.py checks the spent sets' sentences mechanically).
`template` is "<language>:everyday:<kind>", so cross-validation can hold a whole kind out (plugin/guards_training/
lived_cv.py); the assistant disclosures and acts at the end are "<language>:company:voice".
"""
from __future__ import annotations

import random
import re

from .phrases import _fill

# language -> kind -> "+slot: a | b" / "-slot: a | b" lines
DATA: dict[str, dict[str, str]] = {}

DATA["en"] = {
    "temperature": """
+we: we're all working in our coats today | we've dragged a fan over to every desk
+scene: it's absolutely freezing in here | the heating has packed up again and my fingers are numb
+team: is sitting in scarves and fingerless gloves
+when: the heating died and we all huddled round one radiator
+np: a very chilly office
-we: we store the candles somewhere cool so they don't melt in transit | we ship heaters in insulated packaging
-scene: the heater has a frost setting that keeps rooms above five degrees | cold weather can slow the courier network
-team: will send you the heater's care guide today
-when: the thermostat model is back in stock
-you: had to wait in the cold for the courier
""",
    "food": """
+we: we've just come back from a very long lunch | we're all on our second coffee of the morning
+scene: the smell of toast is drifting over from the kitchen | someone's microwaving fish again and the whole floor knows it
+team: is munching through a tin of biscuits
+when: the pizza delivery arrived in the middle of the team call
+np: a crumb-covered desk
-we: we sell the coffee grinder with a one-year warranty | we can add a gift note to food hampers
-scene: the lunch boxes are dishwasher safe up to 60 degrees | orders placed before 2 pm leave the same day
-team: has added the allergen sheet to your order
-when: the new tea blends are in stock
-you: found the biscuits broken when you opened the tin
""",
    "celebration": """
+we: we've been celebrating a colleague's birthday all afternoon | we had balloons all over the office this morning
+scene: there's still cake left over from the leaving do | the office is covered in bunting for the anniversary
+team: is still a bit giddy after the party
+when: our manager blew out forty candles and set off the smoke detector
+np: an office full of birthday cake
-we: we offer free gift wrapping for birthdays | we run a birthday discount for members
-scene: the anniversary sale ends on Sunday | party supplies ship in two to three working days
-team: will add a card to the gift order
-when: your party balloons leave the warehouse
-you: are planning a birthday party for your daughter
""",
    "antics": """
+we: we can't stop laughing at Dave's new hat | we've just had a paper aeroplane contest across the desks
+scene: somebody has hidden all the office mugs again | the desk next to mine is currently covered in rubber ducks
+team: is in stitches over a prank on the new starter
+when: Priya wheeled her chair straight into the water cooler
+np: a giggling office
-we: we've logged the fault your colleague reported | we can add extra users to your account
-scene: the rubber duck set is suitable from three years | the office chair comes with a five-year guarantee
-team: has set up the extra seats for your colleagues
-when: your colleague's account is ready
-you: and your colleagues had trouble logging in
""",
    "commute": """
+we: we all got soaked on the walk from the station | we were stuck on the train for an hour this morning
+scene: the roads were gridlocked on the way in | the ferry was cancelled so half the office is late
+team: is still thawing out after the trip in
+when: the bus broke down and we walked the last mile together
+np: a very late train
-we: we deliver to your area on Tuesdays and Fridays | we can arrange a collection from your workplace
-scene: the courier's van will arrive between nine and one | tracking shows the driver left the depot this morning
-team: has booked the collection for Thursday
-when: the driver is twenty minutes away
-you: were stuck in traffic and missed the delivery
""",
    "weather": """
+we: we can see the snow piling up on the windowsill | we watched the storm roll in over the car park
+scene: it's pouring down outside our window | the sun is streaming in and it's lovely out there today
+team: is staring out at the hailstones
+when: the wind ripped the sign off the front of our building
+np: a very soggy office
-we: we'll pause deliveries to your area while the storm warning lasts | we waterproof every outdoor cushion
-scene: a storm may delay deliveries this week | the jacket is rated for heavy rain
-team: will reschedule deliveries once the weather clears
-when: the storm warning is lifted
-you: had heavy rain and the parcel got wet on the doorstep
""",
    "building": """
+we: we had to stand outside when the fire alarm went off | we've been climbing the stairs all day since the lift broke
+scene: the power went out halfway through this reply | the lights keep flickering in here
+team: is working by torchlight after the power cut
+when: the fire alarm went off and we all ended up in the car park
+np: the stairwell, as the lift is broken again
-we: we'll close the showroom on Monday for maintenance | we moved the returns counter to the side entrance
-scene: the office is closed for the bank holiday | the warehouse is closed on Saturday for a safety inspection
-team: will reopen the collection point on Tuesday
-when: the showroom reopens after the refit
-you: found the collection point closed
""",
    "tired": """
+we: we're running on about four hours' sleep | we've been here since six and we're flagging
+scene: it's been a very long day and my eyes are drooping | long shift, the coffee has stopped working
+team: is yawning through the afternoon
+when: we stayed until midnight to clear the backlog
+np: a very sleepy desk
-we: we answer messages within one working day | we work through the queue in the order messages arrive
-scene: the mattress has a hundred-night trial | our lines are open until eight in the evening
-team: will reply to every message within a day
-when: your case reaches the front of the queue
-you: had a sleepless night with the faulty baby monitor
""",
    "mood": """
+we: we're all in a great mood today | we cheered when your message came in
+scene: honestly it's been a rotten morning here | I'm grinning like an idiot at my screen
+team: is buzzing after the good news
+when: we heard we'd won the award and the whole room cheered
+np: a very cheerful office
-we: we're glad the replacement arrived safely | we understand how frustrating a late parcel is
-scene: the mood lamp has twelve colour settings | the card comes with a happy birthday message
-team: is pleased to confirm the refund
-when: the refund is on its way
-you: were upset about the late delivery
""",
    "hobby": """
+we: we spent the weekend hiking in the hills | we've started a running club at lunchtime
+scene: my knees are still aching from football on Saturday | still recovering from the half marathon
+team: is arguing about last night's match
+when: we went climbing and Tom got stuck halfway up the wall
+np: a desk full of knitting
-we: we stock walking boots in half sizes | we sell the climbing ropes in three lengths
-scene: the running shoes come with a thirty-day return window | the knitting kit includes two balls of wool
-team: will send the size guide for the hiking boots
-when: the football shirts arrive
-you: enjoy hiking at weekends
""",
    "family": """
+we: we've got two babies due in the team this month | we've all been showing off photos of our kids
+scene: my daughter had her first day at school today | my partner is picking up the dog from the vet tonight
+team: is swapping stories about sleepless toddlers
+when: my son rang the office to say he'd lost a tooth
+np: a proud new dad
-we: we offer a family plan for up to five people | we can add your partner to the account
-scene: the car seat fits children from nine months | the family plan covers five devices
-team: will add your daughter as a second user
-when: your partner's card is ready
-you: are buying it for your son's birthday
""",
    "memory": """
+we: we still remember the winter the warehouse roof leaked | we used to pack these by hand years ago
+scene: this takes me back to my first week here | reminds me of the old shop on the high street
+team: still talks about the year the boiler exploded
+when: we moved into this building and the phones didn't work for a week
+np: someone who remembers the old catalogue
-we: we discontinued that model in 2019 | we kept the order history from your previous account
-scene: our records show you bought this in 2021 | the old catalogue is archived on our website
-team: found your order from last year
-when: the archive is restored
-you: remember buying the original model years ago
""",
    "noise": """
+we: we can barely hear ourselves think | we're shouting across the desks over the drilling
+scene: the builders next door have been hammering since eight | the printer behind me won't stop beeping
+team: is wearing headphones against the roadworks
+when: the window cleaners started their jet wash right outside
+np: a very noisy office
-we: we rate the headphones at thirty decibels of noise reduction | we can replace the noisy fan under warranty
-scene: the dishwasher runs at forty-four decibels | a clicking noise usually means the filter needs cleaning
-team: will replace the fan if it's still noisy
-when: the quieter model arrives
-you: hear a rattling noise from the machine
""",
    "pets": """
+we: we've got a puppy visiting the office today | we all stopped work to watch the office cat chase a fly
+scene: there's a dog asleep under my desk | the office cat is sitting on my keyboard
+team: is taking turns walking the office dog
+when: the dog stole a sandwich right off Ana's desk
+np: the office dog and everyone else
-we: we sell the pet bed in three sizes | we offer free delivery on pet food subscriptions
-scene: the collar is adjustable from 30 to 45 cm | the cat tree ships flat-packed
-team: will send the pet food sample
-when: the dog bed is back in stock
-you: said your dog chewed the cable
""",
    "clothing": """
+we: we're all in Christmas jumpers today | we had to wear hard hats on the shop floor this morning
+scene: my shoes are still soaking from this morning | wearing three layers and still cold
+team: is dressed up for fancy dress Friday
+when: we came in wearing matching jumpers for the charity day
+np: someone in a very itchy jumper
-we: we stock the jumper in sizes XS to XXL | we can exchange the shoes for a larger size
-scene: the jacket is machine washable at 30 degrees | the hard hats meet the EN 397 standard
-team: will send the exchange label for the shoes
-when: your new size is dispatched
-you: found the jumper too tight
""",
    "physical": """
+we: we've been unloading the lorry all morning and our backs are done | we were on our knees sorting returns on the floor
+scene: my arms ache from carrying boxes up the stairs | covered in dust after clearing out the stockroom
+team: is sweating after shifting the pallets by hand
+when: the pallet truck broke and we carried everything in ourselves
+np: a very dusty stockroom
-we: we pack every order in recycled cardboard | we'll collect the sofa with a two-person team
-scene: the pallet is shrink-wrapped before it leaves the warehouse | the parcel weighs 12 kg
-team: will pack your replacement today
-when: your replacement has been packed
-you: had to carry the box up three flights of stairs
""",
    "presence": """
+we: we've got your parcel right here behind the counter | we can see a customer queue out of the door
+scene: someone's just walked up to the front desk | your box is right in front of me with the tape coming off
+team: is standing by the loading door waiting for the van
+when: your courier came to the counter while we were still unpacking
+np: behind the counter
-we: we hold parcels at the counter for fourteen days | we'll keep your return at the collection point
-scene: your parcel is at the collection point on King Street | the counter is open from nine to five
-team: will hand the parcel over at the counter with your ID
-when: your parcel reaches the collection point
-you: couldn't find the counter
""",
    "senses": """
+we: we can smell fresh paint everywhere | we've had the radio on all morning
+scene: the whole place smells of coffee and cardboard | the sun is blinding on my screen
+team: is squinting at the new bright lights
+when: a bottle of perfume smashed in the stockroom and we smelled it all day
+np: a room that smells of fresh paint
-we: we test every candle's scent before release | we describe each fragrance on the product page
-scene: the candle has notes of cedar and orange | the lamp has a warm white setting
-team: will send the scent samples
-when: the new fragrances launch
-you: noticed a strong smell when you opened the box
""",
}

FRAMES: dict[str, dict[str, list[str]]] = {
    "en": {
        "both": ["{we}.", "Just so you know, {we}.", "{we}, and your order is on track.", "{scene}.",
                 "P.S. {scene}.", "PS: {we}.", "Quick note, {scene}.", "{subject} {team}.",
                 "{colleague} says that {scene}.", '{colleague} just shouted over: "{scene}!"',
                 "{closing} — {scene}!", "{greeting} {scene}, but let's get to your question."],
        "+": ["You should have seen us when {when}.", "You'd have laughed: {when}.", "{closing} from {np}",
              "Picture it: {when}.", "{colleague} hollered across the office that {scene}.",
              "Two of us were still laughing when {when}.", "Honestly, our faces when {when}!",
              "If only you'd seen us: {when}."],
        "-": ["We'll let you know when {when}.", "You'll get an email when {when}.", "Sorry to hear you {you}.",
              "Thanks for letting us know you {you}.", "{colleague} will confirm by email when {when}.",
              "Our team of three will call you when {when}."],
    },
}
SLOTS: dict[str, dict[str, list[str]]] = {
    "en": {"subject": ["Everyone here", "The whole team", "Half the office", "Our team", "Everybody on the desk"],
           "colleague": ["Sam", "Priya", "Our engineer", "Marta from the warehouse", "My colleague"],
           "closing": ["Best wishes", "Warm regards", "Cheers", "Kind regards"],
           "greeting": ["Hi there!", "Hello,", "Thanks for your message."],
           "company_np": ["the whole team at the shop", "all of us in customer care", "the returns desk", "the support team"]},
}

SIGN_OFF_FROM = {"en": "from", "es": "desde", "fr": "depuis", "de": "aus", "pt": "de"}  # as in the "+" sign-off frame
# The company's voice beside them, label 0, no kind: disclosures, assistant acts, policy, quoted customer words.
COMPANY: dict[str, list[str]] = {
    "en": [
    'Your refund went through this morning.', 'We restocked the charger today, so your order ships tomorrow.', "Here's the tracking link for the replacement.", 'Right now the blue model is out of stock.', 'As of today the warranty also covers accidental damage.', 'Our technicians picked up your case this afternoon.', 'The courier scanned your parcel at our depot today.', 'Just get in touch with us if it happens again!',"I'm the virtual assistant for the shop and I've drafted this reply for our team.",
           "This reply was prepared with the help of an AI assistant.", "I've checked your order and it left today.",
           "I can see the refund in our records.", "I've passed your note to the warehouse team.",
           'You wrote that "the box was soaked when it arrived", and we are sorry about that.',
           "Our engineer will visit on Friday between nine and twelve.",
           "The workshop repaired the hinge and the chair is on its way back.",
           "Our team will call you tomorrow morning.", "The warehouse is closed on Monday for the holiday.",
           "A storm may delay deliveries in the north this week.", "The team has already issued the refund."],
}

DATA["es"] = {
    "temperature": """
+we: hoy estamos todos trabajando con el abrigo puesto | hemos puesto un ventilador en cada mesa porque no se puede respirar
+scene: aquí dentro hace un frío que pela | se ha vuelto a estropear la calefacción y tengo los dedos helados
+team: está sentado con bufanda y guantes
+when: se murió la calefacción y acabamos todos apiñados junto al único radiador
+np: una oficina helada
-we: guardamos las velas en un sitio fresco para que no se derritan en el envío | enviamos las estufas en un embalaje aislante
-scene: la estufa tiene un modo antiheladas que mantiene la sala por encima de cinco grados | el frío puede retrasar a la mensajería
-team: te enviará hoy la guía de cuidado de la estufa
-when: vuelva a haber existencias del termostato
-you: tuviste que esperar al repartidor con este frío
""",
    "food": """
+we: acabamos de volver de una comida larguísima | vamos ya por el segundo café de la mañana
+scene: llega desde la cocina un olor a tostadas | alguien ha vuelto a calentar pescado en el microondas y se entera toda la planta
+team: está dando cuenta de una caja de galletas
+when: llegaron las pizzas justo en mitad de la reunión
+np: una mesa llena de migas
-we: vendemos el molinillo con un año de garantía | podemos añadir una nota de regalo a las cestas
-scene: las fiambreras se pueden lavar en el lavavajillas hasta 60 grados | los pedidos hechos antes de las 14:00 salen el mismo día
-team: ha añadido la ficha de alérgenos a tu pedido
-when: lleguen los nuevos tés
-you: encontraste las galletas rotas al abrir la lata
""",
    "celebration": """
+we: llevamos toda la tarde celebrando el cumpleaños de una compañera | esta mañana teníamos la oficina llena de globos
+scene: todavía queda tarta de la despedida | la oficina está llena de banderines por el aniversario
+team: sigue un poco alborotado después de la fiesta
+when: nuestra jefa sopló cuarenta velas y saltó el detector de humo
+np: una oficina llena de tarta
-we: ofrecemos envoltorio de regalo gratis en los cumpleaños | tenemos un descuento de cumpleaños para los socios
-scene: las rebajas de aniversario terminan el domingo | los artículos de fiesta se envían en dos o tres días laborables
-team: añadirá una tarjeta al pedido de regalo
-when: tus globos salgan del almacén
-you: estás preparando el cumpleaños de tu hija
""",
    "antics": """
+we: no podemos parar de reírnos con el sombrero nuevo de Dani | acabamos de hacer un concurso de aviones de papel entre las mesas
+scene: alguien ha vuelto a esconder todas las tazas de la oficina | la mesa de al lado está llena de patitos de goma
+team: se parte de risa con la broma al nuevo
+when: Marta se lanzó con la silla de ruedas contra la fuente de agua
+np: una oficina muerta de risa
-we: hemos registrado la avería que nos comunicó tu compañero | podemos añadir más usuarios a tu cuenta
-scene: el juego de patitos es apto a partir de tres años | la silla de oficina tiene cinco años de garantía
-team: ha configurado los puestos extra para tus compañeros
-when: la cuenta de tu compañero esté lista
-you: y tus compañeros tuvisteis problemas para entrar
""",
    "commute": """
+we: nos hemos empapado todos viniendo desde la estación | nos quedamos una hora parados en el tren esta mañana
+scene: había un atasco tremendo al venir | han cancelado el cercanías y media oficina llega tarde
+team: todavía se está secando después del viaje
+when: se averió el autobús y recorrimos juntos el último kilómetro andando
+np: un tren que llegó tardísimo
-we: repartimos en tu zona los martes y los viernes | podemos organizar la recogida en tu trabajo
-scene: la furgoneta llegará entre las nueve y la una | el seguimiento muestra que el repartidor salió del almacén esta mañana
-team: ha reservado la recogida para el jueves
-when: el repartidor esté a veinte minutos
-you: te quedaste en un atasco y no pudiste recoger el paquete
""",
    "weather": """
+we: vemos cómo se acumula la nieve en la ventana | hemos visto llegar la tormenta sobre el aparcamiento
+scene: aquí fuera está diluviando | entra un sol precioso por la ventana y hace un día estupendo
+team: está mirando caer el granizo
+when: el viento arrancó el cartel de la fachada
+np: una oficina pasada por agua
-we: pausaremos los envíos a tu zona mientras dure el aviso por temporal | impermeabilizamos todos los cojines de exterior
-scene: un temporal puede retrasar los envíos esta semana | la chaqueta aguanta lluvias fuertes
-team: reprogramará las entregas cuando mejore el tiempo
-when: se levante el aviso por temporal
-you: tuviste mucha lluvia y el paquete se mojó en la puerta
""",
    "building": """
+we: tuvimos que salir a la calle cuando saltó la alarma | llevamos todo el día subiendo escaleras porque se ha roto el ascensor
+scene: se fue la luz a mitad de esta respuesta | las luces no paran de parpadear aquí dentro
+team: trabaja con linternas después del apagón
+when: saltó la alarma de incendios y acabamos todos en el aparcamiento
+np: la escalera, porque el ascensor se ha vuelto a romper
-we: cerraremos la exposición el lunes por mantenimiento | hemos trasladado el mostrador de devoluciones a la entrada lateral
-scene: la oficina cierra por el festivo | el almacén cierra el sábado por una inspección de seguridad
-team: reabrirá el punto de recogida el martes
-when: la tienda reabra después de la reforma
-you: encontraste cerrado el punto de recogida
""",
    "tired": """
+we: vamos con unas cuatro horas de sueño | estamos aquí desde las seis y ya no podemos más
+scene: ha sido un día larguísimo y se me cierran los ojos | turno eterno, el café ya no hace efecto
+team: se pasa la tarde bostezando
+when: nos quedamos hasta medianoche para sacar el trabajo atrasado
+np: una mesa con mucho sueño
-we: respondemos en un día laborable | atendemos los mensajes por orden de llegada
-scene: el colchón tiene cien noches de prueba | el teléfono de atención está abierto hasta las ocho
-team: responderá a todos los mensajes en un día
-when: tu caso llegue al principio de la cola
-you: pasaste la noche en vela por el vigilabebés averiado
""",
    "mood": """
+we: hoy estamos todos de un humor estupendo | aplaudimos cuando llegó tu mensaje
+scene: la verdad es que ha sido una mañana horrible por aquí | estoy sonriendo como un tonto delante de la pantalla
+team: está eufórico con la buena noticia
+when: nos dijeron que habíamos ganado el premio y toda la sala se puso a gritar
+np: una oficina de muy buen humor
-we: nos alegra que el recambio llegara bien | entendemos lo frustrante que es un paquete con retraso
-scene: la lámpara tiene doce colores | la tarjeta lleva un mensaje de feliz cumpleaños
-team: confirma con gusto el reembolso
-when: el reembolso esté en camino
-you: estabas molesto por el retraso
""",
    "hobby": """
+we: pasamos el fin de semana de ruta por la sierra | hemos montado un club de running a la hora de comer
+scene: todavía me duelen las rodillas del partido del sábado | sigo recuperándome de la media maratón
+team: discute sobre el partido de anoche
+when: fuimos al rocódromo y Tomás se quedó atascado a mitad de la pared
+np: una mesa llena de ovillos de lana
-we: tenemos botas de montaña en medias tallas | vendemos la cuerda de escalada en tres largos
-scene: las zapatillas tienen treinta días para devolverlas | el kit de punto incluye dos ovillos
-team: te enviará la guía de tallas de las botas
-when: lleguen las camisetas de fútbol
-you: sales al monte los fines de semana
""",
    "family": """
+we: este mes esperamos dos bebés en el equipo | hemos estado enseñándonos fotos de los niños
+scene: mi hija ha empezado hoy el colegio | mi pareja recoge esta tarde al perro del veterinario
+team: se cuenta batallitas de niños que no duermen
+when: mi hijo llamó a la oficina para decir que se le había caído un diente
+np: un padre primerizo muy orgulloso
-we: ofrecemos un plan familiar de hasta cinco personas | podemos añadir a tu pareja a la cuenta
-scene: la silla de coche sirve desde los nueve meses | el plan familiar cubre cinco dispositivos
-team: añadirá a tu hija como segunda usuaria
-when: la tarjeta de tu pareja esté lista
-you: lo compras para el cumpleaños de tu hijo
""",
    "memory": """
+we: todavía nos acordamos del invierno en que se caló el tejado del almacén | hace años estos los empaquetábamos a mano
+scene: esto me recuerda a mi primera semana aquí | me trae a la memoria la tienda antigua de la calle Mayor
+team: aún habla del año en que reventó la caldera
+when: nos mudamos a este edificio y los teléfonos no funcionaron en una semana
+np: alguien que recuerda el catálogo antiguo
-we: dejamos de fabricar ese modelo en 2019 | conservamos el historial de pedidos de tu cuenta anterior
-scene: según nuestros registros lo compraste en 2021 | el catálogo antiguo está archivado en la web
-team: ha encontrado tu pedido del año pasado
-when: se restaure el archivo
-you: recuerdas haber comprado el modelo original hace años
""",
    "noise": """
+we: no nos oímos ni pensar | nos hablamos a gritos entre las mesas por culpa del taladro
+scene: los obreros de al lado llevan martilleando desde las ocho | la impresora de detrás no para de pitar
+team: lleva cascos por las obras de la calle
+when: los limpiacristales pusieron la hidrolimpiadora justo delante
+np: una oficina muy ruidosa
-we: los auriculares reducen el ruido hasta treinta decibelios | podemos cambiar el ventilador ruidoso por garantía
-scene: el lavavajillas funciona a cuarenta y cuatro decibelios | un chasquido suele indicar que hay que limpiar el filtro
-team: cambiará el ventilador si sigue haciendo ruido
-when: llegue el modelo más silencioso
-you: oyes un traqueteo en la máquina
""",
    "pets": """
+we: hoy tenemos un cachorro de visita en la oficina | todos dejamos de trabajar para ver al gato perseguir una mosca
+scene: hay un perro dormido debajo de mi mesa | el gato de la oficina se ha sentado en mi teclado
+team: se turna para sacar al perro de la oficina
+when: el perro le robó el bocadillo a Ana de encima de la mesa
+np: el perro de la oficina y todos los demás
-we: vendemos la cama para mascotas en tres tamaños | el envío del pienso por suscripción es gratuito
-scene: el collar se ajusta de 30 a 45 cm | el rascador se envía desmontado
-team: te enviará la muestra de pienso
-when: vuelva a haber camas para perro
-you: dices que tu perro mordió el cable
""",
    "clothing": """
+we: hoy vamos todos con jersey navideño | esta mañana tuvimos que llevar casco en el almacén
+scene: todavía tengo los zapatos empapados | llevo tres capas de ropa y sigo con frío
+team: va disfrazado por el viernes temático
+when: vinimos todos con el mismo jersey por el día solidario
+np: alguien con un jersey que pica muchísimo
-we: tenemos el jersey de la XS a la XXL | podemos cambiarte los zapatos por una talla más
-scene: la chaqueta se lava a máquina a 30 grados | los cascos cumplen la norma EN 397
-team: te enviará la etiqueta de cambio de los zapatos
-when: salga tu nueva talla
-you: el jersey te quedaba estrecho
""",
    "physical": """
+we: llevamos toda la mañana descargando el camión y tenemos la espalda destrozada | estuvimos de rodillas clasificando devoluciones en el suelo
+scene: me duelen los brazos de subir cajas por la escalera | lleno de polvo después de vaciar el almacén
+team: está sudando después de mover los palés a mano
+when: se rompió la transpaleta y lo metimos todo a pulso
+np: un almacén lleno de polvo
-we: embalamos cada pedido en cartón reciclado | recogeremos el sofá con un equipo de dos personas
-scene: el palé se emplasta antes de salir del almacén | el paquete pesa 12 kg
-team: embalará hoy tu recambio
-when: tu recambio esté embalado
-you: tuviste que subir la caja tres pisos
""",
    "presence": """
+we: tenemos tu paquete aquí mismo detrás del mostrador | vemos la cola de clientes que llega hasta la puerta
+scene: acaba de acercarse alguien al mostrador | tu caja está delante de mí con la cinta despegándose
+team: espera junto al muelle de carga a que llegue la furgoneta
+when: tu mensajero llegó al mostrador mientras aún estábamos desembalando
+np: detrás del mostrador
-we: guardamos los paquetes en el mostrador catorce días | dejaremos tu devolución en el punto de recogida
-scene: tu paquete está en el punto de recogida de la calle Real | el mostrador abre de nueve a cinco
-team: te entregará el paquete en el mostrador con tu DNI
-when: tu paquete llegue al punto de recogida
-you: no encontraste el mostrador
""",
    "senses": """
+we: huele a pintura fresca por todas partes | llevamos toda la mañana con la radio puesta
+scene: todo el local huele a café y a cartón | el sol me da de lleno en la pantalla y no veo nada
+team: entrecierra los ojos con las luces nuevas
+when: se rompió un frasco de perfume en el almacén y estuvimos oliéndolo todo el día
+np: una sala que huele a pintura
-we: probamos el aroma de cada vela antes de lanzarla | describimos cada fragancia en la ficha del producto
-scene: la vela tiene notas de cedro y naranja | la lámpara tiene un modo de luz cálida
-team: te enviará las muestras de aroma
-when: salgan las nuevas fragancias
-you: notaste un olor fuerte al abrir la caja
""",
}
FRAMES["es"] = {
    "both": ["{we}.", "Para que lo sepas, {we}.", "{we}, y tu pedido va en plazo.", "{scene}.", "P.D.: {scene}.",
             "PD: {we}.", "Un apunte: {scene}.", "{subject} {team}.", "{colleague} dice que {scene}.",
             '{colleague} acaba de gritar: «¡{scene}!»', "{closing}, ¡{scene}!",
             "{greeting} {scene}, pero vamos con tu consulta."],
    "+": ["Tendrías que habernos visto cuando {when}.", "Te habrías reído: {when}.", "{closing} desde {np}",
          "Imagínate: {when}.", "{colleague} gritó desde el otro lado de la sala que {scene}.",
          "Estábamos tres de nosotros delante cuando {when}.", "¡Nuestras caras cuando {when}!",
          "Si nos hubieras visto cuando {when}…"],
    "-": ["Te avisaremos cuando {when}.", "Recibirás un correo cuando {when}.", "Sentimos que {you}.",
          "Gracias por contarnos que {you}.", "{colleague} te confirmará por correo cuando {when}.",
          "Nuestro equipo de tres técnicos te llamará cuando {when}."],
}
SLOTS["es"] = {"subject": ["Todo el equipo", "Media oficina", "Nuestro equipo", "Todo el mundo aquí", "La plantilla entera"],
               "colleague": ["Lucía", "Andrés", "Nuestro técnico", "Marta, del almacén", "Mi compañera"],
               "closing": ["Un saludo", "Saludos cordiales", "Un abrazo", "Atentamente"],
               "greeting": ["¡Hola!", "Hola,", "Gracias por tu mensaje."],
               "company_np": ["todo el equipo de la tienda", "el servicio de atención al cliente", "el equipo de devoluciones"]}
COMPANY["es"] = [
    'Tu reembolso se ha tramitado esta mañana.', 'Hoy hemos repuesto el cargador, así que tu pedido sale mañana.', 'Aquí tienes el enlace de seguimiento del recambio.', 'Ahora mismo el modelo azul está agotado.', 'Desde hoy la garantía cubre también los daños accidentales.', 'Nuestros técnicos han cogido tu caso esta tarde.', 'El mensajero escaneó tu paquete hoy en nuestro almacén.', '¡Escríbenos sin problema si vuelve a pasar!',"Soy el asistente virtual de la tienda y he preparado esta respuesta para nuestro equipo.",
                 "Esta respuesta se ha redactado con ayuda de un asistente de IA.", "He revisado tu pedido y salió hoy.",
                 "Veo el reembolso en nuestros registros.", "He pasado tu nota al equipo del almacén.",
                 "Nos dices que «la caja llegó empapada», y lo sentimos mucho.",
                 "Nuestro técnico pasará el viernes entre las nueve y las doce.",
                 "El taller ha reparado la bisagra y la silla ya vuelve a tu casa.",
                 "Nuestro equipo te llamará mañana por la mañana.", "El almacén cierra el lunes por el festivo.",
                 "Un temporal puede retrasar los envíos al norte esta semana.", "El equipo ya ha emitido el reembolso."]
DATA["fr"] = {
    "temperature": """
+we: on travaille tous en manteau aujourd'hui | on a installé un ventilateur sur chaque bureau tellement on étouffe
+scene: il fait un froid de canard ici | le chauffage a encore lâché et j'ai les doigts gelés
+team: est assise en écharpe et en mitaines
+when: le chauffage a rendu l'âme et on s'est tous serrés autour du seul radiateur
+np: un bureau glacial
-we: nous stockons les bougies au frais pour qu'elles ne fondent pas pendant le transport | nous expédions les radiateurs dans un emballage isolant
-scene: le radiateur a un mode hors-gel qui garde la pièce au-dessus de cinq degrés | le froid peut ralentir les transporteurs
-team: vous enverra aujourd'hui le guide d'entretien du radiateur
-when: le thermostat sera de nouveau en stock
-you: avez dû attendre le livreur dans le froid
""",
    "food": """
+we: on rentre tout juste d'un déjeuner interminable | on en est déjà au deuxième café de la matinée
+scene: une odeur de pain grillé arrive de la cuisine | quelqu'un a encore réchauffé du poisson au micro-ondes et tout l'étage le sait
+team: pioche dans une boîte de biscuits
+when: les pizzas sont arrivées en pleine réunion d'équipe
+np: un bureau couvert de miettes
-we: nous vendons le moulin à café avec un an de garantie | nous pouvons ajouter un mot aux paniers gourmands
-scene: les boîtes repas passent au lave-vaisselle jusqu'à 60 degrés | les commandes passées avant 14 h partent le jour même
-team: a joint la fiche allergènes à votre commande
-when: les nouveaux thés seront en stock
-you: avez trouvé les biscuits cassés en ouvrant la boîte
""",
    "celebration": """
+we: on fête l'anniversaire d'une collègue depuis le début de l'après-midi | on avait des ballons partout dans le bureau ce matin
+scene: il reste encore du gâteau du pot de départ | le bureau est couvert de guirlandes pour l'anniversaire de la boîte
+team: est encore un peu euphorique après la fête
+when: notre responsable a soufflé quarante bougies et déclenché le détecteur de fumée
+np: un bureau plein de gâteau
-we: nous offrons l'emballage cadeau pour les anniversaires | nous proposons une remise d'anniversaire aux membres
-scene: les soldes d'anniversaire se terminent dimanche | les articles de fête sont expédiés sous deux à trois jours ouvrés
-team: ajoutera une carte à la commande cadeau
-when: vos ballons quitteront l'entrepôt
-you: préparez l'anniversaire de votre fille
""",
    "antics": """
+we: on n'arrête pas de rire du nouveau chapeau de Damien | on vient de faire un concours d'avions en papier entre les bureaux
+scene: quelqu'un a encore caché toutes les tasses du bureau | le bureau d'à côté est couvert de canards en plastique
+team: est pliée de rire après la blague faite au nouveau
+when: Priya a foncé avec sa chaise à roulettes dans la fontaine à eau
+np: un bureau mort de rire
-we: nous avons enregistré la panne signalée par votre collègue | nous pouvons ajouter des utilisateurs à votre compte
-scene: le lot de canards convient dès trois ans | la chaise de bureau est garantie cinq ans
-team: a créé les accès supplémentaires pour vos collègues
-when: le compte de votre collègue sera prêt
-you: et vos collègues avez eu du mal à vous connecter
""",
    "commute": """
+we: on s'est tous fait tremper sur le chemin depuis la gare | on est restés bloqués une heure dans le RER ce matin
+scene: c'était complètement bouché sur la route ce matin | le ferry a été annulé et la moitié du bureau est en retard
+team: est encore en train de sécher après le trajet
+when: le bus est tombé en panne et on a fait le dernier kilomètre à pied ensemble
+np: un train très en retard
-we: nous livrons votre secteur le mardi et le vendredi | nous pouvons organiser un enlèvement sur votre lieu de travail
-scene: la camionnette passera entre neuf heures et treize heures | le suivi indique que le livreur a quitté le dépôt ce matin
-team: a réservé l'enlèvement pour jeudi
-when: le livreur sera à vingt minutes
-you: étiez coincé dans les bouchons et avez manqué la livraison
""",
    "weather": """
+we: on voit la neige s'entasser sur le rebord de la fenêtre | on a regardé l'orage arriver au-dessus du parking
+scene: il tombe des cordes devant notre fenêtre | le soleil entre à flots et il fait un temps magnifique dehors
+team: regarde tomber la grêle
+when: le vent a arraché l'enseigne de notre façade
+np: un bureau bien détrempé
-we: nous suspendons les livraisons dans votre secteur pendant l'alerte tempête | nous imperméabilisons tous les coussins d'extérieur
-scene: une tempête peut retarder les livraisons cette semaine | la veste résiste aux fortes pluies
-team: reprogrammera les livraisons dès que le temps s'améliore
-when: l'alerte tempête sera levée
-you: avez eu de fortes pluies et le colis a pris l'eau devant la porte
""",
    "building": """
+we: on a dû sortir sur le trottoir quand l'alarme incendie s'est déclenchée | on monte les escaliers toute la journée depuis que l'ascenseur est en panne
+scene: le courant a sauté au milieu de cette réponse | les lumières n'arrêtent pas de clignoter ici
+team: travaille à la lampe de poche après la coupure
+when: l'alarme incendie s'est déclenchée et on s'est tous retrouvés sur le parking
+np: la cage d'escalier, l'ascenseur étant encore en panne
-we: nous fermerons le showroom lundi pour maintenance | nous avons déplacé le comptoir des retours à l'entrée latérale
-scene: le bureau est fermé pour le jour férié | l'entrepôt est fermé samedi pour une inspection de sécurité
-team: rouvrira le point de retrait mardi
-when: le magasin rouvrira après les travaux
-you: avez trouvé le point de retrait fermé
""",
    "tired": """
+we: on tourne avec quatre heures de sommeil | on est là depuis six heures et on n'en peut plus
+scene: la journée a été interminable et mes yeux se ferment tout seuls | longue garde, le café ne fait plus effet
+team: bâille tout l'après-midi
+when: on est restés jusqu'à minuit pour rattraper le retard
+np: un bureau qui tombe de sommeil
-we: nous répondons sous un jour ouvré | nous traitons les messages dans leur ordre d'arrivée
-scene: le matelas a cent nuits d'essai | notre ligne est ouverte jusqu'à vingt heures
-team: répondra à chaque message sous un jour
-when: votre dossier arrivera en tête de file
-you: avez passé une nuit blanche à cause du babyphone défectueux
""",
    "mood": """
+we: on est tous de très bonne humeur aujourd'hui | on a applaudi quand votre message est arrivé
+scene: franchement la matinée a été pénible ici | je souris bêtement devant mon écran
+team: est sur un petit nuage après la bonne nouvelle
+when: on a appris qu'on avait gagné le prix et toute la salle a crié
+np: un bureau de très bonne humeur
-we: nous sommes ravis que la pièce de rechange soit bien arrivée | nous comprenons combien un retard est agaçant
-scene: la lampe d'ambiance a douze couleurs | la carte porte un message de joyeux anniversaire
-team: a le plaisir de confirmer le remboursement
-when: le remboursement sera en route
-you: étiez contrarié par le retard de livraison
""",
    "hobby": """
+we: on a passé le week-end à randonner en montagne | on a lancé un club de course à pied à la pause de midi
+scene: j'ai encore mal aux genoux après le foot de samedi | toujours en train de récupérer du semi-marathon
+team: se dispute au sujet du match d'hier soir
+when: on est allés grimper et Thomas est resté coincé à mi-paroi
+np: un bureau plein de pelotes de laine
-we: nous avons les chaussures de randonnée en demi-pointures | nous vendons la corde d'escalade en trois longueurs
-scene: les chaussures de course ont trente jours de retour | le kit de tricot contient deux pelotes
-team: vous enverra le guide des tailles des chaussures
-when: les maillots de foot arriveront
-you: aimez randonner le week-end
""",
    "family": """
+we: on attend deux bébés dans l'équipe ce mois-ci | on s'est tous montré des photos de nos enfants
+scene: ma fille a fait sa rentrée aujourd'hui | mon conjoint récupère le chien chez le vétérinaire ce soir
+team: échange des histoires de bambins qui ne dorment pas
+when: mon fils a appelé le bureau pour dire qu'il avait perdu une dent
+np: un jeune papa très fier
-we: nous proposons une formule famille jusqu'à cinq personnes | nous pouvons ajouter votre conjoint au compte
-scene: le siège auto convient dès neuf mois | la formule famille couvre cinq appareils
-team: ajoutera votre fille comme deuxième utilisatrice
-when: la carte de votre conjoint sera prête
-you: l'achetez pour l'anniversaire de votre fils
""",
    "memory": """
+we: on se souvient encore de l'hiver où le toit de l'entrepôt fuyait | il y a des années on emballait tout ça à la main
+scene: ça me rappelle ma première semaine ici | ça me ramène à l'ancienne boutique de la rue principale
+team: parle encore de l'année où la chaudière a explosé
+when: on a emménagé dans ce bâtiment et les téléphones n'ont pas marché pendant une semaine
+np: quelqu'un qui se souvient de l'ancien catalogue
-we: nous avons arrêté ce modèle en 2019 | nous avons conservé l'historique des commandes de votre ancien compte
-scene: d'après nos registres vous l'avez acheté en 2021 | l'ancien catalogue est archivé sur notre site
-team: a retrouvé votre commande de l'an dernier
-when: l'archive sera restaurée
-you: vous souvenez d'avoir acheté le modèle d'origine il y a des années
""",
    "noise": """
+we: on ne s'entend plus penser | on se crie dessus d'un bureau à l'autre à cause de la perceuse
+scene: les ouvriers d'à côté tapent depuis huit heures | l'imprimante derrière moi ne cesse de biper
+team: porte un casque à cause des travaux dans la rue
+when: les laveurs de vitres ont lancé leur nettoyeur haute pression juste devant
+np: un bureau très bruyant
-we: le casque réduit le bruit jusqu'à trente décibels | nous pouvons remplacer le ventilateur bruyant sous garantie
-scene: le lave-vaisselle fonctionne à quarante-quatre décibels | un cliquetis signifie souvent qu'il faut nettoyer le filtre
-team: remplacera le ventilateur s'il reste bruyant
-when: le modèle plus silencieux arrivera
-you: entendez un bruit de ferraille dans l'appareil
""",
    "pets": """
+we: on a un chiot en visite au bureau aujourd'hui | on a tous arrêté de travailler pour regarder le chat chasser une mouche
+scene: il y a un chien qui dort sous mon bureau | le chat du bureau est assis sur mon clavier
+team: promène le chien du bureau à tour de rôle
+when: le chien a volé le sandwich d'Ana sur son bureau
+np: le chien du bureau et tous les autres
-we: nous vendons le panier pour animaux en trois tailles | la livraison des croquettes par abonnement est offerte
-scene: le collier se règle de 30 à 45 cm | l'arbre à chat est livré en kit
-team: vous enverra l'échantillon de croquettes
-when: le panier pour chien sera de nouveau disponible
-you: dites que votre chien a mordillé le câble
""",
    "clothing": """
+we: on est tous en pull de Noël aujourd'hui | on a dû porter un casque dans l'entrepôt ce matin
+scene: j'ai encore les chaussures trempées de ce matin | trois couches de vêtements et toujours froid
+team: est déguisée pour le vendredi costumé
+when: on est tous venus avec le même pull pour la journée solidaire
+np: quelqu'un dans un pull qui gratte beaucoup
-we: nous avons le pull du XS au XXL | nous pouvons échanger les chaussures contre une pointure au-dessus
-scene: la veste se lave en machine à 30 degrés | les casques respectent la norme EN 397
-team: vous enverra l'étiquette d'échange pour les chaussures
-when: votre nouvelle taille sera expédiée
-you: avez trouvé le pull trop serré
""",
    "physical": """
+we: on décharge le camion depuis ce matin et on a le dos en compote | on était à genoux par terre à trier les retours
+scene: j'ai mal aux bras d'avoir monté des cartons dans l'escalier | couvert de poussière après avoir vidé la réserve
+team: est en sueur après avoir déplacé les palettes à la main
+when: le transpalette est tombé en panne et on a tout porté nous-mêmes
+np: une réserve très poussiéreuse
-we: nous emballons chaque commande dans du carton recyclé | nous reprendrons le canapé avec une équipe de deux personnes
-scene: la palette est filmée avant de quitter l'entrepôt | le colis pèse 12 kg
-team: emballera votre remplacement aujourd'hui
-when: votre remplacement sera emballé
-you: avez dû monter le carton sur trois étages
""",
    "presence": """
+we: on a votre colis juste ici derrière le comptoir | on voit la file de clients jusqu'à la porte
+scene: quelqu'un vient de s'approcher de l'accueil | votre carton est devant moi avec le scotch qui se décolle
+team: attend devant la porte de chargement que la camionnette arrive
+when: votre livreur est arrivé au comptoir pendant qu'on déballait encore
+np: derrière le comptoir
-we: nous gardons les colis au comptoir quatorze jours | nous laisserons votre retour au point de retrait
-scene: votre colis est au point de retrait de la rue Royale | le comptoir est ouvert de neuf heures à dix-sept heures
-team: vous remettra le colis au comptoir sur présentation d'une pièce d'identité
-when: votre colis arrivera au point de retrait
-you: n'avez pas trouvé le comptoir
""",
    "senses": """
+we: ça sent la peinture fraîche partout | on a la radio allumée depuis ce matin
+scene: tout le local sent le café et le carton | le soleil tape sur mon écran et je ne vois plus rien
+team: plisse les yeux sous les nouveaux néons
+when: un flacon de parfum s'est cassé dans la réserve et on l'a senti toute la journée
+np: une pièce qui sent la peinture fraîche
-we: nous testons le parfum de chaque bougie avant sa sortie | nous décrivons chaque fragrance sur la fiche produit
-scene: la bougie a des notes de cèdre et d'orange | la lampe a un mode lumière chaude
-team: vous enverra les échantillons de parfum
-when: les nouvelles fragrances sortiront
-you: avez remarqué une forte odeur en ouvrant le carton
""",
}
FRAMES["fr"] = {
    "both": ["{we}.", "Pour info, {we}.", "{we}, et votre commande est dans les temps.", "{scene}.", "P.-S. : {scene}.",
             "PS : {we}.", "Petite parenthèse : {scene}.", "{subject} {team}.", "{colleague} dit que {scene}.",
             "{colleague} vient de crier : « {scene} ! »", "{closing}, {scene} !",
             "{greeting} {scene}, mais revenons à votre question."],
    "+": ["Il aurait fallu nous voir quand {when}.", "Vous auriez ri : {when}.", "{closing} depuis {np}",
          "Imaginez la scène : {when}.", "{colleague} a lancé à travers le bureau que {scene}.",
          "Chacun de nous s'en souvient : {when}.", "Nos têtes quand {when} !",
          "Si vous nous aviez vus quand {when}…"],
    "-": ["Nous vous préviendrons quand {when}.", "Vous recevrez un e-mail quand {when}.", "Désolés que vous {you}.",
          "Merci de nous signaler que vous {you}.", "{colleague} vous confirmera par e-mail quand {when}.",
          "Notre équipe de trois techniciens vous appellera quand {when}."],
}
SLOTS["fr"] = {"subject": ["Toute l'équipe", "Tout le bureau", "Notre équipe", "Tout le monde ici", "La moitié du service"],
               "colleague": ["Claire", "Julien", "Notre technicien", "Marc, de l'entrepôt", "Ma collègue"],
               "closing": ["Bien à vous", "Cordialement", "Belle journée", "Amicalement"],
               "greeting": ["Bonjour !", "Bonjour,", "Merci pour votre message."],
               "company_np": ["toute l'équipe de la boutique", "le service client", "l'équipe des retours"]}
COMPANY["fr"] = [
    'Votre remboursement est parti ce matin.', "On a réassorti le chargeur aujourd'hui, votre commande part demain.", 'Voici le lien de suivi du remplacement.', 'En ce moment, le modèle bleu est en rupture de stock.', "Depuis aujourd'hui, la garantie couvre aussi la casse accidentelle.", 'Nos techniciens ont pris votre dossier cet après-midi.', "Le transporteur a scanné votre colis à notre dépôt aujourd'hui.", "N'hésitez pas à nous écrire si cela se reproduit !","Je suis l'assistant virtuel de la boutique et j'ai préparé cette réponse pour notre équipe.",
                 "Cette réponse a été rédigée avec l'aide d'un assistant IA.", "J'ai vérifié votre commande, elle est partie aujourd'hui.",
                 "Je vois le remboursement dans nos registres.", "J'ai transmis votre remarque à l'équipe de l'entrepôt.",
                 "Vous écrivez que « le carton est arrivé trempé », et nous en sommes désolés.",
                 "Notre technicien passera vendredi entre neuf heures et midi.",
                 "L'atelier a réparé la charnière et la chaise vous est renvoyée.",
                 "Notre équipe vous appellera demain matin.", "L'entrepôt est fermé lundi pour le jour férié.",
                 "Une tempête peut retarder les livraisons dans le nord cette semaine.", "L'équipe a déjà effectué le remboursement."]
DATA["de"] = {
    "temperature": """
+we: wir sitzen heute alle in Jacken am Schreibtisch | wir haben an jeden Platz einen Ventilator gestellt, so stickig ist es
+scene: hier drin ist es eiskalt | die Heizung ist schon wieder ausgefallen und meine Finger sind steif
+team: sitzt mit Schal und Handschuhen da
+when: die Heizung den Geist aufgab und wir uns alle um den einzigen Heizkörper drängten
+np: einem eiskalten Büro
-we: wir lagern die Kerzen kühl, damit sie beim Versand nicht schmelzen | wir verschicken Heizlüfter in isolierter Verpackung
-scene: der Heizlüfter hat eine Frostschutzstufe, die den Raum über fünf Grad hält | Kälte kann die Paketdienste verlangsamen
-team: schickt Ihnen heute die Pflegeanleitung des Heizlüfters
-when: das Thermostat wieder auf Lager ist
-you: in der Kälte auf den Boten warten mussten
""",
    "food": """
+we: wir kommen gerade aus einer sehr langen Mittagspause | wir sind schon beim zweiten Kaffee heute Morgen
+scene: aus der Küche zieht Toastgeruch herüber | jemand hat schon wieder Fisch in der Mikrowelle aufgewärmt und die ganze Etage riecht es
+team: futtert sich durch eine Dose Kekse
+when: die Pizza mitten in der Teambesprechung geliefert wurde
+np: einem Schreibtisch voller Krümel
-we: wir verkaufen die Kaffeemühle mit einem Jahr Garantie | wir legen Geschenkkörben gern eine Karte bei
-scene: die Brotdosen sind bis 60 Grad spülmaschinenfest | Bestellungen vor 14 Uhr verlassen das Lager am selben Tag
-team: hat Ihrer Bestellung das Allergenblatt beigelegt
-when: die neuen Teesorten eingetroffen sind
-you: die Kekse zerbrochen vorgefunden haben
""",
    "celebration": """
+we: wir feiern schon den ganzen Nachmittag den Geburtstag einer Kollegin | heute früh hingen bei uns überall Luftballons
+scene: vom Abschiedsumtrunk ist noch Kuchen übrig | das Büro ist zum Firmenjubiläum voller Girlanden
+team: ist nach der Feier noch etwas aufgekratzt
+when: unsere Chefin vierzig Kerzen auspustete und der Rauchmelder losging
+np: einem Büro voller Geburtstagskuchen
-we: wir bieten zu Geburtstagen kostenlose Geschenkverpackung an | wir haben einen Geburtstagsrabatt für Mitglieder
-scene: der Jubiläumsverkauf endet am Sonntag | Partyartikel werden in zwei bis drei Werktagen verschickt
-team: legt der Geschenkbestellung eine Karte bei
-when: Ihre Luftballons das Lager verlassen
-you: den Geburtstag Ihrer Tochter vorbereiten
""",
    "antics": """
+we: wir können nicht aufhören, über Jans neuen Hut zu lachen | wir hatten gerade einen Papierflieger-Wettbewerb über die Tische hinweg
+scene: irgendwer hat schon wieder alle Tassen im Büro versteckt | der Tisch neben mir ist voller Quietscheentchen
+team: lacht sich über den Streich mit dem Neuen kaputt
+when: Priya mit ihrem Bürostuhl direkt in den Wasserspender gerollt ist
+np: einem Büro, das sich kaum einkriegt
-we: wir haben die Störung erfasst, die Ihr Kollege gemeldet hat | wir können Ihrem Konto weitere Nutzer hinzufügen
-scene: das Entchen-Set ist ab drei Jahren geeignet | der Bürostuhl hat fünf Jahre Garantie
-team: hat die zusätzlichen Zugänge für Ihre Kollegen eingerichtet
-when: das Konto Ihres Kollegen bereit ist
-you: und Ihre Kollegen Probleme bei der Anmeldung hatten
""",
    "commute": """
+we: wir sind auf dem Weg vom Bahnhof alle klatschnass geworden | wir standen heute früh eine Stunde in der S-Bahn fest
+scene: auf dem Weg hierher war alles dicht | die Fähre ist ausgefallen und das halbe Büro kommt zu spät
+team: taut nach der Anfahrt noch auf
+when: der Bus liegen blieb und wir den letzten Kilometer zusammen gelaufen sind
+np: einem sehr verspäteten Zug
-we: wir liefern in Ihr Gebiet dienstags und freitags | wir können eine Abholung an Ihrem Arbeitsplatz organisieren
-scene: der Zusteller kommt zwischen neun und dreizehn Uhr | laut Sendungsverfolgung hat der Fahrer heute früh das Depot verlassen
-team: hat die Abholung für Donnerstag gebucht
-when: der Fahrer zwanzig Minuten entfernt ist
-you: im Stau standen und die Zustellung verpasst haben
""",
    "weather": """
+we: wir sehen, wie sich der Schnee auf dem Fensterbrett türmt | wir haben zugeschaut, wie das Gewitter über den Parkplatz zog
+scene: draußen vor unserem Fenster schüttet es | die Sonne scheint herein und es ist herrlich draußen
+team: starrt auf den Hagel hinaus
+when: der Sturm das Schild von unserer Fassade gerissen hat
+np: einem ziemlich verregneten Büro
-we: wir setzen die Zustellung in Ihrem Gebiet aus, solange die Sturmwarnung gilt | wir imprägnieren alle Outdoor-Kissen
-scene: ein Sturm kann die Lieferungen diese Woche verzögern | die Jacke hält starkem Regen stand
-team: plant die Lieferungen neu, sobald das Wetter besser ist
-when: die Sturmwarnung aufgehoben ist
-you: starken Regen hatten und das Paket vor der Tür nass wurde
""",
    "building": """
+we: wir mussten raus auf die Straße, als der Feueralarm losging | wir laufen seit heute früh Treppen, weil der Aufzug kaputt ist
+scene: mitten in dieser Antwort ist der Strom ausgefallen | das Licht hier flackert ständig
+team: arbeitet nach dem Stromausfall mit Taschenlampen
+when: der Feueralarm losging und wir alle auf dem Parkplatz standen
+np: dem Treppenhaus, weil der Aufzug wieder streikt
-we: wir schließen den Showroom am Montag wegen Wartung | wir haben die Retourentheke an den Seiteneingang verlegt
-scene: das Büro ist am Feiertag geschlossen | das Lager ist am Samstag wegen einer Sicherheitsprüfung zu
-team: öffnet die Abholstation am Dienstag wieder
-when: der Laden nach dem Umbau wieder öffnet
-you: die Abholstation geschlossen vorgefunden haben
""",
    "tired": """
+we: wir laufen auf vier Stunden Schlaf | wir sind seit sechs Uhr hier und können nicht mehr
+scene: es war ein endlos langer Tag und mir fallen die Augen zu | lange Schicht, der Kaffee wirkt nicht mehr
+team: gähnt sich durch den Nachmittag
+when: wir bis Mitternacht geblieben sind, um den Rückstand aufzuholen
+np: einem sehr müden Schreibtisch
-we: wir antworten innerhalb eines Werktags | wir bearbeiten die Nachrichten in der Reihenfolge ihres Eingangs
-scene: die Matratze hat hundert Nächte Probeschlafen | unsere Hotline ist bis zwanzig Uhr erreichbar
-team: beantwortet jede Nachricht innerhalb eines Tages
-when: Ihr Fall an der Reihe ist
-you: wegen des defekten Babyfons eine schlaflose Nacht hatten
""",
    "mood": """
+we: wir sind heute alle bestens gelaunt | wir haben gejubelt, als Ihre Nachricht kam
+scene: ehrlich gesagt war das hier ein mieser Vormittag | ich grinse wie ein Honigkuchenpferd vor meinem Bildschirm
+team: ist nach der guten Nachricht völlig aus dem Häuschen
+when: wir erfahren haben, dass wir den Preis gewonnen haben, und der ganze Raum gejubelt hat
+np: einem sehr gut gelaunten Büro
-we: wir freuen uns, dass das Ersatzteil gut angekommen ist | wir verstehen, wie ärgerlich ein verspätetes Paket ist
-scene: die Stimmungslampe hat zwölf Farbstufen | die Karte trägt einen Geburtstagsgruß
-team: bestätigt Ihnen gern die Erstattung
-when: die Erstattung unterwegs ist
-you: sich über die verspätete Lieferung geärgert haben
""",
    "hobby": """
+we: wir waren am Wochenende in den Bergen wandern | wir haben in der Mittagspause einen Lauftreff gegründet
+scene: meine Knie tun vom Fußball am Samstag noch weh | immer noch platt vom Halbmarathon
+team: streitet über das Spiel von gestern Abend
+when: wir klettern waren und Tom auf halber Höhe festhing
+np: einem Schreibtisch voller Wollknäuel
-we: wir führen Wanderschuhe in halben Größen | wir verkaufen das Kletterseil in drei Längen
-scene: die Laufschuhe haben dreißig Tage Rückgaberecht | das Strickset enthält zwei Knäuel Wolle
-team: schickt Ihnen die Größentabelle der Wanderschuhe
-when: die Fußballtrikots eintreffen
-you: am Wochenende gern wandern
""",
    "family": """
+we: bei uns im Team kommen diesen Monat zwei Babys | wir haben uns gegenseitig Fotos von unseren Kindern gezeigt
+scene: meine Tochter hatte heute ihren ersten Schultag | mein Mann holt heute Abend den Hund beim Tierarzt ab
+team: tauscht Geschichten über Kleinkinder aus, die nicht schlafen
+when: mein Sohn im Büro anrief, um zu sagen, dass er einen Zahn verloren hat
+np: einem Büro mit einem stolzen frischgebackenen Vater
-we: wir bieten einen Familientarif für bis zu fünf Personen an | wir können Ihren Partner zum Konto hinzufügen
-scene: der Kindersitz passt ab neun Monaten | der Familientarif gilt für fünf Geräte
-team: fügt Ihre Tochter als zweite Nutzerin hinzu
-when: die Karte Ihres Partners bereit ist
-you: es zum Geburtstag Ihres Sohnes kaufen
""",
    "memory": """
+we: wir erinnern uns noch an den Winter, als das Lagerdach undicht war | vor Jahren haben wir die noch von Hand verpackt
+scene: das erinnert mich an meine erste Woche hier | da muss ich an den alten Laden in der Hauptstraße denken
+team: redet heute noch von dem Jahr, in dem der Boiler geplatzt ist
+when: wir in dieses Gebäude gezogen sind und eine Woche lang die Telefone nicht gingen
+np: einem Büro, in dem jeder den alten Katalog noch kennt
-we: wir haben dieses Modell 2019 eingestellt | wir haben die Bestellhistorie Ihres alten Kontos übernommen
-scene: laut unseren Unterlagen haben Sie es 2021 gekauft | der alte Katalog ist auf unserer Website archiviert
-team: hat Ihre Bestellung vom letzten Jahr gefunden
-when: das Archiv wiederhergestellt ist
-you: sich erinnern, das ursprüngliche Modell vor Jahren gekauft zu haben
""",
    "noise": """
+we: wir verstehen unser eigenes Wort nicht mehr | wir brüllen uns über die Tische hinweg an, weil nebenan gebohrt wird
+scene: die Handwerker nebenan hämmern seit acht Uhr | der Drucker hinter mir piept ununterbrochen
+team: trägt wegen der Straßenbaustelle Kopfhörer
+when: die Fensterputzer direkt vor uns den Hochdruckreiniger angeworfen haben
+np: einem sehr lauten Büro
-we: die Kopfhörer dämpfen Lärm um bis zu dreißig Dezibel | wir tauschen den lauten Lüfter im Rahmen der Garantie
-scene: der Geschirrspüler läuft mit vierundvierzig Dezibel | ein Klicken heißt meist, dass der Filter gereinigt werden muss
-team: tauscht den Lüfter aus, falls er weiter laut ist
-when: das leisere Modell eintrifft
-you: ein Klappern im Gerät hören
""",
    "pets": """
+we: wir haben heute einen Welpen zu Besuch im Büro | wir haben alle die Arbeit liegen lassen, um der Bürokatze bei der Fliegenjagd zuzusehen
+scene: unter meinem Schreibtisch schläft ein Hund | die Bürokatze sitzt auf meiner Tastatur
+team: geht abwechselnd mit dem Bürohund Gassi
+when: der Hund Ana das Brötchen vom Schreibtisch geklaut hat
+np: dem Büro mit Hund
-we: wir verkaufen das Tierbett in drei Größen | Futter im Abo liefern wir versandkostenfrei
-scene: das Halsband lässt sich von 30 bis 45 cm verstellen | der Kratzbaum wird zerlegt geliefert
-team: schickt Ihnen die Futterprobe
-when: das Hundebett wieder vorrätig ist
-you: schreiben, dass Ihr Hund das Kabel angeknabbert hat
""",
    "clothing": """
+we: wir tragen heute alle Weihnachtspullis | wir mussten heute früh im Lager Helme tragen
+scene: meine Schuhe sind von heute Morgen noch klatschnass | drei Schichten an und immer noch kalt
+team: ist zum Kostümfreitag verkleidet
+when: wir alle im gleichen Pulli zum Spendentag gekommen sind
+np: einem Büro voller kratziger Pullis
-we: wir führen den Pulli von XS bis XXL | wir tauschen die Schuhe gern eine Nummer größer um
-scene: die Jacke ist bei 30 Grad waschbar | die Helme erfüllen die Norm EN 397
-team: schickt Ihnen das Umtauschetikett für die Schuhe
-when: Ihre neue Größe verschickt ist
-you: den Pulli zu eng fanden
""",
    "physical": """
+we: wir laden seit dem Morgen den Lkw aus und unser Rücken ist hinüber | wir haben auf Knien am Boden Retouren sortiert
+scene: mir tun die Arme vom Kistenschleppen im Treppenhaus weh | voller Staub nach dem Ausräumen des Lagers
+team: schwitzt, nachdem es die Paletten von Hand umgesetzt hat
+when: der Hubwagen kaputtging und wir alles selbst reingetragen haben
+np: einem sehr staubigen Lager
-we: wir verpacken jede Bestellung in Recyclingkarton | wir holen das Sofa mit einem Zwei-Personen-Team ab
-scene: die Palette wird vor dem Versand foliert | das Paket wiegt 12 kg
-team: verpackt heute Ihren Ersatz
-when: Ihr Ersatz verpackt ist
-you: den Karton drei Stockwerke hochtragen mussten
""",
    "presence": """
+we: wir haben Ihr Paket hier direkt hinter der Theke | wir sehen die Kundenschlange bis zur Tür
+scene: gerade ist jemand an den Empfang gekommen | Ihr Karton steht vor mir und das Klebeband löst sich
+team: wartet am Ladetor auf den Transporter
+when: Ihr Bote an die Theke kam, während wir noch auspackten
+np: dem Laden, direkt hinter der Theke
-we: wir bewahren Pakete vierzehn Tage an der Theke auf | wir hinterlegen Ihre Retoure an der Abholstation
-scene: Ihr Paket liegt in der Abholstation in der Königstraße | die Theke ist von neun bis siebzehn Uhr geöffnet
-team: übergibt Ihnen das Paket an der Theke gegen Ausweis
-when: Ihr Paket in der Abholstation ankommt
-you: die Theke nicht gefunden haben
""",
    "senses": """
+we: es riecht überall nach frischer Farbe | wir haben seit heute früh das Radio laufen
+scene: der ganze Raum riecht nach Kaffee und Pappe | die Sonne blendet auf meinem Bildschirm
+team: kneift unter den neuen grellen Lampen die Augen zusammen
+when: im Lager eine Parfümflasche zerbrach und wir es den ganzen Tag gerochen haben
+np: einem Raum, der nach frischer Farbe riecht
-we: wir testen den Duft jeder Kerze vor dem Verkauf | wir beschreiben jeden Duft auf der Produktseite
-scene: die Kerze hat Noten von Zeder und Orange | die Lampe hat eine Warmweiß-Stufe
-team: schickt Ihnen die Duftproben
-when: die neuen Düfte erscheinen
-you: beim Öffnen einen starken Geruch bemerkt haben
""",
}
FRAMES["de"] = {
    "both": ["{we}.", "Nur zur Info: {we}.", "{we}, und Ihre Bestellung liegt im Plan.", "{scene}.", "P.S.: {scene}.",
             "PS: {we}.", "Kurz am Rande: {scene}.", "{subject} {team}.", "{colleague} sagt, {scene}.",
             "{colleague} hat gerade herübergerufen: „{scene}!“", "{closing} – {scene}!",
             "{greeting} {scene}, aber nun zu Ihrer Frage."],
    "+": ["Sie hätten uns sehen sollen, als {when}.", "Sie hätten gelacht: {when}.", "{closing} aus {np}",
          "Stellen Sie sich vor: {when}.", "{colleague} rief quer durchs Büro, {scene}.",
          "Zu dritt standen wir davor, als {when}.", "Unsere Gesichter, als {when}!",
          "Hätten Sie uns nur gesehen, als {when}."],
    "-": ["Wir sagen Ihnen Bescheid, sobald {when}.", "Sie bekommen eine E-Mail, sobald {when}.",
          "Es tut uns leid, dass Sie {you}.", "Danke für den Hinweis, dass Sie {you}.",
          "{colleague} bestätigt Ihnen per E-Mail, sobald {when}.",
          "Unser Team aus drei Technikern ruft Sie an, sobald {when}."],
}
SLOTS["de"] = {"subject": ["Das ganze Team", "Das halbe Büro", "Unser Team", "Jeder hier", "Die ganze Abteilung"],
               "colleague": ["Anna", "Jonas", "Unser Techniker", "Markus aus dem Lager", "Meine Kollegin"],
               "closing": ["Viele Grüße", "Beste Grüße", "Herzliche Grüße", "Freundliche Grüße"],
               "greeting": ["Hallo!", "Guten Tag,", "Danke für Ihre Nachricht."],
               "company_np": ["dem ganzen Team des Shops", "dem Kundenservice", "dem Retourenteam"]}
COMPANY["de"] = [
    'Ihre Erstattung ist heute Morgen rausgegangen.', 'Wir haben das Ladegerät heute nachbestellt, Ihre Bestellung geht morgen raus.', 'Hier ist der Sendungslink für den Ersatz.', 'Im Moment ist das blaue Modell ausverkauft.', 'Ab heute deckt die Garantie auch Unfallschäden ab.', 'Unsere Techniker haben Ihren Fall heute Nachmittag übernommen.', 'Der Paketdienst hat Ihr Paket heute in unserem Depot gescannt.', 'Melden Sie sich einfach bei uns, falls es wieder passiert!',"Ich bin der virtuelle Assistent des Shops und habe diese Antwort für unser Team vorbereitet.",
                 "Diese Antwort wurde mit Hilfe eines KI-Assistenten erstellt.", "Ich habe Ihre Bestellung geprüft, sie ist heute rausgegangen.",
                 "Ich sehe die Erstattung in unseren Unterlagen.", "Ich habe Ihren Hinweis an das Lagerteam weitergeleitet.",
                 "Sie schreiben, „der Karton kam durchweicht an“, und das tut uns leid.",
                 "Unser Techniker kommt am Freitag zwischen neun und zwölf Uhr.",
                 "Die Werkstatt hat das Scharnier repariert, der Stuhl ist auf dem Rückweg.",
                 "Unser Team ruft Sie morgen Vormittag an.", "Das Lager ist am Montag wegen des Feiertags geschlossen.",
                 "Ein Sturm kann die Lieferungen im Norden diese Woche verzögern.", "Das Team hat die Erstattung bereits veranlasst."]
DATA["pt"] = {
    "temperature": """
+we: hoje estamos todos a trabalhar de casaco | a gente botou um ventilador em cada mesa porque tá um forno aqui
+scene: está um frio de rachar aqui dentro | o aquecimento avariou outra vez e tô com os dedos congelados
+team: está sentada de cachecol e luvas
+when: o aquecimento morreu e ficámos todos encolhidos à volta do único radiador
+np: um escritório gelado
-we: guardamos as velas num local fresco para não derreterem no transporte | enviamos os aquecedores em embalagem isolante | a gente envia o aquecedor com manual em português
-scene: o aquecedor tem um modo antigelo que mantém a sala acima de cinco graus | o frio pode atrasar as transportadoras
-team: vai enviar-lhe hoje o guia de cuidados do aquecedor
-when: o termóstato voltar ao stock
-you: teve de esperar pelo estafeta ao frio
""",
    "food": """
+we: acabámos de voltar de um almoço longuíssimo | a gente já tá no segundo cafezinho da manhã
+scene: vem da copa um cheiro a torradas | alguém aqueceu peixe no micro-ondas outra vez e o andar inteiro sabe
+team: está a dar cabo de uma lata de bolachas
+when: as pizzas chegaram a meio da reunião de equipa
+np: uma secretária cheia de migalhas
-we: vendemos o moinho de café com um ano de garantia | podemos juntar um cartão aos cabazes | a gente inclui a ficha de alergênicos em todo pedido
-scene: as marmitas vão à máquina até 60 graus | as encomendas feitas antes das 14h saem no mesmo dia
-team: juntou a ficha de alergénios à sua encomenda
-when: os chás novos chegarem
-you: encontrou as bolachas partidas ao abrir a lata
""",
    "celebration": """
+we: passámos a tarde toda a festejar o aniversário de uma colega | hoje de manhã o escritório tava cheio de balões
+scene: ainda sobrou bolo da despedida | o escritório está cheio de bandeirinhas por causa do aniversário da empresa
+team: ainda está meio eufórica depois da festa
+when: a nossa chefe soprou quarenta velas e disparou o detetor de fumo
+np: um escritório cheio de bolo
-we: oferecemos embrulho de presente nos aniversários | temos um desconto de aniversário para sócios
-scene: a promoção de aniversário acaba no domingo | os artigos de festa seguem em dois a três dias úteis
-team: vai juntar um cartão à encomenda de presente
-when: os seus balões saírem do armazém
-you: está a preparar a festa de anos da sua filha
""",
    "antics": """
+we: não conseguimos parar de rir com o chapéu novo do Duarte | a gente acabou de fazer um campeonato de aviões de papel entre as mesas
+scene: alguém escondeu outra vez todas as canecas do escritório | a mesa ao lado da minha tá cheia de patinhos de borracha
+team: está a morrer de rir com a partida ao estagiário
+when: a Priya se atirou de cadeira de rodinhas contra o bebedouro
+np: um escritório a rir às gargalhadas
-we: registámos a avaria que o seu colega comunicou | podemos acrescentar utilizadores à sua conta
-scene: o conjunto de patinhos é indicado a partir dos três anos | a cadeira de escritório tem cinco anos de garantia
-team: configurou os acessos extra para os seus colegas
-when: a conta do seu colega estiver pronta
-you: e os seus colegas tiveram problemas para entrar
""",
    "commute": """
+we: ficámos todos encharcados no caminho desde a estação | a gente ficou uma hora parada no trem hoje cedo
+scene: o trânsito tava parado no caminho para cá | cancelaram o barco e metade do escritório chegou atrasada
+team: ainda está a secar depois da viagem
+when: o autocarro avariou e fizemos o último quilómetro a pé juntos
+np: um comboio muito atrasado
-we: entregamos na sua zona às terças e sextas | podemos organizar a recolha no seu local de trabalho | a gente pode remarcar a entrega para sábado
-scene: a carrinha chega entre as nove e a uma | o rastreio mostra que o motorista saiu do depósito hoje de manhã
-team: marcou a recolha para quinta-feira
-when: o motorista estiver a vinte minutos
-you: ficou preso no trânsito e perdeu a entrega
""",
    "weather": """
+we: estamos a ver a neve acumular-se no parapeito | a gente viu a tempestade chegar por cima do estacionamento
+scene: tá chovendo canivete aqui fora | entra um sol lindo pela janela e está um dia maravilhoso
+team: está a olhar para o granizo lá fora
+when: o vento arrancou a placa da nossa fachada
+np: um escritório encharcado
-we: vamos suspender as entregas na sua zona enquanto durar o aviso de tempestade | impermeabilizamos todas as almofadas de exterior | a gente vai avisar assim que as entregas voltarem ao normal
-scene: uma tempestade pode atrasar as entregas esta semana | o casaco aguenta chuva forte
-team: vai reagendar as entregas quando o tempo melhorar
-when: o aviso de tempestade for levantado
-you: teve chuva forte e a encomenda molhou-se à porta
""",
    "building": """
+we: tivemos de sair para a rua quando tocou o alarme de incêndio | a gente sobe escada o dia todo desde que o elevador quebrou
+scene: a luz foi abaixo a meio desta resposta | as luzes não param de piscar aqui dentro
+team: está a trabalhar à luz de lanternas depois do apagão
+when: tocou o alarme de incêndio e acabámos todos no parque de estacionamento
+np: a escadaria, porque o elevador avariou outra vez
-we: vamos fechar o showroom na segunda para manutenção | mudámos o balcão de devoluções para a entrada lateral | a gente reabre o ponto de retirada na terça
-scene: o escritório está fechado no feriado | o armazém fecha no sábado para uma inspeção de segurança
-team: vai reabrir o ponto de recolha na terça
-when: a loja reabrir depois das obras
-you: encontrou o ponto de recolha fechado
""",
    "tired": """
+we: estamos a funcionar com quatro horas de sono | a gente tá aqui desde as seis e não aguenta mais
+scene: foi um dia comprido e os olhos já se fecham sozinhos | turno longo, o café já não faz efeito
+team: passa a tarde a bocejar
+when: ficámos até à meia-noite para pôr o trabalho em dia
+np: uma secretária cheia de sono
-we: respondemos num dia útil | tratamos as mensagens por ordem de chegada | a gente responde em até um dia útil
-scene: o colchão tem cem noites de experiência | a linha de apoio está aberta até às oito da noite
-team: vai responder a todas as mensagens num dia
-when: o seu caso chegar ao início da fila
-you: passou a noite em claro por causa da babá eletrónica avariada
""",
    "mood": """
+we: hoje estamos todos de ótimo humor | a gente comemorou quando chegou a sua mensagem
+scene: para ser sincero, foi uma manhã horrível por aqui | tô sorrindo feito bobo na frente da tela
+team: está radiante com a boa notícia
+when: soubemos que tínhamos ganhado o prémio e a sala inteira gritou
+np: um escritório muito bem-disposto
-we: ficamos contentes por a peça ter chegado bem | compreendemos como é frustrante uma encomenda atrasada | a gente fica feliz que deu tudo certo
-scene: o candeeiro tem doze cores | o cartão traz uma mensagem de feliz aniversário
-team: tem o prazer de confirmar o reembolso
-when: o reembolso estiver a caminho
-you: ficou aborrecido com o atraso na entrega
""",
    "hobby": """
+we: passámos o fim de semana a fazer trilhos na serra | a gente criou um grupo de corrida na hora do almoço
+scene: ainda me doem os joelhos da pelada de sábado | ainda a recuperar da meia maratona
+team: está a discutir o jogo de ontem à noite
+when: fomos escalar e o Tomás ficou preso a meio da parede
+np: uma secretária cheia de novelos de lã
-we: temos botas de caminhada em meios números | vendemos a corda de escalada em três comprimentos
-scene: os ténis de corrida têm trinta dias para devolução | o kit de tricô inclui dois novelos
-team: vai enviar-lhe a tabela de tamanhos das botas
-when: as camisolas de futebol chegarem
-you: gosta de caminhar aos fins de semana
""",
    "family": """
+we: este mês estamos à espera de dois bebés na equipa | a gente passou a manhã mostrando fotos dos filhos
+scene: a minha filha teve hoje o primeiro dia de escola | o meu marido vai buscar o cão ao veterinário hoje à noite
+team: troca histórias de miúdos que não dormem
+when: o meu filho ligou para o escritório a dizer que tinha caído um dente
+np: um pai de primeira viagem muito orgulhoso
-we: oferecemos um plano família até cinco pessoas | podemos acrescentar o seu cônjuge à conta | a gente pode incluir o seu marido no plano
-scene: a cadeira auto serve a partir dos nove meses | o plano família cobre cinco aparelhos
-team: vai acrescentar a sua filha como segunda utilizadora
-when: o cartão do seu cônjuge estiver pronto
-you: está a comprar para os anos do seu filho
""",
    "memory": """
+we: ainda nos lembramos do inverno em que o telhado do armazém meteu água | há anos a gente embalava isto à mão
+scene: isto lembra-me a minha primeira semana aqui | faz lembrar a loja antiga da rua principal
+team: ainda fala do ano em que a caldeira rebentou
+when: mudámos para este prédio e os telefones não funcionaram durante uma semana
+np: alguém que se lembra do catálogo antigo
-we: descontinuámos esse modelo em 2019 | guardámos o histórico de encomendas da sua conta antiga
-scene: segundo os nossos registos comprou-o em 2021 | o catálogo antigo está arquivado no nosso site
-team: encontrou a sua encomenda do ano passado
-when: o arquivo for reposto
-you: se lembra de ter comprado o modelo original há anos
""",
    "noise": """
+we: não nos ouvimos nem a pensar | a gente tá gritando de uma mesa para a outra por causa da furadeira
+scene: os operários do lado estão a martelar desde as oito | a impressora atrás de mim não para de apitar
+team: está de auscultadores por causa das obras na rua
+when: os limpa-vidros ligaram a máquina de pressão mesmo à frente
+np: um escritório muito barulhento
-we: os auscultadores reduzem o ruído até trinta decibéis | podemos trocar a ventoinha barulhenta na garantia
-scene: a máquina de lavar loiça funciona a quarenta e quatro decibéis | um estalido costuma indicar que o filtro precisa de limpeza
-team: vai trocar a ventoinha se continuar barulhenta
-when: o modelo mais silencioso chegar
-you: ouve um chocalhar na máquina
""",
    "pets": """
+we: hoje temos um cachorrinho de visita no escritório | paramos todos de trabalhar para ver o gato a caçar uma mosca
+scene: há um cão a dormir debaixo da minha secretária | o gato do escritório sentou-se em cima do meu teclado
+team: reveza-se para passear o cão do escritório
+when: o cão roubou a sandes da Ana de cima da mesa
+np: todos nós e do cão do escritório
-we: vendemos a cama para animais em três tamanhos | a ração por assinatura tem envio gratuito
-scene: a coleira ajusta de 30 a 45 cm | o arranhador segue desmontado
-team: vai enviar-lhe a amostra de ração
-when: a cama para cão voltar ao stock
-you: disse que o seu cão roeu o cabo
""",
    "clothing": """
+we: hoje estamos todos de camisola de Natal | tivemos de usar capacete no armazém hoje de manhã
+scene: ainda tenho os sapatos encharcados desde manhã | três camadas de roupa e ainda com frio
+team: está mascarada para a sexta-feira temática
+when: viemos todos com a mesma camisola para o dia solidário
+np: alguém com uma camisola que pica imenso
-we: temos a camisola do XS ao XXL | podemos trocar os sapatos por um número acima
-scene: o casaco lava-se na máquina a 30 graus | os capacetes cumprem a norma EN 397
-team: vai enviar-lhe a etiqueta de troca dos sapatos
-when: o seu novo tamanho for expedido
-you: achou a camisola apertada
""",
    "physical": """
+we: estamos a descarregar o camião desde manhã e temos as costas desfeitas | a gente tava de joelhos no chão separando as devoluções
+scene: doem-me os braços de subir caixas pelas escadas | coberto de pó depois de esvaziar o armazém
+team: está a suar depois de mudar as paletes à mão
+when: o porta-paletes avariou e carregámos tudo nós mesmos
+np: um armazém cheio de pó
-we: embalamos cada encomenda em cartão reciclado | vamos recolher o sofá com uma equipa de duas pessoas | a gente embala os móveis com cantoneiras de papelão
-scene: a palete é filmada antes de sair do armazém | a encomenda pesa 12 kg
-team: vai embalar hoje a sua substituição
-when: a sua substituição estiver embalada
-you: teve de subir a caixa três andares
""",
    "presence": """
+we: temos a sua encomenda aqui mesmo atrás do balcão | a gente tá vendo a fila de clientes até à porta
+scene: acabou de chegar alguém ao balcão | a sua caixa está aqui à minha frente com a fita a descolar
+team: está à espera junto ao portão de carga que a carrinha chegue
+when: o seu estafeta chegou ao balcão enquanto ainda estávamos a desembalar
+np: trás do balcão
-we: guardamos as encomendas no balcão durante catorze dias | vamos deixar a sua devolução no ponto de recolha | a gente guarda o pacote no balcão por catorze dias
-scene: a sua encomenda está no ponto de recolha da Rua Augusta | o balcão abre das nove às cinco
-team: vai entregar-lhe a encomenda ao balcão mediante identificação
-when: a sua encomenda chegar ao ponto de recolha
-you: não encontrou o balcão
""",
    "senses": """
+we: cheira a tinta fresca por todo o lado | a gente tá com o rádio ligado a manhã toda
+scene: a loja inteira cheira a café e a cartão | o sol bate em cheio no meu ecrã e não vejo nada
+team: está a franzir os olhos com as luzes novas
+when: partiu-se um frasco de perfume no armazém e sentimos o cheiro o dia todo
+np: uma sala que cheira a tinta fresca
-we: testamos o aroma de cada vela antes do lançamento | descrevemos cada fragrância na página do produto
-scene: a vela tem notas de cedro e laranja | o candeeiro tem um modo de luz quente
-team: vai enviar-lhe as amostras de aroma
-when: as novas fragrâncias forem lançadas
-you: notou um cheiro forte ao abrir a caixa
""",
}
FRAMES["pt"] = {
    "both": ["{we}.", "Só para saber, {we}.", "{we}, e a sua encomenda está dentro do prazo.", "{scene}.", "P.S.: {scene}.",
             "PS: {we}.", "Um aparte: {scene}.", "{subject} {team}.", "{colleague} diz que {scene}.",
             "{colleague} acabou de gritar: «{scene}!»", "{closing}, {scene}!",
             "{greeting} {scene}, mas vamos à sua questão."],
    "+": ["Devia ter-nos visto quando {when}.", "Você ia rir: {when}.", "{closing} de {np}",
          "Imagine a cena: {when}.", "{colleague} gritou do outro lado da sala que {scene}.",
          "Estávamos três de nós a olhar quando {when}.", "As nossas caras quando {when}!",
          "Se nos tivesse visto quando {when}…"],
    "-": ["Avisamos quando {when}.", "Vai receber um e-mail quando {when}.", "Lamentamos que {you}.",
          "Obrigado por nos dizer que {you}.", "{colleague} confirma-lhe por e-mail quando {when}.",
          "A nossa equipa de três técnicos liga-lhe quando {when}."],
}
SLOTS["pt"] = {"subject": ["A equipa toda", "O escritório inteiro", "A nossa equipe", "Todo mundo aqui", "Metade da loja"],
               "colleague": ["A Inês", "O Rui", "O nosso técnico", "A Carla, do armazém", "A minha colega"],
               "closing": ["Abraço", "Com os melhores cumprimentos", "Atenciosamente", "Beijinhos"],
               "greeting": ["Olá!", "Bom dia,", "Obrigado pela sua mensagem."],
               "company_np": ["toda a equipa da loja", "todo o apoio ao cliente", "toda a equipe de devoluções"]}
COMPANY["pt"] = [
    'O seu reembolso foi processado esta manhã.', 'A gente repôs o carregador hoje, então o pedido sai amanhã.', 'Aqui está o link de rastreio da substituição.', 'Neste momento o modelo azul está esgotado.', 'A partir de hoje a garantia cobre também danos acidentais.', 'A gente já estornou o valor no seu cartão.', 'A transportadora leu a sua encomenda hoje no nosso armazém.', 'Qualquer coisa, é só chamar a gente no chat!',"Sou o assistente virtual da loja e preparei esta resposta para a nossa equipa.",
                 "Esta resposta foi redigida com a ajuda de um assistente de IA.", "Verifiquei a sua encomenda e saiu hoje.",
                 "Vejo o reembolso nos nossos registos.", "Passei a sua nota à equipa do armazém.",
                 "Diz-nos que «a caixa chegou encharcada», e lamentamos muito.",
                 "O nosso técnico passa na sexta entre as nove e o meio-dia.",
                 "A oficina reparou a dobradiça e a cadeira já vai a caminho.",
                 "A nossa equipa liga-lhe amanhã de manhã.", "O armazém fecha na segunda por causa do feriado.",
                 "Uma tempestade pode atrasar as entregas no norte esta semana.", "A equipa já emitiu o reembolso."]


# four more kinds, every language
MORE = {
"en": {
    "illness": """
+we: we're all sniffling and sneezing at our desks | we've had three people off with flu this week
+scene: my throat is killing me today | still limping after twisting my ankle on the stairs
+team: is passing round a box of tissues
+when: Jo fainted at the Christmas party and we all had to wait for the paramedics
+np: a very sniffly office
-we: we sell the first-aid kit with a two-year expiry | we can refund medical items that are unopened
-scene: the thermometer gives a reading in ten seconds | the support bandage comes in three sizes
-team: will send a replacement thermometer today
-when: the pharmacy range is back in stock
-you: were unwell when the parcel arrived
""",
    "holiday": """
+we: we're only just back from the summer break and still sunburnt | we've got half the team away skiing this week
+scene: still jet-lagged after the flight home | first day back and the inbox is huge
+team: is comparing holiday photos over coffee
+when: we all came back from the Christmas break to a flooded kitchen
+np: someone still dreaming of the beach
-we: we're closed from the 24th to the 2nd for the holidays | we ship holiday orders until the 20th
-scene: the travel adapter works in over 150 countries | the suitcase has a ten-year warranty
-team: will process holiday returns until the end of January
-when: the office reopens after the break
-you: are going away and want the parcel held
""",
    "neighbourhood": """
+we: we can hear the market setting up outside | we watched a parade go past the window at lunchtime
+scene: there's a brass band playing in the square below | the street outside is closed for a film shoot
+team: is glued to the window watching the fire engines
+when: a crane lifted a hot tub onto the roof across the road
+np: a very busy high street
-we: we deliver to the market stalls on Saturdays | we can leave parcels with a neighbour if you agree
-scene: the road works may delay deliveries in your street | parking outside the store is free after six
-team: will ask the courier to use the rear entrance
-when: the road reopens
-you: live on a street with no parking
""",
    "desk": """
+we: we're all squeezed onto one long table while the desks are replaced | we keep knocking our knees on the new desks
+scene: my chair squeaks every time I lean back | the plant on my desk has finally flowered
+team: is fighting over the one comfy chair
+when: the monitor fell off its arm in the middle of a call
+np: a wobbly desk by the window
-we: we sell the standing desk in two widths | we can send a replacement monitor arm
-scene: the chair supports users up to 120 kg | the desk lamp has three brightness levels
-team: will send the assembly guide for the desk
-when: the new chairs are delivered
-you: found a scratch on the desk top
""",
},
"es": {
    "illness": """
+we: estamos todos con mocos y estornudando sin parar | esta semana hemos tenido a tres de baja con gripe
+scene: hoy me está matando la garganta | todavía cojeo desde que me torcí el tobillo en la escalera
+team: se va pasando una caja de pañuelos
+when: Jorge se desmayó en la cena de Navidad y esperamos todos a la ambulancia
+np: una oficina llena de estornudos
-we: vendemos el botiquín con dos años de caducidad | reembolsamos los artículos sanitarios sin abrir
-scene: el termómetro da la lectura en diez segundos | la venda de sujeción viene en tres tallas
-team: te enviará hoy un termómetro nuevo
-when: vuelva a haber productos de farmacia
-you: estabas enfermo cuando llegó el paquete
""",
    "holiday": """
+we: acabamos de volver de vacaciones y seguimos quemados del sol | tenemos a medio equipo esquiando esta semana
+scene: todavía con el jet lag del vuelo de vuelta | primer día tras las vacaciones y la bandeja de entrada está a reventar
+team: se enseña las fotos de las vacaciones con el café
+when: volvimos todos de Navidad y la cocina estaba inundada
+np: alguien que todavía sueña con la playa
-we: cerramos del 24 al 2 por las fiestas | enviamos pedidos navideños hasta el día 20
-scene: el adaptador de viaje funciona en más de 150 países | la maleta tiene diez años de garantía
-team: tramitará las devoluciones navideñas hasta final de enero
-when: la oficina reabra después de las fiestas
-you: te vas de viaje y quieres que guardemos el paquete
""",
    "neighbourhood": """
+we: oímos cómo montan el mercadillo aquí abajo | a mediodía vimos pasar una procesión por la ventana
+scene: hay una charanga tocando en la plaza de abajo | han cortado la calle de enfrente por un rodaje
+team: está pegado a la ventana mirando a los bomberos
+when: una grúa subió un jacuzzi a la azotea de enfrente
+np: una calle llena de gente
-we: repartimos a los puestos del mercado los sábados | podemos dejar el paquete a un vecino si nos autorizas
-scene: las obras pueden retrasar los repartos en tu calle | el aparcamiento frente a la tienda es gratis desde las seis
-team: pedirá al mensajero que use la entrada trasera
-when: se reabra la calle
-you: vives en una calle sin aparcamiento
""",
    "desk": """
+we: estamos todos apretados en una mesa larga mientras cambian los escritorios | no paramos de darnos con las rodillas en las mesas nuevas
+scene: mi silla chirría cada vez que me echo hacia atrás | la planta de mi mesa por fin ha florecido
+team: se pelea por la única silla cómoda
+when: se cayó el monitor de su brazo en plena llamada
+np: una mesa coja junto a la ventana
-we: vendemos el escritorio elevable en dos anchos | podemos enviarte otro brazo para el monitor
-scene: la silla soporta hasta 120 kg | el flexo tiene tres niveles de luz
-team: te enviará la guía de montaje del escritorio
-when: lleguen las sillas nuevas
-you: encontraste un arañazo en el tablero
""",
},
"fr": {
    "illness": """
+we: on a tous le nez qui coule, un rhume fait le tour du bureau | on a eu trois absents pour la grippe cette semaine
+scene: j'ai la gorge en feu aujourd'hui | je boite encore depuis ma cheville tordue dans l'escalier
+team: se passe une boîte de mouchoirs
+when: Paul a fait un malaise au repas de Noël et on a tous attendu les pompiers
+np: un bureau qui éternue
-we: nous vendons la trousse de secours avec deux ans de péremption | nous remboursons les articles de santé non ouverts
-scene: le thermomètre donne la mesure en dix secondes | la bande de maintien existe en trois tailles
-team: vous enverra un nouveau thermomètre aujourd'hui
-when: les produits de pharmacie seront de retour
-you: étiez malade quand le colis est arrivé
""",
    "holiday": """
+we: on rentre tout juste de congés et on a encore des coups de soleil | la moitié de l'équipe est au ski cette semaine
+scene: encore décalé après le vol retour | premier jour de reprise et la boîte mail déborde
+team: compare ses photos de vacances autour du café
+when: on est tous rentrés des fêtes et la cuisine était inondée
+np: quelqu'un qui rêve encore de la plage
-we: nous sommes fermés du 24 au 2 pour les fêtes | nous expédions les commandes de Noël jusqu'au 20
-scene: l'adaptateur de voyage fonctionne dans plus de 150 pays | la valise est garantie dix ans
-team: traitera les retours de Noël jusqu'à fin janvier
-when: le bureau rouvrira après les fêtes
-you: partez en voyage et souhaitez qu'on garde le colis
""",
    "neighbourhood": """
+we: on entend le marché s'installer en bas | on a vu passer un défilé sous les fenêtres à midi
+scene: une fanfare joue sur la place juste en dessous | la rue d'en face est fermée pour un tournage
+team: est collée à la fenêtre à regarder les pompiers
+when: une grue a hissé un jacuzzi sur le toit d'en face
+np: une rue très animée
-we: nous livrons les stands du marché le samedi | nous pouvons laisser le colis à un voisin si vous l'autorisez
-scene: les travaux peuvent retarder les livraisons dans votre rue | le parking devant le magasin est gratuit après dix-huit heures
-team: demandera au livreur de passer par l'entrée arrière
-when: la rue rouvrira
-you: habitez une rue sans stationnement
""",
    "desk": """
+we: on est tous serrés sur une grande table pendant qu'on change les bureaux | on se cogne sans arrêt les genoux sur les nouveaux bureaux
+scene: ma chaise grince dès que je m'appuie en arrière | la plante sur mon bureau a enfin fleuri
+team: se dispute la seule chaise confortable
+when: l'écran est tombé de son bras en plein appel
+np: un bureau bancal près de la fenêtre
-we: nous vendons le bureau assis-debout en deux largeurs | nous pouvons envoyer un nouveau bras d'écran
-scene: la chaise supporte jusqu'à 120 kg | la lampe de bureau a trois niveaux de luminosité
-team: vous enverra la notice de montage du bureau
-when: les nouvelles chaises seront livrées
-you: avez trouvé une rayure sur le plateau
""",
},
"de": {
    "illness": """
+we: wir schniefen alle um die Wette | diese Woche waren drei von uns mit Grippe zu Hause
+scene: mein Hals bringt mich heute um | ich humple immer noch, seit ich mir auf der Treppe den Knöchel verdreht habe
+team: reicht eine Packung Taschentücher herum
+when: Jens auf der Weihnachtsfeier umkippte und wir alle auf den Rettungswagen warteten
+np: einem ziemlich verschnupften Büro
-we: wir verkaufen den Verbandskasten mit zwei Jahren Haltbarkeit | ungeöffnete Gesundheitsartikel erstatten wir
-scene: das Thermometer misst in zehn Sekunden | die Stützbandage gibt es in drei Größen
-team: schickt Ihnen heute ein neues Thermometer
-when: die Apothekenartikel wieder verfügbar sind
-you: krank waren, als das Paket ankam
""",
    "holiday": """
+we: wir sind gerade aus dem Sommerurlaub zurück und noch sonnenverbrannt | das halbe Team ist diese Woche beim Skifahren
+scene: noch völlig im Jetlag nach dem Rückflug | erster Tag nach dem Urlaub und das Postfach quillt über
+team: zeigt sich beim Kaffee die Urlaubsfotos
+when: wir alle aus den Weihnachtsferien kamen und die Küche unter Wasser stand
+np: einem Büro, das noch vom Strand träumt
-we: wir haben vom 24. bis zum 2. über die Feiertage geschlossen | Weihnachtsbestellungen verschicken wir bis zum 20.
-scene: der Reiseadapter funktioniert in über 150 Ländern | der Koffer hat zehn Jahre Garantie
-team: bearbeitet Weihnachtsretouren bis Ende Januar
-when: das Büro nach den Feiertagen wieder öffnet
-you: verreisen und das Paket zurückhalten lassen möchten
""",
    "neighbourhood": """
+we: wir hören, wie unten der Markt aufgebaut wird | mittags haben wir einen Umzug am Fenster vorbeiziehen sehen
+scene: unten auf dem Platz spielt eine Blaskapelle | die Straße gegenüber ist für einen Filmdreh gesperrt
+team: hängt am Fenster und schaut der Feuerwehr zu
+when: ein Kran gegenüber einen Whirlpool aufs Dach gehoben hat
+np: einer sehr belebten Einkaufsstraße
-we: wir beliefern die Marktstände samstags | wir können Pakete bei einem Nachbarn abgeben, wenn Sie zustimmen
-scene: die Bauarbeiten können die Zustellung in Ihrer Straße verzögern | das Parken vor dem Laden ist ab achtzehn Uhr frei
-team: bittet den Zusteller, den Hintereingang zu nutzen
-when: die Straße wieder frei ist
-you: in einer Straße ohne Parkplätze wohnen
""",
    "desk": """
+we: wir sitzen alle gedrängt an einem langen Tisch, solange die Schreibtische getauscht werden | wir stoßen uns ständig die Knie an den neuen Tischen
+scene: mein Stuhl quietscht jedes Mal, wenn ich mich zurücklehne | die Pflanze auf meinem Schreibtisch blüht endlich
+team: streitet sich um den einzigen bequemen Stuhl
+when: der Monitor mitten im Telefonat von seinem Arm gefallen ist
+np: einem wackeligen Schreibtisch am Fenster
-we: wir verkaufen den Stehschreibtisch in zwei Breiten | wir können Ihnen einen neuen Monitorarm schicken
-scene: der Stuhl trägt bis zu 120 kg | die Schreibtischlampe hat drei Helligkeitsstufen
-team: schickt Ihnen die Aufbauanleitung des Schreibtischs
-when: die neuen Stühle geliefert sind
-you: einen Kratzer auf der Tischplatte gefunden haben
""",
},
"pt": {
    "illness": """
+we: estamos todos constipados, anda uma gripe pelo escritório | a gente teve três pessoas de atestado esta semana
+scene: hoje a garganta está a dar cabo de mim | ainda tô mancando desde que torci o tornozelo na escada
+team: vai passando uma caixa de lenços
+when: o Jorge desmaiou no jantar de Natal e ficámos todos à espera da ambulância
+np: um escritório cheio de espirros
-we: vendemos o kit de primeiros socorros com dois anos de validade | reembolsamos artigos de saúde por abrir
-scene: o termómetro dá a leitura em dez segundos | a ligadura de suporte existe em três tamanhos
-team: vai enviar-lhe hoje um termómetro novo
-when: os produtos de farmácia voltarem ao stock
-you: estava doente quando a encomenda chegou
""",
    "holiday": """
+we: acabámos de voltar de férias e ainda estamos queimados do sol | metade da equipe tá esquiando esta semana
+scene: ainda com jet lag do voo de volta | primeiro dia depois das férias e a caixa de entrada está a rebentar
+team: mostra as fotos das férias ao café
+when: voltámos todos do Natal e a copa estava inundada
+np: alguém que ainda sonha com a praia
-we: estamos fechados de 24 a 2 por causa das festas | enviamos encomendas de Natal até dia 20
-scene: o adaptador de viagem funciona em mais de 150 países | a mala tem dez anos de garantia
-team: vai tratar as devoluções de Natal até ao fim de janeiro
-when: o escritório reabrir depois das festas
-you: vai viajar e quer que guardemos a encomenda
""",
    "neighbourhood": """
+we: ouvimos a feira a montar cá em baixo | a gente viu passar um desfile pela janela na hora do almoço
+scene: há uma banda filarmónica a tocar na praça aqui em baixo | fecharam a rua da frente para uma filmagem
+team: está colada à janela a ver os bombeiros
+when: uma grua subiu uma banheira de hidromassagem para o telhado da frente
+np: uma rua cheia de gente
-we: entregamos às bancas da feira aos sábados | podemos deixar a encomenda num vizinho se autorizar
-scene: as obras podem atrasar as entregas na sua rua | o estacionamento em frente à loja é gratuito depois das seis
-team: vai pedir ao estafeta para usar a entrada das traseiras
-when: a rua reabrir
-you: mora numa rua sem estacionamento
""",
    "desk": """
+we: estamos todos apertados numa mesa comprida enquanto trocam as secretárias | a gente vive batendo o joelho nas mesas novas
+scene: a minha cadeira range sempre que me encosto | a planta da minha secretária finalmente deu flor
+team: anda à luta pela única cadeira confortável
+when: o monitor caiu do braço a meio de uma chamada
+np: uma secretária bamba ao pé da janela
-we: vendemos a secretária elevatória em duas larguras | podemos enviar um braço de monitor novo
-scene: a cadeira aguenta até 120 kg | o candeeiro de secretária tem três níveis de luz
-team: vai enviar-lhe o guia de montagem da secretária
-when: as cadeiras novas forem entregues
-you: encontrou um risco no tampo
""",
},
}
for _language, _kinds in MORE.items():
    DATA[_language].update(_kinds)


def _slots(block: str) -> dict[str, dict[str, list[str]]]:
    """"+we: a | b" lines -> {"+": {"we": ["a", "b"]}, "-": {...}}."""
    out: dict[str, dict[str, list[str]]] = {"+": {}, "-": {}}
    for line in block.strip().splitlines():
        match = re.fullmatch(r"([+-])(\w+):\s*(.+)", line.strip())
        if not match:
            raise ValueError(f"not a slot line: {line!r}")
        out[match.group(1)][match.group(2)] = [p.strip() for p in match.group(3).split("|")]
    return out


def rows(per_frame: int = 3, seed: int = 53) -> list[dict]:
    """Up to `per_frame` distinct sentences per frame, kind, label and language."""
    rng = random.Random(seed)
    out = []
    for language, kinds in DATA.items():
        frames = FRAMES[language]
        for kind, block in kinds.items():
            slots = _slots(block)
            for sign, label in (("+", 1), ("-", 0)):
                table = {**SLOTS[language], **slots[sign]}
                for frame in frames["both"] + frames[sign]:
                    if any(key not in table for key in re.findall(r"{(\w+)}", frame)):
                        continue
                    seen = sorted({_fill(frame, table, rng) for _ in range(per_frame * 4)})[:per_frame]
                    out += [{"language": language, "label": label, "text": t,
                             "template": f"{language}:everyday:{kind}"} for t in seen]
        own, prep = SLOTS[language], SIGN_OFF_FROM[language]
        out += [{"language": language, "label": 0, "text": f"{closing} {prep} {team}", "template": f"{language}:company:voice"}
                for closing in own["closing"] for team in own["company_np"]]  # "Best wishes from the returns desk"
        greeting = own["greeting"][0]
        out += [{"language": language, "label": 0, "text": t, "template": f"{language}:company:voice"}
                for sentence in COMPANY[language] for t in (sentence, f"P.S. {sentence}", f"{greeting} {sentence}")]
    return out
