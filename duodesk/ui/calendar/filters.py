"""The Calendar page's filters: coordinator (everyone, one, or "only mine"), duo (every duo,
or one: chosen here or set when the calendar is opened from a duo, with a button back to
all), the kinds of meeting (checkable buttons that are also the colour legend) and whether
cancelled meetings show.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.codes import MeetingKind
from duodesk.ui.calendar import texts
from duodesk.ui.calendar.colors import KINDS, kind_icon

if TYPE_CHECKING:
    from duodesk.core.calendar.views import CalendarFilter

translate = QCoreApplication.translate


class CalendarFilters(QWidget):
    """The filters above the views; ``changed`` after every choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._me: uuid.UUID | None = None
        self._coordinators: list[tuple[uuid.UUID, str]] = []
        self._duos: list[tuple[uuid.UUID, str]] = []
        self.coordinator_label = QLabel()
        self.coordinator = QComboBox()
        self.coordinator.setObjectName("calendarCoordinator")
        self.coordinator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.only_mine = QCheckBox()
        self.only_mine.setObjectName("calendarOnlyMine")
        self.duo_label = QLabel()
        self.duo = QComboBox()
        self.duo.setObjectName("calendarDuo")
        self.duo.setMinimumContentsLength(28)
        self.duo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.all_duos = QPushButton()
        self.all_duos.setObjectName("calendarAllDuos")
        self.cancelled = QCheckBox()
        self.cancelled.setObjectName("calendarShowCancelled")
        self.kind_buttons: dict[str, QToolButton] = {}
        kinds_row = QHBoxLayout()
        kinds_row.setSpacing(4)
        self.kinds_label = QLabel()
        kinds_row.addWidget(self.kinds_label)
        for kind in KINDS:
            button = QToolButton()
            button.setObjectName(f"calendarKind_{kind}")
            button.setCheckable(True)
            button.setChecked(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIconSize(QSize(12, 12))
            button.toggled.connect(lambda _on: self.changed.emit())
            self.kind_buttons[kind] = button
            kinds_row.addWidget(button)
        kinds_row.addStretch(1)
        kinds_row.addWidget(self.cancelled)
        people_row = QHBoxLayout()
        people_row.setSpacing(6)
        self.coordinator_label.setBuddy(self.coordinator)
        self.duo_label.setBuddy(self.duo)
        for widget in (self.coordinator_label, self.coordinator, self.only_mine):
            people_row.addWidget(widget)
        people_row.addSpacing(20)
        for widget in (self.duo_label, self.duo, self.all_duos):
            people_row.addWidget(widget)
        people_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(people_row)
        layout.addLayout(kinds_row)
        self.retranslate()
        self.coordinator.currentIndexChanged.connect(self._coordinator_chosen)
        self.only_mine.toggled.connect(self._only_mine_toggled)
        self.duo.currentIndexChanged.connect(self._duo_chosen)
        self.all_duos.clicked.connect(lambda: self.duo.setCurrentIndex(0))
        self.cancelled.toggled.connect(lambda _on: self.changed.emit())
        self._duo_chosen()

    # --- choices ---------------------------------------------------------------------------
    def set_coordinators(self, coordinators: list[tuple[uuid.UUID, str]],
                         me: uuid.UUID | None) -> None:
        self._coordinators, self._me = list(coordinators), me
        self._fill_coordinators()

    def set_duos(self, duos: list[tuple[uuid.UUID, str]]) -> None:
        """The duos to choose from (the current ones); a duo shown stays chosen."""
        chosen = self.duo_id()
        known = {duo_id for duo_id, _name in duos}
        extra = [(duo_id, name) for duo_id, name in self._duos
                 if duo_id == chosen and duo_id not in known]
        self._duos = list(duos) + extra
        self._fill_duos(chosen)

    def show_duo(self, duo_id: uuid.UUID, name: str) -> None:
        """Choose one duo (added to the list if it is not a current one)."""
        if duo_id not in {known for known, _name in self._duos}:
            self._duos.append((duo_id, name))
            self._fill_duos(self.duo_id())
        self.duo.setCurrentIndex(self.duo.findData(str(duo_id)))

    def duo_id(self) -> uuid.UUID | None:
        data = self.duo.currentData()
        return uuid.UUID(data) if data else None

    def coordinator_id(self) -> uuid.UUID | None:
        data = self.coordinator.currentData()
        return uuid.UUID(data) if data else None

    def calendar_filter(self) -> CalendarFilter:
        from duodesk.core.calendar.views import CalendarFilter

        kinds = frozenset(MeetingKind(kind) for kind, button in self.kind_buttons.items()
                          if button.isChecked())
        if len(kinds) == len(self.kind_buttons):
            kinds = frozenset()  # all of them: no condition at all
        return CalendarFilter(coordinator_id=self.coordinator_id(), duo_id=self.duo_id(),
                              kinds=kinds, include_cancelled=self.cancelled.isChecked())

    def nothing_chosen(self) -> bool:
        """Every kind unticked: the views show nothing (and the page says why)."""
        return not any(button.isChecked() for button in self.kind_buttons.values())

    # --- filling ---------------------------------------------------------------------------
    def _fill_coordinators(self) -> None:
        current = self.coordinator.currentData()
        self.coordinator.blockSignals(True)
        self.coordinator.clear()
        self.coordinator.addItem(translate("CalendarFilters", "Everyone"), None)
        for coordinator_id, name in self._coordinators:
            self.coordinator.addItem(name, str(coordinator_id))  # a combo finds str, not UUID
        self.coordinator.setCurrentIndex(max(self.coordinator.findData(current), 0))
        self.coordinator.blockSignals(False)
        self.only_mine.setEnabled(self._me is not None)
        self.only_mine.setToolTip("" if self._me is not None else translate(
            "CalendarFilters", "Choose who you are under Settings first."))
        self._sync_only_mine()

    def _fill_duos(self, chosen: uuid.UUID | None) -> None:
        self.duo.blockSignals(True)
        self.duo.clear()
        self.duo.addItem(translate("CalendarFilters", "Every duo"), None)
        for duo_id, name in self._duos:
            self.duo.addItem(name, str(duo_id))
        self.duo.setCurrentIndex(max(self.duo.findData(str(chosen) if chosen else None), 0))
        self.duo.blockSignals(False)
        self.all_duos.setVisible(self.duo.currentIndex() > 0)

    def _coordinator_chosen(self) -> None:
        self._sync_only_mine()
        self.changed.emit()

    def _sync_only_mine(self) -> None:
        self.only_mine.blockSignals(True)
        self.only_mine.setChecked(self._me is not None and self.coordinator_id() == self._me)
        self.only_mine.blockSignals(False)

    def _only_mine_toggled(self, on: bool) -> None:
        index = self.coordinator.findData(str(self._me)) if on and self._me else 0
        self.coordinator.setCurrentIndex(max(index, 0))

    def _duo_chosen(self) -> None:
        self.all_duos.setVisible(self.duo.currentIndex() > 0)
        self.changed.emit()

    def retranslate(self) -> None:
        self.coordinator_label.setText(translate("CalendarFilters", "Coordinator"))
        self.only_mine.setText(translate("CalendarFilters", "Only mine"))
        self.duo_label.setText(translate("CalendarFilters", "Duo"))
        self.all_duos.setText(translate("CalendarFilters", "Show every duo"))
        self.kinds_label.setText(translate("CalendarFilters", "Show"))
        self.cancelled.setText(translate("CalendarFilters", "Cancelled meetings"))
        for kind, button in self.kind_buttons.items():
            button.setText(texts.kind_name(kind))
            button.setIcon(kind_icon(kind, self.palette()))
            button.setToolTip(translate("CalendarFilters", "Show or hide: {kind}")
                              .format(kind=texts.kind_name(kind)))
        self.coordinator.setItemText(0, translate("CalendarFilters", "Everyone"))
        self.duo.setItemText(0, translate("CalendarFilters", "Every duo"))
