"""Blind set 37, Portuguese (Brazil and Portugal, row by row): (category, label, opt_out, style, text), typed by hand."""
ROWS = [
    ("optout/embedded", "ai_assist", True, "powerbill",
     'Oi, boa tarde. Trocaram o medidor aqui do prédio na terça e desde então o disjuntor geral desarma '
     'todas as noites lá pelas 22h. O eletricista do condomínio diz que o problema é na ligação de vocês, '
     'no poste. Já perdi um carregador de notebook. Quando vem uma equipe? Unidade consumidora 0000-3357. '
     '(E sem resposta automática de sistema, por favor, já tive bastante disso.) Rosângela Peixoto'),
    ("optout/hedged", "ai_assist", True, "savingsbank",
     'Preferia que os meus pedidos não fossem tratados pelo sistema automático, se possível. Quando fica '
     'pronto o cartão novo?'),
    ("optout/question", "ai_assist", True, "courierdm",
     'isso é resposta automática? se for, não quero. minha encomenda BR0000551 tá parada em Cajamar faz 8 '
     'dias'),
    ("optout/footer_reply", "ai_assist", True, "fixitdesk",
     'Olá, no fim do vosso último email diz que a resposta foi "elaborada com apoio de inteligência '
     'artificial". Peço que no meu processo não façam assim. A máquina de lavar loiça (processo RP-000624)'
     ' continua a deitar água depois da reparação e quero saber se a segunda visita é coberta pela '
     'garantia. Cumprimentos, Joaquim Seabra'),
    ("optout/followup", "ai_assist", True, "tourdesk",
     'Como já disse da última vez, comigo nada de respostas automáticas. Ainda não recebi o voucher do '
     'hotel em Porto de Galinhas, reserva PG-00318. A viagem é dia 12 e a pousada diz que sem o voucher '
     'não faz o check-in. Também paguei o transfer à parte, R$ 180, e ele não aparece no resumo da '
     'reserva.'),
    ("optout/consent", "ai_assist", True, "savingsbank",
     'Assunto: conta final 0067. Os meus dados e as minhas mensagens não podem passar por sistemas de '
     'decisão automatizada; não dou essa autorização (LGPD) e peço que isso fique registrado. Além disso, '
     'queria saber por que o meu pedido de portabilidade de crédito está parado desde o dia 4.'),
    ("optout/product", "ai_assist", True, "powerbill",
     'por favor nao me respondam com o chatgpt, quero saber porque cortaram a luz se a conta esta paga'),
    ("optout/sarcasm", "ai_assist", True, "fixitdesk",
     'Parabéns pelo quinto email automático a dizer que "o seu pedido está a ser analisado". Se o programa'
     ' que manda isto pudesse deixar de me escrever, era um favor enorme. O frigorífico novo chegou com a '
     'porta amolgada, processo RP-000731, e ninguém o veio buscar.'),
    ("optout/elderly", "ai_assist", True, "savingsbank",
     'Exmos. Senhores, tenho 81 anos e recuso que um computador decida sobre a minha reforma ou sobre a '
     'minha conta. O meu neto diz que agora é assim. Peço que tomem nota. Com os melhores cumprimentos, '
     'Albertina Falcão'),
    ("optout/txt", "ai_assist", True, "courierdm",
     'oi, vcs podem n usar robô p responder minhas msgs? blz. e o pedido 0000-8813, qdo chega?'),
    ("optout/data", "ai_assist", True, "tourdesk",
     'Olá, duas coisas. Primeiro: dá para trocar o quarto em Gramado para um com banheira, reserva '
     'GR-00409? Segundo: vi na política de privacidade que as conversas podem servir para "treinar '
     'ferramentas automatizadas". As minhas, não: não dou essa permissão. Obrigado, Caio Brandão'),
    ("optout/with_person", "human", True, "powerbill",
     'Meu pai de 88 anos está sem luz no sítio desde sábado e ele depende de um concentrador de oxigênio. '
     'Chega de resposta automática de vocês, não quero mais nenhuma. Me liguem hoje, uma pessoa de '
     'verdade, no (31) 90000-0412.'),
    ("optout/with_person", "human", True, "courierdm",
     'tem alguém de verdade aí ou é tudo automático? se for automático não quero. preciso falar com uma '
     'pessoa sobre o pacote extraviado'),
    ("optout/with_person", "human", True, "savingsbank",
     'Bom dia. O meu pai faleceu em outubro e cabe-me agora tratar da conta dele. Não quero resolver isto '
     'com um sistema automático, peço mesmo que não seja assim. Gostaria de marcar uma reunião com a '
     'gestora dele na agência de Braga, a Dra. Lurdes Mota.'),
    ("optneg/question_ai", "ai_assist", False, "fixitdesk",
     'Só por curiosidade: quem responde este chat é uma IA? Pra mim tanto faz. Vocês têm a peça do '
     'micro-ondas?'),
    ("optneg/praise", "ai_assist", False, "courierdm",
     'O assistente virtual remarcou a entrega em um minuto, muito bom. Dá para escolher o período da tarde'
     ' também?'),
    ("optneg/marketing", "ai_assist", False, "savingsbank",
     'Não quero receber mais publicidade de seguros nem de crédito consignado, nem por SMS nem por '
     'WhatsApp. Já cancelei no app e continua chegando. Conta final 0193. Só quero receber os extratos e '
     'os avisos de vencimento do cartão. Outra coisa: o app mostra duas contas no meu nome, uma delas '
     'zerada; posso encerrar essa sem pagar tarifa?'),
    ("optneg/cookies", "ai_assist", False, "tourdesk",
     'Recusei os cookies no vosso site e agora a página de pagamento não abre. É normal?'),
    ("optneg/calls", "ai_assist", False, "powerbill",
     'Parem de me ligar para oferecer energia solar, já disse que não tenho interesse. Ligam até domingo '
     'de manhã. Se quiserem falar comigo, por escrito. Instalação 0000-4482. E aproveito: na conta deste '
     'mês cobraram uma taxa de religação de R$ 12, mas não houve corte nenhum. Podem estornar?'),
    ("optneg/autorenew", "ai_assist", False, "tourdesk",
     'Quero cancelar a renovação automática do seguro viagem anual, apólice SV-000377. Não quero que '
     'renove em janeiro sem eu ver o preço.'),
    ("optneg/someone_else", "ai_assist", False, "fixitdesk",
     'A minha mulher não suporta esses chats automáticos, mas o contrato está em meu nome e por mim podem '
     'responder como quiserem, desde que seja rápido. O esquentador continua a desligar-se sozinho depois '
     'da reparação.'),
    ("optneg/withdrawn", "ai_assist", False, "savingsbank",
     'No mês passado exigi que nenhum sistema automático mexesse nas minhas mensagens. Retiro o pedido, '
     'acabou por ser mais prático e as respostas foram certas. Já agora: vou passar o Natal em Cabo Verde,'
     ' preciso de avisar para usar o cartão lá? Qual é o limite diário de levantamento?'),
    ("optneg/app_error", "ai_assist", False, "powerbill",
     'o app trava qdo vou mandar a leitura, aparece erro do sistema cod 0029. desde segunda'),
    ("human/callback", "human", False, "courierdm",
     'Podem me ligar no (11) 90000-0734? O entregador disse que não tinha ninguém em casa e eu estava '
     'aqui.'),
    ("human/manager", "human", False, "fixitdesk",
     'É a terceira vez que o técnico falta à visita marcada. Tirei mais um dia de folga para nada. Quero '
     'falar com um responsável, alguém que possa decidir uma compensação, e não receber mais um pedido de '
     'desculpas por email. Processo 0000-5561.'),
    ("human/anyone", "human", False, "powerbill",
     'oi??? tem alguém lendo isso? terceira msg sobre a conta de luz, zero resposta'),
    ("human/named_agent", "human", False, "tourdesk",
     'Gostaria de falar de novo com a Patrícia, que organizou a nossa viagem a Fernando de Noronha no ano '
     'passado. Ela já conhece o nosso grupo: somos seis amigas, duas não nadam e uma é vegetariana. '
     'Queremos ir em setembro, agora para Jericoacoara, com orçamento de uns R$ 6.000 por pessoa. Pode '
     'pedir para ela me contatar?'),
    ("human/escalate", "human", False, "savingsbank",
     'Reclamação 0000-9920 aberta há 40 dias. Peço que seja encaminhada à ouvidoria.'),
    ("human/branch", "human", False, "savingsbank",
     'Prefiro tratar do empréstimo pessoalmente, na agência da Avenida da Boavista. Podem marcar-me para '
     'quinta?'),
    ("human/phone", "human", False, "tourdesk",
     'Boa noite, qual é o telefone para falar com alguém da agência? Perdemos a ligação em Lisboa porque o'
     ' primeiro voo atrasou, estamos no aeroporto com uma criança de colo e o balcão da companhia '
     'manda-nos falar convosco. Reserva LX-000512, família Antunes.'),
    ("humanneg/spoke_already", "ai_assist", False, "powerbill",
     'Já falei ontem por telefone com um atendente muito simpático e ficou resolvido, obrigado. Só preciso'
     ' da fatura corrigida em PDF.'),
    ("humanneg/agent_name", "ai_assist", False, "tourdesk",
     'O nosso guia em Sintra foi excelente, paciente com os miúdos e cheio de histórias. Queríamos '
     'escrever-lhe um cartão de agradecimento: podem dizer-nos o nome dele ou passar-lhe a mensagem? '
     'Passeio ST-000318. Não é preciso ligarem, por email está ótimo.'),
    ("humanneg/no_callback", "ai_assist", False, "fixitdesk",
     'Dispenso a ligação, respondam por escrito. Quero só saber se o orçamento de R$ 390 para o conserto '
     'da TV inclui a peça ou só a mão de obra, porque na loja me disseram uma coisa e no WhatsApp outra. '
     'Se incluir, podem fazer. OS 0000-2204.'),
    ("humanneg/quoted_request", "ai_assist", False, "courierdm",
     'Meu cunhado falou pra eu "exigir o gerente", mas eu só quero saber se posso retirar na agência dos '
     'Correios.'),
    ("humanneg/withdrawn", "ai_assist", False, "savingsbank",
     'Ontem pedi que me telefonassem por causa do débito em duplicado, mas já me devolveram o valor, '
     'portanto não é preciso.'),
    ("bias/race", "bias_review", False, "savingsbank",
     'Fui à agência do Centro, em Salvador, pedir um aumento do limite do cartão. O gerente me mediu com '
     'os olhos e disse "gente como você costuma dar problema com crédito" e negou na hora, sem olhar minha'
     ' renda. Meu colega de trabalho, que é branco e ganha o mesmo que eu, conseguiu o aumento na mesma '
     'agência na semana seguinte. Sou negro e é a primeira vez que escrevo uma reclamação assim.'),
    ("hardneg/mention", "ai_assist", False, "tourdesk",
     'A minha filha é autista e fica muito agitada com barulho. Há quartos mais sossegados, longe do '
     'elevador, no hotel de Tavira? Reserva TV-000193.'),
    ("hardneg/own_view", "ai_assist", False, "courierdm",
     'Admito que torci o nariz quando vi que o motoboy era um senhor de uns 70 anos, mas ele chegou antes '
     'do horário e ainda subiu as caixas. Mudando de assunto: como faço para agendar a próxima entrega?'),
    ("ordinary/plain", "ai_assist", False, "courierdm",
     'Quanto custa mandar uma caixa de 5 kg para Manaus?'),
    ("ordinary/plain", "ai_assist", False, "savingsbank",
     'Boa tarde, gostaria de saber como funciona a portabilidade do meu salário para o banco de vocês. '
     'Recebo pela prefeitura de Campinas, no dia 5. Preciso ir à agência ou dá para fazer pelo app? E a '
     'conta que abri em 2019, que está parada, continua valendo? Rui Teixeira Gomes'),
]
