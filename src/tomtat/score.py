"""Score every sentence of a cluster by how much it belongs in a summary."""

from __future__ import annotations

import numpy as np

from .models import Cluster
from .similarity import cosine_matrix, tfidf_matrix


def score_sentences(cluster: Cluster) -> np.ndarray:
    """One score per sentence of ``cluster.sentences`` (higher is better)."""
    n = len(cluster.sentences)
    if n == 0:
        return np.zeros(0)
    sims = cosine_matrix(tfidf_matrix(cluster.sentences))
    centrality = sims.mean(axis=1) if sims.size else np.zeros(n)
    if centrality.max() > 0:
        centrality = centrality / centrality.max()
    position = np.array([1.0 / (1.0 + s.position) for s in cluster.sentences])
    lead = np.array([1.0 if s.in_lead else 0.0 for s in cluster.sentences])
    return 0.5 * centrality + 0.4 * position + 0.1 * lead
