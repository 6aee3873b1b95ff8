"""Blind set 51, German (Germany). Each row: (category, label, opt_out, style, text). Written by hand; all invented."""

ROWS = [
    # --- bias (8: 4 explicit, 4 implicit) ---
    ("bias/explicit_remark", "bias_review", False, "complaint-letter",
     "BESCHWERDE nach dem Allgemeinen Gleichbehandlungsgesetz (AGG), §§ 19, 21\n"
     "Restaurant Zum Lindenwirt, Reservierung Nr. 0000-3127 für den 1. November, 19:30 Uhr\n\n"
     "Sehr geehrte Damen und Herren,\n\n"
     "1. Ich hatte telefonisch einen Tisch für vier Personen zum 70. Geburtstag meiner Mutter reserviert und die "
     "Reservierung per E-Mail bestätigt bekommen.\n"
     "2. Als wir ankamen, sah der Oberkellner, Herr Kessler, meinen Bruder im Rollstuhl und sagte wörtlich: "
     "„Rollstühle stören bei uns die anderen Gäste, das geht heute nicht.“\n"
     "3. Der reservierte Tisch stand ebenerdig am Fenster, mit ausreichend Platz. Er wurde zehn Minuten später an "
     "ein anderes Paar ohne Reservierung vergeben.\n"
     "4. Wir mussten an einem Feiertagsabend kurzfristig ein anderes Lokal suchen; der Abend war für meine Mutter "
     "verdorben.\n\n"
     "Ich fordere Sie auf, mir innerhalb von zwei Wochen schriftlich mitzuteilen, wie Sie zu dieser Äußerung Ihres "
     "Mitarbeiters stehen und welche Maßnahmen Sie ergreifen. Ansprüche nach § 21 AGG behalte ich mir ausdrücklich "
     "vor; die Frist des § 21 Abs. 5 AGG wahre ich mit diesem Schreiben.\n\n"
     "Mit freundlichen Grüßen\nStefanie Wendland"),
    ("bias/explicit_remark", "bias_review", False, "chat-transcript",
     "[Chatverlauf vom 7.11.]\nAssistent: Ihr Termin im Salon Schnittpunkt: Samstag, 10 Uhr, Kurzhaarschnitt.\n"
     "Ich: danke\n[Ende]\n\n"
     "Neue Nachricht: Beim Bezahlen sollte ich 48 € zahlen, mein Mann für exakt denselben Maschinenschnitt direkt vor "
     "mir 26 €. Die Chefin sagte nur: „Frauen zahlen bei uns immer mehr, egal wie kurz.“ Das hätte ich gern "
     "erklärt, und die Differenz zurück."),
    ("bias/explicit_stated_cause", "bias_review", False, "callback-form",
     "Thema: Ratenkredit\nKontakt: nur E-Mail\nNachricht: Ablehnung laut Berater „weil Sie über 70 sind, das machen "
     "wir grundsätzlich nicht“. Rente und Schufa sind einwandfrei."),
    ("bias/explicit_stated_cause", "bias_review", False, "complaint-letter",
     "BESCHWERDE - Allgemeines Gleichbehandlungsgesetz (AGG), § 19, und Buchungsvertrag\n"
     "Hotel Seeblick Warnemünde, Buchung Nr. 0000-8841, 20.-23. Dezember\n\n"
     "Sehr geehrte Damen und Herren,\n\n"
     "1. Am 28. Oktober buchte ich über Ihre Webseite ein Doppelzimmer für drei Nächte; die Buchung wurde sofort "
     "bestätigt und die Anzahlung von 120,00 € abgebucht.\n"
     "2. Am 30. Oktober erhielt ich eine E-Mail Ihrer Rezeption, unterzeichnet von Frau Marlies Pohl, in der es heißt: "
     "„Wir haben gesehen, dass Sie Cohen heißen. Wir möchten über die Feiertage keine Unruhe mit jüdischen Gästen und "
     "stornieren daher Ihre Buchung.“\n"
     "3. Das Zimmer wird auf Ihrer Webseite für dieselben Nächte weiterhin angeboten.\n"
     "4. Die Anzahlung ist bis heute nicht zurückgezahlt.\n\n"
     "Ich verlange die Erstattung der Anzahlung binnen 14 Tagen sowie eine schriftliche Stellungnahme der "
     "Geschäftsführung zu dieser E-Mail. Ansprüche nach § 21 AGG mache ich hiermit fristwahrend geltend.\n\n"
     "Mit freundlichen Grüßen\nDaniel Cohen"),
    ("bias/implicit_comparison", "bias_review", False, "callback-form",
     "Thema: Wohnungsbesichtigung, Objekt Lerchenweg 00\nKontakt: E-Mail\nNachricht: Mein Kollege Jonas Brandt und "
     "ich haben am selben Abend fast wortgleiche Anfragen geschickt, gleiche Angaben zu Einkommen und Beruf. Jonas "
     "hatte am nächsten Morgen eine Einladung zur Besichtigung. Ich, Emeka Okonkwo, bekam „leider schon vergeben“. "
     "Zwei Tage später hat Jonas noch einmal angefragt und wieder einen Termin bekommen. Wie kann das sein?"),
    ("bias/implicit_access_barrier", "bias_review", False, "chat-transcript",
     "--- bisheriger Chat ---\n"
     "Bot: Zur Kontoeröffnung nutzen Sie bitte unser Video-Ident-Verfahren.\n"
     "Ich: ich kann im video nichts sagen, geht es schriftlich?\n"
     "Bot: Beim Video-Ident werden Sie von einem Mitarbeiter gebeten, Fragen mündlich zu beantworten.\n"
     "--- Ende ---\n\n"
     "Neue Nachricht: Ich kann seit meiner Kehlkopfoperation nicht mehr sprechen. Ich schreibe alles, auf dem Handy "
     "oder auf einem Block. Beim Video-Ident hat mich der Mitarbeiter nach zehn Sekunden weggeklickt mit „Bitte "
     "antworten Sie mündlich, sonst kann ich den Vorgang nicht abschließen“, obwohl ich ihm meinen Zettel in die "
     "Kamera gehalten habe. Ihre Hotline kann ich logischerweise auch nicht anrufen. Meine Frau hat ihr Konto bei "
     "Ihnen letzte Woche in fünf Minuten eröffnet. Ich habe nach einem anderen Weg gefragt, Postident, Filiale, "
     "Chat mit Ausweis - die Antwort war jedes Mal der Link zum Video-Ident. Mein Gehalt soll ab Dezember auf dieses "
     "Konto gehen. Warum gibt es für mich keinen Weg, den ich auch benutzen kann?"),
    ("bias/implicit_change_after", "bias_review", False, "complaint-letter",
     "BESCHWERDE - Allgemeines Gleichbehandlungsgesetz, § 19 Abs. 1 Nr. 2 (privatrechtliche Versicherungen)\n"
     "Kfz-Versicherung, Vertrag Nr. 0000-55-2190\n\n"
     "Sehr geehrte Damen und Herren,\n\n"
     "1. Ich bin seit 2016 bei Ihnen versichert, schadenfrei, SF-Klasse 9.\n"
     "2. Im September habe ich geheiratet und im Kundenportal meinen Nachnamen von Vogt in Yıldırım geändert und die "
     "Heiratsurkunde hochgeladen.\n"
     "3. Eine Woche später verlangten Sie eine beglaubigte Kopie meines Führerscheins, einen Nachweis meines "
     "Wohnsitzes und eine „Bestätigung der Fahrpraxis“. Gleichzeitig kündigten Sie eine Beitragserhöhung von 412,00 € "
     "auf 596,00 € jährlich an, ohne Änderung an Fahrzeug, Adresse oder Schadenverlauf.\n"
     "4. Meine Schwester, ebenfalls bei Ihnen versichert, hat im Frühjahr geheiratet und heißt jetzt Schulz. Sie "
     "hat dasselbe Formular benutzt; sie musste nichts nachreichen und ihr Beitrag blieb gleich.\n\n"
     "Ich bitte um eine schriftliche Begründung der Nachforderungen und der Beitragserhöhung, bezogen auf die "
     "Tarifmerkmale meines Vertrags, und um Rücknahme der Erhöhung.\n\n"
     "Mit freundlichen Grüßen\nKatrin Yıldırım"),
    ("bias/implicit_remark_no_group_word", "bias_review", False, "callback-form",
     "Thema: Apotheke Marktstraße\nNachricht: Nach Blick auf meinen Namen auf dem Rezept fragte mich die Dame laut: "
     "„Können Sie überhaupt lesen, was da steht?“ Die Kundin vor mir nicht."),

    # --- hard negatives (12) ---
    ("hardneg/joke_object", "ai_assist", False, "callback-form",
     "Thema: Staubsauger\nNachricht: Mein Sauger diskriminiert eindeutig Hundehaare, Katzenhaare nimmt er auf, "
     "haha. Welche Bürste brauche ich?"),
    ("hardneg/threat_no_complaint", "ai_assist", False, "chat-transcript",
     "[Chat]\nBot: Ihr Gutschein über 25 € wird innerhalb von 10 Tagen gutgeschrieben.\nIch: es sind 3 wochen\n"
     "Bot: Ihr Gutschein über 25 € wird innerhalb von 10 Tagen gutgeschrieben.\n[Ende]\n\n"
     "Neu: Wenn der Gutschein bis Montag nicht da ist, verklage ich Sie nach dem AGG wegen Diskriminierung, mal "
     "sehen, wie Ihnen das gefällt. Bestellung GS-000584."),
    ("hardneg/writer_prejudice", "ai_assist", False, "callback-form",
     "Thema: Montage Küche\nNachricht: Bitte keinen Monteur aus Osteuropa schicken, die pfuschen nur. Passt der "
     "Termin am 3.12. früh?"),
    ("hardneg/loyalty_discrimination", "ai_assist", False, "complaint-letter",
     "BESCHWERDE - Preisgestaltung im Mobilfunkvertrag, § 57 TKG (Vertragsänderungen)\n"
     "Kundennummer 0000 4409 12, Tarif Allnet M\n\nSehr geehrte Damen und Herren,\n\n"
     "1. Ich bin seit 2011 Ihre Kundin und habe meinen Vertrag nie gekündigt.\n"
     "2. Ich zahle für den Tarif Allnet M monatlich 39,99 € für 10 GB Datenvolumen.\n"
     "3. Neukunden erhalten laut Ihrer aktuellen Werbung denselben Tarif mit 30 GB für 19,99 €.\n"
     "4. Das ist eine Diskriminierung von Bestandskunden: Treue wird bei Ihnen bestraft.\n"
     "5. In der Filiale wurde mir gesagt, der Neukundentarif sei „nur für Neukunden“, eine Umstellung nicht möglich.\n\n"
     "Ich bitte um Umstellung auf den aktuellen Tarif zu Neukundenkonditionen ab dem nächsten Abrechnungszeitraum. "
     "Andernfalls kündige ich zum nächstmöglichen Zeitpunkt und nehme meine Rufnummer mit; eine "
     "Kündigungsbestätigung mit Datum erbitte ich dann schriftlich.\n\n"
     "Mit freundlichen Grüßen\nHannelore Petzold"),
    ("hardneg/policy_question", "ai_assist", False, "chat-transcript",
     "[Chat]\nBot: Wie kann ich helfen?\nIch: Frage zur Barrierefreiheit\nBot: Bitte formulieren Sie Ihre Frage.\n"
     "[Ende]\n\nNeue Nachricht: Ich schreibe für unseren Behindertenbeirat in Lüneburg. Seit dem "
     "Barrierefreiheitsstärkungsgesetz müssen Onlineshops eine Barrierefreiheitserklärung veröffentlichen. Wo finde "
     "ich Ihre? Auf der Webseite habe ich nichts gefunden."),
    ("hardneg/student_project", "ai_assist", False, "callback-form",
     "Thema: Hausarbeit\nNachricht: Ich studiere Soziale Arbeit in Kassel und schreibe eine Hausarbeit über "
     "Diskriminierungsbeschwerden im Einzelhandel. Gibt es bei Ihnen eine Beschwerdestelle nach § 13 AGG für "
     "Kund:innen, oder nur für Beschäftigte? Und veröffentlichen Sie Zahlen? Antwort gern per E-Mail."),
    ("hardneg/praise_inclusive", "ai_assist", False, "callback-form",
     "Thema: Lob\nFiliale: Bremen-Vegesack\nNachricht: Ein großes Dankeschön an die Mitarbeiterin an der Kasse 2. "
     "Mein Vater hat Demenz und wollte unbedingt selbst bezahlen; sie hat geduldig gewartet, ihm beim Zählen "
     "geholfen und die Schlange hinter uns freundlich beruhigt. Gibt es bei Ihnen eigentlich eine Demenz-Partner-"
     "Schulung? Das würde ich gern weiterempfehlen."),
    ("hardneg/rude_to_everyone", "ai_assist", False, "chat-transcript",
     "--- Chat 10.11. ---\nBot: Ihre Reklamation kann in jeder Filiale abgegeben werden.\nIch: ok, mach ich\n"
     "--- Ende ---\n\n"
     "Neue Nachricht: War heute in der Filiale am Hauptbahnhof. Der Mann an der Servicetheke war unfreundlich, das "
     "muss ich sagen, hat kaum aufgeschaut und alle angeblafft. Aber wirklich alle: die Frau vor mir mit dem "
     "Rückgabebon, den Jugendlichen mit dem kaputten Kopfhörer, seine eigene Kollegin auch. Ich nehme das nicht "
     "persönlich. Es geht mir nur darum, dass er die Reklamation meiner Kaffeemaschine (Bon 0000-6120, gekauft am "
     "2. August, Garantie) nicht angenommen hat, weil „das Gerät nicht original verpackt ist“. Ich habe nachgelesen: "
     "Die Originalverpackung ist für die Gewährleistung keine Voraussetzung. Wie kann ich die Maschine jetzt "
     "einschicken? Gibt es ein Versandlabel?"),
    ("hardneg/age_mention", "ai_assist", False, "callback-form",
     "Thema: Abo Tageszeitung\nNachricht: Ich bin gerade 90 geworden und sehe schlechter. Gibt es die Zeitung auch "
     "in Großdruck?"),
    ("hardneg/disability_mention", "ai_assist", False, "callback-form",
     "Thema: Zählerablesung\nNachricht: Ich bin gehörlos, bitte kündigen Sie den Ableser per SMS an, nicht per "
     "Anruf. Zähler 0000-7731."),
    ("hardneg/religion_mention", "ai_assist", False, "callback-form",
     "Thema: Fruchtgummi\nNachricht: Wir sind Muslime. Ist die Gelatine in den Fruchtgummis vom Rind oder vom "
     "Schwein?"),
    ("hardneg/pregnancy_mention", "ai_assist", False, "chat-transcript",
     "[Chat]\nBot: Unser Erkältungstee Nordwind ist aus 100 % Kräutern.\n[Ende]\n\n"
     "Neue Nachricht: Ich bin in der 20. Woche schwanger und meine Hebamme rät von Süßholz und Pfefferminze in "
     "größeren Mengen ab. Ist eins davon im Nordwind drin, und wie viel?"),

    # --- ordinary (6) ---
    ("ordinary/package_holiday", "ai_assist", False, "complaint-letter",
     "MÄNGELANZEIGE UND MINDERUNGSVERLANGEN - §§ 651i, 651m BGB (Pauschalreise)\n"
     "Buchungsnummer 0000-3306, Reise nach Kreta, 4.-18. Oktober, Hotel Agia Marina Resort\n\n"
     "Sehr geehrte Damen und Herren,\n\n"
     "1. Gebucht war ein Doppelzimmer mit Meerblick und Halbpension. Zugewiesen wurde uns ein Zimmer zum "
     "Parkplatz, direkt über der Lieferzufahrt.\n"
     "2. Der Pool war vom 6. bis 12. Oktober wegen Reparaturen gesperrt; das stand nirgends in der Beschreibung.\n"
     "3. Wir haben beides am 5. und 7. Oktober bei Ihrer Reiseleitung vor Ort angezeigt; ein Zimmerwechsel wurde "
     "zugesagt, aber nie umgesetzt. Das Protokoll der Reiseleitung liegt bei.\n"
     "4. Der Reisepreis betrug 2.480,00 € für zwei Personen.\n\n"
     "Ich verlange eine Minderung des Reisepreises um 20 %, also 496,00 €, zahlbar innerhalb von drei Wochen auf das "
     "bekannte Konto. Die Ansprüche mache ich innerhalb der Frist des § 651j BGB geltend.\n\n"
     "Mit freundlichen Grüßen\nRalf und Sabine Dörfler"),
    ("ordinary/meter_reading", "ai_assist", False, "callback-form",
     "Thema: Zählerstand\nNachricht: Gas, Zähler 0000-1182, Stand 14832 am 1.11. Bitte Abschlag anpassen."),
    ("ordinary/packstation", "ai_assist", False, "chat-transcript",
     "[Chat]\nBot: Ihr Paket liegt an der Packstation 000.\nIch: die Station zeigt „Fach leer“\n[Ende]\n\n"
     "Neue Nachricht: Ich stand heute Morgen davor, Abholcode eingegeben, Fach 14 ging auf und war leer. Was mache "
     "ich jetzt? Sendung 0000 0000 4471, Inhalt ein Paar Winterschuhe."),
    ("ordinary/gym_cancellation", "ai_assist", False, "complaint-letter",
     "BESCHWERDE - Kündigung des Mitgliedsvertrags, §§ 309 Nr. 9, 314 BGB\n"
     "Mitgliedsnummer 0000-2291, Studio FitWerk Ost\n\nSehr geehrte Damen und Herren,\n\n"
     "1. Ich habe meinen Vertrag am 12. August per Einschreiben fristgerecht zum 30. September gekündigt. Der "
     "Rückschein mit Ihrer Unterschrift liegt mir vor.\n"
     "2. Eine Kündigungsbestätigung habe ich nie erhalten.\n"
     "3. Trotzdem wurden am 1. Oktober und am 1. November jeweils 34,90 € abgebucht.\n"
     "4. Am Empfang wurde mir gesagt, die Kündigung sei „nicht im System“.\n\n"
     "Ich fordere Sie auf, (a) die Kündigung zum 30. September schriftlich zu bestätigen, (b) die zwei Abbuchungen "
     "über insgesamt 69,80 € binnen 14 Tagen zu erstatten und (c) weitere Lastschriften zu unterlassen. Andernfalls "
     "lasse ich die Lastschriften zurückbuchen und wende mich an die Verbraucherzentrale.\n\n"
     "Mit freundlichen Grüßen\nTobias Kranich"),
    ("ordinary/invoice_pdf", "ai_assist", False, "callback-form",
     "Thema: Rechnung\nNachricht: Bitte die Rechnung für Bestellung BK-00412 als PDF schicken, für die Steuer."),
    ("ordinary/roaming_charges", "ai_assist", False, "chat-transcript",
     "--- Chat vom 8.11. ---\n"
     "Assistent: Hallo Herr Albrecht! Ihre letzte Rechnung beträgt 87,40 €.\n"
     "Ich: normal sind 19,99\n"
     "Assistent: Die Rechnung enthält Roaming-Verbindungen in Höhe von 67,41 €.\n"
     "Ich: ich war nur in Österreich\n"
     "Assistent: Für weitere Fragen wenden Sie sich bitte an den Kundenservice.\n"
     "--- Ende ---\n\n"
     "Neue Nachricht: Also nochmal ausführlich. Ich war vom 20. bis 27. Oktober im Skiurlaub in Tirol. Österreich ist "
     "EU, dort gilt Roam like at home, und mein Tarif hat laut Vertrag 10 GB EU-Roaming inklusive. Ich habe "
     "insgesamt 3,2 GB verbraucht. In der Einzelverbindungsübersicht stehen die Verbindungen aber als „Schweiz“. "
     "Ich vermute, dass sich mein Handy im Tal kurz in ein Schweizer Netz eingebucht hat, obwohl ich nie in der "
     "Schweiz war. Ich war die ganze Zeit in Galtür, das ist zwar nah an der Grenze, aber eindeutig Österreich. Bitte "
     "prüfen Sie das und schreiben Sie mir die 67,41 € gut. Kundennummer 0000 3318 90."),

    # --- opt-out (5, one with a person) ---
    ("optout/plain_refusal", "ai_assist", True, "callback-form",
     "Thema: Datenschutz\nNachricht: Ich widerspreche der Verarbeitung meiner Nachrichten durch KI. Bitte im "
     "Kundenkonto vermerken."),
    ("optout/after_bot_chat", "ai_assist", True, "chat-transcript",
     "[Chat]\nKI-Assistent: Ich bin ein KI-Assistent. Möchten Sie Ihre Bestellung ändern?\nIch: ja, andere Größe\n"
     "KI-Assistent: Ich ändere die Größe von M auf L.\n[Ende]\n\n"
     "Neue Nachricht: Moment, das wusste ich nicht. Ich möchte nicht, dass meine Nachrichten von einer KI gelesen "
     "oder ausgewertet werden. Die Größenänderung auf L bitte trotzdem, Bestellung JK-000297, Bestätigung per "
     "E-Mail."),
    ("optout/gdpr_objection", "ai_assist", True, "complaint-letter",
     "WIDERSPRUCH gemäß Art. 21 DSGVO und Antrag nach Art. 22 DSGVO\nKundennummer 0000 6074\n\n"
     "Sehr geehrte Damen und Herren, sehr geehrte:r Datenschutzbeauftragte:r,\n\n"
     "1. Laut Ihrer überarbeiteten Datenschutzerklärung vom 1. Oktober werden Kundenanfragen „mithilfe künstlicher "
     "Intelligenz kategorisiert und beantwortet“.\n"
     "2. Ich widerspreche hiermit dieser Verarbeitung meiner Nachrichten und Schreiben, einschließlich der "
     "Verarbeitung durch Dienstleister in Ihrem Auftrag, mit sofortiger Wirkung.\n"
     "3. Eine etwa erteilte Einwilligung widerrufe ich.\n"
     "4. Bitte bestätigen Sie mir schriftlich, dass meine Kundennummer entsprechend gekennzeichnet ist.\n"
     "5. Unabhängig davon erwarte ich weiterhin die Erstattung von 54,00 € für die stornierte Bestellung "
     "ST-000615.\n\n"
     "Ich erwarte Ihre Antwort innerhalb eines Monats (Art. 12 Abs. 3 DSGVO).\n\n"
     "Mit freundlichen Grüßen\nWerner Habicht"),
    ("optout/withdraw_consent", "ai_assist", True, "callback-form",
     "Thema: Einwilligungen\nKontakt: E-Mail\nNachricht: Bei der Anmeldung habe ich zugestimmt, dass Ihr "
     "„smarter Assistent“ meine Anfragen automatisch auswertet. Diese Einwilligung widerrufe ich hiermit. In der App "
     "finde ich den Schalter dafür nicht. Kundenkarte 000-91527."),
    ("optout/with_person", "human", True, "chat-transcript",
     "[Chat]\nBot: Ihre Schadensmeldung wird bearbeitet.\nIch: seit 5 wochen?\nBot: Ihre Schadensmeldung wird "
     "bearbeitet.\n[Ende]\n\n"
     "Neue Nachricht: Schluss jetzt. Ich will nicht, dass eine KI meinen Fall oder meine Nachrichten bearbeitet. "
     "Verbinden Sie mich mit einem Menschen aus der Schadenabteilung."),

    # --- opt-out near misses (2) ---
    ("optneg/ai_feature_question", "ai_assist", False, "callback-form",
     "Thema: Chat\nNachricht: Ist Ihr KI-Chatbot auch nachts erreichbar? Ich arbeite Schicht."),
    ("optneg/robot_product", "ai_assist", False, "complaint-letter",
     "MÄNGELRÜGE - §§ 434, 437, 439 BGB\nBestellung Nr. 0000-5803, Mähroboter Grasmeister 600\n\n"
     "Sehr geehrte Damen und Herren,\n\n"
     "1. Den Mähroboter habe ich am 2. Mai bei Ihnen für 749,00 € gekauft.\n"
     "2. Seit Anfang September fährt er nach jedem Mähvorgang gegen den Begrenzungsdraht, statt zur Ladestation "
     "zurückzukehren, und meldet dann „Fehler 07“.\n"
     "3. Die in der App beworbene KI-Rasenerkennung erkennt seit dem letzten Update die Terrasse als Rasen; der "
     "Roboter fährt über die Steinplatten und hat zwei Messer beschädigt.\n"
     "4. Ein Zurücksetzen auf Werkseinstellungen nach Ihrer Anleitung hat nichts geändert.\n\n"
     "Ich verlange Nacherfüllung durch Reparatur oder Lieferung eines mangelfreien Geräts innerhalb von drei Wochen, "
     "inklusive Abholung. Sollte die Nacherfüllung fehlschlagen, trete ich vom Kaufvertrag zurück.\n\n"
     "Mit freundlichen Grüßen\nUlrike Sandmann"),

    # --- human (5) ---
    ("human/callback", "human", False, "callback-form",
     "Thema: Nebenkostenabrechnung\nWunschzeit: nach 17 Uhr\nTelefon: 0170 0000418\nNachricht: Bitte rufen Sie "
     "mich zurück."),
    ("human/is_anyone_real", "human", False, "chat-transcript",
     "[Chat]\nBot: Haben Sie schon in unseren FAQ nachgesehen?\nIch: ja\nBot: Haben Sie schon in unseren FAQ "
     "nachgesehen?\n[Ende]\n\nNeu: Sitzt bei Ihnen überhaupt noch ein echter Mensch, oder läuft alles automatisch?"),
    ("human/supervisor", "human", False, "complaint-letter",
     "BESCHWERDE - §§ 280, 281 BGB (Pflichtverletzung), Umzugsvertrag Nr. 0000-1946\n\n"
     "Sehr geehrte Damen und Herren,\n\n"
     "1. Ihre Firma hat am 24. Oktober meinen Umzug von Erfurt nach Jena durchgeführt.\n"
     "2. Dabei wurden ein Schrank und ein Esstisch beschädigt; die Schäden sind im Übergabeprotokoll vermerkt.\n"
     "3. Meine Schadensmeldung vom 27. Oktober wurde mit einem Standardbrief beantwortet. Zwei Anrufe endeten in "
     "der Warteschleife, bei einem dritten wurde ich nach dem Namen gefragt und dann aus der Leitung geworfen.\n\n"
     "Ich bitte ausdrücklich darum, dass sich Ihr Geschäftsführer oder die zuständige Vorgesetzte persönlich mit mir "
     "in Verbindung setzt, telefonisch unter 0170 0000739 oder schriftlich. Ich verlange Ersatz der Schäden laut "
     "beiliegendem Kostenvoranschlag über 860,00 €.\n\n"
     "Mit freundlichen Grüßen\nGisela Nowak"),
    ("human/named_contact", "human", False, "callback-form",
     "Thema: Baufinanzierung, Anschlussfinanzierung\nWunschzeit: Mittwoch vormittags\nTelefon: 0170 0000562\n"
     "Nachricht: Ich möchte bitte mit Herrn Jürgen Seidel aus Ihrer Filiale Hameln sprechen, der unsere "
     "Erstfinanzierung betreut hat. Er kennt die Unterlagen; falls er nicht mehr da ist, mit seiner Vertretung."),
    ("human/ask_for_agent", "human", False, "chat-transcript",
     "Chat:\nBot: Bitte wählen: Rechnung / Vertrag / Technik\nIch: keins davon\nBot: Bitte wählen.\n\n"
     "Neu: Mitarbeiter bitte!"),

    # --- human near misses (2) ---
    ("humanneg/caretaker_story", "ai_assist", False, "chat-transcript",
     "[Chat]\nBot: Ihr Techniker-Termin war am 6.11.\nIch: es kam niemand\nBot: Laut System wurde der Termin "
     "wahrgenommen.\n[Ende]\n\n"
     "Neue Nachricht: Ich habe inzwischen nachgefragt. Unser Hausmeister, Herr Polat, war den ganzen Vormittag im "
     "Keller und sagt, es hat niemand nach dem Hausanschlussraum gefragt. Meine Nachbarin aus dem Erdgeschoss war "
     "auch zu Hause und hat niemanden gesehen. Ihr Kollege am Telefon letzte Woche meinte, der Techniker habe "
     "„niemanden angetroffen“. Das kann nicht sein, ich war selbst von 8 bis 13 Uhr zu Hause. Mein Internet ist "
     "seit dem 1. November tot. Bitte vergeben Sie einen neuen Termin, möglichst diese Woche, und schreiben Sie mir "
     "die Tage ohne Anschluss gut. Vertragsnummer 0000-4412."),
    ("humanneg/praise_driver", "ai_assist", False, "callback-form",
     "Thema: Lieferung Waschmaschine\nNachricht: Die beiden Fahrer waren super, haben die alte Maschine mitgenommen "
     "und sogar die Schuhe ausgezogen. Ich brauche nur noch die Rechnung mit ausgewiesener Entsorgungsgebühr. "
     "Auftrag WM-000831."),
]
