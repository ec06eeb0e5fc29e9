"""Settling: the open events of a stream re-formed by complete-link clustering of their articles.

Each article is placed online the moment it arrives (``stream.py``), which depends on arrival order: an
early article of a story can start an event of its own, and a loose event can absorb a neighbour.
Settling revises the open window: the articles compared on arrival (the candidate events' members)
form a graph of similarities; its connected components at the settling threshold are re-clustered
with complete link, so two articles share an event only if every pair of them was found similar.
Pairs never compared count as dissimilar, so the cost stays that of the candidate pairs.
An article that complete link leaves alone then joins the cluster of the article it was found most
similar to (``rescue_lone``), when that similarity reaches a lower threshold.
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
              fallback: dict[int, int], rescue: float | None = None) -> list[list[int]]:
    """The settled clusters of ``nodes``: complete link within each component of the edges >= threshold,
    then, when ``rescue`` is given, :func:`rescue_lone` at that similarity.

    ``fallback`` (node -> current event) keeps the current grouping of a component over MAX_COMPONENT.
    """
    edges = locally_scaled(nodes, edges)
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
    if rescue is not None:
        out = rescue_lone(out, edges, rescue)
    return sorted(out, key=lambda g: g[0])


# Local scaling (after Zelnik-Manor and Perona's self-tuning similarity): a pair's cosine is divided by the geometric mean
# of its articles' local scales, each the similarity of the article's SCALE_NEIGHBOUR-th closest compared article, relative
# to the window's median scale, to the power SCALE_POWER. Where many articles share a topic (a season of COVID bulletins,
# party committees studying one resolution) every cosine runs high and the bar rises; an article on a story's other angle,
# far from everything else, gets a lower one. Chosen on abmusu-train: a sweep on one shuffle (neighbour 2, 3, 5, 8; power
# 0.25, 0.5, 1), then three settings over six shuffles, where neighbour 3, power 0.25 won five of six (mean B-cubed F1 0.935
# -> 0.941). The full grid over six shuffles (`benchmarks/cluster_quality.py --tune-scaling`) puts power 0.5 a hair higher
# on abmusu-train (0.943); figures in benchmarks/RESULTS.md.
SCALE_NEIGHBOUR = 3
SCALE_POWER = 0.25
SCALE_FLOOR = 0.08  # an article with fewer stored pairs than that takes the lowest similarity ever stored


def locally_scaled(nodes: list[int], edges: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    """The similarities of ``edges`` between ``nodes`` under local scaling (other edges as they are)."""
    inside = set(nodes)
    near: dict[int, list[float]] = defaultdict(list)
    for (a, b), similarity in edges.items():
        if a in inside and b in inside:
            near[a].append(similarity)
            near[b].append(similarity)
    scale = {}
    for node in nodes:
        top = sorted(near.get(node, ()), reverse=True)[:SCALE_NEIGHBOUR]
        scale[node] = top[-1] if len(top) == SCALE_NEIGHBOUR else SCALE_FLOOR
    if not scale:
        return dict(edges)
    median = float(np.median(list(scale.values())))
    return {(a, b): min(0.999, s * (median / (scale[a] * scale[b]) ** 0.5) ** SCALE_POWER) if a in scale and b in scale else s
            for (a, b), s in edges.items()}


def rescue_lone(clusters: list[list[int]], edges: dict[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Each article alone in ``clusters`` joins the cluster of its most similar article (the highest edge,
    the earliest article on a tie) when that similarity reaches ``threshold``; two lone articles whose
    best match is each other, or a chain of them ending in a cluster, end up together.

    Complete link needs every pair of an event found similar; an article on another angle of a story
    often reaches one member of its event and not all, and would stay alone (see benchmarks/RESULTS.md).
    """
    cluster_of = {node: k for k, cluster in enumerate(clusters) for node in cluster}
    lone = {cluster[0] for cluster in clusters if len(cluster) == 1}
    best: dict[int, tuple[float, int]] = {}
    for (a, b), similarity in edges.items():
        if similarity < threshold or a not in cluster_of or b not in cluster_of:
            continue
        for node, other in ((a, b), (b, a)):
            if node in lone and (node not in best or (similarity, -other) > (best[node][0], -best[node][1])):
                best[node] = (similarity, other)
    if not best:
        return clusters
    parent = list(range(len(clusters)))

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for node, (_, other) in best.items():
        parent[find(cluster_of[node])] = find(cluster_of[other])
    groups: dict[int, list[int]] = defaultdict(list)
    for k, cluster in enumerate(clusters):
        groups[find(k)].extend(cluster)
    return [sorted(group) for group in groups.values()]
