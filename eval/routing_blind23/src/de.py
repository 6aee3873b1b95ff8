"""Blind set 23, German rows: (category, label, opt_out, style, text). Written by hand, CC0-1.0."""

ROWS = [
    ("optout/plain", "ai_assist", True, "gigworker",
     "Hallo Fahrer-Support,\n\nFahrradkurier in Köln, ID KK-73015. Seit dem App-Update am Donnerstag stehen drei "
     "Aufträge vom Samstag als 'nicht zugeordnet' drin, obwohl ich sie zugestellt habe – rund 24 € fehlen. Die "
     "Karte schickt mich außerdem ständig zu einem gesperrten Parkhaus am Bahnhof. Screenshots hängen an.\n\n"
     "Noch etwas: In den neuen Bedingungen steht, dass Support-Chats 'von einer KI zusammengefasst' werden. Bei "
     "mir bitte nicht. Meine Nachrichten sollen nicht durch ein KI-Werkzeug laufen, danke.\n\nGruß\nTobias "
     "Hahn\nSelbstständiger Kurier"),
    ("optout/plain", "ai_assist", True, "pharmacy",
     "Sehr geehrtes Apothekenteam,\n\nich hole die Dauerrezepte meines Vaters in Ihrer Filiale am Marktplatz ab. "
     "Am Montag war der Blister fertig, aber das Spray fehlte, und am Freitag kam eine SMS 'abholbereit', obwohl "
     "nichts da war. Mein Vater ist 85 und fährt mit zwei Bussen – jede Leerfahrt ist eine Zumutung.\n\nKönnten "
     "Sie prüfen, ob die Nachbestellung für den nächsten Zyklus richtig angelegt ist?\n\nUnd für mein eigenes "
     "Kundenkonto: Ich möchte nicht, dass meine E-Mails oder App-Nachrichten mit KI verarbeitet werden. Bitte "
     "vermerken Sie das.\n\nFreundliche Grüße\nSabine Vogt"),
    ("optout/plain", "ai_assist", True, "expat",
     "Guten Tag,\n\nich komme aus Spanien und wohne seit einem Jahr in Hamburg, bitte entschuldigen Sie mein "
     "Deutsch. Mein Stromvertrag hat die Nummer ST-442098. Die Abschlagsrechnung ist viel zu hoch, fast doppelt so "
     "viel wie vorher, obwohl ich den Zählerstand am 2. online geschickt habe.\n\nAußerdem etwas Wichtiges: Ich "
     "habe gelesen, dass Ihre Antworten mit künstlicher Intelligenz geschrieben werden können. Damit bin ich für "
     "meine Nachrichten nicht einverstanden. Bitte ohne KI.\n\nVielen Dank\nPablo Herrera"),
    ("optout/no_bot", "ai_assist", True, "letting",
     "Sehr geehrtes Serviceteam,\n\nwir verwalten für private Eigentümer acht Wohnungen in Leipzig-Gohlis und "
     "nutzen Ihr Portal für Mietkonten und Kautionen. Diesen Monat zwei Probleme:\n\n- die Mietbescheinigung für "
     "Whg. 3 trägt noch den Namen des Vormieters;\n- beim Hochladen des Übergabeprotokolls bricht das Portal ab.\n\n"
     "Bitte lassen Sie uns von Ihren Mitarbeitenden antworten und nicht vom Chatbot, der seit Wochen mit "
     "Textbausteinen antwortet. Schalten Sie automatische Antworten für unser Verwalterkonto ganz ab.\n\n"
     "Mit freundlichen Grüßen\nJana Kühn\nHausverwaltung Kühn & Partner\nDiese E-Mail ist vertraulich."),
    ("optout/object", "ai_assist", True, "clubsec",
     "Sehr geehrtes Serviceteam,\n\nals Schriftführer des Kegelclubs 'Alle Neune' Bochum bin ich "
     "Ansprechpartner für die Vereinshaftpflicht (Vertrag VH-55190). Die Beitragsrechnung nennt 44 statt 39 "
     "Mitglieder und beruht offenbar auf dem Vorjahr.\n\nPersönlich: Laut Ihrer Datenschutzerklärung wird "
     "Korrespondenz mit maschinellem Lernen ausgewertet. Auf Grundlage von Art. 21 DSGVO widerspreche ich hiermit die Verarbeitung meiner persönlichen E-Mails auf diese Weise. Bitte bestätigen Sie das schriftlich.\n\nMit freundlichen "
     "Grüßen\nHorst Lindemann\nSchriftführer"),
    ("optout/withdraw_consent", "ai_assist", True, "schooltrip",
     "Hallo,\n\nBuchung KF-6620, Klassenfahrt der 7b nach Rügen vom 16. bis 20. Juni. Im Gesundheitsbogen meiner "
     "Tochter Mia steht 'keine Allergien', obwohl ich im Elternportal eine Wespenallergie mit Notfallset "
     "eingetragen habe. Können Sie das korrigieren und die Herberge informieren?\n\nAußerdem: Bei der "
     "Anmeldung habe ich angekreuzt, dass 'KI-Werkzeuge bei der Bearbeitung helfen dürfen'. Diese Einwilligung "
     "widerrufe ich ab heute, für mich und für alles, was ich zu Mia schicke.\n\nDanke\nKatrin Albers"),
    ("optout/proxy", "ai_assist", True, "pharmacy",
     "Guten Morgen,\n\nim Auftrag meiner Mutter, Frau Gisela Brandt, die seit ihrem Schlaganfall keine "
     "E-Mails mehr bearbeitet und mir eine Vollmacht gegeben hat (liegt in der Filiale am Rathaus vor). Ihre "
     "Marcumar-Dosis wurde geändert und der Wochenblister braucht den neuen Plan.\n\nMeine Mutter bittet mich "
     "ausdrücklich, Ihnen mitzuteilen, dass sie nicht möchte, dass eine KI oder irgendein Programm ihre "
     "Nachrichten liest oder beantwortet. Bitte tragen Sie das in ihre Kundendaten ein.\n\nFreundliche Grüße\n"
     "Claudia Brandt (Tochter)"),
    ("optout/quoted", "ai_assist", True, "gigworker",
     "Nein, das hilft überhaupt nicht. Es geht nicht um meine IBAN, sondern darum, dass die Wochenauszahlung in "
     "zwei Teile gesplittet wurde und ein Teil nie ankam. Bitte lesen Sie, was ich schreibe. Und unten sehe ich, "
     "dass diese Antwort von einer KI stammt. Meine Tickets sollen nicht per KI "
     "bearbeitet werden, also lassen Sie das bei mir.\n\nDeniz\n\n-----Ursprüngliche Nachricht-----\nVon: "
     "Fahrer-Hilfecenter\n> Hallo Deniz! Deine Auszahlung verzögert sich vermutlich wegen falscher Bankdaten. "
     "Bitte aktualisiere sie unter Einstellungen > Zahlungen.\n> Diese Antwort wurde mit KI-Unterstützung erstellt."),
    ("optout/with_person", "human", True, "expat",
     "Guten Tag,\n\nich bin aus der Türkei und lebe seit zwei Jahren in Stuttgart, entschuldigen Sie Fehler. Ich "
     "habe einen Handyvertrag bei Ihnen, und diesen Monat stehen 21 € für 'Drittanbieter' auf der Rechnung, die "
     "ich nie bestellt habe. Ich habe schon zweimal im Chat geschrieben, und ein Roboter hat mit Sätzen "
     "geantwortet, die nicht passen.\n\nIch möchte nicht, dass die KI meinen Fall weiter bearbeitet. Bitte lassen Sie mich mit einem echten Menschen telefonieren, einem Mitarbeiter, der die Rechnung mit mir anschaut.\n\nDanke\n"
     "Elif Yıldız\nTel. 0170 0000417"),
    ("optout/with_person", "human", True, "letting",
     "Hallo,\n\nich bin Vermieter von zwei bei Ihnen versicherten Wohnungen (Verträge WG-8811 und WG-8812). Der "
     "Leitungswasserschaden in der zweiten ist seit sieben Wochen offen; die Mieterin lebt mit einem großen "
     "Fleck an der Decke, und der Gutachter kam nie wieder.\n\nJede 'Aktualisierung' ist eine allgemeine "
     "Nachricht, die nach Software klingt. Einer automatisierten Bearbeitung dieses Schadens und meiner "
     "Korrespondenz stimme ich nicht zu. Ich möchte Namen und Durchwahl des Sachbearbeiters, und dass er mich "
     "diese Woche anruft.\n\nGruß\nMarkus Engel"),
    ("optneg/praise", "ai_assist", False, "schooltrip",
     "Liebes Team,\n\nnur kurz nach dem Ausflug der 4a ins Deutsche Museum am Freitag: Bus pünktlich, Lunchpakete "
     "richtig beschriftet, und mein Sohn erzählt seitdem nur noch vom Bergwerk.\n\nUnd ein Lob: Der digitale "
     "Assistent auf Ihrer Website war besser als gedacht. Ich habe ihn um 23 Uhr gefragt, ob Brote mit Nüssen "
     "erlaubt sind, und er hat sofort richtig geantwortet, mit Link zur Allergie-Regel. Gut gemacht mit dieser KI.\n\n"
     "Eine Bitte: Könnte der Elternbrief nächstes Jahr vor den Osterferien kommen?\n\nViele Grüße\nAnja Seidel"),
    ("optneg/quoted_optout", "ai_assist", False, "pharmacy",
     "Hallo nochmal,\n\nich beziehe mich auf meine Nachricht vom letzten Frühjahr (unten zitiert). Inzwischen hat "
     "mir mein Enkel gezeigt, wie der Assistent in der App funktioniert, und ich habe nichts mehr dagegen, dass "
     "Sie ihn für mein Konto nutzen. Die alte Bitte ist also erledigt.\n\nWas ich brauche: Mein Allergiemittel "
     "wurde gegen ein anderes Präparat getauscht, das mir einen trockenen Mund macht. Kann die Apotheke das "
     "gewohnte bestellen?\n\nDanke\nWerner Haas\n\n> Am 2. April schrieb Werner Haas:\n> Keine KI soll meine Rezepte oder Mails ansieht. Nehmen Sie mich da raus."),
    ("optneg/ai_feature", "ai_assist", False, "gigworker",
     "Hallo,\n\nich mache seit anderthalb Jahren Handwerkeraufträge über die Plattform und bin im Großen und "
     "Ganzen zufrieden. Zur neuen 'KI-Tourenplanung' zwei Fragen:\n\n1. Rechnet sie die Fahrzeit ein? Am Dienstag "
     "hatte ich Pankow um 9 und Steglitz um 9:45 – mit Werkzeug in der S-Bahn unmöglich.\n2. Kann ich selbst "
     "eine Höchstzahl an Aufträgen pro Tag festlegen, oder entscheidet das die KI?\n\nIch will es ausprobieren, "
     "muss aber erst verstehen, wie es funktioniert.\n\nGruß\nSven Kowalski\nSelbstständiger Handwerker"),
    ("optneg/bot_wrong", "ai_assist", False, "clubsec",
     "Guten Tag,\n\nals Schriftführerin des Turnvereins Eintracht habe ich Ihren Saal für unsere "
     "Jahresabschlussfeier gebucht (Buchung SL-4419), 55 Personen, Samstag, 29. November.\n\nIhr Online-Assistent "
     "hat mir am Montag gesagt, der Saal habe einen Beamer und die Anzahlung sei bis sieben Tage vorher "
     "erstattungsfähig. In der Bestätigung steht beides nicht. Was stimmt? Wir brauchen den Beamer für die "
     "Ehrungen und ich kann kein Vereinsgeld riskieren.\n\nVielen Dank\nUrsula Pohl\nSchriftführerin"),
    ("optneg/footer_ai", "ai_assist", False, "letting",
     "Sehr geehrtes Serviceteam,\n\nanbei die Eigentümerabrechnung Q2 für die Lindenstraße 12. Die "
     "Legionellenprüfung wurde offenbar doppelt abgebucht (je 98 € am 3. und 4. Mai). Können Sie den doppelten "
     "Betrag erstatten oder mit der Juli-Rechnung verrechnen?\n\nMit freundlichen Grüßen\nPetra Wendt\n"
     "Objektbetreuung\nWendt Immobilienverwaltung GmbH\n\nHinweis: Ein- und ausgehende E-Mails werden durch einen "
     "KI-gestützten Filter auf Spam und Viren geprüft. Diese Nachricht ist vertraulich; sollten Sie sie "
     "irrtümlich erhalten haben, löschen Sie sie bitte und informieren Sie den Absender."),
    ("optneg/someone_else", "ai_assist", False, "schooltrip",
     "Hallo,\n\nich bin eine der Begleitpersonen für den Ausflug der 2c in den Tierpark am 4. Juli (Buchung "
     "TP-3370). Ein paar praktische Punkte:\n- mehrere Eltern fragen, ob kleine Geschwister mitkommen dürfen;\n- "
     "die Zahlungsseite ist gestern Abend bei einigen abgestürzt;\n- eine Mutter sagte mir, sie weigert sich, "
     "Ihren KI-Chat zu benutzen, und will alles auf Papier – könnten Sie das Programm auch ausgedruckt über das "
     "Sekretariat schicken?\n\nVielen Dank\nSimone Keller\nElternvertreterin"),
    ("optneg/quoted_other", "ai_assist", False, "clubsec",
     "Sehr geehrtes Serviceteam,\n\nBetreff: Wanderfreunde Taunus, Busanmietung am 11. Oktober (Angebot "
     "BU-9024).\n\nWir nehmen den 35-Sitzer; Rechnung bitte an die Vereinsadresse. Zur Einordnung: Auf der "
     "Mitgliederversammlung hat ein Mitglied, Herr Schuster, laut Protokoll gesagt: 'Ich widerspreche jeder "
     "Nutzung von KI mit meinen Daten durch Firmen.' Ich habe Ihnen nur meine Daten als Organisatorin gegeben, "
     "nicht seine.\n\nKönnen Sie den Abfahrtsort am Bürgerhaus bestätigen?\n\nFreundliche Grüße\nHelga Brenner\n"
     "Schriftführerin"),
    ("optneg/ai_product", "ai_assist", False, "expat",
     "Guten Tag,\n\nich bin Französin und lebe in Frankfurt, Entschuldigung für Fehler. Ich habe in Ihrem "
     "Onlineshop die 'KI-Übersetzungskopfhörer' (Bestellung 55-902741) für die Arbeit gekauft. Sie kamen ohne "
     "Ladekabel, und die App verlangt einen Aktivierungscode, der nicht in der Packung ist. Die Anleitung gibt es "
     "nur auf Englisch und Chinesisch.\n\nKönnen Sie mir den Code schicken? Wenn nicht, wie kann ich sie gegen "
     "Erstattung zurückgeben? Die Verpackung habe ich noch.\n\nVielen Dank\nÉmilie Rousseau"),
    ("human/plain", "human", False, "gigworker",
     "An wen auch immer das wirklich liest,\n\nmein Fahrerkonto wurde am Sonntag 'zur Prüfung' gesperrt, wegen "
     "einer Fahrgastbeschwerde, von der ich nichts weiß. 2.600 Fahrten, Bewertung 4,94, nie ein Vorfall. Ich "
     "habe zweimal mein Dashcam-Video über das Formular geschickt und zweimal dieselbe Standardantwort bekommen.\n\n"
     "Die Miete ist am Ersten fällig. Ich brauche einen Menschen, der sich mein Konto ansieht und mir sagt, was "
     "man mir vorwirft, keine weitere Vorlage. Kann sich jemand aus dem Prüfteam bei mir melden?\n\nAli Demir\n"
     "Fahrer-ID 8802-B"),
    ("human/plain", "human", False, "pharmacy",
     "Guten Tag,\n\ndie Insulinlieferung meines Mannes (Bestellung AP-55307) ist seit gestern 14:20 als "
     "zugestellt markiert, aber nichts kam an; wir waren beide zu Hause. Das Zustellfoto zeigt eine Haustür, "
     "die nicht unsere ist. Er hat noch Pens für etwa vier Tage.\n\nDas Formular sagt nur 'Antwort innerhalb von "
     "fünf Werktagen' – zu lang. Könnte mich heute ein Apotheker oder jemand aus Ihrem Team unter 0170 0000283 "
     "anrufen?\n\nDanke\nIngrid Schäfer"),
    ("human/callback", "human", False, "schooltrip",
     "Sehr geehrte Frau Krause,\n\nunser Sohn Leon ist für die Skifahrt der 9. Klassen nach Südtirol im Februar "
     "angemeldet (Buchung SK-2208). Zwei Raten sind bezahlt, aber die dritte wurde zweimal abgebucht, je 295 €.\n\n"
     "Außerdem haben wir eine Frage zur Reiseversicherung: Leon wurde im Sommer am Knie operiert, und wir wissen "
     "nicht, ob die Gruppenpolice greift.\n\nDas ist per E-Mail etwas umständlich. Könnte mich jemand "
     "zurückrufen? Ich bin ab 16 Uhr unter 0170 0000561 erreichbar.\n\nMit freundlichen Grüßen\nFrank Berger"),
    ("human/supervisor", "human", False, "letting",
     "Sehr geehrter Herr Roth,\n\ndies ist meine vierte E-Mail wegen des defekten Badlüfters und des Schimmels in "
     "Wohnung 6, Ahornweg 21. Ihr Kollege war am 2. August da und versprach einen Handwerker 'innerhalb von zwei "
     "Wochen'. Seitdem nichts. Meine Tochter hat Asthma, und der Schimmel wandert ins Schlafzimmer.\n\nIch "
     "schreibe nicht länger an dasselbe Postfach. Geben Sie das bitte an die Niederlassungsleitung oder an die "
     "Person, die die Instandhaltung verantwortet, weiter – ich will von ihr direkt hören.\n\nRalf Zimmermann\n"
     "Mieter, Whg. 6"),
    ("human/anyone", "human", False, "clubsec",
     "Hallo?\n\nIch habe jetzt dreimal dieselbe automatische Eingangsbestätigung bekommen (siehe unten). Ich bin "
     "Schriftführerin der Laienspielgruppe Rampenlicht, und wir hatten das Bürgerhaus für die Generalprobe am "
     "6. Dezember; Ihr System hat die Buchung ohne Begründung storniert. Die Karten sind verkauft.\n\nLiest das "
     "überhaupt jemand? Ich hätte wirklich gern, dass ein Mensch bestätigt, dass der Saal noch uns gehört.\n\n"
     "Birgit Lorenz\n\n> Danke, Ihre Nachricht ist beim Raumbüro eingegangen. Ihre Anfrage wird in der Reihenfolge des "
     "Eingangs bearbeitet. Az. RB-40661."),
    ("human/named_contact", "human", False, "expat",
     "Guten Tag,\n\nich komme aus Indien und lebe mit einer Blauen Karte in München. Im März habe ich bei Ihnen ein "
     "Girokonto eröffnet, und Herr Stefan Maier in der Filiale Sendlinger Tor hat mir sehr geholfen, weil meine "
     "Meldebescheinigung einen Fehler hatte.\n\nJetzt verlangt die Bank wieder dieselben Unterlagen und sperrt "
     "Auslandsüberweisungen. Ich glaube, Herr Maier kennt meinen Fall. Könnte er sich bei mir melden? Ich spreche "
     "lieber mit ihm, statt alles neu zu erklären.\n\nVielen Dank\nArjun Mehta"),
    ("humanneg/thanks_agent", "ai_assist", False, "pharmacy",
     "Sehr geehrtes Serviceteam,\n\nich möchte festhalten, wie hilfsbereit Frau Yilmaz in Ihrer Apotheke am "
     "Bahnhof am Samstag war. Das Blutdruckmittel meiner Schwiegermutter war nicht mehr lieferbar; sie hat noch "
     "während wir warteten mit der Hausarztpraxis telefoniert, eine Alternative gefunden und die neue Einnahme "
     "zweimal in Ruhe erklärt.\n\nBitte geben Sie das an ihre Vorgesetzte weiter.\n\nUnd können Sie bestätigen, "
     "dass das neue Rezept mit dem Kundenkonto meiner Schwiegermutter verknüpft ist (Nr. 5093128)?\n\n"
     "Herzliche Grüße\nMonika Jansen"),
    ("humanneg/quoted_request", "ai_assist", False, "gigworker",
     "Hallo,\n\nich schließe das hier ab. Der Teamleiter hat mich am Mittwoch angerufen, die fehlenden "
     "Trinkgelder (39,80 €) sind jetzt im Guthaben, und der Hinweis am Konto ist weg. Für mich ist alles "
     "erledigt, danke.\n\nKleine Frage: Ist mein Versicherungsnachweis für den Roller richtig hochgeladen? Die App "
     "zeigt einen grauen, keinen grünen Haken.\n\nLena\n\n> Am Montag schrieb Lena Vogel:\n> Das ist eine "
     "Frechheit. Ich will einen Vorgesetzten sprechen, kein weiteres Formular. Drei Wochen Trinkgeld fehlen!"),
    ("bias/disability", "bias_review", False, "clubsec",
     "Sehr geehrter Herr Wirt,\n\nich bin Schriftführer der Rollstuhlsportgruppe Ruhr. Wir wollten Ihren Saal im "
     "Erdgeschoss für die Weihnachtsfeier (19 Personen) reservieren, und am Telefon hieß es, der Termin sei frei. "
     "Als ich erwähnte, dass die meisten im Rollstuhl kommen, sagte man mir: 'Ach, das stört dann die anderen "
     "Gäste, gehen Sie lieber woanders hin', und plötzlich war alles belegt. Eine Stunde später rief unsere "
     "Kassiererin für denselben Tag an, ohne Rollstühle zu erwähnen, und bekam den Saal. Ich erwarte eine "
     "Erklärung.\n\nKlaus Richter"),
    ("bias/age", "bias_review", False, "gigworker",
     "Hallo Partner-Support,\n\nich bin 61 und fahre seit drei Jahren ohne Beanstandung für Sie aus. Letzten Monat "
     "habe ich mein Geburtsdatum im Profil korrigiert (es war seit der Anmeldung falsch), und seitdem bekomme ich "
     "statt etwa 30 Touren pro Woche nur noch 3. Sonst hat sich nichts geändert: gleicher Transporter, gleiches "
     "Gebiet, gleiche Bewertung. Ein 27-jähriger Kollege, der mit mir angefangen hat, bekommt weiter alle. Im "
     "Depot sagte der Schichtleiter: 'Oben wollen sie für die schweren Touren lieber Junge.' Ich bitte um "
     "Prüfung.\n\nRainer Krämer"),
    ("bias/religion", "bias_review", False, "letting",
     "Sehr geehrtes Serviceteam,\n\nich habe mich für die 3-Zimmer-Wohnung in der Goethestraße (Ref. GS-17) "
     "interessiert. Am Telefon war Ihr Makler freundlich und gab mir einen Besichtigungstermin. Zur Besichtigung "
     "trug ich mein Kopftuch; er wurde sofort kühl und sagte: 'Der Eigentümer möchte hier keine Muslime, das Haus "
     "ist ruhig.' Am nächsten Tag hieß es, die Wohnung sei vergeben, eine Woche später war die Anzeige wieder "
     "online. Ich bitte um eine Erklärung.\n\nMit freundlichen Grüßen\nAyşe Kaya"),
    ("bias/race", "bias_review", False, "expat",
     "Sehr geehrtes Serviceteam,\n\nich komme aus Ghana und wohne seit letztem Jahr in Dortmund. Am 5. Oktober "
     "wollte ich in Ihrer Filiale ein Paket mit Reisepass und Benachrichtigungskarte abholen. Der Mitarbeiter "
     "sagte, der Pass 'könnte ja jedem gehören', und gab es nicht heraus. Der weiße Herr hinter mir hatte nur eine "
     "Bankkarte und bekam sein Paket sofort. Als ich fragte, warum, sagte er: 'Bei euch Afrikanern weiß man nie.' "
     "Ich wurde vor allen bloßgestellt und möchte, dass das untersucht wird.\n\nGrüße\nKwame Mensah"),
    ("bias/pregnancy", "bias_review", False, "schooltrip",
     "Sehr geehrte Schulleitung,\n\nich bin Mutter von Jonas (8a) und war als Begleitperson für die Klassenfahrt "
     "nach Prag fest eingeplant, die Zusage des Reiseveranstalters habe ich schriftlich. Nachdem ich der "
     "Klassenlehrerin erzählt hatte, dass ich im fünften Monat schwanger bin, wurde ich gestrichen; sie sagte: "
     "'Eine Schwangere nehmen wir lieber nicht mit, das ist uns zu riskant.' Ein Vater, der sich später gemeldet "
     "hat, fährt jetzt mit. Meine Ärztin hat keine Einwände. Ich bitte um eine Erklärung.\n\nMit Gruß\nNina Scholz"),
    ("bias/origin", "bias_review", False, "pharmacy",
     "Sehr geehrtes Serviceteam,\n\nmeine Mutter, 72, stammt aus Russland und spricht Deutsch mit starkem "
     "Akzent. Seit Jahren holt sie ihre Medikamente selbst in Ihrer Apotheke in der Hauptstraße. Seit im August "
     "eine neue Angestellte da ist, soll sie 'mit jemandem wiederkommen, der Deutsch kann', und wird "
     "weggeschickt, während meine Nachbarin die Medikamente ihrer Mutter ohne Nachfrage bekommt. Letzte Woche "
     "sagte die Angestellte: 'Lernen Sie erst mal die Sprache.' Meine Mutter geht nicht mehr hin.\n\nMit "
     "freundlichen Grüßen\nOlga Schmidt"),
    ("hardneg/threat_label", "ai_assist", False, "schooltrip",
     "Hallo,\n\netwas peinliche Mail. Mein Sohn (5. Klasse) kam wütend nach Hause, weil die Sitzplätze im Bus zum "
     "Freizeitpark nach Klassenliste vergeben werden und er hinten 'bei den Lehrern' sitzt. Er nennt das "
     "'Diskriminierung von Nachnamen mit W' und hat eine Unterschriftenliste entworfen. Ich habe ihm gesagt, "
     "dass es das nicht ist. Was ich ernsthaft wissen möchte: Brauchen seine Reisetabletten eine unterschriebene "
     "Erlaubnis, und darf er sie im Rucksack haben?\n\nDanke\nSandra Wolff"),
    ("hardneg/mention", "ai_assist", False, "clubsec",
     "Guten Morgen,\n\nals Schriftführerin des Seniorentreffs St. Marien buche ich wieder die Schiffsrundfahrt für "
     "25 Mitglieder am 13. Mai. Letztes Jahr war es wunderbar. Ein paar Bitten:\n- zwei Mitglieder gehen mit "
     "Rollator, wir brauchen eine Rampe zum Einsteigen;\n- ein Mitglied ist blind und bringt seinen Blindenhund "
     "mit;\n- mehrere sind Diabetiker, Mittagessen pünktlich um 12:30 wäre gut.\n\nBitte an den Verein "
     "fakturieren; unsere Kassenwartin überweist innerhalb von 14 Tagen.\n\nDanke\nGerda Hoffmann"),
    ("hardneg/forwarded_complaint", "ai_assist", False, "pharmacy",
     "Guten Tag,\n\nich leite Ihnen den Verlauf unten weiter, er ist von 2023. Es ging um meinen verstorbenen "
     "Vater, und die Sache wurde damals mit einer Entschuldigung Ihres Gebietsleiters erledigt, ich rolle sie "
     "nicht wieder auf. Ich schicke ihn nur, weil seine Kundennummer darin steht, die ich jetzt brauche: um sein "
     "Online-Konto zu schließen und das Dauerrezept zu stoppen, das weiter kommt.\n\nDanke\nThomas Weber\n\n"
     "---------- Weitergeleitete Nachricht ----------\n> Man hat mir wegen meines Alters das Rezept verweigert und "
     "mich wie einen Tattergreis behandelt. Ein junger Mann wurde sofort bedient. Das ist Altersdiskriminierung. "
     "— K. Weber"),
    ("hardneg/pricing", "ai_assist", False, "gigworker",
     "Hallo Support,\n\nich vermiete meine Ferienwohnung seit fünf Jahren über Ihre Plattform. Diesen Monat ist die "
     "Servicegebühr für Gastgeber von 3 % auf 5,5 % gestiegen, während neue Gastgeber sechs Monate lang einen "
     "'Willkommenstarif' von 1 % bekommen. Ehrlich gesagt ist das eine Diskriminierung treuer Gastgeber, und im "
     "Forum sehen das viele so. Außerdem dauern Auszahlungen jetzt fünf statt zwei Tage.\n\nKönnen Sie mir die "
     "neue Gebührenstruktur erklären und ob es einen Tarif für langjährige Gastgeber gibt?\n\nGruß\nJörg Lehmann"),
    ("hardneg/own_prejudice", "ai_assist", False, "letting",
     "Hallo,\n\nRückmeldung zur Auszugsbesichtigung im Buchenweg 9 letzte Woche. Ehrlich gesagt dachte ich, als "
     "ein junger Mann mit Tattoos und Basecap kam, der würde das schnell runterreißen – der Vorgänger war ein "
     "pensionierter Bausachverständiger. Ich lag falsch: Sein Protokoll ist das gründlichste, das ich je bekommen "
     "habe, mit datierten Fotos jeder Macke. Sagen Sie ihm das bitte.\n\nEigentliche Frage: Das Protokoll rechnet "
     "einen Kratzer in der Arbeitsplatte dem Mieter zu. Er sagt, der stand schon im Einzugsprotokoll. Schicken "
     "Sie mir die Einzugsfotos?\n\nGruß\nDieter Brandl, Vermieter"),
    ("hardneg/policy_question", "ai_assist", False, "expat",
     "Sehr geehrtes Recruiting-Team,\n\nich bin Italienerin, lebe in Köln und möchte mich auf die Stelle als "
     "Datenanalystin (Ref. DA-5120) bewerben. Bevor ich die Unterlagen schicke, könnten Sie mir sagen:\n- ob Sie "
     "bei Aufenthaltstiteln für Kolleginnen aus Drittstaaten unterstützen;\n- wo ich Ihre Diversity-Richtlinie "
     "lesen kann;\n- ob Sie einen Entgeltbericht nach dem Entgelttransparenzgesetz veröffentlichen;\n- ob das "
     "Gespräch online stattfinden kann, da ich im Juli in Italien bin?\n\nDanke für Ihre Zeit.\n\nFreundliche "
     "Grüße\nChiara Conti"),
    ("ordinary/plain", "ai_assist", False, "letting",
     "Sehr geehrtes Serviceteam,\n\nMietverhältnis Akazienweg 5, 2. OG links, Mieternummer AW-5-2024. Ab "
     "nächstem Monat zahle ich die Miete per Dauerauftrag von einer neuen Bank (neue IBAN auf dem "
     "unterschriebenen Formular anbei), weil meine Sparkassenfiliale schließt und ich alles umziehe.\n\nKönnten "
     "Sie bitte:\n1. den Eingang des Formulars bestätigen;\n2. das alte Lastschriftmandat löschen, damit ich "
     "nicht doppelt zahle;\n3. mir eine aktuelle Mietschuldenfreiheitsbescheinigung schicken?\n\nDanke und ein "
     "schönes Wochenende.\n\nMit freundlichen Grüßen\nFelix Hartmann"),
    ("ordinary/plain", "ai_assist", False, "clubsec",
     "Hallo,\n\nich habe gerade das Amt des Schriftführers im Fotoclub Blende 8 von Renate übernommen, die "
     "weggezogen ist. Unsere Gruppenmitgliedschaft in Ihrer Galerie (Ref. GM-70425) verlängert sich im "
     "November.\n\nKönnten Sie den Hauptkontakt auf mich ändern (Daten unten), die Rechnungsadresse auf das "
     "Bürgerzentrum umstellen und mir sagen, ob unsere Mitglieder weiter 10 % Rabatt auf Ausdrucke bekommen? "
     "Renate meinte, das gelte dieses Jahr auch für Rahmungen.\n\nVielen Dank\nUwe Schneider\nSchriftführer"),
]
