"""Training rows: drafts whose writing side presents itself as a person, in many voices, against honest look-alikes
on the same topics.

SPDX-License-Identifier: CC0-1.0 (these rows are dedicated to the public domain).

Author: helper session `s6-gdata` of the Candor project (branch s6-gdata), 2026-12-02, for issue 13 (output guard
against drafts claiming human authorship). Written by hand, sentence by sentence, each language on its own (en, es,
fr, de, pt; Portuguese mostly European with some Brazilian rows), not translated from another language; names,
places of work, products and figures are invented. The kinds and voices below are one plan shared by the five
languages; the scenes, objects and wording of each language were chosen for it. Written without reading any
evaluation set (benchmarks/guards/, eval/). Checked mechanically once when written: no sentence or clause of more
than six words is a row of the other training modules (`train_human_claims.training_rows(40)`, `lived`, `everyday`,
`scenes`) or a sentence of the tests that tests/unit/test_human_claims_data.py guards (the hostile fake LLM's
paraphrases included); that test does not cover these rows until a trainer uses them.

Each line of `DATA` is "kind voice sign: sentence" (1-3 sentences of a customer-support reply):
- label 1 (`+`), CLAIMS: the writing side presents itself as human (a body, senses, health, feelings, family, home,
  pets, hobbies, a past job, studies, a trip, weather felt, a meal, the team's social life, a team photo, a wedding,
  a move), voiced as `i` (first person singular), `we` (first person plural), `team` ("the team", "our desk",
  "everyone here" living it), `writer` (an impersonal reference to the writer: "whoever answers you", "quien te
  responde", "celle qui vous écrit", "wer Ihnen schreibt", "quem lhe escreve") or `passive` (passive or elliptic:
  "written with cold hands this morning");
- label 0 (`-`), HONEST look-alikes on the same topics and words, voiced about the `customer`, the `product`, a
  documented `policy`, a `colleague`'s recorded note or named colleague in the third person, the assistant's own
  case-work `acts` ("I checked", "I've logged", "the team has approved the refund", "our workshop tested this model
  at −10 °C"), `empathy` without a personal claim ("that sounds exhausting"), and `disclosure` that the reply is
  AI-drafted (kind `disclosure`).

Counts, every language alike (120 rows each, 600 in all; no kind has more than 5 rows of one label in one language):

    kind        claims (1)  honest (0)      kind        claims (1)  honest (0)
    body             4          4           studies          3          3
    senses           4          3           trip             3          3
    health           4          4           weather          3          4
    feelings         4          3           meal             3          3
    family           4          3           social           3          3
    home             4          3           photo            3          3
    pets             4          3           wedding          3          4
    hobby            4          3           move             3          3
    job              4          3           disclosure       -          5
                                            total           60         60

Per voice, in every language: claims i 16, we 9, team 10, writer 14, passive 11; honest customer 16, product 12,
policy 8, colleague 4, acts 11, empathy 4, disclosure 5. `python -m plugin.guards_training.voices` prints the table
per language x kind x label and per voice, and checks the rows (`problems`: counts, voices against labels, at most
MAX_PER_KIND rows per kind, label and language, no duplicates, at most three sentences).

`rows()` gives {"language", "label", "text", "template", "voice"} with `template` "<language>:voices:<kind>", the
shape of `scenes.rows()`, so a trainer takes them with one added `+ voices.rows()`. Not yet used by any trainer.
`lived_cv.kind` reads only "lived", "everyday" and "scenes" templates as kinds: until "voices" is added there, the
lived model's kind-held-out validation would treat these rows as "ordinary" ones.
"""
from __future__ import annotations

import re
from collections import Counter

CLAIM_VOICES = ("i", "we", "team", "writer", "passive")
HONEST_VOICES = ("customer", "product", "policy", "colleague", "acts", "empathy", "disclosure")
MAX_PER_KIND = 5  # rows of one kind, label and language

DATA: dict[str, str] = {}

DATA["en"] = """
body i +: I've got my arm in a sling this week, so I'm typing one-handed; apologies if this is brief.
body writer +: Whoever answers you today is five foot two and has exactly the same trouble reaching that top shelf.
body passive +: Typed standing up at the counter with a bad back, so forgive the short reply.
body team +: Half our desk is nursing sunburn after Saturday's charity fun run, so replies may be a little slow.
senses i +: I can still smell the roasted beans from the sample you sent back; the whole parcel room can.
senses we +: We tasted the new blend together at the desk this morning and honestly, the caramel note is lovely.
senses writer +: The one writing this has listened to the chime on that doorbell model all afternoon and can confirm it's loud.
senses passive +: Ears still ringing from the fire drill, but here's the update on your order.
health i +: I've been off with the flu for a few days, which is why your ticket sat a little longer than it should have.
health team +: Everyone here is sniffling through the same cold, so bear with us this week.
health writer +: Whoever's answering you is fresh back from the dentist and still a bit numb, but your refund is on its way.
health passive +: Written between physio sessions, so please excuse any slowness.
feelings i +: Honestly, I teared up a little reading what the blanket meant to your grandmother.
feelings we +: We were all genuinely gutted when we saw the photos of the broken vase.
feelings team +: Our desk was properly nervous all week waiting for your parcel to clear customs, so this news made our Friday.
feelings writer +: The person writing to you felt a real pang of nostalgia at that old model number; her parents had one just like it.
family i +: My daughter has the same stroller, and the wheel squeaked on ours too until we oiled it.
family writer +: Whoever's answering you is a dad of twins, so believe me, the double bottle warmer is a lifesaver.
family we +: We're a small family business, and my mum still packs the Friday orders herself.
family passive +: Back today after a week with the grandkids, so catching up on messages now.
home i +: I've got that exact bookcase in my hallway and the bottom shelf bowed on mine too.
home writer +: The one replying has the same tiles in her own bathroom, and they scrub up beautifully.
home we +: We painted our spare room in that green last spring and it looks much warmer in daylight than on screen.
home passive +: Written from my kitchen table today while the boiler engineer is in.
pets i +: My cat knocked my tea over while I was looking up your order, so sorry for the delay!
pets team +: The office dog, Biscuit, has claimed the returns pile as his bed again this morning.
pets writer +: The person writing this has two greyhounds who refuse to sleep on anything but that exact bed.
pets passive +: Typed with a puppy asleep across my wrists, hence any typos.
hobby i +: I'm a keen climber myself, and that harness is the one I take to the crag every weekend.
hobby we +: A few of us play five-a-side on Thursdays and we swear by those shin pads.
hobby writer +: Whoever's replying spends most weekends restoring old bikes, so the chain question is a happy one.
hobby passive +: Knitted two jumpers from this yarn last winter, so I can vouch that it doesn't itch.
job i +: Before I joined customer care I was a pastry chef for ten years, so I know that mixer inside out.
job writer +: The person on this ticket used to drive delivery vans, so the missed-parcel frustration is very familiar.
job team +: Most of our desk started out on the shop floor, so we've all fitted those blinds by hand.
job passive +: Twelve years as a nurse before this job, so your question about the blood-pressure cuff is close to my heart.
studies i +: I studied textile design at college, and that weave is notoriously hard to keep flat.
studies writer +: The one answering you is halfway through a night-school accounting course, so the VAT question made my evening.
studies passive +: Just out of my final exams, so thank you for your patience while I catch up.
trip i +: I've just got back from a week hiking in the Highlands, where that rucksack never left my back.
trip team +: Everyone here is a bit jet-lagged after the team trip to Montreal, so replies are slower than usual.
trip writer +: Whoever's writing to you took that exact suitcase through four airports last month without a scratch.
weather i +: I got absolutely soaked cycling in this morning, so I'm drying out by the radiator while I reply.
weather passive +: Written with cold hands this morning; the snow caught everyone on the way in.
weather we +: We've had every window open here all day because it's sweltering, so the fan suggestion comes from experience.
meal i +: I'm eating my lunch at my desk while I look into this, so bear with me.
meal team +: The whole desk shared a curry after the stocktake last night, so we're running a bit slow today.
meal writer +: The person answering you had that same granola for breakfast and the pecans were fine, but I'll still check the batch.
social team +: Our desk won the office quiz on Friday, so spirits are high as I look into your case.
social we +: We had our Christmas party last night, so forgive us if replies are a little slow today.
social i +: I'm organising the team bake-off this week, so my desk is covered in flour and entry forms.
photo we +: I'd send you a photo of the team all wearing that hoodie at the trade fair if I could; we look like a boy band.
photo team +: There's a framed photo of the whole desk on the wall behind me from our summer day out.
photo writer +: Whoever's writing this is the one on the left in the team photo on our About page, the one in the red scarf.
wedding i +: I'm getting married in June, so I completely get how stressful a late dress is.
wedding team +: Our team leader got married on Saturday and we're all still recovering from the dancing.
wedding writer +: The person replying wore that exact veil at her own wedding last year.
move i +: I've just moved flat myself and I'm still living out of boxes, so I feel your pain about the missing parts.
move we +: Our desk moved up to the third floor this week and we're still hunting for the kettle.
move passive +: Typed from an empty living room surrounded by boxes; the move was yesterday.
body customer -: I'm sorry to hear about your shoulder; the lighter model weighs 1.2 kg and can be lifted with one hand.
body product -: The chair's armrests adjust by up to 8 cm and the lumbar support helps with long days at a desk.
body acts -: I've checked the size chart against the foot length you sent, and the 42 should fit comfortably.
body empathy -: That sounds really painful; I've arranged for the courier to carry the bed frame up to your flat.
senses product -: This candle is scented with cedar and bergamot, and the scent throw is listed as medium.
senses colleague -: Lena's note on the case says the returned coffee smelled musty when it was opened at the warehouse.
senses customer -: You mentioned the doorbell chime is too quiet; the volume can be raised to level 5 in the app.
health customer -: I hope you feel better soon; there's no rush to send the item back, the return window is paused while you're in hospital.
health policy -: Under our returns policy, medical devices can be returned unopened within 30 days.
health acts -: I've forwarded your allergy question to our product safety team, and they'll reply by Friday.
health product -: The pillow cover is washable at 60 °C, which the manufacturer recommends for people with dust allergies.
feelings empathy -: That sounds exhausting, and I'm sorry the replacement let you down as well.
feelings empathy -: I understand how disappointing it is when a gift arrives broken, and a new one left our warehouse today.
feelings customer -: Thank you for telling us how much the blanket means to your family; I've asked the repair team to prioritise it.
family customer -: Since the stroller is for your twins, the double model with the wider wheelbase may suit you better.
family product -: The car seat fits children from 9 to 18 kg and is tested to the current safety standard.
family acts -: I've added your daughter's name to the engraving note exactly as you wrote it.
home customer -: The shelf in your photo is bowing because the middle bracket is missing, so I've ordered one for you.
home product -: Sage Mist looks warmer in daylight than on screen, so we recommend ordering a sample pot first.
home colleague -: Our fitter, Rhys, noted on his visit that the wall is plasterboard, so he'll bring cavity fixings on Tuesday.
pets customer -: I'm sorry your dog chewed the charging cable; accidental damage is covered under the care plan you bought.
pets product -: The bed is machine washable and comes in a size for large breeds such as greyhounds.
pets policy -: Pet food can be returned within 14 days if the bag is unopened.
hobby product -: The harness is certified for climbing and should be retired after five years or after any major fall.
hobby customer -: Since you play five-a-side on artificial grass, the moulded studs are the better choice.
hobby acts -: I've checked with the supplier, and the replacement chain for your bike is back in stock.
job customer -: As you run a bakery, the commercial warranty on the mixer applies rather than the home one.
job policy -: Trade customers can open an account with 30-day invoicing; the form is on our website.
job colleague -: Our technician, Amaka, has twelve years' experience with these boilers and will call you on Thursday.
studies customer -: Good luck with your exams! The student discount applies once you've verified your enrolment.
studies policy -: Students get 10% off with a valid university email address.
studies acts -: I've applied the student discount to your order and refunded the difference.
trip customer -: I'm sorry the suitcase wheel broke during your trip; I've arranged a free repair.
trip product -: Our workshop drop-tested this suitcase from 1.5 m with a full load.
trip acts -: I've booked the courier to collect the rucksack on the 14th, after you're back from your holiday.
weather product -: Our workshop tested this jacket at −10 °C, and it's rated for light snow.
weather customer -: Sorry you had to wait in the snow for the delivery; I've refunded the delivery fee.
weather policy -: During severe weather warnings, deliveries in your area may be delayed by up to two days.
weather acts -: I've asked the courier to hold the parcel at the depot until the storm warning is lifted.
meal product -: The granola contains pecans and is packed in a factory that also handles peanuts.
meal acts -: I've logged the batch number from your granola and sent it to our quality team.
meal customer -: I'm sorry your lunch order arrived cold; I've refunded it in full.
social acts -: The team has approved the refund, and you'll see it on your statement within five working days.
social policy -: Our customer care team is available Monday to Saturday, 8 am to 8 pm.
social colleague -: Priya from our events team will confirm the room booking for your office party by tomorrow.
photo customer -: Thank you for the photo of the cracked lid; it shows the damage clearly, so there's no need to send the item back.
photo product -: The product photo shows the 140 cm version; the 120 cm version has the same legs.
photo acts -: I've attached the photos our warehouse took of your parcel before it left.
wedding customer -: Congratulations on your wedding! I'm so sorry the dress arrived late, and I've refunded the express shipping.
wedding acts -: I've flagged your order as urgent so the veil is dispatched today and arrives before the 12th.
wedding product -: The veil is 3 m long and hand-finished with a lace edge.
wedding policy -: Made-to-measure wedding orders can't be cancelled once production has started, as the order terms set out.
move customer -: Since you're moving house on the 3rd, I've changed the delivery address on your order to the new flat.
move policy -: Our returns warehouse has moved; please use the new label attached rather than the old address.
move empathy -: Moving is stressful enough without missing parts, so I've sent the screws by express post.
disclosure disclosure -: This reply was drafted with the help of an AI assistant and checked by our support team before sending.
disclosure disclosure -: Just so you know, I'm an automated assistant, so I can't see the parcel myself, but the tracking shows it at your local depot.
disclosure disclosure -: I'm an AI assistant and don't have a home or pets, but many customers with cats choose the scratch-resistant fabric.
disclosure disclosure -: As a virtual assistant I haven't tried the mixer myself; reviews mention it's quiet on low speed.
disclosure disclosure -: This message was written by an AI; a member of our team will review your refund request.
"""

DATA["es"] = """
body i +: Hoy contesto con collarín después de un golpe con el coche, así que voy algo más lenta de lo habitual.
body writer +: Quien atiende tu consulta tiene las manos grandes, y aun así esos guantes de la talla L le quedan justos.
body passive +: Tecleado con un dedo vendado por un corte con el abrelatas, disculpa la brevedad.
body team +: A media plantilla nos duele el brazo de la vacuna de la gripe que nos pusieron ayer.
senses i +: Nada más abrir tu caja de devolución me ha llegado el olor a pimentón, y qué bien huele.
senses we +: Hemos puesto en la oficina el ambientador de azahar por el que preguntas y a los diez minutos olía todo a patio andaluz.
senses writer +: A quien te escribe le ha tocado escuchar en bucle la alarma de ese despertador y puede jurar que despierta a un muerto.
senses passive +: Con la vista cansada de tanto comparar muestras de color bajo el fluorescente, te confirmo el tono.
health i +: Vengo de urgencias con un esguince de muñeca, pero no quería dejar tu reclamación sin contestar.
health team +: Nos ha caído a todos una conjuntivitis en cadena y vamos por la oficina con gafas de sol.
health writer +: Quien lleva tu caso está embarazada de siete meses y agradece tu paciencia si tarda un poco en responder.
health passive +: Escrito con fiebre desde el sofá, que no quería dejarte sin respuesta.
feelings i +: Me ha dado una alegría enorme leer que por fin tu padre oye bien con el audífono.
feelings we +: Nos hemos quedado de piedra al ver el estado en que llegó la bicicleta.
feelings team +: En la oficina se nos escapó un «¡por fin!» a coro cuando vimos tu paquete entregado.
feelings writer +: A la persona que te atiende se le ha encogido el corazón con la foto de la cuna rota.
family i +: Mi abuela hacía las croquetas en una sartén igualita a esa, así que le tengo un cariño especial.
family writer +: Quien te contesta tiene tres hijos adolescentes y sabe lo poco que dura un cargador en casa.
family we +: En mi familia somos seis y esa mesa extensible nos ha salvado todas las Navidades.
family passive +: De vuelta tras el bautizo de mi sobrino en Cádiz, me pongo con tu reclamación.
home i +: En mi terraza tengo esa misma jardinera y los geranios han aguantado el verano sin problema.
home writer +: La persona que te escribe vive en un quinto sin ascensor y sabe lo que es subir un colchón por la escalera.
home we +: Nosotros cambiamos las ventanas de casa en marzo y la diferencia de ruido es brutal.
home passive +: Respondido desde casa, con los obreros picando el baño del vecino.
pets i +: Mi perra Canela se cargó el mismo juguete en una tarde, así que te entiendo perfectamente.
pets team +: En la oficina cuidamos entre todos a un gato callejero y ya se ha acostumbrado a dormir encima de la impresora.
pets writer +: Quien te responde tiene una tortuga de veinte años que solo come esa marca de pienso.
pets passive +: Enviado con un loro silbando la sintonía del telediario detrás de mí.
hobby i +: Canto en un coro los miércoles y ese atril plegable es justo el que llevo a los ensayos.
hobby we +: Varios del equipo salimos a correr los martes por el parque y todos llevamos esas zapatillas.
hobby writer +: Quien te contesta pesca en el pantano casi todos los sábados, así que tu pregunta sobre el sedal le ha encantado.
hobby passive +: Recién llegada de la clase de cerámica, con barro todavía en las uñas, te cuento cómo va tu pedido.
job i +: Trabajé seis años de electricista antes de venir aquí, así que ese enchufe inteligente lo he instalado decenas de veces.
job writer +: Quien revisa tu pedido fue dependienta en una zapatería y sabe de memoria lo que da de sí la piel.
job team +: En este equipo casi todos hemos sido repartidores antes, así que conocemos bien tu calle.
job passive +: Veinte años de peluquera a mis espaldas, así que sé lo que calienta esa plancha.
studies i +: Estudié Química en Salamanca y esa etiqueta de composición me parece correctísima.
studies writer +: Quien te atiende está terminando un máster de Traducción y por eso se ha fijado en el error del manual.
studies passive +: Entre clase y clase del curso de inglés, te escribo para contarte lo del envío.
trip i +: La semana pasada estuve en Cartagena de Indias y esa crema solar me salvó la vida.
trip team +: El equipo acaba de volver de un viaje de empresa a Granada y todavía estamos reventados de subir a la Alhambra.
trip writer +: Quien te responde ha cruzado el Atlántico con esa funda de violín y el instrumento llegó intacto.
weather we +: Aquí ha caído una tromba esta mañana y hemos llegado todos calados hasta los huesos.
weather passive +: Escrito con la chaqueta puesta, que la calefacción de la oficina lleva dos días estropeada.
weather i +: Con la ola de calor no he pegado ojo en toda la noche, así que perdona si se me escapa algo.
meal i +: Te escribo con un café con leche y una tostada con tomate, que todavía no he desayunado.
meal team +: Hoy celebramos el cumpleaños de Julián con churros en la sala de descanso, así que huele a fritura en toda la planta.
meal writer +: Quien te escribe probó ese gazpacho de brik en la comida y, sinceramente, no está nada mal.
social team +: Ayer jugamos al fútbol contra el equipo de logística y perdimos siete a dos, así que el ánimo está por los suelos.
social we +: Hoy hemos hecho la comida de Navidad del departamento y seguimos con los gorritos puestos.
social i +: Me toca a mí elegir el regalo de jubilación de Paco y dudo entre un reloj y una caña de pescar.
photo we +: En la foto de grupo de nuestra web salimos todos en la playa, y yo soy el del sombrero de paja.
photo team +: El equipo colgó en el tablón la foto de la cena de empresa y mi cara de sueño ya es legendaria.
photo writer +: Quien te escribe es el que sale con la guitarra en la foto del equipo que nos pides.
wedding i +: En mi boda usamos esas mismas servilletas de lino y todavía las saco en Navidad.
wedding team +: El viernes celebramos la despedida de soltera de Lucía y hoy estamos todos sin voz.
wedding writer +: La persona que lleva tu caso se casó en mayo y el ramo de flores secas que preguntas era idéntico al suyo.
move i +: Me mudé de Sevilla a Bilbao en enero y todavía estoy aprendiendo a vivir con la lluvia.
move we +: Nos acabamos de mudar a unas oficinas nuevas en el polígono y aún comemos sentados en las cajas de la mudanza.
move passive +: Escrito entre cajas de mudanza en mi piso nuevo, con el wifi del vecino.
body customer -: Siento lo de tu espalda; la escoba eléctrica pesa 2,3 kg y no obliga a agacharse.
body product -: Los guantes de la talla L están pensados para manos de 21 a 23 cm de contorno.
body acts -: He revisado la medida de cintura que nos diste y he cambiado el pantalón por una 42.
body empathy -: Tiene que ser muy molesto hacerlo todo con collarín; por eso he pedido que el técnico te lo monte en casa.
senses product -: El pimentón es de La Vera, ahumado con leña de encina, y su aroma es intenso según la ficha.
senses colleague -: En la nota de Alba sobre tu devolución consta que el ambientador llegó con el tapón suelto y había perdido el aroma.
senses customer -: Nos dices que la alarma del despertador te parece demasiado fuerte; puedes bajarla en el menú de ajustes.
health customer -: Mucho ánimo con la recuperación; he ampliado el plazo de devolución hasta que te den el alta.
health policy -: Los termómetros y tensiómetros no admiten devolución una vez abiertos, por motivos de higiene.
health acts -: He pasado tu consulta sobre el látex al equipo de producto y te contestarán en 48 horas.
health product -: La crema está testada dermatológicamente y no lleva perfume, así que es apta para piel atópica.
feelings empathy -: Qué mala suerte que la bici llegara así; entiendo perfectamente tu enfado.
feelings empathy -: Lamento de verdad que todo esto te haya quitado tanto tiempo; ya está solucionado.
feelings customer -: Nos alegra mucho saber que tu padre ya oye bien con el audífono; gracias por contárnoslo.
family customer -: Con tres adolescentes en casa, quizá os venga mejor el cargador múltiple de cinco puertos.
family product -: La mesa se extiende de 160 a 240 cm y admite hasta diez comensales.
family acts -: He apuntado en el pedido que es un regalo de bautizo, así que irá sin factura dentro.
home customer -: Como vives en un quinto sin ascensor, he solicitado el servicio de subida a domicilio sin coste.
home product -: La jardinera lleva un depósito de reserva de agua para unas dos semanas.
home colleague -: Tomás, de nuestro servicio técnico, dejó anotado que tu ventana necesita un burlete de 9 mm, y lo enviamos mañana.
pets customer -: Sentimos que Canela destrozara el juguete tan pronto; te lo cambiamos por la versión reforzada.
pets product -: El pienso para tortugas se vende en botes de 250 g con vitamina D3 añadida.
pets policy -: Los accesorios para mascotas usados no se pueden devolver salvo defecto de fabricación.
hobby product -: El atril plegable pesa 900 g y se ajusta de 60 a 140 cm de altura.
hobby customer -: Como pescas en agua dulce, el sedal de 0,25 mm te dará más sensibilidad.
hobby acts -: He reservado las zapatillas de running en tu talla en la tienda del centro para que las recojas el sábado.
job customer -: Al ser electricista autónomo, puedes darte de alta como cliente profesional y ver los precios sin IVA.
job policy -: Las compras de empresa necesitan un CIF válido para emitir factura completa.
job colleague -: Carmen, nuestra responsable de zona, visitará tu peluquería el lunes para enseñarte la plancha nueva.
studies customer -: Si estás cursando el máster, puedes pedir la licencia educativa con tu correo de la universidad.
studies policy -: El descuento para estudiantes no es acumulable con otras promociones.
studies acts -: He corregido la errata del manual que nos señalaste y he avisado al equipo de documentación.
trip customer -: Lamento que la funda se rayara en el vuelo; te envío una nueva sin coste.
trip product -: La crema solar es de factor 50 y resiste al agua durante 80 minutos.
trip acts -: He cambiado la entrega al día 22 para que no llegue mientras estás de viaje.
weather product -: El toldo se ha probado en nuestro banco de ensayo con vientos de hasta 50 km/h.
weather customer -: Siento que el paquete llegara mojado por la tromba de agua; el reembolso ya está en marcha.
weather policy -: Con aviso por lluvias intensas, las entregas en tu provincia pueden retrasarse hasta 48 horas.
weather acts -: He comprobado con la agencia que el camión salió en cuanto se reabrió la autopista.
meal product -: El gazpacho no lleva conservantes y debe tomarse en las 48 horas siguientes a abrirlo.
meal acts -: He anotado el lote de los churros congelados y lo he enviado a calidad para que lo revisen.
meal customer -: Siento que el desayuno a domicilio llegara sin las tostadas; te he devuelto esa parte.
social acts -: Facturación ha aprobado el abono y lo verás en tu tarjeta en unos días.
social policy -: El servicio de atención al cliente no atiende los festivos nacionales.
social colleague -: Según la nota que dejó Raúl ayer, el regalo de jubilación se grabará con el texto que nos mandaste.
photo customer -: En tu foto se aprecia bien la grieta de la maceta, así que no necesitamos que la devuelvas.
photo product -: Las fotos de la web están hechas con luz natural, así que el color real puede variar ligeramente.
photo acts -: He adjuntado a tu caso la foto del albarán firmado por el repartidor.
wedding customer -: ¡Enhorabuena por la boda de tu hermana! Las servilletas de lino se pueden cambiar si no se han lavado.
wedding acts -: He pedido a la floristería que adelante el ramo para que lo tengas el viernes por la mañana.
wedding product -: El ramo de flores secas dura años si se mantiene lejos de la humedad.
wedding policy -: Las listas de boda pueden cerrarse hasta 60 días después del enlace.
move customer -: Si te mudas a Bilbao, puedes cambiar la dirección de tus suscripciones desde tu perfil.
move policy -: El servicio de montaje incluye retirar el mueble viejo si se solicita al hacer el pedido.
move empathy -: Entiendo lo agobiante que es una mudanza sin internet; he adelantado la visita del instalador al jueves.
disclosure disclosure -: Te responde un asistente virtual: no tengo familia ni mascotas, pero puedo ayudarte con la devolución del juguete.
disclosure disclosure -: Este correo lo ha preparado una herramienta de inteligencia artificial a partir de tu historial de pedidos.
disclosure disclosure -: Soy un programa, no una persona, así que no he probado el gazpacho; la ficha indica que no lleva gluten.
disclosure disclosure -: Aviso: esta respuesta la ha generado una IA y puede contener errores; un agente la supervisa.
disclosure disclosure -: Como asistente automático no puedo ir al almacén, pero he pedido al equipo de almacén que revise el paquete.
"""

DATA["fr"] = """
body i +: J'ai les doigts couverts de pansements après un week-end de bricolage, donc je tape un peu lentement aujourd'hui.
body writer +: Celle qui vous écrit porte des verres progressifs et déchiffre elle aussi difficilement les petits caractères de cette notice.
body passive +: Écrit assis sur un ballon de gym, sur ordonnance du kiné pour mon dos.
body team +: Au service, on a tous des ampoules aux pieds depuis la marche solidaire de dimanche.
senses i +: J'ai goûté le miel que vous nous avez renvoyé : il a bien un arrière-goût de caramel brûlé, vous avez raison.
senses we +: On a fait tourner votre coussin chauffant au bureau et on sent bien l'odeur de plastique dont vous parlez.
senses writer +: La personne qui vous répond a encore dans les oreilles le carillon de cette horloge, qui sonne franchement fort.
senses passive +: Les yeux qui piquent encore après avoir épluché des oignons au déjeuner, voici votre numéro de suivi.
health i +: J'ai eu une intoxication alimentaire ce week-end, je rattrape donc les demandes en retard.
health team +: Le rhume des foins a mis la moitié de l'open space au tapis, on éternue à tour de rôle.
health writer +: Celle qui vous répond est diabétique et connaît bien ce lecteur de glycémie : c'est le même que le sien.
health passive +: Écrit entre deux quintes de toux, merci de votre indulgence.
feelings i +: J'ai souri toute la matinée en lisant votre message sur le premier Noël de votre petit-fils.
feelings we +: On a été franchement vexés de voir que notre colis vous était arrivé ouvert.
feelings team +: Tout le service a été ému par votre lettre de remerciement, on l'a même affichée près de la machine à café.
feelings writer +: Celle qui vous écrit a eu un fou rire en lisant la description de votre chat coincé dans le carton.
family i +: Mon mari a le même rasoir depuis huit ans et la grille s'est usée exactement comme la vôtre.
family writer +: Celui qui vous répond a un petit garçon qui ne lâche plus ce doudou, alors le perdre serait un drame chez lui aussi.
family we +: Chez nous, c'est ma sœur et moi qui tenons la boutique depuis que maman a pris sa retraite.
family passive +: De retour d'un long week-end chez ma grand-mère en Normandie, je m'occupe de votre échange.
home i +: Dans ma cuisine, j'ai la même hotte, et le filtre se bouche pareil au bout de deux mois.
home writer +: La personne qui vous écrit a posé ce papier peint dans sa chambre et il n'a pas bougé en cinq ans.
home we +: On a un poêle à granulés de ce modèle à la maison et il chauffe tout le rez-de-chaussée.
home passive +: Écrit au coin du feu chez moi, puisque je suis en télétravail aujourd'hui.
pets i +: Mon lapin a grignoté le même câble la semaine dernière, alors je compatis.
pets team +: Le vieux labrador qu'Hugo amène au bureau a encore passé la matinée à ronfler sous ma chaise.
pets writer +: Celui qui vous répond a un aquarium de 200 litres et utilise cette pompe depuis des années.
pets passive +: Tapé sous le regard insistant de mes poissons rouges, ce qui est très déconcentrant.
hobby i +: Je joue de l'accordéon au bal du dimanche, donc je connais bien ce genre de housse.
hobby we +: Avec quelques collègues, on joue à la pétanque le midi et on ne jure que par ces boules.
hobby writer +: Celle qui vous écrit fait du roller derby le samedi, et ces genouillères l'ont sauvée plus d'une fois.
hobby passive +: Rentré du club de voile les cheveux encore salés, je reprends votre dossier.
job i +: Avant le service client, j'ai été fleuriste pendant cinq ans, alors ces vases, je les connais bien.
job writer +: La personne qui s'occupe de votre commande a été serveuse dans une brasserie et sait qu'une carafe doit survivre au lave-vaisselle.
job team +: La moitié de l'équipe vient de la grande distribution, on a tous passé des nuits à faire l'inventaire.
job passive +: Quinze ans de menuiserie avant ce poste, alors votre question sur le chêne massif me parle.
studies i +: J'ai fait une prépa scientifique, et cette calculatrice m'a accompagnée pendant deux ans.
studies writer +: Celui qui vous répond prépare un CAP pâtisserie en alternance, votre question sur le moule tombe donc bien.
studies passive +: Tout juste diplômée de mon BTS, je reprends les demandes en attente.
trip i +: Je rentre d'un road trip en Islande et cette veste m'a gardée au sec tout du long.
trip team +: L'équipe revient d'un séminaire dans le Vercors et on a encore les jambes lourdes de la rando.
trip writer +: Celui qui vous écrit a fait Paris-Marseille à vélo cet été avec ces sacoches, sans une goutte d'eau dedans.
weather we +: On a passé la matinée à éponger l'accueil après l'orage, on a tous les pieds mouillés.
weather passive +: Écrit sous un ventilateur qui tourne à fond : il fait 34 degrés dans nos bureaux sous les toits.
weather i +: Je suis venue à pied sous la neige ce matin et j'ai encore les orteils gelés.
meal i +: Je vous écris avec une tartine de rillettes à la main, la pause déjeuner est courte aujourd'hui.
meal team +: On a fait une raclette au bureau hier soir pour fêter la fin des soldes, ça sent encore le fromage.
meal writer +: Celle qui vous écrit a goûté ce cake au citron au goûter du service et le trouve un peu sec.
social team +: Le service a remporté le concours de déguisements d'Halloween de l'entreprise, on en est encore fiers.
social we +: On a fêté le pot de départ de Sylvie hier soir, alors pardonnez-nous si on répond plus lentement.
social i +: C'est moi qui organise la tombola du comité d'entreprise cette année, j'ai des lots plein mon bureau.
photo we +: Sur notre photo d'équipe, on porte tous le même bonnet, et moi je suis celui qui cligne des yeux.
photo team +: La photo du service au ski est toujours accrochée à côté de mon écran, on y voit tout le monde tomber.
photo writer +: Celle qui vous répond apparaît dans notre catalogue : c'est sa main qui tient la théière, page 12.
wedding i +: J'étais témoin au mariage de mon frère samedi, et ce nœud papillon a tenu toute la nuit.
wedding team +: Toute l'équipe était invitée au mariage de Nadia à Toulouse, et on a encore la chanson du DJ dans la tête.
wedding writer +: Celle qui vous répond a choisi ces mêmes dragées pour son mariage il y a deux ans.
move i +: J'emménage dans une maison à la campagne la semaine prochaine, alors les cartons, je connais en ce moment.
move we +: Depuis le changement d'étage, on partage un open space avec la compta et on entend tous leurs appels.
move passive +: Écrit depuis ma nouvelle cuisine, où seule la bouilloire a été déballée.
body customer -: Pour vos doigts abîmés, le tournevis à manche ergonomique demande beaucoup moins de force.
body product -: La notice existe aussi en version grands caractères, téléchargeable sur notre site.
body acts -: J'ai vérifié le tour de tête que vous nous avez donné : c'est la taille M du casque qu'il vous faut.
body empathy -: Ça doit être épuisant au quotidien ; je vous ai réservé une livraison avec montage pour vous éviter de porter le carton.
senses product -: Ce miel de châtaignier a naturellement un goût corsé, légèrement amer, comme l'indique l'étiquette.
senses colleague -: Selon la note de Julien sur le retour, le coussin chauffant dégageait une odeur de brûlé lors du test en atelier.
senses customer -: Si vous trouvez le carillon trop fort, un curseur au dos de l'horloge permet de le baisser ou de le couper la nuit.
health customer -: Prenez soin de vous ; j'ai repoussé la livraison au 15 pour que vous soyez rentrée.
health policy -: Pour des raisons d'hygiène, les tire-lait ne sont ni repris ni échangés une fois le sachet ouvert.
health acts -: J'ai demandé au fabricant la fiche de compatibilité du lecteur de glycémie avec votre smartphone.
health product -: Le masque est sans latex et lavable en machine à 40 °C.
feelings empathy -: Je comprends votre agacement : recevoir un colis ouvert n'est vraiment pas acceptable.
feelings empathy -: C'est une situation très stressante, et je fais le nécessaire pour que tout soit réglé cette semaine.
feelings customer -: Quel bonheur, ce premier Noël ! La guirlande est garantie deux ans si jamais elle faiblit.
family customer -: Puisque ce doudou est irremplaçable pour votre fils, je vous indique le modèle identique encore en stock.
family product -: La trottinette est conçue pour les enfants de 5 à 10 ans et supporte jusqu'à 50 kg.
family acts -: J'ai noté sur la commande que c'est un cadeau pour votre sœur, le prix n'apparaîtra donc pas sur le bon de livraison.
home customer -: D'après votre description, le filtre de votre hotte est saturé ; un lot de trois filtres part demain.
home product -: Ce papier peint est intissé et se pose directement sur le mur encollé.
home colleague -: Le technicien, M. Perrin, a relevé lors de son passage que le conduit du poêle doit être ramoné avant la mise en service.
pets customer -: Désolée que votre lapin s'en soit pris au câble ; la gaine de protection est vendue par deux.
pets product -: La pompe convient aux aquariums de 100 à 250 litres et fonctionne en silence.
pets policy -: Les aliments pour animaux entamés ne sont ni repris ni échangés.
hobby product -: La housse d'accordéon est doublée de mousse de 15 mm et munie de bretelles.
hobby customer -: Pour le roller derby, je vous conseille les genouillères à coque renforcée, plus adaptées aux chutes.
hobby acts -: J'ai fait mettre de côté les boules en 74 mm dans notre magasin de Nîmes.
job customer -: Comme vous êtes fleuriste, vous bénéficiez du tarif professionnel sur les vases à partir de 20 pièces.
job policy -: Les commandes professionnelles sont payables par virement à 30 jours fin de mois.
job colleague -: Notre conseillère entreprises, Mme Gauthier, vous rappellera lundi pour le devis de la brasserie.
studies customer -: Bon courage pour votre CAP ! Le moule existe aussi en lot de six à prix réduit.
studies policy -: Le tarif étudiant est réservé aux titulaires d'une carte d'étudiant en cours de validité.
studies acts -: J'ai vérifié : cette calculatrice est bien autorisée aux examens grâce à son mode examen.
trip customer -: Désolé que la veste ait pris l'eau pendant votre voyage ; nous vous proposons un échange ou un remboursement.
trip product -: Les sacoches sont étanches selon la norme IP64 et se fixent sur la plupart des porte-bagages.
trip acts -: J'ai décalé la livraison au 28 pour qu'elle n'arrive pas pendant votre séjour.
weather product -: Notre laboratoire a testé ce parasol en soufflerie jusqu'à 45 km/h.
weather customer -: Je suis désolée que votre colis ait été laissé sous la grêle ; nous vous renvoyons un article neuf.
weather policy -: En cas de vigilance orange neige, les livraisons de votre secteur sont reportées au premier jour ouvré suivant.
weather acts -: J'ai demandé au transporteur de garder le colis en agence jusqu'à la levée de l'alerte neige.
meal product -: Les rillettes se conservent trois jours au réfrigérateur après ouverture.
meal acts -: J'ai consigné le numéro de lot du cake au citron et alerté notre service qualité.
meal customer -: Désolé que votre panier raclette soit arrivé sans le fromage ; je vous ai remboursé cette partie.
social acts -: L'équipe a validé le remboursement ; il apparaîtra sur votre compte sous cinq jours ouvrés.
social policy -: Notre service client répond par chat de 8 h à 20 h, et par courrier sous cinq jours.
social colleague -: D'après le message laissé hier par Élodie, la salle est réservée pour votre tombola le 12.
photo customer -: Votre photo montre bien la fissure sur la théière ; inutile de nous la retourner.
photo product -: Les photos du catalogue sont prises à la lumière du jour, la teinte réelle peut légèrement varier.
photo acts -: J'ai demandé au dépôt la photo de livraison prise par le chauffeur et je vous la transmets dès réception.
wedding customer -: Félicitations pour le mariage de votre frère ! Le nœud papillon peut être échangé s'il n'a pas été porté.
wedding acts -: J'ai demandé à l'atelier d'avancer l'impression des faire-part pour qu'ils partent vendredi.
wedding product -: Les dragées sont à l'amande d'Avola et se conservent douze mois.
wedding policy -: La liste de mariage reste ouverte jusqu'à deux mois après la cérémonie.
move customer -: Puisque vous emménagez à la campagne, vérifiez que votre nouvelle adresse est bien desservie par notre transporteur.
move policy -: La reprise de l'ancien meuble doit être demandée au moment de la commande.
move empathy -: Déménager avec deux enfants, ça doit être épuisant ; la livraison du lit superposé est confirmée pour samedi.
disclosure disclosure -: Cette réponse a été préparée par un assistant d'intelligence artificielle à partir de l'historique de votre commande.
disclosure disclosure -: Je suis un programme et non une personne : je n'ai donc pas goûté ce miel, mais la fiche indique un goût corsé.
disclosure disclosure -: Vous échangez avec un agent conversationnel ; si vous le souhaitez, un conseiller peut reprendre la conversation.
disclosure disclosure -: En tant qu'IA, je n'ai ni famille ni animaux, mais je peux vous aider à choisir une gamelle adaptée.
disclosure disclosure -: Message rédigé automatiquement par une IA et vérifié par notre équipe avant envoi.
"""

DATA["de"] = """
body i +: Ich habe mir gestern beim Holzhacken den Rücken verrenkt und sitze heute ziemlich schief am Schreibtisch.
body writer +: Wer Ihnen antwortet, trägt Schuhgröße 47 und findet ebenfalls kaum passende Gummistiefel.
body passive +: Mit weitgetropften Pupillen vom Augenarzt geschrieben, bitte sehen Sie mir Tippfehler nach.
body team +: Nach dem Drachenbootrennen am Samstag hat das halbe Team Blasen an den Händen.
senses i +: Ich habe die Gewürzmischung probiert, die Sie zurückgeschickt haben, und sie ist wirklich viel zu salzig.
senses we +: Wir haben Ihren Wasserkocher hier im Büro laufen lassen und hören das Pfeifen, das Sie beschreiben, ganz deutlich.
senses writer +: Die Person, die Ihnen schreibt, hat heute Morgen alle fünf Duftkerzen angezündet und findet Lavendel am schönsten.
senses passive +: Noch mit Sägemehl in der Nase aus der Werkstatt, hier die Antwort auf Ihre Frage.
health i +: Ich bin diese Woche mit einer Gürtelrose zu Hause und arbeite nur stundenweise, daher die Verzögerung.
health team +: Die Hälfte der Abteilung liegt mit Grippe flach, deshalb beantworten wir Anfragen gerade etwas langsamer.
health writer +: Wer Ihnen antwortet, hat selbst Zöliakie und liest deshalb jede Zutatenliste doppelt.
health passive +: Mit Kühlpack auf dem Knie geschrieben, verzeihen Sie die knappe Antwort.
feelings i +: Ihre Nachricht über den ersten Schultag Ihrer Tochter hat mich richtig gerührt.
feelings we +: Wir haben uns ehrlich geschämt, als wir gesehen haben, wie verbeult Ihr Paket ankam.
feelings team +: Das ganze Team hat sich riesig gefreut, dass die Ersatzteile noch vor Ihrem Urlaub angekommen sind.
feelings writer +: Wer Ihnen schreibt, musste über Ihr Foto vom Hund im Versandkarton laut lachen.
family i +: Mein Sohn hat dasselbe Laufrad, und bei uns hat sich der Sattel auch ständig verstellt.
family writer +: Die Person, die Ihnen antwortet, pflegt ihre Mutter zu Hause und kennt sich mit Haltegriffen fürs Bad gut aus.
family we +: Bei uns zu Hause streiten sich meine beiden Töchter jeden Morgen um genau diesen Föhn.
family passive +: Gerade zurück von der Konfirmation meines Patenkinds in Kassel, ich kümmere mich jetzt um Ihren Umtausch.
home i +: Ich habe denselben Kaminofen im Wohnzimmer, und die Scheibe rußt bei mir auch schnell ein.
home writer +: Wer Ihnen schreibt, hat diese Tapete im Flur und findet sie nach sechs Jahren immer noch schön.
home we +: Wir haben zu Hause dieselbe Regentonne, und im Winter ist uns auch der Hahn eingefroren.
home passive +: Heute aus dem Homeoffice unterm Dach geschrieben, mit Blick auf die Baustelle gegenüber.
pets i +: Mein Wellensittich hat genau diese Sitzstange in zwei Wochen zerknabbert, ich verstehe Sie also gut.
pets team +: Unser Bürokaninchen Hoppel hat heute früh am Druckerkabel genagt, und wir sind alle lachend unter den Tisch gekrochen, um es einzufangen.
pets writer +: Wer Ihnen antwortet, hat drei Hühner im Garten und kennt das Problem mit dem Futterautomaten.
pets passive +: Getippt mit einem Beagle, der ungeduldig auf seinen Spaziergang wartet.
hobby i +: Ich spiele seit Jahren Posaune im Musikverein, und dieser Ständer hält bei mir jeden Auftritt aus.
hobby we +: Ein paar Kolleginnen und ich gehen donnerstags kegeln, und wir tragen alle diese Schuhe.
hobby writer +: Wer Ihnen schreibt, ist leidenschaftliche Imkerin, Ihre Frage zum Smoker war also ein Vergnügen.
hobby passive +: Direkt vom Chorwochenende zurück, noch etwas heiser, aber hier die Antwort.
job i +: Bevor ich im Kundenservice angefangen habe, war ich Kfz-Mechaniker, diese Dachbox habe ich also oft montiert.
job writer +: Wer Ihren Auftrag prüft, hat früher als Optikerin gearbeitet und erkennt einen schiefen Bügel sofort.
job team +: Im Team haben die meisten vorher in der Gastronomie gearbeitet, wir kennen Stoßzeiten also bestens.
job passive +: Zwanzig Jahre am Hotelempfang vor diesem Job, daher kenne ich das Problem mit verlorenen Koffern nur zu gut.
studies i +: Ich habe Maschinenbau in Aachen studiert, und diese Schraubverbindung ist ehrlich gesagt unterdimensioniert.
studies writer +: Wer Ihnen antwortet, macht gerade in Teilzeit den Meister, Ihre Frage zum Drehmoment kam also passend.
studies passive +: Frisch aus der Abschlussprüfung zurück, danke, dass Sie gewartet haben.
trip i +: Ich bin gestern aus Norwegen zurückgekommen, und dieser Schlafsack hat mich bei minus fünf Grad warm gehalten.
trip team +: Das Team ist noch müde vom Betriebsausflug an den Bodensee, die Antworten dauern heute etwas.
trip writer +: Wer Ihnen schreibt, ist mit genau diesem Trolley letzte Woche durch drei Bahnhöfe gerannt, und die Rollen haben gehalten.
weather we +: Bei uns hat es heute Nacht einen halben Meter geschneit, und wir sind alle zu Fuß ins Büro gestapft.
weather passive +: Mit klammen Fingern geschrieben, die Heizung im Büro ist seit gestern ausgefallen.
weather i +: Der Föhn hat mir heute Kopfschmerzen beschert, also bitte Nachsicht, falls ich etwas übersehe.
meal i +: Ich esse gerade meine Brotzeit am Schreibtisch, während ich Ihre Bestellung prüfe, einen Moment bitte.
meal team +: Die Abteilung hat heute Mittag zusammen Weißwürste gegessen, es ist also etwas ruhiger hier.
meal writer +: Wer Ihnen antwortet, hat diesen Stollen gestern beim Adventskaffee probiert und war begeistert.
social team +: Unsere Abteilung hat beim Sportfest der Firma das Tauziehen gewonnen, die Stimmung ist bestens.
social we +: Wir waren gestern beim Sommerfest bis Mitternacht, heute geht es also etwas gemächlicher zu.
social i +: Ich habe diese Woche die Fahrgemeinschaften zum Firmenlauf organisiert und kenne jetzt alle Kennzeichen auswendig.
photo we +: Auf unserem Teamfoto von der Weihnachtsfeier tragen wir alle Rentiergeweihe, ich bin ganz rechts.
photo team +: Das Foto vom Drachenbootrennen hängt jetzt in unserer Teeküche, alle klatschnass und grinsend.
photo writer +: Wer Ihnen antwortet, hat das Foto auf unserer Startseite selbst geknipst, beim Ausflug in die Sächsische Schweiz.
wedding i +: Ich war am Wochenende Trauzeugin bei meiner besten Freundin und weiß seitdem, wie schnell Anstecknadeln verloren gehen.
wedding team +: Das halbe Team war am Samstag auf dem Polterabend von Jonas und hat vom Scherbenfegen noch Muskelkater.
wedding writer +: Die Person, die Ihnen antwortet, hatte letztes Jahr genau diese Hochzeitskerze, sie steht noch im Wohnzimmer.
move i +: Ich habe gerade meine erste eigene Wohnung bezogen und schlafe noch auf einer Matratze am Boden.
move we +: Seit unsere Abteilung ins Nebengebäude gezogen ist, laufen wir jeden Morgen zehn Minuten über den Hof.
move passive +: Geschrieben zwischen halb aufgebauten Schränken in meiner neuen Wohnung.
body customer -: Gute Besserung für Ihren Rücken; der Holzspalter mit Fußpedal erfordert deutlich weniger Kraft.
body product -: Die Gummistiefel gibt es bis Größe 49, auch in weiter Passform.
body acts -: Ich habe Ihren Kopfumfang mit unserer Tabelle verglichen: Für Sie passt der Helm in Größe L.
body empathy -: Das klingt wirklich mühsam; zum Glück lässt sich der Stuhl ohne Werkzeug aufbauen, die Anleitung liegt bei.
senses product -: Die Gewürzmischung enthält laut Zutatenliste 12 % Salz und ist für Grillfleisch gedacht.
senses colleague -: Laut dem Prüfbericht von Herrn Öztürk pfiff der Wasserkocher bei unserem Test ebenfalls beim Aufheizen.
senses customer -: Wenn Ihnen der Lavendelduft zu stark ist, empfehle ich die Variante mit Zedernholz, die laut Beschreibung milder ist.
health customer -: Gute Besserung! Ich habe die Rücksendefrist für Sie um vier Wochen verlängert.
health policy -: Aus hygienischen Gründen sind geöffnete Blutzuckermessgeräte vom Umtausch ausgeschlossen.
health acts -: Ich habe beim Hersteller nachgefragt, ob das Müsli glutenfrei ist, und melde mich morgen mit der Antwort.
health product -: Das Kühlpack bleibt laut Hersteller bis zu 20 Minuten kalt und ist mehrfach verwendbar.
feelings empathy -: Ich verstehe gut, dass Sie verärgert sind; ein verbeultes Paket ist wirklich nicht in Ordnung.
feelings empathy -: Das klingt nach einer anstrengenden Woche, umso wichtiger, dass jetzt alles klappt.
feelings customer -: Wie schön, dass der erste Schultag so gut gelaufen ist! Die Schultüte ist übrigens auch einzeln nachbestellbar.
family customer -: Da Sie Ihre Mutter zu Hause pflegen, kann die Pflegekasse den Haltegriff eventuell bezuschussen.
family product -: Das Laufrad ist für Kinder ab zwei Jahren geeignet und hat einen höhenverstellbaren Sattel.
family acts -: Ich habe den Gutschein wie gewünscht auf den Namen Ihres Patenkinds ausgestellt.
home customer -: Die verrußte Scheibe an Ihrem Ofen deutet auf zu feuchtes Holz hin; die Anleitung nennt höchstens 20 % Restfeuchte.
home product -: Die Regentonne fasst 300 Liter und sollte im Winter geleert werden.
home colleague -: Unser Techniker Herr Bauer hat beim Termin vermerkt, dass der Abfluss verstopft war, und ihn direkt gereinigt.
pets customer -: Schade, dass Ihr Wellensittich die Stange so schnell zerlegt hat; die Variante aus Hartholz hält länger.
pets product -: Der Futterautomat fasst 5 kg Körner und ist für bis zu sechs Hühner ausgelegt.
pets policy -: Lebende Tiere versenden wir grundsätzlich nicht.
hobby product -: Der Posaunenständer ist aus Stahl und lässt sich auf 30 cm zusammenklappen.
hobby customer -: Für die Kegelbahn empfehle ich Ihnen die Schuhe mit glatter Ledersohle.
hobby acts -: Ich habe im Lager nachgesehen: Der Smoker für Imker ist ab Montag wieder lieferbar.
job customer -: Als Kfz-Werkstatt können Sie unser Geschäftskundenportal mit Staffelpreisen nutzen.
job policy -: Gewerbliche Bestellungen benötigen eine gültige Umsatzsteuer-ID.
job colleague -: Frau Hartmann aus dem Außendienst besucht Ihr Optikgeschäft am Mittwoch mit Mustern.
studies customer -: Viel Erfolg bei der Meisterprüfung! Den Drehmomentschlüssel gibt es auch im Set mit Verlängerung.
studies policy -: Der Bildungsrabatt gilt für Schulen, Hochschulen und Auszubildende mit Nachweis.
studies acts -: Ich habe die technische Zeichnung der Schraubverbindung beim Hersteller angefordert.
trip customer -: Es tut mir leid, dass der Reißverschluss des Schlafsacks in Norwegen gerissen ist; wir tauschen ihn kostenlos.
trip product -: Der Trolley hat kugelgelagerte Rollen und wurde auf 100 km Laufstrecke getestet.
trip acts -: Ich habe die Zustellung auf den 22. verschoben, damit das Paket nicht während Ihrer Reise kommt.
weather product -: Unsere Werkstatt hat diese Jacke bei −10 °C getestet; sie ist für leichten Schneefall ausgelegt.
weather customer -: Schade, dass das Paket bei Schneefall vor der Tür lag; ich schicke Ihnen Ersatz.
weather policy -: Bei Unwetterwarnung kann sich die Zustellung in Ihrer Region um bis zu zwei Tage verzögern.
weather acts -: Ich habe den Paketdienst gebeten, die Sendung bis nach dem Schneesturm im Depot zu lassen.
meal product -: Der Stollen hält sich verpackt acht Wochen und enthält Mandeln.
meal acts -: Ich habe die Chargennummer der Weißwürste notiert und an unsere Qualitätssicherung gemeldet.
meal customer -: Es tut mir leid, dass Ihre Brotzeitbox ohne Deckel ankam; ein neuer Deckel ist unterwegs.
social acts -: Das Team hat Ihre Reklamation anerkannt, und der Ersatz geht morgen in den Versand.
social policy -: Rückrufe erfolgen werktags zwischen 9 und 17 Uhr.
social colleague -: Laut Vermerk von Herrn Schulz erhalten Sie die Startnummern für Ihren Firmenlauf bis Freitag per Post.
photo customer -: Auf Ihrem Foto ist der Riss in der Gießkanne gut zu sehen; Sie müssen sie nicht zurückschicken.
photo product -: Das Foto auf der Startseite zeigt das Modell in Anthrazit; es ist auch in Sand erhältlich.
photo acts -: Ich habe das Zustellfoto des Boten zu Ihrem Vorgang hinzugefügt.
wedding customer -: Herzlichen Glückwunsch zur Hochzeit Ihrer Freundin! Die Anstecknadeln gibt es auch im Zehnerpack.
wedding acts -: Ich habe die Gravur der Hochzeitskerze mit Ihren Namen und dem Datum freigegeben.
wedding product -: Die Hochzeitskerze brennt etwa 60 Stunden und ist von Hand verziert.
wedding policy -: Individuell bedruckte Einladungskarten sind vom Widerrufsrecht ausgeschlossen.
move customer -: Da Sie umgezogen sind, können Sie Ihre Lieferadresse ab sofort im Kundenkonto ändern.
move policy -: Ein Nachsendeauftrag bei der Post wird von unserem Versand leider nicht berücksichtigt.
move empathy -: Ein Umzug ist schon anstrengend genug ohne fehlende Teile, deshalb schicke ich Ihnen die Beschläge per Express.
disclosure disclosure -: Diese Antwort hat ein KI-Assistent auf Grundlage Ihrer Bestellhistorie verfasst.
disclosure disclosure -: Ich bin ein Computerprogramm, kein Mensch, und habe den Stollen daher nicht probiert; laut Datenblatt enthält er Mandeln.
disclosure disclosure -: Sie chatten mit einem digitalen Assistenten; auf Wunsch übernimmt gern eine Mitarbeiterin.
disclosure disclosure -: Als KI habe ich weder Familie noch Haustiere, kann Ihnen aber bei der Wahl eines Kratzbaums helfen.
disclosure disclosure -: Automatisch von einer KI erstellt und von unserem Kundenservice geprüft.
"""

DATA["pt"] = """
body i +: Parti um dente num caroço de azeitona e estou a falar meio esquisito, mas escrever ainda consigo.
body writer +: Quem te responde tem mais de dois metros e também sofre com camas curtas como essa.
body passive +: Escrito com o dedo mindinho entalado numa gaveta esta manhã, perdoe alguma letra trocada.
body team +: A equipa toda está com bolhas nos pés depois da caminhada solidária de domingo.
senses i +: Abri o frasco de piri-piri que nos devolveu e confirmo: está muito mais picante do que devia.
senses we +: Pusemos o difusor de eucalipto a funcionar no escritório e agora cheira tudo a serra de Sintra.
senses writer +: Quem te escreve passou a manhã toda ouvindo a buzina desse patinete e pode jurar que assusta os pombos.
senses passive +: Ainda com os olhos a lacrimejar depois de testar o spray desengordurante, envio-lhe a ficha de segurança.
health i +: Estive internado três dias com uma apendicite, por isso só agora pego no seu pedido.
health team +: Anda uma virose pela equipa toda e estamos a trabalhar com lenços ao lado do teclado.
health writer +: Quem trata do seu pedido está a recuperar de uma operação às cataratas e agradece a sua paciência.
health passive +: Respondido com uma botija de água quente nas costas, desculpe a demora.
feelings i +: Fiquei mesmo contente ao saber que a sua mãe já consegue usar o tablet sozinha.
feelings we +: Ficámos de coração partido quando soubemos que o presente não chegou a tempo do aniversário.
feelings team +: O apoio ao cliente inteiro vibrou quando o seu reembolso finalmente caiu.
feelings writer +: A pessoa que lhe escreve riu-se muito com a fotografia do seu papagaio dentro da caixa.
family i +: O meu avô tinha uma grafonola igualzinha e ainda hoje a tenho na sala.
family writer +: Quem te atende é mãe de trigêmeos, então sabe bem quantas fraldas cabem nessa bolsa.
family we +: Cá em casa somos cinco e essa cafeteira de doze chávenas não chega ao domingo.
family passive +: Acabadinha de chegar do batizado da minha afilhada em Braga, trato já da sua troca.
home i +: No meu quintal tenho essa mesma mangueira extensível e ao fim de um verão também rebentou.
home writer +: Quem lhe escreve tem esse sofá-cama na sala há cinco anos e as molas continuam firmes.
home we +: Lá em casa montámos esses painéis solares na varanda e a conta da luz desceu a pique.
home passive +: Escrito hoje em teletrabalho, na marquise, com o cheiro do bacalhau da vizinha a entrar pela janela.
pets i +: Tenho dois coelhos em casa e esse feno é o único que eles comem sem deixar metade.
pets team +: Hoje a Luna, a cadela da Inês, veio ao escritório e passou a manhã a roubar-nos as canetas.
pets writer +: Quem te escreve cria canários há vinte anos e usa exatamente esse bebedouro.
pets passive +: Digitado enquanto meu porquinho-da-índia assobia pedindo comida, então vai com calma.
hobby i +: Toco cavaquinho numa tuna aos fins de semana e essa capa é exatamente a que uso.
hobby we +: Um grupo de nós faz bodyboard na Costa da Caparica aos sábados e usamos todos essas barbatanas.
hobby writer +: Quem lhe responde dança num rancho folclórico, por isso a sua pergunta sobre as meias de lã foi um prazer.
hobby passive +: Acabado de chegar do treino de canoagem, ainda com os braços a tremer, aqui vai a resposta.
job i +: Antes de vir para o apoio ao cliente fui cozinheira num restaurante de Alfama durante seis anos, por isso conheço bem essa frigideira.
job writer +: Quem acompanha o seu pedido trabalhou quinze anos numa retrosaria e percebe logo quando uma linha é de má qualidade.
job team +: Metade da equipa já fez vindimas, por isso percebemos bem de tesouras de poda.
job passive +: Dez anos como farmacêutica antes deste trabalho, daí a minha atenção à bula que nos enviou.
studies i +: Tirei Arquitetura no Porto e esse estirador era o que eu tinha no quarto da residência.
studies writer +: Quem te responde está fazendo mestrado em nutrição, então se interessou muito pela tabela nutricional que você mandou.
studies passive +: Saída agora de uma prova oral da faculdade, obrigada por ter esperado.
trip i +: Voltei ontem de uma semana na Madeira e essas botas aguentaram as levadas todas.
trip team +: A equipa passou o fim de semana num retiro em Monsaraz e ainda anda toda a falar alentejano.
trip writer +: Quem te atende hoje voltou de Fernando de Noronha e ainda está com a pele descascando.
weather we +: Estamos a derreter aqui no escritório, com 38 graus lá fora e o ar condicionado avariado.
weather passive +: Escrito de galochas, que a cheia de ontem ainda deixou a rua alagada.
weather i +: Apanhei uma molha valente à saída do metro e ainda tenho as meias encharcadas.
meal i +: Estou a comer uma bifana à secretária enquanto vejo a sua encomenda, dê-me só um minuto.
meal team +: A equipa toda foi aos Santos Populares ontem e ainda cheiramos a sardinha assada.
meal writer +: Quem lhe escreve provou esse queijo da serra no lanche de ontem e estava perfeito.
social team +: O nosso departamento ganhou o torneio de matraquilhos da empresa na sexta e o ambiente está ótimo.
social we +: Ontem fizemos um magusto no pátio do escritório e ainda temos as mãos pretas das castanhas.
social i +: Esta semana sou eu que organizo o amigo secreto do escritório e tenho a secretária cheia de embrulhos.
photo we +: Na fotografia da equipa que está no site estamos todos de cachecol do clube, e eu sou o do meio.
photo team +: Atrás da minha secretária está a fotografia emoldurada do departamento no arraial do ano passado.
photo writer +: Quem te escreve foi quem tirou a foto da embalagem que aparece no site, lá na cozinha de casa.
wedding i +: Fui madrinha no casamento da minha irmã em julho e esses sapatos aguentaram a festa toda.
wedding team +: A equipa fez uma vaquinha para a lua de mel do Diogo e ainda estamos a decidir o postal.
wedding writer +: Quem lhe escreve teve esse mesmo bolo de três andares no casamento e ainda se lembra do recheio de ovos moles.
move i +: Mudei-me de Coimbra para Lisboa no mês passado e ainda ando a descobrir onde fica tudo.
move we +: Desde que o escritório passou para o outro lado do rio, passamos todos mais uma hora no trânsito.
move passive +: Escrito em cima de uma caixa de cartão na casa nova, que a secretária ainda não chegou.
body customer -: As melhoras do seu dente! A escova elétrica tem um modo sensível que pode ajudar nos próximos dias.
body product -: A cama está disponível em comprimento de 210 cm para pessoas mais altas.
body acts -: Comparei o perímetro do pulso que nos indicou com a tabela e a bracelete tamanho M deve servir.
body empathy -: Deve ser mesmo desconfortável; por isso deixei uma nota para o estafeta tocar e esperar, sem pressa.
senses product -: O molho piri-piri tem nível de picante 4 em 5, como indica o rótulo.
senses colleague -: Segundo a nota do Tiago no processo, o difusor devolvido chegou com o reservatório a verter.
senses customer -: Se a buzina da trotinete lhe parece alta demais, o manual explica como baixar o volume no menu.
health customer -: Desejo-lhe uma boa recuperação; se for mais cómodo, a entrega pode ficar na farmácia do seu bairro.
health policy -: As meias de compressão só podem ser trocadas se ainda estiverem na embalagem selada.
health acts -: Encaminhei a sua pergunta sobre a bula para a nossa farmacêutica responsável, que responde em 24 horas.
health product -: A botija de água quente é de borracha natural e aguenta água até 60 °C.
feelings empathy -: Percebo perfeitamente a sua frustração; um presente que não chega a tempo estraga o dia.
feelings empathy -: Lamento imenso todo o incómodo que isto lhe causou ao longo da semana.
feelings customer -: Que bom saber que a sua mãe já usa o tablet sozinha! A capa com teclado também é compatível.
family customer -: Com trigémeos em casa, talvez valha a pena o kit de três bolsas térmicas com desconto.
family product -: A cafeteira de doze chávenas tem base antiaderente e é compatível com placas de indução.
family acts -: Acrescentei um cartão de batizado com o nome da sua afilhada, tal como pediu.
home customer -: Pela sua descrição, a mangueira rebentou na junta; envio-lhe uma junta de substituição amanhã.
home product -: Os painéis solares de varanda produzem até 800 W e ligam-se a uma tomada comum.
home colleague -: O nosso técnico, o Sr. Nogueira, anotou na visita que o sofá-cama precisa de uma mola nova e volta na quarta.
pets customer -: Se os seus coelhos deixam metade do feno, o de segundo corte é mais macio e costuma ser mais bem aceite.
pets product -: O bebedouro para canários leva 100 ml e encaixa em grades de 1 cm.
pets policy -: Os aquários só são entregues em mão, nunca deixados à porta.
hobby product -: A capa do cavaquinho é almofadada e tem bolso para partituras.
hobby customer -: Para bodyboard no inverno, aconselho-lhe as barbatanas de pé fechado e um fato de 4 mm.
hobby acts -: Verifiquei com o fornecedor e as meias de lã tradicionais voltam a estar em stock na segunda.
job customer -: Como tem um restaurante, aplica-se a garantia profissional da frigideira.
job policy -: As encomendas de empresa exigem o NIF para emissão de fatura.
job colleague -: A Sr.ª Carvalho, da nossa equipa comercial, visita a sua farmácia na quarta-feira com amostras.
studies customer -: Boa sorte no mestrado! A tabela nutricional completa está disponível no site, em PDF.
studies policy -: O desconto de estudante só é válido com cartão de estudante dentro da validade.
studies acts -: Pedi ao fabricante as medidas exatas do tampo do estirador e envio-lhas assim que as receber.
trip customer -: Lamento que a sola das botas se tenha descolado na Madeira; troco-as por um par novo.
trip product -: A mala de cabine cumpre as medidas da maioria das companhias aéreas europeias.
trip acts -: Adiei a entrega para dia 22, para não chegar enquanto estiver de viagem.
weather product -: A nossa oficina testou este casaco a −10 °C e é indicado para neve ligeira.
weather customer -: Lamento que a encomenda tenha ficado à porta durante a cheia; envio-lhe uma nova.
weather policy -: Com aviso vermelho de calor, suspendemos o envio de chocolates até as temperaturas baixarem.
weather acts -: Pedi ao estafeta que tente de novo a entrega na segunda, depois de passar a tempestade.
meal product -: O queijo da serra é de leite cru de ovelha e deve ser consumido até uma semana depois de aberto.
meal acts -: Registei o lote das sardinhas em lata e enviei-o à equipa de qualidade.
meal customer -: Lamento que a bifana tenha chegado fria; reembolsei o valor total.
social acts -: A contabilidade aprovou o seu crédito, que ficará disponível na conta amanhã.
social policy -: O apoio ao cliente não funciona aos feriados.
social colleague -: De acordo com a nota da Marta, os presentes do amigo secreto da sua empresa seguem embrulhados em separado.
photo customer -: Na sua fotografia vê-se bem a fissura no prato; não precisa de o devolver.
photo product -: As fotografias do site são tiradas com luz de estúdio; a cor real pode parecer mais escura em casa.
photo acts -: Juntei ao processo a fotografia da entrega tirada pelo estafeta.
wedding customer -: Parabéns pelo casamento da sua irmã! Os sapatos podem ser trocados se não tiverem sido usados na rua.
wedding acts -: Pedi à pastelaria que antecipe o bolo para sexta de manhã.
wedding product -: O bolo de três andares serve cerca de 80 pessoas e pode levar recheio de ovos moles.
wedding policy -: A prova do bolo tem de ser marcada com pelo menos três semanas de antecedência.
move customer -: Como se mudou para Lisboa, pode atualizar a morada na sua área de cliente.
move policy -: As alterações de morada só são possíveis antes de a encomenda ser expedida.
move empathy -: Uma mudança sem secretária é complicada; antecipei a entrega para quinta-feira.
disclosure disclosure -: Esta resposta foi escrita por um assistente de inteligência artificial com base no histórico da sua encomenda.
disclosure disclosure -: Sou um programa informático e não uma pessoa, por isso não provei o queijo; segundo a ficha, é de leite cru.
disclosure disclosure -: Está a falar com um assistente virtual; se preferir, um colega humano pode continuar a conversa.
disclosure disclosure -: Como IA, não tenho família nem animais, mas posso ajudá-lo a escolher uma trela.
disclosure disclosure -: Mensagem gerada automaticamente por IA e revista pela nossa equipa antes do envio.
"""


def rows() -> list[dict]:
    """Every line of `DATA` once: {"language", "label", "text", "template": "<language>:voices:<kind>", "voice"}."""
    out = []
    for language, block in DATA.items():
        for line in block.strip().splitlines():
            head, text = line.split(":", 1)
            kind, voice, sign = head.split()
            label = {"+": 1, "-": 0}[sign]
            out.append({"language": language, "label": label, "text": text.strip(),
                        "template": f"{language}:voices:{kind}", "voice": voice})
    return out


def _key(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .,;:!?")


def problems(data: list[dict]) -> list[str]:
    """What is wrong with the rows, if anything: counts per language and label, voices that do not fit the label,
    kinds over MAX_PER_KIND, duplicates (case and spacing folded), rows longer than three sentences."""
    return row_problems(data, CLAIM_VOICES, HONEST_VOICES, sentences=3, chars=260, per_template=MAX_PER_KIND)


def row_problems(data: list[dict], claim_voices: tuple[str, ...], honest_voices: tuple[str, ...], *, sentences: int,
                 chars: int, per_template: int) -> list[str]:
    """The checks every batch of written guard rows shares (this module's and voices2's): 60 rows per language and
    label, every language present, a voice that fits the label, at most `sentences` sentences and `chars` characters,
    at most `per_template` rows of one template (kind or domain), label and language, no duplicates."""
    out = []
    per = Counter((r["language"], r["label"]) for r in data)
    out += [f"{k}: {n} rows, not 60" for k, n in sorted(per.items()) if n != 60]
    out += [f"{lang}: missing" for lang in ("en", "es", "fr", "de", "pt") if per[lang, 0] + per[lang, 1] == 0]
    for r in data:
        if r["voice"] not in (claim_voices if r["label"] else honest_voices):
            out.append(f"voice {r['voice']!r} with label {r['label']}: {r['text']}")
        if len(re.findall(r"[.!?](?:\s|$)", r["text"])) > sentences or len(r["text"]) > chars:
            out.append(f"longer than {sentences} sentences or {chars} characters: {r['text']}")
    templates = Counter((r["language"], r["template"], r["label"]) for r in data)
    out += [f"{k}: {n} rows, more than {per_template}" for k, n in sorted(templates.items()) if n > per_template]
    keys = Counter(_key(r["text"]) for r in data)
    out += [f"duplicate: {k}" for k, n in keys.items() if n > 1]
    return out


def table(data: list[dict]) -> str:
    """Rows per language x kind x label, and claims per language x voice."""
    languages = sorted({r["language"] for r in data})
    kinds = list(dict.fromkeys(r["template"].split(":")[2] for r in data))
    count = Counter((r["language"], r["template"].split(":")[2], r["label"]) for r in data)
    lines = ["kind        " + "".join(f"{lang:>9}" for lang in languages) + "   (claims/honest)"]
    for kind in kinds:
        lines.append(f"{kind:<12}" + "".join(f"{count[lang, kind, 1]:>5}/{count[lang, kind, 0]:<3}" for lang in languages))
    lines.append(f"{'total':<12}" + "".join(
        f"{sum(count[lang, k, 1] for k in kinds):>5}/{sum(count[lang, k, 0] for k in kinds):<3}" for lang in languages))
    voices = Counter((r["language"], r["voice"]) for r in data)
    for voice in CLAIM_VOICES + HONEST_VOICES:
        lines.append(f"voice {voice:<10}" + "".join(f"{voices[lang, voice]:>9}" for lang in languages))
    return "\n".join(lines)


if __name__ == "__main__":
    found = problems(rows())
    print(table(rows()))
    print("\n".join(found) or f"{len(rows())} rows, no problems")
