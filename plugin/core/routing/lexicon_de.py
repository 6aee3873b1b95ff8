"""German routing lexicon. Same format and rules as lexicon_en.py (read its docstring first).

Folding turns ``ä ö ü`` into ``a o u`` and ``ß`` into ``ss``; patterns may be written with umlauts.
"""

LANG = "de"
STOPWORDS = frozenset(
    "der die das und ist ich nicht mit mein meine sie ihr ihre ein eine zu den dem bei von auf für es wird "
    "wurde weil hat habe bin sind mich mir wir uns auch aber noch".split())

_NATIONS = ("(türkisch|polnisch|arabisch|russisch|rumänisch|afrikanisch|syrisch|afghanisch|kurdisch|bulgarisch|"
            "ukrainisch|serbisch|kroatisch|bosnisch|albanisch|nigerianisch|vietnamesisch|chinesisch|indisch|"
            "pakistanisch)\\w*|türken|araber|afrikaner|syrer|"
            "(ich bin|er ist|sie ist|als|weil ich) (ein |eine )?(türke|türkin|pole|polin|russe|russin|syrer\\w*|"
            "deutsche[r]?|österreicher\\w*|schweizer\\w*|amerikaner\\w*|engländer\\w*|franzose|französin)")

NOT_BIAS = [
    r"preis(diskriminierung|differenzierung)", r"diskriminierung (bei|von) preisen", r"race[- ]?condition\w*",
    r"black[- ]?friday\w*", r"(konto|karte|profil|zugang|funktion|option|dienst|nutzer\w*|app|account)( \w+)?( \w+)? "
    r"(deaktiviert|gesperrt)", r"(schwarz\w*|weiß\w*) (version|modell|farbe|hülle|ausführung)",
    r"schwarzfahr\w*|schwarzarbeit\w*|schwarzwald\w*|schwarzes brett", r"ich bin (kein|keine) (rassist|sexist)\w*",
]

STRONG = {
    "": [r"diskriminier\w*", r"diskriminierung\w*", r"vorurteil\w*", r"voreingenommen\w*", r"ungleichbehandlung\w*",
         r"hassverbrechen|hassrede|hetze", r"antidiskriminierung\w*"],
    "race": [r"rassis(t|mus|tisch)\w*", r"racial profiling"],
    "sex": [r"sexis(t|mus|tisch)\w*", r"frauenfeindlich\w*", r"misogyn\w*", r"sexuelle belästigung"],
    "sexual_orientation": [r"homophob\w*", r"schwulenfeindlich\w*", r"lesbenfeindlich\w*", r"queerfeindlich\w*"],
    "gender_identity": [r"transphob\w*", r"transfeindlich\w*", r"misgender\w*"],
    "age": [r"altersdiskriminierung\w*", r"ageis\w*", r"altersfeindlich\w*"],
    "disability": [r"behindertenfeindlich\w*", r"ableis\w*"],
    "national_origin": [r"ausländerfeindlich\w*", r"fremdenfeindlich\w*", r"xenophob\w*"],
    "religion": [r"islamfeindlich\w*", r"antisemit\w*", r"muslimfeindlich\w*", r"judenfeindlich\w*"],
    "ethnicity": [r"antiziganis\w*"],
}

CHARACTERISTICS = {
    "race": [r"(ich bin|er ist|sie ist|wir sind|als) (ein |eine )?(schwarze\w*|dunkelhäutig\w*|asiat\w*|person of color|"
             r"weiß\w*)", r"(weil|da) ich (schwarz|weiß|asiatisch|dunkelhäutig) bin",
             r"(schwarz\w*|weiß\w*|asiatisch\w*|dunkelhäutig\w*) (kunden|kundinnen|menschen|leute|personen|mitarbeiter\w*|"
             r"kollegen|kolleginnen|familie\w*|männer|frauen|nachbarn|freunde)", r"rasse"],
    "colour": [r"hautfarbe|(dunkle|helle|schwarze|weiße)\w* haut"],
    "ethnicity": [r"roma|sinti|zigeuner\w*|araber\w*|jude|juden|jüdin|jüdisch\w*|kurde\w*|kurdin|ethnisch\w*|ethnie\w*"],
    "national_origin": [r"ausländer\w*|ausländisch\w*|migrant\w*|migrationshintergrund|einwander\w*|zuwander\w*",
                        r"flüchtling\w*|geflüchtet\w*|asylbewerber\w*",
                        r"(meine\w*|seine\w*|unsere\w*) (herkunft|nationalität|staatsangehörigkeit|wurzeln)",
                        rf"({_NATIONS})",
                        r"zurück in (dein|ihr) land|wo (ich|er|sie|du) herkomm\w*"],
    "accent_language": [r"akzent\w*|dialekt\w*|muttersprache\w*|nicht-?muttersprachler\w*|gebärdensprache",
                        r"(mein|meine|sein|seine|ihr|ihre) (aussprache|deutsch\w*|sprachkenntnisse)",
                        r"(wie|so wie) ich (spreche|rede|schreibe)"],
    "religion": [r"muslim\w*|moslem\w*|islam\w*|jude|juden|jüdin|jüdisch\w*|christen|christin|christlich\w*|katholisch\w*",
                 r"evangelisch\w*|sikh\w*|hindu\w*|buddhist\w*|atheist\w*|religi\w*|(mein|meinen|meines) glaube\w*",
                 r"kopftuch\w*|hidschab|hijab|schleier|turban|kippa|burka|niqab|moschee|synagoge|ramadan|beten|gebet\w*",
                 r"koscher|halal"],
    "sex": [r"(weil|da) ich (eine |ein )?(frau|mann) bin", r"(als|ich bin eine|ich bin ein) (frau|mann)", r"(mein|meines|ihr|ihres) geschlecht\w*",
            r"(wegen|aufgrund) (meines|ihres|des) geschlecht\w*", r"frauen (können|sind|verstehen|haben) (nicht|kein\w*)",
            r"(die )?einzige frau", r"(weibliche|männliche) (kunden|kundinnen|fahrer\w*|mitarbeiter\w*)"],
    "gender_identity": [r"trans|transgender|cis|cisgender|transsexuell\w*|transfrau|transmann|nicht-?binär\w*|non-?binary|divers",
                        r"intergeschlechtlich\w*|pronomen|geschlechtsidentität|deadname\w*",
                        r"(mein\w*|sein\w*|ihr\w*) (alte\w*|frühere\w*|vorherige\w*) (namen|name)"],
    "sexual_orientation": [r"schwul\w*|lesbisch\w*|lesbe\w*|bisexuell\w*|homosexuell\w*|queer\w*|lgbt\w*",
                           r"gleichgeschlechtlich\w*|zwei (männer|frauen|väter|mütter)|regenbogen(flagge|fahne)",
                           r"sexuelle orientierung|heterosexuell\w*|hetero"],
    "age": [r"(wegen|aufgrund) (meines|seines|ihres|des) alters", r"in meinem alter", r"zu (alt|jung)",
            r"(ältere|alte|junge|jüngere) (menschen|leute|kunden|kundinnen|personen|bewerber\w*)",
            r"senior\w*|rentner\w*|pensionär\w*|betagt\w*|hochbetagt",
            r"(ich bin|er ist|sie ist|mit|ab|über) \d{2}( jahre\w*)?(?! ?(euro|eur|prozent|%|minuten|stunden|tage|kg|km))",
            r"\d{2} jahre alt"],
    "disability": [r"behinder\w*|schwerbehindert\w*|rollstuhl\w*|blinde[nrm]?|erblindet|(bin|ist|sind) (\w+ )?blind",
                   r"sehbehindert\w*|gehörlos\w*|taub",
                   r"schwerhörig\w*|autis\w*|blindenhund\w*|assistenzhund\w*|führhund\w*|down-?syndrom|hiv",
                   r"psychisch\w* (krank\w*|erkrank\w*)|chronisch krank\w*|legasthen\w*|gehhilfe|krücken|prothese\w*",
                   r"epilep\w*|screenreader|vorleseprogramm|schlaganfall\w*|(mein\w*|sein\w*|ihr\w*) (krebs|demenz|"
                   r"erkrankung|diagnose)|stotter\w*"],
    "pregnancy": [r"schwanger\w*|mutterschutz|mutterschaft\w*|stillen|stillzeit|entbindung\w*"],
    "family_status": [r"alleinerziehend\w*|familienstand|kinderreich\w*|(ich habe|wir haben) (\w+ )?kinder",
                      r"verheiratet|geschieden|verwitwet|ledig|(weil|da) ich (mutter|vater) bin|elternzeit"],
    "neighbourhood": [r"(wegen|aufgrund) (meiner|unserer|der) (postleitzahl|plz|adresse|wohngegend|gegend)",
                      r"(die )?(straße|gegend|häuser) nebenan", r"brennpunkt\w*|problemviertel|ghetto|plattenbau\w*",
                      r"(arme\w*|reiche\w*|schlechte\w*|bessere\w*) (gegend|viertel|stadtteil|wohngegend)",
                      r"wo (hier )?(viele )?(ausländer|migranten|türken|arme) wohnen", r"wegen (der gegend,? )?wo ich wohne"],
    "name": [r"(mein\w*|sein\w*) (vorname\w*|nachname\w*|familienname\w*|name|namen)",
             r"(meines|seines) (\w+ )?(namens|nachnamens|vornamens)",
             r"(türkisch\w*|arabisch\w*|ausländisch\w*|fremd\w*|muslimisch\w*|afrikanisch\w*|polnisch\w*) "
             r"(namen?|nachnamen?|vornamen?)"],
    "": [r"(leute|menschen) wie (ich|mich|wir|uns)", r"solche (leute|menschen|kunden)", r"minderheit\w*"],
}

ADVERSE = [
    r"verweiger\w*", r"geweigert|weigert\w*", r"abgelehnt|ablehn\w*", r"abgewiesen|abweis\w*",
    r"(nicht|nie|kein\w*) (bedient|mitgenommen|reingelassen|eingelassen|beliefert|geliefert|akzeptiert|angenommen|"
    r"vermietet|verkauft|angeboten|versichert|eingestellt|erlaubt|zugelassen|ernst genommen|geholfen|verstanden|erkannt)",
    r"(wollte|wollten|will|wollen|durfte|darf|konnte|kann) (mich|uns|ihn|sie) (\w+ ){0,3}(nicht|nie) (mitnehmen|"
    r"bedienen|reinlassen|beliefern|nehmen|versichern|ernst nehmen)",
    r"(liefern|liefert|bedienen|bedient|vermieten|vermietet|versteht|erkennt|funktioniert|nehmen|nimmt|akzeptiert|"
    r"akzeptieren) (\w+ )?(nicht|nie|kein\w*)", r"lustig gemacht|macht\w* sich (\w+ )?lustig|ausgelacht|verspottet",
    r"beleidig\w*|gedemütigt|demütig\w*|beschimpf\w*|herablassend|rausgeworfen|rausgeschmissen|verfolgt|beobachtet",
    r"(witze|bemerkungen|kommentare|sprüche) (über|gemacht)|(machte|machten|gemacht) \w* ?(witze|bemerkungen|sprüche)",
    r"anders (behandelt|behandeln)", r"(schlechter|unfair|ungerecht) behandelt", r"ungerecht\w*|unfair\w*|benachteilig\w*",
    r"zweiter klasse|mit zweierlei maß", r"(der )?einzige unterschied", r"(alle|jeder|niemand|keiner) (anderen?|sonst)",
    r"(andere|anderen) (kunden|kundinnen|leute|personen|fahrgäste|bewerber\w*)",
    r"(denselben|dieselbe|dasselbe|gleiche\w*|selbe\w*) (tarif|gehalt|vertrag|angebot|problem|profil|auto|einkommen)",
    r"(, |aber |und )ich nicht(?= ?[.!?,;]|$)", r"(höher\w*|teurer\w*) (preis\w*|prämie\w*|zins\w*|beitrag\w*)",
    r"mehr (zahlen|bezahlen)|verlangt \w* (einen )?höher\w*", r"gekündigt|gesperrt|storniert|eingefroren",
    r"(seit|seitdem|als|sobald|nachdem) (\w+ ){0,5}(erwähnt|gesagt|erzählt|sagte|erwähnte|gehört|sah|sahen|hörte|"
    r"hörten|erfuhren|erfahren|mitgeteilt)", r"aufgelegt|legte auf", r"(plötzlich|auf einmal) (\w+ )?(vergeben|weg|storniert)",
    r"(bekomme|bekommt|erhalte|erhält|bekam|bekamen) (ich|wir|er|sie) (\w+ )?(nicht mehr|kein\w* \w+ mehr)",
    r"(ist|war) (es|das) (weil|wegen)", r"zufall", r"absichtlich|mit absicht", r"nur (weil|wegen)",
    r"(wollte|wollten|will|wollen|durfte|konnte|kann) (mir|uns|ihm|ihr) (\w+ ){0,4}(kein\w*|nicht)",
    r"(sortiert|sortieren|filtert|filtern) (\w+ ){0,4}aus|aussortiert|herausgefiltert|systematisch",
    r"(stören|sind ein problem|lästig)", r"abgesagt|absage\w*", r"nur (mich|mir|uns)(?= ?[.!?,;]|$)",
    r"nachgeäfft|nachgemacht|imitiert", r"statt (mir|mich|uns)|anstatt (mit )?(mir|mich|uns)",
    r"(kollege|kollegin|nachbar|nachbarin|freund|freundin|bruder|schwester|mann|frau) (aber )?(nie|nicht)(?= ?[.!?,;]|$)",
    r"(während|wohingegen) (mein\w*|andere\w*|die anderen)", r"(mehrmals|dreimal|zweimal|ständig|immer wieder) nach",
]

REPORTED = [r"(sagte|sagten|meinte|meinten|antwortete|erklärte)( mir| uns)?,? (dass)?", r"hat (mir |uns )?gesagt"]

EXCLUSION = [r"ausgeschlossen|ausschluss|ausgrenz\w*|außen vor", r"(keine|gar keine) (möglichkeit|option) für",
             r"nicht (für|auf) (\w+ ){0,2}(ausgelegt|gemacht|gedacht)",
             r"(kann|können) man (\w+ ){0,3}(nicht|überhaupt nicht|gar nicht) (bedienen|nutzen|benutzen)"]

AI_TERMS = [r"ki|k\.i\.|künstliche intelligenz|algorithm\w*|chatbot\w*|bots?|roboter\w*|automati\w*",
            r"gesichtserkennung\w*|spracherkennung\w*|sprachassistent\w*|das system"]

NEGATION = [r"nicht|kein\w*|nie|niemals|nichts|weder|ohne|niemand", r"hat nichts mit"]

NOT_WANTED = [r"(will|möchte|muss|brauche) (\w+ )?(nicht|kein\w*)", r"nicht nötig", r"kein bedarf"]
HANDOFF = [
    r"(mit|zu) (einem|einer) (menschen|mensch|mitarbeiter\w*|person|berater\w*|echten \w+|menschlichen \w+|vorgesetzten|"
    r"verantwortlichen|sachbearbeiter\w*|ansprechpartner\w*)( \w+)? (sprechen|reden|verbunden|verbinden|chatten)",
    r"verbinden sie mich", r"(einen|eine) (menschen|mitarbeiter\w*|berater\w*|echte person) (erreichen|kontaktieren)", r"(ich will|ich möchte|ich moechte|ich brauche|ich verlange) (einen |eine )?(menschen|"
    r"echten menschen|mitarbeiter\w*|echte person|berater\w*)", r"(rufen sie mich|ruft mich) (bitte )?(zurück|an)",
    r"durch (einen|eine|einem) (mitarbeiter\w*|menschen|sachbearbeiter\w*|berater\w*)",
    r"(an|zu) (einen|eine|einem) (sachbearbeiter\w*|mitarbeiter\w*|menschen|berater\w*) (weitergeben|weiterleiten|geben)",
    r"(ein|eine|einen) (mensch|mitarbeiter\w*|sachbearbeiter\w*) (soll|sollte|muss|moge) (\w+ ){0,3}(prufen|ansehen|anschauen)",
    r"(ein|eine) (mensch|mitarbeiter\w*|sachbearbeiter\w*|echte person) (abnimmt|antwortet|bearbeitet|meinen fall|"
    r"sich (darum )?kummert)",
]
CONTACT = [r"(einen? |einem )?(mensch\w*|person|jemand\w*|mitarbeiter\w*|berater\w*|sachbearbeiter\w*|vorgesetzt\w*|"
           r"verantwortlich\w*|ansprechpartner\w*|abteilung|team|spezialist\w*|chef\w*)",
           r"(mich|uns) (an|zuruck)rufen|(mir|uns) (direkt )?schreiben|ruckruf"]
APPEAL = [r"widerspruch|einspruch|anfechten|anfechtung|fechte (\w+ ){0,3}an",
          r"(überprüfung|prüfung) durch (einen )?menschen", r"(entscheidung|ablehnung) (\w+ )?(überprüfen|prüfen)",
          r"(ich )?widerspreche (der|dem|diesem|dieser|ihrer|ihrem)",
]
AI_WRONG = [
    r"(antwort|auskunft|nachricht) (ihrer|ihres|der|eurer|des) (ki|k\.i\.|bots?|chatbots?|roboters?|systems?|"
    r"künstlichen intelligenz) (ist|war) (\w+ )?(falsch|fehlerhaft|unsinn|quatsch|nicht korrekt)",
    r"(ki|bot|chatbot) (hat|lag) (\w+ )?(falsch|daneben|sich geirrt)",
    r"(die )?automatische antwort (stimmt nicht|ist falsch|ist nicht richtig)",
    r"(ihr|der|dieser|euer) (bot|chatbot|roboter|\w*assistent\w*) (ist nutzlos|ist unbrauchbar|hilft nicht|liegt falsch|"
    r"ist falsch|hat falsch)", r"(digitale|virtuelle)\w* assistent\w* (hat|gab) (mir )?falsch\w*",
]
BOT_QUESTION = [
    r"(bin ich|spreche ich|schreibe ich|chatte ich) (hier )?(mit|bei) (einem|einer) (bot|roboter|ki|maschine|menschen|"
    r"chatbot|echten menschen|computer)", r"(sind sie|bist du) (ein|eine) (bot|roboter|ki|mensch|maschine|echter mensch|"
    r"chatbot|computer)", r"(ist das|ist dies) (ein|eine) (bot|roboter|ki|automatische antwort|maschine)",
]
_AI = r"(ki|k\.i\.|künstliche\w* intelligenz|chatgpt|bots?|roboter)"
OPT_OUT = [
    rf"keine {_AI}(?= ?[,.!;]|$| bitte| danke| für| bei| mit)", rf"ohne {_AI}(?= ?[,.!;]|$| bitte| danke)",
    rf"(verwenden|nutzen|benutzen|einsetzen) sie (\w+ ){{0,4}}(keine|nicht) {_AI}",
    rf"(verwenden|nutzen|benutzen|verarbeiten|einsetzen) sie (\w+ ){{0,4}}(keine|nicht) (fur|zum|zur|in|mit) (\w+ )?{_AI}(-\w+)?",
    rf"(ich )?(mochte|will|wunsche) nicht, dass (\w+ ){{0,8}}{_AI}",
    rf"(ich )?(widerspreche|untersage|verbiete)( \w+){{0,6}} ({_AI}|automatisierte\w* verarbeitung)",
    rf"(nicht|niemals) (durch|von) (einer |der )?({_AI}|maschine) (verarbeitet|bearbeitet|gelesen|beantwortet)",
    rf"(stimme|stimmen) (\w+ ){{0,6}}{_AI}(-\w+)? (\w+ ){{0,4}}nicht zu", rf"keine (einwilligung|zustimmung) (\w+ ){{0,6}}{_AI}",
]
OPT_IN = [
    r"(wieder|erneut) (ki|künstliche intelligenz) (verwenden|nutzen|benutzen|einsetzen)",
    r"(ki|künstliche intelligenz) (wieder|erneut) (verwenden|nutzen|benutzen|einsetzen|erlaubt|aktivieren)",
    r"(dürfen|können) (\w+ ){0,2}wieder (\w+ ){0,2}(ki|künstliche intelligenz)",
]

# Broadened signals (issue #3); see lexicon_en.py for what PROXIES and DIFFERENTIAL mean.
PROXIES = {
    "national_origin": [r"(\w+isch\w*) (pass|reisepass)|pass aus", r"geburtsort|geburtsland|geboren in",
                        r"aufenthalts(titel|erlaubnis|status)|arbeitserlaubnis|duldung",
                        r"(ihr|euch) (leute|auslander)|leute wie (sie|ihr|euch)", r"(geld|uberweisung\w*) an (meine )?familie in",
                        r"osteurop\w*|(aus|vom) (dem )?(ausland|balkan|osten)"],
    "accent_language": [r"(auf|in) (turkisch|arabisch|russisch|polnisch|englisch|kurdisch|rumanisch)",
                        r"(dritte|zweite) sprache|sprachkenntnis\w*|kein (perfektes |gutes )?deutsch|(mit|meine) fehler\w*",
                        r"sachsisch\w*|bayerisch\w*|schwabisch\w*|platt"],
    "race": [r"(freunde|freundinnen|kollegen|kolleginnen|nachbarn|mann|frau|partner\w*)(,)?( alle)? (weiss\w*|schwarz\w*|"
             r"asiatisch\w*)"],
    "religion": [r"kopftuch|kippa|kreuz|turban|(meine|unsere) (kirche|moschee|religion)|bart"],
    "pregnancy": [r"elternzeit|mutterschutz|elterngeld|gerade ein kind bekommen|neugeboren\w*|babypause"],
    "family_status": [r"alleinerziehend\w*|(zwei|drei|vier|\d) kinder|geschieden|verwitwet|getrennt|familienstand|kinderlos"],
    "age": [r"(mutter|vater|oma|opa|mann|frau) (ist|wird|wurde) \d{2}", r"ich bin \d{2}", r"jahrgang|geburtsjahr|"
            r"(junge|junger|jungen|alte|alter|alteren) (leute|menschen|kunden|frau|mann)"],
    "disability": [r"(mein|meine) (stock|rollator|diagnose|krankheit)|gehorlos\w*|blind\w*|autis\w*|down-syndrom|"
                   r"depression\w*|bipolar\w*|schizophren\w*|adhs|rollstuhl\w*"],
    "neighbourhood": [r"(mein|meine|unser|unsere) (viertel|stadtteil|postleitzahl|plz|adresse|strasse|kiez|"
                      r"wohngegend|siedlung|hochhaus)", r"(ich wohne|wir wohnen|weil ich in) \w+",
                      r"brennpunkt|plattenbau|sozialwohnung\w*"],
    "name": [r"ich heisse|(er|sie) heisst|mein name|meinen namen|mein nachname|auf den namen|namen wie"],
    "": [r"profil(bild|foto)|(mein|das) foto|(gesehen|sah|sehen), dass (ich|wir)|(meine|unsere) (community|kultur|gemeinde)"],
}
DIFFERENTIAL = [
    r"(mein|meine|unser|unsere) (schwester|bruder|mann|ehemann|frau|ehefrau|partner\w*|freund\w*|kolleg\w*|"
    r"nachbar\w*|cousin\w*|sohn|tochter|mutter|vater|chef\w*|geschaftspartner\w*)( \w+){0,8} (bekam|bekommen|erhalten|"
    r"bekommt|zahlt|zahlte|kam durch|kommt durch|nie|nicht|keine?n?)",
    r"(alle|alle anderen|die anderen|der rest)( \w+){0,3} (mit|die|aus|haben|hatten|sind|waren|bekamen|kamen)",
    r"(gleich\w*|selb\w*|dieselb\w*|identisch\w*) \w+", r"sonst (hat sich )?nichts (geandert|anders)",
    r"(vorher|bis dahin|davor)", r"(seit|seitdem|nachdem|sobald|kaum dass|als) (ich|wir|er|sie|man) \w+",
    r"abgelehnt|lehnt\w* (mich|uns)|gesperrt|eingefroren|gekundigt|gekurzt|gesenkt|zuschlag|aufschlag|"
    r"(zusatzlich\w*|manuell\w*|weitere) (prufung|kontrolle|nachweise|unterlagen|dokumente)|prufung",
    r"verifizier\w*|doppelt|die halfte|(ton|stimmung) (anderte|kippte)|als ob|wie (ein|einem) (kind|dieb|verbrecher)",
    r"(liegt es|ist es|war es) (daran|weil)|zufall|komisch|erklaren sie mir",
    r"(ich|mir|mich) (aber )?nicht(?= ?[.!?,;]|$)|(und|aber) (ich|mir|mich) (nicht|nie)",
    r"(wart\w*) (\w+ ){0,2}(\d+|stunden|wochen|tage)", r"(weitergeleitet|verbunden|umgeleitet) an",
]

# 2026-11-29: more general proxies, found on our own new data (train_extra2.jsonl), never on the second blind set.
for _key, _patterns in {
    "age": [r"(dass|weil|da|wenn) ich \d{2}( jahre( alt)?)? (bin|war)|mit \d{2}( jahren)?"],
    "family_status": [r"(zwei|drei|\d|kleine|kleinen) (kleine )?kinder|(meine|unsere) kinder"],
    "neighbourhood": [r"(seit|nachdem) (wir|ich) (nach|in) \w+(-\w+)? (gezogen|umgezogen)|plattenbau|"
                      r"(in|aus) (dem |einem )?(brennpunkt|problemviertel|sozialbau)|weil ich in \w+(-\w+)? wohne"],
    "race": [r"(damen|frauen|manner|kunden|madchen|jungs|freunde|freundinnen) (weisse?n?|schwarze?n?)",
             r"(blonde?n?) (jungs|madchen|frauen|manner|kunden|leute|dame|herren)"],
    "national_origin": [r"leute wie (euch|uns|mich|sie)|wo ich (wirklich|eigentlich) herkomme"],
    "sex": [r"(nur|ausschliesslich) mit meinem (mann|bruder|sohn|partner) (gesprochen|geredet)"],
    "": [r"(mein|meinem|mit meinem) (echten )?(profilfoto|profilbild|foto)"],
}.items():
    PROXIES.setdefault(_key, []).extend(_patterns)

# Handoff round 3 (2026-11-29): "ist da jemand?", Textbausteine, Rückruf, Eskalation, Einwilligung.
NOT_HANDOFF = [r"personalabteilung"]
HANDOFF += [
    r"ist (da|hier|dort) (\w+ )?(jemand|ein mensch)(?= ?[?!.,;]|$| der (liest|antwortet|hilft))", r"liest (hier |das |dies )?(\w+ )?(uberhaupt )?(jemand|ein mensch)",
    r"(horen sie auf|hort auf|bitte keine)( \w+){0,3} (textbaust\w*|standardantwort\w*|vorlagen|automatischen antworten)",
    r"(nur|immer nur) (\w+ )?(automatische\w* )?(standardantwort\w*|textbaust\w*|automatische\w* antworten)",
    r"bei (ihrem|ihrer|einem|einer|dem|der) (vorgesetzten|chef\w*|teamleiter\w*|verantwortlichen) beschweren",
    r"(bitte um|ich bitte um|ich mochte einen|erbitte|wunsche einen|bitte einen) (einen )?ruckruf",
    r"(beschwerde|fall|ticket|anliegen|vorgang) (bitte )?eskalieren|eskalieren sie",
    r"(brauche|mochte|will|hatte gern) (einen|eine) (ansprechpartner\w*|sachbearbeiter\w*|vorgesetzten|zustandigen)",
    r"(leiten|geben) sie (das|dies|es|mich|meine \w+|meinen \w+) (bitte )?(an|zu) (einen|eine|einem|ihren|ihre|ihrem) "
    r"(\w+ )?(mitarbeiter\w*|vorgesetzten|menschen|sachbearbeiter\w*|kollegen|kollegin|verantwortlichen)",
]
AI_WRONG += [
    r"(chatbot|bot|assistent\w*|ki) (hat|gab) (mir )?(eine )?falsch\w* (auskunft|antwort|information)",
    r"antwort (ihres|des|ihrer|der) (assistent\w*|chatbots?|bots?|roboters?) (ist|war) (\w+ )?(falsch|unbrauchbar|nutzlos)",
]
OPT_OUT += [
    rf"willig\w* (\w+ ){{0,3}}nicht ein[, ]+(\w+ ){{0,6}}{_AI}",
    rf"(widerrufe|widerrufen|ziehe) (\w+ ){{0,3}}(einwilligung|zustimmung)( [\w-]+){{0,6}} {_AI}",
]
AI_WRONG += [  # batch 2 of round 3
    r"(ki|bot|chatbot|assistent\w*|roboter) (erzahlt|schreibt|redet|antwortet|liefert) (\w+ )?(unsinn|quatsch|mist|"
    r"blodsinn|falsches)", r"(beantwortet|antwortet auf) (eine )?(ganz )?andere frage",
]
OPT_OUT += [rf"lehne (\w+ ){{0,4}}{_AI}(-\w+)? (\w+ ){{0,4}}ab"]
