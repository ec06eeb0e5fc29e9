"""Attributions and unconfirmed cues: eighth-round constructions (held-out-2/3 conventions, general usage); invented sentences."""

from __future__ import annotations

from tomtat.analyze.attributions import attributions
from tomtat.analyze.unconfirmed import unconfirmed
from tomtat.pipeline import to_cluster


def speakers(text: str) -> list[str]:
    return [a.speaker for a in attributions(to_cluster([text]))]


def cues(text: str) -> list[str]:
    return [u.cue.lower() for u in unconfirmed(to_cluster([text]))]


def test_a_body_announcing_an_act():
    assert speakers("Hôm qua, Sở Y tế đã công bố tạm dừng hoạt động của hai phòng khám tư nhân.") == ["Sở Y tế"]
    # announcing an object (a decision read out, an app launched) gives no content
    assert speakers("Chiều 5/3, Công an huyện công bố quyết định xử phạt đối với 12 người đua xe.") == []
    assert speakers("Ngày 1/6, Tổng cục Du lịch chính thức công bố ứng dụng du lịch mới.") == []


def test_a_notice_signed_or_a_document_that_states():
    assert speakers("Giám đốc Sở Giao thông vừa ký công văn thông báo điều chỉnh giờ cấm xe tải trong nội đô.") == \
        ["Giám đốc Sở Giao thông"]
    assert speakers("Nội dung trên được Ủy ban Chứng khoán nêu trong quyết định xử phạt công ty chứng khoán.") == \
        ["Ủy ban Chứng khoán"]
    # a document signed, without what it says, is no one's words
    assert speakers("Phó Thủ tướng vừa ký ban hành nghị quyết về phiên họp chuyên đề tháng 5.") == []


def test_a_conclusion_drawn_by_a_body():
    assert speakers("Ủy ban Kiểm tra Trung ương kết luận ban thường vụ huyện ủy đã vi phạm quy chế làm việc.") == \
        ["Ủy ban Kiểm tra Trung ương"]
    # "có kết luận điều tra" is a document made, not a conclusion stated (held-out README)
    assert speakers("Công an tỉnh vừa có kết luận điều tra vụ lừa đảo chiếm đoạt tài sản ở thị xã.") == []


def test_an_inquiry_as_the_source():
    assert speakers("Theo kết quả điều tra, nghi phạm đã theo dõi căn nhà từ nhiều ngày trước.") == ["kết quả điều tra"]
    assert speakers("Theo kết quả bốc thăm, đội tuyển nằm ở bảng A cùng chủ nhà.") == []


def test_an_admission_with_its_object():
    assert speakers("Tại hội nghị, lãnh đạo thành phố thẳng thắn nhìn nhận những hạn chế trong cải cách hành chính.") == \
        ["lãnh đạo thành phố"]
    assert speakers("Cách nhìn nhận của giới trẻ về hôn nhân đã thay đổi nhiều.") == []


def test_a_speculative_question_is_a_cue():
    assert cues("Sau ba trận thua liên tiếp, liệu đội bóng có trụ hạng được?") == ["liệu"]
    assert cues("Liệu giá vàng có tiếp tục tăng trong tuần tới?") == ["liệu"]
    # the noun "tài liệu/dữ liệu", a therapy, or a statement with no question
    assert cues("Tài liệu này có ghi rõ thời hạn nộp hồ sơ?") == []
    assert cues("Liệu pháp mới có hiệu quả với bệnh nhân?") == []
    assert cues("Dữ liệu có được lưu trên máy chủ trong nước.") == []


def test_a_titled_name_glued_to_an_opener():
    assert speakers("Tại hội nghị ông Trần Văn Bình, Giám đốc Sở Tài chính, cho biết ngân sách năm nay tăng 8%.") == \
        ["ông Trần Văn Bình"]


def test_a_quote_whose_speaker_was_asked():
    assert speakers("“Chúng tôi chưa nhận được hồ sơ nào”, bà Lan đáp khi được hỏi về tiến độ dự án ở khu đô thị mới phía tây.") \
        == ["bà Lan"]


def test_a_work_tells_what_it_is_about_and_does_not_speak():
    assert speakers("Bộ phim nói về cuộc đời của một nữ bác sĩ vùng cao.") == []
    assert speakers("Đạo diễn nói về bộ phim mới: “Đây là dự án tôi ấp ủ nhiều năm”.") == ["Đạo diễn"]


def test_an_analysis_voiced_by_a_person_or_a_source():
    assert speakers("Sau trận thua, giới chuyên gia liên tục phân tích về hàng thủ thiếu người của đội bóng.") == ["giới chuyên gia"]
    assert speakers("Ông Lê Văn Hòa phân tích, giá thép tăng do chi phí vận chuyển cao.") == ["Ông Lê Văn Hòa"]
    # a noun or a lab test, not an analysis voiced
    assert speakers("Bộ Giáo dục cũng công bố phân tích phổ điểm của từng môn thi.") == []
    assert speakers("Bệnh nhân được chỉ định làm xét nghiệm tổng phân tích tế bào máu.") == []


def test_a_verb_of_saying_with_its_clause_after_a_clause_word_or_adverbs():
    assert speakers("Tuy nhiên, Sở Tài chính hỏi ý kiến các bộ thì các bộ đều cho rằng nên giữ nguyên mức phí hiện hành.") == ["các bộ"]
    assert speakers("Dù chưa có kết quả nhưng các thành viên hội đồng đều cho rằng đó là điều bình thường.") == ["các thành viên hội đồng"]
    assert speakers("Ngoài ra, các cơ quan chức năng còn bảo đảm với người dân rằng nguồn nước đã an toàn trở lại.") == \
        ["các cơ quan chức năng"]
    # words not said yet, a reason, a question, a first person
    assert speakers("Tuy nhiên, những người phản đối sẽ lập luận rằng mức phí này còn quá cao.") == []
    assert speakers("Nhiều phụ huynh chủ quan vì cho rằng bệnh này dễ chữa và không nguy hiểm.") == []
    assert speakers("Liệu các chuyên gia có cho rằng giá sẽ còn tăng trong năm tới?") == []
    assert speakers("Thật lòng tôi nghĩ rằng đội bóng sẽ còn tiến xa ở giải năm nay.") == []


def test_a_capacity_is_no_doubt_but_a_likely_event_is():
    assert cues("Hệ thống tên lửa này có khả năng đánh chặn mục tiêu ở độ cao 30 km.") == []
    assert cues("Người làm thủ tục phải có tài khoản ngân hàng và có khả năng thanh toán trực tuyến.") == []
    assert cues("Ứng dụng mới sẽ giúp người dùng có khả năng tự tra cứu hồ sơ.") == []
    assert cues("Nhiều khu vực ven sông có khả năng ngập sâu trong đêm nay.") == ["có khả năng"]
    assert cues("Vùng áp thấp có khả năng mở rộng về phía đông trong vài ngày tới.") == ["có khả năng"]
