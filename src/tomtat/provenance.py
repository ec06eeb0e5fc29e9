"""Find, for each summary sentence, the near-duplicate sentences of other articles that support it.

Two sentences say the same when their word TF-IDF cosine (underthesea words; a word's IDF from
the cluster's sentences that hold its syllables in a row) reaches ``Options.support`` AND they share at least ``MIN_BIGRAM_DICE`` of their syllable
bigrams (so that sentences merely on the same topic, sharing names but no phrasing, are not
listed). Tuned on the seeds: every cross-article pair with cosine ≥ 0.28 was read by hand;
at cosine ≥ 0.30 with Dice ≥ 0.10, four true paraphrases are found (e.g. "the situation has
calmed", "protesters seized weapons", "Tokayev asked CSTO for help") and no unrelated pair;
pairs at 0.28 were different claims sharing topic words.

Only sentences whose syllable cosine reaches ``CANDIDATE_COSINE`` are word-segmented and compared:
segmenting every sentence of a cluster cost 85% of the summarizer's time.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from .models import Cluster, Sentence, SourceRef, SummarySentence
from .options import Options
from .similarity import bigrams, counts_matrix, tfidf_rows, vocabulary

# Least share of syllable bigrams (Dice) two supporting sentences must have; see the module docstring.
MIN_BIGRAM_DICE = 0.10
# Syllable TF-IDF cosine a sentence needs to be compared word by word. On the seeds every pair with
# word cosine >= 0.24 has syllable cosine >= 0.22 (read off all cross-article pairs), so 0.20 leaves a little room.
CANDIDATE_COSINE = 0.20


class _WordVectors:
    """Word TF-IDF vectors of a cluster's sentences, segmenting only the sentences asked for."""

    def __init__(self, sentences: tuple[Sentence, ...]):
        self.padded = [f" {' '.join(s.syllables)} " for s in sentences]
        self.n = len(sentences)
        self.df: dict[str, int] = {}
        self.vectors: dict[int, tuple[dict[str, float], float]] = {}
        self.sentences = sentences

    def _idf(self, word: str) -> float:
        if word not in self.df:
            phrase = f" {word.replace('_', ' ')} "
            self.df[word] = sum(1 for text in self.padded if phrase in text)
        return math.log((1 + self.n) / (1 + self.df[word])) + 1.0

    def vector(self, k: int) -> tuple[dict[str, float], float]:
        if k not in self.vectors:
            counts = Counter(self.sentences[k].words)
            weights = {w: (1.0 + math.log(c)) * self._idf(w) for w, c in counts.items()}
            self.vectors[k] = (weights, math.sqrt(sum(v * v for v in weights.values())))
        return self.vectors[k]

    def cosine(self, i: int, j: int) -> float:
        (a, norm_a), (b, norm_b) = self.vector(i), self.vector(j)
        if not norm_a or not norm_b:
            return 0.0
        return sum(v * b.get(w, 0.0) for w, v in a.items()) / (norm_a * norm_b)


def _dice(a: frozenset, b: frozenset) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def with_support(cluster: Cluster, ordered: list[Sentence], options: Options) -> list[SummarySentence]:
    """Attach to each sentence the best matching sentence of each other article that says nearly the same."""
    if not ordered:
        return []
    index = {s.ref: i for i, s in enumerate(cluster.sentences)}
    docs = [list(s.syllables) for s in cluster.sentences]
    syllable_tfidf = tfidf_rows(counts_matrix(docs, vocabulary(docs)))
    words = _WordVectors(cluster.sentences)
    grams: dict[int, frozenset] = {}

    def grams_of(k: int) -> frozenset:
        if k not in grams:
            grams[k] = bigrams(cluster.sentences[k].syllables)
        return grams[k]

    out: list[SummarySentence] = []
    for sentence in ordered:
        i = index[sentence.ref]
        best: dict[int, tuple[float, str, SourceRef]] = {}
        for j in np.flatnonzero(syllable_tfidf @ syllable_tfidf[i] >= CANDIDATE_COSINE):
            j = int(j)
            other = cluster.sentences[j]
            if other.article_index == sentence.article_index or _dice(grams_of(i), grams_of(j)) < MIN_BIGRAM_DICE:
                continue
            cosine = words.cosine(i, j)
            if cosine < options.support - 1e-12:
                continue
            # best per article: highest cosine, ties broken by text (not by position or index)
            key = (round(cosine, 9), other.text)
            if other.article_index not in best or key > best[other.article_index][:2]:
                best[other.article_index] = (*key, other.ref)
        support = tuple(sorted(ref for *_, ref in best.values()))
        out.append(SummarySentence(text=sentence.text, origin=sentence.ref, support=support))
    return out
