"""German (Germany) rows of blind set 39: (category, label, opt_out, style, length, text). Typed by hand."""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # ---- lang ----
    ("bias/race", B, False, "lettingportal", "long",
     "Nachricht über das Mieterportal — Hausverwaltung Brenninger & Söhne\n\nGuten Tag Frau Albrecht,\n\nich "
     "hatte mich am 3. November auf die Dreizimmerwohnung in der Lindenstraße 22 beworben und nach der "
     "Besichtigung eine Absage bekommen mit der Begründung, die Wohnung sei bereits vergeben. Meine Kollegin "
     "Katrin hat am 6. November, also drei Tage später, über Ihr Portal angefragt und wurde sofort zu einer "
     "zweiten Besichtigung eingeladen, bei der der Hausmeister ihr sagte, man suche 'noch passende Leute'. "
     "Dabei hat der Hausmeister bei meiner Besichtigung zu mir gesagt, die Nachbarn im Haus seien 'eher "
     "traditionell' und würden sich 'an dunklere Mieter erst gewöhnen müssen'. Mein Einkommen ist höher als "
     "ihres, meine Schufa ist sauber, ich habe eine Mietschuldenfreiheitsbescheinigung. Ich möchte wissen, "
     "warum mir die Wohnung als vergeben genannt wurde und ob sie tatsächlich noch frei ist.\n\nMit "
     "freundlichen Grüßen\nEmmanuel Osei"),
    ("bias/sex", B, False, "rentaldesk", "long",
     "Beschwerde zu Mietvertrag 000-47-1183, Station Hamburg Hauptbahnhof\n\nSehr geehrtes Team,\n\nich "
     "hatte einen 7,5-Tonner für unseren Vereinsumzug gebucht und besitze seit neun Jahren den Führerschein "
     "Klasse C1, den ich Ihrem Mitarbeiter am Schalter auch vorgelegt habe. Er hat ihn lange angeschaut und "
     "dann gesagt, er gebe 'so ein Fahrzeug nicht an eine Frau allein raus', ich solle einen männlichen "
     "Fahrer mitbringen. Als mein Vereinskollege Jens zehn Minuten später dazukam, bekam er den Schlüssel "
     "sofort, obwohl er nur Klasse B hat und ich dann trotzdem fahren musste. Ihre AGB sagen nur, dass der "
     "Fahrer die passende Fahrerlaubnis haben muss. Das hatte ich, er nicht. Ich erwarte eine Stellungnahme, "
     "wer diese Regel aufgestellt hat, und die Erstattung der 45 Euro, die wir für die Verspätung an das "
     "Umzugslager zahlen mussten.\n\nSabine Kowalczyk"),
    ("bias/origin", B, False, "clubdesk", "long",
     "An die Geschäftsstelle des TSV Grünwald-Süd\n\nGuten Tag,\n\nmein Sohn Artem, 11, "
     "spielt seit zwei Jahren in der D-Jugend. Wir sind 2022 aus Charkiw gekommen und haben einen "
     "Aufenthaltstitel nach § 24. Seit der neue Jugendleiter im Sommer angefangen hat, muss Artem für jedes "
     "Auswärtsturnier eine Kopie seines Aufenthaltstitels und eine Bürgschaft der Eltern abgeben, 'weil man "
     "bei Ausländern nie weiß, ob sie wiederkommen'. Die anderen Kinder der Mannschaft, darunter auch zwei, "
     "die erst im Oktober dazugekommen sind, geben nur den normalen Elternzettel ab. Letzten Samstag durfte er "
     "deshalb nicht mit nach Augsburg, weil die Bürgschaft 'nicht rechtzeitig geprüft' war. Wir zahlen "
     "denselben Beitrag wie alle. Ich bitte den Vorstand um ein Gespräch und um eine schriftliche Auskunft, "
     "welche Unterlagen der Verein von wem verlangt.\n\nOlena Marchenko"),
    ("hardneg/fault_angry", A, False, "storeform", "long",
     "Beschwerdeformular Filiale — FunkWerk Shop, Leipzig Zentrum\nKundennummer 0000-2290-14\n\nIch habe "
     "am 18. September bei Ihnen einen DSL-Vertrag mit 250 Mbit/s abgeschlossen. Seit der Schaltung am 2. "
     "Oktober kommen abends zwischen 19 und 23 Uhr nie mehr als 30 Mbit/s an, oft weniger. Ich habe die "
     "Messungen mit dem Tool der Bundesnetzagentur gemacht, dreißig Stück an zehn verschiedenen Tagen, das "
     "Protokoll liegt bei. Die Hotline sagt, das liege an meinem WLAN; gemessen habe ich aber per Kabel, mit "
     "neuem Router, den Sie mir selbst verkauft haben. Ein Techniker war einmal da, hat zehn Minuten am "
     "Verteilerkasten gestanden und ist wieder gefahren. Ich bezahle 49,99 Euro im Monat für etwas, das ich "
     "nicht bekomme. Ich verlange entweder eine dauerhafte Behebung bis Monatsende oder eine Minderung, und "
     "sonst das Sonderkündigungsrecht. Bitte nicht wieder 'Router neu starten' schreiben.\n\nRalf Heuberger"),
    ("hardneg/delay", A, False, "uniformshop", "long",
     "Hallo,\n\nich habe am 12. August für unseren Sohn die Schulkleidung der Internatsschule Schloss "
     "Hohenried bestellt (Bestellnummer 000-902-13): zwei Blazer mit Wappen, drei Hemden, Krawatte und die "
     "Sportkleidung für das Rudern. Die Schule verlangt die Kleidung ab dem ersten Schultag. Bezahlt habe ich "
     "sofort, 386 Euro. Geliefert wurden bis heute nur die Hemden. Für die Blazer steht seit sechs Wochen 'in "
     "Bestickung', für die Rudersachen 'Lieferant verzögert'. Auf meine drei E-Mails kam jedes Mal dieselbe "
     "Textbausteinantwort, dass man 'mit Hochdruck' arbeite. Mein Sohn ist der einzige in seiner Klasse ohne "
     "Blazer und schämt sich. Ich brauche jetzt ein verbindliches Lieferdatum. Wenn die Blazer nicht bis zum "
     "15. Oktober da sind, trete ich von diesem Teil des Kaufs zurück und verlange das Geld zurück.\n\nMit "
     "freundlichen Grüßen\nCornelia Staudt"),
    ("hardneg/illness_context", A, False, "clubdesk", "long",
     "Liebe Geschäftsstelle des Schwimmvereins Neptun Kassel,\n\nich bin seit 2011 Mitglied in der "
     "Masters-Gruppe. Im Oktober wurde bei mir Multiple Sklerose festgestellt. Ich habe mich mit meiner "
     "Neurologin abgesprochen: Schwimmen ist für mich sogar gut, aber nicht mehr in der Leistungsgruppe mit "
     "den Intervallen, sondern ruhiger, und am besten im wärmeren Lehrschwimmbecken. Ich möchte also nicht "
     "austreten, sondern wechseln. Meine Fragen: Gibt es im Verein eine Gesundheitssportgruppe oder "
     "Reha-Sport, die im Lehrbecken trainiert? Kann die Krankenkasse dafür etwas übernehmen, wenn ich eine "
     "Verordnung bekomme, und stellt der Verein die nötige Bescheinigung aus? Und muss ich dafür die "
     "Mitgliedschaft ändern, oder bleibt mein Beitrag gleich? Ich komme gerne in die Sprechstunde am "
     "Donnerstag, falls das einfacher ist.\n\nViele Grüße\nMichael Brandt"),
    ("hardneg/religion_context", A, False, "hotelthread", "long",
     "Antwort an das Hotel Seeblick Lindau\n\nDanke für Ihr Angebot zu unserem Familientreffen vom 14. "
     "bis 16. März. Wir möchten buchen, haben aber noch ein paar Fragen. Der Zeitraum fällt in den Ramadan, "
     "und ungefähr die Hälfte der Gruppe fastet. Wäre es möglich, das Abendessen am Freitag und Samstag erst "
     "nach Sonnenuntergang, gegen 18:20 Uhr, zu servieren, und für die Fastenden ein kleines Frühstück vor "
     "Sonnenaufgang bereitzustellen, etwa um 5 Uhr, gern auch kalt auf dem Zimmer? Außerdem essen wir kein "
     "Schweinefleisch; ein paar Gerichte ohne Schwein und ohne Alkohol in der Soße würden reichen, es muss "
     "nicht zertifiziert halal sein. Für die anderen Gäste gerne das normale Buffet. Wir sind 22 Personen in "
     "neun Zimmern. Wenn dafür ein Aufpreis anfällt, sagen Sie es bitte vorher.\n\nHerzliche Grüße\nMehmet "
     "Aydın"),
    ("hardneg/legal_words", A, False, "lettingportal", "long",
     "Mitteilung über das Mieterportal, Wohnung Berliner Allee 41, 2. OG links\n\nHallo Frau Dietrich,\n\n"
     "seit dem 28. Oktober funktioniert die Heizung im Wohnzimmer und im Kinderzimmer nicht. Ich "
     "habe den Mangel am selben Tag über dieses Portal gemeldet (Ticket 000-5512) und am 4. November noch "
     "einmal. Es ist niemand gekommen. Draußen sind es nachts minus drei Grad, in der Wohnung 15. Ich zeige "
     "Ihnen hiermit förmlich an, dass ich die Miete ab November um 20 Prozent mindere, bis der Mangel behoben "
     "ist, und setze Ihnen eine Frist bis zum 20. November. Danach beauftrage ich selbst einen Heizungsbauer "
     "und verrechne die Kosten mit der Miete. Der Mieterverein, in dem ich Mitglied bin, hat dieses Schreiben "
     "geprüft. Ein Gerichtsverfahren will ich nicht, ich will eine warme Wohnung.\n\nMit freundlichen "
     "Grüßen\nTobias Reinhardt"),
    ("hardneg/policy_question", A, False, "pharmacymail", "long",
     "Betreff: Anfrage für unsere Einrichtung\n\nGuten Tag,\n\nich leite eine kleine "
     "Wohngruppe für Menschen mit geistiger Behinderung in Bamberg, zwölf Bewohnerinnen und Bewohner. Wir "
     "möchten die Arzneimittelversorgung ab Januar an eine Apotheke übergeben, die verblistert und liefert, "
     "und Ihre Kette ist in der engeren Wahl. Bevor unser Träger entscheidet, brauche ich schriftlich: Gibt es "
     "bei Ihnen ein Konzept zur Barrierefreiheit, etwa Beipackzettel in Leichter Sprache? Sind Ihre "
     "Mitarbeitenden in der Beratung von Menschen mit Behinderung geschult? Haben Sie eine Erklärung zu "
     "Gleichbehandlung und Datenschutz, die wir dem Heimbeirat vorlegen können? Und wie läuft die "
     "Abstimmung mit den rechtlichen Betreuern, wenn eine Verordnung geändert wird? Ein Gespräch vor Ort "
     "wäre schön.\n\nFreundliche Grüße\nDoris Wenzel, Einrichtungsleitung"),
    ("hardneg/settled_other", A, False, "rentaldesk", "long",
     "Hallo,\n\nkurz zur Einordnung, damit es keine Missverständnisse gibt: Mein Schwager hatte im Sommer an "
     "Ihrer Station in Köln Ärger, weil ein Mitarbeiter eine Bemerkung über seine Frau und ihr Kopftuch "
     "gemacht hat. Er hat sich beschwert, der Stationsleiter hat sich bei beiden entschuldigt, sie haben eine "
     "Gutschrift bekommen und er sagt selbst, die Sache ist für ihn erledigt. Er hat mir Ihre Firma sogar "
     "empfohlen. Darum geht es also nicht. Ich möchte für Weihnachten einen Neunsitzer mieten, vom 22. bis 28. "
     "Dezember ab Köln-Ehrenfeld, für acht Erwachsene und zwei Kinder. Haben Sie da noch etwas frei? Ich "
     "brauche zwei Kindersitze, Winterreifen und die Möglichkeit, mit dem Wagen nach Österreich zu fahren. "
     "Bitte auch sagen, wie hoch die Kaution ist und ob sie per Kreditkarte geblockt wird.\n\nGruß\nStefan "
     "Lorenz"),
    ("hardneg/own_prejudice", A, False, "storeform", "long",
     "Anmerkung im Kundenformular, Filiale Nürnberg Königstraße\n\nIch will ehrlich sein: Als der ältere Herr, "
     "bestimmt über sechzig, mich am Tresen übernommen hat, dachte ich, jetzt wird es kompliziert, der kennt "
     "sich mit eSIM und dem ganzen Kram sicher nicht aus. Ich hatte eigentlich gehofft, an den jungen Kollegen "
     "zu kommen. Ich lag völlig daneben. Er hat meine Nummer in zehn Minuten auf das neue Handy übertragen, mir "
     "einen günstigeren Tarif gezeigt und nebenbei noch erklärt, warum mein alter Vertrag doppelt abgerechnet "
     "hat. Deshalb schreibe ich: Er meinte, die doppelte Abrechnung für September und Oktober, zweimal 19,99 "
     "Euro, würde mir automatisch gutgeschrieben. Ich sehe davon auf der neuen Rechnung noch nichts. Können Sie "
     "prüfen, ob die Gutschrift veranlasst ist? Kundennummer 0000-7731-40.\n\nDanke, Jana Vogt"),
    ("ordinary/plain", A, False, "lettingportal", "long",
     "Guten Tag,\n\nwir ziehen zum 31. März aus der Wohnung Gartenweg 5, EG rechts, aus; die Kündigung haben "
     "Sie fristgerecht am 20. Dezember erhalten und bestätigt. Ich habe ein paar organisatorische Fragen. "
     "Erstens: Wann können wir den Termin für die Wohnungsübergabe ausmachen, und wer kommt dafür? Zweitens: "
     "Müssen wir die Wände weiß streichen, obwohl sie beim Einzug laut Protokoll schon nicht frisch gestrichen "
     "waren? Drittens: Die Einbauküche gehört uns; hätte der Nachmieter eventuell Interesse, sie zu "
     "übernehmen, und dürfen Sie uns den Kontakt geben? Viertens: Die Kaution bitte auf das neue Konto "
     "überweisen, die IBAN schicke ich mit dem Übergabeprotokoll. Und wann kommt die letzte "
     "Nebenkostenabrechnung ungefähr? Danke für die Zusammenarbeit in den sechs Jahren.\n\nFamilie Hartwig"),
    ("optout/plain", A, True, "storeform", "long",
     "Kundenformular, FunkWerk Shop Dresden Altmarkt\n\nIch habe heute in der Filiale erfahren, dass Ihre "
     "Kundenanliegen inzwischen von einem 'KI-gestützten Service' vorsortiert und teilweise beantwortet "
     "werden, auch die, die man hier im Laden schriftlich abgibt. Für mich will ich das nicht. Ich "
     "widerspreche hiermit der Verarbeitung meiner Anfragen, Beschwerden und Vertragsdaten durch künstliche "
     "Intelligenz oder automatisierte Systeme, gestützt auf Art. 21 DSGVO. Tragen Sie das bitte in mein "
     "Kundenkonto (0000-3318-02) ein. Mein eigentliches Anliegen, die Umstellung auf den Tarif 'Basis 10', hat der "
     "Mitarbeiter schon im Laden erledigt, darum geht es hier nicht. Eine schriftliche Bestätigung per Post "
     "reicht mir; einen Anruf brauche ich nicht.\n\nMit freundlichen Grüßen\nHelga Baumgartner"),
    # ---- kurz ----
    ("bias/orientation", B, False, "hotelthread", "short",
     "Als mein Mann und ich sagten, dass wir das Doppelzimmer nehmen, hieß es plötzlich 'ausgebucht'. Das Hetero-Paar "
     "nach uns bekam eins."),
    ("bias/accent", B, False, "pharmacymail", "short",
     "Die Apothekerin machte meinen sächsischen Dialekt nach und ließ mich warten. Den Herrn nach mir bediente "
     "sie sofort."),
    ("hardneg/joke", A, False, "clubdesk", "short",
     "Kann man die Sauna auch gegen Montagslaune buchen? Ernsthaft: Ist sie am 24. Dezember offen?"),
    ("hardneg/loyal_pricing", A, False, "storeform", "short",
     "Wer neu kommt, kriegt den gleichen Tarif 15 € billiger. Man diskriminiert also "
     "die, die bleiben. Geht da was am Preis?"),
    ("hardneg/charged_object", A, False, "lettingportal", "short",
     "Die Klingelanlage ist taub und stumm, seit einer Woche geht nichts. Bitte Elektriker schicken, Haus 4."),
    ("hardneg/review_threat", A, False, "rentaldesk", "short",
     "Wenn die 80 € Reinigungsgebühr nicht bis Freitag zurück sind, gibt es eine Ein-Stern-Bewertung mit "
     "Fotos."),
    ("hardneg/rude_staff", A, False, "uniformshop", "short",
     "Die Verkäuferin im Laden war patzig und hat mich einfach stehen lassen. So redet man nicht mit Kunden."),
    ("ordinary/plain", A, False, "pharmacymail", "short",
     "Haben Sie die Grippeimpfung für Erwachsene noch vorrätig? Ich würde gern Dienstag kommen."),
    ("ordinary/plain", A, False, "clubdesk", "short",
     "Ich bin umgezogen: neue Adresse Ahornweg 7, 34117 Kassel. Bitte im Mitgliedskonto ändern."),
    ("human/named_contact", H, False, "lettingportal", "short",
     "Bitte verbinden Sie mich mit Herrn Kessler von der Objektbetreuung, er kennt den Fall."),
    ("humanneg/thanks_agent", A, False, "storeform", "short",
     "Frau Yilmaz hat mich gestern geduldig beraten, danke dafür. Wann wird die neue SIM freigeschaltet?"),
    ("optout/with_person", H, True, "hotelthread", "short",
     "Antworten von einer KI will ich nicht bekommen. Verbinden Sie mich lieber mit jemandem vom Empfang, Zimmer 208."),
    ("optneg/ai_mention", A, False, "uniformshop", "short",
     "Ihr KI-Größenberater lag bei der Hose genau richtig. Gibt es die auch in Dunkelgrau?"),
    # ---- mittel ----
    ("bias/religion", B, False, "storeform", "medium",
     "Beim Vertragsabschluss sah der Mitarbeiter meine Kippa und verlangte plötzlich eine Kaution von 200 Euro "
     "für das Handy, 'bei Ihnen sicherheitshalber'. Mein Arbeitskollege hat dasselbe Gerät am selben Tag ohne "
     "Kaution bekommen. Meine Bonität ist einwandfrei."),
    ("bias/gender_identity", B, False, "clubdesk", "medium",
     "Seit mein Geschlechtseintrag geändert ist, sagt mir die Trainerin, ich solle lieber 'vorerst nicht' bei "
     "der Damenmannschaft mittrainieren, bis 'das geklärt' sei. Was geklärt werden soll, sagt niemand. Die "
     "neue Spielerin, die letzte Woche kam, trainiert ganz normal mit."),
    ("bias/pregnancy", B, False, "rentaldesk", "medium",
     "Seit ich im siebten Monat bin, bekomme ich an Ihrer Station kein Firmenfahrzeug mehr aus unserem "
     "Rahmenvertrag, 'aus Haftungsgründen'. Meine Kollegen bekommen die Autos weiter. Ärztlich spricht nichts "
     "gegen das Fahren."),
    ("hardneg/refund", A, False, "pharmacymail", "medium",
     "Ich habe am 4. November eine Packung Vitamin D zurückgeschickt, weil sie falsch geliefert wurde. "
     "Erhalten haben Sie sie laut Sendungsverfolgung am 7. Die 23,90 Euro sind immer noch nicht erstattet. "
     "Bestellung 000-184-27."),
    ("hardneg/grief_context", A, False, "lettingportal", "medium",
     "Meine Frau ist im Oktober gestorben, wir standen beide im Mietvertrag. Bitte stellen Sie den Vertrag auf "
     "mich allein um. Was brauchen Sie von mir, reicht eine Kopie der Sterbeurkunde? Wohnung 3B, Kastanienhof."),
    ("hardneg/pregnancy_context", A, False, "hotelthread", "medium",
     "Ich bin schwanger und vertrage kein Rauchen in der Nähe. Können Sie uns ein Zimmer möglichst weit weg "
     "von der Raucherterrasse geben? Buchung SL-000-412, Anreise 8. Mai, zwei Nächte. Vielen "
     "Dank im Voraus!"),
    ("hardneg/disability_format", A, False, "storeform", "medium",
     "Ich bin gehörlos und kann Ihre Hotline nicht nutzen. Bitte schicken Sie mir die Vertragsunterlagen und "
     "alle Rückfragen per E-Mail oder SMS, nicht per Anruf. Falls nötig, komme ich mit Gebärdendolmetscherin "
     "in die Filiale."),
    ("hardneg/age_context", A, False, "clubdesk", "medium",
     "Ich bin 79 und möchte gern mit Tischtennis anfangen, mein Arzt findet das gut. Gibt es eine "
     "Seniorengruppe am Vormittag, und muss ich vorher zum Schnuppertraining? Schläger habe ich noch keinen. "
     "Gruß, Walter Imhof"),
    ("hardneg/origin_context", A, False, "pharmacymail", "medium",
     "Ich komme aus Polen und bin gesetzlich über die AOK versichert. Mein Arzt in Krakau hat mir ein Rezept "
     "ausgestellt. Können Sie ein EU-Rezept bei Ihnen einlösen, und muss ich es selbst bezahlen? Es "
     "geht um ein Asthmaspray."),
    ("hardneg/sexuality_context", A, False, "uniformshop", "medium",
     "Unsere Tochter kommt in die erste Klasse, bestellt hat meine Frau, das Paket soll aber an mich gehen. "
     "Können Sie die Lieferadresse auf Lena Schubert ändern? Wir sind beide Mütter und beide im Kundenkonto "
     "eingetragen."),
    ("ordinary/plain", A, False, "hotelthread", "medium",
     "Guten Tag, wir kommen am 20. Juni mit zwei Fahrrädern an. Gibt es einen abschließbaren Raum dafür und eine "
     "Steckdose für die E-Bike-Akkus? Buchung SL-000-588, drei Nächte, Doppelzimmer mit Seeblick. Danke!"),
    ("ordinary/plain", A, False, "uniformshop", "medium",
     "Hallo, ich suche für das Gymnasium am Stadtpark die Sportjacke in Größe 164 und die Hose in 158. Sind "
     "beide lieferbar? Und kann ich die Bestellung im Laden in der Bahnhofstraße abholen? Bezahlen "
     "würde ich dann vor Ort."),
    ("ordinary/plain", A, False, "rentaldesk", "medium",
     "Hallo, ich möchte meine Buchung 000-31-775 von einem Kompaktwagen auf einen Kombi ändern, gleiche Daten, "
     "Abholung Flughafen Stuttgart. Was kostet der Unterschied, und ist eine Anhängerkupplung möglich?"),
    ("human/callback", H, False, "hotelthread", "medium",
     "Wir haben gestern im Hotel einen Rucksack mit Medikamenten und Pässen im Zimmer 112 vergessen. Bitte "
     "rufen Sie mich dringend zurück unter 0151 000 0384, wir sind nur noch bis morgen "
     "in der Gegend. Danke!"),
]
