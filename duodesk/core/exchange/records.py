"""The database's records as rows of the exchange workbook, streamed in id order.

Each reader runs a few Core selects ordered by id and walks them side by side (a person's
languages, sectors and consent; a meeting's attendees), so that neither the export nor the
import ever holds a whole table of ORM objects: rows are made as they are read. A row is a
tuple in the sheet's column order holding what a cell holds (text, ``date``, ``datetime``,
``int``, ``yes``/``no``, None); :func:`canonical` gives every value its one text form.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from functools import partial
from typing import Any

from sqlalchemy import Connection, String, and_, case, func, select, type_coerce

from duodesk.core import codes
from duodesk.core.exchange.columns import ATTENDANCE_FIELD, Sheet
from duodesk.core.exchange.stored import Beside, Form, Row, remembered, stream
from duodesk.core.models import (
    Antenna,
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
)

LATER: Any = object()  # a value the export's rows leave out (see meeting_rows)
_LEVEL_ORDER = {level: rank for rank, level in enumerate(("native", "fluent", "good", "basic"))}


def canonical(value: Any) -> str:
    """The one text form of a cell value (see :mod:`.columns`)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def yes_no(value: bool | None) -> str | None:
    return None if value is None else ("yes" if value else "no")


class _Said(dict[Any, str | None]):
    """yes/no of an answer looked up (1/0 as SQLite stores them, True/False elsewhere, which
    are the same keys); anything else is worked out by :func:`yes_no`."""

    def __missing__(self, value: Any) -> str | None:
        return yes_no(value)


_SAID = _Said({1: "yes", 0: "no", None: None})


def languages_text(pairs: Iterable[tuple[str, str]]) -> str:
    """``fr:native;ar:good``: the best-known languages first, then by code."""
    ordered = sorted(pairs, key=lambda pair: (_LEVEL_ORDER.get(pair[1], 9), pair[0]))
    return ";".join(f"{language}:{level}" for language, level in ordered)


_PERSONS: Any = Person.__table__
_MENTEES: Any = Mentee.__table__
_MENTORS: Any = Mentor.__table__


def _plain(column: Any) -> Any:
    """A code column read as the text it stores (every code list is stored as its text),
    without the enum lookup of each value."""
    return type_coerce(column, String)


def _person_rows(connection: Connection, role_table: Any, extra: list[Any],
                 extra_join: Any, only: uuid.UUID | None) -> Iterator[Row]:
    form = Form(connection)
    role_ids = select(role_table.c.id)
    if only is not None:
        role_ids = role_ids.where(role_table.c.id == only)
    # Each person's languages and sectors come in the order the cell lists them.
    languages = Beside(stream(connection, select(
        form.column(PersonLanguage.person_id), PersonLanguage.language,
        _plain(PersonLanguage.level))
        .where(PersonLanguage.person_id.in_(role_ids))
        .order_by(PersonLanguage.person_id, case(_LEVEL_ORDER, value=PersonLanguage.level,
                                                 else_=len(_LEVEL_ORDER)),
                  PersonLanguage.language)))
    sectors = Beside(stream(connection, select(form.column(PersonSector.person_id),
                                                 _plain(PersonSector.sector))
                              .where(PersonSector.person_id.in_(role_ids))
                              .order_by(PersonSector.person_id, PersonSector.sector)))
    consents = Beside(stream(connection, select(form.column(Consent.person_id),
                                                  func.max(Consent.given_on))
                               .where(Consent.purpose == codes.ConsentPurpose.PROGRAMME,
                                      Consent.withdrawn_on.is_(None),
                                      Consent.person_id.in_(role_ids))
                               .group_by(Consent.person_id).order_by(Consent.person_id)))
    p = _PERSONS.c
    query = (select(form.column(p.id), Antenna.code, p.first_name, p.last_name,
                    _plain(p.gender), p.birth_date, p.email, p.phone, p.postal_code,
                    p.municipality, *extra, _plain(role_table.c.status), p.registered_on,
                    form.column(p.updated_at))
             .select_from(_PERSONS)
             .join(role_table, role_table.c.id == p.id)
             .join(Antenna, Antenna.id == p.antenna_id))
    if extra_join is not None:
        query = query.outerjoin(*extra_join)
    if only is not None:
        query = query.where(p.id == only)
    day, ident, stamp = form.day, form.id, form.stamp
    last = len(extra) + 10  # the role's last extra column, a day (referral_date, trained_on)
    for row in stream(connection, query.order_by(p.id)):
        key = row[0]
        spoken = languages.take(key)
        known = sectors.take(key)
        consent = consents.take(key)
        yield (ident(key), *row[1:5], day(row[5]), *row[6:10],
               ";".join([f"{language}:{level}" for _, language, level in spoken]) or None,
               ";".join([sector for _, sector in known]) or None,
               *row[10:last - 1], day(row[last - 1]), row[last], day(row[last + 1]),
               day(consent[0][1]) if consent else None, stamp(row[-1]))


def mentee_rows(connection: Connection, only: uuid.UUID | None = None) -> Iterator[Row]:
    """The Mentees sheet's rows (or the row of mentee ``only``)."""
    m = _MENTEES.c
    return _person_rows(connection, _MENTEES, [_plain(m.education_level), Partner.name,
                                               m.referral_date],
                        (Partner, Partner.id == m.referral_partner_id), only)


def mentor_rows(connection: Connection, only: uuid.UUID | None = None) -> Iterator[Row]:
    """The Mentors sheet's rows (or the row of mentor ``only``)."""
    return _person_rows(connection, _MENTORS, [_MENTORS.c.employer, _MENTORS.c.trained_on],
                        None, only)


def duo_rows(connection: Connection, only: uuid.UUID | None = None) -> Iterator[Row]:
    """The Duos sheet's rows (the agreement is signed on the start date)."""
    form = Form(connection)
    query = (select(form.column(Duo.id), form.column(Duo.mentee_id),
                    form.column(Duo.mentor_id), Coordinator.name, _plain(Duo.status),
                    Duo.proposed_on, Duo.start_date, Duo.end_date, _plain(Duo.end_reason),
                    _plain(Duo.outcome), Duo.outcome_date, form.column(Duo.updated_at))
             .outerjoin(Coordinator, Coordinator.id == Duo.coordinator_id).order_by(Duo.id))
    if only is not None:
        query = query.where(Duo.id == only)
    day, ident, stamp = form.day, form.id, form.stamp
    for (key, mentee, mentor, coordinator, status, proposed, start, end, reason, outcome,
         outcome_on, updated) in stream(connection, query):
        start = day(start)
        yield (ident(key), ident(mentee), ident(mentor), coordinator, status, day(proposed),
               start, day(end), reason, start, outcome, day(outcome_on), stamp(updated))


def _attended() -> Any:
    """A duo meeting's one ``attended`` cell, worked out by the database beside each row
    (cheaper than handing every attendee to Python): no when someone invited did not come,
    yes when everyone invited came, empty when unknown or nobody was invited."""
    answer = MeetingAttendee.attended
    told = (select(case((func.sum(case((answer.is_(False), 1), else_=0)) > 0, "no"),
                        (and_(func.count() > 0, func.count(answer) == func.count()), "yes"),
                        else_=None))
            .where(MeetingAttendee.meeting_id == Meeting.id).scalar_subquery())
    return case((Meeting.duo_id.is_not(None), told), else_=None)


def attendance_text(people: list[tuple[str | None, bool | None]]) -> str:
    """A group session's attendance as one value: ``person-id:yes;person-id:no`` sorted."""
    return ";".join(sorted(f"{person}:{canonical(yes_no(attended))}"
                           for person, attended in people))


def meeting_rows(connection: Connection, only: uuid.UUID | None = None, *,
                 group_attendance: bool = True) -> Iterator[Row]:
    """The Meetings sheet's rows, each followed by one more value: the attendance of a group
    session (see :data:`.columns.ATTENDANCE_FIELD`), None for a duo's meeting. Without
    ``group_attendance`` a group session's is :data:`LATER` (the workbook holds it on the
    Attendance sheet; only the stamps need it in this form)."""
    form = Form(connection)
    query = (select(form.column(Meeting.id), form.column(Meeting.duo_id), _plain(Meeting.kind),
                    _plain(Meeting.status), Coordinator.name, Meeting.starts_at,
                    Meeting.duration_min, Meeting.location, _attended(), Meeting.summary,
                    form.column(Meeting.updated_at))
             .outerjoin(Coordinator, Coordinator.id == Meeting.coordinator_id)
             .order_by(Meeting.id))
    if only is not None:
        query = query.where(Meeting.id == only)
    attendees = None
    if group_attendance:
        invited = (select(form.column(MeetingAttendee.meeting_id),
                          form.column(MeetingAttendee.person_id), MeetingAttendee.attended)
                   .join(Meeting, and_(Meeting.id == MeetingAttendee.meeting_id,
                                       Meeting.duo_id.is_(None))))
        if only is not None:
            invited = invited.where(MeetingAttendee.meeting_id == only)
        attendees = Beside(stream(connection, invited.order_by(MeetingAttendee.meeting_id,
                                                               MeetingAttendee.person_id)))
    moment, ident, stamp, duo_id = form.moment, form.id, form.stamp, remembered(form.id)
    for (key, duo, kind, status, coordinator, starts, minutes, place, attended, summary,
         updated) in stream(connection, query):
        attendance: Any = None
        if duo is None:
            attendance = LATER if attendees is None else attendance_text(
                [(ident(row[1]), row[2]) for row in attendees.take(key)])
        yield (ident(key), duo_id(duo), kind, status, coordinator, moment(starts), minutes,
               place, attended, summary, stamp(updated), attendance)


def attendance_rows(connection: Connection) -> Iterator[Row]:
    """The Attendance sheet's rows: the attendees of meetings that belong to no duo."""
    form = Form(connection)
    query = (select(form.column(MeetingAttendee.meeting_id),
                    form.column(MeetingAttendee.person_id), MeetingAttendee.attended)
             .join(Meeting, and_(Meeting.id == MeetingAttendee.meeting_id,
                                 Meeting.duo_id.is_(None)))
             .order_by(MeetingAttendee.meeting_id, MeetingAttendee.person_id))
    ident, said = form.id, _SAID.__getitem__
    last = meeting_id = None
    for meeting, person, attended in stream(connection, query):
        if meeting != last:  # rows come meeting by meeting
            last, meeting_id = meeting, ident(meeting)
        yield meeting_id, ident(person), said(attended)


def evaluation_rows(connection: Connection, only: uuid.UUID | None = None) -> Iterator[Row]:
    """The Evaluations sheet's rows."""
    form = Form(connection)
    query = select(form.column(Evaluation.id), form.column(Evaluation.duo_id),
                   _plain(Evaluation.respondent), _plain(Evaluation.stage),
                   Evaluation.answered_on, Evaluation.professional_project_defined,
                   Evaluation.more_confident, Evaluation.network_expanded,
                   Evaluation.coaching_skills_improved, Evaluation.feels_useful,
                   Evaluation.added_value, form.column(Evaluation.updated_at)
                   ).order_by(Evaluation.id)
    if only is not None:
        query = query.where(Evaluation.id == only)
    ident, duo_id, day, stamp = form.id, remembered(form.id), form.day, form.stamp
    said = _SAID.__getitem__
    for row in stream(connection, query):
        yield (ident(row[0]), duo_id(row[1]), row[2], row[3], day(row[4]),
               *map(said, row[5:11]), stamp(row[11]))


READERS: dict[str, Callable[..., Iterator[Row]]] = {
    "Mentees": mentee_rows, "Mentors": mentor_rows, "Duos": duo_rows, "Meetings": meeting_rows,
    "Attendance": attendance_rows, "Evaluations": evaluation_rows}
# What the export reads: every row as the workbook holds it, a group session's attendance
# left for the few records whose stamps are written (ExportStamps reads it then).
EXPORT_READERS: dict[str, Callable[..., Iterator[Row]]] = {
    **READERS, "Meetings": partial(meeting_rows, group_attendance=False)}


def values_of(sheet: Sheet, row: Row) -> dict[str, str]:
    """A record's exchanged values (every column but ``id`` and ``updated_at``) as
    canonical text, with a meeting's attendance."""
    values = {column.name: canonical(value)
              for column, value in zip(sheet.columns, row, strict=False)
              if column.name not in ("id", "updated_at")}
    if len(row) > len(sheet.columns):
        values[ATTENDANCE_FIELD] = canonical(row[len(sheet.columns)])
    return values


def home_antenna_code(connection: Connection) -> str:
    """The antenna named in Settings, else the one most persons belong to ("" if none)."""
    from duodesk.core.models import AppSetting
    from duodesk.core.services.organisation import HOME_ANTENNA_KEY

    home = connection.scalar(select(AppSetting.value).where(AppSetting.key == HOME_ANTENNA_KEY))
    if home:
        found = connection.scalar(select(Antenna.code).where(Antenna.id == uuid.UUID(str(home))))
        if found:
            return str(found)
    most = connection.scalar(select(Antenna.code).join(Person, Person.antenna_id == Antenna.id)
                             .group_by(Antenna.code).order_by(func.count().desc()).limit(1))
    return str(most or "")

