"""Runs the Alembic migrations of ``db/`` at start-up, crash-safe (SPEC §10).

The whole upgrade is one ``BEGIN IMMEDIATE`` transaction with foreign keys off, ended by a
``PRAGMA foreign_key_check``; killed half-way, the database is as it was before. The start
path compares the stored revision with :data:`HEAD_REVISION` through plain sqlite3 and only
imports Alembic when there is something to do.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from duodesk.core.errors import DatabaseTooNew, MigrationFailed
from duodesk.core.storage.sqlite import SQLiteBackend, known_error
from duodesk.paths import migrations_dir

# The newest revision under db/versions (a test keeps the two in step).
HEAD_REVISION = "0008_redundant_indexes"


def alembic_config(script_location: Path | None = None):  # -> alembic.config.Config
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or migrations_dir()))
    return config


def known_revisions(script_location: Path | None = None) -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(script_location))
    return {rev.revision for rev in script.walk_revisions()}


def head_revision(script_location: Path | None = None) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    assert head is not None
    return head


def needs_upgrade(backend: SQLiteBackend, script_location: Path | None = None) -> bool:
    """Whether the database is behind the program; raises :class:`DatabaseTooNew`."""
    current = backend.schema_revision()
    if script_location is None and current == HEAD_REVISION:
        return False
    if current is not None and current not in known_revisions(script_location):
        raise DatabaseTooNew(path=str(backend.location), revision=current)
    return current != head_revision(script_location)


def upgrade(
    backend: SQLiteBackend,
    *,
    script_location: Path | None = None,
    before: Callable[[], object] | None = None,
) -> bool:
    """Bring the database to the newest revision; return whether anything was done.

    ``before`` runs first when an existing database is about to change (the backup).
    """
    if not needs_upgrade(backend, script_location):
        return False
    if before is not None and backend.schema_revision() is not None:
        before()
    from alembic import command
    from sqlalchemy import exc as sa_exc

    config = alembic_config(script_location)
    engine = backend.make_engine()
    try:
        with engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert driver is not None
            # Set on the driver, outside any transaction: SQLite ignores it inside one.
            driver.execute("PRAGMA foreign_keys = OFF")
            try:
                with connection.execution_options(duodesk_write=True).begin():
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
            finally:
                driver.execute("PRAGMA foreign_keys = ON")
    except (sa_exc.SQLAlchemyError, RuntimeError, OSError) as exc:
        known = known_error(exc, backend.location)
        if known is not None:
            raise known from exc
        raise MigrationFailed(path=str(backend.location), detail=type(exc).__name__) from exc
    finally:
        engine.dispose()
    return True


def autogenerate(message: str, rev_id: str) -> None:
    """Developer helper: write a new revision from the difference between models and head.

    ``python -c "from duodesk.core.migrations import autogenerate; autogenerate('msg', '0002_x')"``
    """
    import tempfile

    from alembic import command

    with tempfile.TemporaryDirectory() as folder:
        backend = SQLiteBackend(Path(folder) / "head.sqlite")
        upgrade(backend)
        engine = backend.make_engine()
        with engine.connect() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True, rev_id=rev_id)
        engine.dispose()
