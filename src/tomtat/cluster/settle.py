"""Settling: the open events of a stream re-formed by complete-link clustering of their articles.

Each article is placed online the moment it arrives (``stream.py``), which depends on arrival order: an
early article of a story can start an event of its own, and a loose event can absorb a neighbour.
Settling revises the open window: the articles compared on arrival (the candidate events' members)
form a graph of similarities; its connected components at the settling threshold are re-clustered
with complete link, so two articles share an event only if every pair of them was found similar.
Pairs never compared count as dissimilar, so the cost stays that of the candidate pairs.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

# Components larger than this keep their online events (a dense matrix of this many articles is the
# bound on one settling's memory: 3000² floats, 72 MB). Not reached on ../shared/data (largest: 9).
MAX_COMPONENT = 3000


def components(nodes: list[int], edges: dict[tuple[int, int], float]) -> list[list[int]]:
    """Connected components of the graph of ``edges`` over ``nodes`` (each sorted, in order of first node)."""
    return [members for members, _ in _components(nodes, edges)]


def _components(nodes: list[int], edges: dict[tuple[int, int], float]) -> list[tuple[list[int], dict]]:
    """Each connected component with its own edges (one pass over the edges)."""
    parent = {n: n for n in nodes}

    def find(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    inside = [(pair, s) for pair, s in edges.items() if pair[0] in parent and pair[1] in parent]
    for (a, b), _ in inside:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for n in sorted(nodes):
        groups[find(n)].append(n)
    own: dict[int, dict] = defaultdict(dict)
    for pair, s in inside:
        own[find(pair[0])][pair] = s
    return [(groups[root], own[root]) for root in sorted(groups, key=lambda r: groups[r][0])]


def complete_link(members: list[int], edges: dict[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Complete-link clusters of ``members`` (sorted) whose every pair has a similarity >= ``threshold``."""
    size = len(members)
    where = {m: k for k, m in enumerate(members)}
    pairs = [(pair, s) for pair, s in edges.items() if pair[0] in where and pair[1] in where and s >= threshold]
    if len(pairs) == size * (size - 1) // 2:  # every pair similar (one article alone included): one cluster
        return [members]
    distance = np.ones((size, size))
    for (a, b), similarity in pairs:
        distance[where[a], where[b]] = distance[where[b], where[a]] = 1.0 - similarity
    np.fill_diagonal(distance, 0.0)
    # A merge is allowed when the largest distance stays within 1 - threshold (a tiny slack for floats).
    labels = fcluster(linkage(squareform(distance, checks=False), method="complete"),
                      t=1.0 - threshold + 1e-9, criterion="distance")
    groups: dict[int, list[int]] = defaultdict(list)
    for member, label in zip(members, labels.tolist()):
        groups[label].append(member)
    return sorted(groups.values(), key=lambda g: g[0])


def partition(nodes: list[int], edges: dict[tuple[int, int], float], threshold: float,
              fallback: dict[int, int]) -> list[list[int]]:
    """The settled clusters of ``nodes``: complete link within each component of the edges >= threshold.

    ``fallback`` (node -> current event) keeps the current grouping of a component over MAX_COMPONENT.
    """
    strong = {pair: s for pair, s in edges.items() if s >= threshold}
    out: list[list[int]] = []
    for component, own in _components(nodes, strong):
        if len(component) > MAX_COMPONENT:
            groups: dict[int, list[int]] = defaultdict(list)
            for node in component:
                groups[fallback[node]].append(node)
            out.extend(groups.values())
        else:
            out.extend(complete_link(component, own, threshold))
    return sorted(out, key=lambda g: g[0])
