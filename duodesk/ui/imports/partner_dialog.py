"""A small dialog to add a partner (name and kind) from the import wizard, when a list
comes from an organisation DuoDesk does not know yet (SPEC §3 Partner)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from duodesk import labels
from duodesk.core.codes import PartnerKind
from duodesk.core.errors import DuoDeskError
from duodesk.core.services.partners import PartnerService, PartnerView
from duodesk.messages import describe


class NewPartnerDialog(QDialog):
    """Name and kind of a new partner; OK saves it, and a refusal (a name already used)
    is said inside the dialog, which stays open with what was typed."""

    def __init__(self, partners: PartnerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._partners = partners
        self.partner: PartnerView | None = None
        self.setWindowTitle(QCoreApplication.translate("NewPartnerDialog", "New partner"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(
            QCoreApplication.translate("NewPartnerDialog", "e.g. Actiris Anderlecht"))
        self.kind_combo = QComboBox()
        for code, text in labels.choices(PartnerKind):
            self.kind_combo.addItem(text, code)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(PartnerKind.EMPLOYMENT_SERVICE))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlight); font-weight: bold;")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("NewPartnerDialog", "Name:"), self.name_edit)
        form.addRow(QCoreApplication.translate("NewPartnerDialog", "Kind:"), self.kind_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        try:
            self.partner = self._partners.save(self.name_edit.text(),
                                               self.kind_combo.currentData())
        except DuoDeskError as error:
            self.problem.setText(describe(error))
            self.problem.show()
            self.name_edit.setFocus()
            return
        super().accept()
