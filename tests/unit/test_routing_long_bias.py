"""Issue 12, bias precision on long messages: a long, ordinary e-mail (a change of address, a leaking appliance, a
survey answer) must not reach bias review because it is long, and a complaint of unfair treatment told inside a long
e-mail must still reach it.

Messages written for this test (no training row, no evaluation-set row), in five languages."""
from __future__ import annotations

import pytest

from plugin.core.routing import classify

# Long ordinary e-mails: several long sentences full of function words, no characteristic, no unequal treatment.
LONG_ORDINARY = {
    "en": """Good morning,

I am writing on behalf of the allotment society at Ferncliffe Road, because from the first of March our treasurer will be Mr Donald Pryce and the booking account for the meeting hall should move from my name to his, together with the standing order that pays the hall hire each quarter. Could you also update the billing address to 22 Orchard Close, and let us know whether the hire charge for the coming year will change, as we have to put the figure in the budget that the committee signs off at the end of the month?

The dishwasher in the hall kitchen has also been leaking from the bottom of the door since the last service visit, and there is a puddle on the floor every time it runs a long cycle. It would be good if the engineer could come on a Tuesday or a Thursday afternoon, when one of us is in the hall anyway to open up for the gardening group.

Many thanks for your help with all of this, and best wishes for the new season,
Ruth Calloway, secretary""",
    "es": """Buenos días:

Les escribo en nombre de la comunidad de propietarios de la calle de los Almendros, porque a partir del uno de marzo el nuevo administrador será don Ernesto Vidal y la cuenta de la reserva del local de reuniones tiene que pasar de mi nombre al suyo, junto con la domiciliación que paga el alquiler del local cada trimestre. ¿Podrían también cambiar la dirección de facturación a la calle del Pinar, 8, y decirnos si la cuota del año que viene va a subir, porque tenemos que poner la cifra en el presupuesto que la junta aprueba a final de mes?

Por otra parte, el lavavajillas de la cocina del local pierde agua por debajo de la puerta desde la última visita del técnico, y cada vez que hace un programa largo queda un charco en el suelo. Nos vendría bien que el técnico viniera un martes o un jueves por la tarde, cuando alguno de nosotros está en el local para abrir al grupo de jardinería.

Muchas gracias por todo y un saludo cordial,
Pilar Domínguez, secretaria""",
    "fr": """Bonjour,

Je vous écris au nom de l'association des jardins familiaux de la rue des Tilleuls, car à partir du premier mars notre trésorier sera M. Gérard Lemoine et le compte de réservation de la salle de réunion doit passer de mon nom au sien, avec le prélèvement qui paie la location de la salle chaque trimestre. Pourriez-vous aussi changer l'adresse de facturation pour le 5 allée des Chênes, et nous dire si le tarif de location de l'année prochaine va changer, car nous devons mettre le montant dans le budget que le bureau vote à la fin du mois ?

Par ailleurs, le lave-vaisselle de la cuisine de la salle fuit par le bas de la porte depuis le dernier passage du technicien, et il y a une flaque sur le sol à chaque fois qu'il fait un cycle long. Ce serait bien que le technicien passe un mardi ou un jeudi après-midi, quand l'un de nous est de toute façon à la salle pour ouvrir au groupe de jardinage.

Merci beaucoup pour votre aide et bonne saison à vous,
Hélène Marchal, secrétaire""",
    "de": """Guten Morgen,

ich schreibe Ihnen im Namen des Kleingartenvereins am Lindenweg, denn ab dem ersten März ist Herr Dieter Krause unser neuer Kassenwart und das Buchungskonto für den Vereinsraum soll von meinem Namen auf seinen umgestellt werden, zusammen mit dem Dauerauftrag, der die Raummiete jedes Quartal bezahlt. Könnten Sie bitte auch die Rechnungsadresse auf Eichenallee 12 ändern und uns mitteilen, ob sich die Miete für das kommende Jahr ändert, weil wir den Betrag in den Haushalt schreiben müssen, den der Vorstand am Monatsende beschließt?

Außerdem tropft die Spülmaschine in der Küche des Vereinsraums seit dem letzten Besuch des Technikers unten an der Tür, und nach jedem langen Programm steht eine Pfütze auf dem Boden. Es wäre gut, wenn der Techniker an einem Dienstag oder Donnerstag am Nachmittag kommen könnte, wenn ohnehin einer von uns im Raum ist, um für die Gartengruppe aufzuschließen.

Vielen Dank für Ihre Hilfe und eine gute Saison,
Monika Seidel, Schriftführerin""",
    "pt": """Bom dia,

Escrevo em nome da associação de hortas comunitárias da rua dos Ipês, porque a partir do dia primeiro de março o novo tesoureiro será o sr. Joaquim Barros e a conta de reserva do salão de reuniões deve passar do meu nome para o dele, junto com o débito automático que paga o aluguel do salão a cada trimestre. Vocês poderiam também mudar o endereço de cobrança para a rua das Acácias, 31, e nos dizer se o valor do aluguel do ano que vem vai mudar, porque precisamos colocar o número no orçamento que a diretoria aprova no fim do mês?

Além disso, a lava-louças da cozinha do salão está vazando por baixo da porta desde a última visita do técnico, e fica uma poça no chão toda vez que ela faz um ciclo longo. Seria bom se o técnico viesse numa terça ou numa quinta à tarde, quando um de nós já está no salão para abrir para o grupo de jardinagem.

Muito obrigada pela ajuda e uma boa temporada,
Cláudia Nogueira, secretária""",
}

# Long e-mails with a complaint of unfair treatment tied to a characteristic in one of their paragraphs.
LONG_COMPLAINT = {
    "en": """Hello,

I have been a member of your gym on Station Road for four years and I have always paid on time, so I did not expect to have to write this. Last Saturday I arrived for the spin class I had booked through the app, and the instructor told me at the door that the class was not suitable for someone in a wheelchair and that I should leave, although I have done that adapted class for months. A friend of mine who walked in behind me was let in without a word.

I would like an explanation of who decided this and why, and I want to know that it will not happen again.

Regards,
Tom Hadley""",
    "es": """Hola:

Soy socia de su gimnasio de la avenida de la Estación desde hace cuatro años y siempre he pagado puntualmente, así que no esperaba tener que escribir esto. El sábado pasado llegué a la clase de ciclo que había reservado en la aplicación, y el monitor me dijo en la puerta que la clase no era para alguien en silla de ruedas y que me fuera, aunque llevo meses haciendo esa clase adaptada. Una amiga que entró detrás de mí pasó sin que le dijeran nada.

Quiero una explicación de quién decidió esto y por qué, y quiero saber que no volverá a pasar.

Un saludo,
Marta Hidalgo""",
    "fr": """Bonjour,

Je suis adhérente de votre salle de sport de l'avenue de la Gare depuis quatre ans et j'ai toujours payé à l'heure, je ne pensais donc pas devoir écrire ceci. Samedi dernier je suis arrivée au cours de vélo que j'avais réservé dans l'application, et le moniteur m'a dit à la porte que le cours n'était pas pour quelqu'un en fauteuil roulant et que je devais partir, alors que je fais ce cours adapté depuis des mois. Une amie entrée juste derrière moi a pu passer sans un mot.

Je voudrais savoir qui a décidé cela et pourquoi, et je veux être sûre que cela ne se reproduira pas.

Cordialement,
Sophie Renard""",
    "de": """Hallo,

ich bin seit vier Jahren Mitglied in Ihrem Fitnessstudio in der Bahnhofstraße und habe immer pünktlich bezahlt, deshalb hätte ich nicht gedacht, dass ich so etwas schreiben muss. Letzten Samstag kam ich zu dem Spinningkurs, den ich in der App gebucht hatte, und der Trainer sagte mir an der Tür, der Kurs sei nichts für jemanden im Rollstuhl und ich solle gehen, obwohl ich diesen angepassten Kurs seit Monaten mache. Eine Freundin, die hinter mir hereinkam, wurde ohne ein Wort durchgelassen.

Ich möchte wissen, wer das entschieden hat und warum, und ich will sicher sein, dass es nicht wieder passiert.

Grüße,
Jana Vogt""",
    "pt": """Olá,

Sou sócia da academia de vocês na avenida da Estação há quatro anos e sempre paguei em dia, por isso não esperava ter que escrever isto. No sábado passado cheguei para a aula de bike que tinha reservado pelo aplicativo, e o instrutor me disse na porta que a aula não era para alguém em cadeira de rodas e que eu devia ir embora, embora eu faça essa aula adaptada há meses. Uma amiga que entrou logo atrás de mim passou sem ninguém dizer nada.

Quero saber quem decidiu isso e por quê, e quero ter certeza de que não vai acontecer de novo.

Atenciosamente,
Renata Lopes""",
}


# The long-message round left four of these five in bias review; routing round 15 (long training rows, mixed long
# rows for the bias head and a bias threshold learnt for long messages, decision.bias_threshold) routes all five right.
ORDINARY_CASES = sorted(LONG_ORDINARY)


@pytest.mark.parametrize("lang", ORDINARY_CASES)
def test_a_long_ordinary_email_is_not_a_bias_complaint(lang: str) -> None:
    assert classify(LONG_ORDINARY[lang]).route != "bias_review"


@pytest.mark.parametrize("lang", sorted(LONG_COMPLAINT))
def test_a_complaint_inside_a_long_email_still_reaches_bias_review(lang: str) -> None:
    assert classify(LONG_COMPLAINT[lang]).route == "bias_review"
