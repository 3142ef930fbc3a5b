"""Words for the exchange workbook (SPEC §6) in the user's language: the columns of a
conflict, their values (codes as labels, dates in the locale's form), the sheets, and where
each problem an import reports lies (what it is comes from :mod:`duodesk.exchange_texts`,
shared with the command line).

QtCore only (no widget).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from duodesk import labels
from duodesk.core import codes
from duodesk.core.exchange import ExchangeProblem
from duodesk.exchange_texts import problem_detail
from duodesk.ui import formats

_CONTEXT = "ExchangeTexts"

_FIELDS = {
    "antenna": QT_TRANSLATE_NOOP("ExchangeTexts", "Antenna"),
    "first_name": QT_TRANSLATE_NOOP("ExchangeTexts", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ExchangeTexts", "Last name"),
    "gender": QT_TRANSLATE_NOOP("ExchangeTexts", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("ExchangeTexts", "Birth date"),
    "email": QT_TRANSLATE_NOOP("ExchangeTexts", "Email"),
    "phone": QT_TRANSLATE_NOOP("ExchangeTexts", "Phone"),
    "postal_code": QT_TRANSLATE_NOOP("ExchangeTexts", "Postcode"),
    "municipality": QT_TRANSLATE_NOOP("ExchangeTexts", "Municipality"),
    "languages": QT_TRANSLATE_NOOP("ExchangeTexts", "Languages"),
    "sectors": QT_TRANSLATE_NOOP("ExchangeTexts", "Sectors"),
    "education_level": QT_TRANSLATE_NOOP("ExchangeTexts", "Education level"),
    "referral_partner": QT_TRANSLATE_NOOP("ExchangeTexts", "Referred by"),
    "referral_date": QT_TRANSLATE_NOOP("ExchangeTexts", "Referral date"),
    "employer": QT_TRANSLATE_NOOP("ExchangeTexts", "Employer"),
    "trained_on": QT_TRANSLATE_NOOP("ExchangeTexts", "Training completed on"),
    "status": QT_TRANSLATE_NOOP("ExchangeTexts", "Status"),
    "registered_on": QT_TRANSLATE_NOOP("ExchangeTexts", "Registration date"),
    "consent_on": QT_TRANSLATE_NOOP("ExchangeTexts", "Consent given on"),
    "mentee_id": QT_TRANSLATE_NOOP("ExchangeTexts", "Mentee"),
    "mentor_id": QT_TRANSLATE_NOOP("ExchangeTexts", "Mentor"),
    "coordinator": QT_TRANSLATE_NOOP("ExchangeTexts", "Coordinator"),
    "proposed_on": QT_TRANSLATE_NOOP("ExchangeTexts", "Proposed on"),
    "start_date": QT_TRANSLATE_NOOP("ExchangeTexts", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("ExchangeTexts", "End date"),
    "end_reason": QT_TRANSLATE_NOOP("ExchangeTexts", "Reason for ending"),
    "agreement_signed_on": QT_TRANSLATE_NOOP("ExchangeTexts", "Agreement signed on"),
    "outcome": QT_TRANSLATE_NOOP("ExchangeTexts", "Outcome at 12 months"),
    "outcome_date": QT_TRANSLATE_NOOP("ExchangeTexts", "Outcome date"),
    "duo_id": QT_TRANSLATE_NOOP("ExchangeTexts", "Duo"),
    "kind": QT_TRANSLATE_NOOP("ExchangeTexts", "Kind of meeting"),
    "starts_at": QT_TRANSLATE_NOOP("ExchangeTexts", "Date and time"),
    "duration_min": QT_TRANSLATE_NOOP("ExchangeTexts", "Duration (minutes)"),
    "location": QT_TRANSLATE_NOOP("ExchangeTexts", "Place"),
    "attended": QT_TRANSLATE_NOOP("ExchangeTexts", "Attended"),
    "summary": QT_TRANSLATE_NOOP("ExchangeTexts", "Summary"),
    "attendance": QT_TRANSLATE_NOOP("ExchangeTexts", "Attendance"),
    "respondent": QT_TRANSLATE_NOOP("ExchangeTexts", "Respondent"),
    "stage": QT_TRANSLATE_NOOP("ExchangeTexts", "Stage"),
    "answered_on": QT_TRANSLATE_NOOP("ExchangeTexts", "Date of the answers"),
    "professional_project_defined": QT_TRANSLATE_NOOP(
        "ExchangeTexts", "Professional project defined"),
    "more_confident": QT_TRANSLATE_NOOP("ExchangeTexts", "More confident"),
    "network_expanded": QT_TRANSLATE_NOOP("ExchangeTexts", "Network expanded"),
    "coaching_skills_improved": QT_TRANSLATE_NOOP("ExchangeTexts", "Coaching skills improved"),
    "feels_useful": QT_TRANSLATE_NOOP("ExchangeTexts", "Feels useful"),
    "added_value": QT_TRANSLATE_NOOP("ExchangeTexts", "Added value"),
    "id": QT_TRANSLATE_NOOP("ExchangeTexts", "Identifier"),
    "updated_at": QT_TRANSLATE_NOOP("ExchangeTexts", "Last changed"),
    "person_id": QT_TRANSLATE_NOOP("ExchangeTexts", "Person"),
    "meeting_id": QT_TRANSLATE_NOOP("ExchangeTexts", "Meeting"),
}

_SHEETS = {
    "Mentees": QT_TRANSLATE_NOOP("ExchangeTexts", "Mentees"),
    "Mentors": QT_TRANSLATE_NOOP("ExchangeTexts", "Mentors"),
    "Duos": QT_TRANSLATE_NOOP("ExchangeTexts", "Duos"),
    "Meetings": QT_TRANSLATE_NOOP("ExchangeTexts", "Meetings"),
    "Attendance": QT_TRANSLATE_NOOP("ExchangeTexts", "Attendance at group sessions"),
    "Evaluations": QT_TRANSLATE_NOOP("ExchangeTexts", "Evaluations"),
    "Aggregates": QT_TRANSLATE_NOOP("ExchangeTexts", "Counts for statistics"),
    "About": QT_TRANSLATE_NOOP("ExchangeTexts", "About the file"),
}

_RECORDS = {
    "mentee": QT_TRANSLATE_NOOP("ExchangeTexts", "Mentee"),
    "mentor": QT_TRANSLATE_NOOP("ExchangeTexts", "Mentor"),
    "duo": QT_TRANSLATE_NOOP("ExchangeTexts", "Duo"),
    "meeting": QT_TRANSLATE_NOOP("ExchangeTexts", "Meeting"),
    "evaluation": QT_TRANSLATE_NOOP("ExchangeTexts", "Evaluation"),
}

# The code list of each code column; ``status`` depends on the record.
_CODE_FIELDS: dict[str, type[StrEnum]] = {
    "gender": codes.Gender,
    "education_level": codes.EducationLevel,
    "end_reason": codes.EndReason,
    "outcome": codes.Outcome,
    "kind": codes.MeetingKind,
    "respondent": codes.Respondent,
    "stage": codes.EvaluationStage,
}
_STATUSES: dict[str, type[StrEnum]] = {
    "mentee": codes.MenteeStatus,
    "mentor": codes.MentorStatus,
    "duo": codes.DuoStatus,
    "meeting": codes.MeetingStatus,
}
_DATE_FIELDS = frozenset({
    "birth_date", "referral_date", "trained_on", "registered_on", "consent_on",
    "proposed_on", "start_date", "end_date", "agreement_signed_on", "outcome_date",
    "answered_on"})
_YES_NO_FIELDS = frozenset({
    "attended", "professional_project_defined", "more_confident", "network_expanded",
    "coaching_skills_improved", "feels_useful", "added_value"})


def _tr(text: object) -> str:
    """A text marked with QT_TRANSLATE_NOOP above, in the current language."""
    return QCoreApplication.translate(_CONTEXT, str(text))


translate = QCoreApplication.translate


def field_title(name: str) -> str:
    """A column of the workbook by its meaning ("Birth date" for ``birth_date``)."""
    text = _FIELDS.get(name)
    return _tr(text) if text else name


def sheet_title(name: str) -> str:
    """A sheet by its meaning; a continuation sheet (``Meetings 2``) keeps its number."""
    base, _, part = name.rpartition(" ")
    if base in _SHEETS and part.isdigit():
        return f"{_tr(_SHEETS[base])} ({part})"
    text = _SHEETS.get(name)
    return _tr(text) if text else name


def record_title(record_type: str) -> str:
    """``mentee`` as "Mentee"… in the current language."""
    text = _RECORDS.get(record_type)
    return _tr(text) if text else record_type


def empty_value() -> str:
    return translate("ExchangeTexts", "(empty)")


def _code(enum: type[StrEnum], value: str) -> str:
    try:
        return labels.label(enum(value))
    except (ValueError, KeyError):
        return value  # an unknown code is shown as written, never guessed


def _date(value: str) -> str:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return value
    return formats.date_text(day)


def _moment(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    return formats.datetime_text(moment)


def _language(code: str) -> str:
    """As the Mentees filters show a language: its speakers' name and the code."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    name = locale.nativeLanguageName()
    return f"{name[:1].upper()}{name[1:]} ({code})" if name else code


def _languages(value: str) -> str:
    parts = []
    for item in value.split(";"):
        code, _, level = item.strip().partition(":")
        if not code:
            continue
        shown_level = _code(codes.LanguageLevel, level or "good")
        parts.append(f"{_language(code)} ({shown_level})")
    return ", ".join(parts)


def _attendance(value: str) -> str:
    marks = [item.rpartition(":")[2] for item in value.split(";") if item]
    present = sum(1 for mark in marks if mark == "yes")
    return translate("ExchangeTexts", "{present} present, {absent} absent").format(
        present=present, absent=len(marks) - present)


def value_text(record_type: str, name: str, value: str | None) -> str:
    """A value of a conflict (the workbook's text) as the user reads it: codes as labels,
    dates in the locale's short form, yes/no translated; ``(empty)`` for nothing."""
    if value is None or value == "":
        return empty_value()
    enum = _STATUSES.get(record_type) if name == "status" else _CODE_FIELDS.get(name)
    formats: dict[str, Callable[[str], str]] = {
        "sectors": lambda text: ", ".join(_code(codes.Sector, code)
                                          for code in text.split(";") if code),
        "languages": _languages,
        "starts_at": _moment,
        "attendance": _attendance,
    }
    if enum is not None:
        return _code(enum, value)
    if name in formats:
        return formats[name](value)
    if name in _DATE_FIELDS:
        return _date(value)
    if name in _YES_NO_FIELDS:
        shown = {"yes": translate("ExchangeTexts", "Yes"),
                 "no": translate("ExchangeTexts", "No")}
        return shown.get(value, value)
    return value


def problem_text(problem: ExchangeProblem) -> str:
    """One sentence for a row or cell of an imported workbook that was not applied: where,
    with the sheet and column in the user's words, then what (the exchange's own sentence,
    shared with the command line)."""
    if problem.column:
        place = translate("ExchangeTexts", "{sheet}, row {row}, column “{column}”")
    else:
        place = translate("ExchangeTexts", "{sheet}, row {row}")
    place = place.format(sheet=sheet_title(problem.sheet), row=problem.row,
                         column=field_title(problem.column or ""))
    return translate("ExchangeTexts", "{place}: {what}").format(
        place=place, what=problem_detail(problem))
