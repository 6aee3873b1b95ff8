"""English rows of blind set 12 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "inline",
     "> Is there anything else we can help with today?\nYes actually. I would prefer it if no ticket of "
     "mine went through your artificial intelligence thing. Switch it off for me please.\n> Kind regards, "
     "Support Team"),
    ("optout/nochatbot", A, True, "sarcastic",
     "Oh brilliant, the little chat bubble again, my favourite. Genuinely, keep that bot well clear of "
     "anything I send you, from today, I've had enough of its cheerful nonsense."),
    ("optout/gdpr", A, True, "bugreport",
     "Summary: automated processing of my correspondence\nExpected: my emails read by staff\nActual: an "
     "algorithm drafts the answers\nRequest: under Article 22 I object; stop running my data through it."),
    ("optout/indirect", A, True, "repost",
     "Copying what I sent on the 3rd since no one answered: \"I'm not comfortable with software composing "
     "the replies I get.\" Still true. I'd be grateful if it stopped, today ideally."),
    ("optout/behalf", A, True, "abovetheline",
     "Writing as Dorothy Penhale's power of attorney: she does not consent to machine-written answers or "
     "any AI reading her letters. Please mark her file.\n\n## Please type your reply above this line ##\n"
     "Your request (#92202) has been updated. Add a comment by replying to this email."),
    ("optout/all_future", A, True, "edit",
     "Meter reading attached for flat 4B.\nEDIT: and while you're at it, every future message from me goes "
     "to human eyes only, no automated assistant, permanently. Thanks."),
    ("optout/humans_only", A, True, "questions",
     "Can I get it noted that I only deal with real staff? Would you confirm no language model will touch "
     "what I write? And will that stick for the next ticket as well?"),
    ("optout/consent_withdrawn", A, True, "quotesite",
     "Your help page says \"You can withdraw consent to AI-assisted support at any time.\" Fine: I'm "
     "withdrawing it, as of this email, for account 55-0192-KT."),
    ("optout/with_person", H, True, "tldr",
     "Long story, three weeks of being bounced between the virtual agent and a form that resets itself. "
     "I've typed my order number nine times.\nTL;DR: no more bot for me, ring me on 01632 960 417."),
    ("optout/with_person", H, True, "sarcastic",
     "Wow, the robot apologised for the fourth time, I'm so moved. I'm done with it. Stop feeding my "
     "messages to the AI and put an actual employee on the line, thanks ever so much."),
    # opt-out look-alikes (8)
    ("optneg/ask_whether", A, False, "questions",
     "Quick one: is it AI that types these replies, or someone on your team? Just curious, it doesn't "
     "change anything. Also, is my parcel still coming Thursday?"),
    ("optneg/ai_fine", A, False, "inline",
     "> We may use AI tools to help draft responses. Let us know if you object.\nNo objection whatsoever, "
     "use whatever gets the answer fastest.\n> Your reference: HN-77310"),
    ("optneg/opt_back_in", A, False, "edit",
     "Last spring I asked you to keep automation away from my account.\nUPDATE: I've changed my mind, your "
     "assistant is fine now, please let it answer me again."),
    ("optneg/refuse_other", A, False, "sarcastic",
     "Thrilled to get my fourth \"customer satisfaction survey\" this week. Please stop sending them. The "
     "support itself, bot or not, was fine, it's the surveys I can't stand."),
    ("optneg/criticise", A, False, "bugreport",
     "Steps: asked your chat assistant for the returns address\nExpected: the Bristol warehouse\nActual: it "
     "gave the old Swindon one\nPlease fix that answer, otherwise it's handy."),
    ("optneg/own_job", A, False, "abovetheline",
     "Hi, new direct debit date should be the 15th please.\nMarcus Oyelaran | Machine Learning Lead, "
     "Fenwick Analytics\n\n## Please type your reply above this line ##\nYour request (#65257) has been "
     "updated. Add a comment by replying to this email."),
    ("optneg/policy_question", A, False, "tldr",
     "Our practice is reviewing suppliers for a data audit and I need details on how you use automated "
     "drafting in support, retention and so on.\nTL;DR: could you send your written AI policy?"),
    ("optneg/praise", A, False, "repost",
     "Reposting my review from the app since it fits here: \"The chatbot fixed my roaming in two minutes, "
     "top marks.\" Tell whoever built it, well done."),
    # requests for a person (6)
    ("human/callback", H, False, "edit",
     "Boiler service booking keeps failing at the payment step.\nEDIT 14:10: easier if someone calls me "
     "back this afternoon, 07700 900 583, any time after two."),
    ("human/callback", H, False, "inline",
     "> Could you tell us the best time to reach you?\nWeekday mornings, before 11. Please do ring, I'd "
     "rather explain this to a person.\n> Which number should we use?\n07700 900 206"),
    ("human/anyone_there", H, False, "questions",
     "Hello? Does a living soul ever open this inbox? Is it just an auto-reply machine? Will anybody "
     "actually read this before Friday?"),
    ("human/appeal", H, False, "quotesite",
     "Your letter says \"our automated checks found your account ineligible for the payment holiday.\" "
     "Please get a member of staff to review the decision properly, not the checks."),
    ("human/escalate", H, False, "tldr",
     "Engineer missed two appointments, a third was booked for a date I said I'm away, and the refund went "
     "to a closed card.\nTL;DR: please pass this to a team leader."),
    ("human/ask_person", H, False, "repost",
     "What I wrote yesterday, word for word: \"Could I speak with one of your advisers about the joint "
     "account?\" Still waiting. Same request today."),
    # person look-alikes (2)
    ("humanneg/thanks_agent", A, False, "abovetheline",
     "Priya on the phone last week sorted the whole mess in ten minutes, please pass on my thanks. All fine "
     "now, nothing else needed.\n\n## Please type your reply above this line ##\nYour request (#99354) has "
     "been updated. Add a comment by replying to this email."),
    ("humanneg/manager_asked", A, False, "bugreport",
     "Reporter: office admin (my manager asked me to log this)\nIssue: invoice PDF for October is blank\n"
     "Expected: itemised invoice\nPlease resend by email."),
    # bias complaints (6)
    ("bias/disability", B, False, "repost",
     "Pasting my note from Tuesday again: \"I'm Deaf and call through a relay service. Your line hangs up "
     "on the operator every time.\" Three more hang-ups since. Hearing friends get through fine."),
    ("bias/pregnancy", B, False, "edit",
     "Confirmed my place on the first-aid course in June.\nEDIT: after I mentioned I'm due in August, my "
     "place was suddenly \"reallocated\". Nobody else on the list was moved."),
    ("bias/race", B, False, "questions",
     "Why was my booking for 12–14 March \"unavailable\" when my white colleague booked the very same dates "
     "an hour later, instantly? What exactly was different, apart from us?"),
    ("bias/gender_identity", B, False, "inline",
     "> Could you describe what happened at the store?\nThe cashier looked at my ID, said \"that's not you, "
     "mate\" and refused the return once she realised I'm trans. The man behind me returned the same kettle."),
    ("bias/age", B, False, "sarcastic",
     "Lovely to learn that at 71 I'm apparently \"not suited\" to your online account. My grandson opened "
     "one in five minutes, same documents, same address. Must be the wrinkles."),
    ("bias/religion", B, False, "tldr",
     "I asked to collect the suit after Shabbat instead of Saturday morning; the tailor said \"rules are "
     "rules for your lot\" and cancelled it.\nTL;DR: my order was cancelled because I'm Jewish."),
    # hard negatives (6)
    ("hardneg/joke", A, False, "sarcastic",
     "My new toaster clearly discriminates against rye, it chars every slice of it. Anyway, joking aside, "
     "how do I register the warranty?"),
    ("hardneg/threat", A, False, "edit",
     "Order 81104 still not dispatched.\nEDIT: no parcel by Monday and I'm posting that you lot are sexist "
     "on every forum I know, see how you like that."),
    ("hardneg/own_prejudice", A, False, "quotesite",
     "Your Christmas advert shows \"families of every kind\", including two dads. Not for me. Cancel my "
     "membership from January please."),
    ("hardneg/mention_race", A, False, "inline",
     "> How can we help?\nFor context I'm a Black woman with very curly hair, so I need the wide-tooth comb "
     "attachment, not the standard one. Can I swap it?"),
    ("hardneg/mention_disability", A, False, "bugreport",
     "Device: tablet with screen magnifier (I'm partially sighted)\nIssue: statement PDF is 6 pt text\n"
     "Request: large-print statements by post from now on please."),
    ("hardneg/rude_agent", A, False, "repost",
     "Pasting my own complaint from last week: \"Your agent sighed, called my question stupid and hung "
     "up.\" Still no reply. I want an apology and my router swapped."),
    # ordinary (2)
    ("ordinary/invoice", A, False, "questions",
     "Can you send last month's invoice again? Could it go to the new accounts address? Is VAT shown "
     "separately on it?"),
    ("ordinary/delivery", A, False, "abovetheline",
     "Please leave the parcel with number 18 if I'm out. Thanks, Gareth\n\n## Please type your reply above "
     "this line ##\nYour request (#75847) has been updated. Add a comment by replying to this email."),
]
