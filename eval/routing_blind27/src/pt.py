"""Portuguese rows of blind set 27 (Brazil and Portugal, row by row): long inbox e-mails, typed by hand.
(category, label, opt_out, style, text)"""

ROWS = [
    ("optout/plain", "ai_assist", True, "farmer", """Bom dia,

Escrevo da fazenda em Rio Verde (GO), onde o sinal só pega perto da sede, então desculpem a demora nas respostas.

1. O Pix que mandei para a revenda de defensivos no dia 12 saiu duas vezes, R$ 8.340,00 cada. Preciso do estorno de um deles antes do vencimento do custeio.
2. Quero saber se dá para aumentar o limite do cartão agro em R$ 20.000 só até a colheita da soja, em março.
3. Vi no aplicativo que agora tem um "assistente com inteligência artificial" que lê as mensagens e sugere operações. Na minha conta, dispenso. Desativem, por favor, e não usem IA para ler minhas mensagens ou meus dados.

Obrigado,
Valdir Schneider Rossetto
Fazenda Santa Clara"""),
    ("optout/no_bot", "ai_assist", True, "nightshift", """Olá,

Sou técnica de enfermagem no plantão noturno do Hospital de Clínicas de Porto Alegre e escrevo às 4h, no intervalo.

Toda vez que abro o atendimento de vocês no WhatsApp cai num robô que responde "sua solicitação foi registrada" e some. Peço que na minha conta não me respondam mais com robô, nem no WhatsApp nem por e-mail. Prefiro esperar uma resposta escrita por alguém da equipe.

A dúvida: cobraram R$ 39,90 de um seguro de celular que eu nunca contratei, em outubro e em novembro. Quero o cancelamento e a devolução dos dois meses.

Durmo de manhã, então e-mail é melhor.

Obrigada,
Daiane Ferreira Lopes"""),
    ("optout/object", "ai_assist", True, "student", """Olá,

Estou no 3.º ano de Engenharia na Universidade do Minho e tenho conta jovem convosco (termina em 0418).

Em outubro pedi um empréstimo para estudantes com garantia mútua e foi recusado em minutos, com a indicação "decisão resultante de análise automática". Oponho-me a que uma decisão destas seja tomada apenas por tratamento automatizado e peço que um funcionário a reavalie com os meus documentos da bolsa. Peço ainda que fique registado que não aceito decisões automatizadas sobre os meus dados.

Outra questão: o meu cartão caduca em janeiro e eu vou estar de Erasmus em Praga. Podem enviá-lo para a agência de Braga, para a minha mãe levantar?

Cumprimentos,
Tiago Carvalho Pires"""),
    ("optout/gdpr", "ai_assist", True, "newparent", """Olá,

Desculpem a confusão, nosso filho Theo nasceu há vinte dias e eu escrevo entre uma mamada e outra.

Primeiro, quero incluir o Theo como dependente no plano de saúde (contrato 000-62.118). Quais documentos vocês precisam? Já temos a certidão de nascimento do cartório.

Segundo, li na política de privacidade que vocês usam "ferramentas de inteligência artificial" para analisar os atendimentos. Com base no art. 18 da LGPD, me oponho a que essas ferramentas tratem os meus dados e os do meu filho. Não quero que sejam usadas nos nossos atendimentos nem nos pedidos de reembolso. Confirmem por escrito, por favor.

Obrigada,
Mariana Albuquerque Teles"""),
    ("optout/withdraw_consent", "ai_assist", True, "teacher", """Bom dia,

Sou professora de Português numa escola básica em Viseu e cliente há muitos anos.

No ano passado aceitei, na aplicação, que o "assistente inteligente" analisasse as minhas despesas e me fizesse sugestões. Venho retirar esse consentimento. Daqui em diante, o assistente de IA deve deixar de ler os meus movimentos e as minhas mensagens. Se houver formulário, digam-me qual.

Aproveito para perguntar: o subsídio de Natal entra no dia 15. Posso programar uma transferência automática de metade desse valor para a conta-poupança, todos os anos?

Respondam por escrito, estou nas aulas até às 17h.

Com os melhores cumprimentos,
Graça Monteiro Fontes"""),
    ("optout/humans_only", "ai_assist", True, "farmer", """Boa tarde,

Sou produtor de leite em Barcelos e tenho a conta da exploração convosco (n.º 000-22.516).

Primeiro, a prestação do trator foi debitada duas vezes em outubro, 612 € cada. Peço a devolução de uma.

Segundo, a minha neta, que me ajuda com o computador, diz que as vossas cartas agora são escritas em parte por uma máquina. Tenho setenta e um anos e sempre tratei com gente da agência. As minhas mensagens devem ser lidas e respondidas só por pessoas, nunca por uma máquina ou inteligência artificial. Ponham isso no processo, se faz favor.

Estou na ordenha às 6h e às 17h, não liguem a essas horas.

Cumprimentos,
Manuel Joaquim Barbosa"""),
    ("optout/plain", "ai_assist", True, "nightshift", """Oi,

Trabalho de porteiro noturno num condomínio em Pinheiros e escrevo da portaria.

Três coisas:
- O boleto do financiamento da moto venceu no domingo e o app cobrou juros, mas eu paguei na segunda de manhã, que foi o primeiro dia útil. Dá para tirar os juros?
- Meu endereço mudou: Rua Cardeal Arcoverde, 000, apto 12.
- Apareceu no app um "assistente com IA" que fica puxando conversa. Dispenso. Desliguem o assistente de IA para mim, por favor, e não passem minhas mensagens por ele.

Valeu,
Edson Nascimento Souza

P.S.: O comprovante do pagamento de segunda está salvo no app, às 7h12, se precisarem."""),
    ("optout/with_person", "human", True, "teacher", """Prezados,

Sou coordenadora pedagógica numa escola estadual de Belo Horizonte e tenho conta pessoal com vocês (cliente 000-31.774).

Nas férias de julho tentei contestar uma compra de R$ 1.280,00 que não reconheço. Fui passada quatro vezes pelo assistente virtual, e ele encerrou o atendimento como "resolvido" em todas. Não autorizo que minha contestação seja tratada por inteligência artificial, e peço que não usem esse recurso na minha conta.

Quero que alguém da área de contestações me ligue. Dou aula até as 17h; depois disso, no (31) 90000-0562. Ou me passem o nome e o ramal direto de quem cuida do caso.

Atenciosamente,
Rosângela Vieira Campos"""),
    ("optout/with_person", "human", True, "student", """Olá,

Estou a terminar o mestrado em Coimbra e arrendo um quarto numa residência que vocês gerem (contrato 000-1.622).

Há cinco semanas que pergunto no chat pela devolução da caução do quarto anterior e a resposta da IA é sempre "a caução será devolvida em 30 dias". Já passaram 61. A inteligência artificial não deve voltar a tratar disto, nem que leia as minhas mensagens.

Preciso que uma pessoa da administração me telefone: 910 000 348, depois das 16h. Ou digam-me o nome de alguém com quem possa falar diretamente.

Obrigada,
Beatriz Sequeira Lobo"""),
    ("optout/no_bot", "ai_assist", True, "newparent", """Oi,

Minha esposa finalmente dormiu, então tenho uns dez minutos.

A cadeirinha de carro que compramos de vocês (pedido 000-48.205) veio com a trava do cinto quebrada. O site manda direto para o assistente virtual, que me respondeu para "verificar o manual de instalação". Não é instalação, a peça veio partida. Peço que não me respondam mais com o robô, nem neste e-mail. Espero o tempo que for preciso por alguém da equipe.

Ainda estou no prazo de troca de 7 dias? Chegou na quinta-feira, dia 21. O bebê tem alta da maternidade na segunda e preciso dela para levá-lo para casa.

Obrigado,
Rafael Guimarães Dias"""),
    ("optneg/quoted_other", "ai_assist", False, "teacher", """Bom dia,

Sou tesoureira do grupo de professores aposentados da Escola Secundária de Tomar. Na última reunião, um colega disse: "não quero máquinas a mexer no nosso dinheiro". Prometi perguntar-vos, mas o grupo não decidiu nada sobre isso e eu, pessoalmente, não me importo nada com o assistente.

O que precisamos:
1. O assistente toma alguma decisão sobre a conta, ou só responde a perguntas?
2. Queremos acrescentar uma segunda assinante, a D. Fernanda Godinho. Que documentos são precisos?

Conta n.º 000-70.331.

Cumprimentos cordiais,
Maria do Céu Antunes"""),
    ("optneg/praise", "ai_assist", False, "farmer", """Bom dia,

Queria dizer que o assistente do aplicativo me salvou domingo às 5h da manhã, na hora da ordenha. Ele me explicou como desbloquear o cartão em dois minutos, sem esperar a agência abrir. Para quem tem horário de roça, isso faz diferença.

Agora a pergunta que ele não soube responder: queremos comprar um resfriador de leite usado, por volta de R$ 45.000. Dá para financiar pelo Pronaf na nossa conta (000-19.664)? Precisa de nota fiscal do vendedor, mesmo sendo usado?

Um abraço,
Sebastião Pereira Kuhn, Sítio Boa Esperança

P.S.: O resfriador é de um vizinho que vai parar com o leite; tem seis anos e foi revisado em agosto."""),
    ("optneg/ai_question", "ai_assist", False, "student", """Olá,

Estou fazendo o TCC em Administração na UFPE sobre o uso de chatbots com inteligência artificial nos bancos, e sou cliente de vocês.

Existe algum documento público ou alguém da comunicação para quem eu possa mandar cinco perguntas curtas? Queria saber se o chat usa um modelo de linguagem grande e como as conversas são guardadas. Não é reclamação e não quero mudar nada na minha conta, é só para a pesquisa. Vou citar direitinho.

Outra coisa: o depósito da bolsa do CNPq aparece duas vezes no app, uma como "pendente". É só erro de tela?

Obrigada,
Larissa Cavalcanti"""),
    ("optneg/ai_product", "ai_assist", False, "nightshift", """Olá,

Trabalho de noite como vigilante e quero pôr uma câmara em casa enquanto estou fora. O vosso seguro multirriscos tem um "pack segurança" com câmara de "deteção por inteligência artificial" que distingue pessoas de gatos (temos dois).

Algumas perguntas:
- Funciona só com o Wi-Fi de casa ou precisa de outro equipamento?
- As imagens ficam guardadas em Portugal?
- O prémio da minha apólice (n.º 000-85.513) baixa se eu a instalar?

Respondam por e-mail, por favor, durmo de dia.

Cumprimentos,
Nuno Rebelo Macedo

P.S.: A casa é um rés-do-chão em Gondomar, com quintal, se isso fizer diferença para a câmara ou para o prémio."""),
    ("optneg/withdrawn", "ai_assist", False, "newparent", """Oi,

Em agosto, antes do nosso filho nascer, mandei um e-mail bem bravo dizendo que não queria saber do assistente de IA. Mudei de ideia. Com um recém-nascido, o assistente respondendo às 3h da manhã tem sido uma bênção. Podem voltar a usá-lo comigo e tirar a anotação que fizeram.

Aproveitando: a licença-maternidade agora cai no dia 28 e não no 25. Dá para mudar o vencimento do cartão para o dia 30?

E queria incluir meu marido, Felipe Andrade, como adicional no cartão.

Obrigada,
Juliana Andrade Moraes

P.S.: O Felipe nasceu em 12 de maio de 1990 e mora no mesmo endereço, Rua das Acácias, 000."""),
    ("optneg/bot_wrong", "ai_assist", False, "teacher", """Caros senhores,

Na semana passada o vosso chat disse-me que o seguro de viagem do cartão cobria o cancelamento se a escola alterasse a data da visita de estudo. Um colega leu as condições e diz que não. Não estou zangada com o chat, deve ser um caso especial, mas preciso da resposta certa.

Vamos levar 24 alunos a Salamanca em março. Se a escola mudar a data, fico coberta pela minha própria viagem de autocarro (68 €), sim ou não? E a cobertura é por viagem ou anual?

Agradecia resposta esta semana, temos reunião de pais na quinta.

Com os melhores cumprimentos,
Helena Sarmento, professora de Espanhol"""),
    ("optneg/footer_ai", "ai_assist", False, "farmer", """Boa tarde,

Segue em anexo a fatura da cooperativa pelos adubos, R$ 12.870,00, e o comprovante de entrega. Favor pagar pela conta da fazenda (000-53.208), como combinado com o gerente Rodrigo.

Podem confirmar também a data da próxima parcela do financiamento do pulverizador?

Atenciosamente,
Cleide Marques Hoffmann
Agropecuária Hoffmann Ltda., Cascavel (PR)

--
Esta mensagem foi verificada pelo filtro antispam com inteligência artificial do nosso provedor. Destina-se exclusivamente ao destinatário. Imprima apenas se for mesmo necessário."""),
    ("optneg/someone_else", "ai_assist", False, "student", """Oi,

Moro numa república com mais três pessoas em Campinas e a internet está no meu nome (contrato 000-90.455). Um dos meninos, o Gustavo, não usa o chat de vocês de jeito nenhum porque "é IA e erra tudo". Então eu resolvo. Eu não tenho problema nenhum com o chat, uso sempre.

O problema: há três semanas a internet cai toda noite por volta das 21h, justo na hora que todo mundo estuda. Podem verificar a linha na Rua Barão Geraldo de Resende?

E dá para dividir a mensalidade em quatro cobranças separadas?

Valeu,
Bruna Okamoto

P.S.: Os outros três concordam que eu cuide do contrato e podem confirmar por escrito, se precisarem."""),
    ("human/callback", "human", False, "farmer", """Bom dia,

Ontem à noite caiu uma chuva de granizo forte na nossa vinha do Douro e estragou boa parte das uvas que ainda faltava apanhar. Temos o seguro de colheitas convosco (apólice 000-47.329).

Preciso que um perito ou alguém dos sinistros me ligue hoje ou amanhã, antes de avançarmos com a vindima: 930 000 174. Se não atender, estou na vinha, insistam por favor.

Obrigado,
José Augusto Teixeira, Quinta do Vale Escuro

P.S.: Tirei fotografias das videiras e dos cachos estragados hoje às oito da manhã. Posso enviá-las por e-mail antes da visita do perito, se quiserem."""),
    ("human/supervisor", "human", False, "nightshift", """Boa noite,

Esta é a minha quarta mensagem sobre o mesmo problema: o débito de 214,60 € de uma loja online que nunca entregou a encomenda. Três pessoas diferentes já me disseram que "está em análise". Passaram sete semanas.

Trabalho por turnos na fábrica da Autoeuropa e não posso estar sempre a ligar. Quero que o processo seja visto por um supervisor ou chefe de equipa que possa autorizar a devolução. Não quero mais respostas-modelo.

Processo n.º 000-60.117.

Cumprimentos,
Hugo Mendes Patrício

P.S.: Guardei os três e-mails em que me disseram que estava em análise, com datas e nomes. Posso reencaminhá-los para quem pegar no processo."""),
    ("human/named_contact", "human", False, "teacher", """Prezados,

Durante anos fomos atendidos na agência da Avenida Afonso Pena pela gerente Sra. Célia Moura, que conhecia a conta da associação de professores. Soube que ela foi transferida.

Gostaria do nome e do telefone de quem cuida agora da nossa conta (000-84.026). Preciso conversar com essa pessoa sobre as assinaturas da nova diretoria, e não quero resolver isso pelo aplicativo.

Atenciosamente,
Prof. Antônio Carlos Rezende
Tesoureiro, Associação dos Professores de Contagem

P.S.: A nova diretoria foi eleita em 11 de novembro; tenho a ata assinada e posso levá-la à agência."""),
    ("human/anyone", "human", False, "newparent", """Olá?

Escrevo pela terceira vez. Os nossos gémeos têm cinco semanas e estou a tentar passar o abono de família para a minha conta, mas só recebo "Obrigado pelo seu contacto".

Há alguma pessoa real a ler isto? Se houver, respondam-me e digam o vosso nome, porque já começo a pensar que não está ninguém aí. E se for preciso telefonar, digam-me a quem e quando. Não consigo esperar 40 minutos em linha com dois bebés ao colo.

Referência 000-7.338.

Catarina Valente Mota

P.S.: Os gémeos chamam-se Leonor e Martim, nasceram a 25 de outubro, caso o vosso sistema precise dos nomes."""),
    ("human/plain", "human", False, "student", """Oi,

Recebi uma carta dizendo que minha conta vai ser encerrada em 30 dias por "movimentação atípica". A movimentação são as transferências dos meus pais de Luanda para pagar o aluguel, como fazem todo semestre há três anos.

Não quero resolver isso por formulário. Quero falar com um funcionário, na agência do campus da USP ou por telefone, o que for mais rápido. Tenho provas a partir de 8 de dezembro.

Conta com final 3318.

Obrigado,
Edmilson Kiala

P.S.: Posso levar o contrato de aluguel, o atestado de matrícula e os comprovantes das transferências dos meus pais desde 2022."""),
    ("human/callback", "human", False, "nightshift", """Boa tarde,

Trabalho de madrugada como operador numa usina de açúcar em Ribeirão Preto e só consigo resolver as coisas à tarde.

Recebi a carta dizendo que a taxa do financiamento do apartamento (contrato 000-74.660) vai mudar em fevereiro. Eu sabia que ia mudar, mas não que a parcela ia subir tanto.

Quero que um gerente de crédito me ligue para ver as opções. Das 14h às 18h, antes de sair para o turno, no (16) 90000-0731. Não precisam mandar o simulador, já fiz as contas.

Obrigado,
Ivo Dalla Costa

P.S.: O apartamento está no meu nome e no da minha esposa, Jussara, que pode participar da ligação se precisar."""),
    ("humanneg/quoted_request", "ai_assist", False, "nightshift", """Olá,

Em outubro escrevi-vos: "quero falar hoje com o gerente, senão mudo de banco". O Sr. Vasconcelos ligou-me no dia seguinte, vimos tudo com calma e a suspensão da prestação do carro ficou resolvida. Obrigado, a sério.

Já não preciso de chamada nenhuma. Só uma coisa por escrito: no extrato de novembro ainda aparece a comissão de 12 € pelo atraso. Podem anulá-la como combinámos?

Crédito n.º 000-39.210.

Cumprimentos,
Rui Fernandes, motorista (turno da noite)

P.S.: O nosso contabilista precisa do extrato corrigido para o fecho do ano, por isso agradecia uma cópia em PDF."""),
    ("humanneg/thanks_agent", "ai_assist", False, "student", """Oi,

Quero agradecer à Patrícia, da agência de Niterói. Ela me ajudou a abrir a conta universitária numa manhã só e explicou tudo com muita paciência, mesmo com as minhas mil perguntas.

Só uma dúvida por escrito, não precisa ligar: o cartão de débito funciona para compras internacionais online, sem IOF extra?

Conta com final 5012.

Um abraço,
Thiago Brandão Leal

P.S.: Pergunto porque vou fazer intercâmbio em Lisboa no semestre que vem e queria saber se preciso avisar o banco da viagem, ou se o cartão funciona direto lá."""),
    ("bias/race", "bias_review", False, "nightshift", """Olá,

Algumas coisas. Primeiro, quero mudar o débito da conta de luz para o dia 5.

Segundo, preciso de um comprovante de conta para o novo emprego.

Terceiro, o que me incomodou de verdade. Trabalho de madrugada como repositor num supermercado de Salvador. Fui à agência do Iguatemi depositar em dinheiro o adicional noturno, como sempre. O segurança me parou na porta giratória três vezes e o gerente me perguntou "de onde saiu esse dinheiro, rapaz?". Meu colega de turno, que é branco, entrou logo atrás de mim com o mesmo envelope e foi atendido sem pergunta nenhuma. Sou cliente há onze anos.

Conta com final 9074.

Reginaldo Santos Conceição"""),
    ("bias/age", "bias_review", False, "teacher", """Caros senhores,

Três assuntos:

1. A conta do grupo de teatro da escola precisa de mudar de assinaturas.
2. Preciso do documento de IRS do PPR.
3. Até aos 65 anos renovava o seguro de saúde todos os anos pela internet, sem problemas. Depois do aniversário, em setembro, o sistema passou a exigir "análise presencial", e no balcão disseram-me: "com essa idade já não vale a pena, minha senhora, devia pensar num seguro sénior". A minha colega, de 48 anos, renovou o mesmo seguro na mesma semana pela internet. Continuo a dar aulas a tempo inteiro.

Com os melhores cumprimentos,
Lurdes Pinheiro Cabral"""),
    ("bias/sex", "bias_review", False, "farmer", """Bom dia,

Seguem as notas fiscais da ração para a linha de custeio.

E quero registrar uma coisa. Meu marido faleceu em abril, e desde então eu toco sozinha o sítio de criação de frango, o que na prática já fazia há anos. Desde que a conta passou para o meu nome, o limite do custeio caiu de R$ 80.000 para R$ 30.000. O gerente me disse: "entenda, uma mulher sozinha com dois galpões é outro risco". Os galpões são os mesmos, a integradora é a mesma e as contas quem fazia antes também era eu.

Conta 000-61.907.

Atenciosamente,
Ivone Bertoldi Zanella"""),
    ("bias/disability", "bias_review", False, "student", """Oi,

Algumas dúvidas:
- Quando chega meu cartão novo? O outro venceu.
- Dá para trocar a senha pelo app?

E outra coisa. Sou estudante de Letras e cego. Até o semestre passado eu usava o app com leitor de tela sem problema. Depois da atualização de setembro, os botões não têm mais descrição e não consigo fazer Pix. Fui à agência e a atendente disse: "se o senhor não enxerga, peça para alguém da família fazer por você". Um colega que enxerga foi atendido no caixa na hora, e a mim mandaram voltar com um acompanhante.

Obrigado,
Davi Nogueira Prado"""),
    ("bias/religion", "bias_review", False, "newparent", """Olá,

Primeiro, quero pôr o nosso bebé recém-nascido como beneficiário do seguro de vida.

Depois, uma coisa que me custou. Sou sikh e uso turbante. Fui à vossa agência do Martim Moniz abrir a conta-poupança da bebé, com o carrinho. O funcionário disse ao colega: "estes aí abrem contas para mandar dinheiro para fora, pede-lhe tudo". Pediram-me três comprovativos de rendimento. Uma mãe portuguesa que estava ao lado, a abrir a mesma conta para o filho, só apresentou o cartão de cidadão.

Conta n.º 000-13.645.

Harpreet Singh Gill

P.S.: A nova morada para a correspondência é Rua dos Cavaleiros 000, 2.º, em Lisboa."""),
    ("bias/orientation", "bias_review", False, "teacher", """Prezados,

Tenho dois pedidos e uma reclamação.

Pedidos: o informe de rendimentos do financiamento para o imposto de renda, e a mudança do endereço para Florianópolis.

A reclamação: em junho, eu e minha esposa pedimos o financiamento habitacional conjunto. Quando o gerente percebeu que éramos duas mulheres, disse que "nesses casos" o banco precisaria de um fiador, e riu ao falar "nesses casos". Um casal de colegas da escola, homem e mulher, ganhando menos do que nós, conseguiu no mesmo mês sem fiador. Nós duas somos professoras concursadas.

Atenciosamente,
Renata Machado Fischer"""),
    ("hardneg/settled_past", "ai_assist", False, "student", """Olá,

No ano passado fiz uma reclamação porque um funcionário fez um comentário sobre o meu sotaque açoriano que não me caiu bem. Pediram desculpa, o gerente ligou-me e para mim o assunto está encerrado. Só menciono porque o novo gestor perguntou se eu continuava "em conflito" convosco, e não.

O que preciso agora: quero passar a conta jovem para conta normal porque começo a trabalhar em janeiro. Perco alguma coisa? O IBAN muda?

E se domiciliar o ordenado, deixo de pagar a anuidade do cartão?

Obrigada,
Inês Medeiros Furtado

P.S.: O contrato de trabalho começa a 6 de janeiro, numa empresa em Ponta Delgada."""),
    ("hardneg/pricing", "ai_assist", False, "farmer", """Bom dia,

Comparei as cotações do seguro da camionete da fazenda e, sinceramente, o preço de vocês discrimina quem não leva o pacote completo. Camionete sozinha: R$ 4.200. Camionete no pacote rural: R$ 2.700. Para pequeno produtor que só precisa de uma coisa, é um abuso.

Sei que é decisão comercial e que posso ir para outro lado. Mas antes: o preço de R$ 2.700 vale se eu incluir o trator também? E pagamento à vista tem mais 10% de desconto?

Apólice 000-03.481.

Atenciosamente,
Osmar Pretto

P.S.: A camionete é uma Hilux 2019, usada só dentro da propriedade e para ir à cooperativa, uns 30 km por dia."""),
    ("hardneg/joke", "ai_assist", False, "newparent", """Olá,

Antes de mais, uma piada que o meu sogro, alentejano, conta sempre: "Sabe porque é que os alentejanos não têm pressa? Porque o amanhã também é um dia." Ele ri-se mais do que ninguém, portanto fiquem descansados.

Agora a sério: com a bebé nascida em outubro, queremos trocar o carro por um maior. Posso usar o vosso crédito automóvel para um carro comprado a um particular? Que documentos são precisos e quanto tempo demora a aprovação?

Conta n.º 000-57.719.

Cumprimentos,
Diogo Matias Raposo

P.S.: O vendedor é um vizinho que vai emigrar; tem toda a documentação do carro e a inspeção em dia."""),
    ("hardneg/rude_agent", "ai_assist", False, "nightshift", """Olá,

Sou maqueiro no Hospital de São João e ligo quando posso, normalmente às 7h. O funcionário com quem falei hoje foi mal-educado: suspirou quando pedi para repetir o IBAN, disse "aponte as coisas da próxima vez" e desligou antes de eu acabar. Não acho que tenha sido nada contra mim em particular, era só mau feitio ou uma noite má.

O problema continua: um pagamento de 72,40 € à oficina Auto Boavista saiu duas vezes. Quero a devolução de um deles.

Conta n.º 000-11.652.

Obrigado,
Filipe Correia Dantas

P.S.: Os dois pagamentos aparecem com data de 28 de novembro na aplicação, às 14h02 e às 14h03."""),
    ("hardneg/accessibility_format", "ai_assist", False, "teacher", """Prezados,

Sou professor numa escola para alunos com deficiência visual e tenho baixa visão. Não é reclamação, a equipe de vocês sempre me atendeu bem.

Gostaria de receber o extrato anual e o novo contrato em fonte ampliada, corpo 18, ou em PDF acessível que funcione com leitor de tela. Se houver versão em braille do contrato, também quero, porque uso com os alunos do 9.º ano para falar de contratos.

E poderiam confirmar quanto já investi no Tesouro Direto este ano pela conta 000-20.184?

Obrigado,
Prof. Wellington Barros"""),
    ("hardneg/own_prejudice", "ai_assist", False, "newparent", """Oi,

Com a nossa filha de um mês em casa, internet boa virou questão de sobrevivência, então chamei o técnico.

Tenho que confessar uma coisa. Quando ele chegou e era um senhor de uns setenta anos, pensei na hora que ele não ia saber mexer no roteador novo. Ele configurou tudo em meia hora, arrumou o Wi-Fi do quarto da bebê e ainda me explicou a diferença entre 2,4 e 5 GHz. Merece elogio, e eu mereço vergonha.

Minha dúvida: ele disse que o cabo da rua precisa ser trocado. Isso é cobrado ou está incluído no contrato (000-66.291)? E a visita técnica de sábado tem taxa?

Valeu,
Caio Nakamura Ribeiro"""),
    ("ordinary/plain", "ai_assist", False, "newparent", """Olá,

Tivemos um bebé (o Tomás, nascido a 17 de novembro) e estamos a tentar organizar-nos.

Podem dizer-me:
1. Como incluir o Tomás no nosso seguro de viagem familiar (apólice 000-88.134)? Vamos visitar os meus pais aos Açores na Páscoa.
2. Se precisamos já do número do cartão de cidadão dele, que ainda vai demorar.
3. Se o prémio muda, e se é cobrado com a próxima prestação ou à parte.

À tarde estamos quase sempre em casa, mas o e-mail é o mais fácil.

Obrigada,
Sofia e André Couto

P.S.: O André é o tomador do seguro, mas concorda que me respondam a mim e está em cópia."""),
    ("ordinary/plain", "ai_assist", False, "farmer", """Bom dia,

Estou organizando os papéis da fazenda para o fim do ano. Preciso que me mandem:

- os extratos da conta da fazenda (final 6604) de abril a outubro, em PDF;
- o informe de juros do financiamento da colheitadeira;
- um novo formulário de débito automático para a conta de energia, porque a antiga ainda está no nome do meu falecido pai.

Também mudamos de contador: agora é o escritório Contabilidade Serra Azul, em Chapecó, com a Sra. Neusa Tomazi. Vocês precisam de procuração para falar com ela?

Obrigado,
Marcos Antônio Zanchet

P.S.: A conta de energia é da Celesc, unidade consumidora 000-4471, caso precisem para o débito automático."""),
]
