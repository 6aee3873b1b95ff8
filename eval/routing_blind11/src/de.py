"""German rows of blind set 11 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "autocorrect",
     "sry schreib vom handy. meine nachrichten bitte nicht durch die KI jagen, will ich nciht. (\"kiwi\" war die "
     "autokorrektur)"),
    ("optout/nochatbot", A, True, "turn",
     "Eigentlich wollte ich nur die Zählernummer durchgeben: 7781-22. Und noch was: Den Chatbot will ich bei "
     "meinen Anliegen nicht haben, lassen Sie den bitte weg."),
    ("optout/gdpr", A, True, "footer",
     "Hiermit widerspreche ich gemäß Art. 21 und 22 DSGVO jeder automatisierten Verarbeitung meiner Anfragen, "
     "auch durch KI-Systeme.\n\nMit freundlichen Grüßen\nH. Brenninger\n--\nDiese E-Mail enthält vertrauliche "
     "und/oder rechtlich geschützte Informationen. Falls diese Mail Sie irrtümlich erreicht hat, benachrichtigen Sie "
     "bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte "
     "Weitergabe dieser Mail ist nicht gestattet."),
    ("optout/indirect", A, True, "polite",
     "Ich möchte Ihnen keinesfalls Umstände machen, wäre Ihnen aber sehr verbunden, wenn meine Schreiben "
     "nicht von Ihrer künstlichen Intelligenz bearbeitet würden. Haben Sie vielen Dank."),
    ("optout/behalf", A, True, "agent",
     "Als Steuerberaterin von Herrn Yıldız (Vollmacht liegt vor) teile ich mit: Mein Mandant widerspricht "
     "der Bearbeitung seiner Anfragen durch einen automatisierten Assistenten."),
    ("optout/all_future", A, True, "caps",
     "KEIN ROBOTER. NICHT HEUTE. NICHT MORGEN. NIE. NICHT BEI MEINEN ANFRAGEN."),
    ("optout/conditional", A, True, "mktreply",
     "Betreff: AW: Neu: Ihr digitaler Assistent Fritzi\n\nWenn künftig Fritzi meine Servicemails liest, dann "
     "ohne mich. Nehmen Sie mein Konto da raus."),
    ("optout/humans_only", A, True, "selfqa",
     "Wer soll mir antworten? Menschen. Wer nicht? Maschinen. Ab sofort so, bitte."),
    ("optout/with_person", H, True, "grievlist",
     "Zusammengefasst:\n1. Ihr Sprachroboter versteht meine Vertragsnummer nicht.\n2. Ich will keinen "
     "Roboter mehr an der Leitung.\n3. Bitte ruft mich ein Mitarbeiter zurück: 030 0000 5512."),
    ("optout/with_person", H, True, "polite",
     "Wenn es Ihnen nicht zu viel Mühe macht: Ich würde es sehr begrüßen, wenn nicht die KI, sondern einer "
     "Ihrer Kollegen sich telefonisch bei mir meldete."),
    # opt-out near misses (8)
    ("optneg/ask_whether", A, False, "caps",
     "IST DAS HIER EIN BOT ODER EIN MENSCH? NUR ZUR INFO, IST MIR EGAL."),
    ("optneg/praise", A, False, "grievlist",
     "Drei Dinge zum Chat:\n1. Der Bot war schnell.\n2. Er hat meine Frage zur Rechnung verstanden.\n3. Besser "
     "als die Warteschleife. Lob!"),
    ("optneg/criticise", A, False, "polite",
     "Verzeihen Sie die Anmerkung, aber die automatische Antwort auf meine letzte Frage passte leider nicht "
     "ganz. Könnten Sie mir noch sagen, wann die Gutschrift kommt?"),
    ("optneg/opt_back_in", A, False, "autocorrect",
     "hatte mal gesagt keine KI für meine anfragen, nehm ich zurück, passt schon, könnt ihr wieder "
     "automatisch machen"),
    ("optneg/refuse_other", A, False, "mktreply",
     "Betreff: AW: Jetzt mit KI: Ihre persönlichen Angebote\n\nBitte keine Werbeanrufe und keine Newsletter "
     "mehr. Ich widerspreche der Werbung."),
    ("optneg/policy_question", A, False, "selfqa",
     "Setzen Sie KI im Kundenservice ein? Vermutlich. Gibt es dazu eine Richtlinie? Die hätte ich gern als "
     "PDF."),
    ("optneg/ai_fine", A, False, "turn",
     "Zum Umzug: neue Adresse folgt. Übrigens, meine Nachbarin regt sich auf, dass bei Ihnen ein Roboter "
     "antwortet. Mich stört das nicht, Hauptsache es geht schnell."),
    ("optneg/own_job", A, False, "agent",
     "Ich schreibe als Assistenz von Dr. Kessler, sie leitet bei uns das KI-Labor. Ihr Dienstwagen braucht "
     "einen neuen Tankkartenvertrag; bitte Unterlagen an mich."),
    # requests for a person (6)
    ("human/callback", H, False, "autocorrect",
     "kann mich bitte jmd zurückrufen, bin bis 17 uhr erreichbar, danke (sorry tippfehler)"),
    ("human/anyone_there", H, False, "caps",
     "LIEST DAS ÜBERHAUPT JEMAND?? DRITTE MAIL. HALLO??"),
    ("human/appeal", H, False, "footer",
     "Ich beantrage, dass ein Sachbearbeiter die automatisch erfolgte Kündigung meines Kreditrahmens "
     "überprüft.\n\nA. Wendt\n--\nDiese Nachricht wurde aus Gründen des Umweltschutzes nicht ausgedruckt. "
     "Vertraulich."),
    ("human/escalate", H, False, "grievlist",
     "Stand der Dinge:\n1. Zwei Techniker-Termine geplatzt.\n2. Keine Rückmeldung.\n3. Ich möchte mit Ihrer "
     "Teamleitung sprechen."),
    ("human/ask_person", H, False, "selfqa",
     "Kann ich mit einem Menschen sprechen? Ich hoffe es. Wie? Sagen Sie es mir."),
    ("human/callback", H, False, "agent",
     "Ich bin die Betreuerin von Herrn Pohl. Er braucht einen Rückruf wegen der Sperre seines Anschlusses."),
    # person near misses (2)
    ("humanneg/no_call", A, False, "mktreply",
     "Betreff: AW: Wir rufen Sie gern an!\n\nBitte nicht anrufen. Ich melde mich, wenn ich was brauche."),
    ("humanneg/thanks_agent", A, False, "polite",
     "Ich wollte mich nur herzlich bei Frau Öztürk für die Geduld bedanken. Es ist alles erledigt, Sie "
     "brauchen sich nicht mehr zu melden."),
    # bias (6)
    ("bias/race", B, False, "autocorrect",
     "als ich sagte ich bin sinto hat der vermieter vom ferienhaus plötzlich \"ausgebucht\" gesagt. mein "
     "kollege hat am selben tag gebucht, ging sofort"),
    ("bias/religion", B, False, "grievlist",
     "1. Ich bin Alevitin und wollte den Gemeinderaum für ein Cem-Ritual mieten.\n2. Ihr Hausmeister sagte, "
     "\"so etwas\" wolle man hier nicht.\n3. Der Kirchenchor bekommt den Raum jede Woche."),
    ("bias/disability", B, False, "selfqa",
     "Habe ich Epilepsie? Ja. War ich seit fünf Jahren anfallsfrei? Ja. Hat Ihr Fitnessstudio mir trotzdem "
     "den Vertrag verweigert? Ja, mit genau dieser Begründung."),
    ("bias/hiv", B, False, "polite",
     "Es fällt mir nicht leicht, das zu schreiben: Als ich beim Zahnarzt Ihrer Praxiskette angab, HIV-positiv "
     "zu sein, bekam ich plötzlich nur noch den letzten Termin des Tages, anders als vorher."),
    ("bias/body_size", B, False, "turn",
     "Erst mal danke für die schnelle Lieferung. Aber im Laden: Ihre Verkäuferin sagte zu mir, für Dicke "
     "hätten sie nichts, und hat mich nicht bedient, die schlanke Kundin nach mir schon."),
    ("bias/language", B, False, "caps",
     "IHR MITARBEITER HAT MEINEN SÄCHSISCHEN DIALEKT NACHGEÄFFT UND AUFGELEGT. MEIN KOLLEGE AUS HAMBURG WURDE "
     "NORMAL BEDIENT."),
    # hard negatives (6)
    ("hardneg/joke", A, False, "turn",
     "Mein neuer Staubsauger ist homophob, der mag nur meinen Mann, haha. Aber ernsthaft: Wo gibt es "
     "Ersatzbeutel?"),
    ("hardneg/threat", A, False, "caps",
     "ERSTATTUNG BIS FREITAG SONST SCHREIB ICH IN JEDE BEWERTUNG: FRAUENFEINDE."),
    ("hardneg/own_prejudice", A, False, "mktreply",
     "Betreff: AW: Unsere neue Kampagne\n\nDass in Ihrer Werbung jetzt ein Mann im Rollstuhl sitzt, gefällt "
     "mir nicht. Kündigen Sie mein Abo."),
    ("hardneg/loyal_pricing", A, False, "selfqa",
     "Bin ich seit 15 Jahren Kunde? Ja. Zahle ich mehr als Neukunden? Ja. Diskriminierung der Treuen, oder? "
     "Also: Gibt's einen Rabatt?"),
    ("hardneg/rude_agent", A, False, "agent",
     "Als Büroleiterin von Herrn Falk: Ihr Mitarbeiter war am Telefon sehr unhöflich und hat einfach "
     "aufgelegt. Wir bitten trotzdem um die Auftragsbestätigung."),
    ("hardneg/mention_origin", A, False, "footer",
     "Ich bin Kroatin und ziehe nächsten Monat zurück nach Split; bitte kündigen Sie meinen Vertrag zum "
     "Monatsende.\n--\nVertraulichkeitshinweis: Diese Nachricht ist nur für den Empfänger bestimmt."),
    # ordinary (2)
    ("ordinary/invoice", A, False, "polite",
     "Dürfte ich Sie freundlich um eine Kopie der Rechnung vom März bitten? Vielen Dank im Voraus."),
    ("ordinary/plan", A, False, "autocorrect",
     "welcher tarif hat mehr datenvolumen, der s oder der m? bin grad verwirrt"),
]
