"""Local moves: a partition of one component improved article by article on a correlation-clustering score.

The score of a partition is the sum, over the pairs of articles that share a cluster, of a pair weight:
``similarity - margin`` for a pair compared on arrival, ``-penalty`` for a pair never found similar.
Starting from complete link, each article in turn (ascending order) goes to the neighbouring cluster,
or to a new cluster of its own, that raises the score most; rounds repeat until none moves (bounded).
Only clusters an article has a pair with can gain it, so a round costs the component's pairs.
"""

from __future__ import annotations

from collections import defaultdict

# A round moves at least one article or ends the search; the score rises with every move, so this
# bound only caps pathological components (never reached on ../shared/data).
MAX_ROUNDS = 20
_EPS = 1e-12


def local_moves(members: list[int], edges: dict[tuple[int, int], float], clusters: list[list[int]],
                margin: float, penalty: float, merge: bool = False) -> list[list[int]]:
    """``clusters`` (a partition of ``members``) after single-article moves that raise the score."""
    neighbours: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for (a, b), s in edges.items():
        neighbours[a].append((b, s - margin))
        neighbours[b].append((a, s - margin))
    label = {m: k for k, cluster in enumerate(clusters) for m in cluster}
    size: dict[int, int] = defaultdict(int)
    for m in members:
        size[label[m]] += 1
    fresh = len(clusters)
    for _ in range(MAX_ROUNDS):
        moved = False
        for v in members:
            link = _links(v, neighbours, label, penalty, size)
            own = label[v]
            stay = link.get(own, -penalty * (size[own] - 1))  # own cluster without v
            # Gain of leaving for a cluster of its own (none when alone already), then of each neighbour.
            best, target = (0.0 if size[own] == 1 else -stay), None
            for other in sorted(link):
                if other != own and link[other] - stay > best + _EPS:
                    best, target = link[other] - stay, other
            if best <= _EPS:
                continue
            if target is None:
                target, fresh = fresh, fresh + 1
            size[own] -= 1
            size[target] += 1
            label[v] = target
            moved = True
        if merge:
            moved = _merge(edges, label, size, margin, penalty) or moved
        if not moved:
            break
    groups: dict[int, list[int]] = defaultdict(list)
    for m in members:
        groups[label[m]].append(m)
    return sorted(groups.values(), key=lambda g: g[0])


def _links(v: int, neighbours: dict, label: dict[int, int], penalty: float, size: dict[int, int]) -> dict[int, float]:
    """Score v would add to each cluster it has a pair with (v itself left out of its own cluster)."""
    total: dict[int, float] = defaultdict(float)
    count: dict[int, int] = defaultdict(int)
    for u, w in neighbours.get(v, ()):
        total[label[u]] += w
        count[label[u]] += 1
    own = label[v]
    return {c: total[c] - penalty * ((size[c] - (c == own)) - count[c]) for c in total}


def _merge(edges: dict[tuple[int, int], float], label: dict[int, int], size: dict[int, int],
           margin: float, penalty: float) -> bool:
    """Join the two clusters whose cross pairs sum highest, while that sum is positive; True if any joined."""
    merged = False
    while True:
        cross: dict[tuple[int, int], list] = defaultdict(lambda: [0.0, 0])
        for (a, b), s in edges.items():
            la, lb = label[a], label[b]
            if la != lb:
                key = (min(la, lb), max(la, lb))
                cross[key][0] += s - margin
                cross[key][1] += 1
        best, pair = _EPS, None
        for key in sorted(cross):
            total, count = cross[key]
            score = total - penalty * (size[key[0]] * size[key[1]] - count)
            if score > best:
                best, pair = score, key
        if pair is None:
            return merged
        keep, gone = pair
        for m, k in label.items():
            if k == gone:
                label[m] = keep
        size[keep] += size.pop(gone)
        merged = True
