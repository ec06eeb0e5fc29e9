"""The learned same-event decision: features of (article, candidate event) and a logistic model over them.

The model (src/tomtat/resources/cluster_pairs.json) is trained by scripts/train_cluster.py on
candidate pairs that the stream itself produces on abmusu-train only (``make train``).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np

from .features import NAME_PREFIX, STOPWORDS, syllables

FEATURES = ("mean_cos", "max_cos", "min_cos", "log_size", "name_cover", "name_jaccard_max",
            "number_cover", "head_jaccard_max", "head_jaccard_mean", "margin", "no_names",
            "head_in_member_max", "head_in_member_mean", "member_head_in_article_max", "member_head_in_article_mean")
MODEL_FILE = "cluster_pairs.json"


@dataclass(slots=True)
class Profile:
    """What the decision needs of one article besides its term vector: names, numbers, title/lead terms."""

    names: frozenset
    numbers: frozenset
    head: frozenset
    head_ids: np.ndarray = None  # hashed ids of ``head`` (set by the clusterer)
    ids: np.ndarray = None  # the article's kept term ids (set by the clusterer)


@dataclass(slots=True)
class Members:
    """The members of an open event: term vectors (ids, sublinear tf), profiles, and the union of their names
    and numbers."""

    vectors: list = field(default_factory=list)
    profiles: list = field(default_factory=list)
    names: Counter = field(default_factory=Counter)
    numbers: Counter = field(default_factory=Counter)

    def append(self, ids: np.ndarray, tf: np.ndarray, profile: Profile | None) -> None:
        """Add a member (its profile is None under the cosine decision, which needs none)."""
        self.vectors.append((ids, tf))
        if profile is not None:
            self.profiles.append(profile)
            self.names.update(profile.names)
            self.numbers.update(profile.numbers)


def profile(counts: Counter, head: str) -> Profile:
    """Names and numbers of an article (from its bag of terms) and its title/lead syllables and pairs."""
    names = frozenset(t for t in counts if t.startswith(NAME_PREFIX))
    numbers = frozenset(t for t in counts if " " not in t and any(ch.isdigit() for ch in t))
    sylls = syllables(head)
    head_terms = {t for t in sylls if t not in STOPWORDS}
    head_terms.update(f"{a} {b}" for a, b in zip(sylls, sylls[1:]))
    return Profile(names, numbers, frozenset(head_terms))


def _jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _cover(ids: np.ndarray, weights: np.ndarray, within: np.ndarray) -> float:
    """Share of the weight of ``ids`` that falls on ids also in ``within`` (both sorted, distinct)."""
    total = float(weights.sum())
    return float(weights[np.isin(ids, within, assume_unique=True)].sum()) / total if total else 0.0


def features(sims: list[float], article: Profile, members: Members, idf) -> list[float]:
    """Features of one (article, event) pair, in :data:`FEATURES` order; ``margin`` is filled in later.

    ``idf`` maps term ids to their current IDF (weights of the title/lead cover features)."""
    names = article.names
    heads = [_jaccard(article.head, p.head) for p in members.profiles]
    head_idf = idf(article.head_ids)
    into = [_cover(article.head_ids, head_idf, p.ids) for p in members.profiles]
    back = [_cover(p.head_ids, idf(p.head_ids), article.ids) for p in members.profiles]
    return [float(np.mean(sims)), max(sims), min(sims), math.log(len(sims)),
            sum(1 for n in names if n in members.names) / len(names) if names else 0.0,
            max(_jaccard(names, p.names) for p in members.profiles),
            (sum(1 for n in article.numbers if n in members.numbers) / len(article.numbers)
             if article.numbers else 0.0),
            max(heads), float(np.mean(heads)), 0.0, 0.0 if names else 1.0,
            max(into), float(np.mean(into)), max(back), float(np.mean(back))]


def add_margins(rows: list[list[float]]) -> None:
    """Fill ``margin``: a candidate's mean cosine minus the best mean cosine among the other candidates."""
    col = FEATURES.index("margin")
    means = [row[0] for row in rows]
    for k, row in enumerate(rows):
        others = means[:k] + means[k + 1:]
        row[col] = row[0] - (max(others) if others else 0.0)


@dataclass(frozen=True)
class Model:
    """Standardised logistic regression: P(same event | features)."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def probability(self, rows: list[list[float]]) -> np.ndarray:
        """P(same event) of each row of features."""
        z = ((np.asarray(rows, dtype=np.float64) - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def to_dict(self) -> dict:
        """The JSON form shipped in tomtat/resources."""
        return {"features": list(FEATURES), "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "coef": self.coef.tolist(), "intercept": self.intercept}

    @classmethod
    def from_dict(cls, d: dict) -> "Model":
        """The model from its JSON form (ValueError when its features are not :data:`FEATURES`)."""
        if d.get("features") != list(FEATURES):
            raise ValueError(f"{MODEL_FILE}: features {d.get('features')} differ from {list(FEATURES)}; rerun make train")
        return cls(np.asarray(d["mean"]), np.asarray(d["scale"]), np.asarray(d["coef"]), float(d["intercept"]))


@lru_cache(maxsize=1)
def shipped_model() -> Model:
    """The model shipped in tomtat/resources."""
    text = resources.files("tomtat.resources").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return Model.from_dict(json.loads(text))
