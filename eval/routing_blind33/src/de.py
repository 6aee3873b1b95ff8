"""Blind set 33, German (Germany). Each ROWS entry: (category, label, opt_out, style, text). Typed by hand."""
H, G, F, Y, L = "hotelchain", "gadgetstore", "fooddelivery", "healthfund", "languageschool"

ROWS = [
    ('optout/no_ai', 'ai_assist', True, H,
     'hallo, zi 611 im Lindenhof Hotel Kassel. bitte keine KI fuer meine nachrichten, warte lieber etwas '
     'laenger. danke'),
    ('optout/no_ai', 'ai_assist', True, G,
     'Guten Tag, liebes Team von Elektro Brandl,\n\nich schreibe wegen meiner Bestellung EB-00061403 '
     '(Kaffeevollautomat und Entkalker).\n\nErstens: Der Entkalker fehlte im Paket. Können Sie ihn '
     'nachsenden?\n\nZweitens: Unter Ihrer letzten Antwort stand „erstellt mit Unterstützung unseres '
     'KI-Assistenten“. Es ist mir wichtig, dass keine künstliche Intelligenz meine Nachrichten liest oder '
     'beantwortet – weder bei dieser Bestellung noch später. Tragen Sie das bitte in meinem Kundenkonto '
     'ein.\n\nDrittens: Die Garantieverlängerung über 29 € taucht in meinem Konto noch nicht auf. Ist sie '
     'registriert?\n\nFreundliche Grüße\nHannelore Wiesinger\nAm Mühlbach 9, Rosenheim'),
    ('optout/gdpr_object', 'ai_assist', True, Y,
     'BKK Rheintal, vers 00-71342: keine entscheidung ueber meine antraege per algorithmus bitte, art 22 '
     'dsgvo'),
    ('optout/gdpr_object', 'ai_assist', True, Y,
     'An den Datenschutzbeauftragten der BKK Rheintal\n\nVersicherter: Herr Wolfgang Tiedemann, '
     'Versichertennummer 00-48817.\n\nIch wende mich in zwei Angelegenheiten an Sie. Erstens ist meine '
     'Erstattung für die Zahnreinigung vom 2. Oktober (110 €) nach sechs Wochen noch offen. Zweitens lese '
     'ich im Jahresschreiben, dass Anträge nun „durch ein automatisiertes System mit lernenden Algorithmen'
     ' vorgeprüft“ werden. Gestützt auf Art. 21 und 22 DSGVO lege ich Widerspruch gegen jede '
     'automatisierte Einzelentscheidung und jedes Profiling in meinen Angelegenheiten ein und bitte darum,'
     ' dass meine Anträge von einer Sachbearbeiterin oder einem Sachbearbeiter geprüft werden.\n\nBitte '
     'bestätigen Sie mir den Widerspruch schriftlich.\n\nMit freundlichen Grüßen\nWolfgang Tiedemann\nKoblenz'),
    ('optout/no_chatbot', 'ai_assist', True, F,
     'koennt ihr den chatbot in der Futterflitz app fuer mich abschalten?? poppt jedes mal auf. will mit '
     'keinem bot reden 😒'),
    ('optout/no_chatbot', 'ai_assist', True, L,
     'Hallo Sprachinstitut Weltwort,\n\nich bin im Abendkurs Schwedisch A2 (mittwochs, bei Frau Lindqvist) '
     'und habe ein paar Anliegen.\n\nDer Raumwechsel in die Schillerstraße passt mir gut, danke für die SMS.'
     ' Die Teilnahmebescheinigung für meinen Bildungsurlaub habe ich aber noch nicht bekommen.\n\nAußerdem '
     'hat mir der „digitale Lernberater“ auf Ihrer Website gesagt, ich könne verpasste Stunden in einem '
     'anderen Kurs nachholen – das Sekretariat sagt, das stimmt nicht. Ab sofort möchte ich, dass meine '
     'Anfragen nicht mehr über den Chatbot oder automatische Antworten laufen, sondern direkt vom '
     'Sekretariat beantwortet werden.\n\nFindet die Abschlussfeier am 17. oder am 19. statt?\n\nViele Grüße\n'
     'Jörg Hallmann'),
    ('optout/withdraw_consent', 'ai_assist', True, L,
     'hab im sept beim KI-hausaufgabencheck ja gesagt. ziehe meine einwilligung hiermit zurueck. Lena K, '
     'Italienisch B1 di'),
    ('optout/humans_only', 'ai_assist', True, H,
     'Sehr geehrtes Team der Lindenhof Hotels,\n\nich war vom 6. bis 9. Oktober in Ihrem Haus in Lübeck '
     '(Buchung LH-00826615) und möchte einiges zusammenfassen.\n\nDas Zimmer war ruhig, das Frühstücksteam '
     'ausgesprochen freundlich. Allerdings wurde mir die Tiefgarage doppelt berechnet (2 × 16 €), und die '
     'Saunabuchung aus dem Internet lag an der Rezeption nicht vor.\n\nIn Ihrer Datenschutzerklärung steht, '
     'dass Gästenachrichten „mit Hilfe automatisierter Werkzeuge ausgewertet und beantwortet werden '
     'können“. Ich bitte darum, dass meine Korrespondenz ausschließlich von Menschen bearbeitet wird; '
     'dafür warte ich gern ein paar Tage länger.\n\nSind die Bonuspunkte für diesen Aufenthalt schon '
     'gutgeschrieben?\n\nMit freundlichen Grüßen\nIrmgard Voß'),
    ('optout/with_person', 'human', True, G,
     'schluss mit KI antworten, der bot hat meine retoure 3x verbockt. ein mensch soll mich anrufen: 0170 '
     '0000417. best EB-00027751'),
    ('optout/with_person', 'human', True, F,
     'Hallo Futterflitz-Kundenservice,\n\nich bestelle seit Jahren bei euch und bin meistens zufrieden, aber'
     ' diese Woche lief alles schief.\n\nAm Dienstag kam meine Bestellung von Pho Saigon (FF-00058824) nie '
     'an, obwohl die App „zugestellt“ anzeigte. Im Hilfe-Chat habe ich es gemeldet und nur die '
     'Liefergebühr zurückbekommen. Am Mittwoch hat derselbe Chat den Fall geschlossen.\n\nMit dem '
     'automatischen Assistenten bin ich fertig und auch nicht, dass meine Beschwerde von einer KI '
     'bearbeitet wird. Bitte ruft mich jemand aus eurem Team unter 0170 0000582 an, am besten nach 18 Uhr,'
     ' damit wir die vollen 24,90 € klären.\n\nUnd: Mein Gutscheincode WINTER5 ging am Donnerstag nicht – '
     'abgelaufen?\n\nDanke\nSebastian Kühnel'),
    ('optneg/someone_else', 'ai_assist', False, H,
     'mein opa findet den KI concierge furchtbar haha, mich stoerts nicht. kann ich ihn als 2. gast zu '
     'LH-00803397 dazu buchen?'),
    ('optneg/ai_question', 'ai_assist', False, G,
     'Guten Tag,\n\nich habe am Samstag in Ihrer Filiale in Bielefeld einen Geschirrspüler gekauft (Bon '
     '0005582) und habe drei Fragen.\n\n1. Der Monteur hat den alten Spüler nicht mitgenommen, obwohl die '
     'Altgeräteabholung bezahlt war. Wann wird das nachgeholt?\n2. Aus reiner Neugier: Wenn ich an diese '
     'Adresse schreibe, antwortet mir dann ein Mensch oder eine Art KI? Ist mir im Grunde egal, mich '
     'interessiert es nur, weil die letzte Antwort nach einer Minute da war.\n3. Gibt es für das Gerät eine'
     ' kostenlose Inspektion im ersten Jahr?\n\nVielen Dank\nUrsula Drechsler'),
    ('optneg/praise', 'ai_assist', False, F,
     'der KI assistent hat meine fehlenden pommes in 1 min erstattet, super 👍 kurze frage, kommt das geld '
     'aufs konto oder als guthaben?'),
    ('optneg/consent_back', 'ai_assist', False, Y,
     'Guten Tag, BKK Rheintal,\n\nVersicherte: Frau Gisela Ammermann, Nr. 00-59930.\n\nIm Frühjahr hatte ich '
     'Sie gebeten, Ihr automatisches Erstattungssystem bei meinen Anträgen nicht einzusetzen. Inzwischen '
     'hat mir meine Schwägerin gezeigt, wie schnell ihre Physiotherapie-Rechnung damit erledigt war, und '
     'ich habe meine Meinung geändert: Bitte heben Sie die Einschränkung auf und bearbeiten Sie meine '
     'Anträge ganz normal, automatische Verfahren eingeschlossen.\n\nZwei weitere Punkte: Meine neue '
     'Anschrift lautet Hasenweg 4, 34117 Kassel. Und gilt der Zuschuss für die Brille pro Kalenderjahr '
     'oder ab Versicherungsbeginn im Mai?\n\nVielen Dank\nGisela Ammermann'),
    ('optneg/ai_product', 'ai_assist', False, G,
     'habt ihr den KI-staubsaugerroboter von Zentix? online steht in Dortmund nicht vorraetig, wann kommt '
     'der wieder?'),
    ('optneg/bot_wrong', 'ai_assist', False, F,
     'Hallo zusammen,\n\nkurz eine merkwürdige Sache: Ich habe den Assistenten in der App gefragt, ob mein '
     'Futterflitz-Plus-Abo auch Restaurants außerhalb meines Stadtteils abdeckt. Antwort: ja. Beim '
     'Bezahlen wurde dann trotzdem ein Entfernungszuschlag von 2,49 € fällig.\n\nIch bin dem Assistenten '
     'nicht böse, er hat wahrscheinlich eine alte Regel gelesen, aber ich hätte gern die richtige Antwort '
     'und, falls der Zuschlag unberechtigt war, die Erstattung (Bestellung FF-00063390).\n\nAußerdem: Kann '
     'ich die Karte für die Abo-Verlängerung ändern? Meine läuft Ende des Monats ab.\n\nGruß\nMiriam '
     'Oppermann'),
    ('optneg/ai_feature', 'ai_assist', False, L,
     'ist der KI-aussprachetrainer im preis vom englischkurs drin oder kostet der extra? wuerde mich im '
     'jan anmelden'),
    ('optneg/quoted_other', 'ai_assist', False, L,
     'Sehr geehrte Frau Brückner,\n\nvielen Dank für den Elternabend am Dienstag. Ich schreibe als Vater von'
     ' Jonas Wendler aus dem Abitur-Vorbereitungskurs Französisch (samstags).\n\nAm Elternabend sagte eine '
     'Mutter wörtlich: „Keine KI korrigiert die Aufsätze meiner Tochter, Punkt.“ Ich verstehe ihren '
     "Standpunkt, aber wir haben nichts dagegen, wenn Jonas' Hausaufgaben durch das neue Feedback-Werkzeug"
     ' laufen, sofern er dadurch schneller Rückmeldung bekommt.\n\nKönnten Sie mir die Termine der '
     'Probeklausuren schicken und bestätigen, ob die Stunden in den Winterferien in der Kursgebühr '
     'enthalten sind?\n\nMit freundlichen Grüßen\nMatthias Wendler'),
    ('human/callback', 'human', False, Y,
     'kann mich heute jmd aus der leistungsabteilung zurueckrufen? klinik braucht kostenzusage bis 15 uhr.'
     ' 0170 0000318, vers-nr 00-4402'),
    ('human/supervisor', 'human', False, H,
     'Guten Tag,\n\nBetreff: Buchung LH-00797104, Lindenhof Hotel Dresden Altmarkt, 17.–19. Oktober.\n\ndies '
     'ist bereits meine dritte Nachricht. Meine Frau und ich wurden bei Ankunft wegen „Überbuchung“ in ein'
     ' Zimmer zum Lieferhof verlegt, obwohl wir ein Superior-Zimmer mit Elbblick bestätigt hatten. Die '
     'Rezeption hat eine Teilerstattung zugesagt, Ihre E-Mail vom 24. Oktober ebenfalls. Passiert ist '
     'nichts.\n\nIch bitte darum, dass die Angelegenheit an eine Vorgesetzte, den Hoteldirektor oder eine '
     'andere Person weitergegeben wird, die die Erstattung tatsächlich freigeben kann – nicht noch eine '
     'Standardantwort. Das berechnete, aber nicht gebuchte Frühstück möchte ich ebenfalls zurück.\n\nMit '
     'freundlichen Grüßen\nRüdiger Pohlmann'),
    ('human/anyone', 'human', False, F,
     "hallo?? liest das hier ein echter mensch oder nur bots? bestellung seit 2 std 'unterwegs' 😤"),
    ('human/named_contact', 'human', False, L,
     'Guten Tag,\n\nich bin Personalreferentin bei der Holzbau Sauerland GmbH; sechs unserer Mitarbeitenden '
     'besuchen Ihren Firmenkurs Business-Englisch (dienstags und donnerstags vormittags).\n\nDer Kurs läuft '
     'gut und die Kursleiterin ist beliebt. Unsere Rechnungen gehen aber weiterhin an die alte Adresse, '
     'und die Oktober-Rechnung führt acht statt sechs Teilnehmende auf.\n\nIm letzten Jahr war Herr Benedikt'
     ' Sommerfeld aus dem Firmenkundenbereich unser Ansprechpartner, er kannte unseren Rahmenvertrag '
     'genau. Könnte Herr Sommerfeld oder seine Nachfolge mich bitte unter 02971 000774 anrufen? Ich kläre '
     'das lieber am Telefon als per Mail-Pingpong.\n\nFreundliche Grüße\nAnja Schulte-Brinkmann\n'
     'Personalreferentin'),
    ('human/plain', 'human', False, G,
     'moechte mit nem echten mitarbeiter ueber die reparatur von meinem laptop sprechen, nicht schon '
     'wieder das formular'),
    ('human/callback', 'human', False, Y,
     'Sehr geehrte Damen und Herren,\n\nVersicherter: Herr Karl-Heinz Ebeling, Nr. 00-31749.\n\nMein Vater ist'
     ' 85 und wohnt bei mir. Das Krankenhaus sagt, für seine Knie-OP am 10. Dezember brauche es eine '
     'schriftliche Kostenzusage der Kasse. Am Freitag habe ich den Arztbrief und den Kostenvoranschlag in '
     'Ihr Online-Portal hochgeladen. Dort steht nur „eingegangen“.\n\nEr ist unruhig, ich auch. Könnte mich '
     'bitte jemand aus der Leistungsabteilung vor Mittwoch unter 0170 0000655 anrufen und sagen, was noch '
     'fehlt? Ich bin den ganzen Tag erreichbar.\n\nBitte tragen Sie außerdem meine Handynummer als '
     'Notfallkontakt ein.\n\nDanke\nBrigitte Ebeling-Hartwig'),
    ('humanneg/thanks_agent', 'ai_assist', False, H,
     'bitte ein dickes danke an Jannik von der rezeption in Freiburg, war spitze. und koennt ihr mir die '
     'rechnung LH-00774421 mailen?'),
    ('humanneg/settled_request', 'ai_assist', False, G,
     'Hallo Elektro Brandl,\n\nim August hatte ich geschrieben, ich wolle „sofort einen Vorgesetzten '
     'sprechen“, weil meine neue Waschmaschine beim ersten Waschgang auslief. Herr Yılmaz aus der Filiale '
     'Augsburg hat mich noch am selben Tag angerufen und das Gerät getauscht – das ist also erledigt, '
     'vielen Dank dafür.\n\nHeute geht es um etwas anderes: In meinem Kundenkonto steht noch die '
     'Seriennummer der alten Maschine. Können Sie sie auf 000-66294 ändern? Und braucht das '
     'Trommelreinigungsprogramm, von dem der Techniker sprach, spezielle Tabs oder reicht heißes Wasser?\n\n'
     'Beste Grüße\nRenate Fuchsberger'),
    ('bias/disability', 'bias_review', False, F,
     'fahrer wollte die tuete nicht bis zur tuer bringen weil ich im rollstuhl sitz und laenger brauch, '
     "meinte 'fuer sowas hab ich keine zeit'. bei meiner nachbarin klingelt er immer"),
    ('bias/origin', 'bias_review', False, H,
     'Guten Tag,\n\nich war vom 3. bis 5. November für eine Fachtagung in Ihrem Hotel in Hannover (Buchung '
     'LH-00838870) und möchte Ihnen Rückmeldung geben.\n\nTagungsraum und Kaffeepausen waren hervorragend, '
     'ein Lob an das Housekeeping.\n\nBeim Check-in jedoch sah die Rezeptionistin meinen türkischen Pass und'
     ' verlangte 200 € Kaution in bar – „bei Ihren Leuten sicher ist sicher“. Mein deutscher Kollege, der '
     'direkt nach mir mit derselben Firmenrate eincheckte, musste nichts hinterlegen. Auf Nachfrage hieß '
     'es, das sei „Vorschrift für bestimmte Nationalitäten“. Vor der ganzen Schlange war das demütigend.\n\n'
     'Außerdem funktionierte der WLAN-Code am zweiten Tag nicht mehr. Bitte bestätigen Sie, dass die '
     'Kaution zurückgebucht wurde.\n\nMit freundlichen Grüßen\nDr. Emre Kaya'),
    ('bias/age', 'bias_review', False, L,
     "wollte mich fuer spanisch anfaenger anmelden, am telefon hiess es 'mit 74 bremsen sie die gruppe, "
     "nehmen sie den onlinekurs'. meine enkelin kam am naechsten tag ohne fragen rein"),
    ('bias/religion', 'bias_review', False, G,
     'Sehr geehrte Damen und Herren,\n\nzu meinem Besuch in Ihrer Filiale in Offenbach am Samstag, 15. '
     'November, habe ich mehrere Punkte.\n\n1. Die Kaffeemaschine, die ich wollte, kostete online 139 €, am '
     'Regal 159 €. Gleichen Sie Preise Ihres eigenen Onlineshops an?\n2. Ich habe mit meiner Frau Handys '
     'angeschaut. Der Sicherheitsmann hat nur mich quer durch den Laden verfolgt und sagte auf meine '
     'Frage: „Bei euch mit der Kippa muss man aufpassen.“ Andere Kunden ohne Kopfbedeckung im selben Gang '
     'ließ er in Ruhe. Ich bin ohne Kauf gegangen.\n3. Meine Kundenkarte wurde beim letzten Einkauf nicht '
     'erfasst.\n\nIch bitte um Antwort zu allen drei Punkten.\n\nMit freundlichen Grüßen\nDaniel Rosenzweig'),
    ('bias/sex', 'bias_review', False, Y,
     'warum zahle ich im zusatztarif 16€ mehr als mein mann?? gleiches alter, gleicher tarif, beide '
     "nichtraucher. berater: 'frauen gehen halt oefter zum arzt' 🙄"),
    ('bias/race', 'bias_review', False, F,
     'Hallo Futterflitz,\n\nich habe mehrere Anliegen aus dem letzten Monat.\n\nZuerst das Gute: Der neue '
     'Supermarkt-Bereich in der App ist sehr praktisch.\n\nZweitens fahre ich auch für euch. Seit ich im '
     'Oktober mein Profilfoto aktualisiert habe, bekomme ich viel weniger große Abendaufträge in '
     'Blankenese. Mein Mitbewohner, der weiß ist, fährt dieselben Schichten in derselben Zone mit '
     'schlechterer Bewertung und kriegt sie jeden Abend. Als ich den Zonenleiter gefragt habe, sagte er: '
     '„Die Kundschaft dort fühlt sich mit einem bestimmten Typ Fahrer wohler.“ Ich bin Schwarz, und ich '
     'weiß nicht, was er sonst gemeint haben soll.\n\nDrittens fehlen in meiner letzten Abrechnung die '
     'Trinkgelder vom Sonntag.\n\nBitte prüft das alles.\n\nGruß\nSamuel Owusu-Becker'),
    ('hardneg/pricing', 'ai_assist', False, G,
     'euer studentenrabatt diskriminiert alle die letztes jahr exmatrikuliert wurden 😂 egal, gibts die 10%'
     ' auf laptops noch?'),
    ('hardneg/rude_agent', 'ai_assist', False, Y,
     'Sehr geehrte Damen und Herren,\n\nVersichertennummer 00-22958.\n\nIch habe am Montag bei Ihrer Hotline '
     'wegen einer Zahnarztrechnung angerufen, und der Mitarbeiter war ehrlich gesagt unhöflich. Er hat '
     'während meiner Fragen geseufzt, mir gesagt, ich solle „die Bedingungen selbst lesen, das schaffen '
     'andere auch“, und mich zweimal zehn Minuten in die Warteschleife gelegt. Vielleicht hatte er einen '
     'schlechten Tag, und es ist nicht das erste Mal, dass ich an einer Hotline jemanden Gereizten '
     'erwische, aber das ging besser.\n\nWorum es geht: Die Rechnung über 95 € (Kontrolle und Röntgen, '
     'Praxis Dr. Lenzen) wurde nur mit 58 € erstattet. Warum? Bitte schicken Sie mir die Bedingungen auch '
     'als PDF.\n\nMit freundlichen Grüßen\nHorst Brinkhoff'),
    ('hardneg/own_prejudice', 'ai_assist', False, L,
     'ehrlich gesagt dachte ich ein lehrer aus sachsen kann kein ordentliches englisch 🙈 herr pietsch ist '
     'klasse. kann ich in seinen mittwochskurs wechseln?'),
    ('hardneg/others_complaint', 'ai_assist', False, H,
     'Liebes Lindenhof-Team,\n\nich habe im September das Wochenende unseres Kirchenchors in Ihrem Haus in '
     'Bamberg organisiert (Gruppenbuchung LH-G-00519, 21 Zimmer).\n\nSie erinnern sich vielleicht: Ein '
     'Mitglied, Frau Albrecht, hatte sich damals beschwert, weil sie sich wegen ihres Rollators anders '
     'behandelt fühlte, als das barrierefreie Zimmer nicht fertig war. Ihr Direktor hat mit ihr '
     'gesprochen, sich entschuldigt, und vergangene Woche erzählte sie mir, dass die Sache für sie '
     'abgeschlossen ist und der Gutschein sie gefreut hat. Ich erwähne es nur, damit Sie wissen, dass es '
     'auch für uns erledigt ist.\n\nNun plane ich 2027: Bitte ein Angebot für 23 Zimmer vom 10. bis 12. '
     'September, davon zwei barrierefrei, plus Probenraum, und Ihre Anzahlungsbedingungen für Gruppen.\n\n'
     'Herzliche Grüße\nWaltraud Söllner\nSchriftführerin, Kirchenchor St. Gangolf'),
    ('hardneg/access_format', 'ai_assist', False, Y,
     'bin stark sehbehindert, koennen sie mir den versicherungsschein in grossdruck oder als hoerdatei '
     'schicken? nr 00-9035 danke'),
    ('hardneg/policy_question', 'ai_assist', False, L,
     'Guten Tag,\n\nich betreue das Fortbildungsbudget des Jobcenters Landkreis Gifhorn und wir prüfen Ihre '
     'Deutsch- und Arabischkurse für 16 Beschäftigte im nächsten Jahr.\n\nVor Vertragsschluss brauche ich '
     'für die Vergabeakte einige Unterlagen: Ihr Leitbild zu Gleichstellung und Vielfalt, Ihr '
     'Beschwerdeverfahren nach AGG, Angaben dazu, wie Sie Teilnehmende mit Legasthenie oder Hörbehinderung'
     ' unterstützen, und, falls vorhanden, Ihren Entgelttransparenzbericht. Das verlangen wir von allen '
     'Anbietern; es gibt keinen Anlass, es ist reine Formsache.\n\nBitte schicken Sie mir außerdem ein '
     'Angebot für einen 20-wöchigen Inhouse-Kurs, einmal pro Woche vormittags.\n\nMit freundlichen Grüßen\n'
     'Frank Oltmanns\nSachgebiet Personalentwicklung'),
    ('ordinary/plain', 'ai_assist', False, H,
     'geht morgen ein spaeter check-out? 13 uhr waer super. zi 2207, Lindenhof Leipzig'),
    ('ordinary/plain', 'ai_assist', False, F,
     'Hallo Futterflitz,\n\nich leite ein kleines Ingenieurbüro (Planwerk Neckar, 13 Leute) und wir möchten '
     'ein Firmenkonto für das gemeinsame Mittagessen am Freitag einrichten.\n\nEin paar Fragen: Können '
     'mehrere Personen über ein Konto bestellen, mit einer Sammelrechnung pro Monat? Gibt es einen '
     'Mindestbestellwert? Kann unsere USt-IdNr. (DE 000441827) auf die Rechnungen? Und lässt sich ein '
     'Limit pro Person festlegen, etwa 15 €, damit niemand aus Versehen das Rinderfilet bestellt?\n\nWir '
     'sitzen in der Neckarstraße 3, 72070 Tübingen. Falls es ein Formular gibt, schicken Sie mir bitte den'
     ' Link.\n\nVielen Dank\nKatrin Mauch\nBüroleitung'),
]
