"""The partners of the Settings page (SPEC §3 Partner): the organisations that refer
candidates — their name, kind and contact — with buttons to add and edit one. A partner
created by an import (the wizard, or ``duodesk import-partner --create-partner``) is
completed here; its saved column choices stay with it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duodesk import labels
from duodesk.core.codes import PartnerKind
from duodesk.core.errors import DuoDeskError
from duodesk.core.services.partners import PartnerService, PartnerView
from duodesk.messages import describe
from duodesk.ui import messages

Index = QModelIndex | QPersistentModelIndex


_COLUMNS: list[tuple[Callable[[], str], Callable[[PartnerView], str]]] = [
    (lambda: QCoreApplication.translate("PartnersBox", "Name"), lambda p: p.name),
    (lambda: QCoreApplication.translate("PartnersBox", "Kind"), lambda p: labels.label(p.kind)),
    (lambda: QCoreApplication.translate("PartnersBox", "Contact"), lambda p: p.contact_name or ""),
    (lambda: QCoreApplication.translate("PartnersBox", "Email"), lambda p: p.contact_email or ""),
    (lambda: QCoreApplication.translate("PartnersBox", "Phone"), lambda p: p.contact_phone or ""),
]


class PartnerTableModel(QAbstractTableModel):
    """The partners, by name; ``PartnerRole`` gives a row's :class:`PartnerView`."""

    PartnerRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.partners: list[PartnerView] = []

    def set_partners(self, partners: list[PartnerView]) -> None:
        self.beginResetModel()
        self.partners = list(partners)
        self.endResetModel()

    def row_of(self, partner_id: uuid.UUID) -> int:
        return next((n for n, p in enumerate(self.partners) if p.id == partner_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.partners)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.partners):
            return None
        partner = self.partners[index.row()]
        if role == self.PartnerRole:
            return partner
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _COLUMNS[index.column()][1](partner)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(_COLUMNS)):
            return _COLUMNS[section][0]()
        return None

    def retranslate(self) -> None:
        if self.partners:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.partners) - 1, len(_COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_COLUMNS) - 1)


class PartnerDialog(QDialog):
    """Name, kind and contact of a partner, new or known; OK saves it, and a refusal (a
    name already used, an email that is not one) is said inside the dialog, which stays open
    with what was typed."""

    def __init__(self, partners: PartnerService, partner: PartnerView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._partners = partners
        self._partner_id = partner.id if partner else None
        self.saved: PartnerView | None = None
        self.setWindowTitle(
            QCoreApplication.translate("PartnersBox", "Edit the partner") if partner
            else QCoreApplication.translate("PartnersBox", "New partner"))
        self.name_edit = QLineEdit(partner.name if partner else "")
        self.name_edit.setPlaceholderText(
            QCoreApplication.translate("PartnersBox", "e.g. Actiris Anderlecht"))
        self.kind_combo = QComboBox()
        for code, text in labels.choices(PartnerKind):
            self.kind_combo.addItem(text, code)
        kind = partner.kind if partner else PartnerKind.EMPLOYMENT_SERVICE
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.contact_edit = QLineEdit((partner.contact_name or "") if partner else "")
        self.email_edit = QLineEdit((partner.contact_email or "") if partner else "")
        self.phone_edit = QLineEdit((partner.contact_phone or "") if partner else "")
        self.problem = QLabel()
        self.problem.setObjectName("partnerProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlight); font-weight: bold;")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("PartnersBox", "Name:"), self.name_edit)
        form.addRow(QCoreApplication.translate("PartnersBox", "Kind:"), self.kind_combo)
        form.addRow(QCoreApplication.translate("PartnersBox", "Contact person:"), self.contact_edit)
        form.addRow(QCoreApplication.translate("PartnersBox", "Contact email:"), self.email_edit)
        form.addRow(QCoreApplication.translate("PartnersBox", "Contact phone:"), self.phone_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        try:
            self.saved = self._partners.save(
                self.name_edit.text(), self.kind_combo.currentData(),
                contact_name=self.contact_edit.text() or None,
                contact_email=self.email_edit.text() or None,
                contact_phone=self.phone_edit.text() or None,
                partner_id=self._partner_id)
        except DuoDeskError as error:
            self.problem.setText(describe(error))
            self.problem.show()
            return
        super().accept()


class PartnersBox(QGroupBox):
    """The partners' table with "Add…" and "Edit…" (a double-click edits too). The list is
    read when the box is first shown and after each change (an import may add partners
    while the program runs: it is read again each time the box is shown)."""

    def __init__(self, partners: Callable[[], PartnerService],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._partners = partners
        self.model = PartnerTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        self.view.setMinimumHeight(160)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_selected)
        self.edit_button.setEnabled(False)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.edit_button.setEnabled(self._selected() is not None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def showEvent(self, event: Any) -> None:
        self.reload()
        super().showEvent(event)

    def reload(self, select: uuid.UUID | None = None) -> None:
        self.model.set_partners(self._partners().partners())
        self.view.resizeColumnsToContents()
        if select is not None and (row := self.model.row_of(select)) >= 0:
            self.view.selectRow(row)
        self.edit_button.setEnabled(self._selected() is not None)

    def _selected(self) -> PartnerView | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.partners[rows[0].row()] if rows else None

    def add(self) -> None:
        self._run(PartnerDialog(self._partners(), None, self))

    def edit_selected(self) -> None:
        partner = self._selected()
        if partner is not None:
            self._run(PartnerDialog(self._partners(), partner, self))

    def _run(self, dialog: PartnerDialog) -> None:
        try:
            if messages.run_dialog(dialog) and dialog.saved is not None:
                self.reload(select=dialog.saved.id)
        finally:
            dialog.deleteLater()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("PartnersBox", "Partners"))
        self.add_button.setText(QCoreApplication.translate("PartnersBox", "Add…"))
        self.edit_button.setText(QCoreApplication.translate("PartnersBox", "Edit…"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
