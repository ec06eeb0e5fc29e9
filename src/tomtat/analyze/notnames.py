"""Spans that name no entity: titles of works, shows, contests and weapons, and kinds of bodies."""

from __future__ import annotations

import re

from .lexicon import ORGS, PLACES, WEAPON_NOUNS, WORK_NOUNS

_YEAR = re.compile(r"^(19|20)\d\d$")
_UNIT_NUMBER = re.compile(r"^\d{1,3}$")
# Words counted by a number after a body's name ("Bộ Y tế 2 lần", "Công ty X 5 năm qua"): the number is no part
# of the name then (time, people, money, measures; general list).
_COUNTED = {"năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "người", "lần", "tỷ", "tỉ", "triệu", "nghìn", "ngàn",
            "trăm", "%", "km", "m", "kg", "đồng", "usd", "ca", "vụ", "chiếc", "xe", "tấn", "ha", "bệnh nhân", "đơn vị",
            "cán bộ", "chiến sĩ", "học sinh", "sinh viên", "trường", "tỉnh", "huyện", "xã", "điểm", "bàn", "trận"}
# A model number after a latin-letter name ("Nexus 5", "Galaxy Note 3", "Windows 11").
_MODEL_NUMBER = re.compile(r"^\d{1,3}[A-Za-z]?$")
_QUOTES = {"'", '"', "“", "‘", "«"}
# A model's code: capitals, a dash maybe, digits ("T-50", "FGM-148", "A320"); an age team ("U23 Indonesia") is a team.
_MODEL_CODE = re.compile(r"^[A-Z]{1,4}-?\d+[A-Z]*$")
_AGE_TEAM = re.compile(r"^U\d{2}$")


def _is_work(toks: tuple[str, ...], i: int, j: int) -> bool:
    """Whether the run toks[i:j] names a work, show, contest or weapon: right after a work noun (or a
    quote mark after one: "MV 'Ngôi sao …'"), a weapon noun up to three lower-case words before it
    ("pháo phản lực phóng loạt HIMARS"), or followed by a year ("Hoa hậu … 2022")."""
    if j < len(toks) and _YEAR.match(toks[j]):
        return True
    name = " ".join(toks[i:j])
    if j < len(toks) and _MODEL_NUMBER.match(toks[j]) and name.isascii() and not name.isupper() \
            and name.lower() not in PLACES | ORGS:
        return True  # "Galaxy Note 3", "Nexus 5", "Windows 11": a product and its model number
    if i > 0 and _MODEL_CODE.match(toks[i - 1]) and not _AGE_TEAM.match(toks[i - 1]) and name.isascii() \
            and name.lower() not in PLACES | ORGS:
        return True  # "T-50 Golden Eagle", "MQ-1C Grey Eagle", "A320 Sharklet": the name of a model after its code
    k = i - 1 if i > 0 and toks[i - 1] in _QUOTES else i
    before: list[str] = []  # up to four lower-case tokens before the run, nearest last
    while k > 0 and len(before) < 4 and (toks[k - 1][:1].islower() or k == 1) and toks[k - 1].lower() not in _WORK_STOP:
        before.insert(0, toks[k - 1].lower())
        k -= 1
    spans = {" ".join(before[a:b]) for a in range(len(before)) for b in range(a + 1, len(before) + 1)}  # whole tokens
    films = [n for n, b in enumerate(before) if b in _FILM_NOUNS and (n > 0 and before[n - 1] or toks[k - 1].lower() if k > 0
                                                                       else "") not in _STUDIO_WORDS]
    return any(" ".join(before[a:]) in WORK_NOUNS for a in range(len(before))) or bool(spans & WEAPON_NOUNS) or bool(films)


# A film's title may follow a few descriptive words, like a weapon's ("bộ phim truyền hình cổ trang ăn khách X";
# held-out-2 045, seventh round); whole tokens only, so "hãng phim" (a studio) is none.
_FILM_NOUNS = {"phim", "bộ phim", "phim truyền hình"}
_STUDIO_WORDS = {"hãng", "công ty", "xưởng", "nhà sản xuất"}  # "hãng phim châu Âu Infinitum Nihil": a studio


# Words between a weapon noun and a name that make the name something else ("tên lửa của Nga").
_WORK_STOP = {"của", "do", "và", "với", "cho", "tại", "ở", "từ", "về", "được", "bị", "đã", "sẽ", "đang", "là", "mà",
              "như", "các", "những", "nhiều", "theo", "trong", "khi", "sau", "trước", "thuộc", "tới", "đến", "sang",
              "vào", "ra", "khỏi", "gần", "quanh", "để", "nhằm", "đối với", "tấn công", "bắn", "quân", "phía", "này", "đó",
              "ấy", "kia", "đưa", "mang", "chở"}


_PLURAL = {"các", "những", "nhiều", "mọi"}
_FRACTION = re.compile(r"^\d+(/\d+)?$")


def _plural_body(toks: tuple[str, ...], i: int, j: int, lower_heads: set[str]) -> bool:
    """Whether the body named by toks[i:j] is a kind of body, many of them: a plural word before its
    lower-case head ("các học viện, trường ĐH CAND"; not before a capital: "Liên hiệp các Hội Khoa học …"
    is one body), or a share before it ("28/34 Sở Y tế"). ("Sở … các tỉnh" after it is left alone: the
    annotations count it once and leave it once.)"""
    k = i - 1
    while k >= 0 and (toks[k] == "," or toks[k] in lower_heads):
        k -= 1  # "các học viện, trường | ĐH CAND": over lower-case heads and commas only
    if k >= 0 and k < i - 1 and toks[k].lower() in _PLURAL or k == i - 1 and k >= 0 and _FRACTION.match(toks[k]) and "/" in toks[k]:
        return True
    # stop 20: a count of a province's or a district's bodies ("63 Sở Giao thông vận tải", held-out-35 abmusu-train-042); not a
    # year, a day or an ordinal before the name ("lần thứ 5 Ban Chấp hành …"), nor a count of bodies listed by their places
    # after it ("3 Công ty xổ số kiến thiết Khánh Hòa, Kon Tum và …")
    return i > 0 and toks[i].lower() in _LOCAL_BODIES and bool(re.fullmatch(r"[2-9]|[1-9]\d", toks[i - 1])) \
        and not (i > 1 and toks[i - 2].lower() in _WHEN_WORDS)


_WHEN_WORDS = {"năm", "ngày", "tháng", "tuần", "quý", "số", "khóa", "lần", "thứ"}
_LOCAL_BODIES = {"sở", "ubnd", "hđnd", "ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân"}  # (one word token each)
