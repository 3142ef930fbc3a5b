"""The indicators of an impact report as a table: name (its explanation as tooltip), yes,
counted, result, the published figure and the unknown outcomes."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from duodesk import report_texts
from duodesk.core.reports import ImpactReport, Indicator
from duodesk.core.reports.published import published
from duodesk.ui import formats

NAME, YES, COUNTED, RESULT, PUBLISHED, UNKNOWN = range(6)
_HEADINGS = ("indicator", "numerator", "denominator", "percent", "published", "unknown")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the native value: numbers sort as numbers

Index = QModelIndex | QPersistentModelIndex


class ReportModel(QAbstractTableModel):
    """One row per indicator of the report shown (none before the first one is computed)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: ImpactReport | None = None

    def set_report(self, report: ImpactReport | None) -> None:
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def retranslate(self) -> None:
        """The language changed: headings, names and percents are written again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADINGS) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, len(_HEADINGS) - 1))

    def indicator(self, row: int) -> Indicator:
        assert self.report is not None
        return self.report.indicators[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt's signature
        if parent.isValid() or self.report is None:
            return 0
        return len(self.report.indicators)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADINGS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(_HEADINGS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return report_texts.headings()[_HEADINGS[section]]
        if role == Qt.ItemDataRole.TextAlignmentRole and section != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.report is None:
            return None
        item = self.report.indicators[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == SORT_ROLE:
            return self._value(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return report_texts.explanation(item.name)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _value(item: Indicator, column: int) -> Any:
        values: tuple[Any, ...] = (item.name, item.numerator, item.denominator,
                                   _number(item.percent), _number(published(item.name)),
                                   item.unknown)
        return values[column]

    @staticmethod
    def _text(item: Indicator, column: int) -> str:
        if column == NAME:
            return report_texts.name(item.name)
        if column == RESULT:
            return report_texts.format_percent(item.percent)
        if column == PUBLISHED:
            return report_texts.format_percent(published(item.name))
        value = {YES: item.numerator, COUNTED: item.denominator, UNKNOWN: item.unknown}[column]
        return "" if value is None else formats.number_text(value)


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)
