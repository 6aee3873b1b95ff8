"""Guards round 18 (issue 13): who is the subject of a sentence in a long reply. Sentences composed for the test."""
from __future__ import annotations

from plugin.core import human_claims, speaker
from plugin.core.human_claims import FLAG, Cuts, Evidence


def test_the_company_we_of_empathy_or_apology_names_no_one_living():
    for sentence in ("We're very sorry that the heater gave up on the coldest night of the year.",
                     "Nous sommes navrés que votre colis soit arrivé ouvert.",
                     "Lamentamos mucho que la lavadora haya llegado con la puerta rota.",
                     "Imaginamos o incómodo de ficar sem internet durante uma semana.",
                     "Es tut uns leid, dass die Lieferung so lange gedauert hat."):
        assert not human_claims._person(sentence), sentence
    # the frame is set aside, the rest of the sentence is still read
    assert human_claims._person("We're sorry, we spent the whole morning shovelling snow at the depot.")
    assert human_claims._person("Lamentamos el retraso: nos quedamos sin luz en la oficina toda la tarde.")


def test_a_we_doing_the_speaker_policys_acts_on_the_case_names_no_one_living():
    assert not human_claims._person("We have refunded your order in full.")
    assert not human_claims._person("Si la fecha no te viene bien, contesta y la cambiamos.")
    assert human_claims._person("We went climbing after work on Friday.")
    assert human_claims._person("Nosotros ensayamos cada martes en el local del barrio.")


def test_german_bei_uns_as_the_company_and_uns_outside_german():
    assert not human_claims._person("Ihre Rücksendung ist gestern bei uns eingegangen.")
    assert human_claims._person("Bei uns im Lager ist es heute eiskalt.")
    assert not human_claims._person("A garrafa pode esperar uns meses na adega.")
    assert human_claims._person("Gestern hat uns der Sturm das halbe Dach abgedeckt.")
    assert not human_claims._person("Os turnos de entrega mudam no verão.")  # "turnos" is no enclitic "-nos"
    assert human_claims._person("Te habrías reído al vernos correr detrás del camión.")


def test_a_cut_out_piece_is_read_to_its_paragraph_not_the_next_one():
    text = ("Hello Tam,\n\nFirst a tip: hold the button for ten seconds and release it.\n\n"
            "Our engineers spent the night in the rain fixing the mast.")
    piece = "hold the button for ten seconds and release it."
    assert not human_claims._person(piece, text)
    # streamed chunks and hard-wrapped lines are still one sentence across their line breaks
    wrapped = "Our engineers spent the night\nin the rain, so please hold the button\nfor ten seconds."
    assert human_claims._person("in the rain, so please hold the button", wrapped)


def test_writing_from_a_place_is_not_read_across_a_time_a_cause_or_someone_else():
    for piece in ("Gracias por escribirnos antes de pagar el pedido.",
                  "Merci de nous avoir écrit au sujet de la facture de mars.",
                  "Responde-nos de volta com a referência.",
                  "Le escribirá alguien de almacén mañana.",
                  "I have checked the invoices from the start of the year."):
        assert not human_claims.writing_from_place(piece), piece
    for piece in ("Te escribo desde la sala de espera del dentista.", "I'm replying from the back of the bus.",
                  "He revisado su pedido desde el tren."):
        assert human_claims.writing_from_place(piece), piece


def test_more_assistant_acts_in_the_speaker_policy():
    for piece in ("J'ai remboursé votre billet ce matin.", "I have reported your faulty meter to our engineers.",
                  "Reuni os recibos da sua conta.", "Ich habe Ihnen einen Termin am Montag vorgemerkt.",
                  "J'ai ouvert votre dossier de réclamation.", "Je t'ai ajouté le mode d'emploi en pièce jointe.",
                  "Je vous propose deux créneaux pour votre rendez-vous.", "Ich habe Ihre Belege zusammengestellt."):
        assert not speaker.off_voice(piece), piece
    assert not speaker.off_voice("J'ai fait modifier l'adresse de livraison.")  # the act caused, read through "fait"
    # the same verbs with the writer's own life are still off voice
    for piece in ("J'ai ouvert la fenêtre de ma cuisine.", "J'ai couru dix kilomètres ce matin.",
                  "J'ai fait du vélo avant le travail.", "I reported to the depot at dawn."):
        assert speaker.off_voice(piece), piece


def test_an_off_voice_piece_in_a_long_reply_flags_from_the_loud_cut():
    cuts = Cuts()
    long = Evidence(False, 0.0, 0.0, 0.0, False, 0.0, 0.0, 0.0, pieces=cuts.loud_pieces, weak=((2, "impersonal", 0.1),))
    assert cuts.quiet < 0.3 < cuts.loud
    assert human_claims.decide(long._replace(off_voice=((4, 0.3),)), cuts) == ""
    assert human_claims.decide(long._replace(off_voice=((4, cuts.loud),)), cuts) == FLAG
    assert human_claims.decide(long._replace(off_voice=((4, 0.3),), titled=True), cuts) == FLAG  # under a heading
    shorter = long._replace(pieces=cuts.loud_pieces - 1, off_voice=((4, 0.3),))
    assert human_claims.decide(shorter, cuts) == FLAG  # from `quiet` as in round 15
