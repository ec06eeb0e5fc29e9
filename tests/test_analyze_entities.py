"""Entities: typing rules and merging of variants."""

from __future__ import annotations

from tomtat.analyze.entities import entities, fold
from tomtat.pipeline import to_cluster


def by_name(cluster_texts):
    return {e.name: e for e in entities(to_cluster(cluster_texts))}


def test_acronym_from_parenthesis_and_org_head():
    found = by_name([
        "Tổ chức Hiệp ước An ninh Tập thể (CSTO) đã họp trực tuyến.",
        "Các nước thành viên CSTO nhất trí gửi quân.",
    ])
    org = found["Tổ chức Hiệp ước An ninh Tập thể"]
    assert org.type == "organization" and "CSTO" in org.aliases
    assert {s.doc for s in org.sources} == {0, 1}


def test_transliterations_and_short_name_merge_into_one_person():
    found = by_name([
        "Tổng thống Kazakhstan Kassym-Jomart Tokayev phát biểu tại Almaty.",
        "Ông Kassym-Zhomart Tokayev đã về nước.",
        "Ông Tokayev nói rằng tình hình đã ổn định.",
    ])
    people = [e for e in found.values() if e.type == "person"]
    assert len(people) == 1
    assert {s.doc for s in people[0].sources} == {0, 1, 2}
    assert found["Kazakhstan"].type == "location"


def test_places_titles_and_family_names():
    found = by_name(["Chiều qua, anh Trần Văn Bình trú tại xã Phú Lộc, huyện Lý Nhân gặp bà Lê Thị Hoa ở Hà Nội."])
    assert found["Trần Văn Bình"].type == "person"
    assert found["Lê Thị Hoa"].type == "person"
    assert found["Phú Lộc"].type == "location"
    assert found["Hà Nội"].type == "location"
    assert "Chiều" not in found


def test_fold():
    assert fold("TP. Hồ Chí Minh") == fold("tp hồ chí minh") == "tp ho chi minh"


def test_capitalised_common_words_are_not_names():
    found = by_name(["Lễ dâng hoa diễn ra tại Bảo tàng Hồ Chí Minh và Công viên Tượng đài ở TPHCM."])
    assert not {"Bảo", "Tượng"} & set(found)
    assert found["TPHCM"].type == "location"
