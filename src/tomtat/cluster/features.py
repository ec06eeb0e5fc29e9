"""Terms of an article for event clustering: syllables, syllable bigrams and capitalised names.

Syllable n-grams stand in for word segmentation: underthesea ``word_tokenize``
costs far more per article and did not cluster better (see benchmarks/RESULTS.md,
"## Event clustering"). Every text goes through :func:`tomtat.clean.clean` once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from datetime import datetime, timezone

from ..clean import clean
from ..errors import InputError

_TOKEN = re.compile(r"\w+")
# Gaps that end a sentence: a capitalised syllable right after one is not taken alone for a name.
_SENTENCE_GAP = re.compile(r"[.!?:;\n\"“”'(]")
NAME_PREFIX = "#"


def record_text(record: Mapping) -> str:
    """Title, lead and body of a record joined and cleaned; raises InputError when there is no text."""
    parts = []
    for key in ("title", "anchor_text", "lead", "text", "raw_text"):
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise InputError(f"'{key}' must be a string, got {type(value).__name__}")
        parts.append(value)
    text = clean("\n".join(parts))
    if not _TOKEN.search(text):
        raise InputError("no text (expected a non-empty string in 'text')")
    return text


def syllables(text: str) -> list[str]:
    """Lowercased ``\\w+`` tokens (syllables and numbers)."""
    return _TOKEN.findall(text.lower())


def names(text: str) -> list[str]:
    """Runs of capitalised syllables ("Hà Nội", "Tokayev"), lowercased and joined by ``_``.

    A run of one syllable at a sentence start is left out (every sentence starts with a capital).
    """
    out: list[str] = []
    run: list[str] = []
    alone_ok = False
    end = 0
    for match in _TOKEN.finditer(text):
        token, gap = match.group(0), text[end:match.start()]
        end = match.end()
        if run and token[0].isupper() and gap in (" ", "-"):
            run.append(token.lower())
            continue
        if len(run) > 1 or (run and alone_ok):
            out.append(NAME_PREFIX + "_".join(run))
        run = []
        if token[0].isupper():
            run = [token.lower()]
            alone_ok = match.start() > 0 and not _SENTENCE_GAP.search(gap)
    if len(run) > 1 or (run and alone_ok):
        out.append(NAME_PREFIX + "_".join(run))
    return out


def term_counts(text: str, *, use_names: bool = True) -> Counter:
    """Bag of terms: syllables, adjacent syllable pairs (``a b``) and names."""
    sylls = syllables(text)
    counts = Counter(sylls)
    counts.update(f"{a} {b}" for a, b in zip(sylls, sylls[1:]))
    if use_names:
        counts.update(names(text))
    return counts


def parse_time(value) -> datetime | None:
    """An ISO 8601 date or date-time (naive taken as UTC) to an aware datetime; None stays None."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"unparseable date {value!r} (expected ISO 8601, e.g. 2022-01-06T10:00:00)")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"unparseable date {value!r} (expected ISO 8601, e.g. 2022-01-06T10:00:00)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
