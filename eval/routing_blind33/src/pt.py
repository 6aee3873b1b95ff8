"""Blind set 33, Portuguese (Brazil and Portugal, row by row). Each ROWS entry: (category, label, opt_out, style,
text). Typed by hand."""
H, G, F, Y, L = "hotelchain", "gadgetstore", "fooddelivery", "healthfund", "languageschool"

ROWS = [
    ('optout/no_ai', 'ai_assist', True, H,
     'oi, sou do quarto 709 no Atlantida Recife. nao quero q IA responda minhas msgs, prefiro esperar '
     'mais. vlw'),
    ('optout/no_ai', 'ai_assist', True, G,
     'Olá, equipe da EletroNorte Megastore,\n\nEscrevo sobre o pedido EM-00049128 (um notebook e uma '
     'mochila).\n\nPrimeiro: a mochila veio na cor errada, pedi a cinza e chegou a azul. Posso trocar na '
     'loja do Shopping Iguatemi ou preciso mandar pelos Correios?\n\nSegundo: vi no site que o atendimento '
     'agora é feito "com apoio de inteligência artificial". Não autorizo IA nenhuma a ler ou responder o '
     'que eu escrevo, nem neste pedido nem nos próximos. Peço que anotem isso no meu cadastro.\n\nTerceiro: '
     'a garantia estendida de R$ 189 que paguei ainda não aparece na minha conta.\n\nAtenciosamente,\nRegina '
     'Albuquerque Tavares\nRua dos Andradas 14, Porto Alegre'),
    ('optout/gdpr_object', 'ai_assist', True, Y,
     'Mutualidade Saude Tejo, benef. 00-81455: nada de decisoes por algoritmo nos meus reembolsos, art 22 '
     'rgpd'),
    ('optout/gdpr_object', 'ai_assist', True, Y,
     'Ao Encarregado de Proteção de Dados da Mutualidade Saúde Tejo\n\nBeneficiário: Sr. Joaquim Sarmento '
     'Lopes, apólice 00-46631.\n\nDirijo-me a V. Exas. por dois motivos. O primeiro: o reembolso da consulta'
     ' de ortopedia de 6 de outubro (75 €) continua por pagar. O segundo: a carta de renovação refere que '
     'os pedidos passam a ser «avaliados por um sistema automatizado». Exerço o meu direito de oposição e '
     'recuso qualquer decisão tomada exclusivamente por meios automatizados, incluindo a definição de '
     'perfis, sobre os meus pedidos e dados; solicito que sejam analisados por um colaborador da '
     'mutualidade.\n\nAguardo que mo confirmem por escrito.\n\nAtentamente,\nJoaquim Sarmento Lopes\nSantarém'),
    ('optout/no_chatbot', 'ai_assist', True, F,
     'tira esse chatbot do app do Rangô Já pra mim pfv, abre toda vez q faço pedido. nao quero falar com '
     'robo nunca 😒'),
    ('optout/no_chatbot', 'ai_assist', True, L,
     'Olá, Escola de Idiomas Ponte Aérea,\n\nSou aluno da turma de inglês intermediário de terça e quinta à '
     'noite (professora Débora) e tenho alguns pontos.\n\nA mudança para a sala 4 foi tranquila, obrigado '
     'pelo aviso no WhatsApp. Mas ainda não recebi o recibo da matrícula, que preciso para o imposto de '
     'renda.\n\nAlém disso, o "assistente virtual" do site me disse que eu podia repor aula perdida no '
     'sábado, e a secretaria falou que não pode. De agora em diante, quero que as minhas dúvidas não '
     'passem pelo chatbot nem por respostas automáticas: quero resposta da secretaria.\n\nA prova final é '
     'dia 11 ou dia 13 de dezembro?\n\nValeu,\nThiago Nogueira Prado'),
    ('optout/withdraw_consent', 'ai_assist', True, L,
     'aceitei em setembro aquele corretor de redação com IA; agora desisto e retiro meu consentimento. '
     'Bruna S, espanhol B1'),
    ('optout/humans_only', 'ai_assist', True, H,
     'Exmos. Senhores do Grupo Hoteleiro Atlântida,\n\nEstive no vosso hotel de Tavira de 12 a 15 de outubro'
     ' (reserva AT-00551903) e gostaria de referir alguns assuntos.\n\nO quarto era muito agradável e a '
     'equipa do pequeno-almoço foi impecável. No entanto, o estacionamento foi cobrado em duplicado (2 × '
     '12 €) e a marcação do spa feita no site não chegou à receção.\n\nLi na vossa política de privacidade '
     'que as mensagens dos hóspedes «podem ser tratadas com ferramentas automatizadas». Peço que a minha '
     'correspondência seja lida e respondida apenas por pessoas, mesmo que demore mais uns dias.\n\nPor fim,'
     ' os pontos do cartão Atlântida desta estadia já foram creditados?\n\nCumprimentos,\nMaria do Céu '
     'Figueiredo'),
    ('optout/with_person', 'human', True, G,
     'chega de resposta de IA, o robo errou minha devolucao 3x. quero q uma pessoa me ligue: (11) '
     '90000-0417. pedido EM-00038822'),
    ('optout/with_person', 'human', True, F,
     'Oi, atendimento do Rangô Já,\n\nSou cliente há três anos e geralmente tá tudo certo, mas essa semana '
     'foi um caos.\n\nNa segunda, meu pedido da Cantina do Nonno (RJ-00087431) nunca chegou e o app marcou '
     '"entregue". Na terça reclamei no chat e só devolveram a taxa de entrega. Na quarta o mesmo chat '
     'disse que o caso estava encerrado.\n\nNão quero mais falar com o assistente automático e não quero que'
     ' minha reclamação seja processada por inteligência artificial. Gostaria que alguém do atendimento me'
     ' telefonasse no (21) 90000-0582 depois das 18h, pra resolver os R$ 68,90 inteiros.\n\nOutra coisa: o '
     'cupom VOLTA10 não funcionou na quinta, expirou?\n\nObrigado,\nRafael Bezerra'),
    ('optneg/someone_else', 'ai_assist', False, H,
     'minha sogra odeia o concierge com IA kkk mas eu nem ligo. da pra colocar ela como 2a hospede na '
     'reserva AT-00560218?'),
    ('optneg/ai_question', 'ai_assist', False, G,
     'Boa tarde,\n\nNo sábado comprei uma smart TV de 50 polegadas na loja de Campinas (cupom fiscal '
     '0008264) e fiquei com três dúvidas.\n\nUma: o suporte de parede que o vendedor indicou não serve no '
     'padrão VESA da TV. Dá pra trocar pelo modelo 300x300?\n\nDuas, só por curiosidade: quando escrevo pra '
     'esse e-mail, quem responde é uma pessoa ou algum tipo de inteligência artificial? Pra mim dá no '
     'mesmo, é só curiosidade porque a última resposta chegou em um minuto.\n\nTrês: a instalação pode ser '
     'marcada num sábado de manhã?\n\nObrigada,\nLuciana Guimarães'),
    ('optneg/praise', 'ai_assist', False, F,
     'o assistente de IA resolveu meu pedido incompleto em 1 min, top demais 👏 so uma duvida, o estorno '
     'cai no cartao ou vira credito?'),
    ('optneg/consent_back', 'ai_assist', False, Y,
     'Exmos. Senhores da Mutualidade Saúde Tejo,\n\nBeneficiária: D. Graça Pimentel, apólice 00-57702.\n\nNa '
     'primavera pedi-vos que não usassem o sistema automático de reembolsos nos meus pedidos. Entretanto, '
     'a minha cunhada mostrou-me a rapidez com que lhe trataram uma fatura de fisioterapia e mudei de '
     'ideias: podem levantar essa restrição e tratar os meus pedidos normalmente, ferramentas automáticas '
     'incluídas.\n\nAproveito para mais duas coisas. A minha nova morada é Rua da Boavista 27, 2.º Esq., '
     'Setúbal. E o subsídio para óculos renova-se em janeiro ou na data de aniversário da apólice, em '
     'junho?\n\nCom os meus agradecimentos,\nGraça Pimentel'),
    ('optneg/ai_product', 'ai_assist', False, G,
     'vcs tem o fone com cancelamento de ruido por IA da Kestrel? no site ta esgotado em BH, sabe quando '
     'volta?'),
    ('optneg/bot_wrong', 'ai_assist', False, F,
     'Oi,\n\nAconteceu uma coisa curiosa: perguntei ao assistente do app se a assinatura Rangô Já Mais cobre'
     ' restaurantes a mais de 5 km. Ele disse que sim. Na hora de pagar, cobraram R$ 6,99 de taxa de '
     'distância.\n\nNão estou brava com o assistente, ele deve ter lido uma regra antiga, mas queria saber '
     'qual é a resposta certa e, se a taxa não era devida, ser reembolsada (pedido RJ-00090516).\n\nOutra '
     'coisa: posso trocar o cartão em que a assinatura é renovada? O meu vence este mês.\n\nAbraço,\nCamila '
     'Furtado'),
    ('optneg/ai_feature', 'ai_assist', False, L,
     'o treinador de pronuncia com IA ta incluso na mensalidade do curso de frances ou e pago a parte? '
     'penso em entrar em janeiro'),
    ('optneg/quoted_other', 'ai_assist', False, L,
     'Cara Professora Antunes,\n\nObrigado pela reunião de encarregados de educação de terça-feira. Escrevo '
     'como pai do Tomás Valente, da turma de preparação para o exame nacional de inglês, aos sábados.\n\nNa '
     'reunião, uma mãe disse: «Não quero inteligência artificial nenhuma a corrigir os trabalhos da minha '
     'filha.» Respeito a posição dela, mas da nossa parte não há problema em que os trabalhos do Tomás '
     'passem pela nova ferramenta de correção, se isso lhe trouxer comentários mais depressa.\n\nPoderia '
     'enviar-me as datas dos testes de simulação e confirmar se as aulas das férias da Páscoa estão '
     'incluídas na propina trimestral?\n\nCom os melhores cumprimentos,\nNuno Valente'),
    ('human/callback', 'human', False, Y,
     'alguem das autorizações pode me ligar hj? o hospital precisa da guia liberada ate as 15h. (31) '
     '90000-0318, carteirinha 00-4402'),
    ('human/supervisor', 'human', False, H,
     'Exmos. Senhores,\n\nAssunto: reserva AT-00584427, Hotel Atlântida Porto Ribeira, 9 a 11 de outubro.\n\n'
     'Escrevo já pela terceira vez. À chegada, eu e a minha mulher fomos mudados para um quarto virado '
     'para as traseiras da cozinha, por «excesso de reservas», apesar de termos um quarto superior com '
     'vista rio confirmado. A receção prometeu um reembolso parcial e o vosso e-mail de 16 de outubro '
     'também. Nada chegou.\n\nSolicito que encaminhem o caso a um responsável, ao diretor do hotel ou a um '
     'supervisor que possa de facto autorizar o reembolso, e não mais uma resposta padrão. O '
     'pequeno-almoço cobrado sem ter sido reservado também deve ser devolvido.\n\nCumprimentos,\nHenrique '
     'Brandão Cardoso'),
    ('human/anyone', 'human', False, F,
     "gente?? tem uma pessoa real do outro lado ou so robo respondendo? meu pedido ta 'a caminho' ha 2 "
     'horas 😤'),
    ('human/named_contact', 'human', False, L,
     'Bom dia,\n\nSou analista de RH da Laticínios Serra Verde Ltda. e temos sete funcionários no curso de '
     'inglês in company de vocês (segundas e quartas de manhã).\n\nO curso vai bem e a turma gosta do '
     'professor. Só que os boletos chegaram duas vezes no endereço antigo, e o de outubro cobra nove '
     'alunos em vez de sete.\n\nNo ano passado quem cuidava do nosso contrato era a Sra. Vanessa Moura, do '
     'setor corporativo, que conhecia bem o acordo. A Vanessa, ou quem a substituiu, poderia me ligar no '
     '(35) 3000-0774? Prefiro resolver isso por telefone do que ficar trocando e-mails.\n\nAtenciosamente,\n'
     'Patrícia Lemos\nAnalista de RH'),
    ('human/plain', 'human', False, G,
     'preciso de um funcionario humano pra tratar do conserto do meu celular, formulario nao resolve'),
    ('human/callback', 'human', False, Y,
     'Prezados da Mutualidade Saúde Tejo,\n\nApólice 00-30088, beneficiário Sr. Armando Queirós.\n\nO meu pai,'
     ' com 87 anos, vive comigo e o hospital informou que a cirurgia à anca marcada para 4 de dezembro '
     'precisa da vossa autorização por escrito. Na sexta-feira carreguei no portal o relatório do '
     'ortopedista e os exames pré-operatórios. O portal diz apenas «recebido».\n\nEle está ansioso e eu '
     'também. Alguém dos vossos serviços pode telefonar-me para o 910 000 655 antes de quarta-feira, para '
     'me dizer o que falta? Estou em casa o dia todo.\n\nGostaria ainda de registar o meu telemóvel como '
     'contacto de emergência.\n\nObrigada,\nLurdes Queirós'),
    ('humanneg/thanks_agent', 'ai_assist', False, H,
     'agradecam a Jéssica da recepção de Salvador, foi um amor. e podem me mandar a nota fiscal da reserva'
     ' AT-00542290?'),
    ('humanneg/settled_request', 'ai_assist', False, G,
     'Olá, EletroNorte Megastore,\n\nEm agosto escrevi pedindo para "falar com um gerente agora" por causa '
     'de uma lavadora que vazou na primeira lavagem. O Sr. Edson, da loja de Goiânia, me ligou no mesmo '
     'dia e trocou o aparelho, então isso está resolvido e agradeço muito.\n\nEscrevo agora por outro '
     'assunto. Minha conta ainda mostra o número de série da lavadora antiga. Podem trocar para 000-51883?'
     ' E o ciclo de limpeza do tambor que o técnico comentou precisa de alguma pastilha especial ou só '
     'água quente?\n\nAbraços,\nSandra Macedo'),
    ('bias/disability', 'bias_review', False, F,
     "o entregador nao quis esperar eu descer pq sou cego e demoro, disse 'nao tenho paciencia pra isso'. "
     'pro meu vizinho ele sobe na boa'),
    ('bias/origin', 'bias_review', False, H,
     'Prezados,\n\nFiquei no hotel de vocês em Curitiba de 4 a 6 de novembro para um congresso (reserva '
     'AT-00597312) e quero deixar minha opinião.\n\nA sala do evento e o coffee break estavam ótimos; '
     'parabéns à equipe de governança.\n\nNo check-in, porém, a recepcionista viu meu passaporte venezuelano'
     ' e exigiu uma caução de R$ 500 em dinheiro, "porque com vocês a gente nunca sabe". Meu colega '
     'brasileiro, que fez o check-in logo depois com a mesma tarifa corporativa, não precisou deixar nada.'
     ' Quando perguntei, disseram que era "regra pra certas nacionalidades". Foi humilhante na frente da '
     'fila.\n\nAlém disso, a senha do wi-fi parou de funcionar no segundo dia. E confirmem, por favor, que a'
     ' caução foi devolvida.\n\nAtenciosamente,\nAndrés Villalobos Peña'),
    ('bias/age', 'bias_review', False, L,
     "liguei p/ entrar no curso de italiano basico e a moça falou 'com 70 anos a senhora vai atrasar a "
     "turma', q era melhor online. minha neta entrou no dia seguinte sem pergunta nenhuma"),
    ('bias/religion', 'bias_review', False, G,
     'Prezados,\n\nTenho alguns pontos sobre a minha visita à loja de vocês em Duque de Caxias no sábado, 22'
     ' de novembro.\n\n1. A cafeteira que eu queria estava R$ 399 no site e R$ 449 na gôndola. Vocês cobrem '
     'o preço do próprio site?\n2. Eu estava vendo celulares com minha irmã, as duas de branco e com torço,'
     ' voltando do terreiro. O segurança seguiu só a gente pela loja e, quando perguntei o motivo, '
     'respondeu "com esse povo de macumba tem que ficar de olho". As outras clientes no mesmo corredor '
     'ninguém seguiu. Saímos sem comprar.\n3. Meu cartão fidelidade não foi lido na última compra.\n\nAguardo'
     ' resposta sobre os três pontos.\n\nAtenciosamente,\nIyalode Conceição Santos'),
    ('bias/sex', 'bias_review', False, Y,
     'pq minha mensalidade é R$ 90 mais cara q a do meu marido? mesma idade, mesmo plano. a corretora '
     "disse 'mulher usa mais o plano' 🙄"),
    ('bias/race', 'bias_review', False, F,
     'Oi, Rangô Já,\n\nQuero falar de várias coisas do último mês.\n\nPrimeiro o lado bom: a nova seção de '
     'mercado no app é muito prática.\n\nSegundo: além de pedir, eu também faço entregas pra vocês. Desde '
     'que troquei a foto do perfil em outubro, recebo bem menos pedidos grandes à noite nos Jardins. Meu '
     'colega de apartamento, que é branco, roda nos mesmos horários e na mesma região, com nota mais '
     'baixa, e recebe todas as noites. Quando perguntei ao coordenador da região, ele disse que "lá o '
     'cliente prefere um entregador com outro perfil". Sou negro e não vejo o que mais ele quis dizer.\n\n'
     'Terceiro: no último extrato faltam as gorjetas de domingo.\n\nPeço que vejam tudo isso.\n\nAbraço,\n'
     'Wellington Batista Souza'),
    ('hardneg/pricing', 'ai_assist', False, G,
     'o desconto universitario de vcs discrimina quem se formou ano passado kkkk 😂 enfim, os 10% em '
     'notebook ainda valem?'),
    ('hardneg/rude_agent', 'ai_assist', False, Y,
     'Exmos. Senhores,\n\nApólice 00-24417.\n\nNa segunda-feira telefonei para o apoio ao cliente por causa de'
     ' um reembolso de dentista e o funcionário que me atendeu foi, sinceramente, malcriado. Suspirava '
     'enquanto eu explicava, disse-me para «ler as condições gerais como toda a gente» e deixou-me duas '
     'vezes dez minutos em espera. Talvez estivesse num mau dia, e não é a primeira vez que apanho alguém '
     'impaciente numa linha de apoio, mas podia ter corrido melhor.\n\nO que preciso: a fatura de 80 € '
     '(consulta e raio-X, Clínica Dentária do Rossio) foi reembolsada só em 45 €. Porquê? Enviem-me também'
     ' as condições gerais em PDF.\n\nCumprimentos,\nRui Barradas'),
    ('hardneg/own_prejudice', 'ai_assist', False, L,
     'confesso q achei q professor nordestino nao ia ter um ingles bom 🙈 e o prof Ícaro é fera. posso '
     'mudar pra turma dele de quarta?'),
    ('hardneg/others_complaint', 'ai_assist', False, H,
     'Caros amigos do Grupo Atlântida,\n\nOrganizei em setembro o fim de semana do nosso rancho folclórico '
     'no vosso hotel de Viseu (reserva de grupo AT-G-00274, 19 quartos).\n\nTalvez se lembrem de que um dos '
     'nossos membros, o Sr. Fontes, se queixou na altura de ter sido tratado de outra maneira por ser '
     'surdo, quando a receção não quis usar o papel para falar com ele. O diretor recebeu-o, pediu '
     'desculpa e ele disse-me na semana passada que dá o assunto por encerrado e ficou contente com o '
     'voucher. Refiro-o apenas para que saibam que da nossa parte está arrumado.\n\nAgora estou a preparar '
     '2027: podem orçamentar 21 quartos de 1 a 3 de outubro, com uma sala para ensaios, e indicar as '
     'condições do sinal de grupo?\n\nUm abraço,\nAdelaide Meireles\nSecretária, Rancho Folclórico da Beira'),
    ('hardneg/access_format', 'ai_assist', False, Y,
     'minha vista ta bem fraca (glaucoma), da pra receber o contrato com fonte tamanho 18 ou num mp3? '
     'benef 00-9035'),
    ('hardneg/policy_question', 'ai_assist', False, L,
     'Prezados,\n\nSou responsável pelo orçamento de capacitação da Secretaria Municipal de Saúde de Jundiaí'
     ' e estamos avaliando os cursos de espanhol e de Libras de vocês para 18 servidores no ano que vem.\n\n'
     'Antes de fechar contrato preciso de alguns documentos para o processo de licitação: a política da '
     'escola sobre diversidade e inclusão, o protocolo contra assédio, como vocês atendem alunos com '
     'dislexia ou deficiência auditiva e, se houver, o relatório de igualdade salarial entre homens e '
     'mulheres. Pedimos isso a todos os fornecedores; não aconteceu nada, é só formalidade.\n\nGostaria '
     'também de um orçamento para um curso de 20 semanas nas nossas instalações, uma manhã por semana.\n\n'
     'Atenciosamente,\nMárcio Toledo\nCoordenador de Capacitação'),
    ('ordinary/plain', 'ai_assist', False, H,
     'da pra fazer late checkout amanha? 13h seria otimo. quarto 2207, Atlântida Fortaleza'),
    ('ordinary/plain', 'ai_assist', False, F,
     'Olá, Rangô Já,\n\nTenho um pequeno escritório de contabilidade (Contábil Paraná, 12 pessoas) e '
     'queremos abrir uma conta empresarial para os almoços de sexta da equipe.\n\nAlgumas perguntas: várias '
     'pessoas podem pedir pela mesma conta, com uma fatura única por mês? Existe pedido mínimo? Dá pra '
     'colocar nosso CNPJ (00.000.441/0001-27) nas notas? E dá pra definir um limite por pessoa, tipo R$ '
     '50, pra ninguém pedir picanha por engano?\n\nFicamos na Rua XV de Novembro 3, Curitiba. Se tiver '
     'formulário, me mandem o link.\n\nMuito obrigada,\nFernanda Kowalski\nGerente administrativa'),
]
