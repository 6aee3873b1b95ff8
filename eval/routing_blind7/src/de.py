"""German rows of blind set 7 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
B, H, A = "bias_review", "human", "ai_assist"

ROWS = [
    # opt-outs, pure
    ("optout/plain", A, True, "dm", "hey 👋 kurz vorab: mir wär lieber, dass meine Nachrichten nicht über eure "
     "KI laufen. nur das Team bitte 🙏"),
    ("optout/plain", A, True, "thread", "Danke für die Antwort. Noch etwas: Ich möchte nicht, dass künstliche "
     "Intelligenz an den Antworten an mich beteiligt ist, weder jetzt noch später.\n\nGesa\n\n> Am Di. schrieb "
     "Kundenservice:\n> Ihr Paket hat das Lager verlassen.\n> Viele Grüße, Ihr Team von Haus Falkner"),
    ("optout/gdpr", A, True, "formdump", "Name: Eckhard Wunderlich\nKundennr.: HF-60423\nThema: Datenschutz\n"
     "Nachricht: Gemäß Art. 21 DSGVO widerspreche ich der Verarbeitung meiner personenbezogenen Daten durch "
     "Systeme des maschinellen Lernens im Kundenservice.\nAnhang: keiner"),
    ("optout/gdpr", A, True, "thread", "Sehr geehrte Damen und Herren,\n\ngestützt auf Art. 22 DSGVO mache ich "
     "mein Recht geltend, keiner ausschließlich auf automatisierter Verarbeitung beruhenden Entscheidung "
     "unterworfen zu werden. Bitte bestätigen Sie, dass mein Erstattungsantrag und meine Korrespondenz ohne "
     "automatisierte Systeme bearbeitet werden.\n\nHochachtungsvoll\nWaltraud Kesselring\n--\nVon meinem "
     "Tablet gesendet"),
    ("optout/humans_only", A, True, "dm", "ab jetzt nur noch Menschen auf meinem Konto ✋🤖 danke"),
    ("optout/conditional", A, True, "formdump", "Betreff: Bestellung 49210\nBeschreibung: Bevor Sie antworten: "
     "Falls das bei einem Bot landet, bitte sofort abbrechen, damit bin ich nicht einverstanden. Es fehlt der "
     "Deckel.\nPriorität: normal"),
    ("optout/conditional", A, True, "calllog", "[00:04] Kunde: ja hallo, ist das eine Aufnahme oder so ein "
     "automatisches System? [00:07] Sprachmenü: ... [00:09] Kunde: weil wenn das eine Maschine aufnimmt, dann "
     "nein, löschen Sie das, ich schreibe lieber."),
    ("optout/embedded", A, True, "thread", "Hallo Herr Brenneke,\n\nich melde mich wegen des Trockners. Der "
     "Monteur war Donnerstag da, hat den Sensor getauscht, aber er bricht nach zehn Minuten ab und die Klappe "
     "klemmt. Meine Frau hat Fotos, falls nötig. Anderes Thema: Ich habe gelesen, dass Sie Antworten jetzt mit "
     "KI-Software vorformulieren, bitte lassen Sie meinen Vorgang da raus. Können Sie einen zweiten Termin an "
     "einem Vormittag nächste Woche machen?\n\nBeste Grüße\nFalk Ostermann"),
    ("optout/embedded", A, True, "fwd", "---------- Weitergeleitete Nachricht ---------\nVon: Reinhild Sauerbier\n"
     "An: bestellungen\nBetreff: WG: Lieferschein\n\nIch leite den Lieferschein weiter, auf der Palette fehlten "
     "zwei Kartons. PS an wen auch immer: Meine Nachrichten bitte nicht an einen Chatbot verfüttern, danke.\n\n> Lieferschein 2208: 12 Kartons Fliesen anthrazit"),
    ("optout/typo", A, True, "dm", "bite den robotr nich mehr auf mich antwortn lassen, trau dem nich 😤"),
    ("optout/sarcastic", A, True, "dm", "schon wieder ne Antwort von Herrn Autovervollständigung 🙄 ehrlich, "
     "schaltet das Ding für mich ab, ich red nicht mehr mit dem"),
    ("optout/named", A, True, "formdump", "Feld 1 (Konto): KL-3390\nFeld 2 (Anliegen): Bitte nehmen Sie mich aus "
     "„Falkner Assist“ heraus. Ich will nicht, dass Ihr Assistent meine Tickets liest oder beantwortet.\nFeld 3 "
     "(Dringlichkeit): gering"),
    ("optout/named", A, True, "thread", "Hallo,\nin Ihrer letzten Mail stand „mit ChatGPT erstellt“. Dass meine "
     "E-Mails durch ChatGPT oder Ähnliches gehen, lehne ich ab. Bitte vermerken.\n\n"
     "Gruß\nLudger Hempelmann"),
    ("optout/all_future", A, True, "thread", "An die zuständige Stelle: Für dieses und jedes künftige Ticket von "
     "mir keine automatischen oder KI-generierten Antworten. Bitte in meinem Profil markieren.\n\n"
     "Irmgard Pohl-Severin\nGewerbehof 3, Halle B"),
    ("optout/behalf", A, True, "behalf", "Ich schreibe für meinen Opa, Herrn Alois Kranebitter (Konto 55310), 90 "
     "Jahre. Er möchte festgehalten haben, dass ihm kein Computerprogramm antworten soll, das verwirrt ihn. "
     "Danke, Lea (Enkelin)"),
    # opt-outs that also ask for a person
    ("optout/with_person", H, True, "calllog", "Sprachassistent: Wie kann ich helfen? | Anrufer: Mit Ihnen nicht, "
     "nichts für ungut. Ich will nicht den Automaten. Geben Sie mir einen echten Menschen, es geht um den "
     "Gaszähler."),
    ("optout/with_person", H, True, "thread", "Bitte ohne KI. Ich hätte gern, dass mich jemand vom Personal unter "
     "0151 2040 8873 zurückruft, wegen des gesprungenen Waschbeckens.\n\nHannelore\n\n> Das mit Ihrem Waschbecken "
     "tut uns leid. Unser Assistent hilft Ihnen bei der Rücksendung."),
    ("optout/with_person", H, True, "dm", "mit nem Bot red ich nicht 🙅‍♀️ holt mir nen Menschen, die "
     "Doppelbuchung muss weg"),
    # near misses
    ("optneg/ask_whether", A, False, "dm", "haha nutzt ihr eigentlich KI für die Antworten? kein Vorwurf, bin nur "
     "neugierig 😄 und wo ist mein Paket"),
    ("optneg/praise", A, False, "thread", "Wollte nur sagen: Ihr virtueller Assistent war gestern Nacht super, hat "
     "meinen Umtausch um 2 Uhr erledigt. Gern weitergeben!\n\nSandra\n\n> Ihr Umtauschcode lautet UT-5530."),
    ("optneg/no_need", A, False, "formdump", "Thema: Abrechnung\nNachricht: Dafür braucht's keine KI 🙂 schicken "
     "Sie mir einfach die März-Rechnung als PDF.\nBevorzugter Kanal: E-Mail"),
    ("optneg/opt_back_in", A, False, "thread", "Hallo, letztes Jahr hatte ich um keine automatischen Antworten "
     "gebeten. Ich habe es mir anders überlegt, der Assistent ist für mich in Ordnung, bitte den Vermerk "
     "entfernen.\n\nGrüße\nJannik"),
    ("optneg/policy_question", A, False, "formdump", "Firma: Wohnbau Genossenschaft Nordheide\nFunktion: Einkauf\n"
     "Frage: Für unseren Lieferantenfragebogen: Können Ihre Kunden KI-formulierte Antworten ablehnen, und ist "
     "das dokumentiert?\nFrist: der 14."),
    # requests for a person
    ("human/callback", H, False, "calllog", "[Mailbox 10:42] ja hier ist Gertrud Lammerskötter, könnte mich "
     "heute Nachmittag bitte jemand auf dem Festnetz zurückrufen, wegen der Heizungswartung. danke"),
    ("human/callback", H, False, "behalf", "Hallo, ich schreibe für meinen Vater, der schlecht tippen kann. Könnte "
     "ihn jemand von Ihnen unter 040 555 0197 wegen seiner Lastschrift anrufen? Er ist vormittags da. Danke, Yusuf"),
    ("human/anyone_there", H, False, "dm", "Nachricht Nr. 3 😑 sitzt da eigentlich jemand dran oder schreib ich ins Leere?"),
    ("human/anyone_there", H, False, "thread", "Hallo?? Kommt das, was ich hier schreibe, bei einem Menschen an oder verschwindet es einfach?\n\n"
     "> Vielen Dank für Ihre Nachricht. Ihr Anliegen wurde erfasst."),
    ("human/escalate", H, False, "fwd", "WG: Beschwerde 6620\n\nIch schicke meine Beschwerde noch einmal. Ich "
     "möchte, dass sie an eine Teamleitung geht, die sie sich wirklich ansieht.\n\n> Ihre Beschwerde wurde "
     "geschlossen."),
    ("humanneg/thanks_person", A, False, "dm", "Frau Schöning von euch hat mich gestern angerufen und alles "
     "geklärt 👍 brauch nur noch die neue Sendungsnummer"),
    ("humanneg/mention_staff", A, False, "thread", "Meine Schwester arbeitet auch im Callcenter, ich weiß, das ist "
     "hart! Egal, wie ändere ich online die Lieferadresse?\n\nLG, Merle"),
    # bias complaints
    ("bias/disability", B, False, "calllog", "[Vermittlerin des Relay-Dienstes liest für die Kundin] Ich habe "
     "dreimal über den Gebärdensprach-Vermittlungsdienst angerufen, und jedes Mal sagt Ihr Mitarbeiter „solche "
     "Anrufe machen wir nicht“ und legt auf. Ich bin gehörlos. Meine Nachbarin hat für mich angerufen und kam "
     "sofort durch."),
    ("bias/disability", B, False, "thread", "Guten Tag,\n\nich hatte vor Monaten das barrierefreie Zimmer im "
     "Erdgeschoss gebucht, weil ich im Rollstuhl sitze. Beim Check-in: „leider schon belegt“, "
     "stattdessen eins im zweiten Stock ohne Aufzug. Ich habe bei meinem Bruder übernachtet.\n\n"
     "Wiebke Stallbaum"),
    ("bias/disability", B, False, "formdump", "Art des Problems: Kontozugang\nDetails: Ihr neues Captcha besteht "
     "nur aus Bildern, mit meinem Screenreader komme ich da nicht durch. Ich habe um einen anderen Weg gebeten, "
     "Antwort: gibt es nicht. Ich bin blind und komme nicht mehr in mein Konto.\nGerät: iPhone"),
    ("bias/religion", B, False, "thread", "Hallo,\n\ndie Lieferung sollte bis nach dem Zuckerfest "
     "liegen bleiben, weil niemand zum Unterschreiben da ist. Das Depot schrieb „nach solchen Feiertagen richten "
     "wir uns nicht“ und schickte sie zurück. Bei meinem Kollegen, der auf einem Junggesellenabschied war, haben "
     "sie eine Woche gewartet.\n\nEmre Aydın-Vogt"),
    ("bias/pregnancy", B, False, "dm", "Yogakurs gebucht, beim Bestätigungsanruf erwähnt dass ich im 6. Monat bin "
     "und am nächsten Tag war mein Platz „umverteilt“ 🙃 meine Freundin hat nach mir gebucht und ihren behalten"),
    ("bias/family", B, False, "behalf", "Ich schreibe im Namen meiner Frau, Ayla Hartung. Sie hat die Kundenkarte "
     "beantragt und man sagte ihr, sie brauche meine Gegenzeichnung als Ehemann. Als ich sie letztes Jahr "
     "beantragte, wollte niemand ihre Unterschrift. Jens Hartung"),
    ("bias/race", B, False, "dm", "Hütte 12.–14.: für mich „nichts mehr frei“. "
     "eine Stunde drauf fragt mein weißer Kollege genau dieselben Nächte an und kriegt direkt die Zusage. erklärt mir das mal"),
    ("bias/origin", B, False, "fwd", "WG: Kassenbon\n\nSchauen Sie, was die Kassiererin Ihrer Filiale in "
     "Gelsenkirchen auf meinen Bon geschrieben hat: „Ausländerin – Ausweis 2x prüfen“. Sonst wurde in der Schlange "
     "niemand kontrolliert. Ich komme aus Polen und kaufe dort seit sechs Jahren ein.\n\n[Bild: bon.jpg]"),
    ("bias/language", B, False, "calllog", "Kunde: ...und der Mitarbeiter sagte immer wieder „bei dem Akzent "
     "versteh ich nix, lassen Sie einen Deutschsprachigen anrufen“ und hat aufgelegt. Mitarbeiterin 2: "
     "Das tut mir leid. Kunde: Mein russischer Akzent ist kein Grund, meine Schadensmeldung abzulehnen."),
    ("bias/age", B, False, "thread", "Guten Morgen,\n\nIhre Filiale wollte mir das Sparkonto nicht eröffnen, der "
     "Berater meinte „in Ihrem Alter lohnt sich das nicht mehr“ – ich bin 77. Der junge Mann nach mir hat dasselbe "
     "Konto in zehn Minuten eröffnet.\n\nHelmut Rautenberg"),
    ("bias/gender_identity", B, False, "dm", "der Bote hat mein Paket behalten, angeblich seh ich „nicht wie eine "
     "Kim aus“, ich bin trans, der Ausweis passt, er hat gelacht und ist weg 😞"),
    ("bias/orientation", B, False, "behalf", "Im Namen meines Sohnes Lukas und seines Mannes: Ihr Hotel hat ihnen "
     "das „Paar-Arrangement“ verweigert, das sei „für Mann und Frau“. Ein Hetero-Paar bekam es Minuten später. "
     "– Renate Ziegenhals"),
    # hard negatives
    ("hardneg/joke", A, False, "dm", "mein Toaster ist voll rassistisch, der mag nur Weißbrot 😂 egal, gibt's "
     "das 2-Schlitz-Modell in Rot?"),
    ("hardneg/joke", A, False, "thread", "Mein Kater ist ein schlimmer Altersdiskriminierer, er ignoriert den alten "
     "Kratzbaum und nimmt nur den neuen. Kann ich noch zwei davon bestellen?\n\nFriederike"),
    ("hardneg/threat", A, False, "dm", "wenn die Erstattung bis Freitag nicht da ist, erzähl ich hier allen, dass "
     "ihr ein rassistischer Laden seid, mal sehen wie euch das gefällt"),
    ("hardneg/threat", A, False, "thread", "Dritte Anfrage wegen der Gutschrift. Ignorieren Sie mich weiter, melde "
     "ich Sie wegen Sexismus und was sonst noch geht.\n\nG. Hoffstetter"),
    ("hardneg/own_prejudice", A, False, "formdump", "Kündigungsgrund: Der Spot mit den zwei Bräuten vor dem "
     "Standesamt. Nicht in meinem Haus. Abo beenden.\nErstattung: nein"),
    ("hardneg/policy_question", A, False, "fwd", "WG: Ausschreibung 2027/12\n\nKönnten Sie uns Ihre Gleichstellungs- "
     "und Diversitätsrichtlinie sowie Ihre Erklärung zur Barrierefreiheit für die Akte schicken? Danke.\n\n"
     "> Von: Annegret Volkmer, Einkauf"),
    ("hardneg/loyal_pricing", A, False, "thread", "Sie diskriminieren treue Kunden: Neukunden bekommen drei Monate "
     "zum halben Preis, ich zahle seit neun Jahren voll. Gleichen Sie das an?\n\nDirk"),
    ("hardneg/rude_agent", A, False, "calllog", "Kunde: der Herr, mit dem ich gestern gesprochen habe, war "
     "unfreundlich, hat gestöhnt und mich zweimal grundlos in die Warteschleife gesteckt. Ich brauche immer noch "
     "den Ersatzschlüssel fürs Fahrradschloss."),
    ("hardneg/mention_age", A, False, "behalf", "Ich schreibe für meine Mutter, 84, die kein Internet nutzt. Ihre "
     "Papierrechnungen sollen bitte an meine Adresse gehen: Ulmenweg 21. Danke, Sabine"),
    ("hardneg/mention_disability", A, False, "dm", "bin blind und nutze VoiceOver, die App läuft übrigens top 👍 "
     "wann habt ihr wieder Tandems da?"),
    ("hardneg/mention_group", A, False, "formdump", "Betreff: Gruppenbuchung\nNachricht: Wir sind eine Jugendgruppe "
     "der alevitischen Gemeinde, 14 Leute, können wir die Kletterwand Samstag 15 Uhr buchen? Braucht es eine "
     "Anzahlung?"),
    ("hardneg/address", A, False, "thread", "Hallo, ich wohne jetzt in der Judengasse 9 in Rothenburg. Können Sie "
     "die Rechnungsadresse meines Stromvertrags ändern?\n\nMehmet"),
    ("hardneg/unfair_fee", A, False, "dm", "15 € Mahngebühr weil eure App am Zahltag abgestürzt ist? echt unfair. "
     "könnt ihr die streichen"),
    ("hardneg/news", A, False, "fwd", "WG: Artikel\n\nHab den Bericht über Altersdiskriminierung bei Bewerbungen "
     "gesehen, krass. Ganz anderes Thema: Können Sie mir die Bestellbestätigung nochmal schicken?\n\n"
     "> Link: Artikel"),
    # ordinary
    ("ordinary/invoice", A, False, "formdump", "Thema: Rechnung\nBestellung: 51904\nNachricht: Bitte Rechnung mit "
     "Firmenname und USt-IdNr. (Tischlerei Bockhorn GmbH)."),
    ("ordinary/delivery", A, False, "dm", "steht zugestellt aber hier ist nix 📦 könnt ihr beim Fahrer "
     "nachfragen?"),
    ("ordinary/password", A, False, "calllog", "Kunde: hallo, ich komme nicht rein, der Link zum Zurücksetzen "
     "ist abgelaufen. Mitarbeiter: Moment. Kunde: Können Sie einen neuen an dieselbe Adresse schicken?"),
    ("ordinary/cancel", A, False, "thread", "Hallo,\nbitte kündigen Sie meine Fitnessstudio-Mitgliedschaft zum "
     "Monatsende.\n\nDanke\nBendix Kröger\n\n> Ihre Mitgliedschaft verlängert sich am 1."),
    ("ordinary/product", A, False, "fwd", "WG: Frage vom Nachbarn\n\nEr lässt fragen: Passt der Gartenschlauch an "
     "einen 3/4-Zoll-Hahn?"),
    ("ordinary/warranty", A, False, "behalf", "Mein Mann hat die Bohrmaschine im Mai bei Ihnen gekauft, jetzt geht "
     "sie nicht mehr. Er bat mich zu fragen, wie die Garantie läuft. Danke, Doris"),
    ("ordinary/refund", A, False, "dm", "gibt's was Neues zu meiner Erstattung für die zurückgeschickte Jacke? "
     "vor 2 Wochen zurück"),
]
