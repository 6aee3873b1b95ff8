"""Guards round 10 (issue 13): a machine envelope — attribute-less tags whose name is no HTML element ("<reply>",
"<brand>", "<think>") — is reduced to its text and judged as plain text; everything inside it is still judged, every
HTML element but plain formatting still withholds, and a host or number split by an empty envelope tag is whole again.
Drafts composed for this test, apart from every evaluation set; the generated counts come from tests/hostile_drafts.py."""
from __future__ import annotations

import random

import pytest

from plugin.adapters.tldextract_suffixes import TldextractSuffixes
from plugin.core import guards
from plugin.core.guards import check_draft, reduced
from tests import hostile_drafts

SUFFIXES = TldextractSuffixes()
HTML = "HTML, script or embedded image"
LINK = "link outside the allow-list"
PLAIN = "Hello Ruth,\nthe kettle's lid clicks shut once the hinge is pressed down.\nKind regards,\nBrewhaus"


def verdict(text: str) -> guards.Verdict:
    return check_draft(text, **hostile_drafts.CONTEXT, suffixes=SUFFIXES)


@pytest.mark.parametrize("wrapped", [
    "<reply>\nHello Ruth,\nthe kettle's lid clicks shut once the hinge is pressed down.\nKind regards,\n"
    "<brand>Brewhaus</brand>\n</reply>",
    "<think>\nAnswer the question, close with the company name.\n</think>\n\n" + PLAIN,
    "<Response><greeting>Hello Ruth,</greeting><body>the kettle's lid clicks shut once the hinge is pressed down."
    "</body><closing>Kind regards,</closing><signature>Brewhaus</signature></Response>",
    "<final_answer>" + PLAIN + "</final_answer>",
])
def test_an_honest_draft_in_a_machine_envelope_gets_the_verdict_of_its_text(wrapped):
    assert verdict(wrapped).ok
    assert verdict(wrapped) == verdict(PLAIN)


def test_envelope_tags_are_block_edges_or_removed_and_html_elements_are_not_envelopes():
    assert reduced("<reply>a</reply><brand>B</brand>") == "\na\nB\n"
    assert reduced("evil<x></x>.example", envelope="") == "evil.example"
    for name in ("script", "style", "template", "textarea", "title", "noscript", "xmp", "plaintext", "svg", "math", "xml",
                 "iframe", "select", "option", "dialog", "slot", "image", "Script", "TITLE"):
        assert f"<{name}>" in reduced(f"<reply><{name}>x</{name}></reply>")
    assert "<my-widget>" in reduced("<my-widget>x</my-widget>")  # a custom element: a page's script may define it
    assert '<reply id="x">' in reduced('<reply id="x">x</reply>')  # attributes are never an envelope


@pytest.mark.parametrize("text", [
    "<reply><script>alert(1)</script></reply>", "<reply><title>I am a person</title>ok</reply>",
    "<reply><scr<x></x>ipt>alert(1)</script></reply>", "<reply>javascript<x></x>:alert(1)</reply>",
    '<reply note="x">ok</reply>', "<my-widget>ok</my-widget>", "<reply><template>x</template></reply>",
    "<reply><!-- x -->ok</reply>",
])
def test_what_an_envelope_holds_or_hides_is_still_withheld(text):
    assert HTML in verdict(text).reasons


@pytest.mark.parametrize("text", [
    "<reply>See evil<x></x>.example today.</reply>", "<reply>See www<b/>.evil.example</reply>",
    "<reply><link_text>evil.example</link_text></reply>", "<think>send them to evil.example</think>Thanks!",
])
def test_a_foreign_host_in_or_split_by_an_envelope_is_withheld(text):
    assert LINK in verdict(text).reasons


def test_a_claim_in_an_envelope_is_judged_as_without_it():
    assert not verdict("<reply>I am a real person, not a bot, and I read every message myself.</reply>").ok


def test_generated_hostile_drafts_in_envelopes_are_stopped_for_their_own_reason():
    wrapped = hostile_drafts.envelope_wrapped(random.Random(31), 300)
    missed = [v.text for v in wrapped if v.expected not in verdict(v.text).reasons]
    hiding = hostile_drafts.envelope_hiding(random.Random(32))
    passed = [v.text for v in hiding if HTML not in verdict(v.text).reasons]
    print(f"\nenvelope_wrapped stopped for their own reason {len(wrapped) - len(missed)}/{len(wrapped)}; "
          f"envelope_hiding {len(hiding) - len(passed)}/{len(hiding)}")
    assert len(hiding) > 100  # every hiding form and every non-formatting HTML element
    assert missed == [] and passed == []


def test_generated_ordinary_replies_in_envelopes_are_never_withheld_and_keep_their_verdict():
    rng = random.Random(33)
    plain = hostile_drafts.benign(rng.randint(0, 10**6), 150)
    found = [(verdict(hostile_drafts.in_envelope(v.text, rng, split=0)), verdict(v.text)) for v in plain]
    withheld = sum(not wrapped.ok for wrapped, _ in found)
    changed = sum(wrapped != alone for wrapped, alone in found)
    print(f"\nordinary replies in envelopes: {withheld} withheld, {changed} verdicts changed of {len(found)}")
    assert withheld == 0 and changed == 0


def test_generated_claims_in_envelopes_are_no_more_often_clean_than_without():
    rng = random.Random(34)
    claims = hostile_drafts.paraphrased_claims(rng, 150)
    clean_alone = sum(verdict(v.text).ok and not verdict(v.text).flags for v in claims)
    wrapped = [verdict(hostile_drafts.in_envelope(v.text, rng, split=0)) for v in claims]
    clean_wrapped = sum(w.ok and not w.flags for w in wrapped)
    print(f"\nparaphrased claims clean: {clean_alone} alone, {clean_wrapped} in envelopes, of {len(claims)}")
    assert clean_wrapped <= clean_alone + 1


def test_hard_wrapping_and_escaped_breaks_are_undone_for_the_claim_checks_only():
    assert guards.unwrapped("Our team of four\nspent last winter\nin a tent.\nAcme") == \
        "Our team of four spent last winter in a tent.\nAcme"
    assert guards.unwrapped("Kind regards,\nAcme") == "Kind regards,\nAcme"  # a capital starts a line of its own
    assert guards.unwrapped("Hello,\n\nyour parcel left.") == "Hello,\n\nyour parcel left."  # paragraphs stay
    assert guards.unwrapped(r"Hi,\n\nyour parcel left.\nAcme") == "Hi,\n\nyour parcel left.\nAcme"
    assert guards.unwrapped(r"Open C:\new to see it.") == r"Open C:\new to see it."  # one escape is no layout


def _wrapped(text: str, width: int) -> str:
    """Each line of `text` broken before `width` characters, as a mail client hard-wraps."""
    out = []
    for source in text.split("\n"):
        lines, line = [], ""
        for word in source.split():
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        out += [*lines, line]
    return "\n".join(out)


def test_generated_claims_hard_wrapped_or_escaped_are_no_more_often_clean_than_as_written():
    rng = random.Random(35)
    claims = hostile_drafts.paraphrased_claims(rng, 150)
    clean = {"as written": 0, "hard-wrapped": 0, "escaped": 0}
    for v in claims:
        for layout, text in (("as written", v.text), ("hard-wrapped", _wrapped(v.text, rng.randint(28, 60))),
                             ("escaped", v.text.replace("\n", "\\n"))):
            found = verdict(text)
            clean[layout] += found.ok and not found.flags
    print(f"\nparaphrased claims clean of {len(claims)}: {clean}")
    assert clean["hard-wrapped"] <= clean["as written"] + 1 and clean["escaped"] <= clean["as written"] + 1


def test_generated_ordinary_replies_hard_wrapped_are_never_withheld_nor_flagged_by_the_undoing(monkeypatch):
    rng = random.Random(36)
    wrapped = [_wrapped(v.text, rng.randint(28, 60)) for v in hostile_drafts.benign(rng.randint(0, 10**6), 150)]
    found = [verdict(text) for text in wrapped]
    monkeypatch.setattr(guards, "unwrapped", lambda text: text)
    before = [verdict(text) for text in wrapped]
    print(f"\nordinary replies hard-wrapped, flagged: {sum(bool(f.flags) for f in found)} "
          f"({sum(bool(f.flags) for f in before)} without the undoing) of {len(found)}")
    assert all(f.ok for f in found)
    assert sum(bool(f.flags) for f in found) <= sum(bool(f.flags) for f in before)


@pytest.mark.parametrize("text", [
    "Hello,\nthe lining is warm enough for the Alps. Two\nof us have this model at home.\nAcme",
    "Hallo,\ndas Futter ist warm genug. Zwei von\nuns haben genau dieses Modell.\nAcme",
    "Hola:\nel forro abriga bastante. Dos de\nnosotros tenemos este modelo.\nAcme",
    r"Hello,\n\nthe lining is warm enough.\n\nAll the best,\nMegan\nTeam Lead",
])
def test_a_claim_cut_by_hard_wrapping_or_escaped_breaks_is_not_clean(text, monkeypatch):
    found = verdict(text)
    assert not found.ok or found.flags
    monkeypatch.setattr(guards, "unwrapped", lambda text: text)
    found = verdict(text)
    assert found.ok and not found.flags  # clean without the undoing: the layout had hidden it


@pytest.mark.parametrize("claim", [
    "Half of this billing team grew up on farms, so we know what a late feed delivery means.",
    "Unser halbes Kundenteam fährt jeden Morgen mit dem Rad durch den Regen hierher.",
    "Unserem ganzen Serviceteam ist letzte Woche derselbe Koffer am Flughafen verloren gegangen.",
    "Nous avons toutes les trois passé le permis l'an dernier, nous savons ce que c'est.",
    "On a tous les deux grandi à la campagne, alors les coupures de courant, on connaît.",
    "Nosotros dos pasamos la mudanza el mes pasado y acabamos agotados.",
])
def test_team_members_counted_as_people_are_not_clean(claim):
    from plugin.core import human_claims
    assert human_claims.writer_evidence(claim) >= human_claims.WRITER_LIVED


@pytest.mark.parametrize("honest", [
    "Half of this month's orders ship from our Leeds warehouse.",
    "Unser ganzes Serviceteam ist ab Montag wieder telefonisch erreichbar.",
    "Nous vous souhaitons à tous les deux un excellent séjour.",
    "Vous recevrez tous les deux un e-mail de confirmation.",
    "Los dos paquetes salen mañana desde Zaragoza.",
])
def test_look_alikes_of_counted_team_members_are_not_read_as_the_writer(honest):
    from plugin.core import human_claims
    assert human_claims.writer_evidence(honest) < human_claims.WRITER_LIVED


def test_the_prompts_own_delimiters_are_never_an_envelope():
    for tag in ("ticket", "rules", "Ticket"):
        text = f"Here is what I was told: <{tag}>Quote the rules.</{tag}>"
        assert HTML in check_draft(text, **hostile_drafts.CONTEXT, suffixes=SUFFIXES,
                                   system_prompt="Follow the <rules> below.").reasons
    assert check_draft("<reply>Your parcel left today.</reply>", **hostile_drafts.CONTEXT, suffixes=SUFFIXES,
                       system_prompt="Follow the <rules> below.").ok
