"""English (UK) rows of blind set 49: (category, label, opt_out, style, text), written by hand."""

ROWS = [
    ("bias/explicit_remark", "bias_review", False, "voicemail",
     "Hi, er, it's Declan Ward, calling about the Marsh Lane services cafe on Sunday. So we're Irish Travellers, "
     "right, and we walked in, me and my two lads, and the lad at the till goes, quote, 'we don't serve your lot "
     "in here, go on, out'. In front of everyone. Um, we'd been in the queue ten minutes like anyone else. I want "
     "that recorded as discrimination against us, it's not on. Um, my youngest is eleven, he was crying in the car after. We've stopped there for years on the way to the horse fair, spent good money, never any trouble, and the manager, a woman with glasses, just stood there and said nothing, didn't say sorry, nothing. The time was about half two, there'll be your cameras. I've got the receipt from the fuel, eighty-odd quid, and the card ending 0041 if you need to find us. Right, so I'd like it looked into and someone to write back to the address on the receipt, Ward, 3 Copse Lane. Thanks."),
    ("bias/explicit_cause", "bias_review", False, "letter",
     "Ref: motor policy MP-000418277\n\nDear Sir or Madam,\n\nI am writing about the renewal quote I received on "
     "14 November. Last year I paid £412 for fully comprehensive cover on the same car, at the same address, with "
     "no claims. In October I telephoned to update my record because I now drive an adapted vehicle with hand "
     "controls, and I said openly that this is because of my disability (I have multiple sclerosis). The "
     "renewal that arrived two weeks later was £1,180, and the covering note said the increase reflected "
     "'changes to the risk profile of the policyholder'. Nothing about the car, the postcode or my driving has "
     "changed except the fact that you now know I am disabled. The adaptations were fitted by an approved "
     "installer and the DVLA has my licence on record with the relevant codes.\n\nI believe I have been priced "
     "up because of my disability and I ask you to review this as a discrimination complaint, explain in writing "
     "which factor produced the increase, and reissue the quote on the same basis as other drivers.\n\nYours "
     "faithfully,\nHelen Ashworth"),
    ("bias/explicit_comparison", "bias_review", False, "sms",
     "ur leisure centre told my trans daughter she cant use the girls changing room at swim club. the other girls "
     "on her team just walk in. why is she the only one sent to the disabled loo"),
    ("bias/explicit_after", "bias_review", False, "voicemail",
     "Yeah hi, it's Priya, about the flat on Cedar Row, ref ending 0047. So I'd had the viewing confirmed, "
     "referencing was fine, and then on the phone I just mentioned I'm pregnant, due in March, and literally "
     "an hour later the agent emails saying the landlord's 'gone with another applicant'. But the listing is "
     "still up today, same price. That's because I'm pregnant, isn't it. Not okay."),
    ("bias/implicit_access", "bias_review", False, "letter",
     "Your ref: BR/0000-7731\n\nDear Branch Manager,\n\nOn 27 November my husband, Alan Pryce, went to your "
     "Northgate branch to sign the paperwork for our joint savings account. Since his stroke last year he "
     "cannot manage steps and he moves about with a walking frame. The only front entrance has four steps. "
     "The side door has a bell with a sign saying 'ring for assistance'. He rang it for twenty minutes in the "
     "rain. When someone finally came out, she told him the side door 'isn't really used any more' and that "
     "he should 'come back with someone who can do the stairs for him'. He was then told the paperwork could "
     "not be signed anywhere but inside the branch.\n\nAny other customer can walk in and sign. My husband was "
     "sent home because of the way his body works since the stroke, and that is the second time this year. In May the lift at the Southgate branch was 'out of order' and he was told the same thing. "
     "I would like this treated as a complaint about being shut out of the branch, and I want to know what "
     "you will change so that he can come in like everyone else.\n\nYours sincerely,\nMargaret Pryce"),
    ("bias/implicit_comparison", "bias_review", False, "sms",
     "me and my mate applied for the same room same day same wage. his name is james, mine is mohammed. he got a "
     "viewing, i got 'fully booked' twice. explain that"),
    ("bias/implicit_after", "bias_review", False, "voicemail",
     "Hello, this is Brian Chalk, account ending 3390. I, um, turned sixty-five on the 2nd, and within the "
     "week my credit limit was cut from five thousand to two, no missed payments, same income, pension "
     "coming in as before. And the letter said something about my 'stage of life'. So I'm asking you to look "
     "at that properly because it seems to be just my birthday that changed, nothing else. I've banked with "
     "you forty years, er, never been late once, the house is paid off. My wife, she's sixty-one, hers "
     "wasn't touched, same account history near enough. I rang the number on the letter and the girl said it "
     "was 'a policy for customers at this point' and couldn't say more. So, yes. Anyway, that's the account "
     "ending 3390, Brian Chalk. Bye now, thank you."),
    ("bias/implicit_remark", "bias_review", False, "letter",
     "Reference: ID check, account application 0000-55120\n\nDear Sir or Madam,\n\nMy wife Ngozi and I opened "
     "accounts at your Kingsway branch on 2 December, one after the other, at the same desk, with the same kind "
     "of documents: passport, council tax bill, payslip. The adviser took my documents, smiled, and I was done "
     "in ten minutes. With my wife he looked at her passport for a long time and asked, 'but where are you "
     "really from?' She told him she was born in Leicester, which is printed in the passport. He then asked her "
     "for two more proofs of address, a letter from her employer and a utility bill in her own name, none of "
     "which he had asked me for. Her account is still 'pending review'.\n\nWe were treated differently at the "
     "same desk on the same morning. I ask that you investigate why my wife was questioned and asked for extra "
     "documents when I was not, and that her application is processed on the same terms as mine.\n\nYours "
     "faithfully,\nOwen Hartley"),

    ("hardneg/object_joke", "ai_assist", False, "sms",
     "lol the printer in my order pic is literally called the 'gypsy 3000' whoever named that needs sacking. "
     "anyway when does it ship"),
    ("hardneg/threat", "ai_assist", False, "voicemail",
     "Yeah, Gary Fenwick, order 0000-8812. Listen, if this sofa isn't here by Friday I'm going on every review "
     "site saying you're racist and sexist and whatever else, see how you like that. Nobody's been rude to me, "
     "I just want my sofa. Friday."),
    ("hardneg/own_prejudice", "ai_assist", False, "sms",
     "pls dont send the polish courier again he cant find anything. same driver as tuesday ok? order 000-4471"),
    ("hardneg/loyal_price", "ai_assist", False, "letter",
     "Ref: broadband account BB-000291044\n\nDear Customer Services,\n\nI have been with you for eleven years "
     "and I have just learned that new customers on my street are offered the same 500Mb package for £24 a "
     "month while I pay £47. This is discrimination against loyal customers, plain and simple. Nobody has been "
     "unpleasant to me and I have no complaint about the service itself, which works well; it is the price. "
     "Over the past three years I have paid something like £800 more than a neighbour who joined last spring, "
     "for exactly the same line.\n\nI would like my tariff moved to the current new-customer price from my next "
     "bill, or a written explanation of why existing customers pay double. If neither is possible, please send "
     "me the details of my contract end date and any early termination charge, because I will compare offers "
     "in January.\n\nYours faithfully,\nRoger Dunmore"),
    ("hardneg/policy_question", "ai_assist", False, "voicemail",
     "Hi there, it's Sunita from Greyhill Parish Council, we're thinking of booking your function room for a "
     "community lunch in February. Um, could you send me your equality and accessibility policy, and say "
     "whether there's a hearing loop and step-free access to the room, we need it for the grant form. Thanks."),
    ("hardneg/praise", "ai_assist", False, "letter",
     "Ref: thank-you, Westbridge store\n\nDear Sir or Madam,\n\nI want to tell you about Kerry at your "
     "Westbridge store. My son is autistic and shopping for school shoes is usually a nightmare of noise and "
     "waiting. Kerry saw him struggling, moved us to the quiet corner, dimmed the display lights there, and let "
     "him try the shoes at his own pace without any fuss. She spoke to him directly and kindly. We left with two "
     "pairs and no tears for the first time in years.\n\nPlease pass on our thanks and, if you have a staff award "
     "scheme, put her forward. It made a real difference to a boy who usually dreads going into town. I would also like to know if the quiet hour you advertise is every Tuesday or "
     "only in term time, because we will come back for PE kit in January.\n\nKind regards,\nLouise Garnett"),
    ("hardneg/rude_to_all", "ai_assist", False, "sms",
     "the bloke on the returns desk at riverside is rude to literally everyone, he snapped at the old lady before "
     "me and the teenager after. just want my £35 back for the kettle"),
    ("hardneg/mention_age", "ai_assist", False, "voicemail",
     "Hello, it's Dorothy Keane, I'm eighty-two so bear with me, er, I've got the new tablet you sent and I "
     "can't find where to put the Wi-Fi password in. The code on the router is 0000-4412 if that helps. "
     "Could you text me the steps? Thank you dear."),
    ("hardneg/mention_disability", "ai_assist", False, "sms",
     "hi, deaf here so no phone calls thx. could the fridge come sat 13th instead of wed? order 000-9028"),
    ("hardneg/mention_religion", "ai_assist", False, "letter",
     "Ref: catering order CT-000-3371\n\nDear Events Team,\n\nThank you for the quote for our church harvest "
     "supper on 18 January. We are a Methodist congregation and many of our members do not drink, so please "
     "remove the wine from the package and replace it with the elderflower pressé listed on your menu. Could "
     "you also confirm that the vegetarian option can be made without gelatine, and that you can serve at "
     "6.30 rather than 7pm, since a number of our older members need to leave early. Numbers are 64 adults and "
     "12 children at present and I will confirm the final figure by 5 January. The hall at Holcombe has a "
     "kitchen you are welcome to use for plating, and parking for your van is behind the vestry.\n\nWith thanks,\nRev. Alison "
     "Marr\nSt Barnabas Methodist Church, Holcombe"),
    ("hardneg/mention_pregnancy", "ai_assist", False, "voicemail",
     "Hi, Chloe Benson here, order 0000-6603, the maternity jeans. I'm six months pregnant and they're a bit "
     "tight already, ha, so could I swap them for the size up? Same colour. I'll drop them back at the "
     "Fairview store if that's easier. Cheers."),
    ("hardneg/student_project", "ai_assist", False, "letter",
     "Ref: research request, MA Social Policy\n\nDear Sir or Madam,\n\nI am a postgraduate student at the "
     "University of Westmarch writing a dissertation on how retailers handle complaints of discrimination and "
     "accessibility. I am not making a complaint myself. I would be grateful if you could tell me whether your "
     "company publishes figures on complaints about disability access, race or sex discrimination, how such "
     "complaints are categorised, and whether staff receive equality training. A short written answer would be "
     "enough; I will cite the company only by sector unless you agree otherwise. The project has ethics approval "
     "(ref ETH-0000-219) and my supervisor is happy to confirm this.\n\nThank you for your time.\n\nYours "
     "faithfully,\nTomasz Lewandowski"),

    ("ordinary/refund", "ai_assist", False, "sms",
     "returned the blender 3 wks ago, still no refund. order 000-5520. when?"),
    ("ordinary/delivery", "ai_assist", False, "voicemail",
     "Hiya, it's Sam at 14 Orchard Close, um, my parcel says delivered but there's nothing here, not with "
     "neighbours, not in the bin. Tracking number 0000-771-204. Can you check the photo the driver took? Ta."),
    ("ordinary/billing", "ai_assist", False, "letter",
     "Ref: gas and electricity account 0000-88410\n\nDear Sir or Madam,\n\nMy November bill charges me for "
     "1,940 kWh of electricity, which is roughly three times my normal use. I think the reading was estimated; "
     "the actual reading on 30 November was 04512, photographed and attached. Please correct the bill, "
     "confirm the revised amount and stop the direct debit of £311 due on 15 December until it is fixed.\n\n"
     "I have been a customer at this address since 2019 and have always paid on time. If it helps, the meter "
     "serial number is 00K0041772 and the cupboard is accessible any weekday after 3pm should someone need to "
     "read it in person. A paper copy of the corrected bill would be "
     "appreciated.\n\nYours faithfully,\nNadia Osei"),
    ("ordinary/account", "ai_assist", False, "sms",
     "app keeps saying 'session expired' the second i open it, since fri. reinstalled twice. username kbarlow88"),
    ("ordinary/product", "ai_assist", False, "voicemail",
     "Hello, calling about the cordless drill, model KD-18, I bought it last month. Er, does the battery from "
     "the older KD-14 fit it, or do I need the new one? Just want to know before I buy another. Thanks."),
    ("ordinary/cancel", "ai_assist", False, "letter",
     "Ref: membership 0000-31907\n\nDear Membership Team,\n\nPlease cancel my gym membership at the end of "
     "the current month, as I am moving to Aberdeen for work on 10 January. I understand there is a "
     "one-month notice period and I am happy for the December payment to be taken. I have enjoyed the "
     "classes and would not be leaving otherwise. Please confirm the cancellation in writing to this "
     "address, and let me know whether I need to return the key fob or whether it can simply be deactivated. "
     "I would also be grateful if the locker I rent (number 112) could be closed on the same date. My direct "
     "debit reference is 0000-31907-DD if your finance team need it. I will leave the fob at reception on my "
     "last visit unless you say otherwise.\n\nYours sincerely,\nEwan MacLeod"),

    ("optout/plain", "ai_assist", True, "sms",
     "dont run my messages thru ur chatbot or any ai. i havent agreed to that. answer: where is order 000-1138"),
    ("optout/plain", "ai_assist", True, "voicemail",
     "Hi, Fiona Hale, account 0000-4420. Er, I got a letter saying my calls are now 'analysed by automated "
     "systems'. I don't consent to that, I'm withdrawing whatever consent I gave, please take me out of it. "
     "Otherwise, I'm just checking my direct debit date moved to the 20th. Thanks."),
    ("optout/plain", "ai_assist", True, "letter",
     "Ref: privacy, customer 0000-62018\n\nDear Data Protection Officer,\n\nI have read your updated privacy "
     "notice, which says correspondence may be 'processed using artificial intelligence tools to improve "
     "service'. I object to any of my letters, emails or calls being processed in this way. I do not want a "
     "machine reading, summarising or answering what I send you, and I withdraw any consent I may have given by "
     "ticking a box when I signed up in 2021. Please record this objection on my account and confirm in writing "
     "that it has been applied.\n\nSeparately, please send me a copy of my last three statements by post, as "
     "the online portal has stopped loading them. They are needed for a mortgage application, so I would be grateful if they could be sent within the next fortnight to the address you hold.\n\nYours faithfully,\nGraham Ellery"),
    ("optout/plain", "ai_assist", True, "sms",
     "no bots on my account thx. stop the auto replies. just fix the address on my next bill: 9 mill st"),
    ("optout/with_person", "human", True, "voicemail",
     "Yes hello, it's Patrick Doyle, account 0000-7025. I've been going round in circles with your automated "
     "assistant all morning and I don't want it handling anything of mine, I don't agree to it. I want an "
     "actual person to ring me back on 07700 900418, please, about the boiler cover."),

    ("optneg/ai_question", "ai_assist", False, "sms",
     "is the new 'smart assistant' in ur app AI? does it work offline? just curious before i update"),
    ("optneg/ai_praise", "ai_assist", False, "voicemail",
     "Hi, um, just wanted to say the chatbot sorted my meter reading in two minutes last night, brilliant. "
     "Only thing, it said my next bill comes on the 3rd, can you confirm that? Account 0000-5146. Thanks."),

    ("human/person", "human", False, "sms",
     "pls put me thru to an actual human being, pension transfer 0000-2261 is stuck and the menu loops"),
    ("human/callback", "human", False, "voicemail",
     "Hello, it's Rachel Moore, I'm at work till five so could someone call me back after that on 07700 900273? "
     "It's about the damp survey for 22 Heron Way. Er, the surveyor came in October and I never "
     "got the report either, so whoever rings, if they could have that to hand. Thanks very much."),
    ("human/named_contact", "human", False, "letter",
     "Ref: claim HC-0000-4187\n\nDear Sir or Madam,\n\nYour adviser Mr Daniel Okafor handled my household "
     "claim in September and understands the history of the leak, the two visits from the loss adjuster and "
     "the disagreement about the kitchen units. The new letter of 28 November appears to reopen points he had "
     "already settled. I would like Mr Okafor to deal with this personally, or, if he has left, a named "
     "colleague who will take over the file. Please ask him to contact me by telephone on 07700 900651 between "
     "9 and 12 on weekdays.\n\nI enclose a copy of his email of 19 September confirming the agreed settlement "
     "of £2,340 for the units and worktop. I would rather not start the whole explanation again with somebody new unless there is no other choice.\n\nYours faithfully,\nJanet Silverwood"),
    ("human/supervisor", "human", False, "voicemail",
     "Right, this is the third time I've rung about the missing wardrobe doors, order 0000-9410, and each time "
     "it's 'next week'. I want a supervisor or a manager to phone me, not another promise. Mark Bell, "
     "07700 900902."),
    ("human/anyone_real", "human", False, "sms",
     "hello?? does a living person ever read this inbox or is it just auto replies. charged twice for one dress"),

    ("humanneg/staff_mention", "ai_assist", False, "voicemail",
     "Hi, just to say the two engineers who fitted the boiler yesterday were great, tidy and quick. Um, they "
     "said you'd send the warranty registration by email but it hasn't come. Can you send it? Ref 0000-3308."),
    ("humanneg/people_mention", "ai_assist", False, "sms",
     "my neighbour and her husband both ordered the same lamp and theirs came with bulbs, mine didnt. are bulbs "
     "included or not? 000-6672"),
]
