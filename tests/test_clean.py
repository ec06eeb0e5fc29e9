"""clean: NFC, one tone-mark convention, scraper debris removed without eating real sentences.

Every string here is invented, in the shapes seen in ../shared/seeds and ../shared/data.
"""

from __future__ import annotations

import unicodedata

import pytest

from tomtat.clean import clean, normalise, normalise_tones, strip_debris


@pytest.mark.parametrize(
    "old, new",
    [("hoà", "hòa"), ("Hoà", "Hòa"), ("thuý", "thúy"), ("khoẻ", "khỏe"), ("toà án", "tòa án"), ("quý", "quý")],
)
def test_tone_marks_follow_one_convention(old, new):
    assert normalise_tones(old) == normalise_tones(new) == new


def test_nfc_and_combining_marks_compose():
    decomposed = unicodedata.normalize("NFD", "Thành phố Hồ Chí Minh, hoà bình")
    assert normalise(decomposed) == "Thành phố Hồ Chí Minh, hòa bình"


def test_english_words_are_left_alone():
    text = "Công ty viết: “Production is suspended until further notice.”"
    assert normalise(text) == text


def test_spaces_zero_width_and_line_endings():
    assert normalise("Một\u00a0 câu\u200b  ngắn.\r\nDòng\t hai.") == "Một câu ngắn.\nDòng hai."


def test_leading_date_stamp_is_removed():
    assert clean(" date 2021-11 Hàng trăm người đã tập trung tại quảng trường.") == (
        "Hàng trăm người đã tập trung tại quảng trường."
    )


def test_leading_source_tag_is_removed():
    assert clean("(Tintuc.vn) - 12 tàu cá đã cập cảng an toàn.") == "12 tàu cá đã cập cảng an toàn."


def test_dateline_line_is_removed():
    assert clean("Thứ sáu, 8/5/2026 09:15 (GMT+7)\nSáng 8/5, trời mưa lớn.") == "Sáng 8/5, trời mưa lớn."


@pytest.mark.parametrize(
    "raw, expected",
    [
        # credit glued to a video caption, no space after the full stop
        ("Đường phố đã yên tĩnh trở lại. Nguồn ảnh: XY.Video về đoàn xe quân sự do người dân quay lại.\n\nĐoạn sau.",
         "Đường phố đã yên tĩnh trở lại.\n\nĐoạn sau."),
        # credit, full stop, then a video caption
        ("Tin này chưa được xác nhận. Nguồn ảnh: Zalo. Video về đám cháy ở kho hàng.\n\nTiếp.",
         "Tin này chưa được xác nhận.\n\nTiếp."),
        # a credit with no colon closing a caption line: the sentence stays
        ("Giao thông đã được khôi phục sau trận lũ. Ảnh TL\nCâu kế tiếp.",
         "Giao thông đã được khôi phục sau trận lũ.\nCâu kế tiếp."),
        ("Nước sông dâng cao. Ảnh: Hoàng Lan Clip: Hoàng Lan\nTiếp theo.", "Nước sông dâng cao.\nTiếp theo."),
        ("Đoàn công tác làm việc tại xã. (Ảnh: BTC)", "Đoàn công tác làm việc tại xã."),
        ("Nhiều hộ dân bị ảnh hưởng. Ảnh minh họa\nSau đó.", "Nhiều hộ dân bị ảnh hưởng.\nSau đó."),
        # a caption fragment (no full stop) ending in a credit is dropped whole
        ("Hiện trường vụ tai nạn (Ảnh: Quang Minh)\nXe khách đã được kéo về bãi.", "Xe khách đã được kéo về bãi."),
    ],
)
def test_photo_credits_and_captions(raw, expected):
    assert clean(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        # credit glued to the next sentence: the sentence is kept whole
        ("Lễ khánh thành diễn ra sáng nay. Ảnh: Thu Hà Đây là cây cầu dài nhất tỉnh.",
         "Lễ khánh thành diễn ra sáng nay. Đây là cây cầu dài nhất tỉnh."),
        ("Cây đổ chắn ngang đường. Ảnh: Ngọc Lan Khoảng 6h sáng, lực lượng chức năng đã có mặt.",
         "Cây đổ chắn ngang đường. Khoảng 6h sáng, lực lượng chức năng đã có mặt."),
        # an initial ("T.Anh") is part of the name; the caption keeps a sentence boundary
        ("Người bị thương được đưa đi cấp cứu - Ảnh: T.Anh Chị Mai đang điều trị tại bệnh viện.",
         "Người bị thương được đưa đi cấp cứu. Chị Mai đang điều trị tại bệnh viện."),
        ("Chợ đã hết rau. Ảnh: ABC/Minh Đức Bà Hoa (quận 3) cho biết giá tăng gấp đôi.",
         "Chợ đã hết rau. Bà Hoa (quận 3) cho biết giá tăng gấp đôi."),
        # a short sentence glued to a credit is not taken for part of the credit
        ("Lễ khánh thành xong. Ảnh: Thu Hà Đây là cầu mới.", "Lễ khánh thành xong. Đây là cầu mới."),
        # a credit whose second word is lowercase, glued to a sentence
        ("Mưa đá rơi dày. Ảnh: Tri thức Hạt mưa to bằng quả táo.", "Mưa đá rơi dày. Hạt mưa to bằng quả táo."),
        ("Tàu đã cập cảng. Ảnh: Getty, Lan Anh.\nSau đó.", "Tàu đã cập cảng.\nSau đó."),
    ],
)
def test_glued_credits_do_not_eat_the_next_sentence(raw, expected):
    assert clean(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ảnh hưởng của đợt rét kéo dài đến hết tuần.",
        "Ông nói: Ảnh hưởng sẽ còn kéo dài.",
        "Nguồn tin cho biết: đoàn xe đã rời thành phố từ đêm qua.",
        "Video clip lan truyền trên mạng cho thấy nhiều người chen lấn.",
        "Theo nguồn tin riêng, hai bên đã đạt thỏa thuận.",
    ],
)
def test_real_sentences_with_the_same_words_are_kept(text):
    assert clean(text) == text


def test_strip_debris_is_idempotent():
    raw = "Xe cứu hỏa có mặt. Nguồn ảnh: AB.Video về đám cháy.\n\nMột câu thật sự dài hơn một chút."
    once = strip_debris(raw)
    assert strip_debris(once) == once
