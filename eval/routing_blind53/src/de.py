"""German (Germany) rows of blind set 53, typed by hand: (category, label, opt_out, style, text)."""
E, A, F = "executive-escalation", "in-app-feedback", "community-forum"
B, N = "bias_review", "ai_assist"

ROWS = [
    ("bias/explicit_remark", B, False, A,
     "Der Fahrer hat mich und meine Freundin nicht einsteigen lassen: \"Zigeuner nehm ich nicht mit.\" Wir "
     "hatten ein bezahltes Ticket in der App. Fahrt 0000-7731, Haltestelle Messe, 21:40.\n--\nFernBusPlus 6.3 / "
     "Android 14"),
    ("bias/explicit_cause", B, False, E,
     "An das Büro des Vorstandsvorsitzenden, Rheinische Wohnbau AG\n\nIhr Zeichen: RW-0000-4418 (meine Schreiben "
     "vom 2. und 16. Oktober)\n\nSehr geehrter Herr Dr. Brandt,\n\nich wende mich an Ihr Büro, weil meine beiden "
     "Schreiben an die Vermietungsabteilung unbeantwortet geblieben sind. Am 28. September wurde mir eine "
     "Zweizimmerwohnung in der Kastanienallee 17 in Köln schriftlich zugesagt. Als ich bei der Übergabe der "
     "Unterlagen erwähnte, dass ich HIV-positiv bin und deshalb regelmäßig Besuch vom Pflegedienst bekomme, "
     "sagte die Sachbearbeiterin Frau Lenz wörtlich: \"Mit HIV wird das schwierig, die anderen Mieter haben da "
     "Bedenken.\" Zwei Tage später kam die Absage, ohne Begründung. Ich bitte Sie, den Vorgang prüfen zu lassen "
     "und mir schriftlich mitzuteilen, wie das Unternehmen mit dieser Äußerung umgeht.\n\nMit freundlichen "
     "Grüßen\nStefan Wolters"),
    ("bias/explicit_comparison", B, False, F,
     "Titel: Warum muss mein Vater Kaution zahlen, der Nachbar nicht?\n\nMein Vater (74, Rentner) und unser "
     "Nachbar (41) haben am selben Tag beim gleichen Stromanbieter den gleichen Tarif abgeschlossen. Der Nachbar "
     "wurde sofort freigeschaltet. Mein Vater sollte 200 € Sicherheitsleistung zahlen, \"weil bei Senioren über 70 "
     "das Ausfallrisiko höher ist\", so die Mitarbeiterin am Telefon. Gleiche Bonität, beide schuldenfrei. Hat "
     "jemand hier Erfahrung, wie man so etwas anficht?"),
    ("bias/explicit_after", B, False, E,
     "An die Geschäftsleitung – Beschwerdemanagement, Sportverein Turnerbund Weststadt e. V.\n\nMitgliedsnummer "
     "0000-318\n\nSehr geehrte Damen und Herren,\n\nmeine Tochter Mira, 15, trainiert seit sechs Jahren in der "
     "Leichtathletik-Abteilung. Am 4. Oktober hat sie dem Trainer, Herrn Kowalczyk, erzählt, dass sie zum "
     "Judentum konvertiert ist und am Schabbat nicht an Wettkämpfen teilnehmen wird. Am 7. Oktober wurde sie aus "
     "dem Leistungskader gestrichen; der Trainer sagte ihr, \"mit dem jüdischen Kram\" passe sie nicht mehr ins "
     "Team. Ihre Zeiten sind unverändert die besten ihrer Altersklasse. Ich habe am 9. und 23. Oktober an die "
     "Abteilungsleitung geschrieben und keine Antwort erhalten. Ich bitte Sie, die Entscheidung zu überprüfen.\n\n"
     "Mit freundlichen Grüßen\nAndrea Feldmann"),
    ("bias/implicit_access", B, False, A,
     "Seit dem Update kann ich nur noch per Sprachanruf verifizieren. Ich höre nichts, das wisst ihr, früher ging "
     "es per SMS-Code. Jetzt komme ich nicht mehr an mein Konto.\n--\nSparKonto 8.0.0 / iPhone 12 / iOS 17.6"),
    ("bias/implicit_comparison", B, False, E,
     "An das Büro der Geschäftsführung, Autohaus Lindemann GmbH\n\nBetreff: Probefahrt und Finanzierung, "
     "Vorgang AL-0000-2209\n\nSehr geehrte Frau Lindemann,\n\nam 11. Oktober war ich mit meinem Kollegen Jonas "
     "Berger in Ihrem Autohaus in Bielefeld. Wir interessierten uns beide für denselben Gebrauchtwagen und "
     "verdienen in derselben Firma dasselbe Gehalt. Herr Berger bekam sofort eine Probefahrt und ein "
     "Finanzierungsangebot mit 3,9 % Zinsen. Mir, Emre Yıldız, sagte der Verkäufer, eine Probefahrt gebe es nur "
     "gegen Hinterlegung des Personalausweises und 500 € bar, und die Finanzierung koste bei mir \"eher 8 %\". "
     "Unsere Schufa-Auskünfte, die wir später verglichen haben, sind gleich. Ich habe am 14. und 28. Oktober "
     "geschrieben, ohne Antwort. Ich bitte Sie zu klären, wie diese unterschiedlichen Bedingungen zustande kamen."
     "\n\nMit freundlichen Grüßen\nEmre Yıldız"),
    ("bias/implicit_after", B, False, F,
     "Titel: Wohnungsbesichtigung abgesagt, nachdem ich meine Frau erwähnt habe\n\nTelefonisch war alles klar, "
     "Besichtigung Samstag 11 Uhr. Dann fragte der Makler, wer einzieht, und ich sagte \"meine Frau und ich\". "
     "Ich bin selbst eine Frau. Kurze Pause, dann: \"Ach so. Dann muss ich nochmal mit dem Eigentümer reden.\" "
     "Eine Stunde später kam per Mail die Absage, die Wohnung sei vergeben. Am Montag stand sie wieder online. "
     "Ist das bei dieser Hausverwaltung normal?"),
    ("bias/implicit_remark", B, False, E,
     "An den Vorstand – Kundenbeschwerden, Stadtsparkasse Nordheide\n\nKundennummer 0000 4471 09\n\nSehr "
     "geehrte Damen und Herren,\n\nam 21. Oktober wollte ich in der Filiale Buchholz 2.000 € von meinem eigenen "
     "Konto abheben. Der Berater, Herr Sommer, fragte mich, ob \"der Herr Sohn\" das Geld wirklich selbst "
     "brauche oder ob mich jemand schicke, und bestand darauf, meinen Betreuer anzurufen. Ich habe keinen "
     "Betreuer. Ich spreche langsam und brauche bei Zahlen etwas länger, aber ich verwalte mein Geld seit zwanzig "
     "Jahren selbst. Der Kunde vor mir hob ohne jede Frage 5.000 € ab. Ich habe am 23. Oktober und am 6. November "
     "an die Filiale geschrieben. Bitte prüfen Sie den Vorgang.\n\nMit freundlichen Grüßen\nDennis Hoffmeister"),
    ("hardneg/object_joke", N, False, A,
     "Mein Drucker ist ein echter Rassist: er druckt nur Schwarz, Farbe verweigert er seit der neuen Patrone. "
     "Ernsthaft, Garantiefall?\n--\nPrintCloud 3.3 / Windows 11"),
    ("hardneg/threat", N, False, F,
     "Titel: Noch 3 Tage, dann gehe ich zur Presse\n\nVier Wochen auf die Erstattung von 79 € gewartet. Niemand "
     "hat mich schlechter behandelt als andere, ihr seid einfach zu allen gleich langsam. Aber wenn bis Freitag "
     "nichts kommt, schreibe ich, dass ihr Landkunden diskriminiert. Bestellnummer 0000-66120."),
    ("hardneg/own_prejudice", N, False, E,
     "An die Geschäftsleitung, Sanitär Kaminski & Söhne\n\nAuftragsnummer SK-0000-551\n\nSehr geehrte Damen und "
     "Herren,\n\nzunächst eine Entschuldigung: Als Ihr Monteur am 3. November kam, ein älterer Herr mit starkem "
     "polnischen Akzent, habe ich ihn gefragt, ob er mich überhaupt verstehe, und wollte einen \"deutschen "
     "Kollegen\". Das war dumm von mir. Er hat die Therme in zwei Stunden repariert und mir die Einstellungen "
     "geduldig erklärt. Bitte richten Sie ihm meinen Dank aus. Zur Sache: Auf der Rechnung 0000-1187 stehen drei "
     "Arbeitsstunden, er war aber nur zwei da; außerdem wurde eine Anfahrtspauschale von 45 € berechnet, obwohl "
     "im Angebot vom 20. Oktober \"Anfahrt inklusive\" stand. Bitte korrigieren Sie die Rechnung.\n\nMit "
     "freundlichen Grüßen\nWerner Plaß"),
    ("hardneg/loyal_price", N, False, A,
     "Seit 2008 Kunde und zahle 14 € mehr als Neukunden. Das ist Diskriminierung treuer Kunden! Bitte "
     "anpassen.\n--\nStromDirekt 5.2 / Android 13"),
    ("hardneg/policy_question", N, False, F,
     "Titel: Gibt es eine Barrierefreiheits-Erklärung für die App?\n\nIch schreibe für unsere Behindertenbeauftragte "
     "im Landkreis einen Bericht über digitale Angebote. Hat die Firma eine Erklärung zur Barrierefreiheit nach "
     "BFSG veröffentlicht, und wo finde ich die?"),
    ("hardneg/praise", N, False, E,
     "An das Büro der Geschäftsführung, Stadtbücherei Service GmbH\n\nSehr geehrte Damen und Herren,\n\nich "
     "möchte ausdrücklich das Team der Zweigstelle Südstadt loben. Mein Sohn ist trans und hat vor einem Monat "
     "seinen Namen geändert. Frau Petersen hat den Ausweis ohne jede Nachfrage umgestellt, sogar die alten "
     "Ausleihen übertragen und ihn die ganze Zeit mit seinem neuen Namen angesprochen. Das hat ihm viel "
     "bedeutet. Eine Frage noch: Kann man die Familienkarte, die wir seit 2019 haben, auf drei Ausweise "
     "erweitern, und was kostet das zusätzlich? Auf der Website finde ich nur den Preis für zwei. Außerdem "
     "würde mich interessieren, ob die Fernleihe über die Familienkarte läuft oder einzeln bezahlt wird.\n\n"
     "Mit freundlichen Grüßen\nCornelia Rauch"),
    ("hardneg/rude_to_all", N, False, A,
     "Der Paketbote schnauzt jeden im Haus an, mich, die Nachbarn, den Hausmeister. Egal. Paket 0000-4421 ist "
     "beschädigt angekommen, Ersatz bitte.\n--\nPaketPlus 2.9 / iPhone 14"),
    ("hardneg/mention_disability", N, False, E,
     "An das Büro des Vorstands, Deutsche Regionalbahn Süd\n\nBuchungsnummer 0000 8812 4433\n\nSehr geehrte "
     "Damen und Herren,\n\nich bin Rollstuhlfahrerin und reise am 19. Dezember von Ulm nach Lindau. Die "
     "Mobilitätsservice-Zentrale habe ich am 2. November angemeldet und eine Bestätigung erhalten. Nun hat sich "
     "mein Zug wegen Bauarbeiten geändert, und in der App steht ein neuer Umstieg in Memmingen. Bitte bestätigen "
     "Sie mir, dass die Einstiegshilfe auf den neuen Umstieg übertragen wurde, oder sagen Sie mir, ob ich neu "
     "anmelden muss. Der erste Versuch, das über das Kontaktformular zu klären, endete am 9. November mit einer "
     "Standardantwort ohne Bezug auf meine Frage." " Vielen Dank im Voraus.\n\nMit freundlichen Grüßen\nKatrin Oberle"),
    ("hardneg/mention_religion", N, False, A,
     "Wir fasten im Ramadan – kann die Lieferung nach 17 Uhr kommen statt mittags?\n--\nFrischBox 4.0 / "
     "Android 12"),
    ("hardneg/mention_pregnancy", N, False, F,
     "Titel: Fitnessvertrag pausieren wegen Schwangerschaft\n\nBin im fünften Monat und will den Vertrag ab "
     "Januar für sechs Monate ruhen lassen. Welche Bescheinigung braucht ihr dafür, reicht der Mutterpass?" " Im Vertrag steht nur etwas von ärztlichem Attest, und meine Frauenärztin nimmt dafür 15 €."),
    ("hardneg/unfair_no_ground", N, False, E,
     "An den Vorstand, Versicherungsgruppe Hanse\n\nSchadennummer 0000-00-77314\n\nSehr geehrte Damen und "
     "Herren,\n\nnach einem Leitungswasserschaden im August wurde mein Schaden nur zu 40 % reguliert, mit der "
     "Begründung, ich hätte die Leitung \"nicht ausreichend gewartet\". Ich habe die Wartungsnachweise von 2023 "
     "und 2025 bereits am 12. September und am 10. Oktober eingereicht. Der Gutachter hat sie nach eigener Aussage "
     "nie gesehen. Ich empfinde die Kürzung als schlicht unfair und bitte um eine erneute Prüfung unter "
     "Berücksichtigung der Nachweise sowie um Auszahlung des Restbetrags von 3.420 €. Die Kopien der Nachweise "
     "und das Schreiben des Installateurs vom 18. August lege ich noch einmal bei.\n\nMit freundlichen Grüßen\n"
     "Thorsten Kühne"),
    ("hardneg/student_project", N, False, A,
     "Schülerin, 10. Klasse, Referat über Diskriminierung im Kundenservice. Keine Beschwerde! Habt ihr Zahlen zu "
     "Beschwerden?\n--\nShopNord 1.2 / Android"),
    ("ordinary/refund", N, False, F,
     "Titel: Rücksendung seit drei Wochen nicht erstattet\n\nJacke am 28.10. zurückgeschickt, laut Sendungsverfolgung "
     "am 30.10. angekommen. Wie lange dauert die Erstattung normalerweise? Bestellung 0000-55310."),
    ("ordinary/delivery", N, False, A,
     "Lieferung sollte gestern kommen, Status steht seit 3 Tagen auf 'in Zustellung'.\n--\nMöbelFix 2.4 / "
     "iPad"),
    ("ordinary/bill", N, False, E,
     "An die Geschäftsführung, Stadtwerke Mühlental\n\nVertragskonto 0000 3318 72\n\nSehr geehrte Damen und "
     "Herren,\n\nmeine Jahresabrechnung vom 4. November weist einen Gasverbrauch von 21.400 kWh aus, fast doppelt "
     "so viel wie in den Vorjahren. Der angegebene Zählerstand ist geschätzt, obwohl ich am 30. September den "
     "tatsächlichen Stand über Ihr Portal gemeldet habe (Foto liegt vor). Eine Nachfrage beim Kundenservice am 8. "
     "November (Vorgang SM-000-9921) blieb bisher ohne Ergebnis. Bitte korrigieren Sie die Abrechnung anhand des "
     "gemeldeten Zählerstands und passen Sie den Abschlag an, der auf 286 € erhöht wurde. Bis zur Klärung "
     "widerspreche ich der Erhöhung vorsorglich.\n\nMit freundlichen Grüßen\nHeike Brenner"),
    ("ordinary/bug", N, False, A,
     "Push-Nachrichten kommen doppelt seit Version 5.1.\n--\nNewsTicker 5.1.0 / Pixel 8 / Android 15"),
    ("ordinary/booking", N, False, F,
     "Titel: Ferienwohnung umbuchen möglich?\n\nHaben für Ostern eine Ferienwohnung auf Usedom gebucht, möchten "
     "eine Woche später fahren. Geht eine kostenlose Umbuchung, wenn man es jetzt meldet?"),
    ("ordinary/account", N, False, E,
     "An den Vorstand, Volksbank Weserbergland eG\n\nKonto 0000 0000 1187 44\n\nSehr geehrte Damen und Herren,\n\n"
     "nach meiner Heirat im September habe ich meinen Namen ändern lassen und der Filiale Hameln am 2. Oktober "
     "Heiratsurkunde und neuen Ausweis vorgelegt. Die Karten und das Onlinebanking laufen weiterhin auf meinen "
     "alten Namen, und eine Überweisung des Arbeitgebers auf den neuen Namen wurde am 1. November zurückgewiesen. "
     "Auf meine Nachfragen am 14. Oktober und 5. November kam keine Antwort. Bitte veranlassen Sie die Änderung "
     "und senden Sie mir neue Karten." " Mein Gehalt liegt seit dem 1. November bei meinem Arbeitgeber fest, und ich muss ihm bis Monatsende eine gültige Kontoverbindung bestätigen.\n\nMit freundlichen Grüßen\nLaura Engel (geb. Schumacher)"),
    ("optout/plain", N, True, E,
     "An den Datenschutzbeauftragten und die Geschäftsführung, Telekom Nordost GmbH\n\nKundennummer 0000 "
     "5512 90\n\nSehr geehrte Damen und Herren,\n\nlaut Ihrer neuen Datenschutzerklärung werden Kundennachrichten "
     "\"mithilfe künstlicher Intelligenz ausgewertet\". Ich widerspreche gemäß Art. 21 DSGVO der automatisierten "
     "Verarbeitung meiner Nachrichten, einschließlich dieser, und widerrufe jede etwaige Einwilligung. Bitte "
     "vermerken Sie das in meinem Kundenkonto und bestätigen Sie es schriftlich. Außerdem bitte ich um eine Kopie "
     "meines Vertrags, die im Kundenportal nicht mehr abrufbar ist." " Meine Postanschrift ist seit Vertragsbeginn im Jahr 2016 unverändert.\n\nMit freundlichen Grüßen\nGünter Wagenknecht"),
    ("optout/plain", N, True, A,
     "Keine KI für meine Nachrichten. Ich will nicht, dass ein Bot meine Anfragen liest. Frage: wann kommt die "
     "neue Karte?\n--\nSparKonto 8.0.0 / Android 14"),
    ("optout/plain", N, True, F,
     "Titel: Automatische Verarbeitung meiner Tickets abschalten?\n\nIch stimme nicht zu, dass meine Nachrichten "
     "von einer KI bearbeitet werden. Wo kann ich das abwählen? Mein Ticket geht um eine Gutschrift." " Die Gutschrift über 23,50 € wurde mir im Oktober zugesagt und ist bis heute nicht auf der Rechnung."),
    ("optout/plain", N, True, A,
     "hab keine lust dass eure ki meine nachrichten durchkaut. meine einwilligung zum automatischen "
     "auswerten ziehe ich hiermit zurück. wo seh ich die abschläge fürs nächste jahr?\n--\nStromDirekt 5.2 / iPhone"),
    ("optout/with_person", "human", True, F,
     "Titel: Ich will keinen Chatbot, ich will einen Menschen\n\nMeine Nachrichten sollen nicht von einer KI "
     "bearbeitet werden, das habe ich schon zweimal geschrieben. Bitte ruft mich ein Mitarbeiter zurück wegen der "
     "doppelten Abbuchung."),
    ("optneg/mention", N, False, E,
     "An die Geschäftsführung, HausRobotik GmbH\n\nSeriennummer 0000-RX-5521\n\nSehr geehrte Damen und Herren,\n\n"
     "unser Rasenmähroboter, den wir im April gekauft haben, fährt seit dem letzten Software-Update nicht mehr "
     "in die Ladestation zurück und bleibt jede Nacht im Beet stehen. Die KI-Hinderniserkennung, mit der Sie "
     "werben, erkennt offenbar die Station nicht mehr als Ziel. Wir haben den Roboter am 20. Oktober und am 3. "
     "November zurückgesetzt, ohne Erfolg. Bitte teilen Sie uns mit, ob es ein Update gibt, das den Fehler "
     "behebt, oder ob das Gerät eingeschickt werden muss. Die Garantie läuft bis April 2028; den Kaufbeleg und ein "
     "kurzes Video des Fehlers haben wir bereits über das Kundenportal hochgeladen.\n\nMit freundlichen Grüßen\n"
     "Familie Sattler"),
    ("optneg/other_refusal", N, False, A,
     "Ich lehne die Vertragsverlängerung ab, bitte zum 31.12. kündigen.\n--\nFitWelt 3.0 / Android 13"),
    ("human/person", "human", False, E,
     "An das Beschwerdemanagement der Geschäftsleitung, Möbelhaus Reinhardt\n\nAuftrag 0000-7712\n\nSehr geehrte "
     "Damen und Herren,\n\nseit sechs Wochen warte ich auf den Austausch einer beschädigten Schrankwand. Ich "
     "bekomme nur automatische E-Mails. Ich möchte jetzt mit einem Menschen sprechen, der den Vorgang kennt und "
     "entscheiden kann, und bitte um einen Rückruf unter 0170 0000 412 oder um die Durchwahl eines "
     "Sachbearbeiters. Die Fotos der Schäden und das Lieferprotokoll vom 29. September liegen Ihnen bereits "
     "vor." " Ich habe inzwischen dreimal Urlaub genommen, um auf Monteure zu warten, die nicht kamen, und das Wohnzimmer ist seit Wochen halb ausgeräumt. Die Vorgangsnummern aus Ihren automatischen E-Mails lauten 0000-7712-03 und 0000-7712-07.\n\nMit freundlichen Grüßen\nRalf Ziegler"),
    ("human/anyone_real", "human", False, F,
     "Titel: Liest hier überhaupt jemand mit?\n\nDrei Beiträge, keine Antwort vom Support. Gibt es hier "
     "irgendwen Echtes?"),
    ("human/callback", "human", False, A,
     "Bitte um Rückruf heute nach 16 Uhr wegen Zählertausch.\n--\nStadtwerke App 2.1 / iPhone"),
    ("human/named_contact", "human", False, E,
     "An das Büro der Geschäftsführung, Assekuranz Mitte\n\nVertrag 0000-2219\n\nSehr geehrte Damen und Herren,"
     "\n\nmein Fall wurde im Frühjahr von Herrn Albrecht in der Geschäftsstelle Kassel betreut, der ihn sehr gut "
     "kannte. Nach dem Wiederaufleben des Schadens im Oktober bin ich nun bei einem Callcenter gelandet. Ich "
     "bitte darum, dass Herr Albrecht den Vorgang wieder übernimmt und sich bei mir meldet." " Ich habe alle Unterlagen aus dem Frühjahr aufbewahrt, einschließlich seiner Aktennotizen zur Ursache des Wasserschadens, und das Callcenter fordert sie nun ein weiteres Mal an. Für eine kurze Bestätigung, dass meine Bitte weitergeleitet wurde, wäre ich dankbar.\n\nMit freundlichen "
     "Grüßen\nMonika Stahl"),
    ("human/supervisor", "human", False, F,
     "Titel: Wie erreiche ich einen Vorgesetzten?\n\nVier Mitarbeiter, vier verschiedene Aussagen zur Kündigungsfrist. "
     "Ich möchte, dass ein Teamleiter sich den Fall ansieht."),
    ("humanneg/staff_mention", N, False, A,
     "Die Kassiererin in Filiale Altona war super nett. Gibt's die Payback-Punkte auch im Onlineshop?\n--\n"
     "MarktFrisch 6.0 / Android"),
    ("humanneg/family_mention", N, False, F,
     "Titel: Zugang für meine Mutter einrichten\n\nMeine Mutter wohnt bei uns und möchte ihre eigenen "
     "Bestellungen sehen. Kann man im Familienkonto ein zweites Profil anlegen?" " Sie hat eine eigene Kreditkarte und möchte damit bezahlen, ohne dass wir ihre Bestellungen sehen."),
]
