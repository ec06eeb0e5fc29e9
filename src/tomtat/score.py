"""Score every sentence of a cluster by how much it belongs in a summary.

The scorer is the mean decision value of a few logistic regressions over
:mod:`tomtat.features` (some with pairwise feature products), trained by
``scripts/train.py`` on greedy-oracle labels of AbMuSu train and shipped as a small
JSON file in ``tomtat/resources``; it is loaded once, at first use.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import numpy as np

from .features import NAMES, sentence_features
from .models import Cluster

MODEL_FILE = "scorer.json"


@lru_cache(maxsize=1)
def load_model() -> dict:
    """The shipped scorer (feature names, standardisation, weights), read once."""
    text = resources.files("tomtat.resources").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    model = json.loads(text)
    if tuple(model["features"]) != NAMES:
        raise RuntimeError(f"{MODEL_FILE} was trained on other features; run `make train`")
    return model


def standardise(x: np.ndarray, model: dict) -> np.ndarray:
    """Features centred and scaled as in training."""
    return (x - np.asarray(model["mean"])) / np.asarray(model["scale"])


def expand(z: np.ndarray, interactions: bool) -> np.ndarray:
    """Standardised features, plus their pairwise products when ``interactions``."""
    if not interactions:
        return z
    n = z.shape[1]
    pairs = [z[:, i] * z[:, j] for i in range(n) for j in range(i, n)]
    return np.column_stack([z, *pairs]) if len(z) else np.zeros((0, n + len(pairs)))


def linear_scores(x: np.ndarray, model: dict) -> np.ndarray:
    """Mean over the model's members of their decision values (log-odds of being in the summary)."""
    z = standardise(x, model)
    total = np.zeros(len(x))
    members = model.get("members") or [model]  # a single-model file is its own only member
    expanded = {flag: expand(z, flag) for flag in {bool(m.get("interactions")) for m in members}}
    for member in members:
        total += expanded[bool(member.get("interactions"))] @ np.asarray(member["weights"]) + float(member["bias"])
    return total / len(members)


def score_sentences(cluster: Cluster, tfidf: np.ndarray | None = None) -> np.ndarray:
    """One score per sentence of ``cluster.sentences`` (higher is better)."""
    if not cluster.sentences:
        return np.zeros(0)
    return linear_scores(sentence_features(cluster, tfidf), load_model())
