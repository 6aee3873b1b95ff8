"""Street-address recognizers (STREET_ADDRESS): Presidio has none, spaCy-small finds only fragments.

US/UK forms ("742 Evergreen Terrace", "10 Downing Street"), EU forms ("Hauptstraße 5", "12 rue de la Paix",
"Via Roma 131", "ul. Cicha 86"), units ("Apt 4B", "Suite 318"), PO boxes, US state + ZIP, UK postcodes,
EU postcode + town, and whatever follows a cue such as "my address is" / "ship to".
"""
from __future__ import annotations

import re

from plugin.core.model import Span

from .cues import alternation

_W = r"[^\W\d_][\w'’.-]*"  # a word that starts with a letter (any script)
_CAP = r"[A-ZÀ-ÞĀ-Ž][\w'’.-]*"  # ... and starts with a capital
_STOP = (r"the|a|an|at|of|for|in|on|to|my|your|our|their|his|her|its|and|or|with|from|by|more|less|than|"
         r"days?|hours?|minutes?|weeks?|months?|years?|times?|items?|pieces?|units?|is|are|was|were|it|this")
_AW = rf"(?!(?:{_STOP})\b){_W}"  # a word that may stand inside a street name
_SUFFIX = (r"street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|"
           r"terrace|ter|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|loop|crescent|cres|close|"
           r"grove|gardens|gdns|row|mews|hill|park|walk|alley|plaza|pike|path|heights|hts|estates?|"
           r"freeway|expressway|causeway|gateway|crossing|xing|junction|landing|ridge|view|vista|wharf|"
           r"quay|broadway|green|center|centre|manor|meadows?|ranch|station|spur|turnpike|summit|point|pt|"
           r"hollow|harbor|harbour|glen|fields?|bridge|bypass|mall|oval|parade|pde|cct|rise|crest|drives?|flats")
# USPS street suffixes (Publication 28, appendix C1) that are also ordinary words: accepted title-case only.
_USPS = ("Alley|Branch|Bridge|Brooks?|Burgs?|Camp|Canyon|Cape|Centers?|Circles?|Cliffs?|Club|Common|Corners?|Course|"
         "Courts?|Coves?|Creek|Crossroad|Curve|Dale|Dam|Divide|Extensions?|Falls?|Ferry|Fords?|Forest|Forges?|"
         "Forks?|Fort|Gardens?|Glens?|Greens?|Groves?|Harbors?|Haven|Hills?|Inlet|Islands?|Isle|Junctions?|Keys?|"
         "Knolls?|Lakes?|Land|Lights?|Loaf|Locks?|Lodge|Manors?|Meadows?|Mills?|Mission|Motorway|Mount|"
         "Mountains?|Neck|Orchard|Overpass|Parks?|Parkways?|Pass|Passage|Pines?|Plains?|Points?|Ports?|Prairie|"
         "Radial|Ramp|Rapids?|Rest|Ridges?|River|Roads|Route|Shoals?|Shores?|Skyway|Springs?|Spurs?|Squares|"
         "Stravenue|Stream|Streets|Throughway|Trace|Track|Trafficway|Tunnel|Underpass|Unions?|Valleys?|Viaduct|"
         "Views?|Villages?|Ville|Walks|Wall|Ways|Wells?")
_UNIT = (r"(?:apt|apartment|suite|ste|unit|flat|room|rm|bldg|building)\.?\s*#?\s*"
         r"(?:\d[\w-]{0,5}|[A-Z]\d[\w-]{0,4}|[A-Z](?=[\s,.;]|$))")
# Units of the other languages, always with a number ("Edif. 698", "Depto. 068", "Interior 899", "Bât. 2",
# "3º D", "2º izq."): words that would be ordinary without one ("Portal", "Piso") need it.
_EU_UNIT = (r"(?:(?:Edif|Edificio|Depto|Dpto|Departamento|Interior|Piso|Puerta|Escalera|Bloque|Portal|Apto|"
            r"Apartamento|Bloco|Andar|Bâtiment|Appartement|Étage|Stiege|Lote|Manzana)\.?|"
            r"(?:Int|int|Esc|esc|Pta|pta|edif|depto|dpto|apto|Bât|bât|appt|Mz|mz)\.)[ \t]*#?[ \t]*\d{1,5}[A-Za-z]?\b"
            r"|\b\d{1,2}[ºª°][ \t]*(?:(?:izq(?:da|uierda)?|izda|dcha|dto|esq|dir|drcha|[A-Z])\b\.?)?")
_EU_SUFFIX = (r"straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer|chaussee|steig|pfad|markt|laan|straat|"
              r"gracht|plein|kade|dijk|singel|steeg|gade|vej|vei|veien|vegen|gata|gatan|vägen|väg|gränd|katu|"
              r"tie|kuja|polku|utca|út|útja|tér|ulica|ulice|cesta|iela|gatve|tänav|yolu|sokak|sokağı|caddesi|"
              r"bulvarı|stræde|torv|plads|straede|brekka|gata|vegur|braut|stræti|straeti|stígur|stigur|stien|dreef|baan|hof|"
              r"kaari|rinne|gränd|allé|stíg")
_EU_PREFIX = (r"rue|avenue|av\.|boulevard|bd|chemin|allée|allee|impasse|quai|via|viale|piazza|piazzale|corso|"
              r"pasaje|callejón|callejon|cerrada|privada|calzada|circuito|prolongación|andador|periférico|glorieta|"
              r"rambla|beco|vereda|esplanada|ladeira|rodovia|viela|passage|sentier|faubourg|"
              r"largo|vicolo|strada|calle|avenida|avda\.?|paseo|plaza|carrer|camino|carretera|ronda|travesía|"
              r"rua|rúa|travessa|praça|estrada|alameda|ul\.|ulica|aleja|osiedle|plac|bulevardul|calea|odos|odós|"
              r"leoforos|rruga|ulitsa")
STREET_SUFFIXES = _SUFFIX + "|" + _EU_SUFFIX  # (round 15) street types written after the name, keep.py reads them
STREET_TYPES = _EU_PREFIX  # (round 14: Galician "rúa" added) street types written before the name ("calle", "rue", "Rua"), address_blocks.py reads them
_EU_PREFIX_CAP = "|".join(p[0].upper() + p[1:] for p in _EU_PREFIX.split("|")) + r"|ul\.|avda\.|av\.|C/|c/"
_PARTICLES = r"(?:(?:de|du|des|la|le|les|del|della|delle|dei|di|da|do|dos|das|von|van|der|den|y|e|d'|l')\s*)*"
_US_STATES = (r"AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|"
              r"NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|AA|AE|AP")
# "12 bis rue …"; (round 14) Austrian staircase and door after the house number: "… Straße 88/2/14"
_NUM = r"\d{1,6}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?){0,2}(?:[ \t](?:bis|ter|quater)\b)?"

_AFTER_WORD = "|".join(rf"(?<=\b{w} )" for w in ("at", "to", "with", "on", "is", "and", "in"))

PATTERNS: list[tuple[re.Pattern[str], float]] = [
    # 742 Evergreen Terrace / 1600 N. Main St., Apt 4 — number, 0-4 words, a street-type word.
    (re.compile(rf"(?i)\b{_NUM},?\s+(?:(?:[NSEW]\.?|{_AW})\s+){{0,4}}(?:{_SUFFIX})\b\.?"
                rf"(?=\s*(?:$|[,.;:!?)\n]|{_UNIT}|\d|and\b|in\b|near\b|{_US_STATES}\b))", re.M), 0.75),
    (re.compile(rf"\b{_NUM},?\s+(?:{_CAP}\s+){{1,3}}(?:{_USPS})\b"
                rf"(?=\s*(?:$|[,.;:!?)\n]|(?i:{_UNIT})|\d|(?:{_US_STATES})\b))", re.M), 0.7),
    # Hauptstraße 5, Sludevej 13, Koskikatu 25 (compound EU names) and "Main Street 12".
    (re.compile(rf"\b(?:{_CAP}\s+){{0,2}}[A-ZÀ-ÞĀ-Ž][^\W\d_]*(?:{_EU_SUFFIX})\s*{_NUM}\b"), 0.75),
    (re.compile(rf"\b(?:{_CAP}\s+){{1,2}}(?i:{_SUFFIX})\.?\s+{_NUM}\b(?!\s*(?:%|am|pm|min|h\b))"), 0.6),
    (re.compile(rf"\b(?:{_CAP}\s+){{1,2}}(?:[Ss]tra(?:ss|ß)e|Str\.|Weg|Gasse|Platz|Allee|Straat|Laan|Vej|Gade|Gata|Gatan|"
                rf"Vägen|Katu|Tie|Utca|Ulica)\s*{_NUM}\b"), 0.7),
    # Via Roma 131, Rue de Virton 38, Rua João Pessoa 1636, ul. Cicha 86, and 12 rue de la Paix.
    (re.compile(rf"(?<![\w-])(?:{_NUM},?\s+)?(?:{_EU_PREFIX_CAP})\s+{_PARTICLES}(?:{_W}\s*){{1,5}}?,?\s*{_NUM}\b"),
     0.75),
    (re.compile(rf"(?i)(?<![\w-]){_NUM},?\s+(?:{_EU_PREFIX})\s+{_PARTICLES}{_W}(?:\s+{_W}){{0,3}}"), 0.7),
    # (round 14) French street types that are ordinary words too ("9 cours Émile-Zola", "3 place du Capitole", "9 montée
    # du Gourguillon"): after a house number, and only before a capitalised name.
    (re.compile(rf"(?<![\w-]){_NUM},?[ \t]+(?:place|cours|montée|traverse|parvis|square|sentier|rond-point)[ \t]+"
                rf"{_PARTICLES}{_CAP}(?:[ \t]+(?:{_PARTICLES}){_CAP}){{0,3}}"), 0.7),
    # Kálmán Imre u. 12., Erzsébet tér 19. (Hungarian: the street type stands between name and number).
    (re.compile(rf"\b(?:{_CAP}\s+){{1,3}}(?:u\.|utca|út|tér|krt\.|körút|rkp\.|sor|köz|sétány|fasor)\s*{_NUM}\b\.?"), 0.7),
    # Slovenčeva 51, 10115 Berlin (a street name and a number, confirmed by the postcode after it).
    (re.compile(rf"\b(?:{_CAP}[ \t]+){{0,2}}{_CAP}[ \t]+\d{{1,4}}[A-Za-z]?(?=,[ \t]*(?:[A-Z]{{1,2}}-)?\d{{4,5}}[ \t]+[A-Z])"),
     0.6),
    # "the corner of Kuusiku 7 and Alexander Flat", "shows on Berg Hills Street" (a street named, no number).
    (re.compile(rf"(?i:the\s+corner\s+of)\s+{_CAP}[^\n?!]{{1,40}}?\s+and\s+(?:{_CAP}\s+){{0,3}}{_CAP}"), 0.6),
    (re.compile(rf"(?<=\b(?:on|at|in|to) )(?:{_CAP}\s+){{1,3}}(?:Street|Avenue|Road|Boulevard|Lane|Drive|Terrace|"
                r"Crescent|Parkway|Highway)\b"), 0.6),
    # "rue Matteo Bujard 19", "chemin des Vignes 4": a street type in lower case, capitalised name words, a number.
    (re.compile(rf"(?<![\w-])(?:{_EU_PREFIX})\s+{_PARTICLES}(?:{_CAP}\s+){{1,4}}{_NUM}\b"), 0.65),
    # Colombian and Venezuelan grid addresses: "Cra. 43A #18 Sur-135", "Calle 10 # 5-51", "Av. 68 No. 22-40".
    (re.compile(r"(?i)\b(?:cra|kra|carrera|cl|calle|cll|diagonal|dg|transversal|tv|av|avenida|ak|ac)\.?[ \t]+\d{1,3}[A-Z]?"
                r"(?:[ \t]+(?:bis|sur|norte|este|oeste))?[ \t]*(?:#|n[oº°]\.?)[ \t]*\d{1,3}[A-Z]?"
                r"(?:[ \t]+(?:bis|sur|norte|este|oeste))?[ \t]*-[ \t]*\d{1,3}\b"), 0.75),
    # (round 14) Numbered streets of Yucatán: "calle 60 n.º 488", "Calle 41 núm. 212 x 44 y 46" (the cross streets).
    (re.compile(r"(?i)\bcalle[ \t]+\d{1,3}[A-Z]?[ \t]+(?:n\.?[ \t]?[º°o]\.?|núm\.?|num\.?|no\.|#)[ \t]*\d{1,5}[A-Z]?"
                r"(?:[ \t]+(?:x|por)[ \t]+\d{1,3}[A-Z]?(?:[ \t]+y[ \t]+\d{1,3}[A-Z]?)?)?\b"), 0.75),
    # Units, PO boxes, military addresses.
    (re.compile(rf"(?i)\b{_UNIT}\b"), 0.6),
    (re.compile(rf"\b{_EU_UNIT}"), 0.6),
    (re.compile(r"(?i)\b(?:p\.?\s?o\.?\s*box|post\s*box|postfach|apartado|caixa postal)\s+\d{1,6}(?:[ \t]\d{2,4}){0,3}\b"), 0.7),
    (re.compile(r"\b(?:PSC|Unit|USNS|USS|USCGC)\s+\w+(?:,\s*Box\s+\d+)?\s*\n?\s*(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b"),
     0.8),
    (re.compile(r"\b(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b"), 0.7),
    # Springfield, IL 62704 / IL 62704-1234.
    (re.compile(rf"(?:\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,3}})?\s*,\s*(?:{_US_STATES})\.?,?\s+\d{{5}}(?:-\d{{4}})?\b"), 0.7),
    # UK postcodes (SW1A 2AA, M1 1AE), upper-case only.
    (re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[ABD-HJLNP-UW-Z]{2}\b"), 0.7),
    # EU postcode + town at a line or comma boundary: "75001 Paris", "D-10115 Berlin", "1011 AB Amsterdam".
    (re.compile(r"(?m)(?:^|(?<=,)|(?<=\n))\s*(?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2})?\s+[A-ZÀ-Þ][\w'-]+"
                r"(?:[ -][A-ZÀ-Þ][\w'-]+)?(?:[ \t]*\([A-ZÀ-Þ][\w'’ .-]{1,30}\))?"
                r"(?:/[A-Z]{2}(?![\w/]))?"), 0.6),  # (round 33) "30130-007 Belo Horizonte/MG": the state after a slash
    # (round 33) an Irish Eircode after its town or county: "Cork T12 X2E5", "Co. Dublin K34 VX26", "Co. Cork, P31 YV28"
    (re.compile(r"(?:\b(?:Co\.|County)[ \t]+)?\b[A-ZÁÉÍÓÚ][a-záéíóú'’]+,?[ \t]+(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?"
                r"(?=[0-9AC-FHKNPRTV-Y]{4}\b)(?=[A-Z]*\d|\d*[A-Z])[0-9AC-FHKNPRTV-Y]{4}\b"), 0.7),
    # Town, region code and postcode beyond the US: "Vieja Andorra, BCS 59708-7358", "Zapopan, JAL 45010".
    (re.compile(r"(?:\b[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:de|del|la|las|los|do|da|dos|das|[A-ZÀ-Þ][\w'’-]+)){0,4})?"
                r"[ \t]*,[ \t]*[A-Z]{2,4}\.?[ \t]+\d{5}(?:-\d{3,4})?\b"), 0.65),
]

# "my address is ...", "ship to ...": the value runs to the end of the sentence (at most 3 short lines).
_CUE = re.compile(r"(?i)(?<!e-mail )(?<!email )(?<!ip )(?<!mac )(?<!web )(?<!wallet )\b(?:address(?:\s+is|\s+to)?"
                  r"(?:\?\s*(?:it\s+is|it's|[A-Za-z]+:)?)?|addr\.?|live[sd]?\s+(?:at|on|in)|living\s+at|reside\s+at|"
                  r"sent\s+to\?\s*(?:[A-Za-z]+:)?|"
                  r"ship(?:ped|ping)?\s+(?:it\s+)?to|deliver(?:ed|y)?\s+(?:it\s+)?to|send\s+(?:it\s+)?to|"
                  r"located\s+at|moved\s+to|mail(?:ed)?\s+(?:it\s+)?to|return(?:ed)?\s+(?:it\s+)?to|"
                  r"meet\s+(?:you|me)\s+at|drops?\s+(?:you\s+)?off\s+at|stop\s+at)\s*[:\-]?\s*")
_CUE_VALUE = re.compile(r"(?:the corner of\s+)?((?:\d|[^\W\d_])[^\n!?]{2,80}?(?:\n[^\n!?.:]{1,40}?){0,3})"
                        r"(?=\.\s|\.$|[!?]|\n\s*\n|\s+(?:in case|after|before|please|thanks|and i|so)\b|$)",
                        re.I)


def _from_cue(text: str) -> list[Span]:
    out = []
    for cue in _CUE.finditer(text):
        m = _CUE_VALUE.match(text, cue.end())
        value = m.group(1) if m else ""
        if re.match(r"[\d.]*\d\.\d|[0-9a-f]*:[0-9a-f]*:|\S*@", value, re.I):
            continue  # an IP or e-mail "address", found by its own recognizer
        if m and re.search(r"\d", value) and (value[0].isdigit() or value[0].isupper() or value[:3] == "the"):
            start = m.start(1)
            first, _, rest = value.partition("\n")
            if rest and not re.search(r"\d", first) and re.match(r"[ \t>]*\d", rest):
                start += len(first) + 1  # "Billing address: Sara Schwarz\n28245 Puruntie 5": the name is no address
            out.append(Span("STREET_ADDRESS", start, m.end(1), 0.65))
    return out


# An address label that opens a street's capitalised words: German writes it capitalised ("Anschrift Dorfstraße 4a",
# "Lieferadresse Reichenberger Str. 121", "Wohnadresse Bahnhofstrasse 12"); the label is no part of the address.
_LABEL_WORD = re.compile(rf"(?i)(?:[^\W\d_]*(?:adresse|anschrift)|{alternation('address')})[ \t:]+(?=[^\W\d_])")


def find_addresses(text: str) -> list[Span]:
    out = []
    for pattern, score in PATTERNS:
        for m in pattern.finditer(text):
            label = _LABEL_WORD.match(text, m.start(), m.end())
            out.append(Span("STREET_ADDRESS", label.end() if label else m.start(), m.end(), score))
    return out + _from_cue(text)
