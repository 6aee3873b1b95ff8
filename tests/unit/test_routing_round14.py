"""Round 14 of issue 12 (training.routing.train): an added batch of rows (written12) does not reshuffle the
cross-validation folds of the other rows, so a change of an out-of-fold threshold comes from the added rows and not
from a new draw of the folds; and the bias head does not learn from the batch (requests for a person and their
look-alikes, none a complaint). Synthetic row dictionaries only (no training row, no evaluation-set row)."""
from __future__ import annotations

import numpy as np
from sklearn.model_selection import StratifiedGroupKFold

from training.routing import train


def fake_rows(n: int, source: str, label_every: int = 3) -> list[dict]:
    return [{"id": f"{source}-{i}", "label": "human" if i % label_every == 0 else "ai_assist", "opt_out": False,
             "lang": "en", "source": source} for i in range(n)]


def arrays(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    strat = np.array([r["label"] + str(r["opt_out"]) + r["lang"] for r in rows])
    return strat, np.array([r["id"] for r in rows])


def test_added_rows_leave_the_other_rows_folds_as_they_were():
    base = fake_rows(60, "project")
    added = fake_rows(12, next(iter(train.ADDED_SOURCES)))
    rows = base[:30] + added + base[30:]  # file order puts a batch between others
    strat, groups = arrays(rows)
    got = train.folds(rows, strat, groups)
    b_strat, b_groups = arrays(base)
    expected = [sorted(base[i]["id"] for i in va) for _, va in
                StratifiedGroupKFold(train.FOLDS, shuffle=True, random_state=12).split(base, b_strat, b_groups)]
    assert [sorted(rows[i]["id"] for i in va if rows[i]["source"] == "project") for _, va in got] == expected
    # each added row is validated in exactly one fold and trained on in the others
    seen = sorted(rows[i]["id"] for _, va in got for i in va if rows[i]["source"] != "project")
    assert seen == sorted(r["id"] for r in added)
    for tr, va in got:
        assert not set(tr) & set(va) and len(tr) + len(va) == len(rows)


def test_without_an_added_batch_the_folds_are_the_plain_split():
    rows = fake_rows(40, "project")
    strat, groups = arrays(rows)
    plain = StratifiedGroupKFold(train.FOLDS, shuffle=True, random_state=12).split(rows, strat, groups)
    assert [sorted(va.tolist()) for _, va in train.folds(rows, strat, groups)] == [sorted(va.tolist()) for _, va in plain]


def test_the_bias_head_skips_the_person_batch_and_the_other_heads_learn_from_it():
    skipped = next(iter(train.BIAS_SKIPS))
    rows = fake_rows(4, "project") + fake_rows(4, skipped)
    got = train.targets(rows)
    assert got["bias"][1].tolist() == [True] * 4 + [False] * 4
    assert got["human"][1].all() and got["opt_out"][1].all()
    assert got["human"][0].tolist() == [True, False, False, True] * 2
