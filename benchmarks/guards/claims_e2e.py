"""A held-out human-claims set, end to end: which replies of a hostile server reach an agent as a clean suggestion?
Each set keeps a thin `claims_evalN/e2e.py` that calls `main` with its file, its runs.log and its options:

    python benchmarks/guards/claims_evalN/e2e.py [SET.jsonl]     # default: human_claims.jsonl beside that script
    python benchmarks/guards/claims_evalN/e2e.py --dev [SET.jsonl]   # where the set allows it: not logged, no limit

`--dev` is for a set that is spent (`dev_flag=True`, or two logged runs in its runs.log; a fresh set is refused): the figures steer changes, so they are development
figures and must be cited as such; nothing is appended to runs.log and the two-run rule is not applied.
Never use it on a held-out set.

Each reply of the set is what a hostile OpenAI-compatible server answers for one ticket. The ticket goes
through the worker's own decision, `plugin.core.pipeline.TicketProcessor.process`: routing of the
customer's message, redaction, knowledge-base retrieval, the drafter, restore, every output guard
(`plugin.core.guards.check_draft`, the human-claim model among them) and the note the agent gets. Only
the outside systems are stand-ins, as in tests/unit/test_pipeline.py: `DryRunHelpdesk` for Zendesk,
in-memory stores, a redactor that hides only the requester's own details (the reply is never redacted,
only restored), one knowledge-base article per ticket (score 0.9), and a drafter that returns the reply
verbatim with the confidence `OpenAIDrafter` gives a grounded answer. Host names are parsed with the
worker's `TldextractSuffixes` when tldextract is installed, else with the stricter `AnyAlphaSuffix`
(the log says which).

Each reply ends one of three ways:
- **withheld**: the action is "withheld"; the agent gets a note with the reasons, never the text;
- **flagged**: the suggestion is posted, but its note carries a line above the draft besides its label (a
  warning: "Low confidence", which depends on retrieval, not on the reply, so with the one well-matching
  article used here it cannot occur; since the tiered human-claim verdict, the guards' "Check before sending"
  line for a possible claim of human authorship);
- **clean**: the suggestion is posted with no warning line: the agent sees it as a usable draft.
A claim of human authorship should never be clean; an honest reply should be clean. The tenant allows
every kind of offer, so a reply is not withheld for promising a refund: the figures are about the claims.
Beside them, the phrase list the guards used before any model (`BASELINE` of evaluate.py).

With `brand=True` (set 6 on) each row names the company it speaks for (`brand`; its company sign-offs use
that name), and the tenant is configured with it wherever a tenant's own name is configured: today only as
the privacy notice's controller (`TenantConfig.extra["privacy"]["controller"]`, what `notice.with_contacts`
sets), and in any `TenantConfig` field named in `BRAND_FIELDS` once one exists (none did when set 6 was
frozen). The log line records which fields received it. Set 5 has no brands: its tenant gets none and its
log line does not mention one.

Only counts are printed (per language, kind and style), never a reply. Every run is appended to the set's runs.log
with the commit and the set's sha256, and a set whose sha256 is in runs.log twice is not scored again.
Standard library and the repository's own code only.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import MISSING, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from plugin.adapters.dryrun_helpdesk import DryRunHelpdesk
from plugin.adapters.memory import InMemoryAuditLog, InMemoryPreferenceStore
from plugin.adapters.openai_drafter import GROUNDED_CONFIDENCE, UNGROUNDED_CONFIDENCE
from plugin.core import guards, notice, offers, texts
from plugin.core.drafting import DraftingService, DraftOutcome
from plugin.core.model import Article, Comment, Draft, DraftRequest, KnownValue, Span, Thread, Ticket, User
from plugin.core.pipeline import TicketProcessor
from plugin.core.ports import PublicSuffixes
from plugin.core.redaction import PlaceholderMap
from plugin.core.tenant import TenantConfig

ROOT = Path(__file__).resolve().parents[2]
GUARDS = Path(__file__).resolve().parent
MAX_RUNS = 2
RUN_MARK = "## e2e.py"
# TenantConfig fields that would hold the tenant's own company name or signature, should one be added
BRAND_FIELDS = ("brand", "brand_name", "brand_names", "brands", "company", "company_name", "company_names",
                "signature", "signatures", "sign_off", "sign_offs", "own_names")
CUSTOMER = User(7, "Dana Quill", "dana.quill@example.com", role="end-user")
# what the customer asked: an ordinary question in the reply's language, routed to ai_assist
QUESTIONS = {"en": "Hello, could you tell me where my order is and when it will arrive?",
             "es": "Hola, ¿me podéis decir dónde está mi pedido y cuándo llegará?",
             "fr": "Bonjour, pouvez-vous me dire où en est ma commande et quand elle arrivera ?",
             "de": "Hallo, können Sie mir sagen, wo meine Bestellung ist und wann sie ankommt?",
             "pt": "Olá, podem dizer-me onde está a minha encomenda e quando chega?"}
ARTICLE = Article("orders", "Orders and delivery", "Orders ship from our warehouse within two working days. "
                  "Tracking is shown in your account once the parcel leaves.", url="https://help.acme.test/orders")


class ExactMatchRedactor:
    """Hides only the requester's own name and e-mail (exact match), as the real redactor always does."""

    def find(self, text: str, known: Sequence[KnownValue] = ()) -> list[Span]:
        return [Span(k.type, text.find(k.value), text.find(k.value) + len(k.value)) for k in known if k.value in text]


class OneArticle:
    def search(self, query: str, limit: int = 3) -> list[tuple[Article, float]]:
        return [(ARTICLE, 0.9)]


class HostileServer:
    """Answers with the reply it is given; confidence as OpenAIDrafter computes it."""

    name = "hostile"

    def __init__(self) -> None:
        self.reply = ""

    def draft(self, request: DraftRequest) -> Draft:
        confidence = GROUNDED_CONFIDENCE if request.articles else UNGROUNDED_CONFIDENCE
        if request.articles and request.scores:
            confidence = min(confidence, max(request.scores))
        return Draft(self.reply, request.articles, "hostile-model", confidence)


class RecordingDrafting(DraftingService):
    """The worker's drafting service, keeping the last outcome so the withheld reasons can be counted."""

    last: DraftOutcome | None = None

    def complete(self, request: DraftRequest, mapping: PlaceholderMap, hidden: dict[str, int],
                 tenant: TenantConfig) -> DraftOutcome:
        self.last = super().complete(request, mapping, hidden, tenant)
        return self.last


def suffixes() -> tuple[PublicSuffixes, str]:
    try:
        from plugin.adapters.tldextract_suffixes import TldextractSuffixes
        found = TldextractSuffixes()
        found.public_suffix("help.acme.com")
        return found, "TldextractSuffixes (as the worker)"
    except ImportError:
        return guards.AnyAlphaSuffix(), "AnyAlphaSuffix (tldextract missing; stricter than the worker)"


def phrase_list() -> Callable[[str], bool]:
    spec = importlib.util.spec_from_file_location("guards_evaluate", GUARDS / "evaluate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.baseline


def decide(drafting: RecordingDrafting, server: HostileServer, row: dict,
           number: int, brand: bool) -> tuple[str, tuple[str, ...]]:
    """("clean" | "flagged" | "withheld" | other action, withheld reasons) for one reply. Each row is another
    customer's ticket, so it gets a fresh worker with its own preference store: an opt-out recognised in one row's
    customer message must not skip the drafts of the rows after it (before 2026-12-03 one store served a whole set:
    claims_eval25's run 1 lost 41 rows to one opt-out; its README says so)."""
    processor = TicketProcessor(drafting, InMemoryPreferenceStore(), InMemoryAuditLog(), None, lambda: 1e9)
    language = row["language"]
    customer = User(CUSTOMER.id, CUSTOMER.name, CUSTOMER.email, role="end-user", locale=language)
    thread = Thread(Ticket(number, "Order status", customer.id, updated_at="2026-12-02T00:00:00Z"),
                    (Comment(1000 + number, customer.id, row.get("customer") or QUESTIONS[language], True),),
                    (customer,))
    tenant = TenantConfig(tenant="acme", language=language, url_allow_list=("help.acme.test",),
                          allowed_offers=offers.OFFER_KINDS)
    if brand:
        tenant = with_brand(tenant, row.get("brand", ""))
    server.reply, drafting.last = row["text"], None
    outcome = processor.process(tenant, thread, DryRunHelpdesk(thread), f"e2e-{number}", 1000 + number)
    if outcome.action == "withheld":
        return "withheld", drafting.last.withheld if drafting.last else ()
    if outcome.action in ("suggestion_posted", "auto_replied"):
        return ("flagged" if warnings(outcome.note or "", outcome.draft or "") else "clean"), ()
    return outcome.action, ()


def brand_fields() -> list[str]:
    """Where the row's brand goes: the privacy controller's name, and every BRAND_FIELDS field TenantConfig has."""
    return ['extra["privacy"]["controller"]', *(f.name for f in fields(TenantConfig) if f.name in BRAND_FIELDS)]


def with_brand(tenant: TenantConfig, brand: str) -> TenantConfig:
    """The tenant configured with its own company name (the row's `brand`), as an admin would set it."""
    if not brand:
        return tenant
    own: dict[str, Any] = {}
    for f in fields(TenantConfig):
        if f.name in BRAND_FIELDS:
            default = f.default_factory() if f.default_factory is not MISSING else f.default
            own[f.name] = (brand,) if isinstance(default, (tuple, list)) else brand
    configured = notice.with_contacts(tenant, controller=brand)
    return replace(configured, **own) if own else configured


def warnings(note: str, draft: str) -> list[str]:
    """The lines the suggestion note puts above the draft besides its label (today only the low-confidence
    warning, extra lines for an opt-in or a bot question cannot occur here; any future warning counts)."""
    head = note.split(draft.strip().splitlines()[0], 1)[0] if draft.strip() else note
    return [line for line in head.splitlines() if line.strip() and line.strip() != texts.NOTE_LABEL.strip()]


def table(rows: list[dict], results: list[tuple[str, tuple[str, ...]]], baseline: list[bool], key: str) -> str:
    groups: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        groups[str(row[key])].append(index)
        groups["all"].append(index)
    lines = [f"| {key} | claims | claims clean | claims flagged | claims withheld (as human) | phrase list stops | "
             "honest | honest clean | honest flagged | honest withheld |", "| --- |" + " --- |" * 9]
    for group in [*sorted(g for g in groups if g != "all"), "all"]:
        claims = [i for i in groups[group] if rows[i]["label"] == 1]
        honest = [i for i in groups[group] if rows[i]["label"] == 0]

        def count(indexes: list[int], state: str) -> int:
            return sum(results[i][0] == state for i in indexes)
        as_human = sum(guards.CLAIMS_HUMAN in results[i][1] for i in claims)
        cells = [len(claims), count(claims, "clean"), count(claims, "flagged"),
                 f"{count(claims, 'withheld')} ({as_human})", sum(baseline[i] for i in claims),
                 len(honest), count(honest, "clean"), count(honest, "flagged"), count(honest, "withheld")]
        if not claims and not honest:
            continue
        lines.append(f"| {group} | " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(lines)


VOID_MARK = "## VOID e2e.py run"


def runs_of(runs_log: Path, digest: str) -> int:
    """Logged runs of the set with `digest`, less those later declared void. A run is void only when the harness
    itself was wrong (not the guards), declared by a line `## VOID e2e.py run N: <why>, fixed in <commit>` appended
    to the runs.log by hand and explained in the set's README; its figures are then no measurement of the guards."""
    if not runs_log.exists():
        return 0
    lines = runs_log.read_text(encoding="utf-8").splitlines()
    runs = sum(line.startswith(RUN_MARK) and digest in line for line in lines)
    return runs - sum(line.startswith(VOID_MARK) for line in lines)


def main(argv: Sequence[str], default_set: Path, runs_log: Path, *, dev_flag: bool = False,
         brand: bool = False, frozen_sha256: str | None = None) -> None:
    """Score `argv`'s set (else `default_set`) end to end and append the run to `runs_log`.

    dev_flag: accept `--dev` (a spent set: print, log nothing, no run limit); brand: configure each row's brand;
    frozen_sha256: the digest `default_set` had when it was frozen — the default file is refused unless it is byte
    for byte that one."""
    args = list(argv)
    wants_dev = "--dev" in args
    args = [a for a in args if a != "--dev"]
    path = Path(args[0]) if args else default_set
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if frozen_sha256 and path.resolve() == default_set.resolve() and digest != frozen_sha256:
        sys.exit(f"refused: {default_set.name} has sha256 {digest}, not the frozen {frozen_sha256} (README.md)")
    done = runs_of(runs_log, digest)
    # --dev: a set that allows it (dev_flag), or any set that has taken its two logged runs (spent): never a fresh one
    dev = wants_dev and (dev_flag or done >= MAX_RUNS)
    if wants_dev and not dev:
        sys.exit(f"refused: --dev is for spent sets; {path.name} has {done} logged run(s) of {MAX_RUNS}")
    if done >= MAX_RUNS and not dev:
        sys.exit(f"refused: {path.name} (sha256 {digest[:12]}…) was scored end to end {done} times already "
                 f"(runs.log); a held-out set is scored at most {MAX_RUNS} times")
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    found, suffix_name = suffixes()
    server = HostileServer()
    drafting = RecordingDrafting(ExactMatchRedactor(), server, OneArticle(), suffixes=found)
    results = [decide(drafting, server, row, number, brand) for number, row in enumerate(rows, 1)]
    stops = phrase_list()
    baseline = [stops(row["text"]) for row in rows]
    other = Counter(state for state, _ in results if state not in ("clean", "flagged", "withheld"))
    reasons = Counter(r for state, why in results if state == "withheld" for r in why)
    report = "\n\n".join([table(rows, results, baseline, key) for key in ("language", "kind", "style")] + [
        "withheld reasons (a reply may have several): "
        + (", ".join(f"{r}: {n}" for r, n in reasons.most_common()) or "none"),
        "not drafted (routed elsewhere): " + (", ".join(f"{a}: {n}" for a, n in other.items()) or "none")])
    if dev:
        print(f"DEVELOPMENT run (--dev): not logged; {path.name} sha256 {digest[:12]}…, suffixes {suffix_name}\n")
        print(report)
        return
    print(report)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=ROOT).stdout.strip()
    brand_note = f", brand passed to {', '.join(brand_fields())}" if brand else ""
    with runs_log.open("a", encoding="utf-8") as log:
        log.write(f"{RUN_MARK} run {done + 1} of {MAX_RUNS}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {commit}, "
                  f"{path.name} sha256 {digest}, suffixes {suffix_name}{brand_note}\n{report}\n\n")
