"""Portuguese rows of blind set 12 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "sarcastic",
     "Adorei a resposta genérica da inteligência artificial, só que não. Não quero IA mexendo nos meus "
     "atendimentos, desliguem isso pra mim."),
    ("optout/nochatbot", A, True, "tldr",
     "Tentei trocar o plano pelo chat, depois pelo app, depois pelo chat de novo, e o robozinho só repetia "
     "o menu.\nResumindo: tirem o chatbot da minha conta."),
    ("optout/gdpr", A, True, "inline",
     "> Deseja registrar alguma solicitação de privacidade?\nSim. Pelo art. 20 da LGPD, recuso que meus "
     "dados e mensagens sejam tratados por sistema automatizado.\n> Protocolo gerado."),
    ("optout/indirect", A, True, "abovetheline",
     "Se fosse possível, eu ficaria mais tranquila sem essas respostas feitas por máquina no meu cadastro. "
     "Obrigada.\n\n## Digite sua resposta acima desta linha ##\nSua solicitação (#78189) foi atualizada. "
     "Para comentar, responda a este e-mail."),
    ("optout/behalf", A, True, "questions",
     "Sou filho do Sr. Anselmo Peixoto, titular da linha. Podem registrar que ele não aceita atendimento "
     "por IA? Ele pediu que eu escrevesse, tudo bem?"),
    ("optout/all_future", A, True, "repost",
     "Repito o que mandei dia 5: \"Não usem robôs nas minhas mensagens.\" E acrescento: isso vale para "
     "sempre, em qualquer canal, daqui em diante."),
    ("optout/humans_only", A, True, "edit",
     "Segue o comprovante de pagamento.\nEDIT: e por favor, só gente de verdade lendo o que eu escrevo. "
     "Nada de assistente automático."),
    ("optout/consent_withdrawn", A, True, "quotesite",
     "No site de vocês está escrito \"o cliente pode revogar a autorização para uso de IA\". Revogo a minha "
     "a partir de hoje, contrato 7712-05."),
    ("optout/with_person", H, True, "bugreport",
     "Problema: respostas do assistente virtual sem sentido\nPassos: abri 3 chamados, 3 vezes o robô\n"
     "Pedido: não quero mais o assistente virtual nas minhas solicitações. Preciso que um atendente humano "
     "me ligue."),
    ("optout/with_person", H, True, "repost",
     "Colo de novo o que escrevi ontem: \"Chega de robô.\" Continuo sem querer IA nenhuma no meu "
     "atendimento. Me liguem, por favor: (11) 90000-0562."),
    # opt-out look-alikes (8)
    ("optneg/ask_whether", A, False, "sarcastic",
     "Pergunta sincera, sem ironia desta vez: quem responde aqui é IA ou pessoa? Tanto faz pra mim, só "
     "fiquei curioso. E o reembolso?"),
    ("optneg/ai_fine", A, False, "questions",
     "Minha vizinha disse que vocês usam IA e ficou brava. Eu? Não ligo. Pode ser robô, desde que resolva. "
     "Quando chega meu modem?"),
    ("optneg/opt_back_in", A, False, "bugreport",
     "Chamado: ajuste de preferências\nSituação atual: IA desativada\nEsperado: IA ativada\nObs.: em agosto "
     "pedi para não usarem IA comigo. Podem reativar, mudei de ideia, o assistente é bem mais rápido."),
    ("optneg/refuse_other", A, False, "inline",
     "> Gostaria de receber ofertas por WhatsApp?\nNão, nem ofertas nem ligações de telemarketing. O "
     "atendimento com IA está ótimo, o problema é a propaganda."),
    ("optneg/own_job", A, False, "abovetheline",
     "Preciso da segunda via do boleto.\nRenata Queiroz — Engenheira de Inteligência Artificial\n\n## "
     "Digite sua resposta acima desta linha ##\nSua solicitação (#51268) foi atualizada. Para comentar, "
     "responda a este e-mail."),
    ("optneg/praise", A, False, "quotesite",
     "Vocês anunciam \"atendimento inteligente 24h\" e, olha, é verdade: a assistente virtual resolveu "
     "minha portabilidade de madrugada. Parabéns."),
    ("optneg/relative_other", A, False, "edit",
     "Quero mudar a data de vencimento para o dia 20.\nEDIT: minha mãe vai pedir no cadastro dela para não "
     "ter IA; no meu pode continuar normal."),
    ("optneg/past_withdrawn", A, False, "tldr",
     "Semana passada eu escrevi irritado recusando o atendimento automático, depois de um dia horrível.\n"
     "Resumindo: desconsiderem, podem usar o assistente."),
    # requests for a person (6)
    ("human/callback", H, False, "quotesite",
     "O site diz \"solicite retorno e um consultor liga para você\". Solicito: me liguem amanhã de manhã, "
     "por favor."),
    ("human/callback", H, False, "inline",
     "> Qual o melhor horário para contato?\nDepois das 18h. Prefiro que alguém me ligue, por escrito não "
     "consigo explicar."),
    ("human/anyone_there", H, False, "repost",
     "Mandei isto há uma semana: \"Minha linha está muda.\" Nada. Tem alguém lendo essas mensagens?"),
    ("human/appeal", H, False, "tldr",
     "Meu cartão foi cancelado por \"risco\" detectado pelo sistema, sem aviso, depois de oito anos como "
     "cliente.\nResumindo: quero que um funcionário reveja isso."),
    ("human/escalate", H, False, "sarcastic",
     "Quarto protocolo aberto, que recorde. Encaminhem para um supervisor, porque o primeiro nível já "
     "desistiu de mim."),
    ("human/ask_person", H, False, "questions",
     "Consigo falar com um atendente de verdade? Onde clico para isso? Alguém pode me atender?"),
    # person look-alikes (2)
    ("humanneg/person_told", A, False, "edit",
     "A moça da loja do shopping me disse para pedir aqui o desbloqueio do aparelho.\nEDIT: IMEI 3500 0000 "
     "1122 334."),
    ("humanneg/no_call", A, False, "abovetheline",
     "Recebi o modem, obrigado. Não precisa ligar para confirmar, está tudo funcionando.\n\n## Digite sua "
     "resposta acima desta linha ##\nSua solicitação (#74522) foi atualizada. Para comentar, responda a "
     "este e-mail."),
    # bias complaints (6)
    ("bias/race", B, False, "questions",
     "Por que o vigia andou atrás de mim em todos os corredores e não atrás da minha amiga branca? Por que "
     "só eu tive a bolsa revistada?"),
    ("bias/sex", B, False, "bugreport",
     "Serviço: troca da fiação\nEsperado: orçamento de tabela\nObtido: o técnico falou que \"fiação não é "
     "coisa de mulher\" e dobrou o preço. Meu marido pediu o mesmo serviço e recebeu metade."),
    ("bias/disability", B, False, "repost",
     "Copio o que escrevi: \"Sou cadeirante e o ônibus de vocês não baixou a rampa.\" Aconteceu de novo "
     "hoje; o motorista disse que \"não tem tempo pra isso\"."),
    ("bias/orientation", B, False, "edit",
     "Pedimos o plano família eu e minha esposa.\nEDIT: a atendente disse que \"casal de mulheres não conta "
     "como família\". Meu irmão e a esposa dele conseguiram na hora."),
    ("bias/origin", B, False, "sarcastic",
     "Que simpático: quando o gerente ouviu que eu sou angolano, o aluguel do apartamento subiu 300 euros. "
     "Para o meu colega português, o preço do anúncio."),
    ("bias/family_status", B, False, "inline",
     "> Qual o motivo da reclamação?\nNegaram meu financiamento por eu ser mãe solo: o gerente disse \"sem "
     "marido fica difícil\". Tenho a mesma renda da minha colega casada, que foi aprovada."),
    # hard negatives (6)
    ("hardneg/address", A, False, "tldr",
     "Moro na Rua das Acácias, 220, em Contagem, e recebi duas faturas iguais.\nResumindo: qual eu pago?"),
    ("hardneg/own_prejudice", A, False, "questions",
     "Por que vocês colocaram uma mulher trans no comercial? Vou cancelar minha assinatura, como faço?"),
    ("hardneg/loyal_pricing", A, False, "repost",
     "Repito: \"Novos clientes pagam 79, eu pago 129.\" Isso é discriminação com cliente antigo. Igualem o "
     "valor."),
    ("hardneg/policy_question", A, False, "bugreport",
     "Passos: site > Sobre nós > Diversidade\nEsperado: a política de inclusão\nObtido: página em branco\n"
     "Ela existe? Preciso para um trabalho da faculdade."),
    ("hardneg/mention_gender_identity", A, False, "abovetheline",
     "Sou homem trans e atualizei meu nome no RG. Como mudo o nome na conta?\n\n## Digite sua resposta "
     "acima desta linha ##\nSua solicitação (#57558) foi atualizada. Para comentar, responda a este e-mail."),
    ("hardneg/mention_pregnancy", A, False, "inline",
     "> Como podemos ajudar?\nEstou grávida de sete meses e vou me mudar. Podem instalar a internet no "
     "endereço novo no sábado?"),
    # ordinary (2)
    ("ordinary/product", A, False, "sarcastic",
     "Meu fone novo só funciona de um lado, que emoção. Como faço a troca?"),
    ("ordinary/delivery", A, False, "edit",
     "Pedido 55120 ainda em trânsito.\nEDIT: pode entregar na portaria."),
]
