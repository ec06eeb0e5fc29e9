"""split: Vietnamese sentence splitting (abbreviations, numbers, quotes), syllables, words, positions."""

from __future__ import annotations

import pytest

from builders import POOL
from tomtat.models import Article
from tomtat.split import (MAX_SENTENCE_CHARS, _repair, build_cluster, quote_continuations, sentences_of, split_sentences,
                          syllables, words)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Đoàn đến TP.HCM hôm 6/1. Tại đây, đoàn gặp 2.500 người.",
         ["Đoàn đến TP.HCM hôm 6/1.", "Tại đây, đoàn gặp 2.500 người."]),
        ("Hội nghị họp ở St.Petersburg. Không ai đoán trước được.",
         ["Hội nghị họp ở St.Petersburg.", "Không ai đoán trước được."]),
        ("Giá tăng 3,5% so với tháng trước. Tổng chi 1.234,5 tỷ đồng.",
         ["Giá tăng 3,5% so với tháng trước.", "Tổng chi 1.234,5 tỷ đồng."]),
        ("“Chúng tôi sẽ về sớm”, bà Lan nói. Sau đó bà rời đi.",
         ["“Chúng tôi sẽ về sớm”, bà Lan nói.", "Sau đó bà rời đi."]),
        # a closing quote stays with its sentence
        ("Ông nói: “Đây là tai nạn. Không ai cố ý.” Mọi người im lặng.",
         ["Ông nói: “Đây là tai nạn.", "Không ai cố ý.”", "Mọi người im lặng."]),
        ('Hãng viết: "Production is suspended." Nhà máy đóng cửa.',
         ['Hãng viết: "Production is suspended."', "Nhà máy đóng cửa."]),
        # an opening straight quote is not mistaken for a closing one
        ('Đoàn đến nơi. "Chúng tôi sẽ ở lại", ông nói.', ["Đoàn đến nơi.", '"Chúng tôi sẽ ở lại", ông nói.']),
        # a straight closing mark left alone after a quote of several sentences closes it (round 49: it was dropped); a mark
        # before words stays with them, though an earlier quote of the paragraph was never closed
        ('Ông hét lên: "Làm ơn! Anh hãy sống sót quay về nhé!". Ca mổ kéo dài.',
         ['Ông hét lên: "Làm ơn!', 'Anh hãy sống sót quay về nhé!"', "Ca mổ kéo dài."]),
        ('"Tôi nghĩ mình không làm được, anh chia sẻ. Anh vẫn lo lắng. "Thực sự tôi rất lo", anh nói.',
         ['"Tôi nghĩ mình không làm được, anh chia sẻ.', "Anh vẫn lo lắng.", '"Thực sự tôi rất lo", anh nói.']),
        # title abbreviations do not end a sentence
        ("PGS.TS. Trần Văn Bình cho biết như vậy. Bà đồng ý.",
         ["PGS.TS. Trần Văn Bình cho biết như vậy.", "Bà đồng ý."]),
        ("Theo TS. Lê Hoa, thiệt hại lớn. Ông đến Nga. Sau đó ông về.",
         ["Theo TS. Lê Hoa, thiệt hại lớn.", "Ông đến Nga.", "Sau đó ông về."]),
        # paragraphs always end sentences; lines of punctuation only are dropped
        ("Dòng một không có dấu chấm\nDòng hai.\n***\n", ["Dòng một không có dấu chấm", "Dòng hai."]),
    ],
)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_text_without_any_boundary_is_cut_into_bounded_pieces():
    text = " ".join(["một đoạn văn rất dài không có dấu câu nào"] * 200)
    pieces = split_sentences(text)
    assert len(pieces) > 1
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert " ".join(pieces).split() == text.split()  # nothing lost


def test_syllables_are_lowercase_word_tokens():
    assert syllables("Ngày 12/3, TP.HCM có 2.500 người!") == ("ngày", "12", "3", "tp", "hcm", "có", "2", "500", "người")


def test_words_join_syllables_of_one_word():
    result = words("Công an tỉnh Bình Lâm đã điều tra vụ cháy.")
    assert "công_an" in result and "điều_tra" in result
    assert all(w == w.lower() for w in result) and "." not in result


def test_mixed_vietnamese_and_english():
    result = words("Công ty thông báo production is suspended tại nhà máy.")
    assert "production" in result and "nhà_máy" in result


def test_positions_count_lead_first_then_body():
    article = Article(index=3, lead=POOL[0], text=f"{POOL[1]} {POOL[2]}")
    sentences = sentences_of(article)
    assert [(s.article_index, s.position, s.in_lead) for s in sentences] == [(3, 0, True), (3, 1, False), (3, 2, False)]
    assert sentences[1].text == POOL[1]
    assert sentences[1].length == len(syllables(POOL[1]))


def test_build_cluster_keeps_every_article_and_sentence():
    articles = [Article(index=i, text=" ".join(POOL[i:i + 3])) for i in range(3)]
    cluster = build_cluster(articles, cluster_id="k")
    assert cluster.id == "k" and len(cluster.articles) == 3
    assert [len(cluster.sentences_of(i)) for i in range(3)] == [3, 3, 3]
    assert cluster.sentence(cluster.sentences[4].ref) is cluster.sentences[4]


def test_sentence_words_are_segmented_only_when_asked_for(monkeypatch):
    import tomtat.split

    calls = []
    monkeypatch.setattr(tomtat.split, "words", lambda text: calls.append(text) or words(text))
    [sentence] = sentences_of(Article(index=0, text="Công an tỉnh Bình Lâm đã điều tra vụ cháy."))
    assert calls == []  # splitting segments nothing
    assert "công_an" in sentence.words
    assert calls == [sentence.text]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (["Ông nói: “Đây là tai nạn.", "Không ai cố ý.”", "Mọi người im lặng."], [False, True, False]),
        (["“Chúng tôi sẽ về sớm”, bà Lan nói.", "Sau đó bà rời đi."], [False, False]),
        (['Hãng viết: "Sản xuất tạm dừng.', 'Công nhân nghỉ."', "Nhà máy đóng cửa."], [False, True, False]),
        (["Bà kể: “Mưa suốt đêm.", "Nước lên nhanh.", "Cả nhà chạy lên gác.”"], [False, True, True]),
    ],
)
def test_quote_continuations(paragraph, expected):
    assert quote_continuations(paragraph) == expected


def test_a_quotation_does_not_run_past_its_paragraph():
    article = Article(0, "Ông nói: “Đây là tai nạn.\nMọi người im lặng. Không ai lên tiếng.")
    flags = [s.continues_quote for s in sentences_of(article)]
    assert flags == [False, False, False]


def test_sentences_carry_their_quote_flag():
    article = Article(0, "Ông nói: “Đây là tai nạn. Không ai cố ý.” Mọi người im lặng.")
    assert [s.continues_quote for s in sentences_of(article)] == [False, True, False]


def test_a_dot_inside_a_site_name_does_not_end_a_sentence():
    text = "Chuyên gia của Avia.pro cho rằng giá sẽ tăng. Theo dichvucong.gov.vn, hồ sơ nộp trực tuyến."
    assert split_sentences(text) == ["Chuyên gia của Avia.pro cho rằng giá sẽ tăng.",
                                     "Theo dichvucong.gov.vn, hồ sơ nộp trực tuyến."]
    text = "Nhật Bản phát hiện biến thể phụ BA.5 của Omicron. Cô giữ vị trí No.1 trên bảng xếp hạng."
    assert split_sentences(text) == ["Nhật Bản phát hiện biến thể phụ BA.5 của Omicron.",
                                     "Cô giữ vị trí No.1 trên bảng xếp hạng."]


def test_the_placeholder_for_held_dots_is_never_left_in_the_text():
    text = "Mục \u2024 một. Trang Avia.pro đưa tin."
    assert "".join(split_sentences(text)).replace(" ", "") == text.replace(" ", "")


def test_et_cetera_ends_a_sentence_before_a_capital():
    text = "Họ bán gạo, cà phê, v.v. Giá đều tăng. Các mặt hàng gạo, cà phê v.v. đều tăng giá."
    assert split_sentences(text) == ["Họ bán gạo, cà phê, v.v.", "Giá đều tăng.", "Các mặt hàng gạo, cà phê v.v. đều tăng giá."]


def test_a_person_named_by_initials_is_not_cut_at_their_dots():
    assert split_sentences("Sau cú va chạm, anh Đ. tử vong tại chỗ. Công an đang điều tra.") == [
        "Sau cú va chạm, anh Đ. tử vong tại chỗ.", "Công an đang điều tra."]
    assert split_sentences("Nạn nhân là ông D.V. T. (SN 1975) và chị Đ. T. T. H. (SN 1989). Cả hai đều ở trọ.") == [
        "Nạn nhân là ông D.V. T. (SN 1975) và chị Đ. T. T. H. (SN 1989).", "Cả hai đều ở trọ."]
    # A capital after a lone letter still opens a sentence; a lone letter in lower case does not end one.
    assert _repair(["Đội bóng xếp sau đội B.", "Sau đó họ nghỉ."]) == ["Đội bóng xếp sau đội B.", "Sau đó họ nghỉ."]
    assert _repair(["Giá tăng 5 lần so với năm ngoái.", "(Ảnh: TTXVN)"]) == [
        "Giá tăng 5 lần so với năm ngoái.", "(Ảnh: TTXVN)"]


def test_a_caption_glued_before_a_capitalised_connector_is_its_own_sentence():
    assert split_sentences("Máy bay FA-50 giúp Philippines tăng khả năng phòng thủ Trước đó, ngày 18-10, hai bên đã "
                           "ký biên bản ghi nhớ.") == ["Máy bay FA-50 giúp Philippines tăng khả năng phòng thủ",
                                                      "Trước đó, ngày 18-10, hai bên đã ký biên bản ghi nhớ."]
    # In lower case, or after a stop, the connector cuts nothing more.
    assert split_sentences("Anh ấy đã đến đó trước đó một ngày.") == ["Anh ấy đã đến đó trước đó một ngày."]
