"""Partner import details and duo follow-ups

Revision ID: 0003_imports_follow_ups
Revises: 0002_person_search

An import batch remembers its sheet and its report (mapping used, columns left out, where
the rejected rows went); a merged person remembers which fields the import filled, so that
undoing it can empty them again. A meeting gets its topics, and a follow-up its place in
the duo"s path (1, 3, 6 or 12 months after the start). Columns are only added: no table is
rebuilt.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_imports_follow_ups"
down_revision: str | None = "0002_person_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("import_batch_records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("filled", sa.JSON(), nullable=True))

    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sheet", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("report", sa.JSON(), nullable=True))

    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("topics", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("follow_up_month", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_column("follow_up_month")
        batch_op.drop_column("topics")

    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.drop_column("report")
        batch_op.drop_column("sheet")

    with op.batch_alter_table("import_batch_records", schema=None) as batch_op:
        batch_op.drop_column("filled")
