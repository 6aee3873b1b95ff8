"""Evaluation corpora: presidio-research synth v2, presidio-evaluator (seeded), ticket-like texts, Bitext ids.

Each labelled record is {"text": str, "spans": [(type, start, end)]}; identifier records carry
"keep": [(start, end)] — values that must NOT be redacted.
"""
from __future__ import annotations

import csv
import json
import random
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"  # vendored copies, licences beside them (README.md there)
RESEARCH = DATA / "pii/presidio_research_synth_dataset_v2.json"
BITEXT = DATA / "support/Bitext_Sample_Customer_Support_Training_Dataset.csv"


def research_synth() -> list[dict]:
    data = json.loads(RESEARCH.read_text(encoding="utf-8"))
    return [{"text": r["full_text"], "spans": [(s["entity_type"], s["start_position"], s["end_position"])
                                               for s in r["spans"]]} for r in data]


def evaluator_synth(n: int = 1500, seed: int = 42) -> list[dict]:
    """presidio-evaluator's templates + Faker, offline (HospitalProvider would query wikidata)."""
    from presidio_evaluator.data_generator import PresidioSentenceFaker, presidio_additional_entity_providers
    from presidio_evaluator.data_generator.faker_extensions import HospitalProvider

    providers = [p for p in presidio_additional_entity_providers if p is not HospitalProvider]
    random.seed(seed)  # some name formats (middle initials) draw from the global generator
    faker = PresidioSentenceFaker(locale="en_US", lower_case_ratio=0.05, random_seed=seed,
                                  entity_providers=providers)
    records = faker.generate_new_fake_sentences(num_samples=n)
    return [{"text": r.full_text, "spans": [(s.entity_type, s.start_position, s.end_position) for s in r.spans]}
            for r in records]


def bitext_identifiers() -> list[dict]:
    """Customer requests that quote an order or invoice id (which must survive)."""
    out = []
    with BITEXT.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["entity_type"] in ("order_id", "invoice_id") and row["start_offset"]:
                start, end = int(row["start_offset"]), int(row["end_offset"])
                if row["instruction"][start:end] == row["entity_value"]:
                    out.append({"text": row["instruction"], "spans": [], "keep": [(start, end)]})
    return out


_OPENERS = ["Hi support team,", "Hello,", "Dear Candor support,", "Hey there,", "Good morning,"]
_CLOSINGS = ["Thanks,\n{first}", "Best regards,\n{name}", "Cheers, {first_lower}", "Kind regards,\n{name}\n{phone}",
             "Thank you!\n{first}"]
_BODIES = [
    "my name is {name} and I was double-charged for order #{order} placed on {date}. The card ending in "
    "{card} was billed twice ({price}). Please refund to the same card. You can reach me at {email} or "
    "{phone}. My colleague {other} already opened ticket {ticket} about this.",
    "I moved last month and my parcel (tracking {ups}) went to the old address. The new one is "
    "{address}. Order {ord_id}, SKU {sku}, invoice {invoice}. Please update it; my phone is {phone} and my "
    "e-mail {email}. Refund the {price} to IBAN {iban} if the parcel is lost.",
    "this is {name_lower}. I can't log in since {date}; the app says my account is locked. I tried from "
    "{ip}. Order {order_word} for {price} is stuck too. Call me on {phone}, or write to {email_obf}. "
    "My SSN is not something I will share, but the last four are on file. Item {sku}, ticket #{ticket}.",
]


def _ticket(fake, rnd: random.Random) -> tuple[str, dict]:
    name, other = fake.name(), fake.name()
    first = name.split()[0]
    values = {
        "name": name, "first": first, "first_lower": first.lower(), "name_lower": name.lower(), "other": other,
        "order": str(rnd.randint(10000, 99999)), "ord_id": f"ORD-2024-{rnd.randint(1, 9999):04d}",
        "order_word": str(rnd.randint(100000, 999999)), "date": fake.date(pattern="%Y-%m-%d"),
        "card": fake.credit_card_number(card_type=rnd.choice(["visa16", "mastercard", "amex"])),
        "price": f"${rnd.randint(5, 900)}.{rnd.randint(0, 99):02d}", "email": fake.email(),
        "phone": fake.phone_number(), "ticket": str(rnd.randint(10000, 99999)),
        "ups": "1Z" + "".join(rnd.choice("0123456789ABCDEF") for _ in range(16)),
        "address": fake.address().replace("\n", ", "), "sku": f"SKU-{fake.lexify('??').upper()}-{rnd.randint(1000, 9999)}",
        "invoice": f"INV-{rnd.randint(2020, 2025)}-{rnd.randint(1, 999999):06d}", "iban": fake.iban(),
        "ip": fake.ipv4_public(), "email_obf": fake.user_name() + " at " + fake.free_email_domain().replace(".", " dot "),
    }
    first_body, second_body = rnd.sample(_BODIES, 2)  # two paragraphs: about 600 characters
    tpl = rnd.choice(_OPENERS) + " " + first_body + "\n\n" + second_body + "\n\n" + rnd.choice(_CLOSINGS)
    return tpl, values


PII_KEYS = {"name": "PERSON", "first": "PERSON", "first_lower": "PERSON", "name_lower": "PERSON", "other": "PERSON",
            "card": "CREDIT_CARD", "email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER", "address": "STREET_ADDRESS",
            "iban": "IBAN_CODE", "ip": "IP_ADDRESS", "email_obf": "EMAIL_ADDRESS"}
KEEP_KEYS = ("order", "ord_id", "order_word", "date", "price", "ticket", "ups", "sku", "invoice")


def tickets(n: int = 300, seed: int = 7) -> list[dict]:
    """Ticket-like texts (~600 chars) with labelled PII and identifiers that must survive."""
    from faker import Faker

    fake, rnd = Faker("en_US"), random.Random(seed)
    Faker.seed(seed)
    out = []
    for _ in range(n):
        template, values = _ticket(fake, rnd)
        text, spans, keep, _pos = "", [], [], 0
        for part in _split(template):
            if part.startswith("{"):
                key = part[1:-1]
                if key in PII_KEYS:
                    spans.append((PII_KEYS[key], len(text), len(text) + len(values[key])))
                elif key in KEEP_KEYS:
                    keep.append((len(text), len(text) + len(values[key])))
                text += values[key]
            else:
                text += part
        out.append({"text": text, "spans": spans, "keep": keep})
    return out


def _split(template: str) -> list[str]:
    import re

    return [p for p in re.split(r"(\{\w+\})", template) if p]
