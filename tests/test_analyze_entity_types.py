"""An entity's type from the words around it (kinds.py, refine.py): clubs and teams, a body between a title and a
name, a person's act, an outlet after "theo", a website named with its domain."""

from __future__ import annotations

from analysis_support import by_name, types_by_name
from tomtat.analyze.entities import entities
from tomtat.analyze.mentions import tokens
from tomtat.pipeline import to_cluster


def test_club_words_make_a_club():
    names = by_name(["Đội bóng đã hòa Celta Vigo.", "Trận đấu giữa Chelsea và Steaua Bucharest rất hay."])
    assert names["Celta Vigo"].type == "organization" and names["Steaua Bucharest"].type == "organization"


def test_a_club_named_after_its_city_and_a_place_inside_a_contest():
    names = by_name(["Tiền đạo này khoác áo CLB Hải Phòng từ mùa trước.",
                     "Giải bóng chuyền vô địch Việt Nam (VVL) khởi tranh tuần này."])
    assert names["CLB Hải Phòng"].type == "organization"
    assert "Hải Phòng" not in names and "Việt Nam" not in names


def test_a_youth_level_before_a_country_is_a_team_before_a_region_a_tournament():
    names = by_name(["Các cầu thủ sẽ tập trung cùng U20 Việt Nam trước vòng loại U20 châu Á.",
                     "Đội bóng đã đến Hà Nội hôm qua."])
    assert names["U20 Việt Nam"].type == "organization"
    assert "Việt Nam" not in names and "châu Á" not in names
    assert names["Hà Nội"].type == "location"


def test_teams_beside_a_score_are_organisations_and_a_city_club_is_one_club():
    cluster = to_cluster(["Ở vòng 8, Thanh Hóa thua Đà Nẵng 1-2 trên sân Hòa Xuân.",
                          "CLB Đà Nẵng đang đứng thứ 4 trên bảng xếp hạng sau trận thắng này.",
                          "Ở giải hạng Tư nước Anh, trận Forest Green 3-1 Tranmere diễn ra tối qua."])
    found = {e.name: (e.type, e.aliases) for e in entities(cluster)}
    assert found.get("CLB Đà Nẵng") == ("organization", ["Đà Nẵng"])
    assert "Đà Nẵng" not in found
    assert found.get("Forest Green", (None,))[0] == "organization"  # two foreign words, else weakly a person


def test_a_known_body_between_a_title_and_a_full_name():
    names = by_name(["Chủ tịch Fed Jerome Powell phát biểu tại hội nghị."])
    assert names["Fed"].type == "organization"
    assert names["Jerome Powell"].type == "person"


def test_a_vietnamese_name_followed_by_a_persons_act_is_a_person():
    found = types_by_name(["Trong đêm nhạc tối qua, Lan Khuê bật khóc khi nhắc về mẹ.",
                           "Lan Khuê đã chia sẻ trên trang cá nhân nhiều ảnh hậu trường."])
    assert found.get("Lan Khuê") == "person"
    assert types_by_name(["Thủ tướng nói Hội đồng Việt-Hoa Kỳ chia sẻ kinh nghiệm."]).get("Việt-Hoa Kỳ") is None


def test_a_foreign_source_opening_a_sentence_with_theo_is_an_outlet():
    found = types_by_name(["Theo Pop Crave, giá vé máy bay mùa hè năm nay tăng mạnh."])
    assert found.get("Pop Crave") == "organization"
    found = types_by_name(["Theo Anna Berg, người phát ngôn của hãng, chuyến bay bị hoãn do thời tiết."])
    assert found.get("Anna Berg") == "person"


def test_a_name_and_its_web_domain_stay_one_token():
    assert any(t.endswith("Tinmoi.vn") for t in tokens("Theo trang Tinmoi.vn, giá xăng sẽ giảm."))
    assert tokens("Ông Nam đến Huế. Sau đó ông về.").count(".") == 2  # a full stop between sentences is left alone


def test_a_website_named_with_its_domain_is_an_organisation():
    found = {e.name: e.type for e in entities(to_cluster(["Chuyên gia của Quansu.pro cho rằng giá dầu sẽ tăng mạnh.",
                                                          "Tờ Kinhte.net đưa tin nhà máy đã đóng cửa."]))}
    assert found.get("Quansu.pro") == "organization"
    assert found.get("Kinhte.net") == "organization"
    assert "Quansu" not in found and "Kinhte" not in found


def test_the_surname_doan_opens_a_persons_name_and_an_index_is_no_name():
    names = types_by_name(["Ông Đoàn Minh Hải, Tổng biên tập, phát biểu tại buổi lễ.",
                           "Đoàn Hồng Quang đã trả lời phỏng vấn.", "Đoàn Thanh niên phường tổ chức ra quân.",
                           "Dow Jones bốc hơi hơn 1.000 điểm.", "Hợp tác tiểu vùng Mekong được đẩy mạnh."])
    assert names.get("Đoàn Minh Hải") == "person" and names.get("Đoàn Hồng Quang") == "person"
    assert names.get("Đoàn Thanh niên") == "organization"
    assert "Dow Jones" not in names and names.get("Mekong") == "location"


def test_names_listed_with_people_are_people():
    names = types_by_name(["Anh là tân binh thứ 5 của MU, sau Tyrell Malacia, Lisandro Martinez, Erikten và Casemiro.",
                           "Máy bay không người lái như Switchblade và Phoenix Ghost có giá vài nghìn USD."])
    assert names.get("Erikten") == "person" and names.get("Casemiro") == "person"
    assert names.get("Switchblade") != "person"  # one full name guessed a person leads no list


def test_western_names_keep_their_particles():
    names = types_by_name(["HLV Erik ten Hag muốn xây dựng lối chơi mới.", "Trung vệ Virgil van Dijk chấn thương.",
                           "Bà Ursula von der Leyen phát biểu.", "Sản phẩm làm trắng da Hàn Quốc bán chạy."])
    for name in ("Erik ten Hag", "Virgil van Dijk", "Ursula von der Leyen"):
        assert names.get(name) == "person"
    assert names.get("Hàn Quốc") == "location"  # "da" between a verb and a country joins nothing


def test_a_settlement_named_like_a_body_is_a_place():
    names = types_by_name(["Người dân thôn Báo Đáp vẫn giữ nghề làm đèn.", "Chị trú phường Đội Cung, thành phố Vinh.",
                           "Bài viết đăng trên báo Tuổi Trẻ."])
    assert names.get("Báo Đáp") == "location" and names.get("Đội Cung") == "location"
    assert names.get("Tuổi Trẻ") == "organization"


def test_executives_by_abbreviated_titles_and_western_names_with_a_middle_initial_are_people():
    found = types_by_name(["Thậm chí, còn thành công hơn nữa”, GĐĐH Oliver Kahn của Bayern nhấn mạnh. "
                           "Đại sứ Mỹ tại Việt Nam Marc E. Knapper khẳng định. Tháng 8-2013, CEO VKontakte - Pavel Durov - viết."])
    assert found["Oliver Kahn"] == "person" and found["Marc E. Knapper"] == "person" and found["Pavel Durov"] == "person"
    assert "VKontakte – Pavel Durov" not in found


def test_numbered_wards_and_hamlets_are_places_but_not_an_incubation():
    found = types_by_name(["Bà Mai (50 tuổi, xóm 13, xã Phú Phúc) bị bỏng. Ông A (trú thôn 2, xã Minh Hưng) bị bắt. "
                           "Trứng được ấp 21 ngày thì nở."])
    assert found["xóm 13"] == "location" and found["thôn 2"] == "location" and "ấp 21" not in found


def test_a_person_paired_by_a_dash_makes_the_other_name_a_person_in_round_41():
    assert types_by_name(["Tóm lại, cuộc gặp cấp cao Manmohan Singh - V.Putin tại Moskva chỉ mang tính nghi thức."]) == {
        "Manmohan Singh": "person", "V.Putin": "person", "Moskva": "location"}
    assert types_by_name(["Tiết mục thứ 2 của Ngọc Anh – Ngọc Tuấn sẽ là sự quay trở lại với hiphop."]) == {
        "Ngọc Anh": "person", "Ngọc Tuấn": "person"}
    assert types_by_name(["Trận đấu Hậu Giang – Cà Mau diễn ra hôm qua."]) == {"Hậu Giang": "location", "Cà Mau": "location"}


def test_brokers_research_firms_and_the_largest_us_banks_are_bodies_in_round_46():
    names = types_by_name(["Theo Religare Broking và Wells Fargo, giá dầu tăng, RJO Futures cho biết."])
    assert names == {"Religare Broking": "organization", "Wells Fargo": "organization", "RJO Futures": "organization"}
    assert by_name(["Giá dầu Brent và WTI tăng, chỉ số USDX giảm."]) == {}


def test_a_known_group_glued_before_a_persons_name_is_both_in_round_54():
    names = by_name(["Người phát ngôn Taliban Mujahid cho biết nhóm sẽ đáp trả."])
    assert names["Taliban"].type == "organization" and names["Mujahid"].type == "person"
    assert "Taliban Mujahid" not in names
