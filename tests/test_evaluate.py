"""ROUGE on Vietnamese syllables: hand-computed values, diacritics, tone marks, budget, pairing."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, strategies as st

from tomtat.errors import InputError
from tomtat.evaluate import budget, evaluate_files, evaluate_records, lcs_length, rouge, tokens


def test_hand_computed_pair():
    # candidate: con mèo ngồi trên thảm (5 syllables); reference: con mèo nằm trên thảm (5)
    # ROUGE-1: shared con, mèo, trên, thảm = 4 → p = r = 4/5 = 0.8, f = 0.8
    # ROUGE-2: candidate bigrams {con mèo, mèo ngồi, ngồi trên, trên thảm}, reference
    #          {con mèo, mèo nằm, nằm trên, trên thảm}; shared 2 → p = r = 2/4 = 0.5
    # ROUGE-L: LCS = con mèo trên thảm = 4 → p = r = 0.8
    s = rouge("Con mèo ngồi trên thảm.", ["con mèo nằm trên thảm"])
    assert s["rouge1"]["f"] == pytest.approx(0.8)
    assert s["rouge2"]["f"] == pytest.approx(0.5)
    assert s["rougeL"]["f"] == pytest.approx(0.8)


def test_unequal_lengths_hand_computed():
    # candidate: hà nội mưa (3), reference: hôm nay hà nội mưa to (6)
    # ROUGE-1: 3 shared → p = 3/3 = 1, r = 3/6 = 0.5, f = 2·1·0.5/1.5 = 2/3
    # ROUGE-2: {hà nội, nội mưa} both in reference → p = 2/2, r = 2/5, f = 2·0.4/1.4 = 4/7
    s = rouge("Hà Nội mưa", ["Hôm nay Hà Nội mưa to"])
    assert s["rouge1"]["p"] == pytest.approx(1.0)
    assert s["rouge1"]["r"] == pytest.approx(0.5)
    assert s["rouge1"]["f"] == pytest.approx(2 / 3)
    assert s["rouge2"]["f"] == pytest.approx(4 / 7)


def test_diacritics_distinguish_syllables():
    # An ASCII-only tokenizer turns both "cá" and "cả" into "c" and would score 1.0.
    assert rouge("cá", ["cả"])["rouge1"]["f"] == 0.0
    # "Việt" is one syllable here (an ASCII tokenizer gives "vi", "t").
    assert tokens("Việt Nam") == ["việt", "nam"]
    assert rouge("người Việt", ["người Việt Nam"])["rouge1"]["r"] == pytest.approx(2 / 3)


def test_tone_mark_variants_and_nfd_match():
    old_style, new_style = "hoà bình, thuỷ lợi", "hòa bình, thủy lợi"
    assert rouge(old_style, [new_style])["rouge2"]["f"] == pytest.approx(1.0)
    nfd = unicodedata.normalize("NFD", "Thành phố Hồ Chí Minh")
    assert rouge(nfd, ["thành phố hồ chí minh"])["rougeL"]["f"] == pytest.approx(1.0)


def test_max_words_cuts_the_candidate():
    full = rouge("một hai ba bốn năm sáu", ["một hai ba"])
    cut = rouge("một hai ba bốn năm sáu", ["một hai ba"], max_words=3)
    assert full["rouge1"]["p"] == pytest.approx(0.5)
    assert cut["rouge1"]["f"] == pytest.approx(1.0)


def test_average_over_references():
    # against "anh bạn" R1 f = 1; against "chị dâu" f = 0 → mean 0.5
    assert rouge("anh bạn", ["anh bạn", "chị dâu"])["rouge1"]["f"] == pytest.approx(0.5)


def test_budget_is_mean_reference_length():
    assert budget(["một hai ba", "một hai ba bốn năm"]) == 4


def _dp_lcs(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            table[i + 1][j + 1] = table[i][j] + 1 if x == y else max(table[i][j + 1], table[i + 1][j])
    return table[-1][-1]


@given(st.lists(st.sampled_from("abcd"), max_size=30), st.lists(st.sampled_from("abcd"), max_size=30))
def test_bit_parallel_lcs_equals_dynamic_programming(a, b):
    assert lcs_length(a, b) == _dp_lcs(a, b)


def test_pairing_by_cluster_id_and_missing_prediction():
    golds = [{"cluster_id": "x", "summary": "mưa to ở Hà Nội"}, {"cluster_id": "y", "summaries": ["nắng", "nắng nóng"]}]
    preds = [{"cluster_id": "y", "summary": "nắng nóng"}, {"cluster_id": "x", "summary": "mưa to ở Hà Nội"}]
    out = evaluate_records(preds, golds)
    assert out["clusters"] == 2
    # x: 1.0; y: budget = round(1.5) = 2, against "nắng" R1 f = 2/3, against "nắng nóng" 1.0
    assert out["rouge1"]["f"] == pytest.approx((1.0 + (2 / 3 + 1.0) / 2) / 2)
    with pytest.raises(InputError, match="no prediction for cluster y"):
        evaluate_records(preds[1:], golds)


def test_pairing_by_order_without_ids():
    out = evaluate_records([{"summary": "a b"}], [{"summary": "a b"}])
    assert out["rouge2"]["f"] == pytest.approx(1.0)
    with pytest.raises(InputError, match="cluster 1"):
        evaluate_records([{"summary": "a"}], [{"summary": "a"}, {"summary": "b"}])


def test_evaluate_files(tmp_path):
    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    gold.write_text(json.dumps({"cluster_id": "c1", "summary": "con mèo nằm trên thảm"}, ensure_ascii=False) + "\n")
    pred.write_text(json.dumps({"cluster_id": "c1", "summary": "Con mèo ngồi trên thảm."}, ensure_ascii=False) + "\n")
    out = evaluate_files(pred, gold)
    assert set(out) >= {"rouge1", "rouge2", "rougeL", "clusters"}
    assert out["rouge2"]["f"] == pytest.approx(0.5)
    pred.write_text("{not json\n")
    with pytest.raises(InputError, match="pred.jsonl:1"):
        evaluate_files(pred, gold)
