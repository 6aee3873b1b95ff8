"""Blind set 35, English (UK) rows: (category, label, opt_out, style, length, text). Typed by hand."""
ROWS = [
    ("bias/race", "bias_review", False, "skiresortmail", "long",
     "Dear Snowline Lodge bookings team,\n\nA few things from our week at Aldermoor (booking SL-0000417). The chalet "
     "was lovely and the kids' ski school was brilliant, so please pass that on to Kirsty. The boiler failed on the "
     "Wednesday, which I'm still waiting to hear about.\n\nThe bit I can't let go is the equipment hire. My partner "
     "Kwame went to collect our boots at 8.30 and the lad behind the hire desk asked for a £400 cash deposit and his "
     "passport. The couple ahead of him, and my sister twenty minutes later, just gave a room number and walked off "
     "with their skis. When Kwame asked why, the lad said 'your lot tend to forget to bring kit back'. "
     "Kwame is the only Black guest I saw all week. I'd call that racial profiling.\n\nI'd like the deposit policy explained and the £400 hold "
     "released.\n\nRegards,\nHelen Marsh"),
    ("bias/age", "bias_review", False, "removalswhatsapp", "short",
     "Hi, your surveyor Dean came to quote today. Said he'd put me down for the 'full pack' because at 78 I "
     "wouldn't manage boxes. My neighbour's son got the self-pack price same street same week. That's age discrimination. I want the cheaper one."),
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
     "I know it's only software but with her tablets I can't take the risk.\n\nSo from now on please keep my "
     "messages or her account away from the AI thing entirely, I'm not agreeing to it. What I'd like instead is for the "
     "pharmacist at the Kingsway branch, I think her name is Mrs Osei, to ring me back about the new warfarin dose. "
     "My number is 07700 900227 and I'm home after 3.\n\nThanks,\nAndrew Pell"),
]
ROWS += [
    ("bias/disability", "bias_review", False, "unistudentdesk", "long",
     "Dear Student Services,\n\nThree separate things, sorry for the long message.\n\n1. The council tax exemption "
     "letter you issued has my previous Fallowfield address on it; could you reissue it for 22 Birch Lane?\n\n2. Library fines: "
     "I have a £6.50 fine for a book I returned on time, receipt attached.\n\n3. Last year my exam arrangements "
     "(extra time and a separate room, because of my epilepsy) were set up without any fuss. Since I mentioned in "
     "October that I'd had two seizures over the summer, I've been told by Mr Hadley in the exams office that I 'may "
     "be better off interrupting rather than sitting exams with a condition like that', and my placement in the lab "
     "module was quietly swapped for an essay. Nobody else on my course has been asked to interrupt. It's discrimination because of my condition. I'd like both "
     "put back as they were.\n\nThanks,\nOwen Pritchard (student no. 0003318)"),
    ("bias/pregnancy", "bias_review", False, "skiresortmail", "long",
     "Hello Frostfell Guest Services,\n\nWe arrive on the 21st for seven nights (booking FF-000644) and I have a "
     "couple of questions about the spa and the restaurant booking, which I'll come to. First though: I'm 20 weeks "
     "pregnant and booked a private snowshoe walk, which is gentle and which my midwife is happy with. Your activities "
     "desk called yesterday to cancel it and said 'we don't take expectant mums, it's a liability thing', but the "
     "walk is still on offer to my husband and to a guest with a knee brace I met in the queue. Nothing about "
     "pregnancy is in your terms. I'd like the walk reinstated.\n\nOn the spa, can under-16s use the pool in the "
     "evening? And can we move our restaurant table on the 24th to 7.30?\n\nBest wishes,\nRachel Drummond"),
    ("bias/religion", "bias_review", False, "pharmacyappchat", "long",
     "Hi, I'd like to raise something about the Eastgate branch. I went in on Friday afternoon for my son's "
     "inhaler, which had been ready since Wednesday. The assistant looked at my name on the bag, then at my "
     "kippah, and said 'you people usually come before sunset on Fridays, don't you, we close the till early for "
     "that'. She then told me the inhaler had to go back to stock and I'd need to come Monday. The woman behind me "
     "collected her own prescription straight away at the same till. My son has asthma and we were going away for "
     "the weekend. I ended up paying for an emergency supply at another chemist (£9.90, receipt in the app). I want "
     "that refunded and an explanation of what she meant.\n\nDaniel Hirsch, account ending 0092"),
    ("bias/origin", "bias_review", False, "furniturewebform", "short",
     "Your Leeds showroom let my colleague take home fabric samples on trust. When I asked, the manager said he'd "
     "need my passport first 'since you're not from here'. I've lived in Leeds 14 years. It's discriminatory."),
    ("bias/sexual_orientation", "bias_review", False, "skiresortmail", "short",
     "We booked a double for two. When reception saw we were two men they said the double was 'not suitable' and "
     "moved us to twins. The straight couple after us got the double we'd booked."),
    ("bias/gender_identity", "bias_review", False, "pharmacyappchat", "short",
     "Since my name change went through, the Marlow Road pharmacist keeps saying 'sir' loudly and asked if my HRT was "
     "'a real prescription'. Before the change he just handed it over."),
    ("hardneg/lost_parcel", "ai_assist", False, "removalswhatsapp", "long",
     "I honestly cannot believe this. Your crew moved us from Reading to Didcot on Saturday and the box with "
     "every single one of our photo albums, our wedding album and my late grandad's medals is missing. It was labelled "
     "in red marker, FRAGILE - LOUNGE, I watched it go on the van. Your driver Craig says it 'must be at the "
     "depot', the depot says it isn't, and the office just keeps telling me someone will call. Nobody has. This is the "
     "worst service I've ever had from anyone and if that box isn't found by Friday I'm claiming the full value and "
     "leaving reviews everywhere. Job number HM-000208. I want someone to physically check the van and the depot "
     "today and send me a photo of the inventory sheet. Absolutely furious, Steph Garland"),
    ("hardneg/grieving", "ai_assist", False, "pharmacyappchat", "long",
     "Hello. My husband Peter passed away on Sunday. He had a repeat prescription set up with you for his heart "
     "tablets and his insulin, and this morning I got a cheerful notification saying they're ready to collect. I sat "
     "in the kitchen and cried. I know it's automatic and nobody meant anything by it, but please could you stop "
     "them. I also have some unopened boxes of his insulin pens and needles in the fridge; can I bring them back to "
     "the Whitby Road branch to be disposed of safely, and is there anything I need to sign? My own prescriptions "
     "should carry on as normal. Thank you for being kind to him over the years, the staff always asked after his "
     "garden.\n\nMargaret Lowe"),
    ("hardneg/legal_threat", "ai_assist", False, "furniturewebform", "long",
     "Order reference OAK-00581.\n\nThis is my fourth message. I paid £2,340 in full on 3 September for a bespoke "
     "ash dining table and six chairs, promised for mid-October. It is now December. Every time I chase I get a new "
     "date and no table. My family are coming for Christmas and we are eating off a pasting table. Under the Consumer "
     "Rights Act I'm entitled to treat the contract as ended if you miss an agreed delivery date, and that is what "
     "I intend to do. Unless the furniture is delivered by 18 December or my money is back in my account by the same "
     "date, I will issue a claim in the county court without further notice and I will be asking for my costs. "
     "Please confirm in writing which it will be.\n\nN. Okafor"),
    ("hardneg/rude_agent_mention", "ai_assist", False, "unistudentdesk", "long",
     "Hi,\n\nI'd like to complain about how I was spoken to at the Student Hub on Tuesday around 11. I'm a "
     "second-year Muslim student and I'd come straight from the prayer room, which is next door, to ask about my "
     "hardship fund application. The man on the desk (grey jumper, didn't give a name) sighed, said 'not this again', "
     "told me to 'read the website like everyone else' and turned to chat to his colleague while I was still "
     "talking. He was the same with the lad before me, who looked about to cry. It was just rude and lazy.\n\nCould "
     "someone tell me where my hardship application is up to? I submitted it on 2 November, reference HF-000734, "
     "and the rent is due on the 15th.\n\nThanks,\nYusuf Adeyemi"),
    ("hardneg/someone_else", "ai_assist", False, "skiresortmail", "long",
     "Dear Cairnhill Snowsports,\n\nI organise our walking club's winter trip and I'm booking again for February "
     "(about 14 of us, group ref CH-000155). One of last year's members, Brenda, felt that an instructor was short "
     "with her because she's in her seventies; she wrote to you herself at the time and told me she'd had a nice "
     "reply. I'm only mentioning it so you know she's coming again, not to reopen anything, and I have no complaint of "
     "my own. What I need: group lesson prices for complete beginners versus improvers, whether the lodge can do a "
     "packed lunch for 14 on two days, and whether we can pay a 20% deposit now and the rest in January.\n\nKind "
     "regards,\nAlan Frew, trip secretary"),
    ("hardneg/praise_group", "ai_assist", False, "removalswhatsapp", "short",
     "Just a quick one to say your all-women crew were fantastic yesterday, fastest move we've ever had. Can we get "
     "the receipt for the storage bit too please?"),
    ("hardneg/joke_charged", "ai_assist", False, "unistudentdesk", "short",
     "My flatmate says the housing office is run by 'a bunch of Scottish misers' because the deposit is so small, "
     "ha. When does the Hall deposit actually come back?"),
    ("hardneg/own_prejudice", "ai_assist", False, "furniturewebform", "short",
     "I'll admit I assumed a lad with that many piercings wouldn't know oak from pine, and he knew more than me. "
     "Does the Hebden chair come in a lower seat height?"),
    ("hardneg/loyal_pricing", "ai_assist", False, "skiresortmail", "short",
     "Your early-bird pass is £120 cheaper for new customers than for us season-ticket regulars. You discriminate "
     "against loyal customers! Is there any renewal discount?"),
    ("hardneg/policy_question", "ai_assist", False, "pharmacyappchat", "short",
     "Does your chain have a written accessibility policy for customers with learning disabilities? I'm writing a "
     "college assignment on it. Not a complaint!"),
    ("ordinary/plain", "ai_assist", False, "furniturewebform", "long",
     "Hello,\n\nI'm interested in a fitted bookcase for an alcove in our Victorian terrace and have a few questions "
     "before I book the free measuring visit:\n\n- The alcove is 96cm wide but the walls aren't square, about 2cm out "
     "top to bottom. Can your fitters scribe the sides to the wall?\n- Would painted poplar or oak-veneered MDF be "
     "better for shelves that will hold heavy art books?\n- Do you offer integrated LED strip lighting, and would "
     "that need an electrician?\n- Rough price for 2.4m high with six shelves and two cupboards underneath?\n\nWe're "
     "in Bath, BA2 postcode. Weekday mornings suit best for the visit.\n\nMany thanks,\nClare Whitworth"),
    ("ordinary/plain", "ai_assist", False, "skiresortmail", "long",
     "Hi Glenmorrow team,\n\nWe've got three nights booked from 6 March (ref GM-000477) and we're trying to sort "
     "out the practical bits. Is there a ski locker in the hotel or do we leave kit at the base station? Our "
     "youngest is 4, so does the crèche take children who are not yet toilet trained at night but are in the day? "
     "We'd also like to book the Friday evening torchlight descent for two adults, and my partner wants to know if "
     "the sauna is mixed or has separate times. Finally, can we check out late on the Monday since our train isn't "
     "until 4pm?\n\nThanks a lot,\nBen Hollis"),
    ("ordinary/plain", "ai_assist", False, "removalswhatsapp", "long",
     "Hiya, it's Jo from the quote on Elm Close yesterday, ref HM-000390. A few updates after talking to my landlord. "
     "The move date can be the 29th instead of the 30th, which I think your surveyor said was cheaper. We'll be "
     "leaving the fridge freezer behind after all, so take that off the list. There's a piano now, an upright, my "
     "partner's brother is giving it to us and it's coming from his house in Woking, so can you pick it up on the "
     "same day as a second stop? Also parking: the new place has a residents' bay and I can get a visitor permit if "
     "you tell me the van length. Send me the updated price when you can. Thanks!"),
    ("ordinary/plain", "ai_assist", False, "unistudentdesk", "short",
     "Hi, how do I get a replacement student ID card? I lost mine on the bus. Do I need to pay the £10 first?"),
    ("ordinary/plain", "ai_assist", False, "pharmacyappchat", "short",
     "Can I swap my nominated pharmacy from Castle Street to the new Greenway branch? Next repeat is due on the 12th."),
    ("human/supervisor", "human", False, "removalswhatsapp", "long",
     "Right, I've now been passed between four people in this chat and the office about the same damaged "
     "dresser (job HM-000518). Your crew chief admitted on the day that they dropped it coming down the stairs, "
     "it's in his own note on the delivery sheet. Since then I've sent photos twice, filled in the claim form, "
     "been told the claim was 'closed for lack of evidence' and then told it was reopened. I'm not doing this again "
     "with another new person who has to read the history from the top. Pass this up to a manager or the "
     "claims supervisor, whoever actually signs off payouts, and I want them to contact me directly. I'm available all "
     "day tomorrow. Sue Kimber"),
    ("human/named_contact", "human", False, "unistudentdesk", "long",
     "Dear Student Services,\n\nLast term I was supported by Ms Farida Rahman in the Money Advice team with a "
     "payment plan for my accommodation fees. She knew my situation, which is complicated (my student loan was "
     "reassessed after my parents separated), and she arranged for the January instalment to be pushed back. I've "
     "now had a reminder saying the full January amount is due on the 10th, which contradicts what we agreed. I "
     "really don't want to explain everything from scratch to someone new. Could you pass this to Ms Rahman, or if "
     "she's moved on, tell me who has taken over her caseload and ask them to get in touch?\n\nMany thanks,\nCaitlin "
     "Moore, student no. 0005164"),
    ("human/anyone", "human", False, "furniturewebform", "short",
     "Third time filling in this form about order OAK-00702. Does an actual human read these at all? If so, "
     "please reply."),
    ("humanneg/quoted_request", "ai_assist", False, "skiresortmail", "short",
     "In March I wrote 'find me someone senior, now' about the lift pass refund. That's all sorted now. Just need "
     "opening dates for this season."),
    ("humanneg/settled_escalation", "ai_assist", False, "pharmacyappchat", "short",
     "Your area manager rang me back last week about the missing antibiotics and sorted it, thanks. Can I set up "
     "reminders in the app now?"),
    ("optout/object", "ai_assist", True, "furniturewebform", "long",
     "Hello,\n\nBefore I place an order for the Ellery corner sofa (I'd like it in the moss velvet, with the "
     "deeper seat option), I noticed in your updated privacy notice that customer enquiries may be 'reviewed using "
     "automated tools, including AI, to improve our service'. I object to that under data protection law: please "
     "do not put my messages, my order details or my account through any AI or automated processing, and confirm "
     "you've recorded the objection. I'm happy for your normal staff to handle everything. On the sofa itself: "
     "what's the lead time at the moment, and can the legs be swapped for the darker walnut ones?\n\nThanks,\nRuth "
     "Baines"),
    ("optout/no_chatbot", "ai_assist", True, "skiresortmail", "short",
     "Please don't let a chatbot answer my emails; I'll happily wait longer for a person's reply. Can we add a second room to "
     "booking SV-000231?"),
    ("optout/withdraw_consent", "ai_assist", True, "unistudentdesk", "short",
     "At enrolment I agreed to the AI study assistant. I take that agreement back as of today, please don't process "
     "anything of mine with it."),
    ("optneg/ai_product", "ai_assist", False, "removalswhatsapp", "short",
     "Do you use that AI box-counting app for quotes? A friend said it overestimated hers. Could I just book a home "
     "survey instead for Thursday?"),
    ("optneg/someone_else", "ai_assist", False, "pharmacyappchat", "long",
     "Hi, I look after my dad's prescriptions on his account as well as my own. He's 84 and very suspicious of "
     "computers; he keeps saying he doesn't want 'a robot' dealing with his medicines, and he prefers to walk to the "
     "counter and talk to Hannah, which is fine and he'll carry on doing that. For my own account I'm quite "
     "happy with the app and the assistant, it's been really helpful. What I need to know: can I collect both our "
     "prescriptions in one go at the Elmwood branch if his is ordered through the app by me, and will the "
     "pre-payment certificate cover his new eye drops? His NHS number is on the account.\n\nThanks,\nJenny Castle"),
    ("optneg/bot_wrong", "ai_assist", False, "furniturewebform", "long",
     "Hi there,\n\nA small mix-up I'd like you to look at. On Sunday I turned to the pop-up helper on your site to "
     "ask about delivery for the Kelso bed frame, and it told me delivery to the Isle of Wight was free. At checkout "
     "I was charged £65 for 'offshore delivery'. Screenshot attached. I'm not cross, software gets things wrong, "
     "and I'm fine to keep using the chat, but I'd like either the £65 refunded or the website text corrected so "
     "the next person isn't caught out. Order OAK-00659. Also, does the frame come with the slats, or are they "
     "sold separately?\n\nThanks,\nMark Ridley"),
]
