"""Small dialogs of the Settings page: a coordinator and an antenna.

Each dialog saves through :class:`OrganisationService` itself and closes only once the
record is saved; a refused value is explained in words right under its field.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QEvent, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.errors import DuoDeskError, InvalidValue
from duodesk.core.services.organisation import AntennaView, CoordinatorView, OrganisationService
from duodesk.messages import describe
from duodesk.ui import messages

ERROR_STYLE = "color: #b3261e;"


class _FieldWithError(QWidget):
    """An input with the sentence explaining why its value was refused right under it."""

    def __init__(self, field: QWidget) -> None:
        super().__init__()
        self.field = field
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(False)
        self.error: InvalidValue | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(field)
        layout.addWidget(self.error_label)

    def show_error(self, error: InvalidValue | None) -> None:
        self.error = error
        self.error_label.setText(describe(error) if error else "")
        self.error_label.setVisible(error is not None)

    def retranslate(self) -> None:
        self.show_error(self.error)


class _RecordDialog(QDialog):
    """What both dialogs share: the button box, the error routing, retranslation."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.fields: dict[str, _FieldWithError] = {}
        self.labels: dict[str, QLabel] = {}

    def add_field(self, name: str, widget: QWidget) -> _FieldWithError:
        wrapped = _FieldWithError(widget)
        label = QLabel()
        label.setBuddy(widget)
        self.form.addRow(label, wrapped)
        self.fields[name], self.labels[name] = wrapped, label
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _text: wrapped.show_error(None))
        return wrapped

    def save(self) -> None:
        for field in self.fields.values():
            field.show_error(None)
        try:
            self.store()
        except InvalidValue as error:
            field = self.fields.get(str(error.params.get("field")))
            if field is None:
                messages.error(self, error)
                return
            field.show_error(error)
            field.field.setFocus()
            return
        except DuoDeskError as error:
            messages.error(self, error)
            return
        self.accept()

    def store(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        for field in self.fields.values():
            field.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CoordinatorDialog(_RecordDialog):
    """Add or edit a coordinator: name, email, antenna and, when editing, active or not."""

    def __init__(self, organisation: OrganisationService, antennas: list[AntennaView],
                 coordinator: CoordinatorView | None = None,
                 default_antenna: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation = organisation
        self.coordinator = coordinator
        self.saved: CoordinatorView | None = None
        self.name_edit = QLineEdit(coordinator.name if coordinator else "")
        self.name_edit.setMaxLength(120)
        self.email_edit = QLineEdit((coordinator.email or "") if coordinator else "")
        self.email_edit.setMaxLength(254)
        self.antenna_combo = QComboBox()
        self.antenna_combo.addItem("", "")
        for antenna in antennas:
            self.antenna_combo.addItem(f"{antenna.code} — {antenna.name}", str(antenna.id))
        chosen = coordinator.antenna_id if coordinator else default_antenna
        self.antenna_combo.setCurrentIndex(
            max(0, self.antenna_combo.findData(str(chosen) if chosen else "")))
        self.active_box = QCheckBox()
        self.active_box.setChecked(coordinator.active if coordinator else True)
        self.add_field("name", self.name_edit)
        self.add_field("email", self.email_edit)
        self.add_field("antenna", self.antenna_combo)
        self.add_field("active", self.active_box)
        self.form.setRowVisible(self.fields["active"], coordinator is not None)
        self.retranslate()
        self.setMinimumWidth(460)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(
            QCoreApplication.translate("CoordinatorDialog", "Edit a coordinator")
            if self.coordinator else
            QCoreApplication.translate("CoordinatorDialog", "Add a coordinator"))
        self.labels["name"].setText(QCoreApplication.translate("CoordinatorDialog", "&Name:"))
        self.labels["email"].setText(QCoreApplication.translate("CoordinatorDialog", "&Email:"))
        self.labels["antenna"].setText(
            QCoreApplication.translate("CoordinatorDialog", "&Antenna:"))
        self.labels["active"].setText(QCoreApplication.translate("CoordinatorDialog", "Status:"))
        self.antenna_combo.setItemText(
            0, QCoreApplication.translate("CoordinatorDialog", "No antenna"))
        self.active_box.setText(
            QCoreApplication.translate("CoordinatorDialog", "Active (can follow duos)"))
        self.name_edit.setPlaceholderText(
            QCoreApplication.translate("CoordinatorDialog", "First and last name"))
        self.email_edit.setPlaceholderText(
            QCoreApplication.translate("CoordinatorDialog", "name@organisation.be"))

    def store(self) -> None:
        self.saved = self.organisation.save_coordinator(
            self.name_edit.text(), self.email_edit.text(),
            uuid.UUID(data) if (data := self.antenna_combo.currentData()) else None,
            self.active_box.isChecked(),
            coordinator_id=self.coordinator.id if self.coordinator else None)


class AntennaDialog(_RecordDialog):
    """Add an antenna (code and name) or rename one (its code stays: files refer to it)."""

    def __init__(self, organisation: OrganisationService, antenna: AntennaView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation = organisation
        self.antenna = antenna
        self.saved: AntennaView | None = None
        self.code_edit = QLineEdit(antenna.code if antenna else "")
        self.code_edit.setMaxLength(8)
        self.code_edit.setValidator(QRegularExpressionValidator(
            QRegularExpression("[A-Za-z]{0,8}"), self.code_edit))
        self.code_edit.textEdited.connect(self._upper_case_code)
        self.code_edit.setReadOnly(antenna is not None)
        self.name_edit = QLineEdit(antenna.name if antenna else "")
        self.name_edit.setMaxLength(80)
        self.add_field("code", self.code_edit)
        self.add_field("name", self.name_edit)
        (self.name_edit if antenna else self.code_edit).setFocus()
        self.retranslate()
        self.setMinimumWidth(420)

    def _upper_case_code(self, text: str) -> None:
        if text != text.upper():
            position = self.code_edit.cursorPosition()
            self.code_edit.setText(text.upper())
            self.code_edit.setCursorPosition(position)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(
            QCoreApplication.translate("AntennaDialog", "Rename an antenna")
            if self.antenna else QCoreApplication.translate("AntennaDialog", "Add an antenna"))
        self.labels["code"].setText(QCoreApplication.translate("AntennaDialog", "&Code:"))
        self.labels["name"].setText(QCoreApplication.translate("AntennaDialog", "&Name:"))
        self.code_edit.setPlaceholderText(
            QCoreApplication.translate("AntennaDialog", "2 to 8 capital letters, like BXL"))
        self.name_edit.setPlaceholderText(
            QCoreApplication.translate("AntennaDialog", "Brussels"))

    def store(self) -> None:
        if self.antenna is None:
            self.saved = self.organisation.add_antenna(self.code_edit.text(),
                                                       self.name_edit.text())
        else:
            self.organisation.rename_antenna(self.antenna.id, self.name_edit.text())
            self.saved = AntennaView(self.antenna.id, self.antenna.code,
                                     " ".join(self.name_edit.text().split()))
