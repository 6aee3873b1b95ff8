"""English rows of blind set 8 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (14)
    ("optout/plain", A, True, "sms",
     "hi its Dev re order 5521. pls no AI on my msgs, dont want a bot reading or answering what i send u. ta"),
    ("optout/gdpr", A, True, "letter",
     "Mrs P. Okonjo-Hale\n14 Larch Row\nDunmere DM4 2QT\n\nDear Sir or Madam,\nI exercise my right to object "
     "(Art. 21 of the UK GDPR): my correspondence and account data are not to be run through automated or "
     "machine-learning tools by your customer service. Kindly confirm in writing that this objection is recorded.\nYours faithfully,\nP. Okonjo-Hale"),
    ("optout/humans_only", A, True, "review",
     "[App Store review forwarded by the Tallyhome app team]\n★★☆☆☆ \"Decent, but\"\nBudgeting bits are fine. From "
     "today only real staff should write the answers on my support tickets, nothing generated. — user marrowfield_k"),
    ("optout/conditional", A, True, "bullets",
     "Before you answer:\n- order TH-30917, the lamp arrived cracked\n- I'd like a replacement, not money back\n"
     "- if your answers come out of a language model, don't send them, I don't consent to that for my case"),
    ("optout/embedded", A, True, "longthread",
     "Re: Re: Re: boiler service visit\n\nThe engineer came Tuesday, the pressure dropped again Thursday. I've "
     "attached the photo of the gauge and the service sheet he left. Your booking page still shows the visit as "
     "'pending' which is odd.\n\n> Thanks Mr Rowe, we've passed this to the scheduling team.\n>> Could you confirm "
     "the engineer's arrival window?\n>>> Your visit is booked for 12 March.\n\nLast thing, and I mean it: keep any "
     "AI assistant out of this case and out of my emails."),
    ("optout/embedded", A, True, "sidenote",
     "Side conversation (Priya → Billing): Customer on #88412 disputes the double charge for September. She also "
     "asked me to note on her profile that she refuses AI-written answers and doesn't want her messages fed into "
     "the assistant. Can you check the charge?"),
    ("optout/typo", A, True, "sms",
     "dont want ur chatbott on my acount anymor, stop it replyng to me. ref 7730"),
    ("optout/sarcastic", A, True, "review",
     "★☆☆☆☆ Wonderful, another answer from a robot that thinks my dead fridge is a 'billing enquiry'. Genius. "
     "Kindly take your auto-reply genius off my tickets for good. (review forwarded to support by the app team)"),
    ("optout/named", A, True, "l2",
     "Hello, I write from Poland. I am not agree that your 'Holly Helper' answer my questions, please I want that "
     "you are not using this Holly for my messages. Order 4471."),
    ("optout/all_future", A, True, "bullets",
     "Account 55-0192, standing instructions:\n• no AI-generated replies on this or any later ticket\n• no "
     "automated sorting of my emails either\n• paper statements stay as they are"),
    ("optout/behalf", A, True, "letter",
     "Dear Customer Relations,\nI write for my uncle, Mr Hollis Grange (policy 7781-C), who is 88 and finds "
     "computers bewildering. He wants you told, in plain terms, that he does not want a computer program reading or "
     "replying to his letters. Please note this on his file.\nYours sincerely,\nMarguerite Grange (niece)"),
    ("optout/with_person", H, True, "sms",
     "no bots pls. get a real person to ring me on 07700 900418 about the gas meter"),
    ("optout/with_person", H, True, "longthread",
     "Subject: RE: RE: FW: missing pallet\n\n> We're sorry to hear that. Our virtual assistant can help you track "
     "your pallet.\n>> Where is pallet 7 of order 20-553?\n>>> Your request has been received.\n\nI've now had the "
     "same three canned lines four times. I don't want the virtual assistant touching this at all any more, put "
     "me through to somebody on your staff."),
    ("optout/with_person", H, True, "l2",
     "Hello, sorry for my english. The robot in chat don't understand me and I don't wish that a machine answer me. "
     "Please somebody from your team can call me? My number is 020 7946 0381."),
    # AI-mention near misses (5)
    ("optneg/ask_whether", A, False, "sms",
     "quick q r ur replies written by AI or by ppl? not moaning just curious. also wheres parcel TH-4410"),
    ("optneg/praise", A, False, "review",
     "★★★★★ The in-app assistant got my refund through in under two minutes at midnight. Whoever built it, cheers. "
     "(forwarded from Google Play reviews)"),
    ("optneg/opt_back_in", A, False, "sidenote",
     "Side conversation (Tom → Account team): Customer on #90125 has changed her mind about the AI replies. She is "
     "happy for the assistant to answer her again and wants the 'no AI' flag taken off. Please remove it."),
    ("optneg/broken_feature", A, False, "bullets",
     "Bug report:\n- the chat assistant's 'translate reply' button does nothing on Android 14\n- tried twice, "
     "cleared the cache\n- I like the feature, please fix it"),
    ("optneg/no_need", A, False, "letter",
     "Dear Tallyhome,\nThis doesn't need any clever artificial intelligence: I only want a human-readable copy of "
     "invoice 2291 sent as a PDF.\nMany thanks,\nO. Brennock"),
    # requests for a person (6)
    ("human/callback", H, False, "letter",
     "Dear Sir/Madam,\nI seldom use e-mail. Could somebody from your office please telephone me on 01632 960552 "
     "any weekday morning about the standing order on my account.\nYours faithfully,\nEdith Marchbank"),
    ("human/callback", H, False, "sms",
     "can sum1 call me back re the broken boiler, home after 5. 07700 900227"),
    ("human/anyone_there", H, False, "longthread",
     "Re: Re: Re: Re: warranty claim W-3318\n\n> Thank you for contacting us. A member of our team will respond "
     "shortly.\n>> I sent the receipt on 2 Feb.\n>>> Thank you for contacting us. A member of our team will "
     "respond shortly.\n>>>> Any update?\n\nIs an actual human being ever going to read this thread?"),
    ("human/anyone_there", H, False, "review",
     "★☆☆☆☆ Fourth ticket, fourth automatic 'we've received your request'. Does anybody at Tallyhome actually read "
     "these? (review forwarded to support)"),
    ("human/escalate", H, False, "bullets",
     "- complaint C-1182 still open after 6 weeks\n- refunded the wrong amount twice\n- I'm asking for this to go "
     "to a supervisor or your complaints manager now"),
    ("human/ask_person", H, False, "sidenote",
     "Side conversation (Amira → Team lead): Customer on #77301 wants to speak with someone senior about his "
     "cancelled booking rather than get another templated reply. Can you take it?"),
    ("humanneg/thanks_person", A, False, "sms",
     "thx to Kofi who helped me on the phone yday, all sorted. just need the receipt emailed pls"),
    ("humanneg/mention_staff", A, False, "l2",
     "Good day, my brother is working in your store of Leeds, he say me I can ask here for the warranty papers of "
     "washing machine. You can send? Order 66120."),
    # bias complaints (9)
    ("bias/disability", B, False, "review",
     "★☆☆☆☆ I'm deaf and the courier app only lets me confirm a handover by answering a voice call. No text "
     "option. Third missed delivery. My hearing flatmate just picks up and gets his parcels. (forwarded by app team)"),
    ("bias/religion", B, False, "letter",
     "Dear Sir or Madam,\nAt your Kettering restaurant I asked for the halal dishes printed on your menu for my "
     "grandson's party. The manager said \"we don't cater for your lot\" and sat us by the kitchen door, while the "
     "party booked after ours got the garden room.\nYours faithfully,\nYusuf Adebayo-Clarke"),
    ("bias/pregnancy", B, False, "bullets",
     "What happened at my gym:\n- told the trainer I'm 5 months pregnant\n- next morning my personal-training "
     "block was 'paused indefinitely'\n- the other members of my group kept their sessions\n- I paid up front"),
    ("bias/race", B, False, "sms",
     "security trailed me round the whole shop again. my white mate was in there same time n nobody looked at her. "
     "3rd time at the Broadgate store"),
    ("bias/origin", B, False, "longthread",
     "Re: Re: Re: personal loan application 4471-P\n\n> We require a guarantor for this application.\n>> Why? My "
     "income and credit score meet your published criteria.\n>>> Please see our terms.\n\nWhen I rang, the adviser "
     "said 'with a background from Lagos we always ask for one'. My colleague, born here, got the same loan on the "
     "same salary with no guarantor."),
    ("bias/age", B, False, "sidenote",
     "Side conversation (Jess → Rentals): Customer (72) says the hire desk refused him the upgrade voucher with "
     "'we don't give those to drivers your age', while his son used the identical voucher there last week."),
    ("bias/gender_identity", B, False, "l2",
     "Hello, I am trans woman and live in UK since 2 years. In your branch the cashier read my old name loud and "
     "was laughing, and she refuse to change the name on account even I bring the deed poll. My friend changed her "
     "married name there same day, no problem."),
    ("bias/sex", B, False, "sms",
     "garage quoted me £640 for the clutch, my husband rang same garage same car n got £380. when i asked they "
     "said ladies never know what its worth"),
    ("bias/language", B, False, "review",
     "★☆☆☆☆ Rang the helpline, and because of my Jamaican accent the agent kept saying 'speak properly' and hung "
     "up on me three times. My neighbour rang about the same fault and got an engineer booked. (forwarded)"),
    # hard negatives (9)
    ("hardneg/joke", A, False, "sms",
     "lol my smart speaker is so ageist, wont play anything recorded before 2010 😂 anyway how do i factory reset it"),
    ("hardneg/threat", A, False, "review",
     "★☆☆☆☆ Refund not back by Friday and I'll post on every forum that Tallyhome is a racist outfit, see how you "
     "like that. (forwarded by app team)"),
    ("hardneg/own_prejudice", A, False, "letter",
     "Dear Sirs,\nPlease cancel my newspaper subscription (NP-2210). Your weekend magazine now prints recipes by "
     "that Muslim chef and I won't have it in my house. Stop the deliveries from next week.\nR. Tennant"),
    ("hardneg/rude_agent", A, False, "sms",
     "the lady on the phone yday was so rude, sighing n cutting me off. still need my meter reading corrected tho, "
     "ref 4410"),
    ("hardneg/lawyer_letter", A, False, "letter",
     "Dear Sirs,\nThis firm represents Mr Aldous Penhaligon regarding the deposit held on 9 Harbour Mews. Unless £1,250 is "
     "returned within 14 days, our client will issue proceedings without further notice.\nYours faithfully,\n"
     "Crane & Fenwick Solicitors"),
    ("hardneg/loyal_pricing", A, False, "bullets",
     "Renewal quote:\n- 11 years with you\n- new customers get the same plan for £19\n- I'm quoted £41\n- that's "
     "unfair on loyal customers, please match it"),
    ("hardneg/mention_group", A, False, "sidenote",
     "Side conversation (Owen → Events): Customer on #60217 is booking the function room for her gay men's choir "
     "rehearsal on 3 March, 40 people, needs a piano. Can you confirm availability?"),
    ("hardneg/policy_question", A, False, "longthread",
     "Re: Re: supplier onboarding\n\n> Please find our insurance certificate attached.\n>> Thanks, received.\n>>> "
     "Bank details form also attached.\n\nOne more for our supplier audit: do you publish an equal-opportunities "
     "and anti-harassment policy covering your delivery drivers? Please attach it."),
    ("hardneg/mention_disability", A, False, "l2",
     "Hello, I am autistic and phone calls are difficult for me sometimes, so I write here. I want change my "
     "delivery day to Saturday for order 11873. Thank you very much."),
    # ordinary (5)
    ("ordinary/code", A, False, "sms",
     "hi can u resend my activation code, never came thru. acct ending 0921"),
    ("ordinary/address", A, False, "letter",
     "Dear Sir or Madam,\nFrom 1 April my address will be 3 Quarry Cottages, Hebble Lane, Thornsby TH7 1WE. Please "
     "update policy HL-55102 accordingly.\nYours faithfully,\nGraham Ashdown"),
    ("ordinary/product", A, False, "bullets",
     "Questions about the Kestrel 2 tent:\n- does it fit 3 adults?\n- is the groundsheet sewn in?\n- weight "
     "without poles?"),
    ("ordinary/invoice", A, False, "longthread",
     "Re: Re: Re: PO 7713\n\n> Delivery confirmed for Monday.\n>> Great, thanks.\n>>> Invoice to follow.\n\nStill "
     "no invoice for PO 7713 — could you send it to accounts@example.org so we can pay this month?"),
    ("ordinary/feature", A, False, "review",
     "★★★★☆ Love the app, only wish I could export my statements as CSV. Any plans? (forwarded by app team)"),
]
