"""Online event clustering of a stream of articles: :class:`StreamClusterer` and :func:`cluster`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .history import changes_since
from .stream import DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS, Event, StreamClusterer


def cluster(records: Iterable[Mapping], options: Mapping | None = None) -> list[Event]:
    """Cluster articles (dicts with ``id`` and ``text``) in the given order; options are StreamClusterer keywords."""
    clusterer = StreamClusterer(**dict(options or {}))
    for record in records:
        clusterer.add(record)
    return clusterer.events()


__all__ = ["DEFAULT_THRESHOLD", "DEFAULT_WINDOW_DAYS", "Event", "StreamClusterer", "changes_since", "cluster"]
