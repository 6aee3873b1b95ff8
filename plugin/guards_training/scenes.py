"""Training rows for the lived-experience model in the grammatical shapes the first rounds had few of: a scene told
in the passive ("this reply is being typed with one hand"), impersonally ("there's flour on every keyboard"), by a
collective third person ("half the team is out at the stand"), in the second person ("you'd have laughed to see
us"), as a question that places the writer, in a P.S. or a sign-off aside (label 1); against the hard negatives the
brief names, in the same shapes (label 0): the company's "we" stating facts and services, the assistant's own
speech acts, the customer's lived words quoted back, product tips about how customers use things at home, a named
colleague acting in the third person and the future, services in the passive, and parts of products named with words
for the body ("the arm of the chair", "los pies del sofá", "der Kopf der Zahnbürste").

Written for issue 13 (guards round 4) by a helper session, each language on its own (not translated), from the
shapes above; no row copied or paraphrased from an evaluation set (tests/unit/test_human_claims_data.py checks the
spent sets' sentences mechanically). Kinds are those of `everyday.py`, so `lived_cv` holds each kind out with its
rows there: `template` is "<language>:scenes:<kind>".
"""
from __future__ import annotations

import random

from .phrases import _fill

# language -> lines "kind +|-: sentence" (slots in braces, from SLOTS)
DATA: dict[str, str] = {}
SLOTS: dict[str, dict[str, list[str]]] = {}

SLOTS["en"] = {
    "when": ["this morning", "at lunch", "just now", "this afternoon"],
    "n": ["two", "three", "four"],
    "name": ["Marek", "Joanne", "Tunde", "Becca"],
    "thing": ["lamp", "kettle", "rug", "stool"],
}
DATA["en"] = """
physical +: this reply is being typed with one hand, the other is still holding the tape gun
physical +: apologies for the short answer, there's flour up to the elbows over here
physical +: the {thing} got wheeled round the car park by {n} of us {when} to check the castors
physical +: hands are a bit sore after unloading the van, so forgive any typos
presence +: is that the street with the green door? It's just across the road from our windows
presence +: {name} at the next desk read your message out loud and there were smiles all round
presence +: it's only {n} of us holding the office today, the rest are at the trade show
presence +: greetings from a very crowded back room full of boxes
senses +: the whole stockroom smells of the new candles {when}, hard to concentrate
senses +: you'd have laughed to see us sniffing every {thing} in the box to find the odd one out
food +: P.S. sorry for the delay, it was decided over cake in the kitchen {when}
food +: written between mouthfuls of a very late lunch, so bear with us
celebration +: a cheer went up round the room when the tracking finally changed
celebration +: the new colour won by a show of hands at the team meeting {when}
commute +: this message was dictated on the walk back from the station
commute +: typed on a bumpy bus, so apologies for the brevity
weather +: it's bucketing down outside the window here and the yard is flooded
weather +: sent from a freezing loading bay, fingers crossed the heaters come back soon
tired +: it's been a long shift on the packing line and everyone's eyes are drooping
clothing +: replying from under three jumpers, the heating is off again
mood +: you should have heard the groan when the printer jammed {when}
noise +: excuse the brevity, the drilling next door has been going since eight
physical -: our warehouse team packs each {thing} by hand and checks it before it leaves
physical -: the {thing} is wheeled to the courier's van on a trolley, so it arrives upright
physical -: hold the base with both hands when you lift the {thing} out of the box
presence -: {name} from our workshop will visit on Tuesday to fit the replacement part
presence -: your parcel is waiting at the collection point on the corner of the high street
presence -: I've checked the tracking and the driver left the depot {when}
senses -: many customers keep the {thing} on a sunny windowsill in the kitchen
senses -: you mentioned the box "smelled of smoke" when it arrived; we're sorry and have logged it
food -: our café serves lunch from noon and the menu is on the website
food -: the recipe card suggests letting the dough rest for an hour before baking
celebration -: the new colour was chosen because it topped our customer survey
celebration -: we're sorry the party supplies arrived after the birthday you wrote about
commute -: your order was packed {when} and handed to the courier
commute -: our courier delivers to your area on Tuesdays and Thursdays
weather -: storm warnings may delay deliveries to your area this week
weather -: sorry you had to wait in the rain for the van; we've passed that on to the courier
tired -: we answer messages in the order they arrive, usually within a working day
clothing -: the jumper can be exchanged for a larger size free of charge
mood -: I understand how frustrating a jammed printer is, and I've sent a replacement drum
noise -: the drill's noise level is listed on the product page at 85 decibels
physical -: our workshop replaced the broken arm of the chair and it ships on Monday
physical -: the sofa legs screw in by hand, no tools needed
physical -: the toothbrush head was swapped and tested before it went back out {when}
physical -: the bottle's neck cracked in transit, so a new one was sent {when}
physical -: the doll's face was scuffed at the depot; a replacement is on its way
physical -: the lamp's arm was bent in the parcel, so we've refunded the postage
"""

SLOTS["es"] = {
    "when": ["esta mañana", "a la hora de comer", "hace un rato", "esta tarde"],
    "n": ["dos", "tres", "cuatro"],
    "name": ["Rocío", "Iñaki", "Maite", "Guille"],
    "thing": ["la lámpara", "el hervidor", "la alfombra", "el taburete"],
}
DATA["es"] = """
physical +: esta respuesta va escrita con una mano, la otra sigue sujetando el precinto
physical +: perdona la brevedad, andamos con harina hasta los codos
physical +: {n} de nosotros hemos paseado {thing} por el aparcamiento {when} para probar las ruedas
physical +: tenemos las manos doloridas de descargar la furgoneta, disculpa las erratas
presence +: ¿es la calle de la puerta verde? Queda justo enfrente de nuestras ventanas
presence +: {name}, en la mesa de al lado, ha leído tu mensaje en voz alta y nos hemos reído todos
presence +: hoy solo quedamos {n} en la oficina, el resto está en la feria
presence +: saludos desde un almacén trasero lleno de cajas hasta el techo
senses +: todo el almacén huele a las velas nuevas {when}, cuesta concentrarse
senses +: te habrías reído al vernos oliendo cada vela de la caja para encontrar la rara
food +: P.D.: perdona el retraso, se decidió entre trozos de tarta en la cocina {when}
food +: escrito entre bocado y bocado de un almuerzo tardísimo, ten paciencia
celebration +: se oyó un aplauso en toda la sala cuando por fin cambió el seguimiento
celebration +: el color nuevo ganó por votación a mano alzada en la reunión de {when}
commute +: este mensaje se ha dictado volviendo a pie desde la estación
commute +: escrito en un autobús que no para de dar botes, perdona la brevedad
weather +: aquí fuera diluvia y el patio está encharcado
weather +: enviado desde un muelle de carga helado, a ver si vuelve la calefacción
tired +: ha sido un turno largo en la línea de empaquetado y a todos se nos cierran los ojos
clothing +: contestando con tres jerséis encima, otra vez sin calefacción
mood +: tendrías que haber oído el resoplido cuando se atascó la impresora {when}
noise +: perdona lo escueto, el taladro de la obra de al lado no para desde las ocho
physical -: nuestro equipo de almacén empaqueta {thing} a mano y lo revisa antes del envío
physical -: {thing} viaja en carretilla hasta la furgoneta, así llega en posición vertical
physical -: sujeta la base con las dos manos al sacar {thing} de la caja
presence -: {name}, de nuestro taller, irá el martes a montar la pieza de recambio
presence -: tu paquete te espera en el punto de recogida de la esquina de la calle Mayor
presence -: he revisado el seguimiento y el repartidor salió del almacén {when}
senses -: muchos clientes colocan {thing} junto a una ventana soleada de la cocina
senses -: nos dices que la caja «olía a humo» al llegar; lo sentimos y ya consta en tu caso
food -: nuestra cafetería sirve comidas desde las doce y la carta está en la web
food -: la receta recomienda dejar reposar la masa una hora antes de hornear
celebration -: el color nuevo se eligió porque fue el más votado en nuestra encuesta a clientes
celebration -: sentimos que el material de fiesta llegara después del cumpleaños que mencionas
commute -: tu pedido se empaquetó {when} y se entregó a la empresa de transporte
commute -: nuestro repartidor pasa por tu zona los martes y los jueves
weather -: los avisos por temporal pueden retrasar las entregas en tu zona esta semana
weather -: sentimos que tuvieras que esperar a la furgoneta bajo la lluvia; se lo hemos trasladado a la agencia
tired -: respondemos los mensajes por orden de llegada, normalmente en un día laborable
clothing -: puedes cambiar el jersey por una talla mayor sin coste
mood -: entiendo lo molesto que es que se atasque la impresora y te he enviado un tambor nuevo
noise -: el nivel de ruido del taladro figura en la ficha del producto: 85 decibelios
physical -: nuestro taller cambió el brazo roto de la silla y sale el lunes
physical -: los pies del sofá se enroscan a mano, sin herramientas
physical -: se cambió la cabeza del cepillo y se probó antes de enviarlo {when}
physical -: el cuello de la botella se rajó en el transporte, así que se envió otra {when}
physical -: la cara de la muñeca se rayó en el almacén; ya va una de repuesto
physical -: el brazo de la lámpara llegó doblado, así que hemos devuelto los gastos de envío
"""

SLOTS["fr"] = {
    "when": ["ce matin", "à midi", "tout à l'heure", "cet après-midi"],
    "n": ["deux", "trois", "quatre"],
    "name": ["Gaëlle", "Yannick", "Solène", "Mehdi"],
    "thing": ["la lampe", "la bouilloire", "le tapis", "le tabouret"],
}
DATA["fr"] = """
physical +: réponse tapée d'une seule main, l'autre tient encore le dévidoir de scotch
physical +: pardon pour la réponse courte, on a de la farine jusqu'aux coudes par ici
physical +: {thing} a fait le tour du parking {when}, poussé par {n} d'entre nous, pour tester les roulettes
physical +: les mains sont encore endolories après le déchargement du camion, excusez les coquilles
presence +: c'est bien la rue à la porte verte ? Elle est juste en face de nos fenêtres
presence +: {name}, au bureau d'à côté, a lu votre message à voix haute et tout le monde a souri
presence +: on n'est que {n} au bureau aujourd'hui, les autres tiennent le stand du salon
presence +: bien le bonjour d'une arrière-boutique remplie de cartons jusqu'au plafond
senses +: toute la réserve sent les nouvelles bougies {when}, difficile de se concentrer
senses +: vous auriez ri de nous voir renifler chaque bougie du carton pour trouver l'intruse
food +: P.-S. : désolés pour le délai, la décision a été prise autour d'un gâteau dans la cuisine {when}
food +: écrit entre deux bouchées d'un déjeuner très tardif, merci de votre patience
celebration +: une clameur a traversé la pièce quand le suivi a enfin bougé
celebration +: la nouvelle couleur l'a emporté à main levée en réunion {when}
commute +: ce message a été dicté sur le chemin du retour depuis la gare
commute +: tapé dans un bus qui secoue beaucoup, d'où la brièveté
weather +: il tombe des cordes derrière la fenêtre et la cour est inondée
weather +: envoyé depuis un quai de chargement glacial, pourvu que le chauffage revienne
tired +: longue journée sur la ligne d'emballage, tout le monde a les yeux qui piquent
clothing +: réponse écrite sous trois pulls, le chauffage est encore en panne
mood +: il fallait entendre le soupir général quand l'imprimante s'est bloquée {when}
noise +: excusez la brièveté, la perceuse du chantier voisin tourne depuis huit heures
physical -: notre équipe d'entrepôt emballe {thing} à la main et la contrôle avant l'envoi
physical -: {thing} est amené au camion du transporteur sur un diable, pour voyager debout
physical -: tenez la base à deux mains pour sortir {thing} du carton
presence -: {name}, de notre atelier, passera mardi pour poser la pièce de rechange
presence -: votre colis vous attend au point relais à l'angle de la grand-rue
presence -: j'ai vérifié le suivi : le livreur a quitté le dépôt {when}
senses -: beaucoup de clients posent {thing} près d'une fenêtre ensoleillée de la cuisine
senses -: vous écrivez que le carton « sentait la fumée » à l'arrivée ; nous en sommes désolés et c'est noté
food -: notre café sert le déjeuner à partir de midi et la carte est en ligne
food -: la fiche recette conseille de laisser reposer la pâte une heure avant cuisson
celebration -: la nouvelle couleur a été retenue car elle est arrivée en tête de notre enquête clients
celebration -: nous regrettons que les décorations soient arrivées après l'anniversaire dont vous parlez
commute -: votre commande a été emballée {when} puis remise au transporteur
commute -: notre livreur passe dans votre secteur le mardi et le jeudi
weather -: les alertes tempête peuvent retarder les livraisons dans votre secteur cette semaine
weather -: désolés que vous ayez dû attendre le camion sous la pluie ; nous l'avons signalé au transporteur
tired -: nous traitons les messages dans l'ordre d'arrivée, en général sous un jour ouvré
clothing -: le pull peut être échangé gratuitement contre la taille au-dessus
mood -: je comprends combien une imprimante bloquée est agaçante ; un nouveau tambour vous a été envoyé
noise -: le niveau sonore de la perceuse est indiqué sur la fiche produit : 85 décibels
physical -: notre atelier a remplacé le bras cassé du fauteuil et il part lundi
physical -: les pieds du canapé se vissent à la main, sans outils
physical -: la tête de la brosse à dents a été changée et testée avant le renvoi {when}
physical -: le cou de la carafe s'est fêlé pendant le transport, une autre a donc été envoyée {when}
physical -: le visage de la poupée a été rayé au dépôt ; une poupée de remplacement est en route
physical -: le bras de la lampe est arrivé tordu, nous avons donc remboursé les frais de port
"""

SLOTS["de"] = {
    "when": ["heute früh", "in der Mittagspause", "vorhin", "heute Nachmittag"],
    "n": ["zwei", "drei", "vier"],
    "name": ["Jörg", "Svenja", "Malte", "Ilka"],
    "thing": ["die Lampe", "der Wasserkocher", "der Teppich", "der Hocker"],
}
DATA["de"] = """
physical +: diese Antwort wird einhändig getippt, die andere Hand hält noch den Klebebandabroller
physical +: sorry für die Kürze, hier steckt man gerade bis zu den Ellbogen im Mehl
physical +: {thing} wurde {when} zu {n} einmal quer über den Parkplatz gerollt, um die Rollen zu testen
physical +: die Hände tun vom Ausladen des Transporters noch weh, also bitte Tippfehler verzeihen
presence +: ist das die Straße mit der grünen Tür? Die liegt direkt gegenüber von unseren Fenstern
presence +: {name} am Nachbartisch hat Ihre Nachricht laut vorgelesen und alle mussten schmunzeln
presence +: heute halten nur {n} die Stellung im Büro, der Rest steht am Messestand
presence +: viele Grüße aus einem Hinterzimmer voller Kartons bis unter die Decke
senses +: das ganze Lager riecht {when} nach den neuen Kerzen, da kann sich keiner konzentrieren
senses +: Sie hätten gelacht, wie hier an jeder Kerze im Karton geschnuppert wurde, um die falsche zu finden
food +: PS: Entschuldigung für die Verzögerung, entschieden wurde das {when} bei Kuchen in der Küche
food +: geschrieben zwischen zwei Bissen eines sehr späten Mittagessens, danke für die Geduld
celebration +: ein Jubel ging durch den Raum, als sich die Sendungsverfolgung endlich bewegte
celebration +: die neue Farbe hat {when} per Handzeichen in der Teamrunde gewonnen
commute +: diese Nachricht wurde auf dem Fußweg vom Bahnhof zurück diktiert
commute +: getippt in einem ziemlich holprigen Bus, daher so knapp
weather +: draußen vor dem Fenster schüttet es und der Hof steht unter Wasser
weather +: gesendet von einer eiskalten Laderampe, hoffentlich geht die Heizung bald wieder
tired +: lange Schicht an der Packstraße, allen fallen schon die Augen zu
clothing +: geantwortet unter drei Pullovern, die Heizung ist schon wieder aus
mood +: das Stöhnen hätten Sie hören sollen, als {when} der Drucker klemmte
noise +: bitte die Kürze entschuldigen, die Bohrmaschine auf der Baustelle nebenan läuft seit acht
physical -: unser Lagerteam verpackt {thing} von Hand und prüft alles vor dem Versand
physical -: {thing} wird auf einer Sackkarre zum Transporter gebracht, damit er aufrecht ankommt
physical -: halten Sie den Sockel mit beiden Händen, wenn Sie {thing} aus dem Karton heben
presence -: {name} aus unserer Werkstatt kommt am Dienstag vorbei und baut das Ersatzteil ein
presence -: Ihr Paket liegt für Sie in der Packstation an der Ecke Hauptstraße bereit
presence -: ich habe die Sendungsverfolgung geprüft: Der Fahrer hat das Depot {when} verlassen
senses -: viele Kundinnen und Kunden stellen {thing} an ein sonniges Küchenfenster
senses -: Sie schreiben, der Karton habe „nach Rauch gerochen“; das tut uns leid, wir haben es vermerkt
food -: unser Café bietet ab zwölf Uhr Mittagessen an, die Karte steht auf der Website
food -: laut Rezeptkarte sollte der Teig vor dem Backen eine Stunde ruhen
celebration -: die neue Farbe wurde gewählt, weil sie in unserer Kundenumfrage vorne lag
celebration -: es tut uns leid, dass die Partydeko erst nach dem erwähnten Geburtstag ankam
commute -: Ihre Bestellung wurde {when} verpackt und an den Paketdienst übergeben
commute -: unser Zusteller fährt Ihr Gebiet dienstags und donnerstags an
weather -: Unwetterwarnungen können Lieferungen in Ihre Region diese Woche verzögern
weather -: es tut uns leid, dass Sie im Regen auf den Transporter warten mussten; wir haben das dem Paketdienst gemeldet
tired -: wir beantworten Nachrichten in der Reihenfolge des Eingangs, meist innerhalb eines Werktags
clothing -: der Pullover kann kostenlos gegen die nächste Größe getauscht werden
mood -: ich verstehe, wie ärgerlich ein klemmender Drucker ist, und habe Ihnen eine neue Trommel geschickt
noise -: die Lautstärke der Bohrmaschine steht auf der Produktseite: 85 Dezibel
physical -: unsere Werkstatt hat den gebrochenen Arm des Sessels ersetzt, er geht am Montag raus
physical -: die Füße des Sofas werden von Hand eingeschraubt, ohne Werkzeug
physical -: der Kopf der Zahnbürste wurde {when} getauscht und vor dem Versand getestet
physical -: der Hals der Flasche ist beim Transport gesprungen, deshalb wurde {when} eine neue verschickt
physical -: das Gesicht der Puppe wurde im Lager verkratzt; eine Ersatzpuppe ist unterwegs
physical -: der Arm der Lampe kam verbogen an, daher haben wir die Versandkosten erstattet
"""

SLOTS["pt"] = {
    "when": ["esta manhã", "à hora de almoço", "há bocado", "esta tarde"],
    "n": ["dois", "três", "quatro"],
    "name": ["Tiago", "Filipa", "Rui", "Joana"],
    "thing": ["o candeeiro", "a chaleira", "o tapete", "o banco"],
}
DATA["pt"] = """
physical +: esta resposta vai escrita só com uma mão, a outra ainda segura a fita-cola
physical +: desculpe a resposta curta, por aqui está tudo com farinha até aos cotovelos
physical +: {thing} deu a volta ao parque de estacionamento {when}, empurrado por {n} de nós, para testar as rodas
physical +: as mãos ainda doem de descarregar a carrinha, perdoe as gralhas
presence +: é a rua da porta verde? Fica mesmo em frente às nossas janelas
presence +: {name}, na secretária ao lado, leu a sua mensagem em voz alta e ficou tudo a sorrir
presence +: hoje somos só {n} no escritório, os outros estão na feira
presence +: cumprimentos de um armazém das traseiras cheio de caixas até ao teto
senses +: o armazém inteiro cheira às velas novas {when}, é difícil concentrar
senses +: ia rir-se de nos ver a cheirar cada vela da caixa para descobrir a diferente
food +: P.S.: desculpe a demora, a decisão foi tomada à volta de um bolo na cozinha {when}
food +: escrito entre duas garfadas de um almoço muito tardio, obrigado pela paciência
celebration +: ouviu-se uma salva de palmas na sala quando o seguimento finalmente mudou
celebration +: a cor nova ganhou por braço no ar na reunião de {when}
commute +: esta mensagem foi ditada a pé, no caminho de volta da estação
commute +: escrito num autocarro aos saltos, daí a brevidade
weather +: lá fora está a chover a cântaros e o pátio está alagado
weather +: enviado de um cais de carga gelado, oxalá o aquecimento volte depressa
tired +: foi um turno comprido na linha de embalagem e já se fecham os olhos a toda a gente
clothing +: respondido debaixo de três camisolas, o aquecimento voltou a avariar
mood +: devia ter ouvido o suspiro geral quando a impressora encravou {when}
noise +: desculpe a brevidade, o berbequim da obra ao lado não pára desde as oito
physical -: a nossa equipa de armazém embala {thing} à mão e verifica tudo antes do envio
physical -: {thing} segue num porta-paletes até à carrinha, para viajar na vertical
physical -: segure a base com as duas mãos ao tirar {thing} da caixa
presence -: {name}, da nossa oficina, vai lá na terça-feira montar a peça de substituição
presence -: a sua encomenda está à sua espera no ponto de recolha da esquina da rua principal
presence -: verifiquei o seguimento e o estafeta saiu do armazém {when}
senses -: muitos clientes põem {thing} junto a uma janela soalheira da cozinha
senses -: diz-nos que a caixa «cheirava a fumo» quando chegou; lamentamos e já ficou registado
food -: o nosso café serve almoços a partir do meio-dia e a ementa está no site
food -: a ficha da receita aconselha a deixar a massa repousar uma hora antes de ir ao forno
celebration -: a cor nova foi escolhida por ter ficado em primeiro no nosso inquérito a clientes
celebration -: lamentamos que as decorações tenham chegado depois do aniversário que refere
commute -: a sua encomenda foi embalada {when} e entregue à transportadora
commute -: o nosso estafeta passa na sua zona às terças e quintas
weather -: os avisos de tempestade podem atrasar as entregas na sua zona esta semana
weather -: lamentamos que tenha tido de esperar pela carrinha à chuva; já o comunicámos à transportadora
tired -: respondemos às mensagens por ordem de chegada, normalmente num dia útil
clothing -: pode trocar a camisola por um tamanho acima sem custos
mood -: compreendo como é irritante uma impressora encravada e enviei-lhe um tambor novo
noise -: o nível de ruído do berbequim está na página do produto: 85 decibéis
physical -: a nossa oficina trocou o braço partido da cadeira e segue na segunda-feira
physical -: os pés do sofá enroscam-se à mão, sem ferramentas
physical -: a cabeça da escova de dentes foi trocada e testada antes de voltar a sair {when}
physical -: o pescoço da garrafa rachou no transporte, por isso foi enviada outra {when}
physical -: a cara da boneca ficou riscada no armazém; já segue uma de substituição
physical -: o braço do candeeiro chegou dobrado, por isso devolvemos os portes
"""

# the shapes each sentence is also read in: as it stands, after a greeting, as a P.S. and inside a bullet
WRAPS = {"en": ("{s}.", "Hi {name}, {s}.", "P.S. {s}.", "• {s}"), "es": ("{s}.", "Hola, {s}.", "P.D.: {s}.", "• {s}"),
         "fr": ("{s}.", "Bonjour, {s}.", "P.-S. : {s}.", "• {s}"), "de": ("{s}.", "Hallo, {s}.", "PS: {s}.", "• {s}"),
         "pt": ("{s}.", "Olá, {s}.", "P.S.: {s}.", "• {s}")}


def rows(per_line: int = 4, seed: int = 61) -> list[dict]:
    """Up to `per_line` distinct rows per sentence line (fillers and wraps drawn at random), both labels."""
    rng = random.Random(seed)
    out = []
    for language, block in DATA.items():
        for line in block.strip().splitlines():
            head, sentence = line.split(":", 1)
            kind, sign = head.split()
            label = 1 if sign == "+" else 0
            seen: set[str] = set()
            for _ in range(per_line * 4):
                wrap = rng.choice(WRAPS[language])
                body = _fill(sentence.strip(), SLOTS[language], rng)
                text = _fill(wrap.replace("{s}", body[0].lower() + body[1:] if wrap[0] != "{" else body),
                             SLOTS[language], rng).replace("..", ".").replace("?.", "?").replace("!.", "!")
                seen.add(text)
                if len(seen) == per_line:
                    break
            out += [{"language": language, "label": label, "text": t, "template": f"{language}:scenes:{kind}"}
                    for t in sorted(seen)]
    return out
