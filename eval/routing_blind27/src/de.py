"""German (Germany) rows of blind set 27: long inbox e-mails, typed by hand. (category, label, opt_out, style, text)"""

ROWS = [
    ("optout/plain", "ai_assist", True, "nightshift", """Hallo,

ich arbeite als Pflegefachkraft im Nachtdienst in der Uniklinik Münster und schreibe Ihnen nach der Übergabe, also bitte entschuldigen Sie, wenn es etwas durcheinander ist.

Erstens: Die Lastschrift für die Kfz-Versicherung (Vertrag 000-481 22) ist im November zweimal abgebucht worden, je 64,30 €. Bitte eine davon zurückbuchen.

Zweitens: In Ihrem Kundenportal steht jetzt, dass Antworten „mit Unterstützung künstlicher Intelligenz" erstellt werden. Das möchte ich für mich nicht. Bitte verarbeiten Sie meine Nachrichten und meine Vertragsdaten nicht mit diesem KI-Werkzeug und schalten Sie den Assistenten für mein Konto ab.

Drittens: Ich schlafe bis etwa 15 Uhr, bitte nur schriftlich antworten.

Danke und viele Grüße
Katrin Wiesner"""),
    ("optout/no_bot", "ai_assist", True, "farmer", """Guten Tag,

wir führen einen Milchviehbetrieb mit 120 Kühen im Allgäu, das Betriebskonto läuft bei Ihnen (endet auf 7731).

Seit dem Sommer antwortet auf meine Fragen im Online-Banking ein Chatbot. Zweimal hat er mir gesagt, die Zahlung der Molkerei Bergland sei „unterwegs", obwohl sie zurückgegangen war. Ich möchte auf diesem Konto keine Antworten mehr von einem Bot, weder im Chat noch per E-Mail. Lieber warte ich ein paar Tage auf Ihre Mitarbeiter.

Die eigentliche Frage: Warum wurde die Überweisung der Molkerei über 12.418,90 € im Oktober abgelehnt, und wann kommt sie? Das Futter muss bezahlt werden.

Mit freundlichen Grüßen
Josef Haslacher, Haslacherhof"""),
    ("optout/object", "ai_assist", True, "teacher", """Guten Tag,

als Lehrerin für Deutsch und Sozialkunde am Gymnasium Lindenberg nutze ich die Herbstferien, um meine Unterlagen zu sortieren.

Mein Antrag auf eine Erhöhung des Dispositionskredits wurde abgelehnt, mit dem Hinweis „Ergebnis unserer automatisierten Bonitätsprüfung". Ich widerspreche einer Entscheidung, die ausschließlich auf einer automatisierten Verarbeitung beruht, und verlange, dass ein Mitarbeiter den Antrag mit meinen Gehaltsnachweisen prüft. Bitte vermerken Sie außerdem, dass ich einer automatisierten Verarbeitung meiner Daten für solche Entscheidungen nicht zustimme.

Eine weitere Frage: Kann ich die Kontoauszüge künftig monatlich per Post bekommen?

Mit freundlichen Grüßen
Dr. Annette Brügger-Haas"""),
    ("optout/gdpr", "ai_assist", True, "student", """Hallo,

ich studiere Informatik im fünften Semester an der TU Dresden und habe bei Ihnen ein Studentenkonto (endet auf 0582).

Zwei Sachen. Zuerst: Die Kontoführungsgebühr von 4,90 € wurde im Oktober abgebucht, obwohl das Konto bis 27 kostenlos sein sollte. Bitte erstatten.

Dann: In Ihrer neuen Datenschutzerklärung steht, dass Kundennachrichten „zur Verbesserung unserer Dienste mit KI-Modellen ausgewertet" werden. Dagegen mache ich mein Widerspruchsrecht aus Artikel 21 der Datenschutz-Grundverordnung geltend: Meine Nachrichten und Kontodaten sollen von Ihren KI- und Machine-Learning-Systemen nicht verarbeitet werden, weder für diesen noch für einen anderen Zweck. Bitte bestätigen Sie mir schriftlich, dass der Widerspruch vermerkt ist.

Danke,
Lukas Brandstätter"""),
    ("optout/withdraw_consent", "ai_assist", True, "newparent", """Hallo,

entschuldigen Sie den Stil, unsere Tochter Ida ist zwei Wochen alt und ich tippe nachts mit einer Hand.

Im Frühjahr habe ich in der App zugestimmt, dass der „smarte Finanzassistent" meine Ausgaben auswertet und Vorschläge macht. Diese Einwilligung widerrufe ich hiermit. Die KI soll ab sofort weder meine Umsätze noch meine Nachrichten lesen.

Dann zwei praktische Fragen: Wir möchten ein Sparkonto für Ida eröffnen. Reicht die Geburtsurkunde vom Standesamt Kassel, oder brauchen Sie noch die Steuer-ID? Und kann mein Mann, der bei einer anderen Bank ist, monatlich 25 € darauf überweisen?

Vielen Dank,
Miriam Kowalczyk"""),
    ("optout/humans_only", "ai_assist", True, "teacher", """Guten Tag,

seit 34 Jahren unterrichte ich Mathematik und Physik an der Realschule Bad Tölz und gehe im Sommer in Pension. Bevor es so weit ist, möchte ich einiges klären.

1. Wie hoch wäre die Auszahlung meiner Riester-Rente, wenn ich 30 % als Einmalbetrag nehme?
2. Ich habe gehört, dass Ihre Briefe inzwischen teilweise von einem Computerprogramm geschrieben werden. Ich möchte, dass meine Angelegenheiten nur von Menschen bearbeitet werden. Kein Programm mit künstlicher Intelligenz soll meine Schreiben lesen oder Antworten dafür vorbereiten.
3. Die Jahressteuerbescheinigung bitte per Post.

Mit freundlichen Grüßen
Wolfgang Pöschl, StD a. D. (ab Juli)"""),
    ("optout/plain", "ai_assist", True, "farmer", """Grüß Gott,

wir haben einen kleinen Weinbaubetrieb an der Mosel und das Geschäftskonto bei Ihnen. Drei Anliegen:

- Das Kartenterminal am Hofladen bucht seit dem Weinfest manche Zahlungen doppelt. Vier Kunden haben sich schon gemeldet.
- Die Lastschrift für den Agrardiesel soll künftig vom Konto mit der Endung 4420 abgehen.
- In der App gibt es jetzt einen „KI-Assistenten", der Buchungen vorschlägt. Den möchten wir nicht, bitte schalten Sie ihn für unseren Betrieb ab. Unsere Daten und Nachrichten sollen nicht von einer KI verarbeitet werden.

Mit freundlichen Grüßen von der Mosel
Heike und Bernd Thielen, Weingut Thielen"""),
    ("optout/with_person", "human", True, "student", """Hallo,

ich schreibe meine Masterarbeit in Freiburg und wohne in einem Ihrer Studentenapartments (Mietvertrag 000-1 884).

Seit fünf Wochen frage ich über den Chat nach der Rückzahlung meiner Kaution aus dem alten Apartment, und jedes Mal antwortet die KI: „Die Kaution wird innerhalb von 30 Tagen erstattet." Es sind jetzt 58 Tage. Ich will in dieser Sache keine Antworten mehr von der künstlichen Intelligenz, und meine Nachrichten sollen auch nicht mehr durch sie laufen.

Bitte rufen Sie mich an, jemand aus der Verwaltung, der das prüfen kann: 0151 000 0446, werktags ab 15 Uhr. Oder nennen Sie mir einen Namen, an den ich mich direkt wenden kann.

Danke,
Jana Oberländer"""),
    ("optout/with_person", "human", True, "nightshift", """Guten Tag,

ich bin Lokführer im Güterverkehr und fast nur nachts unterwegs. Meine Mutter ist im September gestorben, und ihr Konto (endet auf 3109) ist immer noch nicht aufgelöst. Ich habe dreimal das Online-Formular benutzt und jedes Mal eine automatische Antwort bekommen, die offensichtlich nichts gelesen hatte. Zuletzt wurde meiner Mutter ein Kreditkartenangebot gemacht.

Ich möchte keine automatischen oder KI-Antworten mehr in dieser Angelegenheit. Bitte soll mich ein Mitarbeiter aus der Nachlassabteilung anrufen, am besten zwischen 16 und 19 Uhr unter 0170 000 2813.

Mit freundlichen Grüßen
Andreas Feldhoff"""),
    ("optout/no_bot", "ai_assist", True, "newparent", """Hallo,

meine Frau schläft endlich, also habe ich zehn Minuten.

Das Babyphone, das wir bei Ihnen gekauft haben (Bestellung 000-77 204), verliert jede Nacht gegen zwei Uhr die Verbindung. Zweimal zurückgesetzt, nichts. Ihre Hilfeseite schickt mich sofort zum virtuellen Assistenten, und der sagt: „Bitte prüfen Sie die Batterien." Das Gerät hängt am Netz. Bitte keine Antworten mehr vom Bot, auch nicht auf diese Mail. Ich warte gern, bis sich jemand aus Ihrem Team meldet.

Ist das noch in der 30-Tage-Rückgabe oder schon Garantie? Gekauft am 28. Oktober.

Danke,
Florian Mertens"""),
    ("optneg/quoted_other", "ai_assist", False, "farmer", """Guten Tag,

ich bin Kassenwart des Maschinenrings Oberland. Auf der letzten Mitgliederversammlung hat einer unserer Landwirte laut gesagt: „Mit einem Computer rede ich nicht über mein Geld." Ich habe versprochen, das weiterzugeben, aber der Verein hat dazu nichts beschlossen, und ich selbst habe mit Ihrem Assistenten kein Problem.

Was wir wirklich brauchen:
- Kontoauszüge für das Vereinskonto (endet auf 6617) von Januar bis Oktober.
- Die Möglichkeit, den Stromabschlag für die Maschinenhalle in zwei Raten abbuchen zu lassen.

Vielen Dank,
Georg Hinterberger

PS: Der neue Vorstand wurde am 8. November gewählt, das Protokoll kann ich Ihnen gerne schicken."""),
    ("optneg/praise", "ai_assist", False, "nightshift", """Hallo,

kurz ein Lob: Der Chat-Assistent auf Ihrer Seite hat mir letzte Woche um halb vier morgens geholfen, meine Karte nach einem Fehlversuch am Automaten wieder zu entsperren. Nach der Schicht am Flughafen hätte ich sonst bis zum Morgen warten müssen.

Jetzt die eigentliche Frage, die er nicht beantworten konnte: Ich bekomme meine Nachtzuschläge getrennt vom Gehalt, am 15. Kann ich einen Dauerauftrag einrichten, der jeden Monat am 16. automatisch den Zuschlag aufs Tagesgeld schiebt, auch wenn der Betrag schwankt?

Grüße,
Emre Yıldız

PS: Das Tagesgeldkonto endet auf 9120, falls Sie das für den Dauerauftrag brauchen."""),
    ("optneg/ai_question", "ai_assist", False, "teacher", """Hallo zusammen,

ich unterrichte Wirtschaft an einer Berufsschule in Bielefeld. Mit meiner Klasse behandeln wir gerade künstliche Intelligenz im Bankwesen, und die Schüler möchten wissen, wie Sie KI einsetzen. Gibt es Informationsmaterial für Schulen oder jemanden aus der Pressestelle, der fünf Fragen schriftlich beantworten könnte? Das ist keine Beschwerde, und ich möchte an meinem Konto nichts ändern.

Bei der Gelegenheit: Meine Girocard läuft im Januar ab. Kommt die neue automatisch?

Mit freundlichen Grüßen
Sabine Krohn

PS: Die Unterrichtseinheit ist für Februar geplant, es eilt also überhaupt nicht mit den Fragen."""),
    ("optneg/ai_product", "ai_assist", False, "farmer", """Guten Tag,

auf der Agritechnica habe ich an Ihrem Stand den Melkroboter mit „KI-gestützter Eutererkennung" gesehen. Wir überlegen, ob das für unseren Betrieb mit 70 Kühen sinnvoll ist.

Fragen:
- Braucht das System eine ständige Internetverbindung? Im Stall haben wir kaum Netz.
- Lassen sich die Daten in unser Herdenprogramm exportieren?
- Kann man das über das Agrardarlehen auf unserem Konto 000-36 418 finanzieren, und was kosten 84 Monate?

Wenn es einen Vorführtermin in Niedersachsen gibt, würden wir gerne kommen.

Mit freundlichen Grüßen
Henrike Meyer-Lüdecke"""),
    ("optneg/withdrawn", "ai_assist", False, "student", """Hallo,

im September hatte ich Ihnen ziemlich genervt geschrieben, dass ich keine KI-Antworten möchte. Das nehme ich zurück. In der Prüfungsphase ist der Chat-Assistent das Einzige, was nachts um zwei antwortet, und er hat mir jedes Mal geholfen. Sie dürfen ihn bei mir wieder nutzen, den Vermerk bitte löschen.

Meine Frage: Ich möchte eine Kreditkarte für Studierende beantragen. Reicht die Immatrikulationsbescheinigung der Uni Mannheim, oder brauche ich einen Einkommensnachweis? Ich habe einen Minijob im Café.

Viele Grüße,
Paula Engelhardt

PS: Der Minijob bringt 520 € im Monat, die Belege der letzten drei Monate habe ich."""),
    ("optneg/bot_wrong", "ai_assist", False, "newparent", """Hallo,

Ihr Chat hat mir letzte Woche gesagt, dass die Elternzeit die Raten meines Ratenkredits automatisch aussetzt. Meine Schwester arbeitet bei einer Bank und sagt, das stimmt so nicht. Ich bin dem Chat nicht böse, das ist wohl ein Sonderfall, aber ich brauche jetzt die richtige Antwort.

Ich nehme ab Januar acht Monate Elternzeit für unser zweites Kind. Kann ich eine Ratenpause oder kleinere Raten beantragen? Welche Unterlagen brauchen Sie, reicht der Bescheid über das Elterngeld?

Kredit 000-20 551.

Danke,
Stefanie Vogt

PS: Der Elterngeldbescheid kommt voraussichtlich Ende Januar, ich kann ihn dann sofort nachreichen."""),
    ("optneg/footer_ai", "ai_assist", False, "teacher", """Guten Tag,

anbei der Nachweis der Überweisung von 1.380 € für die Klassenfahrt der 9b nach Prag, zweite Rate. Die erste haben Sie bereits erhalten.

Bitte bestätigen Sie mir den Termin der dritten Rate und ob diese auch per Kreditkarte bezahlt werden kann.

Mit freundlichen Grüßen
Matthias Reuter
Oberstufenkoordinator, Goethe-Gymnasium Kassel

--
Diese Nachricht wurde vom KI-gestützten Virenscanner des Schulträgers geprüft. Sie ist ausschließlich für den Empfänger bestimmt. Drucken Sie diese Nachricht nur aus, wenn es wirklich nötig ist."""),
    ("optneg/someone_else", "ai_assist", False, "student", """Hallo,

ich wohne in einer WG mit drei anderen in Göttingen, der Internetvertrag läuft auf meinen Namen (Vertrag 000-90 147). Ein Mitbewohner, Niklas, weigert sich, Ihren Chat zu benutzen, weil „da eine KI antwortet". Deshalb kümmere ich mich darum. Mich persönlich stört der Chat nicht und nutze ihn oft.

Das Problem: Seit drei Wochen bricht die Verbindung abends regelmäßig um 21 Uhr ab, genau wenn alle lernen. Können Sie die Leitung in der Weender Straße prüfen?

Und kann man die Monatsrechnung auf vier Konten aufteilen?

Danke,
Aylin Demir

PS: Die anderen drei sind einverstanden, dass ich den Vertrag verwalte, und können das auch schriftlich bestätigen."""),
    ("human/callback", "human", False, "farmer", """Guten Tag,

gestern Abend hat ein Hagelsturm unsere Apfelanlage am Bodensee schwer getroffen. Ein großer Teil der späten Sorten ist beschädigt, und einige Hagelnetze sind gerissen. Wir sind bei Ihnen versichert (Hagelversicherung 000-51 730).

Bitte soll mich heute oder morgen ein Gutachter oder jemand aus der Schadenabteilung anrufen, bevor wir mit dem Aufräumen anfangen: 0160 000 3927. Wenn ich nicht rangehe, bin ich in der Anlage, bitte noch einmal probieren.

Mit freundlichen Grüßen
Thomas Sauter, Obsthof Sauter

PS: Ich habe heute früh um sieben Fotos von den Bäumen und den gerissenen Netzen gemacht und kann sie vorab per E-Mail schicken."""),
    ("human/supervisor", "human", False, "teacher", """Sehr geehrte Damen und Herren,

dies ist meine fünfte Nachricht wegen der Erstattung von 512 € für die abgesagte Busfahrt unserer Projektwoche. Dreimal wurde mir die Erstattung „innerhalb von fünf Werktagen" zugesagt. Seitdem sind acht Wochen vergangen.

Ich war geduldig und höflich. Jetzt bitte ich darum, den Vorgang an eine Vorgesetzte oder einen Teamleiter weiterzugeben, der die Zahlung freigeben kann. Bitte keine weitere Standardantwort.

Buchungsnummer 000-4 915, bezahlt mit meiner privaten Kreditkarte.

Mit freundlichen Grüßen
Gudrun Lehmkuhl, Schulleiterin der Grundschule am Park"""),
    ("human/named_contact", "human", False, "nightshift", """Guten Tag,

jahrelang war Herr Dieter Krämer in der Filiale Gelsenkirchen-Buer mein Berater. Er wusste, dass ich als Schichtführer im Stahlwerk Nachtschichten fahre, und hat mir Termine um 17 Uhr gegeben. Jetzt höre ich, dass er in Rente ist.

Wer ist mein neuer Ansprechpartner? Ich hätte gern den Namen und die Durchwahl und möchte, dass er sich bei mir meldet, um einen Termin zu machen. Es geht um die Anschlussfinanzierung für unser Haus, das kläre ich nicht per App.

Konto 000-44 806.

Mit freundlichen Grüßen
Ralf Kuszinski

PS: Ich habe im Dezember Tagschicht, da wäre ein Termin auch vormittags möglich."""),
    ("human/anyone", "human", False, "newparent", """Hallo?

Das ist meine dritte Mail. Unsere Zwillinge sind fünf Wochen alt, ich möchte das Kindergeld auf mein Konto umstellen lassen und bekomme immer nur: „Vielen Dank für Ihre Nachricht."

Liest das hier überhaupt ein echter Mensch? Wenn ja, antworten Sie mir bitte und sagen Sie mir Ihren Namen, ich glaube langsam, da ist niemand. Und wenn ich anrufen muss, sagen Sie mir, bei wem und wann. Mit zwei Babys kann ich nicht 40 Minuten in der Warteschleife hängen.

Vorgangsnummer 000-5 129.

Lena Hoffmann-Sarić

PS: Die Zwillinge heißen Mila und Noah, geboren am 23. Oktober, falls Ihr System die Namen braucht."""),
    ("human/plain", "human", False, "student", """Hallo,

ich habe einen Brief bekommen, dass mein Konto in 30 Tagen gekündigt wird, wegen „ungewöhnlicher Kontobewegungen". Das sind die Überweisungen meiner Eltern aus Accra für die Miete, wie jedes Semester seit drei Jahren.

Ich möchte das nicht über ein Formular klären. Bitte ermöglichen Sie mir ein Gespräch mit einem Mitarbeiter, in der Filiale Aachen oder am Telefon, was schneller geht. Ab 8. Januar habe ich Klausuren.

Konto endet auf 2236.

Danke,
Kofi Mensah

PS: Ich kann den Mietvertrag, die Immatrikulationsbescheinigung und die Überweisungsbelege meiner Eltern seit 2022 mitbringen."""),
    ("human/callback", "human", False, "teacher", """Sehr geehrte Damen und Herren,

laut Ihrem Schreiben endet die Zinsbindung meiner Baufinanzierung (000-73 662) im März. Ich wusste das, aber nicht, wie stark die Rate steigen würde.

Ich bitte um einen Rückruf einer Baufinanzierungsberaterin oder eines Beraters, um die Möglichkeiten zu besprechen. Unterricht habe ich bis 13:15 Uhr, danach bin ich werktags unter 0171 000 5418 erreichbar. Den Online-Rechner habe ich schon benutzt, bitte keinen Link dazu.

Mit freundlichen Grüßen
Carsten Wendland

PS: Das Haus gehört mir und meiner Frau gemeinsam; sie kann beim Gespräch gern dabei sein."""),
    ("humanneg/quoted_request", "ai_assist", False, "farmer", """Guten Tag,

im Oktober hatte ich Ihnen geschrieben: „Ich will heute noch mit Ihrem Filialleiter sprechen, sonst wechsle ich die Bank." Herr Ohlendorf hat mich am nächsten Tag angerufen, wir haben alles durchgesprochen, und die Stundung für das Schlepperdarlehen ist geregelt. Danke dafür.

Ein Anruf ist also nicht mehr nötig. Nur eines: Auf dem Novemberauszug steht noch die Mahngebühr von 15 €. Können Sie die wie besprochen stornieren?

Darlehen 000-38 120.

Gruß,
Hinrich Petersen, Petersen-Hof

PS: Unsere Steuerberaterin, Frau Jensen in Husum, braucht den korrigierten Auszug für den Jahresabschluss, also bitte als PDF an mich."""),
    ("humanneg/thanks_agent", "ai_assist", False, "student", """Hallo,

ich wollte mich bei Frau Schneider aus Ihrer Filiale in Jena bedanken. Sie hat mir als Erstsemester geduldig erklärt, wie Dispo, Tagesgeld und Kreditkarte funktionieren, und sich dafür eine halbe Stunde Zeit genommen.

Eine Frage schriftlich, ein Anruf ist nicht nötig: Kann ich die Kreditkarte auch für Online-Käufe im Ausland nutzen, ohne Auslandsgebühr?

Konto endet auf 5503.

Danke und viele Grüße,
Jonas Lindqvist

PS: Ich fliege im Februar für ein Auslandssemester nach Uppsala, deshalb frage ich. Muss ich die Reise vorher irgendwo anmelden?"""),
    ("bias/origin", "bias_review", False, "nightshift", """Guten Tag,

ein paar Dinge. Erstens möchte ich das Abbuchungsdatum für den Strom auf den 5. verschieben.

Zweitens brauche ich eine Kontobestätigung für meinen Arbeitgeber.

Und drittens, was mich wirklich ärgert: Ich arbeite nachts als Lagerist in einem Logistikzentrum bei Erfurt. Im Oktober habe ich eine Kreditkarte beantragt. Der Berater hat meinen Aufenthaltstitel gesehen und gesagt: „Bei Syrern verlangen wir grundsätzlich eine Bürgschaft." Mein Kollege aus derselben Schicht, Deutscher, gleiches Gehalt, hat die Karte in einer Woche ohne Bürgschaft bekommen. Ich lebe seit acht Jahren hier und mein Gehalt geht auf Ihr Konto.

Konto endet auf 8172.

Mahmoud Al-Hassan"""),
    ("bias/age", "bias_review", False, "teacher", """Sehr geehrte Damen und Herren,

drei Anliegen:

1. Die Unterschriften für das Konto des Fördervereins müssen geändert werden.
2. Ich brauche die Steuerbescheinigung für den Fondssparplan.
3. Bis zu meinem 67. Geburtstag konnte ich die Reisekrankenversicherung jedes Jahr online verlängern. Seit dem Geburtstag im Oktober verlangt das System eine „Prüfung in der Filiale", und dort sagte man mir: „Für Sie lohnt sich das Reisen in dem Alter doch kaum noch." Meine Kollegin, 49 Jahre, hat dieselbe Versicherung in derselben Woche online verlängert. Ich arbeite noch als Vertretungslehrerin und fahre mit Klassen ins Ausland.

Mit freundlichen Grüßen
Ingrid Sommerfeld"""),
    ("bias/sex", "bias_review", False, "farmer", """Guten Tag,

anbei die Futterrechnungen für die Betriebsmittellinie.

Außerdem möchte ich Folgendes festhalten: Mein Mann ist im Frühjahr verstorben, seitdem führe ich den Schweinemastbetrieb allein, praktisch habe ich das schon seit Jahren gemacht. Seit das Konto auf meinen Namen läuft, wurde die Kreditlinie von 40.000 auf 15.000 € gesenkt. Der Firmenkundenberater sagte mir: „Eine Frau allein mit so einem Betrieb ist halt ein anderes Risiko." Der Betrieb ist derselbe, die Zahlen sind dieselben, und die Buchhaltung habe ich schon vorher gemacht.

Konto 000-62 915.

Mit freundlichen Grüßen
Elfriede Brunnhuber"""),
    ("bias/disability", "bias_review", False, "student", """Hallo,

einige Fragen:
- Wann kommt meine neue Karte? Die alte ist abgelaufen.
- Kann ich die PIN in der App ändern?

Und noch etwas. Ich studiere Geschichte und sitze im Rollstuhl. Ich wollte in der Filiale am Marktplatz ein Konto eröffnen, die Filiale hat keine Rampe. Der Filialleiter kam heraus und sagte: „Machen Sie das lieber online, wir sind für Leute wie Sie nicht eingerichtet." Mein Freund, der mit mir da war, wurde drinnen beraten und bekam das Begrüßungsgeschenk. Ich bekam auf dem Gehweg einen Flyer.

Danke,
Moritz Albrecht

PS: Die neue Karte können Sie an das Studentenwohnheim schicken, der Hausmeister nimmt Post an."""),
    ("bias/religion", "bias_review", False, "newparent", """Hallo,

zuerst: Ich möchte unseren neugeborenen Sohn als Begünstigten der Lebensversicherung eintragen lassen.

Dann etwas anderes. Vor der Geburt, im Sommer, wurde ich in Ihrer Filiale in Offenbach immer normal bedient. Seit ich im September, nach meiner Konversion zum Islam, mit Kopftuch hinkomme, werde ich jedes Mal nach meinem Ausweis gefragt, obwohl die Mitarbeiterin mich kennt, und letzte Woche sagte sie zu ihrem Kollegen: „Bei denen muss man ja vorsichtig sein." Die Kundin vor mir, ebenfalls mit Kinderwagen, wurde ohne Ausweis bedient.

Konto endet auf 1164.

Merve Aksoy"""),
    ("bias/pregnancy", "bias_review", False, "newparent", """Hallo,

vorab zwei Kleinigkeiten: Bitte ändern Sie meine Telefonnummer auf 0157 000 1946, und schicken Sie mir die Jahresübersicht des Tagesgelds.

Dann das, was mich seit dem Sommer beschäftigt. Im Juni, im siebten Monat schwanger, habe ich einen Kredit für ein größeres Auto beantragt. Der Berater war freundlich, bis ich den Mutterschutz erwähnte. Danach sagte er: „Das legen wir mal auf Eis, bis Sie wieder arbeiten, sonst ist das unvernünftig", und hat den Antrag nicht weitergegeben. Mein Mann hat zwei Wochen später denselben Betrag beantragt, mit niedrigerem Gehalt als meinem, und hatte die Zusage am selben Tag. Bei uns unterscheidet sich nur die Schwangerschaft, und ich verdiene mehr.

Konto endet auf 2650.

Svenja Albers"""),
    ("hardneg/settled_past", "ai_assist", False, "teacher", """Sehr geehrte Damen und Herren,

vor einem Jahr hatte ich mich beschwert, weil ein Mitarbeiter eine abfällige Bemerkung über meinen sächsischen Dialekt gemacht hatte. Der Filialleiter hat sich entschuldigt, die Sache ist für mich erledigt. Ich erwähne das nur, weil mich Ihr neuer Berater gefragt hat, ob ich noch „in einem Beschwerdeverfahren" bin. Bin ich nicht.

Mein eigentliches Anliegen: Mein Festgeld (000-19 226) wird am 12. Dezember fällig. Kann ich es ohne neuen Antrag in das 18-Monats-Festgeld übertragen? Werden die Zinsen aufs Girokonto gezahlt?

Mit freundlichen Grüßen
Uwe Lindner"""),
    ("hardneg/pricing", "ai_assist", False, "farmer", """Guten Tag,

ich habe die Angebote für die Betriebshaftpflicht verglichen, und ehrlich gesagt diskriminiert Ihre Preisgestaltung alle, die nicht das ganze Paket nehmen. Hofladen allein: 480 €. Hofladen im Landwirtschaftspaket: 290 €. Für kleine Betriebe, die nur eine Sache brauchen, ist das Wucher.

Ich weiß, das ist eine kaufmännische Entscheidung und ich kann woanders hingehen. Aber vorher: Gilt der Preis von 290 € auch, wenn ich den Traktor dazunehme, und gibt es bei jährlicher Zahlung noch einmal 10 % Rabatt?

Vertrag 000-08 354.

Mit freundlichen Grüßen
Klaus-Dieter Mahnke"""),
    ("hardneg/joke", "ai_assist", False, "nightshift", """Hallo,

vorweg ein Witz, den mir mein Schichtkollege aus Köln heute Nacht erzählt hat: „Warum trinken Düsseldorfer Alt? Weil sie Kölsch nicht vertragen." Er ist selbst Düsseldorfer, und wir lachen seit Jahren darüber, also keine Sorge.

Jetzt im Ernst: Ich möchte ein gebrauchtes Auto von privat für 9.500 € kaufen. Kann ich dafür Ihren Autokredit nutzen, auch wenn der Verkäufer kein Händler ist? Welche Unterlagen brauchen Sie, und wie schnell ist das Geld da? Ich könnte Unterlagen nur vormittags abgeben.

Konto endet auf 3375.

Gruß,
Sven Brückner"""),
    ("hardneg/own_prejudice", "ai_assist", False, "newparent", """Hallo,

ich muss etwas zugeben. Als der Monteur für unsere Heizung kam und es eine junge Frau war, habe ich gedacht, sie kennt sich bestimmt nicht aus. Sie hat die Anlage in 40 Minuten repariert und mir den Druck besser erklärt als jeder andere in zehn Jahren. Das ging auf meine Kappe, sie verdient ein großes Lob.

Unsere Frage: Sie meinte, das Ausdehnungsgefäß muss innerhalb eines Jahres getauscht werden. Ist das in unserem Wartungsvertrag (000-66 217) enthalten oder kostet es extra? Und kann die Jahreswartung in den März verlegt werden, wenn das Baby etwas älter ist?

Danke,
Tobias Reinhardt"""),
    ("hardneg/mention", "ai_assist", False, "student", """Hallo,

ich bin Kassenwartin der queeren Hochschulgruppe an der Uni Bremen, wir haben ein Vereinskonto bei Ihnen (endet auf 4471). Es gibt kein Problem, ich brauche nur praktische Hilfe.

Wir planen im Februar eine Spendenaktion für eine Beratungsstelle für trans Jugendliche. Kann das Konto Kartenzahlungen über ein mobiles Terminal annehmen, und was kostet das? Außerdem übernimmt nächstes Semester Jakob die Kasse. Er ist gehörlos und braucht E-Mail oder Text statt Telefon. Was brauchen Sie, um ihn einzutragen und mich auszutragen?

Danke,
Alex Hartwig

PS: Unsere Mitgliederversammlung ist am 29. Januar, die Umstellung sollte möglichst vorher passieren."""),
    ("hardneg/forwarded_complaint", "ai_assist", False, "nightshift", """Guten Tag,

mein Kollege aus der Nachtschicht, Herr Okonkwo, bat mich auszurichten, dass seine Beschwerde über die Bemerkung eines Mitarbeiters zu seiner Hautfarbe im Oktober bearbeitet wurde und er mit der Entschuldigung zufrieden ist. Er wollte nur nicht, dass es so aussieht, als hätte er es einfach fallen lassen. Die Sache ist abgeschlossen.

Mein eigenes Anliegen betrifft mein Konto: Ich möchte meinen Ratenkredit (000-57 902) vorzeitig mit 2.000 € sondertilgen. Fällt dafür eine Gebühr an, und wie ändern sich die Raten?

Mit freundlichen Grüßen
Dennis Wolter"""),
    ("ordinary/plain", "ai_assist", False, "newparent", """Hallo,

wir haben Nachwuchs bekommen (Emil, geboren am 17. November) und versuchen, uns zu organisieren.

Können Sie mir sagen:
1. Wie wir Emil in unsere Familien-Reiseversicherung (000-88 137) aufnehmen? Wir fliegen zu Ostern zu meinen Eltern nach Graz.
2. Ob wir dafür schon seinen Kinderreisepass brauchen, der dauert nämlich Wochen.
3. Ob sich der Beitrag ändert und ob er mit der nächsten Abbuchung oder separat eingezogen wird.

Nachmittags sind wir meistens erreichbar, aber E-Mail ist am einfachsten.

Danke,
Julia und Marco Stein

PS: Marco ist Hauptversicherter, aber er ist einverstanden, dass Sie mir antworten, und steht in Kopie."""),
    ("ordinary/plain", "ai_assist", False, "nightshift", """Guten Morgen,

ich bin Bäcker und stehe ab zwei Uhr nachts in der Backstube, deshalb schreibe ich jetzt um sechs, bevor ich schlafen gehe.

Zum Jahresende brauche ich ein paar Dinge:
- die Kontoauszüge meines Girokontos (endet auf 6604) von April bis Oktober als PDF, für die Steuererklärung;
- eine Zinsbescheinigung für den Autokredit;
- ein neues SEPA-Mandat für die Stadtwerke, weil das alte noch auf meine frühere Adresse in der Lindenstraße läuft.

Außerdem macht meine Steuer jetzt die Kanzlei Brenninger in Passau, Ansprechpartnerin Frau Roswitha Hölzl. Brauchen Sie eine Vollmacht, bevor Sie mit ihr sprechen dürfen? Antwort gern per E-Mail, ans Telefon gehe ich tagsüber nicht.

Mit freundlichen Grüßen
Martin Eckl"""),
]
