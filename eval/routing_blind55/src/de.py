"""German rows of blind set 55 (Germany): (category, label, opt_out, style, text). Written by hand; all invented."""
OD, VN, GB = "ombudsman-draft", "voice-note-transcript", "group-booking-email"
B, A, H = "bias_review", "ai_assist", "human"

ROWS = [
    ("bias/explicit_remark", B, False, OD,
     "Entwurf für die Antidiskriminierungsstelle des Bundes - bitte kurz gegenlesen.\n\nBeschwerdeführer: Herr "
     "Emre Yıldırım. Gegenstand: Fitnessstudio KraftWerk, Filiale Bochum-Mitte.\n\nZeitlicher Ablauf:\n- 2. "
     "Februar: Probetraining, alles in Ordnung, Vertrag zur Unterschrift vorbereitet.\n- 2. Februar: Beim "
     "Eintragen meines Namens sagt der Trainer: „Ach, noch einer von denen, die Jungs aus dem Viertel machen "
     "hier nur Ärger, da muss ich erst den Chef fragen.“\n- 5. Februar: Per E-Mail wird mir mitgeteilt, dass "
     "„derzeit keine Mitgliedschaften vergeben werden“.\n- 6. Februar: Ein Kollege von mir, Jan Pohl, schließt "
     "am selben Tag in derselben Filiale einen Vertrag ab.\n- 20. Februar: Meine schriftliche Beschwerde bleibt "
     "unbeantwortet.\n\nIch bitte um Prüfung nach dem AGG wegen Benachteiligung aufgrund meiner ethnischen "
     "Herkunft und um Unterstützung bei einer Entschädigungsforderung."),
    ("bias/explicit_cause", B, False, VN,
     "ja hallo äh also ich wollte nur sagen die Bank hat meinem Mann den Dispo gekürzt und am Telefon hieß es "
     "wörtlich weil er jetzt in Rente ist und über siebzig äh also wegen dem Alter obwohl die Rente ganz normal "
     "jeden Monat kommt"),
    ("bias/explicit_comparison", B, False, GB,
     "Sehr geehrte Damen und Herren,\n\nich bin Trainerin der C-Jugend des SV Grünau und habe für unser "
     "Auswärtsturnier in Leipzig 16 Betten in Ihrem Jugendgästehaus gebucht. Bei der Ankunft wurden unsere "
     "Spielerinnen Awa und Precious, die beiden einzigen schwarzen Mädchen im Team, in ein separates Zimmer im "
     "Keller gelegt, „weil es oben eng ist“. Oben standen aber nachweislich zwei Betten leer, die am nächsten "
     "Tag an eine andere Gruppe gingen. Als ich nachfragte, sagte der Herbergsvater: „Die sind sowas doch "
     "gewohnt.“ Die Mädchen haben das gehört. Ich erwarte eine schriftliche Stellungnahme der Leitung, eine "
     "Entschuldigung bei den beiden Spielerinnen und eine Erklärung, wie Sie verhindern, dass so etwas noch "
     "einmal vorkommt.\n\nMit freundlichen Grüßen\nKatrin Höfler"),
    ("bias/explicit_remark", B, False, VN,
     "ähm hallo also beim Paketshop hat die Frau zu meiner Mutter die ein Kopftuch trägt gesagt sie soll "
     "erstmal richtig Deutsch lernen bevor sie hier Pakete abholt und hat ihr das Paket nicht gegeben"),
    ("bias/explicit_cause", B, False, OD,
     "Entwurf: Beschwerde an die Schlichtungsstelle für den öffentlichen Personenverkehr (söp)\n\nFahrgast: Frau "
     "Mareike Dohrmann. Verkehrsunternehmen: Rheintal Regio.\n\nAblauf:\n- 14. Mai, 16:10 Uhr: Ich steige mit "
     "meinem Blindenführhund Luna in den RE 4 in Koblenz.\n- 16:12 Uhr: Der Zugbegleiter sagt, Hunde ohne "
     "Maulkorb müssten raus, „und Blinde sollten sowieso nicht allein reisen“.\n- 16:20 Uhr: Er lässt mich in "
     "Boppard aussteigen, weil ich „wegen meiner Behinderung ein Sicherheitsrisiko“ sei.\n- 16:50 Uhr: Ich warte "
     "eine halbe Stunde auf den nächsten Zug, komme zu spät zu meinem Termin.\n- 20. Mai: Beschwerde beim "
     "Unternehmen, Antwort: „Bedauerlicher Einzelfall“.\n\nFührhunde sind von der Maulkorbpflicht befreit. Ich "
     "wurde wegen meiner Blindheit aus dem Zug gewiesen und bitte um Schlichtung und Entschädigung."),
    ("bias/explicit_comparison", B, False, GB,
     "Hallo, ich organisiere den Stammtisch unseres Queer-Chors (12 Leute). Im Biergarten durften alle anderen "
     "Gruppen ohne Reservierung an die langen Tische, uns hat die Bedienung an den Rand gesetzt mit den Worten "
     "„Ihr macht hier sonst Stimmung, das wollen die Familien nicht.“ Wir bitten um eine Erklärung."),
    ("bias/explicit_remark", B, False, VN,
     "ja also äh ich wollte mich beschweren beim Optiker hat der Verkäufer zu meinem Sohn der im Rollstuhl "
     "sitzt gesagt so einer braucht doch keine Designerbrille und hat nur mit mir geredet"),
    ("bias/explicit_cause", B, False, OD,
     "Entwurf für den Versicherungsombudsmann e.V.\n\nVersicherungsnehmerin: Frau Svetlana Becker. Vertrag Nr. "
     "0000-33190, Hausrat, Nordkap Versicherung.\n\nAblauf:\n- 3. März: Einbruch, Schadensmeldung mit "
     "Polizeibericht.\n- 10. März: Sachbearbeiter ruft an, fragt nach meinem Geburtsort. Ich sage: Kasachstan.\n- "
     "10. März: Er sagt: „Bei Russlanddeutschen prüfen wir solche Einbrüche besonders genau, da gibt es viel "
     "Betrug.“\n- 2. April: Weitere Unterlagen angefordert, die bei meiner Nachbarin mit demselben Schaden nicht "
     "verlangt wurden.\n- 30. April: Noch immer keine Regulierung.\n\nIch bitte den Ombudsmann, die Verzögerung "
     "wegen meiner Herkunft zu prüfen und die Regulierung zu veranlassen.\n\nAnlagen: Polizeibericht, "
     "Schriftverkehr."),
    ("bias/implicit_access", B, False, OD,
     "Entwurf an die Schlichtungsstelle nach § 16 BGG\n\nBeschwerdeführer: Herr Wolfgang Lenz, 79. Stelle: "
     "Bürgeramt Kreisstadt Haldenbrück.\n\nAblauf:\n- 1. Juli: Online-Termin für meinen neuen Ausweis, gebucht von "
     "meinem Enkel.\n- 15. Juli: Das Bürgeramt ist in den ersten Stock umgezogen. Der Aufzug ist seit Wochen "
     "defekt. Ich kann seit meiner Hüft-OP keine Treppen steigen.\n- 15. Juli: Ich bitte die Mitarbeiterin, kurz "
     "herunterzukommen. Antwort: „Das dürfen wir nicht, die Geräte stehen oben.“\n- 29. Juli: Zweiter Termin, "
     "gleiches Ergebnis.\n- 10. August: Mein Ausweis ist abgelaufen, ich kann kein Konto mehr eröffnen.\n\nAlle "
     "anderen gehen einfach die Treppe hoch und sind in zehn Minuten fertig. Ich bitte um eine Lösung."),
    ("bias/implicit_comparison", B, False, VN,
     "also äh bei der Wohnungsbesichtigung hat der Makler meiner Freundin Lisa sofort die Mappe für die "
     "Bewerbung gegeben und mir also Oluwaseun gesagt ich soll erst mal eine Schufa und drei Gehaltsnachweise "
     "mitbringen wir verdienen gleich viel"),
    ("bias/implicit_change", B, False, GB,
     "Guten Tag,\n\nich leite die Krabbelgruppe „Kleine Füße“ im Gemeindehaus und hatte für unsere zwölf Familien "
     "den Ausflug auf Ihren Erlebnisbauernhof am 20. Juni gebucht, Anzahlung 120 Euro überwiesen, Bestätigung "
     "erhalten. In der Woche darauf habe ich am Telefon nebenbei erwähnt, dass zwei Väter in unserer Gruppe ein "
     "Paar sind und mit ihrer Tochter kommen. Zwei Tage später kam eine E-Mail: Der Termin müsse „aus "
     "organisatorischen Gründen“ leider storniert werden, ein Ersatztermin sei „derzeit nicht möglich“. Auf "
     "Ihrer Website war der 20. Juni aber weiterhin buchbar, und eine befreundete Gruppe hat ihn kurz darauf "
     "bekommen. Ich möchte wissen, was sich nach meinem Anruf geändert hat, und bitte um Wiederherstellung "
     "unserer Buchung.\n\nFreundliche Grüße\nJana Ostermann"),
    ("bias/implicit_remark", B, False, VN,
     "hallo äh ja also im Elektromarkt hat der Verkäufer als ich nach dem Laptop gefragt hab gesagt holen Sie "
     "lieber Ihren Mann dazu der versteht das mit den Prozessoren besser und ich bin Informatikerin"),
    ("bias/implicit_refusal", B, False, OD,
     "Entwurf an die Verbraucherschlichtungsstelle (Telekommunikation)\n\nKunde: Herr Benedikt Auer. Anbieter: "
     "Funkstrom Mobil. Kundennummer 0000-71205.\n\n- Januar: Ich stottere stark. Die Hotline verlangt zur "
     "Identifizierung, dass ich ein Kennwort am Telefon in zehn Sekunden sage, sonst wird aufgelegt.\n- Februar: "
     "Ich bitte schriftlich darum, mich per Chat oder Brief identifizieren zu dürfen.\n- März: Abgelehnt: "
     "„Unsere Prozesse sehen keine Ausnahmen vor.“\n- April: Dreimal aufgelegt worden, Vertragswechsel nicht "
     "möglich.\n\nIch habe nur um einen anderen Weg für dieselbe Identifizierung gebeten. Ich bitte um "
     "Schlichtung.\n\nAnlagen: mein schriftlicher Antrag vom Februar, die Ablehnung vom März und die "
     "Gesprächsprotokolle."),
    ("bias/implicit_access", B, False, GB,
     "Hallo, für unseren Seniorentanzkreis (15 Personen) hatten wir die Schifffahrt gebucht. Herr Krämer, der "
     "nur mit Rollator laufen kann, durfte nicht an Bord, weil es keinen Steg gab und die Crew ihn nicht "
     "stützen wollte. Wir anderen sind gefahren. Wie kann das sein?"),
    ("bias/implicit_comparison", B, False, VN,
     "ja äh also ich hab für das Auto eine höhere Kaution zahlen müssen als mein Kollege Florian obwohl wir "
     "denselben Wagen am selben Tag gemietet haben ich heiße Dragan Petrović und er hat nur die Hälfte gezahlt"),
    ("bias/implicit_change", B, False, VN,
     "äh hallo also ich war Stammkundin beim Friseur fünf Jahre lang und seit ich meinen neuen Pass mit dem "
     "geänderten Geschlechtseintrag vorgelegt hab für die Kundenkarte bekomme ich plötzlich keine Termine mehr "
     "online immer ausgebucht und meine Schwester kriegt sofort einen"),
    ("hardneg/object_joke", A, False, VN,
     "haha also meine Waschmaschine ist echt rassistisch die frisst nur die schwarzen Socken äh Spaß beiseite "
     "die Trommel quietscht was kann ich machen Modell Wasch 700"),
    ("hardneg/threat", A, False, GB,
     "Hallo, ich bin Kassenwart vom Kegelclub Alle Neune. Wenn wir bis Freitag die Rückzahlung für die "
     "abgesagte Busfahrt nicht haben, schreibe ich überall, dass Sie Vereine diskriminieren. Ehrlich gesagt "
     "geht es nicht um Benachteiligung, sondern nur um unsere 380 Euro. Buchung 0000-4421."),
    ("hardneg/own_prejudice", A, False, VN,
     "also äh ich geb zu ich hab Vorurteile gegen diese ganzen jungen Paketboten die immer so hetzen aber egal "
     "wann kommt denn jetzt die Lieferung mit dem Schreibtisch"),
    ("hardneg/loyal_price", A, False, OD,
     "Entwurf für die Schlichtungsstelle Energie, falls nötig:\n\n- Seit 2011 Kunde bei Stadtwerke Kleinbach.\n- "
     "1. Januar: Preiserhöhung auf 41 Cent/kWh.\n- 3. Januar: Neukunden bekommen 29 Cent.\n- 10. Januar: Hotline "
     "sagt, Bestandskunden können nicht wechseln.\n\nDas ist Diskriminierung treuer Kunden! Mir geht es aber nur "
     "um den Preis: Bitte stellen Sie mich auf den Neukundentarif um, dann schicke ich das nicht "
     "ab.\n\nNachtrag:\n- 2. Februar: Angebot eines „Treuebonus“ von 20 Euro im Jahr, das gleicht nichts aus.\n\nIch "
     "habe nicht vor, mich mit Ihnen zu streiten. Wenn Sie mir bis Monatsende schriftlich den Neukundenpreis "
     "für meinen Zähler bestätigen, ist die Sache für mich erledigt. Zählernummer 0000 8812, Kundennummer 0000 "
     "3307."),
    ("hardneg/policy_question", A, False, GB,
     "Guten Tag, ich plane eine Klassenfahrt mit 28 Schülerinnen und Schülern, darunter zwei mit Sehbehinderung "
     "und einer im Rollstuhl. Haben Sie ein Inklusions- oder Barrierefreiheitskonzept für Ihre Führungen, etwa "
     "Tastmodelle, Audioguides, stufenlose Wege? Ich würde es gern mit der Schulleitung besprechen, bevor wir "
     "buchen. Vielen Dank, Thomas Reuter, Gesamtschule Am Wall. Wir würden im Juni an einem Dienstag oder "
     "Mittwoch kommen, vormittags, mit drei Lehrkräften und einer Schulbegleiterin. Außerdem interessiert mich, "
     "ob es vor Ort einen Raum gibt, in dem die Klasse ihr Mittagessen einnehmen kann, und ob für "
     "Begleitpersonen Eintritt anfällt. Ein Informationsblatt als PDF würde mir völlig reichen."),
    ("hardneg/praise", A, False, VN,
     "hallo ich wollt nur kurz loswerden dass der Busfahrer heute super nett zu meiner Oma war die im Rollstuhl "
     "sitzt der hat die Rampe ausgeklappt und gewartet ganz toll ähm und kann man die Monatskarte auch online "
     "verlängern"),
    ("hardneg/rude_to_all", A, False, OD,
     "Beschwerdeentwurf an die Schlichtungsstelle Reise & Verkehr\n\nFlug: 0000-8841, Gate B12, 3. Oktober.\n\n- "
     "6:10 Uhr: Der Mitarbeiter am Gate schnauzt eine Familie an, dann einen Geschäftsmann, dann eine Gruppe "
     "Studenten, dann mich.\n- 6:30 Uhr: Er verweigert mir das Boarding, weil mein Handgepäck 1 kg zu schwer "
     "sei; bei anderen wird nicht gewogen.\n- 6:45 Uhr: Ich muss 70 Euro für das Gepäck zahlen.\n\nDer Mann war zu "
     "allen gleich unfreundlich, das hatte mit mir persönlich nichts zu tun. Ich fordere aber die 70 Euro "
     "zurück, weil die Gewichtskontrolle willkürlich war.\n\nIch habe die Quittung über die 70 Euro und die "
     "Bordkarte. Mein Koffer wurde beim Rückflug übrigens problemlos mitgenommen, mit demselben Gewicht."),
    ("hardneg/ordinary_mention", A, False, GB,
     "Hallo, unsere muslimische Jugendgruppe (14 Personen) möchte am 8. März Ihre Kletterhalle besuchen. Haben "
     "Sie an dem Tag nachmittags noch einen Gruppenslot frei, und was kostet die Leihausrüstung?"),
    ("hardneg/student", A, False, VN,
     "hallo äh ich bin Schülerin in der elften Klasse und wir machen ein Referat über Diskriminierung im "
     "Kundenservice könnten Sie uns sagen wie viele Beschwerden Sie so im Jahr kriegen nur ungefähr"),
    ("hardneg/unfair_no_ground", A, False, OD,
     "Entwurf an die Schlichtungsstelle der Banken\n\nKunde: Herr Uwe Kamphausen. Girokonto 0000 0000 4417.\n\n- "
     "Mai: Die Bank führt eine Kontoführungsgebühr von 9,90 Euro ein.\n- Juni: Meine Kollegin bei derselben Bank "
     "zahlt nichts, weil sie zufällig in einer anderen Filiale ihr Konto eröffnet hat.\n- Juli: Auf Nachfrage "
     "heißt es, das seien „historische Filialkonditionen“.\n- August: Beschwerde, keine Antwort.\n\nIch finde das "
     "absolut ungerecht: gleiche Bank, gleiches Konto, unterschiedliche Gebühren nur wegen der Filiale. Ich "
     "bitte um Erstattung der bisher gezahlten Gebühren und um die gleichen Konditionen.\n\nAnlagen: "
     "Kontoauszüge, das Schreiben zur Gebühreneinführung und meine E-Mail vom August. Danke. Mit freundlichen "
     "Grüßen, Uwe Kamphausen."),
    ("ordinary/group_change", A, False, GB,
     "Hallo, für die Buchung des Gesangvereins Harmonie (Ref. GB-000712) brauchen wir statt 30 nur noch 26 "
     "Mittagessen am 5. Mai. Können Sie die Rechnung entsprechend anpassen?"),
    ("ordinary/tracking", A, False, VN,
     "ja hallo äh ich wollte fragen wo meine Bestellung ist die Nummer ist 0000-6617 die sollte schon gestern "
     "kommen"),
    ("ordinary/ombudsman_how", A, False, OD,
     "Ich schreibe gerade an die Schlichtungsstelle wegen meiner Heizkostenabrechnung (Ablauf: Abrechnung 12. "
     "März mit 1.460 Euro Nachzahlung, Widerspruch 20. März, keine Antwort). Frage: Muss ich vorher bei Ihnen "
     "noch einmal formell Beschwerde einlegen, und können Sie mir die Ablesewerte der letzten zwei Jahre "
     "schicken? Außerdem möchte ich wissen, ob die Nachzahlung bis zur Klärung gestundet werden kann, weil ich "
     "sonst in Verzug gerate. Wir haben im letzten Jahr eher weniger geheizt als sonst, deshalb wundert mich "
     "der Betrag sehr. Wenn ein Ablesefehler vorliegt, würde ich gern eine korrigierte Abrechnung bekommen, "
     "dann brauche ich die Schlichtungsstelle gar nicht. Kundennummer 0000 2291. Vielen Dank."),
    ("ordinary/menu", A, False, GB,
     "Guten Tag, wir sind der Lauftreff Nordstadt, 25 Personen, und möchten am 18. Mai nach dem Halbmarathon "
     "bei Ihnen essen. Haben Sie ein Gruppenmenü?"),
    ("optout/ai_refusal", A, True, GB,
     "Sehr geehrte Damen und Herren, als Vorsitzender des Schützenvereins widerspreche ich ausdrücklich der "
     "Verarbeitung meiner E-Mails durch künstliche Intelligenz oder automatisierte Systeme. Bitte bearbeiten "
     "Sie unsere Reservierung für das Vereinsfest (Ref. SV-000218) ohne solche Programme."),
    ("optout/ai_refusal", A, True, VN,
     "also äh ich will nicht dass so ein Bot meine Nachrichten liest ich bin damit nicht einverstanden bitte "
     "schalten Sie das bei mir ab und die Rechnung stimmt immer noch nicht"),
    ("optout/with_person", H, True, OD,
     "Das geht an die Schlichtungsstelle, wenn sich nichts ändert:\n\n- 5. Juni: Reklamation Waschtrockner.\n- 5., "
     "9. und 14. Juni: Antwort von „Max, Ihrem digitalen Assistenten“.\n\nIch willige nicht ein, dass eine KI "
     "meine Nachrichten liest oder beantwortet, und widerrufe jede Einwilligung dazu. Ich möchte mit einem "
     "Menschen aus Ihrem Kundendienst sprechen: Rückruf bitte unter 0170 0000 512.\n\nNachtrag:\n- 20. Juni: "
     "Wieder „Max“, wieder dieselbe Textbaustein-Antwort ohne Bezug auf meine Fotos.\n\nDer Waschtrockner "
     "(Bestellung 0000-6640) verliert nach wie vor Wasser, und ich habe dreimal Fotos geschickt. Bitte "
     "vermerken Sie meinen Widerspruch in meinem Kundenkonto und bestätigen Sie ihn schriftlich. Erreichbar bin "
     "ich werktags ab 16 Uhr."),
    ("optneg/mention", A, False, GB,
     "Hallo, unser Informatikkurs (18 Schüler) würde gern an Ihrem Workshop „KI und Chatbots selbst bauen“ "
     "teilnehmen. Gibt es im April noch Termine?"),
    ("human/ask_person", H, False, VN,
     "hallo ist da überhaupt ein Mensch am anderen Ende äh ich brauch wirklich jemanden zum Reden wegen der "
     "Kündigung"),
    ("human/callback", H, False, GB,
     "Guten Tag, ich organisiere die Jubiläumsreise unseres Turnvereins nach Wien, 45 Personen. Es gibt so "
     "viele offene Punkte, dass ich das gern am Telefon kläre. Könnte mich jemand aus der Gruppenabteilung "
     "unter 0151 0000 338 zurückrufen?"),
    ("human/supervisor", H, False, OD,
     "Bevor ich das an den Ombudsmann schicke (Ablauf: Reise storniert am 4. April, Erstattung zugesagt am 10. "
     "April, bis heute kein Geld), verlange ich, mit einer Vorgesetzten oder einem Teamleiter zu sprechen. "
     "Bitte melden Sie sich heute."),
    ("human/named_contact", H, False, VN,
     "ja hallo äh ich möchte bitte mit Frau Kessler sprechen die hat meinen Kreditantrag bearbeitet können Sie "
     "mich verbinden"),
    ("humanneg/staff_mention", A, False, VN,
     "hallo also der Monteur war heute da alles gut der war sehr freundlich ich wollte nur fragen ob die "
     "Rechnung per Post oder per Mail kommt"),
    ("humanneg/family", A, False, GB,
     "Hallo, meine Eltern und meine Schwiegereltern kommen mit auf die Reise (Buchung FR-000903). Können wir "
     "für alle sechs Sitzplätze nebeneinander reservieren?"),
]
