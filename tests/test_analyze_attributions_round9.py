"""Attributions and unconfirmed cues: ninth-round constructions (held-out-4 conventions, general usage); invented sentences."""

from __future__ import annotations

from tomtat.analyze.attributions import attributions
from tomtat.analyze.unconfirmed import unconfirmed
from tomtat.pipeline import to_cluster


def speakers(text: str) -> list[str]:
    return [a.speaker for a in attributions(to_cluster([text]))]


def cues(text: str) -> list[str]:
    return [u.cue.lower() for u in unconfirmed(to_cluster([text]))]


def test_a_degree_or_an_amount_that_is_said_to_be():
    assert cues("Giá chuyển nhượng tiền vệ này được cho lên đến 40 triệu bảng.") == ["được cho"]
    assert cues("Mẫu tên lửa mới được cho còn mạnh hơn mẫu cũ.") == ["được cho"]
    # something given or allowed is no doubt
    assert cues("Hai bệnh nhân đã được cho về nhà theo dõi sức khỏe.") == []


def test_a_risk_of_suffering():
    assert cues("Nhiều hộ dân đứng trước nguy cơ bị cắt điện trong mùa khô.") == ["nguy cơ"]
    assert cues("Theo kết quả kiểm tra, công trình không có nguy cơ bị sạt lở.") == []


def test_a_rhetorical_question_of_doubt():
    assert cues("Thị trường bất động sản có thật đang hồi phục?") == ["có thật"]
    assert cues("Câu chuyện này là có thật và đã được kiểm chứng.") == []


def test_a_capacity_required_is_no_doubt():
    assert cues("Lực lượng cứu hộ cần phải có khả năng đối phó với lũ lớn.") == []
    assert cues("Cơn bão có khả năng mạnh thêm khi vào gần bờ.") == ["có khả năng"]


def test_a_manner_adverb_before_the_verb_after_a_long_opener():
    text = ("Phát biểu tại buổi làm việc với lãnh đạo tỉnh về tình hình kinh tế, kết quả thu ngân sách, "
            "Bộ trưởng đặc biệt nhấn mạnh yêu cầu cắt giảm thủ tục hành chính.")
    assert speakers(text) == ["Bộ trưởng"]


def test_a_promise_and_a_view_reiterated():
    assert speakers("Đại tá Lê Văn Hùng hứa sẽ cùng tập thể đơn vị hoàn thành mọi nhiệm vụ được giao.") == ["Đại tá Lê Văn Hùng"]
    assert speakers("Ông Trần Quốc Bảo nhắc lại quan điểm của bộ về việc tăng giá điện.") == ["Ông Trần Quốc Bảo"]
    # things that are "promising", what was promised as an object, a booster dose: no one speaks
    assert speakers("Trận chung kết hứa hẹn sẽ rất hấp dẫn.") == []
    assert speakers("Ông Hải muốn làm những gì đã hứa khi nhận chức với cử tri trong huyện.") == []
    assert speakers("Người dân cần tiêm mũi nhắc lại để tăng miễn dịch.") == []


def test_a_report_sent_on_a_matter_but_not_a_reply_named_by_its_topic():
    assert speakers("Sở Tài chính vừa có báo cáo gửi UBND tỉnh về kết quả thu phí cảng biển năm qua.") == ["Sở Tài chính"]
    assert speakers("Chính quyền địa phương chưa có báo cáo nào về thiệt hại do bão.") == []
    assert speakers("Bộ Công Thương vừa có văn bản trả lời doanh nghiệp liên quan đến kiến nghị giảm thuế.") == []


def test_a_rule_with_the_body_that_made_it():
    assert speakers("Theo quy định của Bộ Y tế, bệnh viện không được thu thêm phí ngoài bảng giá.") == ["Bộ Y tế"]
    assert speakers("Theo quy định của pháp luật, người vi phạm sẽ bị phạt tiền.") == []


def test_a_decision_read_out_with_what_it_decides():
    text = ("Tại buổi lễ, Thiếu tướng Trần Văn An, Giám đốc Công an tỉnh công bố và trao Quyết định số 12/QĐ do Bộ trưởng "
            "ký ngày 1/8, bổ nhiệm ông Lê Văn Dũng giữ chức Phó Giám đốc.")
    assert speakers(text) == ["Thiếu tướng Trần Văn An"]


def test_a_directive_is_no_report():
    assert speakers("Hội nghị được tổ chức định kỳ hàng tháng, theo chỉ đạo của Bộ trưởng Bộ Công Thương Trần Văn Nam.") == []
    assert speakers("Theo chỉ đạo của Chính phủ, các địa phương đang đẩy nhanh tiến độ giải phóng mặt bằng.") == []


def test_praise_with_nothing_praised_is_no_report():
    assert speakers("Trong buổi giao lưu, Hoa hậu Lan Anh hát tiếng Anh khiến khán giả khen ngợi.") == []


def test_a_post_of_photos_is_no_report():
    assert speakers("Mới đây, ca sĩ Minh Thư đã chia sẻ trên trang cá nhân loạt ảnh mới chụp ở Đà Lạt.") == []
    assert speakers("Ca sĩ Minh Thư chia sẻ trên trang cá nhân rằng cô sắp ra album mới.") == ["Ca sĩ Minh Thư"]


def test_critics_praise():
    assert speakers("Bộ phim mới ra rạp đã thu hút đông khán giả và được giới phê bình đánh giá cao.") == ["giới phê bình"]
    assert speakers("Giới phê bình đánh giá cao diễn xuất của nam chính trong phim.") == ["Giới phê bình"]


def test_a_statement_or_a_warning_put_out():
    assert speakers("Hôm qua, ông Trần Văn Minh, Giám đốc công ty, đã đưa ra một thông báo bất ngờ: công ty sẽ đóng cửa hai nhà máy.") == \
        ["ông Trần Văn Minh"]
    assert speakers("Tuần này, Quỹ Tiền tệ Quốc tế ra cảnh báo về khả năng kinh tế thế giới suy thoái trong năm tới.") == \
        ["Quỹ Tiền tệ Quốc tế"]
    # a notice named by its topic says nothing yet
    assert speakers("Cục Thuế đã ra thông báo về thời hạn nộp tiền sử dụng đất.") == []
