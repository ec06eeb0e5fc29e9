"""Normalise text once, at input: Unicode NFC, one tone-mark convention, scraper debris removed."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"\w+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Scraper debris seen in crawled Vietnamese news: a stray " date 2022-01" at the head of a text.
_LEADING_DATE = re.compile(r"^\s*date\s+\d{4}(?:-\d{1,2}){0,2}\s*", re.IGNORECASE)
# A wire-style source tag opening the text: "(Soha.vn) - ", "(Dân trí) – " (seen in ../shared/data).
_LEADING_TAG = re.compile(r"^\s*\((?:[^()\n]{2,30})\)\s*[-–—]\s+")
# A line that is only a dateline: "Thứ năm, 12/3/2026 14:20", "12/03/2026 - 08:15 (GMT+7)".
_DATELINE = re.compile(
    r"^(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{2,4}"
    r"(?:\s*[-,|]?\s*\d{1,2}[:h]\d{2}(?:\s*\(?\s*GMT\s*[+-]\s*\d{1,2}\s*\)?)?)?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# Where a photo/video credit starts: "Nguồn ảnh:", "Ảnh:", "Ảnh minh họa:", "(Ảnh: …", "Clip:", "Nguồn:".
_CREDIT_START = re.compile(r"(?:[-–]\s*)?\(?\b(?:Nguồn\s+ảnh|Ảnh\s+minh\s+họa|Ảnh|Video|Clip|Nguồn)\s*:\s*")
# A credit with no colon closing a line after a sentence: "… và CSTO. Ảnh IT", "… Ảnh minh họa".
_TRAILING_CREDIT = re.compile(
    r"(?<=[.!?…”\"])[ \t]+(?:Nguồn[ \t]+ảnh|Ảnh)(?:[ \t]+minh[ \t]+họa)?(?:[ \t]+[A-ZĐ][\w./&-]*){0,3}[ \t]*$",
    re.MULTILINE,
)
# A video caption right after a credit: "Nguồn ảnh: QQ.Video về cuộc biểu tình … quay lại."
_VIDEO_CAPTION = re.compile(r"[ \t]*(?:Video|Clip)\s+(?:về|ghi\s+lại|cho\s+thấy)\b[^\n]{0,200}$", re.MULTILINE)
# Longest credit body kept as "short", in words: of the 106 credits closed by ")", "." or a line end in
# ../shared/data, all have at most 5 ("Minh Tiệp Clip: Minh Tiệp"); the 3 longer ones are glued to a sentence.
_SHORT_CREDIT_WORDS = 6
_TOKEN = re.compile(r"\S+")
_CLOSED_CREDIT = re.compile(r"[^.\n()]{0,80}?(?:\)|(?<![\s:/][A-ZĐ])(?<!^[A-ZĐ])\.(?=\s|[A-ZĐÀ-Ỹ]|$)|$)")
# A credit glued to the next sentence keeps at most this many words: a Vietnamese personal name has at most
# four syllables ("VGP/Anh Dũng", "Xuân Mai" in ../shared/data are shorter).
_GLUED_CREDIT_WORDS = 4
# Capitalised words that open a sentence rather than continue a name (seen after glued credits).
_SENTENCE_OPENERS = frozenset(
    "anh chị ông bà cháu em cô chú bác các những một nhiều theo khoảng sau trước tại ngày sáng chiều tối "
    "trưa đêm hôm lúc từ trong khi đây đó hiện tuy nhưng vì do với năm tháng người lực cơ ngoài bên".split()
)
# A line this short, with no full stop, that ends in a credit is a photo caption, not article text
# (200 kept from the skeleton's caption rule; not tuned).
_CAPTION_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?…]")
_ENDS_SENTENCE = re.compile(r"[.!?…:;\"”’)\]]\s*$")


@lru_cache(maxsize=65536)
def _normalise_token(token: str) -> str:
    from underthesea.pipeline.text_normalize import token_normalize

    return token_normalize(token)


def normalise_tones(text: str) -> str:
    """Put every syllable's tone mark in one place (hoà → hòa, thuý → thúy), as underthesea does."""
    return _WORD.sub(lambda m: _normalise_token(m.group(0)) if not m.group(0).isascii() else m.group(0), text)


def normalise(text: str) -> str:
    """NFC, one tone-mark convention, no zero-width characters, single spaces; line breaks kept."""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = normalise_tones(text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines).strip()


def _is_name(token: str) -> bool:
    """A token that can belong to a credit's name: capitalised or an acronym, possibly with "/" or "."."""
    return bool(token) and token[0].isupper() and not any(ch in token for ch in "(),;:")


def _sentence_start(tokens: list, limit: int) -> int | None:
    """Index of the first token (after the first) that opens a sentence, among the first ``limit`` + 1 tokens.

    A sentence opens at a capitalised word that is a usual opener ("Khoảng", "Ông") or is followed by a
    lowercase word ("Hạt mưa", "Đây là").
    """
    for i in range(1, min(len(tokens), limit + 1)):
        word = tokens[i].group(0)
        nxt = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
        if _is_name(word) and (word.split("/")[-1].lower() in _SENTENCE_OPENERS or nxt[:1].islower()):
            return i
    return None


def _credit_end(text: str, start: int) -> int:
    """Where the credit whose body starts at ``start`` ends (an index into ``text``), without eating a sentence."""
    line_end = text.find("\n", start)
    rest = text[start:len(text) if line_end < 0 else line_end]
    tokens = list(_TOKEN.finditer(rest))
    if not tokens or not _is_name(tokens[0].group(0).rstrip(",.;)")):
        return start  # "Nguồn: theo …": not a credit
    opens = _sentence_start(tokens, _GLUED_CREDIT_WORDS)
    # A short body closed by ")", "." (not a name's initial: "Đ.Hà") or the end of the line is all credit,
    # unless a sentence of three or more words opens inside it ("Ảnh: Thu Hà Đây là cầu mới.").
    closed = _CLOSED_CREDIT.match(rest)
    if closed and len(_TOKEN.findall(closed.group(0))) <= _SHORT_CREDIT_WORDS:
        inside = [t for t in tokens if t.end() <= closed.end()]
        if opens is None or not closed.group(0).endswith(".") or len(inside) - opens < 3:
            return start + closed.end()
    if opens is not None:
        return start + tokens[opens - 1].end()
    # No sentence start in sight: keep the leading run of name tokens, at most a few.
    end = 0
    for token in tokens[:_GLUED_CREDIT_WORDS]:
        if not _is_name(token.group(0).rstrip(",.;)")):
            break
        end = token.end()
        if token.group(0).endswith("."):
            break
    return start + end


def _strip_credits(text: str) -> str:
    out, pos = [], 0
    for match in _CREDIT_START.finditer(text):
        if match.start() < pos:
            continue
        end = _credit_end(text, match.end())
        if end == match.end():  # a marker with no credit after it ("Nguồn: " then a sentence): keep
            continue
        cut = match.start()
        line_start = text.rfind("\n", 0, cut) + 1
        before, after = text[line_start:cut], text[end:].split("\n", 1)[0]
        if line_start >= pos and not after.strip() and len(before) <= _CAPTION_CHARS and not _SENTENCE_END.search(before):
            cut = line_start  # a caption line: a fragment with no full stop, then its credit
        piece = text[pos:cut]
        caption = _VIDEO_CAPTION.match(text, end)
        pos = caption.end() if caption else end
        # The credit separated a caption from the next sentence: keep that boundary visible.
        glued = piece.strip() and not _ENDS_SENTENCE.search(piece) and text[pos:pos + 2].lstrip()[:1].isupper()
        out.append(piece.rstrip() + ". " if glued else piece + " ")
    out.append(text[pos:])
    return "".join(out)


def strip_debris(text: str) -> str:
    """Remove scraper debris: a leading date stamp or source tag, datelines, photo credits and captions."""
    text = _LEADING_DATE.sub("", text)
    text = _LEADING_TAG.sub("", text)
    text = _DATELINE.sub("", text)
    text = _strip_credits(text)
    text = _TRAILING_CREDIT.sub("", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def clean(text: str) -> str:
    """Normalise and strip debris: what every article body goes through once."""
    return strip_debris(normalise(text))
