"""Facts: agreements merged across articles, conflicts between articles, independent sources."""

from __future__ import annotations

from tomtat.analyze import analyze

A = "Liên minh đã đưa 3.000 binh sĩ tới Kazakhstan hôm 6/1 để giữ an ninh sân bay."
B = "Theo hãng tin X, lực lượng gìn giữ hòa bình được điều tới Kazakhstan tổng cộng khoảng 2.500 người."
C = "Hôm 10/1, liên minh cho biết gần 2.500 lính đã có mặt tại Kazakhstan."


def test_conflict_on_troop_numbers_and_agreement_merged():
    digest = analyze([A, B, C])
    assert len(digest.conflicts) == 1
    conflict = digest.conflicts[0]
    assert conflict.about == "binh sĩ"
    assert sorted(v.value for v in conflict.values) == [2500, 3000]
    agreed = [f for f in digest.facts if f.value == 2500 and f.about == "binh sĩ"]
    assert len(agreed) == 1 and {s.doc for s in agreed[0].sources} == {1, 2}
    assert agreed[0].independent_sources == 2


def test_two_values_in_one_article_are_two_things_not_a_conflict():
    text = "Công an đã bắt 10 đối tượng. Sau đó 27 đối tượng bị xử phạt tại Bình Dương."
    other = "Tại Bình Dương, 27 đối tượng bị xử phạt và 10 đối tượng bị bắt trước đó."
    assert analyze([text, other]).conflicts == []


def test_ages_and_durations_do_not_conflict():
    digest = analyze(["Anh Nguyễn Văn A (41 tuổi) bị thương ở Hà Nội.", "Nạn nhân Nguyễn Văn A, 40 tuổi, được đưa về Hà Nội."])
    assert digest.conflicts == []


def test_copies_count_as_one_independent_source():
    story = ("Sáng 3/5, một vụ cháy lớn xảy ra tại chợ Bình Minh khiến 12 ki-ốt bị thiêu rụi hoàn toàn. "
             "Lực lượng cứu hỏa đã điều 5 xe chữa cháy tới hiện trường và dập tắt đám cháy sau hai giờ. "
             "Nguyên nhân vụ cháy đang được cơ quan chức năng điều tra làm rõ.")
    digest = analyze([story, story.replace("Sáng 3/5", "Sáng ngày 3/5"), "Chợ Bình Minh cháy, 12 ki-ốt bị thiêu rụi, theo người dân."])
    assert digest.coverage.independent_sources == [[0, 1], [2]]
    kiosks = [f for f in digest.facts if f.value == 12]
    assert len(kiosks) == 1 and kiosks[0].independent_sources == 2 and {s.doc for s in kiosks[0].sources} == {0, 1, 2}


def test_vague_amounts_money_and_generic_people_do_not_conflict():
    a = "Tối 2/9, hàng nghìn sinh viên Đà Nẵng dự lễ hội, ban tổ chức chi 5 tỷ đồng, 300 người tham gia."
    b = "Gần 20.000 sinh viên Đà Nẵng dự lễ hội tối 2/9; ban tổ chức chi 7 tỷ đồng, 500 người tham gia."
    assert analyze([a, b]).conflicts == []


def test_casualty_counts_conflict():
    a = "Vụ nổ tại nhà máy ở Bắc Ninh sáng 4/6 làm 3 người chết và 5 người bị thương."
    b = "Sáng 4/6, vụ nổ nhà máy ở Bắc Ninh khiến 4 người tử vong, 5 người bị thương."
    [conflict] = analyze([a, b]).conflicts
    assert conflict.about == "người chết" and sorted(v.value for v in conflict.values) == [3, 4]
