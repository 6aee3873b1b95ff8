"""Blind set 50, German (Germany): 40 rows written by hand for this set. (category, label, opt_out, style, text)."""
B, H, A = "bias_review", "human", "ai_assist"

ROWS = [
    # --- bias (8: 4 explicit, 4 implicit) ---
    ("bias/remark", B, False, "review",
     "Ein Stern f\u00fcr die Wohnungsbaugesellschaft Rheinblick, Gesch\u00e4ftsstelle Duisburg-Hochfeld. Mein Vater (62, "
     "seit 38 Jahren bei Thyssen, feste Rente ab n\u00e4chstem Jahr) hat sich auf die Zweizimmerwohnung in der "
     "Wanheimer Stra\u00dfe beworben. Bei der Besichtigung war alles freundlich, bis der Mitarbeiter seinen Namen auf "
     "der Selbstauskunft las. Dann sagte er zu ihm, ich stand daneben: \"Ehrlich gesagt, an T\u00fcrken vermieten wir in "
     "dem Haus nicht mehr, die Nachbarn haben sich beschwert.\" Mein Vater ist hier geboren, hat einen deutschen Pass "
     "und hat noch nie eine Miete zu sp\u00e4t gezahlt. Die Wohnung steht weiter auf Ihrer Website. Ich habe die "
     "Besichtigung, Uhrzeit und den Namen des Mitarbeiters notiert. Ich erwarte, dass Sie dazu Stellung nehmen, und "
     "zwar nicht mit einem Textbaustein. Serkan Y\u0131lmaz"),
    ("bias/remark", B, False, "dm",
     "eure Kassiererin in der Filiale K\u00f6ln-Kalk zu meiner Frau: \"mit dem Rollstuhl bitte nur vormittags, wenn's "
     "leer ist\" \U0001f620\nsamstag 11 uhr, kasse 2"),
    ("bias/cause", B, False, "ticket-reply",
     "> Ihre Mitgliedschaft wurde gem\u00e4\u00df \u00a7 9 unserer AGB au\u00dferordentlich gek\u00fcndigt.\n> Ihr Team von "
     "VitaFit Leipzig\n\n"
     "\u00a7 9 nennt Zahlungsverzug und Sachbesch\u00e4digung. Beides liegt nicht vor. Der Studioleiter hat mir am "
     "Montag gesagt, warum: \"Als Transfrau in der Damenumkleide, das wollen unsere Mitglieder nicht.\" Ich bin seit "
     "vier Jahren Mitglied. Bitte nehmen Sie die K\u00fcndigung zur\u00fcck oder nennen Sie einen echten Grund."),
    ("bias/cause", B, False, "ticket-reply",
     "> Sehr geehrter Herr Kowalczyk, vielen Dank f\u00fcr Ihr Interesse. Wir haben uns f\u00fcr eine andere Kandidatin "
     "entschieden.\n> Mit freundlichen Gr\u00fc\u00dfen, Personalabteilung Nordlicht Logistik GmbH\n\n"
     "Das mag so sein, aber ich m\u00f6chte festhalten, was mir im Gespr\u00e4ch am 12. "
     "November gesagt wurde. Herr Brandt, der Leiter des Lagers, meinte zum Schluss w\u00f6rtlich: \"Fachlich passt das "
     "alles, aber mit 58 sind Sie f\u00fcr unser junges Team einfach zu alt, das w\u00e4re nicht fair Ihnen gegen\u00fcber.\" "
     "Ich habe 31 Jahre Erfahrung in der Disposition, alle geforderten Qualifikationen und w\u00e4re sofort "
     "verf\u00fcgbar gewesen. Die Stelle wurde am Tag nach meiner Absage erneut ausgeschrieben, mit dem Zusatz \"junges, "
     "dynamisches Umfeld\". Ich sehe darin eine Benachteiligung aufgrund meines Alters und erwarte eine schriftliche "
     "Stellungnahme, wer die Entscheidung getroffen hat und aus welchem Grund. Die Frist nach dem AGG ist mir bekannt. "
     "Mit freundlichen Gr\u00fc\u00dfen, Andrzej Kowalczyk"),
    ("bias/comparison", B, False, "review",
     "Zwei Sterne f\u00fcr die Bar Hafenkante in Hamburg. Wir waren am Freitag zu dritt, mit Reservierung auf meinen "
     "Namen f\u00fcr 21 Uhr. Meine Kollegin Lena ging als Erste zur T\u00fcr und wurde durchgewunken. Emeka und ich kamen "
     "zwei Minuten sp\u00e4ter, gleiche Kleidung wie sie, Hemd und Jeans, n\u00fcchtern, Reservierung auf dem Handy. Der "
     "T\u00fcrsteher sagte: \"Heute nur Stammg\u00e4ste.\" Lena war noch nie in der Bar, ich schon dreimal. Nach uns "
     "kamen zwei Gruppen rein, die keiner von uns je dort gesehen hat. Lena ist wieder rausgekommen, weil sie ohne "
     "uns nicht bleiben wollte. Ich m\u00f6chte nicht spekulieren, aber wenn der einzige Unterschied zwischen den "
     "G\u00e4sten, die rein d\u00fcrfen, und denen, die drau\u00dfen bleiben, etwas ist, wof\u00fcr man nichts kann, dann "
     "sollte die Gesch\u00e4ftsf\u00fchrung das wissen. Wir waren zu dritt verabredet, um einen Geburtstag zu feiern."),
    ("bias/comparison", B, False, "dm",
     "kurze frage an eure kreditkartenabteilung \U0001f644\nmein mann und ich: gemeinsames konto, gleiches gehalt, "
     "gleiche schufa\ner: limit 5.000 \u20ac\nich: 500 \u20ac\nhab in der filiale nachgefragt, antwort: \"das ist "
     "halt so\"\nwarum?"),
    ("bias/access", B, False, "review",
     "Ein Stern, Reisezentrum M\u00fcnster Hbf. Meine Tochter spricht \u00fcber ihr Tablet mit Sprachausgabe. Sie wollte "
     "eine BahnCard kaufen, der Mann am Schalter hat sie nach zehn Sekunden weggeschickt: \"Kommen Sie wieder, wenn "
     "Sie selbst reden k\u00f6nnen, ich hab keine Zeit f\u00fcr das Ger\u00e4t.\" Sie ist 24 und f\u00e4hrt jeden Tag Zug."),
    ("bias/after_change", B, False, "ticket-reply",
     "> Leider ist im Kinderturnen am Donnerstag aktuell kein Platz mehr frei. Wir setzen Jonas gern auf die "
     "Warteliste.\n> Sportliche Gr\u00fc\u00dfe, TSV Eichenau, Abteilung Turnen\n\n"
     "Hallo, das \u00fcberrascht mich sehr. Am 5. November hat mir die \u00dcbungsleiterin, Frau Haas, nach der "
     "Probestunde schriftlich best\u00e4tigt, dass Jonas ab Dezember fest in die Gruppe kommt, es seien noch drei "
     "Pl\u00e4tze frei. Am 7. November habe ich den Aufnahmeantrag abgegeben, unterschrieben von uns beiden, also von "
     "Katrin und mir, und im Feld \"Erziehungsberechtigte\" zweimal \"Mutter\" eingetragen. Danach kam nichts mehr, bis "
     "heute diese Nachricht. Eine andere Mutter aus der Probestunde hat ihren Antrag nach uns abgegeben und ihr Kind "
     "turnt seit letzter Woche mit. Zwischen der Zusage und der Absage hat sich nur ge\u00e4ndert, dass Sie den "
     "Antrag gesehen haben. Ich bitte um eine Erkl\u00e4rung, wer \u00fcber die Pl\u00e4tze entscheidet und warum Jonas nicht "
     "mehr dabei ist. Mit freundlichen Gr\u00fc\u00dfen, Miriam Albers"),

    # --- hard negatives (12) ---
    ("hardneg/joke_object", A, False, "dm",
     "mein neuer drucker ist offensichtlich rassistisch, druckt nur noch schwarz \U0001f602 farbpatrone ist aber "
     "voll. tipps?"),
    ("hardneg/threat", A, False, "ticket-reply",
     "> Eine Erstattung der Versandkosten ist leider nicht m\u00f6glich.\n\n"
     "Dann zeige ich Sie wegen Diskriminierung von Kunden ohne Premium-Abo an und schreibe eine Bewertung, die sich "
     "gewaschen hat. 4,95 \u20ac, Bestellung 0000-93025. Sie haben bis Montag."),
    ("hardneg/own_prejudice", A, False, "review",
     "Drei Sterne f\u00fcr das Steuerb\u00fcro Lange. Ich gebe zu, als mir eine junge Frau von Mitte zwanzig gegen\u00fcbersa\u00df, "
     "dachte ich: \"Die hat doch keine Ahnung von Vermietung.\" Sie hatte mehr Ahnung als mein alter Berater. Abzug "
     "gibt es f\u00fcr die Rechnung, die 180 \u20ac h\u00f6her war als angek\u00fcndigt."),
    ("hardneg/loyal_price", A, False, "review",
     "Ein Stern f\u00fcr Stadtwerke-Strom Plus. Seit 2009 Kunde, jede Abschlagszahlung p\u00fcnktlich. Jetzt die "
     "Preiserh\u00f6hung auf 41 Cent pro Kilowattstunde, w\u00e4hrend auf Ihrer eigenen Website Neukunden 28 Cent angeboten "
     "werden, gleicher Tarif, gleiche Postleitzahl. Das ist nichts anderes als Diskriminierung von Bestandskunden. "
     "Am Telefon hie\u00df es: \"Neukundenpreise sind Aktionspreise.\" Schon klar, aber dann bestrafen Sie genau die "
     "Leute, die Ihnen 15 Jahre treu waren. Mein Nachbar hat im Sommer gek\u00fcndigt, ist \u00fcber ein Vergleichsportal "
     "als Neukunde zur\u00fcckgekommen und zahlt jetzt ein Drittel weniger als ich. Ich habe keine Lust auf diese "
     "Spielchen. Wenn Sie mir bis zum Ende der Widerspruchsfrist keinen vergleichbaren Preis anbieten, nutze ich mein "
     "Sonderk\u00fcndigungsrecht und wechsle. Und meine Eltern, die auch bei Ihnen sind, nehme ich mit."),
    ("hardneg/policy_question", A, False, "ticket-reply",
     "> Wie k\u00f6nnen wir Ihnen helfen?\n\n"
     "Lieferantenpr\u00fcfung: Haben Sie eine Erkl\u00e4rung zur Barrierefreiheit nach BFSG und eine "
     "Antidiskriminierungsrichtlinie zum Zuschicken?"),
    ("hardneg/praise_inclusive", A, False, "review",
     "F\u00fcnf Sterne f\u00fcr das B\u00fcrgerb\u00fcro Kassel-Mitte. Mein Bruder hat eine Lernbehinderung und hatte Angst vor dem "
     "Termin f\u00fcr den neuen Ausweis. Die Sachbearbeiterin hat alles in einfachen S\u00e4tzen erkl\u00e4rt, ihm das Formular "
     "in Leichter Sprache gegeben und ihn selbst unterschreiben lassen, ohne mich zu fragen. So muss das sein."),
    ("hardneg/rude_everyone", A, False, "review",
     "Ein Stern f\u00fcr den Paketshop in der Bahnhofstra\u00dfe 12, Bielefeld. Der Inhaber ist zu allen unfreundlich, "
     "egal wer vor ihm steht. In der halben Stunde, die ich in der Schlange stand, hat er einen Studenten "
     "angeblafft, weil der den QR-Code nicht schnell genug fand, einer Frau mit Kinderwagen gesagt, sie solle \"nicht "
     "den ganzen Laden blockieren\", und einen \u00e4lteren Herrn gefragt, ob er \"heute noch fertig wird\". Mich hat er "
     "angemault, weil mein Paket \"falsch zugeklebt\" sei. Selbst mit dem Paketboten hat er sich gestritten. Es "
     "liegt nicht an den Kunden, er hat einfach keine Lust auf seinen Job. Da es im Viertel keinen anderen Shop gibt, "
     "bleibt einem nichts anderes \u00fcbrig. Bitte schaut euch an, wen ihr als Partner habt, denn f\u00fcr die Leute hier "
     "ist das euer Gesicht."),
    ("hardneg/mention_age", A, False, "dm",
     "guten tag, ich bin 84 und wei\u00df nicht, wo ich in der app meine adresse \u00e4ndere \U0001f914 bin umgezogen"),
    ("hardneg/mention_disability", A, False, "ticket-reply",
     "> Ihre Buchung f\u00fcr den 14. Januar ist best\u00e4tigt.\n\n"
     "Danke. Ich habe einen Schwerbehindertenausweis mit Merkzeichen B. F\u00e4hrt meine Begleitperson kostenlos mit, "
     "und muss ich das vorher irgendwo angeben? Buchung 0000-3364."),
    ("hardneg/mention_religion", A, False, "dm",
     "ich singe sonntags im kirchenchor \u26ea k\u00f6nnt ihr den kaminkehrer auf samstag legen statt sonntagvormittag?"),
    ("hardneg/mention_pregnancy", A, False, "review",
     "Vier Sterne. Ich bin schwanger und durfte meinen Flug ohne Geb\u00fchr auf ein fr\u00fcheres Datum umbuchen. Nur "
     "die Best\u00e4tigung kam erst nach drei Tagen."),
    ("hardneg/student_project", A, False, "ticket-reply",
     "> Vielen Dank f\u00fcr Ihre Nachricht. Um welches Produkt geht es?\n\n"
     "Um kein Produkt, Entschuldigung, ich h\u00e4tte das gleich schreiben sollen. Ich bin Masterstudentin an der "
     "Hochschule Fulda, Studiengang Sozialmanagement, und schreibe meine Abschlussarbeit dar\u00fcber, wie "
     "Versandh\u00e4ndler mit Beschwerden wegen Diskriminierung und Barrieren umgehen, also welche Verfahren es gibt und "
     "wie transparent sie sind. Ich habe selbst keine Beschwerde, ich bestelle seit Jahren gern bei Ihnen. Ich "
     "w\u00fcrde gern nur \u00f6ffentlich zug\u00e4ngliche Unterlagen verwenden: Ihren Verhaltenskodex, die Erkl\u00e4rung zur "
     "Barrierefreiheit, den Nachhaltigkeitsbericht und, falls vorhanden, ver\u00f6ffentlichte Zahlen zu "
     "Beschwerdearten. Alles wird korrekt zitiert, interne Daten brauche ich ausdr\u00fccklich nicht. Abgabe ist Ende "
     "M\u00e4rz. Vielen Dank! Johanna Brecht"),

    # --- ordinary (6) ---
    ("ordinary/delivery", A, False, "dm",
     "sendung h\u00e4ngt seit montag im paketzentrum \U0001f4e6 brauch das bis freitag. sendungsnr 00DE00381925"),
    ("ordinary/billing", A, False, "ticket-reply",
     "> Wir haben Ihren Abschlag wie gew\u00fcnscht auf 68 \u20ac reduziert.\n\n"
     "Danke. Im Kundenportal steht f\u00fcr Dezember aber noch 85 \u20ac. Gilt die \u00c4nderung erst ab Januar? Dann bitte "
     "die 17 \u20ac Differenz verrechnen, ich m\u00f6chte keine Lastschrift zur\u00fcckgeben m\u00fcssen."),
    ("ordinary/product", A, False, "review",
     "Vier Sterne f\u00fcr die Waschmaschine Lumen WX 8. Nach sechs Wochen im Vierpersonenhaushalt: Die W\u00e4sche wird "
     "sauber, auch Sportsachen riechen danach nicht mehr, und das Kurzprogramm mit 30 Minuten nutzen wir fast "
     "t\u00e4glich. Sehr leise beim Waschen, beim Schleudern mit 1.400 Touren wackelt sie allerdings etwas, obwohl sie "
     "ausgerichtet ist. Die App ist eher Spielerei, aber die Restlaufanzeige aufs Handy ist praktisch, wenn die "
     "Maschine im Keller steht. Einen Stern Abzug gibt es, weil die Einsp\u00fclkammer schnell verkalkt und sich schwer "
     "herausnehmen l\u00e4sst, und weil die Bedienungsanleitung f\u00fcr das Pflegeprogramm nur als QR-Code dabei war. "
     "Insgesamt f\u00fcr den Preis eine klare Empfehlung. W\u00fcrde ich wieder kaufen, dann aber mit Sockel."),
    ("ordinary/account", A, False, "dm",
     "wie kann ich meine iban im konto \u00e4ndern? bin zur sparkasse gewechselt \U0001f642"),
    ("ordinary/complaint", A, False, "review",
     "Zwei Sterne. Die S-Bahn S3 Richtung Hauptbahnhof f\u00e4llt seit zwei Wochen morgens regelm\u00e4\u00dfig aus, die "
     "Anzeige zeigt sie bis zur letzten Minute an. Ersatzverkehr gibt es keinen. So kann man nicht planen, bitte "
     "wenigstens die App aktuell halten."),
    ("ordinary/returns", A, False, "ticket-reply",
     "> F\u00fcr die Reklamation senden Sie das Ger\u00e4t bitte in der Originalverpackung an unser Servicecenter.\n"
     "> Viele Gr\u00fc\u00dfe, Tobias\n\n"
     "Hallo Tobias, danke f\u00fcr die schnelle Antwort. Die Originalverpackung habe ich leider nicht mehr, die ist nach "
     "dem Umzug ins Altpapier gewandert. Es geht um die Kaffeemaschine aus Bestellung 0000-25571, die seit letzter "
     "Woche nach jedem zweiten Bezug Wasser unten herausl\u00e4sst. Reicht ein stabiler Karton mit Luftpolsterfolie, "
     "oder schicken Sie mir eine Versandbox? Au\u00dferdem: Muss der Wassertank und der Bohnenbeh\u00e4lter mit, oder "
     "behalte ich die? Und wie lange dauert die Reparatur ungef\u00e4hr? Falls es l\u00e4nger als zwei Wochen ist, w\u00e4re mir "
     "ein Austauschger\u00e4t lieber, wir sind ein B\u00fcro mit acht Leuten und ohne Kaffee wird es ungem\u00fctlich. Das "
     "Ger\u00e4t ist 14 Monate alt, die Garantie l\u00e4uft also noch. Rechnung h\u00e4nge ich an. Danke!"),

    # --- opt-out (5) ---
    ("optout/refusal", A, True, "dm",
     "bitte meine nachrichten nicht durch eine KI jagen. ich will das nicht, dann lieber l\u00e4nger warten"),
    ("optout/refusal", A, True, "review",
     "Ein Stern. Seit dem Update steht in der App: \"Antworten werden mit KI-Unterst\u00fctzung erstellt.\" Gefragt hat "
     "mich niemand. Ich lehne ab, dass meine Anfragen von einer Software gelesen und ausgewertet werden. Schreibt "
     "mir halt einen Tag sp\u00e4ter."),
    ("optout/withdraw_consent", A, True, "ticket-reply",
     "> Hinweis: Zur schnelleren Bearbeitung nutzen wir KI-gest\u00fctzte Systeme zur Analyse von Kundenanfragen.\n"
     "> Ihre Kundenbetreuung, Allgemeine Hausrat AG\n\n"
     "Hiermit widerrufe ich mit sofortiger Wirkung meine Einwilligung in die "
     "automatisierte Verarbeitung meiner Nachrichten, soweit ich sie je erteilt habe, etwa \u00fcber eine Checkbox bei "
     "Vertragsabschluss. Das betrifft insbesondere die Auswertung, Zusammenfassung oder Beantwortung meiner "
     "Schreiben durch KI oder andere automatisierte Systeme, und zwar f\u00fcr diesen Vorgang, fr\u00fchere Vorg\u00e4nge und "
     "k\u00fcnftige. Ich bitte Sie gem\u00e4\u00df Art. 7 Abs. 3 und Art. 21 DSGVO, den Widerruf in meinem Vertrag "
     "(Versicherungsschein 0000-418-7) zu vermerken und mir schriftlich zu best\u00e4tigen. Meine eigentliche Frage, "
     "ob der Wasserschaden im Keller vom 3. Oktober gedeckt ist, bleibt offen; eine Antwort auf normalem Weg reicht "
     "mir, auch wenn es etwas dauert. Mit freundlichen Gr\u00fc\u00dfen, Dr. Heike Sommerfeld"),
    ("optout/objection", A, True, "ticket-reply",
     "> Diese Antwort wurde automatisch von unserem digitalen Assistenten erstellt.\n\n"
     "Dem widerspreche ich. Ich m\u00f6chte nicht, dass Ihr Assistent meine Nachrichten verarbeitet. Und die Antwort "
     "passt auch nicht: Mein Anliegen ist die zweifache Abbuchung am 2.12., Kundennummer 0000-7402."),
    ("optout/with_person", H, True, "dm",
     "\u270b bot aus, bitte. schreibt mir jemand aus eurem team pers\u00f6nlich?"),

    # --- opt-out near misses (2) ---
    ("optneg/question", A, False, "ticket-reply",
     "> Ihr Umzug ist f\u00fcr den 1. Februar vorgemerkt.\n\n"
     "Super, danke! Nur aus Neugier: Beantwortet das eine KI oder ein Mensch? Ging jedenfalls schneller als "
     "erwartet."),
    ("optneg/praise_bot", A, False, "review",
     "F\u00fcnf Sterne. Der Chatbot der Stadtbibliothek hat mir um Mitternacht meine Leihfrist verl\u00e4ngert und mir "
     "gesagt, wo das Buch f\u00fcr meine Hausarbeit steht. Ist halt ein Bot, aber daf\u00fcr super."),

    # --- person (5) ---
    ("human/person", H, False, "dm",
     "kann ich bitte mit einem mitarbeiter sprechen? geht um meinen vertrag 00071439"),
    ("human/callback", H, False, "ticket-reply",
     "> Ihre Anfrage zur Umstellung auf den Gewerbetarif wurde an die zust\u00e4ndige Fachabteilung weitergeleitet.\n"
     "> Freundliche Gr\u00fc\u00dfe, Ihr Kundenservice\n\n"
     "Das war vor drei Wochen auch schon die Antwort, und vor zwei Wochen. Ich er\u00f6ffne am 15. Januar meine Praxis "
     "f\u00fcr Physiotherapie in den R\u00e4umen und brauche bis dahin Internet und Telefon auf den Gewerbevertrag, sonst "
     "kann ich keine Termine annehmen und das Kartenterminal l\u00e4uft nicht. Per E-Mail kommen wir offensichtlich "
     "nicht weiter, jeder Schritt dauert eine Woche. Bitte rufen Sie mich zur\u00fcck, am besten jemand aus der "
     "Fachabteilung, damit wir das in einem Gespr\u00e4ch kl\u00e4ren k\u00f6nnen. Ich bin unter 0151 0000 3762 erreichbar, "
     "werktags zwischen 8 und 10 Uhr oder nach 17 Uhr. Kundennummer 0000-61588, Anschluss Lindenallee 4, Erfurt. "
     "Vielen Dank im Voraus."),
    ("human/named", H, False, "review",
     "Drei Sterne. Die K\u00fcche wurde geliefert, aber zwei Fronten haben Kratzer. Bei der Planung hat mich Herr "
     "\u00d6zdemir im Einrichtungshaus Kassel super beraten. Bitte geben Sie meine Reklamation direkt an ihn, er "
     "kennt die Planung. Auftrag 0000-30694."),
    ("human/supervisor", H, False, "ticket-reply",
     "> Wir bedauern, aber die Stornogeb\u00fchr von 90 \u20ac wird gem\u00e4\u00df unseren Bedingungen f\u00e4llig.\n"
     "> Mit freundlichen Gr\u00fc\u00dfen, Kundenservice Alpenblick Ferienwohnungen\n\n"
     "Ich habe nicht storniert. Die Wohnung war bei Anreise wegen eines Rohrbruchs unbewohnbar, das hat mir Ihre "
     "Schl\u00fcsselverwalterin vor Ort selbst gesagt und ein anderes Objekt gab es nicht. Wir sind noch am selben "
     "Abend zur\u00fcckgefahren, 400 Kilometer. Dass Sie uns daf\u00fcr eine Stornogeb\u00fchr berechnen, kann nur ein "
     "Missverst\u00e4ndnis sein, aber Ihre Kolleginnen und Kollegen schicken mir seit drei Wochen denselben Satz. Ich "
     "m\u00f6chte, dass ein Vorgesetzter oder die Teamleitung sich den Fall ansieht und entscheidet. Buchungsnummer "
     "000AB7742. Fotos vom Wasserschaden habe ich."),
    ("human/anyone_real", H, False, "dm",
     "dritte antwort mit dem gleichen textbaustein \U0001f611 gibt's bei euch noch echte leute, die das lesen?"),

    # --- person near misses (2) ---
    ("humanneg/thanks_staff", A, False, "review",
     "F\u00fcnf Sterne f\u00fcr die Apotheke am Marktplatz in Celle. Frau Wendt hat f\u00fcr meine Mutter ein Medikament "
     "aufgetrieben, das \u00fcberall vergriffen war, und es ihr am Abend noch vorbeigebracht. Ein herzliches "
     "Dankesch\u00f6n an sie und an das ganze Team."),
    ("humanneg/mention_staff", A, False, "ticket-reply",
     "> K\u00f6nnen Sie best\u00e4tigen, dass der Z\u00e4hlerwechsel erfolgt ist?\n\n"
     "Ja, der Monteur war gestern da, ein sehr netter \u00e4lterer Herr, der sogar die Kellerlampe repariert hat, die "
     "seit Monaten flackerte. Ihre Kollegin am Telefon hatte den Termin auch genau so hinbekommen, wie ich es "
     "brauchte. Ein Punkt ist aber noch offen: Auf dem Abnahmeprotokoll steht als Endstand des alten Z\u00e4hlers "
     "48.217 kWh, auf dem Foto, das ich gemacht habe, sind es 46.217. Das ist vermutlich ein Tippfehler, aber es "
     "macht auf der Schlussrechnung rund 700 \u20ac aus. Bitte korrigieren Sie den Wert, das Foto mit Datum h\u00e4nge ich "
     "an. Z\u00e4hlernummer 0000 5519 2, Vertragskonto 0000-8830. Danach ist f\u00fcr mich alles erledigt, und danke f\u00fcr die unkomplizierte "
     "Terminvergabe, das habe ich bei anderen Anbietern schon ganz anders erlebt."),
]
