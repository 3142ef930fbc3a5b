"""The sign-in sheet of a group session (SPEC §1: printed for information sessions,
intervisions and workshops): the session's title, date, time, place and coordinator, the
invitees with a signature column, and blank rows for people who come without being invited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from duodesk.core.calendar.views import MeetingDetail
from duodesk.core.documents import layout
from duodesk.core.documents.texts import check_language, document_texts, format_date

mm = layout.mm
WALK_IN_ROWS = 8
ROW_HEIGHT = 10 * mm  # room for a signature


@dataclass(frozen=True)
class SheetPerson:
    """One invitee: name and role code (``mentee``, ``mentor``)."""

    name: str
    role: str


@dataclass(frozen=True)
class AttendanceSheet:
    """What a sign-in sheet prints about its session."""

    kind: str
    title: str
    starts_at: datetime
    duration_min: int
    location: str | None
    online: bool
    coordinator: str | None
    invitees: tuple[SheetPerson, ...]


def sheet_of(detail: MeetingDetail) -> AttendanceSheet:
    """The sheet of a saved meeting, its invitees sorted by name."""
    event = detail.event
    people = sorted(detail.attendees, key=lambda a: a.name.casefold())
    return AttendanceSheet(
        kind=str(event.kind), title=event.title or "", starts_at=event.starts_at,
        duration_min=event.duration_min, location=event.location, online=event.online,
        coordinator=event.coordinator_name,
        invitees=tuple(SheetPerson(a.name, str(a.role)) for a in people))


def write_attendance_sheet(target: str | Path | IO[bytes], sheet: AttendanceSheet,
                           language: str) -> None:
    """Write ``sheet`` as a PDF in ``language`` (``fr``, ``nl``, ``en``)."""
    texts = document_texts("sheets", check_language(language))
    style = layout.styles()
    kind = texts["kinds"].get(sheet.kind, sheet.kind)
    end = sheet.starts_at + timedelta(minutes=sheet.duration_min)
    place = texts["online"] if sheet.online else (sheet.location or "")
    colon = texts["colon"]
    facts = [(texts["date"], format_date(sheet.starts_at.date(), language)),
             (texts["time"], f"{sheet.starts_at:%H:%M} – {end:%H:%M}"),
             (texts["place"], place or "_" * 30),
             (texts["coordinator"], sheet.coordinator or "_" * 30)]
    story: list[Flowable] = [
        layout.DocumentStart(texts["attendance_title"], texts["attendance_footer"],
                             texts["page"]),
        Paragraph(escape(texts["attendance_title"]), style.subtitle),
        Paragraph(escape(sheet.title or kind), style.title),
        Paragraph(escape(kind if sheet.title else ""), style.subtitle),
        _facts_table([(f"{label}{colon}", value) for label, value in facts]),
        Spacer(0, 3 * mm),
        Paragraph(escape(texts["attendance_note"]), style.small),
        Spacer(0, 3 * mm),
        _people_table(sheet.invitees, texts, start=1),
        Spacer(0, 6 * mm),
        Paragraph(escape(texts["walk_ins"]), style.heading),
        _people_table((SheetPerson("", ""),) * WALK_IN_ROWS, texts,
                      start=len(sheet.invitees) + 1),
    ]
    layout.build(target, story, texts["attendance_title"])


def _facts_table(rows: list[tuple[str, str]]) -> Table:
    style = layout.styles()
    cells = [[Paragraph(escape(label), style.cell_bold), Paragraph(escape(value), style.cell)]
             for label, value in rows]
    table = Table(cells, colWidths=[35 * mm, layout.CONTENT_WIDTH - 35 * mm])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), layout.LIGHT),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def _people_table(people: tuple[SheetPerson, ...], texts: dict[str, Any], start: int) -> Table:
    style = layout.styles()
    head = [Paragraph(escape(texts[key]), style.cell_bold)
            for key in ("number", "name", "role", "signature")]
    rows: list[list[Any]] = [head]
    for number, person in enumerate(people, start):
        role = texts.get(person.role, "") if person.role else ""
        rows.append([Paragraph(str(number), style.cell), Paragraph(escape(person.name),
                                                                   style.cell),
                     Paragraph(escape(role), style.cell), ""])
    width = layout.CONTENT_WIDTH
    table = Table(rows, colWidths=[12 * mm, width * 0.36, 24 * mm, None],
                  rowHeights=[None] + [ROW_HEIGHT] * len(people), repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), layout.LIGHT),
        ("GRID", (0, 0), (-1, -1), 0.4, layout.ACCENT),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
    ]))
    return table
