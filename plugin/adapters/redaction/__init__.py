"""Redaction: finding the personal data in a ticket comment before any of it reaches the AI provider.

One entry point, `engine.find(text, known, ner=...)`; PresidioRedactor and InMemoryRedactor are its two faces
(with and without Presidio/spaCy). Modules:

- language.py   which of en/es/fr/de/pt a comment is in (py3langid, five languages)
- engine.py     Presidio analyzer with a registry per language; the pipeline
- rules.py      the rule recognizers registered per language, and the keep filter
- patterns.py   e-mails, phones (digits and words), cards, IBANs, SSNs, IPs
- documents.py  dates of birth, driving licences, passports + MRZ, national/tax ids, bank accounts, card expiry/CVC
                (round 11: the expiry and code right after a card, a value after a clause, birth dates in words,
                inline MRZ; round 17: spoken birth dates answering a question or before their cue, Roman months)
- secrets.py    passwords, PINs, security answers, usernames, secrets in URLs; codes dictated digit by digit, tokens
                by their mix of characters, `curl -u user:pass` (round 11: quoted secrets, "I tried X", recovery
                phrases, Authorization headers and JWTs, a value after a clause, logins in pasted paths)
                (round 15: logins after a user noun or an action credited to an account, answering a chat
                question, beside a password; a security answer after a bracketed question)
                (round 16: logins by shape within a cue window, "logged in as", spelt-out logins, till/POS operators,
                marketplace thread handles, logins built from a name)
                (round 17: passphrases of several words in prose after a password or security-phrase cue; logins in
                a table's user column; a login corrected or given twice in speech)
- name_spoken.py (round 17) names in call and chat transcripts: spelt letter by letter, an agent's speaker label,
                call openings ("le atiende X", "X am Apparat", "X here"), two people named together
- social.py     (round 21) usernames where a platform prints them (thread headers in five languages, "Buyer (x):",
                a handle beside its platform, comment exports' line senders, notifications, export headers, a
                login-shaped token in an account word's clause) and every other mention of a handle found once;
                first names addressed in lower-case chat text (after a greeting or cheer, opening a message, as a
                chat's display name)
                (round 23: chat exports' ranked senders "[time] x [Rank]:", timed senders "21:10 x:", u/ accounts,
                review bylines, logins given with a password or answering a question about the account, plain logins
                after their word; a comment's opening lower-case vocative, chat senders by full name)
- casual_ids.py (round 23) national and tax ids typed casually up to 160 characters after their cue, taken only when
                their check digits hold (DE Steuer-ID, RV-Nr, Ausweis; AT SV; FR SPI; PT NIF; IE PPS; CA SIN; US SSN)
- forms.py      (round 21) booking-system passenger names ("SURNAME/GIVEN MR"), a name cut before a form's next
                field, a space-aligned table's header cells are no people
- STRUCTURED.md what the structured rules hide and keep, and why (datasheet; development figures of round 11)
- keyed.py      values of machine-written fields by their key (JSON, key=value, dotted keys): birth dates, ids,
                bank details, card expiry/CVC, postcodes; and the columns of pasted tables by their header
- tables.py     pasted tables (tabs, bars, semicolons, commas under a header that looks like one; round 21: aligned
                with spaces), column by column
- addresses.py, address_blocks.py, postcodes.py   street addresses grown to unit, postcode and town
- names.py, name_context.py, name_gazetteer.py, name_lists.py, name_cues.py, identity.py   names
- name_structure.py names read from the text's structure: field labels and JSON keys (any case, OCR line breaks),
                chat speakers and role brackets, name questions, kinship/role nouns, contacting verbs, mail headers,
                signature lines, table columns, a note writer before a bracketed team
- name_roles.py  names in running text read from the words before them: a role, occupation or kinship noun
                ("der Busfahrer X", "Tante X"), apposition ("Mi mujer, X, tiene"), the pt/es article before a first
                name ("o X viu"), the German name before "nannten" (round 9; finish.py then hides every other
                mention of a name a cue or structure found); in German an unlisted word when name_words.py
                reads it as a name, the southern German article before a first name, "Xs Garage", "Familie X"
                (round 10)
- name_words.py  German "name or common noun?" from the word's letters: logistic regression over character
                n-grams (stdlib; weights data/name_words_de.json.gz; trainer training/redaction_ner/name_words.py)
- name_bounds.py where a name starts and ends (capital surnames, particles, initials, double-barrelled names),
                names in forms, headers, chat logs and bare sign-offs; labels, titles and greetings left out
- name_tagger.py the project's own PERSON tagger for en/es/fr/de/pt (stdlib; trainer in training/redaction_ner/)
- keep.py       identifiers agents need: order/tracking/account numbers, SKUs, prices, dates, companies, products,
                colour names, role mailboxes, carriers, trade-word and business-chat companies (round 15), a name after a common noun (not after a person noun: data/person_nouns.txt, learnt by
                training/redaction_ner/person_nouns.py); plus the tenant's own product words (KnownValue "KEEP", core/keep_terms.py: knowledge-base
                titles and ticket fields, passed by the worker; the CLI has none)
                (round 22: firms of two names joined by "&", trade words after an elided article, product names
                with particles and sizes, hashtags of ordinary words)
- finish.py, spans.py, known.py   span bookkeeping and the requester's known values; outside English (round 11)
                titles and salutations are cut from a name, a conjunction between two people splits it, German
                "von der" + a noun ends it, and a sentence-opening verb before "-vous" or an article is dropped;
                (round 22) a model's lone word that is a learnt ordinary word (data/ordinary_words.txt.gz) at a
                sentence's or label's start, a German noun anywhere, a town after a preposition of place are no
                names, and an id's or phone's label is cut from the finding it names
- data/         name lists, cue words (cues.toml), postcode formats, CJK surnames, with sources and licences
"""
