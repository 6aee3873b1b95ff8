"""Blind set 43, Portuguese rows (Brazil and Portugal, row by row). (category, label, opt_out, style, text)."""
ROWS = [
    ('bias/race', 'bias_review', False, 'chat',
     'Um segurança de vocês no Shopping Tamboré me seguiu por todos os corredores e, quando quis saber por quê, '
     "respondeu 'é o procedimento com gente como você'. Minha amiga branca entrou comigo e ninguém olhou pra ela. "
     'Quero uma resposta da empresa.'),
    ('bias/family_status', 'bias_review', False, 'email',
     'Boa tarde. Sou mãe solo de dois filhos, enfermeira no Hospital Santa Clara há oito anos. Em setembro me '
     'candidatei ao apartamento de dois quartos na Rua das Acácias que vocês administram. Na primeira visita o '
     'corretor, o Fábio, foi simpático, disse que minha renda estava ótima e que só faltava o fiador. Quando '
     'voltei com o fiador e as crianças, ele perguntou quem mais morava comigo, eu disse que ninguém, e na hora '
     "mudou de assunto. Dois dias depois recebi mensagem dizendo que o imóvel 'já estava comprometido'. Uma colega"
     ' minha, casada e sem filhos, ligou na semana seguinte e marcou visita no mesmo apartamento, que ainda estava'
     ' no site. Tenho os prints do anúncio com data. Gostaria de saber o que aconteceu de verdade e se vocês têm '
     'algum critério sobre isso. Atenciosamente, Juliana Barros, protocolo 0000-7712'),
    ('bias/religion_accommodation', 'bias_review', False, 'webform',
     "Sou adventista e pedi para a prova de certificação ser num dia que não fosse sábado. Me disseram que 'não "
     "fazem exceção por religião', mas remarcaram a de um colega por causa do casamento do irmão dele."),
    ('hardneg/mention_request', 'ai_assist', False, 'chat',
     'Oi! Estou grávida de 7 meses e queria saber se dá para trocar o voo de Lisboa para o Porto do dia 20 para o '
     'dia 18, e quanto custa a diferença. Reserva 0X4KQ2.'),
    ('hardneg/mention_fault', 'ai_assist', False, 'email',
     'Olá. O meu filho tem paralisia cerebral e usa um tablet para comunicar, por isso a internet em casa é mesmo '
     'essencial. Desde sexta-feira a fibra cai de hora a hora, o técnico veio na segunda, trocou o cabo e disse '
     'que estava resolvido, mas continua igual: ontem à noite caiu quatro vezes entre as 20h e as 23h. Já '
     'reiniciei o router, já testei com cabo direto no computador, e o problema é o mesmo. Os vizinhos do 2.º '
     'esquerdo dizem que a deles também anda a falhar, por isso suspeito que seja da caixa no prédio e não do '
     'nosso equipamento. Podem mandar alguém ver a caixa de distribuição? E, já agora, descontar os dias em que o '
     'serviço não funcionou, como diz o contrato? Moro na Rua Padre Cruz, Benfica, Lisboa. Obrigado, Rui Teixeira,'
     ' cliente 000-58204'),
    ('hardneg/threat', 'ai_assist', False, 'chat',
     'se vocês não cancelarem essa multa de fidelidade vou postar no Reclame Aqui que essa empresa é '
     'preconceituosa, quero ver. Contrato 0000-8831'),
    ('hardneg/student_project', 'ai_assist', False, 'email',
     'Prezados, sou aluna do 3.º ano de Direito na UFMG e estou fazendo o TCC sobre discriminação nas relações de '
     'consumo. Vocês teriam uma política escrita de diversidade e atendimento a pessoas com deficiência que eu '
     'possa citar? Meu orientador sugeriu comparar três empresas de telefonia e ver o que cada uma publica sobre o'
     ' tema: canais de denúncia, prazos de resposta, se existe ouvidoria própria e se o site tem recursos de '
     'acessibilidade. Não preciso de nenhum dado de cliente, nem de casos concretos, só dos documentos que já são '
     'públicos ou que vocês possam compartilhar. Se houver alguém da área de diversidade disposto a dar uma '
     'entrevista curta por vídeo, de uns vinte minutos, seria ótimo, mas entendo se não for possível. O prazo de '
     'entrega é em março. Obrigada desde já, Camila Duarte'),
    ('hardneg/rude_everyone', 'ai_assist', False, 'chat',
     'Sou cadeirante e fui na agência da Av. Paulista ontem. O gerente foi grosso comigo, mas foi grosso com a '
     'fila toda, gritou até com um senhor de terno. Enfim, preciso só da segunda via do cartão.'),
    ('ordinary/plain', 'ai_assist', False, 'chat',
     'Bom dia, dá pra passar o vencimento do meu boleto do dia 5 pro dia 15?'),
    ('optout/plain', 'ai_assist', True, 'email',
     'Olá. Não aceito IA a tratar ou a responder ao que vos escrevo. Quero só saber quando chega o reembolso da '
     'encomenda 00-61190, devolvida no dia 22.'),
    ('optneg/someone_else', 'ai_assist', False, 'chat',
     'Minha mãe não gosta desse robô de vocês, mas eu uso sem problema. Queria saber se o plano família aceita '
     'quatro linhas.'),
    ('human/plain', 'human', False, 'chat',
     'Cansei do menu, rodei três vezes e volto sempre pro começo. Tem alguma pessoa aí pra me atender? Quero falar'
     ' com gente.'),
    ('bias/origin', 'bias_review', False, 'email',
     'Bom dia. Sou brasileira, vivo em Coimbra há seis anos com autorização de residência permanente, e pedi na '
     "vossa agência da Baixa um cartão de crédito com limite de 1.500 euros. A funcionária disse-me que 'para "
     "brasileiros o banco pede sempre fiador português e um depósito de garantia', e que era assim para toda a "
     'gente da minha nacionalidade. Uma colega de trabalho, portuguesa, com o mesmo contrato e o mesmo ordenado '
     'que eu na mesma empresa, pediu o mesmo cartão na semana anterior e teve-o aprovado sem fiador nem depósito. '
     'Não encontro essa regra em lado nenhum no vosso site. Gostaria de saber se ela existe e, se não existe, que '
     'o meu pedido seja reavaliado nas mesmas condições. Cumprimentos, Larissa Monteiro, cliente 000-44917'),
    ('bias/language_accent', 'bias_review', False, 'chat',
     "No telefone, o rapaz do atendimento tirou sarro do meu sotaque de Pernambuco, falou 'aprende a falar "
     "português primeiro' e riu. Depois passou pra outra pessoa e ela entendeu tudo de primeira."),
    ('bias/gender_identity', 'bias_review', False, 'webform',
     'Sou mulher trans, desde janeiro o cadastro tem o meu nome social. Na retirada do pedido o funcionário leu '
     'meu nome morto em voz alta na fila, duas vezes, e riu com o colega. Com as outras clientes ele chamava pelo '
     'nome do cadastro.'),
    ('hardneg/loyal_pricing', 'ai_assist', False, 'chat',
     'vcs discriminam cliente antigo né, 10 anos de plano e pago 129, cliente novo paga 79 pelo mesmo. vão baixar '
     'ou vou portar o número'),
    ('hardneg/own_prejudice', 'ai_assist', False, 'chat',
     'Confesso que quando vi que a motorista era uma senhora de idade achei que ia demorar, mas chegou antes do '
     'horário. Quero só pedir o recibo da corrida de ontem, 18h40.'),
    ('hardneg/joke_pet', 'ai_assist', False, 'chat',
     'meu cachorro é racista com o carteiro de vocês kkkk late só pra ele. mas falando sério, a encomenda não '
     'chegou, código 00BR4471'),
    ('hardneg/policy_question', 'ai_assist', False, 'email',
     'Boa tarde, sou professora numa escola em Braga e estamos a organizar uma visita de estudo com alunos em '
     'cadeira de rodas. Os vossos autocarros têm rampa e lugares reservados? E é preciso avisar com quanta '
     'antecedência? Seremos 46 alunos do 8.º ano, três deles em cadeira de rodas (duas manuais e uma elétrica, '
     'bastante pesada), mais seis professores e duas auxiliares. A ideia é ir de Braga ao Porto no dia 12 de '
     'março, de manhã, visitar o Museu dos Transportes e regressar por volta das 17h. Gostávamos de saber também '
     'se o motorista tem formação para ajudar na subida da rampa ou se devemos levar alguém nosso para isso, e se '
     'há custo extra. Se for preciso preencher algum formulário de grupo, podem enviar para este endereço. '
     'Obrigada, Sofia Amaral'),
    ('hardneg/mention_religion', 'ai_assist', False, 'email',
     'Olá, sou evangélico e a nossa igreja em Contagem quer contratar o plano empresarial de internet para o '
     'templo e a sala das crianças. Quantos pontos de acesso vêm incluídos e qual o prazo de instalação? O prédio '
     'tem dois andares, a nave principal embaixo e, no andar de cima, a sala das crianças, a secretaria e uma '
     'pequena cozinha. Hoje usamos um plano residencial que não dá conta aos domingos, quando transmitimos o culto'
     ' ao vivo e mais de cem pessoas tentam entrar no wi-fi ao mesmo tempo. Precisamos de nota fiscal em nome da '
     'igreja (CNPJ 00.000.000/0001-91) e, se possível, de um IP fixo para as câmeras. A instalação teria de ser de'
     ' terça a sexta, porque aos sábados e domingos o espaço está sempre ocupado. Pastor Edson Ribeiro'),
    ('ordinary/plain', 'ai_assist', False, 'email',
     'Boa tarde. Fiz uma compra no vosso site no dia 25 de novembro (encomenda 0000-20418): uma máquina de café, '
     'um moinho e dois pacotes de café em grão. Recebi tudo ontem, menos o moinho, que aparece na fatura como '
     'enviado. A caixa vinha bem fechada e o peso indicado na etiqueta (4,2 kg) parece-me corresponder só à '
     'máquina e ao café, por isso acho que o moinho nunca chegou a sair do armazém. Podem verificar e enviar a '
     'peça em falta? Se não houver stock, prefiro o reembolso do valor do moinho (89,90 €) para o mesmo cartão, e '
     'não um vale. Já agora, a máquina trazia uma amostra de descalcificante que não estava na descrição, obrigada'
     ' pela simpatia. Fico a aguardar. Com os melhores cumprimentos, Teresa Quintela, Rua do Almada, Porto'),
    ('ordinary/plain', 'ai_assist', False, 'chat',
     'oi, perdi a senha do aplicativo e o código pra recuperar não vem no meu e-mail, como resolvo?'),
    ('ordinary/plain', 'ai_assist', False, 'webform',
     'Gostaria de incluir minha esposa como dependente no plano odontológico a partir de janeiro. Quais documentos'
     ' preciso enviar? Matrícula 0000318.'),
    ('optout/plain', 'ai_assist', True, 'chat',
     'Por favor, não usem IA pra responder ou ler minhas mensagens, não concordo com isso. Preciso só do código de'
     ' rastreio do pedido 00-71022.'),
]
