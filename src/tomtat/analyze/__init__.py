"""Cross-source analysis of a cluster: entities, facts that agree or conflict, a timeline,
who says what, unconfirmed claims, and coverage (which articles are copies of one another).

``analyze(articles)`` returns a :class:`~tomtat.analyze.models.Digest`. Importing this package
is cheap: pydantic models and underthesea load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable

    from ..models import Cluster
    from .models import Digest


def analyze_cluster(cluster: "Cluster") -> "Digest":
    """The digest of an already split cluster."""
    from .attributions import attributions
    from .coverage import coverage, independent_groups
    from .dates import timeline
    from .entities import entities
    from .facts import build_facts
    from .learned import second_opinion
    from .models import Digest
    from .unconfirmed import unconfirmed

    groups = independent_groups(cluster)
    ents = second_opinion(cluster, entities(cluster))
    facts, conflicts = build_facts(cluster, groups)
    return Digest(
        entities=ents,
        facts=facts,
        conflicts=conflicts,
        timeline=timeline(cluster),
        attributions=attributions(cluster),
        unconfirmed=unconfirmed(cluster),
        coverage=coverage(cluster, groups, facts, ents),
    )


def analyze(articles: "Iterable | Cluster") -> "Digest":
    """Analyze articles about one event (strings, dicts, Articles or a Cluster) across sources."""
    from ..errors import UsageError
    from ..pipeline import to_cluster

    if isinstance(articles, (str, bytes)):
        raise UsageError("analyze() takes a list of articles (strings, dicts or Articles), not one string: wrap it in a list")
    return analyze_cluster(to_cluster(articles))


def __getattr__(name: str):
    import importlib

    models = importlib.import_module(f"{__name__}.models")  # not "from . import models": that calls __getattr__ again
    if hasattr(models, name):
        return getattr(models, name)
    raise AttributeError(name)


__all__ = ["analyze", "analyze_cluster"]
