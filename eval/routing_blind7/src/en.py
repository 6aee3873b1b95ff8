"""English rows of blind set 7 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
B, H, A = "bias_review", "human", "ai_assist"

ROWS = [
    # opt-outs, pure (ai_assist, opt_out true)
    ("optout/plain", A, True, "dm", "hey 👋 quick one before my next order: I'd rather none of my chats go through "
     "your AI thing. just the team pls 🙏"),
    ("optout/plain", A, True, "thread", "Thanks for the reply. One more thing: I do not want artificial intelligence "
     "involved in answering me, now or later.\n\nGwen\n\n> On Tue, Support wrote:\n> Your parcel left our depot "
     "this morning.\n> Kind regards, the Fennick Home team"),
    ("optout/gdpr", A, True, "formdump", "Name: Oswin Tarrant\nCustomer no.: FH-55102\nTopic: Data protection\n"
     "Message: Under Article 21 UK GDPR I object to my personal data being processed by machine-learning systems "
     "for customer service.\nAttachment: none\nConsent to contact: yes"),
    ("optout/gdpr", A, True, "thread", "Dear Fennick Home,\n\nPursuant to Art. 22 GDPR I exercise my right not to be "
     "subject to a decision based solely on automated processing. Please confirm that my refund claim and my "
     "correspondence are dealt with without automated systems.\n\nYours sincerely,\nMargit Olsen-Rhee\n"
     "-- \nSent from my tablet"),
    ("optout/humans_only", A, True, "dm", "from today: people, not machines, on anything to do with me ✋🤖 ta"),
    ("optout/conditional", A, True, "formdump", "Subject: order 70331\nDescription: Before you answer: if this "
     "goes to some bot, stop right there, I'm not okay with that. The order is missing the lid.\nPriority: normal"),
    ("optout/conditional", A, True, "calllog", "[00:04] Customer: yeah hi, is this a recording, or like an automated "
     "system? [00:07] IVR: ... [00:09] Customer: because if it's a machine taking this down then no, I'm not "
     "having it, delete it. I'll write in."),
    ("optout/embedded", A, True, "thread", "Hi Ravi,\n\nFollowing up on the fridge. The engineer came Thursday, "
     "replaced the thermostat, the freezer still ices up at the back and the drawer won't close. My partner has "
     "photos if you need them. Also, unrelated, I read you now draft replies with AI software: please leave my "
     "case out of that. Could a second visit be booked for any weekday morning next week?\n\nBest,\nLorna Keely"),
    ("optout/embedded", A, True, "fwd", "---------- Forwarded message ---------\nFrom: Declan Moyes\nTo: orders\n"
     "Subject: Fwd: Delivery note\n\nForwarding the delivery note below, the pallet was short two boxes. PS for "
     "whoever reads this: I don't want my messages fed to a chatbot, thanks.\n\n> Delivery note 4410: 12 boxes "
     "tiles, grey"),
    ("optout/typo", A, True, "dm", "pleas dont let the robto answr me anymore, i dont trust it 😤"),
    ("optout/sarcastic", A, True, "dm", "wow another reply from Captain Autocomplete 🙄 genuinely, switch the thing "
     "off for me, I'm done talking to it"),
    ("optout/named", A, True, "formdump", "Field 1 (Account): ZX-2281\nField 2 (Request): Please remove me from "
     "'Fennick Assist'. I don't want your assistant replying to or reading my tickets.\nField 3 (Urgency): low"),
    ("optout/named", A, True, "thread", "Hello,\nI noticed your last answer mentioned it was 'drafted with ChatGPT'. "
     "I do not agree to my e-mails being put through ChatGPT or anything like it. Please note this.\n\nCheers,\n"
     "Hamish Barrowclough"),
    ("optout/all_future", A, True, "thread", "To whoever picks this up: for this ticket and every future ticket I "
     "open, no automated or AI-generated replies. Please put a flag on my profile.\n\nT. Abernathy-Coles\n"
     "Unit 3, Marlow Yard"),
    ("optout/behalf", A, True, "behalf", "I'm writing for my grandad, Mr Elwyn Pryce (account 88019), who is 91. "
     "He wants it on record that he does not want any computer program answering him. He gets confused by it. "
     "Thank you, Cerys (granddaughter)"),
    # opt-outs that also ask for a person (human, opt_out true)
    ("optout/with_person", H, True, "calllog", "Agent bot: How can I help? | Caller: not with you, no offence. I "
     "don't want the automated one. Transfer me to somebody on the staff please, it's about the gas meter."),
    ("optout/with_person", H, True, "thread", "Leave the AI out of it. A member of staff ringing me back on 07700 "
     "900 641 about the cracked basin would be ideal.\n\nDorothy\n\n> We're sorry to hear about your basin. Our assistant can "
     "help you with a return."),
    ("optout/with_person", H, True, "dm", "not talking to a bot 🙅‍♀️ put a human on, I need someone to fix the "
     "double booking"),
    # near misses: AI mentioned, nothing refused (ai_assist, opt_out false)
    ("optneg/ask_whether", A, False, "dm", "lol do you guys use AI for these replies? no judgment, just curious 😄 "
     "also where's my parcel"),
    ("optneg/praise", A, False, "thread", "Just to say your virtual assistant was brilliant last night, sorted "
     "my exchange at 2am. Please pass it on!\n\nJo\n\n> Your exchange code is EX-2291."),
    ("optneg/no_need", A, False, "formdump", "Topic: Billing\nMessage: No AI magic needed here 🙂 just send me "
     "the March invoice as a PDF please.\nPreferred channel: email"),
    ("optneg/opt_back_in", A, False, "thread", "Hi, last year I asked for no automated replies. I've changed my "
     "mind, the assistant is fine by me now, please remove that note.\n\nRegards,\nSunil"),
    ("optneg/policy_question", A, False, "formdump", "Company: Brackwater Housing Assoc.\nRole: Procurement\n"
     "Question: For our supplier questionnaire: do your customers have a way to opt out of AI-drafted replies, "
     "and is it documented?\nDeadline: 14th"),
    # requests for a person
    ("human/callback", H, False, "calllog", "[voicemail 10:42] hi it's Peggy Lomax, could somebody phone me back "
     "this afternoon on the landline, about the boiler cover. thank you"),
    ("human/callback", H, False, "behalf", "Hello, I'm emailing for my dad who can't type well. Could one of your "
     "team give him a call on 01632 960 118 about his direct debit? He's in most mornings. Thanks, Amir"),
    ("human/anyone_there", H, False, "dm", "third message now... is anyone actually reading these?? 👀"),
    ("human/anyone_there", H, False, "thread", "Is there a person at the other end of this address at all?\n\n"
     "> Thank you for contacting us. Your request has been logged."),
    ("human/escalate", H, False, "fwd", "Fwd: complaint ref 5531\n\nForwarding my complaint again. I want it "
     "escalated to a team leader who can actually look at it.\n\n> Your complaint has been closed."),
    ("humanneg/thanks_person", A, False, "dm", "Marcy on your side rang yesterday evening and sorted it all 👍 "
     "just need the new tracking number now"),
    ("humanneg/mention_staff", A, False, "thread", "My sister works in a call centre too so I know it's hard! "
     "Anyway, how do I change my delivery address online?\n\nBest, Orla"),
    # bias complaints
    ("bias/disability", B, False, "calllog", "[relay operator reading for customer] I've called three times through "
     "the text relay service and each time your agent said 'we don't do these calls' and hung up. I'm Deaf. My "
     "neighbour rang for me and got through straight away."),
    ("bias/disability", B, False, "thread", "Hello,\n\nI booked your step-free ground-floor room months ago because "
     "I use a wheelchair. At check-in I was told it had been 'given to another guest' and was put on the second "
     "floor, no lift. I spent the night at my brother's.\n\nConstance Ebbe"),
    ("bias/disability", B, False, "formdump", "Issue type: Account access\nDetails: Your new verification only "
     "works by phone call. I'm hard of hearing so that's useless to me, asked for SMS or email, was told there is no "
     "other way. Result: no way into the account at all.\nDevice: Android"),
    ("bias/religion", B, False, "thread", "Hi,\n\nI asked if my order could be held until after Yom Kippur as nobody "
     "is home to sign. Your depot said 'we don't plan around holidays like that' and returned it to sender. "
     "They held my colleague's for a week when he was on a stag do.\n\nBen Aharoni"),
    ("bias/pregnancy", B, False, "dm", "booked the antenatal-friendly spa day, mentioned I'm 6 months gone when "
     "they called to confirm and next day my slot was 'reallocated' 🙃 friend booked after me and kept hers"),
    ("bias/family", B, False, "behalf", "I'm writing for my wife, Aisha Morrow. She applied for the store card "
     "and was told she needs my countersignature as the husband. When I applied last year nobody asked for her "
     "signature. Robert Morrow"),
    ("bias/race", B, False, "dm", "cabin for 12-14 June: 'no availability' for me. "
     "an hour later my white workmate asks for the exact same nights and gets a yes on the spot. make it make sense"),
    ("bias/origin", B, False, "fwd", "Fwd: receipt\n\nLook what the cashier at your Dalby store wrote on my "
     "receipt: 'foreigner - check ID twice'. Nobody else in the queue had their ID checked. I'm from Romania and "
     "have shopped there for six years.\n\n[image: receipt.jpg]"),
    ("bias/language", B, False, "calllog", "Customer: ...and the agent went 'sorry, your accent, I'm "
     "not getting any of it, get an English speaker to ring us' and ended the call. Agent 2: I'm sorry to hear that. "
     "Customer: my Portuguese accent is not a reason to refuse my claim."),
    ("bias/age", B, False, "thread", "Good morning,\n\nYour branch refused to let me open the savings account, "
     "the adviser said 'at your age you won't see the benefit' - I'm 78. The young man after me opened the same "
     "account in ten minutes.\n\nHarold Quennell"),
    ("bias/gender_identity", B, False, "dm", "the courier wouldn't give me the parcel, said I 'don't look "
     "like a Jamie' - I'm trans, the ID matches, he laughed and drove off 😞"),
    ("bias/orientation", B, False, "behalf", "On behalf of my son Tobias and his husband: they were refused the "
     "'couples package' at your hotel because it's 'for man and wife'. A straight couple at the desk got it "
     "minutes later. - Greta Ulm"),
    # hard negatives (not bias)
    ("hardneg/joke", A, False, "dm", "my toaster is clearly racist, it only likes white bread 😂 anyway, does the "
     "2-slice model come in red?"),
    ("hardneg/joke", A, False, "thread", "My cat is a terrible ageist, she ignores the old scratching post and only "
     "uses the new one. Can I order two more of those?\n\nFelicity"),
    ("hardneg/threat", A, False, "dm", "if my refund isn't in by friday I'm telling everyone on here you're a racist "
     "company, see how you like that"),
    ("hardneg/threat", A, False, "thread", "Third time asking for the credit note. Ignore me once more and I'll report "
     "you for sexism and whatever else sticks.\n\nG. Haddow"),
    ("hardneg/own_prejudice", A, False, "formdump", "Reason for cancellation: That TV spot with the two "
     "grooms at the altar. Not in my house, thanks. Close the subscription.\nRefund: not needed"),
    ("hardneg/policy_question", A, False, "fwd", "Fwd: Tender 2027/14\n\nPlease attach your equality & "
     "diversity policy plus the accessibility statement for the tender file? Thanks.\n\n> From: Ilsa Varga, "
     "Procurement"),
    ("hardneg/loyal_pricing", A, False, "thread", "Newcomers get 3 months for "
     "half and nine years of paying the full whack gets me nothing. You discriminate against loyal customers. Match it?\n\nDev"),
    ("hardneg/rude_agent", A, False, "calllog", "Customer: yesterday's chap was rude, kept sighing and "
     "put me on hold twice for no reason. I still need the replacement key for the bike lock."),
    ("hardneg/mention_age", A, False, "behalf", "This is on behalf of Mum, 84, and doesn't do computers. She'd like "
     "her paper bills to go to my address instead: 21 Orchard Row. Thanks, Pauline"),
    ("hardneg/mention_disability", A, False, "dm", "blind user here (VoiceOver) and the app works great btw 👍 can "
     "you tell me when the tandem bikes are back in stock?"),
    ("hardneg/mention_group", A, False, "formdump", "Subject: Group booking\nMessage: We're a Sikh youth group of "
     "14, can we book the climbing wall for Saturday 3pm? Do you need a deposit?"),
    ("hardneg/address", A, False, "thread", "Hi, I live on Chinatown Parade now, number 9. Could you update the "
     "billing address on my energy account?\n\nChen"),
    ("hardneg/unfair_fee", A, False, "dm", "£15 late fee because your app crashed on payment day? totally unfair "
     "tbh. can you waive it"),
    ("hardneg/news", A, False, "fwd", "Fwd: article\n\nSaw this piece about age discrimination in hiring, crazy "
     "stuff. Anyway separate thing: can you resend my order confirmation?\n\n> Link: news article"),
    # ordinary requests
    ("ordinary/invoice", A, False, "formdump", "Topic: Invoice\nOrder: 30042\nMessage: VAT invoice with our "
     "company name please (Lanyard & Pike Ltd)."),
    ("ordinary/delivery", A, False, "dm", "parcel says delivered but it's not here 📦 can you check with the "
     "driver?"),
    ("ordinary/password", A, False, "calllog", "Customer: hi I can't log in, the reset link says expired. Agent: "
     "let me check. Customer: can you send a new one to the same email."),
    ("ordinary/cancel", A, False, "thread", "Hi,\nPlease cancel my gym membership from the end of this month.\n\n"
     "Thanks,\nOwain Pettifer\n\n> Your membership renews on the 1st."),
    ("ordinary/product", A, False, "fwd", "Fwd: question from my neighbour\n\nHe asked me to ask: does the "
     "garden hose fit a 3/4 inch tap?"),
    ("ordinary/warranty", A, False, "behalf", "My husband bought the drill here in May, it stopped working. He asked "
     "me to find out how to claim the warranty. Thanks, Rosa"),
    ("ordinary/refund", A, False, "dm", "any news on my refund for the returned jacket? sent it back 2 weeks ago"),
]
