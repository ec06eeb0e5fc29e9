"""Support: near-duplicates and paraphrases in other articles are listed; unrelated sentences are not."""

from __future__ import annotations

from tomtat.models import Article, Cluster, Sentence, SourceRef
from tomtat.options import Options
from tomtat.pipeline import summarize_cluster, to_cluster
from tomtat.provenance import with_support
from tomtat.read import read_paths


def sent(article, position, text):
    toks = tuple(text.lower().replace(".", "").replace(",", "").split())
    return Sentence(article, position, text, toks)


A = [
    "Chiều 5/9, bão số 7 đổ bộ vào tỉnh Hải Lâm với sức gió cấp 11.",
    "Gần 3.000 hộ dân ven biển đã được sơ tán.",
]
B = [
    "Bão số 7 đổ bộ vào tỉnh Hải Lâm chiều 5/9, sức gió cấp 11.",
    "Giá rau xanh ở chợ tăng mạnh.",
]
C = [
    "Chiều 5/9, bão số 7 đổ bộ vào tỉnh Hải Lâm với sức gió cấp 11.",
    "Học sinh toàn tỉnh được nghỉ học.",
]


def cluster():
    sentences = tuple(sent(a, i, t) for a, texts in enumerate((A, B, C)) for i, t in enumerate(texts))
    return Cluster(tuple(Article(i, "x") for i in range(3)), sentences)


def test_copies_and_rewordings_in_other_articles_are_listed():
    c = cluster()
    [landfall] = with_support(c, [c.sentences[0]], Options())
    assert landfall.origin == SourceRef(0, 0)
    assert landfall.support == (SourceRef(1, 0), SourceRef(2, 0))


def test_unrelated_sentences_and_own_article_are_not_listed():
    c = cluster()
    [evacuation] = with_support(c, [c.sentences[1]], Options())
    assert evacuation.support == ()


def test_support_threshold_is_an_option():
    c = cluster()
    [strict] = with_support(c, [c.sentences[0]], Options(support=1.0))
    assert strict.support == (SourceRef(2, 0),)  # only the exact copy


def test_seeds_support_is_found_and_plausible(seeds_dir):
    # By hand, the seeds hold a few cross-outlet paraphrases (the unrest calming down, protesters
    # seizing weapons, Tokayev asking the CSTO for help) and many pairs that only share names.
    articles, _ = read_paths([str(seeds_dir)])
    cluster = to_cluster(articles)
    supported = with_support(cluster, list(cluster.sentences), Options())
    pairs = {tuple(sorted((s.origin, ref))) for s in supported for ref in s.support}
    assert 3 <= len(pairs) <= 15
    for a, b in pairs:
        assert a.doc != b.doc
        shared = set(cluster.sentence(a).syllables) & set(cluster.sentence(b).syllables)
        assert len(shared) >= 5  # real wording in common, not just a name
