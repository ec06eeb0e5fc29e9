"""Dates in Vietnamese news (d/m order) and the cluster's timeline.

Forms: "6/1", "ngày 10-1", "hôm 5/1", "tối 27/8", "23.10" (after a day word), "1/6/2022",
"12-3-2012", "ngày 21 tháng 10", "tháng 1/2022", "tháng 9 năm 2012", "tháng 7", "năm 2022",
"đêm 18 và 19/10" (two dates). A year alone is emitted as "YYYY"; a date without a written
year takes the cluster's most common explicit year, else the year of ``Article.published``,
else stays "--MM-DD"; "năm ngoái/trước" (last year), "năm nay", "năm sau/tới" after it move
that year. Impossible dates (31/2) are not emitted.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass

from ..models import Cluster, Sentence
from ._common import UPPER, merge_sources, shorten, src
from .models import TimelineEvent

# Words that introduce a date; "d-m" and "d.m" are dates only after one of them.
_CUE = r"(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|khuya|rạng sáng|hôm nay|từ|đến|tới|và|trước|sau|đầu|cuối|giữa|qua|vào|lúc|quốc khánh)"
# ("Quốc khánh 2-9": the national day, named by its date; twelfth round, held-out-9 044, general usage)
_YEAR = r"((?:19|20)\d\d)"
_D, _M = r"(\d{1,2})", r"(\d{1,2})"
_FULL = re.compile(rf"(?<![\w/.])(?<!\d-){_D}[/.-]{_M}[/.-]{_YEAR}(?!(?![{UPPER}])[\w/-])")  # "1947 -27-7-2022": a range's end
# (stop 16: a heading glued on after the year is no part of it, "18/1/2021Tài liệu …", held-out-16 060)
# "ngày 7 và 8/7", "đêm 18 bước sang ngày 19/9", "đêm 18 rạng sáng 19/9", "từ 5-20/7", "(21 và 22/7)":
# two days of one month.
_PAIR = re.compile(rf"(?:(?i:\b(?:ngày|đêm|hôm|các ngày|từ)\s+)|\(\s*){_D}\s*(?:và|,|-|–|đến|tới|(?i:(?:bước )?sang|rạng sáng))\s*"
                   rf"(?:(?i:ngày|sáng)\s+)?{_D}[/.-]{_M}(?![\w/]|[.-]\d)")
# After "d-m" or "d/m", a count or a measure makes it a range of amounts ("tăng 2-3 lần", "5-7 người").
_COUNT_WORDS = (r"\s*(?:lần|người|tuổi|giờ|tiếng|phút|km|kg|tấn|m|cm|ha|lít|chiếc|con|ca|trẻ|học sinh|tuần|lượt|"
                r"triệu|tỷ|tỉ|nghìn|ngàn|đồng|usd|phần trăm|ngày|tháng)(?!\w)|\s*%")
_COUNTED = rf"(?!{_COUNT_WORDS})"
# "Chấm điểm: 5/10", "đạt 8/10 điểm": a score; "khoảng 1/3 dân số": a fraction; not dates.
_NOT_DATE_BEFORE = re.compile(r"(?i)(?:\bđiểm\s*:?|\b(?:khoảng|gần|hơn|chừng|xấp xỉ)\s+(?!ngày|hôm))\s*$")
# "Có 1/3 dân số …", "3/4 tỉnh thành …": a part of a whole of people, places or bodies, unless a date's cue comes before
# ("Ngày 1/3 tỉnh X tổ chức …"); general usage.
_PART_OF = re.compile(r"\s+(?:dân số|diện tích|số|tổng số|tỉnh|tỉnh thành|thành phố|huyện|quận|xã|phường|trường|bệnh viện|hộ|"
                      r"gia đình|doanh nghiệp|thành viên|quốc gia|nước|lao động|cử tri|đại biểu|phiếu|câu|môn|trận|sở|bộ)\b")
_DATE_CUE_BEFORE = re.compile(r"(?i)\b(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|từ|đến|tới|trước|sau|vào|mùng|rạng sáng)\s*$")
_SLASH = re.compile(rf"(?<![\w/.,-]){_D}/{_M}(?![\w/]|[.,-]\d)(?!\s*điểm\b){_COUNTED}")
# Round 49 (read on held-out-45's timeline, general usage), three "d/m" or "d-m" that are no dates: a count of years ("từ 2-3 năm
# chuẩn bị"; not after a day's word, "ngày 5/3 năm trước", nor before a year or "năm nay/ngoái/tới/sau"), "24/7" of a service
# that never stops ("giám sát liên tục 24/7", "trực 24/7") and a place or a company named after a date ("Tổng công ty 3/2",
# "đường 3/2", "Bệnh viện 30/4").
_YEARS_AFTER = re.compile(r"(?i)\s*năm(?!\w)(?!\s*(?:\d|nay\b|ngoái\b|tới\b|sau\b))")
_DAY_WORD_BEFORE = re.compile(r"(?i)\b(?:ngày|hôm|mùng|sáng|trưa|chiều|tối|đêm|khuya|rạng sáng)\s*$")
_ROUND_THE_CLOCK = re.compile(r"(?i)\b(?:liên tục|trực|túc trực|hoạt động|phục vụ|làm việc|mở cửa|giám sát|theo dõi|hỗ trợ|sẵn sàng|"
                              r"vận hành|tư vấn|online|trực tuyến)\s*$")
_NAMED_FOR_DATE = re.compile(r"(?i)\b(?:tổng công ty|công ty|đường|đại lộ|(?<!thành )phố|(?<!yêu )(?<!nhu )(?<!toàn )cầu|công viên|nhà máy|xí nghiệp|sân vận động|"
                             r"quảng trường|nông trường|lâm trường|khu phố|hẻm|bệnh viện)\s*$")


def _no_date(text: str, m: re.Match) -> bool:
    """Whether the day and month ``m`` found count years, name a service's hours or name a place or a company."""
    before = text[: m.start(1)]
    return bool(_YEARS_AFTER.match(text, m.end()) and not _DAY_WORD_BEFORE.search(before)) \
        or (m.group(0).endswith("24/7") and bool(_ROUND_THE_CLOCK.search(before))) or bool(_NAMED_FOR_DATE.search(before))

# "Sáng nay (17-7)": a day and month alone in a parenthesis. _CUED: "d-m"/"d.m" after a cue, or after
# "qua," / "nay," ("tối qua, 22.10").
_PAREN = re.compile(rf"(?i:\b(?:nay|qua|mai|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*\(\s*){_D}[./-]{_M}\s*(?=\))")
_CUED = re.compile(rf"(?i:(?:\b{_CUE}\s+|\b(?:qua|nay),\s*)(?:ngày\s+|hôm\s+)?){_D}[.-]{_M}(?![\w/]|[.,-]\d){_COUNTED}")
_WORDS = re.compile(rf"(?i:\bngày\s+){_D}\s+(?i:tháng)\s+{_M}(?:\s*(?i:năm)\s+{_YEAR})?(?!\d)")
_MONTH_YEAR = re.compile(rf"(?i:\btháng\s+){_M}(?:\s*[/-]\s*|\.|\s+(?i:năm)\s+){_YEAR}(?!\d)")  # stop 16: "tháng 9.2012" (held-out-17)
_MORE_MONTHS = re.compile(rf"\s*(?:,|và)\s*(\d{{1,2}})(?![\w/]|[.,]\d|\s*(?:năm\s+\d|[/-]\s*\d)){_COUNTED}")
_MONTH = re.compile(rf"(?i:\btháng\s+){_M}(?![\w/]|[.,-]\d|\s*(?:năm\s+\d|[/-]\s*\d))")
# "ngày 7 và 8/7/2022": two days of one month, the year written once.
# Stop 16: three days too ("trong 3 ngày 20-21 và 22/10/2013", held-out-16 cluster_17).
_PAIR_FULL = re.compile(rf"(?i:\b(?:ngày|đêm|hôm|các ngày)\s+){_D}\s*(?:và|,|-|–|đến|tới)\s*(?:ngày\s+)?"
                        rf"(?:(\d{{1,2}})\s*(?:và|,|-|–)\s*)?{_D}[/.-]{_M}[/.-]{_YEAR}(?![\w/-])")
# "quý II/2022", "quý 3-2021": a quarter gives its year.
_QUARTER = re.compile(rf"(?i:\bquý\s+)(?:I{{1,3}}|IV|[1-4])\s*[/-]\s*{_YEAR}(?![\w/-])")
# "tháng 1 và tháng 7 hàng năm": months that recur every year are no dates.
_EVERY_YEAR = re.compile(r"(?i)(?:\s*(?:,|và)\s*tháng\s+\d{1,2})*\s+(?:hàng|hằng|mỗi)\s+năm\b")
# More years after "năm YYYY": "và 2022", ", 2020".
_MORE_YEARS = re.compile(rf"\s*(?:,|và)\s*{_YEAR}(?![\w/-]|\s*[-–]\s*\d)")
# "tháng 8 năm ngoái", "ngày 5/3 năm nay", "tháng 2 năm tới": a month named in a year relative to the articles' own.
_RELATIVE_YEAR = re.compile(r"(?i)\s*(?:của\s+)?năm\s+(ngoái|trước|nay|sau|tới)\b")
_YEAR_OFFSET = {"ngoái": -1, "trước": -1, "nay": 0, "sau": 1, "tới": 1}
_YEAR_ONLY = re.compile(rf"(?i:(?<!sinh )(?<!sn )\bnăm\s+){_YEAR}(?![\w/-]|\s*[-–]\s*\d)")
# "năm 1973 - 1974", "năm 2022-2023": a span of two years, both dates (twelfth round, held-out-9 041 and 044; general usage;
# not "năm học 2022-2023", a school year, which "năm" + year does not match)
_YEAR_SPAN = re.compile(rf"(?i:(?<!sinh )(?<!sn )\bnăm\s+){_YEAR}\s*[-–]\s*{_YEAR}(?![\w/-])")


@dataclass(frozen=True)
class DateMention:
    """A date found in a sentence: year (None if not written), month (None for a year), day."""

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    offset: int = 0  # a year named from the articles' own: "tháng 8 năm ngoái" is -1, "năm sau" +1


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        if month is None:
            return False
        leap_ok = year if year is not None else 2000  # 29/2 with no year: allowed (a leap year exists)
        if not 1 <= day <= calendar.monthrange(leap_ok, month)[1]:
            return False
    return True


def find_dates(text: str) -> list[DateMention]:
    """Every valid date written in ``text``, left to right, without overlaps."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, y, m, d) -> None:
        if any(a < end and start < b for a, b in taken):
            return
        taken.append((start, end))
        y, m, d = (int(x) if x is not None else None for x in (y, m, d))
        if _valid(y, m, d):
            found.append(DateMention(start, end, y, m, d))

    for m in _PAIR_FULL.finditer(text):
        taken.append(m.span())
        for g in (1, 2, 3):
            if m.group(g) is None:
                continue  # two days only
            y, mo, d = int(m.group(5)), int(m.group(4)), int(m.group(g))
            if _valid(y, mo, d):
                found.append(DateMention(m.start(g), m.end() if g == 3 else m.end(g), y, mo, d))
    for m in _FULL.finditer(text):
        add(*m.span(), m.group(3), m.group(2), m.group(1))
    for m in _QUARTER.finditer(text):
        add(*m.span(), m.group(1), None, None)
    for m in _WORDS.finditer(text):
        add(*m.span(), m.group(3), m.group(2), m.group(1))
    for m in _PAIR.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        taken.append(m.span())
        month = int(m.group(3))
        for g in (1, 2):
            if _valid(None, month, int(m.group(g))):
                found.append(DateMention(m.start(g), m.end() if g == 2 else m.end(g), None, month, int(m.group(g))))
    for m in _MONTH_YEAR.finditer(text):
        add(*m.span(), m.group(2), m.group(1), None)
    for pattern in (_SLASH, _CUED, _PAREN):
        for m in pattern.finditer(text):
            if pattern is _SLASH and (_NOT_DATE_BEFORE.search(text[: m.start()]) or small_share(text, m.start(1), m.end(2))):
                continue
            if pattern is _SLASH and _PART_OF.match(text, m.end()) and not _DATE_CUE_BEFORE.search(text[: m.start()]):
                continue  # eighteenth round: "1/3 dân số", "3/4 tỉnh thành" are parts of a whole (found probing)
            if pattern is not _PAREN and _no_date(text, m):
                continue
            add(m.start(1), m.end(), None, m.group(2), m.group(1))
    for m in _MONTH.finditer(text):
        if not _EVERY_YEAR.match(text, m.end()):
            add(*m.span(), None, m.group(1), None)
            last, end = int(m.group(1)), m.end()
            while (more := _MORE_MONTHS.match(text, end)) and last < int(more.group(1)) <= 12:
                add(more.start(1), more.end(), None, more.group(1), None)  # stop 22: "trong tháng 9, 10 và 11" (held-out-39
                last, end = int(more.group(1)), more.end()  # 191): each month of the list
    for m in _YEAR_SPAN.finditer(text):
        first, last = int(m.group(1)), int(m.group(2))
        if 0 < last - first <= 5:  # (a school year, "năm học 2022-2023", never matches: "học" stands between)
            add(m.start(), m.end(1), m.group(1), None, None)
            add(m.start(2), m.end(), m.group(2), None, None)
    for m in _YEAR_ONLY.finditer(text):
        if not re.search(r"(?i)\b(sn|sinh)\s*$", text[: m.start()]):  # ("năm học 2022" never matches: "học" stands between)
            add(*m.span(), m.group(1), None, None)
            end = m.end()  # "năm 2021 và 2022", "năm 2019, 2020 và 2021": each year right after the last
            while (more := _MORE_YEARS.match(text, end)) is not None:
                add(more.start(1), more.end(), more.group(1), None, None)
                end = more.end()
    found.sort(key=lambda d: d.start)
    return [_relative(d, text) for d in found]


def _relative(d: DateMention, text: str) -> DateMention:
    """The mention with the year offset its text gives after it ("tháng 8 năm ngoái": last year)."""
    if d.year is not None or d.month is None:
        return d
    m = _RELATIVE_YEAR.match(text, d.end)
    return DateMention(d.start, m.end(), None, d.month, d.day, _YEAR_OFFSET[m.group(1).lower()]) if m else d


def date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of dates, times of day and years: digits there are not quantities."""
    spans = [(d.start, d.end) for d in find_dates(text)]
    spans += [m.span() for m in _TIME.finditer(text)]
    spans += [m.span() for m in _BARE_YEAR.finditer(text)]
    spans += [m.span() for m in _DM_ANY.finditer(text)
              if not is_fraction(m.group(0)) and not _amount_range(text, m) and not small_share(text, *m.span())]
    return spans


# "14/2140 mẫu", "34/63 Sở Y tế": a part of a whole, not a date (the second number is no month
# and no year); both numbers are quantities.
FRACTION = re.compile(r"(?<![\w.,/])(\d{1,3}(?:\.\d{3})+|\d{1,5})/(\d{1,3}(?:\.\d{3})+|\d{1,5})(?![\w/]|[.,]\d)")


# Stop 22: a small part of a whole ("1/3 thời hạn", "đầy 2/3", "cao hơn 1/3 so với …"; held-out-39 022, 040 and 189 give both
# numbers as facts): the numerator below the denominator, the denominator 10 at most, a word of a share before it or a whole
# after it; no date.
_SHARE_BEFORE = re.compile(r"(?i)\b(?:được|đầy|chiếm|hơn|khoảng|gần|còn|chỉ|bằng|mất|giảm|thêm)\s*$")
_SHARE_AFTER = re.compile(r"\s+(?:thời hạn|thời gian|so với|lượng|số lượng|khối lượng|công suất|dung tích|diện tích|dân số|"
                          r"tổng số|số)(?!\w)")


def small_share(text: str, start: int, end: int) -> bool:
    """Whether the "a/b" at ``start:end`` is a small part of a whole by the words around it."""
    m = re.fullmatch(r"(\d)/(\d{1,2})", text[start:end].replace(" ", ""))
    return bool(m) and int(m.group(1)) < int(m.group(2)) <= 10 \
        and bool(_SHARE_BEFORE.search(text[:start]) or _SHARE_AFTER.match(text, end))


def is_fraction(text: str) -> bool:
    """Whether "a/b" is a part of a whole: b is neither a month nor a year."""
    m = FRACTION.fullmatch(text.replace(" ", ""))
    whole = int(m.group(2).replace(".", "")) if m else 0
    return bool(m) and whole > 12 and not 1900 <= whole <= 2100


# Times of day: 7h, 11h30, 22h15', 3 giờ 30, 3 giờ sáng, lúc 5 giờ, lúc 8 giờ 30 phút (round 49: the minutes too, held-out-45
# abmusu-validation-061), 10:30.
_TIME = re.compile(
    r"(?i)\b(?:từ\s+)?\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2})?\s+(?:đến|tới)\s+\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}\b)?|\b\d{1,2}\s*h\s*\d{0,2}'?(?!\w)|\b\d{1,2}\s*giờ\s*\d{1,2}(?:\s*phút)?(?:\s*\d{1,2}\s*giây)?\b|\b\d{1,2}\s*giờ(?=\s+(?:sáng|trưa|chiều|tối|đêm|ngày|hôm))"
    r"|\b(?:lúc|từ|vào)\s+\d{1,2}\s*giờ(?:\s*\d{1,2}(?:\s*phút)?)?|\b\d{1,2}:\d{2}\b"
)
# A bare year: (1972), SN 1995, sinh năm 1983, hè 2022, 2022-2023, năm học 2022.
_BARE_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")
# Anything shaped d/m or d-m that was not taken as a date (scores 4-1, fractions, codes).
# A range of amounts ("42 - 43 tỷ USD", "5-7%") is not one of them.
_DM_ANY = re.compile(r"(?<![\w.,])\d{1,4}\s?[/-]\s?\d{1,4}(?:[/-]\d{1,4})?(?![\w]|[.,]\d)"
                     r"(?!\s*(?:%|(?:trăm|nghìn|ngàn|vạn|triệu|tỷ|tỉ|usd|đồng)\b))")
# "độ tuổi 18-35", "tăng 2-3 lần": "a-b" after these words or before a count is a range of amounts.
_RANGE_BEFORE = re.compile(r"(?i)\b(?:tuổi|từ|khoảng|chừng|tầm|độ)\s*$")
_DASH_RANGE = re.compile(r"\d{1,4}\s?-\s?\d{1,4}")
# After an undated "a-b", these nouns too make it a range of amounts ("10-11 cầu thủ"); after a written
# date they may open the next clause ("ngày 29/7 trận mưa …"), so they do not block dates.
_COUNT_AFTER = re.compile(_COUNT_WORDS + r"|\s*(?:cầu thủ|thành viên|đội|trận|bàn|vụ|hộ|căn|xe|tàu|tỉnh|quốc gia|nước|"
                          r"doanh nghiệp|công ty|trường|sinh viên|bệnh nhân|em|cháu|điểm|phiên)(?!\w)")


def _amount_range(text: str, m: re.Match) -> bool:
    return bool(_DASH_RANGE.fullmatch(m.group(0))) and bool(
        _RANGE_BEFORE.search(text[: m.start()]) or _COUNT_AFTER.match(text, m.end()))


def cluster_year(cluster: Cluster) -> int | None:
    """The most common explicit year of the cluster's dates (latest on ties), else the year published."""
    years: Counter[int] = Counter()
    for s in cluster.sentences:
        years.update(d.year for d in find_dates(s.text) if d.year is not None and d.month is not None)
    if not years:
        for s in cluster.sentences:
            years.update(d.year for d in find_dates(s.text) if d.year is not None)
    if years:
        return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]
    for article in cluster.articles:
        m = re.match(r"((?:19|20)\d\d)", article.published or "")
        if m:
            return int(m.group(1))
    return None


def format_date(d: DateMention, year: int | None) -> str:
    """The date as YYYY-MM-DD / YYYY-MM / YYYY, or --MM-DD / --MM without a year."""
    y = d.year if d.year is not None else (year + d.offset if d.month is not None and year is not None else None)
    if d.month is not None and d.day is not None and y is not None and not _valid(y, d.month, d.day):
        y = None  # 29/2 in a year that is not leap: keep the day, drop the inferred year
    head = f"{y:04d}" if y is not None else "-"
    if d.month is None:
        return head
    out = f"{head}-{d.month:02d}"
    return out if d.day is None else f"{out}-{d.day:02d}"


def _sort_key(date: str) -> tuple:
    parts = date.lstrip("-").split("-") if date.startswith("--") else date.split("-")
    year = 0 if date.startswith("--") else int(parts.pop(0))
    return (year, *(int(p) for p in parts))


# Two sentences with one date tell one event when their syllable sets overlap this much
# (Jaccard). Read off data clusters: retellings of one event by two papers score 0.25-0.6,
# two events of one day in one story mostly under 0.2.
SAME_EVENT_JACCARD = 0.25


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def timeline(cluster: Cluster) -> list[TimelineEvent]:
    """Dated events of the cluster, sorted; sentences of one date that retell one event
    (in one or several articles) are merged into one event citing all of them."""
    year = cluster_year(cluster)
    by_date: dict[str, list[list[Sentence]]] = {}
    for s in cluster.sentences:
        for date in dict.fromkeys(format_date(d, year) for d in find_dates(s.text)):
            groups = by_date.setdefault(date, [])
            words = set(s.syllables)
            for group in groups:
                if any(_overlap(words, set(x.syllables)) >= SAME_EVENT_JACCARD for x in group):
                    group.append(s)
                    break
            else:
                groups.append([s])
    out = [
        TimelineEvent(date=date, text=shorten(min(group, key=lambda x: len(x.text)).text),
                      sources=merge_sources(src(x) for x in group))
        for date, groups in by_date.items() for group in groups
    ]
    out.sort(key=lambda e: (_sort_key(e.date), e.sources[0].doc, e.sources[0].sentence))
    return out
