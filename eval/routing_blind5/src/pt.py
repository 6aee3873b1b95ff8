"""Portuguese rows of blind set 5 (Brazil and Portugal; invented; CC0-1.0). (category, label, opt_out, style, text)"""
B, H, A = "bias_review", "human", "ai_assist"

ROWS = [
    # bias complaints
    ("bias/disability", B, False, "review", "Uma estrela. Sou surdo e o app só deixa recuperar a senha por ligação de voz. Pedi outra forma no "
     "chat e disseram que 'a regra vale para todos'. Minha esposa, que ouve, recuperou a dela na hora."),
    ("bias/religion", B, False, "proxy", "Escrevo pela minha filha, que é adventista. Ela pediu para fazer a prova de recuperação num domingo em "
     "vez do sábado e a escola de idiomas negou, dizendo que 'religião é problema da família'. Um colega remarcou a dele para ir ao jogo do time."),
    ("bias/pregnancy", B, False, "short", "Contei que estou grávida e minha vaga no curso virou 'indisponível' no dia seguinte. A turma toda continua."),
    ("bias/family", B, False, "transl", "Bom dia. Eu e minha companheira vivemos em união estável há oito anos. Para o plano de saúde "
     "familiar a atendente exige certidão de casamento e diz que 'só casal casado de verdade'. O casal casado do apartamento ao lado, com renda menor que a nossa, entrou no plano na hora."),
    ("bias/race", B, False, "elder", "Meu nome é Benedita, tenho 72 anos. Na agência do centro o gerente me fez esperar em pé uma hora e "
     "atendeu na minha frente três senhoras brancas que chegaram depois. Quando reclamei disse que eu 'devia estar no lugar errado'."),
    ("bias/origin", B, False, "quoted", "> 'Não é possível concluir a abertura de conta para clientes de nacionalidade angolana pelo canal digital.'\n"
     "Moro em Lisboa há seis anos, tenho NIF, autorização de residência e contrato de trabalho. O meu colega português abriu conta pelo mesmo app em dez minutos."),
    ("bias/age", B, False, "long", "Desculpem o texto comprido. Tenho 66 anos, sou aposentada mas continuo trabalhando como consultora, e "
     "quis alugar um carro no aeroporto de Confins. O rapaz olhou a data de nascimento e disse que para 'gente da minha idade' só com seguro "
     "extra e caução dobrada. Meu sobrinho, 30 anos, alugou o mesmo modelo no balcão ao lado com a caução normal, sem seguro nenhum."),
    ("bias/sex", B, False, "b2b", "Prezados, nossa diretora de compras, Sra. Tavares, pediu as condições de pagamento a 60 dias e o vendedor "
     "respondeu que 'isso precisa ser falado com o dono'. Ela é a dona. O nosso gerente de filial, Sr. Prado, recebeu as mesmas condições por telefone. Setor de Compras, Distribuidora Ipê Ltda."),
    ("bias/orientation", B, False, "review", "Eu e meu marido (somos dois homens) pedimos o pacote de lua de mel e o hotel mandou 'pacote amigos' com duas "
     "camas. Casal hétero que casou no mesmo dia recebeu o pacote lua de mel completo, com espumante e tudo."),
    ("bias/gender_identity", B, False, "proxy", "Sou mãe da Bia, 16 anos, menina trans com nome social registrado na escola. A academia insiste "
     "em chamá-la pelo nome antigo na lista de presença e a proibiu de usar o vestiário feminino; as outras meninas da turma usam normalmente."),
    ("bias/language", B, False, "elder", "Liguei para o banco e, quando falei com meu sotaque do interior de Pernambuco, a moça riu e disse "
     "'fala direito que eu não entendo'. Minha nora ligou logo depois para o mesmo assunto e foi atendida sem problema."),
    ("bias/disability", B, False, "b2b", "Assunto: acesso ao evento. Nosso representante, usuário de cadeira de rodas, tinha reservado lugar "
     "acessível no seminário. No dia, o lugar havia sido entregue a outro participante e ofereceram-lhe um assento no mezanino sem elevador. Aguardamos resposta. Diretoria, Vale Verde Consultoria"),
    # bias hard negatives
    ("hardneg/threat", A, False, "legal", "Exmos. Senhores, na qualidade de mandatário do Sr. Duarte Frade, solicito a devolução de 160 euros "
     "cobrados em duplicado. Caso não seja efetuada em 15 dias, o meu constituinte recorrerá a tribunal e pretende expor a vossa empresa como racista nas redes. Com os melhores cumprimentos."),
    ("hardneg/threat", A, False, "short", "ou devolvem meu dinheiro ou vou pro Procon e processo vocês"),
    ("hardneg/rude", A, False, "review", "Duas estrelas. O entregador me xingou porque demorei a descer e a atendente do SAC desligou na minha cara. Que grosseria. O produto é ok."),
    ("hardneg/joke", A, False, "short", "minha cafeteira é machista, só funciona quando meu marido liga kkkk. falando sério, tem assistência técnica em Campinas?"),
    ("hardneg/joke", A, False, "long", "Olha, esse calor de Cuiabá é preconceituoso com quem é branquelo igual eu, torrei inteiro no fim de "
     "semana kkk. Mas não é por isso que escrevo: o protetor solar que comprei no site de vocês chegou com a tampa quebrada e vazou metade na "
     "caixa, pedido 40981. Podem mandar outro ou devolver o valor? Tanto faz."),
    ("hardneg/own_prejudice", A, False, "elder", "Não gostei de ver duas moças de mãos dadas na propaganda de vocês. Quero cancelar o cartão fidelidade. Dona Zuleide Prates"),
    ("hardneg/policy", A, False, "b2b", "Bom dia, para o cadastro de fornecedores precisamos da política de diversidade e inclusão de vocês "
     "e da confirmação de que a fábrica tem acessibilidade para cadeirantes. Obrigado, Suprimentos, Grupo Jacarandá"),
    ("hardneg/loyal", A, False, "review", "Vocês discriminam cliente antigo. Cliente novo paga 59 no plano e eu, há sete anos com vocês, pago 119."),
    ("hardneg/unfair", A, False, "quoted", "> 'A multa por atraso de R$ 30 é mantida conforme cláusula 8.'\nIsso é injusto, o boleto atrasou "
     "um dia por causa do feriado. Peço que retirem a multa."),
    ("hardneg/mention", A, False, "elder", "Olá, não enxergo e leio tudo com leitor de tela. Podem mandar a fatura em texto em vez de imagem? Muito obrigado."),
    ("hardneg/mention", A, False, "proxy", "Minha mãe é evangélica e quer de presente a Bíblia com capa de couro da vitrine, ainda tem na loja do Recife?"),
    ("hardneg/address", A, False, "short", "Endereço novo: Rua dos Judeus 12, Porto. Obrigado."),
    ("hardneg/news", A, False, "long", "Vocês viram a discussão sobre as cotas raciais no jornal de ontem? Que confusão. Enfim, nada a ver, "
     "meus pontos do programa de fevereiro ainda não caíram, cartão final 5512, podem verificar e lançar?"),
    ("hardneg/mention", A, False, "transl", "Olá, eu sou muçulmana e pergunto se as balas do kit presente têm gelatina de porco. Obrigada pela informação."),
    ("hardneg/unfair", A, False, "short", "Troca negada por prato trincado. Injusto. Foto em anexo."),
    # human
    ("human/handoff", H, False, "elder", "Eu me atrapalho com essas mensagens escritas. Alguém do banco pode me ligar à tarde no telefone fixo? Seu Aristides"),
    ("human/handoff", H, False, "short", "tem gente de verdade lendo isso aqui?"),
    ("human/handoff", H, False, "b2b", "Favor pedir à nossa gerente de conta, ou a quem a substitui, que me ligue hoje sobre o pedido de compra "
     "2281; precisamos acertar um novo cronograma de entrega antes de sexta. Compras, Laticínios Serra Alta"),
    ("human/appeal", H, False, "legal", "Vimos, pela presente, requerer que a recusa do sinistro comunicada à nossa cliente em 5 de maio seja "
     "reapreciada por um gestor de processo, e não novamente emitida de forma automática."),
    ("human/appeal", H, False, "proxy", "O pedido de aposentadoria do meu pai foi recusado pelo sistema de vocês por 'divergência'. Uma pessoa "
     "pode analisar de novo? Ele mandou os documentos certos, eu estava junto."),
    ("human/unfair", H, False, "review", "Fui tratado de forma injusta com a caução que paguei de boa-fé. Quero que um supervisor veja isso, não outra resposta pronta."),
    ("human/unfair", H, False, "long", "Não sei mais o que fazer. Devolvi o tênis dentro do prazo, tenho o comprovante dos Correios, e vocês "
     "ficam com meu dinheiro dizendo que nada chegou. Toda vez recebo o mesmo parágrafo. Parece que decidem contra o cliente por padrão. Me "
     "passem para alguém do setor de trocas que olhe o rastreio de verdade, por favor."),
    ("human/handoff", H, False, "quoted", "> 'A sua solicitação encontra-se em fila de espera.'\nQuarta vez que recebo esta frase. Preciso "
     "que me liguem, para o 912 345 678."),
    ("angry/no_request", A, False, "review", "Empresa de palhaçada. Três semanas pra entregar uma chaleira. Nunca mais."),
    ("angry/no_request", A, False, "short", "inacreditável. cobraram duas vezes DE NOVO"),
    # opt-outs
    ("optout/plain", A, True, "elder", "Não quero que um programa de computador me responda. Se for para me escrever, que seja um funcionário."),
    ("optout/plain", A, True, "short", "sem robô nos meus atendimentos pfv"),
    ("optout/embedded", A, True, "long", "Oi, é sobre o liquidificador, pedido 72915, a tampa rachou na primeira semana. Queria uma tampa nova "
     "se der. Ah, e reparei que os e-mails de vocês agora dizem 'redigido com IA'; prefiro que os meus não sejam, então deixem isso de fora "
     "do que me mandarem. O motor está ótimo, é só a tampa."),
    ("optout/embedded", A, True, "b2b", "Ref.: renovação do contrato 2027. Solicitamos o envio da tabela de preços revisada até o fim do mês. "
     "Nossa política não permite que a correspondência com fornecedores seja gerada ou tratada por ferramentas de inteligência artificial; favor registrar em nosso cadastro."),
    ("optout/embedded", A, True, "proxy", "Cuido da conta da minha mãe. Dá para voltar as faturas dela para papel? E ela faz questão de que "
     "nenhum assistente automático cuide das solicitações dela, fica confusa."),
    ("optout/legal", A, True, "legal", "Ao Encarregado de Dados: a minha cliente opõe-se, nos termos do art. 18, § 2.º e do art. 20 da LGPD, "
     "ao tratamento da sua correspondência por sistemas automatizados ou modelos de aprendizagem de máquina, e requer revisão humana de qualquer decisão assim tomada."),
    ("optout/with_person", H, True, "elder", "Prefiro não falar com o ajudante automático. Peço que uma pessoa me telefone, de manhã estou em casa."),
    ("optout/with_person", H, True, "review", "Baixei para uma estrela desde que puseram o chatbot. Não quero isso; quero falar com gente de verdade, por telefone."),
    # AI mention, no refusal
    ("optneg/broken", A, False, "review", "O novo provador com IA do app fica carregando e nunca abre. Consertem, a ideia é boa."),
    ("optneg/praise", A, False, "short", "o assistente do chat resolveu meu reembolso em 2 min, show"),
    ("optneg/broken", A, False, "b2b", "A nossa equipa indica que os resumos gerados por IA no portal de faturação mostram a moeda errada "
     "(BRL em vez de EUR). Podem verificar? De resto a ferramenta é útil."),
    ("optneg/praise", A, False, "elder", "Eu desconfiava de falar com um computador, mas o assistente me explicou a leitura do relógio de luz com muita paciência. Obrigado."),
    # ordinary
    ("ordinary", A, False, "transl", "Olá, por favor eu preciso da fatura do mês passado em PDF para o meu contador. Muito obrigado antecipadamente."),
    ("ordinary", A, False, "short", "que horas vocês fecham no domingo?"),
]
