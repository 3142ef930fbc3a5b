"""Antennas seeded with English names get their local names

Revision ID: 0007_local_antenna_names
Revises: 0006_privacy

Revision 0001 seeded three antennas under English names (Brussels, Antwerp, Ghent), which
French and Dutch screens and the printed agreements then showed as they were. A seed still
under its English name gets the name its coordinators use (Bruxelles / Brussel,
Antwerpen, Gent); an antenna renamed by its users is left as they named it.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_local_antenna_names"
down_revision: str | None = "0006_privacy"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# code: (the seed's English name, the local name)
RENAMED = {
    "BXL": ("Brussels", "Bruxelles / Brussel"),
    "ANT": ("Antwerp", "Antwerpen"),
    "GNT": ("Ghent", "Gent"),
}


def _rename(old_index: int, new_index: int) -> None:
    antennas = sa.table("antennas", sa.column("code", sa.String()), sa.column("name", sa.String()))
    for code, names in RENAMED.items():
        op.execute(antennas.update()
                   .where(antennas.c.code == code, antennas.c.name == names[old_index])
                   .values(name=names[new_index]))


def upgrade() -> None:
    _rename(0, 1)


def downgrade() -> None:
    _rename(1, 0)
