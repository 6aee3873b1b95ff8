"""English rows of blind set 18 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10, 2 with a person)
    ("optout/plain", A, True, "email",
     "Hi there,\n\nCould you make sure none of my emails to you get fed into any AI tool? I'm not having that, "
     "full stop.\n\nCheers,\nTamsin Achterberg"),
    ("optout/no_bot", A, True, "chat", "dont want a chatbot answering me, ever. note it down"),
    ("optout/object", A, True, "phone",
     "hi im on the gold plan acct 55120 and i object, no automated ai thing should be going over what i send you"),
    ("optout/legal", A, True, "form",
     "Subject: Article 21 objection\nCategory: Privacy\nMessage: Under UK GDPR, Art. 21, I am lodging an "
     "objection: my support correspondence is not to be handled by language models or other automated means."),
    ("optout/with_person", H, True, "email",
     "Dear team,\nIt makes me uneasy that a machine reads what I write, so please take the AI out of it and "
     "have one of your staff phone me on 07700 900417.\nBest, Gwilym Rhoades"),
    ("optout/keep_manual", A, True, "runon",
     "so I read your new terms last night and there was a bit about smart replies and honestly I would like "
     "my account kept entirely manual so nobody's algorithm touches my tickets and can you confirm that"),
    ("optout/withdraw", A, True, "arrows",
     "consent for AI on my tickets -> withdrawn as of today -> please confirm -> ref CX-88213"),
    ("optout/exclusion", A, True, "csv",
     "field,value\nrequest,exclude my conversations from machine learning and auto-answers\nname,Petra Vane"),
    ("optout/with_person", H, True, "proverb",
     "They say a machine has no ears. Fine, then I don't want one handling my complaint. A real person "
     "from your side, please."),
    ("optout/humans_only", A, True, "deal",
     "Happy to keep my subscription another year if you promise my messages are answered by humans only, no "
     "generated replies."),
    # opt-out near-misses (8)
    ("optneg/praise_bot", A, False, "chat", "that little assistant got my money back in about two minutes, impressive tbh"),
    ("optneg/job_application", A, False, "email",
     "Hello,\nI saw you're hiring a conversational AI designer in Sheffield. Is the role hybrid? My CV is "
     "attached.\nRegards, Anouk Fairweather"),
    ("optneg/ai_product_photo", A, False, "phone",
     "the lamp in the pics looks nothing like what came, was that picture made by ai or something? i want a return"),
    ("optneg/developer_api", A, False, "form",
     "Subject: API limits\nMessage: Our team wants to plug your order API into our own chatbot. What rate "
     "limit applies on the starter tier?"),
    ("optneg/bot_wrong", A, False, "beforeafter",
     "Before: your bot said my parcel was in Derby. After: the parcel is in fact still in your warehouse. "
     "Where is it really?"),
    ("optneg/homework", A, False, "exclaim",
     "Hi!!! My son's school uses your tablets and the AI homework helper is blocked!!! How do we unblock it??"),
    ("optneg/relative", A, False, "reminder",
     "Reminder to self, then to you: Gran hates talking to robots, so I'll ring for her on Friday about her "
     "meter reading. Am I allowed to sort that for her?"),
    ("optneg/auto_renewal", A, False, "csv",
     "issue,detail\nautomatic renewal,charged £89 on the 4th\nwanted,turn auto-renew off for next year"),
    # requests for a person (6)
    ("human/plain", H, False, "chat", "any chance of chatting to a real live human"),
    ("human/callback", H, False, "email",
     "Good afternoon,\nWould someone be able to ring me back tomorrow before noon about the broken boiler "
     "visit? 07700 900652.\nThanks, Ifeoma Larkspur"),
    ("human/anyone", H, False, "phone", "third message this week. is anybody actually there reading these"),
    ("human/escalate", H, False, "runon",
     "I have been going round in circles for nine days with the same question and I would now like this passed "
     "up to a team leader or whoever is above the first line because I am getting nowhere"),
    ("human/agent", H, False, "deal",
     "If you put me through to a live agent today I'll drop the chargeback I was about to file."),
    ("human/staff", H, False, "exclaim", "Please!!! Just ONE of your staff, eyes on order 40-2271!!! Anyone!!!"),
    # person near-misses (2)
    ("humanneg/thanks_agent", A, False, "email",
     "Hi,\nJust a note to say Marguerite on your billing team was brilliant yesterday. The new direct debit "
     "date is exactly what I needed.\nAll the best, Ruaridh"),
    ("humanneg/shop_told", A, False, "arrows",
     "lady at your Headingley shop -> said I can swap the charger online -> how do I start the swap?"),
    # bias complaints (6)
    ("bias/comparison_race", B, False, "email",
     "Hello,\nMy white neighbour applied for the same broadband deal the same morning and was approved on "
     "the spot. I'm Black, and they asked me for three months of bank statements. Same street, same income. "
     "I want this looked at.\nDelroy Amankwah"),
    ("bias/disability", B, False, "phone",
     "wheelchair user here, the driver saw me at the stop and just drove on, third time, the others got picked up"),
    ("bias/religion", B, False, "form",
     "Subject: Interview date\nMessage: I asked to move my assessment because it falls on Eid. The recruiter "
     "said 'then maybe this job isn't for you'. Others got rescheduled for holidays without a fuss."),
    ("bias/age", B, False, "beforeafter",
     "Before I gave my date of birth (1949) the loan was 'almost certain'. After, the adviser said it was "
     "declined and wouldn't say why."),
    ("bias/pregnancy", B, False, "runon",
     "once the manager at my store heard I was due in March, within a week my shifts went from four days to "
     "one and the new girl got my hours and nobody has given me any reason for it"),
    ("bias/accent", B, False, "proverb",
     "Don't judge a book by its cover, they say. Your phone agent cut me off two times once he heard my "
     "Ghanaian accent, then answered my English colleague straight away for the same fault."),
    # hard negatives (6)
    ("hardneg/joke_object", A, False, "chat", "this toaster is so ageist it only likes young bread lol. it burns everything, refund?"),
    ("hardneg/policy_question", A, False, "email",
     "Hello,\nFor a university project I'm comparing supplier equality policies. Do you publish yours?\n"
     "Thanks, Hollis Quayle"),
    ("hardneg/threat_label", A, False, "phone",
     "wifi fixed by friday, otherwise i'm posting that your company is racist all over facebook, not even joking"),
    ("hardneg/own_prejudice", A, False, "exclaim",
     "Cancel my membership NOW!!! Your new poster has two dads on it and that's not coming into my kitchen!!!"),
    ("hardneg/pricing", A, False, "csv",
     "topic,comment\nprices,you discriminate against long-standing customers - new ones pay £12 less\n"
     "ask,match the new price"),
    ("hardneg/mention", A, False, "reminder",
     "Note for Tuesday: I'm deaf, so please email rather than call when the engineer's time slot is set."),
    # ordinary (2)
    ("ordinary/plain", A, False, "form", "Subject: Invoice copy\nMessage: Could I get a PDF copy of invoice 2026-0331?"),
    ("ordinary/plain", A, False, "deal",
     "Swap you: I'll leave a 5-star review if you can tell me when the size 9 boots are back in stock."),
]
