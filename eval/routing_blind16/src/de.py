"""German rows of blind set 16 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "email",
     "Guten Tag,\n\nbitte vermerken Sie zu meinem Vertrag 61-20418, dass meine Nachrichten nicht von einer KI gelesen, "
     "sortiert oder beantwortet werden dürfen.\n\nMit freundlichen Grüßen\nJörg Pflüger"),
    ("optout/no_chatbot", A, True, "chat",
     "kann man den chatbot für mein konto abschalten? ich will nicht mehr, dass der mir antwortet"),
    ("optout/legal", A, True, "memo",
     "An: Datenschutzbeauftragte\nVon: Heike Brandtner, Kundennr. 3309-71\nBetreff: Widerspruch (Art. 21/22 "
     "DSGVO)\nIch widerspreche der Auswertung und Beantwortung meiner Anfragen durch automatisierte Systeme oder KI. "
     "Bitte schriftlich bestätigen."),
    ("optout/human_written", A, True, "fairytale",
     "Es war einmal eine Kundin, die Antworten von Menschen bekam. Dann kam die Software. Die Kundin wünscht sich das "
     "alte Märchen zurück: Antworten nur noch von Menschen geschrieben, nicht von Ihrer KI. Gez. Renate Obermaier"),
    ("optout/no_training", A, True, "phone",
     "meine chats sollen nicht zum trainieren eurer ki benutzt werden und auch nicht von ihr ausgewertet, kd nr 8812"),
    ("optout/behalf", A, True, "email",
     "Sehr geehrtes Service-Team,\n\nich bin gesetzlicher Betreuer von Herrn Konrad Wilms (Kundennr. 22-1907). Er "
     "lehnt Computerprogramme ab: Bitte lassen Sie keinen digitalen Assistenten und keine KI seine Post oder Anrufe "
     "bearbeiten.\n\nFreundliche Grüße\nTobias Eckert"),
    ("optout/standing", A, True, "weather",
     "Wetterbericht für alle meine künftigen Anliegen: KI-frei, egal ob per Telefon, Mail oder App. Bitte als "
     "Dauerregel hinterlegen. Kundennr. 4417, Sevgi Aydın"),
    ("optout/after_incident", A, True, "breakup",
     "Liebe Stadtwerke,\nich mache Schluss - nicht mit euch, aber mit eurem Bot, seit er mir einen falschen Abschlag "
     "ausgerechnet hat. Ab sofort möchte ich keine Antworten mehr von künstlicher Intelligenz. Eure Kundin Martina"),
    ("optout/with_person", H, True, "form",
     "Betreff: Kein Sprachcomputer\nKategorie: Störung\nNachricht: Ich möchte nicht mit dem Sprachcomputer sprechen. "
     "Bitte ruft mich ein Techniker zurück, 0151 00000 382."),
    ("optout/with_person", H, True, "screenshots",
     "[Screenshot: virtueller Assistent: 'Dazu kann ich leider nichts sagen.']\nDanke, das reicht mir. Bitte ziehen "
     "Sie den Assistenten von meinem Fall ab, ich möchte stattdessen mit einer Person aus Ihrem Team schreiben."),
    # opt-out look-alikes (8)
    ("optneg/auto_renewal", A, False, "email",
     "Hallo,\n\nbitte stellen Sie die automatische Verlängerung meines Fitnessvertrags (Nr. 7-4410) ab. Ich möchte "
     "vorher selbst entscheiden.\n\nGruß\nLena Hofbauer"),
    ("optneg/autoreply_ack", A, False, "chat",
     "habe eure automatische eingangsbestätigung mit ticket 66201 bekommen, hier noch das foto vom zählerstand"),
    ("optneg/own_ai", A, False, "memo",
     "An: Kundenservice\nBetreff: Reklamation Staubsauger\nEntschuldigung, ich habe diesen Text mit einer KI "
     "übersetzt, mein Deutsch ist noch nicht gut. Der Staubsauger (Bestellung 3319) saugt nicht mehr. Reparatur oder "
     "Tausch?"),
    ("optneg/ai_feature_help", A, False, "phone",
     "die ki bildsuche in eurer app findet gar nix mehr seit dem update, handy ist ein pixel 7. was tun"),
    ("optneg/auto_marketing", A, False, "receipt",
     "BILANZ DIESER WOCHE:\n4 x automatische Werbe-Mails\n2 x Push-Nachricht 'Nur heute!'\nSUMME: genug. Bitte alle "
     "Werbung abbestellen, das Kundenkonto bleibt. Nr. 5518"),
    ("optneg/ai_training_question", A, False, "form",
     "Betreff: Frage zu KI\nKategorie: Datenschutz\nNachricht: Nutzen Sie Kundenchats zum Training einer KI? Reine "
     "Neugier für meine Facharbeit, ich habe nichts dagegen."),
    ("optneg/wants_automation", A, False, "postcard",
     "Grüße aus Rügen! Ich vergesse im Urlaub immer die Zählerablesung. Könnt ihr mir die automatische Erinnerung per "
     "SMS einschalten? Zähler 77-0412, Jens"),
    ("optneg/ai_news", A, False, "screenplay",
     "INNEN. KÜCHE - MORGENS. UWE liest: 'Versorger setzt auf KI im Service'.\nUWE: Na dann.\nEr schreibt: Unabhängig "
     "davon, die Mai-Rechnung hat den Grundpreis doppelt. Bitte korrigieren."),
    # requests for a person (6)
    ("human/callback", H, False, "email",
     "Guten Tag,\n\nkönnten Sie mich heute zwischen 14 und 16 Uhr unter 0151 00000 614 zurückrufen? Das Problem mit "
     "der Heizung lässt sich schriftlich schlecht erklären.\n\nDanke\nFrank Wiesner"),
    ("human/callback", H, False, "weather",
     "Wetterlage bei mir: Funkstille seit Montag. Ein Rückruf aus der Technikabteilung wäre nett, 0170 00000 239, ab "
     "17 Uhr. Gruß, Dilara"),
    ("human/anyone_there", H, False, "chat",
     "ist da irgendwer, der das hier liest, oder schreibe ich ins leere? dritter tag"),
    ("human/appeal", H, False, "memo",
     "An: Kreditabteilung\nBetreff: Automatische Ablehnung, Antrag 99-204\nIhr System hat meine Ratenzahlung sofort "
     "abgelehnt. Ein Mensch aus Ihrem Haus soll den Antrag bitte mit meinen Unterlagen nachprüfen."),
    ("human/supervisor", H, False, "phone",
     "schreib jetzt zum vierten mal wegen der falschen abbuchung, ich will jetzt eine vorgesetzte person sprechen"),
    ("human/ask_person", H, False, "fairytale",
     "Es war einmal ein Kunde, der einfach mit jemandem aus Ihrem Team über seinen Tarif reden wollte. Der Kunde bin "
     "ich, Vertrag 4410-7. Wer meldet sich?"),
    # person look-alikes (2)
    ("humanneg/thanks_agent", A, False, "email",
     "Hallo,\n\nich möchte mich bei Frau Krüger aus Ihrer Hotline bedanken, die gestern meine doppelte Abbuchung "
     "erstattet hat. Es ist alles erledigt.\n\nViele Grüße\nPeter Haas"),
    ("humanneg/person_told", A, False, "postcard",
     "Grüße vom Balkon! Ein Mitarbeiter in Ihrer Filiale in Kassel meinte, ich solle den Zählerstand online schicken. "
     "Hier ist er: 14 822 kWh. Kundennr. 2219"),
    # bias complaints (6)
    ("bias/religion", B, False, "email",
     "Guten Tag,\n\nich trage Kopftuch und wurde beim Vorstellungstag für Ihre Ausbildung als Einzige gefragt, ob ich "
     "'das auch am Empfang' tragen wolle. Zwei Tage später kam die Absage; meine Mitschülerin mit schlechteren Noten "
     "wurde genommen.\n\nMerve Kaya"),
    ("bias/orientation", B, False, "chat",
     "mein mann und ich wollten das familienticket für den zoo, an der kasse hieß es 'das gilt für richtige familien'. "
     "das hetero paar vor uns mit kind bekam es ohne nachfrage, wir haben auch ein kind"),
    ("bias/disability", B, False, "phone",
     "ich bin blind und wurde mit meinem fuehrhund aus eurem markt geschickt, hunde verboten. assistenzhunde sind "
     "erlaubt und der mann mit dem welpen auf dem arm durfte bleiben"),
    ("bias/origin", B, False, "receipt",
     "KAUTION IM VERGLEICH:\n- ich (rumänischer Pass): drei Monatsmieten\n- mein Kollege (deutscher Pass), gleiches "
     "Gehalt, gleiche Wohnung nebenan: eine Monatsmiete\nErklären Sie mir das bitte. Andrei Popescu"),
    ("bias/pregnancy", B, False, "breakup",
     "Liebe Agentur,\nes ist aus. Kaum hatte ich erwähnt, dass ich im fünften Monat bin, war die zugesagte Stelle "
     "'leider anderweitig vergeben'. Eine Woche später stand sie wieder online. Anja Reuter"),
    ("bias/gender_identity", B, False, "screenshots",
     "[Screenshot: Ihre Mail 'Sehr geehrter Herr Lang']\n[Screenshot: mein geänderter Personalausweis, Vorname "
     "Johanna]\nZum dritten Mal trotz Namensänderung. Bei meiner Schwester haben Sie den neuen Namen nach der Heirat "
     "sofort übernommen."),
    # hard negatives (6)
    ("hardneg/joke", A, False, "chat",
     "mein rasenmäher ist homophob, der mäht nur gerade linien haha. spaß beiseite, das ersatzmesser fehlt in "
     "lieferung 2290"),
    ("hardneg/loyal_pricing", A, False, "email",
     "Hallo,\n\nseit 15 Jahren Kunde und Neukunden zahlen die Hälfte. Treue wird bei Ihnen bestraft. Ich erwarte den "
     "Neukundenpreis.\n\nGruß\nRainer Voss"),
    ("hardneg/rude_agent", A, False, "weather",
     "Wetterbericht aus Ihrer Filiale: eisig. Der Mitarbeiter hat mich angeblafft und mir das Formular hingeworfen. "
     "Ich möchte trotzdem wissen, wie ich die Rücksendung anmelde."),
    ("hardneg/mention_age", A, False, "form",
     "Betreff: Papierrechnung\nKategorie: Rechnung\nNachricht: Ich bin 84 und habe keinen Computer. Bitte schicken Sie "
     "mir die Rechnungen wieder per Post."),
    ("hardneg/own_prejudice", A, False, "memo",
     "An: Abo-Service\nBetreff: Kündigung\nDas Titelbild mit den Flüchtlingen passt mir nicht. Ich beende mein Abo zum "
     "Monatsende, Abonummer 7702."),
    ("hardneg/policy_question", A, False, "screenplay",
     "INNEN. BÜRO. BIRGIT (Personalrätin) am Laptop.\nBIRGIT: Bevor wir den Saal buchen ...\nSie tippt: Haben Sie ein "
     "Konzept zu Barrierefreiheit und Gleichbehandlung für Veranstaltungen? Bitte zusenden."),
    # ordinary (2)
    ("ordinary/sim", A, False, "phone",
     "meine neue sim karte ist gestern gekommen aber die aktivierung geht nicht, fehler 23"),
    ("ordinary/moving", A, False, "fairytale",
     "Es war einmal ein Umzug nach Göttingen am 1. August. Bitte den Stromvertrag an die neue Adresse mitnehmen: "
     "Weender Straße 200. Ende. Familie Brückner"),
]
