"""Name spans cover the whole name (name_bounds.py): capital surnames, initials, particles, double-barrelled
surnames, Han given names; names without a cue in forms, headers, chat logs and bare sign-offs; titles, function
words and chat laughter stay outside the span. Sentences written for these tests (no evaluation-set rows)."""
from __future__ import annotations

import pytest

from plugin.adapters.redaction.engine import find


def _persons(text: str, lang: str) -> list[str]:
    return [text[s.start:s.end] for s in find(text, ner=False, lang=lang) if s.type == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Applicant: MCALLISTER-FINN, Oonagh, born in Sligo", "en", "MCALLISTER-FINN, Oonagh"),
    ("Solicitante: DE LA VEGA, Rosario\nFecha: ayer", "es", "DE LA VEGA, Rosario"),
    ("Antragsteller: VON DER AU, Henrike\nDatum: gestern", "de", "VON DER AU, Henrike"),
    ("Remetente: NAKAMURA Haruto\nAssunto: devolução", "pt", "NAKAMURA Haruto"),
    ("[09:12] Henrike W.: Guten Tag, wie kann ich helfen?", "de", "Henrike W."),
    ("10:02 AM Oonagh F: checking the refund now", "en", "Oonagh F"),
    ("Titular: Rosario Quintana-Ybarra\nIBAN pendiente", "es", "Rosario Quintana-Ybarra"),
    ("Kontoinhaberin ist Henrike von der Au, bitte prüfen.", "de", "Henrike von der Au"),
    ("Ich warte seit Wochen auf das Geld.\nMeine Nummer steht oben.\nHenrike", "de", "Henrike"),
    ("olá boa noite fala joana pires-sarmento é sobre a fatura", "pt", "joana pires-sarmento"),
])
def test_whole_name_is_one_span(text: str, lang: str, name: str) -> None:
    assert name in _persons(text, lang)


@pytest.mark.parametrize(("text", "lang", "title"), [
    ("Un saludo cordial,\nDra. Rosario Quintana\nJefa de compras", "es", "Dra"),
    ("Mit freundlichen Grüßen\nDipl.-Ing. Henrike Auer", "de", "Dipl"),
])
def test_title_stays_outside_the_name(text: str, lang: str, title: str) -> None:
    persons = _persons(text, lang)
    assert persons and not any(title in p for p in persons), persons


def test_laughter_ends_a_lower_case_name() -> None:
    persons = _persons("[14:02] Cliente: hola soy rosario jaja, el paquete no llegó", "es")
    assert "rosario" in persons and not any("jaja" in p for p in persons)


@pytest.mark.parametrize(("text", "lang"), [
    ("NAME, Vorname: bitte in Druckbuchstaben ausfüllen", "de"),  # a form label, not a person
    ("URGENT Maria, please call back", "en"),  # capitals that are no known surname stay out of the name
    ("Gracias por la ayuda.\nSaludos", "es"),  # a closing word alone on the last line is no name
])
def test_labels_and_words_are_not_names(text: str, lang: str) -> None:
    persons = _persons(text, lang)
    assert not any(w in p for p in persons for w in ("Vorname", "URGENT", "Saludos")), persons


@pytest.mark.parametrize(("text", "lang", "kept"), [
    ("Customer no. 4417-2290-31, the refund is missing", "en", "4417-2290-31"),
    ("N° client : 4417-2290-31\nMerci d'avance", "fr", "4417-2290-31"),
    ("The Brenna floor lamp arrived broken.", "en", "Brenna"),
])
def test_identifiers_and_products_are_kept(text: str, lang: str, kept: str) -> None:
    start = text.index(kept)
    assert not any(s.start < start + len(kept) and start < s.end for s in find(text, ner=False, lang=lang))


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("DOSSIER\nNOM, Prénom : GIRAUD, Ambre\nVille : Lyon", "fr", "Prénom"),  # the label before a name
    ("Titulaire : Ambre Giraud\nRIB joint", "fr", "Titulaire"),
    ("Kontoinhaberin: Henrike Auer. Kundennummer folgt per Post.", "de", "Kundennummer"),
    ("Thread\nAntwort von Möbelwerk Sonnleitner: Tut uns leid!\nIch schreibe Möbelwerk Sonnleitner privat.", "de",
     "Sonnleitner"),  # a brand's reply names the company, here and further down
    ("Betreff: falsche Adresse bei Bestellung 555-1234567-7654321", "de", "Bestellung"),
])
def test_labels_cues_and_companies_stay_visible(text: str, lang: str, word: str) -> None:
    spans = find(text, ner=False, lang=lang)
    for at in [i for i in range(len(text)) if text.startswith(word, i)]:
        assert not any(s.start < at + len(word) and at < s.end for s in spans), [text[s.start:s.end] for s in spans]


def test_the_name_after_a_label_is_still_found() -> None:
    assert "Henrike Auer" in _persons("Kontoinhaberin: Henrike Auer. Kundennummer folgt per Post.", "de")
    assert any("GIRAUD, Ambre" in p for p in _persons("DOSSIER\nNOM, Prénom : GIRAUD, Ambre\nVille : Lyon", "fr"))


def test_a_colour_after_a_product_is_the_products_colour_and_the_person_is_still_found() -> None:
    text = "My Brenna floor lamp in Rosa arrived broken. Thanks, Rosa Pérez"
    persons = _persons(text, "en")
    assert "Rosa Pérez" in persons and persons.count("Rosa") == 0, persons


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Claimant: Ó DONNCHADHA, Siobhán, born in Cork", "en", "Ó DONNCHADHA, Siobhán"),  # an Irish particle
    ("Bonjour, je m'appelle Ambre d'Estienne et j'attends.", "fr", "Ambre d'Estienne"),  # an elided particle
    ("Von: PHAN, Văn Long <x@example.org>", "de", "PHAN, Văn Long"),  # "Văn" is not the particle "van"
    ("Bitte um Rückruf.\nMit freundlichen Grüßen\nH. Auer-Lindqvist", "de", "H. Auer-Lindqvist"),  # initial sign-off
])
def test_particles_diacritics_and_initials(text: str, lang: str, name: str) -> None:
    assert name in _persons(text, lang)


def test_a_code_label_is_no_name() -> None:
    text = "Titular: Ambre Giraud\nIBAN ES12 3456 7890 1234 5678 9012"
    assert not any("IBAN" in p for p in _persons(text, "es"))


@pytest.mark.parametrize(("text", "name"), [
    ("My colleague Amber Brown already opened a ticket about the Hemnes daybed in Rosa.", "Amber Brown"),
    ("Please call me back if the parcel is lost.\n\nCheers, allen", "allen"),  # "allen" is also a German word
])
def test_names_that_are_also_colours_or_words(text: str, name: str) -> None:
    spans = find(text, ner=False, lang="en")
    start = text.index(name)
    assert any(s.start <= start and start + len(name) <= s.end for s in spans), [text[s.start:s.end] for s in spans]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Viele Grüße\nHans-Jörg „Hansi“ Oberhauser", "de", "Hans-Jörg „Hansi“ Oberhauser"),  # a quoted nickname inside
    ("Remitente: LI Mei <mei@example.org>\nAsunto: devolución", "es", "LI Mei"),  # a short word as the given name
    ("RETURN FORM\nFAMILY NAME / NOM   DUBOIS-MCKAY\nCITY   Leeds", "en", "DUBOIS-MCKAY"),  # OCR form, no colon
])
def test_nicknames_short_given_names_and_ocr_fields(text: str, lang: str, name: str) -> None:
    assert name in _persons(text, lang)


def test_a_sign_off_that_is_also_a_brand() -> None:
    assert "Karl-Heinz Oberhauser" in _persons("Danke für die schnelle Hilfe!\nLG Karl-Heinz Oberhauser", "de")
    text = "Mein LG OLED55 ist kaputt."
    assert not find(text, ner=False, lang="de")
