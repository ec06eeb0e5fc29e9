"""SQLAlchemy 2 tables of the web app: stored digests and their articles, the article stream."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    """The current time in UTC, timezone-aware."""
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    """Declarative base; its metadata is what the Alembic migrations build."""


class DigestRow(Base):
    """One summarized cluster: the whole digest as JSON plus the columns the list view needs."""

    __tablename__ = "digests"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    article_count: Mapped[int] = mapped_column(Integer)
    words: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict] = mapped_column(JSON)
    articles: Mapped[list["ArticleRow"]] = relationship(
        back_populates="digest", cascade="all, delete-orphan", passive_deletes=True, order_by="ArticleRow.idx"
    )


class ArticleRow(Base):
    """One input article of a digest, as cleaned text (the sentences live in the digest payload)."""

    __tablename__ = "digest_articles"

    digest_id: Mapped[str] = mapped_column(ForeignKey("digests.id", ondelete="CASCADE"), primary_key=True)
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[str | None] = mapped_column(String(64), nullable=True)
    text: Mapped[str] = mapped_column(Text)
    digest: Mapped[DigestRow] = relationship(back_populates="articles")


class StreamStateRow(Base):
    """The online clusterer's state (``StreamClusterer.to_state()`` without its articles and settlings, which
    live in ``stream_articles`` and ``stream_settles``, plus their counts); ``version`` guards against lost updates."""

    __tablename__ = "stream_state"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    updated: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    state: Mapped[dict] = mapped_column(JSON)


class StreamArticleRow(Base):
    """One article of the stream as the clusterer stored it on arrival, by arrival position: written once, when
    its batch is saved (the state row then holds the clusterer's other state and the article count). ``record``
    is what the clusterer keeps (id, title, times, event on arrival), ``features`` its packed term counts
    (``tomtat.cluster.features.pack_terms``: a restart replays from them), ``texts`` its text keys."""

    __tablename__ = "stream_articles"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    record: Mapped[dict] = mapped_column(JSON)
    features: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    texts: Mapped[dict | None] = mapped_column(JSON, nullable=True)


class StreamSettleRow(Base):
    """One settling of the stream (``[article count, the clusters it re-formed]``), by order: written once."""

    __tablename__ = "stream_settles"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    record: Mapped[list] = mapped_column(JSON)


class EventDigestRow(Base):
    """The digest of one event as built from its articles then (``members``: SHA-1 of their ids; recomputed
    when they change: the event grew, or settling moved articles in or out)."""

    __tablename__ = "event_digests"

    event_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    article_count: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict] = mapped_column(JSON)
    members: Mapped[str | None] = mapped_column(String(40), nullable=True)
