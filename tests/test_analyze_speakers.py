"""Speakers across sentences (speakers.py): a pronoun speaker ("Ông tuyên bố …") shown with the person quoted just before
in the same article, and a quote after a sentence that only names its speaker."""

from __future__ import annotations

from analysis_support import speakers_at
from tomtat.analyze import analyze
from tomtat.analyze.attributions import attributions
from tomtat.analyze.models import Attribution, Source
from tomtat.analyze.speakers import continue_quotes, resolve_pronouns
from tomtat.models import Sentence
from tomtat.pipeline import to_cluster


def _a(speaker: str, doc: int, sentence: int) -> Attribution:
    return Attribution(speaker=speaker, claim="…", sources=[Source(doc=doc, sentence=sentence)])


def test_a_pronoun_takes_the_named_person_just_before():
    out = resolve_pronouns([_a("Bộ trưởng Nguyễn Văn An", 0, 1), _a("Ông", 0, 2), _a("ông ấy", 0, 4),
                            _a("Ông", 1, 3)])
    assert [a.speaker for a in out] == ["Bộ trưởng Nguyễn Văn An", "Ông (Bộ trưởng Nguyễn Văn An)",
                                        "ông ấy (Bộ trưởng Nguyễn Văn An)", "Ông"]  # another article: no one to refer to


def test_no_resolution_too_far_across_genders_or_to_an_organisation():
    assert resolve_pronouns([_a("Bà Trần Thị Hoa", 0, 0), _a("Ông", 0, 1)])[1].speaker == "Ông"
    assert resolve_pronouns([_a("Ông Lê Văn Tám", 0, 0), _a("Ông", 0, 5)])[1].speaker == "Ông"
    assert resolve_pronouns([_a("Bộ Y tế", 0, 0), _a("Ông", 0, 1)])[1].speaker == "Ông"
    assert resolve_pronouns([_a("Bà Trần Thị Hoa", 2, 0), _a("bà", 2, 1)])[1].speaker == "bà (Bà Trần Thị Hoa)"


def test_the_digest_resolves_an_invented_quote():
    text = ("Chiều 12/3, ông Nguyễn Văn Bình, Chủ tịch UBND xã Tân Hòa, cho biết 40 hộ dân đã được sơ tán. "
            "Ông khẳng định chính quyền sẽ hỗ trợ lương thực cho các hộ bị ảnh hưởng.")
    speakers = [a.speaker for a in analyze([text]).attributions]
    assert speakers[0].startswith("ông Nguyễn Văn Bình") or speakers[0].startswith("Nguyễn Văn Bình"), speakers
    assert speakers[1].startswith("Ông (") and "Nguyễn Văn Bình" in speakers[1], speakers


def test_a_document_pointed_back_at_is_shown_with_the_speaker_before_it():
    out = resolve_pronouns([_a("dự thảo báo cáo của OCHA", 0, 28), _a("Văn bản này", 0, 29), _a("văn bản này", 0, 30),
                            _a("Thông báo trên", 0, 40)])
    assert [a.speaker for a in out] == ["dự thảo báo cáo của OCHA", "Văn bản này (dự thảo báo cáo của OCHA)",
                                        "văn bản này (dự thảo báo cáo của OCHA)", "Thông báo trên"]  # too far back


def test_quote_after_a_sentence_that_only_names_its_speaker():
    found = speakers_at("Ông Lê Văn Hùng rất bức xúc khi nói về quả phạt đền. “Chúng tôi đã chịu sức ép trọng tài. "
                        "Tôi không hiểu vì sao.” Trận đấu kết thúc với tỷ số hòa.")
    assert found == [("Ông Lê Văn Hùng", 1), ("Ông Lê Văn Hùng", 2)]
    # no speaker named before the quote: nothing
    assert attributions(to_cluster(["Trận đấu diễn ra căng thẳng. “Chúng tôi đã chịu sức ép trọng tài.”"])) == []


def test_a_pronoun_stands_for_a_bare_full_name_but_not_for_a_country():
    # stop 20 (held-out-35 abmusu-validation-081): "Theo Luis Suarez, …" then "Anh nói với Telemundo: “…”"
    text = "Theo Luis Suarez, việc bị thẻ đỏ không có gì ầm ĩ. Anh nói với Telemundo: “Không có gì nghiêm trọng cả, ai cũng sai.”"
    assert [a.speaker for a in attributions(to_cluster([text]))] == ["Luis Suarez", "Anh (Luis Suarez)"]
    text = "Hàn Quốc cho biết sẽ đáp trả. Ông nói thêm rằng sẽ không nhượng bộ."
    assert [a.speaker for a in attributions(to_cluster([text]))] == ["Hàn Quốc", "Ông"]


def test_a_lone_straight_mark_after_the_last_word_opens_no_quote_in_round_49():
    # the source closes a quote it never opened ("… 1 lần"."): the sentences after it are no one's words; with more marks one of
    # them opened a quote, which runs on
    def run(texts):
        sentences = [Sentence(article_index=0, position=i, text=t, syllables=tuple(t.lower().split()), in_lead=False)
                     for i, t in enumerate(texts)]
        said = {(0, 1): Attribution(speaker="Bạn đọc Quyên", claim="…", sources=[Source(doc=0, sentence=1)])}
        return sorted(continue_quotes(sentences, said))
    assert run(["Mức trừ là quá nặng.", 'Theo bạn đọc Quyên, nhiều người muốn rút BHXH 1 lần".', "Số năm hưởng là rất ít."]) \
        == [(0, 1)]
    assert run(["Mức trừ là quá nặng.", 'Bạn đọc Quyên nói: "Rút "một lần" là thiệt.', "Số năm hưởng là rất ít."]) == [(0, 1), (0, 2)]


def test_straight_marks_read_by_their_shape_in_round_52():
    # a mark after a word closes nothing when no quote is open, so the next sentence's mark after a comma opens one
    found = speakers_at('Đây là mối liên hệ giữa "sân sau" và nhóm lợi ích" một cách tinh vi. '
                        'Trung tướng Tô Ân Xô khẳng định, tất cả bị can đều vi phạm, "nhiều người trong số họ là cán bộ. '
                        'Họ đã lợi dụng chính sách để trục lợi". Trời mưa to.')
    assert found == [("Trung tướng Tô Ân Xô", 1), ("Trung tướng Tô Ân Xô", 2)]
    # a new quote after a colon ends the one left open before it: the words after are the new speaker's
    found = speakers_at('Một bạn đọc tên Vinh bày tỏ: "Cách tính lương hưu là bất bình đẳng. '
                        'Một bạn đọc tên Hải nhận xét: "Tôi thấy bài báo rất chuẩn. '
                        'Nhà nước cần xem lại độ tuổi nghỉ hưu của công nhân". Hài hòa lợi ích')
    assert found == [
        ("Một bạn đọc tên Vinh", 0), ("Một bạn đọc tên Hải", 1), ("Một bạn đọc tên Hải", 2)]


def test_a_quote_closed_but_never_opened_goes_on_with_the_speaker_before_in_round_52():
    found = speakers_at("Ông Zinberg nhấn mạnh: “Nga có truyền thống tránh đối đầu hai mặt trận”. "
                        "Theo ông, Moskva sẽ tiếp tục ủng hộ Triều Tiên bằng lời nói. "
                        "Nhưng họ sẽ không thể trợ giúp nếu nước này làm quá”. Trời mưa.")
    assert found == [
        ("Ông Zinberg", 0), ("ông (Ông Zinberg)", 1), ("ông (Ông Zinberg)", 2)]
    # no speaker just before: nothing
    assert attributions(to_cluster(["Trời mưa to cả ngày. Nhưng họ sẽ không thể trợ giúp nếu nước này làm quá”."])) == []


def test_words_left_unmarked_after_a_colon_until_a_closing_mark_in_round_53():
    found = speakers_at("GS.TS Nguyễn Thị Lang xúc động nói: Là đứa con của vùng quê nghèo, tôi luôn cố gắng. "
                        "Chỉ ngần ấy thôi đã cho tôi lòng tự hào trong hoạt động khoa học. "
                        "Tôi rất vinh dự được nhận giải thưởng cao quý này”. Buổi lễ kết thúc lúc 11 giờ.")
    assert found == [
        ("GS.TS Nguyễn Thị Lang", 0), ("GS.TS Nguyễn Thị Lang", 1), ("GS.TS Nguyễn Thị Lang", 2)]
    # no closing mark: the colon's sentence only
    found = speakers_at("Ông A cho biết: Tình hình đã ổn định. Trời mưa to cả ngày hôm qua. Giá xăng tăng mạnh.")
    assert found == [("Ông A", 0)]
