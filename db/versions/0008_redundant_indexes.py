"""Five indexes that a wider index already holds are dropped

Revision ID: 0008_redundant_indexes
Revises: 0007_local_antenna_names

Each of these one-column indexes is the first column of a wider index on the same table
(``mentees.status`` of ``ix_mentees_status_id``, ``meetings.duo_id`` of
``ix_meetings_duo_starts``…). SQLite answers every look-up on that column from the wider
index as well, so the narrow one only cost room in the file — 56 MB of a 1.6 GB database
at 100,000 mentees, and as much in every backup — and a little work at each write (too
little to measure on a 10,000-row partner import: its commit took the same time with and
without the two indexes it writes to).
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0008_redundant_indexes"
down_revision: str | None = "0007_local_antenna_names"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# index: (table, its column, the wider index that starts with that column)
DROPPED = {
    "ix_mentees_status": ("mentees", "status", "ix_mentees_status_id"),
    "ix_mentors_status": ("mentors", "status", "ix_mentors_status_id"),
    "ix_meetings_kind": ("meetings", "kind", "ix_meetings_kind_status_starts"),
    "ix_meetings_duo_id": ("meetings", "duo_id", "ix_meetings_duo_starts"),
    "ix_status_changes_person_id": ("status_changes", "person_id",
                                    "ix_status_changes_person_changed"),
}


def upgrade() -> None:
    for name, (table, _column, _wider) in DROPPED.items():
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for name, (table, column, _wider) in DROPPED.items():
        op.create_index(name, table, [column], unique=False)
