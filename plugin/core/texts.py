"""Every user-visible text, in one place. Agents read the notes; customers read the footers.

Customer-facing texts exist per language; agent-facing texts are English for now (agents' UI language is
a setting of the Zendesk app, see plugin/app/translations).
"""
from __future__ import annotations

HTTP_TEXTS = {
    "unauthorized": "invalid signature or unknown tenant",
    "too_large": "body too large: the limit is 256 KB",
    "content_type": "Content-Type must be application/json",
    "bad_json": "body is not valid JSON",
    "not_utf8": "body is not UTF-8",
    "unavailable": "temporarily unavailable, retry later",
}

# Agent-facing internal note (never public). The label comes first so nobody mistakes it for a human text.
NOTE_LABEL = "🤖 AI-suggested reply — review before sending. Not visible to the customer."
NOTE_DRAFTED_WITH = "Drafted by {model} from redacted ticket text (prompt {prompt_version})."
NOTE_HIDDEN = "Hidden from the AI: {summary}."
NOTE_HIDDEN_NONE = "Hidden from the AI: nothing found to hide."
NOTE_SOURCES = "Sources: {sources}."
NOTE_NO_SOURCES = "Sources: none matched — check facts before sending."
NOTE_LOW_CONFIDENCE = "Low confidence: no knowledge-base article fits this question closely. Check every fact before sending."
NOTE_REF = "Candor ref {ref}"
# A warning line above a draft that a check flagged (guards.Verdict.flags), by reason code (guards.REASONS).
NOTE_FLAGGED = {
    "claims to be human": ("⚠️ Check before sending: this draft may read as if a person wrote it — Candor drafts "
                           "must not claim to be human."),
}
NOTE_FLAGGED_OTHER = "⚠️ Check before sending: an automatic check flagged this draft ({reason})."
NOTE_BOT_QUESTION = ("The customer asks whether they are talking to a bot. Answer truthfully: replies are "
                     "drafted with AI assistance and reviewed by a person.")

ENTITY_NAMES = {
    "PERSON": ("name", "names"),
    "EMAIL_ADDRESS": ("e-mail", "e-mails"),
    "PHONE_NUMBER": ("phone number", "phone numbers"),
    "CREDIT_CARD": ("card number", "card numbers"),
    "IBAN_CODE": ("IBAN", "IBANs"),
    "US_SSN": ("social security number", "social security numbers"),
    "IP_ADDRESS": ("IP address", "IP addresses"),
    "STREET_ADDRESS": ("street address", "street addresses"),
    "LOCATION": ("place", "places"),
    "DATE_OF_BIRTH": ("date of birth", "dates of birth"),
    "NATIONAL_ID": ("ID number", "ID numbers"),
    "PASSPORT": ("passport number", "passport numbers"),
    "DRIVER_LICENSE": ("driving licence number", "driving licence numbers"),
    "BANK_ACCOUNT": ("bank account detail", "bank account details"),
    "CARD_SECURITY": ("card expiry or security code", "card expiry dates or security codes"),
    "SECRET": ("password or security answer", "passwords or security answers"),
    "USERNAME": ("username", "usernames"),
    "SOCIAL_HANDLE": ("social media handle", "social media handles"),
    "URL_SECRET": ("link token", "link tokens"),
    "LICENCE_PLATE": ("licence plate", "licence plates"),
    "SALARY": ("salary", "salaries"),
}


def entity_summary(counts: dict[str, int]) -> str:
    """{"PERSON": 1, "EMAIL_ADDRESS": 2} -> "1 name, 2 e-mails"."""
    parts = []
    for entity_type in sorted(counts, key=lambda t: (list(ENTITY_NAMES).index(t) if t in ENTITY_NAMES else 99, t)):
        one, many = ENTITY_NAMES.get(entity_type, (entity_type.lower(), entity_type.lower()))
        count = counts[entity_type]
        parts.append(f"{count} {one if count == 1 else many}")
    return ", ".join(parts)

# Routing notes (internal). They say why and what the reviewer should do.
NOTE_BIAS_REVIEW = (
    "⚖️ Routed to {group}: this message may be a complaint about unfair treatment ({why}).\n"
    "No AI suggestion will be made on this ticket.\n"
    "What to do: read the whole conversation, acknowledge the concern personally, investigate how the "
    "customer was treated (including any AI-assisted replies), and record the outcome. Do not use macros "
    "that deny the complaint.")
NOTE_HANDOFF = (
    "🙋 Routed to {group}: the customer asked for a person or contested an answer ({why}).\n"
    "No AI suggestion will be made on this ticket. Please reply personally.")
NOTE_OPT_OUT = (
    "🚫 The customer opted out of AI processing ({source}). None of their messages will be sent to an AI "
    "provider again, on any ticket. Please reply personally.")
NOTE_OPT_IN = "✅ The customer opted back in to AI-assisted replies."
NOTE_AUTO_REPLY = ("📤 Auto-reply: this suggestion is being sent to the customer with the AI disclosure, as this "
                   "tenant allows for this topic. If no public reply follows this note, send it yourself.")
NOTE_WITHHELD = (
    "⚠️ An AI suggestion was drafted but withheld because it failed automatic checks: {reasons}. "
    "Please reply personally.")
NOTE_AI_UNAVAILABLE = (
    "⚠️ The AI suggestion service is unavailable for this message ({why}). Please reply personally; "
    "nothing was sent to the customer.")
NOTE_NOTHING_MATCHED = "no close knowledge-base match"
WHY_WORDS = "words: {words}"
WHY_CHARACTERISTICS = "mentions {characteristics}"

# Sidebar and install flow (the Zendesk app's backend). The app's own strings are in
# plugin/app/translations/<locale>.json; these are the texts the backend writes or answers with.
NOTE_FLAG_BIASED = (
    "⚖️ An agent flagged the AI suggestion on this ticket as possibly biased (suggestion {suggestion}). "
    "Routed to {group} for review; no further AI suggestions will be made on this ticket.\n"
    "What to do: compare the suggestion with the conversation, check whether the customer was treated "
    "differently from others, and record the outcome.")
REASON_AGENT_FLAG = "an agent flagged the AI suggestion as biased"
SIDEBAR_ERRORS = {
    "session": "missing, expired or invalid session: reload the app",
    "app_key": "the Candor app key is missing or wrong: ask an admin to set it in the app settings",
    "jwt": "the request was not signed by Zendesk for an installed account",
    "no_suggestion": "there is no suggestion for this ticket",
    "stale": "the suggestion changed since it was shown: reload the sidebar",
    "flag_kind": "kind must be one of: {kinds}",
    "action": "action must be one of: {actions}",
    "json": "body must be a JSON object",
    "not_configured": "the sidebar is not configured on this server: {what}",
    "outcome": "outcome must be one of: {outcomes}",
    "not_review": "this ticket is not a bias review",
}
INSTALL_TEXTS = {
    "subdomain": "subdomain must be your Zendesk subdomain, e.g. 'acme' for acme.zendesk.com",
    "state": "the install link expired or was not started in this browser: start again at /install",
    "denied": "access was not granted in Zendesk ({error}); nothing was installed",
    "exchange": "Zendesk did not accept the authorisation code; start again at /install",
    "not_configured": "installs are not configured on this server: {what}",
    "admin_only": "only a Zendesk admin of this account can do this (install, uninstall, admin settings)",
    "public_url": "installs are not configured on this server: set CANDOR_PUBLIC_URL (https://your-host) so the "
                  "OAuth redirect and webhook addresses never come from a request's Host header",
    "reinstalled": ("Candor was already installed for this account: this install replaced the previous "
                    "installation's {what} (recorded in the audit log)."),
    "step_failed": "The install step '{step}' failed ({error}); open /install again to retry it.",
    "oauth_failed": ("Candor can no longer refresh its access to this Zendesk account ({reason}): an admin must "
                     "open /install again. Until then no suggestions are made."),
    "installed_title": "Candor is connected to {tenant}.zendesk.com",
    "installed_body": ("The access token is stored encrypted. Review group: {group}. "
                       "Paste this app key into the Candor app's settings in Zendesk (it is shown only once):"),
    "group_failed": "The review group could not be created ({error}); create '{group}' in Zendesk yourself.",
    "field_missing": ("The 'AI disclosure (Candor)' ticket field was not found; install the Zendesk app first, "
                      "then open /install again to link it."),
    "webhook_missing": ("Candor could not create its webhooks or point the app's triggers at them (a permission "
                        "or the trial limit of 10 webhooks?); nothing will reach Candor until you open /install "
                        "again."),
    "kb_sync_failed": ("Your Help Center could not be queued for its first sync; run it from the admin page or "
                       "`python -m plugin kb sync --tenant <subdomain>`. Until then drafts cite no articles."),
}
