"""Tables pasted into a ticket: a header row, then rows with as many cells (tabs, bars, box-drawing bars, semicolons
or commas); border lines between rows are skipped.

A column's header says what its cells are ("customer", "Kunde", "fecha_nacimiento", "licence", "plz"), whatever the
cells hold: name_structure.py reads the person columns, keyed.py the others with the same key vocabulary as a JSON
record. A comma- or semicolon-separated header must look like one: three cells or more, each one to three short
words without digits, so that prose with commas is never read as a table.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

# (round 12) A border drawn between rows (`+----+----+`, `-----+-----`, `├────┼────┤`) is skipped, not the table's end.
_BORDER = re.compile(r"[ \t]*[-+=:|─━┼├┤┌┐└┘┬┴│]{3,}[-+=:|─━┼├┤┌┐└┘┬┴│ \t]*")
# (round 18) "n°", "Nº" are header cells too
_HEADER_CELL = re.compile(r"[ \t]*[^\W\d][\w.'’/°º-]{0,24}(?:[ \t][^\W\d][\w.'’/°º-]{0,24}){0,2}[ \t]*")


@dataclass(frozen=True)
class Column:
    header: str
    cells: tuple[tuple[int, int], ...]  # (start, end) of each cell below the header, stripped


def _separator(line: str) -> str | None:
    if "\t" in line:
        return "\t"
    for sep in ("|", "│", ";", ","):
        cells = [c for c in line.strip().strip(sep).split(sep)]
        if len(cells) >= (2 if sep in "|│" else 3) and all(_HEADER_CELL.fullmatch(c) for c in cells):
            return sep
    return None


# (round 21) A table aligned with spaces, as a form's or a booking system's export prints it: a header of three cells
# or more, each one to three words, two spaces or more between cells ("NOM      PRÉNOM      NÉ(E) LE      N° PASSEPORT");
# each row below holds as many runs (single spaces join a cell's words: "Clémence Odile"), each starting at its
# header cell's column (within two characters). A leading "N°", "Nº", "No.", "Nr.", "#" of a header cell is dropped
# (the cell's kind is the word after it).
_ALIGNED_CELL = re.compile(r"[^\W\d][\w.'’/°º()-]{0,24}(?: [^\W\d][\w.'’/°º()-]{0,24}){0,2}")
_RUN = re.compile(r"\S+(?: \S+)*")
_NUMBER_SIGN = re.compile(r"(?i)^(?:n[°º]|no\.|nr\.|#|num\.)[ \t]*")


def _aligned(lines: list[tuple[int, str]], i: int) -> Iterator[Column]:
    header = lines[i][1]
    runs = list(_RUN.finditer(header))
    if len(runs) < 3 or not all(_ALIGNED_CELL.fullmatch(r.group()) for r in runs) or \
            any(runs[k + 1].start() - runs[k].end() < 2 for k in range(len(runs) - 1)):
        return
    starts = [r.start() for r in runs]
    cells: list[list[tuple[int, int]]] = [[] for _ in runs]
    for start, row in lines[i + 1:]:
        if _BORDER.fullmatch(row):
            continue
        parts = list(_RUN.finditer(row))
        if len(parts) != len(runs) or any(abs(p.start() - s) > 2 for p, s in zip(parts, starts, strict=True)):
            break
        for k, part in enumerate(parts):
            cells[k].append((start + part.start(), start + part.end()))
    for run, column in zip(runs, cells, strict=True):
        if column:
            yield Column(_NUMBER_SIGN.sub("", run.group()), tuple(column))


def columns(text: str) -> list[Column]:
    return list(_columns(text))


@functools.lru_cache(maxsize=32)
def _columns(text: str) -> tuple[Column, ...]:
    return tuple(_read(text))


def _read(text: str) -> Iterator[Column]:
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    for i, (_, header) in enumerate(lines):
        sep = _separator(header)
        if sep is None:
            if "  " in header and "\n" in text:
                yield from _aligned(lines, i)
            continue
        names = header.split(sep)
        cells: list[list[tuple[int, int]]] = [[] for _ in names]
        for start, row in lines[i + 1:]:
            if _BORDER.fullmatch(row):
                continue
            parts = row.split(sep)
            if len(parts) != len(names):
                break
            offset = start
            for k, part in enumerate(parts):
                lead = len(part) - len(part.lstrip())
                cells[k].append((offset + lead, offset + len(part.rstrip())))
                offset += len(part) + 1
        if len(names) == 2 and _label_value_rows(text, names, cells):
            continue
        for name, column in zip(names, cells, strict=True):
            if column:
                yield Column(name.strip(), tuple(column))


# (round 44) Two cells a row, the left one a label and the right one a value ("Geburtsdatum   | 04.11.1979", "Phone |
# +44 …", "Correo | a@b.example"): a form or a document pasted as label-value rows, no table under a header. The first
# row is a label and its value too, and the left column holds labels, never values: it is no column of its header's
# kind. Read so when every left cell looks like a label and values with a digit or an "@" stand in half of the right
# cells or more (a list of people and their phones has names, not labels, on the left, but no header a person column).
_VALUE_MARK = re.compile(r"[\d@]")
_LABEL_CELL = re.compile(r"[^\W\d][\w.'’/°º-]{0,24}(?:[ \t]\(?[^\W\d][\w.'’/°º()-]{0,24}){0,3}:?")  # "IBAN (Lastschrift)"


def _label_value_rows(text: str, names: list[str], cells: list[list[tuple[int, int]]]) -> bool:
    left, right = cells
    labels = [text[a:b] for a, b in left if b > a]  # an empty left cell continues the row above ("| 80331 München")
    if len(labels) < 2 or not all(_LABEL_CELL.fullmatch(label) for label in labels):
        return False
    marked = sum(1 for a, b in right if _VALUE_MARK.search(text[a:b]))
    return 2 * marked >= len(right) and not _VALUE_MARK.search(names[0])


# (round 44) The label cells of label-value rows, wherever the rows stand (with or without a header row above them):
# two rows or more in a run, each "label <bar or tab> value" (a row with an empty label continues the value above),
# a value with a digit or an "@" in half of them or more. A finding inside a label cell is a word of the form.
_LABEL_ROW = re.compile(r"[ \t]*([^\n|│\t]*?)[ \t]*(?:[|│]|\t+)[ \t]*([^\n|│\t]*?)[ \t]*[|│]?[ \t]*")


def label_cells(text: str) -> list[tuple[tuple[int, int], ...]]:
    """The label cells of each run of label-value rows."""
    if "|" not in text and "\t" not in text and "│" not in text:
        return []
    return list(_label_cells(text))


@functools.lru_cache(maxsize=32)
def _label_cells(text: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    out: list[tuple[tuple[int, int], ...]] = []
    run: list[tuple[int, int, bool]] = []  # (label start, label end, value marked)

    def close() -> None:
        labels = [(a, b) for a, b, _ in run if b > a]
        if len(labels) >= 2 and 2 * sum(1 for *_, marked in run if marked) >= len(run):
            out.append(tuple(labels))
        run.clear()

    base = 0
    for line in text.split("\n"):
        m = _LABEL_ROW.fullmatch(line)
        if m is None or not m.group(2) or (m.group(1) and not _LABEL_CELL.fullmatch(m.group(1))):
            close()
        else:
            run.append((base + m.start(1), base + m.end(1), bool(_VALUE_MARK.search(m.group(2)))))
        base += len(line) + 1
    close()
    return tuple(out)
