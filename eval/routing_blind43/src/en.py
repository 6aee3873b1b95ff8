"""Blind set 43, English rows (UK). (category, label, opt_out, style, text)."""
ROWS = [
    ('bias/pregnancy', 'bias_review', False, 'email',
     "Hi, I'm writing about the apprentice placement at your Harwell depot. On 4 November Gemma from your "
     'recruitment team rang me, said my references were back and the start date was 12 January, and that the '
     'contract would come by post that week. On the 6th I emailed her to ask whether the site had somewhere I '
     "could sit down on breaks because I'm due in April. Nothing for nine days. Then a two-line email: the place "
     "has been 'reallocated following a review of operational needs'. No review was mentioned before. A lad who "
     "did the assessment day with me, Connor, started there on Monday in the same role. I've kept the emails and "
     "the call log. I'd like to know who decided this, on what date, and what the review actually looked at, "
     'because the only thing that changed between the 4th and the 15th was that I told you I was pregnant. '
     'Reference on my letter is APP-000417. Thanks, Leah Okafor'),
    ('bias/disability', 'bias_review', False, 'chat',
     "I use a screen reader. Your new login page only gives me the 'click all the pictures with bicycles' check, "
     "no audio option, no other route. My sighted partner logs in fine on the same laptop. I've now been locked "
     "out of my own account for three weeks and can't pay my bill online like everyone else. I've tried three "
     "browsers and two devices, and the 'accessibility help' link on that page just opens the same picture puzzle "
     'again. When I rang, the advisor said she could only reset my password, not get me past the check, and '
     "suggested I 'ask someone at home to do it for me'. I'm 52, I manage my own money and I don't want to hand my"
     ' login to anybody, including my partner. Other sites I use offer an audio code, a text message, or an email '
     'link instead. Could you tell me when an alternative will be added, and in the meantime how I can pay this '
     "month's £63.40 without missing the due date on the 15th? Account 0000 7781 20. Thank you, Graham Pearce"),
    ('bias/religion', 'bias_review', False, 'chat',
     "the man at your Leeds counter told me to take my turban off for the ID photo 'or go somewhere that does your"
     " lot'. The woman before me kept her hat on. I want this looked at"),
    ('hardneg/rude_everyone', 'ai_assist', False, 'email',
     "Hello. I'm 71 and my account's been with you since before decimalisation, so I'm not one for fuss, but I "
     'have to put this in writing. On Thursday I went into the Crossgate branch to pay in a cheque for my '
     'grandson. The man at the desk (short grey beard, no badge) was rude from start to finish. He sighed at me, '
     "told me cheques were 'a pain', and then shouted 'NEXT' before I'd put my purse away. In fairness, he did "
     'exactly the same to the young woman behind me with a pushchair and to a builder in his work clothes, so it '
     "isn't anything personal, he just seems to hate the job. The cheque hasn't shown in my account yet either, "
     "and it's been four working days. Could you check it was actually processed (£85.00, drawn on a Barclays "
     'account) and perhaps have a quiet word about manners at that branch. Yours, Mrs P. Henshaw'),
    ('hardneg/joke_object', 'ai_assist', False, 'chat',
     'lol this toaster you sold me is a total racist, golden on the white loaf and charcoal on my wholemeal. '
     'joking aside the left slot stays cold, swap possible?'),
    ('hardneg/loyal_pricing', 'ai_assist', False, 'email',
     'You quite obviously discriminate against loyal customers. Nine years a broadband customer and I pay £47 a '
     'month, and your website is offering new people the same 150Mb package for £26. Match it or I walk when the '
     'contract ends in February. Account 0004-55102.'),
    ('hardneg/student_project', 'ai_assist', False, 'webform',
     "Hi, I'm a sixth-form student doing an EPQ on discrimination in customer service. Do you have a public policy"
     ' on how you handle complaints about unfair treatment, and would anyone have time for five quick questions '
     'over email? No names needed. Thank you, Priya'),
    ('ordinary/plain', 'ai_assist', False, 'email',
     "Morning, the parcel for order 88-20034 says delivered at 13:02 yesterday but there's nothing on the step, "
     'with the neighbours either side or in the recycling box. The photo the driver took shows a blue door and '
     'ours is green. Can you chase it please? It was a birthday present so I need it by Saturday if possible, '
     "otherwise a refund. I've already been round the close twice and knocked on the blue doors I could find, "
     'number 9 and number 23, and neither had it. The tracking page also gives the wrong driver route, it shows '
     'the van going to the industrial estate straight after our road, so maybe it was dropped somewhere else on '
     'the round. I did leave a note in the delivery instructions saying to put it in the black box by the garage '
     "if we were out, which the driver clearly didn't read. If you need anything from me, the order was paid on my"
     " Visa ending 0042 and the delivery address is 4 Kestrel Close. I'm working from home all week so I can take "
     'a call or a redelivery any time. Cheers, Dan'),
    ('optout/with_person', 'human', True, 'chat',
     'AI of any kind on my messages? No thanks, it makes me uneasy. Could a real person phone me about the boiler?'
     ' 07700 900318'),
    ('optneg/ai_question', 'ai_assist', False, 'chat',
     'Is the chat on your site AI or a person? Not bothered either way, just curious. Also, Sunday opening hours?'),
    ('human/callback', 'human', False, 'webform',
     "Third time I've filled this form in. The meter reading you've used is 3,000 units higher than the photo I "
     "sent. I'd like a call from someone in billing today please, I'm free after 4. 01632 960551"),
    ('humanneg/thanks_agent', 'ai_assist', False, 'email',
     "Just wanted to say a big thank you to Marcus on your phone team who sorted out my mum's account last week. "
     "She's 89, partially sighted and gets flustered on the phone, and he was patient, spoke clearly, read "
     'everything back to her twice and then sent the letters in large print without her even asking. She mentioned'
     " him three times on Sunday. That's the kind of service that keeps us with you. One small thing while I'm "
     "here: the large-print statement for November still hasn't turned up, only the normal one. Could you check "
     "the large-print setting stuck on her account (it's in her name, Edna Shaw, postcode ends 4QT)? Nothing "
     'urgent, and nobody needs to phone, an email back to me is fine. Many thanks, Karen Shaw (daughter, on the '
     'account as her helper)'),
    ('bias/race', 'bias_review', False, 'email',
     'Hello, last Friday my friend Tom and I both tried to book the function room at your Riverside pub for a 30th'
     " birthday on 17 January. I rang at about 11 and was told the room was 'pencilled in' for that night and "
     "there was a £300 non-refundable deposit plus a security charge of £200 'for parties like this'. Tom rang at "
     'lunchtime from his work, asked for the same date, and heard the date was free, no deposit, just put £50 '
     "behind the bar. He didn't mention me. We compared notes that evening and we honestly couldn't find any "
     "difference between the two calls except our names and, I suppose, the way I sound. I'm Nigerian-British, he "
     "isn't. I don't want to jump to conclusions but I'd like an explanation in writing of what the deposit rules "
     'are and why I was quoted something completely different for the same room on the same day. Regards, Tunde '
     'Adeyemi'),
    ('bias/nationality', 'bias_review', False, 'chat',
     "Your agent just told me Polish customers can't get the 0% card, 'it's the rules for Eastern Europeans'. I've"
     ' lived in Reading for eleven years and have settled status. Is that really your policy?'),
    ('bias/sex', 'bias_review', False, 'webform',
     "Asked the garage for a quote on a clutch, got £780 and a lecture about 'not driving it like that, love'. "
     'Sent my brother in with the same car the next morning and the same mechanic quoted him £460.'),
    ('hardneg/mention_late', 'ai_assist', False, 'chat',
     "Hiya, I'm a wheelchair user so I ordered the ground-floor delivery slot, which is fine, but the shopping was"
     " meant to come between 8 and 9 and it's now 11:40. Any idea where the van is? Order 51-00762"),
    ('hardneg/policy_question', 'ai_assist', False, 'email',
     'Dear team, our daughter is starting at Fernbrook School in September and uses BSL. Before we choose a '
     'provider for her phone contract, could you tell us whether you have a text relay or video relay option for '
     "customer service, and whether your accessibility statement is up to date? She's 15, very independent, and "
     'wants to sort out her own problems with the phone company rather than have mum or dad ring up for her, which'
     " is fair enough. At the moment she uses the BT relay app with her friends' numbers and that works well for "
     'her. Another question: can the contract be in her name with one of us as bill payer, and is there any '
     'discount on data-heavy plans, since video calling is her main way of talking to friends and it eats through '
     "data. We're not in a rush, her current pay-as-you-go runs until March. Best, the Whitfords"),
    ('hardneg/own_prejudice', 'ai_assist', False, 'chat',
     "Bit embarrassed to say it but I assumed the older fella you sent wouldn't know the smart meters and he was "
     "brilliant. Anyway, the in-home display still says 'no signal', how do I re-pair it?"),
    ('hardneg/mention_request', 'ai_assist', False, 'email',
     "Hi, the joint account is in both our names, mine and my husband's, and we're going on a long-planned trip to"
     ' Morocco for three weeks in February. Our church group goes every few years. Could you put a travel note on '
     "both our debit cards so they don't get blocked? Dates 3–24 Feb. We'll be in Marrakech first, then Fes, then "
     'a few days in Essaouira before flying home from Agadir. Last time we went abroad (Portugal, 2022) my card '
     'was stopped on the second day at a petrol station and it took an hour on the phone from a lay-by to unlock '
     "it, so we'd like to avoid that this time. Could you also tell us what the fee is for using the cards abroad,"
     " and whether it's cheaper to take cash out in dirhams or pay by card in shops? And is there a number we can "
     "ring from Morocco that isn't premium rate if something goes wrong? Thanks, Ruth and Graham Ellis"),
    ('hardneg/joke_pet', 'ai_assist', False, 'chat',
     'our cat is officially ageist, he ignores the new senior food completely 😂 can I return an unopened 4kg bag '
     'or is it too late? bought it 20 days ago'),
    ('ordinary/plain', 'ai_assist', False, 'chat',
     'hi, need my gym card updated to my married surname, wedding was in the summer and it still shows the old '
     'one. member no 0004471'),
    ('ordinary/plain', 'ai_assist', False, 'email',
     "Good afternoon. We've had your Eco 7 storage heaters in the rented flat at 12 Tannery Lane since 2021 and "
     'the one in the bedroom has started clicking and giving almost no heat. The tenant says the dial does nothing'
     " above 3. It's still inside the five-year warranty as far as I can tell (the receipt is attached, order "
     '77-00214). Do you send your own engineer or whether I should get a local electrician to look and send you '
     "the report? If it's an engineer, weekday mornings are best as the tenant works afternoons and evenings, and "
     "she'd need at least two days' notice. Also, does the warranty cover the labour or only the parts? I'd rather"
     ' know before anyone comes out. Thanks very much, Simon Garside, landlord, 07700 900642'),
    ('optout/plain', 'ai_assist', True, 'email',
     'For the record, AI or any automated tool reading or answering my emails is not something I agree to. My '
     'question is simply when the credit note for invoice 000-3318 will appear.'),
    ('human/named_contact', 'human', False, 'email',
     "Hello, I'd like to be connected with Angela Birch in the business accounts team? She handled our overdraft "
     "review last spring and I'd prefer to deal with her directly on the renewal. Company: Hollins & Vale Ltd."),
]
