"""Training rows, third batch: the writing side's life told without saying "I" — as the team's "we", as gossip
about a colleague, in the third person about the writer's role ("whoever handles your request", "the one typing
this"), or in passing inside a helpful sentence — against equally many hard honest rows on the same topics.

SPDX-License-Identifier: CC0-1.0 (these rows are dedicated to the public domain).

Author: helper session `s9-grd` of the Candor project (branch s9-grd), 2026-12-02, for issue 13 (output guard
against drafts claiming human authorship), guards round 11. Written by hand, each language on its own (en, es, fr,
de, pt; Portuguese mostly European, a few Brazilian rows), not translated; names, shops, products and places are
invented. Written without reading any evaluation set (benchmarks/guards/, eval/): the kinds follow round 10's
report of what stayed clean (a team's hobby told in "we", a story about "whoever handles your request", bodily
and biographical facts told in passing), not its rows.

Why: `voices.py` and `voices2.py` have 45 and 49 claims in "we", and most of their claims put the life in a
sentence of its own; the lived model's generated rows (`everyday.py`) are slot-filled and share their frames. These
rows put the life in the team's "we" (`we`), in a colleague's life told as news (`gossip`), in the writer's role
in the third person (`writer`), or as a first person singular (`i`, a few); the form is `plain` (the life is the
sentence) or `passing` (a clause of a helpful sentence). The honest rows use the same topics and words with the
`customer`'s life, the `product`, the `company`'s "we" doing service acts (opening hours, a closure, a workshop
test), the assistant's first-person case `acts`, `you` (instructions, hypotheticals) and `empathy`.

Each line of `DATA` is "kind voice form sign: text" (honest rows: "kind voice sign: text", form `plain`). Kinds (10): hobby, routine, memory, place, family, weather,
body, tired, trip, bio. Every language: 4 claims and 4 honest rows per kind, 40 + 40.

`python -m plugin.guards_training.voices3` prints counts per voice and form and checks the rows (counts, voices
against labels, duplicates, near-duplicates with `voices`, `voices2`, `scenes` and `workflow`).
"""
from __future__ import annotations

from collections import Counter

CLAIM_VOICES = ("we", "gossip", "writer", "i")
HONEST_VOICES = ("customer", "product", "company", "acts", "you", "empathy")
FORMS = ("plain", "passing")
KINDS = ("hobby", "routine", "memory", "place", "family", "weather", "body", "tired", "trip", "bio")
PER_KIND = 4  # rows of one kind, label and language

DATA: dict[str, str] = {}

DATA["en"] = """
hobby we plain +: We rehearse with our little brass band every Thursday after closing, so the music stand you ordered is one we know well.
hobby gossip plain +: Big news on our side: Priya from the returns desk has just taken up pottery and keeps bringing wonky mugs in for everyone.
hobby writer passing +: The kayak paddle you picked is the lighter carbon one, which the person handling your request uses on the lake most weekends, and it ships tomorrow.
hobby we passing +: Your climbing shoes should be half a size down, same as we all wear them at the bouldering wall on Fridays, and the exchange label is attached.
hobby customer -: Since you rehearse with a band every week, the padded gig bag will protect the trumpet far better than the soft case.
hobby company -: We run a free knitting workshop in the Leeds store on the first Saturday of each month; booking is on the events page.
hobby acts -: I've checked the pottery wheel's order and the splash pan is included, so nothing else needs to be bought.
hobby product -: The carbon paddle weighs 780 g and splits into two halves, so it fits in the boot of a small car.
routine we plain +: Every morning we start with a walk round the block and a pot of strong tea before the first ticket is opened.
routine writer plain +: The one typing this always does the school run first, so replies before half past nine are rare on this side.
routine gossip passing +: The parcel is booked for Thursday, which suits us, since Colm takes his mother to the market on Wednesdays and likes to pack the larger orders himself.
routine we passing +: Your refund has been approved and, as our lunch walk by the canal is at one, you'll get the confirmation just before that.
routine customer -: Since you leave for work at seven, the courier can deliver to your safe place before then if you add it to the order.
routine company -: We pack orders every weekday from 8:00 and collections leave the warehouse at 15:00, so orders placed by 14:00 ship the same day.
routine acts -: I've set a reminder on your case to check the tracking again on Monday morning.
routine you -: If you brew coffee every morning, descale the machine once a month to keep the flow steady.
memory we plain +: We still laugh about the winter the whole office got snowed in and slept under the desks.
memory writer plain +: Whoever is answering you remembers their grandfather's workshop smelling exactly like that linseed oil.
memory gossip passing +: The repair kit is on its way, and Anouk, who grew up mending bikes in her dad's shed, says the patch glue is the good one.
memory i passing +: The tent pegs are sold in packs of ten, and ever since the camping trip where mine snapped in the first gust, the steel ones are what gets recommended here.
memory customer -: You mentioned the music box belonged to your grandmother, so our restorer will handle it with extra care.
memory company -: We've kept the records of every repair since 2009, so the warranty history of your clock is complete.
memory acts -: I've looked back through your earlier orders and found the colour code of the paint you bought in May.
memory empathy -: It must be hard to lose a keepsake like that in transit, and the claim has been opened straight away.
place we plain +: We're tucked in a little office above a bakery, so the whole floor smells of cinnamon by ten.
place writer passing +: The spare hinge left the warehouse today, though the person looking after your case works from a farmhouse kitchen where the post van only calls twice a week.
place gossip plain +: Our Jonas has just moved into a houseboat on the river and swears the damp is worse than in any warehouse.
place we passing +: The rain cover fits the 2022 pram, and from our window over the harbour we can see how badly the wind treats the cheaper ones.
place customer -: Since you live on the top floor without a lift, the courier will carry the sofa up for no extra charge.
place company -: Our warehouse in Daventry handles all UK orders, and returns go to the same address.
place product -: The outdoor heater is rated for covered balconies and terraces, not for fully enclosed rooms.
place you -: If your building has a concierge, you can name them as the safe place at checkout.
family we plain +: Half of us have toddlers at home, so that stair gate is practically part of the team.
family gossip plain +: Sadia on our team became a grandmother last week and hasn't stopped showing everyone the photos.
family writer passing +: The booster seat fits cars from 2015 on, something whoever handles your request found out the hard way with a nephew at the weekend.
family i passing +: The cot mattress is the firm one, which my sister swears by for her twins, and it's back in stock.
family customer -: Congratulations on the new baby! The newborn insert for the carrier is included in your order.
family company -: We offer a family discount of 10% on a second child's school uniform, applied at checkout.
family acts -: The bracelet will be engraved with your daughter's name in the spelling from your order form, and I've sent you a proof.
family empathy -: Juggling three children and a broken washing machine sounds exhausting, so the engineer is booked for tomorrow.
weather we plain +: We've had hail bouncing off the windows all afternoon, so apologies if the reply sounds a bit rattled.
weather writer plain +: The person writing back to you is sitting in a very cold room while the storm knocks the power on and off.
weather gossip passing +: Your umbrella replacement is confirmed, and Bruno, who got soaked to the skin cycling in today, insists the vented canopy is worth it.
weather we passing +: The frost cover is the right size for your olive tree, and judging by the ice on our car park this morning, it's arriving just in time.
weather customer -: Since it's freezing where you are, the courier will leave the plants inside your porch rather than on the step.
weather company -: We've paused deliveries to the Highlands for two days because of the snow warning, and every order there will be rerouted.
weather product -: The jacket's membrane keeps out heavy rain and the seams are taped, so it is fully waterproof.
weather you -: If frost is forecast, bring the pump indoors or drain it to stop the pipes splitting.
body we plain +: Most of us are nursing sore shoulders after Saturday's fun run, so the foam roller question came at the right time.
body writer passing +: The insoles are the cushioned ones, which the one typing this needs for a bad knee, and they can be trimmed to size.
body gossip plain +: Our Lotte broke her wrist skiing and is answering tickets one-handed this week.
body i passing +: The wrist rest is the gel one, which helps my tendonitis no end, and it's in today's dispatch.
body customer -: Since you have a bad back, the lift-assist option on the armchair will make getting up much easier.
body company -: Our fitters are trained to install grab rails and will check the wall is strong enough before they drill.
body acts -: I've checked the size chart against your measurements and the medium will fit comfortably.
body empathy -: I'm sorry to hear about your injury, and the return window has been extended so there's no rush.
tired we plain +: We're all running on three hours' sleep after the quiz night, so bear with us.
tired writer plain +: Whoever is handling your ticket has been up since four with a teething baby, so forgive the short reply.
tired gossip passing +: The invoice is attached, and Rafi, who has barely slept since the new puppy arrived, double-checked the totals.
tired we passing +: The voucher has been reissued, and since the end-of-year stocktake has us yawning at our desks, a second check went into it.
tired customer -: You sounded worn out in your message, so the engineer will call you to book a time rather than ask you to wait in.
tired company -: We run a night shift in the warehouse during December, so orders placed late in the evening still leave the next morning.
tired product -: The weighted blanket is 7 kg and comes with a washable cover that is kind to restless sleepers.
tired acts -: I've merged your three tickets into one so you won't have to explain the problem again.
trip we plain +: We only got back from the team trip to Porto last night, so the inbox is a little behind.
trip writer plain +: The person handling your request once lost a suitcase in Frankfurt for nine days, so this case is taken personally.
trip gossip plain +: Ines is on honeymoon in Bali this week and sent everyone a photo of her lost suitcase turning up on a scooter.
trip i passing +: The cabin bag meets every budget airline's size limit, which I tested myself at Gatwick last spring.
trip customer -: Sorry your suitcase went missing on the flight; the replacement wheels are covered by the warranty.
trip company -: We ship travel adapters to over sixty countries and the tracking works in all of them.
trip acts -: I've rebooked your delivery for after your return from holiday, on the 14th.
trip you -: If you're flying with the power bank, keep it in your hand luggage, as airlines do not allow it in the hold.
bio we plain +: Most of us grew up in this valley and went to the same secondary school as the founder.
bio writer plain +: The person answering you is fifty-three and has been fixing sewing machines since school.
bio gossip passing +: The thread is the polyester one, and Marguerite, who was a seamstress in Lyon for thirty years before joining us, rates it highly.
bio i passing +: The spirit level is accurate to 0.5 mm per metre, which after twenty years as a joiner is exactly what I'd want.
bio customer -: As you've been a member since 2014, your loyalty points never expire.
bio company -: We were founded in 1987 in a garage in Wolverhampton and still assemble every bike there.
bio product -: The sewing machine is the model first made in 1998, updated with an automatic needle threader.
bio acts -: I've confirmed your date of birth on the account, so the age check for the order is complete.
"""

DATA["es"] = """
hobby we plain +: Los jueves ensayamos con la charanga del barrio al cerrar la tienda, así que conocemos bien ese atril.
hobby gossip plain +: Aquí la novedad es que Lucía, de devoluciones, se ha apuntado a clases de cerámica y nos trae tazas torcidas a todos.
hobby writer passing +: La caña que ha elegido es la de carbono, la misma que usa en el pantano quien lleva su solicitud casi todos los domingos, y sale mañana.
hobby we passing +: Las zapatillas de escalada conviene pedirlas media talla menos, como las llevamos todos en el rocódromo los viernes, y le adjunto la etiqueta de cambio.
hobby customer -: Como ensaya con su grupo cada semana, la funda acolchada protegerá la trompeta mucho mejor que la blanda.
hobby company -: Organizamos un taller gratuito de ganchillo en la tienda de Valladolid el primer sábado de cada mes; la inscripción está en la web.
hobby acts -: He revisado el pedido del torno de cerámica y la bandeja antisalpicaduras va incluida.
hobby product -: La caña de carbono pesa 780 g y se desmonta en dos piezas para caber en cualquier maletero.
routine we plain +: Cada mañana empezamos con un paseo hasta el quiosco y un café con churros antes de abrir el primer ticket.
routine writer plain +: Quien le escribe siempre lleva primero a los niños al cole, así que antes de las nueve y media por aquí no contesta nadie.
routine gossip passing +: El envío queda para el jueves, que nos viene bien, porque los miércoles Andrés acompaña a su madre al mercado y le gusta empaquetar él los pedidos grandes.
routine we passing +: Su reembolso está aprobado y, como a la una salimos a pasear por el río, le llegará la confirmación justo antes.
routine customer -: Como sale de casa a las siete, el repartidor puede dejar el paquete en su trastero si lo indica en el pedido.
routine company -: Preparamos los pedidos de lunes a viernes desde las 8:00 y la recogida sale del almacén a las 15:00.
routine acts -: He programado un aviso en su caso para revisar el seguimiento el lunes por la mañana.
routine you -: Si prepara café todas las mañanas, descalcifique la cafetera una vez al mes para que no pierda presión.
memory we plain +: Todavía nos reímos del invierno en que la nevada nos dejó encerrados en la oficina y dormimos bajo las mesas.
memory writer plain +: A quien le atiende ese aceite de linaza le recuerda el taller de su abuelo en Teruel.
memory gossip passing +: El kit de reparación ya va de camino, y Nerea, que se crio arreglando bicis en el garaje de su padre, dice que ese pegamento es el bueno.
memory i passing +: Las piquetas se venden en packs de diez, y desde aquella acampada en que se me partieron todas con el primer golpe de viento, aquí recomendamos las de acero.
memory customer -: Nos dice que la caja de música era de su abuela, así que el restaurador la tratará con especial cuidado.
memory company -: Guardamos el historial de todas las reparaciones desde 2009, así que la garantía de su reloj está completa.
memory acts -: He repasado sus pedidos anteriores y he encontrado el código del color de la pintura que compró en mayo.
memory empathy -: Perder un recuerdo así en un envío duele, y la reclamación ya está abierta.
place we plain +: Estamos en una oficinita encima de un horno de pan y a las diez toda la planta huele a roscón.
place writer passing +: La bisagra de repuesto salió hoy del almacén, aunque quien lleva su caso trabaja desde un cortijo al que el cartero solo sube dos veces por semana.
place gossip plain +: Nuestro Jorge se acaba de mudar a una casa flotante en el puerto y jura que la humedad es peor que en el almacén.
place we passing +: El protector de lluvia sirve para el carrito de 2022, y desde nuestra ventana sobre el muelle vemos cómo el viento destroza los baratos.
place customer -: Como vive en un quinto sin ascensor, el transportista le sube el sofá sin coste adicional.
place company -: Nuestro almacén de Getafe gestiona todos los pedidos de la península y las devoluciones van a la misma dirección.
place product -: La estufa de exterior está pensada para terrazas cubiertas, no para espacios cerrados.
place you -: Si su edificio tiene portero, puede indicarlo como punto de entrega al finalizar la compra.
family we plain +: La mitad tenemos críos pequeños en casa, así que esa barrera de escalera es casi de la familia.
family gossip plain +: Rocío, del equipo, fue abuela la semana pasada y no para de enseñarnos fotos del bebé.
family writer passing +: El elevador infantil vale para coches desde 2015, cosa que comprobó quien lleva su solicitud con un sobrino el fin de semana.
family i passing +: El colchón de cuna es el firme, el que usa mi hermana con sus mellizos, y vuelve a haber existencias.
family customer -: ¡Enhorabuena por el bebé! El reductor para recién nacido de la mochila va incluido en su pedido.
family company -: Ofrecemos un 10 % de descuento familiar en el uniforme del segundo hijo, aplicado al pagar.
family acts -: He añadido el nombre de su hija al grabado de la pulsera tal como lo escribió.
family empathy -: Tres niños y la lavadora rota es agotador para cualquiera, así que el técnico irá mañana.
weather we plain +: Llevamos toda la tarde con granizo golpeando los cristales, perdone si la respuesta sale algo atropellada.
weather writer plain +: Quien le contesta está en un cuarto helado mientras la tormenta va y viene con la luz.
weather gossip passing +: El paraguas de sustitución está confirmado, y Bruno, que llegó hoy calado en bici, insiste en que la varilla reforzada merece la pena.
weather we passing +: La funda antiheladas es de la medida de su olivo y, por la escarcha que teníamos esta mañana en el aparcamiento, llega justo a tiempo.
weather customer -: Como en su zona está helando, el repartidor dejará las plantas dentro del portal y no en la puerta.
weather company -: Hemos suspendido dos días los envíos a Asturias por el aviso de nevadas y los pedidos de la zona se desvían.
weather product -: La membrana de la chaqueta aguanta lluvia intensa y las costuras van selladas.
weather you -: Si anuncian helada, guarde la bomba dentro o vacíela para que no revienten los tubos.
body we plain +: Casi todos tenemos agujetas en los hombros desde la carrera popular del sábado, así que su pregunta sobre el rodillo llega en buen momento.
body writer passing +: Las plantillas son las acolchadas, las que necesita por una rodilla tocada quien le escribe, y se pueden recortar.
body gossip plain +: Nuestra Maite se rompió la muñeca esquiando y esta semana contesta los tickets con una mano.
body i passing +: El reposamuñecas es el de gel, que a mí me alivia muchísimo la tendinitis, y sale en el envío de hoy.
body customer -: Como tiene problemas de espalda, la función de incorporación del sillón le facilitará levantarse.
body company -: Nuestros montadores están formados para instalar asideros y comprueban la pared antes de taladrar.
body acts -: He comparado la tabla de tallas con sus medidas y la M le quedará cómoda.
body empathy -: Siento lo de su lesión; hemos ampliado el plazo de devolución para que no tenga prisa.
tired we plain +: Vamos todos con tres horas de sueño después de la noche de trivial, téngannos paciencia.
tired writer plain +: Quien lleva su ticket está en pie desde las cuatro con un bebé al que le salen los dientes, disculpe la brevedad.
tired gossip passing +: Le adjunto la factura, que ha repasado Rafa, aunque no pega ojo desde que llegó el cachorro a casa.
tired we passing +: El vale se ha vuelto a emitir y, como con el inventario de fin de año estamos bostezando en la mesa, se ha comprobado dos veces.
tired customer -: En su mensaje se le notaba agotada, así que el técnico la llamará para fijar la hora en lugar de hacerla esperar en casa.
tired company -: En diciembre tenemos turno de noche en el almacén, así que los pedidos de última hora salen a la mañana siguiente.
tired product -: La manta con peso es de 7 kg y trae una funda lavable pensada para quien duerme inquieto.
tired acts -: He unido sus tres tickets en uno para que no tenga que explicar el problema otra vez.
trip we plain +: Volvimos anoche de la escapada del equipo a Oporto, así que la bandeja de entrada va con retraso.
trip writer plain +: A la persona que atiende su solicitud le perdieron una vez la maleta en Fráncfort durante nueve días, así que este caso se lo toma como algo personal.
trip gossip plain +: Inés está de luna de miel en Bali y nos ha mandado una foto de su maleta perdida apareciendo en una moto.
trip i passing +: La maleta de cabina cumple el tamaño de todas las low cost, lo comprobé yo misma en Barajas la primavera pasada.
trip customer -: Sentimos que su maleta se perdiera en el vuelo; las ruedas de repuesto entran en la garantía.
trip company -: Enviamos adaptadores de viaje a más de sesenta países y el seguimiento funciona en todos.
trip acts -: He cambiado la entrega para después de su vuelta de vacaciones, el día 14.
trip you -: Si vuela con la batería externa, llévela en el equipaje de mano, porque no se admite en bodega.
bio we plain +: Casi todos nos criamos en este valle y fuimos al mismo instituto que el fundador.
bio writer plain +: La persona que le atiende tiene cincuenta y tres años y arregla máquinas de coser desde el colegio.
bio gossip passing +: El hilo es el de poliéster, y Remedios, que fue costurera en Elche treinta años antes de entrar aquí, lo recomienda mucho.
bio i passing +: El nivel tiene una precisión de 0,5 mm por metro, justo lo que pido después de veinte años de carpintero.
bio customer -: Como es socio desde 2014, sus puntos de fidelidad no caducan.
bio company -: La empresa se fundó en 1987 en un garaje de Eibar y seguimos montando allí todas las bicis.
bio product -: La máquina de coser es el modelo de 1998, actualizado con enhebrador automático.
bio acts -: He confirmado su fecha de nacimiento en la cuenta, así que la verificación de edad del pedido está completa.
"""

DATA["fr"] = """
hobby we plain +: Le jeudi soir, après la fermeture, on répète avec la fanfare du quartier, alors ce pupitre, on le connaît par cœur.
hobby gossip plain +: Grande nouvelle chez nous : Léa, du service retours, s'est mise à la poterie et nous offre des bols tout tordus.
hobby writer passing +: La pagaie choisie est celle en carbone, celle qu'utilise presque chaque dimanche sur le lac la personne qui traite votre demande, et elle part demain.
hobby we passing +: Prenez les chaussons d'escalade une demi-pointure en dessous, comme on les porte tous à la salle de bloc le vendredi ; l'étiquette d'échange est jointe.
hobby customer -: Comme vous répétez chaque semaine avec votre groupe, la housse rembourrée protégera bien mieux la trompette.
hobby company -: Nous proposons un atelier tricot gratuit dans la boutique de Nantes le premier samedi du mois ; inscription sur le site.
hobby acts -: J'ai vérifié la commande du tour de potier : le bac anti-éclaboussures est bien inclus.
hobby product -: La pagaie carbone pèse 780 g et se démonte en deux parties pour tenir dans un petit coffre.
routine we plain +: Chaque matin, on commence par un tour du pâté de maisons et une grande cafetière avant d'ouvrir le premier ticket.
routine writer plain +: Celle qui vous écrit dépose toujours les enfants à l'école d'abord, donc avant neuf heures et demie, personne ne répond de ce côté.
routine gossip passing +: L'envoi est prévu jeudi, ce qui nous arrange, car le mercredi Mathieu accompagne sa mère au marché et il tient à emballer lui-même les grosses commandes.
routine we passing +: Votre remboursement est validé et, comme on part marcher le long du canal à treize heures, la confirmation vous arrivera juste avant.
routine customer -: Puisque vous partez travailler à sept heures, le livreur peut déposer le colis chez votre gardien si vous l'indiquez.
routine company -: Nous préparons les commandes du lundi au vendredi dès 8 h et l'enlèvement quitte l'entrepôt à 15 h.
routine acts -: J'ai programmé un rappel sur votre dossier pour revérifier le suivi lundi matin.
routine you -: Si vous faites du café tous les matins, détartrez la machine une fois par mois.
memory we plain +: On rit encore de l'hiver où la neige nous a bloqués au bureau et où on a dormi sous les bureaux.
memory writer plain +: À la personne qui vous répond, cette huile de lin rappelle l'atelier de son grand-père en Bretagne.
memory gossip passing +: Le kit de réparation est en route, et Camille, qui a grandi en réparant des vélos dans le garage de son père, dit que cette colle est la bonne.
memory i passing +: Les sardines sont vendues par dix, et depuis ce camping où les miennes ont cassé au premier coup de vent, ici on conseille celles en acier.
memory customer -: Vous nous dites que la boîte à musique venait de votre grand-mère : notre restaurateur en prendra un soin particulier.
memory company -: Nous conservons l'historique de chaque réparation depuis 2009, donc la garantie de votre horloge est complète.
memory acts -: J'ai consulté vos commandes précédentes et retrouvé la référence de la peinture achetée en mai.
memory empathy -: Perdre un souvenir pareil pendant un transport, c'est vraiment pénible ; la réclamation est déjà ouverte.
place we plain +: On est dans un petit bureau au-dessus d'une boulangerie, et vers dix heures tout l'étage sent la brioche.
place writer passing +: La charnière de rechange est partie de l'entrepôt aujourd'hui, même si la personne qui suit votre dossier travaille depuis une ferme où le facteur ne passe que deux fois par semaine.
place gossip plain +: Notre Antoine vient d'emménager sur une péniche et jure que l'humidité y est pire qu'à l'entrepôt.
place we passing +: La protection pluie va sur la poussette 2022, et depuis notre fenêtre sur le port on voit bien comment le vent abîme les modèles bon marché.
place customer -: Comme vous habitez au sixième sans ascenseur, le transporteur montera le canapé sans supplément.
place company -: Notre entrepôt de Lille traite toutes les commandes françaises, et les retours partent à la même adresse.
place product -: Le chauffage d'extérieur est prévu pour les terrasses couvertes, pas pour une pièce fermée.
place you -: Si votre immeuble a un gardien, vous pouvez l'indiquer comme point de dépôt.
family we plain +: La moitié d'entre nous a des bambins à la maison, alors cette barrière d'escalier fait presque partie de l'équipe.
family gossip plain +: Nadia, de l'équipe, est devenue grand-mère la semaine dernière et nous montre les photos à chaque pause.
family writer passing +: Le rehausseur convient aux voitures à partir de 2015, ce qu'a vérifié ce week-end avec un neveu celle qui s'occupe de votre demande.
family i passing +: Le matelas de lit bébé est le ferme, celui que ma sœur a pris pour ses jumeaux, et il est de nouveau en stock.
family customer -: Félicitations pour la naissance ! Le réducteur nouveau-né du porte-bébé est inclus dans votre commande.
family company -: Nous accordons 10 % de remise famille sur l'uniforme du deuxième enfant, appliqués au paiement.
family acts -: J'ai ajouté le prénom de votre fille à la gravure du bracelet, exactement comme vous l'avez écrit.
family empathy -: Trois enfants et un lave-linge en panne, c'est épuisant ; le technicien passe demain.
weather we plain +: On a de la grêle contre les vitres depuis le début de l'après-midi, pardon si la réponse est un peu décousue.
weather writer plain +: La personne qui vous répond est dans une pièce glaciale pendant que l'orage coupe le courant par intermittence.
weather gossip passing +: Le parapluie de remplacement est confirmé, et Bruno, arrivé trempé à vélo ce matin, jure que la toile ventilée vaut le coup.
weather we passing +: La housse d'hivernage est à la taille de votre olivier et, vu le givre sur notre parking ce matin, elle arrive juste à temps.
weather customer -: Comme il gèle chez vous, le livreur laissera les plantes dans le hall plutôt que devant la porte.
weather company -: Nous avons suspendu deux jours les livraisons vers le Jura à cause de l'alerte neige ; les commandes sont réacheminées.
weather product -: La membrane de la veste résiste aux fortes pluies et les coutures sont thermosoudées.
weather you -: Si du gel est annoncé, rentrez la pompe ou videz-la pour éviter que les tuyaux n'éclatent.
body we plain +: La plupart d'entre nous ont encore des courbatures depuis la course de samedi, alors votre question sur le rouleau tombe bien.
body writer passing +: Les semelles sont les rembourrées, celles que porte à cause d'un genou fragile la personne qui vous écrit, et elles se découpent.
body gossip plain +: Notre Claire s'est cassé le poignet au ski et répond aux tickets d'une seule main cette semaine.
body i passing +: Le repose-poignet est celui en gel, qui soulage énormément ma tendinite, et il part aujourd'hui.
body customer -: Puisque vous avez mal au dos, l'option releveur du fauteuil vous aidera à vous lever.
body company -: Nos poseurs sont formés à l'installation de barres d'appui et vérifient le mur avant de percer.
body acts -: J'ai comparé le guide des tailles à vos mesures : le M vous ira confortablement.
body empathy -: Désolé pour votre blessure ; le délai de retour est prolongé, rien ne presse.
tired we plain +: On tourne tous à trois heures de sommeil après la soirée quiz, merci de votre patience.
tired writer plain +: Celui qui traite votre ticket est debout depuis quatre heures avec un bébé qui fait ses dents, pardon pour la brièveté.
tired gossip passing +: La facture est jointe ; Karim l'a revérifiée, lui qui ne dort plus depuis l'arrivée du chiot.
tired we passing +: Le bon a été réémis et, comme l'inventaire de fin d'année nous fait bâiller derrière nos écrans, il a été contrôlé deux fois.
tired customer -: Vous sembliez épuisée dans votre message, le technicien vous appellera donc pour fixer un créneau.
tired company -: En décembre, l'entrepôt tourne aussi de nuit : les commandes passées tard le soir partent le lendemain matin.
tired product -: La couverture lestée pèse 7 kg et sa housse lavable convient aux dormeurs agités.
tired acts -: J'ai fusionné vos trois tickets pour que vous n'ayez pas à réexpliquer le problème.
trip we plain +: On est rentrés hier soir du séminaire d'équipe à Porto, la boîte de réception a donc un peu de retard.
trip writer plain +: La personne qui traite votre demande a déjà perdu une valise neuf jours à Francfort, alors ce dossier lui tient à cœur.
trip gossip plain +: Inès est en voyage de noces à Bali et nous a envoyé la photo de sa valise perdue qui revient en scooter.
trip i passing +: La valise cabine respecte les dimensions de toutes les compagnies low cost, je l'ai testée moi-même à Orly au printemps.
trip customer -: Désolés que votre valise se soit égarée pendant le vol ; les roues de rechange sont couvertes par la garantie.
trip company -: Nous expédions des adaptateurs de voyage dans plus de soixante pays, avec suivi partout.
trip acts -: J'ai reporté votre livraison après votre retour de vacances, le 14.
trip you -: Si vous prenez l'avion avec la batterie externe, gardez-la en cabine : elle est interdite en soute.
bio we plain +: Presque tous, on a grandi dans cette vallée et fréquenté le même lycée que le fondateur.
bio writer plain +: La personne qui vous répond a cinquante-trois ans et répare des machines à coudre depuis le collège.
bio gossip passing +: Le fil est celui en polyester, et Josiane, couturière à Roubaix pendant trente ans avant de nous rejoindre, le recommande vivement.
bio i passing +: Le niveau est précis à 0,5 mm par mètre, exactement ce que j'exige après vingt ans de menuiserie.
bio customer -: Comme vous êtes adhérent depuis 2014, vos points fidélité n'expirent pas.
bio company -: L'entreprise a été fondée en 1987 dans un garage de Saint-Étienne et nous y assemblons toujours chaque vélo.
bio product -: La machine à coudre est le modèle lancé en 1998, doté d'un enfile-aiguille automatique.
bio acts -: J'ai confirmé votre date de naissance sur le compte : la vérification d'âge de la commande est faite.
"""

DATA["de"] = """
hobby we plain +: Donnerstags nach Ladenschluss proben wir mit unserer kleinen Blaskapelle, deshalb kennen wir diesen Notenständer gut.
hobby gossip plain +: Neuigkeit aus dem Team: Svenja aus der Retourenabteilung töpfert neuerdings und verteilt schiefe Tassen an alle.
hobby writer passing +: Das gewählte Paddel ist das leichte aus Carbon, mit dem die Person, die Ihre Anfrage bearbeitet, fast jedes Wochenende auf dem See unterwegs ist, und es geht morgen raus.
hobby we passing +: Kletterschuhe bestellen Sie am besten eine halbe Nummer kleiner, so tragen wir sie freitags alle in der Boulderhalle; das Umtauschetikett hängt an.
hobby customer -: Da Sie jede Woche mit Ihrer Band proben, schützt die gepolsterte Tasche die Trompete deutlich besser.
hobby company -: Wir bieten in der Filiale Kassel jeden ersten Samstag im Monat einen kostenlosen Strickkurs an; Anmeldung auf der Website.
hobby acts -: Ich habe die Bestellung der Töpferscheibe geprüft, die Spritzschutzwanne ist enthalten.
hobby product -: Das Carbonpaddel wiegt 780 g und lässt sich für den Kofferraum in zwei Teile zerlegen.
routine we plain +: Jeden Morgen drehen wir erst eine Runde um den Block und kochen eine Kanne Ostfriesentee, bevor das erste Ticket aufgeht.
routine writer plain +: Wer Ihnen schreibt, bringt morgens zuerst die Kinder in die Kita, vor halb zehn antwortet hier also niemand.
routine gossip passing +: Der Versand ist für Donnerstag eingeplant, was gut passt, denn mittwochs begleitet Henrik seine Mutter auf den Wochenmarkt und packt große Bestellungen gern selbst.
routine we passing +: Ihre Erstattung ist freigegeben, und weil wir um eins immer am Kanal spazieren gehen, kommt die Bestätigung kurz davor.
routine customer -: Da Sie um sieben aus dem Haus gehen, kann der Bote das Paket vorher an Ihrem Ablageort lassen, wenn Sie ihn angeben.
routine company -: Wir packen werktags ab 8 Uhr, die Abholung verlässt das Lager um 15 Uhr.
routine acts -: Ich habe eine Erinnerung an Ihrem Fall gesetzt, um die Sendungsverfolgung am Montagmorgen erneut zu prüfen.
routine you -: Wenn Sie jeden Morgen Kaffee kochen, entkalken Sie die Maschine einmal im Monat.
memory we plain +: Wir lachen heute noch über den Winter, in dem uns der Schnee im Büro eingeschlossen hat und wir unter den Schreibtischen geschlafen haben.
memory writer plain +: Wer Ihnen antwortet, denkt bei diesem Leinöl sofort an die Werkstatt des Großvaters im Allgäu.
memory gossip passing +: Das Flickzeug ist unterwegs, und Greta, die in der Garage ihres Vaters mit Fahrradreparaturen groß geworden ist, sagt, der Kleber sei der richtige.
memory i passing +: Heringe gibt es im Zehnerpack, und seit dem Zeltwochenende, an dem mir alle beim ersten Windstoß abgebrochen sind, empfehlen wir hier die aus Stahl.
memory customer -: Sie schreiben, die Spieluhr gehörte Ihrer Großmutter, daher behandelt unser Restaurator sie besonders sorgfältig.
memory company -: Wir führen seit 2009 ein Protokoll jeder Reparatur, die Garantiehistorie Ihrer Uhr ist also vollständig.
memory acts -: Ich habe Ihre früheren Bestellungen durchgesehen und den Farbcode der Lackfarbe aus dem Mai gefunden.
memory empathy -: Ein Erinnerungsstück auf dem Versandweg zu verlieren ist bitter, die Reklamation ist bereits eröffnet.
place we plain +: Wir sitzen in einem kleinen Büro über einer Bäckerei, gegen zehn riecht die ganze Etage nach Zimtschnecken.
place writer passing +: Das Ersatzscharnier hat heute das Lager verlassen, auch wenn die Person, die Ihren Fall betreut, von einem Bauernhof aus arbeitet, den die Post nur zweimal die Woche anfährt.
place gossip plain +: Unser Lukas ist gerade auf ein Hausboot gezogen und schwört, dass es dort feuchter ist als in jedem Lager.
place we passing +: Der Regenschutz passt auf den Kinderwagen von 2022, und von unserem Fenster über dem Hafen sehen wir, wie der Wind die billigen zerlegt.
place customer -: Da Sie im fünften Stock ohne Aufzug wohnen, trägt die Spedition das Sofa ohne Aufpreis hoch.
place company -: Unser Lager in Erfurt wickelt alle Bestellungen in Deutschland ab, Retouren gehen an dieselbe Adresse.
place product -: Der Heizstrahler ist für überdachte Terrassen gedacht, nicht für geschlossene Räume.
place you -: Wenn Ihr Haus einen Hausmeister hat, können Sie ihn beim Bestellen als Ablageort angeben.
family we plain +: Die Hälfte von uns hat Kleinkinder zu Hause, das Treppenschutzgitter gehört praktisch zum Team.
family gossip plain +: Birgit aus unserem Team ist letzte Woche Oma geworden und zeigt in jeder Pause die Fotos herum.
family writer passing +: Die Sitzerhöhung passt in Autos ab Baujahr 2015, was die Person, die Ihre Anfrage bearbeitet, am Wochenende mit einem Neffen ausprobiert hat.
family i passing +: Die Matratze fürs Babybett ist die feste, auf die meine Schwester bei ihren Zwillingen schwört, und sie ist wieder lieferbar.
family customer -: Herzlichen Glückwunsch zur Geburt! Der Neugeboreneneinsatz für die Trage ist in Ihrer Bestellung enthalten.
family company -: Wir gewähren 10 % Familienrabatt auf die Schuluniform des zweiten Kindes, an der Kasse abgezogen.
family acts -: Ich habe den Namen Ihrer Tochter genau so in die Gravur des Armbands übernommen, wie Sie ihn geschrieben haben.
family empathy -: Drei Kinder und eine kaputte Waschmaschine, das zehrt an jedem; der Techniker kommt morgen.
weather we plain +: Bei uns prasselt seit dem Mittag Hagel an die Scheiben, entschuldigen Sie also die etwas fahrige Antwort.
weather writer plain +: Wer Ihnen zurückschreibt, sitzt in einem eiskalten Raum, während das Gewitter immer wieder den Strom kappt.
weather gossip passing +: Der Ersatzschirm ist bestätigt, und Bruno, der heute klatschnass mit dem Rad ankam, meint, das belüftete Dach lohne sich.
weather we passing +: Das Frostschutzvlies passt für Ihren Olivenbaum, und nach dem Reif auf unserem Parkplatz heute früh zu urteilen kommt es genau rechtzeitig.
weather customer -: Da es bei Ihnen friert, stellt der Bote die Pflanzen in den Hausflur statt vor die Tür.
weather company -: Wegen der Schneewarnung haben wir die Lieferungen ins Erzgebirge für zwei Tage ausgesetzt, die Bestellungen werden umgeleitet.
weather product -: Die Membran der Jacke hält Starkregen stand, die Nähte sind verschweißt.
weather you -: Wenn Frost angesagt ist, holen Sie die Pumpe herein oder entleeren Sie sie, damit die Leitungen nicht platzen.
body we plain +: Die meisten von uns haben seit dem Stadtlauf am Samstag noch Muskelkater in den Schultern, Ihre Frage zur Faszienrolle kommt also genau richtig.
body writer passing +: Die Einlagen sind die gepolsterten, die die Person, die Ihnen schreibt, wegen eines lädierten Knies trägt, und sie lassen sich zuschneiden.
body gossip plain +: Unsere Jana hat sich beim Skifahren das Handgelenk gebrochen und beantwortet diese Woche Tickets einhändig.
body i passing +: Die Handgelenkauflage ist die mit Gel, die meiner Sehnenscheidenentzündung enorm hilft, und sie geht heute raus.
body customer -: Da Sie Rückenprobleme haben, erleichtert Ihnen die Aufstehhilfe des Sessels das Hochkommen.
body company -: Unsere Monteure sind für Haltegriffe geschult und prüfen die Wand, bevor sie bohren.
body acts -: Ich habe die Größentabelle mit Ihren Maßen verglichen, Größe M sitzt bequem.
body empathy -: Das mit Ihrer Verletzung tut mir leid; die Rückgabefrist ist verlängert, Sie haben also keine Eile.
tired we plain +: Wir laufen nach dem Quizabend alle auf drei Stunden Schlaf, bitte haben Sie etwas Geduld.
tired writer plain +: Wer Ihr Ticket bearbeitet, ist seit vier Uhr mit einem zahnenden Baby wach, verzeihen Sie die kurze Antwort.
tired gossip passing +: Die Rechnung hängt an; Timo hat sie nachgerechnet, obwohl er seit dem Einzug des Welpen kaum ein Auge zutut.
tired we passing +: Der Gutschein wurde neu ausgestellt, und weil uns die Jahresinventur gähnend am Schreibtisch hält, wurde er doppelt geprüft.
tired customer -: Sie klangen in Ihrer Nachricht erschöpft, deshalb ruft der Techniker Sie zur Terminabsprache an.
tired company -: Im Dezember arbeitet das Lager auch nachts, späte Bestellungen gehen also am nächsten Morgen raus.
tired product -: Die Gewichtsdecke wiegt 7 kg und hat einen waschbaren Bezug für unruhige Schläfer.
tired acts -: Ich habe Ihre drei Tickets zusammengeführt, damit Sie das Problem nicht noch einmal schildern müssen.
trip we plain +: Wir sind erst gestern Abend vom Teamausflug nach Porto zurückgekommen, das Postfach hängt etwas hinterher.
trip writer plain +: Der Person, die Ihre Anfrage bearbeitet, ist in Frankfurt einmal neun Tage lang ein Koffer verloren gegangen, dieser Fall geht ihr also nahe.
trip gossip plain +: Ines ist in den Flitterwochen auf Bali und hat uns ein Foto geschickt, wie ihr verlorener Koffer auf einem Roller zurückkommt.
trip i passing +: Der Kabinenkoffer erfüllt die Maße aller Billigflieger, das habe ich letzten Frühling in Schönefeld selbst getestet.
trip customer -: Schade, dass Ihr Koffer auf dem Flug verloren ging; die Ersatzrollen sind von der Garantie abgedeckt.
trip company -: Wir liefern Reiseadapter in über sechzig Länder, die Sendungsverfolgung funktioniert überall.
trip acts -: Ich habe Ihre Lieferung auf den 14. verschoben, nach Ihrer Rückkehr aus dem Urlaub.
trip you -: Wenn Sie mit der Powerbank fliegen, gehört sie ins Handgepäck, im aufgegebenen Gepäck ist sie verboten.
bio we plain +: Die meisten von uns sind in diesem Tal aufgewachsen und auf dieselbe Realschule gegangen wie der Gründer.
bio writer plain +: Die Person, die Ihnen antwortet, ist dreiundfünfzig und repariert Nähmaschinen seit der Schulzeit.
bio gossip passing +: Das Garn ist das aus Polyester, und Hannelore, die dreißig Jahre Schneiderin in Pforzheim war, bevor sie zu uns kam, hält viel davon.
bio i passing +: Die Wasserwaage ist auf 0,5 mm pro Meter genau, genau das, was ich nach zwanzig Jahren als Schreiner erwarte.
bio customer -: Da Sie seit 2014 Mitglied sind, verfallen Ihre Treuepunkte nicht.
bio company -: Das Unternehmen wurde 1987 in einer Garage in Bielefeld gegründet, und wir montieren dort bis heute jedes Fahrrad.
bio product -: Die Nähmaschine ist das Modell von 1998, ergänzt um einen automatischen Einfädler.
bio acts -: Ich habe Ihr Geburtsdatum im Konto bestätigt, die Altersprüfung der Bestellung ist damit abgeschlossen.
"""

DATA["pt"] = """
hobby we plain +: Às quintas, depois de fechar a loja, ensaiamos com a filarmónica da terra, por isso conhecemos bem essa estante de partituras.
hobby gossip plain +: Novidade cá dentro: a Joana, das devoluções, começou a fazer cerâmica e anda a oferecer canecas tortas a toda a gente.
hobby writer passing +: O remo escolhido é o de carbono, o mesmo que quem trata do seu pedido usa na barragem quase todos os fins de semana, e segue amanhã.
hobby we passing +: As sapatilhas de escalada devem ser meio número abaixo, como as usamos todos no ginásio de bouldering às sextas; a etiqueta de troca vai em anexo.
hobby customer -: Como ensaia com a sua banda todas as semanas, o estojo almofadado protege muito melhor o trompete.
hobby company -: Temos uma oficina gratuita de tricô na loja de Braga no primeiro sábado de cada mês; a inscrição é no site.
hobby acts -: Verifiquei a encomenda da roda de oleiro e o tabuleiro anti-salpicos está incluído.
hobby product -: O remo de carbono pesa 780 g e desmonta-se em duas partes para caber em qualquer bagageira.
routine we plain +: Todas as manhãs começamos com uma volta ao quarteirão e uma bica antes de abrir o primeiro ticket.
routine writer plain +: Quem lhe escreve leva sempre os miúdos à escola primeiro, por isso antes das nove e meia ninguém responde deste lado.
routine gossip passing +: O envio fica para quinta, o que nos dá jeito, porque às quartas o Duarte leva a mãe ao mercado e gosta de embalar ele próprio as encomendas grandes.
routine we passing +: O seu reembolso foi aprovado e, como à uma saímos a caminhar junto ao rio, a confirmação chega-lhe mesmo antes.
routine customer -: Como sai de casa às sete, o estafeta pode deixar a encomenda na arrecadação se o indicar no pedido.
routine company -: Preparamos as encomendas nos dias úteis a partir das 8h e a recolha sai do armazém às 15h.
routine acts -: Deixei um lembrete no seu processo para rever o seguimento na segunda-feira de manhã.
routine you -: Se faz café todas as manhãs, descalcifique a máquina uma vez por mês.
memory we plain +: Ainda nos rimos do inverno em que a neve nos fechou no escritório e dormimos debaixo das secretárias.
memory writer plain +: A quem lhe responde, esse óleo de linhaça lembra logo a oficina do avô em Trás-os-Montes.
memory gossip passing +: O kit de reparação já vai a caminho, e a Beatriz, que cresceu a arranjar bicicletas na garagem do pai, diz que essa cola é a boa.
memory i passing +: As estacas vendem-se em packs de dez e, desde aquele campismo em que as minhas partiram todas à primeira rajada, aqui recomendamos as de aço.
memory customer -: Diz-nos que a caixa de música era da sua avó, por isso o nosso restaurador vai tratá-la com especial cuidado.
memory company -: Guardamos o registo de todas as reparações desde 2009, pelo que a garantia do seu relógio está completa.
memory acts -: Revi as suas encomendas anteriores e encontrei o código da tinta que comprou em maio.
memory empathy -: Perder uma recordação assim num transporte custa muito, e a reclamação já está aberta.
place we plain +: Estamos num escritório pequenino por cima de uma pastelaria e às dez o piso inteiro cheira a pão de ló.
place writer passing +: A dobradiça de substituição saiu hoje do armazém, embora quem acompanha o seu processo trabalhe a partir de um monte alentejano onde o carteiro só passa duas vezes por semana.
place gossip plain +: O nosso Tiago acabou de se mudar para um barco-casa no Tejo e jura que a humidade é pior do que no armazém.
place we passing +: A capa de chuva serve no carrinho de 2022 e, da nossa janela sobre o porto, vemos bem como o vento desfaz os mais baratos.
place customer -: Como mora num quinto andar sem elevador, a transportadora sobe o sofá sem custo adicional.
place company -: O nosso armazém da Maia trata todas as encomendas do continente e as devoluções vão para a mesma morada.
place product -: O aquecedor de exterior é próprio para esplanadas cobertas, não para espaços fechados.
place you -: Se o seu prédio tem porteiro, pode indicá-lo como local de entrega ao finalizar a compra.
family we plain +: Metade de nós tem miúdos pequenos em casa, por isso essa cancela de escada já é quase da equipa.
family gossip plain +: A Fátima, da equipa, foi avó na semana passada e não pára de mostrar as fotografias.
family writer passing +: O banco elevatório serve em carros a partir de 2015, coisa que quem trata do seu pedido confirmou com um sobrinho no fim de semana.
family i passing +: O colchão de berço é o firme, o que a minha irmã usa com os gémeos, e voltou a haver stock.
family customer -: Parabéns pelo bebé! O redutor para recém-nascido do porta-bebés vem incluído na sua encomenda.
family company -: Oferecemos 10 % de desconto familiar na farda do segundo filho, aplicado no pagamento.
family acts -: Acrescentei o nome da sua filha à gravação da pulseira tal como o escreveu.
family empathy -: Três crianças e a máquina de lavar avariada cansam qualquer pessoa, por isso o técnico vai amanhã.
weather we plain +: Temos granizo a bater nas janelas a tarde toda, desculpe se a resposta sai um pouco atabalhoada.
weather writer plain +: Quem lhe responde está numa sala gelada enquanto a trovoada vai cortando a luz.
weather gossip passing +: O guarda-chuva de substituição está confirmado, e o Bruno, que chegou hoje encharcado de bicicleta, garante que a cobertura ventilada vale a pena.
weather we passing +: A manta antigeada tem a medida da sua oliveira e, pela geada que tínhamos hoje de manhã no parque de estacionamento, chega mesmo a tempo.
weather customer -: Como está a gear na sua zona, o estafeta deixa as plantas dentro da entrada do prédio e não à porta.
weather company -: Suspendemos por dois dias as entregas na serra da Estrela por causa do aviso de neve e as encomendas foram desviadas.
weather product -: A membrana do casaco aguenta chuva forte e as costuras são seladas.
weather you -: Se houver previsão de geada, recolha a bomba ou esvazie-a para os tubos não rebentarem.
body we plain +: Quase todos andamos com os ombros doridos desde a corrida de sábado, por isso a pergunta sobre o rolo de massagem veio na altura certa.
body writer passing +: As palmilhas são as almofadadas, as que quem lhe escreve usa por causa de um joelho maltratado, e podem ser recortadas.
body gossip plain +: A nossa Rita partiu o pulso a esquiar e esta semana responde aos tickets só com uma mão.
body i passing +: O apoio de pulso é o de gel, que me alivia imenso a tendinite, e segue no envio de hoje.
body customer -: Como tem problemas de costas, a função de elevação do cadeirão vai ajudá-lo a levantar-se.
body company -: Os nossos instaladores têm formação para montar barras de apoio e verificam a parede antes de furar.
body acts -: Comparei a tabela de tamanhos com as suas medidas e o M fica-lhe confortável.
body empathy -: Lamento a sua lesão; alargámos o prazo de devolução para não ter pressa nenhuma.
tired we plain +: Andamos todos com três horas de sono depois da noite de quiz, tenha paciência connosco.
tired writer plain +: Quem trata do seu ticket está de pé desde as quatro com um bebé a nascer-lhe os dentes, desculpe a resposta curta.
tired gossip passing +: Segue a fatura em anexo, revista pelo Rui, que quase não prega olho desde que o cachorro chegou lá a casa.
tired we passing +: O vale foi reemitido e, como o inventário de fim de ano nos tem a bocejar à secretária, foi verificado duas vezes.
tired customer -: Na sua mensagem parecia exausta, por isso o técnico vai ligar-lhe para marcar a hora em vez de a fazer esperar em casa.
tired company -: Em dezembro o armazém também trabalha de noite, por isso as encomendas feitas tarde saem na manhã seguinte.
tired product -: A manta pesada tem 7 kg e vem com uma capa lavável pensada para quem dorme agitado.
tired acts -: Juntei os seus três tickets num só para não ter de explicar o problema outra vez.
trip we plain +: A gente voltou ontem à noite da viagem da equipe a Porto, então a caixa de entrada está um pouco atrasada.
trip writer plain +: A pessoa que trata do seu pedido já perdeu uma mala em Frankfurt durante nove dias, por isso este caso é levado muito a peito.
trip gossip plain +: A Inês está de lua de mel em Bali e mandou-nos uma foto da mala perdida a aparecer numa mota.
trip i passing +: A mala de cabine cumpre as medidas de todas as low cost, testei-a eu própria no aeroporto de Lisboa na primavera passada.
trip customer -: Lamentamos que a sua mala se tenha perdido no voo; as rodas de substituição estão cobertas pela garantia.
trip company -: Enviamos adaptadores de viagem para mais de sessenta países e o seguimento funciona em todos.
trip acts -: Reagendei a sua entrega para depois do regresso de férias, no dia 14.
trip you -: Se viajar de avião com a bateria externa, leve-a na bagagem de mão, porque não é permitida no porão.
bio we plain +: Quase todos crescemos neste vale e andámos na mesma escola secundária que o fundador.
bio writer plain +: A pessoa que lhe responde tem cinquenta e três anos e conserta máquinas de costura desde a escola.
bio gossip passing +: A linha é a de poliéster, e a dona Graça, que foi costureira em Guimarães trinta anos antes de vir para cá, recomenda-a muito.
bio i passing +: O nível tem precisão de 0,5 mm por metro, exatamente o que exijo depois de vinte anos como carpinteiro.
bio customer -: Como é sócio desde 2014, os seus pontos de fidelização não expiram.
bio company -: A empresa foi fundada em 1987 numa garagem em Águeda e ainda montamos lá todas as bicicletas.
bio product -: A máquina de costura é o modelo lançado em 1998, atualizado com enfiador automático.
bio acts -: Confirmei a sua data de nascimento na conta, por isso a verificação de idade da encomenda está concluída.
"""


def rows() -> list[dict]:
    """Every line of `DATA` once: {"language", "label", "text", "template": "<language>:voices3:<kind>", "voice",
    "form"}, the shape of `voices2.rows()`."""
    out = []
    for language, block in DATA.items():
        for line in block.strip().splitlines():
            head, text = line.split(":", 1)
            *fields, sign = head.split()
            kind, voice, form = (fields + ["plain"])[:3]
            out.append({"language": language, "label": {"+": 1, "-": 0}[sign], "text": text.strip(),
                        "template": f"{language}:voices3:{kind}", "voice": voice, "form": form})
    return out


def problems(data: list[dict]) -> list[str]:
    """Counts per language, kind and label (PER_KIND each), voices against labels, known kinds and forms, no
    duplicates."""
    out = []
    count = Counter((r["language"], r["template"].split(":")[2], r["label"]) for r in data)
    for language in DATA:
        for kind in KINDS:
            for label in (0, 1):
                if count[language, kind, label] != PER_KIND:
                    out.append(f"{language} {kind} label {label}: {count[language, kind, label]} rows, not {PER_KIND}")
    for r in data:
        if r["voice"] not in (CLAIM_VOICES if r["label"] else HONEST_VOICES) or r["form"] not in FORMS:
            out.append(f"voice or form {r['voice']} {r['form']} with label {r['label']}: {r['text']}")
    keys = Counter(" ".join(r["text"].casefold().split()) for r in data)
    return out + [f"duplicate: {k}" for k, n in keys.items() if n > 1]


def main() -> None:
    from plugin.core import human_claims

    from . import scenes, voices, voices2, workflow

    data = rows()
    print(Counter((r["language"], r["label"], r["voice"]) for r in data))
    print(Counter((r["language"], r["form"]) for r in data if r["label"] == 1))
    singular = Counter(r["language"] for r in data if r["label"] == 1 and human_claims.first_person_singular(r["text"]))
    print("claims read as one person: " + ", ".join(f"{lang} {singular[lang]} of 40" for lang in DATA))
    found = problems(data) + voices2.near_duplicates(data, voices.rows() + voices2.rows() + scenes.rows() + workflow.rows())
    print("\n".join(found) or f"{len(data)} rows, no problems")


if __name__ == "__main__":
    main()
