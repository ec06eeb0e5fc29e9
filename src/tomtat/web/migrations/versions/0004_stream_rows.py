"""the stream's articles and settlings move out of the state row into stream_articles and stream_settles
(one row each, written once)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Keys of a stored article that settling rewrites: recomputed when the state is replayed, not stored.
VOLATILE = ("event", "joined")

_state = sa.table("stream_state", sa.column("name", sa.String(32)), sa.column("state", sa.JSON()))
_articles = sa.table("stream_articles", sa.column("name", sa.String(32)), sa.column("position", sa.Integer()),
                     sa.column("record", sa.JSON()))
_settles = sa.table("stream_settles", sa.column("name", sa.String(32)), sa.column("seq", sa.Integer()),
                    sa.column("record", sa.JSON()))


def upgrade() -> None:
    op.create_table(
        "stream_articles",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("record", sa.JSON(), nullable=False),
    )
    op.create_table(
        "stream_settles",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("record", sa.JSON(), nullable=False),
    )
    conn = op.get_bind()
    for name, state in conn.execute(sa.select(_state.c.name, _state.c.state)).all():
        if not isinstance(state, dict) or "articles" not in state:
            continue
        state = dict(state)
        articles = state.pop("articles")
        state["article_count"] = len(articles)
        if articles:
            conn.execute(_articles.insert(), [
                {"name": name, "position": p, "record": {k: v for k, v in a.items() if k not in VOLATILE}}
                for p, a in enumerate(articles)])
        settles = state.pop("settles", [])
        state["settle_count"] = len(settles)
        if settles:
            conn.execute(_settles.insert(), [{"name": name, "seq": k, "record": r} for k, r in enumerate(settles)])
        conn.execute(_state.update().where(_state.c.name == name).values(state=state))


def downgrade() -> None:
    conn = op.get_bind()
    for name, state in conn.execute(sa.select(_state.c.name, _state.c.state)).all():
        if not isinstance(state, dict) or "articles" in state:
            continue
        state = dict(state)
        count = state.pop("article_count", 0)
        rows = conn.execute(sa.select(_articles.c.record).where(_articles.c.name == name, _articles.c.position < count)
                            .order_by(_articles.c.position)).scalars().all()
        state["articles"] = [{**r, "event": r.get("assigned")} for r in rows]
        count = state.pop("settle_count", 0)
        state["settles"] = conn.execute(sa.select(_settles.c.record).where(_settles.c.name == name, _settles.c.seq < count)
                                        .order_by(_settles.c.seq)).scalars().all()
        conn.execute(_state.update().where(_state.c.name == name).values(state=state))
    op.drop_table("stream_settles")
    op.drop_table("stream_articles")
