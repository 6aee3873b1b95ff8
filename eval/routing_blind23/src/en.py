"""Blind set 23, English rows: (category, label, opt_out, style, text). Written by hand, CC0-1.0."""

ROWS = [
    ("optout/plain", "ai_assist", True, "gigworker",
     "Hello Rider Support,\n\nCourier ID 55-81302 here. Since the app update last Thursday my earnings screen shows "
     "three drops from Saturday as 'unassigned', which is about £23 I haven't been paid, and the heat map keeps "
     "sending me to a closed car park behind the retail park. I've attached screenshots of all three drops.\n\n"
     "Separate point: the new rider handbook says chats with support are 'summarised by an AI assistant'. Not with "
     "mine, thanks. Keep my messages out of any AI tool at all.\n\nCheers,\nDanny Okoro\n"
     "Bike courier, Leeds central zone"),
    ("optout/plain", "ai_assist", True, "pharmacy",
     "Dear Pharmacy Team,\n\nI collect my dad's repeat prescriptions at your Castle Street branch. Last Monday "
     "the blister packs were ready but his inhaler was missing, and on Friday the text said 'ready' when it "
     "wasn't. He is 84 and it is a two-bus trip for him, so these wasted journeys add up.\n\nCould you check the "
     "repeat order is set up properly for the next cycle (due on the 14th)?\n\nAlso, for my own account: please "
     "don't use AI software on my emails or my messages in the app. I'm opting out of that.\n\nMany thanks,\n"
     "Carol Benfield"),
    ("optout/plain", "ai_assist", True, "expat",
     "Hello,\n\nI am Portuguese and living in Bristol since two years, so please excuse my English. My contract "
     "number is HB-330912. The engineer came for the boiler service on the 3rd but he did not bring the part, and "
     "now the next slot you propose is in five weeks, which is very long in the winter.\n\nOne more thing I want "
     "to be clear: I read that your emails can be answered with artificial intelligence. I do not accept this for "
     "my messages. Please a normal treatment, without the AI.\n\nBest regards,\nRui Matos"),
    ("optout/no_bot", "ai_assist", True, "letting",
     "Dear Sir or Madam,\n\nI manage four flats for private landlords on Albion Road and we use your portal for "
     "the tenancy deposit registrations. Two points this month:\n\n- Flat 2's deposit certificate still shows the "
     "old tenant's name;\n- the portal logged me out twice while uploading the inventory PDF.\n\nWhen you reply, "
     "I'd like a reply from your staff and not from the chatbot that has been answering lately. Please switch off "
     "automated responses on our agency account altogether.\n\nRegards,\nNadia Price\nLettings Manager\n"
     "Price & Rowe Property Ltd\nConfidential: meant solely for the named recipient."),
    ("optout/object", "ai_assist", True, "clubsec",
     "Dear Membership Services,\n\nI am Hon. Secretary of Brackley Bowls Club and hold the club's group policy "
     "with you (policy GP-77120). Our renewal pack arrived with the wrong number of members (38, not 41) and the "
     "premium looks to have been worked out on last year's figures.\n\nOn a personal note, your privacy notice "
     "says correspondence is analysed by machine learning to 'improve service'. Under data protection law I "
     "formally object to my personal emails being processed in that way. Please confirm in writing.\n\n"
     "Yours sincerely,\nGeoffrey Lamb\nHon. Secretary, Brackley Bowls Club"),
    ("optout/withdraw_consent", "ai_assist", True, "schooltrip",
     "Hi,\n\nBooking 6Y-2291, Year 8 residential to the Peak District, 24–26 June. My son Alfie's dietary form "
     "says 'none' but he is coeliac; I corrected it on the parent portal but the confirmation PDF still shows "
     "the old answer. Could someone update the kitchen list?\n\nAlso, when I registered I ticked the box agreeing "
     "that 'AI tools may help process enquiries'. I've changed my mind and I am withdrawing that consent as of "
     "today, for me and for anything I send about Alfie.\n\nThanks,\nRachel Dunn\n(Alfie Dunn, 8C)"),
    ("optout/proxy", "ai_assist", True, "pharmacy",
     "Good morning,\n\nI'm emailing for my mum, Mrs Eileen Walsh (DOB on file, patient ref 4470218), "
     "who has asked me to deal with her pharmacy account since her stroke. She has signed your third-party form, "
     "which I handed in at the Northgate branch.\n\nHer warfarin dose changed last week and the new dosette box "
     "needs the updated chart.\n\nMum has also asked me to pass on, very firmly, that she does not want an AI or "
     "any kind of computer program reading or answering her messages. Please note that on her record.\n\n"
     "Kind regards,\nSiobhan Walsh (daughter)"),
    ("optout/quoted", "ai_assist", True, "gigworker",
     "No, this doesn't help at all. The problem isn't my bank details, it's that the weekly payout was split into "
     "two and one half never arrived. Please read what I actually wrote. And I can see from the footer that this "
     "answer was written by an AI. I'm not okay with my support tickets being handled by AI, so stop putting mine "
     "through it.\n\nMarek\n\n-----Original Message-----\nFrom: Driver Help Centre\nSubject: RE: Missing payout\n\n"
     "> Hi Marek, thanks for reaching out! It sounds like your payout may be delayed due to incorrect bank details. "
     "Please update them in Settings > Payments.\n> Drafted by our AI helper, checked by the team."),
    ("optout/with_person", "human", True, "expat",
     "Dear Customer Service,\n\nI am from Poland and my English is not perfect, I hope you understand me. I have "
     "a mobile contract since January (number 07700 900417). Every month the bill is different and this month "
     "there is £18 for 'roaming' but I did not travel. I already wrote two times in the chat and the answers were "
     "from a robot, with text that did not answer my question.\n\nPlease, I do not want the AI to handle my case "
     "anymore. I ask to talk by telephone with a real person by telephone, a human employee who can look at the bill.\n\n"
     "Thank you,\nAgnieszka Nowak"),
    ("optout/with_person", "human", True, "letting",
     "Hello,\n\nI'm a landlord with two properties insured through you (refs LL-20871 and LL-20872). The claim "
     "for the water leak at the second one has now been open for seven weeks; the tenant has been living with a "
     "dehumidifier and a stained ceiling, and I'm paying for the dehumidifier.\n\nEvery update I get is a "
     "generic message that reads as if it came from software. I don't consent to automated handling of this "
     "claim or my correspondence. I'd like the name and direct line of the claims handler, and for that person "
     "to ring me this week.\n\nBest,\nTom Ashworth"),
    ("optneg/praise", "ai_assist", False, "schooltrip",
     "Dear Bookings,\n\nJust a quick note after the Year 6 trip to the Science Museum last Friday. The coach was "
     "on time, the lunch bags were labelled properly and my daughter hasn't stopped talking about the space "
     "gallery.\n\nI also want to say your website's little chat assistant was honestly better than I expected. I "
     "asked it at 11 at night whether packed lunches could include nuts and it gave the right answer straight "
     "away, with the link to the allergy policy. Whoever set that AI up did a good job.\n\nOne small request: can "
     "next year's letter go out before half term?\n\nBest wishes,\nLaura Finch"),
    ("optneg/quoted_optout", "ai_assist", False, "pharmacy",
     "Hi again,\n\nFollowing up my message from last spring, quoted below. Since then your app has changed and "
     "my neighbour showed me how the assistant works; I'm happy for you to use it with my account now, so "
     "please ignore that old request.\n\nWhat I actually need: my hay fever tablets were substituted for a "
     "different brand that gives me a dry mouth. Can the branch order the usual one?\n\nThanks,\nPeter Lowe\n\n"
     "> On 2 April, Peter Lowe wrote:\n> Please keep every AI away from at my prescriptions or my emails. Please "
     "take me off it."),
    ("optneg/ai_feature", "ai_assist", False, "gigworker",
     "Hi,\n\nI've been doing cleaning jobs through the platform for about eighteen months, rated 4.9, and I'm "
     "mostly happy. Two questions:\n\n1. The new 'AI smart scheduling' — does it take account of travel time "
     "between jobs? Last Tuesday it booked me in Headingley at 10 and Garforth at 10:45, which is impossible on "
     "buses.\n2. Can I set a maximum number of jobs per day myself, or does the AI decide?\n\nI'd like to try it "
     "properly but need to understand what it does first.\n\nThanks,\nGrace Mensah\nSelf-employed cleaner"),
    ("optneg/bot_wrong", "ai_assist", False, "clubsec",
     "Good afternoon,\n\nI'm the fixtures secretary for Old Mill Cricket Club and I booked the function room for "
     "our end-of-season dinner (booking FR-0938) for 40 people on Saturday 20 September.\n\nYour online "
     "assistant told me on Monday that the room includes a projector and that the deposit is refundable up to "
     "7 days before. The confirmation email says neither. Which is right? We need the projector for the awards "
     "slideshow and I can't take a risk with club money.\n\nMany thanks,\nAlan Prescott\nFixtures Secretary"),
    ("optneg/footer_ai", "ai_assist", False, "letting",
     "Dear Accounts,\n\nPlease find attached the landlord statement for Q2. I think two direct debits for the "
     "gas safety certificates at 14 Elm Grove were taken twice (£78 each, 3 and 4 May). Could you refund the "
     "duplicate or offset it against the July invoice?\n\nKind regards,\nHelen Carver\nSenior Property Manager\n"
     "Carver Lettings\n\nDisclaimer: Incoming and outgoing email at Carver Lettings is scanned by an AI-based "
     "filter for spam and viruses. This message is confidential; if you received it in error, please delete it "
     "and notify the sender. Carver Lettings Ltd, registered in England, no. 09000123."),
    ("optneg/someone_else", "ai_assist", False, "schooltrip",
     "Hello,\n\nI'm one of the parent volunteers for the Year 5 trip to Cadbury World on 9 July (school booking "
     "CW-4412). A few practical points:\n- three parents have asked if siblings under 4 can come;\n- the "
     "payment portal timed out for some of us yesterday evening;\n- one mum told me she refuses to use your "
     "AI chat helper and wants everything on paper, so could the final itinerary also be sent as a printed "
     "letter via the school office?\n\nThanks so much,\nKaren Doyle\nClass rep, Year 5"),
    ("optneg/quoted_other", "ai_assist", False, "clubsec",
     "Dear Sir/Madam,\n\nRe: Harwood Walking Group, coach hire 12 October (quote HC-5521).\n\nWe'd like to go ahead "
     "with the 33-seater. Please send the invoice to the club address below. For context, at our AGM one "
     "member, Mr Fielding, said, and I quote from the minutes, 'I object to any company using AI on my "
     "details.' I've not passed on his details, only mine as organiser, so that shouldn't be an issue for you.\n\n"
     "Could you also confirm the pick-up point at the library car park?\n\nRegards,\nJanet Hughes\nSecretary, "
     "Harwood Walking Group"),
    ("optneg/ai_product", "ai_assist", False, "expat",
     "Hello,\n\nI am Italian, living in Manchester, sorry for my mistakes. I bought on your website the "
     "'AI translator pen' (order 88-204517) to help with my English at work. It arrived with a UK plug "
     "adapter that does not fit and the app asks for a code that is not in the box. The instructions are only "
     "in Chinese and German.\n\nCan you send the activation code, or if it is not possible, how can I return it "
     "for a refund? I still have the box.\n\nThank you very much,\nFrancesca Rinaldi"),
    ("human/plain", "human", False, "gigworker",
     "To whoever is actually on the other end,\n\nMy driver account was suspended on Sunday 'pending review' "
     "after a passenger complaint I know nothing about. I've done 2,300 trips, 4.93 rating, no previous "
     "issues. I've sent my dashcam footage twice through the form and had the same copy-paste answer twice.\n\n"
     "Rent is due on the 1st. I need an actual person on your side to open my account and tell me what I'm accused of, "
     "not another template. Can someone from the review team contact me?\n\nKhalid Rahman\nDriver ID 7703-LN"),
    ("human/plain", "human", False, "pharmacy",
     "Hello,\n\nMy husband's insulin delivery (order PH-661093) was marked delivered yesterday at 14:12 but "
     "nothing came; we were both in all afternoon. The tracking photo is of a door that isn't ours. He has about "
     "four days of pens left.\n\nThe online form was tried first and it just says 'we'll be in touch within 5 working "
     "days', which is too long for this. Could a pharmacist or someone from your team please ring me on "
     "07700 900283 today?\n\nThank you,\nMargaret Osei"),
    ("human/callback", "human", False, "schooltrip",
     "Dear Trip Coordinator,\n\nOur daughter Ella is booked on the Year 10 ski trip to Austria in February "
     "(booking ST-7720, parent account Harper). We've paid instalments one and two, but the third has been "
     "taken twice from our account, £310 each time.\n\nThere's also a question about her travel insurance, as "
     "she had knee surgery in the summer and we need to know whether the group policy covers her.\n\nThese are "
     "a bit too involved for email. Could somebody call me back? I'm free after 4pm on 07700 900561.\n\n"
     "Kind regards,\nSam Harper"),
    ("human/supervisor", "human", False, "letting",
     "Dear Mr Lyons,\n\nFourth email now regarding the broken extractor fan and mould in the bathroom at "
     "Flat 6, 21 Cedar Court. Your colleague inspected on 2 August and said a contractor would be booked 'within "
     "a fortnight'. Nothing since. My daughter has asthma and the mould is spreading onto the bedroom wall.\n\n"
     "I am not prepared to keep chasing the same inbox. Please pass this to your branch manager or whoever "
     "supervises maintenance, and I want to hear from them directly.\n\nAnthony Clarke\nTenant, Flat 6"),
    ("human/anyone", "human", False, "clubsec",
     "Hello?\n\nThree times I've received the same automatic acknowledgement three times (below). I'm the secretary of "
     "Fenwick Amateur Dramatic Society and we have a hall booking for the panto dress rehearsal on 6 December "
     "that your system has cancelled without explanation. Tickets are sold.\n\nIs anybody actually reading these? "
     "Please, I'd really like a human being to confirm the booking is still ours.\n\nPauline Wragg\nSecretary, "
     "FADS\n\n> Thank you for contacting Community Venues. Your enquiry has been received and will be answered "
     "in turn. Ref CV-11802."),
    ("human/named_contact", "human", False, "expat",
     "Dear team,\n\nI am from Brazil and I am living in Edinburgh with a work visa. In March I opened a current "
     "account with you and Mr Fraser Cole at the Princes Street branch helped me very much with the documents, "
     "because my proof of address was in Portuguese.\n\nNow the bank asks again for the same documents and blocks "
     "my card for international transfers. I think Mr Cole knows my case. Could he contact me, please? I prefer "
     "to speak with him and not to explain everything again.\n\nMany thanks,\nLeandro Figueira"),
    ("humanneg/thanks_agent", "ai_assist", False, "pharmacy",
     "Dear Customer Care,\n\nI just wanted to put on record how helpful Priyanka at your Market Square branch "
     "was on Saturday. My mum's blood pressure tablets had been discontinued and she sorted an alternative with "
     "the GP surgery over the phone while we waited, then explained the new dosing to mum twice, slowly, without "
     "any impatience.\n\nCould you pass this on to her manager? She deserves it.\n\nAlso, could you confirm the "
     "new repeat is linked to mum's online account (ref 2093381)?\n\nWarm regards,\nJulie Barnes"),
    ("humanneg/quoted_request", "ai_assist", False, "gigworker",
     "Hi,\n\nJust closing the loop on this. The team lead called me Wednesday, the missing tips (£41.60) have "
     "now shown in my wallet and the account flag is gone, so all good from my side. Thanks.\n\nOne small "
     "thing: can you confirm my vehicle insurance document uploaded OK? The app shows a grey tick, not green.\n\n"
     "Sophie\n\n> On Mon, Sophie Hale wrote:\n> This is ridiculous. Get me a manager, not another "
     "form. Three weeks of tips are missing!"),
    ("bias/disability", "bias_review", False, "clubsec",
     "Dear Bookings Manager,\n\nI'm the secretary of Riverside Wheelers, a cycling club that includes hand-cycle "
     "riders. We asked to book your café's upstairs room for our Christmas lunch (18 people) and were told on the "
     "phone it was free that date. When I mentioned three of our members use wheelchairs and would need the "
     "lift, the manager said, 'Ah, actually we're fully booked — maybe somewhere more suitable for them.' A "
     "member's husband rang an hour later for the same date, said nothing about wheelchairs, and was offered "
     "the room. I'd like an explanation.\n\nMartin Kerr, Secretary"),
    ("bias/age", "bias_review", False, "gigworker",
     "Hello Partner Support,\n\nI'm 64 and have delivered with you for three years with no complaints. After I "
     "updated my date of birth in my profile last month (it had been wrong since sign-up), my batches dropped "
     "from around 30 a week to 4. Nothing else changed: same van, same zone, same rating. My colleague, who is "
     "29, started the same month as me and still gets full batches. When I asked the local hub, the supervisor "
     "said, 'They prefer younger drivers for the heavy routes, mate.' That's not right, and I expect this to be investigated.\n\nBrian Stokes"),
    ("bias/religion", "bias_review", False, "letting",
     "Dear Sirs,\n\nI enquired about the two-bed flat on Kingsway advertised on your site (ref KW-14). On the "
     "phone your negotiator was friendly, confirmed it was available and booked a viewing. At the viewing I "
     "mentioned that I'd need to fit a mezuzah on the door frame. His face changed and he said, 'The landlord "
     "doesn't really want religious types, it's a quiet building.' The next day it was 'let agreed', yet it was "
     "re-advertised the following week. I'd like you to explain why.\n\nYours faithfully,\nDavid Abrahams"),
    ("bias/race", "bias_review", False, "expat",
     "Dear Sir or Madam,\n\nI am from Nigeria and I live in Reading since last year. On 5 October I tried to "
     "collect a parcel at your depot with my passport and the card you left. The man at the desk said the "
     "passport 'could be anybody's' and refused. The white gentleman behind me had only a bank card with his "
     "name and got his parcel immediately. Asked why, he answered, 'You people always try it on.' I was "
     "humiliated in front of everyone. I want this investigated.\n\nRegards,\nChinedu Eze"),
    ("bias/gender", "bias_review", False, "schooltrip",
     "Dear Head of Outdoor Activities,\n\nMy daughter Maisie (Year 9) signed up for the rock-climbing option on "
     "the Wales trip, paid the £45 supplement, and was then moved to 'arts and crafts'. When I rang, your "
     "instructor told me 'climbing is really a boys' activity, the girls enjoy the craft tent more.' Two boys "
     "from her form who signed up after her are climbing. She is a member of the climbing wall at the leisure "
     "centre. I'd like her put back on the climbing list and an explanation.\n\nBest,\nNicola Grant"),
    ("bias/origin", "bias_review", False, "pharmacy",
     "Dear Sir/Madam,\n\nMy mother, 71, is Bangladeshi and speaks English with a strong accent. For two years she "
     "has collected her own medication at your Whitechapel branch. Since a new counter assistant started in "
     "August, she is asked to 'come back with a relative who speaks English' and sent away, while my English "
     "neighbour collects for her own mother with no questions. Last week the assistant said to my mum, "
     "'Learn the language, then come back.' Mum now refuses to go in. This is not acceptable.\n\nRegards,\n"
     "Rehana Begum"),
    ("hardneg/threat_label", "ai_assist", False, "schooltrip",
     "Hi,\n\nSlightly embarrassing email. My son (Year 7) came home furious that the coach seats for the "
     "Thorpe Park trip are assigned by register order and he's at the back 'next to the teachers'. He says it's "
     "'literally discrimination against people with surnames starting with W' and has drafted you a petition. "
     "I've told him it isn't. What I would like to know, seriously, is whether the travel sickness tablets he "
     "takes need a signed form, and whether he can keep them in his bag.\n\nThanks,\nEmma Woodward"),
    ("hardneg/mention", "ai_assist", False, "clubsec",
     "Good morning,\n\nI'm the secretary of Eastfield Over-60s Social Club and we're booking the canal boat day "
     "trip again for 26 members on 14 May. Last year was lovely. A few requests:\n- two members use walking "
     "frames, so a boarding ramp please;\n- one is registered blind and will bring her guide dog;\n- several "
     "are diabetic, so lunch at 12:30 sharp would help.\n\nPlease invoice the club; our treasurer will pay by "
     "bank transfer within 14 days.\n\nWith thanks,\nMaureen Platt\nSecretary"),
    ("hardneg/forwarded_complaint", "ai_assist", False, "pharmacy",
     "Hello,\n\nForwarding the thread below, which dates from 2023. It was about my late father and it was "
     "resolved at the time with an apology from your area manager, so I'm not reopening it. I only send it because "
     "it has his patient number, which I need for the next step: closing his online account and cancelling "
     "the repeat that still comes through.\n\nMany thanks,\nAndrew Pike\n\n---------- Forwarded message ----------\n"
     "> I was refused my prescription because of my age and treated like I was senile. A younger man was served "
     "straight away. This is age discrimination. — R. Pike"),
    ("hardneg/pricing", "ai_assist", False, "gigworker",
     "Dear Support,\n\nI've been a host on the platform for five years. This month the service fee for hosts "
     "went from 3% to 5.5%, while new hosts get a 'welcome rate' of 1% for six months. Honestly, this is "
     "discrimination against loyal hosts, and I'm not the only one saying it on the forum. I've also noticed "
     "payouts now take 5 days instead of 2.\n\nCould you explain the new fee structure, and whether there is "
     "any loyalty rate for long-standing hosts like me?\n\nBest,\nOliver Grant\nSuperhost since 2021"),
    ("hardneg/own_prejudice", "ai_assist", False, "letting",
     "Hi,\n\nFeedback on the check-out inspection at 9 Beech Walk last week. I'll be honest, when a young woman "
     "turned up to do it I assumed she'd rush it — the last inspector was a retired surveyor. I was wrong: "
     "her report was the most thorough I've had, with dated photos of every mark. Please tell her so.\n\n"
     "Actual question: the report lists a scratch on the worktop as tenant damage. The tenant says it was in "
     "the inventory. Can you send me the check-in photos to compare?\n\nRegards,\nColin Mayhew, landlord"),
    ("hardneg/policy_question", "ai_assist", False, "expat",
     "Dear HR Recruitment,\n\nI am Spanish, currently in Cardiff, and I am applying for the analyst post (ref "
     "AN-2207). Before I submit, could you tell me:\n- whether you sponsor skilled worker visas;\n- where I can "
     "read your equality, diversity and inclusion policy;\n- if you publish the gender pay gap report;\n- "
     "whether interviews can be online, since I am in Spain in July.\n\nI just want to understand the company "
     "before applying. Thank you for your time.\n\nKind regards,\nMarta Iglesias"),
    ("ordinary/plain", "ai_assist", False, "letting",
     "Dear Sir/Madam,\n\nRent account for 3 Holly Mews, tenant reference HM-3-2024. From next month I'll be "
     "paying by standing order from a new bank (sort code and account on the attached form), because my old bank "
     "is closing its local branch and I'm moving everything.\n\nCould you:\n1. confirm you've received the form;\n"
     "2. cancel the old direct debit at your end so I don't pay twice;\n3. send an up-to-date rent statement "
     "showing I'm not in arrears?\n\nThank you, and have a good weekend.\n\nYours faithfully,\nIsaac Brown"),
    ("ordinary/plain", "ai_assist", False, "clubsec",
     "Hello,\n\nI've just taken over as secretary of Ashby Photographic Society from Linda, who has moved away. "
     "Our group membership with your gallery (ref GM-50133) renews in November.\n\nPlease could you update the "
     "main contact to me (details below), change the invoice address to the community centre, and let me know "
     "whether our members still get the 10% discount on exhibition printing? Linda thought it had been "
     "extended to framing this year.\n\nMany thanks,\nRoger Bell\nSecretary, Ashby Photographic Society"),
]
