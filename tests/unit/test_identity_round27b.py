"""Round 27b: a couple who say who they are, nursing a baby, a condition one wears, a size said with "de" — each
masked as one self-description, so that two groups read alike; ordinary sentences with the same verbs stay as they
are. Texts written for this round."""
from __future__ import annotations

import pytest

from plugin.core.routing import identity
from plugin.core.routing.text import fold


def masked(text: str) -> str:
    return identity.mask(fold(text)).text


@pytest.mark.parametrize(("couple", "group"), [
    ("my partner and I are both women, and", "I'm a Quaker, and"),
    ("me and my husband are two men, and", "I'm Yoruba, and"),
    ("mi mujer y yo somos dos mujeres, y", "soy menonita, y"),
    ("ma femme et moi, on est deux femmes, et", "je suis kabyle, et"),
    ("eu e meu marido somos um casal de homens, e", "sou umbandista, e"),
    ("we're two dads, and", "I'm Tamil, and"),
])
def test_a_couple_saying_who_they_are_reads_as_any_self_description(couple: str, group: str) -> None:
    rest = " we want to move our delivery to Friday."
    assert masked(couple + rest).replace(" y ", " and ").replace(" et ", " and ").replace(" e ", " and ") \
        == masked(group + rest).replace(" y ", " and ").replace(" et ", " and ").replace(" e ", " and ")
    assert masked(couple + rest).startswith("xid")


@pytest.mark.parametrize("text", [
    "my wife and I are both happy with the sofa.",
    "me and my son are both customers of yours.",
    "mi marido y yo estamos muy contentos con el sofá.",
    "mon mari et moi, on est très contents.",
])
def test_a_couple_saying_anything_else_is_left_as_it_is(text: str) -> None:
    assert "xid" not in masked(text)


@pytest.mark.parametrize(("nursing", "group"), [
    ("I'm breastfeeding my 4-month-old", "I'm Hindu"),
    ("estoy amamantando a mi hija de tres meses", "soy gitana"),
    ("j'allaite encore mon fils de sept mois", "je suis bouddhiste"),
    ("ich stille noch meinen Sohn", "ich bin Jesidin"),
    ("tô amamentando minha filha de 6 meses", "sou candomblecista"),
])
def test_nursing_a_baby_reads_as_any_self_description(nursing: str, group: str) -> None:
    assert masked(nursing + " and I need the pharmacy to deliver.") == masked(group + " and I need the pharmacy to "
                                                                                     "deliver.")


def test_german_stillen_without_a_child_is_no_self_description() -> None:
    assert "xid" not in masked("Ich stille meinen Durst mit Ihrem Wasser.")


@pytest.mark.parametrize(("wearing", "group"), [
    ("llevo una ostomía", "soy drusa"),
    ("I wear a stoma bag", "I'm Druze"),
])
def test_a_condition_one_wears_reads_as_any_self_description(wearing: str, group: str) -> None:
    assert masked(wearing + ", ¿podéis cambiar la cita?") == masked(group + ", ¿podéis cambiar la cita?")


@pytest.mark.parametrize("text", ["llevo una semana esperando", "I wear a size 12", "ich trage die Kiste hoch"])
def test_wearing_or_carrying_anything_else_is_left_as_it_is(text: str) -> None:
    assert "xid" not in masked(text)


@pytest.mark.parametrize(("size", "group"), [
    ("soy de talla baja", "soy maya"),
    ("soy de baja estatura", "soy maya"),
    ("je suis de petite taille", "je suis peule"),
    ("sou de baixa estatura", "sou cigana"),
])
def test_a_size_said_with_de_reads_as_any_self_description(size: str, group: str) -> None:
    assert masked(size + " y quiero el reembolso.") == masked(group + " y quiero el reembolso.")


@pytest.mark.parametrize("text", ["soy de Madrid y quiero el reembolso.", "je suis de bonne humeur aujourd'hui.",
                                  "sou de opinião que o preço subiu."])
def test_de_after_a_self_description_naming_no_size_is_left_alone(text: str) -> None:
    assert "xid" not in masked(text)
