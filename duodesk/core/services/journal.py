"""A person's journal, status history and file history, inside the caller's session.

:func:`record_status_change` is the one place a person's status changes: the duo services
call it too when a duo is accepted, declined or stopped, so that every change is checked
against the path (:mod:`duodesk.core.status`), stamped with the current coordinator and
audited.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from duodesk.core.codes import AuditAction, MenteeStatus, MentorStatus, PersonRole
from duodesk.core.errors import InvalidValue
from duodesk.core.models import AuditEntry, Coordinator, JournalEntry, Mentee, Mentor, StatusChange
from duodesk.core.services import audit
from duodesk.core.services.person_data import HistoryItem, JournalEntryView
from duodesk.core.status import check_status_change

JOURNAL_TEXT_LIMIT = 20_000
# Audit field names written by status changes and journal entries: the history shows
# those from their own tables, not as edits.
STATUS_FIELDS = frozenset({"status", "paused_until"})
JOURNAL_FIELDS = frozenset({"journal"})


def coordinator_names(session: Session, ids: set[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    """The names of the coordinators with these ids."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(Coordinator.id, Coordinator.name)
                           .where(Coordinator.id.in_(wanted)))
    return {row.id: row.name for row in rows}


def record_status_change(
    session: Session,
    person: Mentee | Mentor,
    new_status: str,
    *,
    reason: str | None = None,
    until: date | None = None,
    today: date | None = None,
    duo_id: uuid.UUID | None = None,
) -> None:
    """Move ``person`` to ``new_status`` along its path, or raise ``IllegalStatusChange``.

    A mentor's pause keeps its end date (``until``) in ``paused_until``, cleared when the
    pause ends. The change is stamped in the status history (with ``duo_id`` when a duo's
    step caused it) and the audit trail.
    """
    role = PersonRole(person.role)
    old_status = str(person.status)
    check_status_change(role.value, old_status, new_status, until=until, reason=reason,
                        today=today)
    changed = ["status"]
    if isinstance(person, Mentee):
        person.status = MenteeStatus(new_status)
    else:
        person.status = MentorStatus(new_status)
        new_pause = until if new_status == MentorStatus.PAUSED else None
        if person.paused_until != new_pause:
            person.paused_until = new_pause
            changed.append("paused_until")
    session.add(StatusChange(
        person_id=person.id,
        duo_id=duo_id,
        from_status=old_status,
        to_status=str(new_status),
        coordinator_id=audit.current_coordinator_id(session),
        reason=(reason or "").strip() or None,
    ))
    audit.record(session, AuditAction.UPDATE, role.value, person.id, changed)


def add_journal_entry(session: Session, person_id: uuid.UUID, role: PersonRole,
                      text: str) -> JournalEntryView:
    """Add a note to a person's file, stamped with the current coordinator and the time."""
    text = (text or "").strip()
    if not text:
        raise InvalidValue(field="text", reason="required")
    if len(text) > JOURNAL_TEXT_LIMIT:
        raise InvalidValue(field="text", reason="too_long", limit=JOURNAL_TEXT_LIMIT)
    coordinator_id = audit.current_coordinator_id(session)
    entry = JournalEntry(person_id=person_id, coordinator_id=coordinator_id, text=text)
    session.add(entry)
    session.flush()
    audit.record(session, AuditAction.UPDATE, role.value, person_id, JOURNAL_FIELDS)
    names = coordinator_names(session, {coordinator_id})
    return JournalEntryView(entry.id, entry.written_at, coordinator_id,
                            names.get(coordinator_id) if coordinator_id else None, entry.text)


def journal(session: Session, person_id: uuid.UUID) -> list[JournalEntryView]:
    """A person's journal, newest first."""
    # Times are to the second: two notes written in the same second keep the order they
    # were written in (the index's order), hence a stable sort here rather than in SQL.
    entries = sorted(session.scalars(select(JournalEntry)
                                     .where(JournalEntry.person_id == person_id)).all(),
                     key=lambda e: e.written_at)
    entries.reverse()
    names = coordinator_names(session, {e.coordinator_id for e in entries})
    return [JournalEntryView(e.id, e.written_at, e.coordinator_id,
                             names.get(e.coordinator_id) if e.coordinator_id else None, e.text)
            for e in entries]


def history(session: Session, person_id: uuid.UUID) -> list[HistoryItem]:
    """A file's history, newest first: its creation, the edits (which fields, never their
    values) and the status changes, each with when and who."""
    items: list[tuple[HistoryItem, int]] = []
    audits = session.scalars(select(AuditEntry).where(
        AuditEntry.record_id == person_id,
        AuditEntry.action.in_([AuditAction.CREATE, AuditAction.UPDATE]))).all()
    for entry in audits:
        fields = tuple(f for f in (entry.fields or "").split(",") if f)
        if entry.action == AuditAction.UPDATE and (
                set(fields) <= STATUS_FIELDS or set(fields) <= JOURNAL_FIELDS):
            continue
        created = entry.action == AuditAction.CREATE
        action = "created" if created else "edited"
        items.append((HistoryItem(entry.at, action, entry.coordinator_id, None, fields),
                      0 if created else 1))
    changes = session.scalars(select(StatusChange).where(
        StatusChange.person_id == person_id, StatusChange.from_status.is_not(None))).all()
    for change in changes:
        items.append((HistoryItem(change.changed_at, "status_changed", change.coordinator_id,
                                  None, ("status",), change.from_status, change.to_status,
                                  change.reason), 1))
    # Oldest first (the creation first within its second; otherwise the order written),
    # then reversed: newest first.
    items.sort(key=lambda pair: (pair[0].at, pair[1]))
    items.reverse()
    names = coordinator_names(session, {item.coordinator_id for item, _ in items})
    return [HistoryItem(item.at, item.action, item.coordinator_id,
                        names.get(item.coordinator_id) if item.coordinator_id else None,
                        item.fields, item.from_status, item.to_status, item.reason)
            for item, _ in items]
