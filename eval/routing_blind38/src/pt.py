"""Portuguese rows of blind set 38 (Brazil and Portugal, row by row). Each row: (category, label, opt_out, style,
length, text). Typed by hand."""

ROWS = [
    # --- long ---
    ("hardneg/fault_angry", "ai_assist", False, "angryemail", "long",
     "Assunto: Geladeira nova parou de gelar – PELA SEGUNDA VEZ\n\n"
     "Boa tarde,\n\n"
     "Comprei na loja de vocês do Shopping Iguatemi uma geladeira frost free em agosto, nota fiscal 000.418.227. "
     "Em outubro ela parou de gelar do nada. Perdi uma compra inteira de mercado. A assistência técnica veio "
     "depois de doze dias, trocou o termostato e foi embora. Agora, no começo de dezembro, mesma coisa: freezer "
     "com gelo e geladeira quente.\n\n"
     "Liguei no SAC e me deram um novo protocolo (000-55102) e 'prazo de até 30 dias' para a visita. Trinta "
     "dias. Em pleno verão, com criança pequena em casa e ceia de Natal para fazer.\n\n"
     "Pelo Código de Defesa do Consumidor, se o defeito não é resolvido em 30 dias eu posso pedir a troca ou o "
     "dinheiro de volta, e o primeiro conserto já não resolveu. Quero a troca por um aparelho novo, entregue "
     "antes do Natal. Se não der, quero o reembolso integral de R$ 4.299,00.\n\n"
     "Aguardo retorno por escrito.\nFernanda Albuquerque\nCPF 000.000.418-00"),
    ("hardneg/refund", "ai_assist", False, "angryemail", "long",
     "Bom dia,\n\n"
     "Cancelei o ginásio no dia 30 de setembro, dentro do prazo, e recebi o email de confirmação que guardei. "
     "Mesmo assim, em outubro e em novembro continuaram a debitar 34,90 € da minha conta por débito direto. "
     "Liguei para a linha de apoio duas vezes. Da primeira disseram que 'o cancelamento só é válido no mês "
     "seguinte', o que contraria o próprio email. Da segunda prometeram que iam devolver tudo 'na próxima "
     "semana'. Passaram três semanas.\n\n"
     "Entretanto o banco avisou-me que o próximo débito de dezembro também já está agendado. Já pedi ao banco "
     "para recusar.\n\n"
     "Exijo a devolução dos 69,80 € cobrados indevidamente até ao final da semana e a confirmação por escrito de "
     "que a minha ficha de sócio está encerrada. Caso contrário, escrevo no livro de reclamações da loja das "
     "Amoreiras e faço queixa à DECO. Não é pelo dinheiro, é pela falta de respeito.\n\n"
     "Sócio n.º 000-7321\nRicardo Meireles"),
    ("hardneg/illness_context", "ai_assist", False, "griefletter", "long",
     "Olá, tudo bem?\n\n"
     "Meu nome é Luciana e eu tenho lúpus. Na maior parte do tempo está controlado, mas tem semanas em que as "
     "crises me deixam de cama, com dor nas articulações e sem conseguir andar direito. Estou contando isso só "
     "para explicar o pedido, não é reclamação.\n\n"
     "Eu sou assinante da cesta de orgânicos de vocês há um ano (assinatura 000-2219) e adoro. O problema é que "
     "a entrega é sempre na portaria do prédio, e nas semanas ruins eu não consigo descer nem pedir para o "
     "porteiro subir, porque ele fica sozinho na guarita.\n\n"
     "Seria possível vocês subirem a caixa até o apartamento (12.º andar, tem elevador) quando eu avisar? Ou, "
     "se não der, pular a entrega daquela semana sem cobrar, em vez de deixar a caixa lá embaixo estragando? Da "
     "última vez perdi tudo. Posso avisar com dois dias de antecedência pelo WhatsApp.\n\n"
     "Obrigada desde já,\nLuciana Bastos"),
    ("hardneg/grief_context", "ai_assist", False, "griefletter", "long",
     "Exmos. Senhores,\n\n"
     "Escrevo-vos em nome da minha mãe, Maria do Carmo Pires, cujo marido, o meu pai, faleceu há três semanas "
     "no hospital de Viseu. Estamos todos ainda muito abalados e a minha mãe não tem forças para tratar destes "
     "assuntos, por isso pediu-me que o fizesse.\n\n"
     "O contrato da água e da luz da casa de Tondela está em nome do meu pai (NIF 000000418, contrato n.º "
     "00-3311). Queremos passá-lo para o nome da minha mãe, que continua a viver lá. Ela tem 78 anos e não usa "
     "email, por isso pedia que as faturas passassem a ser enviadas em papel, para a morada de sempre.\n\n"
     "Gostaria também de saber se é preciso fazer alguma leitura do contador na data da alteração e se há algum "
     "custo com a mudança de titular. Já dispomos da certidão de óbito e da habilitação de herdeiros, e posso enviá-las "
     "por email ou entregá-las na loja de Viseu.\n\n"
     "Com os melhores cumprimentos,\nAna Pires Loureiro"),
    ("hardneg/legal_words", "ai_assist", False, "postalletter", "long",
     "Prezados,\n\n"
     "Contratei com a construtora de vocês a reforma da cozinha e do banheiro do meu apartamento, contrato "
     "000-RF-812, valor total R$ 38.500,00, prazo de entrega 15 de outubro. Já paguei 70 %. Hoje, dia 3 de "
     "dezembro, o banheiro está sem louças, a bancada da cozinha veio na medida errada e o mestre de obras não "
     "aparece desde o dia 20 de novembro.\n\n"
     "Conversei com uma advogada, a Dra. Cristina Paiva, e ela me orientou a notificar vocês formalmente antes de "
     "qualquer coisa. Considerem esta mensagem como notificação: se a obra não for retomada em dez dias, com "
     "cronograma por escrito, vou abrir reclamação no Procon e ajuizar ação no Juizado Especial Cível "
     "pedindo a devolução do que foi pago pelos serviços não executados e a multa contratual.\n\n"
     "Prefiro muito mais resolver isso conversando. Só preciso de uma data real de retomada, "
     "por escrito.\n\nAtenciosamente,\nGustavo Henrique Lacerda"),
    ("hardneg/settled_other", "ai_assist", False, "postalletter", "long",
     "Bom dia,\n\n"
     "No ano passado o meu colega de casa, o Emeka, fez uma reclamação contra a vossa agência imobiliária porque "
     "um funcionário lhe disse que 'os senhorios não gostam de africanos'. Recebeu um pedido de desculpas "
     "formal, o funcionário deixou de trabalhar na agência e o Emeka acabou por arrendar connosco através de "
     "vocês. Ficou tudo esclarecido e ele próprio me pediu para dizer que ficou contente com a maneira como "
     "resolveram o caso.\n\n"
     "Hoje escrevo por outra razão. O nosso contrato de arrendamento do T2 na Rua de Cedofeita termina em "
     "março e queremos renová-lo por mais dois anos. Gostaria de saber se o senhorio vai propor atualização da "
     "renda, qual é o prazo para respondermos e se a caução se mantém. Também há uma infiltração no teto da "
     "casa de banho que já participámos em outubro e que ainda não foi vista.\n\n"
     "Obrigado,\nTiago Fonseca"),
    ("hardneg/rude_staff", "ai_assist", False, "angryemail", "long",
     "Olá,\n\n"
     "Ontem à tarde fui à vossa loja de Braga trocar um telemóvel que veio com o ecrã a piscar. A funcionária que "
     "me atendeu nem me deixou acabar de explicar. Disse 'isso é de o senhor o ter deixado cair' sem sequer "
     "olhar para o aparelho, e quando lhe mostrei que estava impecável, encolheu os ombros e disse que 'a "
     "garantia não é para caprichos'. Depois atendeu uma chamada pessoal durante uns bons cinco minutos com a "
     "fila a crescer atrás de mim.\n\n"
     "Acabei por sair sem resolver nada. O telemóvel tem três semanas, fatura FT 000/4471, e o defeito é visível "
     "logo que se liga.\n\n"
     "Peço duas coisas: que me digam como posso trocar o aparelho sem voltar a passar por aquilo, de preferência "
     "por envio, e que alguém fale com essa funcionária sobre a forma como trata os clientes. Não faço questão de "
     "saber o nome dela, só não quero que aconteça a mais ninguém.\n\n"
     "Cumprimentos,\nNuno Vasconcelos"),
    ("hardneg/policy_question", "ai_assist", False, "postalletter", "long",
     "Prezada equipe,\n\n"
     "Sou coordenadora de eventos de uma ONG de São Paulo que trabalha com jovens, e estamos orçando o espaço "
     "de vocês para o nosso encontro anual, em março, com cerca de 150 participantes.\n\n"
     "Antes de fechar, preciso de algumas informações para a nossa diretoria, que pede isso de todos os "
     "fornecedores:\n"
     "1. O espaço é acessível para cadeirantes em todos os ambientes, incluindo palco e banheiros?\n"
     "2. Vocês oferecem intérprete de Libras ou indicam algum parceiro?\n"
     "3. Vocês adotam alguma política interna de diversidade ou um código de conduta para a equipe do evento?\n"
     "4. Há banheiros sem distinção de gênero ou algum banheiro família?\n\n"
     "Não é nenhuma desconfiança, é só o nosso checklist. Se tiverem um material padrão com essas informações, "
     "já ajuda muito. Mandem também, por favor, o orçamento com coffee break para dois dias.\n\n"
     "Abraços,\nRenata Okumura\nCoordenação de Eventos – Instituto Semear"),
    ("bias/race", "bias_review", False, "angryemail", "long",
     "Boa noite,\n\n"
     "Eu sou cliente do banco há nove anos e sempre fui atendida pela mesma gerente na agência da Savassi, sem "
     "nenhum problema. Em outubro ela foi transferida e veio um gerente novo. Desde então, tudo mudou.\n\n"
     "Pedi o aumento do limite do cartão, que sempre foi renovado automaticamente, e foi negado. Fui pessoalmente "
     "e o gerente me pediu comprovante de renda, extrato de três meses e 'referências', coisa que nunca ninguém "
     "me pediu. Enquanto eu esperava, ele atendeu um casal branco na mesa ao lado e aumentou o limite deles na "
     "hora, conversando sobre futebol. Na saída, o segurança me parou para perguntar se eu 'tinha conta aqui "
     "mesmo'.\n\n"
     "Minha renda não mudou, meu histórico é o mesmo, não tenho nenhuma dívida. A única coisa que mudou foi quem "
     "me atende. Sou uma mulher negra e não consigo ver outra explicação.\n\n"
     "Quero o limite restabelecido e uma resposta por escrito sobre o que motivou essa mudança.\n\n"
     "Patrícia Nascimento"),
    ("bias/gender_identity", "bias_review", False, "postalletter", "long",
     "Prezados,\n\n"
     "Sou um homem trans e já fiz a retificação de nome e gênero no cartório; todos os meus documentos, "
     "inclusive o RG e o CPF, estão como Lucas Moreira. Em novembro tentei contratar o plano de saúde de vocês "
     "pelo corretor indicado no site.\n\n"
     "O corretor recebeu meus documentos, viu a certidão antiga que eu anexei por engano junto com a nova e me "
     "ligou dizendo que 'pessoas na minha situação' precisariam passar por uma perícia médica prévia e teriam "
     "carência maior, 'porque dão muito gasto com hormônio e cirurgia'. Pediu também que eu assinasse uma "
     "declaração extra de saúde que não constava no formulário.\n\n"
     "Meu irmão contratou o mesmo plano na mesma semana, pela mesma pessoa, com a mesma idade aproximada, e não "
     "teve nada disso: foi só formulário padrão.\n\n"
     "Solicito que minha proposta seja analisada nas mesmas condições que qualquer outro cliente, e que me "
     "expliquem por escrito de onde veio essa exigência.\n\nLucas Moreira"),
    ("bias/language", "bias_review", False, "angryemail", "long",
     "Bom dia,\n\n"
     "Nasci no Brasil e moro em Lisboa desde 2022. Sempre tratei tudo com a vossa seguradora por telefone sem "
     "qualquer problema, porque até agora a minha apólice era gerida pela Dra. Sofia, que entretanto saiu.\n\n"
     "Desde que mudei de gestor, sempre que ligo sou passada de um lado para o outro. Na última chamada, o "
     "senhor que atendeu disse a um colega, sem tapar o microfone: 'é outra brasileira, não se percebe nada, "
     "passa-lhe tu'. O colega disse que eu teria de enviar tudo por escrito, 'para não haver mal-entendidos'. O "
     "meu marido, que é do Porto, ligou no mesmo dia sobre a mesma apólice, que é conjunta, e resolveram-lhe a "
     "questão em cinco minutos ao telefone.\n\n"
     "Falo português, a mesma língua. Só tenho outro sotaque. Quero que o meu pedido sobre a franquia do sinistro "
     "de outubro (apólice 000-MR-5518) seja tratado como o dele foi.\n\nCamila Duarte"),
    ("ordinary/plain", "ai_assist", False, "postalletter", "long",
     "Olá, boa tarde!\n\n"
     "Estou preparando os quinze anos da minha filha, dia 18 de abril, e gostaria de um orçamento do buffet "
     "de vocês. Seguem as informações:\n\n"
     "– Cerca de 120 convidados, sendo uns 40 adolescentes;\n"
     "– Horário das 20h às 2h;\n"
     "– Queremos o cardápio de finger food com ilha de massas, e uma opção vegetariana;\n"
     "– Bebidas sem álcool para os jovens e open bar simples para os adultos;\n"
     "– O salão será o nosso, do condomínio, em Moema, então seria só o serviço com garçons e cozinha.\n\n"
     "Algumas dúvidas: vocês levam louça e toalhas ou precisamos alugar à parte? Qual o valor do sinal para "
     "reservar a data? E se o número de convidados mudar até um mês antes, dá para ajustar?\n\n"
     "Se puderem me mandar o orçamento até o fim da semana, agradeço muito.\n\nBeijos,\nAdriana Campos"),
    ("optout/plain", "ai_assist", True, "postalletter", "long",
     "Exmos. Senhores,\n\n"
     "Recebi a vossa comunicação sobre as novas condições do serviço de apoio ao cliente, onde se diz que as "
     "mensagens passarão a ser 'analisadas e respondidas com recurso a sistemas automáticos de inteligência "
     "artificial', salvo oposição do cliente.\n\n"
     "Venho, por este meio, manifestar a minha oposição. Recuso que as minhas mensagens, reclamações ou "
     "dados do contrato de telecomunicações (cliente n.º 000-51127) sejam tratados por sistemas automáticos ou "
     "por ferramentas de IA, sejam elas quais forem. Solicito o registo desta oposição na minha ficha.\n\n"
     "Aproveito para pedir a segunda via da fatura de outubro, que não recebi, e para confirmar se o débito "
     "direto continua ativo na conta da Caixa. Não tenho pressa: se a resposta demorar mais por isso, "
     "não faz mal.\n\n"
     "Com os melhores cumprimentos,\nJoaquim Almeida Teixeira\nRua Dr. Alves da Veiga 31, Porto"),
    # --- short ---
    ("hardneg/delay", "ai_assist", False, "curtapp", "short",
     "pedido 000-88412 era pra chegar dia 20. hoje é dia 3 e o rastreio não mexe há 9 dias. cadê???"),
    ("hardneg/joke", "ai_assist", False, "socialreply", "short",
     "Meu avô português provou o pastel de nata de vocês e disse que é 'quase tão bom como o de Belém'. Elogio "
     "máximo 😂 Abre domingo?"),
    ("hardneg/review_threat", "ai_assist", False, "curtapp", "short",
     "Pizza chegou errada pela terceira vez. Estorno agora ou vou postar tudo no Reclame Aqui hoje."),
    ("hardneg/charged_object", "ai_assist", False, "socialreply", "short",
     "O multibanco da vossa loja de Aveiro está cego, não lê cartão nenhum há uma semana. Arranjam isso?"),
    ("hardneg/own_prejudice", "ai_assist", False, "socialreply", "short",
     "Confesso que achei que uma senhora de 60 anos não ia saber instalar a minha internet. Instalou em meia "
     "hora. Mandem a nota, por favor."),
    ("bias/age", "bias_review", False, "curtapp", "short",
     "Recusaram meu cartão de crédito 'por causa da idade, a senhora tem 72'. Renda igual à da minha filha, que "
     "foi aprovada na hora."),
    ("bias/sex", "bias_review", False, "socialreply", "short",
     "O vendedor da concessionária: 'o financiamento eu explico pro seu marido, é mais fácil'. Eu sou a "
     "compradora. Ele nem estava lá."),
    ("ordinary/plain", "ai_assist", False, "curtapp", "short",
     "Posso mudar a data da revisão do carro de sexta para segunda de manhã? Placa ABC-0000."),
    ("ordinary/plain", "ai_assist", False, "socialreply", "short",
     "A loja do Colombo abre no feriado de 8 de dezembro? E até que horas?"),
    ("human/callback", "human", False, "curtapp", "short",
     "Preciso que alguém me ligue sobre a conta de luz, (11) 90000-0418. O chat fica me mandando em círculos."),
    ("humanneg/thanks_agent", "ai_assist", False, "socialreply", "short",
     "Obrigada à Joana da loja de Coimbra, que foi impecável! Já agora, quando chega a fatura nova?"),
    ("optout/with_person", "human", True, "curtapp", "short",
     "Não quero resposta automática nem robô. Quero que uma pessoa da seguradora me atenda por telefone."),
    ("optneg/ai_mention", "ai_assist", False, "curtapp", "short",
     "Vi que vocês agora usam inteligência artificial no atendimento. Consigo tirar a 2ª via do boleto "
     "por aqui?"),
    # --- medium ---
    ("hardneg/pregnancy_context", "ai_assist", False, "griefletter", "medium",
     "Oi! Estou grávida de oito meses e o médico pediu repouso. A cadeirinha de carro que comprei (pedido "
     "000-3318) veio com a peça errada. Dá pra vocês retirarem aqui em casa em vez de eu levar na loja? Moro "
     "em Pinheiros. Obrigada!"),
    ("hardneg/disability_format", "ai_assist", False, "postalletter", "medium",
     "Bom dia. Sou invisual e leio tudo com um leitor de ecrã. A vossa fatura em PDF chega como imagem e não consigo lê-la. "
     "Podem enviar a fatura em formato de texto ou em PDF acessível? Cliente n.º 000-4471. Obrigado, Henrique "
     "Sardinha."),
    ("hardneg/age_context", "ai_assist", False, "griefletter", "medium",
     "Boa tarde, sou um senhor de 82 anos e a minha neta ajudou-me a escrever isto. Queria deixar de receber as "
     "faturas por email e voltar a recebê-las em papel, em casa, na Rua da Liberdade 14, Setúbal. Muito "
     "obrigado, Albino Correia."),
    ("hardneg/religion_context", "ai_assist", False, "angryemail", "medium",
     "Olá, como adventista, respeito o sábado, do pôr do sol de sexta ao de sábado. A entrega do sofá ficou "
     "marcada para sábado de manhã. Dá para passar para domingo ou segunda? Pedido 000-7719. Já é a segunda vez "
     "que tento mudar pelo site e dá erro."),
    ("hardneg/origin_context", "ai_assist", False, "curtapp", "medium",
     "Oi, sou venezuelano e moro em Boa Vista. Tenho CPF e carteira de trabalho, mas o app de vocês não aceita o "
     "meu RNM como documento no cadastro, só RG. Como faço para abrir a conta? Já tentei três vezes."),
    ("hardneg/sexuality_context", "ai_assist", False, "socialreply", "medium",
     "Olá! Eu e a minha mulher casámos em setembro (sim, duas noivas 💍). Queremos juntar os nossos tarifários "
     "num pacote família. Mantemos os dois números? É preciso ir à loja ou faz-se online? Somos clientes há anos. Obrigada!"),
    ("hardneg/loyal_pricing", "ai_assist", False, "angryemail", "medium",
     "Sou cliente há doze anos e vejo na TV vocês oferecendo o dobro da velocidade pela metade do preço para quem "
     "é novo. Vocês discriminam o cliente antigo, isso sim! Exijo o mesmo plano e o mesmo valor, senão cancelo. Contrato "
     "000-22918."),
    ("bias/orientation", "bias_review", False, "angryemail", "medium",
     "Pedimos, eu e o meu namorado (somos dois homens, juntos há seis anos), o cartão adicional da conta conjunta. Recusaram 'por falta de vínculo "
     "comprovado', mesmo com a união de facto registada. A minha irmã e o namorado, sem qualquer registo, "
     "tiveram o cartão na semana seguinte. Expliquem a diferença."),
    ("bias/family", "bias_review", False, "socialreply", "medium",
     "Fiz a entrevista para o plano de previdência junto com uma amiga. Eu comentei que estou grávida. A ela "
     "aprovaram na hora; para mim a mesma corretora disse 'gestante é complicado' e sumiu. Mesmo salário, "
     "mesma empresa."),
    ("bias/origin", "bias_review", False, "angryemail", "medium",
     "No balcão de aluguer de automóveis do aeroporto de Faro, a funcionária, ao ver o meu passaporte cabo-verdiano, disse: "
     "'para vocês é caução em dinheiro, cartão não aceitamos'. O casal à minha frente, ingleses, pagou a caução "
     "com cartão. Quero explicação."),
    ("ordinary/plain", "ai_assist", False, "angryemail", "medium",
     "Olá, paguei duas vezes o boleto da mensalidade de novembro da escola, R$ 1.180,00 cada. Matrícula "
     "000-5521. Podem devolver um ou abater de dezembro? Qualquer um serve, só preciso saber qual. Obrigado, "
     "Marcelo Tavares."),
    ("ordinary/plain", "ai_assist", False, "socialreply", "medium",
     "Pergunta rápida: o passe Navegante metropolitano dá para usar no barco do Seixal para Lisboa ou é preciso "
     "outro título? No site não está claro e na bilheteira de Cais do Sodré ninguém sabia dizer. Obrigada!"),
    ("ordinary/plain", "ai_assist", False, "griefletter", "medium",
     "Queridos, a minha avó mudou-se para um lar em Tomar e gostava de continuar a receber a revista mensal. "
     "Podem alterar a morada da assinatura n.º 000-8812 para o Lar Santa Iria? Muito obrigada pela ajuda."),
    ("human/supervisor", "human", False, "angryemail", "medium",
     "Já falei com quatro atendentes diferentes sobre a cobrança em dobro e cada um diz uma coisa. Quero falar "
     "com um supervisor, por favor, alguém com poder de resolver. Protocolo 000-44817, telefone (21) "
     "90000-0552."),
]
