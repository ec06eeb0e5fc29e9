"""The article stream: ``StreamClusterer`` kept in memory, saved in the database after every batch.

Each article and each settling is written once, as a row of ``stream_articles`` or ``stream_settles``, when
its batch is saved; the state row holds the rest of the clusterer's state (options, the pairs compared on
arrival, which are forgotten with their closed events) and the counts of those rows, so saving a batch does
not grow with the stream (benchmarks/stream_store.py). An article's row keeps the features the clusterer
computed on its arrival: a restart replays the stream from them and reads no text (rows stored before they
existed are read with their texts once, and get their features then).
"""

from __future__ import annotations

import hashlib
import threading
import uuid
from datetime import datetime, timezone

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import IntegrityError

from ..cluster.stream import TEXT_KEYS
from ..errors import InputError
from .db import EventDigestRow, StreamArticleRow, StreamSettleRow, StreamStateRow, utcnow
from .digest import NLP_LOCK, RawArticle, build_digest
from .errors import ApiError

STREAM = "default"
# Keys of a stored article that settling rewrites: recomputed when the state is replayed, not stored.
VOLATILE = ("event", "joined")
# The append-only lists of a clusterer state, each stored as rows: state key -> (table, order column, count key).
LOGS = {"articles": (StreamArticleRow, "position", "article_count"),
        "settles": (StreamSettleRow, "seq", "settle_count")}
# Rows named in one ``IN (...)`` (below SQLite's limit on bound parameters).
CHUNK = 1000


def parse_time(value: str, what: str) -> datetime:
    """An ISO 8601 time (a date alone means its midnight, no zone means UTC); 422 when unreadable."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(422, "invalid_request", f"{what}: not an ISO 8601 time: {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


class Stream:
    """Online event clustering that survives restarts: one clusterer, one state row, one transaction a batch."""

    def __init__(self, store, words: int):
        self.sessions = store.sessions
        self.words = words
        self._lock = threading.Lock()
        self._clusterer = None
        self._version = -1
        self._rows = dict.fromkeys(LOGS, 0)  # items of each log already stored as rows
        self._features: dict[int, bytes] = {}  # position -> packed features of articles with no row yet

    def _fresh(self):
        """The clusterer as stored now (reloaded when another process saved a newer state)."""
        from ..cluster import StreamClusterer

        stored: dict[int, bytes] = {}
        with self.sessions() as session:
            version = session.scalar(select(StreamStateRow.version).where(StreamStateRow.name == STREAM)) or 0
            if self._clusterer is None or version != self._version:
                row = session.get(StreamStateRow, STREAM)
                state = dict(row.state) if row else None
                self._rows = dict.fromkeys(LOGS, 0)
                from_rows = state is not None and "articles" not in state
                for key, (table, order, count_key) in LOGS.items():
                    if state is None or key in state:  # a state saved whole (before 0004) keeps its list inline
                        continue
                    count = state.pop(count_key, 0)
                    column = getattr(table, order)
                    state[key] = (_stored_articles(session, count) if key == "articles" else list(session.scalars(
                        select(table.record).where(table.name == STREAM, column < count).order_by(column))))
                    if len(state[key]) != count:
                        raise ApiError(500, "stream_corrupt", f"the stored stream names {count} {key} but "
                                       f"{table.__tablename__} holds {len(state[key])}")
                    self._rows[key] = count
                if from_rows:  # the texts live in stream_articles: the clusterer need not keep them
                    state["options"] = {**(state.get("options") or {}), "keep_texts": False}
                if state:  # the features live in stream_articles too
                    state["options"] = {**(state.get("options") or {}), "keep_features": False}
                self._clusterer = (StreamClusterer.from_state(state) if state
                                   else StreamClusterer(keep_texts=False, keep_features=False))
                self._version = row.version if row else 0
                self._features = self._clusterer.take_features()  # of articles replayed from their texts
                stored = {p: f for p, f in self._features.items() if p < self._rows["articles"]}
        if stored:
            self._store_features(stored)
        return self._clusterer

    def _store_features(self, computed: dict[int, bytes]) -> None:
        """Give rows stored without features (before migration 0005) the ones their replay computed."""
        table = StreamArticleRow.__table__
        with self.sessions.begin() as session:
            session.connection().execute(
                update(table).where(table.c.name == STREAM, table.c.position == bindparam("p"), table.c.features.is_(None))
                .values(features=bindparam("f")), [{"p": p, "f": f} for p, f in sorted(computed.items())])
        for position in computed:
            self._features.pop(position, None)

    def add(self, records: list[dict]) -> list[dict]:
        """Assign each record (``id``, ``title``, ``text``…) to an event and save; all of them or none."""
        with self._lock:
            clusterer = self._fresh()
            ids = [r.get("id") or uuid.uuid4().hex for r in records]
            for i, article_id in enumerate(ids):
                if article_id in clusterer or article_id in ids[:i]:
                    raise ApiError(409, "duplicate_article", f"article id {article_id!r} was already added",
                                   {"id": article_id})
            texts = {article_id: {k: r[k] for k in TEXT_KEYS if isinstance(r.get(k), str)}
                     for article_id, r in zip(ids, records)}
            try:
                for article_id, record in zip(ids, records):
                    try:
                        clusterer.add({**record, "id": article_id})
                    except InputError as exc:
                        raise ApiError(422, "bad_input", f"article {article_id!r}: {exc}", {"id": article_id}) from None
                clusterer.settle()  # the batch may join or split open events; the answer gives where each ended up
                assigned = [{"id": article_id, "event_id": clusterer.event_of(article_id)} for article_id in ids]
                self._save(clusterer.to_state(), texts)
            except Exception:
                self._clusterer = None  # partly applied in memory: the database is the truth, reload it
                raise
            return assigned

    def _save(self, state: dict, texts: dict[str, dict]) -> None:
        """Write the batch's new articles (with their ``texts``, by id) and settlings as new rows, and the rest
        of the state, in one transaction."""
        new, counts = [], {}
        self._features.update(self._clusterer.take_features())
        for key, (table, order, count_key) in LOGS.items():
            items = state.pop(key)
            state[count_key] = counts[key] = len(items)
            for k in range(self._rows[key], len(items)):
                record, extra = items[k], {}
                if key == "articles":
                    # A state saved whole before 0004 kept the texts in the records: they go to their column too.
                    text = {**{n: v for n, v in record.items() if n in TEXT_KEYS}, **texts.get(record["id"], {})}
                    record = {n: v for n, v in record.items() if n not in VOLATILE and n not in TEXT_KEYS}
                    extra = {"texts": text or None, "features": self._features.get(k)}
                new.append(table(name=STREAM, record=record, **{order: k}, **extra))
        try:
            with self.sessions.begin() as session:
                session.add_all(new)
                if self._version == 0:
                    session.add(StreamStateRow(name=STREAM, version=1, updated=utcnow(), state=state))
                else:
                    done = session.execute(
                        update(StreamStateRow)
                        .where(StreamStateRow.name == STREAM, StreamStateRow.version == self._version)
                        .values(version=self._version + 1, state=state, updated=utcnow()))
                    if done.rowcount != 1:
                        raise _Stale()
        except (_Stale, IntegrityError):
            raise ApiError(409, "stream_changed", "another process changed the article stream; send again") from None
        self._version += 1
        self._features = {p: f for p, f in self._features.items() if p >= counts["articles"]}
        self._rows = counts

    def event_count(self) -> int:
        """How many events the stream has."""
        with self._lock:
            return self._fresh().event_count()

    def events(self) -> list:
        """Every event, most recently active first."""
        with self._lock:
            events = self._fresh().events()
        return sorted(events, key=lambda e: (e.last_seen or "", e.event_id), reverse=True)

    def event(self, event_id: str):
        """One event and its articles in arrival order (texts not read: see ``with_texts``); 404 when unknown."""
        with self._lock:
            clusterer = self._fresh()
            try:
                return clusterer.event(event_id), clusterer.history(event_id)
            except KeyError:
                now = clusterer.successors(event_id)
                if now:
                    raise ApiError(404, "not_found", f"event {event_id!r} was re-formed when the stream was settled; "
                                   f"its articles are now in {', '.join(repr(e) for e in now)}", {"now_in": now}) from None
                raise ApiError(404, "not_found", f"no event with id {event_id!r}") from None

    def with_texts(self, history: list[dict]) -> list[dict]:
        """The event's article records with their texts, read back from stream_articles (only when needed: a
        cached digest needs none)."""
        if not history or all("text" in a for a in history):  # a state saved whole before 0004 kept them
            return history
        positions = [a["position"] for a in history]
        rows: dict = {}
        with self.sessions() as session:
            for start in range(0, len(positions), CHUNK):
                rows.update(session.execute(select(StreamArticleRow.position, StreamArticleRow.texts).where(
                    StreamArticleRow.name == STREAM, StreamArticleRow.position.in_(positions[start:start + CHUNK]))).all())
        return [{**a, **{k: v for k, v in (rows.get(a["position"]) or {}).items() if k in TEXT_KEYS}} for a in history]

    def digest(self, event, history: list[dict]) -> dict:
        """The event's digest (summary, sentences, analysis), cached until its articles change."""
        count = len(event.article_ids)
        members = hashlib.sha1("\n".join(event.article_ids).encode("utf-8")).hexdigest()
        with self.sessions() as session:
            row = session.get(EventDigestRow, event.event_id)
            if row is not None and row.members == members:
                return dict(row.payload)
        history = self.with_texts(history)
        raws = [RawArticle(text=a.get("text", ""), label=f"article {a['id']}", title=a.get("title", ""),
                           source=a.get("source", ""), published=a.get("published")) for a in history]
        try:
            payload, _rows = build_digest(raws, self.words)
        except InputError as exc:
            raise ApiError(422, "bad_input", str(exc)) from None
        with self.sessions.begin() as session:
            session.merge(EventDigestRow(event_id=event.event_id, article_count=count, payload=payload, members=members))
        return payload


def _stored_articles(session, count: int) -> list[dict]:
    """The first ``count`` stored articles for a replay: each record with its features, or, for a row stored
    without them, with its texts (the only texts read)."""
    rows = session.execute(select(StreamArticleRow.position, StreamArticleRow.record, StreamArticleRow.features)
                           .where(StreamArticleRow.name == STREAM, StreamArticleRow.position < count)
                           .order_by(StreamArticleRow.position)).all()
    missing = [position for position, _, features in rows if features is None]
    texts: dict = {}
    for start in range(0, len(missing), CHUNK):
        texts.update(session.execute(select(StreamArticleRow.position, StreamArticleRow.texts).where(
            StreamArticleRow.name == STREAM, StreamArticleRow.position.in_(missing[start:start + CHUNK]))).all())
    return [{**record, "features": features} if features is not None else {**record, **(texts.get(position) or {})}
            for position, record, features in rows]


class _Stale(Exception):
    """The stored state moved on since it was read."""


def changes(history: list[dict], since: datetime) -> dict:
    """What is new in an event after ``since`` (``tomtat.cluster.changes_since``: articles that arrived or were
    moved in by settling, new and changed facts, new conflicts); 422 when its articles cannot be analyzed."""
    from ..cluster import changes_since

    try:
        with NLP_LOCK:  # it analyzes the event's articles: same models as the digests
            account = changes_since(history, since)
    except InputError as exc:
        raise ApiError(422, "bad_input", str(exc)) from None
    return {"since": since.isoformat().replace("+00:00", "Z"), "new_articles": account["new_articles"],
            "changes": _jsonable(account)}


def _jsonable(value):
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)
