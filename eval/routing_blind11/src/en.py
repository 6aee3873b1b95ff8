"""English rows of blind set 11 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "autocorrect",
     "sorry typing on the bus. pls dont let the AI duck with my account msgs, i want no AI reading them. thx ( "
     "autocorrect, not duck obvs)"),
    ("optout/nochatbot", A, True, "caps",
     "NO CHATBOT. NOT ON THIS. NOT ON MY ACCOUNT. WRITE THAT DOWN SOMEWHERE."),
    ("optout/gdpr", A, True, "footer",
     "Please treat this as my objection under UK GDPR Art. 21 and 22: none of my correspondence is to go through "
     "automated or AI tools.\n\nR. Ashdown\n--\nThe contents of this e-mail, attachments included, "
     "are private and meant "
     "only for the named recipient. If it reached you by mistake, tell the sender and erase it. Views "
     "expressed are those of the author. Ashdown & Pell LLP is registered in England, no. 00000000."),
    ("optout/indirect", A, True, "polite",
     "I hope you won't mind my mentioning it, and I'm sure the system is very clever, but I would feel a great "
     "deal more comfortable if my letters were not put through the artificial intelligence at all. Thank you "
     "ever so much for understanding."),
    ("optout/behalf", A, True, "agent",
     "I'm the bookkeeper for Mr D. Olawale (account ending 4410) and act for him under a signed authority. He "
     "instructs me to let you know he does not consent to an AI assistant handling his queries, and neither do I "
     "on his file."),
    ("optout/all_future", A, True, "selfqa",
     "Do I mind AI in general? No. Do I want it answering me here? Also no. So, from today and for every "
     "ticket after it: no automated replies to me, please."),
    ("optout/conditional", A, True, "mktreply",
     "Re: \"Meet Nova, your new smart helper!\"\n\nIf Nova is going to be the one opening my support messages, "
     "count me out. Keep my account off it."),
    ("optout/humans_only", A, True, "turn",
     "Quick one about the meter reading, I sent it on the 3rd, it's 04512. Actually, while I'm here: I only "
     "want humans dealing with me going forward, no robot answers."),
    ("optout/with_person", H, True, "grievlist",
     "1. Your robot answered my last three messages with nonsense.\n2. I'm not having a robot answer a fourth.\n"
     "3. I want one of your staff on the phone: ring 07700 900118."),
    ("optout/with_person", H, True, "autocorrect",
     "can sone1 actually call me back, i dont want the automated assistant on this, sorry for typos fat "
     "fingers"),
    # opt-out near misses (8)
    ("optneg/ask_whether", A, False, "selfqa",
     "Was your last reply written by an AI? Probably. Does it matter to me? Honestly not really, I'm just "
     "curious how it works."),
    ("optneg/praise", A, False, "caps",
     "WOW. THAT CHATBOT OF YOURS GOT MY MONEY BACK BEFORE MY TEA WAS READY. BEST THING ON YOUR WEBSITE."),
    ("optneg/criticise", A, False, "grievlist",
     "Feedback on the chat:\n1. The robot didn't understand \"direct debit\".\n2. It sent me the same link "
     "twice.\n3. It did get there in the end, so fine, but it needs work."),
    ("optneg/opt_back_in", A, False, "polite",
     "Some months ago I asked that no AI be used on my messages. I have since changed my mind, and I'd be "
     "grateful if you would cancel that request; the automated replies are perfectly fine by me now."),
    ("optneg/refuse_other", A, False, "mktreply",
     "Re: \"Don't miss our AI-powered deals\"\n\nPlease take me off this mailing list. I don't want these "
     "e-mails at all."),
    ("optneg/policy_question", A, False, "agent",
     "Writing as office manager for a small GP surgery that uses your lines. Before we renew, could you send "
     "us your policy on AI: what the chatbot stores, and whether staff review automated answers?"),
    ("optneg/ai_fine", A, False, "turn",
     "Thanks for the new router. By the way, someone on the forum was upset that an AI answers your tickets. "
     "Fine with me, if it's quick I don't care who or what answers."),
    ("optneg/own_job", A, False, "footer",
     "My invoice for October shows two line rentals; please check.\n\nKind regards,\nPriya Nandakumar\nHead of "
     "AI & Automation, Quillon Analytics\n--\nThis message may contain confidential information. If you are "
     "not the intended recipient, do not read, copy or forward it."),
    # requests for a person (6)
    ("human/callback", H, False, "polite",
     "I wonder whether it might be possible, when someone has a free moment, for a member of your team to "
     "telephone me about the transfer. Any time after four would suit."),
    ("human/anyone_there", H, False, "caps",
     "HELLO?? DOES A HUMAN EVER OPEN THESE. FIFTH MESSAGE."),
    ("human/appeal", H, False, "agent",
     "I act for Ms F. Quayle as her accountant. Your system declined her business overdraft automatically. "
     "We ask that a named person review that decision and contact us."),
    ("human/escalate", H, False, "grievlist",
     "Where we are:\n1. Three engineers booked, none turned up.\n2. Two agents promised compensation, none "
     "came.\n3. I'd like this passed to a supervisor today."),
    ("human/ask_person", H, False, "autocorrect",
     "need to speak to a real persn about the contract, whos the best number to ring, a human one"),
    ("human/callback", H, False, "turn",
     "Paid the bill, all good. Oh, and the broadband drops every evening at nine; could an engineer phone me "
     "to talk it through?"),
    # person near misses (2)
    ("humanneg/no_call", A, False, "mktreply",
     "Re: \"Upgrade today - call our team!\"\n\nPlease don't phone me about upgrades. I'm happy with what I've "
     "got."),
    ("humanneg/thanks_agent", A, False, "selfqa",
     "Did Marcus fix it? Yes. Does he deserve a mention? Absolutely. Do I need anything else? No, all sorted."),
    # bias (6)
    ("bias/caste", B, False, "turn",
     "Asking about the rental deposit. When the letting agent heard my surname he asked what caste we were and "
     "then said the flat had gone; my Brahmin colleague viewed it the next day."),
    ("bias/hiv", B, False, "grievlist",
     "1. I told the nurse at your clinic I'm HIV positive.\n2. She put me last on the list \"for cleaning "
     "reasons\".\n3. Nobody else was moved. This isn't right."),
    ("bias/body_size", B, False, "caps",
     "YOUR STEWARD FORCED ME TO PAY FOR AN EXTRA SEAT BECAUSE I'M FAT. MY SEATBELT CLOSED FINE. THE MAN NEXT TO ME WAS "
     "BIGGER AND WASN'T ASKED."),
    ("bias/disability", B, False, "agent",
     "I'm writing as support worker for a client with Tourette's. Your branch staff asked him to leave after "
     "a tic and refused to open his account; they said he was \"disruptive\"."),
    ("bias/race", B, False, "polite",
     "I hesitate to raise this, but when my husband, who is Roma, came to collect our parcel, your counter "
     "assistant asked for three forms of ID. I collected the next one with a single bank card."),
    ("bias/language", B, False, "autocorrect",
     "ur phone guy said he couldnt understand my glaswegian accent and hung up, twice. my english mate called "
     "after and got the refund sorted in 5 mins"),
    # hard negatives (6)
    ("hardneg/joke", A, False, "caps",
     "MY SMART FRIDGE IS CLEARLY PREJUDICED AGAINST VEGETABLES. "
     "ANYWAY: THE ICE MAKER NEEDS RESETTING, WHICH BUTTON?"),
    ("hardneg/threat", A, False, "grievlist",
     "1. Refund still missing.\n2. Third time asking.\n3. Sort it or I'll tell everyone online you're a "
     "sexist company, your choice."),
    ("hardneg/own_prejudice", A, False, "mktreply",
     "Re: \"Our winter campaign\"\n\nThe advert with the two grooms is not what I want in my inbox. Unsubscribe "
     "me."),
    ("hardneg/loyal_pricing", A, False, "turn",
     "Renewal came through. Twelve years with you and I'm paying more than new sign-ups; that's discrimination "
     "against loyal people if you ask me. Could you match what newcomers pay?"),
    ("hardneg/rude_agent", A, False, "autocorrect",
     "the lady on the phone was so rude, sighed at me and said its not her problem. anyway can u resend the "
     "contract pdf"),
    ("hardneg/mention_religion", A, False, "polite",
     "As a Jain I eat rather early; would it be possible to have the delivery before six in the evening, if "
     "that's no trouble?"),
    # ordinary (2)
    ("ordinary/invoice", A, False, "footer",
     "Please send the VAT invoice for order 55120 to accounts@example.org.\n--\nThis e-mail is confidential. "
     "Registered office: 1 Mill Row, Leeds. Company no. 00000000."),
    ("ordinary/moving", A, False, "selfqa",
     "Am I moving? Yes, on the 14th. Do I want to keep the same package? Yes. What do you need from me?"),
]
