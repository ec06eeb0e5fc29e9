"""Find, for each summary sentence, the near-duplicate sentences of other articles that support it."""

from __future__ import annotations

from .models import Cluster, Sentence, SourceRef, SummarySentence
from .options import Options
from .similarity import bigrams, overlap


def with_support(cluster: Cluster, ordered: list[Sentence], options: Options) -> list[SummarySentence]:
    """Attach to each sentence the sentences of other articles that say nearly the same."""
    grams = {s.ref: bigrams(s.syllables) for s in cluster.sentences}
    out: list[SummarySentence] = []
    for sentence in ordered:
        own = grams[sentence.ref]
        best: dict[int, tuple[float, SourceRef]] = {}
        for other in cluster.sentences:
            if other.article_index == sentence.article_index:
                continue
            score = overlap(own, grams[other.ref])
            if score >= options.support and score > best.get(other.article_index, (0.0, None))[0]:
                best[other.article_index] = (score, other.ref)
        support = tuple(sorted(ref for _, ref in best.values()))
        out.append(SummarySentence(text=sentence.text, origin=sentence.ref, support=support))
    return out
