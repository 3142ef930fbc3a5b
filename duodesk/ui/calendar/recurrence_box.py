"""How a new meeting repeats: not at all, every week, every two weeks or every month, until
a date or a number of times, said back in one plain sentence ("Every Tuesday at 10:00,
4 meetings from 1/12/2026 to 22/12/2026.").

For a meeting already in a series the rule is only shown: a series is changed meeting by
meeting, or "this one and all following" (the meeting dialog asks which).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from duodesk.core.calendar.recurrence import check_rule, expand
from duodesk.core.calendar.views import MAX_OCCURRENCES, Frequency, Recurrence
from duodesk.core.errors import InvalidValue
from duodesk.messages import describe
from duodesk.ui import formats
from duodesk.ui.calendar.meeting_form import ERROR_STYLE
from duodesk.ui.date_field import DateField

translate = QCoreApplication.translate
DEFAULT_COUNT = 4


def _day(value: date) -> str:
    return formats.date_text(value)


def _how(first: datetime, freq: Frequency | str) -> str:
    """"Every Tuesday at 10:00"."""
    weekday = QLocale().dayName(first.isoweekday())
    clock = f"{first.hour:02d}:{first.minute:02d}"
    if Frequency(str(freq)) is Frequency.WEEKLY:
        return translate("Recurrence", "Every {weekday} at {time}").format(
            weekday=weekday, time=clock)
    if Frequency(str(freq)) is Frequency.BIWEEKLY:
        return translate("Recurrence", "Every other {weekday} at {time}").format(
            weekday=weekday, time=clock)
    return translate("Recurrence", "Every month on day {day} at {time}").format(
        day=first.day, time=clock)


def series_sentence(meeting_start: datetime, rule: Recurrence) -> str:
    """A saved series' rule in words, as seen from one of its meetings."""
    how = _how(meeting_start, rule.freq)
    how = how[:1].lower() + how[1:]  # inside the sentence, no longer at its start
    if rule.until is not None:
        return translate("Recurrence", "Part of a series: {rule}, until {last}.").format(
            rule=how, last=_day(rule.until))
    return translate("Recurrence", "Part of a series: {rule}, {count} meetings in all.").format(
        rule=how, count=formats.number_text(rule.count or 0))


def rule_sentence(first: datetime, rule: Recurrence) -> str:
    """The rule in words, with how many meetings it makes and when the last one is."""
    locale = QLocale()
    how = _how(first, rule.freq)
    try:
        starts = expand(first, check_rule(rule, first))
    except InvalidValue:
        return how + "."
    if len(starts) == 1:
        return translate("Recurrence", "{rule}: one meeting only, on {first}.").format(
            rule=how, first=_day(starts[0]))
    return translate("Recurrence", "{rule}: {count} meetings, from {first} to {last}.").format(
        rule=how, count=locale.toString(len(starts)), first=_day(starts[0]),
        last=_day(starts[-1]))


class RecurrenceBox(QWidget):
    """The repetition of a new meeting; ``changed`` after each edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = datetime.now().replace(second=0, microsecond=0)
        self._first_known = False
        self.read_only_rule: Recurrence | None = None
        self.freq = QComboBox()
        self.until_choice = QRadioButton()
        self.count_choice = QRadioButton()
        self.count_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.until_choice)
        group.addButton(self.count_choice)
        # A last date typed that is no real day (31/02) is said in the box's sentence.
        self.until = DateField(required=True, value=date.today())
        self.count = QSpinBox()
        self.count.setRange(1, MAX_OCCURRENCES)
        self.count.setValue(DEFAULT_COUNT)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.times_label = QLabel()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.freq, 0, 0, 1, 3)
        layout.addWidget(self.count_choice, 1, 0)
        layout.addWidget(self.count, 1, 1)
        layout.addWidget(self.times_label, 1, 2)
        layout.addWidget(self.until_choice, 2, 0)
        layout.addWidget(self.until, 2, 1)
        layout.addWidget(self.sentence, 3, 0, 1, 3)
        layout.setColumnStretch(2, 1)
        for signal in (self.freq.currentIndexChanged, self.until_choice.toggled,
                       self.until.dateChanged, self.until.changed, self.count.valueChanged):
            signal.connect(self._edited)
        self.retranslate()

    def retranslate(self) -> None:
        chosen = self.freq.currentData()
        self.freq.blockSignals(True)
        self.freq.clear()
        self.freq.addItem(translate("Recurrence", "Does not repeat"), None)
        self.freq.addItem(translate("Recurrence", "Every week"), Frequency.WEEKLY.value)
        self.freq.addItem(translate("Recurrence", "Every two weeks"), Frequency.BIWEEKLY.value)
        self.freq.addItem(translate("Recurrence", "Every month"), Frequency.MONTHLY.value)
        self.freq.setCurrentIndex(max(0, self.freq.findData(chosen)))
        self.freq.blockSignals(False)
        self.count_choice.setText(translate("Recurrence", "For"))
        self.times_label.setText(translate("Recurrence", "meetings in all"))
        self.until_choice.setText(translate("Recurrence", "Until"))
        self._show()

    def set_first(self, first: datetime) -> None:
        """The first meeting's start. When its day moves, an end date not chosen yet (or now
        before it) follows; an end date being typed is never changed under the fingers."""
        moved = first.date() != self.first.date() or not self._first_known
        self.first = first
        self._first_known = True
        until = self.until.last_day()
        if moved and (until is None or until < first.date()
                      or not self.until_choice.isChecked()):
            later = first.date() + timedelta(weeks=DEFAULT_COUNT - 1)
            self.until.blockSignals(True)
            self.until.setDate(QDate(later.year, later.month, later.day))
            self.until.blockSignals(False)
        self._show()

    def show_rule(self, rule: Recurrence | None) -> None:
        """A meeting already saved: its series' rule in words, nothing to change."""
        self.read_only_rule = rule
        for widget in (self.freq, self.until_choice, self.count_choice, self.until, self.count,
                       self.times_label):
            widget.setVisible(False)
        self._show()

    def recurrence(self) -> Recurrence | None:
        """The rule chosen, or None when the meeting does not repeat (or only shown)."""
        if self.read_only_rule is not None or self.freq.currentData() is None:
            return None
        if self.until_choice.isChecked():
            # While the last date is a typo, its last real day (problem() refuses saving).
            until = self.until.last_day() or self.first.date()
            return Recurrence(self.freq.currentData(), until=until)
        return Recurrence(self.freq.currentData(), count=self.count.value())

    def problem(self) -> str | None:
        """What is wrong with the rule, in words; None when nothing is."""
        rule = self.recurrence()
        if rule is not None and rule.until is not None and (
                unreadable := self.until.problem()) is not None:
            return describe(unreadable)
        if rule is not None and rule.until is not None and rule.until < self.first.date():
            return translate("Recurrence", "The last date must not be before the first "
                                           "meeting.")
        return None

    def _edited(self, *_args: object) -> None:
        repeats = self.freq.currentData() is not None
        for widget in (self.until_choice, self.count_choice, self.times_label):
            widget.setEnabled(repeats)
        self.until.setEnabled(repeats and self.until_choice.isChecked())
        self.count.setEnabled(repeats and self.count_choice.isChecked())
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        if self.read_only_rule is not None:
            self.sentence.setText(series_sentence(self.first, self.read_only_rule))
            return
        rule = self.recurrence()
        problem = self.problem()
        self.sentence.setStyleSheet(ERROR_STYLE if problem else "")
        if rule is None:
            self.sentence.setText(translate("Recurrence", "One meeting, on {day}.").format(
                day=_day(self.first)))
        else:
            self.sentence.setText(problem or rule_sentence(self.first, rule))
        repeats = rule is not None
        self.until.setEnabled(repeats and self.until_choice.isChecked())
        self.count.setEnabled(repeats and self.count_choice.isChecked())
        for widget in (self.until_choice, self.count_choice, self.times_label):
            widget.setEnabled(repeats)
