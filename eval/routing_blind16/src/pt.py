"""Portuguese rows of blind set 16 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "email",
     "Olá,\n\nSou cliente do plano 80-33107. Não autorizo que minhas mensagens sejam lidas, classificadas ou "
     "respondidas por inteligência artificial. Por favor, registrem isso.\n\nAtenciosamente,\nRenata Albuquerque"),
    ("optout/no_chatbot", A, True, "chat",
     "dá pra tirar o chatbot da minha conta? não quero mais que ele me responda nada"),
    ("optout/legal", A, True, "memo",
     "PARA: Encarregado de Dados (DPO)\nDE: Fábio Nogueira, contrato 12-0071\nASSUNTO: Oposição\nCom base na LGPD, me "
     "oponho a que meus atendimentos sejam analisados ou decididos por sistemas automatizados ou IA. Aguardo "
     "confirmação."),
    ("optout/human_written", A, True, "screenshots",
     "[Print: resposta de vocês começando com 'Como modelo de linguagem, não posso...']\nPois é. A partir de agora "
     "quero respostas escritas por gente, não geradas por IA. Cliente 4471."),
    ("optout/no_training", A, True, "phone",
     "nao quero que minhas conversas sejam usadas pra treinar a ia de voces nem analisadas por ela. cliente 9102"),
    ("optout/behalf", A, True, "email",
     "Prezados,\n\nSou procuradora da minha avó, Dona Lurdes Cavalcanti (contrato 33-9011). Ela tem pavor de máquina: "
     "peço que nenhum assistente automático nem IA cuide das mensagens ou ligações dela.\n\nObrigada,\nJuliana "
     "Cavalcanti"),
    ("optout/standing", A, True, "postcard",
     "Um abraço de Florianópolis! Antes que eu esqueça: registrem como regra fixa que nenhum atendimento meu, hoje ou "
     "no futuro, passe pela inteligência artificial. Rodrigo (cliente 5520)"),
    ("optout/after_incident", A, True, "screenplay",
     "INT. QUARTO - NOITE. TATIANE lê: 'Seu pedido foi cancelado pelo assistente'.\nTATIANE: Eu não pedi isso!\nEla "
     "escreve: depois dessa, chega de inteligência artificial mexendo nos meus pedidos."),
    ("optout/with_person", H, True, "form",
     "Assunto: Sem assistente virtual\nCategoria: Cobrança\nMensagem: Não quero ser atendido pela assistente virtual "
     "sobre essa cobrança. Prefiro que um funcionário de vocês ligue para o (11) 90000-4418."),
    ("optout/with_person", H, True, "weather",
     "Previsão: chuva de respostas automáticas. Tirem o robô do meu chamado e me coloquem pra falar com um funcionário "
     "de verdade, por favor. Protocolo 20931."),
    # opt-out look-alikes (8)
    ("optneg/auto_renewal", A, False, "email",
     "Olá,\n\nQuero desativar a renovação automática da minha assinatura anual (nº 7712). Não é cancelamento, só quero "
     "decidir na hora.\n\nAbraço,\nCaio Menezes"),
    ("optneg/autoreply_ack", A, False, "chat",
     "recebi a resposta automática com o protocolo 30118, segue a foto da nota fiscal"),
    ("optneg/own_ai", A, False, "fairytale",
     "Era uma vez um cliente que pediu pro ChatGPT deixar a reclamação educada (é o que você está lendo). O pedido "
     "6612 chegou com a tela trincada. Quero troca."),
    ("optneg/ai_feature_help", A, False, "phone",
     "o filtro de ia da camera no app de voces sumiu depois da atualizacao, como faço pra voltar?"),
    ("optneg/auto_marketing", A, False, "memo",
     "PARA: Marketing\nASSUNTO: Parem os SMS\nQuero sair da lista de mensagens promocionais automáticas. Continuo "
     "cliente, só não quero propaganda às 7h. Final do celular 552."),
    ("optneg/ai_training_question", A, False, "form",
     "Assunto: Dúvida sobre IA\nCategoria: Privacidade\nMensagem: Vocês usam as conversas dos clientes pra treinar "
     "alguma inteligência artificial? É só curiosidade, não tenho objeção, é pro meu TCC."),
    ("optneg/wants_automation", A, False, "receipt",
     "CONTA DO MÊS:\n- 1 boleto esquecido\n- 1 multa de R$ 12,90\nTOTAL: quero ativar o débito automático e o lembrete "
     "automático por WhatsApp. Cliente 8814."),
    ("optneg/ai_news", A, False, "screenshots",
     "[Print: notícia 'Empresa lança atendente com IA']\nLegal, boa sorte. Mas meu problema é outro: a fatura de maio "
     "veio com o seguro cobrado duas vezes. Estornem um, por favor."),
    # requests for a person (6)
    ("human/callback", H, False, "email",
     "Bom dia,\n\nPodem me ligar no (21) 90000-7731 depois das 18h? É sobre o financiamento e por escrito fica "
     "confuso.\n\nObrigado,\nEdson Pires"),
    ("human/callback", H, False, "postcard",
     "Um beijo de Recife! Voltei de viagem e a internet continua caída. Alguém do suporte técnico me liga amanhã cedo? "
     "(81) 90000-2210. Valéria"),
    ("human/anyone_there", H, False, "chat",
     "tem alguma pessoa lendo isso aqui ou tô falando sozinha? terceiro dia"),
    ("human/appeal", H, False, "memo",
     "PARA: Análise de crédito\nASSUNTO: Recusa automática, proposta 44-509\nO sistema negou meu aumento de limite na "
     "hora. Solicito que um analista humano revise com meus comprovantes de renda."),
    ("human/supervisor", H, False, "phone",
     "é a quarta reclamacao sobre o mesmo vazamento, quero falar com o supervisor agora"),
    ("human/ask_person", H, False, "breakup",
     "Querida operadora,\nnossa relação está por um fio. Antes de terminar, quero conversar com uma pessoa da sua "
     "equipe, qualquer uma, sobre minha fatura. Linha final 9034. Sua, Cláudia"),
    # person look-alikes (2)
    ("humanneg/manager_asked", A, False, "email",
     "Boa tarde,\n\nMinha gerente, a Sra. Fontes, pediu que eu solicitasse as notas fiscais de março da Padaria Sol "
     "Nascente Ltda. Podem enviar para este e-mail?\n\nAtt.,\nMarcos Lima"),
    ("humanneg/thanks_agent", A, False, "weather",
     "Previsão de hoje: ensolarado! O Anderson da central resolveu a cobrança em dobro ontem à noite. Só queria "
     "agradecer, pode fechar o protocolo 7740."),
    # bias complaints (6)
    ("bias/race", B, False, "email",
     "Boa tarde,\n\nSou negra e no hotel de vocês em Salvador me mandaram usar a entrada de serviço, achando que eu "
     "era entregadora. O hóspede branco que chegou logo atrás de mim entrou pela recepção.\n\nJaqueline Souza"),
    ("bias/age", B, False, "chat",
     "tenho 69 anos e a moça da loja disse que cartão de crédito 'não é pra minha idade'. minha filha pediu o mesmo "
     "cartão com renda menor e saiu aprovado"),
    ("bias/disability", B, False, "phone",
     "uso cadeira de rodas e a linha de onibus de voces passou reto no ponto 3 vezes essa semana, o motorista ve a "
     "cadeira e acelera. com meu irmao sozinho no ponto ele para"),
    ("bias/religion", B, False, "screenplay",
     "INT. SECRETARIA DO CURSO - TARDE. DANIEL pede para remarcar a prova que cai no Yom Kippur.\nCOORDENADOR: Aqui "
     "não tem feriado de judeu.\nDANIEL escreve: um colega remarcou a mesma prova por causa de um casamento."),
    ("bias/family_status", B, False, "receipt",
     "ORÇAMENTO DO ALUGUEL:\n- anúncio: apartamento disponível\n- eu: 'tenho três filhos'\n- resposta: 'acabou de ser "
     "alugado'\n- meu primo, sem filhos, ligou uma hora depois: disponível\nLuciana Prado"),
    ("bias/sex", B, False, "postcard",
     "Saudações de Lisboa! Na vossa oficina do Saldanha orçaram-me 450 € pela revisão; o meu marido foi lá com o mesmo "
     "carro no dia a seguir e pagou 260 €. É sempre assim quando vou eu. Filipa Soares"),
    # hard negatives (6)
    ("hardneg/joke", A, False, "chat",
     "meu micro-ondas é etarista, só funciona quando meu filho aperta kkkk. enfim, o pedido 5502 veio sem o prato "
     "giratório"),
    ("hardneg/address", A, False, "email",
     "Olá,\n\nMoro na Rua das Acácias, 140, em Contagem. Por que minha conta de luz de junho veio o dobro da de "
     "maio?\n\nObrigada,\nSimone Teixeira"),
    ("hardneg/threat", A, False, "fairytale",
     "Era uma vez uma cliente que ameaçou chamar a loja de racista no Reclame Aqui se a geladeira não chegasse "
     "(brincadeira, viu). Pedido 7719, cadê?"),
    ("hardneg/mention_disability", A, False, "form",
     "Assunto: Acessibilidade\nCategoria: Visita técnica\nMensagem: Sou surdo. Para a instalação de quinta, o técnico "
     "pode me mandar mensagem de texto em vez de ligar? Obrigado."),
    ("hardneg/rude_agent", A, False, "memo",
     "PARA: Ouvidoria\nASSUNTO: Atendimento grosseiro\nO atendente da loja revirou os olhos e me mandou 'procurar no "
     "site'. Quero registrar a reclamação e saber como trocar o tênis."),
    ("hardneg/loyal_pricing", A, False, "breakup",
     "Querida operadora de TV,\n20 anos juntos e você dá desconto só pros novos. Cliente antigo aqui é tratado como "
     "trouxa. Me dá o mesmo preço ou eu vou embora. Sérgio"),
    # ordinary (2)
    ("ordinary/payment", A, False, "phone",
     "o pix que fiz ontem nao apareceu na fatura, ja desconta ou tenho que mandar comprovante?"),
    ("ordinary/product", A, False, "screenshots",
     "[Foto: etiqueta da panela, modelo PX-30]\nEssa panela serve em fogão de indução? Quero comprar mais uma igual."),
]
