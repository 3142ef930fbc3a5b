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
from duodesk.core.storage import search

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
    # The search index's tables are the storage backend's, not the models'.
    include_name=lambda name, type_, _parent: not (
        type_ == "table" and search.is_search_table(name)),
)
with context.begin_transaction():
    context.run_migrations()
    if connection.dialect.name == "sqlite":
        # A migration that rebuilt ``persons`` dropped the search triggers: restore them.
        search.repair(connection)
        violations = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if violations:
            tables = sorted({row[0] for row in violations})
            raise RuntimeError(f"foreign key violations after migration in {tables}")
