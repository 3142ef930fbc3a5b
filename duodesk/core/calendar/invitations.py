"""The lists a group session invites from (issue 6 item 3): all mentors in a duo, all new
registrations… Each is a query on the persons' statuses, counted for the dialog and read
whole, by name, when the coordinator picks it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duodesk.core.calendar.views import Attendee, InvitationList
from duodesk.core.codes import MenteeStatus, MentorStatus, PersonRole
from duodesk.core.errors import InvalidValue
from duodesk.core.models import Mentee, Mentor, Person

NEW = ("registered", "info_session")

#: Each list: the mentee statuses and the mentor statuses it takes.
LISTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "mentors_in_duo": ((), (MentorStatus.IN_DUO.value,)),
    "available_mentors": ((), (MentorStatus.AVAILABLE.value,)),
    "mentors_in_training": ((), (MentorStatus.TRAINING.value,)),
    "new_registrations": (NEW, NEW),
    "waiting_mentees": ((MenteeStatus.WAITING.value,), ()),
    "mentees_in_duo": ((MenteeStatus.IN_DUO.value,), ()),
}


def _conditions(code: str) -> list[tuple[Any, Any]]:
    mentee_statuses, mentor_statuses = LISTS[code]
    parts: list[tuple[Any, Any]] = []
    if mentee_statuses:
        parts.append((Mentee, Mentee.status.in_(mentee_statuses)))
    if mentor_statuses:
        parts.append((Mentor, Mentor.status.in_(mentor_statuses)))
    return parts


def lists(session: Session) -> list[InvitationList]:
    """Every list with how many persons it holds now, in a fixed order."""
    found = []
    for code in LISTS:
        count = 0
        roles = []
        for kind, condition in _conditions(code):
            count += session.scalar(select(func.count()).select_from(kind).where(condition)) \
                or 0
            roles.append(PersonRole.MENTEE if kind is Mentee else PersonRole.MENTOR)
        found.append(InvitationList(code, count, tuple(roles)))
    return found


def members(session: Session, code: str) -> list[Attendee]:
    """The persons of list ``code``, by name (mentees and mentors together)."""
    if code not in LISTS:
        raise InvalidValue(field="invitation_list", reason="unknown_code")
    people: list[tuple[str, Attendee]] = []
    for kind, condition in _conditions(code):
        role = PersonRole.MENTEE if kind is Mentee else PersonRole.MENTOR
        rows = session.execute(select(Person.id, Person.first_name, Person.last_name,
                                      Person.sort_key)
                               # A mentee or mentor *is* a person (joined inheritance):
                               # selecting from it already joins the persons table.
                               .select_from(kind)
                               .where(condition))
        people.extend((row.sort_key, Attendee(row.id, f"{row.first_name} {row.last_name}",
                                              role)) for row in rows)
    return [attendee for _, attendee in sorted(people, key=lambda pair: pair[0])]
