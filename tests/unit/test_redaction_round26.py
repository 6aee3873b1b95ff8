"""Redaction round 26 of issue 11 (branch s14-red26): ordinary words of German, Portuguese, French and Spanish chat
and e-mail text not replaced (family words, greetings and interjections, lower-case and capitals ordinary words at a
name's edges), company names kept (trade words, an account named by its service, messengers a chat is copied from).

Every text here was written for these tests (InMemoryRedactor: the same rules as the Presidio path, without spaCy);
none is copied from an eval/ set.
"""
import pytest

from plugin.adapters.redaction import engine, keep
from tests.redaction_spans import covered, untouched


def found(text: str, lang: str) -> list[str]:
    return [text[s.start:s.end] for s in engine.find(text, ner=False, lang=lang)]


def kept(text: str, value: str) -> bool:
    """The keep list protects the value (a model's finding over it would be dropped)."""
    start = text.index(value)
    return any(lo <= start and start + len(value) <= hi for lo, hi in keep.protected_ranges(text))


# --- family words: a relation, not a name ---

def test_family_word_as_chat_sender_is_no_name():
    text = ("[19:02] Mamãe: filha, o liquidificador chegou quebrado e a caixa veio aberta\n"
            "[19:03] Rosilene: manda foto mãe, eu falo com a loja\n[19:05] Mamãe: já mandei a foto pra loja")
    assert untouched(text, "Mamãe")
    assert covered(text, "Rosilene")


def test_family_word_in_german_chat_is_no_name():
    text = ("[08:15] Oma: Kinder, das Paket mit dem Kaffeevollautomaten ist heute gekommen\n"
            "[08:16] Jannik: super Oma, funktioniert er?\n[08:17] Oma: nein, der Deckel vom Wassertank fehlt")
    assert untouched(text, "Oma")
    assert covered(text, "Jannik")


@pytest.mark.parametrize("text,lang,word,name", [
    ("mi mamá Guadalupe Ibarra es la titular de la cuenta y no le llegó el reembolso", "es", "mamá",
     "Guadalupe Ibarra"),
    ("[21:41] Lucho: tía borra eso porfa que sale mi dirección completa en el grupo", "es", "tía", "Lucho"),
])
def test_family_word_is_cut_or_dropped(text, lang, word, name):
    assert not any(word in f for f in found(text, lang))
    assert any(name in f for f in found(text, lang))


def test_family_word_given_as_nickname_stays_a_name():
    text = "Le troisième déménageur, un monsieur qu'ils appelaient Papi, a été très soigneux avec le buffet."
    assert "Papi" in found(text, "fr")


# --- greetings, interjections and formulas ---

@pytest.mark.parametrize("text,lang,greeting,name", [
    ("Hoi Chrigel, dini Bestellig isch unterwegs und chunnt am Mittwuch. Gruess, Seraina", "de", "Hoi", "Chrigel"),
    ("Fala Gabriela! Sua encomenda saiu hoje do centro de distribuição e chega na quinta.", "pt", "Fala", "Gabriela"),
    ("Atte. Remedios Zubizarreta", "es", "Atte", "Remedios Zubizarreta"),
    ("Conservas Maré Baixa Olá Inês, já lhe enviámos mensagem privada com o código.", "pt", "Olá", "Inês"),
])
def test_greeting_is_no_part_of_the_name(text, lang, greeting, name):
    spans = found(text, lang)
    assert not any(greeting in f for f in spans)
    assert name in spans


def test_a_greeting_in_quotes_is_no_nickname():
    text = "Beitrag von Bergfex_77:\n„Hoi Leute! Die Verlosung vom Hüttenabend ist vorbei, danke fürs Mitmachen.“"
    assert "Hoi" not in found(text, "de")


def test_wish_formula_is_no_name():
    text = "Merci pour votre aide, c'était génial, Bonne Chance pour la suite et à bientôt !"
    assert found(text, "fr") == []


def test_teacher_address_is_cut_from_the_name():
    text = "— Lupita (mamá de Santi): Maestra Yadira gracias por la kermés del sábado, los niños felices!"
    spans = found(text, "es")
    assert "Yadira" in spans and not any("Maestra" in f for f in spans)


# --- ordinary words in a case that says nothing of a name ---

def test_capitals_ordinary_words_are_no_name():
    text = "CLIENTE: OI EU SOU MARILENE SOUZA E QUERO A SEGUNDA VIA\nATENDENTE: NOTA FISCAL EMITIDA HOJE"
    spans = found(text, "pt")
    assert "MARILENE SOUZA" in spans
    assert not any(w in f for f in spans for w in ("EU", "NOTA", "FISCAL"))


def test_lower_case_ordinary_word_closing_a_name_is_cut():
    # a name found by its chat line and a word that follows it ("cpf") which is no part of it
    text = "[12:01] cliente: meu nome é thiago bezerra cpf 418.273.095-04 e quero cancelar\n[12:02] atendente: ok"
    assert not any("cpf" in f for f in found(text, "pt"))


def test_lower_case_name_that_is_also_a_word_stays():
    # "benigno" is also an adjective: a lower-case name opening with it is not cut
    text = "- cliente: sr. benigno castañeda, contrato de luz pendiente de revisar por el técnico"
    spans = found(text, "es")
    assert not any(f == "castañeda" for f in spans)


def test_english_is_left_alone():
    # outside the four languages the step does nothing ("Mae", "Oma" may be English names)
    text = "[10:02] Mae: hi, my parcel from Larkspur Home never came\n[10:03] Agent Priya: sorry Mae, checking now"
    assert covered(text, "Mae")


# --- companies kept ---

@pytest.mark.parametrize("text,firm", [
    ("Je suis passé à la Serrurerie Lebrun pour un double de clé, ils m'ont facturé deux fois.", "Serrurerie Lebrun"),
    ("Compré una silla en el Bazar Chilango y llegó rota, nadie me contesta en la tienda.", "Bazar Chilango"),
    ("Fui na Barbearia Navalha e cobraram duas vezes no cartão, preciso do estorno.", "Barbearia Navalha"),
    ("Die Schlosserei Wendlinger hat das Tor repariert, aber die Rechnung ist doppelt gekommen.", "Schlosserei Wendlinger"),
])
def test_trade_word_firm_is_kept(text, firm):
    assert untouched(text, firm)
    assert kept(text, firm)


@pytest.mark.parametrize("text,service", [
    ("Sandrine : attention, son compte Nuagerie a été piraté hier soir, ne cliquez pas.", "Nuagerie"),
    ("Oigan, alguien entró en mi cuenta de Vistaplus y cambió la contraseña.", "Vistaplus"),
])
def test_account_names_its_service(text, service):
    assert untouched(text, service)
    assert kept(text, service)


def test_messenger_header_is_no_person():
    text = ("Messenger – Boulangerie Kervella\nMaëlys Guennec : coucou, ma commande de galettes ?\n"
            "Boulangerie Kervella : Bonjour Maëlys, elle part demain\nMaëlys Guennec : merci beaucoup !")
    assert untouched(text, "Messenger – Boulangerie Kervella")
    assert covered(text, "Maëlys Guennec")


# --- a chat export's senders ---

@pytest.mark.parametrize("text,lang,name", [
    ("30/11/26, 14:02 - Jucélia Prates: oi, meu pedido da Casa Vinhal não chegou\n"
     "30/11/26, 14:05 - Casa Vinhal: Olá Jucélia! Vamos verificar o rastreio\n"
     "30/11/26, 14:06 - Jucélia Prates: obrigada", "pt", "Jucélia Prates"),
    ("[30/11/2026, 14:02:11] Eustaquio Bermejo: hola, el pedido de la freidora no llegó\n"
     "[30/11/2026, 14:05:40] Muebles Ocaña: Hola, lo revisamos ahora mismo", "es", "Eustaquio Bermejo"),
])
def test_chat_export_sender_is_a_name(text, lang, name):
    assert name in found(text, lang)


def test_chat_export_greeted_first_name_is_echoed():
    text = ("30/11/26, 14:02 - Jucélia Prates: oi, meu pedido da Casa Vinhal não chegou\n"
            "30/11/26, 14:05 - Casa Vinhal: Olá Jucélia! Vamos verificar o rastreio\n")
    assert "Jucélia" in found(text, "pt")
    assert not any("Casa Vinhal" in f for f in found(text, "pt"))


def test_form_labels_are_no_chat_senders():
    text = "Nome Completo: ver anexo\nData Nascimento: ver anexo\nMorada Fiscal: ver anexo"
    assert found(text, "pt") == []


# --- a model's lone ordinary word mid-sentence ---

def test_model_word_mid_sentence_that_is_ordinary_is_no_name():
    from plugin.adapters.redaction.finish import drop_sentence_words
    from plugin.core.model import Span
    text = "Compré la freidora de Aire en la tienda y llegó sin la cesta."
    start = text.index("Aire")
    assert drop_sentence_words(text, [Span("PERSON", start, start + 4, 0.45)], "es") == []


def test_model_word_after_a_person_preposition_stays():
    from plugin.adapters.redaction.finish import drop_sentence_words
    from plugin.core.model import Span
    text = "Der Druck ist gut geworden, nur bei Lasse fehlt die Rückennummer auf dem Trikot."
    start = text.index("Lasse")
    assert len(drop_sentence_words(text, [Span("PERSON", start, start + 5, 0.45)], "de")) == 1


# --- a finding inside a wish formula ---

def test_season_greetings_are_no_name():
    text = "Buenos días a todos,\nFeliz Navidad y Próspero Año Nuevo\nMuchas gracias por todo,\nEncarnación Villalobos"
    spans = found(text, "es")
    assert not any("Próspero" in f or "Navidad" in f for f in spans)


def test_model_word_inside_a_formula_is_dropped():
    from plugin.adapters.redaction.finish import drop_chat_words
    from plugin.core.model import Span
    text = "Merci d'avance et Bonne Journée à toute l'équipe !"
    start = text.index("Journée")
    assert drop_chat_words(text, [Span("PERSON", start, start + len("Journée"), 0.5)], "fr") == []


# --- signing for someone else, departments signing ---

def test_signing_on_behalf_is_no_part_of_the_name():
    text = ("Sehr geehrte Damen und Herren,\nich bitte um Rückerstattung der doppelten Abbuchung.\n"
            "Mit freundlichen Grüßen\ni. A. Waltraud Rosskopf\nSachbearbeitung Buchhaltung")
    spans = found(text, "de")
    assert "Waltraud Rosskopf" in spans and not any("i. A." in f for f in spans)


def test_department_signing_is_no_person():
    from plugin.adapters.redaction.finish import drop_chat_words
    from plugin.core.model import Span
    text = "Atenciosamente,\nEquipe Financeira – Distribuidora Boa Vista Ltda.\nRosimeire Falcão"
    start = text.index("Equipe")
    names = [Span("PERSON", start, start + len("Equipe Financeira"), 0.5),
             Span("PERSON", text.index("Rosimeire"), len(text), 0.75)]
    assert [text[s.start:s.end] for s in drop_chat_words(text, names, "pt")] == ["Rosimeire Falcão"]
