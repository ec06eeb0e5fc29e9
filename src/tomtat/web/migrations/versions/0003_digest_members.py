"""cached event digests remember which articles they were built from (settling can swap articles)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event_digests") as batch:
        batch.add_column(sa.Column("members", sa.String(40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("event_digests") as batch:
        batch.drop_column("members")
