"""Blind set 35, Portuguese (Brazil and Portugal, row by row) rows: (category, label, opt_out, style, length, text)."""
ROWS = [
    ("bias/race", "bias_review", False, "pharmacyappchat", "short",
     "O segurança da loja da Rua Augusta me seguiu pelos corredores e revistou minha bolsa. Perguntei por quê e ele "
     "disse 'gente da sua cor costuma levar coisa'. Quero uma resposta."),
    ("hardneg/legal_pricing", "ai_assist", False, "furniturewebform", "long",
     "Boa tarde. Sou cliente da Marcenaria Ipê Real há nove anos, comprei praticamente todos os móveis da minha casa "
     "com vocês. Ontem vi que o mesmo aparador que eu paguei R$ 2.900 em agosto está saindo por R$ 1.990 só para "
     "quem faz o primeiro pedido pelo site. Vocês discriminam quem é cliente fiel, é isso? Quem volta paga mais caro. "
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
     "me telefone para o 910 000 362 ainda esta semana, de preferência de manhã, para resolvermos isto de vez.\n\n"
     "Com os melhores cumprimentos,\nInês Sarmento, n.º 000 2219"),
    ("optout/plain", "ai_assist", True, "removalswhatsapp", "short",
     "Não autorizo que as minhas mensagens sejam lidas ou respondidas por inteligência artificial. Dito isto: qual o "
     "valor final da mudança de Setúbal?"),
    ("optneg/praise", "ai_assist", False, "pharmacyappchat", "long",
     "Oi, tudo bem? Queria elogiar o assistente virtual do aplicativo. Semana passada eu estava perdida com os "
     "horários dos remédios do meu pai, que toma sete comprimidos por dia, e o assistente montou uma tabela "
     "bonitinha com os alarmes, me lembrou de renovar a receita do losartana e ainda achou a farmácia de plantão "
     "mais perto de casa às onze da noite. Facilitou muito a minha vida. Agora uma dúvida: paguei duas vezes o pedido "
     "FP-000518 (R$ 87,40) porque o aplicativo travou no pagamento. Como faço para pedir o estorno de uma das "
     "cobranças? Pode ser no mesmo cartão. Obrigada, Vanessa Albuquerque"),
]
