"""Choosing a backup to restore: the backups of one database, newest first, or any other
backup file. Used at start-up when the database is damaged, after a failed integrity check
and from File → Restore from a backup…"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duodesk.ui import messages

if TYPE_CHECKING:
    from duodesk.core.backup import BackupInfo

PATH_ROLE = Qt.ItemDataRole.UserRole


def format_when(moment: datetime) -> str:
    """A date and time in the interface language, e.g. "lundi 12 mai 2025 14:03"."""
    locale = QLocale()
    stamp = QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute, moment.second))
    return locale.toString(stamp.date(), QLocale.FormatType.LongFormat) + " " + \
        locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)


def kind_label(kind: str) -> str:
    return {
        "daily": QCoreApplication.translate("RestoreDialog", "Daily backup"),
        "manual": QCoreApplication.translate("RestoreDialog", "Made on request"),
        "before-update": QCoreApplication.translate("RestoreDialog", "Before a program update"),
        "before-restore": QCoreApplication.translate("RestoreDialog", "Before a restore"),
    }.get(kind, kind)


class RestoreDialog(QDialog):
    """Lists the backups of a database, shows what the one selected holds, and returns the
    one chosen. With ``unlock``, it also offers to type the passphrase of a database that
    may be encrypted rather than damaged; :attr:`unlocked` tells that it opened."""

    def __init__(self, database: Path, folder: Path, intro: str | None = None,
                 parent: QWidget | None = None,
                 unlock: Callable[[], bool] | None = None) -> None:
        from duodesk.core.backup import list_backups
        from duodesk.ui.backup_preview_pane import BackupPreviewPane

        super().__init__(parent)
        self.database = database
        self.folder = folder
        self.intro = intro
        self.backups: list[BackupInfo] = list_backups(database, folder)
        self._chosen: Path | None = None
        self.unlock = unlock
        self.unlocked = False
        self.preview = BackupPreviewPane()
        self.preview.setVisible(bool(self.backups))

        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        for backup in self.backups:
            item = QTreeWidgetItem()
            item.setData(0, PATH_ROLE, str(backup.path))
            item.setToolTip(0, str(backup.path))
            self.list.addTopLevelItem(item)
        self.list.setVisible(bool(self.backups))
        self.none_label = QLabel()
        self.none_label.setWordWrap(True)
        self.none_label.setVisible(not self.backups)

        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton()
        self.restore_button.setDefault(True)
        self.other_button = QPushButton()
        self.cancel_button = QPushButton()
        self.unlock_button = QPushButton()
        self.unlock_button.setVisible(unlock is not None)
        self.unlock_button.clicked.connect(self._unlock)
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setVisible(bool(self.backups))
        self.restore_button.clicked.connect(self._restore_selected)
        self.other_button.clicked.connect(self._choose_other_file)
        self.cancel_button.clicked.connect(self.reject)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda *_: self._restore_selected())

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.none_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.preview)
        if not self.backups:
            layout.addStretch(1)
        layout.addWidget(self.buttons)
        # Without backups, "choose the backup to restore" would say the opposite of the
        # line under it: only a reason given by the caller (a damaged file) stays.
        self.intro_label.setVisible(bool(self.backups or self.intro))
        if self.backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.retranslate()
        self.resize(680, 560 if self.backups else 220)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("RestoreDialog", "Restore from a backup"))
        self.intro_label.setText(self.intro or QCoreApplication.translate(
            "RestoreDialog",
            "Choose the backup to restore. The database {file} is replaced by the content of "
            "the backup; its present content is first kept as a safety copy.",
        ).format(file=self.database.name))
        self.none_label.setText(QCoreApplication.translate(
            "RestoreDialog",
            "No backup of {file} was found in the folder {folder}. If you keep backups "
            "elsewhere (a USB stick, another folder), choose the file with “Other backup "
            "file…”.",
        ).format(file=self.database.name, folder=self.folder))
        self.list.setHeaderLabels([
            QCoreApplication.translate("RestoreDialog", "Made on"),
            QCoreApplication.translate("RestoreDialog", "Kind"),
            QCoreApplication.translate("RestoreDialog", "Size"),
        ])
        locale = QLocale()
        for row, backup in enumerate(self.backups):
            item = self.list.topLevelItem(row)
            item.setText(0, format_when(backup.made_at))
            item.setText(1, kind_label(backup.kind))
            # "Mo"/"MB" as the file manager says it, not the "Mio"/"MiB" of the norms.
            item.setText(2, locale.formattedDataSize(
                backup.size, 2, QLocale.DataSizeFormat.DataSizeTraditionalFormat))
        self.restore_button.setText(QCoreApplication.translate("RestoreDialog", "Restore"))
        # Named after the database: beside a backup's line, "its passphrase" read as the
        # passphrase of that backup, even of one that is not encrypted.
        self.unlock_button.setText(QCoreApplication.translate(
            "RestoreDialog", "Open {file} with its passphrase…").format(file=self.database.name))
        self.other_button.setText(
            QCoreApplication.translate("RestoreDialog", "Other backup file…"))
        if self.backups:
            self.cancel_button.setText(QCoreApplication.translate("RestoreDialog", "Cancel"))
        else:
            self.cancel_button.setText(QCoreApplication.translate("RestoreDialog", "Close"))
        for column in (1, 2):
            self.list.resizeColumnToContents(column)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _selection_changed(self) -> None:
        items = self.list.selectedItems()
        self.restore_button.setEnabled(bool(items))
        self.preview.show_backup(Path(items[0].data(0, PATH_ROLE)) if items else None)

    def _unlock(self) -> None:
        if self.unlock is not None and self.unlock():
            self.unlocked = True
            self.reject()

    def _restore_selected(self) -> None:
        items = self.list.selectedItems()
        if items:
            self._chosen = Path(items[0].data(0, PATH_ROLE))
            self.accept()

    def _choose_other_file(self) -> None:
        chosen = messages.open_file(
            self, QCoreApplication.translate("RestoreDialog", "Choose a backup file"), self.folder,
            QCoreApplication.translate("RestoreDialog", "DuoDesk backups (*.sqlite)"))
        if chosen is not None:
            self._chosen = chosen
            self.accept()

    def selected_backup(self) -> Path | None:
        return self._chosen


def choose_backup(parent: QWidget | None, database: Path, folder: Path,
                  intro: str | None = None,
                  unlock: Callable[[], bool] | None = None) -> Path | None:
    """Offer the backups of ``database``; return the file chosen, or None (also when
    ``unlock`` was offered and opened the database instead)."""
    dialog = RestoreDialog(database, folder, intro, parent, unlock)
    try:
        if messages.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            return dialog.selected_backup()
        return None
    finally:
        dialog.deleteLater()
