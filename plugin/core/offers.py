"""Promises a draft makes (refund, discount, compensation, free shipping, exception), in en/es/fr/de/pt.

A draft may only promise what the tenant allows (`TenantConfig.allowed_offers`) or what the knowledge-base
articles it was grounded on state. Everything else is withheld: a customer who writes "give me a 50% code"
must not get one because the model obeyed. Matching is on folded text (lower case, accents stripped,
Unicode compatibility forms unified) so "DESCUENTO", "réduction" and "ｒｅｆｕｎｄ" all count.

A mention preceded closely by a negation in the same clause ("we cannot offer a refund") is a refusal,
not a promise. The window is short and bare "no" only counts right before the offer, so "No worries, here
is a discount" is still a promise. The lexicon will miss paraphrases it has no pattern for; the agent
reviews every draft anyway (docs/SECURITY.md lists what is not covered).
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

OFFER_KINDS = ("refund", "discount", "compensation", "free_shipping", "exception")

OFFERS: dict[str, tuple[str, ...]] = {
    "refund": (r"refund\w*", r"reimburs\w*", r"money back", r"reembols\w*", r"devolucion del (dinero|importe)",
               r"devolver(le|te)? (el|su|tu) dinero", r"rembours\w*", r"(ruck)?erstatt\w*", r"geld zuruck",
               r"estorno\w*", r"devolucao do dinheiro"),
    "discount": (r"discount\w*", r"coupon\w*", r"voucher\w*", r"promo(tional)? code", r"(discount|promo|coupon) code",
                 r"(use|apply|enter|redeem) (the |this |our )?code", r"\d+ ?% off", r"\d+ ?% (de )?(descuento|desconto)",
                 r"descuento\w*", r"cupon\w*", r"codigo (de descuento|promocional)", r"reduction\w*", r"remise\w*",
                 r"bon d'achat", r"code promo", r"rabatt\w*", r"gutschein\w*", r"desconto\w*", r"cupom\w*",
                 r"codigo promocional"),
    # a gift card is only an offer when one is given: "gift cards cannot be returned" offers nothing
    "compensation": (r"compensat\w*", r"(account|store) credit", r"credit (of|worth) ", r"gift card (of|worth|for)",
                     r"(send|give|issue|offer|add)\w* (you )?(a |an )?(\S+ )?gift card", r"complimentary",
                     r"free of charge", r"on the house", r"goodwill (credit|payment|gesture)", r"compensacion\w*",
                     r"indemniza\w*", r"tarjeta regalo (de|por)", r"dedommag\w*", r"indemnis\w*",
                     r"carte cadeau (de|d'une valeur)", r"a titre gracieux", r"entschadig\w*", r"gutschrift\w*",
                     r"gutschein (uber|im wert)", r"kostenlos\w* ersatz", r"compensac\w*", r"indeniza\w*",
                     r"cartao presente (de|no valor)", r"credito (en|na|de) (su|tu|sua) (cuenta|conta)"),
    "free_shipping": (r"free (shipping|delivery|postage|returns?)", r"ship(ping)? (it )?for free",
                      r"envio (gratis|gratuito)", r"gastos de envio gratis", r"livraison (gratuite|offerte)",
                      r"frais de port (offerts|gratuits)", r"kostenlos\w* (versand|lieferung|rucksendung)",
                      r"versandkostenfrei", r"frete (gratis|gratuito)", r"envio gratuito"),
    "exception": (r"(make|made|making) an exception", r"one-time (courtesy|exception|gesture)",
                  r"as a (one-time )?(courtesy|exception|gesture)", r"waiv\w*", r"extend(ed|ing)? (the|your) "
                  r"(deadline|warranty|return (window|period)|trial)", r"excepcion\w*", r"de forma excepcional",
                  r"a titre exceptionnel", r"geste commercial", r"ausnahm\w*", r"kulanz\w*", r"excec\w*",
                  r"excepcional\w*"),
}
NEGATIONS = (r"not", r"never", r"cannot", r"can'?t", r"can not", r"unable", r"won'?t", r"don'?t", r"doesn'?t",
             r"isn'?t", r"aren'?t", r"no podemos", r"no es posible", r"no puedo", r"ne (pouvons|peut|pouvez)",
             r"pas", r"nicht", r"kein\w*", r"nao")
NEGATION_WINDOW = 4  # words before an offer that may negate it
_CLAUSE = re.compile(r"[^.!?;:,\n]+")


def fold(text: str) -> str:
    """Lower case, compatibility forms unified (fullwidth, ligatures), accents stripped."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'")).casefold()
    return "".join(c for c in text if not unicodedata.combining(c))


@cache
def _pattern(kind: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(OFFERS[kind]) + r")(?!\w)")


_NEGATION = re.compile(r"(?<!\w)(?:" + "|".join(NEGATIONS) + r")(?!\w)")


def _promised_in(clause: str, kind: str) -> bool:
    for match in _pattern(kind).finditer(clause):
        words = clause[:match.start()].split()
        if words and words[-1] == "no":
            continue  # "no refund", "no descuento"
        if not _NEGATION.search(" ".join(words[-NEGATION_WINDOW:])):
            return True
    return False


def promised(text: str) -> set[str]:
    """The offer kinds `text` promises (mentions not closely negated)."""
    clauses = _CLAUSE.findall(fold(text))
    return {kind for kind in OFFER_KINDS if any(_promised_in(c, kind) for c in clauses)}


def mentioned(text: str) -> set[str]:
    """The offer kinds `text` mentions at all: what a knowledge-base article states, negated or not
    ("refunds are not possible for gift cards" still makes refunds a topic the article governs)."""
    folded = fold(text)
    return {kind for kind in OFFER_KINDS if _pattern(kind).search(folded)}


def unauthorised(draft: str, allowed: tuple[str, ...] | list[str], sources_text: str) -> list[str]:
    """Offer kinds the draft promises that neither the tenant allows nor the sources state, in a fixed order."""
    extra = promised(draft) - set(allowed) - mentioned(sources_text)
    return [kind for kind in OFFER_KINDS if kind in extra]
