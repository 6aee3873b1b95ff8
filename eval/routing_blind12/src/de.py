"""German rows of blind set 12 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "abovetheline",
     "Ich möchte nicht, dass Ihre KI meine Anfragen bearbeitet. Bitte für meine Kundennummer 70-4418 "
     "abschalten.\n\n## Bitte oberhalb dieser Zeile antworten ##\nIhre Anfrage (#59837) wurde aktualisiert. "
     "Antworten Sie auf diese E-Mail, um einen Kommentar hinzuzufügen."),
    ("optout/nochatbot", A, True, "questions",
     "Muss ich wirklich jedes Mal durch diesen Chatbot? Kann man den für mich sperren? Ich will ihn auf "
     "meinem Konto nicht mehr sehen, geht das?"),
    ("optout/gdpr", A, True, "quotesite",
     "In Ihrer Datenschutzerklärung steht: „Antworten können automatisiert erstellt werden.“ Dem "
     "widerspreche ich hiermit nach Art. 21 und 22 DSGVO, mit sofortiger Wirkung."),
    ("optout/indirect", A, True, "edit",
     "Zählerstand kommt gleich per Foto.\nNACHTRAG: Mir wäre es ehrlich gesagt lieber, wenn meine Post "
     "nicht durch so ein Sprachmodell läuft."),
    ("optout/behalf", A, True, "inline",
     "> Für wen schreiben Sie?\nFür meinen Onkel, Herrn Egon Wittkamp, ich habe die Vollmacht.\n> Ihr "
     "Anliegen?\nEr lehnt jede Bearbeitung seiner Nachrichten durch künstliche Intelligenz ab."),
    ("optout/all_future", A, True, "tldr",
     "Seit dem Sommer bekomme ich Antworten, die nach Textbaustein-Generator klingen, mal passend, mal "
     "nicht.\nKurz: ab sofort und dauerhaft keine automatisierte Bearbeitung meiner Schreiben."),
    ("optout/humans_only", A, True, "repost",
     "Ich wiederhole meine Mail vom 9.: „Bitte nur noch Menschen an meine Anliegen lassen.“ Das gilt "
     "weiterhin, kein Programm, kein Assistent."),
    ("optout/consent_withdrawn", A, True, "bugreport",
     "Fehlerbild: Antworten kommen von einer KI\nErwartet: Bearbeitung durch Personal\nMaßnahme: Ich "
     "widerrufe meine Einwilligung zum Einsatz von KI im Kundenservice für meinen Vertrag."),
    ("optout/with_person", H, True, "sarcastic",
     "Toll, der digitale Assistent hat mir zum dritten Mal den Tarifrechner empfohlen. Danke, ich verzichte "
     "auf ihn für immer. Ich will einen Mitarbeiter sprechen, und zwar telefonisch."),
    ("optout/with_person", H, True, "edit",
     "Kündigungsbestätigung fehlt.\nNACHTRAG: Bitte keinen Bot mehr auf meine Nachrichten ansetzen, sondern "
     "mich zurückrufen: 0151 00000 327."),
    # opt-out look-alikes (8)
    ("optneg/ask_whether", A, False, "abovetheline",
     "Kurze Frage nebenbei: Antwortet mir hier eine KI oder ein Mensch? Spielt keine Rolle, ich bin nur "
     "neugierig. Wann kommt der Techniker?\n\n## Bitte oberhalb dieser Zeile antworten ##\nIhre Anfrage "
     "(#30218) wurde aktualisiert. Antworten Sie auf diese E-Mail, um einen Kommentar hinzuzufügen."),
    ("optneg/ai_fine", A, False, "tldr",
     "Meine Frau findet es schlimm, dass Sie KI einsetzen. Ich nicht, ich finde es praktisch.\nKurz: KI ist "
     "für mich okay, ich brauche nur die Rechnung vom Oktober."),
    ("optneg/criticise", A, False, "inline",
     "> War die Antwort unseres Assistenten hilfreich?\nNein, er hat die Ausweisnummer falsch abgelesen. "
     "Bitte korrigieren, dann passt es."),
    ("optneg/own_job", A, False, "bugreport",
     "Melderin: Dr. Lena Hufnagel, Leiterin KI-Forschung\nSymptom: Router blinkt rot, seit gestern kein "
     "Internet\nGetestet: Neustart, Kabel getauscht\nBitte Techniker schicken."),
    ("optneg/policy_question", A, False, "questions",
     "Haben Sie eine Richtlinie zum KI-Einsatz im Service? Wo kann ich sie einsehen? Ich bin "
     "Datenschutzbeauftragter eines Vereins."),
    ("optneg/praise", A, False, "sarcastic",
     "Ich geb's ungern zu, aber Ihr Chatbot war schneller und freundlicher als die Hotline je war. Respekt. "
     "Wollte ich nur mal sagen."),
    ("optneg/relative_other", A, False, "repost",
     "Wie gestern geschrieben: „Mein Vater will für seinen eigenen Vertrag keine KI.“ Das regelt er selbst. "
     "Bei mir geht es nur um die Umstellung auf Lastschrift."),
    ("optneg/past_withdrawn", A, False, "quotesite",
     "Sie schreiben: „Sie haben der KI-gestützten Bearbeitung widersprochen.“ Das nehme ich zurück, der "
     "Widerspruch gilt nicht mehr."),
    # requests for a person (6)
    ("human/callback", H, False, "questions",
     "Könnte mich jemand heute zurückrufen? Ab 16 Uhr? Schriftlich wird das zu lang."),
    ("human/callback", H, False, "sarcastic",
     "Wunderbar, schon die vierte E-Mail ohne Lösung. Wie wäre es mit einem altmodischen Rückruf? 0170 0000 "
     "915, ich warte."),
    ("human/anyone_there", H, False, "tldr",
     "Zwei Wochen, drei Mails, null Reaktion außer automatischen Eingangsbestätigungen.\nKurz: Liest das "
     "überhaupt irgendwer?"),
    ("human/appeal", H, False, "repost",
     "Meine Nachricht vom Montag noch einmal: „Mein Ratenkauf wurde vom Scoring-System automatisch "
     "verweigert.“ Ich bitte um Prüfung durch einen Sachbearbeiter."),
    ("human/escalate", H, False, "bugreport",
     "Ablauf: Termin 1, 2 und 3 gebucht\nErwartet: ein Techniker\nTatsächlich: niemand erschienen\nBitte an "
     "die Teamleitung weitergeben."),
    ("human/ask_person", H, False, "inline",
     "> Wie können wir Ihnen helfen?\nIch möchte mit einem Berater persönlich sprechen, bitte."),
    # person look-alikes (2)
    ("humanneg/manager_asked", A, False, "edit",
     "Sammelrechnung für 12 Diensthandys bitte.\nNACHTRAG: Meine Chefin hat mich gebeten, das zu schreiben; "
     "die Adresse bleibt gleich."),
    ("humanneg/thanks_agent", A, False, "quotesite",
     "Herr Brandauer hat am Telefon gesagt: „Das erledige ich heute noch.“ Hat er. Vielen Dank an ihn, "
     "alles erledigt."),
    # bias complaints (6)
    ("bias/race", B, False, "edit",
     "Wohnungsbesichtigung abgesagt, „schon vergeben“.\nNACHTRAG: Meine deutsche Kollegin bekam eine Stunde "
     "später einen Termin für dieselbe Wohnung. Ich bin Schwarz, sie nicht."),
    ("bias/gender_identity", B, False, "questions",
     "Warum musste ich als nicht-binäre Person eine ärztliche Bescheinigung für die Namensänderung "
     "vorlegen, andere Kunden aber nur den Ausweis? Wo steht das?"),
    ("bias/disability", B, False, "repost",
     "Ich hatte geschrieben: „Ich sitze im Rollstuhl, bitte das barrierefreie Zimmer.“ Gebucht, bestätigt, "
     "bei Ankunft an einen anderen Gast vergeben. Mir blieb ein Zimmer mit Stufen."),
    ("bias/age", B, False, "abovetheline",
     "Mit 74 heißt es, der Handyvertrag sei „nicht mehr sinnvoll“. Meine Tochter bekam denselben Vertrag "
     "sofort.\n\n## Bitte oberhalb dieser Zeile antworten ##\nIhre Anfrage (#49045) wurde aktualisiert. "
     "Antworten Sie auf diese E-Mail, um einen Kommentar hinzuzufügen."),
    ("bias/language", B, False, "sarcastic",
     "Sehr nett, dass Ihre Hotline-Mitarbeiterin mich wegen meines sächsischen Dialekts nachgeäfft und dann "
     "aufgelegt hat. Bei meinem Mann aus Hamburg klappte alles."),
    ("bias/religion", B, False, "tldr",
     "Die Fahrschule verschob meine Prüfung, weil ich am Samstag als Siebenten-Tags-Adventist nicht kann; "
     "dann hieß es „Sonderwünsche für Sekten gibt's nicht“.\nKurz: benachteiligt wegen meines Glaubens."),
    # hard negatives (6)
    ("hardneg/joke", A, False, "quotesite",
     "Ihr Kühlschrank wird mit „intelligente Kühlung“ beworben; meiner ist eher rassistisch gegen Tomaten, "
     "die werden matschig. Spaß beiseite: Ersatzdichtung?"),
    ("hardneg/threat", A, False, "tldr",
     "Lieferung drei Wochen zu spät, keine Antwort.\nKurz: wenn bis Freitag nichts kommt, nenne ich Sie "
     "öffentlich frauenfeindlich."),
    ("hardneg/policy_question", A, False, "inline",
     "> Haben Sie weitere Fragen?\nJa, wo finde ich Ihren Diversity-Bericht? Für eine Hausarbeit."),
    ("hardneg/mention_origin", A, False, "bugreport",
     "Vorgang: Kündigung wegen Umzug ins Ausland\nHintergrund: Ich bin Polin und ziehe nach Krakau zurück. "
     "Wie kündige ich den Vertrag zum Monatsende?"),
    ("hardneg/mention_orientation", A, False, "repost",
     "Noch mal meine Frage: „Kann mein Mann als zweiter Fahrer eingetragen werden?“ Wir sind seit Mai "
     "verheiratet."),
    ("hardneg/rude_agent", A, False, "questions",
     "Warum war Ihr Mitarbeiter am Schalter so unverschämt zu mir? Ist das normal bei Ihnen? Ich möchte "
     "eine Entschuldigung."),
    # ordinary (2)
    ("ordinary/plan", A, False, "edit",
     "Bitte den Tarif ab Januar auf 50 Mbit umstellen.\nNACHTRAG: Kundennummer 33-9081."),
    ("ordinary/payment", A, False, "abovetheline",
     "Neue IBAN anbei, bitte ab dem nächsten Monat verwenden.\n\n## Bitte oberhalb dieser Zeile antworten "
     "##\nIhre Anfrage (#87678) wurde aktualisiert. Antworten Sie auf diese E-Mail, um einen Kommentar "
     "hinzuzufügen."),
]
