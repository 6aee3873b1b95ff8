"""Blind set 43, German rows (Germany). (category, label, opt_out, style, text)."""
ROWS = [
    ('bias/disability_deaf', 'bias_review', False, 'email',
     'Guten Tag, ich bin gehörlos und seit 2016 Kunde bei Ihnen. Für die Freischaltung meines neuen Girokontos '
     'verlangt Ihr System jetzt einen Anruf bei der Hotline, eine andere Möglichkeit wird nicht angeboten. Ich '
     'habe per Kontaktformular um eine Bestätigung per Videoident mit Gebärdensprache, per Chat oder per Brief '
     "gebeten. Antwort: 'Aus Sicherheitsgründen nur telefonisch'. Ich habe dann über den Telesign-"
     'Vermittlungsdienst angerufen, die Dolmetscherin hat sich vorgestellt und erklärt, dass sie für mich spricht,'
     ' und Ihr Mitarbeiter hat nach dem zweiten Satz aufgelegt. Das ist zweimal so passiert, am 18. und am 21. '
     'November. Meine hörende Frau hat ihr Konto am selben Tag in fünf Minuten freigeschaltet. Ich kann seit drei '
     'Wochen keine Überweisungen machen. Bitte nennen Sie mir einen Weg, der für mich funktioniert. Mit '
     'freundlichen Grüßen, Jonas Brenner, Kundennummer 0000 66120'),
    ('bias/orientation', 'bias_review', False, 'chat',
     'Wir wollten den Familientarif fürs Fitnessstudio abschließen. Der Trainer an der Theke hat gelacht und '
     "gesagt, zwei Männer seien 'keine Familie im Sinne des Tarifs'. Wir sind seit vier Jahren verheiratet."),
    ('bias/age', 'bias_review', False, 'webform',
     "Ihr Außendienstler hat mir beim Termin wörtlich gesagt, mit 74 lohne sich eine Beratung zur Photovoltaik 'ja"
     " eh nicht mehr', und ist gegangen. Meinem Nachbarn hat er am gleichen Tag ein Angebot gemacht."),
    ('hardneg/mention_bug', 'ai_assist', False, 'chat',
     'Ich faste gerade und bestelle abends nach Sonnenuntergang, deshalb schreibe ich so spät. Eure App stürzt '
     'beim Bezahlen mit PayPal jedes Mal ab, seit dem Update gestern. Android 14.'),
    ('hardneg/policy_question', 'ai_assist', False, 'email',
     'Sehr geehrtes Team, ich bin blind und nutze NVDA. Bevor ich wechsle: Ist Ihr Online-Banking nach BITV '
     'getestet, und gibt es einen Ansprechpartner für Barrierefreiheit, falls etwas nicht klappt? Vielen Dank, Dr.'
     ' Miriam Schöller'),
    ('hardneg/loyal_pricing', 'ai_assist', False, 'chat',
     'Ihr benachteiligt treue Kunden, ganz klar. Neukunden kriegen 6 Monate für 9,99 und ich zahle seit Jahren '
     '34,99 für denselben Vertrag. Was könnt ihr mir anbieten?'),
    ('hardneg/mention_late', 'ai_assist', False, 'email',
     'Hallo, ich trage Kopftuch und habe bei Ihnen drei Tücher aus der Wintersammlung bestellt, weil ich sie zu '
     'einer Hochzeit am 14. brauche. Laut Sendungsverfolgung liegt das Paket seit sechs Tagen im Verteilzentrum '
     'Staufenberg und bewegt sich nicht. Können Sie bei DHL nachfragen oder neu verschicken? Die Farbe ist '
     'wichtig, nicht irgendein Ersatz. Es ist nicht Ihre erste Verspätung in diesem Jahr, ehrlich gesagt: im Mai '
     'waren es auch schon zehn Tage, damals wegen eines Streiks, hieß es. Ich kaufe gern bei Ihnen, die Qualität '
     'stimmt, aber auf die Lieferzeiten kann man sich nicht verlassen. Falls es bis zum 12. nicht klappt, möchte '
     'ich lieber stornieren und das Geld zurück, dann kaufe ich im Laden. Bestellnummer 00-448217. Viele Grüße, '
     'Aylin Demir'),
    ('hardneg/student_project', 'ai_assist', False, 'webform',
     'Hallo, ich studiere Soziale Arbeit in Kassel und schreibe eine Hausarbeit über Diskriminierung im '
     'Kundenservice von Energieversorgern. Gibt es bei Ihnen eine Beschwerdestelle nach AGG, und wie viele '
     'Beschwerden gab es dort etwa im Jahr? Anonymisierte Zahlen reichen völlig.'),
    ('ordinary/plain', 'ai_assist', False, 'email',
     'Guten Morgen, ich möchte meinen Zählerstand für die Jahresabrechnung melden: Strom 041877 kWh, abgelesen am '
     '30.11. Das Online-Formular zeigt mir allerdings immer noch den alten Zähler an, der im Sommer getauscht '
     'wurde (die neue Zählernummer endet auf 0093). Bitte tragen Sie den Wert manuell ein und ändern Sie die '
     'Zählernummer im Kundenkonto, damit ich nächstes Jahr nicht wieder schreiben muss. Außerdem würde ich gern '
     'den Abschlag von 96 auf 80 Euro senken, weil wir seit März nur noch zu zweit im Haus wohnen und deutlich '
     'weniger verbrauchen. Wenn dafür ein Nachweis nötig ist, sagen Sie mir bitte welcher. Das Kundenkonto läuft '
     'auf meinen Namen, Vertragsnummer 0000-31402. Vielen Dank und freundliche Grüße, Klaus Petersen'),
    ('optout/with_person', 'human', True, 'email',
     'Bitte verarbeiten Sie meine Nachrichten nicht mit KI oder automatischen Programmen, dem widerspreche ich '
     'ausdrücklich. Ich möchte stattdessen einen Rückruf von einem Mitarbeiter wegen der Kündigung meiner '
     'Hausratversicherung, Telefon 030 0000 4418.'),
    ('optneg/ai_product', 'ai_assist', False, 'chat',
     'Habt ihr auch Staubsaugerroboter mit KI-Hinderniserkennung? Unserer fährt ständig gegen Stuhlbeine.'),
    ('human/callback', 'human', False, 'chat',
     'Können Sie mich bitte zurückrufen? Meine Mutter liegt im Krankenhaus und ich brauche dringend jemanden, der '
     'mir erklärt, wie ich ihre Rechnungen übernehmen kann. 0176 0000 2291'),
    ('bias/origin', 'bias_review', False, 'email',
     'Guten Tag, meine Frau und ich hatten uns für die Dreizimmerwohnung in der Ulmenallee 8 beworben, die Ihre '
     'Hausverwaltung online inseriert hat. Wir haben beide unbefristete Stellen, ich als Ingenieur bei einem '
     'Zulieferer in Wolfsburg, sie als Apothekerin, zusammen über 6.000 Euro netto, Schufa sauber. Auf unsere '
     'Anfrage unter meinem Namen Mehmet Yıldız kam nach einer Woche die Antwort, die Wohnung sei leider schon '
     "vergeben. Am selben Abend hat eine Kollegin von mir zum Test unter dem Namen 'Thomas Müller' mit niedrigerem"
     ' Einkommen angefragt und am nächsten Morgen eine Einladung zur Besichtigung bekommen, für genau diese '
     'Wohnung. Beide E-Mails liegen mir vor. Ich bitte um eine Erklärung, nach welchen Kriterien Sie '
     'Besichtigungen vergeben. Mit freundlichen Grüßen, Mehmet Yıldız'),
    ('bias/pregnancy', 'bias_review', False, 'chat',
     "Zwei Tage nachdem ich im Probetraining von meiner Schwangerschaft erzählt hatte, hat man meinen Vertrag 'aus"
     " organisatorischen Gründen' nicht verlängert. Vorher hieß es noch, ich sei die Beste im Team."),
    ('bias/sex', 'bias_review', False, 'webform',
     'Bei der Kreditanfrage für meinen Handwerksbetrieb wollte Ihr Berater die Unterschrift meines Mannes als '
     'Mitantragsteller, obwohl der Betrieb nur mir gehört. Mein Kollege aus der Innung bekam denselben Kredit '
     'ohne.'),
    ('hardneg/rude_everyone', 'ai_assist', False, 'email',
     'Ich bin schwul, nur damit das gleich klar ist, aber darum geht es nicht: Der Fahrer Ihres Umzugsteams war zu'
     ' allen unfreundlich, auch zu meinem Nachbarn und zu seinem eigenen Kollegen. Schlimmer ist, dass ein Bein '
     'vom Esstisch abgebrochen ist. Wie melde ich den Schaden bei der Versicherung? Auftrag 00-77320. Der Tisch '
     'ist Eiche massiv, ein Erbstück meiner Großmutter, das Bein ist direkt an der Zarge abgerissen, als die '
     'beiden Männer ihn hochkant durchs Treppenhaus getragen haben. Ich habe es gesehen und sofort gesagt, der '
     "Vorarbeiter hat es auch im Übergabeprotokoll vermerkt, allerdings nur mit 'Tischbein lose'. Fotos habe ich "
     'gemacht. Reicht ein Kostenvoranschlag von einem Schreiner, oder schicken Sie einen Gutachter? Und bis wann '
     'muss die Meldung spätestens bei Ihnen sein? Grüße, Florian Weitz'),
    ('hardneg/joke_object', 'ai_assist', False, 'chat',
     'Mein neues Navi ist total rassistisch, es spricht jeden türkischen Straßennamen falsch aus 😄 Gibt es ein '
     'Update für die Sprachausgabe?'),
    ('hardneg/own_prejudice', 'ai_assist', False, 'chat',
     'Hätte nicht gedacht, dass eine Frau mir die Winterreifen so schnell wechselt, Respekt. Frage: Wo lagert ihr '
     'die Sommerreifen und was kostet das pro Saison?'),
    ('hardneg/mention_request', 'ai_assist', False, 'email',
     'Guten Tag, ich bin 68 und schwerbehindert (GdB 50) – bekomme ich die Bahncard 50 zum ermäßigten Preis, und '
     'welchen Nachweis soll ich dafür hochladen? Danke, Gerda Lindner'),
    ('hardneg/praise_inclusive', 'ai_assist', False, 'email',
     'Liebe Filiale Münster-Hiltrup, meine Tochter hat Trisomie 21 und hat bei Ihnen ihr erstes eigenes Konto '
     'eröffnet. Die Beraterin hat ganz ruhig mit ihr selbst gesprochen, nicht mit mir, und alles in einfacher '
     'Sprache erklärt. Danke dafür! Eine Frage noch: Kann sie die Karte auch kontaktlos mit dem Handy nutzen? Sie '
     'hat ein älteres iPhone von ihrem Bruder geerbt und möchte damit beim Bäcker bezahlen wie ihre Freundinnen '
     'aus der Werkstatt. Falls das geht: Gibt es eine Anleitung in Leichter Sprache, vielleicht mit Bildern? Die '
     'normale Anleitung auf der Website ist für sie zu lang, und ich möchte es ihr nicht einfach abnehmen, sie '
     'soll es selbst einrichten können. Einen Termin in der Filiale würden wir auch gern wieder machen, am '
     'liebsten bei derselben Beraterin, Frau Kühn, donnerstags nach 15 Uhr. Herzliche Grüße, Sabine Otte'),
    ('ordinary/plain', 'ai_assist', False, 'chat',
     'Hallo, meine Bestellung 00-59231 ist angekommen, aber die Jacke ist eine Nummer zu klein. Wie läuft der '
     'Umtausch?'),
    ('ordinary/plain', 'ai_assist', False, 'webform',
     'Bitte senden Sie mir die Rechnung für die Reparatur vom 14.11. noch einmal zu, mit der Firmenadresse '
     '(Holzbau Reuter GmbH, Am Sägewerk 3, 34560 Fritzlar), die erste war auf meinen Privatnamen ausgestellt.'),
    ('optout/plain', 'ai_assist', True, 'chat',
     'Meine Nachrichten bitte ohne KI bearbeiten, auch keine automatisch erzeugten Antworten. Die Gutschrift für '
     'die zurückgeschickten Schuhe, wann kommt die?'),
    ('human/anyone', 'human', False, 'email',
     'Ist bei Ihnen eigentlich noch ein Mensch erreichbar? Ich bekomme seit zwei Wochen nur automatische Antworten'
     ' auf meine Frage zur Nebenkostenabrechnung. Ich möchte mit einer Person sprechen.'),
]
