"""Blind set 42, Portuguese (Brazil and Portugal) rows, typed by hand: (category, label, opt_out, style, text)."""
ROWS = [
    ("bias/gender_identity", "bias_review", False, "email",
     "Boa tarde. Sou mulher trans e meu nome social já consta no cadastro. Na loja do Shopping Iguatemi o gerente "
     "leu meu nome de registro em voz alta para a fila toda, riu e disse 'isso aí é homem'. Quero uma resposta "
     "formal. Valentina Rocha"),
    ("bias/relay_hangup", "bias_review", False, "letter",
     "Olá. Venho pelo meu pai, Sr. Armindo Coutinho, que tem surdez profunda e usa o serviço de retransmissão por "
     "intérprete para telefonar. Nas últimas três semanas ele tentou ligar quatro vezes para a linha de apoio da "
     "vossa operadora, por causa de uma fatura de 212 euros que não reconhece. Em todas as vezes, assim que a "
     "intérprete explicou que estava a mediar a chamada, a pessoa do outro lado desligou. Uma vez disseram 'não "
     "falamos com terceiros' e desligaram antes de ela poder explicar. Eu próprio liguei no dia seguinte, do meu "
     "telemóvel, a fazer-me passar por ele com autorização, e fui atendido sem problema em dois minutos. A fatura "
     "continua por resolver e ele já recebeu um aviso de corte. Peço que o caso seja visto por alguém responsável e "
     "que nos digam como ele pode falar convosco. Cumprimentos, Rui Coutinho"),
    ("hardneg/religion_mention", "ai_assist", False, "chat",
     "Sou adventista, sábado ninguém aqui abre a porta pra entregador. Consigo marcar a geladeira nova pra domingo "
     "ou segunda de manhã?"),
    ("hardneg/identity_bad_app", "ai_assist", False, "letter",
     "Olá, sou negro, tenho 45 anos e sou cliente do Banco Serrano desde 2011. Conto isto só para se saber quem "
     "escreve, porque o problema é outro e afeta toda a gente: desde a atualização de 20 de novembro a aplicação "
     "fecha sozinha sempre que tento fazer um Pix acima de 500 reais. Já desinstalei, reinstalei, limpei o cache, "
     "troquei de celular com a minha esposa e no dela acontece o mesmo. No grupo de moradores do meu prédio metade "
     "das pessoas está reclamando da mesma coisa. Preciso pagar o aluguel até dia 5 e não consigo. Vocês têm "
     "previsão de correção? Tem alguma forma alternativa de fazer a transferência sem ir à agência? Obrigado, "
     "Cláudio Nogueira"),
    ("hardneg/accessibility_question", "ai_assist", False, "email",
     "Bom dia, vou viajar com a minha mãe, que usa cadeira de rodas, no voo de 14 de dezembro Lisboa-Funchal. Como "
     "peço a assistência especial no aeroporto? Reserva 00XK4P. Obrigada, Inês Valadares"),
    ("ordinary/plain", "ai_assist", False, "chat",
     "Oi! Meu salário caiu pro dia 15 agora, dá pra passar o boleto do cartão do dia 10 pro dia 20?"),
    ("ordinary/plain", "ai_assist", False, "email",
     "Bom dia. Mudei de casa e preciso atualizar a morada de envio das faturas: agora é Rua das Flores 30, 2º Esq., "
     "4050 Porto. O NIF mantém-se. Obrigado, Tiago Barreiros"),
    ("human/anyone", "human", False, "chat",
     "alguém humano vê essas mensagens?? já mandei cinco mensagens sobre o cancelamento e só recebo resposta "
     "automática"),
    ("bias/race_explicit", "bias_review", False, "email",
     "Ontem, na unidade do Shopping Vila Rica, um segurança ficou atrás de mim de seção em seção e, quando perguntei"
     " o motivo, ele disse 'é que gente como você costuma levar coisa'. Sou preto, professor, estava comprando um "
     "presente. Exijo retorno. Anderson Bispo"),
    ("bias/pregnancy_timing", "bias_review", False, "letter",
     "Boa tarde. Em setembro a minha gerente de conta, no balcão da Avenida da República, disse-me que o meu crédito"
     " à habitação estava 'praticamente aprovado' e que só faltava a avaliação do imóvel. A avaliação veio boa. Na "
     "reunião seguinte, comentei que estava grávida de quatro meses e que ia tirar a licença parental em março. A "
     "partir daí tudo mudou: pediram-me um fiador, depois um seguro adicional, e na semana passada recebi uma carta "
     "a dizer que o perfil de risco 'já não se enquadra'. O meu salário e o meu contrato são exatamente os mesmos. "
     "Uma amiga do escritório que ganha o mesmo teve crédito aprovado no mesmo banco em outubro, sem fiador. Gostava"
     " que o processo fosse revisto por outra pessoa e que me explicassem por escrito o que mudou. Com os melhores "
     "cumprimentos, Joana Pires Macedo"),
    ("hardneg/identity_price_rise", "ai_assist", False, "letter",
     "Olá, sou cadeirante, tenho 52 anos e moro sozinho em Curitiba, no bairro Água Verde. Uso o plano de vocês há "
     "seis anos, principalmente para fisioterapia. Nesta semana chegou o boleto de janeiro com reajuste de 24%, de "
     "R$ 610 para R$ 756. Sei que todo mundo do plano coletivo da minha associação recebeu o mesmo aumento, então "
     "não é nada pessoal, mas eu queria entender de onde saiu esse número, porque a ANS divulgou um índice bem menor"
     " para os individuais. Também queria saber se existe algum plano com a mesma rede de fisioterapia e valor mais "
     "baixo, ou se dá para parcelar a diferença nos primeiros meses. Carteirinha 0000 1182 4471. Obrigado, Márcio "
     "Tavares"),
    ("hardneg/joke_pet", "ai_assist", False, "chat",
     "meu papagaio é racista, só assobia pro vizinho loiro kkkk. enfim, a ração de calopsita voltou ao estoque?"),
    ("hardneg/age_mention", "ai_assist", False, "email",
     "Boa tarde, tenho 80 anos e quero saber se a minha neta pode ser cotitular da conta para me ajudar com os "
     "pagamentos. Que documentos são precisos? Obrigada, Maria do Céu Antunes"),
    ("ordinary/plain", "ai_assist", False, "chat",
     "qual o prazo pra estornar uma compra que foi cobrada duas vezes no cartão?"),
    ("ordinary/plain", "ai_assist", False, "email",
     "Olá, preciso da segunda via do contrato de telemóvel que assinei em março. Dá para mandarem em PDF? O meu "
     "número de cliente é 000218843. Obrigada, Sónia Falcão"),
    ("optout/plain", "ai_assist", True, "email",
     "Olá. Aviso logo: recuso robô ou IA lendo ou respondendo as minhas mensagens. Agora a pergunta: quando cai o "
     "reembolso do pedido 0000-7791? Patrícia Lemos"),
    ("bias/disability_explicit", "bias_review", False, "email",
     "Olá, o motorista da vossa linha 735 recusou abrir a rampa para a minha filha, que usa cadeira de rodas, e "
     "disse 'essas cadeiras atrasam a viagem toda, espere pelo próximo'. Deixou entrar todas as outras pessoas da "
     "paragem. Filipa Saraiva"),
    ("bias/nationality_implicit", "bias_review", False, "letter",
     "Boa tarde. Sou brasileira, moro em Braga há quatro anos com autorização de residência e trabalho como "
     "enfermeira no hospital. Em outubro tentei abrir conta na vossa agência da Avenida Central para receber o "
     "ordenado. Pediram-me passaporte, título de residência, contrato de trabalho, três recibos, atestado de morada "
     "da junta e ainda uma 'declaração de origem de fundos'. Entreguei tudo. Passadas três semanas, a conta continua"
     " 'em análise'. A minha colega Carla, portuguesa, entrou no mesmo mês, abriu conta na mesma agência só com o "
     "cartão de cidadão e o contrato, e no próprio dia já tinha cartão. Quando perguntei o que faltava, disseram-me "
     "que 'o processo é assim para certos casos'. Gostava que alguém reveja o meu pedido e me diga que regra se "
     "aplica. Obrigada, Luana Ferreira"),
    ("hardneg/threat_label", "ai_assist", False, "chat",
     "se não devolverem meu dinheiro até sexta vou postar que a empresa é homofóbica, quero ver. pedido 000-4419"),
    ("hardneg/inclusive_praise", "ai_assist", False, "email",
     "Queria elogiar a atendente da loja de Pinheiros que falou em Libras com meu marido. Ele saiu muito feliz. "
     "Aproveito: o celular que compramos tem garantia estendida? Beatriz Lima"),
    ("hardneg/loyal_pricing", "ai_assist", False, "chat",
     "vocês discriminam cliente antigo! meu plano custa o dobro do que oferecem pra quem chega agora. tem como "
     "migrar?"),
    ("ordinary/plain", "ai_assist", False, "chat",
     "oi, não quero que o streaming renove sozinho em fevereiro, onde desligo isso?"),
    ("optout/plain", "ai_assist", True, "chat",
     "não quero que uma IA responda aos meus emails, obrigado. a fatura de novembro já foi paga?"),
    ("human/callback", "human", False, "email",
     "Bom dia, prefiro tratar do seguro do carro com uma pessoa. O meu número é 912 000 334, estou livre depois das "
     "15h. Obrigado, Nuno Carvalho"),
]
