"""Round-9 training rows for issue 12 (author: the round-9 routing helper session, 2026-12-02; CC0-1.0). Run
through assemble.py, never on its own.

Datasheet. 20 rows per language (en, es, fr, de, pt), 100 in all, each written by hand in that language, not
translated from a shared core (each language has its own situations and firms). Aim: the opt-out head must tell the
act of refusing (the customer withholds consent to AI handling or tells the company to stop it) from other speech
acts about the same machine. Per language: 16 near misses (`ai_assist`, no opt-out): a question whether a reply came
from an AI, with curiosity or indifference; praise of the assistant; an earlier refusal withdrawn ("switch it back on",
"I no longer mind", "ignore my old note"); a question about the firm's AI policy or whether customers may refuse,
asked for someone else or in general; acceptance with a condition ("fine by me as long as a person checks refunds");
someone else's refusal reported while the writer accepts. And 4 opt-outs (`ai_assist`, opt-out) said in the same
speech acts that the near misses use, so that no act alone decides: a refusal asked as a question ("could you make
sure no bot answers me from now on?"), a refusal beside praise of the bot, a consent given earlier and now withdrawn
(the mirror of opting back in), a refusal after a question. Written after reading only the aggregate figures of blind
set 10's run 2 (a development set since this round: AI mentions taken for opt-outs by kind); no row of any blind set
read or copied for this file; blind set 11 never opened.
"""
# ruff: noqa: E501
from __future__ import annotations

from .coded import coded_rows

EN = [
    ("ON", "Quick one: was the reply about my meter reading written by a program or by one of your staff? I'm only asking because it was unusually quick."),
    ("ON", "Honestly can't tell if your web chat is a bot. Doesn't matter to me either way, I just need the PIN reset."),
    ("ON", "Is Robin on your app a real person or an AI? My son says AI, I say person. Settle it for us."),
    ("ON", "Credit where it's due, the assistant in your app sorted my direct debit date in two minutes."),
    ("ON", "Your automated helper explained the roaming charges better than the leaflet did. Nice work."),
    ("ON", "Last spring I ticked the box saying no AI on my account. Please untick it, I've come round to the idea."),
    ("ON", "Ignore my old note about not wanting the chatbot. It's been useful lately, so carry on using it for my queries."),
    ("ON", "I used to object to automated replies but I no longer mind them. You can let the assistant answer me again."),
    ("ON", "I'm writing a piece for our parish newsletter: do your customers have the right to refuse the AI, and how would they do it?"),
    ("ON", "Our compliance officer wants to know whether your AI assistant keeps transcripts and if clients can opt out of it. Just information for our supplier file."),
    ("ON", "If somebody didn't want your bot handling their account, what would happen to their support times? Asking out of curiosity."),
    ("ON", "Happy for the AI to deal with my billing questions, so long as a human signs off anything over £100."),
    ("ON", "The assistant can keep answering me, that's fine. I'd just like the replies a bit shorter."),
    ("ON", "My mother refuses to talk to chatbots, but I don't mind at all, so please send the answer to me rather than her."),
    ("ON", "Do you use artificial intelligence to draft emails? Not a complaint, my company is thinking of doing the same."),
    ("ON", "Your virtual agent fixed my tariff, top marks. Can it also send me last year's statement?"),
    ("O", "Could you make sure no bot answers my emails from now on? I'd like that on my file."),
    ("O", "Your chatbot is clever enough, I'll give it that, but I don't want it anywhere near my account."),
    ("O", "A while ago I agreed to let the assistant handle my queries. I'm taking that back: no AI on my messages any more."),
    ("O", "Do you actually use AI on customer emails? If so, leave mine out of it."),
]

ES = [
    ("ON", "Una duda: la respuesta sobre mi lectura del contador, ¿la escribió una máquina o alguien de la oficina? Lo pregunto porque llegó rapidísimo."),
    ("ON", "No sé si el chat de la web es un bot o no, me da igual la verdad, solo quiero cambiar la domiciliación."),
    ("ON", "¿La tal Vega de vuestra app es una persona o una IA? Mi cuñado dice que IA y yo que no. Sacadnos de dudas."),
    ("ON", "Os felicito, el asistente virtual me cambió la tarifa en un momento y sin líos."),
    ("ON", "El asistente automático me explicó la factura mejor que cualquier folleto. Muy bien hecho."),
    ("ON", "El año pasado marqué la casilla de no querer IA en mi cuenta. Quitadla, por favor, ya he cambiado de opinión."),
    ("ON", "Olvidad lo que os dije de no usar el chatbot conmigo. Me ha sido útil, así que podéis seguir usándolo."),
    ("ON", "Antes no quería respuestas automáticas, pero ya no me importa. Podéis volver a activarme el asistente."),
    ("ON", "Estoy preparando un artículo para la revista del barrio: ¿los clientes pueden negarse a que les atienda la IA? ¿Cómo se hace?"),
    ("ON", "Desde el departamento de compras nos piden saber si vuestro asistente de IA guarda las conversaciones y si un cliente puede rechazarlo. Es solo para el expediente de proveedor."),
    ("ON", "Si alguien no quisiera que el bot le llevara la cuenta, ¿tardaríais más en contestarle? Es pura curiosidad."),
    ("ON", "Por mí que la IA conteste lo de las facturas, siempre que una persona revise cualquier devolución."),
    ("ON", "Que me siga contestando el asistente, no hay problema. Solo pediría respuestas más cortas."),
    ("ON", "Mi padre no quiere ni oír hablar de chatbots, pero a mí no me molesta, así que mandadme la respuesta a mí."),
    ("ON", "¿Usáis inteligencia artificial para redactar los correos? No es una queja, en mi empresa estamos pensando en hacerlo."),
    ("ON", "El agente virtual me arregló lo del roaming, de diez. ¿Me puede mandar también el certificado de pagos?"),
    ("O", "¿Podéis aseguraros de que ningún bot me conteste a partir de ahora? Quiero que conste en mi ficha."),
    ("O", "El chatbot es listo, no digo que no, pero no lo quiero metido en mis consultas."),
    ("O", "Hace tiempo acepté que el asistente llevara mis gestiones. Lo retiro: nada de IA con mis mensajes."),
    ("O", "¿Usáis IA para los correos de los clientes? Si es así, con los míos no, gracias."),
]

FR = [
    ("ON", "Petite question : la réponse sur mon relevé de compteur, c'est un programme qui l'a écrite ou quelqu'un de chez vous ? Je demande parce qu'elle est arrivée en trois secondes."),
    ("ON", "Aucune idée si votre chat en ligne est un robot, et à vrai dire ça m'est égal, je veux juste réinitialiser mon code."),
    ("ON", "Léon, dans votre appli, c'est une vraie personne ou une IA ? Ma fille parie sur l'IA, moi non. Départagez-nous."),
    ("ON", "Bravo à votre assistant virtuel, il m'a changé la date de prélèvement en deux minutes."),
    ("ON", "Votre aide automatique m'a mieux expliqué les frais d'itinérance que la brochure. Chapeau."),
    ("ON", "L'an dernier j'avais coché « pas d'IA sur mon compte ». Vous pouvez décocher, j'ai changé d'avis."),
    ("ON", "Oubliez mon ancien message où je refusais le chatbot. Il m'a bien dépanné depuis, vous pouvez continuer à l'utiliser pour moi."),
    ("ON", "Avant je refusais les réponses automatiques, mais ça ne me dérange plus. Vous pouvez réactiver l'assistant sur mon dossier."),
    ("ON", "J'écris un article pour le bulletin de la paroisse : vos clients ont-ils le droit de refuser l'IA, et comment s'y prennent-ils ?"),
    ("ON", "Notre responsable conformité voudrait savoir si votre assistant IA conserve les échanges et si un client peut s'y opposer. C'est pour notre dossier fournisseur, rien de plus."),
    ("ON", "Si quelqu'un ne voulait pas que le bot gère son compte, est-ce que vous répondriez moins vite ? Simple curiosité."),
    ("ON", "Que l'IA réponde à mes questions de facturation, ça me va, tant qu'un humain valide les remboursements."),
    ("ON", "L'assistant peut continuer à me répondre, pas de souci. J'aimerais juste des réponses plus courtes."),
    ("ON", "Ma grand-mère refuse de parler aux chatbots, mais moi ça ne me gêne pas : envoyez-moi plutôt la réponse à moi."),
    ("ON", "Vous utilisez l'intelligence artificielle pour rédiger vos mails ? Ce n'est pas un reproche, ma boîte y réfléchit aussi."),
    ("ON", "Votre agent virtuel a réglé mon forfait, impeccable. Il peut aussi m'envoyer l'attestation de l'an dernier ?"),
    ("O", "Pourriez-vous faire en sorte qu'aucun robot ne réponde plus à mes mails ? Je veux que ce soit noté dans mon dossier."),
    ("O", "Votre chatbot est malin, je vous l'accorde, mais je ne veux pas de lui sur mon compte."),
    ("O", "J'avais accepté que l'assistant traite mes demandes. Je reviens là-dessus : plus d'IA sur mes messages."),
    ("O", "Vous passez les mails des clients à une IA ? Si c'est le cas, pas les miens, merci."),
]

DE = [
    ("ON", "Kurze Frage: Die Antwort zu meinem Zählerstand, hat die ein Programm geschrieben oder jemand von Ihnen? Ich frage nur, weil sie so schnell kam."),
    ("ON", "Ob Ihr Webchat ein Bot ist, weiß ich nicht, ist mir aber auch egal. Ich brauche nur eine neue PIN."),
    ("ON", "Ist Jonas in Ihrer App ein Mensch oder eine KI? Mein Mann sagt KI, ich sage Mensch. Bitte klären Sie das."),
    ("ON", "Großes Lob an Ihren digitalen Assistenten, der hat mein Abbuchungsdatum in zwei Minuten geändert."),
    ("ON", "Ihr automatischer Helfer hat mir die Roaminggebühren besser erklärt als das Faltblatt. Gut gemacht."),
    ("ON", "Letztes Jahr habe ich angekreuzt, dass keine KI mein Konto bearbeiten soll. Bitte nehmen Sie das Häkchen wieder raus, ich sehe das inzwischen anders."),
    ("ON", "Vergessen Sie meine alte Nachricht, dass ich den Chatbot nicht will. Er hat mir seitdem gut geholfen, Sie können ihn für mich weiter einsetzen."),
    ("ON", "Früher wollte ich keine automatischen Antworten, inzwischen stört es mich nicht mehr. Sie dürfen den Assistenten für mich wieder einschalten."),
    ("ON", "Ich schreibe einen Beitrag für unser Gemeindeblatt: Dürfen Ihre Kunden die KI ablehnen, und wie geht das?"),
    ("ON", "Unsere Compliance-Abteilung möchte wissen, ob Ihr KI-Assistent Gespräche speichert und ob Kunden widersprechen können. Nur für unsere Lieferantenakte."),
    ("ON", "Wenn jemand nicht möchte, dass der Bot sein Konto betreut, dauert die Antwort dann länger? Reine Neugier."),
    ("ON", "Von mir aus kann die KI meine Rechnungsfragen beantworten, solange ein Mensch jede Erstattung prüft."),
    ("ON", "Der Assistent darf mir gern weiter antworten. Ich hätte die Antworten nur gern etwas kürzer."),
    ("ON", "Meine Schwiegermutter lehnt Chatbots ab, mich stört das aber nicht, also schicken Sie die Antwort bitte an mich."),
    ("ON", "Nutzen Sie künstliche Intelligenz, um Ihre E-Mails zu verfassen? Keine Beschwerde, meine Firma überlegt das auch."),
    ("ON", "Ihr virtueller Kundenberater hat meinen Tarif umgestellt, super. Kann er mir auch die Jahresabrechnung schicken?"),
    ("O", "Könnten Sie bitte dafür sorgen, dass mir ab sofort kein Bot mehr antwortet? Bitte in meiner Kundenakte vermerken."),
    ("O", "Ihr Chatbot ist ja ganz pfiffig, aber ich will ihn nicht an meinem Konto haben."),
    ("O", "Ich hatte zugestimmt, dass der Assistent meine Anliegen bearbeitet. Das nehme ich zurück: keine KI mehr für meine Nachrichten."),
    ("O", "Setzen Sie bei Kundenmails KI ein? Falls ja, bitte nicht bei meinen."),
]

PT = [
    ("ON", "Uma dúvida: a resposta sobre a leitura do meu contador foi escrita por um programa ou por alguém daí? Pergunto porque chegou muito depressa."),
    ("ON", "Não sei se o chat do site é robô, e pra mim tanto faz, só quero trocar a senha do cartão."),
    ("ON", "A Dora do aplicativo de vocês é gente ou IA? Meu marido jura que é IA, eu acho que é gente. Tirem a dúvida."),
    ("ON", "Parabéns ao assistente virtual, mudou a data do meu débito em dois minutos."),
    ("ON", "O atendimento automático me explicou a tarifa de roaming melhor que o folheto. Muito bom."),
    ("ON", "Ano passado marquei a opção de não querer IA na minha conta. Podem desmarcar, mudei de ideia."),
    ("ON", "Esqueçam aquela mensagem em que eu recusava o chatbot. Ele tem me ajudado, podem continuar usando comigo."),
    ("ON", "Antes eu não queria respostas automáticas, mas já não me importo. Podem voltar a ligar o assistente na minha conta."),
    ("ON", "Estou escrevendo uma matéria para o jornal da paróquia: os clientes têm direito de recusar a IA? Como fazem isso?"),
    ("ON", "O setor de compras da nossa empresa quer saber se o assistente de IA de vocês guarda as conversas e se o cliente pode recusar. É só para o cadastro de fornecedor."),
    ("ON", "Se alguém não quisesse que o robô cuidasse da conta, a resposta demoraria mais? Curiosidade mesmo."),
    ("ON", "Por mim a IA pode responder as dúvidas de fatura, desde que uma pessoa confira qualquer reembolso."),
    ("ON", "O assistente pode continuar me respondendo, tudo bem. Só queria respostas mais curtas."),
    ("ON", "Minha avó não quer saber de chatbot, mas eu não me importo, então mandem a resposta pra mim."),
    ("ON", "Vocês usam inteligência artificial para escrever os e-mails? Não é reclamação, a minha empresa está pensando em fazer igual."),
    ("ON", "O agente virtual resolveu meu plano, nota dez. Ele consegue me mandar também o extrato do ano passado?"),
    ("O", "Vocês podem garantir que nenhum robô me responda daqui em diante? Quero que fique registrado no meu cadastro."),
    ("O", "O chatbot é esperto, não nego, mas não quero ele mexendo na minha conta."),
    ("O", "Tempos atrás eu autorizei o assistente a tratar dos meus pedidos. Retiro a autorização: nada de IA nas minhas mensagens."),
    ("O", "Vocês usam IA nos e-mails dos clientes? Se usam, nos meus não, obrigado."),
]

A = "ai_assist"
# code -> (kind, label, opt_out)
KINDS = {"O": ("optout_act9", A, True), "ON": ("ai_not_refused9", A, False)}
TABLES = {"en": EN, "es": ES, "fr": FR, "de": DE, "pt": PT}


def rows() -> list[dict]:
    return coded_rows("w20", TABLES, KINDS)
