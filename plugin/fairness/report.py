"""The machine-readable report (JSON): configuration, findings with their status, verdict, plain summary."""
from __future__ import annotations

from typing import Any

from . import gate, texts

SCHEMA = "candor.fairness-audit/1"
MAX_SUMMARY_FINDINGS = 8


def findings(drafts: dict | None, classifier: dict | None, thresholds: dict) -> list[dict]:
    """Every (arm, dimension, metric) whose gap is beyond the noise floor, with its gate status."""
    out = []
    for arm, arm_report in ((drafts or {}).get("arms") or {}).items():
        for dimension, dim in arm_report["dimensions"].items():
            out += _findings("drafts", arm, dimension, dim["metrics"], thresholds)
    for dimension, dim in ((classifier or {}).get("dimensions") or {}).items():
        out += _findings("routing", None, dimension, dim["metrics"], thresholds)
    order = {"exceeds": 0, "flagged": 1}
    return sorted(out, key=lambda f: (order[f["status"]], -f["effect"]))


def _findings(section: str, arm: str | None, dimension: str, metrics: dict, thresholds: dict) -> list[dict]:
    out = []
    for metric, comparison in metrics.items():
        state = gate.status(metric, comparison, thresholds)
        comparison["status"] = state
        if state in ("flagged", "exceeds"):
            groups = {g["group"]: g["mean"] for g in comparison["groups"]}
            out.append({"section": section, "arm": arm, "dimension": dimension, "metric": metric, "status": state,
                        "gap": comparison["gap"], "gap_ci": comparison["gap_ci"],
                        "effect": gate.effect(metric, comparison["gap"], comparison["overall"]),
                        "threshold": thresholds.get(metric), "noise_floor": comparison["noise_floor"],
                        "high_group": comparison["high_group"], "low_group": comparison["low_group"],
                        "high_value": groups.get(comparison["high_group"]),
                        "low_value": groups.get(comparison["low_group"]), "tickets": comparison["tickets"],
                        "flipped_tickets": comparison.get("flipped_tickets"), "example": comparison.get("example")})
    return out


def gated(finding: dict, gate_arm: str) -> bool:
    return finding["section"] == "routing" or gate_arm == "both" or finding["arm"] == gate_arm


def build(config: dict, drafts: dict | None, classifier: dict | None, thresholds: dict, gate_arm: str) -> dict:
    found = findings(drafts, classifier, thresholds)
    failing = [f for f in found if f["status"] == "exceeds" and gated(f, gate_arm)]
    report: dict[str, Any] = {"schema": SCHEMA, "config": config, "thresholds": thresholds, "gate_arm": gate_arm,
              "verdict": {"passed": not failing, "failing": len(failing), "flagged": len(found)},
              "findings": found, "drafts": drafts, "routing": classifier}
    report["summary"] = summary(report, failing)
    return report


HIDDEN_TEXT = "(text hidden: --hide-texts)"


def hide_texts(report: dict) -> dict:
    """Drop ticket and reply texts (the side-by-side pairs and route flips) so the report can be shared, e.g.
    as a CI artifact; every figure stays."""
    for arm in ((report.get("drafts") or {}).get("arms") or {}).values():
        for pair in arm.get("worst_pairs") or []:
            pair["a"]["text"] = pair["b"]["text"] = HIDDEN_TEXT
    for example in (report.get("routing") or {}).get("examples") or []:
        example["a"]["text"] = example["b"]["text"] = HIDDEN_TEXT
    report["config"]["texts"] = "hidden"
    return report


def _pct(value: float | None) -> str:
    """Whole percent, one decimal below 10% (so 5.3% is not shown as the 5% threshold it exceeds)."""
    if value is None:
        return "n/a"
    text = f"{100 * value:.1f}" if abs(value) < 0.1 else f"{100 * value:.0f}"
    return text.removesuffix(".0") + "%"


def _num(value: float | None, digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def describe(f: dict) -> str:
    arm_text = texts.ARM.get(f["arm"] or "", "")
    arm_text = arm_text[:1].upper() + arm_text[1:]
    common = {"arm_text": arm_text, "metric": texts.METRIC[f["metric"]], "high": f["high_group"],
              "low": f["low_group"], "dimension": texts.DIMENSION.get(f["dimension"], f["dimension"])}
    if f["metric"] == "flip_rate":
        return texts.FLIP_FINDING.format(**common, flipped=f.get("flipped_tickets"), tickets=f.get("tickets"),
                                         rate=_pct(f["gap"]), threshold=_pct(f["threshold"]),
                                         example=f.get("example") or f["high_group"])
    if f["metric"] == "identity_visible":
        return texts.VISIBLE_FINDING.format(**common, high_value=_pct(f["high_value"]), low_value=_pct(f["low_value"]))
    if f["section"] == "routing":
        return texts.ROUTE_FINDING.format(**common, high_value=_pct(f["high_value"]), low_value=_pct(f["low_value"]))
    if f["metric"] == "length":
        return texts.LENGTH_FINDING.format(**common, relative=_pct(f["effect"]), high_value=_num(f["high_value"], 0),
                                           low_value=_num(f["low_value"], 0), noise=_num(f["noise_floor"], 0))
    if f["metric"] in ("tone", "similarity"):
        return texts.SCALE_FINDING.format(**common, high_value=_num(f["high_value"]), low_value=_num(f["low_value"]),
                                          gap=_num(f["gap"]), ci_low=_num(f["gap_ci"][0]),
                                          ci_high=_num(f["gap_ci"][1]), noise=_num(f["noise_floor"]))
    return texts.RATE_FINDING.format(**common, high_value=_pct(f["high_value"]), low_value=_pct(f["low_value"]),
                                     gap=f"{100 * f['gap']:.0f}", ci_low=f"{100 * f['gap_ci'][0]:.0f}",
                                     ci_high=f"{100 * f['gap_ci'][1]:.0f}", noise=_pct(f["noise_floor"]))


def summary(report: dict, failing: list[dict]) -> list[str]:
    count = len(failing)
    lines = [texts.PASSED if not count else texts.FAILED.format(
        count=count, plural="y" if count == 1 else "ies", verb="s" if count == 1 else "", their="its" if count == 1
        else "their")]
    shown = report["findings"][:MAX_SUMMARY_FINDINGS]
    lines += [describe(f) for f in shown] or [texts.NOTHING_FLAGGED]
    lines += _redaction_lines(report)
    config = report["config"]
    noise = _largest_noise(report)
    if config.get("samples", 0) >= 2 and (report.get("drafts") or {}).get("resampling", "").startswith("copied"):
        lines.append(texts.NOISE_COPIED)
    elif config.get("samples", 0) >= 2 and report.get("drafts"):
        lines.append(texts.NOISE.format(samples=config["samples"], noise=_num(noise)))
    elif report.get("drafts"):
        lines.append(texts.NO_NOISE)
    if config.get("tickets", 0) < 30:
        lines.append(texts.FEW_TICKETS.format(tickets=config.get("tickets", 0)))
    errors = (report.get("drafts") or {}).get("errors") or {}
    if errors:
        lines.append(texts.ERRORS.format(count=sum(errors.values()), kinds=", ".join(sorted(errors))))
    if config.get("routing_skipped"):
        lines.append(texts.CLASSIFIER_MISSING.format(reason=config["routing_skipped"]))
    if config.get("tenant_setting"):
        lines.append(texts.TENANT_SETTING.format(setting=config["tenant_setting"]))
    return lines


def _visible(report: dict, arm: str, dimension: str) -> float | None:
    dims = (((report.get("drafts") or {}).get("arms") or {}).get(arm) or {}).get("dimensions") or {}
    metric = (dims.get(dimension) or {}).get("metrics", {}).get("identity_visible")
    return metric["overall"] if metric else None


def _redaction_lines(report: dict) -> list[str]:
    arms = ((report.get("drafts") or {}).get("arms") or {})
    if not {"on", "off"} <= set(arms):
        return []
    hidden, shown = [], []
    for dimension in arms["on"]["dimensions"]:
        on, off = _visible(report, "on", dimension), _visible(report, "off", dimension)
        if on is None or off is None:
            continue
        name = texts.DIMENSION.get(dimension, dimension)
        if off - on > 0.05:
            hidden.append(f"{name} ({_pct(1 - on)})")
        elif on > 0.5:
            shown.append(f"{name} ({_pct(on)})")
    lines = [texts.HIDDEN.format(items=", ".join(hidden))] if hidden else []
    if shown:
        lines.append(texts.NOT_HIDDEN.format(items=", ".join(shown)))
    on_keys = {(f["dimension"], f["metric"]) for f in report["findings"] if f["arm"] == "on"}
    only_off = [f"{texts.DIMENSION.get(f['dimension'], f['dimension'])} / {f['metric']}" for f in report["findings"]
                if f["arm"] == "off" and (f["dimension"], f["metric"]) not in on_keys]
    if only_off:
        lines.append(texts.ONLY_OFF.format(items="; ".join(dict.fromkeys(only_off))))
    return lines


def _largest_noise(report: dict) -> float | None:
    floors = [m["noise_floor"] for arm in ((report.get("drafts") or {}).get("arms") or {}).values()
              for dim in arm["dimensions"].values() for name, m in dim["metrics"].items()
              if m.get("noise_floor") is not None and name not in ("length",)]
    return max(floors) if floors else None
