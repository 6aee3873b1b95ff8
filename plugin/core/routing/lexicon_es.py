"""Spanish routing lexicon. Same format and rules as lexicon_en.py (read its docstring first)."""

LANG = "es"
STOPWORDS = frozenset(
    "el la los las de del que y en por con mi mis no es un una para su sus me se al lo como esta pero "
    "muy porque estoy soy ustedes usted hay le les yo ya ni cuando".split())

_NATIONS = ("marroqu\\w*|ruman[oa]s?|latin[oa]s?|venezolan[oa]s?|colombian[oa]s?|ecuatorian[oa]s?|peruan[oa]s?|"
            "bolivian[oa]s?|chin[oa]s?|african[oa]s?|arabes?|senegales\\w*|nigerian[oa]s?|ucranian[oa]s?|"
            "dominican[oa]s?|cuban[oa]s?|argentin[oa]s?|mexican[oa]s?|pakistani\\w*|filipin[oa]s?|paraguay[oa]s?|"
            "hondureñ[oa]s?|sudamerican[oa]s?|extranjer[oa]s?|español[ae]?s?|frances[ae]?s?|aleman[ae]?s?|"
            "ingles[ae]?s?|estadounidenses?|american[oa]s?|europe[oa]s?|italian[oa]s?|portugues[ae]?s?")

NOT_BIAS = [
    r"discriminacion (de|en|por) (precios?|tarifas?)", r"discriminacion (tarifaria|de precios)",
    r"black[- ]?friday", r"raza (de|del) (perro|gato|caballo|mascota)", r"condicion(es)? de carrera",
    r"(cuenta|tarjeta|perfil|acceso|funcion|opcion|boton|servicio|usuario|app|aplicacion)( \w+)?( \w+)? "
    r"(deshabilitad[ao]|desactivad[ao]|inhabilitad[ao])",
    r"(no soy|no es por ser) (racista|machista)",
]

STRONG = {
    "": [r"discrimin\w*", r"prejuicios?", r"sesgos? (contra|hacia)", r"sesgad[oa]s? (contra|hacia)",
         r"trato (desigual|discriminatorio|diferente|distinto)", r"(delitos?|discurso) de odio"],
    "race": [r"racis(ta|tas|mo)", r"perfil racial"],
    "sex": [r"sexis(ta|tas|mo)", r"machis(ta|tas|mo)", r"misogin\w*", r"acoso sexual"],
    "sexual_orientation": [r"homofob\w*", r"lesbofob\w*", r"bifob\w*", r"lgt?bi?fob\w*"],
    "gender_identity": [r"transfob\w*"],
    "age": [r"edadis\w*", r"gerontofob\w*", r"viejis\w*"],
    "disability": [r"capacitis\w*", r"ableis\w*"],
    "national_origin": [r"xenofob\w*"],
    "religion": [r"islamofob\w*", r"antisemit\w*"],
    "ethnicity": [r"antigitan\w*", r"romafob\w*"],
}

CHARACTERISTICS = {
    "race": [r"(soy|es|somos|son|ser|por ser|como) (un |una )?(negr[oa]s?|moren[oa]s?|asiatic[oa]s?|mulat[oa]s?|"
             r"blanc[oa]s?|mestiz[oa]s?)",
             r"(personas|gente|clientes|hombres?|mujer(es)?|chic[oa]s?|familias?|compañer[oa]s?|amig[oa]s?|"
             r"vecin[oa]s?) (negr[oa]s|blanc[oa]s|asiatic[oa]s|de color)", r"(mi|su|nuestra) raza",
             r"por (mi |su |la )?raza", r"racial\w*", r"(el|la) unic[oa] (negr[oa]|moren[oa])",
             r"personas? de color"],
    "colour": [r"(color|tono) de (mi |su |la )?piel", r"piel (oscura|negra|morena|clara|blanca)", r"(mi|su) tez"],
    "ethnicity": [r"gitan[oa]s?|romani|etnia\w*|etnic[oa]s?|hispan[oa]s?|arabes?|indigenas?"],
    "national_origin": [r"extranjer[oa]s?|inmigrante\w*|migrantes?|refugiad[oa]s?|sudaca\w*",
                        r"(mi|su|nuestro|nuestra) (nacionalidad|origen|origenes|procedencia)",
                        r"(gente|personas|clientes) de (mi|su|ese|esos) pais(es)?",
                        r"(de|desde) donde (vengo|venimos|viene)", r"(vete|vuelve|vuelvete|volver) a tu pais",
                        rf"(soy|somos|es|por ser|como) (un |una )?({_NATIONS})"],
    "accent_language": [r"acento\w*", r"(mi|su|nuestro) (español|castellano|ingles|idioma|forma de hablar|dialecto)",
                        r"(lengua|idioma) materna?", r"no hablo (bien )?(el )?(español|castellano|ingles|idioma)",
                        r"(la forma|como|manera) (en que )?(hablo|hablamos|escribo)", r"no nativ[oa]s?",
                        r"lengua de signos"],
    "religion": [r"musulman\w*|islam\w*|judi[oa]s?|judaism\w*|cristian\w*|catolic\w*|evangelic\w*|hindu\w*|budista\w*",
                 r"religio\w*|(mi|su) fe|velo|hiyab|hijab|pañuelo|turbante|kipa|kippa|burka|niqab|crucifijo",
                 r"mezquita|sinagoga|ramadan|rezar|oracion|kosher|halal"],
    "sex": [r"(por ser|como|soy|siendo|porque soy|es) (una |un )?(mujer|chica|muchacha|señora|hombre|chico|varon|señor)", r"(mi|su) (genero|sexo)",
            r"por (mi |su )?(genero|sexo)", r"las mujeres (no|son|solo|siempre)", r"(la )?unica mujer",
            r"cosa de hombres"],
    "gender_identity": [r"trans|transgenero\w*|cis|cisgenero\w*|transexual\w*|no binari\w*|intersexual\w*|pronombres",
                        r"identidad de genero|(mi|su) nombre (anterior|muerto|antiguo|de nacimiento)"],
    "sexual_orientation": [r"gay|gais|gays|lesbiana\w*|bisexual\w*|homosexual\w*|lgtb\w*|lgbt\w*|queer|mismo sexo",
                           r"(mi|su) pareja es (otro hombre|otra mujer)|dos (hombres|mujeres|padres|madres)",
                           r"bandera (arcoiris|lgtb\w*)|pareja hetero\w*|orientacion sexual|heterosexual\w*"],
    "age": [r"(mi|su|nuestra) edad", r"por (la |mi |su )?edad", r"demasiado (mayor|viej[oa]|joven)",
            r"(personas|gente|clientes|señores|señoras) (mayores|de edad|ancian[oa]s|jovenes)",
            r"ancian[oa]s?|jubilad[oa]s?|tercera edad|personas mayores",
            r"(tengo|cumplir|cumpli|con|a los|mayor de|de) (mas de |menos de )?\d{2} años", r"por ser (mayor|viej[oa]|joven)"],
    "disability": [r"discapacidad\w*|discapacitad[oa]s?|minusvalid[oa]s?|diversidad funcional|silla de ruedas",
                   r"perro (guia|de asistencia|lazarillo)|cieg[oa]s?|invidente\w*|sord[oa]s?|autis\w*",
                   r"(mi|su) (ictus|cancer|enfermedad|diagnostico|demencia|tartamudez)|tartamud\w*",
                   r"sindrome de down|vih|(salud|enfermedad) mental|dislexi\w*|movilidad reducida|lector de pantalla"],
    "pregnancy": [r"embarazad[ao]s?|embarazo|maternidad|baja maternal|lactancia|dar el pecho"],
    "family_status": [r"(madre|padre)s? solter[oa]s?|monoparental|familia numerosa|(estado|situacion) civil",
                      r"(tengo|tenemos) (\w+ )?(hij[oa]s|niñ[oa]s|un bebe)|divorciad[oa]|viud[oa]",
                      r"por ser (madre|padre|soltera?o?|casad[oa])"],
    "neighbourhood": [r"(barrio|zona|vecindario|colonia) (peligros[oa]|pobre|marginal|conflictiv[oa]|humilde|obrer[oa]|"
                      r"de inmigrantes|de gitanos|ric[oa])", r"(por|debido a) (mi |el |nuestro )?(barrio|codigo postal|"
                      r"zona|direccion)", r"(por|de) vivir en", r"por (el sitio |el lugar |la zona )?donde vivo", r"(calle|zona|barrio) de al lado"],
    "name": [r"(mi|su|nuestro) (nombre|apellido)s?", r"apellidos? (gitano|arabe|extranjero|raro)s?",
             r"nombres? (arabes?|extranjeros?|gitanos?|musulmanes?)"],
    "": [r"(gente|personas) como (yo|nosotros|tu|usted)", r"(ese|este|esa) (tipo|clase) de (gente|personas|clientes)",
         r"minoria\w*"],
}

ADVERSE = [
    r"(me|nos|le|les) (negaron|nego|niegan|deniegan|denegaron|rechazaron|rechazo|rechazan)",
    r"(negad[oa]|denegad[oa]|rechazad[oa])s?", r"(se )?(nego|negaron|niega|niegan) a",
    r"no (me|nos|le|les|lo|la) (dejaron|dejan|dejo|quisieron|quieren|atendieron|atienden|atendio|ofrecen|ofrecieron|"
    r"alquilaron|alquilan|vendieron|venden|aceptan|aceptaron|aprobaron|dieron|dan|permiten|permitieron|contrataron|"
    r"entienden|reconoce|reconocen)",
    r"no (entregan|reparten|llegan|atienden|aceptan|reconoce|reconocen|entiende|entienden|funciona)",
    r"ya no (me|nos|le|les) (ofrecen|dan|atienden|venden)", r"(ni siquiera|nunca) (me|nos|le|les) dej\w*",
    r"mientras que (a )?(mi|su|otros|otras|los|las)", r"(se )?burl\w*|(se )?rieron|(se )?rio de|humill\w*",
    r"insult\w*|ridiculiz\w*|(me|nos) (echaron|expulsaron|corrieron)|echad[oa]|expuls\w*",
    r"(me|nos) (siguio|siguieron|vigilaban|vigilaron)",
    r"(comentarios|chistes|bromas) (sobre|de|homofob\w*|racist\w*|machist\w*)|(hizo|hicieron) (comentarios|chistes)",
    r"(me|nos|le|les) (trataron|trato|tratan|trata) (diferente|distinto|peor|mal|de otra manera|de forma diferente|como)",
    r"trato (diferente|distinto|peor|injusto|desigual)", r"injust\w*|no es justo|desigual\w*|de segunda",
    r"(la )?unica diferencia", r"(a )?nadie mas", r"(a )?(los|las) demas", r"(el|la) unic[oa]", r"otros clientes",
    r"(mismo|misma) (plan|sueldo|salario|tarifa|contrato|historial|problema|perfil|coche|situacion)",
    r"(yo|a mi) no(?= ?[.!?,;]|$)", r"si (llegan|entregan|atienden|dan|ofrecen|se lo dieron)",
    r"(se lo|se la) (dieron|ofrecieron|dan)", r"(me|nos|le|les) (subieron|subio|suben|sube|cobran|cobra|cobraron|cobro) (mas|la prima|el precio|la cuota)",
    r"(precio|prima|tarifa|interes) (mas alt[oa]|mayor)", r"(mas|mucho mas) car[oa]",
    r"(me|nos) (cerraron|bloquearon|cancelaron|suspendieron|congelaron|quitaron)",
    r"(cuando|en cuanto|desde que|al) (supieron|vieron|oyeron|escucharon|dije|les dije|mencione|conte|se enteraron|"
    r"cumpli|cumplir)", r"(me|nos) (pidieron|exigieron|obligaron) (que|a) (me )?(quitara|quitar|irme|salir)",
    r"colgo|colgaron", r"sera (por|casualidad)|es (por )?casualidad", r"sesgad[oa]s?|sesgos?", r"no (me )?(toman|tomaron) en serio",
    r"no se fian|desconfian", r"a proposito", r"en (vez|lugar) de (a )?mi", r"solo a (mi|nosotros|nosotras)",
    r"(registr|cache|revis)\w* (el|mi|la|nuestro) (bolso|mochila|bolsa|coche)", r"(me|nos) atend\w* (el )?(ultim[oa]|al final)",
    r"se burlo|imit\w* (mi|su) acento",
    r"(molestan|estorban|son un (problema|estorbo|peligro)|dan problemas)", r"(filtra|descarta|excluye)\w* a", r"(solo|nada mas) (por|porque)",
]

REPORTED = [r"(me |nos |le )?(dijo|dijeron|dice|dicen|respondio|respondieron|contesto|soltaron|solto) que"]

EXCLUSION = [r"excluy\w*|exclusion|excluid[oa]s?", r"dej(an|ando|ar) fuera", r"dej(an|ando) atras",
             r"no (hay|existe) (opcion|manera|forma) (para|de)", r"no (puedo|podemos) (ni )?(crear|abrir|usar|registrar)",
             r"no (esta|estan) pensad[oa]s? para", r"solo (permite|deja) (elegir|escoger)"]

AI_TERMS = [r"ia|i\.a\.|inteligencia artificial|algoritmo\w*|chatbot\w*|bots?|robots?|automatic\w*|automatizad\w*",
            r"(reconocimiento|verificacion) (facial|de voz)|asistente (virtual|de voz)|el sistema"]

NEGATION = [r"no|nunca|nada|ni|sin|tampoco|nadie|jamas", r"nada que ver"]

NOT_WANTED = [r"no (quiero|necesito|hace falta|deseo)", r"no es necesario", r"no hace falta"]
HANDOFF = [
    r"(hablar|contactar|comunicarme|chatear) con (una |un |alguna |algun )?(persona|humano|agente|asesor|operador|encargado|responsable|supervisor|"
    r"gerente|alguien|ser humano|empleado)", r"(pasenme|paseme|pasame|comuniqueme|transfierame|conecteme|ponganme) con",
    r"(quiero|necesito|exijo) (a )?(una persona|un humano|un agente|un asesor|un ser humano|un operador)",
    r"agente humano|atencion humana", r"(llamenme|llameme)", r"alguien de (su|vuestro|tu) equipo",
    r"(puede|pueden|podria|podrian) (llamarme|contactarme|escribirme|atenderme) (alguien|una persona|un agente)",
    r"(quiero|necesito|exijo) que (una persona|un humano|alguien|un agente|un empleado) (revise|mire|vea|atienda|lea)",
    r"(lo|la|los) (lleve|lleven|atienda|revise|gestione|tramite) (una persona|un humano|alguien|un agente|un empleado)",
    r"(una )?persona (con nombre|de verdad|real|humana|de carne y hueso)",
    r"(me |nos )?(atienda|conteste|responda|lleve) (un |una )?(humano|persona|agente|empleado)",
]
CONTACT = [r"(una |un )?(persona|personas|humano|ser humano|alguien|empleado|agente|asesor|operador|encargado|responsable|"
           r"supervisor|gerente|jefe|departamento|equipo|especialista|companer[oa])s?",
           r"(llamarme|llamenme|escribirme|escribame|contactarme|contacteme)"]
APPEAL = [r"apel(ar|o|amos)|apelacion|recurrir|recurro|recurso contra|impugn\w*|revision humana",
          r"(revisen|reconsideren) (la|esta|mi) (decision|solicitud|caso)", r"reclamo (contra )?(esta|la) decision"]
AI_WRONG = [
    r"(respuesta|contestacion) (de|del) (su |la |vuestra )?(ia|i\.a\.|bot|chatbot|robot|sistema|maquina|inteligencia "
    r"artificial) (esta mal|es (incorrecta|erronea|falsa)|no es correcta|esta equivocada)",
    r"(la )?(ia|bot|chatbot|maquina) (se equivoco|se equivoca|esta equivocad[ao]|respondio mal)",
    r"(la )?respuesta automatica (esta mal|es (incorrecta|erronea|falsa)|esta equivocada)",
    r"(el|su|vuestro|este) (bot|chatbot|robot|asistente( virtual)?) (no sirve|es inutil|esta mal|se equivoca|no ayuda)",
]
BOT_QUESTION = [
    r"(estoy|estamos) hablando con (un |una )?(robot|bot|ia|maquina|persona|humano|chatbot|inteligencia artificial)",
    r"(eres|es usted|sois) (un |una )?(robot|bot|ia|maquina|humano|persona real|persona)",
    r"(esto|esta respuesta|este mensaje) (es|esta) (de |escrit[oa] por |generad[oa] por )?(un |una )?(robot|bot|ia|"
    r"maquina|automatic[oa])",
]
_AI = r"(ia|i\.a\.|inteligencia artificial|chatgpt|bots?|robots?)"
OPT_OUT = [
    rf"sin {_AI}(?= ?[,.!;]|$| por favor| gracias)",
    rf"no (usen|utilicen|use|utilice|uses|utilices|quiero que (usen|utilicen|se use))( la| una| ninguna)? {_AI}",
    rf"no (quiero|deseo|acepto|consiento|autorizo|permito)( [\w'-]+){{0,10}} {_AI}", rf"(dejen|deje) de (usar|utilizar) (la )?{_AI}",
    rf"me opongo a (\w+ ){{0,3}}{_AI}", rf"nada de {_AI}",
    rf"no (doy|damos) (mi|nuestro) (consentimiento|permiso|autorizacion)( [\w'-]+){{0,8}} {_AI}",
]
OPT_IN = [
    r"(volver a|vuelvan a) (usar|utilizar) (la )?(ia|inteligencia artificial)",
    r"(usar|utilizar|usen|utilicen) (la )?(ia|inteligencia artificial) (de nuevo|otra vez|nuevamente)",
    r"(acepto|consiento) (\w+ ){0,3}(la )?(ia|inteligencia artificial)", r"reactiv\w* (la )?(ia|inteligencia artificial)",
]

# Broadened signals (issue #3); see lexicon_en.py for what PROXIES and DIFFERENTIAL mean.
PROXIES = {
    "national_origin": [r"(clientes|personas|gente|familias|trabajadores|inquilinos|vecinos|chicos|chicas) (chin\w*|"
                        r"marroqu\w*|ruman\w*|latin\w*|african\w*|arab\w*|sudamerican\w*|colombian\w*|venezolan\w*|"
                        r"ecuatorian\w*|peruan\w*|dominican\w*|pakistan\w*|senegales\w*|nigerian\w*|ucranian\w*|"
                        r"extranjer\w*|brasilen\w*|argentin\w*|bolivian\w*|cuban\w*|indi[oa]s|filipin\w*)",
                        r"pasaporte (\w+ )?\w+", r"(pais|lugar) de (nacimiento|origen)", r"naci (en|fuera)",
                        r"(tarjeta de residencia|permiso de (residencia|trabajo)|papeles|visado)",
                        r"(ustedes|vosotros) los \w+", r"(dinero|transferencias?|envios?) a (mi )?(familia|gente) en",
                        r"(soy|somos|por ser) (de|del) (\w+ )?(pais|fuera|alli)"],
    "accent_language": [r"(en|hablo|hablamos|escribo|escribimos|escribiendo|hablando) (en )?(catalan|gallego|euskera|"
                        r"quechua|guarani|ingles|arabe|rumano|portugues|spanglish|mi idioma)",
                        r"como (hablamos|escribimos|se habla) en", r"(tercera|segunda) lengua|lengua materna"],
    "race": [r"(amig\w*|compañer\w*|vecin\w*|prim\w*|marido|mujer|novi[oa])(,)?( tod[oa]s)? (blanc\w*|negr\w*|"
             r"asiatic\w*)"],
    "religion": [r"velo|hiyab|pañuelo|kipa|turbante|crucifijo|(mi|su|nuestra) (iglesia|mezquita|fe|religion)"],
    "ethnicity": [r"gitan\w*|(pueblo|comunidad) (gitano|indigena|mapuche)|mapuche\w*|quechua"],
    "pregnancy": [r"baja (maternal|paternal|por maternidad|parental)|acabo de tener un bebe|recien nacid\w*"],
    "family_status": [r"(madre|padre) solter\w*|(dos|tres|cuatro|\d) (hijos|niños|niñas|crios)|divorciad\w*|"
                      r"viud\w*|separad[oa]|estado civil|sin hijos"],
    "age": [r"(madre|padre|abuel[oa]|mama|papa|marido|mujer) (tiene|cumplio) \d{2}", r"tengo \d{2}",
            r"(los|las) (jovenes|mayores|viejos|abuelos)|(gente|personas) (mayor|joven|jovenes|de edad)"],
    "disability": [r"(mi|su) (baston|silla|andador|diagnostico|enfermedad)|muletas|sordera|ceguera|autis\w*|"
                   r"sindrome de down|depresion|ansiedad|tdah|bipolar|esquizofren\w*|ciego|sord[oa]"],
    "neighbourhood": [r"(mi|nuestro|ese) (barrio|codigo postal|cp|zona|calle|direccion|pueblo)",
                      r"(vivo|vivimos) en"],
    "name": [r"(a nombre de|me llamo|se llama|llamad[oa]s?|mi nombre es|con el nombre)"],
    "": [r"(foto|imagen) (de|del) perfil|(mi|la) foto|(me|nos) vi(o|eron)|(mi|nuestra) (comunidad|gente|cultura)"],
}
DIFFERENTIAL = [
    r"(mi|a mi|nuestro|nuestra|su) (herman[oa]|marido|esposo|esposa|mujer|pareja|novi[oa]|compañer[oa]|amig[oa]|"
    r"vecin[oa]|prim[oa]|hij[oa]|madre|padre|jefe|socio|socia|colega)( \w+){0,8} (recibio|consiguio|paso|"
    r"pasa|paga|pago|le (dieron|dan|aprobaron)|funciona|salen?|nunca|no)",
    r"(todos|todo el mundo|los demas|las demas|el resto|otros|otras)( \w+){0,3} (con|que|del|de|tienen|tuvieron|"
    r"recibieron|pasaron)", r"(mism[oa]s?|identic[oa]s?) \w+", r"(nada mas|nada) (ha )?cambi\w*",
    r"(antes|hasta que) (de|del|me|nos|no|nunca)", r"(desde que|despues de que|en cuanto|nada mas|al) \w+",
    r"rechaz\w*|bloque\w*|congel\w*|suspend\w*|cancel\w*|retir\w*|rebaj\w*|baj\w* (mi|el|la)|recargo|"
    r"(verificacion|revision|comprobacion) (adicional|extra|manual)|(mas|otros) (papeles|documentos|requisitos)",
    r"verific\w*|el doble|la mitad|(cambio|cambiaron) (el|de) tono|como si|ni (me|nos) mir\w*",
    r"sera (por|porque)|es porque|(casualidad|curioso|curiosamente|resulta que|explíquenme|expliquenme)",
    r"(le|les|a ella|a el) (aprobaron|dieron|dan|atendieron|ofrecen|ofrecieron|funciona)",
    r"(y|pero) (a mi|yo) no", r"(la|el) (mia|mio|nuestra|nuestro) (lleva|no|sigue|esta)",
    r"(esper\w*) (\w+ ){0,2}(\d+|horas|semanas|dias)", r"(me|nos) (pasaron|mandaron|derivaron) (a|al)",
]

# 2026-11-29: more general proxies, found on our own new data (train_extra2.jsonl), never on the second blind set.
for _key, _patterns in {
    "age": [r"(tenia|tengo|con|de) \d{2} anos"],
    "race": [r"(senoras?|mujeres|hombres|clientes|chicas|chicos|amigas?|amigos) (blancas?|blancos|negras?|negros|"
             r"morenas?|morenos)"],
    "neighbourhood": [r"(por )?vivir en \w+|(mi|el) barrio|colonia \w+"],
    "family_status": [r"hijos pequenos|(mis|nuestros) hijos"],
    "": [r"(chicos|chicas|senoras|hombres|mujeres|clientes|jovenes) rubi[oa]s|(los|las|gente) de (tu|su|mi) tipo|"
         r"(gente|personas) como (yo|nosotros|nosotras|tu|usted|ustedes)|de donde soy (de verdad|realmente)", r"(mi|con mi) foto (de perfil|real)|foto de perfil real"],
    "sex": [r"(solo|unicamente) (hablo|hablaron|se dirigio|se dirigieron) (con|a) mi (marido|esposo|mujer|hermano)"],
}.items():
    PROXIES.setdefault(_key, []).extend(_patterns)

# Handoff round 3 (2026-11-29): "¿hay alguien ahí?", plantillas, devolución de llamada, escalado, consentimiento.
NOT_HANDOFF = [r"recursos humanos"]
HANDOFF += [
    r"hay alguien (ahi|ahi del otro lado)(?= ?[?!.,;]|$)", r"hay alguien que (me )?(lea|atienda|responda|conteste|escuche)",
    r"alguien (me )?(puede|podria|pueda|va a) (atender|atenderme|llamar|llamarme|responder|contestar|leer)",
    r"(que )?alguien (lea|revise|mire|atienda) (mi|el|este) (caso|mensaje|reclamo|correo|ticket)",
    r"(dejen|deje|dejad) de (responderme|contestarme|responder|contestar|mandarme \w+) con (plantillas|respuestas "
    r"(automaticas|predefinidas|de plantilla|genericas)|mensajes (automaticos|genericos))",
    r"solo (recibo|me (contestan|responden|llegan|mandan)) (\w+ )?(respuestas|mensajes) (automatic\w*|predefinid\w*|"
    r"de plantilla|genericos|genericas)", r"(devuelvan|devuelva|devolver) la llamada", r"(que|quiero que|necesito que) "
    r"(alguien|una persona|un agente|un asesor|un encargado) me (llame|contacte|atienda|responda)",
    r"(escalar|escalen|escale|escalad) (mi|el|este|la|esta) (caso|reclamo|reclamacion|queja|incidencia|ticket)",
    r"(queja|reclamacion|reclamo) formal (ante|al|a la|con el|con la) (encargad\w*|responsable|supervisor\w*|gerente)", r"(que )?(la|lo|las|los) (revise|atienda|lea|vea) (un|una|el|la) "
    r"(encargad\w*|responsable|supervisor\w*|gerente|jefe|persona|humano)",
]
AI_WRONG += [
    r"(el |su |vuestro )?(chatbot|bot|asistente( virtual)?|robot|ia) (me )?(dio|ha dado|da|dan) (una )?(respuesta|"
    r"informacion) (equivocada|incorrecta|erronea|falsa|mala)",
    r"(respuesta|contestacion) del (asistente( virtual)?|chatbot|bot|robot) (es|esta|fue) (\w+ )?(incorrecta|mal|"
    r"equivocada|erronea|falsa|inutil)",
]
OPT_OUT += [
    rf"(retiro|retiramos|revoco) (mi|nuestro|el) consentimiento( [\w'-]+){{0,10}} {_AI}",
    rf"no (consiento|autorizo|permito|acepto) que( [\w'-]+){{0,10}} {_AI}",
]
HANDOFF += [  # batch 2 of round 3
    r"(me )?(puede|podria|pueden|podrian) atender(me)? (alguien|una persona|un agente|un asesor|un empleado)",
    r"(que )?me (llame|contacte|atienda|escriba) (un|una|el|la|algun|alguna) (encargad\w*|responsable|asesor\w*|"
    r"gestor\w*|agente|supervisor\w*|persona|empleado|humano)",
]
AI_WRONG += [
    r"(ia|bot|chatbot|robot|asistente( virtual)?) (me )?(contesto|respondio|contesta|responde) (otra cosa|cualquier cosa|"
    r"tonterias|disparates)", r"(ia|bot|chatbot|robot|asistente( virtual)?) (esta )?(inventando|se inventa|inventa)",
]
OPT_OUT += [rf"(prefiero|preferiria) que (ninguna|no) (\w+ ){{0,2}}{_AI}",
            rf"no me (respondan|contesten|atiendan|responda|conteste) con (la |una )?{_AI}"]
