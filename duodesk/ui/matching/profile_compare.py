"""A waiting mentee and a proposed mentor side by side: languages, sectors, week slots,
interests, where they live and what they do, with what they share highlighted (the overlaps
that the score and its reasons speak of)."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from duodesk import labels
from duodesk.core.codes import LanguageLevel, Sector
from duodesk.core.matching.results import Suggestion
from duodesk.core.services.person_data import MenteeData, MentorData, PersonFile
from duodesk.matching_texts import language_name, reason_text, reasons_text, slot_name

translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)

SHARED_STYLE = "background-color:#d8efd9; color:#1b5e20; font-weight:600"
# Languages count for matching from this level on (SPEC §7), so only those are "shared".
GOOD_LEVELS = frozenset({LanguageLevel.GOOD, LanguageLevel.FLUENT, LanguageLevel.NATIVE})
ROWS = ("reasons", "languages", "sectors", "availability", "interests", "place", "work")
DAY_ORDER = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PART_ORDER = ("morning", "afternoon", "evening")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _listing(items: Iterable[tuple[str, bool]]) -> str:
    """Items as rich text, the shared ones highlighted; a dash when there are none."""
    shown = [f'<span style="{SHARED_STYLE}">&nbsp;{html.escape(text)}&nbsp;</span>' if shared
             else html.escape(text) for text, shared in items]
    return ", ".join(shown) if shown else "—"


def _good_languages(data: MenteeData | MentorData) -> set[str]:
    return {code for code, level in data.languages if LanguageLevel(level) in GOOD_LEVELS}


def _languages(data: MenteeData | MentorData, other: set[str]) -> str:
    return _listing(
        (f"{_capital(language_name(code))} ({labels.label(LanguageLevel(level)).lower()})",
         code in other and LanguageLevel(level) in GOOD_LEVELS)
        for code, level in data.languages)


def _sector(code: str) -> str:
    try:
        return labels.label(Sector(code))
    except ValueError:
        return code


def _slots(data: MenteeData | MentorData) -> list[str]:
    slots = {f"{day}_{part}" for day, part in data.availability}
    return [f"{day}_{part}" for day in DAY_ORDER for part in PART_ORDER
            if f"{day}_{part}" in slots]


def _interest_key(text: str) -> str:
    return " ".join(text.casefold().split())


class ProfileComparison(QFrame):
    """Shows a mentee beside a mentor (``show``), or the mentee alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileComparison")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._mentee: PersonFile | None = None
        self._mentor: PersonFile | None = None
        self._suggestion: Suggestion | None = None
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(18)
        self.mentee_title, self.mentor_title = QLabel(), QLabel()
        bold = QFont(self.mentee_title.font())
        bold.setBold(True)
        for column, title in ((1, self.mentee_title), (2, self.mentor_title)):
            title.setFont(bold)
            grid.addWidget(title, 0, column)
        self.row_titles: dict[str, QLabel] = {}
        self.cells: dict[tuple[str, int], QLabel] = {}
        for number, key in enumerate(ROWS, start=1):
            title = QLabel()
            title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(title, number, 0)
            self.row_titles[key] = title
            for column in ((1,) if key == "reasons" else (1, 2)):
                cell = QLabel()
                cell.setWordWrap(True)
                cell.setTextFormat(Qt.TextFormat.RichText)
                cell.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(cell, number, column, 1, 2 if key == "reasons" else 1)
                self.cells[(key, column)] = cell
        grid.setRowStretch(len(ROWS) + 1, 1)
        self.retranslate()

    def show_pair(self, mentee: PersonFile | None, mentor: PersonFile | None,
                  suggestion: Suggestion | None = None) -> None:
        """Show ``mentee`` beside ``mentor`` (None: the mentee alone)."""
        self._mentee, self._mentor, self._suggestion = mentee, mentor, suggestion
        self._fill()

    def cell_text(self, key: str, mentor: bool) -> str:
        return self.cells[(key, 2 if mentor else 1)].text()

    def _fill(self) -> None:
        mentee, mentor = self._mentee, self._mentor
        self.mentee_title.setText(html.escape(_name(mentee)) if mentee else "")
        self.mentor_title.setText(html.escape(_name(mentor)) if mentor else "")
        people = ((1, mentee, mentor), (2, mentor, mentee))
        suggestion = self._suggestion if mentor else None
        self.cells[("reasons", 1)].setText(
            html.escape(reasons_text(suggestion.reasons)) if suggestion else "")
        for column, person, other in people:
            for key in ROWS[1:]:
                self.cells[(key, column)].setText(
                    self._value(key, person, other, column == 2) if person else "")

    def _value(self, key: str, person: PersonFile, other: PersonFile | None,
               is_mentor: bool) -> str:
        data, theirs = person.data, other.data if other else None
        if key == "languages":
            return _languages(data, _good_languages(theirs) if theirs else set())
        if key == "sectors":
            shared = set(theirs.sectors) if theirs else set()
            return _listing((_sector(code), code in shared) for code in data.sectors)
        if key == "availability":
            shared = set(_slots(theirs)) if theirs else set()
            return _listing((slot_name(slot), slot in shared) for slot in _slots(data))
        if key == "interests":
            shared = {_interest_key(text) for text in theirs.interests} if theirs else set()
            return _listing((text, _interest_key(text) in shared) for text in data.interests)
        if key == "place":
            return self._place(data, is_mentor)
        return self._work(data)

    def _place(self, data: MenteeData | MentorData, is_mentor: bool) -> str:
        place = " ".join(part for part in (data.postal_code, data.municipality) if part)
        text = html.escape(place) if place else "—"
        distance = next((reason for reason in (self._suggestion.reasons
                                               if self._suggestion else ())
                         if reason.code == "distance"), None)
        if is_mentor and distance is not None:
            text += f' <span style="{SHARED_STYLE}">&nbsp;' \
                    f"{html.escape(reason_text(distance))}&nbsp;</span>"
        return text

    @staticmethod
    def _work(data: MenteeData | MentorData) -> str:
        if isinstance(data, MenteeData):
            return html.escape(data.professional_project or "—")
        parts = [part for part in (data.last_job, data.employer) if part]
        return html.escape(" · ".join(parts)) if parts else "—"

    def retranslate(self) -> None:
        titles = {
            "reasons": translate("ProfileComparison", "Why"),
            "languages": translate("ProfileComparison", "Languages"),
            "sectors": translate("ProfileComparison", "Sectors"),
            "availability": translate("ProfileComparison", "Free"),
            "interests": translate("ProfileComparison", "Interests"),
            "place": translate("ProfileComparison", "Lives in"),
            "work": translate("ProfileComparison", "Project / last job"),
        }
        for key, title in titles.items():
            self.row_titles[key].setText(title)
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _name(person: PersonFile) -> str:
    return f"{person.data.first_name} {person.data.last_name}".strip()
