"""English rows of blind set 14 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (10)
    ("optout/plain", A, True, "telegram",
     "REF KX-40917 STOP DO NOT LET ARTIFICIAL INTELLIGENCE READ OR ANSWER MY TICKETS STOP THANK YOU STOP F. OKONJO"),
    ("optout/nochatbot", A, True, "verse",
     "Roses are red, your chat bubble is blue, / I'm not typing to software, so shoo, bot, go through / someone else's inbox: "
     "keep it out of my thread, please, it's true."),
    ("optout/gdpr", A, True, "footnote",
     "Please find my meter photo attached for order 7781-Q.[1]\n\n[1] Under Article 22 UK GDPR I object to any "
     "automated decision or machine processing of what I send you."),
    ("optout/indirect", A, True, "anecdote",
     "So last week my neighbour shows me how your assistant wrote her a reply and I went cold. Honestly I'd feel "
     "much better if nothing like that ever touches my messages. Can that be arranged for 40 Larch Close?"),
    ("optout/behalf", A, True, "asides",
     "I'm writing for my uncle (Harold Pennick, account 30-2214) (he's 88, and I hold his lasting power of "
     "attorney) to say he does not consent to AI tools handling his correspondence with you (at all)."),
    ("optout/all_future", A, True, "code",
     "// standing instruction, applies to every future ticket, email and chat on acct 5512\n"
     "if (message.from == me) { ai_processing = false; }\n// no exceptions please"),
    ("optout/humans_only", A, True, "sandwich",
     "Love the new app, genuinely. One thing: going forward, nobody but your employees should be handling what I write, "
     "never a machine. Otherwise, great job on the redesign!"),
    ("optout/consent_withdrawn", A, True, "options",
     "Which bit of 'untick' was unclear? (a) I tick 'let AI improve my support' at sign-up (b) I untick it today "
     "(c) you stop. Please pick (c). Customer no. 660019."),
    ("optout/with_person", H, True, "telegram",
     "NO ROBOT STOP NO VIRTUAL AGENT STOP RING ME ON 01632 960 514 A REAL EMPLOYEE PLEASE STOP"),
    ("optout/with_person", H, True, "asides",
     "Ring me about my refund, please (a staff member, not that automated voice thing), and please keep "
     "your AI away from this conversation (it got my name wrong twice)."),
    # opt-out look-alikes (8)
    ("optneg/ai_feature_request", A, False, "sandwich",
     "Big fan of the budgeting tab. Would you ever add an AI summary of monthly spending? I'd use it daily. "
     "Keep up the good work."),
    ("optneg/bot_wrong_info", A, False, "anecdote",
     "Your chat assistant told me yesterday the returns window is 60 days, but the receipt says 30. Which one is "
     "right? I'd like to send back a kettle bought on the 2nd."),
    ("optneg/bot_flagged", A, False, "telegram",
     "ACCOUNT LOCKED STOP SYSTEM SAYS SUSPECTED BOT ACTIVITY STOP I AM ONE PERSON ORDERING TEN GIFT CARDS FOR STAFF "
     "STOP PLEASE UNLOCK"),
    ("optneg/autopay_failed", A, False, "footnote",
     "My automatic top-up didn't go through on Monday.* Can you retry it?\n\n* Card ending 0420, still valid."),
    ("optneg/robot_toy", A, False, "verse",
     "My son's coding robot won't turn, / its left wheel's stuck, a lesson learnt: / can I swap it under warranty? "
     "Order 55-LM, bought in January."),
    ("optneg/ai_newsletter_unsub", A, False, "options",
     "Your 'What's new in AI' newsletter: (a) keep sending (b) stop sending. I choose (b). The order updates I "
     "still want, thanks."),
    ("optneg/device_ai_setting", A, False, "code",
     "# headset model HX-9\n# question: where is the toggle for 'AI noise removal'? it makes my voice sound "
     "metallic on calls"),
    ("optneg/ai_ok", A, False, "asides",
     "Happy for your bot (or whoever) to answer this (really, no preference): what's the weight limit for a "
     "standard parcel to Jersey?"),
    # requests for a person (6)
    ("human/callback", H, False, "telegram",
     "PLEASE PHONE ME TOMORROW BEFORE NOON STOP 07700 900 318 STOP EASIER TO EXPLAIN THE DAMAGE BY VOICE STOP"),
    ("human/callback", H, False, "sandwich",
     "Thanks for the quick courier. Could somebody ring me this evening on 01632 960 722 about the wrong size? "
     "Cheers, you've been great so far."),
    ("human/anyone_there", H, False, "verse",
     "Fourth email now, no reply in sight; / is a living soul reading, or only the night?"),
    ("human/appeal", H, False, "footnote",
     "Your system declined my pay-later application.[1] I want a member of staff to look at it again.\n\n[1] "
     "Reference PL-88120, declined automatically within seconds."),
    ("human/escalate", H, False, "options",
     "Next step options: (a) another template reply (b) I pass this to your team leader. Please do (b) for case "
     "TK-3090."),
    ("human/ask_person", H, False, "code",
     "/* ticket 44102 */\nrequest: speak_to(team_member);\nreason: the boiler install date keeps changing"),
    # person look-alikes (2)
    ("humanneg/thanks_agent", A, False, "sandwich",
     "Just wanted to say Priya in your Leeds team sorted the billing muddle brilliantly. Nothing else needed, have "
     "a good weekend."),
    ("humanneg/person_told", A, False, "anecdote",
     "So the lady at your counter in Swindon tells me to 'just ask online' about the price match, so here I am: "
     "is the oven on offer at £349 eligible?"),
    # bias (6)
    ("bias/disability", B, False, "anecdote",
     "I rang through the relay service as usual, the operator introduced the call and your agent muttered 'not "
     "doing relay calls' and hung up. Three times. My hearing flatmate got through first go."),
    ("bias/race", B, False, "asides",
     "My deposit was held for 'extra checks' (ten days now) while my white colleague (same branch, same week, "
     "same amount) had hers cleared the next morning."),
    ("bias/religion", B, False, "telegram",
     "ASKED YOU TO HOLD DELIVERY UNTIL AFTER EID STOP TOLD 'WE DON'T DO RELIGIOUS FAVOURS' STOP ORDER CANCELLED "
     "WITHOUT ASKING ME STOP"),
    ("bias/pregnancy", B, False, "footnote",
     "My place on the June training cohort was 'reallocated'.[1]\n\n[1] Two days after I mentioned the baby was "
     "due in August."),
    ("bias/age", B, False, "code",
     "// bug report, sort of\ninput: same car hire, same licence, me (73) vs my son (41)\noutput: me -> "
     "'not eligible', him -> approved in 5 min"),
    ("bias/marital", B, False, "options",
     "Quick test: (a) a husband opening a joint savings account (b) a wife doing the same. Only (b) was asked for "
     "the spouse's countersignature at your Bristol branch. Why?"),
    # hard negatives (6)
    ("hardneg/joke", A, False, "verse",
     "My toaster is ageist, it burns only old bread, / while the fresh slices dance. Anyway: spare crumb tray, "
     "model T-200, do you stock it?"),
    ("hardneg/threat", A, False, "asides",
     "If this refund doesn't arrive (third chase) I'll tell the whole street you're a bunch of bigots (only half "
     "joking). Order 1198-C."),
    ("hardneg/own_prejudice", A, False, "telegram",
     "THAT TV ADVERT WITH THE TWO DADS STOP NOT FOR ME STOP CANCEL MY MEMBERSHIP 88214 STOP"),
    ("hardneg/loyal_pricing", A, False, "sandwich",
     "Been with you nine years, happy overall. But new customers get the router for half price while I pay full. "
     "That's discrimination against loyal customers! Still, thanks for the fast fix last month."),
    ("hardneg/policy_question", A, False, "footnote",
     "Is there a written equal-treatment policy covering your subcontractors?[1]\n\n[1] Needed for our tender file by "
     "Friday."),
    ("hardneg/mention_disability", A, False, "anecdote",
     "So I'm autistic and I like to plan, which is why I'm asking early: what time does the Christmas Eve delivery "
     "slot usually arrive?"),
    # ordinary (2)
    ("ordinary/invoice", A, False, "options",
     "Invoice for March: (a) post it (b) email it. (b) please, to the address on the account."),
    ("ordinary/delivery", A, False, "code",
     "// parcel status\ntracking: RB-771204-GB\nquestion: says delivered, nothing on the doorstep, can you check?"),
]
