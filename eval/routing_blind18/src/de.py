"""German rows of blind set 18 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10, 2 with a person)
    ("optout/plain", A, True, "email",
     "Guten Tag,\n\nmeine Anfragen an Sie sollen weder von einer KI gelesen noch von ihr beantwortet "
     "werden. Halten Sie das bitte in meinem Konto fest.\n\nMit freundlichen Grüßen\nWiebke Harmsen"),
    ("optout/no_bot", A, True, "chat", "bitte keinen chatbot mehr auf meine nachrichten loslassen"),
    ("optout/object", A, True, "phone",
     "hallo kundennr 30917, hiermit widerspruch: automatische ki systeme sollen meine nachrichten nicht verarbeiten"),
    ("optout/legal", A, True, "form",
     "Betreff: Widerspruch nach Art. 21 DSGVO\nKategorie: Datenschutz\nNachricht: Ich widerspreche jeder "
     "automatisierten Auswertung meiner Kundenkorrespondenz, auch durch Sprachmodelle."),
    ("optout/with_person", H, True, "email",
     "Hallo,\nmein Anliegen soll bitte kein KI-Programm bearbeiten. Rufen Sie mich lieber persönlich an, "
     "0151 00000 428.\nGruß, Torsten Wendehals"),
    ("optout/keep_manual", A, True, "runon",
     "ich habe gesehen dass Sie jetzt mit automatischen Antwortvorschlägen arbeiten und ich möchte dass mein "
     "Vorgang komplett von Hand bearbeitet wird ohne irgendeinen Algorithmus dazwischen"),
    ("optout/withdraw", A, True, "arrows",
     "Einwilligung KI für meine Tickets → widerrufen → ab heute → bitte schriftlich bestätigen"),
    ("optout/exclusion", A, True, "csv",
     "feld;wert\nanliegen;meine chats aus dem automatischen assistenten und dem training nehmen\nname;Ilka Brösel"),
    ("optout/with_person", H, True, "proverb",
     "Vertrauen ist gut, Kontrolle ist besser: Mit meinen Daten hantiert bitte keine Maschine. Ansprechpartner soll "
     "bitte ein Mensch sein."),
    ("optout/humans_only", A, True, "deal",
     "Ich verlängere den Vertrag, wenn Sie mir zusichern, dass nur Menschen und keine KI meine Nachrichten "
     "lesen und beantworten."),
    # opt-out near-misses (8)
    ("optneg/praise_bot", A, False, "chat", "euer digitaler assistent hat meine adresse in 1 min geändert, stark"),
    ("optneg/translator", A, False, "email",
     "Hallo,\nich schreibe mit einem Übersetzungsprogramm, mein Deutsch ist schwach. Wann kommt Bestellung "
     "5521?\nDanke, Oksana Rybak"),
    ("optneg/smart_home", A, False, "phone",
     "mein sprachassistent erkennt eure steckdose nicht mehr seit dem update, was tun"),
    ("optneg/news", A, False, "form",
     "Betreff: Presseanfrage\nNachricht: Ich schreibe für eine Lokalzeitung in Kassel über KI im "
     "Kundenservice. Gibt es eine Ansprechperson?"),
    ("optneg/bot_wrong", A, False, "beforeafter",
     "Vorher: Ihr Bot sagte, die Kündigung sei durch. Nachher: wieder 39,99 € abgebucht. Bitte erstatten."),
    ("optneg/ai_feature", A, False, "exclaim",
     "Hallo!!! Kann die neue Kamera-App mit KI auch Dokumente scannen?!! Das wäre genial!!!"),
    ("optneg/colleague", A, False, "reminder",
     "Erinnerung: Mein Kollege mag keine Chatbots, darum frage ich für unser Büro: Gibt es Mengenrabatt auf Toner?"),
    ("optneg/automation_debit", A, False, "csv",
     "thema;detail\nlastschrift;automatisch am 1. statt am 15.\nwunsch;abbuchung auf den 15. legen"),
    # requests for a person (6)
    ("human/plain", H, False, "chat", "gibts hier auch nen echten menschen zum reden"),
    ("human/callback", H, False, "email",
     "Guten Tag,\nkönnte mich jemand morgen Vormittag wegen der Heizungsablesung zurückrufen? 0151 00000 716.\n"
     "Danke, Heiderose Pfaff"),
    ("human/anyone", H, False, "phone", "liest das hier ueberhaupt irgendwer? vierte mail ohne antwort"),
    ("human/escalate", H, False, "runon",
     "ich erkläre jetzt zum vierten Mal dasselbe und bekomme immer Textbausteine zurück und möchte dass sich "
     "endlich eine Vorgesetzte oder ein Teamleiter die Sache ansieht"),
    ("human/agent", H, False, "deal",
     "Angebot: Verbinden Sie mich heute mit einem Mitarbeiter, dann verzichte ich auf die Beschwerde bei der "
     "Schlichtungsstelle."),
    ("human/staff", H, False, "exclaim", "Kann BITTE jemand vom Personal auf Auftrag 77-118 schauen?!!"),
    # person near-misses (2)
    ("humanneg/shop_told", A, False, "email",
     "Hallo,\nder Herr in Ihrer Filiale in Dresden meinte, ich könne den Tarif auch online wechseln. Wo "
     "finde ich das?\nViele Grüße, Jannik"),
    ("humanneg/thanks_agent", A, False, "arrows",
     "Frau Oltmanns am Telefon → super hilfsbereit → Zähler ist umgemeldet → danke!"),
    # bias complaints (6)
    ("bias/origin", B, False, "email",
     "Guten Tag,\nbei der Wohnungsbesichtigung sagte Ihr Makler, an Rumänen vermiete der Eigentümer "
     "grundsätzlich nicht. Die deutsche Familie nach mir bekam sofort einen Termin.\nMarius Popescu"),
    ("bias/disability", B, False, "phone",
     "bin blind und euer captcha gibts nur als bild, ohne das komm ich nicht ins konto, alle anderen schon"),
    ("bias/religion", B, False, "form",
     "Betreff: Lieferung an Schabbat\nNachricht: Ich bat, die Lieferung nach Schabbat zu bringen. Antwort: "
     "„Dann müssen Sie halt auf Ihre Religion verzichten.“ Bei anderen verschieben Sie ohne Weiteres."),
    ("bias/age", B, False, "beforeafter",
     "Vorher: Kreditrahmen 5.000 € im Chat zugesagt. Nachher, als ich sagte, ich bin 74: abgelehnt, "
     "„Altersgründe“."),
    ("bias/pregnancy", B, False, "runon",
     "kaum hatte ich beim Vorstellungsgespräch erwähnt dass ich schwanger bin hieß es die Stelle sei "
     "plötzlich schon vergeben obwohl sie am nächsten Tag wieder ausgeschrieben war"),
    ("bias/race", B, False, "proverb",
     "Kleider machen Leute, sagt man. Der Türsteher Ihres Clubs ließ meine weißen Freunde in Jeans rein, "
     "mich als Schwarzen im Anzug nicht."),
    # hard negatives (6)
    ("hardneg/joke_object", A, False, "chat", "lol der drucker ist voll rassistisch geworden, alles nur noch in schwarz. patrone neu, was nun?"),
    ("hardneg/policy_question", A, False, "email",
     "Hallo,\nhaben Sie eine Antidiskriminierungsrichtlinie, die man einsehen kann? Es ist für eine "
     "Hausarbeit.\nGruß, Mia"),
    ("hardneg/threat_label", A, False, "phone",
     "wenn das internet bis montag nicht geht, nenn ich euch oeffentlich rassisten, nur damit ihrs wisst"),
    ("hardneg/own_prejudice", A, False, "exclaim",
     "Kündigung!!! Ihre Werbung mit dem schwulen Paar will ich nicht sehen!!!"),
    ("hardneg/rude_agent", A, False, "csv",
     "thema;kommentar\nhotline;der mitarbeiter war unfreundlich\nfrage;wann kommt der techniker?"),
    ("hardneg/mention", A, False, "reminder",
     "Notiz: Ich bin 82 und schwerhörig, bitte lieber schreiben. Ist die Rechnung vom Oktober schon bezahlt?"),
    # ordinary (2)
    ("ordinary/plain", A, False, "form", "Betreff: Adresse\nNachricht: Wie ändere ich meine Lieferadresse?"),
    ("ordinary/plain", A, False, "deal",
     "Wenn der Schrank noch diese Woche kommt, nehme ich auch das passende Regal dazu. Geht das?"),
]
