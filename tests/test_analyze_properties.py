"""Properties of the digest on arbitrary text: no crash, every source is a real sentence."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tomtat import InputError, UsageError
from tomtat.analyze import analyze, analyze_cluster
from tomtat.pipeline import to_cluster

ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáạảãếềểễệốồổỗộớờởỡợứừửữựAĐBCHKMNPTV0123456789 .,:;/-()“”%\n"
WORDS = ["ngày", "tháng", "năm", "hơn", "gần", "khoảng", "triệu", "nghìn", "người", "binh sĩ", "ông", "Tổ chức",
         "Bộ", "cho biết", "theo", "được cho là", "có thể", "số", "lúc", "h", "tỷ", "đồng", "(", ")", "CSTO"]
texts = st.lists(st.one_of(st.text(ALPHABET, min_size=1, max_size=12), st.sampled_from(WORDS)), min_size=1, max_size=40).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=1, max_size=3))
def test_any_text_gives_a_valid_digest(parts):
    try:
        cluster = to_cluster(parts)
    except (InputError, UsageError):
        assume(False)
    digest = analyze_cluster(cluster)
    real = {(s.article_index, s.position) for s in cluster.sentences}
    dumped = digest.model_dump(mode="json")
    for key in ("entities", "facts", "conflicts", "timeline", "attributions", "unconfirmed"):
        for item in dumped[key]:
            assert item["sources"], key
            assert all((s["doc"], s["sentence"]) in real for s in item["sources"]), key
    for fact in digest.facts:
        assert math.isfinite(fact.value) and fact.value >= 0
        assert 1 <= fact.independent_sources <= len(cluster.articles)
    assert sorted(d for g in digest.coverage.independent_sources for d in g) == list(range(len(cluster.articles)))


def test_one_string_is_a_usage_error_not_one_article_per_character():
    with pytest.raises(UsageError, match="list of articles"):
        analyze("Hôm 6/1, 3.000 binh sĩ tới Almaty.")
