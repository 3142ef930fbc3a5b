"""The impact report as a PDF for funders: title, antenna, period and report date; a table of
the indicators (yes, counted, result) beside the organisation's published figures; a bar
chart comparing the two (reportlab.graphics); and the definitions in words.

Printed on the shared pages of every DuoDesk document (logo, header, "Page x of y") in the
embedded Unicode font (:mod:`duodesk.core.documents.fonts`), so that the report reads the same
in French, Dutch and English. Written to a temporary file and moved into place: a failure
never leaves half a report.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from duodesk.core.documents.batch import atomic_pdf
from duodesk.core.documents.layout import ACCENT, CONTENT_WIDTH, LIGHT, MUTED, DocumentStart
from duodesk.core.documents.layout import build as build_pdf
from duodesk.core.documents.layout import styles as document_styles
from duodesk.core.reports.indicators import ImpactReport
from duodesk.core.reports.published import published
from duodesk.core.reports.words import ReportWords

PUBLISHED_COLOUR = colors.HexColor("#B9C4CA")
LABEL_SIZE = 8
BAR = 6  # points: one bar's thickness
ROW = LABEL_SIZE + 4 + 2 * BAR + 2 + 6  # label, two bars, the gap before the next one


def write_report_pdf(target: Path, report: ImpactReport, words: ReportWords) -> None:
    """Write the report to ``target``; ``DocumentNotWritten`` when it cannot be written."""
    story = report_story(report, words)
    with atomic_pdf(target) as stream:
        build_pdf(stream, story, words.title)


def report_story(report: ImpactReport, words: ReportWords) -> list[Flowable]:
    """The report's flowables, for one file or inside a larger one."""
    style = document_styles()
    story: list[Flowable] = [
        DocumentStart(words.title, f"{words.title} · {words.antenna}", words.page),
        Paragraph(escape(words.title), style.title),
        Paragraph("<br/>".join(escape(line) for line in (words.antenna, words.period,
                                                           words.as_of)), style.subtitle),
        _table(report, words),
        Spacer(0, 3 * mm),
        Paragraph(escape(words.cohort_note), style.small),
        Spacer(0, 4 * mm),
        KeepTogether([_legend(words), _chart(report, words)]),
        Spacer(0, 2 * mm),
        Paragraph(escape(words.source_note), style.caption),
        KeepTogether([Paragraph(escape(words.definitions), style.heading)]
                     + [Paragraph(f"<b>{escape(words.names[item.name])}</b><br/>"
                                  f"{escape(words.explanations[item.name])}", style.body)
                        for item in report.indicators[:1]]),
    ]
    story += [Paragraph(f"<b>{escape(words.names[item.name])}</b><br/>"
                        f"{escape(words.explanations[item.name])}", style.body)
              for item in report.indicators[1:]]
    return story


def _table(report: ImpactReport, words: ReportWords) -> Table:
    style = document_styles()
    head = words.headings
    right = style.cell.clone("right", alignment=2)
    right_bold = style.cell_bold.clone("right_bold", alignment=2)
    rows: list[list[object]] = [[
        Paragraph(escape(head[key]), right_bold if key != "indicator" else style.cell_bold)
        for key in ("indicator", "numerator", "denominator", "percent", "published")]]
    for item in report.indicators:
        name = escape(words.names[item.name])
        if item.unknown is not None:
            name += f"<br/><font size='7.5' color='#5F6B73'>{escape(words.unknown(item.unknown))}"
            name += "</font>"
        rows.append([
            Paragraph(name, style.cell),
            Paragraph(str(item.numerator), right),
            Paragraph(str(item.denominator), right),
            Paragraph(escape(words.percent(item.percent)), right_bold),
            Paragraph(escape(words.percent(published(item.name))), right),
        ])
    # Each number column as wide as its heading ("Gepubliceerd") or "100,0 %", on one line.
    bold = style.fonts.bold
    numbers = [max(stringWidth(head[key], bold, 9), stringWidth("100,0 %", bold, 9)) + 14
               for key in ("numerator", "denominator", "percent", "published")]
    table = Table(rows, colWidths=[CONTENT_WIDTH - sum(numbers), *numbers], repeatRows=1)
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (3, 1), (3, -1), colors.HexColor("#F3F7F9")),
    ]))
    return table


def _drawing(height: float) -> Drawing:
    drawing = Drawing(CONTENT_WIDTH, height)
    # Otherwise reportlab starts every drawing in Helvetica, declared in the file for nothing.
    drawing.initialFontName = document_styles().fonts.regular
    return drawing


def _legend(words: ReportWords) -> Drawing:
    font = document_styles().fonts.regular
    drawing = _drawing(14)
    x = 0.0
    for colour, text in ((ACCENT, words.ours), (PUBLISHED_COLOUR, words.published)):
        drawing.add(Rect(x, 3, 10, BAR, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 14, 3.5, text, fontName=font, fontSize=LABEL_SIZE))
        x += 14 + stringWidth(text, font, LABEL_SIZE) + 16
    return drawing


def _chart(report: ImpactReport, words: ReportWords) -> Drawing:
    """Two horizontal bars per indicator, this report's and the published one, on 0–100 %."""
    fonts = document_styles().fonts
    value_room = 44.0  # right of the bars, for "100,0 %"
    scale = (CONTENT_WIDTH - value_room) / 100
    axis = 12.0
    height = axis + ROW * len(report.indicators)
    drawing = _drawing(height)
    for tick in range(0, 101, 25):
        x = tick * scale
        drawing.add(Line(x, axis, x, height - LABEL_SIZE - 2, strokeColor=LIGHT,
                         strokeWidth=0.5))
        drawing.add(String(x, 2, f"{tick}", fontName=fonts.regular, fontSize=7,
                           fillColor=MUTED, textAnchor="middle"))
    top = height
    for item in report.indicators:
        top -= LABEL_SIZE + 2
        drawing.add(String(0, top, words.names[item.name], fontName=fonts.bold,
                           fontSize=LABEL_SIZE, fillColor=colors.HexColor("#1B1B1B")))
        bars = ((item.percent, ACCENT, fonts.bold), (published(item.name), PUBLISHED_COLOUR,
                                                      fonts.regular))
        for value, colour, font in bars:
            top -= BAR + 2 if colour is PUBLISHED_COLOUR else BAR + 3
            width = float(value) * scale if value is not None else 0.0
            if width:
                drawing.add(Rect(0, top, width, BAR, fillColor=colour, strokeColor=None))
            drawing.add(String(width + 3, top + 1, words.percent(value), fontName=font,
                               fontSize=7, fillColor=MUTED if value is None else
                               colors.HexColor("#1B1B1B")))
        top -= ROW - (LABEL_SIZE + 2) - (2 * BAR + 5)
    return drawing
