"""Per-sentence features of a cluster, the input of the learned sentence scorer.

Every feature depends on the content of the cluster, never on the order of its
articles, so the scores (and the summary) do not change when articles are shuffled.
"""

from __future__ import annotations

import math
import re

import numpy as np

from .models import Cluster
from .similarity import tfidf_matrix

# Two sentences of different articles with TF-IDF cosine at least this are "the same fact"
# for the support features: the provenance threshold (see tomtat.provenance), not tuned separately.
SUPPORT_COSINE = 0.3

_DIGIT = re.compile(r"\d")
_QUOTE = re.compile("[\"“”«»]")

NAMES = (
    "in_lead", "lead_first", "lead_pos_inv", "body_first", "body_pos_inv", "body_pos_rel",
    "length", "log_length", "short", "centroid", "centroid_rank", "support", "max_other",
    "title", "own_anchor", "digits", "capitals", "quote", "colon_end", "article_share", "n_articles",
    "article_centrality", "article_central_top", "article_longest",
    "anchor_bigrams", "other_anchor", "title_bigrams",
)


def _capital_share(text: str, syllable_count: int) -> float:
    caps = sum(1 for w in re.findall(r"\w+", text)[1:] if w[:1].isupper())
    return caps / max(1, syllable_count - 1)


def _pairs(text: str) -> set[tuple[str, str]]:
    toks = [w.lower() for w in re.findall(r"\w+", text)]
    return set(zip(toks, toks[1:]))


def _containment(words: set[str], other: set[str]) -> float:
    return len(words & other) / len(words) if words else 0.0


def sentence_features(cluster: Cluster, tfidf: np.ndarray | None = None) -> np.ndarray:
    """A (sentences × len(NAMES)) matrix of features, in the order of ``cluster.sentences``.

    ``tfidf`` is the sentences' :func:`~tomtat.similarity.tfidf_matrix`, computed here when not given.
    """
    sents = cluster.sentences
    n = len(sents)
    out = np.zeros((n, len(NAMES)))
    if n == 0:
        return out
    if tfidf is None:
        tfidf = tfidf_matrix(sents)
    sims = tfidf @ tfidf.T
    centroid = tfidf.sum(axis=0)
    norm = np.linalg.norm(centroid)
    centrality = tfidf @ (centroid / norm) if norm > 0 else np.zeros(n)
    # rank = how many sentences are strictly more central (equal ones share a rank: no index tie-break)
    rounded = np.round(centrality, 9)
    ranks = (rounded[None, :] > rounded[:, None]).sum(axis=1) / max(1, n - 1)

    arts = np.array([s.article_index for s in sents])
    n_articles = len(set(arts.tolist()))
    n_lead = {a: sum(1 for s in sents if s.article_index == a and s.in_lead) for a in set(arts.tolist())}
    n_all = {a: int((arts == a).sum()) for a in set(arts.tolist())}
    titles = [set(w.lower() for w in re.findall(r"\w+", a.title)) for a in cluster.articles]
    title_words = set().union(*titles) if titles else set()
    anchors = {a.index: set(w.lower() for w in re.findall(r"\w+", a.lead)) for a in cluster.articles}
    anchor_grams = {a.index: _pairs(a.lead) for a in cluster.articles}
    all_anchor_grams = set().union(*anchor_grams.values()) if anchor_grams else set()
    title_grams = set().union(*(_pairs(a.title) for a in cluster.articles)) if cluster.articles else set()
    total_syllables = sum(s.length for s in sents) or 1
    art_syllables = {a: sum(s.length for s in sents if s.article_index == a) for a in n_all}

    art_list = sorted(n_all)
    art_vec = {a: tfidf[arts == a].sum(axis=0) for a in art_list}
    art_cent = {a: float(v @ centroid) / ((np.linalg.norm(v) * norm) or 1.0) for a, v in art_vec.items()}
    top_cent = max(art_cent.values())
    top_len = max(art_syllables.values())

    # most similar sentence of another article, and how many other articles hold a similar sentence
    other = arts[None, :] != arts[:, None]
    other_max = np.where(other, sims, -np.inf).max(axis=1) if n else np.zeros(0)
    other_max = np.where(np.isfinite(other_max), other_max, 0.0)
    support_count = np.zeros(n)
    for b in art_list:
        support_count += (sims[:, arts == b] >= SUPPORT_COSINE).any(axis=1) & (arts != b)
    other_anchor_of = {a: set().union(*(g for k, g in anchor_grams.items() if k != a)) for a in art_list}

    for i, s in enumerate(sents):
        a = s.article_index
        lead_count = n_lead[a]
        body_pos = s.position - lead_count
        body_count = max(1, n_all[a] - lead_count)
        syl = set(s.syllables)
        grams = set(zip(s.syllables, s.syllables[1:]))
        other_anchor = other_anchor_of[a]
        out[i] = (
            float(s.in_lead),
            float(s.in_lead and s.position == 0),
            1.0 / (1.0 + s.position) if s.in_lead else 0.0,
            float(not s.in_lead and body_pos == 0),
            0.0 if s.in_lead else 1.0 / (1.0 + body_pos),
            1.0 if s.in_lead else body_pos / body_count,
            min(s.length, 80) / 80.0,
            math.log1p(s.length),
            float(s.length < 10),
            centrality[i],
            ranks[i],
            support_count[i] / max(1, n_articles - 1),
            float(other_max[i]),
            _containment(syl, title_words),
            0.0 if s.in_lead else _containment(syl, anchors.get(a, set())),
            sum(1 for t in s.syllables if _DIGIT.search(t)) / max(1, s.length),
            _capital_share(s.text, s.length),
            float(bool(_QUOTE.search(s.text))),
            float(s.text.rstrip().endswith(":")),
            art_syllables[a] / total_syllables,
            min(n_articles, 10) / 10.0,
            art_cent[a],
            float(art_cent[a] >= top_cent),
            float(art_syllables[a] >= top_len),
            0.0 if s.in_lead else _containment(grams, all_anchor_grams),
            _containment(grams, other_anchor),
            _containment(grams, title_grams),
        )
    return out
