"""The last step of the import wizard: what became of every row of the file (the counts
add up to the rows of the file), the columns not imported (not stored), and where the
rejected rows were written, with a button that opens that folder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

if TYPE_CHECKING:
    from duodesk.core.imports.plan import ImportResult
    from duodesk.ui.imports.wizard import ImportWizard


class ReportPage(QWizardPage):
    """What the import did with every row of the file."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(QCoreApplication.translate("ImportReportPage", "Import finished"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.counts = QGridLayout()
        self.count_values: dict[str, QLabel] = {}
        self.unmapped = QLabel()
        self.unmapped.setWordWrap(True)
        self.rejected = QLabel()
        self.rejected.setWordWrap(True)
        self.open_folder_button = QPushButton(QCoreApplication.translate(
            "ImportReportPage", "Open the folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        rejected_row = QHBoxLayout()
        rejected_row.addWidget(self.rejected, 1)
        rejected_row.addWidget(self.open_folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(6)
        layout.addLayout(self.counts)
        layout.addSpacing(10)
        layout.addWidget(self.unmapped)
        layout.addLayout(rejected_row)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result, plan = self._wizard.result, self._wizard.plan
        assert result is not None and plan is not None
        translate = QCoreApplication.translate
        number = QLocale().toString
        self.setSubTitle(translate("ImportReportPage", "{file}: every row of the file is "
                                   "accounted for.").format(file=plan.table.file_name))
        # Every count a plural form of its own: "1 ligne dans le fichier = 1 importée +
        # 0 fusionnée + …" in French, where each part agrees with its own number.
        self.summary.setText(self.tr(
            "%Ln rows in the file = {imported} + {merged} + {skipped} + {rejected}.", "",
            result.rows).format(
            imported=self.tr("%Ln imported", "", result.imported),
            merged=self.tr("%Ln merged", "", result.merged),
            skipped=self.tr("%Ln skipped", "", result.skipped),
            rejected=self.tr("%Ln rejected", "", result.rejected)))
        lines = (
            ("imported", translate("ImportReportPage", "New mentees"), result.imported),
            ("merged", translate("ImportReportPage", "Merged into files already known"),
             result.merged),
            ("skipped", translate("ImportReportPage", "Skipped (already known)"),
             result.skipped),
            ("rejected", translate("ImportReportPage", "Rejected"), result.rejected),
            ("rows", translate("ImportReportPage", "Rows in the file"), result.rows),
        )
        for line, (key, text, count) in enumerate(lines):
            title, value = QLabel(text), QLabel(number(count))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("000000"))
            if key == "rows":  # the total, under a rule
                rule = QFrame()
                rule.setFrameShape(QFrame.Shape.HLine)
                self.counts.addWidget(rule, 2 * line - 1, 0, 1, 2)
                for label in (title, value):
                    font = label.font()
                    font.setBold(True)
                    label.setFont(font)
            self.counts.addWidget(title, 2 * line, 0)
            self.counts.addWidget(value, 2 * line, 1)
            self.count_values[key] = value
        self.counts.setColumnStretch(2, 1)
        self.counts.setHorizontalSpacing(24)
        if plan.unmapped_columns:
            self.unmapped.setText(translate(
                "ImportReportPage", "Columns not imported (not stored): {columns}.").format(
                columns=", ".join(plan.unmapped_columns)))
        else:
            self.unmapped.setText(translate("ImportReportPage",
                                            "Every column of the file was imported."))
        if result.rejected_not_written is not None:
            self.rejected.setText(rejected_not_written_text(result))
        elif result.rejected_path is not None:
            self.rejected.setText(translate(
                "ImportReportPage",
                "The rejected rows, with the reason in an extra column, were written to "
                "{path}. Correct them there and import that file.").format(
                path=result.rejected_path))
        self.rejected.setVisible(result.rejected_path is not None)
        self.open_folder_button.setVisible(result.rejected_path is not None
                                           and result.rejected_not_written is None)

    def open_folder(self) -> None:
        result = self._wizard.result
        if result is not None and result.rejected_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.rejected_path.parent)))


def rejected_not_written_text(result: ImportResult) -> str:
    """What the coordinator is told when the import was saved but its rejected rows'
    workbook could not be given its name (a file of that name open in another program…):
    the import stands, and importing the same file again makes the workbook."""
    return QCoreApplication.translate(
        "ImportReportPage",
        "The import was saved, but the workbook of the rejected rows could not be written to "
        "{path} ({reason}). Close that file if it is open, then import the same file again: "
        "the people already imported are recognised and skipped, and the rejected rows are "
        "written.").format(path=result.rejected_path, reason=result.rejected_not_written)
