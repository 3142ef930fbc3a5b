"""Privacy: anonymised files and an append-only audit trail

Revision ID: 0006_privacy
Revises: 0005_calendar_exchange

A person's file anonymised under the retention rules (SPEC §9) keeps its row as a
tombstone: ``persons.anonymised_at`` says when, ``persons.age_band`` keeps the age band the
statistics need once the birth date is gone. The audit trail becomes append-only: two
triggers refuse any change to, or removal of, an audit entry. Columns are only added
(``ALTER TABLE ADD COLUMN``), never a table rebuilt.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from duodesk.core.models import UTCDateTime

revision: str = "0006_privacy"
down_revision: str | None = "0005_calendar_exchange"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = {
    "audit_entries_no_update": "UPDATE",
    "audit_entries_no_delete": "DELETE",
}


def upgrade() -> None:
    op.add_column("persons", sa.Column("anonymised_at", UTCDateTime(), nullable=True))
    op.add_column("persons", sa.Column("age_band", sa.String(length=8), nullable=True))
    for name, action in APPEND_ONLY.items():
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {action} ON audit_entries "
            "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END")


def downgrade() -> None:
    for name in APPEND_ONLY:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_column("age_band")
        batch_op.drop_column("anonymised_at")
