"""Training rows: the case-workflow acts an agent's draft truthfully states in the first person, and the lived acts
that share their verbs.

An assistant drafting for an agent says "I've logged the chipped bowl", "He aprobado el cambio", "j'ai validé le
remboursement", "ich habe den Ersatzschuh bestellt", "Verifiquei as medidas desse modelo": checking, verifying,
logging, noting, forwarding, requesting, ordering a replacement, approving or validating within policy, booking,
measuring against a chart, comparing, calculating. The claim model scored such pieces 0.9 and more (their first
person and a verb it had mostly seen in claims), so whole honest replies were withheld. These rows (label 0) give
it those acts in five languages, written natively per language (not translated), in several tenses and in the
layouts drafts use: a plain sentence, a dated action-log line, a status-list item, a long run-on sentence. The
label-1 rows are the same verbs lived: a pizza ordered for oneself, one's own kitchen measured, one's own holiday
booked, prices compared for one's own flat.

Written for issue 13 (guards round 5) by a session that had read development sets 5-10; no row of any evaluation
set is copied (tests/unit/test_human_claims_data.py checks). Hard negatives are weighted (`WEIGHT` copies).
"""
from __future__ import annotations

import itertools
import random

WEIGHT = 2  # each honest workflow row counts twice: the acts the honest drafts lost

# per language: "acts" (label 0): predicates in the first person; "lived" (label 1): the same verbs for oneself;
# "frames": layouts, "{a}" the act
LANGUAGES: dict[str, dict[str, list[str]]] = {
    "en": {
        "acts": [
            "I've logged the {item} against your order", "I logged the {item} on your case this morning",
            "I have noted the {item} on your account", "I've forwarded your photos to the {team}",
            "I forwarded the {item} details to our {team}", "I've asked the {team} to check the {item}",
            "I have requested a courier collection for the {item}", "I've ordered a replacement {item} for you",
            "I ordered a new {item} to be sent to you", "I've approved the exchange within our returns policy",
            "I approved the refund for the {item}", "I have validated your claim for the {item}",
            "I've booked the courier for Thursday", "I booked a collection slot for your {item}",
            "I measured the {item} against our size chart", "I've compared your measurements with the size guide",
            "I compared both models in the catalogue", "I've calculated the refund for the two {items}",
            "I calculated the difference in price for you", "I've checked the tracking for your {item}",
            "I checked your order history", "I have verified the serial number you sent",
            "I'm checking the stock of the {item} now", "I'll log the {item} as damaged in transit",
            "I will forward this to the {team} today", "I've opened a case for the {item}",
            "I've scheduled the replacement to leave tomorrow", "I have issued a return label for the {item}",
        ],
        "lived": [
            "I ordered a pizza for myself at lunch", "I measured my own kitchen last night",
            "I booked my own holiday for next week", "I compared prices for my own flat",
            "I ordered the same {item} for my sister", "I measured my living room with a tape",
            "I logged my hours on the train home", "I checked my own letterbox on the way in",
        ],
        "frames": ["{a}.", "Good news: {a}.", "Mon 10:05 – {a}", "09:40 {a}", "[x] {a}", "- {a}", "Done: {a}.",
                   "Thanks for the photos, {a}, so you don't need to do anything else for now.",
                   "Update: {a}, and you'll get an e-mail once it moves."],
    },
    "es": {
        "acts": [
            "he registrado {el} {item} en tu pedido", "registré {el} {item} en tu incidencia esta mañana",
            "he anotado lo {del} {item} en tu cuenta", "he reenviado tus fotos al {team}",
            "reenvié los datos {del} {item} a nuestro {team}", "he pedido al {team} que revise {el} {item}",
            "he solicitado la recogida {del} {item}", "he pedido un {item} de repuesto para ti",
            "he encargado un {item} nuevo para tu pedido", "he aprobado el cambio según nuestra política",
            "aprobé el reembolso {del} {item}", "he validado tu reclamación",
            "he reservado la recogida para el jueves", "he programado el envío del repuesto para mañana",
            "he medido {el} {item} con nuestra tabla de tallas", "he comparado tus medidas con la guía de tallas",
            "comparé los dos modelos del catálogo", "he calculado el reembolso de los dos artículos",
            "calculé la diferencia de precio de tu cambio", "he comprobado el seguimiento de tu paquete",
            "revisé el historial de tu pedido", "he verificado el número de serie que nos enviaste",
            "estoy revisando el stock {del} {item}", "voy a registrar {el} {item} como dañado en el transporte",
            "he abierto una incidencia para {el} {item}", "he generado la etiqueta de devolución",
        ],
        "lived": [
            "pedí una pizza para mí al mediodía", "medí mi propia cocina anoche", "reservé mis vacaciones ayer",
            "comparé precios para mi piso", "encargué {el} mismo {item} para mi hermana", "medí mi salón con una cinta",
        ],
        "frames": ["{A}.", "Buenas noticias: {a}.", "Lun 10:05 – {a}", "09:40 {a}", "[x] {A}", "- {A}", "Hecho: {a}.",
                   "Gracias por las fotos, {a}, así que de momento no tienes que hacer nada más.",
                   "Novedad: {a} y te llegará un correo en cuanto se mueva."],
    },
    "fr": {
        "acts": [
            "j'ai enregistré {le} {item} sur votre commande", "j'ai noté {le} {item} dans votre dossier",
            "j'ai transmis vos photos au {team}", "j'ai transféré les détails {du} {item} à notre {team}",
            "j'ai demandé au {team} de vérifier {le} {item}", "j'ai demandé un enlèvement pour {le} {item}",
            "j'ai commandé un {item} de remplacement pour vous", "j'ai validé le remboursement",
            "j'ai approuvé l'échange selon nos conditions", "j'ai accepté votre réclamation pour {le} {item}",
            "j'ai réservé le transporteur pour jeudi", "j'ai programmé l'envoi du remplacement pour demain",
            "j'ai mesuré {le} {item} d'après notre guide des tailles", "j'ai comparé vos mesures avec le tableau des tailles",
            "j'ai comparé les deux modèles du catalogue", "j'ai calculé le remboursement des deux articles",
            "j'ai vérifié le suivi de votre colis", "j'ai consulté l'historique de votre commande",
            "je vérifie le stock {du} {item}", "je vais enregistrer {le} {item} comme abîmé pendant le transport",
            "j'ai ouvert un dossier pour {le} {item}", "j'ai généré l'étiquette de retour",
            "je viens de valider votre avoir", "j'ai contrôlé le numéro de série que vous avez envoyé",
        ],
        "lived": [
            "j'ai commandé une pizza pour moi ce midi", "j'ai mesuré ma propre cuisine hier soir",
            "j'ai réservé mes vacances hier", "j'ai comparé les prix pour mon appartement",
            "j'ai commandé {le} même {item} pour ma sœur", "j'ai mesuré mon salon avec un mètre",
        ],
        "frames": ["{A}.", "Bonne nouvelle : {a}.", "Lun 10h05 – {a}", "09:40 {a}", "[x] {A}", "- {A}", "Fait : {a}.",
                   "Merci pour les photos, {a}, vous n'avez donc rien d'autre à faire pour le moment.",
                   "Mise à jour : {a} et vous recevrez un e-mail dès que ça bouge."],
    },
    "de": {
        "acts": [
            "ich habe {den} {item} in Ihrer Bestellung vermerkt", "ich habe {den} {item} in Ihrem Fall erfasst",
            "ich habe Ihre Fotos an {team} weitergeleitet", "ich habe {team} gebeten, {den} {item} zu prüfen",
            "ich habe eine Abholung für {den} {item} beauftragt", "ich habe {einen} Ersatz-{item} für Sie bestellt",
            "ich habe den Umtausch im Rahmen unserer Richtlinie genehmigt", "ich habe die Erstattung freigegeben",
            "ich habe Ihre Reklamation bestätigt", "ich habe den Kurier für Donnerstag gebucht",
            "ich habe den Versand des Ersatzes für morgen eingeplant", "ich habe {den} {item} mit unserer Größentabelle verglichen",
            "ich habe Ihre Maße mit der Größentabelle abgeglichen", "ich habe die Erstattung für beide Artikel berechnet",
            "ich habe die Sendungsverfolgung Ihres Pakets geprüft", "ich habe Ihre Bestellhistorie angesehen",
            "ich habe die Seriennummer überprüft, die Sie geschickt haben", "ich prüfe gerade den Bestand",
            "ich werde {den} {item} als Transportschaden erfassen", "ich habe einen Fall für {den} {item} eröffnet",
            "ich habe das Rücksendeetikett erstellt", "ich habe Ihre Gutschrift gerade veranlasst",
        ],
        "lived": [
            "ich habe mir mittags eine Pizza bestellt", "ich habe gestern meine eigene Küche ausgemessen",
            "ich habe meinen Urlaub gebucht", "ich habe Preise für meine Wohnung verglichen",
            "ich habe {den} gleichen {item} für meine Schwester bestellt", "ich habe mein Wohnzimmer vermessen",
        ],
        "frames": ["{A}.", "Gute Nachricht: {a}.", "Mo 10:05 – {a}", "09:40 {a}", "[x] {A}", "- {A}", "Erledigt: {a}.",
                   "Danke für die Fotos, {a}, Sie müssen also vorerst nichts weiter tun.",
                   "Kurzes Update: {a}, und Sie bekommen eine E-Mail, sobald sich etwas tut."],
    },
    "pt": {
        "acts": [
            "registei {o} {item} na sua encomenda", "registrei {o} {item} no seu pedido",
            "anotei o problema {do} {item} na sua conta", "encaminhei as suas fotos para {team}",
            "reencaminhei os dados {do} {item} para a nossa equipa", "pedi à {team} que verifique {o} {item}",
            "solicitei a recolha {do} {item}", "encomendei {um} {item} de substituição para si",
            "aprovei a troca dentro da nossa política", "validei o seu reembolso", "aprovei o reembolso {do} {item}",
            "marquei a recolha para quinta-feira", "agendei o envio da peça para amanhã",
            "medi {o} {item} pela nossa tabela de tamanhos", "verifiquei as medidas desse modelo",
            "comparei as suas medidas com a tabela", "comparei os dois modelos do catálogo",
            "calculei o reembolso dos dois artigos", "confirmei o rastreio da sua encomenda",
            "consultei o histórico do seu pedido", "conferi o número de série que nos enviou",
            "estou a verificar o stock {do} {item}", "vou registar {o} {item} como danificado no transporte",
            "abri um pedido de assistência para {o} {item}", "gerei a etiqueta de devolução",
        ],
        "lived": [
            "pedi uma pizza para mim ao almoço", "medi a minha própria cozinha ontem à noite",
            "marquei as minhas férias ontem", "comparei preços para o meu apartamento",
            "encomendei {o} mesmo {item} para a minha irmã", "medi a minha sala com uma fita métrica",
        ],
        "frames": ["{A}.", "Boas notícias: {a}.", "Seg 10:05 – {a}", "09:40 {a}", "[x] {A}", "- {A}", "Feito: {a}.",
                   "Obrigado pelas fotos, {a}, por isso não precisa de fazer mais nada por agora.",
                   "Atualização: {a} e vai receber um e-mail assim que houver novidades."],
    },
}
# objects of the case, with their articles (a masculine and a feminine form where the language needs one)
ITEMS: dict[str, list[dict[str, str]]] = {
    "en": [{"item": i, "items": i + "s"} for i in ("bowl", "lamp", "jacket", "kettle", "chair", "blender", "rug")],
    "es": [{"item": "cuenco", "el": "el", "del": "del"}, {"item": "jarrón", "el": "el", "del": "del"},
           {"item": "abrigo", "el": "el", "del": "del"}, {"item": "hervidor", "el": "el", "del": "del"},
           {"item": "cojín", "el": "el", "del": "del"}],
    "fr": [{"item": "bol", "le": "le", "du": "du"}, {"item": "manteau", "le": "le", "du": "du"},
           {"item": "fauteuil", "le": "le", "du": "du"}, {"item": "mixeur", "le": "le", "du": "du"}],
    "de": [{"item": "Schuh", "den": "den", "einen": "einen"}, {"item": "Wasserkocher", "den": "den", "einen": "einen"},
           {"item": "Mantel", "den": "den", "einen": "einen"}, {"item": "Stuhl", "den": "den", "einen": "einen"}],
    "pt": [{"item": "candeeiro", "o": "o", "do": "do", "um": "um"}, {"item": "casaco", "o": "o", "do": "do", "um": "um"},
           {"item": "tapete", "o": "o", "do": "do", "um": "um"}, {"item": "jarro", "o": "o", "do": "do", "um": "um"}],
}
TEAMS = {"en": ["warehouse", "returns team", "courier desk"], "es": ["almacén", "equipo de devoluciones"],
         "fr": ["service retours", "entrepôt"], "de": ["das Lager", "die Retourenabteilung"],
         "pt": ["equipa de armazém", "equipa de devoluções"]}


def _fill(template: str, language: str, rng: random.Random) -> str:
    slots = dict(rng.choice(ITEMS[language]), team=rng.choice(TEAMS[language]))
    return template.format_map(_Default(slots))


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def rows(seed: int = 31) -> list[dict]:
    """Every act and lived predicate in every frame of its language (one filling each); `template` groups a
    predicate's frames, so grouped cross-validation holds a whole act out."""
    rng = random.Random(seed)
    out = []
    for language, table in LANGUAGES.items():
        for label, key in ((0, "acts"), (1, "lived")):
            for predicate, frame in itertools.product(table[key], table["frames"]):
                act = _fill(predicate, language, rng)
                text = frame.format(a=act, A=act[:1].upper() + act[1:])
                row = {"language": language, "label": label, "text": text, "template": f"{language}:workflow:{predicate}"}
                out += [row] * (WEIGHT if label == 0 else 1)
    return out
