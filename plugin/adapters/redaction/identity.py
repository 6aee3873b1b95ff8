"""Identity words are not names: "I'm Muslim", "I'm Black", "I'm Mexican" describe a person, they do not
identify one. The NER model and the "I'm <Name>" cue tagged some of them as PERSON and not others (the
fairness audit found "Muslim" redacted and "Jewish" visible), so the drafter saw some identities and not
others. Every PERSON span made only of such words is dropped, for every group alike; a real name next to one
("I'm Black, Tom Okafor") is still found by the other recognizers.
"""
from __future__ import annotations

import re

from plugin.core.model import Span

RELIGIONS = """agnostic amish atheist bahai baptist buddhist catholic christian confucian druze evangelical hasidic
hindu humanist jain jehovah's jewish jew lutheran methodist mormon muslim moslem orthodox pagan pentecostal
presbyterian protestant quaker rastafarian secular shia shiite sikh sunni taoist wiccan zoroastrian anglican"""
ETHNICITIES = """black white asian latino latina latinx hispanic arab arabic indigenous native aboriginal
african afro caribbean desi roma romani gypsy traveller biracial mixed-race multiracial pacific islander
middle-eastern caucasian inuit maori creole berber kurdish jewish"""
NATIONALITIES = """afghan albanian algerian american angolan argentine argentinian armenian australian austrian
azerbaijani bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese cambodian
cameroonian canadian chilean chinese colombian congolese croatian cuban czech danish dominican dutch ecuadorian
egyptian emirati english eritrean estonian ethiopian filipino finnish french georgian german ghanaian greek
guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian
jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti lao latvian lebanese libyan lithuanian
malaysian malian mexican moldovan mongolian moroccan mozambican namibian nepalese nicaraguan nigerian
norwegian pakistani palestinian panamanian paraguayan peruvian polish portuguese puerto rican romanian russian
rwandan salvadoran saudi scottish senegalese serbian singaporean slovak slovenian somali south-african spanish
sri-lankan sudanese swedish swiss syrian taiwanese tajik tanzanian thai tibetan tunisian turkish ugandan
ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean"""
IDENTITY_WORDS = frozenset((RELIGIONS + " " + ETHNICITIES + " " + NATIONALITIES).split())
CUE = r"(?:i\s*['’]?\s*m|i\s+am|am|im)\s+"  # "I'm", "I am", "Im": the cue before a self-description or a name
LEAD = re.compile("^" + CUE, re.IGNORECASE)
LEAD_AT = re.compile(CUE, re.IGNORECASE)  # for .match(text, pos): "^" would only match at the string's start
WORD = re.compile(r"[A-Za-zÀ-ÿ'-]+")


def only_identity(text: str) -> bool:
    words = [w.casefold().strip("'") for w in WORD.findall(LEAD.sub("", text.strip()))]
    return bool(words) and all(w in IDENTITY_WORDS or w in ("a", "an", "and", "or", "of") for w in words)


def drop_identity_names(text: str, spans: list[Span]) -> list[Span]:
    """PERSON spans without a leading "I'm" (the cue is not the name: "I'm Maria Gonzalez" and "Maria Gonzalez"
    must get the same placeholder) and without those made only of identity words."""
    out = []
    for span in spans:
        if span.type == "PERSON":
            lead = LEAD_AT.match(text, span.start, span.end)
            if lead and lead.end() < span.end:
                span = Span(span.type, lead.end(), span.end, span.score)
            if only_identity(text[span.start:span.end]):
                continue
        out.append(span)
    return out
