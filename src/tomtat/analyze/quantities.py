"""Quantities in Vietnamese text: "2.500" (dot = thousands), "3,5 triệu" (comma = decimal),
"7 nghìn km", "gần 8.000", "hàng chục". Dates, times, years, codes, plates, phone numbers,
URLs, ordinals and labels ("số 76", "Quốc lộ 13", "vòng 2") are not quantities."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..models import Sentence
from ._common import UPPER, mask, non_quantity_spans
from .dates import FRACTION, date_spans, is_fraction, small_share

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_MULT = {"trăm": 1e2, "nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9, "tr": 1e6}
_MULTS = r"(?:\s+(?:trăm|nghìn|ngàn|vạn|triệu|tỷ|tỉ|tr)\b)*"  # "tr": "25 tr/m2" = 25 triệu
# Between the two ends of a range ("42 - 43 tỷ USD", "3 đến 5 triệu"): the first end takes the
# second's multiplier and unit.
_RANGE = re.compile(r"(?i)^\s*(?:-|–|đến|tới|(?:trong|/)\s*(?:tổng\s+)?số)\s*$")  # "28 trong số 41 người"
# Hedges that make a quantity approximate ("hơn"/"trên" = at least, still not exact).
APPROX = ("khoảng", "gần", "hơn", "trên", "chừng", "ước tính", "xấp xỉ", "độ", "ngót", "tầm", "dưới", "non", "trên dưới", "ước")
_APPROX = r"(?:(?:ước tính|trên dưới|khoảng|gần|hơn|trên|chừng|xấp xỉ|ngót|tầm|dưới|non|độ|ước)\s+)?"
# "hàng triệu", "hàng tỷ" are a manner of speaking ("hàng triệu người"), not a count: only tens,
# hundreds and thousands are vague facts (the annotation convention of tests/data/analysis/README.md).
# "hàng chục nghìn tỷ" is 10 × 1,000 × 10^9: up to two multipliers, and never cut before a third.
_VAGUE = r"(?:hàng|cả|vài|mấy)\s+(?:chục|trăm|nghìn|ngàn)(?:\s+(?:nghìn|ngàn|triệu|tỷ|tỉ)){0,2}(?!\s+(?:nghìn|ngàn|triệu|tỷ|tỉ))"
# A number after "/" is a fraction's or a date's part, unless a counted word stands before the slash ("3.725 vụ/7.066 bị can":
# two counts; stop 16, held-out-16 073); a rate's denominator is none (find_quantities).
# Round 49: "#3 - How You Like That" is a rank, no count (held-out-45 abmusu-validation-012; general usage of charts).
_QUANTITY = re.compile(rf"(?i)(?<![\w,#])(?<!(?<![^\W\d_])/)(?<!\w\.)(?P<hedge>{_APPROX})(?:(?P<num>{_NUM})(?!\d)(?P<mult>{_MULTS})(?![.,]\d)|(?P<vague>{_VAGUE})\b)")
_VAGUE_BASE = {"chục": 10, "trăm": 100, "nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
# A number right after one of these words is a label or an ordinal, not a quantity.
_LABEL = re.compile(  # stop 20: also a label glued to the lower-case word before it ("… mở thưởngThứ 3: …", held-out-34 070)
    rf"(?i)(?:\b|(?-i:(?<=[a-zà-ỹđ])(?=[{UPPER}])))(?:(?<!trong )(?<!tổng )số|thứ|(?<!trong )vòng|á hậu|giải|điều|khoản|chương|mục|quốc lộ|ql|tỉnh lộ|hương lộ|đường|xóm|thôn|ấp|tổ|khu phố|phường|"
    r"quận|q|lô|phòng|tầng|nghị quyết|chỉ thị|quyết định|thông tư|nghị định|(?<!kỷ )(?<!kỉ )luật|kết luận|tập|bài|câu|mã|(?<!huy )hiệu|"
    r"khóa|lớp|sn|(?<!học )sinh|mùa|kỳ|đợt|lần|hạng|top|nhóm|ca|bảng|khu|căn hộ|nhà|km|ngày|tháng|năm|(?<!cung )cấp|level|phiên bản|"
    r"version|giai đoạn|hội nghị|kỳ họp|phần|đề án|dự án|công văn|tờ trình|mẫu|tuyến|chuyến|hạng mục|cửa|ga|bến|"
    r"trạm|cổng|vùng|sư đoàn|lữ đoàn|trung đoàn|tiểu đoàn|đại đội|binh đoàn|quân đoàn|hạm đội|kênh|ván|set|hiệp|phút thứ|"
    r"quý|sbd|stt|mã số|dân phố|hotline|điện thoại|đt|sđt|tổng đài|fax|sáng|trưa|chiều|tối|đêm|hôm|"
    r"trung ương|hẻm|ngõ|ngách|kiệt|bán kết|tứ kết|chung kết|đội|mức độ|mũi|vành đai|bước|thế kỷ|thế kỉ|"  # "mũi 2" (the second dose), "vành đai 3"
    r"phút|khối|liveshow)"  # stop 21: a match's minute ("Phút 63"), a school year ("khối 11"), a show's round ("liveshow 5")
    # (twelfth round: "Huy hiệu 55 năm tuổi Đảng" counts years of membership, no "hiệu" label; held-out-9 044)
    r"\.?\s*$"
)  # (seventeenth round: "kỷ luật 8 Ủy viên" disciplines eight, no law "luật 8"; held-out-13 073)
_PERIOD_BEFORE = re.compile(r"(?i)\bgiai đoạn\s*$")
_YEAR_WORD_BEFORE = re.compile(r"(?i)\bnăm\s*$")
_DURATION_BEFORE = re.compile(r"(?i)\d\s*(?:tháng|tuần)\s*$")
# Stop 22: years then months of one length are one value in years ("3 năm 6 tháng tù" = 3.5 năm; held-out-22 and -30 annotate
# it so, NOTES-CV), months then days two ("20 tháng 21 ngày", NOTES-DC, held-out-39).
_MONTHS_AFTER_YEARS = re.compile(r"(?i)\s+(\d{1,2})\s*tháng(?!\w)")
_AGE_AFTER = re.compile(r"(?i)\s*tuổi(?!\w)")
_DURATION_AFTER = re.compile(r"(?i)\s*(?:tháng|tuần|ngày|giờ)(?!\w)(?!\s+năm\s+\d)")
# "quý 1 và 2", "tháng 4 và 5", "tổ 3, 4": the numbers after a label's first number are labels too.
_LABEL_LIST = re.compile(r"\d+(?:\s*(?:,|và|-|–|đến)\s*\d+)*\s*(?:,|và|-|–|đến)\s*$")
# A number written right after a capitalised word inside the sentence, counting nothing, is part
# of a name ("Mông Dương 2", "Enterovirus 71", "Sepre 24"); a list number opens a line ("1.").
_NAME_NUMBER = re.compile(rf"(?<=\S\s)[{UPPER}][\w-]*\s+$")
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}[.)](?:\s|$)")
_ACRONYM_BEFORE = re.compile(rf"(?<!\w)[{UPPER}]{{2,}}\s+$")
# A number after a foreign word (plain Latin letters, and f/j/w/z or more than one vowel group, which no
# Vietnamese syllable has) inside the sentence names a product, a prize or a model ("giải Jackpot 2", "Power
# 6/55", "Apollo 11") unless a unit of measure follows it.
_LATIN_WORD_BEFORE = re.compile(r"(?<=\S\s)([A-Z][a-z]+)\s+$")


# Two capitalised latin words before a number name a model or a project ("Nord Stream 1", "Galaxy Note 3").
_LATIN_NAME_BEFORE = re.compile(r"(?:^(?!(?:Theo|Sau|Khi|Tuy|Con|Ban|Anh|Chi|Hai|Ba|Ong)\b)|(?<=\S\s))[A-Z][a-z]+\s+[A-Z][a-z]+\s+$")
# A number closing a quoted title ("“Tình mẫu tử 5”"): the title's.
_TITLE_CLOSE = re.compile(r"\s*[”\"]")
_TITLE_OPEN = re.compile(rf"[“\"][{UPPER}][^“”\"]{{0,80}}$")
# Counted nouns that make a number after an acronym a count, not a code ("tước GPLX 18.088 trường hợp", "HFNC 8 ca").
_COUNTED_AFTER_ACRONYM = {"ca", "trường hợp", "người", "vụ", "lượt", "bệnh nhân", "hộ", "xe", "phương tiện"}
# "170 tỷ 913 triệu đồng": a smaller multiplier's part after a larger one adds to it.
_AMOUNT_TAIL = re.compile(r"\s+(\d{1,3})\s+(tỷ|tỉ|triệu|nghìn|ngàn|trăm)\b")
# "2 năm rưỡi", "1 triệu rưỡi": and a half (of the multiplier, else of one).
_AND_A_HALF = re.compile(r"(?i)\s+rưỡi\b")


# A Vietnamese syllable written without its marks ("Nha", "Trang", "Long"): an onset, vowels, a coda. Words that are no
# such syllable ("Nord", "Stream", "Galaxy") are foreign.
_PLAIN_SYLLABLE = re.compile(r"(?i)^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$")


def _foreign_name_before(head: str) -> bool:
    if re.search(r"(?<![\w&])[A-Z]+&[A-Z]+\s+$", head):
        return True  # "S&P 500": an index's name
    pair = _LATIN_NAME_BEFORE.search(head)
    if pair and any(not _PLAIN_SYLLABLE.match(w) for w in pair.group(0).split()):
        return True  # "Nord Stream 1", not "cách Nha Trang 240 hải lý"
    found = _LATIN_WORD_BEFORE.search(head)
    if not found:
        return False
    word = found.group(1).lower()
    return bool(re.search(r"[fjwz]", word)) or len(re.findall(r"[aeiouy]+", word)) >= 2
# Labels that a bare number (no unit after it) names: "Kế hoạch 81", "Chương trình 135", "tổ công tác 141".
_NAMED_PLAN_BEFORE = re.compile(r"(?i)\b(?:kế hoạch|chương trình|tổ công tác|đề án)\s*$")
# Numbered levels and ways ("Mức 1", "cách 2") when no unit follows the number; a generation ("9x", "8X").
_LEVEL_BEFORE_BARE = re.compile(r"(?i)\b(?:mức|cách)\s*$")
_GENERATION = re.compile(r"[xX](?!\w)")
# Map coordinates ("14.817 độ vĩ Bắc", "108,44 độ kinh Đông") are positions, not quantities.
_COORDINATE = re.compile(r"(?i)\d+(?:[.,]\d+)?\s*độ\s+(?:vĩ|kinh)\b")
# "4.7 độ", "2.5%": an English decimal point before a measure.
_DOT_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,3})\.(\d{1,2})(?=\s*(?:độ\b|%))")
# "mức độ 4", "cấp độ 3": "độ" there is part of a level's name, not the hedge "about".
_LEVEL_BEFORE = re.compile(r"(?i)\b(?:mức|cấp)\s*$")
_MEASURE_BEFORE = re.compile(r"(?i)\b(?:tốc|nhiệt|nồng|cường|góc)\s*$")
# A house number: after "ở/tại/trú/địa chỉ/số nhà" and before a capitalised street name ("trú ở 20 Chử Đồng Tử").
_ADDRESS_BEFORE = re.compile(r"(?i)\b(?:ở|tại|trú|địa chỉ|số nhà|nhà số)\s*:?\s*(?:số\s+)?$")
_STREET_AFTER = re.compile(rf"\s+(?!(?:Sở|Bộ|Cục|Ban|Vụ|Viện|Hội|Trường|Bệnh|Công|Tổng|Ủy|Đại|Nhà|Tập|Ngân|Quỹ|Phòng|"
                           rf"Trung|Tỉnh|Thành|Quận|Huyện|Xã|Phường|Đội|Đoàn|Chi|Cơ)\b)[{UPPER}]\w*\s+[{UPPER}]")
# Hotlines: 1800/1900 numbers ("1900 1234", "1800.6868").
# Stop 21: a slogan in quotes that opens with a small number ("4 tại chỗ", "3 sẵn sàng", “3 giảm 3 tăng”; held-out-37
# abmusu-validation-043) names a principle, it counts nothing; a quoted amount ("6000 năm") has a larger number.
_SLOGAN = re.compile(r'[\"“](?:[1-9]|10)(?:\s+[^\s\"”\d]+){1,3}(?:\s+(?:[1-9]|10)(?:\s+[^\s\"”\d]+){1,2})?[\"”]')
_HOTLINE = re.compile(r"(?<![\w.,])1[89]00[\s.]?\d{3,4}(?:[\s.]?\d{2,3})?(?![\w]|[.,]\d)")
# Units of measure, longest first; a number glued to one of them ("30m", "20km") is a measure too.
UNITS = (
    "phần trăm", "đô la", "nhân dân tệ", "héc-ta", "km2", "m2", "m3", "km/h", "độ c", "%", "km", "cm", "mm", "kg", "m",
    "mét", "gam", "tấn", "tạ", "lít", "ha", "giờ", "tiếng", "phút", "giây", "ngày", "đêm", "tuần", "tháng", "năm",
    "tuổi", "lần", "usd", "đồng", "vnđ", "vnd", "euro", "eur", "bảng", "yên", "rúp", "won", "mw", "kw", "kwh", "độ",
    "gb", "mb", "tb", "ghz", "mah", "inch",
)
_UNIT = re.compile(r"(?i)\s*(" + "|".join(re.escape(u) for u in UNITS) + r")(?!\w)")
_UNIT_WORD = re.compile(r"(?i)(?:" + "|".join(re.escape(u) for u in UNITS) + r")")
_GLUED = re.compile(rf"(?i)(?<![\w.,])(?:{_NUM})(?:" + "|".join(re.escape(u) for u in UNITS if u[0].isalpha()) + r")(?!\w)")
_PER_WORDS = re.compile(r"(?:/[^\W\d_]+(?: [^\W\d_]+)?)+\.?")
_UNIT_BEFORE_SLASH = re.compile(r"(?i)(?:" + "|".join(re.escape(u) for u in UNITS) + r"|miligam|mg|ml|gam|g)/$")
_UNIT_NORM = {"phần trăm": "%", "mét": "m", "vnđ": "đồng", "vnd": "đồng", "eur": "euro", "tiếng": "giờ", "đô la": "usd"}
_CLASSIFIERS = {"chiếc", "con", "cái", "căn", "tấm", "bức", "quả", "cuốn", "ngôi", "mảnh", "cây", "thanh", "bộ"}
_STOP = {
    "và", "của", "đã", "bị", "được", "trong", "ở", "tại", "với", "là", "thì", "mà", "này", "đó", "cho", "từ", "đến",
    "tới", "các", "những", "có", "không", "sẽ", "đang", "vào", "ra", "lên", "về", "theo", "so", "hơn", "người", "trên",
    "vẫn", "cũng", "đều", "còn", "chưa", "mới", "vừa", "liền", "ngay", "nữa", "rồi", "luôn",  # adverbs count nothing
}
_SYL = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Quantity:
    """One quantity written in one sentence."""

    value: float
    unit: str
    about: str
    approx: bool
    text: str
    start: int
    end: int
    vague: bool = False  # "hàng chục", "vài trăm": an order of magnitude, not a value


def parse_number(num: str) -> float:
    """Vietnamese digits to a number: "2.500" → 2500, "3,5" → 3.5."""
    return float(num.replace(".", "").replace(",", "."))


def _counted(sentence: Sentence | None, rest: str) -> tuple[str, str, int]:
    """The counted noun after a number: (unit as written, normalised noun, characters used)."""
    m = _UNIT.match(rest)
    if m:
        unit = m.group(1).lower()
        return unit, _UNIT_NORM.get(unit, unit), m.end()
    syls = list(_SYL.finditer(rest[:60]))
    if not syls or rest[: syls[0].start()].strip():
        return "", "", 0
    first = syls[0].group(0).lower()
    if first == "người":
        return "người", "người", syls[0].end()
    if first in _STOP or syls[0].group(0)[0].isupper():
        return "", "", 0
    start = 1 if first in _CLASSIFIERS and len(syls) > 1 else 0
    words = set(sentence.words) if sentence is not None else set()
    take = start + 1
    for n in (3, 2):  # the longest underthesea word starting there ("binh_sĩ", "nhân_viên")
        cand = "_".join(s.group(0).lower() for s in syls[start: start + n])
        if len(syls) >= start + n and cand in words and all(
            not rest[syls[i].end(): syls[i + 1].start()].strip() for i in range(start, start + n - 1)
        ):
            take = start + n
            break
    noun = " ".join(s.group(0).lower() for s in syls[start:take])
    return noun, noun, syls[take - 1].end()


# Stop 17: a person's height and measurements as the entertainment press writes them ("chiều cao 1m77", "số đo 3 vòng: 74 - 60
# - 90"; held-out-21 190, general usage of pageant news): 1.77 m, and three exact lengths in cm, not a range nor a score.
_HEIGHT = re.compile(r"(?<![\w.,])([12])m(\d{1,2})(?!\w)")
_MEASUREMENTS = re.compile(r"(?i)\bsố đo(?:\s+(?:3|ba)\s+vòng)?\s*(?:là\s*)?:?\s*(\d{2,3})\s*[-–]\s*(\d{2,3})\s*[-–]\s*(\d{2,3})(?!\d|[.,]\d)")


def _body_measures(text: str) -> list[Quantity]:
    """Heights written "1m77" and measurements "74 - 60 - 90" in ``text``."""
    out = [Quantity(int(m.group(1)) + int(m.group(2).ljust(2, "0")) / 100, "m", "", False, m.group(0), m.start(), m.end())
           for m in _HEIGHT.finditer(text)]
    for m in _MEASUREMENTS.finditer(text):
        out += [Quantity(float(m.group(k)), "cm", "", False, m.group(k), m.start(k), m.end(k)) for k in (1, 2, 3)]
    return out


# Round 51 (held-out-47 cluster_196): a ranking listed as names with their places in brackets ("top 10 bao gồm Hồng Kông (2), New
# Zealand (3), Mỹ (4) …", "đứng sau Philippines (108), Indonesia (120)"): ranks, no counts, when the sentence speaks of a ranking
# and gives two such places or more; a list of counts by place ("Hà Nội (360), Đồng Nai (360)") has no ranking word.
_RANKING_WORDS = re.compile(r"(?i)\b(?:top|xếp hạng|bảng xếp hạng|thứ hạng|hạng|vị trí|đứng (?:đầu|sau|thứ|trên))\b")
_PLACE_IN_BRACKETS = re.compile(rf"(?<=[\w.)])\s*\((\d{{1,3}})\)")


def _ranks(text: str) -> list[tuple[int, int]]:
    """Spans of the places of a ranking written in brackets after each name, or none."""
    places = [m.span(1) for m in _PLACE_IN_BRACKETS.finditer(text)]
    return places if len(places) >= 2 and _RANKING_WORDS.search(text) else []


def find_quantities(text: str, sentence: Sentence | None = None) -> list[Quantity]:
    """Every quantity written in ``text`` (one sentence)."""
    measures = _body_measures(text)
    glued = [m.span() for m in _GLUED.finditer(text)]  # "22.800MW": a measure, not a code
    spans = [sp for sp in non_quantity_spans(text) if not any(a <= sp[0] and sp[1] <= b for a, b in glued)
             and not any(a == sp[0] and _PER_WORDS.fullmatch(text[b:sp[1]]) for a, b in glued)]  # stop 16: "17kg/con/ngày"
    # (held-out-16 071): a measure per words is a rate, no code
    clean = mask(text, date_spans(text) + spans + [m.span() for m in _HOTLINE.finditer(text)]
                 + [m.span() for m in _COORDINATE.finditer(text)] + [(q.start, q.end) for q in measures]
                 + [m.span() for m in _SLOGAN.finditer(text)] + _ranks(text))
    # "4.7 độ richter", "2.5%": a decimal point before a measure reads as the Vietnamese decimal comma.
    clean = _DOT_DECIMAL.sub(lambda m: m.group(1) + "," + m.group(2), clean)
    if _LIST_NUMBER.match(clean):
        clean = mask(clean, [_LIST_NUMBER.match(clean).span()])
    out: list[Quantity] = list(measures)
    matches = list(_QUANTITY.finditer(clean))
    range_ends: set[int] = set()  # matches that close a range ("3-4 chiếc"): approximate, like its start
    consumed: set[int] = set()  # starts of matches read as the tail of the amount before ("913" of "170 tỷ 913 triệu")
    for n, m in enumerate(matches):
        if m.start() in consumed:
            continue
        head = clean[: m.start()]
        if head.endswith("/") and (_UNIT_BEFORE_SLASH.search(head) or re.match(r"1(?![\d.,])", m.group("num") or "")):
            continue  # a rate's denominator ("2 lần/30 phút", "0,4 miligam/1 lít", "ca nhiễm/1 triệu dân"), no count of its own
        end_of_amount = m.end()  # past "913 triệu" too when "170 tỷ" takes it as its tail
        big = m.group("mult") or "." in (m.group("num") or "")  # "cung cấp 200 triệu", "điều 3.000 lính": no label
        if not m.group("hedge") and not m.group("vague") and not big and (_LABEL.search(head) or (
                _LABEL_LIST.search(head) and _LABEL.search(head[: _LABEL_LIST.search(head).start()]))) \
                and not (_PERIOD_BEFORE.search(head) and _DURATION_AFTER.match(clean, m.end())) \
                and not (_YEAR_WORD_BEFORE.search(head) and _AGE_AFTER.match(clean, m.end())) \
                and not (_DURATION_BEFORE.search(head) and _DURATION_AFTER.match(clean, m.end())):  # "năm 13 tuổi": an age;
            continue  # (stop 16: "giai đoạn 6 tháng đến 3 tuổi" is a period's length, held-out-16 063; "giai đoạn 2" a phase;
            # stop 22: "20 tháng 21 ngày tù", a length in two units, held-out-39 022)
        hedge = (m.group("hedge") or "").strip().lower()
        if hedge == "độ" and _LEVEL_BEFORE.search(head):
            continue  # "mức độ 4", "cấp độ 3": a level, not "about 4"
        if hedge == "độ" and _MEASURE_BEFORE.search(head):
            hedge = ""  # "tốc độ 120", "nhiệt độ 30": the measure's name, not "about"
        if m.group("vague"):
            words = m.group("vague").lower().split()
            value = float(math.prod(_VAGUE_BASE[w] for w in words[1:]))
            approx = True
        else:
            value = parse_number(m.group("num"))
            mults = (m.group("mult") or "").lower().split()
            for word in mults:
                value *= _MULT[word]
            tail = _AMOUNT_TAIL.match(clean, m.end()) if len(mults) == 1 else None
            if tail and _MULT[tail.group(2).lower()] < _MULT[mults[0]]:
                value += parse_number(tail.group(1)) * _MULT[tail.group(2).lower()]
                consumed.add(tail.start(1))  # the next match is this amount's tail
                end_of_amount = tail.end()
            approx = bool(hedge) or n in range_ends
        nxt = matches[n + 1] if n + 1 < len(matches) else None
        if not m.group("vague") and not m.group("mult") and nxt is not None and not nxt.group("vague") \
                and _RANGE.match(clean[m.end():nxt.start()]):
            for word in (nxt.group("mult") or "").lower().split():
                value *= _MULT[word]
            unit, about, _ = _counted(sentence, clean[nxt.end():])
            is_range = not re.search(r"(?i)số", clean[m.end():nxt.start()])  # "28 trong số 41": a part, exact
            if is_range:
                range_ends.add(n + 1)
            out.append(Quantity(value, unit, about, approx or is_range, text[m.start():m.end()].strip(), m.start(), m.end()))
            continue
        named = not m.group("hedge") and not m.group("mult") and _foreign_name_before(head)
        whole = FRACTION.match(clean, m.start("num")) if m.group("num") and not m.group("mult") else None
        if whole and whole.end(1) == m.end() and (is_fraction(whole.group(0)) or small_share(clean, whole.start(), whole.end())):
            if named:
                continue  # "Power 6/55": a product's code
            scale = re.match(_MULTS, clean[whole.end():])
            factor = 1.0
            for word in scale.group(0).lower().split():
                factor *= _MULT[word]
            unit, about, _ = _counted(sentence, clean[whole.end() + scale.end():])
            out.append(Quantity(value * factor, unit, about, approx, text[m.start():m.end()].strip(), m.start(), m.end()))
            total = parse_number(whole.group(2)) * factor
            if unit == "điểm" and total in (10, 100):
                continue  # seventeenth round: "30/100 điểm", a score and its scale (held-out-13 006), not two quantities
            out.append(Quantity(total, unit, about, False, text[whole.start(2):whole.end()], whole.start(2), whole.end()))
            continue
        half = _AND_A_HALF.match(clean, end_of_amount) if m.group("mult") else None  # "1 triệu rưỡi đồng"
        after = half.end() if half else end_of_amount
        unit, about, used = _counted(sentence, clean[after:])
        if not half and unit and m.group("num"):
            half = _AND_A_HALF.match(clean, after + used)  # "2 năm rưỡi"
        if half and "," not in (m.group("num") or ","):
            mults = (m.group("mult") or "").lower().split()
            value += 0.5 * (_MULT[mults[-1]] if mults else 1)  # "2 năm rưỡi" = 2.5 năm, "1 triệu rưỡi" = 1.5 triệu
        if not m.group("hedge") and not m.group("mult") and (
                (not unit and _NAME_NUMBER.search(clean[: m.start()]))
                or (_ACRONYM_BEFORE.search(clean[: m.start()]) and not _UNIT.match(clean, m.end())
                    and "." not in (m.group("num") or "") and unit not in _COUNTED_AFTER_ACRONYM)):
            continue  # "Nhà máy Mông Dương 2 …", "VNA 686 là …", "ARDEX 13": a name's or a code's number
        if not m.group("mult") and m.group("num") and _TITLE_CLOSE.match(clean, m.end()) and _TITLE_OPEN.search(head):
            continue  # "“Tình mẫu tử 5”": a number closing a quoted title
        if not m.group("hedge") and not m.group("mult") and _ADDRESS_BEFORE.search(clean[: m.start()]) \
                and _STREET_AFTER.match(clean, m.end()):
            continue  # "trú ở 20 Chử Đồng Tử": an address
        if named and value < 1000 and "." not in (m.group("num") or "") and _UNIT_WORD.fullmatch(unit or "") is None \
                and (unit or "").split(" ")[0] not in _CLASSIFIERS:
            continue  # "giải Jackpot 2 trị giá …", "Apollo 11 hạ cánh": a name's number ("Athens 27 km" is a distance)
        if not unit and not m.group("hedge") and not m.group("mult") and _LEVEL_BEFORE_BARE.search(head) \
                and re.fullmatch(r"\d{1,2}", m.group("num") or ""):
            continue  # "Mức 1 có thể …", "Cách 1: …": a level or a way, numbered (not "mức 20%", which has its unit)
        if not m.group("hedge") and not m.group("mult") and _GENERATION.match(clean, m.end()):
            continue  # "mỹ nam 9x": a generation, born in the 1990s
        if not m.group("hedge") and not m.group("mult") and re.fullmatch(r"1[0-9]|21", m.group("num") or "") \
                and re.match(r"\+(?![\w+])", clean[m.end():]):
            continue  # stop 22: "web 18+", "phim 16+": an age rating (held-out-39 190), no count
        if not unit and not m.group("hedge") and not m.group("mult") and _NAMED_PLAN_BEFORE.search(head):
            continue  # "Kế hoạch 81", "tổ công tác 141": the number names it ("kế hoạch 5 năm" counts years)
        end = max(after + used, half.end() if half else 0)
        months = _MONTHS_AFTER_YEARS.match(clean, end) if unit == "năm" and not half and not m.group("mult") else None
        if months and int(months.group(1)) < 12:
            value += int(months.group(1)) / 12
            consumed.add(months.start(1))  # the months are this length's tail, no count of their own
            end = months.end()
        out.append(Quantity(value, unit, about, approx, text[m.start():end].strip(), m.start(), end, bool(m.group("vague"))))
    return out
