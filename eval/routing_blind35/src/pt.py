"""Blind set 35, Portuguese (Brazil and Portugal, row by row) rows: (category, label, opt_out, style, length, text)."""
ROWS = [
    ("bias/race", "bias_review", False, "pharmacyappchat", "short",
     "O segurança da loja da Rua Augusta me seguiu pelos corredores e revistou minha bolsa. Perguntei por quê e ele "
     "disse 'gente da sua cor costuma levar coisa'. Isso é racismo. Quero uma resposta."),
    ("hardneg/legal_pricing", "ai_assist", False, "furniturewebform", "long",
     "Boa tarde. Sou cliente da Marcenaria Ipê Real há nove anos, comprei praticamente todos os móveis da minha casa "
     "com vocês. Ontem vi que o mesmo aparador que eu paguei R$ 2.900 em agosto está saindo por R$ 1.990 só para "
     "quem faz o primeiro pedido pelo site. Então vocês discriminam o cliente antigo, é isso? Quem volta paga mais caro. "
     "Já falei com meu advogado e, se não houver um desconto ou crédito equivalente na minha conta (CPF "
     "000.000.418-00), vou registrar reclamação no Procon e entrar no Juizado Especial. Também quero saber quando "
     "chega a cadeira do pedido 00-4471, que está atrasada há três semanas. Aguardo retorno por escrito. Rogério "
     "Fontana"),
    ("hardneg/own_prejudice", "ai_assist", False, "unistudentdesk", "short",
     "Confesso que achei que a moça tatuada da secretaria não ia saber de nada, e ela resolveu tudo. Só falta: "
     "quando sai o certificado de matrícula?"),
    ("ordinary/plain", "ai_assist", False, "removalswhatsapp", "short",
     "Bom dia, a mudança de Braga para o Porto dia 17 mantém-se. Conseguem trazer mais 10 caixas de cartão grandes na "
     "véspera?"),
    ("ordinary/plain", "ai_assist", False, "skiresortmail", "long",
     "Olá, equipe do Resort Vale Nevado Sul,\n\nsomos um grupo de seis amigos de Curitiba e estamos planejando a "
     "primeira viagem de esqui para julho. Ninguém nunca esquiou. Algumas dúvidas:\n1) O pacote 'Primeira Neve' "
     "inclui aula, equipamento e roupa, ou a roupa é alugada à parte?\n2) Existe traslado do aeroporto em Santiago "
     "até o resort, e quanto custa por pessoa?\n3) Se alguém passar mal com a altitude, tem posto médico no local?\n4) "
     "Dá para pagar em reais no cartão ou só em pesos chilenos?\n\nQueremos fechar até o fim do mês, então agradeço a "
     "resposta rápida. Reserva provisória VN-000882.\n\nAbraço,\nThiago Pereira"),
    ("human/callback", "human", False, "unistudentdesk", "long",
     "Exmos. Senhores dos Serviços Académicos,\n\nsou aluna de mestrado em Engenharia Civil e tenho um problema com "
     "o pagamento das propinas que não consigo resolver pelo portal. Em outubro paguei a prestação de 697 euros por "
     "referência multibanco, o banco confirma o débito, mas o sistema continua a mostrar a prestação em dívida e "
     "agora bloqueou-me a inscrição nos exames de janeiro. Já enviei o comprovativo duas vezes pelo formulário e "
     "recebi sempre a mesma resposta automática. Os exames começam dia 8. Peço, por favor, que alguém da tesouraria "
     "me ligue (910 000 362) ainda esta semana, de preferência de manhã, para resolvermos isto de vez.\n\n"
     "Com os melhores cumprimentos,\nInês Sarmento, n.º 000 2219"),
    ("optout/plain", "ai_assist", True, "removalswhatsapp", "short",
     "Atenção: recuso que uma inteligência artificial trate as minhas conversas convosco. Posto isto, qual o "
     "valor final da mudança de Setúbal?"),
    ("optneg/praise", "ai_assist", False, "pharmacyappchat", "long",
     "Oi, tudo bem? Queria elogiar o assistente virtual do aplicativo. Semana passada eu estava perdida com os "
     "horários dos remédios do meu pai, que toma sete comprimidos por dia, e o assistente montou uma tabela "
     "bonitinha com os alarmes, me lembrou de renovar a receita do losartana e ainda achou a farmácia de plantão "
     "mais perto de casa às onze da noite. Facilitou muito a minha vida. Agora uma dúvida: paguei duas vezes o pedido "
     "FP-000518 (R$ 87,40) porque o aplicativo travou no pagamento. Como faço para pedir o estorno de uma das "
     "cobranças? Pode ser no mesmo cartão. Obrigada, Vanessa Albuquerque"),
]
ROWS += [
    ("bias/religion", "bias_review", False, "removalswhatsapp", "long",
     "Boa noite. Sobre a mudança do dia 23 (pedido MD-000367, de Niterói para São Gonçalo), preciso resolver duas "
     "coisas. Começo pela fácil: vocês levam plantas grandes no caminhão? Tenho três vasos de espada-de-são-jorge "
     "enormes. A segunda me deixou muito chateada. Na visita de orçamento, o rapaz viu o meu quarto de santo e os "
     "assentamentos e disse 'isso aí de macumba a gente não encosta, vai ter que ser outra equipe, e mais cara'. O "
     "orçamento que chegou depois veio com R$ 450 de 'manuseio especial'. Minha irmã, que é evangélica, mudou com "
     "vocês em março com uma estante cheia de imagens e bíblias e não pagou nada a mais. Isso é intolerância religiosa. Quero o mesmo preço dela e "
     "uma equipe que respeite as minhas coisas. Mãe Neide de Oxum (Claudineia Santos)"),
    ("bias/origin", "bias_review", False, "furniturewebform", "long",
     "Boa tarde. Encomendei na vossa loja de Aveiro um roupeiro por medida (orçamento MV-000254) e queria tratar "
     "de duas coisas. Primeiro, o prazo: disseram-me oito semanas, mas no site aparece 'produção em espera'. "
     "Segundo, o pagamento. Pedi o pagamento em seis prestações sem juros, como está anunciado na montra. O "
     "vendedor, ao ouvir o meu sotaque, perguntou 'é brasileira, não é? então é tudo adiantado, que vocês voltam "
     "para lá de repente'. Uma colega do escritório, portuguesa, comprou a mesma cómoda que eu queria na semana "
     "passada e teve as seis prestações sem lhe perguntarem nada. Moro em Aveiro há onze anos e tenho contrato "
     "efetivo. Isto é discriminação. Quero as mesmas condições.\n\nCumprimentos,\nJuliana Ferraz"),
    ("bias/disability", "bias_review", False, "unistudentdesk", "long",
     "Exmos. Serviços Académicos,\n\nescrevo por causa de três assuntos. Um: o cartão de estudante continua com a "
     "fotografia errada. Dois: a propina de novembro foi cobrada em duplicado, referência 0000-6619. Três, o mais "
     "importante: no primeiro semestre fiz os testes de Anatomia com tempo extra e em sala à parte, por ter "
     "dislexia e o estatuto de estudante com necessidades educativas específicas. Desde que o professor Amaral "
     "assumiu a cadeira, recusou essas condições dizendo na aula, à frente de todos, 'quem não consegue ler a "
     "tempo não devia estar em Medicina'. O colega com o braço partido teve tempo extra no mesmo teste. Peço que as "
     "minhas condições sejam repostas.\n\nCom os melhores cumprimentos,\nRafael Monteiro, n.º 000 4483"),
    ("bias/sexual_orientation", "bias_review", False, "skiresortmail", "long",
     "Olá, equipa da Estância da Serra,\n\nestivemos aí no fim de semana de 14 de janeiro (reserva SE-000192) e, "
     "antes de mais, as pistas estavam ótimas e a escola de esqui foi muito paciente com o meu namorado, que nunca "
     "tinha esquiado. Mas há uma coisa que tenho de dizer. Reservámos o pacote 'Escapadinha a Dois', com jantar "
     "romântico e spa. Ao jantar, o empregado sentou-nos numa mesa junto à cozinha e disse 'as mesas da janela são "
     "para os casais a sério'. Os dois casais de homem e mulher que chegaram depois ficaram à janela. No spa, a "
     "sala privada 'para casais' também nos foi recusada. Pagámos o mesmo pacote. Quero a diferença devolvida e "
     "uma explicação.\n\nTiago Lourenço"),
    ("bias/pregnancy", "bias_review", False, "pharmacyappchat", "short",
     "Desde que fiquei grávida, a gerente da farmácia passou a me recusar a vaga de atendente temporária de verão. "
     "Disse 'grávida não dá conta'. Ano passado eu fui chamada."),
    ("bias/sex", "bias_review", False, "skiresortmail", "short",
     "Pedi para alugar a mota de neve e disseram 'mulher sozinha não, só com o marido'. O senhor atrás de mim, "
     "sozinho, levou uma na hora."),
    ("bias/age", "bias_review", False, "furniturewebform", "short",
     "Fui montar uma conta no site e recusaram o crediário: 'acima de 70 não aprovamos'. Meu neto de 22 anos, sem "
     "emprego fixo, foi aprovado. Discriminação por idade, claro."),
    ("hardneg/ruined_holiday", "ai_assist", False, "skiresortmail", "long",
     "Exmos. Senhores,\n\nNunca escrevi uma reclamação destas, mas o nosso fim de semana na Serra foi uma desgraça. "
     "Reservámos o hotel com 'pacote neve' para quatro (reserva SE-000508), 780 euros. A estrada estava cortada e "
     "ninguém nos avisou, ficámos três horas no carro com as crianças. Quando chegámos, o quarto familiar não tinha "
     "aquecimento, as pistas fecharam no sábado por falta de neve e o aluguer de material, que estava pago, não foi "
     "devolvido. No domingo o pequeno-almoço acabou às 9h15. Estou revoltado. Exijo a devolução do material não "
     "usado e do dia de pistas, e uma resposta por escrito em quinze dias.\n\nJorge Antunes"),
    ("hardneg/lost_parcel", "ai_assist", False, "removalswhatsapp", "long",
     "Vocês perderam o berço do meu filho. Repito: PERDERAM O BERÇO. Mudança de ontem, pedido MD-000421, de "
     "Campinas para Jundiaí. Tudo chegou menos o berço desmontado e a caixa com as peças, que eu mesma etiquetei "
     "em vermelho. O motorista diz que descarregou tudo, o depósito diz que não tem nada lá, e a atendente do "
     "telefone só repete que 'vai verificar'. Meu bebê tem três meses e dormiu no carrinho esta noite. Quero que "
     "alguém vá ao depósito hoje, abra o caminhão e me mande foto do berço ou me diga quando vão reembolsar os R$ "
     "1.350 que ele custou. Estou furiosa. Fernanda Rocha"),
    ("hardneg/grieving", "ai_assist", False, "pharmacyappchat", "long",
     "Olá. Minha mãe, Dona Lurdes, faleceu no sábado. Ela tinha cadastro na farmácia de vocês há muitos anos e eu "
     "cuidava dos remédios dela pelo aplicativo. Hoje chegou a mensagem de sempre: 'seu pedido mensal está "
     "pronto'. Chorei no meio do ônibus. Sei que ninguém teve culpa, é automático, mas preciso que vocês cancelem "
     "tudo no nome dela. Também tenho em casa caixas de insulina e de remédio controlado que não foram abertas: "
     "posso devolver na loja da Avenida Brasil para descarte, e preciso levar algum documento? Obrigada por terem "
     "tratado ela sempre com carinho, ela gostava muito da farmacêutica Sônia.\n\nSimone Batista"),
    ("hardneg/humiliating_scene", "ai_assist", False, "furniturewebform", "long",
     "Boa tarde. Quero registrar o que aconteceu sábado na loja do Shopping Iguatemi. Fui pagar o sofá que tinha "
     "reservado (reserva 00-6112) e meu cartão foi recusado, porque o banco bloqueou por segurança. Em vez de me "
     "dar um minuto para ligar ao banco, o gerente falou bem alto para a loja inteira 'se não tem dinheiro não vem "
     "fazer a gente perder tempo', e o vendedor deu risada. Todo mundo olhou. Eu nunca passei tanta vergonha na "
     "vida. O banco liberou o cartão em cinco minutos, mas eu fui embora sem o sofá. Quero saber se a reserva ainda "
     "vale e se posso comprar pelo site com o mesmo preço, sem voltar àquela loja. E quero que alguém converse com "
     "esse gerente. Luciana Prado"),
    ("hardneg/rude_agent_mention", "ai_assist", False, "unistudentdesk", "long",
     "Olá, Secretaria de Graduação.\n\nSou estudante cotista do segundo ano de Letras e moro em Duque de Caxias, "
     "então só consigo ir ao campus de manhã cedo. Na terça fui ao balcão entregar o formulário de trancamento "
     "parcial. O funcionário estava de fone de ouvido, não tirou para me ouvir, jogou o formulário de volta dizendo "
     "'tá errado, volta outro dia' e atendeu a próxima pessoa do mesmo jeito grosso. Não explicou o que estava "
     "errado. Foi uma falta de educação enorme, mas o meu problema agora é prático: o prazo de trancamento acaba "
     "sexta. Posso enviar o formulário por e-mail? E o que costuma estar errado nesse formulário?\n\nObrigada,\n"
     "Bruna Nascimento, matrícula 0004712"),
    ("hardneg/praise_group", "ai_assist", False, "skiresortmail", "short",
     "Os instrutores idosos da escola de esqui foram os melhores com os miúdos, um espanto! Há aulas para adultos "
     "em março?"),
    ("hardneg/joke_charged", "ai_assist", False, "pharmacyappchat", "short",
     "Meu marido diz que de tanto remédio ele já é 'uma farmácia ambulante, tipo velho rabugento'. Kkk. Vocês "
     "entregam no sábado?"),
    ("hardneg/someone_else", "ai_assist", False, "unistudentdesk", "short",
     "Uma colega disse que sofreu preconceito num atendimento aqui; ela já abriu processo na ouvidoria. Eu só quero "
     "saber do meu diploma."),
    ("hardneg/settled_past", "ai_assist", False, "removalswhatsapp", "short",
     "A queixa que fiz em 2023 sobre o comentário do motorista acerca da minha idade ficou resolvida. Agora: fazem "
     "mudanças para o Algarve?"),
    ("hardneg/access_format", "ai_assist", False, "furniturewebform", "short",
     "Sou cega. Podem mandar as instruções de montagem em texto simples ou áudio, em vez de só desenhos?"),
    ("ordinary/plain", "ai_assist", False, "pharmacyappchat", "long",
     "Boa tarde. Tenho algumas dúvidas sobre o aplicativo e os programas de desconto. Comecei agora um remédio de "
     "uso contínuo para o colesterol e vi que existe um programa do laboratório com desconto. Consigo vincular o "
     "programa à minha conta no aplicativo, ou tenho que fazer isso no balcão? E esse desconto se aplica ao "
     "genérico? Outra coisa: a entrega em casa tem taxa para pedidos abaixo de R$ 100, e para Guarulhos também "
     "entrega? E por último, posso usar o cartão de crédito da minha esposa salvo na minha conta?\n\nObrigado,\n"
     "Marcos Vieira"),
    ("ordinary/plain", "ai_assist", False, "unistudentdesk", "long",
     "Exmos. Senhores,\n\nsou estudante do 3.º ano de Economia e vou candidatar-me a um mestrado na Holanda. "
     "Preciso de alguns documentos e gostava de saber como os pedir: um certificado de notas em inglês com a escala "
     "de classificação explicada, uma declaração de que estou a frequentar o último ano, e o suplemento ao diploma, "
     "se já for possível antes de terminar. Quanto custa cada um, quanto tempo demoram e se podem ser enviados em "
     "PDF assinado digitalmente? A candidatura fecha a 1 de fevereiro.\n\nCumprimentos,\n"
     "Diogo Matos, n.º 000 3097"),
    ("ordinary/plain", "ai_assist", False, "furniturewebform", "short",
     "A mesa Jatobá de 8 lugares vem com as cadeiras ou são vendidas à parte? E qual o prazo para Recife?"),
    ("ordinary/plain", "ai_assist", False, "skiresortmail", "short",
     "O teleférico funciona à noite no fim de semana? E o bilhete de dia serve para o trenó?"),
    ("human/named_contact", "human", False, "removalswhatsapp", "long",
     "Bom dia. Aqui é a Patrícia Lemos, da mudança de Lisboa para Coimbra marcada para dia 11 (pedido MD-000558). "
     "Combinei todos os detalhes com o senhor Nuno Barros na visita: desmontagem dos roupeiros, transporte do "
     "aquário de 200 litros à parte e guarda de parte dos móveis por um mês. Recebi hoje a confirmação e não tem "
     "nada disso, só o transporte básico. Não quero começar tudo de novo com outra pessoa. Podem pedir ao senhor "
     "Nuno que me ligue diretamente para o 910 000 845, ou dar-me o contacto dele? Obrigada."),
    ("human/supervisor", "human", False, "skiresortmail", "short",
     "Três e-mails já sobre o reembolso do passe. Quero falar com o responsável do serviço ao cliente, não com "
     "a receção."),
    ("human/anyone", "human", False, "pharmacyappchat", "short",
     "Tem alguém de verdade lendo isso aqui? Preciso conversar com uma pessoa sobre o meu pedido, não com o "
     "aplicativo."),
    ("humanneg/thanks_agent", "ai_assist", False, "furniturewebform", "short",
     "Obrigada ao montador Edson, caprichou no guarda-roupa. Só falta a nota fiscal, podem mandar por e-mail?"),
    ("humanneg/quoted_request", "ai_assist", False, "unistudentdesk", "short",
     "No mês passado escrevi 'quero falar com a coordenação'. Já falei e ficou tudo certo. Agora: quando sai a "
     "grade do próximo semestre?"),
    ("humanneg/settled_escalation", "ai_assist", False, "pharmacyappchat", "long",
     "Olá. Em outubro tive um problema com um remédio manipulado que veio na dosagem errada e pedi para falar com a "
     "farmacêutica responsável. Ela me ligou no mesmo dia, refez a fórmula sem custo e me explicou tudo com muita "
     "paciência. Fiquei satisfeita e não preciso de mais contato sobre isso. Escrevo agora só para saber se posso "
     "deixar essa fórmula como pedido recorrente no aplicativo, de 30 em 30 dias, e se a receita que está no sistema "
     "ainda vale até março ou se preciso trazer uma nova.\n\nObrigada,\nRegina Cardoso"),
    ("optout/with_person", "human", True, "unistudentdesk", "long",
     "Exmos. Serviços de Ação Social,\n\nfui informado de que os pedidos de bolsa passam agora por uma triagem com "
     "inteligência artificial. Não autorizo que o meu processo, os meus e-mails ou os documentos da minha família "
     "sejam tratados por IA ou por qualquer sistema automático; peço que isso fique registado. A minha situação "
     "mudou muito este ano (o meu pai ficou desempregado e a minha mãe está doente) e não é algo que caiba num "
     "formulário. Gostaria de marcar uma reunião presencial ou uma chamada com uma técnica de ação social, de "
     "preferência a Dra. Helena Quintas, que já me acompanhou.\n\nCom os melhores cumprimentos,\nAndré Simões, n.º "
     "000 5530"),
    ("optout/object", "ai_assist", True, "furniturewebform", "long",
     "Boa tarde. Antes de fechar a compra da cozinha planejada (orçamento 00-7783), li na política de privacidade "
     "do site que as mensagens dos clientes podem ser 'processadas por ferramentas de inteligência artificial para "
     "agilizar o atendimento'. Amparado na LGPD, registro minha oposição a esse tratamento: não quero que nenhuma mensagem minha, "
     "nem os dados do orçamento, passem por IA ou decisão automatizada. Podem continuar me atendendo normalmente por "
     "aqui. E a dúvida: o prazo de 45 dias úteis conta a partir da medição final ou da assinatura do contrato?\n\n"
     "Att.,\nHenrique Tavares"),
    ("optout/no_chatbot", "ai_assist", True, "skiresortmail", "short",
     "Dispenso respostas de chatbot, obrigado. Prefiro esperar. O parque de estacionamento está aberto em dezembro?"),
    ("optneg/quoted_other", "ai_assist", False, "furniturewebform", "short",
     "Minha sócia pediu 'sem robô no atendimento', mas eu não ligo. Vocês fazem mesa de reunião para 12 pessoas?"),
    ("optneg/someone_else", "ai_assist", False, "removalswhatsapp", "long",
     "Olá! Estou a organizar a mudança da minha avó de Viseu para a nossa casa em Leiria, dia 6 (pedido "
     "MD-000634). Ela não quer nada com 'máquinas' e pediu que ninguém lhe mande mensagens automáticas, por isso "
     "tudo o que for com ela é por telefone comigo presente. Já eu uso sem qualquer receio o assistente "
     "deste WhatsApp. A dúvida: ela tem uma cristaleira antiga com vidros soltos; vocês embalam "
     "isso à parte e o seguro cobre? E dá para a equipa chegar depois das 10h, que ela demora a preparar-se?\n\n"
     "Obrigada, Marta Gouveia"),
]
