"""The summarizer: read → clean → split → score → select → order → provenance → tidy."""

from __future__ import annotations

from collections.abc import Iterable

from .models import Cluster, Summary
from .options import Options
from .order import order_for_reading
from .provenance import with_support
from .read import as_articles
from .score import score_sentences
from .select import select_within_budget
from .similarity import tfidf_matrix
from .split import build_cluster
from .tidy import tidy


def summarize_cluster(cluster: Cluster, options: Options) -> Summary:
    """Summarize an already split cluster."""
    tfidf = tfidf_matrix(cluster.sentences)  # shared by scoring and selection
    scores = score_sentences(cluster, tfidf)
    chosen = select_within_budget(cluster, scores, options, tfidf)
    ordered = order_for_reading(chosen)
    return Summary(
        sentences=tuple(tidy(with_support(cluster, ordered, options))),
        max_words=options.words,
        cluster_id=cluster.id,
        article_count=len(cluster.articles),
    )


def to_cluster(articles: Iterable | Cluster, cluster_id: str | None = None) -> Cluster:
    """Articles (strings, dicts or Articles) to a split :class:`Cluster`; a Cluster passes through."""
    if isinstance(articles, Cluster):
        return articles
    return build_cluster(as_articles(articles), cluster_id=cluster_id)


def summarize(articles: Iterable | Cluster, options: Options | None = None, /, **overrides) -> Summary:
    """Summarize articles about one event; ``overrides`` are :class:`Options` fields (``words=200``)."""
    options = (options or Options()).with_overrides(**overrides)
    return summarize_cluster(to_cluster(articles), options)
