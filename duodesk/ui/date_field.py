"""A day typed as Belgian coordinators type it (05/03/2026, 5/3/26, 05-03-2026, 05.03.2026)
or picked from a calendar, never changed behind the user's back.

A ``QDateEdit`` turns an impossible day such as 31/02/2000 into another real day without a
word; this field keeps exactly the text typed until it is a real date, frames it in red with
the reason as its tooltip, and :meth:`DateField.value` refuses it with an
:class:`~duodesk.core.errors.InvalidValue` so that the form says why it does not save. The
text is read by the partner import's parser (the same two-digit-year rule everywhere).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from duodesk.core.errors import InvalidValue
from duodesk.core.imports.dates import DateUnreadable, parse_date
from duodesk.messages import describe

DISPLAY_FORMAT = "dd/MM/yyyy"
INVALID_STYLE = "QLineEdit { border: 2px solid #b3261e; border-radius: 3px; }"
NOT_A_DATE = "not_a_date"


def read_day(text: str, today: date) -> date | None:
    """The day ``text`` names (``None`` when empty); raises :class:`InvalidValue`.

    Five digits alone are an Excel serial number for the import, but typed in a field they
    are a slip of the keyboard, not a day in 1933: refused."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit() and len(text) == 5:
        raise InvalidValue(field="", reason=NOT_A_DATE, typed=text)
    try:
        return parse_date(text, today)
    except DateUnreadable:
        raise InvalidValue(field="", reason=NOT_A_DATE, typed=text) from None


class DateField(QWidget):
    """A day that may stay empty (``required=False``) or must be given, typed or picked
    from the calendar behind the button. ``changed`` says the user edited it;
    ``dateChanged``, ``date()`` and ``setDate()`` behave as ``QDateEdit``'s for the code
    written for one (``dateChanged`` comes only with a real day, never with a typo)."""

    changed = Signal()
    dateChanged = Signal(QDate)  # QDateEdit's name, for the code written for one

    def __init__(self, parent: QWidget | None = None, *, required: bool = False,
                 value: date | None = None) -> None:
        super().__init__(parent)
        self.required = required
        self._shown_day: date | None = None  # the last real day, for dateChanged
        self.edit = QLineEdit()
        self.edit.setMaxLength(32)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # The arrow is the button's text: Qt's own menu arrow beside it would make two.
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.menu = QMenu(self.button)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        self.button.setMenu(self.menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        # The calendar opens on the day shown, or on this month rather than in January 1900.
        self.calendar.installEventFilter(self)
        self.set_value(value)
        self.retranslate()

    def retranslate(self) -> None:
        # How to type a day, in the language's letters (jj/mm/aaaa, dd/mm/jjjj).
        self.edit.setPlaceholderText(QCoreApplication.translate("DateField", "dd/mm/yyyy"))
        self.button.setToolTip(QCoreApplication.translate("DateField", "Pick from a calendar"))
        self._mark(self.problem() if self.edit.styleSheet() else None)

    def changeEvent(self, event: QEvent) -> None:
        # Every date field follows a language change by itself, wherever it is placed.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the user's side ----------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        # Alt+Down or F4 opens the calendar, as in every date box of the system.
        if event.key() == Qt.Key.Key_F4 or (
                event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.button.showMenu()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only Show matters; while the page is torn down the calendar may outlive this
        # wrapper's attributes, so they are not read for any other event.
        if event.type() == QEvent.Type.Show and watched is getattr(self, "calendar", None):
            day = self._readable()
            shown = QDate(day) if day else QDate.currentDate()
            if day:
                self.calendar.setSelectedDate(shown)
            self.calendar.setCurrentPage(shown.year(), shown.month())
        return super().eventFilter(watched, event)

    def _typed(self, _text: str) -> None:
        # A day that has become readable loses its red frame at once; an unreadable one is
        # only marked when the user leaves the field, not at every key of a half-typed day.
        if self.problem() is None:
            self._mark(None)
        self.changed.emit()
        self._follow()

    def _finished(self) -> None:
        problem = self.problem()
        if problem is None and self.edit.text().strip():
            self._show(self._readable())  # 5/3/26 written back as 05/03/2026
        self._mark(problem)

    def _picked(self, day: QDate) -> None:
        self.menu.close()
        self._show(day.toPython())
        self._mark(None)
        self.edit.setFocus()
        self.changed.emit()
        self._follow()

    # --- the program's side -------------------------------------------------------------
    def problem(self) -> InvalidValue | None:
        """Why the text is not a day (``None`` when it is one, or empty and allowed)."""
        try:
            self.value()
        except InvalidValue as problem:
            return problem
        return None

    def value(self) -> date | None:
        """The day typed (``None``: empty); raises :class:`InvalidValue` for a text that
        is no real day, or an empty required field."""
        day = read_day(self.edit.text(), date.today())
        if day is None and self.required:
            raise InvalidValue(field="", reason=NOT_A_DATE, typed="")
        return day

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (``None``: empty), as the program's and not as an edit."""
        self._show(value)
        self._mark(None)
        self._follow()

    def date(self) -> QDate:
        """:meth:`value` as a ``QDate`` (null when empty); raises as :meth:`value` does."""
        day = self.value()
        return QDate(day) if day else QDate()

    def setDate(self, day: QDate) -> None:
        self.set_value(day.toPython() if day.isValid() else None)

    def last_day(self) -> date | None:
        """The last real day the field showed (typed, picked or set): what a form's live
        texts (an end time, a series' sentence) go on with while a typo is being fixed.
        Never what is saved: the form refuses to save while :meth:`problem` says why."""
        return self._shown_day

    def text(self) -> str:
        return self.edit.text()

    def _follow(self) -> None:
        day = self._readable()
        if day is not None and day != self._shown_day:
            self._shown_day = day
            self.dateChanged.emit(QDate(day))

    def _readable(self) -> date | None:
        try:
            return self.value()
        except InvalidValue:
            return None

    def _show(self, value: date | None) -> None:
        self.edit.setText(QDate(value).toString(DISPLAY_FORMAT) if value else "")

    def _mark(self, problem: InvalidValue | None) -> None:
        self.edit.setStyleSheet(INVALID_STYLE if problem else "")
        self.edit.setToolTip(describe(problem) if problem else "")
        self.edit.setAccessibleDescription(self.edit.toolTip())
