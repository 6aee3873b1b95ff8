"""English routing lexicon. Plain data: reviewers can read and extend it without touching the engine.

How to write a pattern (the same for every ``lexicon_*.py``):
- Lower case regex, matched against *folded* text (lower case, accents stripped, curly quotes made plain),
  so ``discriminación`` and ``discriminacion`` both work. Never use upper-case escapes (``\\S``).
- Each pattern is wrapped as a whole word: ``(?<!\\w)(?:pattern)(?!\\w)``. Write stems as ``racis\\w*``.
- CHARACTERISTICS are mentions of a protected or sensitive characteristic *of the person treated*; on their
  own they never route anything. A bias complaint needs one of them next to an ADVERSE (unfair or different
  treatment) or EXCLUSION phrase (same or neighbouring sentence), or a STRONG word such as "racist".
- NOT_BIAS phrases are blanked out before anything else is matched ("price discrimination", "race condition").
- NEGATION cancels a STRONG word or a handoff phrase only inside its own clause ("I'm not accusing anyone of
  discrimination"). Nothing cancels a characteristic + adverse pair, so text cannot talk its way down.
"""

LANG = "en"
STOPWORDS = frozenset(
    "the and is are was to my i you your it of a an for with this that have has not me on in can please "
    "what when why how they their there would could should been just got because".split())

_DEMONYMS = ("nigerian|ghanaian|kenyan|somali|ethiopian|african|moroccan|algerian|tunisian|egyptian|syrian|"
             "iraqi|iranian|afghan|pakistani|indian|bangladeshi|sri lankan|chinese|vietnamese|filipino|korean|"
             "japanese|thai|mexican|colombian|venezuelan|brazilian|peruvian|cuban|jamaican|haitian|polish|"
             "romanian|bulgarian|albanian|ukrainian|russian|turkish|kurdish|lebanese|palestinian|arab|irish|"
             "scottish|welsh|portuguese|spanish|italian|greek|eastern european|latin american|caribbean|english|"
             "british|american|canadian|australian|french|german|dutch|swedish|norwegian|danish|european")
_COUNTRIES = ("nigeria|ghana|kenya|somalia|ethiopia|morocco|algeria|tunisia|egypt|syria|iraq|iran|afghanistan|"
              "pakistan|india|bangladesh|sri lanka|china|vietnam|the philippines|korea|mexico|colombia|venezuela|"
              "brazil|peru|cuba|jamaica|haiti|poland|romania|bulgaria|albania|ukraine|russia|turkey|lebanon|palestine|"
              "africa|the caribbean|latin america|eastern europe|england|scotland|wales|ireland|the uk|britain|"
              "the us|the usa|america|canada|australia|france|germany|spain|italy|portugal|greece|the netherlands")
_PEOPLE = ("customers?|people|persons?|person|men|women|man|woman|guy|girl|boy|family|families|couples?|folks|"
           "kids|children|colleagues?|co-?workers?|friends?|neighbou?rs?|shoppers?|clients?|applicants?|"
           "passengers?|patients?|guests?|tenants?|employees?|users?|drivers?|students?")

NOT_BIAS = [
    r"(price|pricing|prices|tariff|rate|fare|cost) discrimination", r"discriminat\w* between",
    r"(can'?t|cannot|unable to|able to|fails? to|failing to) discriminat\w*", r"discriminators?",
    r"(race|racing) conditions?", r"data races?", r"(charity|horse|drag|fun|boat|car|bike|relay|sack|rat) races?",
    r"black[- ]?friday", r"(black|white)[- ]?(lists?|listed|listing|box|hat|board)",
    r"(black|white) (forest|version|model|edition|one|ones|colou?r|background|text|screen|label|tea|coffee|"
    r"pepper|hole|market|belt|mirror|goods|ink|cable|case|cover|shirt|dress|shoes?|jacket|paint|finish|variant)",
    r"accent (colou?rs?|lights?|lighting|pieces?|wall|chairs?)", r"accent(ed)? (characters?|letters?|marks?)",
    r"(account|card|profile|access|feature|option|button|setting|login|log-in|it|this|that|service|payment|"
    r"subscription|user|notifications?|device|sim|app|key|code|link|voucher|coupon)( \w+)?( \w+)? disabled",
    r"disabled (my|the|your|his|her|our|their|this|that|it|its|all|any)", r"without prejudice",
    r"(i'?m|i am) (no|not a|not) (racist|sexist|bigot)", r"not (to be|being) (racist|rude)",
    r"(reverse|wrong|the) gear", r"human race",
]

STRONG = {
    "": [r"discriminat\w*", r"prejudice[ds]?", r"bigot\w*", r"(biased|bias|prejudiced) against",
         r"hate (crimes?|speech|incidents?)", r"different treatment", r"equal(ity)? (act|rights|opportunit\w*)",
         r"civil rights", r"profiled", r"slurs?", r"segregat\w*"],
    "race": [r"racis(t|m|ts)\w*", r"racial(ly)? (profil\w*|abus\w*|slurs?|discriminat\w*|bias\w*|harass\w*)",
             r"white supremac\w*", r"n-word"],
    "colour": [r"colou?ris(t|m)\w*"],
    "ethnicity": [r"ethnic (discriminat\w*|profil\w*|slurs?|bias\w*)", r"anti[- ]?(roma|gypsy)\w*"],
    "national_origin": [r"xenophob\w*", r"anti[- ]?immigra\w*", r"nativis\w*"],
    "religion": [r"islamophob\w*", r"anti[- ]?semit\w*", r"anti[- ]?(muslim|christian|catholic|sikh|hindu)\w*",
                 r"religious (discriminat\w*|persecut\w*|intoleran\w*)"],
    "sex": [r"sexis(t|m)\w*", r"misogyn\w*", r"sexual(ly)? harass\w*", r"(gender|sex) (discriminat\w*|bias\w*)"],
    "gender_identity": [r"transphob\w*", r"misgender\w*", r"dead[- ]?nam(ed|ing)"],
    "sexual_orientation": [r"homophob\w*", r"biphob\w*", r"lesbophob\w*", r"anti[- ]?gay", r"gay[- ]?bash\w*"],
    "age": [r"ageis(t|m)\w*", r"age (discriminat\w*|bias\w*)"],
    "disability": [r"ableis(t|m)\w*", r"disablis(t|m)\w*", r"disability (discriminat\w*|bias\w*)"],
}

CHARACTERISTICS = {
    "race": [r"(i'?m|i am|we'?re|we are|he'?s|he is|she'?s|she is|they'?re|they are|being|as) (a |an )?"
             r"(black|brown|asian|white|mixed[- ]race)", rf"(black|brown|asian|white|non-white|nonwhite) ({_PEOPLE})",
             r"(my|his|her|their|our) race", r"(because of|based on|on the basis of) (my |his |her |their )?race",
             r"racial\w*", r"(people|persons?|customers?|women|men) of colou?r", r"poc",
             r"african[- ]americans?", r"(the )?only (black|brown|asian|white) (one|person|customer|guy|family)"],
    "colour": [r"(dark|darker|black|brown|light|lighter|white|fair|fairer|pale)[- ]skin\w*",
               r"skin (colou?r|tone)s?", r"colou?r of (my|his|her|their|our) skin", r"(my|his|her|their) complexion"],
    "ethnicity": [r"roma|romani|gypsy|gypsies|latin[oax]s?|hispanics?|arabs?|jewish|indigenous|aboriginal",
                  r"first nations|native americans?|ethnic\w*|(my|our|his|her) (heritage|ethnic background)"],
    "national_origin": [r"foreigners?|foreign[- ](sounding|accents?|names?|surnames?|passports?|nationals?|born|workers?|"
                        r"students?|people|customers?)", r"immigra\w*", r"migrants?", r"refugees?", r"asylum seekers?",
                        r"(my|his|her|their|our) (nationality|origins?|citizenship|roots)",
                        r"(people|those|someone|customers|anyone) from (my|his|her|their|our|that|those) (country|"
                        r"countries|part of the world|region)",
                        r"where (i|we|he|she|they) (came|come) from",
                        r"(those|these|certain|some|other) countries", r"non[- ]?(eu|uk|us|citizens?|natives?)",
                        r"(i'?m|i am|we'?re|he'?s|she'?s) (originally )?(from|born in) (abroad|overseas|another country|"
                        rf"{_COUNTRIES})",
                        rf"(i'?m|i am|we'?re|we are|he'?s|she'?s|they'?re|as an?|being) (an? )?({_DEMONYMS})",
                        rf"({_DEMONYMS}) ({_PEOPLE}|names?|surnames?|accents?|passports?)",
                        r"(mexican|indian|nigerian|pakistani|african|arab|polish|romanian|muslim|asian|filipino|"
                        r"moroccan|syrian|afghan|somali|turk|albanian|jamaican|haitian|cuban|brazilian|colombian)s"],
    "accent_language": [r"accent\w*", r"(second|first|native|mother) (language|tongue)", r"non[- ]?native",
                        r"(my|his|her|our|their) (english|spanish|french|german|portuguese|grammar|spelling|"
                        r"pronunciation|dialect)", r"(the way|how) (i|we|he|she|they) (speak|talk|write|sound)",
                        r"dialects?", r"proper english", r"sign language",
                        r"(when|if|because|as) (i|we|he|she|they) (write|speak|talk|type|message)s? in \w+",
                        r"(don'?t|doesn'?t|do not|does not|can'?t) speak (\w+ )?(well|perfectly|fluently|properly)"],
    "religion": [r"muslims?|moslems?|islam\w*|jews|jewish|judaism|christians?|catholics?|protestants?|sikhs?|hindus?",
                 r"buddhists?|atheists?|mormons?|religio\w*|(my|our|his|her) faith|hijabs?|head ?scarf|headscarves",
                 r"niqabs?|burkas?|burqas?|turbans?|kippah|kippa|yarmulke|skull ?cap|crucifix|rosary",
                 r"prayer (mat|room|break|times?)|to pray|mosque|synagogue|gurdwara|ramadan|sabbath|shabbat|kosher|halal"],
    "sex": [r"(my|her|his) (gender|sex)", r"(because of|based on) (my |her |his )?(gender|sex)",
            r"(women|men|girls|ladies) (don'?t|can'?t|cannot|aren'?t|are not|shouldn'?t|never|always)",
            r"(female|male|women|men|woman|man)('?s)? (customers?|drivers?|clients?|applicants?|staff|"
            r"colleagues?|co-?workers?|employees?)",
            r"(i'?m|i am|being|because i'?m|because she'?s|she'?s|she is|because he'?s|he'?s|he is|as) (a |an )?"
            r"(woman|female|girl|lady|man|male|guy|boy|bloke)",
            r"(the )?only (woman|female|girl|lady)", r"my husband should", r"a man'?s (job|thing|world)",
            r"(for|to) (men|women) only|only (\w+ ){0,3}(for|to) (men|women|males|females)"],
    "gender_identity": [r"trans(gender|sexual)?", r"cis(gender)?", r"non[- ]?binary|enby|genderqueer|genderfluid|intersex",
                        r"(my|their|his|her|the) pronouns", r"mx\.?", r"gender identity",
                        r"(my|his|her) (old|previous|birth|former|dead) name",
                        r"'?male'? (or|and) '?female'?", r"transition(ed|ing)?", r"(i'?m|i am) neither",
                        r"'?(mr|mrs|ms|miss)'? or '?(mr|mrs|ms|miss)'?"],
    "sexual_orientation": [r"gay|lesbians?|bisexual\w*|queer|homosexual\w*|lgbt\w*|same[- ]sex",
                           r"two (men|women|dads|mums|moms|guys|girls|husbands|wives)",
                           r"(rainbow|pride) flags?|straight couples?|heterosexual\w*|a man and (a )?woman",
                           r"(i'?m|i am|we'?re|we are|he'?s|she'?s|being|as a) (\w+ )?straight"],
    "age": [r"(my|his|her|their|our) age", r"(because of|based on|due to) (my |his |her |their )?age",
            r"too (old|young)", r"(old|older|elderly|senior|young|younger|aged|retired) (people|persons?|customers?|"
            r"clients?|applicants?|folks|man|woman|men|women|users|adults|citizens|generation|candidates)",
            r"(my|his|her|our) (elderly|old|aged) \w+", r"elderly", r"pensioners?|retirees?|seniors?",
            r"(i'?m|i am|he'?s|he is|she'?s|she is|we'?re|turned|turning|aged|at|over) \d{2}"
            r"(?! ?(%|percent|minutes?|mins?|hours?|days?|weeks?|months?|euros?|eur|dollars?|usd|gbp|pounds?|"
            r"items?|orders?|times|kg|km|miles))",
            r"\d{2}[- ]?(years?|yrs?)[- ]?old", r"in (my|his|her|their) (50s|60s|70s|80s|90s|fifties|sixties|"
            r"seventies|eighties|nineties)", r"(i'?m|i am|he'?s|she'?s|we'?re|being) (too |very |quite )?(old|young|"
            r"elderly|retired)"],
    "disability": [r"disabled (\w+ )?(" + _PEOPLE + r"|son|daughter|child|brother|sister|mother|father|mum|dad|"
                   r"parents?|veterans?|wife|husband|partner|access)",
                   r"(i'?m|i am|he'?s|he is|she'?s|she is|we'?re|being|as a) (\w+ )?(disabled|deaf|blind|autistic|"
                   r"handicapped|paraly[sz]ed|wheelchair user)", r"disabilit\w*", r"wheel ?chairs?",
                   r"(guide|service|assistance|support) dogs?", r"autis\w*", r"hiv( positive)?",
                   r"(mental|chronic) (health|illness|condition)", r"dyslexi\w*", r"down'?s? syndrome",
                   r"hearing aids?|visually impaired|sight impaired|hard of hearing|partially sighted|screen ?readers?",
                   r"crutch\w*|prosthe\w*|epilep\w*|handicap\w*|deaf\w*", rf"blind ({_PEOPLE})",
                   r"(legally|partially|totally|completely) blind|blindness",
                   r"stutter\w*|stammer\w*|speech (impediment|disorder)|tourette\w*|learning disabilit\w*",
                   r"(my|his|her|their) (stroke|cancer|dementia|alzheimer'?s|parkinson'?s|ms|illness|diagnosis|"
                   r"condition|impairment|chemo\w*|seizures?|diabetes|colostomy|stoma)"],
    "pregnancy": [r"pregnan\w*", r"maternity\w*", r"expecting (a baby|twins)", r"(my|her) (bump|due date)",
                  r"breast ?feed\w*", r"miscarriage"],
    "family_status": [r"single (mother|mum|mom|father|dad|parent)s?", r"(lone|solo) parents?",
                      r"(i|we) have (\w+ )?(kids|children|a baby|a toddler|dependants)",
                      r"(i'?m|i am|we'?re|we are|he'?s|she'?s) (not )?(married|unmarried|single|divorced|widowed|"
                      r"separated|a parent|parents)", r"(someone|somebody|people|person|anyone|those|mothers|"
                      r"parents|women|applicants|candidates) with (kids|children|a family|a baby|young kids)",
                      r"(as a|being a) (single |working )?(mother|mum|mom|father|dad|"
                      r"parent)", r"marital status", r"(unmarried|divorced|widowed)", r"(large|big) family"],
    "neighbourhood": [r"(poor|poorer|rich|richer|nice|nicer|posh|bad|rough|dangerous|deprived|working[- ]class|"
                      r"immigrant|black|minority|council|low[- ]income|wealthy|better|worse|affluent) (area|areas|"
                      r"neighbou?rhoods?|part of town|estate|postcode|district|suburb|side of town)",
                      r"(because of|based on|due to) (my|our|the) (post ?code|postal code|zip ?code|area|"
                      r"neighbou?rhood|address)", r"(because of|based on|due to) where (i|we|he|she|they) live",
                      r"(those|that) (areas?|neighbou?rhoods?)",
                      r"redlin\w*", r"(the )?(projects|ghetto|council estate|banlieue|favela|hood)",
                      r"(my|our) (post ?code|postal code|zip ?code) (is|was|gets|got)",
                      r"social housing|council (houses?|flats?|estates?|housing)|housing (estates?|projects?)",
                      r"(on|in|from) (our|my|the) (estate|block|street)"],
    "name": [r"(my|his|her|their|our) (first |last |family |real |full |given |maiden |birth |legal )?(sur)?names?",
             r"names? like (mine|ours|his|hers)", r"(surnames?|last names?|family names?)",
             r"(foreign|arab\w*|muslim|african|asian|black|jewish|turkish|polish|indian|chinese|hispanic|latino|"
             r"ethnic|unusual|different)[- ]?(sounding )?(names?|surnames?)", r"(using|with|under|called) the name",
             r"apostrophes?"],
    # Generic group mentions: count for pairing with an adverse phrase but name no characteristic.
    "": [r"(people|couples|families|customers|folks|women|men) like (me|us|you|them|him|her)", r"(those|these|that) kinds? of (people|customers)",
         r"(my|our) (community|kind)", r"minorit(y|ies)", r"marginali[sz]ed", r"protected characteristics?"],
}

ADVERSE = [
    r"refus\w*", r"den(y|ies|ied|ying|ial)", r"reject\w*", r"turn(ed|s)? (me|us|him|her|them) (away|down)",
    r"(wouldn'?t|won'?t|would not|will not|didn'?t|did not|don'?t|do not|doesn'?t|does not|can'?t|cannot|"
    r"couldn'?t|could not|never) (let|serve|allow|deliver|accept|give|offer|install|rent|sell|help|take|treat|"
    r"understand|recogni[sz]e|work|lend|hire|approve|insure|talk|speak|open|book|buy|enter|join|apply|use)\w*",
    r"(not|never|no longer|weren'?t|wasn'?t|aren'?t|isn'?t) (allowed|welcome|served|accepted|approved|eligible|"
    r"available|offered|seated|helped|considered|invited|hired)",
    r"banned|barred|kicked out|thrown out|expelled|ignored|harass\w*|humiliat\w*|mock\w*|ridicul\w*|insult\w*",
    r"abus(e|ed|ive)|stereotyp\w*|singled (me|us|him|her|them) out|targeted|laugh(ed|ing)? at|laughed",
    r"(made|making|cracked) (jokes?|fun|comments?|remarks?)|jokes? about|comments? about|remarks? about",
    r"follow(ed|ing) (me|us|him|her|them)", r"(asked|told|made|forced) (me|us|him|her|them) to (leave|go|remove|"
    r"take off|get out)", r"go back to (where|your)",
    r"treat(ed|s|ing)? (me|us|him|her|them|customers|people)? ?(different\w*|worse|badly|unfair\w*|poorly|like)",
    r"second[- ]class|unfair\w*|not fair|injustice|unjust|unequal\w*|double standards?",
    r"the only (one|difference|household|family|customer|person|passenger)", r"(everyone|everybody|nobody|no one) else",
    r"other (customers|people|shoppers|passengers|applicants|kids|children|clients|guests|users|colleagues)",
    r"(same|identical) (plan|income|salary|job|car|record|account|problem|issue|contract|tariff|credit score|"
    r"situation|qualifications|policy|profile|driving record)", r"(and|but) (i|we) didn'?t", r"(but|and) not (me|us)",
    r"(higher|worse|more expensive) (prices?|premiums?|rates?|interest|interest rates?|quotes?|fees?)",
    r"charg\w* (me|us) more", r"(quote|price|premium|rate)s? (tripled|doubled|went up|increased|jumped)",
    r"(high|higher)[- ]risk", r"(closed|froze|frozen|suspended|terminated|cancel+ed) (my|our|his|her) \w+",
    r"(was|were|got|been) cancel+ed", r"(as soon as|the moment|once|when|right after|after|since|ever since) "
    r"(they|he|she|you|i|your \w+) (heard|saw|found out|learned|learnt|realised|realized|noticed|knew|mentioned|"
    r"told|said|disclosed|announced)",
    r"(doesn'?t|don'?t|didn'?t|won'?t|no one|nobody|never)( \w+){0,4} takes? (me|us|him|her) seriously",
    r"no (\w+ )?(tables?|rooms?|seats?|places?|space|slots?|appointments?|bookings?) (left |available )?for",
    r"pretend\w* (not to|they don'?t|he doesn'?t|she doesn'?t) (see|hear|notice)", r"hang\w* up on",
    r"(ever )?since i (started|began) (using|wearing|to use|to wear)",
    r"instead of (me|us|him|her)", r"(just|only) for (mentioning|being|wearing|having|saying|asking)",
    r"(while|whereas) other", r"mimic\w*|imitat\w*|impersonat\w*", r"clos(ed|ing) (the|my|our) (chat|call|ticket|case)",
    r"(only|just) (me|us)(?= ?[.!?,;]|$| and)", r"search(ed|ing)? (my|our) (bags?|car|pockets)",
    r"served (me|us) last", r"(the )?worst (seats?|rooms?|tables?|treatment|service|deals?|offers?|rates?)",
    r"(after|since|once|when) i (ticked|checked|selected|declared|requested|booked|asked for)", r"(isn'?t|is not|not) a (good )?(fit|match)", r"filter(s|ed|ing)? (\w+ ){0,3}out",
    r"(weed|screen|sort)(s|ed|ing)? (\w+ ){0,3}out", r"(asked|ask|asks|asking) (me|us|him|her) for (\w+ ){0,3}(ids?|"
    r"identification|documents|proof|papers)", r"only (needed|had|got|paid|showed)",
    r"are (a |an )?(nuisance|problem|burden|liability|risk|trouble)", r"(can'?t|cannot|don'?t) afford",
    r"(while|whereas|yet) (they|he|she|you) (gives?|offers?|grants?|approves?|accepts?|serves?) (it|them|one)? ?to",
    r"(came|come|arrived|walked) in after (me|us|him|her|them)",
    r"(assum\w*|presum\w*) (i|we|he|she|that)", r"(is|was) it because", r"(must|has to) be because",
    r"coincidence", r"(spoke|speaking|talk\w*) (slowly|loudly|down)", r"hung up on|hang up on",
    r"flag(s|ged|ging)? (my|me|us|as)", r"invalid", r"not (a )?real (name|thing)",
    r"(extra|more|additional) (paperwork|documents|checks|scrutiny|questions|proof|id)", r"come back with",
    r"(don'?t|do not) trust", r"(worse|less|lower) (service|treatment|offers?|deals?)",
    r"(no|not any) (way|option|choice)", r"(offer|offered|show|shows|showed) (me|us) (only )?(higher|worse|fewer)",
]

# Reported speech: pairs with a characteristic only inside the same sentence ("the manager said Mexicans ...").
REPORTED = [r"(said|says|told (me|us|him|her|them)|telling (me|us)|claimed|replied|answered|asked)( that)?",
            r"(his|her|their) words were"]

EXCLUSION = [
    r"exclud\w*|exclusion", r"(shut|shutting|lock|locking|locked) (\w+ )?(\w+ )?out", r"left behind|leaving \w+ behind",
    r"no (way|option|choice) for", r"(can'?t|cannot|unable to|impossible to|impossible for) (even )?(create|open|use|"
    r"complete|access|register|sign up|book|log in|get)", r"not (built|designed|made) for",
    r"only (lets|allows|offers|gives) (me|us|you)", r"works (fine|perfectly|well) for",
    r"fails? for (me|us|people)", r"(nothing|no option|no provision) for",
]

AI_TERMS = [r"(?<![jnmtsl]')(?<!alguem )(?<!por )(?<!ta )(?<!esta )(?<!\be )(?<!vcs )(?<!voces )ai(?! do outro| dentro| fora| mesmo)|a\.i\.|artificial intelligence|algorithm\w*|chat ?bots?|bots?|robots?|automat\w*",
            r"machine learning|(the )?machine|voice (assistant|recognition|bot)|speech recognition",
            r"(face|facial) (recognition|verification|id|scan\w*|detection)|(selfie|photo|identity|id) (check|verification)",
            r"recommendation (engine|system|algorithm)|credit scor\w*|(hiring|screening|pricing) (tool|system|software)",
            r"computer says no|chat ?gpt|gpt|virtual assistant|the system"]

NEGATION = [r"not|no|never|nothing|neither|nor|nobody|none|without", r"\w+n't",
            r"dont|doesnt|didnt|isnt|wasnt|arent|werent|cant|cannot|wont|wouldnt|couldnt|shouldnt|havent|hasnt"]

_STAFF = r"(human|person|agent|representative|rep|manager|supervisor|someone|somebody|anyone|anybody|employee|" \
         r"operator|staff member|human being|people|advisor|adviser|assistant)"
_SWEAR = r"(bloody|damn|damned|goddamn|goddamned|fucking|freaking|frigging)"
# Only a negated *wish* cancels a handoff: "I don't want to speak to a manager", not "I don't know how to".
NOT_WANTED = [r"(don'?t|do not|dont|doesn'?t|no) (want|need|wish)( \w+)?", r"no need", r"rather not", r"never mind",
              r"not necessary"]
HANDOFF = [
    # not "your chat agent was rude" or "the call centre staff": a noun before the verb makes it no request
    rf"(?<!your )(?<!the )(?<!a )(?<!our )(?<!that )(talk|speak|chat|contact|reach|call|get hold of|get in touch with|"
    rf"speaking|talking|chatting|contacting|reaching|calling)( to| with)? (a |an |some |one |your |the )?({_SWEAR} )?"
    rf"(real |actual |live |human |proper )?{_STAFF}",
    r"(someone|somebody|a person|a human|anyone) (i|we) can (talk|speak) to",
    r"(a |an )?(real |actual |live )(person|human|agent|someone) (call|ring|phone|contact|email|text)s? (me|us)",
    r"(can|could|will) (a |an )?(person|human|agent|someone|somebody) (call|ring|phone|contact) (me|us)",
    rf"(i want|i need|i'?d like|i would like|give me|get me|put me through to|transfer me to|connect me (to|with)|"
    rf"i demand|can i have|can i get|let me have) (to )?(a |an |some )?(real |actual |live )?{_STAFF}",
    r"escalat\w* (this |it |my \w+ )?(to|with) (a |the |your )?(manager|supervisor|human|person|team|someone|senior)",
    r"put me through|transfer me|(call|ring|phone) me back", r"someone from your (team|company|staff)",
    r"(stop|no more) (sending me )?(the |these )?(automated|auto|canned|bot|robot)\w* (replies|responses|answers)",
    r"instead of (this|a|the) (bot|ai|robot|machine|chat ?bot)",
    r"(where|so that|until|when) (a |an )?(real|actual|live) (person|human)", r"(one |a )?named (person|contact|agent)",
    r"(real|actual|live) (person|human)( being)? (picks? up|answers?|reads?|respond\w*|handl\w*|deal\w* with)",
    r"(have|get|let|ask) (someone|somebody|a person|a human|a member of staff|staff|an agent) (to )?(check|look at|review|"
    r"call|handle|deal with)", r"(check|review|look at|handle)( \w+){0,3} (manually|by hand|in person)",
    r"(human|real person|actual person|member of staff|staff member|person) (to )?(handle|handling|look at|check|review)"
    r" (this|it|my)",
    r"(looked at|reviewed|checked|handled|read|dealt with|seen) by (a |an |one of your )?(real |actual )?(person|human|"
    r"member of staff|staff member|agent|people|staff)", r"(pass|send|forward|give) (this|it|me|my \w+) (on )?to "
    r"(one of )?your (staff|team|colleagues|agents|people)", r"(real|live|human) agents?",
    r"take over (this|the) (chat|conversation|case)", r"(complain|speak|talk|write)( \w+)? to (a |the |your )?"
    r"(senior )?(manager|supervisor)",
]
# CONTACT: a person, team or channel a customer could be handed to. A feature of the learnt handoff head, which
# on its own it routes nothing ("our human resources team needs ...").
CONTACT = [r"(real |actual |live |human )?(person|people|human|human being|someone|somebody|anyone|anybody|staff|employee|"
           r"agent|advis[eo]r|specialist|consultant|team leader|manager|supervisor|rep|representative|operator|"
           r"department|team|colleague|member of (staff|your team)|staff member|whoever|boss|callback|call back)s?",
           r"(ring|call|phone|email|e-mail|text|write to|contact|get back to) (me|us)", r"in charge|above you"]
APPEAL = [
    r"(i |we )?(appeal|contest|dispute|challenge) (this|the|your|that|against)( \w+)?",
    r"(file|lodge|submit|make) (an |a )?appeal", r"i appeal", r"human review", r"reconsider (the|this|your|my)",
    r"(want|like|request|demand) (this|it|the decision|my case) (to be )?(reviewed|reconsidered|re-?examined)",
    r"(manual|human) review", r"(request|requesting|want|need|ask for|asking for) (a |an )?(manual|human|second) (review|"
    r"look|check)",
]
AI_WRONG = [
    r"(your|the|this|that) (ai|a\.i\.|bot|chat ?bot|robot|automated|automatic|machine|computer)('?s)?( generated)? "
    r"(answer|response|reply|message|suggestion|advice|information|decision)s? (is|was|are|were|seems|looks) "
    r"(completely |totally |just |obviously |clearly )?(wrong|incorrect|inaccurate|false|nonsense|mistaken)",
    r"(answer|response|reply)[^.!?]{0,60}(ai|bot|robot|machine|automated|computer)[^.!?]{0,40}"
    r"(wrong|incorrect|inaccurate|false|nonsense|mistaken)",
    r"wrong (answer|information|advice) from (the |your )?(ai|bot|chat ?bot|machine)",
    r"(your|the|this|that) (ai|a\.i\.|bot|chat ?bot|robot|virtual assistant|assistant|automated system)('?s| is| was)"
    r" (completely |totally |just |so )?(wrong|useless|rubbish|broken|clueless|hopeless|not helping|no help)",
    r"(useless|stupid|pointless|dumb) (ai|bot|chat ?bot|robot|virtual assistant|automated system)",
]
BOT_QUESTION = [
    r"am i (talking|speaking|chatting|writing) (to|with) (a |an )?(bot|robot|ai|a\.i\.|machine|computer|real person|"
    r"human|person|program|chat ?bot)", r"are you (a |an )?(bot|robot|ai|machine|computer|real person|human|real|"
    r"person|chat ?bot|program)", r"is (this|that|it) (a |an )?(bot|robot|ai|automated|automatic|chat ?bot|machine|"
    r"real person|human)", r"is (this|that) (reply|answer|response|message|chat|email|conversation) (written|"
    r"generated|sent|created|made) by (a |an )?(ai|bot|robot|machine|human|person|computer)",
    r"(a |an )?(bot|ai|robot|human) or (a |an )?(real )?(human|person|bot|ai|robot)", r"who am i (talking|speaking) to",
]
_AI = r"(ai|a\.i\.|artificial intelligence|chat ?gpt|gpt|openai|llms?|language models?|bots?|machine learning)"
OPT_OUT = [
    # "no AI, please" / "no AI on my data" - but not "there's no AI in the app?" or "a plan with no AI".
    r"(?<!there's )(?<!theres )(?<!there is )(?<!is there )(?<!with )(?<!has )(?<!have )"
    r"no (ai|a\.i\.|artificial intelligence|chat ?gpt|chat ?bots?|bots?|robots?)(?= ?[,.!;]|$| please| pls| thanks| thank you|"
    r" on | for | at all| processing| involvement)",
    rf"(?<!we )(?<!they )(don'?t|do not|dont|never|stop|quit) (use|using|run\w*|process\w*|feed\w*|send\w*|put\w*|shar\w*|pass\w*)"
    rf"( \w+){{0,4}} {_AI}", rf"opt(ing)? (me )?out of (\w+ ){{0,3}}({_AI}|automated processing)",
    rf"(do not|don'?t|dont) (consent|agree|want)( \w+){{0,6}} ({_AI}|automated processing)",
    r"(without|no) (any )?(ai|artificial intelligence) (processing|involvement)", rf"object to (\w+ ){{0,6}}{_AI}", rf"(don'?t|do not) let (any |your |an? |the )?{_AI} (read|see|process|touch|handle)",
    r"keep (ai|a\.i\.|artificial intelligence|bots?) (out|away)", rf"keep (your )?{_AI} (out of|away from|off)",
    rf"(not|never) (be )?used (\w+ ){{0,3}}(to train|for training|for) (\w+ )?{_AI}( training)?",
    rf"(not|never) (be )?(processed|handled|read|analy[sz]ed|answered) by (an? )?({_AI}|machine|computer)",
    rf"(prefer|rather|ask|request|insist)( that)? (no|you don'?t use|you do not use|you not use) (\w+ ){{0,2}}{_AI}",
    rf"no {_AI} (is|be|gets|should be) used",
]
OPT_IN = [
    r"(may|can|could) (now )?(use|start using|resume using) (\w+ ){0,2}(ai|a\.i\.|artificial intelligence)( \w+){0,3} again",
    r"(use|using) (ai|a\.i\.|artificial intelligence) again", r"turn (it|ai|a\.i\.|the ai) back on",
    r"(fine|ok|okay|happy|comfortable) with (ai|a\.i\.|artificial intelligence) (now|again)",
    r"opt (me )?(back )?in(to)? (to )?(the )?(ai|a\.i\.|artificial intelligence)",
    r"(re-?enable|resume|switch on|turn on) (the )?(ai|a\.i\.|artificial intelligence)",
]

# Broadened signals (issue #3). PROXIES are more ways a characteristic shows up in a complaint (a name, a photo,
# a passport, a religious object, a relative's age); lexicons.py merges them into CHARACTERISTICS.
PROXIES = {
    "national_origin": [r"(\w+(an|ese|ish|i)|eu|non-eu|uk|us|foreign) passports?", r"(place|country) of birth",
                        r"born (in|abroad|overseas)", r"(residence permit|work permit|right to work|immigration "
                        r"status|settled status|green card)", r"international (customers?|team|desk)",
                        r"(you lot|your lot|your people|people like you)", r"(money|transfers?) to (my )?(family|relatives) in",
                        r"(lebanese|nepali|nepalese|sudanese|eritrean|yemeni|libyan|congolese|senegalese|malian|"
                        r"cameroonian|zimbabwean|ugandan|tanzanian|kosovan|kosovar|serbian|bosnian|chechen|"
                        r"uzbek|tajik|roma|latvian|lithuanian|slovak|hungarian|ecuadorian|bolivian|dominican|"
                        r"salvadoran|guatemalan|honduran|nicaraguan|chilean|argentinian|argentine)"],
    "accent_language": [r"(in|speak\w*|talk\w*|writ\w*|wrote|typ\w*|text\w*) (in )?(spanish|arabic|urdu|hindi|polish|"
                        r"punjabi|bengali|tagalog|portuguese|romanian|turkish|chinese|mandarin|cantonese|vietnamese|"
                        r"russian|ukrainian|somali|french|creole|patois|pidgin|spanglish|welsh|gaelic)",
                        r"(spanish|arabic|polish|foreign|non-english)[- ]speak\w*", r"press \d for (spanish|\w+ish)",
                        r"broken english|(my|his|her) (english|grammar) (is|isn'?t|was|wasn'?t)",
                        r"(third|second) language", r"(nigerian|indian|jamaican|singapore|scottish|irish|"
                        r"geordie|scouse|welsh|southern|regional) (english|accent|dialect)"],
    "religion": [r"mezuzah?|star of david|cross (necklace|pendant)|bindi|tilak|kirpan|kara|sabbath|"
                 r"santeria|vodou|voodoo|pagan\w*|wiccan?|jehovah'?s? witness\w*|quaker\w*|orthodox jew\w*",
                 r"(my|our|his|her) (church|mosque|temple|synagogue|beard|prayer)"],
    "race": [r"(black|white|brown|asian|mixed[- ]race) (boyfriend|girlfriend|husband|wife|partner|roommate|flatmate|mate|"
             r"coworker|co-worker|workmate|classmate|cousin|neighbou?r)s?", r"black[- ]owned|minority[- ]owned|(my|our|his|her) (hair|afro|braids|dreadlocks|locs)"],
    "ethnicity": [r"travell?ers?( community| site| family| families)?|pavee|irish travell?er\w*|sinti|tribal|"
                  r"first nation\w*"],
    "sex": [r"(the|all the|none of the|every|any|most) (women|men|guys|girls|ladies|blokes|males|females|guy|man|woman)"
            r"( in| at| on| from)?", r"wom[ae]n[- ]owned|(for|to) (ladies|women|men|guys)|ladies'? (options|version|rate)",
            r"(my|her) (husband|boyfriend) (got|gets|was|had|has|pays|paid)"],
    "pregnancy": [r"(maternity|parental|paternity) leave|career (gap|break)|(just|recently) had a baby|"
                  r"newborn|new mum|new mom|baby due"],
    "family_status": [r"(single|lone) (mum|mom|dad|parent|mother|father)|(three|four|five|\d) (kids|children)|"
                      r"(marital|relationship) status|divorc\w*|widow\w*|separated|childless|no kids"],
    "age": [r"(we'?re|we are|they'?re|they are) (all )?in (our|their) (\d0s|fifties|sixties|seventies|eighties)",
            r"(mum|mom|mother|dad|father|gran\w*|grandma|grandpa|nan|nana|parents?|husband|wife|aunt|uncle) "
            r"(is|was|turned|aged) \d{2}", r"\d{2}[- ]year[- ]old", r"graduation year|year of birth|date of birth|"
            r"birth ?year|young (people|folks|customers|ones)|youngsters|my generation|boomers?|millennials?|gen ?z"],
    "disability": [r"(people|customers|anyone|those|someone|patients) (with|who have|who'?ve|who had|who have had) "
                   r"(cancer|hiv|diabetes|a disability|disabilities|a condition|mental health \w+|depression|epilepsy|"
                   r"autism|a chronic \w+|a criminal record)", r"(my|his|her) (cane|walker|walking stick|mobility scooter|carer|oxygen|insulin|wheelchair)|"
                   r"(on|claim\w*) (disability|pip|esa) benefits|ptsd|adhd|bipolar|schizo\w*|depress\w*|anxiety|"
                   r"cerebral palsy|multiple sclerosis|amputee|sign language interpreter|lip[- ]?read\w*"],
    "neighbourhood": [r"(my|our) (post ?code|postal code|zip ?code|area|estate|neighbou?rhood|street|"
                      r"address|side of town)", r"(council|social|public|housing) (estate|housing|flat)s?|"
                      r"(the )?(projects|banlieue|inner city)"],
    "name": [r"(gave|give|giving|say|said|spell\w*|heard|saw|see|read|booked under|book under|under) (my|his|her|"
             r"their) (sur|first |last |full |real |family )?name", r"(people|customers|anyone|someone) (called|named)",
             r"my name(,| is| -)", r"(name|surname) like (mine|that|ours)"],
    "": [r"(profile|account) (picture|photo|pic)|(my|a) (photo|selfie|picture) (of me|where|with)|"
         r"(saw|see|seen|sees) (me|us|my face|what i look like)|the way i look|how i look|my appearance|"
         r"my (community|people|culture|background|kind)"],
}

# DIFFERENTIAL: someone else got the better outcome, or the outcome changed right after a characteristic became
# known. Weaker than ADVERSE: it pairs with a characteristic anywhere in a short message (bias.py) and feeds the
# statistical model; on its own it routes nothing ("my neighbour got a refund and I didn't" stays routine).
_OTHER = (r"(my|our|a|his|her) (\w+ )?(sister|brother|husband|wife|partner|boyfriend|girlfriend|colleague|co-?worker|"
          r"friend|mate|flatmate|roommate|neighbou?r|cousin|son|daughter|mum|mom|dad|father|mother|grandson|"
          r"granddaughter|niece|nephew|boss|twin|classmate|fiance|fiancee)")
DIFFERENTIAL = [
    rf"{_OTHER}( \w+){{0,8}} (got|gets|passed|passes|sailed|went through|pays|paid|received|never|didn'?t|"
    r"had no|got no|(was|were|got) (approved|accepted|served|rebooked|offered|upgraded))",
    r"(everyone|everybody|all the others|the others|other people|others|the rest)( \w+){0,3} (with|who|in|else|got|"
    r"get|gets|were|was|had|have|passed|sailed)", r"(white|english|british|male|younger|older|straight) (friends?|"
    r"colleagues?|customers?|people|neighbou?rs?|mates?|ones?)",
    r"(same|identical|exact same|exactly the same) \w+", r"nothing else (has )?(changed|is different|was different)",
    r"(only|one) (change|difference|thing (that )?(changed|is different))", r"(before|until) (the|that|i|we|then)",
    r"(ever since|since|after|the (day|week|month|moment|minute) after|as soon as|once|right after|the moment|"
    r"within (a|an|\w+) (hours?|days?|minutes?) of) (i|we|they|he|she|you|your \w+|the \w+)",
    r"declin\w*|slash\w*|froz\w*|freez\w*|blocked|stuck|suspend\w*|withdr[ae]w\w*|downgrad\w*|lowered|reduced|"
    r"surcharg\w*|cut (my|our|the|it)", r"(extra|additional|manual|risk|further|enhanced) (\w+ )?(checks?|verification|"
    r"review|id|questions|documents|deposit|security|scrutiny)", r"(needed|needs|under|pending|for) (\w+ )?review",
    r"verif(y|ied|ication)", r"flag\w*", r"(double|twice|half|triple|three times) (the|as|what|my|that|price)?",
    r"(tone|attitude|face|manner|mood|voice) (changed|shifted|dropped)", r"as if|as though|like a (child|criminal|idiot|"
    r"thief|suspect)", r"mutter\w*|whisper\w*|star(ed|ing)|rolled (his|her|their) eyes|patroni[sz]\w*|condescend\w*|"
    r"talk\w* down|spoke (to|over|past) (my|me)", r"(instead of|rather than) (talking|speaking|asking|me|us)",
    r"(moved|put|sat|seated) (me|us) (in|at|to) (the )?(back|last|worst)", r"last row|back row|back of the",
    r"(is|was|are|were) it because|(is|was) that because|because (i'?m|i am|we'?re|of my|of our|of where)|"
    r"coincidence|in case (that|it) matters|explain (that|this)|funny how|interesting|apparently",
    r"(got|get|gets|was|were) (approved|accepted|rebooked|served|through|sorted|upgraded|a (room|table|car|seat))",
    r"(and|but) (not|never) (me|us|mine|ours)|(and|but) (mine|ours) (isn'?t|wasn'?t|didn'?t|is|was|still)",
    r"(told|asked) (me|us|him|her) (to|if|whether)", r"(really|actually|truly) (mine|ours|his|hers)",
    r"(wait|waited|waiting) (\w+ ){0,2}(\d+|hours|weeks|days)", r"(transferred|sent|redirected) (me|us) to",
    r"(only|just) (for|to) (the )?(\w+ )?(others?|them|people|customers)",
]

# 2026-11-29: more general proxies, found on our own new data (train_extra2.jsonl), never on the second blind set.
# Weak signs only: they let the scorer weigh a message; on their own they route nothing.
for _key, _patterns in {
    "national_origin": [r"where (i'?m|i am|we'?re|we are|he'?s|she'?s|they'?re) \W?(really|actually|originally)\W? "
                        r"from", r"country of origin|(people|folks|customers|those) \W?like (us|me|them)\b|"
                        r"(no|not) foreigners"],
    "accent_language": [r"(set|changed|switched|switch) (my |the )?(language|app|phone|settings?) to \w+",
                        r"(arabic|spanish|polish|urdu|hindi|chinese|russian|turkish|portuguese|french|romanian|"
                        r"foreign) (language )?(settings?|version|interface|keyboard)",
                        r"in this country we speak|speak (proper|real|normal) english|learn (the language|english)"],
    "name": [r"(middle|first|maiden|married|real|english|foreign|birth) name|my name (was|is) \w+"],
    "": [r"(my|our|her|his) (real|actual|own) (photo|picture|face|voice)|(my|our|her|his) skin|see my skin"],
    "disability": [r"(uses?|using|in|with) (a )?(cane|wheelchair|walker|crutches|hearing aids?|white stick)",
                   r"asked for (extra time|adjustments?|reasonable adjustments?)"],
    "neighbourhood": [r"social tariff|(nicer|poorer|richer|posh|rough|better|worse|nice|poor) (part|area|side|end|"
                      r"neighbou?rhood)( of (town|the city))?|council (flats?|houses?|tenants?)",
                      r"(home|office|work) (post ?code|zip ?code|address)|post ?code (in|for) \w+"],
    "sex": [r"my (normal|female|male|woman'?s|own) voice|(my|her) (husband|boyfriend|brother) (calls|called|rang|asks|"
            r"asked|books|booked|applied|phones|phoned|knew|approved|agreed|was (home|there|in))",
            r"(talked|spoke|spoken|talking|speaking|explained \w+|addressed|directed \w+) (only )?to my (husband|wife|"
            r"boyfriend|girlfriend|partner|brother|son|father|dad)|(whether|if) my (husband|wife) "],
    "family_status": [r"(two|2) (dads|mums|moms|mothers|fathers)|(small|young|little) (kids|children)|"
                      r"a (mum|mom|mother) and a (dad|father)"],
    "sexual_orientation": [r"(my )?partner is (a )?(woman|man|female|male) too|holding hands"],
    "race": [r"(blond|blonde|fair[- ]haired) (lads|guys|girls|women|men|boys|kids|people|customers|colleagues?|lady)"],
}.items():
    PROXIES.setdefault(_key, []).extend(_patterns)

# Handoff round 3 (2026-11-29): "is anyone there", escalation, callbacks, template replies, consent withdrawal.
# NOT_HANDOFF is masked before the handoff and opt-out rules and the handoff scorer read a message.
NOT_HANDOFF = [r"human resources?( department| team)?|hr department"]
HANDOFF += [
    r"(is|are) (there )?(anyone|anybody|a (real |actual |live )?(person|human))( \w+)? (there|out there|home|awake)"
    r"(?= ?[?!.,;]|$)", r"(is|are) (there )?(anyone|anybody|a (real |actual |live )?(person|human))( \w+)? (reading|"
    r"listening|going to (reply|read|answer|respond)|ever going to (reply|read|answer|respond))",
    r"(please |i want to |i'?d like to |i would like to |i need to |i'm going to )escalate (this|it)"
    r"(?= ?[?!.,;]|$| to | please| now| immediately)",
    r"escalat\w* (this|my|the|our)( \w+)? (complaint|ticket|case|issue|claim|problem|request)",
    r"(request|arrange|book|schedule|want|need|like|get) (a |an )?(call ?back|phone call back)",
    r"(can|could|would|will) (someone|somebody|one of you|anyone|a person|an agent) (please )?(ring|call|phone) (me|us)",
    r"(can|could|would|will) you (please )?(ring|call|phone) (me|us)( back)?(?= ?[?!.,;]|$| instead| to (discuss|"
    r"explain|talk)| about (this|it))",
    r"who (can|could) i (talk|speak|complain) to",
    r"(hand|pass|put|transfer) me (over |on |through )?to (a |an |your |the |one of your )?(colleague|human|person|agent|"
    r"supervisor|manager|someone|somebody|specialist|team)",
    r"(put|get) (a |an )?(human|person|real person|agent|supervisor|manager) on (the line|the phone|this|the case)",
    r"(make|file|lodge|raise|submit|register) (a |an )?(formal |official )?complaint (\w+ ){0,3}(supervisor|manager|someone|"
    r"senior|person|human)",
    r"(to|with) (your|the) (complaints?|escalations?|customer relations) (department|team)",
    r"raise (this|it) with (your|their|a|the|them|him|her)( \w+)?",
    r"(stop|quit) (replying|responding|answering|sending)( to me)? (with|me) (templates?|templated|canned|copy-?paste|generic|"
    r"automated|automatic|scripted|pre-?written)", r"(only|just|keep getting|all i get is|nothing but|only get) (\w+ )?"
    r"(canned|copy-?paste\w*|templated|template|scripted|generic|automated|automatic|pre-?written) (text|answers|replies|"
    r"responses|messages)", r"(answers?|replies|reply|responses?) (i get )?(is|are|was|were) (all )?(copy-?paste\w*|canned|"
    r"templated)",
    r"(someone|somebody|a person) who (can|will|could) (actually )?(read|think|understand|look at)",
    r"(have|get) someone (to )?(actually |properly )?read", r"(actually|properly) read (what i wrote|my (ticket|message|email|case))",
]
AI_WRONG += [
    r"(automated|automatic|generated|bot|ai|chat ?bot) (reply|answer|response|suggestion)s? (doesn'?t|does not|didn'?t|did not)"
    r" (answer|address|help|solve|make sense|fix)", r"(ai|bot|chat ?bot|automated|generated) (reply|answer|response|suggestion)"
    r"s? (made|makes) (it|things|this) worse", r"that (answer|reply|response|suggestion) (is|was) (\w+ )?(wrong|incorrect|"
    r"useless|nonsense|rubbish)", r"(virtual agent|virtual assistant|assistant|chat ?bot|bot)('s)? (answer|reply|response|"
    r"suggestion|advice) (is|was|were) (\w+ )?(wrong|useless|incorrect|unhelpful)",
    r"(generated|automated|automatic) (response|reply|answer) (contradicts|ignores|is wrong)",
    r"(chat ?bot|bot|virtual assistant|assistant) (keeps|kept) (misunderstanding|getting (it|this) wrong|looping)",
]
OPT_OUT += [
    rf"(don'?t|do not|dont|never) (use|using|feed|send|put|share|pass)( \w+){{5,8}} {_AI}",
    rf"(withdraw|revoke|withdrawing|revoking)( \w+){{0,3}} consent( [\w-]+){{0,8}} {_AI}",
    rf"keep (my|our) (\w+ ){{0,3}}(out of|away from|off) (your |the |any )?{_AI}",
    rf"exclude (me|us|my \w+|our \w+)( \w+){{0,2}} from (\w+ ){{0,2}}{_AI}",
    rf"(do not|don'?t|dont) (give|grant) (my |our |you )?(permission|consent|authori[sz]ation)( [\w-]+){{0,8}} {_AI}",
    rf"(no|not) {_AI} (tools? |systems? |models? )?(are|is|be|should be|gets|get) (used|applied|run)",
]
HANDOFF += [  # batch 2 of round 3
    r"(case|claim|ticket|file|complaint|application) (re-?opened|re-?reviewed|re-?assessed|looked at again)",
    r"(reopen|re-?open|re-?assess|re-?review) (my|the|this) (case|claim|ticket|file|complaint|application)",
    r"(name|contact details|direct line) of (someone|somebody|a person|the person|an agent|a manager|your manager)",
    r"(real|proper|actual) conversation", r"not (a|the|this|another) (script|bot|robot|machine|chat ?bot)(?= ?[?!.,;]|$)",
    r"(could|can|would|will) one of (your|the) (team|staff|colleagues|agents|advisers|advisors) (please )?(phone|call|ring|"
    r"contact|email) (me|us)",
]
AI_WRONG += [
    r"(ai|bot|chat ?bot|assistant|virtual assistant|automated system) (is|keeps|kept|was) (just )?(making (things|stuff|"
    r"it) up|hallucinating|inventing|lying|talking nonsense)",
    r"(answered|answers|replied to|responds to|responded to) (a |an )?(different|another|other) question",
]
OPT_OUT += [rf"(don'?t|do not|dont) let {_AI}( or \w+)?( \w+){{0,2}} (near|access|anywhere near|touch|see|read)"]
