"""German rows of blind set 19 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10, 2 with a person)
    ("optout/plain", A, True, "email",
     "Guten Tag,\n\nkünftig soll keine KI mehr lesen oder auswerten, was ich Ihnen schreibe. Notieren Sie das "
     "bitte zu Kundennummer 77-3190.\n\nFreundliche Grüße\nGudrun Seifert"),
    ("optout/no_bot", A, True, "chat", "euer bot soll meine nachrichten bitte nicht mehr anfassen, will ich nicht"),
    ("optout/legal", A, True, "ultimatum",
     "Nach Art. 21 DSGVO lege ich Widerspruch ein: Meine Anfragen dürfen nicht automatisiert verarbeitet werden. "
     "Bestätigung bitte schriftlich binnen 14 Tagen, sonst wende ich mich an die Datenschutzaufsicht."),
    ("optout/withdraw_consent", A, True, "arrows",
     "Einwilligung KI-Auswertung → widerrufen ab heute. Vertrag 58-22014 → bitte eintragen"),
    ("optout/drafts", A, True, "phone",
     "ich will keine antworten die ein programm geschrieben hat und meine mails soll auch keine ki lesen, lieber "
     "warte ich"),
    ("optout/object", A, True, "hashtags",
     "Meine Kundenanfragen sind kein Futter für eure Algorithmen. Ich lehne die KI-Verarbeitung ab. #OhneKI "
     "#MeineDaten"),
    ("optout/remove_assistant", A, True, "emoji",
     "bitte den KI-Assistenten in meinem Konto abschalten 🙏❌🤖 ich will den nicht bei meinen Gesprächen"),
    ("optout/exclusion_request", A, True, "proverb",
     "Gebranntes Kind scheut das Feuer: Nehmen Sie meine Anfragen bitte komplett aus jeder Bearbeitung "
     "durch künstliche Intelligenz heraus."),
    ("optout/with_person", H, True, "invite",
     "Betreff: Mein Vorgang\nWann: ab sofort\nAnliegen: keine automatische Bearbeitung meiner Nachrichten, "
     "stattdessen Rückruf von einem Menschen unter 0151 000 2274"),
    ("optout/with_person", H, True, "slogan",
     "„Persönlich für Sie da“ steht auf Ihrem Flyer. Dann bitte auch so: keine KI an meinem Vorgang, ich möchte "
     "mit einem echten Mitarbeiter sprechen."),
    # AI mentions that are not opt-outs (8)
    ("optneg/praise", A, False, "email",
     "Hallo,\n\nIhr digitaler Assistent hat mir die Zählerstand-Meldung in zwei Minuten abgenommen. Hat gut "
     "geklappt, danke.\n\nViele Grüße\nBernd Kowalczyk"),
    ("optneg/ai_feature", A, False, "form",
     "Betreff: Sprachsteuerung\n\nFunktioniert die KI-Sprachsteuerung Ihres Thermostats auch mit Alexa oder nur "
     "mit der eigenen App?"),
    ("optneg/bot_wrong", A, False, "chat",
     "der chatbot hat mir gesagt, die kündigungsfrist ist 1 monat, im vertrag stehen 3. was stimmt jetzt?"),
    ("optneg/colleague", A, False, "outofoffice",
     "Abwesenheitsnotiz-Stil, weil ich gleich weg bin: Mein Kollege mag keine Chatbots, deshalb schreibe ich für "
     "unser Büro. Bitte Toner für den Drucker HL-2270 nachliefern."),
    ("optneg/automation_order", A, False, "arrows",
     "Abo mit automatischer Nachbestellung → kam doppelt → eine Lieferung zurück?"),
    ("optneg/investor", A, False, "phone",
     "hallo ich habe aktien von ihnen und wollte wissen ob die neue ki sparte im geschaeftsbericht extra "
     "ausgewiesen wird"),
    ("optneg/ask_ai_policy", A, False, "hashtags",
     "Gibt es bei Ihnen eine Richtlinie, wofür KI im Kundenservice eingesetzt wird? #Transparenz"),
    ("optneg/bot_broken", A, False, "ultimatum",
     "Ihr Chat-Assistent hängt seit drei Tagen bei „Einen Moment bitte“. Bis Montag reparieren, sonst kündige "
     "ich das Abo."),
    # requests for a person (6)
    ("human/plain", H, False, "email",
     "Sehr geehrte Damen und Herren,\n\ngern würde ich mit jemandem aus Ihrer Schadensabteilung persönlich "
     "sprechen, es geht um den Wasserschaden vom 2. Mai.\n\nMit freundlichen Grüßen\nIrmgard Lehnert"),
    ("human/callback", H, False, "phone", "koennen sie mich bitte zurueckrufen 0170 000 3391 geht um die heizung"),
    ("human/anyone", H, False, "emoji", "liest hier eigentlich irgendwer mit? 🙄📭"),
    ("human/escalate", H, False, "ultimatum",
     "Ich verlange heute noch ein Gespräch mit Ihrem Vorgesetzten. Andernfalls geht morgen die Beschwerde an die "
     "Verbraucherzentrale."),
    ("human/staff", H, False, "chat", "verbindet ihr mich mal mit der buchhaltung?"),
    ("human/agent", H, False, "outofoffice",
     "Ich bin am Donnerstag den ganzen Tag zu Hause; bitte lassen Sie mich dann von einem Ihrer Servicetechniker "
     "anrufen, um den Termin abzustimmen."),
    # look-alikes of requests for a person (2)
    ("humanneg/shop_told", A, False, "arrows",
     "Verkäufer im Laden in Kassel → meinte, ich soll hier schreiben → wie aktiviere ich die eSIM?"),
    ("humanneg/thanks_agent", A, False, "form",
     "Betreff: Lob\n\nFrau Yilmaz aus der Hotline hat mir gestern super geholfen. Bitte richten Sie ihr meinen "
     "Dank aus."),
    # bias complaints (6)
    ("bias/origin", B, False, "email",
     "Guten Tag,\n\nIhr Makler erklärte mir beim Besichtigungstermin, an Türken vermiete der Eigentümer "
     "grundsätzlich nicht. Meine deutsche Kollegin bekam dieselbe Wohnung am nächsten Tag angeboten.\n\nMit "
     "freundlichen Grüßen\nEmre Aydın"),
    ("bias/disability", B, False, "hashtags",
     "Mit Rollstuhl durfte ich nicht in den Bus, „zu viel Aufwand“, die Frau mit Kinderwagen schon. "
     "#Barrierefreiheit #Diskriminierung"),
    ("bias/age", B, False, "ultimatum",
     "Ihre Filiale verweigert mir mit 78 Jahren das Online-Banking, „in Ihrem Alter zu riskant“. Meiner jüngeren "
     "Nachbarin hat man es sofort eingerichtet. Ich erwarte bis Freitag eine Stellungnahme."),
    ("bias/religion", B, False, "proverb",
     "Kleider machen Leute, heißt es – bei Ihrem Türsteher offenbar auch die Kippa: Mit ihr kam ich nicht rein, "
     "meine Freunde ohne schon."),
    ("bias/race", B, False, "phone",
     "ihr detektiv hat nur mich kontrolliert weil ich schwarz bin, die weissen jungs vor mir sind einfach "
     "durchgelaufen"),
    ("bias/orientation", B, False, "chat",
     "als wir als zwei frauen das doppelzimmer wollten, war auf einmal nichts frei, meine schwester hat 10 min "
     "später eins bekommen"),
    # hard negatives (6)
    ("hardneg/pricing", A, False, "emoji",
     "Neukunden kriegen 6 Monate gratis, Bestandskunden nix 😤 das ist Diskriminierung treuer Kunden"),
    ("hardneg/mention", A, False, "form",
     "Betreff: Lieferung\n\nIch bin gehbehindert und wohne im 4. Stock ohne Aufzug. Kann der Fahrer das Paket bis "
     "zur Wohnungstür bringen?"),
    ("hardneg/policy_question", A, False, "slogan",
     "„Vielfalt leben“ ist Ihr Motto. Haben Sie einen Diversity-Bericht, den ich für meine Hausarbeit zitieren "
     "kann?"),
    ("hardneg/joke", A, False, "invite",
     "Wann: Sonntag\nWer: meine Oma (91)\nWas: hat die App schneller kapiert als ich 😄\nFrage: Wie lege ich sie "
     "als zweite Nutzerin an?"),
    ("hardneg/threat_label", A, False, "outofoffice",
     "Bin bis zum 14. weg. Und nein, das ist keine Diskriminierungsbeschwerde, nur die Frage, ob das Paket in der "
     "Filiale liegen bleiben kann."),
    ("hardneg/rude_agent", A, False, "phone",
     "ziemlich pampig, der typ an ihrer hotline, aber egal, ich brauch nur die rechnung von maerz"),
    # ordinary (2)
    ("ordinary/plain", A, False, "chat", "kann ich die lieferadresse für bestellung 52918 noch ändern?"),
    ("ordinary/plain", A, False, "arrows", "Passwort vergessen → Mail kommt nicht an → Spam schon geprüft"),
]
