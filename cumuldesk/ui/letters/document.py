"""A letter as pages: its HTML in a QTextDocument, painted page by page on A4 (a PDF file
or a printer) with a header line (reference and INSZ) and a footer ("page N of M") on
every page. No widgets: it works offscreen, from the command line too (it needs a
QGuiApplication: `ensure_gui_application`).

The document is laid out once in a fixed, device-independent space (96 units per inch,
design metrics) and the painter is scaled to the device: a PDF and a printout of the
same HTML break their pages at the same places. The pages are kept readable
(`keep_together`): a heading never ends a page without its text, and a table row is
never cut in two (it moves to the next page whole, under the repeated table header), so
each line is painted, and is in the PDF's text, once. The default font is DejaVu Sans (when
installed), embedded in the PDF as a subset.
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter

from cumuldesk.errors import BadInput
from cumuldesk.services.letters import texts as letter_texts
from cumuldesk.storage.files import check_target, write_atomic

MARGIN_MM = 20.0
LOGICAL_DPI = 96  # the layout's units per inch
PDF_DPI = 1200
FONT_FAMILY = "DejaVu Sans"
BODY_POINTS = 10.0
BAND_POINTS = 8.0  # header and footer text
BAND_MM = 9.0  # height of the header and of the footer band, rule included

_REFERENCE_DEVICE: QImage | None = None
_APP: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display:
    the command line on a server)."""
    global _APP
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _APP = QGuiApplication(sys.argv[:1] or ["cumuldesk"])
    return _APP


def _reference_device() -> QImage:
    """A paint device of exactly LOGICAL_DPI (the layout never depends on the screen)."""
    global _REFERENCE_DEVICE
    if _REFERENCE_DEVICE is None:
        image = QImage(8, 8, QImage.Format.Format_RGB32)
        dots_per_metre = round(LOGICAL_DPI / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        _REFERENCE_DEVICE = image
    return _REFERENCE_DEVICE


def letter_font(points: float = BODY_POINTS) -> QFont:
    """DejaVu Sans when installed (it covers every character of the three languages and
    is embedded in the PDF), else the application's default family."""
    font = QFont()
    if FONT_FAMILY in QFontDatabase.families():
        font = QFont(FONT_FAMILY)
    font.setPointSizeF(points)
    return font


def letter_document(html: str) -> QTextDocument:
    """The letter's HTML in a QTextDocument with the letter font (not yet paginated)."""
    document = QTextDocument()
    document.setDefaultFont(letter_font())
    document.setHtml(html)
    return document


HEADING_KEEPS_LINES = 2  # a heading stays with at least this many lines of its text
_EPSILON = 0.5  # a line ending on a page boundary belongs to the page above


def _page_of(y: float, page_height: float) -> int:
    return math.floor(y / page_height)


def _line_span(document: QTextDocument, block: QTextBlock, lines: int) -> tuple[float, float]:
    """The top of a block's first line and the bottom of its `lines`-th, in document
    units (a block in a table cell too)."""
    rect = document.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    count = layout.lineCount()
    if count == 0:
        return rect.top(), rect.bottom()
    first, last = layout.lineAt(0), layout.lineAt(min(lines, count) - 1)
    return rect.top() + first.y(), rect.top() + last.y() + last.height()


def _crosses(top: float, bottom: float, page_height: float) -> bool:
    return _page_of(top, page_height) != _page_of(bottom - _EPSILON, page_height)


def _cell_blocks(cell: Any) -> list[QTextBlock]:
    blocks = []
    cursor = cell.firstCursorPosition()
    block, end = cursor.block(), cell.lastCursorPosition().block()
    while block.isValid():
        blocks.append(block)
        if block == end:
            break
        block = block.next()
    return blocks


def _cut_row(document: QTextDocument, block: QTextBlock, page_height: float) -> int | None:
    """The row of `block`'s table when a page boundary cuts that row (not a header row,
    nor one taller than a page); else None."""
    cursor = QTextCursor(block)
    table = cursor.currentTable()
    if table is None:
        return None
    row = table.cellAt(cursor).row()
    if row < table.format().headerRowCount():
        return None
    cells = [table.cellAt(row, column) for column in range(table.columns())]
    spans = [_line_span(document, inner, 10_000) for cell in cells for inner in _cell_blocks(cell)]
    top, bottom = min(s[0] for s in spans), max(s[1] for s in spans)
    if not _crosses(top, bottom, page_height) or bottom - top >= page_height:
        return None
    return row


def _cells_selection(document: QTextDocument, table: QTextTable, first: int, last: int) -> Any:
    cursor = QTextCursor(document)
    cursor.setPosition(table.cellAt(first, 0).firstCursorPosition().position())
    end = table.cellAt(last, table.columns() - 1).lastCursorPosition().position()
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selection()


def _break_table_before(document: QTextDocument, table: QTextTable, row: int) -> None:
    """Continue the table on the next page from `row` on: the rows before it stay, the
    rest become a table of their own that starts a page, under a copy of the header
    rows (a header row repeats on every page it covers)."""
    header = table.format().headerRowCount()
    if row <= header:  # nothing but the header would stay: the whole table moves
        form = table.format()
        form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        table.setFormat(form)
        return
    rows, columns = table.rows(), table.columns()
    rest = _cells_selection(document, table, row, rows - 1)
    heads = [
        [
            (cell.firstCursorPosition().block().blockFormat(), _cell_fragment(document, cell))
            for cell in (table.cellAt(r, c) for c in range(columns))
        ]
        for r in range(header)
    ]
    form = table.format()
    table.removeRows(row, rows - row)
    cursor = QTextCursor(document)
    cursor.setPosition(table.lastPosition() + 1)
    cursor.insertBlock()
    start = cursor.position()
    cursor.insertFragment(rest)
    inside = QTextCursor(document)
    inside.setPosition(start + 1)
    continued = inside.currentTable()
    if continued is None:
        return
    if heads:
        continued.insertRows(0, header)
        for r, cells in enumerate(heads):
            for c, (block_format, fragment) in enumerate(cells):
                target = continued.cellAt(r, c).firstCursorPosition()
                target.setBlockFormat(block_format)
                target.insertFragment(fragment)
    form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    continued.setFormat(form)


def _cell_fragment(document: QTextDocument, cell: Any) -> Any:
    cursor = QTextCursor(document)
    cursor.setPosition(cell.firstCursorPosition().position())
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selection()


def _lonely_heading(
    document: QTextDocument, block: QTextBlock, page_height: float
) -> list[QTextBlock]:
    """The heading block when its text starts on a later page (a heading left alone at
    the foot of a page); else nothing."""
    if block.blockFormat().headingLevel() <= 0 or QTextCursor(block).currentTable():
        return []
    following = block.next()
    while following.isValid() and not following.text().strip():
        following = following.next()
    if not following.isValid():
        return []
    top, _ = _line_span(document, block, 1)
    _, bottom = _line_span(document, following, HEADING_KEEPS_LINES)
    if bottom - top >= page_height or not _crosses(top, bottom, page_height):
        return []
    return [block]


def _split_paragraph(document: QTextDocument, block: QTextBlock, page_height: float) -> bool:
    """A paragraph (not in a table) that runs over a page boundary is made two: its
    lines on the next page become a block of their own there (no space above it), or a
    list item or a paragraph of two lines moves to the next page whole. So no block
    spans two pages (Qt paints the line above a page's top once more, clipped away but in
    the text layer: search and screen readers would meet it twice). False: nothing to do."""
    layout = block.layout()
    count = layout.lineCount()
    if count < 2 or QTextCursor(block).currentTable() is not None:
        return False
    rect = document.documentLayout().blockBoundingRect(block)
    first = _page_of(rect.top() + layout.lineAt(0).y(), page_height)
    later = [
        index
        for index in range(1, count)
        if _page_of(rect.top() + layout.lineAt(index).y(), page_height) > first
    ]
    if not later:
        return False
    cursor = QTextCursor(block)
    form = block.blockFormat()
    if block.textList() is not None or count <= 2:
        if rect.height() >= page_height:
            return False
        form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.setBlockFormat(form)
        return True
    cursor.setPosition(block.position() + layout.lineAt(later[0]).textStart())
    cursor.insertBlock()
    rest = cursor.block().blockFormat()
    rest.setTopMargin(0)
    rest.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
    cursor.setBlockFormat(rest)
    return True


def keep_together(document: QTextDocument, page_height: float, rounds: int = 200) -> None:
    """Break the (paginated) document's pages where a reader expects: a heading whose
    text would start on the next page goes there with it, a table a page boundary would
    cut inside a row continues on the next page from that row (under its header), and a
    paragraph over a page boundary becomes two (`_split_paragraph`). One change at a
    time, from the top, laid out again after each."""
    for _ in range(rounds):
        document.pageCount()  # lays the document out
        block = document.begin()
        while block.isValid():
            heading = _lonely_heading(document, block, page_height)
            if heading:
                cursor = QTextCursor(block)
                form = block.blockFormat()
                form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(form)
                break
            row = _cut_row(document, block, page_height)
            if row is not None:
                cursor = QTextCursor(block)
                table = cursor.currentTable()
                assert table is not None
                _break_table_before(document, table, row)
                break
            if _split_paragraph(document, block, page_height):
                break
            block = block.next()
        else:
            return


def _mm(value: float) -> float:
    return value / 25.4 * LOGICAL_DPI


def _words(language: str | None, title: str) -> dict[str, str]:
    """The footer's and header's words: the letter's language, recognised by its title
    when not given; English otherwise."""
    if language is None:
        for code in letter_texts.LANGUAGES:
            words = letter_texts.words(code)
            if title in (words["proposal_title"], words["advice_title"]):
                language = code
                break
    if language in letter_texts.LANGUAGES:
        words = letter_texts.words(language)
        return {"page_of": words["page_of"], "insz": words["insz_label"]}
    return {"page_of": "page {n} of {m}", "insz": "INSZ"}


def _set_a4(device: QPagedPaintDevice) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )


class Paintable(Protocol):
    """A letter as the pages print it: its HTML, and what its header and footer say."""

    @property
    def html(self) -> str: ...
    @property
    def reference(self) -> str: ...
    @property
    def insz_formatted(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def language(self) -> str | None: ...


@dataclass(frozen=True)
class _Letter:
    html: str
    reference: str
    insz_formatted: str
    title: str
    language: str | None


def _paint(
    device: QPagedPaintDevice,
    html: str,
    *,
    reference: str,
    insz_formatted: str,
    title: str,
    language: str | None,
) -> int:
    """Paint every page of one letter on `device`; returns the pages."""
    return paint_letters(device, [_Letter(html, reference, insz_formatted, title, language)])


def paint_letters(device: QPagedPaintDevice, letters: Sequence[Paintable]) -> int:
    """Paint every page of the letters on `device` (A4, 20 mm margins set here), one
    after the other in one job (the bulk proposals' "Print all"), each letter with its
    own header, "page N of M" and page breaks; returns the pages painted."""
    _set_a4(device)
    area = device.pageLayout().paintRect(QPageLayout.Unit.Millimeter)
    width, height = _mm(area.width()), _mm(area.height())
    band = _mm(BAND_MM)
    # whole units: the layout places lines at 1/64 of a unit, so a page boundary that is
    # not a whole unit would let a line start a hair before it (and show on two pages)
    body_height = float(math.floor(height - 2 * band))
    painter = QPainter()
    if not painter.begin(device):
        raise BadInput("the document could not be written (is the file or printer writable?)")
    painted = 0
    try:
        scale = device.logicalDpiY() / LOGICAL_DPI
        painter.scale(scale, scale)
        # the painter resolves point sizes at the device's resolution: undo the scale
        band_font = letter_font(BAND_POINTS / scale)
        metrics = QFontMetricsF(letter_font(BAND_POINTS), _reference_device())
        for letter in letters:
            document = letter_document(letter.html)
            document.setUseDesignMetrics(True)
            document.documentLayout().setPaintDevice(_reference_device())
            document.setDocumentMargin(0)
            document.setPageSize(QSizeF(width, body_height))
            keep_together(document, body_height)
            pages = max(1, document.pageCount())
            words = _words(letter.language, letter.title)
            left_text = f"{letter.reference}   {words['insz']} {letter.insz_formatted}"
            for page in range(pages):
                if painted and not device.newPage():
                    raise BadInput("the document could not be written (a new page was refused)")
                painted += 1
                painter.setFont(band_font)
                painter.setPen(QPen(Qt.GlobalColor.black, 0.6))
                # header: reference and INSZ left, the title right; a rule below
                title_room = width - metrics.horizontalAdvance(left_text) - _mm(6)
                shown_title = metrics.elidedText(
                    letter.title, Qt.TextElideMode.ElideRight, title_room
                )
                top = QRectF(0, 0, width, band - _mm(3))
                align_top = Qt.AlignmentFlag.AlignTop
                painter.drawText(top, Qt.AlignmentFlag.AlignLeft | align_top, left_text)
                painter.drawText(top, Qt.AlignmentFlag.AlignRight | align_top, shown_title)
                rule = metrics.height() + _mm(1.5)
                painter.drawLine(QPointF(0, rule), QPointF(width, rule))
                # footer: a rule, then "page N of M" right and the reference left
                foot_top = height - band + _mm(3)
                painter.drawLine(QPointF(0, foot_top), QPointF(width, foot_top))
                foot = QRectF(0, foot_top + _mm(1.5), width, band - _mm(4.5))
                painter.drawText(
                    foot,
                    Qt.AlignmentFlag.AlignRight | align_top,
                    words["page_of"].format(n=page + 1, m=pages),
                )
                painter.drawText(foot, Qt.AlignmentFlag.AlignLeft | align_top, letter.reference)
                # the body: this page's slice of the document
                painter.save()
                painter.translate(0, band - page * body_height)
                _draw_page(painter, document, QRectF(0, page * body_height, width, body_height))
                painter.restore()
    finally:
        painter.end()
    return painted


def _draw_page(painter: QPainter, document: QTextDocument, page: QRectF) -> None:
    """Draw the document's lines that lie on this page. The painter clips to the page;
    the layout is told a slightly smaller rectangle, so that a line that ends exactly
    on the page boundary is drawn on its own page only (not also, clipped away but
    present as text, on the next one)."""
    painter.setClipRect(page)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = page.adjusted(0, 0.5, 0, -0.5)
    context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    document.documentLayout().draw(painter, context)


def write_pdf(
    html: str,
    path: str | os.PathLike[str],
    *,
    reference: str,
    insz_formatted: str,
    title: str,
    language: str | None = None,
) -> int:
    """Write the letter as an A4 PDF (fonts embedded, header and footer on every page);
    returns the number of pages. The same input gives the same pages.

    The PDF is made in memory, then written whole or not at all (`storage.files`, mode
    0600): a full disk or a target such as /dev/full is an error naming the path (exit
    code 5, or 2 for a path where no file can be written), never a truncated file."""
    check_target(path, "letter PDF")  # before the work: a bad path costs nothing
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("CumulDesk")
    try:
        pages = _paint(
            writer,
            html,
            reference=reference,
            insz_formatted=insz_formatted,
            title=title,
            language=language,
        )
    finally:
        del writer  # finishes the PDF in the buffer
    data = bytes(buffer.data().data())
    buffer.close()
    write_atomic(path, data, what="letter PDF")
    return pages


def print_document(
    printer: QPrinter,
    html: str,
    *,
    reference: str,
    insz_formatted: str,
    title: str,
    language: str | None = None,
) -> int:
    """Print the letter (a print preview's printer too) with the same paint routine as
    the PDF, on A4 with 20 mm margins; returns the number of pages."""
    printer.setDocName(title)
    printer.setFullPage(False)
    return _paint(
        printer,
        html,
        reference=reference,
        insz_formatted=insz_formatted,
        title=title,
        language=language,
    )
