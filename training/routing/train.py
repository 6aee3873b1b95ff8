"""Trains the three heads of the routing decision and writes plugin/core/routing/data/decision_weights.json.

    .venv/bin/python -m training.routing.train

scikit-learn (a development dependency) fits one logistic regression per head on the features of
plugin/core/routing/features.py, computed on group-blind text (identity.py), from every row in
training/routing/data/. Each language weighs the same in total. The threshold of each head is chosen on
out-of-fold scores (5 folds; the style variants of one written core stay in one fold) computed exactly as the router computes them (best span, decision.score), to
maximise F-beta (recall counts more: beta 1.5, opt-out 2.5: an opt-out missed is a broken promise on every later ticket, a false one only withholds AI drafts and is shown to the agent; round 4 moved it from 3 to 2.5 because F3 fell to the floor of the threshold grid, 0.07, with 2 % false alarms on the development blind sets 3-5 and the French deny-AI injection fixture flagged again, while 2.5 keeps recall 158/160 there at 0.7 % false alarms). Deterministic: fixed folds, liblinear solver.
The weights file stores the vocabulary hash (features.vocabulary_hash); a test fails when they differ.

Round 5: the router reads each head on the best span of up to MAX_SPAN sentences, but a model fitted on whole
messages only never learns what a span of a long message looks like (a long ordinary e-mail has many spans, and the
highest of them decided bias review and opt-outs on fresh text). So each head is fitted twice: once on whole
messages, then again on whole messages plus, for every row, the span that the first fit scores highest for that head
(a negative row's best span is a hard negative; a positive row's best span is where its evidence sits), each of the
two instances at half the row's weight. Cross-validation does the same inside each fold.

Round 6: each class weighs the same within each language (``balanced``), not only across all rows; thresholds are the
best F-beta lowered, if needed, until out-of-fold recall reaches a floor (``RECALL_FLOOR``: bias 0.90 with F1, handoff
0.92 with F1.5, opt-out 0.98 with F2.5).

Round 8: the opt-out head also learns the character 4-grams of each word (features.word_features, ``g:``; GRAM_HEADS),
so a compound, a typo or a neighbouring language's spelling of the machine still meets what training saw; the other
heads leave them out (see GRAM_HEADS for what the handoff head did with them). The threshold grid starts at 0.02 (was 0.05, where the opt-out floor had stopped). A per-language
document-frequency cut of the bias head's words was tried again (no gain, as in round 7) and dropped.

Round 9: the opt-out recall floor is 0.975 (RECALL_FLOOR). Weighing the opt-out head's negatives that name the machine
three times as much as other negatives (hard-negative weighting) was tried and dropped: out of fold its threshold fell
to 0.03 and, at the same threshold as without it, it gave no better precision on the development blind sets.

Round 10: who refuses what, by structure. plugin/core/routing/speech_acts.py holds cue lexicons per language (a stance
that accepts the machine, re-enabling it, marketing as the object of a refusal, the machine in a job title, a
bot-or-person question, a quoted reply subject, a call declined, thanks, a call asked for "us"); they are feature
families, and scopes in cues.py (COVERS: a hit inside the cue's hit; CLAUSE_WIDE: its clause, before or after it;
SENTENCE_WIDE: its sentence; LINE_WIDE: the rest of a quoted subject line) rename what they are about ("no me importa
que me responda un sistema" -> OK_NEG, OK_MACHINE; "Head of AI" -> ROLE_MACHINE; a refusal in the clause of
"newsletter" -> REFUSE_OTHER; a refusal in a sentence that says "you can use it again" -> REVOKED_REFUSE), so the
head no longer reads every "no" near "AI" as a refusal of AI. Retrained with written10 (400 rows, s6-rtdata). Opt-out
recall floor 0.976 (see RECALL_FLOOR). Development sets (blind 3-11, written splits 1-3; blind 11 steered this round),
round 9 -> round 10: blind 11 opt-out P 0.723 -> 0.810 at R 0.940 (AI mentions flagged 16/40 -> 8/40: ai_fine 4 -> 2,
refuse_other 4 -> 3, opt_back_in 3 -> 1, own_job 2 -> 0, ask_whether 1 -> 0), handoff false alarms 6.7 % -> 2.2 % at
recall 38/40 (person near-misses 4/10 -> 2/10, AI mentions sent to a person 2/40 -> 0/40); opt-out recall fell on no
development set (blind 6 0.978 -> 1.000); costs: handoffs and other rows flagged as opt-outs 19 -> 23 over blind 4-11
(blind 8 3 -> 4, 10 5 -> 7, 11 2 -> 3), handoff recall blind 10 42 -> 41/45 (blind 5 45 -> 46, blind 9 41 -> 42), bias
precision blind 8 0.849 -> 0.818 (bias recall blind 4 and 5 +1, blind 7 -1). Tried and not kept: the scopes
without written10 (blind 11 P 0.770, handoff false alarms 3.3 %), written10 without the scopes (blind 11 P 0.681,
handoff false alarms 7.8 %: the new rows alone made it worse), the opt-out floor 0.975 (threshold 0.12: one opt-out
lost each on blind 7 and written split 1), "can ... back on" and Spanish "otra vez por el asistente" as re-enabling
("can a person ring me back on the home number", "no me pasen otra vez por el asistente" are refusals), a bare
"Subject:" as a quoted subject ("Subject: ring me back" is the customer's own request). Known limits: a clause-wide
scope stops at a comma ("Dass ein Roboter antwortet, stört mich nicht"), so a stance about a machine named in the
clause or sentence before is left to the learnt pairs; Portuguese "mais" is a clause end (text.CLAUSE_END: French
"but"), so "não quero mais …" is cut in two clauses; bias precision was not worked on (blind 11 0.853).

Round 11: whose refusal it is, and whether it still stands (speech_acts.py OTHER_OWN, BEHALF, WITHDRAW; cues.py
SENTENCE_WIDE, BACK_WIDE, SUBORDINATE). A third person's refusal for their own account ("mein Vater will für seinen
eigenen Vertrag keine KI", "elle vous écrira elle-même") is renamed OTHER_REFUSE / OTHER_MACHINE in its sentence,
unless the message says the writer acts for the account holder (BEHALF: "on her behalf", "en nombre de", "au nom de",
"im Namen", "em nome de", a power of attorney), which is how the training data labels behalf rows (opt-outs). An
explicit withdrawal ("I no longer object", "ya no me opongo", "oubliez mon refus", "ich ziehe meinen Widerspruch
zurück", "não me oponho mais") renames every refusal before it in the message and in its own sentence REVOKED_REFUSE
("changed my mind" alone does not: it can come before a refusal too). A clause-wide stance reaches across one comma
into a clause opened by a subordinating word ("Dass ein Roboter antwortet, stört mich nicht"). Portuguese "mais"
ends no clause after a negation (up to one pronoun and one verb: "não quero mais IA") or "nunca", "nada" …
(text.CLAUSE_END). A consent revoked as "it" after the sentence that names the machine ("… consentimiento al uso de
IA. Lo revoco.") is a refusal of the machine (REFUSE_IT, revoke verbs only: "lo retiro" can withdraw an objection).
A help desk's "## reply above this line ##" marker ends what is read when the customer wrote above it (the
notification below it is the company's e-mail: features.sentence_spans drops it). No new
training rows (written10's relative-own-account rows carry the OTHER_OWN family); retrained, thresholds unchanged
(bias 0.40, handoff 0.35, opt-out 0.10). Development sets (blind 3-12, written splits; blind 12 steered this round),
round 10 -> round 11 (training.routing.devset): blind 12 opt-out P 0.734 -> 0.828, R 0.940 -> 0.960 (AI mentions
flagged 13/40 -> 7/40: relative_other 4 -> 0, opt_back_in 3 -> 2, past_withdrawn 2 -> 1; consent_withdrawn 3 -> 4/5),
handoff false alarms 5.6 % -> 2.2 % at recall 37/40 (the notification cut: 3.3 % -> 2.2 %); blind 11 opt-out P 0.810 -> 0.839 (AI mentions 8 -> 6/40); blind
9 opt-out R 0.900 -> 0.914; blind 10 P 0.812 -> 0.821; written split 1 opt-out false alarms 3 -> 2/130; no
development set loses an opt-out; symmetry 0/20 templates flip. Costs: blind 3 opt-out false flags 1 -> 2; bias
precision blind 9 0.746 -> 0.733, blind 10 0.880 -> 0.863, blind 6 one ordinary row to bias review (0 -> 1). Known
limits: handoff false alarms on blind 12 stay just above 2 % (a rude agent and an apology asked for; a call refused
for sales calls); handoff requests with no AI term still read as opt-outs ("un vrai
conseiller, un humain") - not worked on; no written11 rows were written (no time this round).

Round 12 (reverted): retrained with written11 (400 rows, training/routing/written11.py) and a higher bias threshold for
messages that ask for a person (they reach a person on either route). Development sets 3-13 pooled: bias P 0.851 ->
0.886, R 0.970 -> 0.951. Fresh blind sets 14, 15, 16: precision up on all three, complaints routed to an AI draft 5 -> 7
of 90. Reverted on main; branch s7-routing12 keeps it, written11.py stays out of assemble.py.

Round 13 (not shipped; ``--round13`` trains it, the default reproduces round 11's weights): make the threshold choice
match the promise "a customer who complains of bias reaches a person, not a bot". The bias floor counts a complaint as
reached when its out-of-fold route is bias review *or* a person (the handoff head fires: best_threshold's ``reached``),
and it is 0.95 on that rate, the issue's bias recall target (ROUND13_FLOOR; the rule was written down and committed
before any development set was scored with it). Round 12's person threshold (decision.route_bias, 0.79) and opt-out
floor 0.979 re-applied, written11 loaded. Out of fold the reached rate barely differs from bias recall (177 of 2,147
complaints fire the handoff head), so the 0.95 floor put the bias threshold at 0.19 (round 11 0.40, round 12 0.48);
handoff 0.41, opt-out 0.08. Development sets (training.routing.devset, blind 3-16 pooled; blind 14, 15, 16 are
development sets since this round), round 11 -> round 13: complaints routed to an AI draft 20 -> 9 of 620, to a person
2 -> 7, bias R 0.965 -> 0.974, but bias P 0.848 -> 0.822 (false reviews 107 -> 131); handoff 583 -> 586/615, false
alarms 28 -> 26/1,446; opt-out R 0.974 -> 0.975 (no development set loses an opt-out), false flags 102 -> 111. The
ship rule (AI drafts do not rise AND bias precision rises) fails on precision, so main keeps round 11's weights.
Looked at only after that result, and not a basis for shipping (post hoc): the same weights with the bias threshold set
by hand give, pooled, 0.30: P 0.855, to an AI draft 16; 0.40: P 0.871, 20; 0.48: P 0.884, 28.
Fresh blind set 17 (rule set before its run 2: ship only if complaints to AI drafts fall and precision stays >= 0.90):
bias P 0.964 -> 0.867, R 0.900 -> 0.867, to an AI draft 2 -> 2. Not shipped.

Long-message round (branch s10-rbias): the bias head's word evidence in a span of more than LENGTH_NORM (30) words is
scaled by sqrt(30 / words), in its design matrix and in decision.score alike; threshold by cross-validation 0.44.
Development figures (blind 3-22, written splits) and what was tried and dropped (scales 15 and 8, a 40-word span
budget, a common-word cut, COMMON_SHARE, kept as an option that is off by default): benchmarks/routing/README.md,
"Bias precision on long messages".

Round 15 (long e-mails, branch s12-rlong): (1) written12 (210 long hand-written e-mails, 42 per language; assemble.py)
trains every head; (2) ``mixed_rows``: 400 long messages per language made of 2-6 training rows of that language
joined as paragraphs (label the strictest part, opt-out when a part is one; 30 % hold one bias complaint) train the
bias head only (MIX_HEADS_OUT) and never choose a threshold; (3) a message of LONG_WORDS (60 = 2 x LENGTH_NORM) words
or more has its own bias threshold (decision.bias_threshold, ``threshold_long``), picked like the bias threshold
(F1, recall floor 0.90) on the out-of-fold scores of the long training rows, mixed ones included: 0.88 (out of fold
P 0.978 R 0.974 on them). The boundary 60 was chosen after 7 sentences was tried on the development sets (short
complaints cut into 7-8 fragments lost 8); the handoff (0.35) and bias (0.28) thresholds are fixed (FIXED_THRESHOLD,
reasons there); opt-out re-picked 0.08. Development sets (blind 3-26; 20-26 steered: their false bias reviews by
category and the best spans of four blind-23 rows), main -> round 15, 3-19 pooled: bias P 0.868 -> 0.879, R 0.962 ->
0.965, false handoffs 85 -> 67/2,511, handoff recall 660 -> 660/735, opt-out P 0.900 -> 0.895, R 0.977 -> 0.976;
20-26 pooled: bias P 0.380 -> 0.607 (false reviews 343 -> 134), R 1.000 -> 0.986 (3 of 210 complaints lost), false
handoffs 105 -> 108/910, handoff recall 163 -> 227/280, opt-out P 0.738 -> 0.743, R 0.971 -> 0.974. Tried and not
kept: training on scope.newest text (long false reviews 343 -> 357); written12 alone (its own thresholds: long false
reviews 280, opt-out threshold 0.06); mixed rows in every head (opt-out threshold 0.17, short opt-out recall 0.954);
written12 in the bias head only (handoff re-pick 0.28, long false handoffs 15.6 %).

Round 15b (branch s12-rlong; round 15 was not shipped: on fresh blind 27 and 28 false handoffs rose 21 -> 32 of 180,
the handoff head's own errors on long e-mails that bias review used to hide): a message of LONG_WORDS (60) words or
more also has its own handoff threshold (decision.human_threshold, the human head's ``threshold_long``), never below
the handoff threshold. The trainer's out-of-fold pick (F1.5, recall floor 0.92, on the 157 long real rows the handoff
head learns from, 36 of them requests for a person) is 0.87 and is only reported (``human_long_oof_pick``): on the
development sets it loses 17 of 280 requests (20-26) and 3 of 80 (27-28). HUMAN_LONG_FIXED = 0.60 was chosen on
development sets 20-28 (post hoc). Weights unchanged (the retrain reproduces round 15's weights exactly). Development
sets, round 15 -> 15b: short (3-19, w1-w3) unchanged: handoff 741/790, false handoffs 22/1,886, bias P 0.879 R 0.964,
opt-out P 0.898 R 0.978; long 20-26: handoff 266 -> 263/280, false handoffs 63 -> 50/630; 27-28: handoff 79 -> 78/80,
false handoffs 32 -> 23/180 (main, round 14: 80/80, 21/180); bias and opt-out unchanged. Tried and dropped: written13
(30 long person near-misses and requests, training/routing/written13.py, not loaded: false handoffs rose, see there);
routing a long message whose bias head sits between the short and long bias thresholds to a person (recall +1 to +4 on
20-26 for 3 to 29 more false handoffs); mixed long rows in the handoff head too (MIX_HEADS_OUT = opt-out only: its
out-of-fold long pick 0.94; at 0.70 long 20-26 265/280 with 49/630 false, 27-28 79/80 with 25/180, but short handoff
recall 741 -> 733/790 and false handoffs 22 -> 23).
Round 15c (branch s12-rlong15c; round 15b was not shipped: on fresh blind 29 opt-out precision fell 0.735 -> 0.714,
because round 15 also retrained the opt-out head with written12 and re-picked its threshold, 0.10 -> 0.08):
``--opt-out-from <weights.json>`` copies the opt-out head of another weights file (its weights, intercept and
threshold; the vocabulary hash must match) into the weights written, and records where from (``opt_out_from``:
its sha256 and vocabulary hash) and that head's cross-validation report. The shipped file takes main's round-14
opt-out head: ``git show 439bfd9:plugin/core/routing/data/decision_weights.json > /tmp/main.json`` then ``python -m
training.routing.train --opt-out-from /tmp/main.json`` (or ``--no-train`` to copy into the existing ``--out`` file
without retraining; rounds 15/15b retrain reproducibly, so both give the same file). Retraining the opt-out head
without written12 and the mixed rows was not used: the vectoriser's kept features and the language weights depend on
all rows, so its decisions could not be made identical to main's (tried: the opt-out head trained on main's 15,573
rows re-picks main's 0.10 but 16 of 6,792 development opt-out decisions differ from main's, 7 more and 9 fewer); the copy makes them identical (an opt-out decision
reads only that head's column, its intercept, its threshold and max_span, all equal to main's).
Checked on all 6,792 development texts (blind 3-29, written splits): opt-out decisions of main and round 15c differ
on 0 (round 15b: 33), their opt-out probabilities are bit-identical under one PYTHONHASHSEED; devset.py's bias,
handoff, route and confusion lines equal round 15b's on every set, its opt-out lines main's. Pooled, main -> 15c:
short (3-19, w1-w3) bias P 0.868 -> 0.879 R 0.959 -> 0.964, handoff 744 -> 741/790, false 33 -> 22/1,885, opt-out
P 0.903 R 0.979 (as main); 20-26 bias P 0.380 -> 0.607 R 1.000 -> 0.986, handoff 274 -> 263/280, false 57 -> 50/630;
27-28 bias P 0.251 -> 0.484 R 1.000 -> 0.983, handoff 80 -> 78/80, false 21 -> 23/180; 29 bias P 0.439 -> 0.806
R 0.967, handoff 38/40 and false 6/90 unchanged, opt-out P 0.735 R 1.000 (as main; round 15b 0.714).

Round 16 (branch s12-r16; no retraining, the weights file is main's, byte for byte): words the writer reports rather
than says now are not read by the handoff and opt-out heads (plugin/core/routing/scope.py ``opt_out_text``,
``handoff_text``; the package's classify). Opt-out head: a quotation introduced by a past verb of saying or writing
("one member said, and I quote, '...'", "schimpfte laut: ...") or another sender's ``>`` block, or a quotation line
that the line before forwards, relays or excerpts (not the writer's own message), when it refuses or denies something
(the company's own words reported stay what a refusal after them is about) and the writer does not act on the
holder's behalf; a mail system's AI spam-filter notice; a canned reply refused ("another template", "réponse type",
"Textbausteine"); an earlier refusal withdrawn by asking to remove its note. Handoff head: a reported quotation when a
settlement (not negated) follows it ("in October I wrote '...'. Mr Patel rang and it is sorted"), other senders'
blocks and forwarded quotations, thanks passed on to an agent's manager, pasted chat transcripts. The bias head reads
everything. A head is read again only when it fires and its best span holds a changed sentence, only the changed
sentences are re-read, and it can only be lowered. Development figures (blind 20-30 and 3-19, written splits; 20-30
steered: their false handoffs and opt-outs by category, benchmarks/routing/round16_long_misses.md), main -> round 16:
20-30 false handoffs 81 -> 52/918 at recall 387/408 (unchanged), false opt-outs 199 -> 142, opt-out P 0.715 -> 0.779
at R 0.980 (unchanged), bias unchanged; 3-19 false opt-outs 109 -> 105, all else unchanged; written splits
unchanged; the 15,783 training rows: 6 opt-out decisions fixed, none broken; benchmarks/routing rows unchanged.
Probes written for this round (company words reported then refused, reported requests still open, behalf relays)
found and fixed three over-reaches before commit (see the git log). Tried and not kept: a third person's refusal
relayed without quotation ("asked me to say he won't ...", 8 false opt-outs fewer but 5 proxy opt-outs lost: a
carer's or relative's relay for the account holder is an opt-out); "lo retiro" / "das nehme ich zurück" as a
withdrawal (they withdraw a consent too: one opt-out lost); a separate opt-out threshold for long messages chosen
leave-one-set-out on 20-30 (F2.5 picks 0.41-0.47: opt-out recall 0.98 -> 0.965) or only for long messages routed to a
person (0.41: 3 of 155 lost). The opt-out head was not retrained (round 15b's retrain lowered opt-out precision on a
fresh set); its decisions differ from main's only where a head is lowered as above.

Round 18 (branch s12-r18; issue 12, ordinary mentions of who the customer is; no retraining, the weights file is
main's, byte for byte): (1) a P.S. or a line below the signature that says who the writer is (a masked mention, or a
first-person statement in words the masker does not read) and holds no adverse outcome or refusal stands aside
(features.aside, ASIDE_BLOCKED): when the bias head fires, routing.classify reads it again without those lines and can
only lower it; the handoff and opt-out heads are never read again. The trainer does not apply it (like round 16's
re-reads, it lives at serving time only). (2) Round 17's masker frames (identity.py from s12-r17: a person word after
"I'm", a person noun before an adjective of identity, a second description after "and", a language said not to be the
writer's first, French "personne ne"), with main's weights. Development figures (own non-logging scripts; main =
round 16): symmetry 2 templates that change route 21 -> 2 of 50, ordinary + hard-negative fills to bias review
159 -> 2 of 1,200 (en 23 -> 0, es 35 -> 0, fr 36 -> 2, de 33 -> 0, pt 32 -> 0), to a person 11 -> 2, complaints
300/300 (the aside rule alone: 18 flips, 20 to review; the masker alone: 4 flips, 140 to review); development sets
3-32 + w1-w3 bias R 0.9693 -> 0.9693, P 0.7544 -> 0.7571 (5 false reviews fewer; 3-19 P 0.879 -> 0.883, 20-32
P 0.589 -> 0.591, written splits unchanged), the handoff head's decision and the opt-out decision identical on every
development row; 15,783 training rows: routes unchanged, the raw handoff head no longer fires on 6 rows routed to bias
review ("I'm a woman" is no longer read as "a person"). Tried and dropped: a mention on a line of its own in a
message of three or more lines (one sentence, 8+ words, no list item): no symmetry-2 gain, one implicit complaint lost
(a one-sentence line of a timeline, "Mardi : je reserve ... fauteuil roulant"); the first version (any line of its own,
no ASIDE_BLOCKED guard) lost 14 complaints written as a P.S. ("P.S. I'm registered blind ... I can't get into my
account") or as a list of one-sentence lines.

Round 22 (branch s14-r22; issue 12, bias false alarms; no retraining, the weights file is main's, byte for byte): the
bias head weighs the mere presence of a masked identity expression (f:ID +2.07 on the logit, with ID x NEGATION pairs
+1.5 more), so a message that says who the writer is and complains of anything at all reaches review. Of the 789 false
bias reviews on the development sets (blind 3-33, 35, 36, symmetry 2-5, written splits, claims_eval27's customer
messages), 477 stop firing when the same
sentences are read without the identity tokens (plugin/core/routing/link.py ``without_identity``); of the 2,464
complaints found, 100 do. routing.classify now reads a firing bias head again without the identity tokens and keeps
that reading when nothing links the characteristic to an outcome (``link.linked``: a word naming the unfairness or an
exclusion, a quotation, a causal word or reported words beside the characteristic or an outcome, a comparison said
in more than a person's name, a person and how their case went in one sentence, a change beside the characteristic
or a separate outcome, and forms the cue families lack: a sudden change, a thing given to someone else, the customer
before or behind, "thinking I was", no other option, no lift, a change after the writer told who they are); it can
only lower the head, and the handoff and opt-out heads are never read again. The trainer does not apply it (like
rounds 16 and 18 it lives at serving time), so ``python -m training.routing.train`` is unaffected. Development
figures (own non-logging scripts over every development row; main = round 18 -> round 22): false bias reviews 775 ->
407, bias R 0.9856 -> 0.9852 (one complaint lost: w1 "Les entendants passent", a group contrast no link form reads),
P 0.761 -> 0.858; short 3-19 FP 91 -> 75, long 20-33 FP 270 -> 227, blind 35 FP 23 -> 18 (hard negatives 18 -> 15 of
60), blind 36 FP 17 -> 11 (German 7 -> 5), symmetry 2-5 bias FP 2/99/55/214 -> 0/10/30/32, templates that change route
with the group 2/7/1/5 -> 1/3/0/2 (none new), ordinary and hard-negative fills to review or a person 4/101/145/245 ->
2/12/120/64, written splits R 28 -> 27 of 30 (the same lost row) FP 4 -> 4; claims_eval27 customer messages to review
14 -> 5 of 80. The handoff head's and the opt-out decision are identical on every development row; by route, one
request for a person that only bias review reached (b29-de-022, a false review) now gets an AI draft, and one
false handoff that bias review hid (b36-es-038) shows. Tried and dropped: any AI term as a link (9 more false
reviews kept, no complaint needs it); "no longer" as a link ("I won't need the line any more"); a person named beside
an outcome as a comparison ("the courier insulted my neighbour": 48 symmetry-3 false reviews, one complaint); "without"
as an outcome ("without talking down to me"); the link test on every firing message, with or without a characteristic
named (false reviews 531 -> 486 but 39 complaints lost: the masker misses many characteristics, "hiyab", "Kippur",
"burkini", and the head carries them). Found and left: the cue patterns are rewritten as masked text, so German
"partner(in)" (COMPARE) and "mutter" (mumble, DIFFERENTIAL) now fire on every "my husband" and "my mother"
(features.as_masked); a fix changes features and needs a retrain.

Round 22b (branch s14-r22b, built on s14-r22; no retraining, the weights file is main's, byte for byte): the false
alarms round 22 left, by path (training/routing/round22b_false_alarms.tsv lists every one left on blind 35, 36, 38 and
symmetry 2-5). Serving-time changes only: (1) identity.py, masking defects: German "bis" (until), Spanish/French
"pan", French "bois", Portuguese "sinto" were identity terms everywhere ("bis Freitag" was a mention of sexual
orientation); they are now read like the vocabulary's "bi" (masked after a self-description or before a person noun
only); an adverb after "I am" is no group for the fallback ("I am honestly at the end of my tether" was masked);
English "blind to", "a blind eye/spot", "deaf to" are no mentions ("the self-checkout is blind to reusable bags").
(2) link.py: a quotation links a characteristic only within two sentences of it (an app's "address not recognised"
three sentences after "I moved here from ..."); a causal word links the characteristic itself only when it
introduces it ("por ser xid", "because xid", "due to my xid"), not when it gives the reason for the letter ("I write
because my son, who is autistic, ..."); a change or reported words must stand beside an outcome, not beside the
characteristic alone ("my partner and I got married"); the characteristic, then "therefore" and an outcome in its
sentence, links ("ich bin bi und wurde deshalb nicht reingelassen", lost since round 22). (3) scope.handoff_text: the
handoff head reads the message without requests for a service visit ("send someone to fix it", "que venga alguien",
"quelqu'un qui vérifie la ligne", "jemanden vorbeischicken", "mandem alguém"). Development figures (own non-logging
script over every development row, 14,032 rows; main = round 18 -> s14-r22 -> s14-r22b): false bias reviews short
3-19 91 -> 75 -> 71, long 20-33 270 -> 227 -> 209, blind 35 23 -> 18 -> 17, blind 36 17 -> 11 -> 11, blind 38
36 -> 26 -> 22, symmetry 2-5 2/99/55/214 -> 0/10/30/32 -> 0/7/30/30, written 4 -> 4 -> 3; bias recall unchanged from
s14-r22 on every group (short 809/834, long 389/396, 35 38/40, 38 39/40, symmetry 300/300 each, written 27/30; main
28/30 on written, round 22's lost row). Templates that change route with the group (symmetry 2-5) 2/7/1/5 -> 1/3/0/2
-> 1/3/0/1. Handoff: recall short 689/735 all three, long 502 -> 501 -> 502 of 528, written 52 -> 52 -> 51 of 55 (lost
wt3-es-010, a request for a person "¿alguien de ustedes le puede llamar?" that the handoff head misses and that only
a false bias review through a causal word beside the characteristic carried); false alarms blind 38 13 -> 15 -> 13 of
145, long 158 -> 158 -> 159 (three visits fewer; two false reviews removed uncover the handoff head's own false
alarms, b30-es-007 and b32-fr-035), blind 36 35 -> 36 -> 36, symmetry 5 31 -> 32 -> 32. Opt-out decisions identical on
every development row. Tried and dropped: a number of years after a word of duration as no age ("depuis 15 ans",
"seit 20 Jahren": no false review fewer, two complaints lost); a quotation within one sentence (15 false reviews
fewer among those the link test decides, two complaints lost); requiring a word for a person in the handoff head's
best span (35 requests for a person lost for 18 false alarms); reading the handoff head without the identity tokens
(it does not lean on them: one row changes); the link test on every message that names a characteristic (111
complaints are unlinked by it). Left: 10 of blind 38's 22 false reviews fire without the identity tokens too (settled
complaints of others, illness, grief, disability as context: the learnt head reads the kinship and person tokens and
the angry words), 5 fire with no characteristic named (rude staff, loyal pricing: the implicit path), 3 on a word
of discrimination said about prices or the writer's own prejudice; the German "partner(in)"/"mutter" cue defect (needs
a retrain; not attempted in this round).
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import vstack
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold

from plugin.core.routing import decision, features, identity
from plugin.core.routing.text import fold

DATA = Path(__file__).resolve().parent / "data"
MAX_SPAN = 3
# Long-message round: the bias head's word evidence in a span of more than LENGTH_NORM words is scaled by
# sqrt(LENGTH_NORM / words) (decision.Model.length_norm, decision.length_scale); the design matrix of the bias head is
# scaled the same way (length_scaled), whole messages and spans alike. 0: no scaling.
LENGTH_NORM = int(__import__("os").environ.get("ROUTING_LENGTH_NORM", "30"))
MIN_ROWS = 2           # a feature must occur in at least this many rows
C = 4.0
BETA = {"bias": 1.0, "human": 1.5, "opt_out": 2.5}
# Round 6: bias review F1 (was F1.5) with an out-of-fold recall floor of 0.90: with each class balanced within each
# language (balanced() below) the out-of-fold bias scores run higher; F1.5 put the threshold at 0.22 (33 of blind set
# 4's and 26 of blind set 5's non-complaints to review) and F1 alone at 0.61 (recall 0.90 on blind set 5); the floor
# gives 0.40. The handoff head's F1.5 moved from 0.36 to 0.54 the same way (blind set 6: 38/40); its floor 0.92 is
# about round 5's out-of-fold recall. Chosen after looking at the development blind sets 3-7.
# The opt-out threshold is also kept low enough that out-of-fold recall stays at or above this floor (the
# issue's target is 0.98 on unseen text): with round 6's AI-mention hard negatives F2.5 alone moved it from 0.08 to
# 0.17 and lost opt-outs on the development blind sets.
# Round 9: the opt-out floor 0.975 (was 0.98). With written9's opt-outs said as questions, beside praise or after a
# withdrawn consent (hard out of fold), the floor 0.98 pulled the threshold from 0.09 to 0.05 and opt-out precision fell
# on the development blind sets (blind 4: 0.964 -> 0.941 at 0.05, 0.952 at 0.09); chosen after looking at them.
# Round 10: the opt-out floor 0.976 (was 0.975). With the speech-act scopes the out-of-fold scores of AI mentions fell
# and 0.975 put the threshold at 0.12, where two opt-outs of the development sets (blind 7, written split 1) were lost
# against round 9; out of fold 0.976 gives 0.10, where no development set loses an opt-out (chosen after looking at them).
RECALL_FLOOR = {"bias": 0.90, "human": 0.92, "opt_out": 0.976}
# Round 13 (not shipped; ``--round13``, see the module doc): the floors of round 13. The bias floor is on the rate of
# complaints that *reach a person* out of fold (ROUND13_REACHED: the bias head passes its threshold or the handoff head
# fires; both routes are read by a person, only ai_assist is a draft), and it is 0.95, the bias recall target,
# applied as it stands; fixed before any development set was scored with it and not tuned afterwards. The opt-out floor
# 0.979 is round 12's: with written11's rows 0.976 put the threshold at 0.09, where blind set 6 lost a conditional
# opt-out (0.081) against round 11 (chosen after looking at the development sets).
ROUND13_FLOOR = {"bias": 0.95, "human": 0.92, "opt_out": 0.979}
# head -> the heads whose firing reaches a person for its positives anyway (see best_threshold's ``reached``).
ROUND13_REACHED = {"bias": ("human",)}
FOLDS = 5
# Round 8: the heads that learn weights for the character 4-grams of features.char_grams (``g:``); the others leave
# them out (their columns are not in their design matrix).
# GRAM_HEADS: head -> the value a 4-gram feature takes in its design matrix (a smaller value is a stronger L2 penalty
# on the 4-grams; the exported weights are multiplied back, so the router counts each 4-gram as 1). The handoff head
# was tried with its 4-grams at 1.0 (more recall and as many more false alarms) and at 0.4 (development sets: handoff
# recall +4, false alarms -1 over blind sets 3-9, but "Ich lege Widerspruch ein." fell from a person to no one: the
# 4-grams of "widersprech-" belong to GDPR objections, which are opt-outs): not kept.
GRAM_HEADS = {"opt_out": 1.0}


# Round 15 (long e-mails): the bias head does not learn the words found in at least this share of the training rows of
# some language (function words: "de", "o", "und", "and", "the" ...), their consonant skeletons, nor pairs of two such
# words (see common_words). Fitted on short messages, where complaints run longer than ordinary requests, such words
# had learnt length: each added a little bias evidence, and a span of three long sentences of any e-mail summed to a
# complaint (blind sets 21 and 22: "w:o" +2.4, "w:und" +2.7, "w:de" +1.9 in the best span of a change of address).
# 0 turns the cut off.
COMMON_SHARE = float(__import__("os").environ.get("ROUTING_COMMON_SHARE", "0"))
COMMON_HEADS = ("bias",)


def common_words(rows: list[dict], feats: list[dict[str, int]], share: float = COMMON_SHARE) -> set[str]:
    """The words (``w:`` features, without the prefix) found in at least ``share`` of the rows of some language."""
    if share <= 0:
        return set()
    by_lang: dict[str, Counter] = {}
    for row, f in zip(rows, feats, strict=True):
        by_lang.setdefault(row["lang"], Counter()).update(k[2:] for k in f if k.startswith("w:"))
    sizes = Counter(r["lang"] for r in rows)
    return {w for lang, counts in by_lang.items() for w, n in counts.items() if n >= share * sizes[lang]}


def common_features(names: list[str], common: set[str]) -> np.ndarray:
    """Mask of the columns a COMMON_HEADS head leaves out: a common word, its skeleton, a pair of two common words."""
    skeletons = {f"k:{k}" for w in common if (k := features.skeleton(w))}
    words = {f"w:{w}" for w in common}

    def is_common(name: str) -> bool:
        if name in words or name in skeletons:
            return True
        if name.startswith("b:"):
            a, _, b = name[2:].partition("_")
            return a in common and b in common
        return False
    return np.array([is_common(n) for n in names])


def columns(names: list[str], common: set[str] | None = None) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """head -> (the columns of the design matrix it learns from, the value each takes; see GRAM_HEADS and
    COMMON_SHARE)."""
    grams = np.array([n.startswith("g:") for n in names])
    dropped = common_features(names, common or set())
    out = {}
    for h in decision.HEADS:
        keep = np.ones(len(names), dtype=bool) if h in GRAM_HEADS else ~grams
        if h in COMMON_HEADS:
            keep &= ~dropped
        use = np.flatnonzero(keep)
        out[h] = (use, np.where(grams[use], GRAM_HEADS.get(h, 1.0), 1.0))
    return out


def design(x, cols: tuple[np.ndarray, np.ndarray]):
    """The head's columns of ``x``, each scaled by its value (see columns)."""
    use, scale = cols
    sub = x[:, use]
    return sub.multiply(scale.reshape(1, -1)).tocsr() if (scale != 1.0).any() else sub


def load(with_written11: bool = False) -> list[dict]:
    """Every row of training/routing/data/, file by file in name order; with ``with_written11`` (``--round13``) also
    written11's rows, which assemble.py leaves out since round 12 was reverted, filtered and placed as if assembled."""
    files = {path.name: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
             for path in DATA.glob("*.jsonl")}
    if with_written11:
        from . import assemble, written11
        files["written11.jsonl"] = assemble.kept([dict(r, source="written12k") for r in written11.rows()],
                                                 assemble.test_strings())
    return [r for name in sorted(files) for r in files[name]]


# Round 15 (see the module doc): mixed long rows per language for the bias head (0: none); the word count from which
# a message has the bias threshold of long messages (0: none; 2 x LENGTH_NORM); the heads whose threshold is fixed
# rather than re-picked (the handoff head's out-of-fold pick fell from 0.35 to 0.21 with written12, F1.5 alone too,
# and false handoffs rose on the development sets: 3.4 % -> 4.1 % short, 11.5 % -> 16.6 % long; the bias head's
# pick was 0.28 before 44 rows of written12 were reworded to share no 6-word sequence with a blind set, then 0.30,
# where the development sets 3-19 lose 9 complaints against 0.28: chosen after looking at them).
LONG_WORDS = int(__import__("os").environ.get("ROUTING_LONG_WORDS", "60"))
FIXED_THRESHOLD = {"human": 0.35, "bias": 0.28}
# Round 15b: a handoff threshold for messages of LONG_WORDS words or more (0: none, ROUTING_HUMAN_LONG=0), fixed at
# 0.60 rather than the out-of-fold pick (0.87 on 157 long real rows, 36 of them requests for a person: too few), which
# loses 17 of 280 requests on the development sets 20-26 and 3 of 80 on 27-28; 0.60 was chosen on those sets (post hoc).
HUMAN_LONG = __import__("os").environ.get("ROUTING_HUMAN_LONG", "1") == "1"
HUMAN_LONG_FIXED = 0.60
MIX_PER_LANG = int(__import__("os").environ.get("ROUTING_MIX", "400"))
MIX_HEADS_OUT = ("human", "opt_out")
MIX_BIAS_SHARE = float(__import__("os").environ.get("ROUTING_MIX_BIAS", "0.3"))


def mixed_rows(rows: list[dict], per_lang: int = MIX_PER_LANG, bias_share: float = MIX_BIAS_SHARE,
               seed: int = 15) -> list[dict]:
    """Long multi-topic messages made of 2-6 rows of one language joined as paragraphs (see the module doc, round
    15). The label is the strictest of its parts (bias review > a person > an AI draft), opt-out when a part is one;
    ``bias_share`` of them hold exactly one bias complaint, the others none."""
    import random
    rng = random.Random(seed)
    out: list[dict] = []
    for lang in sorted({r["lang"] for r in rows}):
        pool = [r for r in rows if r["lang"] == lang]
        bias = [r for r in pool if r["label"] == "bias_review"]
        other = [r for r in pool if r["label"] != "bias_review"]
        for n in range(per_lang):
            target = rng.randint(400, 1100)
            parts = [rng.choice(bias)] if rng.random() < bias_share else []
            while sum(len(p["text"]) for p in parts) < target and len(parts) < 6:
                parts.append(rng.choice(other))
            rng.shuffle(parts)
            labels = {p["label"] for p in parts}
            label = "bias_review" if "bias_review" in labels else "human" if "human" in labels else "ai_assist"
            out.append({"id": f"mix-{lang}-{n:04d}", "text": "\n\n".join(p["text"] for p in parts), "lang": lang,
                        "label": label, "opt_out": any(p["opt_out"] for p in parts), "source": "mixed",
                        "group": f"mix-{lang}-{n}", "mixed": True})
    return out


def prepare(rows: list[dict]) -> tuple[list[list[features.Sentence]], list[dict[str, int]]]:
    sents = [features.sentences(identity.mask(fold(r["text"])).text) for r in rows]
    return sents, [features.span_features(s) for s in sents]


def length_scaled(feats: dict[str, int], sents: list[features.Sentence]) -> dict[str, float]:
    """``feats`` (of the sentences ``sents``) as the bias head reads them: word features scaled by
    decision.length_scale of the span's words (see LENGTH_NORM)."""
    factor = decision.length_scale(sum(len(s.words) for s in sents), LENGTH_NORM)
    if factor == 1.0:
        return dict(feats)
    return {f: n * factor if decision.is_word_feature(f) else n for f, n in feats.items()}


def targets(rows: list[dict]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """head -> (y, mask of rows the head learns from). The handoff head does not learn from bias complaints."""
    label = np.array([r["label"] for r in rows])
    opt_out = np.array([r["opt_out"] for r in rows])
    everyone = np.ones(len(rows), dtype=bool)
    return {"bias": (label == "bias_review", everyone),
            "human": (label == "human", label != "bias_review"),
            "opt_out": (opt_out, everyone)}


def language_weights(rows: list[dict]) -> np.ndarray:
    counts = Counter(r["lang"] for r in rows)
    return np.array([len(rows) / (len(counts) * counts[r["lang"]]) for r in rows])


def balanced(y: np.ndarray, w: np.ndarray, langs: np.ndarray) -> np.ndarray:
    """Round 6: each class weighs the same *within each language* (was: across all rows). With one balance for all,
    a language with a larger share of bias complaints (es/fr/pt: fewer ordinary rows than en) made its function
    words ("a", "de", "en", "mi") evidence of a complaint, and ordinary Spanish or Portuguese requests went to review."""
    out = w.astype(float).copy()
    for lang in np.unique(langs):
        in_lang = langs == lang
        total = out[in_lang].sum()
        for cls in (True, False):
            sel = in_lang & (y == cls)
            if sel.any():
                out[sel] *= total / (2 * out[sel].sum())
    return out


def fit(x, y, w, langs) -> LogisticRegression:
    return LogisticRegression(C=C, solver="liblinear", max_iter=2000).fit(x, y, sample_weight=balanced(y, w, langs))


def fit_heads(x, idx_by_head: dict[str, np.ndarray], heads, w, sents, vec, keep, names,
              langs, cols: dict[str, tuple[np.ndarray, np.ndarray]], x_by_head=None) -> dict[str, LogisticRegression]:
    """Whole messages first; then whole messages plus each row's best span under the first fit (see the module doc)."""
    xb = x_by_head or {}
    first = {head: fit(design(xb.get(head, x)[idx], cols[head]), heads[head][0][idx], w[idx], langs[idx])
             for head, idx in idx_by_head.items()}
    model = as_model(names, first, {h: 0.5 for h in decision.HEADS}, cols)
    rows = sorted(set().union(*(set(idx.tolist()) for idx in idx_by_head.values())))
    best = {i: decision.score(sents[i], model) for i in rows}
    out = {}
    for head, idx in idx_by_head.items():
        parts = [sents[i][slice(*best[i][head].span)] for i in idx]
        spans = [features.span_features(p) for p in parts]
        if head in xb:
            spans = [length_scaled(f, p) for f, p in zip(spans, parts, strict=True)]
        xs = vec.transform([{f: n for f, n in row.items() if f in keep} for row in spans])
        y = heads[head][0][idx]
        out[head] = fit(design(vstack([xb.get(head, x)[idx], xs]).tocsr(), cols[head]), np.concatenate([y, y]), np.concatenate([w[idx], w[idx]]) / 2,
                        np.concatenate([langs[idx], langs[idx]]))
    return out


def as_model(names: list[str], fitted: dict[str, LogisticRegression], thresholds: dict[str, float],
             cols: dict[str, tuple[np.ndarray, np.ndarray]], with_person: float | None = None) -> decision.Model:
    weights: dict[str, list[float]] = {}
    for h, head in enumerate(decision.HEADS):
        use, scale = cols[head]
        for name, coef in zip([names[c] for c in use], fitted[head].coef_[0] * scale, strict=True):
            if abs(coef) >= 1e-4:
                weights.setdefault(name, [0.0] * len(decision.HEADS))[h] = round(float(coef), 4)
    return decision.Model({k: tuple(v) for k, v in weights.items()},
                          tuple(round(float(fitted[h].intercept_[0]), 4) for h in decision.HEADS),
                          tuple(thresholds[h] for h in decision.HEADS), MAX_SPAN, features.vocabulary_hash(),
                          thresholds["bias"] if with_person is None else with_person, LENGTH_NORM)


def best_threshold(scores: np.ndarray, y: np.ndarray, beta: float, recall_floor: float = 0.0,
                   reached: np.ndarray | None = None) -> float:
    """The threshold of the best F-beta, lowered if needed until recall reaches ``recall_floor``. Round 13: with
    ``reached`` (rows that reach a person whatever this head says), the floor counts a positive as found when it
    passes the threshold *or* is reached; F-beta still counts this head's own predictions only."""
    found_anyway = np.zeros(len(y), dtype=bool) if reached is None else reached
    best, best_t, floor_t = -1.0, 0.5, 0.02
    for t in np.arange(0.02, 0.96, 0.01):  # round 8: from 0.02 (was 0.05, where the opt-out floor had stopped)
        pred = scores >= t
        tp, fp, fn = int((pred & y).sum()), int((pred & ~y).sum()), int((~pred & y).sum())
        f = (1 + beta**2) * tp / ((1 + beta**2) * tp + beta**2 * fn + fp) if tp else 0.0
        if f > best:
            best, best_t = f, round(float(t), 2)
        if int(((pred | found_anyway) & y).sum()) / max(int(y.sum()), 1) >= recall_floor:
            floor_t = round(float(t), 2)
    return min(best_t, floor_t)


def oof_report(pred: np.ndarray, y: np.ndarray, threshold: float) -> dict[str, float | int]:
    tp, fp, fn = int((pred & y).sum()), int((pred & ~y).sum()), int((~pred & y).sum())
    return {"threshold": threshold, "oof_precision": round(tp / max(tp + fp, 1), 3),
            "oof_recall": round(tp / max(tp + fn, 1), 3), "positives": int(y.sum()), "rows": len(y)}


def write_index() -> None:
    features.INDEX_FILE.write_text(json.dumps(features.build_index(), sort_keys=True) + "\n", encoding="utf-8")
    features._index.cache_clear()
    features._bucket.cache_clear()
    features._anywhere.cache_clear()
    features._as_matched.cache_clear()


def opt_out_from(out: dict, source: Path) -> dict:
    """Round 15c (see the module doc): ``out`` with the opt-out head (weights, intercept, threshold) and its
    cross-validation report taken from the weights file ``source``, which must have the same vocabulary hash."""
    import hashlib
    raw = source.read_bytes()
    src = json.loads(raw.decode("utf-8"))
    if src["vocabulary_hash"] != out["vocabulary_hash"] or src["max_span"] != out["max_span"]:
        raise SystemExit(f"{source}: vocabulary hash {src['vocabulary_hash']} / max_span {src['max_span']} differ "
                         f"from {out['vocabulary_hash']} / {out['max_span']}")
    head = src["heads"]["opt_out"]
    out = dict(out, heads=dict(out["heads"]), cross_validation=dict(out["cross_validation"]))
    out["heads"]["opt_out"] = {"intercept": head["intercept"], "threshold": head["threshold"],
                               "weights": dict(head["weights"])}
    if "opt_out" in src.get("cross_validation", {}):
        out["cross_validation"]["opt_out"] = src["cross_validation"]["opt_out"]
    out["opt_out_from"] = {"sha256": hashlib.sha256(raw).hexdigest(), "vocabulary_hash": src["vocabulary_hash"]}
    return out


def main() -> None:
    import argparse
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--oof", type=Path, help="also write each row's out-of-fold scores here (JSON lines)")
    parser.add_argument("--round13", action="store_true",
                        help="round 13 (not shipped): written11, the reached-a-person bias floor, a person threshold")
    parser.add_argument("--out", type=Path, default=decision.WEIGHTS, help="where to write the weights")
    parser.add_argument("--opt-out-from", type=Path,
                        help="round 15c: take the opt-out head (weights, intercept, threshold) from this weights file")
    parser.add_argument("--no-train", action="store_true",
                        help="with --opt-out-from: copy the head into the existing --out file, without retraining")
    args = parser.parse_args()
    if args.no_train:
        if not args.opt_out_from:
            parser.error("--no-train needs --opt-out-from")
        out = opt_out_from(json.loads(args.out.read_text(encoding="utf-8")), args.opt_out_from)
        args.out.write_text(json.dumps(out, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
        print(f"opt-out head from {args.opt_out_from}; wrote {args.out}")
        return
    floors, reached_heads = (ROUND13_FLOOR, ROUND13_REACHED) if args.round13 else (RECALL_FLOOR, {})
    write_index()
    rows = load(args.round13)
    rows += mixed_rows(rows) if MIX_PER_LANG else []
    real = np.array([not r.get("mixed") for r in rows])
    sents, feats = prepare(rows)
    counts = Counter(f for row in feats for f in row)
    vec = DictVectorizer(sort=True)
    keep = {f for f, n in counts.items() if n >= MIN_ROWS}
    x = vec.fit_transform([{f: n for f, n in row.items() if f in keep} for row in feats])
    x_by_head = {"bias": vec.transform([{f: n for f, n in length_scaled(row, s).items() if f in keep}
                                        for row, s in zip(feats, sents, strict=True)])} if LENGTH_NORM else {}
    names = list(vec.get_feature_names_out())
    common = common_words(rows, feats)
    cols = columns(names, common)
    print(f"bias head leaves out {len(common)} common words", flush=True)
    w = language_weights(rows)
    langs = np.array([r["lang"] for r in rows])
    heads = targets(rows)
    for head in MIX_HEADS_OUT:  # round 15: mixed rows teach the bias head only
        heads[head] = (heads[head][0], heads[head][1] & real)
    oof = {h: np.zeros(len(rows)) for h in decision.HEADS}
    strat = np.array([r["label"] + str(r["opt_out"]) + r["lang"] for r in rows])
    groups = np.array([r.get("group") or r["id"] for r in rows])  # variants of one written core stay in one fold
    for train_idx, val_idx in StratifiedGroupKFold(FOLDS, shuffle=True, random_state=12).split(x, strat, groups):
        fitted = fit_heads(x, {head: train_idx[use[train_idx]] for head, (_, use) in heads.items()}, heads, w, sents,
                           vec, keep, names, langs, cols, x_by_head)
        fold_model = as_model(names, fitted, {h: 0.5 for h in decision.HEADS}, cols)
        for i in val_idx:
            scored = decision.score(sents[i], fold_model)
            for head in decision.HEADS:
                oof[head][i] = scored[head].probability
    thresholds, report = {}, {}
    for head in sorted(heads, key=lambda h: h in reached_heads):  # round 13: the heads a floor counts on come first
        y, use = heads[head]
        reached = np.zeros(len(rows), dtype=bool)
        for other in reached_heads.get(head, ()):
            reached |= oof[other] >= thresholds[other]
        use = use & real  # round 15: thresholds from real rows only, never from mixed ones
        thresholds[head] = (FIXED_THRESHOLD[head] if head in FIXED_THRESHOLD and not args.round13 else
                            best_threshold(oof[head][use], y[use], BETA[head], floors.get(head, 0.0), reached[use]))
        pred = oof[head][use] >= thresholds[head]
        report[head] = oof_report(pred, y[use], thresholds[head])
        if head in reached_heads:  # the positives that land in an AI draft out of fold
            report[head]["oof_to_ai_draft"] = int((~pred & ~reached[use] & y[use]).sum())
    # Round 15: the bias threshold of long messages (LONG_WORDS or more words), from their out-of-fold scores, mixed
    # rows included (few real training rows are that long); never below the bias threshold.
    long_rows = (np.array([sum(len(s.words) for s in ss) >= LONG_WORDS for ss in sents]) if LONG_WORDS
                 else np.zeros(len(rows), bool))
    bias_long = 0.0
    if long_rows.any():
        y_bias = heads["bias"][0]
        bias_long = max(thresholds["bias"], best_threshold(oof["bias"][long_rows], y_bias[long_rows], BETA["bias"],
                                                           floors.get("bias", 0.0)))
        report["bias_long"] = oof_report(oof["bias"][long_rows] >= bias_long, y_bias[long_rows], bias_long)
    # Round 15b: the handoff threshold of long messages, picked like the handoff threshold (F1.5, recall floor) on the
    # out-of-fold scores of the long real rows the handoff head trains on (mixed rows never train it); never below it.
    human_long = 0.0
    long_human = long_rows & heads["human"][1] & real
    if HUMAN_LONG and long_human.any():
        y_human = heads["human"][0]
        picked = best_threshold(oof["human"][long_human], y_human[long_human], BETA["human"], floors.get("human", 0.0))
        report["human_long_oof_pick"] = picked
        human_long = max(thresholds["human"], HUMAN_LONG_FIXED or picked)
        report["human_long"] = oof_report(oof["human"][long_human] >= human_long, y_human[long_human], human_long)
    # Round 12 (``--round13`` only): the bias threshold of a message that asks for a person (see
    # decision.Model.bias_with_person): the best F1 among the rows whose handoff head fires, with no recall floor,
    # because each of them reaches a person whichever of the two routes it takes (none of these can land in a draft).
    with_person = None
    if args.round13:
        asks = oof["human"] >= thresholds["human"]
        y_bias = heads["bias"][0]
        with_person = max(thresholds["bias"], best_threshold(oof["bias"][asks], y_bias[asks], BETA["bias"]))
        report["bias_with_person"] = oof_report(oof["bias"][asks] >= with_person, y_bias[asks], with_person)
        routed = np.where(asks, oof["bias"] >= with_person, oof["bias"] >= thresholds["bias"])
        report["bias_routed"] = oof_report(routed, y_bias, with_person)
    if args.oof:
        args.oof.write_text("".join(json.dumps({"id": r["id"], "source": r["source"], "kind": r.get("kind", ""),
                                                "label": r["label"], "opt_out": r["opt_out"], "lang": r["lang"],
                                                **{f"p_{h}": round(float(oof[h][i]), 3) for h in decision.HEADS}}) + "\n"
                                    for i, r in enumerate(rows)), encoding="utf-8")
    final = fit_heads(x, {head: np.flatnonzero(use) for head, (_, use) in heads.items()}, heads, w, sents, vec, keep,
                      names, langs, cols, x_by_head)
    model = as_model(names, final, thresholds, cols, with_person)
    out = {"vocabulary_hash": model.vocabulary_hash, "max_span": MAX_SPAN, "length_norm": LENGTH_NORM,
           **({"long_words": LONG_WORDS} if bias_long else {}),
           "trained_rows": len(rows),
           "rows_by_language": dict(sorted(Counter(r["lang"] for r in rows).items())),
           "cross_validation": report, "heads": {}}
    for h, head in enumerate(decision.HEADS):
        out["heads"][head] = {"intercept": model.intercepts[h], "threshold": thresholds[head],
                              "weights": {f: ws[h] for f, ws in sorted(model.weights.items()) if ws[h]}}
    if with_person is not None:
        out["heads"]["bias"]["threshold_with_person"] = with_person
    if bias_long:
        out["heads"]["bias"]["threshold_long"] = bias_long
    if human_long:
        out["heads"]["human"]["threshold_long"] = human_long
    if args.opt_out_from:
        out = opt_out_from(out, args.opt_out_from)
        report = out["cross_validation"]
    args.out.write_text(json.dumps(out, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=1))
    print(f"{len(model.weights)} features; wrote {args.out}")


if __name__ == "__main__":
    main()
