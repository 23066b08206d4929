"""The monthly report's chart (issue 18): conflicts found as bars, amounts at stake as a
line with round markers, by month over the last 12 months. `paint_chart` draws it with
QPainter into any paint device: the window's widget (`MonthlyChart`) and the report's PDF
use the same code. Axis titles and the legend are in the window's language (the PDF of
the command line: English), numbers and month names in its format. The legend names the
shapes ("bars", "line"), not only colours. The widget's accessible description is the
same figures as text; the page shows them as a table too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cumuldesk.domain.texts import QT_TRANSLATE_NOOP
from cumuldesk.services.monthly_report import MonthPoint

CONTEXT = "MonthlyChart"
BARS = QT_TRANSLATE_NOOP("MonthlyChart", "Conflicts found (bars, left axis)")
LINE = QT_TRANSLATE_NOOP("MonthlyChart", "Amounts at stake in EUR (line, right axis)")
DESCRIPTION = QT_TRANSLATE_NOOP("MonthlyChart", "{month}: {conflicts} conflicts, {amount} EUR")
BAR_COLOUR = QColor(70, 110, 170)
LINE_COLOUR = QColor(200, 90, 30)
Translate = Callable[[str, str], str]


def _english(_context: str, text: str) -> str:
    return text


def _nice_top(value: float) -> float:
    """A round upper bound of an axis (1, 2, 5 times a power of ten)."""
    if value <= 0:
        return 1.0
    power = 1.0
    while power * 10 <= value:
        power *= 10
    for step in (1, 2, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power


def paint_chart(
    painter: QPainter,
    area: QRectF,
    series: Sequence[MonthPoint],
    *,
    locale: QLocale | None = None,
    translate: Translate = _english,
) -> None:
    """Draw the chart of `series` into `area` (in the painter's coordinates)."""
    locale = locale or QLocale(QLocale.Language.English, QLocale.Country.Belgium)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    font = QFont(painter.font())
    metrics_height = painter.fontMetrics().height()
    line_height = max(metrics_height, 1)
    legend_height = 2 * line_height + 6
    left = area.left() + painter.fontMetrics().horizontalAdvance("0000") + 8
    right = area.right() - painter.fontMetrics().horizontalAdvance("000.000") - 8
    top = area.top() + legend_height + 4
    bottom = area.bottom() - line_height - 6
    plot = QRectF(QPointF(left, top), QPointF(right, bottom))
    top_count = _nice_top(max((p.conflicts for p in series), default=0))
    top_amount = _nice_top(float(max((p.at_stake for p in series), default=Decimal(0))))
    painter.setPen(QPen(QColor(0, 0, 0), 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    painter.drawLine(plot.bottomRight(), plot.topRight())
    for fraction in (0.0, 0.5, 1.0):  # axis values: counts left, amounts right
        y = plot.bottom() - fraction * plot.height()
        painter.setPen(QPen(QColor(215, 215, 215), 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QPen(QColor(0, 0, 0), 1))
        count = locale.toString(round(top_count * fraction))
        painter.drawText(
            QRectF(area.left(), y - line_height / 2, plot.left() - area.left() - 4, line_height),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            count,
        )
        amount = locale.toString(round(top_amount * fraction))
        painter.drawText(
            QRectF(plot.right() + 4, y - line_height / 2, area.right() - plot.right(), line_height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            amount,
        )
    slot = plot.width() / max(len(series), 1)
    points: list[QPointF] = []
    for index, point in enumerate(series):
        x = plot.left() + index * slot
        height = plot.height() * point.conflicts / top_count
        if point.conflicts:
            painter.fillRect(
                QRectF(x + slot * 0.2, plot.bottom() - height, slot * 0.6, height), BAR_COLOUR
            )
        name = locale.standaloneMonthName(point.month.month, QLocale.FormatType.ShortFormat)
        painter.drawText(
            QRectF(x, plot.bottom() + 3, slot, line_height),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            f"{name} {point.month.year % 100:02d}",
        )
        y = plot.bottom() - plot.height() * float(point.at_stake) / top_amount
        points.append(QPointF(x + slot / 2, y))
    painter.setPen(QPen(LINE_COLOUR, 2))
    for start, end in zip(points, points[1:], strict=False):
        painter.drawLine(start, end)
    painter.setBrush(LINE_COLOUR)
    for point_at in points:
        painter.drawEllipse(point_at, 3, 3)
    # the legend: a bar swatch and a line with a marker, each named
    painter.setFont(font)
    painter.setPen(QPen(QColor(0, 0, 0), 1))
    y0 = area.top()
    painter.fillRect(QRectF(area.left(), y0 + 2, 14, line_height - 4), BAR_COLOUR)
    painter.drawText(
        QRectF(area.left() + 20, y0, area.width() - 20, line_height),
        int(Qt.AlignmentFlag.AlignVCenter),
        translate(CONTEXT, BARS),
    )
    y1 = y0 + line_height + 4
    painter.setPen(QPen(LINE_COLOUR, 2))
    painter.drawLine(
        QPointF(area.left(), y1 + line_height / 2), QPointF(area.left() + 14, y1 + line_height / 2)
    )
    painter.drawEllipse(QPointF(area.left() + 7, y1 + line_height / 2), 3, 3)
    painter.setPen(QPen(QColor(0, 0, 0), 1))
    painter.drawText(
        QRectF(area.left() + 20, y1, area.width() - 20, line_height),
        int(Qt.AlignmentFlag.AlignVCenter),
        translate(CONTEXT, LINE),
    )
    painter.restore()


def describe(series: Sequence[MonthPoint], locale: QLocale, translate: Translate) -> str:
    """The chart's figures as text (its accessible description)."""
    from cumuldesk.ui.kit.formatting import money

    lines = []
    for point in series:
        name = locale.standaloneMonthName(point.month.month, QLocale.FormatType.LongFormat)
        lines.append(
            translate(CONTEXT, DESCRIPTION).format(
                month=f"{name} {point.month.year}",
                conflicts=point.conflicts,
                amount=money(point.at_stake),
            )
        )
    return "\n".join(lines)


class MonthlyChart(QWidget):
    """The chart in the window (see the module text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: tuple[MonthPoint, ...] = ()
        self.setMinimumSize(480, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Chart of conflicts and amounts at stake by month"))

    def set_series(self, series: Sequence[MonthPoint]) -> None:
        self._series = tuple(series)
        self.setAccessibleDescription(describe(self._series, self._locale(), _translate))
        self.update()

    def series(self) -> tuple[MonthPoint, ...]:
        return self._series

    def _locale(self) -> QLocale:
        return window_locale()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor(255, 255, 255))
            paint_chart(
                painter,
                QRectF(self.rect()).adjusted(8, 8, -8, -8),
                self._series,
                locale=self._locale(),
                translate=_translate,
            )
        finally:
            painter.end()


def window_locale() -> QLocale:
    """The QLocale of the window's language, in Belgium (English: the source texts)."""
    from cumuldesk.ui.kit.i18n import current_language

    languages = {
        "nl": QLocale.Language.Dutch,
        "fr": QLocale.Language.French,
        "de": QLocale.Language.German,
    }
    language = languages.get(current_language(), QLocale.Language.English)
    return QLocale(language, QLocale.Country.Belgium)


def _translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)
