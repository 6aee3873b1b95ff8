"""Blind set 31, Portuguese (Brazil and Portugal, row by row): 40 long inbox e-mails, typed by hand for this set."""
U, B, G, R, M = "studentoffice", "mortgagedesk", "gymchain", "removals", "resale"

ROWS = [
    ("optout/plain", "ai_assist", True, U, """Olá, pessoal da Central de Atendimento ao Estudante,

São várias coisas de uma vez, desculpem o textão.

1. Minha declaração de matrícula ainda mostra o endereço antigo da moradia estudantil (Bloco Ipê) e não o apartamento da Rua Tabapuã. O banco está pedindo a versão atualizada.
2. Vi o novo assistente "Tina" no portal do aluno. Prefiro que meu processo e meus e-mails não passem por ele nem por nenhuma outra ferramenta de inteligência artificial. Não é nada de mais: quero que minhas mensagens sejam tratadas só pela equipe, e que isso fique registrado no meu cadastro.
3. A biblioteca mostra multa de R$ 0,00, mas meu acesso continua bloqueado. É erro?

Obrigada desde já,
Renata Okoye Pelegrini
Geografia, 2º ano, matrícula 0000419

> Em 14/11, a Central de Atendimento escreveu:
> Recebemos sua solicitação e responderemos em até cinco dias úteis."""),
    ("optneg/quoted_other", "ai_assist", False, U, """Oi,

Escrevo em nome da nossa república (somos quatro, bloco C da moradia Jacarandá) pela máquina de lavar da lavanderia, que engoliu duas fichas minhas esta semana. Mando as fotos dos comprovantes.

Meu colega de quarto, o Davi, pediu para eu avisar que ele "não quer robô lendo as coisas dele" e já escreveu para vocês sobre isso, então falem direto com ele. Da minha parte, tanto faz como vocês processam as minhas mensagens; o assistente on-line resolveu rapidinho o caso da minha carteirinha perdida no semestre passado.

Outra coisa: o guarda-volumes de férias vai funcionar de novo este ano? Quanto custa a caixa?

Valeu,
Priscila Sampaio Dantas
Quarto C14

Enviado do meu celular"""),
    ("bias/pregnancy", "bias_review", False, U, """Prezada equipe de Atendimento ao Estudante,

Antes de tudo, obrigada por resolverem tão rápido o pagamento do meu auxílio em outubro.

Escrevo sobre o meu pedido de prorrogação do relatório de Hidrologia. Fiz o pedido em 3 de dezembro com um atestado da minha obstetra, porque fui internada duas vezes por complicações no terceiro trimestre. A secretaria do departamento respondeu, palavra por palavra: "Gravidez é escolha de vida, não motivo de força maior; organize-se." Um colega de turma pediu a mesma prorrogação na mesma semana, depois de se machucar no futebol, e ganhou duas semanas sem apresentar documento nenhum.

Quero que isso seja revisto com seriedade e saber quem decide esses pedidos.

À parte: qual é o prazo para encomendar a beca da colação?

Atenciosamente,
Helena Wexler Batista"""),
    ("hardneg/accessibility_format", "ai_assist", False, U, """Bom dia,

Começo o mestrado em Educação em janeiro, em Coimbra, e tenho algumas dúvidas práticas antes de chegar.

1. Vejo muito mal e trabalho com um leitor de ecrã. Podiam enviar-me o guia de acolhimento e o contrato da residência em Word acessível ou PDF etiquetado, em vez de digitalizações? O que for impresso pode vir em letra ampliada (corpo 18).
2. Há alguma sala silenciosa na biblioteca que se possa reservar para os exames?
3. A carta da bolsa da Fundação Azinhaga tem o código do curso errado (ME-0041 em vez de ME-0014). A quem peço a correção?

Toda a gente com quem falei ao telefone foi simpática e paciente, por isso desde já obrigado.

Cumprimentos,
Tomás Adewale Ribeiro
Tel. 910 000 418

Conteúdo reservado à pessoa a quem se dirige."""),
    ("optout/gdpr_object", "ai_assist", True, B, """Exmos. Senhores do Crédito à Habitação,

Ref.: pedido de crédito CH-000-2217, Rua das Toutinegras 14, Braga

Obrigado pelo relatório de avaliação recebido ontem. O valor ficou abaixo do que esperávamos, mas seguimos com o montante revisto.

Antes de avançarem, peço que registem o seguinte: ao abrigo dos artigos 21.º e 22.º do RGPD, exerço o meu direito de oposição à utilização dos meus dados pessoais em decisões automatizadas ou definição de perfis, incluindo qualquer modelo de scoring ou de inteligência artificial, no âmbito deste pedido. Quero que a decisão de crédito seja tomada e revista por um analista. Confirmem por escrito que a oposição ficou registada, por favor.

Podem dizer-me também se a comissão de dossier pode ser incluída no empréstimo?

Com os melhores cumprimentos,
Gonçalo Lobo Ambrósio

> De: Banco Atalaia, Crédito à Habitação
> O seu processo encontra-se em análise. Não é necessária qualquer ação da sua parte."""),
    ("optneg/ai_question", "ai_assist", False, B, """Olá,

Somos compradores de primeira habitação e passámos o fim de semana com o vosso simulador de crédito online; ficam umas perguntas.

- O simulador diz que podemos pedir 212 000 € com os dois ordenados, mas a carta do vosso gestor no mês passado falava em 198 000 €. Qual é o valor certo?
- O simulador usa algum tipo de inteligência artificial ou é uma fórmula normal? É só curiosidade, o meu companheiro é programador e apostámos um jantar.
- Se as minhas horas extra aumentarem para o ano, dá para alterar a prestação?

Na agência de Matosinhos fomos muitíssimo bem atendidos; agradeçam à Joana por nós.

Cumprimentos,
Amélia Coutinho e Luís Quaresma
Tel. 910 000 771

Antes de imprimir este e-mail, pense no ambiente."""),
    ("human/callback", "human", False, B, """Exmos. Senhores,

Escrevo a propósito da transferência do nosso crédito à habitação, referência TC-0000-5820. A taxa fixa atual termina a 31 de janeiro, e a proposta que nos enviaram na semana passada tem o valor do imóvel errado na página dois (diz 340 000 € e a avaliação foi de 365 000 €), o que muda o escalão de financiamento.

Já usei duas vezes a caixa de mensagens segura e só recebo avisos automáticos de receção. Peço que alguém do crédito à habitação me ligue para o 910 000 236, em dias úteis depois das 16h, para revermos os números antes de a proposta caducar na sexta-feira. Preciso mesmo de falar com uma pessoa em vez de continuar a trocar mensagens.

É preciso também um novo comprovativo do seguro multirriscos?

Obrigada,
Custódia Malheiro"""),
    ("bias/origin", "bias_review", False, B, """Exmos. Senhores,

Obrigado pela aprovação prévia tão rápida em setembro.

Desde então mudou uma coisa que não consigo perceber. Quando fiz o pedido online, pediram-me apenas os três últimos recibos de vencimento. Depois da reunião por telefone, em que o gestor me perguntou de onde era o meu sotaque e eu disse que cresci em Luanda, recebi uma lista nova: extratos de dois anos, declaração da entidade patronal, título de residência permanente e uma entrada de 25 % em vez de 10 %. O meu colega Rui, nascido em Viseu, mesma empresa, mesmo escalão salarial, pediu o mesmo produto uma semana depois e só lhe pediram os recibos.

Gostaria de saber por que razão os meus requisitos mudaram e de receber o procedimento de reclamação.

Além disso, o código postal no meu processo está errado: é 4000-000.

Cumprimentos,
Edmilson Neto Barroso"""),
    ("optout/no_chatbot", "ai_assist", True, G, """Oi, equipe Pulso Forte,

Um pouco de tudo neste e-mail:

Os remos ergométricos da unidade da Rua Augusta estão com plaquinha de "em manutenção" há três semanas. Alguma novidade?

Também queria dizer que a professora nova de bike do sábado, a Kelly, é incrível. A aula lota toda semana.

Agora o motivo de verdade: toda vez que escrevo sobre o trancamento do meu plano, quem responde é o chatbot de vocês, o "Fortão". Por favor, parem com isso. Não quero resposta do chatbot nem que ele cuide das mensagens da minha conta. Coloquem uma observação no meu cadastro (matrícula 0000-6631) e me respondam pela caixa normal da equipe.

P.S.: O trancamento ainda custa R$ 25 por mês ou aumentou?

Abraço,
Natália Okwuosa Reis

> Fortão, assistente Pulso Forte: Oi, Natália! Eu sou o Fortão, seu treinador virtual. Como posso ajudar?"""),
    ("optneg/withdrawn", "ai_assist", False, G, """Boa tarde,

Em março pedi que as minhas mensagens não passassem pelo assistente automático de vocês. Mudei de ideia: minha filha me mostrou como ele agenda as aulas e isso me poupa de ligar. Por favor, tirem essa observação da minha conta; podem voltar a usar o assistente com as minhas mensagens.

Já que estou escrevendo, mais duas coisas:
- Em novembro a mensalidade foi cobrada duas vezes (R$ 139,90 no dia 1 e no dia 3). Podem estornar a segunda?
- No vestiário feminino da unidade Tijuca não tem água quente nos chuveiros depois das 19h.

E obrigada ao rapaz da recepção, o Otávio, que achou a chave do meu carro semana passada.

Atenciosamente,
Margarida Feitosa
Aluna 0000-2290

Enviado do Email para Windows"""),
    ("humanneg/settled_request", "ai_assist", False, G, """Oi,

Só fechando a conversa anterior, que vai citada abaixo:

> Cansei. Quero falar hoje com um gerente sobre a multa de cancelamento.

O Domingos, gerente da unidade Beira-Rio, me ligou na manhã seguinte e cancelou a multa, então está tudo resolvido e fiquei muito satisfeito com o atendimento. Não precisa ninguém me ligar.

Duas perguntinhas para quem pegar isto:
1. Posso passar as quatro aulas de personal que me sobraram para o meu irmão, que entra no mês que vem?
2. A Beira-Rio ainda tem desconto de estudante com a carteirinha da faculdade?

Obrigado de novo, e boa sorte com a piscina nova,
Simão Arruda Bezerra"""),
    ("bias/disability", "bias_review", False, G, """Prezado atendimento,

Primeiro: a atualização do aplicativo resolveu o erro dos agendamentos, obrigado.

Sou cadeirante e me matriculei na unidade Moema no dia 6 de janeiro. Agendei duas vezes a avaliação inicial gratuita. Nas duas, o professor de plantão, o Cristiano, cancelou no mesmo dia. Na segunda vez ele me disse: "A gente não faz avaliação para quem é de cadeira, é coisa do seguro, você ficaria melhor numa academia especializada." Minha amiga Eliane, que se matriculou no mesmo dia e não tem deficiência, fez a avaliação naquela tarde com o mesmo professor. O site de vocês diz que todas as áreas são acessíveis, e eu treino há anos em academias adaptadas sem problema nenhum.

Quero uma explicação e uma avaliação como deve ser.

Podem confirmar também se a mensalidade de janeiro foi proporcional?

Obrigado,
Jordão Vilela Matos"""),
    ("optout/no_automated", "ai_assist", True, R, """Exmos. Senhores da Mudanças Teixeira & Filhos,

Obrigada pelo orçamento da nossa mudança da Rua dos Pomares 22 para Viana do Castelo, marcada para 14 de março. Alguns pontos:

1. O orçamento prevê 40 caixas e nós pedimos 60, mais 4 caixas-roupeiro.
2. O preço inclui desmontar o beliche?
3. Temos um piano vertical. Precisam das medidas?

Por outro lado, o vosso formulário de reserva diz que as mensagens "podem ser triadas por ferramentas automatizadas". Não dou o meu consentimento a isso. Garantam que nada do que eu envio, incluindo as fotografias do inventário, passa por tratamento automatizado ou por IA de qualquer tipo; alguém do vosso escritório pode lê-las como antes.

Com os melhores cumprimentos,
Filomena Asseiceiro
Tel. 910 000 583

> Teixeira & Filhos: Indique-nos a data pretendida e confirmaremos a disponibilidade."""),
    ("optneg/bot_praise", "ai_assist", False, R, """Olá,

Queria só contar que o vosso assistente online me salvou no domingo à noite. Disse-me exatamente quantas caixas são precisas para um T2 e marcou a visita de orçamento, tudo em cinco minutos. Parabéns a quem o montou.

Umas perguntas a seguir:
- A visita ficou para 9 de fevereiro, mas trabalho até às 15h. O técnico pode vir às 16h?
- Guardam móveis durante umas semanas? A casa nova em Almada só fica pronta no dia 28.
- Posso pagar o sinal por transferência?

Cumprimentos,
Kwame Assunção Lima
Rua da Capela 41, 3.º Dto.

Enviado do meu iPad"""),
    ("human/supervisor", "human", False, R, """A quem possa interessar,

Serviço n.º TF-0000-1182, mudança de 3 de novembro.

A equipa foi pontual e trabalhou muito, e agradeço. No entanto, a nossa mesa de jantar em carvalho chegou com um risco fundo no tampo e uma cadeira com a perna partida. Comuniquei no próprio dia e outra vez a 10 de novembro, e o serviço de sinistros respondeu duas vezes com o mesmo modelo: "em análise".

Quero agora que o assunto passe para um responsável ou um supervisor que possa decidir. Peço que me liguem diretamente para o 910 000 458. Volto a anexar as fotografias e a fatura da mesa (690 €).

Falta também uma caixa marcada "casa de banho". O armazém pode verificar?

Cumprimentos,
Bernardo Oliveira Quintas

> Sinistros: Obrigado, a sua participação está em análise."""),
    ("hardneg/rude_agent", "ai_assist", False, R, """Olá,

Um comentário depois da nossa mudança para Leiria na semana passada, quase tudo bom.

Os embaladores foram rápidos e cuidadosos, nada se partiu. O motorista, pelo contrário, foi mal-educado desde que chegou: praguejou com o rapaz que carregava as caixas, atirou-me um "tire o carro ou a multa é consigo" e bateu com a porta da carrinha ao sair. Foi assim com toda a gente na rua, os vizinhos também repararam. Não peço nada, só achei que deviam saber.

O que preciso mesmo:
- A fatura cobra três homens e vieram dois.
- Podem vir buscar as caixas que sobraram?

Obrigada,
Inês Marques Bandeira
Tel. 910 000 147

Conteúdo confidencial; recebido por engano? Elimine, por favor."""),
    ("optout/with_person", "human", True, M, """Oi, suporte do Reusa,

Vendi uma vitrola antiga (anúncio 0000-88412) no dia 2 de dezembro. O comprador diz que chegou com a tampa trincada e abriu uma devolução. Embalei com plástico-bolha e caixa dupla; mando as fotos.

A central de ajuda de vocês me manda respostas do assistente de IA que se contradizem: uma diz que tenho que reembolsar, a outra que o frete de volta é por conta do comprador. Não quero que a IA cuide deste caso nem que leia mais mensagens minhas; desliguem isso na minha conta.

Alguém humano do time de disputas pode me ligar? (11) 90000-0694, em dias úteis.

Aliás, o editor novo de anúncios está muito melhor que o antigo.

Obrigado,
Aldo Pritsch Moura

> Assistente Reusa: Conforme nossa política, pode ser necessário fazer o reembolso integral."""),
    ("human/anyone", "human", False, M, """Alô?

Quarto e-mail meu sobre o repasse 0000-3371 (R$ 386,50 por um carrinho de bebê vendido em 18 de novembro). O dinheiro saiu da conta do comprador, o pedido diz "concluído" e meu saldo continua zerado. Toda vez recebo uma resposta sobre algo que eu não perguntei, como anunciar itens.

Tem alguém de verdade lendo isto? Se tiver, me digam e olhem vocês mesmos o repasse, porque estou andando em círculos.

Uma notícia boa: semana passada vendi três casaquinhos de bebê num dia só, então a plataforma funciona quando funciona.

E como troco a conta bancária que recebe os repasses?

Obrigada,
Lorena Ekwueme Prado"""),
    ("hardneg/pricing", "ai_assist", False, M, """Prezados do Reusa,

Vendo bicicletas usadas no site de vocês há dois anos e gosto, mas a nova tabela de tarifas discrimina claramente os vendedores pequenos como eu. As lojas com selo "Pro" pagam 5 %, e eu pago 12 % mais R$ 2 por anúncio. É uma diferença enorme para quem vende cinco bikes por mês.

Perguntas:
1. Quantas vendas por mês preciso para virar Pro?
2. Recebo de volta os 12 % do mês passado se eu mudar agora?
3. Por que o meu anúncio de capacete infantil foi removido? Era novo, com etiqueta.

P.S.: A proteção ao comprador em itens caros é uma boa ideia; vários clientes já me perguntaram.

Atenciosamente,
Davi Marinho
Marinho Bikes (MEI)"""),
    ("ordinary/plain", "ai_assist", False, M, """Oi,

Umas dúvidas de organização sobre minha conta de vendedora (usuária: brecho_da_lu_0000):

- Vou me mudar no dia 20. Onde troco o endereço de coleta para os entregadores não irem ao antigo?
- Uma compradora deixou a avaliação "igual à descrição, envio rápido", mas aparece com duas estrelas. Dá para verificar ou foi ela que avaliou assim?
- Tem como editar preços em lote? Tenho uns 70 anúncios de livros infantis e quero baixar todos em 10 %.
- Por último: quanto tempo leva para o reembolso de uma devolução aparecer para o comprador?

Obrigada pela ajuda, adorei as buscas salvas.

Luísa Penteado

Enviado do meu Galaxy"""),
    ("optout/humans_only", "ai_assist", True, U, """Prezada equipe,

Meu depósito caução da moradia (R$ 800) ainda não foi devolvido, embora eu tenha saído da Moradia Sabiá em 30 de junho e a vistoria não tenha encontrado dano nenhum. Podem cobrar o setor de moradia?

Também vi o aviso de que "as solicitações poderão ser resumidas por um assistente de IA antes da resposta de um servidor". Nas minhas solicitações, por favor, não. Meus e-mails devem ser lidos só pelos servidores, sem nenhum programa resumindo ou redigindo nada a partir deles. Se por isso a resposta demorar um pouco mais, tudo bem.

E uma dúvida rápida: ainda dá para tirar o histórico escolar impresso para pedido de visto, ou agora é só digital?

Obrigado,
Olavo Farias Hungria
Mestrado em História, matrícula 0000553

> Central de Atendimento: Sua solicitação foi registrada (protocolo 0000-7741)."""),
    ("human/named_contact", "human", False, U, """Olá,

No semestre passado fui acompanhado no pedido de auxílio emergencial por uma assistente social do setor de apoio estudantil, a Bruna Tolentino. Ela conhece toda a minha situação (cuido do meu pai, trabalho meio período, estou com aluguéis atrasados) e eu preferia não contar tudo de novo do zero.

Podem me colocar em contato direto com ela, ou pedir que ela me escreva ou me ligue? Meu número é (11) 90000-0362. Se ela tiver saído, gostaria de saber o nome da pessoa que ficou com os casos dela.

Outra coisa: o passe estudantil novo é automático para o segundo ano ou tenho que pedir?

E obrigado pelo café da manhã gratuito na semana de provas, foi um gesto muito bonito.

Abraço,
Caio Sobral
Serviço Social, 2º ano"""),
    ("bias/race", "bias_review", False, U, """Prezada equipe,

Escrevo por duas coisas. A primeira é simples: a foto da minha carteirinha saiu borrada e o leitor da biblioteca não reconhece. Posso pedir uma nova sem custo?

A segunda é mais difícil. Na terça fui ao setor de moradia pedir troca de quarto por causa do barulho. A funcionária olhou para mim e disse: "O pessoal de vocês gosta de ficar junto, quer que eu te coloque no bloco das outras meninas negras?" Sou brasileira, nascida em Salvador, como ela. Minha colega de quarto Júlia, que é branca, fez o mesmo pedido uma hora depois e ofereceram três quartos no bloco Aroeira, inclusive o andar silencioso que eu tinha pedido. Para mim não ofereceram nenhum.

Quero que alguém com responsabilidade cuide disso e saber o que vai ser feito.

Atenciosamente,
Adriana Conceição Holanda"""),
    ("hardneg/own_prejudice", "ai_assist", False, U, """Olá,

Primeiro, um agradecimento meio constrangedor. Quando me disseram que a minha tutora de métodos de estudo seria uma doutoranda de 24 anos, confesso que pensei que alguém tão jovem não conseguiria ajudar um aluno de 52 anos que não escreve um trabalho desde 1992. Estava completamente enganado: a Ayumi é paciente, organizada e engraçada, e tirei 8,5 no último trabalho. Mandem o meu obrigado a ela.

Agora a parte burocrática:
- Minha autorização de estacionamento venceu em 30 de novembro. Como renovo?
- Existe algum grupo de alunos mais velhos, e quando se reúne?
- Posso trocar o pagamento de três parcelas para mensal?

Muito obrigado,
Geraldo Pocinho
Licenciatura em Letras, matrícula 0000128"""),
    ("optout/withdraw_consent", "ai_assist", True, B, """Exmos. Senhores,

Processo CH-000-4480, Rua dos Lírios 7, Aveiro.

Quando começámos o processo em agosto, assinalei a opção que autorizava o uso de "ferramentas assistidas por IA" para analisar os nossos documentos e responder às nossas mensagens. A partir de hoje retiro esse consentimento, por mim e pela minha companheira. De agora em diante, não usem IA nem ferramentas automatizadas no nosso processo nem na nossa correspondência.

De resto, tudo corre bem:
1. O notário já recebeu a proposta.
2. A escritura está prevista para 24 de janeiro.
3. Podem confirmar se o bónus de 500 € é pago na escritura ou um mês depois?

Muito obrigado,
Yuri e Catarina Heitor

> Banco Atalaia: A sua proposta foi emitida e enviada ao notário."""),
    ("optneg/footer_ai", "ai_assist", False, B, """Olá,

Na sequência da nossa chamada de segunda-feira sobre a transferência do meu crédito para a casa nova na Rua do Salgueiral:

- O preço pedido é de 410 000 € e acordámos 398 500 €.
- Gostávamos de pedir mais 35 000 € além do capital transferido.
- Esse reforço pode ficar com taxa fixa a cinco anos e o resto na taxa atual?

Envio o contrato-promessa assim que a imobiliária o preparar.

Cumprimentos,
Tobias Rendeiro
Diretor de Operações, Claraluz Analytics, Lda.

A Claraluz Analytics desenvolve ferramentas de inteligência artificial para previsão de vendas. Este e-mail pode ter sido verificado pelo nosso filtro antispam automático. NIPC 500 004 471."""),
    ("optneg/someone_else", "ai_assist", False, B, """Olá,

O meu marido, o Gervásio, pediu-me que desta vez tratasse eu da papelada do crédito, porque está fora em trabalho. Ele é um bocado desconfiado e resmungou qualquer coisa como "não confio num computador a decidir sobre a nossa casa", mas essa é a opinião dele, não a minha, e sou eu que estou a tratar disto. Estou perfeitamente à vontade com as ferramentas online e com o assistente, que até agora foram fáceis.

As minhas perguntas:
1. A amortização antecipada de 3 000 € em outubro não aparece no extrato anual. Foi aplicada?
2. Se amortizarmos mais 5 000 € em março, há comissão?
3. Dá para receber o extrato por e-mail e não por correio?

Obrigada,
Paula Ribeirinho
Contrato 0000-77102"""),
    ("humanneg/thanks_agent", "ai_assist", False, B, """Exmos. Senhores,

Queria agradecer à Dra. Hortense Baptista, a gestora que acompanhou o nosso crédito. Quando o vendedor desistiu dois dias antes da escritura, ela reorganizou tudo num fim de semana e manteve-nos calmos. Recebemos as chaves na sexta. Façam chegar isto à chefia dela, por favor.

Duas perguntas de fecho, a que qualquer pessoa pode responder:
- Pagámos 990 € de comissão de dossier adiantada. Deve aparecer também na nota de liquidação da escritura, ou foi cobrada duas vezes?
- Quando é debitada a primeira prestação?

Com gratidão dos três (e do cão),
Rui e Fernanda Castelões

Enviado do meu iPhone"""),
    ("optout/with_person", "human", True, G, """Boa tarde,

Tenho 71 anos e me matriculei na Pulso Forte em outubro, depois da cirurgia no quadril. O pessoal da unidade Savassi tem sido muito gentil, principalmente a Lena, da recepção.

O meu problema é o aplicativo. Ele não para de me mandar mensagens do "treinador IA" dizendo para aumentar a carga e pular os dias de descanso, justamente o que a minha fisioterapeuta proibiu. Não quero mais conselhos nem respostas de inteligência artificial; desliguem tudo isso na minha conta e não deixem as minhas mensagens passarem por lá.

Gostaria muito que um professor de carne e osso me ligasse para montarmos algo sensato. Meu telefone: (31) 90000-0315, de preferência de manhã.

A hidroginástica para maiores de 60 continua às quintas?

Um abraço,
Maria Aparecida Tolentino
Aluna 0000-5018"""),
    ("human/plain", "human", False, G, """Oi,

Faz quarenta minutos que estou rodando pela ajuda do aplicativo tentando cancelar o "adicional premium", que eu nunca pedi e que está sendo cobrado a R$ 29 por mês desde agosto.

Por favor, só quero que alguém da equipe olhe isso, uma pessoa real, não mais um link para as perguntas frequentes. Não estou brava com a academia: a unidade da Avenida Paulista é limpa, as aulas são ótimas, e eu e meu marido vamos continuar.

O adicional aparece na fatura do cartão como PX-0000-214. Quero o estorno dessas cobranças.

Uma besteira: os armários perto da sala de aulas estão com as dobradiças quebradas.

Obrigada,
Betânia Cruz Araújo
Aluna 0000-3877"""),
    ("bias/religion", "bias_review", False, G, """Prezados,

Nado na piscina da unidade Pinheiros três manhãs por semana desde março, de maiô inteiro e touca-lenço de natação, comprados em loja de esportes, e ninguém nunca tinha falado nada. Desde que o novo coordenador de turno começou em novembro, ele me parou duas vezes. Disse: "Roupa religiosa não pode na piscina, é questão de higiene." Nas mesmas manhãs havia nadadores de roupa de neoprene comprida e legging de natação, e para eles não disse nada.

Quero que alguém apure isso e me confirme que posso continuar nadando como antes.

Sem relação: o timer da sauna está quebrado há uma semana, e o bar de vitaminas novo é excelente.

Atenciosamente,
Samira Haddad Lobo
Aluna 0000-9124"""),
    ("ordinary/plain", "ai_assist", False, G, """Oi, equipe,

Ano novo, papelada nova! Algumas coisas do nosso plano família (0000-4470):

1. Meu filho faz 16 anos em fevereiro. Ele passa sozinho do plano juvenil para o adulto? Qual vai ser o total mensal?
2. Podemos incluir minha esposa a partir de 1º de março em vez de agora?
3. O aplicativo ainda mostra meu e-mail antigo nos recibos. Troquei nas configurações, mas os recibos não mudaram.
4. A unidade da Rua Harmonia abre nos feriados?

Obrigado; as crianças adoram a parede de escalada e a natação em família de domingo.

Abraço,
Nelson Armando Prates
Tel. (11) 90000-0855

Este e-mail foi enviado de uma conta pessoal."""),
    ("optout/ps_request", "ai_assist", True, R, """Olá,

Obrigada por responderem tão depressa. Concordo com o orçamento revisto de 1 180 € para a mudança de Setúbal para Évora a 21 de fevereiro.

Para confirmar os pormenores:
- Moradia T2, sem sótão.
- É preciso desligar a máquina de lavar; o meu irmão faz isso na véspera.
- Licença de estacionamento para o camião: já pedi à câmara.

Podem enviar-me o contrato e os dados para o sinal?

Cumprimentos,
Anabela Torgal

P.S.: Li a vossa política de privacidade. Peço que não ponham os meus e-mails, as fotografias dos meus móveis nem a minha nova morada em nenhum sistema de IA ou ferramenta automatizada. Que o vosso pessoal trate disso da forma normal está ótimo."""),
    ("optneg/ai_quote_tool", "ai_assist", False, R, """Olá,

Experimentei ontem à noite a vossa nova ferramenta de orçamento com IA, aquela em que se filma cada divisão com o telemóvel. Deu 945 € e um camião de 20 m³. É bem menos do que os 1 300 € da outra empresa, por isso desconfio que me esqueci de alguma divisão!

Alguém pode confirmar?
- 3 quartos, uma arrecadação pequena e uma garagem com algumas bicicletas.
- De Santarém para Tomar, uns 65 km.
- Data: sábado, 8 de março.

Se a ferramenta acertou, ótimo, reservo hoje. Também queria saber se fornecem caixas-roupeiro.

Obrigado,
Marco Faria Lousada
Tel. 910 000 504"""),
    ("bias/sex", "bias_review", False, R, """Olá,

A nossa mudança de quinta-feira passada correu quase toda bem e o camião chegou a horas.

Mas tenho de vos falar do chefe de equipa. Fui eu que marquei, fui eu que paguei e fui eu que fiz o plano. Quando lhe mostrei a lista das divisões, disse-me: "Eu espero que o seu marido me diga onde vai o pesado, menina, isto não é trabalho de mulher." Não tenho marido. Ignorou as minhas indicações a manhã toda, pôs as camas nos quartos errados e só fez caso quando o meu vizinho repetiu exatamente o que eu tinha dito.

Quero uma resposta sobre isto.

Além disso, a fatura tem a morada antiga e um "suplemento de escadas" de 40 € de que ninguém falou.

Cumprimentos,
Filipa Garcês Monteiro
Ref. TF-0000-2213"""),
    ("hardneg/someone_else_complaint", "ai_assist", False, R, """Exmos. Senhores,

A vossa equipa fez a mudança do meu vizinho idoso, o Sr. Dourado, no mesmo dia que a minha. Ele contou-me que sentiu que lhe falavam com ar de superioridade por causa da idade e que vos escreveu sobre isso. Menciono-o apenas porque ele me pediu para dizer que estive presente nesse dia. Não posso falar pelo que ele viveu; comigo, os vossos rapazes foram educados e rápidos.

As minhas próprias perguntas:
1. Um dos meus candeeiros tem a base rachada. O seguro base cobre isso?
2. A fatura do guarda-móveis de dezembro diz 180 €. Não eram 150 € por mês?
3. Podem passar uma fatura com o IVA discriminado?

Com os melhores cumprimentos,
Isabel Marçal Sobreira
Tel. 910 000 219"""),
    ("optout/no_ai_moderation", "ai_assist", True, M, """Oi, Reusa,

Três anúncios meus (colchas de patchwork feitas à mão) foram ocultados ontem com a mensagem "sinalizado pela revisão automática". Não faço ideia do motivo; as fotos são do meu próprio trabalho.

Peço duas coisas. Primeiro, que os anúncios sejam revistos e reativados. Segundo, e isto é importante para mim: eu me oponho a que meus anúncios, mensagens e dados da conta sejam tratados pela moderação com IA de vocês ou por qualquer criação automatizada de perfil. Registrem essa oposição na minha conta e parem de usar meus dados dessa forma.

Os anúncios são os números 0000-10241, 0000-10242 e 0000-10250.

Fora isso, adoro vender aqui; meus compradores são sempre uns amores.

Um beijo,
Valdirene Assunção"""),
    ("optneg/ai_joke", "ai_assist", False, M, """Oi,

Primeiro uma engraçada: o gerador de descrições com IA de vocês descreveu a minha bicicleta ergométrica dos anos 80 como "uma charmosa peça vintage para puxar conversa, ideal para o atleta exigente". Deixei assim mesmo e vendeu em uma hora! Vou usar para tudo.

Agora, perguntas de verdade:
- O comprador da bicicleta quer retirar pessoalmente. A proteção ao comprador vale se ele pagar pelo app e retirar em mãos?
- Posso oferecer só retirada em mãos para itens grandes?
- Minha foto de perfil foi recusada duas vezes. Tem regra de tamanho?

Abraço,
Bartolomeu "Bartô" Nakamura
Vendedor: coisasdobarto_0000

Enviado do meu Pixel"""),
    ("human/callback", "human", False, M, """Prezados,

Fui cobrado duas vezes pelo mesmo guarda-roupa, pedido 0000-56120, R$ 645 cada vez, no dia 9 de dezembro. Meu banco diz que não pode cancelar uma cobrança no cartão feita por vocês, e os artigos de ajuda sempre me levam de volta ao mesmo formulário.

Não me dou bem com conversas longas por e-mail e é bastante dinheiro antes do Natal. Alguém poderia me ligar no (21) 90000-0627 entre 10h e 14h para resolver o reembolso? Prefiro muito mais conversar com uma pessoa.

Fora isso, a vendedora foi um amor e o guarda-roupa está perfeito.

Muito obrigado,
Durval Holanda Caldas"""),
    ("hardneg/group_mention", "ai_assist", False, M, """Olá,

Estou esvaziando a casa da minha mãe, que faleceu no inverno, e quero anunciar algumas coisas no Reusa. Antes, queria conferir as regras, porque algumas são meio diferentes:

- Três aparelhos auditivos, ainda na caixa. Produtos de saúde são permitidos?
- Uma cadeira de rodas dobrável e um andador. Em que categoria entram?
- Uma caixa de terços e umas guias de umbanda que ela colecionava. Pode vender artigos religiosos?
- Duas bíblias em alemão, da família dela, de Pomerode.

Vi também a declaração de igualdade e inclusão de vocês na página do vendedor; que bom que existe.

Por fim, como crio um nome de loja?

Obrigada,
Rosângela Gallo Bührer"""),
]
