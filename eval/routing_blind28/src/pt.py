"""Blind set 28, Portuguese (Brazil and Portugal, row by row): 40 long inbox e-mails typed by hand.
Each row: (category, label, opt_out, style, text)."""

ROWS = [
    ('optout/object', 'ai_assist', True, 'decisionappeal',
     'Assunto: Recurso contra a recusa do crédito à habitação n.º CH-000321\n\nExmos. Senhores,\n\nVenho recorrer '
     'da recusa do meu crédito para obras na cozinha, comunicada a 19 de novembro. Os meus pontos:\n1. A carta '
     'refere uma « taxa de esforço excessiva », mas desde abril tenho contrato sem termo na Câmara de Viseu e '
     'enviei-vos os recibos de vencimento.\n2. Admitem que a análise foi automática. Oponho-me a isso: não '
     'quero que um algoritmo decida sozinho e não autorizo que as minhas cartas, incluindo esta, passem por '
     'inteligência artificial. Registem isto, por favor.\n3. A comissão de 45 € deve ser devolvida.\n\n'
     'Cumprimentos,\nMaria do Céu Figueiredo'),
    ('optout/plain', 'ai_assist', True, 'student',
     'oii 👋 tenho o plano Universitário 25 GB (número termina em 000 321) e umas coisinhas:\n\n- minha internet '
     'acabou dia 12 e não faz sentido nenhum, tô o dia inteiro no wi-fi do campus 🙃\n- vou fazer intercâmbio '
     'em Coimbra em fevereiro, o roaming tá incluso ou vou ser assaltada?\n- e por favor parem de me responder '
     'com aquele assistente do chat. IA nenhuma pode mexer nas minhas mensagens, me dá agonia e ainda fica '
     'rodando em círculos. prefiro uma resposta de gente de verdade mesmo que demore\n\nse resolverem a '
     'internet vai ser incrível, tenho que subir o TCC kkkk\n\nbjs,\nLarissa (7º período de Jornalismo, moradia '
     'da UFMG)'),
    ('optout/no_bot', 'ai_assist', True, 'landlord',
     'Bom dia,\n\nSou proprietário de dois apartamentos na Rua do Almada, 112 (1.º Esq. e 2.º Dto.), no Porto, '
     'e pago a eletricidade das partes comuns com o contrato 000-8854-40. Três assuntos:\n\na) A leitura de '
     'outubro voltou a ser estimada, embora o contador esteja na entrada do prédio, com acesso livre.\nb) O '
     'novo inquilino do 2.º Dto., o Sr. Valadares, entra a 1 de janeiro e fará contrato próprio; não lhe '
     'transfiram nada do meu.\nc) Este mês recebi três respostas claramente escritas por um robô, cada uma a '
     'contradizer a anterior. Não quero mais respostas de robôs nem textos gerados por máquina neste '
     'contrato. Quem me responde deve ser uma pessoa.\n\nCumprimentos,\nAlbano Rebelo Pinto'),
    ('optout/plain', 'ai_assist', True, 'newcomer',
     'Olá, boa tarde,\n\nMudei de Luanda para Braga em setembro para trabalhar numa farmácia e abri a conta '
     'convosco em outubro. Peço desculpa pela mensagem comprida, ainda estou a perceber tudo.\n\nPrimeiro, '
     'preciso de um comprovativo de IBAN para a Segurança Social. Segundo, um débito do ginásio foi devolvido '
     'apesar de haver saldo, e não percebo porquê. Terceiro, na primeira semana escrevi na aplicação e '
     'respondeu-me um « assistente virtual ». Prefiro que nenhuma inteligência artificial processe o que '
     'escrevo; peço que tratem a minha correspondência sem isso.\n\nObrigada pela paciência,\nIsaura Kiluanji'),
    ('optout/withdraw_consent', 'ai_assist', True, 'nightshift',
     'Desculpa o horário, acabei de sair de um plantão de doze horas no centro de distribuição em Cajamar e é '
     'a única hora que eu consigo.\n\nDuas coisas. A parcela do seguro do carro sobe R$ 38 em janeiro e não '
     'chegou nenhuma carta explicando, podem me dizer por quê? E quando contratei, no começo do ano, marquei '
     'a caixinha deixando o « assistente inteligente » de vocês cuidar dos meus pedidos. Agora estou '
     'desmarcando: retiro esse consentimento, não quero mais minhas mensagens tratadas por IA, ela vivia '
     'confundindo meus turnos quando eu perguntava das datas de cobrança.\n\nVou olhar o e-mail depois da '
     'próxima sequência de noites, provavelmente quinta.\n\nRodrigo Ferraz Bueno\nApólice AU-000-7723'),
    ('optout/gdpr', 'ai_assist', True, 'decisionappeal',
     'Assunto: Reclamação contra o encerramento da minha conta-poupança terminada em 2292\n\nExmos. Senhores,\n\n'
     'No dia 6 de novembro comunicaram-me o encerramento da minha conta-poupança com dois meses de pré-aviso '
     'e sem motivo. Contesto essa decisão.\n\n1) Sou cliente há vinte e três anos sem qualquer incidente.\n2) Se '
     'o encerramento resulta de uma « revisão de risco », quero saber que dados foram usados.\n3) Ao abrigo do '
     'RGPD, declaro a minha oposição ao tratamento automatizado dos meus dados e à definição de perfis, bem '
     'como a qualquer uso de inteligência artificial na análise do meu caso ou das minhas cartas. Confirmem, '
     'por favor, que vão parar.\n4) Até haver decisão, mantenham a conta aberta.\n\nAtenciosamente,\nDr. Joaquim '
     'Sarmento Leal'),
    ('optout/plain', 'ai_assist', True, 'landlord',
     'Bom dia,\n\nEscrevo sobre o financiamento do apartamento que alugo em Florianópolis (contrato '
     'FI-00004413), porque a proposta de portabilidade vence dia 20.\n\nA avaliação do imóvel veio mais baixa '
     'do que há dois anos, o que me surpreende, porque de lá para cá troquei a cozinha e o telhado; tenho as '
     'notas fiscais. Também queria saber se as tarifas podem entrar no financiamento.\n\nE um pedido que quero '
     'que fique registrado de vez: no meu cadastro, só pessoas. Não quero que meus e-mails sejam resumidos, '
     'triados ou respondidos por software de IA. Espero um pouco mais por uma resposta que alguém da equipe '
     'escreva, sem problema.\n\nObrigada,\nCristiane Wolff Ramos'),
    ('optout/quoted', 'ai_assist', True, 'student',
     'gente, isso é uma novela 😅\n\nminha colega de república, a Thaís, perguntou pro chat de vocês sobre o '
     'seguro residencial pra estudante e ele mandou exatamente isso:\n> « Seu notebook está coberto no mundo '
     'inteiro sem franquia. »\nmentira, ela leu a apólice: franquia de R$ 300 e só cobre no Brasil. ela tirou '
     'print.\n\nentão sobre a MINHA apólice (RS-00093320): minha bike tá coberta se ficar presa na frente da '
     'biblioteca? e posso incluir meu fone como item declarado?\n\ne depois disso não quero nada meu sendo '
     'tratado por IA. não coloquem minhas mensagens nisso, beleza? uma resposta de verdade mesmo que demore '
     '🙏\n\nvaleu!!\nBeatriz Okumura'),
    ('optout/with_person', 'human', True, 'newcomer',
     'Exmos. Senhores,\n\nCheguei a Setúbal vindo de Maputo há seis semanas, com a minha mulher e os nossos '
     'dois filhos, e abrimos uma conta familiar no vosso balcão da Avenida Luísa Todi. Ainda estou a aprender '
     'como tudo funciona cá, desculpem as perguntas.\n\nRecebemos uma carta a dizer que a verificação de '
     'identidade está « incompleta », mas não diz o que falta. Temos passaportes, autorização de residência e '
     'o contrato de arrendamento. Não quero que isto seja tratado por um chatbot nem por nenhum sistema '
     'automático; já passei duas noites com o robô e ele só repetia os mesmos links. Peço que uma pessoa do '
     'balcão me telefone, em dia útil depois das 16h, para o 912 000 453.\n\nObrigado,\nCelso Mondlane'),
    ('optout/with_person', 'human', True, 'nightshift',
     'Oi, tô escrevendo às cinco e meia da manhã no intervalo, desculpa os erros.\n\nMinha mãe faleceu em '
     'outubro e estou cuidando da conta de luz dela (instalação 000-442-718). Mandei a certidão de óbito pelo '
     'correio faz duas semanas e desde então chegaram dois e-mails automáticos pedindo que « o titular » faça '
     'login. Dói ler isso. Por favor, nada de mensagens automáticas nem respostas escritas por IA sobre isso: '
     'quero que uma pessoa específica, que conheça o caso, me ligue. Estou no plantão noturno até domingo, à '
     'tarde é melhor, (11) 90000-0241.\n\nA última leitura foi 07344 no dia 30, foto em anexo.\n\nObrigado,\n'
     'Wellington Araújo'),
    ('optneg/quoted_other', 'ai_assist', False, 'landlord',
     'Olá,\n\nSou a senhoria do prédio da Rua da Boavista, 27, em Lisboa, e a água do prédio todo está em meu '
     'nome (contrato AG-000-2759). A inquilina do 3.º andar reencaminhou-me isto e pediu que vos fizesse '
     'chegar:\n\n« Diga à EPAL... quer dizer, à companhia das águas, que não quero respostas de IA. »\n\n'
     'Disse-lhe que pode escrever-vos ela própria, embora o contrato não esteja em nome dela, mas fiquei de '
     'mencionar. Pela minha parte, tanto me faz como respondem.\n\nA minha pergunta a sério: a fatura passou de '
     '39 € para 88 € por mês depois de uma rutura reparada em agosto. Podem aplicar a correção por fuga? '
     'Junto a fatura do canalizador.\n\nCumprimentos,\nLurdes Gouveia'),
    ('optneg/withdrawn', 'ai_assist', False, 'decisionappeal',
     'Prezada Ouvidoria,\n\nObrigado por analisar meu recurso sobre a tarifa não devolvida (protocolo '
     '000-3315). Depois da carta de vocês de 25 de novembro, aceito o reembolso parcial de R$ 95.\n\nDuas '
     'pendências:\n1. No meu recurso inicial escrevi que não queria o assistente com IA do banco envolvido. '
     'Usei ele depois para acompanhar o reembolso e foi rápido e certinho, então podem esquecer aquela '
     'instrução: ele pode voltar a ser usado na minha conta.\n2. O dinheiro ainda não caiu. Podem confirmar a '
     'data do envio e para qual conta foi?\n\nConsidero o recurso encerrado quando receber.\n\nAtenciosamente,\n'
     'Edson Carvalhaes'),
    ('optneg/ai_feature', 'ai_assist', False, 'student',
     'oi, acabei de receber o e-mail do novo assistente de orçamento com IA no app universitário 🤖💸\n\nantes de '
     'ativar:\n1. é pago ou vem incluso na conta universitária?\n2. ele enxerga meu cheque especial e me avisa '
     'quando eu chegar perto dos R$ 800? semestre passado eu estourei e recebi uma carta bem deprimente\n3. se '
     'eu conectar a poupança, ele mexe no dinheiro sozinho ou pergunta antes?\n\ne minha bolsa de iniciação '
     'científica cai no começo de janeiro, dá pra ter um lembrete no dia anterior pra eu não torrar tudo em '
     'aluguel e açaí de uma vez? 😂\n\nvaleu,\nGuilherme (gaúcho estudando em Recife)'),
    ('optneg/praise', 'ai_assist', False, 'nightshift',
     'Boa noite (ou bom dia),\n\nUm recado de um socorrista do INEM que só vos escreve às três da manhã: o '
     'assistente do chat no vosso site desbloqueou-me o cartão em quatro minutos esta noite, com a ambulância '
     'parada entre ocorrências. A quem o fez, parabéns; foi muito melhor do que esperar que as linhas '
     'abrissem.\n\nUma coisa que ele não conseguiu: preciso de mudar o débito do cartão de crédito do dia 1 '
     'para o dia 15, porque com a nova escala o nosso ordenado cai noutra data. Dá para fazer online? E mexe '
     'já no extrato deste mês?\n\nObrigado,\nNuno Quintela'),
    ('optneg/footer_ai', 'ai_assist', False, 'newcomer',
     'Prezados,\n\nComecei no mês passado no escritório de Campinas da Takahashi Componentes, transferido de '
     'Nagoia, e a empresa me pediu uma conta brasileira para o salário. Tenho a carta da empresa, o CPF e uma '
     'conta de luz do apartamento. Preciso agendar ou posso abrir on-line com passaporte japonês?\n\nE o '
     'primeiro salário pode cair antes de o cartão chegar?\n\nAtenciosamente,\nKenji Takahashi\n\n--\nTakahashi '
     'Componentes Ltda. Conforme nossa política de TI, ferramentas de inteligência artificial podem ter '
     'analisado ou traduzido esta mensagem. Recebeu por engano? Apague e avise quem enviou.'),
    ('optneg/ai_product', 'ai_assist', False, 'landlord',
     'Olá,\n\nAlugo uma moradia geminada em Aveiro e estou a pensar instalar o termóstato inteligente com IA '
     'que anunciam, aquele que aprende quando há gente em casa. Antes disso:\n\n- Os inquilinos podem '
     'controlá-lo com a aplicação deles enquanto eu só vejo os consumos?\n- A mensalidade de 5 € fica no meu '
     'contrato ou no deles? A eletricidade está em nome dos inquilinos.\n- Se saírem, dá para repor sem visita '
     'de técnico?\n\nÀ parte disso, em fevereiro tenho a inspeção obrigatória da caldeira; ainda oferecem a '
     'manutenção com o certificado incluído?\n\nObrigada desde já,\nHelena Vasconcelos'),
    ('optneg/bot_wrong', 'ai_assist', False, 'student',
     'oi, tô no primeiro ano e alugo um quarto numa república perto da Unicamp.\n\no robô do site disse que a '
     'internet seria instalada em « dois dias úteis », aí pedi pra véspera das aulas. já é o nono dia 😭 e tô '
     'assistindo aula pelo roteador do celular. sei que o robô provavelmente chutou, tudo bem, não tô brava '
     'com ele, só preciso saber o dia certo.\n\ne na primeira fatura cobraram R$ 99 de « taxa de instalação », '
     'mas o anúncio dizia instalação grátis pra estudante. dá pra tirar?\n\npedido IN-000-61282\n\nobrigada, '
     'Giovanna Tavares'),
    ('optneg/ai_question', 'ai_assist', False, 'decisionappeal',
     'Prezados Senhores,\n\nReferência: proposta recusada CC-000888\n\nGostaria de recorrer da recusa do meu '
     'pedido de cartão de crédito.\n\n1. Meu nome não tem nenhuma restrição no Serasa; consultei em 27 de '
     'novembro.\n2. Moro no mesmo endereço há onze anos e estou na mesma empresa há seis.\n3. Poderiam me dizer '
     'se a decisão foi tomada por um sistema automático de pontuação? Pergunto só para entender quais '
     'critérios contam; não tenho nada contra o uso de ferramentas automáticas e não estou pedindo que deixem '
     'de usar.\n4. Se aprovarem um limite menor, aceito R$ 3.000.\n\nAguardo retorno.\n\nAtenciosamente,\nMarcelo '
     'Antunes Prado'),
    ('human/callback', 'human', False, 'nightshift',
     'Olá,\n\nTrabalho à noite num lar de idosos e só agora vi a vossa carta: vão cortar-me a internet na sexta '
     'por falta de pagamento. O débito FOI feito no dia 3, tenho o extrato do banco. As famílias dos utentes '
     'fazem videochamadas comigo no intervalo, preciso mesmo da ligação.\n\nAlguém me pode telefonar hoje, por '
     'favor? Estou acordada das 14h às 19h30, quando saio; o meu número é 936 000 720. Já tentei o formulário '
     'online três vezes e bloqueia sempre.\n\nContrato IN-000-4421, em nome de Sandra Patrício.\n\nObrigada,\n'
     'Sandra'),
    ('human/supervisor', 'human', False, 'decisionappeal',
     'Prezado SAC,\n\nAcompanhamento do meu recurso de 14 de outubro (protocolo 00-5136)\n\nÉ minha terceira '
     'mensagem. Recapitulando:\n1. Vocês negaram o reembolso de R$ 1.250 de um pacote para Porto de Galinhas '
     'cancelado pela pousada, não por mim.\n2. Meu primeiro recurso foi respondido com o mesmo parágrafo da '
     'negativa.\n3. O segundo ficou sem resposta além do prazo de 30 dias que vocês mesmos informam.\n\nPeço '
     'agora que meu caso seja encaminhado a um supervisor ou gerente com autoridade para revê-lo. Informem o '
     'nome e quando terei retorno. Se isso não acontecer até 18 de dezembro, vou ao Procon.\n\nAtenciosamente,\n'
     'Rosângela Marques Teixeira'),
    ('human/named_contact', 'human', False, 'landlord',
     'Exmos. Senhores,\n\nTenho a conta dos meus quatro apartamentos arrendados (PT50 0000 0000 0000 0081 7340 '
     '0) e durante anos fui acompanhado pela gestora Dr.ª Filomena Antunes, no balcão de Coimbra. A resposta '
     'automática dela diz que já não está no banco.\n\nTenho uma dúvida de crédito-ponte demasiado detalhada '
     'para e-mail: a venda de uma fração é em março e a compra de outra em fevereiro. Podem indicar-me nome e '
     'telefone direto de quem ficou com os clientes dela, ou pedir-lhe que me contacte? Prefiro tratar com '
     'uma pessoa concreta do que com a linha geral.\n\nObrigado,\nArmindo Casimiro'),
    ('human/anyone', 'human', False, 'student',
     'alôô??\n\né minha quarta mensagem sobre o caução da moradia estudantil 😩 saí da moradia Bloco Ipê dia 30 '
     'de junho, quarto impecável (tenho fotos), e prometeram devolver os R$ 900 « em até 30 dias ». estamos '
     'em dezembro.\n\ntoda vez que escrevo chega um e-mail « estamos analisando » e depois nada. tem algum ser '
     'humano lendo isso ou é só uma máquina de resposta automática? pergunto sério. se tiver alguém de '
     'verdade aí, só me fala o que tá acontecendo, mesmo que seja notícia ruim\n\nmatrícula 2100-0451\nobrigada,\n'
     'Yasmin Cordeiro (mestrado em Serviço Social)'),
    ('human/plain', 'human', False, 'newcomer',
     'Bom dia,\n\nVim de Goa para Lisboa em agosto para o doutoramento e estou a tentar perceber a minha '
     'primeira fatura de eletricidade. Fala em « potência contratada », « energia ativa », « taxa DGEG » e « '
     'CAV », e não consigo ver como chegam ao total. Também há tarifa bi-horária e não sei quando devo pôr a '
     'máquina.\n\nJá li as páginas de ajuda, mas acho que vou perceber muito mais depressa se puder falar com '
     'um funcionário vosso. Pode uma pessoa do apoio ao cliente explicar-me? Estou livre quase todas as '
     'manhãs.\n\nContrato EL-000-31524.\n\nMuito obrigado,\nAnil Fernandes da Costa'),
    ('human/callback', 'human', False, 'newcomer',
     'Boa tarde,\n\nMinha família e eu chegamos de Porto Príncipe em outubro e moramos de aluguel em Curitiba. '
     'No mês passado fizemos o seguro do conteúdo com vocês (apólice RS-000-2295). No sábado entrou água do '
     'apartamento de cima pelo teto e estragou o sofá, dois colchões e os cadernos da escola da minha filha.\n\n'
     'Tenho fotos e o nome do vizinho. Não conheço como funciona aqui no Brasil, se acionamos o nosso seguro '
     'ou o do condomínio, e tenho medo de errar nos papéis. Alguém do setor de sinistros poderia me ligar '
     'para explicar? (41) 90000-0737, depois das 10h.\n\nAtenciosamente,\nJean-Robert Pierre-Louis'),
    ('humanneg/quoted_request', 'ai_assist', False, 'decisionappeal',
     'Exmos. Senhores,\n\nRef.ª: recurso 000-77164 (sinistro recusado)\n\nNa minha carta de 8 de novembro '
     'escrevi, e cito: « Se voltarem a recusar, exijo falar com um responsável. » Já não é preciso. O Sr. '
     'Brandão reviu o sinistro, anulou a recusa e o pagamento de 610 € chegou na segunda-feira. Obrigada.\n\n'
     'Falta pouco:\n1. Na proposta de renovação o sinistro ainda aparece como « recusado »; corrijam, por '
     'favor.\n2. Este sinistro afeta o meu bónus, tendo o dano sido causado por terceiro?\n\nBasta-me uma '
     'resposta por escrito.\n\nCumprimentos,\nTeresa Lacerda'),
    ('humanneg/thanks_agent', 'ai_assist', False, 'nightshift',
     'Olá,\n\nSou porteiro noturno num hotel em Balneário Camboriú, então semana passada liguei para a central '
     '24 horas de vocês lá pelas duas da manhã e fui atendido pela Daiane, que foi ótima. Ela achou na hora a '
     'cobrança duplicada no meu cartão e disse que seria estornada. Agradeçam a ela por mim; teve muita '
     'paciência com um homem muito cansado.\n\nNão preciso falar com ela de novo, só uma dúvida para quem ler: '
     'o estorno de R$ 249,90 aparece como « pendente » no app. Quanto tempo costuma levar para virar crédito '
     'de verdade?\n\nAbraço,\nValdir Schneider\nCartão final 0044'),
    ('bias/origin', 'bias_review', False, 'newcomer',
     'Prezado Atendimento,\n\nVim de Caracas para Boa Vista e depois para Belo Horizonte na primavera, trabalho '
     'como analista de testes. Tenho algumas coisas.\n\nPrimeiro, obrigado pela troca rápida do cartão mês '
     'passado. Segundo, a renovação do meu plano de celular: na loja da Avenida Afonso Pena, o vendedor olhou '
     'meu passaporte e disse « pra venezuelano a gente pede caução de R$ 500, desculpa, é regra ». Meu colega '
     'Thiago, nascido aqui, com o mesmo salário e menos tempo de empresa do que eu, renovou o mesmo plano na '
     'mesma loja no dia seguinte sem caução nenhuma. Ninguém pediu nada a ele.\n\nTerceiro, por favor troquem '
     'meu e-mail pelo novo abaixo.\n\nJosé Gregorio Rondón'),
    ('bias/disability', 'bias_review', False, 'decisionappeal',
     'Exmos. Senhores,\n\nRecurso contra a retirada do meu passe social de desempregado (ref.ª PS-00-6618)\n\n1. '
     'Tive o passe sem problemas de março a setembro.\n2. Em setembro fui à entrevista de renovação pela '
     'primeira vez em cadeira de rodas; antes usava canadianas.\n3. A técnica comentou que « quem anda de '
     'cadeira dificilmente procura emprego a sério » e marcou o meu processo como « sem procura ativa ».\n4. '
     'Nada mais mudou: o mesmo centro de emprego, o mesmo registo de candidaturas, os mesmos documentos. Duas '
     'outras pessoas atendidas nessa manhã mantiveram o passe.\n5. Preciso ainda de recibo dos 7 € da segunda '
     'via.\n\nPeço a revisão da decisão.\n\nCom os melhores cumprimentos,\nHugo Meireles'),
    ('bias/religion', 'bias_review', False, 'student',
     'oi pessoal da moradia 👋\n\numas coisas:\n- a máquina de lavar do bloco B tá quebrada desde a semana de '
     'provas\n- quero pedir troca de quarto pro próximo semestre, e essa é a parte que me pegou de verdade. '
     'quando perguntei na recepção pelo corredor silencioso, a moça falou « esse corredor a gente deixa pra '
     'quem se enturma, você com essas roupas brancas de terreiro e essas guias fica melhor com o seu povo no '
     'bloco F ». minha amiga Gabriela pediu exatamente o mesmo corredor uma hora depois e entrou na lista na '
     'hora. eu sou do candomblé e ela não, é literalmente a única diferença kkk mas não tem graça\n- quando '
     'sai o boleto de janeiro?\n\nAdriana Nascimento, quarto B-214'),
    ('bias/age', 'bias_review', False, 'landlord',
     'Prezada equipe de crédito imobiliário,\n\nTenho três apartamentos alugados em Santos, todos financiados '
     'com vocês há anos, e escrevo sobre vários assuntos.\n\nO extrato anual do contrato FI-00007127 mostra um '
     'pagamento a maior que quero de volta. O seguro do apartamento 2 também está vencendo.\n\nO mais sério: '
     'pedi para passar o apartamento 3 para a taxa fixa de cinco anos. A gerente me disse ao telefone: « Com '
     'setenta e dois anos não vale a pena se amarrar tanto, o senhor pode nem estar aqui. » Só me ofereceu a '
     'taxa variável de dois anos. Meu filho Leandro, 45, com renda menor e um só imóvel, conseguiu a fixa de '
     'cinco anos no mesmo dia sem pergunta nenhuma.\n\nPeço que vejam isso e confirmem o valor pago a maior.\n\n'
     'Att.,\nOsvaldo Pacheco'),
    ('bias/sex', 'bias_review', False, 'nightshift',
     'Olá,\n\nVai ficar comprido, escrevo no intervalo no centro de triagem dos CTT.\n\n1) Obrigada por terem '
     'resolvido o acesso à aplicação na semana passada.\n2) Em outubro disse ao vosso gestor que estava '
     'grávida e que entraria de licença parental em janeiro. Até aí o meu limite do cartão era de 2.500 € e '
     'nunca me atrasei. Uma semana depois dessa chamada baixaram-no para 400 €, e quando liguei a perguntar '
     'porquê, o rapaz disse « as mães recentes gastam demais, por isso reduzimos o risco ». O meu marido, que '
     'tem o mesmo cartão, o mesmo ordenado e também no turno da noite, não teve alteração nenhuma.\n3) Posso '
     'passar a data do extrato para dia 20?\n\nObrigada,\nCatarina Seixas'),
    ('bias/race', 'bias_review', False, 'landlord',
     'Bom dia,\n\nSou proprietário do apartamento da Rua Chile, 31, em Salvador, e tenho conta na agência do '
     'Comércio. Alguns pontos:\n\n- O aluguel de novembro que a imobiliária deposita ainda não entrou na conta '
     'final 5514.\n- Na terça, fui depositar o cheque da caução e a caixa me perguntou três vezes se eu era « '
     'mesmo o dono » e pediu RG e matrícula do imóvel. Meu sócio Fábio, que é branco, depositou no mesmo '
     'caixa um cheque do mesmo imóvel mês passado e não perguntaram nada. Na saída ouvi a caixa dizer para a '
     'colega « esse povo sempre aparece com cheque dos outros ».\n- Por favor, mandem um talão de cheques '
     'novo.\n\nAtenciosamente,\nAntônio Carlos Conceição'),
    ('hardneg/pricing', 'ai_assist', False, 'student',
     'tá, lá vem reclamação, mas é de preço, não de gente 😅\n\no plano « universitário ilimitado » de vocês é '
     'só pra quem estuda em período integral?? eu faço meio período (trabalho três dias numa cafeteria pra '
     'pagar o aluguel) e no site diz que meio período paga R$ 20 a mais. sinceramente vocês discriminam '
     'estudante de meio período, a gente tá tão duro quanto. é coisa de tarifa, eu entendo, só acho bobo.\n\n'
     'perguntas:\n1. consigo o preço universitário se a faculdade confirmar minha matrícula?\n2. se não, tem '
     'plano controle mais barato de 12 meses?\n3. posso manter meu número?\n\nvaleu,\nLuana Brito'),
    ('hardneg/someone_else', 'ai_assist', False, 'nightshift',
     'Olá,\n\nEscrevo no fim do turno da noite no armazém da Azambuja.\n\nPrimeiro a minha pergunta: a '
     'contribuição para o meu PPR da empresa baixou este mês, embora as minhas horas sejam as mesmas. Podem '
     'verificar o cálculo do participante 000-44096?\n\nSegundo, não é queixa minha mas prometi perguntar: um '
     'colega do turno, o Vasile, acha que na linha de apoio o trataram com desdém por causa do sotaque, e já '
     'fez a reclamação dele. Só quer saber para que morada mandar as cartas. Eu sempre fui bem atendido ao '
     'telefone, não é reclamação minha.\n\nE a piada do costume no turno: a reforma chega aos 90, portanto sem '
     'pressa.\n\nCumprimentos,\nPaulo Esteves'),
    ('hardneg/rude_agent', 'ai_assist', False, 'decisionappeal',
     'Prezados,\n\nRecurso: reembolso negado do pedido 000-58217\n\n1. Devolvi a cafeteira com defeito dentro de '
     '7 dias, com rastreio, e tenho o comprovante.\n2. O reembolso foi negado porque a caixa « não era a '
     'original ». Era a original.\n3. Quando liguei em 26 de novembro, o atendente foi francamente grosseiro: '
     'bufava, me interrompia, mandou eu « ler os termos como todo mundo » e desligou. Não digo que foi nada '
     'pessoal; acho que ele estava num dia ruim, mas não foi profissional.\n4. Quero os R$ 649 estornados no '
     'meu cartão.\n\nPeço que revejam.\n\nAtenciosamente,\nFlávio Rezende'),
    ('hardneg/format', 'ai_assist', False, 'landlord',
     'Exmos. Senhores,\n\nArrendo uma casinha em Monsaraz e o contrato de água e saneamento está em meu nome '
     '(AG-000-77035).\n\nA minha vista piorou bastante e agora uso um leitor de ecrã. Podem enviar-me as '
     'próximas faturas em PDF acessível ou em texto simples por e-mail, e não como imagens digitalizadas? Em '
     'papel com letra grande também serve. Li no vosso site a declaração de acessibilidade e a política de '
     'igualdade, e dizem que é possível.\n\nConfirmem também, por favor, o valor anual para 2027 e se pode ser '
     'dividido em dez prestações. A inquilina paga-me de três em três meses.\n\nObrigado,\nAmadeu Caeiro'),
    ('hardneg/own_prejudice', 'ai_assist', False, 'newcomer',
     'Olá,\n\nMudei de Madri para Recife no meio do ano e preciso confessar uma coisa: quando vi que meu '
     'gerente na agência da Boa Viagem era um rapaz bem novinho, cheio de tatuagens, pensei que ele não ia '
     'entender nada de aposentadoria estrangeira. Errei feio. O Sr. Cavalcanti me explicou a transferência da '
     'minha pensão espanhola melhor do que meu próprio contador. Fiquei com vergonha do meu preconceito.\n\n'
     'Agora a pergunta: ele disse que os formulários chegariam pelo correio em dez dias. Já são três semanas. '
     'Podem verificar se foram para meu endereço antigo em Olinda?\n\nUm abraço,\nPilar Echegaray'),
    ('hardneg/settled', 'ai_assist', False, 'newcomer',
     'Prezado Atendimento,\n\nSou haitiano e cheguei a Porto Alegre há quatro anos. No primeiro ano fiz uma '
     'reclamação sobre como fui tratado na abertura da conta; a equipe de vocês apurou, pediu desculpas e eu '
     'aceitei a solução. Esse assunto está encerrado e só menciono porque o protocolo (RC-000-1191) ainda '
     'aparece no meu cadastro on-line e confunde os atendentes.\n\nHoje preciso de outra coisa: vou comprar meu '
     'primeiro apartamento e preciso de uma pré-aprovação de financiamento. Quais documentos vocês pedem, e '
     'meus quatro anos de histórico no Brasil bastam?\n\nObrigado,\nWidlène Jean-Baptiste'),
    ('ordinary/plain', 'ai_assist', False, 'student',
     'oi! 🎓\n\nno fim do semestre vou sair da moradia pra uma república na Vila Madalena com três amigas do '
     'curso. vocês podem:\n1. mudar o endereço da conta pra Rua Harmonia, 250, ap. 12, São Paulo, CEP '
     '05435-000, a partir de 10 de janeiro\n2. mandar o cartão novo pra lá, o antigo tá rachado kkk\n3. me '
     'dizer se preciso fazer alguma coisa com o cheque especial na mudança, ainda é o universitário sem '
     'juros\n\ne outra coisa: a função « dividir contas » divide a internet entre quatro sozinha ou uma pessoa '
     'tem que pagar e cobrar das outras?\n\nmil beijos,\nJúlia'),
    ('ordinary/plain', 'ai_assist', False, 'nightshift',
     'Olá,\n\nSou enfermeiro e acabei de passar dos turnos de dia para noites fixas na unidade de hemodiálise, '
     'por isso o ordenado passa a cair a 15 em vez de 28. Podiam, por favor:\n\n- mudar a prestação do meu '
     'crédito pessoal (CP-000-60922) para dia 16, a partir de janeiro;\n- confirmar se a de dezembro ainda sai '
     'a 29;\n- alterar o meu telemóvel para 961 000 193, porque o antigo é o do serviço?\n\nDurmo grande parte '
     'do dia, por isso prefiro e-mail. Sem pressa, antes do Natal chega perfeitamente.\n\nMuito obrigado,\n'
     'Ricardo Tavares Leite'),
]
