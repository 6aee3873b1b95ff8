"""User-visible texts of the offline drafter, one block per language. Add a language by adding a block.

These frame a knowledge-base article (greeting, intro, link, closing) or form the holding reply when no
article matches. They promise nothing beyond "the team will look into it": policies come from the KB.
"""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "greeting_named": "Hi {name},",
        "greeting_neutral": "Hello,",
        "intro": "Thank you for your message.",
        "more": "You can find more details here: {url}",
        "closing": "Best regards,\nThe support team",
        "holding": "Thank you for your message. We have received it, and our support team will look into "
        "your request and get back to you as soon as possible.",
    },
    "es": {
        "greeting_named": "Hola {name}:",
        "greeting_neutral": "Hola:",
        "intro": "Gracias por tu mensaje.",
        "more": "Encontrarás más información aquí: {url}",
        "closing": "Un saludo,\nEl equipo de atención al cliente",
        "holding": "Gracias por tu mensaje. Lo hemos recibido y nuestro equipo de atención al cliente "
        "revisará tu solicitud y te responderá lo antes posible.",
    },
    "fr": {
        "greeting_named": "Bonjour {name},",
        "greeting_neutral": "Bonjour,",
        "intro": "Merci pour votre message.",
        "more": "Vous trouverez plus d'informations ici : {url}",
        "closing": "Cordialement,\nL'équipe du service client",
        "holding": "Merci pour votre message. Nous l'avons bien reçu : notre équipe du service client va "
        "examiner votre demande et vous répondra dans les meilleurs délais.",
    },
    "de": {
        "greeting_named": "Hallo {name},",
        "greeting_neutral": "Guten Tag,",
        "intro": "Vielen Dank für Ihre Nachricht.",
        "more": "Weitere Informationen finden Sie hier: {url}",
        "closing": "Mit freundlichen Grüßen\nIhr Support-Team",
        "holding": "Vielen Dank für Ihre Nachricht. Wir haben sie erhalten; unser Support-Team prüft Ihr "
        "Anliegen und meldet sich so bald wie möglich bei Ihnen.",
    },
    "pt": {
        "greeting_named": "Olá {name},",
        "greeting_neutral": "Olá,",
        "intro": "Obrigado pela sua mensagem.",
        "more": "Mais informações: {url}",
        "closing": "Atenciosamente,\nEquipe de suporte",
        "holding": "Obrigado pela sua mensagem. Nós a recebemos, e a nossa equipe de suporte vai analisar a "
        "sua solicitação e responder assim que possível.",
    },
}


def texts_for(language: str | None) -> dict[str, str]:
    """The text block for a language code such as "es" or "pt-BR"; English when there is none."""
    return TEXTS.get((language or "en").split("-")[0].lower(), TEXTS["en"])
