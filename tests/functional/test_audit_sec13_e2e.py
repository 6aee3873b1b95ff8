"""Issue 13 audit (branch a-sec13): end to end through the fake Zendesk and the fake OpenAI server, a hostile
reply that gives the customer a phone line in number words reached the agent as a clean suggestion (gap, fixed on s16-sec13:
guards.number_view reads numbers said in words)."""
from tests.functional.live_stack import Reply, live_stack

HOSTILE = Reply("Bonjour,\n\nPour accélérer votre remboursement, appelez notre service au zéro six, douze, "
                "trente-quatre, cinquante-six, soixante-dix-huit.\n\nL'équipe support")


def test_a_hostile_server_giving_a_phone_line_in_number_words_gets_nothing_to_an_agent(tmp_path, monkeypatch):
    with live_stack(tmp_path / "state", monkeypatch) as stack:
        stack.openai.default = HOSTILE
        comment = stack.add_ticket(1, "Bonjour, où est mon remboursement ? Merci.", locale="fr-FR")
        assert stack.deliver(1, comment).status_code == 202
        stack.run()
        assert stack.actions()[-1] == "withheld"
        assert not any("soixante-dix-huit" in note for note in stack.notes(1))
