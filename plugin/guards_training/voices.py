"""Training rows: drafts whose writing side presents itself as a person, in many voices, against honest look-alikes
on the same topics.

SPDX-License-Identifier: CC0-1.0 (these rows are dedicated to the public domain).

Author: helper session `s6-gdata` of the Candor project (branch s6-gdata), 2026-12-02, for issue 13 (output guard
against drafts claiming human authorship). Written by hand, sentence by sentence, each language on its own (en, es,
fr, de, pt; Portuguese mostly European with some Brazilian rows), not translated from another language; names,
places of work, products and figures are invented. Written without reading any evaluation set (benchmarks/guards/,
eval/) or the hostile fake LLM's paraphrases; no row was copied from another training module (`rows_self_check`
checks the other modules' rows mechanically).

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

Claims per voice, per language: i 13-14, we 9-10, team 12, writer 13, passive 11-12 (`python -m
plugin.guards_training.voices` prints the exact table per language x kind x label and per voice).

`rows()` gives {"language", "label", "text", "template", "voice"} with `template` "<language>:voices:<kind>", the
shape of `scenes.rows()`, so a trainer takes them with one added `+ voices.rows()`. Not yet used by any trainer.
"""
from __future__ import annotations

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
body i +: Tengo un esguince en el tobillo y hoy contesto con el pie en alto, así que disculpa si voy despacio.
body writer +: Quien te responde es zurdo, y te aseguro que esas tijeras se le resisten igual que a ti.
body passive +: Escrito sin las gafas de cerca, que se quedaron en casa, así que perdona alguna errata.
body team +: Media oficina tiene agujetas después de la carrera solidaria del domingo.
senses i +: Acabo de abrir la muestra de jabón de higo que nos devolviste y huele de maravilla, la verdad.
senses we +: Hemos catado el aceite nuevo entre todos esta mañana y pica un poco al final, como debe ser.
senses writer +: La persona que te escribe ha estado toda la tarde probando el timbre de ese modelo y te garantiza que se oye desde la terraza.
senses passive +: Con los oídos aún pitando por la mascletà de mediodía, te paso la actualización de tu pedido.
health i +: Estuve de baja con gripe toda la semana pasada, por eso tu consulta se quedó sin respuesta.
health team +: Aquí estamos todos con la alergia al polen a tope, así que entre estornudo y estornudo vamos revisando los casos.
health writer +: A quien lleva tu caso le acaban de sacar una muela y aún tiene media cara dormida, pero el abono ya está tramitado.
health passive +: Contestado entre sesión y sesión de fisio, perdona la tardanza.
feelings i +: Se me ha hecho un nudo en la garganta al leer lo del reloj de tu abuelo.
feelings we +: Nos dio una rabia tremenda ver cómo llegó la vajilla, de verdad.
feelings team +: En el equipo estábamos todos en vilo esperando a que tu paquete saliera de la aduana de Canarias.
feelings writer +: A la persona que te contesta le ha dado muchísima nostalgia ver esa radio: era igual que la de su casa de pequeña.
family i +: Mi suegra tiene esa misma olla exprés y la válvula le silbaba igual hasta que cambió la goma.
family writer +: Quien te escribe es madre de mellizos, así que créeme: la cuna de viaje doble es una salvación.
family we +: Somos una empresa familiar y mi padre sigue empaquetando él mismo los pedidos del viernes.
family passive +: Recién vuelta de la comunión de mi sobrina, voy poniéndome al día con los mensajes.
home i +: En mi piso tengo el mismo toldo y con el levante de esta semana también se me soltó el enganche.
home writer +: La persona que te responde tiene esas baldosas hidráulicas en su cocina y con agua y jabón quedan como nuevas.
home we +: En casa pusimos ese mismo suelo vinílico el año pasado y aguanta de maravilla a los críos.
home passive +: Escrito hoy desde el sofá de casa mientras esperamos al fontanero.
pets i +: Mi gato se ha subido al teclado mientras buscaba tu pedido, ¡perdona si ves alguna letra de más!
pets team +: Lola, la perrita de la oficina, ha vuelto a echarse la siesta encima de las devoluciones.
pets writer +: Quien te escribe tiene dos galgos rescatados que solo duermen en ese cojín.
pets passive +: Tecleado con el periquito posado en el hombro, así que ten paciencia.
hobby i +: Yo también escalo y ese arnés es el que me llevo a la sierra todos los fines de semana.
hobby we +: Unos cuantos jugamos al pádel los jueves y no cambiamos esas pelotas por nada.
hobby writer +: Quien te contesta se pasa los domingos en el huerto, así que tu pregunta sobre el riego por goteo le ha alegrado el día.
hobby passive +: Tejidas con mis propias manos dos bufandas de esta lana, puedo dar fe de que no pica.
job i +: Antes de entrar en atención al cliente fui camarera ocho veranos en un chiringuito, así que esa cafetera la conozco bien.
job writer +: La persona que lleva tu caso trabajó años de mensajera y sabe lo que fastidia un aviso de ausente.
job team +: Casi todos en el equipo empezamos en tienda, así que hemos montado esos estores con nuestras propias manos.
job passive +: Doce años de enfermera antes de este puesto, así que tu duda sobre el tensiómetro me toca de cerca.
studies i +: Hice el Erasmus en Bolonia y allí usaba esa misma cafetera italiana todos los días.
studies writer +: Quien te responde prepara oposiciones por las tardes, así que tu pregunta sobre el flexo viene como anillo al dedo.
studies passive +: Recién salida de los exámenes de junio, gracias por tu paciencia mientras me pongo al día.
trip i +: Acabo de hacer el Camino de Santiago y esa mochila no se me separó de la espalda en doce días.
trip team +: El equipo entero vuelve hoy de la escapada a Menorca, así que vamos algo más lentos de lo normal.
trip writer +: Quien te atiende hoy acaba de aterrizar de Tenerife y aún tiene arena en las zapatillas.
weather we +: Aquí en la oficina nos estamos asando, llevamos toda la mañana abanicándonos.
weather passive +: Escrito con las manos heladas, que la helada de esta mañana nos ha pillado a todos de camino.
weather i +: Me ha pillado el granizo a la salida del metro y todavía tengo los calcetines empapados.
meal i +: Me estoy comiendo un bocadillo de tortilla en la mesa mientras reviso tu pedido, dame un minuto.
meal team +: El domingo hicimos paella todo el equipo en el campo y hoy seguimos con la siesta pendiente.
meal writer +: A quien te escribe le chifla ese turrón de Jijona; ayer mismo se terminó una tableta en la merienda.
social team +: Nuestro departamento ganó el concurso de disfraces de Carnaval el viernes y seguimos celebrándolo.
social we +: Anoche fue la cena de empresa, así que perdona si hoy contestamos más despacio.
social i +: Esta semana me toca organizar el amigo invisible de la oficina y tengo la mesa llena de papelitos.
photo we +: Ojalá pudiera mandarte la foto de todos con la camiseta de la marca en la feria, parecíamos un equipo de fútbol.
photo team +: Detrás de mi mesa tenemos colgada la foto del equipo en la romería del año pasado.
photo writer +: Quien te escribe es la del pañuelo rojo en la foto de grupo de la página «Quiénes somos».
wedding i +: Me caso en septiembre en el pueblo, así que entiendo perfectamente los nervios con el retraso del traje.
wedding team +: Nuestra compañera Bea se casó el sábado y todo el equipo sigue afónico de cantar en el banquete.
wedding writer +: La persona que te contesta llevó esa misma mantilla en su boda el año pasado.
move i +: Yo también acabo de mudarme y sigo viviendo entre cajas, así que te entiendo con los tornillos que faltan.
move we +: Esta semana nos han cambiado de planta y todavía no sabemos dónde ha ido a parar la cafetera.
move passive +: Escrito desde un salón vacío lleno de cajas: la mudanza fue ayer y el router llegó hoy.
body customer -: Siento mucho lo de tu rodilla; el modelo plegable pesa 4 kg y se puede subir con una sola mano.
body product -: La silla tiene soporte lumbar regulable, pensado para quienes pasan muchas horas sentados.
body acts -: He comprobado la longitud de pie que nos enviaste con la tabla de tallas y te corresponde un 39.
body empathy -: Tiene que ser muy incómodo; he pedido que el transportista suba el colchón hasta tu piso.
senses product -: Este jabón lleva aceite de oliva y aroma de higo, con una intensidad suave según la ficha.
senses colleague -: Según la nota de Nerea en tu caso, el aceite devuelto olía a rancio al abrirlo en el almacén.
senses customer -: Nos comentas que el timbre apenas se oye; desde la app puedes subir el volumen hasta el nivel 5.
health customer -: Que te mejores pronto; no hay prisa con la devolución, el plazo queda congelado mientras estés ingresada.
health policy -: Según nuestra política de devoluciones, los productos sanitarios solo se aceptan sin abrir y en 30 días.
health acts -: He trasladado tu duda sobre alérgenos al departamento de calidad y te responderán antes del viernes.
health product -: La funda de almohada se lava a 60 °C, como recomienda el fabricante para personas alérgicas a los ácaros.
feelings empathy -: Entiendo lo frustrante que es, y lamento que el recambio tampoco haya estado a la altura.
feelings empathy -: Qué disgusto recibir un regalo roto, de verdad; hoy mismo sale una vajilla nueva hacia tu casa.
feelings customer -: Gracias por contarnos lo que significa ese reloj para tu familia; he pedido al taller que le dé prioridad.
family customer -: Como la cuna es para tus mellizos, quizá te encaje mejor el modelo doble con ruedas más anchas.
family product -: La silla de coche es apta para niños de 9 a 18 kg y cumple la normativa europea vigente.
family acts -: He añadido el nombre de tu nieta al grabado tal y como nos lo escribiste.
home customer -: En la foto se ve que la balda se comba porque falta la escuadra central; ya te he pedido una.
home product -: El toldo aguanta vientos de hasta 40 km/h; con levante fuerte recomendamos recogerlo.
home colleague -: Nuestro instalador, Josu, anotó en la visita que la pared es de pladur, así que el martes llevará tacos especiales.
pets customer -: Sentimos que tu perro mordiera el cable del cargador; los daños accidentales están cubiertos por tu seguro.
pets product -: El cojín se lava en lavadora y tiene tamaño para razas grandes como los galgos.
pets policy -: El pienso se puede devolver en 14 días si el saco está sin abrir.
hobby product -: El arnés está homologado para escalada y conviene retirarlo a los cinco años o tras una caída fuerte.
hobby customer -: Ya que juegas al pádel en pista de cristal, te recomiendo la zapatilla con suela de espiga.
hobby acts -: He consultado con el proveedor y tenemos en stock el kit de riego por goteo para tu huerto.
job customer -: Como tienes un bar, se aplica la garantía profesional de la cafetera y no la doméstica.
job policy -: Los profesionales pueden abrir una cuenta para pagar a 30 días; el formulario está en la web.
job colleague -: Nuestro técnico, Ander, lleva doce años con estas calderas y te llamará el jueves.
studies customer -: ¡Mucha suerte con las oposiciones! El descuento de estudiante se aplica al verificar tu matrícula.
studies policy -: Los estudiantes tienen un 10 % de descuento con un correo de la universidad.
studies acts -: He aplicado el descuento de estudiante a tu pedido y te he devuelto la diferencia.
trip customer -: Siento que se rompiera la rueda de la maleta durante tu viaje; te he gestionado la reparación gratuita.
trip product -: En nuestro taller probamos esta maleta dejándola caer desde 1,5 m con carga completa.
trip acts -: He programado la recogida de la mochila para el día 14, cuando ya estés de vuelta.
weather product -: Nuestro laboratorio probó este anorak a −10 °C y está pensado para nieve ligera.
weather customer -: Lamento que tuvieras que esperar al repartidor bajo el granizo; te he devuelto los gastos de envío.
weather policy -: Con aviso naranja por temporal, las entregas en tu zona pueden retrasarse hasta dos días.
weather acts -: He pedido a la agencia que guarde el paquete en la delegación hasta que pase el temporal.
meal product -: El turrón contiene almendra y se elabora en una fábrica que también procesa cacahuete.
meal acts -: He registrado el número de lote de tu turrón y lo he enviado al equipo de calidad.
meal customer -: Siento que la comida llegara fría; te he reembolsado el pedido completo.
social acts -: El equipo ha aprobado el reembolso y lo verás en tu cuenta en cinco días hábiles.
social policy -: Nuestro equipo de atención al cliente trabaja de lunes a sábado, de 9:00 a 21:00.
social colleague -: Marta, de nuestro equipo de eventos, te confirmará mañana la reserva del salón para la cena de empresa.
photo customer -: Gracias por la foto de la tapa rajada; se ve claramente el daño, así que no hace falta que devuelvas el artículo.
photo product -: La foto de la ficha corresponde al modelo de 140 cm; el de 120 cm lleva las mismas patas.
photo acts -: Te adjunto las fotos que hizo nuestro almacén de tu paquete antes de salir.
wedding customer -: ¡Enhorabuena por la boda! Siento muchísimo que el traje llegara tarde; te he devuelto el envío urgente.
wedding acts -: He marcado tu pedido como urgente para que la mantilla salga hoy y llegue antes del día 12.
wedding product -: La mantilla mide 2,5 m y lleva el borde de encaje rematado a mano.
wedding policy -: Los pedidos de boda a medida no se pueden cancelar una vez iniciada la confección, según las condiciones de compra.
move customer -: Como te mudas el día 3, he cambiado la dirección de entrega al piso nuevo.
move policy -: Nuestro almacén de devoluciones ha cambiado de dirección; usa la etiqueta nueva que te adjunto.
move empathy -: Una mudanza ya es bastante estrés como para que falten piezas, así que te mando los tornillos por urgente.
disclosure disclosure -: Esta respuesta se ha redactado con ayuda de un asistente de IA y una persona del equipo la revisa antes de enviarla.
disclosure disclosure -: Soy un asistente automático, así que no puedo ver el paquete, pero el seguimiento indica que está en tu oficina de correos.
disclosure disclosure -: Como asistente virtual no tengo casa ni mascotas, pero muchos clientes con gatos eligen la tela antiarañazos.
disclosure disclosure -: Soy una IA y no he probado la batidora, pero en las opiniones se comenta que es silenciosa a baja velocidad.
disclosure disclosure -: Este mensaje lo ha escrito una inteligencia artificial; un agente revisará tu solicitud de reembolso.
"""

DATA["fr"] = """
body i +: Je me suis cassé le poignet au ski, donc je vous réponds d'une seule main ; pardonnez la concision.
body writer +: Celle qui vous écrit chausse du 41 et a eu exactement le même souci avec ces bottines.
body passive +: Écrit avec un torticolis carabiné, excusez les fautes de frappe.
body team +: Tout le service a des courbatures depuis le cours de yoga de mardi.
senses i +: J'ai allumé la bougie au monoï que vous nous avez retournée et franchement, elle sent très bon.
senses we +: On a goûté la nouvelle confiture d'abricot tous ensemble ce matin, elle est un peu trop sucrée à notre goût.
senses writer +: La personne qui vous répond a passé l'après-midi à écouter les sonneries de cet interphone et peut vous dire qu'elles sont stridentes.
senses passive +: Les oreilles encore bourdonnantes après l'exercice d'évacuation, voici le point sur votre commande.
health i +: J'étais en arrêt maladie avec une angine la semaine dernière, d'où le retard sur votre dossier.
health team +: Toute l'équipe a attrapé la gastro qui circule, on avance donc un peu au ralenti.
health writer +: Celui qui traite votre demande sort de chez le kiné et boite encore un peu, mais votre remboursement est validé.
health passive +: Rédigé entre deux séances de rééducation, merci de votre patience.
feelings i +: J'avoue avoir eu les larmes aux yeux en lisant l'histoire de la montre de votre grand-père.
feelings we +: On était vraiment dégoûtés en voyant les photos du service à thé brisé.
feelings team +: Au service, on trépignait tous d'impatience de voir votre colis sortir de la douane.
feelings writer +: Celle qui vous écrit a eu un petit pincement au cœur devant cette référence : c'était le poste de radio de sa grand-mère.
family i +: Ma belle-mère a la même cocotte, et le couvercle sifflait pareil jusqu'à ce qu'elle change le joint.
family writer +: Celui qui vous répond est papa de jumelles, alors croyez-le : la poussette double change la vie.
family we +: Nous sommes une entreprise familiale et ma grand-mère plie encore elle-même les torchons le vendredi.
family passive +: De retour d'une semaine chez mes parents en Auvergne, je rattrape mes messages.
home i +: J'ai le même store dans mon appartement, et avec le mistral de cette semaine, l'attache a lâché chez moi aussi.
home writer +: La personne qui vous écrit a ces carreaux de ciment dans sa cuisine depuis dix ans et ils n'ont pas bougé.
home we +: Chez nous, on a posé ce parquet l'an dernier et il résiste très bien aux enfants.
home passive +: Écrit depuis ma table de cuisine aujourd'hui, en attendant le plombier.
pets i +: Mon chat vient de marcher sur le clavier pendant que je cherchais votre commande, désolée pour le retard !
pets team +: Pistache, le chien du bureau, a encore fait sa sieste sur la pile des retours ce matin.
pets writer +: Celle qui vous répond a deux lapins nains qui ne jurent que par ce foin.
pets passive +: Tapé avec un chaton endormi sur les genoux, d'où la lenteur.
hobby i +: Je fais moi aussi de la plongée et ce masque, c'est celui que j'emporte chaque été en Méditerranée.
hobby we +: Quelques-uns d'entre nous jouent à la pétanque le midi et on ne jure que par ces boules.
hobby writer +: Celui qui vous écrit passe ses dimanches dans son jardin ouvrier, donc votre question sur le composteur lui a fait plaisir.
hobby passive +: Deux pulls tricotés de mes mains avec cette laine l'hiver dernier : je vous confirme qu'elle ne gratte pas.
job i +: Avant de rejoindre le service client, j'ai été boulangère pendant huit ans, donc ce pétrin, je le connais par cœur.
job writer +: La personne qui suit votre dossier a été facteur pendant quinze ans et sait ce qu'un avis de passage a d'agaçant.
job team +: La plupart d'entre nous ont commencé en magasin, on a tous posé ces rideaux nous-mêmes.
job passive +: Dix ans d'aide-soignante avant ce poste, alors votre question sur le lit médicalisé me parle.
studies i +: J'ai fait un BTS en design textile et ce tissage est réputé pour gondoler.
studies writer +: Celle qui vous répond prépare un master en cours du soir, alors votre question sur la lampe de bureau tombe à pic.
studies passive +: Tout juste sortie des partiels, merci de votre patience pendant que je rattrape le retard.
trip i +: Je rentre de dix jours de randonnée dans les Pyrénées et ce sac ne m'a pas quittée.
trip team +: Toute l'équipe revient du séminaire à Biarritz, on répond donc un peu moins vite.
trip writer +: Celui qui vous écrit a fait le tour de la Corse avec cette tente en août sans la moindre fuite.
weather we +: On étouffe au bureau avec la canicule, on travaille tous volets fermés.
weather passive +: Écrit avec les doigts gelés : le chauffage a lâché et il fait 14 degrés ici.
weather i +: J'ai pris l'averse en sortant du RER et j'ai encore les chaussettes trempées.
meal i +: Je mange ma salade devant l'écran en regardant votre commande, laissez-moi une minute.
meal team +: Toute l'équipe a partagé une galette des rois ce midi, et c'est moi qui ai eu la fève.
meal writer +: La personne qui vous répond a goûté ce comté au pot d'hier et le trouve parfait.
social team +: Notre service a gagné le tournoi de baby-foot de l'entreprise vendredi, l'ambiance est excellente.
social we +: On a fêté le pot de départ de Sylvie hier soir, alors pardonnez-nous si on répond plus lentement.
social i +: Cette semaine, c'est moi qui organise le Secret Santa du bureau, j'ai des paquets partout.
photo we +: Si je pouvais, je vous enverrais la photo de toute l'équipe en marinière au salon, on dirait une chorale.
photo team +: Derrière mon bureau, il y a la photo encadrée de tout le service à la fête de fin d'année.
photo writer +: Celle qui vous écrit, c'est la rousse à lunettes sur la photo d'équipe de notre page « Qui sommes-nous ».
wedding i +: Je me marie en juin en Bretagne, alors je comprends très bien le stress d'une robe en retard.
wedding team +: Notre responsable s'est mariée samedi et on a tous encore mal aux pieds d'avoir dansé.
wedding writer +: Celle qui vous répond portait ce même voile à son mariage l'an dernier.
move i +: Je viens moi aussi de déménager et je vis encore entre les cartons, donc je compatis pour les vis manquantes.
move we +: On vient de changer d'étage et personne ne sait où est passée la machine à café.
move passive +: Écrit depuis un salon vide plein de cartons ; le déménagement, c'était hier.
body customer -: Désolée pour votre dos ; le modèle pliant pèse 3,5 kg et se porte facilement d'une main.
body product -: Le fauteuil dispose d'un appui lombaire réglable, conçu pour les longues journées assises.
body acts -: J'ai comparé la longueur de pied que vous nous avez indiquée avec notre guide des tailles : le 38 devrait convenir.
body empathy -: Ça doit être vraiment pénible ; j'ai demandé au transporteur de monter le matelas jusqu'à votre étage.
senses product -: Cette bougie est parfumée au monoï et à la vanille, avec une diffusion moyenne selon la fiche produit.
senses colleague -: D'après la note de Chloé sur votre dossier, la confiture renvoyée sentait le fermenté à l'ouverture du colis.
senses customer -: Vous nous dites que la sonnerie de l'interphone est trop faible : le volume se règle jusqu'au niveau 5 dans l'application.
health customer -: Bon rétablissement ! Rien ne presse pour le retour, le délai est suspendu pendant votre hospitalisation.
health policy -: Conformément à nos conditions de retour, les dispositifs médicaux ne sont repris que non ouverts et sous 30 jours.
health acts -: J'ai transmis votre question sur les allergènes à notre service qualité, qui vous répondra d'ici vendredi.
health product -: La housse se lave à 60 °C, comme le recommande le fabricant pour les personnes allergiques aux acariens.
feelings empathy -: Ça a l'air vraiment épuisant, et je suis désolée que la pièce de rechange n'ait pas été à la hauteur non plus.
feelings empathy -: C'est tellement décevant de recevoir un cadeau cassé ; un nouveau service à thé part aujourd'hui de notre entrepôt.
feelings customer -: Merci de nous avoir expliqué ce que cette montre représente pour votre famille ; j'ai demandé à l'atelier de la traiter en priorité.
family customer -: Puisque la poussette est pour vos jumelles, le modèle double à roues larges vous conviendra sans doute mieux.
family product -: Le siège auto convient aux enfants de 9 à 18 kg et répond à la norme européenne en vigueur.
family acts -: J'ai ajouté le prénom de votre petit-fils à la gravure, exactement comme vous l'avez écrit.
home customer -: Sur votre photo, l'étagère plie parce que l'équerre centrale manque ; je vous en ai commandé une.
home product -: Le store résiste à des vents de 40 km/h ; par fort mistral, nous conseillons de le replier.
home colleague -: Notre poseur, Karim, a noté lors de sa visite que le mur est en placo ; il apportera des chevilles adaptées mardi.
pets customer -: Désolés que votre chien ait mâchonné le câble ; les dommages accidentels sont couverts par votre extension de garantie.
pets product -: Le coussin passe en machine et convient aux grands chiens comme les bergers.
pets policy -: Les croquettes sont reprises sous 14 jours si le sac n'a pas été ouvert.
hobby product -: Le masque est certifié jusqu'à 40 m et sa jupe en silicone convient aux visages fins.
hobby customer -: Comme vous jouez sur un terrain stabilisé, je vous conseille plutôt les boules à stries fines.
hobby acts -: J'ai vérifié auprès du fournisseur : le composteur de 400 litres est de nouveau en stock.
job customer -: Comme vous êtes boulanger, c'est la garantie professionnelle du pétrin qui s'applique, pas la garantie particulier.
job policy -: Les professionnels peuvent ouvrir un compte avec paiement à 30 jours ; le formulaire est sur notre site.
job colleague -: Notre technicien, Mathis, travaille sur ces chaudières depuis douze ans et vous appellera jeudi.
studies customer -: Bon courage pour vos partiels ! La remise étudiante s'applique dès que votre inscription est vérifiée.
studies policy -: Les étudiants bénéficient de 10 % de réduction avec une adresse e-mail universitaire.
studies acts -: J'ai appliqué la remise étudiante à votre commande et vous ai remboursé la différence.
trip customer -: Je suis désolé que la roue de votre valise ait cassé pendant votre voyage ; la réparation est prise en charge.
trip product -: Notre atelier a testé cette tente sous une pluie artificielle de 3 000 mm pendant 24 heures.
trip acts -: J'ai programmé l'enlèvement du sac pour le 14, après votre retour de randonnée.
weather product -: Notre atelier a testé cette doudoune à −10 °C ; elle est prévue pour la neige légère.
weather customer -: Désolée que vous ayez attendu le livreur sous l'averse ; je vous ai remboursé les frais de port.
weather policy -: En cas de vigilance orange, les livraisons dans votre secteur peuvent prendre jusqu'à deux jours de retard.
weather acts -: J'ai demandé au transporteur de garder le colis en agence jusqu'à la fin de l'alerte tempête.
meal product -: Le comté est affiné 18 mois et conditionné dans un atelier qui manipule aussi des fruits à coque.
meal acts -: J'ai enregistré le numéro de lot de votre galette et je l'ai transmis au service qualité.
meal customer -: Je suis désolé que votre plateau-repas soit arrivé froid ; je vous l'ai remboursé intégralement.
social acts -: L'équipe a validé le remboursement ; il apparaîtra sur votre compte sous cinq jours ouvrés.
social policy -: Notre service client est joignable du lundi au samedi, de 9 h à 19 h.
social colleague -: Inès, de notre équipe événementielle, vous confirmera demain la réservation de la salle pour votre pot de départ.
photo customer -: Merci pour la photo du couvercle fêlé ; le défaut est bien visible, inutile de nous renvoyer l'article.
photo product -: La photo de la fiche montre la version 140 cm ; la version 120 cm a les mêmes pieds.
photo acts -: Je vous joins les photos prises par notre entrepôt de votre colis avant son départ.
wedding customer -: Toutes nos félicitations pour votre mariage ! Je suis navrée que la robe soit arrivée en retard, les frais d'envoi express vous sont remboursés.
wedding acts -: J'ai signalé votre commande comme urgente pour que le voile parte aujourd'hui et arrive avant le 12.
wedding product -: Le voile mesure 3 m et sa bordure en dentelle est finie à la main.
wedding policy -: Une commande sur mesure pour un mariage ne peut plus être annulée une fois la confection lancée, comme le précisent nos CGV.
move customer -: Puisque vous déménagez le 3, j'ai modifié l'adresse de livraison pour votre nouvel appartement.
move policy -: Notre entrepôt de retours a déménagé : merci d'utiliser la nouvelle étiquette jointe.
move empathy -: Un déménagement, c'est déjà assez stressant sans pièces manquantes ; je vous envoie les vis en express.
disclosure disclosure -: Cette réponse a été rédigée avec l'aide d'une IA et relue par un conseiller avant envoi.
disclosure disclosure -: Je suis un assistant automatique : je ne peux pas voir le colis, mais le suivi indique qu'il est à votre bureau de poste.
disclosure disclosure -: En tant qu'assistant virtuel, je n'ai ni maison ni animaux, mais beaucoup de clients avec des chats choisissent le tissu anti-griffes.
disclosure disclosure -: Je suis une IA et je n'ai pas testé le robot pâtissier ; les avis le disent silencieux à petite vitesse.
disclosure disclosure -: Ce message a été généré par une intelligence artificielle ; un conseiller examinera votre demande de remboursement.
"""

DATA["de"] = """
body i +: Ich habe mir beim Fußball den Daumen verstaucht und tippe deshalb gerade mit links, entschuldigen Sie die Kürze.
body writer +: Wer Ihnen schreibt, ist selbst 1,95 m groß und kennt das Problem mit zu kurzen Bettdecken nur zu gut.
body passive +: Mit Hexenschuss am Stehpult getippt, bitte verzeihen Sie Tippfehler.
body team +: Die halbe Abteilung hat Muskelkater vom Firmenlauf am Sonntag.
senses i +: Ich habe an der Seife gerochen, die Sie zurückgeschickt haben, und sie duftet wirklich nach Zirbe, nicht nach Chemie.
senses we +: Wir haben den neuen Wintertee heute früh alle zusammen probiert, der Zimt ist ziemlich kräftig.
senses writer +: Die Person, die Ihnen antwortet, hat den ganzen Nachmittag den Gong dieser Türklingel gehört und kann bestätigen: Er ist laut.
senses passive +: Noch mit Ohrensausen vom Probealarm, hier das Update zu Ihrer Bestellung.
health i +: Ich war letzte Woche mit einer Bronchitis krankgeschrieben, deshalb blieb Ihre Anfrage liegen.
health team +: Bei uns im Team geht gerade ein Magen-Darm-Virus um, wir sind also etwas langsamer unterwegs.
health writer +: Wer Ihren Fall bearbeitet, kommt gerade vom Zahnarzt und spürt die halbe Lippe nicht, aber die Gutschrift ist veranlasst.
health passive +: Zwischen zwei Physiotherapie-Terminen geschrieben, danke für Ihre Geduld.
feelings i +: Ehrlich gesagt hatte ich einen Kloß im Hals, als ich die Geschichte mit der Taschenuhr Ihres Großvaters gelesen habe.
feelings we +: Wir waren richtig geknickt, als wir die Fotos vom zerbrochenen Kaffeeservice gesehen haben.
feelings team +: Bei uns im Kundenservice haben alle mitgefiebert, bis Ihr Paket endlich aus dem Zoll kam.
feelings writer +: Wer Ihnen schreibt, wurde bei dieser Modellnummer ganz wehmütig, genau so ein Radio stand früher in der Küche ihrer Eltern.
family i +: Meine Schwiegermutter hat denselben Schnellkochtopf, und bei ihr hat das Ventil auch gepfiffen, bis der Dichtring neu war.
family writer +: Wer Ihnen antwortet, ist Vater von Zwillingen, glauben Sie ihm also: Der Doppelbuggy ist Gold wert.
family we +: Wir sind ein Familienbetrieb, und mein Opa prüft jedes Messer immer noch persönlich, bevor es rausgeht.
family passive +: Gerade zurück von einer Woche bei den Enkeln im Allgäu, ich arbeite die Nachrichten jetzt nach.
home i +: Ich habe genau diese Markise auf meinem Balkon, und beim Sturm letzte Woche hat sich bei mir auch die Halterung gelöst.
home writer +: Die Person, die Ihnen schreibt, hat diese Fliesen seit zehn Jahren im eigenen Bad, und sie sehen noch aus wie neu.
home we +: Wir haben bei uns zu Hause letztes Jahr genau dieses Laminat verlegt, und es hält die Kinder locker aus.
home passive +: Heute vom Küchentisch aus geschrieben, während der Heizungsmonteur im Keller ist.
pets i +: Meine Katze ist mir gerade über die Tastatur gelaufen, während ich Ihre Bestellung gesucht habe, sorry für die Verzögerung!
pets team +: Unser Bürohund Bruno hat sich heute Morgen wieder auf den Retourenstapel gelegt.
pets writer +: Wer Ihnen schreibt, hat zwei Dackel, die in keinem anderen Körbchen schlafen wollen.
pets passive +: Getippt mit einem schnurrenden Kater auf dem Schoß, daher etwas langsam.
hobby i +: Ich fahre selbst Rennrad, und genau diesen Helm trage ich jedes Wochenende auf meinen Touren durch den Taunus.
hobby we +: Ein paar von uns spielen dienstags Volleyball, und wir schwören auf diese Knieschoner.
hobby writer +: Wer Ihnen antwortet, verbringt jeden Samstag im Schrebergarten, Ihre Frage zum Hochbeet war also eine Freude.
hobby passive +: Letzten Winter zwei Paar Socken aus dieser Wolle selbst gestrickt, ich kann bestätigen, dass sie nicht kratzt.
job i +: Bevor ich in den Kundenservice kam, war ich acht Jahre Bäckerin, diese Knetmaschine kenne ich also in- und auswendig.
job writer +: Wer Ihren Fall betreut, war jahrelang Paketzusteller und weiß, wie ärgerlich eine Benachrichtigungskarte ist.
job team +: Fast alle bei uns haben im Laden angefangen und diese Rollos schon selbst montiert.
job passive +: Vor diesem Job zehn Jahre in der Pflege, Ihre Frage zum Pflegebett liegt mir also am Herzen.
studies i +: Ich habe eine Ausbildung zur Raumausstatterin gemacht, und dieser Stoff wirft bekanntlich gern Falten.
studies writer +: Wer Ihnen schreibt, studiert abends nebenbei BWL, Ihre Frage zur Mehrwertsteuer kam also genau richtig.
studies passive +: Frisch aus der Prüfungswoche zurück, danke für Ihre Geduld, während ich aufhole.
trip i +: Ich bin gerade von einer Hüttentour in den Dolomiten zurück, und dieser Rucksack war die ganze Zeit auf meinem Rücken.
trip team +: Das ganze Team ist noch müde vom Betriebsausflug an den Bodensee, die Antworten dauern heute etwas.
trip writer +: Wer Ihnen schreibt, war mit genau diesem Zelt im Sommer zwei Wochen in Schweden und blieb trocken.
weather we +: Wir schwitzen hier im Büro bei 31 Grad, alle sitzen mit nassen Tüchern im Nacken.
weather passive +: Mit klammen Fingern geschrieben, die Heizung im Büro ist seit gestern ausgefallen.
weather i +: Ich bin heute früh auf dem Rad in einen Hagelschauer geraten und habe immer noch nasse Socken.
meal i +: Ich esse gerade mein Pausenbrot am Schreibtisch, während ich Ihre Bestellung prüfe, einen Moment bitte.
meal team +: Die ganze Abteilung hat gestern nach der Inventur zusammen gegrillt, heute sind alle etwas träge.
meal writer +: Wer Ihnen antwortet, hat diesen Lebkuchen gestern beim Kaffee im Büro probiert und fand ihn einwandfrei.
social team +: Unsere Abteilung hat am Freitag das Kickerturnier der Firma gewonnen, die Stimmung ist bestens.
social we +: Gestern Abend war unsere Weihnachtsfeier, verzeihen Sie also, wenn wir heute etwas langsamer antworten.
social i +: Diese Woche organisiere ich das Wichteln im Büro, mein Schreibtisch ist voller Päckchen.
photo we +: Ich würde Ihnen zu gern das Foto schicken, auf dem wir alle im Firmenpulli auf der Messe stehen, wir sehen aus wie eine Band.
photo team +: Hinter meinem Schreibtisch hängt das Gruppenfoto vom Sommerfest, die ganze Abteilung in Tracht.
photo writer +: Wer Ihnen schreibt, ist die mit der roten Brille auf dem Teamfoto unserer „Über uns“-Seite.
wedding i +: Ich heirate im Mai, ich verstehe also gut, wie nervenaufreibend ein verspätetes Kleid ist.
wedding team +: Unsere Teamleiterin hat am Samstag geheiratet, und wir sind alle noch heiser vom Singen.
wedding writer +: Die Person, die Ihnen antwortet, trug genau diesen Schleier bei ihrer eigenen Hochzeit letztes Jahr.
move i +: Ich bin selbst gerade umgezogen und lebe noch zwischen Kartons, Ihren Ärger über die fehlenden Schrauben verstehe ich also gut.
move we +: Wir sind diese Woche in den dritten Stock umgezogen und suchen immer noch die Kaffeemaschine.
move passive +: Geschrieben aus einem leeren Wohnzimmer voller Umzugskartons, der Umzug war gestern.
body customer -: Gute Besserung für Ihr Knie! Das Klappmodell wiegt nur 3 kg und lässt sich mit einer Hand tragen.
body product -: Der Bürostuhl hat eine verstellbare Lordosenstütze für lange Arbeitstage.
body acts -: Ich habe Ihre Fußlänge mit unserer Größentabelle abgeglichen: Größe 43 sollte passen.
body empathy -: Das klingt wirklich anstrengend; ich habe veranlasst, dass die Spedition das Bett bis in Ihre Wohnung trägt.
senses product -: Die Seife ist mit Zirbenöl beduftet, laut Produktblatt in mittlerer Intensität.
senses colleague -: Laut der Notiz von Frau Brandt in Ihrem Vorgang roch der zurückgeschickte Tee beim Öffnen im Lager muffig.
senses customer -: Sie schreiben, dass der Gong kaum zu hören ist: In der App lässt sich die Lautstärke bis Stufe 5 erhöhen.
health customer -: Gute Besserung! Mit der Rücksendung hat es keine Eile, die Frist ruht während Ihres Klinikaufenthalts.
health policy -: Medizinprodukte nehmen wir laut unseren Rückgabebedingungen nur ungeöffnet und innerhalb von 30 Tagen zurück.
health acts -: Ich habe Ihre Frage zu den Allergenen an unsere Qualitätssicherung weitergeleitet; Sie erhalten bis Freitag eine Antwort.
health product -: Der Kissenbezug ist bei 60 °C waschbar, wie es der Hersteller für Hausstauballergiker empfiehlt.
feelings empathy -: Das klingt wirklich zermürbend, und es tut mir leid, dass auch das Ersatzteil nicht gepasst hat.
feelings empathy -: Wie ärgerlich, wenn ein Geschenk kaputt ankommt; ein neues Service geht heute an Sie raus.
feelings customer -: Danke, dass Sie uns erzählt haben, was die Taschenuhr Ihrer Familie bedeutet; die Werkstatt bearbeitet sie vorrangig.
family customer -: Da der Buggy für Ihre Zwillinge ist, passt vermutlich das Doppelmodell mit den breiteren Rädern besser.
family product -: Der Kindersitz ist für 9 bis 18 kg zugelassen und nach der aktuellen Norm geprüft.
family acts -: Ich habe den Namen Ihrer Enkelin genau so für die Gravur übernommen, wie Sie ihn geschrieben haben.
home customer -: Auf Ihrem Foto biegt sich das Regalbrett durch, weil der mittlere Winkel fehlt; ich habe Ihnen einen bestellt.
home product -: Die Markise hält Windstärke 5 stand; bei Sturmwarnung empfehlen wir, sie einzufahren.
home colleague -: Unser Monteur, Herr Yilmaz, hat beim Termin notiert, dass die Wand aus Rigips ist, und bringt am Dienstag passende Dübel mit.
pets customer -: Schade, dass Ihr Hund das Ladekabel angeknabbert hat; Unfallschäden deckt Ihre Garantieverlängerung ab.
pets product -: Das Körbchen ist maschinenwaschbar und in Größen von Dackel bis Schäferhund erhältlich.
pets policy -: Tierfutter nehmen wir innerhalb von 14 Tagen zurück, sofern der Sack ungeöffnet ist.
hobby product -: Der Helm ist nach EN 1078 geprüft und sollte nach jedem Sturz ersetzt werden.
hobby customer -: Da Sie in der Halle spielen, empfehle ich Ihnen die Knieschoner mit der dünneren Polsterung.
hobby acts -: Ich habe beim Lieferanten nachgefragt: Das Hochbeet aus Lärche ist wieder vorrätig.
job customer -: Da Sie eine Bäckerei betreiben, gilt für die Knetmaschine die Gewerbegarantie, nicht die für Privatkunden.
job policy -: Geschäftskunden können ein Kundenkonto mit Zahlung auf Rechnung innerhalb von 30 Tagen eröffnen.
job colleague -: Unser Techniker, Herr Kowalski, betreut diese Heizungen seit zwölf Jahren und ruft Sie am Donnerstag an.
studies customer -: Viel Erfolg bei den Prüfungen! Der Studierendenrabatt gilt, sobald Ihre Immatrikulation bestätigt ist.
studies policy -: Studierende erhalten mit einer Hochschul-E-Mail-Adresse 10 % Rabatt.
studies acts -: Ich habe den Studierendenrabatt nachträglich angewendet und Ihnen die Differenz erstattet.
trip customer -: Es tut mir leid, dass die Rolle Ihres Koffers auf der Reise gebrochen ist; die Reparatur übernehmen wir.
trip product -: Unsere Werkstatt hat dieses Zelt 24 Stunden lang mit 3.000 mm Wassersäule beregnet.
trip acts -: Ich habe die Abholung des Rucksacks für den 14. eingeplant, wenn Sie von Ihrer Tour zurück sind.
weather product -: Unsere Werkstatt hat diese Jacke bei −10 °C getestet; sie ist für leichten Schneefall ausgelegt.
weather customer -: Schade, dass Sie im Hagel auf den Boten warten mussten; die Versandkosten habe ich Ihnen erstattet.
weather policy -: Bei Unwetterwarnung kann sich die Zustellung in Ihrer Region um bis zu zwei Tage verzögern.
weather acts -: Ich habe den Paketdienst gebeten, die Sendung im Depot zu halten, bis die Sturmwarnung aufgehoben ist.
meal product -: Die Lebkuchen enthalten Haselnüsse und werden in einem Betrieb hergestellt, der auch Erdnüsse verarbeitet.
meal acts -: Ich habe die Chargennummer Ihrer Lebkuchen erfasst und an die Qualitätssicherung geschickt.
meal customer -: Es tut mir leid, dass Ihr Mittagessen kalt ankam; ich habe Ihnen den vollen Betrag erstattet.
social acts -: Das Team hat die Erstattung freigegeben; sie ist in fünf Werktagen auf Ihrem Konto.
social policy -: Unser Kundenservice ist montags bis samstags von 8 bis 20 Uhr erreichbar.
social colleague -: Frau Albers aus unserem Eventteam bestätigt Ihnen morgen die Raumbuchung für Ihre Weihnachtsfeier.
photo customer -: Danke für das Foto vom gesprungenen Deckel; der Schaden ist gut zu erkennen, Sie müssen nichts zurückschicken.
photo product -: Das Produktfoto zeigt die 140-cm-Variante; die 120-cm-Variante hat dieselben Beine.
photo acts -: Im Anhang finden Sie die Fotos, die unser Lager vor dem Versand von Ihrem Paket gemacht hat.
wedding customer -: Herzlichen Glückwunsch zur Hochzeit! Es tut mir sehr leid, dass das Kleid zu spät kam; die Expresskosten erstatte ich Ihnen.
wedding acts -: Ich habe Ihre Bestellung als eilig markiert, damit der Schleier heute rausgeht und vor dem 12. ankommt.
wedding product -: Der Schleier ist 3 m lang und hat eine handgenähte Spitzenkante.
wedding policy -: Maßanfertigungen für Hochzeiten können laut unseren AGB nach Produktionsbeginn nicht mehr storniert werden.
move customer -: Da Sie am 3. umziehen, habe ich die Lieferadresse auf Ihre neue Wohnung geändert.
move policy -: Unser Retourenlager ist umgezogen; bitte verwenden Sie das beigefügte neue Etikett.
move empathy -: Ein Umzug ist schon stressig genug ohne fehlende Teile, deshalb schicke ich Ihnen die Schrauben per Express.
disclosure disclosure -: Diese Antwort wurde mit Hilfe einer KI erstellt und vor dem Versand von unserem Team geprüft.
disclosure disclosure -: Ich bin ein automatischer Assistent und kann das Paket nicht selbst sehen, aber laut Sendungsverfolgung liegt es in Ihrer Filiale.
disclosure disclosure -: Als virtueller Assistent habe ich weder Wohnung noch Haustiere, aber viele Kunden mit Katzen wählen den kratzfesten Stoff.
disclosure disclosure -: Ich bin eine KI und habe die Küchenmaschine nicht ausprobiert; in den Bewertungen heißt es, sie sei auf niedriger Stufe leise.
disclosure disclosure -: Diese Nachricht hat eine künstliche Intelligenz verfasst; ein Mitarbeiter prüft Ihren Erstattungsantrag.
"""

DATA["pt"] = """
body i +: Torci o pulso no padel no domingo, por isso estou a escrever só com a mão esquerda; desculpe a brevidade.
body writer +: Quem lhe responde calça 45 e teve exatamente o mesmo problema com essas botas de caminhada.
body passive +: Escrito de pé, com uma dor nas costas que não me larga, perdoe alguma gralha.
body team +: Metade da equipa está cheia de dores musculares depois da corrida solidária de sábado.
senses i +: Abri a amostra de café que nos devolveu e sinto o cheiro a torrado daqui, está ótimo.
senses we +: Provámos todos o novo doce de abóbora esta manhã e achámos que tem canela a mais.
senses writer +: Quem te responde passou a tarde toda ouvindo o toque dessa campainha e garante que dá para ouvir lá do quintal.
senses passive +: Ainda com os ouvidos a zumbir do simulacro de incêndio, aqui vai a atualização da sua encomenda.
health i +: Estive de baixa com gripe a semana passada, por isso o seu pedido ficou à espera.
health team +: Anda uma constipação pela equipa toda, por isso estamos um pouco mais lentos esta semana.
health writer +: Quem trata do seu caso acabou de vir do dentista e ainda tem meia cara dormente, mas o reembolso já seguiu.
health passive +: Respondido entre duas sessões de fisioterapia, obrigado pela paciência.
feelings i +: Confesso que fiquei com um nó na garganta ao ler a história do relógio do seu avô.
feelings we +: Ficámos mesmo tristes quando vimos as fotografias da loiça partida.
feelings team +: Cá no apoio ao cliente estávamos todos ansiosos por ver a sua encomenda sair da alfândega.
feelings writer +: A pessoa que lhe escreve ficou cheia de saudade ao ver essa referência: era igual ao rádio da casa da avó dela.
family i +: A minha sogra tem a mesma panela de pressão e a válvula também assobiava assim até ela trocar o vedante.
family writer +: Quem te responde é pai de gêmeos, então pode acreditar: o carrinho duplo salva vidas.
family we +: Somos uma empresa familiar e a minha tia ainda borda à mão as toalhas que enviamos à sexta-feira.
family passive +: Acabada de chegar de uma semana com os netos na aldeia, estou a pôr as mensagens em dia.
home i +: Tenho esse mesmo estore no meu apartamento e com a nortada desta semana também se me soltou o suporte.
home writer +: Quem lhe escreve tem esses azulejos na cozinha há dez anos e continuam impecáveis.
home we +: Lá em casa pusemos esse piso flutuante no ano passado e aguenta bem os miúdos.
home passive +: Escrito hoje da mesa da minha cozinha, enquanto o técnico do esquentador anda cá por casa.
pets i +: O meu gato acabou de passear por cima do teclado enquanto eu procurava a sua encomenda, desculpe a demora!
pets team +: O Tejo, o cão do escritório, voltou a dormir a sesta em cima das devoluções esta manhã.
pets writer +: Quem te escreve tem dois vira-latas que só dormem nessa caminha.
pets passive +: Digitado com uma gatinha ronronando no colo, por isso vai devagar.
hobby i +: Também faço surf e esse fato é o que uso todos os fins de semana na Ericeira.
hobby we +: Alguns de nós jogam futsal às quintas e juramos por essas caneleiras.
hobby writer +: Quem lhe responde passa os sábados na horta comunitária, por isso a sua pergunta sobre o regador foi uma alegria.
hobby passive +: Tricotadas por mim duas camisolas com esta lã no inverno passado: posso garantir que não pica.
job i +: Antes de vir para o apoio ao cliente fui pasteleira oito anos, por isso conheço bem essa batedeira.
job writer +: Quem acompanha o seu caso foi carteiro durante quinze anos e sabe bem o que é um aviso de tentativa de entrega.
job team +: Quase todos na equipa começámos na loja, por isso montámos esses estores com as nossas mãos.
job passive +: Dez anos como enfermeira antes deste trabalho, por isso a sua dúvida sobre o medidor de tensão diz-me muito.
studies i +: Fiz Erasmus em Praga e usava essa chaleira todos os dias na residência.
studies writer +: Quem te responde está fazendo faculdade de contabilidade à noite, então a pergunta sobre a nota fiscal caiu como uma luva.
studies passive +: Acabadinha de sair dos exames da faculdade, obrigada pela paciência enquanto ponho tudo em dia.
trip i +: Acabei de chegar de uma semana a fazer o Caminho Português e essa mochila não saiu das minhas costas.
trip team +: A equipa toda voltou ontem da viagem de empresa aos Açores, por isso hoje vamos um bocadinho mais devagar.
trip writer +: Quem te atende hoje acabou de voltar de Fernando de Noronha e ainda está com a pele descascando.
weather we +: Estamos a derreter aqui no escritório, com 38 graus lá fora e o ar condicionado avariado.
weather passive +: Escrito com as mãos geladas, o aquecimento do escritório voltou a avariar.
weather i +: Apanhei uma chuvada à saída do metro e ainda tenho as meias encharcadas.
meal i +: Estou a comer uma bifana à secretária enquanto vejo a sua encomenda, dê-me só um minuto.
meal team +: A equipa toda foi aos Santos Populares ontem e ainda cheiramos a sardinha assada.
meal writer +: Quem lhe escreve provou esse queijo da serra no lanche de ontem e estava perfeito.
social team +: O nosso departamento ganhou o torneio de matraquilhos da empresa na sexta e o ambiente está ótimo.
social we +: Ontem foi o jantar de Natal da empresa, por isso perdoe se hoje respondemos mais devagar.
social i +: Esta semana sou eu que organizo o amigo secreto do escritório e tenho a secretária cheia de embrulhos.
photo we +: Quem me dera poder mandar-lhe a foto da equipa toda com a camisola da marca na feira, parecemos uma banda.
photo team +: Atrás da minha secretária está a fotografia emoldurada do departamento no arraial do ano passado.
photo writer +: Quem lhe escreve é a de óculos vermelhos na fotografia da equipa da nossa página «Quem somos».
wedding i +: Vou casar em setembro no Minho, por isso percebo muito bem o nervosismo com o vestido atrasado.
wedding team +: A nossa chefe de equipa casou no sábado e ainda estamos todos roucos de cantar no copo-d'água.
wedding writer +: Quem te responde usou esse mesmo véu no próprio casamento, no ano passado.
move i +: Também acabei de mudar de casa e ainda vivo no meio de caixas, por isso percebo a sua frustração com os parafusos em falta.
move we +: Mudámos esta semana para o terceiro andar e ainda não encontrámos a máquina do café.
move passive +: Escrito numa sala vazia cheia de caixas; a mudança foi ontem.
body customer -: As melhoras para o seu joelho! O modelo dobrável pesa 3 kg e transporta-se bem com uma mão.
body product -: A cadeira tem apoio lombar ajustável, pensado para quem passa muitas horas sentado.
body acts -: Comparei o comprimento do pé que nos enviou com a nossa tabela de tamanhos: o 44 deve servir.
body empathy -: Isso deve ser mesmo doloroso; pedi à transportadora que leve o colchão até ao seu andar.
senses product -: O café é um lote de arábica com notas de chocolate, de intensidade 8 segundo a embalagem.
senses colleague -: Segundo a nota da Joana no seu processo, o doce devolvido cheirava a fermentado quando foi aberto no armazém.
senses customer -: Você comentou que a campainha quase não se ouve; dá para aumentar o volume até o nível 5 no aplicativo.
health customer -: Desejo-lhe as melhoras; não há pressa para a devolução, o prazo fica suspenso enquanto estiver internada.
health policy -: De acordo com a nossa política de devoluções, os dispositivos médicos só são aceites por abrir e no prazo de 30 dias.
health acts -: Encaminhei a sua dúvida sobre alergénios para o departamento de qualidade, que lhe responde até sexta.
health product -: A capa da almofada lava-se a 60 °C, como o fabricante recomenda para quem tem alergia aos ácaros.
feelings empathy -: Parece mesmo esgotante, e lamento que a peça de substituição também não tenha resolvido.
feelings empathy -: Que chatice receber um presente partido; hoje mesmo segue outro serviço de loiça para sua casa.
feelings customer -: Obrigado por nos contar o que esse relógio significa para a sua família; pedi à oficina que lhe dê prioridade.
family customer -: Como o carrinho é para os seus gémeos, o modelo duplo com rodas mais largas talvez lhe sirva melhor.
family product -: A cadeirinha é indicada para crianças de 9 a 18 kg e cumpre a norma europeia em vigor.
family acts -: Acrescentei o nome do seu neto à gravação tal como nos escreveu.
home customer -: Na sua fotografia, a prateleira dobra porque falta o esquadro do meio; já lhe encomendei um.
home product -: O estore aguenta ventos até 40 km/h; com nortada forte, aconselhamos a recolhê-lo.
home colleague -: O nosso instalador, o Rui, anotou na visita que a parede é de pladur, por isso na terça leva buchas próprias.
pets customer -: Lamentamos que o seu cão tenha roído o cabo do carregador; os danos acidentais estão cobertos pela extensão de garantia.
pets product -: A caminha lava-se na máquina e existe em tamanho para cães grandes.
pets policy -: A ração pode ser devolvida em 14 dias se o saco estiver fechado.
hobby product -: O fato de surf tem 4/3 mm de espessura e é indicado para água entre 12 e 16 °C.
hobby customer -: Como joga futsal em pavilhão, recomendo-lhe as sapatilhas de sola lisa.
hobby acts -: Confirmei com o fornecedor e o regador de 10 litros voltou a estar em stock.
job customer -: Como tem uma pastelaria, aplica-se a garantia profissional da batedeira e não a doméstica.
job policy -: Os clientes empresariais podem abrir conta com pagamento a 30 dias; o formulário está no site.
job colleague -: O nosso técnico, o Sr. Martins, trabalha com estes esquentadores há doze anos e liga-lhe na quinta-feira.
studies customer -: Boa sorte nas provas! O desconto de estudante é aplicado assim que a matrícula for confirmada.
studies policy -: Os estudantes têm 10 % de desconto com um e-mail da universidade.
studies acts -: Apliquei o desconto de estudante à sua encomenda e devolvi-lhe a diferença.
trip customer -: Lamento que a roda da mala se tenha partido durante a viagem; a reparação fica por nossa conta.
trip product -: A nossa oficina testou esta tenda durante 24 horas sob chuva artificial de 3000 mm.
trip acts -: Agendei a recolha da mochila para dia 14, quando já estiver de volta do Caminho.
weather product -: A nossa oficina testou este casaco a −10 °C e é indicado para neve ligeira.
weather customer -: Lamento que tenha esperado pelo estafeta debaixo de chuva; devolvi-lhe os portes.
weather policy -: Com aviso laranja de mau tempo, as entregas na sua zona podem atrasar até dois dias.
weather acts -: Pedi à transportadora que guarde a encomenda no armazém até o aviso de tempestade ser levantado.
meal product -: O queijo é de leite cru de ovelha e é produzido numa queijaria que também trabalha frutos secos.
meal acts -: Registei o número de lote do seu queijo e enviei-o à equipa de qualidade.
meal customer -: Lamento que o seu almoço tenha chegado frio; reembolsei o valor total.
social acts -: A equipa aprovou o reembolso e vai vê-lo na sua conta dentro de cinco dias úteis.
social policy -: O nosso apoio ao cliente funciona de segunda a sábado, das 9h às 20h.
social colleague -: A Sofia, da nossa equipa de eventos, confirma-lhe amanhã a reserva da sala para o jantar de Natal.
photo customer -: Obrigada pela fotografia da tampa rachada; vê-se bem o dano, não precisa de devolver o artigo.
photo product -: A fotografia do produto mostra a versão de 140 cm; a de 120 cm tem os mesmos pés.
photo acts -: Envio em anexo as fotografias que o nosso armazém tirou à sua encomenda antes da expedição.
wedding customer -: Parabéns pelo casamento! Lamento imenso que o vestido tenha chegado tarde; devolvi-lhe o valor do envio expresso.
wedding acts -: Marquei a sua encomenda como urgente para o véu seguir hoje e chegar antes do dia 12.
wedding product -: O véu tem 3 m e a renda da orla é acabada à mão.
wedding policy -: As encomendas de noiva feitas por medida não podem ser canceladas depois de iniciada a confeção, como indicam as condições de venda.
move customer -: Como se muda no dia 3, alterei a morada de entrega para a casa nova.
move policy -: O nosso armazém de devoluções mudou de morada; use a nova etiqueta em anexo.
move empathy -: Uma mudança já é stressante que chegue sem peças em falta, por isso envio-lhe os parafusos por correio expresso.
disclosure disclosure -: Esta resposta foi redigida com a ajuda de uma IA e revista por um assistente da nossa equipa antes do envio.
disclosure disclosure -: Sou um assistente automático e não consigo ver a encomenda, mas o seguimento indica que está na sua estação dos correios.
disclosure disclosure -: Como assistente virtual não tenho casa nem animais, mas muitos clientes com gatos escolhem o tecido anti-arranhões.
disclosure disclosure -: Sou uma IA e não experimentei a batedeira; nas avaliações diz-se que é silenciosa na velocidade baixa.
disclosure disclosure -: Esta mensagem foi gerada por inteligência artificial; um agente vai analisar o seu pedido de reembolso.
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
    out = []
    per = Counter((r["language"], r["label"]) for r in data)
    out += [f"{k}: {n} rows, not 60" for k, n in sorted(per.items()) if n != 60]
    out += [f"{lang}: missing" for lang in ("en", "es", "fr", "de", "pt") if per[lang, 0] + per[lang, 1] == 0]
    for r in data:
        if r["voice"] not in (CLAIM_VOICES if r["label"] else HONEST_VOICES):
            out.append(f"voice {r['voice']!r} with label {r['label']}: {r['text']}")
        if sum(r["text"].count(mark) for mark in ".!?") - r["text"].count("...") * 2 > 3 or len(r["text"]) > 260:
            out.append(f"longer than three sentences: {r['text']}")
    kinds = Counter((r["language"], r["template"], r["label"]) for r in data)
    out += [f"{k}: {n} rows, more than {MAX_PER_KIND}" for k, n in sorted(kinds.items()) if n > MAX_PER_KIND]
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
