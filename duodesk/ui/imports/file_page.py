"""The first step of the import wizard: the file (chosen or dropped), its sheet and the
partner who sent it.

The file is read on a worker as soon as it is chosen, so that the coordinator sees at once
which sheet was taken, where its header is and how many rows it has, or, for a file that
cannot be read (damaged, protected by a password, not a spreadsheet, no header row), the
sentence that says why, and can choose another. A file imported before (same bytes) is told
with the date of that import.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from duodesk.core.errors import Cancelled, DuoDeskError
from duodesk.core.imports.plan import ImportHistoryEntry
from duodesk.core.imports.reader import read_source
from duodesk.core.imports.source import SourceTable
from duodesk.core.progress import Progress
from duodesk.messages import describe
from duodesk.ui import messages
from duodesk.ui.imports.history_model import local_moment
from duodesk.ui.worker import run_in_background

if TYPE_CHECKING:
    from duodesk.ui.imports.wizard import ImportWizard

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
DROP_ZONE_STYLE = ("QLabel { border: 2px dashed palette(mid); border-radius: 8px; "
                   "color: palette(dark); }")


def with_icon(icon: QLabel, text: QLabel) -> QWidget:
    """A sign beside a sentence (so that a problem is not told by colour alone)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(text, 1)
    text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return box


class FilePage(QWizardPage):
    """Choose the file, its sheet and its partner."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.busy = False
        self.setAcceptDrops(True)
        self.setTitle(QCoreApplication.translate("ImportFilePage", "The file and its partner"))
        self.setSubTitle(QCoreApplication.translate(
            "ImportFilePage",
            "Choose the list a partner sent you: Excel (.xlsx, .xlsm, .xls), OpenDocument "
            "(.ods) or CSV. You can also drop the file on this window."))
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(QCoreApplication.translate(
            "ImportFilePage", "No file chosen yet"))
        self.choose_button = QPushButton(QCoreApplication.translate(
            "ImportFilePage", "Choose a file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_icon = QLabel()
        self.already_label = QLabel()
        self.already_label.setWordWrap(True)
        self.already_icon = QLabel()
        icon_size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.already_icon.setPixmap(warning.pixmap(icon_size, icon_size))
        self.status_icon.setPixmap(warning.pixmap(icon_size, icon_size))
        self.status_icon.hide()
        self.drop_zone = QLabel(QCoreApplication.translate(
            "ImportFilePage", "Drop the partner's file here"))
        self.drop_zone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_zone.setMinimumHeight(110)
        self.drop_zone.setStyleSheet(DROP_ZONE_STYLE)
        self.partner_combo = QComboBox()
        self.partner_combo.setMinimumContentsLength(28)
        self.partner_combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
        self.new_partner_button = QPushButton(QCoreApplication.translate(
            "ImportFilePage", "New partner…"))
        self.new_partner_button.clicked.connect(self.new_partner)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        partner_row = QHBoxLayout()
        partner_row.addWidget(self.partner_combo, 1)
        partner_row.addWidget(self.new_partner_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QCoreApplication.translate("ImportFilePage", "File:"), file_row)
        self._sheet_row = form.rowCount()
        form.addRow(QCoreApplication.translate("ImportFilePage", "Sheet:"), self.sheet_combo)
        form.addRow("", with_icon(self.status_icon, self.status))
        self._already_row = form.rowCount()
        form.addRow("", with_icon(self.already_icon, self.already_label))
        form.addRow(QCoreApplication.translate("ImportFilePage", "Sent by:"), partner_row)
        hint = QLabel(QCoreApplication.translate(
            "ImportFilePage",
            "DuoDesk remembers, for each partner, which column holds what: the next list "
            "from the same partner is read the same way."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(hint)
        layout.addSpacing(16)
        layout.addWidget(self.drop_zone)
        layout.addStretch(1)
        self.form = form
        self._show_already(False)
        self.load_partners()

    # --- partner ---------------------------------------------------------------------------
    def load_partners(self, select: uuid.UUID | None = None) -> None:
        """Fill the partner list (and select the partner ``select``, if given)."""
        current = select if select is not None else self.partner_id()
        self.partner_combo.blockSignals(True)
        self.partner_combo.clear()
        self.partner_combo.addItem(
            QCoreApplication.translate("ImportFilePage", "Choose the partner…"), None)
        for partner in self._wizard.partners.partners():
            # As text: a combo finds a Python object's data by identity only.
            self.partner_combo.addItem(partner.name, str(partner.id))
        index = self.partner_combo.findData(str(current)) if current is not None else 0
        self.partner_combo.setCurrentIndex(max(index, 0))
        self.partner_combo.blockSignals(False)
        self.completeChanged.emit()

    def partner_id(self) -> uuid.UUID | None:
        data = self.partner_combo.currentData()
        return uuid.UUID(data) if data else None

    def new_partner(self) -> None:
        from duodesk.ui.partners_box import PartnerDialog

        dialog = PartnerDialog(self._wizard.partners, None, self)
        messages.run_dialog(dialog)
        if dialog.saved is not None:
            self.load_partners(select=dialog.saved.id)

    # --- file ------------------------------------------------------------------------------
    def choose_file(self) -> None:
        folder = self._wizard.path.parent if self._wizard.path else self._wizard.start_folder
        path = messages.open_file(
            self, QCoreApplication.translate("ImportFilePage", "Choose the partner's list"), folder,
            QCoreApplication.translate(
                "ImportFilePage",
                "Spreadsheets and CSV files (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)"))
        if path is not None:
            self.load(path)

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read ``path`` (its ``sheet``, or the one the reader picks) on a worker."""
        if self.busy:
            return
        self.busy = True
        self._wizard.table = None
        self._wizard.path = Path(path)
        self.path_edit.setText(str(path))
        self._show_problem(False)
        self.status.setText(QCoreApplication.translate("ImportFilePage", "Reading the file…"))
        self._show_already(False)
        self.completeChanged.emit()
        imports = self._wizard.imports

        def work(progress: Progress) -> tuple[SourceTable, ImportHistoryEntry | None]:
            table = read_source(path, sheet=sheet, progress=progress)
            earlier = next((entry for entry in imports.history()
                            if entry.sha256 == table.sha256 and entry.undone_at is None),
                           None)
            return table, earlier

        self.task = run_in_background(
            self, work, QCoreApplication.translate("ImportFilePage", "Reading the file…"),
            self._read, self._not_read)

    def _read(self, found: tuple[SourceTable, ImportHistoryEntry | None]) -> None:
        self.busy = False
        table, earlier = found
        self._wizard.table = table
        self._wizard.already = earlier
        self.sheet_combo.clear()
        for name in table.sheets:
            self.sheet_combo.addItem(name)
        self.sheet_combo.setCurrentText(table.sheet or "")
        self.sheet_combo.setEnabled(len(table.sheets) > 1)
        self.form.setRowVisible(self._sheet_row, bool(table.sheets))  # a CSV file has none
        # self.tr with a count: the plural forms of each language ("1 row", "0 ligne").
        rows = len(table.rows)
        if table.sheet:
            text = self.tr("Sheet “{sheet}”: column names on row {header}, %Ln rows of "
                           "people below them.", "", rows).format(
                sheet=table.sheet, header=table.header_row)
        else:
            text = self.tr("Column names on line {header}, %Ln rows of people below them.",
                           "", rows).format(header=table.header_row)
        self.status.setText(text)
        if earlier is not None:
            self.already_label.setText(QCoreApplication.translate(
                "ImportFilePage",
                "This file was already imported on {date}. If you import it again, the "
                "people in it are found as duplicates of those already imported.").format(
                date=local_moment(earlier.imported_at)))
            self._show_already(True)
        self.completeChanged.emit()

    def _not_read(self, error: BaseException) -> bool:
        self.busy = False
        self._wizard.table = None
        self.sheet_combo.clear()
        self.sheet_combo.setEnabled(False)
        if isinstance(error, Cancelled):
            self._show_problem(False)
            self.status.setText(QCoreApplication.translate(
                "ImportFilePage", "Reading was cancelled. Choose the file again."))
        elif isinstance(error, DuoDeskError):
            self._show_problem(True)
            self.status.setText(describe(error) + " " + QCoreApplication.translate(
                "ImportFilePage", "You can choose another file."))
        else:
            self.status.setText("")
            self.completeChanged.emit()
            return False  # a bug: the crash handler reports it
        self.completeChanged.emit()
        return True

    def _show_problem(self, shown: bool) -> None:
        """The status line as a problem (a warning sign, bold) or as plain information."""
        self.status_icon.setVisible(shown)
        font = self.status.font()
        font.setBold(shown)
        self.status.setFont(font)

    def _show_already(self, shown: bool) -> None:
        # The whole form row, so that no empty line is left when there is nothing to say.
        self.form.setRowVisible(self._already_row, shown)

    def _sheet_chosen(self, _index: int) -> None:
        table = self._wizard.table
        sheet = self.sheet_combo.currentText()
        if table is not None and self._wizard.path and sheet and sheet != table.sheet:
            self.load(self._wizard.path, sheet)

    # --- dropping a file ------------------------------------------------------------------
    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        return files[0] if len(files) == 1 else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None and not self.busy:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.load(path)

    # --- the wizard ------------------------------------------------------------------------
    def isComplete(self) -> bool:
        return (not self.busy and self._wizard.table is not None
                and self.partner_id() is not None)
