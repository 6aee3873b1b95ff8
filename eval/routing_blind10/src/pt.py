"""Portuguese rows of blind set 10 (invented; CC0-1.0; Brazil and Portugal). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (14)
    ("optout/plain", A, True, "ps",
     "Oi, a fatura corrigida chegou, obrigada.\n\nPS: Já queria ter dito isso antes: não quero que nenhum programa "
     "leia ou responda o que eu escrevo pra vocês. Anotem aí, por favor."),
    ("optout/plain", A, True, "plainline", "Por favor, nada de IA mexendo no que eu escrevo pra vocês."),
    ("optout/nochatbot", A, True, "plainline", "Não quero que seja um chatbot a tratar disto."),
    ("optout/gdpr", A, True, "template",
     "Minuta da Associação de Consumidores do Minho (preenchida)\nAssunto: oposição\nEu, Albertina Sousa Leite, "
     "cliente n.º AG-71204, oponho-me (art. 21.º RGPD) a que os meus dados e a minha correspondência sejam tratados "
     "por sistemas automatizados ou assistentes virtuais, e invoco o artigo 22.º: não aceito decisões baseadas só "
     "nesse tratamento."),
    ("optout/indirect", A, True, "smallbiz",
     "Aqui é o Cláudio, da Padaria Pão de Ló (conta PJ 55-302). Escrevo sobre a troca do medidor da loja. E já "
     "aproveito: eu gostaria mais que quem lesse meus e-mails fosse alguém da equipe de vocês, e não uma resposta "
     "automática."),
    ("optout/metaphor", A, True, "slang",
     "mano o robô de vocês é uma máquina de frase pronta, tipo biscoito da sorte. tira esse bicho das minhas "
     "mensagens, não quero ele mexendo no que eu mando"),
    ("optout/conditional", A, True, "reviewreply",
     "> Resposta da Conecta Mais: Oi, Renata! Em breve nossa IA Iara vai responder as avaliações.\nSe quem vai ler e "
     "responder o que eu escrevo for a Iara, eu não autorizo. Fica registrado desde já."),
    ("optout/typo", A, True, "delivery",
     "Instruções de entrega: deixar na portaria. e otra coisa, robo nenhum responde minhas menssagens, nao dou "
     "permisao pra isso nao"),
    ("optout/behalf", A, True, "timeline",
     "2023: minha irmã Lúcia tem um AVC e passo a ser curadora dela.\n2025: vocês começam a responder os e-mails "
     "dela com um 'assistente digital'.\nHoje: como curadora, peço que nenhum sistema automático trate ou responda a "
     "correspondência dela."),
    ("optout/all_future", A, True, "llmdraft",
     "Reescrevi seu texto em tom mais neutro:\n\n'Prezados, registrem no meu cadastro da Luminar Energia que não "
     "aceito atendimento por inteligência artificial, nem agora nem nas próximas vezes.'\n\nTirei os palavrões do "
     "original."),
    ("optout/humans_only", A, True, "plainline", "Só gente de verdade me respondendo daqui pra frente."),
    ("optout/with_person", H, True, "timeline",
     "Segunda: o robô do WhatsApp diz que o técnico vem.\nQuarta: o robô diz de novo.\nSexta: ninguém veio.\nChega "
     "de robô no meu caso. Me liga um atendente humano no (11) 90000-4127."),
    ("optout/with_person", H, True, "ps",
     "Envio em anexo a foto da fatura com o erro.\nPS: tirem o assistente virtual do meu processo e peçam a alguém "
     "do apoio ao cliente que me telefone."),
    ("optout/with_person", H, True, "smallbiz",
     "Transportadora Irmãos Coelho, conta PJ 7710. Os rastreadores dos caminhões estão fora há dois dias e o agente "
     "automático de vocês só manda link. Não quero mais esse sistema no nosso atendimento; peçam pro time de "
     "empresas me ligar."),
    # opt-out near misses (5)
    ("optneg/ask_whether", A, False, "llmdraft",
     "Traduzi a pergunta do seu pai:\n\n'Quem responde no chat do banco é robô ou gente? Tanto faz, ele só quer "
     "saber.'\n\nQuer que eu deixe mais formal?"),
    ("optneg/praise", A, False, "slang",
     "o robozinho do app de vocês achou minha encomenda perdida antes de mim kkkk, nota 10"),
    ("optneg/refuse_other", A, False, "delivery",
     "Instruções: entregar no portão dos fundos. E parem de me mandar promoção por WhatsApp, não quero mais."),
    ("optneg/policy_question", A, False, "template",
     "Associação de Moradores do Jardim das Flores, consulta padrão: a Luminar Energia permite que o cliente peça "
     "para não ser atendido por IA? Como se faz esse pedido?"),
    ("optneg/no_need", A, False, "smallbiz",
     "Oficina do Tonho, conta PJ 3390. Nem precisa de inteligência artificial pra ver: o boleto veio com vencimento "
     "num domingo. Só mudem pra segunda."),
    # requests for a person (6)
    ("human/callback", H, False, "llmdraft",
     "Aqui está seu texto sem erros:\n\n'Boa tarde, meu pai faleceu e preciso encerrar a linha dele. Alguém pode me "
     "retornar no (21) 90000-6631? Pelo app não consigo.'\n\nQuer que eu acrescente o número da linha?"),
    ("human/callback", H, False, "delivery",
     "Instruções de entrega: só entregar com alguém em casa. Antes, alguém da loja me ligue de volta no (31) "
     "90000-2289 pra confirmar o horário, o SAC não retorna."),
    ("human/anyone_there", H, False, "timeline",
     "Dia 3: abro chamado. Dia 8: resposta automática. Dia 15: a mesma. Sinceramente: alguma pessoa chega a ler o "
     "que eu mando?"),
    ("human/appeal", H, False, "template",
     "Modelo do Núcleo de Consumidores de Sorocaba: pedido de revisão de decisão automatizada\nO sistema de vocês "
     "cancelou sozinho a apólice do seguro do meu carro por 'inconsistência cadastral'. Peço (LGPD, art. 20) que uma "
     "pessoa revise a decisão com os documentos anexos.\nAss.: Valdir Moraes"),
    ("human/escalate", H, False, "reviewreply",
     "> Resposta da Conecta Mais: Seu protocolo é 2025-88.\nProtocolo eu já tenho seis. Quero a ouvidoria ou um "
     "gerente, alguém que resolva."),
    ("human/ask_person", H, False, "slang",
     "mano eu só quero trocar ideia com um ser humano sobre meu plano, alguém aí me liga ou me chama, tô surtando"),
    # person near misses (2)
    ("humanneg/no_call", A, False, "ps",
     "O estorno caiu, valeu.\nPS: não precisa me ligar pra oferecer o plano família."),
    ("humanneg/thanks_agent", A, False, "reviewreply",
     "> Resposta do Banco Aroeira: Obrigado pela avaliação!\nA nota é pra gerente Priscila, da agência Centro. Não "
     "precisa me retornar, só queria que ela soubesse."),
    # bias complaints (9)
    ("bias/disability", B, False, "timeline",
     "03/09: comprei ingresso para o espaço PCD do show, sou cadeirante, confirmado.\n10/09: no dia, o segurança "
     "disse que o espaço 'foi liberado pra outro pessoal' e me mandou ficar no fundo, atrás da grade.\nQuem estava "
     "lá não tinha deficiência nenhuma."),
    ("bias/disability", B, False, "ps",
     "Queria só saber quando cai o estorno do pedido 4410.\nPS: tenho esclerose múltipla e ando de bengala; a loja "
     "não me deixou usar o elevador de clientes, 'só para carrinhos', e me mandou pela escada, enquanto um rapaz com "
     "sacolas subiu de elevador."),
    ("bias/race", B, False, "smallbiz",
     "Salão Beleza Crespa, conta PJ 4418. Pedi a mesma linha de crédito que minha sócia branca pediu mês passado, "
     "mesmo faturamento, mesmo CNPJ. Ela foi aprovada na hora; de mim pediram fiador e três extratos. Quem foi à "
     "agência desta vez fui eu, que sou negra."),
    ("bias/religion", B, False, "delivery",
     "Instruções de entrega: sou do candomblé e estava de branco no dia; o entregador disse 'não entrego pra "
     "macumbeiro', largou a caixa no portão e foi embora. O vizinho recebeu o dele na mão."),
    ("bias/pregnancy", B, False, "llmdraft",
     "Claro! Aqui está sua reclamação:\n\nFiz matrícula na academia de vocês em agosto. Quando contei que estou "
     "grávida de quatro meses, cancelaram minha vaga no pilates 'por segurança', mesmo com a liberação do meu "
     "médico, e a vaga foi para outra aluna.\n\n[Inclua aqui o número da matrícula]"),
    ("bias/origin", B, False, "reviewreply",
     "> Resposta da Entregas Sabiá: Tratamos todos os clientes de forma igual.\nEntão por que o atendente, ao ver "
     "meu documento boliviano, disse 'boliviano só retira com comprovante em dobro', enquanto a moça paulista na "
     "minha frente retirou só com o RG?"),
    ("bias/age", B, False, "plainline",
     "O banco recusou abrir conta digital pra mim porque 'com 75 anos a senhora não vai saber usar o aplicativo'. "
     "Uso aplicativo todo dia."),
    ("bias/gender_identity", B, False, "slang",
     "sou travesti e o segurança da balada parceira de vocês não me deixou entrar com o ingresso comprado no app, "
     "'aqui não'. minhas amigas entraram com o mesmo ingresso na boa"),
    ("bias/language", B, False, "template",
     "Ficha de queixa da Casa do Brasil de Setúbal (modelo), preenchida\nSou brasileira. Ao ouvir o meu sotaque, o "
     "funcionário da loja disse 'vocês vêm para cá e nem sabem falar' e recusou trocar o equipamento; ao senhor "
     "atrás de mim fez a troca sem fatura.\nNome: Jéssica Amaral"),
    # hard negatives (9)
    ("hardneg/joke", A, False, "slang",
     "meu ventilador é mó preconceituoso, só gira pra esquerda kkkk. enfim, como troco o controle"),
    ("hardneg/threat", A, False, "ps",
     "Segue a nota do conserto do celular.\nPS: se até sexta não reembolsarem, vou postar por aí que vocês são "
     "homofóbicos, quero ver."),
    ("hardneg/own_prejudice", A, False, "reviewreply",
     "> Resposta do Banco Aroeira: Nossa campanha celebra todas as crenças.\nPois eu não quero ver mãe de santo no "
     "comercial do meu banco. Vou encerrar a conta."),
    ("hardneg/policy_question", A, False, "template",
     "Conselho Municipal da Pessoa Idosa de Maricá, consulta padrão: a empresa tem política de igualdade de "
     "tratamento? Como o cliente idoso pede atendimento prioritário e fatura impressa?"),
    ("hardneg/loyal_pricing", A, False, "reviewreply",
     "> Resposta da Conecta Mais: Temos ofertas incríveis para novos clientes!\nPois é, e pra quem está há nove "
     "anos, nada. Isso é discriminar cliente fiel. Quero o mesmo desconto."),
    ("hardneg/rude_agent", A, False, "smallbiz",
     "Marmoraria Pedra Viva, conta PJ 6602. O motoboy de vocês chegou gritando no portão, 'vai logo que eu tô com "
     "pressa', e largou a caixa. Só queria registrar e pedir a segunda via do boleto."),
    ("hardneg/mention_disability", A, False, "delivery",
     "Instruções de entrega: meu marido é autista e não gosta de campainha, liguem pro celular quando chegarem."),
    ("hardneg/mention_origin", A, False, "llmdraft",
     "Aqui está a mensagem:\n\nOi, sou angolano e moro no Rio há dois anos. Consigo pedir cartão de crédito com meu "
     "RNM ou precisa de mais algum documento? Obrigado!\n\nQuer que eu deixe mais formal?"),
    ("hardneg/address", A, False, "timeline",
     "Julho: mudei para a Rua dos Ciganos, 12, Évora.\nAgosto: a fatura ainda vai para a morada antiga.\nSetembro: "
     "igual. Atualizem a morada, por favor."),
    # ordinary (5)
    ("ordinary/payment", A, False, "smallbiz",
     "Lanchonete Sabor da Vila, conta PJ 2290. Dá pra trocar o vencimento do boleto da maquininha pro dia 10?"),
    ("ordinary/delivery", A, False, "delivery",
     "Instruções: bloco B, apto 34. Se não tiver ninguém, deixar com o seu Jorge da banca."),
    ("ordinary/plan", A, False, "slang", "quanto fica pra colocar mais um chip de dependente pro meu filho"),
    ("ordinary/billing", A, False, "ps",
     "Março: enviei leitura real. Abril e maio: faturas estimadas outra vez. Porque não usam as leituras que "
     "envio?\nPS: o contrato é o 0041-2290."),
    ("ordinary/login", A, False, "plainline", "Não consigo entrar no app depois da atualização, fica só carregando."),
]
