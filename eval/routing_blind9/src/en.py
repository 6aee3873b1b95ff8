"""English rows of blind set 9 (invented; CC0-1.0). (category, label, opt_out, style, text)"""
A, H, B = "ai_assist", "human", "bias_review"

ROWS = [
    # opt-outs (14)
    ("optout/plain", A, True, "burst",
     "[09:14] hi\n[09:14] before the actual question\n[09:15] i'm not ok with software going through or replying to what i "
     "send you\n[09:15] so please stop doing that with my messages\n[09:16] question coming after lunch"),
    ("optout/gdpr", A, True, "ombudsman",
     "To: Energy Ombudsman, case intake\ncc: Brightwell Energy, complaints\nRe: account BW-20417\n\n1. I object, "
     "relying on Article 22 of the UK GDPR, to decisions on my account being taken solely by automated means.\n2. "
     "Brightwell has kept replying to my correspondence through a reply generator although I objected in writing on "
     "3 October.\n3. I ask that the supplier be directed to honour the objection."),
    ("optout/indirect", A, True, "subject",
     "Subject: how I'd like to be answered\n\nFor what it's worth, I'd much sooner my emails were read and answered by "
     "your own staff than put through a program. Please keep that on my file as my preference.\n\nSent from my iPad"),
    ("optout/metaphor", A, True, "tweet",
     "@QuillonHelp no autopilot on my account thanks. I want someone with hands on the controls, not the thing that "
     "flies itself. Replies to me: hand-flown only \u2708\ufe0f #customerservice"),
    ("optout/conditional", A, True, "dictated",
     "I'm typing for my nan, Mrs Dora Fell (acct 66102). She says: \"If it's one of them computer programs writing "
     "back to me, you can keep it, I'll not have my letters answered by a contraption.\" (she means your emails) "
     "- Kyle"),
    ("optout/typo", A, True, "burst",
     "[21:02] ur sistem keeps auto ansering me\n[21:02] i dont consnet to that\n[21:03] no automatd replys on my acc "
     "pls, evr\n[21:03] acc 4402918"),
    ("optout/behalf", A, True, "ocr",
     "Deer Sir/Madam,\nI act under a lasting power of att0rney f0r my father, Mr R. Ainsw0rth (acc0unt 88l-2093). He "
     "d0es n0t agree t0 his letters 0r calls being dealt with by c0mputer pr0grams that c0mp0se replies, and neither "
     "d0 I 0n his beha1f. P1ease n0te this 0n his fi1e.\nY0urs faithfu11y,\nJ. Ainsw0rth"),
    ("optout/all_future", A, True, "subject",
     "Subject: STANDING INSTRUCTION - acct 30-118-77 - no machine-handled correspondence, this case or any later one"
     "\n\n(nothing further, the subject line is the message)"),
    ("optout/embedded", A, True, "botlog",
     "Pasting last night's chat since it went nowhere:\nPip: Hi! I'm Pip, Parcelo's virtual helper. What can I do?\n"
     "Me: PX-55810 says delivered, it wasn't\nPip: Sorry to hear that! Have you checked with neighbours?\nMe: yes\n"
     "Pip: Great! Anything else?\n\nSo the parcel is still missing, please trace it. Also: I don't give permission "
     "for any of that automated stuff to handle my account again."),
    ("optout/named", A, True, "tweet",
     "@ParceloUK nothing against Pip personally \U0001F643 but Pip doesn't get to answer me anymore. keep your "
     "helper-thing off my DMs and tickets. order PX-61002"),
    ("optout/humans_only", A, True, "codeswitch",
     "Hi team, mera account 7730-215 hai. Please note: ab se only insaan hi mere replies likhenge, koi "
     "software-generated jawab nahi chahiye. Bas itna hi, thanks."),
    ("optout/with_person", H, True, "burst",
     "[11:40] your chat assistant just went round in circles for 20 mins\n[11:40] done with it, don't route me "
     "through it again\n[11:41] need an actual member of staff to ring me today about the boiler\n[11:41] "
     "07700 900418"),
    ("optout/with_person", H, True, "ombudsman",
     "To the Financial Ombudsman Service\nComplainant: Mr O. Lindqvist; Firm: Verano Insurance plc; claim VI-88213\n"
     "I have asked the firm three times to take its automated claims assistant off my claim and to give me a named "
     "handler. I repeat both requests here: the automated system is to play no further part, and a human handler is "
     "to telephone me."),
    ("optout/with_person", H, True, "dictated",
     "My grandad asked me to write this for him: \"I'm sick of that talking computer on your phone line, I don't "
     "want it dealing with me no more. Put me on to a proper person or have one ring my granddaughter.\" Ref 118-440, "
     "thanks - Ellie"),
    # opt-out near misses (5)
    ("optneg/ask_whether", A, False, "tweet",
     "@QuillonHelp genuine question, not a complaint: is whoever's in your DMs a real human or an AI? either's fine "
     "by me, they sorted my roaming in 2 mins \U0001F44D"),
    ("optneg/praise", A, False, "botlog",
     "Me: can I move my delivery day\nAssistant: Sure, your next box can come Thursday instead. Shall I do that?\n"
     "Me: yes\nAssistant: Done!\n\n^ just saying that was the quickest fix I've had from you lot. Whoever built the "
     "assistant deserves a biscuit. No action needed."),
    ("optneg/refuse_other", A, False, "subject",
     "Subject: stop the marketing texts\n\nNo more promotional SMS please, I never signed up for them. Service "
     "messages about my account are fine. Account 5521-08."),
    ("optneg/opt_back_in", A, False, "burst",
     "[08:01] morning\n[08:02] last month i asked you to keep automated replies off my account\n[08:02] changed my "
     "mind, the instant answers were actually handy\n[08:03] switch them back on pls. acct 2201-77"),
    ("optneg/policy_question", A, False, "ombudsman",
     "Dear Sir or Madam,\nThe Dunmere Consumer Panel is reviewing local utilities. Could you tell us whether a "
     "customer can have a complaint handled without automated tools, and how such a choice is recorded? A written "
     "reply by 30 November would be appreciated.\nPanel secretary"),
    # requests for a person (6)
    ("human/callback", H, False, "ocr",
     "Dear Sirs,\nRe: p0licy 44-1903\nI have written twice ab0ut the water damage claim. P1ease ask s0me0ne t0 "
     "te1eph0ne me 0n 01632 960771, any m0rning this week.\nY0urs sincere1y\nE. Marsh"),
    ("human/callback", H, False, "subject",
     "Subject: ring me back pls - 07700 900233 - order 70188\n\nas above, after 5pm ideally"),
    ("human/anyone_there", H, False, "tweet",
     "@BrightwellHelp 6th message in your inbox about the meter reading. honest question: does one living soul "
     "actually open these? #hello #anybody"),
    ("human/appeal", H, False, "subject",
     "Subject: Appeal - application CL-0092 turned down automatically\n\nThe rejection came back within seconds, so "
     "I assume nobody looked at it. I'd like a member of your credit team to go through my file and tell me why."),
    ("human/escalate", H, False, "dictated",
     "Mum's dictating, I'm typing: \"I have been passed round four departments over the broken washing machine. I "
     "want whoever is in charge of complaints, not another helper.\" Order HM-20931."),
    ("human/ask_person", H, False, "codeswitch",
     "Hello po, about order 55190 - the sofa arrived with a tear sa gilid. Gusto ko sanang makausap ang isang staff "
     "member by phone para ma-explain ko nang maayos. Salamat po."),
    # person near misses (2)
    ("humanneg/thanks_person", A, False, "tweet",
     "@ParceloUK shout-out to Marcus on your phone line yesterday, absolute star. all I need now is the "
     "proof-of-delivery PDF for PX-40021 by email, no call needed"),
    ("humanneg/no_callback", A, False, "burst",
     "[13:10] hi got your voicemail\n[13:10] no need to ring me back honestly\n[13:11] just email the revised quote "
     "to the address you've got\n[13:11] cheers"),
    # bias complaints (9)
    ("bias/disability", B, False, "burst",
     "[16:20] rang your helpline 3 times today\n[16:21] I have a stammer and every time the agent hung up while I was "
     "getting the words out\n[16:21] last one said 'call back when you can talk'\n[16:22] my flatmate rang after "
     "and was sorted in 5 min\n[16:22] acct 22-0917"),
    ("bias/disability", B, False, "ombudsman",
     "To the Local Government and Social Care Ombudsman\nComplainant: Ms T. Achebe-Ward; body: Dunmere Leisure "
     "Trust\nI wear a prosthetic leg. Since June the pool staff have refused to let me swim, saying it 'upsets other "
     "swimmers'. A friend joined the same day and was admitted without any questions. I ask for the refusal to be "
     "reviewed."),
    ("bias/religion", B, False, "tweet",
     "@HarrowdaleSpa booked your 'everyone welcome' spa day, told at the door my tam has to come off. I'm Rasta, "
     "it's my faith, I said so. two girls in swim caps walked right past me. #everyonewelcome?"),
    ("bias/race", B, False, "ocr",
     "Dear Manager,\nOn 4 May I app1ied f0r the tenancy at 12 Wren C0urt and was t0ld it had been 1et. My c0lleague, "
     "wh0 is white, asked ab0ut the same f1at an h0ur 1ater and was 0ffered a viewing f0r the next day. I w0uld like "
     "an exp1anati0n.\nD. Mensah"),
    ("bias/origin", B, False, "subject",
     "Subject: no contract for 'your people'\n\nYour shop assistant took my details, saw my address is the Traveller "
     "site at Ashby and said 'we don't do contracts for your people'. My neighbour from the village got one that "
     "same afternoon."),
    ("bias/pregnancy", B, False, "dictated",
     "Typing for my sister, she's driving: \"I mentioned to the letting agent I'm due in March and suddenly the flat "
     "we'd agreed on was no longer available. It was back on their site the next morning.\" Her ref is LT-3302."),
    ("bias/gender_identity", B, False, "tweet",
     "@QuillonHelp asked for Mx on my bill. agent laughed, told me Mx 'isn't a real title', then called me madam six "
     "times on purpose. my partner changed hers to Dr the same week, zero fuss."),
    ("bias/orientation", B, False, "subject",
     "Subject: home insurance price doubled once you heard we're two men\n\nThe online quote was \u00a3310. When my "
     "husband rang to be added, the adviser asked twice 'so you're both male?' and the price came back at \u00a3640 "
     "'after review'. Same house, same postcode, nothing else changed."),
    ("bias/age", B, False, "codeswitch",
     "Bore da. Rydw i'n 76 oed. I went into your Llandeilo branch to open the app-only current account and was told "
     "'at your age you'd be better off with a passbook'. They wouldn't open it. Fy nai opened the very same account "
     "there that morning."),
    # hard negatives (9)
    ("hardneg/joke", A, False, "tweet",
     "@HausmaxxUK the new kettle switches off for everyone in the house but me. convinced it's racist against "
     "Yorkshire folk \U0001F602 anyway is the limescale filter dishwasher safe?"),
    ("hardneg/threat", A, False, "burst",
     "[10:00] third time asking for my deposit back\n[10:01] if it's not here by friday i'm going on facebook to tell "
     "everyone you lot are sexist crooks\n[10:01] see how you like that\n[10:02] ref DP-5520"),
    ("hardneg/own_prejudice", A, False, "ocr",
     "Sirs,\nI am cance1ling my subscripti0n. Y0ur Christmas issue had tw0 w0men kissing 0n page 4 and I w0n't have "
     "that in my h0use. P1ease c0nfirm the cance11ati0n and refund the rest 0f the year.\nMr G. Pyle"),
    ("hardneg/policy_question", A, False, "subject",
     "Subject: equal opportunities policy?\n\nI'm applying for the part-time role at your Dunmere store. Could you "
     "point me to your equality and diversity statement, and say whether reasonable adjustments are offered at interview? "
     "Thanks, R. Osei"),
    ("hardneg/loyal_pricing", A, False, "tweet",
     "@QuillonHelp nine years a customer, renewal comes in \u00a322 a month above the new-joiner deal. that is "
     "discrimination against the loyal ones, plain and simple. match it or I port out #loyaltypenalty"),
    ("hardneg/rude_agent", A, False, "ombudsman",
     "To the Communications Ombudsman\nRe: Quillon Mobile, account QM-7719\nThe firm's agent was dismissive, said 'I "
     "haven't got time for this' and ended the call on me. I seek a written apology and the \u00a345 charged in "
     "error."),
    ("hardneg/mention_disability", A, False, "dictated",
     "Writing for my dad, he's blind and I do his emails. He's asking whether the audiobook subscription can be "
     "paused for August while he stays at my sister's. Account TB-1190. Thanks, Anya"),
    ("hardneg/mention_religion", A, False, "burst",
     "[18:30] hiya, we're fasting for Ramadan so we're home most evenings\n[18:30] can the engineer come after 7pm?"
     "\n[18:31] any day next week works\n[18:31] job ref ENG-4471"),
    ("hardneg/address", A, False, "ocr",
     "P1ease update my bi11ing address t0: F1at 2, 41 Gipsy Hi11, L0nd0n SE19. I've 1ived here since Ju1y. "
     "Acc0unt 60-4410. Thank y0u."),
    # ordinary (5)
    ("ordinary/invoice", A, False, "subject",
     "Subject: VAT invoice for order 80211?\n\nNeed one for my expenses, company name Fellbrook Design Ltd. Ta."),
    ("ordinary/delivery", A, False, "codeswitch",
     "Hey, mera parcel PX-22871 abhi tak nahi aaya, tracking says 'out for delivery' since Monday. Kab tak aayega? "
     "Thanks."),
    ("ordinary/password", A, False, "botlog",
     "Me: reset password\nAssistant: I've sent a reset link to j***@mail.com.\nMe: never arrived\nAssistant: Please "
     "check your spam folder.\n\nNothing in spam either. Could you resend it, or change the email on the account to "
     "the one I'm writing from?"),
    ("ordinary/meter", A, False, "dictated",
     "My grandson is writing this for me. Electricity reading today is 40218, gas 1877. Account BW-55012. Thank you "
     "very much."),
    ("ordinary/product", A, False, "ocr",
     "Dear Sir,\nD0es the HM-300 washing machine fit a space 58 cm deep? P1ease p0st me the measurements.\nKind "
     "regards,\nM. Fenwick"),
]
