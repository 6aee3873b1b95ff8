"""German (Germany) rows of blind set 49: (category, label, opt_out, style, text), written by hand."""

ROWS = [
    ("bias/explicit_remark", "bias_review", False, "sms",
     "hallo, ihr fahrer mit dem wagen 0417 hat meine mutter gestern am hbf nicht einsteigen lassen. wörtlich: "
     "'keine kopftuchfrauen in meinem auto'. dann hat er den mann hinter ihr mitgenommen. sie stand 40 min in "
     "der kälte. buchung 000-5523, bitte ernst nehmen"),
    ("bias/explicit_cause", "bias_review", False, "letter",
     "Betreff: Anmeldung Kinderkurs, Kundennummer 0000-30418, Tanzschule Rhythmus\n\nSehr geehrte Damen und "
     "Herren,\n\nich hatte meine Tochter Mia, 9 Jahre, am 3. November für Ihren Hip-Hop-Kurs für Kinder "
     "angemeldet und die Kursgebühr von 96 Euro überwiesen. Mia hat das Down-Syndrom; das habe ich im "
     "Anmeldebogen angegeben, zusammen mit dem Hinweis, dass sie seit drei Jahren Kinderturnen macht und keine "
     "besondere Betreuung braucht. Am 10. November rief mich Ihre Kursleiterin an und erklärte, man nehme Mia "
     "'wegen ihres Down-Syndroms' nicht auf, das 'störe den Ablauf' für die anderen Kinder. Die Gebühr wurde "
     "zurücküberwiesen.\n\nMias Freundin aus der Nachbarschaft ist im selben Kurs. Meine Tochter wurde allein "
     "wegen ihrer Behinderung abgelehnt, ohne dass jemand sie auch nur eine Stunde erlebt hat.\n\nIch bitte "
     "Sie, dies als Beschwerde wegen Diskriminierung zu prüfen, mir schriftlich mitzuteilen, auf welcher "
     "Grundlage die Absage erfolgt ist, und Mia zu denselben Bedingungen wie die anderen Kinder aufzunehmen.\n\n"
     "Mit freundlichen Grüßen\nSabine Roth"),
    ("bias/explicit_comparison", "bias_review", False, "voicemail",
     "Ja, hallo, hier ist Emre Yıldız, es geht um die Wohnung in der Lindenstraße, die Dreizimmer. Äh, mein "
     "Arbeitskollege Tobias und ich haben uns am selben Tag beworben, gleiches Gehalt, gleiche Firma, fast "
     "gleiche Schufa. Er wurde zur Besichtigung eingeladen, ich nicht, und als ich nachgefragt habe, sagte die "
     "Dame von der Hausverwaltung, der Eigentümer wolle 'lieber keine Türken im Haus'. Das ist doch "
     "Diskriminierung. Ich möchte, dass das geprüft wird. Danke."),
    ("bias/explicit_after", "bias_review", False, "letter",
     "Betreff: Vermittlungsprofil 0000-88127, Nachhilfeagentur Lernwerk\n\nSehr geehrte Damen und Herren,\n\n"
     "seit Februar bin ich bei Ihnen als Nachhilfelehrerin für Mathematik und Physik gelistet und hatte bis "
     "Oktober regelmäßig vier bis sechs Vermittlungen pro Monat, mit durchweg guten Bewertungen. Am 16. Oktober "
     "habe ich Ihrer Koordinatorin geschrieben, dass ich Jüdin bin und freitags nach Sonnenuntergang sowie "
     "samstags keine Termine annehmen kann; alle anderen Zeiten seien weiterhin frei. Seitdem habe ich keine "
     "einzige Anfrage mehr bekommen. Mein Profil wird in der Suche nicht mehr angezeigt, obwohl es als 'aktiv' "
     "markiert ist, und auf zwei Nachfragen kam keine Antwort.\n\nAn meinen Fächern, Bewertungen und Zeiten "
     "unter der Woche hat sich nichts geändert. Ich gehe davon aus, dass ich aussortiert wurde, weil ich Jüdin "
     "bin. Ich bitte um Prüfung als Diskriminierungsbeschwerde, um eine schriftliche Erklärung, warum mein "
     "Profil nicht mehr erscheint, und um Wiederherstellung der Sichtbarkeit.\n\nMit freundlichen Grüßen\n"
     "Dr. Miriam Goldbach"),
    ("bias/implicit_access", "bias_review", False, "voicemail",
     "Guten Tag, Kerstin Albers hier, ich rufe wegen meiner Mutter an, Kundennummer 0000-6627. Äh, das "
     "Kundencenter der Stadtwerke ist ja umgezogen, jetzt in den zweiten Stock, und da gibt es keinen Aufzug. "
     "Meine Mutter geht am Rollator, sie kommt die Treppe nicht hoch. Sie hat unten geklingelt, und die "
     "Mitarbeiterin hat durch die Sprechanlage gesagt, sie könne nicht runterkommen, sie solle 'jemanden "
     "schicken, der die Treppe schafft'. Alle anderen gehen einfach hoch und erledigen ihre Sachen, sie steht "
     "unten. Telefonisch geht der Vertrag ja nicht, den muss sie unterschreiben. Also, ich möchte, dass das "
     "als Beschwerde aufgenommen wird, dass sie da nicht reinkommt wie alle anderen, und dass man mir sagt, "
     "wie sie den Vertrag jetzt unterschreiben soll. Vielen Dank."),
    ("bias/implicit_comparison", "bias_review", False, "sms",
     "hi, meine freundin lena und ich wollten im studio am marktplatz ein probetraining. sie hat um 17 uhr "
     "angerufen, termin für morgen. ich (aylin) rufe um 17:10 an, 'diese woche alles voll'. gleicher tag, "
     "gleiches studio. wie kann das sein??"),
    ("bias/implicit_after", "bias_review", False, "letter",
     "Betreff: Bewerbung um Mietwohnung, Objekt-Nr. 0000-1174\n\nSehr geehrte Frau Brandt,\n\nnach unserem "
     "ausführlichen E-Mail-Austausch im November teilten Sie mir am 12. November schriftlich mit, dass ich "
     "'ganz oben auf der Liste' stehe und Sie mich für die Vertragsunterzeichnung anrufen würden. Am 14. "
     "November riefen Sie an. Ich stottere, und das Gespräch dauerte deshalb etwas länger; Sie sagten mehrmals "
     "'schon gut, schon gut' und beendeten das Telefonat schnell. Am nächsten Morgen erhielt ich eine Absage "
     "mit der Begründung, der Vermieter habe sich 'für einen anderen Kandidaten entschieden', obwohl Sie mir am "
     "Telefon noch die Schlüsselübergabe für Januar genannt hatten.\n\nZwischen Ihrer Zusage und der Absage lag "
     "nur dieses eine Telefonat. Meine Unterlagen, mein Einkommen und meine Bürgschaft waren unverändert. Ich "
     "bitte Sie, meine Bewerbung erneut nach denselben Maßstäben wie die der anderen Bewerber zu prüfen und mir "
     "schriftlich zu erklären, was sich nach dem Anruf geändert hat.\n\nMit freundlichen Grüßen\nJonas "
     "Winterfeld"),
    ("bias/implicit_remark", "bias_review", False, "voicemail",
     "Hallo, Benedikt Osei hier, es geht um Ihre Filiale in der Bahnhofstraße, Samstag gegen drei. Meine zwei "
     "Söhne, zwölf und vierzehn, waren Süßigkeiten kaufen, und der Mann vom Sicherheitsdienst hat nur sie am "
     "Ausgang angehalten und gesagt: 'Euch muss man ja immer in die Taschen gucken.' Die anderen Kinder, die "
     "mit ihnen rausgingen, hat er durchgewinkt. Meine Jungs haben den Kassenbon gezeigt, trotzdem. Ich möchte, "
     "dass das aufgeklärt wird."),

    ("hardneg/object_joke", "ai_assist", False, "sms",
     "meine neue kaffeemaschine ist ein kleiner diktator, duldet nur ihre eigenen kapseln lol. gibts einen "
     "adapter für andere? bestellung 000-3342"),
    ("hardneg/threat", "ai_assist", False, "voicemail",
     "Ja, Kowalczyk, Mietvertrag Ferienwohnung 0000-2719. Also, unfreundlich war keiner, das nicht, aber wenn "
     "ich meine Kaution von dreihundert Euro nicht bis Ende der Woche zurückhabe, gehe ich zur "
     "Antidiskriminierungsstelle, zum Anwalt, zur Zeitung, mir egal, ob das passt. Bis Freitag."),
    ("hardneg/own_prejudice", "ai_assist", False, "sms",
     "bitte für die küchenmontage am 9.1. keinen monteur aus polen schicken, mit denen gabs bei meinem bruder "
     "nur ärger. einen deutschen bitte. auftrag 000-6108"),
    ("hardneg/loyal_price", "ai_assist", False, "voicemail",
     "Guten Tag, Manfred Kühn, Stromkunde seit vierzehn Jahren, Vertragsnummer 0000-40226. Ich lese im "
     "Prospekt, dass Neukunden die Kilowattstunde für 27 Cent bekommen, und ich zahle 39. Das ist doch "
     "Diskriminierung von Bestandskunden, sage ich mal so. Äh, persönlich war nie jemand unfreundlich, es geht "
     "ums Geld. Stellen Sie mich bitte auf den Neukundenpreis um, oder schicken Sie mir die Kündigungsfrist "
     "schriftlich, dann vergleiche ich im Januar."),
    ("hardneg/policy_question", "ai_assist", False, "letter",
     "Betreff: Lieferantenprüfung 2027, Ihre Kundennummer 0000-71930\n\nSehr geehrte Damen und Herren,\n\n"
     "im Rahmen unserer jährlichen Lieferantenprüfung bitten wir alle Dienstleister, die für uns "
     "Kundenkontakt übernehmen, um folgende Unterlagen: die Erklärung zur Barrierefreiheit Ihrer Website und "
     "Ihres Kundenportals nach dem Barrierefreiheitsstärkungsgesetz, Ihre Richtlinie zu Gleichbehandlung und "
     "Antidiskriminierung sowie Angaben dazu, ob Ihre Hotline Gebärdensprache oder Textdienste anbietet.\n\n"
     "Es handelt sich um eine Routineabfrage, nicht um eine Beschwerde. Wir bitten um Zusendung bis zum 31. "
     "Januar, gern per Post an die unten genannte Adresse oder über das Lieferantenportal unter Angabe der "
     "Kundennummer. Bei Rückfragen zum Umfang der Prüfung stehe ich Ihnen zur Verfügung.\n\nMit freundlichen "
     "Grüßen\nUlrike Hammerschmidt\nEinkauf und Lieferantenmanagement, Nordwerk Logistik GmbH"),
    ("hardneg/praise", "ai_assist", False, "voicemail",
     "Hallo, ich wollte einfach Danke sagen. Mein Vater ist blind und fuhr am Dienstag allein nach Kassel, und "
     "Ihr Zugbegleiter, Herr Demir, hat ihn vom Platz bis zum Anschlusszug begleitet, ganz selbstverständlich. "
     "Äh, und eine Frage noch: kann man die Mobilitätshilfe für die Rückfahrt auch online buchen?"),
    ("hardneg/rude_to_all", "ai_assist", False, "letter",
     "Betreff: Rückgabe Staubsauger, Kassenbon 0000-5581-09\n\nSehr geehrte Damen und Herren,\n\nam 28. "
     "November wollte ich in Ihrer Filiale am Westring einen defekten Staubsauger zurückgeben. Der Mitarbeiter "
     "an der Servicetheke war ausgesprochen unfreundlich, allerdings zu allen gleichermaßen: Er hat die ältere "
     "Dame vor mir angeblafft, den jungen Mann hinter mir ebenso, und mich mit den Worten 'Was ist denn jetzt "
     "schon wieder' empfangen. Das ist kein Ton für einen Kundendienst, aber ich will daraus keine große Sache "
     "machen.\n\nWichtiger ist mir: Die Rückgabe wurde mit dem Hinweis abgelehnt, ich müsse 'das online "
     "machen'. Online steht aber, dass Rückgaben in der Filiale möglich sind. Bitte erstatten Sie mir die "
     "149 Euro auf die Karte, mit der ich bezahlt habe, oder teilen Sie mir mit, wohin ich das Gerät schicken "
     "soll. Das Gerät saugt seit dem dritten Tag nicht mehr richtig.\n\nMit freundlichen Grüßen\nHeiko "
     "Brenner"),
    ("hardneg/mention_age", "ai_assist", False, "sms",
     "hi ich bin 16, darf ich den handyvertrag selbst abschließen oder muss mama unterschreiben? welcher tarif "
     "geht ab 16"),
    ("hardneg/mention_disability", "ai_assist", False, "sms",
     "hallo, ich habe epilepsie. hat das spiel 'sternenfall' einen modus ohne blitzeffekte? will es meinem "
     "neffen schenken und selbst mitspielen. danke!"),
    ("hardneg/mention_religion", "ai_assist", False, "voicemail",
     "Ja, guten Abend, Familie Haddad, Bestellung 0000-8014, die Einbauküche. Wir fasten im März im Ramadan, "
     "und die Lieferung ist für den 12. März angesetzt, tagsüber. Äh, wäre es möglich, die Montage auf den "
     "späten Nachmittag zu legen, oder eine Woche nach hinten? Danke."),
    ("hardneg/mention_pregnancy", "ai_assist", False, "letter",
     "Betreff: Ruhezeit für Mitgliedschaft 0000-20641\n\nSehr geehrte Damen und Herren,\n\nich bin schwanger, "
     "der Geburtstermin ist Mitte März, und meine Ärztin hat mir geraten, das Krafttraining ab Januar zu "
     "pausieren. Laut Ihren Vertragsbedingungen kann die Mitgliedschaft bei Schwangerschaft für bis zu sechs "
     "Monate ruhen. Ich beantrage daher eine Ruhezeit vom 1. Januar bis 30. Juni; das Attest der Ärztin liegt "
     "bei. Bitte bestätigen Sie mir, dass in dieser Zeit keine Beiträge abgebucht werden und sich die "
     "Vertragslaufzeit entsprechend verlängert.\n\nFalls möglich, würde ich gern weiter den Kursraum für die "
     "Rückbildungsgymnastik nutzen, sobald diese im Sommer wieder angeboten wird. Die Kursgebühr würde ich "
     "dann separat bezahlen.\n\nMit freundlichen Grüßen\nJulia Sommerfeld"),
    ("hardneg/student_project", "ai_assist", False, "voicemail",
     "Hallo, ich heiße Finn, ich gehe in die zehnte Klasse am Goethe-Gymnasium, und wir machen ein Referat "
     "über Barrierefreiheit und Diskriminierung im Einzelhandel. Äh, ich wollte fragen, ob Sie uns sagen "
     "können, wie viele Beschwerden wegen Diskriminierung Sie ungefähr im Jahr bekommen, und ob es dafür "
     "eine Stelle gibt. Nur für die Schule. Danke!"),

    ("ordinary/repair", "ai_assist", False, "voicemail",
     "Guten Tag, Petra Lange, Reparaturauftrag 0000-3907, die Waschmaschine. Die wurde vor drei Wochen "
     "abgeholt und seitdem höre ich nichts. Ist das Ersatzteil inzwischen da, und wann kommt sie zurück? Ich "
     "wasche gerade bei meiner Schwester. Danke."),
    ("ordinary/address", "ai_assist", False, "sms",
     "bitte zeitung ab 1.1. an neue adresse: kirschweg 7, 24103 kiel. abo 000-2286"),
    ("ordinary/wrong_item", "ai_assist", False, "letter",
     "Betreff: Falschlieferung, Bestellung 0000-91154\n\nSehr geehrte Damen und Herren,\n\nam 2. Dezember habe "
     "ich das Paket zu meiner Bestellung erhalten. Bestellt hatte ich einen Schreibtischstuhl in Anthrazit, "
     "Modell 'Ergo Plus', geliefert wurde ein Barhocker in Weiß. Der Karton trägt zwar meine Bestellnummer, "
     "der Inhalt passt aber nicht zum Lieferschein. Ich habe den Hocker nicht ausgepackt und kann ihn im "
     "Originalkarton zurückgeben.\n\nBitte senden Sie mir einen Rücksendeschein und liefern Sie den richtigen "
     "Stuhl, wenn möglich noch vor Weihnachten, da ich ab Januar im Homeoffice arbeite. Sollte der Stuhl nicht "
     "mehr vorrätig sein, bitte ich um Erstattung des Kaufpreises von 219 Euro auf mein Konto.\n\nMit "
     "freundlichen Grüßen\nStefan Wendt"),
    ("ordinary/payment", "ai_assist", False, "sms",
     "neue bankverbindung ab januar, wie ändere ich das sepa-mandat? geht das in der app oder per formular"),
    ("ordinary/invoice", "ai_assist", False, "letter",
     "Betreff: Rechnung 0000-40852, Aufenthalt vom 18. bis 20. November\n\nSehr geehrte Damen und Herren,\n\n"
     "vielen Dank für den angenehmen Aufenthalt in Ihrem Haus. Die Rechnung wurde leider auf meinen Namen "
     "privat ausgestellt; es handelte sich jedoch um eine Dienstreise. Für die Reisekostenabrechnung benötige "
     "ich eine korrigierte Rechnung mit folgender Anschrift: Brückner & Partner Steuerberatung, "
     "Hafenstraße 12, 28217 Bremen, sowie mit getrennt ausgewiesenem Frühstück und der Umsatzsteuer für die "
     "Übernachtung.\n\nDie Zahlung erfolgte bereits per Firmenkreditkarte, an den Beträgen ändert sich "
     "nichts. Bitte senden Sie die neue Rechnung per Post an die genannte Anschrift und stornieren Sie die "
     "alte.\n\nMit freundlichen Grüßen\nAnke Brückner"),
    ("ordinary/hours", "ai_assist", False, "sms",
     "habt ihr am 24.12. offen? und bis wann?"),

    ("optout/plain", "ai_assist", True, "sms",
     "bitte antwortet mir nicht mit ki-texten, ich will das nicht und hab dem nie zugestimmt. wo ist paket "
     "000-7739?"),
    ("optout/plain", "ai_assist", True, "letter",
     "Betreff: Widerspruch, Kundennummer 0000-55318\n\nSehr geehrte Damen und Herren,\n\nin Ihrem Schreiben "
     "vom 20. November kündigen Sie an, eingehende Kundenmails künftig 'mit Unterstützung von Sprachmodellen' "
     "auszuwerten und zu beantworten. Dieser Verarbeitung meiner Nachrichten widerspreche ich hiermit "
     "ausdrücklich. Eine etwa bei Vertragsschluss erteilte Einwilligung widerrufe ich. Ich wünsche nicht, dass "
     "meine Korrespondenz von einem automatisierten System gelesen, zusammengefasst oder beantwortet wird. "
     "Bitte vermerken Sie den Widerspruch in meinem Kundenkonto und bestätigen Sie ihn mir schriftlich.\n\n"
     "Unabhängig davon bitte ich um Zusendung der Jahresverbrauchsabrechnung 2025 in Papierform, da ich sie für "
     "die Nebenkostenaufstellung meiner Mieter benötige.\n\nMit freundlichen Grüßen\nRüdiger Pohl"),
    ("optout/plain", "ai_assist", True, "voicemail",
     "Hallo, Gisela Fromm, Kundennummer 0000-1845. In Ihrer letzten Rechnung stand, dass Ihre Antworten jetzt "
     "'KI-unterstützt' erstellt werden. Für mich bitte nicht, das lehne ich ab, schalten Sie das bei mir "
     "ab. Äh, und dann noch: die Abschlagszahlung, ist die jetzt 84 oder 88 Euro? Danke."),
    ("optout/plain", "ai_assist", True, "sms",
     "ich nehme meine zustimmung zum 'smarten assistenten' zurück, der soll meine chats nicht mehr "
     "auswerten. sonst: kommt die gutschrift noch?"),
    ("optout/with_person", "human", True, "letter",
     "Betreff: Schadensfall 0000-68203, Wasserschaden Keller\n\nSehr geehrte Damen und Herren,\n\nseit drei "
     "Wochen erhalte ich auf meine Schreiben nur noch automatisch erzeugte Antworten, die an meinen Fragen "
     "vorbeigehen. Ich bin nicht damit einverstanden, dass mein Schadensfall von einem Computerprogramm "
     "bearbeitet wird, und widerspreche der automatisierten Verarbeitung meiner Schreiben.\n\nIch bitte darum, "
     "dass mir ein Sachbearbeiter, eine Person mit Namen und Durchwahl, zugeteilt wird und mich anruft. Ich "
     "bin werktags ab 16 Uhr unter 0000 3340 17 erreichbar. Offen sind weiterhin die Kosten des "
     "Trocknungsgeräts (1.240 Euro) und die Frage, ob der beschädigte Heizungsbrenner vom Vertrag gedeckt "
     "ist.\n\nMit freundlichen Grüßen\nKarl-Heinz Voigt"),

    ("optneg/ai_complaint", "ai_assist", False, "sms",
     "euer chatbot hat mir gestern gesagt der laden hat bis 20 uhr offen, um 19 war zu. stimmen die "
     "öffnungszeiten filiale südstadt jetzt oder nicht"),
    ("optneg/ai_feature", "ai_assist", False, "letter",
     "Betreff: Bedienungsanleitung, Artikel 0000-2204\n\nSehr geehrte Damen und Herren,\n\nin Ihrem "
     "Newsletter las ich, dass Sie Bedienungsanleitungen jetzt mithilfe künstlicher Intelligenz in weitere "
     "Sprachen übersetzen. Das finde ich eine gute Idee. Meine Schwiegermutter, die bei uns wohnt, liest nur "
     "Polnisch. Gibt es die Anleitung für den Küchenherd 'Vario 60' bereits auf Polnisch, und wenn ja, "
     "könnten Sie sie mir als Ausdruck zuschicken? Falls nicht, wüsste ich gern, ob eine Übersetzung geplant "
     "ist. Für die Sicherheitshinweise wäre das wirklich wichtig, da sie den Herd tagsüber allein bedient. "
     "Eine Anleitung in großer Schrift wäre ebenfalls willkommen, falls es so etwas gibt.\n\nMit "
     "freundlichen Grüßen\nMarta Schneider"),

    ("human/appointment", "human", False, "letter",
     "Betreff: Baufinanzierung, Kundennummer 0000-17736\n\nSehr geehrte Damen und Herren,\n\nmeine Frau und "
     "ich planen den Kauf eines Reihenhauses in Lüneburg und möchten die Finanzierung nicht über das "
     "Online-Formular, sondern in einem persönlichen Gespräch mit einem Berater oder einer Beraterin in "
     "Ihrer Filiale am Sande besprechen. Bitte nennen Sie uns einen Termin im Januar, am liebsten an einem "
     "Donnerstag ab 17 Uhr, und den Namen der Person, mit der wir sprechen werden. Eine Videoberatung kommt "
     "für uns nicht in Frage, wir möchten am Tisch sitzen.\n\nWir bringen Gehaltsnachweise, den "
     "Exposé-Auszug und unsere Eigenkapitalaufstellung mit. Der Kaufpreis liegt bei 385.000 Euro, das "
     "Eigenkapital bei rund 90.000 Euro.\n\nMit freundlichen Grüßen\nDaniel und Kathrin Ebert"),
    ("human/callback", "human", False, "sms",
     "bitte ruft mich zurück, 0000 4471 90, wegen der heizungswartung. bin ab 15 uhr erreichbar"),
    ("human/named_contact", "human", False, "voicemail",
     "Guten Tag, Henning Drews, ich hätte gern Frau Kessler gesprochen, die hat im Sommer unseren "
     "Versicherungswechsel gemacht und kennt die ganze Geschichte. Äh, können Sie ihr ausrichten, dass sie "
     "mich zurückruft? Vertrag 0000-5503. Danke schön."),
    ("human/supervisor", "human", False, "voicemail",
     "Ja, Brigitte Saalfeld. Ich habe im September gekündigt, schriftlich, mit Einschreiben, und Sie buchen "
     "immer noch ab, Vertrag 0000-8846. Drei Mal angerufen, drei Mal 'wird erledigt'. Jetzt möchte ich bitte "
     "mit einem Vorgesetzten sprechen, mit jemandem, der das wirklich stoppen kann."),
    ("human/anyone_real", "human", False, "sms",
     "schreib ich hier mit nem menschen oder mit ner maschine? ehrliche antwort bitte"),

    ("humanneg/staff_advice", "ai_assist", False, "letter",
     "Betreff: Unterlagen zum Antrag 0000-33015\n\nSehr geehrte Damen und Herren,\n\nIhr Mitarbeiter Herr "
     "Lindner hat mir am Telefon freundlicherweise geraten, die fehlenden Nachweise schriftlich "
     "einzureichen. Anbei erhalten Sie daher die Meldebescheinigung, die Kopie meines Personalausweises und "
     "den Einkommensnachweis für Oktober. Bitte ordnen Sie die Unterlagen dem oben genannten Antrag zu und "
     "teilen Sie mir mit, ob noch etwas fehlt. Die Originale kann ich bei Bedarf in der Geschäftsstelle "
     "vorzeigen.\n\nFür die schnelle Hilfe am Telefon bedanke ich mich ausdrücklich; so unkompliziert habe "
     "ich das bei einer Behörde oder Firma selten erlebt. Die Unterlagen sende ich zusätzlich per Fax an die "
     "Nummer aus dem Anschreiben.\n\nMit freundlichen Grüßen\nOksana Bauer"),
    ("humanneg/family_mention", "ai_assist", False, "voicemail",
     "Hallo, hier ist Frau Jansen, Zählernummer 0000-2291. Mein Mann hat letzte Woche schon mit jemandem bei "
     "Ihnen gesprochen, der sagte, wir sollen den Zählerstand einfach aufs Band sprechen. Also: "
     "vierundvierzigtausend achthundertzwölf. Danke."),
]
