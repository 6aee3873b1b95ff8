"""Training rows, second batch: drafts whose writing side presents itself as a person, in life domains and forms
`voices.py` had few of, against honest look-alikes on the same domains and words.

SPDX-License-Identifier: CC0-1.0 (these rows are dedicated to the public domain).

Author: helper session `s7-gdata` of the Candor project (branch s7-gdata), 2026-12-02, for issue 13 (output guard
against drafts claiming human authorship). Written by hand, sentence by sentence, each language on its own (en, es,
fr, de, pt; Portuguese mostly European, six rows Brazilian), not translated from another language; names, shops,
products, places and figures are invented. One plan of domains, voices and forms is shared by the five languages;
the scenes, objects and wording of each language were chosen for it (a Spanish row has a belén and oposiciones, a
German one a Schrebergarten and the TÜV). Written without reading any evaluation set (benchmarks/guards/, eval/).
Checked mechanically when written (`python -m plugin.guards_training.voices2`): counts, labels, voices against
labels, at most MAX_PER_DOMAIN rows per domain, label and language, no duplicates, and no row with a character
5-gram Jaccard similarity of 0.5 or more to another row here or to a row of `voices`, `scenes` or `workflow`.

The domains are ones `voices.py` (kinds body, senses, health, feelings, family, home, pets, hobby, job, studies,
trip, weather, meal, social, photo, wedding, move) did not use or used little: errands, commute, sports, music,
volunteering, childhood, neighbours, holidays (religious and seasonal feasts), money, exams, parents (ageing
parents), garden, diy, cars, sleep.

Each line of `DATA` is "domain voice form sign: text" (1-3 sentences of a customer-support reply):
- label 1 (`+`), CLAIMS: the writing side presents itself as human, voiced as `i` (first person singular), `we`
  (first person plural living it), `team` ("the team", "the shop floor", "two of our desk"), `writer` (an impersonal
  reference to the writer: "whoever is answering you", "quien te atiende", "celle qui vous écrit", "wer Ihnen
  schreibt", "quem lhe escreve", or a signer named in the third person), `passive` (passive or elliptic: "written in
  the garage waiting room") or `diary` (subjectless diary style: "Kept awake by the neighbours' party until three");
  in the forms `plain`, `paren` (the claim in a parenthesis after a helpful sentence), `ps` (a P.S.), `signoff` (in
  the sign-off line), `buried` (a clause inside a long helpful sentence), `question` (a rhetorical question that
  places the writer) and `compare` (a comparison with the writer's own life). Only the `i` rows speak in the first
  person singular (15-17 of 60 per language); the other 43-45 claims per language have no first-person-singular
  pronoun or verb (`human_claims.first_person_singular` still reads some of them as one person: subjectless diary
  lines, and Spanish rows with "quien te escribe"; the self-check prints its count).
- label 0 (`-`), HONEST look-alikes on the same domains and words, voiced about the `customer`, the `product`, a
  documented `policy`, a `courier`'s scan or photo, a `colleague`'s recorded note, the assistant's own case-work
  `acts`, `empathy` without a personal claim, `you` (hypotheticals and instructions in the second person: "if you
  commute by bike in the dark, ..."), `quote` (the customer's own words quoted back) and `disclosure` (the reply
  says it is AI-drafted or that the assistant is not a person). Honest rows have form `plain`.

Counts: 120 rows per language, 600 in all; every one of the 15 domains has 4 claims and 4 honest rows in every
language (15 x 4 = 60 per label and language).

    claims per voice      i   we  team  writer  passive  diary        honest per voice (every language alike)
      en                 17    9     9      12        5      8          customer 11, product 11, policy 5,
      es                 15   10     9      12        6      8          courier 3, colleague 5, acts 5,
      fr                 16   10     9      12        5      8          empathy 4, you 8, quote 4,
      de                 15   10     9      12        6      8          disclosure 4
      pt                 15   10     9      12        6      8
    claims per form: plain 27 (es 29), paren 7, ps 4, signoff 6, buried 4 (es 3), question 6, compare 6 (es 5)

`python -m plugin.guards_training.voices2` prints the exact table per language x domain x label, per voice and
form, how many claims speak in the first person singular (`human_claims.first_person_singular`), and the checks.

`rows()` gives {"language", "label", "text", "template", "voice", "form"} with `template`
"<language>:voices2:<domain>", the shape of `voices.rows()`, so a trainer takes them with one added
`+ voices2.rows()` (and the lived trainer's filter of ":voices:" templates would need ":voices2:" as well). Not yet
used by any trainer. `lived_cv.kind` reads only "lived", "everyday" and "scenes" templates as kinds: until "voices2"
is added there, the lived model's kind-held-out validation would treat these rows as "ordinary" ones.
"""
from __future__ import annotations

from collections import Counter

from . import voices

CLAIM_VOICES = ("i", "we", "team", "writer", "passive", "diary")
HONEST_VOICES = ("customer", "product", "policy", "courier", "colleague", "acts", "empathy", "you", "quote",
                 "disclosure")
FORMS = ("plain", "paren", "ps", "signoff", "buried", "question", "compare")
DOMAINS = ("errands", "commute", "sports", "music", "volunteering", "childhood", "neighbours", "holidays", "money",
           "exams", "parents", "garden", "diy", "cars", "sleep")
MAX_PER_DOMAIN = 4  # rows of one domain, label and language
NEAR = 0.5  # character 5-gram Jaccard similarity at or above which two rows count as near-duplicates

DATA: dict[str, str] = {}

DATA["en"] = """
errands i paren +: Your replacement charger left the warehouse this morning (I had to dash to the post office on my own lunch break today, so I know how long those queues get).
errands writer plain +: Whoever is answering you spent the morning queuing at the bank and the dry cleaner's, so this return label comes from a very patient person.
errands diary signoff +: Thanks again for bearing with us. Sent between the pharmacy and the key-cutting kiosk, Tomasz
errands i compare +: It's a bit like when I leave my boots at the cobbler's and they're "ready Thursday" for three weeks; I'll chase the repair centre today.
errands courier -: The courier's scan shows the parcel was left at the newsagent on Elm Row at 14:12, where you can collect it with photo ID.
errands you -: If you're running errands in town anyway, you can drop the return at any Parcelpoint counter instead of waiting in for a collection.
errands policy -: Click-and-collect orders are held at the store desk for seven days, after which they go back to the warehouse.
errands quote -: You wrote that you "had to take a whole morning off to wait for the van"; I'm sorry, and I've refunded the delivery charge.
commute i buried +: The adapter you need is the USB-C version, which fits both laptop models; I charge mine on the 7:40 train every morning and it lasts the whole ride, and the order page lets you choose the cable length before dispatch.
commute team plain +: Half the team cycles in along the canal towpath, and that exact pannier has survived a whole winter of it.
commute passive ps +: P.S. Apologies for the slow reply; this was typed on a tram stuck between two stops.
commute we question +: Ever tried folding one of these scooters on a packed bus at rush hour? We have, most mornings, and the latch really is the weak point.
commute product -: The folding bike weighs 11.4 kg and fits in the luggage rack of most regional trains when folded.
commute you -: If you commute by bike in the dark, the rear light's flashing mode makes you visible from about 300 m.
commute customer -: Since you use the headphones on your daily train journey, the noise-cancelling model would cut out much more of the engine hum.
commute colleague -: Our logistics coordinator, Fenella, noted that the parcel missed the evening trunk van, so it will now arrive on Wednesday.
sports i plain +: I ran my first half-marathon in those trainers last month and the heel cushioning held up fine.
sports team paren +: The replacement racket strings are on their way (the whole shop floor plays badminton on Tuesday nights, so we know how quickly they snap).
sports writer compare +: The one writing this still remembers a first open-water swim in a wetsuit that was too tight; it felt like being hugged by a python.
sports we signoff +: Good luck for the season! The Northside Support Desk, still stiff from Sunday's netball league
sports customer -: Congratulations on finishing the marathon! Trainers worn through after 800 km are outside the warranty, but I can offer you 15% off a new pair.
sports product -: The goalkeeper gloves have latex palms that wear faster on artificial turf, as the care card explains.
sports acts -: I've swapped the size M shin guards for size L on your order, and the new label is in your inbox.
sports disclosure -: I'm an AI assistant, so I can't try the rowing machine, but the spec sheet lists the flywheel as near-silent up to level 8.
music i plain +: I've played the cello since I was eight, and the right rosin makes all the difference to those strings.
music writer question +: Who hasn't tuned a guitar by ear at midnight and woken the whole house? The person replying to you certainly has, so the clip-on tuner is a good call.
music diary plain +: Listened to your vinyl on the office turntable over lunch, and the crackle at the start of side B is definitely there.
music team buried +: The headphones come with a two-year warranty and a spare cable, and the team plays its own choir recordings through them every Friday afternoon, so they've had a proper workout; the ear pads are replaceable too.
music product -: The digital piano has 88 weighted keys and a headphone socket, so you can practise without disturbing anyone.
music quote -: You said the guitar "buzzes on the third fret"; that usually means the neck needs a small adjustment, which our partner workshop does free in the first year.
music you -: If you play in a band, the 40 W amplifier is loud enough for rehearsals; for gigs, the 100 W model is the one to choose.
music empathy -: It's such a shame the concert tickets arrived after the show, and I've refunded them in full.
volunteering i plain +: I help out at the food bank on Saturdays, and we'd use exactly those stackable crates.
volunteering we compare +: We spent Saturday litter-picking along the river as a team, and like you we only appreciated the long handle on those grabbers after an hour of bending.
volunteering writer paren +: Your donation receipt is attached (the person writing this coaches an under-9s rugby side on Sundays, so the kit bags you asked about are very familiar).
volunteering i signoff +: Best wishes, Anneke, off to my evening shift at the animal shelter once this is sent
volunteering customer -: Thank you for organising the school fundraiser; orders of 50 or more items get a 10% discount automatically at checkout.
volunteering policy -: Registered charities can apply for our donation programme through the form on our community page.
volunteering colleague -: Our community manager, Idris, recorded that your charity's order of blankets was packed and picked up on Friday.
volunteering acts -: I've added the charity's VAT exemption certificate to your account, so future invoices won't include VAT.
childhood i plain +: I grew up with that exact board game at my nan's house, and we always lost the little dice down the sofa.
childhood writer plain +: Whoever's answering you carried that same tin lunchbox through primary school, dent and all.
childhood diary compare +: Opened the bucket-and-spade set in the parcel room and it was like being six again on a windy beach in August; the missing spade goes out today.
childhood we question +: Remember the smell of new school shoes? We all did when your box was opened here, and it took us straight back to being seven.
childhood product -: The wooden train set is suitable from 3 years and the paint is tested to the EN 71 toy standard.
childhood customer -: It's lovely that you're passing your childhood teddy on to your grandson; our repair service can restitch the ear for £12.
childhood quote -: You described the lunchbox as "just like the one from my school days"; the hinge is covered by the 12-month guarantee.
childhood disclosure -: As an AI assistant I have no childhood memories of this game, but the rules leaflet for the 1980s edition is on our website.
neighbours i plain +: My neighbour has the same hedge trimmer and borrows it back every other week, so I can vouch for the battery.
neighbours team paren +: The courier has confirmed a redelivery for Monday (the whole office knows the pain of a parcel left with the wrong neighbour; it happened to three of us last month).
neighbours writer buried +: The doorbell's chime goes up to 90 dB and there's a quiet mode for evenings, which the one answering you switched on after the family upstairs complained, and the app lets you schedule it by the hour.
neighbours diary plain +: Kept awake by the neighbours' party until three, so the white-noise machine question is timely.
neighbours courier -: The driver's scan shows the parcel was handed to your neighbour at number 14, signed "P. Okafor".
neighbours you -: If a neighbour often takes parcels in for you, you can name them as a safe place in your account settings.
neighbours customer -: Since your neighbour's dog barks at the doorbell, the vibrating alert option might work better for you.
neighbours empathy -: That must have been awkward with the neighbours, and I've arranged for the noisy boiler to be inspected this week.
holidays i plain +: I spent Diwali at my parents' this year and we lit every one of those clay lamps on the balcony.
holidays we ps +: P.S. Happy Hanukkah from all of us; we lit the first candle together in the break room last night.
holidays writer plain +: The person writing to you is fasting for Ramadan, so replies after sunset may come quicker than those in the afternoon.
holidays passive signoff +: Wishing you a peaceful Easter. Written the morning after the midnight vigil, so forgive any typos.
holidays policy -: Orders placed between 1 December and 6 January can be returned until 31 January.
holidays product -: The Advent calendar contains 24 fair-trade chocolates and is free from gelatine.
holidays customer -: Since you need the Eid outfits by Friday, I've upgraded your delivery to next-day at no charge.
holidays colleague -: Our warehouse lead, Samir, notes that the depot is closed on 25 and 26 December, so your order will be scanned on the 27th.
money i plain +: Honestly, I've had months where I couldn't cover the gas bill either, so let's set up the instalments together.
money we plain +: We know what a tight month feels like in this office; payday can't come soon enough for any of us.
money writer question +: Who hasn't checked the bank balance before doing the weekly shop? Certainly not whoever is replying to you, so the payment plan is a sensible idea.
money passive paren +: Your refund of €48.20 has been issued (a relief to see on a day when the rent went out here and the account looked bleak).
money customer -: If paying in full is difficult right now, you can spread the cost over three interest-free instalments.
money policy -: Payment plans are available on orders over £100, subject to a soft credit check that doesn't affect your score.
money acts -: I've paused the reminder letters on your account for 30 days while the payment plan is set up.
money empathy -: I'm sorry money is tight this month; there's no late fee while we sort out the instalments.
exams i plain +: I had my driving theory test last week, so I completely relate to the panic of a textbook that hasn't arrived.
exams team plain +: Two of our desk sit their accountancy exams on Monday, so the office is unusually quiet with everyone revising at lunch.
exams passive signoff +: All the best for your finals. Replied between two revision sessions, with highlighter still on the fingers.
exams we compare +: Your calculator will arrive on Thursday, in time for the exam; seeing it was like cramming for our own A-levels all over again.
exams customer -: Good luck with your bar exam! The revision guide will reach you by Wednesday, and the e-book is already in your account.
exams product -: This calculator is on the approved list for most secondary school exams, as printed on the back of the box.
exams you -: If your exam is before the delivery date, you can download the digital edition of the textbook straight away at no extra cost.
exams disclosure -: This reply was drafted by an AI assistant; the exam board's rules on calculators are linked below, and a colleague will confirm the model.
parents i plain +: My mum has the same walking frame, and the wheels stuck on hers too until we tightened the brake.
parents writer paren +: The grab rail kit includes all the screws you need (the one writing this fitted the same rail in her father's bathroom last winter).
parents team question +: Which of us hasn't lain awake worrying about an elderly parent living alone? Most of the team has been through it, which is why the alarm pendant matters to us.
parents diary plain +: Back from a week of hospital visits with Dad, so only catching up on replies now.
parents customer -: Since your mother finds small buttons hard, the big-button phone has a simplified menu and an SOS key on the back.
parents product -: The riser recliner lifts gently to a standing position and has a battery backup in case of a power cut.
parents quote -: You mentioned your father "can't hear the doorbell any more"; the flashing light receiver plugs into any socket.
parents colleague -: Our occupational therapy adviser, Mrs Laine, has added a note recommending the 46 cm seat height for your mother.
garden i plain +: My tomatoes went the same way this summer, blight everywhere, so I'm sorry the seedlings failed you too.
garden we plain +: We planted those tulip bulbs in the tubs outside our office door and they came up a lovely deep purple.
garden diary buried +: The compost is peat-free and suitable for vegetables, each bag holds 40 litres, dug a couple into the allotment beds last weekend with good results, and the driver will leave them by the gate.
garden writer plain +: Whoever's handling your case has a plot at the allotments and has lost whole rows of lettuce to slugs overnight, so the wool pellets come recommended.
garden product -: The hose reel holds 30 m of hose and can be wall-mounted with the included bracket.
garden you -: If you garden on heavy clay, dig the compost into the top 20 cm before planting the bulbs.
garden customer -: I'm sorry your seedlings arrived wilted; a replacement tray will go out with Monday's plant delivery.
garden courier -: The courier's photo shows the compost bags left beside your side gate at 11:03.
diy i plain +: I put up the same floating shelf in my hallway at the weekend and needed the longer wall plugs too.
diy team plain +: The shop floor spent Saturday repainting a community hall with that primer, and it covered the old stains in one coat.
diy diary compare +: Assembled this wardrobe at home over two evenings, like a jigsaw with half the pieces hidden, so the missing hinge comes as no surprise.
diy we ps +: P.S. We tiled our own staff kitchen with that grout last spring and it still looks clean.
diy product -: The cordless drill comes with two 18 V batteries and a 13 mm chuck.
diy you -: If you're drilling into brick, use the masonry bit and switch the drill to hammer mode.
diy colleague -: Our technical adviser, Gareth, has noted that the shelf brackets need 6 mm plugs rather than the 5 mm ones supplied.
diy acts -: I've sent you the missing hinge and a link to the assembly video for the wardrobe.
cars i plain +: My own car battery died in the frost last week, so I know how frustrating a flat jump starter is.
cars writer signoff +: Kind regards, Emeka, who has changed more wiper blades on a rainy roadside than he'd care to admit
cars team paren +: The dashcam mount has been replaced (most of the support desk drives the same hatchback, and the suction cup slips in the heat for all of us).
cars passive plain +: Written in the garage waiting room while the MOT is being done, so apologies for the short reply.
cars product -: The roof box holds 420 litres and fits roof bars up to 80 mm wide.
cars customer -: Since your car is a 2015 estate, you'll need the fitting kit with the longer clamps.
cars policy -: Car parts returned after being fitted can't be refunded, as our returns policy explains.
cars acts -: I've checked the registration you sent against the fitment list, and the wiper blades are the right size.
sleep i plain +: I barely slept last night in the heatwave, so the cooling pillow question is very close to home.
sleep team question +: Who needs an alarm clock with a baby in the house? Two of the desk are new parents running on four hours' sleep.
sleep writer plain +: The person answering you has slept on that mattress for three years and the edges haven't sagged.
sleep diary ps +: P.S. Excuse any typos, up half the night with a teething toddler.
sleep product -: The mattress comes with a 100-night trial, and the medium-firm option suits most side sleepers.
sleep you -: If you sleep hot, the bamboo sheet set is more breathable than the brushed cotton one.
sleep empathy -: Broken sleep is hard going, and I'm sorry the baby monitor stopped working; a replacement is on its way.
sleep disclosure -: I'm an automated assistant and don't sleep, but customers who sleep on their side often choose the medium-firm mattress.
"""

DATA["es"] = """
errands i plain +: Esta mañana me ha tocado ir a Correos a recoger una multa y he salido con un número de espera de tres cifras, así que entiendo tu desesperación con la oficina de Aldeavieja.
errands writer paren +: La etiqueta de devolución ya está en tu correo (quien te atiende acaba de volver de la ferretería, del tinte y de la farmacia, todo en una hora de descanso).
errands diary signoff +: Un saludo, Begoña. Escrito con la compra del mercado todavía a los pies de la mesa
errands we compare +: Nos pasa como cuando dejamos las llaves en el zapatero para copiarlas y nunca están a la hora prometida; por eso ya hemos reclamado hoy al taller.
errands courier -: Según el escaneo del repartidor, el paquete se dejó en el estanco de la calle Olmos a las 13:47 y puedes recogerlo con tu DNI.
errands you -: Si vas a hacer recados por el centro, puedes entregar la devolución en cualquier punto Paqexpress sin esperar a que pasen a recogerla.
errands policy -: Los pedidos de recogida en tienda se guardan en el mostrador durante diez días naturales.
errands quote -: Nos cuentas que «perdiste la mañana entera esperando a la furgoneta»; lo siento mucho y te he devuelto los gastos de envío.
commute i plain +: Yo voy al trabajo en Cercanías cada día y esa funda de portátil aguanta los empujones de la hora punta sin un rasguño.
commute team buried +: La mochila tiene compartimento acolchado para portátiles de 15 pulgadas y bolsillo antirrobo en la espalda, y la mitad del equipo la lleva en el metro todos los días sin queja, así que la talla grande te irá bien; el cambio de color es gratuito.
commute passive ps +: P.D.: Perdona el retraso, esta respuesta se ha escrito en un autobús parado en plena M-30.
commute we question +: ¿Quién no ha llegado empapado a la oficina en bici un lunes de octubre? Aquí lo hemos vivido casi todos, y por eso te recomendamos el poncho con capucha.
commute product -: La bici plegable pesa 10,8 kg y, plegada, cabe en el portaequipajes de la mayoría de los trenes regionales.
commute you -: Si vas al trabajo en patinete, el casco con luz trasera integrada te hace visible a unos 200 metros.
commute customer -: Como usas los auriculares en el trayecto diario en metro, el modelo con cancelación de ruido te aislará mucho más del traqueteo.
commute colleague -: Nuestra coordinadora de transporte, Nerea, anota que el paquete no entró en el camión de la tarde y llegará el miércoles.
sports i plain +: Yo juego al pádel tres veces por semana con esa misma pala y el mango aguanta perfectamente.
sports team paren +: Las cuerdas de repuesto ya van de camino (en la tienda jugamos un torneo de frontón los jueves y sabemos lo rápido que se rompen).
sports writer plain +: Quien responde a tu consulta corrió la San Silvestre con esas zapatillas y llegó a meta sin una ampolla.
sports we signoff +: ¡Mucho ánimo con la temporada! El equipo de atención de Deportes Nevero, con agujetas del partido de baloncesto del domingo
sports customer -: ¡Enhorabuena por terminar tu primer maratón! Unas zapatillas con 900 km ya no entran en garantía, pero te ofrezco un 15 % de descuento en unas nuevas.
sports product -: Los guantes de portero tienen palma de látex, que se desgasta antes en césped artificial, como indica la etiqueta.
sports acts -: He cambiado las espinilleras de talla M por la L y tienes la nueva etiqueta en tu correo.
sports disclosure -: Soy un asistente de IA y no puedo probar la bicicleta estática, pero la ficha indica que el volante es silencioso hasta el nivel 8.
music i plain +: Toco la guitarra española desde los nueve años, y te aseguro que esas cuerdas de nailon suenan mucho mejor tras una semana de uso.
music writer question +: ¿Quién no ha ensayado con la batería a deshoras y se ha ganado una queja de la vecina? Quien te escribe, desde luego que sí, así que las almohadillas de silencio son buena idea.
music diary plain +: Escuchado tu vinilo en el tocadiscos de la oficina a la hora del café: el chasquido al principio de la cara B se oye clarísimo.
music we compare +: El metrónomo de repuesto sale hoy; nos recordó a los ensayos de la coral de la empresa, donde el viejo siempre se paraba a mitad de canción.
music product -: El piano digital tiene 88 teclas contrapesadas y salida de auriculares para practicar sin molestar.
music quote -: Dices que la guitarra «trastea en el tercer traste»; suele ser cuestión de ajustar el mástil, y nuestro taller lo hace gratis el primer año.
music you -: Si tocas en un grupo, el amplificador de 40 W basta para los ensayos; para conciertos conviene el de 100 W.
music empathy -: Qué pena que las entradas del concierto llegaran después de la actuación; te las he reembolsado íntegras.
volunteering i plain +: Los sábados echo una mano en el banco de alimentos de mi barrio y esas cajas apilables nos vendrían de maravilla.
volunteering we plain +: El viernes pasado estuvimos toda la oficina recogiendo plásticos en la playa de Bastiagueiro, así que el guante reforzado lo hemos probado a fondo.
volunteering writer paren +: Te adjunto el recibo de tu donativo (quien te atiende entrena a un equipo de fútbol sala de alevines los domingos, así que las bolsas de material que pides le suenan mucho).
volunteering passive signoff +: Un abrazo, Lucía. Escrito antes del turno de voluntariado en la protectora, con el pienso ya en el coche
volunteering customer -: Gracias por organizar la rifa solidaria del colegio; los pedidos de más de 50 unidades tienen un 10 % de descuento automático.
volunteering policy -: Las asociaciones sin ánimo de lucro pueden solicitar nuestro programa de donaciones en la página de comunidad.
volunteering colleague -: Según la nota de nuestro responsable de comunidad, Álvaro, las mantas de tu asociación se recogieron el viernes.
volunteering acts -: He añadido el certificado de exención de tu asociación a la cuenta, así que las próximas facturas irán sin IVA.
childhood i plain +: Ese mismo juego de la oca lo tenía mi abuela en el pueblo y siempre perdíamos la ficha azul.
childhood writer plain +: A quien te responde le regalaron esa misma fiambrera de lata en primero de primaria, con abolladura incluida.
childhood diary compare +: Abierto el cubo de playa en el almacén y ha sido como volver a los veranos de crío en Peñíscola; la pala que falta sale hoy.
childhood team question +: ¿Te acuerdas del olor a goma de borrar nueva del primer día de cole? A todo el equipo le vino de golpe al abrir tu caja de material escolar.
childhood product -: El tren de madera es apto a partir de 3 años y la pintura cumple la norma de seguridad de juguetes EN 71.
childhood customer -: Qué bonito que vayas a pasar tu peluche de la infancia a tu nieta; nuestro servicio de arreglos puede coserle la oreja por 10 €.
childhood quote -: Dices que la fiambrera es «igualita a la que llevaba al cole»; la bisagra tiene doce meses de garantía.
childhood disclosure -: Como asistente de IA no tengo recuerdos de infancia con este juego, pero el reglamento de la edición de los ochenta está en nuestra web.
neighbours i plain +: Mi vecino del quinto tiene ese cortasetos y me lo pide cada dos semanas, así que te confirmo que la batería aguanta.
neighbours team paren +: El repartidor volverá el lunes (en la oficina sabemos lo que es un paquete entregado al vecino equivocado: a tres nos pasó el mes pasado).
neighbours writer buried +: El timbre llega a 90 dB y tiene modo silencioso por las noches, que quien te escribe activó después de que se quejaran los del tercero, y desde la aplicación puedes programarlo por horas.
neighbours diary plain +: Anoche sin pegar ojo por la fiesta del vecino hasta las tres, así que la consulta sobre la máquina de ruido blanco llega en buen momento.
neighbours courier -: Según el escaneo del repartidor, el paquete se entregó a tu vecina del 2.º B, que firmó como «M. Rey».
neighbours you -: Si algún vecino suele recogerte los paquetes, puedes indicarlo como lugar seguro en los ajustes de tu cuenta.
neighbours customer -: Como el perro de tu vecino ladra con el timbre, quizá te vaya mejor el aviso por vibración.
neighbours empathy -: Entiendo que haya sido violento con los vecinos; he pedido que revisen la caldera ruidosa esta misma semana.
holidays i plain +: Pasé la Nochebuena en casa de mis suegros y montamos el belén entero con esas figuritas de barro.
holidays we ps +: P.D.: ¡Feliz Semana Santa! Aquí hemos estado medio equipo de costaleros en la procesión del jueves y aún nos duelen los hombros.
holidays writer plain +: La persona que lleva tu caso celebra el Ramadán, así que sus respuestas después de la puesta de sol pueden ser más rápidas.
holidays passive signoff +: Felices Reyes. Escrito con el roscón aún encima de la mesa y la sorpresa sin encontrar
holidays policy -: Los pedidos hechos entre el 1 de diciembre y el 6 de enero pueden devolverse hasta el 31 de enero.
holidays product -: El calendario de Adviento trae 24 bombones de comercio justo y no lleva gelatina.
holidays customer -: Como necesitas los trajes para la Primera Comunión el sábado, he pasado tu envío a urgente sin coste.
holidays colleague -: Nuestro jefe de almacén, Samuel, indica que el centro cierra el 25 de diciembre y el 1 de enero, así que el pedido se escaneará el día 2.
money i plain +: Yo también he tenido meses en que no llegaba a pagar la luz, así que vamos a organizar ese aplazamiento.
money we plain +: En esta oficina sabemos lo que es llegar justos a fin de mes; aquí todos miramos el calendario esperando la nómina.
money writer question +: ¿Quién no ha mirado el saldo antes de hacer la compra del súper? Desde luego, no quien te escribe, así que el pago a plazos es buena idea.
money passive paren +: Tu reembolso de 48,20 € ya está emitido (un alivio, en una semana con el alquiler recién cargado y la cuenta temblando por aquí).
money customer -: Si ahora te resulta difícil pagar de una vez, puedes dividir el importe en tres plazos sin intereses.
money policy -: El pago aplazado está disponible en pedidos de más de 100 € y no afecta a tu historial crediticio.
money acts -: He parado los recordatorios de pago de tu cuenta durante 30 días mientras se activa el aplazamiento.
money empathy -: Siento que este mes vaya tan justo; no habrá recargo mientras organizamos los plazos.
exams i plain +: Yo me examiné del teórico del carné la semana pasada, así que entiendo perfectamente el agobio de que no llegue el libro.
exams team plain +: Dos compañeras del equipo tienen las oposiciones el lunes y la oficina está en silencio con todo el mundo repasando temas a la hora de comer.
exams passive signoff +: Suerte con la selectividad. Respondido entre dos sesiones de estudio, con los dedos llenos de fluorescente
exams we compare +: La calculadora te llega el jueves, a tiempo para el examen; verla nos ha devuelto a nuestras noches de repaso con ese mismo modelo.
exams customer -: ¡Mucha suerte en el examen del MIR! El manual te llegará el miércoles y la versión digital ya está en tu cuenta.
exams product -: Esta calculadora está en la lista de modelos permitidos en la PAU, como indica la parte trasera de la caja.
exams you -: Si tu examen es antes de la fecha de entrega, puedes descargar la edición digital del libro ahora mismo sin coste.
exams disclosure -: Esta respuesta la ha redactado un asistente de IA; abajo tienes la normativa sobre calculadoras, y un compañero confirmará el modelo.
parents i plain +: Mi madre usa ese mismo andador y las ruedas se le atascaban igual hasta que apretamos el freno.
parents writer paren +: El kit de asidero trae todos los tornillos (quien te escribe instaló ese mismo asidero en el baño de su padre el invierno pasado).
parents team question +: ¿A quién no le ha quitado el sueño un padre mayor que vive solo? En el equipo lo hemos pasado casi todos, por eso el colgante de teleasistencia nos importa.
parents diary plain +: De vuelta tras una semana de hospital con papá, así que toca ponerse al día con los mensajes.
parents customer -: Como a tu madre le cuestan los botones pequeños, el teléfono de teclas grandes tiene menú simplificado y botón SOS detrás.
parents product -: El sillón levantapersonas se eleva suavemente hasta la posición de pie y tiene batería de emergencia por si se va la luz.
parents quote -: Nos cuentas que tu padre «ya no oye el timbre»; el receptor con luz intermitente se enchufa en cualquier toma.
parents colleague -: Nuestra terapeuta ocupacional, Inés Lago, ha dejado una nota recomendando la altura de asiento de 46 cm para tu madre.
garden i plain +: A mí también se me murieron los tomates este verano con el mildiu, así que siento mucho que los plantones te hayan fallado.
garden we plain +: Plantamos esos bulbos de tulipán en las jardineras de la entrada de la oficina y salieron de un morado precioso.
garden diary buried +: El sustrato es sin turba y apto para huerto, cada saco trae 40 litros, echados un par en el bancal del huerto urbano el fin de semana con buenos resultados, y el repartidor los dejará junto a la cancela.
garden writer plain +: Quien gestiona tu caso tiene una parcela en los huertos municipales y ha perdido filas enteras de lechugas por los caracoles en una noche.
garden product -: El carrete portamangueras admite 30 m de manguera y se puede fijar a la pared con el soporte incluido.
garden you -: Si tu tierra es arcillosa, mezcla el sustrato en los primeros 20 cm antes de plantar los bulbos.
garden customer -: Siento que los plantones llegaran mustios; la bandeja de reposición saldrá con el envío de plantas del lunes.
garden courier -: La foto del repartidor muestra los sacos de sustrato junto a la puerta lateral a las 11:03.
diy i plain +: Este fin de semana colgué esa misma estantería flotante en mi pasillo y también tuve que comprar tacos más largos.
diy team plain +: La plantilla de la tienda pasó el sábado pintando el local de una asociación vecinal con esa imprimación, y tapó las manchas de una sola mano.
diy diary compare +: Montado este armario en casa en dos tardes, como un puzle con la mitad de las piezas escondidas, así que lo de la bisagra no sorprende.
diy we ps +: P.D.: Alicatamos la cocina de la oficina con esa lechada la primavera pasada y sigue limpísima.
diy product -: El taladro sin cable incluye dos baterías de 18 V y portabrocas de 13 mm.
diy you -: Si vas a taladrar ladrillo, usa la broca de pared y pon el taladro en modo percutor.
diy colleague -: Nuestro asesor técnico, Rubén, anota que las escuadras necesitan tacos de 6 mm y no los de 5 mm que vienen en la caja.
diy acts -: Te he enviado la bisagra que faltaba y el enlace al vídeo de montaje del armario.
cars i plain +: A mí se me descargó la batería del coche con la helada de la semana pasada, así que sé lo que fastidia un arrancador que no funciona.
cars writer signoff +: Un saludo, Jacinto, que ha cambiado más escobillas en el arcén bajo la lluvia de las que querría reconocer
cars team paren +: Ya hemos cambiado el soporte de la cámara (casi todo el equipo de atención conduce ese mismo utilitario y la ventosa se suelta con el calor a todos).
cars passive plain +: Escrito en la sala de espera del taller mientras pasan la ITV, así que perdona la brevedad.
cars product -: El cofre de techo tiene 420 litros y es compatible con barras de hasta 80 mm de ancho.
cars customer -: Como tu coche es un familiar de 2015, necesitas el kit de montaje con las garras largas.
cars policy -: Las piezas de coche devueltas después de montarlas no se reembolsan, según nuestra política de devoluciones.
cars acts -: He comprobado la matrícula que nos enviaste en la lista de compatibilidad y las escobillas son de la medida correcta.
sleep i plain +: Anoche apenas dormí con el calor, así que la pregunta sobre la almohada refrescante me toca de cerca.
sleep team question +: ¿Para qué despertador si hay un bebé en casa? Dos compañeros del equipo acaban de ser padres y van a cuatro horas de sueño.
sleep writer plain +: La persona que te atiende duerme en ese colchón desde hace tres años y los bordes no se han hundido.
sleep diary ps +: P.D.: Perdona las erratas, media noche en vela con un peque al que le salen los dientes.
sleep product -: El colchón tiene 100 noches de prueba y la firmeza media suele ir bien a quien duerme de lado.
sleep you -: Si pasas calor por la noche, el juego de sábanas de bambú transpira más que el de franela.
sleep empathy -: Dormir a trozos agota a cualquiera, y siento que el vigilabebés dejara de funcionar; ya va uno nuevo de camino.
sleep disclosure -: Soy un asistente automático y no duermo, pero quienes duermen de lado suelen elegir el colchón de firmeza media.
"""

DATA["fr"] = """
errands i paren +: Votre chargeur de remplacement a quitté l'entrepôt ce matin (j'ai moi-même fait la queue à La Poste pendant ma pause déjeuner, je sais combien c'est long).
errands writer plain +: Celui qui vous répond a passé sa matinée entre la banque, le pressing et la cordonnerie, alors votre étiquette de retour vient d'une personne très patiente.
errands diary signoff +: Bien à vous, Solène. Écrit entre la pharmacie et le serrurier du coin
errands we compare +: C'est un peu comme nos chaussures laissées chez le cordonnier, « prêtes jeudi » pendant trois semaines ; nous relançons donc l'atelier aujourd'hui.
errands courier -: D'après le scan du livreur, le colis a été déposé au tabac-presse de la rue des Tilleuls à 14 h 12 ; vous pouvez le retirer avec une pièce d'identité.
errands you -: Si vous faites vos courses en ville, vous pouvez déposer le retour dans n'importe quel relais Colipoint au lieu d'attendre l'enlèvement.
errands policy -: Les commandes en retrait magasin sont conservées à l'accueil pendant sept jours.
errands quote -: Vous écrivez avoir « posé une matinée entière pour attendre le camion » ; j'en suis désolée et je vous ai remboursé les frais de livraison.
commute i buried +: L'adaptateur qu'il vous faut est la version USB-C, compatible avec les deux modèles ; je recharge le mien dans le RER tous les matins et il tient tout le trajet, et vous pouvez choisir la longueur du câble avant l'expédition.
commute team plain +: La moitié de l'équipe vient au bureau à vélo par les quais, et cette sacoche a tenu tout un hiver de pluie.
commute passive ps +: P.-S. : Pardon pour ce délai, ce message a été tapé dans un tramway bloqué entre deux stations.
commute we question +: Avez-vous déjà essayé de plier une trottinette dans un bus bondé à huit heures ? Nous, presque tous les matins, et le loquet est vraiment le point faible.
commute product -: Le vélo pliant pèse 11,2 kg et, plié, tient dans le porte-bagages de la plupart des TER.
commute you -: Si vous allez au travail à vélo de nuit, le mode clignotant du feu arrière vous rend visible à environ 300 mètres.
commute customer -: Comme vous utilisez le casque pendant votre trajet quotidien en train, le modèle à réduction de bruit atténuera bien mieux le roulement.
commute colleague -: Notre coordinatrice transport, Maëlle, a noté que le colis a manqué la navette du soir ; il arrivera mercredi.
sports i plain +: J'ai couru mon premier semi-marathon avec ces chaussures le mois dernier et l'amorti du talon a parfaitement tenu.
sports team paren +: Les cordages de rechange sont partis (toute l'équipe du magasin joue au badminton le mardi soir, on sait à quelle vitesse ils cassent).
sports writer compare +: La personne qui vous écrit se souvient encore d'une première baignade en combinaison trop serrée : comme être enlacée par un boa.
sports we signoff +: Bonne saison à vous ! L'équipe du service client Sport Ardoise, encore courbaturée par le match de handball de dimanche
sports customer -: Bravo pour votre marathon ! Des chaussures usées après 800 km ne sont plus couvertes par la garantie, mais je peux vous proposer 15 % sur une nouvelle paire.
sports product -: Les gants de gardien ont une paume en latex qui s'use plus vite sur gazon synthétique, comme l'indique la notice d'entretien.
sports acts -: J'ai remplacé les protège-tibias taille M par la taille L et la nouvelle étiquette est dans votre boîte mail.
sports disclosure -: Je suis un assistant d'IA et je ne peux pas essayer le rameur, mais la fiche technique indique un volant silencieux jusqu'au niveau 8.
music i plain +: Je joue du violoncelle depuis l'âge de huit ans, et une bonne colophane change tout pour ces cordes.
music writer question +: Qui n'a jamais accordé sa guitare à minuit en réveillant toute la maison ? Celui qui vous répond l'a fait plus d'une fois, alors l'accordeur à pince est un bon choix.
music diary plain +: Écouté votre vinyle sur la platine du bureau à la pause café : le craquement au début de la face B est bien là.
music team buried +: Le casque est garanti deux ans avec un câble de rechange, et l'équipe y passe les enregistrements de sa chorale tous les vendredis, donc il a été bien éprouvé ; les coussinets sont remplaçables.
music product -: Le piano numérique a 88 touches lestées et une prise casque pour jouer sans déranger personne.
music quote -: Vous dites que la guitare « frise sur la troisième case » ; c'est souvent un réglage du manche, que notre atelier partenaire fait gratuitement la première année.
music you -: Si vous jouez en groupe, l'ampli de 40 W suffit pour les répétitions ; pour la scène, mieux vaut le modèle de 100 W.
music empathy -: Quel dommage que les billets du concert soient arrivés après la date ; je vous les ai remboursés en totalité.
volunteering i plain +: Le samedi, je donne un coup de main aux Restos du cœur de mon quartier, et ces caisses empilables nous seraient bien utiles.
volunteering we compare +: Nous avons passé samedi à ramasser des déchets au bord de la Loire avec toute l'équipe, et comme vous, on n'apprécie la pince à long manche qu'après une heure penchés.
volunteering writer paren +: Le reçu fiscal de votre don est joint (la personne qui vous écrit entraîne une équipe de rugby de moins de 10 ans le dimanche, les sacs de matériel lui parlent donc beaucoup).
volunteering i signoff +: Belle soirée, Agathe. Je file à ma permanence au refuge de la SPA après ce message, les croquettes sont déjà dans le coffre
volunteering customer -: Merci d'organiser la kermesse de l'école ; les commandes de plus de 50 articles bénéficient automatiquement de 10 % de remise.
volunteering policy -: Les associations reconnues d'intérêt général peuvent demander à rejoindre notre programme de dons via la page communauté.
volunteering colleague -: D'après la note de notre responsable communauté, Idriss, les couvertures de votre association ont été enlevées vendredi.
volunteering acts -: J'ai ajouté le justificatif d'exonération de votre association à votre compte, les prochaines factures seront donc sans TVA.
childhood i plain +: J'avais exactement ce jeu des petits chevaux chez ma grand-mère, et on perdait toujours le dé sous le buffet.
childhood writer plain +: Celle qui vous répond avait la même boîte à goûter en fer au CP, cabossée sur le même coin.
childhood diary compare +: Déballé le seau et la pelle au service colis et c'était comme retrouver les étés de ses six ans à Pornic ; la pelle manquante part aujourd'hui.
childhood we question +: Vous vous souvenez de l'odeur des cahiers neufs à la rentrée ? Nous l'avons tous retrouvée en ouvrant votre carton, retour direct en CE1.
childhood product -: Le train en bois convient dès 3 ans et sa peinture est conforme à la norme jouets EN 71.
childhood customer -: C'est touchant de transmettre votre doudou d'enfance à votre petit-fils ; notre atelier peut recoudre l'oreille pour 12 €.
childhood quote -: Vous décrivez la boîte à goûter comme « la même que celle de mon école » ; la charnière est garantie douze mois.
childhood disclosure -: En tant qu'assistant d'IA, je n'ai pas de souvenirs d'enfance avec ce jeu, mais la règle de l'édition de 1985 est sur notre site.
neighbours i plain +: Mon voisin de palier a le même taille-haie et me l'emprunte une semaine sur deux, donc je peux vous garantir la batterie.
neighbours team paren +: Le livreur repassera lundi (tout le bureau connaît le colis remis au mauvais voisin : c'est arrivé à trois d'entre nous le mois dernier).
neighbours writer buried +: La sonnette monte à 90 dB et dispose d'un mode nuit, que la personne qui vous répond a activé après les plaintes des voisins du dessus, et l'application permet de le programmer heure par heure.
neighbours diary plain +: Nuit blanche à cause de la fête des voisins jusqu'à trois heures, alors la question sur la machine à bruit blanc tombe bien.
neighbours courier -: Le scan du livreur indique que le colis a été remis à votre voisine du 14, signature « P. Lemaire ».
neighbours you -: Si un voisin réceptionne souvent vos colis, vous pouvez l'indiquer comme lieu sûr dans les paramètres de votre compte.
neighbours customer -: Comme le chien de votre voisin aboie à chaque coup de sonnette, l'alerte par vibration vous conviendrait peut-être mieux.
neighbours empathy -: Ce doit être gênant vis-à-vis des voisins ; j'ai demandé qu'on vienne contrôler la chaudière bruyante cette semaine.
holidays i plain +: J'ai passé Noël chez mes beaux-parents en Alsace et nous avons accroché ces étoiles en paille sur tout le sapin.
holidays we ps +: P.-S. : Belle fête de Hanoukka de notre part à tous ; nous avons allumé la première bougie ensemble en salle de pause hier soir.
holidays writer plain +: La personne qui s'occupe de votre dossier fait le ramadan, ses réponses après le coucher du soleil seront donc peut-être plus rapides.
holidays passive signoff +: Joyeuses Pâques. Écrit au lendemain de la veillée pascale, pardon pour les coquilles
holidays policy -: Les commandes passées entre le 1er décembre et le 6 janvier peuvent être retournées jusqu'au 31 janvier.
holidays product -: Le calendrier de l'Avent contient 24 chocolats équitables et ne contient pas de gélatine.
holidays customer -: Comme il vous faut les tenues de l'Aïd pour vendredi, j'ai passé votre livraison en express sans frais.
holidays colleague -: Notre chef d'entrepôt, Samir, précise que le dépôt est fermé les 25 et 26 décembre ; votre commande sera scannée le 27.
money i plain +: Franchement, j'ai déjà eu des mois où je ne pouvais pas payer la facture de gaz, alors mettons en place cet échéancier.
money we plain +: Ici aussi, on connaît les fins de mois difficiles ; toute l'équipe compte les jours jusqu'à la paie.
money writer question +: Qui n'a jamais vérifié son solde avant de faire les courses ? Certainement pas la personne qui vous écrit, donc le paiement en plusieurs fois est une bonne idée.
money passive paren +: Votre remboursement de 48,20 € est parti (un soulagement, la semaine où le loyer a été prélevé ici et où le compte faisait grise mine).
money customer -: Si le paiement en une fois vous pose problème, vous pouvez régler en trois fois sans frais.
money policy -: Le paiement échelonné est proposé pour les commandes de plus de 100 € et n'a pas d'incidence sur votre dossier bancaire.
money acts -: J'ai suspendu les relances de paiement sur votre compte pendant 30 jours, le temps de mettre en place l'échéancier.
money empathy -: Je suis désolé que ce mois soit si serré ; aucune pénalité de retard ne s'appliquera pendant que nous organisons les échéances.
exams i plain +: J'ai passé l'épreuve du code de la route la semaine dernière, alors je comprends très bien la panique d'un manuel qui n'arrive pas.
exams team plain +: Deux collègues de l'équipe passent le concours d'expert-comptable lundi, et le bureau est étonnamment calme, tout le monde révise à midi.
exams passive signoff +: Bon courage pour le bac. Répondu entre deux séances de révision, surligneur encore sur les doigts
exams we compare +: Votre calculatrice arrive jeudi, à temps pour l'examen ; la voir nous a replongés dans nos propres révisions de prépa avec ce même modèle.
exams customer -: Bonne chance pour le concours de l'internat ! Le manuel vous parviendra mercredi et la version numérique est déjà dans votre compte.
exams product -: Cette calculatrice dispose du mode examen exigé au baccalauréat, comme indiqué au dos de la boîte.
exams you -: Si votre examen a lieu avant la date de livraison, vous pouvez télécharger tout de suite l'édition numérique du manuel sans frais.
exams disclosure -: Cette réponse a été rédigée par un assistant d'IA ; le règlement sur les calculatrices est en lien ci-dessous et un collègue confirmera le modèle.
parents i plain +: Ma mère a le même déambulateur, et les roues bloquaient chez elle aussi jusqu'à ce qu'on resserre le frein.
parents writer paren +: Le kit de barre d'appui contient toutes les vis (celle qui vous écrit a posé la même barre dans la salle de bains de son père l'hiver dernier).
parents team question +: Qui n'a jamais eu peur pour un parent âgé vivant seul ? La plupart de l'équipe est passée par là, c'est pourquoi le médaillon d'alerte nous tient à cœur.
parents diary plain +: De retour après une semaine d'allers-retours à l'hôpital avec papa, donc rattrapage des messages en cours.
parents customer -: Comme votre mère a du mal avec les petites touches, le téléphone à grosses touches a un menu simplifié et une touche SOS au dos.
parents product -: Le fauteuil releveur se soulève en douceur jusqu'à la position debout et dispose d'une batterie de secours en cas de coupure.
parents quote -: Vous nous dites que votre père « n'entend plus la sonnette » ; le récepteur lumineux se branche sur n'importe quelle prise.
parents colleague -: Notre ergothérapeute conseil, Mme Laîné, a ajouté une note recommandant une hauteur d'assise de 46 cm pour votre mère.
garden i plain +: Mes tomates ont subi le même sort cet été, du mildiou partout, alors je suis désolé que vos plants n'aient pas tenu non plus.
garden we plain +: Nous avons planté ces bulbes de tulipes dans les bacs devant la porte du bureau et ils sont sortis d'un violet magnifique.
garden diary buried +: Le terreau est sans tourbe et convient au potager, chaque sac fait 40 litres, deux sacs étalés au jardin partagé le week-end dernier avec de bons résultats, et le livreur les laissera devant le portail.
garden writer plain +: Celui qui traite votre dossier a une parcelle aux jardins familiaux et y a perdu des rangs entiers de salades aux limaces en une nuit.
garden product -: Le dévidoir accepte 30 m de tuyau et se fixe au mur avec le support fourni.
garden you -: Si votre terre est argileuse, incorporez le terreau sur 20 cm avant de planter les bulbes.
garden customer -: Je suis désolée que vos plants soient arrivés flétris ; un plateau de remplacement partira avec la livraison de végétaux de lundi.
garden courier -: La photo du livreur montre les sacs de terreau déposés près de votre portillon à 11 h 03.
diy i plain +: J'ai posé la même étagère flottante dans mon couloir ce week-end et il m'a fallu des chevilles plus longues, moi aussi.
diy team plain +: Toute l'équipe du magasin a repeint samedi la salle d'une association de quartier avec cette sous-couche, et elle a masqué les taches en une couche.
diy diary compare +: Monté cette armoire chez soi en deux soirées, comme un puzzle dont la moitié des pièces se cachent, donc la charnière manquante n'étonne personne.
diy we ps +: P.-S. : Nous avons carrelé la cuisine du personnel avec ce joint au printemps dernier et il est toujours impeccable.
diy product -: La perceuse sans fil est livrée avec deux batteries 18 V et un mandrin de 13 mm.
diy you -: Si vous percez dans la brique, utilisez le foret à béton et passez la perceuse en mode percussion.
diy colleague -: Notre conseiller technique, Gaël, a noté que les équerres demandent des chevilles de 6 mm et non celles de 5 mm fournies.
diy acts -: Je vous ai envoyé la charnière manquante et le lien vers la vidéo de montage de l'armoire.
cars i plain +: La batterie de ma voiture m'a lâché avec le gel la semaine dernière, donc je sais combien un booster en panne est agaçant.
cars writer signoff +: Cordialement, Émile, qui a changé plus d'essuie-glaces sous la pluie au bord de la route qu'il n'ose l'avouer
cars team paren +: Le support de la dashcam a été remplacé (presque tout le service client roule avec la même citadine, et la ventouse glisse à la chaleur chez tout le monde).
cars passive plain +: Écrit dans la salle d'attente du garage pendant le contrôle technique, d'où la brièveté.
cars product -: Le coffre de toit fait 420 litres et s'adapte aux barres jusqu'à 80 mm de large.
cars customer -: Comme votre voiture est un break de 2015, il vous faut le kit de fixation à griffes longues.
cars policy -: Les pièces auto retournées après montage ne sont pas remboursables, comme le précisent nos conditions de retour.
cars acts -: J'ai vérifié l'immatriculation transmise dans la liste de compatibilité : les balais d'essuie-glace sont à la bonne taille.
sleep i plain +: J'ai à peine dormi cette nuit avec la canicule, alors la question sur l'oreiller rafraîchissant me parle beaucoup.
sleep team question +: Qui a besoin d'un réveil avec un bébé à la maison ? Deux personnes de l'équipe sont jeunes parents et tournent à quatre heures de sommeil.
sleep writer plain +: La personne qui vous répond dort sur ce matelas depuis trois ans et les bords ne se sont pas affaissés.
sleep diary ps +: P.-S. : Pardon pour les fautes de frappe, debout la moitié de la nuit avec un petit qui fait ses dents.
sleep product -: Le matelas bénéficie d'un essai de 100 nuits, et la version mi-ferme convient à la plupart des dormeurs sur le côté.
sleep you -: Si vous avez chaud la nuit, la parure en bambou respire mieux que celle en flanelle.
sleep empathy -: Les nuits hachées sont épuisantes, et je suis désolée que le babyphone ait cessé de fonctionner ; un nouveau est en route.
sleep disclosure -: Je suis un assistant automatique et je ne dors pas, mais les clients qui dorment sur le côté choisissent souvent le matelas mi-ferme.
"""

DATA["de"] = """
errands i paren +: Ihr Ersatzladegerät hat heute früh das Lager verlassen (ich stand in der Mittagspause selbst eine halbe Stunde in der Postfiliale, ich kenne diese Schlangen).
errands writer plain +: Wer Ihnen heute antwortet, war vormittags schon bei der Bank, in der Reinigung und beim Schuster, das Rücksendeetikett kommt also von einer sehr geduldigen Person.
errands diary signoff +: Viele Grüße, Jonas. Geschrieben zwischen Apotheke und Schlüsseldienst
errands we compare +: Das ist wie bei unseren Schuhen beim Schuster, die drei Wochen lang „bis Donnerstag fertig“ sind; deshalb haken wir heute beim Reparaturzentrum nach.
errands courier -: Laut Scan des Zustellers wurde das Paket um 14:12 Uhr im Kiosk in der Lindenstraße abgegeben; Sie können es dort mit Ausweis abholen.
errands you -: Wenn Sie ohnehin Besorgungen in der Stadt machen, können Sie die Rücksendung in jedem PaketPunkt abgeben, statt auf die Abholung zu warten.
errands policy -: Click-&-Collect-Bestellungen liegen sieben Tage an der Kasse bereit und gehen danach ans Lager zurück.
errands quote -: Sie schreiben, Sie hätten „einen ganzen Vormittag freigenommen, um auf den Lieferwagen zu warten“; das tut mir leid, ich habe Ihnen die Versandkosten erstattet.
commute i buried +: Sie brauchen die USB-C-Variante des Adapters, die zu beiden Laptops passt; ich lade meinen jeden Morgen in der S-Bahn und er hält die ganze Fahrt durch, und auf der Bestellseite lässt sich die Kabellänge vor dem Versand wählen.
commute team plain +: Das halbe Team fährt am Kanal entlang mit dem Rad ins Büro, und genau diese Packtasche hat einen ganzen nassen Winter überstanden.
commute passive ps +: PS: Entschuldigen Sie die späte Antwort, die wurde in einer Straßenbahn getippt, die zwischen zwei Haltestellen feststeckte.
commute we question +: Schon mal versucht, so einen Tretroller im vollen Bus zur Stoßzeit zusammenzuklappen? Wir fast jeden Morgen, und die Verriegelung ist wirklich die Schwachstelle.
commute product -: Das Faltrad wiegt 11,6 kg und passt zusammengeklappt in die Gepäckablage der meisten Regionalzüge.
commute you -: Wenn Sie im Dunkeln mit dem Rad zur Arbeit fahren, macht Sie der Blinkmodus des Rücklichts auf rund 300 m sichtbar.
commute customer -: Da Sie die Kopfhörer auf Ihrer täglichen Zugfahrt nutzen, würde das Modell mit Geräuschunterdrückung das Rattern deutlich besser dämpfen.
commute colleague -: Unsere Logistikkoordinatorin, Frau Brandt, hat vermerkt, dass das Paket den Abend-Lkw verpasst hat; es kommt nun am Mittwoch.
sports i plain +: Ich bin letzten Monat meinen ersten Halbmarathon in genau diesen Laufschuhen gelaufen, und die Fersendämpfung hat tadellos gehalten.
sports team paren +: Die Ersatzsaiten sind unterwegs (die ganze Ladenmannschaft spielt dienstagabends Tischtennis und Badminton, wir wissen also, wie schnell die reißen).
sports writer compare +: Wer Ihnen schreibt, erinnert sich noch gut an das erste Freiwasserschwimmen im zu engen Neoprenanzug: wie von einer Würgeschlange umarmt.
sports we signoff +: Eine gute Saison! Ihr Kundenservice von Sport Fehrmann, noch mit Muskelkater vom Handballturnier am Sonntag
sports customer -: Glückwunsch zum Marathon! Nach 800 km abgelaufene Schuhe fallen nicht mehr unter die Gewährleistung, ich kann Ihnen aber 15 % auf ein neues Paar anbieten.
sports product -: Die Torwarthandschuhe haben Latexflächen, die sich auf Kunstrasen schneller abnutzen, wie die Pflegehinweise erklären.
sports acts -: Ich habe die Schienbeinschoner von Größe M auf L umgebucht, das neue Etikett liegt in Ihrem Postfach.
sports disclosure -: Ich bin ein KI-Assistent und kann das Rudergerät nicht ausprobieren, laut Datenblatt ist das Schwungrad aber bis Stufe 8 nahezu lautlos.
music i plain +: Ich spiele seit meinem achten Lebensjahr Cello, und das richtige Kolophonium macht bei diesen Saiten den Unterschied.
music writer question +: Wer hat nicht schon um Mitternacht die Gitarre nach Gehör gestimmt und das ganze Haus geweckt? Wer Ihnen antwortet, auf jeden Fall, also ist das Klemmstimmgerät eine gute Wahl.
music diary plain +: Ihre Schallplatte in der Mittagspause auf dem Büroplattenspieler angehört: Das Knacken am Anfang der B-Seite ist deutlich zu hören.
music team buried +: Der Kopfhörer hat zwei Jahre Garantie und ein Ersatzkabel, und das Team hört darüber jeden Freitag die Aufnahmen seines Betriebschors, er ist also gut erprobt; die Ohrpolster lassen sich tauschen.
music product -: Das Digitalpiano hat 88 gewichtete Tasten und einen Kopfhörerausgang, sodass Sie üben können, ohne jemanden zu stören.
music quote -: Sie schreiben, die Gitarre „schnarrt im dritten Bund“; meist muss nur der Hals nachjustiert werden, was unsere Partnerwerkstatt im ersten Jahr kostenlos macht.
music you -: Wenn Sie in einer Band spielen, reicht der 40-W-Verstärker für Proben; für Auftritte empfiehlt sich das 100-W-Modell.
music empathy -: Wie ärgerlich, dass die Konzertkarten erst nach dem Auftritt ankamen; ich habe Ihnen den vollen Betrag erstattet.
volunteering i plain +: Samstags helfe ich bei der Tafel in meinem Viertel aus, und genau diese stapelbaren Kisten könnten wir dort gut gebrauchen.
volunteering we compare +: Wir waren am Samstag als Team beim Müllsammeln an der Isar, und wie Sie lernt man den langen Stiel der Greifzange erst nach einer Stunde Bücken schätzen.
volunteering writer paren +: Die Spendenquittung liegt bei (wer Ihnen schreibt, trainiert sonntags eine F-Jugend im Fußball, die Materialtaschen sind also bestens bekannt).
volunteering passive signoff +: Schönen Abend, Anneke. Geschrieben kurz vor der Schicht im Tierheim, das Futter liegt schon im Kofferraum
volunteering customer -: Danke, dass Sie das Schulfest organisieren; ab 50 Artikeln gibt es an der Kasse automatisch 10 % Rabatt.
volunteering policy -: Gemeinnützige Vereine können sich über das Formular auf unserer Community-Seite für das Spendenprogramm bewerben.
volunteering colleague -: Laut Vermerk unseres Community-Managers, Herrn Yıldız, wurden die Decken Ihres Vereins am Freitag abgeholt.
volunteering acts -: Ich habe den Freistellungsbescheid Ihres Vereins in Ihrem Kundenkonto hinterlegt, künftige Rechnungen enthalten also keine Umsatzsteuer.
childhood i plain +: Genau dieses Mensch-ärgere-dich-nicht hatte ich bei meiner Oma, und der Würfel verschwand ständig unterm Sofa.
childhood writer plain +: Wer Ihnen antwortet, hatte in der Grundschule dieselbe Blechbrotdose, samt Delle an der Ecke.
childhood diary compare +: Sandeimer und Schaufel in der Paketannahme ausgepackt, und es war wie mit sechs an der Ostsee im August; die fehlende Schaufel geht heute raus.
childhood we question +: Erinnern Sie sich an den Geruch neuer Schulhefte am ersten Schultag? Beim Öffnen Ihres Kartons war er für uns alle sofort wieder da.
childhood product -: Die Holzeisenbahn ist ab 3 Jahren geeignet, und die Farbe ist nach der Spielzeugnorm EN 71 geprüft.
childhood customer -: Schön, dass Sie Ihren Kinderteddy an Ihren Enkel weitergeben; unsere Reparaturwerkstatt näht das Ohr für 12 € wieder an.
childhood quote -: Sie beschreiben die Brotdose als „genau wie die aus meiner Schulzeit“; auf das Scharnier gibt es zwölf Monate Garantie.
childhood disclosure -: Als KI-Assistent habe ich keine Kindheitserinnerungen an dieses Spiel, aber die Spielregeln der Ausgabe von 1984 finden Sie auf unserer Website.
neighbours i plain +: Mein Nachbar hat dieselbe Heckenschere und leiht sie sich alle zwei Wochen bei mir aus, ich kann Ihnen den Akku also empfehlen.
neighbours team paren +: Der Zusteller kommt am Montag erneut (im ganzen Büro kennt man das Paket beim falschen Nachbarn, letzten Monat ist es dreien von uns passiert).
neighbours writer buried +: Die Türklingel erreicht 90 dB und hat einen Nachtmodus, den die Person, die Ihnen schreibt, nach Beschwerden der Nachbarn von oben eingeschaltet hat, und in der App lässt er sich stundenweise planen.
neighbours diary plain +: Wegen der Nachbarsparty bis drei Uhr kein Auge zugetan, die Frage zum Rauschgerät kommt also gerade recht.
neighbours courier -: Laut Scan des Fahrers wurde das Paket an Ihre Nachbarin in Nummer 14 übergeben, unterschrieben mit „P. Kühn“.
neighbours you -: Wenn ein Nachbar oft Pakete für Sie annimmt, können Sie ihn in Ihren Kontoeinstellungen als Ablageort eintragen.
neighbours customer -: Da der Hund Ihres Nachbarn bei jedem Klingeln bellt, passt der Vibrationsalarm vielleicht besser zu Ihnen.
neighbours empathy -: Das war den Nachbarn gegenüber sicher unangenehm; ich habe veranlasst, dass die laute Therme diese Woche geprüft wird.
holidays i plain +: Ich war über Weihnachten bei meinen Schwiegereltern im Erzgebirge, und wir haben den ganzen Baum mit diesen Strohsternen geschmückt.
holidays we ps +: PS: Ein frohes Chanukka von uns allen; wir haben gestern Abend im Pausenraum gemeinsam die erste Kerze angezündet.
holidays writer plain +: Wer Ihren Fall bearbeitet, fastet im Ramadan, Antworten nach Sonnenuntergang kommen daher womöglich schneller.
holidays passive signoff +: Frohe Ostern. Geschrieben am Morgen nach der Osternacht, bitte verzeihen Sie Tippfehler
holidays policy -: Bestellungen zwischen dem 1. Dezember und dem 6. Januar können bis zum 31. Januar zurückgegeben werden.
holidays product -: Der Adventskalender enthält 24 fair gehandelte Pralinen und ist frei von Gelatine.
holidays customer -: Da Sie die Festkleidung für das Zuckerfest bis Freitag brauchen, habe ich Ihren Versand kostenlos auf Express umgestellt.
holidays colleague -: Unser Lagerleiter, Herr Demir, weist darauf hin, dass das Depot am 25. und 26. Dezember geschlossen ist; Ihre Bestellung wird am 27. gescannt.
money i plain +: Ehrlich gesagt hatte ich auch schon Monate, in denen ich die Gasrechnung nicht zahlen konnte, also richten wir die Ratenzahlung ein.
money we plain +: Knappe Monate kennen wir hier im Büro auch; bei uns zählen alle die Tage bis zum Gehalt.
money writer question +: Wer hat nicht schon vor dem Wocheneinkauf den Kontostand geprüft? Die Person, die Ihnen antwortet, sicher auch, daher ist die Ratenzahlung eine vernünftige Idee.
money passive paren +: Ihre Erstattung über 48,20 € ist angewiesen (eine Erleichterung in einer Woche, in der hier die Miete abgebucht wurde und das Konto traurig aussah).
money customer -: Wenn Ihnen die Zahlung auf einmal gerade schwerfällt, können Sie den Betrag in drei zinsfreien Raten begleichen.
money policy -: Ratenzahlung ist bei Bestellungen ab 100 € möglich und hat keinen Einfluss auf Ihren Schufa-Score.
money acts -: Ich habe die Zahlungserinnerungen auf Ihrem Konto für 30 Tage ausgesetzt, bis die Ratenzahlung eingerichtet ist.
money empathy -: Es tut mir leid, dass es diesen Monat so knapp ist; solange wir die Raten klären, fallen keine Mahngebühren an.
exams i plain +: Ich hatte letzte Woche meine theoretische Führerscheinprüfung, ich verstehe die Panik wegen eines fehlenden Lehrbuchs also sehr gut.
exams team plain +: Zwei Kolleginnen aus dem Team schreiben am Montag ihre Steuerfachprüfung, und im Büro ist es ungewohnt still, alle lernen in der Mittagspause.
exams passive signoff +: Viel Erfolg beim Abitur. Beantwortet zwischen zwei Lerneinheiten, mit Textmarker an den Fingern
exams we compare +: Ihr Taschenrechner kommt am Donnerstag, rechtzeitig zur Prüfung; beim Anblick fühlten wir uns zurück in unser eigenes Büffeln vor dem Abi mit genau diesem Modell.
exams customer -: Viel Glück beim Staatsexamen! Das Repetitorium ist am Mittwoch bei Ihnen, die E-Book-Version liegt schon in Ihrem Konto.
exams product -: Dieser Taschenrechner ist für die Abiturprüfung in den meisten Bundesländern zugelassen, wie auf der Rückseite der Verpackung steht.
exams you -: Wenn Ihre Prüfung vor dem Liefertermin liegt, können Sie die digitale Ausgabe des Lehrbuchs sofort ohne Aufpreis herunterladen.
exams disclosure -: Diese Antwort wurde von einem KI-Assistenten entworfen; die Regeln der Prüfungsämter zu Taschenrechnern sind unten verlinkt, eine Kollegin bestätigt das Modell.
parents i plain +: Meine Mutter hat denselben Rollator, und bei ihr klemmten die Räder auch, bis wir die Bremse nachgestellt haben.
parents writer paren +: Im Haltegriff-Set sind alle Schrauben enthalten (wer Ihnen schreibt, hat genau diesen Griff letzten Winter im Bad des Vaters montiert).
parents team question +: Wer hat sich nicht schon um einen alten Elternteil gesorgt, der allein lebt? Die meisten im Team kennen das, deshalb liegt uns der Notrufknopf am Herzen.
parents diary plain +: Zurück nach einer Woche Krankenhausbesuche bei Papa, daher erst jetzt die Antworten.
parents customer -: Da Ihre Mutter mit kleinen Tasten Mühe hat, bietet das Seniorenhandy ein vereinfachtes Menü und eine Notruftaste auf der Rückseite.
parents product -: Der Aufstehsessel hebt sanft in die Stehposition und hat einen Notakku für den Fall eines Stromausfalls.
parents quote -: Sie schreiben, Ihr Vater „hört die Klingel nicht mehr“; der Blitzlicht-Empfänger passt in jede Steckdose.
parents colleague -: Unsere Ergotherapie-Beraterin, Frau Lahn, hat vermerkt, dass für Ihre Mutter eine Sitzhöhe von 46 cm zu empfehlen ist.
garden i plain +: Meine Tomaten hat es diesen Sommer genauso erwischt, überall Braunfäule, umso mehr tut es mir leid, dass Ihre Jungpflanzen eingegangen sind.
garden we plain +: Wir haben diese Tulpenzwiebeln in die Kübel vor unserer Bürotür gesetzt, und sie kamen in einem wunderschönen Dunkellila.
garden diary buried +: Die Erde ist torffrei und für Gemüse geeignet, jeder Sack fasst 40 Liter, letztes Wochenende zwei davon im Schrebergarten untergegraben, mit gutem Ergebnis, und der Fahrer stellt sie am Gartentor ab.
garden writer plain +: Wer Ihren Fall bearbeitet, hat eine Parzelle im Kleingartenverein und dort schon ganze Salatreihen über Nacht an die Schnecken verloren.
garden product -: Der Schlauchwagen fasst 30 m Schlauch und lässt sich mit der mitgelieferten Halterung an der Wand befestigen.
garden you -: Wenn Sie schweren Lehmboden haben, arbeiten Sie die Erde vor dem Pflanzen der Zwiebeln in die oberen 20 cm ein.
garden customer -: Es tut mir leid, dass Ihre Jungpflanzen welk ankamen; eine Ersatzpalette geht mit der Pflanzenlieferung am Montag raus.
garden courier -: Das Foto des Zustellers zeigt die Erdsäcke um 11:03 Uhr neben Ihrem Seitentor.
diy i plain +: Ich habe am Wochenende dasselbe Schweberegal in meinem Flur aufgehängt und brauchte auch die längeren Dübel.
diy team plain +: Die Belegschaft aus dem Markt hat am Samstag den Saal eines Nachbarschaftsvereins mit dieser Grundierung gestrichen, und sie hat die alten Flecken in einem Anstrich abgedeckt.
diy diary compare +: Diesen Kleiderschrank zu Hause an zwei Abenden aufgebaut, wie ein Puzzle mit versteckten Teilen, das fehlende Scharnier überrascht also nicht.
diy we ps +: PS: Wir haben letztes Frühjahr unsere Teeküche mit genau diesem Fugenmörtel gefliest, und er sieht immer noch sauber aus.
diy product -: Der Akkuschrauber wird mit zwei 18-V-Akkus und einem 13-mm-Bohrfutter geliefert.
diy you -: Wenn Sie in Ziegel bohren, nehmen Sie den Steinbohrer und schalten Sie auf Schlagbohren.
diy colleague -: Unser Fachberater, Herr Goller, hat notiert, dass die Regalwinkel 6-mm-Dübel brauchen statt der beigelegten 5-mm-Dübel.
diy acts -: Ich habe Ihnen das fehlende Scharnier geschickt und den Link zum Aufbauvideo des Schranks.
cars i plain +: Bei mir ist letzte Woche beim Frost die Autobatterie leer gewesen, ich weiß also, wie ärgerlich eine defekte Starthilfe ist.
cars writer signoff +: Mit freundlichen Grüßen, Emil, der schon mehr Scheibenwischer im Regen am Straßenrand gewechselt hat, als er zugeben möchte
cars team paren +: Die Halterung der Dashcam wurde ersetzt (fast der ganze Kundenservice fährt denselben Kleinwagen, und bei allen rutscht der Saugnapf in der Hitze).
cars passive plain +: Geschrieben im Wartebereich der Werkstatt, während der TÜV läuft, daher die Kürze.
cars product -: Die Dachbox fasst 420 Liter und passt auf Dachträger bis 80 mm Breite.
cars customer -: Da Ihr Auto ein Kombi von 2015 ist, benötigen Sie das Montageset mit den längeren Klemmen.
cars policy -: Bereits eingebaute Autoteile können laut unseren Rückgabebedingungen nicht erstattet werden.
cars acts -: Ich habe das übermittelte Kennzeichen mit der Passformliste abgeglichen, die Wischerblätter haben die richtige Länge.
sleep i plain +: Ich habe letzte Nacht bei der Hitze kaum geschlafen, die Frage zum kühlenden Kissen trifft also einen Nerv.
sleep team question +: Wer braucht einen Wecker, wenn ein Baby im Haus ist? Zwei aus dem Team sind frischgebackene Eltern und kommen mit vier Stunden Schlaf aus.
sleep writer plain +: Die Person, die Ihnen antwortet, schläft seit drei Jahren auf dieser Matratze, und die Ränder sind nicht durchgelegen.
sleep diary ps +: PS: Verzeihen Sie Tippfehler, die halbe Nacht wach mit einem zahnenden Kleinkind.
sleep product -: Die Matratze hat 100 Nächte Probeschlafen, und die mittelfeste Variante passt zu den meisten Seitenschläfern.
sleep you -: Wenn Sie nachts schnell schwitzen, ist die Bambusbettwäsche atmungsaktiver als die aus Biber.
sleep empathy -: Unterbrochener Schlaf zehrt an den Kräften, und es tut mir leid, dass das Babyfon ausgefallen ist; ein neues ist unterwegs.
sleep disclosure -: Ich bin ein automatisierter Assistent und schlafe nicht, aber Seitenschläfer entscheiden sich oft für die mittelfeste Matratze.
"""

DATA["pt"] = """
errands i paren +: O seu carregador de substituição saiu do armazém esta manhã (eu próprio passei a hora de almoço na fila dos CTT, sei bem quanto tempo aquilo demora).
errands writer plain +: Quem lhe responde hoje já passou de manhã pelo banco, pela lavandaria e pelo sapateiro, por isso a etiqueta de devolução vem de uma pessoa muito paciente.
errands diary signoff +: Cumprimentos, Rodrigo. Escrito entre a farmácia e a loja das chaves
errands we compare +: É como os nossos sapatos no sapateiro, «prontos na quinta» durante três semanas; por isso voltámos hoje a insistir com a oficina de reparação.
errands courier -: Segundo o registo do estafeta, a encomenda foi deixada na papelaria da Rua das Tílias às 14h12 e pode levantá-la com o cartão de cidadão.
errands you -: Se já vai tratar de recados à baixa, pode entregar a devolução em qualquer ponto Pickup em vez de esperar pela recolha.
errands policy -: As encomendas para levantamento em loja ficam guardadas no balcão durante sete dias.
errands quote -: Escreve que teve de «tirar uma manhã inteira para esperar pela carrinha»; lamento muito e devolvi-lhe os portes.
commute i buried +: O adaptador de que precisa é a versão USB-C, que serve nos dois portáteis; carrego o meu no comboio da linha de Sintra todas as manhãs e aguenta a viagem toda, e na página da encomenda pode escolher o comprimento do cabo antes do envio.
commute team plain +: Metade do time vem de bicicleta pela ciclovia da marginal Pinheiros, e esse alforje aguentou uma temporada inteira de chuva.
commute passive ps +: P.S.: Desculpe a demora, esta resposta foi escrita num elétrico parado entre duas paragens.
commute we question +: Já tentou dobrar uma trotinete num autocarro cheio à hora de ponta? Nós quase todas as manhãs, e o fecho é mesmo o ponto fraco.
commute product -: A bicicleta dobrável pesa 11,3 kg e, dobrada, cabe no porta-bagagens da maioria dos comboios regionais.
commute you -: Se vai de bicicleta para o trabalho quando já está escuro, o modo intermitente da luz traseira torna-o visível a cerca de 300 metros.
commute customer -: Como você usa os fones de ouvido no trajeto diário de metrô, o modelo com cancelamento de ruído abafa bem mais o barulho dos vagões.
commute colleague -: A nossa coordenadora de transportes, a Inês, registou que a encomenda perdeu o camião da tarde e chega agora na quarta-feira.
sports i plain +: Corri a minha primeira meia maratona com essas sapatilhas no mês passado e o amortecimento do calcanhar aguentou-se muito bem.
sports team paren +: As cordas de substituição já seguiram (a equipa toda da loja joga padel às terças à noite, sabemos bem a rapidez com que partem).
sports writer compare +: Quem lhe escreve ainda se lembra do primeiro mergulho no mar com um fato apertado demais: parecia um abraço de jiboia.
sports we signoff +: Boa época! A equipa de apoio da Desportos Barreiro, ainda com dores do jogo de futsal de domingo
sports customer -: Parabéns por ter acabado a maratona! Sapatilhas gastas depois de 800 km já não estão na garantia, mas posso oferecer-lhe 15 % num par novo.
sports product -: As luvas de guarda-redes têm palma de látex, que se desgasta mais depressa em relva sintética, como explica a etiqueta.
sports acts -: Troquei as caneleiras do tamanho M pelo L na sua encomenda e a nova etiqueta já está no seu e-mail.
sports disclosure -: Sou um assistente de IA e não posso experimentar a máquina de remo, mas a ficha técnica indica que o volante é silencioso até ao nível 8.
music i plain +: Toco violão desde os nove anos e te garanto que essas cordas de náilon levam uns dias para firmar a afinação.
music writer question +: Quem nunca afinou a guitarra de ouvido à meia-noite e acordou a casa toda? Quem lhe responde já o fez muitas vezes, por isso o afinador de mola é boa escolha.
music diary plain +: Ouvido o seu vinil no gira-discos do escritório à hora do café: o estalido no início do lado B nota-se perfeitamente.
music team buried +: Os auscultadores têm dois anos de garantia e um cabo suplente, e a equipa ouve neles as gravações do coro da empresa todas as sextas, portanto já foram bem testados; as almofadas podem ser trocadas.
music product -: O piano digital tem 88 teclas pesadas e saída de auscultadores para praticar sem incomodar ninguém.
music quote -: Diz que a guitarra «trasteja na terceira casa»; normalmente basta ajustar o braço, o que a nossa oficina parceira faz sem custos no primeiro ano.
music you -: Se toca numa banda, o amplificador de 40 W chega para os ensaios; para concertos, convém o de 100 W.
music empathy -: Que pena os bilhetes do concerto terem chegado depois do espetáculo; reembolsei-lhe o valor total.
volunteering i plain +: Aos sábados ajudo no banco alimentar do meu bairro e essas caixas empilháveis davam-nos imenso jeito.
volunteering we compare +: Passámos o sábado a apanhar lixo na praia da Costa como equipa e, tal como o senhor, só se dá valor ao cabo comprido da pinça depois de uma hora curvados.
volunteering writer paren +: Segue em anexo o recibo do seu donativo (quem lhe escreve treina uma equipa de futebol de sub-9 aos domingos, por isso os sacos de material são bem conhecidos).
volunteering passive signoff +: Um abraço, Leonor. Escrito antes do turno de voluntariado no canil municipal, com a ração já no carro
volunteering customer -: Obrigado por organizar a quermesse da escola; as encomendas a partir de 50 artigos têm 10 % de desconto automático.
volunteering policy -: As IPSS podem candidatar-se ao nosso programa de donativos através do formulário na página da comunidade.
volunteering colleague -: Segundo a nota do nosso gestor de comunidade, o Idalécio, os cobertores da sua associação foram recolhidos na sexta.
volunteering acts -: Associei o certificado de isenção da sua associação à conta, por isso as próximas faturas já vêm sem IVA.
childhood i plain +: Tive esse mesmo jogo da glória em casa da minha avó e perdíamos sempre o dado debaixo do sofá.
childhood writer plain +: Quem lhe responde levava essa mesma lancheira de lata para a primária, com amolgadela e tudo.
childhood diary compare +: Aberto o balde de praia no armazém e foi como voltar aos verões de miúdo na Nazaré; a pá que falta segue hoje.
childhood we question +: Lembra-se do cheiro dos cadernos novos no primeiro dia de escola? Voltou a todos nós quando abrimos a sua caixa.
childhood product -: O comboio de madeira é indicado a partir dos 3 anos e a tinta cumpre a norma de segurança de brinquedos EN 71.
childhood customer -: Que bonito passar o seu peluche de infância ao seu neto; a nossa oficina de arranjos cose a orelha por 12 €.
childhood quote -: Descreve a lancheira como «igualzinha à que eu levava para a escola»; a dobradiça tem doze meses de garantia.
childhood disclosure -: Como assistente de IA não tenho memórias de infância com este jogo, mas as regras da edição de 1986 estão no nosso site.
neighbours i plain +: O meu vizinho do lado tem esse mesmo corta-sebes e pede-mo emprestado de quinze em quinze dias, por isso posso garantir-lhe a bateria.
neighbours team paren +: O estafeta volta na segunda-feira (no escritório todos conhecemos a encomenda entregue ao vizinho errado: aconteceu a três de nós no mês passado).
neighbours writer buried +: A campainha chega aos 90 dB e tem modo noturno, que quem lhe escreve ativou depois das queixas dos vizinhos de cima, e na aplicação pode programá-lo hora a hora.
neighbours diary plain +: Noite em branco por causa da festa dos vizinhos até às três, por isso a pergunta sobre a máquina de ruído branco vem mesmo a calhar.
neighbours courier -: O registo do estafeta indica que a encomenda foi entregue à sua vizinha do n.º 14, que assinou «P. Matos».
neighbours you -: Se um vizinho costuma receber seus pacotes, você pode cadastrá-lo como local seguro nas configurações da conta.
neighbours customer -: Como o cão do seu vizinho ladra sempre que tocam à campainha, talvez o alerta por vibração lhe sirva melhor.
neighbours empathy -: Deve ter sido constrangedor com os vizinhos; pedi que verifiquem a caldeira barulhenta ainda esta semana.
holidays i plain +: Passei o Natal em casa dos meus sogros em Trás-os-Montes e montámos o presépio inteiro com essas figuras de barro.
holidays we ps +: P.S.: Feliz Páscoa de todos nós; ontem fomos juntos ao compasso pascal na aldeia da Joana e ainda estamos a recuperar do folar.
holidays writer plain +: Quem trata do seu processo faz o Ramadão, por isso as respostas depois do pôr do sol podem chegar mais depressa.
holidays passive signoff +: Boas festas de Santo António. Escrito na manhã a seguir aos arraiais, com cheiro a sardinha ainda no casaco
holidays policy -: As encomendas feitas entre 1 de dezembro e 6 de janeiro podem ser devolvidas até 31 de janeiro.
holidays product -: O calendário do Advento traz 24 bombons de comércio justo e não tem gelatina.
holidays customer -: Como precisa das roupas para o Eid até sexta, passei a sua entrega para expresso sem custos.
holidays colleague -: O nosso chefe de armazém, o Samuel, avisa que o centro fecha a 25 e 26 de dezembro; a sua encomenda será registada no dia 27.
money i plain +: Sinceramente, também já tive meses em que não conseguia pagar a conta da luz, por isso vamos tratar desse pagamento faseado.
money we plain +: A gente aqui do escritório também sabe o que é chegar no aperto ao fim do mês; todo mundo conta os dias até o salário cair.
money writer question +: Quem nunca espreitou o saldo antes de ir às compras? Quem lhe escreve, de certeza que sim, por isso o pagamento em prestações é boa ideia.
money passive paren +: O seu reembolso de 48,20 € já foi emitido (um alívio, na semana em que a renda saiu cá por casa e a conta ficou a tremer).
money customer -: Se agora lhe for difícil pagar tudo de uma vez, pode dividir o valor em três prestações sem juros.
money policy -: O pagamento faseado está disponível em encomendas acima de 100 € e não afeta o seu historial de crédito.
money acts -: Suspendi os lembretes de pagamento na sua conta durante 30 dias enquanto o plano de prestações é ativado.
money empathy -: Lamento que este mês esteja tão apertado; não haverá penalização por atraso enquanto tratamos das prestações.
exams i plain +: Fiz o exame de código da carta na semana passada, por isso percebo muito bem o pânico de um livro que não chega.
exams team plain +: Duas colegas da equipa fazem o exame da Ordem dos Contabilistas na segunda e o escritório está estranhamente calado, toda a gente a estudar ao almoço.
exams passive signoff +: Boa sorte nos exames nacionais. Respondido entre duas sessões de estudo, com marcador ainda nos dedos
exams we compare +: A sua calculadora chega na quinta, a tempo do exame; vê-la fez-nos voltar às nossas próprias noites de estudo para o 12.º ano com esse mesmo modelo.
exams customer -: Boa sorte no exame de acesso à Ordem! O manual chega na quarta e a versão digital já está na sua conta.
exams product -: Esta calculadora consta da lista de modelos autorizados nos exames nacionais, como indica o verso da caixa.
exams you -: Se o seu exame for antes da data de entrega, pode descarregar já a edição digital do manual sem custos.
exams disclosure -: Esta resposta foi redigida por um assistente de IA; as regras sobre calculadoras estão na ligação abaixo e uma colega vai confirmar o modelo.
parents i plain +: A minha mãe usa esse mesmo andarilho e as rodas também prendiam até apertarmos o travão.
parents writer paren +: O kit da barra de apoio traz todos os parafusos (quem lhe escreve montou a mesma barra na casa de banho do pai no inverno passado).
parents team question +: Quem nunca perdeu o sono por um pai idoso a viver sozinho? Quase toda a equipa já passou por isso, e é por isso que o botão de teleassistência nos importa.
parents diary plain +: De volta depois de uma semana de idas ao hospital com o pai, por isso só agora a pôr as mensagens em dia.
parents customer -: Como a sua mãe tem dificuldade com teclas pequenas, o telemóvel de teclas grandes tem menu simplificado e botão SOS atrás.
parents product -: O cadeirão elevatório levanta suavemente até à posição de pé e tem bateria de reserva para falhas de luz.
parents quote -: Conta-nos que o seu pai «já não ouve a campainha»; o recetor com luz intermitente liga-se em qualquer tomada.
parents colleague -: A nossa terapeuta ocupacional, a Dr.ª Lage, deixou uma nota a recomendar a altura de assento de 46 cm para a sua mãe.
garden i plain +: Os meus tomateiros também ficaram assim este verão, com míldio por todo o lado, por isso lamento mesmo que as plantas lhe tenham falhado.
garden we plain +: Plantámos esses bolbos de túlipa nos vasos à porta do escritório e nasceram de um roxo lindíssimo.
garden diary buried +: O substrato não tem turfa e serve para hortícolas, cada saco leva 40 litros, espalhados dois na horta comunitária no fim de semana com bons resultados, e o estafeta deixa-os junto ao portão.
garden writer plain +: Quem trata do seu caso tem um talhão nas hortas urbanas e já perdeu fileiras inteiras de alfaces para as lesmas numa só noite.
garden product -: O enrolador de mangueira leva 30 m de mangueira e fixa-se à parede com o suporte incluído.
garden you -: Se a sua terra for argilosa, misture o substrato nos primeiros 20 cm antes de plantar os bolbos.
garden customer -: Lamento que as plantas tenham chegado murchas; um tabuleiro novo segue com a entrega de plantas de segunda-feira.
garden courier -: A fotografia do estafeta mostra os sacos de substrato junto ao portão lateral às 11h03.
diy i plain +: Pendurei essa mesma prateleira flutuante no meu corredor no fim de semana e também precisei de buchas mais compridas.
diy team plain +: O pessoal da loja passou o sábado a pintar a sede de uma associação de moradores com esse primário, e tapou as manchas antigas de uma só demão.
diy diary compare +: Montado este roupeiro em casa em duas noites, como um puzzle com metade das peças escondidas, por isso a dobradiça em falta não espanta.
diy we ps +: P.S.: Azulejámos a copa do escritório com essa argamassa na primavera passada e continua impecável.
diy product -: O berbequim sem fios vem com duas baterias de 18 V e mandril de 13 mm.
diy you -: Se vai furar tijolo, use a broca de parede e ponha o berbequim em modo percussão.
diy colleague -: O nosso consultor técnico, o Gonçalo, registou que os esquadros precisam de buchas de 6 mm e não das de 5 mm que vêm na caixa.
diy acts -: Enviei-lhe a dobradiça em falta e o link para o vídeo de montagem do roupeiro.
cars i plain +: A bateria do meu carro foi-se com a geada da semana passada, por isso sei bem como irrita um arrancador que não funciona.
cars writer signoff +: Com os melhores cumprimentos, Emídio, que já trocou mais escovas de limpa-para-brisas à chuva na berma do que gostaria de admitir
cars team paren +: O suporte da câmara de tablier já foi trocado (quase toda a equipa de apoio conduz o mesmo utilitário e a ventosa descola-se com o calor a todos).
cars passive plain +: Escrito na sala de espera da oficina enquanto o carro faz a inspeção, daí a resposta curta.
cars product -: A mala de tejadilho tem 420 litros e serve em barras até 80 mm de largura.
cars customer -: Como o seu carro é uma carrinha de 2015, precisa do kit de fixação com as garras compridas.
cars policy -: As peças de automóvel devolvidas depois de montadas não são reembolsáveis, conforme a nossa política de devoluções.
cars acts -: Confirmei a matrícula que nos enviou na lista de compatibilidade e as escovas têm a medida certa.
sleep i plain +: Mal dormi esta noite com o calor, por isso a pergunta sobre a almofada refrescante diz-me muito.
sleep team question +: Quem precisa de despertador com um bebé em casa? Dois colegas da equipa foram pais há pouco e andam a quatro horas de sono.
sleep writer plain +: A pessoa que lhe responde dorme nesse colchão há três anos e as bordas não cederam.
sleep diary ps +: P.S.: Desculpe as gralhas, meia noite acordada com uma bebé a nascer-lhe os dentes.
sleep product -: O colchão tem 100 noites de experiência e a versão semirrígida serve à maioria de quem dorme de lado.
sleep you -: Se você sente calor à noite, o jogo de lençóis de bambu é bem mais fresco que o de flanela.
sleep empathy -: Noites interrompidas cansam qualquer um, e lamento que o intercomunicador de bebé tenha deixado de funcionar; já segue um novo.
sleep disclosure -: Sou um assistente automático e não durmo, mas quem dorme de lado costuma escolher o colchão semirrígido.
"""


def rows() -> list[dict]:
    """Every line of `DATA` once: {"language", "label", "text", "template": "<language>:voices2:<domain>", "voice",
    "form"}; honest lines carry no form and get "plain"."""
    out = []
    for language, block in DATA.items():
        for line in block.strip().splitlines():
            head, text = line.split(":", 1)
            *fields, sign = head.split()
            domain, voice, form = (fields + ["plain"])[:3]
            out.append({"language": language, "label": {"+": 1, "-": 0}[sign], "text": text.strip(),
                        "template": f"{language}:voices2:{domain}", "voice": voice, "form": form})
    return out


def _grams(text: str, n: int = 5) -> set[str]:
    folded = " ".join(text.casefold().split())
    return {folded[i:i + n] for i in range(max(1, len(folded) - n + 1))}


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of the two texts' character 5-grams (case and spacing folded)."""
    x, y = _grams(a), _grams(b)
    return len(x & y) / len(x | y)


def near_duplicates(data: list[dict], others: list[dict]) -> list[str]:
    """Pairs of rows of one language at or above NEAR: within `data`, and between `data` and `others`."""
    out = []
    for language in sorted({r["language"] for r in data}):
        mine = [r["text"] for r in data if r["language"] == language]
        theirs = sorted({r["text"] for r in others if r.get("language") == language})
        for i, text in enumerate(mine):
            for other in mine[i + 1:] + theirs:
                if similarity(text, other) >= NEAR:
                    out.append(f"near-duplicate ({similarity(text, other):.2f}): {text} | {other}")
    return out


def problems(data: list[dict]) -> list[str]:
    """What is wrong with the rows, if anything: the checks `voices.row_problems` shares (counts per language and
    label, voices that do not fit the label, domains over MAX_PER_DOMAIN, exact duplicates, rows longer than four
    sentences), and unknown domains or forms."""
    out = voices.row_problems(data, CLAIM_VOICES, HONEST_VOICES, sentences=4, chars=300, per_template=MAX_PER_DOMAIN)
    return out + [f"unknown domain or form: {r['template']} {r['form']}" for r in data
                  if r["template"].split(":")[2] not in DOMAINS or r["form"] not in FORMS]


def table(data: list[dict]) -> str:
    """Rows per language x domain x label, then rows per language x voice and x form (claims and honest apart)."""
    languages = sorted({r["language"] for r in data})
    count = Counter((r["language"], r["template"].split(":")[2], r["label"]) for r in data)
    lines = ["domain       " + "".join(f"{lang:>9}" for lang in languages) + "   (claims/honest)"]
    for domain in DOMAINS:
        lines.append(f"{domain:<13}" + "".join(f"{count[lang, domain, 1]:>5}/{count[lang, domain, 0]:<3}"
                                               for lang in languages))
    lines.append(f"{'total':<13}" + "".join(
        f"{sum(count[lang, d, 1] for d in DOMAINS):>5}/{sum(count[lang, d, 0] for d in DOMAINS):<3}" for lang in languages))
    voices = Counter((r["language"], r["voice"]) for r in data)
    for voice in CLAIM_VOICES + HONEST_VOICES:
        lines.append(f"voice {voice:<11}" + "".join(f"{voices[lang, voice]:>9}" for lang in languages))
    forms = Counter((r["language"], r["form"]) for r in data if r["label"] == 1)
    for form in FORMS:
        lines.append(f"claim form {form:<6}" + "".join(f"{forms[lang, form]:>9}" for lang in languages))
    return "\n".join(lines)


def main() -> None:
    from plugin.core import human_claims

    from . import scenes, workflow

    data = rows()
    print(table(data))
    singular = Counter(r["language"] for r in data if r["label"] == 1 and human_claims.first_person_singular(r["text"]))
    print("claims speaking in the first person singular: "
          + ", ".join(f"{lang} {singular[lang]} of 60" for lang in sorted({r["language"] for r in data})))
    found = problems(data) + near_duplicates(data, voices.rows() + scenes.rows() + workflow.rows())
    print("\n".join(found) or f"{len(data)} rows, no problems")


if __name__ == "__main__":
    main()
