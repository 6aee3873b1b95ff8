"""Import the NER corpora once into training/redaction_ner/data/ (run by hand; training reads only that copy).

    python -m training.redaction_ner.prepare --germeval DIR --bosque DIR --meddocan DIR --europeana FILE \
        --btc DIR --wnut DIR

DIR is a checkout of the source repository (data/SOURCES.md names it and its commit). Each output file holds
one sentence per block, one `token<TAB>tag` line per token, tags reduced to B-/I- PER, LOC, ORG and O (the
tagger learns PER; LOC and ORG stay as the capitalised words that are not people), gzip-compressed with a fixed
mtime so the files are byte-for-byte reproducible.
"""
from __future__ import annotations

import argparse
import gzip
from collections.abc import Iterable, Iterator
from pathlib import Path

from plugin.adapters.redaction.name_tagger import tokenize

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


# MEDDOCAN's PHI types (brat standoff) reduced to ours. FAMILIARES_SUJETO_ASISTENCIA holds kin words ("madre",
# "dos hijos") as well as relatives' names ("María"): a name only when every word of it is capitalised.
MEDDOCAN = {"NOMBRE_SUJETO_ASISTENCIA": "PER", "NOMBRE_PERSONAL_SANITARIO": "PER", "FAMILIARES_SUJETO_ASISTENCIA": "PER",
            "CALLE": "LOC", "TERRITORIO": "LOC", "PAIS": "LOC", "HOSPITAL": "ORG", "INSTITUCION": "ORG",
            "CENTRO_SALUD": "ORG"}
# Lines of a clinical case that hold no entity at all are many (33 per case); every KEEP_PLAIN-th is kept so that the
# tagger still sees capitalised medical words that are no names, and training stays a few minutes.
KEEP_PLAIN = 4


def _brat_spans(ann: str) -> list[tuple[int, int, str]]:
    spans = []
    for line in ann.splitlines():
        if not line.startswith("T"):
            continue
        _, info, value = line.split("\t", 2)
        kind, start, end = info.split(" ")[:3]
        label = MEDDOCAN.get(kind)
        if kind == "FAMILIARES_SUJETO_ASISTENCIA" and not all(w[:1].isupper() for w in value.split()):
            label = None
        if label:
            spans.append((int(start), int(end), label))
    return spans


def meddocan(folder: Path) -> Iterator[list[tuple[str, str]]]:
    """MEDDOCAN brat: `<case>.txt` (one sentence or form field per line) and `<case>.ann` (`T1<TAB>KIND start
    end<TAB>text`). Tokens are name_tagger.tokenize's, tagged by the annotation they fall in."""
    plain = 0
    for txt in sorted(folder.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        spans = _brat_spans(txt.with_suffix(".ann").read_text(encoding="utf-8"))
        pos = 0
        for line in text.split("\n"):
            sentence, last = [], None
            for s, e in tokenize(line):
                hit = next(((a, lab) for a, b, lab in spans if a <= pos + s < b), None)
                tag = "O" if hit is None else ("I-" if hit == last else "B-") + hit[1]
                sentence.append((line[s:e], tag))
                last = hit
            pos += len(line) + 1
            if not sentence:
                continue
            if all(tag == "O" for _, tag in sentence):
                plain += 1
                if plain % KEEP_PLAIN:
                    continue
            yield sentence


def _iob1_to_iob2(tags: list[str]) -> list[str]:
    out = []
    for k, tag in enumerate(tags):
        if tag.startswith("I-") and (k == 0 or tags[k - 1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def europeana(path: Path, max_len: int = 60) -> list[list[tuple[str, str]]]:
    """Europeana Newspapers BIO (IOB1: `token tag` per line, B- only between two adjacent entities, no sentence
    breaks): cut after `.`, `!`, `?` outside an entity, or at max_len tokens."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 2:
            continue
        tok, tag = parts
        current.append((tok, tag))
        if (tok in (".", "!", "?") and tag == "O") or len(current) >= max_len:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return [list(zip([t for t, _ in s], [_tag(t) for t in _iob1_to_iob2([g for _, g in s])], strict=True))
            for s in sentences]


# WNUT-17's labels reduced to ours: groups and corporations are organisations; creative works and products are O.
WNUT = {"person": "PER", "location": "LOC", "group": "ORG", "corporation": "ORG"}


def conll(path: Path, labels: dict[str, str] | None = None) -> Iterator[list[tuple[str, str]]]:
    """Tweets in CoNLL (`token<TAB>tag`, a blank or tab-only line between tweets: BTC and WNUT-17). Each token is
    cut again by name_tagger.tokenize (what runs on tickets: "@", "#" and a URL's pieces are tokens of their own);
    the pieces of a name token stay inside the name. @handles are O: BTC labels a person's (written "@Handle" or
    "@ Handle"), WNUT-17 mostly not, so the corpora disagree, and handles are the cue rules' job
    (name_cues.SOCIAL_HANDLE)."""
    sentence: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        tok, raw = line.split("\t")[:2]
        prefix, _, label = raw.partition("-")
        label = (labels or {}).get(label, label)
        tag = f"{prefix}-{label}" if label in KEPT else "O"
        if tok.startswith("@") or (sentence and sentence[-1][0] == "@"):
            tag = "O"  # "@Handle" as one token, or BTC's "@" and "Handle" as two
        # I- goes on the entity before it; a piece after the first of one token goes on its own token's entity
        inside = prefix == "I" and bool(sentence) and sentence[-1][1] != "O"
        for s, e in tokenize(tok):
            piece = tok[s:e]
            if tag == "O" or not any(c.isalnum() for c in piece):
                sentence.append((piece, "O"))
                inside = False
                continue
            sentence.append((piece, ("I-" if inside else "B-") + label))
            inside = True


def unseen(test: Iterable[list[tuple[str, str]]], train: list[list[tuple[str, str]]]) -> list[list[tuple[str, str]]]:
    """The test sentences whose words are no training sentence's: MEDDOCAN's synthetic cases repeat whole lines
    ("Remitido por: Dr. ..." with the same doctor) across its official splits, and newspapers repeat listings."""
    seen = {tuple(tok for tok, _ in s) for s in train}
    return [s for s in test if tuple(tok for tok, _ in s) not in seen]


def write(sentences: Iterable[list[tuple[str, str]]], out: Path) -> int:
    text = "\n\n".join("\n".join(f"{tok}\t{tag}" for tok, tag in s) for s in sentences) + "\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(text.encode("utf-8"))
    return text.count("\n\n") + 1


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--germeval", type=Path, help="folder holding NER-de-dev.tsv and NER-de-test.tsv")
    parser.add_argument("--bosque", type=Path, help="folder holding pt_bosque-ud-{train,test}.iob2")
    parser.add_argument("--meddocan", type=Path, help="folder holding MEDDOCAN's corpus/{train,dev,test}/brat")
    parser.add_argument("--europeana", type=Path, help="enp_FR.bnf.bio of the Europeana Newspapers NER corpora")
    parser.add_argument("--btc", type=Path, help="Broad Twitter Corpus train_dev_test_conll/ (btc.train, btc.dev)")
    parser.add_argument("--wnut", type=Path, help="WNUT-17 folder with wnut17train.conll and emerging.dev.conll")
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
    if args.meddocan:
        # official train + dev are our training split; the official test split (500 other cases) is our test
        train = [*meddocan(args.meddocan / "train" / "brat"), *meddocan(args.meddocan / "dev" / "brat")]
        print("es train", write(train, DATA / "es" / "train.tsv.gz"))
        print("es test", write(unseen(meddocan(args.meddocan / "test" / "brat"), train), DATA / "es" / "test.tsv.gz"))
    if args.europeana:
        # one running text of BnF newspaper pages (1906-...): the last fifth, other pages, is the test split
        sentences = europeana(args.europeana)
        cut = len(sentences) * 4 // 5
        print("fr train", write(sentences[:cut], DATA / "fr" / "train.tsv.gz"))
        print("fr test", write(unseen(sentences[cut:], sentences[:cut]), DATA / "fr" / "test.tsv.gz"))
    if args.btc and args.wnut:
        # English tweets: BTC's training split and WNUT-17's train and dev splits train; BTC's dev split (the second
        # half of its section H) is our test. BTC's test split (section F) and WNUT-17's test split are never read:
        # outside evaluations use them.
        train = [*conll(args.btc / "btc.train"), *conll(args.wnut / "wnut17train.conll", WNUT),
                 *conll(args.wnut / "emerging.dev.conll", WNUT)]
        print("en train", write(train, DATA / "en" / "train.tsv.gz"))
        print("en test", write(unseen(conll(args.btc / "btc.dev"), train), DATA / "en" / "test.tsv.gz"))


if __name__ == "__main__":
    main()
