"""The coordinators and antennas group boxes of the Settings page: a sortable table each,
with buttons to add, edit, deactivate (coordinators) or rename (antennas)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from duodesk.core.errors import DuoDeskError
from duodesk.core.services.organisation import AntennaView, CoordinatorView, OrganisationService
from duodesk.ui import messages
from duodesk.ui.organisation_dialogs import AntennaDialog, CoordinatorDialog
from duodesk.ui.organisation_models import (
    SORT_ROLE,
    AntennaTableModel,
    CoordinatorTableModel,
)


def _table(model: CoordinatorTableModel | AntennaTableModel) -> tuple[QTableView,
                                                                       QSortFilterProxyModel]:
    # The proxy belongs to its view (and the model to the box): a model owned by Python
    # alone dies whenever the collector frees it, the view still showing it.
    view = QTableView()
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setMinimumHeight(180)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view, proxy


def _accepted(dialog: CoordinatorDialog | AntennaDialog) -> bool:
    """Run a record dialog; True when it saved its record."""
    try:
        return bool(messages.run_dialog(dialog)) and dialog.saved is not None
    finally:
        dialog.deleteLater()


class _TableBox(QGroupBox):
    """A group box holding one table and a row of buttons under it."""

    changed = Signal()

    def __init__(self, organisation: OrganisationService,
                 model: CoordinatorTableModel | AntennaTableModel) -> None:
        super().__init__()
        self.organisation = organisation
        self.model = model
        model.setParent(self)
        self.view, self.proxy = _table(model)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.button_row = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.button_row)

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return self.proxy.mapToSource(rows[0]).row() if rows else -1

    def select_id(self, record_id: uuid.UUID) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def edit_selected(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CoordinatorsBox(_TableBox):
    """The staff who follow candidates and duos."""

    model: CoordinatorTableModel

    def __init__(self, organisation: OrganisationService) -> None:
        super().__init__(organisation, CoordinatorTableModel())
        self.antennas: list[AntennaView] = []
        self.default_antenna: uuid.UUID | None = None
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.active_button = QPushButton()
        for button in (self.add_button, self.edit_button, self.active_button):
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button.clicked.connect(self.toggle_active)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, mode in ((CoordinatorTableModel.NAME, QHeaderView.ResizeMode.Stretch),
                             (CoordinatorTableModel.EMAIL, QHeaderView.ResizeMode.Stretch),
                             (CoordinatorTableModel.ANTENNA,
                              QHeaderView.ResizeMode.ResizeToContents),
                             (CoordinatorTableModel.STATUS,
                              QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.retranslate()

    def set_data(self, coordinators: list[CoordinatorView], antennas: list[AntennaView],
                 default_antenna: uuid.UUID | None) -> None:
        self.antennas, self.default_antenna = antennas, default_antenna
        self.model.set_rows(coordinators)

    def selected(self) -> CoordinatorView | None:
        row = self.selected_row()
        return self.model.coordinator(row) if row >= 0 else None

    def add(self) -> None:
        dialog = CoordinatorDialog(self.organisation, self.antennas,
                                   default_antenna=self.default_antenna, parent=self)
        if _accepted(dialog) and dialog.saved is not None:
            self.changed.emit()
            self.select_id(dialog.saved.id)

    def edit_selected(self) -> None:
        coordinator = self.selected()
        if coordinator is None:
            return
        dialog = CoordinatorDialog(self.organisation, self.antennas, coordinator, parent=self)
        if _accepted(dialog) and dialog.saved is not None:
            self.changed.emit()
            self.select_id(coordinator.id)

    def toggle_active(self) -> None:
        coordinator = self.selected()
        if coordinator is None:
            return
        if coordinator.active and not messages.ask_yes_no(
            self,
            QCoreApplication.translate(
                "Coordinators",
                "Deactivate {name}? They stay on the duos they followed, but are no longer "
                "offered for new ones. You can reactivate them later.",
            ).format(name=coordinator.name),
            yes_text=QCoreApplication.translate("Coordinators", "Deactivate"),
        ):
            return
        try:
            self.organisation.save_coordinator(
                coordinator.name, coordinator.email, coordinator.antenna_id,
                active=not coordinator.active, coordinator_id=coordinator.id)
        except DuoDeskError as error:
            messages.error(self, error)
            return
        self.changed.emit()
        self.select_id(coordinator.id)

    def _update_buttons(self) -> None:
        coordinator = self.selected()
        self.edit_button.setEnabled(coordinator is not None)
        self.active_button.setEnabled(coordinator is not None)
        if coordinator is not None and not coordinator.active:
            self.active_button.setText(QCoreApplication.translate("Coordinators", "Reactivate"))
        else:
            self.active_button.setText(QCoreApplication.translate("Coordinators", "Deactivate"))

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(QCoreApplication.translate("Coordinators", "Coordinators"))
        self.add_button.setText(QCoreApplication.translate("Coordinators", "Add…"))
        self.edit_button.setText(QCoreApplication.translate("Coordinators", "Edit…"))
        self._update_buttons()


class AntennasBox(_TableBox):
    """The antennas of the programme known to this database."""

    model: AntennaTableModel

    def __init__(self, organisation: OrganisationService) -> None:
        super().__init__(organisation, AntennaTableModel())
        self.add_button = QPushButton()
        self.rename_button = QPushButton()
        self.button_row.addWidget(self.add_button)
        self.button_row.addWidget(self.rename_button)
        self.button_row.addStretch(1)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.edit_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.view.horizontalHeader().setSectionResizeMode(
            AntennaTableModel.CODE, QHeaderView.ResizeMode.ResizeToContents)
        self.retranslate()

    def set_data(self, antennas: list[AntennaView]) -> None:
        self.model.set_rows(antennas)

    def selected(self) -> AntennaView | None:
        row = self.selected_row()
        return self.model.antenna(row) if row >= 0 else None

    def add(self) -> None:
        dialog = AntennaDialog(self.organisation, parent=self)
        if _accepted(dialog) and dialog.saved is not None:
            self.changed.emit()
            self.select_id(dialog.saved.id)

    def edit_selected(self) -> None:
        antenna = self.selected()
        if antenna is None:
            return
        dialog = AntennaDialog(self.organisation, antenna, parent=self)
        if _accepted(dialog) and dialog.saved is not None:
            self.changed.emit()
            self.select_id(antenna.id)

    def _update_buttons(self) -> None:
        self.rename_button.setEnabled(self.selected() is not None)

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(QCoreApplication.translate("Antennas", "Antennas"))
        self.add_button.setText(QCoreApplication.translate("Antennas", "Add…"))
        self.rename_button.setText(QCoreApplication.translate("Antennas", "Rename…"))
