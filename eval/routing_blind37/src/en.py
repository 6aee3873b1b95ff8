"""Blind set 37, English (UK): (category, label, opt_out, style, text), typed by hand."""
ROWS = [
    ("optout/embedded", "ai_assist", True, "courierdm",
     "Hi, parcel ref ZX0000418 was meant to come Tuesday and the tracker has said 'out for delivery' for "
     "three days. I've stayed in every single day. Can you say where it has actually got to, or at least "
     'refund the £6.99 delivery charge. (and pls keep my emails away from the automatic answering thing, '
     'it never understands a word)'),
    ("optout/hedged", "ai_assist", True, "powerbill",
     "Meter reading is 04417. I'd rather my account wasn't handled by the computer system if that can be "
     'avoided, last time it made a right mess of the estimate.'),
    ("optout/question", "ai_assist", True, "fixitdesk",
     'is this an automatic answer?? because if it is i dont want it. laptop has been with you 3 weeks job '
     'no R-000552'),
    ("optout/footer_reply", "ai_assist", True, "savingsbank",
     'Thanks for the reply about the standing order. I noticed the small print at the bottom saying your '
     "message was 'prepared with the help of AI'. Kindly stop doing that on my account; my letters should "
     'be written by your staff, thanks. Anyway, the standing order to Mrs P. Hollis for £45 still went out'
     ' on the 1st although I cancelled it on the 28th, so I would like that money back.'),
    ("optout/followup", "ai_assist", True, "tourdesk",
     'As I said in my last email, no automated replies for me. Still waiting on the balance invoice for '
     'the Keswick cottage, booking KC-00731. We arrive on the 19th and the owner has now emailed asking '
     "whether we've paid, which we can't until we get it. Also, is the dog fee per night or per stay? "
     "We're bringing Biscuit, a small terrier."),
    ("optout/consent", "ai_assist", True, "powerbill",
     "Re: account 0000-7712-54. Please note I don't consent to having my emails, call recordings or meter "
     "data put through any automated decision-making, and I'd like that objection put on my file. "
     'Separately, my direct debit went from £88 to £131 with no explanation whatsoever and I want to see '
     'how it was worked out.'),
    ("optout/product", "ai_assist", True, "courierdm",
     'pls dont answer me with chatgpt or whatever you lot use, just tell me why my parcel went back to the'
     ' depot'),
    ("optout/sarcasm", "ai_assist", True, "fixitdesk",
     "Oh brilliant, another reply telling me to 'try switching it off and on again', which I said in my "
     'FIRST message I had done. If whatever writes these could stop writing them to me, that would be '
     'lovely. Washing machine still leaks from the door seal, model WM-00820, repair ticket 55193.'),
    ("optout/elderly", "ai_assist", True, "savingsbank",
     "Dear Madam or Sir, I have banked with you since 1967 and at 84 I'd prefer no computer decides a "
     "thing about my savings. I have also had a letter about a new 'digital review' of older accounts "
     'which I did not understand. My grandson says you use such things now. Kindly make a note of it. '
     'Yours faithfully, Edna Marsh'),
    ("optout/typos", "ai_assist", True, "tourdesk",
     'dont want ur auto system anwsering me thx. whens the transfer pick up for the faro flight on the '
     '14th'),
    ("optout/data", "ai_assist", True, "courierdm",
     'Hello, two things. 1) Can the driver leave parcels with number 14 next door from now on? 2) Your '
     "privacy page says messages may get 'reviewed by automatic tools for quality'. Mine are to stay out "
     'of all that, opt me out of it please. Cheers, Dev Kaur'),
    ("optout/with_person", "human", True, "powerbill",
     "Hi, the smart meter you fitted in August has stopped sending readings again (screen says 'no WAN'). "
     "Third time I'm reporting it. I don't want another automated reply with a link to the FAQ, can "
     'somebody ring me on 07700 900417 after 5pm please.'),
    ("optout/with_person", "human", True, "fixitdesk",
     'does an actual person read these? if not id like one to, and no replies from the machine please. '
     'ring me 01632 960233'),
    ("optout/with_person", "human", True, "savingsbank",
     "My mum passed away last month and I'm trying to sort out our joint account. I honestly can't face "
     'going back and forth with a system over this. No automated messages please, let me talk it over with'
     ' somebody, ideally at the Ashby branch where she banked for forty years.'),
    ("optneg/question_ai", "ai_assist", False, "courierdm",
     "Are these replies done by AI? Just curious, it doesn't bother me. Where's parcel ZX0000902?"),
    ("optneg/praise", "ai_assist", False, "savingsbank",
     'the chat assistant froze my card in about two mins, genuinely impressed. can it change my address as'
     ' well?'),
    ("optneg/marketing", "ai_assist", False, "powerbill",
     'Please stop sending me emails and texts about solar panels and heat pumps, I have unsubscribed twice'
     ' now and I do not consent to any marketing. Account 0000-3381-20. I only want my bills, nothing '
     'else.'),
    ("optneg/cookies", "ai_assist", False, "tourdesk",
     "I rejected all cookies on your website and now the booking page won't go past step 2. Can you help?"),
    ("optneg/calls", "ai_assist", False, "fixitdesk",
     "no phone calls please, I'm at work all day and can't answer, email is fine. is the part for my "
     'dishwasher in yet?'),
    ("optneg/autorenew", "ai_assist", False, "tourdesk",
     "Please switch off auto-renewal on my annual travel insurance, policy TI-000318. I don't want it "
     'rolling over in March without me checking the price first. Last year it renewed at £214, almost '
     'double the year before, and I only noticed when the payment left my account. Please confirm by email'
     " that it's switched off. Mr G. Lyle"),
    ("optneg/someone_else", "ai_assist", False, "courierdm",
     "My husband can't stand automated replies, but this is my account and I'm honestly fine with whatever"
     ' gets me an answer quickest. Parcel ZX0000377 shows as delivered on Friday but it never arrived and '
     'nothing was left in the porch or with the neighbours.'),
    ("optneg/withdrawn", "ai_assist", False, "savingsbank",
     'Back in October I said no automated tools on my messages. Scrap that, the quick answers have '
     'actually been useful, so please take that note off my account. Also what is the contactless limit '
     'now?'),
    ("optneg/app_error", "ai_assist", False, "powerbill",
     'your app keeps logging me out and the system says error 0x000417 every time I submit a reading. fix '
     'pls'),
    ("human/callback", "human", False, "courierdm",
     'Can someone call me back about the missing parcel? 07700 900582, any time before 6.'),
    ("human/manager", "human", False, "fixitdesk",
     'This is the fourth visit your engineer has cancelled on the day. I took yet another day off work for'
     ' nothing. I need a manager on the line, or whoever can actually authorise compensation, not another '
     'apology email. Ticket 55902.'),
    ("human/anyone", "human", False, "tourdesk",
     'hello?? is anybody there? sent 3 messages about the cancelled ferry and nothing back'),
    ("human/named_agent", "human", False, "savingsbank",
     'Could I please speak to Marcus again? He dealt with my mortgage payment holiday in October and knows'
     ' the whole background. Starting over from scratch with someone new would be exhausting. Account '
     'ending 0043.'),
    ("human/phone", "human", False, "powerbill",
     "What number do I ring to go through this with somebody? I've read the letter three times and the "
     "£612 catch-up bill still makes no sense to me. We've paid every direct debit on time since we moved "
     'in, and nobody ever told us the estimates were too low.'),
    ("human/escalate", "human", False, "courierdm",
     'Please escalate this. Complaint CX-000231 has been open five weeks and nobody has looked at it.'),
    ("human/branch", "human", False, "savingsbank",
     "I'd like to go through the ISA transfer face to face with an adviser at the Market Street branch, "
     "can you book me in for a weekday morning? I don't do the app and the phone line keeps cutting off "
     "after the menu. It's about £18,000 from my old building society and I want to be sure it arrives as "
     'an ISA, not as ordinary savings.'),
    ("humanneg/spoke_already", "ai_assist", False, "tourdesk",
     "I spoke to a lovely lady on the phone yesterday and it's all sorted, thanks. Just email me the "
     'updated itinerary.'),
    ("humanneg/agent_name", "ai_assist", False, "fixitdesk",
     "Your engineer on Thursday was brilliant, fixed the boiler and explained everything to my dad. We'd "
     'like to send a thank-you card to your office, could you tell me his first name? Job 56011. Email '
     "back is fine, don't ring."),
    ("humanneg/quoted_request", "ai_assist", False, "courierdm",
     "My neighbour keeps telling me to 'demand a manager' but honestly I just need the new delivery date "
     "for ZX0000611. It's a birthday present for my granddaughter and her party is on Sunday, so if it "
     "won't make it by Saturday I'd rather cancel and get the money back and buy something in town "
     'instead.'),
    ("humanneg/no_callback", "ai_assist", False, "powerbill",
     "You don't need to phone me back, email is fine. Just confirm the £42.10 refund has gone through."),
    ("humanneg/withdrawn", "ai_assist", False, "savingsbank",
     "Earlier I asked for a call back about my card but I've sorted it in the app now, so please cancel "
     'that. Thanks.'),
    ("bias/age", "bias_review", False, "tourdesk",
     'I tried to book the coach tour of the Highlands for my husband and me (we are 78 and 80). Your agent'
     " said over the phone 'people your age usually prefer the gentle package' and then told us the "
     'standard tour was full. My daughter-in-law, who is 42, booked the same standard tour for the same '
     "date an hour later without any trouble. We feel we were turned away because of our age and I'd like "
     'an explanation.'),
    ("hardneg/mention", "ai_assist", False, "fixitdesk",
     'My wife uses a wheelchair, so for the repair visit could the engineer come to the side door, the '
     'front steps are awkward. Any slot on Wednesday works for us.'),
    ("hardneg/pricing", "ai_assist", False, "courierdm",
     'Is it not discrimination charging extra to deliver to the islands? Feels unfair up here. Anyway '
     "what's the surcharge for a 5kg box to Stornoway?"),
    ("ordinary/plain", "ai_assist", False, "savingsbank",
     'Hi, how do I order a new chequebook? Thanks.'),
    ("ordinary/plain", "ai_assist", False, "tourdesk",
     "Hello, we're booked into the Lake Garda apartment (LG-00418) from 2 to 9 August, two adults and a "
     'six-year-old. Could you tell me whether a travel cot or small bed is available, whether there is '
     'parking on site, and what time check-in opens on the Saturday? Many thanks, Joanne Pryce'),
]
