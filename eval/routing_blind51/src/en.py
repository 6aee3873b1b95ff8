"""Blind set 51, English (UK). Each row: (category, label, opt_out, style, text). Written by hand; all invented."""

ROWS = [
    # --- bias (8: 4 explicit, 4 implicit) ---
    ("bias/explicit_remark", "bias_review", False, "complaint-letter",
     "FORMAL COMPLAINT - Equality Act 2010 / Consumer Rights Act 2015\n"
     "Re: lettings enquiry, 14 Ashgrove Terrace, ref LT-000482\n\n"
     "Dear Sir or Madam,\n\n"
     "I am writing to set out a formal complaint about how your Harrowfield branch handled my application to rent the "
     "flat above.\n\n"
     "1. On 3 November I viewed the flat with your negotiator, Mr Dominic Pryce, and submitted a complete application "
     "the same afternoon, with payslips, references and the holding deposit.\n"
     "2. On 5 November Mr Pryce telephoned me and said, in these words, \"the landlord's a bit old-fashioned, he'd "
     "rather have an English family in there, nothing personal\". I asked him to repeat it and he did.\n"
     "3. The flat was re-advertised the next morning at the same rent. A colleague of mine, born in Sheffield, rang "
     "about it that day and was offered a viewing straight away.\n"
     "4. My holding deposit of £450.00 has not been returned.\n\n"
     "I want (a) a written explanation of why my application was refused, (b) my deposit back within 7 days, and (c) "
     "confirmation of what your branch does when a landlord gives an instruction like this.\n\n"
     "Yours faithfully,\nTomasz Wierzbicki"),
    ("bias/explicit_remark", "bias_review", False, "chat-transcript",
     "[pasted from your chat, 12 Nov]\nAssistant: Thanks for contacting Brightwater Leisure. How can I help?\n"
     "Me: I want to cancel my wife's swim session booking.\nAssistant: Done - your booking SW-00917 is cancelled.\n"
     "[end of chat]\n\n"
     "New message: I only cancelled because of what happened at the pool. The lifeguard told my wife, Samira, "
     "\"not with that thing on your head, this isn't that sort of pool\" and made her get out, while two women in "
     "ordinary swimming caps stayed in. She was wearing a proper swim hijab. We've been members six years and we "
     "want to know why this happened."),
    ("bias/explicit_stated_cause", "bias_review", False, "callback-form",
     "Topic: Car insurance renewal\nMessage: Your advisor said my premium jumped £310 \"because women drivers your "
     "age claim more\". Same car, no claims. That's not a reason you can use."),
    ("bias/explicit_stated_cause", "bias_review", False, "complaint-letter",
     "COMPLAINT UNDER THE EQUALITY ACT 2010 - mortgage offer ref MO-0000-3381\n\n"
     "To: Customer Complaints, Fernleigh Building Society\n\n"
     "1. On 22 October you issued a mortgage offer to my partner and me for 9 Corbett Lane.\n"
     "2. On 29 October, in a routine call, I mentioned that I will start maternity leave in February and return "
     "full-time in November.\n"
     "3. Two days later the underwriter, Ms Gail Thornbury, withdrew the offer. On the phone she told me: \"we can't "
     "lend while you're off having a baby, your income doesn't count\". Nothing else about our finances had changed.\n"
     "4. My employer had already confirmed in writing that my post and salary are guaranteed on return; you had that "
     "letter on file.\n"
     "5. We now risk losing the purchase and the £1,200.00 we have spent on surveys and legal fees.\n\n"
     "Please reinstate the offer or explain in writing, with reference to your lending criteria, why a guaranteed "
     "return to work is treated as no income. I expect a final response within eight weeks, as your own procedure "
     "says.\n\nRegards,\nHollie Marchetti"),
    ("bias/implicit_comparison", "bias_review", False, "callback-form",
     "Topic: Phone contract application\nPreferred contact: email\nReference: APP-000771\n"
     "Message: My flatmate Oliver and I applied for the same handset on the same day, same employer, same salary, "
     "both renting the same flat. He was approved in minutes with no deposit. I was asked for a £300 deposit, two "
     "extra forms of ID and a utility bill in my own name. When I asked why, the shop said \"the system just flagged "
     "you\". The only thing different on our forms is that my name is Chiamaka Obi-Nwosu. Please explain."),
    ("bias/implicit_access_barrier", "bias_review", False, "chat-transcript",
     "--- earlier chat with your bot ---\n"
     "Bot: Hi! Your self check-in code for Room 214 is 000-4471.\n"
     "Me: the kiosk won't take it\n"
     "Bot: Please try again or visit reception during opening hours.\n"
     "--- end ---\n\n"
     "New message: We arrived at the Kingsbridge Quay hotel at 9pm. Reception closes at 8, so the only way in is the "
     "touch kiosk. My husband can't use his fingers for small buttons since his spinal injury and I was carrying our "
     "daughter. We rang the out-of-hours number and the night manager said, \"if you can't manage the screen you "
     "should have booked somewhere else\" and hung up. The family behind us had their key handed out of the window "
     "by the same man two minutes later because their kiosk code had failed too. We ended up sleeping in the car "
     "park for an hour until a cleaner let us in. We were charged the full £138.00. We want that refunded and we "
     "want to know why he helped the other family through the window but told us to go elsewhere."),
    ("bias/implicit_change_after", "bias_review", False, "complaint-letter",
     "Formal complaint - Consumer Rights Act 2015 and your own account terms\n"
     "Account: 00-00-41 / 00037719\n\n"
     "Dear Complaints Team,\n\n"
     "1. I have banked with you for eleven years without a single problem.\n"
     "2. On 2 November I updated my name from David Rourke to Dana Rourke and my title from Mr to Ms, using your "
     "online form and uploading my deed poll, exactly as your website instructs.\n"
     "3. Within 24 hours my card was stopped and my online banking locked. A letter asked me to attend the branch "
     "with \"proof of who you really are\".\n"
     "4. At the branch on 6 November the adviser looked at my deed poll, looked at me, and said loudly enough for the "
     "queue to hear, \"well, which one of you are we dealing with then?\"\n"
     "5. My sister changed her surname with you in June after her wedding. She used the same form and her account was "
     "never frozen; she was not asked to come in.\n"
     "6. For five days I could not pay my rent, and I was charged a £25.00 late fee by my landlord.\n\n"
     "I ask you to explain why my change was handled differently from my sister's, to refund the late fee, and to "
     "confirm my records now show my correct name and title.\n\n"
     "Yours sincerely,\nDana Rourke"),
    ("bias/implicit_remark_no_group_word", "bias_review", False, "callback-form",
     "Topic: Loan\nMessage: Once I read out my date of birth the adviser said a 5-year term \"isn't sensible at "
     "your stage of life\" and offered 12 months. Nothing else changed."),

    # --- hard negatives (12) ---
    ("hardneg/joke_object", "ai_assist", False, "callback-form",
     "Topic: Kettle\nMessage: Pretty sure this kettle discriminates against left-handed people, the spout sprays me "
     "every time lol. Is the lid meant to click?"),
    ("hardneg/threat_no_complaint", "ai_assist", False, "chat-transcript",
     "[chat from yesterday]\nAgent bot: Your parcel PX-000318 is delayed.\nMe: when will it come\n"
     "Agent bot: We expect delivery within 3-5 working days.\n[/chat]\n\n"
     "New: It's now day 6. If my refund isn't through by Friday I'll go to the local paper and say you discriminate "
     "against pensioners, see how that looks. Just refund the £64.99."),
    ("hardneg/writer_prejudice", "ai_assist", False, "callback-form",
     "Topic: Boiler service\nMessage: Booking BS-00248, Thursday. Last time you sent some foreign lad I could barely "
     "follow. Rather not again. Can it move to the morning?"),
    ("hardneg/loyalty_discrimination", "ai_assist", False, "complaint-letter",
     "COMPLAINT - Consumer Rights Act 2015 / Ofcom fairness commitments\nAccount no. 0000 5521 90\n\n"
     "Dear Sir or Madam,\n\n"
     "This letter is a formal complaint about the price I am paying for broadband.\n\n"
     "1. I have been with Northgate Fibre since 2017 and have never missed a payment.\n"
     "2. My bill for the same 150Mb package has risen from £27.00 to £48.50 a month.\n"
     "3. Your own website today offers the identical package to new customers for £22.00 a month for 24 months.\n"
     "4. This is discrimination against loyal customers, pure and simple. You reward people for leaving and punish "
     "people for staying.\n"
     "5. I did not receive the end-of-contract notification that I understand you are obliged to send.\n\n"
     "I would like (a) my package moved to the new-customer price from my next bill, (b) a credit for the months since "
     "my minimum term ended, and (c) a copy of the end-of-contract notice you say you sent, if one exists.\n\n"
     "If I do not hear within 14 days I will switch provider and take this to the ombudsman.\n\n"
     "Yours faithfully,\nGeoffrey Ainsworth"),
    ("hardneg/policy_question", "ai_assist", False, "callback-form",
     "Topic: Supplier onboarding\nOrganisation: Wrenfield Community Kitchen (charity)\nPreferred contact: email\n"
     "Message: We are tendering to supply your staff canteen. The tender pack asks us to attach 'your equality, "
     "diversity and inclusion policy'. We are a team of four volunteers. Would a one-page statement be acceptable, or "
     "is there a template you want suppliers to use? Deadline in the pack is 15 January."),
    ("hardneg/student_project", "ai_assist", False, "callback-form",
     "Topic: Dissertation\nMessage: Sociology student here, writing on how shops handle discrimination complaints. "
     "Do you publish yearly figures I could cite?"),
    ("hardneg/praise_inclusive", "ai_assist", False, "callback-form",
     "Topic: Feedback\nBranch: Halton Road\nMessage: I just wanted to say thank you. My son is autistic and "
     "supermarkets are usually a nightmare, but your quiet hour on Tuesday mornings made the whole trip calm. The "
     "lights were dimmed, no tannoy, and the checkout was patient with him counting the coins himself. Please keep "
     "doing it. One question: is the quiet hour running over Christmas week too?"),
    ("hardneg/rude_to_everyone", "ai_assist", False, "chat-transcript",
     "--- chat 8 Nov ---\nBot: How can I help today?\nMe: I need a copy of my receipt for the tyres\n"
     "Bot: Receipts can be collected from the branch.\n--- end ---\n\n"
     "New message: So I went to the branch as your bot said. The man on the counter was rude, I won't pretend he "
     "wasn't - sighing, rolling his eyes, told me to come back later. To be fair he was exactly the same with the "
     "couple in front of me and with the delivery driver after me, so I don't think it was about me at all, he just "
     "seemed to be having an awful day, and the queue was out of the door with only him serving. I don't want to "
     "make a thing of it or get anyone into trouble. I only need the receipt for four tyres "
     "fitted on 2 November, invoice TY-000652, emailed to me, because my employer needs it to reimburse me."),
    ("hardneg/age_mention", "ai_assist", False, "callback-form",
     "Topic: Direct debit\nMessage: I'm 82 and my daughter usually does this. How do I set up a monthly direct debit "
     "for my water bill? Account WB-0004410."),
    ("hardneg/disability_mention", "ai_assist", False, "callback-form",
     "Topic: Statements\nPreferred contact: letter\nMessage: I am registered blind. Could my monthly statements "
     "please come in large print, or as an audio file? Account ending 0081. Thank you."),
    ("hardneg/religion_mention", "ai_assist", False, "callback-form",
     "Topic: Delivery slot\nMessage: We're fasting this month, so could the sofa delivery (order SF-00391) come "
     "after 7pm rather than at lunchtime?"),
    ("hardneg/pregnancy_mention", "ai_assist", False, "chat-transcript",
     "Pasted chat:\nVirtual agent: Your booking is LHR-MAD on 14 March, ref 0000QK.\nMe: can I change it\n"
     "Virtual agent: Changes can be made in Manage Booking.\n\n"
     "My new question: I'm 31 weeks pregnant now and my midwife would rather I flew earlier than 14 March. Manage "
     "Booking shows a £75 change fee. Is that waived if I have a midwife's letter, and which dates in February have "
     "seats?"),

    # --- ordinary (6) ---
    ("ordinary/refund_damaged", "ai_assist", False, "complaint-letter",
     "FORMAL COMPLAINT - Consumer Rights Act 2015, sections 9 and 20\nOrder: HW-0000-2291 (Oakhill dining table)\n\n"
     "Dear Customer Services,\n\n"
     "1. I ordered an oak dining table on 1 October for £649.00. It was delivered on 19 October.\n"
     "2. When unpacked, one leg was split along the grain and the table top had a deep scratch across the middle. I "
     "photographed both before the courier left and he signed the damage note.\n"
     "3. I reported this the same day through your website and was promised a collection within 5 working days.\n"
     "4. No collection has taken place. I have chased three times and each time was told it has been \"escalated\".\n"
     "5. Under the Act goods must be of satisfactory quality, and I am exercising my short-term right to reject "
     "within 30 days.\n\n"
     "I require a full refund of £649.00 plus the £35.00 delivery charge, and collection of the table at your "
     "expense, within 14 days of this letter.\n\n"
     "Yours faithfully,\nRhiannon Petrakis"),
    ("ordinary/address_change", "ai_assist", False, "callback-form",
     "Topic: Change of address\nMessage: Moving on 1 Dec from 4 Lyle Close to 27 Barnard Street, same town. Please "
     "update account 00061842."),
    ("ordinary/meter_reading", "ai_assist", False, "chat-transcript",
     "[chat]\nBot: Please enter your meter reading.\nMe: 04412\nBot: Sorry, that reading looks unusual.\n[end]\n\n"
     "New message: It's not unusual, the old meter was swapped for a smart one on 28 October and it started again "
     "from zero. The engineer left a card saying the final reading of the old one was 19873. Can you put both on "
     "my account so my bill isn't estimated?"),
    ("ordinary/delayed_installation", "ai_assist", False, "complaint-letter",
     "COMPLAINT UNDER THE CONSUMER RIGHTS ACT 2015 (services: reasonable care and skill, reasonable time)\n"
     "Contract ref: KF-000914 - kitchen supply and fit\n\n"
     "To the Complaints Manager,\n\n"
     "1. We signed your contract on 4 August for a new kitchen at 6 Meadow Rise, with fitting to start on 2 October "
     "and finish by 13 October. We paid a deposit of £3,000.00.\n"
     "2. The fitters arrived on 9 October, a week late, removed the old kitchen, and left after two days because the "
     "worktops had been cut to the wrong size.\n"
     "3. Since then we have had no sink, no cooker and no working kitchen for over three weeks, with two children.\n"
     "4. Your office has given four different dates for the new worktops; none has been kept.\n"
     "5. We have spent at least £260.00 on takeaway meals and a launderette.\n\n"
     "We ask for a firm, written completion date within 10 days, a reduction in the contract price for the delay, and "
     "reimbursement of our reasonable extra costs. If the work is not completed by 30 November we will have it "
     "finished by another firm and claim the difference.\n\n"
     "Yours faithfully,\nMarcus and Leanne Oduya"),
    ("ordinary/password_reset", "ai_assist", False, "callback-form",
     "Topic: Login\nMessage: reset link expires before it arrives, tried 3 times. user: pbanerjee_00"),
    ("ordinary/double_charge", "ai_assist", False, "chat-transcript",
     "--- Chat transcript 10/11 ---\n"
     "StreamBot: Hello Kieran! I see your Premium plan renewed on 1 November.\n"
     "Kieran: I've been charged twice\n"
     "StreamBot: I can see one payment of £11.99 on 1 November.\n"
     "Kieran: my bank shows two\n"
     "StreamBot: Payments can take up to 5 days to appear correctly.\n"
     "--- end ---\n\n"
     "New message: It's now 9 days later and my bank statement still shows two payments of £11.99 on 1 November, "
     "both marked as completed, not pending. References on the statement are SB-000213 and SB-000214. I've attached "
     "a screenshot of the statement with the rest of it blacked out. Can you refund the second one to the same card, "
     "and make sure it doesn't happen again on 1 December? I only have the one account, the email on it is the same "
     "as this one."),

    # --- opt-out (5, one with a person) ---
    ("optout/plain_refusal", "ai_assist", True, "callback-form",
     "Topic: Privacy\nMessage: I do not consent to any AI reading or processing my messages to you. Please note this "
     "on account 00072281."),
    ("optout/after_bot_chat", "ai_assist", True, "chat-transcript",
     "[chat]\nAssistant: I'm an AI assistant. I can help with returns.\nMe: ok the jumper is too small\n"
     "Assistant: I can generate a return label for order JU-00558.\n[end]\n\n"
     "New message: Actually no. I didn't realise that was an AI and I'm not comfortable with automated software "
     "going through what I write. Don't run my messages through it. I'll post the jumper back with the paper slip; "
     "just confirm by email when the refund's done."),
    ("optout/gdpr_objection", "ai_assist", True, "complaint-letter",
     "NOTICE OF OBJECTION - UK GDPR Articles 21 and 22\nCustomer no. 0000 8124\n\n"
     "Dear Data Protection Officer,\n\n"
     "1. Your updated privacy notice of 1 November says that customer emails and chat messages \"may be analysed by "
     "automated systems, including artificial intelligence, to classify and respond to enquiries\".\n"
     "2. I object to that processing of my correspondence with you, with effect from today. I do not want my "
     "messages, past or future, to be fed into any AI or automated analysis tool, whether yours or a supplier's.\n"
     "3. I also withdraw any consent I may have given for this when I opened my account; I do not recall being asked.\n"
     "4. Please confirm in writing that a marker has been placed on my account so that my messages are excluded.\n"
     "5. Separately, I am still waiting for the refund of £18.40 for the cancelled magazine subscription, ref "
     "MG-000193. This letter is not a reason to delay it.\n\n"
     "I expect a reply within one month.\n\nYours faithfully,\nPenelope Strand"),
    ("optout/withdraw_consent", "ai_assist", True, "callback-form",
     "Topic: Account settings\nPreferred contact: email\nMessage: When I joined I ticked the box that lets your "
     "'smart assistant' analyse my messages. I'd like to untick it - I withdraw that. I can't find the setting in the "
     "app anywhere. Member no. 000-55217. Everything else on the account can stay as it is."),
    ("optout/with_person", "human", True, "chat-transcript",
     "[chat 11 Nov]\nBot: I can help you with your claim! What is your claim number?\nMe: CL-000716\n"
     "Bot: Your claim is being processed.\nMe: it's been 6 weeks\nBot: Your claim is being processed.\n[end]\n\n"
     "New message: I'm done with the bot. I don't want an AI touching my claim or reading my messages from now on. "
     "Put me through to an actual person in the claims team, please."),

    # --- opt-out near misses (2) ---
    ("optneg/ai_feature_question", "ai_assist", False, "callback-form",
     "Topic: App\nMessage: Does the AI assistant in your app work in Welsh yet? Mam would like to use it."),
    ("optneg/robot_product", "ai_assist", False, "complaint-letter",
     "COMPLAINT - Consumer Rights Act 2015: goods not of satisfactory quality\nOrder RV-000447, robot vacuum "
     "Skimmer X2\n\nDear Sir or Madam,\n\n"
     "1. I bought the Skimmer X2 robot vacuum from your website on 20 August for £279.00.\n"
     "2. From the start of October it has stopped returning to its dock. It wanders until the battery dies, usually "
     "under the sofa.\n"
     "3. The app's built-in AI mapping feature now shows my flat as a single room, and resetting the map, as your "
     "help page suggests, has made no difference.\n"
     "4. A product that cannot find its own dock after six weeks is not of satisfactory quality or fit for its "
     "described purpose.\n\n"
     "I ask for a repair or replacement within 14 days, with free collection. If that is not possible, I want a "
     "refund under section 24.\n\nYours faithfully,\nAnwen Prothero"),

    # --- human (5) ---
    ("human/callback", "human", False, "callback-form",
     "Topic: Billing query\nPreferred time: weekdays after 6pm\nPhone: 07700 900214\nMessage: Please call me back "
     "about the £96 on my last bill."),
    ("human/is_anyone_real", "human", False, "chat-transcript",
     "[chat]\nHelper: I can help with that! Try restarting your router.\nMe: did that\n"
     "Helper: I can help with that! Try restarting your router.\n[end]\n\n"
     "New message: Is there actually anyone real there, or is this all automatic? I've been going round in a circle "
     "for twenty minutes."),
    ("human/supervisor", "human", False, "complaint-letter",
     "FORMAL COMPLAINT - Consumer Rights Act 2015 (services)\nBooking ref: WD-000530, wedding car hire, 18 October\n\n"
     "Dear Sir or Madam,\n\n"
     "1. We booked two cars for our wedding on 18 October and paid in full, £720.00.\n"
     "2. Only one car arrived, forty minutes late. The bride's party had to go in a taxi.\n"
     "3. I have written twice to your bookings inbox and had the same automatic reply both times.\n"
     "4. The person I eventually reached on the phone said she \"couldn't comment\" and put the phone down.\n\n"
     "I do not want another form reply. I am asking for this complaint to be passed to a supervisor or the manager of "
     "the business, and for that person to contact me directly on 07700 900388 or by post at the address above. "
     "I am seeking a refund for the car that did not come and for the taxi (£58.00).\n\n"
     "Yours faithfully,\nBethan Lloyd-Achebe"),
    ("human/named_contact", "human", False, "callback-form",
     "Topic: Home insurance claim HC-000862\nPreferred time: mornings\nPhone: 07700 900561\n"
     "Message: I'd like to speak to Mrs Harlow again, who handled the first part of my claim for the water leak. "
     "She knows the background and I'd rather not explain it all again from the start. If she has left, please ask "
     "whoever took over her cases to ring me."),
    ("human/ask_for_human", "human", False, "chat-transcript",
     "Chat:\nBot: Please choose: Orders / Returns / Account\nMe: none of those\nBot: Please choose: Orders / "
     "Returns / Account\n\nNew message: human please. agent. person."),

    # --- human near misses (2) ---
    ("humanneg/praise_engineer", "ai_assist", False, "callback-form",
     "Topic: Warranty certificate\nPreferred contact: email\nMessage: Your engineer Kwame fitted the new boiler "
     "yesterday and he was brilliant, tidy and explained everything to my dad. The only thing missing is the "
     "10-year warranty certificate he said would be emailed. Job no. BL-000319."),
    ("humanneg/neighbour_story", "ai_assist", False, "chat-transcript",
     "--- chat ---\nBot: Your parcel was delivered and left with a neighbour.\nMe: which neighbour\n"
     "Bot: I'm sorry, I don't have that information.\n--- end ---\n\n"
     "New message: OK, update. I went round the whole close. Mrs Okafor at number 3 didn't have it, the students at "
     "number 5 were out, and the man at number 8 said a driver knocked but he didn't take anything. My brother "
     "thinks it might have gone to Ashby Close instead of Ashby Court, which happens a lot around here. The "
     "delivery photo in the app just shows a blue door, and there are about six blue doors on this street. Can you "
     "check the GPS point the driver logged, or send me the full-size photo? Order is KT-000774, a kettle and a "
     "toaster, £58.00 together. If it can't be found, I'd like a replacement rather than a refund."),
]
