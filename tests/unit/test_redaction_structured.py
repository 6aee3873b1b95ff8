"""Structured personal values of issue 11 in five languages (redaction round 11, branch s6-redsecrets): card expiry and
CVC near a card, passwords / PINs / one-time codes / security answers / recovery phrases (also after a verb: "I tried
X", "j'ai mis X comme mot de passe"), secrets in URLs and pasted curl/logs, logins in log lines, dates of birth,
passports, driving licences, bank accounts; and the look-alikes agents need kept (order, ticket, invoice, tracking
numbers, SKUs, error codes, versions, HTTP statuses, public URLs, non-birth dates, prices), each with its reason.

These rows were written for these tests (InMemoryRedactor: the same rules as the Presidio path, without spaCy). They
steered the round's changes: they are development rows, not an evaluation. None is copied from an eval/ set.
"""
import pytest

from tests.redaction_spans import covered, spans, untouched

HIDDEN = [
    # --- card expiry and CVC, near a card or by their own cue -------------------------------------------------
    ("Card 4111 1111 1111 1111 exp 08/27 cvc 123, please charge it", "08/27"),
    ("Card 4111 1111 1111 1111 exp 08/27 cvc 123, please charge it", "123"),
    ("my visa ending 4242 is valid thru 11/28", "11/28"),
    ("the three digits on the back are 914", "914"),
    ("security digits on the back: 5521", "5521"),
    ("Mastercard 5555 5555 5555 4444, 09/28, 771", "09/28"),
    ("Mastercard 5555 5555 5555 4444, 09/28, 771", "771"),
    ("card number 4000 0566 5566 5556 expiring 03/2029 code 402", "03/2029"),
    ("card number 4000 0566 5566 5556 expiring 03/2029 code 402", "402"),
    ("tarjeta 5500 0000 0000 0004, caducidad 08/27, CVV 321", "08/27"),
    ("tarjeta 5500 0000 0000 0004, caducidad 08/27, CVV 321", "321"),
    ("la fecha de vencimiento es 10/26", "10/26"),
    ("los tres números de atrás son 552", "552"),
    ("carte 4970 1012 3456 7899 expire fin 08/27, cryptogramme 447", "08/27"),
    ("carte 4970 1012 3456 7899 expire fin 08/27, cryptogramme 447", "447"),
    ("date d'expiration : 12/2027", "12/2027"),
    ("les 3 chiffres au dos : 908", "908"),
    ("Karte gültig bis 08/27, Prüfnummer 613", "08/27"),
    ("Karte gültig bis 08/27, Prüfnummer 613", "613"),
    ("Ablaufdatum 05/28 und CVC 274", "05/28"),
    ("die drei Ziffern auf der Rückseite sind 381", "381"),
    ("cartão 4111 1111 1111 1111 validade 08/27 e CVV 159", "08/27"),
    ("cartão 4111 1111 1111 1111 validade 08/27 e CVV 159", "159"),
    ("os três números atrás do cartão: 734", "734"),
    ("Visa 4012888888881881 good thru 07/30", "07/30"),
    ("le code au dos de la carte est 662", "662"),
    ("tarjeta=4111111111111111&caducidad=04%2F29&cvv=731", "04%2F29"),
    # --- passwords, PINs, one-time codes, security answers, recovery phrases ----------------------------------
    ("my PIN is 4821 and it is blocked", "4821"),
    ('the password "blue moon 77" does not work', "blue moon 77"),
    ("I can't log in. I tried Sunflower88 and it says wrong password", "Sunflower88"),
    ("recovery phrase: apple banana cherry dolphin eagle forest", "apple banana cherry dolphin eagle forest"),
    ("security answer - Rover", "Rover"),
    ("the verification code they texted me was 558 213", "558 213"),
    ("OTP 771204 expired", "771204"),
    ("j'ai mis Chaton2019 comme mot de passe", "Chaton2019"),
    ("mot de passe oublié, j'avais mis azerty123", "azerty123"),
    ("mon mot de passe : « soleil levant »", "soleil levant"),
    ("code reçu par SMS : 448120", "448120"),
    ("mon code PIN est 0917", "0917"),
    ("Das Passwort geht nicht, hab es mit hamster77 versucht", "hamster77"),
    ("Passwort: 'Sonnenblume 12'", "Sonnenblume 12"),
    ("meine PIN lautet 5530", "5530"),
    ("der Bestätigungscode war 839201", "839201"),
    ("puse Girasol_55 como contraseña", "Girasol_55"),
    ("la clave es tigre23", "tigre23"),
    ('mi contraseña: "luna llena"', "luna llena"),
    ("No puedo entrar con mi contraseña. Probé con mariposa7 y nada.", "mariposa7"),
    ("minha senha é gatinho123", "gatinho123"),
    ("Esqueci a senha, tentei com brasil2022 e não entrou", "brasil2022"),
    ("o código de verificação é 662 018", "662 018"),
    ("a resposta de segurança: Bolinha", "Bolinha"),
    ("seed phrase is: river stone paper lamp quiet orbit", "river stone paper lamp quiet orbit"),
    # --- secrets in URLs, API keys and bearer tokens in pasted curl and logs -----------------------------------
    ("reset link https://app.example.com/reset?token=abc123XYZ9&lang=en expired", "abc123XYZ9"),
    ("https://shop.example.com/account/verify/7f3a9c2e1b8d", "7f3a9c2e1b8d"),
    ("https://files.s3.amazonaws.com/inv.pdf?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261102&X-Amz-Signature=9a8b7c6d5e4f",
     "9a8b7c6d5e4f"),
    ("https://example.com/login/magic?email=ana%40mail.com&code=991233", "ana%40mail.com"),
    ("https://example.com/login/magic?email=ana%40mail.com&code=991233", "991233"),
    ("der Link https://konto.example.de/passwort/neu?code=K8S2M1&sid=ab12cd34ef geht nicht", "K8S2M1"),
    ("curl -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl' https://api.example.com/v1/me",
     "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"),
    ('curl -H "X-Api-Key: 3f9a2c7e1b4d8f60aa" https://api.example.com/v2/orders', "3f9a2c7e1b4d8f60aa"),
    ("Authorization: Basic YWRtaW46c2VjcmV0MTIz", "YWRtaW46c2VjcmV0MTIz"),
    # --- usernames and logins in log lines ---------------------------------------------------------------------
    ("2026-11-03 10:22:01 ERROR login failed user=mgarcia ip=10.0.0.4", "mgarcia"),
    ("login: jdupont\nerreur 403", "jdupont"),
    ("Benutzer: kmueller\nFehler 401", "kmueller"),
    ("usuario: pperez88\nerror 500", "pperez88"),
    ("[auth] username=ana.silva status=401", "ana.silva"),
    ("utilizador: rui.costa", "rui.costa"),
    # --- dates of birth, with and without the cue right before ---------------------------------------------------
    ("born on the 3rd of June, 1979 in Leeds", "3rd of June, 1979"),
    ("DOB 03/14/1988", "03/14/1988"),
    ("d.o.b. 1988-03-14", "1988-03-14"),
    ("my date of birth, for the record, is 14/03/1988", "14/03/1988"),
    ("DOB is Jan 5 1970", "Jan 5 1970"),
    ("I was born March 14th, 1988", "March 14th, 1988"),
    ("nacido el 5 de mayo de 1979", "5 de mayo de 1979"),
    ("fecha de nacimiento: 05/05/1979", "05/05/1979"),
    ("née le 2 février 1990 à Lyon", "2 février 1990"),
    ("date de naissance 02.02.1990", "02.02.1990"),
    ("geb. 12.07.1985", "12.07.1985"),
    ("Geburtsdatum: 12. Juli 1985", "12. Juli 1985"),
    ("nascido em 21/09/1992", "21/09/1992"),
    ("data de nascimento: 21 de setembro de 1992", "21 de setembro de 1992"),
    ("14/03/1988 is my date of birth", "14/03/1988"),
    ("mi fecha de nacimiento es el veintiuno de marzo de 1990", "veintiuno de marzo de 1990"),
    ("born on the fourteenth of March 1988", "fourteenth of March 1988"),
    # --- passports: number after a cue, MRZ lines ------------------------------------------------------------------
    ("passport number: 533380006", "533380006"),
    ("Reisepass Nr. C01X00T47", "C01X00T47"),
    ("pasaporte PAB123456", "PAB123456"),
    ("passeport n° 18AV12345", "18AV12345"),
    ("passaporte CZ123456", "CZ123456"),
    ("P<GBRSMITH<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n5333800068GBR8501017M2801012<<<<<<<<<<<<<<04",
     "5333800068GBR8501017M2801012<<<<<<<<<<<<<<04"),
    # --- driving licences: US state formats, UK DVLA, EU formats after a cue ---------------------------------------
    ("driver's license D1234567 (California)", "D1234567"),
    ("DL: S530-460-88-123-0", "S530-460-88-123-0"),
    ("my licence is MORGA753116SM9IJ", "MORGA753116SM9IJ"),
    ("Führerscheinnummer B072RRE2I55", "B072RRE2I55"),
    ("permis de conduire n° 13AB12345", "13AB12345"),
    ("carnet de conducir 12345678Z", "12345678Z"),
    ("carta de condução L-1234567 8", "L-1234567 8"),
    # --- bank accounts with sort code / routing number ---------------------------------------------------------------
    ("sort code 20-00-00 account 12345678", "12345678"),
    ("sort code 20-00-00 account 12345678", "20-00-00"),
    ("routing number 021000021, account 000123456789", "000123456789"),
    ("BLZ 37040044 Kontonummer 0532013000", "0532013000"),
    ("agência 0001 conta 12345-6", "12345-6"),
    # --- a cue, a clause, then the value (a colon, a comma or a linking word ends the clause) --------------------
    ("el PIN que me dieron en la tienda es 9034", "9034"),
    ("Reisepass für die Prüfung beim Zoll: C3H7K1L2M", "C3H7K1L2M"),
    ("nació en Oaxaca, el 3 de junio de 1961", "3 de junio de 1961"),
    ("NIF para a fatura: 218334110", "218334110"),
    ("Die Passnummer meiner Frau, nach der Sie gefragt haben, ist C9F3K2L7X.", "C9F3K2L7X"),
    ("mon identifiant (c'était mbrun.74) ne marche plus", "mbrun.74"),
    # --- logins in pasted paths, credentials in pasted requests ---------------------------------------------------
    ("File \"C:\\Users\\mbrennan\\AppData\\Local\\app.py\", line 3", "mbrennan"),
    ('headers = {"Authorization": "Bearer eyJhbGciOiJSUzI1NiJ9.eyJ1aWQiOjc3fQ.Zm9vYmFy"}',
     "eyJhbGciOiJSUzI1NiJ9.eyJ1aWQiOjc3fQ.Zm9vYmFy"),
    ("Cookie: PHPSESSID=9f8e7d6c5b4a3f2e1d0c; lang=fr", "9f8e7d6c5b4a3f2e1d0c"),
    ("ligne du bas : X8K2J44711GBR9102284M3105069<<<<<<<<<<<<<<02 voilà", "X8K2J44711GBR9102284M3105069<<<<<<<<<<<<<<02"),
]


@pytest.mark.parametrize("text,value", HIDDEN)
def test_hides_structured_values(text, value):
    assert covered(text, value)


# Each kept look-alike, with the reason it is kept.
KEPT = [
    ("Order 112-4455667-8899001 arrived broken", "112-4455667-8899001"),          # Amazon 3-7-7 format
    ("ticket #48812 is still open", "#48812"),                                     # ticket number after "#"
    ("invoice INV-2026-0042 was paid twice", "INV-2026-0042"),                     # invoice prefix
    ("tracking 1Z999AA10123456784 shows delivered", "1Z999AA10123456784"),         # UPS 1Z format
    ("customer account ACC-88812 cannot log in", "ACC-88812"),                     # account number after its cue
    ("SKU BK-220-BLU is out of stock", "BK-220-BLU"),                              # SKU cue
    ("I get error 0x80070005 when I pay", "0x80070005"),                           # error code
    ("the app shows error code E-1023", "E-1023"),                                 # error code, not a secret code
    ("after updating to version 2.14.3 it crashes", "2.14.3"),                     # version number
    ("the checkout returns HTTP 503", "503"),                                      # HTTP status
    ("see https://shop.example.com/p/oak-chair?utm_source=mail&lang=en&page=2 for the chair",
     "https://shop.example.com/p/oak-chair?utm_source=mail&lang=en&page=2"),       # public URL, harmless params
    ("https://app.example.com/reset?token=abc123XYZ9&lang=en", "https://app.example.com/reset?"),  # scheme, host, path
    ("delivered on 12/03/2026 to the neighbour", "12/03/2026"),                    # a date without a birth cue
    ("the sofa cost €1,299.00 and the chair R$ 350,00", "€1,299.00"),              # price
    ("code promo SUMMER20 ne marche pas", "SUMMER20"),                             # promo code
    ("mi pedido 4471-2209 no ha llegado", "4471-2209"),                            # order cue (es)
    ("Bestellung 300128844 kam beschädigt an", "300128844"),                       # order cue (de)
    ("la commande du 14/03/2026 est incomplète", "14/03/2026"),                    # an order's date (fr)
    ("fatura FT 2026/118 em atraso", "FT 2026/118"),                               # invoice cue (pt)
    ("expected delivery 08/27 at the latest?", "08/27"),                           # a date with no card cue
    ("2026-11-03 10:22:01 ERROR login failed user=mgarcia", "2026-11-03 10:22:01"),  # a log's timestamp
    ("firmware 4.18.2 on my router, status=200", "4.18.2"),                        # firmware version
    ("the password reset page says 404", "404"),                                   # HTTP status after a secret cue
    ("My birthday present, order 77812, never came", "77812"),                     # order cue beats a birth word
    ("she was born in Leeds, ordered on 12/03/2026", "12/03/2026"),                # an order's word in the clause
    ("my password is not working, the error is 500", "500"),                      # the first linking word ends it
    ("card 4111 1111 1111 1111 for order 1234", "1234"),                           # no card word before the digits
    ("I tried version 2.14.3 and the password still fails", "2.14.3"),             # a version is an identifier
    ("Cookie: PHPSESSID=9f8e7d6c5b4a3f2e1d0c; lang=fr", "lang=fr"),                # a harmless cookie
    ("HTTP/1.1 502 Bad Gateway after login", "502 Bad Gateway"),                   # an HTTP status line
    ("the parcel from 02/03/2026 is the birthday present", "02/03/2026"),          # no possessive before the cue
    ("14/03/2026 my birthday gift never arrived", "14/03/2026"),                    # a birthday's gift, not a birth
    ("né à Lyon, commandé le 12/05/2026", "12/05/2026"),                            # an order's word in the gap
    ("la contraseña no funciona, el pedido es 88213", "88213"),                     # an order's word in the clause
    ("Das Passwort klappt nicht, meine Kundennummer ist 4471920", "4471920"),       # a customer number's cue
]


@pytest.mark.parametrize("text,value", KEPT)
def test_keeps_look_alikes_agents_need(text, value):
    assert untouched(text, value)


# A second batch, written after the first round of fixes to see whether they generalise: 4 of these 56 rows failed
# (good thru, code au dos, j'avais mis, an HTTP status line read as an address) and were then fixed, so these are
# development rows too.
HIDDEN_2 = [
    ("my card is 4242 4242 4242 4242 expiry 1/29 and the cvv 803", "1/29"),
    ("my card is 4242 4242 4242 4242 expiry 1/29 and the cvv 803", "803"),
    ("Visa 4012888888881881 good thru 07/30", "07/30"),
    ("CVV2: 0451", "0451"),
    ("código de seguridad de la tarjeta: 318", "318"),
    ("Kartennummer 4111111111111111, gültig bis Ende 06/28", "06/28"),
    ("le code au dos de la carte est 662", "662"),
    ("código de segurança 904 e validade 02/31", "904"),
    ("código de segurança 904 e validade 02/31", "02/31"),
    ("my new password: Tulip-Garden-19", "Tulip-Garden-19"),
    ("PIN number 7730", "7730"),
    ("mot de passe oublié, j'avais mis azerty123", "azerty123"),
    ("j'ai essayé Marseille13 et ça bloque, mot de passe refusé", "Marseille13"),
    ("mi contraseña era perrito2020 pero la cambié", "perrito2020"),
    ("Mein Passwort lautete früher „Tanne#88“", "Tanne#88"),
    ("senha: 'cafe com leite'", "cafe com leite"),
    ("the code in the text message was 309 114", "309 114"),
    ("Ihr Einmalcode: 449 201", "449 201"),
    ("respuesta secreta: Canelo", "Canelo"),
    ("clé API : 8c1f4e2a9b7d6c3e5f0a", "8c1f4e2a9b7d6c3e5f0a"),
    ("https://tienda.example.es/confirmar?email=lu.ramos%40correo.es&t=8H2kLq", "8H2kLq"),
    ("https://example.com/s/abc?sig=Xy7Qp2mN9vB3&exp=1767225600", "Xy7Qp2mN9vB3"),
    ("https://app.example.com/auth/magic/4f8a1c9e2b7d3f6a0e5c", "4f8a1c9e2b7d3f6a0e5c"),
    ("curl -H 'x-api-key: live_5fGh8JkL2mNp4QrS' https://api.example.com", "live_5fGh8JkL2mNp4QrS"),
    ("[2026-10-01 08:00:12] WARN auth user:lucia.fdez denied", "lucia.fdez"),
    ("Login: hans.meier72", "hans.meier72"),
    ("identifiant=chloe.b", "chloe.b"),
    ("D.O.B. 7/4/1961", "7/4/1961"),
    ("Date of Birth: 4th July 1961", "4th July 1961"),
    ("geboren am 3. Mai 1975 in Graz", "3. Mai 1975"),
    ("nascida a 12/12/1990", "12/12/1990"),
    ("fecha nac. 1990-12-12", "1990-12-12"),
    ("date de naissance : 1er mai 1983", "1er mai 1983"),
    ("passport: 123456789", "123456789"),
    ("Pass-Nr. C4X9T7Z21", "C4X9T7Z21"),
    ("numéro de passeport 12AB34567", "12AB34567"),
    ("UK driving licence number JONES610255AB9CD", "JONES610255AB9CD"),
    ("licencia de conducir: B-1234567", "B-1234567"),
    ("NY license 123 456 789", "123 456 789"),
    ("routing 121000358 acct 4455667788", "4455667788"),
    ("Kontonummer 1234567890 BLZ 10020030", "1234567890"),
    ("numéro de compte 00012345678 code guichet 00021", "00012345678"),
]


@pytest.mark.parametrize("text,value", HIDDEN_2)
def test_hides_structured_values_second_batch(text, value):
    assert covered(text, value)


KEPT_2 = [
    ("order #A-22871 shipped", "A-22871"),
    ("error code 0xC004F074 on activation", "0xC004F074"),
    ("HTTP/1.1 502 Bad Gateway", "502"),
    ("tracking number 9400111899223856781234", "9400111899223856781234"),
    ("Rechnung RE-2026-1187 über 49,90 €", "RE-2026-1187"),
    ("la version 5.2.0 ne marche pas", "5.2.0"),
    ("https://shop.example.fr/produit/lampe?ref=lampe-42&utm_campaign=noel", "ref=lampe-42"),
    ("the reset email from 14/02/2026 never came", "14/02/2026"),
    ("pedido 88123 entregado el 03/04/2026", "03/04/2026"),
    ("SKU: TBL-OAK-180", "TBL-OAK-180"),
    ("valid until the end of the month, order 5541", "5541"),
    ("my account number with you is CUST-44120", "CUST-44120"),
    ("I paid 129,99 € on 02/11/2026", "129,99 €"),
    ("Kundennummer 4471920, Passwort vergessen", "4471920"),
]


@pytest.mark.parametrize("text,value", KEPT_2)
def test_keeps_look_alikes_second_batch(text, value):
    assert untouched(text, value)


# A third batch: birth dates in more forms (10 of these 19 failed at first: year first, 3-Mar-1985, two-digit years
# after a month's name, a day and month without a year, a birth year alone), and look-alikes next to the new rules'
# cues (2 of 20 failed, before this round and after it: "né à Lyon, commandé le …", then fixed and moved to KEPT, and a
# Portuguese protocol number read as a phone, a phone rule's business, left out). Development rows too.
HIDDEN_3 = [
    ("DOB: 11 MAR 1996", "11 MAR 1996"),
    ("born 3rd March 85", "3rd March 85"),
    ("d.o.b 3-Mar-1985", "3-Mar-1985"),
    ("Date of birth: 1985/03/03", "1985/03/03"),
    ("birthdate: March 3rd 1985", "March 3rd 1985"),
    ("fecha de nacimiento: 3 mar. 1985", "3 mar. 1985"),
    ("Geburtsdatum 03.03.85", "03.03.85"),
    ("date de naissance : 03/03/85", "03/03/85"),
    ("data de nascimento 03-03-1985", "03-03-1985"),
    ("I was born on 3/3/85", "3/3/85"),
    ("age 39 (born in 1985)", "1985"),
    ("nacida en 1979 en Cádiz", "1979"),
    ("geboren 1962 in Linz", "1962"),
    ("né en 1971", "1971"),
    ("nascida em 1988, em Braga", "1988"),
    ("DOB - 1985.03.03", "1985.03.03"),
    ("Birthday: 3 March", "3 March"),
    ("Geb.-Datum: 3.3.1985", "3.3.1985"),
    ("born 03 03 1985", "03 03 1985"),
]


@pytest.mark.parametrize("text,value", HIDDEN_3)
def test_hides_birth_dates_third_batch(text, value):
    assert covered(text, value)


KEPT_3 = [
    ("I tried order 55123 again but the password page still loops", "55123"),
    ("the PIN pad, model XT-200, is broken", "XT-200"),
    ("Mon code promo, celui du mail, est NOEL25", "NOEL25"),
    ("a senha não funciona, o número do pedido é 99812", "99812"),
    ("username is fine, the invoice is INV-7781", "INV-7781"),
    ("passport photo service, order 3312, was slow", "3312"),
    ("I was born in 1990 and ordered on 12/05/2026", "12/05/2026"),
    ("nací en Sevilla y compré el 12/05/2026 la lavadora", "12/05/2026"),
    ("card ending 4242 was charged €49.99 on 03/11/2026", "€49.99"),
    ("Karte 4111 1111 1111 1111 belastet am 03.11.2026 mit 49,90 €", "03.11.2026"),
    ("the license key for version 4.2 is in the email", "4.2"),
    ("my login page shows error 0x0004 since version 3.1.7", "3.1.7"),
    ("user=anonymous status=200 path=/api/v2/orders/51123", "51123"),
    ("https://shop.example.com/orders/51123?lang=de", "51123"),
    ("Passwort-Reset seit 14.10.2026 kaputt", "14.10.2026"),
    ("code d'erreur 4012 après le mot de passe", "4012"),
]


@pytest.mark.parametrize("text,value", KEPT_3)
def test_keeps_look_alikes_third_batch(text, value):
    assert untouched(text, value)


# A fourth batch: licences, passports, bank details, links, command lines, env files and authentication logs. 8 of
# these 29 failed at first (exp 0827, MM/AA, `sshpass -p`, `mysql -p…`, `DB_PASSWORD=`, sshd's "Failed password for
# X from", "for user 'X'", "pour l'utilisateur X") and were then fixed: development rows.
HIDDEN_4 = [
    ("Texas DL 12345678", "12345678"),
    ("IL driver's license A123-4567-8901", "A123-4567-8901"),
    ("WA licence WDLABCD456DG", "WDLABCD456DG"),
    ("driving licence no. SMITH703214JJ9AB", "SMITH703214JJ9AB"),
    ("Führerschein: B9XZ4T7R21", "B9XZ4T7R21"),
    ("permis n° 120675200391", "120675200391"),
    ("carta de condução n.º PO-123456 4", "PO-123456 4"),
    ("CNH 02650306461", "02650306461"),
    ("exp 0827", "0827"),
    ("MM/AA: 08/27", "08/27"),
    ("Ablauf: 08/2027", "08/2027"),
    ("passport # 987654321 (US)", "987654321"),
    ("mi pasaporte es el XDB123456", "XDB123456"),
    ("Reisepassnummer lautet C01X00T47", "C01X00T47"),
    ("IBAN is fine but the account number is 31926819 and sort code 60-16-13", "31926819"),
    ("ABA routing #: 026009593, acct #: 9876543210", "9876543210"),
    ("Clabe 032180000118359719", "032180000118359719"),
    ("https://auth.example.com/verify-email?uid=MTIz&token=5f2-a8b9c7d6e5f4", "5f2-a8b9c7d6e5f4"),
    ("https://example.com/unsubscribe/ana.souza@mail.com", "ana.souza@mail.com"),
    ("https://s3.eu-west-1.amazonaws.com/bucket/doc.pdf?AWSAccessKeyId=AKIAXYZ&Signature=a%2Bb%2Fc&Expires=1767225600", "a%2Bb%2Fc"),
    ("https://mail.example.com/login?magic=Zm9vYmFyYmF6", "Zm9vYmFyYmF6"),
    ("sshpass -p 'Hunter2!' ssh admin@10.0.0.2", "Hunter2!"),
    ("mysql -u root -pS3cretPW", "S3cretPW"),
    ("DB_PASSWORD=Kx92!pq", "Kx92!pq"),
    ("Jan 12 10:22:01 host sshd[991]: Failed password for jmorales from 10.1.2.3", "jmorales"),
    ("login failed for user 'jsmith42'", "jsmith42"),
    ("Anmeldung fehlgeschlagen für Benutzer k.wagner", "k.wagner"),
    ("échec de connexion pour l'utilisateur m.durand", "m.durand"),
    ("falha de login do usuário joao.p", "joao.p"),
]


@pytest.mark.parametrize("text,value", HIDDEN_4)
def test_hides_structured_values_fourth_batch(text, value):
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("token_type: bearer, expires_in: 3600", "3600"),               # a token's settings, not a token
    ("password_reset_url=https://example.com/reset", "https://example.com/reset"),  # a URL's own rules apply
    ("ssh -p 2222 admin@host.example.com", "2222"),                  # -p is a port outside mysql/sshpass
    ("max_tokens: 2000", "2000"),                                    # an API setting
    ("the user support team answered", "support"),                   # "for user" needs a login's shape or quotes
])
def test_keeps_settings_next_to_secret_words(text, value):
    assert untouched(text, value)


# A fifth batch, in es/fr/de/pt: logins and passwords in one sentence, a secret after a clause, PINs of cards, answers,
# birth dates, passports and licences after a clause, links and log lines. 1 of these 30 failed at first (a secret
# after a clause with a symbol but no digit: "casa#verde") and was then fixed: development rows.
HIDDEN_5 = [
    ("Mi usuario de la app es carlos_mt y la contraseña Pato-Azul-7", "carlos_mt"),
    ("Mi usuario de la app es carlos_mt y la contraseña Pato-Azul-7", "Pato-Azul-7"),
    ("le mot de passe, que m'a donné le vendeur, était Bretagne29", "Bretagne29"),
    ("Das Kennwort, das mir der Techniker gegeben hat: Fuchs!2026", "Fuchs!2026"),
    ("a senha que o técnico deixou anotada é casa#verde", "casa#verde"),
    ("el PIN de la tarjeta, por si acaso, es 3391", "3391"),
    ("le code PIN de ma carte bancaire : 7702", "7702"),
    ("die Geheimzahl meiner EC-Karte ist 5012", "5012"),
    ("o PIN do cartão é 2284", "2284"),
    ("código de verificación recibido: 551 902", "551 902"),
    ("la respuesta a la pregunta secreta es «Chispita»", "Chispita"),
    ("Réponse à la question secrète : Caramel", "Caramel"),
    ("Antwort auf die Sicherheitsfrage: Schnuffel", "Schnuffel"),
    ("Mi fecha de nacimiento, por si la necesitan, es el 4 de julio de 1971", "4 de julio de 1971"),
    ("ma date de naissance (pour le dossier) : 17/08/1964", "17/08/1964"),
    ("mein Geburtsdatum – falls nötig – 30.01.1959", "30.01.1959"),
    ("a minha data de nascimento, como pediram, é 09/10/1980", "09/10/1980"),
    ("número de pasaporte que me pidieron: XAB552901", "XAB552901"),
    ("numéro de passeport demandé : 20DK88123", "20DK88123"),
    ("Führerscheinnummer, wie angefragt: J0102X3Y44", "J0102X3Y44"),
    ("número da carta de condução, como pedido: L-2233445 6", "L-2233445 6"),
    ("link de confirmación: https://cuenta.example.es/confirmar/9c8b7a6d5e4f3a2b?utm_source=mail", "9c8b7a6d5e4f3a2b"),
    ("lien : https://compte.example.fr/reinit?jeton=Q7w8E9r0T1y2&lang=fr", "Q7w8E9r0T1y2"),
    ("Log: 2026-10-02 12:00:01 Anmeldung user=schmidt.k fehlgeschlagen", "schmidt.k"),
    ("registro: usuario=maria.lopez intento=3", "maria.lopez"),
]


@pytest.mark.parametrize("text,value", HIDDEN_5)
def test_hides_structured_values_fifth_batch(text, value):
    assert covered(text, value)


KEPT_5 = [
    ("link de confirmación: https://cuenta.example.es/confirmar/9c8b7a6d5e4f3a2b?utm_source=mail", "utm_source=mail"),
    ("lien : https://compte.example.fr/reinit?jeton=Q7w8E9r0T1y2&lang=fr", "lang=fr"),
    ("registro: usuario=maria.lopez intento=3", "intento=3"),
    ("el PIN de la tarjeta no funciona desde el pedido 44120", "44120"),
    ("die Geheimzahl wurde mit Brief vom 03.09.2026 geschickt", "03.09.2026"),
]


@pytest.mark.parametrize("text,value", KEPT_5)
def test_keeps_look_alikes_fifth_batch(text, value):
    assert untouched(text, value)


# Round 12 (branch s6-redstruct12): values whose structure the earlier rows did not foresee. A card's expiry and
# code on the next items of a pasted list or the next cells of a table, a keypad entry on the line after a phone
# system's prompt for a secret, links without their scheme and long random path segments, users in env files,
# bank codes after a clause. Written for these tests; none is copied from an eval/ set (development rows).
HIDDEN_6 = [
    ("Pasted from my notes:\n\n(1) 4111 1111 1111 1111\n(2) 10/29\n(3) 552\n(4) delivery at the back door", "10/29"),
    ("Pasted from my notes:\n\n(1) 4111 1111 1111 1111\n(2) 10/29\n(3) 552\n(4) delivery at the back door", "552"),
    ("lo que copié:\n- 5500 0000 0000 0004\n- 02/28\n- 317\n- gracias", "317"),
    ("ce que j'avais copié :\n» 4000 0566 5566 5556\n» 06/27\n» 804\n", "06/27"),
    ("kopiert:\n• 4012 8888 8888 1881\n• 12/29\n• 640\n• danke", "640"),
    ("copiado:\n→ 4111 1111 1111 1111\n→ 05/30\n→ 913\n", "05/30"),
    ("│ 4111 1111 1111 1111 │ 07/28 │ 306 │", "306"),
    ("tarjeta 4111 1111 1111 1111 (vence en 09/29) y CVV 118", "09/29"),
    ("Karte 5500 0000 0000 0004, 01/29, hinten 725, danke", "725"),
    ("11:02:03 prompt: please key in your PIN\n11:02:09 dtmf: 4417\n11:02:10 asr: thanks", "4417"),
    ("11:02:03 locución: marque su clave de seis dígitos\n11:02:09 dtmf: 660218", "660218"),
    ("16:00:01 annonce : saisissez votre code confidentiel\n16:00:07 dtmf : 9031\n", "9031"),
    ("09:00:01 Ansage: tippen Sie Ihre Geheimzahl\n09:00:05 DTMF: 2208", "2208"),
    ("14:00:01 locução: digite sua senha\n14:00:06 dtmf: 7142\n", "7142"),
    ("Not you? store.example.org/lock?user=ab.cd&key=9f8e7d6c5b4a now", "9f8e7d6c5b4a"),
    ("Pas vous ? boutique.example.fr/bloquer?compte=jdupont&jeton=c4d5e6f7a8b9", "c4d5e6f7a8b9"),
    ("link: https://acct.example.net/reset/1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d?lang=en", "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"),
    ("SMTP_USER=tienda.sur\nSMTP_PASS=Lluvia#2030", "tienda.sur"),
    ("DEPLOY_USER=build-bot-anna\n", "build-bot-anna"),
    ("CLABE para la transferencia: 002180700112233445", "002180700112233445"),
    ("Banco Itaú, agência 1234-5, conta corrente 12.345-6.", "12.345-6"),
    ("agência/conta 1234 / 56789-0.", "56789-0"),
    ("copied:\n1) anna.k\n2) Teapot&Moon!2031\n3) thanks", "Teapot&Moon!2031"),
    ("[10:00:01] using credentials tienda_api / Mz!7740#Sevilla\n", "tienda_api"),
    ("[10:00:01] using credentials tienda_api / Mz!7740#Sevilla\n", "Mz!7740#Sevilla"),
    ("identifiants jdurand / Brioche?Lyon44, merci", "Brioche?Lyon44"),
    ("12.10  09:00  Code boîte à colis : 4417", "4417"),
    ("the parcel locker code: 5521, thanks", "5521"),
    ("Paketbox-Code 8812 bitte nicht weitergeben", "8812"),
    ("el código por SMS: 660431", "660431"),
    ("le code par SMS : 771204", "771204"),
    ("Mein Sohn, Schweizer Pass K5520918, und ich", "K5520918"),
    ('asr: "my date of birth is march the second nineteen seventy four okay"', "march the second nineteen seventy four"),
    ('asr: "mi fecha de nacimiento es el dos de junio del ochenta y uno"', "dos de junio del ochenta y uno"),
    ('asr : "je suis née le trois mars soixante-dix voilà"', "trois mars soixante-dix"),
    ('ASR: "geboren bin ich am zweiten mai neunzehnhundertsiebzig"', "zweiten mai neunzehnhundertsiebzig"),
    ('asr: "nasci em cinco de junho de oitenta e um"', "cinco de junho de oitenta e um"),
    ("the question is my first pet's name, it's Pumpkin, I think", "Pumpkin"),
    ("pedido | cliente | dirección | teléfono\n-------+---------+-----------+---------\n"
     "P-1 | Ana Ruiz | Rúa da Fonte 4, 15001 A Coru | 981 000 000\n", "Rúa da Fonte 4, 15001 A Coru"),
    ("┌────┬─────────┬──────────┐\n│ n° │ client  │ adresse  │\n├────┼─────────┼──────────┤\n"
     "│ 1  │ Jo Bee  │ 3 rue Haute, 1000 Lausan │\n└────┴─────────┴──────────┘", "3 rue Haute, 1000 Lausan"),
]


@pytest.mark.parametrize("text,value", HIDDEN_6)
def test_hides_structured_values_round12(text, value):
    assert covered(text, value), spans(text)


KEPT_6 = [
    ("11:02:03 prompt: please key in your customer number\n11:02:09 dtmf: 4417\n", "4417"),
    ("card 4111 1111 1111 1111\nThe parcel was 250 euros too expensive.", "250"),
    ("see https://www.example.com/help/getting-started-guide-2024?lang=en", "getting-started-guide-2024"),
    ("go to example.com/products/list?page=2 please", "products"),
    ("MAX_USERS=50 in the config", "50"),
    ("routing number for the invoice: 12345678 is on the PDF", "12345678"),
    ("Order#12345 never arrived", "Order#12345"),
    ("#BlackFriday2026 deal was a lie", "BlackFriday2026"),
    ("SMTP_PASS=Lluvia#2030 is in the file", "SMTP_PASS"),
    ("the login page / home page shows an error", "page"),
    ("Boarding Pass AB1234567 attached", "AB1234567"),
    ("my birthday is in june, order twelve arrived", "twelve"),
    ("born in may and i have two kids", "two"),
    ("my first pet's name, it's not working", "working"),
]


@pytest.mark.parametrize("text,value", KEPT_6)
def test_keeps_look_alikes_round12(text, value):
    assert untouched(text, value), spans(text)
