"""English rows of blind set 15 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "email",
     "Hello,\n\nAccount 4471-2093. Could you put a note on my file that no AI gets involved in reading my emails or "
     "writing the answers to them?\n\nThanks,\nMaureen Tolley"),
    ("optout/no_bot", A, True, "chat",
     "pls dont pass my chats to the bot thing, keep it off my account entirely"),
    ("optout/legal", A, True, "headline",
     "BREAKING: CUSTOMER 88213 OBJECTS TO AUTOMATED PROCESSING OF HER ENQUIRIES UNDER ARTICLE 21 UK GDPR. "
     "Please confirm it has stopped. Priya Nandakumar"),
    ("optout/discomfort", A, True, "diary",
     "Dear diary, today I finally told the energy company that an algorithm going through my emails gives me the "
     "creeps and it should stop, for me at least. There. Sent. (Account SW-30917)"),
    ("optout/behalf", A, True, "form",
     "Subject: My father's account\nCategory: Privacy\nMessage: I hold power of attorney for Mr Desmond Achterberg "
     "(acct 55120). He does not agree to machine-written replies or to AI reading his letters. Please record this."),
    ("optout/standing", A, True, "phone",
     "this ticket + all later ones from me = no ai on my stuff pls, email or phone, ref 20771"),
    ("optout/staff_only", A, True, "classified",
     "WANTED: real employees to read and answer my messages. NOT WANTED: assistants made of code. Apply within "
     "account 60342. G. Harcourt"),
    ("optout/consent_withdrawn", A, True, "secondperson",
     "You signed up in 2023. You ticked 'I agree to AI-assisted support'. You've changed your mind. So: I withdraw "
     "that consent for account 3318-77, please confirm. R. Biddulph"),
    ("optout/with_person", H, True, "meme",
     "Nobody:\nYour chat widget: 'Hi! I'm Sparky, your virtual helper!'\nMe: no thank you Sparky. A human on "
     "07700 900418 instead, please"),
    ("optout/with_person", H, True, "chat",
     "I don't want the assistant bot on this one. Could a colleague of yours phone me instead? 01632 960553"),
    # opt-out look-alikes (8)
    ("optneg/bot_praise", A, False, "email",
     "Hi, just to say your chat assistant sorted my meter reading in two minutes last night, impressive. One "
     "follow-up: when will the new tariff show on my bill? Tom Fairweather"),
    ("optneg/addon_cancel", A, False, "form",
     "Subject: Unwanted add-on\nCategory: Billing\nMessage: There's a £3.49 'Smart AI Assistant' add-on on my phone "
     "bill since March that I never chose. Please remove it and refund the three months."),
    ("optneg/ai_question", A, False, "chat",
     "quick q for a uni project: is there AI behind your customer service at all? not complaining, just curious"),
    ("optneg/scam_bot", A, False, "phone",
     "got a whatsapp from a bot saying its u and asking for my card pin, is that real?? havent replied to it"),
    ("optneg/captcha", A, False, "commentary",
     "And he's on the login page... ticks 'I'm not a robot'... and the puzzle spins forever! Third attempt, no way "
     "through. Can you help me log in? User: dwalsh81"),
    ("optneg/ai_photo", A, False, "secondperson",
     "You see a lovely oak sideboard in the listing. You pay £420. You unpack a pine one in another colour. You "
     "realise the photo was AI-generated. Order 77-1043, I want a return label."),
    ("optneg/smart_device", A, False, "recipe",
     "Recipe for a ruined Saturday: take one robot lawnmower (GR-5), add the latest firmware, stir until it refuses "
     "to leave its dock. Serves nobody. How do I roll the update back?"),
    ("optneg/machine_translation", A, False, "definition",
     "machine translation (n.): what I'd actually like you to use on your replies to me, as my English is slow. "
     "Feel free to answer in Polish through your translator. Kasia Wrona"),
    # requests for a person (6)
    ("human/callback", H, False, "phone",
     "can someone ring me back tmrw after 5 on 07700 900761, easier than typing all this out"),
    ("human/callback", H, False, "diary",
     "Dear diary: asked the bank to phone me about the mortgage letter, 01632 960884, any weekday morning. Fingers "
     "crossed a person actually calls."),
    ("human/anyone_there", H, False, "chat",
     "hello? is an actual person going to see this at some point"),
    ("human/appeal", H, False, "email",
     "Hello, your system turned down my pay-monthly upgrade automatically with no reason given. Could one of your "
     "staff go over that decision again, please?\nAccount 9920-1145, Nadia Corbyn"),
    ("human/supervisor", H, False, "headline",
     "FOURTH CALL, SAME FAULT: CUSTOMER ASKS FOR A SUPERVISOR. Ref 4410-AX, broadband still down, please pass this "
     "up the chain today."),
    ("human/ask_person", H, False, "classified",
     "SEEKING: one person from your support team, any department, to talk through a billing mess with me. Reply to "
     "Lewis Okafor, ticket 72290."),
    # person look-alikes (2)
    ("humanneg/thanks_agent", A, False, "email",
     "Hi, a big thank-you to Rosalind on your live chat yesterday, she fixed the address on my order. Nothing else "
     "needed.\nBest, Hugh Penrose"),
    ("humanneg/person_told", A, False, "meme",
     "Me: where do I send my warranty card?\nThe man at your Leeds shop: 'just upload it online'\nSo here it is, "
     "attached. Serial KT-2281."),
    # bias complaints (6)
    ("bias/disability", B, False, "email",
     "Hello, I use a wheelchair and booked your step-free cabin on the 14:10 ferry. At boarding the cabin had "
     "suddenly been 'reassigned' and offered a bench on deck. Two passengers who booked ordinary cabins after me got theirs."),
    ("bias/race", B, False, "chat",
     "my white flatmate and me, same salary, both went for the same phone deal on the same day. he was approved in "
     "minutes, I'm Black and got told to pay a £300 deposit. explain that"),
    ("bias/age", B, False, "phone",
     "im 71 and every time i ring the branch about the card reader they say get a grandchild to do it and hang up. "
     "my neighbour whos 40 got one posted the same week"),
    ("bias/religion", B, False, "commentary",
     "Live from reception: the Sikh customer arrives, card in hand... the manager points at his turban, 'headwear "
     "rule, sorry'. Meanwhile three lads in beanies stroll straight in. That was me, Tuesday, Croydon gym."),
    ("bias/pregnancy", B, False, "diary",
     "Dear diary, week 3 of the bank's graduate scheme. Told HR I'm pregnant on Monday; by Thursday my placement "
     "'no longer exists'. The other two grads keep theirs. Copying this into my complaint, ref GS-118."),
    ("bias/language", B, False, "secondperson",
     "You ring about your parcel. You speak with a Lagos accent. The agent says 'I can't understand you' and ends "
     "the call. Your husband rings five minutes later with the same tracking number and gets it rebooked."),
    # hard negatives (6)
    ("hardneg/joke", A, False, "chat",
     "lol my new kettle won't boil for anyone over 60, ageist kettle. anyway the lid is cracked, can I swap it? "
     "order 55-903"),
    ("hardneg/threat", A, False, "email",
     "If my refund isn't here by Friday I'll tell everyone at the pub your lot are bigots (only half kidding). "
     "Seriously though, where's the £62? Ref RF-2093"),
    ("hardneg/own_prejudice", A, False, "form",
     "Subject: Cancel\nCategory: Account\nMessage: Please cancel my streaming plan. I didn't like the new advert "
     "with the gay wedding in it and I won't pay for that."),
    ("hardneg/policy_question", A, False, "definition",
     "equality policy (n.): a document I'm told your company has. Could you send it over? Our community group is "
     "deciding whether to hire your venue. Ann Marsh, Hebden Hall Trust"),
    ("hardneg/loyal_pricing", A, False, "headline",
     "LOYAL FOR 11 YEARS, CHARGED MORE THAN NEWCOMERS: you discriminate against loyal customers and I want the "
     "new-customer broadband price. Acct 30-8812"),
    ("hardneg/mention_disability", A, False, "recipe",
     "Ingredients: one deaf customer (me), one new router. Method: please email the setup steps instead of sending "
     "the video with spoken instructions. That's the whole request. Ref 11932."),
    # ordinary (2)
    ("ordinary/invoice", A, False, "phone",
     "hi my accountant wants march's bill as a pdf, can u email it over, acct 4470"),
    ("ordinary/delivery", A, False, "classified",
     "LOST: one parcel, shoebox size, last seen 'out for delivery' on Tuesday. Tracking JX449012GB. Reward: my "
     "eternal thanks."),
]
