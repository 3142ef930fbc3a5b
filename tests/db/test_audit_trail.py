"""The audit trail is append-only: the database itself refuses to change or remove an
entry, whatever program or tool writes to the file."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest

from duodesk.core.codes import AuditAction
from duodesk.core.database import Database
from duodesk.core.services import audit


def add_entry(db: Database) -> None:
    with db.write() as session:
        audit.record(session, AuditAction.VIEW, "mentee", uuid.uuid4(), ["target_group_met"])


@pytest.mark.parametrize("statement", [
    "UPDATE audit_entries SET fields = 'x'",
    "DELETE FROM audit_entries",
])
def test_an_audit_entry_cannot_be_changed_or_removed(db: Database, db_path: Path,
                                                     statement: str) -> None:
    add_entry(db)
    connection = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute(statement)
        assert connection.execute("SELECT count(*) FROM audit_entries").fetchone() == (1,)
    finally:
        connection.close()


def test_new_entries_are_still_added(db: Database, db_path: Path) -> None:
    add_entry(db)
    add_entry(db)
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("SELECT count(*) FROM audit_entries").fetchone() == (2,)
    finally:
        connection.close()
