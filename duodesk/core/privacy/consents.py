"""Consents per person and purpose (SPEC §3 Consent, §9): recorded with the day, the text
version the person agreed to and who collected it; withdrawn with a day, never deleted, so
the file keeps what was allowed when.

A purpose is allowed on a day when a consent for it was given on or before that day and not
withdrawn on or before it (:func:`has_consent`). A consent *to renew* is one still in force
(the latest of its person and purpose) that was given more than N months ago (N per purpose
in Settings; 24 months for ``programme`` and ``followup_contact`` by default) or under
another text version than the purpose's current one, once a current one is set in Settings
(until then the version is not compared: older files hold versions of their own). Only
people still concerned are listed: not those who left the programme, and of a mentee who
finished only the follow-up consent while the 12-month outcome is still to be recorded.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from duodesk.core.codes import (
    AuditAction,
    ConsentPurpose,
    DuoStatus,
    MenteeStatus,
    MentorStatus,
    PersonRole,
)
from duodesk.core.database import Database
from duodesk.core.duo_status import add_months
from duodesk.core.errors import InvalidValue, NotFound, ValidationErrors
from duodesk.core.models import AppSetting, Consent, Coordinator, Duo, Mentee, Mentor, Person
from duodesk.core.services import audit

SETTINGS_KEY = "consent_settings"
DEFAULT_RENEW_MONTHS: dict[ConsentPurpose, int | None] = {
    ConsentPurpose.PROGRAMME: 24,
    ConsentPurpose.FOLLOWUP_CONTACT: 24,
    ConsentPurpose.REFERRER_SHARING: None,
    ConsentPurpose.MEDIA: None,
}
TEXT_VERSION_LIMIT = 32  # the column's size
MAX_RENEW_MONTHS = 120
mentees, mentors = Mentee.__table__, Mentor.__table__
# The audit trail names the fields changed, never their values.
RECORDED_FIELDS = ("purpose", "given_on", "text_version", "collected_by_id")


@dataclass(frozen=True)
class ConsentView:
    """One consent as a file shows it; ``collected_by_name`` is the coordinator's name."""

    id: uuid.UUID
    person_id: uuid.UUID
    purpose: ConsentPurpose
    given_on: date
    text_version: str
    collected_by_id: uuid.UUID | None
    collected_by_name: str | None
    withdrawn_on: date | None

    def in_force(self, on: date) -> bool:
        """Whether this consent allows its purpose on ``on``."""
        return self.given_on <= on and (self.withdrawn_on is None or self.withdrawn_on > on)


@dataclass(frozen=True)
class ConsentSettings:
    """How long a consent holds (months per purpose; None: no limit) and the current text
    version of each purpose (the version a new consent is given under; None: not set, so
    consents are not compared with it)."""

    renew_months: dict[ConsentPurpose, int | None] = field(
        default_factory=lambda: dict(DEFAULT_RENEW_MONTHS))
    text_versions: dict[ConsentPurpose, str | None] = field(
        default_factory=lambda: dict.fromkeys(ConsentPurpose))

    def to_json(self) -> dict[str, Any]:
        return {"renew_months": {p.value: m for p, m in self.renew_months.items()},
                "text_versions": {p.value: v for p, v in self.text_versions.items()}}

    @classmethod
    def from_json(cls, value: Any) -> ConsentSettings:
        """The stored settings; a missing or unreadable entry keeps its default."""
        settings = cls()
        if not isinstance(value, dict):
            return settings
        months = value.get("renew_months") or {}
        versions = value.get("text_versions") or {}
        for purpose in ConsentPurpose:
            stored = months.get(purpose.value, "absent") if isinstance(months, dict) else None
            if stored is None or (isinstance(stored, int) and 0 < stored <= MAX_RENEW_MONTHS):
                settings.renew_months[purpose] = stored
            text = versions.get(purpose.value) if isinstance(versions, dict) else None
            if isinstance(text, str) and text.strip():
                settings.text_versions[purpose] = text.strip()[:TEXT_VERSION_LIMIT]
        return settings


@dataclass(frozen=True)
class ConsentToRenew:
    """A consent in force that should be asked again: ``reason`` is ``expired`` (given more
    than the purpose's months ago; ``due`` the day it expired) or ``old_text`` (given under
    another text version than the current one; ``due`` the day it was given)."""

    consent_id: uuid.UUID
    person_id: uuid.UUID
    role: PersonRole
    person_name: str
    coordinator_id: uuid.UUID | None
    purpose: ConsentPurpose
    given_on: date
    text_version: str
    reason: str
    due: date


class ConsentService:
    """Record, withdraw and list consents; ``today`` can be replaced for tests."""

    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self.db = db
        self.today = today

    # --- settings ------------------------------------------------------------------------
    def settings(self) -> ConsentSettings:
        with self.db.read() as session:
            return read_settings(session)

    def save_settings(self, settings: ConsentSettings) -> None:
        """Store the renewal periods and current text versions; raises ``ValidationErrors``
        naming ``renew_<purpose>`` or ``text_version_<purpose>``."""
        problems = []
        for purpose, months in settings.renew_months.items():
            if months is not None and not 1 <= months <= MAX_RENEW_MONTHS:
                problems.append(InvalidValue(field=f"renew_{purpose.value}",
                                             reason="out_of_range", minimum=1,
                                             maximum=MAX_RENEW_MONTHS))
        for purpose, version in settings.text_versions.items():
            problem = _version_problem(version, f"text_version_{purpose.value}")
            if version is not None and version.strip() and problem is not None:
                problems.append(problem)
        if problems:
            raise ValidationErrors(problems)
        clean = ConsentSettings(dict(settings.renew_months),
                                {p: (v or "").strip() or None
                                 for p, v in settings.text_versions.items()})
        with self.db.write() as session:
            session.merge(AppSetting(key=SETTINGS_KEY, value=clean.to_json()))
            audit.record(session, AuditAction.UPDATE, "setting", None, [SETTINGS_KEY])

    # --- one person's consents -------------------------------------------------------------
    def consents_of(self, person_id: uuid.UUID) -> list[ConsentView]:
        """A person's consents, by purpose, the latest first within a purpose."""
        with self.db.read() as session:
            _person(session, person_id)
            return consents_of(session, person_id)

    def record(self, person_id: uuid.UUID, purpose: ConsentPurpose | str, given_on: date | None,
               text_version: str | None = None,
               collected_by_id: uuid.UUID | None = None) -> ConsentView:
        """Record a consent. ``text_version`` by default the purpose's current one,
        ``collected_by_id`` by default the current coordinator (Settings → Who I am); with
        neither a version given nor a current one set, ``text_version`` is required.
        Raises ``ValidationErrors`` (fields ``purpose``, ``given_on``, ``text_version``) or
        ``NotFound``."""
        problems = []
        code: ConsentPurpose | None = None
        try:
            code = ConsentPurpose(str(purpose))
        except ValueError:
            problems.append(InvalidValue(field="purpose", reason="unknown_code"))
        problems += _day_problems(given_on, "given_on", self.today())
        if text_version is not None:
            version_problem = _version_problem(text_version, "text_version")
            if version_problem is not None:
                problems.append(version_problem)
        if problems:
            raise ValidationErrors(problems)
        assert given_on is not None and code is not None
        with self.db.write() as session:
            _person(session, person_id)
            version = (text_version.strip() if text_version is not None
                       else read_settings(session).text_versions[code])
            if version is None:
                raise ValidationErrors([InvalidValue(field="text_version", reason="required")])
            collector = collected_by_id or audit.current_coordinator_id(session)
            if collector is not None and session.get(Coordinator, collector) is None:
                raise NotFound(record_type="coordinator")
            consent = Consent(id=uuid.uuid4(), person_id=person_id, purpose=code,
                              given_on=given_on, text_version=version,
                              collected_by_id=collector)
            session.add(consent)
            session.flush()
            audit.record(session, AuditAction.CREATE, "consent", consent.id, RECORDED_FIELDS)
            return _view(session, consent)

    def withdraw(self, consent_id: uuid.UUID, withdrawn_on: date | None) -> ConsentView:
        """Withdraw a consent from ``withdrawn_on`` on (the row stays). Raises
        ``ValidationErrors`` (field ``withdrawn_on``: in the future, before the consent was
        given, or already withdrawn) or ``NotFound``."""
        problems = _day_problems(withdrawn_on, "withdrawn_on", self.today())
        if problems:
            raise ValidationErrors(problems)
        assert withdrawn_on is not None
        with self.db.write() as session:
            consent = session.get(Consent, consent_id)
            if consent is None:
                raise NotFound(record_type="consent")
            if consent.withdrawn_on is not None:
                raise ValidationErrors([InvalidValue(field="withdrawn_on",
                                                     reason="already_withdrawn")])
            if withdrawn_on < consent.given_on:
                raise ValidationErrors([InvalidValue(field="withdrawn_on",
                                                     reason="before_given")])
            consent.withdrawn_on = withdrawn_on
            audit.record(session, AuditAction.UPDATE, "consent", consent.id, ["withdrawn_on"])
            session.flush()
            return _view(session, consent)

    def has_consent(self, person_id: uuid.UUID, purpose: ConsentPurpose,
                    on: date | None = None) -> bool:
        with self.db.read() as session:
            return has_consent(session, person_id, purpose, on or self.today())

    # --- renewals --------------------------------------------------------------------------
    def to_renew(self, coordinator_id: uuid.UUID | None = None,
                 person_id: uuid.UUID | None = None) -> list[ConsentToRenew]:
        """The consents to ask again, the longest due first (see the module's docstring);
        only one coordinator's people, or one person's, when asked."""
        with self.db.read() as session:
            return to_renew(session, self.today(), coordinator_id, person_id)


# --- inside a session -----------------------------------------------------------------------


def read_settings(session: Session) -> ConsentSettings:
    value = session.scalar(select(AppSetting.value).where(AppSetting.key == SETTINGS_KEY))
    return ConsentSettings.from_json(value)


def has_consent(session: Session, person_id: uuid.UUID, purpose: ConsentPurpose,
                on: date) -> bool:
    """Whether ``person_id`` allowed ``purpose`` on the day ``on``."""
    return session.scalar(select(Consent.id).where(
        Consent.person_id == person_id, Consent.purpose == purpose, Consent.given_on <= on,
        or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > on)).limit(1)) is not None


def consents_of(session: Session, person_id: uuid.UUID) -> list[ConsentView]:
    rows = session.scalars(select(Consent).where(Consent.person_id == person_id)).all()
    order = list(ConsentPurpose)
    rows = sorted(rows, key=lambda c: (order.index(c.purpose), -c.given_on.toordinal(),
                                       c.created_at))
    names = _names(session, {c.collected_by_id for c in rows})
    return [_view(session, c, names) for c in rows]


def to_renew(session: Session, today: date, coordinator_id: uuid.UUID | None = None,
             person_id: uuid.UUID | None = None) -> list[ConsentToRenew]:
    """The consents to renew on ``today`` (one query; only the conditions the settings make
    can match, so an antenna with no limits reads nothing)."""
    settings = read_settings(session)
    newer = aliased(Consent)
    conditions = []
    for purpose in ConsentPurpose:
        months = settings.renew_months.get(purpose)
        current = settings.text_versions.get(purpose)
        parts = [] if current is None else [Consent.text_version != current]
        if months is not None:
            parts.append(Consent.given_on <= add_months(today, -months))
        if parts:
            conditions.append(and_(Consent.purpose == purpose, or_(*parts)))
    if not conditions:
        return []
    superseded = (select(newer.id).where(
        newer.person_id == Consent.person_id, newer.purpose == Consent.purpose,
        newer.withdrawn_on.is_(None), newer.given_on <= today,
        or_(newer.given_on > Consent.given_on,
            and_(newer.given_on == Consent.given_on, newer.created_at > Consent.created_at)))
        .exists())
    # Plain columns, not ORM objects: at 100,000 people the list is read for Today.
    query = (select(Consent.id, Consent.person_id, Consent.purpose, Consent.given_on,
                    Consent.text_version, Person.role, Person.first_name, Person.last_name,
                    Person.coordinator_id)
             .join(Person, Person.id == Consent.person_id)
             .where(Consent.withdrawn_on.is_(None), or_(*conditions),
                    _still_concerned(), Person.anonymised_at.is_(None), ~superseded))
    if coordinator_id is not None:
        query = query.where(Person.coordinator_id == coordinator_id)
    if person_id is not None:
        query = query.where(Consent.person_id == person_id)
    found = []
    for (consent_id, person_id, purpose, given_on, version, role, first, last,
         coordinator) in session.execute(query):
        months = settings.renew_months.get(purpose)
        expires = add_months(given_on, months) if months is not None else None
        if expires is not None and expires <= today:
            reason, due = "expired", expires
        else:
            reason, due = "old_text", given_on
        found.append(ConsentToRenew(consent_id, person_id, PersonRole(role),
                                    f"{first} {last}".strip(), coordinator,
                                    ConsentPurpose(purpose), given_on, version, reason, due))
    found.sort(key=lambda item: (item.due, item.person_name))
    return found


def _still_concerned() -> Any:
    """People a renewal still matters for: not those who left the programme (withdrawn, not
    eligible, stopped, a mentor who left: retention deals with their files), and of a
    mentee who finished only the follow-up consent, while an ended duo of theirs awaits its
    12-month outcome. As sets of ids looked up once (the status indexes), so that the old
    consents of people long gone cost one probe each."""
    active = [status.value for status in MenteeStatus if status not in (
        MenteeStatus.WITHDRAWN, MenteeStatus.NOT_ELIGIBLE, MenteeStatus.STOPPED,
        MenteeStatus.FINISHED)]
    concerned = union_all(
        select(mentees.c.id).where(mentees.c.status.in_(active)),
        select(mentors.c.id).where(mentors.c.status != MentorStatus.LEFT.value))
    awaiting_outcome = (select(Duo.mentee_id).join(mentees, mentees.c.id == Duo.mentee_id)
                        .where(mentees.c.status == MenteeStatus.FINISHED.value,
                               Duo.status.in_([DuoStatus.FINISHED, DuoStatus.STOPPED]),
                               Duo.outcome.is_(None)))
    return or_(Consent.person_id.in_(concerned),
               and_(Consent.purpose == ConsentPurpose.FOLLOWUP_CONTACT,
                    Consent.person_id.in_(awaiting_outcome)))


def _person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(record_type="person")
    return person


def _names(session: Session, ids: set[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(Coordinator.id, Coordinator.name)
                           .where(Coordinator.id.in_(wanted)))
    return {row[0]: row[1] for row in rows}


def _view(session: Session, consent: Consent,
          names: dict[uuid.UUID, str] | None = None) -> ConsentView:
    if names is None:
        names = _names(session, {consent.collected_by_id})
    collector = consent.collected_by_id
    return ConsentView(consent.id, consent.person_id, ConsentPurpose(consent.purpose),
                       consent.given_on, consent.text_version, collector,
                       names.get(collector) if collector else None, consent.withdrawn_on)


def _day_problems(day: date | None, name: str, today: date) -> list[InvalidValue]:
    if day is None:
        return [InvalidValue(field=name, reason="required")]
    if day > today:
        return [InvalidValue(field=name, reason="date_in_future")]
    if day.year < 1990:  # before the programme existed: a typing slip
        return [InvalidValue(field=name, reason="date_implausible")]
    return []


def _version_problem(version: str | None, name: str) -> InvalidValue | None:
    text = (version or "").strip()
    if not text:
        return InvalidValue(field=name, reason="required")
    if len(text) > TEXT_VERSION_LIMIT:
        return InvalidValue(field=name, reason="too_long", limit=TEXT_VERSION_LIMIT)
    return None
