"""The repository: engine set-up (SQLite WAL or PostgreSQL), migrations, and digest storage."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import create_engine, event, func, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

from ..errors import UsageError
from .db import ArticleRow, DigestRow, utcnow

HERE = Path(__file__).resolve().parent
# How long an SQLite writer waits for another one's lock before failing, in ms; 30 s is far
# above the time one digest insert takes (milliseconds), so waits only ever queue, never fail.
SQLITE_BUSY_MS = 30_000


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL mode, foreign keys and a busy timeout on every connection."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise UsageError(f"not a database URL: {url!r}") from None
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    memory = parsed.database in (None, "", ":memory:")
    kwargs: dict = {"connect_args": {"check_same_thread": False, "timeout": SQLITE_BUSY_MS / 1000}}
    if memory:
        kwargs["poolclass"] = StaticPool
    else:
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(parsed, **kwargs)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:
        cur = dbapi_conn.cursor()
        if not memory:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
        cur.close()

    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (``alembic upgrade head``)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config(str(HERE / "alembic.ini"))
    cfg.set_main_option("script_location", str(HERE / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def iso(moment: datetime) -> str:
    """ISO 8601 in UTC with a ``Z`` (SQLite hands datetimes back without a zone: they were stored as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


class Store:
    """Stored digests: each one written in a single transaction, so a failure leaves nothing behind."""

    def __init__(self, url: str, *, run_migrations: bool = True):
        self.engine = make_engine(url)
        if run_migrations:
            migrate(self.engine)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def ping(self) -> bool:
        """True when the database answers a trivial query."""
        with self.engine.connect() as conn:
            return conn.execute(select(1)).scalar() == 1

    def add_digest(self, digest: dict, articles: list[dict]) -> dict:
        """Store ``digest`` (summary, sentences, analysis) and its ``articles``; returns it with id and created."""
        digest_id = uuid.uuid4().hex
        created = utcnow()
        payload = {**digest, "id": digest_id, "created": iso(created)}
        row = DigestRow(id=digest_id, created=created, title=digest.get("title", ""),
                        article_count=len(articles), words=int(digest.get("words", 0)), payload=payload)
        row.articles = [
            ArticleRow(idx=i, title=a.get("title", ""), source=a.get("source", ""), url=a.get("url", ""),
                       published=a.get("published"), text=a["text"])
            for i, a in enumerate(articles)
        ]
        with self.sessions.begin() as session:
            session.add(row)
        return payload

    def get_digest(self, digest_id: str) -> dict | None:
        """The stored digest, or None."""
        with self.sessions() as session:
            row = session.get(DigestRow, digest_id)
            return None if row is None else dict(row.payload)

    def list_digests(self, limit: int, offset: int) -> tuple[list[dict], int]:
        """A page of digests, newest first, and the total count."""
        with self.sessions() as session:
            total = session.scalar(select(func.count()).select_from(DigestRow)) or 0
            rows = session.execute(
                select(DigestRow.id, DigestRow.created, DigestRow.title, DigestRow.article_count, DigestRow.words)
                .order_by(DigestRow.created.desc(), DigestRow.id)
                .limit(limit).offset(offset)
            ).all()
        items = [{"id": r.id, "created": iso(r.created), "title": r.title, "article_count": r.article_count,
                  "words": r.words} for r in rows]
        return items, total

    def delete_digest(self, digest_id: str) -> bool:
        """Delete a digest and its articles; False when there was none."""
        with self.sessions.begin() as session:
            row = session.get(DigestRow, digest_id)
            if row is None:
                return False
            session.delete(row)
        return True

    def article_texts(self, digest_id: str) -> list[str]:
        """The stored article texts of a digest, in order (for checks and exports)."""
        with self.sessions() as session:
            return list(session.scalars(select(ArticleRow.text).where(ArticleRow.digest_id == digest_id)
                                        .order_by(ArticleRow.idx)))


