"""Markdown renderings of core/notice.py's document: the customer-facing notice and the Art. 30 record."""
from __future__ import annotations

from typing import Any

from . import privacy_texts as t


def notice_markdown(doc: dict[str, Any]) -> str:
    notice = doc["notice"]
    lines = [t.REVIEW_COMMENT.format(tenant=doc["tenant"], generated_at=doc["generated_at"]), "",
             f"# {notice['title']}", ""]
    for section in notice["sections"]:
        lines += [f"## {section['title']}", ""]
        for paragraph in section["paragraphs"]:
            lines += [paragraph, ""]
        if section["items"]:
            lines += [f"- {item}" for item in section["items"]] + [""]
    return "\n".join(lines)


def _bullets(items: list[str]) -> list[str]:
    return [f"- {item}" for item in items] + [""]


def record_markdown(doc: dict[str, Any]) -> str:
    record = doc["record_of_processing"]
    controller = record["controller"]
    lines = [f"# {record['title']}", "", f"Tenant: `{doc['tenant']}` · generated {doc['generated_at']}", "",
             "## Controller", "", f"- Name: {controller['name']}", f"- Contact: {controller['contact']}"]
    if controller.get("dpo"):
        lines.append(f"- Data protection officer: {controller['dpo']}")
    lines += ["", "## Purposes", "", *_bullets(record["purposes"]), f"Legal basis: {record['legal_basis']}", "",
              "## Data subjects", "", *_bullets(record["data_subjects"]),
              "## Personal data", "", "| data | source | use |", "| --- | --- | --- |"]
    lines += [f"| {d['category']} | {d['source']} | {d['use']} |" for d in record["personal_data"]]
    lines += ["", "## Recipients", "", *_bullets([f"{r['name']} ({r['role']}): {r['receives']}"
                                                  for r in record["recipients"]])]
    lines += ["## Transfers to third countries", "", *_bullets(record["transfers"] or ["None."])]
    lines += ["## Retention", "", "| data | kept |", "| --- | --- |"]
    lines += [f"| {r['data']} | {str(r['days']) + ' days' if r['days'] is not None else r.get('note', '')} |"
              for r in record["retention"]]
    lines += ["", "## Technical and organisational security measures", "", *_bullets(record["security_measures"]),
              "## Automated decision-making", "", record["automated_decision_making"], ""]
    return "\n".join(lines)


def markdown(doc: dict[str, Any]) -> str:
    return notice_markdown(doc) + "\n---\n\n" + record_markdown(doc)
