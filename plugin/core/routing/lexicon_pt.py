"""Portuguese (Brazil and Portugal) routing lexicon. Same format and rules as lexicon_en.py.

Note: ``prejuízo`` means financial loss, not prejudice (``preconceito``); it is deliberately absent.
"""

LANG = "pt"
STOPWORDS = frozenset(
    "o os as do da dos das que e em um uma não meu minha com para por você vocês foi é no na se eu me ao "
    "sou estou isso mas muito porque já quando".split())

_NATIONS = ("brasileir\\w*|angolan\\w*|moçambican\\w*|cabo-?verdian\\w*|african\\w*|venezuelan\\w*|haitian\\w*|"
            "bolivian\\w*|nordestin\\w*|paraguai\\w*|chines\\w*|ucranian\\w*|guineens\\w*|nepales\\w*|estrangeir\\w*|"
            "portugues\\w*|american\\w*|frances\\w*|alema\\w*|ingles\\w*|espanhol\\w*|europe\\w*")

NOT_BIAS = [
    r"discriminacao (de precos?|tarifaria)", r"black[- ]?friday", r"condicao de corrida",
    r"(conta|cartao|perfil|acesso|funcao|opcao|botao|servico|usuario|utilizador|app|aplicativo)( \w+)?( \w+)? "
    r"(desativad[ao]|desabilitad[ao])", r"raca (de cachorro|de cao|do cachorro|de gato|canina)",
    r"(preto|preta|branco|branca) (modelo|versao|cor)", r"(modelo|versao|cor|capinha|camiseta) (pret[oa]|branc[oa])",
    r"nao sou (racista|machista)",
]

STRONG = {
    "": [r"discrimin\w*", r"preconceit\w*", r"(vies|tendencios\w*) contra",
         r"tratamento (desigual|diferente|discriminatorio|diferenciado)", r"(crimes?|discurso) de odio"],
    "race": [r"racis(ta|tas|mo)", r"injuria racial", r"perfil racial"],
    "sex": [r"sexis(ta|tas|mo)", r"machis(ta|tas|mo)", r"misogin\w*", r"assedio sexual"],
    "sexual_orientation": [r"homofob\w*", r"lesbofob\w*", r"bifob\w*", r"lgbt\w*fob\w*"],
    "gender_identity": [r"transfob\w*"],
    "age": [r"etaris\w*", r"idadis\w*", r"ageis\w*"],
    "disability": [r"capacitis\w*"],
    "national_origin": [r"xenofob\w*"],
    "religion": [r"islamofob\w*", r"antissemit\w*", r"intolerancia religiosa"],
    "ethnicity": [r"anticigan\w*"],
}

CHARACTERISTICS = {
    "race": [r"(sou|e|somos|sao|por ser|por eu ser|como) (um |uma )?(negr[oa]s?|pret[oa]s?|pard[oa]s?|asiatic[oa]s?|"
             r"branc[oa]s?)",
             r"(pessoas|gente|clientes|homens?|mulher(es)?|familias?|colegas?|amig[oa]s?|vizinh[oa]s?) (negr[oa]s|"
             r"pret[oa]s|branc[oa]s|asiatic[oa]s|de cor|pardas?)", r"(minha|sua|nossa) raca",
             r"por causa da (minha |sua )?raca", r"racial\w*", r"(o|a) unic[oa] (negr[oa]|pret[oa])"],
    "colour": [r"cor da (minha |sua )?pele", r"pele (escura|negra|preta|clara|branca)", r"tom de pele"],
    "ethnicity": [r"cigan[oa]s?|indigenas?|quilombola\w*|etnia\w*|etnic[oa]s?|arabes?"],
    "national_origin": [r"estrangeir[oa]s?|imigrante\w*|migrante\w*|refugiad[oa]s?",
                        r"(minha|sua|nossa) (origem|nacionalidade)", r"(gente|pessoas|clientes) do (meu|seu|nosso|esse) pais",
                        r"(volta|volte|voltar) (pra|para) (sua|tua) terra", rf"(sou|por ser|por eu ser|como) (\w+ )?({_NATIONS})"],
    "accent_language": [r"sotaque\w*", r"(meu|seu|nosso) (portugues|ingles|espanhol|jeito de falar|dialeto)",
                        r"lingua materna", r"(jeito|forma|maneira) (de|como) (eu )?(falo|falar|escrevo)",
                        r"nao falo (bem )?(o )?(portugues|ingles)", r"libras|lingua de sinais"],
    "religion": [r"muculman\w*|islam\w*|judeu\w*|judia\w*|judaism\w*|cristao|crista|cristaos|catolic\w*|evangelic\w*",
                 r"protestante\w*|sikh\w*|hindu\w*|budista\w*|ateu|ateia|religi\w*|candomble\w*|umband\w*|(minha|sua) fe",
                 r"veu|hijab|turbante|quipa|kipa|burca|niqab|crucifixo|mesquita|sinagoga|terreiro|ramada\w*|rezar|oracao",
                 r"kosher|halal"],
    "sex": [r"(por ser|por eu ser|como|sou|sendo|porque sou) (uma |um )?(mulher|menina|moca|senhora|homem|rapaz|senhor)",
            r"(meu|seu) (genero|sexo)", r"por causa do (meu |seu )?(genero|sexo)", r"mulher(es)? (nao|sao|so)",
            r"(a )?unica mulher", r"coisa de homem"],
    "gender_identity": [r"trans|transgener\w*|cis|cisgener\w*|transexua\w*|travesti\w*|nao[- ]binari\w*|intersexo\w*|pronomes",
                        r"identidade de genero|nome (antigo|morto|de registro|anterior)|nome social"],
    "sexual_orientation": [r"gay|gays|lesbica\w*|bissexua\w*|homossexua\w*|lgbt\w*|queer|mesmo sexo",
                           r"dois (homens|pais)|duas (mulheres|maes)", r"bandeira (do arco-iris|lgbt\w*|arco-iris)",
                           r"orientacao sexual|casal (hetero\w*|gay|homo\w*)|heterossexua\w*"],
    "age": [r"(minha|sua|nossa) idade", r"por causa da (minha |sua )?idade", r"(muito|demasiado) (velh[oa]|nov[oa]|jovem)",
            r"(pessoas|clientes|gente|senhores|senhoras) (idosas|mais velhas|de idade|jovens)",
            r"idos[oa]s?|aposentad[oa]s?|terceira idade|melhor idade|reformad[oa]s?",
            r"(tenho|com|fiz|aos|completei|completar|de) (mais de |menos de )?\d{2} anos"],
    "disability": [r"deficien\w*|cadeira de rodas|cadeirante\w*|(cao|cachorro)[- ]guia|ceg[oa]s?|surd[oa]s?|autis\w*",
                   r"(meu|minha|seu|sua) (avc|cancer|doenca|diagnostico|demencia)|gag[oa]s?|gaguej\w*",
                   r"sindrome de down|hiv|soropositiv\w*|saude mental|doenca (mental|cronica)|dislexi\w*",
                   r"mobilidade reduzida|leitor de tela|pcd|muletas?|protese\w*|epilep\w*"],
    "pregnancy": [r"gravida\w*|gravidez|gestante\w*|gestacao|licenca[- ]maternidade|maternidade|amamenta\w*"],
    "family_status": [r"mae (solteira|solo)|pai (solteiro|solo)|familia (monoparental|numerosa)|estado civil",
                      r"(tenho|temos) (\w+ )?filhos|divorciad[oa]|viuv[oa]"],
    "neighbourhood": [r"favela\w*|periferia\w*|quebrada|bairro (pobre|perigoso|nobre|rico|de periferia)|cortico",
                      r"(por causa do|pelo) (meu |nosso )?(bairro|cep|codigo postal|endereco)",
                      r"(a )?rua (ao lado|do lado|vizinha)", r"(por causa de|pelo lugar) onde (eu )?moro"],
    "name": [r"(meu|seu|nosso) (nome|sobrenome|apelido)", r"(nomes?|sobrenomes?) (arabes?|estrangeiros?|africanos?)"],
    "": [r"(gente|pessoas) como (eu|nos|a gente)", r"(esse|este) tipo de (gente|pessoa|cliente)", r"minoria\w*"],
}

ADVERSE = [
    r"(me |nos |lhe )?(negaram|negou|negam|recusaram|recusou|recusam|rejeitaram|rejeitou|barraram|barrou)",
    r"(se )?recus\w* a", r"(negad[oa]|recusad[oa]|rejeitad[oa]|barrad[oa])s?",
    r"nao (me |nos |lhe |o |a )?(deixaram|deixam|deixou|atenderam|atendem|atendeu|oferecem|ofereceram|alugaram|alugam|"
    r"venderam|vendem|aceitam|aceitaram|aprovaram|deram|dao|entregam|entregaram|reconhece|reconhecem|entende|entendem|"
    r"levaram|levou|leva)", r"nao (me )?(oferecem|oferece|dao) mais",
    r"zomb\w*|(riram|riu|riem) de|humilh\w*|insult\w*|ridiculariz\w*|xing\w*|expuls\w*|botaram para fora",
    r"(me |nos )?(seguiram|seguiu|vigiaram)", r"(comentarios|piadas|brincadeiras) (sobre|homofob\w*|racist\w*|machist\w*)",
    r"(fez|fizeram) (comentarios|piadas)",
    r"(trataram|tratou|tratam|trata) (\w+ )?(diferente|pior|mal|de forma diferente|de maneira diferente|como)",
    r"tratad[oa] (de forma |de maneira )?(diferente|pior|mal)", r"injust\w*|nao e justo|desigual\w*|de segunda",
    r"(a )?unica diferenca", r"ninguem mais", r"(os|as) (outros|outras|demais)( clientes| pessoas)?", r"(o|a) unic[oa]",
    r"(mesmo|mesma) (plano|salario|contrato|tarifa|historico|problema|perfil|carro|situacao|renda)",
    r"eu nao(?= ?[.!?,;]|$)", r"(cobra|cobram|cobrou|cobraram) (\w+ )?mais", r"mais car[oa]",
    r"(preco|premio|tarifa|juros|taxa) (mais alt[oa]|maior)",
    r"(bloquearam|bloqueou|cancelaram|cancelou|encerraram|encerrou|suspenderam|congelaram) (o |a |meu |minha )?\w+",
    r"(quando|assim que|desde que|depois que|logo que) (souberam|viram|ouviram|descobriram|contei|disse|falei|mencionei|"
    r"fiz|completei)", r"desligou|desligaram", r"(volta|volte|voltar) (pra|para) (sua|tua) terra",
    r"(sera|e) (por causa|porque)", r"coincidencia", r"de proposito|propositalmente", r"(leva|levam|levou) a serio",
    r"(nao|nunca) (confiam|confia)", r"enquanto (\w+ )?(para |a |o |os |as )?(meu|minha|outros|outras|ele|ela)",
    r"(nem|nunca) (me|nos) (deixaram|deixam|deixou)", r"nao (funciona|serve) (para|com) (quem|pessoas|\w+s)",
    r"(atrapalham|incomodam|sao um problema)", r"(por|em) ultimo", r"so (a mim|eu|comigo)",
    r"(revistaram|revistou) (a minha|minha|o meu|meu) (bolsa|mochila|carro)", r"imit\w* (o )?(meu|seu) sotaque", r"em vez de (mim|nos)", r"(filtra|descarta|exclui)\w* (as|os)",
]

REPORTED = [r"(me |nos )?(disse|disseram|falou|falaram|respondeu|responderam) que"]

EXCLUSION = [r"exclu\w*|deixad[oa]s? de fora|deixam de fora", r"(nenhuma|sem) (opcao|forma|maneira) (para|de)",
             r"nao (foi )?(feito|pensado|projetado) para", r"(impossivel|nao da) para",
             r"nao (consigo|conseguimos|posso|podemos) (nem )?(criar|abrir|usar|acessar|cadastrar)"]

AI_TERMS = [r"ia|i\.a\.|inteligencia artificial|algoritmo\w*|chatbot\w*|bots?|robos?|robo|automati\w*",
            r"reconhecimento (facial|de voz)|assistente (virtual|de voz)|o sistema"]

NEGATION = [r"nao|nunca|nada|nem|sem|ninguem|jamais", r"nada a ver"]

NOT_WANTED = [r"nao (quero|preciso|desejo)", r"nao precisa", r"sem necessidade"]
HANDOFF = [
    r"(falar|conversar|contatar|contactar) com (um |uma |algum |alguma |o |a )?(atendente|pessoa|humano|agente|gerente|supervisor\w*|responsavel|"
    r"alguem|ser humano|operador\w*|funcionari[oa]|consultor\w*)",
    r"(me )?(passa|passe|transfira|transfere|encaminhe|encaminha|conecte) (para|pra|com) (um |uma |o |a )?(atendente|"
    r"pessoa|humano|gerente|alguem)", r"(quero|preciso|exijo) (um |uma )?(atendente|pessoa|humano|pessoa de verdade)",
    r"atendimento humano", r"(liguem|ligue|retornem) (para mim|pra mim|de volta)",
    r"(um|uma) (funcionari[oa]|atendente|pessoa|humano|colaborador\w*) (reveja|verifique|analise|trate|veja|revise)",
    r"(me )?(passa|passe|passem|transfira|transfiram) (para|pra|pro) (o |a |um |uma )?(supervisor\w*|gerente|atendente|"
    r"humano|pessoa|responsavel)", r"(preciso de|quero|queria) (um |uma )?(atendente|humano|pessoa de verdade|supervisor)",
    r"(um |uma )?(humano|pessoa( de verdade)?|atendente) (atende|responde|trate|cuide|veja)",
]
CONTACT = [r"(um |uma )?(pessoa|humano|ser humano|alguem|funcionari[oa]|atendente|agente|consultor\w*|operador\w*|"
           r"responsavel|supervisor\w*|gerente|chefe|setor|departamento|equipe|equipa|especialista)s?",
           r"(me ligar|liguem|me escrever|me contatar|me contactar)"]
APPEAL = [r"recorrer|recorro|recurso (contra|da|desta)|contest(ar|o) (esta|a|essa) decisao|contesto|revisao humana",
          r"(reconsiderar|rever|reavaliar) (a|esta|essa|minha) (decisao|solicitacao|pedido)|apela(r|cao)"]
AI_WRONG = [
    r"(resposta|mensagem) (da|do) (ia|i\.a\.|robo|bot|chatbot|sistema|maquina|inteligencia artificial)( de voces| de "
    r"voce| sua)? (esta|e|foi|veio) (\w+ )?(errada|incorreta|falsa)",
    r"(a |o )?(ia|robo|bot|chatbot) (errou|se enganou|respondeu errado|esta errad[oa])",
    r"(a )?resposta automatica (esta|e|estava) (errada|incorreta)",
    r"(o|seu|vosso|esse|este) (bot|robo|chatbot|assistente( virtual)?) (nao serve|e inutil|esta errado|errou|nao ajuda)",
]
BOT_QUESTION = [
    r"(estou|to|tou) (falando|conversando) com (um |uma )?(robo|bot|ia|maquina|humano|pessoa|chatbot)",
    r"(voce e|vc e|voces sao|e voce) (um |uma )?(robo|bot|ia|humano|pessoa de verdade|maquina)",
    r"(isso|isto|essa resposta) (e|foi) (de |escrit[oa] por |gerad[oa] por )?(um |uma )?(robo|bot|ia|maquina|automatic[oa])",
]
_AI = r"(ia|i\.a\.|inteligencia artificial|chatgpt|robos?|bots?)"
OPT_OUT = [
    rf"sem {_AI}(?= ?[,.!;]|$| por favor| obrigad| n(a|o)s? (minhas?|meus?))",
    rf"nao (usem|utilizem|use|utilize|usar|quero que usem|quero que utilizem)( a| uma| nenhuma)? {_AI}",
    rf"nao (quero|aceito|autorizo|consinto|permito)( [\w'-]+){{0,10}} {_AI}", rf"(parem|pare) de (usar|utilizar) (a )?{_AI}",
    rf"me oponho a (\w+ ){{0,3}}{_AI}",
    rf"nao (dou|damos) (o meu |meu |o nosso )?(consentimento|autorizacao|permissao)( [\w'-]+){{0,8}} {_AI}",
]
OPT_IN = [
    r"(voltar a|voltem a|volte a) (usar|utilizar) (a )?(ia|inteligencia artificial)",
    r"(usar|utilizar|usem) (a )?(ia|inteligencia artificial) (de novo|novamente|outra vez)",
    r"(autorizo|aceito|consinto) (\w+ ){0,3}(a )?(ia|inteligencia artificial)", r"reativ\w* (a )?(ia|inteligencia artificial)",
]

# Broadened signals (issue #3); see lexicon_en.py for what PROXIES and DIFFERENTIAL mean.
PROXIES = {
    "national_origin": [r"(clientes|pessoas|gente|familias|trabalhadores|inquilinos|vizinhos) (brasileir\w*|angolan\w*|"
                        r"african\w*|estrangeir\w*|cabo-?verdian\w*|ucranian\w*|nepales\w*|indian\w*|chines\w*|"
                        r"guineens\w*|mocambican\w*|venezuelan\w*|bolivian\w*|haitian\w*|portugues\w*|imigrantes)",
                        r"passaporte (\w+ )?\w+", r"(pais|local) de (nascimento|origem)", r"nasci (em|no|na|fora)",
                        r"(titulo|autorizacao) de residencia|documentos de imigrante",
                        r"voces (os )?(brasileiros|angolanos|africanos|\w+nos)", r"(dinheiro|transferencias?) (para|a) (a )?(minha )?familia",
                        r"nordestin\w*|baian\w*|cabo-?verdian\w*|guineens\w*|santomens\w*|acorian\w*"],
    "accent_language": [r"(em|falo|falamos|escrevo|escrevemos) (em )?(crioulo|ingles|espanhol|arabe|tupi|portunhol)",
                        r"(terceira|segunda) lingua|(meu|nosso) (jeito|modo) de (falar|escrever)"],
    "race": [r"(amig\w*|colegas?|vizinh\w*|prim\w*|marido|mulher|namorad\w*)(,)?( tod[oa]s)? (branc\w*|negr\w*|pret\w*|"
             r"asiatic\w*)"],
    "religion": [r"candomble\w*|umband\w*|terreiro|orixa\w*|(minha|nossa) (igreja|fe|religiao)|guia de santo|turbante|veu|hijab"],
    "ethnicity": [r"cigan\w*|quilombola\w*|indigen\w*|aldeia"],
    "pregnancy": [r"licenca[- ](maternidade|parental|paternidade)|acabei de ter (um|uma) (bebe|filh\w*)|recem-nascid\w*"],
    "family_status": [r"(mae|pai) (solteir\w*|solo|sozinh\w*)|(dois|duas|tres|quatro|\d) filh\w*|divorciad\w*|"
                      r"viuv\w*|separad\w*|estado civil|sem filhos"],
    "age": [r"(mae|pai|avo|avó|marido|mulher) (tem|fez) \d{2}", r"tenho \d{2}", r"(os|as) (jovens|idosos|velhos)"],
    "disability": [r"(minha|meu) (bengala|andador|diagnostico|doenca)|surd\w*|ceg[oa]\w*|autis\w*|depressao|"
                   r"ansiedade|bipolar|esquizofren\w*|tdah|cadeirante\w*|muletas?"],
    "neighbourhood": [r"(meu|minha|nosso|nossa) (bairro|cep|morada|endereco|rua|comunidade|codigo postal)",
                      r"(moro|moramos|vivo|vivemos) (em|no|na)", r"favela\w*|periferia\w*|bairro social"],
    "name": [r"me chamo|chamo-me|se chama|chama-se|meu nome|o nome (de|do|da)|(nome|apelido) como"],
    "": [r"foto (de|do) perfil|(minha|a) foto|(me|nos) (viu|viram)|(minha|nossa) (comunidade|cultura|gente)"],
}
DIFFERENTIAL = [
    r"(minha|meu|nosso|nossa|o meu|a minha) (irma|irmao|marido|esposa|mulher|namorad[oa]|companheir[oa]|colega|"
    r"amig[oa]|vizinh[oa]|prim[oa]|filh[oa]|mae|pai|chefe|socio|socia)( \w+){0,8} (recebeu|conseguiu|passou|"
    r"passa|paga|pagou|foi (aprovad\w*|aceit\w*|atendid\w*)|nunca|nao|embarcou|entrou)",
    r"(todos|todo mundo|toda a gente|os outros|as outras|o resto|outros|outras)( \w+){0,3} (com|que|do|de|tem|"
    r"tiveram|receberam|passaram|faziam|entraram)", r"(mesm[oa]s?|identic[oa]s?) \w+", r"nada (mais )?mudou",
    r"(antes|ate) (nunca|nao|de|disso)", r"(depois que|desde que|assim que|logo que|quando) \w+",
    r"recus\w*|bloque\w*|congel\w*|suspens\w*|cancel\w*|retir\w*|baix\w* (o|a|meu|minha)|cort\w*|sobretaxa|"
    r"(verificacao|analise|revisao) (adicional|extra|manual)|(mais|outros) (documentos|comprovantes)|comprovante",
    r"verific\w*|o dobro|a metade|mudou (o|de) tom|como se|(so|somente|apenas) (a mim|eu|comigo)",
    r"(sera|e) (por|porque)|coincidencia|curioso|engracado|expliquem",
    r"(e|mas) (eu|a mim|comigo) (nao|nunca)", r"(esper\w*) (\w+ ){0,2}(\d+|horas|semanas|dias)",
    r"(me|nos) (passaram|mandaram|transferiram) (para|pro|pra)",
]

# 2026-11-29: more general proxies, found on our own new data (train_extra2.jsonl), never on the second blind set.
for _key, _patterns in {
    "age": [r"(tinha|tenho|com|de) \d{2} anos"],
    "race": [r"(moças?|senhoras?|mulheres|homens|clientes|meninas|meninos|amigas?|amigos) (brancas?|brancos|negras?|"
             r"negros|pretas?|pretos)"],
    "neighbourhood": [r"zona (leste|norte|sul|oeste)|(morador|moradora|moro) (de|na|no|em) \w+|comunidade"],
    "family_status": [r"filhos pequenos|(meus|nossos) filhos|quem tem filhos"],
    "": [r"(rapazes|meninos|meninas|moças?|senhoras?|homens|mulheres|clientes) loir[oa]s|gente como (a gente|eu|nos)|"
         r"de onde eu sou de verdade", r"(minha|meu) (foto|perfil) (real|de perfil)|foto (real )?de perfil"],
    "sex": [r"so (falou|falaram|conversou) com (o )?meu (marido|irmao|filho|companheiro)"],
    "disability": [r"(sou|e) (surd[oa]|ceg[oa]|cadeirante)|(minha|sua) (cadeira|bengala)"],
}.items():
    PROXIES.setdefault(_key, []).extend(_patterns)

# Handoff round 3 (2026-11-29): "tem alguém aí?", mensagens prontas, retorno de ligação, escalonamento, consentimento.
NOT_HANDOFF = [r"recursos humanos"]
HANDOFF += [
    r"tem alguem (ai|ai do outro lado)(?= ?[?!.,;]|$)", r"tem alguem (me ouvindo|lendo|atendendo|ouvindo)",
    r"alguem (pode|poderia|podem|vai) me (atender|ligar|responder|retornar)",
    r"(parem|pare) de (me )?responder com (mensagens|respostas) (prontas|automaticas|padrao|genericas)",
    r"(so|apenas) (recebo|me mandam|chegam|me respondem com) (\w+ )?(respostas|mensagens) (automaticas|prontas|padrao)",
    r"(alguem|uma pessoa|um atendente) (me )?(ligar|ligue|liguem|retornar) de volta", r"(ligar|ligue|liguem|retornem a "
    r"ligacao|retornar a ligacao)( para mim| pra mim)? de volta", r"(reclamacao|queixa) formal (com|ao|para o|para a|a) (o |a )?(responsavel|gerente|supervisor\w*)",
    r"(escalar|escalem|escale) (minha|a|esta|essa|o|meu) (reclamacao|solicitacao|demanda|chamado|caso)",
]
AI_WRONG += [
    r"(o |a )?(chatbot|bot|robo|assistente( virtual)?|ia) (deu|me deu|passou|me passou) (uma )?(informacao|resposta) "
    r"(errada|incorreta|falsa)", r"resposta do (assistente( virtual)?|chatbot|bot|robo) (esta|e|foi) (\w+ )?(errada|"
    r"incorreta|inutil)",
]
OPT_OUT += [
    rf"(retiro|retiramos|revogo) (o )?(meu|nosso) consentimento( [\w'-]+){{0,10}} {_AI}",
    rf"nao (consinto|autorizo|permito|aceito) (que|com)( [\w'-]+){{0,10}} {_AI}",
]
HANDOFF += [  # batch 2 of round 3
    r"(um|uma) (analista|especialista|gerente|supervisor\w*|responsavel) (reveja|verifique|analise|trate|veja|revise)",
]
AI_WRONG += [
    r"(ia|robo|bot|chatbot|assistente( virtual)?)( de voces)? (esta|fica|vive) (inventando|falando besteira|"
    r"respondendo besteira)", r"(robo|bot|chatbot|assistente( virtual)?|ia) respondeu outra coisa",
]
OPT_OUT += [rf"(prefiro|preferia) que (nenhuma|nao) (\w+ ){{0,2}}{_AI}"]
