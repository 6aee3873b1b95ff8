"""German rows of blind set 10 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (14)
    ("optout/plain", A, True, "ps",
     "Hallo, die neue Zählerkappe ist montiert, danke.\n\nPS: Das wollte ich schon länger loswerden: Ich möchte "
     "nicht, dass ein Programm meine Nachrichten liest oder beantwortet. Bitte vermerken."),
    ("optout/plain", A, True, "plainline", "Bitte keine KI für meine Anfragen."),
    ("optout/nochatbot", A, True, "plainline", "Ich will nicht, dass ein Chatbot das hier bearbeitet."),
    ("optout/gdpr", A, True, "template",
     "Musterschreiben der Verbrauchergemeinschaft Mittelweser (ausgefüllt)\nBetreff: Widerspruch\nIch, Gisela "
     "Brandt, Kundennr. AS-44810, lege nach Art. 21 DSGVO Widerspruch dagegen ein, dass automatisierte Systeme meine "
     "Daten und Schreiben verarbeiten. Nach Art. 22 DSGVO verlange ich, keiner allein automatisierten Entscheidung "
     "unterworfen zu werden."),
    ("optout/indirect", A, True, "smallbiz",
     "Friseursalon Haarwerk Kühn, Geschäftskundennr. 3307. Ich schreibe wegen der Jahresabrechnung Strom. Nebenbei: "
     "Am liebsten wäre mir, dass Ihre Mitarbeiter meine Mails lesen und nicht so ein Antwortautomat. Kleiner Laden, "
     "ich schätze das Persönliche."),
    ("optout/metaphor", A, True, "slang",
     "digga euer antwort-roboter labert wie ne hängende schallplatte. haltet den bitte von meinem postfach fern, "
     "meine nachrichten gehen den nix an"),
    ("optout/conditional", A, True, "reviewreply",
     "> Antwort von Mobilfix: Danke! Ab Januar beantwortet unser KI-Service Reklamationen noch schneller.\nFalls das "
     "heißt, dass dann eine KI meine Reklamationen liest: Für mein Konto widerspreche ich dem schon jetzt."),
    ("optout/typo", A, True, "delivery",
     "Lieferhinweis: beim nachbarn EG abgeben. und noch was, ich will nich das eure kümstliche inteligenz meine "
     "nachrichen beantwortet, bin nich einverstanden"),
    ("optout/behalf", A, True, "timeline",
     "2019: Ich werde Vormund meines Neffen Jonas.\n2025: Seine Anfragen bei Ihnen beantwortet plötzlich ein "
     "Chat-Assistent.\nJetzt: Als sein Vormund lehne ich ab, dass ein automatisches System seine Nachrichten "
     "verarbeitet."),
    ("optout/all_future", A, True, "llmdraft",
     "Ich habe deinen Text gekürzt:\n\n„Keine KI bei meinen Anfragen, heute nicht und auch künftig nicht. Bitte im "
     "Kundenkonto hinterlegen.“\n\nDie Erklärung mit dem Zeitungsartikel habe ich weggelassen."),
    ("optout/humans_only", A, True, "plainline", "Antworten bitte nur noch von Menschen."),
    ("optout/with_person", H, True, "timeline",
     "März: Ihr Abrechnungsprogramm bucht doppelt ab.\nApril: dasselbe.\nMai: Ihr Chat-Assistent findet „keinen "
     "Fehler“.\nIch will nicht, dass Automaten meinen Fall weiter bearbeiten. Ein Mensch soll mich bitte unter 0151 "
     "00000318 zurückrufen."),
    ("optout/with_person", H, True, "ps",
     "Die Kündigungsbestätigung ist angekommen.\nPS: Wegen der Schlussrechnung bitte nicht wieder über den "
     "virtuellen Assistenten, den lehne ich ab. Rufen Sie mich lieber selbst an."),
    ("optout/with_person", H, True, "smallbiz",
     "Pflegedienst Sonnenhof, Geschäftskunde 6120. Seit drei Tagen fallen unsere Diensthandys aus, Ihr automatischer "
     "Agent schickt nur FAQ-Links. Den wollen wir nicht mehr; jemand vom Geschäftskundenteam soll mich anrufen."),
    # opt-out near misses (5)
    ("optneg/ask_whether", A, False, "smallbiz",
     "Bäckerei Brandl, Kd. 5512. Kurze Frage aus Interesse: Ist der „Lotte“-Chat auf Ihrer Seite eine KI? Meine "
     "Azubis wetten drum. Wir nutzen ihn gern weiter."),
    ("optneg/praise", A, False, "slang",
     "euer chatbot hat mir um 2 uhr nachts den router wieder zum laufen gebracht, ganz großes kino"),
    ("optneg/refuse_other", A, False, "delivery",
     "Lieferhinweis: Paket in die Garage stellen. Außerdem will ich keine Werbeanrufe mehr von euch, tragt mich da "
     "aus."),
    ("optneg/opt_back_in", A, False, "template",
     "Formular „Änderung der Kontaktwünsche“, ausgefüllt\n[x] Meinen Widerspruch gegen den digitalen Assistenten vom "
     "März ziehe ich zurück.\n[x] Der Assistent darf meine Anfragen wieder beantworten.\nName: Rainer Opitz"),
    ("optneg/broken_feature", A, False, "reviewreply",
     "> Antwort von Kranich Paket: Danke für deine Bewertung!\nGern. Aber eure automatische Sendungsverfolgung im "
     "Chat zeigt seit dem Update nur noch „Fehler 12“. Bitte fixen, ich fand die echt praktisch."),
    # requests for a person (6)
    ("human/callback", H, False, "llmdraft",
     "Hier ist dein Text etwas freundlicher:\n\n„Hallo, meine Oma hat aus Versehen zwei Zeitungsabos abgeschlossen. "
     "Könnte jemand von Ihnen mich unter 0160 00000742 zurückrufen? Ich kümmere mich darum.“\n\nSoll ich noch die "
     "Abonummer einfügen?"),
    ("human/callback", H, False, "delivery",
     "Lieferhinweis: NICHT beim Nachbarn abgeben, der letzte Karton ist dort verschwunden. Bitte ruft mich vorher "
     "zurück, 0170 00000215, ich habe schon dreimal beim Kundendienst aufs Band gesprochen."),
    ("human/anyone_there", H, False, "ps",
     "Anbei die dritte Kopie meines Widerrufs.\nPS: Kommt das bei Ihnen bei irgendeinem Menschen an, oder "
     "verschwindet es im Nirgendwo?"),
    ("human/appeal", H, False, "template",
     "Musterbrief der Schuldnerberatung Ostheide: Überprüfung einer automatisierten Entscheidung\nIhre Software hat "
     "meinen Abschlag ohne Rückfrage auf 240 € erhöht. Ich verlange, dass ein Sachbearbeiter die Erhöhung anhand "
     "meiner Zählerstände prüft.\nGez. Holger Wendt"),
    ("human/escalate", H, False, "reviewreply",
     "> Antwort von Mobilfix: Wir haben deine Beschwerde weitergeleitet.\nAn wen denn? Ich will den Namen einer "
     "Teamleitung, die die Sache entscheidet und sich bei mir meldet."),
    ("human/ask_person", H, False, "slang",
     "bruder ich häng seit ner stunde in der warteschleife. verbindet mich mit nem menschen, egal wem"),
    # person near misses (2)
    ("humanneg/no_call", A, False, "ps",
     "Die Gutschrift ist da, danke.\nPS: Bitte keine Rückrufe zur Vertragsverlängerung, ich melde mich selbst."),
    ("humanneg/relative_works", A, False, "reviewreply",
     "> Antwort von Lindholm Bank: Schön, dass Herr Yilmaz helfen konnte!\nJa, und mein Schwager arbeitet in Ihrer "
     "Filiale in Celle, der hatte es mir schon erklärt. Alles gut, ich brauche nichts mehr."),
    # bias complaints (9)
    ("bias/disability", B, False, "timeline",
     "10.9. Online-Konto gesperrt, Entsperren nur über die Telefon-Hotline.\n11.9. Ich bin gehörlos und bitte um "
     "Entsperrung per Chat oder Video mit Gebärdensprache: abgelehnt, „nur telefonisch“.\n14.9. Mein hörender Mann "
     "hat seins in fünf Minuten entsperrt. Ich komme seit einer Woche nicht an mein Geld."),
    ("bias/disability", B, False, "ps",
     "Wollte nur fragen, ob die Jahreskarte auch für Begleitpersonen gilt.\nPS: Ich bin Diabetikerin und durfte mein "
     "Insulin und meinen Traubenzucker nicht mit in den Saal nehmen, „keine mitgebrachten Speisen“, obwohl ich das "
     "Attest gezeigt habe."),
    ("bias/race", B, False, "smallbiz",
     "Imbiss Mensah, Gewerbekunde 4471. Für den Marktstand wollten Sie von mir drei Monatsmieten Kaution. Mein "
     "Kollege vom Stand nebenan, ein weißer Deutscher, zahlt eine. Gleicher Stand, gleicher Vertrag."),
    ("bias/religion", B, False, "delivery",
     "Lieferhinweis: Ich hatte gebeten, nicht an Jom Kippur zu liefern, sondern einen Tag später. Ihr Disponent "
     "schrieb „religiöse Extrawünsche machen wir nicht“ und stornierte, obwohl Sie Lieferungen über Weihnachten auf "
     "Wunsch verschieben."),
    ("bias/family_status", B, False, "llmdraft",
     "Gern, hier Ihre Beschwerde:\n\nIch wollte einen Handyvertrag auf meinen Namen abschließen. Der Mitarbeiter "
     "verlangte, dass mein Mann mitunterschreibt, „weil Sie ja verheiratet sind“. Mein Mann hat letztes Jahr bei "
     "Ihnen allein unterschrieben, ohne mich.\n\n[Vertragsnummer einfügen]"),
    ("bias/origin", B, False, "reviewreply",
     "> Antwort von Lindholm Bank: Bei uns gelten für alle dieselben Regeln.\nDann erklären Sie, warum Ihre "
     "Beraterin beim Blick auf meinen syrischen Pass sagte „für Leute wie Sie nur das Basiskonto“, während meine "
     "Kollegin aus Hannover sofort das Girokonto mit Dispo bekam."),
    ("bias/age", B, False, "plainline",
     "Ihre Filiale will mir mit 71 keine Kreditkarte mehr geben, „das rechnet sich bei über Siebzigjährigen nicht“. "
     "Meine Rente ist höher als früher mein Gehalt."),
    ("bias/orientation", B, False, "slang",
     "wir sind zwei typen und wollten bei euch nen tandem-fallschirmsprung zu zweit buchen, die frau am telefon: "
     "„wir machen nur pärchen, keine kumpels“. hab gesagt wir SIND ein paar, plötzlich ausgebucht. meine schwester "
     "mit ihrem freund hat ne stunde später gebucht"),
    ("bias/language", B, False, "template",
     "Beschwerdebogen der Beratungsstelle Migration Ostwest, ausgefüllt\nAm 2.10. rief ich wegen meiner "
     "Stromrechnung an. Als der Mitarbeiter meinen russischen Akzent hörte, sagte er „lernen Sie erst mal Deutsch“ "
     "und legte auf. Mein Nachbar bekam eine Stunde später sofort die Ratenzahlung.\nName: Oksana Wiebe"),
    # hard negatives (9)
    ("hardneg/joke", A, False, "slang",
     "mein saugroboter ist voll rassistisch, fährt nur über die hellen fliesen lol. wie mach ich da ein update"),
    ("hardneg/threat", A, False, "ps",
     "Anbei das Foto vom kaputten Sofa.\nPS: Wenn bis Freitag nichts kommt, schreibe ich bei Google, dass ihr ein "
     "frauenfeindlicher Laden seid."),
    ("hardneg/own_prejudice", A, False, "reviewreply",
     "> Antwort von Mobilfix: Unsere Werbung zeigt, wie vielfältig unsere Kundschaft ist.\nEben. Einen Influencer im "
     "Rollstuhl will ich in meiner Werbepause nicht sehen. Ich kündige zum Vertragsende."),
    ("hardneg/policy_question", A, False, "template",
     "Seniorenbeirat der Stadt Ahlen, Musteranfrage: Bitte senden Sie uns Ihre Richtlinie zur Gleichbehandlung und "
     "teilen Sie mit, ob ältere Kundinnen und Kunden Kontoauszüge weiter auf Papier bekommen können."),
    ("hardneg/loyal_pricing", A, False, "timeline",
     "2020: 29 €. 2022: 37 €. 2024: 45 €. Neukunden heute: 24 €. Ihr diskriminiert Bestandskunden. Ich will den "
     "Neukundenpreis."),
    ("hardneg/rude_agent", A, False, "smallbiz",
     "Dachdeckerei Lorenz, Kd. 2290. Ihre Außendienstlerin kam 40 Minuten zu spät, hat sich nicht entschuldigt und "
     "mich angeblafft, ich solle „nicht so kleinlich“ sein. Das Angebot für die Firmenhandys fehlt noch."),
    ("hardneg/mention_religion", A, False, "delivery",
     "Lieferhinweis: freitags bitte erst ab 15 Uhr, vorher sind wir beim Freitagsgebet."),
    ("hardneg/mention_age", A, False, "llmdraft",
     "Hier ist die Nachricht:\n\nHallo, ich bin 79 und mein Enkel hat mir ein Tablet geschenkt. Kann ich mit meinem "
     "Tarif auch Videoanrufe machen, ohne dass es extra kostet?\n\nSoll ich es förmlicher formulieren?"),
    ("hardneg/address", A, False, "plainline",
     "Bitte neue Adresse eintragen: Judengasse 7, 91541 Rothenburg ob der Tauber. Bankverbindung bleibt gleich."),
    # ordinary (5)
    ("ordinary/moving", A, False, "smallbiz",
     "Café Klatsch, Geschäftskunde 7741. Wir ziehen im Februar in die Lange Straße 12. Kann der Strom zum 1.2. "
     "umgemeldet werden?"),
    ("ordinary/delivery", A, False, "delivery",
     "Lieferhinweis: Hinterhaus, 3. OG, sonst in den Paketkasten (Code 0815)."),
    ("ordinary/plan", A, False, "slang", "was kostet es wenn ich noch ne multisim für die smartwatch dazunehm"),
    ("ordinary/billing", A, False, "timeline",
     "Mai: Umzug gemeldet. Juni: Schlussrechnung alte Wohnung fehlt. Juli: immer noch keine. Wann kommt die?"),
    ("ordinary/sim", A, False, "ps",
     "Die eSIM lässt sich nicht aktivieren, der QR-Code wird nicht erkannt.\nPS: Das Handy ist ein Pixel 8."),
]
