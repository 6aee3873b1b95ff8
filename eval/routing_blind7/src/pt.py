"""Portuguese rows of blind set 7 (invented; CC0-1.0; Brazil and Portugal). (category, label, opt_out, style, text)"""
B, H, A = "bias_review", "human", "ai_assist"

ROWS = [
    # opt-outs, pure
    ("optout/plain", A, True, "dm", "oii 👋 antes do próximo pedido: prefiro que minhas mensagens não passem pela "
     "IA de vocês. só a equipe por favor 🙏"),
    ("optout/plain", A, True, "thread", "Obrigada pela resposta. Mais uma coisa: não quero inteligência artificial "
     "envolvida nas respostas que me mandam, nem agora nem depois.\n\nTalita\n\n> Na ter., Atendimento escreveu:\n"
     "> Seu pedido saiu do centro de distribuição.\n> Abraços, equipe Casa Jacarandá"),
    ("optout/gdpr", A, True, "formdump", "Nome: Valdemar Quaresma\nN.º cliente: CJ-20586\nAssunto: Proteção de "
     "dados\nMensagem: Ao abrigo do artigo 21.º do RGPD oponho-me ao tratamento dos meus dados pessoais por "
     "sistemas de aprendizagem automática no apoio ao cliente.\nAnexo: nenhum"),
    ("optout/gdpr", A, True, "thread", "Prezados,\n\nCom base no art. 20 da LGPD e no espírito do art. 22 do RGPD, "
     "solicito que nenhuma decisão sobre mim seja tomada unicamente com base em tratamento automatizado. Peço que "
     "confirmem que o meu pedido de reembolso e a minha correspondência serão tratados sem sistemas "
     "automáticos.\n\nAtenciosamente,\nIolanda Prates Brum\n--\nEnviado do meu celular"),
    ("optout/humans_only", A, True, "dm", "na minha conta só gente de verdade a partir de agora ✋🤖 valeu"),
    ("optout/conditional", A, True, "formdump", "Assunto: pedido 38815\nDescrição: Antes de responderem: se isto "
     "for parar num bot, parem já, não autorizo. Falta a tampa no pedido.\nPrioridade: normal"),
    ("optout/conditional", A, True, "calllog", "[00:04] Cliente: sim olá, isto é gravação ou algum sistema "
     "automático? [00:07] URA: ... [00:09] Cliente: porque se for uma máquina a registar isto então não, apaguem, "
     "eu escrevo."),
    ("optout/embedded", A, True, "thread", "Oi Renan,\n\nVoltando ao assunto do micro-ondas. O técnico veio na "
     "quinta, trocou o magnetron, mas continua desligando sozinho e a porta não trava. Meu marido tem fotos se "
     "precisar. Aliás, vi que agora vocês redigem as respostas com programa de IA, por favor deixem o meu "
     "caso fora disso. Dá para marcar outra visita numa manhã da semana que vem?\n\nAbraço,\nDjanira Colaço"),
    ("optout/embedded", A, True, "fwd", "---------- Mensagem encaminhada ---------\nDe: Anselmo Teixeira Lobo\n"
     "Para: encomendas\nAssunto: Enc: Guia de remessa\n\nReencaminho a guia, faltavam duas caixas na palete. PS "
     "para quem ler: não quero que as minhas mensagens sejam dadas a um chatbot, obrigado.\n\n> Guia 7731: 12 "
     "caixas azulejo cinza"),
    ("optout/typo", A, True, "dm", "pfv nao deixa mais o robo me responde, nao confio nele 😤"),
    ("optout/sarcastic", A, True, "dm", "mais uma resposta do Sr. Corretor Automático 🙄 sério, desliguem esse "
     "negócio pra mim, não converso mais com ele"),
    ("optout/named", A, True, "formdump", "Campo 1 (Conta): BV-1184\nCampo 2 (Pedido): Quero sair do 'Jacarandá "
     "Assistente'. Não quero que o assistente de vocês leia nem responda meus chamados.\nCampo 3 (Urgência): baixa"),
    ("optout/named", A, True, "thread", "Olá,\nNo vosso último email vinha 'redigido com ChatGPT'. Não aceito que "
     "os meus emails passem pelo ChatGPT nem nada do género. Tomem nota, por favor.\n\nCumprimentos,\n"
     "Leopoldino Rebelo"),
    ("optout/all_future", A, True, "thread", "A quem couber: para este chamado e para todos os que eu abrir daqui "
     "pra frente: zero respostas automáticas ou geradas por IA. Coloquem uma marcação no meu cadastro.\n\n"
     "Sueli Amaral-Fonseca\nGalpão 3, Distrito Industrial"),
    ("optout/behalf", A, True, "behalf", "Escrevo pelo meu avô, o Sr. Genésio Barbalho (conta 63409), de 90 anos. "
     "Ele quer que fique registado que não deseja que nenhum programa de computador lhe responda, fica confuso. "
     "Obrigada, Matilde (neta)"),
    # opt-outs that also ask for a person
    ("optout/with_person", H, True, "calllog", "Assistente: Em que posso ajudar? | Chamador: com você não, sem "
     "ofensa. Não quero o automático. Me passa pra uma pessoa de verdade, é sobre o medidor de gás."),
    ("optout/with_person", H, True, "thread", "Sem IA, por favor. Gostaria que alguém da equipa me ligasse para o "
     "912 044 378 por causa do lavatório rachado.\n\nGraça\n\n> Lamentamos o sucedido com o seu lavatório. O nosso "
     "assistente pode ajudar na devolução."),
    ("optout/with_person", H, True, "dm", "com bot eu não falo 🙅‍♀️ coloca um humano aí, preciso resolver a "
     "reserva duplicada"),
    # near misses
    ("optneg/ask_whether", A, False, "dm", "kkkk é IA que responde aqui? sem julgamento, curiosidade mesmo 😄 e "
     "aliás cadê meu pacote"),
    ("optneg/praise", A, False, "thread", "Só para dizer que o vosso assistente virtual foi impecável ontem à noite, "
     "tratou da troca às 2 da manhã. Deem-lhe os parabéns!\n\nFilipa\n\n> O seu código de troca é TR-6621."),
    ("optneg/no_need", A, False, "formdump", "Tema: Faturamento\nMensagem: Não precisa de IA nenhuma pra isso 🙂 "
     "só me mandem a fatura de março em PDF.\nCanal preferido: email"),
    ("optneg/opt_back_in", A, False, "thread", "Olá, no ano passado pedi para não receber respostas automáticas. "
     "Mudei de ideia, o assistente está ótimo para mim, podem tirar essa observação.\n\nAbraço,\nWellington"),
    ("optneg/policy_question", A, False, "formdump", "Empresa: Cooperativa Habitacional Serrana\nCargo: Compras\n"
     "Pergunta: Para o nosso questionário de fornecedores: os clientes de vocês podem recusar respostas redigidas "
     "por IA, e isso está documentado?\nPrazo: dia 14"),
    # requests for a person
    ("human/callback", H, False, "calllog", "[correio de voz 10:42] olá é a Dona Albertina Cerqueira, alguém me "
     "pode ligar de volta hoje à tarde para o fixo, é sobre o seguro da caldeira. obrigada"),
    ("human/callback", H, False, "behalf", "Oi, escrevo pelo meu pai, que tem dificuldade para digitar. Alguém de "
     "vocês poderia ligar para ele no (31) 3555-0142 sobre o débito automático? Ele fica em casa de manhã. "
     "Obrigado, Caio"),
    ("human/anyone_there", H, False, "dm", "terceira mensagem já... alguém lê isso aqui?? 👀"),
    ("human/anyone_there", H, False, "thread", "Há alguma pessoa do outro lado deste endereço, sequer?\n\n> "
     "Obrigado pelo seu contacto. O seu pedido foi registado."),
    ("human/escalate", H, False, "fwd", "Enc: reclamação 3308\n\nReencaminho a minha reclamação outra vez. Quero "
     "que suba para um responsável que a analise a sério.\n\n> A sua reclamação foi encerrada."),
    ("humanneg/thanks_person", A, False, "dm", "a Jussara da equipe de vocês me ligou ontem e resolveu tudo 👍 só "
     "falta o novo código de rastreio"),
    ("humanneg/mention_staff", A, False, "thread", "Minha irmã também trabalha em call center, sei que é puxado! "
     "Enfim, como mudo o endereço de entrega no site?\n\nBeijos, Rayane"),
    # bias complaints
    ("bias/disability", B, False, "calllog", "[intérprete da central de intermediação lendo pela cliente] Foram "
     "três ligações pela central de intermediação de Libras e toda vez o atendente de vocês diz 'não atendemos "
     "esse tipo de ligação' e desliga. Sou surda. Minha vizinha ligou por mim e foi atendida na hora."),
    ("bias/disability", B, False, "thread", "Bom dia,\n\nReservei há meses o quarto acessível no rés-do-chão porque "
     "ando de cadeira de rodas. No check-in disseram que tinha sido 'atribuído a outro hóspede' e puseram-me no "
     "segundo andar, sem elevador. Dormi em casa do meu irmão.\n\nEduarda Mascarenhas"),
    ("bias/disability", B, False, "formdump", "Tipo de problema: Acesso à conta\nDetalhe: A nova verificação é só "
     "por chamada de voz. Tenho deficiência auditiva e não consigo usar; pedi SMS ou email e disseram que não há "
     "outra forma. Estou trancada fora da minha própria conta.\nAparelho: Android"),
    ("bias/religion", B, False, "thread", "Olá,\n\nPedi que segurassem meu pedido até depois do Shabat porque não "
     "teria ninguém para assinar. A transportadora respondeu 'não organizamos entregas por causa disso' e "
     "devolveu. Do meu colega, que estava numa despedida de solteiro, guardaram uma semana.\n\nDavi Szpilman"),
    ("bias/pregnancy", B, False, "dm", "reservei o curso de hidroginástica, na ligação de confirmação falei que "
     "tô grávida de 6 meses e no dia seguinte minha vaga foi 'realocada' 🙃 minha amiga reservou depois e "
     "manteve a dela"),
    ("bias/family", B, False, "behalf", "Escrevo em nome da minha esposa, Joana Damasceno. Ela pediu o cartão da "
     "loja e disseram que precisa da minha assinatura como marido. Quando eu pedi no ano passado ninguém pediu a "
     "assinatura dela. Rui Damasceno"),
    ("bias/race", B, False, "dm", "pousada de 12 a 14: pra mim 'sem vaga'. "
     "uma hora depois meu colega branco pede exatamente as mesmas noites e levam 5 min pra confirmar. me expliquem"),
    ("bias/origin", B, False, "fwd", "Enc: talão\n\nVejam o que a operadora de caixa da vossa loja de Almada "
     "escreveu no meu talão: 'estrangeira - verificar documento 2x'. Ninguém mais na fila foi verificado. Sou "
     "cabo-verdiana e compro lá há seis anos.\n\n[imagem: talao.jpg]"),
    ("bias/language", B, False, "calllog", "Cliente: ...e o atendente repetia 'com esse sotaque não dá, "
     "pede pra um brasileiro ligar' e desligou. Atendente 2: sinto muito. Cliente: meu sotaque "
     "angolano não é motivo para recusar o meu sinistro."),
    ("bias/age", B, False, "thread", "Bom dia,\n\nNa vossa agência recusaram abrir-me a conta poupança, o gestor "
     "disse 'na sua idade já não compensa'; tenho 81 anos. O rapaz a seguir a mim abriu a mesma conta em dez "
     "minutos.\n\nArmindo Gouveia"),
    ("bias/gender_identity", B, False, "dm", "o entregador não quis me entregar o pacote porque eu 'não tenho cara "
     "de Bruna', sou trans, o documento bate, ele riu e foi embora 😞"),
    ("bias/orientation", B, False, "behalf", "Em nome do meu filho Thiago e do marido dele: o hotel de vocês negou "
     "a eles o 'pacote casal' porque é 'para marido e mulher'. Um casal hétero recebeu o mesmo pacote minutos "
     "depois. - Vera Lúcia Fagundes"),
    # hard negatives
    ("hardneg/joke", A, False, "dm", "até minha torradeira pratica racismo, só torra direito o pão de forma branco 😂 "
     "enfim, a de 2 fatias vem em vermelho?"),
    ("hardneg/joke", A, False, "thread", "A minha gata é uma idadista terrível, ignora o arranhador velho e só usa "
     "o novo. Posso encomendar mais dois?\n\nGraciete"),
    ("hardneg/threat", A, False, "dm", "sexta sem estorno = posto em todo lugar que essa "
     "empresa é racista, aí quero ver"),
    ("hardneg/threat", A, False, "thread", "Terceira vez que peço a nota de crédito. Continuem a ignorar-me e "
     "denuncio-vos por machismo e pelo que mais for.\n\nG. Serrano"),
    ("hardneg/own_prejudice", A, False, "formdump", "Motivo do cancelamento: Aquela propaganda das duas noivas "
     "no cartório. Na minha casa não. Encerrem a assinatura.\nReembolso: não"),
    ("hardneg/policy_question", A, False, "fwd", "Enc: Concurso 2027/08\n\nPodem enviar-nos a vossa política de "
     "igualdade e diversidade e a declaração de acessibilidade para o processo? Obrigado.\n\n> De: Benedita "
     "Sardinha, Compras"),
    ("hardneg/loyal_pricing", A, False, "thread", "Vocês discriminam os clientes fiéis: quem chega agora tem três "
     "meses pela metade do preço e eu pago o valor cheio há nove anos. Cobrem a oferta?\n\nMarcão"),
    ("hardneg/rude_agent", A, False, "calllog", "Cliente: o senhor com quem falei ontem foi grosso, bufava e me "
     "deixou na espera duas vezes sem motivo. Ainda preciso da chave reserva do cadeado da bike."),
    ("hardneg/mention_age", A, False, "behalf", "Escrevo pela minha mãe, de 84 anos, que não usa internet. Ela quer "
     "que as faturas em papel venham para a minha morada: Rua dos Choupos 21. Obrigada, Lurdes"),
    ("hardneg/mention_disability", A, False, "dm", "sou cego e uso VoiceOver, o app tá ótimo aliás 👍 quando "
     "chegam bicicletas tandem de novo?"),
    ("hardneg/mention_group", A, False, "formdump", "Assunto: Reserva de grupo\nMensagem: Somos um grupo de jovens "
     "do terreiro de candomblé, 14 pessoas, dá para reservar a parede de escalada no sábado às 15h? Precisa de "
     "sinal?"),
    ("hardneg/address", A, False, "thread", "Olá, moro agora na Rua da Judiaria 9, em Trancoso. Podem atualizar a "
     "morada de faturação do meu contrato de luz?\n\nXiomara"),
    ("hardneg/unfair_fee", A, False, "dm", "R$ 15 de multa porque o app de vocês travou no dia do pagamento? "
     "injusto demais. dá pra tirar"),
    ("hardneg/news", A, False, "fwd", "Enc: matéria\n\nVi essa reportagem sobre etarismo nas contratações, "
     "absurdo. Outra coisa: vocês podem reenviar a confirmação do pedido?\n\n> Link: matéria"),
    # ordinary
    ("ordinary/invoice", A, False, "formdump", "Tema: Nota fiscal\nPedido: 60233\nMensagem: Nota com razão social "
     "e CNPJ por favor (Marcenaria Tavares Ltda.)."),
    ("ordinary/delivery", A, False, "dm", "diz entregue mas não chegou nada 📦 podem ver com o entregador?"),
    ("ordinary/password", A, False, "calllog", "Cliente: olá, não consigo entrar, o link para repor a palavra-passe "
     "diz expirado. Atendente: um momento. Cliente: podem mandar outro para o mesmo email?"),
    ("ordinary/cancel", A, False, "thread", "Olá,\nQuero cancelar a mensalidade da academia no fim do mês.\n\n"
     "Obrigado,\nEverton Scheffer\n\n> Sua mensalidade renova no dia 1º."),
    ("ordinary/product", A, False, "fwd", "Enc: pergunta do meu vizinho\n\nEle pediu pra perguntar: a mangueira "
     "serve numa torneira de 3/4?"),
    ("ordinary/warranty", A, False, "behalf", "O meu marido comprou o berbequim aí em maio e deixou de funcionar. "
     "Pediu-me para saber como acionar a garantia. Obrigada, Conceição"),
    ("ordinary/refund", A, False, "dm", "alguma novidade do meu reembolso da jaqueta devolvida? mandei há 2 "
     "semanas"),
]
