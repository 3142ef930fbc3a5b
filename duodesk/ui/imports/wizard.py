"""The partner import wizard (SPEC §5, issue 4): the file and its partner, the column
mapping, the preview with a decision per duplicate, then the commit and its report.

The wizard holds what the steps share (the file as read, the plan, the decisions, the
result); the steps are in :mod:`.file_page`, :mod:`.wizard_pages` and :mod:`.report_page`.
Reading, planning and committing run on the thread pool (:mod:`duodesk.ui.worker`) with a
progress dialog and Cancel; a cancelled commit stores nothing (the service's one
transaction) and the wizard says so. ``imported`` is emitted as soon as a commit succeeded,
so that the lists of the main window show the new mentees while the report is still open.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget, QWizard

from duodesk.core.imports.plan import ImportHistoryEntry, ImportPlan, ImportResult
from duodesk.core.imports.service import ImportService
from duodesk.core.imports.source import RowIssue, SourceTable
from duodesk.core.services.partners import PartnerService
from duodesk.ui.imports.file_page import FilePage
from duodesk.ui.imports.report_page import ReportPage
from duodesk.ui.imports.wizard_pages import MappingPage, PreviewPage

# Fits a 1366 × 768 laptop with its task bar, and is comfortable on larger screens.
PREFERRED_SIZE = QSize(1080, 680)
SCREEN_MARGIN = QSize(40, 90)


class ImportWizard(QWizard):
    """Import one partner file, step by step; modal to the window that opened it."""

    imported = Signal(object)  # the ImportResult, once the rows are stored

    FILE, MAPPING, PREVIEW, REPORT = range(4)

    def __init__(self, imports: ImportService, partners: PartnerService,
                 describe: Callable[[RowIssue], str], parent: QWidget | None = None,
                 start_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.imports = imports
        self.partners = partners
        self.describe = describe
        self.start_folder = start_folder
        # What the steps share.
        self.path: Path | None = None
        self.table: SourceTable | None = None
        self.already: ImportHistoryEntry | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None

        self.setWindowTitle(QCoreApplication.translate("ImportWizard",
                                                       "Import a partner list"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.report_page = ReportPage(self)
        self.setPage(self.FILE, self.file_page)
        self.setPage(self.MAPPING, self.mapping_page)
        self.setPage(self.PREVIEW, self.preview_page)
        self.setPage(self.REPORT, self.report_page)
        self._fit_screen()

    @property
    def partner_id(self) -> uuid.UUID | None:
        return self.file_page.partner_id()

    def _fit_screen(self) -> None:
        screen = (self.parentWidget().screen() if self.parentWidget() is not None
                  else QGuiApplication.primaryScreen())
        available = screen.availableGeometry().size() if screen else PREFERRED_SIZE
        self.resize(min(PREFERRED_SIZE.width(), available.width() - SCREEN_MARGIN.width()),
                    min(PREFERRED_SIZE.height(), available.height() - SCREEN_MARGIN.height()))

    def committed(self, result: ImportResult) -> None:
        """The rows are stored: show the report, and tell the window."""
        self.result = result
        self.imported.emit(result)
        self.next()

    def reject(self) -> None:
        # Closing while a worker reads or commits would leave it reporting to a dead window:
        # its progress dialog's Cancel is the way out.
        if self.preview_page.busy or self.file_page.busy:
            return
        super().reject()
