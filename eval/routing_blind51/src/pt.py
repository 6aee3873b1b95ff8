"""Blind set 51, Portuguese (Brazil and Portugal, row by row). Each row: (category, label, opt_out, style, text).
Written by hand; all invented."""

ROWS = [
    # --- bias (8: 4 explicit, 4 implicit) ---
    ("bias/explicit_remark", "bias_review", False, "complaint-letter",
     "RECLAMAÇÃO FORMAL - Código de Defesa do Consumidor (Lei 8.078/1990), arts. 6º e 39, e Lei 7.716/1989\n"
     "Loja Vitrine Paulista, unidade Shopping Jardim Sul - compra do dia 2 de novembro\n\n"
     "Prezados senhores,\n\n"
     "1. No dia 2 de novembro, por volta das 15h, entrei na loja com minha filha de 14 anos para comprar um tênis. "
     "Desde a entrada, um segurança nos seguiu de corredor em corredor.\n"
     "2. Quando fomos ao caixa, ele pediu para revistar a mochila da minha filha e disse, em voz alta: \"aqui preto "
     "não sai sem revista, é a regra da casa\".\n"
     "3. Três clientes brancas saíram na nossa frente com sacolas e mochilas sem que ninguém as abordasse.\n"
     "4. Tenho o cupom fiscal do tênis (R$ 389,90) e o nome do gerente de plantão, que presenciou tudo e não fez "
     "nada.\n\n"
     "Solicito: (a) retratação por escrito da empresa; (b) informação sobre as medidas tomadas em relação ao "
     "segurança e à empresa terceirizada; (c) resposta em até 10 dias. Este documento também será protocolado no "
     "Procon.\n\nAtenciosamente,\nAndréa Cristina Barbosa"),
    ("bias/explicit_remark", "bias_review", False, "chat-transcript",
     "[conversa anterior]\nAssistente: Olá! Qual o imóvel que lhe interessa?\nEu: o T2 na Rua das Flores, ref. "
     "LX-00361\nAssistente: Um consultor vai contactá-lo.\n[fim]\n\n"
     "Mensagem nova: O consultor ligou-me hoje. Assim que ouviu o meu sotaque disse: \"olhe, o senhorio já avisou "
     "que não quer brasileiros, não vale a pena\". Tenho contrato sem termo e fiador. A vossa agência aceita isto?"),
    ("bias/explicit_stated_cause", "bias_review", False, "callback-form",
     "Assunto: Inclusão de dependente\nMensagem: Negaram incluir meu marido no plano \"porque casal de dois homens "
     "não entra como cônjuge\". Temos certidão de casamento."),
    ("bias/explicit_stated_cause", "bias_review", False, "complaint-letter",
     "RECLAMAÇÃO - Livro de Reclamações Eletrónico; Decreto-Lei 156/2005 e Lei 93/2017 (proibição da "
     "discriminação)\nGinásio Corpo Ativo, Matosinhos - sócia n.º 0000-4417\n\n"
     "Exmos. Senhores,\n\n"
     "1. Sou sócia do vosso ginásio desde janeiro, com mensalidade de 39,00 € paga por débito direto.\n"
     "2. No dia 20 de outubro comentei com o instrutor, Sr. Rui Pacheco, que estava grávida de três meses e que a "
     "minha obstetra me tinha recomendado manter as aulas de hidroginástica.\n"
     "3. No dia seguinte recebi um email da receção a suspender a minha inscrição \"porque grávidas não treinam cá, é "
     "um risco que não assumimos\". Não me pediram declaração médica nem me propuseram outra modalidade.\n"
     "4. A mensalidade de novembro foi cobrada na mesma.\n\n"
     "Peço: (a) a reativação imediata da minha inscrição, podendo apresentar a declaração médica se for necessária a "
     "qualquer sócio; (b) o reembolso da mensalidade de novembro se a reativação não for possível; (c) resposta "
     "escrita no prazo de 15 dias úteis.\n\n"
     "Com os melhores cumprimentos,\nMariana Loureiro Sousa"),
    ("bias/implicit_comparison", "bias_review", False, "callback-form",
     "Assunto: Abertura de conta\nContacto preferido: email\nMensagem: Eu e a minha colega Beatriz Almeida "
     "pedimos a mesma conta-ordenado no mesmo dia, na mesma agência de Odivelas, com o mesmo contrato de trabalho e o "
     "mesmo ordenado. A conta dela ficou aberta na hora. A mim, Aisha Mbemba, pediram três meses de extratos, uma "
     "declaração da entidade patronal e disseram que a abertura \"fica em análise\". Já passaram três semanas. "
     "Gostava de perceber o que é diferente."),
    ("bias/implicit_access_barrier", "bias_review", False, "chat-transcript",
     "--- conversa anterior ---\n"
     "Bot: Para contratar o seguro residencial na agência, basta o titular assinar no tablet.\n"
     "Eu: minha mãe não consegue ler o tablet, a atendente pode ler pra ela?\n"
     "Bot: O titular deve ler e assinar o termo no tablet.\n"
     "--- fim ---\n\n"
     "Mensagem nova: Vou explicar de novo. Minha mãe, dona Iracema, tem 66 anos e não enxerga nada desde os "
     "quarenta. Ela assina o nome dela direitinho, só precisa que alguém leia o termo em voz alta. A atendente da "
     "agência do Centro de Campinas se recusou a ler, disse que \"não pode\" e que ela tinha que voltar \"com um "
     "responsável\". Minha mãe é a responsável, ela é a dona da casa e a titular da conta há trinta anos. No "
     "guichê do lado, outra atendente leu o contrato inteirinho em voz alta pra um senhor que tinha esquecido os "
     "óculos. A gente quer contratar o seguro da casa na agência, com a leitura feita por vocês, sem precisar "
     "trazer ninguém. É possível? E por que pra um cliente podia e pra ela não?"),
    ("bias/implicit_change_after", "bias_review", False, "complaint-letter",
     "RECLAMAÇÃO - Livro de Reclamações; Decreto-Lei 91/2018 (serviços de pagamento) e Lei 93/2017\n"
     "Banco Atlântida, conta n.º 0000 0000 1192\n\n"
     "Exmos. Senhores,\n\n"
     "1. Abri a conta online em agosto com o meu cartão de residência. Funcionou sem qualquer problema durante dois "
     "meses, com o meu ordenado a entrar todos os meses.\n"
     "2. A 14 de outubro, o cartão de residência estava a ser renovado e, a pedido da vossa aplicação, carreguei o "
     "meu passaporte como documento de identificação.\n"
     "3. Dois dias depois a conta foi bloqueada \"por motivos de conformidade\", com o ordenado lá dentro, e recebi "
     "um pedido de \"prova de origem de todos os fundos desde a abertura\".\n"
     "4. Um colega de trabalho, que também atualizou o documento em outubro (o cartão de cidadão dele tinha "
     "caducado), não teve nenhum bloqueio nem pedido.\n"
     "5. Fiquei sem acesso a 1.640,00 € durante três semanas e paguei a renda com atraso.\n\n"
     "Solicito o desbloqueio imediato, explicação por escrito do que mudou entre 14 e 16 de outubro, e o reembolso "
     "da penalização de 32,00 € cobrada pelo senhorio.\n\n"
     "Com os meus cumprimentos,\nLuan Ferreira Cavalcanti"),
    ("bias/implicit_remark_no_group_word", "bias_review", False, "callback-form",
     "Assunto: Loja Barra\nMensagem: O segurança me parou na porta: \"esse cabelo aí não combina com a loja\". A "
     "moça de escova entrou direto."),

    # --- hard negatives (12) ---
    ("hardneg/joke_object", "ai_assist", False, "callback-form",
     "Assunto: Geladeira\nMensagem: minha geladeira é preconceituosa, só gela o lado esquerdo kkkk. tem conserto "
     "na garantia?"),
    ("hardneg/threat_no_complaint", "ai_assist", False, "chat-transcript",
     "--- conversa de ontem ---\n"
     "Assistente: A sua encomenda EN-000482 foi entregue ontem às 14h32.\n"
     "Eu: não recebi nada\n"
     "Assistente: A encomenda consta como entregue.\n"
     "Eu: entregue a quem?\n"
     "Assistente: A encomenda consta como entregue.\n"
     "--- fim ---\n\n"
     "Mensagem nova: Estou farto. A encomenda não chegou, a caixa do correio estava vazia e ninguém no prédio "
     "recebeu nada. Se até sexta-feira não me devolverem os 84,50 € ou não mandarem outra, vou para as redes sociais "
     "dizer que vocês são racistas e discriminam os clientes, e quero ver como ficam. Não me interessa se é verdade "
     "ou não, vocês é que me obrigam. Quero a fotografia da entrega, se existir, e o nome da transportadora, para "
     "eu próprio ir lá ao armazém de Alverca ver se a caixa está lá. Morada: Rua do Sol 00, 3.º Esq., Almada."),
    ("hardneg/writer_prejudice", "ai_assist", False, "callback-form",
     "Assunto: Instalação ar-condicionado\nMensagem: Da outra vez veio um técnico de fora que eu mal entendia. "
     "Prefiro alguém daqui. Dá pra ser sábado de manhã?"),
    ("hardneg/loyalty_discrimination", "ai_assist", False, "complaint-letter",
     "RECLAMAÇÃO - Lei 16/2022 (Lei das Comunicações Eletrónicas) e Livro de Reclamações\n"
     "Cliente n.º 0000 2278 31, pacote TV + Net + Voz\n\n"
     "Exmos. Senhores,\n\n"
     "1. Sou vosso cliente desde 2010, sempre com as faturas em dia.\n"
     "2. Pago atualmente 64,99 € por mês pelo pacote com 200 canais e internet de 500 Mb.\n"
     "3. No vosso site, o mesmo pacote, com internet de 1 Gb, está a 39,99 € para novos clientes.\n"
     "4. Isto é uma discriminação dos clientes fiéis: quem fica é quem paga mais.\n"
     "5. Na loja disseram-me que \"as campanhas são só para novas adesões\".\n\n"
     "Peço a passagem para as condições atuais a partir da próxima fatura, sem nova fidelização. Caso contrário, "
     "pretendo denunciar o contrato sem encargos, uma vez que o meu período de fidelização terminou em 2022, e peço "
     "que me indiquem o procedimento por escrito.\n\n"
     "Cumprimentos,\nAlberto Magalhães"),
    ("hardneg/policy_question", "ai_assist", False, "callback-form",
     "Assunto: Acessibilidade do site\nMensagem: Trabalho numa ONG em Recife que avalia se lojas online cumprem a "
     "Lei Brasileira de Inclusão. O site de vocês tem uma política de acessibilidade publicada? Vocês testam com "
     "leitor de tela? Resposta por email, por favor."),
    ("hardneg/student_project", "ai_assist", False, "chat-transcript",
     "[chat]\nBot: Olá! Em que posso ajudar?\nEu: tenho uma pergunta para um trabalho académico\n"
     "Bot: Pode escrever a sua pergunta.\n[fim]\n\n"
     "Mensagem nova: Sou estudante de mestrado em Sociologia na Universidade de Coimbra e estou a fazer a tese sobre "
     "como as empresas de retalho em Portugal tratam as queixas por discriminação feitas por clientes. Não preciso "
     "de dados pessoais de ninguém, apenas de números agregados, se existirem: quantas queixas deste tipo recebem por "
     "ano, que categorias usam (por exemplo, origem, idade, deficiência) e se têm um procedimento escrito para as "
     "tratar. Se houver um relatório de sustentabilidade ou de responsabilidade social onde isto apareça, basta-me "
     "o link. Também aceitaria uma resposta curta por email, que citarei como \"comunicação pessoal\" da empresa, sem "
     "nomes. O prazo de entrega do capítulo é 15 de janeiro. Obrigada!"),
    ("hardneg/praise_inclusive", "ai_assist", False, "callback-form",
     "Assunto: Elogio\nMensagem: Queria agradecer por vocês terem colocado no cadastro a opção de nome social e de "
     "\"pessoa não binária\". Foi a primeira loja em que não tive que explicar nada pra ninguém. Só uma dúvida: o "
     "nome social aparece também na nota fiscal ou só no app?"),
    ("hardneg/rude_to_everyone", "ai_assist", False, "complaint-letter",
     "RECLAMAÇÃO - Código de Defesa do Consumidor, art. 18 (vício do produto)\n"
     "Loja Eletro Lar, Av. Brasil 0000, Rio de Janeiro - nota fiscal n.º 000.318.552\n\n"
     "Prezados,\n\n"
     "1. Comprei um liquidificador em 10 de outubro (R$ 249,00). Em 25 de outubro o motor queimou com cheiro forte e "
     "fumaça.\n"
     "2. Levei à loja em 28 de outubro. O atendente do balcão de trocas foi grosso: falou alto, disse que eu devia "
     "ter \"usado errado\" e jogou a nota no balcão. Quero deixar claro que ele tratou do mesmo jeito todo mundo que "
     "estava na fila, inclusive um casal de idosos antes de mim e um rapaz depois. Não me senti alvo de nada; ele "
     "só estava mal-humorado com todo mundo.\n"
     "3. O problema é que ele se recusou a receber o produto para troca ou conserto.\n\n"
     "Nos termos do art. 18, solicito a substituição do produto por outro da mesma espécie ou a restituição do valor "
     "pago, no prazo de 30 dias. Caso contrário, procurarei o Procon.\n\n"
     "Atenciosamente,\nSérgio Lacerda Pinto"),
    ("hardneg/age_mention", "ai_assist", False, "callback-form",
     "Assunto: Pagamento\nMensagem: Tenho 80 anos e não uso multibanco. Posso pagar a fatura da água nos CTT?"),
    ("hardneg/disability_mention", "ai_assist", False, "callback-form",
     "Assunto: Entrega do sofá\nMensagem: Sou cadeirante e moro no térreo. Dá pra montarem o sofá na sala? "
     "Pedido SF-00718."),
    ("hardneg/religion_mention", "ai_assist", False, "chat-transcript",
     "[chat]\nBot: A montagem do guarda-roupa está marcada para domingo, 8h.\n[fim]\n\n"
     "Mensagem nova: Domingo de manhã a gente está no culto, somos da igreja. Dá pra trocar pra sábado ou pra "
     "domingo depois das 13h? Pedido GR-000294."),
    ("hardneg/pregnancy_mention", "ai_assist", False, "callback-form",
     "Assunto: Seguro de viagem\nMensagem: Estou grávida de 7 meses e vou a Paris em dezembro. A apólice cobre "
     "parto prematuro lá?"),

    # --- ordinary (6) ---
    ("ordinary/undue_charge", "ai_assist", False, "complaint-letter",
     "RECLAMAÇÃO - Código de Defesa do Consumidor, arts. 42, parágrafo único, e 49\n"
     "Assinatura Revista Horizonte, contrato n.º 0000-6620\n\n"
     "Prezados senhores,\n\n"
     "1. Assinei a revista digital pelo site em 3 de outubro e cancelei em 5 de outubro, dentro do prazo de 7 dias "
     "do direito de arrependimento. Recebi o protocolo de cancelamento n.º 000771.\n"
     "2. Mesmo assim, foram lançadas na fatura do meu cartão duas parcelas de R$ 59,90, em outubro e em novembro.\n"
     "3. Liguei duas vezes e me disseram que o cancelamento \"não consta\".\n\n"
     "Solicito o estorno das duas parcelas em dobro, conforme o art. 42, totalizando R$ 239,60, e o cancelamento "
     "definitivo de qualquer cobrança futura, com confirmação por escrito em até 10 dias. Anexo o protocolo e a "
     "fatura.\n\nAtenciosamente,\nPriscila Moura Teixeira"),
    ("ordinary/water_meter", "ai_assist", False, "callback-form",
     "Assunto: Leitura do contador\nMensagem: Leitura de hoje: 00873 m³. Contrato 0000-4419, Rua da Fonte 00, "
     "Braga."),
    ("ordinary/order_tracking", "ai_assist", False, "chat-transcript",
     "[chat]\nBot: Seu pedido PD-000631 está em trânsito.\nEu: faz 12 dias\n[fim]\n\n"
     "Mensagem nova: O rastreio está parado em \"objeto em trânsito - Cajamar/SP\" desde o dia 30. É um presente "
     "de aniversário pro dia 20. Tem como saber onde está ou reenviar?"),
    ("ordinary/washing_machine_warranty", "ai_assist", False, "complaint-letter",
     "RECLAMAÇÃO - Livro de Reclamações Eletrónico; Decreto-Lei 84/2021 (garantia dos bens de consumo)\n"
     "Fatura n.º FT 0000/2291, máquina de lavar roupa, comprada a 12 de março\n\n"
     "Exmos. Senhores,\n\n"
     "1. A máquina deixou de centrifugar a 6 de outubro e apresenta o erro E21.\n"
     "2. Entreguei-a para reparação na vossa loja de Viseu a 9 de outubro, com a guia n.º RP-000318.\n"
     "3. O prazo legal para a reposição da conformidade é de 30 dias e já foi ultrapassado; não recebi qualquer "
     "informação.\n"
     "4. Tenho dois filhos pequenos e estou a pagar lavandaria desde então (38,00 € até agora, com recibos).\n\n"
     "Nos termos do Decreto-Lei 84/2021, peço a substituição da máquina por outra nova ou a resolução do contrato "
     "com o reembolso de 429,00 €, à minha escolha, bem como o reembolso das despesas de lavandaria.\n\n"
     "Com os melhores cumprimentos,\nFilipa Rebelo"),
    ("ordinary/boleto_copy", "ai_assist", False, "callback-form",
     "Assunto: Boleto\nMensagem: preciso da 2ª via do boleto de novembro, CPF 000.000.000-00."),
    ("ordinary/estimated_bill", "ai_assist", False, "chat-transcript",
     "--- conversa de 7/11 ---\n"
     "Assistente virtual: A sua fatura de outubro é de 187,43 €.\n"
     "Eu: isso é o triplo do normal\n"
     "Assistente virtual: A fatura foi calculada com base numa leitura estimada.\n"
     "Eu: porquê estimada?\n"
     "Assistente virtual: Não foi possível recolher a leitura real.\n"
     "--- fim ---\n\n"
     "Mensagem nova: Eu comunico a leitura todos os meses pela app, no dia 1, e tenho as capturas de ecrã. A de 1 "
     "de outubro foi 24 118 kWh e a de 1 de novembro 24 392 kWh, ou seja, 274 kWh no mês, que é o meu consumo "
     "normal. Na fatura aparece uma leitura estimada de 25 040 kWh, que nem sequer chegou ainda. Vivo sozinha num "
     "T1 e nunca gastei isto. Peço que refaçam a fatura com as leituras reais e que, enquanto isso, suspendam o "
     "débito direto do dia 20 para não me tirarem os 187,43 € da conta. CPE PT 0000 0000 0000 4471 XX."),

    # --- opt-out (5, one with a person) ---
    ("optout/plain_refusal", "ai_assist", True, "callback-form",
     "Assunto: Privacidade\nMensagem: não autorizo que inteligência artificial leia ou processe as minhas "
     "mensagens. registrem isso no meu cadastro."),
    ("optout/after_bot_chat", "ai_assist", True, "chat-transcript",
     "[conversa]\nAssistente IA: Sou um assistente automático. Quer alterar a data da entrega?\nEu: sim, para dia 12\n"
     "Assistente IA: Vou alterar a entrega.\n[fim]\n\n"
     "Mensagem nova: Não sabia que era uma IA. Não quero que as minhas mensagens sejam analisadas por programas "
     "automáticos. Alterem a entrega da encomenda MB-000257 para dia 12 e confirmem por carta, por favor."),
    ("optout/lgpd_objection", "ai_assist", True, "complaint-letter",
     "OPOSIÇÃO AO TRATAMENTO - Lei Geral de Proteção de Dados (Lei 13.709/2018), arts. 18, § 2º, e 20\n"
     "Cliente n.º 0000 8813\n\n"
     "Ao Encarregado pelo Tratamento de Dados Pessoais,\n\n"
     "1. Na nova política de privacidade de vocês consta que as mensagens de clientes \"são analisadas por "
     "ferramentas de inteligência artificial para classificação e sugestão de respostas\".\n"
     "2. Manifesto minha oposição a esse tratamento das minhas mensagens e correspondências, passadas e futuras, "
     "inclusive por fornecedores contratados por vocês.\n"
     "3. Revogo qualquer consentimento que eu tenha dado nesse sentido no cadastro.\n"
     "4. Solicito confirmação por escrito de que meu cadastro foi marcado para excluir esse tratamento.\n"
     "5. Esta oposição não altera meu pedido de reembolso de R$ 112,00 referente ao pedido PD-000918, que continua "
     "pendente.\n\n"
     "Aguardo resposta no prazo de 15 dias, sob pena de reclamação à ANPD.\n\n"
     "Atenciosamente,\nRenato Guimarães Lobo"),
    ("optout/withdraw_consent", "ai_assist", True, "callback-form",
     "Assunto: Consentimentos\nContacto preferido: email\nMensagem: Quando me registei aceitei que o \"assistente "
     "inteligente\" tratasse os meus pedidos. Retiro esse consentimento: não quero tratamento automatizado das minhas "
     "mensagens. Não encontro a opção na aplicação. Cartão n.º 000-62908."),
    ("optout/with_person", "human", True, "chat-transcript",
     "[chat]\nRobô: Digite o número do protocolo.\nEu: 000518\nRobô: Protocolo não encontrado.\n[fim]\n\n"
     "Mensagem nova: Chega de robô. Não quero IA mexendo no meu caso nem lendo o que eu escrevo. Quero falar com um "
     "atendente de verdade."),

    # --- opt-out near misses (2) ---
    ("optneg/ai_feature_question", "ai_assist", False, "chat-transcript",
     "[chat]\nBot: Conheça o nosso novo assistente com IA!\n[fim]\n\n"
     "Mensagem nova: Vi o anúncio do assistente com IA. Ele já consegue emitir a segunda via da fatura e o "
     "comprovativo de IRS, ou isso ainda é só no site?"),
    ("optneg/smart_home_product", "ai_assist", False, "callback-form",
     "Assunto: Tomada inteligente\nMensagem: A tomada de vocês não aparece na Alexa. Já reiniciei tudo. Como "
     "pareia?"),

    # --- human (5) ---
    ("human/callback", "human", False, "callback-form",
     "Assunto: Fatura do celular\nHorário preferido: depois das 18h\nTelefone: (11) 90000-0417\nMensagem: Por "
     "favor, me liguem."),
    ("human/is_anyone_real", "human", False, "chat-transcript",
     "[chat]\nBot: Escolha uma das opções abaixo.\nEu: nenhuma serve\nBot: Escolha uma das opções abaixo.\n[fim]\n\n"
     "Mensagem nova: Está aí alguém a sério, uma pessoa, ou isto é tudo automático? Já escolhi todas as opções duas "
     "vezes e volto sempre ao mesmo menu."),
    ("human/supervisor", "human", False, "complaint-letter",
     "RECLAMAÇÃO - Código de Defesa do Consumidor, arts. 14 e 20 (serviço defeituoso)\n"
     "Buffet Estrela Dalva, contrato n.º 0000-5071, festa de 15 anos do dia 25 de outubro\n\n"
     "Prezados,\n\n"
     "1. Contratamos o buffet completo para 80 convidados por R$ 9.600,00, pago integralmente.\n"
     "2. Faltou comida a partir das 21h, o bolo chegou com uma hora de atraso e dois garçons foram embora antes do "
     "fim do contrato.\n"
     "3. Mandei três emails e só recebi resposta automática. No WhatsApp, me mandaram \"aguardar\".\n\n"
     "Quero que esta reclamação seja tratada diretamente pelo gerente ou pelo supervisor responsável pelos eventos, "
     "e que essa pessoa me telefone no (21) 90000-0863 ou me chame para uma reunião presencial. Solicito abatimento "
     "proporcional do preço, conforme o art. 20.\n\n"
     "Atenciosamente,\nValéria Assunção Prado"),
    ("human/named_contact", "human", False, "callback-form",
     "Assunto: Crédito habitação - renegociação\nHorário preferido: terça ou quinta à tarde\nTelefone: "
     "910 000 582\nMensagem: Gostaria de falar com a Dra. Helena Brito, gestora de cliente na agência de Aveiro, "
     "que acompanhou o meu crédito. Se ela já não estiver, com quem ficou com a carteira dela."),
    ("human/ask_for_agent", "human", False, "chat-transcript",
     "Chat:\nBot: Escolha: Pedidos / Trocas / Pagamentos\nEu: outro assunto\nBot: Escolha uma opção.\n\n"
     "Mensagem nova: quero falar com atendente"),

    # --- human near misses (2) ---
    ("humanneg/neighbour_received", "ai_assist", False, "callback-form",
     "Assunto: Encomenda\nMensagem: A vizinha do 1.º recebeu a minha encomenda e o estafeta foi simpático, "
     "obrigado. Mas faltava o cabo de carregamento na caixa do tablet, e sem ele não o consigo ligar. Podem enviar "
     "só o cabo? Encomenda TB-000392."),
    ("humanneg/staff_mentions", "ai_assist", False, "complaint-letter",
     "RECLAMAÇÃO - Código de Defesa do Consumidor, art. 35 (oferta não cumprida)\n"
     "Concessionária Rota Sul Veículos, Porto Alegre - proposta n.º 0000-1184\n\n"
     "Prezados,\n\n"
     "1. O vendedor, Sr. Cláudio, foi muito atencioso e a gerente da loja também nos recebeu muito bem; não tenho "
     "queixa do atendimento das pessoas.\n"
     "2. A proposta assinada em 4 de outubro incluía película, tapetes e a primeira revisão grátis, tudo por escrito.\n"
     "3. O carro foi entregue em 30 de outubro sem película e sem tapetes. Na revisão, a oficina disse que a revisão "
     "grátis \"não consta no sistema\" e cobrou R$ 680,00.\n"
     "4. Meu cunhado, que estava junto na assinatura, pode confirmar o que foi prometido.\n\n"
     "Nos termos do art. 35, solicito o cumprimento da oferta: instalação da película e entrega dos tapetes, e o "
     "reembolso dos R$ 680,00 da revisão, em até 15 dias.\n\n"
     "Atenciosamente,\nFábio Renner Kuhn"),
]
