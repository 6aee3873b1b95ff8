"""Redaction round 21 of issue 11 (branch s11-red21): usernames where social and community platforms print them,
names addressed in lower-case chat text, identity documents and birth dates in forms, in en, es, fr, de, pt.

Every text here was written for these tests (InMemoryRedactor: the same rules as the Presidio path, without spaCy);
none is copied from an eval/ set. They describe the round's rules; they are no evaluation.
"""
import pytest

from tests.redaction_spans import covered, spans, untouched

HIDDEN = [
    # --- thread headers, five languages ----------------------------------------------------------------------------
    ("Topic: kettle stopped heating\n> Posted by brewmaster_k · joined 2021\n> mine too", "brewmaster_k"),
    ("> Reply from quietfox: don't share your card here", "quietfox"),
    ("> Respuesta de vela_azul: a mí también me pasó", "vela_azul"),
    ("> Publicado por sierra.norte · hace 2 días", "sierra.norte"),
    ("> Réponse de Grimpeur_38 : même souci", "Grimpeur_38"),
    ("> Posté par la.mouette · membre depuis 2020", "la.mouette"),
    ("> Antwort von moorhexe: bei mir das gleiche", "moorhexe"),
    ("> Zitat von alpen.fuchs: hat jemand eine Lösung?", "alpen.fuchs"),
    ("> Resposta de maré_baixa: comigo também", "maré_baixa"),
    ("> Postado por tuca.rj · membro desde 2018", "tuca.rj"),
    ("nordlicht77 schrieb:\n> Paket nie angekommen", "nordlicht77"),
    ("ciclista_urbano escribió:\n> ¿alguien sabe algo?", "ciclista_urbano"),
    # --- a sender with its role in brackets ------------------------------------------------------------------------
    ("Buyer (retro.lens): the lens cap is missing\nSeller (camera_attic): sorry!", "retro.lens"),
    ("Buyer (retro.lens): the lens cap is missing\nSeller (camera_attic): sorry!", "camera_attic"),
    ("Compradora (pilar_mx): no llegó la funda", "pilar_mx"),
    ("Vendeur (brocante.lu) : je rembourse", "brocante.lu"),
    ("Käuferin (gartenzwerg_9): Teil fehlt", "gartenzwerg_9"),
    ("Vendedor (sebo_do_ze): foi mal", "sebo_do_ze"),
    # --- handles next to their platform ----------------------------------------------------------------------------
    ("my insta is noor.bakes if you need pics", "noor.bakes"),
    ("mi usuario en TikTok es dani_patina", "dani_patina"),
    ("sur Discord je suis hibou_gris", "hibou_gris"),
    ("auf Insta bin ich wald.lauf", "wald.lauf"),
    ("Ese soy yo (remero_77 en el foro), quiero que lo borren", "remero_77"),
    # --- comment exports: a handle opening its line, then repeated ---------------------------------------------------
    ("Comments:\nsol.y.mar: me!! @kiko_92\nkiko_92: good luck\nShop: congrats @sol.y.mar", "sol.y.mar"),
    ("Comments:\nsol.y.mar: me!! @kiko_92\nkiko_92: good luck\nShop: congrats @sol.y.mar", "kiko_92"),
    ("copiado del live:\nchica.torta ya van 3 semanas\nbeto_gol a mi igual\nchica.torta mi pedido no llega", "beto_gol"),
    # --- notifications and export headers ---------------------------------------------------------------------------
    ("tina_k88 liked your photo", "tina_k88"),
    ("ana_b te mencionó en un comentario", "ana_b"),
    ("jo.lemaire a commenté votre publication", "jo.lemaire"),
    ("kiko_92 · 3 h\nsame here", "kiko_92"),
    ("Lena Vogt – gestern um 21:15\nbei mir auch", "Lena Vogt"),
    # --- every mention of a handle found once -----------------------------------------------------------------------
    ("DM from @lina.vo: hi!\nlater lina.vo wrote again", "lina.vo"),
    # --- a login in the clause of an account word ---------------------------------------------------------------------
    ("la cuenta de la tienda está a mi nombre: rosa.m_vidal", "rosa.m_vidal"),
    ("elle a été ajoutée sur mon compte (theo.brunet) par erreur", "theo.brunet"),
    ("mein Kundenkonto lautet kai.wendt.hh", "kai.wendt.hh"),
    ("o meu acesso ao portal é joana.r88", "joana.r88"),
    # --- the account after a verb of signing in and "as" -----------------------------------------------------------
    ("En la app entro como paulaRV. ¿Algo más?", "paulaRV"),
    ("Entro na conta como tiagosl com a senha nova", "tiagosl"),
    ("je me connecte sous jdupont, puis rien", "jdupont"),
    ("ich melde mich als kleinerwal an", "kleinerwal"),
    # --- names addressed in chat text ----------------------------------------------------------------------------------
    ("suerte marisol 🍀", "marisol"),
    ("allez ludovic, on y croit", "ludovic"),
    ("valeu henrique!", "henrique"),
    ("[04/01/2027, 09:12] Sandra: joaquim apaga isso\n[04/01/2027, 09:13] Beto: ok", "joaquim"),
    ("mimi: the courier wanted my number\nich: mimi why did you say it", "mimi"),
    ("la lupita: manden foto\nChuy 🌮: llegaron rotas", "lupita"),
    # --- passports, licences, birth dates in forms ----------------------------------------------------------------------
    ("Carné de conducir: 47291830W", "47291830W"),
    ("Licencia de manejo: CDMX 0418827", "0418827"),
    ("Numéro de permis : 120375200341", "120375200341"),
    ("Carteira de motorista nº 04418273950", "04418273950"),
    ("Führerschein-Nr.: B072RRE2I55", "B072RRE2I55"),
    ("Número de pasaporte: XDB482913", "XDB482913"),
    ("Fecha nac. 4 ene 1970", "4 ene 1970"),
    ("Data de nasc.: 3 fev 1979", "3 fev 1979"),
    ("Date de naissance : 8 juil. 1992", "8 juil. 1992"),
    ("1. DELACROIX/HELENE MRS  DOB 06MAR81  PASSPORT 19PX44018", "06MAR81"),
    ("1. DELACROIX/HELENE MRS  DOB 06MAR81  PASSPORT 19PX44018", "DELACROIX/HELENE"),
    ("Pasajeros:\nPAX 1 OYARZUN/MIREN SRA  NAC 22ENE1985", "22ENE1985"),
    ("NOM          PRÉNOM       NÉ(E) LE      N° PASSEPORT\nROUSSEL      Anaïs        04/06/2012    21XK80417", "04/06/2012"),
    ("NOM          PRÉNOM       NÉ(E) LE      N° PASSEPORT\nROUSSEL      Anaïs        04/06/2012    21XK80417", "21XK80417"),
    ("SURNAME      GIVEN NAMES   DATE OF BIRTH   PASSPORT NO\nOKONKWO      Chidi         11/11/1983      A07734129",
     "A07734129"),
    # --- a form line of several fields; the people listed beside the holder ----------------------------------------
    ("Primer apellido: Urrutia   Segundo apellido: Salaberri", "Urrutia"),
    ("Primer apellido: Urrutia   Segundo apellido: Salaberri", "Salaberri"),
    ("Familienname: Hölscher    Vorname: Jana    Geburtsdatum: 03.03.1981", "Hölscher"),
    ("| Nom : Petit | Prénom : Léa | Né(e) le : 12/05/1990 |", "Petit"),
    ("Mitreisende: Kurt Hölscher", "Kurt Hölscher"),
    ("Acompanhante: Rui Fontes Lima", "Rui Fontes Lima"),
    ('"sunny 🏒: who has the jerseys\nme: i do', "sunny"),
    # --- a label alone on its line, the value on the next; a two-column table -------------------------------------
    ("Date of birth\n12/03/1980", "12/03/1980"),
    ("Reisepassnummer\nC01X9LK72", "C01X9LK72"),
    ("N.º da carta de condução\nL-1928374 5", "L-1928374 5"),
    ("| Date of birth | 14/02/1979 |\n| Passport | X4471902 |", "14/02/1979"),
    ("| Date of birth | 14/02/1979 |\n| Passport | X4471902 |", "X4471902"),
]


@pytest.mark.parametrize(("text", "value"), HIDDEN)
def test_hidden(text, value):
    assert covered(text, value), (text, value, [(s.type, text[s.start:s.end]) for s in spans(text)])


def test_a_handle_hidden_at_every_mention():
    text = "Comments:\nsol.y.mar: me!! @kiko_92\nkiko_92: good luck\nShop: congrats @sol.y.mar"
    assert covered(text, "sol.y.mar", 1) and covered(text, "kiko_92", 1)


KEPT = [
    # machine keys and file names opening lines are no senders
    ("order_id: 77812\nshipping_zip: 60614\nuser_email: x", "order_id"),
    ("usuario.nombre: Ana\nusuario.correo: x\nusuario.cpf: y", "usuario.nombre"),
    ("See readme.md for details\nconfig.yaml: changed", "config.yaml"),
    ("v2.3.1: fixed crash\nv2.3.2: fixed again", "v2.3.1"),
    # a header cue before an ordinary word
    ("Mensaje de error: 500", "error"),
    ("Reply from support: we are on it", "support"),
    ("Resposta de segurança: o nome do cão", "segurança"),
    # greetings before ordinary words
    ("Hallo, bitte rufen Sie mich an", "bitte"),
    ("Oi, fiz um pedido ontem", "fiz"),
    ("hi team, thanks all", "team"),
    # "as usual", an admin account
    ("I log in as usual, nothing changed", "usual"),
    ("entro como siempre y no va", "siempre"),
    ("I log in as admin and it fails", "admin"),
    # a stack trace's file
    ("at com.example.Auth.login(Auth.java:77)", "Auth.java"),
    # dates that are no birth dates, codes and versions
    ("Order date: 14/02/2026, delivered 3 March 2026", "14/02/2026"),
    ("Version 2.14.3 released 2025-10-01", "2.14.3"),
    ("Ticket TK-2231-88 opened 12/11/2025", "TK-2231-88"),
    # dates of issue and references on the line after their label
    ("Date of issue\n01/02/2020\nTicket\nTK-22318", "01/02/2020"),
    # a form's next label and a table's header are no names
    ("Apellidos: Roig Vidal   Nombre: Pau", "Nombre"),
    ("Primer apellido: Urrutia   Segundo apellido: Salaberri", "Segundo"),
    ("Status: Open   Priority: High", "Open"),
    ("SURNAME      GIVEN NAMES   DATE OF BIRTH   PASSPORT NO\nOKONKWO      Chidi         11/11/1983      A07734129",
     "GIVEN NAMES"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_kept(text, value):
    assert untouched(text, value), (text, value, [(s.type, text[s.start:s.end]) for s in spans(text)])


def test_the_field_keys_of_a_pasted_record_are_not_chat_senders():
    """Round 21b (after blind 28's run 2): lines opening with snake_case keys of a record are a form, not a chat
    export; the keys are kept, the values are judged as before. Text written for this test."""
    from plugin.adapters.redaction import engine

    text = ("Les copio la ficha:\n\nnumero_poliza: HG-55102\nforma_pago: domiciliación\n"
            "titular_cuenta: Remedios Olmedo Sáez\nfecha_alta: 03/03/2024\n")
    found = {text[s.start:s.end] for s in engine.find(text)}
    assert not found & {"numero_poliza", "forma_pago", "titular_cuenta", "fecha_alta"}
    assert "Remedios Olmedo Sáez" in found
