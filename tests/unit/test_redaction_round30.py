"""Round 30: names in social threads, read from the thread's layout. Texts written for this round."""
from __future__ import annotations

import pytest

from tests.redaction_spans import covered, untouched

HIDDEN = [
    # speakers of a chat or a DM: after a stamp, a label opening two lines, after a reply arrow
    ("[02/12/2026 09:41] Quimet 🌵: hola, el pedido no llegó\n[02/12/2026 09:44] Quimet 🌵: sigo esperando", "Quimet", 0),
    ("[02/12/2026 09:41] Quimet 🌵: hola, el pedido no llegó\n[02/12/2026 09:44] Quimet 🌵: sigo esperando", "Quimet", 1),
    ("DM @zoezinha_rj → @LojaBrisa\n🌺zoezinha🌺: oi, cadê meu pedido?\n🌺zoezinha🌺: alguém aí?", "zoezinha", 0),
    ("[3.12.26, 08:15] Oma Gerti 🧶: Hallo Schatz, die Lieferung kam nicht", "Gerti", 0),
    ("[12/02/2026 10:02] Yuki ⭐ (高橋由紀): bonjour, toujours rien reçu", "高橋由紀", 0),
    ("Post de @CafeMontroyal\n  ↳ Aurèle Bichonneau pareil pour moi, rien reçu", "Aurèle Bichonneau", 0),
    # a person's handle holds their name, used elsewhere and in a hashtag
    ("@tilda_strickt das Paket ist wieder weg 😤 #tildagegendiepost\n@PaketFix_DE bitte melden, tilda wartet",
     "tilda", 0),
    ("@tilda_strickt das Paket ist wieder weg 😤 #tildagegendiepost\n@PaketFix_DE bitte melden, tilda wartet",
     "tilda", 1),
    ("@brontie_reads my order vanished again #brontievsthecouriers", "brontie", 1),
    # a name hidden once is hidden at its other mentions (any case)
    ("Me llamo Itzíar Goicoechea y el pedido sigue sin llegar. ¿Itzíar tiene que llamar otra vez?", "Itzíar", 1),
    ("@quimet_bcn → @TiendaSol\nquimet dice que no llegó. Quimet otra vez sin respuesta", "Quimet", 0),
    # social-care sign-offs: caret initials, a lone initial, a first name beside the care team
    ("Lo sentimos mucho, te escribimos por DM. ^KP", "KP", 0),
    ("Nous regardons ça tout de suite. ^JT", "JT", 0),
    ("colis toujours pas là. merci de vérifier. M.", "M", 0),
    ("Die Gutschrift ist unterwegs. – Jorinde (PaketFix Social Care)", "Jorinde", 0),
    ("Weitergeleitet vom Service-Team (Almut) ins Ticket PF-1187.", "Almut", 0),
    ("Troca aprovada, o estorno sai amanhã. Atendimento: Caio.", "Caio", 0),
    ("Paket kommt morgen, versprochen. LG Wiebke", "Wiebke", 0),
]


@pytest.mark.parametrize(("text", "value", "nth"), HIDDEN)
def test_names_in_social_threads_are_hidden(text: str, value: str, nth: int) -> None:
    assert covered(text, value, nth)


KEPT = [
    # a capitalised name is never echoed in lower case (an ordinary word the lists may miss)
    ("Abraços, Caio Nascimento\nresponda com a data de nascimento do titular", "nascimento"),
    ("soy Rosa Ochoa. me llegó sin la tapa rosa", "rosa"),
    # the brand: the DM's addressee, its label in the thread, an official account
    ("DM @zoezinha_rj → @LojaBrisa\nzoezinha: oi\nLojaBrisa: Olá! Como podemos ajudar?\nLojaBrisa: Já verificamos.",
     "LojaBrisa: Olá"),
    ("DM @fenna_bakt → @Backwerk_Official\nBackwerk: Hallo!\nBackwerk: Wir prüfen das.", "Backwerk: Hallo"),
    # roles and plain labels opening lines
    ("Agent: hello, how can I help?\nCustomer: my parcel is late\nAgent: sorry to hear", "Agent"),
    ("Note: the parcel was returned\nNote: second attempt tomorrow", "Note"),
    # ordinary words after a handle's run, a hashtag that is no name
    ("@sale_hunter_es ya no quedan ofertas en la sale", "sale ofertas"),
    ("#ad thanks to the team, great service", "#ad"),
    # letters that are no sign-off
    ("Necesito la talla M", "M"),
    ("Ich nehme Plan B.", "B"),
    ("1. A", "A"),
    ("Das Handy ist ein LG K52, kaputt", "LG K52"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_brands_roles_and_ordinary_words_stay(text: str, value: str) -> None:
    if value == "sale ofertas":
        assert untouched(text, "ofertas en la sale")
        return
    assert untouched(text, value)
