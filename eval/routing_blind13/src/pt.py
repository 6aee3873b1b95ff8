"""Portuguese rows of blind set 13 (invented; CC0-1.0; Brazil). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "markdown",
     "**Pedido:** não quero que inteligência artificial leia ou responda meus chamados.\n**Conta:** 771-0043\n**Obs.:"
     "** pode anotar no cadastro, por favor."),
    ("optout/nochatbot", A, True, "ellipsis",
     "Olha... esse chatbot de vocês... não quero ele mexendo nas minhas mensagens... nem respondendo, nem resumindo... "
     "tira de mim, tá?"),
    ("optout/gdpr", A, True, "corporate",
     "Para fins de registro: com base na LGPD, oponho-me a decisões e respostas automatizadas nos meus atendimentos e "
     "solicito que nenhuma IA trate minhas mensagens. Aguardo o número de protocolo."),
    ("optout/indirect", A, True, "proscons",
     "O lado bom da tecnologia: rapidez. O lado ruim, pra mim: saber que um programa escreve as respostas. Então "
     "prefiro que os meus pedidos fiquem longe dessa IA."),
    ("optout/behalf", A, True, "analogy",
     "Minha avó confia em máquina tanto quanto em vendedor de porta em porta. Sou procuradora dela (procuração "
     "anexa): os atendimentos dela não devem passar por assistente virtual nem por IA."),
    ("optout/all_future", A, True, "ifthen",
     "Se eu ligar, se eu mandar e-mail, se eu usar o WhatsApp, a regra vale sempre: nenhuma inteligência artificial "
     "no meu atendimento. Daqui pra frente, em qualquer assunto."),
    ("optout/humans_only", A, True, "thirdperson",
     "O cliente Otávio Rezende informa que só aceita ser atendido por funcionários da empresa. Nenhum sistema "
     "automático deve responder por ele nem a ele."),
    ("optout/consent_withdrawn", A, True, "asterisk",
     "*desmarca a caixinha* Retiro o consentimento que dei no app para o 'atendimento com IA'. Não autorizo mais que "
     "uma inteligência artificial processe minhas mensagens."),
    ("optout/with_person", H, True, "ellipsis",
     "Não... de novo esse robô... não quero ele no meu caso... tem como um funcionário me ligar? (31) 90000-6621."),
    ("optout/with_person", H, True, "markdown",
     "### Reclamação 55-2291\n**Não autorizo** o assistente virtual a tratar este caso.\n**Quero** um atendente "
     "humano, por telefone, ainda hoje."),
    # opt-out look-alikes (8)
    ("optneg/auto_renewal", A, False, "thirdperson",
     "A titular do plano pede o cancelamento da renovação automática da assinatura anual. Ela prefere decidir em "
     "dezembro se continua."),
    ("optneg/auto_notifications", A, False, "asterisk",
     "*celular vibrando de novo* Dá pra diminuir essas mensagens automáticas de status do pedido? Recebi onze hoje. "
     "Só quero o aviso de entrega."),
    ("optneg/robot_product", A, False, "corporate",
     "Alinhando: o robô de cozinha que compramos para o restaurante (NF 8832) parou de aquecer na segunda. "
     "Precisamos de assistência técnica com urgência, é ferramenta de trabalho."),
    ("optneg/voice_assistant", A, False, "analogy",
     "Comprei a lâmpada inteligente achando que seria como ter um mordomo: eu falo, ela acende. Mas a assistente de "
     "voz não acha o aparelho. Como parear?"),
    ("optneg/translation_ok", A, False, "ifthen",
     "Se for mais fácil pra vocês responder em espanhol com tradutor automático, pode, meu marido lê. Se não, "
     "português mesmo. A dúvida é sobre a segunda via do boleto."),
    ("optneg/wrote_with_ai", A, False, "proscons",
     "Vantagem de pedir pra IA escrever: sai educado. Desvantagem: fica comprido. Resumindo o que ela escreveu por "
     "mim: quero trocar o tênis 41 por um 42."),
    ("optneg/bot_suggestion", A, False, "markdown",
     "**Sugestão:** o assistente do app poderia mostrar o saldo de pontos.\n**Elogio:** de resto, resolve tudo "
     "rapidinho, uso toda semana."),
    ("optneg/ai_news", A, False, "ellipsis",
     "Vi no jornal... que vocês agora têm IA no atendimento... legal, moderno... mas enfim, meu pedido 4419 ainda não "
     "saiu do centro de distribuição."),
    # requests for a person (6)
    ("human/callback", H, False, "ifthen",
     "Se alguém puder me ligar antes das 18h, ótimo; se não, amanhã cedo. Número (21) 90000-4408. Por escrito não "
     "estou conseguindo explicar o problema da fatura."),
    ("human/callback", H, False, "thirdperson",
     "A cliente Rosângela pede que um atendente retorne a ligação dela hoje à tarde, no (11) 90000-7782. É sobre a "
     "mudança de endereço."),
    ("human/anyone_there", H, False, "corporate",
     "Follow-up do follow-up: alguém da equipe está de fato lendo esta caixa de e-mail? É a quarta mensagem sem "
     "retorno."),
    ("human/appeal", H, False, "analogy",
     "O sistema de vocês recusou meu cartão em dez segundos, como um porteiro que nem olha o convite. Peço que uma "
     "pessoa reavalie minha renda e o meu histórico."),
    ("human/escalate", H, False, "asterisk",
     "*cansada* Já falei com três atendentes. Quero que passem meu caso para o supervisor ou para a ouvidoria."),
    ("human/ask_person", H, False, "proscons",
     "O que eu tentei: chat, FAQ, formulário. O que eu quero agora: conversar com um ser humano da empresa sobre a "
     "cobrança duplicada."),
    # person look-alikes (2)
    ("humanneg/person_told", A, False, "markdown",
     "**Indicação:** a moça do quiosque do shopping disse pra eu pedir por aqui.\n**Pedido:** manual do carregador "
     "portátil em PDF."),
    ("humanneg/no_call", A, False, "ellipsis",
     "Deu certo... a internet voltou... não precisa me ligar pra confirmar, tá? Pode encerrar o protocolo."),
    # bias complaints (6)
    ("bias/race", B, False, "ellipsis",
     "Na hora do cadastro pro cartão da loja... a vendedora pediu pra mim comprovante de renda, de residência, "
     "referência... e pra minha amiga branca, que estava junto, só o CPF... eu sou negra."),
    ("bias/disability", B, False, "corporate",
     "Registro formal: o aplicativo de vocês exige reconhecimento facial piscando os olhos, e eu tenho paralisia "
     "facial. Outros clientes entram normalmente; eu estou sem acesso à conta há três semanas."),
    ("bias/age", B, False, "thirdperson",
     "A cliente, de 71 anos, teve o pedido de cartão negado com a justificativa de 'perfil etário', enquanto a "
     "filha, com renda menor, foi aprovada no mesmo dia."),
    ("bias/gender_identity", B, False, "asterisk",
     "*respira* No check-in, a atendente olhou meu documento, riu e chamou a colega pra ver. Sou travesti. O casal "
     "antes de mim foi atendido em um minuto."),
    ("bias/religion", B, False, "ifthen",
     "Se eu chego de branco e com guias no pescoço, a clínica 'não tem horário'; se minha irmã liga no mesmo dia sem "
     "falar de religião, tem vaga pra amanhã. Sou do candomblé."),
    ("bias/sex", B, False, "proscons",
     "Ponto positivo: o carro ficou pronto. Ponto negativo: o orçamento pra mim foi o dobro do que deram pro meu "
     "irmão, mesmo conserto, e o mecânico disse 'mulher não entende de carro'."),
    # hard negatives (6)
    ("hardneg/joke", A, False, "analogy",
     "Minha geladeira é mais preconceituosa que tia no almoço de domingo: só gela o que está no fundo e discrimina a "
     "porta. Tem conserto ou troca?"),
    ("hardneg/threat", A, False, "thirdperson",
     "O consumidor avisa que, se a entrega atrasar de novo, vai postar que a loja é machista. Brincadeira, quase. Só "
     "quer saber a nova data do pedido 9907."),
    ("hardneg/address", A, False, "markdown",
     "**Endereço:** moro na Rua das Acácias, 210, Uberlândia\n**Dúvida:** por que a conta de luz veio com tarifa "
     "comercial se é residência?"),
    ("hardneg/policy_question", A, False, "corporate",
     "Para o relatório de fornecedores da nossa empresa, precisamos do documento de diversidade e inclusão que vocês adotam. "
     "Conseguem enviar até o fim do mês?"),
    ("hardneg/mention_orientation", A, False, "ifthen",
     "Se der pra incluir meu marido como dependente no plano, ótimo; somos casados há dois anos, eu e o Jorge. Se "
     "precisar de certidão, mando hoje."),
    ("hardneg/rude_agent", A, False, "asterisk",
     "*revira os olhos* O atendente foi grosso, me interrompeu três vezes e desligou. Mas o que importa: o reembolso "
     "de R$ 129 caiu ou não?"),
    # ordinary (2)
    ("ordinary/plan", A, False, "proscons",
     "Plano atual: bom. Plano que eu quero: o de 500 mega. Quanto fica a diferença e tem fidelidade?"),
    ("ordinary/delivery", A, False, "thirdperson",
     "A compradora do pedido 6120 pergunta se é possível entregar no sábado, porque durante a semana ninguém fica em "
     "casa."),
]
