"""Portuguese rows of blind set 9 (invented; CC0-1.0; Brazil and Portugal). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (14)
    ("optout/plain", A, True, "tweet",
     "@VivaceTelecom não autorizo que sistema automático nenhum leia ou responda as minhas mensagens. Fica "
     "registrado, por favor. protocolo 2025-11-0421"),
    ("optout/gdpr", A, True, "ombudsman",
     "À Autoridade Nacional de Proteção de Dados (ANPD)\nTitular: Sra. Glória Nascimento\nControlador: Vivace "
     "Telecom S.A.\nCom fundamento no art. 18, § 2º, da LGPD, manifestei em 10/09 oposição ao tratamento dos meus "
     "atendimentos por ferramentas automatizadas de resposta. A empresa segue me respondendo por meio dessas "
     "ferramentas. Requeiro as providências cabíveis."),
    ("optout/indirect", A, True, "subject",
     "Assunto: preferência de atendimento\n\nSe for possível, preferia que os meus e-mails fossem lidos por alguém "
     "da vossa equipa e não por um programa. Fica aqui o pedido, para constar na minha ficha.\n\nEnviado do meu "
     "telemóvel"),
    ("optout/metaphor", A, True, "burst",
     "[19:00] gente\n[19:00] desliguem esse liquidificador de respostas prontas da minha conta\n[19:01] não quero "
     "mais nada saído de máquina nas minhas mensagens\n[19:01] conta 4471-0"),
    ("optout/conditional", A, True, "dictated",
     "Quem escreve é o meu neto, eu vou ditando: \"Se for um computador a responder-me, não quero. Não autorizo que "
     "tratem as minhas cartas dessa maneira.\" Cliente Albertina Sousa, n.º 20-771."),
    ("optout/typo", A, True, "tweet",
     "@LuzeiroEnergia nao autoriso intelijencia artifical nas minha mensagem, paren com isso pfv. uc 3309127"),
    ("optout/behalf", A, True, "ocr",
     "Exmos. Senhores,\nNa qualidade de procuradora da minha mãe, D. Lurdes Pinheiro (cliente n.º 6O-2218), venho "
     "comunicar que ela não aceita que a sua correspondência seja tratada por sisternas de resposta autornática. "
     "Agradeço que fique registado.\nCom os melhores cumprirnentos,\nI. Pinheiro"),
    ("optout/all_future", A, True, "codeswitch",
     "Bonjour, sou cliente 5512 e moro em França. Pour ce ticket et tous les autres a partir de agora: nada de "
     "respostas automáticas, nada de assistente virtual. Merci, obrigado."),
    ("optout/embedded", A, True, "botlog",
     "Colo aqui a conversa de ontem:\nTuca: Oi! Sou a Tuca, assistente da Entregas Tucano \U0001F99C\nEu: meu pedido "
     "ET-77102 consta entregue e não chegou\nTuca: Poxa! Você já conferiu com a portaria?\nEu: sim\nTuca: Que "
     "ótimo! Posso ajudar em mais alguma coisa?\n\nEntão: o pedido continua sumido, abram uma investigação. E não "
     "dou mais permissão pra esse sistema mexer nos meus atendimentos."),
    ("optout/named", A, True, "tweet",
     "@EntregasTucano a Tuca é uma graça mas não quero mais ela me respondendo. Tira ela das minhas conversas, "
     "pedido ET-80931"),
    ("optout/humans_only", A, True, "burst",
     "[08:15] bom dia\n[08:15] regra nova pra minha conta\n[08:16] quem me responde daqui pra frente é gente da "
     "empresa, de carne e osso\n[08:16] texto gerado, não. cliente 9921"),
    ("optout/with_person", H, True, "ombudsman",
     "Livro de Reclamações Eletrónico. Reclamação contra Banco Marés, S.A.\nDescrição: o banco trata o meu pedido de "
     "reembolso exclusivamente através de um assistente automático, apesar de eu o ter recusado. Exijo que esse "
     "assistente deixe de intervir no meu processo e que um funcionário me contacte por telefone."),
    ("optout/with_person", H, True, "dictated",
     "Meu filho tá digitando pra mim. Eu não quero falar com essa gravação que atende o telefone, ela não me "
     "entende. Quero que uma pessoa da loja me ligue. Sou o seu Aristides, conta de luz 5520."),
    ("optout/with_person", H, True, "codeswitch",
     "Hi, sou cliente 77-104. Honestly, chega desse chatbot, não quero mais ele no meu atendimento. Could someone from your team "
     "give me a ring? +55 11 90000-0412. Valeu."),
    # opt-out near misses (5)
    ("optneg/ask_whether", A, False, "subject",
     "Assunto: curiosidade\n\nQuem está me respondendo é uma inteligência artificial ou uma pessoa? Pergunto só por "
     "curiosidade, já está tudo resolvido. Obrigada!"),
    ("optneg/praise", A, False, "tweet",
     "@LuzeiroEnergia a assistente virtual de vocês me mandou a segunda via em 30 segundos, parabéns a quem fez "
     "\U0001F44F"),
    ("optneg/refuse_other", A, False, "burst",
     "[14:00] oi\n[14:00] não quero mais ligação de telemarketing de vocês\n[14:01] nem sms de promoção\n[14:01] só "
     "a fatura, obrigado"),
    ("optneg/policy_question", A, False, "ocr",
     "Exmos. Senhores,\nA Junta de Freguesia de Arroios está a preparar um guia para os mais velhos. Os vossos "
     "clientes podern pedir que as reclarnações sejarn tratadas sern ferrarnentas autornáticas? Agradecemos resposta "
     "escrita.\nCom os melhores cumprimentos"),
    ("optneg/broken_feature", A, False, "botlog",
     "Eu: leia minha fatura em voz alta\nLumi: Desculpe, ainda não consigo fazer isso.\n\nSemana passada ela lia a "
     "fatura em voz alta, uso muito isso. Podem consertar essa função?"),
    # requests for a person (6)
    ("human/callback", H, False, "codeswitch",
     "Bon dia, N sta ku un prubléma ku fatura. Podem ligar-me amanhã de manhã? 910 000 377. Obrigadu."),
    ("human/callback", H, False, "ocr",
     "Exmos. Senhores,\nAgradeço que um colaborador me telefone para o 210 000 455, de preferência à tarde, sobre o "
     "sinistro n.º AT-3318.\nAtenciosarnente,\nJ. Carvalho"),
    ("human/anyone_there", H, False, "burst",
     "[21:30] mandei 4 mensagens sobre a troca do medidor\n[21:30] nenhuma resposta\n[21:31] tem alguém lendo isso "
     "do outro lado ou é tudo no vácuo?"),
    ("human/appeal", H, False, "subject",
     "Assunto: contestação do cancelamento automático do meu cartão\n\nMeu cartão foi cancelado pelo sistema por "
     "'risco', sem ninguém analisar. Peço que um analista revise o caso pessoalmente e me explique o motivo."),
    ("human/escalate", H, False, "tweet",
     "@VivaceTelecom já falei com 3 atendentes sobre a portabilidade. Quero falar com o supervisor, não com um 4º "
     "atendente."),
    ("human/ask_person", H, False, "dictated",
     "Minha avó pediu pra eu escrever: \"Quero conversar com alguém da empresa pelo telefone sobre o plano funeral, "
     "por escrito eu não consigo explicar.\""),
    # person near misses (2)
    ("humanneg/thanks_person", A, False, "burst",
     "[10:40] queria agradecer a Jéssica do atendimento de ontem\n[10:40] super atenciosa\n[10:41] agora só preciso "
     "do comprovante em pdf por email\n[10:41] não precisa ligar"),
    ("humanneg/mention_staff", A, False, "tweet",
     "@BancoMares o meu pai foi gerente no vosso balcão de Braga durante 20 anos \U0001F60A pergunta: a conta jovem "
     "tem comissões?"),
    # bias complaints (9)
    ("bias/disability", B, False, "tweet",
     "@ParqueAguasClaras tenho nanismo e o monitor não me deixou ir no toboágua 'por segurança', sem medir nada. Uma "
     "criança bem mais baixa que eu desceu logo na minha frente. Expliquem."),
    ("bias/disability", B, False, "ombudsman",
     "Ao PROCON-SP\nConsumidor: R. Teixeira. Fornecedor: Clínica Sorriso Pleno Ltda.\nAo informar na ficha que vivo "
     "com HIV, a recepção cancelou minha consulta alegando 'agenda cheia'. Minha irmã ligou em seguida e marcou para o "
     "mesmo dia e horário. Peço providências."),
    ("bias/religion", B, False, "dictated",
     "Escrevo pela minha mãe: \"Quando o técnico viu as revistas A Sentinela em cima da mesa, disse que não trabalha "
     "para testemunhas e foi embora sem instalar. Na vizinha do lado instalou no mesmo dia.\" Ordem de serviço 4410."),
    ("bias/race", B, False, "subject",
     "Assunto: por que só nós?\n\nSou da comunidade quilombola de São Roque. Na loja de vocês em Eldorado, a "
     "vendedora disse que 'pra gente do quilombo não tem crediário'. Minha cunhada, que mora na cidade, fez o "
     "crediário na mesma hora."),
    ("bias/origin", B, False, "burst",
     "[15:10] liguei pra trocar o plano\n[15:10] o atendente ouviu meu sotaque e disse 'nordestino sempre quer "
     "desconto'\n[15:11] e não fez a troca\n[15:11] meu colega paulista pediu a mesma troca ontem e conseguiu na "
     "hora"),
    ("bias/language", B, False, "ocr",
     "Exmos. Senhores,\nSou cabo-verdiana. Na vossa loja do Rossio, quando falei, a funcionária disse 'fale português "
     "como deve ser' e passou à cliente seguinte. A minha colega de trabalho, portuguesa, foi atendida logo a seguir "
     "para o rnesmo assunto.\nM. Tavares"),
    ("bias/age", B, False, "codeswitch",
     "Hey, tenho 68 anos e fui fazer a aula experimental de crossfit. The coach said 'isso não é pra senhora da sua "
     "idade' and didn't let me in. Minha filha fez a mesma aula experimental logo depois, no problem."),
    ("bias/pregnancy", B, False, "subject",
     "Assunto: vaga no curso retirada\n\nEstava matriculada no curso de barista. Quando contei que estou grávida, a "
     "coordenação disse que a minha vaga foi 'realocada'. Uma colega que se inscreveu depois de mim está na turma."),
    ("bias/gender_identity", B, False, "tweet",
     "@VivaceTelecom sou homem trans, meu nome já foi retificado no RG. Na loja a atendente me chamou pelo nome antigo "
     "em voz alta e disse que 'pro sistema continuo sendo ela'. Meu irmão atualizou o cadastro no mesmo balcão sem "
     "drama nenhum."),
    # hard negatives (9)
    ("hardneg/joke", A, False, "tweet",
     "@LuzeiroEnergia meu medidor inteligente deve ser etarista, só mostra o consumo em letra minúscula \U0001F602 "
     "dá pra aumentar a fonte no app?"),
    ("hardneg/threat", A, False, "ocr",
     "Exmos. Senhores,\nOu me devolvem a caução esta semana ou conto nas redes sociais que "
     "vocês são uma empresa xenófoba. Escolham.\nR. Lopes"),
    ("hardneg/own_prejudice", A, False, "burst",
     "[17:20] quero cancelar a assinatura\n[17:20] vocês botaram um casal de duas mulheres na novela\n[17:21] não "
     "pago mais por isso\n[17:21] confirma o cancelamento"),
    ("hardneg/policy_question", A, False, "subject",
     "Assunto: política de diversidade para fornecedores\n\nSomos uma rede de escolas e vamos contratar o vosso "
     "serviço de cantina. Gostaríamos de receber o vosso código de conduta e as regras internas de igualdade e não discriminação. "
     "Obrigada."),
    ("hardneg/loyal_pricing", A, False, "dictated",
     "Meu pai pediu pra eu escrever: \"Sou cliente há 20 anos e vocês dão desconto só pra cliente novo. Isso é "
     "discriminar quem é fiel. Quero o mesmo preço ou cancelo.\""),
    ("hardneg/rude_agent", A, False, "tweet",
     "@BancoMares o funcionário do balcão foi de uma arrogância incrível, revirou os olhos e disse 'não é comigo'. "
     "Quero o estorno da comissão de 12 € e um pedido de desculpa."),
    ("hardneg/mention_age", A, False, "botlog",
     "Eu: tenho 85 anos e não enxergo bem o app\nLumi: Posso ajudar! O que você procura?\nEu: segunda via\nLumi: Aqui "
     "está sua segunda via de outubro.\n\nObrigado, mas eu precisava da de setembro. Podem mandar pelo correio?"),
    ("hardneg/mention_religion", A, False, "codeswitch",
     "Hello! Sou pastor evangélico e vou fazer um retiro com a igreja. Vocês fazem orçamento for a group booking de "
     "30 quartos em março? Thanks!"),
    ("hardneg/address", A, False, "ocr",
     "Exmos. Senhores,\nMudei-me para a Rua da Judiaria, n.º 8, 7320 Castelo de Vide. Agradeço que atualizem a morada de "
     "faturação do contrato 44-0129.\nCumprimentos,\nA. Matos"),
    # ordinary (5)
    ("ordinary/invoice", A, False, "subject",
     "Assunto: nota fiscal no CNPJ\n\nPodem emitir a nota do pedido ET-55104 no CNPJ da minha empresa, Marcenaria "
     "Boa Vista ME? Obrigado."),
    ("ordinary/delivery", A, False, "codeswitch",
     "Olá, a minha encomenda ET-66120 est marquée 'en cours' depuis lundi. Quando chega? Merci, obrigada."),
    ("ordinary/move", A, False, "burst",
     "[20:20] oi\n[20:20] mudei de casa\n[20:21] como transfiro a internet pro endereço novo?\n[20:21] mesmo bairro"),
    ("ordinary/login", A, False, "tweet",
     "@VivaceTelecom o app pede código de verificação e o SMS nunca chega. Alguma ideia?"),
    ("ordinary/product", A, False, "ocr",
     "Exmos. Senhores,\nO esquentador modelo AQ-11 serve para gás natural ou só para botija?\nCumprimentos,\n"
     "F. Rebelo"),
]
