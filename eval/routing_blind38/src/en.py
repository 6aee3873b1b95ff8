"""English rows of blind set 38 (UK). Each row: (category, label, opt_out, style, length, text). Typed by hand."""

ROWS = [
    # --- long ---
    ("hardneg/fault_angry", "ai_assist", False, "angryemail", "long",
     "Subject: THIRD engineer visit, still no working washing machine\n\n"
     "I am honestly at the end of my tether. The Kestrel WM-800 I bought from you in August has now flooded my "
     "kitchen floor twice. First visit (job ref 000418) your man replaced a pump and said that was that. Two weeks "
     "later, water everywhere again. Second visit he didn't turn up at all, no call, no text, I'd taken a day's "
     "unpaid leave for it. Third visit was yesterday and the engineer looked at it for ten minutes, said the part "
     "was 'on back order' and left. Nobody can tell me when it's coming.\n\n"
     "So for the best part of three months I have been hauling a family's washing to the launderette on Mill Lane "
     "at eleven quid a go. I've kept the receipts. I want either a replacement machine delivered this week or my "
     "money back, plus the launderette costs. I'm not interested in another 'we've escalated this' email.\n\n"
     "Order number KS-00072291. Reply in writing please.\nGareth Pryce"),
    ("hardneg/grief_context", "ai_assist", False, "griefletter", "long",
     "Dear Customer Services,\n\n"
     "I'm writing because my husband Alan passed away on the 2nd of last month after a short illness. The gas and "
     "electricity for our house at 14 Orchard Rise have always been in his name, account 00-5521-873, and I would "
     "like them moved into mine, Margaret Hollis. I have the death certificate here and could post you a copy or scan "
     "it in, whichever you prefer.\n\n"
     "I'm sorry if this letter rambles. Alan did all of this sort of thing and I am learning as I go. My daughter "
     "says I should also ask whether the direct debit carries on from his bank account, because that account is "
     "being frozen by the probate people and I don't want the bills to bounce and end up with a letter in red. "
     "Could the payments come from my own account with the Co-operative instead? I can give the details over the "
     "phone if that's safer.\n\n"
     "Also there was a credit of about forty pounds on the account last winter. I don't know if that is still "
     "there or what happens to it now.\n\nThank you for your patience.\nMargaret Hollis"),
    ("hardneg/legal_words", "ai_assist", False, "postalletter", "long",
     "FAO Customer Relations — LETTER BEFORE ACTION\n\n"
     "Re: corner sofa, order HW-0031187, delivered 4 September\n\n"
     "I write for the last time before issuing a claim in the small claims court. The sofa arrived with a split "
     "seam along the back cushion and one leg that does not sit flat. I reported both faults within 48 hours with "
     "photographs. Your returns team agreed a collection for 19 September; nobody came. Since then I have sent four "
     "emails and received one automatic acknowledgement.\n\n"
     "Under the Consumer Rights Act 2015 goods must be of satisfactory quality and I am within the 30-day short-term "
     "right to reject. I require a full refund of £1,249.00 and collection at your cost within 14 days of this "
     "letter. If I do not hear from you I will file online without further notice and will also seek my costs. My "
     "brother-in-law is a solicitor and has read this letter; he agrees I have a straightforward case.\n\n"
     "I would much rather sort this out without a court, so a firm collection date in writing would be "
     "a good start.\n\nYours faithfully,\nD. Okafor\n27 Tannery Close"),
    ("hardneg/illness_context", "ai_assist", False, "angryemail", "long",
     "Hi,\n\nI'm currently having chemotherapy every other Tuesday and on the days after I can barely get out of bed, "
     "which is exactly why I pay for your Delivery Saver and book the 8–9am slot. Three weeks running now the van "
     "has turned up after midday. Last Wednesday it was 2.40pm. Half the chilled stuff was warm by then and I "
     "threw out chicken and yoghurts I'd been looking forward to because they're about the only things I can keep "
     "down.\n\n"
     "Nobody rang to say it was running late. The tracking just said 'on its way' all morning. I sat by the door "
     "because I can't hear the bell from upstairs.\n\n"
     "I don't need sympathy, I need the slot I paid for. Can you tell me honestly whether the morning slot in my "
     "area (postcode starts BS7) can actually be kept, because if not I'll switch to someone else. And I'd like "
     "a refund of the delivery charge for the three late ones and the chilled items on order 000-77431.\n\n"
     "Thanks,\nHelen"),
    ("hardneg/rude_staff", "ai_assist", False, "angryemail", "long",
     "To whoever reads complaints at the Harbourside Hotel,\n\n"
     "We checked in on Friday evening after a six-hour drive with two tired kids. The woman on reception (dark "
     "fringe, name badge said Sam) didn't look up from her phone for a good minute, then told us our room 'wasn't "
     "ready, obviously' at 7pm. When I asked how long, she sighed and said 'as long as it takes'. We ended up "
     "sitting in the lobby for an hour and twenty minutes. When we finally got the key the room hadn't been "
     "hoovered and there was a used towel on the bathroom floor.\n\n"
     "Next morning I asked a different receptionist about it and he was lovely, apologised, and said he'd note it. "
     "Nothing has happened since.\n\n"
     "I'm not asking for the moon. The room cost £164 a night for two nights. I think a partial refund is fair "
     "for the first night, and honestly someone should have a word with Sam about how to speak to guests. "
     "Booking ref HBH-004419.\n\nRegards,\nPaul and Nadia Whitlock"),
    ("hardneg/settled_other", "ai_assist", False, "postalletter", "long",
     "Dear Linkwave Customer Services,\n\n"
     "Some months ago my neighbour Mrs Doreen Achebe complained to you because an installer made remarks about her "
     "wheelchair and refused to run the cable to her back room. I helped her write that letter. I want to say "
     "first that you dealt with it well: she had a written apology, a different installer came within the week, "
     "and she has been very happy since. That is finished and she asked me to mention that she is grateful.\n\n"
     "My own reason for writing is different. My broadband contract, account LW-000562318, ends on 30 January and "
     "I have received a renewal price of £41.99 a month, which is nearly double what I pay now. I have had no "
     "faults and have been with you eleven years. Could you tell me what the best price is if I stay on the same "
     "speed, and whether I can drop the landline part since I only use my mobile? I would also like the new "
     "contract sent on paper, as I do not print things at home.\n\n"
     "Yours sincerely,\nRaymond Tull\n8 Beacon Terrace"),
    ("hardneg/policy_question", "ai_assist", False, "postalletter", "long",
     "Dear Sales Team,\n\n"
     "I am the operations lead at Southbank Tenancy Relief, a small registered charity (no. 0001234). We are "
     "looking to move our office printing and stationery to a single supplier and your firm is on our shortlist "
     "of three.\n\n"
     "Our trustees ask every new supplier for some documents before we sign anything, so please could you "
     "could send: (1) your policy on equality and inclusion (a summary is fine); (2) your accessibility "
     "statement for the ordering website, including whether it has been tested with screen readers; (3) your "
     "modern slavery statement if you have one; (4) whether you pay the real Living Wage to warehouse staff. "
     "None of this is a judgement on you, it is simply our checklist and we ask everyone the same.\n\n"
     "We would be ordering roughly £600 a month. If there's a standard supplier pack that covers the above, that "
     "would be perfect. A quote for 40 boxes of A4 and 12 toner cartridges (model list attached) would be "
     "welcome at the same time.\n\n"
     "Kind regards,\nPriya Venkatesh\nOperations Lead"),
    ("hardneg/refund", "ai_assist", False, "angryemail", "long",
     "This is my fifth message about the same refund and I am fed up.\n\n"
     "On 12 October I cancelled the Lisbon flights (booking TA-0090311) within your 24-hour free cancellation "
     "window. I have the confirmation email saying 'refund of £318.40 will be processed within 7 working days'. "
     "It is now December. Each time I chase, someone new replies telling me it's 'with the finance team' and to "
     "'allow a further 5–7 working days'. I've allowed about forty working days by now.\n\n"
     "My bank says nothing has been attempted on their side. Your chat closes before I finish work. The phone line "
     "plays music for 50 minutes then cuts off.\n\n"
     "I want the money in my account by Friday. If it isn't, I'm going to ask my card provider for a chargeback "
     "under section 75 and I'll be telling everyone I know exactly how you treat people who cancel. Please spare "
     "me the excuses and just pay the refund.\n\nLouise Hargreaves"),
    ("bias/race", "bias_review", False, "angryemail", "long",
     "Could somebody senior please review how my application for the flat at 3B Carlisle Road was handled.\n\n"
     "I rang your branch on Monday, gave my details, salary £34,000, full-time contract, and was told the flat had "
     "'just gone, sorry'. My colleague Tom sits next to me, earns slightly less, and he rang ten minutes later from "
     "his desk because I was suspicious. He was offered a viewing for Wednesday. The only difference between us "
     "that your negotiator could have picked up is my name, Kwabena Mensah, and the fact that I told her I'm "
     "originally from Kumasi after she pressed me on where my family 'really' came from.\n\n"
     "I then had my girlfriend, who is white and British, ring on Tuesday. Viewing offered, Thursday or Friday, "
     "her choice. As of this morning the flat is still advertised online.\n\n"
     "I'm not ranting for the sake of it. I've written down the times of all three calls and Tom and my "
     "girlfriend are both willing to confirm what they were told. Please explain why I in particular was told it had gone, "
     "and I still want to view it.\n\nKwabena Mensah"),
    ("bias/disability", "bias_review", False, "postalletter", "long",
     "Dear Membership Manager,\n\n"
     "I joined the Parkside Leisure Club in March and have attended classes three or four times a week without any "
     "incident. Last Thursday, while filling in the new health questionnaire you introduced, I ticked the box for "
     "epilepsy. My seizures have been controlled with medication for over six years and I hold a full driving "
     "licence.\n\n"
     "On Monday I received a letter suspending my membership 'pending medical clearance' and telling me that I may "
     "no longer use the pool or the spin studio 'due to your condition'. Nobody asked me a single question about "
     "it. My friend, who ticked 'none' on the same form, carries on as before, and so does a member I know has "
     "heart trouble and simply left the form blank.\n\n"
     "I am happy to discuss sensible precautions, as I always have with every swimming teacher I've had. What I "
     "am not happy about is being shut out of the club on the strength of one tick, when I was good enough for "
     "the pool for eight months before it. Please reinstate my membership (no. PL-00419) and tell me who made "
     "this decision.\n\nYours sincerely,\nJoanna Whitcombe"),
    ("bias/gender_identity", "bias_review", False, "angryemail", "long",
     "Hello,\n\n"
     "I've banked with you since I was 17. In September I updated my name and title to Ms Ellis Rowan after my "
     "deed poll came through, and sent in the document as your website asked. Since that day, everything has "
     "gone wrong, and only for me.\n\n"
     "My card was blocked twice 'for security'. At the Corn Street branch the cashier studied my ID, looked at "
     "me, and said loudly 'this isn't you though, is it, love' before calling a colleague over to have a look as "
     "well. I was asked to come back with 'proper' ID, even though my passport has my new name and photo. My "
     "partner changed her surname when we married last year with the same bank, same process, and had a new card "
     "in a week with no questions.\n\n"
     "Before September I had never had a single security hold in ten years. I would like the holds removed, an "
     "explanation of what flag is on my account, and I want to know whether staff are told to treat people who "
     "change their title like this.\n\nEllis Rowan\nSort code 00-00-41, account ending 7710"),
    ("ordinary/plain", "ai_assist", False, "postalletter", "long",
     "Hello,\n\n"
     "We are moving house on the 16th of January, from 5 Wren Lane, Cheltenham to 41 Ashdown Road, Stroud, and I "
     "have a few questions about our energy account (00-8813-204) that I couldn't find answers to in the app.\n\n"
     "1. Can we keep the same tariff at the new address, or does the fixed deal end when we leave? It has eleven "
     "months to run.\n"
     "2. The new house has an Economy 7 meter. Do we need a different tariff for that, and will you send someone "
     "to read it or should I take a photo on the day?\n"
     "3. Our direct debit is £112 a month. The new place is smaller, so I'd like it reviewed after the first two "
     "months rather than carrying on at the same rate.\n"
     "4. Please send the final bill for Wren Lane to the new address, not by email, as my husband likes to file "
     "them.\n\n"
     "I'll submit closing readings on the morning we leave. Many thanks in advance for sorting this out.\n\n"
     "Best wishes,\nRuth Gallagher"),
    ("optout/with_person", "human", True, "postalletter", "long",
     "Dear Sirs,\n\n"
     "I am 81 and have had my home insurance with you since 1994, policy HI-00081772. My granddaughter tells me "
     "your emails now come from 'an assistant' which is a computer programme and not a person at all. I found the "
     "last two replies very confusing; one of them told me to upload something to a portal, which I cannot do.\n\n"
     "I should like it recorded on my policy that I do not want any of my letters or emails answered by a "
     "computer programme or anything automatic. I want a real member of your staff to deal with me. Please would "
     "somebody telephone me on 01632 960417, any weekday morning, to go through the renewal, which is due in "
     "February. If I am out, please try again rather than sending another email.\n\n"
     "I have been a loyal customer for thirty years and I do not think this is too much to ask. I have no "
     "complaint about the price this year, I simply want to speak to somebody.\n\n"
     "Yours faithfully,\nWinifred Archer (Mrs)"),
    # --- short ---
    ("hardneg/joke", "ai_assist", False, "socialreply", "short",
     "@PizzaPronto my Italian nonna saw your pineapple special and has disowned the whole family 😂 anyway is the "
     "2-for-1 on tonight?"),
    ("hardneg/review_threat", "ai_assist", False, "curtapp", "short",
     "Order 44109 arrived cold AGAIN. Refund it or I'm putting a one-star review up tonight with the photos."),
    ("hardneg/loyal_pricing", "ai_assist", False, "socialreply", "short",
     "Newbies get six months at half price while those of us paying for 8 years get a rise. Penalising "
     "the loyal ones is discrimination in my book, simple as that. Match the deal or I'm leaving."),
    ("hardneg/charged_object", "ai_assist", False, "curtapp", "short",
     "Your self-checkout is completely blind to anything in a reusable bag, 'unexpected item' every single time. "
     "Can the Meadow Road store fix it?"),
    ("hardneg/delay", "ai_assist", False, "curtapp", "short",
     "parcel says delivered. it isn't. no photo, no neighbour, nothing. tracking TT000338291GB. where is it"),
    ("bias/age", "bias_review", False, "curtapp", "short",
     "Applied for your 0% car finance, told 'at 68 we'd need a guarantor'. My son is 35, earns less than my "
     "pension, and was approved same afternoon."),
    ("bias/religion", "bias_review", False, "socialreply", "short",
     "Your door staff let my mates straight in and stopped me because of my turban, 'could be hiding anything, "
     "mate'. Same queue, same dress code."),
    ("ordinary/plain", "ai_assist", False, "curtapp", "short",
     "Hiya, is it possible to send order 00-51190 to my office address instead? Not dispatched yet I think."),
    ("ordinary/plain", "ai_assist", False, "socialreply", "short",
     "Does the Cardiff store do click and collect on garden furniture or is it home delivery only?"),
    ("human/callback", "human", False, "curtapp", "short",
     "Can a person ring me about the boiler cover claim please, I'm getting nowhere in here. 07700 900613"),
    ("humanneg/thanks_agent", "ai_assist", False, "curtapp", "short",
     "Just wanted to say thank you to Kieran on the phone yesterday, sorted in five minutes. Can I get the receipt "
     "emailed?"),
    ("optout/plain", "ai_assist", True, "curtapp", "short",
     "Keep your automated assistant away from my messages, please. Slower is fine by me, as long as the reply is a proper one."),
    ("optneg/ai_mention", "ai_assist", False, "socialreply", "short",
     "Your chatbot actually gave me the right answer for once lol. Now, when does the sale finish?"),
    # --- medium ---
    ("hardneg/pregnancy_context", "ai_assist", False, "curtapp", "medium",
     "Hi, I'm 34 weeks pregnant and the cot we ordered (CB-00217) weighs 38kg according to your site. My partner "
     "works away until the 20th. Is there a two-person delivery option where they carry it upstairs and maybe "
     "build it? Happy to pay extra, just need to know the cost and the earliest date."),
    ("hardneg/disability_format", "ai_assist", False, "postalletter", "medium",
     "Hello, I'm registered blind and rely on a screen reader. Your PDF statements come through as scanned images, so "
     "my software can't read a word of them. Could you switch my account (00-44218) to statements in plain text "
     "email or accessible PDF? Large print would also work for my wife, who helps me with the post."),
    ("hardneg/age_context", "ai_assist", False, "griefletter", "medium",
     "Good afternoon. I turned 90 last month and my family have finally persuaded me to give up the car. I would "
     "like to cancel the motor policy on the Honda Jazz (MP-00093315) from the date it is sold, which should be "
     "next Saturday. Please tell me what refund is due and whether you need anything signed."),
    ("hardneg/religion_context", "ai_assist", False, "angryemail", "medium",
     "Hi, we're hosting my father's 70th on a Saturday and as we're observant Jews we can't accept deliveries or "
     "sign for anything between Friday sunset and Saturday night. Your caterer has the food down for Saturday "
     "11am. Can it come Friday by 2pm instead? Order CT-00187. Chilled is fine, we have two fridges."),
    ("hardneg/origin_context", "ai_assist", False, "angryemail", "medium",
     "I moved here from Poland four years ago and I still don't understand why your app keeps rejecting my address "
     "when I try to add my new card. The postcode is right, I've checked it on Royal Mail. It just says 'address "
     "not recognised' and logs me out. Three evenings now. Can you add the card from your side? Account 00-7712."),
    ("hardneg/sexuality_context", "ai_assist", False, "socialreply", "medium",
     "Hi both! My husband Tariq and I got married in October (two grooms, one very stressed cake). We'd like him "
     "put on my car policy so he can drive it too, and the address changed: we now both live at 9 Linden Court. "
     "Does adding him change the premium much? He's had his licence 12 years, no claims."),
    ("hardneg/own_prejudice", "ai_assist", False, "griefletter", "medium",
     "Truth is, when a girl who looked barely twenty arrived to fix my roof I thought you'd sent the work experience. "
     "Shame on me: she was up and down that ladder, fixed the flashing and explained it better than any roofer "
     "I've had. Could you send the invoice for job RF-00552 so I can pay it, and put a note that I'm pleased?"),
    ("bias/sex", "bias_review", False, "angryemail", "medium",
     "My brother and I both took our identical Fords into your Elm Road garage for the same brake noise this month. "
     "He was told it needed pads, £140. I was told pads, discs, calipers and a 'full system flush', £690, and "
     "the mechanic added 'you ladies never notice till it's grinding'. Same car, same mileage. Explain that."),
    ("bias/orientation", "bias_review", False, "socialreply", "medium",
     "My boyfriend and I booked your 'romantic break' package. When we checked in, the manager looked at us and said "
     "'I think you'll want the twin, lads', then told us the double with the hot tub had been 'reallocated'. The "
     "couple behind us got exactly that room. We're still waiting for an answer on why."),
    ("bias/language", "bias_review", False, "curtapp", "medium",
     "Three calls about my gas bill. Each time the agent cut me off after a few words: 'can't "
     "follow you, put on someone who speaks English'. My English is perfectly good, I just have an accent. My flatmate rang "
     "on the same phone with the identical question and it was sorted within five minutes."),
    ("ordinary/plain", "ai_assist", False, "angryemail", "medium",
     "Hello, I paid my council tax direct debit twice this month by mistake, once by card online and once from the "
     "bank, £146.20 each. Could you refund one of them or put it against next month? Account reference 00-300218. "
     "Thanks, Imran."),
    ("ordinary/plain", "ai_assist", False, "socialreply", "medium",
     "Quick one for @NorthRail: if I buy an anytime return from Leeds to York, can I come back two days later or "
     "does it have to be the same day? Site says one thing, the ticket machine at Leeds says another. Travelling on the 14th."),
    ("ordinary/plain", "ai_assist", False, "griefletter", "medium",
     "Dear team, my mother's care package renewal letter arrived but it lists her old GP surgery. She moved to "
     "Fernhill Medical Centre in the summer. Could you update it and send a corrected copy? Client number "
     "00-61409. Her new surgery's phone number is 01632 960388 if you need it. With thanks, Alison Reid."),
    ("human/supervisor", "human", False, "angryemail", "medium",
     "Three advisors have now given me three different answers on whether my phone contract can "
     "be cancelled early. I'd like someone more senior, a supervisor, to ring me, not another reply from the general "
     "inbox. Account MB-00018823, 07700 900275, after 5pm."),
]
