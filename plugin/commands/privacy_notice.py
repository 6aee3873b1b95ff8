"""`privacy-notice`: the customer-facing privacy notice and the GDPR Art. 30 record of processing, generated
from the tenant's configuration (LLM provider and model, hosting, groups, retention, contacts).

  privacy-notice [--tenant T] [--format markdown|json] [--out DIR]
                 [--controller "Acme Ltd"] [--contact privacy@acme.test] [--dpo dpo@acme.test] [--save]
      markdown (default): the notice, then the record; json: {"tenant", "generated_at", "review_required",
      "notice", "record_of_processing"}. --out DIR writes privacy-notice.md and privacy-notice.json.
      --controller/--contact/--dpo apply to this run; with --save they are kept in the tenant's settings.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("privacy-notice", help="print the privacy notice and Art. 30 record for a tenant")
    p.add_argument("--tenant", help="tenant (Zendesk subdomain); default: CANDOR_TENANT on the embedded default")
    p.add_argument("--format", choices=("markdown", "json"), default="markdown")
    p.add_argument("--out", metavar="DIR", help="write privacy-notice.md and privacy-notice.json into DIR")
    p.add_argument("--controller", help="the controller's name (your company)")
    p.add_argument("--contact", help="where customers send privacy requests (e-mail or URL)")
    p.add_argument("--dpo", help="your data protection officer's contact, if you have one")
    p.add_argument("--save", action="store_true", help="keep --controller/--contact/--dpo in the tenant's settings")
    p.set_defaults(handler=run)


def run(args) -> int:
    from plugin.core.notice import CONTACT_FIELDS, build, with_contacts
    from plugin.core.notice_markdown import markdown
    from plugin.core.privacy_texts import MISSING_WARNING
    from plugin.wiring import build_services

    services = build_services()
    privacy = services.privacy
    config = with_contacts(privacy.tenant(args.tenant or services.settings.tenant), controller=args.controller,
                           contact=args.contact, dpo=args.dpo)
    if args.save:
        services.tenants.put(config)
    doc = build(config, privacy.deployment(config), services.clock())  # follows the tenant's drafter setting
    if args.out:
        folder = Path(args.out)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "privacy-notice.md").write_text(markdown(doc), encoding="utf-8")
        (folder / "privacy-notice.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False), encoding="utf-8")
    text = json.dumps(doc, indent=2, ensure_ascii=False) if args.format == "json" else markdown(doc)
    sys.stdout.write(text + "\n")
    for key in doc["review_required"]:
        print(MISSING_WARNING.format(what=CONTACT_FIELDS[key], option=key), file=sys.stderr)
    return 0
