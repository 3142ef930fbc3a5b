"""What an exchange did, told after the work: the workbook written for headquarters (rows per
sheet, a button to open its folder) and the workbook imported from headquarters (created,
updated, unchanged, conflicts waiting, and every problem in a sentence)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.exchange import ExportResult, ImportExchangeResult
from duodesk.ui import formats
from duodesk.ui.exchange.texts import problem_text, sheet_title

translate = QCoreApplication.translate


def _number(value: int) -> str:
    return formats.number_text(value)


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class ExportSummaryDialog(QDialog):
    """The workbook written: where, and how many rows each sheet holds."""

    def __init__(self, result: ExportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = result
        self.setWindowTitle(translate("ExchangeSummary", "Export for headquarters"))
        heading = (translate("ExchangeSummary",
                             "The pseudonymised workbook for statistics was written:")
                   if result.pseudonymised else
                   translate("ExchangeSummary", "The workbook for headquarters was written:"))
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.path_label = _bold(QLabel(str(result.path)))
        self.path_label.setWordWrap(True)
        form = QFormLayout()
        form.setLabelAlignment(form.labelAlignment())
        self.counts: dict[str, QLabel] = {}
        for sheet, count in result.sheets.items():
            value = QLabel(_number(count))
            self.counts[sheet] = value
            form.addRow(sheet_title(sheet), value)
        self.open_button = QPushButton(translate("ExchangeSummary", "Open the folder"))
        self.open_button.clicked.connect(self.open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.path_label)
        layout.addSpacing(6)
        layout.addWidget(_bold(QLabel(translate("ExchangeSummary", "Rows per sheet"))))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def folder_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.outcome.path.parent))

    def open_folder(self) -> None:
        QDesktopServices.openUrl(self.folder_url())


class ImportSummaryDialog(QDialog):
    """What an import from headquarters did; ``RESOLVE`` is returned when the user asks to
    resolve the conflicts at once."""

    RESOLVE = 2

    def __init__(self, result: ImportExchangeResult, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = result
        self.setWindowTitle(translate("ExchangeSummary", "Import from headquarters"))
        self.heading = QLabel(translate("ExchangeSummary", "{file} was imported.").format(
            file=file_name))
        self.heading.setWordWrap(True)
        _bold(self.heading)
        form = QFormLayout()
        self.figures = {
            "created": QLabel(_number(result.created)),
            "updated": QLabel(_number(result.updated)),
            "unchanged": QLabel(_number(result.unchanged)),
            "conflicts": QLabel(_number(result.conflicts)),
            # A row may have several problems: the rows are counted, each problem listed.
            "problems": QLabel(_number(len({(p.sheet, p.row) for p in result.problems}))),
        }
        form.addRow(translate("ExchangeSummary", "New records:"), self.figures["created"])
        form.addRow(translate("ExchangeSummary", "Records updated:"), self.figures["updated"])
        form.addRow(translate("ExchangeSummary", "Records unchanged:"), self.figures["unchanged"])
        form.addRow(translate("ExchangeSummary", "Changed on both sides (to resolve):"),
                    self.figures["conflicts"])
        form.addRow(translate("ExchangeSummary", "Rows not applied:"), self.figures["problems"])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        if result.conflicts:
            self.conflict_note = QLabel(translate("ExchangeSummary",
                "A record changed both here and at headquarters since the last exchange is "
                "never overwritten: you choose, field by field, which value to keep."))
            self.conflict_note.setWordWrap(True)
            layout.addWidget(self.conflict_note)
        self.problem_list = QListWidget()
        self.problem_list.setWordWrap(True)
        self.problem_list.setAlternatingRowColors(True)
        for problem in result.problems:
            self.problem_list.addItem(problem_text(problem))
        if result.problems:
            problem_heading = _bold(QLabel(translate(
                "ExchangeSummary",
                "These rows were not applied; correct them at headquarters and send the "
                "workbook again:")))
            problem_heading.setWordWrap(True)
            layout.addSpacing(6)
            layout.addWidget(problem_heading)
            layout.addWidget(self.problem_list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.resolve_button: QPushButton | None = None
        if result.conflicts:
            self.resolve_button = QPushButton(
                translate("ExchangeSummary", "Resolve the conflicts…"))
            self.resolve_button.setDefault(True)
            self.resolve_button.clicked.connect(lambda: self.done(self.RESOLVE))
            buttons.addButton(self.resolve_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        self.setMinimumWidth(520 if result.problems else 420)
        if result.problems:
            self.resize(640, 440)
