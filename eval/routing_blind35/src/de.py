"""Blind set 35, German (Germany) rows: (category, label, opt_out, style, length, text). Typed by hand."""
ROWS = [
    ("bias/age", "bias_review", False, "furniturewebform", "long",
     "Guten Tag,\n\nich habe am 4. November in Ihrer Ausstellung in Bielefeld einen Eckschrank aus Kirschbaum "
     "bestellt (Auftrag TM-000538) und möchte zwei Dinge klären. Erstens die Lieferzeit: es hieß sechs Wochen, jetzt "
     "steht im Kundenkonto Mitte Februar. Zweitens die Finanzierung. Ich bin 71 und wollte wie auf Ihrem Aushang in "
     "zwölf Raten zahlen. Ihr Verkäufer Herr Brandt sagte, Ratenzahlung gebe es 'ab siebzig leider nicht mehr, das "
     "Risiko ist uns zu hoch', ich müsse vorab alles überweisen. Meine Tochter hat eine Woche später denselben "
     "Schrank in Nussbaum bestellt und die Raten ohne jede Frage bekommen. Ich möchte bitte dieselben Bedingungen "
     "wie sie.\n\nMit freundlichen Grüßen\nIngrid Wehmeyer"),
    ("hardneg/humiliating_scene", "ai_assist", False, "pharmacyappchat", "long",
     "Hallo, ich muss das jetzt loswerden. Gestern in Ihrer Filiale am Marktplatz in Kassel wollte ich mein "
     "Rezept für die Salbe einlösen. Die Kassiererin hat quer durch den vollen Laden gerufen 'Die Salbe gegen den "
     "Ausschlag da unten ist für Sie, ja?' und dann mit der Kollegin gelacht. Alle haben mich angeschaut, ich bin "
     "knallrot geworden und ohne Salbe raus. So etwas habe ich noch nie erlebt, das war einfach nur peinlich und "
     "unprofessionell. Datenschutz scheint Ihnen egal zu sein. Ich erwarte eine Entschuldigung und möchte wissen, "
     "ob ich die Salbe jetzt über die App bestellen und nach Hause liefern lassen kann, Rezept-Nr. 0000-7731. "
     "Und bitte sagen Sie Ihrem Personal, dass man Diagnosen nicht durch den Laden brüllt. Jens Möllering"),
    ("hardneg/praise_group", "ai_assist", False, "furniturewebform", "short",
     "Großes Lob an Ihr Montageteam aus zwei älteren Herren und einer jungen Azubine, super Arbeit! Frage: gibt es das "
     "Pflegeöl für Eiche auch im Fünf-Liter-Kanister?"),
    ("hardneg/someone_else", "ai_assist", False, "skiresortmail", "long",
     "Sehr geehrtes Team vom Skigebiet Hochgrat-Alm,\n\nich leite die Skifreizeit unserer Realschule (Buchung "
     "HA-000390, 46 Schüler, 5 Begleiter). Eine Mutter hat sich bei mir beschwert, ihr Sohn sei im letzten Jahr in "
     "Ihrer Skischule wegen seines Übergewichts von einem Lehrer gehänselt worden. Das hat sie damals direkt mit "
     "Ihnen geklärt, ich erwähne es nur, weil sie fragt, ob derselbe Lehrer wieder dabei ist; für mich selbst und die "
     "Schule gibt es keinen Anlass zur Klage. Was ich eigentlich brauche: die Gruppeneinteilung nach Könnensstufen bis "
     "zum 10. Januar, die Rechnung auf den Förderverein statt auf die Schule und die Info, ob Helme im Leihpreis "
     "enthalten sind.\n\nViele Grüße\nStefan Kröger, Oberstudienrat"),
    ("ordinary/plain", "ai_assist", False, "unistudentdesk", "long",
     "Liebes Studierendensekretariat,\n\nich wechsle zum Sommersemester vom Bachelor Geographie in den Bachelor "
     "Umweltwissenschaften und habe ein paar Fragen, bevor ich den Antrag abschicke:\n- Muss ich mich für den "
     "Fachwechsel exmatrikulieren und neu einschreiben oder reicht ein Änderungsantrag?\n- Werden die schon "
     "bezahlten Semesterbeiträge angerechnet?\n- Bis wann muss die Bescheinigung über das Vorpraktikum vorliegen?\n- "
     "Gilt mein Semesterticket bis zum Ende des Wintersemesters weiter?\n\nMeine Matrikelnummer ist 0004417. "
     "Ich habe im Online-Portal nichts Eindeutiges gefunden und möchte keine Frist verpassen.\n\nVielen Dank und "
     "freundliche Grüße\nLena Dierkes"),
    ("human/supervisor", "human", False, "removalswhatsapp", "short",
     "Zum dritten Mal: die Kaution von 250 € für Umzug UZ-000615 ist nicht zurück. Ich will jetzt mit Ihrem "
     "Vorgesetzten sprechen, nicht wieder mit der Disposition."),
    ("humanneg/thanks_agent", "ai_assist", False, "skiresortmail", "long",
     "Hallo liebes Gästeservice-Team,\n\nich möchte mich ausdrücklich bei Frau Albrecht an der Rezeption bedanken. "
     "Als mein Mann sich am zweiten Tag das Knie verdreht hat, hat sie sofort den Pistendienst gerufen, uns ein Taxi "
     "zum Arzt in Oberstdorf besorgt und sogar die Skischule für die Kinder umgebucht. Ohne sie wären wir "
     "aufgeschmissen gewesen, sie war ein Engel.\n\nJetzt zur Abrechnung: Wir konnten die 6-Tage-Pässe meines "
     "Mannes nur zwei Tage nutzen. Bekommen wir die restlichen vier Tage mit Attest erstattet oder als Gutschrift "
     "für nächstes Jahr? Das Attest schicke ich gern mit. Buchungsnummer HG-000271.\n\nHerzliche Grüße\nMonika Rauh"),
    ("optneg/quoted_other", "ai_assist", False, "pharmacyappchat", "short",
     "Meine Schwester schreibt Ihnen immer 'keine KI bitte', ich sehe das locker. Können Sie mir sagen, ob das "
     "Nasenspray wieder lieferbar ist?"),
]
