"""The whole-pool proposal: a mentor for as many waiting mentees as the rules allow, with
the highest total score (an optimal assignment, computed on a worker with progress and
Cancel). The coordinator goes through the pairs: accepts one (the confirmation dialog
proposes the duo), rejects it, or gives the mentee another mentor from their ranked list.
Accepted and rejected pairs leave the list; nothing is written before a confirmation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.matching.results import Suggestion
from duodesk.core.matching.weights import MatchingWeights
from duodesk.ui import formats, messages
from duodesk.ui.matching.suggestion_model import BarDelegate, SuggestionModel
from duodesk.ui.tables.export import add_export_menu

if TYPE_CHECKING:
    from duodesk.core.context import Services
    from duodesk.core.progress import Progress

translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)


def suggestion_table(model: SuggestionModel) -> QTableView:
    """A table of suggestions with bars for the score and the parts."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.setItemDelegate(BarDelegate(table))
    table.horizontalHeader().setStretchLastSection(True)
    add_export_menu(table)  # the proposal to Excel, as any list
    return table


def size_columns(table: QTableView, model: SuggestionModel) -> None:
    """Names wide enough to read, figures as narrow as their titles allow."""
    metrics, header = table.fontMetrics(), table.horizontalHeader()
    for number, key in enumerate(model.keys):
        if key == "reasons":
            continue
        title = header.fontMetrics().horizontalAdvance(
            str(model.headerData(number, Qt.Orientation.Horizontal)))
        content = metrics.averageCharWidth() * (22 if key in ("mentee", "mentor") else 6)
        table.setColumnWidth(number, max(title + 24, content))


class OtherMentorDialog(QDialog):
    """The ranked mentors of one mentee, to put another in a proposed pair; those already
    in the proposal say for whom."""

    def __init__(self, suggestions: list[Suggestion], weights: MatchingWeights,
                 taken: dict[Any, str], current: Suggestion,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("otherMentorDialog")
        self.setWindowTitle(translate("PoolView", "Another mentor for {mentee}").format(
            mentee=current.mentee_name))
        self.resize(1150, 460)
        heading = QLabel(translate("PoolView", "Another mentor for {mentee}").format(
            mentee=current.mentee_name))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.model = SuggestionModel(parent=self)
        self.model.set_suggestions([s for s in suggestions
                                    if s.mentor_id != current.mentor_id], weights)
        for row, item in enumerate(self.model.suggestions()):
            if item.mentor_id in taken:
                self.model.set_note(row, translate("PoolView", "proposed for {mentee}").format(
                    mentee=taken[item.mentor_id]))
        self.table = suggestion_table(self.model)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        size_columns(self.table, self.model)
        if taken:  # "(proposed for …)" follows the names: show it whole
            mentor = self.model.keys.index("mentor")
            self.table.setColumnWidth(mentor, max(self.table.columnWidth(mentor),
                                                  self.table.sizeHintForColumn(mentor)))
        if self.model.rowCount():
            self.table.selectRow(0)
        hint = QLabel(translate(
            "PoolView", "A mentor already in the proposal can take this mentee only if they "
            "have room for another duo: the confirmation checks it."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("PoolView", "Take this mentor"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("PoolView", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def chosen(self) -> Suggestion | None:
        return self.model.suggestion(self.table.currentIndex().row())


class PoolView(QWidget):
    """The whole-pool side of the Matching page. ``propose(suggestion)`` runs the
    confirmation and returns True when the duo was proposed."""

    proposal_shown = Signal()

    def __init__(self, services: Services, propose: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._propose = propose
        self._weights: MatchingWeights | None = None
        self.task: Any = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.run_button = QPushButton()
        self.run_button.setObjectName("runPoolProposal")
        self.run_button.clicked.connect(self.run_proposal)
        self.summary = QLabel()
        self.summary.setObjectName("poolSummary")
        self.model = SuggestionModel(show_mentee=True, parent=self)
        self.table = suggestion_table(self.model)
        self.table.setObjectName("poolProposal")
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("acceptPair")
        self.accept_button.clicked.connect(self.accept_current)
        self.other_button = QPushButton()
        self.other_button.setObjectName("otherMentor")
        self.other_button.clicked.connect(self.other_mentor_for_current)
        self.reject_button = QPushButton()
        self.reject_button.setObjectName("rejectPair")
        self.reject_button.clicked.connect(self.reject_current)

        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.other_button, self.reject_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._proposed = False
        self.retranslate()
        self._update_buttons()

    # --- the proposal ----------------------------------------------------------------------
    def run_proposal(self) -> None:
        """Compute the proposal on a worker, with a progress dialog and Cancel."""
        from duodesk.ui.worker import run_in_background

        matching = self._services.matching

        def work(progress: Progress) -> tuple[list[Suggestion], MatchingWeights]:
            return matching.pool_proposal(progress), matching.weights()

        self.run_button.setEnabled(False)
        self.task = run_in_background(
            self, work, translate("PoolView", "Looking for the best duos for every waiting "
                                  "mentee…"),
            self._proposal_read, self._proposal_failed)

    def _proposal_read(self, result: tuple[list[Suggestion], MatchingWeights]) -> None:
        self.task = None
        suggestions, self._weights = result
        self.run_button.setEnabled(True)
        self._proposed = True
        self.model.set_suggestions(suggestions, self._weights)
        size_columns(self.table, self.model)
        if suggestions:
            self.table.selectRow(0)
        self._show_summary()
        self._update_buttons()
        self.proposal_shown.emit()

    def _proposal_failed(self, _error: BaseException) -> bool:
        self.task = None
        self.run_button.setEnabled(True)
        return False  # reported as usual (a cancellation silently)

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    # --- the coordinator's decisions -----------------------------------------------------
    def accept_current(self) -> None:
        """Confirm the current pair as a proposed duo; it leaves the list once done."""
        row = self.current_row()
        suggestion = self.model.suggestion(row)
        if suggestion is not None and self._propose(suggestion):
            self._drop(row)

    def reject_current(self) -> None:
        """Leave the current pair out (nothing is written)."""
        row = self.current_row()
        if self.model.suggestion(row) is not None:
            self._drop(row)

    def other_mentor_for_current(self) -> None:
        """Offer the mentee's ranked mentors; the one taken replaces the proposed one."""
        from duodesk.core.errors import DuoDeskError

        row = self.current_row()
        current = self.model.suggestion(row)
        if current is None:
            return
        try:
            ranked = self._services.matching.suggestions(current.mentee_id, limit=20)
        except DuoDeskError as error:
            messages.error(self, error)
            return
        taken = {item.mentor_id: item.mentee_name for item in self.model.suggestions()
                 if item.mentee_id != current.mentee_id}
        dialog = OtherMentorDialog(ranked, self._weights or MatchingWeights(), taken, current,
                                   self)
        try:
            if messages.run_dialog(dialog) == QDialog.DialogCode.Accepted:
                chosen = dialog.chosen()
                if chosen is not None:
                    self.model.replace(row, chosen)
                    self.table.selectRow(row)
        finally:
            dialog.deleteLater()

    def _drop(self, row: int) -> None:
        self.model.remove(row)
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self._show_summary()
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.model.suggestion(self.current_row()) is not None
        for button in (self.accept_button, self.other_button, self.reject_button):
            button.setEnabled(chosen)

    # --- language ----------------------------------------------------------------------------
    def _show_summary(self) -> None:
        if not self._proposed:
            self.summary.clear()
            return
        count = self.model.rowCount()
        if count == 0:
            text = translate("PoolView", "No pair left to decide on.")
        elif count == 1:
            text = translate("PoolView", "1 pair to decide on.")
        else:
            text = translate("PoolView", "{count} pairs to decide on, the best first.").format(
                count=formats.number_text(count))
        self.summary.setText(text)

    def retranslate(self) -> None:
        self.intro.setText(translate(
            "PoolView", "A proposal for every waiting mentee at once: as many duos as the "
            "rules allow, with the highest total score. Nothing is decided until you "
            "accept a pair."))
        self.run_button.setText(translate("PoolView", "Propose duos for all waiting mentees"))
        self.accept_button.setText(translate("PoolView", "Accept this pair…"))
        self.other_button.setText(translate("PoolView", "Another mentor…"))
        self.reject_button.setText(translate("PoolView", "Reject this pair"))
        self._show_summary()
        self.model.retranslate()
        if self.model.rowCount():  # the titles' widths change with the language
            size_columns(self.table, self.model)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
