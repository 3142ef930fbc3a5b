"""Impact reports (SPEC §8): the indicators computed from the records for a period, an
antenna and a report date (:mod:`.indicators`), the organisation's published figures beside
them (:mod:`.published`), and their PDF and Excel exports (:mod:`.report_pdf`,
:mod:`.report_xlsx`, imported only when used: reportlab and openpyxl are heavy)."""

from duodesk.core.reports.indicators import (
    INDICATOR_NAMES,
    ImpactReport,
    Indicator,
    ReportService,
    default_period,
    percent,
)

__all__ = [
    "INDICATOR_NAMES",
    "ImpactReport",
    "Indicator",
    "ReportService",
    "default_period",
    "percent",
]
