"""Candidate files: mentees and mentors (SPEC §3, §4.2).

:class:`PersonService` is what the Mentees and Mentors pages, the import and the command
line use: create and edit a file with every field checked, open a whole file, change a
status along its path, write in the journal, warn of duplicates, and list 100,000 persons
fast (ids first, rows a page at a time, see :mod:`person_queries`). Each action is one
transaction stamped in the audit trail with field names, never values.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable, Sequence
from dataclasses import fields, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from duodesk.core.codes import AuditAction, DuoStatus, MenteeStatus, MentorStatus, PersonRole
from duodesk.core.database import Database
from duodesk.core.errors import IllegalStatusChange, InvalidValue, NotFound, ValidationErrors
from duodesk.core.models import (
    Antenna,
    AppSetting,
    Duo,
    Mentee,
    MenteeBarrier,
    Mentor,
    MentorTrainingModule,
    Partner,
    Person,
    PersonInterest,
    PersonLanguage,
    PersonSector,
    StatusChange,
)
from duodesk.core.services import audit, duplicates, journal, person_queries
from duodesk.core.services.organisation import HOME_ANTENNA_KEY
from duodesk.core.services.person_data import (
    DuplicateMatch,
    HistoryItem,
    JournalEntryView,
    MenteeData,
    MentorData,
    PersonData,
    PersonFile,
    PersonQuery,
    PersonRow,
    availability_slots,
)
from duodesk.core.services.person_form import CleanPerson, clean_person
from duodesk.core.status import next_statuses
from duodesk.core.validation import age_on

# Fields whose view is audited: special-category data (SPEC §9).
SPECIAL_CATEGORY_FIELDS = ("target_group_met",)
_CHILD_FIELDS = ("languages", "sectors", "interests", "barriers", "training_modules")


class PersonService:
    """Mentee and mentor files on one database. Every method opens its own session and
    returns plain data; ``today`` can be replaced for tests."""

    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self.db = db
        self.today = today
        self.search_index = db.backend.person_search()
        # The UUIDs of the ids tables asked for, made once (see person_queries.uuids).
        self._known_ids: dict[str, uuid.UUID] = {}

    # --- creating and editing ----------------------------------------------------------
    def create_mentee(self, data: MenteeData, *, allow_unchecked_phone: bool = False
                      ) -> uuid.UUID:
        """Register a new mentee (status ``registered``); raises ``ValidationErrors``.

        With ``allow_unchecked_phone`` a phone number that cannot be read is kept as typed
        (an import's warning) instead of refused.
        """
        return self._create(data, allow_unchecked_phone)

    def create_mentor(self, data: MentorData, *, allow_unchecked_phone: bool = False
                      ) -> uuid.UUID:
        """Register a new mentor (status ``registered``); raises ``ValidationErrors``."""
        return self._create(data, allow_unchecked_phone)

    def _create(self, data: MenteeData | MentorData, allow_unchecked_phone: bool) -> uuid.UUID:
        with self.db.write() as session:
            data = replace(
                data,
                registered_on=data.registered_on or self.today(),
                coordinator_id=data.coordinator_id or audit.current_coordinator_id(session),
                antenna_id=data.antenna_id or _home_antenna_id(session),
            )
            clean = clean_person(session, data, self.today(),
                                 allow_unchecked_phone=allow_unchecked_phone)
            person: Mentee | Mentor
            if isinstance(data, MenteeData):
                person = Mentee(status=MenteeStatus.REGISTERED)
            else:
                person = Mentor(status=MentorStatus.REGISTERED)
            _apply(person, clean)
            session.add(person)
            session.flush()
            session.add(StatusChange(person_id=person.id, from_status=None,
                                     to_status=str(person.status),
                                     coordinator_id=audit.current_coordinator_id(session)))
            filled = [name for name in _field_names(data) if _is_filled(_current(person, name))]
            audit.record(session, AuditAction.CREATE, data.role.value, person.id, filled)
            return person.id

    def update(self, person_id: uuid.UUID, data: MenteeData | MentorData, *,
               allow_unchecked_phone: bool = False) -> list[str]:
        """Save an edited file; returns the names of the fields that changed (empty when
        nothing did). Raises ``ValidationErrors``, ``NotFound``, or ``InvalidValue(field=
        "role", reason="role_mismatch")`` for mentor data on a mentee or the reverse."""
        with self.db.write() as session:
            person = _load(session, person_id)
            if PersonRole(person.role) != data.role:
                raise InvalidValue(field="role", reason="role_mismatch")
            data = replace(data, registered_on=data.registered_on or person.registered_on,
                           antenna_id=data.antenna_id or person.antenna_id)
            clean = clean_person(session, data, self.today(),
                                 allow_unchecked_phone=allow_unchecked_phone)
            before = {name: _current(person, name) for name in _field_names(data)}
            _apply(person, clean)
            changed = [name for name in _field_names(data)
                       if _current(person, name) != before[name]]
            if changed:
                audit.record(session, AuditAction.UPDATE, data.role.value, person.id, changed)
            return changed

    def check(self, data: MenteeData | MentorData) -> list[InvalidValue]:
        """The problems a save of ``data`` would raise, without saving (inline validation)."""
        with self.db.read() as session:
            data = replace(data, registered_on=data.registered_on or self.today(),
                           antenna_id=data.antenna_id or _home_antenna_id(session))
            try:
                clean_person(session, data, self.today())
            except ValidationErrors as errors:
                return errors.problems
        return []

    # --- a whole file ---------------------------------------------------------------------
    def get(self, person_id: uuid.UUID, *, record_view: bool = True) -> PersonFile:
        """A person's whole file: profile, journal and history. Raises ``NotFound``.

        Opening a mentee's file shows special-category data, so the view is stamped in the
        audit trail unless ``record_view`` is false (a program reading, not a person).
        """
        with self.db.read() as session:
            person = _load(session, person_id, children=True)
            role = PersonRole(person.role)
            antenna = session.get(Antenna, person.antenna_id)
            partner_id = (person.referral_partner_id if isinstance(person, Mentee)
                          else person.company_partner_id)
            partner = session.get(Partner, partner_id) if partner_id else None
            names = journal.coordinator_names(session, {person.coordinator_id})
            result = PersonFile(
                id=person.id, role=role, status=str(person.status),
                data=_data_of(person), created_at=person.created_at,
                updated_at=person.updated_at,
                age=age_on(person.birth_date, self.today()) if person.birth_date else None,
                antenna_code=antenna.code if antenna else "",
                antenna_name=antenna.name if antenna else "",
                coordinator_name=names.get(person.coordinator_id)
                if person.coordinator_id else None,
                partner_name=partner.name if partner else None,
                next_statuses=_next_statuses(role, str(person.status)),
                journal=tuple(journal.journal(session, person_id)),
                history=tuple(journal.history(session, person_id)),
                paused_until=person.paused_until if isinstance(person, Mentor) else None,
                trained_on=person.trained_on if isinstance(person, Mentor) else None,
                anonymised_on=person.anonymised_at.date() if person.anonymised_at else None,
            )
        if record_view and role == PersonRole.MENTEE:
            with self.db.write() as session:
                audit.record(session, AuditAction.VIEW, role.value, person_id,
                             SPECIAL_CATEGORY_FIELDS)
        return result

    def change_status(self, person_id: uuid.UUID, new_status: str, *,
                      reason: str | None = None, until: date | None = None) -> None:
        """Move a person along the status path (``until``: end of a mentor's pause);
        raises ``IllegalStatusChange`` with the reason, or ``NotFound``."""
        with self.db.write() as session:
            person = _load(session, person_id)
            _refuse_leaving_a_live_duo(session, person, new_status)
            journal.record_status_change(session, person, new_status, reason=reason,
                                         until=until, today=self.today())

    def add_journal_entry(self, person_id: uuid.UUID, text: str) -> JournalEntryView:
        """Write a note in a person's journal, stamped with the current coordinator."""
        with self.db.write() as session:
            person = _load(session, person_id)
            return journal.add_journal_entry(session, person_id, PersonRole(person.role), text)

    def journal(self, person_id: uuid.UUID) -> list[JournalEntryView]:
        """A person's journal, newest first."""
        with self.db.read() as session:
            return journal.journal(session, person_id)

    def history(self, person_id: uuid.UUID) -> list[HistoryItem]:
        """A file's history, newest first: creation, edits (field names) and statuses."""
        with self.db.read() as session:
            return journal.history(session, person_id)

    def find_duplicates(self, candidate: PersonData, *, exclude_id: uuid.UUID | None = None,
                        threshold: float | None = None) -> list[DuplicateMatch]:
        """Known persons who may be ``candidate`` (same email, same phone, or same birth
        date and a close name), strongest first."""
        with self.db.read() as session:
            return duplicates.find_duplicates(session, candidate, exclude_id=exclude_id,
                                              threshold=threshold)

    # --- tables and search ------------------------------------------------------------------
    def count(self, query: PersonQuery) -> int:
        """How many persons a table of ``query`` shows."""
        with self.db.read() as session:
            return person_queries.count_persons(session, query, self.search_index)

    def ids(self, query: PersonQuery) -> list[uuid.UUID]:
        """The ids of the persons of ``query``, in display order."""
        with self.db.read() as session:
            return person_queries.person_ids(session, query, self.search_index,
                                             self._known_ids)

    def rows(self, ids: Sequence[uuid.UUID]) -> list[PersonRow]:
        """The display columns of some persons (a page of a table), in the order given."""
        with self.db.read() as session:
            return person_queries.person_rows(session, ids, self.today())

    def search(self, text: str, *, role: PersonRole | None = None,
               limit: int = person_queries.SEARCH_LIMIT) -> list[uuid.UUID]:
        """Persons whose name, email or phone start as typed (global search), by name."""
        with self.db.read() as session:
            return person_queries.search_persons(session, self.search_index, text,
                                                 role=role, limit=limit,
                                                 known_ids=self._known_ids)

    def municipalities(self, role: PersonRole) -> list[str]:
        """The municipalities for a table's filter."""
        with self.db.read() as session:
            return person_queries.municipalities(session, role)

    def languages_spoken(self, role: PersonRole) -> list[str]:
        """The language codes for a table's filter."""
        with self.db.read() as session:
            return person_queries.languages_spoken(session, role)

    def table_source(self, query: PersonQuery) -> PersonTableSource:
        """What a lazy table model reads: ids for a sort, rows for some ids."""
        return PersonTableSource(self, query)


class PersonTableSource:
    """The rows of a mentee or mentor table for ``duodesk.ui.tables.LazyTableModel``: the
    model's sort keys are those of :data:`person_data.SORT_KEYS`."""

    def __init__(self, service: PersonService, query: PersonQuery) -> None:
        self.service = service
        self.query = query

    def ids(self, sort_key: str | None, descending: bool) -> list[uuid.UUID]:
        query = replace(self.query, sort=sort_key or self.query.sort, descending=descending)
        return self.service.ids(query)

    def rows(self, ids: Sequence[Hashable]) -> list[PersonRow]:
        return self.service.rows([i for i in ids if isinstance(i, uuid.UUID)])


# --- helpers ----------------------------------------------------------------------------------


def _home_antenna_id(session: Session) -> uuid.UUID | None:
    """The antenna new files belong to: the home antenna, else the first by code."""
    value = session.scalar(select(AppSetting.value).where(AppSetting.key == HOME_ANTENNA_KEY))
    if value:
        found = session.scalar(select(Antenna.id).where(Antenna.id == uuid.UUID(value)))
        if found is not None:
            return found
    return session.scalar(select(Antenna.id).order_by(Antenna.code).limit(1))


def _load(session: Session, person_id: uuid.UUID, *, children: bool = False) -> Mentee | Mentor:
    query = select(Person).where(Person.id == person_id)
    if children:
        query = query.options(selectinload(Person.languages), selectinload(Person.sectors),
                              selectinload(Person.interests))
    person = session.scalar(query)
    if not isinstance(person, Mentee | Mentor):
        raise NotFound(record_type="person")
    return person


# The statuses a duo holds a person in: only the duo's own steps (decline, finish, stop)
# take them out of it, so that a duo never lives on with a mentee back on the waiting list.
_HELD_BY_A_DUO = frozenset({MenteeStatus.MATCHED.value, MenteeStatus.IN_DUO.value,
                            MentorStatus.IN_DUO.value})
_LIVE_DUO = (DuoStatus.PROPOSED.value, DuoStatus.ACCEPTED.value, DuoStatus.ACTIVE.value)


def _refuse_leaving_a_live_duo(session: Session, person: Mentee | Mentor,
                               new_status: str) -> None:
    current = str(person.status)
    if current not in _HELD_BY_A_DUO or new_status == current:
        return
    side = Duo.mentee_id if isinstance(person, Mentee) else Duo.mentor_id
    live = session.scalar(select(Duo.id).where(side == person.id,
                                               Duo.status.in_(_LIVE_DUO)).limit(1))
    if live is not None:
        raise IllegalStatusChange(role=str(person.role), from_status=current,
                                  to_status=new_status, reason="live_duo")


def _next_statuses(role: PersonRole, status: str) -> tuple[str, ...]:
    allowed = next_statuses(role.value, status)
    order = MenteeStatus if role == PersonRole.MENTEE else MentorStatus
    return tuple(s.value for s in order if s.value in allowed)


def _field_names(data: PersonData) -> list[str]:
    return [f.name for f in fields(data)]


def _is_filled(value: Any) -> bool:
    if isinstance(value, list | tuple | dict | set | frozenset | str):
        return bool(value)
    return value is not None


def _current(person: Mentee | Mentor, name: str) -> Any:
    """The stored value of a form field, comparable with what the form gives."""
    if name == "languages":
        return sorted((lang.language, str(lang.level)) for lang in person.languages)
    if name == "sectors":
        return sorted(str(s.sector) for s in person.sectors)
    if name == "interests":
        return sorted(i.interest for i in person.interests)
    if name == "barriers" and isinstance(person, Mentee):
        return sorted(str(b.barrier) for b in person.barriers)
    if name == "training_modules" and isinstance(person, Mentor):
        return {m.module: m.completed_on for m in person.training_modules}
    if name == "availability":
        return availability_slots(person.availability or 0)
    return getattr(person, name, None)


def _apply(person: Mentee | Mentor, clean: CleanPerson) -> None:
    """Put clean values on a person, changing only the child rows that differ."""
    for name, value in clean.columns.items():
        if getattr(person, name, None) != value:
            setattr(person, name, value)
    levels = {lang.language: lang for lang in person.languages}
    for language in set(levels) - set(clean.languages):
        person.languages.remove(levels[language])
    for language, level in clean.languages.items():
        if language in levels:
            if levels[language].level != level:
                levels[language].level = level
        else:
            person.languages.append(PersonLanguage(language=language, level=level))
    _sync(person.sectors, "sector", clean.sectors, PersonSector)
    _sync(person.interests, "interest", clean.interests, PersonInterest)
    if isinstance(person, Mentee):
        _sync(person.barriers, "barrier", clean.barriers, MenteeBarrier)
    else:
        modules = {m.module: m for m in person.training_modules}
        for module in set(modules) - set(clean.training_modules):
            person.training_modules.remove(modules[module])
        for module, completed_on in clean.training_modules.items():
            if module in modules:
                if modules[module].completed_on != completed_on:
                    modules[module].completed_on = completed_on
            else:
                person.training_modules.append(
                    MentorTrainingModule(module=module, completed_on=completed_on))


def _sync(rows: list[Any], attribute: str, wanted: Sequence[Any], model: type) -> None:
    have = {getattr(row, attribute): row for row in rows}
    for value in set(have) - set(wanted):
        rows.remove(have[value])
    for value in wanted:
        if value not in have:
            rows.append(model(**{attribute: value}))


def _data_of(person: Mentee | Mentor) -> MenteeData | MentorData:
    """The form data of a stored person."""
    common: dict[str, Any] = {
        name: _current(person, name) for name in _field_names(PersonData())
    }
    common["languages"] = [(lang.language, lang.level) for lang in
                           sorted(person.languages, key=lambda lang: lang.language)]
    common["sectors"] = sorted((s.sector for s in person.sectors), key=str)
    if isinstance(person, Mentee):
        extra = {name: _current(person, name) for name in _field_names(MenteeData())
                 if name not in common}
        extra["barriers"] = sorted((b.barrier for b in person.barriers), key=str)
        return MenteeData(**common, **extra)
    extra = {name: _current(person, name) for name in _field_names(MentorData())
             if name not in common}
    return MentorData(**common, **extra)
