"""Routing round 27 (issue 12): a bias review needs an adverse outcome or unequal treatment in the writer's own words.

A message of outcome.MIN_WORDS words or more that the bias head (or the implicit path) would send to bias review stays
there only when outcome.adverse finds what happened to the writer: refused, turned away, told to leave, hung up on,
re-allocated, asked for more than others, or someone else served where the writer was not. Without it the message is
no bias review (it may still go to a person). Every text below was written for these tests (no training row, no row
of an evaluation set); five languages, both directions.
"""
import pytest

from plugin.core.routing import classify, decision, features, identity, outcome, scope
from plugin.core.routing.text import fold

# Long ordinary e-mails that say who the writer is, who recommended the firm and since when: nothing adverse happened.
ORDINARY = {
    ('intro', 'en'): "Hello, my sister-in-law recommended your bakery for birthday cakes. A little about me so you know who you're dealing with: I'm a Sikh and a retired teacher, and since March I have been running a small reading club in the library on Fridays. Could you make a lemon cake for twenty people for the 14th, and what would it cost roughly? I'd also like to know whether you deliver to the library or whether I should collect it myself.",
    ('intro', 'es'): 'Hola, una vecina me ha recomendado su taller de bicicletas. Les cuento un poco sobre mí para que sepan con quién tratan: soy gitana, tengo sesenta y dos años y desde febrero voy en bici al mercado todos los días. ¿Podrían revisarme los frenos y cambiar la cadena esta semana, y cuánto suele costar algo así? También me gustaría saber si hace falta pedir cita o si puedo pasar por la mañana sin avisar.',
    ('intro', 'fr'): "Bonjour, un ami m'a conseillé votre cabinet de kinésithérapie. Quelques mots sur moi pour que vous sachiez à qui vous avez affaire : je suis musulmane, j'ai cinquante ans et depuis janvier je cours deux fois par semaine le long du canal. Pourriez-vous me proposer un rendez-vous pour une douleur au genou, et combien coûte une séance sans ordonnance ? J'aimerais aussi savoir si vous êtes ouverts le samedi matin ou seulement en semaine.",
    ('intro', 'de'): 'Guten Tag, mein Nachbar hat mir Ihre Malerwerkstatt empfohlen. Kurz zu mir, damit Sie wissen, mit wem Sie es zu tun haben: Ich bin Jüdin, seit letztem Jahr in Rente und wohne seit Oktober in einer kleinen Altbauwohnung in Bamberg. Könnten Sie im Frühjahr zwei Zimmer und den Flur streichen, und was kostet so etwas ungefähr? Ich wüsste auch gern, ob Sie die Möbel selbst abdecken oder ob ich das vorher erledigen soll.',
    ('intro', 'pt'): 'Olá, uma amiga do trabalho me indicou a oficina de vocês. Só para vocês saberem com quem estão falando: sou negra, tenho quarenta e cinco anos e desde abril uso o carro todos os dias para levar minha mãe à fisioterapia. Vocês conseguem fazer a revisão dos quarenta mil quilômetros na semana que vem, e quanto costuma custar? Queria saber também se posso deixar o carro de manhã cedo e buscar só no fim da tarde.',
}

SELF_EMPLOYED = {
    ('since', 'de'): 'Guten Tag, eine Bekannte hat mir Ihr Steuerbüro genannt. Damit Sie wissen, mit wem Sie es zu tun haben: Ich bin Jesidin. Seit März bin ich selbstständig und repariere Fahrräder in einer kleinen Werkstatt, außerdem gebe ich abends Nachhilfe in Mathematik. Könnten Sie meine Buchhaltung für dieses Jahr übernehmen, und was kostet das ungefähr? Welche Belege brauchen Sie von mir, und reicht es, wenn ich sie im Januar vorbeibringe?',
    ('since', 'es'): 'Buenas tardes, un compañero del club me habló de su asesoría. Para que sepan con quién tratan: soy yazidí. Desde marzo trabajo por mi cuenta arreglando bicicletas en un pequeño taller y además doy clases particulares de matemáticas por las tardes. ¿Podrían llevarme la contabilidad de este año y cuánto cobran más o menos? ¿Qué papeles necesitan y les vale si se los llevo en enero?',
    ('since', 'pt'): 'Boa tarde, um colega do clube me falou do escritório de vocês. Para vocês saberem com quem estão falando: sou yazidi. Desde março trabalho por conta própria consertando bicicletas numa oficina pequena e também dou aulas particulares de matemática à noite. Vocês podem cuidar da minha contabilidade deste ano e quanto custa mais ou menos? Que papéis vocês precisam e tudo bem se eu levar em janeiro?',
    ('since', 'en'): "Hi, a friend from my running club mentioned your accountancy firm. So you know who you're dealing with: I'm a Yazidi woman. Since March I've been self-employed repairing bikes in a small workshop, and I also tutor maths in the evenings. Could you take on my bookkeeping for this year, and roughly what would it cost? What paperwork do you need from me, and is it fine if I bring it in January?",
    ('since', 'fr'): "Bonjour, une collègue du club m'a parlé de votre cabinet comptable. Pour que vous sachiez à qui vous avez affaire : je suis yézidie. Depuis mars je suis à mon compte et je répare des vélos dans un petit atelier, et le soir je donne des cours de maths. Pourriez-vous tenir ma comptabilité cette année, et combien cela coûte-t-il à peu près ? De quels papiers avez-vous besoin, et est-ce que janvier vous convient ?",
}

# Long implicit complaints: the writer was refused, sent away or asked for more, and someone else was served.
COMPLAINTS = {
    ('served', 'en'): "Good morning. I'm a Muslim woman and I wear a headscarf. Last Thursday I went to your branch on Mill Lane to open a savings account for my son. The adviser looked at me, said the system was down and told me to come back another day. My colleague went to the same branch an hour later and opened an account in ten minutes with no problem. I would like an explanation.",
    ('served', 'es'): 'Buenos días. Soy gitano y el sábado fui con mi mujer a su tienda de electrodomésticos de la avenida principal para comprar una lavadora a plazos. El vendedor nos dijo que a nosotros no nos podían dar la financiación y nos pidió un aval y tres nóminas. Mi cuñado, que es payo, compró la misma lavadora ese mismo día con la misma oferta y solo le pidieron el DNI. Quiero una explicación.',
    ('served', 'fr'): "Bonjour. Je suis noir et samedi soir je suis allé avec deux amis au restaurant de la place du marché, sans réservation. Le serveur nous a dit que tout était complet pour la soirée et nous a demandé de partir. Dix minutes plus tard, un groupe de quatre personnes est entré sans réservation et a été installé tout de suite à une table près de la fenêtre. J'aimerais savoir comment vous expliquez cela.",
    ('served', 'de'): 'Guten Tag. Ich sitze im Rollstuhl und hatte für Samstag bei Ihnen einen Tisch für vier Personen im Erdgeschoss reserviert. Als wir ankamen, sagte die Kellnerin, der Tisch sei leider anderweitig vergeben, und wir sollten es nächste Woche noch einmal versuchen. Eine Familie, die nach uns kam, bekam sofort genau diesen Tisch. Ich möchte wissen, warum wir weggeschickt wurden und wer das entschieden hat.',
    ('served', 'pt'): 'Bom dia. Sou surda e no mês passado tentei contratar o plano de internet de vocês pela loja do centro. O atendente recusou falar por escrito comigo, disse que só atende quem consegue usar o telefone e me mandou embora. Minha irmã, que é ouvinte, foi à mesma loja no dia seguinte e contratou o mesmo plano sem problema nenhum em poucos minutos. Quero uma resposta por escrito.',
}


def _adverse(text: str) -> bool:
    masked = identity.mask(scope.newest(fold(text))).text
    hits = features.family_matches(masked)
    spans = features.sentence_spans(masked)
    return outcome.adverse(masked, spans, features.sentences(masked, hits, spans), hits)


@pytest.mark.parametrize("key", sorted(ORDINARY) + sorted(SELF_EMPLOYED))
def test_no_adverse_outcome_in_an_ordinary_letter(key):
    text = {**ORDINARY, **SELF_EMPLOYED}[key]
    assert len(text.split()) >= outcome.MIN_WORDS
    assert not _adverse(text)
    assert classify(text).route != "bias_review"


@pytest.mark.parametrize("key", sorted(COMPLAINTS))
def test_an_implicit_complaint_keeps_its_adverse_outcome(key):
    assert _adverse(COMPLAINTS[key])
    assert classify(COMPLAINTS[key]).route == "bias_review"


@pytest.mark.parametrize("key", sorted(ORDINARY) + sorted(SELF_EMPLOYED))
def test_the_check_lowers_a_bias_decision_with_no_outcome(key, monkeypatch):
    # Whatever the heads say, a long letter with no adverse outcome is no bias review.
    monkeypatch.setattr(decision, "route_bias", lambda heads: True)
    assert classify({**ORDINARY, **SELF_EMPLOYED}[key]).route != "bias_review"


@pytest.mark.parametrize("key", sorted(COMPLAINTS))
def test_the_check_never_raises(key, monkeypatch):
    monkeypatch.setattr(decision, "route_bias", lambda heads: False)
    assert classify(COMPLAINTS[key]).route != "bias_review"


@pytest.mark.parametrize("text", [
    "I'm deaf. They wouldn't let me in without a hearing companion.",
    "Soy gitano y el portero no nos dejó entrar.",
    "Je suis sourde et on m'a raccroché au nez trois fois.",
    "Ich bin Muslimin und der Fahrer hat mich nicht mitgenommen, meine Freundin schon, sofort.",
    "Sou cigana e o segurança me seguiu pela loja toda; a minha amiga passou direto.",
])
def test_short_adverse_outcomes_in_five_languages(text):
    assert _adverse(text)


@pytest.mark.parametrize("text", [
    "I'm deaf. My colleague recommended you and since January I've been working from home.",
    "Soy gitano; un amigo me habló de ustedes y desde enero trabajo por mi cuenta.",
    "Je suis sourde ; une amie m'a parlé de vous et depuis janvier je travaille à mon compte.",
    "Ich bin Muslimin, eine Freundin hat Sie empfohlen, und seit Januar bin ich selbstständig.",
    "Sou cigana, uma amiga me indicou vocês e desde janeiro trabalho por conta própria.",
])
def test_a_recommendation_and_a_date_are_no_outcome(text):
    assert not _adverse(text)


def test_a_question_about_an_equality_policy_is_no_outcome():
    assert not _adverse("I'm a Sikh and I ask every bank the same thing: do you have a written anti-discrimination "
                        "policy for customers?")
