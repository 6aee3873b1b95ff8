"""(round 39, issue 11) An employee's pay: an amount after a salary cue ("Gehalt: 3.850,00 €", "sueldo mensual: $38,500",
"gross pay £2,140.00", "salário base 1.420,00 €") or in a payroll table's rows when a column of its header names pay
("employee,ssn,annual_salary", "Name;Steuer-ID;Brutto", "| Salarié | Brut mensuel |", "nome;NIF;vencimento base"). A
product's price or a fee ("34,90 €/mês", "the plan costs $49") has no such cue and stays.
"""
from __future__ import annotations

import re

from plugin.core.model import Span

# salary, pay and wage words in the five languages (a column's header or a line's label)
_PAY = (r"(?:annual[ _-]|monthly[ _-]|base[ _-]|gross[ _-]|net[ _-])?(?:salary|salaries|wages?|gross(?:[ _-]pay)?|net[ _-]pay|"
        r"pay[ _-]?rate|take[ _-]home(?:[ _-]pay)?|brutto(?:lohn|gehalt)?|netto(?:lohn|gehalt)?|(?:monats|jahres|grund)?gehalt|"
        r"(?:brutto|netto|stunden|monats)?lohn|verg[üu]tung|entgelt|salario|sueldo|sal[aá]rio|salaire|r[ée]mun[ée]ration|"
        r"brut(?:[ _-](?:mensuel|annuel))?|net[ _-](?:mensuel|annuel|[àa][ _-]payer)|traitement[ _-]de[ _-]base|"
        r"vencimento(?:[ _-]base)?|ordenado|remunera[cç][aã]o|salario[ _-]bruto|sueldo[ _-](?:bruto|neto|mensual|base)|"
        r"bruto(?:[ _-]mensual)?|nómina[ _-]bruta)(?:[ _-](?:mensual|mensuel|annuel|anual|mensal|monthly|annual|base|bruto|brut))?")
_PAY_WORD = re.compile(rf"(?i)(?<![\w-]){_PAY}(?![\w-])")
# the words that name pay on their own; "gross", "Brutto", "net", "brut" also head an invoice's totals ("Brutto 119,00 €"),
# and name pay only as a column beside a person's
_STRICT = (r"(?:annual |monthly |base |gross |net |last )?(?:salary|salaries|wages?|gross pay|net pay|take-home pay|pay rate|"
           r"(?:brutto|netto|monats|jahres|grund)?gehalt|(?:brutto|netto|stunden|monats)lohn|lohn|salario(?: bruto| neto)?|"
           r"sueldo(?: bruto| neto| base)?|sal[aá]rio(?: base| bruto| l[ií]quido)?|salaire(?: brut| net| de base)?|"
           r"r[ée]mun[ée]ration|vencimento(?: base)?|ordenado|remunera[cç][aã]o)"
           r"(?: (?:mensual|quincenal|semanal|anual|mensuel|annuel|mensal|anual|monthly|annual|base|bruto|brut|brutto))?")
_PERSON_COLUMN = re.compile(r"(?i)^(?:(?:full |employee |staff )?name|employee|staff|worker|nom|nom complet|salari[ée]e?|"
                            r"employ[ée]e?|nombre(?: completo)?|empleado|trabajador|colaborador(?:a)?|nome(?: completo)?|"
                            r"funcion[aá]rio|trabalhador|mitarbeiter(?:in)?|mitarbeitende|besch[äa]ftigte|angestellte)$")
_CUR = r"(?:[$€£]|US\$|R\$|CHF|EUR|USD|GBP|MXN|BRL|CAD|AUD|Fr\.)"
_NUM = r"\d{1,3}(?:[.,  '’]\d{3})*(?:[.,]\d{2})?|\d+(?:[.,]\d{2})?"
AMOUNT = re.compile(rf"(?<![\w.])(?:{_CUR}[ \t]?(?:{_NUM})(?:[ \t]?(?:{_CUR}|MXN|EUR))?|(?:{_NUM})[ \t]?{_CUR})(?![\w]|[.,]\d)")
# a pay cue and its amount on one line: "Sueldo mensual: $38,500.00 MXN", "her gross salary is €3,200"
_CUED = re.compile(rf"(?i)(?<![\w-]){_STRICT}(?![\w-])[^\n\d$€£]{{0,30}}?(?=[$€£]|\d|US\$|R\$|CHF|EUR|USD|GBP)")
_SEPARATORS = (";", "|", "\t", ",")


def _header_columns(line: str) -> str | None:
    """The separator of a table's header line that names a pay column, or None."""
    for sep in _SEPARATORS:
        cells = [c.strip() for c in line.strip().strip("|").split(sep)]
        if len(cells) >= 3 and all(len(c) <= 40 for c in cells) and not any(re.search(r"\d", c) for c in cells) \
                and any(_PAY_WORD.fullmatch(c) or _PAY_WORD.search(c) and len(c) <= 25 for c in cells) \
                and any(_PERSON_COLUMN.match(c.replace("_", " ")) for c in cells):
            return sep
    return None


def find_salaries(text: str) -> list[Span]:
    out: list[Span] = []
    if not _PAY_WORD.search(text):
        return out
    for cue in _CUED.finditer(text):
        amount = AMOUNT.match(text, cue.end())
        if amount:
            out.append(Span("SALARY", amount.start(), amount.end(), 0.8))
    lines = text.split("\n")
    pos = 0
    sep = None
    for line in lines:
        if sep is not None and (not line.strip() or line.count(sep) < 2):
            sep = None
        if sep is None:
            sep = _header_columns(line)
        elif not re.fullmatch(r"[|\s:-]*", line):
            out += [Span("SALARY", pos + m.start(), pos + m.end(), 0.75) for m in AMOUNT.finditer(line)]
        pos += len(line) + 1
    return out


def add_salaries(text: str, spans: list[Span]) -> list[Span]:
    """The spans with the salaries that overlap none of them, sorted by start."""
    extra = [s for s in find_salaries(text) if not any(o.start < s.end and s.start < o.end for o in spans)]
    if not extra:
        return spans
    extra = [s for i, s in enumerate(extra) if not any(o.start < s.end and s.start < o.end for o in extra[:i])]
    return sorted(spans + extra, key=lambda s: (s.start, s.end))
