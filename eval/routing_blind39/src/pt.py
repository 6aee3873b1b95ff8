"""Portuguese rows of blind set 39 (Brazil and Portugal, row by row): (category, label, opt_out, style, length,
text). Typed by hand."""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # ---- longos ----
    ("bias/religion", B, False, "pharmacymail", "long",
     "Assunto: Atendimento na loja da Rua Augusta\n\nBoa tarde,\n\nsou cliente da farmácia há seis anos e "
     "sempre fui bem atendida. No sábado fui buscar o meu medicamento de tiroide vestida de branco, com as "
     "guias, porque saía de uma obrigação no terreiro. O farmacêutico novo, que eu não conhecia, olhou para "
     "mim de cima a baixo e disse ao colega, alto o suficiente para eu ouvir, 'essa aí vem de macumba, confere "
     "bem a receita'. Depois pediu o meu documento, a receita original e ainda ligou para o consultório do meu "
     "médico para confirmar. A senhora à minha frente levou o mesmo tipo de remédio sem mostrar nada. Saí de lá "
     "meia hora depois, envergonhada, com gente a olhar. Na semana anterior, com roupa normal, fui atendida "
     "pelo mesmo rapaz em dois minutos. Quero saber que procedimento é esse e se vai continuar a ser aplicado "
     "só a mim.\n\nAtenciosamente,\nIyá Marlene dos Santos"),
    ("bias/gender_identity", B, False, "clubdesk", "long",
     "À secretaria do Clube Atlético Vila Mariana\n\nPrezados,\n\nsou associada desde 2019, matrícula "
     "00-4471. Em agosto retifiquei o nome e o gênero no cartório e atualizei o meu cadastro no clube, como o "
     "regulamento pede. Desde então, a minha carteirinha foi 'suspensa para revisão' e não consigo entrar no "
     "vestiário feminino da piscina nem reservar horário no ginásio pelo aplicativo. Na portaria, o segurança "
     "disse que tinha 'ordem da diretoria para gente como você usar o banheiro da enfermaria'. Duas amigas "
     "minhas, que também mudaram o cadastro este ano, uma por casamento e outra por divórcio, tiveram a "
     "carteirinha nova em uma semana. Continuo pagando a mensalidade de R$ 390 e não uso nada do clube há três "
     "meses. Peço que reativem o meu acesso e me informem por escrito qual decisão da diretoria é essa.\n\n"
     "Atenciosamente,\nValentina Rocha Lima"),
    ("bias/disability", B, False, "hotelthread", "long",
     "Resposta à gerência da Pousada Maré Alta, Paraty\n\nAgradeço a resposta, mas ela não corresponde ao que "
     "aconteceu. Reservei o chalé 4 pelo site três meses antes, para mim, meu marido e o nosso cão-guia, Tufão, "
     "porque sou cega. Escrevi isso na observação da reserva. Quando chegamos, a recepcionista disse que 'o "
     "chalé não era adequado para deficientes' e que tínhamos de ficar no quarto dos fundos, ao lado da "
     "lavanderia, sem vista e sem varanda, pelo mesmo preço. Perguntei o que o chalé tinha de inadequado e "
     "ela respondeu que 'a dona prefere não ter cachorro nos chalés novos', embora a lei garanta a entrada de "
     "cão-guia. No dia seguinte vi um casal sem deficiência entrar no chalé 4. Não quero um cupom de desconto. "
     "Quero a diferença devolvida e que a pousada me diga que regra é essa.\n\nLúcia Prado Meireles"),
    ("hardneg/fault_angry", A, False, "storeform", "long",
     "Formulário de reclamação na loja — Conecta Móvel, Shopping Ipê\n\nComprei aqui, no dia 5 de "
     "outubro, um celular de 2.899 reais (nota fiscal 000.412.558). Já na primeira semana a câmera traseira "
     "começou a desfocar tudo. Trouxe à loja, mandaram para a assistência técnica, ficou 24 dias fora e voltou "
     "com o laudo 'sem defeito constatado'. No mesmo dia, continuava igual. Trouxe de novo, e agora o vendedor "
     "diz que tenho de esperar mais 30 dias. Não. O Código de Defesa do Consumidor dá 30 dias para o reparo e "
     "esse prazo já acabou na primeira vez. Exijo um aparelho novo, trocado hoje, ou o dinheiro de volta. "
     "Uso o celular para trabalhar com fotos de imóveis e estou perdendo clientes. E, por favor, desta vez "
     "registrem que eu mostrei o problema ao vivo ao vendedor Caio, que viu as fotos desfocadas.\n\nRenato "
     "Albuquerque, CPF 000.000.118-07"),
    ("hardneg/refund", A, False, "uniformshop", "long",
     "Bom dia,\n\nfiz uma encomenda no vosso site no dia 1 de setembro para o Colégio de São Tomás, em Lisboa: "
     "dois pólos, um casaco polar e um fato de treino, tamanho 10 anos (encomenda n.º 000-773-15, 142,30 €). O "
     "fato de treino veio no tamanho 6 e o casaco com o emblema de outro colégio. Devolvi os dois artigos pelos "
     "CTT no dia 8, com o formulário de devolução preenchido, e tenho o talão. Desde então escrevi três vezes "
     "para o apoio ao cliente e recebo sempre a mesma resposta automática. Já passaram sete semanas. Peço o "
     "reembolso de 89,50 € para o mesmo cartão, ou então que me enviem os artigos certos até ao fim do mês. Se "
     "não tiver resposta, vou à loja física do Saldanha pedir o livro de reclamações. Não é preciso chegar a "
     "isso.\n\nCumprimentos,\nAna Rita Cordeiro"),
    ("hardneg/grief_context", A, False, "rentaldesk", "long",
     "Bom dia,\n\no meu irmão, Paulo Teixeira, morreu num acidente na semana passada, no dia 9. Ele tinha "
     "alugado convosco um carro no aeroporto do Porto, contrato 000-26-5017, que devia devolver no dia 12. O "
     "carro não esteve envolvido no acidente; está estacionado à porta da casa dele em Matosinhos, com as "
     "chaves, e eu sou a pessoa que está a tratar das coisas dele. Queria saber como posso devolvê-lo: posso "
     "levá-lo eu ao aeroporto, ou vocês vêm buscá-lo? Também gostaria que não cobrassem os dias a mais ao "
     "cartão dele, que a família está a tentar cancelar, e que me dissessem se há algum documento que "
     "precisam, como a certidão de óbito. Peço desculpa se a mensagem está desorganizada, são dias difíceis. "
     "Posso estar no aeroporto na quinta-feira de manhã.\n\nObrigada,\nSofia Teixeira"),
    ("hardneg/legal_words", A, False, "lettingportal", "long",
     "Mensagem pelo portal do inquilino — Imobiliária Horizonte, Curitiba\n\nPrezados,\n\ndesde julho o meu "
     "contrato de locação do apartamento 82 do Edifício Jacarandá prevê reajuste pelo IPCA. Na fatura de "
     "novembro veio um aumento de 18%, muito acima do índice, com a descrição 'reajuste conforme mercado'. "
     "Não assinei nenhum aditivo. Já pedi a memória de cálculo duas vezes por aqui, sem resposta. Informo que, "
     "se até o dia 15 não corrigirem o boleto, vou pagar apenas o valor correto, com base no IPCA, e registrar "
     "reclamação no Procon. Se for preciso, entro com uma ação no Juizado Especial Cível, que para esse valor "
     "não exige advogado; já conversei com um amigo que é advogado e ele confirmou. Prefiro resolver de forma "
     "amigável, como sempre foi nos quatro anos em que moro aqui.\n\nAtenciosamente,\nGustavo Henrique Paiva"),
    ("hardneg/pregnancy_context", A, False, "clubdesk", "long",
     "Olá, pessoal da secretaria do Clube Náutico Guanabara,\n\nestou grávida de quatro meses, primeiro "
     "bebê, e a minha obstetra liberou hidroginástica e natação leve, mas pediu para parar com o remo e com o "
     "crossfit até o parto. Hoje pago o plano completo, R$ 280 por mês, que inclui remo, academia e piscina. "
     "Queria saber se posso mudar para o plano só de piscina durante a gravidez e os primeiros meses depois "
     "do parto, sem perder a vaga na equipe de remo feminino, que tem lista de espera. Também queria saber se "
     "o clube tem alguma turma de hidroginástica para gestantes e em que horário, de preferência de manhã. Se "
     "for preciso atestado médico, eu trago na próxima semana. Ah, e o meu marido é sócio dependente no meu "
     "título; isso muda alguma coisa se eu trocar de plano?\n\nObrigada!\nCamila Nogueira"),
    ("hardneg/review_threat", A, False, "hotelthread", "long",
     "Resposta ao hotel Solar das Palmeiras, Salvador\n\nVocês responderam à minha avaliação dizendo que "
     "'lamentam o ocorrido'. Ocorrido é pouco: reservei e paguei um quarto com vista para o mar, recebi um "
     "quarto virado para o estacionamento, com o ar-condicionado a pingar na cama, e na recepção ninguém "
     "resolveu porque 'o sistema estava fora'. Pedi a diferença de valor, R$ 340 pelas três noites, e disseram "
     "que a gerência ia entrar em contato. Ninguém entrou. Então vou ser direta: se a diferença não for "
     "devolvida até sexta, publico também no Reclame Aqui e no grupo de viagens do meu trabalho, com as fotos "
     "do quarto, do ar-condicionado e do print da reserva. Se devolverem, atualizo a avaliação e digo que "
     "resolveram. A escolha é de vocês.\n\nPatrícia Lobo"),
    ("hardneg/settled_other", A, False, "storeform", "long",
     "Formulário de atendimento — loja TeleAtlântico de Ponta Delgada\n\nAntes de mais, para contexto: o meu pai, "
     "António Figueira, apresentou em setembro uma reclamação porque um funcionário da vossa loja gozou com o "
     "sotaque açoriano dele ao balcão. A gerente ligou-lhe a pedir desculpa, o funcionário foi chamado à "
     "atenção, e o meu pai diz que ficou satisfeito e que o assunto está encerrado; continua cliente. Só "
     "menciono porque ele prefere que seja eu a tratar das coisas agora. O pedido é este: quero passar a linha "
     "dele (NIF 000 000 228) para um tarifário sénior com mais minutos e menos dados, porque ele quase não usa "
     "internet e gasta muito em chamadas para as Flores, onde vive a minha tia. Também queria saber se é "
     "possível juntar a linha dele à minha fatura, com débito direto.\n\nObrigado,\nRui Figueira"),
    ("hardneg/sexuality_context", A, False, "pharmacymail", "long",
     "Assunto: Cartão de fidelidade e receitas do meu marido\n\nBoa tarde,\n\neu e o meu marido, Duarte, "
     "casámo-nos em outubro e mudámos agora para Braga. Ambos temos cartão da vossa farmácia, ele na loja de "
     "Setúbal e eu na de Almada, e gostávamos de juntar os pontos num cartão de família e passar a levantar "
     "tudo na loja da Avenida da Liberdade, em Braga. Também queria saber se posso levantar as receitas "
     "dele, que é diabético e trabalha por turnos, sem ele estar presente: basta o código da receita "
     "eletrónica e o cartão de cidadão dele, ou é preciso uma autorização assinada? E, já agora, se a loja de "
     "Braga faz a medição da glicemia e da tensão sem marcação. Desculpem as perguntas todas de uma vez, "
     "ainda estamos a aprender a cidade.\n\nCom os melhores cumprimentos,\nNuno Valadares"),
    ("ordinary/plain", A, False, "lettingportal", "long",
     "Olá, equipe da Imobiliária Horizonte,\n\nmeu contrato do apartamento 31 da Rua Padre Anchieta vence em "
     "fevereiro e eu gostaria de renovar por mais 30 meses. Antes, algumas dúvidas. Primeiro: o fiador "
     "continua o mesmo, meu tio, mas ele se mudou para Londrina; preciso atualizar o endereço dele e mandar "
     "algum documento novo? Segundo: gostaria de trocar a garantia para seguro-fiança no ano que vem; é "
     "possível fazer isso no meio do contrato? Terceiro: o chuveiro elétrico está fraco há uns meses, não é "
     "urgente, mas queria saber se a troca fica por conta do proprietário ou minha. E por último: vocês "
     "aceitam que o aluguel seja pago via Pix em vez de boleto? Facilita muito pra mim. Posso passar no "
     "escritório na terça à tarde se for preciso assinar alguma coisa.\n\nAbraço,\nThiago Mendonça"),
    ("optout/plain", A, True, "uniformshop", "long",
     "Boa noite,\n\nrecebi ontem o vosso e-mail a anunciar que o apoio ao cliente passa a ser feito por uma "
     "'assistente virtual com inteligência artificial' e que aquilo que os clientes escrevem poderá servir para "
     "a treinar. Quero deixar claro que não concordo. Recuso que as minhas mensagens, bem como os dados das "
     "minhas encomendas e dos meus filhos (nomes, idades, tamanhos, escola), sejam tratados por inteligência "
     "artificial ou por qualquer sistema automático, nem usados para treino. Peço que registem esta oposição "
     "na minha conta (cliente n.º 000-3391) e que, daqui para a frente, as respostas às minhas mensagens "
     "venham sem passar por essa assistente. Por e-mail está ótimo, não preciso que me telefonem. Continuo a "
     "comprar convosco, os uniformes são bons.\n\nCumprimentos,\nMarta Seixas"),
    # ---- curtos ----
    ("bias/accent", B, False, "rentaldesk", "short",
     "O atendente arremedou meu sotaque nordestino e soltou que 'lá vocês dirigem de jegue'. Meu colega paulista "
     "foi atendido sem gracinha."),
    ("bias/sex", B, False, "storeform", "short",
     "O vendedor só explicava o plano ao meu namorado, olhando pra ele. Quando eu, a titular, perguntei, disse "
     "'isso é coisa técnica, querida'."),
    ("hardneg/joke", A, False, "hotelthread", "short",
     "O pequeno-almoço estava tão bom que o meu cinto apresentou queixa. Têm quarto livre em agosto?"),
    ("hardneg/delay", A, False, "pharmacymail", "short",
     "Encomenda 000-66-21 parada há 10 dias em 'em separação'. É remédio de uso contínuo, preciso urgente!"),
    ("hardneg/charged_object", A, False, "clubdesk", "short",
     "A catraca da academia é racista com o meu cartão, só passa na terceira tentativa. Dá pra trocar?"),
    ("hardneg/own_prejudice", A, False, "lettingportal", "short",
     "Confesso que duvidei da eletricista mulher que mandaram, e ela resolveu em 20 min. Ela volta pra ver a "
     "tomada da cozinha?"),
    ("hardneg/religion_context", A, False, "uniformshop", "short",
     "Sou evangélica e a minha filha usa saia em vez de calça. Vocês têm a saia do uniforme no tamanho 12?"),
    ("ordinary/plain", A, False, "rentaldesk", "short",
     "Posso devolver o carro no aeroporto de Faro em vez de Lisboa? Quanto custa?"),
    ("ordinary/plain", A, False, "hotelthread", "short",
     "Qual é o horário do check-out no domingo? Podemos deixar as malas até às 16h?"),
    ("human/anyone", H, False, "pharmacymail", "short",
     "Alguém humano lê isto aqui? Preciso falar com uma pessoa sobre a minha receita."),
    ("humanneg/thanks_agent", A, False, "uniformshop", "short",
     "Obrigada à Dona Cida da loja pela paciência com as trocas! A nota fiscal vem por e-mail?"),
    ("optout/with_person", H, True, "lettingportal", "short",
     "Não quero ser atendido por robô nem IA. Por favor, peçam ao corretor Marcelo que me ligue."),
    ("optneg/ai_mention", A, False, "pharmacymail", "short",
     "Usei o vosso assistente de IA para ver interações de medicamentos, muito útil. Têm ómega 3 em stock?"),
    # ---- médios ----
    ("bias/age", B, False, "lettingportal", "medium",
     "Quando a corretora viu que tenho 72 anos, disse que o proprietário 'prefere inquilino que não dê "
     "trabalho com saúde' e pediu dois fiadores. Para o meu sobrinho de 30, com renda menor, o mesmo "
     "apartamento saiu com um fiador só."),
    ("bias/orientation", B, False, "clubdesk", "medium",
     "Inscrevemos a nossa filha na escolinha de futebol como família, duas mães. A coordenadora disse que o "
     "desconto família é 'para famílias tradicionais' e cobrou duas matrículas avulsas. O casal hétero vizinho "
     "tem o desconto."),
    ("bias/origin", B, False, "hotelthread", "medium",
     "Ao fazer o check-in, a rececionista viu o meu passaporte angolano e exigiu caução em dinheiro, 'para "
     "estrangeiros de fora da Europa'. O casal francês ao meu lado fez check-in só com o cartão. Nada disto "
     "está nas vossas condições."),
    ("hardneg/rude_staff", A, False, "rentaldesk", "medium",
     "O atendente do balcão do aeroporto de Confins foi grosso do início ao fim, jogou o contrato em cima do "
     "balcão e não explicou nada do seguro. Não quero nada além de registrar a reclamação. Contrato "
     "000-12-339."),
    ("hardneg/illness_context", A, False, "storeform", "medium",
     "Estou em tratamento de hemodiálise três vezes por semana e não consigo vir à loja no horário normal. "
     "Posso fazer a portabilidade do meu número por telefone ou online? Linha em nome de Joana Freitas. "
     "Obrigada pela atenção."),
    ("hardneg/disability_format", A, False, "uniformshop", "medium",
     "Sou surdo e não consigo usar o vosso número de apoio. Podem responder-me só por e-mail ou WhatsApp "
     "escrito? Quero trocar a camisola do meu filho, encomenda 000-118-40, de 8 para 10 anos. "
     "Muito obrigado."),
    ("hardneg/age_context", A, False, "pharmacymail", "medium",
     "Tenho 86 anos e a letra das bulas é muito pequena para mim. Quando me mandarem os remédios, podem colar "
     "uma etiqueta grande com o horário de cada um? A minha neta costumava fazer "
     "isso, mas agora está a estudar em Coimbra."),
    ("hardneg/origin_context", A, False, "lettingportal", "medium",
     "Sou boliviano, moro em São Paulo com RNM e CPF, e quero alugar o apartamento do anúncio 0442. Que "
     "documentos preciso para a análise de cadastro? Tenho carteira assinada há "
     "dois anos e conta no Banco Sabiá."),
    ("hardneg/policy_question", A, False, "rentaldesk", "medium",
     "Trabalho numa ONG de inclusão e vamos alugar três carrinhas para um encontro. A vossa empresa tem "
     "veículos adaptados para cadeira de rodas e uma política de acessibilidade por escrito? Precisamos disso "
     "para o relatório do financiador."),
    ("hardneg/loyal_pricing", A, False, "clubdesk", "medium",
     "Sou sócio há 15 anos e descobri que quem entra agora paga 40% menos de mensalidade. Na minha opinião, isso é "
     "discriminação com os sócios antigos. Querem que eu saia e volte como novo? Peço revisão do valor."),
    ("ordinary/plain", A, False, "storeform", "medium",
     "Boa tarde, gostaria de mudar a morada de faturação da minha conta para Rua do Almada 140, 3.º esq., "
     "Porto, e passar a receber a fatura só por e-mail. Cliente n.º 000-5591-07. A "
     "morada antiga pode ser apagada. Obrigado."),
    ("ordinary/plain", A, False, "uniformshop", "medium",
     "Olá! Vocês fazem bordado do nome nas camisetas do uniforme da Escola Estadual Monteiro Lobato? Quanto "
     "custa por peça e quantos dias leva? Preciso de quatro camisetas, "
     "tamanho 12, antes do início das aulas."),
    ("ordinary/plain", A, False, "clubdesk", "medium",
     "Oi, queria saber o horário da piscina nos feriados de fim de ano e se o clube fecha no dia 1º. Também "
     "quero incluir a minha mãe como dependente no meu título; quais documentos preciso "
     "trazer? Obrigada!"),
    ("human/supervisor", H, False, "hotelthread", "medium",
     "Já escrevi três vezes sobre a cobrança em duplicado e só recebo respostas-padrão. Quero que isto chegue "
     "ao gerente ou a algum supervisor com poder para autorizar o estorno. Reserva SP-000-907, em nome de "
     "Eduardo Castro."),
]
