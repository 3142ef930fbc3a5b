"""The Import / Export page (SPEC §4.6): the partner import wizard and the history of the
imports, each of which can be undone as a whole (SPEC §5.5).

Undoing asks first, runs on a worker, then says what was removed and what was kept, and
why: a file used since the import (put in a duo, edited, given a note…) is never removed.
``imported`` is emitted after an import or an undo, so that the composition root refreshes
the person lists.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.imports.plan import ImportHistoryEntry, KeptReason, UndoResult
from duodesk.core.imports.service import ImportService
from duodesk.core.imports.source import RowIssue
from duodesk.core.progress import Progress
from duodesk.core.services.partners import PartnerService
from duodesk.ui import messages
from duodesk.ui.imports.history_model import ENTRY_ROLE, ImportHistoryModel, local_moment
from duodesk.ui.imports.wizard import ImportWizard
from duodesk.ui.page_titles import imports_title as imports_title  # the name in the side bar
from duodesk.ui.tables.export import add_export_menu
from duodesk.ui.worker import run_in_background


def kept_reason(reason: KeptReason) -> str:
    if reason == KeptReason.IN_DUO:
        return QCoreApplication.translate("ImportPage", "in a duo since")
    return QCoreApplication.translate("ImportPage", "edited since")


class UndoReportDialog(QDialog):
    """What an undo removed, emptied again and kept (with why)."""

    def __init__(self, entry: ImportHistoryEntry, result: UndoResult,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        number = QLocale().toString
        self.setWindowTitle(translate("ImportPage", "Import undone"))
        summary = translate(
            "ImportPage", "The import of {file} was undone. Mentees removed: {removed}. "
            "Files it had completed, put back as they were: {restored}.").format(
            file=entry.file_name, removed=number(result.removed),
            restored=number(result.restored))
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.kept = QListWidget()
        for record in result.kept:
            reasons = ", ".join(kept_reason(r) for r in record.reasons)
            self.kept.addItem(f"{record.last_name.upper()} {record.first_name} — {reasons}")
        if result.kept:
            explanation = QLabel(translate(
                "ImportPage", "Kept, because they were used after the import ({count}):")
                .format(count=number(len(result.kept))))
            explanation.setWordWrap(True)
            layout.addWidget(explanation)
            layout.addWidget(self.kept, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


class ImportPage(QWidget):
    """The Import / Export page: start an import, see and undo the earlier ones."""

    imported = Signal(object)  # an ImportResult or UndoResult: the person lists changed

    def __init__(self, imports: ImportService, partners: PartnerService,
                 describe: Callable[[RowIssue], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from duodesk.import_service_texts import describe_issue

        self._imports = imports
        self._partners = partners
        # The service's sentences hand the reader's codes on to the reader's own.
        self._describe = describe or describe_issue
        self.wizard: ImportWizard | None = None
        self.last_folder: Path | None = None

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.import_button = QPushButton()
        self.import_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_DialogOpenButton))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.open_wizard)
        self.history_heading = QLabel()
        bold = QFont(self.history_heading.font())
        bold.setBold(True)
        self.history_heading.setFont(bold)
        self.model = ImportHistoryModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        add_export_menu(self.table)  # the history to Excel, as any list
        self.empty_label = QLabel()
        self.empty_label.setEnabled(False)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_selected)
        self.details = QLabel()
        self.details.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.details, 1)
        bottom.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(top)
        layout.addSpacing(14)
        layout.addWidget(self.history_heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.retranslate()
        self._update_buttons()

    def add_section(self, widget: QWidget) -> None:
        """Show another exchange (e.g. headquarters') between the partner import and the
        history of the imports."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        position = layout.indexOf(self.history_heading)
        layout.insertWidget(position, widget)
        layout.insertSpacing(position + 1, 14)

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.heading.setText(imports_title())
        self.intro.setText(translate(
            "ImportPage",
            "Partners (employment services, CPAS/OCMW, associations) send their referrals as "
            "Excel or CSV lists. Import one: you check its columns and every row before "
            "anything is stored."))
        self.import_button.setText(translate("ImportPage", "Import a partner list…"))
        self.history_heading.setText(translate("ImportPage", "Imports"))
        self.empty_label.setText(translate("ImportPage", "No list has been imported yet."))
        self.undo_button.setText(translate("ImportPage", "Undo this import…"))
        self.model.retranslate()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the history ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        # Read each time the page is shown: a command-line import may have happened since.
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the history again (a few tens of lines: at once, on this thread)."""
        selected = self.selected_entry()
        self.model.set_entries(self._imports.history())
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self.table.resizeColumnsToContents()
        # Air between the columns; a long file or partner name is cut (its tooltip has it all)
        # so that the counts stay in sight on a laptop.
        chars = self.table.fontMetrics().averageCharWidth()
        widest = {ImportHistoryModel.FILE: 26 * chars, ImportHistoryModel.PARTNER: 20 * chars}
        for column in range(self.model.columnCount() - 1):
            width = self.table.columnWidth(column) + 8
            self.table.setColumnWidth(column, min(width, widest.get(column, width)))
        if selected is not None and (row := self.model.row_of(selected.batch_id)) >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def selected_entry(self) -> ImportHistoryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ENTRY_ROLE) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        entry = self.selected_entry()
        self.undo_button.setEnabled(entry is not None and entry.undone_at is None)
        translate = QCoreApplication.translate
        if entry is None:
            self.details.setText("")
        elif entry.undone_at is not None:
            self.details.setText(translate("ImportPage", "Undone on {date}.").format(
                date=local_moment(entry.undone_at)))
        elif entry.rejected_path:
            self.details.setText(translate(
                "ImportPage", "Rejected rows written to {path}").format(
                path=entry.rejected_path))
        else:
            self.details.setText("")

    # --- importing ---------------------------------------------------------------------------
    def open_wizard(self) -> ImportWizard:
        """Open the import wizard, modal to the main window."""
        wizard = ImportWizard(self._imports, self._partners, self._describe, self.window(),
                              start_folder=self.last_folder)
        wizard.imported.connect(self._after_import)
        wizard.finished.connect(lambda _r: wizard.deleteLater())
        self.wizard = wizard
        wizard.open()
        return wizard

    def _after_import(self, result: object) -> None:
        if self.wizard is not None and self.wizard.path is not None:
            self.last_folder = self.wizard.path.parent
        self.refresh()
        self.imported.emit(result)

    # --- undoing -----------------------------------------------------------------------------
    def undo_selected(self) -> None:
        """Ask, then undo the selected import on a worker and say what it did."""
        entry = self.selected_entry()
        if entry is None or entry.undone_at is not None:
            return
        translate = QCoreApplication.translate
        question = translate(
            "ImportPage",
            "Undo the import of {file} of {date}? The mentees it created are removed and the "
            "fields it filled in files already known are emptied again. Files used since "
            "the import (in a duo, edited) are kept and listed.").format(
            file=entry.file_name, date=local_moment(entry.imported_at))
        if not messages.ask_yes_no(self, question,
                                   yes_text=translate("ImportPage", "Undo the import")):
            return
        imports = self._imports

        def work(progress: Progress) -> UndoResult:
            return imports.undo(entry.batch_id, progress=progress)

        self.undo_task = run_in_background(
            self, work, translate("ImportPage", "Undoing the import…"),
            lambda result: self._undone(entry, result), self._undo_failed,
            cancellable=False)

    def _undone(self, entry: ImportHistoryEntry, result: UndoResult) -> None:
        self.refresh()
        self.imported.emit(result)
        messages.run_dialog(UndoReportDialog(entry, result, self))

    def _undo_failed(self, _error: BaseException) -> bool:
        self.refresh()  # undone meanwhile, or gone: the history says how things are
        return False
