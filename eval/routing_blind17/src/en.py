"""English rows of blind set 17 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10, 2 with a person)
    ("optout/plain", A, True, "email",
     "Hello,\n\nAs of today, no artificial intelligence has my consent to look at the tickets I open with you. "
     "Please note it on my profile (member 7741-K).\n\nThanks,\nOrla Penhallow"),
    ("optout/no_bot", A, True, "chat", "pls stop feeding my chats to the bot, i never agreed to that"),
    ("optout/object", A, True, "phone",
     "hi its dev from flat 3 i object to my emails being run thru any machine learning thing, keep it manual"),
    ("optout/legal", A, True, "form",
     "Under data-protection law I refuse automated decision-making on my file; keep AI tools off every letter and "
     "e-mail I send."),
    ("optout/drafts", A, True, "minutes",
     "Notes from my call with your branch, 4 March. Attendees: me (Hal Brecon), Sita at the desk. Point 2: I asked "
     "that no software model writes or reads replies on my account. Action: you, record the refusal."),
    ("optout/remove_assistant", A, True, "checklist",
     "Things I need sorted:\n[x] new card arrived\n[ ] refund of the double charge\n[ ] take my account off your AI "
     "assistant, I want it to have nothing to do with my messages"),
    ("optout/exclusion_request", A, True, "table",
     "Request | Detail\nType | Privacy preference\nWhat | Opt me out of AI handling for all my support mail\nSince "
     "| now, permanently"),
    ("optout/withhold_permission", A, True, "clauses",
     "1. This notice concerns customer no. 30-118.\n2. I withhold permission for automated language systems to "
     "analyse, summarise or answer my messages.\n3. This applies to past and future tickets."),
    ("optout/with_person", H, True, "email",
     "Hi,\nno robots please. I'd like a real member of staff to deal with my complaint about the boiler visit, and "
     "I don't want AI involved at any stage.\nRegards, Tamsin Grey"),
    ("optout/with_person", H, True, "scorecard",
     "Your service so far: speed 6/10, the bot 1/10. Verdict: switch the automated assistant off for me and put "
     "someone human on my case about the missing pram."),
    # opt-out near-misses (8)
    ("optneg/praise_bot", A, False, "chat", "your chatbot sorted my password in 30 seconds, nice one"),
    ("optneg/ask_ai_policy", A, False, "email",
     "Hello,\nfor a school project my son is asking which companies use AI in customer service. Do you? Just "
     "curious, no problem either way.\nBest, Nell Ashdown"),
    ("optneg/ai_product", A, False, "phone",
     "does the smart thermostat have the ai learning mode or is that only on the pro model"),
    ("optneg/automation_billing", A, False, "form",
     "Your automatic payment reminder went out twice this month. Can you check the direct debit date?"),
    ("optneg/job", A, False, "pressrelease",
     "FOR IMMEDIATE ATTENTION: Local developer Rufus Kane (that's me) would love to know if your team is hiring for "
     "machine learning roles. CV attached."),
    ("optneg/someone_else", A, False, "minutes",
     "Minutes, residents' group: Mr Oduya said he dislikes chatbots in general. Agreed: ask the landlord's supplier "
     "(you) when the communal heating will be fixed."),
    ("optneg/translate", A, False, "changelog",
     "v1: ordered a lamp. v2: the lamp came broken. v3: used an AI translator to read your Dutch manual, still "
     "lost. Requested: replacement lamp."),
    ("optneg/bot_error", A, False, "scorecard",
     "Delivery 9/10, packaging 8/10, the virtual assistant got the Sunday opening times wrong 3/10. Which are right "
     "for the Leeds store on Sunday?"),
    # requests for a person (6)
    ("human/plain", H, False, "chat", "can i talk to a human please"),
    ("human/callback", H, False, "email",
     "Good morning,\ncould somebody from your team ring me back on 07700 900417 after 3pm? It's about the lease "
     "transfer.\nMany thanks, Pierce Ollerton"),
    ("human/anyone", H, False, "phone", "hello?? does a real human ever read these, 4th time asking"),
    ("human/escalate", H, False, "clauses",
     "1. My claim 88-20 was refused twice.\n2. I request that a supervisor, a person, reviews it.\n3. Please "
     "confirm who that will be."),
    ("human/agent", H, False, "checklist",
     "[ ] answer from the bot (no thanks)\n[ ] FAQ link (read it)\n[x] a live agent to speak to about my contract "
     "end date"),
    ("human/staff", H, False, "table",
     "Need | Detail\nHelp with | meter reading dispute\nPreferred | a staff member who can phone me, not a form"),
    # person near-misses (2)
    ("humanneg/thanks_agent", A, False, "email",
     "Hi,\nplease pass my thanks to Jolene at your Bristol branch, she fixed my tariff last week. All good "
     "now.\nMarcus"),
    ("humanneg/manager_asked", A, False, "postit",
     "My manager asked me to get the VAT invoice for order 5512 re-sent to accounts@ please. Ta!"),
    # bias complaints (6)
    ("bias/comparison_race", B, False, "email",
     "Hello,\nmy white flatmate applied for the same rental with the same salary and got a viewing the same day. "
     "I'm Black and was told it was 'already taken' an hour earlier. Please explain.\nAmara Dube"),
    ("bias/disability", B, False, "phone",
     "im blind and your new checkout wont let me pay with my screen reader, the button has no label, i cant buy "
     "anything without my daughter"),
    ("bias/age", B, False, "chat",
     "the shop assistant said the handset plan 'wasn't meant for pensioners like me' and wouldn't sell it to me. "
     "I'm 76, not daft"),
    ("bias/religion", B, False, "minutes",
     "Record of incident, 12 May: I wore my kippah to collect my parcel. Staff member laughed, made a comment about "
     "'your lot and money', then served the next man first."),
    ("bias/pregnancy", B, False, "changelog",
     "Week 1: booked onto the trainee barista course. Week 2: told the trainer I'm expecting. Week 3: my place was "
     "'reallocated'. Nothing else changed."),
    ("bias/orientation", B, False, "scorecard",
     "Hotel check-in 2/10: the receptionist kept asking if we were sure we wanted one double bed, my husband and I, "
     "then moved us to twin beds 'by mistake' three times."),
    # hard negatives (6)
    ("hardneg/joke_object", A, False, "chat", "my toaster is clearly ageist, it only burns the old bread lol"),
    ("hardneg/threat_label", A, False, "email",
     "No refund by Friday = I post a review calling your firm sexist, simple as that. Order 44-918."),
    ("hardneg/own_prejudice", A, False, "phone",
     "cancel my sub, i dont like that your advert has two dads in it"),
    ("hardneg/policy_question", A, False, "postit",
     "Does your company publish an equality and diversity policy? I'm writing a supplier review."),
    ("hardneg/pricing", A, False, "pressrelease",
     "NEWS: Long-time customer discovers new subscribers get the cheaper rate. Says company discriminates against "
     "loyal customers. Demands matching price."),
    ("hardneg/mention", A, False, "table",
     "Item | Note\nWheelchair | I use one, just so you know\nRequest | please deliver the desk to the ground floor "
     "door on Tuesday"),
    # ordinary (2)
    ("ordinary/plain", A, False, "email",
     "Hi, where can I download last year's statements? Thanks, Ivo"),
    ("ordinary/plain", A, False, "postit", "Out of ink again - can you send the XL cartridges for my HP 305?"),
]
