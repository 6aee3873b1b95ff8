"""Blind set 35, German (Germany) rows: (category, label, opt_out, style, length, text). Typed by hand."""
ROWS = [
    ("bias/age", "bias_review", False, "furniturewebform", "long",
     "Guten Tag,\n\nich habe am 4. November in Ihrer Ausstellung in Bielefeld einen Eckschrank aus Kirschbaum "
     "bestellt (Auftrag TM-000538) und möchte zwei Dinge klären. Erstens die Lieferzeit: es hieß sechs Wochen, jetzt "
     "steht im Kundenkonto Mitte Februar. Zweitens die Finanzierung. Ich bin 71 und wollte wie auf Ihrem Aushang in "
     "zwölf Raten zahlen. Ihr Verkäufer Herr Brandt sagte, Ratenzahlung gebe es 'ab siebzig leider nicht mehr, das "
     "Risiko ist uns zu hoch', ich müsse vorab alles überweisen. Meine Tochter hat eine Woche später denselben "
     "Schrank in Nussbaum bestellt und die Raten ohne jede Frage bekommen. Das ist Altersdiskriminierung. Ich möchte bitte dieselben Bedingungen "
     "wie sie.\n\nMit freundlichen Grüßen\nIngrid Wehmeyer"),
    ("hardneg/humiliating_scene", "ai_assist", False, "pharmacyappchat", "long",
     "Hallo, ich muss das jetzt loswerden. Gestern in Ihrer Filiale am Marktplatz in Kassel wollte ich mein "
     "Rezept für die Salbe einlösen. Die Kassiererin hat quer durch den vollen Laden gerufen 'Die Salbe gegen den "
     "Ausschlag da unten ist für Sie, ja?' und dann mit der Kollegin gelacht. Alle haben mich angeschaut, ich bin "
     "knallrot geworden und ohne Salbe raus. So etwas habe ich noch nie erlebt, das war einfach nur peinlich und "
     "unprofessionell. Datenschutz scheint Ihnen egal zu sein. Ich erwarte eine Entschuldigung und frage mich, "
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
ROWS += [
    ("bias/religion", "bias_review", False, "unistudentdesk", "long",
     "Sehr geehrtes Prüfungsamt,\n\nich habe zwei Anliegen. Zunächst: Mein Transcript of Records zeigt die Note für "
     "Statistik II noch nicht an, obwohl die Klausur seit sechs Wochen korrigiert ist. Könnten Sie das prüfen?\n\n"
     "Zweitens: Die Nachklausur in Makroökonomie liegt auf dem ersten Tag des Opferfestes. Ich habe im Oktober "
     "fristgerecht einen Ersatztermin beantragt. Frau Lindner hat abgelehnt mit dem Satz 'für so etwas machen wir "
     "keine Extrawurst, das ist hier keine Moschee'. Mein Kommilitone Jonas hat für die Konfirmation seines Bruders "
     "im Mai ohne Probleme einen Ersatztermin bekommen, von derselben Stelle. Ich bitte um einen "
     "Ersatztermin zu den gleichen Bedingungen. Alles andere wäre Diskriminierung.\n\nMit freundlichen Grüßen\nEmre Yıldız, Matrikelnr. 0006021"),
    ("bias/origin", "bias_review", False, "removalswhatsapp", "long",
     "Guten Abend, hier Agnieszka Nowak wegen dem Umzug von Dortmund nach Münster am 20. (Auftrag UZ-000748). Das "
     "Angebot passt soweit, das Team vom Besichtigungstermin war nett. Aber am Telefon hat Ihre Disponentin gesagt, "
     "ich müsse 50 Prozent vorab überweisen und eine Kopie vom Ausweis schicken, 'bei Osteuropäern machen wir das "
     "immer so, die sind sonst plötzlich weg'. Ich lebe seit 2009 in Dortmund, habe hier meine Firma. Meine "
     "Kollegin Sabine ist im Frühjahr mit Ihnen umgezogen und hat nach dem Umzug bezahlt, ohne Vorkasse und ohne "
     "Ausweis. Ich möchte dieselben Zahlungsbedingungen wie sie. Und noch eine Frage: bringen Sie die "
     "Kleiderboxen mit oder muss ich die vorher abholen? Danke."),
    ("bias/disability", "bias_review", False, "skiresortmail", "long",
     "An die Bergbahnen Wildkar, Gästeservice,\n\nich bin seit Jahren mit meinem Guide bei Ihnen "
     "Ski gefahren; ich bin blind und fahre hinter ihm mit Funkverbindung. Bis letzte Saison galt für uns der "
     "normale Tarif, und wir durften wie alle anderen anstehen. Seit dem neuen Betriebsleiter müssen wir für jede "
     "Fahrt eine Haftungserklärung unterschreiben, den vollen Preis für den Guide zahlen und dürfen nur noch vor "
     "9.30 Uhr auf den Gipfelsessel, 'damit sich die anderen Gäste nicht gestört fühlen', wie es am Drehkreuz hieß. "
     "An unserer Fahrweise hat sich nichts geändert, es gab nie einen Vorfall. Ich bitte darum, die alten "
     "Bedingungen wiederherzustellen, und um eine schriftliche Begründung.\n\nMit freundlichen Grüßen\nMarkus "
     "Eberle, Saisonkarte 0000-6634"),
    ("bias/race", "bias_review", False, "pharmacyappchat", "short",
     "Ihre Mitarbeiterin hat mich beim Bezahlen gefragt, ob das Geld 'auch echt ist', und den Schein unters Licht "
     "gehalten. Bei der weißen Kundin vor mir nicht. Ich bin Schwarz. Das war rassistisch."),
    ("bias/sex", "bias_review", False, "furniturewebform", "short",
     "Ich wollte Ihren Drechselkurs buchen. Antwort am Telefon: 'Der ist eher was für Männer, Frauen nehmen wir in "
     "den Polsterkurs.' Mein Mann hätte sofort einen Platz bekommen. Diskriminierend!"),
    ("bias/sexual_orientation", "bias_review", False, "skiresortmail", "short",
     "Den Familienpass gab es für uns zwei Mütter mit zwei Kindern nicht, 'Familie heißt Vater, Mutter, Kind'. Die "
     "Familie hinter uns bekam ihn sofort."),
    ("bias/pregnancy", "bias_review", False, "unistudentdesk", "short",
     "Mein Tutorenvertrag war zugesagt. Seit ich die Schwangerschaft gemeldet habe, heißt es 'lohnt sich nicht mehr "
     "für Sie'. Die Stelle ging an einen Kommilitonen."),
    ("hardneg/ruined_holiday", "ai_assist", False, "skiresortmail", "long",
     "Guten Tag,\n\nunser Urlaub im Alpenhotel Schneewinkel vom 27.12. bis 3.1. (Buchung "
     "SW-000861) war eine einzige Enttäuschung. Das 'Familienzimmer mit Bergblick' ging auf den Parkplatz, die "
     "Heizung fiel zweimal nachts aus, und an Silvester war das gebuchte Galadinner überbucht, wir haben an einem "
     "Stehtisch im Flur gegessen. Die Kinderskischule fiel drei von fünf Tagen aus, ohne Ersatz. Als ich an der "
     "Rezeption nachfragte, wurde nur mit den Schultern gezuckt. Für 3.980 Euro erwarte ich etwas anderes. Ich "
     "fordere eine Minderung von mindestens 30 Prozent und die Erstattung der ausgefallenen Kurstage. Ich erwarte "
     "Ihre Antwort binnen zwei Wochen.\n\nMit freundlichen Grüßen\nDr. Thomas Ahrens"),
    ("hardneg/lost_parcel", "ai_assist", False, "removalswhatsapp", "long",
     "Hallo, ich weiß nicht mehr weiter und bin ehrlich gesagt stinksauer. Beim Umzug am Samstag von Leipzig nach "
     "Halle (UZ-000133) ist der Karton mit meinem Laptop, allen Ladekabeln und den Unterlagen für meine "
     "Steuererklärung verschwunden. Ich habe ihn selbst beschriftet, BÜRO - NICHT STAPELN, und er stand auf der "
     "Ladeliste. Ihr Fahrer sagt, alles sei ausgeladen worden, das Lager sagt, es sei nichts mehr da. Seit drei "
     "Tagen vertröstet man mich. Ich arbeite von zu Hause und kann ohne den Laptop nicht arbeiten. Ich will, dass "
     "heute noch jemand den LKW und das Lager durchsucht, und ich will die Schadensmeldung schriftlich bestätigt "
     "haben. Katrin Sommer"),
    ("hardneg/grieving", "ai_assist", False, "furniturewebform", "long",
     "Guten Tag,\n\nmein Vater, Herbert Kuhn, hat im September bei Ihnen einen Schreibtisch aus Eiche nach Maß "
     "bestellt (Auftrag TM-000627). Er ist letzte Woche ganz plötzlich gestorben. Ich sitze gerade in seiner Wohnung "
     "und finde überall seine Zettel mit Maßen, er hat sich so auf diesen Tisch gefreut. Ich weiß nicht einmal, ob ich "
     "ihn stornieren oder behalten möchte. Vielleicht behalte ich ihn. Können Sie mir sagen, wie weit die "
     "Fertigung ist, ob eine Stornierung überhaupt noch geht und was mit der Anzahlung von 600 Euro passiert? "
     "Und falls ich ihn nehme, könnte er an meine Adresse in Göttingen statt nach Kassel geliefert werden?\n\nVielen "
     "Dank,\nSabine Kuhn"),
    ("hardneg/legal_threat", "ai_assist", False, "unistudentdesk", "long",
     "An das Studierendensekretariat,\n\nmit Bescheid vom 2. Oktober haben Sie meine Rückmeldung zum "
     "Wintersemester wegen angeblich nicht gezahltem Semesterbeitrag abgelehnt und mich zum 30. September "
     "exmatrikuliert. Der Beitrag von 312,40 Euro wurde am 14. August überwiesen, der Kontoauszug liegt bei. Durch "
     "die Exmatrikulation habe ich meinen Anspruch auf BAföG und meinen Wohnheimplatz verloren. Ich fordere Sie auf, "
     "die Exmatrikulation bis zum 15. Dezember aufzuheben. Andernfalls werde ich Widerspruch einlegen und Klage vor "
     "dem Verwaltungsgericht erheben; mein Anwalt ist bereits informiert.\n\nMit freundlichen Grüßen\nFelix "
     "Hartung, ehem. Matrikelnr. 0008816"),
    ("hardneg/joke_charged", "ai_assist", False, "removalswhatsapp", "short",
     "Ihre Jungs schleppen wie die Ochsen, aber sie fluchen wie die Bierkutscher, herrlich. Kommt die Rechnung per "
     "Mail?"),
    ("hardneg/own_prejudice", "ai_assist", False, "pharmacyappchat", "short",
     "Ich geb's zu, bei dem jungen Apotheker mit Akzent war ich erst skeptisch. Er hat mir super geholfen. Gibt es "
     "die Tropfen auch ohne Konservierungsstoff?"),
    ("hardneg/loyal_pricing", "ai_assist", False, "skiresortmail", "short",
     "Neukunden kriegen den Saisonpass 90 € billiger als Stammgäste. Sie diskriminieren treue Kunden! Gibt es "
     "wenigstens einen Treuebonus?"),
    ("hardneg/access_format", "ai_assist", False, "unistudentdesk", "short",
     "Ich bin gehörlos. Kann ich den Beratungstermin per Chat machen oder mit Gebärdensprachdolmetscher? Wer "
     "bezahlt den?"),
    ("hardneg/policy_question", "ai_assist", False, "furniturewebform", "short",
     "Wir sind ein Pflegeheim und planen neue Möbel. Haben Sie eine Barrierefreiheits- oder Antidiskriminierungs"
     "richtlinie, die wir der Ausschreibung beilegen können?"),
    ("ordinary/plain", "ai_assist", False, "removalswhatsapp", "long",
     "Hallo zusammen, ich plane meinen Umzug von Freiburg nach Karlsruhe Anfang März und hätte gern ein Angebot. "
     "Eckdaten: 3-Zimmer-Wohnung, 3. Stock ohne Aufzug, in Karlsruhe Erdgeschoss. Großteile: ein Kleiderschrank "
     "mit Schiebetüren, ein Ecksofa, eine Waschmaschine und ein Klavier (kein Flügel). Küche bleibt drin. Ich würde "
     "gern selbst packen, bräuchte aber etwa 40 Kartons und Packpapier. Können Sie die Halteverbotszone in beiden "
     "Städten beantragen, und was kostet das extra? Besichtigung geht bei mir am besten samstags. Grüße, Jan "
     "Wittmann"),
    ("ordinary/plain", "ai_assist", False, "pharmacyappchat", "long",
     "Guten Tag, ich habe ein paar Fragen zur App. Erstens: Ich habe ein E-Rezept über die Gesundheitskarte, aber "
     "die App zeigt es nicht an. Muss ich die Karte noch einmal mit dem Handy scannen, und brauche ich dafür die "
     "PIN von der Krankenkasse? Zweitens: Kann ich Medikamente für meine Mutter mit auf mein Konto nehmen, wenn sie "
     "bei einer anderen Kasse versichert ist? Drittens: Wie lange werden bestellte Artikel in der Filiale in der "
     "Bahnhofstraße zurückgelegt? Danke im Voraus und viele Grüße,\nPetra Lange"),
    ("ordinary/plain", "ai_assist", False, "skiresortmail", "short",
     "Gilt die Halbtageskarte ab 12 oder ab 12.30 Uhr? Und kann man sie online kaufen?"),
    ("ordinary/plain", "ai_assist", False, "unistudentdesk", "short",
     "Wie beantrage ich eine Beurlaubung fürs Auslandspraktikum? Und zahle ich dann trotzdem den vollen Beitrag?"),
    ("ordinary/plain", "ai_assist", False, "furniturewebform", "short",
     "Können Sie das Regal Modell Lauenburg auch in 35 cm Tiefe bauen? Bräuchte es für einen Flur."),
    ("human/callback", "human", False, "furniturewebform", "long",
     "Guten Tag,\n\nich habe bei Ihnen eine Einbauküche bestellt (Auftrag TM-000419). Der Monteur war gestern da "
     "und hat festgestellt, dass die Wasseranschlüsse nicht zu den Plänen passen, die Ihr Planer im Haus "
     "aufgenommen hat. Jetzt steht alles halb, die Spüle ist nicht angeschlossen, und wir haben zwei kleine Kinder "
     "im Haus. Das lässt sich nicht per Formular klären. Bitte rufen Sie mich heute noch zurück, am besten Ihr "
     "Planer, Herr Vogt, oder jemand, der entscheiden kann, ob der Monteur morgen mit geänderten Teilen "
     "wiederkommt. Erreichbar unter 0151 0000 4412 den ganzen Tag.\n\nDanke,\nMichael Scholz"),
    ("human/named_contact", "human", False, "pharmacyappchat", "long",
     "Hallo, ich bin Diabetikerin und werde seit zwei Jahren in Ihrer Filiale am Domplatz von Frau Hildebrandt "
     "beraten, was Sensoren, Insulin und die Abrechnung mit der Kasse angeht. Jetzt hat die Kasse die Genehmigung "
     "für den neuen Sensor geschickt, aber mit einer Zuzahlung, die mir nicht klar ist, und in der App steht "
     "etwas anderes. Ich möchte das nicht mit jemand Neuem von vorne durchgehen. Können Sie Frau Hildebrandt bitten, "
     "mich zurückzurufen? Telefon 0170 0000 238, oder sie sagt mir, wann sie in der Filiale ist.\n\nVielen "
     "Dank,\nGisela Brandt"),
    ("human/anyone", "human", False, "unistudentdesk", "short",
     "Sitzt da überhaupt ein Mensch? Seit zwei Wochen kommen nur automatische Antworten. Ich will mit jemandem reden."),
    ("humanneg/quoted_request", "ai_assist", False, "removalswhatsapp", "short",
     "Letzte Woche schrieb ich 'ich will Ihren Chef sprechen'. Hat sich erledigt, er hat angerufen. Nur noch: wann "
     "kommt die Gutschrift?"),
    ("humanneg/settled_escalation", "ai_assist", False, "unistudentdesk", "long",
     "Liebes Team vom Studierendenservice,\n\nim Oktober hatte ich mich wegen meines verlorenen Antrags auf "
     "Nachteilsausgleich an die Leitung des Studierendenservice gewandt. Frau Dr. Kessler hat mich persönlich "
     "angerufen, der Antrag ist inzwischen bewilligt und ich bin sehr zufrieden, ein weiterer Anruf ist also nicht "
     "bei mir melden. Heute nur eine kurze Frage: Gilt der Nachteilsausgleich automatisch auch für das nächste "
     "Semester, oder muss ich ihn jedes Semester neu beantragen? Und reicht dafür das alte ärztliche Attest?\n\n"
     "Mit freundlichen Grüßen\nLaura Schenk"),
    ("optout/with_person", "human", True, "skiresortmail", "long",
     "Hallo Gruppenreisen-Team,\n\nich habe gesehen, dass Ihre Anfragen jetzt über ein KI-Programm laufen "
     "sollen. Für mich kommt das nicht in Frage. Verarbeiten Sie bitte meine E-Mails und meine Buchungsdaten nicht mit "
     "künstlicher Intelligenz oder automatisch. Mein Anliegen ist auch zu verzwickt für eine Maschine: Wir sind "
     "eine Gruppe von zwölf Personen, zwei davon im Rollstuhl, und brauchen Zimmer, Liftzugang und Skischule "
     "passend abgestimmt. Ich möchte das mit jemandem aus Ihrer Gruppenbuchung am "
     "Telefon besprechen. Bitte rufen Sie mich unter 0160 0000 591 an.\n\nMit freundlichen Grüßen\nWerner Haas"),
    ("optout/object", "ai_assist", True, "pharmacyappchat", "long",
     "Guten Tag,\n\nin Ihren neuen Datenschutzhinweisen steht, dass Nachrichten im App-Chat 'mithilfe künstlicher "
     "Intelligenz ausgewertet und beantwortet' werden können. Dem widerspreche ich nach Art. 21 DSGVO für alle "
     "meine Nachrichten und Gesundheitsdaten. Eine kurze schriftliche Bestätigung des Widerspruchs wäre nett. Die App "
     "selbst möchte ich weiter nutzen. Meine eigentliche Frage: Kann ich Rezepte für meinen Sohn, der 16 ist, "
     "über mein Konto einlösen, oder braucht er ein eigenes?\n\nMit freundlichen Grüßen\nAndreas Keller"),
    ("optout/no_chatbot", "ai_assist", True, "removalswhatsapp", "short",
     "Von Chatbots möchte ich keine Antworten bekommen. Bleibt es beim Umzug am Dienstag um sieben?"),
    ("optout/no_ai", "ai_assist", True, "furniturewebform", "short",
     "Hiermit untersage ich, dass meine Anfragen von einer KI gelesen oder beantwortet werden. Liefern Sie auch "
     "nach Rügen?"),
    ("optneg/ai_product", "ai_assist", False, "skiresortmail", "short",
     "Stimmt es, dass Ihre neue KI-Kamera am Lift Fotos von allen macht? Kann man die Bilder kaufen?"),
    ("optneg/bot_wrong", "ai_assist", False, "unistudentdesk", "long",
     "Hallo,\n\nder Chatassistent auf der Uni-Webseite behauptete letzte Woche, dass die Frist für die "
     "Rückmeldung am 15. Februar endet. Im Portal steht jetzt der 31. Januar. Kein Drama, ich nutze den "
     "Assistenten sonst gern und er hilft meistens, aber ich möchte sicher sein, bevor ich etwas verpasse. Welches "
     "Datum stimmt? Und falls es der 31. Januar ist: Muss ich die Säumnisgebühr zahlen, wenn meine Überweisung erst "
     "am 1. Februar gebucht wird, weil das Wochenende dazwischen liegt? Matrikelnummer 0007248.\n\nDanke,\nNiklas "
     "Baumann"),
]
