"""Properties over generated clusters of invented sentences: the budget holds, provenance is real.

underthesea runs on every example, so ``max_examples`` stays small.
"""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from builders import POOL
from tomtat.batch import process_record
from tomtat.clean import clean
from tomtat.models import SourceRef
from tomtat.options import Options
from tomtat.pipeline import summarize
from tomtat.read import as_articles
from tomtat.split import build_cluster, split_sentences, syllables
from tomtat.tidy import drop_dangling_connective


def as_extracted(text: str, origin: str) -> bool:
    """A summary sentence is its source sentence, whole, or that sentence without a dangling opening connective."""
    return text in (origin, drop_dangling_connective(origin))

# Extra invented sentences with the debris, abbreviations and quotes the cleaners handle.
EXTRA = (
    "Ông Trần Văn Nam, Chủ tịch UBND xã, cho biết: “Chúng tôi đã huy động mọi lực lượng.”",
    "Theo PGS.TS. Lê Minh, mưa lớn còn kéo dài đến ngày 9/9.",
    "Hơn 1.200 ha lúa bị ngập. Ảnh: Thu Hà",
    "Đoàn cứu trợ từ TP.HCM mang theo 2.500 suất quà.",
    "Nguồn ảnh: ABC.Video về cảnh nước lũ tràn qua đường.",
    "The storm caused heavy damage, theo hãng tin AP.",
    "Tuy nhiên, nước sông Lam vẫn đang lên nhanh.",
)
SENTENCES = POOL + EXTRA

article = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=5).map(" ".join)
cluster_of_texts = st.lists(article, min_size=1, max_size=4)
FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(texts=cluster_of_texts, words=st.integers(min_value=1, max_value=150))
def test_summary_fits_the_budget_and_provenance_points_at_real_sentences(texts, words):
    assume(all(clean(t) for t in texts))  # an article of debris only is an input error, tested elsewhere
    cluster = build_cluster(as_articles(texts))
    summary = summarize(cluster, words=words)
    chosen = [cluster.sentence(s.origin) for s in summary.sentences]
    assert sum(s.length for s in chosen) <= words
    for s, origin in zip(summary.sentences, chosen):
        assert as_extracted(s.text, origin.text)
        for ref in s.sources:
            assert cluster.sentence(ref).article_index == ref.doc  # KeyError if it points nowhere
    assert len({s.origin for s in summary.sentences}) == len(summary.sentences)


@FAST
@given(texts=cluster_of_texts, words=st.integers(min_value=1, max_value=150))
def test_batch_rows_obey_the_same_contract(texts, words):
    assume(all(clean(t) for t in texts))
    rec = {"cluster_id": "p", "max_words": words,
           "single_documents": [{"title": "", "anchor_text": "", "raw_text": t} for t in texts]}
    row = process_record(rec, Options())
    cluster = build_cluster(as_articles(texts))
    assert sum(len(syllables(s["text"])) for s in row["sentences"]) <= words
    for s in row["sentences"]:
        assert as_extracted(s["text"], cluster.sentence(SourceRef(**s["sources"][0])).text)
        for src in s["sources"]:
            cluster.sentence(SourceRef(**src))


@settings(max_examples=30, deadline=None)
@given(parts=st.lists(st.sampled_from(SENTENCES + ("", "\n", "  ", "\u00a0")), min_size=1, max_size=8))
def test_clean_is_idempotent(parts):
    once = clean(" ".join(parts))
    assert clean(once) == once


@settings(max_examples=20, deadline=None)
@given(text=article)
def test_splitting_loses_no_syllable(text):
    cleaned = clean(text)
    assert [t for s in split_sentences(cleaned) for t in syllables(s)] == list(syllables(cleaned))
