"""Portuguese rows of blind set 17 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10, 2 with a person)
    ("optout/plain", A, True, "email",
     "Boa tarde,\n\nnão dou autorização para que as minhas mensagens sejam lidas ou respondidas por sistemas de "
     "inteligência artificial. Cliente n.º 3390-12.\n\nCumprimentos,\nFilipa Morgado"),
    ("optout/no_bot", A, True, "phone", "oi nao quero mais esse robo respondendo minhas mensagens, tira ele"),
    ("optout/object", A, True, "chat", "sou contra IA mexendo nos meus chamados. deixem de fora por favor"),
    ("optout/legal", A, True, "clauses",
     "I - Invocando a LGPD (art. 20), recuso decisões e respostas automatizadas.\nII - Nenhum algoritmo deve "
     "analisar minhas solicitações.\nIII - Aguardo confirmação."),
    ("optout/withdraw_consent", A, True, "form",
     "Assunto: privacidade. Peço que os meus pedidos deixem de passar pelo assistente automático e por qualquer "
     "ferramenta de IA."),
    ("optout/remove_assistant", A, True, "checklist",
     "Lista:\n[x] troquei o cartão\n[ ] estorno da tarifa\n[ ] me excluir do atendimento por inteligência "
     "artificial, não aceito isso"),
    ("optout/recorded_agreement", A, True, "minutes",
     "Resumo da ligação de 21/08. Participantes: eu (Caio Ventura) e a atendente. Combinado: minha conta fica sem "
     "chatbot e sem modelos de IA. Pendente: registrar."),
    ("optout/exclusion_request", A, True, "table",
     "Item | Pedido\nTipo | opção de saída\nO quê | IA não trata os meus e-mails\nValidade | sempre"),
    ("optout/with_person", H, True, "email",
     "Olá,\nquero que a minha reclamação do condomínio seja tratada por uma pessoa, não por um programa de IA. Nada "
     "de automático.\nObrigada, Leonor Brás"),
    ("optout/with_person", H, True, "scorecard",
     "Robô do app: nota zero. Quero desligar ele pra mim e falar com um atendente sobre a cobrança da fatura."),
    # opt-out near-misses (8)
    ("optneg/praise_bot", A, False, "chat", "o assistente virtual de vcs é ótimo, resolveu meu boleto rapidinho"),
    ("optneg/ai_feature", A, False, "email",
     "Olá,\no celular que vocês vendem tem aquela função de IA pra editar foto? Vale a pena?\nAbs, Tainá"),
    ("optneg/automation_debit", A, False, "phone",
     "o debito automatico nao passou esse mes, preciso pagar por outro lado?"),
    ("optneg/study", A, False, "form",
     "Sou professora e estou preparando uma aula sobre robôs de atendimento. Vocês poderiam dizer desde quando usam "
     "o chat automático?"),
    ("optneg/partner", A, False, "minutes",
     "Conversa em casa: meu marido acha chatbot uma chatice. Decidido: eu escrevo aqui pedindo outra cópia da "
     "fatura do gás."),
    ("optneg/investor", A, False, "pressrelease",
     "NOTA: acionista minoritário quer saber se a empresa vai divulgar os gastos com automação no relatório anual."),
    ("optneg/bot_wrong", A, False, "scorecard",
     "Entrega 10, embalagem 9, o robô me passou o prazo errado: 3. Afinal chega quando em Campinas?"),
    ("optneg/smart_home", A, False, "changelog",
     "Instalei a lâmpada. Liguei à assistente de voz. Ela não reconhece. Qual é a app certa?"),
    # requests for a person (6)
    ("human/plain", H, False, "chat", "tem alguém aí de verdade pra falar comigo?"),
    ("human/callback", H, False, "phone",
     "podem me ligar de volta? de manha de preferencia, e sobre a portabilidade"),
    ("human/anyone", H, False, "email",
     "Bom dia,\nalguém está a ler isto? Já é o terceiro e-mail sobre a devolução.\nRui Teixeira"),
    ("human/agent", H, False, "table",
     "Preferência | Detalhe\nAtendimento | humano, por telefone\nAssunto | renegociação da dívida"),
    ("human/escalate", H, False, "clauses",
     "a) Pedi o reembolso em maio. b) Negado sem motivo. c) Solicito que um supervisor, uma pessoa, reveja."),
    ("human/staff", H, False, "checklist",
     "[x] li o FAQ\n[x] tentei o robô\n[ ] falar com um funcionário sobre a mudança de plano"),
    # person near-misses (2)
    ("humanneg/shop_told", A, False, "form",
     "Uma moça da loja do shopping disse que dava pra trocar online. Qual é o link?"),
    ("humanneg/thanks_agent", A, False, "postit", "Valeu, Jéssica, pela ajuda ontem! Já está tudo certo."),
    # bias complaints (6)
    ("bias/region", B, False, "email",
     "Bom dia,\no gerente ouviu meu sotaque nordestino e disse que o cartão premium 'não é pro meu perfil'. Minha "
     "colega paulista, com a mesma renda, conseguiu na hora.\nJosé Cícero Alves"),
    ("bias/disability", B, False, "phone",
     "sou cego e o captcha do site so tem imagem, nao consigo entrar na conta de jeito nenhum"),
    ("bias/pregnancy", B, False, "chat",
     "contei que estava grávida e a vaga no curso de formação sumiu. os outros inscritos continuam"),
    ("bias/race", B, False, "minutes",
     "Ocorrência, sábado: o segurança me parou na saída, só a mim, que sou negra. As clientes brancas com sacolas "
     "iguais passaram direto."),
    ("bias/religion", B, False, "changelog",
     "Dia 1: pedi entrega fora do sábado por ser adventista. Dia 2: recusado. Dia 3: ao vizinho mudaram a data por "
     "causa de uma festa."),
    ("bias/orientation", B, False, "scorecard",
     "Atendimento 0/10: quando disse que o segundo titular é a minha mulher, a funcionária recusou a conta "
     "conjunta. Casais homem-mulher abrem no mesmo dia."),
    # hard negatives (6)
    ("hardneg/joke_pet", A, False, "chat", "meu gato é preconceituoso, só come ração cara kkkk"),
    ("hardneg/threat_label", A, False, "email",
     "Olá,\nsem estorno até sexta, publico em todo lugar que a loja é homofóbica. Pedido 81-226."),
    ("hardneg/own_prejudice", A, False, "phone",
     "cancela minha assinatura, nao gostei do comercial com aquele casal de dois rapazes"),
    ("hardneg/pricing", A, False, "pressrelease",
     "COMUNICADO: cliente antigo descobre promoção só para novos. Fala em discriminação dos fiéis e pede o mesmo "
     "desconto."),
    ("hardneg/mention", A, False, "table",
     "Info | Detalhe\nIdade | 79 anos\nPedido | mudar a fatura para o e-mail do meu neto"),
    ("hardneg/policy_question", A, False, "postit",
     "A empresa tem política de diversidade publicada? É para o TCC."),
    # ordinary (2)
    ("ordinary/plain", A, False, "email", "Olá, até que horas funciona a loja de Braga ao sábado? Obrigado."),
    ("ordinary/plain", A, False, "postit", "Me manda de novo o boleto de outubro? Perdi o e-mail."),
]
