"""Put the chosen sentences in reading order."""

from __future__ import annotations

from .models import Sentence


def order_for_reading(chosen: list[Sentence]) -> list[Sentence]:
    """Earlier positions in their articles first; ties by article order."""
    return sorted(chosen, key=lambda s: (s.position / 1.0, s.article_index))
