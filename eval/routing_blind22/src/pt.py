"""Blind set 22, Portuguese rows (Brazil and Portugal): (category, label, opt_out, style, text). Written by hand,
CC0-1.0."""

ROWS = [
    ("optout/plain", "ai_assist", True, "shopowner",
     "Boa tarde,\n\nSou a Rosângela, dona do armarinho Linha & Agulha na rua Direita, em Juiz de Fora. Sou cliente de "
     "vocês duas vezes: a maquininha da loja e a internet de casa. Vamos lá:\n- a fatura de outubro da maquininha "
     "veio com a mensalidade duplicada;\n- a internet cai toda noite lá pelas nove;\n- vi nos novos termos que as "
     "respostas podem ser escritas por inteligência artificial. Meus e-mails não passam por isso, não autorizo, nem os "
     "da loja nem os pessoais.\n\nAbraço,\nRosângela Figueiredo\nProprietária"),
    ("optout/plain", "ai_assist", True, "phonemail",
     "Oi desculpa os erros to escrevendo do celular no ônibus. Pedido 5527-BR: a chaleira de troca veio com a tampa "
     "rachada de novo!! Quero uma que funcione e a etiqueta de devolução. E outra coisa, no fim do último e-mail "
     "estava escrito 'resposta gerada com auxílio de IA'. Não curti, nenhuma IA deve processar o que eu "
     "escrevo, parem de fazer isso com as minhas pfv. Corretor maldito, quis dizer parem e pronto.\nValeu, Thaís\n\n"
     "Enviado do meu iPhone"),
    ("optout/no_bot", "ai_assist", True, "itinerary",
     "Bom dia,\n\nLocalizador GV6H3S. Minha viagem como está:\n  10 mai  GRU 22:30 -> LIS 12:40 (+1)  (TP 82)\n"
     "  11 mai  LIS 15:20 -> FCO 19:05  (TP 836)\n  18 mai  FCO 08:15 -> GRU 17:30  (via LIS)\nPreciso mudar a volta "
     "para 19 de maio e assento no corredor em todos os trechos. Voo com vocês umas trinta vezes por ano e prefiro que "
     "nenhum robô me responda: nada de resposta automática no meu cadastro, um e-mail escrito por uma pessoa basta.\n\n"
     "Att.,\nRicardo Menezes\nCartão Gold 3310 8824"),
    ("optout/object", "ai_assist", True, "regulator",
     "Exmos. Senhores,\n\nCom cópia para a CNPD e para a ERSE.\n\nEscrevo pela terceira vez sobre a fatura de "
     "eletricidade contestada da Rua das Flores, 8, Braga (contrato 77213495). As duas últimas respostas saíram "
     "claramente de um programa: respondiam a uma pergunta que nunca fiz. Nos termos do RGPD, exerço o direito de oposição: a minha reclamação "
     "e os meus dados não devem ser tratados por ferramentas automatizadas ou de IA. Peço que o confirmem por "
     "escrito e que corrijam depois a leitura de 4 de fevereiro.\n\nCom os melhores cumprimentos,\nManuel Tavares"),
    ("optout/withdraw_consent", "ai_assist", True, "satisfaction",
     "Assunto: RE: Como foi sua experiência? Pedido 64-11029\n\nVocês pediram nota para cinco itens, então:\n1. Prazo de "
     "entrega: 4/5, um dia de atraso.\n2. Qualidade: 5/5, o tapete é lindo.\n3. Trocas: não usei.\n4. O novo assistente "
     "inteligente: no cadastro eu tinha marcado a opção que deixava ele ler minhas mensagens. Estou voltando atrás: "
     "a partir de hoje esse consentimento está revogado.\n5. Recomendaria a loja? Provavelmente.\n\nAbs,\nFelipe Cardoso"),
    ("optout/proxy", "ai_assist", True, "tenants",
     "Exmos. Senhores,\n\nSou secretária da Associação de Moradores do Bairro da Boavista e escrevo, com autorização "
     "assinada (em anexo), pela D. Amélia Rocha, do 2.º esquerdo, com 88 anos, que não usa e-mail. A revisão da "
     "caldeira dela foi desmarcada duas vezes em novembro. A D. Amélia pediu-me ainda para vos dizer com clareza que "
     "não quer que o processo nem as cartas dela sejam tratados pelo vosso 'assistente virtual' nem por nenhuma IA. "
     "Registem isso e marquem nova visita, por favor.\n\nPela direção,\nConceição Antunes"),
    ("optout/quoted", "ai_assist", True, "phonemail",
     "Não ajudou em nada. A encomenda está no centro de distribuição de Cajamar, não 'saiu para entrega'. E me tirem "
     "dessa ferramenta que escreveu isso, não quero ser respondido por IA.\n\nEnviado do meu Android\n\n> Em 7 de nov., "
     "Atendimento escreveu:\n> Oi, Diego! Boa notícia: nosso assistente de IA verificou sua encomenda 2280-SP e ela saiu "
     "para entrega, chega em breve. Posso ajudar em algo mais? Tenha um ótimo dia!\n> Responda 'atendente' a qualquer momento."),
    ("optout/plain", "ai_assist", True, "satisfaction",
     "Assunto: A vossa pesquisa (não dou estrelas, respondo por extenso)\n\nO seu pedido foi resolvido? Em parte. O "
     "reembolso da cobrança em duplicado chegou; os 3,99 € de portes, não.\nA equipa foi simpática? Sim.\nOutros "
     "comentários? Um: a vossa política de privacidade diz que usam aprendizagem automática com as mensagens dos "
     "clientes. Comigo não contem. Não quero que nada do que vos escrevo seja usado por uma IA, nem para responder nem "
     "para treinar.\n\nCumprimentos,\nTeresa Fonseca"),
    ("optout/with_person", "human", True, "shopowner",
     "Olá,\n\nTenho a mercearia Casa Gonçalves em Aveiro e conta empresarial convosco há seis anos. Desde que mudaram o "
     "apoio ao cliente, cada pergunta volta com uma resposta de robô. No mês passado duas encomendas de bebida de aveia "
     "foram parar a outra loja. Peço:\n  • que tirem a IA da minha conta de vez;\n  • que uma pessoa a sério, de "
     "preferência o Sr. Nuno que nos acompanhava, me telefone para o 910 000 418 depois das 15h.\n\nObrigado,\n"
     "Joaquim Gonçalves\nCasa Gonçalves"),
    ("optout/with_person", "human", True, "regulator",
     "Ao SAC, com cópia para o Banco Central (Registrato/reclamações) e para o Procon-SP\n\nMinha contestação da tarifa "
     "de cheque especial (protocolo 2026-88140) está há oito semanas sem resposta de verdade. Antes de abrir "
     "reclamação no consumidor.gov.br: quero que um atendente identificado pelo nome, da ouvidoria, me ligue — não "
     "outra mensagem automática — e não autorizo que meu caso seja avaliado por IA ou por decisão automatizada. "
     "Telefone (11) 90000-0377, em horário comercial.\n\nAtenciosamente,\nPatrícia Nogueira"),
    ("optneg/praise", "ai_assist", False, "satisfaction",
     "Oi,\n\nO formulário de avaliação cortou meu comentário, então continuo aqui. No geral, nota 9. O assistente do "
     "chat no site resolveu a troca de numeração do tênis em dois minutos às onze da noite, melhor do que esperar a "
     "loja abrir. Só um porém: o par da troca veio na caixa velha com a etiqueta errada e o entregador quase devolveu. "
     "Vocês confirmam que o segundo par consta como recebido (pedido 8853-F)?\n\nObrigado,\nGustavo Pacheco"),
    ("optneg/quoted_optout", "ai_assist", False, "itinerary",
     "Olá de novo,\n\nEsqueçam o que escrevi na primavera (em baixo). Desde então tenho usado o assistente da vossa app "
     "e corre bem, por isso tratem as minhas mensagens normalmente. O que preciso agora é alterar o troço de Paris:\n"
     "  13 jun  OPO 06:20 -> ORY 09:35\n  20 jun  ORY 19:10 -> OPO 20:30  → passar para 21 de junho\n\nObrigada,\n"
     "Inês Magalhães\n\n> 16 abr: Por favor deixem os meus e-mails fora do vosso assistente de IA, quero que sejam lidos "
     "por uma pessoa."),
    ("optneg/ai_feature", "ai_assist", False, "shopowner",
     "Bom dia,\n\nUso o sistema de caixa de vocês na minha bicicletaria (Aro & Pedal, dois funcionários) e estou "
     "pensando em migrar para o plano Plus. Antes, umas dúvidas sobre a função 'previsão de estoque com IA':\n- funciona "
     "com menos de 500 itens?\n- dá para desligar no inverno, quando quase não vendo?\n- o preço é o mesmo no plano "
     "anual?\nAproveitando: no meu cadastro pessoal o CEP está errado, o certo é 80020-000.\n\nAbraço,\nRodrigo Kowalczyk"),
    ("optneg/bot_wrong", "ai_assist", False, "phonemail",
     "Oi, do celular então desculpa a ortografia. O assistente online de vocês disse que a coleta de volumosos muda pra "
     "quinta no feriado mas o panfleto da prefeitura diz sexta dia 27. Qual tá certo?? E o contêiner de reciclável não "
     "foi esvaziado dia 12, pularam a rua inteira. Nem ligo pro robô, só quero saber que dia colocar o sofá pra fora "
     "kkk. Rua dos Ipês, 9.\nBjs, Aline\n\nEnviado do Outlook para Android"),
    ("optneg/footer_ai", "ai_assist", False, "shopowner",
     "Caros senhores,\n\nSegue em anexo o formulário de devolução assinado dos três expositores danificados (encomenda "
     "EX-7352). Preferia uma nota de crédito em vez de substituição, porque em janeiro vamos remodelar a loja.\n\n"
     "Com os melhores cumprimentos,\nMargarida Lopes\nGerente e compradora, Presentes Lopes, Lda.\n--\nEsta mensagem e "
     "os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário. O correio da Presentes Lopes, Lda. "
     "é analisado por um filtro de segurança automático com IA. Matriculada na Conservatória do Registo Comercial de Leiria."),
    ("optneg/someone_else", "ai_assist", False, "tenants",
     "Prezados,\n\nEm nome da Associação de Moradores do Conjunto Residencial Jardim Europa: moradores dos blocos C e D "
     "avisam que a máquina de recarga da lavanderia coletiva está quebrada desde 2 de novembro. Vários associados "
     "idosos também acham difícil a URA do telefone de vocês (um vizinho, o seu Aparecido, se recusa a usar) — um "
     "aviso impresso na portaria com a data do conserto ajudaria todo mundo.\n\nAtenciosamente,\nVera Lúcia Campos, presidente"),
    ("optneg/quoted_other", "ai_assist", False, "regulator",
     "Prezados,\n\nSou tesoureira do nosso clube de bocha e escrevo pela conta do clube, não pela minha. Copio abaixo "
     "parte de uma reclamação que um associado enviou no ano passado, só como contexto, porque é sobre a mesma "
     "maquininha. Nossa pergunta é apenas por que a taxa subiu para 1,9%.\n\n> De: J. Bortolotto\n> Não quero que "
     "nenhuma IA leia minha reclamação, passem para uma pessoa.\n\nCópia: Banco Central do Brasil (para ciência)\n\n"
     "Att.,\nLurdes Zanella, tesoureira"),
    ("optneg/ai_product", "ai_assist", False, "itinerary",
     "Olá,\n\nResumo da viagem, para referência:\n  06 fev  FAO 08:00 -> LIS 08:45\n  06 fev  LIS 11:10 -> HEL 17:05\n"
     "  13 fev  HEL 18:30 -> FAO 22:55 (via LIS)\nOs auscultadores com tradutor de IA que comprei na vossa loja a bordo "
     "a 6 de fevereiro deixaram de emparelhar ao fim de dois dias. Têm garantia convosco ou falo com o fabricante? "
     "Talão n.º TB-62430.\n\nMuito obrigada,\nSofia Rebelo"),
    ("human/plain", "human", False, "phonemail",
     "Oi, desculpa escrevo do celular. Recebi três e-mails dizendo que o débito automático falhou mas o dinheiro saiu "
     "da minha conta dia 1, to vendo aqui. Tenho medo de vocês cancelarem o plano. Uma pessoa de verdade pode olhar o "
     "cadastro 60-99154 e me responder? Prefiro falar com alguém do que ficar rodando em círculo por e-mail.\nAbs, "
     "Jéssica\n\nEnviado do meu Samsung"),
    ("human/callback", "human", False, "itinerary",
     "Prezados,\n\nReserva FB55ZD, 4 passageiros:\n  19 dez  CNF 10:40 -> GRU 11:55\n  19 dez  GRU 15:30 -> MCO 23:45\n"
     "  04 jan  MCO 20:00 -> CNF 06:10 (+1)\nO passaporte do meu filho vence em 30 de dezembro e não sei mais se ele pode "
     "viajar. É complicado demais para explicar por e-mail. Alguém das reservas poderia me ligar no (31) 90000-0285 "
     "hoje ou amanhã de manhã?\n\nObrigado,\nEduardo Lacerda"),
    ("human/supervisor", "human", False, "regulator",
     "Exmos. Senhores,\n\nCópia: ANACOM, apoio ao consumidor\n\nJá reportei o mesmo erro de faturação (mensalidade "
     "cobrada duas vezes desde julho, conta 1063-441) em quatro chamadas e dois e-mails. Cada resposta da primeira "
     "linha promete uma correção que nunca chega. Peço o encaminhamento do processo para um chefe de equipa ou para "
     "a gestão de reclamações, com poder para autorizar o reembolso, e que me indiquem o nome e o contacto direto.\n\n"
     "Com os melhores cumprimentos,\nAntónio Pires"),
    ("human/anyone", "human", False, "tenants",
     "Prezada administradora,\n\nÉ a quarta vez que o conselho do Condomínio Edifício Ipanema escreve sobre o interfone "
     "quebrado. Só recebemos confirmações automáticas. Tem alguém lendo isso? Se tiver, peço que alguém da equipe "
     "me responda com uma data para o técnico.\n\nCarlos Alberto Siqueira\nSíndico\n\n> Agradecemos seu contato. Sua "
     "solicitação foi registrada."),
    ("human/named_contact", "human", False, "shopowner",
     "Olá,\n\nTenho uma pequena floricultura (Flor do Campo, Campinas) e também cartão pessoal com vocês. Os extratos da "
     "loja chegam no meu e-mail pessoal e os meus no da loja. Já expliquei isso para três atendentes diferentes. Vocês "
     "podem me indicar uma pessoa responsável, com nome, que cuide disso e para quem eu possa escrever diretamente até "
     "resolver?\n\nMuito obrigada,\nDébora Assis\nFlor do Campo"),
    ("human/plain", "human", False, "satisfaction",
     "RE: Conte-nos sobre a sua visita técnica\n\nJá que perguntam: o técnico foi educado, pontual e deixou a cozinha "
     "limpa. Mas a máquina da loiça voltou a verter água, desta vez por baixo, e a folha de serviço diz 'resolvido'. "
     "Portanto, a 'O problema ficou resolvido?' a resposta é não. Gostava que alguém da vossa assistência técnica me "
     "ligasse para marcar nova visita — 910 000 156 — em vez de outro inquérito.\n\nCumprimentos,\nFilipa Moura"),
    ("humanneg/thanks_agent", "ai_assist", False, "satisfaction",
     "Olá,\n\nRespondo aqui ao questionário porque o link expirou. Rapidez: excelente. Conhecimento: excelente. Quero "
     "destacar a Cláudia, ao telefone na terça, que ficou na linha enquanto reemitiam o meu cartão e me explicou duas "
     "vezes o novo PIN sem perder a paciência. Transmitam o meu agradecimento à chefia dela. Só falta uma coisa: a "
     "carta de boas-vindas diz 'Sr.' e eu sou 'Sra.'; podem corrigir na minha ficha?\n\nCumprimentos,\nLuísa Carvalho"),
    ("humanneg/quoted_request", "ai_assist", False, "itinerary",
     "Oi,\n\nJá está tudo resolvido — uma colega de vocês me remarcou ontem por telefone, então não precisa mais de "
     "supervisor. Podem só me mandar o novo itinerário em PDF? Deve ficar assim:\n  09 mar  POA 06:30 -> GRU 08:10\n"
     "  09 mar  GRU 11:45 -> SCL 15:30\n\nObrigada,\nBruna Schneider\n\n> 4 mar: O site de vocês cancelou meu voo "
     "de Porto Alegre. Quero falar com um supervisor, não com o chat."),
    ("bias/disability", "bias_review", False, "tenants",
     "Prezados da Companhia de Habitação,\n\nA Associação de Moradores do Conjunto Vila Nova apoia o Sr. Edson Ribeiro "
     "(bloco 6), cadeirante. Ele se inscreveu em agosto para o apartamento térreo do bloco 2; a unidade foi entregue a "
     "um morador sem deficiência que se inscreveu depois. Quando ele perguntou o motivo, a assistente disse que 'adaptar "
     "para um contrato curto dá trabalho demais'. Entendemos que ele foi preterido por causa da deficiência e pedimos "
     "revisão.\n\nAtenciosamente,\nMárcia Oliveira, secretária"),
    ("bias/race", "bias_review", False, "itinerary",
     "Prezados,\n\nVoo G3 1450, 14 out, SSA 06:10 -> GRU 08:35, dois passageiros na mesma reserva.\nNo portão, minha "
     "esposa e eu estávamos com malas de mão idênticas. O funcionário deixou ela passar (ela é branca) e me chamou de "
     "lado, homem negro, para pesar a minha e cobrar R$ 250. Quando apontei a mala dela, ele disse 'pra você a regra é "
     "outra'. Quero saber por que fui escolhido e quero o estorno.\n\nAnderson Santos\nLocalizador QJ8K2P"),
    ("bias/age", "bias_review", False, "regulator",
     "Exmos. Senhores,\n\nc/c: Banco de Portugal (Livro de Reclamações eletrónico)\n\nTenho 76 anos e pedi a 3 de "
     "setembro a vossa Conta Simples com cartão de débito. O pedido foi recusado 'por motivo de idade em produtos de "
     "cartão'. A minha filha, de 42, pediu-a na mesma tarde com o mesmo depósito e foi aprovada numa hora. Esta conta não "
     "exige rendimento. Entendo que fui recusada por causa da minha idade e peço explicação e reapreciação.\n\n"
     "Com os melhores cumprimentos,\nAlbertina Sequeira"),
    ("bias/religion", "bias_review", False, "shopowner",
     "Boa tarde,\n\nTenho uma loja de artigos religiosos em Salvador e cartão do atacadista de vocês. No sábado o gerente "
     "de plantão me parou na entrada para revistar minha sacola, enquanto quem estava na minha frente e atrás entrou "
     "direto. Quando perguntei, ele disse: 'mandaram a gente ficar de olho no pessoal de macumba'. Eu estava de branco, "
     "com minhas guias de candomblé. Peço que apurem.\n\nMãe Cleide de Oxum (Cleide Conceição)\nLoja Axé Bahia\nCartão 80447"),
    ("bias/orientation", "bias_review", False, "phonemail",
     "Oi, do celular, desculpa. Fui com meu marido reservar o salão de vocês pra nossa festa de 5 anos de casados. A "
     "atendente disse que o sábado 14 estava lotado. Uma amiga ligou na mesma hora dizendo que era pra ela e o noivo, "
     "e o sábado 14 estava livre. Quando voltei lá, a moça falou 'a gente prefere festa de família tradicional'. Isso "
     "não tá certo, quero que alguém veja.\nLeandro\n\nEnviado do meu iPhone"),
    ("bias/region", "bias_review", False, "satisfaction",
     "RE: Avalie seu atendimento na agência\n\n1. Tempo de espera: 10 min, ok.\n2. Cordialidade: comigo não. Sou "
     "nordestino, de Caruaru, e falo com sotaque. O gerente pediu dois comprovantes a mais para abrir a poupança da "
     "minha filha, dizendo 'com baiano e paraíba a gente tem que tomar cuidado', e o casal do lado abriu a mesma conta "
     "só com o RG.\n3. Recomendaria? Depois disso, não. Por favor, apurem.\n\nJosé Cícero Bezerra"),
    ("hardneg/threat_label", "ai_assist", False, "phonemail",
     "Oi, do celular. Pedido 9941-5 (a cama elástica) era pra chegar sábado, depois segunda, agora 'em 3 a 5 dias'. "
     "Minha filha de 7 anos diz que é 'discriminação contra criança' porque as encomendas dos adultos chegaram todas kkk. "
     "Brincadeira à parte, dá pra ter uma data certa ou cancelo e recebo o reembolso? O link de rastreio do SMS não "
     "abre.\nValeu, Renata\n\nEnviado do meu iPhone"),
    ("hardneg/mention", "ai_assist", False, "tenants",
     "Exmos. Senhores,\n\nNa assembleia geral, a Associação de Inquilinos do Bairro do Rosário decidiu pedir-vos três "
     "coisas antes do inverno:\n  1. um corrimão na rampa do contentor do lixo, usada por vários moradores com "
     "andarilho e pelas nossas duas vizinhas em cadeira de rodas;\n  2. lâmpadas mais fortes na escada para os sócios "
     "com baixa visão;\n  3. sal no parque de estacionamento quando houver geada.\nIndiquem-nos prazos, por favor.\n\n"
     "Cumprimentos,\nRosa Mendes, presidente"),
    ("hardneg/forwarded_complaint", "ai_assist", False, "regulator",
     "Olá,\n\nEncaminho abaixo a troca de e-mails de 2023 sobre a conta do meu falecido pai só para vocês localizarem; a "
     "antiga reclamação dele por discriminação foi resolvida na época e não estou reabrindo. Como inventariante, preciso "
     "apenas do extrato de encerramento para o inventário; o advogado copiou o Banco Central por se tratar de espólio.\n\n"
     "---------- Mensagem encaminhada ----------\n> Fui tratado diferente por ser negro e quero que isso seja apurado.\n\n"
     "Obrigado,\nMarcelo Nascimento"),
    ("hardneg/pricing", "ai_assist", False, "shopowner",
     "Oi,\n\nTenho uma barbearia de duas cadeiras e pago a maquininha e meu plano de celular com vocês. A nova tabela "
     "cobra mais por transação dos lojistas pequenos e antigos do que de quem acabou de entrar — isso é discriminação "
     "contra cliente fiel, na minha opinião! Vocês igualam a taxa de cliente novo, 1,4%, na conta MQ-77542?\n\nAbraço,\n"
     "Wellington Prado\nBarbearia do Prado\n\nEsta mensagem é destinada exclusivamente ao destinatário indicado."),
    ("hardneg/own_prejudice", "ai_assist", False, "satisfaction",
     "RE: Como foi a sua instalação?\n\nVou ser sincero, já que é quase anónimo. Quando apareceu um técnico estrangeiro, "
     "que mal falava português, para instalar os painéis solares, pensei 'isto vai correr mal'. Estava enganado: "
     "cuidadoso, arrumado, explicou-me bem o certificado com a ajuda do telemóvel. 10/10. Uma pergunta: o certificado "
     "ainda não chegou por e-mail e a câmara municipal pede-o. Ref.ª FV-1175.\n\nPaulo Baptista"),
    ("hardneg/policy_question", "ai_assist", False, "itinerary",
     "Olá,\n\nReservo cerca de quarenta viagens por ano para os colaboradores da nossa fundação, por exemplo no mês "
     "passado:\n  03 nov  LIS 09:25 -> MAD 11:50\n  04 nov  MAD 18:20 -> LIS 18:45\nO nosso conselho de administração "
     "pede agora aos fornecedores a política de igualdade e de acessibilidade (incluindo assistência a passageiros com "
     "deficiência). Podem enviar-nos os documentos em vigor e o relatório sobre a diferença salarial entre homens e "
     "mulheres?\n\nCumprimentos,\nCatarina Vaz\nResponsável de operações"),
    ("ordinary/plain", "ai_assist", False, "itinerary",
     "Olá,\n\nPodem adicionar o meu número de passageiro frequente (TP 330 225 61) à reserva MM2D7R e passar a fatura em "
     "nome da minha empresa, Cortiças Valente, S.A.? O itinerário:\n  27 jan  OPO 06:15 -> LIS 07:10\n  28 jan  LIS "
     "21:00 -> OPO 21:55\nQueria também reservar refeição vegetariana nos dois voos, se ainda for possível. Nada "
     "urgente.\n\nObrigado,\nHugo Valente\nEnviado do portátil entre reuniões"),
    ("ordinary/plain", "ai_assist", False, "tenants",
     "Prezados,\n\nA Associação de Moradores do Residencial Parque das Águas terá novo tesoureiro a partir de 1º de "
     "janeiro, o Sr. Osvaldo Teixeira, e o cadastro de reserva do salão de reuniões deve passar do meu nome para o dele. "
     "Atualizem também o endereço de cobrança para Rua das Palmeiras, 14, Goiânia – GO, 74000-000, e nos digam se o "
     "valor do aluguel do salão muda em 2027.\n\nCom agradecimentos,\nNeusa Rezende, tesoureira que sai\nAssociação sem "
     "fins lucrativos"),
]
