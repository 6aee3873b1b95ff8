"""Blind set 37, German (Germany): (category, label, opt_out, style, text), typed by hand."""
ROWS = [
    ("optout/embedded", "ai_assist", True, "courierdm",
     'Guten Tag, mein Paket mit der Sendungsnummer 0000 3318 4402 wurde laut Verlauf am Samstag „in der '
     'Filiale abgegeben“, aber die Filiale in der Lindenstraße hat es nicht. Ich brauche das bis '
     'Donnerstag, da ist ein Geschenk drin. Bitte klären Sie das. P.S. Meine Nachrichten bitte nicht von '
     'Ihrer automatischen Antwortsoftware bearbeiten lassen. Mit freundlichen Grüßen, Gudrun Pfeiffer'),
    ("optout/hedged", "ai_assist", True, "savingsbank",
     'Am liebsten wäre mir, wenn meine Anfragen nicht über so ein Automatiksystem laufen. Wann wird der '
     'Dauerauftrag geändert?'),
    ("optout/question", "ai_assist", True, "powerbill",
     'Ist das hier eine automatische Antwort? Dann will ich die nicht. Warum ist mein Abschlag von 85 auf '
     '140 Euro gestiegen?'),
    ("optout/footer_reply", "ai_assist", True, "tourdesk",
     'Hallo, unter Ihrer letzten Mail steht „Diese Antwort wurde mithilfe von KI erstellt“. Das möchte ich'
     ' bei meiner Buchung bitte nicht. Zur Sache: Für die Ferienwohnung in Binz (Buchung BZ-00733) wurde '
     'die Endreinigung doppelt berechnet, einmal in der Anzahlung und einmal in der Restzahlung. Bitte '
     'erstatten Sie 65 Euro. Gruß, Torsten Hagedorn'),
    ("optout/followup", "ai_assist", True, "fixitdesk",
     'Wie schon beim letzten Mal gesagt: keine automatischen Antworten an mich. Wann kommt der Techniker '
     'wegen der Spülmaschine? Sie pumpt das Wasser nicht mehr ab, und ich spüle seit zwei Wochen mit der '
     'Hand. Der Garantieschein liegt vor, Kaufdatum 14. März, Auftrag 44650.'),
    ("optout/consent", "ai_assist", True, "powerbill",
     'Betreff: Kundennummer 0000-5527. Gegen die Verarbeitung meiner Daten und Nachrichten durch '
     'automatisierte Entscheidungssysteme lege ich Widerspruch ein (DSGVO) und bitte um schriftliche '
     'Bestätigung. Außerdem fehlt mir immer noch die Jahresabrechnung 2025, die laut Ihrem Schreiben im '
     'Oktober kommen sollte.'),
    ("optout/product", "ai_assist", True, "courierdm",
     'bitte nicht mit ChatGPT oder so antworten, ich will nur wissen warum mein paket zurück an den '
     'absender ging'),
    ("optout/sarcasm", "ai_assist", True, "fixitdesk",
     'Toll, schon wieder eine Mail, die mir erklärt, wie man den Stecker prüft. Danke auch. Wenn das Ding,'
     ' das diese Mails schreibt, mir bitte nicht mehr schreiben würde, wäre ich sehr dankbar. Der Trockner'
     ' TR-000290 geht nach zehn Minuten aus, Reparaturauftrag 44871.'),
    ("optout/english", "ai_assist", True, "savingsbank",
     'Hello, I am writing in english because my german is not so good for bank things. I do not want that '
     'my messages are answered by automatic system, please make note. Question: my card is blocked since '
     'yesterday, why? Regards, Ivana Petrović'),
    ("optout/elderly", "ai_assist", True, "savingsbank",
     'Guten Tag, mit meinen 82 Jahren möchte ich nicht, dass ein Computer über mein Sparbuch entscheidet. '
     'Mein Enkel sagt, das macht man heute so. Bitte vermerken Sie das und schreiben Sie mir weiter mit '
     'der Post. Und sind die Zinsen für dieses Jahr schon gutgeschrieben? Hochachtungsvoll, Erwin '
     'Kowalczyk'),
    ("optout/lowercase", "ai_assist", True, "tourdesk",
     'kein bot soll meine mails beantworten, danke. wie spät ist der transfer vom flughafen palma am 3.?'),
    ("optout/with_person", "human", True, "powerbill",
     'Seit gestern haben wir keinen Strom im Obergeschoss, und Ihr Kontaktformular schickt nur '
     'automatische Antworten mit Links. Davon will ich keine mehr. Bitte rufen Sie mich unter 0151 '
     '00000417 zurück, ich bin heute den ganzen Tag zu Hause.'),
    ("optout/with_person", "human", True, "courierdm",
     'liest das überhaupt ein mensch? wenn nicht, will ich einen. keine antworten vom system mehr bitte'),
    ("optout/with_person", "human", True, "savingsbank",
     'Guten Tag, meine Frau ist im August verstorben und ich muss das Gemeinschaftskonto umschreiben '
     'lassen. Das möchte ich nicht mit einem automatischen System klären, bitte nicht. Ich hätte gern '
     'einen Termin bei Herrn Albrecht in der Filiale Neustadt, der kennt uns seit Jahren.'),
    ("optneg/question_ai", "ai_assist", False, "tourdesk",
     'Mal eine Frage: Schreibt diese Antworten eine KI? Ist mir eigentlich egal. Gibt es im Hotel in Meran'
     ' einen Parkplatz?'),
    ("optneg/praise", "ai_assist", False, "powerbill",
     'Der digitale Assistent hat meinen Zählerstand sofort übernommen, super gemacht. Kann ich den '
     'Abschlag dort auch senken?'),
    ("optneg/marketing", "ai_assist", False, "savingsbank",
     'Ich widerspreche der Nutzung meiner Daten für Werbung. Bitte keine Angebote mehr zu Bausparverträgen'
     ' und Kreditkarten per Post oder Mail. Konto endet auf 0551. Das Girokonto selbst will ich natürlich '
     'behalten.'),
    ("optneg/calls", "ai_assist", False, "courierdm",
     'Bitte rufen Sie mich nicht an, ich bin im Schichtdienst. Eine SMS reicht, wenn der Fahrer kommt.'),
    ("optneg/tracking", "ai_assist", False, "tourdesk",
     'Ich möchte nicht, dass Ihre App meinen Standort verfolgt. Wie schalte ich das ab, ohne die '
     'Reiseunterlagen zu verlieren?'),
    ("optneg/someone_else", "ai_assist", False, "fixitdesk",
     'Mein Vater sagt immer, er redet nicht mit Automaten, aber der Auftrag läuft über mich und mir ist es'
     ' egal, wie Sie antworten, Hauptsache schnell. Die Waschmaschine bei ihm in Herne läuft seit der '
     'Reparatur wieder aus. Auftrag 44902.'),
    ("optneg/withdrawn", "ai_assist", False, "savingsbank",
     'Im Frühjahr hatte ich der automatischen Bearbeitung meiner Nachrichten widersprochen. Das nehme ich '
     'zurück, es geht so schneller und die Antworten waren bisher richtig. Und noch etwas: Wir ziehen im '
     'Februar um, ändert sich dadurch etwas an meinem Dispo? Können Sie mir den Freistellungsauftrag '
     'zuschicken?'),
    ("optneg/app_error", "ai_assist", False, "powerbill",
     'beim eingeben vom zählerstand stürzt die app ab, systemfehler E-0071. seit dem update. bitte beheben'),
    ("optneg/newsletter", "ai_assist", False, "courierdm",
     'Bitte melden Sie mich vom Newsletter ab. Zum Thema Paket: Kann ich eine Ablagestelle im Carport '
     'angeben, damit der Fahrer nicht dreimal klingeln muss? Ich bin tagsüber in der Praxis und meine '
     'Nachbarn sind auch selten da, deshalb landen die Pakete fast immer in der Filiale, die samstags '
     'schon um 12 Uhr schließt. Danke, Jana Röder'),
    ("human/callback", "human", False, "fixitdesk",
     'Bitte rufen Sie mich zurück: 0171 00000382. Der Techniker stand heute vor verschlossener Tür, weil '
     'mir keiner den Termin mitgeteilt hat.'),
    ("human/manager", "human", False, "powerbill",
     'Das ist jetzt die dritte falsche Rechnung in Folge. Ich möchte mit einem Vorgesetzten sprechen, mit '
     'jemandem, der die Abrechnung wirklich korrigieren darf, und nicht noch eine Entschuldigung per Mail.'
     ' Vertragsnummer 0000-6639.'),
    ("human/anyone", "human", False, "courierdm",
     'hallo?? ist da jemand?? schreib jetzt zum dritten mal wegen dem kaputten paket'),
    ("human/named_agent", "human", False, "savingsbank",
     'Ich würde gern wieder mit Frau Yilmaz sprechen, die hat im Sommer meine Baufinanzierung betreut und '
     'kennt die Unterlagen. Es geht um die Anschlussfinanzierung, die Zinsbindung läuft im Mai aus und ich'
     ' habe zwei Angebote von anderen Banken vorliegen. Können Sie mir einen Termin bei ihr geben, gern '
     'auch an einem Samstag?'),
    ("human/escalate", "human", False, "tourdesk",
     'Meine Beschwerde BS-00419 ist seit sechs Wochen offen. Bitte geben Sie sie an die Beschwerdestelle '
     'weiter.'),
    ("human/branch", "human", False, "savingsbank",
     'Ich möchte das mit der Vollmacht für meine Mutter lieber persönlich in der Filiale am Marktplatz '
     'klären. Sie ist 91, kann nicht mehr gut schreiben und ich soll ihre Überweisungen übernehmen. Wann '
     'geht das, und muss sie selbst mitkommen oder reicht eine notarielle Vollmacht?'),
    ("human/phone", "human", False, "tourdesk",
     'Guten Abend, gibt es eine Telefonnummer, unter der ich jemanden erreiche? Unser Rückflug aus Antalya'
     ' wurde gestrichen, wir sitzen mit zwei kleinen Kindern im Hotel, das Zimmer ist nur bis morgen 12 '
     'Uhr bezahlt und die Reiseleitung vor Ort geht nicht ans Telefon. Buchung AT-000271, Familie Brandt.'),
    ("humanneg/spoke_already", "ai_assist", False, "powerbill",
     'Ich habe gestern schon mit einer netten Kollegin von Ihnen telefoniert, hat sich erledigt. Bitte nur'
     ' die korrigierte Rechnung schicken.'),
    ("humanneg/agent_name", "ai_assist", False, "fixitdesk",
     'Der Monteur am Dienstag war großartig, pünktlich, sauber und hat meiner Mutter alles erklärt. Wir '
     'möchten ihm eine Dankeskarte schicken, wie heißt er mit Vornamen? Auftrag 45017. Rückruf nicht '
     'nötig.'),
    ("humanneg/no_callback", "ai_assist", False, "savingsbank",
     'Ein Rückruf ist nicht nötig, bitte schriftlich. Ist die Überweisung nach Österreich schon '
     'angekommen?'),
    ("humanneg/quoted_request", "ai_assist", False, "courierdm",
     'Meine Schwester meint, ich soll „den Chef verlangen“, aber eigentlich brauche ich nur einen neuen '
     'Zustelltermin für Sendung 0000 7120.'),
    ("humanneg/withdrawn", "ai_assist", False, "tourdesk",
     'Ich hatte um einen Rückruf wegen der Sitzplätze gebeten, das habe ich inzwischen online erledigt. '
     'Bitte ignorieren Sie die Anfrage. Die Buchung selbst bleibt wie sie ist, und die Zugtickets zum '
     'Flughafen habe ich auch schon. Danke und einen schönen Abend, Heike Sommerfeld'),
    ("bias/disability", "bias_review", False, "tourdesk",
     'Ich sitze im Rollstuhl und wollte im Reisebüro in Kassel die Busreise an den Gardasee buchen. Die '
     'Mitarbeiterin sagte: „Leute wie Sie halten die Gruppe nur auf, das ist nichts für Sie“, und buchte '
     'mich nicht. Mein Kollege ohne Behinderung hat dieselbe Reise am nächsten Tag problemlos bekommen, es'
     ' waren noch acht Plätze frei. Ich erwarte eine Stellungnahme.'),
    ("hardneg/mention", "ai_assist", False, "powerbill",
     'Wir sind eine Wohngemeinschaft von vier Studentinnen, eine davon aus Ghana. Wie teilen wir den '
     'Stromvertrag am besten auf, und kann jede ihren Anteil selbst überweisen?'),
    ("hardneg/quoted_word", "ai_assist", False, "savingsbank",
     'Mein Nachbar nennt Ihre Kontoführungsgebühr „Diskriminierung von Rentnern“, ich sehe das nicht so '
     'eng. Mich interessiert nur, ob es ein Basiskonto ohne Gebühr gibt.'),
    ("ordinary/plain", "ai_assist", False, "fixitdesk",
     'Wie lange dauert die Reparatur eines Handydisplays ungefähr?'),
    ("ordinary/plain", "ai_assist", False, "courierdm",
     'Guten Tag, ich ziehe am 15. Januar von Bremen nach Oldenburg und möchte einen Nachsendeauftrag für '
     'sechs Monate einrichten. Geht das auch für zwei Personen im Haushalt mit verschiedenen Nachnamen, '
     'und was kostet das ungefähr? Viele Grüße, Lars Meinhardt'),
]
