"""Online event clustering of a stream of articles: :class:`StreamClusterer` and :func:`cluster`."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable, Mapping

from .history import changes_since
from .stream import DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS, SETTLE_THRESHOLD, Event, StreamClusterer


def cluster(records: Iterable[Mapping], options: Mapping | None = None) -> list[Event]:
    """Cluster articles (dicts with ``id`` and ``text``) in the given order, then settle; options are StreamClusterer keywords."""
    clusterer = StreamClusterer(**dict(options or {}))
    for record in records:
        clusterer.add(record)
    clusterer.settle()
    return clusterer.events()


class _CallableModule(types.ModuleType):
    """``tomtat.cluster(records)`` calls :func:`cluster`, while ``tomtat.cluster.StreamClusterer`` and
    ``import tomtat.cluster.stream`` keep working (a plain function of that name would hide the subpackage)."""

    def __call__(self, records: Iterable[Mapping], options: Mapping | None = None) -> list[Event]:
        return cluster(records, options)


sys.modules[__name__].__class__ = _CallableModule

__all__ = ["DEFAULT_THRESHOLD", "DEFAULT_WINDOW_DAYS", "SETTLE_THRESHOLD", "Event", "StreamClusterer", "changes_since", "cluster"]
