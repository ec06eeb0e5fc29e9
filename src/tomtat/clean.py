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
# Photo credits: "Nguồn ảnh: QQ." / "Ảnh: AFP" / "(Ảnh: Reuters)" up to the end of the credit.
_CREDIT = re.compile(
    r"\(?\b(?:Nguồn\s+ảnh|Ảnh|Ảnh minh họa|Video|Nguồn)\s*:\s*"
    r"[^.\n()]{1,60}?(?:\)|\.(?=\s|[A-ZÀ-Ỹ]|$)|(?=\n)|$)",
)
# A caption line: short, no final punctuation, and ending in a credit in parentheses or after " - ".
_CAPTION_LINE = re.compile(r"^[^\n]{0,200}(?:\s[-–]\s|\()\s*(?:Ảnh|Nguồn ảnh)\s*:[^\n]*$", re.MULTILINE)


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


def strip_debris(text: str) -> str:
    """Remove scraper debris: a leading date stamp, photo credits and captions."""
    text = _LEADING_DATE.sub("", text)
    text = _CAPTION_LINE.sub("", text)
    text = _CREDIT.sub(" ", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def clean(text: str) -> str:
    """Normalise and strip debris: what every article body goes through once."""
    return strip_debris(normalise(text))
