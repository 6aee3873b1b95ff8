"""English (UK) rows of blind set 53, typed by hand: (category, label, opt_out, style, text)."""
E, A, F = "executive-escalation", "in-app-feedback", "community-forum"
B, N = "bias_review", "ai_assist"

ROWS = [
    ("bias/explicit_remark", B, False, E,
     "To the Office of the Chief Executive, Harrowgate Lettings Ltd\n\nRe: complaint ref. HL-000417, first raised on "
     "the second of November\n\nDear Ms Okafor-Lyle,\n\nI am writing to your office because two earlier e-mails to "
     "the branch (on the second and the ninth of November) went unanswered. On the first of November I viewed a "
     "two-bedroom flat at 14 Quarry Row with my wife. When she mentioned that we are Gypsies and have lived in bricks "
     "and mortar for eleven years, your negotiator, Mr Pennick, closed his folder and said, and I quote, \"the "
     "landlord won't want Gypsies, I'd save yourselves the bother.\" The flat was re-advertised the next morning at "
     "the same rent. We had references, a deposit ready and both of us are in work. I would like your office to "
     "investigate what was said and tell me what the firm intends to do about it.\n\nYours sincerely,\nTobias Lovell"),
    ("bias/explicit_cause", B, False, A,
     "Booking declined at the checkout with the message that the taxi firm 'can't take assistance dogs, driver "
     "allergic'. I'm blind and the dog is my guide dog. Second time this month, both times after I ticked the box. "
     "Not acceptable.\n--\nRideLoop 4.12.0 / iPhone 13 / iOS 18.1"),
    ("bias/explicit_comparison", B, False, F,
     "Title: Gym refused my husband's induction but let my brother in the same day?\n\nMy husband uses a "
     "prosthetic leg. We went to the Kelsall Road branch together with my brother on Saturday. My brother was booked "
     "straight onto an induction. The trainer told my husband he'd need a letter from a doctor 'because of the leg' "
     "before he could even use the rowing machines. Same membership, same form. Has anyone else here with a "
     "disability been asked for this? The FAQ says nothing about it." " He's been going to a gym in Leeds for three years with the same leg and nobody ever asked. We've paid the joining fee for both of them and I'd like to know whether the induction rule is written down anywhere, because the trainer couldn't show us one."),
    ("bias/explicit_after", B, False, E,
     "FAO Executive Complaints Team, Brightwell Insurance\n\nYour ref: BW/0000/31872 (letters of 3 and 17 October)"
     "\n\nDear Executive Complaints Team,\n\nMy home insurance had been renewed without question for six years. On "
     "the twenty-eighth of September I rang to update the policy holder details after my civil partnership to "
     "Daniel. Three days later I received notice that the renewal would not be offered 'due to a change in risk "
     "profile'. Nothing about the property changed; the only thing I told you was that my partner is a man. When I "
     "asked the call handler what risk had changed she said she could not say. I believe the refusal followed "
     "directly from learning that I am gay and in a same-sex partnership, and I ask your team to review the decision "
     "and explain in writing the reason for it.\n\nKind regards,\nMarcus Ellery"),
    ("bias/implicit_access", B, False, A,
     "The new card reader at the pharmacy counter is a flat touchscreen with no buttons. I can't find the numbers by "
     "feel any more so I can't pay on my own, I have to tell strangers my PIN. Before the update there were raised "
     "keys.\n--\nHealthPoint 2.3.1 / Android 14"),
    ("bias/implicit_comparison", B, False, F,
     "Title: Same CV, different answer\n\nReplying to @tara_w's post about the graduate scheme.\n\n> Has anyone "
     "actually heard back?\n\nI did, sort of. My flatmate Harriet and I applied the same evening. We did the same "
     "degree at the same uni, same grade, and honestly she copied half my cover letter (with my blessing). She got "
     "an assessment day invite in a week. I'm Oluwaseun and I got an automated rejection in two days. We then swapped "
     "notes and the only line that differs is the name at the top and the school. Make of that what you will, but "
     "I'd like the company to explain how the "
     "screening works. Harriet has even offered to withdraw so they can't say the places were full, and I've kept both "
     "rejection and invite e-mails with their time stamps in case anyone from the graduate team reads this forum."),
    ("bias/implicit_after", B, False, E,
     "To: Office of the Managing Director, Fenwick & Lowe Estate Agents\n\nSubject: Sales negotiator role - "
     "withdrawal of offer, ref. FL-HR-000092\n\nDear Mr Fenwick,\n\nI accepted your offer of a negotiator post on "
     "the twelfth of August. On the nineteenth, at the pre-start meeting with Ms Dray in HR, I explained that I "
     "would be attending my first antenatal appointment in October and asked how to book the time. Two days later "
     "the offer was withdrawn by e-mail, citing 'a restructure of the team'. The same post was re-advertised on the "
     "twenty-third, word for word. Nothing was said about my references or my performance at interview, which Ms "
     "Dray had described as excellent. I have already written twice to HR (on the twenty-fifth of August and the "
     "fourth of September) and had no reply. I am asking your office to review how this decision was made.\n\n"
     "Yours faithfully,\nImogen Carthew"),
    ("bias/implicit_remark", B, False, F,
     "Title: 'Do you understand English, love?'\n\nThat's what the lady at the returns desk said to my mum, slowly "
     "and loudly, before she'd even opened her mouth. Mum has lived here since 1974. Then they asked her for photo ID "
     "for a £9 return when the woman in front with no receipt just got cash back. I was standing right there. Is "
     "this the store's policy now?"),
    ("hardneg/object_joke", N, False, A,
     "My new kettle discriminates against tea - it boils fine for coffee but the 80 degree setting never "
     "clicks off. Faulty thermostat? Can I swap it?\n--\nHomeKit Kitchen 1.8 / Pixel 7"),
    ("hardneg/threat", N, False, E,
     "To the Chief Executive's Office, Parcelwise\n\nRe: missing parcel PW000000438812, contacts on 2, 6 and 11 "
     "November\n\nDear Sir or Madam,\n\nThree weeks, three calls, three promises of a call-back, and my parcel "
     "is still 'in transit'. I want to be clear that nobody has treated me differently from anyone else - your "
     "service is simply equally bad for everybody. But if I do not have a refund or the parcel by Friday I will be "
     "telling the local paper that you discriminate against people who live in villages, because frankly that is "
     "how it feels. The order was a £64.99 garden heater. Please arrange the refund to the original card. I have kept the order confirmation, the tracking "
     "screenshots and the dates of all three calls, and I can forward any of them if that helps.\n\n"
     "Regards,\nGeoffrey Tamblyn"),
    ("hardneg/own_prejudice", N, False, F,
     "Title: Installer was great, sorry for doubting\n\nHonestly when a young woman turned up to fit our boiler I "
     "assumed she'd be the apprentice and asked when the proper engineer was coming. My bad. She had it running in "
     "two hours. Question for the forum: does the annual service have to be booked through the app or can I ring?"),
    ("hardneg/loyal_price", N, False, A,
     "12 years with you and my broadband renewal is £18 more than the new customer deal. This is "
     "discrimination against loyal customers! Please match the new price." " Or tell me which plan I can move to.\n--\nConnectUK 6.0.2 / iPad"),
    ("hardneg/policy_question", N, False, E,
     "To the Executive Office, Marlow Coach Holidays\n\nDear Sir or Madam,\n\nI am the outings secretary of the "
     "Stapleford Stroke Club. Before we book a seven-night tour for twenty-two members in May, our committee needs a "
     "copy of your accessibility policy: how many of your coaches have a wheelchair lift, whether a carer travels "
     "at a reduced fare and how you handle dietary needs at the hotels. Could you send it to this address? Several of our members use walking frames and two have "
     "limited speech, so we also want to know whether your drivers have had any training in assisting passengers. Our "
     "booking reference for the provisional hold is MCH-0000-2215." " We travel on the second Monday in May and need to confirm numbers with the hotel by the end of January.\n\nWith thanks,\nBrenda Fairclough"),
    ("hardneg/praise", N, False, F,
     "Title: Shout-out to the Leeds store team\n\nMy son is autistic and can't cope with queues. The staff let "
     "us use the quiet hour on Tuesday and the lad on tills, Callum, was brilliant with him. Does the quiet hour "
     "happen at the Bradford shop too, and what time?"),
    ("hardneg/rude_to_all", N, False, A,
     "Driver today was rude to me, to the woman next door and to the postman, shouting at everyone about the "
     "parking. Anyway, my box had a dent - can I get a replacement mug?" " Order SF-0000-2210.\n--\nShopfast 3.3 / Android 13"),
    ("hardneg/mention_age", N, False, E,
     "For the attention of the Customer Director, Northvale Water\n\nAccount number 0000 7731 2260\n\nDear "
     "Customer Director,\n\nI am eighty-six and I manage my own affairs. Since August my bills have arrived for "
     "a metered supply although I have never had a meter fitted; I wrote to your billing team on the fourteenth of "
     "August and again on the second of October, quoting the reference NV-000-55120, and received two identical "
     "standard letters. The amount claimed is £312.40. Please have someone look at the account, correct it to the "
     "unmetered charge I have always paid and confirm in writing. I would prefer letters to e-mails. My nephew, who normally helps me with "
     "paperwork, is abroad until the spring, which is why I am writing to you directly.\n\nYours "
     "faithfully,\nWinifred Hallam"),
    ("hardneg/mention_disability", N, False, A,
     "I'm a wheelchair user - is the table you've booked for us on Saturday on the ground floor? Booking "
     "TT-000884.\n--\nTableTonight 5.1 / iOS 17"),
    ("hardneg/mention_religion", N, False, F,
     "Title: Kosher options on the Christmas hamper?\n\nWe're Jewish and buy a hamper for my husband's office "
     "every year. Is there a version with certified kosher items? Last year's had a pork pâté so we gave that one "
     "away."),
    ("hardneg/mention_pregnancy", N, False, E,
     "To: Executive Customer Relations, SkyMere Airways\n\nBooking ref. SKM0000Q7\n\nDear Sir or Madam,\n\nI will "
     "be thirty-four weeks pregnant when I fly to Malaga on the twelfth of March. Your website gives two different "
     "cut-offs for single pregnancies (thirty-six weeks on one page, thirty-four on another), and the web chat on "
     "the sixth of February could not tell me which applies. Please confirm in writing which rule is current and "
     "which form my midwife needs to sign. If I cannot travel I would like the "
     "booking moved to June at no cost. The trip is for my sister's fortieth birthday, so I would rather know now than "
     "at the gate, and my midwife's clinic needs a week's notice to sign anything."
     "\n\nMany thanks,\nSophie Arkwright"),
    ("hardneg/unfair_no_ground", N, False, E,
     "To the Office of the Chief Executive, Corrigan Leisure\n\nComplaint ref. CL-00000-648\n\nDear Sir or Madam,"
     "\n\nI was charged a £25 'late cancellation' fee for a squash court I cancelled thirty hours in advance, "
     "well outside your twenty-four-hour rule. When I showed the receptionist the confirmation e-mail with its "
     "time stamp she agreed it was wrong but said the system would not let her reverse it. The duty manager said the "
     "same on the twelfth and again on the nineteenth of October. It is unfair, plain and simple, and I have spent "
     "more time on the phone than the fee is worth. I should like the £25 refunded to my card ending 0000 and the "
     "fault in your booking software looked at, as I doubt I am the only member affected.\n\nYours "
     "faithfully,\nAlan Prothero"),
    ("ordinary/refund", N, False, A,
     "Returned the blue trainers (order 0000-55821) on 3 Nov, still no refund.\n--\nStrideShop 2.9.4 / "
     "Android 14"),
    ("ordinary/delivery", N, False, F,
     "Title: Sofa delivery window changed twice\n\nOrdered a corner sofa in September, slot was the 14th, moved "
     "to the 21st, now the 28th with no reason. Anyone know whether the delivery team works Saturdays? I'd rather "
     "take a Saturday slot than another weekday off work. Order OR-0000-7712."),
    ("ordinary/bill", N, False, E,
     "To the Executive Complaints Team, Penrose Energy\n\nAccount 0000 4419 8823\n\nDear team,\n\nMy direct debit "
     "was increased from £96 to £241 a month on the first of November. The reason given in the app is an "
     "'estimated reading', but I submitted actual readings on the thirtieth of September and the thirty-first of "
     "October (photos attached to both). I raised this with your billing team on the fourth of November (ref. "
     "PE-000-3318) and was told it would be reviewed within five working days; it has now been fifteen. Please "
     "reset the direct debit using my real readings and refund the overpayment of £145 taken on the first." " I should add that I am on a fixed income and the larger payment left my account overdrawn for two days, for which my bank charged me £12.\n\n"
     "Regards,\nNeil Ashdown"),
    ("ordinary/bug", N, False, A,
     "App crashes every time I open saved recipes. Reinstalled, same.\n--\nCookPal 7.0.1 / Galaxy S21 / "
     "Android 14"),
    ("ordinary/booking", N, False, F,
     "Title: Can I change the name on a theatre booking?\n\nBought two tickets for 'The Lighthouse Keeper' on "
     "the 9th but my sister can't come. Is it possible to put my neighbour's name on the second ticket or do "
     "they have to be the same person who paid?"),
    ("ordinary/account", N, False, E,
     "To: Office of the Chief Operating Officer, Hartfield Building Society\n\nRe: account 00000000-4471, "
     "change of address\n\nDear Sir or Madam,\n\nI moved house on the first of October and have tried to change my "
     "address three times: online (rejected with 'error 0000'), by post on the seventh of October and in branch on "
     "the twentieth, where I was told the form had been sent on. Statements are still going to my old flat, which is "
     "now let to someone else. I should be grateful if the address could be updated to 27 Wren Close, Ilkley, and "
     "if you could confirm that no statements were sent to the old address after the first of October." " The new tenant has kindly forwarded two envelopes so far, but I am uneasy about my account details going to a stranger.\n\nYours "
     "faithfully,\nPatrick Oyelaran-Hume"),
    ("optout/plain", N, True, A,
     "Please stop running my messages through your AI. I don't consent to that. Just answer my question: when does "
     "the loyalty card reset?\n--\nFreshMart 8.2 / iOS 18"),
    ("optout/plain", N, True, E,
     "To the Data Protection Officer and the Office of the CEO, Lumen Mobile\n\nCustomer number 0000 9120 44\n\n"
     "Dear Sir or Madam,\n\nI have learnt from your updated privacy notice that customer e-mails are now 'analysed "
     "by automated tools, including artificial intelligence, to improve our service'. I object to this in respect "
     "of my own correspondence and I withdraw any consent I may be taken to have given. Please ensure that this "
     "letter and any future message from me are handled without automated analysis or AI drafting, and confirm in "
     "writing that this has been recorded on my account. Separately, please send me a copy of my last three bills, "
     "which have not arrived by post since August." " My postcode is unchanged, so the problem is not my address.\n\nYours faithfully,\nDeborah Quayle"),
    ("optout/plain", N, True, F,
     "Title: How do I turn off the AI replies on my support tickets?\n\nI don't want a bot reading or answering my "
     "tickets, full stop. There must be a setting. My open ticket is about a cracked screen protector."),
    ("optout/plain", N, True, A,
     "no AI on my account please. opt me out of the automated processing of my messages. thanks\n--\nBankly 11.4"
     " / Android 13"),
    ("optout/with_person", "human", True, E,
     "To: Executive Escalations, Greystone Broadband\n\nRef. GB-0000-70215 (contacts 3, 10 and 18 November)\n\n"
     "Dear Executive Escalations,\n\nEvery reply I have had to this fault has been written by your automated "
     "assistant and none of them has read what I wrote. I do not agree to my messages being handled by AI any longer. "
     "I want a named member of staff to take ownership of the case and to ring me on 07700 900417 between 9 and 5. "
     "The fault itself is a line that drops every "
     "evening at around eight. An engineer visited on the twelfth and replaced the router; the drops continued the "
     "same night, and I have a log of every disconnection since then that I can send to whoever is assigned.\n\nRegards,\nKeith Marchbank"),
    ("optneg/mention", N, False, F,
     "Title: The AI chat actually solved my problem\n\nCredit where it's due - the chatbot sorted my address "
     "change in two minutes. Does it also handle meter readings, or is that still a form?"),
    ("optneg/other_refusal", N, False, A,
     "I refuse to pay the £4.99 'paper bill' fee, I never asked for paper bills. Remove it please.\n--\nTalkWave "
     "3.1 / iPhone SE"),
    ("human/person", "human", False, A,
     "I need to speak to an actual person about my order, this is going round in circles.\n--\nHomeHub 4.0 / "
     "Android 12"),
    ("human/anyone_real", "human", False, F,
     "Title: Is there a real person behind the support inbox?\n\nThree replies, all the same template. Is anyone "
     "actually there reading these?"),
    ("human/callback", "human", False, E,
     "To the Office of the Chief Executive, Albion Motor Finance\n\nAgreement number 0000-00-58114\n\nDear Sir or "
     "Madam,\n\nI wrote to your collections team on the fifth and the nineteenth of October about a missed payment "
     "that I believe was taken twice. I have had no reply. Please arrange for someone to telephone me on 07700 "
     "900682 any weekday after four o'clock so that we can resolve this before it affects my credit file." " I have attached bank statements for September and October showing both payments of £287.16 leaving my account on the same day, and a copy of my first letter." " The agreement has been paid on time every month since 2023 and I would like that record to stay clean; I am also happy to receive a written explanation if a call is not possible.\n\n"
     "Yours faithfully,\nSandra Kilbride"),
    ("human/named_contact", "human", False, F,
     "Title: Can I get Priya back on my case?\n\nPriya in the Cardiff team handled my claim in the summer and "
     "she actually knew what was going on. It's been reopened and I'd like her to deal with it again. Claim "
     "CL-0000-3307."),
    ("human/supervisor", "human", False, E,
     "To: Executive Complaints, Hollins Department Stores\n\nRe: order HDS-000-91140\n\nDear Sir or Madam,\n\nI "
     "have now spoken to four advisers about a dining table delivered with a split leg. Each has promised a "
     "collection and none has arranged one. I am asking for the matter to be escalated to a supervisor or manager "
     "who has authority to authorise a refund, and for that person to contact me.\n\nYours faithfully,\nRuth "
     "Abernethy"),
    ("humanneg/staff_mention", N, False, F,
     "Title: Thanks to the night staff at the Exeter depot\n\nThe two lads on the night shift helped me find a "
     "parcel that the app said was lost. Question: can I change the collection point for future orders to the "
     "depot?"),
    ("humanneg/family_mention", N, False, A,
     "My daughter set up the account for me and I've forgotten the password she chose. How do I reset it?\n--\n"
     "HealthPoint 2.3.1 / iPad"),
]
