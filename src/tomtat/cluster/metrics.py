"""Clustering quality: B-cubed precision, recall and F1 (Bagga and Baldwin, 1998)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping


def bcubed(predicted: Mapping[str, str], truth: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed (precision, recall, F1) of item → predicted cluster against item → true cluster."""
    if set(predicted) != set(truth):
        raise ValueError("predicted and true clusterings must cover the same items")
    if not truth:
        raise ValueError("no items to evaluate")
    pairs = Counter((predicted[i], truth[i]) for i in truth)
    pred_sizes = Counter(predicted.values())
    true_sizes = Counter(truth.values())
    # For an item, precision = |its predicted ∩ true cluster| / |predicted cluster|; summed per cell.
    precision = sum(n * n / pred_sizes[p] for (p, _), n in pairs.items()) / len(truth)
    recall = sum(n * n / true_sizes[t] for (_, t), n in pairs.items()) / len(truth)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
