"""Redaction round 38 (issue 11): dates of birth in form fields whose key names whose birth it is, secrets of several
words to the end of their clause, bank code and account pairs, card codes in brackets after their cue. Every sentence
here was written for this file (none is taken from an evaluation or development set)."""
from __future__ import annotations

import pytest

from tests.redaction_spans import covered, untouched


@pytest.mark.parametrize("text,value", [
    ("titular: Ana Pires\nnascimento_conjuge: 1974-03-19\ncidade: Braga", "1974-03-19"),
    ("fecha_nacimiento_titular: 1982/07/23\nplan: básico", "1982/07/23"),
    ("locataire_nom : Roy\ndate_naissance_conjoint : 4 juin 1971\n", "4 juin 1971"),
    ("date_fete : 1988-11-02\nville : Laval", "1988-11-02"),
    ("geburtsdatum_mieter: 08.09.1969\nort: Kassel", "08.09.1969"),
])
def test_birth_dates_in_qualified_form_fields(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("nascimento_cidade: Recife\nplano: anual", "Recife"),
    ("fecha_pedido: 2026-10-04\nestado: enviado", "2026-10-04"),
])
def test_other_fields_stay(text: str, value: str) -> None:
    assert untouched(text, value)


@pytest.mark.parametrize("text,value", [
    ("Das Passwort war Kirschbaum am Bach 41, das weiß ich noch.", "Kirschbaum am Bach 41"),
    ("a senha é farol velho do porto 19, já mudei", "farol velho do porto 19"),
    ("mi contraseña era tortuga verde tres mil, ya la cambié", "tortuga verde tres mil"),
    ("mon mot de passe c'était renard des neiges quarante, je l'ai changé", "renard des neiges quarante"),
    ("We agreed a phone password for callers: lemon harbour.", "lemon harbour"),
])
def test_passphrases_run_to_the_end_of_their_clause(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("my password is Pickle since yesterday, sorry", "since yesterday"),
    ("a senha do wi-fi da recepção mudou, agora é Recepcao#2031", "recepção mudou"),
    ("o PIN do cartão foi pedido por telefone ontem", "por telefone"),
])
def test_words_of_a_new_clause_stay(text: str, value: str) -> None:
    assert untouched(text, value)


@pytest.mark.parametrize("text,value", [
    ("Le mot de passe du portail, que votre conseillère m'a demandé d'épeler hier soir, était Garonne77! ; merci.",
     "Garonne77!"),
    ("La clave del panel de la alarma apuntada en la nevera: limon-con-sal-2004, cambiadla.", "limon-con-sal-2004"),
    ("login jo_marsh_22, pass tangerine55 (changed it already)", "tangerine55"),
    ("Mein Kundenkennwort lautet Zugspitze-Nord-31.", "Zugspitze-Nord-31"),
    ("Kundenkennwort FALSCH (genannt: „Bodensee1984“)", "Bodensee1984"),
])
def test_secrets_far_from_their_cue_or_after_a_customer_word(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("Routing 121000358, checking 0081234567", "121000358, checking 0081234567"),
    ("routing no. 026009593 savings 4410982231", "026009593 savings 4410982231"),
    ("BSB 062-118 acct 402 771 389", "062-118 acct 402 771 389"),
])
def test_bank_code_and_account_as_one_value(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("il m'a demandé le cryptogramme au téléphone (318), c'est normal ?", "318"),
    ("she read the CVV out as well (806) before I stopped her", "806"),
    ("pediram o código do cartão e eu dei, 09/31 e 514, depois fiquei com medo", "514"),
    ("pediram o código do cartão e eu dei, 09/31 e 514, depois fiquei com medo", "09/31"),
])
def test_card_codes_in_brackets_and_pairs(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("CALLER: it's S K 30 61 92 B\nAGENT: thanks", "S K 30 61 92 B"),
    ("CLIENTE: X 1 2 3 4 5 6 7 L\nAGENTE: gracias", "X 1 2 3 4 5 6 7 L"),
    ("CLIENTE: 12 34 56 78 Z\n", "12 34 56 78 Z"),
])
def test_spelt_identity_numbers_take_their_letters(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("Gate B 12 C 4 is closed today.", "B 12 C 4"),
    ("order L K P 4 4 0 9 1 7 never came", "L K P 4 4 0 9 1 7"),
])
def test_letter_and_digit_runs_of_no_format_stay(text: str, value: str) -> None:
    assert untouched(text, value)


@pytest.mark.parametrize("text,value", [
    ("CALLER: it's KP 61 07 35 A\nAGENT: thanks", "KP 61 07 35 A"),
    ("my insurance number is S K three zero six one nine two B and", "S K three zero six one nine two B"),
])
def test_spelt_numbers_with_letter_pairs_and_said_digits(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("Atendente: E a frase de segurança da conta?\nCliente: goiaba madura.\nAtendente: Certo.", "goiaba madura"),
    ("Agentin: Und Ihre Service-PIN, bitte.\nKunde: 5 0 8 2.\nAgentin: Danke.", "5 0 8 2"),
])
def test_secret_asked_and_answered_on_the_next_line(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("Agent: and the PIN please\nCustomer: yes one sec\nAgent: sure", "yes one sec"),
    ("Agent: the passphrase on file?\nCustomer: I forgot it\nAgent: ok", "I forgot it"),
])
def test_waiting_and_refusing_are_no_answer(text: str, value: str) -> None:
    assert untouched(text, value)


@pytest.mark.parametrize("text,value", [
    ("do you need my passport number for the border? KM5520918", "KM5520918"),
    ("mon passeport Z2281904 et celui de ma fille Z2281907 vous suffisent ?", "Z2281907"),
    ("Her passport number ends in 42, not 24 – R7719042.", "R7719042"),
])
def test_passport_numbers_further_on_their_line(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("CLIENTE : née le vingt et un juin soixante-douze\n", "vingt et un juin soixante-douze"),
    ("la tarjeta vence doce del veintinueve, el código dos cuarenta y siete\n", "dos cuarenta y siete"),
    ("sa carte expire fin avril vingt-neuf, merci", "fin avril vingt-neuf"),
])
def test_said_dates_and_codes_keep_their_first_word(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("hola, mi usuario es lalo_mx y la contraseña Mole Poblano 45, no entra", "Mole Poblano 45"),
    ("my username is kit_w and the password blue heron nine, it fails", "blue heron nine"),
])
def test_password_after_a_login_with_its_verb_left_out(text: str, value: str) -> None:
    assert covered(text, value)


def test_a_password_said_not_to_work_stays() -> None:
    text = "mi usuario es lalo_mx y la contraseña no me deja entrar"
    assert untouched(text, "no me deja entrar")


@pytest.mark.parametrize("text,value", [
    ("Geburtsdatum falsch: richtig ist der 4. März 1977, nicht der 14. März 1977.", "14. März 1977"),
    ("mi fecha de nacimiento es 11/04/1968; la de mi marido, Julio, es 02/09/1965.", "02/09/1965"),
])
def test_a_second_birth_date_on_the_line(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("date of birth 3/7/1981, customer since 12/01/2009", "12/01/2009"),
    ("né le 9 mai 1970, commande du 04/11/2014", "04/11/2014"),
])
def test_other_dates_after_a_birth_date_stay(text: str, value: str) -> None:
    assert untouched(text, value)


@pytest.mark.parametrize("text,value", [
    ("pour le casier, mon code de retrait c'est R7-5521-KM merci", "R7-5521-KM"),
    ("bitte in die Packstation, Abholcode QW8-204-61, danke", "QW8-204-61"),
    ("The cleaner's code 774102 works, the guest one not.", "774102"),
])
def test_pickup_and_door_codes_of_three_groups_and_a_cleaners_code(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("the truck at the gate wasn't ours, it was 182-C-30417. ours is parked", "182-C-30417"),
    ("for the pickup: my ute is 338 KTV", "338 KTV"),
    ("Sie fährt einen roten Golf, M-XP 2207, und parkt hinten.", "M-XP 2207"),
])
def test_plates_after_a_vehicle_and_a_clause(text: str, value: str) -> None:
    assert covered(text, value)


def test_a_street_number_after_a_vehicle_is_no_plate() -> None:
    from plugin.adapters.redaction.plates import find_plates

    assert find_plates("my car is in bay 4, 123 ABC street") == []


@pytest.mark.parametrize("text,value", [
    ("y la CLABE para la devolución 072580011223344556\nASESOR: gracias", "072580011223344556"),
    ("Conta que o PIN do cartão lhe foi pedido por SMS (7305) — suspeito.", "7305"),
])
def test_clabe_near_its_word_and_a_pin_in_brackets(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("her cell is (415) 555–0176, call after six", "(415) 555–0176"),
    ("meu celular (21) 97311‑4028 para contato", "(21) 97311‑4028"),
    ("my office line, 503·555·0148, is best", "503·555·0148"),
])
def test_phones_with_typographic_dashes_and_dots(text: str, value: str) -> None:
    assert covered(text, value)


def test_a_year_range_with_an_en_dash_is_no_phone() -> None:
    from plugin.adapters.redaction.patterns import find_phones

    assert find_phones("the 2019–2020 season and pages 112–118") == []


def test_a_login_after_a_declined_german_word() -> None:
    text = "Ich habe dort leider meinen Anmeldenamen kbauer81 eingegeben."
    assert covered(text, "kbauer81")


@pytest.mark.parametrize("text,value", [
    ("Rückruf bitte unter +43 (0) 676 / 512 44 80, danke", "+43 (0) 676 / 512 44 80"),
    ("Tel. +49 (0)40 / 3381 229 tagsüber", "+49 (0)40 / 3381 229"),
])
def test_phones_with_a_trunk_zero_and_an_area_code_slash(text: str, value: str) -> None:
    assert covered(text, value)
