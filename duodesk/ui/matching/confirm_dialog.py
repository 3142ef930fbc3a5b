"""Proposing a duo: the coordinator confirms a suggested pair and plans its first meeting
(date and time, place or online, the agreement's language, the coordinator in charge). Only
then does the duo exist, as ``proposed``, and the mentee move to ``matched``; a refusal
(a rule broken since the suggestion, a date out of range) is said and nothing is lost."""

from __future__ import annotations

import html
import uuid
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from duodesk import labels
from duodesk.core.codes import AgreementLanguage
from duodesk.core.errors import DuoDeskError
from duodesk.core.matching.results import Suggestion
from duodesk.core.services.duo_data import DuoView
from duodesk.core.services.meetings import ONLINE
from duodesk.core.services.organisation import CoordinatorView
from duodesk.ui import messages
from duodesk.ui.date_field import DateField
from duodesk.ui.matching.suggestion_model import points

if TYPE_CHECKING:
    from duodesk.core.services.duos import DuoService

translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)
FIRST_MEETING_HOUR = 10


def first_meeting_default(now: datetime) -> datetime:
    """The next working day at ten: time to call both sides, and an hour offices are open."""
    day = now.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(FIRST_MEETING_HOUR))


class ConfirmDuoDialog(QDialog):
    """Confirms ``suggestion`` as a proposed duo through ``duos.propose``; ``duo`` holds the
    duo made once the dialog is accepted. ``coordinators`` are the active ones, ``me`` the
    one chosen under Settings → Who I am (preselected)."""

    def __init__(self, duos: DuoService, suggestion: Suggestion,
                 coordinators: list[CoordinatorView], me: uuid.UUID | None,
                 now: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDuoDialog")
        self._duos = duos
        self.suggestion = suggestion
        self.duo: DuoView | None = None
        self.setWindowTitle(translate("ConfirmDuoDialog", "Propose a duo"))
        self.setMinimumWidth(520)

        heading = QLabel(translate("ConfirmDuoDialog", "<b>{mentee}</b> with <b>{mentor}</b>"
                                   " — score {score}").format(
            mentee=html.escape(suggestion.mentee_name), mentor=html.escape(suggestion.mentor_name),
            score=points(suggestion.score)))
        explanation = QLabel(translate(
            "ConfirmDuoDialog",
            "The duo is proposed, not yet decided: both answer within 24 hours after "
            "the first meeting. The mentee no longer waits for a mentor meanwhile."))
        explanation.setWordWrap(True)

        start = first_meeting_default(now or datetime.now())
        # The day typed is kept as typed until it is a real one (a QDateTimeEdit turned
        # 31/02 into another day without a word); the time beside it.
        self.when_day = DateField(required=True, value=start.date())
        self.when_day.setObjectName("firstMeeting")
        self.when_time = QTimeEdit(QTime(start.hour, start.minute))
        self.when_time.setObjectName("firstMeetingTime")
        self.when_time.setDisplayFormat("HH:mm")
        self.when_edit = QWidget()
        when_row = QHBoxLayout(self.when_edit)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.when_day, 1)
        when_row.addWidget(self.when_time)
        self.when_edit.setFocusProxy(self.when_day)
        self.place_edit = QLineEdit()
        self.place_edit.setObjectName("meetingPlace")
        self.place_edit.setPlaceholderText(
            translate("ConfirmDuoDialog", "An address, the antenna's office, a café…"))
        self.online_check = QCheckBox(translate("ConfirmDuoDialog", "Online"))
        self.online_check.toggled.connect(lambda online: self.place_edit.setEnabled(not online))
        place_row = QHBoxLayout()
        place_row.addWidget(self.place_edit, 1)
        place_row.addWidget(self.online_check)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("agreementLanguage")
        for code, name in labels.choices(AgreementLanguage):
            self.language_combo.addItem(name, code)
        interface = QLocale().name()[:2]
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(interface)))
        self.coordinator_combo = QComboBox()
        self.coordinator_combo.setObjectName("duoCoordinator")
        self.coordinator_combo.addItem(translate("ConfirmDuoDialog", "— Not chosen —"), "")
        for coordinator in coordinators:
            self.coordinator_combo.addItem(coordinator.name, str(coordinator.id))
        self.coordinator_combo.setCurrentIndex(
            max(0, self.coordinator_combo.findData(str(me) if me else "")))

        form = QFormLayout()
        for text, field in ((translate("ConfirmDuoDialog", "&First meeting:"), self.when_edit),
                            (translate("ConfirmDuoDialog", "&Place:"), place_row),
                            (translate("ConfirmDuoDialog", "&Agreement in:"),
                             self.language_combo),
                            (translate("ConfirmDuoDialog", "&Coordinator:"),
                             self.coordinator_combo)):
            label = QLabel(text)
            buddy = field if isinstance(field, QWidget) else self.place_edit
            label.setBuddy(buddy)
            form.addRow(label, field)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ConfirmDuoDialog", "Propose the duo"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("ConfirmDuoDialog", "Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def first_meeting(self) -> datetime:
        """The first meeting's day and time; raises ``InvalidValue`` for a day typed that is
        no real day (the refusal is said, and everything typed kept: see :meth:`save`)."""
        day = self.when_day.value()
        assert day is not None  # a required field refuses empty
        clock = self.when_time.time()
        return datetime(day.year, day.month, day.day, clock.hour(), clock.minute())

    def save(self) -> None:
        """Propose the duo; on a refusal, say why and keep everything typed."""
        coordinator = self.coordinator_combo.currentData()
        online = self.online_check.isChecked()
        try:
            self.duo = self._duos.propose(
                self.suggestion.mentee_id, self.suggestion.mentor_id,
                coordinator_id=uuid.UUID(coordinator) if coordinator else None,
                first_meeting_at=self.first_meeting(),
                agreement_language=self.language_combo.currentData(),
                location=ONLINE if online else self.place_edit.text())
        except DuoDeskError as error:
            messages.error(self, error)
            return
        self.accept()
