"""Import the NER corpora once into training/redaction_ner/data/ (run by hand; training reads only that copy).

    python -m training.redaction_ner.prepare --germeval DIR --bosque DIR

DIR is a checkout of the source repository (data/SOURCES.md names it and its commit). Each output file holds
one sentence per block, one `token<TAB>tag` line per token, tags reduced to B-/I- PER, LOC, ORG and O (the
tagger learns PER; LOC and ORG stay as the capitalised words that are not people), gzip-compressed with a fixed
mtime so the files are byte-for-byte reproducible.
"""
from __future__ import annotations

import argparse
import gzip
from collections.abc import Iterator
from pathlib import Path

DATA = Path(__file__).parent / "data"
KEPT = ("PER", "LOC", "ORG")


def _tag(raw: str) -> str:
    """GermEval's OTH, *deriv and *part ("Merkel-Regierung", "deutsche") are no names of people: O."""
    if raw == "O" or "-" not in raw:
        return "O"
    prefix, label = raw.split("-", 1)
    return f"{prefix}-{label}" if label in KEPT else "O"


def _tsv_sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Sentences of a tab-separated NER file: `#` comment lines, a blank line between sentences, the token in the
    second column and its tag in the third."""
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        cols = line.split("\t")
        sentence.append((cols[1], _tag(cols[2])))
    if sentence:
        yield sentence


def germeval(path: Path) -> Iterator[list[tuple[str, str]]]:
    """GermEval 2014 TSV: `# source` line, then `n<TAB>token<TAB>outer<TAB>inner`; the outer tag is the entity."""
    return _tsv_sentences(path)


def uner(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Universal NER IOB2: `# ...` comments, then `n<TAB>token<TAB>tag<TAB>-<TAB>annotator`."""
    return _tsv_sentences(path)


def write(sentences: Iterator[list[tuple[str, str]]], out: Path) -> int:
    text = "\n\n".join("\n".join(f"{tok}\t{tag}" for tok, tag in s) for s in sentences) + "\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(text.encode("utf-8"))
    return text.count("\n\n") + 1


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--germeval", type=Path, help="folder holding NER-de-dev.tsv and NER-de-test.tsv")
    parser.add_argument("--bosque", type=Path, help="folder holding pt_bosque-ud-{train,test}.iob2")
    args = parser.parse_args(argv)
    if args.germeval:
        # The official train file is not in the mirror we could reach: the official test split (5,100 sentences)
        # is what we train on, the official dev split (2,200) is our held-out test (never used for tuning).
        print("de train", write(germeval(args.germeval / "NER-de-test.tsv"), DATA / "de" / "train.tsv.gz"))
        print("de test", write(germeval(args.germeval / "NER-de-dev.tsv"), DATA / "de" / "test.tsv.gz"))
    if args.bosque:
        for split in ("train", "test"):
            n = write(uner(args.bosque / f"pt_bosque-ud-{split}.iob2"), DATA / "pt" / f"{split}.tsv.gz")
            print("pt", split, n)


if __name__ == "__main__":
    main()
