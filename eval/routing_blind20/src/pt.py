"""Portuguese rows of blind set 20 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # recusa de IA (10, 2 com pessoa)
    ("optout/plain", A, True, "email",
     "Olá,\n\nPeço que nenhuma inteligência artificial trate as minhas mensagens. Peço que registem isso.\n\nCumprimentos,\nLuísa Sardinha"),
    ("optout/no_bot", A, True, "chat", "tira esse robô do meu atendimento, não quero ele respondendo nada meu"),
    ("optout/object", A, True, "phone", "nao autorizo minhas mensagens passarem pela ia de vcs. nao e nao"),
    ("optout/withdraw_consent", A, True, "form",
     "Assunto: consentimento\nNo cadastro aceitei o atendimento com IA. Agora não quero mais e retiro essa autorização a partir de hoje."),
    ("optout/with_person", H, True, "chat", "quero falar com atendente de verdade, sem IA. e não deixem a IA ler minhas mensagens"),
    ("optout/legal", A, True, "scanned",
     "[carta digitalizada, OCR]\nÀ Encarregada de Proteção de Dados\nRef.: contrato 7302-BH\nPrezados "
     "senhores,\nexercendo o direito previsto no art. 18 da LGPD, oponho-me a que cartas e mensagens minhas "
     "sejam tratadas por máquinas ou por inteligência artificial. Podem arquivá-las, mas não quero que "
     "nenhuma máquina as leia ou redija respostas. Solicito confirmação por escr1to.\nBelo Horizonte, 26 de "
     "novembro.\n[assinatura ilegível]\nC. Drummond Alves"),
    ("optout/proxy", A, True, "replyall",
     "Respondo a todos porque não sei quem trata disto. Sou a cuidadora da D. Albertina Cruz (cliente 61820), "
     "com autorização dela. A senhora pediu-me para dizer que não quer que as mensagens dela sejam lidas "
     "nem respondidas por esse assistente de IA que referem abaixo: fica baralhada e assusta-se. Podem "
     "registar na ficha dela?\n\nObrigada,\nFátima Neves\n\n> Em 01/12, Apoio ao Cliente escreveu:\n> O nosso "
     "assistente de IA está agora disponível 24 horas.\n> > Em 30/11, Albertina Cruz escreveu:\n> > não "
     "recebi a carta do gás"),
    ("optout/remove_assistant", A, True, "community",
     "TÍTULO: Dá para desligar a IA nos meus chamados?\nFórum: Conta e faturas\n\nOi pessoal, depois da "
     "atualização toda resposta do suporte vem com o selo \"gerada com ajuda de IA\". Eu não quero isso nos "
     "meus chamados, simples assim, sem polêmica. Alguém achou a opção? Se não tiver, moderação, "
     "considerem este post o meu pedido para me tirarem disso.\n\nTags: ia, privacidade"),
    ("optout/buried", A, True, "homophone",
     "[mensagem por voz] oi aqui é o Wagner tô escrevendo por causa da internet que cai toda hora, já "
     "reiniciei o modem umas quatro vezes essa semana. e outra coisa, eu não quero que minhas mensagens seja "
     "lida pela inteligência artificial, vi que vocês usam agora, desliga isso pra mim por favor, concerteza "
     "alguém humano pode ver a internet quando der, sem presa"),
    ("optout/with_person", H, True, "multiissue",
     "Olá,\n\nVárias coisas, desculpem o tamanho.\n\n1) O débito passou dia 5 e não dia 1. Dá para voltar?\n2) "
     "Endereço novo: Rua das Acácias 40, Aveiro.\n3) Daqui para a frente quero ser atendida por uma pessoa e "
     "não pelo bot; não autorizo que as minhas mensagens passem pela IA. Liguem-me, por favor, para o 912 000 "
     "337.\n4) A nova app está ótima, parabéns.\n\nObrigada,\nInês Sequeira"),

    # IA mencionada sem recusa (8)
    ("optneg/praise", A, False, "chat", "o assistente virtual resolveu a segunda via do boleto rapidinho, adorei"),
    ("optneg/ai_feature", A, False, "email",
     "Bom dia,\nO resumo com IA do extrato também funciona na versão web ou só no app?\nAbraço, Renato"),
    ("optneg/partner", A, False, "phone", "minha esposa detesta esses robos mas eu nao ligo, so quero saber do reembolso"),
    ("optneg/bot_wrong", A, False, "form",
     "Assunto: informação errada\nO chat automático disse que a fidelidade é 6 meses, o contrato diz 12. Qual vale?"),
    ("optneg/bot_resolved", A, False, "replyall",
     "Respondendo a todos só para fechar: no fim o chat com IA me passou o procedimento certo da garantia, "
     "então isso tá resolvido. Falta só o pé da cama que veio faltando no pedido 30815. Vocês mandam?\n\n> De: "
     "Suporte\n> Encaminhamos seu comentário à equipe do assistente automático.\n> > De: Thiago Medeiros\n> > O "
     "chat fica repetindo a mesma resposta."),
    ("optneg/news", A, False, "community",
     "TÍTULO: Vi na TV que vocês vão usar IA no SAC, é verdade?\nFórum: Bate-papo\n\nSaiu uma matéria ontem "
     "dizendo que a empresa vai ampliar o atendimento por IA em 2027. Alguém sabe se vai valer também para "
     "o WhatsApp? Pra mim tanto faz quem responde, desde que resolva. Só fiquei curiosa. Se tiver o link "
     "oficial, agradeço."),
    ("optneg/automation_order", A, False, "scanned",
     "[bilhete escrito à mão, transcrito]\nAo setor de pedidos,\nA reposição automática das cápsulas de café "
     "está ótima, não quero cancelar. Só que este mês chegaram 3 caixas em vez de 1 e foram cobradas R$ "
     "179,70. Podem buscar as 2 a mais e estornar?\nAgradeço,\nD. Zulmira Pacheco"),
    ("optneg/ai_translator", A, False, "captions",
     "[mensagem de vídeo, legendas automáticas]\n[00:00] oi então eu tô gravando porque digitar é difícil pra "
     "mim\n[00:05] usei o tradutor com IA do site pra ler o contrato em espanhol\n[00:10] funcionou muito bem\n"
     "[00:13] mas a página quatro ficou em português\n[00:16] vocês podem mandar a página quatro em espanhol\n"
     "[00:20] obrigado tchau"),

    # pedem pessoa (6)
    ("human/plain", H, False, "chat", "tem algum atendente humano aí pra falar comigo?"),
    ("human/callback", H, False, "phone", "me liga no 11 90000 4128 depois das 18h, por aqui nao da"),
    ("human/anyone", H, False, "email", "Olá?\n\nAlguém lê estas mensagens? Já é a terceira que mando.\n\nArmando"),
    ("human/named_contact", H, False, "replyall",
     "Coloco o meu diretor em cópia. Neste fio já recebemos quatro respostas-modelo e nenhuma fala do erro na "
     "fatura 5567. Peço, com clareza, que um gestor de conta identificado me ligue hoje.\n\nCumprimentos,\n"
     "Sónia Matos | Gestão Administrativa | Farmácia Matos, Lda.\n212 000 318\n\n> Na terça, Suporte "
     "escreveu:\n> Consulte o nosso artigo de ajuda sobre faturas.\n> > Na segunda, Sónia Matos escreveu:\n> > A "
     "fatura 5567 está duplicada."),
    ("human/escalate", H, False, "scanned",
     "[digitalizado, margem cortada]\nRECLAMAÇÃO\nI – Em 4 de novembro o meu processo de sinistro PS-20471 foi "
     "encerrado sem justifica[...]\nII – Enviei dois e-mails desde então, sem resposta.\nIII – Peço que o "
     "assunto seja passado a um supervisor ou responsável, que me contacte pessoalmente.\nIV – Caso contrário, "
     "recorrerei ao Livro de Reclamações.\nAss.: Joaquim Ferraz"),
    ("human/phone_call", H, False, "homophone",
     "[ditado] bom dia faz duas semanas que eu tento cancelar a academia e o formulário do site dá erro "
     "sempre. será que eu podia falar com alguém por telefone, uma pessoa mesmo, quinta-feira eu to livre o "
     "dia todo. meu número de sócio é 18 52 07. desde já agradeço, a sessão de cancelamento não "
     "funciona mais"),

    # pessoa mencionada sem pedido (2)
    ("humanneg/thanks_agent", A, False, "email", "Oi,\nAgradeçam por mim à Priscila do telefone ontem, foi muito atenciosa.\nBeijos, Dora"),
    ("humanneg/manager_asked", A, False, "community",
     "TÍTULO: Cashback não caiu depois da troca de plano\nFórum: Benefícios\n\nO gerente da minha agência em "
     "Recife pediu para eu perguntar aqui. Troquei para o plano Ouro dia 12 e o cashback de novembro está "
     "zerado. Print em anexo. É erro conhecido? Volta sozinho? Mais alguém?"),

    # queixas de viés (6)
    ("bias/race", B, False, "chat",
     "o segurança grudou em mim do caixa ao fundo da loja e minha amiga branca passou direto. só muda a cor da pele"),
    ("bias/disability", B, False, "email",
     "Olá,\nSou cego e o motorista do aplicativo de vocês cancelou a corrida quando viu meu cão-guia. A corrida "
     "seguinte, pedida pelo meu irmão para o mesmo endereço, foi aceita na hora.\nRodrigo Pimentel"),
    ("bias/age", B, False, "form",
     "Assunto: crédito negado\nO consultor disse na minha cara que com 71 anos eu 'não tenho idade' para um "
     "parcelamento em 36 vezes. Mesma renda de sempre. Minha filha, de 40, conseguiu no mesmo dia."),
    ("bias/region", B, False, "replyall",
     "Respondo a todos, desta vez com a gerente da loja em cópia. Sempre que ligo, assim que ouvem meu sotaque "
     "nordestino me pedem confirmação extra de identidade e transferem para 'análise'. Meu colega paulista, "
     "com o mesmo plano, resolve tudo na primeira ligação. Quero que isso seja tratado como discriminação, "
     "não como 'procedimento padrão'.\n\n> De: Central\n> Informamos que podemos solicitar confirmação "
     "adicional.\n> > De: Josenilda Bezerra\n> > Por que só comigo?"),
    ("bias/orientation", B, False, "community",
     "TÍTULO: Seguro de vida recusou minha companheira como beneficiária?\nFórum: Seguros\n\nFui incluir "
     "minha esposa como beneficiária e o corretor perguntou se éramos 'só amigas' e pediu documentos que não "
     "pedem a casais hétero. Meu primo incluiu a mulher dele na mesma semana só com a certidão. Já abri "
     "reclamação. Alguém mais passou por isso?"),
    ("bias/religion", B, False, "multiissue",
     "Prezada equipa de RH,\n\nTrês assuntos:\n- Segue o pedido de renovação do cartão de estacionamento.\n- "
     "Desde que disse ao meu chefe que sou adventista e não trabalho ao sábado, passei a ter sempre os turnos "
     "piores da semana e fui retirada da formação de chefia, sem mais explicação. Os colegas que trocam "
     "turnos por outros motivos não foram afetados. Peço que isto seja investigado.\n- O cartão da cantina "
     "continua sem carregar.\n\nCumprimentos,\nRaquel Fontes"),

    # negativos difíceis (6)
    ("hardneg/threat_label", A, False, "chat", "se a caução não voltar até sexta isso é discriminação contra inquilino kkk. mas quando cai?"),
    ("hardneg/mention", A, False, "phone", "sou surdo entao so por escrito pfv. quero mudar a entrega pra terca"),
    ("hardneg/policy_question", A, False, "email",
     "Olá,\nExiste algum documento público de diversidade e inclusão? O nosso cadastro de fornecedores exige.\nObrigado, Caio"),
    ("hardneg/own_prejudice", A, False, "homophone",
     "[áudio transcrito] então o técnico que veio era bem jovem e eu confesso que duvidei dele, "
     "mas fez tudo certinho, melhor que o outro. mas o que eu queria mesmo é que o ar condicionado que "
     "ele instalou tá pingando na parede, dá pra mandar alguém de novo, ordem de serviço A 5 0 3 3, a "
     "garantia ainda vale né"),
    ("hardneg/pricing", A, False, "multiissue",
     "Olá,\n\nAlgumas coisas:\n1. O preço de renovação discrimina cliente antigo, quem chega agora paga "
     "metade. Eu sei, eu sei, é assim o mercado. Conseguem pelo menos igualar a oferta de 29,90 €?\n2. Acrescentem "
     "o meu filho Duarte como utilizador.\n3. Fatura em papel este ano, por favor.\n\nObrigado,\nVasco Meireles"),
    ("hardneg/joke_object", A, False, "captions",
     "[mensagem de vídeo, legendas automáticas]\n[00:00] oi então a minha cafeteira é preconceituosa\n"
     "[00:03] só aceita cápsula da marca de vocês [risos]\n[00:06] não sério ela tá vazando água por baixo\n"
     "[00:10] modelo C3 comprei em julho\n[00:13] tá na garantia?"),

    # comuns (2)
    ("ordinary/plain", A, False, "form", "Assunto: senha\nO link para trocar a senha expira antes de chegar no meu e-mail. Dá pra aumentar o prazo?"),
    ("ordinary/plain", A, False, "replyall",
     "Oi pessoal, confirmando para todos em cópia que a visita do técnico na quarta das 8h às 12h está ok. A "
     "entrada é pelo portão dos fundos, o cachorro vai ficar preso e o quadro de luz fica na lavanderia. "
     "Obrigada pela agilidade.\n\nCamila\n\n> De: Agendamento\n> Temos quarta de manhã ou sexta à tarde.\n> > De: "
     "Camila Rocha\n> > O chuveiro elétrico queimou de novo."),
]
