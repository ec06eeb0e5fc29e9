"""Reading order: article order kept within an article, earlier positions first, ties by text."""

from __future__ import annotations

from hypothesis import given, strategies as st

from tomtat.models import Sentence
from tomtat.order import order_for_reading


def sent(article, position, text):
    return Sentence(article, position, text, (text,))


def test_earlier_positions_first_and_ties_by_text():
    chosen = [sent(1, 3, "d"), sent(0, 0, "b"), sent(2, 0, "a"), sent(0, 2, "c")]
    assert [s.text for s in order_for_reading(chosen)] == ["a", "b", "c", "d"]


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 20)), unique=True, max_size=12))
def test_sentences_of_one_article_keep_their_order(refs):
    ordered = order_for_reading([sent(a, p, f"s{a}-{p}") for a, p in refs])
    for article in {a for a, _ in refs}:
        positions = [s.position for s in ordered if s.article_index == article]
        assert positions == sorted(positions)


@given(st.permutations([sent(0, 1, "x"), sent(1, 1, "y"), sent(2, 0, "z")]))
def test_order_does_not_depend_on_input_order(chosen):
    assert [s.text for s in order_for_reading(list(chosen))] == ["z", "x", "y"]


def test_consecutive_sentences_of_an_article_stay_together():
    chosen = [sent(0, 4, "Ông tuyên bố đây là sự hiện diện có thời hạn."), sent(1, 3, "b"),
              sent(0, 3, "a Tổng thống phát biểu.")]
    assert [s.text for s in order_for_reading(chosen)] == [
        "a Tổng thống phát biểu.", "Ông tuyên bố đây là sự hiện diện có thời hạn.", "b"]


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 20)), unique=True, max_size=12))
def test_a_sentence_follows_its_predecessor_when_both_are_chosen(refs):
    ordered = order_for_reading([sent(a, p, f"s{a}-{p}") for a, p in refs])
    place = {(s.article_index, s.position): k for k, s in enumerate(ordered)}
    for (a, p), k in place.items():
        if (a, p - 1) in place:
            assert place[(a, p - 1)] == k - 1


def test_passages_at_one_position_follow_the_dates_they_give():
    chosen = [sent(0, 0, "Chiều ngày 12/3, tỉnh họp khẩn về vụ cháy."), sent(1, 0, "Ảnh hưởng tới đơn hàng xuất khẩu."),
              sent(2, 0, "Sáng ngày 12/3, xưởng dệt bốc cháy."), sent(3, 0, "Ngày 11/3, xưởng vừa nhận đơn hàng lớn.")]
    assert [s.article_index for s in order_for_reading(chosen)] == [3, 2, 0, 1]  # 11/3, morning, afternoon, undated
