"""Which articles copy one another (independent sources) and what only one article reports."""

from __future__ import annotations

from ..models import Cluster
from ._common import docs_of
from .models import ArticleCoverage, Coverage, Entity, Fact

SHINGLE = 5  # syllable 5-grams
# Two articles sharing at least this Jaccard of their 5-gram shingles are copies of one story
# (the threshold the issue suggests; rewrites of one agency story score 0.5-0.9, independent
# reports of one event under 0.1 on ../shared/seeds and the data clusters we read).
COPY_JACCARD = 0.5


def shingles(cluster: Cluster, doc: int) -> set[tuple[str, ...]]:
    """The syllable 5-grams of one article."""
    syl = [x for s in cluster.sentences_of(doc) for x in s.syllables]
    return {tuple(syl[i: i + SHINGLE]) for i in range(max(0, len(syl) - SHINGLE + 1))}


def jaccard(a: set, b: set) -> float:
    """Jaccard similarity of two sets (0 when both are empty)."""
    return len(a & b) / len(a | b) if a or b else 0.0


def independent_groups(cluster: Cluster) -> list[list[int]]:
    """Groups of articles that are copies or near-copies of one another (single-link)."""
    n = len(cluster.articles)
    sh = [shingles(cluster, i) for i in range(n)]
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(n):
        for j in range(i + 1, n):
            if jaccard(sh[i], sh[j]) >= COPY_JACCARD:
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())


def coverage(cluster: Cluster, groups: list[list[int]], facts: list[Fact], entities: list[Entity]) -> Coverage:
    """Per article: the facts and entities no other article reports."""
    per = []
    for doc in range(len(cluster.articles)):
        per.append(ArticleCoverage(
            doc=doc,
            only_facts=[f.text for f in facts if docs_of(f.sources) == {doc}],
            only_entities=[e.name for e in entities if docs_of(e.sources) == {doc}],
        ))
    return Coverage(articles=len(cluster.articles), independent_sources=groups, per_article=per)
