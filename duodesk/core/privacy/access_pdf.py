"""The access request as a readable PDF (reportlab, the shared document pages and embedded
DejaVu font): the person's file field by field, then each part of their data — journal,
duos, meetings, evaluations, consents, status history, imports, audit trail — in the
language chosen for the document (``resources/documents/access_<language>.json``), whatever
the interface speaks.

It prints the dict of :func:`duodesk.core.privacy.access.gather`, so the PDF and the JSON
file always hold the same data.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from duodesk.core.codes import WEEKDAYS, DayPart
from duodesk.core.documents import layout
from duodesk.core.documents.texts import check_language, document_texts, format_date
from duodesk.core.services.person_data import availability_slots

mm = layout.mm
# Fields the PDF leaves out: internal keys (the readable name is printed beside them).
_HIDDEN = frozenset({"antenna_id", "coordinator_id", "referral_partner_id",
                     "company_partner_id", "mentee_id", "mentor_id", "duo_id", "series_id",
                     "collected_by_id", "record_id", "person_id"})
_CODE_LISTS = {"outcome": "outcome", "end_reason": "end_reason",
               "decline_reason": "decline_reason", "stage": "stage", "role": "role",
               "respondent": "role", "education_level": "education_level",
               "diploma_recognised": "diploma_recognised", "barriers": "barriers",
               "digital_skills": "digital_skills", "jobseeker_service": "jobseeker_service",
               "working_status": "working_status", "agreement_language": "agreement_language",
               "purpose": "purpose"}


class _Words:
    """The document's words in one language, and the values written out in them."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.texts = document_texts("access", language)
        self.sheets = document_texts("sheets", language)

    def __getitem__(self, key: str) -> Any:
        return self.texts[key]

    def field(self, name: str) -> str:
        return str(self.texts["fields"].get(name, name.replace("_", " ").capitalize()))

    def day(self, text: str | None) -> str:
        if not text:
            return self.sheets["none"]
        if "T" in text:
            moment = datetime.fromisoformat(text)
            return f"{format_date(moment.date(), self.language)} {moment:%H:%M}"
        return format_date(date.fromisoformat(text), self.language)

    def code(self, kind: str, value: Any) -> str:
        return str(self.texts["values"].get(kind, {}).get(str(value), value))

    def value(self, name: str, value: Any, role: str = "mentee") -> str:
        """One stored value as a reader reads it."""
        sheets, none = self.sheets, self.sheets["none"]
        if value is None or value == [] or value == "":
            return none
        if isinstance(value, bool):
            return self.texts["yes"] if value else self.texts["no"]
        if name in ("gender", "preferred_mentor_gender"):
            return str(sheets["genders"].get(value, value))
        if name == "status":
            if role in ("duo", "meeting"):
                return self.code("meeting_status", value) if role == "meeting" \
                    else str(sheets["duo_statuses"].get(value, value))
            statuses = sheets["mentee_statuses" if role == "mentee" else "mentor_statuses"]
            return str(statuses.get(value, value))
        if name in ("kind",):
            return str(sheets["kinds"].get(value, value))
        if name == "sectors":
            return ", ".join(sheets["sector_names"].get(s, s) for s in value)
        if name == "languages":
            return ", ".join(f"{sheets['language_names'].get(v['language'], v['language'])}"
                             f" ({sheets['levels'].get(v['level'], v['level'])})"
                             for v in value)
        if name == "training_modules":
            return ", ".join(f"{v['module']} ({self.day(v['completed_on'])})" for v in value)
        if name == "availability":
            return self.availability(int(value)) or none
        if name in _CODE_LISTS:
            kind = _CODE_LISTS[name]
            if isinstance(value, list):
                return ", ".join(self.code(kind, v) for v in value)
            return self.code(kind, value)
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" \
                and value[7:8] == "-" and (name.endswith(("_on", "_at", "_date", "_end"))
                                           or name in ("decision_deadline",)):
            return self.day(value)
        return str(value)

    def availability(self, mask: int) -> str:
        slots = availability_slots(mask)
        parts = []
        for weekday in WEEKDAYS:
            chosen = [self.sheets["parts"][str(p)] for p in DayPart if (weekday, p) in slots]
            if chosen:
                parts.append(f"{self.sheets['days'][weekday]} {', '.join(chosen)}")
        return " · ".join(parts)


def write_access_pdf(target: IO[bytes] | str, data: dict[str, Any], language: str) -> None:
    """Write the access request ``data`` (see :mod:`access`) as a PDF in ``language``."""
    words = _Words(check_language(language))
    style = layout.styles()
    person = data["person"]
    role = str(person.get("role", "mentee"))
    name = f"{person.get('first_name', '')} {person.get('last_name', '')}".strip()
    generated = datetime.fromisoformat(data["generated_at"]).date()
    sections = words["sections"]
    story: list[Flowable] = [
        layout.DocumentStart(words["title"], words["footer"], words.sheets["page"]),
        Paragraph(escape(words["title"]), style.subtitle),
        Paragraph(escape(words["heading"].format(name=name)), style.title),
        Paragraph(escape(words["intro"].format(date=format_date(generated, words.language))),
                  style.body),
        Paragraph(escape(words["reference"].format(id=person["id"])), style.small),
        Paragraph(escape(sections["person"]), style.heading),
        _fields(person, words, role),
    ]
    story += _section(sections["journal"], [
        _pairs([(words.day(e["written_at"]) + (f" — {e['coordinator']}" if e["coordinator"]
                                               else ""), e["text"])], bold_first=True)
        for e in data["journal"]], words)
    story += _section(sections["duos"], [
        _block(words["duo_title"].format(name=d["other_person"]), d, words, "duo",
               skip={"other_person"})
        for d in data["duos"]], words)
    story += _section(sections["meetings"], [
        _block(words["meeting_title"].format(kind=words.value("kind", m["kind"]),
                                             date=words.day(m["starts_at"])),
               m, words, "meeting", skip={"kind", "starts_at"})
        for m in data["meetings"]], words)
    story += _section(sections["evaluations"], [
        _block(words["evaluation_title"].format(stage=words.code("stage", e["stage"]),
                                                date=words.day(e["answered_on"])),
               e, words, role, skip={"stage", "answered_on"})
        for e in data["evaluations"]], words)
    columns = words["columns"]
    story += _section(sections["consents"], [_table(
        [columns["purpose"], columns["given_on"], columns["text_version"],
         columns["collected_by"], columns["withdrawn_on"]],
        [[words.code("purpose", c["purpose"]), words.day(c["given_on"]), c["text_version"],
          c["collected_by"] or words.sheets["none"],
          words.day(c["withdrawn_on"]) if c["withdrawn_on"] else words.sheets["none"]]
         for c in data["consents"]], [52, 28, 26, 36, 28])] if data["consents"] else [], words)
    story += _section(sections["status_history"], [_table(
        [columns["when"], columns["from"], columns["to"], columns["who"], columns["reason"]],
        [[words.day(c["changed_at"]), _status(c["from_status"], words, role),
          _status(c["to_status"], words, role), c["coordinator"] or words.sheets["none"],
          c["reason"] or ""] for c in data["status_history"]],
        [30, 30, 30, 34, 46])] if data["status_history"] else [], words)
    story += _section(sections["imports"], [_table(
        [columns["when"], columns["file"], columns["action"]],
        [[words.day(i["imported_at"]), i["file_name"], i["action"]] for i in data["imports"]],
        [34, 106, 30])] if data["imports"] else [], words)
    story += _section(sections["audit_entries"], [_table(
        [columns["when"], columns["action"], columns["record"], columns["fields"],
         columns["who"]],
        [[words.day(a["at"]), words.code("action", a["action"]),
          words.code("record_type", a["record_type"]),
          ", ".join(words.field(f) for f in (a["fields"] or "").split(",") if f),
          a["coordinator"] or words.sheets["none"]] for a in data["audit_entries"]],
        [30, 20, 28, 62, 30])] if data["audit_entries"] else [], words)
    layout.build(target, story, f"{words['title']} — {name}")


def _status(code: str | None, words: _Words, role: str) -> str:
    return words.value("status", code, role) if code else words.sheets["none"]


def _section(title: str, parts: list[Flowable], words: _Words) -> list[Flowable]:
    style = layout.styles()
    heading = Paragraph(escape(title), style.heading)
    if not parts:
        return [KeepTogether([heading, Paragraph(escape(words["empty"]), style.small)])]
    # A heading never ends a page alone.
    return [KeepTogether([heading, parts[0]]), *parts[1:]]


def _fields(record: dict[str, Any], words: _Words, role: str,
            skip: set[str] | None = None) -> Table:
    rows = []
    for name, value in record.items():
        if name in _HIDDEN or (skip and name in skip):
            continue
        if value is None or value == [] or value == "":
            continue  # an empty field says nothing: the JSON file lists it
        rows.append((words.field(name), words.value(name, value, role)))
    return _pairs(rows)


def _block(title: str, record: dict[str, Any], words: _Words, role: str,
           skip: set[str] | None = None) -> Flowable:
    """One record under its title; ``role`` says how its status reads (a person's role,
    ``duo`` or ``meeting``)."""
    style = layout.styles()
    # The reference and the record's own times are in the JSON file; here they would only
    # lengthen every block.
    skip = (skip or set()) | {"id", "created_at", "updated_at"}
    return KeepTogether([Spacer(0, 2 * mm), Paragraph(escape(title), style.cell_bold),
                         _fields(record, words, role, skip)])


def _pairs(rows: list[tuple[str, str]], bold_first: bool = True) -> Table:
    style = layout.styles()
    cells = [[Paragraph(escape(label), style.cell_bold if bold_first else style.cell),
              Paragraph(escape(value).replace("\n", "<br/>"), style.cell)]
             for label, value in rows] or [["", ""]]
    table = Table(cells, colWidths=[52 * mm, layout.CONTENT_WIDTH - 52 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, layout.LIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _table(header: list[str], rows: list[list[str]], widths_mm: list[float]) -> Table:
    style = layout.styles()
    scale = layout.CONTENT_WIDTH / (sum(widths_mm) * mm)
    cells = [[Paragraph(escape(h), style.cell_bold) for h in header]]
    cells += [[Paragraph(escape(str(v)), style.cell) for v in row] for row in rows]
    table = Table(cells, colWidths=[w * mm * scale for w in widths_mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), layout.LIGHT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, layout.LIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table
