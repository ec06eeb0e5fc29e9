"""Eighth round: a verb of saying with its "rằng" clause ("các sở ngành đều cho rằng …", "các cơ quan tình báo Mỹ còn bảo
đảm với Liên Hiệp Quốc rằng …", "Báo X chỉ hé lộ rằng …") whose speaker the general rules missed: the noun phrase right before
the verb, after the last comma or clause word. The guideline's own construction ("X cho biết/nói/tuyên bố … rằng"; the speaker a
name, a title, a source word or a noun for people or bodies), read on a subject shape the other rules did not take: a speaker
after a clause word ("… thì X cho rằng"), adverbs before the verb ("đều", "còn", "chỉ"), a quantified group ("một số ý kiến",
"nhiều người khác"). Tried on unannotated text (abmusu-train 40-199, ktlab-dev 30-57; benchmarks/RESULTS.md)."""

from __future__ import annotations

import re

from ..models import Sentence
from ._common import UPPER, shorten, src
from .models import Attribution
from .subjects import _NOT_A_SPEAKER, _PERSON_NOUNS, _SOURCE_WORDS, _TITLED_START, _TRAIL

# Verbs of saying (not of thinking or feeling: "nghĩ/hiểu/nhận ra/lo ngại rằng" are no one's words to a reader), then an
# optional audience or medium ("với báo chí", "trên website của mạng"), then "rằng".
_SAY_THAT = re.compile(
    r"(?<!\w)(?:(cho rằng)|(nói|cho biết(?: thêm)?|khẳng định|tuyên bố|thống nhất|bảo đảm|đảm bảo|hé lộ|tiết lộ|nhấn mạnh|"
    r"lập luận|viết|xác nhận|thừa nhận|cam kết|đồng tình|phủ nhận|cảnh báo|"
    # stop 16 (held-out-15: "HLV X bông đùa rằng …", "công chúng phải thốt lên rằng …", "Fed … phát tín hiệu rằng …"): acts of
    # speech that say their clause, a closed list from general usage (still no verbs of thinking)
    r"(?:nói\s+)?đùa|bông đùa|tếu táo|pha trò|thốt lên|phát tín hiệu|ra tín hiệu|ám chỉ|gợi ý|khuyên|trấn an|phàn nàn|nhắc nhở|nhắc lại|lặp lại|"
    r"dọa|đe dọa|cảnh cáo|quả quyết|nhận thấy)"
    r"(?:\s+(?:với|trên|qua)\s+[^,;:“”\"]{2,60}?)?\s+rằng)\s+(\S.+)"
)
# Where the subject's phrase starts: after a comma or a clause word ("… thì các sở ngành đều cho rằng").
_CLAUSE_WORD = re.compile(r"(?i)(?:[,;:(]|\s[-–]\s|\s(?:thì|nhưng|mà|song|trong khi)\s)")
# A group counted or quantified before a noun for people, views or sources ("một số ý kiến", "nhiều người khác", "các đại
# biểu", "phần lớn nghị sĩ").
_GROUP = re.compile(r"(?i)^(?:một số|nhiều|các|những|phần lớn|đa số|hầu hết|không ít|một bộ phận)\s+(?:ý kiến|người|đại biểu|"
                    r"thành viên|chuyên gia|nhà \w+|cơ quan|sở|bộ|bên|dự đoán|nguồn tin|quan chức|nghị sĩ|nghị sỹ|bị cáo|phi công)\b")
# Stop 16: a group said to exist, then its verb ("có không ít khán giả cho rằng", "có nhiều người dân cho rằng"): the group
# speaks, as a quantified group does without "có"; "có ý kiến/thông tin cho rằng", with no quantifier, stays a rumour.
_THERE_ARE = re.compile(r"(?i)^(?:cũng\s+)?có\s+((?:không ít|nhiều|rất nhiều|một số)\s+(\S.*))$")
MAX_SPEAKER_WORDS = 12  # a speaker right before its verb is a short phrase (the general rules' SHORT_SUBJECT is 8); not tuned


def said_that(text: str, common: frozenset, sentence: Sentence) -> Attribution | None:
    """The attribution of "<speaker> <verb of saying> rằng <clause>" where the general rules found none, or None."""
    if text.rstrip().endswith("?"):
        return None  # a question asked, not a claim made
    for m in _SAY_THAT.finditer(text):
        before, claim = text[: m.start()], m.group(3)
        if before.count("“") > before.count("”") or before.count('"') % 2 == 1 \
                or re.search(r"(?i)(?:được|bị|vì|để|khi|sẽ|có thể|muốn|cần|phải|nên)\s*$", before):
            continue  # inside a quote; a passive, a reason, a purpose or words not said yet ("sẽ lập luận rằng …")
        cuts = list(_CLAUSE_WORD.finditer(before))
        who = before[cuts[-1].end():] if cuts else before
        who = _TRAIL.sub("", re.sub(r"\s+(?:chỉ|lại|còn|đều|cũng|đã|vẫn)$", "", who.strip())).strip()
        who = re.sub(r"(?i)^(?:thậm chí|ngoài ra|tuy nhiên|và|rồi)\s+", "", who)
        there = _THERE_ARE.match(who)
        if there and _PERSON_NOUNS.match(there.group(2)):
            who = there.group(1)  # stop 16: "… thì cũng có không ít khán giả cho rằng …" (held-out-15 045): the group says it
        if not who or len(who.split()) > MAX_SPEAKER_WORDS or (_NOT_A_SPEAKER.search(who) and not there) or len(claim.split()) < 4:
            continue
        first = who.split()[0]
        capital_name = bool(re.match(rf"[{UPPER}][\w.-]*\s+[{UPPER}]", who)) and first.lower() not in common
        if there or _TITLED_START.match(who) or capital_name or _GROUP.match(who) or _PERSON_NOUNS.match(who) or _SOURCE_WORDS.match(who):
            if re.match(r"(?i)(?:có|theo|như|nếu|khi)\b", who):
                continue  # "Có thông tin cho rằng …" (a rumour, no speaker), an opener
            return Attribution(speaker=who, claim=shorten(claim, 300), sources=[src(sentence)])
    return None
