"""The words of the impact reports (SPEC §8), for the window, the command line and the
exported documents alike: each indicator's short name, its explanation (how it is counted,
in a coordinator's terms), and the sentences for a report that cannot be made.

QtCore only (``QCoreApplication.translate``), so that ``duodesk stats`` and the PDF and Excel
exports speak the user's language without a display.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate

from duodesk.i18n import document_locale, keeping_document_language, translate

if TYPE_CHECKING:
    from duodesk.core.reports.indicators import ImpactReport
    from duodesk.core.reports.words import ReportWords

CONTEXT = "ReportTexts"

_NAMES = {
    "mentee_positive_outcome": QT_TRANSLATE_NOOP(
        "ReportTexts", "Mentees in a job, internship or qualifying training after 12 months"),
    "mentee_professional_project": QT_TRANSLATE_NOOP(
        "ReportTexts", "Mentees with a concrete professional project"),
    "mentee_more_confident": QT_TRANSLATE_NOOP(
        "ReportTexts", "Mentees more confident in their job search"),
    "mentee_network_expanded": QT_TRANSLATE_NOOP(
        "ReportTexts", "Mentees with a wider network"),
    "mentor_coaching_skills": QT_TRANSLATE_NOOP(
        "ReportTexts", "Mentors who improved their coaching skills"),
    "mentor_feels_useful": QT_TRANSLATE_NOOP(
        "ReportTexts", "Mentors who feel more useful to society"),
    "mentor_added_value": QT_TRANSLATE_NOOP(
        "ReportTexts", "Mentors for whom the duo brought added value"),
    "mentor_another_duo": QT_TRANSLATE_NOOP(
        "ReportTexts", "Mentors who started another duo after their first"),
}

_EXPLANATIONS = {
    "mentee_positive_outcome": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Duos of the period that started at least 12 months before the report date. Counted: "
        "those whose 12-month outcome is recorded (not “unreachable”). Yes: a job, an "
        "internship or a qualifying training. Unknown: outcome not recorded or mentee "
        "unreachable."),
    "mentee_professional_project": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "The mentee's end-of-duo evaluation (the latest one) of each duo started in the "
        "period, where the question was answered. Yes: a concrete, realistic professional "
        "project was defined."),
    "mentee_more_confident": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "The mentee's end-of-duo evaluation (the latest one) of each duo started in the "
        "period, where the question was answered. Yes: more confident and autonomous in the "
        "job search."),
    "mentee_network_expanded": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "The mentee's end-of-duo evaluation (the latest one) of each duo started in the "
        "period, where the question was answered. Yes: a wider professional or social "
        "network."),
    "mentor_coaching_skills": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "The mentor's end-of-duo evaluation (the latest one) of each duo started in the "
        "period, where the question was answered. Yes: coaching skills improved (listening, "
        "empathy…)."),
    "mentor_feels_useful": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "The mentor's end-of-duo evaluation (the latest one) of each duo started in the "
        "period, where the question was answered. Yes: feels more useful as an active member "
        "of society."),
    "mentor_added_value": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "The mentor's end-of-duo evaluation (the latest one) of each duo started in the "
        "period, where the question was answered. Yes: the duo brought added value to their "
        "professional and personal life."),
    "mentor_another_duo": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Mentors whose first duo started in the period and has ended (finished or stopped). "
        "Yes: they started another duo after it (declined proposals do not count)."),
}

COHORT_NOTE = QT_TRANSLATE_NOOP(
    "ReportTexts",
    "Duos counted: those started in the period (active, finished or stopped), the latest one "
    "for a mentee matched more than once.")


def name(indicator: str) -> str:
    """The indicator's short name in the user's language."""
    return translate(CONTEXT, _NAMES[indicator])


def explanation(indicator: str) -> str:
    """How the indicator is counted, in the user's language."""
    return translate(CONTEXT, _EXPLANATIONS[indicator])


def cohort_note() -> str:
    return translate(CONTEXT, COHORT_NOTE)


def unknown_note(count: int) -> str:
    """The duos due for a 12-month outcome that is not known."""
    return translate("ReportTexts", "Unknown outcome: {count}").format(
        count=document_locale().toString(count))


def no_data() -> str:
    """Shown instead of a percent when nothing was counted."""
    return translate("ReportTexts", "no data")


def published_label() -> str:
    return translate("ReportTexts", "Published")


def ours_label() -> str:
    return translate("ReportTexts", "This report")


def title() -> str:
    return translate("ReportTexts", "Impact report")


def all_antennas() -> str:
    return translate("ReportTexts", "All antennas")


def headings() -> dict[str, str]:
    """The column headings of the report's table (page, PDF and workbook)."""
    return {
        "indicator": translate("ReportTexts", "Indicator"),
        "numerator": translate("ReportTexts", "Yes"),
        "denominator": translate("ReportTexts", "Counted"),
        "percent": translate("ReportTexts", "Result"),
        "published": published_label(),
        "unknown": translate("ReportTexts", "Unknown"),
        "code": translate("ReportTexts", "Code"),
        "explanation": translate("ReportTexts", "How it is counted"),
    }


def period_line(period_from: str, period_to: str) -> str:
    return translate("ReportTexts", "Duos started from {start} to {end}").format(
        start=period_from, end=period_to)


def as_of_line(as_of: str) -> str:
    return translate("ReportTexts", "Report date: {date}").format(date=as_of)


def antenna_line(antenna: str) -> str:
    return translate("ReportTexts", "Antenna: {antenna}").format(antenna=antenna)


def source_note() -> str:
    return translate(
        "ReportTexts",
        "Published figures: DUO for a JOB, “Our impact” (the organisation's website).")


def report_problem(params: dict[str, Any],
                   day: Callable[[Any], str] = lambda value: str(value or "")) -> str:
    """The sentence for a ``ReportRefused`` error; ``day`` writes its days (as given by
    default: the command line says back the YYYY-MM-DD typed; the window, in words)."""
    if params.get("reason") == "unknown_antenna":
        return translate(
            "ReportTexts", "There is no antenna with the code “{antenna}”. Known antennas: {known}."
        ).format(antenna=params.get("antenna", ""), known=params.get("known") or "—")
    return translate(
        "ReportTexts", "The period ends ({end}) before it starts ({start}). Check the two dates."
    ).format(start=day(params.get("period_from")), end=day(params.get("period_to")))


def day_words(value: Any) -> str:
    """A day the core gave as ISO text, in words (1 juin 2023), as the report writes dates."""
    if isinstance(value, date):
        return format_date(value)
    try:
        return format_date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value or "")


def format_percent(value: Decimal | None) -> str:
    """A percent with one decimal in the user's locale (72,0 % in French), or "no data"."""
    if value is None:
        return no_data()
    number = document_locale().toString(float(value), "f", 1)
    return translate("ReportTexts", "{value}%").format(value=number)


def format_date(day: date) -> str:
    """A date in words in the user's locale (1 January 2025, 1 janvier 2025)."""
    return document_locale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def report_words(report: ImpactReport) -> ReportWords:
    """Every text of an exported report, in the user's language (or the one of
    :func:`duodesk.i18n.document_language` around the call)."""
    from duodesk.core.reports.indicators import INDICATOR_NAMES
    from duodesk.core.reports.words import ReportWords

    antenna = (f"{report.antenna_code} – {report.antenna_name}" if report.antenna_code
               else all_antennas())
    return ReportWords(
        title=title(),
        antenna=antenna_line(antenna),
        period=period_line(format_date(report.period_from), format_date(report.period_to)),
        as_of=as_of_line(format_date(report.as_of)),
        headings=headings(),
        names={key: name(key) for key in INDICATOR_NAMES},
        explanations={key: explanation(key) for key in INDICATOR_NAMES},
        ours=ours_label(),
        published=published_label(),
        # Called later, on the worker that writes the file: in the language of the words.
        unknown=keeping_document_language(unknown_note),
        percent=keeping_document_language(format_percent),
        cohort_note=cohort_note(),
        source_note=source_note(),
        definitions=translate("ReportTexts", "How each figure is counted"),
        page=translate("ReportTexts", "Page {page} of {pages}"),
    )
