"""Blind set 22, English rows: (category, label, opt_out, style, text). Written by hand, CC0-1.0."""

ROWS = [
    ("optout/plain", "ai_assist", True, "shopowner",
     "Hi there,\n\nI run Hartley's Haberdashery on Mill Lane and I buy my card-reader rolls and my own home broadband "
     "from you, so I'm writing as both a trade and a private customer. Three things:\n"
     "- the March invoice for the rolls still shows VAT at the wrong rate;\n- the router at home drops out most evenings after nine;\n"
     "- your new terms say replies may be drafted by an AI system. I don't agree to that: keep my emails "
     "out of it. That goes for both accounts, please.\n\nKind regards,\nJune Hartley\nProprietor, Hartley's Haberdashery"),
    ("optout/plain", "ai_assist", True, "phonemail",
     "Hello, sorry for typos am on the bus. Ref BX-204471. The replacement kettle came with a cracked lid again "
     "(second time!!) and the couriered box was soaking. Can you send one that isnt broken & a returns label. Also "
     "I saw at the bottom of your last email 'this reply was generated with the help of AI' — no thank you, I'm not "
     "happy having what I write fed to an AI, please stop doing that with mine. Ducking autocorrect, I mean "
     "stop doing it full stop.\nThx, Priya\n\nSent from my phone"),
    ("optout/no_bot", "ai_assist", True, "itinerary",
     "Good afternoon,\n\nBooking ref QW7K2L. My trip as it stands:\n  12 May  LHR 07:40 -> FRA 10:15  (LH 901)\n"
     "  12 May  FRA 13:05 -> VIE 14:20  (LH 1234)\n  19 May  VIE 18:10 -> LHR 19:55  (OS 455)\n"
     "I need the Vienna return moved to 20 May, same time if possible, and an aisle seat on all legs. I fly with you "
     "thirty-odd times a year and I'd rather not have a chatbot compose the answer to this: no automated replies on "
     "my file, a human-written answer by email is fine.\n\nBest,\nMarcus Oyelaran\nGold member 4471 0093"),
    ("optout/object", "ai_assist", True, "regulator",
     "Dear Sir or Madam,\n\nCc: Information Commissioner's Office (case reference to follow)\n\nThis is my third letter about the "
     "disputed energy bill for 14 Aldous Road (account 88120345). Your last two replies were clearly produced by "
     "software: they answered a question I never asked. I am objecting, under UK GDPR, to any automated or AI tool handling my complaint "
     "or my personal data. Write to me to confirm it no longer happens, and then "
     "deal with the meter reading of 4 February, which is still wrong.\n\nYours faithfully,\nDerek Amos"),
    ("optout/withdraw_consent", "ai_assist", True, "satisfaction",
     "Re: How did we do? Your feedback on order 55-31902\n\nYou asked me to rate five things, so:\n1. Delivery speed — 4/5, "
     "a day late but fine.\n2. Product quality — 5/5, the rug is lovely.\n3. Ease of returns — not tried.\n"
     "4. Our new smart assistant — I ticked 'yes' when I signed up to letting it read my messages. I'm taking that "
     "back: I withdraw that consent from today.\n5. Would you recommend us — probably.\n\nCheers,\nTom Whitlock"),
    ("optout/proxy", "ai_assist", True, "tenants",
     "Dear Customer Relations,\n\nI am secretary of the Carrow Court Tenants' Association and write, with her signed "
     "permission (attached), for Mrs Edna Pollard of flat 31, who is 88 and does not use email. Mrs Pollard's "
     "boiler service visit was cancelled twice in October. She has also asked me to tell you plainly that she does "
     "not want her details or letters handled by your 'virtual assistant' or any AI. Please note that on her "
     "account and rebook the visit.\n\nOn behalf of the committee,\nGraham Boyce, Secretary\nCarrow Court TA"),
    ("optout/quoted", "ai_assist", True, "phonemail",
     "No that doesnt help at all. The parcel is at the depot not 'with the courier'. And pls take me off whatever "
     "tool wrote this, I dont want my emails answered by AI.\n\nSent from my iPhone\n\n> On 3 Nov, Support wrote:\n"
     "> Hi Sam! Great news, our AI assistant has checked your parcel 7730-EE and it is with the courier and will "
     "arrive soon. Anything more we can do for you today? Have a wonderful day!\n> Reply 'agent' at any time."),
    ("optout/plain", "ai_assist", True, "satisfaction",
     "Subject: Your survey (I don't do the stars, so here it is in words)\n\nQ: Was your issue resolved? Partly. The "
     "refund for the double charge arrived, the £6.40 delivery fee did not.\nQ: Was our team friendly? Yes.\n"
     "Q: Any other comments? One: your privacy page says you use machine learning to 'improve' replies from "
     "customer messages. Count mine out. Nothing I send you is to be used by an AI, for replies or training.\n\n"
     "Regards,\nAlison Fry"),
    ("optout/with_person", "human", True, "shopowner",
     "Hello,\n\nI own the Corner Cupboard deli in Frome and have had a business account with you for six years. "
     "Since the change to your new help desk every question I send bounces back with a bot answer. Two orders "
     "of oat milk cartons went to the wrong branch last month. I'd like:\n  • AI taken off my account altogether;\n"
     "  • a real person, ideally Kevin who used to look after us, to ring me on 07700 900412 after 3pm.\n\n"
     "Many thanks,\nRuth Salter\nOwner, The Corner Cupboard"),
    ("optout/with_person", "human", True, "regulator",
     "To the Complaints Team, copied to the Financial Ombudsman Service\n\nMy overdraft charge dispute (ref FC-20917) has "
     "now gone eight weeks without a proper answer, which I understand lets me go to the Ombudsman. Before I do: I "
     "want a named member of your complaints staff to call me, not another automated message, and I give no consent "
     "to my case being assessed by an AI or automated decision system. My number is 07700 900377, weekdays.\n\n"
     "Sincerely,\nBeatrice Nwosu"),
    ("optneg/praise", "ai_assist", False, "satisfaction",
     "Hi,\n\nFilling in your feedback form but it cut off my comment, so here's the rest. Overall 9/10. The chat "
     "assistant on your website sorted my size exchange in about two minutes at eleven at night, which honestly "
     "beat waiting for the shop to open. The only niggle: the exchange boots came in the old box with the wrong "
     "label, so the courier nearly sent them back. Could you tell me whether the second pair is now logged as "
     "received (order 4418-B)?\n\nThanks,\nOwen Ridley"),
    ("optneg/quoted_optout", "ai_assist", False, "itinerary",
     "Hi again,\n\nIgnore what I wrote in spring (below). I've used your app's assistant since and it's been fine, so "
     "you can treat my messages normally. What I need now is the Lisbon leg changed:\n  09 Jun  MAN 06:55 -> LIS 09:45\n"
     "  16 Jun  LIS 20:30 -> MAN 23:10  → please move to 17 Jun\n\nThanks,\nClaire Dunmore\n\n> 14 Apr: Please "
     "don't use your AI assistant on my emails, I want them read by a human.")
    ,
    ("optneg/ai_feature", "ai_assist", False, "shopowner",
     "Morning,\n\nI've got your till system in my bike shop (Spokes & Sprockets, two staff) and I'm thinking of "
     "upgrading to the Plus plan. Before I do, a few questions about the 'AI stock forecast' feature:\n"
     "- does it work with fewer than 500 products?\n- can I switch it off in winter when I hardly sell anything?\n"
     "- is it the same price on the annual plan?\nAlso my own home account shows the wrong postcode, should be BA2 4QT.\n\n"
     "Cheers,\nLiam Carver\nSpokes & Sprockets"),
    ("optneg/bot_wrong", "ai_assist", False, "phonemail",
     "Hiya, quick one from my phone so excuse spelling. Your online helper told me my bin collection moves to "
     "Thursday over Christmas but the leaflet says Friday 27th. Witch is right?? Also the green bin wasnt emptied "
     "on the 12th, whole street was skipped. Not fussed about the bot, just want to know what day to put it out lol. "
     "Address 9 Fenwick Close.\nTa, Donna\n\nSent from Outlook for Android"),
    ("optneg/footer_ai", "ai_assist", False, "shopowner",
     "Dear team,\n\nPlease find attached the signed returns form for the three damaged display stands (order "
     "PO-7712). A credit note would suit us better rather than replacements, as we're refitting the shop in January.\n\n"
     "Best wishes,\nAnita Desai\nOwner & Buyer, Desai Gifts Ltd\n--\nConfidential: meant for the addressee only, "
     "attachments included. Incoming and outgoing mail at Desai Gifts Ltd is screened by an automated "
     "AI security filter. Registered in England No. 0000471."),
    ("optneg/someone_else", "ai_assist", False, "tenants",
     "Dear Sir/Madam,\n\nOn behalf of the Elmfield Tenants' Association: residents at blocks C and D report that the "
     "communal laundry card top-up machine has been out of order since 2 November. Several older members also tell "
     "us they find your phone line's voice robot hard to follow (one of our neighbours, Mr Lacey, refuses to use it "
     "at all), so a printed notice in the lobby about the repair date would help everyone.\n\nYours sincerely,\n"
     "Patricia Heald, Chair"),
    ("optneg/quoted_other", "ai_assist", False, "regulator",
     "Dear Complaints Team,\n\nI act as treasurer for our bowls club and write about the club's account, not my own. "
     "Below is part of a complaint a member sent you last year; I include it only for context because it concerns "
     "the same card machine. Our question is simply why the fee has gone up to 1.9%.\n\n> From: G. Thorne\n> I don't "
     "want any AI reading my complaint, pass it to a person.\n\ncc: Payment Systems Regulator (for information)\n\n"
     "Regards,\nHelen Marsh, Treasurer"),
    ("optneg/ai_product", "ai_assist", False, "itinerary",
     "Hello,\n\nTrip summary for reference:\n  03 Feb  EDI 08:10 -> AMS 10:40\n  03 Feb  AMS 12:25 -> BCN 14:45\n"
     "  10 Feb  BCN 16:00 -> EDI 17:55\nThe AI translation earbuds I bought on your in-flight shop on the 03 Feb flight "
     "stopped pairing after two days. Is there a warranty through you or do I contact the maker? Receipt no. "
     "IF-22019.\n\nMany thanks,\nFiona Baird"),
    ("human/plain", "human", False, "phonemail",
     "Hi, sory typing on my phone. Ive had three emails saying my direct debit failed but the money left my bank "
     "on the 1st, I can see it. Im worried you'll cut the contract. Can an actual person look at account 20-55190 "
     "and get back to me, I'd really prefer to talk to someone rather than go round in circles on email.\nRegards, "
     "Kelly\n\nSent from Yahoo Mail for iPhone"),
    ("human/callback", "human", False, "itinerary",
     "Dear Sir or Madam,\n\nBooking ref HG88TT, 4 passengers:\n  22 Dec  BHX 11:20 -> DUB 12:35\n  27 Dec  DUB 17:40 -> BHX 18:55\n"
     "My son's passport expires on 30 December and I'm no longer sure he can travel. It's too fiddly for email. "
     "Could somebody from your reservations desk please give me a call on 07700 900285 today or tomorrow morning?\n\n"
     "Thank you,\nRaj Malhotra"),
    ("human/supervisor", "human", False, "regulator",
     "To whom it may concern,\n\nCopy: Ofcom consumer enquiries\n\nI have raised the same billing error (line rental "
     "charged twice since July, account 6610-442) in four calls and two emails. Every front-line reply promises a "
     "fix that never happens. I am asking for this to be escalated to a team leader or complaints manager who can "
     "actually authorise the refund, and for their name and direct contact details.\n\nYours faithfully,\nMalcolm Greaves"),
    ("human/anyone", "human", False, "tenants",
     "Dear Lettings,\n\nThis is the fourth time the Brookside Residents' Committee has written about the broken door "
     "entry system at 1–24 Brookside. We've had auto-acknowledgements and nothing else. Is anybody actually reading "
     "these? If so, could a staff member reply to me with a date for the engineer.\n\nPaul Okafor\nChair, "
     "Brookside Residents' Committee\n\n> Thanks for getting in touch. We have logged your request."),
    ("human/named_contact", "human", False, "shopowner",
     "Hi,\n\nI manage a small florist (Petal & Stem, Harrogate) and I'm also a personal card holder with you. Our "
     "merchant statements keep arriving in my personal inbox and my personal statements in the shop's. I've "
     "explained this to three different advisers. Could you please give me one named person who owns this and whom "
     "I can write to directly until it's fixed?\n\nMany thanks,\nSophie Lang\nOwner, Petal & Stem"),
    ("human/plain", "human", False, "satisfaction",
     "Re: Tell us about your recent visit\n\nSince you asked: the engineer was polite, arrived on time and left "
     "the kitchen clean. But the dishwasher is leaking again, underneath this time, and the job sheet says "
     "'resolved'. So for 'Was the problem fixed?' the answer is no. I'd like someone from your service team to ring "
     "me to arrange a return visit — 07700 900156 — rather than another survey.\n\nBest regards,\nNadia Karim"),
    ("humanneg/thanks_agent", "ai_assist", False, "satisfaction",
     "Hello,\n\nAnswering your questionnaire here as the link expired. Speed: excellent. Knowledge: excellent. "
     "I'd like to single out Bernadette on the phone on Tuesday, who stayed on the line while my card was reissued "
     "and explained the new PIN steps twice without sighing. Do tell her manager how grateful I am. Only thing "
     "left: the new card's welcome letter says 'Mr' and I'm 'Ms' — could that be updated on my file?\n\nRegards,\n"
     "Joanne Pike"),
    ("humanneg/quoted_request", "ai_assist", False, "itinerary",
     "Hi,\n\nAll sorted now — a colleague of yours rebooked me over the phone yesterday, so no need for a manager "
     "after all. Could you just email the new itinerary as a PDF? It should read:\n  05 Mar  GLA 07:00 -> LHR 08:25\n"
     "  05 Mar  LHR 10:50 -> JFK 13:45\n\nThanks,\nIsla Morrow\n\n> 28 Feb: Your website cancelled my Glasgow flight. "
     "Put me through to a manager, not the chat."),
    ("bias/disability", "bias_review", False, "tenants",
     "Dear Housing Services,\n\nThe Fairholme Tenants' Association supports Mr Alan Rudd (flat 4), a wheelchair user. "
     "He applied in August for the ground-floor flat at no. 2; it was offered instead to a non-disabled tenant who "
     "applied later. When he asked why, your officer told him 'the adaptations would be too much hassle for a "
     "short let.' We believe he was passed over because of his disability and request that the decision be reviewed.\n\n"
     "Yours faithfully,\nSandra Kemp, Secretary"),
    ("bias/race", "bias_review", False, "itinerary",
     "Dear Customer Care,\n\nFlight LS 611, 14 Oct, LBA 06:30 -> PMI 10:05, two passengers on one booking.\nAt the "
     "gate my wife and I had identical cabin bags. Your agent waved her through (she is white) and pulled me aside, "
     "a Black man, to weigh mine and charge £48. When I pointed at her bag he said 'different rules for you'. "
     "I want to know why I was singled out and I want the fee refunded.\n\nKwame Asante\nBooking ref ZT5R1M"),
    ("bias/age", "bias_review", False, "regulator",
     "Dear Sirs,\n\ncc: Financial Conduct Authority\n\nI am 72 and applied on 3 September for your Everyday Saver "
     "with a debit card. The application was declined 'on age grounds for card products'. My son, 41, applied the "
     "same afternoon with the same deposit and was approved within an hour. There's no income test on this account. "
     "I believe I was refused because of my age and I would like the decision explained and reviewed.\n\n"
     "Yours faithfully,\nMargaret Ellison"),
    ("bias/religion", "bias_review", False, "shopowner",
     "Hello,\n\nI own a small halal butcher's in Bradford and have an account at your cash-and-carry. On Saturday your "
     "duty manager stopped me at the entrance to search my bag; the men ahead of and behind me walked in "
     "unchecked. Asked for the reason, he told me 'we've been told to watch people in your sort of dress.' I was wearing my "
     "topi and kurta. Please investigate.\n\nImran Qureshi\nProprietor, Qureshi Meats\nTrade card 40027"),
    ("bias/gender", "bias_review", False, "phonemail",
     "Hi, on my phone sorry for the typos. Asked your garage for a quote on the clutch (reg ends 4KX) and got £780. "
     "My husband rang an hour later, same car same job, £520. When I asked the fitter he laughed and said 'ladies "
     "normally don't ask for a breakdown'. Thats not ok. I want the £520 price and somebody to look at how women are "
     "quoted there.\nLouise\n\nSent from my Galaxy"),
    ("bias/origin", "bias_review", False, "satisfaction",
     "Re: Rate your branch visit\n\n1. Waiting time: 10 min, fine.\n2. Friendliness: not for me. I'm Polish and "
     "speak English with an accent. The adviser asked for two extra IDs to open the junior account for my daughter, "
     "said 'with Eastern Europeans we need to be careful', and the English couple next to me opened the same account "
     "with one. 3. Would you recommend: not after that. Please look into it.\n\nAgnieszka Nowak"),
    ("hardneg/threat_label", "ai_assist", False, "phonemail",
     "Hey, from my phone. Order 9902-1 (the trampoline) was meant to come Saturday, then Monday, now 'in 3–5 days'. "
     "My 7-yr-old says it's 'discrimination against kids' that the grown-ups' parcels all came lol. Joking aside, "
     "can I get a firm date or cancel for a refund? Also the tracking link in your sms is dead.\nThanks, Gemma\n\n"
     "Sent from my iPhone"),
    ("hardneg/mention", "ai_assist", False, "tenants",
     "Dear Estates Team,\n\nAt our AGM the Linden House Tenants' Association agreed to ask for three things before "
     "winter:\n  1. a handrail on the ramp by the bins, used by several residents with walking frames and our two "
     "wheelchair users;\n  2. brighter bulbs in the stairwell for members with poor sight;\n  3. gritting of the car "
     "park.\nPlease let us know timescales.\n\nRegards,\nMoira Quinn, Chair"),
    ("hardneg/forwarded_complaint", "ai_assist", False, "regulator",
     "Hello,\n\nForwarding below the 2023 correspondence about Dad's account (he died in May) only so you can find it — "
     "his old race discrimination complaint was settled at the time and I'm not reopening it. As executor I just "
     "need the closing statement for probate; the solicitor has copied the Financial Ombudsman as it's an estate.\n\n"
     "---------- Forwarded ----------\n> I was treated differently because I'm Black, and I want it investigated.\n\n"
     "Thanks,\nDaniel Obi"),
    ("hardneg/pricing", "ai_assist", False, "shopowner",
     "Hi,\n\nI run a two-chair barber's and pay for your card terminal and my own mobile contract. Your new tariff "
     "charges long-standing small merchants more per transaction than brand-new sign-ups. If you ask me that's discrimination "
     "against the loyal ones! Could I have the new-customer rate of 1.4% on account MT-33108?\n\n"
     "Cheers,\nDean Fowler\nFowler's Barbers\n\nThis message is intended only for the named recipient."),
    ("hardneg/own_prejudice", "ai_assist", False, "satisfaction",
     "Re: How was your installation?\n\nI'll be honest since it's anonymous-ish. When a young lad of maybe nineteen "
     "turned up to fit the wood burner I thought 'oh no, they've sent the apprentice'. I was wrong: tidy, careful, "
     "explained the flue certificate properly. 10/10. One question though: the certificate hasn't arrived by email "
     "yet and the building-control sign-off needs it. Job ref WB-0719.\n\nGeoff Parry"),
    ("hardneg/policy_question", "ai_assist", False, "itinerary",
     "Hello,\n\nI book around 40 trips a year for our charity's staff, e.g. last month:\n  07 Nov  BRS 09:00 -> CDG 11:15\n"
     "  08 Nov  CDG 18:00 -> BRS 18:20\nOur trustees now ask suppliers for their equality and accessibility policy "
     "(including assistance for disabled passengers). Could you send the current documents and your gender pay gap "
     "report link?\n\nBest,\nHannah Cole\nOperations Manager"),
    ("ordinary/plain", "ai_assist", False, "itinerary",
     "Hi,\n\nCould you add my frequent-flyer number (SK 220 118 74) to booking RR4P9D and issue a VAT receipt to my "
     "employer, Tidewell Ltd? The itinerary:\n  30 Jan  NCL 06:45 -> CPH 09:35\n  31 Jan  CPH 19:10 -> NCL 20:10\nI'd also "
     "like to pre-book a vegetarian meal on both legs if that's still possible. Nothing urgent.\n\nThanks a lot,\n"
     "Ben Atherton\nSent from my laptop between meetings"),
    ("ordinary/plain", "ai_assist", False, "tenants",
     "Dear Sir or Madam,\n\nThe Orchard Way Tenants' Association has a new treasurer from 1 January, Mr Colin Hay, and "
     "our meeting room booking account should move from my name to his. Please also update the billing address to "
     "14 Orchard Way, Leamington Spa CV31 2PQ, and tell us whether the room hire rate for 2027 is changing.\n\n"
     "With thanks,\nEileen Tandy, outgoing Treasurer\nOrchard Way TA — a volunteer-run association"),
]
