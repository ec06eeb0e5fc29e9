"""Entities, sixth-round rules: body names with lower-case infixes and terms, datelines, aliases, works in quotes."""

from __future__ import annotations

from tomtat.analyze.entities import entities
from tomtat.pipeline import to_cluster


def by_name(texts):
    return {e.name: e for e in entities(to_cluster(texts))}


def test_body_names_run_over_lower_case_infixes():
    names = by_name(["Đoàn Quân đội nhân dân Việt Nam đứng ở vị trí thứ 5.",
                     "Học sinh Trường THPT chuyên Lê Hồng Phong đạt giải.",
                     "Hôm qua, Tòa án nhân dân TP Hà Nội xử vụ án.",
                     "Các chiến sĩ Công an nhân dân đã có mặt."])
    assert names["Quân đội nhân dân Việt Nam"].type == "organization"
    assert names["Trường THPT chuyên Lê Hồng Phong"].type == "organization"
    assert "Lê Hồng Phong" not in names  # the school's name, no person
    assert names["Tòa án nhân dân TP Hà Nội"].type == "organization"
    assert names["Công an nhân dân"].type == "organization"
    assert "Ủy ban nhân dân" not in by_name(["Hôm qua Ủy ban nhân dân đã họp."])  # a kind of body


def test_a_term_of_office_ends_the_name_and_trung_uong_dang_is_one_body():
    names = by_name(["Tại hội nghị, Ban chấp hành Trung ương Đảng Khóa XIII cho các đối tượng đảng viên.",
                     "Nghị quyết của Ban chấp hành Trung ương Đảng khóa XIII về đất đai."])
    assert set(names) == {"Ban chấp hành Trung ương Đảng"}


def test_dateline_tail_country_heads_and_spellings():
    names = by_name(["VOV. VN - Hà Nội đón 2 triệu khách trong năm.",
                     "Theo phóng viên TTXVN tại Moskva, lễ bế mạc tổ chức ở LB Nga. Nga giành giải. Moscow đẹp."])
    assert "Việt Nam" not in names and "VN" not in names  # the ".VN" of "VOV.VN"
    assert {"Moscow", "Moskva"} <= {names["Moskva"].name, *names["Moskva"].aliases}
    assert "Nga" in names["LB Nga"].aliases
    assert by_name(["Việt Nam - Lào là hai nước láng giềng."])["Việt Nam"].type == "location"


def test_news_site_heads_and_common_acronyms():
    names = by_name(["Ông Vỳ đã trả lời phỏng vấn Báo điện tử Giáo dục Việt Nam.",
                     "Chỉ huy cho biết, CQĐT đã khởi tố bị can."])
    assert names["Báo điện tử Giáo dục Việt Nam"].type == "organization"
    assert "CQĐT" not in names


def test_a_classifier_is_no_part_of_the_name():
    names = by_name(["Ông Nam làm việc ở tập đoàn Nandan Terry từ lâu. Tờ The Times of India đăng bài.",
                     "Vậy là báo Tiền Phong đã đăng. Báo Tiền Phong cho biết."])
    assert names["Nandan Terry"].aliases == ["tập đoàn Nandan Terry"]
    assert names["The Times of India"].type == "organization"
    assert names["Tiền Phong"].type == "organization"
    assert "Ngân hàng Nhà nước" in by_name(["Ngân hàng Nhà nước vừa tăng lãi suất."])  # a capitalised head stays


def test_a_run_alone_in_quotes_is_a_title():
    names = by_name(["Những tập cuối của 'Extraordinary Attorney Woo' gây tranh cãi.",
                     "Extraordinary Attorney Woo được coi là phim thành công.",
                     "Cô lấy cảm hứng từ bản hit 'Last Farewell' của nhóm BIGBANG."])
    assert "Extraordinary Attorney Woo" not in names and "Last Farewell" not in names
    assert "BIGBANG" in names
    assert "Sen Vàng" in by_name(["Ông là giám đốc công ty Sen Vàng ở Hà Nội."])


def test_police_units():
    names = by_name(["Phòng Cảnh sát Hình sự (PC02), Công an TPHCM đã làm rõ.",
                     "Sáng 10-7, Đội Cảnh sát điều tra tội phạm về ma túy Công an TP.Biên Hòa (Đồng Nai) cho biết.",
                     "Ngày 26/8, Cơ quan Cảnh sát điều tra Công an quận Hoàng Mai, Hà Nội, khởi tố bị can.",
                     "Đội Cảnh sát giao thông số 5 đã xử phạt."])
    assert names["Phòng Cảnh sát Hình sự"].aliases == ["PC02"]
    assert "Đội Cảnh sát điều tra tội phạm về ma túy" in names
    assert "Công an quận Hoàng Mai" in names and not any(n.startswith("Cơ quan") for n in names)  # a body of any force
    assert "Đội Cảnh sát giao thông" in names


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


def test_party_committee_split_by_the_segmenter_and_openers_after_titles():
    names = by_name(["Ngày 31/8, Đảng ủy Bộ Ngoại giao phối hợp với các đơn vị.",
                     "Đó là những giọt nước mắt của nữ ca sĩ Trong đêm nhạc đã khóc."])
    assert "Đảng" not in names and "Trong" not in names


def test_a_place_and_the_same_name_after_an_area_word_are_one():
    names = by_name(["Đồng minh của Mỹ tại vùng Vịnh đang xa lánh. Vùng Vịnh là khu vực giàu dầu mỏ.",
                     "Thành phố Tacloban bị tàn phá. Người dân Tacloban đói."])
    assert names["Vùng Vịnh"].aliases == ["Vịnh"] and "Vịnh" not in names
    assert "Thành phố Tacloban" not in names
    names = by_name(["Thi thể được phát hiện tại sông Cẩm Thanh thuộc xã Cẩm Thanh."])
    assert "Cẩm Thanh" in names and "sông Cẩm Thanh" in names  # a river named after a commune


def test_glued_sentences_hyphens_and_common_acronyms_after_titles():
    names = by_name(["Ngày 29/6, Phòng Cảnh sát hình sự-Công an TP Hồ Chí Minh phối hợp với Công an huyện Bình Chánh.",
                     "Trường tư thục Hà Huy Tập đang chờ được khai tử Hơn nữa “cái chết” được báo trước.",
                     "Ông Dương, Phó vụ trưởng Vụ tài chính các ngân hàng (Bộ Tài chính) cho biết.",
                     "Ông Đức, Tổng giám đốc PC Khánh Hòa đã dự."])
    assert "Phòng Cảnh sát hình sự" in names
    assert "Trường tư thục Hà Huy Tập" in names
    assert "Vụ" not in names and "PC" not in names
    assert by_name(["Vụ Hợp tác quốc tế thông báo."])["Vụ Hợp tác quốc tế"].type == "organization"


def test_shows_after_titles_venues_with_their_city_and_real_names():
    names = by_name(["Hoàng tử The Voice trở lại. Tờ The Guardian đưa tin.",
                     "Thu Phương hát ở Hà Nội, tại Cung Văn hóa Hữu nghị. Đêm nhạc tại Cung Văn hóa Hữu nghị Hà Nội.",
                     "Sau scandal, Jack (Trịnh Trần Phương Tuấn) trở lại. Ca sĩ Jack hát."])
    assert "The Voice" not in names and names["The Guardian"].type == "organization"
    assert "Cung Văn hóa Hữu nghị" in names["Cung Văn hóa Hữu nghị Hà Nội"].aliases
    assert names["Trịnh Trần Phương Tuấn"].aliases == ["Jack"] and names["Trịnh Trần Phương Tuấn"].type == "person"
    names = by_name(["Vụ trưởng dặn Tuấn (Doãn Quốc Đam) thu dọn."])  # a role, then its actor: no alias
    assert names["Doãn Quốc Đam"].aliases == []


def test_ministry_fields_joined_by_va():
    names = by_name(["Trung tâm Internet Việt Nam (thuộc Bộ Thông tin và Truyền thông) chính thức công bố.",
                     "Dưới sự chỉ đạo của Sở Văn hóa và Thể thao Hà Nội, Ban Quản lý làm việc."])
    assert "Bộ Thông tin và Truyền thông" in names and "Sở Văn hóa và Thể thao Hà Nội" in names


def test_a_model_named_after_its_maker_is_a_product_everywhere():
    names = by_name(["Hyundai Creta và Mitsubishi Triton bán chạy. Trong tháng, Creta hay Triton đứng đầu. Hyundai tăng giá."])
    assert "Creta" not in names and "Triton" not in names
    assert names["Hyundai"].type == "organization"


def test_loanwords_and_media_words():
    names = by_name(["Màn Flashmob quy tụ 550 sinh viên. Biến chủng Omicron lây nhanh trên Internet.",
                     "Theo trang Hollywood Life, tờ Business Insider đưa tin."])
    assert not {"Flashmob", "Omicron", "Internet"} & set(names)
    assert names["Hollywood Life"].type == "organization" and names["Business Insider"].type == "organization"


def test_a_name_glued_after_hcm_openers_and_leaders_after_a_body():
    names = by_name(["Lực sĩ TP.HCM Thạch Kim Tuấn giành HCV.", "Cả Sony và Samsung đều ra mắt.",
                     "Ông Lan là cán bộ Công an Trung ương lãnh đạo lực lượng."])
    assert names["Thạch Kim Tuấn"].type == "person" and "Cả Sony" not in names and "Sony" in names
    assert "Công an Trung ương" in names


def test_a_place_in_parentheses_is_no_acronym():
    names = by_name(["Xưởng ở huyện Bình Chánh (TP.HCM) cháy. Công an huyện Bình Chánh (TP.HCM) có mặt."])
    assert names["Công an huyện Bình Chánh"].type == "organization" and names["Công an huyện Bình Chánh"].aliases == []
    assert names["Bình Chánh"].aliases == [] and names["TP.HCM"].type == "location"


def test_initials_after_a_title_and_school_forms():
    names = by_name(["Mâu thuẫn với chị N.B ở sảnh chung cư.", "Anh P.T. A (SN 1990) bị bắt.",
                     "Trường THPT tư thục Hà Huy Tập giải thể. Trường tư thục Hà Huy Tập đang chờ.",
                     "Phó Giám đốc CATP cho biết."])
    assert names["N.B"].type == "person" and names["P.T. A"].type == "person"
    assert names["Trường THPT tư thục Hà Huy Tập"].aliases == ["Trường tư thục Hà Huy Tập"]
    assert names["CATP"].type == "organization"


def test_a_committee_named_with_its_body_is_the_body():
    from tomtat.analyze.merge import merge_committees
    from tomtat.analyze.mentions import Mention

    names = {"a": "Ban Thường trực Ủy ban MTTQVN TPHCM", "b": "Ủy ban MTTQVN TPHCM", "c": "Ban Thường trực Hội Nông dân"}
    groups = {k: [Mention(n, "organization", None)] for k, n in names.items()}
    parent = {k: k for k in groups}

    def union(a, b):
        parent[b] = a

    merge_committees(groups, {k: "organization" for k in groups}, union)
    assert parent == {"a": "b", "b": "b", "c": "c"}


def test_a_common_word_opening_with_a_head_syllable_is_no_head():
    names = by_name(["Báo cáo mới nhất về môi trường kinh doanh của Ngân hàng Thế giới (WB) cho thấy.",
                     "Cục Sở hữu trí tuệ vừa cấp bằng."])
    assert "Ngân hàng Thế giới" in names and not any(n.startswith("Báo cáo") for n in names)
    assert "Cục Sở hữu trí tuệ" in names


def test_place_spellings_movements_and_a_person_glued_after_hcm_city():
    names = by_name(["Dự có Tổng lãnh sự quán Hoa Kỳ tại TP Hồ Chí Minh Sarah Hooper.",
                     "Ông Biden tới Jeddah, miền Tây Arab Saudi, rồi gặp Taliban."])
    assert names["Sarah Hooper"].type == "person" and not any("Hooper" in n and n != "Sarah Hooper" for n in names)
    assert names["Arab Saudi"].type == "location" and names["Taliban"].type == "organization"


def test_club_words_make_a_club():
    names = by_name(["Đội bóng đã hòa Celta Vigo.", "Trận đấu giữa Chelsea và Steaua Bucharest rất hay."])
    assert names["Celta Vigo"].type == "organization" and names["Steaua Bucharest"].type == "organization"


def test_a_short_name_in_parentheses_after_a_long_body_is_an_alias():
    names = by_name(["Ông Cẩm, Phó Chủ tịch Hiệp hội Doanh nghiệp dệt may Việt Nam (Vitas), cho biết.",
                     "Theo Hiệp hội Dệt may Việt Nam (Vitas), xuất khẩu tăng."])
    body = names["Hiệp hội Doanh nghiệp dệt may Việt Nam"]
    assert "Vitas" in body.aliases and "Hiệp hội Dệt may Việt Nam" in body.aliases
    names = by_name(["Tập đoàn Viễn thông Quân đội (Viettel) báo lãi."])  # a two-word name cut short: no alias
    assert all("Viettel" not in e.aliases for n, e in names.items() if len(n.split()) <= 2)


def test_anh_with_no_name_after_it_is_the_country():
    names = by_name(["Các cuộc tấn công của Mỹ, Anh, Israel gây thương vong."])
    assert names["Anh"].type == "location"
    assert "Anh" not in by_name(["Anh cho biết sẽ đến."]) and "Tuấn" in by_name(["Hôm qua, anh Tuấn đến."])
