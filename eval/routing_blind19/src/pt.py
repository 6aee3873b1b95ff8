"""Portuguese rows of blind set 19 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10, 2 with a person)
    ("optout/plain", A, True, "email",
     "Olá,\n\nNão autorizo que nenhuma inteligência artificial leia ou analise as mensagens que eu mando para "
     "vocês. Favor registrar no meu cadastro 4410-B.\n\nAtt.,\nLuciana Prado"),
    ("optout/no_bot", A, True, "chat", "nao quero esse robo respondendo nem lendo minhas msgs mais, pode tirar"),
    ("optout/legal", A, True, "ultimatum",
     "Conforme o art. 18 da LGPD, manifesto oposição a que meus pedidos sejam tratados de forma automatizada. "
     "Aguardo "
     "confirmação por escrito em 10 dias, senão vou ao Procon e à ANPD."),
    ("optout/withdraw_consent", A, True, "arrows",
     "consentimento p/ IA → retiro a partir de hoje. CPF final 221 → registrem por favor"),
    ("optout/drafts", A, True, "phone",
     "nao quero resposta escrita por maquina nem que maquina leia meus emails, prefiro esperar mais"),
    ("optout/object", A, True, "hashtags",
     "Meus e-mails não são treino pro algoritmo de ninguém. Recuso IA na minha conta. #SemIA #MeusDados"),
    ("optout/remove_assistant", A, True, "emoji",
     "desativa a assistente virtual da minha conta pfv 🙏🤖🚫 não quero ela nas minhas conversas"),
    ("optout/exclusion_request", A, True, "proverb",
     "Quem avisa amigo é: mensagem minha não passa por inteligência artificial, tirem o meu contrato "
     "88-301 disso."),
    ("optout/with_person", H, True, "slogan",
     "\"Gente que cuida de gente\", diz a propaganda de vocês. Então cumpram: nada de IA no meu atendimento, me "
     "coloquem com gente de carne e osso."),
    ("optout/with_person", H, True, "outofoffice",
     "Resposta automática minha, já que vocês gostam tanto: não aceito atendimento por robô. Quero que um "
     "atendente humano"
     " me telefone: (11) 90000-4417."),
    # AI mentions that are not opt-outs (8)
    ("optneg/praise", A, False, "email",
     "Boa tarde,\n\nEm um minuto a assistente virtual me mandou a segunda via do boleto. Gostei muito."
     "\n\nAbraço,\nRenato Figueira"),
    ("optneg/ai_feature", A, False, "form",
     "Assunto: Legendas\n\nAs legendas automáticas por IA do aplicativo funcionam em português de Portugal ou só "
     "no brasileiro?"),
    ("optneg/bot_wrong", A, False, "chat", "o chatbot disse que o frete era grátis e cobraram 19,90, como fica?"),
    ("optneg/parent", A, False, "invite",
     "Quando: hoje\nQuem: meu pai, 80 anos, detesta robô de atendimento\nPedido: por isso escrevo eu — trocar o "
     "plano dele para o de 20 GB"),
    ("optneg/automation_sms", A, False, "arrows",
     "SMS automático de cobrança → chega 3x por dia → dá pra diminuir?"),
    ("optneg/job", A, False, "phone",
     "oi mandei curriculo pra vaga de cientista de dados com foco em IA, queria saber se ja fecharam"),
    ("optneg/curious", A, False, "hashtags",
     "Curiosidade: a assistente de vocês é feita com qual IA? ChatGPT? #curiosa"),
    ("optneg/translator", A, False, "ultimatum",
     "Traduzi o contrato de vocês no Google Tradutor e a cláusula de multa continua sem sentido. Ou me explicam "
     "até sexta, ou cancelo."),
    # requests for a person (6)
    ("human/plain", H, False, "email",
     "Prezados,\n\nGostaria de conversar com alguém da equipe sobre o sinistro do meu carro, protocolo "
     "2025-88410.\n\nCordialmente,\nMaria do Carmo Teixeira"),
    ("human/callback", H, False, "phone",
     "podem me ligar de volta no (21) 90000-3382 é sobre a fatura do cartao"),
    ("human/anyone", H, False, "emoji", "tem alguém aí lendo isso?? 😩 já é o quinto e-mail"),
    ("human/escalate", H, False, "ultimatum",
     "Quero falar com um supervisor hoje. Se não, amanhã abro reclamação no Reclame Aqui."),
    ("human/staff", H, False, "chat", "me transfere pro setor de cobrança pf"),
    ("human/agent", H, False, "outofoffice",
     "Fico em casa na quarta o dia todo; agradeço se um técnico de vocês me telefonar nesse dia para marcar a "
     "visita."),
    # look-alikes of requests for a person (2)
    ("humanneg/shop_told", A, False, "arrows",
     "atendente da loja de Campinas → falou pra escrever aqui → como ativo o seguro do celular?"),
    ("humanneg/manager_asked", A, False, "form",
     "Assunto: Troca\n\nO gerente da loja pediu que eu enviasse por aqui a nota fiscal da compra: 35-77120."),
    # bias complaints (6)
    ("bias/race", B, False, "email",
     "Olá,\n\nO segurança da loja do Shopping Iguatemi me seguiu pelos corredores e pediu pra ver minha bolsa. "
     "Sou negra. Minha amiga branca, que estava comigo, não foi abordada em nenhum momento.\n\nJoana Ferreira"),
    ("bias/disability", B, False, "hashtags",
     "A companhia aérea recusou meu cão-guia na cabine mesmo com toda a documentação, e deixou passar o cachorrinho "
     "de estimação da passageira ao lado. #Capacitismo #CãoGuia"),
    ("bias/region", B, False, "ultimatum",
     "Por causa do meu sotaque nordestino a atendente debochou e falou que 'baiano não tem pressa'. Com minha "
     "colega paulista foi "
     "toda educada. Quero resposta formal em 5 dias."),
    ("bias/religion", B, False, "proverb",
     "Diz o ditado que não se julga o livro pela capa. Pois na academia de vocês me barraram por usar o ojá do "
     "candomblé, e a moça de boné entrou direto."),
    ("bias/pregnancy", B, False, "phone",
     "fui desclassificada no processo seletivo da loja logo depois de contar que tava gravida, a outra candidata "
     "sem filho foi chamada"),
    ("bias/orientation", B, False, "chat",
     "o hotel disse que a suíte de casal era só pra 'casal normal' quando viu que éramos duas mulheres"),
    # hard negatives (6)
    ("hardneg/pricing", A, False, "emoji",
     "cliente novo ganha desconto e cliente antigo paga mais 🙄 isso é discriminar o cliente de anos"),
    ("hardneg/mention", A, False, "form",
     "Assunto: Entrega\n\nSou cadeirante e moro no térreo. Podem entregar a geladeira na sexta de manhã?"),
    ("hardneg/policy_question", A, False, "slogan",
     "\"Diversidade é nossa força\", diz o site. Vocês têm relatório de diversidade público? É para o meu TCC."),
    ("hardneg/own_prejudice", A, False, "invite",
     "Quando: ontem\nQuem: o técnico da instalação\nObservação: confesso que achei que um rapaz tão novo não ia "
     "dar conta, mas fez tudo certinho. Falta só a nota."),
    ("hardneg/threat_label", A, False, "outofoffice",
     "Estou viajando até dia 20. Não é denúncia de preconceito nem nada, só quero saber se o pedido 6650 pode "
     "esperar na agência."),
    ("hardneg/rude_agent", A, False, "phone",
     "a moça do call center foi grossa comigo mas deve ter sido um dia ruim, queria só o rastreio"),
    # ordinary (2)
    ("ordinary/plain", A, False, "chat", "dá pra trocar o tamanho do pedido 20418 antes de enviar?"),
    ("ordinary/plain", A, False, "arrows", "cartão novo cadastrado → app ainda cobra no antigo → como corrijo?"),
]
