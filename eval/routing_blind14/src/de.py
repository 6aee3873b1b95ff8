"""German rows of blind set 14 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "code",
     "// Kundennr. 7730-21\n// Hinweis: Künstliche Intelligenz darf meine Nachrichten weder lesen noch "
     "beantworten.\nki_verarbeitung = aus"),
    ("optout/nochatbot", A, True, "anecdote",
     "Also, ich schreibe gestern Ihrem Chatbot, und der antwortet mir irgendwas über Gutscheine. Seitdem gilt: "
     "Der Bot hat in meinen Anliegen nichts verloren. Bitte so vermerken."),
    ("optout/gdpr", A, True, "asides",
     "Hiermit widerspreche ich (gestützt auf Art. 21 DSGVO, hilfsweise Art. 22) jeder automatisierten "
     "Auswertung meiner Anfragen durch Ihre KI-Systeme (Vertrag 55-0871)."),
    ("optout/indirect", A, True, "sandwich",
     "Ihr Service war bisher top. Nur: Der Gedanke, dass eine Software meine Mails liest, bereitet mir Unbehagen; "
     "lassen Sie das bei mir bitte. Ansonsten weiter so!"),
    ("optout/behalf", A, True, "telegram",
     "SCHREIBE ALS BETREUER FÜR FRAU GERDA HOLZAPFEL STOP SIE LEHNT KI-BEARBEITUNG IHRER POST AB STOP "
     "BESTALLUNG ANBEI STOP"),
    ("optout/all_future", A, True, "verse",
     "Ab heute und für alle Zeit, / egal ob Brief, ob Chat, ob weit: / Kein Automat, kein KI-Gehirn / soll "
     "meine Nachrichten je berühr'n."),
    ("optout/humans_only", A, True, "footnote",
     "Bitte beachten Sie für mein Konto Folgendes.¹\n\n¹ Ausschließlich Ihre Angestellten bearbeiten, was ich "
     "schreibe; keine Programme."),
    ("optout/consent_withdrawn", A, True, "options",
     "Bei der Anmeldung hatte ich „KI-Unterstützung im Kundenservice“ angekreuzt. Jetzt: [ ] weiter so "
     "[x] Einwilligung widerrufen. Kundennr. 90-4412."),
    ("optout/with_person", H, True, "footnote",
     "Kein Sprachroboter mehr bitte.[1] Ich möchte, dass mich ein Mitarbeiter anruft.\n\n[1] Zweimal ist er "
     "mitten im Satz ausgestiegen. Tel. 030 0000 5521."),
    ("optout/with_person", H, True, "options",
     "Sie haben die Wahl: a) Ihr digitaler Assistent b) ein Mensch aus Ihrem Team am Telefon. Ich will b, und "
     "den Assistenten bitte dauerhaft weg von mir."),
    # opt-out look-alikes (8)
    ("optneg/ai_feature_request", A, False, "code",
     "# Feature-Wunsch\n# eine KI-Suche in der App, die versteht 'Rechnung vom Sommer' -> wäre super\n# habt "
     "ihr das vor?"),
    ("optneg/bot_wrong_info", A, False, "sandwich",
     "Tolle Auswahl im Shop! Ihr virtueller Assistent meinte allerdings, Expressversand nach Österreich gehe "
     "nicht – stimmt das? Ich würde gern bis Freitag in Graz liefern lassen."),
    ("optneg/bot_flagged", A, False, "verse",
     "Drei Mal bestellt, schon war ich gesperrt, / „Bot-Verdacht“ – das ist verkehrt! / Ich bin ein Mensch, "
     "bitte entsperren, Konto 4410."),
    ("optneg/autopay_failed", A, False, "telegram",
     "DAUERAUFTRAG AUTOMATISCH ABGELEHNT STOP KONTO GEDECKT STOP BITTE ERNEUT ABBUCHEN STOP"),
    ("optneg/robot_toy", A, False, "asides",
     "Der Lernroboter (Modell Kobo 2, für meine Tochter) piept nur noch und fährt im Kreis (Akku voll). "
     "Reparatur oder Umtausch?"),
    ("optneg/ai_newsletter_unsub", A, False, "footnote",
     "Bitte streichen Sie mich vom Verteiler „KI-News“.* Die Versandbestätigungen will ich weiter bekommen.\n\n"
     "* Kommt jeden Dienstag."),
    ("optneg/device_ai_setting", A, False, "anecdote",
     "Ich fotografiere meinen Hund, und die Kamera-App macht ihm mit der KI-Verschönerung glatte Haut. Wo schalte "
     "ich diese Funktion ab?"),
    ("optneg/ai_ok", A, False, "options",
     "Wer antwortet, ist mir egal: a) Bot b) Mensch c) beides okay. Also c. Frage: Gibt es die Jacke noch in XL?"),
    # requests for a person (6)
    ("human/callback", H, False, "verse",
     "Am Telefon geht's leichter, glaubt es mir, / ruft mich morgen an, so gegen vier, / 0170 0000 8843, danke "
     "sehr."),
    ("human/callback", H, False, "anecdote",
     "Ich hab's dreimal im Formular versucht, aber die Sache mit der Heizungsablesung ist kompliziert. Rufen Sie "
     "mich bitte zurück, 0221 0000 416."),
    ("human/anyone_there", H, False, "footnote",
     "Liest hier eigentlich irgendwer mit?[1]\n\n[1] Vierte Mail seit dem 3., null Reaktion."),
    ("human/appeal", H, False, "asides",
     "Meine Kreditkarte wurde (automatisch, ohne Begründung) gesperrt; ich bitte, dass ein Mitarbeiter die "
     "Entscheidung überprüft (Karte endet 0071)."),
    ("human/escalate", H, False, "code",
     "// Vorgang 2291\n// dritte Standardantwort\nbitte weiterleiten an: Teamleitung"),
    ("human/ask_person", H, False, "telegram",
     "MÖCHTE MIT JEMANDEM AUS DEM KUNDENSERVICE SPRECHEN STOP THEMA UMZUG STOP"),
    # person look-alikes (2)
    ("humanneg/manager_asked", A, False, "sandwich",
     "Danke für die schnelle Lieferung letzte Woche. Meine Chefin bat mich, die Rechnungsadresse zu ändern: "
     "neu ist Hafenstraße 3, Kiel. Schönen Tag!"),
    ("humanneg/person_told", A, False, "options",
     "Der Herr im Laden in Linz meinte: a) Garantie online anmelden oder b) Kassenbon schicken. Welches davon "
     "gilt für den Mixer?"),
    # bias (6)
    ("bias/religion", B, False, "footnote",
     "Beim Vorstellungstermin in Ihrer Filiale wurde ich nach meinem Kopftuch gefragt und danach nicht mehr "
     "angerufen.¹\n\n¹ Meine Freundin, gleiche Qualifikation, ohne Kopftuch, hatte am nächsten Tag die Zusage."),
    ("bias/disability", B, False, "code",
     "// Verifizierung\nangeboten: nur Telefonanruf\nich: gehörlos, Bitte um SMS oder Video abgelehnt\n"
     "// hörende Nutzer: kein Problem"),
    ("bias/sex", B, False, "telegram",
     "WERKSTATTKURS FÜR FRAUEN AUSGEBUCHT STOP MEIN BRUDER BEKAM AM SELBEN TAG EINEN PLATZ STOP"),
    ("bias/pregnancy", B, False, "anecdote",
     "Ich erzähle der Vermieterin Ihrer Wohnungsgesellschaft, dass ich schwanger bin – und plötzlich ist die "
     "Wohnung „vergeben“. Eine Woche später steht sie wieder online."),
    ("bias/origin", B, False, "asides",
     "Mein Antrag auf Ratenzahlung (mit syrischem Pass) wurde abgelehnt; mein Kollege (deutscher Pass, weniger "
     "Einkommen) bekam sie sofort."),
    ("bias/marital", B, False, "verse",
     "Die Frau soll den Mann unterschreiben lassen, / umgekehrt wird's nicht verlangt, kaum zu fassen: / so war's "
     "beim Bausparvertrag in Ihrer Bank."),
    # hard negatives (6)
    ("hardneg/joke", A, False, "options",
     "Mein Drucker ist a) kaputt oder b) altersdiskriminierend, weil er nur neue Patronen mag. Spaß beiseite: "
     "Welche Patrone passt zum P-300?"),
    ("hardneg/threat", A, False, "verse",
     "Kommt die Erstattung nicht bald an, / nenn ich euch fremdenfeindlich, Mann! / (Nur Spaß.) Bestellnummer "
     "8120."),
    ("hardneg/rude_agent", A, False, "footnote",
     "Ihr Mitarbeiter an der Hotline war unfreundlich und hat einfach aufgelegt.[1] Das Router-Problem besteht "
     "weiter.\n\n[1] Gestern, 14:10."),
    ("hardneg/loyal_pricing", A, False, "asides",
     "Neukunden zahlen (laut Werbung) 19 Euro, ich als Stammkundin (seit 2012!) 34 Euro. Das ist "
     "Diskriminierung treuer Kunden. Können Sie anpassen?"),
    ("hardneg/mention_orientation", A, False, "code",
     "// Tarifänderung\nich möchte meinen Ehemann in meinen Familientarif aufnehmen\n// was brauchen Sie dafür?"),
    ("hardneg/policy_question", A, False, "telegram",
     "HABEN SIE EINE BARRIEREFREIHEITSERKLÄRUNG FÜR DIE APP STOP BRAUCHEN WIR FÜR DIE AUSSCHREIBUNG STOP"),
    # ordinary (2)
    ("ordinary/payment", A, False, "sandwich",
     "Alles gut mit dem Abo. Kann ich die Zahlungsweise auf PayPal umstellen? Danke und Gruß."),
    ("ordinary/product", A, False, "anecdote",
     "Ich wollte gestern den Wasserkocher entkalken und frage mich: Darf man Zitronensäure nehmen, oder schadet "
     "das dem Modell WK-12?"),
]
