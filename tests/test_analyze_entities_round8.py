"""Entities, eighth-round rules (official.py): fields listed in a body's name, numbered names, unit acronyms,
chambers, a compass part of a foreign country, clubs and contests named after a place, common syllables."""

from __future__ import annotations

from tomtat.analyze.entities import entities
from tomtat.pipeline import to_cluster


def by_name(texts):
    return {e.name: e for e in entities(to_cluster(texts))}


def test_a_state_body_keeps_the_fields_its_name_lists_with_va_and_its_place():
    names = by_name(["Sáng nay, Sở Giao thông và Vận tải công cộng tỉnh Bắc Kạn tổ chức họp báo.",
                     "Bộ Văn hóa, Thể thao và Du lịch vừa ban hành quy định mới."])
    assert names["Sở Giao thông và Vận tải công cộng tỉnh Bắc Kạn"].type == "organization"
    assert "Bắc Kạn" not in names  # a place named only inside the body's name
    assert names["Bộ Văn hóa, Thể thao và Du lịch"].type == "organization"


def test_lower_case_fields_follow_a_body_described_in_lower_case():
    names = by_name(["Đội Cảnh sát điều tra tội phạm về kinh tế, môi trường và ma túy chủ trì buổi kiểm tra.",
                     "Trung tâm dự báo thời tiết và cảnh báo lũ cho biết mưa sẽ kéo dài."])
    assert "Đội Cảnh sát điều tra tội phạm về kinh tế, môi trường và ma túy" in names  # not "… chủ trì"
    assert "Trung tâm dự báo thời tiết và cảnh báo lũ" in names


def test_a_list_does_not_run_over_a_second_body_nor_into_a_clause():
    names = by_name(["Học viện An ninh Nhân dân và Học viện Cảnh sát Nhân dân tuyển sinh năm nay.",
                     "Nghị quyết nêu rõ vai trò của Bộ Chính trị và sự lãnh đạo thống nhất."])
    assert not any(" và Học viện" in n for n in names)
    assert not any("và sự lãnh đạo" in n for n in names)


def test_roads_and_units_keep_their_number_and_two_spellings_of_a_road_are_one():
    names = by_name(["Xe tải lật trên QL 1A, đoạn qua huyện Bình Chánh.",
                     "Tổ tuần tra (Đội CSGT số 7, Phòng CSGT) đã có mặt trên quốc lộ 1A.",
                     "Lữ đoàn 125 vừa hoàn thành đợt huấn luyện."])
    roads = [e for e in names.values() if e.name.lower().endswith("1a")]
    assert len(roads) == 1 and roads[0].type == "location"
    assert {"QL 1A", "quốc lộ 1A"} <= {roads[0].name, *roads[0].aliases}
    assert names["Đội CSGT số 7"].type == "organization"
    assert names["Phòng CSGT"].type == "organization"
    assert names["Lữ đoàn 125"].type == "organization"


def test_a_unit_acronym_before_more_of_its_name_is_not_cut():
    names = by_name(["Đội CSGT An Khê đã phát hiện vụ việc."])
    assert "Đội CSGT" not in names


def test_a_body_of_a_town_and_the_chambers_of_a_parliament_are_bodies():
    names = by_name(["Công an thị xã Hương Trà đã khởi tố vụ án.",
                     "Dự luật cần được Thượng viện và Hạ viện Hoa Kỳ thông qua."])
    assert names["Công an thị xã Hương Trà"].type == "organization"
    assert names["Thượng viện"].type == "organization"
    assert any(n.startswith("Hạ viện") and e.type == "organization" for n, e in names.items())


def test_a_compass_part_of_a_foreign_country_is_no_place_a_vietnamese_region_is():
    names = by_name(["Lũ quét gây thiệt hại tại miền Trung và miền Đông Afghanistan.",
                     "Xổ số miền Trung mở thưởng lúc 17h15; XSMT có 14 đài."])
    assert "miền Đông Afghanistan" not in names
    assert names["miền Trung"].type == "location"  # the second sentence; the first one's is Afghanistan's
    assert "XSMT" not in names


def test_a_club_named_after_its_city_and_a_place_inside_a_contest():
    names = by_name(["Tiền đạo này khoác áo CLB Hải Phòng từ mùa trước.",
                     "Giải bóng chuyền vô địch Việt Nam (VVL) khởi tranh tuần này."])
    assert names["CLB Hải Phòng"].type == "organization"
    assert "Hải Phòng" not in names and "Việt Nam" not in names


def test_a_capitalised_syllable_written_in_lower_case_elsewhere_is_no_place():
    names = by_name(["Chiều nay, Phiên họp thứ 15 đã bế mạc.", "Các đại biểu dự phiên họp tại Hà Nội."])
    assert "Phiên" not in names
    assert names["Hà Nội"].type == "location"


def test_a_residential_area_or_block_named_after_its_word_is_a_place():
    names = by_name(["Vụ việc xảy ra tại khu dân cư Greenfield, phường An Phú.",
                     "Ban quản lý chung cư Sunrise Tower đã báo tin cho công an."])
    assert names["Greenfield"].type == "location"
    assert names["Sunrise Tower"].type == "location"
