"""Terms of an article for event clustering: syllables, syllable bigrams and capitalised names.

Syllable n-grams stand in for word segmentation: underthesea ``word_tokenize``
costs far more per article and did not cluster better (see benchmarks/RESULTS.md,
"## Event clustering"). Every text goes through :func:`tomtat.clean.normalise` once (NFC, one
tone-mark convention); clean's debris stripping is not needed to compare articles and took about a
quarter of clean's time (profiled on 10k synthetic articles).
"""

from __future__ import annotations

import re
import struct
import zlib
from collections import Counter
from collections.abc import Mapping
from datetime import datetime, timezone
from zlib import crc32

import numpy as np

from ..clean import normalise
from ..errors import InputError

_TOKEN = re.compile(r"\w+")
_UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x1EFF)) if ch.isupper())
# Capitalised syllables joined by single spaces or hyphens: "Hà Nội", "Kassym-Jomart Tokayev".
_NAME_RUN = re.compile(rf"(?<!\w)[{_UPPER}]\w*(?:[ -][{_UPPER}]\w*)*")
# Gaps that end a sentence: a capitalised syllable right after one is not taken alone for a name.
_SENTENCE_GAP = re.compile(r"[.!?:;\n\"“”'(]")
NAME_PREFIX = "#"
# Extra times the title and lead count: they state the event. Tried on abmusu-train: 2 gives F1
# 0.905, 0 gives 0.903 (a small gain; other values not tried). Names (capitalised runs): without
# them 0.897.
HEAD_WEIGHT = 2
# Vietnamese function words (written for this module): alone they say nothing about the event;
# a pair of two of them is dropped too. Online IDF learns the rest, but only after many articles.
STOPWORDS = frozenset("""
và của là có được cho trong với các những một này đã không để khi từ theo về đến tại ra vào cũng
như thì mà nhưng sẽ đang nhiều hơn rất đó nào lại nên vì bị do trên sau trước còn nếu hay hoặc
việc làm nói cùng lên đi nhất chỉ vẫn bởi giữa qua tới ở họ chúng tôi ta mình đây kia ấy gì sự
cách nhằm đối vừa mới rồi thêm nữa luôn cả mỗi từng nhau điều thế vậy tuy dù cần phải thấy trở
thành hiện nay lúc gồm bao hết toàn ai thể biết rằng cho đều ngoài dưới cao bên phần
""".split())


def record_text(record: Mapping) -> tuple[str, str]:
    """(head, body) of a record, normalised: head = title and lead, body = the text; InputError when there is no text."""
    parts = {}
    for key in ("title", "anchor_text", "lead", "text", "raw_text"):
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise InputError(f"'{key}' must be a string, got {type(value).__name__}")
        parts[key] = value
    head = normalise("\n".join(v for k, v in parts.items() if k in ("title", "anchor_text", "lead")))
    body = normalise("\n".join(v for k, v in parts.items() if k in ("text", "raw_text")))
    if not _TOKEN.search(head) and not _TOKEN.search(body):
        raise InputError("no text (expected a non-empty string in 'text')")
    return head, body


def syllables(text: str) -> list[str]:
    """Lowercased ``\\w+`` tokens (syllables and numbers)."""
    return _TOKEN.findall(text.lower())


def names(text: str) -> list[str]:
    """Runs of capitalised syllables ("Hà Nội", "Tokayev"), lowercased and joined by ``_``.

    A run of one syllable at a sentence start is left out (every sentence starts with a capital).
    """
    out = []
    for match in _NAME_RUN.finditer(text):
        run = match.group(0)
        start = match.start()
        if " " not in run and "-" not in run and (start == 0 or _SENTENCE_GAP.search(text[max(0, start - 3):start])):
            continue
        out.append(NAME_PREFIX + "_".join(_TOKEN.findall(run.lower())))
    return out


def term_counts(head: str, body: str = "", *, use_names: bool = True, head_weight: int = HEAD_WEIGHT) -> Counter:
    """Bag of terms: syllables, adjacent syllable pairs (``a b``) and names; the head's terms count extra."""
    counts: Counter = Counter()
    for text, weight in ((head, 1 + head_weight), (body, 1)):
        if not text:
            continue
        sylls = syllables(text)
        terms = [t for t in sylls if t not in STOPWORDS]
        terms += [f"{a} {b}" for a, b in zip(sylls, sylls[1:]) if a not in STOPWORDS or b not in STOPWORDS]
        if use_names:
            terms += names(text)
        for _ in range(weight):
            counts.update(terms)
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


# Stored features of an article (``pack_terms``): what the clusterer computed on arrival, so that a replay
# (``StreamClusterer.from_state``) need not read and re-tokenise its text. Layout: 6 bytes (format, hash
# bits, n as uint32) then, zlib-compressed, the n gaps between the sorted hashed term ids and the n term
# counts as uint32, byte-planes apart (all first bytes, then all second bytes...: small numbers leave
# planes of zeros). Chosen by measurement on 300 abmusu-validation articles: 1.85 kB an article (their
# JSON text: 4.7 kB), 62 us to pack and 23 us to unpack; LEB128 varints + zlib took 1.89 kB and 110 us.
FEATURES_FORMAT = 1
_HEADER = struct.Struct("<BBI")
# zlib level 1: 2% larger than level 6 and a third faster (same measurement).
_ZLIB_LEVEL = 1


def hashed_counts(counts: Counter, bits: int) -> tuple[np.ndarray, np.ndarray]:
    """Sorted distinct hashed term ids (CRC-32 over ``bits`` bits, as ``Vocabulary``) and each id's summed count."""
    mask = (1 << bits) - 1
    hashed = np.fromiter((crc32(t.encode("utf-8")) & mask for t in counts), dtype=np.int64, count=len(counts))
    tf = np.fromiter(counts.values(), dtype=np.int64, count=len(counts))
    ids, inverse = np.unique(hashed, return_inverse=True)
    summed = np.bincount(inverse, weights=tf, minlength=len(ids))
    return ids.astype(np.int32), summed.astype(np.int64)


def sublinear(summed: np.ndarray) -> np.ndarray:
    """Sublinear term frequencies 1 + log(count), as ``Vocabulary.vector`` gives them."""
    return (1.0 + np.log(summed.astype(np.float64))).astype(np.float32)


def pack_terms(ids: np.ndarray, summed: np.ndarray, bits: int) -> bytes:
    """The compact stored form of an article's hashed term ids (sorted, distinct) and their counts."""
    if len(summed) and int(summed.max()) >= 1 << 32:
        raise ValueError("a term count beyond 2**32")
    gaps = np.diff(ids.astype(np.int64), prepend=0)
    words = np.concatenate((gaps, summed)).astype("<u4")
    planes = words.view(np.uint8).reshape(-1, 4).T.tobytes()
    return _HEADER.pack(FEATURES_FORMAT, bits, len(ids)) + zlib.compress(planes, _ZLIB_LEVEL)


def unpack_terms(data: bytes, bits: int) -> tuple[np.ndarray, np.ndarray] | None:
    """(ids, counts) from :func:`pack_terms`; None when they were packed in another format or term space
    (the text is then read again); ValueError when the bytes are damaged."""
    if len(data) < _HEADER.size:
        raise ValueError("damaged stored features (too short)")
    version, packed_bits, n = _HEADER.unpack_from(data)
    if version != FEATURES_FORMAT or packed_bits != bits:
        return None
    try:
        planes = zlib.decompress(data[_HEADER.size:])
    except zlib.error as exc:
        raise ValueError(f"damaged stored features ({exc})") from None
    if len(planes) != 8 * n:
        raise ValueError(f"damaged stored features ({len(planes)} bytes for {n} terms)")
    words = np.frombuffer(planes, dtype=np.uint8).reshape(4, -1).T.copy().view("<u4").ravel().astype(np.int64)
    gaps, summed = words[:n], words[n:]
    ids = np.cumsum(gaps)
    if n and (ids[-1] >= 1 << bits or int(summed.min()) < 1 or int(gaps[1:].min(initial=1)) < 1):
        raise ValueError("damaged stored features (a term id or count out of range)")
    return ids.astype(np.int32), summed
