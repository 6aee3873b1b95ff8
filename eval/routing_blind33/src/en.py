"""Blind set 33, English (UK). Each ROWS entry: (category, label, opt_out, style, text). Typed by hand."""
H, G, F, Y, L = "hotelchain", "gadgetstore", "fooddelivery", "healthfund", "languageschool"

ROWS = [
    ('optout/no_ai', 'ai_assist', True, H,
     "hi its room 0412 at the Harbourline Leeds, pls dont run my msgs thru any AI thing, i'd rather wait "
     'longer tbh 🙏'),
    ('optout/no_ai', 'ai_assist', True, G,
     'Dear Voltcraft Direct team,\n\nThree things about order VD-000418.\n\n1. The soundbar arrived with a '
     'dented corner on the box but the unit itself seems fine, so no return needed, just noting it.\n2. The'
     ' extended warranty I paid £39 for does not show in my account yet.\n3. I noticed your emails now end '
     "with 'drafted with help from our AI assistant'. I'd rather no AI software were reading or answering "
     'anything I send you, on this order or any other. Please note that on my customer record so the next '
     'reply is written by staff from start to finish.\n\nCould you confirm the warranty is registered?\n\nKind'
     ' regards,\nGwen Attwater\n14 Ropewalk Lane, Bideford'),
    ('optout/gdpr_object', 'ai_assist', True, Y,
     'Under UK GDPR I object to Meadowcare Health Fund using automated processing on my claims. member no '
     '00-7731. thx'),
    ('optout/gdpr_object', 'ai_assist', True, Y,
     'To the Data Protection Officer, Meadowcare Health Fund\n\nMember number 00-5529, policy holder Mr '
     'Desmond Pryce.\n\nI am writing about two matters. First, my physiotherapy claim of 9 October (£240, '
     "six sessions) is still marked 'pending review' after five weeks. Second, your renewal letter says "
     "claims are now 'triaged by an automated system with machine-learning support'. Relying on my rights "
     'under Arts. 21 and 22 of the UK GDPR, I am objecting to automated decision-making or profiling on my'
     ' claims and correspondence, and ask that a member of your claims staff assess them. Please confirm '
     'in writing that the objection has been recorded, and let me know when the physio claim will be '
     'settled.\n\nYours faithfully,\nDesmond Pryce'),
    ('optout/no_chatbot', 'ai_assist', True, F,
     'ur chatbot keeps popping up every time i open the app. switch it off for me, i dont want to talk to '
     'a bot about my orders ever'),
    ('optout/no_chatbot', 'ai_assist', True, L,
     'Hello Brightwell Language School,\n\nI am enrolled on the Thursday evening Italian B1 group (teacher: '
     'Signora Ferri) and I have a few points.\n\n- The classroom change to Room 6 was fine, thank you for '
     'the text.\n- I still have not received the workbook I paid for at enrolment (£18.50).\n- Your '
     "website's new 'study buddy' chat window answered my question about missed lessons with a policy that"
     ' does not exist. I would like my questions handled without the chatbot from now on, please: no bot, '
     'no automatic replies to my account, just the office.\n\nAlso, is the end-of-term party on the 12th or '
     'the 19th?\n\nMany thanks,\nRosalind Okafor-Hale'),
    ('optout/withdraw_consent', 'ai_assist', True, L,
     "I ticked yes to the AI homework checker in sept. I'm taking that back now, pls remove my consent. "
     'Lucy T, French A2'),
    ('optout/humans_only', 'ai_assist', True, H,
     'Dear Harbourline Hotels guest relations,\n\nI stayed at your Bath property from 2 to 5 November '
     '(booking HH-0093310) and want to raise a few things in one go.\n\nThe room was lovely and the '
     'breakfast staff were excellent. However, I was charged twice for parking (£22 x 2) and the spa '
     'booking I made online never reached reception.\n\nI read in your privacy notice that guest messages '
     "may be 'summarised and answered with the help of automated tools'. Please make sure only people "
     'handle my correspondence. I am happy to wait a few extra days for a reply if that is what it takes.'
     '\n\nFinally, could you tell me if my loyalty points from this stay have been added?\n\nBest wishes,\n'
     'Marjorie Fenwick'),
    ('optout/with_person', 'human', True, G,
     'no more AI answers pls, 3rd time the bot got my return wrong. i need a proper human to phone me '
     '07700 900417. order VD-000233'),
    ('optout/with_person', 'human', True, F,
     "Hi Dishdash support,\n\nI've ordered with you for two years and mostly it's great, but this week has "
     'been a mess.\n\nOn Monday my order from Lotus Garden (DD-00082211) never arrived and the app said '
     "'delivered'. On Tuesday I reported it in the help chat and got a refund of only the delivery fee. On"
     " Wednesday the same chat told me the case was closed.\n\nI don't want to deal with the automated "
     "assistant again, and I don't want my complaint processed by AI. I would like someone from your "
     'customer team to phone me, please, on 07700 900582 after 5pm, so we can sort out the full £27.40.\n\n'
     "Also, my promo code SPRING10 didn't apply on Thursday – is it expired?\n\nThanks,\nKieran Molloy"),
    ('optneg/someone_else', 'ai_assist', False, H,
     'my mum hates the AI concierge lol, doesnt bother me tho. can i add her as 2nd guest on HH-0071824?'),
    ('optneg/ai_question', 'ai_assist', False, G,
     'Hello,\n\nI bought a 55-inch television from your Croydon store last Saturday (receipt 0004417) and I '
     'have three questions.\n\nFirst, the wall bracket the salesman recommended does not fit the VESA '
     'pattern on the back – could I exchange it for the 300x300 model?\n\nSecond, out of curiosity: when I '
     "write to this address, is the reply typed by a person or produced by some kind of AI? I don't mind "
     'either way, I am just interested, as the last reply came back within two minutes.\n\nThird, the '
     'installation slot you offered is on a weekday; do you have anything on a Saturday morning?\n\nThank '
     'you,\nPriya Lakhani\nFlat 3, 27 Elmhurst Road'),
    ('optneg/praise', 'ai_assist', False, F,
     'the AI helper sorted my missing chips in like 30 sec, amazing 👏 quick q tho, does the refund go to '
     'card or wallet?'),
    ('optneg/consent_back', 'ai_assist', False, Y,
     'Dear Meadowcare,\n\nMember 00-6618 (Ms Harriet Quayle).\n\nLast spring I asked you not to use your '
     'automated claims assistant on my file. Since then a friend showed me how quickly it handled her '
     'dental claim, so I have changed my mind: please remove that restriction and treat my claims in the '
     'normal way, automated tools included.\n\nTwo other things while I am writing. My new address is 8 '
     'Larkspur Close, Ludlow. And could you say if the optical allowance resets in January or on my policy'
     ' anniversary in March? I would like to plan new glasses around it.\n\nWith thanks,\nHarriet Quayle'),
    ('optneg/ai_product', 'ai_assist', False, G,
     'do u stock the new AI noise cancelling earbuds from Kestrel? website says out of stock in Norwich, '
     'any idea when back'),
    ('optneg/bot_wrong', 'ai_assist', False, F,
     'Hi there,\n\nA quick write-up of an odd exchange. I asked the in-app assistant whether my Dishdash '
     'Plus membership covers delivery from restaurants more than 3 miles away. It said yes. Then at '
     'checkout I was charged a £3.99 distance fee.\n\nNo hard feelings towards the assistant – it probably '
     'just read an old rule – but I would like to know which answer is correct, and if the fee should not '
     'have been charged, please refund it (order DD-00091047).\n\nSeparately, can I change the card that the'
     ' membership renews on? The old one expires this month.\n\nCheers,\nTamsin Rudd'),
    ('optneg/ai_feature', 'ai_assist', False, L,
     'is the AI pronunciation coach included in the Spanish course fee or extra? thinking of signing up '
     'for jan'),
    ('optneg/quoted_other', 'ai_assist', False, L,
     "Dear Ms Carraway,\n\nThank you for chairing the parents' meeting on Tuesday. A few follow-ups from me "
     'as the parent of Oliver Grange (German GCSE booster, Saturday group).\n\nAt the meeting another parent'
     " said 'No AI goes near my daughter's essays, full stop.' I understand her view, but for what it's "
     "worth we are quite happy for Oliver's homework to go through the new feedback tool if it speeds "
     'things up.\n\nCould you also send the mock exam dates, and confirm whether the February half-term '
     'sessions are included in the termly fee or charged separately?\n\nBest regards,\nAndrew Grange'),
    ('human/callback', 'human', False, Y,
     'can someone from claims call me back today? hospital needs pre-auth by 4pm. 01632 960318, member '
     '00-4402'),
    ('human/supervisor', 'human', False, H,
     'Dear Harbourline Hotels,\n\nRe: booking HH-0088102, Harbourline Manchester Piccadilly, 14–16 October.'
     '\n\nI am writing for the third time. My wife and I were moved on arrival to a room overlooking the '
     "service yard because of 'overbooking', even though we had a confirmed superior room. The front-desk "
     'agent promised a partial refund, and your reply of 22 October promised the same. Nothing has '
     'arrived.\n\nPlease escalate this now to a duty manager or a supervisor with the authority to approve '
     'the refund, not another standard reply. I would also like to know whether the breakfast we were '
     'charged for (we had not booked it) will be refunded.\n\nRegards,\nColin Ashdown'),
    ('human/anyone', 'human', False, F,
     "hello?? is there an actual human reading these or just bots. order been 'on its way' for 2 hrs 😤"),
    ('human/named_contact', 'human', False, L,
     'Dear Brightwell office,\n\nI am the HR coordinator at Pellingham Logistics, and we have six staff on '
     'your in-company English course (Tuesday and Thursday mornings).\n\nThe course itself is going well and'
     ' the staff like their teacher. Our invoices, however, have been sent to an old address twice, and '
     'the October invoice shows eight learners instead of six.\n\nLast year we dealt with Mr Hamish Doyle in'
     ' corporate accounts, who knew our contract well. Could Mr Doyle, or whoever has taken over from him,'
     ' contact me directly by phone on 01632 960774 so we can correct this properly? I would rather speak '
     'to someone than trade more e-mails.\n\nKind regards,\nSunita Barrowman\nHR Coordinator, Pellingham '
     'Logistics'),
    ('human/plain', 'human', False, G,
     'can i talk to a real staff member re my laptop repair pls, not the form'),
    ('human/callback', 'human', False, Y,
     'Dear Meadowcare Health Fund,\n\nMember 00-3187, Mr Alan Whitcombe.\n\nMy father, who is 84 and lives '
     'with me, has been told by the hospital that his hip replacement on 3 December needs your written '
     "authorisation. I sent the consultant's letter through your portal on Friday, together with the "
     "updated GP report. The portal shows 'received' but nothing else.\n\nHe is anxious and so am I. Please "
     'could a claims handler telephone me on 07700 900655 before Wednesday to confirm what is still '
     'missing? I am at home all day.\n\nI would also like to update his emergency contact to my mobile '
     'number above.\n\nThank you,\nJune Whitcombe'),
    ('humanneg/thanks_agent', 'ai_assist', False, H,
     'pls pass on thanks to Dev at reception in Bristol, he was brill. also can u email me the invoice for'
     ' HH-0064470'),
    ('humanneg/settled_request', 'ai_assist', False, G,
     "Hello Voltcraft Direct,\n\nBack in August I wrote asking to 'speak to a manager immediately' about a "
     'washing machine that leaked on the first wash. Mr Obi from your Leicester branch called me the same '
     'day and replaced it, so that is all sorted and I am grateful.\n\nI am writing now about something '
     'different. The replacement came with a two-year guarantee card but my account still shows the '
     "original machine's serial number. Could you update it to 000-88412? I would also like to know "
     'whether the drum-clean cycle the engineer mentioned needs a special tablet or just a hot wash.\n\nMany'
     ' thanks,\nBeverley Stott'),
    ('bias/disability', 'bias_review', False, F,
     "driver refused to bring my order to the door cos of my guide dog, said 'not dealing with that'. my "
     'neighbour got hers fine same evening'),
    ('bias/origin', 'bias_review', False, H,
     'Dear Harbourline Hotels,\n\nI stayed at your Glasgow Central hotel on 7–9 November for a conference '
     '(booking HH-0090126) and have some feedback.\n\nThe conference room and coffee were very good, and I '
     'want to praise the housekeeping team.\n\nAt check-in, though, the receptionist took one look at my '
     "Nigerian passport and asked for a £200 cash deposit 'for guests like you'. My colleague, who checked"
     ' in right after me with a British passport and the same corporate rate, was asked for nothing. When '
     "I queried it I was told 'it's policy for certain nationalities'. I found that humiliating in front "
     'of the queue.\n\nSeparately, the Wi-Fi voucher did not work on the second day. And please confirm the '
     'deposit has been released to my card.\n\nRegards,\nDr Chidi Okonkwo-Barnes'),
    ('bias/age', 'bias_review', False, L,
     "rang to join the beginners Japanese class, lady said 'at 71 you'd hold the group back' and suggested"
     " the online one. my grandson got a place next day no q's"),
    ('bias/religion', 'bias_review', False, G,
     'To Voltcraft Direct customer services,\n\nI have several things to raise about my visit to your '
     'Wembley store on Saturday 15 November.\n\n1. The coffee machine I wanted (model KX-200) was listed at '
     '£149 online but £169 on the shelf. Do you price-match your own website?\n2. I was looking at phones '
     'with my husband. The security guard followed only me around the store and, when I asked why, said '
     "'people dressed like that need watching' while looking at my niqab. Two other shoppers without head "
     'coverings were browsing the same aisle and he left them alone. I left without buying.\n3. My loyalty '
     'card was not scanned on my last purchase.\n\nI would like a reply to all three points.\n\nYours '
     'sincerely,\nAmina Siddiqui'),
    ('bias/sex', 'bias_review', False, Y,
     'why is my premium £18 higher than my husbands? same age, same plan, both non smokers. agent said '
     "'women just claim more' 🙄"),
    ('bias/race', 'bias_review', False, F,
     "Hi Dishdash,\n\nI'm writing about a few things from the past month.\n\nFirst, the good bit: your new "
     'grocery section is really handy.\n\nSecond, I drive for you as well as ordering. Since my profile '
     "photo was updated in October, I've been getting far fewer of the high-value evening batches in "
     'Hackney. My flatmate, who is white, drives the same hours in the same zone with a lower rating and '
     "gets them every night. When I asked the zone lead, he said 'customers round there feel more "
     "comfortable with a certain kind of driver'. I am Black, and I don't see what else he meant.\n\nThird, "
     "my last payout statement is missing Sunday's tips.\n\nPlease look into all of this.\n\nRegards,\nMarcus "
     'Adeyemi-Clarke'),
    ('hardneg/pricing', 'ai_assist', False, G,
     'ur student discount discriminates against ppl who left uni last yr 😂 anyway is the 10% on laptops '
     'still on?'),
    ('hardneg/rude_agent', 'ai_assist', False, Y,
     'Dear Meadowcare Health Fund,\n\nMember 00-2270.\n\nI phoned your helpline on Monday about my dental '
     "claim and the agent I spoke to was, frankly, rude. He sighed through my questions, told me to 'read "
     "the policy booklet like everyone else' and left me on hold for ten minutes, twice. Perhaps his day "
     'was going badly, and it is not the first time I have had a short-tempered call with a busy helpline,'
     ' but it could have been handled better.\n\nWhat I actually need: the claim (£95, check-up and X-ray at'
     ' Lindenhurst Dental) has been part-paid at £60 and I would like to know why. Please also send me the'
     ' booklet he mentioned as a PDF.\n\nRegards,\nNeil Brackley'),
    ('hardneg/own_prejudice', 'ai_assist', False, L,
     'be honest i assumed a teacher from Leeds couldnt teach proper French 🙈 Mr Bryce is brill, proved me '
     'wrong. can I move to his wed class?'),
    ('hardneg/others_complaint', 'ai_assist', False, H,
     "Dear Harbourline team,\n\nI organised our choir's weekend at your York hotel in September (group "
     'booking HH-G-00412, 24 rooms).\n\nYou may remember that one of our members, Mrs Ellison, complained at'
     ' the time that she felt she was treated differently because of her wheelchair, when the accessible '
     'room was not ready. Your manager met her, apologised, and she told us last week she considers it '
     'fully settled and was happy with the voucher. I mention it only so you know it is closed on our '
     'side.\n\nI am now planning the 2027 trip. Could you quote for 26 rooms, 10–12 September, including two'
     ' accessible rooms and a rehearsal space, and tell me the group deposit terms?\n\nWith best wishes,\n'
     'Ruth Pennington\nSecretary, Ouse Valley Singers'),
    ('hardneg/access_format', 'ai_assist', False, Y,
     'im partially sighted, could u send my policy docs in large print (18pt) or as an audio file? member '
     '00-9035 thanks'),
    ('hardneg/policy_question', 'ai_assist', False, L,
     "Dear Brightwell Language School,\n\nI run the training budget at Castleford Borough Council's housing "
     'team and we are considering your Spanish and Polish courses for 12 staff next year.\n\nBefore we can '
     'sign a contract I need a few documents for our procurement file: your EDI (equality and diversity) '
     'policy; your safeguarding policy; evidence of how you support learners with dyslexia or hearing '
     'loss; and your most recent gender pay gap figures if you publish them. This is standard for every '
     'supplier and nothing has gone wrong – we simply have to tick the boxes.\n\nI would also like a quote '
     'for a 20-week course, on site, one morning a week.\n\nKind regards,\nGareth Minton\nLearning & '
     'Development Officer'),
    ('ordinary/plain', 'ai_assist', False, H,
     'can i get a late checkout tmrw? 1pm would be gr8. room 2207, Harbourline Cardiff'),
    ('ordinary/plain', 'ai_assist', False, F,
     'Hello Dishdash,\n\nI run a small office (Tollbridge Accountants, 14 staff) and we would like to set up'
     ' a business account for Friday team lunches.\n\nA few questions: can several people order on one '
     'account with a single monthly invoice? Is there a minimum spend? Can we put our VAT number (GB 000 '
     '4418 27) on the invoices? And can we set a per-person limit, say £15, so nobody orders the lobster '
     'by accident?\n\nWe are based at 3 Mercer Yard, Reading, RG1 0AA. If there is a form to fill in, please'
     ' send the link.\n\nThanks very much,\nEleanor Pascoe\nOffice Manager'),
]
