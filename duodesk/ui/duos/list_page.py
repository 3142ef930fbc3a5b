"""The Duos page (SPEC §4.4): every duo of the database in a table read lazily (ids held, a
page of rows read when shown, sorted and filtered in SQL), with filters on status,
coordinator, "ending soon" and "decision overdue", the count of duos shown, and Enter or a
double-click to open a duo's window.

Nothing is read when the page is built: the table is read the first time it is shown.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duodesk import labels
from duodesk.core.codes import DuoStatus
from duodesk.core.services.duo_data import DuoQuery
from duodesk.core.services.duos import DuoService
from duodesk.core.services.organisation import OrganisationService
from duodesk.ui import formats
from duodesk.ui.duos.models import duo_columns
from duodesk.ui.page_titles import duos_title as duos_title  # the name in the side bar
from duodesk.ui.tables.lazy_model import LazyTableModel
from duodesk.ui.tables.view import RecordTable

# Widths in average characters of the current font (the tooltip shows the rest).
COLUMN_CHARACTERS = {"mentee": 22, "mentor": 22, "coordinator": 18, "status": 13,
                     "proposed_on": 10, "start_date": 10, "planned_end": 10, "end_date": 10,
                     "days_since_meeting": 6, "flags": 24}


class _NothingYet:
    """The table's source until the page is first shown: no rows, no database read."""

    def ids(self, sort_key: str | None, descending: bool) -> list[Hashable]:
        return []

    def rows(self, ids: Sequence[Hashable]) -> list[Any]:
        return []


class DuoFilters(QWidget):
    """Status, coordinator, ending soon, decision overdue; ``changed`` on every choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QComboBox()
        self.status.setObjectName("duoStatusFilter")
        self.coordinator = QComboBox()
        self.coordinator.setObjectName("duoCoordinatorFilter")
        # The names arrive after the first show: the box grows to fit them.
        self.coordinator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.ending_soon = QCheckBox()
        self.overdue = QCheckBox()
        self.status_label = QLabel()
        self.coordinator_label = QLabel()
        self._coordinators: list[tuple[uuid.UUID, str]] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.status_label, self.status, self.coordinator_label,
                       self.coordinator, self.ending_soon, self.overdue):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()
        self.status.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.coordinator.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.ending_soon.toggled.connect(lambda _on: self.changed.emit())
        self.overdue.toggled.connect(lambda _on: self.changed.emit())

    def set_coordinators(self, coordinators: list[tuple[uuid.UUID, str]]) -> None:
        self._coordinators = list(coordinators)
        self._fill_coordinators()

    def _fill_coordinators(self) -> None:
        current = self.coordinator.currentData()
        self.coordinator.blockSignals(True)
        self.coordinator.clear()
        self.coordinator.addItem(QCoreApplication.translate("DuosPage", "Everyone"), None)
        for coordinator_id, name in self._coordinators:
            # As text: a combo box finds a str among its items, not a uuid.UUID.
            self.coordinator.addItem(name, str(coordinator_id))
        self.coordinator.setCurrentIndex(max(self.coordinator.findData(current), 0))
        self.coordinator.blockSignals(False)

    def retranslate(self) -> None:
        self.status_label.setText(QCoreApplication.translate("DuosPage", "Status"))
        self.coordinator_label.setText(QCoreApplication.translate("DuosPage", "Coordinator"))
        self.ending_soon.setText(QCoreApplication.translate("DuosPage", "Ending within 30 days"))
        self.overdue.setText(QCoreApplication.translate("DuosPage", "Decision overdue"))
        current = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(QCoreApplication.translate("DuosPage", "All"), None)
        self.status.addItem(QCoreApplication.translate("DuosPage", "Current (proposed, "
                                                       "accepted, active)"), "current")
        for code, text in labels.choices(DuoStatus):
            self.status.addItem(text, code)
        self.status.setCurrentIndex(max(self.status.findData(current), 0))
        self.status.blockSignals(False)
        self._fill_coordinators()

    def query(self) -> DuoQuery:
        chosen = self.status.currentData()
        if chosen == "current":
            statuses = frozenset({DuoStatus.PROPOSED.value, DuoStatus.ACCEPTED.value,
                                  DuoStatus.ACTIVE.value})
        else:
            statuses = frozenset({chosen}) if chosen else frozenset()
        coordinator = self.coordinator.currentData()
        return DuoQuery(statuses=statuses,
                        coordinator_id=uuid.UUID(coordinator) if coordinator else None,
                        ending_soon=self.ending_soon.isChecked(),
                        overdue=self.overdue.isChecked())


class DuosPage(QWidget):
    """All duos, filtered; ``open_duo(id)`` opens one (Enter or double-click)."""

    def __init__(self, duos: DuoService, organisation: OrganisationService, *,
                 open_duo: Callable[[uuid.UUID], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duosPage")
        self._duos = duos
        self._organisation = organisation
        self._open_duo = open_duo
        self._loaded = False
        self.ready = False  # True once the first reading arrived
        self.count = 0
        self.filters = DuoFilters()
        self.filters.changed.connect(self._filters_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("duoCount")
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        self.model = LazyTableModel(duo_columns(duos.today), _NothingYet(), self)
        self.table = RecordTable(self.model)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # the latest proposals first
        self.table.set_visible_columns(None)
        self.table.opened.connect(self._open_row)
        self.print_button = QPushButton()
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_agreements)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.print_button.setEnabled(bool(self.table.selected_ids())))
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        self.retranslate()

    # --- loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.load()
        super().showEvent(event)

    def load(self) -> None:
        """Read the coordinators and the table's ids on a worker (done when first shown:
        0.2 to 0.7 s at 100,000 mentees, which the window does not wait for)."""
        from duodesk.ui.worker import run_in_background

        self._loaded = True
        self._show_count()
        duos, organisation = self._duos, self._organisation
        query, sort, descending = (self.filters.query(), self.model.sort_key,
                                   self.model.descending)

        def read(_progress: object) -> tuple[Any, ...]:
            source = duos.table_source(query)
            return ([(c.id, c.name) for c in organisation.coordinators()], source,
                    list(source.ids(sort, descending)), sort, descending)

        run_in_background(self, read, "", self._first_read, delay_ms=None)

    def _first_read(self, read: tuple[Any, ...]) -> None:
        coordinators, source, ids, sort, descending = read
        self.filters.set_coordinators(coordinators)
        self.ready = True
        if (source.query == self.filters.query() and sort == self.model.sort_key
                and descending == self.model.descending):
            self.model.set_ids(source, ids)
            self.count = self.model.rowCount()
            self._show_count()
        else:  # the filters or the sort changed while the worker read
            self._show_selection()

    def refresh(self) -> None:
        """Read again, keeping filters, sort and the current row (after a duo changed)."""
        if not self.ready:
            return  # the first reading, still on its way, is recent enough
        current = self.table.current_id()
        self._show_selection()
        if current is not None and (row := self.model.row_of(current)) >= 0:
            self.table.selectRow(row)

    def _filters_changed(self) -> None:
        if self.ready:
            self._show_selection()

    def _show_selection(self) -> None:
        self.model.set_source(self._duos.table_source(self.filters.query()))
        self.count = self.model.rowCount()
        self._show_count()

    def print_agreements(self) -> None:
        """Print the agreements of the selected duos (one file, or one file each)."""
        from duodesk.ui.print_documents import print_agreements_dialog

        ids = [duo_id for duo_id in self.table.selected_ids() if isinstance(duo_id, uuid.UUID)]
        if ids:
            print_agreements_dialog(self, self._duos.db, ids)

    def _open_row(self, duo_id: object) -> None:
        if self._open_duo is not None and isinstance(duo_id, uuid.UUID):
            self._open_duo(duo_id)

    # --- language ----------------------------------------------------------------------------
    def _show_count(self) -> None:
        if self._loaded and not self.ready:
            self.count_label.setText(QCoreApplication.translate("DuosPage", "Reading the duos…"))
            return
        # Qt's plural forms ("1 duo", "0 duo" in French), the count with the language's
        # separators (%Ln).
        self.count_label.setText(self.tr("%Ln duos", "", self.count))

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader().fontMetrics()
        for number, column in enumerate(self.model.columns):
            content = COLUMN_CHARACTERS.get(column.key, 12) * metrics.averageCharWidth()
            if column.key == "status":
                content = max(metrics.horizontalAdvance(text)
                              for _code, text in labels.choices(DuoStatus))
            elif column.key in ("proposed_on", "start_date", "planned_end", "end_date"):
                content = metrics.horizontalAdvance(formats.date_text(date(2026, 12, 31)))
            title = header.horizontalAdvance(column.title()) + 28  # the sort arrow
            self.table.setColumnWidth(number, max(content + 16, title))

    def retranslate(self) -> None:
        self.filters.retranslate()
        self._show_count()
        self.print_button.setText(QCoreApplication.translate("DuosPage", "Print agreements…"))
        self.model.retranslate()
        self._size_columns()
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 0),
                self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.retranslate()
        super().changeEvent(event)
