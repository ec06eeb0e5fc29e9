"""each stored article of the stream gets a column for the features the clusterer computed on arrival, and its
texts move out of the record into a column of their own (a restart replays from the features, reading no text)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Keys of an article's text, kept in the new ``texts`` column: those of tomtat.cluster.stream when this revision
# was written, frozen here (a migration must not change when the code it came with changes).
TEXT_KEYS = ("text", "anchor_text", "lead", "raw_text")

_articles = sa.table("stream_articles", sa.column("name", sa.String(32)), sa.column("position", sa.Integer()),
                     sa.column("record", sa.JSON()), sa.column("texts", sa.JSON()))


def upgrade() -> None:
    with op.batch_alter_table("stream_articles") as batch:
        batch.add_column(sa.Column("features", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("texts", sa.JSON(), nullable=True))
    # Rows written before keep their texts inside the record: moved out. Their features are computed from the
    # texts the first time the app loads the stream, and stored then (tomtat.web.stream).
    conn = op.get_bind()
    for name, position, record, _ in _rows(conn):
        if not isinstance(record, dict) or not any(k in record for k in TEXT_KEYS):
            continue
        texts = {k: v for k, v in record.items() if k in TEXT_KEYS}
        rest = {k: v for k, v in record.items() if k not in TEXT_KEYS}
        conn.execute(_articles.update().where(_articles.c.name == name, _articles.c.position == position)
                     .values(record=rest, texts=texts))


def _rows(conn, chunk: int = 1000):
    """Every (name, position, record, texts) row, read ``chunk`` rows at a time (texts are not held all at once)."""
    for name in conn.execute(sa.select(_articles.c.name).distinct()).scalars().all():
        after = -1
        while True:
            rows = conn.execute(sa.select(_articles.c.name, _articles.c.position, _articles.c.record, _articles.c.texts)
                                .where(_articles.c.name == name, _articles.c.position > after)
                                .order_by(_articles.c.position).limit(chunk)).all()
            if not rows:
                break
            yield from rows
            after = rows[-1][1]


def downgrade() -> None:
    conn = op.get_bind()
    for name, position, record, texts in _rows(conn):
        if isinstance(texts, dict) and texts:
            conn.execute(_articles.update().where(_articles.c.name == name, _articles.c.position == position)
                         .values(record={**record, **texts}))
    with op.batch_alter_table("stream_articles") as batch:
        batch.drop_column("texts")
        batch.drop_column("features")
