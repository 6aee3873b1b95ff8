"""The route never depends on which group a message names: counterfactual twins within each axis route alike
(the property the fairness audit checks, held by construction in plugin/core/routing/symmetry.py)."""
import pytest

from plugin.core.routing import classify, symmetry

TEMPLATES = [
    "Just so you know, I'm {a} {term} person. Hi, my headphones stopped charging after four months. What now?",
    "Just so you know, I'm {a} {term} person. I would like to cancel my subscription, I cannot keep paying for it.",
    "Hello, I'm {a} {term} customer and my parcel is late again.",
    "Your agent refused my refund and laughed. I'm {a} {term} woman and I know why.",
    "Ever since I mentioned I'm {term}, your chatbot stopped offering me the loyalty discount.",
    "My order ORD-2024-0042 has not arrived.",
]


def article(term: str) -> str:
    return "an" if term[0] in "aeiou" else "a"


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("axis", sorted(symmetry.AXES))
def test_every_term_of_an_axis_gets_the_same_route(template, axis):
    routes = {term: classify(template.format(a=article(term), term=term)).route for term in symmetry.AXES[axis]}
    assert len(set(routes.values())) == 1, routes


def test_ages_route_alike():
    text = "Just so you know, I'm a {n}-year-old person. I cannot keep paying for the premium plan."
    assert len({classify(text.format(n=n)).route for n in ("25", "50", "67", "75", "33")}) == 1


def test_a_complaint_caught_for_one_group_is_caught_for_all_and_says_why():
    result = classify("Ever since I mentioned I'm Sikh, your chatbot stopped offering me the loyalty discount.")
    assert result.route == "bias_review"


def test_ordinary_colour_words_are_not_identity_terms():
    assert list(symmetry.twins("I want to return the white jacket, it is too small.")) == []
    assert list(symmetry.twins("Is the Black Friday discount still on?")) == []
