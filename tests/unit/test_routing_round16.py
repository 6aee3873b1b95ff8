"""Routing round 16 (issue 12): words the writer reports rather than says now (scope.unreported, scope.without_thanks)
are not read by the handoff and opt-out heads: a quotation introduced by a past verb of saying or writing, another
sender's ``>`` block or a quotation that the line before forwards, a mail system's AI spam-filter notice, thanks
passed on to a manager, a pasted chat transcript. The bias head still reads everything. Texts written for these tests
(no training or evaluation row)."""
from __future__ import annotations

import pytest

from plugin.core.routing import classify, scope
from plugin.core.routing.text import fold


def unreported(text: str) -> str:
    return scope.unreported(fold(text))


@pytest.mark.parametrize("text", [
    'Back in June I wrote to you: "put me through to a supervisor right now". Mr Osei called the next day and it is fixed.',
    "Mi vecina, en la cola, dijo en voz alta: 'no quiero que ninguna máquina conteste mis cartas'. Yo solo pregunto el horario.",
    "L'an dernier, j'avais écrit « je veux parler à votre directeur » ; c'est réglé depuis longtemps.",
    "Im Mai habe ich Ihnen „ich will sofort einen Vorgesetzten sprechen“ geschrieben. Das hat sich erledigt.",
    "O meu sogro disse ao telefone: 'não falo com robôs, quero uma pessoa'. Eu só preciso da segunda via da fatura.",
])
def test_a_quotation_reported_with_a_past_verb_is_blanked(text: str) -> None:
    out = unreported(text)
    assert out != fold(text)
    assert '"..."' in out


@pytest.mark.parametrize("text", [
    # said now, or relayed now for someone the writer types for: not reported
    "My grandmother says: 'if a computer writes the answer, I will not read it, no machine on my letters.'",
    'Please note on my file: "no automated replies, a person only".',
    # the writer's own words, said to stand again after the quotation
    "Last week I wrote: 'I want to speak to a manager.' Still waiting, same request today.",
])
def test_a_quotation_said_now_or_said_to_stand_is_kept(text: str) -> None:
    assert unreported(text) == fold(text)


def test_another_senders_quoted_block_is_blanked_and_the_writers_own_forward_is_kept() -> None:
    other = ("We run the allotment society's account. A member's note, for background only:\n\n"
             "> From: P. Lindqvist\n> Keep any artificial intelligence away from my complaint.\n\nOur question is the fee.")
    assert "artificial intelligence" not in unreported(other)
    own = "Forwarding my own e-mail of last Tuesday, still unanswered:\n> Keep any chatbot away from my account.\nWell?"
    assert "chatbot" in unreported(own)


def test_a_quotation_line_that_the_line_before_forwards_is_blanked() -> None:
    text = ("My lodger sent me this and asked me to pass it along:\n\n"
            '"Tell the energy firm that no robot is to answer anything I write."\n\nMy own question is the meter.')
    assert "robot" not in unreported(text)


@pytest.mark.parametrize("line", [
    "-- Incoming mail to this address is screened by an AI-based spam filter.",
    "-- Este correo entrante pasa por un filtro antispam con IA de nuestro proveedor.",
    "-- Diese E-Mail wurde von einem KI-gestützten Virenscanner geprüft.",
])
def test_a_mail_systems_ai_filter_notice_is_dropped(line: str) -> None:
    text = "Could you resend the October invoice as a PDF?\nThanks, Ana\n" + line
    out = unreported(text)
    assert "filter" not in out and "filtro" not in out and "virenscanner" not in out
    # a refusal in a footer is no notice of a filter: kept
    keep = "Could you resend the invoice?\n-- Please do not process this e-mail with AI."
    assert unreported(keep) == fold(keep)


def test_thanks_passed_on_to_a_manager_is_not_read_by_the_handoff_head() -> None:
    text = fold("Nadia at your Leeds branch sorted my mortgage letter in ten minutes. Thanks to her, really. "
                "Could you pass this on to her manager?")
    assert "manager" not in scope.without_thanks(text)
    ask = fold("Thanks for nothing. Pass this on to your manager, I want a call today.")
    assert scope.without_thanks(ask) == ask
    polite = fold("Je conteste le refus, merci de transmettre à votre responsable de service.")
    assert scope.without_thanks(polite) == polite


def test_a_pasted_chat_transcript_is_not_read_by_the_handoff_head() -> None:
    text = fold("I'm pasting last night's chat:\n> me: get me a supervisor, now\n> agent: I'll escalate\n"
                "All sorted since, thank you. Can you update my postcode?")
    assert "supervisor" not in scope.without_thanks(text)


def test_a_past_request_quoted_and_settled_goes_to_an_ai_draft() -> None:
    text = ("Hello, about the boiler contract 0000 4471. In the spring I wrote to you 'get a manager to ring me, "
            "today' because the engineer never came. For the record that was settled: Mrs Hale rang, the visit "
            "happened and I got a refund. Today I only need to know whether the annual service can move to "
            "October, and whether the direct debit date changes with it. Many thanks, Peter")
    assert classify(text).route == "ai_assist"


def test_a_third_partys_quoted_refusal_is_no_opt_out_and_the_writers_own_refusal_is() -> None:
    base = ("Hi, I'm booking the minibus for our choir on 14 March, 16 seats, pick-up at the church hall. ")
    other = base + ("At the committee one member said, and I copy the minutes: 'I refuse to have any AI answer "
                    "my e-mails.' I haven't shared his details with you, only mine. Could you send the invoice "
                    "to the choir's address? Thanks, Joan")
    own = base + ("And please: I refuse to have any AI answer my e-mails. A person only, on this account. Could "
                  "you send the invoice to the choir's address? Thanks, Joan")
    assert classify(other).opt_out is False
    assert classify(own).opt_out is True


def test_the_bias_head_still_reads_a_quoted_clerk() -> None:
    text = ("I went to your branch on Monday to open a savings account. The clerk looked at my headscarf and said "
            "'people like you always cause trouble with paperwork' and refused to take my forms. I want this "
            "investigated; I have been a customer for eleven years and have never been treated like that.")
    assert classify(text).route == "bias_review"


@pytest.mark.parametrize("text", [
    "Please have a team leader call me, and please do not send me another template.",
    "Je veux qu'un chef d'agence reprenne mon dossier, pas encore une réponse toute faite.",
    "Quiero que lo revise un responsable; no quiero otra respuesta enlatada.",
    "Ein Vorgesetzter soll sich das ansehen, keine Textbausteine mehr.",
    "Quero que um supervisor veja o processo, não quero mais respostas-modelo.",
])
def test_a_canned_reply_refused_is_blanked_for_the_opt_out_head(text: str) -> None:
    assert '"..."' in scope.uncanned(fold(text))


def test_staff_in_spanish_is_no_canned_reply() -> None:
    text = fold("Sin IA, por favor: que me conteste alguien de la plantilla.")
    assert scope.uncanned(text) == text


def test_a_request_for_a_supervisor_that_refuses_templates_still_goes_to_a_person() -> None:
    # the handoff head still reads the canned reply refused (only the opt-out head does not)
    text = ("My order 5521 for two garden benches was paid on 2 November and has not arrived. The tracking page has "
            "said 'out for delivery' for nine days and three e-mails have gone unanswered. I now want a supervisor "
            "to look at this and ring me, not another standard reply. Thanks, Dee")
    assert classify(text).route == "human"


def test_an_earlier_refusal_withdrawn_by_asking_to_remove_its_note_is_blanked_for_the_opt_out_head() -> None:
    text = fold("In March I wrote asking you to keep the chatbot off my account. It has been fine on my partner's "
                "account, so please remove that note. My question: can the bill date move to the 5th?")
    out = scope.uncanned(text)
    assert "chatbot off" not in out and "remove that note" not in out and "bill date" in out
    # a consent withdrawn ("das nehme ich zurück") is no removal of a note: kept
    consent = fold("Bei der Anmeldung hatte ich angekreuzt, dass die KI meine Nachrichten lesen darf. Das nehme ich "
                   "zurück.")
    assert scope.uncanned(consent) == consent


@pytest.mark.parametrize("text", [
    "When I signed up, your form said 'we may use AI to process your messages'. I do not consent to that.",
    "The agent told me 'a virtual assistant will handle your claim from now on'. No thank you, I refuse that for my file.",
])
def test_the_companys_own_words_reported_stay_what_a_refusal_after_them_is_about(text: str) -> None:
    # the opt-out head leaves out reported words only when they refuse or deny something (scope._REFUSING)
    assert scope.unreported(fold(text), refusals_only=True) == fold(text)
    assert classify(text).opt_out is True


@pytest.mark.parametrize("text", [
    "Last Tuesday I wrote: 'please have someone phone me about the refund'. No one has. Please do it now.",
    "Su compañera me dijo 'le llamará un responsable mañana'. Nadie me ha llamado. Quiero esa llamada.",
    "Votre conseiller a dit « un responsable vous rappellera ». Personne n'a rappelé. Je veux ce rappel.",
    "In my letter of 3 May I wrote 'I want this reviewed by a manager'. I have had no reply at all.",
])
def test_a_reported_request_not_said_to_be_settled_still_asks_for_a_person(text: str) -> None:
    # the handoff head leaves out a reported quotation only when a settlement follows it (scope._SETTLED)
    assert scope.handoff_text(fold(text)) == fold(text)
    assert classify(text).route == "human"


def test_a_reported_request_said_to_be_settled_is_left_out_of_the_handoff_head() -> None:
    text = fold("In May I wrote 'put me through to a supervisor, today'. Mr Obi rang the next morning and it was "
                "sorted. Now I only need a copy of the October statement.")
    assert "supervisor" not in scope.handoff_text(text)
    negated = fold("In May I wrote 'put me through to a supervisor, today'. Nobody called me back.")
    assert scope.handoff_text(negated) == negated


@pytest.mark.parametrize("text", [
    "I am writing on behalf of my father, the account holder, about his broadband bill of 14 November. He said: "
    "'I don't want any AI reading my letters.' Please note that on his account and tell us why the bill went up.",
    "Escribo en nombre de mi madre, titular de la cuenta. Ella me dijo: \"no quiero que ninguna IA lea mis cartas\". "
    "Anótenlo, por favor.",
])
def test_a_refusal_reported_for_the_account_holder_on_whose_behalf_the_writer_acts_is_an_opt_out(text: str) -> None:
    assert scope.opt_out_text(fold(text)) == scope.uncanned(fold(text))
    assert classify(text).opt_out is True


def test_a_negated_behalf_cue_is_none() -> None:
    text = fold("A vizinha disse: 'não quero IA nenhuma nas minhas cartas'. O contrato não está em nome dela.")
    assert '"..."' in scope.opt_out_text(text)


def test_thanks_before_a_request_to_pass_a_case_to_a_manager_still_asks() -> None:
    text = fold("Thanks for the quick answer. Could you pass this on to a manager who can approve the refund?")
    assert scope.without_thanks(text) == text


def test_a_request_to_be_put_through_with_thanks_in_the_same_breath_still_asks() -> None:
    text = fold("oi cansei do robô me passem o telefone de alguém da cobrança por favor obrigada")
    assert scope.without_thanks(text) == text
