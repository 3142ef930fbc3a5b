"""The Matching page (SPEC §4.3; issue 5 item 2): one mentee's ranked mentors beside their
profile, or a proposal for the whole waiting list. Either way the coordinator confirms each
duo in :class:`ConfirmDuoDialog`; the page then says what was done and offers to open it.

Nothing is read when the page is built: the waiting list is read when it is first shown.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.errors import DuoDeskError
from duodesk.core.matching.results import Suggestion
from duodesk.core.services.duo_data import DuoView
from duodesk.ui import messages
from duodesk.ui.matching.mentee_view import MenteeMatching
from duodesk.ui.matching.pool_view import PoolView
from duodesk.ui.page_titles import matching_title as matching_title  # the name in the side bar

if TYPE_CHECKING:
    from duodesk.core.context import Services

translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)


class MatchingPage(QWidget):
    """Forming duos. ``open_person(id)`` and ``open_duo(id)`` open a file or a duo;
    ``duo_proposed`` is emitted with each duo proposed here."""

    duo_proposed = Signal(object)  # DuoView

    def __init__(self, services: Services, *,
                 open_person: Callable[[uuid.UUID], None] | None = None,
                 open_duo: Callable[[uuid.UUID], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matchingPage")
        self._services = services
        self._open_duo = open_duo
        self._loaded = False
        self.last_duo: DuoView | None = None

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.mentee_view = MenteeMatching(services, self.propose, open_person)
        self.pool_view = PoolView(services, self.propose)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.mentee_view, "")
        self.tabs.addTab(self.pool_view, "")

        # What was just done, with a way to open it.
        self.done_frame = QFrame()
        self.done_frame.setObjectName("duoProposedBar")
        self.done_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.open_duo_button = QPushButton()
        self.open_duo_button.clicked.connect(self._open_last_duo)
        self.open_duo_button.setVisible(open_duo is not None)
        done_row = QHBoxLayout(self.done_frame)
        done_row.addWidget(self.done_label, 1)
        done_row.addWidget(self.open_duo_button)
        self.done_frame.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.heading)
        layout.addWidget(self.done_frame)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.mentee_view.load()
        else:
            # Duos may have been formed elsewhere, the weights changed in Settings.
            self.mentee_view.refresh()

    def select_mentee(self, mentee_id: uuid.UUID) -> None:
        """Show the ranked mentors of a waiting mentee (e.g. "Find a mentor" on Today)."""
        self.tabs.setCurrentWidget(self.mentee_view)
        self.mentee_view.select_mentee(mentee_id)

    # --- proposing ---------------------------------------------------------------------------
    def propose(self, suggestion: Suggestion) -> bool:
        """Ask for the first meeting and propose the duo; True once it is proposed."""
        from duodesk.ui.matching.confirm_dialog import ConfirmDuoDialog

        organisation = self._services.organisation
        try:
            coordinators = organisation.coordinators(include_inactive=False)
            me = organisation.current_coordinator()
        except DuoDeskError as error:
            messages.error(self, error)
            return False
        dialog = ConfirmDuoDialog(self._services.duos, suggestion, coordinators,
                                  me.id if me else None, parent=self)
        try:
            if messages.run_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.duo is None:
                return False
            duo = dialog.duo
        finally:
            dialog.deleteLater()
        self.last_duo = duo
        self._show_done()
        self.mentee_view.reload_waiting()
        if self.mentee_view.mentee_id == duo.mentee_id:
            self.mentee_view.show_mentee(duo.mentee_id)  # now matched: says so
        self.duo_proposed.emit(duo)
        return True

    def _open_last_duo(self) -> None:
        if self.last_duo is not None and self._open_duo is not None:
            self._open_duo(self.last_duo.id)

    # --- language ----------------------------------------------------------------------------
    def _show_done(self) -> None:
        duo = self.last_duo
        if duo is None:
            return
        from duodesk.ui.today.texts import moment_text

        when = moment_text(duo.first_meeting_at) if duo.first_meeting_at else ""
        self.done_label.setText(translate(
            "MatchingPage", "Duo proposed: {mentee} with {mentor}, first meeting on {when}. "
            "Both answer within 24 hours after it.").format(
            mentee=duo.mentee_name, mentor=duo.mentor_name, when=when))
        self.done_frame.show()

    def retranslate(self) -> None:
        self.heading.setText(matching_title())
        self.tabs.setTabText(0, translate("MatchingPage", "One mentee"))
        self.tabs.setTabText(1, translate("MatchingPage", "Whole waiting list"))
        self.open_duo_button.setText(translate("MatchingPage", "Open the duo"))
        self._show_done()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
