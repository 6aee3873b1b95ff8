"""Routing round 23 (issue 12): false opt-outs on long messages that refuse nothing, and refusals still missed.

- A message of 80 words or more has its own opt-out threshold (decision.opt_out_threshold, 0.50), and there the
  opt-out head decides only when something that could be the automated agent is named (frames.machine_in_play): an
  angry complaint about a fault, a bereavement, a letter before action, a request for an accessible format and a GDPR
  access request are no refusals of AI. The refusal frames still read every long message.
- Frames: a household machine and the writer's own device are no automated agent; French "je les ai" is no AI;
  Portuguese "de IA" is; a consent "fica cancelada" is withdrawn; the agent asked about, then refused ("si oui, non
  merci", "falls ja, will ich die nicht", "se sim, não quero"), and German "davon will ich keine mehr".
- Bias review never changes here.
The texts below were written for these tests (no training row, no row of an evaluation set).
"""
import pytest

from plugin.core.routing import classify, decision, frames, identity, scope
from plugin.core.routing.text import fold

LONG_NO = {
 "en": "Subject: fridge-freezer, fourth complaint\n\nI am writing again because nothing has happened. The fridge-freezer you delivered on 2 May stopped cooling after nine days. Your technician came on the 20th, swapped a sensor and left. It failed again within the week and we lost a full shop of food, which I have listed with receipts. The second appointment was cancelled by text the night before, with no new date offered. I have two small children and a freezer full of nothing. I do not want another voucher or another apology. I want a replacement delivered by Friday or a full refund including the spoiled food, and I want it confirmed in writing. Order 55-10293. Regards, Morwenna Quick",
 "es": "Asunto: cambio de titular del contrato de luz\n\nBuenos días. Mi marido, Ramiro, falleció en agosto y el contrato de la luz de nuestra casa sigue a su nombre. Les adjunto el certificado de defunción y el libro de familia. Quisiera que el contrato pase a mi nombre sin cortar el suministro y sin cambiar la tarifa, que era la que él eligió hace años. También necesito que la factura de octubre, que se cobró de su cuenta ya bloqueada, se pase a mi cuenta, cuyo número les indico abajo. Perdonen si la carta es larga; él se ocupaba de estas cosas y yo voy aprendiendo poco a poco. Pueden escribirme por correo o llamarme por la tarde. Muchas gracias, Herminia Solís",
 "fr": "Objet : mise en demeure, facture de réparation\n\nMadame, Monsieur, par la présente je vous mets en demeure de me rembourser la somme de 412 euros facturée le 3 juin pour une réparation de chaudière qui n'a jamais été effectuée. Votre technicien est resté dix minutes, n'a changé aucune pièce et la chaudière est tombée en panne le soir même. J'ai envoyé deux courriers recommandés, restés sans réponse. À défaut de remboursement dans un délai de quinze jours à compter de la réception de ce courrier, je saisirai le conciliateur de justice puis le tribunal compétent. Je conserve toutes les pièces justificatives. Veuillez agréer mes salutations distinguées. Gaston Lemaire",
 "de": "Betreff: Kontoauszüge in barrierefreier Form\n\nSehr geehrte Damen und Herren, ich bin stark sehbehindert und lese am Bildschirm mit Vergrößerung und Sprachausgabe. Seit der Umstellung im Sommer kommen meine Kontoauszüge als eingescannte Bilder im PDF, die meine Sprachausgabe nicht vorlesen kann. Könnten Sie mir die Auszüge für mein Konto künftig als barrierefreies PDF oder als reine Textdatei schicken, oder auf Papier in Großdruck? Mit den Buchungen selbst bin ich zufrieden, es geht nur darum, dass ich sie allein lesen kann und nicht jedes Mal meinen Nachbarn fragen muss. Vielen Dank für Ihre Mühe. Mit freundlichen Grüßen, Reinhold Albers",
 "pt": "Assunto: pedido de acesso e apagamento de dados\n\nBom dia. Cancelei a minha assinatura do ginásio em março e continuo a receber todas as semanas mensagens promocionais por SMS e por e-mail. Já pedi duas vezes, no site, para deixar de receber publicidade, sem qualquer efeito. Ao abrigo do RGPD, peço que me indiquem que dados pessoais meus conservam e com que finalidade, que apaguem os meus contactos de todas as listas de marketing e que me confirmem por escrito que o fizeram. Se não tiver resposta no prazo de um mês, apresentarei queixa junto da CNPD. Não tenho outra queixa do ginásio, gostei de lá andar. Cumprimentos, Adelaide Fontes",
}
QUESTION_REFUSALS = {
 "en": "Is this an automated reply? If so, I don't want it. Where is my refund for order 88-1207?",
 "es": "¿Esto es una respuesta automática? Si es así, no gracias. ¿Cuándo me devuelven la fianza del piso?",
 "fr": "Est-ce une réponse automatique ? Dans ce cas, non merci. Je veux savoir quand ma carte arrivera.",
 "de": "Ist das eine automatische Antwort? Falls ja, will ich die nicht. Wann kommt meine Gutschrift?",
 "pt": "Isto é uma resposta automática? Se sim, não quero. Quando chega o reembolso da encomenda?",
}
GERMAN_REFUSALS = [
 "Ihr Portal schickt mir nur automatische Antworten ohne Inhalt. Davon will ich keine mehr. Bitte klären Sie die Rechnung 4471.",
 "In Ihrer Signatur steht, die Antwort sei mit KI erstellt worden. Das möchte ich für mein Konto bitte nicht. Zur Sache: die Kündigung.",
]
LONG_REFUSAL = {
 "en": "Hello, following up on the boiler service booked for the 14th. The engineer confirmed by phone, thanks, and the access code for the gate is unchanged. We will leave the side door open. Our dog will be in the garden so please close the gate behind you. The invoice can go to the same address as last year, and I will pay by bank transfer as before. One more thing for your records, and please treat it as a standing instruction: I do not want my messages read or answered by AI, now or later; a person from your team only. Thanks, Idris Bellamy",
 "de": "Guten Tag, ich schreibe wegen der Wartung der Heizung am 14. Der Techniker hat telefonisch bestätigt, danke. Der Code für das Tor ist unverändert, und wir lassen die Seitentür offen. Unser Hund ist im Garten, bitte schließen Sie das Tor hinter sich. Die Rechnung geht an dieselbe Adresse wie im letzten Jahr, ich zahle wieder per Überweisung. Und bitte vermerken Sie dauerhaft: Ich will keine KI, die meine Nachrichten liest oder beantwortet, nur Ihre Mitarbeiter. Danke, Ingrid Vollmer",
}


@pytest.mark.parametrize("lang", sorted(LONG_NO))
def test_long_letters_that_refuse_nothing_are_no_opt_out(lang):
    assert classify(LONG_NO[lang]).opt_out is False


@pytest.mark.parametrize("lang", sorted(QUESTION_REFUSALS))
def test_the_agent_asked_about_then_refused(lang):
    assert classify(QUESTION_REFUSALS[lang]).opt_out is True


@pytest.mark.parametrize("text", GERMAN_REFUSALS)
def test_german_refusals_after_the_agent_is_named(text):
    assert classify(text).opt_out is True


@pytest.mark.parametrize("lang", sorted(LONG_REFUSAL))
def test_a_refusal_in_a_long_letter_still_counts(lang):
    assert classify(LONG_REFUSAL[lang]).opt_out is True


def test_a_question_without_a_refusal_stays_clean():
    assert classify("Is this an automated reply? If so, could a person check my refund too?").opt_out is False
    assert classify("Ist das eine automatische Antwort? Falls ja, ist das auch in Ordnung. Wann kommt mein Paket?").opt_out is False


def _frame(text: str) -> bool:
    return frames.refusal(scope.opt_out_frame_text(identity.mask(scope.newest(fold(text))).text))


@pytest.mark.parametrize("text", [
    "Subject: still no working washing machine after two visits. Please send the engineer again on Monday.",
    "No coffee machine in the lobby works, can someone look at it before the meeting?",
    "Je lis avec une loupe et ni mon logiciel ni la loupe ne lisent vos relevés en image.",
    "Vous avez reçu les chaussures le 3, je les ai renvoyées au lieu de les garder. Où est mon avoir ?",
])
def test_household_machines_own_devices_and_french_ai_verbs_are_no_agent(text):
    assert _frame(text) is False


@pytest.mark.parametrize("text", [
    "Quando assinei, autorizei o assistente de IA a ler os meus e-mails. Mudei de ideia: essa autorização fica cancelada.",
    "On support: please take our team off the AI support route altogether and give us a named contact.",
])
def test_consent_cancelled_and_taken_off_the_agent(text):
    assert _frame(text) is True


def test_the_long_threshold_never_lowers_the_head():
    m = decision.model()
    assert decision.opt_out_threshold(10, m) == m.thresholds[2]
    assert decision.opt_out_threshold(decision.OPT_OUT_LONG_WORDS, m) == max(m.thresholds[2], decision.OPT_OUT_LONG)


HUMANS_ONLY_LONG = (
    "Hello, about the new sofa delivered on Tuesday. One of the feet was missing from the box and the left cushion "
    "has a small tear along the seam, photos attached. I'd be happy with a replacement cushion and the missing foot "
    "sent by post, no need for an engineer to visit. The delivery men were very careful with the stairs and the old "
    "sofa was taken away as agreed, so thanks for that. I'm home most mornings if anything needs signing for. And "
    "please note on my account from now on: humans only when you answer me, nothing else. Kind regards, Perpetua Oakes")


def test_a_long_letter_asking_for_humans_only_names_the_other_side_and_counts():
    assert classify(HUMANS_ONLY_LONG).opt_out is True


def test_machine_in_play():
    assert frames.machine_in_play("please keep your chatbot away from my account")
    assert frames.machine_in_play("i object to automated processing of my data")
    assert frames.machine_in_play("from now on only humans answer me")
    assert not frames.machine_in_play("under the gdpr i ask which personal data you hold and that you erase it")



def test_auto_before_what_is_handled_is_the_agent_and_an_auto_renewal_is_not():
    assert classify("pls dont want ur auto system replyin to my emails, wheres my parcel").opt_out is True
    assert classify("No auto renewal for me please, cancel the plan at the end of the year.").opt_out is False
    assert classify("I do not want auto payments taken from my card any more.").opt_out is False
