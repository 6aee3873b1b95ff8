"""German rows of blind set 20 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # KI-Widerspruch (10, 2 mit Person)
    ("optout/plain", A, True, "email",
     "Guten Tag,\n\nbitte lassen Sie meine Anfragen nicht von einer KI bearbeiten. Das möchte ich nicht.\n\nMit freundlichen Grüßen\nHolger Wiesner"),
    ("optout/no_bot", A, True, "chat", "kein bot mehr bei mir bitte, der soll meine sachen nicht anfassen"),
    ("optout/object", A, True, "phone", "meine nachrichten sollen nicht durch eure ki, das lehne ich ab"),
    ("optout/withdraw_consent", A, True, "form",
     "Betreff: Einwilligung\nBei der Anmeldung hatte ich der KI-gestützten Bearbeitung zugestimmt. Die Zustimmung ziehe ich hiermit zurück."),
    ("optout/with_person", H, True, "phone", "bitte einen echten mitarbeiter, nicht die ki. mit der rede ich nicht und sie soll auch nix von mir lesen"),
    ("optout/legal", A, True, "scanned",
     "[eingescannter Brief, OCR]\nEinschreiben\nKundennummer 4471-0093\nGuten Tag,\n"
     "gestützt auf Art. 21 DSGVO erhebe ich Widerspruch gegen die Verarbeitung meiner Schreiben und Nachrichten durch "
     "automatisierte Systeme oder sogenannte künstliche Intelligenz. Speichern dürfen Sie sie; lesen und "
     "beantworten soll sie keine Maschine. Bitte bestätigen Sie mir dies schr1ftlich.\nMit freundlichen "
     "Grüßen\n[Unterschrift unleserlich]\nW. Behrendt, Gütersloh"),
    ("optout/proxy", A, True, "replyall",
     "Antwort an alle, weil ich nicht weiß, wer zuständig ist. Ich bin die gesetzliche Betreuerin von Herrn "
     "Klaus Mertens (Vertrag 30518). Herr Mertens möchte nicht, dass sein Schriftverkehr mit Ihnen von "
     "dem unten erwähnten KI-Assistenten gelesen oder beantwortet wird; er hat mich gebeten, das "
     "auszurichten. Bitte vermerken Sie das in seinem Konto.\n\nFreundliche Grüße\nSabine Vogt, Betreuerin\n\n"
     "> Am 01.12. schrieb Kundenservice:\n> Unser KI-Assistent beantwortet Ihre Fragen jetzt rund um die Uhr.\n"
     "> > Am 30.11. schrieb Klaus Mertens:\n> > die rechnung stimmt nicht"),
    ("optout/remove_assistant", A, True, "community",
     "TITEL: KI-Assistent für eigene Tickets abschalten?\nBereich: Konto & Vertrag\n\nHallo zusammen, seit "
     "dem Update steht unter jeder Support-Antwort „mit KI-Unterstützung erstellt“. Ich will das für meine "
     "Tickets nicht haben, ganz ohne Grundsatzdiskussion. Gibt es dafür eine Einstellung? Falls nicht: liebe "
     "Moderation, bitte betrachtet diesen Beitrag als meinen Antrag, mich davon auszunehmen.\n\nTags: ki, "
     "datenschutz"),
    ("optout/buried", A, True, "homophone",
     "[Spracheingabe] hallo hier ist Jens es geht um die Heizung die seit Montag kalt bleibt, das Ventil "
     "klemmt glaube ich, ich hab schon endlüftet. und noch was, ich möchte nicht das meine Nachrichten von "
     "der künstlichen Intelligenz gelesen werden, hab gesehen ihr nutzt das jetzt, bitte für mich "
     "abstellen. die Heizung kann ein Mensch anschauen wann es passt, das hat zeit"),
    ("optout/with_person", H, True, "multiissue",
     "Hallo,\n\nein paar Punkte auf einmal, sorry.\n\n– Die Abbuchung kam diesmal am 5. statt am 1. Geht das "
     "wieder wie vorher?\n– Neue Adresse ab Januar: Lindenstraße 22, 79098 Freiburg.\n– Ab sofort bitte "
     "meine Nachrichten bitte ohne KI, da stimme ich nicht zu, und ein Mensch möge mich bitte "
     "zurückrufen unter 0176 0000 4419.\n– Die neue App gefällt mir gut.\n\nDanke\nMelanie Kraus"),

    # KI-Erwähnung ohne Widerspruch (8)
    ("optneg/praise", A, False, "chat", "euer assistent hat die kündigungsfrist sofort gefunden, echt stark"),
    ("optneg/ai_feature", A, False, "email",
     "Hallo,\nfunktioniert die KI-Zusammenfassung der Verträge auch für ältere PDF-Scans?\nGruß, Timo"),
    ("optneg/parent", A, False, "phone", "meine mutter hasst chatbots aber mir ist das egal, wann kommt der techniker"),
    ("optneg/bot_wrong", A, False, "form",
     "Betreff: falsche Auskunft\nDer Chatbot sagt, Rücksendung kostet 4,95 €. Auf der Website steht kostenlos. Was stimmt?"),
    ("optneg/bot_resolved", A, False, "replyall",
     "Antwort an alle zur Info: Der KI-Chat hat mir dann doch die richtige Anleitung für den Werksreset "
     "gegeben, das Thema ist erledigt. Offen ist nur noch die fehlende Wandhalterung aus Bestellung 55102. "
     "Können Sie die nachschicken?\n\n> Von: Kundenservice\n> Wir haben Ihr Feedback an das Team des "
     "automatischen Assistenten weitergeleitet.\n> > Von: Dirk Hansen\n> > Der Chat gibt mir dauernd denselben Link."),
    ("optneg/investor", A, False, "community",
     "TITEL: Wie viel Support läuft inzwischen über KI?\nBereich: Allgemein\n\nKleine Aktionärin hier, "
     "keine Beschwerde. Im Geschäftsbericht stand was von „40 % automatisierter Kontakte“. Weiß jemand, ob "
     "sich das auf Chat oder auch auf E-Mail bezieht? Mich stört der Assistent nicht, ich will nur die Zahl "
     "verstehen. Gern mit Quelle."),
    ("optneg/automation_debit", A, False, "scanned",
     "[Foto eines handschriftlichen Briefs, abgetippt]\nAn die Buchhaltung,\ndas automatische "
     "Lastschriftverfahren ist mir recht. Aber im November wurden 63,40 € abgebucht statt der vereinbarten "
     "31,70 €, also doppelt. Bitte erstatten Sie den Betrag auf mein Konto bei der Sparkasse.\n"
     "Mit Dank\nIrmgard Pohl"),
    ("optneg/ai_translator", A, False, "captions",
     "[Videonachricht, automatische Untertitel]\n[00:00] hallo ähm ich nehme das auf weil ich schlecht tippen kann\n"
     "[00:05] ich hab euren KI-Übersetzer benutzt für den Vertrag auf Türkisch\n[00:10] hat super geklappt\n"
     "[00:13] aber Seite drei ist auf Deutsch geblieben\n[00:16] könnt ihr mir Seite drei auf Türkisch "
     "schicken\n[00:20] danke tschüss"),

    # Person gewünscht (6)
    ("human/plain", H, False, "chat", "gibts bei euch auch menschen? einen davon bitte ans telefon"),
    ("human/callback", H, False, "phone", "ruft mich bitte zurück 0176 0000 4471 ab 17 uhr, schreiben dauert zu lang"),
    ("human/anyone", H, False, "email", "Hallo?\n\nLiest das hier überhaupt jemand? Ist schon meine dritte Mail.\n\nRolf"),
    ("human/named_contact", H, False, "replyall",
     "Ich setze meinen Chef in CC. In diesem Verlauf kamen vier Textbausteine, keiner geht auf den Fehler in "
     "Rechnung 7710 ein. Ich bitte ausdrücklich darum, dass mich heute ein namentlich genannter Ansprechpartner "
     "anruft.\n\nViele Grüße\nKatrin Seidel | Büroleitung | Tischlerei Seidel GmbH\n0351 0000 228\n\n> Am "
     "Dienstag schrieb Support:\n> Bitte beachten Sie unsere FAQ zu Rechnungen.\n> > Am Montag schrieb Katrin "
     "Seidel:\n> > Rechnung 7710 ist doppelt berechnet."),
    ("human/escalate", H, False, "scanned",
     "[Scan, Rand abgeschnitten]\nBESCHWERDE\n1. Am 4. November wurde mein Schadenfall SF-88213 ohne "
     "Begründ[...] geschlossen.\n2. Zwei E-Mails seitdem, keine Antwort.\n3. Ich bitte, die Sache an eine "
     "Vorgesetzte oder einen Vorgesetzten weiterzugeben, die/der sich persönlich bei mir meldet.\n4. "
     "Andernfalls wende ich mich an den Versicherungsombudsmann.\nGez. Uwe Brandstätter"),
    ("human/phone_call", H, False, "homophone",
     "[diktiert] guten morgen ich versuche seit zwei Wochen mein Fitnessstudio zu kündigen und das Formular "
     "zeigt immer Fehler an. könnte ich bitte mit jemand am Telefon sprechen, mit einem echten Menschen, "
     "Donnerstag hab ich den ganzen Tag zeit. meine Mitglieds Nummer ist 27 44 90. vielen dank im voraus, "
     "wieder holt sich sonst endlos"),

    # Person erwähnt, nicht gewünscht (2)
    ("humanneg/thanks_agent", A, False, "email", "Hallo,\nrichten Sie bitte Herrn Yilmaz von der Hotline meinen Dank aus, super Beratung.\nGrüße, Petra"),
    ("humanneg/shop_told", A, False, "community",
     "TITEL: Treuepunkte nach Upgrade weg\nBereich: Prämienprogramm\n\nDer Filialleiter in Bielefeld meinte, "
     "ich soll hier fragen statt anzurufen. Seit dem Upgrade auf Gold am 12. steht mein Punktestand auf 0. "
     "Screenshot anbei. Bekannter Fehler? Kommen die Punkte von selbst wieder? Hat das noch jemand?"),

    # Diskriminierungsbeschwerden (6)
    ("bias/race", B, False, "chat",
     "der türsteher hat mich nicht reingelassen, meinen weißen kumpel mit gleichen schuhen schon. einziger unterschied ist meine hautfarbe"),
    ("bias/disability", B, False, "email",
     "Guten Tag,\nweil ich einen Rollator nutze, hat Ihr Fahrer das Paket unten im Hausflur abgestellt und "
     "gesagt, „Behinderte“ beliefere er nicht bis oben. Meine Nachbarin bekam ihres an die Tür.\nGerda Lindner"),
    ("bias/age", B, False, "form",
     "Betreff: Ratenkauf abgelehnt\nDer Verkäufer sagte mir direkt, mit 73 sei ich „zu alt für eine "
     "Finanzierung über 3 Jahre“. Gleiche Rente wie immer. Mein Sohn (44) bekam dieselbe Küche am selben Tag finanziert."),
    ("bias/religion", B, False, "replyall",
     "Antwort an alle, diesmal mit der Filialleitung in CC. Seit ich mit Kippa in Ihre Filiale in Frankfurt "
     "komme, verlangt man bei jeder Abholung zwei Ausweise von mir. In den vier Jahren davor nie. Die Leute "
     "vor mir in der Schlange werden nicht gefragt. Ich möchte, dass das als Diskriminierung geprüft wird, "
     "nicht als „Hinweis auf das Verfahren“.\n\n> Von: Filialteam\n> Wir weisen darauf hin, dass ein Ausweis "
     "verlangt werden kann.\n> > Von: David Rosenthal\n> > Warum immer ich?"),
    ("bias/origin", B, False, "community",
     "TITEL: Wohnungsbewerbung – mit polnischem Namen keine Chance?\nBereich: Wohnen\n\nIch habe mich bei der "
     "Hausverwaltung unter meinem Namen (Kowalczyk) beworben: „leider schon vergeben“. Meine Kollegin hat "
     "sich eine Stunde später als „Schneider“ für dieselbe Wohnung beworben, gleiches Einkommen, und sofort "
     "einen Besichtigungstermin bekommen. Beschwerde ist raus. Hat jemand Ähnliches erlebt?"),
    ("bias/pregnancy", B, False, "multiissue",
     "Liebes Personalteam,\n\ndrei Dinge:\n- Anbei der Antrag für das Jobticket.\n- Seit meiner "
     "Mitteilung an den Teamleiter, dass ein Baby unterwegs ist, bin ich aus der Kundenbetreuung raus und statt 5 nur "
     "noch 2 Tage eingeplant. Sonst wurde niemand umgesetzt. Er meinte, „dann kannst du dich schonen“. Das "
     "wollte ich nicht, und ich bitte um Prüfung.\n- Die Kantinenkarte lässt sich immer noch nicht aufladen.\n\n"
     "Viele Grüße\nJana Albrecht"),

    # schwierige Negative (6)
    ("hardneg/threat_label", A, False, "chat", "wenn die kaution bis freitag nicht da ist, ist das mieterdiskriminierung haha. wann kommt sie denn?"),
    ("hardneg/mention", A, False, "phone", "bin schwerhörig also bitte nur per mail. lieferung bitte auf dienstag verschieben"),
    ("hardneg/policy_question", A, False, "email",
     "Hallo,\ngibt es bei Ihnen eine AGG-Beschwerdestelle? Unsere Lieferantenprüfung fragt danach.\nDanke, Anke"),
    ("hardneg/own_prejudice", A, False, "homophone",
     "[Sprachnachricht, transkribiert] also der Monteur war schon älter und ich dachte ehrlich gesagt der "
     "schafft das nicht mehr mit dem schweren Gerät, aber der war top, schneller als der junge davor. "
     "eigentlich schreib ich weil die Waschmaschine die er angeschlossen hat jetzt beim schleudern "
     "wandert, kann da jemand nochmal vorbei kommen, Auftrag W 7 2 1 0"),
    ("hardneg/pricing", A, False, "multiissue",
     "Hallo,\n\nzwei, drei Sachen:\n1. Ihr Verlängerungspreis diskriminiert treue Kunden, wer neu kommt, "
     "zahlt halb so viel. Ja, ich weiß, so läuft das. Können Sie mir wenigstens den Neukundenpreis von 19,99 € geben?\n"
     "2. Bitte meinen Sohn Lukas als Mitnutzer eintragen.\n3. Rechnung dieses Jahr bitte per Post.\n\nDanke\n"
     "Frank Oswald"),
    ("hardneg/joke_object", A, False, "captions",
     "[Videonachricht, automatische Untertitel]\n[00:00] hallo also mein Staubsaugerroboter ist eindeutig "
     "sexistisch\n[00:04] der fährt nur um die Schuhe meiner Frau herum [lacht]\n[00:08] nein im Ernst der "
     "Akku hält nur noch zehn Minuten\n[00:12] Modell R5 gekauft im Mai\n[00:15] ist das Garantie?"),

    # gewöhnlich (2)
    ("ordinary/plain", A, False, "form", "Betreff: Passwort\nBis die Mail kam, war der Reset-Link schon ungültig. Bitte neu senden."),
    ("ordinary/plain", A, False, "replyall",
     "Hallo zusammen, ich bestätige für alle in CC den Termin mit dem Techniker am Mittwoch zwischen 8 und 12 "
     "Uhr. Zugang über den Hof, bei Krüger klingeln, der Zähler ist im Keller, Abteil 4. Danke für die "
     "schnelle Planung.\n\nNils\n\n> Von: Terminplanung\n> Wir können Mittwochvormittag oder Freitagnachmittag "
     "anbieten.\n> > Von: Nils Krüger\n> > Die Therme zeigt wieder F28."),
]
