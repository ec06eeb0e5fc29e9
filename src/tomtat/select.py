"""Choose sentences within the syllable budget, skipping ones that repeat what is chosen."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .models import Cluster, Sentence
from .options import Options
from .similarity import bigrams, overlap

# Sentences shorter than this many syllables are fragments (bylines, captions) and never chosen.
MIN_SENTENCE_SYLLABLES = 5


def select_within_budget(cluster: Cluster, scores: Sequence[float], options: Options) -> list[Sentence]:
    """Greedy by score: take a sentence if it fits the budget and is not redundant with one taken."""
    order = np.argsort(-np.asarray(scores, dtype=float), kind="stable")
    chosen: list[Sentence] = []
    chosen_grams: list[frozenset] = []
    used = 0
    for i in order:
        sentence = cluster.sentences[int(i)]
        if sentence.length < MIN_SENTENCE_SYLLABLES or used + sentence.length > options.words:
            continue
        grams = bigrams(sentence.syllables)
        if any(overlap(grams, g) > options.redundancy for g in chosen_grams):
            continue
        chosen.append(sentence)
        chosen_grams.append(grams)
        used += sentence.length
    return chosen
