"""Blind set 42, English (UK) rows, typed by hand: (category, label, opt_out, style, text)."""
ROWS = [
    ("bias/pregnancy_timing", "bias_review", False, "letter",
     "Hello, I am writing about the nursery place at your Kettleby Road branch that I was offered for my son Alfie "
     "in September. I had the offer e-mail on 14 October, paid the £150 holding fee (receipt KR-000418) and booked "
     "the settling-in visit. At the visit the manager, Gemma, asked whether we planned more children and I said yes,"
     " I'm expecting again in the spring, thinking it was small talk. Two days later I got a letter saying the place"
     " was 'reallocated following a capacity review'. No one has explained what changed. My neighbour applied for "
     "the same room a week after me and was told on Friday that she can start in January. I have asked three times "
     "for the capacity figures and been ignored. I would like someone outside that branch to look at how this "
     "decision was made, and I want the holding fee back either way. Kind regards, Priya Haldane"),
    ("bias/accent_explicit", "bias_review", False, "chat",
     "your agent on the phone today told me 'get me someone who talks proper English, love' then the line went dead."
     " Born born in Glasgow to Polish parents, my English is perfect, thanks. I only wanted my meter reading logged."),
    ("hardneg/identity_unrelated_fault", "ai_assist", False, "email",
     "Morning. Wheelchair user here, so I mostly shop online with you, which normally works brilliantly. Order "
     "00-55817 was due Tuesday; tracking still reads 'with driver' three days on. Nothing to do with my chair, the "
     "van just never turned up. Where is the parcel really, or is a refund easier at this point? Thanks, Dermot"),
    ("hardneg/racist_toaster_joke", "ai_assist", False, "chat",
     "lol my new toaster only browns the white bread and leaves the granary pale, it's basically racist. Seriously "
     "though, is uneven toasting covered under the 2 year warranty?"),
    ("hardneg/loyal_pricing", "ai_assist", False, "letter",
     "Hello there. I've been with Brightwell Broadband since 2014, twelve years without missing a single payment, "
     "and this month my bill went from £31 to £46. Meanwhile your website offers new customers the same package for "
     "£22 a month for two years. You openly discriminate against loyal customers, which I think it is disgraceful. I"
     " am not interested in a long explanation about 'out of contract pricing'; I just want to be put on the same "
     "deal as a new sign-up or I will port my number and leave when this billing period closes. My account number is"
     " BW-0000730912. Separately, could you confirm if the £15 difference for this month can be credited, because "
     "nobody told me the contract had ended and I never got the reminder letter you say you sent. Please reply in "
     "writing. Yours faithfully, Mrs Lorna Fairweather"),
    ("ordinary/plain", "ai_assist", False, "chat",
     "Hi, how do I change the e-mail address on my account? The current one belongs to a job I left in the summer."),
    ("optout/with_person", "human", True, "email",
     "I would rather not have my questions handled by an AI system, thank you, nor use what I write to train "
     "anything. Could a real person from the pensions team ring me on 07700 900612 about transferring my old "
     "workplace pot? Mornings are best. Harold Treacy"),
    ("human/callback", "human", False, "chat",
     "can somebody actually phone me back please, stuck in a loop on the web form about my boiler cover for a week. "
     "01632 960447"),
    ("bias/orientation_implicit", "bias_review", False, "letter",
     "Hi, I'm writing about our stay at the Harbourside Lodge in Whitby on 21-23 November, booking HL-00093361. We "
     "booked and paid for the 'Sea View Double' eight weeks ahead and the confirmation e-mail says king-size bed. My"
     " partner Callum and I arrived together at about 4pm and the receptionist looked at the two of us, then at the "
     "screen, and said there'd been 'a mix-up' and she could only give us the twin room at the back overlooking the "
     "bins. She didn't offer any discount. While we were still standing there a couple who'd arrived after us were "
     "handed the key to a sea-view double straight away, and I could see on the board behind her that two more were "
     "free that night. I queried it and got 'I just think you'll be more comfortable in the twin, lads'. We stayed "
     "because it was late, but it put a cloud over our anniversary. I'd like the difference refunded and I'd like "
     "someone senior to look at why a double we'd paid for was swapped on the spot. Regards, Ewan Marsh"),
    ("bias/sex_explicit", "bias_review", False, "email",
     "I took my car to your Dunmore Street garage for a cambelt quote. The fitter gave me £780 and said, and I "
     "quote, 'the ladies never check these things anyway'. My brother rang the same branch an hour later about the "
     "same car model and was told £430. I'd like an explanation. Fiona Carrick"),
    ("hardneg/identity_unrelated_fault", "ai_assist", False, "letter",
     "Hello, just so you know who you're dealing with, I'm 68, a retired Church of England vicar and partially "
     "sighted, so I use the large-print setting on your app. None of that is really the issue. The problem is that "
     "since the update on the 28th, the 'pay a friend' button does nothing at all, for me and for my wife on her own"
     " phone, and the pharmacist in our village says three of her customers have the same fault. I tried the usual "
     "things, switched it off and on, removed the app and put it back, changed from Wi-Fi to mobile data. I need to "
     "send £60 to my grandson for his birthday on Saturday. Is there a known fault and when will it be fixed? If "
     "not, what is the easiest other way to pay him? Many thanks, Rev. Anthony Pelham"),
    ("hardneg/policy_question", "ai_assist", False, "email",
     "Hi there, I'm on the parents' committee at Larkhill Primary and we're choosing a coach company for the summer "
     "trip. Could you send me your accessibility statement and say whether your coaches have wheelchair lifts? One "
     "of our pupils uses a powered chair. Thanks, Nadia Osei"),
    ("hardneg/own_prejudice", "ai_assist", False, "chat",
     "confession: on the booking form I typed 'British electrician only please'. Bit ashamed now, because Mr Nowak "
     "fixed the fuse board in forty minutes and tidied up after. Where do I rate him?"),
    ("ordinary/plain", "ai_assist", False, "email",
     "Hello, please could I have a duplicate of last year's ISA annual statement again? I've lost the paper one and "
     "my accountant needs it by Friday. Account ending 0047. Thanks, Gareth Lowe"),
    ("optneg/ai_mention", "ai_assist", False, "chat",
     "the assistant thing on your site swore blind that sending the kettle back costs nothing, then the courier "
     "label took £3.95 off my card. who do I believe?"),
    ("humanneg/quoted_request", "ai_assist", False, "email",
     "In my last e-mail I demanded 'a manager, today' over the missing cashback. Emma sorted it all out the next "
     "day, so ignore that. Now I just want to know if the cashback shows as one payment or two."),
    ("bias/disability_explicit", "bias_review", False, "email",
     "At your Fenwick Lane cinema the duty manager told me I couldn't stay in my wheelchair space for the late "
     "showing because 'we can't have you blocking the exit if there's a fire, it's easier if you come to a matinee'."
     " Everyone else with a ticket for that showing went in. I'd paid £14. Shauna Kirwan"),
    ("bias/religion_implicit", "bias_review", False, "letter",
     "Hello, I work Saturday shifts through your staffing app as a warehouse picker, agency ref 000-61428. In "
     "October I asked, through the proper form, to swap my Friday late shift (finishing 11pm) for any daytime shift,"
     " because from sunset on Friday I keep Shabbat. The answer was 'shift patterns are fixed, no changes'. Fine, I "
     "thought, those are the rules. Then last week two people on my team, Ryan and Chloe, had their Friday lates "
     "moved to Thursday so one could go to a festival and the other to football, both the same day they asked. Since"
     " my request I've also been offered far fewer shifts overall, down from four a week to one. I'd like a person "
     "in HR, not the app, to look at how these requests are decided. Thanks, Eli Rosenfeld"),
    ("hardneg/mention_plain", "ai_assist", False, "chat",
     "Hard of hearing, hearing aids both sides, so written answers suit me best. What time does the Lowther Street "
     "branch open on Sundays?"),
    ("hardneg/loyal_pricing", "ai_assist", False, "chat",
     "so the cat insurance renewal is up 40% and new customers get a month free. proper loyalty penalty. any chance "
     "of matching it?"),
    ("hardneg/identity_rude_staff", "ai_assist", False, "email",
     "Turban-wearing Sikh, 54, writing to complain about your driver on the 62 this morning. Before anyone wonders: "
     "he was rude to every single passenger, shouted at a mum with a buggy and a teenager too, and drove off while "
     "an old chap was still sitting down. Please pass it on. Harjit Bains"),
    ("ordinary/plain", "ai_assist", False, "chat",
     "can I pause my veg box over christmas, we're away 20th to 3rd"),
    ("optout/plain", "ai_assist", True, "email",
     "Please note for my file: no consent is given for automated or AI tools reading or answering my correspondence."
     " My actual question is whether the January direct debit will be taken on the 1st or the 2nd. Colin Yeats"),
    ("human/supervisor", "human", False, "chat",
     "line dropped on me 3 times now. I need whoever's senior enough to sign off a £212 refund, not another script"),
]
