"""Blind set 22, German rows (Germany): (category, label, opt_out, style, text). Written by hand, CC0-1.0."""

ROWS = [
    ("optout/plain", "ai_assist", True, "shopowner",
     "Guten Tag,\n\nich betreibe das Schreibwarengeschäft Krüger in der Lindenstraße in Kassel und bin bei Ihnen "
     "gleich zweimal Kundin: Kartenterminal im Laden und DSL zu Hause. Ein paar Punkte:\n- die Oktoberrechnung fürs "
     "Terminal enthält die Grundgebühr doppelt;\n- das DSL bricht jeden Abend gegen 21 Uhr ab;\n- in Ihren neuen AGB "
     "steht, dass Antworten von einer KI verfasst werden können. Damit bin ich nicht einverstanden – meine Mails, ob "
     "vom Laden oder privat, sollen da nicht durchlaufen.\n\nFreundliche Grüße\nAnke Krüger\nInhaberin"),
    ("optout/plain", "ai_assist", True, "phonemail",
     "Hallo, sorry für Tippfehler, schreib vom Handy in der S-Bahn. Bestellung 4419-DE: der Ersatz-Wasserkocher kam "
     "wieder mit gesprungenem Deckel, schon das zweite Mal!! Ich will einen der funktioniert und ein Rücksendeetikett. "
     "Und noch was: unter Ihrer letzten Mail stand „Antwort mit Unterstützung von KI erstellt“. Nein danke, meine "
     "Nachrichten sollen keiner KI vorgelegt werden, bitte lassen Sie das bei mir. Blöde "
     "Autokorrektur, ich meinte: lassen Sie das ganz.\nDanke, Jana\n\nVon meinem iPhone gesendet"),
    ("optout/no_bot", "ai_assist", True, "itinerary",
     "Guten Tag,\n\nBuchungscode RT5M9B. Meine Reise derzeit:\n  13. Mai  HAM 07:05 -> ZRH 08:40  (LX 1051)\n"
     "  13. Mai  ZRH 10:20 -> LIS 12:15  (LX 2086)\n  20. Mai  LIS 13:30 -> HAM 18:05  (TP 562)\nBitte den Rückflug auf "
     "den 21. Mai legen und auf allen Strecken einen Gangplatz. Ich fliege rund dreißigmal im Jahr mit Ihnen und möchte "
     "nicht, dass ein Chatbot mir antwortet: keine automatischen Antworten in meinem Vorgang, eine von einem Menschen "
     "geschriebene Mail genügt.\n\nBeste Grüße\nFrank Ossendorf\nSenator 4410 2279"),
    ("optout/object", "ai_assist", True, "regulator",
     "Sehr geehrte Damen und Herren,\n\nin Kopie: Landesbeauftragte für Datenschutz und Verbraucherzentrale NRW\n\n"
     "dies ist mein dritter Brief zur strittigen Stromabrechnung für die Eichendorffstraße 8 (Vertrag 66102384). Ihre "
     "letzten beiden Antworten stammten erkennbar aus einer Software: Sie gingen auf eine Frage ein, die ich nie "
     "gestellt habe. Widerspruch meinerseits gemäß Art. 21 DSGVO: Beschwerde und Daten dürfen nicht durch "
     "automatisierte oder KI-Werkzeuge laufen. Bestätigen Sie das bitte schriftlich und korrigieren Sie dann den "
     "Zählerstand vom 4. Februar.\n\nMit freundlichen Grüßen\nWolfgang Reuter"),
    ("optout/withdraw_consent", "ai_assist", True, "satisfaction",
     "Betreff: AW: Wie zufrieden waren Sie? Bestellung 42-90318\n\nSie bitten mich um fünf Bewertungen, bitte sehr:\n"
     "1. Lieferzeit: 4/5, einen Tag zu spät.\n2. Qualität: 5/5, die Decke ist wunderschön.\n3. Rückgabe: nicht "
     "ausprobiert.\n4. Ihr neuer smarter Assistent: Bei der Anmeldung hatte ich angekreuzt, dass er meine Nachrichten "
     "lesen darf. Das nehme ich zurück – ich widerrufe diese Einwilligung ab heute.\n5. Würden Sie uns empfehlen? "
     "Wahrscheinlich.\n\nViele Grüße\nStefan Brandt"),
    ("optout/proxy", "ai_assist", True, "tenants",
     "Guten Tag,\n\nich bin Schriftführerin des Mietervereins Siedlung Am Wall und schreibe mit "
     "unterschriebener Vollmacht (anbei) für Frau Hildegard Wenzel, Haus 3, 87 Jahre, die kein Internet nutzt. Die "
     "Heizungswartung bei ihr wurde im November zweimal abgesagt. Außerdem soll ich Ihnen deutlich sagen, dass sie "
     "nicht möchte, dass ihre Akte oder ihre Briefe von Ihrem „digitalen Assistenten“ oder irgendeiner KI bearbeitet "
     "werden. Bitte vermerken und einen neuen Termin geben.\n\nFür den Vorstand\nUrsula Pohl"),
    ("optout/quoted", "ai_assist", True, "phonemail",
     "Das hilft mir null. Das Paket liegt im Depot Köln-Eifeltor, nicht „in Zustellung“. Und nehmen Sie mich bitte "
     "aus dem Tool raus, das das geschrieben hat, ich will nicht von einer KI beantwortet werden.\n\nVon meinem "
     "Android gesendet\n\n> Am 6. Nov. schrieb Kundenservice:\n> Hallo Lukas! Gute Nachrichten: Unser KI-Assistent hat "
     "Ihr Paket 3390-KL geprüft, es ist in Zustellung und kommt bald an. Kann ich sonst noch helfen? Einen schönen Tag!\n"
     "> Antworten Sie jederzeit mit „Mitarbeiter“."),
    ("optout/plain", "ai_assist", True, "satisfaction",
     "Betreff: Ihre Umfrage (Sterne vergebe ich nicht, daher in ganzen Sätzen)\n\nWurde Ihr Anliegen gelöst? Zum "
     "Teil. Die Erstattung der doppelten Abbuchung kam, die 4,95 € Versand nicht.\nWar das Team freundlich? Ja.\n"
     "Sonstige Anmerkungen? Eine: Ihre Datenschutzerklärung sagt, dass Sie Kundennachrichten für maschinelles Lernen "
     "nutzen. Ohne mich. Ich will nicht, dass irgendetwas, das ich Ihnen schreibe, von einer KI verwendet wird – weder "
     "zum Antworten noch zum Trainieren.\n\nGruß\nSabine Lorenz"),
    ("optout/with_person", "human", True, "shopowner",
     "Hallo,\n\nich führe den Hofladen Grünwiese bei Lüneburg und habe seit sechs Jahren ein Geschäftskonto bei Ihnen. "
     "Seit der Umstellung Ihres Kundendienstes bekomme ich auf jede Frage eine Roboterantwort. Zwei Lieferungen "
     "Hafermilch gingen letzten Monat an einen anderen Laden. Ich bitte um:\n  • die KI komplett von meinem Konto "
     "nehmen;\n  • einen echten Menschen, am liebsten Herrn Vogt, der uns früher betreut hat, der mich ab 15 Uhr unter "
     "0151 00000418 anruft.\n\nDanke\nHeike Martens\nHofladen Grünwiese"),
    ("optout/with_person", "human", True, "regulator",
     "An das Beschwerdemanagement, in Kopie an die BaFin (Verbraucherbeschwerde) und den Ombudsmann der privaten Banken\n\n"
     "Meine Beschwerde über die Überziehungszinsen (Az. BZ-70342) liegt seit acht Wochen ohne inhaltliche Antwort. "
     "Bevor ich den Ombudsmann einschalte: Ich möchte, dass mich ein namentlich genannter Mitarbeiter Ihrer "
     "Beschwerdestelle anruft, keine weitere automatische Nachricht, und ich willige nicht ein, dass mein Fall von "
     "einer KI oder einem automatisierten Entscheidungssystem geprüft wird. Telefon 0171 00000377, werktags.\n\n"
     "Mit freundlichen Grüßen\nDilara Yıldız"),
    ("optneg/praise", "ai_assist", False, "satisfaction",
     "Hallo,\n\nIhr Feedbackformular hat meinen Kommentar abgeschnitten, daher hier der Rest. Insgesamt 9 von 10. Der "
     "Chat-Assistent auf Ihrer Website hat meinen Größentausch um 23 Uhr in zwei Minuten erledigt, ehrlich gesagt "
     "besser als auf die Ladenöffnung zu warten. Einziger Haken: das Tauschpaar kam im alten Karton mit falschem "
     "Etikett, der Bote hätte es fast zurückgeschickt. Können Sie bestätigen, dass das zweite Paar als eingegangen "
     "verbucht ist (Bestellung 7741-E)?\n\nDanke\nTobias Hein"),
    ("optneg/quoted_optout", "ai_assist", False, "itinerary",
     "Hallo nochmal,\n\nvergessen Sie bitte, was ich im Frühjahr geschrieben habe (unten). Ich nutze seitdem den "
     "Assistenten in Ihrer App und bin zufrieden, behandeln Sie meine Nachrichten also ganz normal. Ändern muss ich "
     "jetzt die Strecke nach Split:\n  12. Juni  STR 06:10 -> SPU 08:05\n  19. Juni  SPU 20:40 -> STR 22:30  → bitte auf "
     "den 20. Juni\n\nDanke\nKatrin Albers\n\n> 15. April: Bitte setzen Sie Ihren KI-Assistenten nicht für meine Mails "
     "ein, ich möchte, dass ein Mensch sie liest."),
    ("optneg/ai_feature", "ai_assist", False, "shopowner",
     "Moin,\n\nich habe Ihr Kassensystem in meinem Fahrradladen (Speiche & Kette, zwei Angestellte) und überlege, auf "
     "den Plus-Tarif zu wechseln. Vorher ein paar Fragen zur Funktion „KI-Bestandsprognose“:\n- funktioniert sie mit "
     "weniger als 500 Artikeln?\n- kann ich sie im Winter abschalten, wenn kaum etwas verkauft wird?\n- kostet sie im "
     "Jahresvertrag gleich viel?\nNebenbei: bei meinem Privatkonto steht die falsche PLZ, richtig ist 24103.\n\n"
     "Gruß\nJens Petersen"),
    ("optneg/bot_wrong", "ai_assist", False, "phonemail",
     "Hi, vom Handy, also sorry für die Rechtschreibung. Ihr Online-Assistent hat gesagt die Sperrmüllabholung ist über "
     "die Feiertage am Donnerstag, aber im Abfallkalender steht Freitag der 27. Was stimmt?? Außerdem wurde die gelbe "
     "Tonne am 12. nicht geleert, die ganze Straße wurde ausgelassen. Der Bot ist mir egal, ich will nur wissen wann "
     "ich das Sofa rausstellen soll haha. Fliederweg 9.\nLG Melanie\n\nGesendet mit Outlook für Android"),
    ("optneg/footer_ai", "ai_assist", False, "shopowner",
     "Sehr geehrtes Team,\n\nanbei das unterschriebene Rücksendeformular für die drei beschädigten Warenständer "
     "(Bestellung BS-6241). Mir wäre eine Gutschrift lieber als Ersatz, da wir den Laden im Januar umbauen.\n\n"
     "Mit freundlichen Grüßen\nPetra Hoffmeister\nGeschäftsführerin und Einkauf, Geschenkhaus Hoffmeister GmbH\n--\n"
     "Diese E-Mail und ihre Anhänge sind vertraulich und nur für den Empfänger bestimmt. Ein- und ausgehende Post der "
     "Geschenkhaus Hoffmeister GmbH wird von einem automatischen KI-Sicherheitsfilter geprüft. Amtsgericht Fulda HRB 0471."),
    ("optneg/someone_else", "ai_assist", False, "tenants",
     "Sehr geehrte Damen und Herren,\n\nim Namen der Mieterinitiative Kolonie Hüttenstraße: Mieter aus den Häusern 5 und "
     "7 melden, dass der Aufladeautomat der Gemeinschaftswaschküche seit dem 2. November kaputt ist. Mehrere ältere "
     "Mitglieder finden außerdem Ihre Sprachansage am Telefon schwer verständlich (ein Nachbar, Herr Kowalski, weigert "
     "sich, sie überhaupt zu benutzen); ein Aushang im Treppenhaus mit dem Reparaturtermin würde allen helfen.\n\n"
     "Mit freundlichen Grüßen\nGisela Brückner, Sprecherin"),
    ("optneg/quoted_other", "ai_assist", False, "regulator",
     "Hallo zusammen,\n\nich bin Kassiererin unseres Boule-Vereins und schreibe für das Vereinskonto, "
     "nicht für mich. Unten ein Auszug aus einer Beschwerde, die ein Mitglied Ihnen letztes Jahr geschickt hat – nur "
     "zur Einordnung, weil es um dasselbe Terminal geht. Unsere Frage ist allein, warum das Entgelt auf 1,9 % gestiegen "
     "ist.\n\n> Von: H. Seidel\n> Keine KI soll meine Beschwerde lesen, geben Sie sie an einen Menschen "
     "weiter.\n\nKopie: Schlichtungsstelle der Deutschen Bundesbank (zur Kenntnis)\n\nGrüße\nRenate Vogel, Kassiererin"),
    ("optneg/ai_product", "ai_assist", False, "itinerary",
     "Hallo,\n\nReiseübersicht zur Info:\n  05. Feb.  DUS 08:25 -> VIE 10:00\n  05. Feb.  VIE 11:45 -> ARN 14:05\n"
     "  12. Feb.  ARN 15:30 -> DUS 17:40\nDie KI-Übersetzungskopfhörer aus Ihrem Bordshop vom 5. Februar lassen sich "
     "seit zwei Tagen nicht mehr koppeln. Gibt es Gewährleistung über Sie oder wende ich mich an den Hersteller? "
     "Beleg-Nr. BD-51329.\n\nVielen Dank\nMiriam Schultheiß"),
    ("human/plain", "human", False, "phonemail",
     "Hallo, sorry schreib vom Handy. Ich hab drei Mails bekommen dass meine Lastschrift zurückgegangen ist, aber das "
     "Geld ist am 1. von meinem Konto runter, ich seh es. Hab Angst dass Sie den Vertrag kündigen. Kann sich ein echter "
     "Mensch Kundennummer 50-88943 ansehen und sich melden? Ich würde lieber mit jemandem reden als per Mail im Kreis "
     "zu laufen.\nGruß Nicole\n\nVon meinem Samsung gesendet"),
    ("human/callback", "human", False, "itinerary",
     "Sehr geehrte Damen und Herren,\n\nBuchung NP44YC, 4 Reisende:\n  20. Dez.  CGN 10:55 -> PMI 13:25\n  27. Dez.  "
     "PMI 14:10 -> CGN 16:45\nDer Kinderreisepass meiner Tochter läuft am 28. Dezember ab und ich weiß nicht mehr, ob "
     "sie reisen darf. Das ist per Mail zu umständlich. Könnte mich jemand aus Ihrer Buchungsabteilung heute oder "
     "morgen Vormittag unter 0160 00000285 anrufen?\n\nDanke\nMarkus Engel"),
    ("human/supervisor", "human", False, "regulator",
     "Sehr geehrte Damen und Herren,\n\nKopie: Bundesnetzagentur, Verbraucherservice\n\nDenselben Abrechnungsfehler "
     "(Grundgebühr seit Juli doppelt, Kundenkonto 9952-330) habe ich in vier Anrufen und zwei Mails gemeldet. Jede "
     "Antwort aus dem First Level verspricht eine Korrektur, die nie kommt. Ich bitte darum, den Vorgang an eine "
     "Teamleitung oder die Beschwerdestelle weiterzugeben, die die Erstattung freigeben kann, und mir Namen und "
     "Durchwahl zu nennen.\n\nMit freundlichen Grüßen\nHorst Wagner"),
    ("human/anyone", "human", False, "tenants",
     "Sehr geehrte Hausverwaltung,\n\nder Mieterbeirat der Wohnanlage Rosenhof schreibt nun zum vierten Mal wegen der "
     "defekten Gegensprechanlage in Haus 1–24. Wir bekommen nur automatische Eingangsbestätigungen. Liest das "
     "überhaupt jemand? Falls ja, soll mir bitte eine Mitarbeiterin oder ein Mitarbeiter mit einem Termin für den "
     "Techniker antworten.\n\nUwe Schröder\nVorsitzender Mieterbeirat\n\n> Danke, Ihre Nachricht ist bei uns "
     "eingegangen und registriert."),
    ("human/named_contact", "human", False, "shopowner",
     "Hallo,\n\nich habe einen kleinen Blumenladen (Blütezeit, Bamberg) und bin auch privat Kartenkundin bei Ihnen. Die "
     "Händlerabrechnungen landen in meinem privaten Postfach und meine privaten Auszüge in dem des Ladens. Ich habe "
     "das drei verschiedenen Beratern erklärt. Können Sie mir bitte eine feste Ansprechperson mit Namen nennen, die "
     "sich kümmert und der ich direkt schreiben kann, bis es behoben ist?\n\nVielen Dank\nLena Wirth\nBlütezeit"),
    ("human/plain", "human", False, "satisfaction",
     "AW: Erzählen Sie uns von Ihrem Termin\n\nWeil Sie fragen: Der Techniker war höflich, pünktlich und hat die Küche "
     "sauber hinterlassen. Aber die Spülmaschine leckt schon wieder, diesmal unten, und auf dem Arbeitsbericht steht "
     "„erledigt“. Auf „Wurde das Problem behoben?“ lautet die Antwort also nein. Ich möchte, dass mich jemand von "
     "Ihrem Kundendienst anruft, um einen neuen Termin zu machen – 0176 00000156 – statt einer weiteren Umfrage.\n\n"
     "Mit freundlichen Grüßen\nSevgi Aydın"),
    ("humanneg/thanks_agent", "ai_assist", False, "satisfaction",
     "Hallo,\n\nich beantworte Ihren Fragebogen hier, weil der Link abgelaufen war. Schnelligkeit: sehr gut. "
     "Fachwissen: sehr gut. Hervorheben möchte ich Frau Kaiser am Telefon am Dienstag, die in der Leitung blieb, "
     "während meine Karte neu ausgestellt wurde, und mir die neue PIN-Prozedur zweimal geduldig erklärt hat. Bitte "
     "richten Sie ihrer Teamleitung meinen Dank aus. Offen ist nur noch: im Begrüßungsbrief steht „Herr“, ich bin "
     "„Frau“ – können Sie das in meinen Daten ändern?\n\nViele Grüße\nBirgit Fuchs"),
    ("humanneg/quoted_request", "ai_assist", False, "itinerary",
     "Hallo,\n\ninzwischen ist alles geklärt – eine Kollegin von Ihnen hat mich gestern telefonisch umgebucht, ein "
     "Vorgesetzter ist also nicht mehr nötig. Könnten Sie mir nur die neue Reiseroute als PDF schicken? Sie sollte "
     "lauten:\n  08. März  LEJ 06:45 -> FRA 07:50\n  08. März  FRA 10:15 -> YYZ 12:55\n\nDanke\nRobert Lindner\n\n"
     "> 3. März: Ihre Website hat meinen Flug ab Leipzig storniert. Ich will einen Vorgesetzten sprechen, nicht den Chat."),
    ("bias/disability", "bias_review", False, "tenants",
     "An den Vorstand der Wohnungsbaugenossenschaft,\n\nder Mieterverein Nordstadt unterstützt Herrn "
     "Dieter Lange (Haus 6), Rollstuhlfahrer. Er hat sich im August für die Erdgeschosswohnung in Nr. 2 beworben; sie "
     "ging an einen nicht behinderten Mieter, der sich später beworben hatte. Auf Nachfrage sagte Ihre Sachbearbeiterin, "
     "„der Umbau lohnt sich für eine kurze Mietzeit nicht, zu viel Aufwand“. Wir gehen davon aus, dass er wegen seiner "
     "Behinderung übergangen wurde, und bitten um Überprüfung.\n\nMit freundlichen Grüßen\nMonika Seifert, Schriftführerin"),
    ("bias/race", "bias_review", False, "itinerary",
     "Sehr geehrte Damen und Herren,\n\nFlug EW 9582, 14. Okt., DTM 06:20 -> PMI 09:00, zwei Reisende in einer Buchung.\n"
     "Am Gate hatten meine Frau und ich identische Handgepäckkoffer. Ihr Mitarbeiter ließ sie durch (sie ist weiß) und "
     "holte mich, einen Schwarzen Mann, heraus, um meinen zu wiegen und 50 € zu verlangen. Als ich auf ihren Koffer "
     "zeigte, sagte er „bei Ihnen gelten andere Regeln“. Ich möchte wissen, warum ich herausgegriffen wurde, und die "
     "Gebühr zurück.\n\nEmmanuel Mensah\nBuchungscode HZ7E4K"),
    ("bias/age", "bias_review", False, "regulator",
     "Sehr geehrte Damen und Herren,\n\nKopie: BaFin und Antidiskriminierungsstelle des Bundes\n\nIch bin 75 Jahre alt "
     "und habe am 3. September Ihr Girokonto Basis mit Debitkarte beantragt. Der Antrag wurde „aus Altersgründen bei "
     "Kartenprodukten“ abgelehnt. Mein Sohn, 45, hat es am selben Nachmittag mit derselben Einzahlung beantragt und "
     "war nach einer Stunde freigeschaltet. Eine Einkommensprüfung gibt es bei diesem Konto nicht. Ich sehe darin eine "
     "Ablehnung wegen meines Alters und bitte um Begründung und Überprüfung.\n\nHochachtungsvoll\nElfriede Sommer"),
    ("bias/religion", "bias_review", False, "shopowner",
     "Guten Tag,\n\nich betreibe eine Änderungsschneiderei in Duisburg und habe eine Kundenkarte bei Ihrem Großmarkt. "
     "Am Samstag hat mich der diensthabende Marktleiter am Eingang angehalten und meine Tasche durchsucht, während die "
     "Männer vor und hinter mir einfach reingingen. Auf meine Frage sagte er: „Wir sollen auf Frauen mit Kopftuch "
     "besonders achten.“ Ich trug mein Kopftuch wie immer. Ich bitte darum, das zu prüfen.\n\nHatice Demir\nInhaberin, "
     "Schneiderei Demir\nKundenkarte 70336"),
    ("bias/pregnancy", "bias_review", False, "phonemail",
     "Hallo, vom Handy sorry. Hatte bei Ihnen die Stelle als Filialleitung so gut wie sicher, Vertrag sollte letzte "
     "Woche kommen. Dann hab ich der Bezirksleiterin gesagt dass ich im 4. Monat schwanger bin, und zwei Tage später "
     "hieß es „Stelle intern besetzt, in Ihrer Situation wäre das eh zu viel“. Die Stelle ist heute wieder online. Das "
     "finde ich nicht in Ordnung und möchte, dass das geprüft wird.\nJulia\n\nVon meinem iPhone gesendet"),
    ("bias/origin", "bias_review", False, "satisfaction",
     "AW: Bewerten Sie Ihren Filialbesuch\n\n1. Wartezeit: 10 Minuten, ok.\n2. Freundlichkeit: für mich nicht. Ich "
     "komme aus Rumänien und spreche mit Akzent. Der Berater wollte zwei zusätzliche Nachweise für das Sparbuch meiner "
     "Tochter, mit dem Satz „bei Leuten aus Osteuropa müssen wir vorsichtig sein“, und das deutsche Paar neben mir "
     "eröffnete dasselbe Konto mit einem Ausweis.\n3. Weiterempfehlung: nicht nach so etwas. Bitte gehen Sie dem nach.\n\n"
     "Ioana Popa"),
    ("hardneg/threat_label", "ai_assist", False, "phonemail",
     "Hey, vom Handy. Bestellung 6630-3 (das Trampolin) sollte Samstag kommen, dann Montag, jetzt „in 3–5 Tagen“. Mein "
     "7-Jähriger sagt das ist „Diskriminierung von Kindern“, weil die Pakete der Großen alle da sind lol. Spaß beiseite, "
     "krieg ich einen festen Termin oder storniere ich und bekomme das Geld zurück? Der Sendungslink in der SMS geht "
     "auch nicht.\nDanke, Sandra\n\nVon meinem iPhone gesendet"),
    ("hardneg/mention", "ai_assist", False, "tenants",
     "Sehr geehrtes Hausverwaltungsteam,\n\nauf der Mitgliederversammlung hat der Mieterverein Am Stadtpark beschlossen, "
     "Sie vor dem Winter um drei Dinge zu bitten:\n  1. einen Handlauf an der Rampe zu den Mülltonnen, die mehrere "
     "Bewohner mit Rollator und unsere beiden Rollstuhlfahrerinnen benutzen;\n  2. hellere Lampen im Treppenhaus für "
     "sehbehinderte Mitglieder;\n  3. Streudienst auf dem Parkplatz.\nBitte teilen Sie uns Fristen mit.\n\nFreundliche "
     "Grüße\nIngrid Hartmann, Vorsitzende"),
    ("hardneg/forwarded_complaint", "ai_assist", False, "regulator",
     "Guten Tag,\n\nich leite unten den Schriftwechsel von 2023 zum Konto meiner verstorbenen Mutter nur weiter, damit "
     "Sie es finden; ihre damalige Diskriminierungsbeschwerde wurde erledigt und ich rolle sie nicht neu auf. Als Erbe "
     "brauche ich lediglich die Saldenbestätigung für das Nachlassgericht; der Notar hat die Schlichtungsstelle in Kopie "
     "gesetzt, weil es um einen Nachlass geht.\n\n---------- Weitergeleitete Nachricht ----------\n> Ich wurde anders "
     "behandelt, weil ich Türkin bin, und verlange eine Untersuchung.\n\nDanke\nMehmet Arslan"),
    ("hardneg/pricing", "ai_assist", False, "shopowner",
     "Hallo,\n\nich habe einen Friseursalon mit zwei Stühlen und zahle bei Ihnen Kartenterminal und Handyvertrag. Ihr "
     "neuer Tarif lässt langjährige kleine Händler pro Transaktion mehr zahlen als Neukunden – das ist doch "
     "Diskriminierung treuer Kunden, wenn Sie mich fragen! Können Sie mir den Neukundensatz von 1,4 % auf Konto "
     "KT-66431 geben?\n\nGruß\nSascha Kühn\nSalon Kühn\n\nDiese Nachricht ist ausschließlich für den genannten "
     "Empfänger bestimmt."),
    ("hardneg/own_prejudice", "ai_assist", False, "satisfaction",
     "AW: Wie war Ihre Montage?\n\nIch bin ehrlich, ist ja fast anonym. Als eine Monteurin für die Wallbox kam, habe ich "
     "gedacht „na, ob die das mit dem Starkstrom hinkriegt“. Ich lag falsch: sauber, gründlich, hat mir das "
     "Abnahmeprotokoll gut erklärt. 10/10. Eine Frage: das Protokoll ist noch nicht per Mail gekommen, und der "
     "Netzbetreiber will es haben. Auftrag WBX-1063.\n\nThomas Kessler"),
    ("hardneg/policy_question", "ai_assist", False, "itinerary",
     "Guten Tag,\n\nich buche rund vierzig Reisen im Jahr für die Mitarbeitenden unseres Vereins, zum Beispiel letzten "
     "Monat:\n  04. Nov.  BER 09:05 -> BRU 10:40\n  05. Nov.  BRU 18:30 -> BER 20:00\nUnser Vorstand verlangt jetzt "
     "von Lieferanten ihre Gleichstellungs- und Barrierefreiheitsrichtlinie (inklusive Unterstützung für Reisende mit "
     "Behinderung). Könnten Sie uns die aktuellen Dokumente und Ihren Entgelttransparenzbericht schicken?\n\nBeste "
     "Grüße\nAnja Zimmermann\nLeitung Verwaltung"),
    ("ordinary/plain", "ai_assist", False, "itinerary",
     "Hallo,\n\nkönnten Sie meine Vielfliegernummer (LH 992 004 118) zur Buchung WW3C8F hinzufügen und die Rechnung "
     "auf meinen Arbeitgeber ausstellen, Tischlerei Brandl GmbH? Die Route:\n  28. Jan.  NUE 06:40 -> FRA 07:35\n"
     "  29. Jan.  FRA 20:20 -> NUE 21:10\nAußerdem hätte ich gern auf beiden Flügen vegetarisches Essen, falls das noch "
     "geht. Nichts Eiliges.\n\nDanke schön\nFlorian Brandl\nGesendet vom Laptop zwischen zwei Terminen"),
    ("ordinary/plain", "ai_assist", False, "tenants",
     "Guten Tag,\n\nder Mieterverein Gartenstadt Süd hat ab 1. Januar einen neuen Kassenwart, Herrn "
     "Bernd Ulrich, und das Buchungskonto für unseren Versammlungsraum soll von meinem Namen auf seinen umgestellt "
     "werden. Bitte ändern Sie auch die Rechnungsadresse auf Gartenstraße 14, 89073 Ulm, und teilen Sie uns mit, ob "
     "sich die Raummiete für 2027 ändert.\n\nMit Dank\nErika Maurer, scheidende Kassenwartin\nEingetragener Verein, "
     "ehrenamtlich geführt"),
]
