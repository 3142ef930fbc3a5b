"""What the backup selected in the restore dialog holds (SPEC §10): its counts, its latest
change and the files changed last, read on a worker from the backup opened read-only. The
names are the coordinator's own data: shown here, never logged.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from duodesk.ui.formats import number_text
from duodesk.ui.worker import run_in_background

if TYPE_CHECKING:
    from duodesk.core.backup_preview import BackupPreview
    from duodesk.core.progress import Progress


def _count(value: int | None) -> str:
    # Grouped as every other count of the program ("11 289"), in the language chosen.
    return "–" if value is None else number_text(value)


def _local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None)


class BackupPreviewPane(QFrame):
    """Shows what one backup holds, or why it cannot be shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.path: Path | None = None
        self.preview: BackupPreview | None = None
        self.problem: str | None = None  # "reading", "encrypted", "damaged"
        self.keys: dict[Path, str] = {}  # passphrases typed here for other backups
        self.counts_label = QLabel()
        self.recent_label = QLabel()
        for label in (self.counts_label, self.recent_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # names are never read as markup
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase_button = QPushButton()
        self.passphrase_button.clicked.connect(self._ask_passphrase)
        self.passphrase_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.passphrase_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.recent_label)
        layout.addLayout(row)
        self.retranslate()

    def show_backup(self, path: Path | None) -> None:
        """Read and show what ``path`` holds (nothing when None)."""
        self.path, self.preview = path, None
        self.problem = "reading" if path is not None else None
        self.retranslate()
        if path is not None:
            self._read(path, self.keys.get(path))

    def _read(self, path: Path, key: str | None) -> None:
        from duodesk.core.backup_preview import read_preview
        from duodesk.core.errors import DatabaseDamaged, WrongPassphrase
        from duodesk.core.storage.cipher import key_for

        def work(_progress: Progress) -> BackupPreview | str:
            try:
                return read_preview(path, key or key_for(path))
            except WrongPassphrase:
                return "encrypted"
            except DatabaseDamaged:
                return "damaged"

        def done(result: BackupPreview | str) -> None:
            if path != self.path:
                return  # another backup was selected meanwhile
            if isinstance(result, str):
                self.problem = result
            else:
                self.problem, self.preview = None, result
            self.retranslate()

        run_in_background(self, work, "", done, delay_ms=None)

    def _ask_passphrase(self) -> None:
        from duodesk.core.storage.cipher import key_opens
        from duodesk.ui.passphrase_dialog import ask_passphrase

        path = self.path
        if path is None:
            return
        typed = ask_passphrase(
            self,
            path,
            lambda text: key_opens(path, text),
            QCoreApplication.translate(
                "BackupPreview",
                "The backup {file} is encrypted with another passphrase. Type it to see what the "
                "backup holds.",
            ).format(file=path.name),
        )
        if typed is not None:
            self.keys[path] = typed
            self.show_backup(path)

    def retranslate(self) -> None:
        self.passphrase_button.setText(
            QCoreApplication.translate("BackupPreview", "Type its passphrase…")
        )
        self.passphrase_button.setVisible(self.problem == "encrypted")
        self.recent_label.setVisible(self.preview is not None)
        if self.path is None:
            self.counts_label.setText(
                QCoreApplication.translate("BackupPreview", "Select a backup to see what it holds.")
            )
            return
        if self.problem == "reading":
            self.counts_label.setText(
                QCoreApplication.translate("BackupPreview", "Reading what the backup holds…")
            )
            return
        if self.problem == "encrypted":
            self.counts_label.setText(
                QCoreApplication.translate(
                    "BackupPreview",
                    "This backup is encrypted: type its passphrase to see what it holds. "
                    "Restoring it asks for it too.",
                )
            )
            return
        if self.problem == "damaged" or self.preview is None:
            self.counts_label.setText(
                QCoreApplication.translate(
                    "BackupPreview",
                    "This file cannot be read: it is damaged or it is not a DuoDesk backup.",
                )
            )
            return
        self._show_preview(self.preview)

    def _show_preview(self, preview: BackupPreview) -> None:
        from duodesk.ui.restore_dialog import format_when

        text = QCoreApplication.translate(
            "BackupPreview",
            # Counts as "label: number", right in every language for 0, 1 or many.
            "This backup holds: mentees {mentees} · mentors {mentors} · duos {duos} · "
            "meetings {meetings} · partners {partners}.",
        ).format(
            mentees=_count(preview.mentees),
            mentors=_count(preview.mentors),
            duos=_count(preview.duos),
            meetings=_count(preview.meetings),
            partners=_count(preview.partners),
        )
        if preview.latest_change is not None:
            text += " " + QCoreApplication.translate(
                "BackupPreview", "Its latest change: {when}."
            ).format(when=format_when(_local(preview.latest_change)))
        self.counts_label.setText(text)
        roles = {
            "mentee": QCoreApplication.translate("BackupPreview", "mentee"),
            "mentor": QCoreApplication.translate("BackupPreview", "mentor"),
        }
        lines = [
            QCoreApplication.translate("BackupPreview", "{name} ({role}), {when}").format(
                name=recent.name,
                role=roles.get(recent.role, recent.role),
                when=format_when(_local(recent.changed_at)),
            )
            for recent in preview.recent_files
        ]
        self.recent_label.setText(
            QCoreApplication.translate("BackupPreview", "Files changed last:")
            + "\n"
            + "\n".join(lines)
            if lines
            else QCoreApplication.translate("BackupPreview", "It holds no mentee or mentor yet.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
