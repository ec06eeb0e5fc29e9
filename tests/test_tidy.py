"""Opening connectives that point at a sentence left out of the summary are dropped."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from tomtat.models import SourceRef, SummarySentence
from tomtat.tidy import drop_dangling_connective, needs_antecedent, tidy


def _s(text: str, doc: int, sentence: int) -> SummarySentence:
    return SummarySentence(text=text, origin=SourceRef(doc, sentence))


def test_a_connective_is_dropped_and_the_next_letter_capitalised():
    assert drop_dangling_connective("Tuy nhiên, giá xăng vẫn tăng.") == "Giá xăng vẫn tăng."
    assert drop_dangling_connective("Bên cạnh đó , đơn vị đã sơ tán 120 người.") == "Đơn vị đã sơ tán 120 người."
    assert drop_dangling_connective("Theo đó, ông Minh sẽ nhận nhiệm vụ mới.") == "Ông Minh sẽ nhận nhiệm vụ mới."


def test_connectives_that_carry_information_or_no_comma_are_kept():
    for text in ("Trước đó, chợ đã cháy một lần.", "Trong đó, 5 người bị thương.", "Sau đó, mưa tạnh.",
                 "Tuy nhiên giá vẫn tăng.", "Tuy nhiên,", "Theo đoàn kiểm tra, giá vẫn tăng."):
        assert drop_dangling_connective(text) == text


def test_a_sentence_that_follows_its_own_predecessor_keeps_its_connective():
    summary = [_s("Giá xăng giảm 500 đồng.", 0, 3), _s("Tuy nhiên, giá dầu tăng.", 0, 4),
               _s("Tuy nhiên, tiểu thương vẫn lo.", 1, 2), _s("Vì vậy, chợ đóng cửa sớm.", 0, 7)]
    out = tidy(summary)
    assert [s.text for s in out] == ["Giá xăng giảm 500 đồng.", "Tuy nhiên, giá dầu tăng.",
                                     "Tiểu thương vẫn lo.", "Chợ đóng cửa sớm."]
    assert [s.origin for s in out] == [s.origin for s in summary]  # provenance untouched


@given(st.text(min_size=0, max_size=60))
def test_dropping_never_lengthens_and_keeps_the_tail(text):
    out = drop_dangling_connective(text)
    assert len(out) <= len(text)
    assert out == text or text.lower().endswith(out[1:].lower())


@pytest.mark.parametrize("text, expected", [
    ("Ông tuyên bố đây là sự hiện diện có thời hạn.", True),
    ("Họ sẽ tập trung cùng đội tuyển vào tuần sau.", True),
    ("Anh ấy sẽ làm việc cho một trang web lớn.", True),
    ("Ông Nguyễn Văn An tuyên bố như vậy.", False),  # the word before a name
    ("Bà mẹ hai con chia sẻ câu chuyện của mình.", False),  # a kinship noun
    ("Cô giáo chủ nhiệm đã báo cho phụ huynh.", False),
    ("Anh và Pháp cùng ký thỏa thuận.", False),  # the country in a list
    ("Tổng thống tuyên bố như vậy.", False),
    ("Theo thông báo này, khoảng 120 công nhân đã rời nhà xưởng an toàn.", True),
    ("Tại cuộc họp trên, các bên thống nhất lùi thời hạn.", True),
    ("Theo thông báo của UBND tỉnh, 120 công nhân đã rời nhà xưởng.", False),
])
def test_needs_antecedent(text, expected):
    assert needs_antecedent(text) is expected
