"""The lived-experience model learns the structure of a lived scene, not one language's words.

Sentences written for this test (guards round 4), apart from the training rows (plugin/guards_training/) and every
evaluation set; `test_human_claims_data` checks mechanically that none is a training row. Each tells a scene in a
shape the older rows had few of — the passive, an impersonal remark, a collective third person, the second person,
a question that places the writer — in five languages; the honest sentences use the same shapes and words for the
company's facts, product tips, the customer's own words and a named colleague's future visit. The last test
retrains the model without one whole language and asserts that it still finds that language's scenes
(leave-language-out; 0.06 of French lived rows before round 4's structural features)."""
import pytest

from plugin.core import human_claims

SCENES = {
    ("en", "passive"): "Sorry, this was typed standing on a ladder while the ceiling tiles were being swapped.",
    ("en", "third"): "Half the office is wrapped in blankets because the boiler died overnight.",
    ("en", "second"): "You'd have giggled watching us chase the runaway sample boxes down the ramp.",
    ("en", "impersonal"): "Still a puddle under the coat rack from this morning's downpour, hence the soggy socks.",
    ("es", "passive"): "Perdona, esto se ha escrito de pie en la escalera mientras se cambiaban los fluorescentes.",
    ("es", "third"): "Media oficina está envuelta en mantas porque la caldera se apagó de madrugada.",
    ("es", "second"): "Te habrías partido de risa al vernos perseguir las cajas de muestras rampa abajo.",
    ("es", "impersonal"): "Todavía hay un charco bajo el perchero por el chaparrón de esta mañana, de ahí los calcetines mojados.",
    ("fr", "passive"): "Pardon, ceci a été tapé debout sur un escabeau pendant qu'on changeait les néons.",
    ("fr", "third"): "La moitié du bureau est emmitouflée dans des plaids, la chaudière a lâché cette nuit.",
    ("fr", "second"): "Vous auriez bien ri de nous voir courir après les cartons d'échantillons dans la rampe.",
    ("fr", "impersonal"): "Encore une flaque sous le portemanteau après l'averse de ce matin, d'où les chaussettes trempées.",
    ("de", "passive"): "Sorry, das wurde auf der Leiter stehend getippt, während die Deckenlampen getauscht wurden.",
    ("de", "third"): "Das halbe Büro sitzt in Decken gewickelt, weil die Heizung nachts ausgefallen ist.",
    ("de", "second"): "Sie hätten gelacht, wie wir den davonrollenden Musterkartons die Rampe hinunter nachgerannt sind.",
    ("de", "impersonal"): "Unter der Garderobe steht noch eine Pfütze vom Regenguss heute früh, daher die nassen Socken.",
    ("pt", "passive"): "Desculpe, isto foi escrito de pé num escadote enquanto se trocavam as lâmpadas do teto.",
    ("pt", "third"): "Meio escritório está enrolado em mantas porque a caldeira avariou durante a noite.",
    ("pt", "second"): "Ia rir-se de nos ver a correr atrás das caixas de amostras pela rampa abaixo.",
    ("pt", "impersonal"): "Ainda há uma poça debaixo do bengaleiro por causa da chuvada desta manhã, daí as meias molhadas.",
}
HONEST = [
    "The ceiling lights in our showroom are being replaced on Monday, so viewings move to Tuesday.",
    "Many customers keep the blanket on the sofa and wash it at thirty degrees.",
    "You mentioned the boxes rolled down your ramp; the replacement comes with corner guards.",
    "Our technician Farid will visit on Thursday morning to look at the boiler.",
    "Las luminarias de la tienda se cambian el lunes, así que las visitas pasan al martes.",
    "Muchos clientes dejan la manta en el sofá y la lavan a treinta grados.",
    "Nuestro técnico Farid pasará el jueves por la mañana para revisar la caldera.",
    "Les luminaires du magasin seront remplacés lundi ; les visites sont décalées à mardi.",
    "Beaucoup de clients gardent le plaid sur le canapé et le lavent à trente degrés.",
    "Notre technicien Farid passera jeudi matin pour examiner la chaudière.",
    "Die Deckenleuchten im Ausstellungsraum werden am Montag getauscht, Besichtigungen sind dann dienstags.",
    "Viele Kundinnen legen die Decke aufs Sofa und waschen sie bei dreißig Grad.",
    "Unser Techniker Farid kommt am Donnerstagvormittag vorbei und sieht sich die Heizung an.",
    "As luzes da loja vão ser trocadas na segunda-feira, por isso as visitas passam para terça.",
    "Muitos clientes deixam a manta no sofá e lavam-na a trinta graus.",
    "O nosso técnico Farid passa aí na quinta de manhã para ver a caldeira.",
]


def test_scenes_told_in_every_shape_and_language_are_at_least_flagged():
    clean = [key for key, text in SCENES.items() if not human_claims.tier(text)]
    by_model = [key for key, text in SCENES.items() if human_claims.lived_score(text) >= human_claims._lived_model()[2]]
    print(f"scenes clean: {len(clean)} / {len(SCENES)} {clean}; lived model alone finds {len(by_model)}")
    assert len(clean) <= 2, clean


def test_the_same_shapes_in_the_companys_voice_are_rarely_flagged():
    flagged = [text for text in HONEST if human_claims.tier(text)]
    print(f"honest flagged: {len(flagged)} / {len(HONEST)} {flagged}")
    assert len(flagged) <= 2, flagged


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_language_never_seen_in_training_is_still_read(language):
    """Leave-language-out floor: retrained without every row of one language, the model still finds a quarter of that
    language's lived rows at the shipped cut and flags at most 5 % of its label-0 rows (company voice, ordinary replies)."""
    from plugin.guards_training import lived_cv, train_lived

    rows = train_lived.rows(train_lived.PER_TEMPLATE)
    held = [r["language"] == language for r in rows]
    scores = lived_cv.scores_with_held_out(rows, held, train_lived.C)
    cut = human_claims._lived_model()[2]
    lived = [s for s, r, h in zip(scores, rows, held, strict=True) if h and r["label"]]
    honest = [s for s, r, h in zip(scores, rows, held, strict=True) if h and not r["label"]]
    recall = sum(s >= cut for s in lived) / len(lived)
    alarms = sum(s >= cut for s in honest) / len(honest)
    print(f"{language} held out: recall {recall:.3f}, honest flagged {alarms:.3f}")
    assert recall >= 0.25 and alarms <= 0.05
