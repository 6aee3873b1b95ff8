"""Portuguese rows of blind set 11 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "selfqa",
     "Quero inteligência artificial lendo minhas mensagens pra vocês? Não. Nem um pouco. Fica registrado."),
    ("optout/nochatbot", A, True, "caps",
     "CHATBOT NÃO. NO MEU PEDIDO NÃO. CHEGA."),
    ("optout/gdpr", A, True, "footer",
     "Com base no direito de oposição e no artigo 20 da LGPD, não autorizo o tratamento das minhas mensagens "
     "por ferramentas automáticas ou de IA.\n\nAtt.,\nRenata Coutinho\n--\nEsta mensagem pode conter "
     "informação confidencial ou privilegiada, sendo seu sigilo protegido por lei. Se você não for o "
     "destinatário, não pode usar, copiar ou divulgar as informações nela contidas. Se recebeu por engano, "
     "comunique quem a enviou e elimine o conteúdo."),
    ("optout/indirect", A, True, "polite",
     "Peço imensa desculpa pelo incómodo, mas se me permitem, ficaria bem mais descansada se os meus "
     "e-mails não fossem tratados pela vossa inteligência artificial. Muito obrigada pela compreensão."),
    ("optout/behalf", A, True, "agent",
     "Sou o contador da Oficina Mecânica Dantas e escrevo em nome do proprietário: ele não aceita que um "
     "robô ou assistente de IA atenda os chamados da empresa."),
    ("optout/all_future", A, True, "autocorrect",
     "oi, daqui pra frente nenhum atendimento automatico nas minhas msgs, nem hj nem depois, ok? desculpa, "
     "corretor trocou automatico por \"automóvel\" antes kkk"),
    ("optout/conditional", A, True, "mktreply",
     "Assunto: RE: Conheça a Jade, sua nova assistente com IA!\n\nSe é a Jade que vai ler minhas "
     "reclamações, tô fora. Deixem minha conta fora dessa."),
    ("optout/humans_only", A, True, "turn",
     "Vim só confirmar a data de instalação... mas já que estou aqui: a partir de agora, só gente me "
     "respondendo, robô nenhum."),
    ("optout/with_person", H, True, "grievlist",
     "Minhas queixas:\n1) O robô da URA desligou na minha cara.\n2) Não quero robô cuidando do meu caso.\n3) "
     "Liguem-me, um atendente de verdade, no (11) 90000-0734."),
    ("optout/with_person", H, True, "caps",
     "NÃO QUERO ASSISTENTE VIRTUAL. LIGUEM-ME, UMA PESSOA, HOJE."),
    # opt-out near misses (8)
    ("optneg/ask_whether", A, False, "turn",
     "Sobre o boleto, já paguei. Ah, e fiquei na dúvida: quem me respondeu ontem era robô ou gente? Por mim "
     "tanto faz, só curiosidade."),
    ("optneg/praise", A, False, "polite",
     "Gostaria, se me permitem, de deixar um elogio à vossa assistente virtual: foi de uma paciência enorme "
     "com a minha mãe."),
    ("optneg/criticise", A, False, "grievlist",
     "Sobre o chatbot:\n1) Entendeu errado meu CPF.\n2) Me mandou pro menu errado.\n3) No fim resolveu, mas "
     "podia melhorar."),
    ("optneg/opt_back_in", A, False, "selfqa",
     "Eu tinha pedido pra IA não responder meus pedidos? Tinha. Mudei de ideia? Mudei. Podem voltar a usar."),
    ("optneg/refuse_other", A, False, "mktreply",
     "Assunto: RE: Ofertas escolhidas por IA só pra você\n\nNão quero mais receber ligações de "
     "telemarketing nem esses e-mails. Me descadastrem."),
    ("optneg/policy_question", A, False, "agent",
     "Sou assessora jurídica de um cliente corporativo de vocês. Podem enviar a política de uso de "
     "inteligência artificial no atendimento, com as regras de revisão humana?"),
    ("optneg/ai_fine", A, False, "autocorrect",
     "gente pode ser robo pode ser IA tanto faz pra mim, so preciso da segunda via da conta"),
    ("optneg/own_job", A, False, "footer",
     "Minha fatura veio com um serviço que não contratei, favor verificar.\n\nAbs,\nThiago Moura\nCientista "
     "de dados - Automação e IA\n--\nAntes de imprimir, pense no meio ambiente."),
    # requests for a person (6)
    ("human/callback", H, False, "polite",
     "Não querendo abusar da vossa amabilidade, seria possível que alguém da vossa equipa me telefonasse "
     "amanhã de manhã?"),
    ("human/anyone_there", H, False, "caps",
     "TEM ALGUÉM LENDO ISSO??? ALÔ???"),
    ("human/appeal", H, False, "grievlist",
     "1) Meu cartão foi cancelado automaticamente.\n2) O sistema disse \"risco\".\n3) Quero que um analista "
     "humano revise essa decisão."),
    ("human/escalate", H, False, "footer",
     "Solicito que o meu processo seja encaminhado à ouvidoria ou a um supervisor.\n\nCumprimentos,\nL. "
     "Barreto\n--\nConfidencial. Se recebeu este e-mail por engano, elimine-o."),
    ("human/ask_person", H, False, "autocorrect",
     "preciso de uma pessoa de vdd no telefone, como faco? o numero q tem no site nao atende"),
    ("human/callback", H, False, "agent",
     "Sou a secretária do Dr. Amaral. Ele pede que alguém do setor de empresas retorne a ligação sobre o "
     "contrato."),
    # person near misses (2)
    ("humanneg/no_call", A, False, "turn",
     "Recebi a fatura certinha. E por favor, não me liguem oferecendo portabilidade, não tenho interesse."),
    ("humanneg/thanks_agent", A, False, "selfqa",
     "A Débora resolveu? Resolveu. Precisa me ligar de novo? Não precisa. Obrigado!"),
    # bias (6)
    ("bias/race", B, False, "turn",
     "Quero reclamar da entrega... na verdade do entregador: quando viu que a aldeia era guarani, disse que "
     "\"pra índio\" não subia. Na fazenda do lado ele entregou."),
    ("bias/religion", B, False, "grievlist",
     "1) Sou umbandista e fui de branco buscar a encomenda.\n2) O atendente disse que \"isso aqui não é "
     "terreiro\" e não me atendeu.\n3) Atendeu a moça seguinte."),
    ("bias/hiv", B, False, "caps",
     "FALEI QUE SOU SOROPOSITIVO E O PLANO NEGOU MINHA ADESÃO. MEU IRMÃO, MESMA IDADE, ENTROU NA HORA."),
    ("bias/body_size", B, False, "polite",
     "Peço desculpa por tocar no assunto, mas a vossa funcionária disse à frente de todos que a farda não "
     "\"servia a gordas\" e recusou-me a vaga, que foi dada a uma colega mais magra."),
    ("bias/disability", B, False, "agent",
     "Escrevo como advogada de um cliente com nanismo: o caixa eletrônico adaptado da agência estava "
     "bloqueado com caixas e o gerente se recusou a atendê-lo no balcão."),
    ("bias/language", B, False, "autocorrect",
     "a moça do call center tirou sarro do meu sotaque nordestino, disse q nao entendia, desligou. "
     "minha prima de sp ligou "
     "depois e resolveram"),
    # hard negatives (6)
    ("hardneg/joke", A, False, "caps",
     "MEU LIQUIDIFICADOR É ETARISTA, SÓ FUNCIONA PRA QUEM TEM MENOS DE 30 KKKK. TEM ASSISTÊNCIA TÉCNICA EM "
     "CAMPINAS?"),
    ("hardneg/threat", A, False, "autocorrect",
     "se nao devolverem meu dinheiro vou falar no reclame aqui q vcs sao racistas, decidam"),
    ("hardneg/own_prejudice", A, False, "mktreply",
     "Assunto: RE: Nossa nova campanha\n\nNão gostei de ver um casal de dois homens no vosso anúncio. "
     "Cancelem a minha assinatura."),
    ("hardneg/policy_question", A, False, "selfqa",
     "Vocês têm política de diversidade? Têm metas? Onde consulto? Preciso para um seminário."),
    ("hardneg/loyal_pricing", A, False, "polite",
     "Com todo o respeito, sou cliente há dezoito anos e pago mais do que os novos clientes; parece-me uma "
     "discriminação dos clientes fiéis. Poderiam rever o meu tarifário?"),
    ("hardneg/mention_age", A, False, "agent",
     "Sou o filho e procurador do Sr. Joaquim, de 87 anos. Precisamos transferir a conta de luz para o nome "
     "dele."),
    # ordinary (2)
    ("ordinary/billing", A, False, "grievlist",
     "1) Paguei a fatura de outubro.\n2) Foi debitada duas vezes.\n3) Como peço o estorno?"),
    ("ordinary/delivery", A, False, "footer",
     "Podem entregar na portaria do prédio?\n--\nEnviado do meu telemóvel. Mensagem confidencial."),
]
