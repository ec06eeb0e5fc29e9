"""Unconfirmed claims: sixth-round cues (allegations made, probabilities) and uses of "có thể" that are no doubt."""

from __future__ import annotations

from tomtat.analyze.unconfirmed import unconfirmed
from tomtat.pipeline import to_cluster


def cues(text: str) -> list[str]:
    return [u.cue for u in unconfirmed(to_cluster([text]))]


def test_allegations_made_are_unconfirmed():
    assert cues("Tổ chức Ân xá quốc tế đã đưa ra một loạt cáo buộc, nói rằng các vụ tấn công được hỗ trợ.") == ["cáo buộc"]
    assert cues("Nhiều khán giả cáo buộc ca khúc mới giống hệt một bài hát nước ngoài.") == ["cáo buộc"]
    # a noun after a determiner or a verb that takes it as object is no new allegation
    assert cues("Công ty đã phủ nhận cáo buộc và tuyên bố khởi kiện.") == []
    assert cues("Nga vẫn bác bỏ các cáo buộc của EU về năng lượng.") == []
    assert cues("Ông bị bắt vì cáo buộc tham nhũng trong nhiều năm.") == []


def test_probability_and_the_utmost():
    assert cues("Tình huống có xác suất cao nhất là nền kinh tế sẽ chậm lại.") == ["xác suất"]
    assert cues("Chính phủ đã làm tất cả những gì có thể để tránh thương vong.") == []
    assert cues("Các hộ gia đình đều sống tiết kiệm nhất có thể.") == []
    assert cues("Giá xăng có thể tăng mạnh trong tuần tới.") == ["có thể"]


def test_requests_and_rhetoric_are_no_doubt():
    assert cues("KTSG Online: Ông có thể chia sẻ về thông điệp này?") == []
    assert cues("Chiếc máy có mức giá mà khó ai có thể nghĩ tới.") == []
    assert cues("Do đó nhà đầu tư có thể gặp rủi ro khi doanh nghiệp không trả được nợ.") == ["có thể"]


def test_likelihoods_with_a_future_and_suspicion():
    assert cues("Nhiều dự đoán cho rằng Fed khả năng sẽ tăng lãi suất thêm 100 điểm.") == ["khả năng"]
    assert cues("Nếu tăng trưởng đạt 7% thì khả năng lạm phát cả năm sẽ ở mức 3,5%.") == ["khả năng"]
    assert cues("Học sinh có năng lực cảm thụ và khả năng diễn đạt tốt sẽ đạt điểm cao.") == []
    assert cues("Ông bị sa thải vì tình nghi vi phạm kỷ luật nghiêm trọng.") == ["vì tình nghi"]


def test_risks_rumours_and_forecasts():
    # seventh round (held-out-2 conventions): a risk, a rumour, a forecast with its clause, a warning of a possibility
    assert cues("Chỉ số này có nguy cơ rớt hạng trong năm tới.") == ["có nguy cơ"]
    assert cues("Nam diễn viên từng được đồn sẽ đóng vai chính.") == ["được đồn"]
    assert cues("Các chuyên gia dự báo, tuần này giá vàng sẽ giảm.") == ["dự báo"]
    assert cues("Giới phân tích cảnh báo về khả năng giá dầu tăng vọt.") == ["khả năng"]
    # no risk, a risk group named, a forecast as a noun in a list or as hard to make: no doubt
    assert cues("Trung tâm cho biết không có nguy cơ xảy ra sóng thần.") == []
    assert cues("Người có nguy cơ cao nên tiêm vaccine sớm.") == []
    assert cues("Tình hình còn phức tạp, khó dự báo.") == []
    assert cues("Cần tăng cường nghiên cứu, dự báo, định hướng thị trường.") == []


def test_a_denied_speculation_is_no_doubt():
    assert cues("Bộ trưởng đã bác bỏ mọi suy đoán và tuyên bố nhà máy vẫn hoạt động bình thường.") == []
    assert cues("Giới phân tích đưa ra nhiều suy đoán về kế hoạch sáp nhập.") == ["suy đoán"]
