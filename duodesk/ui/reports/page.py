"""The Reports page (SPEC §8, issue 8 item 4): the impact indicators for a period, an antenna
and a report date, each beside the organisation's published figure, as a table (with how each
is counted as tooltip) and as a chart; "Export to PDF…" and "Export to Excel…".

Defaults: the last full calendar year, all antennas, today as the report date — the yearly
report a coordinator sends funders. Every change recomputes the report on a worker (a second
at most on 100,000 mentees), an answer that arrives after a newer question is dropped; a
period that ends before it starts is said under the fields, without a dialog popping up
while the dates are being typed. Nothing is read before the page is first shown.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duodesk import report_texts
from duodesk.core.errors import InvalidValue, ReportRefused
from duodesk.core.reports import ImpactReport, default_period
from duodesk.i18n import document_language
from duodesk.messages import describe
from duodesk.ui import messages
from duodesk.ui.date_field import DateField
from duodesk.ui.page_titles import reports_title as reports_title  # the name in the side bar
from duodesk.ui.print_documents import LANGUAGE_NAMES, interface_language
from duodesk.ui.reports.bars import ComparisonBars
from duodesk.ui.reports.model import NAME, ReportModel
from duodesk.ui.worker import run_in_background

if TYPE_CHECKING:
    from collections.abc import Callable

    from duodesk.core.context import Services

translate = QCoreApplication.translate
RECOMPUTE_DELAY_MS = 250  # typing a date changes it digit by digit: compute once it settles


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportsPage(QWidget):
    """The impact report of the open database."""

    def __init__(self, services: Services, *, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.services = services
        self._today = today
        self.report: ImpactReport | None = None
        self._serial = 0
        self._loaded = False
        # Said again when the language changes: the service's refusal or a day mistyped.
        self._refusal: ReportRefused | InvalidValue | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self.compute)
        self._build()
        self.retranslate()

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        as_of = self._today()
        start, end = default_period(as_of)
        self.from_edit = self._date_edit("reportFrom", start)
        self.to_edit = self._date_edit("reportTo", end)
        self.as_of_edit = self._date_edit("reportAsOf", as_of)
        self.antenna_box = QComboBox(objectName="reportAntenna")
        self.antenna_box.addItem("", None)
        # Follows its texts when the language changes ("Toutes les antennes" is longer).
        self.antenna_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.antenna_box.currentIndexChanged.connect(self._schedule)
        form = QFormLayout()
        # Dates and the antenna at their natural width, not stretched across the page.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.antenna_label, self.as_of_label = QLabel(), QLabel()
        period = QHBoxLayout()
        period.addWidget(self.from_edit)
        period.addWidget(self.to_label)
        period.addWidget(self.to_edit)
        period.addStretch(1)
        form.addRow(self.from_label, period)
        form.addRow(self.antenna_label, self.antenna_box)
        form.addRow(self.as_of_label, self.as_of_edit)
        self.problem = QLabel(objectName="reportProblem")
        self.problem.setStyleSheet("color: #B3261E;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.pdf_button = QPushButton(objectName="exportPdf")
        self.xlsx_button = QPushButton(objectName="exportXlsx")
        self.pdf_button.clicked.connect(self.export_pdf)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        # The exports' language: the interface's until the coordinator picks another (a
        # report for headquarters in English from a French-speaking antenna).
        self.language_label = QLabel()
        self.document_language = QComboBox(objectName="documentLanguage")
        for code, language_name in LANGUAGE_NAMES.items():
            self.document_language.addItem(language_name, code)
        self.language_label.setBuddy(self.document_language)
        self._language_picked = False
        self.document_language.activated.connect(self._pick_language)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.language_label)
        buttons.addWidget(self.document_language)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.xlsx_button)
        self.model = ReportModel(self)
        self.table = QTableView(objectName="reportTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary = QLabel(objectName="reportSummary")
        self.summary.setWordWrap(True)
        self.bars = ComparisonBars()
        self.source = QLabel(objectName="reportSource")
        self.source.setWordWrap(True)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addLayout(form)
        column.addWidget(self.problem)
        column.addLayout(buttons)
        column.addWidget(self.table)
        column.addWidget(self.summary)
        column.addWidget(self.bars)
        column.addWidget(self.source)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._enable_exports()

    def _date_edit(self, name: str, day: date) -> DateField:
        # A day typed that is no real day (31/02) is said, never turned into another day.
        edit = DateField(required=True, value=day)
        edit.setObjectName(name)
        edit.dateChanged.connect(self._schedule)
        edit.changed.connect(self._schedule)
        return edit

    def retranslate(self) -> None:
        self.from_label.setText(translate("ReportsPage", "Duos started from"))
        self.to_label.setText(translate("ReportsPage", "to"))
        self.antenna_label.setText(translate("ReportsPage", "Antenna"))
        self.as_of_label.setText(translate("ReportsPage", "Report date"))
        self.as_of_edit.setToolTip(translate(
            "ReportsPage", "Outcomes count for the duos started at least 12 months before "
                           "this date."))
        self.antenna_box.setItemText(0, report_texts.all_antennas())
        for edit in (self.from_edit, self.to_edit, self.as_of_edit):
            edit.retranslate()
        self.language_label.setText(translate("ReportsPage", "Documents in"))
        if not self._language_picked:
            self.document_language.setCurrentIndex(
                self.document_language.findData(interface_language()))
        self.pdf_button.setText(translate("ReportsPage", "Export to PDF…"))
        self.xlsx_button.setText(translate("ReportsPage", "Export to Excel…"))
        self.source.setText(report_texts.source_note())
        self.model.retranslate()
        self._fit_table()
        self._show_summary()
        if self._refusal is not None:
            self._show_problem(self._refusal)
        self.bars.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Antennas may have been added in Settings since the page was last shown, and
        # evaluations, duos or imports recorded elsewhere: the figures are read again (a few
        # hundredths of a second, on a worker).
        self._load_antennas()
        self._loaded = True
        self.compute()

    def _load_antennas(self) -> None:
        chosen = self.antenna_box.currentData()
        self.antenna_box.blockSignals(True)
        while self.antenna_box.count() > 1:
            self.antenna_box.removeItem(1)
        for antenna in self.services.organisation.antennas():
            self.antenna_box.addItem(f"{antenna.code} – {antenna.name}", antenna.code)
        self.antenna_box.setCurrentIndex(max(0, self.antenna_box.findData(chosen)))
        self.antenna_box.blockSignals(False)

    # --- computing -------------------------------------------------------------------------
    def _schedule(self) -> None:
        if self._loaded:
            self._timer.start()

    def compute(self) -> None:
        """Compute the report for the fields as they are, on a worker."""
        self._timer.stop()
        self._serial += 1
        serial = self._serial
        reports = self.services.reports
        edits = (self.from_edit, self.to_edit, self.as_of_edit)
        if (unreadable := next(filter(None, (edit.problem() for edit in edits)), None)):
            self._show_problem(unreadable)
            return
        arguments = (_date(self.from_edit.date()), _date(self.to_edit.date()),
                     _date(self.as_of_edit.date()), self.antenna_box.currentData())

        def refused(error: BaseException) -> bool:
            if serial == self._serial and isinstance(error, ReportRefused):
                self._show_problem(error)
                return True
            return serial != self._serial  # an older question's failure no longer matters

        run_in_background(self, lambda _progress: reports.impact(*arguments),
                          translate("ReportsPage", "Computing the impact report…"),
                          lambda report: self._computed(serial, report), refused,
                          cancellable=False)

    def _computed(self, serial: int, report: ImpactReport) -> None:
        if serial != self._serial:
            return
        self.report = report
        self._refusal = None
        self.problem.hide()
        self.model.set_report(report)
        self._fit_table()
        self.table.setFixedHeight(self.table.horizontalHeader().height()
                                  + self.table.verticalHeader().length() + 4)
        self.bars.set_report(report)
        self._show_summary()
        self._enable_exports()

    def _fit_table(self) -> None:
        # Numbers and headings change with the report and the language: measured again.
        for column in range(1, self.model.columnCount()):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()

    def _show_problem(self, error: ReportRefused | InvalidValue) -> None:
        from duodesk.report_texts import day_words, report_problem

        self._refusal = error
        # The days in words, as the page and the report write them (not 2023-06-01).
        self.problem.setText(report_problem(error.params, day_words)
                             if isinstance(error, ReportRefused) else describe(error))
        self.problem.show()
        self.report = None
        self.model.set_report(None)
        self.bars.set_report(None)
        self._show_summary()
        self._enable_exports()

    def _show_summary(self) -> None:
        if self.report is None:
            self.summary.clear()
            return
        # self.tr with the count: its plural forms in each language ("1 duo").
        self.summary.setText(self.tr("{note} In all: %Ln duos.", "",
                                     self.report.cohort_size).format(
            note=report_texts.cohort_note()))

    def _enable_exports(self) -> None:
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(self.report is not None)

    # --- exporting -------------------------------------------------------------------------
    def _pick_language(self, _row: int) -> None:
        self._language_picked = True

    def export_pdf(self) -> None:
        from duodesk.core.reports.report_pdf import write_report_pdf

        self._export(".pdf", translate("ReportsPage", "PDF documents (*.pdf)"),
                     write_report_pdf)

    def export_xlsx(self) -> None:
        from duodesk.core.reports.report_xlsx import write_report_xlsx

        self._export(".xlsx", translate("ReportsPage", "Excel workbooks (*.xlsx)"),
                     write_report_xlsx)

    def _export(self, suffix: str, filters: str, write: Callable[..., None]) -> None:
        report = self.report
        if report is None:
            return
        name = translate("ReportsPage", "impact-report")
        code = f"-{report.antenna_code}" if report.antenna_code else ""
        suggested = Path.home() / f"{name}{code}-{report.period_from.year}{suffix}"
        chosen = messages.save_file(self, translate("ReportsPage", "Export the impact report"),
                                    suggested, filters)
        if chosen is None:
            return
        target = chosen if chosen.suffix.lower() == suffix else chosen.with_name(
            chosen.name + suffix)
        # Built here, on this thread, in the language chosen for the document.
        with document_language(self.document_language.currentData()):
            words = report_texts.report_words(report)

        def done(_result: object) -> None:
            messages.information(self, translate(
                "ReportsPage", "The impact report was saved to {path}.").format(path=target))

        audit_log = self.services.audit_log

        def work(_progress: object) -> None:
            write(target, report, words)
            # Counts only, no person: still an export, stamped in the audit trail (SPEC §9).
            audit_log.record_export("report", fields=[suffix.lstrip(".")])

        run_in_background(self, work, translate("ReportsPage", "Writing the impact report…"),
                          done, cancellable=False)
