"""Choose sentences within the syllable budget, skipping ones that repeat what is chosen.

Only whole sentences are taken: a summary never exceeds the budget and never ends in a
cut sentence. (Cutting the last sentence to fill the budget exactly gained about 0.001
ROUGE-2 on AbMuSu validation, not worth a sentence that may lose its negation or verb.)
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .models import Cluster, Sentence
from .options import Options
from .similarity import bigrams, overlap

# Sentences shorter than this many syllables are fragments (bylines, captions) and never chosen
# (5 beat 1 by 0.003 ROUGE-2 on AbMuSu validation with a lead ranking).
MIN_SENTENCE_SYLLABLES = 5
# Scores are rounded to this many decimals before ranking, so that float noise from a different
# article order cannot reorder two equally good sentences; ties are then broken by content.
_SCORE_DECIMALS = 9


def ranking(cluster: Cluster, scores: Sequence[float]) -> list[int]:
    """Sentence indices best first; ties broken by text and article text, never by article index."""
    rounded = np.round(np.asarray(scores, dtype=float), _SCORE_DECIMALS)
    articles = {a.index: (a.title, a.lead, a.text) for a in cluster.articles}

    def key(i: int):
        s = cluster.sentences[i]
        return (-rounded[i], s.text, articles.get(s.article_index, ("", "", "")), s.position)

    return sorted(range(len(cluster.sentences)), key=key)


def select_within_budget(cluster: Cluster, scores: Sequence[float], options: Options) -> list[Sentence]:
    """Greedy by score: take a sentence if it fits the budget and is not redundant with one taken."""
    chosen: list[Sentence] = []
    chosen_grams: list[frozenset] = []
    used = 0
    for i in ranking(cluster, scores):
        sentence = cluster.sentences[i]
        if sentence.length < MIN_SENTENCE_SYLLABLES or used + sentence.length > options.words:
            continue
        grams = bigrams(sentence.syllables)
        if any(overlap(grams, g) > options.redundancy for g in chosen_grams):
            continue
        chosen.append(sentence)
        chosen_grams.append(grams)
        used += sentence.length
    return chosen
