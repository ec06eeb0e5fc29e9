"""Put the chosen sentences in reading order."""

from __future__ import annotations

from .models import Sentence


def order_for_reading(chosen: list[Sentence]) -> list[Sentence]:
    """Sentences of one article keep their order; across articles, earlier in its article first.

    Ties are broken by the text, never by the article index, so the order does not depend on
    the order in which articles were given.
    """
    return sorted(chosen, key=lambda s: (s.position, s.text))
