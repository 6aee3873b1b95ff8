"""Synthetic half of the blind redaction set: Faker (14 locales, seed 20261202) into templates written for it.

The templates are NOT those of benchmarks/redaction/corpora.py: forms, app logs, chat lines and e-mails
in five languages, values in each locale's own formats. Output uses the same markup as tickets.txt:
`[[category|value]]` is personal (must be hidden), `{{kind|value}}` must be kept.

    .venv/bin/python -m eval.redaction_blind.generate > eval/redaction_blind/synthetic.txt
"""
from __future__ import annotations

import random
import urllib.parse

from faker import Faker

SEED = 20261202
PER_LOCALE = 16
# locale -> (ticket language, country)
LOCALES = {
    "en_US": ("en", "US"), "en_GB": ("en", "UK"), "en_IE": ("en", "IE"), "en_CA": ("en", "CA"),
    "en_AU": ("en", "AU"), "es_ES": ("es", "ES"), "es_MX": ("es", "MX"), "fr_FR": ("fr", "FR"),
    "de_DE": ("de", "DE"), "de_AT": ("de", "AT"), "de_CH": ("de", "CH"), "pt_PT": ("pt", "PT"),
    "pt_BR": ("pt", "BR"), "it_IT": ("en", "IT"),
}
DATE_FORMAT = {"en_US": "%m/%d/%Y", "en_CA": "%Y-%m-%d"}


def national_id(f: Faker, locale: str, rnd: random.Random) -> tuple[str, str] | None:
    """(label in the ticket's language, value) of the locale's national or tax id."""
    if locale == "es_ES":
        return ("DNI", f.nif()) if rnd.random() < 0.5 else ("NIE", f.nie())
    if locale == "es_MX":
        return ("CURP", f.curp()) if rnd.random() < 0.5 else ("RFC", f.rfc())
    if locale == "it_IT":
        return ("codice fiscale", f.ssn())
    if locale == "pt_BR":
        return ("CPF", f.cpf())
    if locale == "pt_PT":
        return ("NIF", f.vat_id()[2:])
    if locale == "en_GB":
        return ("National Insurance number", f.ssn())
    if locale == "en_CA":
        return ("SIN", f.ssn())
    if locale == "en_US":
        return ("social", f.ssn().replace("-", ""))
    if locale == "de_CH":
        return ("AHV-Nummer", f.ssn())
    if locale == "de_AT":
        return ("Sozialversicherungsnummer", f.ssn())
    if locale == "fr_FR":
        return ("numéro de sécurité sociale", f.ssn())
    return None


LEGAL_FORM = {"en": "Ltd", "es": "S.L.", "fr": "SARL", "de": "GmbH", "pt": "Lda."}
_LEGAL = ("ltd", "llc", "inc", "plc", "gmbh", "ag", "kg", "sa", "s.a.", "s.l.", "sarl", "sas", "lda", "ltda", "s.p.a.",
          "spa", "srl", "s.r.l.", "e.v.", "group", "& co", "s.a.s.", "s.c.", "cv", "ohg", "pty")


def company(f: Faker, locale: str) -> str:
    """A company name with a legal form (a bare surname "company" would be a person to any reader)."""
    name = f.company()
    words = name.lower().replace(",", " ").split()
    if any(w in _LEGAL for w in words):
        return name
    return f"{name} {LEGAL_FORM[LOCALES[locale][0]]}"


def values(f: Faker, locale: str, rnd: random.Random) -> dict[str, str]:
    dob = f.date_of_birth(minimum_age=18, maximum_age=85)
    other_date = f.date_between(start_date="-60d", end_date="-1d")
    token = f.sha1()[: rnd.choice([16, 24, 32])]
    email = f.email()
    nid = national_id(f, locale, rnd)
    return {
        "name": f"{f.first_name()} {f.last_name()}", "first": f.first_name(), "last": f.last_name(), "address": f.address(),
        "phone": f.phone_number(), "email": email, "dob": dob.strftime(DATE_FORMAT.get(locale, "%d/%m/%Y")),
        "dob_dotted": dob.strftime("%d.%m.%Y"), "iban": f.iban(), "card": f.credit_card_number(),
        "exp": f.credit_card_expire(), "cvc": f.credit_card_security_code(), "user": f.user_name(),
        "password": f.password(length=rnd.choice([8, 10, 12])), "token": token,
        "email_q": urllib.parse.quote(email), "ip": f.ipv4_public(), "passport": f.passport_number(),
        "nid_label": nid[0] if nid else "", "nid": nid[1] if nid else "",
        "company": company(f, locale), "date": other_date.strftime("%d/%m/%Y"), "date_iso": other_date.isoformat(),
        "order": f"{rnd.randint(100, 999)}-{rnd.randint(1000000, 9999999)}-{rnd.randint(1000000, 9999999)}",
        "ups": "1Z" + "".join(rnd.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16)),
        "sku": f"{rnd.choice(['HX', 'KT', 'BR', 'ZL'])}-{rnd.randint(100, 9999)}-{rnd.choice(['RED', 'BLK', 'XL', 'S'])}",
        "price": f"{rnd.randint(5, 900)},{rnd.randint(0, 99):02d}", "account": f"{rnd.randint(100, 999)}-{rnd.randint(100, 999)}-{rnd.randint(1000, 9999)}",
        "job": f"JOB-{rnd.randint(10000, 99999)}",
    }


# One list of templates per language; every template names what it plants.
TEMPLATES = {
    "en": [
        ("form", "Full name: [[name|{name}]]\nDOB: [[dob|{dob}]]\nHome address: [[address|{address}]]\n"
                 "Contact number: [[phone|{phone}]]\n{nid_line}Reason for contact: the parcel for order {{{{order|{order}}}}} "
                 "shows delivered but never arrived (UPS {{{{tracking|{ups}}}}}).\n"),
        ("log", "console output below, hope it helps\n{date_iso} 10:22:31 WARN session refused login=[[username|{user}]] "
                "remote=[[ip|{ip}]]\n{date_iso} 10:22:35 DEBUG redirect https://id.shopexample.com/confirm?t=[[url_secret|{token}]]"
                "&u=[[url_secret|{email_q}]]\nthe password I chose was [[secret|{password}]]. job {{{{job|{job}}}}}\n"),
        ("email", "Hello there,\nplease charge the remaining £{{{{price|{price}}}}} to card [[card|{card}]] (exp "
                  "[[card_security|{exp}]], security code [[card_security|{cvc}]]) and not to the {{{{company|{company}}}}} account "
                  "{{{{account|{account}}}}}. SKU {{{{sku|{sku}}}}}.\nPassport number [[passport|{passport}]] if you need ID.\n\n"
                  "many thanks\n[[name|{first_lower}]]\n"),
    ],
    "es": [
        ("form", "Nombre: [[name|{name}]]\nFecha de nacimiento: [[dob|{dob}]]\nDomicilio: [[address|{address}]]\n"
                 "Móvil: [[phone|{phone}]]\n{nid_line}Motivo: el pedido {{{{order|{order}}}}} figura como entregado pero no "
                 "lo he recibido, seguimiento {{{{tracking|{ups}}}}}.\n"),
        ("log", "os pego lo que sale en la consola\n{date_iso} 10:22:31 WARN acceso denegado usuario=[[username|{user}]] "
                "ip=[[ip|{ip}]]\n{date_iso} 10:22:35 DEBUG redirección https://cuenta.tiendaejemplo.es/confirmar?t="
                "[[url_secret|{token}]]&u=[[url_secret|{email_q}]]\nla contraseña que elegí es [[secret|{password}]]. "
                "Trabajo {{{{job|{job}}}}}\n"),
        ("email", "Buenas,\ncobradme los {{{{price|{price}}}}} € pendientes en la tarjeta [[card|{card}]] (caduca "
                  "[[card_security|{exp}]], código [[card_security|{cvc}]]) y no en la cuenta {{{{account|{account}}}}} de "
                  "{{{{company|{company}}}}}. Referencia del artículo {{{{sku|{sku}}}}}.\nIBAN por si hay devolución: "
                  "[[iban|{iban}]]\n\nmil gracias\n[[name|{first_lower}]]\n"),
    ],
    "fr": [
        ("form", "Nom : [[name|{name}]]\nDate de naissance : [[dob|{dob}]]\nAdresse : [[address|{address}]]\n"
                 "Portable : [[phone|{phone}]]\n{nid_line}Objet : la commande {{{{order|{order}}}}} est indiquée livrée mais "
                 "je n'ai rien reçu, suivi {{{{tracking|{ups}}}}}.\n"),
        ("log", "voici ce que la console affiche\n{date_iso} 10:22:31 WARN connexion refusée utilisateur=[[username|{user}]] "
                "ip=[[ip|{ip}]]\n{date_iso} 10:22:35 DEBUG redirection https://compte.boutique-exemple.fr/valider?t="
                "[[url_secret|{token}]]&u=[[url_secret|{email_q}]]\nle mot de passe choisi : [[secret|{password}]]. "
                "Tâche {{{{job|{job}}}}}\n"),
        ("email", "Bonjour,\nmerci de débiter les {{{{price|{price}}}}} € restants sur la carte [[card|{card}]] (expire "
                  "[[card_security|{exp}]], cryptogramme [[card_security|{cvc}]]) et non sur le compte {{{{account|{account}}}}} "
                  "de {{{{company|{company}}}}}. Article {{{{sku|{sku}}}}}.\nIBAN pour un éventuel remboursement : "
                  "[[iban|{iban}]]\n\nbien à vous\n[[name|{first_lower}]]\n"),
    ],
    "de": [
        ("form", "Name: [[name|{name}]]\nGeburtsdatum: [[dob|{dob_dotted}]]\nAnschrift: [[address|{address}]]\n"
                 "Handy: [[phone|{phone}]]\n{nid_line}Anliegen: Die Bestellung {{{{order|{order}}}}} wird als zugestellt "
                 "angezeigt, ist aber nie angekommen (Sendungsnummer {{{{tracking|{ups}}}}}).\n"),
        ("log", "anbei die Konsolenausgabe\n{date_iso} 10:22:31 WARN Anmeldung abgelehnt nutzer=[[username|{user}]] "
                "ip=[[ip|{ip}]]\n{date_iso} 10:22:35 DEBUG Weiterleitung https://konto.beispielshop.de/bestaetigen?t="
                "[[url_secret|{token}]]&u=[[url_secret|{email_q}]]\nmein gewähltes Passwort: [[secret|{password}]]. "
                "Auftrag {{{{job|{job}}}}}\n"),
        ("email", "Hallo zusammen,\nbitte buchen Sie die restlichen {{{{price|{price}}}}} € von der Karte [[card|{card}]] "
                  "(gültig bis [[card_security|{exp}]], Prüfziffer [[card_security|{cvc}]]) ab und nicht vom Kundenkonto "
                  "{{{{account|{account}}}}} bei {{{{company|{company}}}}}. Artikel {{{{sku|{sku}}}}}.\nIBAN für eine "
                  "Erstattung: [[iban|{iban}]]\n\nbeste Grüße\n[[name|{first_lower}]]\n"),
    ],
    "pt": [
        ("form", "Nome: [[name|{name}]]\nData de nascimento: [[dob|{dob}]]\nEndereço: [[address|{address}]]\n"
                 "Celular: [[phone|{phone}]]\n{nid_line}Motivo: a encomenda {{{{order|{order}}}}} aparece como entregue "
                 "mas nunca chegou, rastreio {{{{tracking|{ups}}}}}.\n"),
        ("log", "segue a saída da consola\n{date_iso} 10:22:31 WARN acesso recusado utilizador=[[username|{user}]] "
                "ip=[[ip|{ip}]]\n{date_iso} 10:22:35 DEBUG redirecionamento https://conta.lojaexemplo.pt/confirmar?t="
                "[[url_secret|{token}]]&u=[[url_secret|{email_q}]]\na senha que escolhi é [[secret|{password}]]. "
                "Tarefa {{{{job|{job}}}}}\n"),
        ("email", "Olá,\npor favor cobrem os {{{{price|{price}}}}} € em falta no cartão [[card|{card}]] (validade "
                  "[[card_security|{exp}]], código [[card_security|{cvc}]]) e não na conta {{{{account|{account}}}}} da "
                  "{{{{company|{company}}}}}. Artigo {{{{sku|{sku}}}}}.\nIBAN para reembolso: [[iban|{iban}]]\n\n"
                  "obrigado\n[[name|{first_lower}]]\n"),
    ],
}
NID_LINE = {"en": "{label}: [[national_id|{nid}]]\n", "es": "{label}: [[national_id|{nid}]]\n",
            "fr": "{label} : [[national_id|{nid}]]\n", "de": "{label}: [[national_id|{nid}]]\n",
            "pt": "{label}: [[national_id|{nid}]]\n"}


def main() -> None:
    rnd = random.Random(SEED)
    for locale, (lang, country) in LOCALES.items():
        f = Faker(locale)
        f.seed_instance(SEED + len(locale) * 7 + sum(map(ord, locale)))
        for i in range(PER_LOCALE):
            v = values(f, locale, rnd)
            v["first_lower"] = v["first"].lower()
            v["nid_line"] = NID_LINE[lang].format(label=v["nid_label"], nid=v["nid"]) if v["nid"] else ""
            register, template = TEMPLATES[lang][i % len(TEMPLATES[lang])]
            print(f"=== s-{locale}-{i:02d} {lang} {country} {register}")
            print(template.format(**v), end="")


if __name__ == "__main__":
    main()
