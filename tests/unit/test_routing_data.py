"""The learnt router's data and weights: no test row is a training row, and weights, lexicons and the identity
vocabulary cannot drift apart unnoticed (issue 12)."""
import ast
import json
from pathlib import Path

from plugin.core.routing import decision, features
from plugin.core.routing.text import fold

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "training" / "routing" / "data"


def _training_texts() -> set[str]:
    return {fold(json.loads(line)["text"]) for path in DATA.glob("*.jsonl")
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def _test_strings() -> set[str]:
    out = set()
    for path in sorted((ROOT / "tests").rglob("test_routing*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 8:
                out.add(fold(node.value))
    return out


def test_no_routing_test_uses_a_training_row():
    assert _test_strings()
    assert not _test_strings() & _training_texts()


def test_no_evaluation_row_is_a_training_row():
    """Blind sets 3 onwards, spent, development or fresh (blind set 2 was made a training source long ago)."""
    paths = [p for n in range(3, 100) for p in (ROOT / "eval" / f"routing_blind{n}").glob(f"blind{n}.jsonl")]
    assert len(paths) >= 14
    training = _training_texts()
    for path in paths:
        rows = {fold(json.loads(line)["text"]) for line in path.read_text(encoding="utf-8").splitlines() if line}
        assert rows and not rows & training, path.parent.name


def test_weights_and_prefix_index_match_the_lexicons_and_vocabulary():
    """Edit a lexicon, a cue list or the identity vocabulary and this fails until the trainer is run again."""
    current = features.vocabulary_hash()
    assert decision.model().vocabulary_hash == current
    assert json.loads(features.INDEX_FILE.read_text(encoding="utf-8"))["vocabulary_hash"] == current


def test_training_data_is_balanced_enough_across_five_languages():
    rows = [json.loads(line) for path in DATA.glob("*.jsonl") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    for lang in ("es", "fr", "de", "pt"):
        mine = [r for r in rows if r["lang"] == lang]
        assert sum(r["label"] == "ai_assist" for r in mine) >= 150 and sum(r["opt_out"] for r in mine) >= 20


def test_no_row_of_the_held_out_written_splits_is_a_training_row():
    from eval.routing_written_test.score import rows
    from eval.routing_written_test2.score import rows as rows2
    from eval.routing_written_test3.score import rows as rows3
    held_out = {fold(r["text"]) for r in rows()}
    held_out2 = {fold(r["text"]) for r in rows2()}
    held_out3 = {fold(r["text"]) for r in rows3()}
    assert len(held_out) == 180 and len(held_out2) == 90 and len(held_out3) == 70
    assert not (held_out | held_out2 | held_out3) & _training_texts()
