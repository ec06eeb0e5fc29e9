"""Entities, seventh-round rules (refine.py): explained acronyms, youth teams, leagues, a body before a person."""

from __future__ import annotations

from tomtat.analyze.entities import entities
from tomtat.pipeline import to_cluster


def by_name(texts):
    return {e.name: e for e in entities(to_cluster(texts))}


def test_acronyms_explained_in_lower_case_or_listed_after_common_words_are_no_names():
    names = by_name(["Tài xế dương tính với ma túy nhóm MET (ma túy đá) khi bị kiểm tra.",
                     "Tỉnh bàn về các chỉ số quản trị địa phương (PCI, PAPI, SIPAS, DTI) năm nay.",
                     "Hiệp hội Du lịch Việt Nam (VITA) họp tại Hà Nội."])
    assert not {"MET", "PCI", "PAPI", "SIPAS", "DTI"} & set(names)
    assert names["Hiệp hội Du lịch Việt Nam"].type == "organization"  # an acronym after a body stays its alias
    assert "VITA" in names["Hiệp hội Du lịch Việt Nam"].aliases


def test_a_youth_level_before_a_country_is_a_team_before_a_region_a_tournament():
    names = by_name(["Các cầu thủ sẽ tập trung cùng U20 Việt Nam trước vòng loại U20 châu Á.",
                     "Đội bóng đã đến Hà Nội hôm qua."])
    assert names["U20 Việt Nam"].type == "organization"
    assert "Việt Nam" not in names and "châu Á" not in names
    assert names["Hà Nội"].type == "location"


def test_a_league_is_a_contest_in_the_whole_cluster():
    names = by_name(["Liverpool thắng đậm tại Premier League.", "Premier League vừa khép lại vòng 4."])
    assert "Premier League" not in names


def test_a_known_body_between_a_title_and_a_full_name():
    names = by_name(["Chủ tịch Fed Jerome Powell phát biểu tại hội nghị."])
    assert names["Fed"].type == "organization"
    assert names["Jerome Powell"].type == "person"


def test_cryptocurrencies_are_no_entities():
    assert "Bitcoin" not in by_name(["Giá Bitcoin giảm mạnh trong phiên sáng nay."])


def test_a_state_unit_runs_on_over_its_lower_case_object_up_to_its_parent():
    names = by_name(["Phòng Hướng dẫn tuần tra kiểm soát giao thông đường bộ, Cục Cảnh sát giao thông cho biết như vậy.",
                     "Hôm qua, Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06, Bộ Công an) công bố ứng dụng."])
    assert "Phòng Hướng dẫn tuần tra kiểm soát giao thông đường bộ" in names
    assert "Cục Cảnh sát quản lý hành chính về trật tự xã hội" in names
    assert "Phòng Hướng dẫn" not in names and "Cục Cảnh sát" not in names
    # not closed by a parent body: a clause, the name stays as it was
    assert "Đội Cảnh sát" in by_name(["Đội Cảnh sát kiểm tra xe tải, phát hiện ma túy."])


def test_company_club_and_branch_names_merge():
    names = by_name(["Cổ phiếu FLC bị đình chỉ giao dịch.", "HoSE chuyển cổ phiếu của Tập đoàn FLC sang diện mới.",
                     "HLV Klopp ủng hộ đồng nghiệp tại Newcastle United.", "Newcastle đang lép vế.",
                     "Nhãn hàng OMO thuộc Unilever Việt Nam ký hợp tác.", "Năm 2021, Unilever trao tặng cây xanh."])
    assert set(names["Tập đoàn FLC"].aliases) >= {"FLC"} and "FLC" not in names
    assert "Newcastle" in names["Newcastle United"].aliases and "Newcastle" not in names
    assert "Unilever" in names["Unilever Việt Nam"].aliases and "Unilever" not in names


def test_a_given_name_alone_joins_the_person_the_cluster_names_far_more_often():
    texts = ["HLV Đinh Thế Nam dẫn dắt đội.", "Đội của HLV Đinh Thế Nam tập huấn.", "HLV Đinh Thế Nam hài lòng.",
             "Cầu thủ Nguyễn Hải Nam được gọi.", "Ông Nam mong muốn có thêm cầu thủ."]
    names = by_name(texts)
    assert "Nam" in names["Đinh Thế Nam"].aliases and "Nam" not in names
    even = by_name(texts[:1] + texts[3:])  # named as often as the player: no owner
    assert "Nam" not in even["Đinh Thế Nam"].aliases


def test_a_film_title_may_follow_descriptive_words_but_a_studio_is_a_body():
    names = by_name(["Bộ phim truyền hình cổ trang ăn khách Thương Lan Quyết đã khép lại.",
                     "Tập cuối của Thương Lan Quyết gây tranh cãi.",
                     "Phim do một chi nhánh của hãng phim châu Âu Infinitum Nihil sản xuất."])
    assert "Thương Lan Quyết" not in names
    assert "Infinitum Nihil" in names


def test_a_work_title_drops_only_names_spelt_with_the_same_accents():
    names = by_name(["Các cầu thủ thi đấu ở giải hạng Nhất 2022.", "Đội tập huấn ở Nhật Bản.",
                     "Đội vừa về từ Nhật Bản hôm qua."])
    assert names["Nhật Bản"].type == "location"


def test_an_expressway_is_one_place_and_the_cities_inside_its_name_none():
    names = by_name(["Xe tải chạy trên tuyến cao tốc Hà Nội - Hải Phòng thì bị kiểm tra.",
                     "Dự án cao tốc Bến Lức - Long Thành được đẩy nhanh ở Đồng Nai."])
    assert names["cao tốc Hà Nội - Hải Phòng"].type == "location"
    assert names["cao tốc Bến Lức - Long Thành"].type == "location"
    assert not {"Hà Nội", "Hải Phòng", "Long Thành"} & set(names)
    assert names["Đồng Nai"].type == "location"


def test_one_capitalised_common_syllable_after_a_place_preposition_is_no_place():
    names = by_name(["Nghị quyết nêu rõ, tại Phiên họp này, Chính phủ thảo luận 4 dự án.",
                     "Người dân nộp hồ sơ tại Cổng dịch vụ công quốc gia.",
                     "Đoàn khách đến chợ Bầu mua sắm rồi tới Mátxcơva hôm qua."])
    assert "Phiên" not in names and "Cổng" not in names
    assert names["Chính phủ"].type == "organization"
    assert any(e.type == "location" and "Bầu" in e.name for e in names.values())  # after a place word: a place
    assert any(e.type == "location" and "Mátxcơva" in [e.name, *e.aliases] for e in names.values())


def test_a_capitalised_common_phrase_the_cluster_writes_in_lower_case_is_no_name():
    names = by_name(["Công ty sẽ trồng 150.000 cây xanh tại các khu Vườn Quốc Gia trên toàn quốc.",
                     "Họ trao tặng cây xanh cho vườn quốc gia Sông Thanh ở Quảng Nam.",
                     "HLV Thành Công nói đội đã thành công.", "Chính phủ họp, chính phủ các nước theo dõi."])
    assert "Vườn Quốc Gia" not in names
    assert names["Thành Công"].type == "person"  # a titled person keeps the name
    assert names["Chính phủ"].type == "organization"  # a standalone body (held-out-2 convention)


def test_a_place_word_after_a_title_names_a_place_not_a_person():
    names = by_name(["Hầu hết chuyên gia Phố Wall tin rằng giá vàng giảm.", "Ông Hồ Đức Phớc phát biểu."])
    assert names["Phố Wall"].type == "location"
    assert names["Hồ Đức Phớc"].type == "person"  # "Hồ" is also a surname


def test_continents_written_with_chau_are_places_unless_inside_a_name():
    names = by_name(["Bộ phim do một hãng phim của châu Âu sản xuất rồi bán sang châu Á.",
                     "Các nước thành viên Liên minh châu Âu (EU) họp bàn.", "Đội dự vòng loại U20 châu Á 2022."])
    assert names["châu Âu"].type == names["châu Á"].type == "location"
    assert len(names["châu Á"].sources) == 1  # not the tournament's
    assert names["Liên minh châu Âu"].type == "organization" if "Liên minh châu Âu" in names else "EU" in names


def test_an_acronym_before_a_three_or_four_digit_number_is_a_code():
    names = by_name(["Airbus bàn giao máy bay số hiệu VNA 686 cho VietjetAir.", "Tàu KN 466 được lệnh cơ động.",
                     "Đại diện VJA cho biết máy bay đã về."])
    assert "VNA" not in names and "KN" not in names
    assert names["VJA"].type == "organization"
