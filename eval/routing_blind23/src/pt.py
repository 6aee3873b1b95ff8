"""Blind set 23, Portuguese rows (Brazil and Portugal): (category, label, opt_out, style, text). Written by hand,
CC0-1.0."""

ROWS = [
    ("optout/plain", "ai_assist", True, "gigworker",
     "Olá, suporte dos entregadores,\n\nSou entregador de moto em Belo Horizonte (ID EB-81406). Desde a atualização "
     "de quinta, três entregas de sábado aparecem como 'não atribuídas', mas eu entreguei todas – são uns R$ 64 "
     "que não caíram. O mapa também fica me mandando para um estacionamento fechado atrás do shopping. Mando os "
     "prints em anexo.\n\nOutra coisa: nos novos termos diz que as conversas com o suporte são 'resumidas por uma "
     "IA'. As minhas não, valeu. Minhas mensagens ficam fora de qualquer ferramenta de inteligência artificial.\n\n"
     "Abraço,\nWellington Souza"),
    ("optout/plain", "ai_assist", True, "pharmacy",
     "Bom dia,\n\nLevanto as receitas renováveis do meu pai na vossa farmácia da Rua de Santa Catarina. Na "
     "segunda-feira a caixa semanal estava pronta mas faltava o inalador, e na sexta chegou um SMS a dizer "
     "'pronto a levantar' quando não estava. O meu pai tem 84 anos e apanha dois autocarros.\n\nPodem confirmar "
     "que a renovação fica bem registada para o próximo mês?\n\nJá agora, quanto à minha própria conta: não "
     "autorizo que usem inteligência artificial nos meus e-mails nem nas mensagens da aplicação. Peço que "
     "fique registado.\n\nCumprimentos,\nFernanda Lopes"),
    ("optout/plain", "ai_assist", True, "expat",
     "Olá,\n\nSou holandês e moro em Florianópolis há um ano, desculpem meu português. Meu contrato de internet "
     "é o nº NT-662014. O técnico veio no dia 3 para instalar a fibra mas não trouxe o roteador, e agora a próxima "
     "visita é só em quatro semanas, e eu trabalho de casa.\n\nTambém quero dizer uma coisa importante: li que "
     "vocês respondem e-mails com inteligência artificial. Eu não concordo com isso para minhas mensagens. Por "
     "favor, sem a IA no meu atendimento.\n\nObrigado,\nPieter de Vries"),
    ("optout/no_bot", "ai_assist", True, "letting",
     "Prezados,\n\nAdministro sete apartamentos para proprietários particulares em Pinheiros e usamos o portal "
     "de vocês para boletos e vistorias. Dois problemas este mês:\n\n- o boleto do apto 41 saiu com o reajuste "
     "do IGP-M do ano passado;\n- o portal cai quando tento subir o PDF do laudo de vistoria.\n\nPeço que a "
     "resposta venha de um funcionário de vocês e não do chatbot que tem respondido com frases prontas há "
     "semanas. Desliguem as respostas automáticas na conta da imobiliária, por favor.\n\nAtenciosamente,\n"
     "Renata Almeida\nGerente de locação, Almeida Imóveis\nEsta mensagem é confidencial."),
    ("optout/object", "ai_assist", True, "clubsec",
     "Exmos. Senhores,\n\nComo secretário da Associação Columbófila de Aveiro, sou o responsável pelo seguro de "
     "responsabilidade civil da associação (apólice RC-61093). O aviso de renovação indica 58 sócios em vez de "
     "51 e o prémio parece calculado com os números do ano passado.\n\nA título pessoal: segundo a vossa política de privacidade, a correspondência é analisada por aprendizagem automática. Oponho-me, ao abrigo do "
     "RGPD, ao tratamento dos meus e-mails pessoais dessa forma. Peço confirmação por escrito.\n\nCom os melhores "
     "cumprimentos,\nArmando Pires\nSecretário"),
    ("optout/withdraw_consent", "ai_assist", True, "schooltrip",
     "Olá,\n\nReserva EE-3318, excursão do 8º ano a Paraty de 12 a 14 de junho. Na ficha de saúde da minha filha "
     "Beatriz eu coloquei que ela é alérgica a dipirona, mas o resumo que recebemos diz 'sem alergias'. Podem "
     "corrigir e avisar a pousada e a equipe de monitores?\n\nOutra coisa: no cadastro marquei a opção de que "
     "'ferramentas de IA podem ajudar no atendimento'. Mudei de ideia e, desde hoje, esse consentimento fica retirado, para mim e para tudo que eu mandar sobre a Beatriz.\n\nObrigada,\nPatrícia Rocha"),
    ("optout/proxy", "ai_assist", True, "pharmacy",
     "Boa tarde,\n\nContacto-vos pela minha mãe, D. Conceição Ferraz, que desde o AVC não trata do e-mail e me "
     "passou procuração (entreguei-a na farmácia da Praça da República). A dose do anticoagulante mudou e a caixa "
     "semanal precisa do novo esquema.\n\nA minha mãe pediu-me que vos transmitisse, com toda a clareza, que não "
     "quer que nenhuma inteligência artificial ou programa leia as mensagens dela ou lhes responda. Que fique anotado na ficha, por favor.\n\nCumprimentos,\nTeresa Ferraz (filha)"),
    ("optout/quoted", "ai_assist", True, "gigworker",
     "Não, isso não tem nada a ver. O problema não é a minha chave Pix, é que o repasse da semana veio dividido "
     "em dois e uma parte nunca caiu. Leiam o que eu escrevo, por favor. E estou vendo no rodapé que quem escreveu essa resposta foi uma IA. Não aceito que meus chamados sejam tratados por inteligência artificial, então "
     "parem de fazer isso com os meus.\n\nRodrigo\n\n-----Mensagem original-----\nDe: Central de Ajuda Motoristas\n"
     "> Olá, Rodrigo! Parece que seu repasse atrasou por dados bancários incorretos. Atualize em Configurações > "
     "Pagamentos.\n> Resposta gerada com ajuda de IA."),
    ("optout/with_person", "human", True, "expat",
     "Bom dia,\n\nSou ucraniano e vivo em Lisboa há dois anos, peço desculpa pelos erros. Tenho um tarifário "
     "móvel convosco e este mês aparecem 17 € de 'serviços de valor acrescentado' que nunca pedi. Já escrevi duas "
     "vezes no chat e respondeu um robô com frases que não tinham nada a ver.\n\nNão quero que a IA trate mais "
     "do meu caso. Quero falar ao telefone com uma pessoa a sério, um funcionário que veja a fatura comigo.\n\n"
     "Obrigado,\nDmytro Shevchenko\nTel. 910 000 417"),
    ("optout/with_person", "human", True, "letting",
     "Olá,\n\nSou proprietário de dois imóveis segurados com vocês (apólices RS-5521 e RS-5522). O sinistro de "
     "vazamento no segundo está aberto há sete semanas; a inquilina convive com uma mancha enorme no teto do "
     "banheiro e o perito nunca voltou.\n\nCada 'atualização' é uma mensagem genérica que parece feita por "
     "programa. Não autorizo o tratamento automatizado deste sinistro nem da minha correspondência. Quero o nome "
     "e o telefone direto do analista responsável, e que ele me ligue esta semana.\n\nAtt.,\nEduardo Nogueira"),
    ("optneg/praise", "ai_assist", False, "schooltrip",
     "Olá, equipe,\n\nSó queria comentar que o passeio do 4º ano ao Museu Catavento na sexta foi ótimo. O ônibus "
     "chegou no horário, os lanches vieram etiquetados e meu filho não para de falar do planetário.\n\nQuero "
     "também elogiar o assistente virtual do site: perguntei às 23h se o lanche podia ter amendoim e ele "
     "respondeu certinho na hora, com o link da política de alergias. Parabéns por essa IA.\n\nUm pedido: será "
     "que o comunicado do ano que vem pode sair antes das férias de julho?\n\nAbraços,\nJuliana Martins"),
    ("optneg/quoted_optout", "ai_assist", False, "pharmacy",
     "Olá de novo,\n\nRetomo a minha mensagem da primavera passada (copiada abaixo). Entretanto o meu neto "
     "mostrou-me como funciona o assistente da aplicação e deixou de me incomodar que o usem na minha conta, por isso "
     "esqueçam esse pedido.\n\nO que preciso agora: trocaram-me o anti-histamínico por outra marca que me seca a "
     "boca. A farmácia pode encomendar o habitual?\n\nObrigado,\nManuel Tavares\n\n> A 2 de abril, Manuel Tavares "
     "escreveu:\n> Não quero que nenhuma IA veja as minhas receitas nem os meus e-mails. Tirem-me disso."),
    ("optneg/ai_feature", "ai_assist", False, "gigworker",
     "Oi,\n\nFaço diárias de faxina pelo aplicativo há um ano e meio, nota 4,9, e no geral está tudo bem. Tenho "
     "dúvidas sobre a nova 'agenda inteligente com IA':\n\n1. Ela considera o deslocamento? Na terça marcou uma "
     "faxina no Tatuapé às 8h e outra em Santo Amaro às 8h40, impossível de metrô.\n2. Posso definir eu mesma "
     "um limite de diárias por dia, ou quem decide é a IA?\n\nQuero testar, mas preciso entender antes como "
     "funciona.\n\nObrigada,\nAparecida Santos\nDiarista autônoma"),
    ("optneg/bot_wrong", "ai_assist", False, "clubsec",
     "Boa tarde,\n\nSou o secretário do Grupo Desportivo da Ribeira e reservei a vossa sala para o jantar de fim "
     "de época (reserva JF-5517), 50 pessoas, sábado 27 de setembro.\n\nO vosso assistente online disse-me na "
     "segunda que a sala tinha projetor e que o sinal era reembolsável até sete dias antes. O e-mail de "
     "confirmação não diz nem uma coisa nem outra. Qual está certo? Precisamos do projetor para o vídeo da "
     "época e não posso arriscar o dinheiro do clube.\n\nObrigado,\nNuno Correia\nSecretário"),
    ("optneg/footer_ai", "ai_assist", False, "letting",
     "Prezados,\n\nSegue em anexo o extrato do proprietário do 2º trimestre, Rua das Palmeiras, 12. Acho que a "
     "taxa da vistoria foi cobrada duas vezes (R$ 180 nos dias 3 e 4 de maio). Podem estornar a duplicada ou "
     "abater no boleto de julho?\n\nAtenciosamente,\nVanessa Cardoso\nCoordenadora de locação\nCardoso Imóveis "
     "Ltda.\n\nAviso: os e-mails recebidos e enviados pela Cardoso Imóveis passam por um filtro baseado em IA "
     "contra spam e vírus. Esta mensagem é confidencial; se a recebeu por engano, apague-a e avise o remetente."),
    ("optneg/someone_else", "ai_assist", False, "schooltrip",
     "Olá,\n\nSou uma das mães voluntárias do passeio do 2º ano ao zoológico no dia 5 de junho (reserva ZO-2284). "
     "Algumas questões práticas:\n- várias famílias perguntam se irmãos menores podem ir;\n- o pagamento online "
     "travou ontem à noite para algumas pessoas;\n- uma mãe me disse que se recusa a usar o chat com IA de vocês "
     "e quer tudo em papel, então vocês poderiam mandar também a programação impressa pela secretaria da "
     "escola?\n\nMuito obrigada,\nCristiane Barros\nRepresentante de turma"),
    ("optneg/quoted_other", "ai_assist", False, "clubsec",
     "Exmos. Senhores,\n\nAssunto: Grupo de Caminhada Serra Verde, aluguer de autocarro a 18 de outubro "
     "(orçamento AT-3390).\n\nConfirmamos o autocarro de 35 lugares; a fatura para a morada do clube. Para "
     "contexto, na assembleia um sócio, o Sr. Meireles, disse, e cito a ata: 'Oponho-me a que qualquer empresa "
     "use IA com os meus dados.' Só vos passei os meus dados de organizadora, não os dele.\n\nPodem confirmar o "
     "ponto de partida junto ao pavilhão?\n\nCumprimentos,\nLurdes Baptista\nSecretária"),
    ("optneg/ai_product", "ai_assist", False, "expat",
     "Olá,\n\nSou coreana e moro em Curitiba, desculpem os erros. Comprei no site de vocês o 'fone tradutor com "
     "IA' (pedido 44-730916) para usar no trabalho. Chegou sem cabo de carregamento e o aplicativo pede um código "
     "de ativação que não está na caixa. O manual só tem inglês e chinês.\n\nVocês podem me mandar o código? Se "
     "não der, como faço para devolver e receber o reembolso? Guardei a caixa e a nota.\n\nMuito obrigada,\n"
     "Ji-yeon Park"),
    ("human/plain", "human", False, "gigworker",
     "Para quem realmente estiver lendo isto,\n\nMinha conta de motorista foi suspensa no domingo 'em análise' por "
     "causa de uma reclamação de passageiro que eu nem sei qual é. São 3.400 corridas, nota 4,95, nenhum problema "
     "antes. Mandei duas vezes o vídeo da câmera do carro pelo formulário e recebi duas vezes a mesma resposta "
     "copiada.\n\nO aluguel do carro vence dia 1º. Preciso que uma pessoa olhe minha conta e me diga do que estou "
     "sendo acusado, não outro modelo pronto. Alguém da equipe de análise pode falar comigo?\n\nAdriano Lima\n"
     "ID motorista 4410-SP"),
    ("human/plain", "human", False, "pharmacy",
     "Olá,\n\nA entrega das canetas de insulina do meu marido (pedido FP-80311) aparece como entregue ontem às "
     "14h10, mas não chegou nada; estávamos os dois em casa. A foto do entregador é de um portão que não é o "
     "nosso. Ele tem caneta para uns quatro dias.\n\nO formulário só diz 'retornaremos em até 5 dias úteis', o "
     "que é demais. Dá para um farmacêutico ou outra pessoa da equipe me ligar hoje no (11) 90000-0283?\n\nObrigada,\n"
     "Sandra Ribeiro"),
    ("human/callback", "human", False, "schooltrip",
     "Cara coordenadora,\n\nO nosso filho Tiago está inscrito na viagem de finalistas do 12º ano à Serra da "
     "Estrela em fevereiro (reserva VF-6603). Pagámos duas prestações, mas a terceira foi debitada duas vezes, "
     "260 € cada.\n\nTemos também uma dúvida sobre o seguro, porque o Tiago foi operado ao joelho no verão e não "
     "sabemos se a apólice do grupo o cobre.\n\nÉ um pouco complicado por e-mail. Peço que me telefonem. "
     "Estou disponível depois das 17h no 910 000 561.\n\nCumprimentos,\nRicardo Sousa"),
    ("human/supervisor", "human", False, "letting",
     "Sr. Mendes,\n\nQuarto e-mail, já, sobre o exaustor avariado e o bolor na casa de banho do 3º esquerdo, "
     "Rua dos Cedros, 21. O seu colega veio a 2 de agosto e disse que o técnico viria 'dentro de quinze dias'. "
     "Nada desde então. A minha filha tem asma e o bolor já passou para a parede do quarto.\n\nNão vou continuar "
     "a escrever para a mesma caixa. Encaminhe isto para o gerente da agência ou para quem supervisiona a "
     "manutenção: quero resposta dessa pessoa, diretamente.\n\nJosé Carvalho\nInquilino do 3º esq."),
    ("human/anyone", "human", False, "clubsec",
     "Alô?\n\nJá recebi três vezes a mesma confirmação automática (abaixo). Sou secretária do Grupo de Teatro "
     "Pano de Fundo e tínhamos o salão comunitário reservado para o ensaio geral no dia 6 de dezembro; o sistema "
     "de vocês cancelou sem explicação. Os ingressos já foram vendidos.\n\nAlguém lê essas mensagens? Eu queria "
     "muito que uma pessoa de verdade me confirmasse que o salão continua nosso.\n\nMárcia Freitas\nSecretária\n\n"
     "> Espaços Comunitários agradece seu contato. Sua solicitação será atendida por ordem de "
     "chegada. Protocolo EC-50194."),
    ("human/named_contact", "human", False, "expat",
     "Bom dia,\n\nSou angolano e vivo no Porto com autorização de residência. Em março abri conta convosco e a "
     "Dra. Helena Matos, do balcão dos Aliados, ajudou-me imenso com os documentos, porque o meu atestado de "
     "residência tinha um erro.\n\nAgora o banco volta a pedir os mesmos documentos e bloqueou as transferências "
     "para o estrangeiro. Creio que a Dra. Matos conhece o meu processo. Pode ela contactar-me? Prefiro falar "
     "com ela do que explicar tudo de novo.\n\nObrigado,\nEdson Kiala"),
    ("humanneg/thanks_agent", "ai_assist", False, "pharmacy",
     "Prezados,\n\nQueria registrar o quanto a Tatiane, da farmácia de vocês na Avenida Brasil, foi atenciosa no "
     "sábado. O remédio de pressão da minha sogra tinha saído de linha; ela ligou para o posto de saúde enquanto "
     "esperávamos, achou uma alternativa e explicou a nova posologia duas vezes, com toda a calma.\n\nPodem "
     "repassar para a gerente dela? Ela merece.\n\nE vocês podem confirmar se a nova receita já está vinculada "
     "ao cadastro da minha sogra (ref. 6104392)?\n\nUm abraço,\nDébora Pacheco"),
    ("humanneg/quoted_request", "ai_assist", False, "gigworker",
     "Oi,\n\nEncerrando o assunto. O líder da equipe me ligou na quarta, as gorjetas que faltavam (R$ 112,40) já "
     "caíram na carteira e o alerta da conta sumiu, então por mim está tudo resolvido. Obrigada.\n\nSó uma "
     "coisinha: vocês confirmam se o documento do seguro da moto subiu certo? No app aparece um visto cinza, não "
     "verde.\n\nLarissa\n\n> Na segunda, Larissa Prado escreveu:\n> Isso é um absurdo. Exijo um supervisor, não mais um formulário. Faltam três semanas de gorjeta!"),
    ("bias/disability", "bias_review", False, "clubsec",
     "Prezado gerente,\n\nSou secretário da Associação de Basquete em Cadeira de Rodas Paulistana. Pedimos o salão "
     "do térreo de vocês para a confraternização de fim de ano (21 pessoas) e por telefone disseram que a data "
     "estava livre. Quando comentei que quase todos usam cadeira de rodas, a resposta foi: 'Ih, aí atrapalha os "
     "outros clientes, melhor procurar um lugar adequado pra eles', e de repente estava lotado. Uma hora depois "
     "nossa fisioterapeuta ligou para a mesma data sem falar das cadeiras e ofereceram o salão. Quero uma "
     "explicação.\n\nMarcelo Teixeira"),
    ("bias/age", "bias_review", False, "gigworker",
     "Olá, suporte de parceiros,\n\nTenho 62 anos e faço entregas com vocês há três anos sem nenhuma reclamação. "
     "Mês passado corrigi minha data de nascimento no perfil (estava errada desde o cadastro) e desde então caí "
     "de umas 30 rotas por semana para 4. Nada mais mudou: mesma van, mesma região, mesma nota. Um colega de 26 "
     "anos que começou junto comigo continua recebendo todas. No galpão o supervisor me disse: 'Lá em cima "
     "preferem gente nova nas rotas pesadas.' Peço que revisem.\n\nValdir Oliveira"),
    ("bias/religion", "bias_review", False, "letting",
     "Prezados,\n\nTive interesse no apartamento de dois quartos da Rua Augusta (ref. RA-33). Por telefone o "
     "corretor foi simpático e marcou a visita. Fui à visita com minhas guias de candomblé e a roupa branca de "
     "sexta-feira; ele mudou na hora e disse: 'O proprietário não quer gente de macumba no prédio, é um condomínio "
     "tranquilo.' No dia seguinte disseram que já estava reservado, mas uma semana depois o anúncio voltou ao "
     "ar. Quero uma explicação.\n\nAtenciosamente,\nAdriana Conceição"),
    ("bias/race", "bias_review", False, "expat",
     "Prezados,\n\nSou moçambicano e moro em Campinas desde o ano passado. No dia 5 de outubro fui retirar uma "
     "encomenda na agência de vocês com passaporte e o aviso. O atendente disse que o passaporte 'podia ser de "
     "qualquer um' e não entregou. O senhor branco atrás de mim tinha só um cartão de banco e levou a encomenda na "
     "hora. Quando perguntei por quê, ele disse: 'Com vocês, africanos, todo cuidado é pouco.' Fui humilhado na "
     "frente de todos. Quero que isso seja apurado.\n\nAtt.,\nAlberto Macuácua"),
    ("bias/orientation", "bias_review", False, "schooltrip",
     "Prezada direção,\n\nSomos as mães da Alice, do 6º ano. Nos inscrevemos as duas como acompanhantes do "
     "acampamento em Brotas e recebemos a confirmação por e-mail. Depois que fomos juntas à reunião de pais, a "
     "coordenadora ligou dizendo que 'não ficaria bem duas mulheres casadas no mesmo chalé com as crianças' e nos "
     "tirou da lista. Um casal de pai e mãe que se inscreveu depois foi aceito e vai dormir no mesmo chalé. "
     "Queremos uma explicação por escrito.\n\nAtenciosamente,\nCarla e Renata Moura"),
    ("bias/region", "bias_review", False, "pharmacy",
     "Prezados,\n\nMinha mãe, 70 anos, é nordestina, do interior do Piauí, e fala com um sotaque forte. Há anos ela "
     "retira sozinha os remédios na farmácia de vocês da Rua Vergueiro. Desde que entrou uma atendente nova em "
     "agosto, pedem que ela 'volte com alguém que explique direito' e a mandam embora, enquanto minha vizinha "
     "retira os da mãe dela sem pergunta nenhuma. Semana passada a atendente falou: 'Esse povo do Norte não "
     "entende nada.' Minha mãe não quer mais ir.\n\nAtenciosamente,\nFrancisca Araújo"),
    ("hardneg/threat_label", "ai_assist", False, "schooltrip",
     "Olá,\n\nE-mail meio constrangedor. Meu filho (6º ano) chegou furioso porque os lugares no ônibus para o "
     "passeio ao parque são distribuídos pela ordem da chamada e ele vai lá atrás, 'do lado dos professores'. Ele "
     "diz que é 'discriminação contra quem tem sobrenome com V' e escreveu um abaixo-assinado. Já disse a ele "
     "que não é. O que eu quero saber, sério: o remédio para enjoo precisa de autorização assinada e ele pode "
     "levar na mochila?\n\nObrigada,\nGabriela Vieira"),
    ("hardneg/mention", "ai_assist", False, "clubsec",
     "Bom dia,\n\nSou a secretária do Clube da Melhor Idade de Santo André e vamos repetir o passeio de barco na "
     "represa para 26 sócios no dia 14 de maio. No ano passado foi ótimo. Alguns pedidos:\n- duas sócias usam "
     "andador, então precisamos de rampa para embarcar;\n- um sócio é cego e vai com o cão-guia;\n- vários são "
     "diabéticos, o almoço às 12h30 em ponto ajudaria.\n\nPodem faturar para o clube; a tesoureira paga por "
     "transferência em até 15 dias.\n\nObrigada,\nNeide Campos\nSecretária"),
    ("hardneg/forwarded_complaint", "ai_assist", False, "pharmacy",
     "Olá,\n\nReencaminho a troca de mensagens abaixo, que é de 2023. Dizia respeito ao meu falecido pai e ficou "
     "resolvida na altura com um pedido de desculpas do vosso diretor regional, por isso não a estou a reabrir. "
     "Envio-a só porque tem o número de utente dele, de que preciso agora: fechar a conta online e cancelar a "
     "renovação que continua a chegar.\n\nObrigado,\nRui Antunes\n\n---------- Mensagem reencaminhada ----------\n"
     "> Recusaram-me a receita pela minha idade e trataram-me como se eu estivesse senil. Um rapaz novo foi "
     "logo atendido. Isto é discriminação por idade. — J. Antunes"),
    ("hardneg/pricing", "ai_assist", False, "gigworker",
     "Olá, suporte,\n\nAlugo meu apartamento pela plataforma há cinco anos. Este mês a taxa de serviço para "
     "anfitriões subiu de 3% para 5,5%, enquanto os anfitriões novos ganham uma 'tarifa de boas-vindas' de 1% por "
     "seis meses. Sinceramente, isso é discriminação com os anfitriões fiéis, e no fórum muita gente está dizendo "
     "o mesmo. Além disso, os repasses agora levam cinco dias em vez de dois.\n\nVocês podem explicar a nova "
     "tabela de taxas e se existe alguma tarifa para anfitriões antigos?\n\nAbraço,\nFábio Monteiro"),
    ("hardneg/own_prejudice", "ai_assist", False, "letting",
     "Olá,\n\nUm retorno sobre a vistoria de saída do apto da Rua das Acácias, 9, semana passada. Vou ser sincera: "
     "quando vi que vinha uma senhora de uns setenta anos, achei que ela não ia dar conta do tablet e do "
     "aplicativo. Estava errada: o laudo dela é o mais completo que já recebi, com fotos datadas de cada marca. "
     "Digam isso a ela.\n\nPergunta de verdade: o laudo atribui ao inquilino um risco na bancada. Ele diz que já "
     "estava na vistoria de entrada. Podem me mandar as fotos da entrada?\n\nAbraço,\nSílvia Rezende, proprietária"),
    ("hardneg/policy_question", "ai_assist", False, "expat",
     "Prezada equipe de recrutamento,\n\nSou argentina, moro em Porto Alegre e quero me candidatar à vaga de "
     "analista financeira (ref. AF-6231). Antes de enviar o currículo, vocês poderiam me informar:\n- se a empresa "
     "apoia a regularização migratória de colegas estrangeiros;\n- onde está publicada a vossa política de inclusão;\n- se divulgam o relatório de igualdade salarial exigido por lei;\n- se a entrevista "
     "pode ser online, porque em julho estarei em Buenos Aires?\n\nObrigada pelo tempo.\n\nAtenciosamente,\n"
     "Valentina Ruiz"),
    ("ordinary/plain", "ai_assist", False, "letting",
     "Exmos. Senhores,\n\nContrato de arrendamento da Rua das Acácias, 5, 2º direito, ref. AC-5-2024. A partir do "
     "próximo mês vou pagar a renda por transferência permanente de outro banco (o novo IBAN vai no impresso "
     "assinado em anexo), porque o meu balcão fecha e vou mudar tudo.\n\nPodiam:\n1. confirmar a receção do "
     "impresso;\n2. cancelar o débito direto antigo para eu não pagar a dobrar;\n3. enviar-me uma declaração "
     "atualizada de que não tenho rendas em atraso?\n\nObrigado e bom fim de semana.\n\nCumprimentos,\n"
     "Hugo Marques"),
    ("ordinary/plain", "ai_assist", False, "clubsec",
     "Olá,\n\nAcabei de assumir a secretaria do Foto Clube de Niterói no lugar da Regina, que se mudou. A "
     "associação de grupo com a galeria de vocês (ref. GF-80536) renova em novembro.\n\nVocês poderiam passar o "
     "contato principal para o meu nome (dados abaixo), trocar o endereço de cobrança para o centro cultural e "
     "me dizer se os sócios continuam com 10% de desconto nas impressões? A Regina achava que neste ano valia "
     "também para molduras.\n\nMuito obrigado,\nLeonardo Castro\nSecretário"),
]
