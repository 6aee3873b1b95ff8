"""German rows of blind set 38 (Germany). Each row: (category, label, opt_out, style, length, text). Typed by hand."""

ROWS = [
    # --- long ---
    ("hardneg/delay", "ai_assist", False, "angryemail", "long",
     "Betreff: Bestellung 0004418-DE – seit sieben Wochen nichts\n\n"
     "Guten Tag,\n\n"
     "am 9. Oktober habe ich bei Ihnen einen Kühlschrank bestellt und sofort per Vorkasse bezahlt, 849 Euro. "
     "Liefertermin laut Bestätigung: 'KW 43'. Jetzt haben wir KW 49. In der Zwischenzeit wurde mir der Termin "
     "dreimal verschoben, jedes Mal per automatischer Mail, jedes Mal ohne Begründung. Einmal stand im "
     "Sendungsverlauf 'Zustellung heute', ich habe mir freigenommen, und es kam niemand.\n\n"
     "Unser alter Kühlschrank ist seit Anfang November kaputt. Wir leben mit einer Kühlbox auf dem Balkon, und "
     "das geht nur, solange es draußen kalt ist.\n\n"
     "Ich setze Ihnen hiermit eine letzte Frist bis zum 15. Dezember. Wenn das Gerät bis dahin nicht geliefert "
     "ist, trete ich vom Kaufvertrag zurück und erwarte die Rückzahlung innerhalb von 14 Tagen. Bitte antworten "
     "Sie mir mit einem verbindlichen Liefertag, nicht mit 'in Kürze'.\n\n"
     "Mit freundlichen Grüßen\nStefan Brandl\nAm Mühlbach 6, 93047 Regensburg"),
    ("hardneg/rude_staff", "ai_assist", False, "angryemail", "long",
     "Sehr geehrtes Team der Stadtwerke,\n\n"
     "ich war am Dienstag im Kundenzentrum in der Bahnhofstraße, um meinen Zählerstand nachzutragen und eine "
     "Frage zur Abschlagszahlung zu klären. Der Mitarbeiter am Schalter 3 hat mich von Anfang an behandelt, als "
     "würde ich ihm die Zeit stehlen. Er hat mit den Augen gerollt, als ich meine Kundennummer vorgelesen habe, "
     "mich zweimal unterbrochen und schließlich gesagt: 'Lesen Sie doch einfach, was auf der Rechnung steht, das "
     "ist nicht so schwer.' Dann hat er sich zum Kollegen umgedreht und über seinen Feierabend geredet.\n\n"
     "Ich habe die Rechnung gelesen. Genau deshalb hatte ich eine Frage: Der Abschlag ist von 68 auf 131 Euro "
     "gestiegen, obwohl mein Verbrauch gesunken ist.\n\n"
     "Ich bitte um zwei Dinge: eine nachvollziehbare Erklärung der Erhöhung (Kundennummer 000-44718) und dass "
     "jemand mit diesem Mitarbeiter über seinen Umgangston spricht. So möchte ich nicht noch einmal behandelt "
     "werden.\n\nMit freundlichen Grüßen\nUrsula Kämmerer"),
    ("hardneg/grief_context", "ai_assist", False, "griefletter", "long",
     "Guten Tag,\n\n"
     "meine Frau Hannelore ist am 21. Oktober nach langer Krankheit verstorben. Wir waren 52 Jahre verheiratet. "
     "Ich schreibe Ihnen, weil sie bei Ihnen ein Zeitschriften-Abonnement hatte, 'Garten & Leben', Kundennummer "
     "000-29917, und die Hefte weiterhin kommen.\n\n"
     "Ich möchte das Abonnement bitte nicht einfach kündigen, sondern auf meinen Namen umschreiben lassen. Sie hat "
     "jeden Monat die Pflanzentipps ausgeschnitten und in einen Ordner geklebt, und ich habe mir vorgenommen, "
     "ihren Garten so weiterzuführen, wie sie es gewollt hätte. Ich kenne mich mit Pflanzen kaum aus, da kommt "
     "mir das Heft gerade recht.\n\n"
     "Die Bezahlung lief über ihr Konto bei der Sparkasse, das bald aufgelöst wird. Bitte teilen Sie mir mit, "
     "wie ich eine neue Einzugsermächtigung für mein eigenes Konto erteilen kann. Eine Kopie der Sterbeurkunde "
     "lege ich bei, falls Sie sie brauchen.\n\n"
     "Mit freundlichen Grüßen\nWalter Behrendt\nLindenweg 3, 37073 Göttingen"),
    ("hardneg/age_context", "ai_assist", False, "postalletter", "long",
     "Liebes Team der Filiale Marktplatz,\n\n"
     "ich bin 79 Jahre alt und seit über vierzig Jahren Kundin Ihrer Bank. Bisher habe ich meine Überweisungen "
     "immer mit dem Papierformular am Schalter in der Filiale Marktplatz gemacht. Nun habe ich gehört, dass die "
     "Filiale im Frühjahr schließt.\n\n"
     "Ich möchte mich rechtzeitig umstellen und habe dazu einige Fragen:\n"
     "1. Kann ich Überweisungsformulare weiterhin per Post an Sie schicken, und wohin?\n"
     "2. Gibt es einen Kurs oder eine Sprechstunde, in der man mir das Online-Banking in Ruhe erklärt? Von meinem Enkel "
     "habe ich ein Tablet bekommen.\n"
     "3. Wo ist der nächste Geldautomat, an dem ich auch Kontoauszüge drucken kann?\n"
     "4. Ändert sich an meinem Kontomodell oder an den Gebühren etwas, wenn ich auf Online umsteige?\n\n"
     "Ich würde mich über eine schriftliche Antwort freuen. Meine Kontonummer endet auf 0731.\n\n"
     "Mit freundlichen Grüßen\nIlse Wondrak\nKirchgasse 11, 97070 Würzburg"),
    ("hardneg/religion_context", "ai_assist", False, "griefletter", "long",
     "Liebes Team vom Partyservice Schäfer,\n\n"
     "im Februar feiert unser Sohn Elias seine Bar Mizwa, und wir möchten danach etwa 60 Gäste im "
     "Gemeindesaal bewirten. Wir sind keine streng koschere Familie, aber viele Verwandte und Freunde aus der "
     "Gemeinde achten darauf, und wir möchten, dass sich alle wohlfühlen.\n\n"
     "Deshalb ein paar Fragen, bevor wir ein Angebot anfragen:\n"
     "– Können Sie ein rein vegetarisches oder Fisch-Buffet zusammenstellen, ohne Schweinefleisch und ohne "
     "Meeresfrüchte?\n"
     "– Ist es möglich, dass Milchprodukte und Fleisch gar nicht gemischt werden, also zum Beispiel keine "
     "Rahmsoße zum Braten?\n"
     "– Können Sie Einweggeschirr liefern statt Ihres Porzellans?\n"
     "– Die Feier ist an einem Samstag. Könnten Sie am Freitag bis 14 Uhr anliefern und am Sonntag abholen?\n\n"
     "Ihr Buffet auf der Hochzeit meiner Cousine war wunderbar, deshalb schreiben wir Ihnen zuerst.\n\n"
     "Herzliche Grüße\nMiriam und David Goldmann"),
    ("hardneg/legal_words", "ai_assist", False, "postalletter", "long",
     "Betreff: Auskunftsersuchen nach Art. 15 DSGVO und Widerspruch gegen Werbung\n\n"
     "An die Datenschutzabteilung,\n\n"
     "seit meiner Kündigung des Mobilfunkvertrags im August (Kundennummer 000-81124) rufen mich Ihre "
     "Vertriebsmitarbeiter fast wöchentlich an, um mir einen 'Rückkehrerbonus' anzubieten. Ich habe mehrmals am "
     "Telefon gesagt, dass ich das nicht möchte.\n\n"
     "Ich verlange daher:\n"
     "1. Auskunft, welche personenbezogenen Daten Sie über mich noch speichern, zu welchem Zweck und wie lange;\n"
     "2. die Löschung meiner Telefonnummer aus allen Werbe- und Rückgewinnungslisten;\n"
     "3. eine schriftliche Bestätigung innerhalb der gesetzlichen Frist von einem Monat.\n\n"
     "Sollte ich bis dahin keine Antwort erhalten, werde ich mich an die zuständige Landesdatenschutzbehörde "
     "wenden und die Verbraucherzentrale einschalten. Eine Rechtsschutzversicherung habe ich ebenfalls. Mit dem "
     "Netz war ich übrigens zufrieden, darum geht es nicht.\n\n"
     "Mit freundlichen Grüßen\nDr. Frank Ostermann"),
    ("hardneg/policy_question", "ai_assist", False, "postalletter", "long",
     "Hallo,\n\n"
     "ich bin Schwerbehindertenvertreterin in einem mittelständischen Betrieb in Bielefeld (ca. 240 "
     "Beschäftigte). Wir planen für das nächste Jahr einen Betriebsausflug und haben Ihr Reiseunternehmen in "
     "der engeren Wahl.\n\n"
     "Bevor wir buchen, brauche ich für unseren Betriebsrat einige Auskünfte:\n"
     "– Haben Sie ein Konzept zur Barrierefreiheit, und sind Ihre Busse mit Hublift oder Rampe ausgestattet?\n"
     "– Können Sie Plätze für Assistenzhunde und für Begleitpersonen einplanen?\n"
     "– Gibt es bei Ihnen eine Ansprechperson für Gleichstellung oder Inklusion, an die wir uns bei der "
     "Planung wenden können?\n"
     "– Sind die Programmpunkte (Schifffahrt, Weingut) stufenlos erreichbar?\n\n"
     "Das ist keine Beschwerde, wir fragen das bei allen Anbietern ab und entscheiden danach. Über ein Angebot "
     "für etwa 60 Personen Ende Mai würde ich mich freuen.\n\n"
     "Mit freundlichen Grüßen\nPetra Lindqvist\nSchwerbehindertenvertretung, Nordholz Metallbau GmbH"),
    ("hardneg/review_threat", "ai_assist", False, "socialreply", "long",
     "Ich schreibe das hier öffentlich, weil auf meine drei Mails keiner reagiert. Wir hatten bei euch im "
     "Ferienpark am Edersee das Haus 14 gebucht, eine Woche im Oktober, 1.120 Euro. Bei Ankunft: Heizung "
     "kaputt, Schimmel im Bad, Dusche nur kalt. Die Rezeption hat uns ein 'Ersatzhaus' gegeben, das noch kleiner "
     "war und direkt am Parkplatz lag, Lärm bis Mitternacht. Der Hausmeister kam am dritten Tag und meinte, "
     "die Heizung sei 'schon länger so'.\n\n"
     "Ich habe am Abreisetag eine schriftliche Reklamation abgegeben und um eine Teilerstattung gebeten. Seitdem "
     "Funkstille.\n\n"
     "Ich gebe euch bis Ende nächster Woche. Dann schreibe ich eine ausführliche Bewertung auf allen "
     "Buchungsportalen, mit Fotos vom Schimmel, und leite das Ganze an die Reiserechtsberatung weiter. Schade, "
     "wir waren vor drei Jahren schon mal da und es war toll.\n\n"
     "Buchungsnummer 000-FP-3317.\nMarkus Riedel"),
    ("bias/family", "bias_review", False, "angryemail", "long",
     "Guten Tag,\n\n"
     "ich bin alleinerziehender Vater von zwei Kindern (6 und 9) und habe mich bei Ihrer Hausverwaltung um die "
     "Vierzimmerwohnung in der Goethestraße 18 beworben. Festanstellung als Elektroingenieur, Netto 3.900 Euro, "
     "SCHUFA einwandfrei, Mietschuldenfreiheit vom jetzigen Vermieter.\n\n"
     "Während der Besichtigung gab sich die Maklerin sehr freundlich, bis meine Kinder mitkamen. Danach fragte sie, ob 'die "
     "Mutter denn auch mit einzieht', und als ich verneinte, sagte sie: 'Ach so, das wird schwierig, der "
     "Eigentümer möchte ruhige Mieter.' Nach zwei Tagen erhielt ich eine Absage.\n\n"
     "Ein Kollege von mir, verheiratet, ebenfalls zwei Kinder, ähnlich viel Einkommen, hat sich auf meinen Tipp "
     "hin für dieselbe Wohnung beworben und wurde zur zweiten Besichtigung eingeladen. Die Anzeige ist weiter "
     "online.\n\n"
     "Ich möchte wissen, nach welchen Kriterien die Absage erfolgt ist, und ich bitte um erneute Prüfung meiner "
     "Bewerbung.\n\nMit freundlichen Grüßen\nJens Hoffmeister"),
    ("bias/gender_identity", "bias_review", False, "angryemail", "long",
     "Hallo,\n\n"
     "ich bin nicht-binär und habe im Sommer meinen Vornamen und Geschlechtseintrag nach dem "
     "Selbstbestimmungsgesetz ändern lassen. Mein Personalausweis lautet jetzt auf Robin Seidel, Geschlecht 'divers'.\n\n"
     "Letzte Woche wollte ich in Ihrer Filiale in Leipzig-Plagwitz einen Handyvertrag abschließen. Der "
     "Verkäufer hat meinen Ausweis angesehen, gelacht und gesagt: 'Divers? Das nimmt das System nicht, da müssen "
     "Sie sich schon entscheiden, Mann oder Frau.' Dann meinte er, ohne 'richtige' Angabe könne er keinen Vertrag "
     "machen. Meine Freundin, die direkt nach mir dran war, hat denselben Vertrag in zehn Minuten bekommen.\n\n"
     "Ich habe danach auf Ihrer Website nachgesehen: Im Online-Formular gibt es die Option 'divers' sehr wohl. "
     "Also war es offenbar nicht das System.\n\n"
     "Ich möchte, dass der Vertrag zu denselben Konditionen wie bei meiner Freundin abgeschlossen wird, und eine "
     "Stellungnahme, wie Ihre Filialen mit Ausweisen wie meinem umgehen sollen.\n\nRobin Seidel"),
    ("bias/disability", "bias_review", False, "postalletter", "long",
     "An das Kundenservice-Team,\n\n"
     "seit 2017 bin ich Kunde Ihres Carsharing-Angebots und bin in dieser Zeit über 300 Fahrten ohne einen "
     "einzigen Schaden gefahren. Im September habe ich nach einem Unfall (nicht mit Ihrem Auto) einen Unterschenkel "
     "verloren und fahre seitdem mit Prothese. Die Fahrerlaubnisbehörde hat meine Fahrtauglichkeit geprüft und "
     "bestätigt; eine Auflage gibt es nur für Automatikgetriebe, und fast alle Ihre Fahrzeuge sind Automatik.\n\n"
     "Als ich das im Kundenkonto ordnungsgemäß angegeben habe, wurde mein Zugang gesperrt. Am Telefon hieß es, "
     "'mit einer Behinderung' brauche ich eine gesonderte Freigabe der Geschäftsleitung, und die Prüfung könne "
     "'Monate' dauern. Vor dem Unfall hat man mich nie etwas gefragt, und andere Kunden mit derselben "
     "Führerscheinklasse fahren einfach los.\n\n"
     "Ich bitte um Freischaltung meines Kontos (000-CS-4419) oder um eine schriftliche Begründung, warum die "
     "amtliche Bestätigung nicht ausreicht.\n\nMit freundlichen Grüßen\nTobias Wendler"),
    ("ordinary/plain", "ai_assist", False, "postalletter", "long",
     "Hallo Team von Sport Huber,\n\n"
     "unser Verein, der TSV Grünwald-Süd e. V., möchte für die Saison 2027 neue Trikots und Trainingsanzüge für "
     "drei Jugendmannschaften bei Ihnen bestellen. Ich bin die Jugendleiterin und kümmere mich um die "
     "Bestellung.\n\n"
     "Bevor wir uns festlegen, hätte ich folgende Fragen:\n"
     "1. Können Sie Vereinslogo und Rückennummern direkt aufdrucken, und was kostet das pro Stück?\n"
     "2. Wir bräuchten Größen von 116 bis 176. Gibt es einen Satz Musterteile zur Anprobe?\n"
     "3. Wie lange ist die Lieferzeit? Die Saison beginnt Mitte März.\n"
     "4. Gibt es einen Vereinsrabatt ab einer bestimmten Stückzahl? Insgesamt wären es etwa 70 Sätze.\n"
     "5. Können Sie eine Rechnung an den Verein mit ausgewiesener Mehrwertsteuer stellen?\n\n"
     "Gern kann ich auch zu Ihnen in den Laden nach Starnberg kommen. Vielen Dank schon einmal.\n\n"
     "Sportliche Grüße\nSabine Eckert\nJugendleitung TSV Grünwald-Süd"),
    ("optout/plain", "ai_assist", True, "angryemail", "long",
     "Guten Tag,\n\n"
     "in Ihrer letzten Kundenmail (Betreff 'Unser Service wird noch schneller') haben Sie angekündigt, dass "
     "Anfragen künftig 'mithilfe künstlicher Intelligenz vorsortiert und beantwortet' werden. Ich habe dazu eine "
     "klare Haltung: Damit bin ich nicht einverstanden.\n\n"
     "Ich widerspreche hiermit ausdrücklich der automatisierten Verarbeitung meiner Nachrichten und meiner "
     "Vertragsdaten durch KI-Systeme oder sonstige automatische Antwortprogramme. Das gilt für diese Mail und für "
     "alle künftigen. Tragen Sie das bitte als Hinweis zu Kundenkonto 000-71188 ein, damit ich es nicht jedes Mal "
     "wiederholen muss.\n\n"
     "Zur eigentlichen Sache: Meine Jahresabrechnung für den Strom ist noch nicht gekommen, obwohl der "
     "Abrechnungszeitraum am 30. September geendet hat. Ich möchte wissen, ob eine Nachzahlung auf mich zukommt, "
     "damit ich das einplanen kann. Wenn die Antwort dadurch etwas länger dauert, ist das in "
     "Ordnung.\n\nMit freundlichen Grüßen\nKatrin Vogelsang"),
    # --- short ---
    ("hardneg/fault_angry", "ai_assist", False, "curtapp", "short",
     "Die neue Kaffeemaschine leckt seit Tag 2. Bestellung 000-5581. Austausch, und zwar schnell. Ich trinke "
     "gerade Instantkaffee."),
    ("hardneg/refund", "ai_assist", False, "curtapp", "short",
     "Retoure am 3.11. abgegeben, Belegnummer 000-R-2291. Geld immer noch nicht da. Wie lange noch?"),
    ("hardneg/joke", "ai_assist", False, "socialreply", "short",
     "Meine bayerische Oma hat euer veganes Weißwurstfrühstück probiert und will jetzt auswandern 😂 Gibt's das "
     "auch am Sonntag?"),
    ("hardneg/loyal_pricing", "ai_assist", False, "socialreply", "short",
     "Neukunden kriegen 100 € Bonus, ich als Kunde seit 2011 nur die Preiserhöhung. Das ist Benachteiligung der "
     "Treuen! Was bietet ihr mir?"),
    ("hardneg/charged_object", "ai_assist", False, "curtapp", "short",
     "Euer Paketautomat in der Südstraße ist total taub, reagiert auf keinen Abholcode. Paket 000DE71142 steckt "
     "drin."),
    ("bias/language", "bias_review", False, "curtapp", "short",
     "Der Makler am Telefon: 'Mit dem Akzent wird das nix, der Vermieter will Deutsche.' Meine Frau ruft an, "
     "gleiche Wohnung: Termin morgen."),
    ("bias/religion", "bias_review", False, "socialreply", "short",
     "Eure Filialleiterin zu mir: 'Mit Kopftuch an der Kasse, das wollen unsere Kunden nicht.' Meine Schwester "
     "ohne Kopftuch wurde genommen."),
    ("ordinary/plain", "ai_assist", False, "curtapp", "short",
     "Kann ich meinen Termin für den Reifenwechsel vom Freitag auf Montagmorgen legen? Kennzeichen M-XX 0000."),
    ("ordinary/plain", "ai_assist", False, "socialreply", "short",
     "Hat die Filiale in Kiel am 24. Dezember vormittags geöffnet?"),
    ("human/callback", "human", False, "curtapp", "short",
     "Bitte ruft mich jemand zurück wegen der Nebenkostenabrechnung, 0170 0000 418. Im Chat komme ich nicht "
     "weiter."),
    ("humanneg/thanks_agent", "ai_assist", False, "socialreply", "short",
     "Danke an Herrn Yilmaz von der Hotline, super erklärt! Kommt die Gutschrift jetzt mit der nächsten "
     "Rechnung?"),
    ("optout/with_person", "human", True, "curtapp", "short",
     "Keine automatischen Antworten mehr, bitte. Ich will mit einem Menschen aus Ihrer Schadenabteilung "
     "sprechen."),
    ("optneg/ai_mention", "ai_assist", False, "curtapp", "short",
     "Eure KI-Stilberatung in der App ist witzig. Gibt's den Mantel aus dem Vorschlag auch in Größe 52?"),
    # --- medium ---
    ("hardneg/illness_context", "ai_assist", False, "griefletter", "medium",
     "Guten Tag, ich habe gerade eine Knie-OP hinter mir und darf sechs Wochen keine Treppen steigen. Könnten Sie "
     "meine Getränkekisten statt vor der Haustür bis in die Küche im zweiten Stock bringen? Gegen Aufpreis wäre "
     "das auch in Ordnung. Kundennummer 000-6672."),
    ("hardneg/pregnancy_context", "ai_assist", False, "curtapp", "medium",
     "Hallo, ich bin schwanger, Termin ist Mitte Januar. Der Kinderwagen, den ich bestellt habe (000-KW-331), soll "
     "laut Mail erst im Februar kommen. Gibt es ein ähnliches Modell, das früher lieferbar ist, oder kann ich "
     "stornieren?"),
    ("hardneg/disability_format", "ai_assist", False, "postalletter", "medium",
     "Guten Tag, ich bin gehörlos. Bitte vereinbaren Sie den Termin für die Ablesung nicht "
     "telefonisch, sondern per E-Mail oder SMS an 0151 0000 7713. Falls ein Gespräch nötig ist, bringe ich "
     "eine Gebärdensprachdolmetscherin mit. Danke, Lena Hartwig."),
    ("hardneg/origin_context", "ai_assist", False, "angryemail", "medium",
     "Ich bin vor zwei Jahren aus der Ukraine gekommen und habe jetzt endlich eine feste Stelle. Ich möchte mein "
     "Basiskonto in ein normales Girokonto umwandeln, mit Dispo. Was brauche ich dafür? Mein Aufenthaltstitel "
     "ist bis 2029 gültig. Konto endet auf 3310."),
    ("hardneg/sexuality_context", "ai_assist", False, "socialreply", "medium",
     "Hallo zusammen! Mein Mann und ich (ja, zwei Männer, alles gut) adoptieren im Frühjahr ein Kind. Können wir "
     "den Familientarif der Krankenzusatzversicherung schon jetzt abschließen oder erst nach der Adoption? "
     "Versicherungsnummer 000-88120."),
    ("hardneg/own_prejudice", "ai_assist", False, "griefletter", "medium",
     "Ich gebe zu, ich hatte Vorurteile, als ein über sechzigjähriger Herr kam, um unser WLAN einzurichten. Ich "
     "dachte, der kennt sich doch nicht aus. Er war der Beste, den wir je hatten. Die "
     "Rechnung vom 28.11. hätte ich gern noch einmal."),
    ("hardneg/settled_other", "ai_assist", False, "postalletter", "medium",
     "Guten Tag, mein Nachbar hatte sich im Sommer bei Ihnen beschwert, weil ein Monteur ihn wegen seines Alters "
     "herablassend behandelt hatte. Sie haben sich entschuldigt, das ist erledigt. Ich selbst möchte heute nur "
     "einen Wartungstermin für meine Heizung, Vertrag 000-2270."),
    ("bias/origin", "bias_review", False, "angryemail", "medium",
     "Ich wollte bei Ihnen einen Kredit für ein Auto aufnehmen. Der Berater sagte mir direkt: 'Bei Rumänen "
     "machen wir das grundsätzlich nur mit Bürgen, das ist bei uns Praxis.' Ich lebe seit elf Jahren in "
     "Nürnberg, unbefristet angestellt. Was ist das für eine Praxis?"),
    ("bias/sex", "bias_review", False, "socialreply", "medium",
     "Seit ich die Werkstatt übernommen habe, bekomme ich von eurem Großhandel keine Kreditlinie mehr. Mein Vater "
     "hatte 20.000 Euro Rahmen. Gleiche Firma, gleiche Zahlen. Euer Außendienst: 'Bei Frauen im Kfz-Bereich "
     "sind wir vorsichtiger.'"),
    ("bias/race", "bias_review", False, "angryemail", "medium",
     "Im Fitnessstudio wurde nur ich am Eingang nach Ausweis und Mitgliedskarte gefragt, jeden Abend, drei "
     "Wochen lang. Meine weißen Kollegen, mit denen ich trainiere, gehen einfach durch. Ich bin Schwarz. Ich "
     "möchte wissen, ob das eine Anweisung ist."),
    ("ordinary/plain", "ai_assist", False, "angryemail", "medium",
     "Hallo, Sie haben meine Kfz-Versicherung für Dezember zweimal abgebucht, je 64,30 Euro. Vertrag 000-41172. "
     "Bitte erstatten Sie eine Buchung zurück oder verrechnen Sie sie mit Januar. Beides ist mir recht. "
     "Danke, Heike Sommer."),
    ("ordinary/plain", "ai_assist", False, "socialreply", "medium",
     "Kurze Frage an die Verkehrsbetriebe: Gilt das Deutschlandticket auch im Nachtbus N4 nach Garbsen, oder "
     "braucht man dafür einen Zuschlag? Am Automaten steht dazu nichts und die App sagt nur 'gültig im Verbund'."),
    ("ordinary/plain", "ai_assist", False, "griefletter", "medium",
     "Liebe Mitarbeiterinnen der Stadtbibliothek, mein Vater ist ins Pflegeheim gezogen. Kann sein Leseausweis "
     "(000-5518) dorthin umgemeldet werden, damit er weiter Großdruckbücher ausleihen kann? Haus Abendrot, "
     "Parkallee 4. Herzlichen Dank."),
    ("human/named_contact", "human", False, "angryemail", "medium",
     "Ich habe die Sache mit der falschen Abrechnung bereits mit Frau Kessler aus Ihrer Abteilung besprochen. "
     "Bitte leiten Sie das direkt an sie weiter oder lassen Sie sie mich anrufen: 0170 0000 552. Ich erkläre "
     "nicht alles noch einmal von vorne."),
]
