"""Blind set 50, Portuguese (Brazil and Portugal, row by row): 40 rows written by hand for this set.
(category, label, opt_out, style, text)."""
B, H, A = "bias_review", "human", "ai_assist"

ROWS = [
    # --- bias (8: 4 explicit, 4 implicit) ---
    ("bias/remark", B, False, "review",
     "Uma estrela para a Loja Vesttudo do Shopping Ibirapuera. S\u00e1bado passado levei meu filho de 16 anos para "
     "comprar um t\u00eanis com o dinheiro do primeiro est\u00e1gio dele. O seguran\u00e7a seguiu ele de corredor em corredor, "
     "sem disfar\u00e7ar, enquanto eu estava no caixa. Quando fui perguntar o que estava acontecendo, ele falou na "
     "frente de todo mundo: \"Neguinho sozinho aqui dentro a gente fica de olho, \u00e9 ordem da ger\u00eancia.\" Meu filho "
     "largou o t\u00eanis e saiu chorando. A gerente, quando chamei, disse que \"ele \u00e9 meio grosso mas \u00e9 um bom "
     "funcion\u00e1rio\". Outros adolescentes brancos andavam pela loja sem ningu\u00e9m atr\u00e1s. Exijo que a empresa me responda se existe mesmo essa ordem e o que vai ser feito. Tenho o hor\u00e1rio, o nome da gerente e duas "
     "testemunhas. Nunca mais piso a\u00ed. Cl\u00e1udia Nascimento"),
    ("bias/remark", B, False, "dm",
     "o funcion\u00e1rio da vossa loja no Colombo disse \u00e0 minha irm\u00e3 \"com esse len\u00e7o de mu\u00e7ulmana n\u00e3o pode usar "
     "o provador\" \U0001f620 ontem \u00e0s 18h"),
    ("bias/cause", B, False, "ticket-reply",
     "> Informamos que a cobertura para as sess\u00f5es de terapia ocupacional foi negada.\n> Atenciosamente, Central "
     "de Atendimento Vida Plena Sa\u00fade\n\n"
     "A atendente da unidade de Campinas me explicou o motivo por telefone: \"para autista o plano tem regra "
     "diferente, a car\u00eancia \u00e9 maior\". Meu filho tem 5 anos, est\u00e1 no plano desde que nasceu e tem laudo e "
     "pedido m\u00e9dico. Uma menina do pr\u00e9dio, no mesmo plano, conseguiu a mesma terapia na hora. Quero a negativa "
     "por escrito com o motivo."),
    ("bias/cause", B, False, "ticket-reply",
     "> Lamentamos o sucedido. O anfitri\u00e3o tem direito a cancelar reservas nos termos da nossa pol\u00edtica.\n"
     "> Com os melhores cumprimentos, Apoio ao Cliente, Casas do Douro\n\n"
     "Boa tarde. Compreendo que o anfitri\u00e3o possa cancelar, mas n\u00e3o por qualquer motivo. Fiz a reserva do "
     "apartamento em Vila Real para 12 a 19 de dezembro, paguei os 540 euros e o anfitri\u00e3o confirmou. Dois dias "
     "depois, quando lhe enviei os documentos para o registo, recebi esta mensagem dele, que tenho guardada: "
     "\"Desculpe, n\u00e3o aceitamos brasileiros, j\u00e1 tivemos problemas. Vou cancelar.\" Cancelou nessa hora. O "
     "apartamento continua dispon\u00edvel na vossa plataforma para as mesmas datas. Vivo em Portugal h\u00e1 seis anos, "
     "tenho autoriza\u00e7\u00e3o de resid\u00eancia e nunca tive uma queixa. A minha pergunta \u00e9 simples: a vossa pol\u00edtica "
     "permite que um anfitri\u00e3o recuse h\u00f3spedes pela nacionalidade? Se n\u00e3o permite, o que fazem com este "
     "anfitri\u00e3o? Envio em anexo a captura da mensagem. Reserva 0000-48261. Cumprimentos, Thiago Albuquerque"),
    ("bias/comparison", B, False, "review",
     "Duas estrelas para a concession\u00e1ria Via Sul Ve\u00edculos, unidade de Porto Alegre. Fui na quinta-feira ver o "
     "mesmo SUV que meu colega de trabalho, o Rafael, tinha cotado na segunda. Mesmo modelo, mesma vers\u00e3o, mesma cor, "
     "mesma entrada de 30 mil e o mesmo prazo de 48 meses, e a gente tem praticamente o mesmo sal\u00e1rio. O vendedor me "
     "passou um pre\u00e7o R$ 4.800 mais alto e uma taxa de juros maior, e ainda perguntou duas vezes se \"algu\u00e9m l\u00e1 "
     "de casa\" ia ajudar a decidir. Mostrei a proposta do Rafael no celular, impressa pela pr\u00f3pria loja, e ele "
     "disse que \"essa condi\u00e7\u00e3o era s\u00f3 pra ele\". Eu sou engenheira, eu decido sozinha, e eu pago sozinha. N\u00e3o "
     "encontro nenhuma diferen\u00e7a entre as duas negocia\u00e7\u00f5es al\u00e9m de quem estava sentada na cadeira. Quero "
     "entender."),
    ("bias/comparison", B, False, "dm",
     "uma pergunta para o gin\u00e1sio de Matosinhos \U0001f914\na minha vizinha do 2.\u00ba esq. inscreveu-se ontem: 30\u20ac e "
     "pronto\neu, hoje, mesmo plano: 30\u20ac + cau\u00e7\u00e3o de 200\u20ac + fiador\nela \u00e9 de Braga, eu sou de Luanda. "
     "mais nada de diferente\nexpliquem l\u00e1"),
    ("bias/access", B, False, "review",
     "Uma estrela. Desde o AVC minha m\u00e3e n\u00e3o consegue piscar o olho esquerdo, e o app do Banco Horizonte s\u00f3 "
     "libera a conta com uma selfie \"piscando\". Na ag\u00eancia de Niter\u00f3i o gerente disse \"sem o app n\u00e3o tem "
     "jeito, traz ela quando ela conseguir\". Ela est\u00e1 sem acesso \u00e0 aposentadoria h\u00e1 duas semanas."),
    ("bias/after_change", B, False, "ticket-reply",
     "> Informamos que a pr\u00e9-aprova\u00e7\u00e3o de cr\u00e9dito habita\u00e7\u00e3o deixou de estar dispon\u00edvel para o seu perfil.\n"
     "> Com os melhores cumprimentos, Banco Atl\u00e2ntico Norte\n\n"
     "Gostaria de perceber o que mudou no meu \"perfil\". Sou cliente h\u00e1 catorze anos. Em setembro o meu gestor, o "
     "Dr. Pedro Sim\u00f5es, ligava-me quase todas as semanas a propor o cr\u00e9dito pr\u00e9-aprovado e chegou a marcar "
     "reuni\u00e3o. No dia 2 de outubro fui ao balc\u00e3o de Aveiro acrescentar o Rui, o meu marido, como segundo "
     "titular da conta. A funcion\u00e1ria chamou uma colega, as duas olharam para n\u00f3s e riram-se, e uma disse \"ah, "
     "\u00e9 o marido, est\u00e1 bem\". Desde esse dia o Dr. Sim\u00f5es nunca mais atendeu nem ligou, a reuni\u00e3o foi "
     "desmarcada e agora recebo esta mensagem. O meu ordenado e as minhas poupan\u00e7as s\u00e3o os mesmos, e o Rui "
     "ganha mais do que eu. Pe\u00e7o que me expliquem, por escrito, porque \u00e9 que a pr\u00e9-aprova\u00e7\u00e3o desapareceu "
     "logo depois de ele entrar na conta. Nuno Carvalho"),

    # --- hard negatives (12) ---
    ("hardneg/joke_object", A, False, "dm",
     "minha air fryer \u00e9 preconceituosa com batata-doce kkkkk sempre sai crua no meio \U0001f602 tem temperatura "
     "certa?"),
    ("hardneg/threat", A, False, "ticket-reply",
     "> O artigo n\u00e3o pode ser devolvido por se tratar de uma promo\u00e7\u00e3o.\n\n"
     "Ent\u00e3o vou escrever no Livro de Reclama\u00e7\u00f5es e na internet que discriminam quem compra em promo\u00e7\u00e3o, e "
     "chamo a ASAE. Encomenda 0000-66031. Tomem uma decis\u00e3o at\u00e9 sexta."),
    ("hardneg/own_prejudice", A, False, "review",
     "Tr\u00eas estrelas. Vou ser sincero: ao ver que o eletricista era um senhor bem velhinho pensei \"esse a\u00ed n\u00e3o "
     "sobe nem na escada\". Subiu, resolveu o quadro de luz em uma hora e ainda me ensinou a trocar o disjuntor. "
     "Tirei duas estrelas porque o agendamento mudou tr\u00eas vezes."),
    ("hardneg/loyal_price", A, False, "review",
     "Uma estrela para a Fibra Luso. Sou cliente desde 2012, nunca falhei um pagamento, e pago 52 euros por "
     "internet, televis\u00e3o e telefone. No vosso site, esse pacote para novos clientes custa 29,99. Telefonei para o apoio, esperei 35 minutos e a \u00fanica proposta foi baixar para 48 com um novo per\u00edodo de "
     "fideliza\u00e7\u00e3o de dois anos. Isto \u00e9 discrimina\u00e7\u00e3o dos clientes antigos, e n\u00e3o h\u00e1 outra forma de lhe "
     "chamar. Quem chegou ontem paga quase metade, quem vos paga h\u00e1 doze anos \u00e9 castigado. O meu cunhado "
     "cancelou, voltou tr\u00eas meses depois como cliente novo e agora paga menos do que eu pelo mesmo servi\u00e7o. "
     "Recuso-me a fazer esse teatro. Se at\u00e9 ao fim do per\u00edodo de fideliza\u00e7\u00e3o n\u00e3o me apresentarem o pre\u00e7o de "
     "cliente novo, mudo de operador e levo comigo os meus pais, que tamb\u00e9m s\u00e3o vossos clientes."),
    ("hardneg/policy_question", A, False, "ticket-reply",
     "> Ol\u00e1! Em que podemos ajudar?\n\n"
     "Oi! Sou do RH de uma empresa parceira. Voc\u00eas t\u00eam uma pol\u00edtica de D&I publicada e algum "
     "programa de vagas afirmativas? Precisamos para o cadastro de fornecedores."),
    ("hardneg/praise_inclusive", A, False, "review",
     "Cinco estrelas para o restaurante Maresia, em Cascais. O meu pai \u00e9 cego e foi a primeira vez que recebeu um "
     "menu em braille sem ter de pedir. O empregado descreveu cada prato e onde estava cada coisa no prato. "
     "Voltaremos com certeza."),
    ("hardneg/rude_everyone", A, False, "review",
     "Uma estrela para a Farm\u00e1cia Boa Vida da Rua Augusta, em Belo Horizonte. A atendente do caixa da manh\u00e3 \u00e9 "
     "grossa com todo mundo, n\u00e3o \u00e9 nada pessoal. Na minha frente ela revirou os olhos para uma senhora que "
     "perguntou o pre\u00e7o de um rem\u00e9dio, disse para um rapaz de bicicleta \"n\u00e3o encosta nada no balc\u00e3o\" e para "
     "mim, quando perguntei se aceitavam o desconto do conv\u00eanio, respondeu \"t\u00e1 escrito na porta, moça\". At\u00e9 "
     "com o entregador ela brigou na frente da fila. N\u00e3o interessa quem est\u00e1 do outro lado, ela trata todo mundo "
     "igual, mal. A farm\u00e1cia \u00e9 bem localizada e tem os rem\u00e9dios que eu preciso, por isso continuo indo, mas s\u00f3 "
     "\u00e0 tarde. Algu\u00e9m da rede deveria passar l\u00e1 numa segunda de manh\u00e3 e ver com os pr\u00f3prios olhos como os "
     "clientes s\u00e3o tratados."),
    ("hardneg/mention_age", A, False, "dm",
     "boa tarde, tenho 88 anos e a minha neta instalou a app \U0001f60a como \u00e9 que pago a fatura da luz por aqui?"),
    ("hardneg/mention_disability", A, False, "ticket-reply",
     "> Para concluir o cancelamento, ligue para 0800 000 0418.\n\n"
     "Sou surdo e n\u00e3o consigo ligar. Posso concluir o cancelamento por aqui mesmo, pelo chat ou pelo WhatsApp? "
     "Contrato 0000-7139."),
    ("hardneg/mention_religion", A, False, "dm",
     "sou evang\u00e9lica e vou pra um retiro da igreja no feriado \U0001f64f d\u00e1 pra entregar o sof\u00e1 na segunda em vez "
     "de s\u00e1bado?"),
    ("hardneg/mention_pregnancy", A, False, "review",
     "Quatro estrelas. Gr\u00e1vida de seis meses, recebi a cadeira auto em dois dias, f\u00e1cil de montar. S\u00f3 "
     "faltava o manual em portugu\u00eas."),
    ("hardneg/student_project", A, False, "ticket-reply",
     "> Obrigado pelo contato! Pode informar o n\u00famero do pedido?\n\n"
     "Na verdade n\u00e3o \u00e9 sobre pedido, desculpa n\u00e3o ter explicado. Sou estudante do \u00faltimo ano de Publicidade na "
     "UFPE, no Recife, e o meu TCC analisa campanhas de marcas brasileiras que trabalharam representatividade e "
     "acessibilidade nos \u00faltimos cinco anos. A campanha de voc\u00eas de 2023, com a audiodescri\u00e7\u00e3o e a Libras no "
     "v\u00eddeo principal, \u00e9 um dos meus casos. N\u00e3o tenho nenhuma reclama\u00e7\u00e3o, pelo contr\u00e1rio, sou cliente. "
     "Gostaria de saber se existe algum material p\u00fablico sobre essa campanha, como press release, relat\u00f3rio de "
     "sustentabilidade ou p\u00e1gina institucional, que eu possa citar, e se posso usar prints do v\u00eddeo na "
     "apresenta\u00e7\u00e3o para a banca, que n\u00e3o \u00e9 publicada. N\u00e3o preciso de dados internos. Minha entrega \u00e9 em "
     "junho. Muito obrigada! Beatriz Lins"),

    # --- ordinary (6) ---
    ("ordinary/delivery", A, False, "dm",
     "meu pedido t\u00e1 \"saiu para entrega\" faz 3 dias \U0001f62b c\u00f3digo BR000047126"),
    ("ordinary/billing", A, False, "ticket-reply",
     "> O valor da mensalidade foi ajustado para 39,90 euros.\n\n"
     "Obrigada. Mas a fatura de dezembro que recebi hoje ainda vem com 44,90. O ajuste s\u00f3 entra em janeiro? Se "
     "sim, os 5 euros de diferen\u00e7a s\u00e3o creditados depois ou tenho de pedir?"),
    ("ordinary/product", A, False, "review",
     "Quatro estrelas para a panela el\u00e9trica de press\u00e3o Cozinha F\u00e1cil 6L. Uso h\u00e1 um m\u00eas, quase todo dia: "
     "feij\u00e3o fica pronto em 35 minutos, arroz sai soltinho e a fun\u00e7\u00e3o de manter aquecido \u00e9 \u00f3tima para quem "
     "chega tarde do trabalho. A tampa veda bem e n\u00e3o solta aquele vapor pela cozinha toda. Tirei uma estrela "
     "porque o anel de silicone pega o cheiro da comida e, depois de fazer uma feijoada, o pudim do fim de semana "
     "ficou com um gostinho estranho; vou comprar um segundo anel s\u00f3 para doce. O manual tamb\u00e9m \u00e9 confuso na "
     "parte dos tempos de cozimento. Mas pelo pre\u00e7o vale muito a pena, recomendo. Comprei outra para minha m\u00e3e. "
     "Uma dica para o fabricante: vender o anel extra junto na caixa e colocar uma tabela de tempos em formato de "
     "\u00edm\u00e3 de geladeira resolveria as duas reclama\u00e7\u00f5es de uma vez."),
    ("ordinary/account", A, False, "dm",
     "como \u00e9 que altero o NIF na minha conta? enganei-me num n\u00famero \U0001f605"),
    ("ordinary/complaint", A, False, "review",
     "Duas estrelas. O autocarro 207 passa sempre com 20 minutos de atraso de manh\u00e3 e a app diz que est\u00e1 a chegar "
     "quando ainda nem saiu do terminal. Corrijam ao menos a informa\u00e7\u00e3o em tempo real, por favor."),
    ("ordinary/returns", A, False, "ticket-reply",
     "> Para trocar o produto, basta levar na loja f\u00edsica com a nota fiscal em at\u00e9 30 dias.\n"
     "> Abra\u00e7o, Let\u00edcia\n\n"
     "Oi Let\u00edcia, obrigado. S\u00f3 que comprei pelo site e moro em Ipatinga, a loja f\u00edsica mais perto fica em Belo "
     "Horizonte, a 200 km. O produto \u00e9 o liquidificador de 1.200 W do pedido 0000-39517, que veio com a jarra "
     "trincada na base. Mandei as fotos no primeiro contato. Tem como voc\u00eas mandarem buscar aqui em casa pelos "
     "Correios, com etiqueta de postagem reversa? E a troca \u00e9 pelo mesmo modelo ou posso escolher o de 1.400 W e "
     "pagar a diferen\u00e7a? Se n\u00e3o tiver mais em estoque, prefiro o estorno no cart\u00e3o, que foi parcelado em tr\u00eas "
     "vezes, e queria saber como fica isso: estorna as parcelas futuras ou o valor todo de uma vez? Desculpa tanta "
     "pergunta, mas quero resolver de uma vez s\u00f3. Valeu!"),

    # --- opt-out (5) ---
    ("optout/refusal", A, True, "dm",
     "as minhas mensagens n\u00e3o s\u00e3o para IA nenhuma ler. demorem o que for preciso, obrigado"),
    ("optout/refusal", A, True, "review",
     "Uma estrela. Agora o app avisa que \"as respostas podem ser geradas por intelig\u00eancia artificial\". Ningu\u00e9m me "
     "perguntou nada. N\u00e3o aceito que minhas mensagens passem por rob\u00f4 nenhum. Pode demorar mais para responder, "
     "mas sem IA nas minhas conversas."),
    ("optout/withdraw_consent", A, True, "ticket-reply",
     "> Para agilizar o atendimento, utilizamos intelig\u00eancia artificial para analisar suas mensagens, conforme nossa pol\u00edtica de privacidade.\n> Equipe de Atendimento, Operadora Conecta Mais\n\n"
     "Obrigado pelo aviso, eu realmente n\u00e3o sabia. Com base na LGPD, revogo a partir de hoje qualquer consentimento "
     "que eu tenha dado, no cadastro ou em qualquer caixinha do site, para que minhas mensagens sejam tratadas por "
     "ferramentas de intelig\u00eancia artificial ou qualquer outro processamento automatizado que leia, resuma, "
     "classifique ou responda meus textos. Vale para este protocolo, para os anteriores e para os pr\u00f3ximos. "
     "Tamb\u00e9m me oponho a que elas sejam usadas para treinar esses sistemas. Pe\u00e7o que registrem isso no meu "
     "cadastro (CPF final 000-04, contrato 0000-82316) e me confirmem por escrito, com o n\u00famero do protocolo. "
     "Minha d\u00favida original continua aberta: a cobran\u00e7a de R$ 19,90 de \"servi\u00e7os adicionais\" que eu nunca "
     "contratei. Posso esperar uma resposta normal. Atenciosamente, Marcelo Teixeira"),
    ("optout/objection", A, True, "ticket-reply",
     "> Esta resposta foi gerada pelo nosso assistente autom\u00e1tico. Experimente reiniciar o router.\n\n"
     "J\u00e1 reiniciei, est\u00e1 escrito na minha primeira mensagem. Oponho-me a que os meus pedidos sejam tratados "
     "por esse assistente, deixem de lhe passar as minhas mensagens. Sem internet desde dia 3, cliente 0000-5107."),
    ("optout/with_person", H, True, "dm",
     "\U0001f645 chega de rob\u00f4. me passa pra algu\u00e9m da equipe, gente mesmo"),

    # --- opt-out near misses (2) ---
    ("optneg/question", A, False, "ticket-reply",
     "> A sua encomenda foi reagendada para quinta-feira.\n\n"
     "Obrigada! Por curiosidade, estas respostas s\u00e3o feitas por intelig\u00eancia artificial? Est\u00e3o muito bem "
     "escritas."),
    ("optneg/praise_bot", A, False, "review",
     "Cinco estrelas. O assistente virtual da companhia a\u00e9rea remarcou meu voo cancelado em Guarulhos em cinco "
     "minutos, enquanto a fila do balc\u00e3o dava a volta no sagu\u00e3o. \u00c9 rob\u00f4, eu sei, e foi o melhor atendimento "
     "da viagem. Cheguei em Recife s\u00f3 tr\u00eas horas depois do previsto."),

    # --- person (5) ---
    ("human/person", H, False, "dm",
     "d\u00e1 para falar com uma pessoa? \u00e9 sobre a minha encomenda 00083320"),
    ("human/callback", H, False, "ticket-reply",
     "> Informamos que o seu pedido de portabilidade foi recusado por diverg\u00eancia de dados.\n"
     "> Atenciosamente, Equipe Conecta Mais\n\n"
     "Que diverg\u00eancia? Essa \u00e9 a terceira vez que recebo essa mesma frase e ningu\u00e9m diz qual dado est\u00e1 errado. "
     "Conferi tudo: nome completo igual ao RG, CPF, endere\u00e7o, o n\u00famero que quero trazer e at\u00e9 o c\u00f3digo da "
     "operadora antiga. Uso esse n\u00famero para o meu neg\u00f3cio de bolos por encomenda, os clientes s\u00f3 me conhecem "
     "por ele, e estou h\u00e1 duas semanas pagando duas linhas. Por mensagem n\u00e3o est\u00e1 dando certo. Algu\u00e9m pode me "
     "ligar, por favor, para a gente ver junto o que est\u00e1 errado? Pode ser no (11) 90000-0273, de segunda a "
     "sexta depois das 14h, ou s\u00e1bado de manh\u00e3. Protocolo 0000-77420. Obrigada, Ros\u00e2ngela Pires"),
    ("human/named", H, False, "review",
     "Tr\u00eas estrelas. A m\u00e1quina de lavar chegou com a porta desalinhada. Da \u00faltima vez foi a D. Isabel, da loja "
     "de Almada, que tratou de tudo num instante, por isso pe\u00e7o que seja ela a contactar-me sobre isto. "
     "Encomenda 0000-21790."),
    ("human/supervisor", H, False, "ticket-reply",
     "> Conforme as condi\u00e7\u00f5es do seguro, o dano no para-choques n\u00e3o est\u00e1 coberto.\n"
     "> Cumprimentos, Gest\u00e3o de Sinistros, Seguros Tejo\n\n"
     "A ap\u00f3lice que tenho \u00e0 frente diz, na cl\u00e1usula 14, que os danos por ato de vandalismo est\u00e3o cobertos, e "
     "a participa\u00e7\u00e3o \u00e0 PSP que vos enviei diz precisamente isso: vandalismo, na rua, durante a noite. J\u00e1 \u00e9 a "
     "terceira resposta com a mesma frase e nenhuma fala da cl\u00e1usula 14 nem da participa\u00e7\u00e3o. Pe\u00e7o que um supervisor ou o respons\u00e1vel da gest\u00e3o de sinistros reveja o processo, algu\u00e9m que possa "
     "analisar os documentos e decidir. Sinistro 0000-5348, ap\u00f3lice 0000-10926. Caso contr\u00e1rio, apresento "
     "reclama\u00e7\u00e3o \u00e0 ASF. "
     "Junto novamente as fotografias do para-choques e a participa\u00e7\u00e3o, para que n\u00e3o haja d\u00favidas sobre o que "
     "aconteceu. Cumprimentos, Ant\u00f3nio Meireles"),
    ("human/anyone_real", H, False, "dm",
     "j\u00e1 \u00e9 a quarta mensagem igualzinha \U0001f612 existe um ser humano lendo isso aqui?"),

    # --- person near misses (2) ---
    ("humanneg/thanks_staff", A, False, "review",
     "Cinco estrelas. A Jaqueline, do caixa da padaria da Vila Madalena, percebeu que eu tinha deixado a carteira no "
     "balc\u00e3o e correu at\u00e9 o ponto de \u00f4nibus para me entregar. Gente assim faz a diferen\u00e7a. Parab\u00e9ns para "
     "ela e para a equipe."),
    ("humanneg/mention_staff", A, False, "ticket-reply",
     "> Pode confirmar se a instala\u00e7\u00e3o do ar-condicionado foi conclu\u00edda?\n> Obrigado, Equipe T\u00e9cnica\n\n"
     "Foi sim, obrigado. Os dois instaladores, o Wellington e um rapaz mais novo cujo nome n\u00e3o guardei, foram muito "
     "caprichosos: forraram o ch\u00e3o, passaram a tubula\u00e7\u00e3o por dentro da parede como eu pedi e explicaram como "
     "limpar o filtro. A atendente que agendou pelo telefone tamb\u00e9m foi muito atenciosa. S\u00f3 ficou uma pend\u00eancia: "
     "no or\u00e7amento aprovado constava instala\u00e7\u00e3o com at\u00e9 3 metros de tubula\u00e7\u00e3o inclusa, e na nota veio "
     "cobrado R$ 180 de \"metragem adicional\", sendo que usaram exatamente 3 metros, eu medi com eles. Podem "
     "revisar e estornar esse valor no cart\u00e3o? Pedido 0000-64405, cart\u00e3o final 0009. Depois disso, podem encerrar "
     "o chamado."),
]
