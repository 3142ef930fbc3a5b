"""The tabs of a duo's window: the timeline (every event from the proposal to the outcome, in
words), the meetings (log, plan, done, cancel; follow-ups done with a note) and the
evaluation forms. Each tab acts through the duo service and emits ``changed`` after a step
went through, so that the window reads the duo again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.codes import MeetingKind, MeetingStatus
from duodesk.core.duo_status import OUTCOME_CHECK_MONTH, Step
from duodesk.core.services.duo_data import (
    DuoTimelineEvent,
    DuoView,
    EvaluationView,
    MeetingView,
)
from duodesk.core.services.duos import DuoService
from duodesk.ui import formats
from duodesk.ui.duos import texts
from duodesk.ui.duos.dialogs import OutcomeDialog, run_until_done
from duodesk.ui.duos.form_dialogs import (
    EvaluationDialog,
    FollowUpDialog,
    MeetingDialog,
    MeetingMode,
)
from duodesk.ui.duos.models import EvaluationRow, EvaluationTableModel, MeetingTableModel


def record_table(model: object) -> QTableView:
    """A read-only table of whole rows, the last column stretched."""
    table = QTableView()
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class TimelineTab(QTreeWidget):
    """Every event of the duo in date order: day, time when known, and what happened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.events: list[DuoTimelineEvent] = []
        self.retranslate()

    def show_events(self, events: list[DuoTimelineEvent]) -> None:
        self.events = list(events)
        self.clear()
        for event in self.events:
            QTreeWidgetItem(self, [texts.day(event.on),
                                   formats.time_text(event.at),
                                   texts.timeline_sentence(event)])
        self.resizeColumnToContents(0)
        self.resizeColumnToContents(1)

    def sentences(self) -> list[str]:
        return [self.topLevelItem(n).text(2) for n in range(self.topLevelItemCount())]

    def retranslate(self) -> None:
        self.setHeaderLabels([QCoreApplication.translate("DuoWindow", "Date"),
                              QCoreApplication.translate("DuoWindow", "Time"),
                              QCoreApplication.translate("DuoWindow", "What happened")])
        if self.events:
            self.show_events(self.events)


class MeetingsTab(QWidget):
    """The duo's meetings and follow-ups, with what can be done to them."""

    changed = Signal()

    def __init__(self, duos: DuoService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.duos = duos
        self.duo: DuoView | None = None
        self.model = MeetingTableModel(self)
        self.table = record_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.mark_done())
        self.log_button = QPushButton()
        self.plan_button = QPushButton()
        self.done_button = QPushButton()
        self.cancel_button = QPushButton()
        self.log_button.clicked.connect(self.log_meeting)
        self.plan_button.clicked.connect(self.plan_meeting)
        self.done_button.clicked.connect(self.mark_done)
        self.cancel_button.clicked.connect(self.cancel_meeting)
        buttons = QHBoxLayout()
        for button in (self.log_button, self.plan_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.done_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def show_meetings(self, duo: DuoView, meetings: list[MeetingView]) -> None:
        current = self.selected()
        self.duo = duo
        self.model.set_rows(meetings)
        for row, meeting in enumerate(meetings):
            if current is not None and meeting.id == current.id:
                self.table.selectRow(row)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._update_buttons()

    def selected(self) -> MeetingView | None:
        index = self.table.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def select(self, meeting_id: object) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_object(row).id == meeting_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        actions = self.duo.actions if self.duo else ()
        self.log_button.setEnabled(Step.LOG_MEETING.value in actions)
        self.plan_button.setEnabled(Step.PLAN_MEETING.value in actions)
        meeting = self.selected()
        planned = meeting is not None and meeting.status == MeetingStatus.PLANNED
        self.done_button.setEnabled(planned)
        self.cancel_button.setEnabled(planned)

    # --- actions -----------------------------------------------------------------------------
    def log_meeting(self) -> None:
        if self.duo is None:
            return
        duo_id = self.duo.id
        dialog = MeetingDialog(MeetingMode.LOG, self.duos.now(), parent=self)
        if run_until_done(self, dialog, lambda d: self.duos.log_meeting(
                duo_id, d.start(), d.duration.value(), **d.values())):
            self.changed.emit()

    def plan_meeting(self) -> None:
        if self.duo is None:
            return
        duo_id = self.duo.id
        dialog = MeetingDialog(MeetingMode.PLAN, self.duos.now(), parent=self)
        if run_until_done(self, dialog, lambda d: self.duos.plan_meeting(
                duo_id, d.start(), d.duration.value(), **d.values())):
            self.changed.emit()

    def mark_done(self) -> None:
        """A planned meeting took place; a follow-up is done with a note."""
        meeting = self.selected()
        if meeting is None or meeting.status != MeetingStatus.PLANNED:
            return
        duo = self.duo
        if meeting.follow_up_month == OUTCOME_CHECK_MONTH and duo is not None \
                and duo.outcome is None:
            # The check at 12 months is done by recording the outcome (a note alone would
            # leave it unknown in the impact figures): the window's own outcome step.
            outcome = OutcomeDialog(self.duos.today(), None, self)
            done = run_until_done(self, outcome, lambda d: self.duos.record_outcome(
                duo.id, d.code(), d.day()))
        elif meeting.kind == MeetingKind.FOLLOW_UP:
            note = FollowUpDialog(meeting, self)
            done = run_until_done(self, note, lambda d: self.duos.complete_follow_up(
                meeting.id, d.text()))
        else:
            form = MeetingDialog(MeetingMode.COMPLETE, self.duos.now(), meeting, self)
            done = run_until_done(self, form, lambda d: self.duos.complete_meeting(
                meeting.id, **d.values()))
        if done:
            self.changed.emit()

    def cancel_meeting(self) -> None:
        from duodesk.core.errors import DuoDeskError
        from duodesk.ui import messages

        meeting = self.selected()
        if meeting is None or meeting.status != MeetingStatus.PLANNED:
            return
        if not messages.ask_yes_no(self, QCoreApplication.translate(
                "DuoWindow", "Cancel the meeting of {when}?").format(
                when=texts.moment(meeting.starts_at))):
            return
        try:
            self.duos.cancel_meeting(meeting.id)
        except DuoDeskError as error:
            messages.error(self, error)
            return
        self.changed.emit()

    def retranslate(self) -> None:
        self.log_button.setText(QCoreApplication.translate("DuoWindow", "Log a meeting…"))
        self.plan_button.setText(QCoreApplication.translate("DuoWindow", "Plan a meeting…"))
        self.done_button.setText(QCoreApplication.translate("DuoWindow", "Done…"))
        self.cancel_button.setText(QCoreApplication.translate("DuoWindow", "Cancel it"))
        self.model.retranslate()


class EvaluationsTab(QWidget):
    """The duo's evaluation forms; a new one, or one recorded opened to be changed."""

    changed = Signal()

    def __init__(self, duos: DuoService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.duos = duos
        self.duo: DuoView | None = None
        self.forms: list[EvaluationView] = []
        self.model = EvaluationTableModel(parent=self)
        self.table = record_table(self.model)
        self.table.doubleClicked.connect(self._open_index)
        self.record_button = QPushButton()
        self.record_button.clicked.connect(lambda: self.record())
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def show_forms(self, duo: DuoView, forms: list[EvaluationView]) -> None:
        self.duo = duo
        self.forms = list(forms)
        self.model.set_rows([EvaluationRow(form) for form in forms])
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.record_button.setEnabled(Step.EVALUATE.value in duo.actions)

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_object(index.row()) if index.isValid() else None
        if row is not None:
            self.record(row.evaluation)

    def record(self, form: EvaluationView | None = None) -> None:
        """Fill in a form (``form``: one recorded, to change)."""
        if self.duo is None or Step.EVALUATE.value not in self.duo.actions:
            return
        duo_id = self.duo.id
        options = {"respondent": form.respondent, "stage": form.stage} if form else {}
        dialog = EvaluationDialog(self.duos.today(), self.forms, parent=self, **options)
        if run_until_done(self, dialog, lambda d: self.duos.record_evaluation(
                duo_id, *d.values())):
            self.changed.emit()

    def retranslate(self) -> None:
        self.record_button.setText(
            QCoreApplication.translate("DuoWindow", "Record an evaluation…"))
        self.model.retranslate()
