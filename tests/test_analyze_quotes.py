"""Quotes and their speakers: mixed and single quote marks, the speaker after a closing quote or before a colon,
and a claim named as someone's view in the next sentence."""

from __future__ import annotations

from analysis_support import speakers
from tomtat.analyze.attributions import attributions
from tomtat.pipeline import to_cluster


def test_mixed_and_straight_quote_marks():
    assert speakers("Về phản ánh có tình trạng “cò\" làm hộ chiếu, Phó trưởng Phòng Tham mưu Công an tỉnh cho hay, "
                    "các đối tượng chỉ hoạt động bên ngoài.") == ["Phó trưởng Phòng Tham mưu Công an tỉnh"]
    assert speakers("Trước khẩu hiệu “làm nhanh\" dán khắp nơi, ông Trần Nam cho biết đã báo công an.") == ["ông Trần Nam"]
    # a verb inside a quote still open reports nothing
    assert speakers("Bà Lan nhắn: \"Tôi đã cho biết hết rồi và không nói thêm") == ["Bà Lan"]  # the quote is hers


def test_speaker_after_a_closing_quote_whatever_the_verb():
    assert speakers("“Phải phục hồi được du lịch quốc tế”, ông Phùng Quang Thắng phân tích.") == ["ông Phùng Quang Thắng"]
    assert speakers("“Người nào còn lại thì ra đường, đứng đầu gió” – ông Trần Tú tiếp.") == ["ông Trần Tú"]
    assert speakers("\"Chúng ta không thể mua bằng mọi giá\", vị đại diện nói.") == ["vị đại diện"]
    # quoted words inside a sentence, not one quote closed before its speaker
    assert speakers("Bị cáo còn xưng mình là \"nhân tài, tấm gương tốt\", \"các đệ tử đều rất giỏi\".") == []
    assert speakers("Mỗi đảng viên cần nêu cao ý thức “tự soi”, “tự sửa”, đề cao danh dự của đảng viên.") == []


def test_more_speech_verbs_after_a_quote():
    assert speakers("“Đây là thời điểm khó khăn nhất”, chị Lan, một tiểu thương ở chợ Bến Thành, than thở.") == ["chị Lan"]
    assert speakers("“Em biết em sai nhưng vì cuộc sống nên em phải chấp nhận” – tài xế Lê Văn Sơn phân trần.") == [
        "tài xế Lê Văn Sơn"]
    assert speakers("“Họ đã lừa dối chúng tôi”, anh Lê Văn Tú kể lại.") == ["anh Lê Văn Tú"]
    # "bình luận" as a noun
    assert speakers("Nhiều người đã vào phần bình luận để lại lời động viên người phụ nữ.") == []


def test_a_quote_whose_speaker_was_asked():
    assert speakers("“Chúng tôi chưa nhận được hồ sơ nào”, bà Lan đáp khi được hỏi về tiến độ dự án ở khu đô thị mới phía tây.") \
        == ["bà Lan"]


def test_speaker_and_a_short_predicate_before_a_colon_and_a_quote():
    assert speakers("Ông Lê Văn Tấn kể tiếp: “5 ngày trôi trên biển, chúng tôi thấy đèn điện sáng”.") == ["Ông Lê Văn Tấn"]
    assert speakers("Về phần mình, Torres tỏ ra khá bình thản trước chiến thắng: “Ghi bàn là điều cần phải làm”.") == ["Torres"]
    assert speakers("Ông NGUYỄN TRUNG HẢI, PGĐ HTX Thành Công: “Muốn hòa lưới Quốc gia khó, chúng tôi cũng muốn”.") == [
        "Ông NGUYỄN TRUNG HẢI"]
    # a question, a hearing, a lone common word: no speaker
    assert speakers("Nam Joo Hyuk hỏi Suzy: “Bạn đã ăn gì vậy?”") == []
    assert speakers("Tại Hội nghị, các đại biểu được nghe 4 chuyên đề: “Tiếp tục đổi mới chính sách đất đai”.") == []


def test_issued_statements_and_single_quotes():
    assert speakers("Hôm qua, văn phòng ông James Clapper đã đưa ra một tuyên bố bằng văn bản cho biết bài báo không chính xác.") == [
        "văn phòng ông James Clapper"]
    assert speakers("Tại hội nghị, Thứ trưởng Bộ Y tế Nguyễn Trường Sơn đã nêu ra mệnh lệnh: 'Luôn trong tâm thế chủ động'.") == [
        "Thứ trưởng Bộ Y tế Nguyễn Trường Sơn"]


def test_claim_before_that_is_the_view_of():
    found = attributions(to_cluster([
        "Lạm phát cả năm sẽ nằm trong tầm kiểm soát dù giá xăng tăng. Đây là nhận định về diễn biến của thị trường "
        "của ông Trần Văn Công, chuyên gia phân tích. Giá vàng giảm nhẹ."
    ]))
    assert [(a.speaker, a.sources[0].sentence) for a in found] == [("ông Trần Văn Công", 0), ("ông Trần Văn Công", 1)]


def test_a_quote_closed_before_a_role_and_a_name_and_a_quote_of_five_sentences():
    found = attributions(to_cluster([
        "Quân đội Ukraine khẳng định họ đã đẩy lui các lực lượng Nga. “Không còn lính Nga nào trên đảo Rắn nữa. "
        "Các lực lượng của chúng tôi đã làm một việc tuyệt vời”, Chánh văn phòng của Tổng thống Ukraine, "
        "ông Andriy Yermak viết trên Twitter."]))
    assert [a.speaker for a in found] == ["Quân đội Ukraine", "ông Andriy Yermak", "ông Andriy Yermak"]
    long_quote = attributions(to_cluster([
        "Hội thảo bàn về đột quỵ. \"Ở Việt Nam việc xử trí bệnh nhân còn khó khăn. Kiến thức của người dân còn hạn chế. "
        "Tỷ lệ di chứng chiếm tới 90%. Bệnh nhân thường tái phát. Người bệnh là gánh nặng cho gia đình\", "
        "ông Stephen Davis cho biết thêm."]))
    assert [a.speaker for a in long_quote] == ["ông Stephen Davis"] * 5


def test_a_quote_seen_to_close_runs_on_past_five_sentences_but_not_over_a_new_opening():
    answer = attributions(to_cluster([
        "Trận đấu kết thúc với tỉ số đậm. HLV Jurgen Klopp chia sẻ: “Rất tốt. Chúng tôi muốn thể hiện phản ứng. "
        "Hãy là chính mình. Chúng tôi chơi theo một cách cụ thể. Chúng tôi đã ghi những bàn thắng đẹp. "
        "Trận đấu ổn định. Đó là việc tiếp tục diễn ra. Các cầu thủ trẻ xứng đáng với điều đó. Mọi thứ đều hoàn hảo”. "
        "Đội bóng sẽ nghỉ một tuần."]))
    assert [a.speaker for a in answer] == ["HLV Jurgen Klopp"] * 9
    stray = attributions(to_cluster([
        "Nam diễn viên cho biết: \"Tôi ổn. Anh sống ở California. Anh thích chơi guitar. Anh làm gốm. "
        "Anh hay lái xe dọc bờ biển. Anh dậy sớm. Anh đọc sách. Anh nấu ăn. "
        "\"Có một câu nói tôi tâm đắc. Đó là lúc bạn trưởng thành nhất\", Pitt chia sẻ."]))
    # the mark opening a new quote shows the first one astray: it runs on five sentences only, as when never closed
    assert [a.speaker for a in stray] == ["Nam diễn viên"] * 6 + ["Pitt"]
