"""Entities, fourth round: titles of works, shows, contests and weapons; common-noun acronyms;
sentence openers glued after a name. Sentences invented for the tests."""

from __future__ import annotations

from tomtat.analyze.entities import entities
from tomtat.pipeline import to_cluster


def names(cluster_texts):
    return {e.name: e.type for e in entities(to_cluster(cluster_texts))}


def test_titles_after_a_work_noun_are_no_entities_anywhere_in_the_cluster():
    found = names([
        "Ca sĩ Lê Minh Khoa vừa tung MV 'Bầu trời xanh' tại Hà Nội.",
        "Quân đội nước này nhận thêm bệ phóng Orion từ đối tác.",
        "Về Orion, giới chuyên gia cho rằng đây là loại vũ khí mạnh.",
    ])
    assert found.get("Lê Minh Khoa") == "person" and found.get("Hà Nội") == "location"
    assert "Orion" not in found and not any("Bầu" in n for n in found)


def test_a_known_place_inside_a_title_drops_that_mention_only():
    only_title = names(["Khán giả hát vang ca khúc “Việt Nam quê hương tôi” trong đêm nhạc."])
    assert "Việt Nam" not in only_title
    also_named = names(["Khán giả hát ca khúc “Việt Nam quê hương tôi”.", "Đoàn khách đến Việt Nam hôm qua."])
    assert also_named.get("Việt Nam") == "location"


def test_a_name_followed_by_a_year_is_an_event():
    found = names(["Người đẹp Trần Thu Hà đăng quang Hoa hậu Biển Xanh Việt Nam 2024 tối qua."])
    assert found.get("Trần Thu Hà") == "person"
    assert "Việt Nam" not in found and not any("Biển Xanh" in n for n in found)


def test_common_noun_acronyms_and_celestial_bodies_are_no_names():
    found = names([
        "Thí sinh có SBD 0123 phải mang theo CCCD và GPLX khi đến Đà Nẵng.",
        "Tàu vũ trụ bay quanh Trái Đất trước khi về Mỹ.",
    ])
    assert not {"SBD", "CCCD", "GPLX", "Trái Đất"} & set(found)
    assert found.get("Đà Nẵng") == "location" and found.get("Mỹ") == "location"


def test_a_sentence_opener_glued_after_a_name_ends_it():
    found = names(["Ông Kerry lo ngại về Syria Trong cuộc họp hôm qua, các bên không đạt thỏa thuận."])
    assert "Syria" in found and not any("Trong" in n for n in found)


def test_a_weapon_model_after_descriptive_words_is_no_entity_but_an_owner_after_cua_is():
    found = names(["Quân đội Ba Lan mua thêm pháo tự hành hạng nặng Krab của Hàn Quốc."])
    assert "Krab" not in found and found.get("Hàn Quốc") == "location"
    owner = names(["Nhà máy sản xuất tên lửa của Lockheed Martin đặt tại Texas."])
    assert "Lockheed Martin" in owner


def test_a_foreign_name_with_its_words_swapped_is_one_entity():
    found = [e for e in entities(to_cluster(["Trận đấu diễn ra trên sân Camp Nou.", "Khán giả rời sân Nou Camp."]))
             if "Camp" in e.name]
    assert len(found) == 1 and {s.doc for s in found[0].sources} == {0, 1}


def test_a_body_with_two_fields_joined_by_va_is_one_name():
    found = names(["Sở Kế hoạch và Đầu tư tỉnh Bình Định cho biết kế hoạch đầu tư công đã được duyệt."])
    assert found.get("Sở Kế hoạch và Đầu tư tỉnh Bình Định") == "organization" or found.get("Sở Kế hoạch và Đầu tư") == "organization"
    two = names(["Công an Hà Nội và Đà Nẵng phối hợp điều tra."])
    assert two.get("Đà Nẵng") == "location"


def test_a_vietnamese_pair_that_reads_as_a_persons_name_is_weakly_a_person():
    found = names(["Hàng thủ có Văn Toàn, Đình Bắc và Tuyết Phạm, còn đội khách đến từ Hòa Xuân."])
    assert found.get("Văn Toàn") == "person" and found.get("Đình Bắc") == "person"
    assert found.get("Tuyết Phạm") == "person"


def test_generic_bodies_probes_and_variants_are_no_names_but_a_work_noun_must_be_whole_tokens():
    found = names([
        "Một Công ty CP ở Hà Nội và tàu thăm dò Voyager của NASA cùng được nhắc tới.",
        "Biến chủng mới XBB lây lan nhanh, theo giám khảo chuyên môn Dumbo.",
    ])
    assert "Công ty CP" not in found and "Voyager" not in found and "XBB" not in found
    assert found.get("NASA") == "organization" and "Dumbo" in found  # "chuyên môn" is no "môn"


def test_a_body_cut_short_joins_the_one_full_name_it_opens_but_not_a_verb_tail():
    found = [e for e in entities(to_cluster([
        "Hôm qua, Sở Thông tin và Truyền thông Hà Nội đã ban hành quy định về thông tin và truyền thông.",
        "Theo Sở Thông tin, quy định có hiệu lực từ tháng sau.",
    ])) if "Thông tin" in e.name]
    assert len(found) == 1 and found[0].name == "Sở Thông tin và Truyền thông Hà Nội"
    assert {s.doc for s in found[0].sources} == {0, 1}


def test_a_latin_name_before_a_model_number_and_a_storm_are_no_entities():
    found = names(["Samsung ra mắt Galaxy Fold 4 tại Seoul khi siêu bão Hinnamnor đổ bộ.", "VTV 3 phát sóng trực tiếp."])
    assert "Samsung" in found and found.get("Seoul") == "location"
    assert not any("Galaxy" in n or "Hinnamnor" in n for n in found)


def test_a_latin_name_holding_a_product_word_is_no_person():
    found = names(["Người dùng iPhone có thể xem ảnh trên Retina Display và dùng Yahoo Weather mỗi sáng."])
    assert "Retina Display" not in found and "Yahoo Weather" not in found
    people = names(["Nhà báo đã phỏng vấn Christian Stroebele tại Berlin."])
    assert people.get("Christian Stroebele") == "person"


def test_a_bodys_number_belongs_to_its_name_but_a_count_after_it_does_not():
    found = names(["Hôm qua, Bộ tư lệnh Quân khu 7 phối hợp với Bệnh viện Quân y 175 tổ chức khám bệnh.",
                   "Sở Y tế Hà Nội 3 lần kiểm tra cơ sở này, tại Khu du lịch ven sông."])
    assert "Bệnh viện Quân y 175" in found
    assert "Sở Y tế Hà Nội" in found and "Khu" not in found


def test_a_committee_named_without_its_place_is_no_entity_but_with_a_tail_it_is():
    found = names(["Ông Trần Văn Nam, Bí thư Tỉnh ủy, cho biết Ban Thường vụ đã họp.",
                   "Theo Tỉnh ủy Đồng Tháp, đoàn kiểm tra đã làm việc tại TP.HCM."])
    assert "Tỉnh ủy" not in found and "Ban Thường vụ" not in found
    assert "Tỉnh ủy Đồng Tháp" in found


def test_a_lower_case_head_after_a_plural_word_names_a_kind_of_body():
    found = names(["Thí sinh thi tại các học viện, trường ĐH CAND và Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam."])
    assert not any(n.lower().startswith("trường") for n in found)


def test_a_bodys_place_after_a_title_stays_in_the_bodys_name():
    found = names(["Ông Lê Văn Hùng, Chủ tịch UBND huyện Tuy An, cho biết đã kiểm tra."])
    assert found.get("UBND huyện Tuy An") == "organization" and "Tuy An" not in found
