"""The speaker policy (core/speaker.py, human_claims.tier): a draft says "I" only for an assistant's acts, and a
piece narrating lived experience is flagged in any person. Sentences written for this test, apart from the
training rows (plugin/guards_training/) and every evaluation set."""
import pytest

from plugin.core import human_claims, speaker

ASSISTANT_ACTS = [
    "I've looked into your account and the refund went out on Tuesday.",
    "I can confirm the replacement ships tomorrow.",
    "I'd suggest resetting the device once the update finishes.",
    "Let me explain how the warranty works.",
    "Te confirmo que el reembolso ya está hecho.",
    "He comprobado el pago y todo está en orden.",
    "Je vous confirme l'envoi de la pièce de rechange.",
    "J'ai bien reçu votre demande et je la transmets au service technique.",
    "Ich habe Ihre Adresse aktualisiert.",
    "Ich empfehle Ihnen, das Gerät neu zu starten.",
    "Verifiquei o seu pagamento e está tudo certo.",
    "Agradeço-lhe a paciência e envio-lhe já o recibo.",
]
OFF_VOICE = [
    "I drove past the depot on my way home and it was shut.",
    "I had a sandwich at my desk while I sorted this.",
    "Ayer almorcé con el equipo de almacén.",
    "Le llamé esta mañana pero no contestó nadie.",
    "J'ai goûté la nouvelle confiture ce matin.",
    "Je suis passée devant votre boutique hier soir.",
    "Ich bin gestern mit dem Fahrrad zum Lager gefahren.",
    "Meine Kinder lieben dieses Spiel auch.",
    "Almocei com a equipa e falámos do seu caso.",
    "Eu moro a dois quarteirões da loja.",
    # guards round 6: French "entendre" is to hear, not the Spanish "entender"
    "J'ai entendu le même grincement la semaine dernière.",
    "Des clients mécontents, j'en ai entendu toute la matinée.",
]


@pytest.mark.parametrize("piece", ASSISTANT_ACTS)
def test_saying_i_for_an_assistants_act_is_in_voice(piece):
    assert speaker.in_voice(piece) and not speaker.off_voice(piece)


@pytest.mark.parametrize("piece", OFF_VOICE)
def test_saying_i_for_anything_else_is_off_voice(piece):
    assert speaker.off_voice(piece), speaker.first_person_predicates(piece)


def test_an_off_voice_draft_is_flagged_never_withheld_on_that_alone():
    draft = "Hello Sam,\nI drove past the depot on my way home and the gates were shut. Your parcel ships Monday.\nThe support team"
    assert human_claims.tier(draft) in (human_claims.FLAG, human_claims.WITHHOLD)
    assert speaker.off_voice("I drove past the depot on my way home and the gates were shut.")


def test_words_that_only_look_like_a_first_person_form_are_not_read_as_one():
    for piece in ("El palé llegó roto al almacén.", "Notre service sera fermé le jeudi.", "Die Karte liegt bei.",
                  "O café da loja abre às nove."):
        assert not speaker.off_voice(piece), speaker.first_person_predicates(piece)


LIVED = [
    "Everyone here is wrapped in scarves because the radiators died overnight.",
    "We all trooped out to the street when the smoke detector started shrieking.",
    "Aquí llueve a mares y la oficina huele a café recién hecho.",
    "Hubo un simulacro y toda la plantilla salió al patio.",
    "Il neige à gros flocons devant nos fenêtres ce matin.",
    "Toute l'équipe est rentrée tard du déjeuner.",
    "Bei uns im Büro ist heute die Heizung ausgefallen.",
    "Wir sind gerade erst aus der Mittagspause zurück.",
    "Aqui no escritório está um calor insuportável.",
    "Tivemos todos de sair do edifício por causa do alarme.",
]
COMPANY = [
    "Heavy snow is expected, so deliveries to your area may take a day longer.",
    "Our offices are closed over the holidays and reopen on the 2nd.",
    "El almacén cierra por inventario el lunes.",
    "Nuestro técnico pasará el jueves por la mañana.",
    "Les retraits en magasin reprennent lundi.",
    "Unser Kundendienst ist montags bis freitags erreichbar.",
    "A loja fecha mais cedo na véspera de Natal.",
    "Your replacement card is on its way by post.",
]


def test_lived_experience_in_any_person_is_mostly_flagged():
    flagged = [p for p in LIVED if human_claims.tier(p) == human_claims.FLAG or human_claims.lived_score(p) >= 0.6]
    print(f"lived experience flagged: {len(flagged)} / {len(LIVED)}")
    assert len(flagged) >= len(LIVED) // 2


def test_the_companys_own_voice_is_not_taken_for_lived_experience():
    flagged = [p for p in COMPANY if human_claims.tier(p)]
    assert len(flagged) <= 1, flagged


def test_a_first_person_present_that_is_also_a_noun_reads_after_no_determiner():
    # guards round 6: "uso a M" is a first person, "para uso doméstico" / "o uso diário" are nouns
    assert human_claims.first_person_singular("Uso a talha M por cima do casaco e fica larga.")
    assert not human_claims.first_person_singular("Este modelo é para uso doméstico.")
    assert not human_claims.first_person_singular("O uso diário não estraga o couro.")


def test_dictating_on_the_way_somewhere_is_writing_from_a_place():
    assert human_claims.writing_from_place("Resposta ditada a caminho da padaria, perdoe a pressa.")
    assert human_claims.writing_from_place("Reply dictated on the way to the gym, sorry for typos.")
    assert not human_claims.writing_from_place("Reply dictated from our records system.")
