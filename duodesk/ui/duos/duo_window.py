"""A duo's window (SPEC §4.4), one per duo: the header (mentee, mentor, coordinator, status,
key dates, what needs attention), the lifecycle steps as buttons offered only when the duo's
status allows them, and the tabs Timeline, Meetings and Evaluations.

The service still checks every step: a refusal is shown in words (``describe``) and the
dialog comes back as it was left. After every step the window reads the duo again and emits
``changed(duo_id)``, so that the Duos page and the persons' files follow.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.codes import AgreementLanguage, DeclineReason, EndReason, Outcome
from duodesk.core.duo_status import Side, Step, completion_possible_from
from duodesk.core.services.duo_data import DuoView
from duodesk.core.services.duos import DuoService
from duodesk.ui import messages
from duodesk.ui.duos import texts
from duodesk.ui.duos.dialogs import (
    DecisionDialog,
    FinishDialog,
    OutcomeDialog,
    SignDialog,
    StopDialog,
    run_until_done,
)
from duodesk.ui.duos.duo_tabs import EvaluationsTab, MeetingsTab, TimelineTab

FLAG_STYLE = "color: #b3261e; font-weight: bold;"


class DuoWindow(QWidget):
    """The window of one duo. ``person_requested(id)``: open the mentee's or mentor's file."""

    changed = Signal(object)  # the duo's uuid.UUID, after every step that went through
    person_requested = Signal(object)
    calendar_requested = Signal(object)  # the duo's id: show its meetings in the calendar

    def __init__(self, duos: DuoService, duo_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.duos = duos
        self.duo_id = duo_id
        self.duo: DuoView = duos.get(duo_id)  # raises NotFound before any widget is made
        self._build()
        self.reload()
        self.resize(1000, 680)  # fits a 1366×768 laptop screen
        # Ctrl+W (Ctrl+F4 on Windows) closes it, as a document window does.
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.summary_label = QLabel()
        self.flags_label = QLabel()
        self.flags_label.setStyleSheet(FLAG_STYLE)
        self.mentee_button = QPushButton()
        self.mentor_button = QPushButton()
        self.mentee_button.clicked.connect(lambda: self.person_requested.emit(self.duo.mentee_id))
        self.mentor_button.clicked.connect(lambda: self.person_requested.emit(self.duo.mentor_id))
        self.calendar_button = QPushButton()
        self.calendar_button.clicked.connect(lambda: self.calendar_requested.emit(self.duo.id))
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.summary_label)
        titles.addWidget(self.flags_label)
        top.addLayout(titles, 1)
        top.addWidget(self.mentee_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.mentor_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.calendar_button, 0, Qt.AlignmentFlag.AlignTop)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_agreement)
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)

        self.dates = QGridLayout()
        self.dates.setHorizontalSpacing(18)
        self.date_captions: dict[str, QLabel] = {}
        self.date_values: dict[str, QLabel] = {}
        for number, key in enumerate(("proposed", "first_meeting", "deadline", "answers",
                                      "accepted", "start", "planned_end", "end", "outcome")):
            caption, value = QLabel(), QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.date_captions[key], self.date_values[key] = caption, value
            row, column = number % 3, (number // 3) * 2
            self.dates.addWidget(caption, row, column)
            self.dates.addWidget(value, row, column + 1)
        self.dates.setColumnStretch(5, 1)

        self.mentee_answer_button = QPushButton()
        self.mentor_answer_button = QPushButton()
        self.sign_button = QPushButton()
        self.finish_button = QPushButton()
        self.stop_button = QPushButton()
        self.outcome_button = QPushButton()
        self.mentee_answer_button.clicked.connect(lambda: self.record_answer(Side.MENTEE))
        self.mentor_answer_button.clicked.connect(lambda: self.record_answer(Side.MENTOR))
        self.sign_button.clicked.connect(self.sign)
        self.finish_button.clicked.connect(self.finish)
        self.stop_button.clicked.connect(self.stop)
        self.outcome_button.clicked.connect(self.record_outcome)
        actions = QHBoxLayout()
        for button in (self.mentee_answer_button, self.mentor_answer_button, self.sign_button,
                       self.finish_button, self.stop_button, self.outcome_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.timeline = TimelineTab()
        self.meetings = MeetingsTab(self.duos)
        self.evaluations = EvaluationsTab(self.duos)
        self.meetings.changed.connect(self._step_done)
        self.evaluations.changed.connect(self._step_done)
        self.tabs = QTabWidget()
        self.timeline_index = self.tabs.addTab(self.timeline, "")
        self.meetings_index = self.tabs.addTab(self.meetings, "")
        self.evaluations_index = self.tabs.addTab(self.evaluations, "")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.dates)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    # --- showing ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the duo, its timeline, meetings and evaluations again and show them."""
        self.duo = self.duos.get(self.duo_id)
        self.timeline.show_events(self.duos.timeline(self.duo_id))
        self.meetings.show_meetings(self.duo, self.duos.meetings_of_duo(self.duo_id))
        self.evaluations.show_forms(self.duo, self.duos.evaluations_of_duo(self.duo_id))
        self._show_header()
        self._update_buttons()

    def _show_header(self) -> None:
        duo = self.duo
        name = texts.duo_name(duo)
        self.name_label.setText(name)
        self.setWindowTitle(f"{name} — {messages.app_title()}")
        parts = [texts.status(duo.status),
                 QCoreApplication.translate("DuoWindow", "coordinator: {name}").format(
                     name=duo.coordinator_name or "—"),
                 QCoreApplication.translate("DuoWindow", "antenna {code}").format(
                     code=duo.antenna_code),
                 QCoreApplication.translate("DuoWindow", "agreement: {language}").format(
                     language=texts.code_label(AgreementLanguage, duo.agreement_language))]
        self.summary_label.setText(" · ".join(parts))
        flags = texts.flags(duo, self.duos.today())
        self.flags_label.setText(" · ".join(flags))
        self.flags_label.setVisible(bool(flags))
        answers = QCoreApplication.translate(
            "DuoWindow", "mentee: {mentee}, mentor: {mentor}").format(
            mentee=texts.decision(duo.mentee_accepted), mentor=texts.decision(duo.mentor_accepted))
        if duo.decline_reason:
            answers += " — " + texts.code_label(DeclineReason, duo.decline_reason)
        end = texts.day(duo.end_date)
        if duo.end_reason:
            end += " — " + texts.code_label(EndReason, duo.end_reason)
        outcome = texts.code_label(Outcome, duo.outcome)
        if duo.outcome_date:
            outcome += " — " + texts.day(duo.outcome_date)
        values = {"proposed": texts.day(duo.proposed_on),
                  "first_meeting": texts.moment(duo.first_meeting_at),
                  "deadline": texts.moment(duo.decision_deadline), "answers": answers,
                  "accepted": texts.day(duo.accepted_on), "start": texts.day(duo.start_date),
                  "planned_end": texts.day(duo.planned_end), "end": end, "outcome": outcome}
        for key, value in values.items():
            self.date_values[key].setText(value or "—")

    def _update_buttons(self) -> None:
        """Only the steps the duo's status allows are offered."""
        actions = self.duo.actions
        deciding = Step.DECIDE.value in actions
        self.mentee_answer_button.setEnabled(deciding)
        self.mentor_answer_button.setEnabled(deciding)
        self.sign_button.setEnabled(Step.SIGN.value in actions)
        self.finish_button.setEnabled(Step.FINISH.value in actions)
        self.stop_button.setEnabled(Step.STOP.value in actions)
        self.outcome_button.setEnabled(Step.OUTCOME.value in actions)

    def offered_steps(self) -> set[str]:
        """The lifecycle buttons that can be clicked now (for tests and the header)."""
        buttons = {"mentee_answer": self.mentee_answer_button,
                   "mentor_answer": self.mentor_answer_button, "sign": self.sign_button,
                   "finish": self.finish_button, "stop": self.stop_button,
                   "outcome": self.outcome_button}
        return {key for key, button in buttons.items() if button.isEnabled()}

    # --- lifecycle steps ------------------------------------------------------------------------
    def _step_done(self) -> None:
        self.reload()
        self.changed.emit(self.duo_id)

    def record_answer(self, side: Side) -> None:
        """A side's yes or no after the first meeting (a yes only once)."""
        duo = self.duo
        said = duo.mentee_accepted if side == Side.MENTEE else duo.mentor_accepted
        name = duo.mentee_name if side == Side.MENTEE else duo.mentor_name
        dialog = DecisionDialog(side, name, yes_allowed=said is not True, parent=self)
        if run_until_done(self, dialog, lambda d: self.duos.record_decision(
                self.duo_id, side, d.accepted(), d.decline_reason(),
                return_mentee_to_waiting=d.back_to_waiting())):
            self._step_done()

    def sign(self) -> None:
        dialog = SignDialog(self.duos.today(), self)
        if run_until_done(self, dialog, lambda d: self.duos.sign_agreement(self.duo_id,
                                                                           d.day())):
            self._step_done()

    def finish(self) -> None:
        planned = self.duo.planned_end
        dialog = FinishDialog(self.duos.today(), self, possible_from=(
            completion_possible_from(planned) if planned is not None else None))
        if run_until_done(self, dialog, lambda d: self.duos.finish(self.duo_id, d.day(),
                                                                   d.end_reason())):
            self._step_done()

    def stop(self) -> None:
        dialog = StopDialog(self.duos.today(), self)
        if run_until_done(self, dialog, lambda d: self.duos.stop(
                self.duo_id, d.day(), d.end_reason(), d.back_to_waiting())):
            self._step_done()

    def print_agreement(self) -> None:
        """Save or print the agreement, by default in the duo's agreement language."""
        from duodesk.ui.print_documents import print_agreements_dialog

        print_agreements_dialog(self, self.duos.db, [self.duo.id], self.duo.agreement_language)

    def record_outcome(self) -> None:
        dialog = OutcomeDialog(self.duos.today(), self.duo.outcome, self)
        if run_until_done(self, dialog, lambda d: self.duos.record_outcome(
                self.duo_id, d.code(), d.day())):
            self._step_done()

    # --- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        captions = {
            "proposed": QCoreApplication.translate("DuoWindow", "Proposed on:"),
            "first_meeting": QCoreApplication.translate("DuoWindow", "First meeting:"),
            "deadline": QCoreApplication.translate("DuoWindow", "Answers due by:"),
            "answers": QCoreApplication.translate("DuoWindow", "Answers:"),
            "accepted": QCoreApplication.translate("DuoWindow", "Accepted on:"),
            "start": QCoreApplication.translate("DuoWindow", "Start (agreement):"),
            "planned_end": QCoreApplication.translate("DuoWindow", "Planned end:"),
            "end": QCoreApplication.translate("DuoWindow", "End:"),
            "outcome": QCoreApplication.translate("DuoWindow", "Outcome at 12 months:"),
        }
        for key, text in captions.items():
            self.date_captions[key].setText(text)
        self.mentee_button.setText(QCoreApplication.translate("DuoWindow", "Mentee's file"))
        self.mentor_button.setText(QCoreApplication.translate("DuoWindow", "Mentor's file"))
        self.calendar_button.setText(
            QCoreApplication.translate("DuoWindow", "Show in the calendar"))
        self.print_button.setText(
            QCoreApplication.translate("DuoWindow", "Print the agreement…"))
        self.mentee_answer_button.setText(
            QCoreApplication.translate("DuoWindow", "Mentee's answer…"))
        self.mentor_answer_button.setText(
            QCoreApplication.translate("DuoWindow", "Mentor's answer…"))
        self.sign_button.setText(QCoreApplication.translate("DuoWindow", "Sign the agreement…"))
        self.finish_button.setText(QCoreApplication.translate("DuoWindow", "Close the duo…"))
        self.stop_button.setText(QCoreApplication.translate("DuoWindow", "Stop early…"))
        self.outcome_button.setText(
            QCoreApplication.translate("DuoWindow", "Outcome at 12 months…"))
        self.tabs.setTabText(self.timeline_index,
                             QCoreApplication.translate("DuoWindow", "Timeline"))
        self.tabs.setTabText(self.meetings_index,
                             QCoreApplication.translate("DuoWindow", "Meetings"))
        self.tabs.setTabText(self.evaluations_index,
                             QCoreApplication.translate("DuoWindow", "Evaluations"))
        self.timeline.retranslate()
        self.meetings.retranslate()
        self.evaluations.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            self.retranslate()
            self._show_header()
        super().changeEvent(event)


def open_duo_window(parent: QWidget | None, duos: DuoService,
                    duo_id: uuid.UUID) -> DuoWindow:
    """Open a duo's window and return it (connect ``changed`` and ``person_requested``)."""
    window = DuoWindow(duos, duo_id, parent)
    window.show()
    return window
