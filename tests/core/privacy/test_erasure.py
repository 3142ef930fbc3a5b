"""Erasure on request (SPEC §9): after it, the person's name is found nowhere in the file."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from sqlalchemy import select

from duodesk.core.codes import AuditAction, MeetingKind, MeetingStatus, MenteeStatus
from duodesk.core.context import Services
from duodesk.core.errors import IllegalStatusChange
from duodesk.core.models import (
    AuditEntry,
    Duo,
    JournalEntry,
    Meeting,
    MeetingAttendee,
    Mentee,
    Person,
)
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


def _note(services: Services, person_id: object, text: str) -> uuid.UUID:
    return services.persons.add_journal_entry(person_id, text).id  # type: ignore[arg-type]


def _text(services: Services, entry_id: uuid.UUID) -> str:
    with services.db.read() as session:
        return session.get(JournalEntry, entry_id).text  # type: ignore[union-attr]


def test_the_first_name_alone_is_blanked_where_it_can_only_mean_the_person(
        demo: Services) -> None:  # noqa: F811
    with demo.db.read() as session:
        person_id, mentor_id = session.execute(
            select(Duo.mentee_id, Duo.mentor_id)
            .join(mentees, mentees.c.id == Duo.mentee_id)
            .where(mentees.c.status == MenteeStatus.FINISHED.value)
            .order_by(Duo.id).limit(1)).one()
        other = session.scalar(select(Mentee.id).where(Mentee.id != person_id).limit(1))
        group = session.scalar(
            select(Meeting.id).join(MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id)
            .where(MeetingAttendee.person_id == person_id, Meeting.duo_id.is_(None),
                   Meeting.kind != MeetingKind.INTAKE.value).limit(1))
    with demo.db.write() as session:
        person = session.get(Person, person_id)
        assert person is not None
        person.last_name, person.first_name = "Oudeschoonhoven", "Philomena"
        if group is None:  # a workshop she attended (her intake is emptied whole)
            meeting = Meeting(kind=MeetingKind.WORKSHOP, status=MeetingStatus.DONE,
                              starts_at=datetime(2026, 3, 2, 14), title="Atelier CV")
            session.add(meeting)
            session.flush()
            session.add(MeetingAttendee(meeting_id=meeting.id, person_id=person_id))
            group = meeting.id
        session.get(Meeting, group).summary = (  # type: ignore[union-attr]
            "Philomena presented her project to the group.")
    # Her mentor's journal: her first name alone means her.
    mentor_note = _note(demo, mentor_id, "Philomena sent her CV; PHILOMENA's sister helped.")
    # Anybody else's journal: a first name alone could be anyone; the full name is her.
    elsewhere = _note(demo, other, "Philomena from the Monday group called.")
    full = _note(demo, other, "Met Oudeschoonhoven Philomena at the job fair.")

    plan = ErasureService(demo.db).plan(person_id)
    assert plan.mentions == 3
    ErasureService(demo.db).erase(person_id)

    assert _text(demo, mentor_note) == "[…] sent her CV; […]'s sister helped."
    assert _text(demo, elsewhere) == "Philomena from the Monday group called."
    assert _text(demo, full) == "Met […] at the job fair."
    with demo.db.read() as session:
        assert session.get(Meeting, group).summary == (  # type: ignore[union-attr]
            "[…] presented her project to the group.")


def test_a_short_last_name_is_looked_for_in_the_full_name_only(services: Services) -> None:
    keep = make_mentee(services, last_name="Stayputt")
    gone = make_mentee(services, first_name="Wei", last_name="Li")
    full = _note(services, keep, "Came with Li Wei and Wei LI's brother.")
    alone = _note(services, keep, "Li Ming called; Wei Zhang too.")
    assert ErasureService(services.db).plan(gone).mentions == 1
    ErasureService(services.db).erase(gone)
    assert _text(services, full) == "Came with […] and […]'s brother."
    assert _text(services, alone) == "Li Ming called; Wei Zhang too."
