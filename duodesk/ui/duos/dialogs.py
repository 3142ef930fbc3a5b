"""The dialogs of a duo's lifecycle: one side's answer after the first meeting, signing the
agreement, closing the duo, stopping it early, and the outcome at 12 months.

Each dialog only collects the coordinator's choices; the duo's window hands them to the
service through :func:`run_until_done`, which shows a refusal in words and brings the same
dialog back with everything typed still in it (bad input loses nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from duodesk import labels
from duodesk.core.codes import DeclineReason, EndReason, Outcome
from duodesk.core.duo_status import FINISH_REASONS, STOP_REASONS, Side
from duodesk.core.errors import DuoDeskError
from duodesk.ui import formats, messages
from duodesk.ui.date_field import DateField

_D = TypeVar("_D", bound=QDialog)


def run_until_done(parent: QWidget, dialog: _D, act: Callable[[_D], Any]) -> bool:
    """Run ``dialog``; on OK call ``act(dialog)``. A refusal of the service is shown and the
    dialog comes back as it was left; True once ``act`` went through, False on Cancel."""
    while messages.run_dialog(dialog) == QDialog.DialogCode.Accepted:
        try:
            act(dialog)
        except DuoDeskError as error:
            messages.error(parent, error)
            continue
        return True
    return False


def date_edit(value: date) -> DateField:
    """A day, with a calendar, written as Belgian coordinators write it; one typed that is
    no real day (31/02) is refused with a message when the dialog's step is taken, never
    turned into another day."""
    return DateField(required=True, value=value)


def code_combo(codes: Iterable[Any]) -> QComboBox:
    """A choice among some codes of a code list, shown translated."""
    combo = QComboBox()
    for code in codes:
        combo.addItem(labels.label(code), code.value)
    return combo


class DuoDialog(QDialog):
    """A small form with OK and Cancel: a sentence on top, then labelled fields."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _back_to_waiting_choice(dialog: DuoDialog, leave_text: str) -> tuple[QRadioButton,
                                                                           QRadioButton]:
    back = QRadioButton(QCoreApplication.translate(
        "DuoDialogs", "Back on the waiting list, to be matched again"))
    leave = QRadioButton(leave_text)
    back.setChecked(True)
    group = QButtonGroup(dialog)
    group.addButton(back)
    group.addButton(leave)
    return back, leave


class DecisionDialog(DuoDialog):
    """One side's answer after the first meeting: yes, or no with a reason; on a no, whether
    the mentee goes back on the waiting list or leaves the programme."""

    def __init__(self, side: Side, name: str, *, yes_allowed: bool = True,
                 parent: QWidget | None = None) -> None:
        self.side = Side(side)
        title = (QCoreApplication.translate("DuoDialogs", "The mentee's answer")
                 if self.side == Side.MENTEE else
                 QCoreApplication.translate("DuoDialogs", "The mentor's answer"))
        intro = QCoreApplication.translate(
            "DuoDialogs", "What did {name} answer after the first meeting?").format(name=name)
        super().__init__(title, intro, parent)
        self.yes = QRadioButton(QCoreApplication.translate(
            "DuoDialogs", "Yes, they want to go on with this duo"))
        self.no = QRadioButton(QCoreApplication.translate("DuoDialogs", "No, they decline"))
        self.yes.setEnabled(yes_allowed)
        (self.yes if yes_allowed else self.no).setChecked(True)
        answers = QButtonGroup(self)
        answers.addButton(self.yes)
        answers.addButton(self.no)
        own = (DeclineReason.MENTEE_DECLINED if self.side == Side.MENTEE
               else DeclineReason.MENTOR_DECLINED)
        self.reason = code_combo(DeclineReason)
        self.reason.setCurrentIndex(self.reason.findData(own.value))
        self.back, self.leave = _back_to_waiting_choice(self, QCoreApplication.translate(
            "DuoDialogs", "Leaves the programme (withdrawn)"))
        self.form.addRow(self.yes)
        self.form.addRow(self.no)
        self.form.addRow(QCoreApplication.translate("DuoDialogs", "Reason"), self.reason)
        self.form.addRow(QCoreApplication.translate("DuoDialogs", "The mentee"), self.back)
        self.form.addRow("", self.leave)
        self.no.toggled.connect(self._declining)
        self._declining(self.no.isChecked())

    def _declining(self, declining: bool) -> None:
        for widget in (self.reason, self.back, self.leave):
            self.form.setRowVisible(widget, declining)
        self.adjustSize()

    def accepted(self) -> bool:
        return self.yes.isChecked()

    def decline_reason(self) -> str | None:
        return None if self.accepted() else self.reason.currentData()

    def back_to_waiting(self) -> bool | None:
        return None if self.accepted() else self.back.isChecked()


class SignDialog(DuoDialog):
    """The agreement signed at the second meeting: the day, today unless changed."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("DuoDialogs", "Sign the agreement"),
            QCoreApplication.translate(
                "DuoDialogs", "The day of signing is the duo's start: it runs six months, "
                "with follow-ups at 1, 3 and 6 months and the outcome check at 12."),
            parent)
        self.signed_on = date_edit(today)
        self.form.addRow(QCoreApplication.translate("DuoDialogs", "Signed on"), self.signed_on)

    def day(self) -> date:
        return self.signed_on.date().toPython()


class FinishDialog(DuoDialog):
    """Close a duo that reached its end: the day and why (six months, or a job found).

    ``possible_from``: the first end date "six months completed" is accepted on (the
    service refuses an earlier one); while the end date is earlier the dialog says so."""

    def __init__(self, today: date, parent: QWidget | None = None, *,
                 possible_from: date | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("DuoDialogs", "Close the duo"),
            QCoreApplication.translate(
                "DuoDialogs", "The mentee's path ends as finished and the mentor becomes "
                "available again. The outcome check at 12 months stays planned."),
            parent)
        self.possible_from = possible_from
        self.end_date = date_edit(today)
        self.reason = code_combo(r for r in EndReason if r in FINISH_REASONS)
        self.form.addRow(QCoreApplication.translate("DuoDialogs", "End date"), self.end_date)
        self.form.addRow(QCoreApplication.translate("DuoDialogs", "Reason"), self.reason)
        self.too_early = QLabel()
        self.too_early.setWordWrap(True)
        self.form.addRow(self.too_early)
        self.end_date.dateChanged.connect(lambda _day: self._show_too_early())
        self.reason.currentIndexChanged.connect(lambda _index: self._show_too_early())
        self._show_too_early()

    def is_too_early(self) -> bool:
        """"Six months completed" chosen with an end date the service would refuse."""
        return (self.possible_from is not None and self.end_reason() == EndReason.COMPLETED
                and self.end_date.problem() is None  # a typo is said when the step is taken
                and self.day() < self.possible_from)

    def _show_too_early(self) -> None:
        if self.possible_from is not None:
            self.too_early.setText(QCoreApplication.translate(
                "DuoDialogs", "“Six months completed” is possible from {day}, two weeks "
                "before the planned end. Before that: “Mentee found a job”, or “Stop "
                "early…” with its reason.").format(
                day=formats.long_date_text(self.possible_from)))
        self.form.setRowVisible(self.too_early, self.is_too_early())
        self.adjustSize()

    def day(self) -> date:
        return self.end_date.date().toPython()

    def end_reason(self) -> str:
        return str(self.reason.currentData())


class StopDialog(DuoDialog):
    """Stop a running duo early: the day, the reason, and what becomes of the mentee."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("DuoDialogs", "Stop the duo early"),
            QCoreApplication.translate(
                "DuoDialogs", "Meetings and follow-ups planned after the end date are "
                "cancelled; the outcome check at 12 months stays planned."),
            parent)
        self.end_date = date_edit(today)
        self.reason = code_combo(r for r in EndReason if r in STOP_REASONS)
        # A job found usually closes the duo (Close the duo…): the first reason of a real
        # early stop is offered first.
        self.reason.setCurrentIndex(self.reason.findData(EndReason.MENTEE_WITHDREW.value))
        self.back, self.leave = _back_to_waiting_choice(self, QCoreApplication.translate(
            "DuoDialogs", "Stops the programme"))
        self.form.addRow(QCoreApplication.translate("DuoDialogs", "End date"), self.end_date)
        self.form.addRow(QCoreApplication.translate("DuoDialogs", "Reason"), self.reason)
        self.form.addRow(QCoreApplication.translate("DuoDialogs", "The mentee"), self.back)
        self.form.addRow("", self.leave)

    def day(self) -> date:
        return self.end_date.date().toPython()

    def end_reason(self) -> str:
        return str(self.reason.currentData())

    def back_to_waiting(self) -> bool:
        return self.back.isChecked()


class OutcomeDialog(DuoDialog):
    """The mentee's situation twelve months after the start (recorded again: replaced)."""

    def __init__(self, today: date, current: str | None = None,
                 parent: QWidget | None = None, *, duo_name: str | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("DuoDialogs", "Outcome at 12 months"),
            QCoreApplication.translate(
                "DuoDialogs", "Where does the mentee stand twelve months after the start? "
                "Contacting them needs their consent to the follow-up contact."),
            parent)
        if duo_name is not None:  # opened away from the duo's window (the Today list)
            self.duo_label = QLabel(duo_name)
            self.form.addRow(QCoreApplication.translate("DuoDialogs", "Duo"), self.duo_label)
        self.outcome = code_combo(Outcome)
        if current is not None:
            self.outcome.setCurrentIndex(max(self.outcome.findData(current), 0))
        self.outcome_date = date_edit(today)
        self.form.addRow(QCoreApplication.translate("DuoDialogs", "Outcome"), self.outcome)
        self.form.addRow(QCoreApplication.translate("DuoDialogs", "Known on"),
                         self.outcome_date)

    def code(self) -> str:
        return str(self.outcome.currentData())

    def day(self) -> date:
        return self.outcome_date.date().toPython()
