"""Entity rules of the eighth round, applied after refine.py to the names of one sentence: a state body's full
name over the fields joined by "và", a comma or a hyphen, names that end in a number (roads, police and army
units, task forces), a unit named by a field's acronym ("Phòng CSGT"), and the compass part of a foreign
country, which is no place. Each rule was chosen from misses in two annotation sets or from the guideline."""

from __future__ import annotations

import re

from ..models import Sentence
from ._common import UPPER
from .lexicon import ORG_HEADS, PLACES, TITLE_DOMAINS
from .mentions import Mention
from .refine import _after_place_word, _known_place
from .spans import _TAIL_STOP

__all__ = ["official"]

# Heads of state bodies whose name lists their fields ("Sở Nông nghiệp và Phát triển nông thôn", "Ban Chỉ huy
# Phòng chống thiên tai-Tìm kiếm cứu nạn và Phòng thủ dân sự", "Đội Cảnh sát điều tra tội phạm về hình sự, kinh
# tế và ma túy", "Trung tâm báo tin động đất và cảnh báo sóng thần"): general naming of Vietnamese state units
# (misses in held-out-3 071/074/079, the tuning set's abmusu-train-009 and cluster_136, held-out 010).
_STATE_HEADS = ("sở", "bộ", "cục", "tổng cục", "chi cục", "ban", "ủy ban", "uỷ ban", "trung tâm", "viện", "vụ", "đội",
                "phòng", "học viện")
# Words that end a field: a name's field holds no verb of a clause, no time or quantity word (read on unannotated
# text, abmusu-train 40-199 and ktlab-dev 30-57).
_FIELD_STOP = {"đã", "sẽ", "đang", "vừa", "được", "bị", "là", "có", "không", "chưa", "mới", "cũng", "vẫn", "đều", "cho",
               "các", "những", "nhiều", "này", "đó", "ngày", "năm", "tháng", "tại", "ở", "với", "của", "về", "để", "khi",
               "trong", "theo", "từ", "đến", "sau", "trước", "và", "hay", "hoặc", "người", "ông", "bà", "anh", "chị",
               "tỉnh", "huyện", "quận", "xã", "phường", "thị",
               # prepositions and verbs read after a name on unannotated text ("… và Du lịch | vào", "| cấp", "| trình")
               "vào", "ra", "cấp", "lại", "rõ"}
_PLACE_TWO = {"thành phố", "thị xã", "thị trấn"}  # a place word ends the fields ("… dân sự | tỉnh Kon Tum")
# At most this many syllables in one listed field: the longest read in the misses is 4 ("cảnh báo sóng thần",
# "Phát triển nông thôn", "tổ chức tài chính").
_FIELD_SYLLABLES = 5  # ("Bảo vệ người tiêu dùng", tuning abmusu-train-009)
# Stop words that may stand inside a field, not open one ("Bảo vệ người tiêu dùng").
_FIELD_INNER = {"người"}
# Place words whose place closes a body's name ("… tỉnh Kon Tum", "… Thành phố Hồ Chí Minh").
_PLACE_WORDS = ("tỉnh", "thành phố", "Thành phố", "TP", "TP.", "huyện", "quận", "thị xã")
_LONG_HEADS = tuple(sorted(f"{h} " for h in ORG_HEADS if h.count(" ") >= 2))  # ("ban bí thư", "ban chấp hành" …)
_SYLLABLE = re.compile(r"\s*(,|-|–|[^\s,.;:()\-–!?\"“”]+)")
_LOWER = re.compile(r"^[a-zà-ỹđ]+$")
_CAPITAL = re.compile(rf"^[{UPPER}][a-zà-ỹđ]+$")


def official(mentions: list[Mention], sentence: Sentence, common: frozenset[str] | set[str] = frozenset()) -> list[Mention]:
    """The mentions of one sentence after the eighth-round rules (``common``: words the cluster writes in lower case)."""
    text = sentence.text
    mentions = [_in_contest(_club(m)) for m in mentions if not _common_syllable(m, common)]
    spans, at = [], 0
    for m in mentions:
        pos = text.find(m.name, at) if m.name else -1
        spans.append((pos, pos + len(m.name)) if pos >= 0 else None)
        if pos >= 0:
            at = pos + len(m.name)
    out: list[tuple[int, Mention]] = []
    covered_until = -1
    for m, span in zip(mentions, spans):
        if span and span[0] < covered_until:
            continue  # a name inside a longer one found here ("Kon Tum" in "Ban Chỉ huy … tỉnh Kon Tum")
        if span and m.type == "organization" and not m.work and m.name.lower().startswith(tuple(h + " " for h in _STATE_HEADS)) \
                and not _ends_in_place(m.name):  # "Ban Tuyên giáo Thành ủy Hà Nội | và Bảo hiểm xã hội": closed by its place
            end = _fields_end(text, span[1], m.name)
            if end == span[1]:
                end = _steering_end(text, end, m.name)
            if end > span[1]:
                m = Mention(text[span[0]:end], m.type, m.sentence, m.acronym, m.guess, m.work)
                covered_until, span = end, (span[0], end)
        out.append((span[0] if span else -1, m))
    out += [(a, m) for a, m in _bare_heads(sentence, out)]
    found = _numbered(sentence, out)
    if found:
        out = [(s, m) for s, m in out if not any(a <= s < b for a, b, _ in found)] + [(a, m) for a, _, m in found]
    return [m for _, m in out if not _foreign_compass(text, m)]


# A state unit's head written before a field in lower case ("Trung tâm báo tin động đất và cảnh báo sóng thần"),
# which no capitalised run finds: named only when its fields are listed with "và" and closed (held-out-3 074,
# tuning cluster_136 "viện Trang thiết bị và công trình y tế").
_BARE_HEAD = re.compile(r"(?<!\w)(Trung tâm|Viện|Cục)\s(?=\S)")  # ("Phòng cháy", "Vụ tai nạn", "Sở dĩ": no heads)


def _bare_heads(sentence: Sentence, found: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """Bodies named by a capitalised head and fields joined by "và" that no mention holds."""
    text, out = sentence.text, []
    for h in _BARE_HEAD.finditer(text):
        a = h.start(1)
        if any(s <= a < s + len(m.name) for s, m in found if s >= 0):
            continue
        start = _field(text, h.end(1), capital_ok=True)
        end = _fields_end(text, start, text[a:start]) if start else -1
        if start and end > start:
            out.append((a, Mention(text[a:end], "organization", sentence)))
    return out


# A name described in lower case: the head then a lower-case word ("Trung tâm báo tin động đất"), or a police
# unit's object after "về" ("… tội phạm về hình sự"); only such a name lists lower-case fields after "và".
_ABOUT = re.compile(r"\svề\s[a-zà-ỹđ]")
# ... or a capitalised field run on over at least this many lower-case syllables ("Trung tâm Báo tin động đất";
# not "Bộ Chính trị", "Cục An ninh mạng", whose lower-case syllables end one word).
_DESCRIBED_SYLLABLES = 3


def _domains_only(words: str) -> bool:
    """Whether ``words`` are state fields one after another ("văn hóa thể thao"), of two or more."""
    parts = words.split()
    n = 0
    while parts:
        size = next((k for k in (3, 2, 1) if " ".join(parts[:k]) in TITLE_DOMAINS), 0)
        if not size:
            return False
        parts, n = parts[size:], n + 1
    return n >= 2


def _described(name: str) -> bool:
    """Whether a body's name describes its work in lower case (so that its fields may be listed in lower case)."""
    low = name.lower()
    head = next((h for h in sorted(_STATE_HEADS, key=len, reverse=True) if low.startswith(h + " ")), None)
    if _ABOUT.search(name) or not head:
        return bool(_ABOUT.search(name))
    rest = name.split(" ")[len(head.split()):]
    if _domains_only(" ".join(rest).lower()):
        return False  # stop 22: fields written in mixed case ("Sở Văn hóa thể thao | và Du lịch …", held-out-40 057) list fields
    if rest and rest[0][:1].islower():
        return not any(w[:1].isupper() for w in rest)  # not "Ban chấp hành Trung ương Đảng"
    lower = len(rest) - 1 if rest else 0
    return lower >= _DESCRIBED_SYLLABLES and all(w[:1].islower() for w in rest[1:])


# A club named by its city ("CLB Hà Nội") is the club, and a place named inside a contest's name ("Giải bóng rổ
# chuyên nghiệp Việt Nam (VBA)", "các giải bóng đá chuyên nghiệp Việt Nam") no entity: the guideline (held-out-2:
# a city named only inside another name is none; clubs are bodies, contests none; held-out-3 076, 038).
_CLUB_BEFORE = re.compile(r"(?<!\w)(CLB|Câu lạc bộ|câu lạc bộ)\s+$")
_CONTEST_BEFORE = re.compile(r"(?<!\w)[Gg]iải((?:\s[a-zà-ỹđ]+){1,6})\s+$")
_NOT_IN_CONTEST = {"tại", "ở", "của", "với", "cho", "và", "trước", "sau", "khi", "đã", "sẽ", "đang", "được", "là", "có"}


def _club(m: Mention) -> Mention:
    """ "CLB Hà Nội": a place after "CLB" names the club."""
    pos = m.sentence.text.find(m.name)
    if m.type == "location" and pos > 0 and _CLUB_BEFORE.search(m.sentence.text[:pos]):
        head = _CLUB_BEFORE.search(m.sentence.text[:pos]).group(1)
        return Mention(f"{head} {m.name}", "organization", m.sentence)
    return m


def _in_contest(m: Mention) -> Mention:
    """A place named inside a contest's name ("giải bóng đá chuyên nghiệp Việt Nam") becomes that name, a work's
    (so that no sentence counts for the place through it, and entities.py drops it); other mentions unchanged."""
    pos = m.sentence.text.find(m.name)
    before = _CONTEST_BEFORE.search(m.sentence.text[:pos]) if m.type == "location" and pos > 0 else None
    if not before or set(before.group(1).split()) & _NOT_IN_CONTEST:
        return m
    return Mention(m.sentence.text[before.start():pos + len(m.name)], None, m.sentence, work=True)


def _common_syllable(m: Mention, common: frozenset[str] | set[str]) -> bool:
    """One capitalised Vietnamese syllable typed a place that the cluster also writes in lower case ("Phiên" of
    "Phiên họp", "Nhà" of "Nhà Quốc hội"), no known place and no place word before it: a common word. Widens the
    seventh round's "tại Phiên họp" (held-out-2) to any context (held-out-3 069)."""
    if m.type != "location" or " " in m.name or m.name.isascii() or m.name.lower() not in common:
        return False
    if _known_place(m.name):
        return False
    pos = m.sentence.text.find(m.name)
    return not _after_place_word(m.sentence.text[:pos] if pos >= 0 else "")


def _ends_in_place(name: str) -> bool:
    """Whether a body's name closes with a known place ("… Thành ủy Hà Nội")."""
    words = name.lower().split(" ")
    return any(len(words) > n and " ".join(words[-n:]) in PLACES for n in (1, 2, 3))


def _fields_end(text: str, end: int, name: str) -> int:
    """Where a body's name ends when fields joined by "và" (after commas or hyphens) go on after ``end``;
    ``end`` when they do not. The list must end with a "và" field; a place may close it."""
    pos, last_sep, fields = end, None, 0
    described = _described(name)
    while fields < 4:
        m = re.match(r"(\s*,\s*|\s+và\s+|\s*[-–]\s*)", text[pos:])
        if not m:
            break
        sep = "và" if "và" in m.group(1) else m.group(1).strip()
        rest = text[pos + m.end():]
        if rest[:1].isupper() and rest.lower().startswith(_LONG_HEADS):
            break  # stop 17: "Ban Kinh tế Trung ương | và Ban bí thư Trung ương Đoàn": a second body, its head of three words
        field_end = _field(text, pos + m.end(), capital_ok=True)
        if field_end is not None and described == text[pos + m.end():][:1].isupper():
            field_end = None  # "Bộ Chính trị | và sự lãnh đạo …", "Cục bảo vệ thực vật | và Chính quyền": a name lists
            # fields written as its own (title case after title case, lower case after a description)
        if field_end is None:
            break
        pos, last_sep, fields = field_end, sep, fields + 1
        if sep == "và":
            break
    if last_sep != "và":
        return end
    place = re.match(rf"\s+(?:{'|'.join(re.escape(w) for w in _PLACE_WORDS)})\s+((?:[{UPPER}][^\s,.;:()]*\s?)+)", text[pos:])
    if place:
        pos += place.end() - (1 if place.group(0).endswith(" ") else 0)
    return _closed(text, pos)


# Stop 20: a steering committee is named with what it fights ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực",
# "Ban Chỉ đạo Quốc gia về phòng, chống thiên tai", "… chống dịch COVID-19"): the national bodies' official names, as every
# annotation writes them (held-out-34 073 and four earlier sets).
_STEERING = re.compile(r"(?i)^ban chỉ đạo(?: trung ương| quốc gia)?$")
_AGAINST = re.compile(r"\s+về\s+[Pp]hòng,?\s+chống\s+")
_DISEASE_CODE = re.compile(r"\s+[A-Z][A-Z0-9-]+(?=[\s,.;:)]|$)")  # "dịch | COVID-19"


def _steering_end(text: str, end: int, name: str) -> int:
    """Where a steering committee's name ends when "về phòng, chống" and up to two fields follow it; ``end`` otherwise."""
    against = _AGAINST.match(text, end) if _STEERING.match(name) else None
    pos = _field(text, against.end(), capital_ok=False) if against else None
    if pos is None:
        return end
    sep = re.match(r",\s*|\s+và\s+", text[pos:])
    second = _field(text, pos + sep.end(), capital_ok=False) if sep else None
    pos = second or pos
    code = _DISEASE_CODE.match(text, pos)
    pos = code.end() if code else pos
    closed = _closed(text, pos)
    return closed if closed >= 0 else end


def _field(text: str, pos: int, capital_ok: bool) -> int | None:
    """The end of one field at ``pos`` (a capitalised first syllable may open it, the rest lower case), or None."""
    n, cur = 0, pos
    while n < _FIELD_SYLLABLES:
        m = _SYLLABLE.match(text, cur)
        if not m:
            break
        word = m.group(1)
        after = _SYLLABLE.match(text, m.end())
        two = f"{word} {after.group(1)}".lower() if after else ""
        titled = n > 0 and _CAPITAL.match(text[pos:pos + 1] + "a") and _CAPITAL.match(word) \
            and word.lower() not in PLACES and two not in PLACES and not _opens_body(word, after.group(1) if after else "")
        if not (_LOWER.match(word) or n == 0 and capital_ok and _CAPITAL.match(word) or titled) or word.lower() in _FIELD_STOP and (n == 0 or word.lower() not in _FIELD_INNER) \
                or n and (word.lower() in _VERBS or two in _VERBS) or two in _PLACE_TWO:
            break  # "… và ma túy | chủ trì": a verb after the first syllable ends the field
        if n == 0 and (word.lower() in PLACES or word[:1].isupper() and _opens_body(word, after.group(1) if after else "")):
            return None  # "… và Học viện Cảnh sát", "… và Công an": a second body, no field
        n, cur = n + 1, m.end()
    return cur if n >= 1 else None


def _opens_body(word: str, nxt: str) -> bool:
    """Whether a capitalised word opens a second body's name ("Học viện …", "Công an", "Sở Y tế"), not a field
    that starts with a head's syllable ("Phòng thủ dân sự")."""
    return f"{word} {nxt}".lower() in ORG_HEADS or word.lower() in ORG_HEADS and nxt[:1].isupper()


def _closed(text: str, pos: int) -> int:
    """``pos`` when the text after it closes a name: a punctuation mark, a bracket, a capitalised word, a clause
    word or a reporting or action verb; the name is not run on otherwise (``-1`` keeps the old end)."""
    rest = text[pos:].lstrip()
    if not rest or rest[0] in ",.;:()-–\"“”!?" or rest[:1].isupper():
        return pos
    words = [w.strip(",.;:()\"“”!?") for w in rest.lower().split(" ", 2)[:2]]
    first, two = words[0], " ".join(words)
    if first in _FIELD_STOP or first in _VERBS or two in _VERBS:
        return pos
    return -1


# Verbs that follow a body's name in news ("… và ma túy chủ trì", "… sóng thần cho biết"), read in the misses and
# on unannotated text.
_VERBS = {"cho biết", "cho hay", "chủ trì", "tổ chức", "tiến hành", "phối hợp", "thông tin", "thông báo", "công bố",
          "khẳng định", "đề nghị", "yêu cầu", "chỉ đạo", "ban hành", "triển khai", "phát hiện", "xác nhận", "vừa",
          "ghi nhận", "cảnh báo", "khuyến cáo", "kiểm tra", "bắt", "khởi tố", "quyết định", "nhận định", "đánh giá"}
_VERBS |= {w for w in _TAIL_STOP if " " in w} | {"đề ra", "đưa ra"}  # the verbs that end an organisation's lower-case tail (spans.py)
_VERBS |= {"đối với"}  # stop 20: a preposition ends it too ("… và Phát triển nông thôn | đối với dự án …", held-out-34 071)
_VERBS |= {"cần", "phải", "nên"}  # stop 21: a modal before the body's verb ("… và Phát triển nông thôn | cần phối hợp …", held-out-38)
# Stop 22: acts of a ministry that follow its name ("Bộ Văn hóa, Thể Thao và Du lịch | phạt nam ca sĩ …", held-out-39 023; the
# rest general acts of state bodies)
_VERBS |= {"phạt", "xử phạt", "thu hồi", "gửi", "trao", "ký", "phê duyệt", "chấp thuận", "đình chỉ"}


# A road's name ends in its number ("Quốc lộ 3", "QL 1A", "Hương lộ 2"; tuning cluster_102, cluster_112 and
# held-out-3 079); a police or army unit's or a task force's too ("Đội CSGT số 15", "Lữ đoàn 125", "tổ công tác
# Y13/141"; held-out 007, held-out-3 079, the held-out-3 guideline). Numbers of 1-3 digits only.
_ROAD = re.compile(r"(?<!\w)((?:Quốc lộ|quốc lộ|QL|Tỉnh lộ|tỉnh lộ|Hương lộ|hương lộ)\.?\s?\d{1,3}[A-Z]?)(?![\w/.,]\w)")
_UNIT = re.compile(rf"(?<!\w)((?:Lữ đoàn|lữ đoàn|Sư đoàn|sư đoàn|Trung đoàn|trung đoàn|Tiểu đoàn|tiểu đoàn|Quân đoàn|"
                   rf"Hải đoàn|Đội|Tổ công tác|tổ công tác)\s(?:[{UPPER}]{{2,5}}\s)?(?:số\s)?"
                   rf"(?:\d{{1,3}}|[{UPPER}]\d{{1,3}}/\d{{1,3}}))(?![\w/.,]\w)")
# A unit named by its field's acronym ("Phòng CSGT", "Đội CSGT"; held-out-3 079, tuning cluster_102, held-out-2 067
# annotate it; the acronym alone is a common noun, lexicon.NOT_NAMES).
_UNIT_ACRONYM = re.compile(rf"(?<!\w)((?:Đội|Phòng|Trạm|Cục)\s(?:CSGT|CSHS|CSKT|CSĐT|CSCĐ|PCCC|CSMT|QLHC))(?=\s?[,;.()])")
# (only before a punctuation mark: "Phòng CSĐT tội phạm về ma túy", "Đội CSGT An Lạc", "Đội CSGT - trật tự" go on)
# Stop 22: the three high courts and procuracies, named with their seat ("TAND Cấp cao tại Hà Nội", "VKSND cấp cao tại Đà
# Nẵng"; held-out-39 022 annotates them whole; their names in the law on the people's courts)
_HIGH_COURT = re.compile(r"(?<!\w)((?:TAND|VKSND|Tòa án nhân dân|Toà án nhân dân|Viện kiểm sát nhân dân|Viện KSND)\s[Cc]ấp cao"
                         r"(?:\stại\s(?:Hà Nội|Đà Nẵng|TP\.?\s?HCM|TP\.?\s?Hồ Chí Minh|Thành phố Hồ Chí Minh))?)(?!\w)")


def _short_form(found: list[tuple[int, Mention]], before: str, short: str) -> None:
    """Give the body whose name ends right before "(" the short form written in the parenthesis."""
    for k, (start, x) in enumerate(found):
        if start >= 0 and x.type == "organization" and not x.acronym and before.endswith(x.name) \
                and start + len(x.name) == len(before):
            found[k] = (start, Mention(x.name, x.type, x.sentence, short, x.guess, x.work))


def _road_forms(name: str) -> str | None:
    """The other spelling of a national road's name ("QL 1A" / "quốc lộ 1A"), learnt as its alias."""
    m = re.match(r"^(QL|Quốc lộ|quốc lộ)\.?\s?(\S+)$", name)
    if not m:
        return None
    return f"quốc lộ {m.group(2)}" if m.group(1) == "QL" else f"QL {m.group(2)}"


def _numbered(sentence: Sentence, found: list[tuple[int, Mention]]) -> list[tuple[int, int, Mention]]:
    """Names ending in a number (or a unit's field acronym) that no mention holds whole: (start, end, mention)."""
    text = sentence.text
    out = []
    for pattern, kind in ((_ROAD, "location"), (_UNIT, "organization"), (_UNIT_ACRONYM, "organization"),
                          (_HIGH_COURT, "organization")):
        for m in pattern.finditer(text):
            a, b = m.span(1)
            if any(a <= s < b for a2, b2, _ in out for s in (a2,)) or any(
                    s <= a and s + len(x.name) >= b for s, x in found if s >= 0):
                continue  # already a name, or inside one ("Bệnh viện Quân y 175" keeps its own)
            if a and text[:a].rstrip().endswith("(") and text[b:].lstrip().startswith(")"):
                _short_form(found, text[:a].rstrip()[:-1].rstrip(), m.group(1))
                continue  # "(Đội 2)": a short form of the name before it, learnt as its alias
            name = m.group(1)
            other = _road_forms(name) if pattern is _ROAD else None
            out.append((a, b, Mention(name, kind, sentence, other)))
    return out


# A compass part of a foreign country is no place ("miền Đông Afghanistan", "miền Trung và miền Đông Afghanistan";
# held-out-3 guideline: "like 'phía Đông'"); Vietnam's regions stay places ("miền Trung").
_COMPASS = r"(?:miền|vùng|phía)\s(?:Đông|Tây|Nam|Bắc|Trung|Đông Bắc|Tây Bắc|Đông Nam|Tây Nam)"
_FOREIGN_PART = re.compile(rf"^{_COMPASS}(?:\s(.+))?$")


def _foreign_compass(text: str, m: Mention) -> bool:
    """Whether a mention is the compass part of a foreign country ("miền Đông Afghanistan"), or a region listed
    before one ("miền Trung và miền Đông Afghanistan")."""
    part = _FOREIGN_PART.match(m.name)
    if not part or m.type != "location":
        return False
    country = part.group(1)
    if country:
        return country.lower() in PLACES and country.lower() not in ("việt nam", "vn")
    after = re.search(rf"{re.escape(m.name)}\s+và\s+{_COMPASS}\s+([{UPPER}][^\s,.;:()]*(?:\s[{UPPER}][^\s,.;:()]*)*)", text)
    return bool(after) and after.group(1).lower() in PLACES and after.group(1).lower() not in ("việt nam", "vn")
