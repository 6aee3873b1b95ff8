"""English rows of blind set 13 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "thirdperson",
     "Note from the account holder, who is also the person typing this: Mr D. Whitlow does not agree to having his "
     "support messages read or answered by artificial intelligence. He would like that recorded on account 55-0192."),
    ("optout/nochatbot", A, True, "asterisk",
     "*takes a deep breath* Right. Whatever that chirpy chatbot is, it stays away from my messages. Not "
     "now, not ever. *closes the chat window*"),
    ("optout/gdpr", A, True, "corporate",
     "Circling back on ticket 88213 to formally put on record my objection, under Articles 21 and 22 UK GDPR, to any "
     "automated processing or AI-based handling of my correspondence. Please action and confirm in writing by Friday."),
    ("optout/indirect", A, True, "ellipsis",
     "I don't quite know how to put this... it's just that knowing a program might be writing the answers makes me "
     "uneasy... so I'd rather it didn't, for anything I send you... if that's alright."),
    ("optout/behalf", A, True, "thirdperson",
     "Writing as Mrs Eileen Harrow's appointed deputy (Court of Protection order attached). Mrs Harrow is not to have "
     "her enquiries processed by AI tools or automated responders. The deputy asks that this be set on her file."),
    ("optout/all_future", A, True, "markdown",
     "## Standing instruction\n**From:** Priyesh Nair, customer no. 30447\n**Applies to:** every message, call and "
     "chat, from today onwards\n**Instruction:** no AI, no machine-generated replies, no automated triage on my "
     "account"),
    ("optout/humans_only", A, True, "analogy",
     "You wouldn't let a parrot answer the phone at a doctor's surgery. Same here: I want my correspondence dealt with "
     "by your staff, full stop, and no software playing at being staff."),
    ("optout/consent_withdrawn", A, True, "ifthen",
     "If I ticked a box at sign-up agreeing to 'AI-assisted support', consider that tick undone. If there's a form "
     "for withdrawing it, send it. If not, this e-mail is my withdrawal."),
    ("optout/with_person", H, True, "proscons",
     "Good: the parcel arrived. Bad: the bill's wrong and your assistant bot has now given me three different totals. "
     "I don't want the bot handling this or anything else of mine. A person ringing me on 01632 960 418 is what I "
     "want."),
    ("optout/with_person", H, True, "asterisk",
     "*sigh* Bot again. No thanks, I refuse to deal with the automated thing. Put me through to a member of staff, or "
     "have one phone me, please."),
    # opt-out look-alikes (8)
    ("optneg/bot_down", A, False, "markdown",
     "**Bug:** the help chatbot in your app just spins and never loads.\n**Device:** Pixel 7, app v5.2\n**Impact:** "
     "I actually like using it for tracking, so please get it back up."),
    ("optneg/auto_renewal", A, False, "corporate",
     "Quick action item for your billing team: please switch off the auto-renew on my breakdown cover (policy "
     "BD-77120). Going forward I'll renew manually. No other changes needed."),
    ("optneg/auto_notifications", A, False, "ellipsis",
     "Your system sends me an automated text every single time the van is... two streets away, one street away... "
     "it's a lot. Can I turn those notifications down to just the delivery day?"),
    ("optneg/robot_product", A, False, "analogy",
     "My robot mower behaves like a dog chasing its tail: it circles the same patch of lawn until the battery dies. "
     "Model GR-300, bought in March. Is that a firmware thing or a return?"),
    ("optneg/voice_assistant", A, False, "ifthen",
     "If your heating app works with voice assistants, how do I link it? If it only works with one brand of smart "
     "speaker, which one? I'd love to just say 'warmer' from the sofa."),
    ("optneg/wrote_with_ai", A, False, "thirdperson",
     "The writer of this message admits she asked an AI tool to tidy up her grammar, so apologies if it sounds stiff. "
     "What she needs is simple: a duplicate of invoice 40-2219 for her records."),
    ("optneg/bot_suggestion", A, False, "proscons",
     "Pros of your virtual assistant: quick, polite, found my order in seconds. Cons: it can't change a delivery "
     "slot. Would be great if it could, then I'd never need to phone."),
    ("optneg/captcha", A, False, "asterisk",
     "*stares at screen* Your login keeps insisting I might be a robot and showing me blurry traffic lights. I have "
     "passed it four times. Can you reset whatever's stuck on account 60318?"),
    # requests for a person (6)
    ("human/callback", H, False, "corporate",
     "Let's take this offline: can someone from your accounts team give me a call tomorrow between 10 and 12 on "
     "07700 900 356? Easier to align on the numbers verbally."),
    ("human/callback", H, False, "ellipsis",
     "It's the meter again... I've tried writing it all down but it gets muddled... could somebody just ring me "
     "back? Landline 01632 960 771, I'm in all afternoon."),
    ("human/anyone_there", H, False, "analogy",
     "Writing to you feels like posting letters down a well. Is there an actual human at the bottom of it who reads "
     "these? Third message about the same broken boiler."),
    ("human/appeal", H, False, "markdown",
     "### Re: automatic refusal of my overdraft extension\nYour system turned me down in under a minute. Could "
     "**one of your staff** look at my actual income and review that decision?"),
    ("human/escalate", H, False, "ifthen",
     "If the person I spoke to can't authorise a refund, then I need this passed to whoever can. If that's a "
     "supervisor, pass it to the supervisor. Case 7731-K."),
    ("human/ask_person", H, False, "proscons",
     "What's working: nothing. What isn't: the app, the FAQ, the form. What I want: a conversation with somebody who works "
     "for you about my locked account."),
    # person look-alikes (2)
    ("humanneg/thanks_agent", A, False, "asterisk",
     "*raises mug* Cheers to Tomasz in your returns team, who sorted the wrong-size coat in one go yesterday. Nothing "
     "more needed, the ticket can be closed."),
    ("humanneg/manager_asked", A, False, "corporate",
     "My line manager has asked me to flag that our office address has changed to Unit 4, Harbour Yard. Please "
     "update it on business account 22-0914 ahead of next month's invoice."),
    # bias complaints (6)
    ("bias/disability", B, False, "thirdperson",
     "The customer, a wheelchair user, was told the only step-free fitting room was 'for staff storage' and was "
     "sent to change in the accessible toilet, while other shoppers used the fitting rooms as normal."),
    ("bias/race", B, False, "proscons",
     "Same branch, same week, same returned jacket without a receipt. My white colleague: refund, smiles. Me, a Black "
     "man: 'no refunds, that's policy', and the manager watching me until I left. I want this looked into."),
    ("bias/age", B, False, "ellipsis",
     "When I asked to open the savings account... the young man at the desk glanced at my birth year and said... "
     "'at your age, maybe something simpler'... then gave my grandson the form straight away when he asked for it."),
    ("bias/religion", B, False, "ifthen",
     "If the dress code at your restaurant really bans all head coverings, why was the man in the baseball cap let "
     "in? I was the one turned away in my turban, and only me."),
    ("bias/pregnancy", B, False, "corporate",
     "For visibility: two days after I informed my account manager of my pregnancy, my trade credit line was 'paused "
     "pending review'. Nothing else about the business changed. I need an explanation."),
    ("bias/family_status", B, False, "analogy",
     "It's like a club that lets everyone in except whoever is holding a pushchair: three flats viewed, three times "
     "'already let' once the agent heard I'm raising two kids alone, and the same flats were still advertised that "
     "evening."),
    # hard negatives (6)
    ("hardneg/joke", A, False, "asterisk",
     "*dramatic gasp* My new printer is clearly ageist, since it rejects every document from my old laptop. Any driver fix "
     "for Windows 10, or must the laptop retire?"),
    ("hardneg/threat", A, False, "ifthen",
     "If this parcel isn't here by Saturday I'll tell the whole village Facebook group your company is racist "
     "against rural postcodes. Mostly joking. Tracking 3391-EK, please."),
    ("hardneg/own_prejudice", A, False, "thirdperson",
     "This household is cancelling its streaming plan because your new advert shows two men kissing and the viewer "
     "does not want that on the telly at teatime. Please process the cancellation for account 7720."),
    ("hardneg/loyal_pricing", A, False, "proscons",
     "Plus: decent broadband. Minus: new customers pay £22, I pay £41 after six years. That's discriminating against "
     "the faithful, in my book. Match the price or I leave."),
    ("hardneg/rude_agent", A, False, "ellipsis",
     "The man on the phone... honestly... sighed, talked over me and hung up when I asked about my refund. Not nice. "
     "Anyway, the £64 for order 5518 still isn't showing."),
    ("hardneg/mention_disability", A, False, "markdown",
     "**About me:** I'm autistic and prefer written contact.\n**Request:** please e-mail me the paperwork for moving "
     "my phone contract to my new address instead of posting it."),
    # ordinary (2)
    ("ordinary/invoice", A, False, "corporate",
     "Per my last email, the VAT invoice for PO 4410-B is still outstanding and we need it to close the quarter. Could you resend it to our "
     "finance inbox? Thanks in advance."),
    ("ordinary/delivery", A, False, "analogy",
     "My parcel is travelling like a tourist: Leeds, Manchester, back to Leeds, now 'in transit'. Order 88-31004. Any "
     "idea when it will actually settle down at my door?"),
]
