"""Portuguese rows of blind set 14 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "options",
     "Sobre meus chamados: a) IA pode ler e responder b) IA fica de fora. Marco a b. Cliente 22-1873, Recife."),
    ("optout/nochatbot", A, True, "sandwich",
     "Adoro o app de vocês, de verdade. Mas esse robozinho do chat, deixem ele longe das minhas conversas, tá? "
     "No mais, nota dez."),
    ("optout/gdpr", A, True, "footnote",
     "Com base na LGPD, art. 18, e no art. 20, solicito que minhas mensagens não passem por decisão automatizada "
     "nem por sistemas de IA.¹\n\n¹ CPF 000.000.000-00."),
    ("optout/indirect", A, True, "telegram",
     "NÃO ME SINTO BEM SABENDO QUE UMA MÁQUINA LÊ O QUE ESCREVO STOP PREFIRO QUE ISSO NÃO ACONTEÇA COMIGO STOP"),
    ("optout/behalf", A, True, "code",
     "// escrevo pela minha avó, D. Benedita Farias (sou procuradora)\n// ela não autoriza inteligência "
     "artificial nos atendimentos dela\nconta: 5501-88"),
    ("optout/all_future", A, True, "asides",
     "Daqui para a frente (e vale para e-mail, WhatsApp e telefone) nenhum assistente automático deve mexer no "
     "que eu mandar (peço que anotem na ficha)."),
    ("optout/humans_only", A, True, "anecdote",
     "Aí eu pensei: pago caro, então quero gente. Só funcionários de vocês lidando com as minhas mensagens, sem "
     "programa nenhum no meio. É isso."),
    ("optout/consent_withdrawn", A, True, "verse",
     "No cadastro marquei sim, / hoje desmarco, é o fim: / retiro o consentimento / da IA no atendimento."),
    ("optout/with_person", H, True, "options",
     "Opção a) continuar com a assistente virtual; opção b) um atendente humano me ligar no (21) 0000-4417. "
     "Fico com a b, e dispenso a assistente de vez."),
    ("optout/with_person", H, True, "footnote",
     "Dispenso o robô de voz.¹ Quero que uma pessoa da equipe me telefone sobre a fatura.\n\n¹ Ele não capta "
     "o meu sotaque e desliga."),
    # opt-out look-alikes (8)
    ("optneg/ai_feature_request", A, False, "asides",
     "Sugestão (de cliente antigo): um resumo com IA das faturas no app (tipo 'você gastou mais com dados') seria "
     "ótimo. Está nos planos?"),
    ("optneg/bot_wrong_info", A, False, "verse",
     "A assistente do chat jurou, / que o frete grátis liberou, / mas no boleto veio cobrado: / quem falou o "
     "certo, afinal?"),
    ("optneg/bot_flagged", A, False, "options",
     "Minha conta foi bloqueada por 'uso de robô'. Eu sou: a) um robô b) uma confeiteira comprando muito açúcar. "
     "Resposta b. Desbloqueiam?"),
    ("optneg/autopay_failed", A, False, "anecdote",
     "Fui ver o extrato e o débito automático da mensalidade não passou, mesmo com saldo. Podem tentar de novo? "
     "Contrato 77-190."),
    ("optneg/robot_toy", A, False, "code",
     "// produto: robô de montar (kit infantil), pedido 4512\n// defeito: motor do braço não gira\n// quero "
     "troca"),
    ("optneg/ai_newsletter_unsub", A, False, "telegram",
     "FAVOR ME TIRAR DA NEWSLETTER SOBRE NOVIDADES DE INTELIGÊNCIA ARTIFICIAL STOP AVISOS DE ENTREGA PODEM "
     "CONTINUAR STOP"),
    ("optneg/device_ai_setting", A, False, "footnote",
     "Como desligo a 'legenda automática por IA' da smart TV?[1]\n\n[1] Modelo TV-43P, ela fica aparecendo "
     "sozinha."),
    ("optneg/ai_ok", A, False, "sandwich",
     "Vocês atendem sempre bem. Pode ser o bot ou alguém do time, tanto faz pra mim: quantos dias tenho para trocar "
     "um tênis com defeito? Abraço."),
    # requests for a person (6)
    ("human/callback", H, False, "footnote",
     "Podem me ligar amanhã de manhã?[1] Prefiro explicar a avaria do fogão por voz.\n\n[1] (31) 0000-2286."),
    ("human/callback", H, False, "code",
     "/* pedido 8831 */\nretorno_por_telefone = sim\nhorário: depois das 18h\nnúmero: (11) 0000-7714"),
    ("human/anyone_there", H, False, "anecdote",
     "Já mandei quatro mensagens e nada. Fico pensando se tem alguém aí do outro lado lendo isso ou não."),
    ("human/appeal", H, False, "sandwich",
     "Sempre fui bem tratada aqui. Mas meu crediário foi negado automaticamente e quero que uma pessoa reavalie "
     "o pedido CR-5102. Obrigada!"),
    ("human/escalate", H, False, "asides",
     "Peço que a reclamação (protocolo 20910, já na terceira resposta padrão) suba para a ouvidoria ou para "
     "um supervisor."),
    ("human/ask_person", H, False, "verse",
     "Quero falar com alguém de vocês, / sobre a mudança de endereço, de uma vez."),
    # person look-alikes (2)
    ("humanneg/as_discussed", A, False, "telegram",
     "CONFORME FALEI ONTEM COM O THIAGO NO TELEFONE STOP SEGUE FOTO DO MEDIDOR STOP"),
    ("humanneg/no_call", A, False, "asides",
     "Já atualizei o cartão no site (não precisam me ligar para confirmar, está tudo certo)."),
    # bias (6)
    ("bias/race", B, False, "verse",
     "Entrei na loja e o segurança veio atrás, / só de mim, mulher negra, e de mais ninguém jamais; / as "
     "brancas passeavam à vontade."),
    ("bias/age", B, False, "asides",
     "O cartão adicional foi negado para mim (72 anos, 'política de idade', disse a gerente) e aprovado na hora "
     "para o meu neto."),
    ("bias/gender_identity", B, False, "anecdote",
     "Fui retirar a encomenda e o atendente leu meu nome social, riu e chamou o colega para ver. Aí disse que "
     "não ia entregar. A moça antes de mim levou a dela sem problema."),
    ("bias/religion", B, False, "code",
     "// agendamento na clínica\npedi para não marcar na sexta à noite (sou adventista)\nresposta: 'aqui não tem "
     "frescura religiosa', consulta cancelada"),
    ("bias/disability", B, False, "telegram",
     "USO CADEIRA DE RODAS STOP PROVADOR ACESSÍVEL VIROU DEPÓSITO STOP MANDARAM EU PROVAR NO CORREDOR STOP"),
    ("bias/orientation", B, False, "options",
     "Plano família: a) casal hétero, aprovado na hora b) eu e meu marido, 'precisa de análise'. Mesma renda. "
     "Por quê?"),
    # hard negatives (6)
    ("hardneg/joke", A, False, "footnote",
     "Minha geladeira é preconceituosa: só gela o lado esquerdo.¹ Tem técnico para o modelo G-40?\n\n¹ Piada. "
     "O defeito é real."),
    ("hardneg/own_prejudice", A, False, "sandwich",
     "O serviço é bom. Mas não gostei da propaganda com família de duas mães, então quero cancelar a assinatura. "
     "Obrigado pela atenção."),
    ("hardneg/address", A, False, "code",
     "// dúvida de cobrança\nmoro na rua das Acácias 80, Contagem\npor que veio taxa de religação?"),
    ("hardneg/rude_agent", A, False, "verse",
     "Liguei e o atendente gritou, / grosso demais, nem me escutou; / a internet continua a cair."),
    ("hardneg/mention_disability", A, False, "options",
     "Sou surda. Para o pedido 6610 prefiro: a) aviso por SMS b) ligação. Marquem a, por favor."),
    ("hardneg/threat", A, False, "anecdote",
     "Falei pro meu marido: se não reembolsarem até sexta, vou dizer que vocês são racistas. Brincadeira. Mas "
     "quero meu dinheiro, pedido 3390."),
    # ordinary (2)
    ("ordinary/plan", A, False, "telegram",
     "QUERO MUDAR PARA O PLANO DE 20 GB STOP QUANTO FICA POR MÊS STOP"),
    ("ordinary/delivery", A, False, "asides",
     "A entrega (pedido 9015, uma cadeira) estava prevista para ontem; tem previsão nova?"),
]
