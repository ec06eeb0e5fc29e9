"""Put the chosen sentences in reading order."""

from __future__ import annotations

import re
from collections import Counter

from .models import Sentence

# The part of the day written before a date ("sáng 12/3", "chiều ngày 12/3", "rạng sáng hôm 6/1"), in the
# order of the day; a date without one counts as midday.
_PART_OF_DAY = {"rạng sáng": 0, "sáng": 1, "trưa": 2, "chiều": 3, "tối": 4, "đêm": 5}
_PART_BEFORE = re.compile(r"(?i)(rạng sáng|sáng|trưa|chiều|tối|đêm)\s+(?:ngày\s+|hôm\s+)?$")


def order_for_reading(chosen: list[Sentence]) -> list[Sentence]:
    """Sentences of one article keep their order; across articles, earlier in its article first.

    Consecutive sentences of one article (positions p, p + 1, …) stay together as one passage, so a
    sentence that leans on the one before it ("Ông tuyên bố …") follows it. Passages are ordered by
    their first sentence's position; passages that start at the same position by the first date their
    first sentence gives (and the part of the day before it: "Sáng 12/3 …" before "Chiều 12/3 …"), dated
    before undated; then by the text, never by the article index, so the order does not depend on the
    order in which articles were given.
    """
    passages: list[list[Sentence]] = []
    for sentence in sorted(chosen, key=lambda s: (s.article_index, s.position)):
        last = passages[-1][-1] if passages else None
        if last is not None and last.article_index == sentence.article_index and last.position == sentence.position - 1:
            passages[-1].append(sentence)
        else:
            passages.append([sentence])
    when = _dates([p[0] for p in passages])
    passages.sort(key=lambda p: (p[0].position, when[p[0].ref] is None, when[p[0].ref] or (), tuple(s.text for s in p)))
    return [s for passage in passages for s in passage]


def _dates(sentences: list[Sentence]) -> dict:
    """Each sentence's first date (by its ref) as (year, month, day, part of the day); a year not written is
    the one most of these sentences write."""
    from .analyze.dates import find_dates

    first = {s.ref: (find_dates(s.text)[:1], s.text) for s in sentences}
    years = Counter(d[0].year for d, _ in first.values() if d and d[0].year is not None)
    year = max(years.items(), key=lambda kv: (kv[1], kv[0]))[0] if years else 0
    out: dict = {}
    for ref, (dates, text) in first.items():
        if not dates:
            out[ref] = None
            continue
        d = dates[0]
        part = _PART_BEFORE.search(text[:d.start])
        out[ref] = (d.year if d.year is not None else year, d.month or 0, d.day or 0,
                    _PART_OF_DAY[part.group(1).lower()] if part else _PART_OF_DAY["trưa"])
    return out
