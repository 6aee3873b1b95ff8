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
        for name, column in zip(names, cells, strict=True):
            if column:
                yield Column(name.strip(), tuple(column))
