"""The trust report: what the AI did, how agents used it and how bias complaints were handled — counted from
the audit trail alone (ids, counts and scores; never ticket text or personal data).

`build(records, …)` is pure (standard library only) and returns the report as a JSON-ready dict, the same
dict the CLI writes (`--json`), the admin API serves and the HTML page renders. Small numbers are handled
honestly: a count above zero but under `min_count` (the tenant's `report_min_count`, default 5) is never
given, only "fewer than N", in every series too; wherever published numbers add up to a published total, one
more is hidden so that no small count is the total minus the others (`protect`); a percentage is given with
its denominator, and only when neither part is hidden; a median only over at least `min_count` values.

The audit actions it reads (plugin/core/pipeline.py, feedback.py, erasure.py, reply_review.py, bias_outcome.py,
commands/opt_out.py, handlers/admin.py, commands/fairness_audit.py):
  suggestion_posted, auto_replied, withheld, ai_unavailable      one per AI-assist decision (worker; a
    suggestion's detail.flagged lists the checks that put a warning line above it)
  routed_bias_review, routed_human, opted_out, skipped_opted_out   the other routes (worker)
  agent_action {agent_action}, agent_flag {flag, alerted}           the sidebar
  agent_reply {similarity?, route?, first_reply_seconds?}           an agent's public reply (worker)
  bias_review_outcome {outcome}, opt_out_set {opted_out}, erasure, fairness_audit {verdict, …}
"""
from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta

SCHEMA = 1
DEFAULT_MIN_COUNT = 5
OUTCOMES = ("substantiated", "not_substantiated", "unclear")
AI_ACTIONS = ("suggestion_posted", "auto_replied", "withheld", "ai_unavailable")
ROUTE_OF = {"routed_bias_review": "bias_review", "routed_human": "human", "opted_out": "opt_out",
            "skipped_opted_out": "opt_out", **{a: "ai_assist" for a in AI_ACTIONS}}
ROUTES = ("bias_review", "human", "opt_out", "ai_assist")
ROUTE_LABELS = {"bias_review": "Bias review", "human": "Human handoff", "opt_out": "Opt-out",
                "ai_assist": "AI assist"}
FLAGS = ("inaccurate", "biased", "unsafe")
REGENERATE_PREFIX = "regen-"  # the event id of a job an agent asked for (handlers/sidebar_api.py)
SIMILARITY_BANDS = (("unchanged", 0.9, 1.01), ("edited", 0.5, 0.9), ("rewritten", 0.0, 0.5))


# -- small numbers -----------------------------------------------------------------------------------------

def shown(n: int, min_count: int) -> dict:
    """A count as the report may show it: exact when 0 or at least `min_count`, else only "fewer than N"."""
    if n == 0 or n >= min_count:
        return {"count": n, "display": f"{n:,}"}
    return {"count": None, "display": f"fewer than {min_count}"}


class Cell:
    """One count the report may publish: its true value and whether it is hidden. A count under the threshold
    is hidden from the start; `protect` hides more. Every published number is read from a cell at the end."""

    __slots__ = ("n", "hidden")

    def __init__(self, n: int, min_count: int) -> None:
        self.n, self.hidden = n, shown(n, min_count)["count"] is None

    def out(self, min_count: int) -> dict:
        if not self.hidden:
            return {"count": self.n, "display": f"{self.n:,}"}
        return {"count": None, "display": f"fewer than {min_count}" if self.n < min_count else "not shown"}


Line = tuple[list[Cell], Cell]  # parts that add up to a published margin


def protect(lines: list[Line]) -> None:
    """Secondary suppression. While some line has exactly one hidden number, the margin minus the shown parts
    would give it away: hide the smallest other non-zero part (the margin itself when there is none). Repeats
    until no line changes, since hiding a cell can open another line it belongs to."""
    changed = True
    while changed:
        changed = False
        for parts, margin in lines:
            if sum(c.hidden for c in parts) + margin.hidden != 1:
                continue
            others = [c for c in parts if not c.hidden and c.n > 0]
            target = min(others, key=lambda c: c.n) if others else margin
            if not target.hidden:
                target.hidden = changed = True


def percent(part: Cell, whole: Cell, noun: str, min_count: int) -> dict:
    """part/whole with what it is a share of; no value when either side is hidden (it would give the other
    away), and no denominator when the whole is hidden."""
    value = None
    if whole.n == 0:
        display = f"of 0 {noun}"
    elif whole.hidden:
        display = f"share not shown (fewer than {min_count} {noun})" if whole.n < min_count else \
            "share not shown (small numbers)"
    elif part.hidden:
        display = f"share of {whole.n:,} {noun} not shown (small numbers)"
    else:
        value = round(100 * part.n / whole.n, 1)
        display = f"{value:g}% of {whole.n:,} {noun}"
    return {"value": value, "denominator": whole.out(min_count), "of": noun, "display": display}


def stat(values: list[float], min_count: int, digits: int = 2) -> dict:
    """Median (and 90th percentile) of at least `min_count` values, else nothing but how many there were."""
    n = len(values)
    if n == 0 or n < min_count:
        return {"median": None, "p90": None, "n": shown(n, min_count)}
    ordered = sorted(values)
    p90 = ordered[min(n - 1, round(0.9 * (n - 1)))]
    return {"median": round(statistics.median(ordered), digits), "p90": round(p90, digits), "n": shown(n, min_count)}


# -- time ----------------------------------------------------------------------------------------------------

def _day(record: dict) -> date | None:
    try:
        return date.fromisoformat(str(record.get("time", ""))[:10])
    except ValueError:
        return None


def granularity(first: date, last: date) -> str:
    span = (last - first).days
    return "day" if span <= 62 else "week" if span <= 2 * 366 else "month"


def period_of(day: date, unit: str) -> str:
    if unit == "day":
        return day.isoformat()
    if unit == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    return day.strftime("%Y-%m")


def periods(first: date, last: date, unit: str) -> list[str]:
    out: list[str] = []
    day = first
    while day <= last:
        key = period_of(day, unit)
        if not out or out[-1] != key:
            out.append(key)
        day += timedelta(days=1)
    return out


# -- the report ----------------------------------------------------------------------------------------------

class _Figure:
    """A count figure while the report is built: its cells, its sentence still to fill in."""

    def __init__(self, fid: str, label: str, sentence: str, total: Cell, series: list[Cell],
                 of: tuple[str, Cell] | None) -> None:
        self.fid, self.label, self.sentence, self.total, self.series, self.of = fid, label, sentence, total, series, of

    def out(self, min_count: int) -> dict:
        out = {"id": self.fid, "label": self.label, **self.total.out(min_count),
               "series": [c.out(min_count)["count"] for c in self.series]}
        if self.of is not None:  # shown beside the sentence, which stays one plain statement
            out["percent"] = percent(self.total, self.of[1], self.of[0], min_count)
        out["sentence"] = self.sentence.format(n=out["display"])
        return out


class _Table:
    def __init__(self, tid: str, title: str, sentence: str, columns: list[str],
                 rows: list[tuple[str, list[Cell]]], labels: dict[str, str] | None = None) -> None:
        self.tid, self.title, self.sentence, self.columns, self.rows = tid, title, sentence, columns, rows
        self.labels = [(labels or {}).get(c) or c.replace("_", " ") for c in columns]

    def out(self, min_count: int) -> dict:
        return {"id": self.tid, "title": self.title, "sentence": self.sentence, "columns": self.columns,
                "column_labels": self.labels,
                "rows": [{"label": label, "cells": [c.out(min_count) for c in cells]} for label, cells in self.rows]}


class _Builder:
    """Collects figures and tables as cells and the lines they add up along; `finish` hides what a published
    total would give away (`protect`) and only then writes numbers, percentages and sentences."""

    def __init__(self, records: list[dict], min_count: int, unit: str, keys: list[str]) -> None:
        self.records, self.min, self.unit, self.keys = records, min_count, unit, keys
        self.lines: list[Line] = []
        self.shared: dict = {}  # what one section needs of another's (the same cells, so hidden in both)

    def cell(self, n: int) -> Cell:
        return Cell(n, self.min)

    def figure(self, fid: str, label: str, sentence: str, chosen: list[dict], weight=lambda r: 1,
               of: tuple[str, Cell] | None = None) -> _Figure:
        """`sentence` is filled with {n}; `of` names the whole the count is a share of."""
        per: Counter = Counter()
        for record in chosen:
            day = _day(record)
            if day is not None:
                per[period_of(day, self.unit)] += weight(record)
        total, series = self.cell(sum(per.values())), [self.cell(per[k]) for k in self.keys]
        self.lines.append((series, total))
        return _Figure(fid, label, sentence, total, series, of)

    def adds_up(self, parts: list[_Figure], whole: Cell | _Figure) -> None:
        """The parts' totals add up to the whole; when the whole is a figure, per period too."""
        if isinstance(whole, _Figure):
            self.lines.append(([p.total for p in parts], whole.total))
            for i, margin in enumerate(whole.series):
                self.lines.append(([p.series[i] for p in parts], margin))
        else:
            self.lines.append(([p.total for p in parts], whole))

    def stat_figure(self, fid: str, label: str, sentence: str, values: list[tuple[dict, float]], unit: str,
                    counted: str, digits: int = 2) -> dict:
        """A median and 90th percentile; `sentence` is filled with {median} and {p90} when there are enough
        values, else the figure says how many `counted` there were and why no median is given."""
        result = stat([v for _, v in values], self.min, digits)
        per: dict[str, list[float]] = defaultdict(list)
        for record, value in values:
            day = _day(record)
            if day is not None:
                per[period_of(day, self.unit)].append(value)
        series = [stat(per[k], self.min, digits)["median"] for k in self.keys]
        if result["median"] is None:
            display = "not shown"
            sentence = (f"No {counted} yet." if not values else
                        f"Not shown: {result['n']['display']} {counted}; a median needs at least {self.min}.")
        else:
            space = "" if unit in ("", "%") else " "
            display = f"{result['median']:,g}{space}{unit}"
            sentence = sentence.format(median=display, p90=f"{result['p90']:,g}{space}{unit}",
                                       n=result["n"]["display"])
        return {"id": fid, "label": label, "stat": result, "unit": unit, "series": series, "display": display,
                "sentence": sentence}

    def table(self, tid: str, title: str, sentence: str, columns: list[str],
              rows: Mapping[str, Mapping[str, int | Cell]], column_totals: dict[str, Cell] | None = None,
              row_totals: tuple[tuple[list[str], str], ...] = (), labels: dict[str, str] | None = None) -> _Table:
        """Rows of cells. `column_totals`: a published total each column adds up to (e.g. a figure);
        `row_totals`: (parts, margin) columns that add up within every row. Row sums not named are never
        published, so they give nothing away."""
        built = [(label, [v if isinstance(v := counts.get(c, 0), Cell) else self.cell(v) for c in columns])
                 for label, counts in sorted(rows.items())]
        for i, column in enumerate(columns):
            if column_totals and column in column_totals:
                self.lines.append(([cells[i] for _, cells in built], column_totals[column]))
        for parts, margin in row_totals:
            for _, cells in built:
                self.lines.append(([cells[columns.index(c)] for c in parts], cells[columns.index(margin)]))
        return _Table(tid, title, sentence, columns, built, labels)

    def finish(self, sections: list[dict]) -> list[dict]:
        protect(self.lines)
        return [{**s, "figures": [f.out(self.min) if isinstance(f, _Figure) else f for f in s["figures"]],
                 **({"tables": [t.out(self.min) for t in s["tables"]]} if "tables" in s else {})} for s in sections]


def _of(records: list[dict], *actions: str) -> list[dict]:
    return [r for r in records if r.get("action") in actions]


def _detail(record: dict) -> dict:
    detail = record.get("detail")
    return detail if isinstance(detail, dict) else {}


def _replies(records: list[dict]) -> list[dict]:
    """agent_reply records, one per reply: the same reply may arrive by event subscription and by trigger."""
    seen, out = set(), []
    for r in _of(records, "agent_reply"):
        key = (r.get("ticket_id"), _detail(r).get("comment_id") or r.get("id"))
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _usage(record: dict) -> dict:
    usage = _detail(record).get("provider")
    return usage if isinstance(usage, dict) else {}


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def build(records: Iterable[dict], *, tenant: str, since: str | None = None, until: str | None = None,
          min_count: int = DEFAULT_MIN_COUNT, generated_at: str | None = None) -> dict:
    """The report for one tenant's audit records (already limited to [since, until))."""
    rows = sorted((r for r in records if r.get("tenant", tenant) == tenant), key=lambda r: str(r.get("time", "")))
    min_count = max(1, int(min_count))
    days = [d for d in (_day(r) for r in rows) if d is not None]
    first = _bound(since) or (min(days) if days else None)
    last = (_bound(until, exclusive=True) if until else None) or (max(days) if days else None)
    unit = granularity(first, last) if first and last else "day"
    keys = periods(first, last, unit) if first and last and first <= last else []
    b = _Builder(rows, min_count, unit, keys)
    return {
        "schema": SCHEMA, "kind": "candor_trust_report", "tenant": tenant, "since": since, "until": until,
        "generated_at": generated_at or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "min_count": min_count, "unit": unit, "periods": keys, "records": shown(len(rows), min_count),
        "sections": b.finish([_suggestions(b), _flags(b), _routes(b), _bias_reviews(b), _privacy(b),
                              _provider(b), _consent(b), _fairness(b)]),
    }


def _bound(text: str | None, exclusive: bool = False) -> date | None:
    if not text:
        return None
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        return None
    return day - timedelta(days=1) if exclusive and text[10:].strip("T:0.Z") == "" else day


# -- sections --------------------------------------------------------------------------------------------

def _suggestions(b: _Builder) -> dict:
    made_records = _of(b.records, "suggestion_posted", "auto_replied")
    by_action = _distinct_actions(b.records)
    handled = {r.get("draft_hash") for r in _of(b.records, "agent_action", "agent_flag") if r.get("draft_hash")}
    regenerated = [r for r in _of(b.records, *AI_ACTIONS) if str(r.get("event_id", "")).startswith(REGENERATE_PREFIX)]
    superseded = _superseded(b.records)
    ignored = [r for r in _of(b.records, "suggestion_posted")
               if r.get("draft_hash") not in handled and r.get("id") not in superseded]
    made = b.figure("suggestions_made", "Suggestions made", "Replies Candor drafted for agents to review: {n}.",
                    made_records)
    of_made = ("suggestions made", made.total)
    inserted = b.figure("inserted", "Inserted", "Suggestions agents inserted into their reply: {n}.",
                        by_action["inserted"], of=of_made)
    discarded = b.figure("discarded", "Discarded", "Suggestions agents discarded: {n}.", by_action["discarded"],
                         of=of_made)
    ignored_fig = b.figure("ignored", "Ignored", "Suggestions neither inserted, discarded, flagged nor "
                           "regenerated: {n}.", ignored, of=of_made)
    # not an exact sum (flags, regenerations and auto-replies are other ends), but close enough to protect
    b.adds_up([inserted, discarded, ignored_fig], made.total)
    b.shared.update(made=made, inserted=inserted, inserted_records=by_action["inserted"])
    replies = [(r, v) for r in _replies(b.records)
               if (v := _number(_detail(r).get("similarity"))) is not None]
    compared = b.figure("replies_compared", "Agent replies compared",
                        "Public agent replies that followed a suggestion and were compared with it: {n} (a "
                        "score is kept, never the text).", [r for r, _ in replies])
    bands = [b.figure(f"reply_{name}", label, sentence, [r for r, v in replies if low <= v < high],
                      of=("agent replies compared", compared.total))
             for (name, low, high), label, sentence in zip(SIMILARITY_BANDS, (
                 "Sent almost unchanged", "Edited", "Largely rewritten"), (
                 "Agent replies that kept at least 90% of the suggestion's wording: {n}.",
                 "Agent replies that kept between half and 90% of it: {n}.",
                 "Agent replies that kept less than half of it: {n}."), strict=True)]
    b.adds_up(bands, compared)
    # what the sidebar saw when the agent submitted a reply that held an inserted suggestion
    of_inserted = ("inserted suggestions", inserted.total)
    sent = [b.figure("sent_as_is", "Sent as inserted", "Inserted suggestions sent without a change to their "
                     "wording (seen by the sidebar at submit): {n}.", by_action["sent_as_is"], of=of_inserted),
            b.figure("sent_edited", "Sent after editing", "Inserted suggestions the agent edited before sending "
                     "(seen by the sidebar at submit): {n}.", by_action["sent_edited"], of=of_inserted)]
    b.adds_up(sent, inserted)  # not exact (an inserted suggestion may not be sent yet), but close enough to protect
    return {"id": "suggestions", "title": "Suggestions and what agents did with them", "figures": [
        made, inserted, *sent,
        b.figure("regenerated", "Regenerated", "New suggestions agents asked for: {n}.", regenerated),
        discarded, ignored_fig, compared,
        b.stat_figure("similarity", "How much of the suggestion agents kept",
                      "Half of the compared replies kept at least {median} of the suggestion's wording "
                      "(difflib similarity, 100% = sent unchanged; n = {n}).", [(r, 100 * v) for r, v in replies],
                      "%", "compared replies", digits=0),
        *bands,
    ]}


def _distinct_actions(records: list[dict]) -> dict[str, list[dict]]:
    """agent_action records by action, one per suggestion: an agent who inserts a suggestion twice used it once."""
    seen: set = set()
    out: dict[str, list[dict]] = defaultdict(list)
    for r in _of(records, "agent_action"):
        action = _detail(r).get("agent_action")
        key = (r.get("ticket_id"), r.get("draft_hash") or r.get("id"), action)
        if key not in seen:
            seen.add(key)
            out[str(action)].append(r)
    return out


def _superseded(records: list[dict]) -> set:
    """Ids of suggestions followed by a regenerated one on the same ticket (they were not ignored)."""
    out: set = set()
    last: dict = {}
    for r in records:
        if r.get("action") in AI_ACTIONS:
            if str(r.get("event_id", "")).startswith(REGENERATE_PREFIX) and r.get("ticket_id") in last:
                out.add(last[r.get("ticket_id")])
            last[r.get("ticket_id")] = r.get("id")
    return out


def _flags(b: _Builder) -> dict:
    flags = _of(b.records, "agent_flag")
    later = defaultdict(set)
    for r in _of(b.records, "agent_action"):
        later[r.get("draft_hash")].add(_detail(r).get("agent_action"))
    figures = {kind: b.figure(f"flag_{kind}", f"Flagged {kind}", f"Suggestions agents flagged as {kind}: {{n}}.",
                              [r for r in flags if _detail(r).get("flag") == kind]) for kind in FLAGS}
    rows: dict[str, Counter] = defaultdict(Counter)
    for r in flags:
        kind, after = str(_detail(r).get("flag")), later.get(r.get("draft_hash"), set())
        row = rows[kind]
        row["flagged"] += 1
        row["then inserted" if "inserted" in after else "then discarded" if "discarded" in after
            else "no further action"] += 1
        if kind == "biased":
            row["review group alerted" if _detail(r).get("alerted") else "alert failed"] += 1
    # the flagged cell is the figure's own: hidden in both or in neither
    table_rows: dict[str, dict[str, int | Cell]] = {}
    for kind, counts in rows.items():
        cells: dict[str, int | Cell] = dict(counts)
        if kind in figures:
            cells["flagged"] = figures[kind].total
        table_rows[kind] = cells
    return {"id": "flags", "title": "Flags raised by agents", "figures": list(figures.values()), "tables": [b.table(
        "flag_outcomes", "What happened after a flag",
        "For each kind of flag: what the agent did next with that suggestion; a 'biased' flag also alerts the "
        "review group.", ["flagged", "then inserted", "then discarded", "no further action", "review group alerted",
                          "alert failed"], table_rows,
        row_totals=((["then inserted", "then discarded", "no further action"], "flagged"),
                    (["review group alerted", "alert failed"], "flagged")))]}


def _routes(b: _Builder) -> dict:
    decisions = [r for r in b.records if r.get("action") in ROUTE_OF]
    by_language: dict[str, Counter] = defaultdict(Counter)
    by_channel: dict[str, Counter] = defaultdict(Counter)
    for r in decisions:
        route = ROUTE_OF[r["action"]]
        by_language[str(_detail(r).get("language") or "unknown")][route] += 1
        by_channel[str(_detail(r).get("channel") or "unknown")][route] += 1
    sentences = {"bias_review": "Customer messages sent to the bias review group, never to the AI: {n}.",
                 "human": "Sent to a person because the customer asked for one or disputed the AI: {n}.",
                 "opt_out": "From customers who opted out of AI, so no AI saw them: {n}.",
                 "ai_assist": "Given the AI-assist route: {n}."}
    total = b.cell(len(decisions))
    figures = [b.figure(f"route_{route}", ROUTE_LABELS[route], sentences[route],
                        [r for r in decisions if ROUTE_OF[r["action"]] == route], of=("routing decisions", total))
               for route in ROUTES]
    b.adds_up(figures, total)
    b.shared["route_ai_assist"] = figures[ROUTES.index("ai_assist")]
    by_route = {route: f.total for route, f in zip(ROUTES, figures, strict=True)}
    return {"id": "routes", "title": "Routes taken", "figures": figures, "tables": [
        b.table("routes_by_language", "Routes by language",
                "Routing decisions by the customer's language.", list(ROUTES), by_language, by_route,
                labels=ROUTE_LABELS),
        b.table("routes_by_channel", "Routes by channel",
                "Routing decisions by the channel the ticket came in on.", list(ROUTES), by_channel, by_route,
                labels=ROUTE_LABELS)]}


def _bias_reviews(b: _Builder) -> dict:
    opened: dict[object, dict] = {}
    for r in b.records:
        if r.get("action") == "routed_bias_review" or (
                r.get("action") == "agent_flag" and _detail(r).get("flag") == "biased" and _detail(r).get("alerted")):
            opened.setdefault(r.get("ticket_id"), r)
    characteristics: dict[object, set[str]] = defaultdict(set)
    for r in b.records:
        if r.get("ticket_id") in opened and r.get("action") in ("routed_bias_review", "agent_flag"):
            characteristics[r.get("ticket_id")].update(r.get("characteristics") or [])
    outcome: dict[object, dict] = {}
    for r in _of(b.records, "bias_review_outcome"):
        if _detail(r).get("outcome") in OUTCOMES:
            outcome[r.get("ticket_id")] = r  # the latest recorded outcome counts
    first_reply: dict[object, tuple[dict, float]] = {}
    for r in _replies(b.records):
        seconds = _number(_detail(r).get("first_reply_seconds"))
        if _detail(r).get("route") == "bias_review" and seconds is not None:
            first_reply.setdefault(r.get("ticket_id"), (r, seconds / 3600))
    by_characteristic: dict[str, Counter] = defaultdict(Counter)
    for ticket in opened:
        column = _detail(outcome[ticket]).get("outcome") if ticket in outcome else "not recorded"
        for characteristic in sorted(characteristics[ticket]) or ["not stated"]:
            by_characteristic[characteristic][column] += 1
    reviews = b.figure("bias_reviews", "Bias reviews opened",
                       "Tickets sent to the review group as possible unfair treatment: {n}.", list(opened.values()))
    outcomes = [b.figure(f"outcome_{o}", o.replace("_", " ").capitalize(),
                         f"Complaints the review group found {o.replace('_', ' ')}: {{n}}.",
                         [outcome[t] for t in opened if t in outcome and _detail(outcome[t]).get("outcome") == o],
                         of=("bias reviews", reviews.total)) for o in OUTCOMES]
    outcomes.append(b.figure("outcome_missing", "Outcome not recorded yet",
                             "Reviews with no outcome recorded yet: {n}.",
                             [r for t, r in opened.items() if t not in outcome], of=("bias reviews", reviews.total)))
    b.adds_up(outcomes, reviews.total)
    # a review naming two characteristics is in two rows: the columns add up to at least the figures, and
    # protecting them as if they added up exactly only ever hides more
    columns = [*OUTCOMES, "not recorded"]
    return {"id": "bias_reviews", "title": "Bias complaints and their reviews", "figures": [
        reviews,
        b.stat_figure("first_reply_hours", "Time to first human reply",
                      "Half of the reviewed tickets got a person's public reply within {median}; 90% within "
                      "{p90} (n = {n}).", list(first_reply.values()), "h", "reviewed tickets with a reply",
                      digits=1),
        *outcomes], "tables": [
        b.table("outcomes_by_characteristic", "Outcomes by characteristic",
                "Each review counted once per characteristic the complaint named.", columns, by_characteristic,
                {c: f.total for c, f in zip(columns, outcomes, strict=True)})]}


def _privacy(b: _Builder) -> dict:
    drafted = _of(b.records, *AI_ACTIONS)
    hidden: dict[str, Counter] = defaultdict(Counter)
    for r in drafted:
        for kind, count in (r.get("redactions") or {}).items():
            hidden[str(kind)]["hidden"] += int(count) if isinstance(count, int) else 0
    withheld_records = _of(b.records, "withheld")
    reasons: dict[str, Counter] = defaultdict(Counter)
    for r in withheld_records:
        for reason in _detail(r).get("withheld_codes") or _detail(r).get("withheld") or ["not stated"]:
            reasons[str(reason)[:80]]["drafts"] += 1
    flagged_records = [r for r in _of(b.records, "suggestion_posted", "auto_replied") if _detail(r).get("flagged")]
    flag_reasons: dict[str, Counter] = defaultdict(Counter)
    for r in flagged_records:
        for reason in _detail(r)["flagged"]:
            flag_reasons[str(reason)[:80]]["drafts"] += 1
    hidden_fig = b.figure("hidden", "Items hidden from the AI",
                          "Pieces of personal data replaced by placeholders before any AI saw the text: {n}.",
                          drafted, weight=lambda r: sum(v for v in (r.get("redactions") or {}).values()
                                                        if isinstance(v, int)))
    b.shared["ai_drafts"] = drafts = b.cell(len(drafted))
    withheld = b.figure("withheld", "Drafts withheld by the checks",
                        "Drafts that failed a check (links, claims to be human, personal data…) and were "
                        "not shown: {n}.", withheld_records, of=("AI drafts", drafts))
    b.shared["withheld"] = withheld
    flagged = b.figure("flagged", "Suggestions shown with a warning",
                       "Suggestions a check flagged (may read as if a person wrote it…): shown to the agent with a "
                       "warning line above the draft: {n}.", flagged_records,
                       of=("suggestions made", b.shared["made"].total))
    return {"id": "privacy", "title": "What the AI never saw, and drafts held back",
            "figures": [hidden_fig, withheld, flagged],
            "tables": [
                b.table("hidden_by_kind", "Hidden from the AI, by kind",
                        "Counts of values, never the values; they add up to the items hidden above.", ["hidden"],
                        hidden, {"hidden": hidden_fig.total}),
                # a draft can fail two checks: the column adds up to at least the figure (protected as if exact)
                b.table("withheld_by_reason", "Drafts withheld, by reason", "A draft can fail more than one check.",
                        ["drafts"], reasons, {"drafts": withheld.total}),
                b.table("flagged_by_reason", "Suggestions flagged, by reason", "Shown with a warning line, by check.",
                        ["drafts"], flag_reasons, {"drafts": flagged.total})]}


def _provider(b: _Builder) -> dict:
    calls = _of(b.records, *AI_ACTIONS)
    usage = [(r, _usage(r)) for r in calls]
    latency = [(r, v) for r, u in usage if (v := _number(u.get("ms"))) is not None]
    by_model: dict[str, Counter] = defaultdict(Counter)
    for r in calls:
        model = "no answer" if r.get("action") == "ai_unavailable" else str(r.get("model") or "not recorded")
        by_model[model]["requests"] += 1
    auto_records = _of(b.records, "auto_replied")
    requests = b.figure("requests", "Requests to the AI", "Drafts Candor asked the AI for: {n}.", calls)
    errors = b.figure("errors", "Errors", "Requests that got no answer from the provider: {n}.",
                      _of(b.records, "ai_unavailable"), of=("requests", requests.total))
    # every request ended as a suggestion, a withheld draft or an error, and is one AI-assist routing decision
    b.adds_up([b.shared["made"], b.shared["withheld"], errors], requests)
    b.adds_up([b.shared["route_ai_assist"]], requests)
    b.lines.append(([b.shared["ai_drafts"]], requests.total))
    models: dict[str, dict[str, int | Cell]] = {name: dict(counts) for name, counts in by_model.items()}
    if "no answer" in models:
        models["no answer"]["requests"] = errors.total  # the same number as the errors figure
    auto = b.figure("auto_replies", "Auto-replies sent", "Customers Candor answered itself: {n}.", auto_records,
                    of=("suggestions made", b.shared["made"].total))
    inserted = b.shared["inserted_records"]
    return {"id": "provider", "title": "AI provider use and disclosure", "figures": [
        requests,
        b.figure("tokens", "Tokens", "Tokens used, prompt and answer (estimated where the provider gave no "
                 "count): {n}.", [r for r, _ in usage],
                 weight=lambda r: sum(v for k, v in _usage(r).items() if k.endswith("_tokens") and isinstance(v, int))),
        errors,
        b.stat_figure("latency", "Latency", "Half of the answers came within {median}; 90% within {p90} (n = {n}).",
                      latency, "ms", "answers with a measured time", digits=0),
        auto,
        b.figure("auto_replies_disclosed", "Auto-replies with the AI disclosure",
                 "Auto-replies that carried the AI disclosure footer: {n}.",
                 [r for r in auto_records if r.get("disclosure_version")], of=("auto-replies", auto.total)),
        b.figure("inserts_disclosed", "Inserted suggestions marked as AI-assisted",
                 "Inserted suggestions that marked the ticket as AI-disclosed: {n}.",
                 [r for r in inserted if _detail(r).get("disclosure_marked")],
                 of=("inserted suggestions", b.shared["inserted"].total)),
    ], "tables": [b.table("models", "Requests by model", "Which model answered.", ["requests"], models,
                          {"requests": requests.total})]}


def _consent(b: _Builder) -> dict:
    outs = _of(b.records, "opted_out") + [r for r in _of(b.records, "opt_out_set") if _detail(r).get("opted_out")]
    ins = [r for r in b.records if _detail(r).get("opt_in") is True] + [
        r for r in _of(b.records, "opt_out_set") if _detail(r).get("opted_out") is False]
    return {"id": "consent", "title": "Opt-outs, opt-ins and erasures", "figures": [
        b.figure("opt_outs", "Opt-outs", "Times a customer opted out of AI (by message, or an admin for them): {n}.",
                 outs),
        b.figure("opt_ins", "Opt-ins", "Times a customer opted back in to AI: {n}.", ins),
        b.figure("erasures", "Erasures", "Times a person's data was erased (on request, or when deleted in Zendesk): "
                 "{n}.", _of(b.records, "erasure")),
    ]}


def _fairness(b: _Builder) -> dict:
    runs = _of(b.records, "fairness_audit")
    last = runs[-1] if runs else None
    detail = _detail(last) if last else {}
    verdict = detail.get("verdict")
    sentence = ("No fairness audit was recorded in this period (python -m plugin fairness-audit --tenant T)."
                if last is None else
                f"The last fairness audit, on {str(last.get('time', ''))[:10]}, "
                f"{'passed' if verdict == 'pass' else 'found a disparity over its threshold'}"
                f" ({detail.get('exceeded', 0)} over threshold, {detail.get('flagged', 0)} flagged).")
    return {"id": "fairness", "title": "Fairness audit", "sentence": sentence,
            "last": None if last is None else {"time": last.get("time"), "verdict": verdict,
                                               "exceeded": detail.get("exceeded"), "flagged": detail.get("flagged"),
                                               "tickets": detail.get("tickets")},
            "figures": [b.figure("fairness_runs", "Audits run", "Fairness audits recorded: {n}.", runs)]}
