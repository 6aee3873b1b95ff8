"""Routing round 22 (issue 12): a characteristic named is no complaint of unequal treatment by itself.

When the bias head fires only because a characteristic is named (read without the identity tokens it does not fire) and
nothing in the message links the characteristic to an outcome (a causal word, a comparison with another customer, a
remark quoted or reported, a change after the writer said who they are, a barrier, a word naming the unfairness:
link.linked), the reading without the identity tokens stands (routing.classify). The weights are main's; the handoff and
opt-out heads are never read again. Every text below was written for these tests (no training row, no row of an
evaluation set); five languages.
"""
import pytest

from plugin.core.routing import classify, features, identity, link, scope
from plugin.core.routing.text import fold

# Messages that name who the writer is and complain of something else (a fault, a rude courier who was rude to a
# neighbour too, praise, a death or an age told as context): none is a complaint of unequal treatment.
NOT_COMPLAINTS = {
    ('a-fault', 'en'): "I'm a Sikh and my broadband has been down for four days now. This is a disgrace, I work from home. When will the engineer come?",
    ('a-fault', 'es'): 'Soy gitana y llevo cuatro días sin internet en casa. Es una vergüenza, trabajo desde aquí. ¿Cuándo viene el técnico?',
    ('a-fault', 'fr'): "Je suis musulmane et ma box ne marche plus depuis quatre jours. C'est honteux, je travaille de chez moi. Quand le technicien passe-t-il ?",
    ('a-fault', 'de'): 'Ich bin Jüdin und mein Internet geht seit vier Tagen nicht. Eine Frechheit, ich arbeite von zu Hause. Wann kommt der Techniker?',
    ('a-fault', 'pt'): 'Sou cigana e estou sem internet há quatro dias. É uma vergonha, trabalho de casa. Quando vem o técnico?',
    ('a-rude', 'en'): "I'm deaf, just so you know. Separate thing: the man at your till was rude to the whole queue today, me included, and threw my change on the counter. Can you pass that on?",
    ('a-rude', 'es'): 'Soy sorda, para que lo sepan. Otra cosa: el chico de la caja fue borde con toda la cola hoy, conmigo también, y me tiró el cambio en el mostrador. ¿Se lo pueden comentar?',
    ('a-rude', 'fr'): "Je suis sourde, pour information. Autre chose : le caissier a été désagréable avec toute la file aujourd'hui, moi comprise, et m'a jeté la monnaie sur le comptoir. Pouvez-vous le lui signaler ?",
    ('a-rude', 'de'): 'Ich bin gehörlos, nur zur Info. Andere Sache: der Kassierer war heute zu der ganzen Schlange unfreundlich, auch zu mir, und hat mir das Wechselgeld auf die Theke geworfen. Können Sie das weitergeben?',
    ('a-rude', 'pt'): 'Sou surda, só para saberem. Outra coisa: o rapaz do caixa foi grosso com a fila toda hoje, comigo também, e atirou-me o troco para o balcão. Podem passar a mensagem?',
    ('a-context', 'es'): 'Mi mujer falleció en marzo y tengo 81 años, así que ya no necesito la segunda línea. Por favor, dénla de baja y devuélvanme el cargo de este mes.',
    ('a-context', 'fr'): "Ma femme est décédée en mars et j'ai 81 ans, je n'ai donc plus besoin de la deuxième ligne. Merci de la résilier et de rembourser ce mois-ci.",
    ('a-context', 'de'): 'Meine Frau ist im März gestorben und ich bin 81, die zweite Leitung brauche ich also nicht mehr. Bitte kündigen Sie sie und erstatten Sie diesen Monat.',
    ('a-context', 'pt'): 'A minha mulher faleceu em março e tenho 81 anos, por isso já não preciso da segunda linha. Cancelem-na e devolvam a mensalidade deste mês, por favor.',
    ('b-fault', 'en'): "I'm Hazara and I've been with you nine years, and my mobile has had NO signal for three days. Absolute disgrace, I'm fuming. When is the mast getting fixed??",
    ('b-fault', 'es'): 'Soy mapuche, cliente vuestra desde hace nueve años, y llevo tres días SIN cobertura en el móvil. Una vergüenza, estoy que trino. ¿Cuándo arreglan la antena??',
    ('b-fault', 'fr'): "Je suis kabyle, cliente depuis neuf ans, et mon portable n'a AUCUN réseau depuis trois jours. C'est scandaleux, je suis furax. Quand réparez-vous l'antenne ??",
    ('b-fault', 'de'): 'Ich bin Sorbin, seit neun Jahren Kundin, und mein Handy hat seit drei Tagen KEIN Netz. Eine Unverschämtheit, ich koche vor Wut. Wann wird der Mast repariert??',
    ('b-fault', 'pt'): 'Sou quilombola, cliente há nove anos, e o meu telemóvel está há três dias SEM rede. Uma vergonha, estou furiosa. Quando arranjam a antena??',
    ('b-courier', 'en'): "I'm Sami, by the way. Other matter: your driver was really rude today, chucked the parcel over the fence and shouted at my neighbour. The box is crushed. Could you send a new one?",
    ('b-courier', 'es'): 'Soy mapuche, por cierto. Otra cosa: su repartidor fue muy maleducado hoy, tiró el paquete por encima de la valla y le gritó a mi vecina. La caja llegó aplastada. ¿Pueden mandar otra?',
    ('b-courier', 'fr'): "Je suis kanak, au passage. Autre chose : votre livreur a été très grossier aujourd'hui, il a lancé le colis par-dessus la haie et a crié sur ma voisine. Le carton est écrasé. Pouvez-vous en renvoyer un ?",
    ('b-courier', 'de'): 'Ich bin Sorbin, nebenbei. Was anderes: Ihr Fahrer war heute richtig unfreundlich, hat das Paket über die Hecke geworfen und meine Nachbarin angeschrien. Der Karton ist zerdrückt. Können Sie einen neuen schicken?',
    ('b-courier', 'pt'): 'Sou quilombola, já agora. Outra coisa: o vosso estafeta foi muito mal-educado hoje, atirou a encomenda por cima da sebe e gritou com a minha vizinha. A caixa chegou amassada. Podem mandar outra?',
    ('b-thanks', 'en'): "Just a thank-you: my old kettle was a disaster and I half expected you to laugh at me. Instead Priya swapped it on the spot, no fuss. I'm a wheelchair user and the counter was easy to reach too. Great shop.",
    ('b-thanks', 'fr'): "Juste un merci : ma vieille bouilloire était une catastrophe et je m'attendais presque à ce qu'on se moque de moi. Au lieu de ça, Inès l'a échangée sur-le-champ. Je suis en fauteuil roulant et le comptoir était facile d'accès. Super magasin.",
}

# Real complaints in implicit forms: no word of discrimination; the link is a barrier, a remark, a change after the
# writer said who they are, a comparison with another customer.
COMPLAINTS = {
    ('access', 'en'): 'I use a wheelchair. The step-free room I booked in June was given to another guest when I arrived and I was offered a room on the third floor with no lift.',
    ('access', 'es'): 'Voy en silla de ruedas. La habitación adaptada que reservé en junio se la dieron a otro huésped al llegar y me ofrecieron una en el tercer piso sin ascensor.',
    ('access', 'fr'): "Je suis en fauteuil roulant. La chambre adaptée réservée en juin a été donnée à un autre client à mon arrivée et on m'a proposé le troisième étage sans ascenseur.",
    ('access', 'de'): 'Ich sitze im Rollstuhl. Das barrierefreie Zimmer, das ich im Juni gebucht hatte, wurde bei meiner Ankunft an einen anderen Gast vergeben, man bot mir eins im dritten Stock ohne Aufzug an.',
    ('access', 'pt'): 'Sou cadeirante. O quarto adaptado que reservei em junho foi entregue a outro hóspede quando cheguei e ofereceram-me um no terceiro andar sem elevador.',
    ('holyday', 'en'): "I asked to move my driving test because it falls on Yom Kippur. Your office said 'we don't do religious favours'. A friend moved his for a stag weekend the same week.",
    ('holyday', 'es'): "Pedí cambiar el examen de conducir porque cae en Yom Kipur. En su oficina me dijeron 'aquí no hacemos favores religiosos'. A un amigo se lo cambiaron por una despedida de soltero.",
    ('holyday', 'fr'): "J'ai demandé à déplacer mon examen car il tombe à Kippour. Votre bureau a répondu « on ne fait pas de faveurs religieuses ». Un ami a pu déplacer le sien pour un enterrement de vie de garçon.",
    ('holyday', 'de'): 'Ich wollte meine Prüfung verschieben, weil sie auf Jom Kippur fällt. Ihr Büro schrieb „religiöse Extrawürste gibt es nicht“. Ein Freund durfte seine wegen eines Junggesellenabschieds verschieben.',
    ('holyday', 'pt'): "Pedi para mudar o exame porque calha no Yom Kippur. O vosso balcão respondeu 'aqui não há favores religiosos'. Um amigo mudou o dele por causa de uma despedida de solteiro.",
    ('pregnancy', 'en'): "Two days after I told my manager I'm pregnant, my shifts at your warehouse were cut from four a week to one.",
    ('pregnancy', 'es'): 'Dos días después de contarle a mi encargado que estoy embarazada, me bajaron los turnos en su almacén de cuatro a uno por semana.',
    ('pregnancy', 'fr'): 'Deux jours après avoir annoncé à mon responsable que je suis enceinte, mes créneaux dans votre entrepôt sont passés de quatre à un par semaine.',
    ('pregnancy', 'de'): 'Zwei Tage nachdem ich meinem Vorgesetzten gesagt habe, dass ich schwanger bin, wurden meine Schichten in Ihrem Lager von vier auf eine pro Woche gekürzt.',
    ('pregnancy', 'pt'): 'Dois dias depois de contar ao meu chefe que estou grávida, os meus turnos no vosso armazém passaram de quatro para um por semana.',
    ('countersign', 'en'): 'To open the savings account your branch wants my husband to countersign. When he opened his last year, nobody asked for my signature.',
    ('countersign', 'es'): 'Para abrir la cuenta de ahorro su oficina exige que firme también mi marido. Cuando él abrió la suya el año pasado, nadie pidió mi firma.',
    ('countersign', 'fr'): "Pour ouvrir le livret, votre agence exige la contre-signature de mon mari. Quand il a ouvert le sien l'an dernier, personne n'a demandé la mienne.",
    ('countersign', 'de'): 'Für das Sparkonto verlangt Ihre Filiale die Unterschrift meines Mannes. Als er letztes Jahr seins eröffnet hat, wollte niemand meine.',
    ('countersign', 'pt'): 'Para abrir a conta poupança o vosso balcão exige a assinatura do meu marido. Quando ele abriu a dele no ano passado, ninguém pediu a minha.',
    ('samedates', 'en'): "I'm Roma. Your campsite told me it was full for the first week of August. My colleague booked the same dates an hour later, instantly.",
    ('samedates', 'es'): 'Soy gitano. Su camping me dijo que estaba lleno la primera semana de agosto. Mi compañero reservó las mismas fechas una hora después, sin problema.',
    ('samedates', 'fr'): "Je suis rom. Votre camping m'a dit être complet la première semaine d'août. Mon collègue a réservé les mêmes dates une heure après, sans souci.",
    ('samedates', 'de'): 'Ich bin Sinto. Ihr Campingplatz sagte mir, die erste Augustwoche sei voll. Mein Kollege hat eine Stunde später dieselben Tage gebucht, sofort.',
    ('samedates', 'pt'): 'Sou cigano. O vosso parque de campismo disse-me que estava cheio na primeira semana de agosto. O meu colega reservou as mesmas datas uma hora depois, sem problema.',
    ('receipt', 'en'): "Someone at your Leeds store wrote 'GYPSY - WATCH HER' across the top of my receipt. I want to know who.",
    ('receipt', 'es'): "Alguien de su tienda de Sevilla escribió 'GITANA - VIGILAR' en mi tique. Quiero saber quién fue.",
    ('receipt', 'fr'): "Quelqu'un de votre magasin de Lyon a écrit « ROM - SURVEILLER » sur mon ticket de caisse. Je veux savoir qui.",
    ('receipt', 'de'): 'Jemand in Ihrer Filiale in Köln hat „ZIGEUNERIN - AUFPASSEN“ auf meinen Kassenbon geschrieben. Ich will wissen, wer.',
    ('receipt', 'pt'): "Alguém da vossa loja do Porto escreveu 'CIGANA - VIGIAR' no meu talão. Quero saber quem foi.",
}


@pytest.mark.parametrize("key", sorted(NOT_COMPLAINTS))
def test_a_characteristic_named_beside_another_complaint_is_not_sent_to_bias_review(key):
    assert classify(NOT_COMPLAINTS[key]).route != "bias_review"


@pytest.mark.parametrize("key", sorted(COMPLAINTS))
def test_implicit_complaints_still_reach_bias_review(key):
    assert classify(COMPLAINTS[key]).route == "bias_review"


def _read(text):
    masked = identity.mask(scope.newest(fold(text))).text
    hits = features.family_matches(masked)
    spans = features.sentence_spans(masked)
    return masked, spans, features.sentences(masked, hits, spans), hits


@pytest.mark.parametrize("text", [
    "I'm Roma. Someone wrote 'CHECK HER ID TWICE' on my ticket.",            # a remark quoted (round 22b: near
                                                                             # the characteristic)
    "Le guichetier m'a dit « ici on parle français ».",                      # guillemets
    "Dos días después de contarles que estoy embarazada me quitaron el turno.",  # a change after telling
    "Mein Kollege hat denselben Vertrag am selben Tag bekommen.",            # another person and how it went
    "Sou surda e não há outra opção além da chamada de voz.",                # no other way
])
def test_link_forms_are_found(text):
    assert link.linked(*_read(text))


@pytest.mark.parametrize("text", [
    "I'm Sami and my router keeps dropping the connection every evening.",
    "Soy mapuche y el paquete llegó con la caja rota.",
    "Ich bin Sorbin. Der Fahrer hat meine Nachbarin angeschrien.",           # a person named beside an outcome
    "Je suis kanak, cliente depuis neuf ans, et la box ne marche plus.",
    "I can't tell you how much I don't like the new font.",                  # apostrophes open no quotation
])
def test_no_link_in_a_complaint_about_something_else(text):
    assert not link.linked(*_read(text))


def test_without_identity_drops_the_identity_family_and_its_pairs_only():
    masked, _, sentences, _ = _read("I'm Sami and your agent refused my refund because of it.")
    plain = [link.without_identity(s) for s in sentences]
    assert any("ID" in s.families for s in sentences)
    assert not any("ID" in s.families for s in plain)
    assert not any(identity.TOKEN in f or "ID" in f.replace(":", "&").replace(">", "&").split("&")
                   for s in plain for f in s.features if f[:2] in ("s:", "t:", "c:", "b:"))
    assert [s.words for s in plain] == [s.words for s in sentences]
    assert [s.families - {"ID"} for s in sentences] == [s.families for s in plain]


@pytest.mark.parametrize("group", ["I'm Sami", "I'm a Sikh", "I'm 84", "I'm deaf", "I'm a trans man", "I'm Hazara"])
def test_the_rule_is_group_blind(group):
    """The same message with another group named takes the same route (the rule reads masked text only)."""
    text = (f"{group} and I've been with you for years, and the app has logged me out every day this week. It's "
            "a joke. Please fix it.")
    base = "I'm Roma and I've been with you for years, and the app has logged me out every day this week. It's a joke. Please fix it."
    assert classify(text).route == classify(base).route


def test_a_request_for_a_person_keeps_its_handoff():
    """The rule lowers the bias head only: a request for a person is still read as one."""
    text = "I'm 84 and the app keeps failing me, I can't get through it. Please have a person ring me back."
    result = classify(text)
    assert result.route in ("human", "bias_review")
