"""Alembic environment of DuoDesk.

Migrations run programmatically (``duodesk.core.migrations``), on a connection that the
caller has already put in one ``BEGIN IMMEDIATE`` transaction with foreign keys switched
off, so that a batch migration's table rebuild cannot cascade-delete child rows and a
migration killed half-way leaves nothing behind. Before the transaction commits, every
foreign key is checked.
"""

from alembic import context
from sqlalchemy import text

from duodesk.core.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run DuoDesk migrations through duodesk.core.migrations")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
    if connection.dialect.name == "sqlite":
        violations = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if violations:
            tables = sorted({row[0] for row in violations})
            raise RuntimeError(f"foreign key violations after migration in {tables}")
