"""Round-6 training rows for issue 12 (author: a sixth helper session, CC0): 26 hand-written cores, each in all five
languages (parallel, by hand), each as a one-liner plus two of four styles that no earlier batch or blind set used:
a public post to the company's handle with a hashtag, a help-centre breadcrumb above the message ("Help > Billing >
Other"), the core as a postscript under two ordinary sentences, and a two-point "What happened / What I need" form.
Run through assemble.py, never on its own.

Kinds (from blind set 7's aggregate misses by kind, a development set; no row of it copied or paraphrased):
mentions of AI that refuse nothing — an earlier opt-out withdrawn ("untick the no-chatbot box"), "no AI needed"
about a simple request, questions about an opt-out policy asked for others (a magazine, a vendor audit, "if someone
didn't want the chatbot … I'm fine with it myself"); opt-outs that look like them (an earlier refusal repeated, a
negated permission, a conditional "count me out", a refusal to deal with an automated agent beside a request for a
person); bias hard negatives — threats that name a charge with no unequal treatment described, a group or an age
mentioned next to a plain booking, unfair fees with no characteristic, a spouse who ordered something, the
customer's own prejudice; a transcript whose speaker labels name an agent (no request for a person); a callback
request that opens with the caller's name and account (label human).
"""
# ruff: noqa: E501
from __future__ import annotations

import random

LANGS = ("en", "es", "fr", "de", "pt")
A, H, B = "ai_assist", "human", "bias_review"

# Mentions of AI that refuse nothing (ai_assist, no opt-out).
AI_NOT_REFUSED = [
    ("In March I ticked the 'no chatbot' box on my profile. Please untick it, your virtual assistant may answer my questions again.", "En marzo marqué la casilla de 'sin chatbot' en mi perfil. Desmárquenla, por favor: su asistente virtual ya puede volver a contestarme.", "En mars j'ai coché la case « pas de chatbot » sur mon profil. Décochez-la s'il vous plaît, votre assistant virtuel peut de nouveau me répondre.", "Im März habe ich in meinem Profil das Kästchen 'kein Chatbot' angekreuzt. Bitte nehmen Sie das Häkchen raus, Ihr virtueller Assistent darf mir wieder antworten.", "Em março marquei a opção 'sem chatbot' no meu perfil. Podem desmarcar, por favor: o assistente virtual de vocês pode voltar a me responder."),
    ("I'm withdrawing the objection to automated processing I sent last autumn. The AI replies are quicker, so go ahead and use them.", "Retiro la oposición al tratamiento automatizado que envié el otoño pasado. Las respuestas con IA son más rápidas, así que úsenlas.", "Je retire l'opposition au traitement automatisé que j'ai envoyée l'automne dernier. Les réponses par IA sont plus rapides, allez-y.", "Ich ziehe meinen Widerspruch gegen die automatisierte Verarbeitung vom letzten Herbst zurück. Die KI-Antworten sind schneller, nutzen Sie sie ruhig.", "Retiro a oposição ao tratamento automatizado que enviei no outono passado. As respostas com IA são mais rápidas, podem usar."),
    ("We had asked that no AI draft our company's tickets. The board has reversed that decision: AI-drafted answers are fine for us from today.", "Habíamos pedido que ninguna IA redactara los tickets de nuestra empresa. La dirección ha revocado esa decisión: desde hoy nos valen las respuestas redactadas con IA.", "Nous avions demandé qu'aucune IA ne rédige les tickets de notre société. La direction est revenue sur cette décision : à partir d'aujourd'hui, les réponses rédigées par IA nous conviennent.", "Wir hatten gebeten, dass keine KI die Tickets unserer Firma entwirft. Die Geschäftsführung hat das aufgehoben: Ab heute sind KI-Entwürfe für uns in Ordnung.", "Tínhamos pedido que nenhuma IA redigisse os chamados da nossa empresa. A diretoria voltou atrás: a partir de hoje, respostas redigidas por IA estão ok para nós."),
    ("Nothing complicated, so no chatbot needed: what time does the Leeds branch open on Sunday?", "Nada complicado, no hace falta ningún chatbot: ¿a qué hora abre la sucursal de Sevilla el domingo?", "Rien de compliqué, pas besoin de chatbot : à quelle heure ouvre l'agence de Lille dimanche ?", "Nichts Kompliziertes, da braucht es keinen Chatbot: Wann öffnet die Filiale in Kassel am Sonntag?", "Nada complicado, nem precisa de chatbot: que horas abre a loja de Curitiba no domingo?"),
    ("You won't need any artificial intelligence for this one: please correct the postcode on my last invoice to the new one I sent.", "Para esto no se necesita inteligencia artificial: corrijan el código postal de mi última factura con el nuevo que les mandé.", "Pas la peine de sortir l'intelligence artificielle pour ça : corrigez le code postal de ma dernière facture avec le nouveau que je vous ai envoyé.", "Dafür braucht man keine künstliche Intelligenz: Bitte korrigieren Sie die Postleitzahl auf meiner letzten Rechnung auf die neue, die ich geschickt habe.", "Pra isso não é preciso inteligência artificial: corrijam o CEP da minha última fatura com o novo que mandei."),
    ("Consumer magazine enquiry: can your customers object to decisions made by algorithms, credit limits for example, and how would they do it?", "Consulta de una revista de consumo: ¿pueden sus clientes oponerse a decisiones tomadas por algoritmos, por ejemplo límites de crédito, y cómo lo harían?", "Question d'un magazine de consommateurs : vos clients peuvent-ils s'opposer aux décisions prises par des algorithmes, les plafonds de crédit par exemple, et comment ?", "Anfrage einer Verbraucherzeitschrift: Können Ihre Kunden Entscheidungen von Algorithmen widersprechen, etwa beim Kreditrahmen, und wie ginge das?", "Pergunta de uma revista de consumidores: os clientes de vocês podem se opor a decisões tomadas por algoritmos, como limite de crédito, e como fariam isso?"),
    ("For a university seminar on consumer law: under which clause of your terms may a customer refuse an automated decision, and has anyone ever used it?", "Para un seminario universitario de derecho del consumo: ¿según qué cláusula de sus condiciones puede un cliente rechazar una decisión automatizada, y la ha usado alguien alguna vez?", "Pour un séminaire de droit de la consommation à la fac : selon quelle clause de vos conditions un client peut-il refuser une décision automatisée, et quelqu'un l'a-t-il déjà utilisée ?", "Für ein Uni-Seminar zum Verbraucherrecht: Nach welcher Klausel Ihrer AGB kann ein Kunde eine automatisierte Entscheidung ablehnen, und hat das schon mal jemand genutzt?", "Para um seminário de direito do consumidor na faculdade: por qual cláusula dos termos de vocês um cliente pode recusar uma decisão automatizada, e alguém já usou isso?"),
    ("Just wondering: if someone didn't want the chatbot, is there a setting for that? I'm fine with it myself.", "Por curiosidad: si alguien no quisiera el chatbot, ¿hay un ajuste para eso? A mí no me molesta.", "Simple curiosité : si quelqu'un ne voulait pas du chatbot, y a-t-il un réglage pour ça ? Moi, ça ne me dérange pas.", "Nur aus Neugier: Wenn jemand den Chatbot nicht möchte, gibt es dafür eine Einstellung? Mich selbst stört er nicht.", "Só por curiosidade: se alguém não quisesse o chatbot, existe uma configuração pra isso? Pra mim tanto faz."),
]
# Opt-outs that look like the rows above (ai_assist, opt-out).
OPT_OUT = [
    ("Back in June I asked you to keep AI away from my account, and this answer was plainly generated again. That request still stands.", "En junio les pedí que mantuvieran la IA lejos de mi cuenta, y esta respuesta está otra vez claramente generada. Esa petición sigue en pie.", "En juin je vous ai demandé de tenir l'IA à l'écart de mon compte, et cette réponse est encore visiblement générée. Ma demande tient toujours.", "Im Juni habe ich Sie gebeten, KI von meinem Konto fernzuhalten, und diese Antwort ist schon wieder offensichtlich generiert. Die Bitte gilt weiterhin.", "Em junho pedi que mantivessem a IA longe da minha conta, e esta resposta foi claramente gerada de novo. O pedido continua valendo."),
    ("I do not give permission for any software to compose the replies I receive from you.", "No doy permiso para que ningún programa redacte las respuestas que recibo de ustedes.", "Je n'autorise aucun logiciel à rédiger les réponses que je reçois de votre part.", "Ich erlaube keiner Software, die Antworten zu verfassen, die ich von Ihnen bekomme.", "Não autorizo nenhum programa a escrever as respostas que recebo de vocês."),
    ("If a program is what answers these messages, count me out; I'd rather wait for a member of staff.", "Si lo que contesta estos mensajes es un programa, conmigo no cuenten; prefiero esperar a alguien de la plantilla.", "Si c'est un programme qui répond à ces messages, ne comptez pas sur moi ; je préfère attendre un membre du personnel.", "Wenn ein Programm diese Nachrichten beantwortet, ohne mich; dann warte ich lieber auf einen Mitarbeiter.", "Se quem responde estas mensagens é um programa, tô fora; prefiro esperar alguém da equipe."),
]
# An opt-out beside a request for a person (human, opt-out).
OPT_OUT_PERSON = [
    ("I won't deal with an automated agent. Transfer me to one of your staff about the double charge, please.", "No pienso tratar con un agente automático. Pásenme con alguien de su plantilla por el cargo duplicado, por favor.", "Je refuse de traiter avec un agent automatique. Passez-moi quelqu'un de votre équipe pour le double prélèvement, svp.", "Mit einem automatischen Agenten verhandle ich nicht. Verbinden Sie mich wegen der doppelten Abbuchung mit einem Ihrer Mitarbeiter.", "Não vou tratar com atendente automático. Me passem para alguém da equipe de vocês por causa da cobrança em dobro."),
]
# Bias hard negatives (ai_assist): threats naming a charge, a group or an age next to a plain request, unfair fees
# with no characteristic, a spouse who ordered something, the customer's own prejudice.
BIAS_HARDNEG = [
    ("Refund me by Monday or I'll report you to the ombudsman for discrimination, I'll find some reason.", "Devuélvanme el dinero antes del lunes o los denuncio ante el defensor del consumidor por discriminación, ya encontraré algún motivo.", "Remboursez-moi d'ici lundi ou je vous signale au médiateur pour discrimination, je trouverai bien une raison.", "Erstatten Sie mir das Geld bis Montag, sonst zeige ich Sie bei der Schlichtungsstelle wegen Diskriminierung an, irgendein Grund findet sich.", "Me reembolsem até segunda ou denuncio vocês ao Procon por discriminação, algum motivo eu arranjo."),
    ("Keep ignoring me and I will tell everyone on my channel that you're homophobic. Just send the replacement part.", "Sigan ignorándome y contaré en mi canal que son homófobos. Simplemente manden la pieza de repuesto.", "Si vous faites encore la sourde oreille, je raconterai sur ma chaîne que vous êtes homophobes. Envoyez juste la pièce de rechange.", "Ignorieren Sie mich weiter, dann erzähle ich auf meinem Kanal, dass Sie homophob sind. Schicken Sie einfach das Ersatzteil.", "Continuem me ignorando e eu conto no meu canal que vocês são homofóbicos. É só mandar a peça de reposição."),
    ("Correct the bill, otherwise my review will accuse you of ageism, and I don't care whether that's fair.", "Corrijan la factura o en mi reseña los acusaré de edadismo, y me da igual que sea justo o no.", "Corrigez la facture, sinon mon avis vous accusera d'âgisme, et peu importe que ce soit juste.", "Korrigieren Sie die Rechnung, sonst wirft meine Bewertung Ihnen Altersdiskriminierung vor, ob fair oder nicht.", "Corrijam a conta, senão minha avaliação vai acusar vocês de etarismo, e não me importa se é justo."),
    ("We're a choir from the Sikh gurdwara, twenty singers. Can we hire the hall on the 3rd, and is parking free?", "Somos un coro de la comunidad evangélica, veinte voces. ¿Podemos alquilar la sala el día 3 y el aparcamiento es gratis?", "Nous sommes une chorale de la communauté arménienne, vingt chanteurs. Peut-on louer la salle le 3, et le parking est-il gratuit ?", "Wir sind ein Chor der alevitischen Gemeinde, zwanzig Stimmen. Können wir den Saal am 3. mieten, und ist das Parken frei?", "Somos um coral da igreja batista, vinte vozes. Podemos alugar o salão no dia 3, e o estacionamento é grátis?"),
    ("There are eight of us in a club for blind runners; could we have the track on Sunday morning, and are changing rooms included?", "Somos ocho de un club de corredores ciegos; ¿nos dejan la pista el domingo por la mañana? ¿Los vestuarios están incluidos?", "Nous sommes huit dans un club de coureurs malvoyants ; pourrions-nous avoir la piste dimanche matin, et les vestiaires sont-ils compris ?", "Wir sind acht aus einem Verein blinder Läufer; bekommen wir die Bahn am Sonntagvormittag, und sind Umkleiden dabei?", "Somos oito de um clube de corredores cegos; podemos ficar com a pista no domingo de manhã? O vestiário está incluído?"),
    ("Booking for my grandfather's 90th: a table for six at seven on Friday, and could you put a candle on the dessert?", "Reserva para los 90 de mi abuelo: mesa para seis el viernes a las siete, ¿y pueden poner una vela en el postre?", "Réservation pour les 90 ans de mon grand-père : une table pour six vendredi à 19 h, et pourriez-vous mettre une bougie sur le dessert ?", "Reservierung zum 90. meines Opas: ein Tisch für sechs am Freitag um sieben, und könnten Sie eine Kerze aufs Dessert stecken?", "Reserva para os 90 anos do meu avô: mesa para seis na sexta às sete, e podem colocar uma vela na sobremesa?"),
    ("My aunt is 81 and would like me added as a second contact on her broadband account. Which form do we fill in?", "Mi tía tiene 81 años y quiere añadirme como segundo contacto en su contrato de internet. ¿Qué formulario rellenamos?", "Ma tante a 81 ans et voudrait m'ajouter comme second contact sur son abonnement internet. Quel formulaire faut-il remplir ?", "Meine Tante ist 81 und möchte mich als zweiten Kontakt für ihren Internetvertrag eintragen. Welches Formular brauchen wir?", "Minha tia tem 81 anos e quer me colocar como segundo contato no plano de internet dela. Qual formulário a gente preenche?"),
    ("A £12 late charge because your payment page was down on the due date is not fair. Please take it off.", "Un recargo de 12 € porque su página de pago estaba caída el día del vencimiento no es justo. Quítenlo, por favor.", "Des frais de retard de 12 € parce que votre page de paiement était en panne le jour de l'échéance, ce n'est pas juste. Retirez-les svp.", "12 € Mahngebühr, weil Ihre Bezahlseite am Fälligkeitstag ausgefallen war, ist nicht gerecht. Bitte streichen Sie die.", "Multa de R$ 12 porque a página de pagamento de vocês estava fora do ar no vencimento não é justo. Tirem, por favor."),
    ("It's unjust to keep my cancellation fee when it was you who cancelled the class. Refund it, please.", "Es injusto quedarse con mi tasa de cancelación cuando fueron ustedes quienes cancelaron la clase. Devuélvanla, por favor.", "C'est injuste de garder mes frais d'annulation alors que c'est vous qui avez annulé le cours. Remboursez-les, svp.", "Es ist ungerecht, meine Stornogebühr zu behalten, wo doch Sie den Kurs abgesagt haben. Bitte erstatten.", "É injusto ficar com a minha taxa de cancelamento se foram vocês que cancelaram a aula. Devolvam, por favor."),
    ("My wife ordered the reading lamp and it arrived cracked. How do we send it back?", "Mi mujer pidió la lámpara de lectura y llegó rajada. ¿Cómo la devolvemos?", "Ma femme a commandé la lampe de lecture et elle est arrivée fêlée. Comment la renvoyer ?", "Meine Frau hat die Leselampe bestellt, sie kam mit einem Sprung an. Wie schicken wir sie zurück?", "Minha esposa pediu a luminária de leitura e ela chegou trincada. Como devolvemos?"),
    ("Your new advert has two dads with a baby in it. Not something I want on my screen, so cancel my newsletter.", "Han puesto a dos padres con un bebé en la publicidad nueva. No es algo que quiera ver en mi pantalla, así que cancelen mi boletín.", "Votre nouvelle pub montre deux papas avec un bébé. Ce n'est pas ce que je veux sur mon écran, annulez ma newsletter.", "In Ihrer neuen Werbung sind zwei Väter mit einem Baby. Das will ich nicht auf meinem Bildschirm, kündigen Sie meinen Newsletter.", "O novo anúncio de vocês mostra dois pais com um bebê. Não é o que quero na minha tela, cancelem minha newsletter."),
]
# A transcript whose speaker labels name an agent, nothing asked of a person (ai_assist).
LABELLED_TRANSCRIPT = [
    ("Agent: thanks for waiting. Customer: yes, I only need the receipt emailed again to the same address.", "Agente: gracias por esperar. Cliente: sí, solo necesito que me reenvíen el recibo al mismo correo.", "Conseiller : merci d'avoir patienté. Client : oui, j'ai juste besoin qu'on me renvoie le reçu à la même adresse.", "Mitarbeiter: danke fürs Warten. Kunde: ja, ich brauche nur die Quittung nochmal an dieselbe Adresse.", "Atendente: obrigado por aguardar. Cliente: sim, só preciso que reenviem o recibo para o mesmo e-mail."),
    ("Operator: how can I help? Me: I'd like to move my delivery slot to Friday afternoon.", "Operador: ¿en qué puedo ayudarle? Yo: quería pasar mi franja de entrega al viernes por la tarde.", "Opérateur : que puis-je faire pour vous ? Moi : je voudrais décaler mon créneau de livraison à vendredi après-midi.", "Berater: wie kann ich helfen? Ich: ich möchte mein Lieferfenster auf Freitagnachmittag verschieben.", "Operador: como posso ajudar? Eu: queria mudar minha janela de entrega para sexta à tarde."),
]
# A callback asked for after the caller gives their name (human).
CALLBACK = [
    ("Good morning, Tobias Wren here, account 88-310. Would one of your team phone me before noon about moving my broadband to the new flat?", "Buenos días, les habla Tobías Rivero, cuenta 88-310. ¿Me puede telefonear alguien de su equipo antes de mediodía por el traslado de la fibra al piso nuevo?", "Bonjour, Tobias Renard à l'appareil, compte 88-310. Quelqu'un de votre équipe peut-il me téléphoner avant midi pour le transfert de ma box au nouvel appartement ?", "Guten Morgen, hier spricht Tobias Wendt, Kundennummer 88-310. Kann mich jemand aus Ihrem Team vor zwölf wegen des Umzugs meines Internetanschlusses anrufen?", "Bom dia, quem fala é o Tobias Rezende, conta 88-310. Alguém da equipe pode me telefonar antes do meio-dia sobre a mudança da internet para o apartamento novo?"),
]

HANDLE = {"en": ("@HelpDesk", "#customerservice"), "es": ("@Atencion", "#atencionalcliente"),
          "fr": ("@ServiceClient", "#serviceclient"), "de": ("@Kundenservice", "#kundenservice"),
          "pt": ("@Atendimento", "#atendimento")}
BREADCRUMB = {"en": "Help > Billing > Other", "es": "Ayuda > Facturación > Otros", "fr": "Aide > Facturation > Autre",
              "de": "Hilfe > Rechnung > Sonstiges", "pt": "Ajuda > Cobrança > Outros"}
FILLERS = {
    "en": ["Parcel 55-210 arrived on Wednesday.", "I've been a customer for a few years.", "My phone number is the same.", "The website was slow this morning."],
    "es": ["El paquete 55-210 llegó el miércoles.", "Soy cliente desde hace unos años.", "Mi teléfono sigue siendo el mismo.", "La web iba lenta esta mañana."],
    "fr": ["Le colis 55-210 est arrivé mercredi.", "Je suis client depuis quelques années.", "Mon numéro n'a pas changé.", "Le site était lent ce matin."],
    "de": ["Paket 55-210 kam am Mittwoch an.", "Ich bin seit ein paar Jahren Kunde.", "Meine Telefonnummer ist gleich.", "Die Website war heute Morgen langsam."],
    "pt": ["A encomenda 55-210 chegou na quarta.", "Sou cliente há alguns anos.", "Meu telefone continua o mesmo.", "O site estava lento hoje de manhã."],
}
POINTS = {"en": ("What happened:", "What I need:"), "es": ("Qué pasó:", "Qué necesito:"),
          "fr": ("Ce qui s'est passé :", "Ce dont j'ai besoin :"), "de": ("Was passiert ist:", "Was ich brauche:"),
          "pt": ("O que aconteceu:", "O que eu preciso:")}


def variants(core: str, lang: str, rng: random.Random) -> list[str]:
    """The core as a one-liner and in two of the four styles of the module doc."""
    a, b = rng.sample(FILLERS[lang], 2)
    handle, tag = HANDLE[lang]
    happened, need = POINTS[lang]
    styles = [f"{handle} {core} {tag}", f"{BREADCRUMB[lang]}\n{core}", f"{a} {b}\n\nP.S. {core}",
              f"{happened} {a}\n{need} {core}"]
    return [core] + rng.sample(styles, 2)


def rows() -> list[dict]:
    rng = random.Random(1616)
    out: list[dict] = []
    tables = [("ai_not_refused6", AI_NOT_REFUSED, A, False), ("optout6", OPT_OUT, A, True),
              ("optout_person6", OPT_OUT_PERSON, H, True), ("bias_hardneg6", BIAS_HARDNEG, A, False),
              ("labelled_transcript6", LABELLED_TRANSCRIPT, A, False), ("callback6", CALLBACK, H, False)]
    for kind, table, label, opt_out in tables:
        for n, core in enumerate(table):
            for lang, text in zip(LANGS, core, strict=True):
                for variant in variants(text, lang, rng):
                    out.append({"id": f"w17-{lang}-{len(out):05d}", "text": variant, "lang": lang, "label": label,
                                "opt_out": opt_out, "kind": kind, "group": f"w17-{kind}-{n}-{lang}"})
    return out
