"""Writing records of an exchange workbook into the database, in the caller's transaction.

Values arrive as the canonical text of :mod:`.columns`; each record keeps the file's
``updated_at``. New records are written in bulk (Core ``INSERT`` of many rows), changed
ones one by one. An import sets statuses as given (it is data from headquarters, not a
coordinator's step) and stamps each change in the status history. Names the workbook uses
for people of the organisation (a coordinator, a referring partner) are looked up by name
and created when unknown.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from duodesk.core import codes
from duodesk.core.duo_status import planned_end
from duodesk.core.exchange.columns import ATTENDANCE_FIELD
from duodesk.core.models import (
    Antenna,
    AuditEntry,
    Base,
    Consent,
    Coordinator,
    Duo,
    Evaluation,
    Meeting,
    MeetingAttendee,
    Mentee,
    Mentor,
    Partner,
    Person,
    PersonLanguage,
    PersonSector,
    StatusChange,
    utc_now,
)
from duodesk.core.services import audit
from duodesk.core.text import name_sort_key

# A duo created from the workbook (which has no agreement-language column) gets its
# antenna's usual language.
_DUTCH_ANTENNAS = frozenset({"ANT", "GNT", "MEC"})
CONSENT_VERSION = "exchange"
BATCH = 500


def _text(value: str) -> str | None:
    return value or None


def _day(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def _bool(value: str) -> bool | None:
    return None if not value else value == "yes"


def _uid(value: str) -> uuid.UUID | None:
    return uuid.UUID(value) if value else None


class Writer:
    """Creates and updates records of one import (or one conflict's resolution)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.now = utc_now()
        self._antennas = {code: key for key, code in session.execute(
            select(Antenna.id, Antenna.code))}
        self._antenna_codes = {key: code for code, key in self._antennas.items()}
        self._coordinators: dict[str, uuid.UUID] | None = None
        self._partners: dict[str, uuid.UUID] | None = None
        self._pending: dict[Any, list[dict[str, Any]]] = {}
        # Every record created or changed is stamped in the audit trail (SPEC §9).
        self._coordinator = audit.current_coordinator_id(session)

    # --- names of the organisation ---------------------------------------------------------
    def coordinator_id(self, name: str) -> uuid.UUID | None:
        if not name:
            return None
        if self._coordinators is None:
            self._coordinators = {}
            for key, known in self.session.execute(
                    select(Coordinator.id, Coordinator.name).order_by(Coordinator.created_at)):
                self._coordinators.setdefault(known, key)
        if name not in self._coordinators:
            key = uuid.uuid4()
            self.session.execute(insert(Coordinator), [{
                "id": key, "name": name, "active": True, "created_at": self.now,
                "updated_at": self.now}])
            self._coordinators[name] = key
        return self._coordinators[name]

    def partner_id(self, name: str) -> uuid.UUID | None:
        if not name:
            return None
        if self._partners is None:
            self._partners = dict(
                (known, key) for key, known in self.session.execute(
                    select(Partner.id, Partner.name)))
        if name not in self._partners:
            key = uuid.uuid4()
            self.session.execute(insert(Partner), [{
                "id": key, "name": name, "kind": codes.PartnerKind.OTHER,
                "created_at": self.now, "updated_at": self.now}])
            self._partners[name] = key
        return self._partners[name]

    def antenna_codes(self) -> tuple[str, ...]:
        return tuple(sorted(self._antennas))

    # --- bulk inserts --------------------------------------------------------------------
    def _add(self, table: Any, row: dict[str, Any]) -> None:
        rows = self._pending.setdefault(table, [])
        rows.append(row)
        if len(rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Write every row waiting, parents first so that foreign keys hold."""
        for table in Base.metadata.sorted_tables:
            rows = self._pending.pop(table, None)
            if rows:
                self.session.execute(insert(table), rows)

    # --- persons ---------------------------------------------------------------------------
    def person(self, role: str, key: uuid.UUID, values: dict[str, str], stamp: datetime,
               local: dict[str, str] | None) -> None:
        """Create (``local`` None) or update a mentee or mentor."""
        common = {
            "antenna_id": self._antennas[values["antenna"]],
            "first_name": values["first_name"], "last_name": values["last_name"],
            "sort_key": name_sort_key(values["last_name"], values["first_name"]),
            "gender": _text(values["gender"]), "birth_date": _day(values["birth_date"]),
            "email": _text(values["email"]), "phone": _text(values["phone"]),
            "postal_code": _text(values["postal_code"]),
            "municipality": _text(values["municipality"]),
            "registered_on": _day(values["registered_on"]), "updated_at": stamp,
        }
        if role == "mentee":
            table: Any = Mentee
            own = {"status": values["status"],
                   "education_level": _text(values["education_level"]),
                   "referral_partner_id": self.partner_id(values["referral_partner"]),
                   "referral_date": _day(values["referral_date"])}
        else:
            table = Mentor
            own = {"status": values["status"], "employer": _text(values["employer"]),
                   "trained_on": _day(values["trained_on"])}
        old = local or {}
        if local is None:
            self._add(Person.__table__, {"id": key, "role": role, "availability": 0,
                                         "created_at": self.now, **common})
            self._add(table.__table__, {"id": key, **own} if role == "mentee" else
                      {"id": key, "max_duos": 1, **own})
        else:
            self.session.execute(update(Person).where(Person.id == key).values(**common))
            self.session.execute(update(table).where(table.id == key).values(**own))
        if old.get("languages", "") != values["languages"]:
            if local is not None:
                self.session.execute(delete(PersonLanguage).where(
                    PersonLanguage.person_id == key))
            for part in filter(None, values["languages"].split(";")):
                language, _, level = part.partition(":")
                self._add(PersonLanguage.__table__, {"person_id": key, "language": language,
                                                     "level": level or "good"})
        if old.get("sectors", "") != values["sectors"]:
            if local is not None:
                self.session.execute(delete(PersonSector).where(PersonSector.person_id == key))
            for sector in filter(None, values["sectors"].split(";")):
                self._add(PersonSector.__table__, {"person_id": key, "sector": sector})
        if old.get("consent_on", "") != values["consent_on"]:
            self._consent(key, values["consent_on"], stamp, local is None)
        if old.get("status") != values["status"]:
            self._add(StatusChange.__table__, {
                "id": uuid.uuid4(), "person_id": key, "from_status": old.get("status"),
                "to_status": values["status"], "changed_at": self.now,
                "created_at": self.now, "updated_at": self.now})

    def _consent(self, key: uuid.UUID, given: str, stamp: datetime, new: bool) -> None:
        """The ``programme`` consent as headquarters has it: a date given, or none (which
        withdraws the one in force)."""
        if not new:
            self.flush()
            current = self.session.scalars(select(Consent).where(
                Consent.person_id == key, Consent.purpose == codes.ConsentPurpose.PROGRAMME,
                Consent.withdrawn_on.is_(None))).all()
            for consent in current:
                if not given:
                    consent.withdrawn_on = stamp.date()
                elif consent.given_on != date.fromisoformat(given):
                    consent.given_on = date.fromisoformat(given)
                    given = ""  # moved, not added
            if current:
                self.session.flush()
                if not given:
                    return
        if given:
            self._add(Consent.__table__, {
                "id": uuid.uuid4(), "person_id": key, "purpose": "programme",
                "given_on": date.fromisoformat(given), "text_version": CONSENT_VERSION,
                "created_at": self.now, "updated_at": self.now})

    # --- duos, meetings, evaluations ---------------------------------------------------------
    def duo(self, key: uuid.UUID, values: dict[str, str], stamp: datetime,
            local: dict[str, str] | None, antenna_of: dict[str, uuid.UUID]) -> None:
        start = _day(values["start_date"] or values["agreement_signed_on"])
        row = {
            "mentee_id": uuid.UUID(values["mentee_id"]),
            "mentor_id": uuid.UUID(values["mentor_id"]),
            "coordinator_id": self.coordinator_id(values["coordinator"]),
            "status": values["status"], "proposed_on": _day(values["proposed_on"]),
            "start_date": start, "planned_end": planned_end(start) if start else None,
            "end_date": _day(values["end_date"]), "end_reason": _text(values["end_reason"]),
            "outcome": _text(values["outcome"]), "outcome_date": _day(values["outcome_date"]),
            "updated_at": stamp,
        }
        if local is None:
            antenna = antenna_of[values["mentee_id"]]
            language = "nl" if self._antenna_codes.get(antenna) in _DUTCH_ANTENNAS else "fr"
            self._add(Duo.__table__, {"id": key, "antenna_id": antenna, "created_at": self.now,
                                      "agreement_language": language, **row})
        else:
            self.session.execute(update(Duo).where(Duo.id == key).values(**row))
        if (local or {}).get("status") != values["status"]:
            self._add(StatusChange.__table__, {
                "id": uuid.uuid4(), "duo_id": key, "from_status": (local or {}).get("status"),
                "to_status": values["status"], "changed_at": self.now,
                "created_at": self.now, "updated_at": self.now})

    def meeting(self, key: uuid.UUID, values: dict[str, str], stamp: datetime,
                local: dict[str, str] | None, duo_people: dict[str, tuple[Any, Any]]) -> None:
        row = {
            "duo_id": _uid(values["duo_id"]), "kind": values["kind"],
            "status": values["status"],
            "coordinator_id": self.coordinator_id(values["coordinator"]),
            "starts_at": datetime.fromisoformat(values["starts_at"]),
            "duration_min": int(values["duration_min"]),
            "location": _text(values["location"]), "summary": _text(values["summary"]),
            "updated_at": stamp,
        }
        if local is None:
            self._add(Meeting.__table__, {"id": key, "created_at": self.now, **row})
        else:
            self.session.execute(update(Meeting).where(Meeting.id == key).values(**row))
        old = local or {}
        if values["duo_id"]:
            wanted = _bool(values["attended"])
            if local is None or old.get("duo_id") != values["duo_id"]:
                if local is not None:
                    self._clear_attendees(key)
                for person in duo_people[values["duo_id"]]:
                    self._add(MeetingAttendee.__table__, {
                        "meeting_id": key, "person_id": person, "attended": wanted})
            elif old.get("attended") != values["attended"]:
                self.session.execute(update(MeetingAttendee).where(
                    MeetingAttendee.meeting_id == key).values(attended=wanted))
        elif local is None or old.get(ATTENDANCE_FIELD, "") != values[ATTENDANCE_FIELD]:
            if local is not None:
                self._clear_attendees(key)
            for part in filter(None, values[ATTENDANCE_FIELD].split(";")):
                person, _, attended = part.partition(":")
                self._add(MeetingAttendee.__table__, {
                    "meeting_id": key, "person_id": uuid.UUID(person),
                    "attended": _bool(attended)})

    def _clear_attendees(self, key: uuid.UUID) -> None:
        self.flush()
        self.session.execute(delete(MeetingAttendee).where(MeetingAttendee.meeting_id == key))

    def evaluation(self, key: uuid.UUID, values: dict[str, str], stamp: datetime,
                   local: dict[str, str] | None) -> None:
        row: dict[str, Any] = {
            "duo_id": uuid.UUID(values["duo_id"]), "respondent": values["respondent"],
            "stage": values["stage"], "answered_on": _day(values["answered_on"]),
            "updated_at": stamp,
            **{name: _bool(values[name]) for name in (
                "professional_project_defined", "more_confident", "network_expanded",
                "coaching_skills_improved", "feels_useful", "added_value")},
        }
        if local is None:
            self._add(Evaluation.__table__, {"id": key, "created_at": self.now, **row})
        else:
            self.session.execute(update(Evaluation).where(Evaluation.id == key).values(**row))

    def write(self, record_type: str, key: uuid.UUID, values: dict[str, str],
              stamp: datetime, local: dict[str, str] | None, lookups: Any) -> None:
        """Create or update one record of any type."""
        changed = sorted(values) if local is None else sorted(
            name for name, value in values.items() if local.get(name) != value)
        self._add(AuditEntry.__table__, {
            "id": uuid.uuid4(), "created_at": self.now, "updated_at": self.now,
            "at": self.now, "coordinator_id": self._coordinator,
            "action": codes.AuditAction.CREATE if local is None else codes.AuditAction.UPDATE,
            "record_type": record_type, "record_id": key,
            "fields": ",".join(changed) or None})
        if record_type in ("mentee", "mentor"):
            self.person(record_type, key, values, stamp, local)
        elif record_type == "duo":
            self.duo(key, values, stamp, local, lookups.antenna_of())
        elif record_type == "meeting":
            self.meeting(key, values, stamp, local, lookups.duo_people())
        else:
            self.evaluation(key, values, stamp, local)


def ids(session: Session, column: Any) -> set[str]:
    """Every id of a table, as the text the workbook writes."""
    return {str(key) for key in session.scalars(select(column))}


def pairs(rows: Iterable[tuple[Any, ...]]) -> dict[str, Any]:
    return {str(row[0]): row[1] if len(row) == 2 else tuple(row[1:]) for row in rows}
