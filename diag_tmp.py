# temporary diagnostic (not committed): which finder made each wrong span on dev sets 4-13
import sys, json
from collections import Counter
from eval.redaction_blind2.score import load, _ordinary, _overlaps
from plugin.adapters.redaction import engine, language, names, name_tagger
from plugin.adapters.redaction.name_cues import find_name_cues, find_social
from plugin.adapters.redaction.name_structure import find_structural_names
from plugin.adapters.redaction.name_roles import find_role_names
from plugin.adapters.redaction import rules

FINDERS = {
 "names": lambda t,l: names.find_names(t,l), "cues": lambda t,l: find_name_cues(t), "social": lambda t,l: find_social(t),
 "structure": lambda t,l: find_structural_names(t), "roles": lambda t,l: find_role_names(t,l), "tagger": name_tagger.find,
}
for r in rules.RULES:
    if r.name not in ("person_rules","person_tagger"): FINDERS[r.name]=r.find
langs = set(sys.argv[2].split(",")) if len(sys.argv)>2 else None
cnt=Counter()
for n in sys.argv[1].split(","):
    for rec in load(__import__("pathlib").Path(f"eval/redaction_blind{n}/blind.jsonl")):
        if langs and rec["lang"] not in langs: continue
        text = rec["text"]
        final = [(s.start,s.end) for s in engine.find(text)]
        bad = []
        for k in rec["keep"]:
            if _overlaps(final,k["start"],k["end"]): bad.append(("LOST-"+k["kind"],k["start"],k["end"]))
        if rec["lang"]!="en":
            for s,e in _ordinary(rec):
                if _overlaps(final,s,e): bad.append(("OVER",s,e))
        if not bad: continue
        lang = language.detect(text)
        raw = {name:[(sp.start,sp.end,sp.type) for sp in f(text,lang)] for name,f in FINDERS.items()}
        res = engine.analyzer().analyze(text, language=lang, entities=engine._entities(False))
        raw["spacy"] = [(r.start,r.end,r.entity_type) for r in res if r.recognition_metadata.get("recognizer_name")=="SpacyRecognizer"]
        for kind,s,e in bad:
            who=[f"{nm}:{text[a:b]!r}/{t}" for nm,sp in raw.items() for a,b,t in sp if a<e and s<b]
            src = ",".join(sorted({w.split(':')[0] for w in who})) or "finish?"
            cnt[(kind.split('-')[0] if kind=="OVER" else kind, src)]+=1
            print(f"b{n} {rec['id']} {rec['lang']}/{lang} {kind} {text[s:e]!r} <- {' ; '.join(who) or 'none-raw'} | {text[max(0,s-40):e+30]!r}")
print()
for k,v in cnt.most_common(): print(v,k)
