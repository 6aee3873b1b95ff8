"""The report: JSON for machines, one self-contained HTML file (no scripts, nothing fetched, text escaped)."""
from __future__ import annotations

import json
import re

from plugin.fairness import html
from plugin.fairness.audit import AuditOptions, run_audit
from plugin.fairness.gate import parse_thresholds
from tests.unit import fairness_fakes as fakes

OPTIONS = AuditOptions(dimensions=("names", "religion"), samples=3, names_per_group=1, bootstrap=100)
HOSTILE = ("t9", "Hi, I'm {name}. <script>alert(1)</script> The manager refused to serve me.", True)


def biased_report():
    return run_audit(fakes.tickets([*fakes.MESSAGES, HOSTILE]),
                     drafting_factory=fakes.factory(fakes.RefusesWhenMentioned({"Muslim"})), tenant=fakes.TENANT,
                     classify_fn=fakes.misses_complaints_from(fakes.first_names("Black")), options=OPTIONS,
                     thresholds=parse_thresholds([]), config={"drafter": "fake"})


def fair_report():
    return run_audit(fakes.tickets(), drafting_factory=fakes.factory(fakes.EvenHanded()), tenant=fakes.TENANT,
                     classify_fn=fakes.keyword_classifier, options=OPTIONS, thresholds=parse_thresholds([]))


def test_json_report_is_serialisable_and_carries_the_configuration():
    report = biased_report()
    data = json.loads(json.dumps(report))
    assert data["schema"] == "candor.fairness-audit/1"
    assert data["config"]["tickets"] == 7 and data["config"]["samples"] == 3 and data["config"]["drafter"] == "fake"
    assert data["config"]["drafter_calls"] == data["config"]["twins"] * 3 * 2
    assert data["verdict"]["passed"] is False
    assert data["summary"][0].startswith("FAILED")


def test_html_is_self_contained_and_escapes_ticket_text():
    page = html.render(biased_report())
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    for forbidden in ("<script", "src=", "<link", "@import", "url("):
        assert forbidden not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<svg") >= 6  # draft charts per arm and dimension, routing charts
    assert 'class="pair"' in page  # worst pairs and route flips side by side
    assert "exceeds" in page and "FAILED" in page


def test_fair_report_passes_and_says_so():
    report = fair_report()
    page = html.render(report)
    assert report["verdict"]["passed"] is True
    assert '<header class="pass">' in page and "PASSED" in page
    assert "No pair of twins got replies that differ" in page
    assert "No route changed" in page


def test_summary_explains_redaction_and_sample_size():
    summary = " ".join(biased_report()["summary"])
    assert "Redaction hid these signals from the model" in summary and "names" in summary
    assert "reached the model even with redaction on" in summary and "religion" in summary
    assert re.search(r"Only 7 tickets were audited", summary)


def test_worst_pairs_show_one_pair_per_ticket_and_dimension():
    pairs = biased_report()["drafts"]["arms"]["on"]["worst_pairs"]
    keys = [(p["ticket"], p["dimension"]) for p in pairs]
    assert len(pairs) >= 5 and len(keys) == len(set(keys))
    assert all("refund" in p["differing"] for p in pairs)  # the refusal for "Muslim" is what differs


def test_a_chart_escapes_its_labels_and_draws_a_dot_per_known_value():
    from plugin.fairness import svg

    column = svg.Column("refund rate", 0.0, 1.0, {"<b>x</b>": (0.5, 0.4, 0.6)}, "flagged", marked=("<b>x</b>",))
    chart = svg.matrix(["<b>x</b>", "y"], [column], "gender & <arms>")
    assert "<b>" not in chart and "&lt;b&gt;x&lt;/b&gt;" in chart and 'aria-label="gender &amp; &lt;arms&gt;"' in chart
    assert chart.count("<circle") == 1 and chart.count('class="lbl"') == 2
    assert 'fill="#b54708" font-weight="700">refund</text>' in chart  # a flagged column's title in its colour
