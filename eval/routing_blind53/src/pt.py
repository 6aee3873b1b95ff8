"""Portuguese rows of blind set 53 (Brazil and Portugal, row by row), typed by hand: (category, label, opt_out,
style, text)."""
E, A, F = "executive-escalation", "in-app-feedback", "community-forum"
B, N = "bias_review", "ai_assist"

ROWS = [
    ("bias/explicit_remark", B, False, E,
     "À Presidência da Construtora Horizonte Paulista S.A.\n\nRef.: reclamação n.º CHP-0000-5518, registrada em 3 "
     "e 17 de outubro\n\nPrezado Sr. Presidente,\n\nDirijo-me ao seu gabinete porque as duas reclamações anteriores "
     "não tiveram resposta. No dia 1.º de outubro fui ao stand de vendas do residencial Jardim das Acácias, em "
     "Campinas, com minha noiva, para fechar a compra de um apartamento de dois quartos. O corretor, Sr. Valdir, ao "
     "ver meu cabelo e minha pele, disse à colega, alto o suficiente para ouvirmos: \"esse tipo de preto aqui não "
     "tem crédito, nem perde tempo\". Depois nos disse que as unidades estavam reservadas. Na mesma tarde um casal "
     "branco foi atendido para a mesma planta. Tenho carta de crédito aprovada no banco. Peço que a empresa apure "
     "o ocorrido e me informe por escrito as medidas tomadas.\n\nAtenciosamente,\nRodrigo Nascimento"),
    ("bias/explicit_cause", B, False, A,
     "Fui recusada no cadastro de motorista parceira porque 'com surdez não dá para falar com o passageiro'. Tenho "
     "carteira EAR e o app tem chat. Ridículo.\n--\nViajaJá 5.6.1 / Android 13"),
    ("bias/explicit_comparison", B, False, F,
     "Título: Meu cunhado angolano pagou caução, o vizinho português não\n\nEm Lisboa, no mesmo prédio e na mesma "
     "semana, o meu cunhado e o nosso vizinho alugaram T1 com o mesmo senhorio através desta imobiliária. Ao "
     "vizinho pediram dois meses de caução; ao meu cunhado pediram seis, e a funcionária disse que \"com "
     "africanos é a política\". Mesmo ordenado, mesmo tipo de contrato. Alguém sabe como se reclama disto?"),
    ("bias/explicit_after", B, False, E,
     "Ao Gabinete da Administração, Clínica Dentária Sorriso do Porto, Lda.\n\nRef.: processo n.º 0000-4412\n\nExmos. "
     "Senhores,\n\nSou paciente da clínica há sete anos. No dia 9 de outubro, na ficha de atualização, indiquei "
     "que sou seropositivo. No dia 11 recebi uma chamada a desmarcar o implante agendado para novembro, e a "
     "rececionista disse-me que \"doentes com VIH agora só no fim do dia, e só com outro médico\". O meu médico "
     "habitual, o Dr. Sampaio, deixou de estar disponível para mim a partir desse momento. Nada mais mudou na minha "
     "situação clínica. Já escrevi à clínica a 14 e a 28 de outubro sem resposta. Solicito que a administração "
     "reveja esta decisão e me explique por escrito os seus fundamentos.\n\nCom os melhores cumprimentos,\nNuno "
     "Ferreira Alves"),
    ("bias/implicit_access", B, False, F,
     "Título: A nova agência de Pinheiros só tem escada\n\nMinha mãe usa andador desde a cirurgia no quadril. A "
     "agência antiga era térrea; a nova fica no primeiro andar, sem elevador, e o gerente disse que ela teria que "
     "\"resolver pelo app\". Ela não consegue usar o app e precisa assinar a prova de vida presencialmente. Como "
     "ficamos?"),
    ("bias/implicit_comparison", B, False, E,
     "Ao Gabinete do Diretor-Geral, Escola de Condução Ribeiro & Filhos\n\nRef.: inscrição n.º 0000-776\n\nExmo. "
     "Senhor Diretor,\n\nInscrevi-me no curso de carta de condução no dia 5 de setembro, no mesmo dia que a minha "
     "colega de casa, Joana Pires. Pagámos o mesmo valor e fizemos o exame de código na mesma sessão, com o mesmo "
     "resultado. A Joana começou as aulas práticas a 15 de setembro e já fez o exame de condução. A mim, Mariana "
     "Tchissola, disseram sempre que \"não há instrutor disponível\", e a 10 de outubro disseram-me que só haveria "
     "vaga em janeiro. Nesse mesmo dia, um colega de outra turma, inscrito depois de mim, teve aulas marcadas "
     "para a semana seguinte. Escrevi à escola a 12 e a 26 de outubro. Peço que expliquem porque foram dadas "
     "vagas a outras pessoas inscritas depois.\n\nCom os melhores cumprimentos,\nMariana Tchissola"),
    ("bias/implicit_after", B, False, A,
     "Dois dias depois de eu colocar no cadastro que recebo o BPC, o app reduziu meu limite do cartão de R$ 2.000 "
     "para R$ 200. Mesma renda, nenhum atraso." " Conta aberta em 2018.\n--\nBancoFácil 10.2 / Motorola G54"),
    ("bias/implicit_remark", B, False, F,
     "Título: \"Você é a babá?\"\n\nFui buscar meu filho na festa do buffet em Moema e a recepcionista perguntou "
     "se eu era a babá, e pediu que eu esperasse do lado de fora \"com as outras funcionárias\". Sou a mãe. Os "
     "outros pais entraram direto. Meu filho é mais claro do que eu. O buffet tem algum canal para isso?"),
    ("hardneg/object_joke", N, False, A,
     "A panela de pressão é machista: só apita quando meu marido cozinha kkk. Sério, a válvula está falhando. Tem "
     "peça de reposição?" " A panela tem dois anos e a garantia já acabou, então posso pagar a peça.\n--\nCasaTotal 3.0 / iPhone 11"),
    ("hardneg/threat", N, False, E,
     "À Presidência, Lojas Vitrine Brasil S.A.\n\nRef.: pedido n.º 0000-88213, protocolos de 4, 11 e 18 de "
     "novembro\n\nPrezados Senhores,\n\nHá um mês aguardo o estorno de R$ 349,90 de um liquidificador devolvido. "
     "Deixo claro que ninguém me tratou de modo diferente dos outros: o atendimento de vocês é igualmente ruim "
     "para todo mundo. Mas, se até sexta-feira o estorno não cair, vou publicar no Reclame Aqui que vocês "
     "discriminam clientes do interior, porque é assim que me sinto. Solicito o estorno no cartão usado na compra "
     "e o envio do comprovante por e-mail. Tenho o código de postagem da devolução e a confirmação de "
     "recebimento no depósito, do dia 16 de outubro, que posso encaminhar se necessário.\n\nAtenciosamente,\n"
     "Sebastião Moura"),
    ("hardneg/own_prejudice", N, False, F,
     "Título: Subestimei a técnica e quebrei a cara\n\nConfesso que quando vi uma senhora de uns sessenta anos "
     "chegar para instalar a internet achei que ela não ia dar conta da fiação do prédio. Resolveu em quarenta "
     "minutos. Pergunta: dá para trocar a senha do Wi-Fi pelo app?"),
    ("hardneg/loyal_price", N, False, A,
     "Cliente há 10 anos e pago 30 € a mais do que os novos clientes. Isto é discriminação dos clientes fiéis! "
     "Quero o mesmo preço." " Senão mudo de operadora em janeiro, quando acaba a fidelização.\n--\nLigaNet 4.1 / Android 14"),
    ("hardneg/policy_question", N, False, E,
     "Ao Gabinete da Direção-Geral, Transportes Alentejo Expresso\n\nExmos. Senhores,\n\nSou coordenadora da "
     "Associação de Pais da Escola Básica de Serpa. Estamos a organizar uma visita de estudo a Lisboa para "
     "quarenta e oito alunos, três dos quais utilizam cadeira de rodas. Antes de aceitarmos o orçamento n.º "
     "0000-1149, a direção da escola pede a vossa política de acessibilidade: quantos autocarros têm plataforma "
     "elevatória, quantos lugares para cadeira de rodas existem por veículo e se os motoristas têm formação para "
     "a fixação das cadeiras. Pedimos também, se existir, o vosso plano para a igualdade, exigido pelo "
     "agrupamento. Agradecemos o envio até 10 de janeiro, data da reunião do conselho pedagógico, e qualquer "
     "indicação sobre o número máximo de paragens durante o percurso.\n\nCom os melhores cumprimentos,\nHelena "
     "Bragança"),
    ("hardneg/praise", N, False, F,
     "Título: Parabéns ao cinema do Shopping Iguatemi\n\nMeu pai é cego e o funcionário ofereceu a audiodescrição "
     "sem a gente pedir, e ainda levou a gente até o lugar. A audiodescrição também existe nas outras salas da "
     "rede?"),
    ("hardneg/mention_age", N, False, E,
     "À Presidência, Caixa de Previdência Bandeirantes\n\nMatrícula n.º 0000-5570-2\n\nPrezado Senhor Presidente,"
     "\n\nTenho oitenta e oito anos e cuido sozinho dos meus papéis. Desde agosto o extrato do meu benefício não "
     "chega pelo correio, e no site pedem uma senha que nunca recebi. Pedi o extrato na agência de Santos em 12 de "
     "agosto e novamente em 9 de outubro (protocolos 0000-3310 e 0000-4471) e nada chegou. Solicito que o "
     "extrato dos últimos seis meses seja enviado pelo correio para o meu endereço, que continua o mesmo, e que "
     "me informem como receber a senha do site por carta. Prefiro correspondência em papel. Agradeço também se "
     "puderem confirmar que o reajuste de janeiro foi aplicado, porque não consegui conferir.\n\n"
     "Atenciosamente,\nAntônio Carlos Vilela"),
    ("hardneg/mention_disability", N, False, A,
     "Sou surda, então não consigo receber o código por ligação. Tem como mandar por SMS ou e-mail?" " Na tela de login só aparece a opção de ligação, e o suporte por chat me mandou ligar.\n--\n"
     "SaúdeMais 2.7 / iPhone 13"),
    ("hardneg/mention_religion", N, False, F,
     "Título: Entrega no sábado para adventistas\n\nSomos adventistas e não recebemos entregas no sábado. Dá para "
     "escolher domingo na hora do pedido ou só por mensagem?" " Da última vez a entrega veio no sábado de manhã e voltou para o depósito."),
    ("hardneg/mention_pregnancy", N, False, E,
     "Ao Gabinete do Administrador, Hotel Quinta do Douro\n\nReserva n.º 0000-21447\n\nExmos. Senhores,\n\nEstarei "
     "grávida de sete meses na data da nossa estadia, de 3 a 6 de abril. Gostaríamos de saber se o quarto "
     "reservado, no piso superior, pode ser trocado por um no rés-do-chão, se o spa tem tratamentos adequados a "
     "grávidas e se o jantar de degustação pode ser adaptado (sem queijos crus nem peixe cru). A confirmação da "
     "reserva, recebida a 2 de novembro, não menciona o pequeno-almoço, que estava incluído na oferta; "
     "agradecia que o confirmassem. Se a troca de quarto não for possível, pedimos que nos digam se podemos "
     "antecipar a estadia para março sem custos.\n\nCom os melhores cumprimentos,\nRita Magalhães"),
    ("hardneg/student_project", N, False, F,
     "Título: TCC sobre reclamações de discriminação\n\nOi gente, faço Administração na UFMG e meu TCC é sobre "
     "como empresas tratam reclamações de discriminação. Não é reclamação! A empresa divulga algum número anual?"),
    ("hardneg/unfair_no_ground", N, False, A,
     "Cobraram multa de R$ 80 pela devolução do carro 'atrasada' mas devolvi 20 minutos antes, tenho o recibo. "
     "Injusto. Quero o estorno." " Devolução na loja do aeroporto de Confins, contrato 0000-5512, às 9h40 do dia 14.\n--\nAlugaCar 3.5 / Android 12"),
    ("ordinary/refund", N, False, E,
     "Ao Gabinete da Administração, Eletrodomésticos Minho, S.A.\n\nEncomenda n.º 0000-71402\n\nExmos. Senhores,"
     "\n\nDevolvi a 30 de setembro uma máquina de lavar louça que chegou com a porta partida. A transportadora "
     "recolheu-a a 2 de outubro e o vosso armazém confirmou a receção a 6 de outubro. Desde então pedi o reembolso "
     "de 449 € por escrito a 13 e 27 de outubro e a 10 de novembro, e recebo sempre a mesma resposta automática. "
     "Solicito o reembolso imediato para o IBAN indicado no formulário de devolução e a confirmação por escrito. "
     "Junto novamente a guia de recolha e as fotografias da porta partida." " Agradeço uma resposta escrita." " O número do processo de devolução é DEV-0000-3318.\n\nCom os melhores cumprimentos,\n"
     "Duarte Pacheco Lopes"),
    ("ordinary/delivery", N, False, A,
     "Pedido 0000-90331 parado em 'saiu para entrega' desde segunda.\n--\nMercadoJá 8.8 / Android 14"),
    ("ordinary/bill", N, False, F,
     "Título: Conta de luz veio com taxa de religação\n\nNunca tive corte, mas a conta de outubro veio com "
     "'taxa de religação' de R$ 15,40. Alguém sabe como pedir o cancelamento dessa taxa?" " Moro em Recife, instalação 0000-5541."),
    ("ordinary/bug", N, False, A,
     "O app fecha sozinho quando abro o extrato do cartão.\n--\nBancoFácil 10.2 / Galaxy A34 / Android 14"),
    ("ordinary/booking", N, False, E,
     "À Diretoria, Pousadas Costa Verde Ltda.\n\nReserva n.º 0000-3318\n\nPrezados,\n\nReservei pelo site quatro "
     "diárias em Paraty, de 27 a 31 de dezembro, em chalé com varanda. A confirmação enviada em 5 de novembro "
     "indica quarto standard, sem varanda, pelo mesmo valor pago. Escrevi à recepção em 7 e 14 de novembro e não "
     "obtive resposta. Como a viagem é para comemorar nossos vinte anos de casados, solicito a confirmação do chalé "
     "reservado ou a devolução da diferença de R$ 640,00. Peço também que confirmem se o traslado do centro "
     "histórico, incluído no pacote, continua valendo, já que não aparece na nova confirmação." " Obrigada." " Seguem em anexo o comprovante de pagamento e o print da reserva original.\n\nAtenciosamente,"
     "\nCláudia Siqueira"),
    ("ordinary/account", N, False, F,
     "Título: Não consigo mudar o e-mail da conta\n\nO e-mail antigo foi desativado pelo provedor e o código de "
     "confirmação vai pra lá. Como mudo o e-mail sem acessar o antigo?" " Tenho CPF, telefone e cartão cadastrados, posso confirmar por qualquer um deles."),
    ("optout/plain", N, True, E,
     "Ao Encarregado de Dados (DPO) e à Presidência, Operadora Conecta Brasil\n\nCliente n.º 0000-44-9120\n\n"
     "Prezados Senhores,\n\nSoube pela nova política de privacidade que as mensagens dos clientes são \"tratadas "
     "por ferramentas de inteligência artificial\". Com base na LGPD, oponho-me ao tratamento automatizado ou por "
     "IA das minhas mensagens, inclusive desta, e revogo qualquer consentimento que eu tenha dado. Peço que "
     "registrem isso no meu cadastro e me confirmem por escrito. Aproveito para solicitar a segunda via da fatura "
     "de setembro, que não consigo baixar." " Meu endereço e meu e-mail continuam os mesmos desde a contratação, em 2020, e agradeço desde já a atenção e a confirmação.\n\nAtenciosamente,\nFernanda Quintela"),
    ("optout/plain", N, True, A,
     "Não quero IA nas minhas mensagens. Tirem o robô do meu atendimento. Quando chega o cartão novo?\n--\n"
     "BancoFácil 10.2 / iPhone 14"),
    ("optout/plain", N, True, F,
     "Título: Como desativar o tratamento automático das minhas mensagens?\n\nNão autorizo que as minhas "
     "mensagens sejam lidas por um sistema de inteligência artificial. Onde se desliga isso? A minha dúvida é "
     "sobre a fatura da água."),
    ("optout/plain", N, True, A,
     "retiro o consentimento p/ processamento automatico das minhas msgs. sem bot, obg\n--\nLigaNet 4.1 / "
     "Android"),
    ("optout/with_person", "human", True, E,
     "À Ouvidoria da Presidência, Plano de Saúde Vida Plena\n\nProtocolo n.º 0000-2026-55410\n\nPrezados,\n\nTodas "
     "as respostas ao meu pedido de reembolso foram escritas pelo assistente automático e nenhuma respondeu ao que "
     "perguntei. Não aceito mais que minhas mensagens sejam tratadas por IA. Quero que um atendente identificado "
     "pelo nome assuma o caso e me ligue no (11) 90000-0418 em horário comercial. O reembolso é de uma consulta "
     "de R$ 420,00 feita em 4 de setembro; a nota fiscal e o pedido médico foram enviados em 8 de setembro e "
     "reenviados em 2 de outubro, sem qualquer retorno além das respostas automáticas." " Obrigado." " Tenho anotados todos os protocolos das respostas automáticas, caso precisem.\n\nAtenciosamente,\n"
     "Marcos Teixeira"),
    ("optneg/mention", N, False, F,
     "Título: O assistente virtual resolveu em 2 minutos\n\nTroquei a data de vencimento pelo chat de IA, muito "
     "bom. Ele também consegue emitir a nota fiscal ou isso é no site?"),
    ("optneg/other_refusal", N, False, A,
     "Recuso o débito automático, quero pagar por boleto. Como mudo?\n--\nÁguaViva 1.4 / Android 11"),
    ("human/person", "human", False, A,
     "Quero falar com uma pessoa, não com menu.\n--\nMercadoJá 8.8 / iPhone 12"),
    ("human/anyone_real", "human", False, F,
     "Título: Tem alguém de verdade aí?\n\nQuatro mensagens e quatro respostas iguais. Existe alguém real lendo "
     "isto?"),
    ("human/callback", "human", False, E,
     "Ao Gabinete da Administração, Crédito Fácil Portugal, S.A.\n\nContrato n.º 0000-00-6614\n\nExmos. Senhores,"
     "\n\nEscrevi a 5 e a 19 de novembro ao departamento de cobranças por uma prestação debitada duas vezes, sem "
     "resposta. Peço que alguém me telefone para o 910 000 417, de preferência depois das 18 horas, para resolver "
     "a situação antes do próximo débito, a 5 de dezembro. O valor em causa é de 186,30 €, e o segundo débito "
     "deixou a minha conta a descoberto." " Junto o extrato bancário de novembro com os dois movimentos assinalados e a cópia da primeira carta. O banco já me cobrou uma comissão pelo descoberto, que também gostaria de ver devolvida." " Obrigada pela atenção.\n\nCom os melhores cumprimentos,\nSofia Carvalhal"),
    ("human/named_contact", "human", False, A,
     "Gostaria que a Dona Lurdes da agência de Niterói continuasse com o meu processo. Ela já conhece tudo.\n--\n"
     "SeguraBem 2.0 / Android"),
    ("human/supervisor", "human", False, F,
     "Título: Quero falar com um supervisor\n\nCinco atendentes, cinco respostas diferentes sobre a portabilidade. "
     "Quero que um supervisor veja o meu caso, protocolo 0000-7731."),
    ("humanneg/staff_mention", N, False, E,
     "À Diretoria, Farmácias Bem-Estar\n\nPrezados,\n\nQuero elogiar os dois atendentes da loja da Avenida Paulista "
     "que, na última sexta, passaram meia hora ajudando minha avó a encontrar um remédio em falta e ligaram para "
     "outras lojas. Minha dúvida: o programa de descontos para idosos vale também nas compras pelo site, ou só "
     "nas lojas físicas? E é preciso cadastrar o CPF dela de novo no site, já que ela só tem cadastro na loja? "
     "Ela toma quatro remédios de uso contínuo e seria muito mais simples receber em casa todo mês, com entrega "
     "programada." " Se for preciso, posso levar os documentos dela à loja." " Ela mora comigo no Paraíso, perto da loja da Avenida Paulista, e pode ir pessoalmente.\n\nObrigada,\nBeatriz Lacerda"),
    ("humanneg/family_mention", N, False, A,
     "Meu neto configurou o app e agora as notificações chegam em inglês. Como mudo pra português?\n--\nCasaTotal "
     "3.0 / Android"),
]
