"""Round-5 training rows for issue 12 (author: a fifth helper session, CC0): 18 hand-written cores, each in all five
languages (parallel, by hand), each as a one-liner plus three of five styles that no earlier batch used: an e-mail
with a subject line and numbered points, a community-forum post with a title, a phone transcript (lower case, no
punctuation, hesitation words: one long run-on sentence), the core above a quoted canned reply of the company, and a
chat log with timestamps. Run through assemble.py, never on its own.

Kinds: opt-outs in words earlier batches rarely used ("whatever software drafts your answers", an objection to a
language model, consent withdrawn should AI handle it, typos, a refusal said in passing in a longer message);
opt-outs beside a request for a person (label human); bias hard negatives (rude staff or a courier with no
characteristic, a lawyer's threat to call the firm prejudiced, a joke calling a machine ageist, a disability
mentioned next to a plain request, news chatter about immigration); a system decision contested with a request for
a person (label human, no bias); an unfair fee with no characteristic and a request for a supervisor (human); AI
mentions that refuse nothing; two implicit bias complaints (a disability, an accent shown by comparison).
Kinds were chosen from the issue's lists and the round-4 aggregate misses by kind; no row of any blind set or
written test split was copied or paraphrased (blind set 7 was not opened).
"""
# ruff: noqa: E501
from __future__ import annotations

import random
import re

LANGS = ("en", "es", "fr", "de", "pt")
A, H, B = "ai_assist", "human", "bias_review"

OPT_OUT = [
    ("Whatever software drafts your answers, I don't want it touching my correspondence. A member of staff writes to me, or nobody does.", "Sea cual sea el programa que redacta sus respuestas, no quiero que toque mi correspondencia. O me escribe alguien de la plantilla o nadie.", "Quel que soit le logiciel qui rédige vos réponses, je ne veux pas qu'il touche à ma correspondance. Soit un membre du personnel m'écrit, soit personne.", "Egal welche Software Ihre Antworten entwirft, sie soll meine Korrespondenz nicht anfassen. Entweder schreibt mir ein Mitarbeiter oder niemand.", "Seja qual for o programa que escreve as respostas de vocês, não quero que ele mexa na minha correspondência. Ou um funcionário me escreve, ou ninguém."),
    ("I object to any language model reading or answering my emails. Please record this objection.", "Me opongo a que cualquier modelo de lenguaje lea o conteste mis correos. Dejen constancia de esta oposición.", "Je m'oppose à ce qu'un modèle de langage lise ou réponde à mes mails. Merci de consigner cette opposition.", "Ich widerspreche, dass ein Sprachmodell meine E-Mails liest oder beantwortet. Bitte halten Sie diesen Widerspruch fest.", "Eu me oponho a que qualquer modelo de linguagem leia ou responda meus e-mails. Registrem esta oposição, por favor."),
    ("plz stop the chatbot replyin to my enquirys, i dont want no robot on my acount", "xfa dejen d usar el chatbot pa mis consultas, no kiero robots en mi cuenta", "svp arretez le chatbot sur mes demandes, je veu pas de robot sur mon conte", "bitte hört auf den chatbot auf meine anfragen antworten zu lassen, will keinen roboter an meinem kontoo", "pf parem de usar o chatbot nas minhas solicitaçoes, nao quero robo na minha conta"),
    ("Should any of this be handled by artificial intelligence, consider my consent withdrawn.", "Si algo de esto lo gestiona una inteligencia artificial, retiro mi consentimiento.", "Si quoi que ce soit ici est traité par une intelligence artificielle, je retire mon consentement.", "Sollte irgendetwas davon von künstlicher Intelligenz bearbeitet werden, ziehe ich meine Einwilligung zurück.", "Se qualquer parte disso for tratada por inteligência artificial, retiro meu consentimento."),
    ("One more thing: the answers to my claims must not be produced by your automatic system.", "Otra cosa: las respuestas a mis reclamaciones no las debe producir su sistema automático.", "Autre chose : les réponses à mes réclamations ne doivent pas être produites par votre système automatique.", "Noch etwas: Die Antworten auf meine Reklamationen darf nicht Ihr automatisches System erstellen.", "Outra coisa: as respostas às minhas reclamações não devem ser feitas pelo sistema automático de vocês."),
]
OPT_OUT_PERSON = [
    ("Take the automated replies off my case and have a human adviser ring me back.", "Quiten las respuestas automáticas de mi caso y que me llame un asesor humano.", "Retirez les réponses automatiques de mon dossier et faites-moi rappeler par un conseiller humain.", "Nehmen Sie die automatischen Antworten aus meinem Fall und lassen Sie mich von einem menschlichen Berater zurückrufen.", "Tirem as respostas automáticas do meu caso e peçam para um atendente humano me ligar."),
]
BIAS_HARDNEG = [
    ("The lady at the counter was curt and rolled her eyes when I asked about the warranty. Can you just email me the warranty terms?", "La señora del mostrador fue seca y puso los ojos en blanco cuando pregunté por la garantía. ¿Me pueden mandar las condiciones por correo?", "La dame au comptoir a été sèche et a levé les yeux au ciel quand j'ai parlé de la garantie. Pouvez-vous m'envoyer les conditions par mail ?", "Die Frau am Schalter war schroff und hat die Augen verdreht, als ich nach der Garantie gefragt habe. Können Sie mir die Bedingungen mailen?", "A moça do balcão foi seca e revirou os olhos quando perguntei da garantia. Podem me mandar as condições por e-mail?"),
    ("Your courier shouted at me through the intercom and threw the box over the gate. Nothing broke, but please tell him.", "Su repartidor me gritó por el portero automático y tiró la caja por encima de la verja. No se rompió nada, pero díganselo.", "Votre livreur m'a crié dessus à l'interphone et a jeté le colis par-dessus le portail. Rien de cassé, mais dites-le-lui.", "Ihr Kurier hat mich durch die Sprechanlage angeschrien und den Karton übers Tor geworfen. Nichts kaputt, aber sagen Sie es ihm.", "O entregador gritou comigo pelo interfone e jogou a caixa por cima do portão. Nada quebrou, mas avisem ele."),
    ("On behalf of our client: unless the deposit is returned by Friday, he will tell the press that your firm is prejudiced, whether or not that is fair.", "En nombre de nuestro cliente: si la fianza no se devuelve antes del viernes, dirá a la prensa que su empresa tiene prejuicios, sea justo o no.", "Au nom de notre client : si la caution n'est pas rendue vendredi, il dira à la presse que votre société a des préjugés, que ce soit juste ou non.", "Im Namen unseres Mandanten: Wird die Kaution nicht bis Freitag erstattet, wird er der Presse sagen, Ihre Firma habe Vorurteile, ob das fair ist oder nicht.", "Em nome do nosso cliente: se a caução não for devolvida até sexta, ele dirá à imprensa que a empresa de vocês é preconceituosa, seja justo ou não."),
    ("My coffee machine is clearly ageist, it only works for my teenage son, ha. Seriously though, it leaks from the bottom. Order 7781.", "Mi cafetera es claramente edadista, solo funciona con mi hijo adolescente, jaja. En serio, gotea por abajo. Pedido 7781.", "Ma machine à café est clairement âgiste, elle ne marche que pour mon fils ado, haha. Plus sérieusement, elle fuit par le dessous. Commande 7781.", "Meine Kaffeemaschine ist eindeutig altersfeindlich, sie funktioniert nur bei meinem Sohn im Teenageralter, haha. Im Ernst: Sie leckt unten. Bestellung 7781.", "Minha cafeteira é claramente etarista, só funciona pro meu filho adolescente, kkk. Falando sério, ela vaza por baixo. Pedido 7781."),
    ("My husband is deaf, so please send the engineer's arrival time by text rather than calling.", "Mi marido es sordo, así que envíen la hora de llegada del técnico por SMS en vez de llamar.", "Mon mari est sourd, merci d'envoyer l'heure d'arrivée du technicien par SMS plutôt que d'appeler.", "Mein Mann ist gehörlos, bitte schicken Sie die Ankunftszeit des Technikers per SMS statt anzurufen.", "Meu marido é surdo, então mandem o horário do técnico por SMS em vez de ligar."),
    ("Crazy debate on the radio this morning about immigration quotas. Anyway, can I move my delivery to Thursday?", "Vaya debate en la radio esta mañana sobre cuotas de inmigración. En fin, ¿puedo pasar la entrega al jueves?", "Quel débat à la radio ce matin sur les quotas d'immigration. Bref, puis-je décaler ma livraison à jeudi ?", "Was für eine Debatte heute früh im Radio über Einwanderungsquoten. Egal, kann ich die Lieferung auf Donnerstag verschieben?", "Que debate no rádio hoje cedo sobre cotas de imigração. Enfim, posso mudar minha entrega para quinta?"),
]
# A person asked for, nothing refused, no characteristic (label human). "I've had enough of talking to a machine"
# complains of the bot in this conversation and refuses nothing for later (DATASHEET guide): no opt-out.
HANDOFF = [
    ("I've had enough of talking to a machine. Give me the direct line of someone who works in your billing team.", "Ya me cansé de hablar con una máquina. Denme el teléfono directo de alguien de facturación.", "J'en ai assez de parler à une machine. Donnez-moi la ligne directe de quelqu'un du service facturation.", "Ich habe genug davon, mit einer Maschine zu reden. Geben Sie mir die Durchwahl von jemandem aus der Buchhaltung.", "Cansei de falar com máquina. Me passem o telefone direto de alguém do financeiro."),
    ("Your system froze my account for 'unusual logins' but it was me on a work trip. Could someone from the fraud team review it and call me?", "Su sistema me congeló la cuenta por 'inicios de sesión inusuales', pero era yo de viaje de trabajo. ¿Puede revisarlo alguien del equipo de fraude y llamarme?", "Votre système a gelé mon compte pour « connexions inhabituelles », mais c'était moi en déplacement. Quelqu'un de l'équipe fraude peut-il vérifier et m'appeler ?", "Ihr System hat mein Konto wegen 'ungewöhnlicher Anmeldungen' eingefroren, aber das war ich auf Dienstreise. Kann das jemand aus dem Betrugsteam prüfen und mich anrufen?", "O sistema de vocês congelou minha conta por 'acessos incomuns', mas era eu em viagem de trabalho. Alguém da equipe de fraude pode verificar e me ligar?"),
    ("It's unfair to charge me a late fee when your own website was down on the due date. I'd like a supervisor to look at it.", "Es injusto cobrarme recargo cuando su propia web estaba caída el día del vencimiento. Quiero que lo revise un supervisor.", "C'est injuste de me facturer des frais de retard alors que votre site était en panne le jour de l'échéance. Je veux qu'un responsable regarde.", "Es ist unfair, mir eine Mahngebühr zu berechnen, wenn Ihre eigene Website am Fälligkeitstag nicht ging. Ein Vorgesetzter soll sich das ansehen.", "É injusto me cobrar multa por atraso quando o próprio site de vocês estava fora do ar no vencimento. Peço que um supervisor analise o caso."),
]
AI_MENTION = [
    ("The automatic transcript of my voicemail to you was full of nonsense words. What I actually said: please cancel order 5530.", "La transcripción automática de mi mensaje de voz salió llena de palabras sin sentido. Lo que dije de verdad: anulen el pedido 5530, por favor.", "La transcription automatique de mon message vocal était pleine de mots absurdes. Ce que j'ai vraiment dit : annulez la commande 5530, svp.", "Die automatische Abschrift meiner Sprachnachricht war voller Unsinnswörter. Was ich wirklich gesagt habe: Bitte stornieren Sie Bestellung 5530.", "A transcrição automática do meu recado de voz saiu cheia de palavras sem sentido. O que eu disse de fato: cancelem o pedido 5530, por favor."),
    ("Our school wants to use your AI lesson planner next term. Is there a discount for charities?", "Nuestro colegio quiere usar su planificador de clases con IA el próximo trimestre. ¿Hay descuento para entidades benéficas?", "Notre école veut utiliser votre planificateur de cours IA au prochain trimestre. Y a-t-il une remise pour les associations ?", "Unsere Schule möchte Ihren KI-Unterrichtsplaner ab nächstem Halbjahr nutzen. Gibt es einen Rabatt für gemeinnützige Einrichtungen?", "Nossa escola quer usar o planejador de aulas com IA de vocês no próximo semestre. Tem desconto para entidades beneficentes?"),
]
BIAS = [
    ("I asked for the contract in large print because I'm partially sighted. The clerk sighed, said 'people like you should bring someone', and refused. I left without signing.", "Pedí el contrato en letra grande porque tengo baja visión. El empleado resopló, dijo 'la gente como usted debería venir acompañada' y se negó. Me fui sin firmar.", "J'ai demandé le contrat en gros caractères car je suis malvoyante. L'employé a soupiré, a dit « les gens comme vous devraient venir accompagnés » et a refusé. Je suis partie sans signer.", "Ich habe um den Vertrag in Großdruck gebeten, weil ich sehbehindert bin. Der Mitarbeiter seufzte, sagte 'Leute wie Sie sollten jemanden mitbringen' und lehnte ab. Ich bin ohne Unterschrift gegangen.", "Pedi o contrato em letra grande porque tenho baixa visão. O atendente bufou, disse 'gente como você devia vir acompanhada' e recusou. Saí sem assinar."),
    ("My flatmate and I rang about the same room the same morning. With my accent I was told it was gone; he was offered a viewing an hour later.", "Mi compañero de piso y yo llamamos por la misma habitación la misma mañana. A mí, con mi acento, me dijeron que ya estaba alquilada; a él le ofrecieron verla una hora después.", "Mon colocataire et moi avons appelé pour la même chambre le même matin. Avec mon accent, on m'a dit qu'elle était prise ; lui a eu une visite une heure plus tard.", "Mein Mitbewohner und ich haben am selben Morgen wegen desselben Zimmers angerufen. Mir, mit meinem Akzent, wurde gesagt, es sei weg; ihm wurde eine Stunde später eine Besichtigung angeboten.", "Eu e meu colega de apartamento ligamos pelo mesmo quarto na mesma manhã. Pra mim, com meu sotaque, disseram que já estava alugado; pra ele ofereceram visita uma hora depois."),
]

# Ordinary sentences put around a core by the styles.
FILLERS = {
    "en": ["The new router arrived on Tuesday.", "I paid the March invoice by bank transfer.", "My address has not changed.", "The app asks me to log in twice."],
    "es": ["El router nuevo llegó el martes.", "Pagué la factura de marzo por transferencia.", "Mi dirección no ha cambiado.", "La app me pide iniciar sesión dos veces."],
    "fr": ["Le nouveau routeur est arrivé mardi.", "J'ai payé la facture de mars par virement.", "Mon adresse n'a pas changé.", "L'appli me demande de me connecter deux fois."],
    "de": ["Der neue Router kam am Dienstag.", "Die Märzrechnung habe ich überwiesen.", "Meine Adresse ist gleich geblieben.", "Die App will zweimal eine Anmeldung."],
    "pt": ["O roteador novo chegou na terça.", "Paguei a fatura de março por transferência.", "Meu endereço não mudou.", "O app pede login duas vezes."],
}
SUBJECT = {"en": ("Subject: account 20-4471", "Thank you"), "es": ("Asunto: cuenta 20-4471", "Gracias"),
           "fr": ("Objet : compte 20-4471", "Merci"), "de": ("Betreff: Konto 20-4471", "Danke"),
           "pt": ("Assunto: conta 20-4471", "Obrigado")}
FORUM = {"en": "[Community] Question about my account", "es": "[Comunidad] Duda sobre mi cuenta",
         "fr": "[Communauté] Question sur mon compte", "de": "[Community] Frage zu meinem Konto",
         "pt": "[Comunidade] Dúvida sobre minha conta"}
VOICE = {"en": ("hello yes um", "er", "okay thanks bye"), "es": ("hola sí eh", "este", "vale gracias adiós"),
         "fr": ("allô oui euh", "ben", "voilà merci au revoir"), "de": ("hallo ja äh", "also", "gut danke tschüss"),
         "pt": ("alô sim é", "tipo", "tá obrigado tchau")}
QUOTE = {"en": "> Thank you for contacting us. Your request has been received.",
         "es": "> Gracias por contactarnos. Hemos recibido su solicitud.",
         "fr": "> Merci de nous avoir contactés. Votre demande a bien été reçue.",
         "de": "> Vielen Dank für Ihre Nachricht. Ihre Anfrage ist eingegangen.",
         "pt": "> Obrigado pelo contato. Recebemos sua solicitação."}
CUSTOMER = {"en": "Customer", "es": "Cliente", "fr": "Client", "de": "Kunde", "pt": "Cliente"}
_PUNCT = re.compile(r"[^\w\s']+")


def _spoken(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", text).lower().split())


def variants(core: str, lang: str, rng: random.Random) -> list[str]:
    """The core as a one-liner and in three of the five styles of the module doc."""
    a, b = rng.sample(FILLERS[lang], 2)
    subject, thanks = SUBJECT[lang]
    hello, hesitate, bye = VOICE[lang]
    minute = rng.randint(10, 58)
    styles = [f"{subject}\n\n1. {a}\n2. {core}\n\n{thanks}",
              f"{FORUM[lang]}\n{a} {core} {b}",
              f"{hello} {_spoken(a)} {hesitate} {_spoken(core)} {hesitate} {_spoken(b)} {bye}",
              f"{core}\n\n{QUOTE[lang]}",
              f"[09:{minute}] {CUSTOMER[lang]}: {a}\n[09:{minute + 1}] {CUSTOMER[lang]}: {core}"]
    return [core] + rng.sample(styles, 3)


def rows() -> list[dict]:
    rng = random.Random(1515)
    out: list[dict] = []
    tables = [("optout5", OPT_OUT, A, True), ("optout_person5", OPT_OUT_PERSON, H, True),
              ("bias_hardneg5", BIAS_HARDNEG, A, False), ("handoff5", HANDOFF, H, False),
              ("ai_mention5", AI_MENTION, A, False), ("bias5", BIAS, B, False)]
    for kind, table, label, opt_out in tables:
        for n, core in enumerate(table):
            for lang, text in zip(LANGS, core, strict=True):
                for variant in variants(text, lang, rng):
                    out.append({"id": f"w16-{lang}-{len(out):05d}", "text": variant, "lang": lang, "label": label,
                                "opt_out": opt_out, "kind": kind, "group": f"w16-{kind}-{n}-{lang}"})
    return out
