"""Conflicts of the exchange workbook: listing those that wait, and resolving one field by
field (SPEC §6).

A conflict keeps the file's values, the local ones when it was found and those last
exchanged. Resolving takes, for each field whose local and file values differ, ``local`` or
``file``; the chosen values are written on the current local record (fields without a
difference stay as they are now), and the file's version is remembered as exchanged, so
that importing the same workbook again finds nothing new. When every choice is the file's,
the record takes the file's ``updated_at``; otherwise it is a new local change, dated now,
that headquarters receives with the next export.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from duodesk.core.errors import InvalidValue, NotFound
from duodesk.core.exchange import Choice, ConflictField, ConflictView
from duodesk.core.exchange.apply import Writer
from duodesk.core.exchange.columns import ATTENDANCE_FIELD, RECORD_SHEETS
from duodesk.core.exchange.records import READERS, values_of
from duodesk.core.models import (
    Duo,
    ExchangeConflict,
    ExchangeState,
    Person,
    utc_now,
)

_REFERENCES: dict[str, Any] = {"mentee_id": Person, "mentor_id": Person, "duo_id": Duo}


def field_order(record_type: str) -> list[str]:
    names = [name for name in RECORD_SHEETS[record_type].names
             if name not in ("id", "updated_at")]
    if record_type == "meeting":
        names.append(ATTENDANCE_FIELD)
    return names


def differing(conflict: ExchangeConflict) -> list[str]:
    """The fields whose local and file values differ, in the sheet's column order."""
    local, file = conflict.local_values, conflict.file_values
    return [name for name in field_order(conflict.record_type)
            if local.get(name, "") != file.get(name, "")]


def _label(session: Session, record_type: str, key: uuid.UUID, values: dict[str, str]) -> str:
    """A name for the screen: a person's name, a duo's two names, a meeting's kind and time,
    an evaluation's respondent and stage."""
    def person(person_id: object) -> str:
        found = session.execute(select(Person.first_name, Person.last_name)
                                .where(Person.id == person_id)).first()
        return f"{found[0]} {found[1]}" if found else ""

    if record_type in ("mentee", "mentor"):
        return person(key) or f"{values.get('first_name', '')} {values.get('last_name', '')}"
    if record_type == "duo":
        names = session.execute(select(Duo.mentee_id, Duo.mentor_id).where(Duo.id == key)).first()
        if names is None:
            return ""
        return f"{person(names[0])} & {person(names[1])}"
    if record_type == "meeting":
        return f"{values.get('kind', '')} {values.get('starts_at', '').replace('T', ' ')}"
    return f"{values.get('respondent', '')} {values.get('stage', '')}"


def list_conflicts(session: Session) -> list[ConflictView]:
    found = session.scalars(select(ExchangeConflict).where(ExchangeConflict.resolved_at.is_(None))
                            .order_by(ExchangeConflict.created_at, ExchangeConflict.id))
    views = []
    for conflict in found:
        base = conflict.base_values
        fields = tuple(ConflictField(name, None if base is None else base.get(name, ""),
                                     conflict.local_values.get(name, ""),
                                     conflict.file_values.get(name, ""))
                       for name in differing(conflict))
        views.append(ConflictView(
            conflict.id, conflict.record_type, conflict.record_id,
            _label(session, conflict.record_type, conflict.record_id, conflict.file_values),
            fields, conflict.file_name, conflict.file_updated_at))
    return views


def _check_references(session: Session, values: dict[str, str]) -> None:
    for name, table in _REFERENCES.items():
        value = values.get(name)
        if value and session.scalar(select(table.id).where(
                table.id == uuid.UUID(value))) is None:
            raise InvalidValue(field=name, reason="broken_reference")


def resolve_conflict(session: Session, conflict_id: uuid.UUID,
                     choices: Mapping[str, Choice]) -> None:
    from duodesk.core.exchange.merge import Lookups, stamp_state

    conflict = session.get(ExchangeConflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise NotFound(record_type="exchange_conflict")
    fields = differing(conflict)
    for name in fields:
        if choices.get(name) not in ("local", "file"):
            raise InvalidValue(field=name, reason="required")
    record_type, key = conflict.record_type, conflict.record_id
    sheet = RECORD_SHEETS[record_type]
    found = list(READERS[sheet.name](session.connection(), key))  # one row, or none
    if not found:
        raise NotFound(record_type=record_type)
    local = values_of(sheet, found[0])
    merged = dict(local)
    merged.update({name: conflict.file_values.get(name, "") for name in fields
                   if choices[name] == "file"})
    if merged != local:
        _check_references(session, merged)
        stamp = conflict.file_updated_at if merged == conflict.file_values else utc_now()
        writer = Writer(session)
        writer.write(record_type, key, merged, stamp, local, Lookups(session))
        writer.flush()
    exists = session.get(ExchangeState, (record_type, key)) is not None
    stamp_state(session, record_type, key, conflict.file_updated_at, conflict.file_values,
                exists=exists)
    conflict.resolved_at = utc_now()


