"""Similarity between sentences, shared by scoring, selection, provenance and analysis."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .models import Sentence


def bigrams(tokens: Sequence[str]) -> frozenset[tuple[str, str]]:
    """Set of adjacent token pairs (single tokens when there is only one)."""
    if len(tokens) < 2:
        return frozenset((t, "") for t in tokens)
    return frozenset(zip(tokens, tokens[1:]))


def overlap(a: frozenset, b: frozenset) -> float:
    """Share of the smaller set found in the other (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def tfidf_matrix(sentences: Sequence[Sentence]):
    """Rows of L2-normalised TF-IDF over word tokens, one per sentence (sparse)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = [list(s.words) or list(s.syllables) for s in sentences]
    vectorizer = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True, norm="l2")
    if not any(docs):
        return None
    return vectorizer.fit_transform(docs)


def cosine_matrix(matrix) -> np.ndarray:
    """Dense sentence-by-sentence cosine similarity from L2-normalised rows."""
    if matrix is None:
        return np.zeros((0, 0))
    return (matrix @ matrix.T).toarray()
