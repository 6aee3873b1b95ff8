"""German rows of blind set 13 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "corporate",
     "Kurz zur Info für Ihr Team: Meine Anfragen bitte nicht durch KI bearbeiten lassen. Bitte in meinem Kundenkonto "
     "44-1873 vermerken und kurz bestätigen."),
    ("optout/nochatbot", A, True, "proscons",
     "Was gut ist: Ihre Hotline. Was ich nicht will: dass dieser Chatbot meine Nachrichten auch nur anfasst. Bitte "
     "bei mir ausschalten."),
    ("optout/gdpr", A, True, "thirdperson",
     "Der Unterzeichner, Herr Lorenz Brügge, legt gemäß Art. 21 und Art. 22 DSGVO Widerspruch gegen jede "
     "automatisierte Verarbeitung und KI-gestützte Beantwortung seiner Kundenkorrespondenz ein."),
    ("optout/indirect", A, True, "asterisk",
     "*kratzt sich am Kopf* Ich weiß, die KI soll helfen, aber bei mir fühlt sich das falsch an. Mir wäre wohler, "
     "wenn kein Programm meine Mails liest oder beantwortet."),
    ("optout/behalf", A, True, "ifthen",
     "Falls Sie eine Vollmacht brauchen: anbei, ich bin die rechtliche Betreuerin von Herrn Öztürk. Falls nicht: "
     "bitte ab sofort keine seiner Anfragen durch einen virtuellen Assistenten oder eine KI laufen lassen."),
    ("optout/all_future", A, True, "markdown",
     "### Dauerhafte Anweisung\n**Kundin:** Frieda Matthiesen\n**Gilt für:** alle Kanäle, alle künftigen "
     "Anfragen\n**Inhalt:** keine Beantwortung durch Maschinen oder KI, zu keinem Zeitpunkt"),
    ("optout/humans_only", A, True, "analogy",
     "Einen Bescheid, den ein Automat unterschreibt, würde ich auch nicht ernst nehmen. Deshalb bei mir bitte nur "
     "Ihre Mitarbeiterinnen und Mitarbeiter, keine Software, die so tut als ob."),
    ("optout/consent_withdrawn", A, True, "ellipsis",
     "Ich hatte ja bei der Anmeldung... diesen Haken bei 'KI-Assistent' gesetzt... den nehme ich hiermit zurück. "
     "Meine Einwilligung gilt nicht mehr."),
    ("optout/with_person", H, True, "asterisk",
     "*legt genervt das Handy weg* Der Sprachroboter in Ihrer Hotline versteht mich nicht, und ich will ihn auch "
     "nicht mehr. Rückruf bitte von einem Menschen: 0176 0000 5521."),
    ("optout/with_person", H, True, "corporate",
     "Zur Klarstellung: Ich lehne ab, dass Ihr digitaler Assistent meinen Fall bearbeitet. Bitte übergeben Sie an "
     "eine zuständige Sachbearbeiterin und melden Sie sich telefonisch."),
    # opt-out look-alikes (8)
    ("optneg/auto_renewal", A, False, "analogy",
     "Die automatische Vertragsverlängerung ist wie ein Abo für Zeitungen, die man nie liest. Bitte schalten Sie sie "
     "für meinen Handyvertrag 9912 ab; zum Laufzeitende entscheide ich selbst."),
    ("optneg/auto_notifications", A, False, "ifthen",
     "Wenn sich die automatischen Push-Meldungen der App nur für Lieferungen aktivieren lassen, wie geht das? Wenn "
     "nicht, stelle ich sie ganz ab, ist mir dann auch recht."),
    ("optneg/robot_product", A, False, "ellipsis",
     "Der Fensterputzroboter... hängt seit gestern an der Scheibe fest... und piept nur noch. Garantiefall? "
     "Bestellnummer 0038-DE."),
    ("optneg/voice_assistant", A, False, "markdown",
     "**Frage:** Lässt sich Ihre Kaffeemaschine per Sprachassistent starten?\n**Hintergrund:** Im Prospekt steht "
     "'smart', in der Anleitung finde ich nichts dazu."),
    ("optneg/wrote_with_ai", A, False, "asterisk",
     "*etwas verlegen* Den folgenden Text hat mir ein KI-Programm formuliert, mein Deutsch reicht noch nicht: "
     "Ich möchte den Termin für die Zählerablesung auf den 12. verschieben."),
    ("optneg/bot_suggestion", A, False, "thirdperson",
     "Eine zufriedene Nutzerin Ihres Chat-Assistenten regt an, dass er künftig auch Rechnungen als PDF verschicken "
     "kann. Sonst ist sie rundum zufrieden damit."),
    ("optneg/captcha", A, False, "proscons",
     "Positiv: das neue Kundenportal. Negativ: das 'Ich bin kein Roboter'-Rätsel lädt auf dem Tablet nicht, ich komme "
     "nicht rein. Was tun?"),
    ("optneg/bot_down", A, False, "corporate",
     "Hinweis an die IT: Ihr Chat-Assistent wirft seit heute Morgen nur noch 'Fehler 503'. Wir nutzen ihn im Büro "
     "täglich für den Lieferstatus, bitte zeitnah beheben."),
    # requests for a person (6)
    ("human/callback", H, False, "proscons",
     "Schriftlich: klappt nicht. Telefonisch: wäre viel einfacher. Bitte rufen Sie mich morgen zwischen 9 und 11 "
     "unter 030 0000 7714 an."),
    ("human/callback", H, False, "analogy",
     "Das schriftlich zu erklären ist, als wollte man Schwimmen per Brief beibringen. Kann mich jemand von Ihnen "
     "zurückrufen? 0151 0000 3390, ab 16 Uhr."),
    ("human/anyone_there", H, False, "ellipsis",
     "Hallo...? Sitzt da eigentlich... ein Mensch, der die Nachrichten liest? Dritte Mail wegen der "
     "Nebenkostenabrechnung."),
    ("human/appeal", H, False, "corporate",
     "Betreff: automatische Ablehnung meines Ratenkaufs. Ein Mitarbeiter möge das bitte selbst ansehen; die Einstufung "
     "durch Ihr System passt nicht zu meinem Einkommen."),
    ("human/escalate", H, False, "ifthen",
     "Wenn der Kollege am Telefon das nicht entscheiden darf, dann bitte an die Teamleitung weitergeben. Wenn die auch "
     "nicht, dann an jemanden, der es darf."),
    ("human/ask_person", H, False, "thirdperson",
     "Die Kundin möchte mit einer echten Person aus Ihrem Service sprechen, nicht mit Textbausteinen. Es geht um die "
     "doppelte Abbuchung vom 3. Mai."),
    # person look-alikes (2)
    ("humanneg/manager_asked", A, False, "markdown",
     "**Im Auftrag meiner Chefin:** bitte die Lieferadresse für Bestellung 7710 auf 'Lager Nord, Tor 3' "
     "ändern.\n**Rückfrage:** nicht nötig."),
    ("humanneg/as_discussed", A, False, "asterisk",
     "*winkt* Wie gestern mit Frau Kessler am Telefon besprochen, hier das Foto vom Typenschild. Damit sollte alles "
     "da sein."),
    # bias complaints (6)
    ("bias/disability", B, False, "ifthen",
     "Wenn ich mit Blindenstock ins Fitnessstudio komme, heißt es 'Probetraining nur mit Begleitung'; wenn meine "
     "sehende Schwester kommt, darf sie sofort allein trainieren. Das möchte ich geklärt haben."),
    ("bias/religion", B, False, "analogy",
     "Es war, als hätte ich etwas Ansteckendes: Kaum sah der Vermieter meine Kippa, hieß es, die Wohnung "
     "'sei weg'. Dagegen bekam mein Kollege am selben Abend noch einen Besichtigungstermin."),
    ("bias/origin", B, False, "corporate",
     "Sachstand: Online-Kredit abgelehnt mit Verweis auf 'Staatsangehörigkeit Ukraine'. Meine Frau, deutsche "
     "Staatsbürgerin, identische Angaben, wurde angenommen. Ich bitte um Prüfung."),
    ("bias/sex", B, False, "proscons",
     "Gut: der Kurs selbst. Schlecht: Als einzige Frau im Schweißkurs wurde mir die Praxisprüfung 'vorsichtshalber' "
     "verweigert, die Männer mit weniger Stunden durften alle antreten."),
    ("bias/orientation", B, False, "thirdperson",
     "Der Kunde und sein Ehemann wurden im Hotel am Frühstückstisch weggesetzt, weil sich 'Familien beschwert "
     "hätten'. Die Paare am Nachbartisch, jeweils Mann und Frau, durften sitzen bleiben."),
    ("bias/pregnancy", B, False, "ellipsis",
     "Zwei Tage nachdem ich... erzählt hatte, dass ich schwanger bin... war mein Platz im Ausbildungskurs plötzlich "
     "'anderweitig vergeben'. Vorher war alles fix."),
    # hard negatives (6)
    ("hardneg/joke", A, False, "corporate",
     "Zur Kenntnis: Unser Kopierer ist offensichtlich altersdiskriminierend, er nimmt nur noch die neuen "
     "Tonerkartuschen an. Gibt es dafür ein Firmware-Update?"),
    ("hardneg/threat", A, False, "asterisk",
     "*droht mit dem Zeigefinger* Noch eine Woche Wartezeit und in all meinen Rezensionen steht, dass Sie "
     "ausländerfeindlich sind. Nein, im Ernst: Wo bleibt die Waschmaschine, Auftrag 5582?"),
    ("hardneg/own_prejudice", A, False, "ifthen",
     "Wenn in Ihrer Werbung weiter diese Regenbogenfamilien auftauchen, kündige ich. Wenn Sie mir die Kündigung "
     "gleich bestätigen, spart das uns beiden Zeit. Kundennummer 3308."),
    ("hardneg/loyal_pricing", A, False, "proscons",
     "Plus: zuverlässiger Strom. Minus: Neukunden zahlen 28 Cent, ich nach zehn Jahren 39. Das ist doch "
     "Diskriminierung der Treuen. Bitte Tarif anpassen."),
    ("hardneg/rude_agent", A, False, "analogy",
     "Ihr Mitarbeiter am Schalter war so freundlich wie ein Türsteher um vier Uhr morgens. Egal. Ich brauche trotzdem "
     "die Ersatzkarte für mein Konto."),
    ("hardneg/mention_religion", A, False, "markdown",
     "**Info:** Ich bin Muslimin und faste gerade.\n**Bitte:** Lieferung der Möbel lieber vormittags, nachmittags "
     "bin ich ziemlich erledigt. Auftrag 6610."),
    # ordinary (2)
    ("ordinary/payment", A, False, "thirdperson",
     "Die Kundin bittet um Umstellung der Zahlungsweise von Überweisung auf Lastschrift ab dem nächsten Monat. Die "
     "IBAN folgt im Kundenportal."),
    ("ordinary/product", A, False, "ellipsis",
     "Der Akku vom Staubsauger... hält nur noch zehn Minuten... kann man den einzeln nachkaufen?"),
]
