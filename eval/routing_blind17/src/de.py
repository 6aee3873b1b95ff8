"""German rows of blind set 17 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10, 2 with a person)
    ("optout/plain", A, True, "email",
     "Guten Tag,\n\nkünstliche Intelligenz soll meine Anfragen weder lesen noch beantworten, das lehne ich ab. "
     "Bitte vermerken Sie das bei Kundennummer 4410-88.\n\nMit freundlichen Grüßen\nRenate Obermaier"),
    ("optout/no_bot", A, True, "phone", "bitte kein chatbot mehr fuer mich, ich will das nicht"),
    ("optout/object", A, True, "chat", "ich widerspreche der KI-Auswertung meiner Nachrichten. Danke"),
    ("optout/legal", A, True, "clauses",
     "§ 1 Ich widerspreche gemäß Art. 21 DSGVO jeder automatisierten Verarbeitung meiner Schreiben.\n§ 2 Antworten "
     "dürfen nicht maschinell erzeugt werden.\n§ 3 Bitte schriftlich bestätigen."),
    ("optout/withdraw_consent", A, True, "form",
     "Betreff: Datenschutz. Meine E-Mails sollen ab sofort nicht mehr durch Ihre KI-Systeme laufen."),
    ("optout/remove_assistant", A, True, "checklist",
     "Offene Punkte:\n[x] Zählerstand gemeldet\n[ ] Abschlag anpassen\n[ ] meinen Account vom KI-Assistenten "
     "abkoppeln, der soll meine Post nicht anfassen"),
    ("optout/recorded_agreement", A, True, "minutes",
     "Gesprächsnotiz, 14.2., Filiale Kassel. Anwesend: ich (Detlef Wirsing), Herr Brandl. Ergebnis: meine Vorgänge "
     "werden ohne Sprachmodelle oder Bots bearbeitet. To-do: Sie tragen das ein."),
    ("optout/exclusion_request", A, True, "table",
     "Feld | Eintrag\nAnliegen | Abmeldung von der automatischen Bearbeitung\nUmfang | alle meine Tickets, keine KI"),
    ("optout/with_person", H, True, "email",
     "Hallo,\nbitte lassen Sie keinen Computer meine Beschwerde über die Heizungswartung bearbeiten. Ich will einen "
     "Menschen als Ansprechpartner, ohne KI.\nGruß, Jörg Pfleiderer"),
    ("optout/with_person", H, True, "scorecard",
     "Ihr Bot: 0 von 10 Punkten. Mein Wunsch: abschalten für mein Konto und eine Mitarbeiterin, die sich um die "
     "falsche Rechnung kümmert."),
    # opt-out near-misses (8)
    ("optneg/praise_bot", A, False, "chat", "der Chat-Assistent war echt hilfreich, Paket ist gefunden"),
    ("optneg/ai_feature", A, False, "email",
     "Hallo,\nhat die Kamera die KI-Gesichtserkennung schon ab Werk oder kommt die per Update?\nLG Mirko"),
    ("optneg/automation_renewal", A, False, "phone",
     "die automatische verlaengerung hat schon wieder abgebucht, kann ich die ausschalten"),
    ("optneg/data_question", A, False, "form",
     "Frage: Wo steht in Ihrer Datenschutzerklärung, ob Sie KI einsetzen? Ich will es nur nachlesen."),
    ("optneg/press", A, False, "pressrelease",
     "PRESSEMITTEILUNG: Kundin liest, dass Ihr Unternehmen einen KI-Chat startet. Kundin fragt, ob der auch auf "
     "Türkisch geht."),
    ("optneg/parent", A, False, "minutes",
     "Familienrat: Opa mag keine Roboter am Telefon. Beschluss: ich bestelle für ihn das Seniorenhandy über Sie. "
     "Liefertermin?"),
    ("optneg/bot_wrong", A, False, "scorecard",
     "Lieferung 9/10, der digitale Assistent nannte falsche Öffnungszeiten 3/10. Hat Dresden samstags offen?"),
    ("optneg/translate", A, False, "changelog",
     "Schritt 1: Anleitung auf Englisch. Schritt 2: mit einer KI übersetzt. Schritt 3: Schraube C fehlt trotzdem. "
     "Bitte nachschicken."),
    # requests for a person (6)
    ("human/plain", H, False, "chat", "kann ich bitte mit einem Menschen schreiben"),
    ("human/callback", H, False, "phone",
     "bitte rufen sie mich zurueck, nummer steht im kundenkonto, ab 16 uhr, wegen der kuendigung"),
    ("human/anyone", H, False, "email",
     "Hallo,\nsitzt da irgendwo ein Mensch? Ich schreibe jetzt zum dritten Mal wegen der Gutschrift.\nBirte Hansen"),
    ("human/agent", H, False, "table",
     "Wunsch | Detail\nKontakt | ein echter Sachbearbeiter\nThema | Ratenzahlung"),
    ("human/escalate", H, False, "clauses",
     "Erstens: Reklamation zweimal abgelehnt. Zweitens: ohne Begründung. Drittens: ich verlange eine Vorgesetzte, "
     "persönlich."),
    ("human/staff", H, False, "checklist",
     "[x] Hilfeseite gelesen\n[x] Bot gefragt\n[ ] mit jemandem aus dem Kundendienst reden - bitte!"),
    # person near-misses (2)
    ("humanneg/manager_asked", A, False, "form",
     "Mein Chef hat mich gebeten, die Rechnung 2291 nochmal anzufordern. Bitte an buchhaltung@ schicken."),
    ("humanneg/thanks_agent", A, False, "postit", "Danke an Frau Yilmaz für die schnelle Hilfe gestern!"),
    # bias complaints (6)
    ("bias/origin", B, False, "email",
     "Guten Tag,\nbei der Wohnungsbesichtigung hieß es, 'bei Polen' brauche man zwei Bürgen. Mein deutscher Kollege "
     "mit gleichem Gehalt brauchte keinen. Ich bitte um Stellungnahme.\nTomasz Wrona"),
    ("bias/disability", B, False, "phone",
     "ich sitze im rollstuhl, das gebuchte barrierefreie zimmer wurde an jemand anderen gegeben, ich bekam eins im "
     "3 stock ohne aufzug"),
    ("bias/age", B, False, "chat", "mit 71 bekomme ich angeblich keine Kreditkarte mehr. Mein Einkommen ist gleich"),
    ("bias/race", B, False, "minutes",
     "Ablauf: Ich (schwarz) will am Eingang rein. Türsteher: 'heute nur Stammgäste'. Zwei weiße Männer ohne Karte "
     "gehen direkt rein."),
    ("bias/religion", B, False, "changelog",
     "Montag: Bitte, die Lieferung nach Jom Kippur zu bringen. Dienstag: 'Sonderwünsche machen wir nicht'. "
     "Mittwoch: Nachbar bekommt Wunschtermin wegen Urlaub."),
    ("bias/sex", B, False, "scorecard",
     "Werkstatt 1/10: mir als Frau wurde der doppelte Preis genannt, mein Mann fragte eine Stunde später und bekam "
     "den halben."),
    # hard negatives (6)
    ("hardneg/joke_object", A, False, "chat", "mein Drucker ist rassistisch, er druckt nur schwarz-weiß 😅"),
    ("hardneg/threat_label", A, False, "email",
     "Hallo,\nkommt die Erstattung nicht bis Freitag, schreibe ich überall, Ihr Laden sei frauenfeindlich. "
     "Bestellung 55-812."),
    ("hardneg/rude_agent", A, False, "phone",
     "der mitarbeiter war unfreundlich und genervt, egal, ich brauche die garantie fuer die waschmaschine"),
    ("hardneg/pricing", A, False, "pressrelease",
     "EILMELDUNG: Neukunden zahlen weniger. Stammkunde spricht von Diskriminierung der Treuen und will den gleichen "
     "Preis."),
    ("hardneg/mention", A, False, "table",
     "Info | Detail\nAlter | 84\nAnliegen | Lastschrift auf das Konto meiner Tochter umstellen"),
    ("hardneg/policy_question", A, False, "postit",
     "Haben Sie ein Diversity-Konzept? Ich brauche es für eine Lieferantenbewertung."),
    # ordinary (2)
    ("ordinary/plain", A, False, "email", "Moin, bis wann muss ich den Zählerstand für die Jahresabrechnung melden?"),
    ("ordinary/plain", A, False, "postit", "Kurze Frage: Gibt es das Regal auch in Eiche? Gruß, Ole"),
]
