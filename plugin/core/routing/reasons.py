"""Agent-facing reason strings (English; the agent UI language). One place, so wording is reviewed once.
Reasons name lexicon categories, never the customer's words (those go in Classification.matched)."""
from __future__ import annotations

LABELS = {
    "race": "race", "colour": "skin colour", "ethnicity": "ethnicity", "national_origin": "national origin",
    "accent_language": "accent or language", "religion": "religion", "sex": "sex", "gender_identity": "gender identity",
    "sexual_orientation": "sexual orientation", "age": "age", "disability": "disability or health",
    "pregnancy": "pregnancy or maternity", "family_status": "family status", "neighbourhood": "neighbourhood or postcode",
    "name": "their name", "": "a group they belong to",
}
CANONICAL = tuple(k for k in LABELS if k) + ("ai_bias", "exclusion")

STRONG_WORD = "uses the word “{word}” about how they or someone else were treated"
CHARACTERISTIC = "mentions {label} as the reason for different treatment"
AI_BIAS = "says an AI, chatbot or algorithm treated them unfairly"
EXCLUSION = "says the product or service shuts out a group of people"
MODEL = "statistical model: reads as a complaint about unequal treatment (p={p:.2f})"
IMPLICIT = "implicit complaint about unequal treatment (no characteristic word found)"
HANDOFF_MODEL = "statistical model: reads as a request for a person or a review (p={p:.2f})"
HANDOFF = "asks to talk to a human"
APPEAL = "appeals or contests a decision"
AI_WRONG = "says an AI answer was wrong"
OPT_OUT = "asks not to have their messages processed by AI"
OPT_IN = "allows AI processing again"
BOT_QUESTION = "asks whether they are talking to a bot"
SECOND_OPINION = "second opinion (language model on redacted text): {reason}"
SYMMETRY = ("read as a complaint when the group it names is swapped for another: routed to review for every "
            "group alike")
