"""Training rows, guards round 12: pieces of long, warm support replies (several paragraphs) that speak to the
customer about the customer's own body, home, travel, weather, pets, health and family, say what the company checked,
pass on a colleague's or a specialist's documented advice in the third person, quote the customer's own lived words
back and hand the case over to a named team (label 0); against hard claims in the same replies and on the same topics,
where one clause tells the writer's own body, life or workplace (label 1), so that the lived-experience model learns
the voice, not the topic.

SPDX-License-Identifier: CC0-1.0 (these rows are dedicated to the public domain).

Author: helper session of the Candor project (branch s13-grd12, guards round 12 part 2), 2026-12-03, for issue 13.
Written by hand, sentence by sentence; names, shops, places and figures are invented. The French and German rows were
written on their own; the Spanish and Portuguese rows follow the English plan of topics closely (the same advice, said
the way each language says it), so read them as one author's paraphrases, not three voices. Written without reading
any evaluation set's replies (benchmarks/guards/, eval/); tests/unit/test_human_claims_data.py checks the spent sets
for exact overlap, `python -m plugin.guards_training.longform` for near overlap with every other training row.

Each line of `DATA` is "kind sign: text": kinds body, home, travel, weather, pets, health, family (advice and wishes to
the customer, second person), empathy, checked ("we have checked"), colleague (a named specialist's documented advice,
third person), quote (the customer's own words) and handover (a named team); `-` honest, `+` a claim (16 a language,
on body, home, travel, weather, pets, health, family, checked, empathy). 57 rows a language (41 honest, 16 claims).
`rows()` gives {"language", "label", "text", "template": "<language>:longform:<kind>"}.

NOT USED BY ANY TRAINER. Measured (benchmarks/guards/README.md, guards round 12 part 2): with these rows added to
`train_lived.rows()` and the lived model retrained, the round's rule (`benchmarks/guards/round12.py`) on development
sets 5-20 gave claims clean 11 -> 13 and honest clean 633 -> 624 pooled (leave one set out: 14 -> 15, 626 -> 624), so
the export was not kept; the rows stay for a later round (the data test checks them against the spent sets).
"""
from __future__ import annotations

from collections import Counter

DATA: dict[str, str] = {}

DATA["en"] = """
body -: Blisters on a long walk usually start where the boot lets the heel slide, so lacing the top two hooks more firmly often helps.
body -: If your knees ache after the first few outings, shorter steps on the descents and a slightly lower saddle are worth a try.
body -: A thin liner sock under the wool one keeps the friction off your skin rather than off the sock.
body -: Give your back a break by carrying the heavier items close to your spine and the light ones at the top.
body -: If the strap rubs your shoulder, the padding slides along it and can sit wherever it feels easiest for you.
home -: Rinse the cover in cold water only and let it dry flat, away from the radiator, so it keeps its shape.
home -: A damp cloth with a drop of washing-up liquid lifts most marks from the tabletop; please avoid anything abrasive.
home -: If your kitchen gets steamy, leaving the lid open for an hour after use stops the seal from going musty.
home -: The shelf brackets want a wall plug rated for at least ten kilos, and your local hardware shop will have them.
travel -: For a long flight, packing the charger in your hand luggage means you can top up the headphones at the gate.
travel -: If your train gets in late, the locker at the station keeps the parcel for three days before it comes back to us.
travel -: The case fits the overhead bins of most European airlines, though a few budget carriers measure more strictly.
weather -: With frost forecast in your area this week, it is worth bringing the pots into a shed or against a south wall.
weather -: In heavy rain the jacket's hood draws in with the toggle at the back, which keeps water off your collar.
weather -: If it has been very humid where you live, the wooden handle may swell a little and settles again once it dries.
pets -: Many dogs take a few days to trust a new bed, and putting one of your old jumpers in it usually speeds that up.
pets -: If your cat scratches the side panel, the spare cover we sent can go on that side first.
pets -: Please keep the treats out of reach of puppies under six months, as the label on the pack explains.
health -: We're so sorry to hear about your surgery; there is no rush at all with the return, the window is paused until you're ready.
health -: If the cushion still causes pressure after a week, your physiotherapist is the best person to judge the height.
health -: Please don't take the supplement alongside blood thinners without speaking to your doctor first.
family -: It sounds like your daughter has been getting a lot of use out of the scooter, which is lovely to hear.
family -: If your father finds the buttons small, the large-key version takes the same batteries and charger.
family -: We hope your son's first week at university goes smoothly and the duvet arrives in time for it.
empathy -: That must have been a frustrating morning, waiting in for a delivery that never came.
empathy -: Thank you for being so patient with us while this dragged on; you deserved a quicker answer.
empathy -: We completely understand how upsetting it is when a gift arrives damaged just before the day.
checked -: We have checked the tracking and the parcel was scanned at the depot at 06:40, so it is on today's round.
checked -: We've gone through your order history and the second charge was a pre-authorisation that drops off by itself.
checked -: We looked into the batch number you gave us and it is not one of those affected by the recall.
colleague -: Our textile specialist, Ana Ferreira, notes that merino pills less once it has been washed two or three times.
colleague -: According to our repair technician's report, the hinge was bent in transit and the frame itself is sound.
colleague -: Jonas from the fitting team recommends measuring your foot in the evening, when it is at its largest.
colleague -: The nutritionist who wrote our guide suggests starting with half a scoop for the first week.
quote -: You mentioned that "the zip gave up halfway up the mountain", and we're sorry it let you down at the worst moment.
quote -: As you put it, "the kids were in tears when the tent flooded", and we want to make that right.
quote -: You wrote that you "walk the dog twice a day in all weathers", so the reinforced lead is the better match.
handover -: I've passed your photos to our warranty team, and Marta or one of her colleagues will reply within two working days.
handover -: Your case is now with the billing department, who can see the card details we cannot.
handover -: The returns desk will email a prepaid label, and you can drop the box at any post office.
handover -: I have asked the logistics team to call the courier, and they will update you by Thursday.
body +: Blisters usually come from the heel lifting, and I learned that the hard way on my own first long walk last spring.
body +: Lacing the top hooks more firmly helps; my own knees only stopped aching once I did the same.
home +: Rinse the cover in cold water, which is what I do with the one on my sofa at home.
home +: A damp cloth lifts most marks from the tabletop, and the one in our staff kitchen has survived years of it.
travel +: The case fits most overhead bins, and I took mine to Lisbon last month without a single question at the gate.
travel +: If your train gets in late, don't worry: mine was forty minutes late this morning too.
weather +: With frost forecast, bring the pots in; we had ice on the car park here this morning.
weather +: In heavy rain the hood draws in at the back, which kept me dry on my cycle into the office today.
pets +: Dogs take a few days to trust a new bed, and mine ignored his completely for the first week.
pets +: If your cat scratches the side panel, the spare cover goes on first; our office cat has tested that theory thoroughly.
health +: There is no rush with the return; I had the same operation two years ago and know how long the recovery takes.
health +: If the cushion still causes pressure, ask your physiotherapist, as I had to do with mine after my back injury.
family +: The large-key version is easier, which is the one I ended up buying for my own grandmother.
family +: We hope the duvet arrives in time; I remember my own first week away from home very well.
checked +: We checked the tracking while the rain hammered on the roof of our little office, and the parcel is on today's round.
empathy +: That must have been a frustrating morning; I spent mine waiting in for a plumber, so I really do understand.
"""

DATA["es"] = """
body -: Las ampollas en una caminata larga suelen salir cuando el talón baila dentro de la bota, así que conviene ajustar bien los dos últimos ganchos.
body -: Si notas molestias en las rodillas al bajar, acortar el paso y usar bastones reparte mucho mejor el esfuerzo.
body -: Un calcetín fino debajo del de lana hace que el roce quede entre los dos tejidos y no sobre tu piel.
body -: Para cuidar la espalda, lleva lo más pesado pegado al cuerpo y lo ligero en la parte de arriba de la mochila.
body -: Si la correa te roza el hombro, la almohadilla se desliza y puedes colocarla donde te resulte más cómoda.
home -: Lava la funda solo con agua fría y sécala en horizontal, lejos del radiador, para que no pierda la forma.
home -: Un paño húmedo con una gota de lavavajillas quita casi todas las manchas de la encimera; evita los estropajos.
home -: Si en tu cocina se acumula vapor, deja la tapa abierta una hora después de usarla para que la junta no coja olor.
home -: Los soportes de la balda necesitan tacos para al menos diez kilos, que encontrarás en cualquier ferretería.
travel -: En un vuelo largo, lleva el cargador en el equipaje de mano y podrás cargar los auriculares en la puerta de embarque.
travel -: Si tu tren llega tarde, la taquilla de la estación guarda el paquete tres días antes de devolvérnoslo.
travel -: La maleta cabe en los compartimentos de casi todas las aerolíneas, aunque algunas de bajo coste miden con más rigor.
weather -: Con las heladas previstas en tu zona esta semana, merece la pena meter las macetas bajo techo o junto a una pared soleada.
weather -: Con lluvia fuerte, la capucha se ajusta con el cordón de atrás y el agua no te entra por el cuello.
weather -: Si donde vives hay mucha humedad, el mango de madera puede hincharse un poco y vuelve a su tamaño al secarse.
pets -: Muchos perros tardan unos días en aceptar una cama nueva; poner dentro una prenda tuya usada suele ayudar.
pets -: Si tu gata araña el lateral, la funda de repuesto que te enviamos puede ir primero en ese lado.
pets -: Mantén los premios fuera del alcance de cachorros de menos de seis meses, como indica la etiqueta.
health -: Sentimos mucho lo de tu operación; no hay ninguna prisa con la devolución, el plazo queda en pausa hasta que estés bien.
health -: Si el cojín te sigue causando presión después de una semana, tu fisioterapeuta es quien mejor puede valorar la altura.
health -: Por favor, no tomes el suplemento junto con anticoagulantes sin consultarlo antes con tu médico.
family -: Parece que tu hija le está sacando mucho partido al patinete, y nos alegra muchísimo saberlo.
family -: Si a tu padre le cuesta ver los botones, la versión de teclas grandes usa las mismas pilas y el mismo cargador.
family -: Esperamos que la primera semana de tu hijo en la residencia vaya genial y que el edredón llegue a tiempo.
empathy -: Tuvo que ser una mañana muy frustrante, esperando en casa un reparto que nunca llegó.
empathy -: Gracias por tu paciencia mientras esto se alargaba; merecías una respuesta mucho más rápida.
empathy -: Entendemos perfectamente lo que disgusta que un regalo llegue roto justo antes del cumpleaños.
checked -: Hemos comprobado el seguimiento y el paquete se escaneó en la delegación a las 06:40, así que va en el reparto de hoy.
checked -: Hemos revisado tu historial de pedidos y el segundo cargo es una preautorización que desaparece sola.
checked -: Hemos consultado el número de lote que nos diste y no está entre los afectados por la retirada.
colleague -: Nuestra especialista en tejidos, Ana Ferreira, indica que la lana merina hace menos bolitas tras dos o tres lavados.
colleague -: Según el informe de nuestro técnico de reparaciones, la bisagra se dobló en el transporte y el marco está intacto.
colleague -: Jonás, del equipo de ajuste, recomienda medir el pie por la tarde, que es cuando está más hinchado.
colleague -: La nutricionista que redactó nuestra guía aconseja empezar con media medida durante la primera semana.
quote -: Nos contabas que "la cremallera se rompió a mitad de la subida", y sentimos que te fallara en el peor momento.
quote -: Como dices, "los niños acabaron llorando cuando se inundó la tienda", y queremos arreglarlo.
quote -: Escribes que "sacas al perro dos veces al día llueva o truene", así que la correa reforzada te irá mejor.
handover -: He pasado tus fotos al equipo de garantías; Marta o alguien de su equipo te responderá en dos días laborables.
handover -: Tu caso está ahora en el departamento de facturación, que puede ver los datos de la tarjeta que nosotros no vemos.
handover -: El equipo de devoluciones te enviará una etiqueta prepagada y podrás dejar la caja en cualquier oficina de correos.
handover -: He pedido al equipo de logística que llame a la empresa de transporte; te dirán algo antes del jueves.
body +: Las ampollas suelen salir cuando el talón baila, y yo lo aprendí a las malas en mi primera travesía larga.
body +: Ajustar los ganchos de arriba ayuda mucho; a mí solo me dejaron de doler las rodillas cuando empecé a hacerlo.
home +: Lava la funda con agua fría, que es lo que hago yo con la del sofá de casa.
home +: Un paño húmedo quita casi todo, y la encimera de la cocina de nuestra oficina lleva años aguantándolo.
travel +: La maleta cabe en casi todos los compartimentos; me la llevé a Oporto el mes pasado y nadie me dijo nada.
travel +: Si tu tren llega tarde, no te preocupes: el mío también llegó con cuarenta minutos de retraso esta mañana.
weather +: Con las heladas previstas, mete las macetas; aquí esta mañana el aparcamiento amaneció con hielo.
weather +: Con lluvia fuerte la capucha se ajusta atrás, y así llegué seco hoy en bici a la oficina.
pets +: Los perros tardan en aceptar una cama nueva, y el mío ni la miró durante la primera semana.
pets +: Si tu gata araña el lateral, pon primero la funda de repuesto; la gata de la oficina ya lo ha puesto a prueba.
health +: No hay prisa con la devolución; a mí me hicieron la misma operación hace dos años y sé lo que cuesta recuperarse.
health +: Si el cojín sigue molestando, consulta a tu fisioterapeuta, como tuve que hacer yo tras lesionarme la espalda.
family +: La versión de teclas grandes es más cómoda, y es la que acabé comprándole a mi abuela.
family +: Ojalá el edredón llegue a tiempo; me acuerdo muy bien de mi primera semana fuera de casa.
checked +: Comprobamos el seguimiento mientras la lluvia golpeaba el tejado de nuestra pequeña oficina, y el paquete va en el reparto de hoy.
empathy +: Tuvo que ser una mañana frustrante; yo pasé la mía esperando al fontanero, así que te entiendo de verdad.
"""

DATA["fr"] = """
body -: Les douleurs aux mollets après une nouvelle paire de chaussures de course disparaissent souvent en alternant avec les anciennes pendant deux semaines.
body -: Si le bracelet vous serre le poignet en fin de journée, le cran supplémentaire est fait pour cela.
body -: Pour éviter les courbatures, commencez par des séances de vingt minutes et augmentez progressivement.
body -: Une semelle un peu plus épaisse soulage souvent la voûte plantaire quand on reste debout toute la journée.
body -: Si vos mains sont sèches après le jardinage, les gants doublés protègent aussi du froid le matin.
home -: Lavez la housse à trente degrés, à l'envers, et laissez-la sécher à plat pour qu'elle garde sa tenue.
home -: Un peu de vinaigre blanc dilué suffit pour détartrer la bouilloire ; rincez-la deux fois ensuite.
home -: Si votre parquet est sensible, les patins en feutre fournis évitent les rayures sous les pieds de la chaise.
home -: Pour un mur en placo, prenez des chevilles à expansion adaptées à la charge indiquée sur la notice.
travel -: Pour un trajet en TGV, la housse se plie dans le sac fourni et se glisse sous le siège.
travel -: Si vous partez à l'étranger, l'adaptateur n'est pas nécessaire en Europe, le chargeur accepte toutes les tensions.
travel -: Les compagnies acceptent en général la batterie en cabine, mais pas en soute ; pensez-y avant l'enregistrement.
weather -: Avec la canicule annoncée chez vous, gardez les bougies à l'abri du soleil pour qu'elles ne se déforment pas.
weather -: En cas de gel, videz le tuyau d'arrosage et rangez l'embout à l'intérieur.
weather -: Par temps de pluie, le traitement déperlant se ravive avec un passage de sèche-linge à basse température.
pets -: Beaucoup de chats boudent une nouvelle fontaine quelques jours ; la placer loin de leur gamelle aide souvent.
pets -: Si votre chien mâchouille le coussin, la housse renforcée existe dans la même taille.
pets -: Les friandises ne conviennent pas aux chiots de moins de quatre mois, comme l'indique l'emballage.
health -: Nous sommes désolés d'apprendre votre hospitalisation ; le délai de retour est suspendu jusqu'à votre rétablissement.
health -: Si le coussin d'assise ne vous soulage pas, votre kinésithérapeute pourra vous conseiller la bonne hauteur.
health -: Demandez l'avis de votre médecin avant de prendre ces gélules si vous suivez déjà un traitement.
family -: Votre petit-fils a l'air ravi de sa draisienne, et c'est un plaisir de le lire.
family -: Si votre mère trouve l'écran trop petit, le modèle à grosses touches se règle aussi en mode contraste.
family -: Nous espérons que la rentrée de votre fille se passe bien et que le cartable tiendra toute l'année.
empathy -: Attendre toute une matinée un livreur qui ne vient pas, c'est vraiment pénible, nous le comprenons.
empathy -: Merci pour votre patience pendant ces échanges ; vous méritiez une réponse bien plus rapide.
empathy -: Recevoir un cadeau abîmé la veille d'un anniversaire est très décevant, et nous en sommes navrés.
checked -: Nous avons vérifié le suivi : le colis a été scanné à l'agence ce matin et part en tournée aujourd'hui.
checked -: Nous avons examiné votre historique et le second débit est une empreinte bancaire qui disparaîtra d'elle-même.
checked -: Nous avons contrôlé le numéro de lot indiqué et il ne fait pas partie de ceux concernés par le rappel.
colleague -: Notre spécialiste textile, Claire Dubois, précise que le lin s'assouplit nettement après quelques lavages.
colleague -: D'après le rapport de notre technicien, la charnière a été tordue pendant le transport et le cadre est intact.
colleague -: Mehdi, de l'équipe conseil, recommande de mesurer le tour de taille le soir plutôt que le matin.
colleague -: La diététicienne qui a rédigé notre guide conseille une demi-dose la première semaine.
quote -: Vous nous écrivez que « la fermeture a lâché en pleine randonnée », et nous sommes désolés qu'elle vous ait lâché à ce moment-là.
quote -: Comme vous le dites, « les enfants étaient trempés au réveil », et nous voulons réparer cela.
quote -: Vous précisez que vous « promenez le chien matin et soir », la laisse renforcée vous conviendra donc mieux.
handover -: J'ai transmis vos photos au service garantie ; Sophie ou l'un de ses collègues vous répondra sous deux jours ouvrés.
handover -: Votre dossier est désormais entre les mains du service facturation, qui a accès aux données bancaires.
handover -: Le service retours vous enverra une étiquette prépayée à déposer dans n'importe quel bureau de poste.
handover -: J'ai demandé à l'équipe logistique de contacter le transporteur ; elle reviendra vers vous d'ici jeudi.
body +: Les douleurs aux mollets passent en alternant les paires, c'est ce que j'ai fait moi-même pour préparer mon semi-marathon.
body +: Une semelle plus épaisse soulage, et mes pieds l'ont bien senti après mes journées debout au salon professionnel.
home +: Pour détartrer la bouilloire, le vinaigre blanc suffit ; c'est comme ça que je fais chez moi chaque mois.
home +: Les patins en feutre évitent les rayures, et nous en avons mis sous toutes les chaises de notre open space.
travel +: La housse se glisse sous le siège du TGV, je l'ai testée moi-même sur mon trajet vers Lyon la semaine dernière.
travel +: Pas besoin d'adaptateur en Europe ; j'en ai traîné un pour rien pendant tout mon voyage en Italie.
weather +: Avec la canicule, gardez les bougies à l'ombre ; ici, au bureau, on étouffe depuis ce matin.
weather +: En cas de gel, videz le tuyau ; le mien a éclaté l'hiver dernier parce que je l'avais oublié.
pets +: Les chats boudent souvent une nouvelle fontaine, et le mien l'a ignorée pendant presque dix jours.
pets +: La housse renforcée résiste bien, notre chienne de bureau n'a jamais réussi à la percer.
health +: Le délai de retour est suspendu ; j'ai été opérée du genou l'an dernier et je sais combien la convalescence est longue.
health +: Votre kinésithérapeute pourra vous conseiller, c'est d'ailleurs le mien qui m'a fait changer de coussin.
family +: Le modèle à grosses touches est plus simple, c'est celui que j'ai offert à ma grand-mère pour Noël.
family +: Bonne rentrée à votre fille ; la mienne commence le collège lundi et le cartable est déjà prêt.
checked +: Nous avons vérifié le suivi pendant que la pluie tambourinait sur la verrière de notre petit bureau, et le colis part aujourd'hui.
empathy +: Attendre un livreur toute une matinée, c'est pénible ; j'ai vécu exactement la même chose samedi dernier.
"""

DATA["de"] = """
body -: Druckstellen am Spann entstehen oft, wenn die Schnürung oben zu fest ist; lockern Sie die obersten Ösen ein wenig.
body -: Falls Ihnen nach dem Training die Schultern wehtun, hilft es, das Gewicht der Hanteln erst einmal zu halbieren.
body -: Ein dünner Innenhandschuh unter dem Fäustling hält die Finger bei Minusgraden deutlich länger warm.
body -: Wenn Sie viel am Schreibtisch sitzen, sollte die Oberkante des Bildschirms etwa auf Augenhöhe liegen.
body -: Sollte der Gurt an der Hüfte scheuern, lässt sich das Polster nach vorne oder hinten verschieben.
home -: Waschen Sie den Bezug bei höchstens dreißig Grad auf links und lassen Sie ihn liegend trocknen.
home -: Kalkflecken am Wasserkocher lösen sich mit Zitronensäure; danach zweimal mit klarem Wasser aufkochen.
home -: Wenn Ihr Bad kein Fenster hat, bleibt die Duschablage trockener, wenn Sie sie nach dem Duschen kurz abziehen.
home -: Für Gipskartonwände brauchen Sie Hohlraumdübel, die für das Gewicht des Regals zugelassen sind.
travel -: Für die Bahnfahrt passt die Tasche zusammengefaltet in die Gepäckablage über dem Sitz.
travel -: Wenn Sie in die Schweiz reisen, brauchen Sie für das Ladegerät einen Adapter für den dortigen Stecker.
travel -: Powerbanks gehören bei den meisten Fluggesellschaften ins Handgepäck, nicht in den aufgegebenen Koffer.
weather -: Bei dem angekündigten Sturm in Ihrer Region sollten Sie die Auflagen der Gartenmöbel besser hereinholen.
weather -: Bei Frost entleeren Sie den Gartenschlauch bitte vollständig und lagern die Spritzdüse im Haus.
weather -: Nach starkem Regen frischt ein kurzer Durchgang im Trockner bei niedriger Temperatur die Imprägnierung auf.
pets -: Viele Katzen brauchen ein paar Tage, bis sie einem neuen Kratzbaum trauen; etwas Katzenminze hilft oft.
pets -: Wenn Ihr Hund am Kissen knabbert, gibt es den verstärkten Bezug in derselben Größe.
pets -: Die Kauknochen sind für Welpen unter vier Monaten nicht geeignet, wie auf der Packung steht.
health -: Es tut uns sehr leid, dass Sie im Krankenhaus waren; die Rückgabefrist ruht, bis Sie wieder auf den Beinen sind.
health -: Wenn das Sitzkissen nach einer Woche noch drückt, kann Ihre Physiotherapeutin die richtige Höhe am besten beurteilen.
health -: Bitte nehmen Sie die Kapseln nicht zusammen mit Blutverdünnern ein, ohne vorher Ihren Arzt zu fragen.
family -: Es klingt, als hätte Ihr Enkel mit dem Laufrad schon viel Spaß, und das freut uns sehr.
family -: Falls Ihre Mutter die Tasten zu klein findet, nutzt das Seniorenmodell denselben Akku und dasselbe Ladekabel.
family -: Wir hoffen, dass Ihr Sohn gut ins Studium startet und die Bettdecke rechtzeitig ankommt.
empathy -: Einen ganzen Vormittag auf einen Paketboten zu warten, der nicht kommt, ist wirklich ärgerlich.
empathy -: Danke für Ihre Geduld, während sich das hingezogen hat; Sie hätten eine schnellere Antwort verdient.
empathy -: Wir verstehen gut, wie enttäuschend ein beschädigtes Geschenk kurz vor dem Geburtstag ist.
checked -: Wir haben die Sendungsverfolgung geprüft: Das Paket wurde heute früh im Depot gescannt und ist in der Zustellung.
checked -: Wir haben Ihre Bestellhistorie durchgesehen; die zweite Buchung ist eine Vormerkung, die von selbst verfällt.
checked -: Wir haben die angegebene Chargennummer abgeglichen, sie gehört nicht zu den vom Rückruf betroffenen.
colleague -: Unsere Textilexpertin, Frau Becker, weist darauf hin, dass Leinen nach einigen Wäschen deutlich weicher wird.
colleague -: Laut Bericht unseres Servicetechnikers wurde das Scharnier beim Transport verbogen, der Rahmen ist unbeschädigt.
colleague -: Herr Yilmaz aus der Fachberatung empfiehlt, den Fuß abends zu messen, wenn er am größten ist.
colleague -: Die Ernährungsberaterin, die unseren Ratgeber geschrieben hat, rät in der ersten Woche zur halben Dosis.
quote -: Sie schreiben, dass „der Reißverschluss mitten auf der Tour aufgegeben hat“, und es tut uns leid, dass er Sie im Stich ließ.
quote -: Wie Sie sagen, „die Kinder sind im nassen Schlafsack aufgewacht“, und das möchten wir wiedergutmachen.
quote -: Sie erwähnen, dass Sie „bei jedem Wetter zweimal täglich mit dem Hund rausgehen“, daher passt die verstärkte Leine besser.
handover -: Ich habe Ihre Fotos an unser Garantieteam weitergegeben; Frau Schulz oder ein Kollege meldet sich innerhalb von zwei Werktagen.
handover -: Ihr Anliegen liegt jetzt bei der Buchhaltung, die im Gegensatz zu uns die Zahlungsdaten einsehen kann.
handover -: Die Retourenabteilung schickt Ihnen ein vorfrankiertes Etikett, das Paket können Sie in jeder Filiale abgeben.
handover -: Ich habe das Logistikteam gebeten, beim Paketdienst nachzufragen; Sie hören bis Donnerstag von uns.
body +: Druckstellen am Spann kommen oft von zu fester Schnürung, das habe ich bei meiner eigenen Alpenüberquerung gemerkt.
body +: Die Bildschirmhöhe macht viel aus; meine Nackenschmerzen sind erst verschwunden, als ich meinen Monitor höher gestellt habe.
home +: Zitronensäure wirkt gut gegen Kalk, so entkalke ich auch meinen eigenen Wasserkocher zu Hause.
home +: Hohlraumdübel halten zuverlässig, damit haben wir auch die Regale in unserem Büro aufgehängt.
travel +: Die Tasche passt in die Gepäckablage, ich hatte sie letzte Woche selbst im ICE nach Hamburg dabei.
travel +: In der Schweiz brauchen Sie einen Adapter; ich stand im Urlaub in Luzern ohne einen da.
weather +: Holen Sie die Auflagen besser herein; bei uns hat der Wind heute Morgen schon die Mülltonnen umgeworfen.
weather +: Entleeren Sie den Schlauch vor dem Frost, meiner ist letzten Winter genau deshalb geplatzt.
pets +: Katzen brauchen Zeit mit einem neuen Kratzbaum, unserer Bürokatze war er die erste Woche völlig egal.
pets +: Der verstärkte Bezug hält viel aus, mein Hund hat sich daran schon die Zähne ausgebissen.
health +: Die Rückgabefrist ruht; ich hatte selbst letztes Jahr dieselbe Operation und weiß, wie lange man braucht.
health +: Fragen Sie Ihre Physiotherapeutin, meine hat mir damals nach dem Bandscheibenvorfall genau das geraten.
family +: Das Seniorenmodell ist einfacher zu bedienen, genau das habe ich meiner Oma zum Geburtstag geschenkt.
family +: Alles Gute für den Studienstart; ich weiß noch genau, wie aufgeregt ich in meiner ersten Woche war.
checked +: Wir haben die Sendung geprüft, während der Regen auf das Dach unseres kleinen Büros prasselte, und das Paket ist unterwegs.
empathy +: Einen Vormittag auf den Paketboten zu warten ist ärgerlich, mir ging es am Samstag ganz genauso.
"""

DATA["pt"] = """
body -: As bolhas numa caminhada longa costumam aparecer quando o calcanhar escorrega dentro da bota, por isso vale a pena apertar bem os últimos ilhós.
body -: Se sentir dores nos joelhos nas descidas, passos mais curtos e bastões distribuem melhor o esforço.
body -: Uma meia fina por baixo da de lã faz com que a fricção fique entre os tecidos e não na sua pele.
body -: Para poupar as costas, leve o mais pesado junto ao corpo e o mais leve na parte de cima da mochila.
body -: Se a alça lhe magoar o ombro, a almofada desliza e pode ficar onde for mais confortável para si.
home -: Lave a capa só com água fria e seque-a na horizontal, longe do aquecedor, para não perder a forma.
home -: Um pano húmido com uma gota de detergente tira quase todas as manchas da bancada; evite esfregões.
home -: Se a sua cozinha acumula vapor, deixe a tampa aberta uma hora depois de usar para a borracha não ganhar cheiro.
home -: Os suportes da prateleira precisam de buchas para pelo menos dez quilos, que encontra em qualquer drogaria.
travel -: Numa viagem de avião longa, leve o carregador na bagagem de mão para carregar os auscultadores na porta de embarque.
travel -: Se o seu comboio atrasar, o cacifo da estação guarda a encomenda durante três dias antes de a devolver.
travel -: A mala cabe nos compartimentos da maioria das companhias, embora algumas de baixo custo meçam com mais rigor.
weather -: Com geada prevista para a sua zona esta semana, convém recolher os vasos ou encostá-los a uma parede virada a sul.
weather -: Com chuva forte, o capuz aperta com o cordão de trás e a água não lhe entra pela gola.
weather -: Se aí estiver muito húmido, o cabo de madeira pode inchar um pouco e volta ao normal quando secar.
pets -: Muitos cães demoram uns dias a aceitar uma cama nova; pôr lá dentro uma camisola sua já usada costuma ajudar.
pets -: Se a sua gata arranhar a parte lateral, a capa de substituição que enviámos pode ir primeiro desse lado.
pets -: Guarde os biscoitos longe de cachorros com menos de seis meses, como indica a embalagem.
health -: Lamentamos muito a sua cirurgia; não há pressa nenhuma com a devolução, o prazo fica suspenso até estar recuperada.
health -: Se a almofada continuar a fazer pressão ao fim de uma semana, o seu fisioterapeuta é quem melhor avalia a altura.
health -: Por favor, não tome o suplemento com anticoagulantes sem falar primeiro com o seu médico.
family -: Parece que a sua filha está a aproveitar muito a trotinete, e ficamos muito contentes por saber.
family -: Se o seu pai tiver dificuldade em ver os botões, a versão de teclas grandes usa as mesmas pilhas e o mesmo carregador.
family -: Esperamos que a primeira semana do seu filho na residência corra bem e que o edredão chegue a tempo.
empathy -: Deve ter sido uma manhã muito frustrante, à espera de uma entrega que nunca chegou.
empathy -: Obrigado pela paciência enquanto isto se arrastava; merecia uma resposta bem mais rápida.
empathy -: Compreendemos perfeitamente como custa receber um presente estragado mesmo antes do aniversário.
checked -: Verificámos o seguimento e a encomenda foi lida no centro de distribuição às 06:40, por isso segue na entrega de hoje.
checked -: Revimos o seu histórico de compras e o segundo débito é uma pré-autorização que desaparece sozinha.
checked -: Consultámos o número de lote que nos indicou e não está entre os abrangidos pela recolha.
colleague -: A nossa especialista em têxteis, a Rita Almeida, explica que o linho fica bem mais macio depois de algumas lavagens.
colleague -: Segundo o relatório do nosso técnico de reparações, a dobradiça empenou no transporte e a estrutura está intacta.
colleague -: O Tiago, da equipa de aconselhamento, recomenda medir o pé ao fim do dia, quando está maior.
colleague -: A nutricionista que escreveu o nosso guia aconselha começar com meia dose na primeira semana.
quote -: Conta-nos que "o fecho cedeu a meio da subida", e lamentamos que tenha falhado no pior momento.
quote -: Como diz, "os miúdos acordaram encharcados quando a tenda meteu água", e queremos resolver isso.
quote -: Escreve que "passeia o cão duas vezes por dia faça chuva ou faça sol", por isso a trela reforçada é a melhor escolha.
handover -: Encaminhei as suas fotografias para a equipa de garantias; a Marta ou um colega responde em dois dias úteis.
handover -: O seu caso está agora com o departamento de faturação, que consegue ver os dados do cartão que nós não vemos.
handover -: A equipa de devoluções vai enviar-lhe uma etiqueta pré-paga e pode entregar a caixa em qualquer balcão dos CTT.
handover -: Pedi à equipa de logística que contacte a transportadora; terá notícias até quinta-feira.
body +: As bolhas costumam vir do calcanhar a escorregar, e eu aprendi isso da pior maneira na minha primeira caminhada longa.
body +: Apertar os ilhós de cima ajuda muito; os meus joelhos só deixaram de doer quando comecei a fazer o mesmo.
home +: Lave a capa com água fria, que é o que faço com a do sofá lá de casa.
home +: Um pano húmido tira quase tudo, e a bancada da copa do nosso escritório aguenta isso há anos.
travel +: A mala cabe na maioria dos compartimentos; levei-a ao Funchal no mês passado e ninguém me disse nada.
travel +: Se o comboio atrasar, não se preocupe: o meu também chegou com quarenta minutos de atraso esta manhã.
weather +: Com a geada prevista, recolha os vasos; aqui o parque de estacionamento amanheceu com gelo.
weather +: Com chuva forte o capuz aperta atrás, e foi assim que cheguei seco hoje de bicicleta ao escritório.
pets +: Os cães demoram a aceitar uma cama nova, e o meu nem olhou para a dele durante a primeira semana.
pets +: Se a gata arranhar a lateral, ponha primeiro a capa de substituição; a gata cá do escritório já testou isso a fundo.
health +: Não há pressa com a devolução; fiz a mesma cirurgia há dois anos e sei bem o que custa a recuperação.
health +: Se a almofada continuar a incomodar, fale com o fisioterapeuta, como tive de fazer depois de lesionar as costas.
family +: A versão de teclas grandes é mais fácil, e foi a que acabei por comprar para a minha avó.
family +: Oxalá o edredão chegue a tempo; lembro-me muito bem da minha primeira semana longe de casa.
checked +: Verificámos o seguimento enquanto a chuva batia no telhado do nosso pequeno escritório, e a encomenda segue hoje.
empathy +: Deve ter sido uma manhã frustrante; passei a minha à espera do canalizador, por isso compreendo mesmo.
"""


def rows() -> list[dict]:
    """Every line of `DATA` once."""
    out = []
    for language, block in DATA.items():
        for line in block.strip().splitlines():
            head, text = line.split(":", 1)
            kind, sign = head.split()
            out.append({"language": language, "label": {"+": 1, "-": 0}[sign], "text": text.strip(),
                        "template": f"{language}:longform:{kind}"})
    return out


def main() -> None:
    from . import everyday, lived, scenes, voices, voices2, workflow
    from .voices2 import near_duplicates

    data = rows()
    print(Counter((r["language"], r["label"]) for r in data))
    others = lived.rows() + everyday.rows() + scenes.rows() + voices.rows() + voices2.rows() + workflow.rows()
    found = near_duplicates(data, others)
    print(f"{len(found)} near-duplicates")
    for line in found:
        print(line)


if __name__ == "__main__":
    main()
