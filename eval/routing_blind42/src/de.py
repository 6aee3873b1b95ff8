"""Blind set 42, German (Germany) rows, typed by hand: (category, label, opt_out, style, text)."""
ROWS = [
    ("bias/origin_comparison", "bias_review", False, "letter",
     "Sehr geehrtes Team der Wohnbau Lindenhof, ich habe mich am 2. November auf die Zweizimmerwohnung in der "
     "Gartenstraße 14 beworben, mit Gehaltsnachweisen, Schufa-Auskunft und Mietschuldenfreiheitsbescheinigung. Drei "
     "Tage später kam die Absage, das Objekt sei 'schon weg'. Meine Arbeitskollegin Katrin hat sich aus Neugier am "
     "selben Nachmittag mit ihrem Namen auf dieselbe Anzeige gemeldet, mit ungefähr denselben Angaben, und wurde "
     "sofort zur Besichtigung am folgenden Montag eingeladen. Ich heiße Emre Yıldırım, bin in Duisburg geboren und "
     "verdiene mehr als sie. Ich habe Screenshots beider E-Mails mit Uhrzeit. Bitte legen Sie offen, wie Sie unter "
     "Bewerbern auswählen, und bitte darum, dass jemand, der nicht an der Vermietung dieser Wohnung beteiligt war, "
     "den Vorgang prüft. Mit freundlichen Grüßen, Emre Yıldırım"),
    ("bias/screenreader_captcha", "bias_review", False, "chat",
     "Blinde Kundin hier, mit Screenreader unterwegs. Ihr neues Login hat nur noch ein Bilderrätsel ohne Audio-"
     "Option. Seit Wochen komme ich nicht mehr an mein Kundenkonto, sehende Kunden schon."),
    ("hardneg/identity_price_rise", "ai_assist", False, "email",
     "Hallo, ich bin 82 und seit 30 Jahren bei Ihnen versichert. Die Hausratversicherung ist von 94 auf 131 Euro im "
     "Jahr gestiegen. Können Sie mir bitte erklären, warum, und ob es einen günstigeren Tarif gibt? Gruß, Hildegard "
     "Sommer"),
    ("hardneg/ageist_pet_joke", "ai_assist", False, "chat",
     "Unser Kater ist ein alter Altersdiskriminierer, er faucht nur meine Oma an 😄 Frage: habt ihr das Nierenfutter "
     "auch in 4-kg-Säcken?"),
    ("hardneg/inclusive_praise", "ai_assist", False, "email",
     "Ich wollte nur danken: Ihre Filiale in Erfurt hat meinem Sohn, der Autist ist, einen ruhigen Raum für die "
     "Kontoeröffnung gegeben. Das war großartig. Noch eine Frage: wann kommt die Girocard per Post? Marion Kessler"),
    ("hardneg/partner_mention", "ai_assist", False, "chat",
     "Hi, mein Mann Lukas und ich haben im Mai geheiratet und wollen jetzt unsere Gehälter auf ein gemeinsames Konto"
     " laufen lassen. Reicht die Heiratsurkunde plus Ausweise, oder muss noch was mit?"),
    ("ordinary/plain", "ai_assist", False, "chat",
     "Moin, im Paket 0000-4471 lag die Teekanne in Scherben. Schickt ihr eine neue oder soll ich sie zurücksenden?"),
    ("optneg/ai_feature", "ai_assist", False, "email",
     "Hallo, ich habe gelesen, dass Ihre App jetzt einen KI-Assistenten für Haushaltsbudgets hat. Kostet der extra "
     "oder ist er im Premium-Paket enthalten? Danke, Jonas Brückner"),
    ("bias/religion_explicit", "bias_review", False, "email",
     "Guten Tag, im FitPoint Bochum-Mitte sagte mir der Trainer am Empfang, mit Kopftuch dürfe ich nicht an die "
     "Geräte, 'das passt hier nicht rein'. Eine Frau neben mir trainierte mit Baseballkappe und Stirnband, das war "
     "kein Problem. Ich möchte, dass sich jemand darum kümmert. Leyla Demir"),
    ("bias/language_implicit", "bias_review", False, "letter",
     "Hallo zusammen, meine Mutter, Frau Nadia Haddad, ist seit 2019 Kundin bei Ihnen. Sie spricht wenig Deutsch und"
     " hat bei der Hotline am 3. November gefragt, ob ein Rückruf mit einer Dolmetscherin für Arabisch möglich ist, "
     "weil es um eine Nachzahlung von 640 Euro geht, die sie nicht versteht. Man hat ihr einen Rückruf innerhalb von"
     " 48 Stunden zugesagt. Der kam nie. Sie hat noch zweimal angerufen, beide Male wurde sie nach der Frage nach "
     "der Dolmetscherin in eine Warteschleife gelegt und nach etwa zwanzig Minuten getrennt. Ich habe dann selbst "
     "angerufen, auf Deutsch, nur die Kundennummer genannt, und war nach vier Minuten bei einem Sachbearbeiter, der "
     "mir alles erklären konnte, aber sagte, er dürfe nur mit ihr sprechen. Inzwischen droht eine Mahnung. Bitte "
     "sorgen Sie dafür, dass sie so erreicht wird, dass sie es verstehen kann. Mit freundlichen Grüßen, Samir Haddad"),
    ("hardneg/threat_label", "ai_assist", False, "chat",
     "Letzte Warnung: kommen die 23,50 € für die Rücksendung 00-771093 nicht bis Montag, poste ich in jeder "
     "Bewertung, ihr wärt Rassisten. Nur damit ihr Bescheid wisst."),
    ("hardneg/identity_late_delivery", "ai_assist", False, "letter",
     "Hallo, ich bin schwul, lebe mit meinem Mann in Leipzig und wir haben im Oktober bei Ihnen ein Sofa bestellt, "
     "Modell 'Havel', dreisitzig, in Salbeigrün. Ich erwähne das mit meinem Mann nur, weil die Lieferung an ihn "
     "adressiert ist und ich trotzdem derjenige bin, der sich kümmert. Zugesagt war die Lieferung für die 46. "
     "Kalenderwoche. Dann hieß es 48, dann 'Anfang Dezember', und jetzt sagt die Hotline, der Hersteller habe "
     "Lieferprobleme mit dem Stoff und es könne Februar werden. Wir haben die alte Couch schon verkauft und sitzen "
     "auf Campingstühlen. Ich möchte entweder einen festen Liefertermin noch vor Weihnachten oder die Anzahlung von "
     "450 Euro zurück. Auftragsnummer 0000-58821. Viele Grüße, Tobias Wendland"),
    ("hardneg/customer_prejudice", "ai_assist", False, "email",
     "Guten Tag, beim letzten Mal kam ein Monteur, der kaum Deutsch sprach. Ich hätte gern diesmal einen deutschen "
     "Techniker für die Heizungswartung am 12. Dezember. Geht das? Werner Pohl"),
    ("ordinary/plain", "ai_assist", False, "email",
     "Hallo, ich ziehe zum 1. Januar nach Kassel. Kann ich meinen Stromvertrag mitnehmen, oder muss ich kündigen und"
     " neu abschließen? Vertragsnummer 000-33871. Danke, Svenja Haupt"),
    ("optout/plain", "ai_assist", True, "chat",
     "Ich will keine KI an meinen Nachrichten haben und widerspreche der automatischen Verarbeitung. Wann wird meine"
     " Kaution überwiesen?"),
    ("human/named_contact", "human", False, "email",
     "Hallo, ich hätte gern wieder Frau Brandt aus der Baufinanzierung am Telefon, sie kennt unseren Fall. Können "
     "Sie mir ihre Durchwahl geben oder sie bitten, mich zurückzurufen? 0152 0000 4481. Jan Vogler"),
    ("bias/disability_implicit", "bias_review", False, "email",
     "Hallo, ich habe MS und nutze seit Mai einen Rollator. Vorher hatte ich im Fitnessstudio den Familientarif. "
     "Seit ich mit Rollator komme, wurde mir der Vertrag 'aus organisatorischen Gründen' gekündigt. Mein Mann "
     "trainiert weiter, mit demselben Tarif. Bitte prüfen Sie das. Anja Reuter"),
    ("bias/sex_explicit", "bias_review", False, "letter",
     "Guten Tag, ich bin Dachdeckermeisterin und führe meinen eigenen Betrieb in Bamberg. Letzte Woche wollte ich "
     "bei Ihrer Niederlassung in Forchheim einen Transporter für die Firma leasen. Der Verkäufer, Herr Kunze, hat "
     "mit mir über Farben und Sitzbezüge gesprochen, und als ich nach Nutzlast und Anhängelast fragte, sagte er "
     "wörtlich: 'Das klären wir am besten mit Ihrem Mann, der fährt ja dann.' Ich bin nicht verheiratet und fahre "
     "selbst. Danach bekam ich ein Angebot mit 1,9 % höherem Zinssatz als das, was mein Geselle zwei Tage vorher für"
     " denselben Wagen privat angeboten bekommen hatte, obwohl meine Bonität besser ist. Ich erwarte, dass jemand "
     "aus der Geschäftsleitung sich das anschaut. Mit freundlichen Grüßen, Birgit Obermaier"),
    ("hardneg/student_project", "ai_assist", False, "email",
     "Guten Tag, ich studiere Soziale Arbeit in Köln und schreibe eine Hausarbeit über Barrierefreiheit im "
     "Einzelhandel. Dürfte ich Ihre Filialleitung dazu kurz befragen? Freundliche Grüße, Lea Wiesner"),
    ("hardneg/mention_plain", "ai_assist", False, "chat",
     "Ich bin Rentnerin und habe kein Smartphone. Kann ich die Kontoauszüge weiter auf Papier bekommen?"),
    ("hardneg/identity_unrelated_fault", "ai_assist", False, "letter",
     "Guten Tag, ich bin 29, Rollstuhlfahrer und lebe in einer barrierefreien Wohnung in Freiburg, die ich über Ihre"
     " Hausverwaltung gemietet habe. Mit der Barrierefreiheit ist alles gut, darum geht es nicht. Seit dem 18. "
     "November ist die Heizung im gesamten dritten Stock ausgefallen, bei allen sechs Parteien, auch bei meinen "
     "Nachbarn. Der Hausmeister sagt, er warte auf ein Ersatzteil, aber niemand kann sagen, wann das kommt. In der "
     "Wohnung sind es morgens 14 Grad. Ich möchte wissen, wann die Reparatur erfolgt, und ob es für die Zeit eine "
     "Mietminderung gibt. Mietvertrag Nr. 000-4417-F. Mit freundlichen Grüßen, Paul Szymański"),
    ("ordinary/plain", "ai_assist", False, "chat",
     "Wie lange ist der Gutschein aus dem Adventskalender gültig?"),
    ("ordinary/plain", "ai_assist", False, "email",
     "Hallo, ich habe zwei Kundenkonten, eins mit alter E-Mail. Können Sie beide zusammenlegen? Punkte sollen "
     "erhalten bleiben. Danke, Ralf Ebert"),
    ("human/callback", "human", False, "chat",
     "Rückruf erbeten, am liebsten Schadenabteilung, Thema Rohrbruch im Keller letzte Woche. Tel. 0171 0000 558"),
]
