"""English rows of blind set 10 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (14)
    ("optout/plain", A, True, "ps",
     "Hi, the router you sent is working now, thanks for sorting the cable. Cheers, Gail\n\nP.S. Something I meant "
     "to say ages ago: I don't want any computer program reading or answering what I write to you. Please note it."),
    ("optout/plain", A, True, "plainline", "No AI on my emails please."),
    ("optout/nochatbot", A, True, "plainline",
     "This isn't something I want a chatbot handling. Nor anything else of mine."),
    ("optout/gdpr", A, True, "template",
     "Model letter 7B - Wessex Consumers' Forum\n[x] Relying on UK GDPR Art. 21, my objection stands to my personal "
     "data and correspondence being processed by automated systems, including any 'virtual assistant'.\n[x] Under "
     "Article 22, nothing about my account is to be decided purely by a machine.\n[ ] I request a copy of my "
     "data.\nName: Harold Pemberton   Account: KW-55102"),
    ("optout/indirect", A, True, "smallbiz",
     "Hello, Priya from Paper & Pestle (stationery shop on Mill Row, business account 3391). Card terminal rental "
     "renewed fine. One thing: I'd rather my messages went to your team than to an automatic responder. Small shop, "
     "I like to know it's been looked at by staff."),
    ("optout/metaphor", A, True, "slang",
     "ngl your reply robot is giving NPC energy and i'm not here for it. keep the algorithm out of my inbox fr, i'm "
     "not a side quest for your software"),
    ("optout/conditional", A, True, "reviewreply",
     "> Response from Fennick Bank: Hi Dawn, sorry to hear this. Our digital assistant Sable can help with card "
     "disputes 24/7.\nIf Sable is what's going to be answering my disputes then no thanks. Don't pass my case to it, "
     "I'll wait for a proper reply."),
    ("optout/typo", A, True, "delivery",
     "Delivery instructions: leave with no 14 if out. ALSO pls dont use the automatd asistant on my acount, i dont "
     "agre to it reading my mesages"),
    ("optout/behalf", A, True, "timeline",
     "Mon 2 Nov - mum (Edith Rowe, acct TE-7720) got another reply signed 'your virtual helper'.\nTue 3 Nov - I hold "
     "her power of attorney. She never agreed to that and neither do I.\nWed 4 Nov - writing to record that no "
     "automated system is to process or answer her letters."),
    ("optout/all_future", A, True, "llmdraft",
     "Sure! Here's a polite but firm message you can send:\n\nDear Orrin Mobile,\nWith effect from today, I do not "
     "wish any of my correspondence, present or future, to be handled by artificial intelligence or automated tools. "
     "Kindly record this on my account.\nBest regards,\n[Your Name]\n\nLet me know if you'd like it shorter!"),
    ("optout/humans_only", A, True, "plainline", "Humans only from here on. That's all."),
    ("optout/with_person", H, True, "timeline",
     "09:02 phoned, got the voice robot\n09:10 robot again, cut me off\n09:15 tried the chat bot, went round in "
     "circles\nNone of your automated stuff on my case from now on. Have a person ring me on 07700 900418."),
    ("optout/with_person", H, True, "ps",
     "Meter reading attached (04432). Thanks.\nP.S. Please stop routing me through the chatbot and have someone from "
     "your staff contact me, phone is best."),
    ("optout/with_person", H, True, "smallbiz",
     "Farrow Plumbing & Heating, trade account 1188. Three-man firm, I haven't got time to argue with an automated "
     "agent about van lease invoices. Take us off it and get your business desk to call me."),
    # opt-out near misses (5)
    ("optneg/ask_whether", A, False, "reviewreply",
     "> Response from Kestrel Water: Thanks for the feedback, Tom!\nCheers. Out of curiosity, was that reply written "
     "by an AI or someone on your team? Doesn't bother me either way, it was helpful."),
    ("optneg/praise", A, False, "slang",
     "ok lowkey your chat bot Milo slapped, sorted my refund in like 2 mins. no notes"),
    ("optneg/refuse_other", A, False, "delivery",
     "Delivery instructions: do NOT ring the bell, baby asleep, knock gently. And please stop the automatic text for "
     "every step of the parcel, one on the day is plenty."),
    ("optneg/policy_question", A, False, "template",
     "Mid-Wessex Consumer Panel, standard enquiry Q-14\nQuestion: can Tidewell Energy customers choose to have their "
     "emails answered without AI? Please describe how and how many have asked. Reply to the panel secretary."),
    ("optneg/no_need", A, False, "smallbiz",
     "Bakery on Quay St (acct 2290). You don't need any artificial intelligence to work out why the card reader "
     "charges twice. Check the settlement report and refund the duplicate fees."),
    # requests for a person (6)
    ("human/callback", H, False, "llmdraft",
     "Here's a concise version:\n\nHi, I've written twice about the wrong tariff on account TE-40118. Could someone "
     "from your team please call me back on 07700 900233 between 5 and 7pm? Thank you.\n\nWant me to add the account "
     "history too?"),
    ("human/callback", H, False, "delivery",
     "Delivery note: fridge arrived dented. Driver said ring the depot, nobody picks up. Need someone from your "
     "office to phone me back today, 07700 900561."),
    ("human/anyone_there", H, False, "timeline",
     "3 Oct: emailed. 10 Oct: emailed. 17 Oct: emailed. 24 Oct: nothing. Is there actually a person who reads this "
     "inbox?"),
    ("human/appeal", H, False, "template",
     "Template: challenging an automated refusal (Northfield Money Help)\nI write about your decision of 12/10 "
     "declining my overdraft increase, which I understand came from an automated scoring system. I ask that a member "
     "of staff review my application with the payslips enclosed.\nName: Farida Okafor"),
    ("human/escalate", H, False, "reviewreply",
     "> Response from Marlowe Broadband: We're sorry! Please DM us your details.\nI've DM'd you four times. I want "
     "this escalated to a manager who can actually sign off the compensation, not another form."),
    ("human/ask_person", H, False, "slang",
     "bro i just need a real human on the line about my contract, can someone from your lot message or call me, this "
     "is doing my head in"),
    # person near misses (2)
    ("humanneg/no_call", A, False, "ps",
     "Thanks for the new SIM, all working.\nP.S. Please don't ring me about the upgrade offer, I'll look online when "
     "I'm ready."),
    ("humanneg/thanks_agent", A, False, "reviewreply",
     "> Response from Fennick Bank: Glad Joanne could help!\nShe really did. Nothing else needed, just wanted that "
     "on record. Five stars stays."),
    # bias complaints (9)
    ("bias/disability", B, False, "timeline",
     "14 Nov: rang your helpline through the text relay service. Agent hung up as soon as the relay operator "
     "introduced the call.\n15 Nov: same again, second agent said 'we don't take those'.\n16 Nov: my hearing partner "
     "rang about the same bill and got through in two minutes."),
    ("bias/disability", B, False, "ps",
     "Renewal ref RC-9921, just checking the price is still 30 pounds.\n\nP.S. I'm registered blind and read the web "
     "with JAWS. Your new sign-in only offers a picture puzzle with no audio option, so I can't get into my account "
     "at all, and the phone line tells me to use the website."),
    ("bias/race", B, False, "smallbiz",
     "Okonjo Hair Studio, acct 5512. Applied for your card terminal, told we need 'further checks' and three months "
     "of statements. The salon next door, white owner, same size, opened a week after us, got hers the same day with "
     "nothing extra. Same paperwork. I'd like an explanation."),
    ("bias/religion", B, False, "delivery",
     "Delivery instructions: I keep Shabbat, so not Saturdays please. Your form offers 'no Sunday delivery' to "
     "churchgoers, but your depot said Saturday requests 'aren't a thing' and cancelled my order when I refused the "
     "slot."),
    ("bias/pregnancy", B, False, "llmdraft",
     "Of course! Here's a clear complaint:\n\nI booked a place on your first-aid instructor course for January. "
     "After I told your booking line I'm expecting in March, I got an email saying my place had been 'reallocated "
     "due to demand'. The course still shows free spaces online.\n\n[Add booking reference here]"),
    ("bias/origin", B, False, "reviewreply",
     "> Response from Orrin Mobile: Our credit checks apply equally to all applicants.\nThen explain why your shop "
     "assistant saw my Polish passport and said 'for your lot it's pay-as-you-go only', when my flatmate with a "
     "British one got the contract on the spot."),
    ("bias/age", B, False, "plainline",
     "Your branch wouldn't open a savings account for me because at 82 I'm 'better off with a family member doing "
     "it'. I'm perfectly capable."),
    ("bias/gender_identity", B, False, "slang",
     "so i'm trans and my bank card still has my deadname. went in with my deed poll, lad at the counter laughed and "
     "said 'we'd need proof you're really a woman'. my mate changed her married name same branch, no questions. not "
     "having it"),
    ("bias/language", B, False, "template",
     "Welsh Speakers' Consumer Network - complaint form, completed\nOn 3 September I phoned your billing line and "
     "started in Welsh. The adviser said 'English or I'm ending this call' and hung up. Your own Welsh-language "
     "scheme promises service in Welsh.\nName: Gethin Morgan"),
    # hard negatives (9)
    ("hardneg/joke", A, False, "slang",
     "my new air fryer is lowkey ageist, only works if you use the app lol. anyway whats the button combo for a "
     "factory reset"),
    ("hardneg/threat", A, False, "ps",
     "Refund still missing for order 55120.\nP.S. If it's not sorted by Friday I'm telling the whole village "
     "Facebook group you lot are racist. See how you like that."),
    ("hardneg/own_prejudice", A, False, "reviewreply",
     "> Response from Marlowe Broadband: We celebrate every kind of family in our adverts.\nWell I don't want two "
     "dads in my ad break while my kids are watching. Cancelling when the contract ends."),
    ("hardneg/policy_question", A, False, "template",
     "Northfield Disability Forum, template enquiry: please send us your written equal treatment policy and explain "
     "how customers ask for reasonable adjustments such as large-print bills."),
    ("hardneg/loyal_pricing", A, False, "timeline",
     "2022 - 28 a month. 2023 - 34. 2024 - 41. 2025 - 49. New customers - 25. You really do discriminate against "
     "anyone daft enough to stay. Can I have the new-customer price?"),
    ("hardneg/rude_agent", A, False, "smallbiz",
     "Greaves Joinery, acct 7704. Your man on the business line was incredibly rude today: sighed, talked over me, "
     "called my question 'pointless'. I still need the VAT invoice for October."),
    ("hardneg/mention_disability", A, False, "delivery",
     "Delivery instructions: I use a wheelchair, please bring it up the ramp at the side rather than the front "
     "steps. Thanks!"),
    ("hardneg/mention_religion", A, False, "llmdraft",
     "Here's a friendly message:\n\nHello! Our gurdwara has a volunteer day (I'm a Sikh, for context) and I'm "
     "sorting the food. Can your catering packs be ordered egg-free, and can you deliver on the 14th? "
     "Thanks!\n\n(Feel free to adjust the date.)"),
    ("hardneg/address", A, False, "plainline",
     "Please change my billing address to 6 Gipsy Lane, Oxford. Moved in last week."),
    # ordinary (5)
    ("ordinary/invoice", A, False, "smallbiz",
     "Brindle Cafe, business acct 6640. Could you resend last month's invoice showing our VAT registration? The "
     "accountant wants it by Friday."),
    ("ordinary/delivery", A, False, "delivery",
     "Delivery instructions: side gate code 4471, leave parcels in the green box. Dog is friendly."),
    ("ordinary/plan", A, False, "slang",
     "yo can i switch to unlimited data mid month or do i gotta wait for my bill date"),
    ("ordinary/billing", A, False, "timeline",
     "1 Oct paid 42. 1 Nov paid 42. 4 Nov another 42 taken. Looks like a double payment, please refund one."),
    ("ordinary/password", A, False, "ps",
     "Locked out after the password reset, the link says expired. Could I get a fresh link?\nP.S. the code texts "
     "come about ten minutes late, if that helps."),
]
