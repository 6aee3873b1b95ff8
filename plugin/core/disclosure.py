"""The one place that produces AI-disclosure text: the internal-note label and the customer footer.

EU AI Act Art. 50 and California SB 1001 / Utah's AI disclosure law require telling people when they
interact with AI-generated text. The footer is versioned so the audit trail can say which text a customer saw.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import texts
from .model import Article

DISCLOSURE_VERSION = "2026-11-1"

# Default customer-facing footers. Tenants may override per language (TenantConfig.extra["disclosure"]).
CUSTOMER_FOOTERS = {
    "en": ("—\nThis reply was drafted with AI assistance and reviewed by a member of our team. "
           "To reach a person directly, reply \"human\". If you feel you were treated unfairly, reply "
           "\"report bias\" and a person will review it."),
    "es": ("—\nEsta respuesta se redactó con ayuda de IA y la revisó una persona de nuestro equipo. "
           "Para hablar directamente con una persona, responda \"humano\". Si cree que recibió un trato "
           "injusto, responda \"denunciar sesgo\" y una persona lo revisará."),
    "fr": ("—\nCette réponse a été rédigée avec l'aide d'une IA et relue par un membre de notre équipe. "
           "Pour joindre directement une personne, répondez « humain ». Si vous estimez avoir été traité "
           "injustement, répondez « signaler un biais » et une personne examinera votre demande."),
    "de": ("—\nDiese Antwort wurde mit KI-Unterstützung entworfen und von einem Mitglied unseres Teams "
           "geprüft. Um direkt mit einem Menschen zu sprechen, antworten Sie „Mensch“. Wenn Sie sich "
           "ungerecht behandelt fühlen, antworten Sie „Voreingenommenheit melden“; ein Mensch prüft das."),
    "pt": ("—\nEsta resposta foi redigida com ajuda de IA e revista por uma pessoa da nossa equipa. "
           "Para falar diretamente com uma pessoa, responda \"humano\". Se sentir que foi tratado de forma "
           "injusta, responda \"denunciar viés\" e uma pessoa irá analisar."),
}


def customer_footer(language: str, overrides: dict[str, Any] | None = None) -> tuple[str, str]:
    """(footer text, disclosure version) for a customer-facing reply in `language`."""
    lang = (language or "en").split("-")[0].lower()
    custom = (overrides or {}).get(lang) or (overrides or {}).get("en")
    if custom:
        return custom, f"{DISCLOSURE_VERSION}+custom"
    return CUSTOMER_FOOTERS.get(lang, CUSTOMER_FOOTERS["en"]), DISCLOSURE_VERSION


def with_customer_footer(reply: str, language: str, overrides: dict[str, Any] | None = None) -> str:
    footer, _ = customer_footer(language, overrides)
    return f"{reply.rstrip()}\n\n{footer}"


@dataclass(frozen=True)
class NoteParts:
    draft: str
    model: str
    prompt_version: str
    hidden: dict[str, int]
    sources: tuple[Article, ...]
    ref: str
    low_confidence: bool = False
    extra_lines: tuple[str, ...] = ()


def suggestion_note(parts: NoteParts) -> str:
    """The internal note that carries an AI suggestion: label first, then the draft, then provenance."""
    lines = [texts.NOTE_LABEL]
    lines += list(parts.extra_lines)
    if parts.low_confidence:
        lines.append(texts.NOTE_LOW_CONFIDENCE)
    lines += ["", parts.draft.strip(), "", "—"]
    summary = texts.entity_summary(parts.hidden)
    lines.append(texts.NOTE_HIDDEN.format(summary=summary) if summary else texts.NOTE_HIDDEN_NONE)
    if parts.sources:
        names = "; ".join(f"{a.title} ({a.url})" if a.url else a.title for a in parts.sources)
        lines.append(texts.NOTE_SOURCES.format(sources=names))
    else:
        lines.append(texts.NOTE_NO_SOURCES)
    lines.append(texts.NOTE_DRAFTED_WITH.format(model=parts.model, prompt_version=parts.prompt_version))
    lines.append(texts.NOTE_REF.format(ref=parts.ref))
    return "\n".join(lines)


def note_ref(note_body: str) -> str | None:
    """The ref a note of ours carries, so a retried job can see its note was already posted."""
    marker = texts.NOTE_REF.format(ref="")
    for line in reversed(note_body.splitlines()):
        if line.startswith(marker):
            return line[len(marker):].strip()
    return None


# A truthful answer to "am I talking to a bot?", written by people, sent only when the tenant chooses
# bot_question_mode="auto_reply" (otherwise the agent gets a note prompting a truthful answer).
BOT_ANSWERS = {
    "en": ("You are talking with our support team. We use AI to help draft some replies, and a member of our "
           "team reviews every one before it is sent. Reply \"human\" at any time to reach a person directly."),
    "es": ("Está hablando con nuestro equipo de soporte. Usamos IA para ayudar a redactar algunas respuestas y "
           "una persona del equipo revisa cada una antes de enviarla. Responda \"humano\" para hablar con una persona."),
    "fr": ("Vous échangez avec notre équipe d'assistance. Nous utilisons une IA pour aider à rédiger certaines "
           "réponses, et un membre de l'équipe relit chacune avant son envoi. Répondez « humain » pour joindre une personne."),
    "de": ("Sie schreiben mit unserem Support-Team. Wir nutzen KI, um manche Antworten zu entwerfen, und ein "
           "Mensch aus dem Team prüft jede, bevor sie verschickt wird. Antworten Sie „Mensch“, um eine Person zu erreichen."),
    "pt": ("Está a falar com a nossa equipa de apoio. Usamos IA para ajudar a redigir algumas respostas e uma "
           "pessoa da equipa revê cada uma antes de ser enviada. Responda \"humano\" para falar com uma pessoa."),
}


def bot_answer(language: str) -> str:
    return BOT_ANSWERS.get((language or "en").split("-")[0].lower(), BOT_ANSWERS["en"])
