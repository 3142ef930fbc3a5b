"""The Settings page (SPEC §4.9): interface language, who I am, this database's antenna,
coordinators, antennas, the backup folder, backing up and restoring.

The page calls :class:`OrganisationService` for what lives in the database; what lives in
the user's preferences (language, backup folder) it hands to the composition root through
signals, which applies and saves it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.errors import DuoDeskError
from duodesk.core.services.organisation import (
    AntennaView,
    CoordinatorView,
    OrganisationService,
)
from duodesk.ui import messages
from duodesk.ui.organisation_boxes import AntennasBox, CoordinatorsBox
from duodesk.ui.page_titles import settings_title as settings_title  # the name in the side bar

# Each language under its own name, so that anyone finds theirs whatever is shown now.
LANGUAGE_NAMES = (("en", "English"), ("fr", "Français"), ("nl", "Nederlands"))


def _uuid_or_none(text: object) -> uuid.UUID | None:
    """Combo boxes carry ids as text (Qt compares text, not Python objects)."""
    return uuid.UUID(str(text)) if text else None


@dataclass(frozen=True)
class OrganisationSnapshot:
    """What the page shows from the database, read in one go."""

    coordinators: list[CoordinatorView]
    antennas: list[AntennaView]
    current: CoordinatorView | None
    home: AntennaView | None


def read_snapshot(organisation: OrganisationService) -> OrganisationSnapshot:
    """Read what the page shows; plain data, so it may run on a worker thread (at start-up
    the composition root reads it there, beside opening the database)."""
    found = organisation.overview()
    return OrganisationSnapshot(found.coordinators, found.antennas, found.current, found.home)


class _ActionButton(QPushButton):
    """A push button that triggers a window action and follows its text and state."""

    def __init__(self, action: QAction) -> None:
        super().__init__()
        self._action = action
        self.clicked.connect(action.trigger)
        action.changed.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.setText(self._action.text())
        self.setEnabled(self._action.isEnabled())


class SettingsPage(QScrollArea):
    """Settings of the user (language, backups) and of the database (who, where, staff)."""

    language_chosen = Signal(str)
    backup_folder_chosen = Signal(object)  # a Path, or None for the default folder
    current_coordinator_changed = Signal(object)  # the name, or None

    def __init__(self, organisation: OrganisationService, language: str,
                 backup_folder: Path, folder_is_default: bool,
                 backup_action: QAction, restore_action: QAction,
                 snapshot: OrganisationSnapshot | None = None,
                 weights_box: QWidget | None = None,
                 partners_box: QWidget | None = None) -> None:
        super().__init__()
        self.organisation = organisation
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("settingsBody")
        self.setWidget(body)

        self.heading = QLabel()
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.6)
        heading_font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(heading_font)

        # General: language, who I am, antenna of this database.
        self.general_box = QGroupBox()
        self.language_combo = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.activated.connect(
            lambda _row: self.language_chosen.emit(self.language_combo.currentData()))
        self.who_combo = QComboBox()
        self.who_combo.activated.connect(self._who_chosen)
        self.antenna_combo = QComboBox()
        self.antenna_combo.activated.connect(self._antenna_chosen)
        for combo in (self.language_combo, self.who_combo, self.antenna_combo):
            combo.setMinimumContentsLength(22)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.general_form = QFormLayout(self.general_box)
        self.language_label, self.who_label, self.antenna_label = QLabel(), QLabel(), QLabel()
        self.who_hint, self.antenna_hint = self._hint(), self._hint()
        self.general_form.addRow(self.language_label, self.language_combo)
        self.general_form.addRow(self.who_label, self.who_combo)
        self.general_form.addRow("", self.who_hint)
        self.general_form.addRow(self.antenna_label, self.antenna_combo)
        self.general_form.addRow("", self.antenna_hint)
        for label, field in ((self.language_label, self.language_combo),
                             (self.who_label, self.who_combo),
                             (self.antenna_label, self.antenna_combo)):
            label.setBuddy(field)

        # Backups: folder, last backup, back up now, restore.
        self.backup_box = QGroupBox()
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setMinimumWidth(240)
        self.choose_folder_button = QPushButton()
        self.choose_folder_button.clicked.connect(self._choose_folder)
        self.default_folder_button = QPushButton()
        self.default_folder_button.clicked.connect(lambda: self.backup_folder_chosen.emit(None))
        self.folder_label, self.last_backup_label = QLabel(), QLabel()
        self.folder_label.setBuddy(self.folder_edit)
        self.folder_hint = self._hint()
        self.last_backup_value = QLabel()
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self.choose_folder_button)
        folder_buttons.addWidget(self.default_folder_button)
        folder_buttons.addStretch(1)
        self.backup_button = _ActionButton(backup_action)
        self.restore_button = _ActionButton(restore_action)
        backup_buttons = QHBoxLayout()
        backup_buttons.addWidget(self.backup_button)
        backup_buttons.addWidget(self.restore_button)
        backup_buttons.addStretch(1)
        backup_form = QFormLayout(self.backup_box)
        backup_form.addRow(self.folder_label, self.folder_edit)
        backup_form.addRow("", folder_buttons)
        backup_form.addRow("", self.folder_hint)
        backup_form.addRow(self.last_backup_label, self.last_backup_value)
        backup_form.addRow("", backup_buttons)

        self.coordinators_box = CoordinatorsBox(organisation)
        self.antennas_box = AntennasBox(organisation)
        self.coordinators_box.changed.connect(self.reload)
        self.antennas_box.changed.connect(self.reload)

        # Two rows: the short forms side by side, then the two tables, the wider one first.
        top_row, table_row = QHBoxLayout(), QHBoxLayout()
        top_row.setSpacing(16)
        table_row.setSpacing(16)
        top_row.addWidget(self.general_box, 1)
        top_row.addWidget(self.backup_box, 1)
        table_row.addWidget(self.coordinators_box, 3)
        table_row.addWidget(self.antennas_box, 2)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addLayout(top_row)
        layout.addLayout(table_row, 1)
        self.weights_box = weights_box
        self.partners_box = partners_box
        if weights_box is not None or partners_box is not None:
            # The matching weights (duodesk.ui.matching) and the partners (partners_box).
            weights_row = QHBoxLayout()
            if weights_box is not None:
                weights_row.addWidget(weights_box, 3)
            if partners_box is not None:
                weights_row.addWidget(partners_box, 2)
            else:
                weights_row.addStretch(2)
            layout.addLayout(weights_row)
        self._sections = layout  # boxes of other areas: add_section
        # The boxes of other areas, asked about unsaved edits (maybe_save) with the page.
        self._other_boxes = [box for box in (weights_box, partners_box) if box is not None]

        self._layout = layout
        self._folder_is_default = folder_is_default
        self._last_backup: datetime | None = None
        self._current_name: str | None = None
        self.show_backup_folder(backup_folder, folder_is_default)
        self.retranslate()
        if snapshot is None:
            self.reload()
        else:
            self.show_snapshot(snapshot)

    def add_section(self, box: QWidget) -> None:
        """Add a box of another area (retention periods, encryption…) below the others."""
        self._sections.addWidget(box)
        self._other_boxes.append(box)

    def add_box(self, box: QWidget) -> None:
        """Add a box of another area (e.g. Encryption) at the end of the page."""
        self._layout.addWidget(box)
        self._other_boxes.append(box)

    def maybe_save(self) -> bool:
        """Before the window closes or the database is replaced: each box with edits not
        yet saved (a box's own ``maybe_save``) saves or drops them as the coordinator says;
        False as soon as one is told to stay."""
        return all(box.maybe_save() for box in self._other_boxes  # type: ignore[attr-defined]
                   if hasattr(box, "maybe_save"))

    @staticmethod
    def _hint() -> QLabel:
        hint = QLabel()
        hint.setWordWrap(True)
        # Top-aligned: a wrapped label may be given room for one line more than it shows.
        hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return hint

    # --- database settings -------------------------------------------------------------
    def reload(self) -> None:
        """Read coordinators, antennas and the two choices from the database again."""
        try:
            snapshot = read_snapshot(self.organisation)
        except DuoDeskError as error:
            messages.error(self, error)
            return
        self.show_snapshot(snapshot)

    def show_snapshot(self, snapshot: OrganisationSnapshot) -> None:
        current, home = snapshot.current, snapshot.home
        self.who_combo.clear()
        if current is None:
            self.who_combo.addItem("", "")
        for coordinator in snapshot.coordinators:
            if coordinator.active or (current is not None and coordinator.id == current.id):
                self.who_combo.addItem(coordinator.name, str(coordinator.id))
        self.who_combo.setCurrentIndex(
            max(0, self.who_combo.findData(str(current.id) if current else "")))
        self.antenna_combo.clear()
        if home is None:
            self.antenna_combo.addItem("", "")
        for antenna in snapshot.antennas:
            self.antenna_combo.addItem(f"{antenna.code} — {antenna.name}", str(antenna.id))
        self.antenna_combo.setCurrentIndex(
            max(0, self.antenna_combo.findData(str(home.id) if home else "")))
        self.coordinators_box.set_data(snapshot.coordinators, snapshot.antennas,
                                       home.id if home else None)
        self.antennas_box.set_data(snapshot.antennas)
        self._retranslate_choices()
        self._current_name = current.name if current else None
        self.current_coordinator_changed.emit(self._current_name)

    def current_coordinator_name(self) -> str | None:
        """The name chosen under "Who I am", as last read."""
        return self._current_name

    def _who_chosen(self, _row: int) -> None:
        chosen = _uuid_or_none(self.who_combo.currentData())
        try:
            self.organisation.set_current_coordinator(chosen)
        except DuoDeskError as error:
            messages.error(self, error)
        self.reload()

    def _antenna_chosen(self, _row: int) -> None:
        chosen = _uuid_or_none(self.antenna_combo.currentData())
        if chosen is None:
            return
        try:
            self.organisation.set_home_antenna(chosen)
        except DuoDeskError as error:
            messages.error(self, error)
        self.reload()

    # --- preferences -----------------------------------------------------------------------
    def show_language(self, language: str) -> None:
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

    def show_backup_folder(self, folder: Path, is_default: bool) -> None:
        self._folder_is_default = is_default
        self.folder_edit.setText(str(folder))
        self.folder_edit.setToolTip(str(folder))
        self.folder_edit.setCursorPosition(0)
        self.default_folder_button.setEnabled(not is_default)
        self._retranslate_folder_hint()

    def set_last_backup(self, moment: datetime | None) -> None:
        self._last_backup = moment
        self._retranslate_last_backup()

    def _choose_folder(self) -> None:
        chosen = messages.choose_folder(
            self, QCoreApplication.translate("SettingsPage", "Choose the backup folder"),
            Path(self.folder_edit.text()))
        if chosen is not None:
            self.backup_folder_chosen.emit(chosen)

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("SettingsPage", "Settings"))
        self.general_box.setTitle(QCoreApplication.translate("SettingsPage", "General"))
        self.language_label.setText(QCoreApplication.translate("SettingsPage", "&Language:"))
        self.who_label.setText(QCoreApplication.translate("SettingsPage", "&Who I am:"))
        self.who_hint.setText(QCoreApplication.translate(
            "SettingsPage", "Your name is written on the notes and changes you make."))
        self.antenna_label.setText(
            QCoreApplication.translate("SettingsPage", "This database's &antenna:"))
        self.antenna_hint.setText(QCoreApplication.translate(
            "SettingsPage", "New mentees, mentors and duos belong to this antenna."))
        self.backup_box.setTitle(QCoreApplication.translate("SettingsPage", "Backups"))
        self.folder_label.setText(QCoreApplication.translate("SettingsPage", "Backup &folder:"))
        self.choose_folder_button.setText(
            QCoreApplication.translate("SettingsPage", "Choose…"))
        self.default_folder_button.setText(
            QCoreApplication.translate("SettingsPage", "Use the default folder"))
        self.last_backup_label.setText(QCoreApplication.translate("SettingsPage", "Last backup:"))
        self._retranslate_folder_hint()
        self._retranslate_last_backup()
        self._retranslate_choices()

    def _retranslate_choices(self) -> None:
        not_chosen = QCoreApplication.translate("SettingsPage", "— Not chosen —")
        for combo in (self.who_combo, self.antenna_combo):
            if combo.count() and combo.itemData(0) == "":
                combo.setItemText(0, not_chosen)

    def _retranslate_folder_hint(self) -> None:
        if self._folder_is_default:
            text = QCoreApplication.translate(
                "SettingsPage",
                "The default: a “backups” folder beside the database. A backup is made "
                "every day, before each update and whenever you ask.")
        else:
            text = QCoreApplication.translate(
                "SettingsPage",
                "A folder you chose. A backup is made every day, before each update and "
                "whenever you ask.")
        self.folder_hint.setText(text)

    def _retranslate_last_backup(self) -> None:
        if self._last_backup is None:
            self.last_backup_value.setText(QCoreApplication.translate("SettingsPage", "None yet"))
        else:
            from duodesk.ui.restore_dialog import format_when

            self.last_backup_value.setText(format_when(self._last_backup))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
