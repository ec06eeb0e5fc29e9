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
