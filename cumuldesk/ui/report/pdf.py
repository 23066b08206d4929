"""The monthly report as an A4 PDF: the title, the month's figures and the chart, drawn
with QPainter into a QPdfWriter (the chart by `chart.paint_chart`, as in the window).
Made in memory, then written whole or not at all, mode 0600 (`storage.files`)."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from cumuldesk.services.monthly_report import AT_STAKE, CONTEXT, FIGURES, TITLE, MonthlyReport
from cumuldesk.storage.files import check_target, write_atomic
from cumuldesk.ui.report.chart import paint_chart

PDF_DPI = 300
MARGIN_MM = 20.0
Translate = Callable[[str, str], str]


def _english(_context: str, text: str) -> str:
    return text


def write_report_pdf(
    report: MonthlyReport,
    path: str | os.PathLike[str],
    *,
    locale: QLocale | None = None,
    translate: Translate = _english,
    amount: Callable[[object], str] | None = None,
) -> None:
    """Write the report's PDF at `path` (one A4 page)."""
    from cumuldesk.ui.kit.formatting import money
    from cumuldesk.ui.letters.document import ensure_gui_application, letter_font

    check_target(path, "report PDF")
    ensure_gui_application()
    locale = locale or QLocale(QLocale.Language.English, QLocale.Country.Belgium)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    title = translate(CONTEXT, TITLE).format(month=str(report.month))
    writer.setTitle(title)
    writer.setCreator("CumulDesk")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(writer)
    try:
        page = QRectF(writer.pageLayout().paintRectPixels(PDF_DPI))
        page.moveTo(0, 0)
        heading = letter_font(16)
        heading.setBold(True)
        painter.setFont(heading)
        line = painter.fontMetrics().height()
        painter.drawText(QRectF(0, 0, page.width(), line), int(Qt.AlignmentFlag.AlignLeft), title)
        painter.setFont(letter_font(10))
        body = painter.fontMetrics().height() * 1.3
        y = line * 1.8
        rows = [
            (translate(CONTEXT, label), locale.toString(report.counts[key]))
            for key, label in FIGURES
        ]
        rows.append((translate(CONTEXT, AT_STAKE), (amount or money)(report.at_stake)))  # type: ignore[arg-type]
        for label, value in rows:
            painter.drawText(
                QRectF(0, y, page.width() * 0.7, body), int(Qt.AlignmentFlag.AlignLeft), label
            )
            painter.drawText(
                QRectF(page.width() * 0.7, y, page.width() * 0.3, body),
                int(Qt.AlignmentFlag.AlignRight),
                value,
            )
            y += body
        painter.setFont(letter_font(8))
        chart_area = QRectF(
            0, y + body, page.width(), min(page.height() - y - body, page.width() * 0.6)
        )
        paint_chart(painter, chart_area, report.series, locale=locale, translate=translate)
    finally:
        painter.end()
        del writer
    data = bytes(buffer.data().data())
    buffer.close()
    write_atomic(path, data, what="report PDF")
