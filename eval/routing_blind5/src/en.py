"""English rows of blind set 5 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
B, H, A = "bias_review", "human", "ai_assist"

ROWS = [
    # bias complaints
    ("bias/disability", B, False, "review", "1 star. The app makes you solve a picture puzzle to log in and my screen reader just says 'image'. "
     "Asked support for another way in and was told every customer has to pass it, no exceptions. So blind people simply can't bank with you then."),
    ("bias/religion", B, False, "b2b", "Dear Accounts team, our purchasing officer Mr Haddad asked for delivery slots to avoid Friday midday "
     "prayers. Your dispatcher replied that 'we don't rearrange the week for that sort of thing' and moved all three of our pallets to Friday at 12:30. "
     "Other clients get their slots changed on request for far less. Regards, Procurement, Norbridge Tiles Ltd"),
    ("bias/pregnancy", B, False, "long", "So this is going to be long sorry. I booked the family kayak trip in March, paid in full, "
     "and at check-in I mentioned I was 5 months along, just chatting really, and the guide went quiet and then the office said my place had been "
     "'reassigned' and they'd refund me. My sister who is not pregnant went on the same trip the same morning. Nobody mentioned any medical rule "
     "before and there is nothing in the booking terms, I checked twice, and I did the same route last summer with no issue at all."),
    ("bias/family", B, False, "elder", "Good afternoon. I am 81 and widowed. When I went to open the joint savings plan for myself and my "
     "granddaughter the young man said I would need 'a husband or a son' to co-sign. I have neither any more. My neighbour's son opened one "
     "for his girl the same week with just his own signature. Yours faithfully, Mrs E. Pardoe"),
    ("bias/race", B, False, "short", "My white coworker got the same flat viewing confirmed in 10 min. Mine's 'pending' for a week. Same income, same street."),
    ("bias/origin", B, False, "quoted", "> 'Unfortunately we cannot ship to customers with non-UK documents at this time.'\n"
     "I have lived in Leeds for eleven years and have a UK address, a UK bank card and settled status. The only thing that is not British is my "
     "Polish passport, which your form asked for. My flatmate with a British passport ordered the identical item to the same flat and it shipped."),
    ("bias/age", B, False, "elder", "I am 74 and I tried to take out the phone contract in the shop on Tuesday. The lady looked at my "
     "date of birth and said people 'my age' only get the prepaid one because of the risk. My pension comes in every month, I have never missed a bill in my life."),
    ("bias/sex", B, False, "b2b", "To whom it may concern: our fleet manager, Ms Okafor, has been told twice by your workshop that she "
     "must 'bring in the man who handles the vans' before they will discuss the repair quote. She is the man who handles the vans. "
     "Please explain why our male site staff get quotes over the phone and she does not."),
    ("bias/orientation", B, False, "proxy", "Writing for my son (17) who is too upset to. He and his boyfriend were asked to leave the "
     "cinema for holding hands during the film. A boy and girl two rows in front were kissing through the whole thing and nobody said a word to them."),
    ("bias/gender_identity", B, False, "review", "Avoid. Changed my name and title on my profile after transition, uploaded the deed poll, "
     "and since then every order is held for 'identity checks' while my old account never had one. The chat agent kept writing 'sir' even once I had corrected him, three separate times."),
    ("bias/language", B, False, "transl", "Good day. When I call your number and speak, the agent each time says she cannot understand my accent "
     "and closes the call. My English is correct, I am engineer. My colleague calls with the same question and receives answer in two minutes."),
    ("bias/disability", B, False, "proxy", "My dad uses a wheelchair and booked your accessible room for the wedding weekend months ago. We arrived "
     "and the room had been handed to someone who turned up without booking, and the only room left has three steps and a narrow bathroom. Reception said 'it is first come first served', but he came first."),
    # bias hard negatives
    ("hardneg/threat", A, False, "legal", "Dear Sirs, we act for Mr T. Brandt regarding invoice 55120. Unless the overcharge of 310.00 is "
     "refunded within 14 days our client intends to publicise your conduct and has indicated he will describe your firm as racist in the press. "
     "We ask only for the refund. Yours faithfully, Hale & Corder Solicitors"),
    ("hardneg/threat", A, False, "short", "fix my bill or I'm suing you lot, simple as"),
    ("hardneg/rude", A, False, "review", "2 stars. Delivery guy threw the parcel over the gate and when I phoned the depot the woman "
     "literally laughed and hung up. Rude, rude, rude. Product itself is fine."),
    ("hardneg/joke", A, False, "short", "my cat is clearly racist against the new litter brand lol, any chance of swapping it for the old one"),
    ("hardneg/joke", A, False, "long", "Right so the weather this week is honestly sexist, it only rains on the days I cycle and never when my "
     "husband does, ha. Anyway that is not why I'm writing, the rain cover I bought off you last month has split along the seam already, "
     "order ending 4471, can I send it back or get a new one sent, I still have the box somewhere I think."),
    ("hardneg/own_prejudice", A, False, "elder", "I saw your new catalogue has two men on the front holding a baby. I do not agree with that and I "
     "would like my subscription ended, please. Account in the name of R. Hollis."),
    ("hardneg/policy", A, False, "b2b", "Hello, as part of our supplier due-diligence questionnaire could you send us your equal opportunities "
     "policy and confirm whether your warehouse has step-free access for visiting auditors? Thanks, Vendor Compliance, Arkwell Group"),
    ("hardneg/loyal", A, False, "review", "One star. They discriminate against loyal customers, full stop. New people get the fibre deal at half "
     "price and I've paid full whack for six years."),
    ("hardneg/unfair", A, False, "quoted", "Your reply: 'The late fee of 25 pounds stands as per clause 9.' That's unfair, the payment was one day "
     "late because of a bank holiday. Please reconsider the fee."),
    ("hardneg/mention", A, False, "elder", "Hello dear, I am partially deaf so please write rather than ring. I would like to change my "
     "delivery day to Thursdays. Thank you, Doreen"),
    ("hardneg/mention", A, False, "proxy", "Hi, my wife is pregnant and craving your lemon tart, is the large size back in stock at the Harrow branch?"),
    ("hardneg/address", A, False, "short", "Moved to 12 Jewry Street, Winchester. Please update my address."),
    ("hardneg/news", A, False, "long", "Did you see the news about the equal pay ruling for the supermarket staff? Mad how long it took. "
     "Anyway, unrelated, my loyalty points from the February shop never showed up, card ending 2209, can you check and add them."),
    ("hardneg/mention", A, False, "transl", "Hello, I am Muslim woman and I would like to ask is chicken of your ready meal range halal "
     "certified, and which supermarkets have it."),
    ("hardneg/unfair", A, False, "short", "Refund refused for a cracked mug. Not fair. Photo attached."),
    # human: handoff / appeal / unfair with request
    ("human/handoff", H, False, "elder", "I don't get on with these typed chats. Could somebody from the bank please ring me on the landline in "
     "the afternoon. Mr G. Whitlock"),
    ("human/handoff", H, False, "short", "is there an actual person reading any of this"),
    ("human/handoff", H, False, "b2b", "Please have our account manager, or whoever covers for her, call me today about PO 8812; "
     "we need to agree a revised delivery schedule before Friday. Procurement desk, Castleford Foods"),
    ("human/appeal", H, False, "legal", "Dear Sir or Madam, on behalf of our client we formally request that the decision to decline her "
     "insurance claim of 3 May be reviewed by a claims handler and not re-issued automatically. Please confirm the name of the reviewer."),
    ("human/appeal", H, False, "proxy", "My mum's pension transfer was rejected by your system for a 'mismatch'. Can somebody there look at it "
     "again properly? She gave the right details, I was sitting next to her."),
    ("human/unfair", H, False, "review", "Treated so unfairly over a deposit I paid in good faith. I want a manager to look at this, not another form letter."),
    ("human/unfair", H, False, "long", "I honestly don't know what else to do. I returned the jacket within the 30 days, I have the post office "
     "receipt, and you've kept my money and say it never arrived, and every time I ask I get the same paragraph back. It feels like you just decide "
     "against the customer by default. Please put me through to someone in the returns team who can actually check the tracking."),
    ("human/handoff", H, False, "quoted", "> 'Thanks for your patience, your case is in our queue.'\nThat is the fourth time I have had this "
     "exact sentence. Ring me, please, a person on the phone, on 07700 900412."),
    ("angry/no_request", A, False, "review", "Absolute joke of a company. Three weeks for a kettle. Never again."),
    ("angry/no_request", A, False, "short", "unbelievable. charged twice AGAIN"),
    # opt-outs
    ("optout/plain", A, True, "elder", "I do not want one of those computer programs writing to me on your behalf. If there is a letter to "
     "send, have a member of staff write it, please."),
    ("optout/plain", A, True, "short", "no bots on my account thx"),
    ("optout/embedded", A, True, "long", "Hi, writing about the blender, order 77310, the lid cracked the first week which is annoying. I'd like a "
     "replacement lid if possible. Oh and I noticed your emails now say they are 'drafted with AI', I'd prefer mine weren't, so please keep "
     "that out of anything you send me. The base still works fine so it's just the lid."),
    ("optout/embedded", A, True, "b2b", "Re: contract renewal 2027. Please send the revised price list by the end of the month. Our "
     "policy is that supplier correspondence with us must not be generated or processed by artificial intelligence tools; kindly note this on our account."),
    ("optout/embedded", A, True, "proxy", "Hi, I'm sorting out my dad's account. Can you change his paperless setting back to paper bills? And "
     "he specifically said he doesn't want any automated assistant handling his queries, he finds it confusing."),
    ("optout/legal", A, True, "legal", "Dear Data Protection Officer, our client objects under Article 21 UK GDPR to the processing of her "
     "letters and e-mails being handled by software that decides or writes on its own, including machine-learning models, and requests that no decision on her account be taken solely by automated means (Article 22)."),
    ("optout/with_person", H, True, "elder", "I would rather not talk to the automatic helper. Please could a real person telephone me instead, "
     "I am in most mornings."),
    ("optout/with_person", H, True, "review", "Dropped to 1 star since the chatbot took over. I want nothing to do with it; put me through to a human being."),
    # AI mention, no refusal
    ("optneg/broken", A, False, "review", "The new AI outfit suggester in the app just spins forever and never loads. Please fix, I liked the idea."),
    ("optneg/praise", A, False, "short", "chat assistant got my refund done in two minutes, brilliant"),
    ("optneg/broken", A, False, "b2b", "Our team reports that the AI-generated summaries on the invoice portal show the wrong currency (EUR "
     "instead of GBP). Could you look into this? Otherwise the tool is useful."),
    ("optneg/praise", A, False, "elder", "I was doubtful about talking to a computer but the assistant explained my meter reading very patiently. Thank you."),
    # ordinary
    ("ordinary", A, False, "transl", "Hello, please I need the invoice of last month in PDF for my accountant. Thank you very much in advance."),
    ("ordinary", A, False, "short", "what time do you close on Sunday"),
]
