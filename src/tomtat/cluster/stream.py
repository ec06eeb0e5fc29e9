"""The online clusterer: each article joins the most similar recent event, or starts a new one."""

from __future__ import annotations

import base64
import binascii
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import numpy as np

from ..errors import InputError, UsageError
from .features import (HEAD_WEIGHT, hashed_counts, pack_terms, parse_time, record_text, sublinear, term_counts,
                       unpack_terms)
from .index import InvertedIndex, Vocabulary, top_terms
from .pairs import Members, add_margins, features, profile, shipped_model
from .settle import partition

# How an article picks its event: "cosine" (the link of its cosines to the members; the threshold is
# that similarity) or "learned" (a logistic model of P(same event) over features of the article and
# each candidate event, see pairs.py; the threshold is that probability). Measured on abmusu-train
# (best F1 over the threshold): cosine 0.905, learned 0.905 (no gain, see benchmarks/RESULTS.md), so
# the simpler one stays the default.
DECISION = "cosine"
DECISIONS = ("cosine", "learned")
# Tuned on abmusu-train only (benchmarks/cluster_quality.py --tune): with the mean link and 120
# terms, B-cubed F1 peaks at 0.16 (0.905) and stays within 0.01 of it from 0.14 to 0.17.
DEFAULT_THRESHOLD = 0.16
# Tuned on abmusu-train only (--tune --decision learned): F1 0.899 at 0.3, 0.905 at 0.35, 0.902 at 0.4.
LEARNED_THRESHOLD = 0.35
# How an article's cosines to the members of an event make one similarity. Tuned on abmusu-train,
# best F1 over the threshold: "mean" (average link) 0.905, "max" 0.902, "min" 0.887; an earlier
# version with a centroid of the members got 0.878 (big events drift and swallow others).
LINK = "mean"
LINKS = ("mean", "min", "max")
# News about one event arrives within days; 3 days keeps a developing story open. Not tuned
# (the benchmark data carries no dates).
DEFAULT_WINDOW_DAYS = 3.0
# Rarest terms kept per article in the inverted index and used to query it, and candidate events
# scored exactly per article. Tuned on abmusu-train: 30/10 gives the same clusters as 200/200
# (nearly exhaustive, F1 0.9044 both); 10/5 loses a little (0.9007).
INDEX_TERMS = 30
CANDIDATES = 10
# Only the latest events of a posting list are looked at (a bound on the cost of a common term).
PER_TERM = 50
# Terms kept per article vector (its highest TF-IDF ones when it arrives); 0 keeps all. Tuned on
# abmusu-train: 120 gives F1 0.905 against 0.894 for all terms (before term hashing, 60: 0.888,
# 160: 0.903, 250: 0.891); fewer terms also mean less memory and time.
KEEP_TERMS = 120
# Settling (settle.py): the open events are re-formed by complete link over the pairs compared on
# arrival. Tuned on abmusu-train only (benchmarks/cluster_quality.py --tune-settle): B-cubed F1 after
# settling 0.926 at 0.08, 0.921 at 0.10, 0.928 at 0.11, 0.922 at 0.12, 0.916 at 0.14, 0.908 at 0.16
# (0.905 without settling).
SETTLE_THRESHOLD = 0.11
# After complete link, an article left alone joins the settled event of the article it was found most
# similar to on arrival, when that cosine reaches this (settle.rescue_lone; pairs are kept down to it).
# Tuned on abmusu-train only (benchmarks/cluster_quality.py --tune-rescue): B-cubed F1 0.938 at every
# value from 0.05 to 0.09, 0.934 at 0.10, 0.932 at 0.11, 0.931 at 0.12, 0.928 without; 0.08 sits inside
# the plateau and keeps fewer pairs than its lower end.
RESCUE_THRESHOLD = 0.08
# Open events are checked for expiry, and settled, every this many articles.
EXPIRE_EVERY = 256
# Closed events leave the posting lists every this many expiry checks (a full pass over the index).
FORGET_EVERY = 16
STATE_VERSION = 2
STATE_VERSIONS = (1, 2)  # version 1 (before settling) is still read
# Constructor keywords kept in the state besides threshold and window_days.
_OPTIONS = ("use_names", "index_terms", "candidates", "link", "head_weight", "keep_terms", "decision",
            "settle_threshold", "rescue_threshold", "keep_texts", "keep_features")
# Keys of an article's text; with keep_texts=False they are read on arrival and not kept.
TEXT_KEYS = ("text", "anchor_text", "lead", "raw_text")


@dataclass(frozen=True, slots=True)
class Event:
    """One event: its id, its articles in arrival order, and when it was first and last seen."""

    event_id: str
    article_ids: tuple[str, ...]
    first_seen: str | None
    last_seen: str | None

    def to_dict(self) -> dict:
        return {"event_id": self.event_id, "article_ids": list(self.article_ids),
                "first_seen": self.first_seen, "last_seen": self.last_seen}


@dataclass(slots=True)
class _EventState:
    event_id: str
    article_ids: list[str] = field(default_factory=list)
    first: datetime | None = None
    last: datetime | None = None
    published: "_Span | None" = None
    arrived: "_Span | None" = None
    vectors: Members | None = None
    positions: list[int] = field(default_factory=list)


@dataclass(slots=True)
class _Span:
    """The earliest and latest of some times."""

    first: datetime
    last: datetime

    def add(self, moment: datetime) -> None:
        self.first, self.last = min(self.first, moment), max(self.last, moment)

    def near(self, moment: datetime, window: timedelta) -> bool:
        return self.first - window <= moment <= self.last + window


def _grow(span: _Span | None, moment: datetime | None) -> _Span | None:
    if moment is None:
        return span
    if span is None:
        return _Span(moment, moment)
    span.add(moment)
    return span


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _cosine(scratch: np.ndarray, ids: np.ndarray, weights: np.ndarray) -> float:
    """Cosine of the unit vector spread in ``scratch`` with a sparse vector."""
    norm = float(np.linalg.norm(weights))
    return float(np.dot(scratch[ids], weights)) / norm if norm else 0.0


class StreamClusterer:
    """Online event clustering of a stream of articles (see :meth:`add`)."""

    def __init__(self, threshold: float | None = None, window_days: float = DEFAULT_WINDOW_DAYS,
                 *, use_names: bool = True, index_terms: int = INDEX_TERMS, candidates: int = CANDIDATES,
                 link: str = LINK, head_weight: int = HEAD_WEIGHT,
                 keep_terms: int = KEEP_TERMS, decision: str = DECISION,
                 settle_threshold: float | None = SETTLE_THRESHOLD,
                 rescue_threshold: float | None = RESCUE_THRESHOLD, keep_texts: bool = True,
                 keep_features: bool = True) -> None:
        if decision not in DECISIONS:
            raise UsageError(f"decision must be one of {', '.join(DECISIONS)}, got {decision!r}")
        if threshold is None:
            threshold = LEARNED_THRESHOLD if decision == "learned" else DEFAULT_THRESHOLD
        if not 0.0 < threshold < 1.0:
            raise UsageError(f"threshold must lie strictly between 0 and 1, got {threshold!r}")
        if link not in LINKS:
            raise UsageError(f"link must be one of {', '.join(LINKS)}, got {link!r}")
        if not window_days > 0:
            raise UsageError(f"window_days must be positive, got {window_days!r}")
        if settle_threshold is not None and not 0.0 < settle_threshold < 1.0:
            raise UsageError(f"settle_threshold must lie strictly between 0 and 1 (or be None), got {settle_threshold!r}")
        if rescue_threshold is not None and not 0.0 < rescue_threshold < 1.0:
            raise UsageError(f"rescue_threshold must lie strictly between 0 and 1 (or be None), got {rescue_threshold!r}")
        self.threshold = float(threshold)
        self.window_days = float(window_days)
        self.use_names = use_names
        self.index_terms = index_terms
        self.candidates = candidates
        self.link = link
        self.head_weight = head_weight
        self.keep_terms = keep_terms
        self.decision = decision
        self.settle_threshold = None if settle_threshold is None else float(settle_threshold)
        self.rescue_threshold = None if rescue_threshold is None else float(rescue_threshold)
        # Pairs compared on arrival are kept from this cosine up: settling and its rescue use them.
        self._keep_pairs_from = (None if self.settle_threshold is None
                                 else min(self.settle_threshold, self.rescue_threshold or 1.0))
        # False: articles' texts are not kept once read (history() and to_state() then carry none, and
        # from_state needs them back in its records); a server that stores them elsewhere saves the memory.
        self.keep_texts = bool(keep_texts)
        # True: each article's features as computed on arrival (features.pack_terms: hashed term ids and
        # counts) are kept and go in to_state(), so from_state need not re-read and re-tokenise texts.
        # False: they are handed over once by take_features() to a caller that stores them itself (the web app).
        self.keep_features = bool(keep_features)
        self._features: list[bytes] = []  # packed features by position (keep_features)
        self._unsaved: dict[int, bytes] = {}  # position -> packed features computed since take_features()
        self._model = shipped_model() if decision == "learned" else None
        self._pair_log: list | None = None  # scripts/train_cluster.py collects candidate pairs here
        self._window = timedelta(days=self.window_days)
        self._vocab = Vocabulary()
        self._bits = self._vocab.size.bit_length() - 1  # of the hashed term space, stored with the features
        self._index = InvertedIndex(PER_TERM)
        self._events: list[_EventState] = []
        self._event_of: dict[str, int] = {}
        self._articles: list[dict] = []
        self._clock: dict[str, datetime] = {}  # latest publication and arrival times seen
        self._closed: set[int] = set()
        self._open: set[int] = set()
        self._expiries = 0
        self._scratch = np.zeros(0, dtype=np.float32)
        self._where: dict[str, int] = {}  # article id -> position in arrival order
        self._moments: list[tuple[datetime | None, datetime]] = []  # (published, arrived) by position
        self._edges: dict[tuple[int, int], float] = {}  # (earlier, later) position -> cosine on arrival
        self._settles: list[list] = []  # [articles so far, the clusters it re-formed] of each settling that moved any
        self._dead: set[int] = set()  # events emptied by settling, still in posting lists
        self._retired: dict[str, list[str]] = {}  # id of an event emptied by settling -> its articles then

    # ----- public API -------------------------------------------------------------------------
    def add(self, record: Mapping, now: datetime | str | None = None) -> str:
        """Assign one article (``id``, ``text``, optional ``title``/``source``/``published``) to an event; its id."""
        if not isinstance(record, Mapping):
            raise InputError(f"expected an object with 'id' and 'text', got {type(record).__name__}")
        article_id = self._article_id(record)
        head, body = record_text(record)
        published = parse_time(record.get("published"))
        arrived = parse_time(now) if isinstance(now, str) else now
        arrived = arrived or datetime.now(timezone.utc)
        if arrived.tzinfo is None:
            arrived = arrived.replace(tzinfo=timezone.utc)
        return self._insert(record, article_id, head, body, published, arrived, None)

    def events(self) -> list[Event]:
        """Every event so far, in order of creation."""
        return [Event(e.event_id, tuple(e.article_ids), _iso(e.first), _iso(e.last))
                for e in self._events if e.article_ids]

    def event(self, event_id: str) -> Event:
        """One event by id (KeyError when unknown)."""
        e = self._events[self._event_of[event_id]]
        return Event(e.event_id, tuple(e.article_ids), _iso(e.first), _iso(e.last))

    def history(self, event_id: str) -> list[dict]:
        """The articles of an event in arrival order, each with ``arrived`` (ISO time) as stored, its arrival
        ``position``, and ``joined`` when settling moved it into this event after its arrival."""
        return [{**self._articles[i], "position": i} for i in self._events[self._event_of[event_id]].positions]

    def successors(self, event_id: str) -> list[str]:
        """The events now holding the articles of an event that settling emptied (empty when it was not)."""
        return sorted({self.event_of(a) for a in self._retired.get(event_id, [])})

    def event_of(self, article_id: str) -> str:
        """The id of the event an article belongs to now (KeyError when unknown)."""
        return self._articles[self._where[article_id]]["event"]

    def __len__(self) -> int:
        return len(self._articles)

    def event_count(self) -> int:
        """How many events there are now (what ``len(events())`` gives, without building them)."""
        return len(self._event_of)

    def __contains__(self, article_id: object) -> bool:
        """Whether an article with this id was added."""
        return str(article_id) in self._where

    def settle(self) -> bool:
        """Re-form the open events by complete link over the article pairs compared on arrival (an article left
        alone then joins its most similar article's event, see ``rescue_threshold``); True when any article
        moved. Run every EXPIRE_EVERY articles and by callers at the end of a batch or a stream."""
        if self.settle_threshold is None:
            return False
        current = self._open_positions()
        clusters = partition(sorted(current), self._edges, self.settle_threshold, current, self.rescue_threshold)
        changed = [c for c in clusters
                   if len({current[p] for p in c}) > 1 or len(self._events[current[c[0]]].positions) != len(c)]
        if not changed:
            return False
        # Kept in the state: a replay applies these clusters as they were (the pairs that made them may
        # have been forgotten since, with their closed events).
        self._settles.append([len(self._articles), changed])
        self._reform(changed, current)
        return True

    def _open_positions(self) -> dict[int, int]:
        """Position -> event index of every article of an open event."""
        current: dict[int, int] = {}
        for i in sorted(self._open):
            for position in self._events[i].positions:
                current[position] = i
        return current

    def to_state(self) -> dict:
        """A JSON-serialisable snapshot; :meth:`from_state` rebuilds an identical clusterer from it."""
        return {"version": STATE_VERSION, "threshold": self.threshold, "window_days": self.window_days,
                "options": {name: getattr(self, name) for name in _OPTIONS},
                "articles": ([{**a, "features": base64.b64encode(f).decode("ascii")}
                              for a, f in zip(self._articles, self._features)] if self.keep_features
                             else [dict(a) for a in self._articles]),
                "edges": [[a, b, s] for (a, b), s in self._edges.items()],
                "settles": [[count, [list(c) for c in clusters]] for count, clusters in self._settles]}

    def take_features(self) -> dict[int, bytes]:
        """The packed features (``features.pack_terms``) computed since the last call, by arrival position:
        new articles, and articles replayed from their text by :meth:`from_state`; the clusterer forgets them."""
        taken, self._unsaved = self._unsaved, {}
        return taken

    @classmethod
    def from_state(cls, state: Mapping) -> "StreamClusterer":
        """Rebuild a clusterer from :meth:`to_state` (replays the stored articles, their assignments on
        arrival and the settlings). An article's stored ``features`` (base64 text or bytes) stand for its
        text; without them, or under the learned decision (whose profiles need the text), it is read again."""
        if not isinstance(state, Mapping) or state.get("version") not in STATE_VERSIONS:
            raise InputError(f"not a clusterer state of version {STATE_VERSION}")
        try:
            options = {k: v for k, v in dict(state.get("options") or {}).items() if k in _OPTIONS}
            if state["version"] == 1:
                options["settle_threshold"] = None  # saved before settling existed: its events stay as they were
            options.setdefault("rescue_threshold", None)  # saved before the rescue existed: it settles as it did
            c = cls(state["threshold"], state["window_days"], **options)
            c._edges = {(int(a), int(b)): float(s) for a, b, s in state.get("edges", [])}
            settles = [(int(count), [[int(p) for p in c] for c in clusters])
                       for count, clusters in state.get("settles", [])]
            for number, stored in enumerate(state["articles"]):
                if str(stored["id"]) in c._where:
                    raise InputError(f"article {number}: duplicate id {stored['id']!r}")
                terms = c._stored_terms(stored, number)
                if terms is None and not any(isinstance(stored.get(k), str) for k in TEXT_KEYS):
                    # saved with keep_texts=False and without features: replaying from the title alone would
                    # silently give other events
                    raise InputError(f"article {number} ({stored['id']!r}): neither its text nor its features are in "
                                     "the state; put its text back in the record to replay it")
                c._insert(stored, str(stored["id"]), *(record_text(stored) if terms is None else (None, None)),
                          parse_time(stored.get("published")), parse_time(stored["arrived"]),
                          stored["assigned"] if "assigned" in stored else stored["event"], terms)
                while settles and settles[0][0] == number + 1:
                    count, clusters = settles.pop(0)
                    c._settles.append([count, clusters])
                    c._reform(clusters, c._open_positions())
            if settles:
                raise InputError(f"state: settling after article {settles[0][0]}, beyond the {len(state['articles'])} stored")
        except (KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"not a valid clusterer state ({type(exc).__name__}: {exc})") from None
        return c

    # ----- internals --------------------------------------------------------------------------
    def _stored_terms(self, stored: Mapping, number: int) -> tuple | None:
        """(ids, counts, packed) from a stored article's ``features``; None to read its text instead."""
        packed = stored.get("features")
        if packed is None or self._model is not None:
            return None
        try:
            if isinstance(packed, str):
                packed = base64.b64decode(packed, validate=True)
            elif not isinstance(packed, (bytes, bytearray, memoryview)):
                raise ValueError(f"expected base64 text, got {type(packed).__name__}")
            terms = unpack_terms(bytes(packed), self._bits)
        except (ValueError, binascii.Error) as exc:
            raise InputError(f"article {number}: unreadable 'features' ({exc})") from None
        return None if terms is None else (*terms, bytes(packed))

    def _article_id(self, record: Mapping) -> str:
        raw = record.get("id")
        if raw is None or isinstance(raw, (dict, list, bool)) or str(raw).strip() == "":
            raise InputError("missing 'id' (expected a string or a number)")
        article_id = str(raw)
        if article_id in self._where:
            raise InputError(f"duplicate id {article_id!r} (already assigned to event {self.event_of(article_id)!r})")
        return article_id

    def _insert(self, record: Mapping, article_id: str, head: str | None, body: str | None,
                published: datetime | None, arrived: datetime, forced: str | None, terms: tuple | None = None) -> str:
        """Place one article; its ``head`` and ``body`` texts are None when ``terms`` (stored features) stand for them."""
        vocab = self._vocab
        rich = self._model is not None or self._pair_log is not None  # the cosine decision needs no profile
        if terms is not None:
            ids, summed, packed = terms
            article = None
        else:
            counts = term_counts(head, body, use_names=self.use_names, head_weight=self.head_weight)
            ids, summed = hashed_counts(counts, self._bits)
            packed = pack_terms(ids, summed, self._bits)
            article = profile(counts, head) if rich else None
        tf = sublinear(summed)
        vocab.count(ids)
        weights = tf * vocab.idf(ids)
        if self.keep_terms and len(ids) > self.keep_terms:
            kept = np.sort(np.lexsort((ids, -weights))[: self.keep_terms])
            ids, tf, weights = ids[kept], tf[kept], weights[kept]
        if rich:
            article.ids = ids
            article.head_ids = vocab.vector(Counter(article.head))[0]
        norm = float(np.linalg.norm(weights)) or 1.0
        weights /= norm
        moment = published or arrived
        if forced is None:
            target = self._decide(ids, weights, article, published, arrived)
        else:
            if self._pair_log is not None:
                self._pair_log.append((article_id, *self._candidate_rows(ids, weights, article, published, arrived)))
            target = self._event_of.get(forced)
            if target is None and forced != article_id:
                raise InputError(f"state: article {article_id!r} belongs to event {forced!r}, which no earlier article opened")
        if target is None:
            target = len(self._events)
            self._events.append(_EventState(article_id))
            self._event_of[article_id] = target
            self._open.add(target)
        event = self._events[target]
        event.article_ids.append(article_id)
        event.positions.append(len(self._articles))
        event.first = moment if event.first is None or moment < event.first else event.first
        event.last = moment if event.last is None or moment > event.last else event.last
        event.published = _grow(event.published, published)
        event.arrived = _grow(event.arrived, arrived)
        if event.vectors is None and target not in self._closed:
            event.vectors = Members()
        if event.vectors is not None:
            event.vectors.append(ids, tf, article)
        self._index.add(target, top_terms(ids, weights, self.index_terms)[0])
        self._where[article_id] = len(self._articles)
        self._moments.append((published, arrived))
        stored = {"id": article_id}
        for key in ("title", "text", "source", "anchor_text", "lead", "raw_text"):
            if isinstance(record.get(key), str) and (self.keep_texts or key not in TEXT_KEYS):
                stored[key] = record[key]
        stored["published"] = _iso(published)
        stored["arrived"] = _iso(arrived)
        stored["assigned"] = event.event_id  # on arrival; "event" is where it is now (settling moves it)
        stored["event"] = event.event_id
        if self.keep_features:
            self._features.append(packed)
        elif terms is None:
            self._unsaved[len(self._articles)] = packed
        self._articles.append(stored)
        for key, value in (("published", published), ("arrived", arrived)):
            if value is not None and (key not in self._clock or value > self._clock[key]):
                self._clock[key] = value
        if len(self._articles) % EXPIRE_EVERY == 0:
            self._expire()
            if forced is None:  # a replay settles where the original did (from_state)
                self.settle()
        return self._articles[-1]["event"]

    def _candidate_rows(self, ids: np.ndarray, weights: np.ndarray, article, published: datetime | None,
                        arrived: datetime) -> tuple[list[int], list[list[float]]]:
        """Open candidate events within the window and the pair features of the article with each."""
        seen_before = self._vocab.df[ids] > 1
        q_ids, q_weights = top_terms(ids[seen_before], weights[seen_before], self.index_terms)
        found, rows = [], []
        scratch = self._dense(ids, weights)
        for candidate in self._index.candidates(q_ids, q_weights, self.candidates, self._dead):
            event = self._events[candidate]
            if event.vectors is None or not self._in_window(event, published, arrived):
                continue
            sims = [_cosine(scratch, m_ids, tf * self._vocab.idf(m_ids)) for m_ids, tf in event.vectors.vectors]
            if self._keep_pairs_from is not None:
                arriving = len(self._articles)
                for position, similarity in zip(event.positions, sims):
                    if similarity >= self._keep_pairs_from:
                        self._edges[(position, arriving)] = similarity
            found.append(candidate)
            if article is None:
                rows.append([float(np.mean(sims)), max(sims), min(sims)])
            else:
                rows.append(features(sims, article, event.vectors, self._vocab.idf))
        scratch[ids] = 0.0
        if article is not None:
            add_margins(rows)
        return found, rows

    def _decide(self, ids: np.ndarray, weights: np.ndarray, article, published: datetime | None,
                arrived: datetime) -> int | None:
        """The candidate event with the highest score if that score reaches the threshold, else None."""
        found, rows = self._candidate_rows(ids, weights, article, published, arrived)
        if self._pair_log is not None:
            self._pair_log.append((None, found, rows))
        if not found:
            return None
        if self._model is not None:
            scores = self._model.probability(rows).tolist()
        else:
            column = {"mean": 0, "max": 1, "min": 2}[self.link]
            scores = [row[column] for row in rows]
        best, best_score = None, self.threshold
        for candidate, score in zip(found, scores):
            if score >= best_score and (best is None or score > best_score or candidate < best):
                best, best_score = candidate, score
        return best

    def _dense(self, ids: np.ndarray, weights: np.ndarray) -> np.ndarray:
        if len(self._scratch) < self._vocab.size:
            self._scratch = np.zeros(self._vocab.size, dtype=np.float32)
        self._scratch[ids] = weights
        return self._scratch

    def _in_window(self, event: _EventState, published: datetime | None, arrived: datetime) -> bool:
        """Publication dates are compared when both sides have them, arrival times when neither has;
        an undated article and a dated event (or the reverse) cannot be compared and pass."""
        if published is not None and event.published is not None:
            return event.published.near(published, self._window)
        if published is None and event.published is None:
            return event.arrived.near(arrived, self._window)
        return True

    def _expire(self) -> None:
        """Close events (their vectors go) last published, or for undated ones last arrived, more than
        two windows before the latest such time seen."""
        newly = set()
        for i in self._open:
            event = self._events[i]
            span, clock = ((event.published, self._clock.get("published")) if event.published is not None
                           else (event.arrived, self._clock.get("arrived")))
            if clock is not None and span.last < clock - 2 * self._window:
                newly.add(i)
        for i in newly:
            self._events[i].vectors = None
        self._open -= newly
        self._closed |= newly
        self._expiries += 1
        if self._expiries % FORGET_EVERY == 0:
            self._index.forget(self._closed | self._dead)
            self._dead.clear()
            gone = {p for i in self._closed for p in self._events[i].positions}
            self._edges = {pair: s for pair, s in self._edges.items() if pair[0] not in gone and pair[1] not in gone}

    def _reform(self, clusters: list[list[int]], current: dict[int, int]) -> None:
        """Give each settled cluster an event: the old event most of it came from keeps its id where it can."""
        members: dict[int, tuple] = {}
        for i in {current[p] for c in clusters for p in c}:
            vectors = self._events[i].vectors
            for k, position in enumerate(self._events[i].positions):
                members[position] = (*vectors.vectors[k], vectors.profiles[k] if vectors.profiles else None)
        votes = [Counter(current[p] for p in c) for c in clusters]
        order = sorted(range(len(clusters)), key=lambda k: (-max(votes[k].values()), clusters[k][0]))
        claimed: dict[int, int] = {}  # cluster -> old event
        for k in order:
            for old, _ in sorted(votes[k].items(), key=lambda kv: (-kv[1], kv[0])):
                if old not in claimed.values():
                    claimed[k] = old
                    break
        for old in {current[p] for c in clusters for p in c} - set(claimed.values()):
            event = self._events[old]
            del self._event_of[event.event_id]
            self._retired[event.event_id] = list(event.article_ids)
            event.article_ids, event.positions, event.vectors = [], [], None
            event.first = event.last = event.published = event.arrived = None
            self._open.discard(old)
            self._dead.add(old)
        for k, cluster in enumerate(clusters):
            if k in claimed:
                target = claimed[k]
            else:
                target = len(self._events)
                self._events.append(_EventState(self._new_event_id(cluster)))
                self._event_of[self._events[target].event_id] = target
                self._retired.pop(self._events[target].event_id, None)
                self._open.add(target)
            self._fill(self._events[target], target, cluster, members)

    def _new_event_id(self, cluster: list[int]) -> str:
        """The id of its earliest article not already naming an event (with a suffix if every one is)."""
        ids = [self._articles[p]["id"] for p in cluster]
        for article_id in ids:
            if article_id not in self._event_of:
                return article_id
        n = 2
        while f"{ids[0]}~{n}" in self._event_of:
            n += 1
        return f"{ids[0]}~{n}"

    def _fill(self, event: _EventState, index: int, cluster: list[int], members: dict[int, tuple]) -> None:
        """Make ``event`` hold exactly the articles at ``cluster`` (positions in arrival order).

        An article that changes event gets ``joined``: the arrival time of the latest article when the
        settling ran (a replay from the state gives the same), so ``changes_since`` reports it as new there.
        """
        settled_at = _iso(self._moments[-1][1])
        event.article_ids = [self._articles[p]["id"] for p in cluster]
        event.positions = list(cluster)
        event.first = event.last = event.published = event.arrived = None
        event.vectors = Members()
        for p in cluster:
            published, arrived = self._moments[p]
            moment = published or arrived
            event.first = moment if event.first is None or moment < event.first else event.first
            event.last = moment if event.last is None or moment > event.last else event.last
            event.published = _grow(event.published, published)
            event.arrived = _grow(event.arrived, arrived)
            ids, tf, article = members[p]
            event.vectors.append(ids, tf, article)
            self._index.add(index, top_terms(ids, tf * self._vocab.idf(ids), self.index_terms)[0])
            if self._articles[p]["event"] != event.event_id:
                self._articles[p]["event"] = event.event_id
                self._articles[p]["joined"] = settled_at
