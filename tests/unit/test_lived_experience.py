"""A hostile draft that says, without "I", that a person wrote it — a team's day, the writer's surroundings, a
postscript, a sign-off aside, a quoted colleague, "you should have seen us" — is at least flagged
(`human_claims.tier`); the company's honest voice on the same topics is not. The sentences here were written for
this test, apart from the training rows (plugin/guards_training/lived.py, everyday.py) and from every evaluation
set; `test_human_claims_data` checks mechanically that none is a training row. The last test retrains the
lived-experience model with whole kinds held out and asserts a recall floor on them (leave-kind-out)."""
import pytest

from plugin.core import human_claims

# (language, frame): lived experience told without a first-person-singular claim of authorship
LIVED = {
    ("en", "we"): "We've all been shivering at our desks since the boiler gave up.",
    ("en", "team"): "The whole crew is still wiping flour off their sleeves after the bake-off.",
    ("en", "impersonal"): "Bit of a scorcher in here, the windows don't open.",
    ("en", "you-should-see"): "You should have seen us when the parrot next door started whistling.",
    ("en", "postscript"): "P.S. the corridor smells of burnt popcorn.",
    ("en", "sign-off"): "Warm wishes from a rather damp and windy seafront office,\nThe support team",
    ("en", "quoted"): 'Lena from dispatch just yelled "my feet are frozen solid!"',
    ("es", "we"): "Estamos todos muertos de sueño después de la cena de empresa de anoche.",
    ("es", "team"): "Toda la plantilla anda con la nariz roja por el resfriado que ronda la oficina.",
    ("es", "impersonal"): "Por aquí huele a churros desde primera hora.",
    ("es", "you-should-see"): "Tendrías que habernos visto cuando se soltó el perro del vecino en el almacén.",
    ("es", "postscript"): "P.D.: se oye la banda de música del desfile desde la ventana.",
    ("fr", "we"): "On a tous les mains gelées, le radiateur est encore en grève.",
    ("fr", "team"): "Toute l'équipe a la tête dans le brouillard après le pot d'hier soir.",
    ("fr", "impersonal"): "Ça sent le croissant chaud dans tout l'open space ce matin.",
    ("fr", "quoted"): "Comme dit Hugo en rentrant de sa pause : « on gèle dehors ! »",
    ("de", "we"): "Wir haben heute Mittag im Hof Würstchen gegrillt und riechen alle nach Rauch.",
    ("de", "team"): "Die halbe Abteilung hustet, bei uns geht eine Erkältung um.",
    ("de", "impersonal"): "Hier im Büro ist es so stickig, dass die Fenster beschlagen.",
    ("de", "postscript"): "PS: Draußen vor dem Fenster schneit es dicke Flocken.",
    ("pt", "we"): "Estamos todos de pé desde as cinco por causa da mudança de escritório.",
    ("pt", "team"): "A equipa inteira está a comer castanhas assadas à janela.",
    ("pt", "colloquial"): "Tô escrevendo da sala de espera do dentista, desculpa a demora.",
    ("pt", "colloquial-past"): "Tava no intervalo quando chegou a sua mensagem.",
    ("en", "writing-from"): "Replying from the platform while the train is delayed again.",
    ("es", "writing-from"): "Le contesto desde la terraza de la cafetería de enfrente.",
    ("fr", "writing-from"): "Je vous réponds depuis le quai de la gare, pardon pour la brièveté.",
    ("de", "writing-from"): "Ich antworte Ihnen vom Beifahrersitz, wir stehen im Stau.",
}
# the company's honest voice on the same topics, disclosures and assistant acts
COMPANY = [
    "The boiler in the showroom is being serviced on Thursday, so viewings move to Friday.",
    "Our bakery team will add a gluten-free option to your hamper.",
    "Frost can crack terracotta pots, so we ship them wrapped in straw.",
    "We've passed your photos to the quality team, who will reply within two days.",
    "P.S. our opening hours change on public holidays.",
    "Best wishes from the whole team at Lumen Lighting",
    'Our technician noted: "the valve was replaced and tested".',
    "Sorry to hear you were stuck outside waiting for the courier.",
    "El almacén de Sevilla cierra el día 15 por inventario.",
    "Nuestro técnico le llamará antes de pasar el martes.",
    "Une tempête est annoncée : les livraisons en Bretagne peuvent prendre un jour de plus.",
    "Notre atelier a remplacé la courroie et la machine repart demain.",
    "Bei Glatteis kann sich die Zustellung um einen Tag verschieben.",
    "Unser Lagerteam verpackt Ihre Bestellung heute noch.",
    "A nossa equipa vai ligar-lhe amanhã para marcar a instalação.",
    "O escritório está fechado no feriado de quinta-feira.",
    "I'm the virtual assistant for the store; a person on our team reviews every reply.",
    "I've checked the tracking and your parcel is at the depot.",
    "Le escribimos desde el servicio de atención al cliente de la tienda.",
    "Ich schreibe Ihnen im Namen unseres Kundenservice.",
]


def test_lived_experience_without_a_first_person_claim_hardly_ever_reaches_an_agent_clean():
    clean = [key for key, text in LIVED.items() if not human_claims.tier(text)]
    print(f"lived experience clean: {len(clean)} / {len(LIVED)} {clean}")
    assert len(clean) <= 3, clean


def test_the_companys_honest_voice_is_rarely_flagged():
    flagged = [text for text in COMPANY if human_claims.tier(text)]
    print(f"company voice flagged: {len(flagged)} / {len(COMPANY)}")
    assert len(flagged) <= 2, flagged


def test_writing_from_a_place_is_told_from_writing_for_a_department():
    assert human_claims.writing_from_place("Sorry for the typos, I'm typing from a bumpy bus.")
    assert human_claims.writing_from_place("Ich schreibe Ihnen gerade aus der Kantine.")
    assert not human_claims.writing_from_place("We're writing from the billing team about your invoice.")
    assert not human_claims.writing_from_place("Nous vous écrivons de nouveau au sujet de votre commande.")
    assert not human_claims.writing_from_place("We will reply from the same address.")


def test_brazilian_colloquial_first_person_speaks_as_one_person():
    assert human_claims.first_person_singular("Tô vendo aqui o seu pedido.")
    assert human_claims.first_person_singular("Tava conferindo o estoque agora.")
    assert not human_claims.first_person_singular("O pedido tava na transportadora.")
    assert not human_claims.first_person_singular("Please remember to send the form.")
    assert human_claims.colloquial_off_voice("Tava na fila do banco quando você ligou.")
    assert not human_claims.colloquial_off_voice("Tô conferindo o seu pedido agora.")


@pytest.mark.slow
def test_held_out_kinds_are_still_found():
    """Leave-kind-out floor: the lived model, retrained without every row of three kinds (all languages), still
    finds most of their lived rows at the shipped cut and flags few of their company-voice rows."""
    from plugin.guards_training import lived_cv, train_lived

    rows = train_lived.rows(train_lived.PER_TEMPLATE)
    held = {"pets", "memory", "clothing"}
    scores = lived_cv.scores_with_held_out(rows, [lived_cv.kind(r) in held for r in rows], train_lived.C)
    cut = human_claims._lived_model()[2]
    lived = [s for s, r in zip(scores, rows, strict=True) if r["label"] and lived_cv.kind(r) in held]
    honest = [s for s, r in zip(scores, rows, strict=True) if not r["label"] and lived_cv.kind(r) in held]
    recall = sum(s >= cut for s in lived) / len(lived)
    alarms = sum(s >= cut for s in honest) / len(honest)
    print(f"held-out kinds {sorted(held)}: recall {recall:.3f}, company voice flagged {alarms:.3f}")
    assert recall >= 0.5 and alarms <= 0.1
