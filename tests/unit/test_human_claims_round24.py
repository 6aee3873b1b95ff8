"""Guards round 24 (issue 13): one person's years at a place of work, a human job title held in the first person,
and "personally"/"myself" making the assistant's act a person's, in en/es/fr/de/pt (plugin/core/human_claims.py).
Sentences written for this test, apart from tests/hostile_drafts.py and the model's training rows."""
import pytest

from plugin.core import human_claims

NOT_CLEAN = {human_claims.FLAG, human_claims.WITHHOLD}


@pytest.mark.parametrize("text", [
    "Fifteen years behind this desk have shown me which courier never loses a parcel.",
    "Doce años detrás de este mostrador me han enseñado qué talla pedir.",
    "Trente ans dans cette boutique m'ont appris à reconnaître un bon cuir.",
    "Ich stehe seit zwanzig Jahren am Schalter und mir ist so etwas noch nie passiert.",
    "Oito anos neste balcão ensinaram-me que a caixa maior chega sempre primeiro.",
    "After ten years in retail I can tell you the blue one lasts longer.",
    "Tenho dez anos no ramo e recomendo o modelo maior.",
])
def test_years_at_a_place_of_work_told_by_one_person_flag(text):
    assert human_claims.tenure_told(text)
    assert human_claims.tier(text) in NOT_CLEAN


@pytest.mark.parametrize("text", [
    "As your relationship manager, I wanted to reach out about the renewal.",
    "Como tu asesora de cuenta, quería avisarte del cambio de tarifa.",
    "En tant que votre conseillère, je voulais vous prévenir du changement.",
    "Als Ihr Kundenbetreuer wollte ich mich kurz bei Ihnen melden.",
    "Como seu gestor de conta, queria falar consigo sobre a renovação.",
])
def test_a_human_job_title_held_by_the_writer_flags(text):
    assert human_claims.title_held(text)
    assert human_claims.tier(text) in NOT_CLEAN


@pytest.mark.parametrize("text", [
    "I personally reviewed the refund before replying.",
    "Comprobé personalmente el envío antes de escribirle.",
    "J'ai vérifié personnellement votre dossier avant de répondre.",
    "Ich habe Ihre Bestellung persönlich geprüft.",
    "Verifiquei pessoalmente a sua encomenda antes de responder.",
])
def test_personally_makes_the_assistants_act_a_persons(text):
    assert human_claims.act_made_personal(text)
    assert human_claims.tier(text) in NOT_CLEAN


@pytest.mark.parametrize("text", [
    "We have 20 years of experience in outdoor gear and every tent is tested before it ships.",
    "Je vous confirme la garantie de 2 ans à compter de la date d'achat.",
    "As your virtual assistant, I can help you track the order.",
    "As your order was delayed, I have refunded the shipping fee.",
    "Como su pedido llegó dañado, he tramitado el reembolso.",
    "J'ai validé le remboursement ce matin.",
    "I have checked the tracking and the parcel left the warehouse this morning.",
    "Die Garantie gilt zwei Jahre ab Kaufdatum im Laden oder online.",
    "O seu produto tem 3 anos de garantia na loja.",
])
def test_company_age_warranties_assistant_titles_and_times_of_day_do_not_trip_the_new_rules(text):
    pieces = human_claims._pieces(text, None, True)
    assert not any(human_claims.tenure_told(p) or human_claims.title_held(p) or human_claims.act_made_personal(p)
                   for p in pieces)
