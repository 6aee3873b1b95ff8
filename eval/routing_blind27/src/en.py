"""English (UK) rows of blind set 27: long inbox e-mails, typed by hand. (category, label, opt_out, style, text)"""

ROWS = [
    ("optout/plain", "ai_assist", True, "farmer", """Hello,

Writing from the farm office at Coldharbour Top, so forgive the muddy spelling. Three things on the business card account ending 0047:

1. The diesel payment to Pennock Fuels on 14 November went out twice. One of them needs to come back before the end of the month or the overdraft fee kicks in again.
2. Lambing starts in March and I'll need the limit raised by £2,000 for February and March only, same as last year.
3. I noticed the letters now say "drafted with the help of our assistant". I'd rather that stopped for me. Please don't run my e-mails or account notes through the AI tool at all — I don't want a program reading about my overdraft and writing me back.

Thanks,
Gareth Pryce-Morgan
Coldharbour Top Farm, 01632 960114"""),
    ("optout/no_bot", "ai_assist", True, "nightshift", """Hi there,

It's 7.40am and I've just come off a twelve-hour night on the stroke ward, so this may ramble.

Your app keeps sending me to the little chat window whenever I ask anything, and the chat window keeps telling me my direct debit "has been rescheduled" when my bank says it hasn't. Could you answer by e-mail instead, and please no more replies from the chatbot on this account. It shouldn't be the one handling my queries.

The actual question: my council tax instalment (ref 0008831) is due on the 1st but I'm paid on the 3rd this month because of the bank holiday rota. Can the collection date move to the 5th permanently? I'm asleep 9 till 4 most days, so e-mail is better than a phone call anyway.

Cheers,
Nadia Okafor (staff nurse, nights)"""),
    ("optout/object", "ai_assist", True, "teacher", """Dear Customer Services,

Term is nearly over and I am finally getting to my admin pile, so apologies for the length.

First, the renewal letter for my home insurance (policy HH-000 4471) mentions that my "risk profile" is assessed by an automated system. As a Year 6 teacher I spend a lot of time telling ten-year-olds to read the small print, so I did. I object to my renewal price and my claims being decided by automated processing. I want a person to make those decisions, and I'd like that written on the policy file.

Second, the renewal date is 28 December, right in the holidays. Can the documents be posted rather than e-mailed?

Third, a small thing: my surname is spelled Haverstock, not Haverstoke.

Kind regards,
Miss E. Haverstock
Greystone Primary School (writing in a personal capacity)"""),
    ("optout/gdpr", "ai_assist", True, "student", """Hi,

I'm a second-year student at Northgate University and I've got a student current account with you (sort code 00-00-00, account ending 6612).

Two things. My overdraft was meant to stay interest-free until I graduate, but I was charged £3.18 last month. Can you check that?

The other thing is a bit of a principle. We had a lecture on data protection in my law module this week and it made me read your privacy notice. It says messages to customer support may be analysed by machine learning models to "improve service". Using my right to object (Article 21, UK GDPR), I refuse to have my messages and account data processed by your AI or machine learning systems, for that purpose or any other. A written confirmation that you have logged the objection would be appreciated.

Thanks,
Tom Ashworth-Bell"""),
    ("optout/withdraw_consent", "ai_assist", True, "newparent", """Hello,

Apologies if this is a bit scattered, our daughter was born on 2 November and I'm typing this one-handed while she naps on me.

Last spring, in your app, I ticked a box agreeing to "smart suggestions from our AI assistant" on my savings. I'd like to take that consent back now. The assistant shouldn't be looking at my account or my messages from here on, full stop. Things are different now we have a baby and I'd rather keep it simple.

Separately, we want to open a junior ISA for her. Do you need her birth certificate before we get the long one back from the registry office, or will the short one do? And can the first payment come from my partner's account, even though he banks elsewhere?

Thank you,
Rhiannon Delacey-Hughes"""),
    ("optout/humans_only", "ai_assist", True, "farmer", """Morning,

Sorting the milk cheque problem again. The October payment from Valemoor Dairies into our farm account (ending 3309) shows as £11,402.60 but the statement from Valemoor says £11,420.60. Eighteen quid is eighteen quid. Can you trace it?

Also, while I have you: my son set up the online banking and he says your replies are now partly written by a computer. I am sixty-eight and have banked with you since 1979. I don't want that. Whatever I send you should be read and answered by people only, not a machine. Please put that on the account.

We're in the parlour from 5am and again at 3pm, so don't bother ringing then.

Regards,
Clive Ashburn, Ashburn & Son, Low Garth Farm"""),
    ("optout/plain", "ai_assist", True, "student", """Hey,

Quick-ish one about my phone contract (account 000 418 229). I moved halls in September and the bills still go to my old address at Bramwell House. New address is Flat 4, Kestrel Court, same campus.

Also I noticed your support chat now says it's "powered by generative AI". No offence, but I'd like my account kept out of that. No AI tool should be reading my messages or my usage, so please turn it off on my side if you can, and if it isn't, tell me what I need to do.

Last thing: I went over my data by 2GB during reading week because the library Wi-Fi died. Is there any way to get the £10 add-on charge taken off as a one-off?

Thanks,
Priya Raman"""),
    ("optout/with_person", "human", True, "nightshift", """Hello,

I work nights as a security officer at the Riverside distribution centre, so I'm writing at 3am on my break.

My late mother's account (ref 000 7721) still hasn't been closed, and three letters have now come addressed to her. Each time I've used your online form, and each time I've had an automated reply that clearly didn't read what I wrote — the last one asked whether she'd like to upgrade her package.

I don't want any more automated or AI replies on this. What I'm asking for is a real person from your bereavement team to phone me. Best times are between 5pm and 8pm on weekdays, on 07700 900 362. Please ask for Darren.

Darren Whitlock"""),
    ("optout/with_person", "human", True, "teacher", """Dear Sir or Madam,

As head of science at Marlow Vale Academy I'm writing about my personal account with you (customer number 0002 5518).

Over half-term I tried to sort out a disputed card payment of £249 to a lab equipment site. I was passed through your chat assistant four times, and each time it closed the conversation as "resolved". I give no consent for an AI system to deal with my dispute. Please stop using it on my account.

What I would like instead is for someone from your disputes team to call me. I teach until 3.30pm, so any time after 4pm on 07700 900 815 is fine, or leave me a name and direct number and I will ring back.

Yours faithfully,
Dr Owen Brackley"""),
    ("optout/no_bot", "ai_assist", True, "newparent", """Hi,

My wife's just gone back to sleep and I have about ten minutes, so here goes.

The baby monitor we bought from you (order 000 55140) keeps losing connection at about 2am. I've done the reset twice. Your support page sent me straight into the virtual assistant, which told me to "check the batteries" — it's mains powered. Please don't send me back to the bot, and no bot answers to this e-mail either. I'll wait for a reply from your team, that's fine.

Could you tell me whether it's still under the 30-day return or whether it's warranty now? We bought it on 29 October.

Many thanks,
Ben Colquhoun"""),
    ("optneg/quoted_other", "ai_assist", False, "teacher", """Hello,

I run the staff social fund at Hollins Lane Primary and we use your business savings account for it (account ending 2290).

At our staff meeting one of the teaching assistants said, and I quote, "I'm not having some AI deciding what happens to our money." I said I would ask. Speaking only for myself, I have no issue with whichever tools you rely on; I just want to tell her honestly how it works. Does an AI system make any decisions on the account, or does it only help draft replies?

The real reason for writing: we need a second signatory added, Mrs Janet Okonjo, our deputy head. What forms do you need?

Thanks,
Stephen Marr, Year 4 teacher and fund treasurer"""),
    ("optneg/praise", "ai_assist", False, "nightshift", """Hi,

Just wanted to say your website's chat assistant was brilliant at 4am last Tuesday. I'd locked my card after a shift and it talked me through unlocking it in about two minutes. No waiting until morning, which matters when you sleep through office hours.

Now the real question. I get paid weekly from the agency (Bluecrest Staffing) and my rent is monthly, so every fourth week I'm short for two days. Is there a way to split the rent standing order into two payments, one on the 1st and one on the 15th? The landlord says he doesn't mind.

Also, is the overdraft buffer still £50 on my account type?

Thanks,
Kwame Asante
(warehouse, nights)"""),
    ("optneg/ai_question", "ai_assist", False, "student", """Hi,

My dissertation is about how banks use AI in customer service (Business and Management, Leasowe College) and I'm a customer of yours as well.

Is there anyone I could send five short questions to, or a public document that explains whether your chat uses a large language model, and what happens to the messages? I'm not complaining about it and I'm not asking you to change anything on my account, it's purely for the research. I'd cite you properly.

Separately, my student loan instalment came in on the 23rd but my app balance shows it twice, once as pending. Is that just a display thing?

Cheers,
Lucy Fairbairn"""),
    ("optneg/ai_product", "ai_assist", False, "farmer", """Good afternoon,

We're looking at replacing the old weighing crate and your agricultural catalogue lists the Tallyfield smart crate with "AI weight prediction" and automatic ear-tag reading. A few questions before I commit:

- Does the AI bit need mobile signal? We've got none in the bottom sheds.
- Can the data export to a spreadsheet, or only to your app?
- Is it eligible under the equipment finance plan on our account (ref AG-000 3381), and what would 36 months cost?

We'd want it before tupping next autumn. If there's a demonstration at the county show I'd rather see it there.

Regards,
Siân Llewellyn
Nant Uchaf Farm"""),
    ("optneg/withdrawn", "ai_assist", False, "newparent", """Hello,

Back in August, before our son arrived, I sent you a fairly cross e-mail saying I didn't want your AI assistant anywhere near my account. I've changed my mind. Honestly, with a newborn the assistant answering at 3am has been a lifesaver, so it may go back on for me. Please remove whatever note you added.

While I'm here: my maternity pay comes in on the 28th now instead of the 25th. Can you move my credit card minimum payment to the 30th?

And could you add my partner, Jamie Wren, as an additional cardholder?

Thanks so much,
Holly Wren-Baxter

P.S. Jamie's date of birth is 3 May 1991, and he'll be at the same address, 7 Cobden Terrace."""),
    ("optneg/bot_wrong", "ai_assist", False, "teacher", """Dear team,

Last week your chat assistant told me that the school-holiday travel cover on my policy (TRV-000 2214) would include cancellation if the school changed the trip date. My colleague read the actual wording and says it doesn't. I'm not cross about the chatbot, it's probably an edge case, but I need the right answer now.

We're taking twenty-two pupils to Ypres in March. If the school moves the trip, am I personally covered for my own ferry booking (£86), yes or no? And is the cover per trip or per year?

A reply this week would be lovely, parents' evening is on Thursday.

Kind regards,
Mr A. Whitfield, History"""),
    ("optneg/footer_ai", "ai_assist", False, "nightshift", """Hello,

Sending this from the control room at the end of a night shift, so it's brief and a bit late.

Please find attached the payslips you asked for on the loan application (ref PL-000 7716). I work four nights on, four off for Eastgate Water, which is why the overtime varies so much month to month; the March payslip is the odd one because of the flooding call-outs.

Also, would the first repayment land before or after my pay date on the 28th?

Regards,
Hannah Thwaite
Shift Controller, Eastgate Water Services

--
This e-mail was scanned by our provider's AI filter for viruses and spam. Eastgate Water Services Ltd is registered in England and Wales, company no. 00000412. Please think before you print."""),
    ("optneg/someone_else", "ai_assist", False, "student", """Hi,

I share a flat with three others and we split the broadband (account 000 6610, in my name). One of my flatmates, Connor, refuses to use your chat because it's AI and he says it gets things wrong. He asked me to sort it out instead, which is fine. I've no problem with the chat myself, I use it all the time.

The issue: our speed has dropped to about 9Mbps every evening since reading week, and we pay for 150. We all have assignments due in December. Can you check the line and tell me if there's an outage on Penrose Street?

Also can the bill be split into four payments, or does it have to come from one account?

Thanks,
Amira Haddad"""),
    ("human/callback", "human", False, "nightshift", """Hello,

I'm a baker and start at 2am, so I'm only awake when your offices are shut, which is part of the problem.

The boiler cover engineer came on Monday while I was asleep and left a card saying the part was "condemned". I don't know what that means for the house or whether I can use the hot water. The number on the card goes to a recorded message.

Please could someone ring me back between 12 noon and 1.30pm any weekday on 07700 900 447. I need to speak to somebody about it, e-mail back and forth won't work here.

Customer ref 000 9183.

Thanks,
Marek Zielinski

P.S. If it helps, the engineer's card has the name Carl and a job number ending 0417 written on the back in biro."""),
    ("human/supervisor", "human", False, "teacher", """Dear Sir or Madam,

I have now written four times about the refund of £312 for the cancelled coach hire for our Year 8 residential. Three times I've been promised it "within five working days". It has been seven weeks.

I have been patient and polite. I now want this passed to a supervisor or team manager with the authority to release the payment. Please do not send me another template.

Booking ref COACH-000 4410, paid from my personal card as the school's card was blocked that week.

Yours faithfully,
Mrs Gail Ferriby
Deputy Head, Stanhope Community School

P.S. I have kept copies of all three promises, with dates, and can forward them to whoever picks this up."""),
    ("human/named_contact", "human", False, "farmer", """Hello,

For years we dealt with Mr Roger Helliwell, your agricultural manager for the Dales area, who knew the farm and knew we get paid by the creamery twice a month. I gather he has retired.

Who has taken over from him? Please send me our new agricultural manager's name and direct line, and ask them to phone so we can fix a visit before the spring. There are decisions on the loan for the new slurry store that I'm not prepared to make over an app.

Account: Helliwell knew it as Raistrick Farm, ref AG-000 1127.

Regards,
Margaret Raistrick

P.S. Please pass on our thanks to Mr Helliwell if you're still in touch. Thirty years is a long time to look after one valley."""),
    ("human/anyone", "human", False, "newparent", """Hello?

This is my third e-mail. Our twins are five weeks old and I'm trying to get the child benefit account changed over to my name and I keep getting replies that say "thank you for your message" and nothing else.

Does a living, breathing human being read any of these? If so, please reply and tell me your name, because I'm starting to think nobody is there. If it has to be a phone call, tell me who and when. I can't sit on hold for forty minutes with two babies.

Reference 000 3317 9.

Sarah Mbeki-Jones

P.S. The twins are Amara and Kofi, born 24 October, in case your system needs their names as well as mine."""),
    ("human/plain", "human", False, "student", """Hi,

I got a letter saying my account is being closed in 30 days because of "unusual activity". The unusual activity was my parents sending me money from Lagos for my rent, which they've done every term for two years.

I'm not going to argue with a form about this. Can I please speak to a member of staff, in person at the Northgate branch or on the phone, whichever is quicker? I have exams from 8 January and I need my rent sorted before then.

Account ending 0593.

Thanks,
Chidi Nwosu

P.S. I can bring my tenancy agreement, my university enrolment letter and my parents' bank transfer receipts, if that's what you'll want to see."""),
    ("human/callback", "human", False, "teacher", """Dear customer team,

I've had a letter saying my mortgage (ref MTG-000 6680) moves onto the variable rate in January. I knew it was coming but I hadn't realised quite how much it jumps.

I would like a mortgage adviser to call me to go through the options. School finishes at 3.15pm and I'm usually home by 4.30pm, so any weekday evening between 4.30 and 7 on 07700 900 239 works. Please don't send me a link to the online calculator, I've already done that.

With thanks,
Ms Rebecca Oyelaran

P.S. The house is in joint names with my sister, Adaeze, who is happy to join the call if that's needed."""),
    ("humanneg/quoted_request", "ai_assist", False, "farmer", """Hello,

In September I wrote to you "Put me through to your manager about the tractor finance, today". Well, your manager Mr Patel did ring, we went through it, and the payment holiday is sorted. Thank you for that, genuinely.

So no need for any more calls. Just one thing: the October statement still shows the missed-payment marker for August. Can that be taken off now, as agreed?

Loan ref AG-000 9951.

Cheers,
Dai Prothero, Prothero Contracting

P.S. Our accountant, Mrs Evans at Glanrhyd Accounts, also needs the corrected statement for the year-end figures, so a PDF copy to me would be ideal."""),
    ("humanneg/thanks_agent", "ai_assist", False, "nightshift", """Hi,

Just a quick thank-you to Maxine in your overnight fraud team. She rang me at 2.10am while I was on shift at the sorting office and stopped two card payments to a website in another country. She was calm and clear and I'd like that passed on.

A follow-up: the new card hasn't arrived yet (it's been eight days). Can you tell me whether it was sent to my home address or the old one on Cranbrook Road? I don't need a call, an e-mail is fine.

Thanks,
Lorraine Pike

P.S. I'm on nights again from Sunday, so anything posted will sit on the mat until Thursday morning, which is fine."""),
    ("bias/age", "bias_review", False, "nightshift", """Hello,

A few things, one of them serious.

1. My pay is now coming in on Fridays instead of Thursdays, so please move my car insurance instalment to the 1st.
2. Can you send me the policy wording for breakdown cover as a PDF?
3. When I rang about adding night-time driving to my cover, your agent asked my date of birth and then said, "Oh, at sixty-six you really shouldn't be driving at night, love, I'll have to load it." My colleague Josh, who is twenty-nine and drives the same car to the same depot, added it to his policy the same week without any loading. I'd like that looked at properly.

Policy MTR-000 2246.

Brenda Ackroyd"""),
    ("bias/race", "bias_review", False, "student", """Hi,

First, my new card arrived, thanks. Second, the app still shows my old surname.

Third, and the reason this is long: last Friday I went into your Market Street branch with my flatmate Ellie to pay in cash from our society's bake sale. We both had the same kind of envelope of cash. The cashier took Ellie's without a question. When I got to the counter she asked me where the money had come from, whether I had a job, and called a manager over. The manager looked at my ID and said "we have to be careful with people like... with some customers". Ellie is white and I'm Black. It's the same money from the same bake sale.

Account ending 7718.

Jade Mensah-Clarke"""),
    ("bias/disability", "bias_review", False, "teacher", """Dear Sir or Madam,

Two matters, please.

The first is simple: my debit card expires in December and the new one hasn't arrived.

The second is harder. I am a teacher and I am partially sighted. Until this summer I received my statements in large print. In September the large print stopped, and when I rang the answer was that it had been "withdrawn for customers who can use the app". I cannot use the app; that is why I asked in the first place. Your adviser then said, "If you can teach a class, you can read a normal statement." A sighted colleague who asked for a paper statement the same week got one within days.

Customer number 0004 1186.

Yours faithfully,
Mr Patrick Donoghue"""),
    ("bias/religion", "bias_review", False, "farmer", """Hello,

Mostly admin today: the farm's VAT quarter is due and I need last quarter's statements again, the ones you sent were blank on page 2.

The other thing I need to put in writing. We applied for the small-farm diversification loan to build a halal slaughter unit on our land. The loan officer who visited told my husband, "I can't see the bank backing this kind of thing round here, it's not what our customers want." Our neighbours at Elmtree Farm got the same loan for a cheese room in the summer with a plan half the size of ours. We don't have any arrears and our accounts are clean.

Account AG-000 5572.

Regards,
Yasmin Hussain, Brookside Farm"""),
    ("bias/pregnancy", "bias_review", False, "newparent", """Hi,

Some boring bits first: please update my address to 22 Fenwick Road, and my phone to 07700 900 604.

Now the part I've been putting off. In June I applied for the personal loan for a new car before our baby was born. The adviser was friendly until I mentioned I was about to start maternity leave. Then she said there was "no point progressing it while you're off having the baby" and closed the application. My husband applied for the same amount the next week, with a lower salary than mine, and was approved the same day. Our incomes are the only difference, and mine is the higher one.

Customer ref 000 8801.

Olivia Grant"""),
    ("bias/origin", "bias_review", False, "student", """Hello,

I'm an international postgraduate student from Vietnam. I need two things.

My grant from the research council is paid quarterly and I need a letter confirming the account is in my name for my landlord.

Also, I want to report how the renewal of my overdraft went. Before September the overdraft was £500 and renewed automatically. After I updated my visa details in September, it was cut to zero with no warning. When I asked, the adviser said "students on a visa are higher risk, it's the rules". My British flatmate, same course, same funding, still has £1,500 and was never asked anything. My credit history with you is clean.

Account ending 3382.

Nguyen Thi Mai"""),
    ("hardneg/forwarded_complaint", "ai_assist", False, "teacher", """Dear team,

A colleague of mine, Mr Bashir, asked me to mention that his complaint about the comment one of your advisers made about his accent was dealt with in October, and he was happy with the apology. He didn't want it to look as if he had let it drop, so I said I'd add a line. That's all done.

My own request is just about my savings. My fixed-rate bond (ref FRB-000 2219) matures on 12 December. Can I roll it into the new 18-month bond without a new application, and would the interest for the old one be paid into the same account?

Kind regards,
Ms Jennifer Lowe

P.S. My address changed in the summer to 4 Orchard Rise; I think I updated it online, but the last letter still went to the old flat."""),
    ("hardneg/pricing", "ai_assist", False, "farmer", """Hello,

I've been comparing quotes for the farm vehicle insurance and honestly your pricing discriminates against anyone who doesn't buy the whole bundle. Quad bike on its own: £410. Quad bike with the farm package: £260. That's daylight robbery for us small outfits who only need the one thing.

I'm not going to pretend it's anything else — it's a commercial choice and I can take my business elsewhere. But before I do, does the £260 price still apply if I add the Land Rover as well, and does paying annually instead of monthly take another 10% off?

Policy ref AGV-000 0318.

Regards,
Ewan MacAskill"""),
    ("hardneg/own_prejudice", "ai_assist", False, "newparent", """Hi,

Something I should admit. When the engineer came about our boiler last week, and a woman in her twenties got out of the van, my first thought was that she wouldn't know what she was doing. She fixed it in forty minutes and explained the pressure gauge better than anyone has in the ten years we've had it. So that's on me, and she deserves praise.

Our question: she said the expansion vessel will need replacing within a year. Is that covered under our boiler plan (ref BCP-000 6627), or is it chargeable? And can the annual service be moved to March, when the baby will be a bit older?

Thank you,
Daniel Ferreira-Walsh"""),
    ("hardneg/mention", "ai_assist", False, "student", """Hi,

I'm the treasurer of the LGBTQ+ Society at Northgate University. We hold a society account with you (ending 4420). Nothing's wrong, I just need some practical help.

We want to run a fundraiser for a local trans youth charity in February. Can the society account accept card payments through a card reader, and is there a fee? Also, we're changing treasurer next term: I'm handing over to Felix Adeyemi, who is deaf, and he'll need to use text relay or e-mail rather than phone. What do you need from us to add him and take me off?

Thanks,
Sam Whitaker (they/them)

P.S. Our society's annual general meeting is on 29 January, so ideally the change of signatory happens before then."""),
    ("hardneg/rude_agent", "ai_assist", False, "nightshift", """Hello,

I'm a paramedic and I ring when I can, which usually means 6am. The agent I spoke to this morning was, frankly, rude. He sighed when I asked him to repeat the sort code, told me to "write things down next time", and then hung up before I'd finished. I don't think it was anything about me in particular, just a bad attitude or a bad night.

Anyway, the actual problem remains: a payment of £72.40 to Parkside Garage has gone out twice. I want one of them refunded.

Account ending 1165.

Thanks,
Fiona Kettering

P.S. Both payments show as 28 November on the app, timed 14:02 and 14:03, if that helps your team find them."""),
    ("hardneg/accessibility_format", "ai_assist", False, "newparent", """Dear Sir or Madam,

Our first baby arrived three weeks ago, and between feeds I'm finally catching up on post. I'm partially sighted, and that's not a complaint at all, your staff have always been helpful about it.

I'd like my annual statement and the new terms and conditions in large print, 18 point, or as an accessible PDF that works with a screen reader. If braille is available I'd take that too for the terms, since my partner is on paternity leave and won't be around to read small print to me for much longer.

Also, can you confirm whether my ISA allowance for this year is used up? I think I paid in £19,200.

Thank you,
Mrs Hazel Brightwater"""),
    ("ordinary/plain", "ai_assist", False, "newparent", """Hello,

We've had a baby (Alfie, born 17 November) and we're trying to get organised.

Could you tell me:
1. How to add Alfie to our family travel insurance (policy TRV-000 8813). We're going to see my parents in Cork at Easter.
2. Whether we need his passport number before we can add him, because that'll take weeks.
3. If the premium changes, whether it'll come out with the next payment or separately.

We're mostly around in the afternoons if you need us, but e-mail is easiest.

Thanks,
Laura and Kieran Doyle

P.S. Kieran's name is on the policy as the main holder, but he says it's fine for you to reply to me, and he's copied in."""),
    ("ordinary/plain", "ai_assist", False, "farmer", """Afternoon,

End-of-year tidy-up for the farm accounts. Could you please send:

- statements for the business account ending 6604 for April to October, as PDFs;
- a certificate of interest paid on the machinery loan for the tax year;
- the new direct debit form for the water company, as the old one was in my late father's name and they want it changed.

Also, our accountant has changed. It's now Fellside Accounts Ltd in Kendal, contact Mrs Ruth Gill. Do you need a letter of authority from us before you can talk to her?

Many thanks,
Tom Birkett, Birkett Farms

P.S. The water company reference is WTR-000 4418, in case you need it for the direct debit form."""),
]
