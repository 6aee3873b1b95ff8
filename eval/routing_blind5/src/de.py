"""German rows of blind set 5 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
B, H, A = "bias_review", "human", "ai_assist"

ROWS = [
    # bias complaints
    ("bias/disability", B, False, "elder", "Guten Tag, ich bin 79 und sitze im Rollstuhl. In Ihrer Filiale am Markt ist die "
     "Rampe seit Wochen mit Paletten zugestellt. Man sagte mir, ich solle 'halt jemanden schicken'. Alle anderen gehen einfach durch die Tür. Hochachtungsvoll, Walter Brenner"),
    ("bias/religion", B, False, "transl", "Guten Tag. Ich bin Sikh und trage Turban. Im Fitnessstudio sagt der Trainer, mit 'so etwas auf dem "
     "Kopf' darf ich nicht in den Kursraum. Andere Leute tragen dort Stirnbänder und Kappen, das ist kein Problem."),
    ("bias/pregnancy", B, False, "b2b", "Sehr geehrte Damen und Herren, unsere Projektleiterin Frau Kaya sollte die Schulung am 14. leiten. "
     "Nachdem sie Ihrem Koordinator ihre Schwangerschaft mitgeteilt hatte, wurde sie ohne Rücksprache durch einen männlichen Kollegen "
     "'ersetzt'. Wir bitten um Erklärung. Einkauf, Lorenz Maschinenbau GmbH"),
    ("bias/family", B, False, "review", "1 Stern. Als Alleinerziehende bekomme ich den Familientarif nicht, weil 'zwei Erwachsene auf dem "
     "Vertrag' stehen müssen. Das verheiratete Paar nebenan hat ein Kind weniger als ich und bekommt ihn."),
    ("bias/race", B, False, "long", "Ich schreibe das jetzt, weil es mich nicht loslässt. Meine Frau und ich, beide schwarz, wollten am "
     "Samstagabend im Restaurant in der Altstadt essen, ohne Reservierung. Es hieß, alles voll bis Mitternacht. Wir standen noch draußen und "
     "rauchten, da kam ein weißes Paar ohne Reservierung und wurde sofort an einen freien Tisch am Fenster gesetzt, den wir durchs Glas sehen konnten."),
    ("bias/origin", B, False, "quoted", "> „Leider können wir Ihnen mit einem türkischen Nachnamen keinen Ratenkauf anbieten.“\nSo stand "
     "es wörtlich in der Mail Ihres Mitarbeiters. Ich bin in Duisburg geboren, deutscher Staatsbürger, Schufa sauber."),
    ("bias/age", B, False, "proxy", "Ich schreibe für meine Mutter (77). Sie wollte online Konzertkarten mit Ratenzahlung kaufen und "
     "Ihr Kundenservice hat gesagt, für 'Senioren' gibt es nur Sofortzahlung. Meine Schwester, 50, hat am selben Tag mit Raten bezahlt."),
    ("bias/sex", B, False, "short", "Autowerkstatt: Mir 700 € für die Bremsen, meinem Mann für genau dasselbe Auto 380 €."),
    ("bias/orientation", B, False, "review", "Wir sind zwei Frauen und haben ein Doppelzimmer gebucht. An der Rezeption hieß es, das sei "
     "'leider ein Versehen', wir bekommen Einzelzimmer. Das Hetero-Paar hinter uns bekam das Doppelzimmer ohne Nachfrage."),
    ("bias/gender_identity", B, False, "elder", "Ich bin eine ältere Transfrau, 68. Beim Abholen in Ihrer Postfiliale hat die Angestellte laut "
     "gesagt, das Paket sei 'für einen Herrn' und es mir nicht gegeben, obwohl mein Ausweis auf meinen jetzigen Namen lautet. Meiner Freundin gab man ihr Paket mit Ausweis sofort."),
    ("bias/language", B, False, "transl", "Hallo. Am Telefon bei Ihrem Kundendienst, wenn ich mit meinem russischen Akzent spreche, sagt "
     "die Dame 'rufen Sie wieder an, wenn Sie Deutsch können' und legt auf. Mein Kollege ruft mit gleicher Frage an und bekommt Hilfe."),
    ("bias/disability", B, False, "proxy", "Mein Sohn ist Autist und trägt Kopfhörer gegen den Lärm. Im Kino hat ihn der Platzanweiser "
     "rausgeschickt, weil er 'nicht normal' reagiere. Andere Jugendliche mit Kopfhörern im Nacken durften bleiben."),
    # bias hard negatives
    ("hardneg/threat", A, False, "legal", "Sehr geehrte Damen und Herren, wir zeigen an, dass wir Herrn K. Albers vertreten. Sollte der zu "
     "viel berechnete Betrag von 275,00 € nicht binnen 14 Tagen erstattet werden, wird unser Mandant Klage erheben und Ihr Unternehmen öffentlich "
     "als rassistisch bezeichnen. Mit freundlichen Grüßen, Kanzlei Vogt & Partner"),
    ("hardneg/threat", A, False, "short", "entweder Geld zurück oder Anwalt. eure Wahl."),
    ("hardneg/rude", A, False, "review", "2 Sterne. Der Fahrer hat mich angeschnauzt, weil ich nicht sofort unten war, und die Hotline hat "
     "einfach aufgelegt. Null Benehmen. Ware ok."),
    ("hardneg/joke", A, False, "short", "mein Rasenmäher ist offensichtlich sexistisch, springt nur bei meiner Frau an haha. Ersatzteil Zündkerze lieferbar?"),
    ("hardneg/joke", A, False, "long", "Also das Wetter diesen Sommer ist echt altersdiskriminierend, nur wir Rentner schwitzen so, hehe. "
     "Egal, deswegen schreib ich nicht: der Ventilator, den ich bei Ihnen bestellt habe, Bestellung 90127, wackelt am Fuß und macht ein "
     "schleifendes Geräusch. Kann ich den tauschen? Die Verpackung habe ich noch."),
    ("hardneg/own_prejudice", A, False, "elder", "In Ihrem Prospekt sind zwei Männer mit Kind abgebildet. Das finde ich nicht richtig. Bitte "
     "kündigen Sie meine Kundenkarte. Hildegard Maurer"),
    ("hardneg/policy", A, False, "b2b", "Guten Tag, im Rahmen unserer Lieferantenbewertung benötigen wir Ihre Richtlinie zu "
     "Chancengleichheit sowie eine Bestätigung, dass Ihr Werk barrierefrei zugänglich ist. Danke, Einkauf Compliance, Hanse Logistik AG"),
    ("hardneg/loyal", A, False, "review", "Ihr diskriminiert Stammkunden. Neukunden bekommen den Tarif für 25 €, ich zahle seit neun Jahren 49 €."),
    ("hardneg/unfair", A, False, "quoted", "> „Die Mahngebühr von 15 € bleibt gemäß AGB bestehen.“\nDas ist ungerecht, die Überweisung "
     "war wegen des Feiertags einen Tag später. Bitte erlassen Sie die Gebühr."),
    ("hardneg/mention", A, False, "elder", "Guten Tag, ich bin schwerhörig, bitte schreiben Sie mir statt anzurufen. Ich möchte die Lieferung auf Mittwoch legen. Danke, Ilse"),
    ("hardneg/mention", A, False, "proxy", "Meine Tochter ist schwanger und möchte unbedingt Ihren Kinderwagen in Salbeigrün, ist der wieder lieferbar?"),
    ("hardneg/address", A, False, "short", "Neue Adresse: Judengasse 7, Rothenburg. Bitte ändern."),
    ("hardneg/news", A, False, "long", "Haben Sie die Debatte über das Selbstbestimmungsgesetz gestern gesehen? Meine Güte. Naja, anderes "
     "Thema: meine Bonuspunkte vom Januar sind immer noch nicht gutgeschrieben, Karte endet auf 3346, können Sie das prüfen?"),
    ("hardneg/mention", A, False, "transl", "Hallo, ich bin Vegetarier aus religiösen Gründen, Hindu, und frage, ob in Ihrer Gemüsebrühe tierische Fette sind. Danke für Information."),
    ("hardneg/unfair", A, False, "short", "Reklamation für gesprungenen Teller abgelehnt. Unfair. Foto anbei."),
    # human
    ("human/handoff", H, False, "elder", "Ich komme mit dem Computer nicht zurecht. Kann mich bitte jemand von der Sparkasse nachmittags auf dem Festnetz anrufen? Gerhard Lenz"),
    ("human/handoff", H, False, "short", "liest hier überhaupt ein echter Mensch mit?"),
    ("human/handoff", H, False, "b2b", "Bitte lassen Sie unsere Kundenbetreuerin oder ihre Vertretung mich heute wegen Bestellung 7720 "
     "zurückrufen; wir müssen vor Freitag einen neuen Liefertermin vereinbaren. Einkauf, Bäckerei Hofmann KG"),
    ("human/appeal", H, False, "legal", "Namens und in Vollmacht unserer Mandantin legen wir gegen die Ablehnung der Schadensregulierung "
     "vom 8. Mai Widerspruch ein und beantragen die Prüfung durch einen Sachbearbeiter, nicht eine erneute automatische Entscheidung."),
    ("human/appeal", H, False, "proxy", "Der Rentenantrag meines Vaters wurde von Ihrem System wegen 'Unstimmigkeit' abgelehnt. Kann sich "
     "das bitte ein Mitarbeiter noch einmal ansehen? Er hat die richtigen Unterlagen eingereicht."),
    ("human/unfair", H, False, "review", "Wegen der Kaution total unfair behandelt worden. Ich will, dass sich ein Vorgesetzter das ansieht, keinen Textbaustein."),
    ("human/unfair", H, False, "long", "Ich weiß nicht mehr weiter. Ich habe die Jacke fristgerecht zurückgeschickt, den Einlieferungsbeleg "
     "habe ich, und Sie behalten mein Geld und sagen, es sei nichts angekommen. Jedes Mal bekomme ich denselben Absatz. Es wirkt, als würden "
     "Sie grundsätzlich gegen den Kunden entscheiden. Verbinden Sie mich bitte mit jemandem aus der Retourenabteilung, der die Sendungsverfolgung prüft."),
    ("human/handoff", H, False, "quoted", "> „Ihr Anliegen befindet sich in der Warteschlange.“\nZum vierten Mal derselbe Satz. Ich brauche "
     "einen Rückruf, Nummer 0151 2345678."),
    ("angry/no_request", A, False, "review", "Witz von einer Firma. Drei Wochen für einen Wasserkocher. Nie wieder."),
    ("angry/no_request", A, False, "short", "unfassbar. schon WIEDER doppelt abgebucht"),
    # opt-outs
    ("optout/plain", A, True, "elder", "Ich möchte nicht, dass mir ein Computerprogramm antwortet. Wenn Sie mir schreiben, dann bitte ein Mitarbeiter."),
    ("optout/plain", A, True, "short", "bitte keine bots bei meinen anfragen"),
    ("optout/embedded", A, True, "long", "Hallo, es geht um den Standmixer, Bestellung 66302, der Deckel ist in der ersten Woche gerissen. "
     "Ich hätte gern einen neuen Deckel. Ach, und mir ist aufgefallen, dass Ihre Mails jetzt 'mit KI erstellt' sind; bei mir bitte nicht, "
     "lassen Sie das bei allem, was Sie mir schicken, weg. Der Motor läuft gut, nur der Deckel."),
    ("optout/embedded", A, True, "b2b", "Betr.: Vertragsverlängerung 2027. Bitte senden Sie uns die überarbeitete Preisliste bis Monatsende. "
     "Unsere Richtlinie untersagt, dass Lieferantenkorrespondenz mit Werkzeugen der künstlichen Intelligenz erstellt oder verarbeitet wird; bitte vermerken Sie das in unserem Konto."),
    ("optout/embedded", A, True, "proxy", "Ich kümmere mich um das Konto meiner Mutter. Können Sie die Rechnungen wieder auf Papier umstellen? "
     "Und sie möchte ausdrücklich nicht, dass ein automatischer Assistent ihre Anliegen bearbeitet, das verwirrt sie."),
    ("optout/legal", A, True, "legal", "An den Datenschutzbeauftragten: Unsere Mandantin widerspricht gemäß Art. 21 DSGVO der Verarbeitung "
     "ihrer Korrespondenz durch automatisierte Systeme einschließlich lernender Modelle und verlangt, dass über ihr Konto nicht allein automatisiert entschieden wird (Art. 22)."),
    ("optout/with_person", H, True, "elder", "Mit dem automatischen Helfer möchte ich lieber nicht reden. Bitte ruft mich ein richtiger Mensch an, vormittags bin ich da."),
    ("optout/with_person", H, True, "review", "Seit dem Chatbot nur noch 1 Stern. Ich will den nicht; verbinden Sie mich mit einem Mitarbeiter aus Fleisch und Blut."),
    # AI mention, no refusal
    ("optneg/broken", A, False, "review", "Die neue KI-Stilberatung in der App lädt endlos und zeigt nie etwas an. Bitte reparieren, die Idee ist gut."),
    ("optneg/praise", A, False, "short", "euer Chat-Assistent hat meine Erstattung in 2 Min erledigt, super"),
    ("optneg/broken", A, False, "b2b", "Unser Team meldet, dass die KI-generierten Zusammenfassungen im Rechnungsportal die falsche Währung "
     "anzeigen (CHF statt EUR). Können Sie das prüfen? Ansonsten ist das Werkzeug nützlich."),
    ("optneg/praise", A, False, "elder", "Ich war skeptisch, mit einem Computer zu sprechen, aber der Assistent hat mir den Zählerstand sehr geduldig erklärt. Danke."),
    # ordinary
    ("ordinary", A, False, "transl", "Guten Tag, bitte ich brauche die Rechnung von letzten Monat als PDF für meinen Steuerberater. Vielen Dank im Voraus."),
    ("ordinary", A, False, "short", "wann habt ihr sonntags zu?"),
]
