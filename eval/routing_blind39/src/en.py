"""English (UK) rows of blind set 39: (category, label, opt_out, style, length, text). Typed by hand."""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # ---- long ----
    ("bias/race", B, False, "lettingportal", "long",
     "Re: viewing request for Flat 3, 41 Tannery Row (ref LP-000417)\n\nHi, I submitted this request through your "
     "portal on Monday and got an automatic email within the hour saying the flat had 'already been let'. My "
     "colleague Hannah, who sits two desks away from me, was curious, so she put in a request for the same flat on "
     "Tuesday with her own details. Same salary band as me, same employer, same move-in date. She was offered a "
     "viewing for Thursday at 5pm and the negotiator, Craig, rang her to confirm it. The only real difference "
     "between our two applications is my name (Oluwaseun Adeyemi) and the photo on my profile. I have checked "
     "my references and my credit file and both are clean. I would like to know on what basis my request was "
     "closed and hers accepted, and who at Kestrel Lettings made that call. I still want to view the flat."),
    ("bias/age", B, False, "clubdesk", "long",
     "To the membership office, Brackenfield Rowing Club\n\nI have rowed with the club for eleven seasons. In "
     "September the captain moved me out of the Saturday crew and into what he calls the 'social squad', which "
     "has no coach and no water time at weekends. When I asked the reason, the captain told me the Saturday boat was 'for people "
     "with a future in the sport' and that I should 'enjoy my retirement on the bank'. I turned 67 in August. "
     "My erg times this year are better than two of the men who kept their seats, both in their thirties, and "
     "I have the club's own test sheets to show it. I pay the same full subscription, £420, as they do. I am "
     "asking the committee to look at how seats were allocated this season and to tell me in writing what the "
     "criteria were. I am not asking for special treatment, just the same test everyone else was given.\n\n"
     "Gordon Pirie (member no. 00318)"),
    ("bias/disability", B, False, "hotelthread", "long",
     "Reply to the manager's response to my review of the Harbourlight Hotel, Whitby\n\nThank you for replying, "
     "but you have answered a complaint I did not make. My issue was never the room. I booked an accessible "
     "room back in March, paid up front. When we arrived, reception told me the booking had been 'moved' because "
     "the accessible room had gone to a family who had asked for a sea view. We were put on the second floor "
     "with a lift that your own sign said was out of service, and I use a wheelchair. The couple checking in "
     "behind us, who had booked the same date after us, got the ground-floor room I had paid for. When my "
     "partner asked for it back, your duty manager said 'we assumed you wouldn't mind, you people are usually "
     "flexible'. I spent two nights unable to reach the breakfast room. I would like a proper answer to what "
     "happened, not a voucher."),
    ("hardneg/fault_angry", A, False, "storeform", "long",
     "In-store complaint form, Northgate branch — Vantel Mobile\nCustomer: D. Whitlock  Account: 0000-4471-22\n\n"
     "Third time I have filled in one of these forms. The handset I bought here on 2 October (order 00093311) "
     "restarts itself every twenty minutes or so. First visit your colleague did a factory reset and sent me "
     "home. Second visit it went away for repair for sixteen days and came back with the same fault and a "
     "scratch across the screen that was not there before. I have a job where I need this phone. I have been "
     "using my old cracked one for a month while still paying £38 a month for the new one. I want it replaced "
     "today with a new unit, not another repair, and I want the airtime for the weeks it was away credited "
     "back. Under the Consumer Rights Act this is the third attempt and you are out of repairs. Please do not "
     "write 'no fault found' on this one."),
    ("hardneg/grief_context", A, False, "pharmacymail", "long",
     "Subject: Repeat prescriptions on my mother's account\n\nDear Healwell Pharmacy team,\n\nMy mother, "
     "Margaret Ellery, died on 14 November. You have been very good to her over the years and the delivery "
     "driver, Sanjay, always had time for her, so please pass on our thanks. I am her executor. Her repeat "
     "prescriptions are still set to renew automatically and I received a text this morning saying the next "
     "batch is ready for delivery on Friday. Could you please stop all future repeats on her account and tell "
     "me whether there is anything I need to return? There is a half-used box of her blood thinners and two "
     "inhalers in the house, and I do not know whether you take medicines back for disposal. I would also like "
     "the card she had on file removed. I can bring a copy of the death certificate to the Elm Street branch if "
     "you need one.\n\nKind regards,\nRuth Ellery-Barnes"),
    ("hardneg/legal_words", A, False, "rentaldesk", "long",
     "Rental agreement RA-000-55218, Bristol Airport desk\n\nI returned the Skoda (reg withheld here) on 19 "
     "October at 07:10 with a full tank and photos of every panel, timestamped, taken in your return bay. Eight "
     "days later you took £312 from my card for 'damage to rear bumper'. Nobody inspected the car with me and "
     "the desk was closed when I dropped the keys in the box, as your own instructions told me to. I have asked "
     "twice by email for the damage report and the photos you are relying on and have had no answer. I am "
     "giving you fourteen days from today to either send the evidence or refund the charge in full. If I hear "
     "nothing I will raise a chargeback with my card issuer and take it to the small claims track; I have "
     "already spoken to a solicitor friend about the wording. I would rather this was sorted sensibly."),
    ("hardneg/own_prejudice", A, False, "uniformshop", "long",
     "Hello, I wanted to say something about my order (00027714, two Oakfield Primary jumpers and a PE kit). "
     "When I rang to change the size, the person who answered was a young lad who sounded about fifteen and I "
     "will be honest, I thought 'oh here we go' and expected him to make a mess of it. I'd had a bad experience "
     "with a young lad on a phone line the week before and I was grumpy. He turned out to be brilliant. He found "
     "the order, swapped the jumpers to age 9-10, checked the PE shorts were still in stock and even pointed out "
     "that the logo on the older jumpers is the old crest so I should get the new one. I felt a bit daft for "
     "assuming. Anyway the reason I'm writing: the tracking page still shows the old sizes. Can you confirm the "
     "change actually went through before it ships? School starts back on the 6th."),
    ("hardneg/policy_question", A, False, "clubdesk", "long",
     "Dear Membership Office,\n\nI'm the new welfare officer for Lowfield Netball Club and we are thinking of "
     "moving our Wednesday sessions to your sports centre from January. Before the committee votes I have been "
     "asked to get a few things in writing. Is there a written equality and inclusion policy for clubs that hire "
     "your courts, and can we see it? Is the sports hall step-free from the car park, and is there an accessible "
     "changing room near court 2 rather than at the far end of the building? Two of our players are deaf; is "
     "there a hearing loop at reception? We also have a mixed walking-netball group, average age about 70, who "
     "would need the hall before 6pm. And what is your policy on prayer or quiet rooms, as one of our coaches has "
     "asked. Our current block booking is 40 weeks. Happy to come in and look round.\n\nBest wishes,\nPriya Lal"),
    ("hardneg/review_threat", A, False, "hotelthread", "long",
     "Further to my review and your reply. You say the noise from the function room 'finished by 11pm as per "
     "our licence'. It did not. I have a video with the time on it showing the DJ still going at 12:40am, and "
     "the couple in the room next to ours were out in the corridor in their dressing gowns complaining to your "
     "night porter at the same time. We booked the Garden Suite for our anniversary precisely because your "
     "website calls it 'a quiet retreat'. We were told at check-in there was 'a small private party'. I asked "
     "for a partial refund at the desk and was told to email. I emailed. Nothing. So here we are, in public. If "
     "you refund the second night (£185) I will update my review to say you sorted it. If not, I'll post the "
     "video on every review site I can find and tag the tourist board."),
    ("hardneg/settled_other", A, False, "lettingportal", "long",
     "Maintenance portal message — Flat 12, Cooper's Yard\n\nA quick bit of background first. My flatmate "
     "Tomasz had a falling-out with your office last year after a member of staff made a comment about his "
     "accent on the phone. He complained, your branch manager apologised to him in person, the staff member was "
     "spoken to and Tomasz has said it's done as far as he's concerned, so this isn't about that and please "
     "leave it closed. I bring it up only because he is nervous about ringing you and asked me to deal with "
     "things. The actual problem: the extractor fan in the bathroom has stopped working and we now have black "
     "mould on the ceiling above the shower. We reported the fan on 3 November (ticket 00-7781) and nobody has "
     "come. Can you book a contractor? Either of us can let them in; I'm home Tuesdays and Thursdays."),
    ("hardneg/sexuality_context", A, False, "rentaldesk", "long",
     "Hello, we have a booking for a week in Inverness from 12 April (confirmation 000-41-9920), collecting from "
     "the station desk. My husband Callum and I are both on the booking but only I am listed as a driver. We "
     "would like him added as a second driver so we can share the long drive up to Ullapool. Your website says "
     "spouses can be added free of charge on some tariffs, so two questions: does our tariff qualify, and what "
     "do you need from him on the day? He has a full UK licence, held for fourteen years, and can bring a "
     "DVLA check code. I also see an option for a child seat; we are travelling with our son, who is four, so "
     "please add one if you can. Finally, is there a way to pay the deposit from a joint account? The card in "
     "both our names is the one we'd like to use. Thanks, Rhys Morgan"),
    ("ordinary/plain", A, False, "uniformshop", "long",
     "Hi there, I've got three children starting at St Brendan's in September so I want the order "
     "right first time. Eldest is going into Year 7 and needs the full secondary kit: blazer (age 11-12), two "
     "white shirts, the striped tie and the navy V-neck. Middle one is Year 4 and stays in the primary uniform, "
     "so two polo shirts and a sweatshirt, age 8-9. The youngest starts Reception and I think only needs the "
     "sweatshirt and a book bag, but the school letter also mentions a 'reading folder' and I can't see that on "
     "your site. Could you tell me if that's a separate item? Also, do you do name labels and can they be "
     "ironed on in the shop, or do I send them away? And is there a cut-off date for guaranteed delivery before "
     "term starts? I'd rather collect from the Denton Road shop if that's possible. Many thanks, Lucy Bramall"),
    ("optout/plain", A, True, "pharmacymail", "long",
     "Subject: Your new 'smart reply' emails\n\nDear Healwell Customer Services,\n\nI have been a customer at "
     "your Castle Street branch for about nine years and the pharmacists themselves are "
     "very good. However, your last two replies to me ended with a line saying the message had been 'written "
     "with support from our AI assistant'. I would like that to stop for me. My emails to you often include "
     "details about my medication and my health, and I do not want them read, summarised or answered by any "
     "kind of artificial intelligence or automated system. Please record against my account (patient ref "
     "000-66-1204) that AI tools must not handle my correspondence, now or in future. I am happy to "
     "keep using email and am not asking for a phone call. Please write back "
     "confirming the note is on file.\n\nYours sincerely,\nEdith Carmody"),
    # ---- short ----
    ("bias/sex", B, False, "rentaldesk", "short",
     "Desk guy gave my brother the upgrade free ten minutes after telling me none left. Said I'd 'struggle to "
     "park the big one anyway, love'."),
    ("bias/accent", B, False, "storeform", "short",
     "Asked about a SIM-only deal. Assistant kept saying 'pardon?' and copying my Glaswegian accent, then went "
     "and served the bloke behind me."),
    ("hardneg/delay", A, False, "uniformshop", "short",
     "Ordered the PE bag 3 weeks ago. Still 'processing'. Kid has PE tomorrow. Where is it??"),
    ("hardneg/rude_staff", A, False, "storeform", "short",
     "Staff member at the till rolled his eyes and carried on texting while I waited. Poor service, put it on "
     "record."),
    ("hardneg/joke", A, False, "clubdesk", "short",
     "Can I cancel my membership on the grounds that the treadmill clearly hates me personally? Or just freeze "
     "it for January?"),
    ("hardneg/charged_object", A, False, "lettingportal", "short",
     "The door entry system is completely deaf, buzz it all you like, nothing. Please send someone to fix it."),
    ("hardneg/loyal_pricing", A, False, "storeform", "short",
     "New customers get the same phone for £12 less a month. Feels like discrimination against people who "
     "stayed loyal, if you ask me. Can you match it?"),
    ("ordinary/plain", A, False, "rentaldesk", "short",
     "What time does the Gatwick North desk open on Sunday? Flight lands 05:50."),
    ("ordinary/plain", A, False, "hotelthread", "short",
     "Do you allow dogs in the garden rooms? Small terrier, very quiet."),
    ("human/callback", H, False, "lettingportal", "short",
     "Boiler is leaking onto the floor. Please ring me back on 07700 900418 today."),
    ("humanneg/thanks_agent", A, False, "pharmacymail", "short",
     "Thanks to Bernadette at the Kirkgate branch for sorting the mix-up. Is my next repeat due on the 9th?"),
    ("optout/with_person", H, True, "clubdesk", "short",
     "No AI bot on my emails, please. Could somebody at the office ring me about my "
     "direct debit."),
    ("optneg/ai_mention", A, False, "storeform", "short",
     "Your AI setup helper moved my contacts over in minutes, nice. Do I still need to return the old phone?"),
    # ---- medium ----
    ("bias/gender_identity", B, False, "clubdesk", "medium",
     "Ever since my membership record was changed to my new name and title last month, the gym has stopped letting me book the "
     "women's changing room lockers through the app — every slot says 'not available to this profile'. Nothing "
     "else changed, same card, same plan. My friend on the same plan books them fine. Please restore it."),
    ("bias/orientation", B, False, "hotelthread", "medium",
     "Reply to the hotel: we asked for a double on arrival and the receptionist looked at us both and said 'I'll "
     "put you two lads in a twin, more comfortable'. We had booked a double. The straight couple ahead of us got "
     "exactly what they booked. We had to ask three times."),
    ("bias/pregnancy", B, False, "rentaldesk", "medium",
     "I had a van booked for the weekend. When I collected it the agent saw I was pregnant and said 'we can't "
     "let you take that in your condition', cancelled it and kept the £40 booking fee. There is nothing in your "
     "terms about this and I have a full licence. I want the fee back and an explanation."),
    ("hardneg/refund", A, False, "pharmacymail", "medium",
     "I returned an unopened blood pressure monitor to your online shop on 28 October (order 00061875) and the "
     "return shows as received on the 31st. It is now four weeks later and no refund of £49.99. Your chat just "
     "keeps saying 'within 14 days'. Please refund it to my card this week."),
    ("hardneg/illness_context", A, False, "clubdesk", "medium",
     "Hi, I've been diagnosed with Crohn's and I'm having surgery in January, so I won't be able to use the "
     "pool or gym for about three months. Can I freeze my membership from 5 January to 5 April rather than "
     "cancel? Member no. 00-2217. I can get my consultant to write a note if you need proof."),
    ("hardneg/pregnancy_context", A, False, "uniformshop", "medium",
     "I'm 36 weeks pregnant and due around the time your summer uniform sale ends, so I won't get to the shop. "
     "Could you hold the order below for click-and-collect until 20 July, or deliver instead? Grey trousers "
     "x2 age 7, blue gingham dress age 5, two cardigans."),
    ("hardneg/disability_format", A, False, "lettingportal", "medium",
     "I'm registered blind; I read everything with screen-reading software. The new tenancy renewal you sent is a scanned PDF, so my "
     "reader can't read any of it. Could you send it as a Word document or accessible PDF, please? I'm happy to "
     "renew on the same terms, just need to read it first."),
    ("hardneg/age_context", A, False, "pharmacymail", "medium",
     "I'm 88 and don't drive any more. My son used to collect my tablets but he has moved to Leeds. Can you "
     "deliver them to my house each month instead, and is there a charge? I'm at 14 Fernlea Close. My "
     "prescription is from Dr Okafor at the Millbrook surgery."),
    ("hardneg/religion_context", A, False, "hotelthread", "medium",
     "We're coming for my cousin's wedding in June. Some of the family keep kosher, so could the breakfast for "
     "our four rooms include something sealed or prepared separately, or can we bring our own? Also, is there a "
     "room we could use for a quiet prayer on the Saturday morning?"),
    ("hardneg/origin_context", A, False, "rentaldesk", "medium",
     "I'm Lithuanian and live in the UK, so I have a Lithuanian driving licence, not a UK one. Is that accepted "
     "at your Manchester desk for a week's hire in March, or do I need an international permit? My booking is "
     "000-88-3012 and I'd like to sort it before arriving."),
    ("ordinary/plain", A, False, "storeform", "medium",
     "Moving house on the 15th. I need my broadband moved to the new address (27 Holloway Lane, flat B) and the "
     "router posted there, not collected in store. Can you also change my billing address? Account 0000-9145-03. "
     "I'm fine with a short gap in service."),
    ("ordinary/plain", A, False, "clubdesk", "medium",
     "Hello, my daughter (10) wants to join junior tennis. Are there spaces in the Saturday 9am group, what does "
     "the term cost, and does she need her own racquet for the first few weeks? We live locally, so we'd also "
     "like to know about family membership."),
    ("ordinary/plain", A, False, "hotelthread", "medium",
     "Could we move our booking from 2-4 May to 9-11 May? Same room type if possible. Reference HL-000-2281. "
     "If the price is different let me know before you change it. And is the spa open that weekend? Thanks, Asha"),
    ("human/supervisor", H, False, "uniformshop", "medium",
     "This is the fourth email about the wrong blazer and each time the same template comes back. I want this "
     "passed to a manager or supervisor, please, someone who can actually authorise the exchange. Order 00027901."),
]
