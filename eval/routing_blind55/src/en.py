"""English rows of blind set 55 (UK): (category, label, opt_out, style, text). Written by hand; all invented."""
OD, VN, GB = "ombudsman-draft", "voice-note-transcript", "group-booking-email"
B, A, H = "bias_review", "ai_assist", "human"

ROWS = [
    ("bias/explicit_remark", B, False, OD,
     "Draft for the Energy Ombudsman - please check before I send.\n\nTimeline:\n3 Sept - engineer from Harrowgate "
     "Power visits to fit smart meter. My wife answers the door in her hijab.\n3 Sept - he says to her, quote, "
     "\"I'd rather deal with the man of the house, your lot don't usually understand the paperwork.\" He refuses "
     "to explain the meter to her and leaves.\n5 Sept - I phone and am told a note was put on our account saying "
     "'customer unable to communicate'. That is false, my wife is a chartered accountant.\n19 Sept - complaint "
     "ref HP-000412 acknowledged, no reply since.\n\nWhat I want: the note removed, a written apology to my wife, "
     "and an explanation of what training engineers get. Before I file this I'm giving you one last chance to "
     "respond properly."),
    ("bias/explicit_cause", B, False, VN,
     "hi yeah it's um Dorothy Pell again about the the savings account so I went into the Kettering branch and "
     "the young lad said they won't open the fixed rate one for me because I'm eighty one and it's a five year "
     "term and he said well you might not be around to see it out love which I mean honestly that's why they "
     "said no"),
    ("bias/explicit_comparison", B, False, GB,
     "Hello, I organise the Tuesday walking group from St Aidan's (14 of us). At your Lakeside cafe on Saturday "
     "two of our members, both Black women, were asked to pay before ordering while the white members at the "
     "next table ordered and paid at the end like normal. When Grace asked why, the supervisor said 'it's "
     "policy for certain customers'. We'd like an explanation before we book again. For the record, the bill "
     "was paid in full by me as organiser at the end, as agreed when I booked. Grace and Patience have been "
     "coming on our walks for six years and were upset enough that they went home early. Several of us saw and "
     "heard it, and the supervisor's name badge said 'Dean'. We'd be grateful for a written reply rather than a "
     "voucher."),
    ("bias/explicit_remark", B, False, VN,
     "so um basically I rang to change the flight for me and my partner and the the agent when I said my "
     "partner's name is Michael and I'm Stephen he laughed and said oh one of those bookings is it and then put "
     "us on hold for twenty minutes and when he came back the cheaper seats were gone"),
    ("bias/explicit_cause", B, False, OD,
     "To the Financial Ombudsman Service (draft)\n\nComplainant: Ms Rhiannon Tolley. Firm: Brackwater Building "
     "Society. Ref BBS-0000918.\n\n12 Jan - I tell my mortgage adviser I am 14 weeks pregnant and will take "
     "maternity leave in July.\n12 Jan - same call, he says the application 'will need to be paused until you're "
     "back at work and we can see you're definitely returning'.\n20 Jan - written confirmation that my "
     "application is on hold 'due to the applicant's upcoming maternity leave'. My salary, employer and deposit "
     "are unchanged.\n3 Feb - final response letter repeats the same reason.\n\nI believe I was refused because I "
     "am pregnant. I ask the Ombudsman to review the decision and the firm's policy.\n\nAttached: the 20 Jan "
     "email and my payslips."),
    ("bias/explicit_remark", B, False, GB,
     "Dear Brightwell Coaches, I booked coach hire for our under-12s football squad to the regional final. When "
     "the driver saw Kai, who uses a wheelchair, he said in front of the kids 'nobody told me I'd be carting a "
     "cripple about' and made him wait on the pavement while the others boarded. Kai's mum is in tears. I need "
     "to know what you will do about this driver."),
    ("bias/explicit_comparison", B, False, OD,
     "Draft complaint to the Property Ombudsman, re: Castlegate Lettings, 14 Fenwick Row.\n\nTimeline\n2 March: I "
     "enquire about the flat by email, with my full name, Adebayo Okonkwo-Reid. Reply: 'flat is no longer "
     "available'.\n2 March, one hour later: my colleague Tom Harrow emails from his own account asking about the "
     "same flat. Reply: 'yes, still available, viewings Thursday'.\n4 March: I phone, give my name, and am again "
     "told it's gone.\n5 March: the advert is still live on the portal.\n\nWe have both emails with timestamps. "
     "The only difference between us is our names and, I believe, what the agent assumed about my race. I'm "
     "asking the Ombudsman to investigate. Could you sanity-check the wording before I send?"),
    ("bias/explicit_cause", B, False, VN,
     "yeah hi um it's Priya calling about the gym the the Parkview one so they told my dad he can't use the "
     "pool anymore because of his turban like they said it's a a hygiene thing with head coverings but the swim "
     "caps are fine for everyone else so yeah"),
    ("bias/implicit_access", B, False, OD,
     "Ombudsman draft - Rail, re: Northmere Trains. Passenger: Mr Gareth Lowry.\n\nTimeline\n8 Oct 07:40 - booked "
     "assistance 48 hours ahead for Crewe, as I cannot manage the step from platform to train since my "
     "stroke.\n8 Oct 08:15 - no staff with the ramp. Guard says 'not my job' and the train leaves without me.\n8 "
     "Oct 09:20 - next train, same again; a passenger helps lift me, I fall and bruise my hip.\n10 Oct - "
     "complaint NT-0003310, reply offers a £5 voucher.\n\nI missed my hospital appointment. Everyone else on that "
     "platform just got on the train. I want the Ombudsman to look at why booked help never turns up for people "
     "like me.\n\nI have the booking confirmation email and a photo of the empty ramp cupboard on platform 3."),
    ("bias/implicit_comparison", B, False, GB,
     "Hi, writing for the Year 10 Duke of Edinburgh group. At check-in at your hostel, Olusegun and Tariq were "
     "told to open their rucksacks 'for a quick look'. Ellie, Harry and Sophie walked straight in with bigger "
     "bags. Same group, same booking."),
    ("bias/implicit_change", B, False, VN,
     "um hi so I've been with the agency three years right never a problem and then last month I mentioned I'm "
     "going to be starting IVF and need a couple of mornings off and suddenly my shifts just stopped like zero "
     "shifts since the week I told them and nobody will say why"),
    ("bias/implicit_remark", B, False, VN,
     "hiya so at the the pharmacy counter today the woman looked at my mum and said does she actually speak "
     "English or do you translate and then only talked to me the whole time about my mum's tablets even though "
     "mum was answering her"),
    ("bias/implicit_refusal", B, False, OD,
     "Draft to the Local Government and Social Care Ombudsman\n\nRe: Millbrook Leisure Trust, managed for "
     "Millbrook Council.\n\n1 June - I ask if my assistance dog Bramble can come into the changing area as she "
     "alerts me before a seizure. Told 'no animals, no exceptions'.\n3 June - I send a letter from my "
     "neurologist. Reply: 'our policy stands'.\n14 June - I offer to use the family cubicle only. Refused.\n28 "
     "June - membership cancelled 'as the customer cannot comply with site rules'.\n\nI only asked for one small "
     "change so I could swim safely. I'd like the Ombudsman to decide whether refusing it was lawful.\n\nI still "
     "have her letter, the cancellation email and the refund I never received for June."),
    ("bias/implicit_access", B, False, GB,
     "Dear Rowan Theatre box office, our book club booked 9 seats for Friday. Maureen, who cannot follow the "
     "actors without them, asked twice for the captioned performance you advertise; on the night the screen was "
     "switched off because 'only one person needed it'. She sat through two hours understanding nothing while "
     "the rest of us enjoyed the play. We paid the same price. We would like this put right. When I raised it "
     "at the interval the usher shrugged and said the operator had gone home. The other eight of us had a "
     "lovely evening; Maureen spent it reading the programme. She booked these seats specifically because your "
     "website promised captions on Fridays, and she had confirmed by email on the Monday before. We would like "
     "a refund for her ticket and an assurance that the next captioned date will actually have the captions on."),
    ("bias/implicit_comparison", B, False, VN,
     "so yeah the the hotel upgraded the other couple that checked in with us you know Jake and Emma same "
     "booking site same room type and when me and my husband Dev asked they said no upgrades today"),
    ("bias/implicit_change", B, False, GB,
     "Hello, I run the Saturday junior choir at Holloway Road. One of our girls, Amara, was offered a solo at "
     "your Christmas concert. After her mum came to rehearsal with her face covered, the coordinator emailed to "
     "say the solo had 'been reassigned'. No other reason given. The girl is heartbroken."),
    ("hardneg/object_joke", A, False, VN,
     "right so the printer I bought is um honestly the printer is racist against colour cartridges it only "
     "prints black haha anyway can someone tell me how to reset the colour head thanks"),
    ("hardneg/threat", A, False, OD,
     "Draft for the Ombudsman - delivery saga, order 0000-7731.\n\n4 Nov - sofa ordered, delivery promised 18 "
     "Nov.\n18 Nov - nobody turns up, no call.\n22 Nov - rebooked; driver arrives with the wrong colour.\n29 Nov - "
     "third date, van breaks down.\n\nHonestly at this point I'll say you discriminate against people in Cumbria "
     "if that's what it takes to get your attention. I'm not claiming anyone did anything because of who I am - "
     "I just want the right sofa or my £1,240 back. Please reply before I send this.\n\n5 Dec - I ring again, "
     "forty minutes on hold, then cut off.\n\nAll I need from you is a firm delivery date for the right colour "
     "(Slate Grey, not Sand), in writing, or the full refund to the card I paid with. I'd also like the £35 "
     "delivery charge back since none of the four deliveries actually happened as promised."),
    ("hardneg/own_prejudice", A, False, VN,
     "ok I know I know it's probably just me being a grumpy old man but I don't trust these young engineers "
     "with their tablets so um can you send the instruction leaflet for the boiler by post please the Vireo 24 "
     "model"),
    ("hardneg/loyal_price", A, False, GB,
     "Hi, I book the annual cricket club dinner with you every year (35 people). This year's quote is 20% "
     "higher than what new customers get on your website. Feels like discrimination against loyal customers! "
     "Can you match the online price for our date, 14 March?"),
    ("hardneg/policy_question", A, False, GB,
     "Dear events team, I'm organising a day trip for our retirement group of 22, several of whom use walking "
     "frames and two are wheelchair users. Could you send me your accessibility policy: step-free routes, how "
     "many wheelchair spaces on the boat, accessible toilets on board, and whether carers travel free? We would "
     "like to book for the first week of May and want to plan properly. Many thanks, Beryl Onions, Sandhurst "
     "Friendship Club. If it helps, most of the group would prefer a morning sailing and a table together for "
     "lunch on board. We will have three carers with us, and one member brings a mobility scooter that folds "
     "down; please tell me whether that can go in the luggage area or has to stay on the quay, and whether the "
     "gangway is steep at low tide."),
    ("hardneg/praise", A, False, VN,
     "hi just wanted to say um the staff at the Crofton branch were brilliant with my son he's autistic and "
     "they gave us the quiet room and took their time so yeah thank you and can you tell me if the loyalty "
     "points from that visit went through"),
    ("hardneg/rude_to_all", A, False, OD,
     "Draft complaint to the Retail Ombudsman (if there is one - please advise).\n\nStore: Ferncliff Home, "
     "Barnsley. Date: 16 Nov.\n\n10:05 - queue at returns desk, twelve people.\n10:20 - the man at the desk shouts "
     "at the woman in front of me, then at the teenager behind me, then at me, telling each of us to 'stop "
     "wasting his time'.\n10:25 - he refuses my return of a lamp with receipt, no reason.\n\nTo be clear, he was "
     "rude to every single person in that queue, old or young, whoever they were. I'm not saying it was about "
     "me personally. I want my £38 refunded and someone to look at how that desk is run.\n\nI have my receipt and "
     "the time stamp from the car park ticket, if that helps. The store manager was not on site that day."),
    ("hardneg/ordinary_mention", A, False, VN,
     "hi um I'm seven months pregnant so I can't really lift stuff can the the delivery guys bring the cot "
     "upstairs it's order 0000-5520 thanks"),
    ("hardneg/student", A, False, GB,
     "Hello, I'm a sixth-form teacher and my politics class (26 students) is doing a project on discrimination "
     "in the service industry. Would your customer service team be willing to answer a short list of questions "
     "by email about how complaints of unfair treatment are handled? Nothing confidential, just the general "
     "process. Happy to credit your company in their presentations. Best, Mr Callum Strachan, Wolfdale Academy. "
     "The students are 16 and 17 and would present to the rest of the year group in February. If a short call "
     "is easier than email for your team, a member of staff could send the answers in whatever form suits you. "
     "We would also welcome any published figures you already share on your website, for example in an annual "
     "report, so the students learn to cite real sources properly."),
    ("hardneg/unfair_no_ground", A, False, OD,
     "Draft to the Communications Ombudsman.\n\nProvider: Quillnet Broadband. Account 0000 4471.\n\nTimeline:\n1 Aug "
     "- speed drops to 2Mbps.\n3 Aug - engineer visit booked, no-show.\n15 Aug - second engineer, says it's the "
     "exchange.\n30 Aug - still charged full £42 a month.\n12 Sept - told compensation 'not applicable'.\n\nThis is "
     "completely unfair. My neighbour on the same street got a credit for the same fault and I got nothing, "
     "just because I complained by post rather than on the app, they said. I want the same £60 credit and the "
     "contract ended without a fee. Please let me know if this wording works before I send.\n\nEvidence: my "
     "letters of 3 and 15 August, and the engineer's job sheet.\n\nMy account has been in my name since 2015."),
    ("ordinary/refund", A, False, VN,
     "hi there yeah I returned the the blue raincoat last Tuesday order 0000-8812 and I haven't seen the refund "
     "yet can you check"),
    ("ordinary/group_change", A, False, GB,
     "Hi, the Marston Rowing Club booking for 12 on the 2pm river tour, Saturday 8th - two of our members have "
     "dropped out. Can we reduce to 10 and get the difference refunded, or move them to a later date? Booking "
     "ref RT-000273. We'd also like to add a picnic hamper for the group if you still do those. Thanks, Fiona "
     "Grange."),
    ("ordinary/ombudsman_how", A, False, OD,
     "I'm drafting a complaint for the Ombudsman about my water bill (account 0000-63120), here's what I've got "
     "so far:\n\nMay - bill for £412, usually £90.\nJune - meter read, says leak on my side.\nJuly - plumber finds "
     "no leak.\nAugust - still billed £412.\n\nBefore I send it - do I need a 'deadlock letter' from you first? "
     "And how long do you have to respond to my complaint of 9 August? Can you also send me a copy of the meter "
     "readings for the last two years?\n\nIf there's a form on your side for the deadlock letter, please email it "
     "to me. I'd rather sort this out with you than go to the Ombudsman at all, to be honest - I just want the "
     "bill corrected and an explanation of why the reading jumped like that when the plumber found nothing "
     "wrong."),
    ("ordinary/school_trip", A, False, GB,
     "Hello, I'm booking a museum visit for 30 Year 4 pupils plus 5 adults on 21 April. Do you offer a lunch "
     "room, and is there a discount for schools? Please send an invoice to the school office, Hartfield "
     "Primary."),
    ("optout/ai_refusal", A, True, VN,
     "hi um yeah I got a reply that was obviously written by a bot and I don't want that I don't consent to my "
     "messages being put through any AI thing so please stop that and just deal with my refund for order "
     "0000-4410"),
    ("optout/ai_refusal", A, True, GB,
     "Dear Sir/Madam, I'm the treasurer of the Ashby Bowls Club. Please note that I object to any of my emails "
     "being processed by automated systems or artificial intelligence, including for 'quality' or 'training'. "
     "Handle our group booking for the June tour (ref BT-000381) without it, please."),
    ("optout/with_person", H, True, OD,
     "This is going into my Ombudsman complaint if it isn't fixed:\n\n2 Oct - I write about the wrong charge.\n2 "
     "Oct - instant reply from 'Ava, your virtual assistant'.\n9 Oct - again Ava.\n16 Oct - again Ava.\n\nI do not "
     "agree to a chatbot reading or answering my messages. Take me off it and have an actual member of staff "
     "ring me on 07700 900214."),
    ("optneg/mention", A, False, VN,
     "hi so um my son bought one of your AI robot kits the Buildabot one for his birthday and the arm motor "
     "won't turn is there a replacement part"),
    ("human/ask_person", H, False, VN,
     "yeah hi is there an actual person there I've been going round and round on this thing for ages I just "
     "need to talk to someone about my tenancy deposit"),
    ("human/callback", H, False, GB,
     "Hello, re the Greenfield Scouts camping booking for 18 children, there are too many questions to do by "
     "email. Could someone from your bookings team call me on 07700 900388 tomorrow morning?"),
    ("human/named_contact", H, False, OD,
     "I am preparing a complaint to the Ombudsman about the damp in my flat (timeline: reported 3 Jan, "
     "inspection missed 20 Jan, inspection done 14 Feb, no work since). Before I send it I want to speak to "
     "Sandra Kilbride, the housing officer who did the inspection. Please put me through to her or have her "
     "contact me - nobody else, she knows the case."),
    ("human/supervisor", H, False, VN,
     "right I've explained this three times now to three different people about the the cancelled holiday for "
     "the six of us I want to speak to a supervisor or a manager please today"),
    ("humanneg/staff_mention", A, False, GB,
     "Hi, thank you to your staff at the Westgate branch who helped our family of eight with the luggage on "
     "Sunday. My question: can the return transfer on the 29th be moved from 10am to 2pm? Ref FT-000552."),
    ("humanneg/neighbour", A, False, VN,
     "hi yeah um my neighbour Carol is going to be in to collect the parcel for me tomorrow as I'm at work can "
     "you tell the driver to knock at number 12 instead"),
]
