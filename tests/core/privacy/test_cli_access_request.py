"""``duodesk access-request PERSON_ID --out DIR [--language]``: both files written and the
export audited; one clear line for an unknown id, a missing folder or a database held by a
window. Run as the real command in its own process, as in test_cli."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from sqlalchemy import select

from duodesk.core.codes import AuditAction
from duodesk.core.context import Services
from duodesk.core.database import open_database
from duodesk.core.models import AuditEntry
from tests.core.test_cli import compiled_translations, duodesk, one_line_error
from tests.factories import make_mentor

__all__ = ["compiled_translations"]


def test_the_command_writes_both_files_and_audits_the_export(
        services: Services, db_path: Path, tmp_path: Path) -> None:
    mentor = make_mentor(services, first_name="Łukasz", last_name="Van Damme")
    services.persons.add_journal_entry(mentor, "Disponible le mercredi après-midi.")
    services.db.close()
    out = tmp_path / "out"
    out.mkdir()
    done = duodesk("access-request", str(mentor), "--out", str(out), "--db", str(db_path),
                   "--language", "nl", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["person_id"], result["language"]) == (str(mentor), "nl")
    data = json.loads(Path(result["json"]).read_text(encoding="utf-8"))
    assert data["person"]["last_name"] == "Van Damme"
    assert Path(result["pdf"]).read_bytes().startswith(b"%PDF")
    assert sorted(p.suffix for p in out.iterdir()) == [".json", ".pdf"]
    database = open_database(db_path)
    try:
        with database.read() as session:
            assert session.scalar(select(AuditEntry.fields).where(
                AuditEntry.record_id == mentor,
                AuditEntry.action == AuditAction.EXPORT)) == "access_request"
    finally:
        database.close()


def test_the_command_says_what_is_wrong_in_one_line(
        services: Services, db_path: Path, tmp_path: Path) -> None:
    mentor = make_mentor(services)
    services.db.close()
    unknown = uuid.uuid4()
    error = one_line_error(duodesk("access-request", str(unknown), "--out", str(tmp_path),
                                   "--db", str(db_path)))
    assert error == f"No mentee or mentor has the id {unknown}."
    error = one_line_error(duodesk("access-request", str(unknown), "--out", str(tmp_path),
                                   "--db", str(db_path), language="fr"))
    assert error == f"Aucun mentee ni mentor n'a l'identifiant {unknown}."
    missing = tmp_path / "no-such-folder"
    error = one_line_error(duodesk("access-request", str(mentor), "--out", str(missing),
                                   "--db", str(db_path)))
    assert error.startswith("The document could not be written to ")
    assert not missing.exists()
    held = open_database(db_path)  # a window has it open
    try:
        error = one_line_error(duodesk("access-request", str(mentor), "--out",
                                       str(tmp_path), "--db", str(db_path)))
    finally:
        held.close()
    assert "already open in another DuoDesk window" in error
    done = duodesk("access-request", "not-an-id", "--out", str(tmp_path), "--db", str(db_path))
    assert done.returncode == 2 and "not an id" in done.stderr
