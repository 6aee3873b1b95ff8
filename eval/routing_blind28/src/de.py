"""Blind set 28, German (Germany): 40 long inbox e-mails typed by hand. Each row: (category, label, opt_out, style, text)."""

ROWS = [
    ('optout/object', 'ai_assist', True, 'decisionappeal',
     'Betreff: Widerspruch gegen die Ablehnung meines Modernisierungskredits Nr. MK-000320\n\nSehr geehrtes '
     'Kreditteam,\n\ngegen die Ablehnung vom 18. November erhebe ich Widerspruch. Meine Punkte:\n1. Sie nennen '
     'einen „unzureichenden Bonitätswert“, obwohl ich seit April unbefristet bei den Stadtwerken Hameln '
     'angestellt bin und Ihnen die Gehaltsnachweise geschickt habe.\n2. Laut Schreiben beruhte die '
     'Entscheidung auf einer automatisierten Prüfung. Dem widerspreche ich: Ein Algorithmus soll nicht allein '
     'entscheiden, und ich untersage, dass meine Schreiben, auch dieses, mit künstlicher Intelligenz '
     'verarbeitet werden. Bitte halten Sie das fest.\n3. Die Bearbeitungsgebühr von 50 € ist zu erstatten.\n\n'
     'Mit freundlichen Grüßen\nHeike Brömmelkamp'),
    ('optout/plain', 'ai_assist', True, 'student',
     'hey 👋 ich hab den Uni-Tarif 20 GB (Nummer endet auf 000 320) und ein paar Sachen:\n\n- Datenvolumen war '
     'am 11. weg, obwohl ich quasi nur im Eduroam hänge 🙃\n- ich geh im Februar ins Auslandssemester nach '
     'Utrecht, ist Roaming drin oder werd ich abgezockt?\n- und bitte lasst mir nicht mehr von diesem '
     'Chat-Assistenten antworten. meine Nachrichten sollen durch keine KI laufen, ist mir unangenehm und '
     "außerdem dreht der sich nur im Kreis. lieber ne echte Antwort von nem Menschen, auch wenn's länger "
     'dauert\n\nwenn ihr das mit den Daten hinkriegt wär das mega, muss meine Bachelorarbeit hochladen lol\n\nLG\n'
     'Jule (5. Semester Soziale Arbeit, Wohnheim Hochschulring)'),
    ('optout/no_bot', 'ai_assist', True, 'landlord',
     'Guten Tag,\n\nich bin Eigentümer zweier Wohnungen in der Lindenstraße 17 in Kassel (WE 2 und WE 4) und '
     'zahle den Allgemeinstrom über Vertrag 000-7743-31. Drei Anliegen:\n\na) Der Oktoberwert ist wieder '
     'geschätzt, obwohl der Zähler im Hausflur frei zugänglich ist.\nb) Der neue Mieter in WE 4, Herr Yılmaz, '
     'zieht am 1. Januar ein und schließt einen eigenen Vertrag ab; bitte nichts von meinem Vertrag auf ihn '
     'übertragen.\nc) Ich habe diesen Monat drei Antworten bekommen, die offensichtlich ein Bot geschrieben '
     'hat, und jede widersprach der vorigen. Ich möchte auf diesem Vertrag keine Bot-Antworten und keine '
     'maschinell erzeugten Texte mehr. Schreiben soll mir ein Mensch.\n\nFreundliche Grüße\nWolfram Stiegelmeier'),
    ('optout/plain', 'ai_assist', True, 'newcomer',
     'Guten Tag,\n\nich bin im September aus Thessaloniki nach Würzburg gezogen, um in der Uniklinik zu '
     'arbeiten, und habe im Oktober mein Girokonto bei Ihnen eröffnet. Entschuldigen Sie die lange Nachricht, '
     'hier ist noch alles neu für mich.\n\nErstens brauche ich eine Kontobestätigung für die Familienkasse. '
     'Zweitens wurde die Lastschrift meines Fitnessstudios zurückgegeben, obwohl genug Geld auf dem Konto '
     'war; warum? Drittens hat mir in der ersten Woche in der App ein „virtueller Assistent“ geantwortet. Mir '
     'ist lieber, dass meine Nachrichten nicht von künstlicher Intelligenz verarbeitet werden. Bitte '
     'bearbeiten Sie meine Post ohne so etwas.\n\nDanke für Ihre Geduld\nEleni Papadopoulou'),
    ('optout/withdraw_consent', 'ai_assist', True, 'nightshift',
     'Sorry für die Uhrzeit, ich komme gerade aus einer Zwölf-Stunden-Schicht im Logistikzentrum in Bad '
     'Hersfeld und hab sonst keine ruhige Minute.\n\nZwei Sachen. Mein Kfz-Beitrag steigt im Januar um 13 € und '
     'ich habe kein Schreiben dazu bekommen, können Sie mir sagen, warum? Und beim Abschluss im Frühjahr '
     'hatte ich das Häkchen gesetzt, dass Ihr „smarter Assistent“ meine Anfragen bearbeiten darf. Das nehme '
     'ich jetzt zurück: Ich widerrufe diese Einwilligung, meine Nachrichten sollen nicht mehr von einer KI '
     'bearbeitet werden, die hat bei den Abbuchungsterminen ständig meine Schichten durcheinandergebracht.\n\n'
     'Ich schaue nach dem nächsten Nachtblock wieder in die Mails, wahrscheinlich Donnerstag.\n\nDennis '
     'Kowalczyk\nVertrag KF-000-7722'),
    ('optout/gdpr', 'ai_assist', True, 'decisionappeal',
     'Betreff: Beschwerde gegen die Kündigung meines Tagesgeldkontos (Endziffern 2291)\n\nSehr geehrte Damen '
     'und Herren,\n\nam 5. November haben Sie mein Tagesgeldkonto mit zwei Monaten Frist und ohne Begründung '
     'gekündigt. Dagegen wende ich mich.\n\n1) Ich bin seit einundzwanzig Jahren Kunde, ohne jede '
     'Unregelmäßigkeit.\n2) Falls die Kündigung auf einer „Risikoprüfung“ beruht, möchte ich wissen, welche '
     'Daten verwendet wurden.\n3) Ich berufe mich auf Art. 21 DSGVO und wende mich gegen die automatisierte '
     'Verarbeitung meiner Daten, gegen Profiling und gegen jede Nutzung künstlicher Intelligenz für meinen '
     'Fall und meine Schreiben. Bitte bestätigen Sie mir das.\n4) Bis zur Entscheidung lassen Sie das Konto '
     'bitte offen.\n\nMit freundlichen Grüßen\nDr. Konrad Elsässer'),
    ('optout/plain', 'ai_assist', True, 'landlord',
     'Guten Morgen,\n\nich schreibe wegen des Darlehens für meine vermietete Wohnung in Lüneburg (Darlehen '
     'IF-00004412), denn das Anschlussangebot läuft am 20. aus.\n\nDer Beleihungswert ist niedriger als vor '
     'zwei Jahren, was mich wundert, da Küche und Dach seitdem erneuert wurden; die Rechnungen kann ich '
     'schicken. Außerdem möchte ich wissen, ob die Gebühren mitfinanziert werden können.\n\nUnd eine Bitte, die '
     'dauerhaft in meiner Akte stehen soll: bei mir bitte nur Menschen. Meine E-Mails sollen nicht von '
     'KI-Software zusammengefasst, sortiert oder beantwortet werden. Auf eine Antwort Ihrer Mitarbeiter warte '
     'ich gern etwas länger.\n\nVielen Dank\nGundula Treptow'),
    ('optout/quoted', 'ai_assist', True, 'student',
     'ok das ist ne längere Geschichte 😅\n\nmeine Mitbewohnerin Merle hat euren Chat wegen der '
     'Hausratversicherung für Studis gefragt und der hat ihr wörtlich geschrieben:\n> „Ihr Laptop ist weltweit '
     'ohne Selbstbeteiligung versichert.“\nstimmt nicht, sie hat nachgelesen: 150 € Selbstbeteiligung und nur '
     'in Deutschland. Screenshot hat sie.\n\nalso zu MEINER Police (HR-00093319): ist mein Fahrrad versichert, '
     "wenn's vor der Mensa angeschlossen ist? und kann ich meine Kopfhörer als Wertsache eintragen?\n\nund nach "
     'der Aktion will ich nicht, dass irgendwas von mir von einer KI bearbeitet wird. steckt meine '
     "Nachrichten da bitte nicht rein, ok? lieber ne echte Antwort, auch wenn's länger dauert 🙏\n\ndanke!!\n"
     'Finja Oltmanns'),
    ('optout/with_person', 'human', True, 'newcomer',
     'Guten Tag,\n\nich bin vor sechs Wochen mit meiner Frau und unseren zwei Kindern aus Aleppo über Beirut '
     'nach Magdeburg gekommen, und wir haben in Ihrer Filiale am Breiten Weg ein Familienkonto eröffnet. Ich '
     'lerne noch, wie hier alles funktioniert, bitte entschuldigen Sie die Fragen.\n\nWir haben einen Brief '
     'bekommen, dass die Identitätsprüfung „unvollständig“ sei, aber nicht, was fehlt. Wir haben Pässe, '
     'Aufenthaltstitel und Mietvertrag. Ich möchte nicht, dass das ein Chatbot oder ein automatisches System '
     'bearbeitet; ich habe schon zwei Abende mit dem Bot verbracht, er schickte nur dieselben Links. Bitte '
     'rufen Sie mich an, jemand aus der Filiale, werktags ab 16 Uhr, 0176 0000 0452.\n\nVielen Dank\nKhaled '
     'Al-Hamwi'),
    ('optout/with_person', 'human', True, 'nightshift',
     'Hallo, ich schreibe um halb sechs in der Pause, sorry für Tippfehler.\n\nMein Vater ist im Oktober '
     'gestorben und ich kümmere mich um seinen Gasvertrag (Nr. 000-553-612). Die Sterbeurkunde habe ich vor '
     'zwei Wochen per Post geschickt, und seitdem kamen zwei automatische Mails, „der Vertragsinhaber“ möge '
     'sich einloggen. Das tut weh. Bitte keine automatischen Nachrichten und keine von KI geschriebenen '
     'Antworten mehr in dieser Sache: Ich möchte, dass mich eine bestimmte Person anruft, die den Fall kennt. '
     'Ich habe bis Sonntag Nachtdienst, nachmittags passt am besten, 0151 0000 0240.\n\nDer letzte Zählerstand '
     'war 06233 am 30., Foto anbei.\n\nDanke\nTorsten Jablonski'),
    ('optneg/quoted_other', 'ai_assist', False, 'landlord',
     'Hallo,\n\nich bin Vermieterin des Hauses Am Kirchberg 3 in Bamberg und das Wasser für das ganze Haus '
     'läuft auf meinen Namen (Kundennummer WV-000-2758). Meine Mieterin aus dem Dachgeschoss hat mir das hier '
     'weitergeleitet, ich soll es Ihnen ausrichten:\n\n„Sag den Stadtwerken, dass ich keine KI-Antworten '
     'will.“\n\nIch habe ihr gesagt, sie kann Ihnen selbst schreiben, auch wenn der Vertrag nicht auf sie '
     'läuft, aber ich wollte es erwähnen. Mir selbst ist egal, wie Sie antworten.\n\nMeine eigentliche Frage: '
     'Der Abschlag ist von 44 € auf 95 € im Monat gestiegen, nach einem Rohrbruch, der im August repariert '
     'wurde. Gibt es da eine Kulanzregelung? Die Klempnerrechnung hängt an.\n\nViele Grüße\nRosemarie Kraußer'),
    ('optneg/withdrawn', 'ai_assist', False, 'decisionappeal',
     'Sehr geehrtes Beschwerdemanagement,\n\ndanke für die Prüfung meiner Beschwerde wegen der nicht '
     'erstatteten Gebühr (Vorgang 000-3314). Nach Ihrem Schreiben vom 24. November nehme ich die '
     'Teilerstattung von 39 € an.\n\nZwei offene Punkte:\n1. In meiner ersten Beschwerde hatte ich geschrieben, '
     'dass Ihr KI-Assistent nicht beteiligt sein soll. Ich habe ihn seitdem benutzt, um die Erstattung zu '
     'verfolgen, und er war schnell und korrekt. Vergessen Sie also die damalige Anweisung; er darf auf '
     'meinem Konto wieder eingesetzt werden.\n2. Das Geld ist noch nicht da. Können Sie mir Datum und '
     'Empfängerkonto der Überweisung bestätigen?\n\nMit Eingang betrachte ich die Sache als erledigt.\n\n'
     'Freundliche Grüße\nIngeborg Wesselmann'),
    ('optneg/ai_feature', 'ai_assist', False, 'student',
     'hi, hab grad die Mail zum neuen KI-Budgetcoach in der Studi-App bekommen 🤖💸\n\nbevor ich den anmache:\n1. '
     'kostet der was oder ist der im Studentenkonto drin?\n2. sieht der meinen Dispo und warnt mich, wenn ich '
     'an die 500 € komme? letztes Semester war ich drüber und hab nen ziemlich traurigen Brief bekommen\n3. '
     'wenn ich mein Sparkonto verbinde, schiebt der dann selbst Geld hin und her oder fragt er vorher?\n\nund '
     "mein BAföG kommt Anfang Januar, gibt's ne Erinnerung am Tag vorher, damit ich nicht alles auf einmal "
     'für Miete und Döner raushaue? 😂\n\ndanke,\nLasse (Kieler Jung, studiert jetzt in Leipzig)'),
    ('optneg/praise', 'ai_assist', False, 'nightshift',
     'Guten Abend (bzw. Morgen),\n\nkurze Rückmeldung von einem Notfallsanitäter, der Ihnen nur nachts um drei '
     'schreibt: Der Chat-Assistent Ihrer Internetseite hat heute Nacht meine Kartensperre in vier Minuten '
     'gelöst, während ich zwischen zwei Einsätzen auf der Wache saß. Hut ab, das war viel besser, als auf die '
     'Öffnungszeiten der Hotline zu warten.\n\nEine Sache konnte er nicht: Ich muss die Abbuchung meiner '
     'Kreditkarte vom 1. auf den 15. verlegen, weil sich mit dem neuen Dienstplan unser Zahltag geändert hat. '
     'Geht das online, und betrifft es schon die Abrechnung dieses Monats?\n\nDanke\nMarkus Pfefferkorn'),
    ('optneg/footer_ai', 'ai_assist', False, 'newcomer',
     'Guten Tag,\n\nich habe letzten Monat im Büro von Halvorsen Maritime in Bremen angefangen, versetzt aus '
     'Bergen, und mein Arbeitgeber möchte ein deutsches Konto für das Gehalt. Arbeitsvertrag und eine '
     'Stromrechnung der Wohnung habe ich. Brauche ich einen Termin, oder kann ich das Konto online mit einem '
     'norwegischen Pass eröffnen?\n\nUnd kann das erste Gehalt schon eingehen, bevor die Karte da ist?\n\nMit '
     'freundlichen Grüßen\nSindre Halvorsen\n\n--\nHalvorsen Maritime GmbH. Laut unserer IT-Richtlinie können '
     'KI-Werkzeuge diese Nachricht geprüft oder übersetzt haben. Falsch zugestellt? Dann bitte löschen und '
     'dem Absender Bescheid geben.'),
    ('optneg/ai_product', 'ai_assist', False, 'landlord',
     'Hallo,\n\nich vermiete ein Reihenhaus in Paderborn und überlege, das KI-gesteuerte Thermostat einbauen zu '
     'lassen, das Sie bewerben, das, das lernt, wann jemand zu Hause ist. Vorher ein paar Fragen:\n\n- Können '
     'die Mieter es mit ihrer eigenen App steuern, während ich nur den Verbrauch sehe?\n- Läuft die Gebühr von '
     '5 € im Monat über meinen Vertrag oder ihren? Der Strom läuft auf die Mieter.\n- Wenn sie ausziehen, '
     'lässt es sich ohne Technikerbesuch zurücksetzen?\n\nAußerdem ist im Februar die Wartung der Gastherme '
     'fällig; bieten Sie die Wartung mit Prüfprotokoll noch an?\n\nVielen Dank vorab\nSabine Lichtenecker'),
    ('optneg/bot_wrong', 'ai_assist', False, 'student',
     'hi, ich bin im ersten Semester und wohne in ner WG in der Neustadt.\n\neuer Website-Bot hat gesagt, der '
     'Internetanschluss wird in „zwei Werktagen“ geschaltet, also hab ich ihn für den Tag vor '
     'Vorlesungsbeginn bestellt. jetzt ist Tag neun 😭 und ich mach die Vorlesungen über Hotspot. ich weiß, '
     'der Bot hat sich das wahrscheinlich ausgedacht, passt schon, bin ihm nicht böse, ich brauch nur nen '
     'echten Termin.\n\naußerdem stehen auf der ersten Rechnung 30 € „Bereitstellung“, aber in der Werbung '
     'stand kostenlos für Studis. könnt ihr das rausnehmen?\n\nAuftrag IA-000-61281\n\ndanke, Paulina Szymański'),
    ('optneg/ai_question', 'ai_assist', False, 'decisionappeal',
     'Sehr geehrte Damen und Herren,\n\nBezug: abgelehnter Antrag KK-000887\n\nich möchte Widerspruch gegen die '
     'Ablehnung meines Kreditkartenantrags einlegen.\n\n1. Meine SCHUFA-Auskunft vom 26. November enthält keine '
     'Negativeinträge.\n2. Ich wohne seit zwölf Jahren unter derselben Adresse und bin seit sechs Jahren beim '
     'selben Arbeitgeber.\n3. Können Sie mir sagen, ob die Entscheidung von einem automatischen Scoring '
     'getroffen wurde? Ich frage nur, um die Kriterien zu verstehen; gegen automatisierte Verfahren habe ich '
     'nichts und bitte auch nicht darum, sie einzustellen.\n4. Mit einem niedrigeren Limit von 1.000 € wäre '
     'ich einverstanden.\n\nIch freue mich auf Ihre Antwort.\n\nMit freundlichen Grüßen\nUlrich Behrendsen'),
    ('human/callback', 'human', False, 'nightshift',
     'Guten Tag,\n\nich arbeite nachts im Pflegeheim und habe Ihr Schreiben erst jetzt gesehen: Mein Internet '
     'soll am Freitag wegen Zahlungsrückstand gesperrt werden. Die Abbuchung IST am 3. erfolgt, ich habe den '
     'Kontoauszug. Die Angehörigen der Bewohner machen in meiner Pause Videoanrufe mit mir, ich brauche den '
     'Anschluss also wirklich.\n\nKann mich heute bitte jemand anrufen? Ich bin von 14 bis 19:30 Uhr wach, dann '
     'fahre ich los; Nummer 0160 0000 0719. Das Onlineformular habe ich dreimal probiert, es hängt sich jedes '
     'Mal auf.\n\nVertrag IA-000-4420, auf den Namen Birgit Schwarzkopf.\n\nDanke\nBirgit'),
    ('human/supervisor', 'human', False, 'decisionappeal',
     'Sehr geehrte Damen und Herren,\n\nNachfassung zu meiner Beschwerde vom 13. Oktober (Vorgang 00-5135)\n\n'
     'Dies ist mein drittes Schreiben. Zur Erinnerung:\n1. Sie haben die Erstattung von 310 € für eine Reise '
     'an den Gardasee abgelehnt, die das Hotel storniert hat, nicht ich.\n2. Auf meine erste Beschwerde kam '
     'derselbe Absatz wie in der Ablehnung.\n3. Auf die zweite kam innerhalb Ihrer eigenen Frist von vier '
     'Wochen gar nichts.\n\nIch bitte jetzt darum, dass mein Vorgang an eine Vorgesetzte oder einen Teamleiter '
     'geht, der befugt ist, ihn neu zu prüfen. Nennen Sie mir bitte den Namen und wann ich von ihm höre. '
     'Sonst wende ich mich nach dem 18. Dezember an die Schlichtungsstelle.\n\nMit freundlichen Grüßen\nCornelia '
     'Hüttenrauch'),
    ('human/named_contact', 'human', False, 'landlord',
     'Guten Tag,\n\nich führe das Konto meiner vier vermieteten Wohnungen (DE00 0000 0000 0008 1734 00) und '
     'hatte jahrelang Frau Annegret Vogelsang in der Filiale Göttingen als Betreuerin. Ihre Abwesenheitsnotiz '
     'sagt, dass sie nicht mehr bei Ihnen ist.\n\nIch habe eine Frage zur Zwischenfinanzierung, die für eine '
     'E-Mail zu umfangreich ist: Der Verkauf einer Wohnung ist im März, der Kauf einer anderen im Februar. '
     'Können Sie mir Namen und Durchwahl der Person nennen, die ihre Kunden übernommen hat, oder dafür '
     'sorgen, dass sie mich kontaktiert? Ich möchte lieber mit einem festen Ansprechpartner sprechen als mit '
     'der allgemeinen Hotline.\n\nDanke\nEberhard Tiedemann'),
    ('human/anyone', 'human', False, 'student',
     'hallo??\n\ndas ist meine vierte Nachricht wegen meiner Wohnheimkaution 😩 bin am 30. Juni aus dem Wohnheim '
     'Albertinum ausgezogen, Zimmer war blitzblank (Fotos hab ich), und mir wurden die 300 € „innerhalb von '
     '30 Tagen“ versprochen. wir haben Dezember.\n\njedes Mal kommt ne Mail „wir prüfen Ihr Anliegen“ und dann '
     'nix. liest das hier überhaupt ein echter Mensch oder ist das nur ne Maschine, die automatisch '
     "antwortet? ernst gemeinte Frage. falls da jemand Echtes ist, sagt mir einfach, was los ist, auch wenn's "
     'ne schlechte Nachricht ist\n\nMatrikelnr. 2100-0450\ndanke,\nCarla Bruckhoff (Master Soziale Arbeit)'),
    ('human/plain', 'human', False, 'newcomer',
     'Guten Tag,\n\nich bin im August aus Bogotá nach Aachen gekommen, um zu promovieren, und versuche meine '
     'erste Stromrechnung zu verstehen. Da steht „Grundpreis“, „Arbeitspreis“ und „Abschlag“, und ich sehe '
     'nicht, wie der Betrag zustande kommt. Außerdem soll ich im Dezember eine Nachzahlung leisten, obwohl '
     'ich jeden Monat bezahlt habe.\n\nDie Hilfeseiten habe ich gelesen, aber ich glaube, ich verstehe es viel '
     'schneller, wenn ich mit einer Mitarbeiterin oder einem Mitarbeiter sprechen kann. Kann mir bitte eine '
     'Person aus dem Kundenservice das erklären? Vormittags habe ich meistens Zeit.\n\nVertrag ST-000-31523.\n\n'
     'Vielen Dank\nCamilo Restrepo Uribe'),
    ('human/callback', 'human', False, 'newcomer',
     'Guten Tag,\n\nmeine Familie und ich sind im Oktober aus Kyjiw gekommen und wohnen zur Miete in Erfurt. '
     'Letzten Monat haben wir bei Ihnen eine Hausratversicherung abgeschlossen (Police HR-000-2294). Am '
     'Samstag kam Wasser aus der Wohnung über uns durch die Decke und hat das Sofa, zwei Matratzen und die '
     'Schulbücher meines Sohnes beschädigt.\n\nIch habe Fotos und den Namen des Nachbarn. Ich kenne den Ablauf '
     'in Deutschland nicht, ob wir melden oder seine Haftpflicht, und habe Angst, bei den Formularen etwas '
     'falsch zu machen. Könnte mich jemand aus der Schadenabteilung anrufen und es erklären? 0157 0000 0736, '
     'ab 10 Uhr.\n\nMit freundlichen Grüßen\nOksana Melnyk'),
    ('humanneg/quoted_request', 'ai_assist', False, 'decisionappeal',
     'Sehr geehrte Damen und Herren,\n\nBetr.: Widerspruch 000-77163 (abgelehnter Schaden)\n\nIn meinem Brief vom '
     '4. November schrieb ich wörtlich: „Wenn das wieder abgelehnt wird, verlange ich einen Vorgesetzten.“ '
     'Das ist nicht mehr nötig. Herr Kühnapfel hat den Schaden neu geprüft, die Ablehnung aufgehoben, und die '
     'Zahlung von 590 € kam am Montag. Danke.\n\nEs bleibt wenig:\n1. Im Verlängerungsangebot steht der Schaden '
     'noch als „abgelehnt“; bitte korrigieren.\n2. Wirkt sich der Schaden auf meine Schadenfreiheitsklasse '
     'aus, obwohl ein Dritter ihn verursacht hat?\n\nEine schriftliche Antwort genügt.\n\nMit freundlichen Grüßen\n'
     'Astrid Wendehorst'),
    ('humanneg/thanks_agent', 'ai_assist', False, 'nightshift',
     'Hallo,\n\nich bin Nachtportier in einem Hotel in Rostock, deshalb habe ich letzte Woche gegen zwei Uhr '
     'nachts Ihre 24-Stunden-Hotline angerufen und hatte Herrn Demirci dran, der großartig war. Er hat die '
     'doppelte Abbuchung auf meiner Karte sofort gefunden und gesagt, sie wird storniert. Richten Sie ihm '
     'bitte meinen Dank aus; er war sehr geduldig mit einem sehr müden Mann.\n\nIch muss ihn nicht noch mal '
     'sprechen, nur eine Frage an wen auch immer: Die Rückbuchung über 69,95 € steht in der App als '
     '„vorgemerkt“. Wie lange dauert es, bis daraus eine richtige Gutschrift wird?\n\nGrüße\nHolger Rademacher\n'
     'Karte endet auf 0043'),
    ('bias/origin', 'bias_review', False, 'newcomer',
     'Sehr geehrter Kundenservice,\n\nich bin im Frühjahr aus Sofia nach Regensburg gezogen und arbeite als '
     'Softwaretester. Ich habe ein paar Anliegen.\n\nErstens danke für den schnellen Kartentausch letzten '
     'Monat. Zweitens meine Handyvertragsverlängerung: Im Shop in der Maximilianstraße schaute der Verkäufer '
     'auf meinen Pass und sagte „bei Bulgaren nehmen wir 250 € Kaution, tut mir leid, Vorschrift“. Mein '
     'Kollege Florian, hier geboren, mit demselben Gehalt und kürzer im Betrieb als ich, hat am nächsten Tag '
     'im selben Shop denselben Vertrag ohne jede Kaution verlängert. Von ihm wollte niemand etwas.\n\nDrittens '
     'ändern Sie bitte meine E-Mail-Adresse auf die neue unten.\n\nDimitar Georgiev'),
    ('bias/disability', 'bias_review', False, 'decisionappeal',
     'Sehr geehrte Widerspruchsstelle,\n\nWiderspruch gegen den Entzug meines Sozialtickets für Arbeitsuchende '
     '(Az. ST-00-6617)\n\n1. Ich hatte das Ticket von März bis September ohne Probleme.\n2. Im September bin ich '
     'zum Verlängerungsgespräch zum ersten Mal im Rollstuhl gekommen; vorher hatte ich Krücken.\n3. Die '
     'Sachbearbeiterin meinte, „im Rollstuhl sucht man ja eher nicht ernsthaft Arbeit“, und vermerkte „keine '
     'aktive Arbeitsuche“.\n4. Sonst hat sich nichts geändert: dieselbe Stelle, dieselben Bewerbungsnachweise, '
     'dieselben Unterlagen. Zwei andere Antragsteller am selben Vormittag haben ihr Ticket behalten.\n5. '
     'Außerdem brauche ich eine Quittung über die 10 € für die Ersatzkarte.\n\nIch bitte um Überprüfung.\n\nMit '
     'freundlichen Grüßen\nSven Aufderheide'),
    ('bias/religion', 'bias_review', False, 'student',
     'hallo Wohnheimverwaltung 👋\n\nein paar Dinge:\n- die Waschmaschine in Haus C ist seit der Klausurenphase '
     'kaputt\n- ich würd gern fürs Sommersemester das Zimmer wechseln, und das ist der Teil, der mich echt '
     'getroffen hat. als ich am Empfang nach dem ruhigen Flur gefragt hab, meinte die Frau: „den Flur halten '
     'wir für Leute frei, die sich anpassen, du mit deinem Turban und dem Beten bist bei deinen Leuten in '
     'Haus F besser aufgehoben“. mein Kumpel Jonas hat ne Stunde später genau denselben Flur angefragt und '
     'stand sofort auf der Liste. ich trag nen Dastar, er nicht, das ist buchstäblich der einzige Unterschied '
     'lol nur lustig ist es nicht\n- wann kommen die Mietabrechnungen für Januar?\n\nHarpreet Singh Gill, Zimmer '
     'C-214'),
    ('bias/age', 'bias_review', False, 'landlord',
     'Sehr geehrtes Baufinanzierungsteam,\n\nich besitze drei vermietete Wohnungen in Freiburg, alle seit '
     'Jahren bei Ihnen finanziert, und schreibe wegen mehrerer Dinge.\n\nIm Jahreskontoauszug zu IF-00007126 '
     'steht eine Überzahlung, die ich zurückhaben möchte. Außerdem läuft die Gebäudeversicherung für Wohnung '
     '2 aus.\n\nErnster: Ich wollte Wohnung 3 auf Ihre fünfjährige Zinsbindung umstellen. Die Beraterin sagte '
     'am Telefon: „Mit einundsiebzig binden Sie sich besser nicht so lange, wer weiß, ob Sie das noch '
     'erleben.“ Angeboten hat sie mir nur das variable Darlehen über zwei Jahre. Meine Tochter Katrin, 42, '
     'mit weniger Einkommen und nur einer Wohnung, bekam am selben Tag die fünfjährige Bindung ohne '
     'Nachfrage.\n\nBitte prüfen Sie das und bestätigen Sie die Überzahlung.\n\nGrüße\nHannelore Seifried'),
    ('bias/sex', 'bias_review', False, 'nightshift',
     'Hallo,\n\nwird lang, ich schreib in der Pause im Briefzentrum.\n\n1) Danke, dass der App-Login letzte Woche '
     'repariert wurde.\n2) Im Oktober habe ich Ihrem Berater erzählt, dass ich schwanger bin und im Januar in '
     'den Mutterschutz gehe. Bis dahin lag mein Kartenlimit bei 3.000 € und ich war nie im Rückstand. Eine '
     'Woche nach dem Gespräch wurde es auf 500 € gesenkt, und als ich nach dem Grund fragte, sagte der Mann: '
     '„Frische Mütter geben zu viel aus, da senken wir das Risiko.“ Mein Mann, gleiche Karte, gleiches '
     'Gehalt, auch im Nachtdienst, hatte keinerlei Änderung.\n3) Kann ich den Abrechnungstag auf den 20. '
     'legen?\n\nDanke\nJanine Oberholz'),
    ('bias/race', 'bias_review', False, 'landlord',
     'Guten Morgen,\n\nich bin Eigentümer der Wohnung Körnerstraße 26 in Dortmund und habe mein Konto in Ihrer '
     'Filiale am Westenhellweg. Mehrere Punkte:\n\n- Die Novembermiete, die die Hausverwaltung überweist, ist '
     'immer noch nicht auf dem Konto mit Endziffern 5513.\n- Als ich am Dienstag den Kautionsscheck einreichen '
     'wollte, fragte mich die Kassiererin dreimal, ob ich „wirklich der Eigentümer“ sei, und verlangte '
     'Ausweis und Grundbuchauszug. Mein Geschäftspartner Jörg, der weiß ist, hat letzten Monat am selben '
     'Schalter einen Scheck für dieselbe Wohnung eingereicht und wurde nichts gefragt. Beim Gehen hörte ich '
     'sie zu ihrer Kollegin sagen: „Die haben immer Schecks von anderen.“\n- Bitte schicken Sie mir neue '
     'Einzahlungsbelege.\n\nMit freundlichen Grüßen\nEmmanuel Owusu-Brandt'),
    ('hardneg/pricing', 'ai_assist', False, 'student',
     'ok, Meckern incoming, aber über Preise, nicht über Menschen 😅\n\neuer „Studi Unlimited“ gilt nur für '
     'Vollzeitstudierende?? ich bin Teilzeit (arbeite drei Tage im Café für die Miete) und auf der Website '
     'steht, Teilzeit zahlt 8 € mehr. ehrlich gesagt benachteiligt ihr Teilzeitstudis, wir sind genauso '
     'pleite. ist ne Tarifsache, versteh ich, find ich halt nur albern.\n\nFragen:\n1. krieg ich den Studipreis, '
     "wenn die Uni meine Immatrikulation bestätigt?\n2. wenn nicht, gibt's nen günstigeren Tarif ohne "
     'Laufzeit?\n3. kann ich meine Nummer mitnehmen?\n\ndanke,\nRonja Kleinschmidt'),
    ('hardneg/someone_else', 'ai_assist', False, 'nightshift',
     'Hallo,\n\nich schreib das am Ende der Nachtschicht im Verteilzentrum.\n\nZuerst meine eigentliche Frage: '
     'Mein Beitrag zur betrieblichen Altersvorsorge ist diesen Monat gesunken, obwohl meine Stunden gleich '
     'geblieben sind. Können Sie die Berechnung für Mitglied 000-44095 prüfen?\n\nZweitens, nicht meine '
     "Beschwerde, aber ich hab's versprochen: Ein Kollege aus der Schicht, Piotr, findet, dass man ihn an der "
     'Hotline wegen seines Akzents von oben herab behandelt hat, und hat schon selbst Beschwerde eingelegt. '
     'Er will nur wissen, an welche Adresse er seine Briefe schicken soll. Ich selbst wurde am Telefon immer '
     'gut behandelt, das ist keine Beschwerde von mir.\n\nUnd der Standardwitz bei uns: die Rente kommt mit 90, '
     'also keine Eile.\n\nGruß\nRalf Hinrichsen'),
    ('hardneg/rude_agent', 'ai_assist', False, 'decisionappeal',
     'Sehr geehrte Damen und Herren,\n\nWiderspruch: abgelehnte Erstattung zu Bestellung 000-58216\n\n1. Ich habe '
     'den defekten Kaffeevollautomaten innerhalb von 14 Tagen versichert zurückgeschickt und habe den Beleg.\n'
     '2. Die Erstattung wurde abgelehnt, weil der Karton „nicht original“ sei. Es war der Originalkarton.\n3. '
     'Als ich am 25. November anrief, war der Mitarbeiter ausgesprochen unhöflich: Er seufzte, fiel mir ins '
     'Wort, sagte, ich solle „die AGB lesen wie alle anderen auch“, und legte auf. Ich unterstelle nichts '
     'Persönliches; vermutlich hatte er einen schlechten Tag, aber professionell war das nicht.\n4. Ich '
     'verlange die 139 € zurück auf meine Karte.\n\nBitte prüfen Sie das erneut.\n\nMit freundlichen Grüßen\n'
     'Detlef Rasmussen'),
    ('hardneg/format', 'ai_assist', False, 'landlord',
     'Guten Tag,\n\nich vermiete eine kleine Ferienwohnung in Wernigerode, der Wasser- und Abwasservertrag '
     'läuft auf meinen Namen (WV-000-77034).\n\nMeine Sehkraft hat stark nachgelassen und ich nutze jetzt einen '
     'Screenreader. Könnten Sie mir künftige Rechnungen als barrierefreies PDF oder als reine Text-E-Mail '
     'statt als eingescanntes Bild schicken? Papier in Großdruck ginge auch. Ich habe auf Ihrer Website die '
     'Erklärung zur Barrierefreiheit und Ihr Leitbild zur Gleichbehandlung gelesen, dort steht, dass das '
     'möglich ist.\n\nBitte bestätigen Sie außerdem die Jahresgebühr 2027 und ob ich sie in zehn Raten zahlen '
     'kann. Die Mieterin erstattet mir vierteljährlich.\n\nVielen Dank\nGerhard Wohlleben'),
    ('hardneg/own_prejudice', 'ai_assist', False, 'newcomer',
     'Guten Tag,\n\nich bin im Sommer aus Porto nach Stuttgart gezogen und muss etwas gestehen: Als ich sah, '
     'dass mein Berater in der Filiale am Schlossplatz ein sehr junger Mann mit Tattoos war, dachte ich, der '
     'hat bestimmt keine Ahnung von ausländischen Renten. Da lag ich völlig falsch. Herr Mayer-Ebner hat mir '
     'die Übertragung meiner portugiesischen Rente besser erklärt als mein eigener Steuerberater. Mein '
     'Vorurteil war mir peinlich.\n\nJetzt meine Frage: Er sagte, die Formulare kommen in zehn Tagen per Post. '
     'Es sind drei Wochen vergangen. Können Sie prüfen, ob sie an meine alte Adresse in Bad Cannstatt '
     'gingen?\n\nMit freundlichen Grüßen\nRui Magalhães'),
    ('hardneg/settled', 'ai_assist', False, 'newcomer',
     'Sehr geehrter Kundenservice,\n\nich komme aus Ghana und lebe seit vier Jahren in Hannover. Im ersten Jahr '
     'habe ich mich darüber beschwert, wie ich bei der Kontoeröffnung behandelt wurde; Ihr Team hat das '
     'geprüft, sich entschuldigt, und ich habe die Lösung angenommen. Die Sache ist abgeschlossen, ich '
     'erwähne sie nur, weil das Aktenzeichen (BS-000-1190) noch in meinem Onlineprofil auftaucht und Ihre '
     'Mitarbeiter verwirrt.\n\nHeute brauche ich etwas anderes: Ich kaufe meine erste Wohnung und brauche eine '
     'Finanzierungsbestätigung. Welche Unterlagen brauchen Sie, und reicht meine vierjährige Kredithistorie '
     'in Deutschland?\n\nDanke\nKwame Asante-Lührs'),
    ('ordinary/plain', 'ai_assist', False, 'student',
     'hey! 🎓\n\nich zieh am Semesterende aus dem Wohnheim aus in ne WG in der Südstadt mit drei Leuten aus '
     'meinem Studiengang. könntet ihr:\n1. meine Adresse ab 10. Januar auf Wörthstraße 8, 50000 Köln ändern\n2. '
     'mir die neue Karte dorthin schicken, die alte hat nen Riss lol\n3. mir sagen, ob ich wegen dem Dispo '
     'beim Umzug was machen muss, ist immer noch der zinsfreie Studi-Dispo\n\nund noch was: teilt die Funktion '
     '„geteilte Ausgaben“ die Internetrechnung automatisch durch vier, oder muss eine Person zahlen und sich '
     'das Geld dann von den anderen holen?\n\ntausend Dank,\nMia'),
    ('ordinary/plain', 'ai_assist', False, 'nightshift',
     'Hallo,\n\nich bin Pfleger und wechsle gerade vom Tagdienst in feste Nachtdienste auf der Dialysestation, '
     'dadurch kommt mein Gehalt jetzt am 15. statt am 28. Könnten Sie bitte:\n\n- die Rate meines Kredits '
     '(RK-000-60921) ab Januar auf den 16. legen;\n- bestätigen, ob die Dezemberrate noch am 29. abgebucht '
     'wird;\n- meine Telefonnummer auf 0170 0000 0193 ändern, die alte ist mein Diensthandy?\n\nTagsüber schlafe '
     'ich meistens, deshalb lieber per Mail. Keine Eile, vor Weihnachten reicht völlig.\n\nVielen Dank\nTobias '
     'Wendland'),
]
