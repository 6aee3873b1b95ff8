"""What a reply offers, refuses and how warm it sounds: multilingual lexicons (en, es, fr, de, pt).

Plain data, like the routing lexicons: regexes matched against *folded* text (lower case, accents
stripped), each wrapped as ``(?<!\\w)(?:pattern)`` so stems work (``reembols\\w*``). An offer preceded by a
negation in the same sentence ("we cannot offer a refund") counts as a refusal, not an offer.
"""

OFFERS = {
    "refund": [r"refund\w*", r"reimburs\w*", r"money back", r"reembols\w*", r"devolucion del (dinero|importe)",
               r"rembours\w*", r"(ruck)?erstatt\w*", r"geld zuruck", r"estorno\w*"],
    "discount": [r"discount\w*", r"coupon\w*", r"voucher\w*", r"promo(tional)? code", r"store credit",
                 r"\d+ ?% off", r"descuento\w*", r"cupon\w*", r"reduction\w*", r"remise\w*", r"bon d'achat",
                 r"code promo", r"rabatt\w*", r"gutschein\w*", r"desconto\w*", r"cupom\w*"],
    "escalation": [r"escalat\w*", r"supervisor\w*", r"(a |our )?manager", r"specialist\w*", r"senior (agent|team)",
                   r"(passed|forwarded|handed|referred) (this |it |your \w+ )?(on |over )?to",
                   r"escalar\w*", r"especialista\w*", r"responsable", r"superviseur\w*", r"transmis\w*",
                   r"weitergeleitet", r"eskalier\w*", r"vorgesetzt\w*", r"encaminh\w*"],
    "exception": [r"exception\w*", r"(as a|one-time|one time) (courtesy|exception|gesture)", r"goodwill",
                  r"waive\w*", r"excepcion\w*", r"cortesia", r"geste commercial", r"a titre exceptionnel",
                  r"ausnahm\w*", r"kulanz\w*", r"excec\w*"],
}
REFUSAL = [r"unable to", r"not able to", r"cannot", r"can'?t", r"can not", r"won'?t be able", r"not possible",
           r"(not|in)eligible", r"we do(n'?t| not) offer", r"unfortunately", r"regrettably", r"declin\w*",
           r"denied", r"not (be )?(covered|refundable|accepted)", r"no (podemos|es posible)", r"lamentablemente",
           r"desafortunadamente", r"no es elegible", r"ne (pouvons|pouvez|peut) pas", r"malheureusement",
           r"impossible", r"pas (possible|eligible)", r"leider", r"nicht moglich", r"konnen (wir )?(das )?nicht",
           r"infelizmente", r"nao (podemos|e possivel)"]
APOLOGY = [r"sorry", r"apolog\w*", r"lo siento", r"lo sentimos", r"disculp\w*", r"lamentamos", r"desole\w*",
           r"excus\w*", r"entschuldig\w*", r"tut (uns|mir) leid", r"desculp\w*", r"sinto muito"]
WARM = [r"thank\w*", r"happy to", r"glad", r"pleasure", r"appreciat\w*", r"of course", r"certainly",
        r"absolutely", r"gracias", r"con gusto", r"encantad\w*", r"merci", r"avec plaisir", r"volontiers",
        r"danke", r"vielen dank", r"gerne", r"obrigad\w*", r"com prazer"]
COLD = [r"unfortunately", r"must", r"policy", r"strictly", r"unable", r"cannot", r"denied", r"not eligible",
        r"as stated", r"per our", r"no longer", r"lamentablemente", r"politica", r"malheureusement",
        r"politique", r"leider", r"richtlinie\w*", r"infelizmente", r"politica"]
NEGATION = [r"not", r"no", r"never", r"cannot", r"can'?t", r"unable", r"won'?t", r"don'?t", r"doesn'?t",
            r"isn'?t", r"aren'?t", r"no podemos", r"ne", r"pas", r"nicht", r"kein\w*", r"nao"]
