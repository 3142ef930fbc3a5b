"""Two horizontal bars per indicator, this report's and the published figure, on a 0–100 %
scale, each indicator's name written above its bars.

Painted here rather than with QtCharts: the names are sentences (up to seventy characters in
French), which a chart's category axis cuts or squeezes; above the bars they stay whole in
every language, and the picture matches the exported PDF's chart.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from duodesk import report_texts
from duodesk.core.reports import ImpactReport
from duodesk.core.reports.published import published

OURS = QColor("#1F5E78")
PUBLISHED = QColor("#B9C4CA")
GRID = QColor("#D5DEE3")
BAR = 12  # pixels: one bar's thickness
GAP = 3


class ComparisonBars(QWidget):
    """The chart of the report shown; empty until a report is set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportBars")
        self.report: ImpactReport | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_report(self, report: ImpactReport | None) -> None:
        self.report = report
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 2 * BAR + 2 * GAP + 10

    def _legend_height(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def sizeHint(self) -> QSize:
        rows = len(self.report.indicators) if self.report else 0
        axis = QFontMetrics(self.font()).height() + 4
        return QSize(480, self._legend_height() + rows * self._row_height() + axis)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.report is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        text = self.palette().color(QPalette.ColorRole.WindowText)
        value_room = metrics.horizontalAdvance("100,0 %") + 12
        scale = max(10.0, self.width() - value_room - 4) / 100
        top = self._legend_height()
        bottom = top + len(self.report.indicators) * self._row_height()
        self._paint_legend(painter, metrics, text)
        painter.setPen(GRID)
        for tick in range(0, 101, 25):
            x = 2 + tick * scale
            painter.drawLine(int(x), top, int(x), bottom)
            label = str(tick)
            painter.setPen(text)
            painter.drawText(max(0, int(x - metrics.horizontalAdvance(label) / 2)),
                             bottom + metrics.ascent() + 2, label)
            painter.setPen(GRID)
        bold = QFont(self.font())
        bold.setBold(True)
        for item in self.report.indicators:
            painter.setFont(bold)
            painter.setPen(text)
            name = QFontMetrics(bold).elidedText(report_texts.name(item.name),
                                                 Qt.TextElideMode.ElideRight, self.width() - 4)
            painter.drawText(2, top + metrics.ascent(), name)
            painter.setFont(self.font())
            y = top + metrics.height() + GAP
            for value, colour in ((item.percent, OURS), (published(item.name), PUBLISHED)):
                width = float(value) * scale if value is not None else 0.0
                if width:
                    painter.fillRect(QRectF(2, y, width, BAR), colour)
                painter.setPen(text)
                painter.drawText(int(2 + width + 4), int(y + BAR / 2 + metrics.ascent() / 2 - 1),
                                 report_texts.format_percent(value))
                y += BAR + GAP
            top += self._row_height()
        painter.end()

    def _paint_legend(self, painter: QPainter, metrics: QFontMetrics, text: QColor) -> None:
        x = 2
        for colour, label in ((OURS, report_texts.ours_label()),
                              (PUBLISHED, report_texts.published_label())):
            painter.fillRect(QRectF(x, 2, 14, BAR), colour)
            painter.setPen(text)
            painter.drawText(x + 20, 2 + metrics.ascent(), label)
            x += 20 + metrics.horizontalAdvance(label) + 24

