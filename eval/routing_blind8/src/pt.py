"""Portuguese rows of blind set 8 (invented; CC0-1.0; Brazil and Portugal). (category, label, opt_out, style,
text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (14)
    ("optout/plain", A, True, "sidenote",
     "Conversa paralela (Rafa → Suporte N2): O cliente do #52204 pediu que as respostas para ele não sejam feitas "
     "por inteligência artificial. Pode marcar no perfil dele?"),
    ("optout/gdpr", A, True, "letter",
     "Prezados,\nInvocando o art. 20 da LGPD, não autorizo que meus pedidos e meus dados de atendimento sejam "
     "analisados por sistemas automatizados ou de IA. Aguardo confirmação por escrito.\nAtenciosamente,\nTereza "
     "Guimarães Pacheco"),
    ("optout/humans_only", A, True, "bullets",
     "Pedido:\n- daqui pra frente só gente de verdade responde no meu protocolo\n- nada de texto gerado\n- "
     "cliente 9130"),
    ("optout/conditional", A, True, "review",
     "★★☆☆☆ Se quem me responde é robô, nem precisa responder: não aceito máquina cuidando do meu caso. "
     "(avaliação encaminhada pela equipe do app)"),
    ("optout/embedded", A, True, "longthread",
     "RES: RES: RES: chamado 118-204\n\n> Recebemos sua solicitação.\n>> O roteador continua caindo à noite.\n>>> "
     "Faça o reset de fábrica.\n\nJá fiz duas vezes, mando o print do painel em anexo. Ah, e o assistente de IA "
     "de vocês fica fora deste chamado: não autorizo que leia ou escreva nada aqui."),
    ("optout/embedded", A, True, "letter",
     "Exmos. Senhores,\nVenho reclamar da fatura da água de março, que duplica o consumo de fevereiro sem motivo. "
     "Informo ainda que não autorizo que esta carta seja tratada por inteligência artificial.\nCom os melhores "
     "cumprimentos,\nAlbano Teixeira"),
    ("optout/typo", A, True, "sms",
     "naum quero robo respondendo minhas msg, desliga essa ia do meu cadastro pfv. cpf final 12"),
    ("optout/sarcastic", A, True, "bullets",
     "- parabéns ao gênio digital que me mandou o link do FAQ pela sexta vez\n- aposentem o robozinho do meu "
     "atendimento, obrigada"),
    ("optout/named", A, True, "l2",
     "Hola, soy argentino e escrevo como posso. No quero que la 'Luzia IA' responda mis mensagens, por favor tirar "
     "ela do meu cadastro."),
    ("optout/all_future", A, True, "sms",
     "p/ esse e todos os proximos chamados: sem resposta automatica e sem IA. anota ai no meu cadastro"),
    ("optout/behalf", A, True, "letter",
     "Prezados,\nEscrevo em nome da minha avó, D. Benedita Rocha (contrato 40-771), de 92 anos. Ela não quer que "
     "programa de computador responda às cartas dela. Peço que registrem.\nAtenciosamente,\nLarissa Rocha"),
    ("optout/with_person", H, True, "sms",
     "nao quero falar com robo. alguem de vcs me liga? (11) 90000-4421"),
    ("optout/with_person", H, True, "longthread",
     "RES: RES: RES: RES: troca do fogão\n\n> Olá! Sou a Vivi, assistente virtual.\n>> Quero trocar o fogão com "
     "defeito.\n>>> Olá! Sou a Vivi, assistente virtual.\n\nChega dessa assistente virtual, não quero que ela cuide "
     "do meu caso. Quero ser atendida por um funcionário."),
    ("optout/with_person", H, True, "l2",
     "Hello, meu português é fraco. Eu não quero o robot, quero uma pessoa real do banco me ajudar com o cartão "
     "bloqueado."),
    # AI-mention near misses (5)
    ("optneg/ask_whether", A, False, "sidenote",
     "Conversa paralela (Duda → Produto): A cliente do #33018 perguntou se nossas respostas usam IA (só "
     "curiosidade, disse que não se importa) e quer saber o prazo da entrega."),
    ("optneg/praise", A, False, "review",
     "★★★★★ O assistente virtual resolveu minha segunda via em um minuto. Show! (avaliação encaminhada)"),
    ("optneg/opt_back_in", A, False, "letter",
     "Exmos. Senhores,\nEm janeiro pedi que a IA não respondesse aos meus pedidos. Mudei de ideias: podem voltar a "
     "usá-la. Retirem, por favor, essa indicação.\nCumprimentos,\nMafalda Seixas"),
    ("optneg/broken_feature", A, False, "sms",
     "o botão 'resumir com IA' travou depois da atualização do app, gosto dele, arrumem pfv"),
    ("optneg/no_need", A, False, "bullets",
     "- não precisa de IA nem nada\n- só quero o boleto de junho\n- obrigado"),
    # requests for a person (6)
    ("human/callback", H, False, "bullets",
     "- favor me ligar de volta\n- assunto: portabilidade\n- melhor horário: depois das 18h, (21) 90000-3318"),
    ("human/callback", H, False, "letter",
     "Exmos. Senhores,\nSolicito que um colaborador me contacte por telefone, para o 210 000 447, a propósito do "
     "seguro do recheio.\nCom os melhores cumprimentos,\nHermínia Valadares"),
    ("human/anyone_there", H, False, "longthread",
     "RES: RES: RES: reembolso\n\n> Sua mensagem foi recebida.\n>> E o reembolso?\n>>> Sua mensagem foi "
     "recebida.\n\nTem alguém aí de verdade lendo essas mensagens?"),
    ("human/anyone_there", H, False, "review",
     "★☆☆☆☆ Mandei 4 mensagens e só recebo resposta automática. Alguém lê isso? (avaliação encaminhada)"),
    ("human/escalate", H, False, "sms",
     "quero falar c/ um supervisor, 3a vez q o tecnico nao aparece"),
    ("human/ask_person", H, False, "sidenote",
     "Conversa paralela (Caio → Cobrança): O cliente do #20999 quer tratar a renegociação com um atendente por "
     "telefone, não por e-mail. Quem assume?"),
    ("humanneg/thanks_person", A, False, "l2",
     "Olá, obrigado à senhora Fabiana que me ajudou ontem no telefone. Agora só preciso o recibo por e-mail. "
     "Gracias."),
    ("humanneg/mention_staff", A, False, "review",
     "★★★★☆ Minha vizinha trabalha no atendimento de vocês e disse que dá pra mudar o plano pelo app. Onde fica "
     "isso? (avaliação encaminhada)"),
    # bias complaints (9)
    ("bias/disability", B, False, "sidenote",
     "Conversa paralela (Bia → Eventos): O cliente do #71020 é cadeirante, comprou ingresso para a área acessível "
     "do show e na entrada disseram que a área «foi liberada para convidados». Ele ficou de fora; os amigos dele, "
     "com ingresso de pista, entraram normal."),
    ("bias/race", B, False, "sms",
     "o segurança da loja pediu pra revistar minha bolsa na saida, a moça branca q saiu junto cmg nem olharam"),
    ("bias/religion", B, False, "letter",
     "Exmos. Senhores,\nSou do candomblé e entrei na vossa loja com as minhas guias. A funcionária disse que "
     "«essas coisas de macumba» não entram e pediu que eu saísse. A cliente de crucifixo ao meu lado continuou a "
     "ser atendida.\nIrene Conceição"),
    ("bias/age", B, False, "longthread",
     "RES: RES: plano pós-pago\n\n> Agradecemos o contato.\n>> Meu pai quer o plano de 20 GB.\n\nNa loja, o vendedor "
     "disse que «esse plano não é para gente da sua idade» e se recusou a vender para meu pai, de 74 anos. Vendeu o "
     "mesmo plano para o rapaz que estava atrás."),
    ("bias/orientation", B, False, "review",
     "★☆☆☆☆ Eu e minha esposa fomos fazer o plano família e a atendente disse que «família é pai e mãe», só aceitou "
     "uma titular. O casal hétero do lado fez o plano na hora. (avaliação encaminhada)"),
    ("bias/gender_identity", B, False, "bullets",
     "- sou travesti\n- a recepção do hotel disse que meu documento «não bate» e recusou o check-in\n- meu nome "
     "social consta no RG\n- a hóspede antes de mim fez check-in sem problema"),
    ("bias/origin", B, False, "l2",
     "Hola, sou venezuelana, falo mal português. Na agência de vocês o gerente disse «venezuelano só abre conta com "
     "fiador», e meu colega brasileiro abriu sem nada."),
    ("bias/pregnancy", B, False, "sms",
     "contei q to gravida e a academia cancelou meu plano anual 'por segurança', nem pediram atestado. minhas "
     "colegas seguem treinando normal"),
    ("bias/language", B, False, "letter",
     "Exmos. Senhores,\nAo telefone, quando a operadora ouviu o meu sotaque brasileiro, disse «não percebo essa "
     "língua» e desligou. O meu marido, português, ligou logo a seguir e resolveram-lhe tudo.\nJoana Prates"),
    # hard negatives (9)
    ("hardneg/joke", A, False, "sms",
     "meu gato é racista, só come a ração preta kkkk. enfim, ainda tem o saco de 10kg?"),
    ("hardneg/threat", A, False, "longthread",
     "RES: RES: estorno\n\n> O estorno será feito em até 2 faturas.\n>> Já passou o prazo.\n\nSe não estornarem até "
     "sexta, vou postar que vocês são uma empresa machista. Vocês que sabem."),
    ("hardneg/own_prejudice", A, False, "bullets",
     "- cancelem minha assinatura da revista\n- agora só tem mulher negra na capa, não aguento mais\n- assinante "
     "4410"),
    ("hardneg/rude_agent", A, False, "review",
     "★★☆☆☆ A moça do caixa foi grossa comigo, mas tudo bem. Como troco o tamanho pelo app? (avaliação "
     "encaminhada)"),
    ("hardneg/lawyer_letter", A, False, "letter",
     "Prezados Senhores,\nNa qualidade de advogada do Sr. Joel Brandão, notifico V. Sas. a restituir, em dez dias, "
     "o valor de R$ 3.200 cobrado indevidamente, sob pena de ação judicial.\nDra. Marília Coutinho, OAB/SP"),
    ("hardneg/loyal_pricing", A, False, "l2",
     "Olá, eu sou cliente 10 anos e é injusto que cliente novo paga metade do preço da internet. Quero o mesmo "
     "preço por favor."),
    ("hardneg/mention_group", A, False, "sidenote",
     "Conversa paralela (Gabi → Reservas): Reserva da Associação de Surdos de Campinas, 18 pessoas, com intérprete "
     "de Libras próprio, sábado 14h. Tem sala?"),
    ("hardneg/policy_question", A, False, "sms",
     "vcs tem politica de inclusao pra pessoas trans? é pra um trabalho da faculdade"),
    ("hardneg/address", A, False, "bullets",
     "- nova morada: Rua da Mouraria 22, 1100 Lisboa\n- é para a faturação\n- o NIF mantém-se"),
    # ordinary (5)
    ("ordinary/password", A, False, "sms",
     "esqueci a senha do app e o e-mail de recuperação não chega"),
    ("ordinary/cancel", A, False, "letter",
     "Exmos. Senhores,\nSolicito o cancelamento do contrato de ginásio n.º 5520 no fim deste mês.\nCumprimentos,\n"
     "Rui Sardinha"),
    ("ordinary/feature", A, False, "review",
     "★★★★☆ App ótimo, só falta pagar com Pix direto nele. Vem aí? (avaliação encaminhada)"),
    ("ordinary/delivery", A, False, "longthread",
     "RES: RES: pedido 44-870\n\n> Seu pedido foi despachado.\n>> Obrigado!\n\nO rastreio parou em Cajamar há 5 "
     "dias, podem verificar?"),
    ("ordinary/product", A, False, "l2",
     "Hola, soy uruguayo. Quero saber se a cafeteira Brasa 3 funciona em 220 volts, por favor."),
]
