"""How the router reads a message, for tests: folded, identity-masked, cut into sentences with their cue families
(plugin/core/routing/features.py). One helper for the routing tests that look at families rather than routes."""
from __future__ import annotations

from plugin.core.routing import features, identity
from plugin.core.routing.text import fold


def sentences(text: str) -> list[features.Sentence]:
    return features.sentences(identity.mask(fold(text)).text)


def families(text: str) -> set[str]:
    """Every cue family any sentence of ``text`` carries."""
    return set().union(*(s.families for s in sentences(text)))
