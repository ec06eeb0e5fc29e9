"""Places: venues, countries, expressways, continents, regions, peninsulas and deltas, residential areas; and
capitalised common syllables or a foreign country's compass part that are no place."""

from __future__ import annotations

from analysis_support import by_name, types_by_name


def test_venues_are_places_and_papers_organisations():
    names = by_name(["Thu Phương hát tại Cung Văn hóa Hữu nghị tối qua.", "Nhiều học sinh tại Cung Thể thao Tiên Sơn đã đến.",
                     "Trận đấu ở Sân vận động Mỹ Đình.", "Nội dung được tờ nhật báo Wall Street đề cập.",
                     "Xã có 215 bà Mẹ VNAH còn sống."])
    assert names["Cung Văn hóa Hữu nghị"].type == "location"
    assert names["Cung Thể thao Tiên Sơn"].type == "location"
    assert names["Sân vận động Mỹ Đình"].type == "location"
    assert names["Wall Street"].type == "organization"
    assert not any("VNAH" in n for n in names)
    assert by_name(["Ông Cung nói."])["Cung"].type == "person"


def test_anh_with_no_name_after_it_is_the_country():
    names = by_name(["Các cuộc tấn công của Mỹ, Anh, Israel gây thương vong."])
    assert names["Anh"].type == "location"
    assert "Anh" not in by_name(["Anh cho biết sẽ đến."]) and "Tuấn" in by_name(["Hôm qua, anh Tuấn đến."])


def test_place_spellings_movements_and_a_person_glued_after_hcm_city():
    names = by_name(["Dự có Tổng lãnh sự quán Hoa Kỳ tại TP Hồ Chí Minh Sarah Hooper.",
                     "Ông Biden tới Jeddah, miền Tây Arab Saudi, rồi gặp Taliban."])
    assert names["Sarah Hooper"].type == "person" and not any("Hooper" in n and n != "Sarah Hooper" for n in names)
    assert names["Arab Saudi"].type == "location" and names["Taliban"].type == "organization"


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


def test_a_capitalised_syllable_written_in_lower_case_elsewhere_is_no_place():
    names = by_name(["Chiều nay, Phiên họp thứ 15 đã bế mạc.", "Các đại biểu dự phiên họp tại Hà Nội."])
    assert "Phiên" not in names
    assert names["Hà Nội"].type == "location"


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


def test_a_compass_part_of_a_foreign_country_is_no_place_a_vietnamese_region_is():
    names = by_name(["Lũ quét gây thiệt hại tại miền Trung và miền Đông Afghanistan.",
                     "Xổ số miền Trung mở thưởng lúc 17h15; XSMT có 14 đài."])
    assert "miền Đông Afghanistan" not in names
    assert names["miền Trung"].type == "location"  # the second sentence; the first one's is Afghanistan's
    assert "XSMT" not in names


def test_a_residential_area_or_block_named_after_its_word_is_a_place():
    names = by_name(["Vụ việc xảy ra tại khu dân cư Greenfield, phường An Phú.",
                     "Ban quản lý chung cư Sunrise Tower đã báo tin cho công an."])
    assert names["Greenfield"].type == "location"
    assert names["Sunrise Tower"].type == "location"


def test_a_peninsula_and_a_strait_are_places_named_with_their_word():
    found = types_by_name(["Hai tàu khu trục vừa đi qua eo biển Đài Loan trong ngày 3/5.",
                           "Căng thẳng trên bán đảo Triều Tiên tiếp tục leo thang khi Triều Tiên phóng thử tên lửa."])
    assert found.get("eo biển Đài Loan") == "location"
    assert found.get("bán đảo Triều Tiên") == "location"
    assert found.get("Triều Tiên") == "location"  # the country, named alone, stays a place of its own


def test_a_delta_named_after_its_river_is_the_region():
    found = types_by_name(["Năm nay nông dân Đồng bằng sông Cửu Long thu hoạch lúa hè thu sớm hơn mọi năm."])
    assert found.get("Đồng bằng sông Cửu Long") == "location"
    assert "sông Cửu Long" not in found


def test_a_date_written_with_a_hyphen_makes_no_team():
    found = types_by_name(["Hà Nội 27-8 đón đợt mưa lớn kéo dài nhiều giờ."])
    assert found.get("Hà Nội") == "location"


def test_streets_named_at_a_crossing_are_places_each():
    names = types_by_name(["Tối 30/6, trên giao lộ Nguyễn Thị Minh Khai - Lý Chính Thắng, quận 3, CSGT xử lý nhiều xe.",
                           "Xe buýt đi qua ngã tư Hàng Xanh rồi rẽ."])
    assert names.get("Nguyễn Thị Minh Khai") == "location" and names.get("Lý Chính Thắng") == "location"
    assert names.get("Hàng Xanh") == "location"


def test_a_country_the_segmenter_glued_to_the_word_before_it_is_found():
    names = types_by_name(["Tiền đạo Uruguay đã chịu những chỉ trích sau sai lầm.",
                           "Anh nhận được sự động viên từ đàn anh ở tuyển Uruguay.",
                           "Dịch bệnh lan nhanh ở châu Phi."])
    assert names.get("Uruguay") == "location"
    assert names.get("châu Phi") == "location" and "Phi" not in names  # a place word keeps its place


def test_a_countrys_official_name_is_the_country():
    names = by_name(["Đại sứ Cộng hòa liên bang Đức tại Hà Nội cho biết điều đó.",
                     "Ông gặp Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào.",
                     "Ông thăm Cộng hòa Pháp và Liên bang Nga.",
                     "Nhà ngoại giao Đức nói thêm về chuyến thăm."])
    assert names["Cộng hòa liên bang Đức"].type == "location"  # no person after the title "Đại sứ"
    assert "Đức" in names["Cộng hòa liên bang Đức"].aliases  # one country, whatever its name's length
    assert names["Cộng hòa Dân chủ Nhân dân Lào"].type == "location"
    assert names["Cộng hòa Pháp"].type == "location" and names["Liên bang Nga"].type == "location"


def test_a_party_named_republican_is_no_country():
    names = by_name(["Trong khi đảng Cộng hòa ủng hộ, các thượng nghị sĩ Cộng hòa đã chỉ trích ông Biden."])
    assert not any(n.startswith("Cộng hòa") for n in names)


def test_built_places_keep_their_word_and_answer_to_the_bare_name():
    names = by_name(["Xe tải lao qua cầu Phú Mỹ rồi đến sân bay Tân Sơn Nhất.",
                     "Du khách đến Vườn quốc gia Cúc Phương và Khu công nghiệp Phú Hữu."])
    for name, bare in (("cầu Phú Mỹ", "Phú Mỹ"), ("sân bay Tân Sơn Nhất", "Tân Sơn Nhất"),
                       ("Vườn quốc gia Cúc Phương", "Cúc Phương"), ("Khu công nghiệp Phú Hữu", "Phú Hữu")):
        assert names[name].type == "location" and bare in names[name].aliases


def test_a_video_link_a_country_or_a_district_named_with_a_built_word_is_no_built_place():
    names = by_name(["Hội nghị được kết nối tới các điểm cầu An Giang, Thái Nguyên.",
                     "Các sân bay Pháp đông khách.",
                     "Ông sống ở quận Cầu Giấy và hay qua Chợ Lớn."])
    assert "An Giang" in names and not any(n.startswith("cầu ") for n in names)
    assert "Pháp" in names and "sân bay Pháp" not in names
    assert names["Cầu Giấy"].aliases == [] and names["Chợ Lớn"].aliases == []  # places named so, no "Giấy"


def test_vietnamese_places_joined_by_a_bare_hyphen_are_several_places_in_round_54():
    names = by_name(["Tỉnh phát triển hai vùng du lịch Rạch Giá-Hòn Đất-Kiên Hải và Phú Quốc."])
    assert {"Rạch Giá", "Hòn Đất", "Kiên Hải"} <= set(names) and not any("-" in n for n in names)
    # a province whose name holds a hyphen stays one place
    assert "Thừa Thiên-Huế" in by_name(["Đoàn công tác đến tỉnh Thừa Thiên-Huế hôm qua."])
    # a foreign name keeps its hyphen
    assert "Kassym-Jomart Tokayev" in by_name(["Tổng thống Kassym-Jomart Tokayev phát biểu."])
