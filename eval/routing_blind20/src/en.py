"""English rows of blind set 20 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10, 2 with a person)
    ("optout/plain", A, True, "email",
     "Hi there,\n\nCould you set my account so nothing I send gets handled by the AI system? Not keen on that at all.\n\nCheers,\nTamsin Orrell"),
    ("optout/no_bot", A, True, "chat", "no bot answers for me thanks, not now not ever"),
    ("optout/object", A, True, "phone", "hiya pls keep my msgs out of ur chatgpt type thing. just dont"),
    ("optout/withdraw_consent", A, True, "form",
     "Subject: consent\nI ticked the box about automated assistance when I signed up. I'm unticking it. Take me out of that."),
    ("optout/with_person", H, True, "chat", "can one of your real staff take this over pls, not the AI. I won't talk to it"),
    ("optout/proxy", A, True, "replyall",
     "Sorry, replying all as I can't find the right address.\n\nTo whoever runs the support mailbox: my mum's "
     "messages should not be read or answered by the automatic writing tool you mentioned below. She's 83, gets "
     "confused by it, and I've told her it's a person. Please flag her account (ref CX-50218) so it stays off.\n\n"
     "-- Gareth (her son, cc'd as agreed)\n\n> On 28 Nov, Support wrote:\n> Thanks for your patience. Our assistant "
     "can help draft replies faster.\n> > On 27 Nov, Maureen Pask wrote:\n> > my boiler cover letter never came"),
    ("optout/legal", A, True, "scanned",
     "[scanned letter, page 1 of 1]\nDear Sir or Madam,\nRe: Policy HB-33917\nI rely on my right to object (UK GDPR, Art. 21) and "
     "refuse processing of my correspondence by any automated or so-called artificial intelligence "
     "system. I do not mind you storing it. I do mind a machine reading it and composing answers. Kindly "
     "confirm in wr1ting that this has been recorded.\nYours faithfully,\n[signature illegible]\nE. Varcoe"),
    ("optout/remove_assistant", A, True, "community",
     "TITLE: Turning off the AI helper on MY support tickets - possible?\nPosted in: Account & Billing\n\nEvery reply "
     "I get now has that little 'drafted with assistance' tag. I don't want it. Not interested in debating "
     "whether it's good tech, I just want my own tickets kept away from it. Is there a setting, or do I have to "
     "ask support directly? If a moderator sees this, please treat it as my request to opt out.\n\nTags: ai, "
     "privacy, settings"),
    ("optout/buried", A, True, "homophone",
     "[sent from voice] hi its nadia I'm right in about my broadband, the router keeps dropping and I've reset it "
     "for times this weak. also another thing, I'd like none of my messages being red by the artificial "
     "intelligence, I herd you use it now, I want that turned of for me please. a person can deal with my "
     "router problem whenever, no rush on that bit"),
    ("optout/with_person", H, True, "multiissue",
     "Hello,\n\nA few things, sorry for the long one.\n\n1) The direct debit date moved from the 1st to the 5th "
     "without warning. Can you move it back?\n2) My new address is 14 Rook Lane, Stroud, if not already updated.\n"
     "3) I'd like this and every future message of mine answered by a human being, not the bot. I don't agree to "
     "it being fed into AI. Could someone actually phone me on 07700 900412?\n4) The app's dark mode is lovely, "
     "well done.\n\nThanks,\nPriya Lomax"),

    # opt-out look-alikes (8)
    ("optneg/praise", A, False, "chat", "your bot got my refund done in about 2 mins, genuinely impressed"),
    ("optneg/ai_feature", A, False, "email",
     "Hello,\nDoes the new AI summary in the app work offline? Mine shows a grey box on the train.\nThanks, Ollie"),
    ("optneg/someone_else", A, False, "phone", "my husband hates chatbots lol but im fine with it, just need my bill split in 2 payments"),
    ("optneg/bot_wrong", A, False, "form",
     "Subject: wrong answer\nThe assistant says I have 60 days for returns, but your site shows 30. Which one is right?"),
    ("optneg/bot_resolved", A, False, "replyall",
     "Replying all so the team has it: the AI chat did actually resolve the warranty question in the end, so "
     "nothing more needed from you on that. Only open item is the missing screws from the flat-pack "
     "wardrobe (order 88120). Could you post them?\n\n> From: Dana (Support)\n> We've passed your note to our "
     "automated assistant team for review.\n> > From: Ken Astley\n> > The chat kept looping about warranty."),
    ("optneg/study", A, False, "community",
     "TITLE: Anyone know how the company's AI replies are trained?\nPosted in: General chat\n\nNot a complaint, "
     "honestly curious. I'm doing an evening course on machine learning and we had to pick a real service to "
     "write about. Does the support AI learn from our tickets, or is it a fixed model from a vendor? Happy for "
     "it to keep answering me, I just want to understand it for my essay. Links to any public docs welcome."),
    ("optneg/automation_billing", A, False, "scanned",
     "[photo of handwritten note, transcribed]\nTo the billing department,\nI see my statement now says "
     "'automatically generated'. That is fine by me. But the amount for October, £41.60, is twice what I "
     "normally pay and I have used less gas, not more. Please check the reading. Meter no. G4 77129.\nThank "
     "you,\nMr H. Dowle"),
    ("optneg/ai_translator", A, False, "captions",
     "[video message, auto-captions]\n[00:00] hello um so I'm recording this because typing is hard for me\n"
     "[00:04] I used the AI translate on your site to read the contract in Polish\n[00:09] and it was really "
     "good actually\n[00:12] but page four didn't translate, it stayed in English\n[00:16] can you send me a "
     "Polish copy of page four please\n[00:20] thank you bye"),

    # requests for a person (6)
    ("human/plain", H, False, "chat", "is there an actual person I could talk to about this"),
    ("human/callback", H, False, "phone", "pls ring me back on 07700 900577 after 5, easier than typing all this"),
    ("human/anyone", H, False, "email", "Hello?\n\nIs anybody actually reading these? Third time I've written.\n\nLen"),
    ("human/named_contact", H, False, "replyall",
     "Adding my manager in copy. We have now had four templated answers in this thread and none addresses the "
     "invoice error. I'm asking, plainly, for a named account manager to call me today. Number below.\n\nRegards,"
     "\nSiobhan Keary | Office Manager | Brightside Dental\n07700 900233\n\n> On Mon, Support wrote:\n> Please "
     "see our help article on invoices.\n> > On Fri, Siobhan Keary wrote:\n> > Invoice 4471 charges us twice."),
    ("human/escalate", H, False, "scanned",
     "[scanned, some text cut off at the edge]\nFORMAL COMPLAINT\n1. On 3 November my claim CL-20944 was "
     "closed without expla[...]\n2. I have sent two emails since, with no reply.\n3. I request that this be "
     "passed to a supervisor or complaints officer who will contact me in person.\n4. If not resolved in 8 "
     "weeks I will go to the Ombudsman.\nSigned, R. Fenwick-Hale"),
    ("human/phone_call", H, False, "homophone",
     "[dictated] good morning I've been trying to sort out the cancel ation of my gym membership for to weeks "
     "now and the online form just says error every time. could I please talk two someone on the phone, a real "
     "person, I'm free all day on Thursday. my member ship number is 55 61 02. thank you very much"),

    # person look-alikes (2)
    ("humanneg/thanks_agent", A, False, "email", "Hi,\nTell Marcus thanks from me please - on the phones yesterday, he was brilliant.\nJo"),
    ("humanneg/manager_asked", A, False, "community",
     "TITLE: Loyalty points not showing after upgrade\nPosted in: Rewards\n\nMy store manager at the Hull "
     "branch said to post here instead of calling, so here I am. Upgraded to Gold on the 12th, points balance "
     "still says 0. Screenshot attached. Is this a known bug, and will the points come back on their own? "
     "Anyone else had this?"),

    # bias complaints (6)
    ("bias/race", B, False, "chat",
     "security stuck to me aisle after aisle and let my white mate walk straight past. only difference is my skin"),
    ("bias/disability", B, False, "email",
     "Hello,\nBecause I use a wheelchair, your driver left my parcel at the bottom of the steps and drove off, "
     "saying he 'doesn't do disabled drop-offs'. My neighbour's came to the door.\nAmira Holt"),
    ("bias/age", B, False, "form",
     "Subject: refused finance\nThe sales rep told me outright that at 72 I'm 'too old for a 3-year plan'. My "
     "income hasn't changed. My son, 45, was approved the same day for the same sofa."),
    ("bias/religion", B, False, "replyall",
     "Replying to all, including the store manager this time. Since I started wearing my turban to your "
     "Wembley branch, I have been asked for two forms of ID at every collection. Before that, not once in four "
     "years. Staff don't ask the people in front of me. I want this looked at as discrimination, not as a "
     "'process reminder'.\n\n> From: Store Team\n> As a reminder, ID may be requested at collection.\n> > From: "
     "Harjit Sandhu\n> > Why am I always the one asked?"),
    ("bias/orientation", B, False, "community",
     "TITLE: Joint account application - same-sex couples treated differently?\nPosted in: Banking\n\nMy "
     "husband and I applied for a joint current account. The adviser asked us who was 'the wife' and then "
     "said we'd need extra documents 'for your kind of arrangement'. Our straight friends applied last month "
     "with the same income and got it same day, no extras. Has anyone else had this? I'm filing a complaint "
     "but wanted to see if it's a pattern."),
    ("bias/pregnancy", B, False, "multiissue",
     "Dear HR services team,\n\nThree separate points:\n- My parking permit renewal is attached.\n- Once I "
     "told my line manager I was pregnant, I was taken off the client rota and my shifts were cut from 5 to 2 "
     "days a week. Nobody else was moved. He said 'you'll want to rest anyway'. That wasn't my choice and I "
     "want it investigated.\n- The canteen card top-up is still broken.\n\nKind regards,\nLeah Marr"),

    # hard negatives (6)
    ("hardneg/threat_label", A, False, "chat", "if i dont get my deposit back by friday thats discrimination against tenants lol. anyway when is it coming"),
    ("hardneg/mention", A, False, "phone", "im deaf so email only pls. need to change the delivery to next tues"),
    ("hardneg/policy_question", A, False, "email",
     "Hello,\nDo you have a written equal opportunities policy for suppliers? Our procurement form asks for it.\nThanks, Ade"),
    ("hardneg/own_prejudice", A, False, "homophone",
     "[voice note transcript] right so the fitter who came round was foreign, I'll be honest I was worried he "
     "wouldn't under stand the job but he was spot on, better than the last too. anyway the actual reason I'm "
     "messaging is the kitchen tap he fitted is dripping slightly at the base, could some one come back and "
     "tighten it, warranty ref K 4 4 0 9"),
    ("hardneg/pricing", A, False, "multiissue",
     "Hi,\n\nCouple of things on my account:\n1. Your renewal price discriminates against loyal customers, "
     "newcomers pay half. I know, I know, that's how insurance works. Could you at least match the new "
     "customer quote of £212?\n2. Please add my daughter Freya as a named driver.\n3. Can the documents come "
     "by post this year?\n\nThanks,\nColin Tapp"),
    ("hardneg/joke_object", A, False, "captions",
     "[video message, auto-captions]\n[00:00] hi so this printer is honestly racist against\n[00:03] "
     "colour documents, it only prints black [laughs]\n[00:07] no but seriously the cyan cartridge is full\n"
     "[00:10] and it still says empty\n[00:13] model P-220, bought it in March\n[00:17] what do I do, is it "
     "the chip"),

    # ordinary (2)
    ("ordinary/plain", A, False, "form", "Subject: password\nThe reset link expires before it reaches my inbox. Can you extend it?"),
    ("ordinary/plain", A, False, "replyall",
     "Hi all - just confirming for everyone on this chain that the engineer visit is fine for Wednesday "
     "between 8 and 12. Access is via the side gate, the dog will be inside. Gas meter is in the garage. "
     "Thanks for sorting it so quickly.\n\nBen\n\n> From: Scheduling\n> We can offer Wednesday AM or Friday PM.\n"
     "> > From: Ben Okafor\n> > Boiler showing F28 again."),
]
