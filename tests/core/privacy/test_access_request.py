"""The access request (SPEC §9, issue 9 item 3): one person's complete data as a JSON file
and a readable PDF, written whole or not at all, and the export audited."""

from __future__ import annotations

import json
import subprocess
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from duodesk.core.codes import AuditAction, ConsentPurpose
from duodesk.core.context import Services
from duodesk.core.errors import DocumentNotWritten, InvalidValue, NotFound
from duodesk.core.models import AuditEntry
from duodesk.core.privacy import access
from duodesk.core.privacy.access import SECTIONS, export_access_request, gather
from duodesk.core.privacy.consents import ConsentService
from tests.core.duo_setup import Clock, duo_service
from tests.core.test_duos import active_duo
from tests.factories import use_coordinator

NOTE = "Cherche un emploi dans la logistique près de Schaerbeek; préfère le matin."


@pytest.fixture
def person(services: Services) -> uuid.UUID:
    """A mentee with a note, a duo (its meetings and an evaluation) and a consent."""
    use_coordinator(services, "Nadia Test")
    clock = Clock()
    duos = duo_service(services, clock)
    duo = active_duo(services, duos, clock)
    services.persons.add_journal_entry(duo.mentee_id, NOTE)
    services.persons.update(duo.mentee_id, _renamed(services, duo.mentee_id))
    duos.record_evaluation(duo.id, "mentee", "start", clock.today(),
                           {"more_confident": True, "network_expanded": None}, "Motivée")
    ConsentService(services.db, today=clock.today).record(
        duo.mentee_id, ConsentPurpose.FOLLOWUP_CONTACT, clock.today(), "2026-1")
    return duo.mentee_id


def _renamed(services: Services, person_id: uuid.UUID):  # type: ignore[no-untyped-def]
    data = services.persons.get(person_id, record_view=False).data
    data.first_name, data.last_name = "Şükrü", "Nguyễn-Dubois"
    return data


def test_the_json_holds_every_part(services: Services, person: uuid.UUID,
                                   tmp_path: Path) -> None:
    written = export_access_request(services.db, person, tmp_path, "fr")
    data = json.loads(written.json_path.read_text(encoding="utf-8"))
    assert data["format"] == "duodesk-access-request"
    for section in SECTIONS:
        assert section in data
    profile = data["person"]
    assert (profile["first_name"], profile["last_name"], profile["id"]) == (
        "Şükrü", "Nguyễn-Dubois", str(person))
    # Every column of the file, the special-category one included.
    for name in ("birth_date", "email", "phone", "target_group_met", "education_level",
                 "status", "registered_on", "languages", "sectors", "coordinator"):
        assert name in profile
    assert [e["text"] for e in data["journal"]] == [NOTE]
    assert len(data["duos"]) == 1 and data["duos"][0]["status"] == "active"
    assert data["duos"][0]["other_person"].startswith("Marc ")
    # The first meeting (held) and the planned follow-ups of the duo.
    kinds = {m["kind"] for m in data["meetings"]}
    assert {"duo_meeting", "follow_up"} <= kinds
    assert [(e["stage"], e["more_confident"]) for e in data["evaluations"]] == [("start", True)]
    assert [(c["purpose"], c["text_version"], c["collected_by"]) for c in data["consents"]] \
        == [("followup_contact", "2026-1", "Nadia Test")]
    assert [c["to_status"] for c in data["status_history"]][-2:] == ["matched", "in_duo"]
    assert {"create", "update"} <= {a["action"] for a in data["audit_entries"]}
    assert any(a["record_type"] == "consent" for a in data["audit_entries"])
    # Audit entries name fields, never values.
    assert NOTE not in json.dumps(data["audit_entries"], ensure_ascii=False)


def test_the_pdf_reads_the_name_and_the_note(services: Services, person: uuid.UUID,
                                             tmp_path: Path) -> None:
    written = export_access_request(services.db, person, tmp_path, "nl")
    text = subprocess.run(["pdftotext", str(written.pdf_path), "-"],
                          capture_output=True, text=True, check=True).stdout
    text = " ".join(text.split())  # lines broken in table cells joined again
    assert "Şükrü" in text and "Nguyễn-Dubois" in text
    assert NOTE in text
    for heading in ("Persoonlijk dossier", "Toestemmingen", "Auditlogboek", "Evaluaties",
                    "Contact voor de opvolging na het duo"):
        assert heading in text
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2",
                    str(written.pdf_path), str(tmp_path / "page")], check=True)
    assert list(tmp_path.glob("page*.png"))


def test_the_export_is_audited(services: Services, person: uuid.UUID, tmp_path: Path) -> None:
    export_access_request(services.db, person, tmp_path, "en")
    with services.db.read() as session:
        entries = session.execute(select(AuditEntry.record_type, AuditEntry.fields).where(
            AuditEntry.record_id == person, AuditEntry.action == AuditAction.EXPORT)).all()
    assert [tuple(e) for e in entries] == [("mentee", "access_request")]


def test_nothing_is_left_when_a_file_cannot_be_written(
        services: Services, person: uuid.UUID, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(stream: object) -> None:
        raise OSError(28, "No space left on device")

    real = access._write_atomically

    def json_fails(path: Path, write: object) -> None:
        real(path, full_disk if path.suffix == ".json" else write)  # type: ignore[arg-type]

    monkeypatch.setattr(access, "_write_atomically", json_fails)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(DocumentNotWritten) as refused:
        export_access_request(services.db, person, out, "fr")
    assert refused.value.params["detail"] == "No space left on device"
    assert list(out.iterdir()) == []
    with services.db.read() as session:
        assert session.scalar(select(AuditEntry.id).where(
            AuditEntry.action == AuditAction.EXPORT)) is None


def test_a_missing_folder_person_or_language_is_refused(
        services: Services, person: uuid.UUID, tmp_path: Path) -> None:
    with pytest.raises(DocumentNotWritten):
        export_access_request(services.db, person, tmp_path / "absent", "fr")
    with pytest.raises(NotFound):
        gather(services.db, uuid.uuid4())
    with pytest.raises(InvalidValue):
        export_access_request(services.db, person, tmp_path, "de")
