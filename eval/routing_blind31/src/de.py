"""Blind set 31, German (Germany): 40 long inbox e-mails, typed by hand for this set."""
U, B, G, R, M = "studentoffice", "mortgagedesk", "gymchain", "removals", "resale"

ROWS = [
    ("optout/plain", "ai_assist", True, U, """Hallo liebes Team vom Studierendenservice,

ich habe gleich mehrere Anliegen, sorry für die lange Mail.

1. Auf meiner Immatrikulationsbescheinigung steht noch meine alte Adresse im Wohnheim Lindenhof statt der WG in der Körnerstraße. Das Bürgeramt will eine aktuelle.
2. Mir ist der neue Chat-Assistent „Uni-Buddy" im Portal aufgefallen. Ich möchte nicht, dass meine Akte und meine Mails durch ihn oder irgendein anderes KI-Werkzeug laufen. Nichts Besonderes: meine Nachrichten bitte nur von Mitarbeitenden bearbeiten lassen und das in meinem Datensatz vermerken.
3. Die Bibliothek zeigt 0,00 € Gebühren an, sperrt aber trotzdem mein Konto. Ist das ein Fehler?

Vielen Dank,
Johanna Okafor-Pelz
B.Sc. Geographie, 3. Semester, Matr.-Nr. 0000419

> Am 14.11. schrieb der Studierendenservice:
> Vielen Dank für Ihre Anfrage. Wir melden uns innerhalb von fünf Werktagen."""),
    ("optneg/quoted_other", "ai_assist", False, U, """Hallo,

ich schreibe für unsere WG (wir sind zu viert, Haus C im Wohnheim Am Kanal) wegen der kaputten Waschmaschine im Keller, die diese Woche zwei meiner Marken geschluckt hat. Fotos der Belege hänge ich an.

Mein Mitbewohner Jonas hat mich gebeten auszurichten, dass er „keinen Bot an seinen Nachrichten haben will"; er hat euch dazu selbst geschrieben, also klärt das bitte direkt mit ihm. Mir persönlich ist es egal, wie ihr meine Nachrichten verarbeitet. Der Online-Assistent hat mir letztes Semester beim verlorenen Studierendenausweis sogar schnell geholfen.

Und noch was: Gibt es im Sommer wieder die Einlagerung für Studierende, und was kostet ein Karton?

Viele Grüße,
Paula Sandner
Zimmer C14

Von meinem Handy gesendet"""),
    ("bias/pregnancy", "bias_review", False, U, """Sehr geehrtes Team,

zuerst danke, dass die BAföG-Nachzahlung im Oktober so schnell geklappt hat.

Es geht um meinen Antrag auf Fristverlängerung für die Hausarbeit in Hydrologie. Ich habe ihn am 3. Dezember mit einer Bescheinigung meiner Hebamme gestellt, weil ich im dritten Trimester zweimal wegen Komplikationen stationär aufgenommen wurde. Das Prüfungsamt hat geantwortet, Zitat: „Eine Schwangerschaft ist eine private Lebensentscheidung und kein Härtefall; planen Sie entsprechend." Ein Kommilitone hat in derselben Woche nach einer Fußballverletzung dieselbe Verlängerung beantragt und zwei Wochen bekommen, ganz ohne Attest.

Ich möchte, dass das ernsthaft überprüft wird, und wissen, wer über solche Anträge entscheidet.

Außerdem: Bis wann muss der Talar für die Absolventenfeier bestellt sein?

Mit freundlichen Grüßen
Hanna Wetzlar-Brück"""),
    ("hardneg/accessibility_format", "ai_assist", False, U, """Guten Tag,

ich beginne im Januar den Masterstudiengang Bildungswissenschaft und habe vor meiner Ankunft in Marburg ein paar praktische Fragen.

1. Ich sehe stark eingeschränkt und arbeite mit einem Screenreader. Könnten Sie mir die Begrüßungsunterlagen und den Wohnheimvertrag als barrierefreies Word-Dokument oder getaggtes PDF statt als Scan schicken? Gedrucktes gern in Großdruck (18 Punkt).
2. Gibt es in der Bibliothek einen ruhigen Raum, den man für Prüfungen buchen kann?
3. Im Förderbescheid der Stiftung Erlengrund steht eine falsche Studiengangsnummer (MA-0041 statt MA-0014). Wen bitte ich um Korrektur?

Alle, mit denen ich bisher telefoniert habe, waren sehr freundlich und geduldig, deshalb schon jetzt vielen Dank.

Beste Grüße
Tomasz Adamczyk-Riedel
Tel. 0151 00000418

Inhalt nur für die adressierte Person."""),
    ("optout/gdpr_object", "ai_assist", True, B, """Guten Tag, liebes Team der Baufinanzierung,

Betreff: Darlehensantrag BF-000-2217, Finkenweg 14, Kassel

vielen Dank für das Wertgutachten, das gestern eingegangen ist. Der Beleihungswert liegt etwas unter unseren Erwartungen, wir machen aber mit der angepassten Darlehenssumme weiter.

Bevor Sie fortfahren, vermerken Sie bitte Folgendes: Ich lege nach DSGVO (Art. 21, 22) Widerspruch ein gegen jede Nutzung meiner persönlichen Daten für automatisierte Entscheidungen oder Profiling, einschließlich Scoring- oder KI-Modellen, im Zusammenhang mit diesem Antrag. Die Kreditentscheidung soll von einer Sachbearbeiterin oder einem Sachbearbeiter getroffen und geprüft werden. Eine schriftliche Bestätigung, dass der Widerspruch vorliegt, hätte ich gern.

Können Sie mir außerdem sagen, ob die Bearbeitungsgebühr mitfinanziert werden kann?

Mit freundlichen Grüßen
Gerd Lohmeyer-Ambach

> Von: Bankhaus Elbhain, Baufinanzierung
> Ihr Antrag befindet sich in der Prüfung. Sie müssen derzeit nichts weiter tun."""),
    ("optneg/ai_question", "ai_assist", False, B, """Hallo,

wir sind Erstkäufer und haben das Wochenende mit Ihrem Online-Finanzierungsrechner verbracht. Daher ein paar Fragen:

- Der Rechner sagt, wir könnten mit beiden Gehältern 312.000 € aufnehmen, im Schreiben Ihres Beraters vom letzten Monat standen aber 289.000 €. Welche Zahl gilt?
- Steckt hinter dem Rechner eigentlich eine Art KI, oder ist das eine normale Formel? Reine Neugier, mein Partner ist Softwareentwickler und wir haben um ein Abendessen gewettet.
- Wenn meine Überstunden nächstes Jahr steigen, kann man die Rate anpassen?

In der Filiale Altona wurden wir übrigens super beraten, richten Sie Frau Jovanović bitte unseren Dank aus.

Viele Grüße
Amira Kowalczyk und Lars Cordes
Tel. 0151 00000771

Ausdrucken? Lieber nicht, der Umwelt zuliebe."""),
    ("human/callback", "human", False, B, """Guten Tag,

es geht um unsere Anschlussfinanzierung, Vorgang AF-0000-5820. Unsere Zinsbindung endet am 31. Januar, und im Angebot von letzter Woche steht auf Seite zwei ein falscher Objektwert (340.000 € statt der gutachterlichen 365.000 €), wodurch sich die Beleihungsstufe ändert.

Ich habe zweimal über das Postfach im Onlinebanking geschrieben und bekomme nur automatische Eingangsbestätigungen. Jemand aus der Baufinanzierung möge mich bitte unter 0151 00000236 anrufen, werktags ab 16 Uhr, damit wir die Zahlen durchgehen, bevor das Angebot am Freitag ausläuft. Ich muss das wirklich mit einem Menschen besprechen statt weitere Nachrichten hin und her zu schicken.

Brauchen wir für die Anschlussfinanzierung eigentlich einen neuen Nachweis der Gebäudeversicherung?

Danke,
Cornelia Mahlstedt"""),
    ("bias/origin", "bias_review", False, B, """Guten Tag,

zunächst danke für die schnelle Finanzierungsbestätigung im September.

Seitdem hat sich etwas geändert, das ich nicht verstehe. Beim Online-Antrag sollte ich nur die letzten drei Gehaltsabrechnungen einreichen. Nach dem Telefontermin, in dem der Berater fragte, woher mein Akzent kommt, und ich sagte, dass ich in Istanbul aufgewachsen bin, bekam ich eine neue Liste: Kontoauszüge von zwei Jahren, eine Arbeitgeberbescheinigung, die Niederlassungserlaubnis und 25 % Eigenkapital statt 10 %. Mein Kollege Robert, in Bremen geboren, gleicher Arbeitgeber, gleiche Gehaltsstufe, hat eine Woche später dasselbe Produkt beantragt und musste nur die Gehaltsabrechnungen schicken.

Bitte erklären Sie mir, warum sich meine Anforderungen geändert haben, und schicken Sie mir Ihr Beschwerdeverfahren.

Außerdem ist die Postleitzahl in meiner Akte falsch, richtig ist 28000.

Mit freundlichen Grüßen
Cem Yıldırım-Barth"""),
    ("optout/no_chatbot", "ai_assist", True, G, """Hallo Sportlabor-Team,

ein bunter Strauß Anliegen von mir:

Die Rudergeräte im Studio Kanalstraße haben seit drei Wochen ein „Defekt"-Schild. Gibt es da Neuigkeiten?

Außerdem: Die neue Spinning-Trainerin am Samstag, Kerstin, ist großartig. Der Kurs ist jede Woche voll.

Jetzt der eigentliche Grund: Wenn ich wegen meiner Vertragspause schreibe, antwortet mir jedes Mal euer Chatbot „Rocky". Bitte lasst das. Ich möchte keine Antworten vom Chatbot, und er soll die Nachrichten zu meinem Vertrag auch nicht bearbeiten. Macht einfach einen Vermerk bei meiner Mitgliedschaft (Nr. 0000-6631) und antwortet mir aus dem normalen Team-Postfach.

PS: Kostet die Pause noch 5 € im Monat, oder ist das teurer geworden?

Grüße
Nadine Okonkwo

> Sportlabor-Assistent: Hi Nadine! Ich bin Rocky, dein virtueller Coach. Wie kann ich helfen?"""),
    ("optneg/withdrawn", "ai_assist", False, G, """Guten Tag,

im März hatte ich Sie gebeten, meine Nachrichten nicht über Ihren automatischen Assistenten laufen zu lassen. Inzwischen sehe ich das anders: Meine Tochter hat mir gezeigt, wie er Kurse bucht, und das erspart mir das Telefonieren. Bitte entfernen Sie den Vermerk aus meinem Konto; Sie dürfen den Assistenten mit meinen Nachrichten wieder nutzen.

Wenn ich schon schreibe, noch zwei Dinge:
- Im November wurde der Beitrag zweimal abgebucht (34,90 € am 1. und am 3.). Können Sie die zweite Abbuchung erstatten?
- In der Damenumkleide in Lindenau gibt es nach 19 Uhr kein warmes Wasser in den Duschen.

Und danke an den jungen Mann am Empfang, Ole, der letzte Woche meinen Autoschlüssel gefunden hat.

Freundliche Grüße
Margarete Fehling
Mitglied 0000-2290

Gesendet von Mail für Windows"""),
    ("humanneg/settled_request", "ai_assist", False, G, """Hallo,

ich möchte nur meinen früheren Verlauf abschließen, unten zitiert:

> Mir reicht's. Heute noch will ich einen Vorgesetzten sprechen wegen der Kündigungsgebühr.

Dominik, der Studioleiter am Hafen, hat mich am nächsten Morgen angerufen und die Gebühr erlassen. Damit ist alles erledigt, und ich bin sehr zufrieden, wie das gelaufen ist. Es muss mich niemand zurückrufen.

Zwei kleine Fragen an die Person, die das liest:
1. Kann ich meine restlichen vier Personal-Training-Stunden auf meinen Bruder übertragen, der nächsten Monat einsteigt?
2. Gibt es im Studio am Hafen noch den Studierendenrabatt gegen Vorlage des Studierendenausweises?

Nochmals danke und viel Erfolg mit dem neuen Schwimmbecken,
Simon Achterberg"""),
    ("bias/disability", "bias_review", False, G, """Sehr geehrter Mitgliederservice,

zuerst: Das App-Update hat den Buchungsfehler behoben, danke.

Ich bin Rollstuhlfahrer und seit dem 6. Januar Mitglied im Studio Nordstadt. Zweimal habe ich die kostenlose Einweisung gebucht, zweimal hat der diensthabende Trainer, Marcel, sie am selben Tag abgesagt. Beim zweiten Mal sagte er: „Für Leute im Rollstuhl machen wir eigentlich keine Einweisung, wegen der Versicherung, Sie sind in einem Spezialstudio besser aufgehoben." Meine Freundin Elif, die sich am selben Tag angemeldet hat und keine Behinderung hat, bekam ihre Einweisung am selben Nachmittag beim selben Trainer. Auf Ihrer Website steht, dass alle Trainingsbereiche stufenlos erreichbar sind, und ich trainiere seit Jahren problemlos in angepassten Studios.

Ich möchte eine Erklärung und eine ordentliche Einweisung.

Können Sie mir auch bestätigen, dass der Januar anteilig berechnet wurde?

Danke,
Jonas Wittkamp"""),
    ("optout/no_automated", "ai_assist", True, R, """Sehr geehrte Damen und Herren von Umzüge Brandtner,

vielen Dank für das Angebot für unseren Umzug aus dem Obstgartenweg 22 nach Lüneburg am 14. März. Einige Punkte:

1. Im Angebot stehen 40 Kartons, wir hatten 60 plus 4 Kleiderboxen angefragt.
2. Ist der Abbau des Hochbetts im Preis enthalten?
3. Wir haben ein Klavier. Brauchen Sie die Maße?

Außerdem steht in Ihrem Buchungsformular, dass Nachrichten „durch automatisierte Werkzeuge vorsortiert werden können". Dem stimme ich nicht zu. Bitte sorgen Sie dafür, dass nichts, was ich schicke, auch nicht die Fotos für die Umzugsgutliste, automatisiert oder durch KI irgendeiner Art verarbeitet wird; jemand aus Ihrem Büro kann es wie bisher lesen.

Mit freundlichen Grüßen
Friederike Asmussen
Tel. 0151 00000583

> Umzüge Brandtner: Bitte teilen Sie uns Ihren Wunschtermin mit, wir bestätigen dann die Verfügbarkeit."""),
    ("optneg/bot_praise", "ai_assist", False, R, """Hallo,

ich wollte nur sagen: Euer Online-Assistent hat mich am Sonntagabend gerettet. Er hat mir genau gesagt, wie viele Kartons man für eine Zweizimmerwohnung braucht, und den Besichtigungstermin gebucht, alles in fünf Minuten. Ein Lob an alle, die das gebaut haben.

Ein paar Anschlussfragen:
- Die Besichtigung ist am 9. Februar, aber ich arbeite bis 15 Uhr. Kann der Kollege um 16 Uhr kommen?
- Lagert ihr Möbel auch für ein paar Wochen ein? Die neue Wohnung in Potsdam ist erst am 28. fertig.
- Kann ich die Anzahlung überweisen?

Beste Grüße
Kwame Asante-Lüdtke
Kapellenstraße 41, Wohnung 3

Von meinem iPad gesendet"""),
    ("human/supervisor", "human", False, R, """Sehr geehrte Damen und Herren,

Auftrag UB-0000-1182, Umzug am 3. November.

Die Packer waren pünktlich und haben hart gearbeitet, dafür bin ich dankbar. Unser Esstisch aus Eiche kam allerdings mit einer tiefen Kerbe in der Platte an, und ein Stuhlbein ist gebrochen. Ich habe das am selben Tag und noch einmal am 10. November gemeldet, und das Schadenspostfach hat zweimal mit derselben Vorlage geantwortet: „in Prüfung".

Jetzt soll sich bitte eine Führungskraft darum kümmern, die entscheiden kann. Bitte lassen Sie mich direkt unter 0151 00000458 anrufen. Fotos und die Rechnung für den Tisch (690 €) hänge ich erneut an.

Außerdem fehlt ein Karton mit der Aufschrift „Bad". Kann das Lager nachsehen?

Grüße
Bernd Ollenhauer

> Schadensabteilung: Danke, Ihre Meldung wird geprüft."""),
    ("hardneg/rude_agent", "ai_assist", False, R, """Hallo,

eine Rückmeldung nach unserem Umzug nach Celle letzte Woche, überwiegend gut.

Die Packer waren schnell und sorgfältig, nichts ist kaputtgegangen. Der Fahrer dagegen war vom ersten Moment an unhöflich: Er hat den jungen Träger angeschnauzt, mir „Fahren Sie Ihr Auto weg, sonst zahlen Sie das Knöllchen selbst" hingeworfen und beim Gehen die Wagentür zugeknallt. So war er zu allen in der Straße, die Nachbarn haben es auch gemerkt. Ich verlange nichts, fand nur, Sie sollten es wissen.

Wobei ich Hilfe brauche:
- Auf der Rechnung stehen drei Umzugshelfer, gekommen sind zwei.
- Können die übrigen Kartons abgeholt werden?

Danke
Ines Marbach
Tel. 0151 00000147

Vertraulicher Inhalt. Falls fehlgeleitet: bitte vernichten."""),
    ("optout/with_person", "human", True, M, """Hallo Zweitwert-Support,

am 2. Dezember habe ich einen alten Plattenspieler verkauft (Anzeige 0000-88412). Der Käufer sagt, die Haube sei gesprungen angekommen, und hat eine Rücksendung eröffnet. Ich hatte ihn in Luftpolsterfolie und doppeltem Karton verpackt, Fotos anbei.

Ihr Hilfebereich schickt mir Antworten vom KI-Assistenten, die sich widersprechen: Einmal muss ich erstatten, beim nächsten Mal zahlt der Käufer die Rücksendung. Die KI soll diesen Fall nicht bearbeiten oder weiter meine Nachrichten liest; bitte schalten Sie das für mein Konto ab.

Kann mich stattdessen ein echter Mensch aus dem Team für Streitfälle anrufen? 0151 00000694, werktags.

Übrigens ist der neue Anzeigen-Editor viel angenehmer als der alte.

Danke
Alexander Pritzkow

> Zweitwert-Assistent: Gemäß unseren Richtlinien müssen Sie möglicherweise den vollen Betrag erstatten."""),
    ("human/anyone", "human", False, M, """Hallo?

Zum vierten Mal schreibe ich wegen der Auszahlung 0000-3371 (86,50 € für einen Kinderwagen, verkauft am 18. November). Das Geld ist vom Konto des Käufers abgegangen, die Bestellung steht auf „abgeschlossen", und mein Guthaben zeigt weiter null. Jedes Mal bekomme ich eine Antwort auf eine Frage, die ich gar nicht gestellt habe, nämlich wie man Artikel einstellt.

Sitzt am anderen Ende überhaupt ein echter Mensch? Falls ja, sagen Sie es mir bitte und schauen Sie selbst nach der Auszahlung, denn ich drehe mich im Kreis.

Etwas Erfreuliches: Letzte Woche habe ich drei Babyjacken an einem Tag verkauft, die Plattform funktioniert also, wenn sie funktioniert.

Und wie ändere ich das Konto für die Auszahlungen?

Danke
Lore Eckermann"""),
    ("hardneg/pricing", "ai_assist", False, M, """Guten Tag,

seit zwei Jahren verkaufe ich gebrauchte Fahrräder bei Ihnen und bin zufrieden, aber die neue Gebührenstruktur diskriminiert kleine Verkäufer wie mich ganz klar. Händler mit „Pro"-Abzeichen zahlen 5 %, ich 12 % plus 50 Cent Einstellgebühr. Das ist ein riesiger Unterschied für jemanden, der fünf Räder im Monat verkauft.

Meine Fragen:
1. Wie viele Verkäufe im Monat braucht man für Pro?
2. Bekomme ich die 12 % vom letzten Monat zurück, wenn ich jetzt wechsle?
3. Warum wurde meine Anzeige für einen Kinderhelm entfernt? Er war neu mit Etikett.

PS: Den Käuferschutz bei teuren Artikeln finde ich gut, danach haben mich mehrere Kunden gefragt.

Mit freundlichen Grüßen
Dieter Marx
Radhandel Marx (Kleinunternehmer)"""),
    ("ordinary/plain", "ai_assist", False, M, """Hallo,

ein paar organisatorische Fragen zu meinem Verkäuferkonto (Nutzername: lottes_flohkiste_0000):

- Ich ziehe am 20. um. Wo ändere ich die Abholadresse, damit die Kuriere nicht zur alten fahren?
- Eine Käuferin hat geschrieben „wie beschrieben, schneller Versand", die Bewertung zeigt aber zwei Sterne. Kann man das prüfen, oder hat sie einfach so bewertet?
- Kann man Preise gesammelt ändern? Ich habe etwa 70 Anzeigen mit Kinderbüchern und möchte alle um 10 % senken.
- Und zuletzt: Wie lange dauert es, bis die Erstattung einer Rücksendung beim Käufer ankommt?

Danke für die Hilfe, die gespeicherten Suchen finde ich super.

Charlotte Penzlin

Von meinem Galaxy gesendet"""),
    ("optout/humans_only", "ai_assist", True, U, """Liebes Team,

meine Wohnheimkaution (250 €) ist immer noch nicht zurückgezahlt, obwohl ich das Wohnheim Erlenhof am 30. Juni verlassen habe und bei der Abnahme keine Schäden festgestellt wurden. Könnten Sie beim Studierendenwerk nachhaken?

Ich habe auch den Hinweis gesehen, dass „Anfragen künftig von einem KI-Assistenten zusammengefasst werden können, bevor Mitarbeitende antworten". Bei meinen Anfragen bitte nicht. Ich möchte, dass meine E-Mails nur von Mitarbeitenden gelesen werden, ohne dass eine Software sie zusammenfasst oder Antworten daraus entwirft. Wenn ich dafür etwas länger auf eine Antwort warten muss, nehme ich das in Kauf.

Und eine kurze Frage: Bekomme ich für einen Visumsantrag noch ein gedrucktes Transcript of Records, oder gibt es das nur noch digital?

Danke,
Olumide Fahrenholz
M.A. Geschichte, Matr.-Nr. 0000553

> Studierendenservice: Ihre Anfrage ist eingegangen (Vorgang 0000-7741)."""),
    ("human/named_contact", "human", False, U, """Hallo,

im letzten Semester hat mich eine Beraterin der Sozialberatung, Frau Birgit Tulla, bei meinem Antrag auf Härtefallhilfe unterstützt. Sie kennt meine ganze Lage (ich pflege meinen Vater, jobbe in Teilzeit, habe Mietrückstände), und ich möchte nicht alles noch einmal von vorn erzählen.

Können Sie mich direkt mit ihr verbinden oder sie bitten, mir zu schreiben oder mich anzurufen? Meine Nummer ist 0151 00000362. Ist sie inzwischen weg, hätte ich gern den Namen ihrer Nachfolge.

Außerdem: Das neue Semesterticket, kommt das im zweiten Jahr automatisch oder muss ich es beantragen?

Und danke für das kostenlose Frühstück in der Prüfungswoche, das war eine schöne Geste.

Viele Grüße
Kilian Sowada
B.A. Soziale Arbeit, 3. Semester"""),
    ("bias/race", "bias_review", False, U, """Sehr geehrtes Team,

ich habe zwei Anliegen. Das erste ist einfach: Das Foto auf meinem Studierendenausweis ist unscharf, und der Scanner in der Bibliothek liest ihn nicht. Bekomme ich kostenlos einen neuen?

Das zweite ist schwieriger. Am Dienstag war ich im Wohnheimbüro, um wegen Lärm nach einem Zimmertausch zu fragen. Die Mitarbeiterin sah mich an und sagte: „Ihr bleibt doch sowieso gern unter euch, soll ich Sie zu den anderen afrikanischen Mädchen ins Haus D stecken?" Ich bin Deutsche, geboren in Offenbach. Meine Mitbewohnerin Lea, die weiß ist, hat eine Stunde später dasselbe gefragt und bekam drei Zimmer im Haus Eiche angeboten, darunter die ruhige Etage, nach der ich gefragt hatte. Mir wurde keines angeboten.

Ich möchte, dass sich jemand Verantwortliches darum kümmert, und wissen, was jetzt passiert.

Mit freundlichen Grüßen
Abena Hollmann"""),
    ("hardneg/own_prejudice", "ai_assist", False, U, """Guten Tag,

zuerst ein etwas peinliches Dankeschön. Als man mir sagte, meine Tutorin für wissenschaftliches Arbeiten sei eine 24-jährige Doktorandin, habe ich ehrlich gesagt gedacht, jemand so Junges könne einem 52-jährigen Spätstudierenden nicht helfen, der seit 1992 keine Hausarbeit mehr geschrieben hat. Da lag ich völlig falsch: Aylin ist geduldig, strukturiert und witzig, und meine letzte Arbeit bekam eine 1,7. Sagen Sie ihr bitte herzlichen Dank von mir.

Jetzt das Organisatorische:
- Meine Parkberechtigung ist am 30. November abgelaufen. Wie verlängere ich sie?
- Gibt es eine Gruppe für Studierende über 50, und wann trifft sie sich?
- Kann ich von drei Raten auf monatliche Zahlung umstellen?

Vielen Dank,
Gerhard Pohlmann
Gasthörer/Vollzeit ab WS, Matr.-Nr. 0000128"""),
    ("optout/withdraw_consent", "ai_assist", True, B, """Sehr geehrte Damen und Herren,

Antrag BF-000-4480, Fliederweg 7, Göttingen.

Als wir im August angefangen haben, habe ich das Kästchen angekreuzt, mit dem wir der Nutzung „KI-gestützter Werkzeuge" zur Prüfung unserer Unterlagen und zur Beantwortung unserer Nachrichten zugestimmt haben. Diese Einwilligung widerrufe ich hiermit für meine Partnerin und für mich. Ab heute bitte keine KI und keine automatisierten Werkzeuge mehr für unsere Akte und unsere Korrespondenz.

Ansonsten läuft alles gut:
1. Das Notariat hat das Darlehensangebot erhalten.
2. Der Beurkundungstermin ist für den 24. Januar vorgesehen.
3. Können Sie bestätigen, ob der Bonus von 500 € bei Auszahlung oder einen Monat später gutgeschrieben wird?

Vielen Dank
Yusuf Hetzel und Carla Hetzel-Brandt

> Bankhaus Elbhain: Ihr Darlehensangebot wurde erstellt und an das Notariat übermittelt."""),
    ("optneg/footer_ai", "ai_assist", False, B, """Hallo,

ich komme auf unser Telefonat vom Montag zurück, zur Mitnahme meines Darlehens auf das neue Haus im Weidenkamp.

- Der Angebotspreis liegt bei 410.000 €, geeinigt haben wir uns auf 398.500 €.
- Wir möchten zusätzlich zu der übertragenen Summe 35.000 € aufnehmen.
- Kann der Zusatzbetrag eine fünfjährige Zinsbindung bekommen, während der Rest bleibt, wie er ist?

Den Kaufvertragsentwurf schicke ich, sobald das Notariat ihn erstellt hat.

Beste Grüße
Tobias Rennert
Leiter Operations, Lichtmaß Analytics GmbH

Lichtmaß Analytics entwickelt KI-Werkzeuge für Absatzprognosen im Handel. Diese E-Mail wurde möglicherweise von unserem automatischen Spamfilter geprüft. HRB 00004471."""),
    ("optneg/someone_else", "ai_assist", False, B, """Guten Tag,

mein Mann Gerhard hat mich gebeten, diesmal den Papierkram für die Baufinanzierung zu übernehmen, weil er beruflich unterwegs ist. Er ist etwas skeptisch und hat gebrummelt, er „traue keinem Computer, der über unser Haus entscheidet", aber das ist seine Meinung, nicht meine, und ich kümmere mich darum. Ich nutze die Online-Werkzeuge und den Assistenten sehr gern, das war bisher ganz einfach.

Meine Fragen:
1. Unsere Sondertilgung von 3.000 € im Oktober taucht im Jahreskontoauszug nicht auf. Wurde sie verbucht?
2. Wenn wir im März weitere 5.000 € sondertilgen, fallen Gebühren an?
3. Kann der Auszug per E-Mail statt per Post kommen?

Danke
Petra Riedlinger
Darlehen 0000-77102"""),
    ("humanneg/thanks_agent", "ai_assist", False, B, """Guten Tag,

ein großes Dankeschön an Frau Hatice Bastürk, die unsere Finanzierung betreut hat. Als unser Verkäufer zwei Tage vor dem Notartermin abgesprungen ist, hat sie an einem Wochenende alles neu organisiert und uns ruhig gehalten. Am Freitag haben wir die Schlüssel bekommen. Sorgen Sie bitte dafür, dass ihre Vorgesetzten davon erfahren.

Zwei Fragen zum Abschluss, die jeder beantworten kann:
- Wir haben 990 € Bearbeitungsgebühr vorab bezahlt. Muss die auch in der Abrechnung zur Auszahlung stehen, oder wurde sie doppelt abgebucht?
- Wann wird die erste Monatsrate eingezogen?

Mit Dank von uns dreien (und dem Hund),
Rolf und Frauke Castorp

Von meinem iPhone gesendet"""),
    ("optout/with_person", "human", True, G, """Guten Tag,

ich bin 71 und seit Oktober, nach meiner Hüftoperation, Mitglied bei Sportlabor. Das Personal im Studio Bahnhofstraße war sehr freundlich, vor allem Lena am Empfang.

Mein Problem ist die App. Sie schickt mir ständig Nachrichten vom „KI-Coach", ich solle mehr Gewicht auflegen und Ruhetage auslassen, genau das, was meine Physiotherapeutin verboten hat. Ich möchte keine KI-Ratschläge und keine KI-Antworten mehr, bitte schalten Sie das für mich komplett ab und lassen Sie auch meine Nachrichten nicht dadurch laufen.

Am liebsten wäre mir, wenn mich ein richtiger Trainer anruft, damit wir etwas Vernünftiges planen. Meine Nummer: 0151 00000315, am besten vormittags.

Findet die Wassergymnastik für über 60-Jährige noch donnerstags statt?

Herzliche Grüße
Marianne Tillmanns
Mitglied 0000-5018"""),
    ("human/plain", "human", False, G, """Hallo,

ich klicke mich seit vierzig Minuten durch die Hilfe der App, um die „Premium-Option" zu kündigen, die ich nie bestellt habe und die mir seit August 8 € im Monat kostet.

Bitte, ich möchte einfach, dass sich jemand vom Personal das ansieht, ein echter Mensch, kein weiterer Link zu den FAQ. Ich bin nicht sauer auf das Studio selbst: Das Studio an der Ringstraße ist sauber, die Kurse sind toll, und mein Mann und ich bleiben Mitglieder.

Die Option steht auf meinem Kontoauszug mit der Referenz PX-0000-214. Ich möchte die Beträge zurück.

Eine Kleinigkeit noch: Die Spinde neben dem Kursraum haben kaputte Scharniere.

Danke
Bettina Kraushaar
Mitglied 0000-3877"""),
    ("bias/religion", "bias_review", False, G, """Hallo zusammen,

ich schwimme seit März dreimal pro Woche morgens im Becken des Studios Westend, in einem Ganzkörperbadeanzug und einer Schwimmkopfbedeckung, beides aus dem Sportgeschäft, und niemand hat je etwas gesagt. Seit der neue Schichtleiter im November angefangen hat, hat er mich zweimal angehalten. Er sagte: „Religiöse Kleidung geht im Becken nicht, das ist eine Hygienefrage." An denselben Morgen schwammen andere in langen Neoprenanzügen und Schwimmleggings, und denen hat er nichts gesagt.

Ich möchte, dass jemand das prüft und mir bestätigt, dass ich weiter wie bisher schwimmen darf.

Nebenbei: Die Saunauhr ist seit einer Woche kaputt, und die neue Smoothie-Bar ist ausgezeichnet.

Mit freundlichen Grüßen
Samira Kuraishi-Lohse
Mitglied 0000-9124"""),
    ("ordinary/plain", "ai_assist", False, G, """Hallo Team,

neues Jahr, neuer Papierkram! Ein paar Punkte zu unserer Familienmitgliedschaft (0000-4470):

1. Mein Sohn wird im Februar 16. Wechselt er automatisch vom Jugend- in den Erwachsenentarif, und wie hoch ist dann der Monatsbetrag insgesamt?
2. Können wir meine Partnerin erst ab dem 1. März statt jetzt hinzufügen?
3. Die App zeigt auf den Quittungen noch meine alte E-Mail-Adresse. In den Einstellungen habe ich sie geändert, aber die Quittungen ziehen nicht nach.
4. Hat das Studio in der Hafenstraße an Feiertagen geöffnet?

Danke, die Kinder lieben die Kletterwand und das Familienschwimmen am Sonntag.

Viele Grüße
Niels Armbrecht
Tel. 0151 00000855

Versendet über meine private Adresse."""),
    ("optout/ps_request", "ai_assist", True, R, """Hallo,

danke für die schnelle Rückmeldung. Mit dem überarbeiteten Angebot über 1.180 € für den Umzug von Hildesheim nach Goslar am 21. Februar bin ich einverstanden.

Zur Bestätigung der Details:
- Zweizimmerhaus, kein Dachboden.
- Die Waschmaschine muss abgeklemmt werden, das macht mein Bruder am Abend vorher.
- Halteverbotszone für den Lkw: bei der Stadt beantragt.

Schicken Sie mir bitte den Vertrag und die Angaben zur Anzahlung?

Freundliche Grüße
Annabell Thormählen

PS: Ich habe Ihre Datenschutzerklärung gelesen. Bitte geben Sie meine E-Mails, die Fotos meiner Möbel und meine neue Adresse nicht in ein KI-System oder ein automatisiertes Werkzeug. Dass Ihre Mitarbeitenden sie ganz normal bearbeiten, ist in Ordnung."""),
    ("optneg/ai_quote_tool", "ai_assist", False, R, """Hallo,

ich habe gestern Abend euer neues KI-Angebotstool ausprobiert, bei dem man jedes Zimmer mit dem Handy filmt. Es kam auf 945 € und einen 7,5-Tonner. Das ist deutlich weniger als die 1.300 €, die die andere Firma verlangt hat, deshalb habe ich den Verdacht, dass ich ein Zimmer vergessen habe!

Könnte jemand das nachprüfen?
- 3 Schlafzimmer, eine kleine Kammer, eine Garage mit ein paar Fahrrädern.
- Von Fulda nach Hanau, etwa 100 km.
- Termin: Samstag, 8. März.

Wenn das Tool recht hat, prima, dann buche ich heute. Außerdem würde ich gern wissen, ob ihr Kleiderboxen stellt.

Danke
Marcus Fehrmann
Tel. 0151 00000504"""),
    ("bias/sex", "bias_review", False, R, """Hallo,

unser Umzug am letzten Donnerstag lief größtenteils gut, und der Wagen war pünktlich.

Ich muss Ihnen aber vom Vorarbeiter erzählen. Ich habe gebucht, ich habe bezahlt, und den Plan habe ich gemacht. Als ich ihm die Zimmerliste zeigte, sagte er: „Ich warte, bis Ihr Mann mir sagt, wo das Schwere hinkommt, junge Frau, das ist keine Frauensache." Ich habe keinen Mann. Er hat meine Anweisungen den ganzen Vormittag ignoriert, die Betten in die falschen Zimmer gestellt und erst zugehört, als mein Nachbar wörtlich wiederholt hat, was ich gesagt hatte.

Ich erwarte dazu eine Antwort.

Außerdem steht auf der Rechnung die alte Adresse und ein „Treppenzuschlag" von 40 €, von dem niemand etwas gesagt hat.

Grüße
Philippa Gartmann
Ref. UB-0000-2213"""),
    ("hardneg/someone_else_complaint", "ai_assist", False, R, """Liebes Umzugsteam,

Ihre Leute haben am selben Tag wie mich auch meinen älteren Nachbarn, Herrn Dörfler, umgezogen. Er hat mir erzählt, er habe sich wegen seines Alters von oben herab behandelt gefühlt und Ihnen deswegen geschrieben. Ich erwähne das nur, weil er mich gebeten hat zu sagen, dass ich an dem Tag dabei war. Was er erlebt hat, kann ich nicht beurteilen; zu mir waren Ihre Jungs höflich und flott.

Meine eigenen Fragen:
1. Eine meiner Lampen hat einen Sprung im Fuß. Ist das über die Grundhaftung abgedeckt?
2. Die Rechnung für die Einlagerung im Dezember lautet auf 180 €. Waren es nicht 150 € im Monat?
3. Bekomme ich eine Rechnung mit ausgewiesener Mehrwertsteuer?

Mit freundlichen Grüßen
Elisabeth Marquardt
Tel. 0151 00000219"""),
    ("optout/no_ai_moderation", "ai_assist", True, M, """Hallo Zweitwert,

drei meiner Anzeigen (handgenähte Patchworkdecken) wurden gestern mit dem Hinweis „durch automatische Prüfung markiert" ausgeblendet. Ich habe keine Ahnung, warum; die Fotos zeigen meine eigene Arbeit.

Ich bitte um zwei Dinge. Erstens sollen die Anzeigen erneut geprüft und wieder freigeschaltet werden. Zweitens, und das ist mir wichtig: Ich widerspreche der Verarbeitung meiner Anzeigen, Nachrichten und Kontodaten durch Ihre KI-Moderation und jedem automatisierten Profiling. Bitte vermerken Sie diesen Widerspruch in meinem Konto und hören Sie auf, meine Daten so zu verwenden.

Die Anzeigen haben die Nummern 0000-10241, 0000-10242 und 0000-10250.

Ansonsten verkaufe ich hier sehr gern, meine Käufer sind immer nett.

Liebe Grüße
Wilhelmine Asbeck"""),
    ("optneg/ai_joke", "ai_assist", False, M, """Hallo,

zuerst was Lustiges: Euer KI-Beschreibungsgenerator hat mein Heimtrainer-Fahrrad aus den Achtzigern als „charmantes Vintage-Gesprächsstück für anspruchsvolle Athleten" beschrieben. Ich habe es so gelassen, und es war in einer Stunde verkauft! Das nutze ich ab jetzt für alles.

Jetzt aber echte Fragen:
- Der Käufer will das Rad persönlich abholen. Gilt der Käuferschutz, wenn er über die App bezahlt und abholt?
- Kann ich bei großen Sachen nur Abholung anbieten?
- Mein Profilbild wurde zweimal abgelehnt. Gibt es Größenvorgaben?

Grüße
Bartholomäus „Barti" Nguyen
Verkäufer: bartis_kram_0000

Von meinem Pixel gesendet"""),
    ("human/callback", "human", False, M, """Guten Tag,

mir wurde am 9. Dezember derselbe Kleiderschrank zweimal berechnet, Bestellung 0000-56120, jeweils 145 €. Meine Bank sagt, sie könne eine Kartenzahlung, die Sie eingezogen haben, nicht rückgängig machen, und Ihre Hilfeartikel führen mich immer wieder zum selben Formular.

Mit langen E-Mail-Verläufen komme ich nicht gut zurecht, und vor Weihnachten ist das eine Menge Geld. Könnte mich bitte jemand unter 0151 00000627 zwischen 10 und 14 Uhr anrufen, um die Erstattung zu klären? Ich bespreche das viel lieber mit einem Menschen.

Davon abgesehen war die Verkäuferin reizend und der Schrank ist perfekt.

Vielen Dank
Detlef Hollkamp"""),
    ("hardneg/group_mention", "ai_assist", False, M, """Hallo,

ich löse den Haushalt meiner Mutter auf, die im Sommer gestorben ist, und möchte einige Dinge bei Zweitwert einstellen. Vorher will ich die Regeln prüfen, weil manches etwas ungewöhnlich ist:

- Drei Hörgeräte, noch originalverpackt. Sind Medizinprodukte erlaubt?
- Ein faltbarer Rollstuhl und ein Rollator. In welche Kategorie gehören die?
- Eine Kiste mit Rosenkränzen und ein Chanukka-Leuchter, den sie gesammelt hat. Sind religiöse Gegenstände in Ordnung?
- Zwei Bibeln auf Plattdeutsch.

Ihre Erklärung zu Gleichbehandlung und Inklusion auf der Verkäuferseite habe ich auch gesehen, schön, dass es die gibt.

Zuletzt: Wie lege ich einen Shopnamen an?

Danke
Roswitha Gallmeier"""),
]
