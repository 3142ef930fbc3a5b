"""Calendar series and the exchange with headquarters

Revision ID: 0005_calendar_exchange
Revises: 0004_follow_up_index

Meetings that repeat belong to a series (``meeting_series``, the rule they were made by); a
group session gets a title. For the exchange workbook (SPEC §6): what was last exchanged per
record (``exchange_states``) and the conflicts kept for the coordinator
(``exchange_conflicts``). The meetings table is only given columns (SQLite"s ``ALTER TABLE
ADD COLUMN``, its foreign key inline), never rebuilt: it holds half a million rows at
100,000 mentees.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from duodesk.core.models import UTCDateTime

revision: str = "0005_calendar_exchange"
down_revision: str | None = "0004_follow_up_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table("exchange_conflicts",
    sa.Column("record_type", sa.String(length=32), nullable=False),
    sa.Column("record_id", sa.Uuid(), nullable=False),
    sa.Column("file_name", sa.String(length=260), nullable=False),
    sa.Column("file_updated_at", UTCDateTime(), nullable=False),
    sa.Column("file_values", sa.JSON(), nullable=False),
    sa.Column("local_values", sa.JSON(), nullable=False),
    sa.Column("base_values", sa.JSON(), nullable=True),
    sa.Column("resolved_at", UTCDateTime(), nullable=True),
    sa.Column("id", sa.Uuid(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("updated_at", UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_conflicts"))
    )
    with op.batch_alter_table("exchange_conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_conflicts_record_id"), ["record_id"],
                              unique=False)

    op.create_table("exchange_states",
    sa.Column("record_type", sa.String(length=32), nullable=False),
    sa.Column("record_id", sa.Uuid(), nullable=False),
    sa.Column("exchanged_updated_at", UTCDateTime(), nullable=False),
    sa.Column("exchanged_values", sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint("record_type", "record_id", name=op.f("pk_exchange_states"))
    )
    op.create_table("meeting_series",
    sa.Column("rule", sa.JSON(), nullable=False),
    sa.Column("id", sa.Uuid(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("updated_at", UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_series"))
    )
    op.add_column("meetings", sa.Column("title", sa.String(length=200), nullable=True))
    op.add_column("meetings", sa.Column("series_id", sa.Uuid(), nullable=True))
    op.create_index(op.f("ix_meetings_series_id"), "meetings", ["series_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_series_id"))
        batch_op.drop_column("series_id")
        batch_op.drop_column("title")

    op.drop_table("meeting_series")
    op.drop_table("exchange_states")
    with op.batch_alter_table("exchange_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_conflicts_record_id"))

    op.drop_table("exchange_conflicts")
