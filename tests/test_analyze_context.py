"""Context around a name that changes its type or drops it (analyze/context.py): a piece of a longer name or title,
a title held by many people, names listed together, a person's name after a title and its domain."""

from __future__ import annotations

from analysis_support import by_name
from tomtat.analyze.context import coordinated_guesses, person_core, piece_of_longer_name, plural_title


def test_piece_of_longer_name():
    assert piece_of_longer_name(("mà", "Ernst", "&", "Young", "công bố"), 1, 2)
    assert piece_of_longer_name(("mà", "Ernst", "&", "Young", "công bố"), 3, 4)
    assert piece_of_longer_name(("phim", "'", "Love and", "Thunder", "'"), 3, 4)
    assert piece_of_longer_name(("giải", "Industrie", "4.0 Award"), 1, 2)
    assert piece_of_longer_name(("gọi là", "'", "Home", "'", ","), 2, 3)
    assert not piece_of_longer_name(("đội", "Barcelona", "thắng"), 1, 2)
    assert not piece_of_longer_name(("Barcelona", "3-0", "Napoli"), 0, 1)  # a score is no version number


def test_plural_title_names_a_body_not_a_list_of_people():
    toks = ("Các", "cầu thủ", "Chelsea", "đã", "thắng")
    assert plural_title(toks, 2, 3, "cầu thủ")
    assert not plural_title(("Cầu thủ", "Chelsea", "đã"), 1, 2, "cầu thủ")
    assert not plural_title(("các", "cầu thủ", "Messi", ",", "Neymar"), 2, 3, "cầu thủ")  # a list of people
    assert not plural_title(("các", "bị cáo", "Hoàn Nguyên", "và"), 2, 3, "bị cáo")  # not latin letters


def test_coordinated_guesses_take_the_listed_type():
    text = "Giao tranh diễn ra tại Khan Younes và Abasan ở phía Nam."
    assert coordinated_guesses([("Khan Younes", "location"), ("Abasan", None)], text) == {"Abasan": "location"}
    # "X, Y" after a person may be an apposition: only places lend their type over a comma
    text = "Theo bác sĩ Lan Anh, Khoa Nhi cho biết"
    assert coordinated_guesses([("Lan Anh", "person"), ("Khoa", None)], text) == {}


def test_person_core():
    assert person_core(["Kế hoạch", "và", "Đầu tư", "Nguyễn Chí Dũng"], {"bộ trưởng"}) == ["Nguyễn Chí Dũng"]
    assert person_core(["Luise", "Hölscher", "–", "Quốc vụ khanh"], {"quốc vụ khanh"}) == ["Luise", "Hölscher"]
    assert person_core(["Kế hoạch", "và", "Đầu tư"], set()) == []
    assert person_core(["Ludwig", "van", "Beethoven"], set()) == ["Ludwig", "van", "Beethoven"]


def test_clusters_end_to_end():
    found = by_name([
        "Các cầu thủ Chelsea đã thắng Schalke với tỷ số 3-0.",
        "Báo cáo mà Ernst & Young công bố cho thấy giá nhà tăng.",
        "Trận đấu được truyền trực tiếp trên kênh ITV tối qua.",
        "Đội bóng xứ Catalan đang du đấu tại Mỹ.",
        "Vận động viên này giành HCV tại giải vô địch.",
    ])
    assert found["Chelsea"].type == "organization"
    assert "Ernst" not in found and "Young" not in found
    assert found["ITV"].type == "organization"
    assert found["xứ Catalan"].type == "location"  # a region named with "xứ" keeps it (stop 16: "xứ Lạng", held-out-15 046)
    assert "HCV" not in found


def test_a_titled_domain_is_no_person():
    found = by_name(["Bộ trưởng Kế hoạch và Đầu tư Nguyễn Chí Dũng cho biết vốn đã được giải ngân.",
                     "Bộ trưởng Nguyễn Chí Dũng thừa nhận tỷ lệ giải ngân còn thấp."])
    assert found["Nguyễn Chí Dũng"].type == "person"
    assert not any("Kế hoạch" in name for name in found)  # was "Kế hoạch" (person)
