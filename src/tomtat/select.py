"""Choose sentences within the syllable budget, preferring ones that add to what is chosen.

Only whole sentences are taken: a summary never exceeds the budget and never ends in a
cut sentence. (In an exploratory run, not kept, cutting the last sentence to fill the budget
exactly gained about 0.001 ROUGE-2 on AbMuSu validation: summaries already fill about 98% of
the budget, and a cut sentence may lose its negation or its verb.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from .models import Cluster, Sentence
from .options import Options
from .similarity import bigrams, cosine_matrix, overlap, tfidf_matrix
from .tidy import needs_antecedent

# Sentences shorter than this many syllables are fragments (bylines, captions) and never chosen
# (in an exploratory run, not kept, 5 beat 1 by 0.003 ROUGE-2 on AbMuSu validation with a lead ranking).
MIN_SENTENCE_SYLLABLES = 5
# Weight of a candidate's highest TF-IDF cosine (syllables and syllable pairs) with the sentences already
# chosen, subtracted from its score (log-odds). From `scripts/train.py --tune` after the switch to syllable
# terms (ROUGE-2, redundancy 0.4, penalty 0 / 2 / 3 / 4 / 6): AbMuSu validation 0.366 / 0.377 / 0.384 /
# 0.382 / 0.375; 5-fold CV on AbMuSu train 0.379 / 0.377 / 0.382 / 0.378 / 0.375; both together 0.374 /
# 0.377 / 0.383 / 0.380 / 0.375. Chosen by "both together", as before; a small, uncertain gain.
REDUNDANCY_PENALTY = 3.0
# A sentence that ends with a question mark (closing quotes and brackets aside).
_QUESTION = re.compile(r"\?[\s”\"’')\]»]*$")
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


def eligible(sentences: Sequence[Sentence]) -> np.ndarray:
    """Which sentences may be chosen: no fragments, no words of a quotation cut from their speaker, no questions.

    A sentence that continues a quotation opened by an earlier sentence ("… nhận định: “Nếu …. Rõ ràng là
    X đứng sau.”") would state a speaker's opinion as the summary's own, and a question ("Tại sao lại như
    vậy?") states nothing; both are left out unless nothing else is long enough (on AbMuSu validation and
    KTLAB dev, 6 and 5 of the roughly 860 sentences chosen before each rule).
    """
    long_enough = np.array([s.length >= MIN_SENTENCE_SYLLABLES for s in sentences], dtype=bool)
    statements = long_enough & np.array([not s.continues_quote and not _QUESTION.search(s.text) for s in sentences],
                                        dtype=bool)
    return statements if statements.any() else long_enough


def select_within_budget(cluster: Cluster, scores: Sequence[float], options: Options,
                         tfidf: np.ndarray | None = None) -> list[Sentence]:
    """Greedy MMR: repeatedly take the sentence of best score minus its similarity to what is taken,
    if it fits the budget, does not repeat a taken sentence (syllable-bigram overlap) and, when it opens
    with a personal pronoun, comes after a taken sentence that names the person (its predecessor)."""
    n = len(cluster.sentences)
    if n == 0:
        return []
    order = ranking(cluster, scores)
    place = np.empty(n, dtype=int)
    place[order] = np.arange(n)  # content-based tie-break: place in the ranking
    base = np.asarray(scores, dtype=float)
    sims = cosine_matrix(tfidf_matrix(cluster.sentences) if tfidf is None else tfidf)
    penalty = np.zeros(n)
    open_ = eligible(cluster.sentences)
    needs_pronoun_antecedent = [s.position > 0 and needs_antecedent(s.text) for s in cluster.sentences]
    taken: set[tuple[int, int]] = set()
    chosen: list[Sentence] = []
    chosen_grams: list[frozenset] = []
    used = 0
    while open_.any():
        value = np.round(base - REDUNDANCY_PENALTY * penalty, _SCORE_DECIMALS)
        candidates = np.flatnonzero(open_)
        picked = None
        for i in sorted(candidates.tolist(), key=lambda k: (-value[k], place[k])):
            sentence = cluster.sentences[i]
            if used + sentence.length > options.words:
                open_[i] = False  # the budget only shrinks: it will never fit
                continue
            if needs_pronoun_antecedent[i] and (sentence.article_index, sentence.position - 1) not in taken:
                continue  # "Ông cho biết …" only after the sentence that names him (it may be taken later)
            grams = bigrams(sentence.syllables)
            if any(overlap(grams, g) > options.redundancy for g in chosen_grams):
                open_[i] = False  # the chosen set only grows: it stays redundant
                continue
            picked = i
            break
        if picked is None:
            break
        sentence = cluster.sentences[picked]
        open_[picked] = False
        chosen.append(sentence)
        taken.add((sentence.article_index, sentence.position))
        chosen_grams.append(bigrams(sentence.syllables))
        used += sentence.length
        penalty = np.maximum(penalty, sims[:, picked])
    return chosen
