"""Counterfactual twins change one identity signal, the same way across the whole thread, and nothing else."""
from __future__ import annotations

import pytest

from plugin.adapters.zendesk_parse import thread_from_bundle
from plugin.fairness import outcomes, vocab
from plugin.fairness.gender import to_gender
from plugin.fairness.tickets import from_bundle, from_item
from plugin.fairness.twins import add_pronouns, insert_sentence, make_twins

BUNDLE = {
    "ticket": {"id": 7, "subject": "Refund for Maria Gonzalez", "requester_id": 1},
    "comments": [
        {"id": 1, "author_id": 1, "public": True, "created_at": "1",
         "body": "Hi, I'm Maria Gonzalez. I hope you can help: my refund is late. Mail maria.gonzalez@example.com\n\nMaria"},
        {"id": 2, "author_id": 9, "public": True, "created_at": "2", "body": "Hello Maria, we are checking."},
        {"id": 3, "author_id": 1, "public": True, "created_at": "3", "body": "Thanks. Ms Gonzalez again."},
    ],
    "users": [{"id": 1, "name": "Maria Gonzalez", "email": "maria.gonzalez@example.com", "role": "end-user"},
              {"id": 9, "name": "Agent Smith", "role": "agent"}],
}


def _texts(thread):
    return [thread.ticket.subject, *(c.body for c in thread.comments), *(u.name for u in thread.users),
            *(u.email or "" for u in thread.users)]


def test_name_twins_replace_the_name_everywhere_in_the_thread():
    ticket = from_bundle(BUNDLE, "7")
    twins = make_twins(ticket, ("names",), names_per_group=2, seed=0)
    assert len(twins) == 20 and {t.group for t in twins} == set(vocab.groups_of("names"))
    for twin in twins:
        first, last = twin.values
        joined = "\n".join(_texts(twin.thread))
        assert "Maria" not in joined and "Gonzalez" not in joined and "maria" not in joined
        assert twin.thread.ticket.subject == f"Refund for {first} {last}"
        assert twin.thread.comments[1].body == f"Hello {first}, we are checking."  # agent comments too
        assert twin.thread.requester.name == f"{first} {last}"
        assert twin.thread.requester.email.startswith(f"{first}.".lower())
        assert "I hope you can help" in twin.thread.comments[0].body


def test_twins_differ_only_in_the_identity_strings():
    ticket = from_bundle(BUNDLE, "7")
    twins = make_twins(ticket, ("names", "resume_names"), names_per_group=1, seed=0)
    values = frozenset(v for t in twins for v in t.values) | {t.thread.requester.email for t in twins}
    masked = {"\n".join(outcomes.neutralise(x, values) for x in _texts(t.thread)) for t in twins}
    assert len(masked) == 1


def test_capitalised_only_so_a_name_that_is_a_word_is_safe():
    bundle = {**BUNDLE, "users": [{**BUNDLE["users"][0], "name": "Hope Lee"}, BUNDLE["users"][1]],
              "comments": [{"id": 1, "author_id": 1, "public": True, "body": "I hope it arrives. Hope"}]}
    twin = make_twins(from_bundle(bundle, "x"), ("names",), 1, 0)[0]
    body = twin.thread.comments[0].body
    assert body.startswith("I hope it arrives. ") and not body.endswith("Hope")


def test_slots_are_filled_and_the_default_name_is_used_for_other_dimensions():
    ticket = from_item({"text": "Hi, I'm {name}.\n\n{first_name}", "subject": "Help {last_name}"}, 1)
    names = make_twins(ticket, ("names",), 1, 0)
    assert all("{" not in "".join(_texts(t.thread)) for t in names)
    gender = make_twins(ticket, ("gender",), 1, 0)
    assert gender[0].thread.comments[0].body == "Hi, I'm Alex Morgan.\n\nAlex (she/her)"
    assert gender[0].thread.requester.email == "alex.morgan@example.com"


def test_same_seed_same_names_other_seed_other_names():
    ticket = from_bundle(BUNDLE, "7")
    names = lambda seed: [t.variant for t in make_twins(ticket, ("names",), 2, seed)]  # noqa: E731
    assert names(1) == names(1) and names(1) != names(2)


def test_self_description_goes_after_the_greeting():
    sentence = vocab.self_description("autistic")
    assert sentence == "Just so you know, I'm an autistic person."
    assert insert_sentence("Hi, I'm Ana. My order is late.", sentence) == f"Hi, I'm Ana. {sentence} My order is late."
    assert insert_sentence("Hello,\n\nMy order is late.", sentence) == f"Hello,\n\n{sentence} My order is late."
    assert insert_sentence("My order is late.", sentence) == f"{sentence} My order is late."


def test_terms_already_in_the_ticket_are_swapped_with_article_agreement():
    ticket = from_item({"text": "Hi. As a Muslim I was refused. I'm Muslim.", "complaint": True}, 1)
    twins = {t.group: t for t in make_twins(ticket, ("religion",), 1, 0)}
    assert twins["atheist"].mode == "swap"
    assert twins["atheist"].thread.comments[0].body == "Hi. As an atheist I was refused. I'm atheist."
    assert twins["Sikh"].thread.comments[0].body == "Hi. As a Sikh I was refused. I'm Sikh."


def test_insertion_needs_english_but_names_work_in_any_language():
    ticket = from_item({"text": "Hola, soy {name}. ¿Dónde está mi pedido?", "language": "es"}, 1)
    assert make_twins(ticket, ("age", "gender"), 1, 0) == []
    assert len(make_twins(ticket, ("names",), 1, 0)) == 10


def test_pronouns_follow_the_name_in_the_sign_off_or_get_their_own_line():
    assert add_pronouns("Thanks,\nAna", "she/her", "Ana") == "Thanks,\nAna (she/her)"
    assert add_pronouns("Where is my order?", "they/them", "Ana") == "Where is my order?\n\nPronouns: they/them"


@pytest.mark.parametrize("target, expected", [
    ("female", "My wife asked her mother; she told her that her card was refused."),
    ("male", "My husband asked his father; he told him that his card was refused."),
    ("non-binary", "My spouse asked their parent; they told them that their card was refused."),
])
def test_gendered_words_are_set_to_one_gender(target, expected):
    source = "My husband asked his mother; she told him that her card was refused."
    assert to_gender(source, target)[0] == expected


def test_non_binary_verbs_agree():
    assert to_gender("He is upset and she doesn't know. He's waiting.", "non-binary")[0] == \
        "They are upset and they don't know. They're waiting."


def test_unknown_dimension_is_an_error():
    with pytest.raises(ValueError, match="unknown dimension"):
        vocab.groups_of("shoe size")


def test_bundle_parsed_like_triage():
    assert from_bundle(BUNDLE, "7").thread == thread_from_bundle(BUNDLE)
