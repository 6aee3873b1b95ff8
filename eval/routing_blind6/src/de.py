"""German rows of blind set 6 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
H, A = "human", "ai_assist"

ROWS = [
    # opt-outs, pure
    ("optout/plain", A, True, "email", "Guten Tag, bevor ich die Zählerstände schicke: Bitte sorgen Sie dafür, dass mir "
     "ein Mitarbeiter selbst antwortet und nicht irgendeine Software.\n\nMit freundlichen Grüßen\nJürgen Albers\n"
     "Lindenweg 4, 49074 Osnabrück"),
    ("optout/plain", A, True, "chat", "ich will nicht dass meine nachrichten durch maschinelles lernen gejagt werden. "
     "nur menschen bitte"),
    ("optout/short", A, True, "sms", "Keine KI."),
    ("optout/short", A, True, "sms", "Schluss mit Bots. Echte Antworten bitte."),
    ("optout/embedded", A, True, "email", "Hallo, die Waschmaschine vom 3. quietscht beim Schleudern immer noch, der "
     "Techniker war Dienstag da und hat einen Riemen getauscht, bringt nichts. Was anderes noch: Ich möchte nicht, dass "
     "meine Mails bei ChatGPT oder so landen. Jedenfalls, können Sie noch einen Termin machen, vormittags wäre gut? Gruß, Timo"),
    ("optout/embedded", A, True, "voice", "ja hallo es geht um das Paket das an die falsche Hausnummer ging äh 12 statt 21 "
     "und die Nachbarin sagt sie hat's nicht und ach so ich bin nicht einverstanden dass dieser Anruf von einer "
     "künstlichen Intelligenz ausgewertet wird schreiben Sie das auf und äh ja können Sie das suchen danke"),
    ("optout/proxy", A, True, "email", "Ich schreibe für meine Mutter, Frau Hildegard Brandt, Kundennummer 20917. Sie "
     "möchte nicht, dass ein Computer ihre Briefe beantwortet, das verunsichert sie. Bitte vermerken Sie das.\n-- "
     "Petra Brandt (Tochter)"),
    ("optout/conditional", A, True, "chat", "falls hier ein roboter antwortet, will ich das nicht. ich warte auf einen echten menschen"),
    ("optout/sarcastic", A, True, "review", "3 Sterne. Herrlich, wie jede Antwort klingt, als hätte sie ein Toaster "
     "geschrieben. Tun Sie mir den Gefallen und halten Sie Ihre kleine Maschine künftig von meinem Konto fern."),
    ("optout/formal", A, True, "form", "Betreff: Verarbeitung meiner Daten\nNachricht: Ich widerspreche dem Profiling "
     "und jeder automatisierten Entscheidung zu meinem Konto und widerrufe meine Einwilligung, meine Korrespondenz mit "
     "Werkzeugen der künstlichen Intelligenz zu verarbeiten."),
    ("optout/formal", A, True, "email", "Sehr geehrtes Serviceteam, ich wäre Ihnen dankbar, wenn meine Anfragen "
     "nicht mehr von Ihrem virtuellen Assistenten bearbeitet würden. Ich wünsche Antworten Ihrer Mitarbeiter. "
     "Hochachtungsvoll, K. Yilmaz"),
    ("optout/typo", A, True, "sms", "bitte kein automatisierter asistent bei meinen tikets, will ich nich"),
    ("optout/review", A, True, "review", "2 Sterne. App läuft, aber die Support-Antworten sind offensichtlich generiert. "
     "Option abgewählt, kommt trotzdem. Ich will NICHT, dass mir Algorithmen schreiben."),
    # opt-outs that also ask for a person
    ("optout/with_person", H, True, "chat", "bitte ein echter Mensch statt Software. ich muss mit jemandem über die "
     "doppelte Abbuchung reden."),
    ("optout/with_person", H, True, "voice", "hallo äh ich will nicht mit dem Roboter da, kann mich eine Person auf dem "
     "Festnetz zurückrufen bitte es geht um den Rentenbrief"),
    ("optout/with_person", H, True, "email", "Hallo, bitte keine automatischen Antworten. Könnte mich morgen zwischen "
     "14 und 16 Uhr jemand aus dem Team anrufen?\n\nViele Grüße\nAnja Köhler\nKöhler Steuerberatung"),
    ("optout/with_person", H, True, "form", "Anliegen: Sonstiges\nDetails: Hören Sie auf, mir Bots zu schicken. Ich "
     "will mit einem Vorgesetzten über meine stornierte Buchung sprechen."),
    ("optout/with_person", H, True, "sms", "virtueller assistent nein danke. verbinden sie mich sofort mit nem echten menschen"),
    # AI mentioned, nothing refused
    ("optneg/ask_bot", A, False, "chat", "mal neugierig gefragt, schreibe ich gerade mit einem bot? ist egal, ich brauch "
     "nur den sendungslink"),
    ("optneg/ask_bot", A, False, "sms", "Ist die Antwort automatisch? Kam nach 2 Sekunden haha. Danke für die Erstattung"),
    ("optneg/praise", A, False, "review", "5 Sterne. Der virtuelle Assistent hat meine Rücksendung in einer Minute "
     "erledigt, ehrlich besser als in vielen Läden."),
    ("optneg/praise", A, False, "email", "Wollte nur sagen, die KI auf Ihrer Seite lag goldrichtig, sie hat das Ladegerät "
     "für meinen alten Laptop gefunden. Gruß, Jonas"),
    ("optneg/how_works", A, False, "form", "Frage: Wie erkennt die Fotoerkennung in Ihrer Pflanzen-App die Art? "
     "Funktioniert das auch offline?"),
    ("optneg/broken", A, False, "chat", "ihre intelligente suche zeigt mir hundefutter wenn ich druckertinte eingebe, "
     "der KI-teil ist wohl kaputt"),
    ("optneg/broken", A, False, "review", "1 Stern. Die automatische Transkription der Sprachnotizen geht seit dem "
     "Update nicht mehr, nur Punkte."),
    ("optneg/own_business", A, False, "email", "Hallo, wir sind eine kleine Agentur für Chatbots und möchten auf den "
     "Pro-Tarif mit drei Plätzen wechseln. Schicken Sie uns ein Angebot?\n\nBeste Grüße\nSarah Winter\nBotwerk GmbH"),
    ("optneg/news", A, False, "chat", "hab in den nachrichten gesehen dass ein roboterberater einer bank total "
     "danebenlag, zum lachen. egal, bis wann haben sie heute offen?"),
    ("optneg/want_feature", A, False, "form", "Vorschlag: Bitte eine KI-Zusammenfassung meiner Monatsausgaben "
     "einbauen, die jetzigen Diagramme versteht man kaum."),
    ("optneg/product_setting", A, False, "sms", "wie schalte ich die intelligenten antwortvorschläge in der handy-app "
     "aus? nerven total"),
    ("optneg/product_setting", A, False, "email", "Hallo, der Lautsprecher von Ihnen hat einen Sprachassistenten, der "
     "mitten im Film anspringt. Kann man diese Funktion abschalten? Danke, Lena"),
    # ordinary and handoff
    ("ordinary/plain", A, False, "sms", "Brauche eine Kopie der Rechnung 55302 für meinen Steuerberater"),
    ("ordinary/plain", A, False, "voice", "ja hallo ich wollte nur die Lieferadresse ändern äh Am Bach 9 gleicher Ort "
     "danke tschüss"),
    ("ordinary/plain", A, False, "review", "4 Sterne. Guter Wasserkocher, Deckel etwas schwergängig. Gibt's den in Weiß?"),
    ("human/handoff", H, False, "chat", "kann ich mit jemandem aus der beschwerdeabteilung sprechen?"),
    ("human/handoff", H, False, "email", "Könnte mich jemand von Ihnen unter 0171 0000 442 wegen der Garantie "
     "anrufen? Geht einfacher als per Mail.\n\nDanke\nWerner"),
    ("human/handoff", H, False, "form", "Anliegen: Konto\nDetails: Ich möchte, dass der Filialleiter meinen Fall "
     "persönlich noch einmal prüft, die Entscheidung halte ich für falsch."),
]
