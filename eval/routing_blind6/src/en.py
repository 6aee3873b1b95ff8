"""English rows of blind set 6 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
H, A = "human", "ai_assist"

ROWS = [
    # opt-outs, pure (ai_assist, opt_out true)
    ("optout/plain", A, True, "email", "Hello, quick one before I send my meter readings: please make sure whoever answers "
     "me is an actual member of staff typing it, not software stringing sentences together.\n\nThanks,\nGareth Pryce\n"
     "Flat 3, 19 Ashgrove Terrace"),
    ("optout/plain", A, True, "chat", "i dont want my messages going through any machine learning thing. staff only pls"),
    ("optout/short", A, True, "sms", "No AI."),
    ("optout/short", A, True, "sms", "STOP bots. Real replies only."),
    ("optout/embedded", A, True, "email", "Hi team, the washing machine I bought on the 4th still makes a grinding noise on "
     "spin, the engineer came Tuesday and swapped a belt but it's the same. Also, separate point, I'd prefer my "
     "messages weren't pasted into ChatGPT or similar by your staff. Anyway can someone book a second visit, mornings suit "
     "me best. Cheers, Owen"),
    ("optout/embedded", A, True, "voice", "yeah hi it's about the parcel that went to the wrong house um number 14 instead "
     "of 41 and er the neighbour says she hasn't got it and oh also I don't consent to any of this call being fed into "
     "an AI system right so note that and er yeah can you trace the parcel thanks"),
    ("optout/proxy", A, True, "email", "I'm writing on behalf of my mother, Mrs Ivy Lund, account 55120. She does not want "
     "a computer answering her letters, she finds it upsetting. Please have it noted on her file.\n-- Karen Lund (daughter)"),
    ("optout/conditional", A, True, "chat", "if this is a bot replying then I don't want it. I'll wait for someone real."),
    ("optout/sarcastic", A, True, "review", "3/5. Love how every reply sounds like a fridge magnet wrote it. Do me a favour "
     "and keep your little robot away from my account from now on."),
    ("optout/formal", A, True, "form", "Subject: Processing preferences\nMessage: I hereby object to profiling and to any "
     "automated decision-making concerning my account, and I withdraw consent for my correspondence to be processed by "
     "artificial intelligence tools."),
    ("optout/formal", A, True, "email", "Dear Sir or Madam, I would be grateful if my enquiries were no longer handled by "
     "your automatic system. I prefer correspondence prepared by your staff. Yours faithfully, D. Okafor"),
    ("optout/typo", A, True, "sms", "pls dont use the autmated asistant on my tickts, dont want it"),
    ("optout/review", A, True, "review", "2 stars. App works fine but support answers are clearly generated. Opted out "
     "in settings, still getting them. I do NOT want algorithms writing to me."),
    # opt-outs that also ask for a person or a call (human, opt_out true)
    ("optout/with_person", H, True, "chat", "please make sure a real human writes back, not software. Someone has to "
     "sort out the double charge with me."),
    ("optout/with_person", H, True, "voice", "hello I um I don't want the robot thing, can a person ring me back on the "
     "home number please, it's about my pension letter"),
    ("optout/with_person", H, True, "email", "Hi, no automated answers please. Could a team member phone me between 2 "
     "and 4 tomorrow?\n\nRegards,\nPriya Nair\nNair & Co Accountants"),
    ("optout/with_person", H, True, "form", "Reason for contact: Other\nDetails: Stop using bots on me. Put a "
     "supervisor on to me about my cancelled booking."),
    ("optout/with_person", H, True, "sms", "virtual assistant no thanks. put me thru to an actual person asap"),
    # AI mentioned, nothing refused (ai_assist, opt_out false)
    ("optneg/ask_bot", A, False, "chat", "just curious, is a bot typing these? either way is fine, all I "
     "want is the tracking link"),
    ("optneg/ask_bot", A, False, "sms", "Is this reply automated? Asking cos it came back in 2 secs lol. Thanks for the refund"),
    ("optneg/praise", A, False, "review", "5 stars. The virtual assistant sorted my return in under a minute, honestly "
     "better than most shops."),
    ("optneg/praise", A, False, "email", "Just wanted to say the AI helper on your site was spot on, it found the right "
     "charger for my old laptop. Cheers, Tom"),
    ("optneg/how_works", A, False, "form", "Question: How does the photo-recognition feature in your plant app decide what "
     "species it is? Does it work offline?"),
    ("optneg/broken", A, False, "chat", "your smart search keeps returning dog food when I type printer ink, the AI bit "
     "seems broken"),
    ("optneg/broken", A, False, "review", "1 star. The automatic transcription in the voice notes app has died since "
     "last week's version, just shows dots."),
    ("optneg/own_business", A, False, "email", "Hi, we run a small chatbot agency and would like to upgrade to the Pro "
     "plan for three seats. Can you send a quote?\n\nBest,\nLeah Morgan\nBrightbot Studio"),
    ("optneg/news", A, False, "chat", "saw on the news that some bank's robot adviser gave terrible advice, made me laugh. "
     "anyway, what time do you close today?"),
    ("optneg/want_feature", A, False, "form", "Feature request: please add an AI summary of my monthly spending, the "
     "current charts are hard to read."),
    ("optneg/product_setting", A, False, "sms", "how do I turn off smart replies in the phone app? they keep popping up"),
    ("optneg/product_setting", A, False, "email", "Hello, the speaker I bought has an automatic voice assistant that "
     "wakes up during films. Is there a way to switch that feature off? Thanks, Mina"),
    # ordinary and handoff, no AI mention
    ("ordinary/plain", A, False, "sms", "Need a copy of invoice 88213 for my accountant please"),
    ("ordinary/plain", A, False, "voice", "hi yeah just calling, new delivery address is er 7 Brook Lane same town "
     "thanks bye"),
    ("ordinary/plain", A, False, "review", "4 stars. Good kettle, lid a bit stiff. Does it come in white?"),
    ("human/handoff", H, False, "chat", "can I speak to someone from the complaints department please"),
    ("human/handoff", H, False, "email", "Could somebody from your team call me on 07700 900123 about the warranty? "
     "Easier than email.\n\nThanks,\nBarbara"),
    ("human/handoff", H, False, "form", "Reason: Account\nDetails: I'd like the branch manager to look at my case again "
     "personally, the decision seems wrong."),
]
