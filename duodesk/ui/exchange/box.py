"""The "Headquarters" section of the Import / Export page (SPEC §4.6, §6): export the
antenna's data for headquarters (whole, or pseudonymised for statistics), import the
workbook headquarters sends back, and resolve the records changed on both sides.

Exports and imports run on a worker behind a progress dialog with Cancel; a summary tells
what was done. The exchange service (and openpyxl with it) is reached through a callable, so
that showing the page imports neither.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.exchange import ExportResult, ImportExchangeResult
from duodesk.core.progress import Progress
from duodesk.core.services.organisation import OrganisationService
from duodesk.ui import formats, messages
from duodesk.ui.worker import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from duodesk.core.exchange.service import ExchangeService


translate = QCoreApplication.translate


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def default_file_name(antenna: str | None, pseudonymised: bool, day: date) -> str:
    """``duodesk-<antenna>-<date>.xlsx`` (``-pseudonymised`` added for statistics, so that
    the two never overwrite each other)."""
    parts = ["duodesk", *([antenna] if antenna else []), day.isoformat()]
    if pseudonymised:
        parts.append("pseudonymised")
    return "-".join(parts) + ".xlsx"


class ExchangeBox(QWidget):
    """Export for headquarters, import from headquarters, conflicts to resolve.

    ``imported`` is emitted after an import or a resolved conflict (the lists changed).
    """

    imported = Signal(object)

    def __init__(self, exchange: Callable[[], ExchangeService],
                 organisation: OrganisationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeBox")
        self._exchange = exchange
        self._organisation = organisation
        self.last_folder: Path | None = None
        self.conflict_count = 0
        # Counts read on workers may come back out of order, or after a resolution already
        # said the new count: only the answer to the latest question is shown.
        self._count_asked = 0
        self.counting = 0  # counts being read (the tests wait for none)
        self.task: BackgroundTask[Any] | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        icons = self.style()
        self.export_button = QPushButton()
        self.export_button.setIcon(icons.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.export_button.clicked.connect(self.export_clicked)
        self.pseudonymised = QCheckBox()
        self.pseudonymised_note = QLabel()
        self.pseudonymised_note.setWordWrap(True)
        self.pseudonymised_note.setEnabled(False)  # greyed: an explanation, not a control
        self.import_button = QPushButton()
        self.import_button.setIcon(icons.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.import_button.clicked.connect(self.import_clicked)
        self.conflicts_button = QPushButton()
        self.conflicts_button.setIcon(
            icons.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.conflicts_button.clicked.connect(self.open_conflicts)

        # Export and import one above the other, of one width; what goes with each beside it.
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        grid.addWidget(self.export_button, 0, 0, Qt.AlignmentFlag.AlignTop)
        options = QVBoxLayout()
        options.setSpacing(2)
        options.addWidget(self.pseudonymised)
        options.addWidget(self.pseudonymised_note)
        grid.addLayout(options, 0, 1, 1, 2)
        grid.addWidget(self.import_button, 1, 0)
        grid.addWidget(self.conflicts_button, 1, 1, Qt.AlignmentFlag.AlignLeft)
        for button in (self.export_button, self.import_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addLayout(grid)
        self.retranslate()

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(translate("ExchangeBox", "Exchange with headquarters"))
        self.intro.setText(translate("ExchangeBox",
            "Headquarters receives the antenna's data as one Excel workbook and sends updates "
            "back the same way. Nothing changed on both sides is overwritten: you choose."))
        self.export_button.setText(translate("ExchangeBox", "Export for headquarters…"))
        self.pseudonymised.setText(translate("ExchangeBox", "Pseudonymised (for statistics)"))
        self.pseudonymised_note.setText(translate("ExchangeBox",
            "Without names, contacts, birth dates or free text: ages in bands, and identifiers "
            "that only this antenna's database can link back to a person."))
        self.import_button.setText(translate("ExchangeBox", "Import from headquarters…"))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- conflicts waiting ---------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        # Read each time the page shows: a command-line import may have kept some since.
        self.refresh_count()
        super().showEvent(event)

    def refresh_count(self) -> None:
        """Count the conflicts waiting, on a worker (the first use imports the service)."""
        exchange = self._exchange
        self._count_asked += 1
        asked = self._count_asked

        def counted(count: int) -> None:
            if asked == self._count_asked:
                self.set_conflict_count(count)

        self.counting += 1
        task = run_in_background(self, lambda _progress: len(exchange().conflicts()), "",
                                 counted, delay_ms=None)
        task.finished.connect(self._counted)

    def _counted(self) -> None:
        self.counting -= 1

    def set_conflict_count(self, count: int) -> None:
        self._count_asked += 1  # a count read before this one is out of date
        self.conflict_count = count
        self._show_count()

    def _show_count(self) -> None:
        count = self.conflict_count
        self.conflicts_button.setEnabled(count > 0)
        self.conflicts_button.setText(
            translate("ExchangeBox", "Conflicts to resolve ({count})").format(
                count=formats.number_text(count))
            if count else translate("ExchangeBox", "No conflict to resolve"))

    def open_conflicts(self) -> None:
        """The conflict screen, modal; the count follows each resolution."""
        from duodesk.ui.exchange.conflicts import ConflictDialog

        dialog = ConflictDialog(self._exchange, self.window())
        dialog.resolved.connect(self._resolved)
        messages.run_dialog(dialog)
        dialog.deleteLater()

    def _resolved(self, waiting: int) -> None:
        self.set_conflict_count(waiting)
        self.imported.emit(None)

    # --- export ------------------------------------------------------------------------------
    def export_clicked(self) -> None:
        """Ask where, then write the workbook on a worker and say what it holds."""
        pseudonymised = self.pseudonymised.isChecked()
        antenna = self._organisation.home_antenna()
        name = default_file_name(antenna.code if antenna else None, pseudonymised, date.today())
        path = messages.save_file(
            self.window(), translate("ExchangeBox", "Export for headquarters"),
            (self.last_folder or _documents()) / name,
            translate("ExchangeBox", "Excel workbooks (*.xlsx)"))
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.last_folder = path.parent
        exchange = self._exchange

        def work(progress: Progress) -> ExportResult:
            return exchange().export(path, pseudonymised=pseudonymised, progress=progress)

        label = (translate("ExchangeBox", "Writing the pseudonymised workbook…") if pseudonymised
                 else translate("ExchangeBox", "Writing the workbook for headquarters…"))
        self.task = run_in_background(self.window(), work, label, self._exported)

    def _exported(self, result: ExportResult) -> None:
        from duodesk.ui.exchange.summaries import ExportSummaryDialog

        dialog = ExportSummaryDialog(result, self.window())
        messages.run_dialog(dialog)
        dialog.deleteLater()

    # --- import ------------------------------------------------------------------------------
    def import_clicked(self) -> None:
        """Ask for the workbook, merge it on a worker, then tell what it did."""
        path = messages.open_file(self.window(),
                                  translate("ExchangeBox", "Import from headquarters"),
                                  self.last_folder or _documents(),
                                  translate("ExchangeBox", "Excel workbooks (*.xlsx)"))
        if path is None:
            return
        self.last_folder = path.parent
        exchange = self._exchange

        def work(progress: Progress) -> ImportExchangeResult:
            return exchange().import_file(path, progress=progress)

        self.task = run_in_background(
            self.window(), work,
            translate("ExchangeBox", "Importing the workbook from headquarters…"),
            lambda result: self._imported(path, result), self._import_failed)

    def _imported(self, path: Path, result: ImportExchangeResult) -> None:
        from duodesk.ui.exchange.summaries import ImportSummaryDialog

        self.refresh_count()
        self.imported.emit(result)
        dialog = ImportSummaryDialog(result, path.name, self.window())
        answer = messages.run_dialog(dialog)
        dialog.deleteLater()
        if answer == ImportSummaryDialog.RESOLVE:
            self.open_conflicts()

    def _import_failed(self, _error: BaseException) -> bool:
        self.refresh_count()  # nothing was imported; the count is as it was
        return False
