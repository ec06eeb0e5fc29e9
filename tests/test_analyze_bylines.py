"""Credit lines: the reporters, outlets and datelines an article closes with."""

from __future__ import annotations

import pytest

from analysis_support import by_name
from tomtat.analyze.bylines import credit_line
from tomtat.pipeline import to_cluster

STORY = "Thủ tướng Lào đã tiếp đoàn đại biểu của tỉnh Nghệ An tại Viêng Chăn. Hai bên nhất trí mở thêm một cửa khẩu."


def _credit(line: str):
    """What credit_line reads off the last sentence of a one-article cluster closing with ``line``."""
    cluster = to_cluster([f"{STORY}\n{line}"])
    found = credit_line(cluster.sentences[-1])
    return None if found is None else [(m.name, m.type) for m in found]


def test_reporter_outlet_and_dateline_of_a_closing_credit_are_entities():
    found = by_name([f"{STORY}\nLê Minh Khoa/VOV-Viêng Chăn"])
    assert found["Lê Minh Khoa"].type == "person"
    assert found["VOV"].type == "organization"
    assert found["Viêng Chăn"].type == "location"
    assert not [name for name in found if "VOV-" in name or "VOV -" in name]


def test_a_bare_name_closing_the_article_is_its_reporter():
    found = by_name([f"{STORY}\nHoài Thương"])
    assert found["Hoài Thương"].type == "person"


@pytest.mark.parametrize("line, expected", [
    ("Bảo Ngọc (Theo AFP, Reuters)", [("Bảo Ngọc", "person"), ("AFP", "organization"), ("Reuters", "organization")]),
    ("Quang Huy Theo The Straits Times", [("Quang Huy", "person"), ("The Straits Times", "organization")]),
    ("Trần Hà/Paris (Vietnam+)", [("Trần Hà", "person"), ("Paris", "location"), ("Vietnam+", "organization")]),
    ("TTXVN/Tin tức", [("TTXVN", "organization"), ("Tin tức", "organization")]),
    ("Thực hiện : Hải Yến Quốc Bảo", [("Hải Yến", "person"), ("Quốc Bảo", "person")]),
    ("HOÀI THU - MINH ĐỨC", [("Hoài Thu", "person"), ("Minh Đức", "person")]),
    ("Tin, ảnh: K.Phong", [("K.Phong", "person")]),
    ("Ngọc Lan - (tổng hợp)", [("Ngọc Lan", "person")]),
    ("Thanh Tùng/VOV online (Ảnh, clip: Nhân vật cung cấp)", [("Thanh Tùng", "person"), ("VOV online", "organization")]),
    ("(Theo Bloomberg)", [("Bloomberg", "organization")]),
    ("Diệu Hoa - PV", [("Diệu Hoa", "person")]),
])
def test_credit_lines_are_read_whole(line, expected):
    assert _credit(line) == expected


@pytest.mark.parametrize("line", [
    "Nguyên nhân vụ việc đang được làm rõ.",
    "(Tổng hợp)",
    "PV",
    "TS. Nguyễn Văn Sánh",  # an author with a title: the ordinary rules read it
    "Theo An Bình Dân Trí",  # where the reporter's name ends and the outlet's begins is not written
    "Theo nhiều nguồn tin",
    "Cán bộ hưu trí (Xã Quảng Đức, huyện Quảng Xương)",
    "Kim Tuyến PHẢN HỒI",
])
def test_lines_that_are_no_credit(line):
    assert _credit(line) is None


def test_only_the_last_sentence_is_read_as_a_credit():
    line = "Thực hiện : Hải Yến Quốc Bảo"
    assert {"Hải Yến", "Quốc Bảo"} <= set(by_name([f"{STORY}\n{line}"]))
    inside = by_name([f"{STORY}\n{line}\nHai bên sẽ gặp lại vào tháng sau."])
    assert "Quốc Bảo" not in inside  # the same line inside the text is read by the ordinary rules


def test_an_authors_line_split_from_its_outlets_line_is_read_with_it():
    # read alone by the ordinary rules, the name is taken for a place (as "Bắc Hiệp" in ../shared/data)
    found = by_name([f"{STORY}\nYến Như\nTheo AP"])
    assert found["Yến Như"].type == "person" and found["AP"].type == "organization"


def test_a_credit_glued_to_the_next_paragraph_names_its_author_and_outlet():
    found = by_name(["Hai bên nhất trí mở thêm một cửa khẩu. Minh Châu Theo Tuổi Trẻ Sau buổi lễ, đoàn đại biểu "
                     "đã thăm một nhà máy dệt ở ngoại ô."])
    assert found["Minh Châu"].type == "person"
    assert found["Tuổi Trẻ"].type == "organization"
