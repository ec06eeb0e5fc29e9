"""The whole summarizer: budget, provenance indices, and independence from the order of articles."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings, strategies as st

from builders import cluster_texts
from tomtat.tidy import drop_dangling_connective
from tomtat import Options, summarize
from tomtat.pipeline import summarize_cluster, to_cluster
from tomtat.read import read_paths

_TEXTS = cluster_texts(4, 5)


@pytest.fixture(scope="module")
def cluster():
    return to_cluster(_TEXTS)


def permuted(cluster, order):
    """The same cluster with its articles given in ``order`` (article ``order[k]`` becomes article k)."""
    new_index = {old: new for new, old in enumerate(order)}
    articles = tuple(dataclasses.replace(cluster.articles[old], index=new) for new, old in enumerate(order))
    sentences = tuple(
        dataclasses.replace(s, article_index=new_index[s.article_index])
        for old in order for s in cluster.sentences_of(old)
    )
    return dataclasses.replace(cluster, articles=articles, sentences=sentences), new_index


def canonical(summary, back):
    """Texts and sources of a summary, with doc indices mapped back to the original order."""
    return [
        (s.text, tuple(sorted((back[r.doc], r.sentence) for r in s.sources)))
        for s in summary.sentences
    ]


@settings(max_examples=25, deadline=None)
@given(order=st.permutations(range(4)), words=st.integers(min_value=5, max_value=120))
def test_summary_does_not_depend_on_article_order(cluster, order, words):
    reference = summarize_cluster(cluster, Options(words=words))
    shuffled, new_index = permuted(cluster, list(order))
    back = {new: old for old, new in new_index.items()}
    result = summarize_cluster(shuffled, Options(words=words))
    assert canonical(result, back) == canonical(reference, {i: i for i in range(4)})


@settings(max_examples=25, deadline=None)
@given(words=st.integers(min_value=1, max_value=300))
def test_budget_is_never_exceeded(cluster, words):
    summary = summarize_cluster(cluster, Options(words=words))
    assert sum(cluster.sentence(s.origin).length for s in summary.sentences) <= words
    for s in summary.sentences:
        origin = cluster.sentence(s.origin).text  # whole sentences, verbatim but for a dangling connective
        assert s.text in (origin, drop_dangling_connective(origin))


def test_summarize_strings_and_provenance_indices():
    summary = summarize(_TEXTS, words=60)
    assert summary.sentences
    assert summary.article_count == 4
    for s in summary.sentences:
        assert 0 <= s.origin.doc < 4
        assert all(r.doc != s.origin.doc for r in s.support)


def test_seeds_summary(seeds_dir):
    articles, problems = read_paths([str(seeds_dir)])
    assert not problems
    cluster = to_cluster(articles)
    summary = summarize_cluster(cluster, Options(words=120))
    assert 60 <= sum(cluster.sentence(s.origin).length for s in summary.sentences) <= 120
    # more than one outlet is represented in a multi-document summary
    assert len({s.origin.doc for s in summary.sentences}) >= 2
