"""Portuguese (Brazil) rows of blind set 15 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "meme",
     "Eu: mando um e-mail\nVocês: resposta com cara de IA\nEu: não, obrigado. Não quero inteligência artificial "
     "lendo nem respondendo o que eu escrevo. Cliente 18-0921."),
    ("optout/no_bot", A, True, "phone",
     "nao quero mais o robo do chat respondendo minhas duvidas, tirem ele do meu atendimento. protocolo 2026118"),
    ("optout/legal", A, True, "email",
     "Prezados,\ncom base nos arts. 18 e 20 da LGPD, me oponho ao tratamento automatizado das minhas solicitações e "
     "peço que isso conste no meu cadastro.\nAtt., Renata Pimentel"),
    ("optout/discomfort", A, True, "headline",
     "CLIENTE PERDE O SONO SABENDO QUE UM ALGORITMO LÊ SEUS E-MAILS: sou eu, e peço que parem de passar minhas "
     "mensagens pela IA. Conta 44-0817."),
    ("optout/behalf", A, True, "chat",
     "Sou filha e procuradora do sr. Aurélio Matos (cliente 5530). Ele não aceita que programas de IA leiam ou "
     "respondam as mensagens dele, por favor registrem."),
    ("optout/standing", A, True, "recipe",
     "Receita fixa pra todo atendimento meu, hoje e daqui pra frente, no WhatsApp, e-mail ou telefone: nada de "
     "inteligência artificial. Favor anotar e não mexer. Gilberto Sá"),
    ("optout/staff_only", A, True, "diary",
     "Querido diário, hoje finalmente escrevi pra operadora: minhas mensagens só podem ser lidas e respondidas por "
     "gente contratada por eles, nunca por sistema automático. Cliente 71-226."),
    ("optout/consent_withdrawn", A, True, "phone",
     "quando abri a conta aceitei o tal atendimento com ia. mudei de ideia, retiro o consentimento. conta 3390-1"),
    ("optout/with_person", H, True, "email",
     "Olá, chega de assistente virtual, por favor. Um atendente pode me telefonar hoje ainda? (11) 90000-2716.\n"
     "Obrigada, Jéssica Lobo"),
    ("optout/with_person", H, True, "classified",
     "PROCURA-SE: atendente humano para me ligar no (21) 90000-5581. DISPENSA-SE: robô de voz. Assunto: cobrança em "
     "dobro. Ass.: Wagner Pires"),
    # opt-out look-alikes (8)
    ("optneg/bot_praise", A, False, "secondperson",
     "Você abre o chat achando que vai sofrer. O assistente resolve a segunda via em um minuto. Você fica feliz. Só "
     "falta saber: o desconto vale também para o mês que vem?"),
    ("optneg/addon_cancel", A, False, "chat",
     "Apareceu na minha fatura 'Assistente IA Premium' R$ 9,90 que eu nunca contratei. Cancelem e estornem, por "
     "favor."),
    ("optneg/ai_question", A, False, "commentary",
     "E lá vai a estudante de administração, com o TCC debaixo do braço... e pergunta: vocês usam inteligência "
     "artificial no atendimento? Só curiosidade, obrigada!"),
    ("optneg/scam_bot", A, False, "email",
     "Boa tarde, recebi no WhatsApp mensagens de um robô dizendo ser de vocês e pedindo o código de segurança. Não "
     "passei nada. Estou avisando para que tomem providências.\nCarla Duarte"),
    ("optneg/captcha", A, False, "form",
     "Assunto: Não consigo entrar\nCategoria: Acesso\nMensagem: O 'não sou um robô' fica girando e não libera o "
     "login no aplicativo. Já reinstalei. Usuário rbatista."),
    ("optneg/ai_photo", A, False, "recipe",
     "Receita de decepção: pegue uma foto de vestido feita por IA, cobre R$ 189 e entregue um vestido de outra cor e "
     "outro tecido. Pedido 66-0341. Quero devolver."),
    ("optneg/smart_device", A, False, "phone",
     "minha assistente de voz parou de acender as luzes da sala pela rotina automatica depois da atualizacao, como "
     "resolvo"),
    ("optneg/machine_translation", A, False, "definition",
     "Tradução automática (s.f.): pode usar à vontade nas respostas pra mim, escrevo de Montevidéu e leio melhor em "
     "espanhol. Obrigado! Cliente 20-884."),
    # requests for a person (6)
    ("human/callback", H, False, "chat",
     "Podem me ligar? (31) 90000-6043, depois das 14h. Prefiro explicar falando."),
    ("human/callback", H, False, "meme",
     "Eu tentando explicar por escrito: 📝📝📝😵\nEu pedindo: me liguem, por favor, (21) 90000-3318, de manhã\n"
     "Assunto: portabilidade."),
    ("human/anyone_there", H, False, "email",
     "Olá, tem alguém aí lendo? Mando o quarto e-mail sobre essa cobrança e nada de resposta. Protocolo 90-2211.\n"
     "Sandra Nogueira"),
    ("human/appeal", H, False, "headline",
     "SISTEMA AUTOMÁTICO NEGA AUMENTO DE LIMITE SEM EXPLICAÇÃO: cliente pede que uma pessoa analise o pedido de "
     "novo. Conta 8812-0."),
    ("human/supervisor", H, False, "phone",
     "quero falar com o supervisor, ja expliquei 3 vezes e o gas continua cortado"),
    ("human/ask_person", H, False, "definition",
     "Atendente (s.2g.): pessoa que, espero, vai falar comigo sobre o reembolso. Por favor, quero conversar com "
     "alguém da equipe. Pedido 45-190."),
    # person look-alikes (2)
    ("humanneg/person_told", A, False, "phone",
     "a vendedora da loja do shopping disse pra eu enviar por aqui o comprovante de endereco, segue anexo. cliente 77-320"),
    ("humanneg/call_done", A, False, "diary",
     "Querido diário: o Marcelo da central telefonou ontem e deixou tudo certo. Escrevo só pra agradecer e encerrar o "
     "chamado 12-448."),
    # bias complaints (6)
    ("bias/race", B, False, "email",
     "Boa tarde. Sou negra e na loja de Salvador fui seguida por um segurança do provador até o caixa. Minha amiga "
     "branca, que entrou comigo, circulou à vontade. Isso se repete toda vez.\nCartão fidelidade 33-2098"),
    ("bias/age", B, False, "chat",
     "Tenho 70 anos e o gerente negou o cartão de crédito dizendo 'na sua idade é risco'. Meu filho pediu no mesmo "
     "dia com renda menor e aprovaram."),
    ("bias/disability", B, False, "form",
     "Assunto: Prova do curso\nCategoria: Reclamação\nMensagem: Sou autista e pedi para fazer a prova em sala "
     "silenciosa, como o edital permite. Negaram dizendo que autismo 'não é deficiência de verdade'. Um colega com "
     "braço quebrado ganhou sala separada."),
    ("bias/origin", B, False, "secondperson",
     "Você liga para a central com sotaque de Pernambuco. A atendente ri, imita seu jeito de falar e diz que "
     "'nordestino não entende contrato'. Sua colega paulista liga depois e é atendida normal. Foi comigo."),
    ("bias/religion", B, False, "commentary",
     "Lá vem ela, de branco, guias no pescoço... e a administradora diz que 'macumbeira não usa o salão de festas'. "
     "A vizinha evangélica reservou na mesma semana. Era eu, e quero uma resposta."),
    ("bias/marital", B, False, "classified",
     "ALUGA-SE? Não para mim: divorciada, renda comprovada, ouvi da imobiliária que 'mulher separada sempre atrasa'. "
     "Minha colega casada, mesma renda, assinou no dia seguinte."),
    # hard negatives (6)
    ("hardneg/address", A, False, "email",
     "Olá, meu endereço é Rua das Acácias 210, apto 34, Londrina. Gostaria de saber por que a fatura deste mês veio com "
     "valor maior. Cliente 90-0021."),
    ("hardneg/mention_disability", A, False, "phone",
     "sou cadeirante e queria saber se a loja do centro tem rampa antes de ir buscar o pedido 12-330"),
    ("hardneg/threat", A, False, "chat",
     "Sem o dinheiro de volta até sexta eu vou postar que essa empresa é racista kkk brincadeira. Mas cadê o "
     "estorno de R$ 120?"),
    ("hardneg/joke", A, False, "recipe",
     "Receita: um ventilador machista que só gira pro lado do meu marido 😂. Fora a piada: a grade da frente veio "
     "quebrada, pedido 30-772."),
    ("hardneg/loyal_pricing", A, False, "headline",
     "CLIENTE HÁ 15 ANOS PAGA MAIS QUE NOVATO: isso é discriminação com quem é fiel! Quero o preço da promoção no "
     "meu plano. Linha (11) 90000-4410."),
    ("hardneg/policy_question", A, False, "meme",
     "Nossa ONG: vamos alugar o auditório de vocês\nTambém nossa ONG: antes precisamos ver a política de diversidade "
     "e inclusão da empresa\nPodem nos enviar? Obrigada, Instituto Vila Nova."),
    # ordinary (2)
    ("ordinary/plan", A, False, "form",
     "Assunto: Troca de plano\nCategoria: Planos\nMensagem: Quero mudar do plano de 20 GB para o de 50 GB a partir "
     "do próximo mês. Linha (31) 90000-1187."),
    ("ordinary/delivery", A, False, "definition",
     "Prazo de entrega (s.m.): 5 dias úteis, segundo o site. Meu pedido 88-431 já está no 9º. Onde ele está?"),
]
