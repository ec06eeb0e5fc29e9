"""A speaker named only by a pronoun ("Ông tuyên bố …") is resolved to the person quoted just before.

Vietnamese news names a speaker once ("Tổng thống Nga Vladimir Putin nhấn mạnh …") and goes on
with "Ông …", "Bà …" in the next sentences. Such a pronoun speaker is shown with the name it
stands for, "Ông (Tổng thống Nga Vladimir Putin)", when the same article quoted a named person
of a matching honorific at most ``LOOKBACK`` sentences before; otherwise it is left as it is.
"""

from __future__ import annotations

import re

from ._common import UPPER
from .lexicon import ORG_HEADS, PERSON_TITLES
from .models import Attribution

# Sentences back a pronoun may reach (not tuned on annotations: two or three sentences is how far
# a news paragraph goes on about one speaker).
LOOKBACK = 3
_PRONOUN = re.compile(r"(?i)^(ông|bà|anh|chị)(?:\s+(?:ấy|này|ta))?$")
_FEMALE = re.compile(r"(?i)^(?:bà|chị|cô|nữ)\b")
_MALE = re.compile(r"(?i)^(?:ông|anh)\b")
_NAMED = re.compile(rf"(?:^|\s)[{UPPER}][\w.-]*(?:\s+[{UPPER}][\w.-]*)*$")  # ends with a capitalised name


def _person(speaker: str) -> bool:
    """A speaker that names a person: a person title first ("bộ trưởng", longer than an organisation head
    such as "bộ"), ending in a capitalised name."""
    low = speaker.lower().split()
    longest = lambda heads: max((k for k in (1, 2, 3) if " ".join(low[:k]) in heads), default=0)  # noqa: E731
    return bool(_NAMED.search(speaker)) and longest(PERSON_TITLES) > longest(ORG_HEADS)


def _gender(words: str) -> str | None:
    return "f" if _FEMALE.match(words) else "m" if _MALE.match(words) else None


def resolve_pronouns(items: list[Attribution]) -> list[Attribution]:
    """Attributions (in reading order) with pronoun speakers shown with the person they refer to."""
    out: list[Attribution] = []
    last: dict[int, tuple[int, str]] = {}  # article -> (sentence, the last named person speaker)
    for item in items:
        where = item.sources[0]
        pronoun = _PRONOUN.match(item.speaker.strip())
        if pronoun:
            seen = last.get(where.doc)
            if seen and 0 < where.sentence - seen[0] <= LOOKBACK:
                wanted, has = _gender(pronoun.group(1)), _gender(seen[1])
                if has is None or has == wanted:
                    item = item.model_copy(update={"speaker": f"{item.speaker} ({seen[1]})"})
                    last[where.doc] = (where.sentence, seen[1])
        elif _person(item.speaker):
            last[where.doc] = (where.sentence, item.speaker)
        out.append(item)
    return out
