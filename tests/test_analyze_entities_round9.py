"""Ninth-round entity rules (tomtat.analyze.entities): each answers misses seen in two annotation sets or follows
the annotation guideline; every sentence here is invented."""

from __future__ import annotations

from tomtat.analyze.entities import entities
from tomtat.pipeline import to_cluster


def _found(*texts: str) -> dict[str, str]:
    return {e.name: e.type for e in entities(to_cluster(list(texts)))}


def test_a_peninsula_and_a_strait_are_places_named_with_their_word():
    found = _found("Hai tàu khu trục vừa đi qua eo biển Đài Loan trong ngày 3/5.",
                   "Căng thẳng trên bán đảo Triều Tiên tiếp tục leo thang khi Triều Tiên phóng thử tên lửa.")
    assert found.get("eo biển Đài Loan") == "location"
    assert found.get("bán đảo Triều Tiên") == "location"
    assert found.get("Triều Tiên") == "location"  # the country, named alone, stays a place of its own


def test_a_delta_named_after_its_river_is_the_region():
    found = _found("Năm nay nông dân Đồng bằng sông Cửu Long thu hoạch lúa hè thu sớm hơn mọi năm.")
    assert found.get("Đồng bằng sông Cửu Long") == "location"
    assert "sông Cửu Long" not in found


def test_teams_beside_a_score_are_organisations_and_a_city_club_is_one_club():
    cluster = to_cluster(["Ở vòng 8, Thanh Hóa thua Đà Nẵng 1-2 trên sân Hòa Xuân.",
                          "CLB Đà Nẵng đang đứng thứ 4 trên bảng xếp hạng sau trận thắng này.",
                          "Ở giải hạng Tư nước Anh, trận Forest Green 3-1 Tranmere diễn ra tối qua."])
    found = {e.name: (e.type, e.aliases) for e in entities(cluster)}
    assert found.get("CLB Đà Nẵng") == ("organization", ["Đà Nẵng"])
    assert "Đà Nẵng" not in found
    assert found.get("Forest Green", (None,))[0] == "organization"  # two foreign words, else weakly a person


def test_a_date_written_with_a_hyphen_makes_no_team():
    found = _found("Hà Nội 27-8 đón đợt mưa lớn kéo dài nhiều giờ.")
    assert found.get("Hà Nội") == "location"


def test_a_vietnamese_name_followed_by_a_persons_act_is_a_person():
    found = _found("Trong đêm nhạc tối qua, Lan Khuê bật khóc khi nhắc về mẹ.",
                   "Lan Khuê đã chia sẻ trên trang cá nhân nhiều ảnh hậu trường.")
    assert found.get("Lan Khuê") == "person"
    assert _found("Thủ tướng nói Hội đồng Việt-Hoa Kỳ chia sẻ kinh nghiệm.").get("Việt-Hoa Kỳ") is None


def test_a_league_written_with_a_dot_is_a_contest():
    found = _found("Bình Định thắng trận thứ ba liên tiếp tại V.League và lên nhì bảng.")
    assert not any("League" in name for name in found)


def test_an_acronym_of_a_phrase_the_cluster_writes_in_lower_case_is_no_body():
    found = _found("Công ty chưa nộp Báo cáo tài chính (BCTC) năm 2021 cho Ủy ban Chứng khoán Nhà nước (UBCKNN).",
                   "Hạn chót nộp báo cáo tài chính là cuối tháng 3.")
    assert "BCTC" not in found
    assert found.get("Ủy ban Chứng khoán Nhà nước") == "organization"


def test_a_foreign_source_opening_a_sentence_with_theo_is_an_outlet():
    found = _found("Theo Pop Crave, giá vé máy bay mùa hè năm nay tăng mạnh.")
    assert found.get("Pop Crave") == "organization"
    found = _found("Theo Anna Berg, người phát ngôn của hãng, chuyến bay bị hoãn do thời tiết.")
    assert found.get("Anna Berg") == "person"


def test_a_bodys_acronym_and_its_place_in_capitals_is_the_body_not_a_headline():
    found = {e.name: (e.type, e.aliases) for e in entities(to_cluster([
        "Sở Tài chính vừa gửi UBND TP.HCM báo cáo về nguồn thu năm nay.",
        "Phương án sẽ được trình Ủy ban nhân dân TPHCM trong tháng tới."]))}
    assert found.get("Ủy ban nhân dân TPHCM", (None,))[0] == "organization"
    assert "UBND TP.HCM" in found["Ủy ban nhân dân TPHCM"][1]  # one body, its place written two ways
    assert not _found("CẢNH BÁO MƯA LỚN Ở NHIỀU NƠI trong đêm nay.")  # a headline stays none


def test_a_body_named_with_phong_comma_chong_keeps_its_whole_name():
    found = {e.name for e in entities(to_cluster(["Đội Kiểm soát phòng, chống ma túy vừa bắt giữ hai đối tượng.",
                                                  "Ban Chỉ đạo phòng, chống tham nhũng họp sáng nay."]))}
    assert "Đội Kiểm soát phòng, chống ma túy" in found
    assert "Ban Chỉ đạo phòng, chống tham nhũng" in found
    assert not any(name.endswith(" phòng") for name in found)
