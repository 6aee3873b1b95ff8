"""Portuguese rows of blind set 18 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10, 2 with a person)
    ("optout/plain", A, True, "email",
     "Olá,\n\nFica registrado: inteligência artificial não tem minha permissão para ler nem responder o que "
     "eu envio a vocês.\n\nAtenciosamente,\nJurema Cavalcanti"),
    ("optout/no_bot", A, True, "chat", "nao quero robo respondendo minhas msgs, ta?"),
    ("optout/object", A, True, "phone",
     "oi sou cliente em campinas e me oponho ao uso de ia automatica nas minhas solicitacoes"),
    ("optout/legal", A, True, "form",
     "Assunto: Revisão de decisão automatizada\nCategoria: LGPD\nMensagem: Pelo artigo 20 da LGPD, "
     "recuso o tratamento automatizado das minhas reclamações, inclusive por IA."),
    ("optout/with_person", H, True, "email",
     "Bom dia,\nPrefiro que nenhum sistema de IA mexa no meu pedido. Pode me ligar alguém da equipe? "
     "(19) 90000-0521.\nObrigado, Aderbal Quintela"),
    ("optout/keep_manual", A, True, "runon",
     "vi no aplicativo que agora vocês respondem com sugestões automáticas e eu quero que o meu caso seja "
     "tratado só na mão do começo ao fim sem algoritmo nenhum no meio"),
    ("optout/withdraw", A, True, "arrows",
     "autorização para IA nas minhas mensagens → retiro → a partir de hoje → confirmem por e-mail"),
    ("optout/exclusion", A, True, "csv",
     "campo;valor\npedido;tirar minhas conversas do assistente automático e do treino\nnome;Iolanda Brites"),
    ("optout/with_person", H, True, "proverb",
     "Quem não tem cão caça com gato, mas eu não aceito máquina a tratar dos meus dados. Quero falar com "
     "uma pessoa."),
    ("optout/humans_only", A, True, "deal",
     "Renovo o plano se me garantirem que só gente de verdade lê e responde as minhas mensagens, IA nenhuma."),
    # opt-out near-misses (8)
    ("optneg/praise_bot", A, False, "chat", "resolvi o boleto com a assistente virtual em dois minutos, nota dez pra ela"),
    ("optneg/job_application", A, False, "email",
     "Olá,\nVi a vaga de analista de automação em Braga. Ainda está aberta? Envio o currículo em anexo.\n"
     "Cumprimentos, Tiago Amaral"),
    ("optneg/spam_bots", A, False, "phone",
     "tem um monte de perfil bot comentando nas lives de vcs oferecendo pix, cuidado hein"),
    ("optneg/ai_feature", A, False, "form",
     "Assunto: Legendas automáticas\nMensagem: O recurso de legendas com IA da TV funciona em português de "
     "Portugal?"),
    ("optneg/bot_wrong", A, False, "beforeafter",
     "Antes: o robô do chat disse que o técnico vinha terça. Depois: ninguém veio. Qual é a nova data?"),
    ("optneg/investor", A, False, "exclaim",
     "Olá!!! Sou acionista e queria saber quando sai o relatório sobre o projeto de IA!!! Obrigada!!"),
    ("optneg/someone_else", A, False, "reminder",
     "Lembrete: meu pai odeia falar com robô, então eu mesma pergunto: dá pra trocar o vencimento da conta dele?"),
    ("optneg/automation_sms", A, False, "csv",
     "assunto;detalhe\nsms automáticos;chegam três por dia\nquero;receber só um por semana"),
    # requests for a person (6)
    ("human/plain", H, False, "chat", "me passa pra alguém de carne e osso, pfv"),
    ("human/callback", H, False, "email",
     "Boa tarde,\nPodem me ligar de volta amanhã sobre a instalação do ar-condicionado? (31) "
     "90000-0384.\nGrata, Rosilene Tavares"),
    ("human/anyone", H, False, "phone", "tem alguem ai lendo isso de verdade? ja mandei 3 vezes"),
    ("human/escalate", H, False, "runon",
     "já expliquei quatro vezes a mesma coisa e cada vez recebo a mesma resposta pronta então quero que um "
     "supervisor ou gerente pegue o meu caso agora"),
    ("human/agent", H, False, "deal",
     "Proposta: se um atendente de verdade me chamar hoje, eu retiro a queixa no Reclame Aqui."),
    ("human/staff", H, False, "exclaim", "Alguém da equipe olha o pedido 63-417, por favor!!!"),
    # person near-misses (2)
    ("humanneg/thanks_agent", A, False, "email",
     "Olá,\nQueria agradecer à Luzia do atendimento pela paciência ontem. Deu tudo certo com a portabilidade.\n"
     "Abraço, Wellington"),
    ("humanneg/manager_asked", A, False, "arrows",
     "minha gerente → pediu a nota fiscal de novembro → podem mandar pro e-mail da empresa?"),
    # bias complaints (6)
    ("bias/region", B, False, "email",
     "Boa tarde,\nQuando a atendente ouviu meu sotaque cearense disse que eu devia pedir para alguém "
     "\"que fale direito\" ligar. Minha colega paulista resolveu a mesma coisa na hora.\nFrancisca Holanda"),
    ("bias/disability", B, False, "phone",
     "sou surda e o banco so aceita validacao por ligacao, pedi por sms e disseram que nao tem, pros outros o app basta"),
    ("bias/race", B, False, "form",
     "Assunto: Abordagem na loja\nMensagem: Na saída, o segurança me barrou e revistou minha bolsa porque sou "
     "negra. As clientes brancas passaram direto com sacolas iguais."),
    ("bias/orientation", B, False, "beforeafter",
     "Antes: o gerente disse que a conta conjunta era só assinar. Depois de ver que somos duas mulheres "
     "casadas: \"não fazemos esse tipo de conta\"."),
    ("bias/religion", B, False, "runon",
     "avisei que sou adventista e que não posso fazer a prova no sábado e me disseram que então eu estava "
     "fora do processo mas o colega que tinha casamento no mesmo dia remarcou sem problema"),
    ("bias/age", B, False, "proverb",
     "Burro velho não aprende, deve ser o que pensam. Com 71 anos me negaram o cartão na hora; meu sobrinho, "
     "com a mesma renda, saiu com o dele."),
    # hard negatives (6)
    ("hardneg/joke_pet", A, False, "chat", "meu cachorro é etarista, só late pros velhinhos kkk. a ração de filhote chegou?"),
    ("hardneg/policy_question", A, False, "email",
     "Olá,\nVocês divulgam alguma política de inclusão e diversidade? Preciso para o meu TCC.\nObrigada, Bruna"),
    ("hardneg/threat_label", A, False, "phone",
     "se nao resolver a internet ate sexta vou falar pra todo mundo que vcs sao racistas"),
    ("hardneg/own_prejudice", A, False, "exclaim",
     "Cancelem minha assinatura!!! Não quero anúncio com casal de homens na minha TV!!!"),
    ("hardneg/pricing", A, False, "csv",
     "assunto;comentário\npreço;vocês discriminam cliente antigo, o novo paga menos\npedido;igualar minha mensalidade"),
    ("hardneg/mention", A, False, "reminder",
     "Lembrete: sou cadeirante, prefiro retirar na loja térrea. A encomenda 8812 já pode ser levantada?"),
    # ordinary (2)
    ("ordinary/plain", A, False, "form", "Assunto: Segunda via\nMensagem: Como tiro a segunda via do boleto de outubro?"),
    ("ordinary/plain", A, False, "deal",
     "Se o frete for grátis eu levo as duas cadeiras, fechado?"),
]
