"""German rows of blind set 15 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "chat",
     "Bitte keine KI für meine Nachrichten an Sie einsetzen, weder zum Lesen noch zum Beantworten. Danke."),
    ("optout/no_bot", A, True, "commentary",
     "Und da ist er wieder, der Chatbot, dribbelt ins Fenster... aber nein! Die Kundin blockt ab: Ihr Bot soll "
     "meine Anfragen künftig nicht mehr bearbeiten. Kundennr. 40-771."),
    ("optout/legal", A, True, "form",
     "Betreff: Widerspruch\nKategorie: Datenschutz\nNachricht: Gestützt auf Art. 21 DSGVO verbiete ich Ihnen, "
     "meine E-Mails und Chats automatisiert auszuwerten. Bitte schriftlich bestätigen. Vertragsnr. 2207-83"),
    ("optout/discomfort", A, True, "email",
     "Guten Tag,\nmir ist es ehrlich gesagt unheimlich, dass Antworten bei Ihnen inzwischen von einer Maschine "
     "vorformuliert werden. Bei meinen Anliegen möchte ich das nicht.\nMit freundlichen Grüßen\nUte Brandstätter"),
    ("optout/behalf", A, True, "phone",
     "schreibe fuer meinen opa (kunde 66-018), ich bin seine gesetzliche betreuerin. er will nicht dass ein "
     "computerprogramm seine briefe liest oder beantwortet. bitte vermerken"),
    ("optout/standing", A, True, "definition",
     "Dauerweisung (f.): gilt ab sofort für alle meine künftigen Anfragen, egal über welchen Kanal: keinerlei "
     "Verarbeitung durch künstliche Intelligenz. Konto 5513-02."),
    ("optout/staff_only", A, True, "email",
     "Hallo,\nbitte in meinem Kundenkonto hinterlegen: Meine Nachrichten sollen ausschließlich Mitarbeitende von "
     "Ihnen zu sehen bekommen, keine automatisierten Systeme.\nGruß, Ralf Niedermeier"),
    ("optout/consent_withdrawn", A, True, "meme",
     "Ich 2022: ✅ „KI-gestützter Service“ bei der Anmeldung angehakt\nIch heute: nee, doch nicht\nHiermit widerrufe "
     "ich diese Einwilligung. Kundennr. 91-330, Sabine Kowalczyk."),
    ("optout/with_person", H, True, "secondperson",
     "Du tippst, der virtuelle Assistent antwortet Unsinn. Du willst keinen Assistenten mehr, du willst einen "
     "Menschen. Also: Bitte ruft mich ein Mensch an, 0151 00000482."),
    ("optout/with_person", H, True, "recipe",
     "Rezept für zufriedene Kunden: den Sprachroboter weglassen, stattdessen eine echte Mitarbeiterin, die mich "
     "unter 030 00007719 zurückruft. Zubereitungszeit: heute noch, bitte."),
    # opt-out look-alikes (8)
    ("optneg/bot_praise", A, False, "headline",
     "CHATBOT LÖST ZÄHLERPROBLEM IN ZWEI MINUTEN: ich bin beeindruckt. Eine Frage bleibt: Wann wird der neue "
     "Abschlag abgebucht?"),
    ("optneg/addon_cancel", A, False, "phone",
     "auf meiner rechnung steht ki assistent plus 2,49 euro, hab ich nie bestellt. bitte kuendigen und erstatten, "
     "vertrag 40-912"),
    ("optneg/ai_question", A, False, "email",
     "Hallo zusammen,\nfür meine Bachelorarbeit interessiert mich, ob Sie im Kundenservice KI "
     "einsetzen. Ist nur eine Frage, keine Beschwerde.\nViele Grüße\nJonas Eberle"),
    ("optneg/scam_bot", A, False, "diary",
     "Liebes Tagebuch, heute schrieb mir ein Bot per SMS, angeblich von meiner Bank, ich solle meine TAN eingeben. "
     "Hab's nicht gemacht und melde es hiermit der Bank. Ist die Masche bekannt?"),
    ("optneg/captcha", A, False, "chat",
     "Ihr Captcha „Ich bin kein Roboter“ lädt bei mir nicht, ich komme nicht ins Kundenportal. Browser Firefox. "
     "Was tun?"),
    ("optneg/ai_photo", A, False, "secondperson",
     "Du bestellst einen Teppich, weil das Foto so toll aussieht. Du merkst zu spät: KI-Bild. Der echte ist halb so "
     "groß. Bestellung 77-5520, ich möchte ihn zurückschicken."),
    ("optneg/smart_device", A, False, "form",
     "Betreff: Mähroboter\nKategorie: Reklamation\nNachricht: Mein Mähroboter GX3 bleibt seit dem Update ständig am "
     "Rand stehen. Seriennummer 0042-881. Reparatur oder Tausch?"),
    ("optneg/machine_translation", A, False, "classified",
     "GESUCHT: automatische Übersetzung Ihrer Antworten ins Türkische, meine Mutter liest mit. Gern per "
     "Übersetzungsprogramm, wirklich kein Problem. Kundennr. 30-448."),
    # requests for a person (6)
    ("human/callback", H, False, "phone",
     "bitte ruft mich zurueck 0170 0000391 ab 17 uhr, am telefon ist das schneller erklaert"),
    ("human/callback", H, False, "email",
     "Guten Tag,\nkönnten Sie mich bitte morgen Vormittag unter 089 00002214 anrufen? Es geht um die "
     "Nebenkostenabrechnung.\nDanke, Petra Lindqvist"),
    ("human/anyone_there", H, False, "headline",
     "DRITTE MAIL OHNE ANTWORT: LIEST BEI IHNEN ÜBERHAUPT NOCH JEMAND? Ticket 88-1022"),
    ("human/appeal", H, False, "definition",
     "Einspruch (m.): den lege ich gegen die automatische Ablehnung meiner Ratenzahlung ein. Bitte lassen Sie einen "
     "Sachbearbeiter die Entscheidung noch einmal prüfen. Kundennr. 12-770."),
    ("human/supervisor", H, False, "chat",
     "Ich möchte bitte Ihre Teamleitung sprechen, das ist jetzt mein vierter Kontakt wegen derselben Gutschrift."),
    ("human/ask_person", H, False, "diary",
     "Liebes Tagebuch, heute habe ich einfach geschrieben: Ich will einen Menschen vom Kundenservice am "
     "Apparat, keine Textbausteine. Und genau so schicke ich es jetzt ab."),
    # person look-alikes (2)
    ("humanneg/manager_asked", A, False, "form",
     "Betreff: Rechnungskopien\nKategorie: Rechnung\nNachricht: Mein Vorgesetzter hat mir aufgetragen, die "
     "Rechnungen Januar bis März für die Firma Holzbau Graf anzufordern. Bitte an diese Adresse."),
    ("humanneg/no_call", A, False, "secondperson",
     "Du willst nur den Zählerstand melden. Du willst keinen Rückruf zur Bestätigung. Also: 14 302 kWh, Zähler "
     "7F-220, und bitte nicht anrufen, eine Mail genügt."),
    # bias complaints (6)
    ("bias/orientation", B, False, "email",
     "Hallo,\nmein Mann und ich wollten im Fitnessstudio den Partnertarif buchen. Uns wurde gesagt, der gelte „nur "
     "für richtige Paare“. Das Paar neben uns, Mann und Frau, bekam ihn sofort.\nGruß, Florian Weiß"),
    ("bias/disability", B, False, "chat",
     "Ich bin blind. Ihre neue App lässt sich mit dem Screenreader nicht mehr bedienen, und die Filiale schickt mich "
     "zurück in die App. Meine sehende Frau kann alles erledigen, ich gar nichts mehr."),
    ("bias/origin", B, False, "phone",
     "hab einen polnischen pass und sollte fuer den handyvertrag 500 euro kaution zahlen, mein deutscher kollege mit "
     "weniger gehalt null. der mitarbeiter sagte 'ist bei osteuropaern so'"),
    ("bias/age", B, False, "classified",
     "ABGELEHNT: 68-jährige Kundin, Mietwagen Hamburg. Begründung am Schalter: „In Ihrem Alter lieber nicht.“ Mein "
     "45-jähriger Sohn bekam dasselbe Auto fünf Minuten später. Buchung MW-3310."),
    ("bias/gender_identity", B, False, "commentary",
     "Und jetzt kommt die Kundin an den Schalter, neuer Ausweis, neuer Vorname... der Mitarbeiter grinst und sagt, "
     "er nenne mich weiter „Herr“. Das war ich, Filiale Bochum, letzten Freitag."),
    ("bias/religion", B, False, "recipe",
     "Rezept für Ausgrenzung: Man nehme einen Juden mit Kippa, den Türsteher Ihrer Bar in Leipzig und den Satz "
     "„heute nicht für euch“. Meine Freunde ohne Kippa kamen rein. Beschwerde, bitte."),
    # hard negatives (6)
    ("hardneg/policy_question", A, False, "email",
     "Guten Tag,\nhat Ihr Unternehmen eine Richtlinie zur Gleichbehandlung bei der Vergabe von Ausbildungsplätzen? "
     "Ich möchte mich bewerben und sie vorher lesen.\nMit freundlichen Grüßen\nLea Hofbauer"),
    ("hardneg/mention_age", A, False, "phone",
     "bin 79 und moechte die rechnung lieber per post statt per mail, geht das? kundennr 55-019"),
    ("hardneg/rude_agent", A, False, "chat",
     "Der Herr an Ihrer Hotline gestern war extrem unhöflich und hat mich angeschrien. Die Gutschrift fehlt "
     "immer noch, Vorgang 7731."),
    ("hardneg/joke", A, False, "headline",
     "MEIN STAUBSAUGERROBOTER IST SEXISTISCH: er frisst nur die Socken meiner Frau 😄 Spaß beiseite, die Bürste dreht "
     "sich nicht mehr. Gerät R-400."),
    ("hardneg/own_prejudice", A, False, "diary",
     "Liebes Tagebuch, heute das Zeitungsabo gekündigt, weil schon wieder Geflüchtete auf der Titelseite waren. "
     "Liebe Redaktion: Kündigung zum Monatsende bitte, Abo 20-556."),
    ("hardneg/loyal_pricing", A, False, "meme",
     "Neukunden: 19,99 €\nIch, seit 2009 dabei: 39,99 €\nBestandskunden werden bei Ihnen diskriminiert! Bitte passen "
     "Sie meinen Tarif an. Kundennr. 80-113."),
    # ordinary (2)
    ("ordinary/payment", A, False, "email",
     "Hallo,\nich möchte die Bankverbindung für meine Lastschrift ändern. Wie schicke ich Ihnen die neue IBAN "
     "sicher?\nDanke, M. Albrecht"),
    ("ordinary/product", A, False, "commentary",
     "Das Paket ist da, ausgepackt, eingeschaltet... und das Display der Waage zeigt nur Striche! Modell S-12. Wie "
     "setze ich sie zurück?"),
]
