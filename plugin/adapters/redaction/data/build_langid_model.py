"""Build `langid_model.npz.xz`: py3langid's model with only the languages language.py classifies into.

    .venv/bin/python -m plugin.adapters.redaction.data.build_langid_model            # writes the file beside this one
    .venv/bin/python -m plugin.adapters.redaction.data.build_langid_model --check    # exit 1 if it is stale

language.py always restricts py3langid to LANGUAGES (`set_languages`, which keeps those columns of the model's
per-language weights and priors and drops the rest). This does the same once, at build time: the stored model
keeps the five columns in the model's own order and the whole feature scanner (the DFA), so classification
gives the same language and the same probability as the full model restricted at load time
(tests/unit/test_redaction_language.py compares the two on the benchmark texts). The full model is 4.6 MB and
takes about 0.3 s to load; this one is 0.8 MB and about 0.1 s.

py3langid 0.4.0 (https://github.com/adbar/py3langid), BSD-3-Clause, (c) Marco Lui (langid.py) and Adrien
Barbaresi; the model is trained by its authors. Run it with the version pinned in requirements.txt installed
(the file's bytes vary with the time stamps numpy's npz writer stores; its arrays do not).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from plugin.adapters.redaction.language import LANGUAGES

OUT = Path(__file__).with_name("langid_model.npz.xz")


def pruned_model(languages: tuple[str, ...] = LANGUAGES) -> tuple:
    """py3langid's installed model with the columns of `languages` only (in the model's order)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
    keep = [i for i, lang in enumerate(classes) if lang in languages]
    if sorted(classes[i] for i in keep) != sorted(languages):
        raise SystemExit(f"py3langid's model lacks some of {languages}")
    return ptc[:, keep], pc[keep], [classes[i] for i in keep], nextmove, row, output


def write(path: Path) -> None:
    import numpy as np
    from py3langid.modelio import save_model

    ptc, pc, classes, nextmove, row, output = pruned_model()
    # save_model takes the scanner's rows and the row of each state, as load_model returned them
    rows = np.frombuffer(nextmove, dtype=np.dtype(nextmove.typecode))
    save_model(path, (ptc, pc, classes, rows, np.frombuffer(row, dtype=np.dtype(row.typecode)), output))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="compare the stored model with a rebuild")
    args = parser.parse_args(argv)
    if not args.check:
        write(args.out)
        print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
        return 0
    same = is_current(args.out)
    print("up to date" if same else f"{args.out} differs from the installed py3langid's model")
    return 0 if same else 1


def is_current(path: Path = OUT) -> bool:
    """Whether the stored model holds the same arrays as a rebuild from the installed py3langid."""
    import numpy as np
    from py3langid.modelio import load_model

    stored, fresh = load_model(path), pruned_model()
    return all(np.array_equal(np.asarray(a), np.asarray(b)) for a, b in zip(stored, fresh, strict=True))


if __name__ == "__main__":
    sys.exit(main())
