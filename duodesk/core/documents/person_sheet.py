"""The one-page person file (issue 8 item 3): identity and contact, status, languages with
their level, sectors, weekly availability and the current duo, in the language chosen. The
notes journal is never printed: free text may hold what a printout must not carry.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from duodesk.core.codes import WEEKDAYS, AuditAction, DayPart
from duodesk.core.database import Database
from duodesk.core.documents import layout
from duodesk.core.documents.texts import check_language, document_texts, format_date
from duodesk.core.duo_status import CURRENT_STATUSES
from duodesk.core.models import Duo, Person
from duodesk.core.services import audit
from duodesk.core.services.person_data import PersonFile

mm = layout.mm


@dataclass(frozen=True)
class CurrentDuo:
    """The person's current duo: the other party's name, the duo's status and start."""

    partner_name: str
    status: str
    start_date: date | None


def current_duo(db: Database, person_id: uuid.UUID) -> CurrentDuo | None:
    """The person's latest duo still proposed, accepted or active; records the printing of
    the person's file in the audit trail (field names only)."""
    mentee, mentor = aliased(Person), aliased(Person)
    with db.write() as session:
        row = session.execute(
            select(Duo.mentee_id, Duo.status, Duo.start_date, mentee.first_name,
                   mentee.last_name, mentor.first_name, mentor.last_name)
            .join(mentee, mentee.id == Duo.mentee_id).join(mentor, mentor.id == Duo.mentor_id)
            .where(or_(Duo.mentee_id == person_id, Duo.mentor_id == person_id),
                   Duo.status.in_([str(s) for s in CURRENT_STATUSES]))
            .order_by(Duo.proposed_on.desc()).limit(1)).first()
        audit.record(session, AuditAction.EXPORT, "person", person_id, ["person_sheet"])
    if row is None:
        return None
    first, last = (row[5], row[6]) if row[0] == person_id else (row[3], row[4])
    return CurrentDuo(f"{first} {last}".strip(), str(row[1]), row[2])


def write_person_sheet(target: str | Path | IO[bytes], person: PersonFile,
                       duo: CurrentDuo | None, language: str, printed_on: date) -> None:
    """Write the one-page file of ``person`` as a PDF in ``language``."""
    texts = document_texts("sheets", check_language(language))
    style = layout.styles()
    data = person.data
    role = str(person.role)
    statuses = texts["mentee_statuses" if role == "mentee" else "mentor_statuses"]
    none = texts["none"]

    def day(value: date | None) -> str:
        return format_date(value, language) if value else none

    place = " ".join(part for part in (data.postal_code, data.municipality) if part) or none
    identity = [
        (texts["last_name"], data.last_name), (texts["first_name"], data.first_name),
        (texts["gender"], texts["genders"].get(str(data.gender), none) if data.gender else none),
        (texts["birth_date"], day(data.birth_date)),
        (texts["email"], data.email or none), (texts["phone"], data.phone or none),
        (texts["address"], place),
        (texts["antenna"], person.antenna_name),
        (texts["coordinator"], person.coordinator_name or none),
        (texts["registered_on"], day(data.registered_on)),
        (texts["status"], statuses.get(person.status, person.status)),
    ]
    names, levels = texts["language_names"], texts["levels"]
    spoken = ", ".join(f"{names.get(code, code.upper())} ({levels.get(str(level), level)})"
                       for code, level in data.languages) or none
    sectors = ", ".join(texts["sector_names"].get(str(s), str(s)) for s in data.sectors) or none
    profile = [(texts["languages"], spoken), (texts["sectors"], sectors),
               (texts["availability"], _availability(data.availability, texts) or none)]
    if duo is None:
        duo_text = texts["no_duo"]
    else:
        duo_text = texts["duo_with"].format(
            name=duo.partner_name, status=texts["duo_statuses"].get(duo.status, duo.status))
        if duo.start_date:
            duo_text += ", " + texts["since"].format(date=day(duo.start_date))
    title = texts["role_mentee" if role == "mentee" else "role_mentor"]
    story: list[Flowable] = [
        layout.DocumentStart(texts["person_title"], texts["person_footer"], texts["page"]),
        Paragraph(escape(f"{texts['person_title']} — {title}"), style.subtitle),
        Paragraph(escape(f"{data.first_name} {data.last_name}"), style.title),
        Spacer(0, 2 * mm),
        Paragraph(escape(texts["identity"]), style.heading),
        _rows(identity, texts),
        Paragraph(escape(texts["profile"]), style.heading),
        _rows(profile, texts),
        Paragraph(escape(texts["current_duo"]), style.heading),
        Paragraph(escape(duo_text), style.body),
        Spacer(0, 8 * mm),
        Paragraph(escape(texts["printed_on"].format(date=day(printed_on))), style.small),
    ]
    layout.build(target, story, texts["person_title"])


def _availability(slots: frozenset[tuple[str, DayPart]], texts: dict[str, Any]) -> str:
    parts = []
    for weekday in WEEKDAYS:
        chosen = [texts["parts"][str(p)] for p in DayPart if (weekday, p) in slots]
        if chosen:
            parts.append(f"{texts['days'][weekday]} {', '.join(chosen)}")
    return " · ".join(parts)


def _rows(rows: list[tuple[str, str]], texts: dict[str, Any]) -> Table:
    style = layout.styles()
    cells = [[Paragraph(escape(label), style.cell_bold), Paragraph(escape(value), style.cell)]
             for label, value in rows]
    table = Table(cells, colWidths=[48 * mm, layout.CONTENT_WIDTH - 48 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, layout.LIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table
