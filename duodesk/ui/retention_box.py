"""The retention periods in Settings (SPEC §4.9, §9): for each status of a mentee or a
mentor, how many months a file is kept after its last activity (people who never took part)
or after the outcome of its last duo (closed files) before it is listed on the Privacy page
as due for anonymisation; 0 keeps those files. Each change is saved in the database at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from duodesk.core.codes import PersonRole
from duodesk.core.errors import DuoDeskError
from duodesk.core.privacy.retention import DEFAULT_RULES, MAX_MONTHS, RetentionBasis
from duodesk.ui import messages
from duodesk.ui.privacy import texts

if TYPE_CHECKING:
    from duodesk.core.privacy.retention import RetentionService

translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)

Key = tuple[PersonRole, str]


class RetentionBox(QGroupBox):
    """A months field per role and status, saved through ``retention().save_rules``.
    ``retention`` gives the service when first needed: nothing is read before the box is
    first shown."""

    def __init__(self, retention: Callable[[], RetentionService],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionBox")
        self._retention = retention
        self._loaded = False
        self._showing = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.spins: dict[Key, QSpinBox] = {}
        self.names: dict[Key, QLabel] = {}
        self.bases: dict[Key, QLabel] = {}
        self.role_labels: dict[PersonRole, QLabel] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)  # typing "24" saves once
        self._timer.timeout.connect(self.save)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(3, 1)
        row = 0
        for role in PersonRole:
            heading = QLabel()
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.role_labels[role] = heading
            grid.addWidget(heading, row, 0, 1, 4)
            row += 1
            for rule in (rule for rule in DEFAULT_RULES if rule.role == role):
                key = (rule.role, rule.status)
                name, spin, basis = QLabel(), QSpinBox(), QLabel()
                spin.setObjectName(f"retention_{rule.role.value}_{rule.status}")
                spin.setRange(0, MAX_MONTHS)
                spin.setValue(rule.months)
                spin.setAlignment(Qt.AlignmentFlag.AlignRight)
                spin.valueChanged.connect(lambda _value: self._edited())
                basis.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                self.names[key], self.spins[key], self.bases[key] = name, spin, basis
                grid.addWidget(name, row, 1)
                grid.addWidget(spin, row, 2)
                grid.addWidget(basis, row, 3)
                row += 1
        grid.setColumnMinimumWidth(0, 12)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        """Show the periods stored in the database."""
        try:
            rules = self._retention().rules()
        except DuoDeskError as error:
            messages.error(self, error)
            return
        self._loaded = True
        self._showing = True
        try:
            for rule in rules:
                spin = self.spins.get((rule.role, rule.status))
                if spin is not None:
                    spin.setValue(rule.months)
        finally:
            self._showing = False

    def _edited(self) -> None:
        if not self._showing:
            self._timer.start()

    def maybe_save(self) -> bool:
        """Before the window closes or the database is replaced: a period still being typed
        (its save waits for the typing to stop) is saved now, not later on another file."""
        if self._timer.isActive():
            self.save()
        return True

    def save(self) -> None:
        self._timer.stop()
        try:
            self._retention().save_rules({key: spin.value()
                                          for key, spin in self.spins.items()})
        except DuoDeskError as error:
            messages.error(self, error)
            self.reload()

    def retranslate(self) -> None:
        self.setTitle(translate("RetentionBox", "Retention"))
        self.intro.setText(translate(
            "RetentionBox", "How long a file is kept before the Privacy page lists it for "
            "anonymisation, per status. 0 keeps the file."))
        self.role_labels[PersonRole.MENTEE].setText(translate("RetentionBox", "Mentees"))
        self.role_labels[PersonRole.MENTOR].setText(translate("RetentionBox", "Mentors"))
        for rule in DEFAULT_RULES:
            key = (rule.role, rule.status)
            self.names[key].setText(texts.status(rule.role, rule.status))
            self.spins[key].setSuffix(translate("RetentionBox", " months"))
            self.spins[key].setSpecialValueText(translate("RetentionBox", "kept"))
            if rule.basis == RetentionBasis.CLOSED:
                self.bases[key].setText(translate(
                    "RetentionBox", "after the outcome of the last duo (or its end)"))
            else:
                self.bases[key].setText(translate("RetentionBox", "after the last activity"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
