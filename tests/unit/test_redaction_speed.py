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
