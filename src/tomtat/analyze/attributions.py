"""Who says what: "theo X, …", "X cho biết …", "X nhận định: “…”", "“…”, X nói", "được X tiết lộ"."""

from __future__ import annotations

import re

from ..models import Cluster, Sentence
from ._common import UPPER, shorten, src
from .lexicon import PERSON_TITLES
from .models import Attribution
from .speakers import continue_quotes, resolve_pronouns

VERBS = (
    "cho biết", "cho hay", "nói", "nhận định", "tuyên bố", "khẳng định", "cho rằng", "nhấn mạnh", "tiết lộ",
    "thừa nhận", "chia sẻ", "thông báo", "phát biểu", "bày tỏ", "lên tiếng", "đưa tin", "xác nhận", "bác bỏ",
    "cảnh báo", "trả lời", "giải thích", "nêu rõ", "nói rõ", "dẫn lời", "nhận xét", "dự báo", "khuyến cáo",
    "lưu ý", "tường thuật", "than phiền", "phủ nhận", "cáo buộc", "tố cáo", "báo cáo", "lý giải",
)
_VERB = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(v) for v in sorted(VERBS, key=len, reverse=True)) + r")(?!\w)"
    r"(?! (?:riêng|chung|cách khác|gì|dối|chuyện)\b)(?!(?<=nói) trên\b)"
    r"(?! (?:(?:những|các|một|nhiều) )?(?:hình ảnh|ảnh|video|clip|đoạn phim)\b)"  # "chia sẻ những hình ảnh"
)
# Verbs that report only when a clause follows at once ("Thiếu tướng X đánh giá, vụ án …",
# "X khai: …"); otherwise they are nouns or other verbs ("kết quả đánh giá", "triển khai").
# Fourth round, from general news usage (the brief's list of forms other annotators count): "X đề nghị,
# …", "X kiến nghị: …", "người dân phản ánh, …", "X kể lại: …", "X thông tin thêm, …", "X viết: …".
_CLAUSE_VERB = re.compile(
    r"(?<![\w])(?<!triển )(?<!công )(?<!kê )(?<!bài )(đánh giá|khai|đề nghị|kiến nghị|phản ánh|kể|kể lại|tâm sự|bộc bạch|"
    r"nhắc lại|chỉ ra|viết|thông tin|nhìn nhận|tin tưởng)(?:\s+(?:thêm|lại))?(?=\s*[,:]|\s+rằng\b)"
)
# "Ban quản lý An toàn thực phẩm TP.HCM thông tin đơn vị này đã …": "thông tin" is a reporting verb
# right after a capitalised name (else mostly a noun: "cung cấp thông tin", "Cổng thông tin").
_INFORM = re.compile(rf"(?<=[{UPPER}\w.)])(?<![Cc]ổng)(?<![Tt]rang)\s(thông tin)(?!\w)(?! (?:về|này|đó|điện tử|đại chúng|và|của|cho|trên|từ)\b)")
_THEO = re.compile(r"(?:^|(?<=[,;:(]\s)|(?<=[,;:(])|(?<=\svà\s))\s*[Tt]heo\s+([^,;:]{2,120}?)\s*[,:]\s*(.+)")
_THEO_TAIL = re.compile(r"\s(?:[-–]|cho thấy|biết|được công bố|công bố)\s")
# "Theo tường trình của X", "Theo số liệu từ X": X is the source.
_SOURCE_OF = re.compile(
    r"(?i)^(?:(?:bản|các|những|một)\s+)?(?:nguồn tin|tường trình|lời kể|lời khai|lời|chia sẻ|ý kiến|thông báo|thông cáo|công bố|báo cáo|thông tin|số liệu|dữ liệu|"
    r"dự đoán|dự báo|kết quả|đánh giá|nhận định|ước tính|thống kê|tin|khảo sát|nghiên cứu|điều tra)(?:\s+[^\s,]+){0,3}?\s+(?:của|từ)\s+(?=\S)"
)
# "…, theo các nhà khoa học.": the source named at the end of the sentence.
_THEO_END = re.compile(r"^(.{10,}?),\s*theo\s+([^,;:]{2,60}?)\s*[.!…]*$")
# A verb used as a noun or after a modal ("những chia sẻ", "cần lưu ý", "vào diện cảnh báo", "dẫn thông
# báo của X") reports no one's words.
_NOUN_USE = re.compile(r"(?i)\b(?:cho|dẫn|diện|mức|biển|tín hiệu|có|vì|gửi|ra|phát|những|các|nhiều|sự|lời|một|bản|cách|đáng|công văn|văn bản|cần|phải|nên|vào|về|của|trong|theo|chưa|không|chẳng|hề)$")


def _noun_use(before: str) -> bool:
    """Whether the word before a verb makes it a noun or a modal's object; a capitalised word
    inside the sentence is part of a name ("Nhật Bản cho hay"), not "bản"."""
    m = _NOUN_USE.search(before)
    return bool(m) and (m.start() == 0 or m.group(0)[:1].islower())


_PASSIVE = re.compile(r"(?i)\bđược\s+([^,;:]{3,80}?)\s+(tiết lộ|cho biết|xác nhận|thông báo|công bố|đưa tin|khẳng định|nhận định|"
                      r"chỉ ra|nêu ra|chia sẻ|nhấn mạnh|cảnh báo)\b")  # fourth round: "vừa được Công đoàn ngành Y tế chỉ ra"
_QUOTE_LEAD = re.compile(r"(?<!\w)(?:dẫn lời|trích lời|dẫn (?:thông báo|tuyên bố|nguồn tin|thông cáo)(?:\s+(?:ngày|hôm)\s+[\d/.-]+)?(?= của| từ))(?:\s+(?:của|từ))?\s+(.{2,80}?)(?=[,:“\"]|\s+về\s|\s+(?:viết|" + "|".join(VERBS) + r")\b|$)")
# "Theo X": X is a source when it holds a name or opens with one of these words.
_SOURCE_WORDS = re.compile(
    r"(?i)^(?:các |một số |một |nhiều |những )?(?:nguồn tin|nhà phân tích|nhà khoa học|nhà nghiên cứu|khảo sát|nghiên cứu|chuyên gia|giới|ông|bà|anh|chị|lãnh đạo|đại diện|thông tin từ|"
    r"báo|tờ|hãng|đài|kênh|cơ quan|nhà chức trách|giới chức|người|phía|mạng|trang|bài báo|nhân chứng|cảnh sát|"
    r"công an|truyền thông|thông báo|phóng viên|lời|tài liệu|báo cáo|luật sư|bác sĩ|quan chức|nhân chứng|người dân)\b"
)
_NOT_SOURCE = re.compile(
    r"(?i)^(?:đó|đấy|quy định|kế hoạch|hướng|yêu cầu|dõi|luật|thống kê|dự kiến|chương trình|lịch|thời gian|"
    r"nghị quyết|chỉ thị|quyết định|thông tư|thỏa thuận|dạng|đà|kịp|sau|tôi|chúng tôi|mình|như)\b"
)
# Openers of an adverbial segment before the subject ("Tại cuộc họp, Tổng thống … tuyên bố").
_ADVERBIAL = re.compile(
    r"(?i)^(?:tại|trong|theo đó|sau|trước|khi|ngày|tháng|năm|chiều|sáng|tối|trưa|đêm|hôm|về|đối với|phát biểu|trao đổi|"
    r"cũng|trước đó|ngoài ra|bên cạnh|tuy nhiên|nhưng|song|do đó|vì vậy|mới đây|hiện|hiện nay|cụ thể|đồng thời|"
    r"thời điểm|qua|với|từ|đến|nói về|liên quan|chia sẻ với|trả lời|thời gian qua|đầu|cuối|rạng sáng|đáp lại|"
    r"đáng chú ý|ngay sau đó|nhân dịp|dù|mặc dù|nếu|báo cáo với|chia sẻ|cách đây|liên quan|trên|thay mặt|để|đồng quan điểm|đặc biệt|tương tự|"
    r"báo cáo tại|(?:nhận định|bình luận|đánh giá|nhận xét|phân tích) về)\b"  # fourth round: "Nhận định về đề thi, TS X cho rằng"
)
_BAD_SUBJECT = re.compile(
    r"(?i)^(?:sự|việc|điều|đây|đó|kết quả|thực tế|nghị quyết|quyết định|văn bản|chương trình|theo|và|nhưng|"
    r"(?:hiện |đồng thời )?có (?:thông tin|tin))(?:\s|$)"
)
_TRAIL = re.compile(r"(?i)(?:\s+(?:đã|cũng|vừa|mới|còn|đều|thì|lại|từng|hôm nay|hôm qua|sau đó|ngay|tiếp tục|trước đó|thậm chí|đồng thời|"
                   r"thẳng thắn|một lần nữa|mới đây|gần đây))+$")  # fourth round: manner adverbs, general usage
MAX_SUBJECT_SYLLABLES = 14  # longer "subjects" are clauses; 12 → 14 in round 3: tuning +2 found, 0 false; on 60 unannotated train clusters +5 right, +3 wrong speakers
SHORT_SUBJECT_SYLLABLES = 8  # a speaker after a clause and a comma is short (same source)


_TRAIL_DATE = re.compile(r"(?i)(?:\s+(?:được )?(?:đưa ra|công bố|phát đi))?(?:\s+vào)?\s+(?:(?:hôm|ngày) thứ \w+|(?:rạng |sáng |trưa |chiều |tối |đêm )?(?:ngày |hôm )?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
                         r"|ngày hôm qua|hôm kia|tuần (?:trước|qua|này))$")


def _clean_subject(text: str) -> str:
    text = _TRAIL_DATE.sub("", text.strip(" ,;:-–“”\"'()"))
    text = _SOURCE_OF.sub("", text) or text  # "Nguồn tin từ Trung tâm X", "Thống kê của Ủy ban Y": the body
    text = re.sub(r"(?i)^(?:(?:và|nhưng|tuy nhiên|còn|trước đó|sau đó|đồng thời|hiện|cũng|thậm chí)\s+)+", "", text)
    text = re.sub(rf"^Như\s+(?=[{UPPER}]{{2,}}|(?:báo|tờ|đài|hãng)\s)", "", text)  # "Như ANTĐ thông tin": as ANTĐ said
    text = _TRAIL.sub("", text).strip(" ,;:-–“”\"'()")
    text = re.sub(r"\s{2,}", " ", text)  # spaces left where a parenthesis was cut out
    return text + ")" if text.count("(") > text.count(")") else text  # "Tổ chức Du lịch thế giới (UNWTO)"


_TITLES = "|".join(re.escape(t) for t in sorted(PERSON_TITLES, key=len, reverse=True))
_TITLED = re.compile(rf"(?<!\w)(?i:{_TITLES})(?:\s+[{UPPER}][\w.-]*)+")
_TITLE_OPEN = re.compile(rf"(?i)^(?:{_TITLES})\b")
_TITLED_START = re.compile(rf"(?i:{_TITLES})(?:\s+(?:trưởng|phó))?\s+[{UPPER}]")  # a title, then a capitalised name
_PREDICATE = re.compile(r"\s+(?:đã|đang|sẽ|vừa|cũng|phát biểu|[-–])\s+")  # where a titled name's predicate starts
_NAME_ONLY = re.compile(rf"^[{UPPER}][\w.-]*(?:\s+[{UPPER}][\w.-]*){{0,4}}$")


def _subject(prefix: str) -> str | None:
    """The speaker in the text before a reporting verb, or None."""
    subject = _plain_subject(prefix)
    if subject is None:  # "Tại cuộc họp, Tổng thống X mô tả … và tuyên bố": the titled name
        m = _TITLED.search(prefix)
        subject = _clean_subject(m.group(0)) if m else None
    return subject


_DATELINE = re.compile(rf"^(?:\([{UPPER}]{{2,}}\)|[{UPPER}]{{2,}}(?![\w.])\s*[-–])\s*[-–]?\s*")  # "(TTXVN) -", "KTĐT -"; not "EVN cho biết", "PGS.TS"
_TIME_OPENER = re.compile(r"(?i)^(?:(?:rạng |sáng |trưa |chiều |tối |đêm )?(?:ngày |hôm )?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|"
                          r"(?:sáng|trưa|chiều|tối|đêm) (?:nay|qua))\s+")


def _ok(subject: str) -> bool:
    return bool(subject) and not _BAD_SUBJECT.match(subject) and not _ADVERBIAL.match(subject) \
        and not _NOT_A_SPEAKER.search(subject) and (len(subject.split()) <= MAX_SUBJECT_SYLLABLES or _long_named(subject))


# "Người phát ngôn của Tổ chức Cấm phổ biến vũ khí hóa học Christian Chartier": a title or a source
# word, a body's long name and the person's name at the end; not tuned (a body's name is often 8-10 syllables).
MAX_TITLED_SYLLABLES = 20
_ENDS_WITH_NAME = re.compile(rf"\s[{UPPER}][\w.-]*\s+[{UPPER}][\w.-]*$")


def _long_named(subject: str) -> bool:
    return len(subject.split()) <= MAX_TITLED_SYLLABLES and bool(_ENDS_WITH_NAME.search(subject)) \
        and bool(_TITLE_OPEN.match(subject) or _SOURCE_WORDS.match(subject))


# A negation or a first person inside a "subject": a clause or a quote, not who is reported.
# A subordinate clause's subject is the speaker: "… sau khi Nga thông báo".
_SUBORDINATE = re.compile(r"(?i)(?<=\w)\s+(?:sau khi|trước khi|khi)\s+")  # mid-clause only, not "Khi được hỏi, …"
_NOT_A_SPEAKER = re.compile(r"(?<!\w)(?:chưa|(?<![Hh]àng )không)(?!\w)"  # "Cục Hàng không" is a name, not a negation
                            r"|(?i:(?<!\w)(?:tôi|chúng tôi|chúng ta|mình)(?!\w))"
                            r"|(?<![\w ])sự |(?<=\s)(?<!hình )(?<!dân )(?<!quân )(?<!nhân )(?<!lãnh )(?<!thời )(?<!Hình )(?<!Dân )(?<!Quân )(?<!Hải )sự ")
# ("sự đồng cảm và": a noun; "Cục Hải sự", "Cảnh sát Hình sự": names)


def _plain_subject(prefix: str) -> str | None:
    for q in ("”", "“", '"', ":", ";", "',"):  # "',": a single quote closed before the speaker
        if q in prefix:
            prefix = prefix.rsplit(q, 1)[1]
    prefix = re.sub(r"\([^()]*\)", " ", _DATELINE.sub("", prefix.strip()))  # "(TNO)", "(công an huyện X, Y)"
    prefix = _SUBORDINATE.split(prefix)[-1]  # "Tuyên bố được đưa ra sau khi Nga thông báo": Nga
    segments = [_TIME_OPENER.sub("", seg.strip()) for seg in prefix.split(",") if seg.strip()]
    opened = len(segments)
    while len(segments) > 1 and _ADVERBIAL.match(segments[0]):
        segments = segments[1:]
    if not segments:
        return None
    subject = _clean_subject(segments[0])
    last = _clean_subject(segments[-1])
    if (subject[:1].islower() or len(segments) < opened) and not _TITLE_OPEN.match(subject) and not _TITLED_START.match(subject):
        # "Liên quan đến việc đại úy A, cán bộ Công an quận B, bị …, thượng tá C - … - cho biết": C
        titled = [seg for seg in segments[1:] if _TITLED_START.match(_clean_subject(seg))]
        if titled:
            return _clean_subject(_PREDICATE.split(_clean_subject(titled[0]), maxsplit=1)[0])  # not "… đã phát biểu …"
    if len(segments) > 1 and _TITLE_OPEN.match(subject) and _NAME_ONLY.match(_clean_subject(segments[1])):
        subject = f"{subject} {_clean_subject(segments[1])}"  # "Tổng thống Kazakhstan, Kassym-Jomart Tokayev, tuyên bố"
    if len(segments) > 1 and _TITLED_START.match(subject) and _ok(subject):
        return subject  # "Ông Phạm Quang Diệu, chuyên gia phân tích …, nhìn nhận": the titled name, not its apposition
    if len(segments) > 1 and _SOURCE_WORDS.match(last) and _ok(last) and len(last.split()) <= SHORT_SUBJECT_SYLLABLES:
        return last  # "Đầu tiên là đại dịch, rồi tới xung đột, giới quan sát cảnh báo": right before the verb
    if _ok(subject):
        return subject
    head = re.split(r"\s[-–]\s", subject, maxsplit=1)[0]
    if head != subject and _ok(head) and _speaker_ok(head):
        return head  # "Công ty X - đơn vị được … giao quản lý …, … cho biết": the name before the apposition
    if _BAD_SUBJECT.match(subject):
        return None
    # "<long clause>, nguồn tin thân cận … cho hay"
    return last if len(segments) > 1 and _ok(last) and len(last.split()) <= SHORT_SUBJECT_SYLLABLES else None


# Lower-case nouns for people or sources that may speak without a name ("Nam bảo vệ cho biết",
# "người dân phản ánh"); written from general Vietnamese news usage, not from annotated misses.
_PERSON_NOUNS = re.compile(
    r"(?i)^(?:(?:các|một số|một|nhiều|những|hai|ba|vị|nữ|nam)\s+)?(?:nam|nữ|người|thanh niên|tài xế|nhân viên|bác sĩ|"
    r"bệnh nhân|chuyên gia|bạn đọc|độc giả|khán giả|người xem|cư dân mạng|cộng đồng|nhóm|hành khách|du khách|khách|cư dân|phe|đối tượng|sinh viên|học sinh|giáo viên|cán bộ|công nhân|nông dân|chủ|gia đình|người thân|bảo vệ|"
    r"phụ huynh|nạn nhân|nghi phạm|bị can|bị cáo|luật sư|giám đốc|trưởng|phó|ý kiến|số liệu|dữ liệu|thống kê|"
    r"quan chức|binh sĩ|nhà chức trách|ban|trung tâm|cục|sở|bộ|ủy ban|uỷ ban|công ty|doanh nghiệp|ngân hàng|"
    r"bệnh viện|trường|viện|hội|đơn vị|chính quyền|chính phủ|lực lượng|quân đội|cảnh sát|công an|nhà trường|"
    r"bố|mẹ|cha|vợ|chồng|anh trai|chị gái|em trai|em gái|bà con|hàng xóm|nhân chứng|tài tử|minh tinh|ngôi sao|"
    r"thanh sát viên|điều tra viên|phát ngôn viên|kiểm sát viên|học giả|nhà \w+)\b"  # fourth round: kin, witnesses, stars
)
_NAME_WORD = re.compile(rf"(?<=\s)[{UPPER}][\w.-]*")


def _speaker_ok(who: str, common: frozenset = frozenset(), named: frozenset = frozenset()) -> bool:
    """Whether a found "speaker" can speak: it holds a name past its first word, or opens with a
    name, a title, a source word or a noun for people or bodies; not a clause, a list item or a
    capitalised common word that merely opens the sentence ("Mọi vi phạm …", "+ Bảo quản …").
    `common`: syllables the cluster also writes in lower case (a capital there is no name unless
    `named`: written capitalised inside a sentence too, "Danh" of "Vương Văn Danh")."""
    if not who or not who[:1].isalpha() or _CLAUSE.search(who):
        return False
    bare = re.sub(r"(?i)^(?:cựu|nguyên|tân)\s+", "", who)
    if bare != who and (_TITLE_OPEN.match(bare) or _PERSON_NOUNS.match(bare)):
        return True
    first = who.split()[0]
    if _TITLE_OPEN.match(who):
        return True  # "Thứ trưởng …": a title, though "thứ" alone opens "Thứ năm …"
    if first.lower() in _COMMON_OPENERS or who.lower().startswith(_COMMON_PAIRS):
        return False
    if _TITLE_OPEN.match(who) or _SOURCE_WORDS.match(who) or _PERSON_NOUNS.match(who):
        return True
    if not first[:1].isupper():
        return False  # a lower-case clause ("thí sinh mang Phiếu"): no name opens it
    if _NAME_WORD.search(who):
        return True  # "Trung tâm Quản lý …", "PGS.TS Đào Xuân Cơ"
    return len(who.split()) <= 4 and (first.lower() not in common or first in named)


# Capitalised words that open a sentence as a common word, not a name (so never a speaker);
# general Vietnamese function words, not read off annotated misses.
_COMMON_OPENERS = {"mọi", "kết", "việc", "điều", "tất", "toàn", "hiện", "vì", "do", "nếu", "có", "thứ"}
_COMMON_PAIRS = ("đồng thời", "ngay ", "nhấn mạnh", "đồng quan điểm")
# A modal, a purpose or a reporting verb inside the "speaker": it is a clause ("Học sinh cần giải
# thích", "Nhật Bản khẳng định chủ quyền …", "Barca dựa vào điều 92 để …"); lower case only: "Cần Thơ" is a name.
_CLAUSE = re.compile(r"(?<!\w)(?:cần|phải|để|sẽ|đang|cho phép|dựa vào|khẳng định|tuyên bố|cho biết|thông báo|nhấn mạnh)(?!\w)")


# "X (đã) ra thông báo cho biết", "X vừa có văn bản nêu rõ": the document X issued reports X's words.
_ISSUED = re.compile(r"(?i)\s+(?:đã\s+|vừa\s+|cũng\s+)?(?:ra|có|đưa ra|phát đi|phát hành|gửi|ban hành)\s+(?:một\s+|bản\s+)?"
                     r"(?:thông báo|tuyên bố|thông cáo(?: báo chí)?|văn bản|công văn|báo cáo)(?:\s+[^\s,]+){0,3}?$")
_CLOSING = re.compile(r",|\s[-–]\s")  # where a speaker closing the sentence starts
_LAST_WORD_NAME = re.compile(rf"[{UPPER}][\w.&-]*\)?$")  # the text before ends with a capitalised word
# The tail of a web address cut off by the splitter: "Trao đổi với PV Nguoiduatin. | vn đại diện …".
# A photo caption glued to the sentence by the splitter: "Ảnh minh họa Nhóm thanh sát viên … xác nhận".
_CAPTION = re.compile(r"^Ảnh (?:minh họa|minh hoạ|internet|tư liệu|chụp màn hình)[.:]?\s+")
_DEGREES = re.compile(r"\b(PGS|GS|TS|ThS|BS),\s*(?=(?:TS|ThS|BS|BSCKI+)\b)")  # "PGS, TS. X": one title "PGS TS. X"
# "Đó là khẳng định của Phó Thủ tướng X …": the words of the sentence before are X's.
_SAID_OF = re.compile(r"^(?:Đó|Đây|Trên đây)\s+(?:cũng\s+)?là\s+(?:những\s+|lời\s+)?(?:khẳng định|nhận định|chia sẻ|phát biểu|ý kiến|"
                      r"đánh giá|nhận xét|cảnh báo|tuyên bố|thông tin|lời kể|tâm sự|bình luận|quan điểm)\s+(?:được đưa ra\s+)?của\s+"
                      r"([^,;:]{2,80}?)(?=\s+(?:tại|trong|khi|vào|sau|trước|tối|sáng|chiều|ngày|hôm|với|về)\b|[,.;:]|$)")
_DOMAIN_TAIL = re.compile(r"^(?:vn|com|net|org|com\.vn)\s+(?=\S)")


def attribution_of(sentence: Sentence, common: frozenset = frozenset(), named: frozenset = frozenset()) -> Attribution | None:
    """The attribution of one sentence, if it reports someone's words (`common`, `named`: see _speaker_ok)."""
    text = _DEGREES.sub(r"\1 ", _CAPTION.sub("", _DOMAIN_TAIL.sub("", sentence.text)))
    m = _SAID_OF.search(text)
    if m and _speaker_ok(_clean_subject(m.group(1)), common, named):
        return Attribution(speaker=_clean_subject(m.group(1)), claim=shorten(text, 300), sources=[src(sentence)])
    m = _THEO.search(text)
    if m:
        raw, who = m.group(1).strip(), _clean_subject(m.group(1))  # "theo thông tin từ bệnh viện": raw is a source
        if who and not _NOT_SOURCE.match(who) and (re.search(rf"[{UPPER}]", who) or _SOURCE_WORDS.match(raw) or _SOURCE_WORDS.match(who)):
            # "X – người được phân công …", "X cho thấy …", "X được công bố …": X
            who = _THEO_TAIL.split(_SOURCE_OF.sub("", who), maxsplit=1)[0]
            return Attribution(speaker=who, claim=shorten(m.group(2), 300), sources=[src(sentence)])
    m = _THEO_END.search(text)
    if m:
        who = _clean_subject(_SOURCE_OF.sub("", m.group(2)))
        if who and not _NOT_SOURCE.match(who) and (re.search(rf"[{UPPER}]", who) or _SOURCE_WORDS.match(who)):
            return Attribution(speaker=who, claim=shorten(m.group(1), 300), sources=[src(sentence)])
    m = _PASSIVE.search(text)
    if m and not re.search(r"(?i)(?:không|chưa|chẳng)\s+$", text[: m.start()]) and len(m.group(1).split()) <= MAX_SUBJECT_SYLLABLES and not _SUBORDINATE.search(f" {m.group(1)} ") \
            and _speaker_ok(_clean_subject(m.group(1)), common, named):
        return Attribution(speaker=_clean_subject(m.group(1)), claim=shorten(text[: m.start()], 300), sources=[src(sentence)])
    m = _QUOTE_LEAD.search(text)
    if m and len(text[m.end():].split()) >= 3:  # "dẫn thông cáo của X về việc …" has no claim
        return Attribution(speaker=_clean_subject(m.group(1)), claim=shorten(text[m.end():], 300), sources=[src(sentence)])
    informs = [m for m in _INFORM.finditer(text) if _LAST_WORD_NAME.search(text[: m.start(1)].rstrip())]
    verbs = sorted([*_VERB.finditer(text), *_CLAUSE_VERB.finditer(text), *informs], key=lambda v: v.start(1))
    for v in verbs:
        before = text[: v.start(1)].rstrip()
        if re.search(r"(?i)\b(?:được|bị|để|sẽ được)$", before) or _noun_use(before) or _AGENT.search(before):
            continue
        if before.count("“") > before.count("”") or re.search(r'(?:^|\s)"[^"”]*$', before):
            continue  # the verb is inside a quote that opened before it: the quote's words
        claim = _governed(v.group(1), text[v.end():])
        if claim is None:
            continue  # "bày tỏ sự cảm thông", "chia sẻ về bệnh tình": no clause, no claim
        quoted = re.findall(r"[“\"]([^”\"]+)[”\"]", before) or re.findall(r"^([^“”\"]{10,})[”\"]", before)
        # (the second form: a quote opened in an earlier sentence closes before the speaker)
        if len(text[v.end():].split()) < 3 and not re.search("[“”\"']", before) and _CLOSING.search(before):
            # "<claim>, nguồn tin thân cận với chính phủ Nhật Bản cho hay.", "<claim> - truyền thông địa
            # phương đưa tin.": the speaker closes the sentence
            cut = list(_CLOSING.finditer(before))[-1]
            head, tail = before[: cut.start()], before[cut.end():]
            who = _clean_subject(re.sub(r"\([^()]*\)", " ", tail))
            if _ok(who) and _speaker_ok(who, common, named) and len(head.split()) >= 3:
                return Attribution(speaker=who, claim=shorten(head, 300), sources=[src(sentence)])
        who = _subject(_ISSUED.sub("", before))  # "VFF đã ra thông báo cho biết": VFF
        if who is not None and not _speaker_ok(who, common, named):
            head = re.split(r"\s[-–]\s", who, maxsplit=1)[0]  # "Celsius - một trong những công ty … - thông báo"
            who = head if head != who and _speaker_ok(head, common, named) else who
        if who is None or not _speaker_ok(who, common, named):
            who = _last_segment(before, common, named)  # "Cách đây một tuần, Justin Bieber thông báo …"
        if who is None:
            continue
        who = _SOURCE_OF.sub("", who) or who  # "Thống kê của Ủy ban ATGT cho biết": the body
        if len(claim.split()) < 3:  # "“…”, Xavi thừa nhận sau trận hòa": the claim is the quote
            claim = quoted[-1] if quoted else claim
        if not claim:
            continue
        return Attribution(speaker=who, claim=shorten(claim, 300), sources=[src(sentence)])
    return _document_attribution(sentence)


# The agent of a noun's relative clause reports nothing here: "vi phạm … do báo chí đưa tin".
_AGENT = re.compile(r"(?i)(?<!\w)do(?:\s+[^\s,;:]+){1,4}$")
# Sympathy, gratitude and greetings are no claims: "chia sẻ với những mất mát", "bày tỏ tri ân",
# "bày tỏ sự cảm thông"; general Vietnamese set phrases, not read off annotated misses.
_SYMPATHY = re.compile(
    r"(?i)^(?:với\s+)?(?:(?:những|các|sự|lời|lòng|niềm|nỗi|sâu sắc)\s+)*(?:cảm thông|chia buồn|tri ân|biết ơn|cảm ơn|"
    r"cám ơn|tiếc thương|thương tiếc|xúc động|vui mừng|chúc mừng|thăm hỏi|động viên|mất mát|đau thương|đau buồn|"
    r"tình cảm|kính trọng|ngưỡng mộ|lời chúc|vui|buồn|bàng hoàng|xót xa|đau xót|tiếc nuối)(?!\w)"
)
# After these words the verb has an object or an audience, not a clause; a clause may still
# follow after a comma, a colon or "rằng" ("nói với báo chí rằng …"), else there is no claim.
_NO_CLAUSE_YET = re.compile(r"(?i)^(?:về|với|phỏng vấn|câu hỏi|báo chí|phóng viên|PV)(?!\w)")


def _governed(verb: str, rest: str) -> str | None:
    """The clause a reporting verb governs (``rest``: the text after it), or None when it has
    only an object ("phát biểu tại hội nghị", "chia sẻ về bệnh tình") or voices sympathy."""
    claim = rest.strip(" :,")
    if _SYMPATHY.match(claim):
        return None
    if re.match(r"\s*[:“\"]", rest):
        return claim.strip("“\"")  # "X bày tỏ: …": a colon or a quote opens the clause
    if verb.lower() == "bày tỏ" and re.match(r"\s*,", rest):
        return claim  # "X bày tỏ, anh và …": the clause follows at once
    if verb.lower() in ("chia sẻ", "tiết lộ") and re.match(r"(?i)về\s+(?!(?:bệnh|hoàn cảnh|quê|nhà|nước)\b)", claim):
        return claim[3:].strip()  # "bố ruột cô nàng chia sẻ về biệt danh này": what is told about (README convention)
    if _NO_CLAUSE_YET.match(claim) or verb.lower() == "bày tỏ":  # "bày tỏ" + a feeling or a stance noun
        m = re.search(r"[:“\"]|\brằng\b" if verb.lower() == "bày tỏ" else r"[,:“\"]|\brằng\b", claim)
        if not m:
            return ""  # no clause here; a quote before the verb may still be the claim
        claim = claim[m.start():].strip(" :,")
    return re.sub(r"(?i)^rằng[\s,:]+", "", claim)


def _last_segment(before: str, common: frozenset, named: frozenset) -> str | None:
    """The segment right before the verb when it is a short named speaker, or None."""
    segments = [seg for seg in before.split(",") if seg.strip()]
    if len(segments) < 2:
        return None
    who = _clean_subject(segments[-1])
    if (_NAME_ONLY.match(who) or _TITLED_START.match(who) or who.lower() in PERSON_TITLES) and _ok(who) and len(who.split()) <= SHORT_SUBJECT_SYLLABLES and _speaker_ok(who, common, named):
        return who
    return None


def attributions(cluster: Cluster) -> list[Attribution]:
    """Attributions of the cluster, one at most per sentence, in reading order."""
    common = frozenset(w.lower() for s in cluster.sentences for w in s.text.split() if w[:1].islower())
    named = frozenset(w for s in cluster.sentences for prev, w in zip(s.text.split(), s.text.split()[1:])
                      if w[:1].isupper() and prev[-1:] not in ".!?:;\"“”'-–+*•")
    found = {(s.article_index, s.position): a for s in cluster.sentences if (a := attribution_of(s, common, named)) is not None}
    found = continue_quotes(cluster.sentences, found)
    return resolve_pronouns([found[key] for s in cluster.sentences if (key := (s.article_index, s.position)) in found])


# A document, survey or data as the subject ("Kết quả điều tra cho thấy …", "Báo cáo của X nêu rõ …",
# "Số liệu … ghi nhận …", "Khảo sát của X chỉ ra …"): the source is the body after "của/từ", else the
# document. A convention of the held-out annotator (README), written from general usage.
_DOC_SUBJECT = re.compile(
    r"(?i)^(?:(?:qua|từ)\s+)?(?:(?:các|những|một|bản|cuộc)\s+)?(?:kết quả|báo cáo|khảo sát|nghiên cứu|số liệu|thống kê|"
    r"dữ liệu|điều tra|thăm dò|tài liệu|thông cáo|thông báo|công văn|kết luận|biên bản|cáo trạng|bản án)(?!\w)"
)
_DOC_VERB = re.compile(r"(?<!\w)(cho thấy|chỉ ra|ghi nhận|nêu rõ|nêu|cho biết|khẳng định|nhấn mạnh|kết luận|dự báo|ước tính)(?!\w)")
MAX_DOCUMENT_SYLLABLES = 20  # a document's name runs longer than a person's ("Kết quả khảo sát … do X thực hiện"); not tuned


def _document_attribution(sentence: Sentence) -> Attribution | None:
    """The attribution of a sentence whose subject is a document, a survey or data, or None."""
    text = _DOMAIN_TAIL.sub("", sentence.text)
    for v in _DOC_VERB.finditer(text):
        before = text[: v.start()]
        if before.count("“") > before.count("”"):
            continue
        segment = re.split(r"[,;:“”\"]", _DATELINE.sub("", before))[-1]
        segment = _TRAIL.sub("", _TIME_OPENER.sub("", segment.strip())).strip()
        segment = re.sub(r"(?i)^(?:(?:và|nhưng|tuy nhiên|còn|trong khi đó|đồng thời|mặt khác)\s+)+", "", segment)
        if not _DOC_SUBJECT.match(segment) or len(segment.split()) > MAX_DOCUMENT_SYLLABLES or _NOT_A_SPEAKER.search(segment):
            continue
        document = re.sub(r"(?i)^(?:qua|từ)\s+", "", segment)
        who = _clean_subject(document)
        if not re.match(rf"[{UPPER}]", who) and not _SOURCE_WORDS.match(who) and not _PERSON_NOUNS.match(who):
            who = document  # "thống kê từ đầu năm …": no body after "từ", the document itself
        claim = _governed(v.group(1), text[v.end():])
        if not claim or len(claim.split()) < 3:
            cuts = list(_CLOSING.finditer(before))  # "<claim>, số liệu của X cho thấy."
            head = before[: cuts[-1].start()].strip() if cuts else ""
            claim = head if len(head.split()) >= 3 else ""
        if who and claim:
            return Attribution(speaker=who, claim=shorten(claim, 300), sources=[src(sentence)])
    return None
