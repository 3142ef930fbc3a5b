"""The page every printed document shares: the logo and the document's title at the top, a
rule, and a footer with the document's name and "Page x of y".

Several documents can go into one PDF (200 agreements in one file): each starts with a
:class:`DocumentStart` flowable, and its pages are numbered on their own. "of y" is a PDF
form drawn on every page and defined when the file is saved, so one pass is enough.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO, Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from duodesk.core.documents.fonts import FontNames, register_fonts
from duodesk.paths import resource_path

# Binary streams instead of ASCII85 text: a quarter smaller, and reportlab's ASCII85 encoder
# (pure Python without its C accelerator) took a fifth of the time of an agreement.
rl_config.useA85 = 0
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
TOP = 32 * mm
BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
ACCENT = colors.HexColor("#1F5E78")
MUTED = colors.HexColor("#5F6B73")
LIGHT = colors.HexColor("#E8EFF2")
FOOTER_SIZE = 7.5


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of every document, in the embedded font."""

    fonts: FontNames
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    caption: ParagraphStyle


@cache
def styles() -> Styles:
    """The shared styles; built once per process."""
    fonts = register_fonts()
    base = ParagraphStyle("body", fontName=fonts.regular, fontSize=9.5, leading=13.2,
                          alignment=TA_LEFT, textColor=colors.HexColor("#1B1B1B"))
    return Styles(
        fonts=fonts,
        title=ParagraphStyle("title", parent=base, fontName=fonts.bold, fontSize=18,
                             leading=22, textColor=ACCENT, spaceAfter=2),
        subtitle=ParagraphStyle("subtitle", parent=base, fontSize=10.5, leading=14,
                                textColor=MUTED, spaceAfter=8),
        heading=ParagraphStyle("heading", parent=base, fontName=fonts.bold, fontSize=11,
                               leading=14, textColor=ACCENT, spaceBefore=9, spaceAfter=3),
        body=ParagraphStyle("body2", parent=base, spaceAfter=4),
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        bullet=ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2,
                              spaceAfter=2),
        cell=ParagraphStyle("cell", parent=base, fontSize=9, leading=12),
        cell_bold=ParagraphStyle("cell_bold", parent=base, fontName=fonts.bold, fontSize=9,
                                 leading=12),
        caption=ParagraphStyle("caption", parent=base, fontSize=7.5, leading=9.5,
                               textColor=MUTED),
    )


@cache
def _logo() -> ImageReader:
    # Read once: reportlab then embeds the same image object in every page of the file.
    return ImageReader(str(resource_path("documents", "logo.png")))


class DocumentStart(Flowable):
    """Marks where one document (one agreement, one sheet) begins inside a PDF.

    ``heading`` is printed at the top of its pages, ``footer`` and ``page_text`` (with
    ``{page}`` and ``{pages}``) at the bottom.
    """

    def __init__(self, heading: str, footer: str, page_text: str) -> None:
        super().__init__()
        self.heading, self.footer, self.page_text = heading, footer, page_text
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        template = self.canv._doctemplate
        template.begin_document(self)


class _PagesCanvas(Canvas):
    """A canvas that defines, when saved, the "of y" form of each document it holds."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Otherwise every page declares Helvetica, which a document never uses.
        kwargs.setdefault("initialFontName", styles().fonts.regular)
        super().__init__(*args, **kwargs)
        self.page_totals: dict[str, int] = {}

    def save(self) -> None:
        font = styles().fonts.regular
        for name, count in self.page_totals.items():
            self.beginForm(name)
            self.setFont(font, FOOTER_SIZE)
            self.setFillColor(MUTED)
            self.drawString(0, 0, str(count))
            self.endForm()
        super().save()


class DocumentTemplate(BaseDocTemplate):
    """A4 portrait with the shared header and footer; numbers each document's pages."""

    def __init__(self, target: str | Path | IO[bytes], *, title: str = "",
                 on_document: Callable[[int], None] | None = None, **kwargs: Any) -> None:
        super().__init__(str(target) if isinstance(target, Path) else target, pagesize=A4,
                         leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
                         bottomMargin=BOTTOM, title=title, author="DuoDesk",
                         creator="DuoDesk", **kwargs)
        frame = Frame(MARGIN, BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - TOP - BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._decorate)])
        self._current: DocumentStart | None = None
        self._first_page = 1
        self._serial = 0
        self._on_document = on_document

    def begin_document(self, start: DocumentStart) -> None:
        self._current = start
        self._first_page = self.canv.getPageNumber()
        self._serial += 1
        if self._on_document is not None:
            # Lets a batch report progress and stop on Cancel while reportlab lays out.
            self._on_document(self._serial - 1)

    def _decorate(self, canvas: Canvas, _doc: Any) -> None:
        start = self._current
        if start is None:
            return
        canvas.saveState()
        fonts = styles().fonts
        top = PAGE_HEIGHT - 14 * mm
        canvas.drawImage(_logo(), MARGIN, top - 9 * mm, 11 * mm, 11 * mm, mask="auto")
        canvas.setFont(fonts.bold, 12)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN + 14 * mm, top - 2.5 * mm, "DuoDesk")
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN + 14 * mm, top - 7 * mm, start.heading)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN, top - 12 * mm, PAGE_WIDTH - MARGIN, top - 12 * mm)
        # Footer: the document's name on the left, "Page x of y" on the right.
        canvas.setStrokeColor(LIGHT)
        canvas.line(MARGIN, 15 * mm, PAGE_WIDTH - MARGIN, 15 * mm)
        canvas.setFont(fonts.regular, FOOTER_SIZE)
        canvas.drawString(MARGIN, 10 * mm, start.footer)
        page = canvas.getPageNumber() - self._first_page + 1
        form = f"pages{self._serial}"
        # "Page 2 of " is drawn now; the total, known once the document ends, is a form.
        prefix = start.page_text.partition("{pages}")[0].replace("{page}", str(page))
        x = PAGE_WIDTH - MARGIN - 30 * mm
        canvas.drawString(x, 10 * mm, prefix)
        canvas.translate(x + canvas.stringWidth(prefix, fonts.regular, FOOTER_SIZE), 10 * mm)
        canvas.doForm(form)
        canvas.page_totals[form] = page
        canvas.restoreState()


def build(target: str | Path | IO[bytes], story: Sequence[Flowable], title: str,
          on_document: Callable[[int], None] | None = None) -> None:
    """Lay ``story`` out on the shared pages into ``target`` (a path or a binary file);
    ``on_document(n)`` is called as the n-th document (from 0) begins."""
    template = DocumentTemplate(target, title=title, on_document=on_document)
    template.build(list(story), canvasmaker=_PagesCanvas)
