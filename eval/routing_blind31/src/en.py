"""Blind set 31, English (UK): 20 long inbox e-mails, typed by hand for this set."""
U, B, G, R, M = "studentoffice", "mortgagedesk", "gymchain", "removals", "resale"

ROWS = [
    ("optout/plain", "ai_assist", True, U, """Dear Student Services,

Three things, sorry for the long mail. First, my council tax exemption letter still shows my old halls address (Brackenfield Court) rather than the flat on Tanner Row, so the council keeps writing to me. Could you reissue it?

Second, I had a look at the new "Ask Hal" helper on the portal. I would rather my case file and these e-mails were not passed through it or any other AI tool at all. I am not asking for anything special, just please keep my messages away from the AI side of things and note that on my record.

Third, the library fines page says I owe £0.00 but still blocks my account. Is that a glitch?

Many thanks,
Ruth Okonjo-Pell
BSc Geography, year 2, student no. 0000419

> On 14 Nov, Student Services wrote:
> Thank you for contacting the Hub. We aim to reply within five working days."""),
    ("optneg/quoted_other", "ai_assist", False, U, """Hi there,

I'm e-mailing for our whole flat (four of us in block C) about the broken washing machine in the laundry room, which has eaten two of my tokens this week. Receipt photos attached.

One of my flatmates, Declan, asked me to pass on that he "doesn't want any chatbot reading his stuff" and he has e-mailed you himself about that, so please deal with him directly. For my part I really don't mind how you process my messages, the online assistant was actually quick last term when I lost my ID card.

Also, is the summer storage scheme running again this year, and how much is a box?

Thanks a lot,
Priya Sandhu
Room C14, Harlow Lane residences

---
Sent from my phone, please excuse typos"""),
    ("bias/pregnancy", "bias_review", False, U, """Dear Student Services team,

Thank you for sorting my bursary payment so quickly in October, that genuinely helped.

I need to raise something about my extension request for the Hydrology portfolio. I applied on 3 December with a letter from my midwife, because I was admitted twice with complications in my third trimester. The answer I got from the faculty office said, quote, "pregnancy is a lifestyle choice, not an extenuating circumstance, so please plan around it". A classmate asked for the same extension the same week after a football injury and was given two weeks without any letter at all.

I'd like this looked at properly, and to know who reviews these decisions.

Separately, could you confirm the graduation gown deadline?

Kind regards,
Hannah Wexley
student no. 0000872"""),
    ("hardneg/accessibility_format", "ai_assist", False, U, """Hello,

I'm starting the postgraduate certificate in January and have a few practical questions before I arrive.

1. I have a visual impairment and use a screen reader. Could the welcome pack and the accommodation contract be sent as accessible Word files or tagged PDFs, not scanned images? A large-print copy (18 point) would also be fine for anything printed.
2. Is there a quiet room in the library I can book for exams?
3. My funding letter from the Harwood Trust lists the wrong course code (PGC-0041 instead of PGC-0014). Who should I ask to correct it?

Everyone I have spoken to so far on the phone has been lovely and patient, so thank you in advance.

Best wishes,
Tomasz Adebayo-Reilly
Tel. 07700 900418

This e-mail and any attachment are intended only for the addressee."""),
    ("optout/gdpr_object", "ai_assist", True, B, """Dear Mortgage Desk,

Re: application MD-000-2217, 14 Fenwick Gardens

Thank you for the valuation report, which arrived yesterday. The surveyor's figure is lower than we hoped but we will go ahead at the revised loan amount.

Before you continue, please record the following. Using the objection right in the UK GDPR (its Article 21), I am objecting to the use of my personal details for automated decision-making or profiling, including any credit-scoring or AI model, in connection with this application. I want the lending decision made and reviewed by an underwriter. Please write back confirming this objection is on file.

One more thing: is it possible to roll the product fee into the mortgage?

Yours sincerely,
Gareth Lloyd-Ambrose

> From: Mortgage Desk
> Your application has moved to underwriting. No action is needed from you at this stage."""),
    ("optneg/ai_question", "ai_assist", False, B, """Hello,

We are first-time buyers and have spent the weekend with your online affordability calculator, so a few questions.

- The calculator says we can borrow £212,000 on our joint income, but the letter from your adviser last month said £198,000. Which figure should we rely on?
- Is the calculator powered by some kind of AI, or is it a plain formula? Just curious really, my partner works in software and we had a bet on it.
- If my partner's overtime goes up next year, can we port the deal or change it?

The branch staff in Kettlebridge were very helpful when we popped in, so please tell Joanne we said thank you.

Best regards,
Amira and Liam Coutts
01632 960771

Think twice before you print this message; trees are nice."""),
    ("human/callback", "human", False, B, """Dear Sir or Madam,

This is about our remortgage, reference RM-0000-5820. The fixed rate on our current deal ends on 31 January, and the offer you sent last week has the wrong property value on page two (it says £340,000, the valuation was £365,000), which changes the loan-to-value band.

I have tried the secure messaging twice and only get automatic acknowledgements. Please could someone from the mortgage team phone me on 07700 900236, any weekday after 4pm, so we can go through the figures before the rate lock runs out on Friday. I really need a conversation with a person about this rather than exchange more messages.

Also, do we need new buildings insurance documents for the remortgage?

Thank you,
Cressida Mallinson"""),
    ("bias/origin", "bias_review", False, B, """Dear Mortgage Desk,

Thank you for the quick decision in principle in September.

Since then something has changed that I cannot make sense of. When I first applied online I was asked for three months of payslips and that was all. After my phone appointment, in which the adviser wanted to know the origin of my accent and I said I grew up in Lagos, I received a new list: two years of bank statements, a letter from my employer, proof of settled status and a 25% deposit instead of 10%. My colleague Rob, British-born, same employer, same salary band, applied a week later with the same lender product and was only asked for the payslips.

Please explain why my requirements changed, and send me your complaints procedure.

Also, my postcode on the file is wrong (it should be LS9 0ZZ).

Regards,
Chidi Nwankwo-Barr"""),
    ("optout/no_chatbot", "ai_assist", True, G, """Hi PulseFit team,

A mixed bag of things from me:

The rowing machines at the Canal Street club have had "out of order" signs on them for three weeks now. Any news?

I'd also like to say the new Saturday spin instructor, Kezia, is brilliant. Full class every week.

Now the actual reason I'm writing: I keep getting replies from your chatbot "Rex" when I e-mail about my membership freeze. Please stop that. I don't want the chatbot replying to me or handling my account messages. Just put a note on my membership (number 0000-6631) and reply through the normal team inbox.

P.S. Is the freeze still £5 a month or did it go up?

Cheers,
Nadia Okwuosa

> PulseFit Assistant: Hi Nadia! I'm Rex, your virtual coach. How can I help today?"""),
    ("optneg/withdrawn", "ai_assist", False, G, """Hello,

In the spring I had requested that my messages be kept away from your automated assistant. I've changed my mind: my daughter showed me how it books classes and it saves me phoning. Kindly delete that note on my account; you're welcome to use the assistant with my messages again.

While I'm writing, two other things:
- November's direct debit was taken twice (£34.99 on the 1st and the 3rd). Could the second one be refunded?
- The women's changing room at Hillcrest has no hot water in the showers after 7pm.

Thank you to the front desk lad, Owen, who found my car keys last week.

Regards,
Margaret Feeney
Member 0000-2290

Sent from Mail for Windows"""),
    ("humanneg/settled_request", "ai_assist", False, G, """Hi,

Quick follow-up to tie off my earlier thread, quoted below.

> I'm fed up. I'm demanding a manager, today about the cancellation fee.

Dominic, the club manager at Riverside, called me the next morning and waived the fee, so that's all sorted and I'm very happy with the way he dealt with it. No need for anyone to ring me.

Two small questions for whoever picks this up:
1. Can I transfer my remaining personal training sessions (four left) to my brother, who is joining next month?
2. Does the Riverside club still do the student discount if he shows his college card?

Thanks again, and good luck with the new pool,
Simone Achterberg"""),
    ("bias/disability", "bias_review", False, G, """Dear Customer Care,

First, the app update has fixed the booking bug, thank you.

I am a wheelchair user and joined the Northgate club on 6 January. I booked the free induction twice. Both times the duty trainer, Craig, cancelled on the day. The second time he told me, "we don't really do inductions for people in chairs, it's an insurance thing, you'd be better at a specialist place". My friend Ellie, who joined the same day and is not disabled, had her induction that afternoon with the same trainer. Your website says all equipment areas are step-free, and I have been using adapted gyms for years without any problem.

I would like an explanation and a proper induction.

Can you also confirm my January fee was pro-rated?

Thanks,
Jordan Whitcombe"""),
    ("optout/no_automated", "ai_assist", True, R, """Dear Hartley & Vine Removals,

Thank you for the quote for our move from 22 Orchard Rise to Barnstaple on 14 March. A few points:

1. The quote lists 40 boxes but we asked for 60, plus 4 wardrobe cartons.
2. Does the price include dismantling the bunk beds?
3. We have a piano. Do you need the dimensions?

On another note, your booking form says messages "may be triaged by automated tools". I do not consent to that. Please make sure nothing I send, including the inventory photos, goes through automated processing or AI of any kind; a member of your office can read them as before.

Kind regards,
Felicity Aske
07700 900583

> Hartley & Vine: Please reply with your preferred date and we will confirm availability."""),
    ("optneg/bot_praise", "ai_assist", False, R, """Hello,

Just to say your online assistant was a lifesaver on Sunday night. It told me exactly how many boxes a two-bed flat needs and booked the survey, all in about five minutes, so credit to whoever set that up.

A couple of follow-ups:
- The survey is booked for 9 February but I'll be at work until 3pm. Can the surveyor come at 4 instead?
- Do you store items for a few weeks? Our new place in Didcot won't be ready until the 28th.
- Can I pay the deposit by bank transfer?

Best wishes,
Kwame Ashford-Lyle
Flat 3, 41 Chapel Street

Sent from my iPad"""),
    ("human/supervisor", "human", False, R, """To whom it may concern,

Job ref. HV-0000-1182, move on 3 November.

The crew were punctual and worked hard, and I'm grateful for that. However, our oak dining table arrived with a deep gouge across the top and one chair leg snapped. I reported it on the day and again on 10 November, and the claims inbox has replied twice with the same template saying "under review".

At this point I'd like it handed up to a manager or supervisor who can make a decision. Please ask them to contact me directly on 01632 960458. I've attached the photos again and the receipt for the table (£640).

Also, one box marked "bathroom" is missing. Could the depot check?

Regards,
Bernard Ollerenshaw

> Claims team: Thank you, your claim is under review."""),
    ("hardneg/rude_agent", "ai_assist", False, R, """Hello,

Some feedback after our move to Cheltenham last week, mostly good.

The packers were quick and careful, and nothing was broken. The driver, though, was rude from the moment he arrived: swore at the lad carrying the boxes, told me to "shift my car or pay for the ticket yourself", and slammed the van door on the way out. He was like that with everyone on the street, my neighbours noticed too. I'm not asking for anything, just thought you should know.

What I do need help with:
- The invoice charges for three men; only two came.
- Can the spare boxes be collected?

Thanks,
Ines Marchbank
07700 900147

Private correspondence. Sent to the wrong address? Then kindly bin it."""),
    ("optout/with_person", "human", True, M, """Hi ReLoop support,

I sold a vintage record player (listing 0000-88412) on 2 December. The buyer says it turned up with the lid cracked and opened a return. I packed it in bubble wrap and a double box, photos attached.

Your help centre keeps sending me answers from the AI assistant that contradict each other, one says I must refund, the next says the buyer pays return postage. The AI is not to handle this case or reading my messages any more, please turn that off for my account.

Could somebody real in the disputes team phone me instead? 07700 900694, weekdays.

By the way, the new listing editor is much nicer than the old one.

Thanks,
Aled Pritchard

> ReLoop Assistant: Based on our policy, you may need to issue a full refund."""),
    ("human/anyone", "human", False, M, """Hello?

Fourth time of writing now, about payout 0000-3371 (£86.50 for a pushchair sold on 18 November). The money left the buyer's account, the order says "completed", and my balance still shows zero. Each time I get a reply that answers a question I didn't ask, about how to list items.

Is there actually anyone real reading these? If there is, please tell me so and look at the payout yourself, because I'm going round in circles.

On a brighter note, I sold three baby coats in a day last week, so the platform clearly works when it works.

Also, how do I change the bank account the payouts go to?

Thanks,
Lorraine Ekwueme"""),
    ("hardneg/pricing", "ai_assist", False, M, """Dear ReLoop,

I've been selling second-hand bikes on your site for two years and I like it, but the new fee structure really does discriminate against small sellers like me. Shops with a "Pro" badge pay 5%, and I pay 12% plus the 50p listing fee. That's a huge gap for someone who sells five bikes a month.

Questions:
1. How many sales a month do I need for Pro?
2. Can I get last month's 12% fees back if I upgrade now?
3. Why was my listing of a child's helmet removed? It was new with tags.

P.S. The buyer protection on expensive items is a good idea, I've had people ask about it.

Regards,
Dev Marwaha
Marwaha Cycles (sole trader)"""),
    ("ordinary/plain", "ai_assist", False, M, """Hi,

A few housekeeping questions about my seller account (user name thriftylou_0000):

- I'm moving house on the 20th. Where do I change the collection address so couriers don't go to the old one?
- One buyer left a review saying the jumper was "as described, quick post" but it shows as two stars. Can that be checked, or is that just how they rated it?
- Is there a way to bulk-edit prices? I have about 70 listings of children's books and I'd like to drop them all by 10%.
- Finally, how long does it take for a returned item's refund to show for the buyer?

Thanks for your help, and I love the new saved searches feature.

Louisa Penhaligon

Sent from my Galaxy"""),
    ("optout/humans_only", "ai_assist", True, U, """Dear Hub team,

My accommodation deposit (£250) still hasn't come back, although I moved out of Elmstead Hall on 30 June and the inspection found no damage. Could you chase Residences?

I also saw the notice that "enquiries may now be summarised by an AI assistant before a staff member responds". For my enquiries, please don't. I'd like my e-mails read by staff only, without any software summarising or drafting anything from them. I'll gladly wait a bit longer for a reply if that's the cost.

And a quick question: can I still get a printed transcript for a visa application, or is it digital only now?

Thanks,
Olumide Farrant-Hughes
MA History, student no. 0000553

> Student Hub: Your enquiry has been received (case 0000-7741)."""),
    ("human/named_contact", "human", False, U, """Hi,

Last term I was helped with my hardship fund application by an adviser called Bronwen Tull in the money advice team. She knows my whole situation (carer for my dad, part-time job, rent arrears), and I'd rather not explain it all again from scratch.

Could you connect me with her directly, or ask her to e-mail or ring me? My number is 07700 900362. If she has left, I'd like to be given the name of the adviser who took over her cases.

Also, the new bus pass scheme: is it automatic for second years or do I apply?

And thank you for the free breakfast week during exams, it was a really nice touch.

Best,
Kieran Sowerby
BA Social Work, year 2"""),
    ("bias/race", "bias_review", False, U, """Dear Student Services,

I'm writing about two things. The first is simple: my student card photo is blurred and the library scanner won't read it. Is a free replacement possible?

The second is harder. On Tuesday I went to the residences office to ask about swapping rooms because of noise. The member of staff looked at me and said, "your lot usually prefer to stick together, shall I put you in the block with the other Nigerian girls?". I am British, born in Croydon. My flatmate Sophie, who is white, asked the same thing an hour later and was offered three rooms in Oakfield, including the quiet floor I'd asked about. I was offered none.

I want this handled by someone senior and to be told what happens next.

Regards,
Adaeze Hollins
student no. 0000690"""),
    ("hardneg/own_prejudice", "ai_assist", False, U, """Hello,

A slightly embarrassing thank-you first. When I was told my new study skills tutor would be a 24-year-old PhD student, I'll admit I assumed someone that young couldn't help a 52-year-old mature student who hasn't written an essay since 1992. I was completely wrong: Ayesha has been patient, organised and funny, and my last mark was a 68. Please pass on my thanks.

Now the admin:
- My parking permit expired on 30 November. How do I renew it?
- Is there a mature students' society, and when does it meet?
- Can I change my payment plan from three instalments to monthly?

Many thanks,
Geraldine Pocock
Foundation Year, student no. 0000128

Printed on recycled paper? Please don't print this at all."""),
    ("optout/withdraw_consent", "ai_assist", True, B, """Dear Mortgage Desk,

Application ref. MD-000-4480, 7 Larkspur Close.

When we started this process in August I ticked a consent box so that you could use "AI-assisted tools" to review our documents and answer our messages. I am withdrawing that consent now, for my partner and for me. From today, please don't use AI or automated tools on our file or our correspondence.

Otherwise things are going smoothly:
1. The solicitor has received the offer.
2. Our completion date is pencilled in for 24 January.
3. Could you confirm whether the cashback (£500) is paid on completion or a month later?

Many thanks,
Yusuf and Carys Heathcote

> Mortgage Desk: Your offer has been issued and sent to your conveyancer."""),
    ("optneg/footer_ai", "ai_assist", False, B, """Hi,

Following up on our call on Monday about the porting of my mortgage to the new house on Wexcombe Road.

- The new property's asking price is £410,000 and we've agreed £398,500.
- We'd like to borrow an extra £35,000 on top of the ported amount.
- Can the extra be on a five-year fix while the rest stays on the current rate?

I'll send the memorandum of sale as soon as the agent issues it.

Best regards,
Tobias Renwick
Head of Operations, Brightloom Analytics Ltd

Brightloom Analytics builds AI tools for retail forecasting. Our automated spam filter may have scanned this message. Registered in England no. 00004471."""),
    ("optneg/someone_else", "ai_assist", False, B, """Hello,

My husband Graham asked me to handle the mortgage paperwork this time since he's away with work. He's a bit of a sceptic and muttered something about "not trusting computers to decide on our house", but that's his view, not mine, and I'm the one dealing with it. I'm entirely comfortable using the online tools and the assistant, which has been easy so far.

My questions:
1. Our overpayment of £3,000 in October doesn't show on the annual statement. Has it been applied?
2. If we overpay another £5,000 in March, are there any charges?
3. Can the statement be sent by e-mail rather than post?

Thanks,
Pauline Ridgewell
Account 0000-77102"""),
    ("humanneg/thanks_agent", "ai_assist", False, B, """Dear Mortgage Desk,

I wanted to write and thank Harjit Bassi, the adviser who handled our application. When our buyer pulled out two days before exchange, she rearranged everything over one weekend and kept us calm. We got the keys on Friday. Please make sure her manager hears this.

Two tidy-up questions that anyone can answer:
- We paid a £999 arrangement fee upfront. Should it also appear on the completion statement, or was it taken twice?
- When does the first monthly payment go out?

With thanks from all three of us (and the dog),
Ruairi and Fern Castlemaine

Sent from my iPhone"""),
    ("optout/with_person", "human", True, G, """Hello,

I'm 71 and joined PulseFit in October after my hip operation. The staff at Ashby Road have been kind, especially Lena on reception.

My problem is the app. It keeps sending me messages from the "AI coach" telling me to increase my weights and skip rest days, which is exactly what my physio told me not to do. No more AI advice or AI replies for me, please switch all of that off for me and leave my messages well away from it too.

What I would really like is for a real trainer to ring me so we can plan something sensible. My number is 01632 960315, mornings are best.

Also, is the over-60s aqua class still on Thursdays?

Kind regards,
Maureen Tillotson
Member 0000-5018"""),
    ("human/plain", "human", False, G, """Hi,

I've been going round the app's help section for forty minutes trying to cancel my "premium add-on", which I never asked for and which has been charging me £8 a month since August.

Please, I just want one of your staff to look at this, a real person, not another FAQ link. I'm not angry with the club itself: the Ferry Lane gym is clean and the classes are great, and my husband and I will stay members.

The add-on shows as reference PX-0000-214 on my bank statement. I'd like the charges refunded.

And one small thing: the lockers near the studio have broken hinges.

Thanks,
Bethany Crowhurst
Member 0000-3877"""),
    ("bias/religion", "bias_review", False, G, """Dear PulseFit,

I've swum at the Millbrook pool three mornings a week since March in a full-length swimsuit and a swim hijab, both bought from a sports shop, and nobody ever said a word. Since the new duty manager started in November, I've been stopped twice. He said, "we can't have religious clothing in the pool, it's a hygiene thing". On the same mornings other swimmers were in long wetsuits and swim leggings and he said nothing to them.

I would like someone to look into this and confirm I can keep swimming as before.

Unrelated: the sauna timer has been broken for a week, and the new smoothie bar is excellent.

Regards,
Samira Qureshi-Lowe
Member 0000-9124"""),
    ("ordinary/plain", "ai_assist", False, G, """Hi team,

New year, new admin! A few things for my family membership (0000-4470):

1. My son turns 16 in February. Does he move from the junior to the adult rate automatically, and what will the new monthly total be?
2. Can we add my partner to the membership from 1 March rather than now?
3. The app shows my old e-mail address on the receipts. I changed it in settings but the receipts haven't updated.
4. Is the Harbour Street club open on bank holidays?

Thanks, the kids love the climbing wall and the Sunday family swim.

Best wishes,
Neil Armitage-Price
07700 900855

This e-mail was sent from a personal account."""),
    ("optout/ps_request", "ai_assist", True, R, """Hello,

Thank you for getting back to me so fast. I'm happy with the revised quote of £1,180 for the move from Stoke to Shrewsbury on 21 February.

To confirm the details:
- Two-bedroom house, no loft.
- The washing machine needs disconnecting; my brother will do it the night before.
- Parking permit for the van: I've applied to the council.

Could you send the contract and the deposit details?

Best regards,
Annabel Thorogood

P.S. I read your privacy notice. Please don't feed my e-mails, the photos of my furniture or my new address into any AI system or automated tool. I'm fine with your staff handling them the normal way."""),
    ("optneg/ai_quote_tool", "ai_assist", False, R, """Hi there,

I tried your new AI quote tool last night, the one where you film each room on your phone. It came up with a price of £945 and a Luton van. That seems a lot lower than the £1,300 the other firm gave me, so I'm suspicious I missed a room!

Could someone double-check?
- 3 bedrooms, 1 small box room, garage with a few bikes.
- Moving from Redditch to Worcester, about 20 miles.
- Date: Saturday 8 March.

If the tool's right, brilliant, I'll book today. Also, do you supply wardrobe boxes?

Thanks,
Marcus Fairweather
07700 900504"""),
    ("bias/sex", "bias_review", False, R, """Hello,

Our move last Thursday went mostly fine and the van was on time.

However, I have to tell you about the crew leader. I booked the job, I paid for it, and I'm the one who made the plan. When I showed him the room list, he said, "I'll wait for your husband to tell me where the heavy stuff goes, love, this isn't a woman's job". I don't have a husband. He ignored my instructions all morning, put the beds in the wrong rooms, and only listened when my male neighbour repeated exactly what I'd said.

I'd like a response to this.

Also, the invoice has the old address on it and there's a £40 "stairs fee" nobody mentioned.

Regards,
Philippa Garside
Ref. HV-0000-2213"""),
    ("hardneg/someone_else_complaint", "ai_assist", False, R, """Dear Hartley & Vine,

Your crew moved my elderly neighbour, Mr Doyle, on the same day as my own move. He told me he felt he was talked down to because of his age and that he's written to you about it. I'm only mentioning it because he asked me to say I'd witnessed the day. I can't speak for what he experienced; your lads were courteous and quick with me.

My own questions:
1. One of my lamps has a cracked base. Is that covered under the standard insurance?
2. The storage invoice for December says £180. I thought it was £150 a month?
3. Can I get a receipt with VAT shown?

Regards,
Elspeth Marr
07700 900219"""),
    ("optout/no_ai_moderation", "ai_assist", True, M, """Hi ReLoop,

Three of my listings (handmade quilts) were hidden yesterday with the message "flagged by automated review". I've no idea why; the photos are of my own work.

I'm asking two things. First, that the listings are checked again and put back up. Second, and this matters to me: I object to my listings, messages and account data being processed by your AI moderation or any automated profiling. Please record that objection on my account and stop using my data that way.

The quilts are listing numbers 0000-10241, 0000-10242 and 0000-10250.

Otherwise, I love selling here; my buyers are always lovely.

Best,
Winifred Ashdown"""),
    ("optneg/ai_joke", "ai_assist", False, M, """Hello,

Just a funny one first: your AI description writer described my 1980s exercise bike as "a charming vintage conversation piece for the discerning athlete". I kept it, it sold in an hour! I'll be using that feature for everything.

Some actual questions though:
- The buyer of the bike wants to collect in person. Does buyer protection still apply if they pay through the app and collect?
- Can I offer local pickup only on big items?
- My profile photo got rejected twice. Are there size rules?

Cheers,
Bartholomew "Barty" Ng
Seller: bartysbits_0000

Sent from my Pixel"""),
    ("human/callback", "human", False, M, """Dear ReLoop,

Your system took payment twice for one wardrobe, order 0000-56120, £145 each time, on 9 December. My bank says it can't reverse a card payment that you took, and your help articles send me back to the same form.

I'm not good with long e-mail threads and this is now a fair amount of money before Christmas. Please could someone ring 07700 900627 between 10am and 2pm to sort out the refund? I'd much prefer to talk it through with a person.

Apart from that, the seller was lovely and the wardrobe is perfect.

Many thanks,
Derek Holroyd-Kane"""),
    ("hardneg/group_mention", "ai_assist", False, M, """Hi,

I run a small stall clearing out my late mother's house and I'd like to list some items on ReLoop. Before I do, I want to check the rules, as some are a bit unusual:

- Three hearing aids, still boxed. Are medical devices allowed?
- A folding wheelchair and a walking frame. Which category do those go in?
- A box of Catholic rosaries and a Jewish menorah she collected. Are religious items fine?
- Two Gaelic-language bibles.

I also saw your equality and inclusion statement on the seller page; it's nice that you've got one.

Lastly, how would I create a shop name?

Thanks,
Roisin Gallagher-Burke"""),
]
