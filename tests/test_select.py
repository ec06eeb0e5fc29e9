"""Selection within the budget: never over, no near-duplicates, no fragments, ties by content."""

from __future__ import annotations

import numpy as np
from hypothesis import given, strategies as st

from tomtat.models import Article, Cluster, Sentence
from tomtat.options import Options
from tomtat.select import MIN_SENTENCE_SYLLABLES, ranking, select_within_budget


def sent(article, position, text):
    toks = tuple(text.lower().replace(".", "").split())
    return Sentence(article, position, text, toks)


TEXTS = [
    "Cơn bão số 7 đã đổ bộ vào tỉnh Hải Lâm chiều ngày 5/9.",
    "Cơn bão số 7 đã đổ bộ vào tỉnh Hải Lâm chiều ngày 5/9 với sức gió cấp 11.",
    "Gần 3.000 hộ dân ven biển được sơ tán đến nơi an toàn.",
    "Ảnh: Minh Anh.",
    "Các trường học cho học sinh nghỉ hai ngày để bảo đảm an toàn.",
]


def cluster():
    sentences = tuple(sent(i % 2, i // 2, t) for i, t in enumerate(TEXTS))
    return Cluster((Article(0, "a"), Article(1, "b")), sentences)


def test_redundant_sentence_is_skipped():
    chosen = select_within_budget(cluster(), [5, 4, 3, 2, 1], Options(words=200))
    texts = [s.text for s in chosen]
    assert TEXTS[0] in texts and TEXTS[1] not in texts  # the second repeats the first


def test_fragments_are_never_chosen():
    chosen = select_within_budget(cluster(), [0, 0, 0, 9, 0], Options(words=200))
    assert all(s.length >= MIN_SENTENCE_SYLLABLES for s in chosen)
    assert TEXTS[3] not in [s.text for s in chosen]


def test_a_shorter_sentence_fills_the_budget_when_a_better_one_does_not_fit():
    c = cluster()
    chosen = select_within_budget(c, [5, 9, 3, 0, 1], Options(words=c.sentences[0].length + 1))
    assert [s.text for s in chosen] == [TEXTS[0]]


@given(st.lists(st.floats(-5, 5), min_size=5, max_size=5), st.integers(1, 80), st.floats(0, 1))
def test_budget_is_never_exceeded(scores, words, redundancy):
    chosen = select_within_budget(cluster(), scores, Options(words=words, redundancy=redundancy))
    assert sum(s.length for s in chosen) <= words


def test_ties_are_broken_by_text_not_by_index():
    c = cluster()
    order = ranking(c, np.zeros(5))
    assert [c.sentences[i].text for i in order] == sorted(TEXTS)


def _quoting_cluster(*, all_quoted: bool = False):
    texts = [
        "Một chuyên gia kinh tế nhận định: “Giá xăng sẽ còn tăng trong quý tới.",
        "Rõ ràng là nguồn cung đang thiếu hụt trên toàn thế giới.”",
        "Bộ Công Thương điều chỉnh giá xăng từ 15 giờ chiều nay.",
    ]
    sentences = [sent(0, i, t) for i, t in enumerate(texts)]
    flags = [False, True, False] if not all_quoted else [True, True, True]
    sentences = [Sentence(s.article_index, s.position, s.text, s.syllables, continues_quote=f)
                 for s, f in zip(sentences, flags)]
    return Cluster((Article(0, "a"),), tuple(sentences))


def test_a_quotation_cut_from_its_speaker_is_not_chosen():
    chosen = select_within_budget(_quoting_cluster(), [1, 9, 2], Options(words=200))
    assert "Rõ ràng là nguồn cung đang thiếu hụt trên toàn thế giới.”" not in [s.text for s in chosen]
    assert len(chosen) == 2


def test_quoted_sentences_are_chosen_when_nothing_else_can_be():
    chosen = select_within_budget(_quoting_cluster(all_quoted=True), [1, 9, 2], Options(words=200))
    assert chosen and chosen[0].position == 1


def test_a_sentence_opening_with_a_pronoun_needs_the_sentence_that_names_the_person():
    texts = ["Bộ trưởng Nguyễn Văn An đến thăm tỉnh Hải Lâm sáng nay.",
             "Ông cho biết nhà máy mới sẽ hoạt động từ tháng sau.",
             "Tỉnh có gần 3.000 hộ dân sống ven biển và nhiều khu công nghiệp."]
    one = Cluster((Article(0, "a"),), tuple(sent(0, i, t) for i, t in enumerate(texts)))
    alone = select_within_budget(one, [1, 9, 5], Options(words=25))  # room for two sentences
    assert [s.position for s in alone] == [2]
    together = select_within_budget(one, [8, 9, 5], Options(words=25))
    assert [s.position for s in together] == [0, 1]


def test_a_question_is_not_chosen():
    texts = ["Tại sao giá xăng lại tăng mạnh như vậy trong tuần này?",
             "Bộ Công Thương điều chỉnh giá xăng từ 15 giờ chiều nay."]
    one = Cluster((Article(0, "a"),), tuple(sent(0, i, t) for i, t in enumerate(texts)))
    assert [s.position for s in select_within_budget(one, [9, 1], Options(words=200))] == [1]
