"""Portuguese rows of blind set 6 (invented; CC0-1.0; Brazil and Portugal). (category, label, opt_out, style, text)"""
H, A = "human", "ai_assist"

ROWS = [
    # opt-outs, pure
    ("optout/plain", A, True, "email", "Boa tarde, antes de enviar as leituras do contador: peço que a resposta seja "
     "escrita por um funcionário vosso e não por um programa.\n\nCumprimentos,\nRui Tavares\nRua das Flores 21, Braga"),
    ("optout/plain", A, True, "chat", "não quero que minhas mensagens passem por nenhuma inteligência artificial. só "
     "gente de verdade, por favor"),
    ("optout/short", A, True, "sms", "Sem IA."),
    ("optout/short", A, True, "sms", "Chega de robô. Só resposta de gente."),
    ("optout/embedded", A, True, "email", "Oi, a geladeira que comprei dia 8 continua pingando embaixo, o técnico veio "
     "terça e trocou uma borracha mas nada. Outra coisa: prefiro que vocês não joguem meus e-mails no ChatGPT nem em "
     "nada parecido. Enfim, dá pra mandar o técnico de novo? De manhã é melhor. Valeu, Caio"),
    ("optout/embedded", A, True, "voice", "alô oi é sobre a encomenda que foi pro número errado é o 15 em vez do 51 e a "
     "vizinha diz que não recebeu e ah não autorizo que essa ligação seja analisada por sistema automático tá anota aí "
     "e é isso vocês conseguem rastrear obrigada"),
    ("optout/proxy", A, True, "email", "Sou filha da D. Conceição Alves, cliente 61834, e escrevo por ela. A mãe não quer que "
     "um computador responda às cartas dela, fica aflita. Por favor registem isso na ficha.\n-- Marta Alves (filha)"),
    ("optout/conditional", A, True, "chat", "se quem está respondendo é um robô, então não quero. espero alguém de verdade"),
    ("optout/sarcastic", A, True, "review", "3 estrelas. Adoro como cada resposta parece escrita por uma torradeira. "
     "Façam o favor de manter essa maquininha longe da minha conta daqui pra frente."),
    ("optout/formal", A, True, "form", "Assunto: Tratamento de dados\nMensagem: Oponho-me à definição de perfis e a "
     "qualquer decisão automatizada sobre a minha conta, e retiro o consentimento para que a minha correspondência "
     "passe por ferramentas de inteligência artificial."),
    ("optout/formal", A, True, "email", "Prezados senhores, agradeceria que minhas solicitações deixassem de ser "
     "atendidas pelo assistente virtual. Prefiro respostas preparadas pela equipe. Atenciosamente, F. Duarte"),
    ("optout/typo", A, True, "sms", "por favor nao usem o atendente automatico nos meus chamdos, nao qero"),
    ("optout/review", A, True, "review", "2 estrelas. O app funciona mas as respostas do suporte são claramente geradas. "
     "Desmarquei a opção e continuam. NÃO quero algoritmo me escrevendo."),
    # opt-outs that also ask for a person
    ("optout/with_person", H, True, "chat", "quero que um ser humano me responda, não um software. preciso falar com "
     "alguém sobre a cobrança em dobro."),
    ("optout/with_person", H, True, "voice", "alô é eu não quero esse robô aí, uma pessoa pode me ligar no fixo por "
     "favor é sobre a carta da aposentadoria"),
    ("optout/with_person", H, True, "email", "Olá, sem respostas automáticas, por favor. Dá pra alguém da equipe me telefonar "
     "amanhã entre 14h e 16h?\n\nAbraço,\nJuliana Prado\nPrado Contabilidade"),
    ("optout/with_person", H, True, "form", "Motivo: Outro\nDetalhes: Parem de usar bots comigo. Quero falar com um "
     "supervisor sobre minha reserva cancelada."),
    ("optout/with_person", H, True, "sms", "assistente virtual não obrigado. me passa pra alguém real já"),
    # AI mentioned, nothing refused
    ("optneg/ask_bot", A, False, "chat", "só por curiosidade, tô falando com um bot? tanto faz, só preciso do link de rastreio"),
    ("optneg/ask_bot", A, False, "sms", "Essa resposta é automática? Chegou em 2 segundos kkk. Obrigado pelo reembolso"),
    ("optneg/praise", A, False, "review", "5 estrelas. O assistente virtual resolveu minha devolução em um minuto, "
     "melhor que muita loja."),
    ("optneg/praise", A, False, "email", "Só queria dizer que a IA do vosso site acertou em cheio, encontrou o "
     "carregador do meu portátil antigo. Cumprimentos, Tiago"),
    ("optneg/how_works", A, False, "form", "Pergunta: como o reconhecimento de fotos do app de plantas decide qual é a "
     "espécie? Funciona sem internet?"),
    ("optneg/broken", A, False, "chat", "a busca inteligente de vocês mostra ração de cachorro quando digito tinta de "
     "impressora, a parte de IA tá quebrada"),
    ("optneg/broken", A, False, "review", "1 estrela. A transcrição automática das notas de voz parou depois da "
     "atualização, só aparecem pontinhos."),
    ("optneg/own_business", A, False, "email", "Olá, somos uma pequena agência de chatbots e queremos mudar para o plano "
     "Pro com três usuários. Podem mandar um orçamento?\n\nAtt,\nBeatriz Lima\nRobotiza Estúdio"),
    ("optneg/news", A, False, "chat", "vi no jornal que o robô consultor de um banco deu conselhos péssimos, ri muito. "
     "enfim, até que horas vocês abrem hoje?"),
    ("optneg/want_feature", A, False, "form", "Sugestão: coloquem um resumo com inteligência artificial dos meus gastos "
     "do mês, os gráficos atuais são confusos."),
    ("optneg/product_setting", A, False, "sms", "como desligo as respostas inteligentes no app do celular? aparecem toda hora"),
    ("optneg/product_setting", A, False, "email", "Olá, a coluna que comprei tem um assistente de voz automático que "
     "liga no meio dos filmes. Dá pra desativar essa função? Obrigada, Lívia"),
    # ordinary and handoff
    ("ordinary/plain", A, False, "sms", "Preciso da segunda via da fatura 44019 para o meu contador"),
    ("ordinary/plain", A, False, "voice", "oi tá só liguei pra mudar o endereço de entrega é rua do Sol 3 mesma cidade "
     "obrigado tchau"),
    ("ordinary/plain", A, False, "review", "4 estrelas. Boa chaleira, tampa meio dura. Tem na cor branca?"),
    ("human/handoff", H, False, "chat", "posso falar com alguém do setor de reclamações?"),
    ("human/handoff", H, False, "email", "Alguém da vossa equipa pode ligar-me para o 912 000 357 por causa da garantia? "
     "É mais fácil do que por e-mail.\n\nObrigado,\nAmérico"),
    ("human/handoff", H, False, "form", "Motivo: Conta\nDetalhes: Gostaria que o gerente da agência revisse "
     "pessoalmente o meu caso, a decisão parece-me errada."),
]
