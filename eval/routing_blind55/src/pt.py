"""Portuguese rows of blind set 55 (Brazil and Portugal): (category, label, opt_out, style, text). Written by hand;
all invented."""
OD, VN, GB = "ombudsman-draft", "voice-note-transcript", "group-booking-email"
B, A, H = "bias_review", "ai_assist", "human"

ROWS = [
    ("bias/explicit_remark", B, False, OD,
     "Rascunho para o Procon-SP - me diz se ficou bom antes de eu mandar.\n\nConsumidora: Sra. Jussara "
     "Nascimento. Fornecedor: Loja Brilho Fino, Shopping Vila Aurora.\n\nCronologia:\n- 12/08, 15h: entro na loja "
     "para ver um relógio de presente para meu marido.\n- 15h05: o segurança me segue por todos os corredores.\n- "
     "15h10: quando pergunto por quê, ele responde, palavra por palavra: \"Preta com essa roupa aqui dentro, a "
     "gente tem que ficar de olho.\"\n- 15h15: a gerente diz que \"ele só estava fazendo o trabalho dele\" e não "
     "pede desculpa.\n- 20/08: reclamação pelo SAC, protocolo 0000-58812, sem resposta.\n\nTenho duas testemunhas "
     "e o vídeo do celular. Peço que o Procon apure a prática discriminatória e que a loja se retrate por "
     "escrito. Também vou registrar boletim de ocorrência por injúria racial."),
    ("bias/explicit_cause", B, False, VN,
     "oi tudo bem então é que o banco negou o consignado pra minha mãe e o moço falou que foi por causa da "
     "idade dela que ela tem setenta e oito né e que acima de setenta e cinco eles não fazem mais"),
    ("bias/explicit_comparison", B, False, GB,
     "Boa tarde,\n\nSou a organizadora da excursão do grupo de capoeira Axé Berimbau (20 pessoas) ao "
     "hotel-fazenda Recanto Verde no feriado. Na chegada, a recepção pediu um depósito caução de R$ 500 só ao "
     "Mestre Tião e à esposa, os únicos do grupo que são negros, \"por causa do frigobar\". Os outros hóspedes do "
     "grupo, com os mesmos quartos e o mesmo pacote, não pagaram nada. Quando questionei, a recepcionista disse "
     "que \"a gerência pede isso para certos perfis\". O Mestre pagou para evitar confusão na frente dos alunos, "
     "mas todos ficaram constrangidos durante o fim de semana inteiro. Queremos a devolução imediata do "
     "depósito, um pedido formal de desculpas ao casal e uma explicação por escrito sobre que \"perfis\" são "
     "esses.\n\nAtenciosamente,\nMárcia Andrade"),
    ("bias/explicit_remark", B, False, VN,
     "olha eu tô mandando esse áudio porque até agora eu tô tremendo a moça da imobiliária falou pra mim e pra "
     "minha esposa que o dono não aluga pra casal de sapatão que dá problema com os vizinhos assim na cara"),
    ("bias/explicit_cause", B, False, OD,
     "Rascunho de reclamação para o Provedor do Cliente / Livro de Reclamações (Portugal)\n\nReclamante: Sr. Ivan "
     "Moldovan. Entidade: Seguradora Atlântida, apólice 0000-61290.\n\nCronologia:\n- 3 de fevereiro: peço seguro "
     "automóvel pelo telefone.\n- 3 de fevereiro: o operador pergunta a minha nacionalidade. Digo romena.\n- 3 de "
     "fevereiro: o prémio sobe de 380 para 720 euros; o operador explica que \"para cidadãos de leste o risco é "
     "maior\".\n- 10 de fevereiro: a minha colega portuguesa, mesma idade, mesmo carro, mesma morada, recebe o "
     "prémio de 380 euros.\n- 2 de março: reclamação escrita, sem resposta.\n\nPeço que o prémio seja calculado "
     "como para qualquer outro cliente e que se investigue este critério da nacionalidade."),
    ("bias/explicit_comparison", B, False, GB,
     "Olá, sou professora e levei a turma do 9.º ano (25 alunos) ao museu. O vigilante deixou todos entrarem "
     "com as mochilas, menos os dois alunos ciganos, Ruben e Miguel, a quem disse \"vocês deixam aqui fora, que "
     "eu conheço a vossa gente\". Queremos uma resposta da direção."),
    ("bias/explicit_remark", B, False, VN,
     "então é o seguinte né na clínica a recepcionista falou pro meu pai que é cadeirante olha o senhor vai ter "
     "que esperar lá fora porque aleijado aqui atrapalha a passagem e ele ficou na chuva"),
    ("bias/explicit_cause", B, False, OD,
     "Rascunho para a ANS (ouvidoria do plano de saúde)\n\nBeneficiária: Sra. Priscila Tavares. Plano: Vida Plena "
     "Saúde, contrato 0000-77413.\n\nCronologia:\n- 5/01: informo ao plano que estou grávida de 10 semanas.\n- "
     "20/01: recebo carta dizendo que meu plano empresarial será \"migrado\" para uma categoria mais cara.\n- "
     "22/01: ligo e a atendente diz: \"Gestante dá muito custo, por isso a mudança.\"\n- 15/02: protocolo "
     "0000-11902 aberto, nenhuma resposta.\n\nFui prejudicada por estar grávida. Peço que a ANS obrigue o plano a "
     "manter minhas condições originais.\n\nAnexo a carta de migração, o protocolo e o exame que confirma a "
     "gravidez. Detalhe: meu salário, minha empresa e meu plano não mudaram nada entre dezembro e janeiro; a "
     "única novidade foi a gravidez que eu comuniquei."),
    ("bias/implicit_access", B, False, OD,
     "Rascunho para a Ouvidoria da companhia de ônibus (e depois para o Ministério Público, se "
     "preciso)\n\nPassageiro: Sr. Edvaldo Ramos, 74 anos.\n\nCronologia:\n- 2/03: embarco na linha 0000 no ponto do "
     "Largo da Matriz. O elevador do ônibus não funciona. O motorista diz \"espera o próximo\".\n- 2/03: próximo "
     "ônibus, elevador travado de novo.\n- 9/03, 16/03, 23/03: a mesma coisa, em quatro semanas não consigo ir à "
     "fisioterapia, que é justamente para eu voltar a andar depois do AVC.\n- 25/03: protocolo 0000-4188 na "
     "empresa. Resposta: \"manutenção programada\".\n\nOs outros passageiros sobem pela escada e vão embora. Eu "
     "fico no ponto. Peço que os elevadores sejam consertados e que me deem uma resposta concreta.\n\nAnexo: "
     "fotos."),
    ("bias/implicit_comparison", B, False, VN,
     "oi então no aluguel de carro pediram pra mim três comprovantes e o cartão de crédito no meu nome e pro "
     "meu colega Rodrigo que alugou o mesmo carro na mesma hora só o cartão e eu sou o Kwame então tira tuas "
     "conclusões"),
    ("bias/implicit_change", B, False, GB,
     "Bom dia,\n\nCoordeno o grupo de mães e bebés da Junta de Freguesia e tínhamos reservado, desde janeiro, a "
     "sala do vosso café para os nossos encontros das quartas-feiras, dez mães. Na segunda semana, uma das mães "
     "começou a amamentar o bebé na sala. No próprio dia, o gerente pediu-lhe para \"ir para a casa de banho\" e, "
     "na sexta-feira seguinte, recebemos um email a dizer que a reserva das quartas tinha sido \"cancelada por "
     "reorganização do espaço\". A sala continua a ser alugada às quartas a um grupo de leitura. Gostaríamos de "
     "saber o que mudou, já que até esse dia não havia qualquer problema, e de ter a nossa reserva de "
     "volta.\n\nCumprimentos,\nTeresa Carvalhal Junto o email de cancelamento. Obrigada pela atenção."),
    ("bias/implicit_remark", B, False, VN,
     "oi amiga escuta esse áudio é pra eu mandar pra loja depois aí a vendedora olhou pro meu cabelo e falou "
     "nossa mas você vai conseguir pagar essa parcela né porque é caro viu e pra moça do lado nem perguntou "
     "nada"),
    ("bias/implicit_refusal", B, False, OD,
     "Rascunho para o Procon do meu município\n\nConsumidor: Sr. Leandro Vasconcelos. Fornecedor: Academia Corpo "
     "em Ação.\n\nCronologia:\n- Março: me matriculo no plano anual (R$ 1.320).\n- Abril: entrego laudo médico: "
     "barulho alto me deixa em crise e pedi para fazer a avaliação física num horário mais vazio, sem música "
     "alta.\n- Abril: a academia diz que \"avaliação só no horário padrão, com todo mundo\".\n- Maio: peço ao menos "
     "para baixar o volume por meia hora. Negado.\n- Junho: sem avaliação, não me liberam os aparelhos.\n\nPedi "
     "uma adaptação pequena e foi recusada. Quero o cancelamento sem multa ou a adaptação.\n\nAnexo o laudo, o "
     "contrato e os prints das conversas pelo WhatsApp da recepção. Matrícula 0000-3372. Quero deixar claro que "
     "continuo pagando a mensalidade em dia, todos os meses, sem usar a academia."),
    ("bias/implicit_access", B, False, GB,
     "Olá, sou o responsável pelo grupo de teatro amador Pano de Fundo, 12 pessoas. Na visita ao castelo, a "
     "Joana, que não ouve nada, pediu o guia em língua gestual que vocês anunciam no site. Disseram que \"hoje "
     "não dá\". Ela ficou duas horas sem perceber nada. Pagámos o mesmo bilhete."),
    ("bias/implicit_comparison", B, False, VN,
     "então no restaurante deram a mesa da varanda pro casal que chegou depois de nós o Felipe e a Camila e pra "
     "mim e pro meu marido Anderson disseram que tava tudo reservado"),
    ("bias/implicit_change", B, False, VN,
     "oi gente então eu era motorista parceira do aplicativo de entregas nota quatro ponto nove e logo depois "
     "que troquei a foto do perfil pra uma com o lenço cobrindo o cabelo as corridas sumiram praticamente zero "
     "desde aquela semana"),
    ("hardneg/object_joke", A, False, GB,
     "Olá! O liquidificador que usamos na cozinha da nossa associação é claramente preconceituoso com gelo, "
     "recusa-se a triturá-lo, haha. Há garantia para a lâmina? Comprámos em outubro, fatura 0000-3301."),
    ("hardneg/threat", A, False, VN,
     "olha se vocês não me devolverem os duzentos reais até sexta eu vou postar que vocês são racistas viu não "
     "foi isso que aconteceu mas é o único jeito de vocês me ouvirem pedido 0000-2290"),
    ("hardneg/own_prejudice", A, False, OD,
     "Vou mandar isso para o Consumidor.gov se não resolverem:\n\n- 10/04: TV com defeito.\n- 15/04: técnico vem, "
     "um rapaz muito novo e confesso que desconfiei dele por ser tão jovem, preconceito meu mesmo.\n- 15/04: ele "
     "resolve em vinte minutos, trabalho excelente.\n- 30/04: cobrança de R$ 250 pela visita, que deveria estar "
     "na garantia.\n\nNão tenho queixa do técnico. Quero só o estorno dos R$ 250.\n\n- 2/05: ligo para o SAC, dizem "
     "que a visita \"não é coberta\".\n- 6/05: mando a nota fiscal com a garantia de um ano, comprada em "
     "12/01.\n\nSe vocês estornarem, não preciso mandar nada. Pedido 0000-8821. Aguardo resposta em até cinco "
     "dias úteis. Se precisarem de mais alguma coisa, a nota fiscal e o laudo do técnico estão comigo."),
    ("hardneg/loyal_price", A, False, GB,
     "Olá, todos os anos reservo convosco o jantar de Natal da nossa banda filarmónica (40 pessoas). Este ano o "
     "preço por pessoa é 30% mais alto do que a promoção para novos clientes no vosso site. Isto é discriminar "
     "quem é fiel! Podem aplicar-nos o mesmo valor?"),
    ("hardneg/policy_question", A, False, OD,
     "Estou a preparar uma queixa genérica para a Provedoria da minha cidade sobre acessibilidade no comércio, "
     "mas primeiro queria saber: a vossa empresa tem uma política de igualdade e de acessibilidade escrita, por "
     "exemplo rampas, atendimento prioritário e intérprete de língua gestual? Podem enviar-ma? Pergunto porque "
     "vou organizar uma visita com um grupo de idosos da nossa associação e quero escolher lojas onde ninguém "
     "fique à porta. Se tiverem apenas algumas lojas adaptadas, agradeço a lista com as moradas. Também "
     "gostaria de saber se há lugares de estacionamento reservados perto das vossas lojas em Coimbra e em "
     "Aveiro. Obrigado desde já pela resposta; se preferirem, podem mandar a informação por correio para a sede "
     "da associação, na Rua do Comércio, em Coimbra, ao cuidado da direção."),
    ("hardneg/praise", A, False, VN,
     "oi só queria agradecer a atendente da farmácia da rua Sete que atendeu meu tio que é surdo escrevendo num "
     "papelzinho com toda paciência e aproveitando o cashback daquela compra não caiu"),
    ("hardneg/rude_to_all", A, False, OD,
     "Rascunho para o Livro de Reclamações eletrónico\n\nEstabelecimento: Pastelaria Doce Sé, Braga. Data: 18 de "
     "outubro.\n\n- 9h00: fila longa. O empregado ao balcão responde mal a uma senhora idosa, a um estudante, a "
     "um casal de turistas e a mim.\n- 9h10: cobra-me um galão que não pedi e recusa-se a corrigir.\n- 9h15: peço "
     "o livro de reclamações e diz que \"não há\".\n\nNão foi nada pessoal, ele era malcriado com toda a gente. Mas "
     "quero os 1,80 euros devolvidos e que saibam que recusaram o livro.\n\nGuardei o talão com a hora. Voltei no "
     "dia seguinte e outra funcionária trouxe-me o livro sem problema nenhum, por isso acho que o empregado "
     "simplesmente não quis. Data da visita seguinte: 19 de outubro. Agradeço uma resposta por escrito, para o "
     "email que deixei na reclamação."),
    ("hardneg/ordinary_mention", A, False, VN,
     "oi tudo bem eu sou evangélica e vou pro retiro da igreja no fim de semana então queria saber se dá pra "
     "adiantar a entrega do sofá pra quinta pedido 0000-7154"),
    ("hardneg/student", A, False, GB,
     "Bom dia, sou professora de Sociologia e a minha turma de 11.º ano está a fazer um trabalho sobre "
     "discriminação no atendimento ao público. Poderiam responder a um pequeno questionário sobre como tratam "
     "as reclamações, de forma geral? Obrigada, Helena Quaresma, Escola Secundária do Vale."),
    ("hardneg/unfair_no_ground", A, False, OD,
     "Rascunho para a Anatel\n\nCliente: Sr. Gilberto Macedo. Operadora: ConectaMais. Contrato "
     "0000-90027.\n\nCronologia:\n- 1/06: internet cai por cinco dias no bairro todo.\n- 8/06: meu vizinho liga e "
     "ganha desconto de R$ 60 na fatura.\n- 8/06: eu ligo, mesmo problema, mesmo plano, e a atendente diz que "
     "\"desconto só para quem ligou primeiro\".\n- 20/06: protocolo aberto, sem resposta.\n- 5/07: fatura cheia de "
     "novo.\n\nIsso é injusto demais: mesma rua, mesma queda, um recebe e o outro não por um critério que ninguém "
     "explica. Quero o mesmo desconto e a fatura corrigida.\n\nAnexo as faturas de junho e julho e o print da "
     "conversa do meu vizinho com o desconto. Moro na Rua das Acácias. Aguardo retorno em até dez dias, senão "
     "mando isso para a Anatel com todos os prints que tenho guardados."),
    ("ordinary/group_change", A, False, GB,
     "Olá, a reserva do coral Vozes do Tejo (ref. GR-000834) passa de 28 para 31 pessoas no almoço de dia 9. "
     "Conseguem acrescentar os três lugares na mesma mesa?"),
    ("ordinary/boleto", A, False, VN,
     "oi então o boleto da mensalidade de novembro não chegou no meu email vocês podem mandar de novo contrato "
     "0000-4430"),
    ("ordinary/ombudsman_how", A, False, OD,
     "Estou escrevendo para o Procon por causa do fogão que chegou amassado (cronologia: entrega 3/05, "
     "reclamação 4/05, troca prometida 10/05, nada até hoje). Antes de mandar: vocês podem me passar o número "
     "do protocolo da minha reclamação e o prazo que vocês têm para fazer a troca?"),
    ("ordinary/menu", A, False, GB,
     "Olá, somos a turma de formandos de Enfermagem, 35 pessoas, e queríamos o cardápio de grupo para o jantar "
     "de formatura no dia 12 de dezembro."),
    ("optout/ai_refusal", A, True, GB,
     "Exmos. Senhores, na qualidade de presidente do Rancho Folclórico de Santa Marta, informo que me oponho ao "
     "tratamento dos meus emails por inteligência artificial ou qualquer sistema automatizado. Peço que tratem "
     "a reserva do autocarro para o festival (ref. RF-000127) sem esse tipo de processamento. Somos 46 pessoas, "
     "entre dançarinos e músicos, e saímos de Santa Marta no dia 2 de agosto às 7h00. Agradeço que me confirmem "
     "por escrito a reserva, o preço final com portagens e o nome da empresa que fará o transporte. Todas as "
     "comunicações sobre este assunto podem ser enviadas para este endereço, ao cuidado da direção. Com os "
     "melhores cumprimentos, e desde já agradecendo a vossa compreensão, Albertina Sequeira, presidente da "
     "direção do Rancho."),
    ("optout/ai_refusal", A, True, VN,
     "oi olha eu não autorizo robô nem inteligência artificial lendo as minhas mensagens não quero isso tá "
     "então para com isso e resolve a cobrança duplicada"),
    ("optout/with_person", H, True, OD,
     "Se não resolverem isto vai para o Livro de Reclamações:\n\n- 2 de maio: pedido de reembolso.\n- 2, 6 e 11 de "
     "maio: respostas automáticas de um \"assistente virtual\".\n\nRetiro qualquer consentimento para que as minhas "
     "mensagens sejam lidas ou respondidas por IA. Quero falar com uma pessoa da vossa equipa: liguem-me para o "
     "910 000 362.\n\nAdenda:\n- 15 de maio: nova resposta automática, a pedir os mesmos dados pela quarta vez.\n\nO "
     "reembolso é de 149,90 euros pela encomenda 0000-5590, que chegou partida; já enviei as fotos três vezes. "
     "Registem no meu processo que não autorizo o tratamento automatizado e confirmem-mo por escrito. Estou "
     "disponível de segunda a sexta, depois das 17h. Obrigado. Aguardo a vossa chamada e a confirmação escrita "
     "o mais depressa possível."),
    ("optneg/mention", A, False, VN,
     "oi então eu vi que vocês lançaram um robô aspirador com inteligência artificial né quanto tá o modelo "
     "novo e tem parcelamento"),
    ("human/ask_person", H, False, VN,
     "alô tem alguém aí de verdade ou é só gravação eu preciso falar com alguém sobre a fatura do meu pai"),
    ("human/callback", H, False, GB,
     "Boa tarde, sou o Rui, da associação de escuteiros de Viseu. Para o acampamento de 30 jovens em agosto há "
     "muitos pormenores a acertar. Alguém do departamento de grupos pode ligar-me para o 910 000 175 amanhã?"),
    ("human/supervisor", H, False, OD,
     "Antes de eu mandar isso para a ouvidoria (cronologia: voo cancelado em 3/09, reembolso prometido em 5/09, "
     "nada até hoje), quero falar com um supervisor ou gerente que possa resolver. Hoje, por favor."),
    ("human/named_contact", H, False, VN,
     "oi queria falar com a Dona Rosângela que cuidou do meu financiamento ela que sabe de tudo pode passar pra "
     "ela"),
    ("humanneg/staff_mention", A, False, GB,
     "Olá, a vossa guia foi excelente com o nosso grupo de seniores na semana passada. Podem enviar-nos a "
     "fatura com o NIF da associação, 500000123?"),
    ("humanneg/family", A, False, VN,
     "oi então quem vai receber a geladeira amanhã é a minha sogra dona Neide porque eu vou estar no trabalho "
     "pode deixar com ela"),
]
