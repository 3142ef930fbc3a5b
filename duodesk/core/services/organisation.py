"""The organisation around the files: antennas, coordinators, who is using the program and
which antenna this database serves (Settings page, SPEC §3, §4.9)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duodesk.core.codes import AuditAction
from duodesk.core.database import Database
from duodesk.core.errors import InvalidValue, NotFound
from duodesk.core.models import Antenna, AppSetting, Coordinator
from duodesk.core.services import audit
from duodesk.core.services.audit import CURRENT_COORDINATOR_KEY
from duodesk.core.text import fold

HOME_ANTENNA_KEY = "home_antenna_id"
ANTENNA_CODE = re.compile(r"^[A-Z]{2,8}$")


@dataclass(frozen=True)
class AntennaView:
    id: uuid.UUID
    code: str
    name: str


@dataclass(frozen=True)
class CoordinatorView:
    id: uuid.UUID
    name: str
    email: str | None
    antenna_id: uuid.UUID | None
    antenna_code: str | None
    active: bool


@dataclass(frozen=True)
class OrganisationOverview:
    """Who and where, read in one go (the Settings page, the status bar)."""

    coordinators: list[CoordinatorView]
    antennas: list[AntennaView]
    current: CoordinatorView | None
    home: AntennaView | None


# The reads below use the tables, not the mapped classes: they run on the way to the first
# window, where an ORM query would configure every mapper first (20 ms).
_antennas, _coordinators, _settings = Antenna.__table__, Coordinator.__table__, AppSetting.__table__


def _setting(session: Session, key: str) -> Any:
    return session.scalar(select(_settings.c.value).where(_settings.c.key == key))


def _antenna_views(session: Session) -> list[AntennaView]:
    query = select(_antennas.c.id, _antennas.c.code, _antennas.c.name).order_by(_antennas.c.code)
    return [AntennaView(id_, code, name) for id_, code, name in session.execute(query)]


def _coordinator_views(session: Session, include_inactive: bool = True) -> list[CoordinatorView]:
    c = _coordinators.c
    query = (select(c.id, c.name, c.email, c.antenna_id, _antennas.c.code, c.active)
             .outerjoin(_antennas, c.antenna_id == _antennas.c.id))
    if not include_inactive:
        query = query.where(c.active.is_(True))
    # Sorted here with accents folded (Élodie beside Elise): SQLite's lower() knows only
    # ASCII and would put every accented name after Z. A few dozen rows.
    return sorted((CoordinatorView(*row) for row in session.execute(query)),
                  key=lambda view: (fold(view.name), view.name))


View = TypeVar("View", AntennaView, CoordinatorView)


def _chosen(views: list[View], value: Any) -> View | None:
    return next((view for view in views if str(view.id) == value), None) if value else None


def normalise_email(value: str | None, field: str = "email") -> str | None:
    """A checked, lower-cased email address (no network look-up), or None when empty."""
    value = (value or "").strip()
    if not value:
        return None
    from email_validator import EmailNotValidError, validate_email

    try:
        checked = validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        raise InvalidValue(field=field, reason="email") from None
    return checked.normalized.lower()


def _required_text(value: str | None, field: str, limit: int) -> str:
    value = " ".join((value or "").split())
    if not value:
        raise InvalidValue(field=field, reason="required")
    if len(value) > limit:
        raise InvalidValue(field=field, reason="too_long", limit=limit)
    return value


class OrganisationService:
    """Antennas, coordinators and the settings that say who and where the user is."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- settings ------------------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        with self.db.read() as session:
            value = _setting(session, key)
        return default if value is None else value

    def overview(self) -> OrganisationOverview:
        """Coordinators, antennas, who I am and the home antenna, in one reading."""
        with self.db.read() as session:
            coordinators, antennas = _coordinator_views(session), _antenna_views(session)
            return OrganisationOverview(
                coordinators, antennas,
                _chosen(coordinators, _setting(session, CURRENT_COORDINATOR_KEY)),
                _chosen(antennas, _setting(session, HOME_ANTENNA_KEY)))

    def set_setting(self, key: str, value: Any) -> None:
        with self.db.write() as session:
            session.merge(AppSetting(key=key, value=value))
            audit.record(session, AuditAction.UPDATE, "setting", None, [key])

    # --- antennas -----------------------------------------------------------------------
    def antennas(self) -> list[AntennaView]:
        with self.db.read() as session:
            return _antenna_views(session)

    def add_antenna(self, code: str, name: str) -> AntennaView:
        code = (code or "").strip().upper()
        if not ANTENNA_CODE.match(code):
            raise InvalidValue(field="code", reason="antenna_code")
        name = _required_text(name, "name", 80)
        with self.db.write() as session:
            if session.scalar(select(func.count()).where(Antenna.code == code)):
                raise InvalidValue(field="code", reason="duplicate")
            antenna = Antenna(code=code, name=name)
            session.add(antenna)
            session.flush()
            audit.record(session, AuditAction.CREATE, "antenna", antenna.id, ["code", "name"])
            return AntennaView(antenna.id, antenna.code, antenna.name)

    def rename_antenna(self, antenna_id: uuid.UUID, name: str) -> None:
        name = _required_text(name, "name", 80)
        with self.db.write() as session:
            antenna = session.get(Antenna, antenna_id)
            if antenna is None:
                raise NotFound(record_type="antenna")
            antenna.name = name
            audit.record(session, AuditAction.UPDATE, "antenna", antenna_id, ["name"])

    def home_antenna(self) -> AntennaView | None:
        """The antenna this database serves (new files belong to it)."""
        with self.db.read() as session:
            return _chosen(_antenna_views(session), _setting(session, HOME_ANTENNA_KEY))

    def set_home_antenna(self, antenna_id: uuid.UUID) -> None:
        self.set_setting(HOME_ANTENNA_KEY, str(antenna_id))

    # --- coordinators ------------------------------------------------------------------------
    def coordinators(self, include_inactive: bool = True) -> list[CoordinatorView]:
        with self.db.read() as session:
            return _coordinator_views(session, include_inactive)

    def save_coordinator(
        self,
        name: str,
        email: str | None,
        antenna_id: uuid.UUID | None,
        active: bool = True,
        coordinator_id: uuid.UUID | None = None,
    ) -> CoordinatorView:
        """Create a coordinator, or update the one with ``coordinator_id``."""
        name = _required_text(name, "name", 120)
        email = normalise_email(email)
        with self.db.write() as session:
            if coordinator_id is None:
                coordinator = Coordinator(name=name, email=email, antenna_id=antenna_id,
                                          active=active)
                session.add(coordinator)
                session.flush()
                audit.record(session, AuditAction.CREATE, "coordinator", coordinator.id,
                             ["name", "email", "antenna", "active"])
            else:
                found = session.get(Coordinator, coordinator_id)
                if found is None:
                    raise NotFound(record_type="coordinator")
                coordinator = found
                changed = [field for field, value in (
                    ("name", name), ("email", email), ("antenna_id", antenna_id),
                    ("active", active)) if getattr(coordinator, field) != value]
                coordinator.name, coordinator.email = name, email
                coordinator.antenna_id, coordinator.active = antenna_id, active
                if changed:
                    audit.record(session, AuditAction.UPDATE, "coordinator", coordinator.id,
                                 changed)
            code = session.scalar(select(Antenna.code).where(Antenna.id == antenna_id))
            return CoordinatorView(coordinator.id, coordinator.name, coordinator.email,
                                   coordinator.antenna_id, code, coordinator.active)

    def current_coordinator(self) -> CoordinatorView | None:
        with self.db.read() as session:
            return _chosen(
                _coordinator_views(session), _setting(session, CURRENT_COORDINATOR_KEY))

    def set_current_coordinator(self, coordinator_id: uuid.UUID | None) -> None:
        self.set_setting(CURRENT_COORDINATOR_KEY,
                         str(coordinator_id) if coordinator_id else None)
