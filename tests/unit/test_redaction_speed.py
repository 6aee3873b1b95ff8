"""Speed-ups of the redaction engine that must not change any output (benchmarks/redaction/same_output.py checks
whole corpora against a baseline; these tests pin the pieces). Strings written for these tests."""
import random
import re

from plugin.adapters.redaction import finish


def _alternation(text, words, flags=0):
    """How finish._echoes found a name's other mentions before: one alternation compiled per ticket."""
    pattern = re.compile(r"(?<![\w'’@#/.=-])(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                         + r")(?![\w'’@-])", flags)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _mentions(text, words, flags=0):
    return [(m.start(), m.end()) for m in finish.mentions(text, words, flags)]


def test_mentions_are_the_alternations_matches_on_written_cases():
    words = {"Ana", "Anabel", "Gil", "O'Neil", "Jean-Luc", "Luc", "Zoë", "anne_marie"}
    text = ("Ana Gil, Anabel and Jean-Luc. ana@x.io Ana@x #Ana /Ana .Ana Ana's Ana’s O'Neil's Jean-Luc-x Luc- "
            "-Luc Gil@ Gil. (Gil) «Zoë» Zoë2 2Zoë anne_marie Anabel\nAna\tGil éAna Anaé Ana=1 =Ana _Ana Ana_")
    assert _mentions(text, words) == _alternation(text, words)
    assert _mentions(text, words)  # the written cases do hold mentions


def test_mentions_are_the_alternations_matches_on_random_text():
    rnd = random.Random(5)
    pieces = ["Ana", "ana", "Anabel", "Gil", "Gilberto", "O'Neil", "Jean-Luc", "Luc", "Zoë", "Éva", "x", "7", " ", " ",
              "\n", "-", "'", "’", "@", "#", "/", ".", "=", ",", "_", "(", ")", "é", "ß", "İ"]
    words = {"Ana", "Gil", "Jean-Luc", "Luc", "O'Neil", "Zoë", "Éva"}
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 25)))
        assert _mentions(text, words) == _alternation(text, words), text
        assert _mentions(text, {"ana", "zoë"}, re.I) == _alternation(text, {"ana", "zoë"}, re.I), text


def test_the_context_enhancer_scores_as_presidios_own():
    """engine._enhancer deep-copies only what it may change; Presidio's LemmaContextAwareEnhancer copies everything.
    Same results, same order, same scores. (The engine's pipelines have no lemmatizer, so words of the text never
    count as context; context passed to analyze does, and raises the IP address and the NI number here.)"""
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    from plugin.adapters.redaction import engine

    analyzer = engine.analyzer()
    text = ("Hi, my credit card 4111 1111 1111 1111 was charged twice; email me at jo.doe@example.com or call "
            "+1 212-555-0198. Thanks,\nJo Doe (IBAN DE89 3704 0044 0532 0130 00, ip 203.0.113.7, NI AB123456C)")

    def run(enhancer, context):
        saved = analyzer.context_aware_enhancer
        try:
            analyzer.context_aware_enhancer = enhancer
            return [(r.entity_type, r.start, r.end, r.score)
                    for r in analyzer.analyze(text, language="en", score_threshold=0.0, context=context)]
        finally:
            analyzer.context_aware_enhancer = saved

    ours = analyzer.context_aware_enhancer
    for context in (None, ["ip", "nino"]):
        assert run(ours, context) == run(LemmaContextAwareEnhancer(), context)
    raised = set(run(ours, ["ip", "nino"])) - set(run(ours, None))
    assert {kind for kind, *_ in raised} == {"IP_ADDRESS", "UK_NINO"}


def _cue_pieces(rnd, entries):
    """Bits of text around the cue words: whole words, their prefixes and case variants, separators."""
    words = [e for e in entries if re.fullmatch(r"[^\\.^$*+?{}\[\]()|]+", e)] or ["x"]
    pieces = [" ", " ", "\n", ",", "-", "s", "e", "x", "7", "ß", "K", "é", "."]
    for _ in range(12):
        w = rnd.choice(words)
        pieces += [w, w.upper(), w.capitalize(), w[:max(1, len(w) // 2)], w[: len(w) - 1]]
    return pieces


def test_factored_alternations_match_as_the_plain_ones():
    """cues.alternation groups the alternatives behind their first letters; every kind of cues.toml gives the same
    matches (spans and groups, so the same alternative wins) as the plain "a|b|c" list, with and without re.I, in a
    context that forces backtracking into shorter alternatives."""
    from plugin.adapters.redaction import cues

    rnd = random.Random(11)
    for kind in cues._cues():
        plain, fast = "|".join(cues.words(kind)), cues.alternation(kind)
        pieces = _cue_pieces(rnd, cues.words(kind))
        for flags in (0, re.I):
            for shape in (r"\b(?:{})(\w*)", r"(?:{})s?\b", r"(?<!\w)(?:{})(?=[ \t]+\w)"):
                a, b = re.compile(shape.format(plain), flags), re.compile(shape.format(fast), flags)
                for _ in range(40):
                    text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
                    assert [(m.span(), m.groups()) for m in a.finditer(text)] == \
                        [(m.span(), m.groups()) for m in b.finditer(text)], (kind, shape, flags, text)


def test_factoring_keeps_the_order_where_it_matters():
    from plugin.adapters.redaction.cues import _grouped as _factored
    from plugin.adapters.redaction.cues import factored

    assert _factored(["kaffee", "kühl", "bett", "ka"]) == ["k(?:a(?:ffee|)|ühl)", "bett"]
    assert _factored(["abc", "abd", "a"]) == ["a(?:b(?:c|d)|)"]
    # an alternative that does not begin with a plain letter stays between the runs it separates
    assert _factored(["lamps", "(?:desk|lamp)s", "lamp", "desk"]) == ["lamps", "(?:desk|lamp)s", "lamp", "desk"]
    assert _factored(["e?mail", "email", "ex"]) == ["e?mail", "e(?:mail|x)"]
    # first letters that one character matches under re.I: left as they are
    assert _factored(["kilo", "Kelvin", "kg"]) == ["kilo", "Kelvin", "kg"]
    # an alternative with a "|" of its own: the list as it is
    assert factored("zero|one|(?:thir|four)teen|two|t[ae]n|ten") == "zero|one|(?:thir|four)teen|t(?:wo|[ae]n|en)"
    for entries in (["ab", "ac", "b"], ["x(?:y|z)", "xa", "x"], ["[ab]c", "ad", "a"], [r"\.a", r"\.b"]):
        for text in ("ab ac b xa xy xz x ac ad .a .b", "AB XY AD"):
            plain, fast = re.compile("|".join(entries), re.I), re.compile("|".join(_factored(entries)), re.I)
            assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]
