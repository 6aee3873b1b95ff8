"""Routing round 22b (issue 12): bias false alarms after round 22, and the handoff false alarms they uncover.

- identity.py: identity terms that are everyday words of a language the router reads (German "bis", Spanish and French
  "pan", French "bois", Portuguese "sinto") are masked only in an identity frame, like the vocabulary's "bi"; an
  adverb after "I am" is no group ("I am honestly at the end of my tether").
- link.py: a quotation links a characteristic only within two sentences of it; a causal word links it only when it
  introduces it ("por ser xid", "because xid"), or "therefore" and an outcome follow it in its sentence; a change or
  reported words link only beside an outcome.
- scope.py: the handoff head reads the message without requests for a service visit ("send someone to fix it").

Every text below was written for these tests (no training row, no row of an evaluation set); five languages.
"""
import pytest

from plugin.core.routing import classify, identity
from plugin.core.routing.text import fold

EVERYDAY = {
    "de": "Bitte liefern Sie den Schrank bis Freitag, wir ziehen bis Ende des Monats um.",
    "es": "Compré pan integral y dos barras de pan en su panadería y estaban duras.",
    "fr": "La table en bois est arrivée fendue, le pied en bois aussi.",
    "pt": "Sinto muito incomodar, mas sinto que a fatura veio errada este mês.",
    "en": "I am honestly at a loss. I am currently on my third router this year.",
}


@pytest.mark.parametrize("lang", sorted(EVERYDAY))
def test_everyday_words_are_not_identity_mentions(lang: str) -> None:
    assert identity.TOKEN not in identity.mask(fold(EVERYDAY[lang])).text


@pytest.mark.parametrize("text", ["Ich bin bi.", "Soy pan y no binaria.", "I'm bi, for the record."])
def test_the_same_words_after_a_self_description_still_are(text: str) -> None:
    assert identity.TOKEN in identity.mask(fold(text)).text


# A characteristic told as context, then an app's or a courier's words quoted sentences later: no remark about the
# writer, no complaint of unequal treatment.
QUOTED_FAR = {
    "en": "I moved here from Poland six years ago and I have banked with you since. The card reader in your app worked "
          "until the update. I reinstalled it twice. Now it just says 'device not supported' and closes. Can you help?",
    "es": "Soy de Rumanía y soy clienta desde hace años. La aplicación funcionaba bien hasta la actualización. La he "
          "reinstalado dos veces. Ahora solo dice 'dispositivo no compatible' y se cierra. ¿Qué hago?",
    "fr": "Je suis originaire du Maroc et cliente depuis longtemps. L'application marchait jusqu'à la mise à jour. Je "
          "l'ai réinstallée deux fois. Maintenant elle affiche 'appareil non compatible' et se ferme. Que faire ?",
    "de": "Ich komme aus der Türkei und bin seit Jahren Kundin. Die App lief bis zum Update problemlos. Ich habe sie "
          "zweimal neu installiert. Jetzt steht da nur 'Gerät nicht unterstützt' und sie schließt sich. Was tun?",
    "pt": "Sou angolana e cliente há anos. O aplicativo funcionava até a atualização. Reinstalei duas vezes. Agora só "
          "aparece 'aparelho não compatível' e fecha. O que faço?",
    "de-bis": "Betreff: Sofa seit sechs Wochen nicht da. Laut Bestätigung sollte es bis KW 45 kommen. Jetzt haben wir "
              "KW 50. Wenn es bis Freitag nicht da ist, trete ich vom Vertrag zurück. Ihr Kundenservice antwortet nur "
              "mit 'in Bearbeitung'.",
}
# A causal word that gives the reason for the letter, not for an outcome.
REASON_FOR_WRITING = {
    "en": "I'm writing because my son, who is autistic, finds phone calls very hard, so please could all letters "
          "about the account go by post to this address.",
    "es": "Les escribo porque mi hijo, que es autista, lo pasa muy mal con las llamadas, así que por favor envíen "
          "todo lo de la cuenta por correo postal.",
    "fr": "Je vous écris parce que mon fils, qui est autiste, supporte mal le téléphone, merci donc d'envoyer tout ce "
          "qui concerne le compte par courrier.",
    "de": "Ich schreibe Ihnen, weil mein Sohn, der Autist ist, Telefonate schlecht verträgt, bitte schicken Sie "
          "deshalb alles zum Konto per Post.",
    "pt": "Escrevo porque o meu filho, que é autista, tem muita dificuldade com telefonemas, por isso enviem tudo "
          "sobre a conta por correio, por favor.",
}


@pytest.mark.parametrize("key", sorted(QUOTED_FAR))
def test_a_quotation_far_from_the_characteristic_is_no_link(key: str) -> None:
    assert classify(QUOTED_FAR[key]).route != "bias_review"


@pytest.mark.parametrize("lang", sorted(REASON_FOR_WRITING))
def test_the_reason_for_writing_is_no_link(lang: str) -> None:
    assert classify(REASON_FOR_WRITING[lang]).route != "bias_review"


# Real complaints, most without the words of discrimination: they still reach review.
COMPLAINTS = {
    "en": "They turned me away at the door because I'm deaf. My friend walked straight in.",
    "en-change": "The day after I told the gym I was pregnant my personal training sessions were cancelled. Everyone "
                 "else in my group still has theirs.",
    "es": "No me dejaron entrar por ser gitana. A mi amiga la dejaron pasar sin problema.",
    "es-therefore": "Soy trans y por eso me negaron la tarjeta de socio.",
    "fr": "Le vigile m'a refusé l'entrée parce que je suis noire, mon amie blanche est entrée sans souci.",
    "de": "Der Vermieter hat die Wohnung an jemand anderen vergeben, nachdem ich gesagt habe, dass ich schwanger bin.",
    "de-therefore": "Ich bin bi und wurde deshalb vom Türsteher nicht reingelassen.",
    "pt": "O segurança seguiu-me pela loja toda e à senhora branca da frente ninguém disse nada. Sou negra.",
    "pt-therefore": "Sou surda e por isso recusaram a minha inscrição.",
}


@pytest.mark.parametrize("key", sorted(COMPLAINTS))
def test_complaints_still_reach_review(key: str) -> None:
    assert classify(COMPLAINTS[key]).route == "bias_review"


VISITS = {
    "en": "The boiler is leaking again. Can you send someone to fix it this week?",
    "es": "La caldera vuelve a perder agua. ¿Pueden mandar a alguien a arreglarla esta semana?",
    "fr": "La chaudière fuit encore. Pouvez-vous envoyer quelqu'un pour la réparer cette semaine ?",
    "de": "Die Heizung leckt schon wieder. Können Sie diese Woche jemanden vorbeischicken?",
    "pt": "A caldeira voltou a pingar. Podem mandar alguém consertar esta semana?",
}
PERSON = {
    "en": "The boiler is leaking again. I don't want another chatbot reply, I want to speak to a manager today.",
    "es": "Pueden mandar a alguien a mirar el contador, y además quiero hablar con un responsable por teléfono, no con "
          "el chat.",
    "fr": "La chaudière fuit encore. Pouvez-vous me passer quelqu'un du service client, s'il vous plaît ?",
}


@pytest.mark.parametrize("lang", sorted(VISITS))
def test_a_service_visit_is_no_request_for_a_person(lang: str) -> None:
    assert classify(VISITS[lang]).route == "ai_assist"


@pytest.mark.parametrize("lang", sorted(PERSON))
def test_a_request_for_a_person_beside_a_visit_still_is_one(lang: str) -> None:
    assert classify(PERSON[lang]).route == "human"


@pytest.mark.parametrize("text", ["The new ticket gate is blind to folding bikes, it jams every morning.",
                                  "Your returns desk turns a blind eye to damaged boxes.",
                                  "Head office is deaf to every complaint about the car park."])
def test_english_idioms_of_blind_and_deaf_are_no_mentions(text: str) -> None:
    assert identity.TOKEN not in identity.mask(fold(text)).text


@pytest.mark.parametrize("text", ["I'm blind and your app has no screen-reader labels.", "As a deaf customer I asked."])
def test_blind_and_deaf_about_a_person_still_are(text: str) -> None:
    assert identity.TOKEN in identity.mask(fold(text)).text
