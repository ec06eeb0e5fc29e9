"""Helpers shared by the analysis modules: sources, spans, and what is not a quantity."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ..models import Sentence
from .models import Source

# Vietnamese upper-case letters (for names, acronyms and capitalised runs).
UPPER = "A-ZĐÀÁẢÃẠÂẦẤẨẪẬĂẰẮẲẴẶÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# An acronym: capitals, possibly with "&", "." or "-" inside ("CSTO", "GD&ĐT", "TP.HCM").
ACRONYM = re.compile(rf"^[{UPPER}][{UPPER}&.-]*[{UPPER}]$")


def fold(name: str) -> str:
    """Lowercase, accent-free, dots and spaces collapsed, dashes one kind: the key to compare names."""
    text = unicodedata.normalize("NFD", name.lower().replace("đ", "d").replace("–", "-").replace("—", "-"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return re.sub(r"[\s.]+", " ", text).strip()


def name_case(name: str) -> str:
    """A name written in capitals shown in title case ("NGUYỆT PHƯƠNG" -> "Nguyệt Phương"); acronyms of three letters or
    fewer and mixed-case names kept."""
    return name.title() if name.isupper() and len(name) > 3 else name


def src(sentence: Sentence) -> Source:
    """The Source of a sentence."""
    return Source(doc=sentence.article_index, sentence=sentence.position)


def merge_sources(*groups: Iterable[Source]) -> list[Source]:
    """Union of sources, sorted by article then sentence."""
    seen = {(s.doc, s.sentence) for g in groups for s in g}
    return [Source(doc=d, sentence=j) for d, j in sorted(seen)]


def docs_of(sources: Iterable[Source]) -> set[int]:
    """The article indices among sources."""
    return {s.doc for s in sources}


def shorten(text: str, limit: int = 240) -> str:
    """Text cut at a word boundary to at most ``limit`` characters, with an ellipsis if cut."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip(" ,;:") + "…"


_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info|gov|edu)(?:/\S*)?\b", re.I)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# Phone numbers: 0 then 9-10 digits, possibly grouped by spaces or dots (0912 345 678, 024.3825.1234).
_PHONE = re.compile(r"(?<![\w.,])(?:\+84|0)\d{2,3}(?:[ .]?\d{3}){2}\d{0,2}(?!\w|[.,]\d)")
# Licence plates: 66C1-054.53, 79H1-2832, 71H9 – 2832, 30A-123.45.
_PLATE = re.compile(rf"\b\d{{2}}[{UPPER}]{{1,2}}\d?\s*[-–.]?\s*\d{{3,5}}(?:\.\d{{2}})?\b")
# Codes mixing letters and digits: VB518, IL-76, F-15, A320, Covid-19, U23, 08/CT-TTg, 1A, T+2, 5.5G.
_CODE = re.compile(rf"\b(?![kcm]?m[23]\b)(?:[A-Za-z]\+\d+(?:[.,]\d+)?(?!\w)|\d+\.\d+[{UPPER}]\w*|[\w{UPPER}]*[A-Za-z{UPPER}][\w]*[-–]?\d[\w./-]*|\d+[A-Za-zđĐ]*[/-][A-Za-z{UPPER}][\w/.-]*|\d+[{UPPER}]\w*)")


# Version and model numbers: after a product name with an inner capital ("iOS 15.6", "iPhone 12",
# "PlayStation 5") or written with two dots ("15.1.1").
_VERSION = re.compile(r"\b(?:[a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*)\s+\d+(?:\.\d+)*(?!\w|[.,]\d)"
                      r"|(?<![\w.,])\d+\.\d{1,2}\.\d{1,2}(?![\w.,]\d|\d)")


def mask(text: str, spans: Iterable[tuple[int, int]], fill: str = "#") -> str:
    """Text with the given spans replaced by ``fill`` (same length, so offsets still hold; not
    spaces, so that a word after a masked date is not read as following the number before it)."""
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            chars[i] = fill
    return "".join(chars)


def non_quantity_spans(text: str) -> list[tuple[int, int]]:
    """Spans that hold digits but no quantity: URLs, e-mails, phone numbers, plates, codes."""
    spans: list[tuple[int, int]] = []
    for pattern in (_URL, _EMAIL, _PHONE, _PLATE, _CODE, _VERSION):
        spans.extend(m.span() for m in pattern.finditer(text))
    return spans
