"""Erasure on request (SPEC §9): after it, the person's name is found nowhere in the file."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from duodesk.core.codes import AuditAction, MenteeStatus
from duodesk.core.context import Services
from duodesk.core.errors import IllegalStatusChange
from duodesk.core.models import AuditEntry, Duo, Mentee, Person
from duodesk.core.privacy.erasure import ErasureService
from tests.core.privacy.demo_data import demo  # noqa: F401
from tests.factories import make_mentee

mentees = Mentee.__table__


def _file_bytes(services: Services) -> bytes:
    path = services.database_path
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_a_person_without_duo_is_deleted_and_found_nowhere(services: Services) -> None:
    keep = make_mentee(services, last_name="Stayputt")
    gone = make_mentee(services, first_name="Ermenegilda", last_name="Vandersnickt",
                       email="ermenegilda.v@example.org")
    services.persons.add_journal_entry(gone, "Ermenegilda asked about the workshop.")
    # Another file's note names her: blanked out too, the rest of the note kept.
    services.persons.add_journal_entry(
        keep, "Came with VANDERSNICKT Ermenegilda; Vandersnickt's cousin too. Vanderbilt no.")
    assert b"Vandersnickt" in _file_bytes(services)
    plan = ErasureService(services.db).plan(gone)
    assert plan.deletes and plan.name == "Ermenegilda Vandersnickt" and plan.mentions == 1
    result = ErasureService(services.db).erase(gone)
    assert result.deleted
    data = _file_bytes(services)
    for word in (b"Vandersnickt", b"vandersnickt", b"Ermenegilda", b"ermenegilda"):
        assert word not in data
    with services.db.read() as session:
        assert session.get(Person, gone) is None
        assert session.get(Person, keep) is not None
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.action == AuditAction.ERASE)).one()
        assert entry.record_id == gone and entry.record_type == "mentee"
    assert services.persons.search("Vandersn") == []
    # A backup made afterwards holds no trace either (one made before still would).
    from duodesk.core.backup import make_backup

    copy = make_backup(services.database_path, services.database_path.parent / "bk")
    assert b"Vandersnickt" not in copy.path.read_bytes()
    assert services.persons.search("Stayputt") == [keep]
    notes = [entry.text for entry in services.persons.journal(keep)]
    assert "Came with […]; […]'s cousin too. Vanderbilt no." in notes


def test_a_person_with_a_closed_duo_stays_as_a_tombstone(demo: Services) -> None:  # noqa: F811
    with demo.db.read() as session:
        person_id = session.execute(select(Person.id)
                              .join(mentees, mentees.c.id == Person.id)
                              .join(Duo, Duo.mentee_id == Person.id)
                              .where(mentees.c.status == MenteeStatus.FINISHED.value)
                              .order_by(Person.last_name).limit(1)).scalar_one()
        duos_before = session.scalar(select(Duo.id).where(Duo.mentee_id == person_id))
    # A distinctive name: demo names repeat between persons.
    with demo.db.write() as session:
        person = session.get(Person, person_id)
        assert person is not None
        person.last_name, person.first_name = "Oudeschoonhoven", "Philomena"
    assert b"Oudeschoonhoven" in _file_bytes(demo)
    plan = ErasureService(demo.db).plan(person_id)
    assert not plan.deletes and not plan.live_duo
    assert not ErasureService(demo.db).erase(person_id).deleted
    data = _file_bytes(demo)
    assert b"Oudeschoonhoven" not in data and b"oudeschoonhoven" not in data
    with demo.db.read() as session:
        assert session.scalar(select(Duo.id).where(Duo.mentee_id == person_id)) == duos_before
        assert session.get(Person, person_id).anonymised_at is not None  # type: ignore[union-attr]


def test_a_person_in_a_live_duo_is_refused(demo: Services) -> None:  # noqa: F811
    with demo.db.read() as session:
        person_id = session.scalar(select(Duo.mentee_id).where(Duo.status == "active")
                                   .limit(1))
    assert ErasureService(demo.db).plan(person_id).live_duo
    with pytest.raises(IllegalStatusChange) as raised:
        ErasureService(demo.db).erase(person_id)
    assert raised.value.params["reason"] == "live_duo"
    with demo.db.read() as session:
        assert session.get(Person, person_id).anonymised_at is None  # type: ignore[union-attr]
