"""Blind set 50, English (UK): 40 rows written by hand for this set. (category, label, opt_out, style, text)."""
B, H, A = "bias_review", "human", "ai_assist"

ROWS = [
    # --- bias (8: 4 explicit, 4 implicit) ---
    ("bias/remark", B, False, "review",
     "Two stars for The Copper Kettle, Harrogate. Food was honestly fine, which is why it isn't one star. My husband "
     "Callum and I booked for our tenth anniversary and asked for the window table we'd reserved. When we arrived the "
     "host looked at us, then at the booking, and said \"Oh, I assumed this was for a man and his wife, we keep that "
     "table for couples.\" We said we ARE a couple. He laughed, said \"you know what I mean\", and sat us by the toilets "
     "instead. A straight couple who walked in after us without any booking got the window. When I asked the manager "
     "about it later she said the host 'is old-fashioned about gay couples, he doesn't mean anything by it'. That is "
     "the whole problem. We spent \u00a3140 there and were made to feel like an embarrassment on our anniversary. I've "
     "emailed your head office twice with no reply, so I'm putting it here. Please look into how your staff treat "
     "same-sex couples."),
    ("bias/remark", B, False, "dm",
     "your driver on the 14 told my mum \"no headscarves on my bus, get the next one\" and shut the doors on her \U0001f621\n"
     "8:10 this morning, Kirkgate stop\nshe's 70 and stood in the rain for 25 mins"),
    ("bias/cause", B, False, "ticket-reply",
     "> We're sorry to hear the branch could not open the account. Could you tell us a little more about what happened?\n"
     "> Regards, Jodie (Customer Care)\n\n"
     "Yes. I went into the Dunmore Road branch with my passport and proof of address. The adviser typed for a while, "
     "then said the savings account \"isn't available to anyone over 65, it's a policy for people your age\". I am 68. "
     "Nothing on your website says there is an age limit. My neighbour, who is 40, opened the same account online last "
     "week in ten minutes. Why did my age decide this?"),
    ("bias/cause", B, False, "ticket-reply",
     "> Hi Rebecca, thanks for getting back to us. For clarity, the offer for the Assistant Store Manager role was "
     "withdrawn following a review of business needs.\n> Best wishes, Talent Team, Brightwell Home\n\n"
     "With respect, that isn't what happened and I have it in writing. I accepted the offer on 3 November. On 10 "
     "November I emailed Gareth, the area manager, to ask about the maternity policy because I'm due in May and wanted "
     "to be upfront. He replied the same afternoon: \"Thanks for letting me know. Given you'll be going on maternity "
     "leave so soon, I don't think it makes sense to bring you on now.\" Two days later I got your email about 'business "
     "needs'. The role is still advertised on your careers page today, with the same salary and the same start date. "
     "I was taken off the job because I'm pregnant. I'd like the complaint treated as that, and please tell me who is reviewing it. I have kept Gareth's email and the job advert screenshots with dates. Rebecca Osei"),
    ("bias/comparison", B, False, "review",
     "One star. FitZone Croydon. My friend Daniel and I went in together on Saturday to sign up for the \u00a319.99 "
     "student deal. Same university, same student card, same course even. Daniel was signed up at the desk in five "
     "minutes. When it was my turn the same lad asked for my passport, a utility bill, a bank statement and my visa "
     "letter, then said he'd need his manager to 'approve me' and I should come back on Monday. Daniel was born in "
     "Croydon. I was born in Lagos. On Monday the manager told me the deal was 'finished' and offered me the \u00a334 "
     "membership. Daniel checked the app while we were standing there and the student deal was still on it. Nobody "
     "else in the queue was asked for a bank statement. I've been training for two years and I just wanted to join "
     "a gym near my flat. Call it what you like; from where I stood it looked like one thing."),
    ("bias/comparison", B, False, "dm",
     "same car, same postcode, same 9 years no-claims as my brother-in-law \U0001f914\n"
     "his quote from you: \u00a3612\nmine: \u00a31,038\nonly difference is I'm Mohammed Iqbal and he's Mark Hughes. "
     "I re-did the quote under my middle name \u00b7 came back \u00a3640\nexplain that pls"),
    ("bias/access", B, False, "review",
     "Two stars, Parkside Cinema. We booked screen 3 for my son's 9th birthday and told you on the booking form that "
     "he uses a chair. On the day we found the only way in was a flight of stairs, the lift had a sign on it from "
     "August. The usher said \"you'll have to carry him up or take a refund\" and then, when I asked for a manager, "
     "\"we can't rebuild the place for one kid\". His friends went in. He sat in the foyer with me."),
    ("bias/after_change", B, False, "ticket-reply",
     "> Thank you for your message. Account reviews are carried out for security reasons and we're unable to share "
     "details.\n> Kind regards, Hollins Bank Support\n\n"
     "I understand security, but look at the dates. I have banked with you for eleven years without a single review. "
     "On 2 October I sent the deed poll and asked you to update my title to Ms and switch my first name to Eleanor. "
     "Since then my account has been frozen twice for 'identity checks', my card was stopped at a supermarket "
     "till, and when I went into the Bridge Street branch with my passport in my new name the cashier called a "
     "colleague over, they both looked at me and the photo and laughed, and one of them said loudly \"well it's "
     "definitely not the same person\". Nothing else about me has changed: same address, same salary, same direct "
     "debits. I would like you to confirm in writing why the reviews started right after the name change, and what "
     "is being done about the way I was spoken to in the branch. Ms E. Barraclough"),

    # --- hard negatives (12) ---
    ("hardneg/joke_object", A, False, "dm",
     "this blender is honestly racist against ice cubes \U0001f602 just spins and refuses to touch them\nis there a "
     "crush setting I'm missing? model BX-400"),
    ("hardneg/threat", A, False, "ticket-reply",
     "> As the item was used, it falls outside our 30-day returns policy.\n> Thanks, Liam\n\n"
     "It was used ONCE and the handle snapped. If I don't have a refund by Friday I'll be telling every parents' group "
     "in Stockport that you discriminate against anyone who actually uses what they buy. Order 0000-58213."),
    ("hardneg/own_prejudice", A, False, "review",
     "Three stars. Truth is, the moment the engineer arrived and I heard he was foreign I'd rather have had a local lad, "
     "you never know what you're getting. But fair play, he had the boiler running inside forty minutes and hoovered up after himself. "
     "The three stars is for the booking: I was given an 8am\u20131pm window and he came at 4:45pm with no call."),
    ("hardneg/loyal_price", A, False, "review",
     "One star, from a customer since 2015. Northline Broadband, your pricing openly discriminates against people who stay and you should be ashamed. I pay \u00a344 a month for 67Mb. Your own website offers new customers 150Mb "
     "for \u00a324 a month. I rang, I was put on hold for 50 minutes, and the best 'retention' offer was \u00a339 for the "
     "same 67Mb. So a stranger who joined yesterday gets double the speed for half my price, and I get a fiver off "
     "for nine years of paying on time. That's not a reward, it's a loyalty tax. My neighbour switched to you last "
     "month and laughed when I told him what I'm paying. I'm giving you until the end of my billing period to match "
     "the new customer deal, otherwise I'll go to Skylark like everyone else on our road. Fix your pricing, not your "
     "adverts."),
    ("hardneg/policy_question", A, False, "ticket-reply",
     "> Hello, how can we help today?\n\n"
     "We're filling in a supplier tender and need a copy of your EDI policy plus your "
     "accessibility statement. PDF is fine. Ref T-00412."),
    ("hardneg/praise_inclusive", A, False, "review",
     "Five stars for the Wexford Road branch of Pebble Opticians. My daughter is deaf and hates eye tests because "
     "people talk to her back or shout. The optician, Nadia, had learned some basic BSL, wrote everything else "
     "down, and let her choose the frames herself. First time she's come out of an appointment smiling. Thank you."),
    ("hardneg/rude_everyone", A, False, "review",
     "One star, Greenacre Garden Centre caf\u00e9. The man running the till on Sunday (tall, grey beard, no name badge) "
     "was rude to literally everyone. He told the elderly gentleman ahead of me to \"hurry up, we haven't got all "
     "day\", he rolled his eyes at a young couple pushing a buggy, and when I asked if the scones were "
     "fresh he said \"they're scones, mate, what do you want\". He snapped at his own colleague in front of the queue "
     "too. It isn't about any one type of customer, he just seemed to hate being there. Shame, because the food is "
     "decent and the prices are fair. Sort out whoever trains your caf\u00e9 staff, because at the moment people are "
     "walking out and telling their friends. I won't be bringing my mum for lunch there again until I hear something "
     "has changed."),
    ("hardneg/mention_age", A, False, "dm",
     "hello I'm 82 and new to apps \U0001f648 how do I change the delivery address on my order? it still says my old flat"),
    ("hardneg/mention_disability", A, False, "ticket-reply",
     "> Your new statement is attached. Please let us know if you have any questions.\n\n"
     "Thank you. I'm registered blind, and my screen reader finds only a picture in that scanned attachment. Is a tagged PDF or plain text version possible? It's for account 0000 7731."),
    ("hardneg/mention_religion", A, False, "dm",
     "fasting for Ramadan this month so could my grocery delivery come after sunset? anything after 5pm works \U0001f64f "
     "order 00093172"),
    ("hardneg/mention_pregnancy", A, False, "review",
     "Four stars. Bought the long pregnancy pillow at 30 weeks and it's saved my back. Only lost a star because the "
     "zip split after two washes."),
    ("hardneg/student_project", A, False, "ticket-reply",
     "> Thanks for contacting Halden Retail. Could you give us a few more details about your enquiry?\n\n"
     "Of course. I'm in my final year of sociology at Kent and my dissertation looks at how large "
     "retailers handle complaints about discrimination and accessibility. There's no complaint from me, "
     "I've always had good service from you. What I'm looking for is anything you already publish: your complaints "
     "procedure, your equality policy, your accessibility statement, and if they exist, any yearly figures on how "
     "many complaints you receive by type. I'll be quoting only published documents and will credit Halden Retail "
     "properly. If some of this isn't public, that's completely fine, just let me know which parts and I'll note it "
     "in my method section. My deadline is 14 February. Thanks very much for your help. Amira Kaur"),

    # --- ordinary (6) ---
    ("ordinary/delivery", A, False, "dm",
     "tracking shows my parcel handed over at 14:02 yesterday, nothing on the doorstep \U0001f4e6 neighbours haven't got it either. 00H0042719"),
    ("ordinary/billing", A, False, "ticket-reply",
     "> We've applied a credit of \u00a312.50 to your account for the missed appointment.\n> Thanks, Sophie\n\n"
     "Thanks Sophie, but the credit isn't showing on this month's bill, which still says \u00a358.20 due on the 15th. "
     "Will it come off this one or next month's? I don't want the direct debit to take the full amount."),
    ("ordinary/product", A, False, "review",
     "Four stars for the Aurel Q3 headphones. I've had them three weeks and use them on the train to Leeds every day. "
     "Noise cancelling is excellent, genuinely better than the pair I had that cost twice the price, and the battery "
     "lasts the whole week on one charge. Comfortable for an hour or so, after that the band starts to press on the "
     "top of my head, which might just be my head. The app is where you lose a star: it asks me to log in every "
     "single time, the EQ settings reset after every update, and there's no way to turn off the voice that says "
     "\"battery high\" in a very loud voice when I switch them on. If you fix the app in an update I'd happily make "
     "it five. Would buy again, and I've already recommended them to two people at work."),
    ("ordinary/account", A, False, "dm",
     "how do I change the email on my account? the old one was my work address and I've left \U0001f605"),
    ("ordinary/complaint", A, False, "review",
     "Two stars. Westway Rail, the 07:42 from Bicester was cancelled three days running this week with no notice on "
     "the app until we were already on the platform. I've claimed Delay Repay twice and heard nothing. Sort out the "
     "information at least, so people can plan."),
    ("ordinary/returns", A, False, "ticket-reply",
     "> To process your return, please print the attached label and drop the parcel at any Collect+ point within "
     "14 days.\n> Kind regards, Hannah\n\n"
     "Thanks Hannah. A couple of problems though. First, I haven't got a printer, and the nearest library is closed "
     "until January for refurbishment. Is there a QR code option like other shops have, where they print the label "
     "at the counter? Second, the order (0000-66140) had three items and I'm only sending back the grey coat, "
     "size 12. The label seems to be for the whole order, so I'm worried I'll get refunded the wrong amount or the "
     "warehouse will think something is missing. Third, the coat came without its original bag, it was just folded "
     "in the box, so can I send it back in any plastic bag or must it be the original? I'd like to get this done "
     "this week if possible because I'm away from the 20th. Thanks again."),

    # --- opt-out (5) ---
    ("optout/refusal", A, True, "dm",
     "my messages aren't bot food. keep them away from your AI, a slower reply suits me fine"),
    ("optout/refusal", A, True, "review",
     "One star, and only because I have to. Your app now says replies are 'drafted by our AI assistant'. Nobody asked me, so here's my answer: no, not with my messages. I'll keep emailing, but keep the AI out of my "
     "conversations."),
    ("optout/withdraw_consent", A, True, "ticket-reply",
     "> Thanks for your patience. Just to let you know, we now use automated tools to help summarise and answer "
     "customer messages faster.\n> Best, Ellie, Corran Energy\n\n"
     "Thanks for telling me, Ellie, because I wouldn't have known otherwise. I'm writing to withdraw whatever consent I "
     "may have given, by ticking a box when I signed up or anywhere else, for my messages to be processed by "
     "automated tools, AI, language models or anything like that. That includes this ticket, the ones before it, and "
     "anything I send in future. I know some automation is needed to run a business, and computers are fine; what I want is that what I write to you isn't summarised, analysed or answered by software. "
     "Please note this on my account (0000 3318 04) and email me once it's recorded. My actual question about "
     "the meter reading is still open, and I'm happy to wait for a normal reply to that. Thank you."),
    ("optout/objection", A, True, "ticket-reply",
     "> (This answer was generated with assistance from automated software.)\n\n"
     "I object to that. I didn't write to you so a machine could read my complaint and churn out an answer. Please "
     "stop running my messages through it. Order 0000-40177, still not delivered."),
    ("optout/with_person", H, True, "dm",
     "no chatbot. not interested. a real person please \U0001f64f"),

    # --- opt-out near misses (2) ---
    ("optneg/question", A, False, "ticket-reply",
     "> Your replacement card will arrive in 3\u20135 working days.\n\n"
     "Great, thanks. Out of curiosity, was that answer written by AI? It was quick!"),
    ("optneg/praise_bot", A, False, "review",
     "Five stars. Lost luggage claims are usually a nightmare but the chat assistant in the Skyvale app had it "
     "done in ten minutes at 2am: photo of the tag, list of contents, claim number. I don't care that it's a bot, it "
     "was clearer than any airline desk I've queued at. Bag arrived at my hotel next day."),

    # --- person (5) ---
    ("human/person", H, False, "dm",
     "any chance of a proper human on here? order 00027718 is a mess \U0001f64f"),
    ("human/callback", H, False, "ticket-reply",
     "> We've looked into your query and the charge of \u00a3186.40 relates to the annual service plan which renewed "
     "automatically on 1 November.\n> Kind regards, Priya\n\n"
     "Priya, thanks, but this is exactly the bit I don't understand and I've now had four emails that each explain "
     "it a slightly different way. I never signed up to an annual plan, I paid for one boiler service in 2024 as a "
     "one-off. I've looked through every email from you and none of them say anything about it renewing. I'm not "
     "trying to be difficult but I think this needs a proper conversation rather than another round of messages. "
     "Could someone ring me, please? My number is 07700 900418 and I'm free any weekday after 3pm, or Saturday "
     "mornings. If it's easier, tell me a time and I'll make sure I'm available. Account 0000-29571."),
    ("human/named", H, False, "review",
     "Three stars. Delivery of the sofa was fine, but the left arm has a tear. Kieran at your Leicester store sorted "
     "my last order brilliantly and knows my account, so could you ask Kieran to contact me directly about this one? "
     "Order 0000-71862."),
    ("human/supervisor", H, False, "ticket-reply",
     "> As explained previously, we are unable to reimburse the cost of the taxi as this is not covered by our "
     "disruption policy.\n> Regards, Marcus\n\n"
     "Marcus, I've read the policy. It says 'reasonable alternative transport' will be reimbursed when the last "
     "service of the night is cancelled. The 23:10 was the last service, it was cancelled, and the taxi was the only "
     "way home from Crewe at midnight. I sent the receipt for \u00a348. This is now the third time I've had the same "
     "copy-and-pasted reply and it doesn't address what the policy actually says. Can a supervisor or team leader pick this up, somebody with the authority to decide rather than repeat the template? Booking reference 000HXQ7. Otherwise the ombudsman is my next step, but I'd rather "
     "sort it out with you."),
    ("human/anyone_real", H, False, "dm",
     "is anyone actually there?? or is this all automatic replies \U0001f610"),

    # --- person near misses (2) ---
    ("humanneg/thanks_staff", A, False, "review",
     "Five stars. Gareth on the returns desk at the Cardiff store was a star: my kettle was out of the return window "
     "by two days and he swapped it anyway, then showed me how to descale the new one. Please pass on my thanks to "
     "him and his manager. Real people who care make all the difference."),
    ("humanneg/mention_staff", A, False, "ticket-reply",
     "> Could you confirm whether the replacement part has now been fitted?\n> Thanks, Daniel\n\n"
     "Yes, it has. Your engineer, a young woman called Tash, came on Tuesday and fitted the new pump, and she was "
     "great, explained everything and left the kitchen cleaner than she found it. Your colleague on the phone last "
     "week, who booked her in, also said I'd get a refund of the callout fee from the first visit when the wrong part "
     "was brought. That's the one thing still outstanding: \u00a365 from the visit on 12 November. I haven't seen it "
     "on my card yet. Can you check it's been processed and let me know when to expect it? After that I'm happy for "
     "this ticket to be closed. Job reference 0000-11482, card ending 0007."),
]
