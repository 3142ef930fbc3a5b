"""The "Audit log" tab of the Privacy page (SPEC §3 Audit entry, §9): who did what to which
record and when, filtered by period, coordinator, action, kind of record and person. The log
grows to hundreds of thousands of entries: the ids are read on a worker and the rows a page
at a time (:mod:`duodesk.ui.tables.lazy_model`). Entries hold field names, never values; a
record is named as the screens already name it, an anonymised file by its tombstone."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duodesk import labels
from duodesk.core.codes import AuditAction
from duodesk.core.privacy.audit_log import AuditFilter, AuditLogSource, AuditRow, RecordState
from duodesk.ui.date_field import DateField
from duodesk.ui.privacy import texts
from duodesk.ui.privacy.field_labels import fields_text
from duodesk.ui.tables.lazy_model import Column, LazyTableModel
from duodesk.ui.tables.view import RecordTable

if TYPE_CHECKING:
    from duodesk.core.context import Services

translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)

DEFAULT_DAYS = 90  # the period shown first: the last three months


def record_label(row: AuditRow) -> str:
    if row.state == RecordState.ANONYMISED:
        return texts.tombstone(row.record_type if row.record_type in ("mentee", "mentor")
                               else "mentee", row.anonymised_on)
    if row.state == RecordState.GONE:
        return translate("AuditLog", "(no longer in the database)")
    return row.label or ""


COLUMNS = (
    Column("at", lambda: translate("AuditLog", "When"), lambda row: texts.moment(row.at)),
    Column("coordinator", lambda: translate("AuditLog", "Coordinator"),
           lambda row: row.coordinator or "", sortable=False),
    Column("action", lambda: translate("AuditLog", "Action"),
           lambda row: labels.label(row.action)),
    Column("record_type", lambda: translate("AuditLog", "Kind of record"),
           lambda row: texts.record_type(row.record_type)),
    Column("record", lambda: translate("AuditLog", "Record"), record_label, sortable=False),
    Column("fields", lambda: translate("AuditLog", "Fields"),
           lambda row: fields_text(row.record_type, row.fields), sortable=False),
)


class AuditModel(LazyTableModel):
    """The lazy model, sorted on a worker: a click on a header asks the tab to read the ids
    again (half a million of them take seconds), instead of reading them on the GUI
    thread."""

    sort_requested = Signal()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        self._sort_key = self.columns[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.sort_requested.emit()


class AuditLogTab(QWidget):
    """The audit log with its filters; nothing is read until the tab is first shown."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._reading = False
        self._read_again = False
        self._choices_read = False
        self._filling = False
        today = date.today()
        # Days typed are never turned into other days (a QDateEdit made 31/02 into another
        # day): a typo is framed in red and the list keeps the last real day meanwhile.
        self._default_from = today - timedelta(days=DEFAULT_DAYS)
        self.date_from = DateField(required=True, value=self._default_from)
        self.date_to = DateField(required=True, value=today)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _day: self._changed())
        self.coordinator = QComboBox()
        self.coordinator.setObjectName("auditCoordinator")
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.record_type = QComboBox()
        self.record_type.setObjectName("auditRecordType")
        for combo in (self.coordinator, self.action, self.record_type):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _index: self._changed())
        self.person = QLineEdit()
        self.person.setObjectName("auditPerson")
        self.person.setClearButtonEnabled(True)
        self.person.textChanged.connect(lambda _text: self._changed())
        self.labels = [QLabel() for _ in range(5)]
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)  # typing a name reads once, not at every key
        self._timer.timeout.connect(self.refresh)

        self.model = AuditModel(COLUMNS, AuditLogSource(services.audit_log, AuditFilter()),
                                self)
        self.model.sort_requested.connect(self.refresh)
        self.table = RecordTable(self.model)
        self.table.setObjectName("auditLog")
        # Newest first, as read; the widths fit a moment, a name and a label whole.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self._size_columns()
        grid = QGridLayout()
        widgets = (self.date_from, self.date_to, self.coordinator, self.action,
                   self.record_type)
        for column, (label, widget) in enumerate(zip(self.labels, widgets, strict=True)):
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        self.person_label = QLabel()
        grid.addWidget(self.person_label, 0, 5)
        grid.addWidget(self.person, 1, 5)
        grid.setColumnStretch(5, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.retranslate()

    # --- filters -----------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        """The coordinators and the kinds of records, read when the tab is first shown."""
        self._choices_read = True
        self._filling = True
        chosen = (self.coordinator.currentData(), self.record_type.currentData())
        try:
            self.coordinator.clear()
            self.coordinator.addItem(translate("AuditLog", "All coordinators"), None)
            for person in self._services.organisation.coordinators():
                self.coordinator.addItem(person.name, person.id)
            self.record_type.clear()
            self.record_type.addItem(translate("AuditLog", "All kinds"), None)
            for code in self._services.audit_log.record_types():
                self.record_type.addItem(texts.record_type(code), code)
            self.coordinator.setCurrentIndex(max(self.coordinator.findData(chosen[0]), 0))
            self.record_type.setCurrentIndex(max(self.record_type.findData(chosen[1]), 0))
            self._fill_actions()
        finally:
            self._filling = False

    def _fill_actions(self) -> None:
        chosen = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(translate("AuditLog", "All actions"), None)
        for member in AuditAction:
            self.action.addItem(labels.label(member), member.value)
        found = self.action.findData(chosen)
        self.action.setCurrentIndex(max(found, 0))
        self.action.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        action = self.action.currentData()
        coordinator = self.coordinator.currentData()
        return AuditFilter(
            date_from=self.date_from.last_day() or self._default_from,
            date_to=self.date_to.last_day() or date.today(),
            coordinator_id=coordinator if isinstance(coordinator, uuid.UUID) else None,
            action=AuditAction(action) if action else None,
            record_type=self.record_type.currentData() or None,
            person_text=self.person.text())

    def _changed(self) -> None:
        if not self._filling and self._choices_read:
            self._timer.start()

    # --- reading -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._choices_read:
            self._fill_choices()
        self.refresh()

    def refresh(self) -> None:
        """Read the ids of the entries passing the filters on a worker, keeping the sort."""
        from duodesk.ui.worker import run_in_background

        if self._reading:
            self._read_again = True
            return
        self._reading = True
        source = AuditLogSource(self._services.audit_log, self.current_filter())
        sort_key, descending = self.model.sort_key, self.model.descending
        run_in_background(self, lambda _progress: source.ids(sort_key, descending), "",
                          lambda ids: self._show(source, ids), self._failed, delay_ms=None)

    def _show(self, source: AuditLogSource, ids: list[str]) -> None:
        self._reading = False
        if self._read_again:
            self._read_again = False
            self.refresh()
            return
        self.model.set_ids(source, ids)
        self._show_count()

    def _failed(self, _error: BaseException) -> bool:
        self._reading = self._read_again = False
        return False

    # --- language ------------------------------------------------------------------------------
    def _show_count(self) -> None:
        # Qt's plural forms: "0 entrée" in French, "1 entry" in English.
        self.count_label.setText(self.tr("%Ln entries", "", self.model.rowCount()))

    def retranslate(self) -> None:
        names = (translate("AuditLog", "From"), translate("AuditLog", "To"),
                 translate("AuditLog", "Coordinator"), translate("AuditLog", "Action"),
                 translate("AuditLog", "Kind of record"))
        for label, name in zip(self.labels, names, strict=True):
            label.setText(name)
        self.person_label.setText(translate("AuditLog", "Person"))
        self.person.setPlaceholderText(translate(
            "AuditLog", "Name, email or phone: their file and their duos"))
        self.refresh_button.setText(translate("AuditLog", "Refresh"))
        if self._choices_read:
            self._fill_choices()
        self._show_count()
        self.model.retranslate()
        self._size_columns()

    def _size_columns(self) -> None:
        """Widths that show a moment of the language chosen, a coordinator's name, an action
        and a kind of record whole; the fields take what is left."""
        metrics = self.table.fontMetrics()
        padding = 3 * metrics.averageCharWidth()
        moment = texts.moment(datetime(2026, 12, 28, 23, 58, tzinfo=UTC))
        widths = [metrics.horizontalAdvance(moment) + padding]
        widths += [metrics.horizontalAdvance("x" * characters) + padding
                   for characters in (22, 16, 22, 26)]
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
