"""Credit lines: the reporters, outlets and datelines an article closes with ("Đỗ Tuấn Anh/VOV-Phnom Penh",
"Thanh Hảo (Theo NDTV, Reuters)", "Thực hiện : Duy Hòa Đức Hưng").

Such a line stands alone as the article's last sentence. Read as an ordinary sentence it gives nothing (a name
with no context) or nonsense ("VOV-Phnom Penh" as a person); read whole, its parts are plain: the authors first,
then after "/", "(" or "Theo" the outlets, and after an outlet's dash its desk or dateline. The annotators name
the authors as persons and the outlets as organisations (tests/data/analysis, NOTES of held-out-10, -12, -15,
-18, -22). Stop 19: 44 entity misses over the annotated sets were in such lines, 14 of them in held-out-31.
A credit glued to the next paragraph ("Phương Giang Theo Tri Thức Sau …") is read in mentions.py.
"""

from __future__ import annotations

import re

from ..models import Cluster, Sentence
from ._common import name_case, UPPER
from .kinds import PERSON_TITLES
from .lexicon import COMMON_SURNAMES, NOT_NAMES, ORG_HEADS
from .mentions import Mention

# What opens a credit line before the names: "Thực hiện :", "Tin, ảnh:", "Bài và ảnh:", "Phóng sự ảnh của".
_OPENER = re.compile(r"^(?:Thực hiện|Tin,? (?:và )?ảnh|Bài,? (?:và )?ảnh|Ảnh|Phóng sự ảnh của|Nhóm PV|CTV)\s*:?\s*")
# A syllable of a name: capitalised or in capitals ("Tuấn", "TUẤN", "L’Humanité").
_SYLLABLE = rf"[{UPPER}][\w’'+.&]*"
# Initials, alone or before a given name: "L.N.", "T.M", "V.Dũng", "T. Tuyền", "H.GIANG".
_INITIALS = rf"(?:[{UPPER}]\.\s?)+(?:{_SYLLABLE})?|[{UPPER}]{{2,3}}"
_AUTHOR = re.compile(rf"^(?:{_INITIALS}|{_SYLLABLE}(?: {_SYLLABLE}){{0,3}})$")
# Notes about the text, no outlet: "(tổng hợp)", "(lược dịch)", "(Dịch)", "(*)".
_NOTES = {"tổng hợp", "lược dịch", "dịch", "*", "ghi"}
# An outlet: up to four words, the first capitalised ("VOV online", "Tin tức"), or a web site's name ("gsmarena", "vnnew.vn").
_OUTLET = re.compile(rf"^(?:{_SYLLABLE}(?: [\w’'+.&]+){{0,3}}|[a-z][\w-]*(?:\.[a-z]{{2,6}})*)$")
# Outlets of two or three capitals, no reporter's initials ("TTXVN/Tin tức", "(HTH)" are read by their length).
_SHORT_OUTLETS = {"VOV", "VTV", "VNA", "AFP", "BBC", "CNN", "THX", "VNE", "TTO", "RFI", "RFA", "HTV", "AP", "ABC"}
_AUTHOR_SEPARATORS = re.compile(r"\s*(?:\s-\s|–|,|\svà\s)\s*|\s-(?=\s?[" + UPPER + "])|(?<=[\\w.])-\\s")


def _authors(part: str, opened: bool) -> tuple[list[str], list[str]] | None:
    """(persons, outlets) of a credit line's author part, or None when it is no list of names."""
    names: list[str] = []
    outlets: list[str] = []
    for piece in _AUTHOR_SEPARATORS.split(part.strip()):
        piece = piece.strip()
        if not piece or piece.lower() in NOT_NAMES | {"ctv"}:
            continue  # "Thu Phương - PV": the reporter's role
        words = piece.split(" ")
        if len(words) > 1 and (words[0].isupper() or words[0].endswith(".")) \
                and words[0].lower().rstrip(".") in PERSON_TITLES | NOT_NAMES:
            return None  # "TS. Nguyễn Văn Sánh", "DS Nguyễn Thu Giang": an author with a title, which the ordinary rules read
        if len(words) > 1 and {w.isupper() for w in words if len(w) > 1 and "." not in w} == {True, False}:
            return None  # "Kim Tuyến PHẢN HỒI": a page's button glued on
        if len(words) == 1 and piece.isupper() and "." not in piece and (len(piece) > 3 or piece in _SHORT_OUTLETS):
            outlets.append(piece)  # "TTXVN"
            continue
        if not all(_AUTHOR.match(w) for w in words):
            return None
        if opened and (len(words) == 6 or len(words) == 4 and not (
                words[0].lower() in COMMON_SURNAMES and words[2].lower() not in COMMON_SURNAMES)):
            names.extend(" ".join(words[k:k + 2]) for k in range(0, len(words), 2))  # "Duy Hòa Đức Hưng": two reporters
            continue
        if not _AUTHOR.match(piece):
            return None
        names.append(piece)
    return names, outlets


def _outlets(part: str) -> list[tuple[str, str]] | None:
    """(name, type) of the outlets and datelines after the authors, or None when the part is no credit."""
    out: list[tuple[str, str]] = []
    part = re.sub(r"^[/(\s]*(?:[Tt]heo:?\s+)?", "", part).strip()
    for paren in re.findall(r"\(([^()]*)\)", part):
        if ":" in paren or paren.strip().lower() in _NOTES:
            part = part.replace(f"({paren})", " ")  # "(Ảnh, clip: Ca sỹ cung cấp)": a photo credit
    dated = re.match(r"^([^/()]+)\(\s*(?:[Tt]heo\s+)?([^()]+)\)?$", part)
    if dated and "/" not in dated.group(1):  # "Berlin (Vietnam+)": a dateline, then the outlet
        place = dated.group(1).strip()
        if place:
            out.append((place, "location"))
        part = dated.group(2)
    for piece in re.split(r"\s*[/,()]\s*", part):
        piece = piece.strip(" -")
        if not piece or piece.lower() in _NOTES:
            continue
        outlet, desk = piece, ""
        if "-" in piece:
            outlet, desk = (p.strip() for p in re.split(r"\s*-\s*", piece, maxsplit=1))
        if not _OUTLET.match(outlet):
            return None
        out.append((outlet, "organization"))
        if desk and _OUTLET.match(desk):  # "VOV-Phnom Penh", "VOV - Trung tâm Tin": the desk or its city
            out.append((desk, "organization" if desk.split(" ")[0].lower() in ORG_HEADS
                        or " ".join(desk.lower().split(" ")[:2]) in ORG_HEADS else "location"))
    return out


def credit_line(sentence: Sentence) -> list[Mention] | None:
    """The names of a credit line (call it on an article's last sentence), or None when the sentence is none."""
    text = re.sub(r"\s+", " ", sentence.text).strip()
    if not text or text[-1] in ".!?:;\"”" and not re.search(rf"[{UPPER}]\.$", text) or len(text.split(" ")) > 14:
        return None
    opened = bool(_OPENER.match(text))
    text = _OPENER.sub("", text)
    theo = re.match(r"^[Tt]heo:?\s+", text)
    cut = re.search(r"/|\(|\s[Tt]heo\s", text)
    author_part, outlet_part = (text[:cut.start()], text[cut.start():]) if cut else (text, "")
    if theo:  # "Theo Reuters", "Theo QUANG QUÝ/Nhandan.vn", "Theo Huy Đồng (Vietnam+)"
        body = text[theo.end():]
        cut = re.search(r"/|\(", body)
        author_part, outlet_part = (body[:cut.start()], body[cut.start():]) if cut else ("", body)
    author_part = re.sub(r"\s+ghi$", "", author_part.strip().rstrip("-– ").strip())  # "PHẠM CƯỜNG ghi": wrote it
    site = re.search(r"\s([a-z][\w-]*\.[a-z]{2,6})$", author_part)
    if site:  # "Tấn Quốc vnnew.vn"
        author_part, outlet_part = author_part[:site.start()], f"{site.group(1)} {outlet_part}"
    if theo and not cut and len(outlet_part.split()) > 3:
        return None  # "Theo An Bình Dân Trí": where the reporter's name ends is not written
    read = _authors(author_part, opened) if author_part else ([], [])
    outlets = _outlets(outlet_part) if outlet_part.strip() else []
    if read is None or outlets is None:
        return None
    authors, more = read
    outlets = [(name, "organization") for name in more] + outlets
    if not (authors or outlets):
        return None
    if len(authors) == 1 and " " not in authors[0] and "." not in authors[0] and not outlets \
            and not authors[0].isupper():
        return None  # one bare word alone ("Club."): no sign it is a name
    return [Mention(name_case(a), "person", sentence) for a in authors] + \
        [Mention(name, kind, sentence) for name, kind in outlets]


def credit_lines(cluster: Cluster) -> dict[tuple[int, int], list[Mention]]:
    """The credit lines of the cluster by (article, position): each article's last sentence when it is one."""
    last: dict[int, Sentence] = {}
    for s in cluster.sentences:
        if s.article_index not in last or s.position > last[s.article_index].position:
            last[s.article_index] = s
    out = {(s.article_index, s.position): found for s in last.values() if (found := credit_line(s))}
    by_key = {(s.article_index, s.position): s for s in cluster.sentences}
    for (doc, pos), found in list(out.items()):  # "Ngọc Huyền" then "Theo RT": the author's line split from the outlet's
        before = by_key.get((doc, pos - 1))
        if before is not None and all(m.type != "person" for m in found):
            names = credit_line(before)
            if names and all(m.type == "person" for m in names):
                out[(doc, pos - 1)] = names
    return out
