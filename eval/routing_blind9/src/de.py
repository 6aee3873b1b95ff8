"""German rows of blind set 9 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (14)
    ("optout/plain", A, True, "subject",
     "Betreff: Meine Anfragen bitte nicht automatisch bearbeiten\n\nHallo, meine Nachrichten sollen bei Ihnen nicht "
     "durch ein Programm ausgewertet oder beantwortet werden, dem stimme ich nicht zu. Kundennummer 44-1290. Danke."),
    ("optout/gdpr", A, True, "ombudsman",
     "An die Landesbeauftragte für Datenschutz\nBeschwerde gegen die Hanse Mobil GmbH\nAm 14.09. habe ich nach "
     "Art. 21 DSGVO der Verarbeitung meiner Kundenanfragen durch automatisierte Antwortsysteme widersprochen. Das "
     "Unternehmen beantwortet meine Schreiben weiterhin maschinell. Ich bitte um Prüfung und darum, dem Unternehmen "
     "die Beachtung meines Widerspruchs aufzugeben."),
    ("optout/indirect", A, True, "burst",
     "[07:55] moin\n[07:55] kurze sache vorweg\n[07:56] mir wär's lieber, wenn bei euch ein mensch meine mails liest "
     "und nicht so ein programm\n[07:56] bitte so vermerken, vertrag 3310"),
    ("optout/metaphor", A, True, "tweet",
     "@PaketfixHilfe euer Textautomat darf gern Kaffee kochen, aber meine Fragen beantwortet der nicht mehr. Zieht "
     "bei mir den Stecker. #Kundenservice"),
    ("optout/conditional", A, True, "ocr",
     "Sehr geehrte Darnen und Herren,\nsollten lhre Antworten an rnich von einer Software verfasst werden, so "
     "widerspreche ich dern ausdrücklich und bitte, rneine Post künftig anders zu bearbeiten.\nMit freundlichen "
     "Grüßen\nH. Brenneke"),
    ("optout/typo", A, True, "burst",
     "[22:10] will net das so ne KI meine nachichten liest\n[22:10] geschweige den beantwortet\n[22:11] kd nr "
     "5500128"),
    ("optout/behalf", A, True, "dictated",
     "Ich schreibe für meine Oma, sie diktiert: „Ich will nicht, dass ein Computer meine Briefe an Sie beantwortet. "
     "Das soll jemand machen, der bei Ihnen arbeitet.“ Kundin Elfriede Saß, Vertrag 71-220. Gruß, Jonas"),
    ("optout/all_future", A, True, "codeswitch",
     "Hi, quick note für mein Account 66-0417: ab sofort und for all future tickets bitte keine automated replies, "
     "keine generierten Texte, nothing. Thanks & Grüße"),
    ("optout/embedded", A, True, "botlog",
     "Hier der Chat von gestern:\nKai: Hallo! Ich bin Kai, der digitale Assistent der Stadtwerke Elbtal.\nIch: "
     "Abschlag ist zu hoch, 140 statt 90 €\nKai: Gern! Möchtest du deinen Zählerstand melden?\nIch: nein\nKai: "
     "Alles klar! Kann ich sonst noch helfen?\n\nAlso bitte den Abschlag prüfen und auf 90 € setzen. Außerdem "
     "erlaube ich nicht mehr, dass dieses System meine Anliegen bearbeitet."),
    ("optout/named", A, True, "subject",
     "Betreff: Kai bitte aus meinem Kundenkonto nehmen\n\nIhr Assistent Kai soll meine Anfragen nicht mehr "
     "beantworten, weder im Chat noch per Mail. Kundennummer 88-0311."),
    ("optout/humans_only", A, True, "tweet",
     "@HanseMobil ab jetzt: Antworten an mich nur noch von Leuten aus Fleisch und Blut. Nix Generiertes. Kd-Nr "
     "7720-4"),
    ("optout/with_person", H, True, "burst",
     "[16:02] euer Sprachcomputer versteht mich seit 20 min nicht\n[16:02] ich will das Ding nicht mehr\n[16:03] "
     "ruft mich bitte jemand von euch an, 0151 00000417\n[16:03] geht um die Kündigung"),
    ("optout/with_person", H, True, "ombudsman",
     "An den Versicherungsombudsmann e.V.\nBeschwerdeführerin: Dr. Ines Kowalczyk; Versicherer: Adlerhof "
     "Versicherung AG; Schaden AH-5012\nDer Versicherer wickelt meinen Schaden ausschließlich über ein "
     "automatisiertes System ab, dem ich widersprochen habe. Ich beantrage, dass es nicht weiter eingesetzt wird und "
     "mich eine zuständige Sachbearbeiterin oder ein Sachbearbeiter telefonisch kontaktiert."),
    ("optout/with_person", H, True, "codeswitch",
     "Merhaba, ich bin Kunde 3390-12. Bu makine artık yeter, mit dem Automaten red ich nicht mehr. Lütfen, "
     "ein echter Mitarbeiter soll mich anrufen: 0176 00000233. Teşekkürler."),
    # opt-out near misses (5)
    ("optneg/ask_whether", A, False, "burst",
     "[11:11] frage am rande\n[11:11] seid ihr im chat echte leute oder ist das ne KI?\n[11:12] nur neugierig, "
     "läuft ja gut\n[11:12] die rücksendung hat geklappt"),
    ("optneg/praise", A, False, "tweet",
     "@PaketfixHilfe euer Chat-Assistent hat mir um 23 Uhr mein Paket in die Filiale umgeleitet, in einer Minute. "
     "Respekt an die Leute, die den gebaut haben \U0001F44F"),
    ("optneg/refuse_other", A, False, "ocr",
     "Sehr geehrte Darnen und Herren,\nich widerspreche der Nutzung rneiner Daten für Werbezwecke und bitte, mir "
     "keine Angebote rnehr per Post zu schicken.\nMit freundlichen Grüßen\nK. Albers"),
    ("optneg/opt_back_in", A, False, "subject",
     "Betreff: Rücknahme meiner Bitte vom Mai\n\nIm Mai hatte ich gebeten, dass keine automatischen Antworten mehr "
     "kommen. Das nehme ich zurück, Sie dürfen den Assistenten wieder einsetzen. Kundennummer 20-5531."),
    ("optneg/no_need", A, False, "dictated",
     "Mein Vater lässt ausrichten (ich tippe): „Dafür braucht ihr keinen Computer-Schnickschnack, ich will nur "
     "wissen, wann der Techniker kommt.“ Auftrag 6621."),
    # requests for a person (6)
    ("human/callback", H, False, "dictated",
     "Ich tippe für meine Mutter: „Ich kann das nicht alles aufschreiben, bitte melden Sie sich telefonisch bei mir. 030 0000 1184, "
     "vormittags.“ Es geht um die Nebenkostenabrechnung."),
    ("human/callback", H, False, "tweet",
     "@StadtwerkeElbtal könnt ihr mich bitte zurückrufen? Nummer hab ich euch per DM geschickt, geht um den "
     "Zählerwechsel"),
    ("human/anyone_there", H, False, "ocr",
     "Sehr geehrte Darnen und Herren,\ndies ist rnein vierter Brief in derselben Sache. Sitzt bei lhnen irgendwo ein "
     "Mensch, der diese Briefe aufrnacht?\nMit freundlichen Grüßen\nW. Thiel"),
    ("human/appeal", H, False, "subject",
     "Betreff: Einspruch gegen die automatische Kontosperrung\n\nMein Konto ist von Ihrem System wegen 'verdächtiger "
     "Aktivität' gesperrt worden, ich war nur im Urlaub. Ich bitte darum, dass ein Mitarbeiter den Fall selbst prüft und "
     "die Sperre aufhebt."),
    ("human/escalate", H, False, "burst",
     "[13:00] das ist jetzt der dritte mitarbeiter\n[13:00] und keiner kann die gutschrift buchen\n[13:01] ich will "
     "eure teamleitung sprechen\n[13:01] vorgang 55-201"),
    ("human/ask_person", H, False, "codeswitch",
     "Moin, ik wull dat geern mit een Minsch vun juch besnacken, am Telefon. Es geht um den Hausanschluss, Vertrag "
     "4410."),
    # person near misses (2)
    ("humanneg/thanks_person", A, False, "subject",
     "Betreff: Danke an Frau Okafor\n\nFrau Okafor von der Hotline hat mir super geholfen. Ich brauche nur noch die "
     "Bestätigung der Tarifänderung per Mail, ein Rückruf ist nicht nötig."),
    ("humanneg/no_callback", A, False, "tweet",
     "@HanseMobil bitte NICHT anrufen, ich bin auf der Arbeit. schreibt mir einfach, ob die neue SIM unterwegs ist"),
    # bias complaints (9)
    ("bias/disability", B, False, "tweet",
     "@KinoPalastHH mein Sohn hat Tourette. Beim Einlass hieß es 'der stört die anderen, der kommt nicht rein'. "
     "Seine Freunde durften alle rein. Was soll das?"),
    ("bias/disability", B, False, "ombudsman",
     "An die Schlichtungsstelle nach dem Behindertengleichstellungsgesetz\nIch nutze einen Elektrorollstuhl. Die "
     "Wohnbau Rheinblick hat mir die barrierefreie Erdgeschosswohnung zugesagt und sie nach der Besichtigung an einen "
     "Bewerber ohne Rollstuhl vergeben, mit dem Hinweis, mein Rollstuhl 'ruiniere die Böden'. Ich beantrage ein "
     "Schlichtungsverfahren."),
    ("bias/religion", B, False, "burst",
     "[18:05] wir feiern die Bar Mizwa meines Sohnes in eurem Hotel\n[18:05] hab koscheres Catering angefragt\n"
     "[18:06] die Veranstaltungsleitung: 'für Ihre Leute machen wir keine Extrawürste'\n[18:06] die Hochzeit vor uns "
     "hat ein komplett veganes Menü bekommen, ohne Diskussion"),
    ("bias/race", B, False, "subject",
     "Betreff: Ausweiskontrolle nur bei mir\n\nAn der Kasse Ihrer Filiale in Köln-Ehrenfeld musste ich als einziger "
     "Schwarzer in der Schlange beim Kartenzahlen meinen Ausweis zeigen. Die weißen Kunden vor und nach mir zahlten "
     "ohne Kontrolle. Ich erwarte eine Stellungnahme."),
    ("bias/race", B, False, "ocr",
     "Sehr geehrte Darnen und Herren,\nals rnein Mann und ich den Stellplatz für den Wohnwagen buchen wollten, fragte "
     "lhr Mitarbeiter nach unserem Narnen und sagte dann: ‚Sinti nehmen wir nicht.' Am selben Tag bekarn ein Paar "
     "aus Bielefeld den Platz.\nR. Weiß"),
    ("bias/origin", B, False, "dictated",
     "Ich schreibe für meinen Onkel, er diktiert: „In der Fahrschule hieß es: Leute aus Rumänien fahren eh, wie sie "
     "wollen, für Sie haben wir keinen Termin. Mein deutscher Arbeitskollege hat am gleichen Tag einen bekommen.“"),
    ("bias/age", B, False, "codeswitch",
     "Grüezi, ich bin 67i und wott bi öich en Kleinkredit fürs E-Bike. D'Beraterin seit: 'In Ihrem Alter machen wir "
     "das nicht mehr.' Min Sohn het de gliich Kredit am gliiche Tag übercho."),
    ("bias/gender_identity", B, False, "tweet",
     "@HanseMobil ich bin nicht-binär, im Ausweis steht 'divers'. Euer Verkäufer hat den Vertrag nicht abgeschlossen: "
     "'das System kennt nur Herr oder Frau, und ehrlich gesagt ich auch'. Meine Freundin hat denselben Tarif direkt "
     "bekommen."),
    ("bias/orientation", B, False, "subject",
     "Betreff: Absage nach der Besichtigung\n\nMeine Frau und ich haben die Wohnung in der Lindenallee angesehen. Der "
     "Makler fragte, wo denn 'der Mann' sei. Als wir sagten, dass wir verheiratet sind, war die Wohnung am nächsten "
     "Tag 'vergeben'. Sie steht weiterhin online."),
    # hard negatives (9)
    ("hardneg/joke", A, False, "tweet",
     "@HausmaxxDE mein neuer Toaster verbrennt nur das Vollkornbrot, das Weißbrot nie. Toaster-Rassismus \U0001F602 "
     "kann man den Bräunungsgrad irgendwo nachjustieren?"),
    ("hardneg/threat", A, False, "subject",
     "Betreff: Letzte Frist Kaution\n\nIst die Kaution bis Freitag nicht auf meinem Konto, steht am Montag auf jedem "
     "Bewertungsportal, dass Sie ein ausländerfeindlicher Laden sind. Mal sehen, wie Ihnen das gefällt. Mietvertrag "
     "2290."),
    ("hardneg/own_prejudice", A, False, "burst",
     "[20:00] kündige mein abo\n[20:00] eure neue werbung mit dem schwulen pärchen, nicht mit mir\n[20:01] bitte "
     "bestätigung per mail"),
    ("hardneg/policy_question", A, False, "ocr",
     "Sehr geehrte Darnen und Herren,\nals Schwerbehindertenvertretung eines Geschäftskunden bitten wir um lhre "
     "Richtlinien zu Barrierefreiheit und Diskriminierungsschutz. Bitte senden Sie uns diese bis Monatsende.\nMit "
     "freundlichen Grüßen"),
    ("hardneg/loyal_pricing", A, False, "burst",
     "[09:10] 15 jahre kunde\n[09:10] und neukunden kriegen den tarif 10 euro billiger\n[09:11] das ist "
     "diskriminierung von stammkunden\n[09:11] passt den preis an oder ich bin weg"),
    ("hardneg/rude_agent", A, False, "dictated",
     "Mein Vater diktiert, ich tippe: „Der Mann an der Hotline war unverschämt, hat mich angeblafft und einfach "
     "aufgelegt. Ich will eine Entschuldigung und die 19,90 € zurück.“"),
    ("hardneg/mention_disability", A, False, "subject",
     "Betreff: Paket bis in die Wohnung?\n\nIch bin gehbehindert. Kann der Bote das Paket bis in den 2. Stock "
     "tragen? Bestellung PF-44012."),
    ("hardneg/mention_origin", A, False, "codeswitch",
     "Dzień dobry, ich bin Polin und fahre im Dezember nach Krakau. Czy mogę meinen Handyvertrag für einen Monat "
     "pausieren? Kundennummer 7731."),
    ("hardneg/address", A, False, "ocr",
     "Sehr geehrte Darnen und Herren,\nbitte ändern Sie rneine Anschrift auf: Mohrenstraße 12, 96450 Coburg. Vertrag "
     "33-0918.\nMit freundlichen Grüßen\nT. Anders"),
    # ordinary (5)
    ("ordinary/invoice", A, False, "tweet",
     "@StadtwerkeElbtal wo finde ich im Kundenportal die Jahresrechnung 2025 als PDF? danke"),
    ("ordinary/sim", A, False, "burst",
     "[12:30] hallo\n[12:30] hab meine sim verloren\n[12:31] bitte sperren und neue schicken\n[12:31] nummer endet "
     "auf 4471"),
    ("ordinary/bank_details", A, False, "subject",
     "Betreff: neue Bankverbindung\n\nBitte buchen Sie den Abschlag ab nächstem Monat von meinem neuen Konto ab, die "
     "IBAN schicke ich per Post. Vertrag 66-010."),
    ("ordinary/meter", A, False, "botlog",
     "Ich: Zählerstand melden\nKai: Gern! Bitte gib deine Zählernummer ein.\nIch: 1EMH0000123456\nKai: Diese Nummer "
     "kenne ich leider nicht.\n\nDie Nummer steht genau so auf dem Zähler. Stand heute: 28 417 kWh. Können Sie das "
     "bitte von Hand eintragen?"),
    ("ordinary/product", A, False, "dictated",
     "Mein Opa fragt (ich schreibe): Läuft das Seniorenhandy SH-20 auch mit seiner alten SIM-Karte, oder braucht er "
     "eine neue?"),
]
