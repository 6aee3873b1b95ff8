from plugin.core.model import KnownValue, Span
from plugin.core.redaction import PlaceholderMap, apply, non_overlapping


def test_round_trip_restores_values():
    text = "I am Maria Gonzalez, mail maria@example.com, Maria Gonzalez again."
    spans = [Span("PERSON", 5, 19), Span("EMAIL_ADDRESS", 26, 43), Span("PERSON", 45, 59)]
    mapping = PlaceholderMap()
    result = apply(text, spans, mapping)
    assert result.text == "I am <PERSON_1>, mail <EMAIL_ADDRESS_1>, <PERSON_1> again."
    assert [e.placeholder for e in result.entities] == ["<PERSON_1>", "<EMAIL_ADDRESS_1>", "<PERSON_1>"]
    assert (result.entities[1].start, result.entities[1].end) == (26, 43)  # offsets into the input
    restored, unknown = mapping.restore("Hi <PERSON_1>, we wrote to <EMAIL_ADDRESS_1>.")
    assert restored == "Hi Maria Gonzalez, we wrote to maria@example.com."
    assert unknown == ()


def test_consistent_across_texts_and_case_and_phone_format():
    mapping = PlaceholderMap()
    a = apply("call +1 415 555 0134", [Span("PHONE_NUMBER", 5, 20)], mapping)
    b = apply("or (415) 555-0134?", [Span("PHONE_NUMBER", 3, 17)], mapping)
    assert a.text.endswith("<PHONE_NUMBER_1>")
    # different digits (no country code) are a different value: a new placeholder
    assert b.text.startswith("or <PHONE_NUMBER_2>")
    c = apply("MARIA gonzalez", [Span("PERSON", 0, 14)], mapping)
    d = apply("maria  Gonzalez", [Span("PERSON", 0, 15)], mapping)
    assert c.text == d.text == "<PERSON_1>"


def test_seeded_requester_gets_person_1():
    mapping = PlaceholderMap()
    mapping.seed([KnownValue("PERSON", "Tom Okafor"), KnownValue("EMAIL_ADDRESS", "t@example.com")])
    assert mapping.placeholder_for("PERSON", "tom okafor") == "<PERSON_1>"
    assert mapping.placeholder_for("PERSON", "Someone Else") == "<PERSON_2>"


def test_tolerant_restore_and_unknown_placeholders():
    mapping = PlaceholderMap()
    mapping.placeholder_for("PERSON", "Ana")
    restored, unknown = mapping.restore("Dear [PERSON_1] and < PERSON_1 > and <PERSON_7>")
    assert restored == "Dear Ana and Ana and <PERSON_7>"
    assert unknown == ("<PERSON_7>",)


def test_overlaps_longest_wins():
    spans = [Span("PERSON", 0, 5), Span("LOCATION", 0, 12), Span("PERSON", 20, 25)]
    assert non_overlapping(spans) == [Span("LOCATION", 0, 12), Span("PERSON", 20, 25)]


def test_vault_round_trip():
    mapping = PlaceholderMap()
    mapping.placeholder_for("PERSON", "Ana")
    mapping.placeholder_for("PERSON", "Bo")
    again = PlaceholderMap.from_dict(mapping.to_dict())
    assert again.restore("<PERSON_2>")[0] == "Bo"
    assert again.placeholder_for("PERSON", "Cy") == "<PERSON_3>"
