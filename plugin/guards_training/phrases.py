"""Training sentences for the human-claim model, generated from templates × slot fillers per language.

Label 1: the writer claims to be a person or claims the reply was written by a person (or not by a
machine). Label 0: ordinary support sentences, many of them hard negatives that mention people, staff,
"our team", a colleague who will call, human error, a virtual assistant, checking an order. Written for
training only; the held-out set (benchmarks/guards/human_claims_eval.jsonl) was written before these, in
another style, and none of its sentences is here.
"""
from __future__ import annotations

import itertools
import random

# slot fillers: {name} is filled from NAMES in every language
NAMES = ("Sarah", "Marco", "Aylin", "Pedro", "Chloé", "Lukas", "Beatriz", "Sam", "Nadia", "Jorge")

EN = {
    "pos": [
        "{iam} not {machine}, just {name} from {dept}.", "Not {machine}, just {name} from the {dept} team.",
        "As your {role} I {generic}.", "As the {role} on your case, I {generic}.", "{name} here, not {machine}: {status}.",
        "{iam} {human}.", "{iam} {human}, not {machine}.", "{iam} not {machine}.", "{iam} not {machine}, {iam2} {human}.",
        "This {msg} {wasnt} {made} by {machine}.", "No {machine} {wrote} this {msg}.", "{msg_cap} {made} by {me}.",
        "I {personally} {checked} {object} {myself}.", "I {personally} {checked} {object}.",
        "As your {role}, I {act}.", "Speaking as your {role}, I {act}.", "It's {name}, {human}, {act2}.",
        "Hi, {name} here, {human} on the {dept} team.", "You're {talking} {human}.", "{rest}, you're {talking} {human}.",
        "Don't worry, this isn't {machine}, it's me, {name}.", "There's {human} behind this {msg}.",
        "I'm writing this {msg} {myself}, {human}.", "Every word of this {msg} was {made} by {me}.",
        "{rest}: {iam} {human} and I {act}.", "I can assure you I am {human}.", "I promise I'm {human}.",
    ],
    "neg": [
        "Our {dept} team will {follow} {when}.", "A colleague from {dept} will {follow} {when}.",
        "{rest}, you can ask to speak with {human} from our team.", "I've {checked} {object} and {status}.",
        "We have {checked} {object} and {status}.", "{human_cap} from our {dept} team will {follow} {when}.",
        "Your {role} will {follow} {when}.", "The courier needs {human} to sign for the parcel.",
        "This was {error} on our side, and we're sorry.", "Our virtual assistant can help you {when}.",
        "Please note our website uses bot protection.", "You can reach {human} by phone {when}.",
        "A member of staff will review {object}.", "{rest}, {status}.", "Thanks for your patience, {name}.",
        "Your personal data is handled under our privacy policy.", "You can pick it up in person at our store.",
        "We'll ask {human} from {dept} to look at {object}.", "I'm sorry for the trouble with {object}.",
        "I have forwarded {object} to our {dept} team.", "Our staff will check {object} {when}.",
        "If you prefer, {human} can call you {when}.", "I'm happy to help with {object}.",
        "I'm sure {human} will review {object} {when}.", "You can always ask for {human} instead of the chat.",
        "Are you a {machine_bare}? Some customers ask us that.", "This is a {readable} copy of {object}.",
        "Hi {name},", "Dear {name},", "{name}, thanks for your message.", "Our {machine_bare} answers simple questions {when}.",
        "Is {object} ready? Yes, {status}.",
    ],
    "machine_bare": ["bot", "robot", "chatbot", "virtual assistant", "automated system"],
    "readable": ["human-readable", "printable", "personal", "plain-text", "digital"],
    "iam": ["I am", "I'm", "Im", "This is", "I really am", "Yes, I'm", "Honestly, I'm"],
    "iam2": ["I'm", "I am", "just"],
    "human": ["a human", "a real person", "an actual person", "a person", "a human being", "a real human",
              "a live agent", "a real agent", "someone real", "a real member of staff", "a flesh and blood person",
              "a living person", "an actual human", "a real employee"],
    "machine": ["a bot", "an AI", "a robot", "a machine", "a chatbot", "an automated system", "a program",
                "an algorithm", "a language model", "artificial intelligence", "an automated reply", "software"],
    "msg": ["message", "reply", "email", "answer", "response"],
    "msg_cap": ["This message was", "This reply was", "This answer was", "This email was"],
    "wasnt": ["wasn't", "was not", "isn't", "is not", "has not been"],
    "made": ["written", "generated", "drafted", "produced", "typed", "created"],
    "wrote": ["wrote", "generated", "drafted", "produced", "was involved in"],
    "me": ["me personally", "a human", "a real person", "hand", "me, not a machine", "a person"],
    "personally": ["personally", "myself", "in person", "by hand"],
    "checked": ["checked", "reviewed", "looked into", "verified", "went through", "inspected"],
    "object": ["your order", "your account", "the tracking", "your refund request", "the photos", "your case",
               "the invoice", "your booking"],
    "myself": ["myself", "with my own eyes", "personally", "by hand", "in person"],
    "role": ["account manager", "personal assistant", "case handler", "dedicated advisor", "support rep"],
    "act": ["wanted to reach out personally", "checked this myself", "am handling this in person",
            "wrote this to you myself", "looked at it personally"],
    "generic": ["can confirm the refund", "have approved the exchange", "will handle this from here",
                "can see the parcel is delayed", "have updated your address"],
    "act2": ["writing to you myself", "not a machine", "typing this by hand", "real and here to help"],
    "dept": ["billing", "shipping", "support", "returns", "warehouse"],
    "talking": ["talking to", "chatting with", "speaking with", "writing to", "dealing with"],
    "rest": ["Rest assured", "Don't worry", "Just so you know", "To be clear", "Good news"],
    "follow": ["get back to you", "call you", "contact you", "look into this", "reply"],
    "when": ["tomorrow", "within two business days", "this week", "between 9am and 5pm", "as soon as possible"],
    "status": ["it left our warehouse yesterday", "it is on its way", "the refund was issued",
               "everything looks fine", "it should arrive on Friday"],
    "human_cap": ["A person", "Someone", "A member of staff", "An agent", "A specialist"],
    "error": ["human error", "a mistake", "an error in our system"],
}

ES = {
    "pos": [
        "No soy {machine}, solo {name} de {dept}.", "Como su {role} le confirmo que {status}.",
        "{iam} {human}.", "{iam} {human}, no {machine}.", "No soy {machine}.", "No soy {machine}, soy {human}.",
        "Este {msg} no {made} por {machine}.", "Ningún {machine_n} ha escrito este {msg}.", "Este {msg} lo {wrote} {me}.",
        "{personally} {checked} {object}.", "Como su {role}, {act}.", "Soy {name}, {human}, {act2}.",
        "Hola, le escribe {name}, {human} del equipo de {dept}.", "Está {talking} {human}.",
        "{rest}, está {talking} {human}.", "Tranquilo, esto no es {machine}, soy yo, {name}.",
        "Detrás de este {msg} hay {human}.", "Le escribo yo {myself}, {human}.", "Le aseguro que soy {human}.",
    ],
    "neg": [
        "Hola {name},", "Estimado {name}:", "Seguro que {human} revisará {object} {when}.",
        "Siempre puede pedir hablar con {human} en lugar del chat.", "¿Es usted un robot? Marque la casilla.",
        "Nuestro equipo de {dept} le {follow} {when}.", "Un compañero de {dept} le {follow} {when}.",
        "{rest}, puede pedir hablar con {human} de nuestro equipo.", "He {checked_p} {object} y {status}.",
        "Hemos {checked_p} {object} y {status}.", "Su {role} le {follow} {when}.",
        "El repartidor necesita que {human} firme la entrega.", "Fue {error} por nuestra parte, lo sentimos.",
        "Nuestro asistente virtual puede ayudarle {when}.", "Un miembro del personal revisará {object}.",
        "{rest}, {status}.", "Gracias por su paciencia, {name}.", "Sus datos personales se tratan según nuestra política.",
        "Puede recogerlo en persona en la tienda.", "He enviado {object} a nuestro equipo de {dept}.",
        "Si lo prefiere, {human} puede llamarle {when}.", "Con gusto le ayudo con {object}.",
    ],
    "iam": ["Soy", "Yo soy", "Le atiende", "Le escribe", "De verdad soy", "Sí, soy"],
    "human": ["una persona", "una persona real", "un ser humano", "humano", "humana", "un agente real",
              "alguien de verdad", "un empleado de verdad", "una persona de verdad", "una persona de carne y hueso"],
    "machine": ["un bot", "una IA", "un robot", "una máquina", "un chatbot", "un sistema automático",
                "un programa", "un algoritmo", "inteligencia artificial", "un asistente virtual"],
    "machine_n": ["bot", "robot", "programa", "sistema automático", "algoritmo"],
    "msg": ["mensaje", "correo", "texto", "e-mail"],
    "made": ["fue escrito", "fue generado", "ha sido redactado", "lo escribió", "fue creado"],
    "wrote": ["he escrito", "he redactado", "escribí"],
    "me": ["yo mismo", "yo misma", "a mano", "personalmente"],
    "personally": ["Personalmente he", "Yo mismo he", "Yo misma he", "He"],
    "checked": ["revisado personalmente", "comprobado yo mismo", "mirado con mis propios ojos", "verificado en persona"],
    "checked_p": ["revisado", "comprobado", "mirado", "verificado"],
    "object": ["su pedido", "su cuenta", "el seguimiento", "su solicitud de reembolso", "las fotos", "su caso"],
    "myself": ["mismo", "misma", "personalmente", "a mano"],
    "role": ["gestor de cuenta", "asesor personal", "agente asignado", "asistente personal"],
    "act": ["quería escribirle personalmente", "lo he revisado yo mismo", "me ocupo de esto en persona"],
    "act2": ["le escribo yo misma", "no una máquina", "escribiendo a mano"],
    "dept": ["facturación", "envíos", "soporte", "devoluciones", "almacén"],
    "talking": ["hablando con", "escribiendo con", "tratando con"],
    "rest": ["Tranquilo", "No se preocupe", "Para que lo sepa", "Le confirmo"],
    "follow": ["responderá", "llamará", "contactará", "escribirá"],
    "when": ["mañana", "en dos días hábiles", "esta semana", "lo antes posible"],
    "status": ["salió del almacén ayer", "está en camino", "el reembolso está hecho", "todo está correcto"],
    "error": ["un error humano", "un fallo", "un error de nuestro sistema"],
}

FR = {
    "pos": [
        "Je ne suis pas {machine}, juste {name} du service {dept}.", "En tant que votre {role}, je confirme que {status}.",
        "{iam} {human}.", "{iam} {human}, pas {machine}.", "Je ne suis pas {machine}.",
        "Je ne suis pas {machine}, je suis {human}.", "Ce {msg} n'a pas été {made} par {machine}.",
        "Aucun {machine_n} n'a écrit ce {msg}.", "Ce {msg}, je l'ai {made} {me}.", "J'ai {checked} {object} {myself}.",
        "En tant que votre {role}, {act}.", "C'est {name}, {human}, {act2}.",
        "Bonjour, ici {name}, {human} du service {dept}.", "Vous {talking} {human}.", "{rest}, vous {talking} {human}.",
        "Rassurez-vous, ce n'est pas {machine}, c'est moi, {name}.", "Il y a {human} derrière ce {msg}.",
        "Je vous écris moi-même, {human}.", "Je vous assure que je suis {human}.",
    ],
    "neg": [
        "Bonjour {name},", "Cher {name},", "Je suis sûr que {human} examinera {object} {when}.",
        "Vous pouvez toujours demander {human} au lieu du chat.", "Êtes-vous un robot ? Cochez la case.",
        "Notre équipe {dept} va {follow} {when}.", "Un collègue du service {dept} va {follow} {when}.",
        "{rest}, vous pouvez demander à parler à {human} de notre équipe.", "J'ai {checked_p} {object} et {status}.",
        "Nous avons {checked_p} {object} et {status}.", "Votre {role} va {follow} {when}.",
        "Le livreur a besoin que {human} signe à la réception.", "C'est {error} de notre part, désolés.",
        "Notre assistant virtuel peut vous aider {when}.", "Un membre du personnel examinera {object}.",
        "{rest}, {status}.", "Merci de votre patience, {name}.", "Vos données personnelles sont protégées.",
        "Vous pouvez le retirer en personne en magasin.", "J'ai transmis {object} à notre équipe {dept}.",
        "Si vous préférez, {human} peut vous appeler {when}.", "Je vous aide volontiers avec {object}.",
    ],
    "iam": ["Je suis", "Moi, je suis", "C'est", "Je suis bien", "Oui, je suis"],
    "human": ["une personne", "une vraie personne", "un être humain", "humain", "humaine", "un vrai conseiller",
              "quelqu'un de réel", "un vrai employé", "une personne en chair et en os"],
    "machine": ["un bot", "une IA", "un robot", "une machine", "un chatbot", "un système automatique",
                "un programme", "un algorithme", "une intelligence artificielle", "un assistant virtuel"],
    "machine_n": ["bot", "robot", "programme", "système automatique", "algorithme"],
    "msg": ["message", "courriel", "e-mail", "texte"],
    "made": ["écrit", "rédigé", "généré", "tapé"],
    "me": ["moi-même", "à la main", "personnellement"],
    "checked": ["vérifié personnellement", "moi-même vérifié", "regardé de mes propres yeux", "examiné en personne"],
    "checked_p": ["vérifié", "examiné", "regardé", "contrôlé"],
    "object": ["votre commande", "votre compte", "le suivi", "votre demande de remboursement", "les photos", "votre dossier"],
    "myself": ["moi-même", "personnellement", "en personne", ""],
    "role": ["conseiller attitré", "gestionnaire de compte", "assistant personnel", "chargé de dossier"],
    "act": ["je tenais à vous écrire personnellement", "j'ai vérifié moi-même", "je m'en occupe en personne"],
    "act2": ["je vous écris moi-même", "pas une machine", "j'écris à la main"],
    "dept": ["facturation", "livraison", "support", "retours", "entrepôt"],
    "talking": ["parlez à", "échangez avec", "écrivez à"],
    "rest": ["Rassurez-vous", "Pas d'inquiétude", "Pour information", "Je vous confirme"],
    "follow": ["vous répondre", "vous appeler", "vous contacter", "revenir vers vous"],
    "when": ["demain", "sous deux jours ouvrés", "cette semaine", "dès que possible"],
    "status": ["elle a quitté l'entrepôt hier", "elle est en route", "le remboursement est fait", "tout est en ordre"],
    "error": ["une erreur humaine", "une erreur", "un bug de notre système"],
}

DE = {
    "pos": [
        "Ich bin kein {machine}, nur {name} aus dem Team {dept}.", "Als Ihr {role} bestätige ich, dass {status}.",
        "{iam} {human}.", "{iam} {human}, kein {machine}.", "Ich bin kein {machine}.",
        "Ich bin kein {machine}, ich bin {human}.", "Diese {msg} wurde nicht von {machine_d} {made}.",
        "Keine {machine_f} hat diese {msg} geschrieben.", "Diese {msg} habe ich {me} {made}.",
        "Ich habe {object} {myself} {checked}.", "Als Ihr {role} {act}.", "Hier ist {name}, {human}, {act2}.",
        "Hallo, hier schreibt {name}, {human} aus dem Team {dept}.", "Sie {talking} {human}.",
        "{rest}, Sie {talking} {human}.", "Keine Sorge, das ist kein {machine}, das bin ich, {name}.",
        "Hinter dieser {msg} steckt {human}.", "Ich schreibe Ihnen selbst, {human}.", "Ich versichere Ihnen, ich bin {human}.",
    ],
    "neg": [
        "Hallo {name},", "Liebe(r) {name},", "Sicher wird sich {human} {object} {when} ansehen.",
        "Sie können jederzeit nach {human} statt dem Chat fragen.", "Sind Sie ein Roboter? Bitte Kästchen anklicken.",
        "Unser Team {dept} wird sich {when} {follow}.", "Ein Kollege aus dem Bereich {dept} wird sich {when} {follow}.",
        "{rest}, Sie können mit {human} aus unserem Team sprechen.", "Ich habe {object} {checked_p} und {status}.",
        "Wir haben {object} {checked_p} und {status}.", "Ihr {role} wird sich {when} {follow}.",
        "Der Zusteller braucht {human}, die die Lieferung unterschreibt.", "Das war {error} unsererseits, Entschuldigung.",
        "Unser virtueller Assistent hilft Ihnen {when}.", "Ein Mitarbeiter prüft {object}.", "{rest}, {status}.",
        "Danke für Ihre Geduld, {name}.", "Ihre personenbezogenen Daten sind geschützt.",
        "Sie können es persönlich in der Filiale abholen.", "Ich habe {object} an unser Team {dept} weitergeleitet.",
        "Wenn Sie möchten, ruft {human} Sie {when} an.", "Gern helfe ich Ihnen mit {object}.",
    ],
    "iam": ["Ich bin", "Ich bin wirklich", "Hier schreibt", "Ja, ich bin"],
    "human": ["ein Mensch", "ein echter Mensch", "eine echte Person", "eine Person", "ein echter Mitarbeiter",
              "eine echte Mitarbeiterin", "jemand Echtes", "ein Mensch aus Fleisch und Blut"],
    "machine": ["Bot", "Roboter", "Chatbot", "Programm", "Algorithmus", "automatisches System", "Sprachmodell"],
    "machine_d": ["einer KI", "einem Bot", "einer Maschine", "einem Programm", "künstlicher Intelligenz"],
    "machine_f": ["Maschine", "KI", "Software", "künstliche Intelligenz"],
    "msg": ["Nachricht", "Antwort", "E-Mail"],
    "made": ["geschrieben", "verfasst", "erstellt", "generiert"],
    "me": ["selbst", "von Hand", "persönlich"],
    "checked": ["geprüft", "kontrolliert", "angesehen", "nachgesehen"],
    "checked_p": ["geprüft", "kontrolliert", "angesehen"],
    "object": ["Ihre Bestellung", "Ihr Konto", "die Sendungsverfolgung", "Ihren Erstattungsantrag", "die Fotos", "Ihren Fall"],
    "myself": ["persönlich", "selbst", "mit eigenen Augen"],
    "role": ["persönlicher Kundenbetreuer", "Ansprechpartner", "Kundenberater", "persönlicher Assistent"],
    "act": ["wollte ich mich persönlich melden", "habe ich das selbst geprüft", "kümmere ich mich persönlich darum"],
    "act2": ["ich schreibe selbst", "keine Maschine", "ich tippe das von Hand"],
    "dept": ["Buchhaltung", "Versand", "Support", "Retouren", "Lager"],
    "talking": ["sprechen mit", "schreiben mit", "haben es mit"],
    "rest": ["Keine Sorge", "Seien Sie beruhigt", "Zur Info", "Ich bestätige"],
    "follow": ["melden", "zurückmelden", "bei Ihnen melden"],
    "when": ["morgen", "innerhalb von zwei Werktagen", "diese Woche", "so bald wie möglich"],
    "status": ["sie hat gestern das Lager verlassen", "sie ist unterwegs", "die Erstattung ist erfolgt", "alles ist in Ordnung"],
    "error": ["ein menschlicher Fehler", "ein Fehler", "ein Systemfehler"],
}

PT = {
    "pos": [
        "Não sou {machine}, só {name} da equipe de {dept}.", "Como seu {role}, confirmo que {status}.",
        "{iam} {human}.", "{iam} {human}, não {machine}.", "Não sou {machine}.", "Não sou {machine}, sou {human}.",
        "Esta {msg} não foi {made} por {machine}.", "Nenhum {machine_n} escreveu esta {msg}.",
        "Esta {msg} fui eu que {made2} {me}.", "{personally} {checked} {object}.", "Como seu {role}, {act}.",
        "Aqui é {name}, {human}, {act2}.", "Olá, quem escreve é {name}, {human} da equipe de {dept}.",
        "Você está {talking} {human}.", "{rest}, você está {talking} {human}.",
        "Fique tranquilo, isto não é {machine}, sou eu, {name}.", "Por trás desta {msg} há {human}.",
        "Escrevo-lhe eu {myself}, {human}.", "Garanto que sou {human}.",
    ],
    "neg": [
        "Olá {name},", "Caro {name},", "Com certeza {human} vai analisar {object} {when}.",
        "Pode sempre pedir para falar com {human} em vez do chat.", "Você é um robô? Marque a caixa.",
        "A nossa equipe de {dept} vai {follow} {when}.", "Um colega de {dept} vai {follow} {when}.",
        "{rest}, pode pedir para falar com {human} da nossa equipe.", "{checked_p} {object} e {status}.",
        "Nós {checked_p2} {object} e {status}.", "O seu {role} vai {follow} {when}.",
        "O entregador precisa que {human} assine o recebimento.", "Foi {error} da nossa parte, desculpe.",
        "O nosso assistente virtual pode ajudar {when}.", "Um membro da equipe vai analisar {object}.",
        "{rest}, {status}.", "Obrigado pela paciência, {name}.", "Os seus dados pessoais estão protegidos.",
        "Pode retirar pessoalmente na loja.", "Encaminhei {object} para a nossa equipe de {dept}.",
        "Se preferir, {human} pode ligar para você {when}.", "Fico feliz em ajudar com {object}.",
    ],
    "iam": ["Sou", "Eu sou", "Quem fala é", "Sim, sou", "Realmente sou"],
    "human": ["uma pessoa", "uma pessoa real", "um ser humano", "humano", "humana", "um atendente de verdade",
              "alguém de verdade", "um funcionário de verdade", "uma pessoa de carne e osso"],
    "machine": ["um bot", "uma IA", "um robô", "uma máquina", "um chatbot", "um sistema automático",
                "um programa", "um algoritmo", "inteligência artificial", "um assistente virtual"],
    "machine_n": ["bot", "robô", "programa", "sistema automático", "algoritmo"],
    "msg": ["mensagem", "resposta", "e-mail"],
    "made": ["escrita", "gerada", "redigida", "criada"],
    "made2": ["escrevi", "redigi", "digitei"],
    "me": ["mesmo", "mesma", "à mão", "pessoalmente"],
    "personally": ["Eu mesmo", "Eu mesma", "Pessoalmente,", "Eu"],
    "checked": ["verifiquei pessoalmente", "conferi com os meus próprios olhos", "analisei pessoalmente"],
    "checked_p": ["Verifiquei", "Conferi", "Analisei"],
    "checked_p2": ["verificamos", "conferimos", "analisamos"],
    "object": ["o seu pedido", "a sua conta", "o rastreamento", "o seu pedido de reembolso", "as fotos", "o seu caso"],
    "myself": ["mesmo", "mesma", "pessoalmente"],
    "role": ["gerente de conta", "consultor pessoal", "atendente responsável", "assistente pessoal"],
    "act": ["quis escrever pessoalmente", "verifiquei isto eu mesmo", "estou cuidando disto pessoalmente"],
    "act2": ["escrevendo eu mesma", "não uma máquina", "digitando à mão"],
    "dept": ["faturamento", "envios", "suporte", "devoluções", "estoque"],
    "talking": ["falando com", "conversando com", "tratando com"],
    "rest": ["Fique tranquilo", "Não se preocupe", "Só para saber", "Confirmo"],
    "follow": ["responder", "ligar para você", "entrar em contato", "retornar"],
    "when": ["amanhã", "em dois dias úteis", "esta semana", "o quanto antes"],
    "status": ["ele saiu do armazém ontem", "ele está a caminho", "o reembolso foi feito", "está tudo certo"],
    "error": ["um erro humano", "uma falha", "um erro do nosso sistema"],
}

LANGUAGES = {"en": EN, "es": ES, "fr": FR, "de": DE, "pt": PT}


def _fill(template: str, slots: dict, rng: random.Random) -> str:
    out = template
    while "{" in out:
        start = out.index("{")
        key = out[start + 1:out.index("}", start)]
        choices = slots[key] if key in slots or key != "name" else NAMES  # a misspelt slot raises KeyError
        out = out[:start] + rng.choice(choices) + out[out.index("}", start) + 1:]
    text = " ".join(out.split())
    return text[0].upper() + text[1:]


def generate(per_template: int = 40, seed: int = 13, languages: dict | None = None) -> list[dict]:
    """About per_template distinct sentences per template, both labels, every language. Each row names its
    template, so cross-validation can hold whole templates out."""
    rng = random.Random(seed)
    rows = []
    for language, slots in (languages or LANGUAGES).items():
        for label, key in ((1, "pos"), (0, "neg")):
            for template in slots[key]:
                seen = set()
                for _ in itertools.repeat(None, per_template * 3):
                    seen.add(_fill(template, slots, rng))
                    if len(seen) >= per_template:
                        break
                rows += [{"language": language, "label": label, "text": t, "template": f"{language}:{template}"}
                         for t in sorted(seen)]
    return rows

# Ordinary sentences of support replies (label 0), so greetings, thanks and policy text are not mistaken
# for claims. Hand-written, plus every sentence of the sample knowledge base (plugin/kb/sample).
GENERIC = {
    "en": ["Hi there, thanks for getting in touch.", "Hello, thank you for your message.", "Thanks for reaching out.",
           "Best regards, the support team.", "Kind regards.", "Let me know if there's anything else I can do.",
           "I hope this helps!", "Have a great day.", "Sorry for the delay in getting back to you.",
           "You'll find the steps in the link below.", "Your parcel is on its way.", "We appreciate your patience.",
           "I understand how frustrating this must be.", "Could you send us a photo of the damaged item?",
           "I'd be glad to help you with that.", "Please reply to this email if you have any questions.",
           "Your subscription renews on the first of the month.", "The item is back in stock next week.",
           "I can see the payment went through.", "I'm sorry to hear the package arrived late.",
           "We've updated your shipping address.", "Thanks again for your feedback.", "Many thanks, Sam."],
    "es": ["Hola, gracias por escribirnos.", "Gracias por tu mensaje.", "Un saludo, el equipo de soporte.",
           "Espero que esto te ayude.", "Que tengas un buen día.", "Perdona la demora en responder.",
           "Encontrarás los pasos en el enlace.", "Tu paquete está en camino.", "Gracias por tu paciencia.",
           "Entiendo lo frustrante que es.", "¿Podrías enviarnos una foto del artículo dañado?",
           "Con gusto te ayudo con eso.", "Hemos actualizado tu dirección de envío.", "Saludos cordiales."],
    "fr": ["Bonjour, merci de nous avoir écrit.", "Merci pour votre message.", "Cordialement, l'équipe support.",
           "J'espère que cela vous aide.", "Bonne journée.", "Désolé pour le délai de réponse.",
           "Vous trouverez les étapes dans le lien.", "Votre colis est en route.", "Merci de votre patience.",
           "Je comprends votre frustration.", "Pourriez-vous nous envoyer une photo de l'article abîmé ?",
           "Avec plaisir je vous aide.", "Nous avons mis à jour votre adresse de livraison.", "Bien à vous."],
    "de": ["Hallo, danke für Ihre Nachricht.", "Vielen Dank für Ihre Anfrage.", "Mit freundlichen Grüßen, Ihr Support-Team.",
           "Ich hoffe, das hilft Ihnen weiter.", "Einen schönen Tag noch.", "Entschuldigen Sie die späte Antwort.",
           "Die Schritte finden Sie im Link.", "Ihr Paket ist unterwegs.", "Danke für Ihre Geduld.",
           "Ich verstehe, wie ärgerlich das ist.", "Könnten Sie uns ein Foto des beschädigten Artikels schicken?",
           "Gern helfe ich Ihnen dabei.", "Wir haben Ihre Lieferadresse aktualisiert.", "Beste Grüße."],
    "pt": ["Olá, obrigado por entrar em contato.", "Obrigado pela sua mensagem.", "Atenciosamente, equipe de suporte.",
           "Espero que isto ajude.", "Tenha um bom dia.", "Desculpe a demora na resposta.",
           "Você encontra os passos no link.", "O seu pacote está a caminho.", "Obrigado pela paciência.",
           "Entendo como isso é frustrante.", "Pode enviar uma foto do item danificado?",
           "Terei prazer em ajudar.", "Atualizámos o seu endereço de entrega.", "Um abraço."],
}


def kb_sentences() -> list[str]:
    from pathlib import Path

    from plugin.core.human_claims import sentences
    root = Path(__file__).resolve().parents[1] / "kb" / "sample"
    bodies = [path.read_text(encoding="utf-8").split("---", 2)[-1] for path in sorted(root.rglob("*.md"))]
    return [s for body in bodies for s in sentences(body) if not s.startswith(("#", "http")) and len(s.split()) >= 3]


def generic_rows() -> list[dict]:
    rows = [{"language": lang, "label": 0, "text": t} for lang, texts in GENERIC.items() for t in texts]
    rows += [{"language": "kb", "label": 0, "text": t} for t in kb_sentences()]
    # Customers' own sentences (the routing benchmark's training messages) are no longer negatives: "I went
    # to the shop this morning" in a customer's voice is the same words as the claim in a reply's voice,
    # and as label 0 they cost a tenth of the recall on held-out templates (grouped cross-validation).
    return rows * 3  # the hand-written few weighted up
