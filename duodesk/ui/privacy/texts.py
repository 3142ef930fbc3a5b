"""The words of the Privacy page that more than one of its parts use: why a file is due,
the tombstone of an anonymised file, the names of the kinds of records in the audit log,
and dates in the language chosen."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from duodesk import labels
from duodesk.core.codes import MenteeStatus, MentorStatus, PersonRole
from duodesk.core.privacy.retention import RetentionBasis
from duodesk.ui import formats

translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)

RECORD_TYPES = {
    "mentee": QT_TRANSLATE_NOOP("AuditRecordType", "Mentee"),
    "mentor": QT_TRANSLATE_NOOP("AuditRecordType", "Mentor"),
    "person": QT_TRANSLATE_NOOP("AuditRecordType", "Person"),
    "duo": QT_TRANSLATE_NOOP("AuditRecordType", "Duo"),
    "meeting": QT_TRANSLATE_NOOP("AuditRecordType", "Meeting"),
    "evaluation": QT_TRANSLATE_NOOP("AuditRecordType", "Evaluation"),
    "consent": QT_TRANSLATE_NOOP("AuditRecordType", "Consent"),
    "coordinator": QT_TRANSLATE_NOOP("AuditRecordType", "Coordinator"),
    "antenna": QT_TRANSLATE_NOOP("AuditRecordType", "Antenna"),
    "partner": QT_TRANSLATE_NOOP("AuditRecordType", "Partner"),
    "setting": QT_TRANSLATE_NOOP("AuditRecordType", "Setting"),
    "import_batch": QT_TRANSLATE_NOOP("AuditRecordType", "Partner import"),
    "exchange_import": QT_TRANSLATE_NOOP("AuditRecordType", "Headquarters import"),
    "exchange_workbook": QT_TRANSLATE_NOOP("AuditRecordType", "Exchange workbook"),
    "table": QT_TRANSLATE_NOOP("AuditRecordType", "List"),
    "report": QT_TRANSLATE_NOOP("AuditRecordType", "Impact report"),
    "calendar": QT_TRANSLATE_NOOP("AuditRecordType", "Calendar"),
    "attendance_sheet": QT_TRANSLATE_NOOP("AuditRecordType", "Sign-in sheet"),
    "rejected_rows": QT_TRANSLATE_NOOP("AuditRecordType", "Rejected rows"),
}


def record_type(code: str) -> str:
    """The name of a kind of record; a kind this program version does not know is shown
    as stored."""
    text = RECORD_TYPES.get(code)
    return translate("AuditRecordType", text) if text else code


def role(value: PersonRole | str) -> str:
    return labels.label(PersonRole(value))


def status(person_role: PersonRole | str, code: str) -> str:
    enum = MenteeStatus if PersonRole(person_role) == PersonRole.MENTEE else MentorStatus
    try:
        return labels.label(enum(code))
    except ValueError:
        return code


def basis(value: RetentionBasis) -> str:
    if value == RetentionBasis.CLOSED:
        return translate("PrivacyTexts", "File closed (outcome or end of the last duo)")
    return translate("PrivacyTexts", "No activity")


def day(value: date | None) -> str:
    """A day in the short format of the language chosen."""
    if value is None:
        return ""
    return formats.date_text(value)


def moment(value: datetime | None) -> str:
    """A moment, in local time, in the short format of the language chosen."""
    if value is None:
        return ""
    return formats.datetime_text(value.astimezone())


def tombstone(person_role: PersonRole | str, anonymised_on: date | None) -> str:
    """What an anonymised file is called: "Anonymised mentee 29/11/2026"."""
    if PersonRole(person_role) == PersonRole.MENTOR:
        text = translate("PrivacyTexts", "Anonymised mentor {day}")
    else:
        text = translate("PrivacyTexts", "Anonymised mentee {day}")
    return text.format(day=day(anonymised_on)).strip()
