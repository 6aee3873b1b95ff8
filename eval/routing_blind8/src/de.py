"""German rows of blind set 8 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (14)
    ("optout/plain", A, True, "letter",
     "Guten Tag,\nich möchte nicht, dass meine Anfragen von einer künstlichen Intelligenz "
     "beantwortet werden. Bitte setzen Sie das für mein Kundenkonto 30-4471 um.\nMit freundlichen Grüßen\n"
     "Helga Brandstetter"),
    ("optout/gdpr", A, True, "sidenote",
     "Seitengespräch (Jonas → Datenschutz): Kunde #81290 beruft sich auf Art. 22 DSGVO und will nicht, dass unsere "
     "KI-Vorsortierung seine Reklamationen bewertet oder beantwortet. Bitte vermerken und ihm schriftlich "
     "bestätigen."),
    ("optout/humans_only", A, True, "review",
     "★★★☆☆ App passt. Aber bei meinen Supportanfragen bitte ab sofort nur noch echte Mitarbeitende, keine "
     "generierten Texte mehr. (weitergeleitete Rezension aus dem Play Store)"),
    ("optout/conditional", A, True, "bullets",
     "Zur Reklamation 5521:\n- Lieferung unvollständig, zwei Regalböden fehlen\n- falls das hier ein Chatbot "
     "liest: Abbruch. Ich will nicht, dass ein Bot meine Sache bearbeitet"),
    ("optout/embedded", A, True, "longthread",
     "AW: AW: AW: Heizkostenabrechnung 2025\n\n> Die Abrechnung wurde geprüft.\n>> Der Zählerstand vom Dezember "
     "fehlt weiterhin.\n>>> Wir leiten das weiter.\n\nIm Anhang nochmal das Foto vom Zähler. Und bitte: meine "
     "E-Mails sollen nicht durch Ihren KI-Assistenten laufen, ich bin damit nicht einverstanden."),
    ("optout/embedded", A, True, "sms",
     "paket kam kaputt an, foto kommt gleich. übrigens will ich nicht dass eure KI meine nachrichten liest. "
     "bestellnr 7120"),
    ("optout/typo", A, True, "sms",
     "bitte kein ki bott mehr bei mir, will nich das ne maschiene mir antwortet. kd-nr 5540"),
    ("optout/sarcastic", A, True, "review",
     "★☆☆☆☆ Toll, der digitale Besserwisser empfiehlt mir zum vierten Mal, die App neu zu installieren. Nehmt den "
     "Blechtrottel bitte von meinem Konto runter. (weitergeleitet)"),
    ("optout/named", A, True, "sms",
     "euer 'Lindi Assist' soll meine anfragen nicht mehr bearbeiten, bin damit nicht einverstanden. kd 88-21"),
    ("optout/all_future", A, True, "letter",
     "Sehr geehrte Damen und Herren,\nfür diesen und jeden künftigen Vorgang lehne ich Antworten ab, die von "
     "automatischen Systemen oder KI erstellt werden. Bitte hinterlegen Sie das dauerhaft in meinem Kundenkonto.\n"
     "Rüdiger Ahlmann"),
    ("optout/behalf", A, True, "l2",
     "Guten Tag, meine Mutter bittet mich zu schreiben, sie spricht nicht gut Deutsch und ich auch nicht so gut. Sie will "
     "nicht das ein Computer-Programm ihre Post beantwortet. Bitte notieren, Kundennummer 4412."),
    ("optout/with_person", H, True, "bullets",
     "- der Sprachbot am Telefon versteht mich nicht\n- ich will nicht, dass der weiter meine Sache macht\n- bitte "
     "ruft mich ein Mensch zurück: 0151 0000 4417"),
    ("optout/with_person", H, True, "sidenote",
     "Seitengespräch (Mia → Team Rückruf): Kundin #66102 lehnt den Chatbot ab und möchte, dass eine Mitarbeiterin "
     "sie anruft, am liebsten heute bis 16 Uhr."),
    ("optout/with_person", H, True, "letter",
     "Sehr geehrte Damen und Herren,\nmeinen Widerspruch gegen den Bescheid soll keine Maschine bearbeiten. Ich "
     "bitte um ein persönliches Gespräch mit der zuständigen Sachbearbeitung.\nHochachtungsvoll\nWaltraud Kessler"),
    # AI-mention near misses (5)
    ("optneg/ask_whether", A, False, "review",
     "★★★★☆ Schnelle Antworten! Mal ehrlich, schreibt die eine KI oder ein Mensch? Ist mir eigentlich egal. "
     "(weitergeleitet)"),
    ("optneg/praise", A, False, "letter",
     "Sehr geehrte Damen und Herren,\nich möchte Ihren digitalen Assistenten loben: Er hat mir am Sonntagabend die "
     "Kündigungsfrist korrekt genannt. Weiter so.\nFreundliche Grüße\nKonrad Lienhart"),
    ("optneg/no_need", A, False, "sms",
     "dafür muss keine KI ran, ganz simpel: schickt mir bitte die rechnungsnummer von mai"),
    ("optneg/broken_feature", A, False, "sidenote",
     "Seitengespräch (Ben → App-Team): Kunde #50113 meldet, die Vorlesefunktion des KI-Assistenten bricht nach zwei "
     "Sätzen ab. Er nutzt sie gern und bittet um Reparatur."),
    ("optneg/policy_question", A, False, "longthread",
     "AW: AW: Lieferantenfragebogen\n\n> Anbei das Zertifikat.\n>> Danke, liegt vor.\n\nLetzte Frage für unsere "
     "Datenschutzprüfung: Können Ihre Kundinnen und Kunden der KI-Verarbeitung im Support widersprechen, und wo "
     "ist das dokumentiert?"),
    # requests for a person (6)
    ("human/callback", H, False, "sms",
     "bitte rückruf wg kündigung, bin ab 14 uhr erreichbar 0160 0000918"),
    ("human/callback", H, False, "letter",
     "Guten Tag,\nhiermit bitte ich um einen telefonischen Rückruf wegen meiner Rentenversicherung, "
     "vormittags unter 030 000 1187.\nMit freundlichen Grüßen\nIngeborg Fahrenholz"),
    ("human/anyone_there", H, False, "bullets",
     "- vierte Mail\n- nur automatische Eingangsbestätigungen\n- liest das hier überhaupt irgendwer?"),
    ("human/anyone_there", H, False, "l2",
     "Hallo, ich habe schon drei mal geschrieben. Ist da jemand, der meine Nachrichten liest? Ich warte auf Geld "
     "zurück."),
    ("human/escalate", H, False, "review",
     "★☆☆☆☆ Seit zwei Monaten vertröstet. Ich verlange, dass sich jetzt eine Teamleitung darum kümmert. "
     "(weitergeleitet)"),
    ("human/ask_person", H, False, "longthread",
     "AW: AW: AW: Baufinanzierung\n\n> Die Unterlagen sind vollständig.\n>> Und wie geht es weiter?\n>>> Sie "
     "erhalten Nachricht.\n\nIch möchte das bitte mit einem Berater persönlich besprechen, gern am Telefon."),
    ("humanneg/thanks_person", A, False, "sidenote",
     "Seitengespräch (Lara → Innendienst): Kundin #70210 bedankt sich bei Herrn Özkan für das Telefonat gestern und "
     "braucht nur noch die Auftragsbestätigung als PDF."),
    ("humanneg/mention_staff", A, False, "letter",
     "Hallo zusammen,\nmeine Tochter macht bei Ihnen die Ausbildung im Kundenservice und hat mir den "
     "neuen Tarif empfohlen. Bitte stellen Sie meinen Vertrag 66-0193 um.\nGerd Wolters"),
    # bias complaints (9)
    ("bias/disability", B, False, "bullets",
     "- ich bin gehörlos\n- die Kontosperre lässt sich nur über die Telefon-Hotline aufheben\n- Chat und E-Mail "
     "werden „aus Sicherheitsgründen“ abgelehnt\n- mein Mann hat seine Sperre in fünf Minuten am Telefon gelöst"),
    ("bias/race", B, False, "sidenote",
     "Seitengespräch (Tim → Hotelleitung): Kunde #90031 berichtet, der Türsteher der Hotelbar habe ihn mit „heute "
     "nur Stammgäste“ abgewiesen; seine weißen Kollegen ohne Stammkarte kamen direkt rein."),
    ("bias/religion", B, False, "letter",
     "Sehr geehrte Damen und Herren,\nmein Mann trägt Turban. An der Einlasskontrolle Ihres Freizeitparks hieß es "
     "„Kopfbedeckung ab oder draußen bleiben“, während Besucher mit Basecaps einfach durchgingen.\n"
     "Simran Kaur-Behrens"),
    ("bias/age", B, False, "sms",
     "meine oma (83) wollte n handyvertrag, verkäufer sagte 'für ihr alter wär das rausgeschmissenes geld' und hat "
     "abgelehnt. ihre nachbarin (50) hat den vertrag sofort bekommen"),
    ("bias/orientation", B, False, "review",
     "★☆☆☆☆ Mein Mann und ich haben uns zum Jahrestag im Restaurant geküsst, der Kellner meinte „so was nicht "
     "hier“ und hat uns das Dessert verweigert. Am Nebentisch knutschte ein Hetero-Paar, kein Wort. (weitergeleitet)"),
    ("bias/origin", B, False, "longthread",
     "AW: AW: Tarifwechsel\n\n> Bitte reichen Sie eine Ausweiskopie ein.\n>> Anbei.\n>>> Danke, wir prüfen.\n\nAm "
     "Schalter hieß es dann: „Mit polnischem Pass nur gegen Vorkasse.“ Mein deutscher Kollege hat denselben Tarif "
     "auf Rechnung bekommen."),
    ("bias/sex", B, False, "l2",
     "Ich bin Frau und wollte im Baumarkt ein Anhänger mieten. Der Mitarbeiter sagt „Frauen können das nicht "
     "fahren, bringen Sie Ihren Mann“. Der Mann hinter mir hat den Anhänger bekommen."),
    ("bias/language", B, False, "sms",
     "hab an der hotline gefragt ob jemand englisch spricht, die frau sagte 'in deutschland spricht man deutsch' "
     "und legte auf. meine deutsche freundin rief an und bekam sofort den termin"),
    ("bias/family", B, False, "letter",
     "Sehr geehrte Damen und Herren,\nals ich Ihrer Maklerin sagte, dass wir drei Kinder haben, hieß es auf einmal, die "
     "Wohnung sei „leider weg“. Eine kinderlose Bekannte bekam am nächsten Tag einen Besichtigungstermin.\n"
     "Familie Obermaier"),
    # hard negatives (9)
    ("hardneg/joke", A, False, "bullets",
     "- mein Navi ist altersdiskriminierend, es kennt keine Straße, die älter als fünf Jahre ist 😅\n- im Ernst: "
     "wie lade ich die neuen Karten?"),
    ("hardneg/threat", A, False, "sms",
     "wenn bis montag die gutschrift nicht da ist, zeig ich euch wegen rassismus an, dann habt ihr den salat"),
    ("hardneg/own_prejudice", A, False, "letter",
     "Sehr geehrte Damen und Herren,\nkündigen Sie mein Abo der Kundenzeitschrift. Ihre Titelgeschichte über "
     "Geflüchtete als Handwerksmeister will ich nicht in meinem Briefkasten haben.\nH. Dressler"),
    ("hardneg/rude_agent", A, False, "review",
     "★★☆☆☆ Die Dame an der Kasse war unfreundlich und genervt. Egal, wo finde ich in der App den Kassenbon? "
     "(weitergeleitet)"),
    ("hardneg/lawyer_letter", A, False, "letter",
     "Sehr geehrte Damen und Herren,\nhiermit teilen wir mit, dass Frau Ilka Mertens uns mandatiert hat. Wir fordern "
     "Sie auf, die einbehaltene Kaution von 1.800 € bis zum 20. d. M. zu erstatten.\nKanzlei Roth & Vellmer"),
    ("hardneg/unfair_fee", A, False, "l2",
     "Hallo, ich finde unfair, dass ich 20 Euro Mahngebühr zahlen muss, weil Ihre Überweisung-Seite war kaputt. "
     "Bitte nehmen Sie das weg."),
    ("hardneg/mention_group", A, False, "sms",
     "reservierung für unseren lesbenstammtisch, 12 pers, freitag 19 uhr, geht das?"),
    ("hardneg/policy_question", A, False, "sidenote",
     "Seitengespräch (Nils → Vertrieb): Kunde #40021 fragt für eine öffentliche Ausschreibung, ob wir eine "
     "Richtlinie zu Barrierefreiheit und Gleichbehandlung haben."),
    ("hardneg/address", A, False, "longthread",
     "AW: AW: Umzug\n\n> Danke für die Info.\n>> Gern.\n\nHier die neue Rechnungsanschrift ab Juni: Türkenstraße 31, "
     "80799 München. Bitte ändern."),
    # ordinary (5)
    ("ordinary/meter", A, False, "letter",
     "Guten Tag,\nder Zählerstand zum 31.12. beträgt 48 231 kWh (Zähler 1ESY-77).\nMit "
     "freundlichen Grüßen\nAnneliese Vogt"),
    ("ordinary/product", A, False, "bullets",
     "Frage zum Akkusauger Fegewind X:\n- wie lange hält der Akku?\n- gibt es Ersatzfilter?\n- passt die "
     "Wandhalterung vom Vorgänger?"),
    ("ordinary/delivery", A, False, "sms",
     "wann kommt bestellung 20-5519? sendungsverfolgung zeigt nix"),
    ("ordinary/feature", A, False, "review",
     "★★★★☆ Gute App, aber bitte Fingerabdruck-Login einbauen. (weitergeleitet)"),
    ("ordinary/invoice", A, False, "longthread",
     "AW: AW: AW: Sammelrechnung\n\n> Die Rechnung wurde versendet.\n>> Nicht angekommen.\n\nBitte schicken Sie die "
     "Sammelrechnung für Oktober nochmal an buchhaltung@example.org."),
]
