"""Portuguese rows of blind set 49 (Brazil and Portugal, row by row): (category, label, opt_out, style, text),
written by hand."""

ROWS = [
    ("bias/explicit_remark", "bias_review", False, "voicemail",
     "Alô, boa tarde, aqui é a Daniela Soares, eu tô ligando sobre a loja de vocês no Shopping Aricanduva. "
     "Sábado meu marido entrou pra comprar um tênis pro nosso filho e o segurança foi atrás dele a loja "
     "inteira, e quando ele perguntou por quê, o segurança falou, assim mesmo, 'negão aqui dentro só se for "
     "pra roubar'. Na frente do menino. Tinha um monte de gente olhando e ninguém foi seguido além dele. "
     "Isso é racismo, né, não tem outro nome. E depois ainda ficaram rindo no balcão, o segurança e um "
     "vendedor, enquanto a gente pagava, e o gerente passou do lado e fingiu que não viu nada. Eu quero que "
     "vocês registrem a reclamação e me deem um retorno por escrito, o pedido do tênis que a gente acabou "
     "comprando é o 0000-4417."),
    ("bias/explicit_cause", "bias_review", False, "letter",
     "Ref.ª: proposta de seguro de saúde n.º 0000-63328\n\nExmos. Senhores,\n\nEm outubro apresentei proposta "
     "de adesão ao vosso seguro de saúde individual, plano Base Mais. No questionário clínico indiquei, como "
     "me era pedido, que sou portadora de VIH, com carga viral indetetável há seis anos e acompanhamento "
     "regular no Hospital de Santo António. A 18 de novembro recebi carta de recusa em que se lê que a "
     "proposta 'não pode ser aceite por ser portadora de VIH', sem qualquer referência a avaliação médica "
     "individual, sobretaxa ou exclusão específica, como sucede com outras doenças crónicas.\n\nUma colega de "
     "trabalho com diabetes tipo 2 aderiu ao mesmo plano no mesmo mês, com uma exclusão parcial. A mim foi "
     "recusado tudo, apenas pela infeção.\n\nSolicito que esta carta seja tratada como reclamação por "
     "discriminação em razão do estado de saúde, que me seja indicado por escrito o fundamento técnico da "
     "recusa e que a proposta seja reavaliada nos mesmos termos aplicados aos restantes candidatos.\n\nCom os "
     "melhores cumprimentos,\nAna Rita Quelhas"),
    ("bias/explicit_comparison", "bias_review", False, "sms",
     "oi, na agencia da paulista a moça pediu 3 comprovantes de residencia pra mim pq 'nordestino tem que "
     "comprovar mais'. minha colega paulista abriu conta com 1 so, na mesma hora. quero registrar isso pq "
     "isso nao pode"),
    ("bias/explicit_after", "bias_review", False, "letter",
     "Ref.: contrato de buffet n.º 0000-21907, Espaço Jardim das Flores\n\nPrezados senhores,\n\nEm agosto "
     "fechamos com vocês o buffet do nosso casamento para 15 de maio, 120 convidados, e pagamos o sinal de "
     "R$ 6.000,00. O contrato foi assinado por mim e o atendimento foi sempre cordial. No dia 22 de novembro "
     "fomos, eu e minha noiva, Juliana, à degustação. Ao perceber que as duas noivas éramos nós, a gerente, "
     "dona Sueli, disse que 'a casa não faz esse tipo de casamento' e, três dias depois, recebemos um e-mail "
     "cancelando o contrato 'por motivos internos', com a devolução do sinal.\n\nAté a degustação estava tudo "
     "certo. Fomos dispensadas por sermos duas mulheres, e nada mais mudou. Pedimos que esta carta seja "
     "tratada como reclamação por discriminação, que a empresa explique por escrito o motivo do cancelamento e "
     "que o contrato seja restabelecido nas mesmas condições oferecidas a qualquer casal.\n\nAtenciosamente,"
     "\nMariana Coutinho"),
    ("bias/implicit_access", "bias_review", False, "voicemail",
     "Bom dia, fala a Teresa Fontes, é sobre a vossa loja do Centro Comercial das Antas. A minha mãe não "
     "ouve nada desde pequena e agora o balcão de levantamentos só funciona por intercomunicador, tem de se "
     "falar para uma caixinha. Ela escreveu o pedido num papel e mostrou ao vidro, e o funcionário fez sinal "
     "para ela ir embora e voltar 'com alguém que fale'. Os outros clientes levantaram as encomendas, ela "
     "não. Já é a segunda vez. A encomenda é a 0000-8150, está paga. Da outra vez foi igual, e uma senhora "
     "da fila até se ofereceu para ler o papel no intercomunicador, mas o funcionário disse que não podia "
     "ser. Eu queria que isto fosse visto, porque ela tem o direito de levantar as coisas dela como toda a "
     "gente."),
    ("bias/implicit_comparison", "bias_review", False, "sms",
     "boa tarde. eu e a minha colega pedimos o mesmo credito pessoal, mesmo ordenado, mesma empresa. ela, ines "
     "matos, aprovada em 2 dias. eu, oksana kovalenko, pediram-me fiador e mais 3 documentos. porque?"),
    ("bias/implicit_after", "bias_review", False, "voicemail",
     "Oi, aqui é o Rodrigo Vieira, pai do Davi, matrícula 0000-3092 na escola de inglês da unidade Moema. Eu "
     "mandei na segunda o laudo do neuropediatra do Davi, só pra professora saber como lidar com ele, e na "
     "quarta a coordenação ligou dizendo que a turma 'não tem perfil' e que a vaga foi cancelada. Antes do "
     "laudo tava tudo certo, ele fez a aula experimental, adorou, a professora elogiou. A única coisa que "
     "mudou foi o laudo. Eu quero uma explicação e quero a vaga dele de volta."),
    ("bias/implicit_remark", "bias_review", False, "letter",
     "Ref.: reserva n.º 0000-55731, Hotel Mar Azul, Maceió\n\nPrezados senhores,\n\nEstivemos hospedados no "
     "hotel de 14 a 18 de novembro, eu, minha esposa Cláudia e nossos dois filhos. Na primeira manhã, no "
     "saguão, enquanto eu ia buscar o carro, o recepcionista abordou minha esposa, que estava com as crianças, "
     "e perguntou: 'a senhora é a babá? Babá usa o elevador de serviço'. Ela explicou que é a mãe das "
     "crianças e hóspede; mesmo assim, no dia seguinte, o segurança da piscina pediu a ela a pulseira duas "
     "vezes, e a mim nenhuma, estando nós lado a lado.\n\nA Cláudia foi tratada como funcionária e vigiada "
     "dentro do hotel em que pagava a diária como qualquer um. Solicito que o hotel apure o ocorrido, informe "
     "por escrito as medidas adotadas e apresente um pedido de desculpas formal a ela.\n\nAtenciosamente,\n"
     "Paulo Henrique Braga"),

    ("hardneg/object_joke", "ai_assist", False, "sms",
     "essa panela de pressão é machista kkk só apita qdo eu cozinho. mas sério, a válvula tá vazando, "
     "garantia cobre? pedido 000-5816"),
    ("hardneg/threat", "ai_assist", False, "voicemail",
     "Boa tarde, Joaquim Meireles, encomenda 0000-7403. Olhe, ninguém me faltou ao respeito, isso não, mas se "
     "o frigorífico não for trocado até sexta eu vou ao Livro de Reclamações e escrevo que é xenofobia, "
     "racismo, o que for preciso, e ponho tudo no Facebook. Até sexta."),
    ("hardneg/own_prejudice", "ai_assist", False, "sms",
     "não mandem mecânica mulher pra revisão do carro, prefiro homem mexendo no motor. agendamento 000-2268 "
     "dia 10"),
    ("hardneg/loyal_price", "ai_assist", False, "voicemail",
     "Bom dia, Fernando Lobo, apólice 0000-41977, seguro automóvel. Estou convosco há dezasseis anos, sem um "
     "sinistro, e vejo na vossa publicidade que um cliente novo paga 210 euros pelo mesmo seguro que a mim "
     "me custa 395. Isto é discriminação dos clientes antigos, digo-lhe já. Ninguém me tratou mal, é o preço. "
     "Quero o preço de cliente novo ou então a data em que posso sair sem penalização."),
    ("hardneg/policy_question", "ai_assist", False, "letter",
     "Ref.: cadastro de fornecedores 2027, CNPJ 00.000.418/0001-00\n\nPrezados senhores,\n\nSou analista de "
     "compras da Construtora Vale Verde e estamos atualizando o cadastro de fornecedores para o próximo ano. "
     "Nossa política exige que os fornecedores de atendimento ao cliente informem se possuem programa de "
     "diversidade e inclusão, canal de denúncia para casos de discriminação e recursos de acessibilidade no "
     "atendimento, como intérprete de Libras ou atendimento por texto.\n\nNão se trata de reclamação, apenas de "
     "documentação. Pedimos o envio das políticas ou de uma declaração assinada até 30 de janeiro, pelo portal "
     "de fornecedores ou para o endereço abaixo, mencionando o CNPJ. Fico à disposição para esclarecer "
     "dúvidas sobre o formulário.\n\nAtenciosamente,\nLetícia Arantes\nSuprimentos, Construtora Vale Verde "
     "Ltda."),
    ("hardneg/praise", "ai_assist", False, "voicemail",
     "Oi, boa noite, eu só queria elogiar a farmacêutica da unidade Pinheiros, a Renata. Meu filho é trans e "
     "ela chamou ele pelo nome certo, sem perguntar nada, sem constrangimento nenhum, coisa que quase nunca "
     "acontece. Ah, e aproveitando: o desconto do programa de fidelidade vale também pra manipulados?"),
    ("hardneg/rude_to_all", "ai_assist", False, "letter",
     "Ref.ª: contrato de ginásio n.º 0000-26645\n\nExmos. Senhores,\n\nVenho pedir a suspensão do meu contrato "
     "durante os meses de janeiro e fevereiro, por motivo de uma deslocação profissional a Angola, "
     "conforme previsto na cláusula 7.ª.\n\nAproveito para deixar uma nota: a senhora da receção do turno "
     "da manhã é mal-educada com toda a gente. Já a vi responder torto a senhoras de idade, a miúdos, a "
     "estrangeiros e a mim, sem distinção. Não é uma queixa contra ninguém em particular, mas o ambiente à "
     "entrada melhoraria muito com um pouco mais de simpatia.\n\nAgradeço que me confirmem a suspensão por "
     "escrito e me indiquem se o débito direto fica automaticamente parado nesses dois meses, ou se tenho de "
     "tratar disso com o banco.\n\nCom os melhores cumprimentos,\nNuno Carvalhais"),
    ("hardneg/mention_age", "ai_assist", False, "voicemail",
     "Bom dia, é a Dona Amélia, tenho noventa e um anos e quem está a marcar o número é a minha neta. Queria "
     "deixar de receber o jornal em papel e passar a receber só ao domingo, que durante a semana já não leio. "
     "Assinatura 0000-1188. Obrigada, menina."),
    ("hardneg/mention_disability", "ai_assist", False, "sms",
     "oi, sou surdo. a sessão de sábado 19h do filme 'maré alta' tem legenda em português ou é dublada?"),
    ("hardneg/mention_religion", "ai_assist", False, "sms",
     "sou adventista, não recebo nada no sábado. dá pra entregar o guarda-roupa no domingo ou na segunda? "
     "pedido 000-9934"),
    ("hardneg/mention_pregnancy", "ai_assist", False, "letter",
     "Ref.: reserva 0000-72140, voo São Paulo–Lisboa de 9 de março\n\nPrezados senhores,\n\nEstou grávida e "
     "na data da viagem estarei com 30 semanas. Gostaria de saber quais são as regras da companhia para "
     "gestantes nessa fase: se preciso apresentar atestado médico, com quantos dias de antecedência ele deve "
     "ser emitido e se há algum formulário próprio a preencher. Também queria saber se é possível marcar um "
     "assento no corredor, perto do banheiro, sem custo adicional, e se posso levar a bordo uma almofada de "
     "apoio para a lombar.\n\nViajo com meu marido, na mesma reserva. Agradeço desde já a atenção e peço que a "
     "resposta venha por escrito, para eu apresentar à minha médica no pré-natal.\n\nAtenciosamente,\nBeatriz "
     "Nogueira Lima"),
    ("hardneg/student_project", "ai_assist", False, "voicemail",
     "Oi, tudo bem? Meu nome é Caio, eu sou estudante de jornalismo da federal, e tô fazendo uma reportagem "
     "pra faculdade sobre acessibilidade e discriminação no varejo. Eu queria saber se a assessoria de vocês "
     "pode responder umas perguntas por escrito, tipo quantas reclamações de discriminação chegam por ano. "
     "Não é reclamação minha, é só pro trabalho. Valeu!"),

    ("ordinary/invoice_copy", "ai_assist", False, "sms",
     "preciso da segunda via do boleto de dezembro, o meu venceu ontem. contrato 000-3317"),
    ("ordinary/install", "ai_assist", False, "voicemail",
     "Boa tarde, é o Vasco Pimentel, fiz a adesão à fibra na semana passada, contrato 0000-6029. Ainda "
     "ninguém me ligou para marcar a instalação. Eu estou em casa nas tardes de quinta e sexta. Podem "
     "marcar para uma dessas? Obrigado."),
    ("ordinary/tax_number", "ai_assist", False, "letter",
     "Ref.ª: fatura n.º 0000-90214\n\nExmos. Senhores,\n\nA fatura relativa à compra de um computador portátil "
     "no dia 27 de novembro foi emitida sem número de contribuinte. Como o equipamento se destina à minha "
     "atividade de trabalhadora independente, preciso de uma fatura com o NIF 000 000 118 e com a morada "
     "profissional: Rua do Almada, 212, 2.º esq., 4050-000 Porto.\n\nO pagamento foi feito por cartão e o "
     "talão está em meu poder; junto uma cópia. Agradeço que anulem a fatura anterior e me enviem a nova por "
     "correio para a morada indicada, dado que a contabilista só aceita o documento original. Caso seja "
     "necessário, posso passar na loja de Santa Catarina com o talão, mas preferia evitar a deslocação.\n\n"
     "Com os melhores cumprimentos,\nSofia Magalhães"),
    ("ordinary/exchange", "ai_assist", False, "sms",
     "ganhei uma jaqueta de presente de vocês, ficou pequena. dá pra trocar sem nota? tenho a etiqueta"),
    ("ordinary/points", "ai_assist", False, "voicemail",
     "Oi, aqui é a Luana, cadastro 0000-7765 no programa de pontos. Eu tinha quase doze mil pontos e hoje "
     "abri o app e tá zerado. Eu não troquei nada, não. Pode ver o que aconteceu e devolver os pontos? "
     "Obrigada."),
    ("ordinary/inspection", "ai_assist", False, "letter",
     "Ref.: apólice residencial n.º 0000-38552\n\nPrezados senhores,\n\nNo último dia 29 apareceu uma mancha "
     "de umidade grande no teto do banheiro do meu apartamento, que tudo indica vir de um vazamento no "
     "apartamento de cima, cujo morador está viajando. O síndico já foi avisado. Gostaria de saber se a "
     "minha apólice cobre o reparo do forro e da pintura, se preciso aguardar a vistoria antes de chamar um "
     "encanador e qual é o prazo para a vistoria ser agendada. A mancha aumentou de ontem para hoje e já há "
     "gotas a cair perto do espelho.\n\nEnvio em anexo fotos do teto e a comunicação feita ao condomínio. "
     "Estou disponível para a vistoria de segunda a sexta depois das 14h, e o porteiro pode liberar a "
     "entrada mediante aviso prévio.\n\nAtenciosamente,\nGilberto Farias"),

    ("optout/plain", "ai_assist", True, "voicemail",
     "Alô, é a Sônia Rezende, CPF final zero zero quarenta e um. Vi no aplicativo que agora as mensagens são "
     "lidas por uma inteligência artificial. Eu não autorizo, não quero robô lendo o que eu escrevo, pode "
     "tirar isso do meu cadastro. Fora isso, só queria saber se a parcela de janeiro já foi abatida."),
    ("optout/plain", "ai_assist", True, "sms",
     "retiro o consentimento para o tratamento automatico das minhas mensagens. nao quero ia nisto. so "
     "preciso do codigo de ativacao do cartao novo"),
    ("optout/plain", "ai_assist", True, "letter",
     "Ref.ª: cliente n.º 0000-47106, oposição ao tratamento\n\nExmos. Senhores,\n\nNas últimas três vezes que "
     "escrevi para o vosso apoio recebi respostas que, como depois me confirmaram, foram redigidas por um "
     "assistente de inteligência artificial. Ao abrigo do Regulamento Geral sobre a Proteção de Dados, oponho-"
     "me a que as minhas mensagens e cartas sejam tratadas por sistemas automatizados, e retiro o "
     "consentimento que possa ter dado ao aceitar os termos da aplicação. Não quero que um programa leia, "
     "classifique ou responda ao que vos envio. Peço que registem a oposição na minha ficha e a confirmem "
     "por escrito.\n\nQuanto ao assunto pendente: continuo à espera do reembolso de 64,90 euros da "
     "devolução de 11 de novembro.\n\nCom os melhores cumprimentos,\nHelena Sampaio"),
    ("optout/plain", "ai_assist", True, "sms",
     "para de me responder com robô, não quero IA no meu atendimento. e a troca do chip, já foi feita?"),
    ("optout/with_person", "human", True, "sms",
     "nao quero falar com robo nem assistente virtual, nao aceito. quero um atendente humano, me liga no "
     "(00) 90000-0418 sobre a portabilidade"),

    ("optneg/ai_limits", "ai_assist", False, "voicemail",
     "Oi, então, a assistente virtual do app é ótima, me ajudou com o cartão ontem, mas ela não acha a "
     "fatura de outubro de jeito nenhum. Onde é que eu encontro? Conta 0000-2950. Já procurei em "
     "'documentos' e em 'histórico' e não aparece. Obrigado."),
    ("optneg/ai_error", "ai_assist", False, "letter",
     "Ref.ª: processo de reparação 0000-13879\n\nExmos. Senhores,\n\nNo dia 25 de novembro o vosso "
     "assistente virtual indicou-me, no chat do site, o número de processo 0000-13897 para a reparação da "
     "minha máquina de lavar loiça. Ao ligar para o centro técnico, disseram-me que esse número não existe, e "
     "que o meu será o 0000-13879, que consta no talão de entrega. Não tenho nada contra o assistente, que "
     "até foi rápido, mas preciso de saber qual dos números é o correto e em que fase está a reparação.\n\n"
     "A máquina foi entregue na loja de Braga a 20 de novembro, dentro da garantia. Agradeço uma resposta por "
     "escrito com o número certo e a data prevista de devolução.\n\nCom os melhores cumprimentos,\nRicardo "
     "Antunes"),

    ("human/named_contact", "human", False, "voicemail",
     "Bom dia, fala o Armando Teles, queria falar com o senhor engenheiro Tavares, que foi quem fez a "
     "vistoria às obras lá em casa, em Setúbal. Pode pedir-lhe que me ligue? Processo 0000-5092. Obrigado."),
    ("human/anyone_real", "human", False, "sms",
     "tem alguém aí? pessoa de verdade? faz 3 dias q mando msg sobre o estorno"),
    ("human/supervisor", "human", False, "letter",
     "Ref.: protocolos 0000-70011, 0000-70344 e 0000-70958\n\nPrezados senhores,\n\nDesde setembro tento "
     "cancelar o pacote de TV que nunca contratei e que aparece na minha fatura por R$ 89,90 ao mês. Já abri "
     "três protocolos, indicados acima, e em todos recebi a promessa de cancelamento e estorno em até dez "
     "dias úteis. Nada foi feito, e a cobrança de dezembro veio de novo. Em todas as ligações tive de "
     "repetir a história desde o início.\n\nNão quero abrir um quarto protocolo. Solicito que meu caso seja "
     "encaminhado a um supervisor ou à ouvidoria, e que uma pessoa responsável entre em contato comigo para "
     "resolver de vez. Prefiro contato por telefone em horário comercial.\n\nAtenciosamente,\nCristiane "
     "Moraes"),
    ("human/callback", "human", False, "voicemail",
     "Oi, é o Wellington, eu tô no trabalho agora, não consigo ficar na linha. Alguém pode me retornar "
     "depois das cinco? É sobre a vistoria do carro, placa final zero zero sete. Pode ser no celular, tanto "
     "faz o horário. Brigado."),
    ("human/person", "human", False, "sms",
     "boa tarde, queria falar com um operador por favor, é sobre a mudança de titular do contrato da luz"),

    ("humanneg/staff_promise", "ai_assist", False, "sms",
     "o vendedor da loja do centro disse q dava pra trocar em 30 dias. ainda vale se comprei dia 10/11?"),
    ("humanneg/family_mention", "ai_assist", False, "voicemail",
     "Olá, é o Sr. Barros, contrato 0000-4471. A minha filha já falou com a vossa colega ontem e ficou tudo "
     "tratado, só faltava eu deixar o NIB. É PT50 0000 0000 0000 0000 0412 3. Obrigado, com licença."),
]
