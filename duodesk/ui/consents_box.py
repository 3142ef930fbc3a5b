"""The Consents box of Settings (SPEC §9): for each purpose, after how many months a consent
is to be asked again (0: never) and the current version of its text — the version a new
consent is given under; a consent given under another one is to be renewed. The consents to
renew appear on the Today page. Saved with the box's Save button; nothing is read before the
box is first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from duodesk import labels
from duodesk.core.codes import ConsentPurpose
from duodesk.core.errors import DuoDeskError, ValidationErrors
from duodesk.core.privacy.consents import MAX_RENEW_MONTHS, TEXT_VERSION_LIMIT, ConsentSettings
from duodesk.messages import describe
from duodesk.ui import messages
from duodesk.ui.persons.person_form import ERROR_STYLE

if TYPE_CHECKING:
    from duodesk.core.privacy.consents import ConsentService

translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)


class ConsentsBox(QGroupBox):
    """Months and text version per purpose, saved through ``consents().save_settings``."""

    def __init__(self, consents: Callable[[], ConsentService],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentsBox")
        self._consents = consents
        self._loaded = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.names: dict[ConsentPurpose, QLabel] = {}
        self.months: dict[ConsentPurpose, QSpinBox] = {}
        self.versions: dict[ConsentPurpose, QLineEdit] = {}
        self.month_heading, self.version_heading = QLabel(), QLabel()
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(self.month_heading, 0, 1)
        grid.addWidget(self.version_heading, 0, 2)
        for row, purpose in enumerate(ConsentPurpose, start=1):
            name, spin, version = QLabel(), QSpinBox(), QLineEdit()
            spin.setRange(0, MAX_RENEW_MONTHS)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setObjectName(f"renew_{purpose.value}")
            version.setMaxLength(TEXT_VERSION_LIMIT)
            version.setObjectName(f"text_version_{purpose.value}")
            spin.valueChanged.connect(self._edited)
            version.textChanged.connect(self._edited)
            self.names[purpose], self.months[purpose], self.versions[purpose] = (
                name, spin, version)
            grid.addWidget(name, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(version, row, 2)
        grid.setColumnStretch(2, 1)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.save_button = QPushButton()
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("ConsentsBox", "Consents"))
        self.intro.setText(translate(
            "ConsentsBox", "A consent is asked again after the months set for its purpose "
            "(0: never), or when it was given under another text than the current one. The "
            "consents to renew are listed on the Today page."))
        self.month_heading.setText(translate("ConsentsBox", "Renew after"))
        self.version_heading.setText(translate("ConsentsBox", "Current text version"))
        for purpose in ConsentPurpose:
            self.names[purpose].setText(labels.label(purpose))
            spin = self.months[purpose]
            spin.setSuffix(translate("ConsentsBox", " months"))
            spin.setSpecialValueText(translate("ConsentsBox", "never"))
            self.versions[purpose].setPlaceholderText(
                translate("ConsentsBox", "not set: versions are not compared"))
        self.save_button.setText(translate("ConsentsBox", "Save the consent settings"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "save_button"):
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Show the settings as stored."""
        self._loaded = True
        self.show_settings(self._consents().settings())

    def show_settings(self, settings: ConsentSettings) -> None:
        for purpose in ConsentPurpose:
            for widget in (self.months[purpose], self.versions[purpose]):
                widget.blockSignals(True)
            self.months[purpose].setValue(settings.renew_months.get(purpose) or 0)
            self.versions[purpose].setText(settings.text_versions.get(purpose) or "")
            for widget in (self.months[purpose], self.versions[purpose]):
                widget.blockSignals(False)
        self.error.setVisible(False)
        self.save_button.setEnabled(False)

    def settings(self) -> ConsentSettings:
        """The settings as shown (0 months: no limit; an empty version: not set)."""
        return ConsentSettings(
            {p: self.months[p].value() or None for p in ConsentPurpose},
            {p: self.versions[p].text().strip() or None for p in ConsentPurpose})

    def _edited(self, *_args: object) -> None:
        self.save_button.setEnabled(True)
        self.error.setVisible(False)

    def maybe_save(self) -> bool:
        """Before the window closes or the database is replaced: settings edited and not
        saved are saved or dropped as the coordinator says; False when they choose to stay."""
        if not self.save_button.isEnabled():
            return True
        choice = messages.ask_save_discard_cancel(self, translate(
            "ConsentsBox", "The consent settings have changes that are not saved. Save them?"))
        if choice == messages.Choice.CANCEL:
            return False
        if choice == messages.Choice.DISCARD:
            self.reload()
            return True
        return self.save()

    def save(self) -> bool:
        """Store the settings; a refusal is shown in the box."""
        try:
            self._consents().save_settings(self.settings())
        except ValidationErrors as errors:
            self.error.setText("\n".join(describe(p) for p in errors.problems))
            self.error.setVisible(True)
            return False
        except DuoDeskError as error:
            messages.error(self, error)
            return False
        self.reload()
        return True
