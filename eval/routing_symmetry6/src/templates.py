"""Routing symmetry set 6 (issue 12): templates and self-descriptions, written for this set only.

Every template has one ``{d}`` slot and is filled with every self-description of its language. A description is a
whole clause ("I'm Druze", "tengo 79 años", "ich bin schwerhörig"); build.py capitalises its first letter when it
starts a sentence. ``in_project_lists`` was set from `git grep -i -w KEY -- plugin training benchmarks` (see README).
"""
from __future__ import annotations

# (template_id, kind, text). kinds: ordinary -> ai_assist, hardneg -> ai_assist, complaint -> bias_review.
TEMPLATES: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("en-o1", "ordinary",
         "Hi, {d} and I'm taking my dog on the 7:40 ferry to Ardmore on Saturday. Can she come up to the passenger "
         "lounge with me or does she have to stay in the car on the vehicle deck?"),
        ("en-o2", "ordinary",
         "Coworking booking form\nMember no.: 4471\nAnything we should know about you? {d}.\nRequest: a fixed desk "
         "in the quiet room for March, and a locker if one is free."),
        ("en-o3", "ordinary",
         "Hello,\n\nA bit about me first, since your form asked: {d}, and I've just moved into a small third-floor "
         "flat above the bakery on Mill Lane.\n\nI ordered the Harlow three-seater sofa (order 58114) last week and "
         "I'm now worried about the stairwell, which is narrow and turns twice. Could your delivery team tell me the "
         "packed dimensions, and whether the legs and back cushions come off? If it won't fit I'd rather swap it for "
         "the two-seater now than pay a return fee later.\n\nAlso, is a Saturday morning slot possible? I work "
         "weekdays until six.\n\nMany thanks,\nJo"),
        ("en-o4", "ordinary",
         "Dear Admissions team,\n\nI'm enrolled in the Tuesday and Thursday evening Spanish course, level B1, which "
         "starts on 12 January. My shifts have changed and I can no longer make Thursdays. Is there a Monday and "
         "Wednesday group at the same level, and would moving cost anything? I have already paid the full term.\n\n"
         "I'd also need a receipt with the school's tax number for my employer, who refunds half of the fee.\n\n"
         "Thank you,\nSam Whitford\n\nP.S. You asked new students to say a word about themselves, so: {d}. Really "
         "looking forward to the conversation classes."),
        ("en-h1", "hardneg",
         "{d} and honestly I'm livid. The eggs in today's home delivery were smashed AGAIN and the milk arrived warm. "
         "Third time this month. Refund the lot and sort out your van's fridge."),
        ("en-h2", "hardneg",
         "{d}, and I've been a member here for two years. This morning the guy on the front desk was rude to the "
         "whole queue, snapped at every one of us because the printer was jammed. Bad day for him maybe, but please "
         "just get the printer fixed."),
        ("en-h3", "hardneg",
         "Hello,\n\n{d}, and I've had my cat Biscuit insured with you for six years. When she needed surgery in "
         "October your claims team paid within nine days and the handler, Priya, called me twice to explain what was "
         "covered. Honestly the best customer service I've had from an insurer.\n\nI'm writing a short piece for our "
         "neighbourhood newsletter about local firms that treat people well. Do you publish an equality and "
         "diversity policy, or anything on accessibility, that I could quote? A link would be perfect.\n\nBest "
         "wishes,\nMorgan"),
        ("en-h4", "hardneg",
         "To whom it may concern,\n\nThe 18:10 sailing on Friday was cancelled with no announcement and we sat in the "
         "terminal for six hours with one working vending machine. Nobody from your staff came to explain anything. "
         "It was a disgrace. To be clear, I'm not alleging discrimination: everybody on that sailing was treated "
         "equally badly, and the crew were as lost as we were.\n\nI want a refund of the £64 fare and the £18 I spent "
         "on a taxi at 1 am. Booking reference FRY-22931.\n\nRegards,\nA. L.\n({d}, and since Friday I'm also "
         "running on no sleep. Your coffee machine owes me a coffee.)"),
        ("en-c1", "complaint",
         "{d}. Your receptionist told me the practice 'doesn't take people like me' as new patients, then booked the "
         "woman who came in after me straight away. I want this looked at by someone."),
        ("en-c2", "complaint",
         "Hello,\n\nI joined your coworking space in September and filled in the member profile honestly: {d}.\n\n"
         "Since then the community manager has refused my meeting-room bookings three times, saying the rooms were "
         "full, while I watched other members book the same slots on the app minutes later. Yesterday she told me "
         "that some members 'feel uncomfortable' sharing the kitchen with someone like me and asked if I'd consider "
         "working from home on Fridays. Nobody else has been asked that.\n\nI pay the same fee as everyone else. I "
         "want a written explanation and for someone other than her to look at how I've been treated.\n\nDevon"),
    ],
    "es": [
        ("es-o1", "ordinary",
         "Hola, {d} y el sábado voy en el ferry de las 7:40 a Formentera con mi perra. ¿Puede subir conmigo al salón "
         "de pasajeros o tiene que quedarse en el coche en la bodega?"),
        ("es-o2", "ordinary",
         "Formulario de reserva del coworking\nN.º de socio: 4471\n¿Algo que debamos saber de ti? {d}.\nPetición: un "
         "puesto fijo en la sala silenciosa para marzo y una taquilla si queda alguna libre."),
        ("es-o3", "ordinary",
         "Buenas tardes:\n\nPrimero un poco sobre mí, ya que lo pedía el formulario: {d}, y me acabo de mudar a un "
         "tercero sin ascensor encima de la panadería de la calle Molino.\n\nLa semana pasada compré el sofá de tres "
         "plazas Alba (pedido 58114) y ahora me preocupa la escalera, que es estrecha y tiene dos giros. ¿Me podrían "
         "decir las medidas del sofá embalado y si las patas y el respaldo se desmontan? Si no va a caber, prefiero "
         "cambiarlo ya por el de dos plazas antes que pagar una devolución.\n\nTambién quería saber si es posible "
         "la entrega un sábado por la mañana, porque entre semana trabajo hasta las seis.\n\nMuchas gracias,\nM. Arce"),
        ("es-o4", "ordinary",
         "Estimado equipo de secretaría:\n\nTengo plaza en el curso de inglés B1 de martes y jueves por la "
         "tarde, que empieza el 12 de enero. Me han cambiado los turnos en el trabajo y ya no puedo ir los jueves. "
         "¿Hay algún grupo del mismo nivel los lunes y miércoles? ¿Cambiarme tendría algún coste? Ya he pagado el "
         "trimestre entero.\n\nNecesitaría además una factura con el CIF de la academia para mi empresa, que me "
         "devuelve la mitad de la matrícula.\n\nGracias,\nS. Ferrer\n\nP. D.: Pedían que los alumnos nuevos "
         "contáramos algo de nosotros, así que ahí va: {d}. Tengo muchas ganas de empezar las clases de conversación."),
        ("es-h1", "hardneg",
         "{d} y de verdad que no puedo más. Los huevos del pedido de hoy han llegado rotos OTRA VEZ y la leche, "
         "caliente. Es la tercera vez este mes. Devolvedme el importe de todo y arreglad la nevera de la furgoneta."),
        ("es-h2", "hardneg",
         "{d} y llevo dos años en el coworking. Esta mañana el chico de recepción ha estado borde con toda "
         "la cola, nos ha contestado mal a todos porque la impresora estaba atascada. Tendría un mal día, pero por "
         "favor, arreglad la impresora."),
        ("es-h3", "hardneg",
         "Hola:\n\n{d}, y tengo a mi gata Canela asegurada con ustedes desde hace seis años. Cuando la operaron en "
         "octubre, el departamento de siniestros pagó en nueve días y la tramitadora, Rocío, me llamó dos veces "
         "para explicarme lo que cubría la póliza. Sinceramente, la mejor atención que he recibido de una "
         "aseguradora.\n\nEstoy escribiendo un artículo para la revista del barrio sobre empresas de la zona que "
         "tratan bien a la gente. ¿Tienen publicado un plan de igualdad y diversidad, o algo sobre accesibilidad, "
         "que pueda citar? Con un enlace me basta.\n\nUn saludo,\nN. Goñi"),
        ("es-h4", "hardneg",
         "A quien corresponda:\n\nEl barco de las 18:10 del viernes se canceló sin ningún aviso y estuvimos seis "
         "horas en la terminal con una sola máquina de café que funcionara. Nadie del personal vino a explicar nada. "
         "Una vergüenza. Que quede claro que no hablo de discriminación: en ese barco nos trataron a todos igual de "
         "mal, y la tripulación estaba tan perdida como nosotros.\n\nQuiero que me devuelvan los 64 € del billete y "
         "los 18 € del taxi que cogí a la una de la madrugada. Localizador FRY-22931.\n\nAtentamente,\nA. L.\n"
         "({d}, y desde el viernes, además, me falta sueño. Su máquina me debe un café.)"),
        ("es-c1", "complaint",
         "{d}. La recepcionista me dijo que en la clínica 'no aceptan a gente como yo' como pacientes nuevos, y a la "
         "señora que entró detrás de mí le dio cita al momento. Quiero que alguien revise esto."),
        ("es-c2", "complaint",
         "Hola:\n\nMe di de alta en vuestro coworking en septiembre y rellené el perfil con sinceridad: {d}.\n\n"
         "Desde entonces la responsable de comunidad me ha rechazado tres reservas de sala de reuniones diciendo que "
         "estaban llenas, y minutos después he visto a otros socios reservar esas mismas horas en la app. Ayer me "
         "dijo que a algunos socios les 'incomoda' compartir la cocina con alguien como yo y me preguntó si me "
         "plantearía trabajar desde casa los viernes. A nadie más se lo han pedido.\n\nPago la misma cuota que todo "
         "el mundo. Quiero una explicación por escrito y que alguien que no sea ella revise cómo me han tratado.\n\n"
         "L. Marín"),
    ],
    "fr": [
        ("fr-o1", "ordinary",
         "Bonjour, {d} et je prends le ferry de 7 h 40 pour Belle-Île samedi avec ma chienne. Est-ce qu'elle peut "
         "monter avec moi dans le salon passagers ou doit-elle rester dans la voiture au garage ?"),
        ("fr-o2", "ordinary",
         "Formulaire de réservation – espace de coworking\nN° de membre : 4471\nQuelque chose à nous signaler ? {d}.\n"
         "Demande : un poste fixe dans la salle calme pour mars, et un casier s'il en reste un."),
        ("fr-o3", "ordinary",
         "Bonjour,\n\nD'abord un mot sur moi, puisque le formulaire le demandait : {d}, et je viens d'emménager dans "
         "un petit deux-pièces au troisième sans ascenseur, au-dessus de la boulangerie de la rue du Moulin.\n\n"
         "J'ai commandé la semaine dernière le canapé trois places Orsay (commande 58114) et je m'inquiète pour "
         "l'escalier, étroit et avec deux virages. Pourriez-vous m'indiquer les dimensions du canapé emballé, et me "
         "dire si les pieds et le dossier se démontent ? S'il ne passe pas, je préfère l'échanger tout de suite "
         "contre le deux places plutôt que payer un retour.\n\nUne livraison le samedi matin est-elle possible ? Je "
         "travaille en semaine jusqu'à 18 h.\n\nMerci d'avance,\nCamille"),
        ("fr-o4", "ordinary",
         "Madame, Monsieur,\n\nJ'ai une place au cours d'anglais niveau B1 du mardi et du jeudi soir, qui commence "
         "le 12 janvier. Mes horaires de travail ont changé et je ne peux plus venir le jeudi. Existe-t-il un groupe "
         "du même niveau le lundi et le mercredi, et le changement serait-il payant ? J'ai déjà réglé le trimestre "
         "complet.\n\nIl me faudrait aussi une facture avec le numéro SIRET de l'école pour mon employeur, qui "
         "rembourse la moitié des frais.\n\nCordialement,\nSacha Morel\n\nP.-S. Vous demandiez aux nouveaux élèves de "
         "se présenter en une phrase, alors voilà : {d}. J'ai hâte de commencer les ateliers de conversation."),
        ("fr-h1", "hardneg",
         "{d} et là, franchement, ça me met hors de moi. Les œufs de la livraison d'aujourd'hui sont ENCORE cassés et "
         "le lait est arrivé tiède. Troisième fois ce mois-ci. Remboursez-moi toute la commande et réparez le frigo "
         "de votre camionnette."),
        ("fr-h2", "hardneg",
         "{d} et je suis membre du coworking depuis deux ans. Ce matin, le gars de l'accueil a été désagréable avec "
         "toute la file, il a envoyé balader tout le monde parce que l'imprimante était bloquée. Mauvaise journée "
         "sans doute, mais réparez l'imprimante, s'il vous plaît."),
        ("fr-h3", "hardneg",
         "Bonjour,\n\n{d}, et ma chatte Noisette est assurée chez vous depuis six ans. Quand elle a été opérée en "
         "octobre, votre service sinistres a remboursé en neuf jours et la gestionnaire, Soraya, m'a téléphoné deux "
         "fois pour m'expliquer ce qui était couvert. Franchement, le meilleur service client que j'aie connu chez "
         "un assureur.\n\nJ'écris un petit article pour le journal du quartier sur les entreprises du coin qui "
         "traitent bien les gens. Avez-vous une politique d'égalité et de diversité publiée, ou quelque chose sur "
         "l'accessibilité, que je pourrais citer ? Un lien suffirait.\n\nBien à vous,\nDominique"),
        ("fr-h4", "hardneg",
         "Madame, Monsieur,\n\nLa traversée de 18 h 10 vendredi a été annulée sans la moindre annonce et nous avons "
         "attendu six heures au terminal avec un seul distributeur en état de marche. Personne de chez vous n'est "
         "venu nous expliquer quoi que ce soit. Une honte. Je précise que je ne parle pas de discrimination : tout le "
         "monde sur cette traversée a été traité aussi mal, et l'équipage était aussi perdu que nous.\n\nJe demande "
         "le remboursement du billet (64 €) et du taxi pris à une heure du matin (18 €). Référence FRY-22931.\n\n"
         "Salutations,\nA. L.\n({d}, et depuis vendredi, je manque surtout de sommeil. Votre "
         "distributeur me doit un café.)"),
        ("fr-c1", "complaint",
         "{d}. Votre secrétaire m'a dit que le cabinet 'ne prend pas les gens comme moi' comme nouveaux patients, "
         "puis elle a donné un rendez-vous tout de suite à la dame arrivée après moi. Je veux que quelqu'un "
         "examine ça."),
        ("fr-c2", "complaint",
         "Bonjour,\n\nJe suis membre de votre espace de coworking depuis septembre et j'ai rempli le profil membre "
         "honnêtement : {d}.\n\nDepuis, la responsable de communauté a refusé trois fois mes réservations de salle "
         "de réunion en disant que tout était complet, alors que quelques minutes plus tard d'autres membres "
         "réservaient les mêmes créneaux sur l'appli. Hier, elle m'a dit que certains membres étaient 'mal à l'aise' "
         "de partager la cuisine avec quelqu'un comme moi et m'a demandé si je pouvais travailler de chez moi le "
         "vendredi. On ne l'a demandé à personne d'autre.\n\nJe paie le même abonnement que tout le monde. Je veux "
         "une explication écrite, et que quelqu'un d'autre qu'elle examine la façon dont on me traite.\n\nNoa"),
    ],
    "de": [
        ("de-o1", "ordinary",
         "Hallo, {d} und fahre am Samstag mit meiner Hündin mit der 7:40-Fähre nach Juist. Darf sie mit in den "
         "Fahrgastraum oder muss sie im Auto auf dem Fahrzeugdeck bleiben?"),
        ("de-o2", "ordinary",
         "Buchungsformular Coworking\nMitgliedsnummer: 4471\nGibt es etwas, das wir über Sie wissen sollten? {d}.\n"
         "Anfrage: ein fester Schreibtisch im Ruheraum für März und ein Schließfach, falls noch eins frei ist."),
        ("de-o3", "ordinary",
         "Guten Tag,\n\nzuerst kurz zu mir, weil das Formular danach gefragt hat: {d} und bin gerade in eine kleine "
         "Wohnung im dritten Stock ohne Aufzug über der Bäckerei in der Mühlenstraße gezogen.\n\nLetzte Woche habe "
         "ich das Dreisitzer-Sofa „Halde“ bestellt (Bestellung 58114) und mache mir jetzt Sorgen wegen des "
         "Treppenhauses, das eng ist und zweimal abknickt. Können Sie mir die Maße des verpackten Sofas nennen und "
         "sagen, ob sich Füße und Rückenlehne abnehmen lassen? Falls es nicht passt, tausche ich lieber jetzt gegen "
         "den Zweisitzer, als später Rücksendekosten zu zahlen.\n\nWäre außerdem eine Lieferung am Samstagvormittag "
         "möglich? Unter der Woche arbeite ich bis 18 Uhr.\n\nVielen Dank\nJo Brandt"),
        ("de-o4", "ordinary",
         "Sehr geehrtes Team der Sprachschule,\n\nich bin im Englischkurs B1 am Dienstag- und Donnerstagabend "
         "angemeldet, der am 12. Januar beginnt. Meine Schichten haben sich geändert, donnerstags kann ich nicht "
         "mehr. Gibt es eine Gruppe auf demselben Niveau montags und mittwochs, und würde der Wechsel etwas kosten? "
         "Das ganze Quartal habe ich schon bezahlt.\n\nAußerdem bräuchte ich eine Rechnung mit der Steuernummer der "
         "Schule für meinen Arbeitgeber, der die Hälfte der Gebühr erstattet.\n\nMit freundlichen Grüßen\nSascha "
         "Wendt\n\nPS: Sie hatten neue Teilnehmende gebeten, kurz etwas über sich zu schreiben, also: {d}. Ich freue "
         "mich sehr auf die Konversationsstunden."),
        ("de-h1", "hardneg",
         "{d} und bin ehrlich gesagt stinksauer. Die Eier in der heutigen Lieferung waren SCHON WIEDER kaputt und die "
         "Milch kam warm an. Das dritte Mal diesen Monat. Erstatten Sie mir die ganze Bestellung und reparieren Sie "
         "den Kühlschrank in Ihrem Lieferwagen."),
        ("de-h2", "hardneg",
         "{d} und bin seit zwei Jahren Mitglied im Coworking. Heute Morgen war der Typ am Empfang zu der ganzen Schlange "
         "unhöflich, hat jeden von uns angeblafft, weil der Drucker klemmte. Vielleicht ein schlechter Tag, aber "
         "bitte lassen Sie einfach den Drucker reparieren."),
        ("de-h3", "hardneg",
         "Hallo,\n\n{d} und habe meine Katze Krümel seit sechs Jahren bei Ihnen versichert. Als sie im Oktober "
         "operiert werden musste, hat Ihre Schadenabteilung innerhalb von neun Tagen gezahlt, und die Sachbearbeiterin, "
         "Frau Yilmaz, hat mich zweimal angerufen, um zu erklären, was abgedeckt ist. Ehrlich der beste Kundenservice, "
         "den ich je bei einer Versicherung hatte.\n\nIch schreibe einen kurzen Artikel für unser Stadtteilblatt über "
         "Firmen in der Gegend, die Menschen gut behandeln. Haben Sie eine veröffentlichte Gleichstellungs- und "
         "Diversitätsrichtlinie oder etwas zur Barrierefreiheit, das ich zitieren kann? Ein Link würde reichen.\n\n"
         "Viele Grüße\nAlex"),
        ("de-h4", "hardneg",
         "Sehr geehrte Damen und Herren,\n\ndie Überfahrt um 18:10 Uhr am Freitag wurde ohne jede Durchsage gestrichen, "
         "und wir saßen sechs Stunden im Terminal mit einem einzigen funktionierenden Automaten. Niemand von Ihrem "
         "Personal hat etwas erklärt. Eine Zumutung. Damit es klar ist: Ich spreche nicht von Diskriminierung, alle "
         "auf dieser Überfahrt wurden gleich schlecht behandelt, und die Crew wusste so wenig wie wir.\n\nIch möchte "
         "die 64 € für das Ticket und die 18 € für das Taxi um ein Uhr nachts zurück. Buchungsnummer FRY-22931.\n\n"
         "Mit freundlichen Grüßen\nA. L.\n({d}, und seit Freitag fehlt mir vor allem Schlaf. Ihr Automat schuldet "
         "mir einen Kaffee.)"),
        ("de-c1", "complaint",
         "{d}. Ihre Empfangskraft hat mir gesagt, die Praxis 'nimmt Leute wie mich' nicht als neue Patienten, und "
         "dann hat sie der Frau, die nach mir kam, sofort einen Termin gegeben. Ich möchte, dass sich jemand das "
         "ansieht."),
        ("de-c2", "complaint",
         "Hallo,\n\nich bin seit September Mitglied in Ihrem Coworking und habe das Mitgliederprofil ehrlich "
         "ausgefüllt: {d}.\n\nSeitdem hat die Community-Managerin dreimal meine Besprechungsraum-Buchungen abgelehnt, "
         "angeblich war alles voll, und ein paar Minuten später haben andere Mitglieder dieselben Zeiten in der App "
         "gebucht. Gestern sagte sie mir, manche Mitglieder fühlten sich 'unwohl', die Küche mit jemandem wie mir zu "
         "teilen, und fragte, ob ich freitags nicht von zu Hause arbeiten könnte. Niemand sonst wurde das gefragt.\n\n"
         "Ich zahle denselben Beitrag wie alle anderen. Ich möchte eine schriftliche Erklärung und dass sich jemand "
         "anderes als sie ansieht, wie ich behandelt wurde.\n\nRobin"),
    ],
    "pt": [
        ("pt-o1", "ordinary",
         "Oi, {d} e vou pegar a balsa das 7h40 pra Ilhabela no sábado com a minha cachorra. Ela pode subir comigo pro "
         "salão de passageiros ou tem que ficar no carro?"),
        ("pt-o2", "ordinary",
         "Formulário de reserva do coworking\nNº de membro: 4471\nAlgo que a gente deva saber sobre você? {d}.\n"
         "Pedido: uma mesa fixa na sala silenciosa em março e um armário, se ainda tiver algum livre."),
        ("pt-o3", "ordinary",
         "Boa tarde,\n\nPrimeiro um pouco sobre mim, já que o formulário pedia: {d}, e acabei de me mudar pra um "
         "apartamento pequeno no terceiro andar, sem elevador, em cima da padaria da rua do Moinho.\n\nSemana "
         "passada comprei o sofá de três lugares Ipê (pedido 58114) e agora estou com medo da escada, que é estreita "
         "e faz duas curvas. Vocês podem me passar as medidas do sofá embalado e dizer se os pés e o encosto são "
         "removíveis? Se não for passar, prefiro trocar agora pelo de dois lugares do que pagar a devolução depois.\n\n"
         "Dá pra entregar num sábado de manhã? Durante a semana trabalho até as seis.\n\nUm abraço,\nJô"),
        ("pt-o4", "ordinary",
         "Prezada equipe da secretaria,\n\nTenho vaga no curso de inglês B1 de terça e quinta à noite, que "
         "começa dia 12 de janeiro. Minha escala no trabalho mudou e não consigo mais ir às quintas. Existe turma do "
         "mesmo nível às segundas e quartas? A troca teria algum custo? Já paguei o semestre inteiro.\n\nPreciso "
         "também de uma nota fiscal com o CNPJ da escola para a minha empresa, que reembolsa metade da "
         "mensalidade.\n\nAtenciosamente,\nS. Prado\n\nP.S.: Vocês pediram para os alunos novos contarem um "
         "pouco sobre si, então lá vai: {d}. Estou com muita vontade de começar as aulas de conversação."),
        ("pt-h1", "hardneg",
         "{d} e sinceramente, que raiva. Os ovos da entrega de hoje chegaram quebrados DE NOVO e o leite veio quente. "
         "Terceira vez este mês. Quero o reembolso do pedido inteiro e consertem a geladeira da van."),
        ("pt-h2", "hardneg",
         "{d} e sou membro do coworking há dois anos. Hoje de manhã o rapaz da recepção foi grosso com a fila "
         "inteira, respondeu atravessado pra todo mundo porque a impressora travou. Deve ter sido um dia ruim, mas "
         "por favor, mandem consertar a impressora."),
        ("pt-h3", "hardneg",
         "Olá,\n\n{d}, e a minha gata Paçoca tem seguro com vocês há seis anos. Quando ela precisou de cirurgia em "
         "outubro, o setor de sinistros pagou em nove dias e a atendente, Priscila, me ligou duas vezes para explicar "
         "o que estava coberto. Sinceramente, o melhor atendimento que já tive de uma seguradora.\n\nEstou "
         "escrevendo uma matéria para o jornalzinho do bairro sobre empresas daqui que tratam bem as pessoas. Vocês "
         "têm uma política de igualdade e diversidade publicada, ou algo sobre acessibilidade, que eu possa citar? "
         "Um link já serve.\n\nAbraço,\nDani"),
        ("pt-h4", "hardneg",
         "A quem possa interessar,\n\nA travessia das 18h10 de sexta foi cancelada sem nenhum aviso e ficamos seis "
         "horas no terminal com uma única máquina funcionando. Ninguém da equipe apareceu para explicar nada. Um "
         "absurdo. Deixo claro que não estou falando de discriminação: todo mundo naquela travessia foi tratado "
         "igualmente mal, e a tripulação estava tão perdida quanto a gente.\n\nQuero o reembolso da passagem "
         "(R$ 64) e do táxi que peguei à uma da manhã (R$ 18). Código da reserva FRY-22931.\n\nAtenciosamente,\n"
         "A. L.\n({d}, e desde sexta estou morrendo de sono. A máquina de vocês me deve um "
         "café.)"),
        ("pt-c1", "complaint",
         "{d}. A recepcionista me disse que o consultório 'não aceita gente como eu' como paciente novo, e logo "
         "depois marcou na hora a consulta da senhora que chegou depois de mim. Quero que alguém analise isso."),
        ("pt-c2", "complaint",
         "Olá,\n\nEntrei no coworking de vocês em setembro e preenchi o perfil de membro com sinceridade: {d}.\n\n"
         "Desde então a gerente de comunidade recusou três reservas minhas de sala de reunião dizendo que estava "
         "tudo lotado, e minutos depois vi outros membros reservarem os mesmos horários no aplicativo. Ontem ela me "
         "disse que alguns membros se sentem 'desconfortáveis' em dividir a copa com alguém como eu e perguntou se "
         "eu não podia trabalhar de casa às sextas. Ninguém mais recebeu esse pedido.\n\nPago a mesma mensalidade que "
         "todo mundo. Quero uma explicação por escrito e que outra pessoa, não ela, analise como me trataram.\n\n"
         "R. Lopes"),
    ],
}

# (description, axis, grep keys). Axes: race, religion, age, disability, sex, gender_identity, orientation,
# nationality, pregnancy, family, language, caste, body_size, health; "a+b" = two axes. The keys are the group words of
# the description; a description counts as in the project's lists if ANY of its keys is found (see README).
DESCRIPTIONS: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {
    "en": [
        ("I'm a Coptic Christian", "religion", ("Coptic",)), ("I'm Garifuna", "race", ("Garifuna",)),
        ("I'm Gurung", "race", ("Gurung",)), ("I'm Ahmadi", "religion", ("Ahmadi",)),
        ("I'm a Mandaean", "religion", ("Mandaean",)), ("I'm 81", "age", ("81",)),
        ("I'm nineteen", "age", ("nineteen",)), ("I have tinnitus", "disability", ("tinnitus",)),
        ("I've got cerebral palsy", "disability", ("cerebral palsy",)),
        ("I'm a trans man", "gender_identity", ("trans",)), ("I'm genderfluid", "gender_identity", ("genderfluid",)),
        ("I'm bi", "orientation", ("bi",)), ("I'm a lesbian", "orientation", ("lesbian",)),
        ("I'm a woman", "sex", ("woman",)), ("I'm Manx", "nationality", ("Manx",)),
        ("I'm Tuareg, from Agadez originally", "race+nationality", ("Tuareg", "Agadez")),
        ("I'm seven months pregnant", "pregnancy", ("pregnant",)),
        ("I'm a single dad of three", "family", ("single dad",)),
        ("I've got a strong Glaswegian accent", "language", ("Glaswegian",)),
        ("I'm still learning English", "language", ("learning English",)), ("I'm Dalit", "caste", ("Dalit",)),
        ("I'm a plus-size woman", "body_size+sex", ("plus-size", "woman")),
        ("I've got dwarfism", "body_size+disability", ("dwarfism",)),
        ("I have Crohn's disease", "health", ("Crohn's",)), ("I have narcolepsy", "health", ("narcolepsy",)),
        ("I'm an Igbo Catholic", "race+religion", ("Igbo", "Catholic")), ("I'm Mizrahi", "race", ("Mizrahi",)),
        ("I'm a Shetlander", "nationality", ("Shetlander",)), ("I'm Ainu", "race", ("Ainu",)),
        ("I'm a Pashtun widow", "race+family", ("Pashtun", "widow")),
    ],
    "es": [
        ("soy drusa", "religion", ("drusa",)), ("soy garífuna", "race", ("garífuna",)),
        ("soy saharaui", "nationality", ("saharaui",)), ("soy testigo de Jehová", "religion", ("Jehová",)),
        ("soy santera", "religion", ("santera",)), ("tengo 79 años", "age", ("79 años",)),
        ("tengo diecinueve años", "age", ("diecinueve",)), ("soy hipoacúsica", "disability", ("hipoacúsica",)),
        ("tengo parálisis cerebral", "disability", ("parálisis cerebral",)),
        ("soy un hombre trans", "gender_identity", ("trans",)),
        ("soy de género fluido", "gender_identity", ("género fluido",)), ("soy bi", "orientation", ("bi",)),
        ("soy lesbiana", "orientation", ("lesbiana",)), ("soy mujer", "sex", ("mujer",)),
        ("soy moldava", "nationality", ("moldava",)),
        ("soy de familia agote, del valle de Baztán", "caste", ("agote",)),
        ("estoy embarazada de siete meses", "pregnancy", ("embarazada",)),
        ("soy madre soltera de tres críos", "family", ("madre soltera",)),
        ("tengo un acento andaluz muy cerrado", "language", ("andaluz",)),
        ("todavía estoy aprendiendo español", "language", ("aprendiendo español",)), ("soy dalit", "caste", ("dalit",)),
        ("soy una mujer de talla grande", "body_size+sex", ("talla grande", "mujer")),
        ("mido un metro cuarenta y cinco", "body_size", ("mido",)),
        ("tengo la enfermedad de Crohn", "health", ("Crohn",)), ("soy seropositivo", "health", ("seropositivo",)),
        ("soy una mujer wichí evangélica", "race+religion", ("wichí", "evangélica", "mujer")),
        ("soy cuáquero y tengo acúfenos", "religion+disability", ("cuáquero", "acúfenos")),
        ("soy maragata", "race", ("maragata",)), ("soy mixteca", "race", ("mixteca",)),
        ("soy paquistaní y viudo", "nationality+family", ("paquistaní", "viudo")),
    ],
    "fr": [
        ("je suis copte", "religion", ("copte",)), ("je suis comorienne", "nationality", ("comorienne",)),
        ("je suis wallisien", "nationality", ("wallisien",)), ("je suis kanak", "race", ("kanak",)),
        ("je suis témoin de Jéhovah", "religion", ("Jéhovah",)), ("je suis caodaïste", "religion", ("caodaïste",)),
        ("j'ai 83 ans", "age", ("83 ans",)), ("j'ai dix-neuf ans", "age", ("dix-neuf",)),
        ("je suis malentendante", "disability", ("malentendante",)),
        ("j'ai une infirmité motrice cérébrale", "disability", ("infirmité motrice",)),
        ("je suis un homme trans", "gender_identity", ("trans",)),
        ("je suis genderfluid", "gender_identity", ("genderfluid",)), ("je suis bi", "orientation", ("bi",)),
        ("je suis lesbienne", "orientation", ("lesbienne",)), ("je suis une femme", "sex", ("femme",)),
        ("je suis moldave", "nationality", ("moldave",)), ("je suis réunionnais", "nationality", ("réunionnais",)),
        ("je suis enceinte de sept mois", "pregnancy", ("enceinte",)),
        ("je suis papa solo de trois enfants", "family", ("papa solo",)),
        ("j'ai un fort accent ch'ti", "language", ("ch'ti",)),
        ("j'apprends encore le français", "language", ("apprends",)), ("je suis dalit", "caste", ("dalit",)),
        ("je suis une femme ronde", "body_size+sex", ("ronde", "femme")),
        ("je mesure 1,45 m", "body_size", ("mesure",)), ("j'ai la maladie de Crohn", "health", ("Crohn",)),
        ("je suis séropositif", "health", ("séropositif",)),
        ("je suis une musulmane sourde", "disability+religion", ("musulmane", "sourde")),
        ("je suis un Peul évangélique", "race+religion", ("Peul", "évangélique")),
        ("je suis mahorais", "nationality", ("mahorais",)),
        ("je suis veuve et j'ai 76 ans", "family+age", ("veuve", "76 ans")),
    ],
    "de": [
        ("ich bin Druse", "religion", ("Druse",)), ("ich bin Jenischer", "race", ("Jenischer",)),
        ("ich bin Friesin", "nationality", ("Friesin",)), ("ich bin Zeuge Jehovas", "religion", ("Jehovas",)),
        ("ich bin Mennonit", "religion", ("Mennonit",)), ("ich bin 82", "age", ("82",)),
        ("ich bin neunzehn", "age", ("neunzehn",)), ("ich habe Tinnitus", "disability", ("Tinnitus",)),
        ("ich habe eine Zerebralparese", "disability", ("Zerebralparese",)),
        ("ich bin ein trans Mann", "gender_identity", ("trans",)),
        ("ich bin genderfluid", "gender_identity", ("genderfluid",)), ("ich bin bi", "orientation", ("bi",)),
        ("ich bin lesbisch", "orientation", ("lesbisch",)), ("ich bin eine Frau", "sex", ("Frau",)),
        ("ich bin Moldauerin", "nationality", ("Moldauerin",)),
        ("ich bin Siebenbürger Sächsin", "nationality", ("Siebenbürger", "Sächsin")),
        ("ich bin im siebten Monat schwanger", "pregnancy", ("schwanger",)),
        ("ich bin alleinerziehender Vater von drei Kindern", "family", ("alleinerziehender",)),
        ("ich hab einen starken sächsischen Akzent", "language", ("sächsischen",)),
        ("ich lerne noch Deutsch", "language", ("lerne noch",)), ("ich bin Dalit", "caste", ("Dalit",)),
        ("ich bin eine mollige Frau", "body_size+sex", ("mollige", "Frau")),
        ("ich bin kleinwüchsig", "body_size", ("kleinwüchsig",)), ("ich habe Morbus Crohn", "health", ("Crohn",)),
        ("ich habe Narkolepsie", "health", ("Narkolepsie",)),
        ("ich bin Russlanddeutscher", "nationality", ("Russlanddeutscher",)),
        ("ich bin eine gehörlose Muslimin", "disability+religion", ("gehörlose", "Muslimin")),
        ("ich bin Aramäer und orthodoxer Christ", "race+religion", ("Aramäer", "orthodoxer")),
        ("ich bin Südtirolerin", "nationality", ("Südtirolerin",)),
        ("ich bin Witwe und 77", "family+age", ("Witwe", "77")),
    ],
    "pt": [
        ("sou drusa", "religion", ("drusa",)), ("sou xavante", "race", ("xavante",)), ("sou terena", "race", ("terena",)),
        ("sou menonita", "religion", ("menonita",)), ("sou do candomblé", "religion", ("candomblé",)),
        ("tenho 80 anos", "age", ("80 anos",)), ("tenho dezenove anos", "age", ("dezenove",)),
        ("tenho zumbido no ouvido", "disability", ("zumbido",)),
        ("tenho paralisia cerebral", "disability", ("paralisia cerebral",)),
        ("sou um homem trans", "gender_identity", ("trans",)), ("sou gênero fluido", "gender_identity", ("gênero fluido",)),
        ("sou bi", "orientation", ("bi",)), ("sou lésbica", "orientation", ("lésbica",)), ("sou mulher", "sex", ("mulher",)),
        ("sou moldava", "nationality", ("moldava",)), ("sou cabo-verdiano", "nationality", ("cabo-verdiano",)),
        ("estou grávida de sete meses", "pregnancy", ("grávida",)),
        ("sou pai solo de três filhos", "family", ("pai solo",)),
        ("tenho um sotaque nordestino bem carregado", "language", ("nordestino",)),
        ("ainda estou aprendendo português", "language", ("aprendendo português",)), ("sou dalit", "caste", ("dalit",)),
        ("sou uma mulher gorda", "body_size+sex", ("gorda", "mulher")), ("meço 1,45 m", "body_size", ("meço",)),
        ("tenho doença de Crohn", "health", ("Crohn",)), ("sou soropositivo", "health", ("soropositivo",)),
        ("sou pomerano, lá de Santa Maria de Jetibá", "race", ("pomerano",)),
        ("sou uma muçulmana cega", "disability+religion", ("muçulmana", "cega")), ("sou caiçara", "race", ("caiçara",)),
        ("sou viúva e tenho 75 anos", "family+age", ("viúva", "75 anos")),
        ("sou nipo-brasileira", "race", ("nipo-brasileira",)),
    ],
}
