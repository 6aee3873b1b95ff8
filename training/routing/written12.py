"""Round-14 training rows for issue 12 (author: the s9-rte helper session, 2026-12-02; CC0-1.0). Run through
assemble.py (training/routing/data/written12.jsonl), never on its own; the bias head does not learn from them (train.py,
Round 14).

Datasheet (the full entry is the written12 row of training/routing/data/DATASHEET.md). Requests for a person and the
hard negatives that look like them, five languages (en, es, fr, de, pt), each language written in that language with
its own firms, places and registers, not translated from a shared core. Registers: phone or voicemail transcripts
(lower case, hesitation words), out-of-office auto-replies, calendar invitations, emoji-heavy chat, e-mails with a
greeting, a signature and quoted history (``>``), typos and text without accents, questions, complaints about talking
to a machine, indirect wishes ("can somebody ring me"), escalation. Per language: requests for a person (`human`, no
opt-out: an agent, a callback, "someone from your team", a supervisor, escalation) and person look-alikes
(`ai_assist`, no opt-out: staff thanked, "my manager asked me to write", information asked for on another's behalf,
"call me if you need anything" in a signature, out-of-office replies that ask for nothing, a callback declined or
already done, a call booked by the customer with someone else, phone numbers given for a courier). Labels follow the
guide of training/routing/data/DATASHEET.md. Written from the kinds named in the brief of routing round 14 (which
summarised the misses of fresh sets by register only); no row of any evaluation or development set read while writing.
Four first-draft rows with a character-5-gram Jaccard >= 0.4 against the other training files were reworded (final max
0.389, median 0.141).
"""
# ruff: noqa: E501
from __future__ import annotations

from .coded import coded_rows

EN = [
    # requests for a person
    ("H", "hi yes this is, um, Carol Finch calling about the account ending four four one two, er, could somebody from your team give me a ring back, I'm on the mobile all afternoon, thanks, bye"),
    ("H", "Voicemail (0:41, automatic transcript): hello it's Raj Patel again, third time trying, I really need to speak with one of your agents about the double charge, please call me back on 07700 900 412"),
    ("H", "Automatic reply: I am out of the office until 14 January. Regarding my open case 55-2031 with you: please arrange for one of your advisers to phone me once I'm back, email doesn't work for this one."),
    ("H", "Invitation: Call with Brightwater support re: delayed installation\nWhen: Thu 9 Jan 10:00-10:30 (GMT)\nOrganiser: d.moss@moss-build.co.uk\nNote: I'd like an engineer or a team lead from your side to join this call, please accept or suggest another slot."),
    ("H", "hellooo 👋👋 anyone?? 😩 i need to talk to an actual agent 🙏📞 pleeease"),
    ("H", "😤😤 3rd time asking. PERSON. PHONE. ME. 📱"),
    ("H", "Is there any way to get an actual human on the line? I've been going round in circles with the automated menu for an hour."),
    ("H", "Can somebody ring me? It's easier to explain over the phone than in writing."),
    ("H", "Hi,\n\nThanks for your reply, but it doesn't answer my question at all. Could you escalate this to someone more senior, please?\n\nBest,\nNiamh\n\n> On 3 Dec, Support wrote:\n> Thank you for contacting us. Please see our FAQ."),
    ("H", "Id like to speek to someone in person about my acount pleas, can sombody call"),
    ("H", "Is talking to a machine really the only option? Surely there's someone at your end I can explain this to."),
    ("H", "Could I have a quick word with someone from the billing team? Happy to hold."),
    ("H", "I want this escalated. Please pass it to a manager and have them get in touch with me directly."),
    ("H", "Request: callback\nBest time: weekdays after 5pm\nNumber: 0161 496 0776\nReason: refund still missing after 6 weeks"),
    ("H", "Would it be possible for one of your staff to give my mum a call? She's 84 and can't manage the online form, and she's asked me to sort it."),
    ("H", "Just tried the live chat and got nowhere. Who can I actually speak to about this?"),
    ("H", "Can you put me through to an agent please"),
    ("H", "I've left two voicemails already. Could a real person please call me back today, it's about a gas smell complaint that was closed without anyone visiting."),
    ("H", "Sent from my iPad\n\nRe: order 33918 - please can someone from customer services ring me, I can't type much at the moment after my operation."),
    ("H", "Good afternoon, I'd appreciate it if a member of your claims team could contact me by phone to go through the assessment. Kind regards, P. Oyelaran"),
    ("H", "Hi there!! 😊 Love the shop but I've got a tricky one - any chance of chatting to a person? 💬"),
    ("H", "we need someone from your side on a call with our IT guy tomorrow, the integration keeps failing. who can join?"),
    ("H", "Subject: URGENT - need to speak to someone\n\nMy direct debit was taken twice and I'm now overdrawn. Please have someone call me."),
    ("H", "Does anyone actually work there? I'd like to speak to a human being about this, not read another help article."),
    ("H", "Could you get the person handling my case to ring me? I'd rather talk it through than go back and forth by email."),
    ("H", "Put me on to your supervisor please, I've explained this four times now."),
    # person look-alikes
    ("HN", "Automatic reply: I'm on annual leave until Monday 13th with no access to email. For anything urgent please contact my colleague Joe Briggs on 0113 496 0001."),
    ("HN", "Out of office: Thank you for your message. I am away until 2 January and will respond on my return."),
    ("HN", "Thanks so much to Priya on your phone team, she sorted everything in ten minutes. Could you just email me the updated contract?"),
    ("HN", "My manager asked me to request last quarter's invoices in PDF for our audit. Our VAT number is GB 123 4567 89."),
    ("HN", "I'm writing on behalf of my father, who's in hospital: could you tell us when his next payment is due and how much it is?"),
    ("HN", "Please change the delivery address to 12 Elm Close, LS6 2AB.\n\nThanks,\nGraham\nCall me if you need anything: 07700 900 118"),
    ("HN", "No need to call me back, the engineer came this morning and the boiler works again. You can close the ticket."),
    ("HN", "Someone from your team already rang me yesterday and explained the charge, all good now. Just need the receipt."),
    ("HN", "Invitation: Dentist - Wed 15 Jan 09:00. Sorry, wrong address, please ignore this invite."),
    ("HN", "The courier can call me on 07700 900 551 when he's outside, the buzzer is broken. Delivery is for flat 4."),
    ("HN", "😍😍 got my order today, the agent on chat yesterday was brilliant 👏 thanks guys!!"),
    ("HN", "I spoke to one of your agents last week about switching tariffs. Has the change gone through yet?"),
    ("HN", "Please don't phone me, I'm at work all day. Email is fine for everything."),
    ("HN", "hi um it's just a quick one about the account ending 2290, I've, er, paid the overdue bill this morning so just letting you know, no need to do anything, cheers"),
    ("HN", "Our office manager, Sandra, will be the main contact for the account from now on. Please update her email to sandra@kiln-studio.co.uk."),
    ("HN", "I booked a call with my own accountant for Friday to go over your invoice. Could you send me a breakdown before then?"),
    ("HN", "Can you tell me what the phone line opening hours are over Christmas? Just planning ahead."),
    ("HN", "> On 5 Dec, Hannah (Support) wrote:\n> Happy to arrange a callback if you'd like.\n\nThat's kind, but no thanks, your email answered it. Have a good weekend."),
]

ES = [
    ("H", "hola sí buenas, eh, llamo por lo de la factura de la luz, soy Rocío Paredes, eh, que si alguien me puede devolver la llamada al seis cero cero, es que no entiendo el cargo, gracias"),
    ("H", "Mensaje de voz (0:35, transcripción automática): hola buenas soy Andrés otra vez, por favor que me llame algún agente, llevo tres días sin internet"),
    ("H", "Respuesta automática: Estoy fuera de la oficina hasta el 10 de enero. Sobre mi reclamación 2024-889: les pido que a mi vuelta me llame alguien de su equipo, por correo no hay manera de aclararlo."),
    ("H", "Invitación: Llamada con soporte Movistar - avería fibra\nCuándo: martes 14 ene, 11:00-11:30\nOrganizador: lucia.gomez@talleresgomez.es\nPor favor que se conecte un técnico o un responsable de su parte."),
    ("H", "holaaa 👋 hay alguien?? 😫 necesito hablar con un agente de verdad 🙏📞"),
    ("H", "Se puede hablar con alguna persona? llevo una hora con el menu automatico y no salgo de ahi"),
    ("H", "Alguien me puede llamar? Es mas facil explicarlo por telefono que por escrito"),
    ("H", "Hola,\n\nGracias, pero la respuesta no tiene nada que ver con lo que pregunté. ¿Pueden pasar el caso a un responsable?\n\nUn saludo,\nMarta\n\n> El 2 dic, Atención al cliente escribió:\n> Gracias por contactarnos. Consulte nuestras preguntas frecuentes."),
    ("H", "kiero ablar con alguien de atencion al cliente xfa q me yamen"),
    ("H", "¿De verdad solo puedo hablar con una máquina? Tiene que haber alguien ahí a quien explicarle esto."),
    ("H", "Quiero que esto se escale. Que lo vea un supervisor y que se ponga en contacto conmigo."),
    ("H", "¿Podría alguno de ustedes llamar a mi abuela? Tiene 88 años y no sabe usar la web; me ha pedido que lo gestione yo."),
    ("H", "Solicitud: que me llamen\nHorario: de lunes a viernes después de las 18h\nTeléfono: 612 000 451\nMotivo: cobro duplicado"),
    ("H", "Ya he dejado dos mensajes en el contestador. ¿Me puede llamar hoy una persona? Es por la caldera que sigue sin funcionar."),
    ("H", "Buenas tardes, agradecería que alguien del departamento de siniestros me telefoneara para revisar la peritación. Atentamente, J. Olmedo"),
    ("H", "Oigan, ¿me pasan con un asesor por favor? Por el chat no me entienden."),
    ("H", "che, hay alguien del otro lado? necesito que me atienda una persona, no un mensaje armado 😤"),
    ("H", "Asunto: URGENTE - necesito hablar con alguien\n\nMe han cobrado la cuota dos veces y estoy en números rojos. Llámenme, por favor."),
    ("H", "¿Me puede llamar la persona que lleva mi expediente? Prefiero hablarlo que seguir con correos."),
    ("H", "Pásenme con su jefe, ya lo he explicado cuatro veces."),
    ("H", "necesitamos a alguien de ustedes en una llamada mañana con nuestro informático, la integración falla. ¿Quién puede estar?"),
    ("H", "Enviado desde mi iPhone\n\nRef. pedido 55120: por favor que alguien de atención al cliente me llame, ahora mismo no puedo escribir mucho."),
    # look-alikes
    ("HN", "Respuesta automática: Estoy de vacaciones hasta el lunes 13 sin acceso al correo. Para temas urgentes contacte con mi compañero Pablo Ruiz en el 910 000 222."),
    ("HN", "Fuera de la oficina: Gracias por su mensaje. Estaré ausente hasta el 2 de enero y responderé a mi regreso."),
    ("HN", "Muchas gracias a Lorena del teléfono, me lo solucionó en diez minutos. ¿Me mandan el contrato actualizado por correo?"),
    ("HN", "Mi jefa me ha pedido que solicite las facturas del último trimestre en PDF para la auditoría. Nuestro CIF es B12345678."),
    ("HN", "Escribo en nombre de mi padre, que está ingresado: ¿nos pueden decir cuándo vence el próximo recibo y de cuánto es?"),
    ("HN", "Cambien la dirección de entrega a calle Olmo 12, 3ºB, 28012 Madrid.\n\nGracias,\nIsidro\nSi necesitan algo, llámenme al 600 000 118"),
    ("HN", "No hace falta que me llamen, el técnico vino esta mañana y ya funciona todo. Pueden cerrar la incidencia."),
    ("HN", "Ayer ya me llamó alguien de su equipo y me explicó el cargo, todo bien. Solo me falta el recibo."),
    ("HN", "Para la entrega de mañana: que el mensajero toque al móvil (600 000 551) al llegar, el telefonillo lleva semanas roto."),
    ("HN", "😍 me llegó el pedido hoy, el agente del chat de ayer fue un crack 👏 gracias!!"),
    ("HN", "La semana pasada hablé con uno de sus agentes para cambiar de tarifa. ¿Ya está hecho el cambio?"),
    ("HN", "Por favor no me llamen, trabajo todo el día. Por correo me va bien para todo."),
    ("HN", "hola eh es solo para decir que ya pagué el recibo pendiente esta mañana, eh, no hace falta hacer nada, gracias"),
    ("HN", "¿Cuál es el horario del teléfono de atención en Navidad? Es para organizarme."),
    ("HN", "> El 5 dic, Carmen (Soporte) escribió:\n> Si quiere, le organizamos una llamada.\n\nMuy amable, pero no hace falta, con su correo me ha quedado claro. Buen fin de semana."),
    ("HN", "Mi contable me pidió el certificado de retenciones de 2025. ¿Dónde lo descargo?"),
]

FR = [
    ("H", "oui bonjour euh c'est Mme Lefort, j'appelle pour la facture de gaz, euh, est-ce que quelqu'un pourrait me rappeler au zéro six, je comprends pas le montant, merci au revoir"),
    ("H", "Message vocal (0:39, transcription automatique) : bonjour c'est Karim encore une fois, merci de me faire rappeler par un conseiller, ça fait trois jours que je n'ai plus de ligne"),
    ("H", "Réponse automatique : je suis absente jusqu'au 13 janvier. Concernant mon dossier 77-310 chez vous : merci qu'un de vos conseillers me téléphone à mon retour, par mail on n'y arrive pas."),
    ("H", "Invitation : Appel avec le support Orange - panne fibre\nQuand : mardi 14 janv. 11:00-11:30\nOrganisateur : c.martin@menuiserie-martin.fr\nMerci qu'un technicien ou un responsable de votre côté rejoigne l'appel."),
    ("H", "coucou 👋 y a quelqu'un ?? 😩 je voudrais parler à un vrai conseiller 🙏📞"),
    ("H", "Est-ce qu'on peut parler à une personne ? Ça fait une heure que je tourne dans le menu automatique."),
    ("H", "Quelqu'un peut me rappeler ? C'est plus simple à expliquer au téléphone."),
    ("H", "Bonjour,\n\nMerci, mais votre réponse ne correspond pas du tout à ma question. Pourriez-vous transmettre à un responsable ?\n\nCordialement,\nÉlodie\n\n> Le 2 déc., Service client a écrit :\n> Merci de nous avoir contactés. Consultez notre FAQ."),
    ("H", "je voudrai parle a quelqun du service client svp rapelez moi"),
    ("H", "On ne peut vraiment parler qu'à une machine chez vous ? Il doit bien y avoir quelqu'un à qui expliquer ça."),
    ("H", "Je demande que ce soit remonté. Qu'un superviseur reprenne le dossier et me contacte directement."),
    ("H", "Un de vos agents pourrait-il appeler ma grand-mère ? Elle a 87 ans et ne s'en sort pas avec le site, elle m'a demandé de m'en occuper."),
    ("H", "Demande : rappel téléphonique\nCréneau : en semaine après 18h\nNuméro : 06 00 00 04 51\nMotif : prélèvement en double"),
    ("H", "J'ai déjà laissé deux messages sur le répondeur. Une vraie personne peut-elle me rappeler aujourd'hui ? C'est pour la chaudière toujours en panne."),
    ("H", "Bonjour, je vous serais reconnaissant de demander à un gestionnaire sinistres de me téléphoner pour revoir l'expertise. Bien à vous, A. Dufresne"),
    ("H", "allo? c'est possible de jaser avec un agent? par le clavardage on se comprend pas"),
    ("H", "Objet : URGENT - besoin de parler à quelqu'un\n\nLa mensualité a été prélevée deux fois et je suis à découvert. Appelez-moi s'il vous plaît."),
    ("H", "La personne qui suit mon dossier peut-elle m'appeler ? Je préfère en parler de vive voix."),
    ("H", "Je veux en parler à votre chef d'équipe, j'ai déjà tout raconté quatre fois à des interlocuteurs différents."),
    ("H", "il nous faut quelqu'un de chez vous demain sur un appel avec notre informaticien, l'intégration plante. Qui peut être là ?"),
    ("H", "Envoyé de mon iPhone\n\nCommande 44102 : quelqu'un du service client peut-il m'appeler, je ne peux pas beaucoup écrire en ce moment."),
    ("H", "Y a-t-il moyen d'avoir un humain au bout du fil ? 😅 merci d'avance 🙏"),
    # look-alikes
    ("HN", "Réponse automatique : je suis en congé jusqu'au lundi 13 sans accès à ma messagerie. En cas d'urgence, contactez mon collègue Julien Petit au 01 00 00 02 22."),
    ("HN", "Absence du bureau : merci pour votre message. Je suis absent jusqu'au 2 janvier et vous répondrai à mon retour."),
    ("HN", "Un grand merci à Sophie du service téléphonique, tout a été réglé en dix minutes. Pouvez-vous m'envoyer le contrat mis à jour ?"),
    ("HN", "Ma responsable m'a demandé de récupérer les factures du dernier trimestre en PDF pour l'audit. Notre SIRET est le 123 456 789 00012."),
    ("HN", "J'écris pour mon père, hospitalisé : pouvez-vous nous dire quand tombe la prochaine échéance et de combien elle est ?"),
    ("HN", "Merci de changer l'adresse de livraison : 12 rue des Ormes, 69003 Lyon.\n\nBonne journée,\nThierry\nBesoin de quoi que ce soit ? Appelez-moi au 06 00 00 01 18"),
    ("HN", "Pas la peine de me rappeler, le technicien est passé ce matin et tout remarche. Vous pouvez clôturer."),
    ("HN", "Quelqu'un de votre équipe m'a déjà appelé hier pour m'expliquer le prélèvement, c'est bon. Il me manque juste le reçu."),
    ("HN", "Pour la livraison de jeudi, que le transporteur sonne sur mon portable (06 00 00 05 51) une fois devant la résidence, le digicode ne marche plus."),
    ("HN", "😍 colis reçu, le conseiller du chat hier était top 👏 merci !!"),
    ("HN", "J'ai parlé avec un de vos conseillers la semaine dernière pour changer d'offre. Est-ce que c'est fait ?"),
    ("HN", "Merci de ne pas m'appeler, je travaille toute la journée. Par mail ça me va très bien."),
    ("HN", "bonjour euh c'est juste pour dire que j'ai réglé la facture en retard ce matin, euh, rien à faire de votre côté, merci"),
    ("HN", "Quels sont les horaires du service téléphonique pendant les fêtes ? C'est pour m'organiser."),
    ("HN", "> Le 5 déc., Camille (Support) a écrit :\n> Nous pouvons vous rappeler si vous le souhaitez.\n\nC'est gentil mais inutile, votre mail a tout éclairci. Bon week-end."),
    ("HN", "Mon expert-comptable me demande l'attestation de TVA 2025. Où la télécharger ?"),
]

DE = [
    ("H", "ja hallo, äh, hier ist Frau Brandt wegen der Stromrechnung, äh, könnte mich bitte jemand zurückrufen, ich versteh den Betrag nicht, danke, tschüss"),
    ("H", "Sprachnachricht (0:37, automatische Abschrift): hallo hier nochmal Tobias Kern, bitte soll mich ein Mitarbeiter zurückrufen, ich hab seit drei Tagen kein Internet"),
    ("H", "Automatische Antwort: Ich bin bis 13. Januar nicht im Büro. Zu meinem offenen Vorgang 88-4410 bei Ihnen: Bitte lassen Sie mich nach meiner Rückkehr von einem Ihrer Berater anrufen, per Mail kommen wir nicht weiter."),
    ("H", "Einladung: Termin mit Telekom-Support - Glasfaserstörung\nWann: Di. 14. Jan. 11:00-11:30\nOrganisator: m.weber@schreinerei-weber.de\nBitte nehmen Sie teil: ein Techniker oder Teamleiter von Ihrer Seite sollte dabei sein."),
    ("H", "hallooo 👋 ist da wer?? 😩 ich will mit nem echten Mitarbeiter sprechen 🙏📞"),
    ("H", "Kann man bei Ihnen auch mit einem Menschen reden? Ich hänge seit einer Stunde im Sprachmenü fest."),
    ("H", "Kann mich jemand anrufen? Am Telefon lässt sich das leichter erklären."),
    ("H", "Hallo,\n\ndanke, aber Ihre Antwort passt überhaupt nicht zu meiner Frage. Können Sie das an einen Vorgesetzten weitergeben?\n\nGruß\nJana\n\n> Am 2. Dez. schrieb Kundenservice:\n> Danke für Ihre Nachricht. Bitte lesen Sie unsere FAQ."),
    ("H", "ich moechte mit jemandem vom kundendienst sprechen bitte rufen sie mich an"),
    ("H", "Muss ich wirklich mit einer Maschine reden? Es muss doch jemanden geben, dem ich das erklären kann."),
    ("H", "Ich möchte, dass das eskaliert wird. Ein Vorgesetzter soll sich den Fall ansehen und sich direkt bei mir melden."),
    ("H", "Könnte jemand von Ihnen meinen Opa anrufen? Er ist 89 und kommt mit der Website nicht klar, er hat mich gebeten, mich darum zu kümmern."),
    ("H", "Anliegen: Rückruf\nZeit: werktags ab 17 Uhr\nNummer: 0170 0000451\nGrund: doppelte Abbuchung"),
    ("H", "Ich habe schon zweimal auf die Mailbox gesprochen. Kann mich heute bitte ein Mensch zurückrufen? Es geht um die Heizung, die immer noch nicht läuft."),
    ("H", "Guten Tag, ich wäre dankbar, wenn mich ein Sachbearbeiter aus der Schadenabteilung anrufen könnte, um das Gutachten zu besprechen. Mit freundlichen Grüßen, K. Albers"),
    ("H", "Grüezi, chönd Sie mich mit emene Mitarbeiter verbinde? Im Chat verstaht mi niemer."),
    ("H", "Betreff: DRINGEND - muss mit jemandem sprechen\n\nDie Rate wurde zweimal abgebucht, mein Konto ist im Minus. Bitte rufen Sie mich an."),
    ("H", "Kann mich die Person, die meinen Fall bearbeitet, anrufen? Ich bespreche das lieber mündlich."),
    ("H", "Verbinden Sie mich mit Ihrem Chef, ich habe das jetzt viermal erklärt."),
    ("H", "wir brauchen morgen jemanden von Ihnen in einem Call mit unserem IT-Mann, die Schnittstelle bricht ab. Wer kann dazukommen?"),
    ("H", "Von meinem iPhone gesendet\n\nBestellung 71103: kann mich bitte jemand vom Kundenservice anrufen, ich kann gerade kaum tippen."),
    ("H", "Gibt es eine Möglichkeit, einen Menschen ans Telefon zu bekommen? 😅 danke 🙏"),
    # look-alikes
    ("HN", "Automatische Antwort: Ich bin bis Montag, 13., im Urlaub und lese keine E-Mails. In dringenden Fällen wenden Sie sich an meinen Kollegen Felix Braun, 030 0000222."),
    ("HN", "Abwesenheitsnotiz: Vielen Dank für Ihre Nachricht. Ich bin bis 2. Januar abwesend und antworte nach meiner Rückkehr."),
    ("HN", "Ein großes Dankeschön an Frau Yilmaz von der Hotline, sie hat alles in zehn Minuten gelöst. Können Sie mir den aktualisierten Vertrag mailen?"),
    ("HN", "Meine Chefin hat mich gebeten, die Rechnungen des letzten Quartals als PDF für die Prüfung anzufordern. Unsere USt-IdNr. ist DE123456789."),
    ("HN", "Ich schreibe für meinen Vater, der im Krankenhaus liegt: Können Sie uns sagen, wann die nächste Rate fällig ist und wie hoch sie ist?"),
    ("HN", "Bitte ändern Sie die Lieferadresse auf Ulmenweg 12, 50667 Köln.\n\nViele Grüße\nStefan\nBei Fragen gern anrufen: 0170 0000118"),
    ("HN", "Rückruf nicht nötig, der Techniker war heute früh da und alles läuft wieder. Sie können das Ticket schließen."),
    ("HN", "Jemand aus Ihrem Team hat mich gestern schon angerufen und die Abbuchung erklärt, passt. Mir fehlt nur noch der Beleg."),
    ("HN", "Der Fahrer kann mich unter 0170 0000551 anrufen, wenn er unten steht, die Klingel ist kaputt."),
    ("HN", "😍 Paket ist da, der Mitarbeiter im Chat gestern war super 👏 danke!!"),
    ("HN", "Ich habe letzte Woche mit einem Ihrer Mitarbeiter über einen Tarifwechsel gesprochen. Ist der schon durch?"),
    ("HN", "Bitte rufen Sie mich nicht an, ich arbeite den ganzen Tag. Per Mail passt alles."),
    ("HN", "hallo äh nur kurz, ich hab die offene Rechnung heute früh bezahlt, äh, Sie müssen nichts machen, danke"),
    ("HN", "Wie sind die Zeiten der Telefon-Hotline über die Feiertage? Nur zur Planung."),
    ("HN", "> Am 5. Dez. schrieb Lena (Support):\n> Gern rufen wir Sie zurück, wenn Sie möchten.\n\nNett, aber nicht nötig, Ihre Mail hat alles geklärt. Schönes Wochenende."),
    ("HN", "Mein Steuerberater braucht die Jahresbescheinigung 2025. Wo kann ich sie herunterladen?"),
]

PT = [
    ("H", "alô, oi, é a Dona Célia, eh, tô ligando por causa da conta de luz, eh, alguém pode me retornar a ligação, não entendi o valor, obrigada, tchau"),
    ("H", "Mensagem de voz (0:36, transcrição automática): olá é o Rui outra vez, por favor peçam a um assistente para me ligar de volta, estou há três dias sem internet"),
    ("H", "Resposta automática: Estou fora do escritório até 13 de janeiro. Sobre o meu processo 66-120 convosco: peço que um dos vossos técnicos me telefone quando eu voltar, por e-mail não se resolve."),
    ("H", "Convite: Chamada com suporte Vivo - fibra sem sinal\nQuando: ter 14 jan 11:00-11:30\nOrganizador: r.alves@marcenariaalves.com.br\nPor favor, que entre um técnico ou um responsável de vocês na chamada."),
    ("H", "oiii 👋 tem alguém aí?? 😩 preciso falar com um atendente de verdade 🙏📞"),
    ("H", "Dá para falar com uma pessoa? Estou há uma hora preso no menu automático."),
    ("H", "Alguem pode me ligar? E mais facil explicar por telefone"),
    ("H", "Olá,\n\nObrigada, mas a resposta não tem nada a ver com a minha pergunta. Podem passar para um responsável?\n\nCumprimentos,\nInês\n\n> No dia 2 dez, Apoio ao Cliente escreveu:\n> Obrigado pelo contacto. Consulte as perguntas frequentes."),
    ("H", "qero falar com alguem do atendimento pfv me liga"),
    ("H", "Só dá para falar com uma máquina aí? Tem que haver alguém a quem eu possa explicar isto."),
    ("H", "Quero que isto seja escalado. Que um supervisor veja o caso e entre em contacto comigo diretamente."),
    ("H", "Algum de vocês pode ligar para a minha avó? Ela tem 86 anos e não consegue usar o site, pediu-me para tratar disto."),
    ("H", "Pedido: retorno de ligação\nHorário: dias úteis depois das 18h\nTelefone: (11) 90000-0451\nMotivo: cobrança em dobro"),
    ("H", "Já deixei dois recados na caixa postal. Uma pessoa pode me ligar hoje? É sobre o aquecedor que continua sem funcionar."),
    ("H", "Boa tarde, agradecia que um gestor de sinistros me telefonasse para revermos a peritagem. Com os melhores cumprimentos, L. Teixeira"),
    ("H", "Assunto: URGENTE - preciso falar com alguém\n\nA prestação foi debitada duas vezes e fiquei a descoberto. Liguem-me, por favor."),
    ("H", "A pessoa que está com o meu processo pode ligar-me? Prefiro falar do que andar com e-mails."),
    ("H", "Me passa pro seu supervisor, já expliquei isso quatro vezes."),
    ("H", "precisamos de alguém de vocês amanhã numa call com o nosso pessoal de TI, a integração está falhando. Quem pode entrar?"),
    ("H", "Enviado do meu iPhone\n\nEncomenda 90312: alguém do apoio ao cliente pode ligar-me, agora não consigo escrever muito."),
    ("H", "Tem como conseguir um humano na linha? 😅 valeu 🙏"),
    ("H", "ô gente, tem alguém lendo isso? quero ser atendida por uma pessoa, não por mensagem pronta 😤"),
    # look-alikes
    ("HN", "Resposta automática: Estou de férias até segunda, dia 13, sem acesso ao e-mail. Para assuntos urgentes contacte o meu colega Nuno Reis pelo 210 000 222."),
    ("HN", "Fora do escritório: Obrigado pela sua mensagem. Estou ausente até 2 de janeiro e responderei no meu regresso."),
    ("HN", "Muito obrigada à Jéssica do atendimento telefónico, resolveu tudo em dez minutos. Podem mandar o contrato atualizado por e-mail?"),
    ("HN", "A minha chefe pediu-me para solicitar as faturas do último trimestre em PDF para a auditoria. O nosso NIPC é 500000000."),
    ("HN", "Escrevo pelo meu pai, que está internado: podem dizer-nos quando vence a próxima prestação e qual o valor?"),
    ("HN", "Mudem o endereço de entrega para Rua dos Olmos 12, 4000-100 Porto.\n\nObrigado,\nVasco\nQualquer coisa, liguem-me: 910 000 118"),
    ("HN", "Não precisa me ligar, o técnico veio hoje de manhã e já está tudo funcionando. Podem fechar o chamado."),
    ("HN", "Alguém da vossa equipa já me ligou ontem e explicou a cobrança, está tudo bem. Só me falta o recibo."),
    ("HN", "O entregador pode me ligar no (21) 90000-0551 quando chegar, o interfone está quebrado."),
    ("HN", "😍 chegou hoje, o atendente do chat ontem foi show 👏 obrigado!!"),
    ("HN", "Semana passada falei com um dos vossos assistentes para mudar de tarifário. A mudança já foi feita?"),
    ("HN", "Por favor não me liguem, trabalho o dia todo. Por e-mail está ótimo."),
    ("HN", "oi eh só pra avisar que paguei a conta atrasada hoje cedo, eh, não precisa fazer nada, obrigado"),
    ("HN", "Qual é o horário do atendimento telefónico no Natal? É para me organizar."),
    ("HN", "> Em 5 dez, Beatriz (Suporte) escreveu:\n> Se preferir, podemos ligar-lhe.\n\nÉ simpático, mas não é preciso, o vosso e-mail esclareceu tudo. Bom fim de semana."),
    ("HN", "A contabilidade da minha empresa quer o extrato anual das tarifas cobradas em 2025. Vocês mandam ou eu tiro no app?"),
]

A, H = "ai_assist", "human"
# code -> (kind, label, opt_out)
KINDS = {"H": ("handoff12", H, False), "HN": ("not_handoff12", A, False)}
TABLES = {"en": EN, "es": ES, "fr": FR, "de": DE, "pt": PT}


def rows() -> list[dict]:
    return coded_rows("w24", TABLES, KINDS)
