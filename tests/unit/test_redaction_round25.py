"""Redaction round 25 of issue 11 (branch s11-red25): names and usernames in social text — a chat log's sender after a
bracketed time stamp, a nickname that opens a handle written again in lower case, a lower-case first name after a word
that sends the reader to a person or before an emoji — and ordinary words and slang never read as names.

Every text here was written for these tests (InMemoryRedactor: the same rules as the Presidio path, without spaCy);
none is copied from an eval/ set.
"""
import pytest

from tests.redaction_spans import covered, spans, untouched


@pytest.mark.parametrize("text,handle", [
    ("Stream chat:\n[20:11] moss_kitten42: my pad drifts again\n[20:12] tarn_rider: same here lol", "moss_kitten42"),
    ("Chat do stream:\n[09:40] zeca_gamer77: o controle chegou quebrado\n[09:41] lia_plays: que azar", "lia_plays"),
    ("Chat:\n[18:02] brummbaer_88: Lieferung fehlt\n[18:03] kiki_zockt: bei mir auch", "brummbaer_88"),
])
def test_sender_after_bracketed_time_stamp_is_a_username(text, handle):
    assert covered(text, handle)


@pytest.mark.parametrize("text,nick,nth", [
    ("[20:11] xx_tomek_xx: refund never came\n[20:12] ria_k: haha tomek again\n[20:13] xx_tomek_xx: stop", "tomek", 1),
    ("[21:00] juju_rs: o fone veio mudo\n[21:01] caio_99: kkkk juju sempre azarada", "juju", 1),
    ("@sorchareads: ok sorcha here again, still no refund", "sorcha", 1),
    ("↳ Moritz: danke vreni! @Vreni_B du bist super", "vreni", 0),
])
def test_nickname_that_opens_a_handle_is_a_name(text, nick, nth):
    assert covered(text, nick, nth)


@pytest.mark.parametrize("text,word", [
    ("[20:11] ptit_renard: le colis est arrivé\n[20:12] zaza_b: je suis le ptit renard du quartier", "ptit renard du"),
    ("[20:11] cala_boca9: nada chegou\n[20:12] rui_77: cala a boca, chegou sim", "a boca"),
    ("[20:11] digga_max: Paket weg\n[20:12] jo_lu: digga, frag den Laden", "frag den Laden"),
])
def test_slang_that_opens_a_handle_is_no_name(text, word):
    start = text.rindex(word.split()[0])
    assert not any(s.start <= start < s.end and s.type == "PERSON" for s in spans(text))


@pytest.mark.parametrize("text,name", [
    ("@velo_vert: ma roue est voilée\n↳ @pneu_75: parle avec lucienne, elle connaît le patron", "lucienne"),
    ("@loja_fan: veio errado\n↳ @ze_99: fala com a rosinha, ela troca na hora", "rosinha"),
    ("@mueble_fan: llegó roto\n↳ @tina_88: habla con anselmo, el encargado", "anselmo"),
    ("@kaffee_fan: Abo läuft weiter\n↳ @jo_lu: schreib mit gunther, der hilft 👍", "gunther"),
    ("@ab_cd merci quand même marie-claude 🙏 pour l'info", "marie-claude"),
])
def test_lower_case_first_name_sent_to_in_social_text(text, name):
    assert covered(text, name)


@pytest.mark.parametrize("text,word", [
    ("[10:05] Móveis Bela: Que chato! Pode mandar a foto?\n@cliente_rj: mando já", "chato"),
    ("[10:05] Tienda Sol: Qué pena, ¿me pasa su pedido?\n@cliente_mx: claro", "pena"),
    ("@cliente_pt: preciso da data de nascimento, por favor", "nascimento"),
    ("@fan_de_velo: je suis allé avec mes voisins, ils ont aimé", "voisins"),
])
def test_ordinary_word_ending_a_social_clause_is_kept(text, word):
    assert untouched(text, word)


@pytest.mark.parametrize("text,name,quote", [
    ("Réponse de Gaspard Lefebvre : « merci pour l'info, je vérifie »", "Gaspard Lefebvre", "merci pour l'info"),
    ("Resposta de Tiago Fontes: «liga-lhes, eles resolvem rápido».", "Tiago Fontes", "eles resolvem"),
    ("Reply from Tess Amory: \"same here, they never called back\"", "Tess Amory", "same here"),
])
def test_reply_by_a_person_names_the_person_and_quotes_no_secret(text, name, quote):
    assert covered(text, name)
    assert untouched(text, quote)


@pytest.mark.parametrize("text,value", [
    ("La réponse secrète est « chat noir ».", "chat noir"),
    ("A resposta de segurança é \"Pipoca Azul\".", "Pipoca Azul"),
])
def test_secret_answer_in_quotes_still_hidden(text, value):
    assert covered(text, value)


def test_reply_from_a_brand_is_kept():
    text = "Reply from Brightwave Support: we are sorry about the delay"
    assert untouched(text, "Brightwave Support")


@pytest.mark.parametrize("text,handle", [
    ("Questions sur la perceuse :\nQuestion de scie_sauteuse_44 (12/11) : livrée avec batterie ?", "scie_sauteuse_44"),
    ("Fragen zum Mäher:\nFrage von gartenzwerg_71 (02.11.): Schafft der Hang?", "gartenzwerg_71"),
    ("Perguntas:\nPergunta de panela_feliz · 03/11\n  Serve pra indução?", "panela_feliz"),
    ("Q: Does it shrink? — asked by knit_and_purl, 4 Nov", "knit_and_purl"),
    ("Preguntas:\n¿Trae filtro? — preguntado por cafe_de_olla_7 el 2 nov", "cafe_de_olla_7"),
    ("Avis clients\n  ↳ velo_du_nord_59 : même souci chez moi", "velo_du_nord_59"),
])
def test_marketplace_question_and_reply_writer_is_a_username(text, handle):
    assert covered(text, handle)


def test_question_from_a_plain_word_is_no_username():
    text = "Question de principe : pourquoi payer deux fois ?"
    assert untouched(text, "principe")
