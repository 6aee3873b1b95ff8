"""Blind set 35, English (UK) rows: (category, label, opt_out, style, length, text). Typed by hand."""
ROWS = [
    ("bias/race", "bias_review", False, "skiresortmail", "long",
     "Dear Snowline Lodge bookings team,\n\nA few things from our week at Aldermoor (booking SL-0000417). The chalet "
     "was lovely and the kids' ski school was brilliant, so please pass that on to Kirsty. The boiler failed on the "
     "Wednesday, which I'm still waiting to hear about.\n\nThe bit I can't let go is the equipment hire. My partner "
     "Kwame went to collect our boots at 8.30 and the young man at the counter asked for a £400 cash deposit and his "
     "passport. The couple ahead of him, and my sister twenty minutes later, just gave a room number and walked off "
     "with their skis. When Kwame asked why, the lad said 'we've had trouble with your lot not bringing kit back'. "
     "Kwame is the only Black guest I saw all week.\n\nI'd like the deposit policy explained and the £400 hold "
     "released.\n\nRegards,\nHelen Marsh"),
    ("bias/age", "bias_review", False, "removalswhatsapp", "short",
     "Hi, your surveyor Dean came round for my quote today. Said he'd put me down for the 'full pack' because at 78 I "
     "wouldn't manage boxes. My neighbour's son got the self-pack price same street same week. I want the cheaper one."),
    ("hardneg/settled_past", "ai_assist", False, "skiresortmail", "long",
     "To whom it may concern at Pinecrest Resorts,\n\nI am writing in absolute fury. Our February half-term at "
     "Glenvarra was a shambles from start to finish: the transfer coach never turned up, we sat in Arrivals for three "
     "hours with two tired children, the 'family suite' had one double bed and a camp bed, and two of the four lifts "
     "were shut all week with no notice. I paid £3,860 for this.\n\nFor the record, the issue I raised with you in 2024 "
     "about the staff comment regarding my wife's hearing aids was dealt with properly at the time and I have no "
     "quarrel on that front; this is about a holiday that simply did not happen as sold.\n\nI expect a written "
     "breakdown of what you will refund for the transfer and the lifts within fourteen days.\n\nGraham Tull\nRef "
     "PR-000982"),
    ("hardneg/access_format", "ai_assist", False, "pharmacyappchat", "short",
     "Hello, my dad's partially sighted. Could his repeat prescription leaflets come in large print, or can the app "
     "read the dosage out loud? Collection at the Hartley Road branch."),
    ("ordinary/plain", "ai_assist", False, "furniturewebform", "short",
     "Order OAK-00733: the walnut sideboard arrived with a chipped left door. Photos attached. Can you send a "
     "replacement door rather than the whole unit?"),
    ("human/callback", "human", False, "unistudentdesk", "short",
     "My tuition fee direct debit bounced twice and now the portal says I'm suspended. Please can someone phone me on "
     "07700 900418 today, exams start Monday."),
    ("humanneg/thanks_agent", "ai_assist", False, "removalswhatsapp", "long",
     "Morning! Just wanted to say thanks to Lee and Marcus who did our move from Shrewsbury yesterday. Honestly "
     "couldn't have asked for better, they wrapped every picture frame, carried Nan's piano up the stairs without a "
     "scratch and even put the beds together before they left. Marcus kept the kids entertained with the sack truck. "
     "Can you tell them they were superstars?\n\nTwo small things though. The wardrobe mirror has a crack in the "
     "corner that wasn't there before, I've put a picture in this chat. And the invoice shows 6 hours of labour but "
     "they were with us from 8 until 12.30, so I think it should be 4.5. Could you check the timesheet and send a "
     "corrected bill and the claim form for the mirror? Job number RM-000356.\n\nCheers, Priya"),
    ("optout/with_person", "human", True, "pharmacyappchat", "long",
     "Hi there. I've been using the app chat to sort my mum's medication since she moved in with me, and twice now "
     "the assistant has told me something that turned out to be wrong: once that her blood thinner was ready when it "
     "wasn't, and once that two of her tablets could be taken together when the pharmacist later said they shouldn't. "
     "I know it's only software but with her tablets I can't take the risk.\n\nSo from now on please don't run my "
     "messages or her account through the AI thing at all, I don't consent to that. What I'd like instead is for the "
     "pharmacist at the Kingsway branch, I think her name is Mrs Osei, to ring me back about the new warfarin dose. "
     "My number is 07700 900227 and I'm home after 3.\n\nThanks,\nAndrew Pell"),
]
