"""The duo agreement (SPEC §1, §3 Duo): the parties, the coordinator and antenna, start and
planned end, the commitments of mentee, mentor and organisation, the code of conduct,
confidentiality and the signature blocks, in the duo's agreement language (or another one
chosen for the print), whatever the interface language.

The fixed texts of each language are turned into paragraphs once per process and reused by
every agreement: only the parties, dates and names are laid out per duo.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import select
from sqlalchemy.orm import aliased

from duodesk.core.codes import AuditAction
from duodesk.core.database import Database
from duodesk.core.documents import layout
from duodesk.core.documents.texts import check_language, document_texts, format_date
from duodesk.core.errors import NotFound
from duodesk.core.models import Antenna, Coordinator, Duo, Person
from duodesk.core.services import audit

mm = layout.mm


@dataclass(frozen=True)
class Party:
    """A person who signs: name and how to reach them."""

    name: str
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class AgreementData:
    """What one agreement prints about its duo."""

    duo_id: uuid.UUID
    language: str
    mentee: Party
    mentor: Party
    coordinator: Party | None
    antenna: str
    start_date: date | None
    planned_end: date | None


_CHUNK = 500  # ids per query: well below SQLite's limit of bound parameters


def load_agreements(db: Database, duo_ids: Sequence[uuid.UUID], language: str | None = None,
                    *, record_export: bool = True) -> list[AgreementData]:
    """The agreement data of ``duo_ids`` in their order, each in its duo's agreement language
    unless ``language`` is given; records the export in the audit trail (fields only) unless
    ``record_export`` is false (a read-only database).

    Raises ``NotFound`` (``record_type="duo"``) if a duo no longer exists, ``InvalidValue``
    for an unknown language.
    """
    forced = check_language(language) if language else None
    mentee, mentor = aliased(Person), aliased(Person)
    found: dict[uuid.UUID, AgreementData] = {}
    with (db.write() if record_export else db.read()) as session:
        for first in range(0, len(duo_ids), _CHUNK):
            chunk = list(duo_ids[first:first + _CHUNK])
            rows = session.execute(
                select(Duo.id, Duo.agreement_language, Duo.start_date, Duo.planned_end,
                       mentee.first_name, mentee.last_name, mentee.email, mentee.phone,
                       mentor.first_name, mentor.last_name, mentor.email, mentor.phone,
                       Coordinator.name, Coordinator.email, Antenna.name)
                .join(mentee, mentee.id == Duo.mentee_id)
                .join(mentor, mentor.id == Duo.mentor_id)
                .join(Antenna, Antenna.id == Duo.antenna_id)
                .outerjoin(Coordinator, Coordinator.id == Duo.coordinator_id)
                .where(Duo.id.in_(chunk)))
            for row in rows:
                found[row[0]] = AgreementData(
                    duo_id=row[0], language=forced or str(row[1]),
                    mentee=Party(_name(row[4], row[5]), row[6], row[7]),
                    mentor=Party(_name(row[8], row[9]), row[10], row[11]),
                    coordinator=Party(row[12], row[13]) if row[12] else None,
                    antenna=row[14], start_date=row[2], planned_end=row[3])
        missing = [duo_id for duo_id in duo_ids if duo_id not in found]
        if missing:
            raise NotFound(record_type="duo")
        for duo_id in duo_ids if record_export else ():
            audit.record(session, AuditAction.EXPORT, "duo", duo_id, ["agreement"])
    return [found[duo_id] for duo_id in duo_ids]


def _name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {(last or '').upper()}".strip()


def agreement_story(data: AgreementData) -> list[Flowable]:
    """The flowables of one agreement, starting on a new page."""
    texts = document_texts("agreement", data.language)
    fixed = _fixed_parts(data.language)
    story: list[Flowable] = [
        layout.DocumentStart(texts["title"], texts["footer"], texts["page"]),
        *_fresh(fixed["opening"]),
        _parties_table(data, texts),
        Spacer(0, 4 * mm),
        Paragraph(escape(texts["duration"]), layout.styles().heading),
        _dates_table(data, texts),
        Spacer(0, 2 * mm),
        *_fresh(fixed["body"]),
        CondPageBreak(62 * mm),
        *_fresh(fixed["signature_head"]),
        _signatures(data, texts),
        PageBreak(),
    ]
    return story


@cache
def _fixed_parts(language: str) -> dict[str, list[Flowable]]:
    """The paragraphs every agreement of ``language`` shares, parsed once; each agreement
    lays out shallow copies of them (:func:`_fresh`)."""
    texts = document_texts("agreement", language)
    style = layout.styles()
    body: list[Flowable] = [_SharedParagraph(escape(texts["duration_text"]), style.body)]
    for section in texts["sections"]:
        items = [_SharedParagraph(escape(item), style.bullet, bulletText="•")
                 for item in section["items"]]
        heading = _SharedParagraph(escape(section["heading"]), style.heading)
        # A heading never ends a page alone: it stays with its first commitment.
        body.append(KeepTogether([heading, items[0]]))
        body.extend(items[1:])
    return {
        "opening": [_SharedParagraph(escape(texts["title"]), style.title),
                    _SharedParagraph(escape(texts["subtitle"]), style.subtitle),
                    _SharedParagraph(escape(texts["intro"]), style.body),
                    _SharedParagraph(escape(texts["parties"]), style.heading)],
        "body": body,
        "signature_head": [_SharedParagraph(escape(texts["signatures"]), style.heading),
                           _SharedParagraph(escape(texts["signatures_text"]), style.body)],
    }


class _SharedParagraph(Paragraph):
    """A fixed paragraph whose line breaking, the costly part of laying it out, is done
    once per width and shared by its copies in every agreement of the language."""

    def __init__(self, text: str, style: Any, **kwargs: Any) -> None:
        super().__init__(text, style, **kwargs)
        self._shared_wraps: dict[float, tuple[Any, float, list[float]]] = {}

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        known = self._shared_wraps.get(availWidth)
        paragraph: Any = self  # reportlab's attributes, untyped
        if known is None:
            width, height = super().wrap(availWidth, availHeight)
            self._shared_wraps[availWidth] = (paragraph.blPara, height, paragraph._wrapWidths)
            return width, height
        paragraph.blPara, paragraph.height, paragraph._wrapWidths = known
        paragraph.width = availWidth
        return availWidth, paragraph.height


def _fresh(flowables: list[Flowable]) -> list[Flowable]:
    """Copies of parsed flowables: they share the parsed text, but reportlab notes layout
    state (``_postponed``, the wrapped lines) on the object it places, so no two places in a
    file may lay out the same one."""
    fresh: list[Flowable] = []
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            fresh.append(KeepTogether(_fresh(flowable._content)))
        else:
            fresh.append(copy.copy(flowable))
    return fresh


def _contact(party: Party | None, texts: dict[str, Any], extra: str | None = None) -> list[Any]:
    style = layout.styles()
    if party is None:
        return [Paragraph(escape(texts["to_fill_in"]), style.cell)]
    lines = [Paragraph(escape(party.name), style.cell_bold)]
    if extra:
        lines.append(Paragraph(escape(extra), style.cell))
    for label, value in (("email", party.email), ("phone", party.phone)):
        lines.append(Paragraph(escape(f"{texts[label]}{texts['colon']}"
                                      f"{value or texts['not_given']}"), style.cell))
    return lines


def _parties_table(data: AgreementData, texts: dict[str, Any]) -> Table:
    style = layout.styles()
    antenna = f"{texts['antenna']}{texts['colon']}{data.antenna}"
    coordinator = _contact(data.coordinator, texts, antenna)
    if data.coordinator is not None and not data.coordinator.phone:
        coordinator = coordinator[:-1]  # coordinators have no phone on record
    heads = [Paragraph(escape(texts[key]), style.cell_bold)
             for key in ("mentee", "mentor", "coordinator")]
    table = Table([heads, [_contact(data.mentee, texts), _contact(data.mentor, texts),
                           coordinator]],
                  colWidths=[layout.CONTENT_WIDTH / 3] * 3)
    table.setStyle(_BOX_STYLE)
    return table


def _dates_table(data: AgreementData, texts: dict[str, Any]) -> Table:
    style = layout.styles()
    blank = "_" * 22
    start = format_date(data.start_date, data.language) if data.start_date else blank
    end = format_date(data.planned_end, data.language) if data.planned_end else blank
    cells = [[Paragraph(escape(texts["start"]), style.cell_bold),
              Paragraph(escape(start), style.cell),
              Paragraph(escape(texts["planned_end"]), style.cell_bold),
              Paragraph(escape(end), style.cell)]]
    if not data.start_date:
        cells.append([Paragraph(escape(f"({texts['to_fill_in']})"), style.caption), "",
                      Paragraph(escape(f"({texts['to_fill_in']})"), style.caption), ""])
    width = layout.CONTENT_WIDTH
    table = Table(cells, colWidths=[width * 0.26, width * 0.24, width * 0.22, width * 0.28])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, -1), layout.LIGHT),
                               ("TOPPADDING", (0, 0), (-1, -1), 5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return table


def _signatures(data: AgreementData, texts: dict[str, Any]) -> Table:
    style = layout.styles()
    people = [(texts["mentee"], data.mentee.name), (texts["mentor"], data.mentor.name),
              (texts["coordinator"], data.coordinator.name if data.coordinator else "")]
    line = "_" * 24
    row: list[list[Any]] = []
    for role, name in people:
        row.append([
            Paragraph(escape(role), style.cell_bold),
            Paragraph(escape(name) or "&nbsp;", style.cell),
            Spacer(0, 3 * mm),
            Paragraph(escape(f"{texts['place']}{texts['colon']}{line}"), style.cell),
            Spacer(0, 2 * mm),
            Paragraph(escape(f"{texts['date']}{texts['colon']}{line}"), style.cell),
            Spacer(0, 3 * mm),
            Paragraph(escape(texts["signature"]), style.caption),
            Spacer(0, 16 * mm),
        ])
    table = Table([row], colWidths=[layout.CONTENT_WIDTH / 3] * 3)
    table.setStyle(_BOX_STYLE_ONE_ROW)
    return table


_BOX_STYLE = TableStyle([
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (-1, 0), layout.LIGHT),
    ("BOX", (0, 0), (-1, -1), 0.6, layout.ACCENT),
    ("INNERGRID", (0, 0), (-1, -1), 0.4, layout.ACCENT),
    ("TOPPADDING", (0, 0), (-1, -1), 4),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
])
_BOX_STYLE_ONE_ROW = TableStyle([
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BOX", (0, 0), (-1, -1), 0.6, layout.ACCENT),
    ("INNERGRID", (0, 0), (-1, -1), 0.4, layout.ACCENT),
    ("TOPPADDING", (0, 0), (-1, -1), 5),
])


def write_agreements(target: str | Path | IO[bytes], agreements: Sequence[AgreementData],
                     on_document: Callable[[int], None] | None = None) -> None:
    """Write ``agreements`` into one PDF ``target``, each starting on its own page
    (``on_document(n)``: called as the n-th one is laid out)."""
    story: list[Flowable] = []
    for data in agreements:
        story.extend(agreement_story(data))
    if story:
        story.pop()  # no blank page after the last agreement
    title = document_texts("agreement", agreements[0].language)["title"] if agreements else ""
    layout.build(target, story, title, on_document)
