"""Painting the dossier timeline with QPainter: bands and the month axis, the periods
with their captions and outlines, the conflict, retroactive and query rows, markers, row
titles and the legend (colours and styles from `ui.timeline.style`).

`TimelinePainter.paint()` draws one `Frame` (what to show and where, computed by the
widget); the painter keeps only caches (text widths, period styles).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen

from cumuldesk.services.dossiers.timeline import (
    APPLICATION,
    DEADLINE,
    TODAY,
    Lane,
    Segment,
    Timeline,
)
from cumuldesk.ui.kit.formatting import day
from cumuldesk.ui.timeline.layout import (
    MarkerLabel,
    PlacedPeriod,
    Rows,
    Scale,
    TextBox,
    index_runs,
    line_gaps,
)
from cumuldesk.ui.timeline.style import (
    Style,
    new_style,
    paint_conflict_hatch,
    paint_swatch,
    text_on,
)
from cumuldesk.ui.timeline.texts import Labels


@dataclass(frozen=True)
class Frame:
    """What one paint shows: the timeline placed on the current scale, and its state."""

    timeline: Timeline | None
    items: list[PlacedPeriod]
    scale: Scale
    labels: Labels
    colours: dict[str, QColor]
    high_contrast: bool
    focused: Segment | None  # the period with keyboard focus
    hover: Segment | None  # the period under the pointer
    focus_frame: bool  # the widget has focus but no period does: frame the chart
    caption: Callable[[Segment], str]  # the text inside a period's bar
    markers: list[MarkerLabel]  # the visible markers and where their labels go
    ruler: list[TextBox]  # every text above the lanes (markers' labels included)


class TimelinePainter:
    """Paints frames; caches text widths (`forget_metrics()` after a font or language
    change) and period styles."""

    def __init__(self) -> None:
        self._widths: dict[str, int] = {}
        self._styles: dict[tuple[str, bool, bool], Style] = {}
        self._fm: QFontMetrics | None = None

    def forget_metrics(self) -> None:
        self._widths = {}

    def _width(self, text: str) -> int:
        width = self._widths.get(text)
        if width is None:
            assert self._fm is not None
            width = self._widths[text] = self._fm.horizontalAdvance(text)
        return width

    def paint(self, p: QPainter, rect: QRect, font: QFont, fm: QFontMetrics, f: Frame) -> None:
        self._fm = fm
        c = f.colours
        rows = f.scale.rows
        p.fillRect(rect, c["base"])
        p.setFont(font)
        if f.timeline is None:
            p.setPen(c["text"])
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, f.labels.empty)
            return
        chart = QRectF(
            rows.chart_left,
            rows.markers_top,
            rows.chart_right - rows.chart_left,
            rows.chart_bottom - rows.markers_top,
        )
        p.save()
        p.setClipRect(chart)
        self._paint_bands(p, f)
        self._paint_axis(p, f, fm)
        captions, outlines = self._paint_segments(p, f, fm)
        self._paint_conflicts(p, f, fm)
        self._paint_captions(p, f, captions, outlines)
        self._paint_retro(p, f, fm)
        self._paint_query(p, f, fm)
        self._paint_markers(p, f, fm)
        p.restore()
        self._paint_titles(p, f, fm)
        self._paint_legend(p, f, fm)
        if f.focus_frame:
            pen = QPen(c["focus"], 2, Qt.PenStyle.DotLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(chart.adjusted(1, 1, -1, -1))

    # ------------------------------------------------------------ background

    def _paint_bands(self, p: QPainter, f: Frame) -> None:
        t, s, c = f.timeline, f.scale, f.colours
        assert t is not None
        rows = s.rows
        for index in range(4):
            if index % 2:
                p.fillRect(
                    QRectF(
                        rows.chart_left,
                        s.lane_top(index),
                        rows.chart_right - rows.chart_left,
                        rows.lane_height,
                    ),
                    c["alt"],
                )
        if t.ban_window is not None:
            x1 = s.x(t.axis_start.months_until(t.ban_window.start))
            x2 = s.x(t.axis_start.months_until(t.ban_window.end) + 1)
            band = QRectF(
                x1,
                rows.axis_top + rows.line,
                x2 - x1,
                rows.chart_bottom - rows.axis_top - rows.line,
            )
            if f.high_contrast:
                p.fillRect(band, QBrush(c["shade"], Qt.BrushStyle.Dense7Pattern))
            else:
                p.fillRect(band, c["shade"])

    def _paint_axis(self, p: QPainter, f: Frame, fm: QFontMetrics) -> None:
        """Month ticks in their band (January's long, up through the month and year rows
        but never through a text), then the ruler's texts where the layout put them."""
        t, s, c = f.timeline, f.scale, f.colours
        assert t is not None
        rows = s.rows
        left, offset, ppm = rows.chart_left, s.offset, s.ppm
        tick_bottom = rows.ticks_top + 2 * rows.pad
        crossing = [box for box in f.ruler if box.kind in ("ban", "marker")]
        base = t.axis_start.year * 12 + t.axis_start.month - 1
        ticks = []
        for index in s.visible_indexes():
            x = left + (index - offset) * ppm
            if (base + index) % 12 == 0:
                for y1, y2 in line_gaps(x, rows.axis_top, tick_bottom, crossing, 1):
                    ticks.append(QLineF(x, y1, x, y2))
            else:
                ticks.append(QLineF(x, rows.ticks_top, x, tick_bottom))
        ticks.append(QLineF(left, tick_bottom, rows.chart_right, tick_bottom))
        p.setPen(QPen(c["grid"], 1))
        p.drawLines(ticks)
        p.setPen(c["text"])
        ascent = fm.ascent()
        for box in f.ruler:
            if box.kind == "ban" and f.high_contrast:  # a white ground over the dots
                p.fillRect(QRectF(box.left - 1, box.top, box.width + 2, box.height), c["base"])
            if box.kind != "marker":
                p.drawText(QPointF(box.left, box.top + ascent), box.text)

    # ------------------------------------------------------------ periods

    def segment_style(self, lane: Lane, segment: Segment, high_contrast: bool) -> Style:
        """The fill, an optional hatch over it, and the text colour."""
        key = (lane.name, segment.voluntary_switch, high_contrast)
        style = self._styles.get(key)
        if style is None:
            style = self._styles[key] = new_style(lane, segment, high_contrast)
        return style

    def _paint_segments(self, p: QPainter, f: Frame, fm: QFontMetrics) -> tuple[list, list]:
        """Fills, hatches, frames and arrows; returns the captions and the hover/focus
        outlines to draw over the conflict marks."""
        s, c, hc = f.scale, f.colours, f.high_contrast
        rows = s.rows
        left, right = rows.chart_left, rows.chart_right
        offset, ppm = s.offset, s.ppm
        ascent, descent = fm.ascent(), fm.descent()
        focused, hover = f.focused, f.hover
        outline = QPen(c["text"], 1)
        p.setPen(outline)
        p.setBrush(Qt.BrushStyle.NoBrush)
        later: list[tuple[QRectF, QColor, QPointF, str]] = []
        outlines: list[tuple[QRectF, QPen]] = []
        arrows: list[tuple[QRectF, QColor, bool]] = []
        groups: dict[tuple[str, bool, bool], list[QRectF]] = {}
        height = rows.lane_height - 2 * rows.pad
        for item in f.items:
            x1 = left + (item.start - offset) * ppm
            x2 = left + (item.end - offset) * ppm
            if x2 < left or x1 > right:
                continue
            segment = item.segment
            rect = QRectF(
                x1,
                rows.lanes_top + item.lane_index * rows.lane_height + rows.pad,
                max(1.0, x2 - x1),
                height,
            )
            fill, hatch, ink = self.segment_style(item.lane, segment, hc)
            key = (item.lane.name, segment.voluntary_switch, hc)
            groups.setdefault(key, []).append(rect)
            if hatch is not None:
                ink = c["text"]
            if item.open_right:
                arrows.append((rect, ink, True))
            if item.open_left:
                arrows.append((rect, ink, False))
            caption = f.caption(segment)
            if caption:
                shown_left = max(x1, left)
                width = self._width(caption)
                if width + 4 * rows.pad <= min(x2, right) - shown_left:
                    y = rect.top() + (height + ascent - descent) / 2
                    x = shown_left + 2 * rows.pad
                    back = c["base"] if hc else fill.color()
                    box = QRectF(x - rows.pad / 2, y - ascent, width + rows.pad, ascent + descent)
                    later.append((box, back, QPointF(x, y), caption))
            if segment == hover and segment != focused:
                outlines.append(
                    (rect.adjusted(-1, -1, 1, 1), QPen(c["text"], 2, Qt.PenStyle.DashLine))
                )
            if segment == focused:
                outlines.append((rect.adjusted(-2, -2, 2, 2), QPen(c["focus"], 3)))
        # one call per style (fill and frame), then the hatches over them
        for key, rects in groups.items():
            fill, hatch, _ink = self._styles[key]
            p.setPen(outline)
            p.setBrush(fill)
            p.drawRects(rects)
            if hatch is not None:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(hatch)
                p.drawRects(rects)
        for rect, ink, to_right in arrows:
            _paint_arrow(p, rect, ink, right=to_right)
        p.setBrush(Qt.BrushStyle.NoBrush)
        return later, outlines

    def _paint_captions(self, p: QPainter, f: Frame, captions: list, outlines: list) -> None:
        """Captions on a box of their period's fill (readable over a hatch), then the
        hover and focus outlines, above everything else in the lanes."""
        for box, back, point, text in captions:
            p.fillRect(box, back)
            p.setPen(QColor(Qt.GlobalColor.black) if f.high_contrast else text_on(back))
            p.drawText(point, text)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for rect, pen in outlines:
            p.setPen(pen)
            p.drawRect(rect)

    # ------------------------------------------------------------ rows

    def _paint_conflicts(self, p: QPainter, f: Frame, fm: QFontMetrics) -> None:
        t, s = f.timeline, f.scale
        assert t is not None
        if not t.conflict_months:
            return
        rows = s.rows
        strong = f.colours["conflict"]  # black in high contrast
        for first, last in index_runs(t.axis_start, t.conflict_months):
            x1, x2 = s.x(first), s.x(last + 1)
            if x2 < rows.chart_left or x1 > rows.chart_right:
                continue
            p.fillRect(QRectF(x1, rows.conflict_top, x2 - x1, rows.line), strong)
            p.setPen(text_on(strong))
            _paint_symbols(p, s, fm, first, last, rows.conflict_top, "!")
        # The conflicting stretches of the BOB (not voluntary) and paid IVT/IT periods:
        # crossed hatching in a frame (style.paint_conflict_hatch), never the single
        # diagonal of a voluntary switch.
        left, right = rows.chart_left, rows.chart_right
        offset, ppm = s.offset, s.ppm
        height = rows.lane_height - 2 * rows.pad
        parts: list[QRectF] = []
        for item in f.items:
            top = rows.lanes_top + item.lane_index * rows.lane_height + rows.pad
            for start, end in item.conflicts:
                x1 = left + (start - offset) * ppm
                x2 = left + (end - offset) * ppm
                if x2 < left or x1 > right:
                    continue
                parts.append(QRectF(x1, top, x2 - x1, height))
        paint_conflict_hatch(p, parts, f.colours)

    def _paint_retro(self, p: QPainter, f: Frame, fm: QFontMetrics) -> None:
        t, s = f.timeline, f.scale
        assert t is not None
        rows = s.rows
        fill = f.colours["retro"]  # black in high contrast
        for months, symbol in ((t.retro_owed, "+"), (t.retro_stop, "-")):
            for first, last in index_runs(t.axis_start, months):
                x1, x2 = s.x(first), s.x(last + 1)
                if x2 < rows.chart_left or x1 > rows.chart_right:
                    continue
                p.fillRect(QRectF(x1, rows.retro_top, x2 - x1, rows.line), fill)
                p.setPen(text_on(fill))
                _paint_symbols(p, s, fm, first, last, rows.retro_top, symbol)

    def _paint_query(self, p: QPainter, f: Frame, fm: QFontMetrics) -> None:
        t, s, c = f.timeline, f.scale, f.colours
        assert t is not None
        if t.query_window is None:
            return
        rows = s.rows
        x1 = s.x_of_day(t.axis_start, t.query_window.start)
        x2 = s.x_of_day(t.axis_start, t.query_window.end)
        top, bottom = rows.query_top + rows.pad, rows.query_top + rows.line
        mid = (top + bottom) / 2
        p.setPen(QPen(c["text"], 2))
        p.drawLine(QPointF(x1, top), QPointF(x1, bottom))
        p.drawLine(QPointF(x2, top), QPointF(x2, bottom))
        p.drawLine(QPointF(x1, mid), QPointF(x2, mid))
        text = f"{day(t.query_window.start)} - {day(t.query_window.end)}"
        width = fm.horizontalAdvance(text)
        left, right = max(x1, rows.chart_left), min(x2, rows.chart_right)
        if right - left >= width + 4 * rows.pad:
            x = (left + right - width) / 2
            y = rows.query_top + (rows.line + fm.ascent() - fm.descent()) / 2
            p.fillRect(
                QRectF(x - rows.pad, rows.query_top, width + 2 * rows.pad, rows.line), c["base"]
            )
            p.setPen(c["text"])
            p.drawText(QPointF(x, y), text)

    def _paint_markers(self, p: QPainter, f: Frame, fm: QFontMetrics) -> None:
        """Each marker's line from under its label down to the query row (broken where it
        would cross a text of the ruler), then the labels on their rows."""
        c = f.colours
        rows = f.scale.rows
        ascent = fm.ascent()
        for label in f.markers:
            marker = label.marker
            case = marker.kind in (APPLICATION, DEADLINE)
            if marker.kind == TODAY:
                pen = QPen(c["text"], 2)
            else:
                pen = QPen(c["text"], 1, Qt.PenStyle.DotLine if case else Qt.PenStyle.DashLine)
            p.setPen(pen)
            top = rows.axis_top if label.box is None else label.box.bottom
            others = [box for box in f.ruler if box is not label.box]
            for y1, y2 in line_gaps(label.x, top, rows.query_top, others, 1):
                p.drawLine(QPointF(label.x, y1), QPointF(label.x, y2))
        p.setPen(c["text"])
        for label in f.markers:
            if label.box is not None:
                p.drawText(QPointF(label.box.left, label.box.top + ascent), label.box.text)

    # ------------------------------------------------------------ around the chart

    def _paint_titles(self, p: QPainter, f: Frame, fm: QFontMetrics) -> None:
        t, s, c, names = f.timeline, f.scale, f.colours, f.labels
        assert t is not None
        rows = s.rows
        p.fillRect(QRectF(0, 0, rows.chart_left, rows.legend_top), c["base"])
        p.setPen(c["text"])
        x = rows.pad

        def title(text: str, top: float, height: float) -> None:
            p.drawText(QPointF(x, top + (height + fm.ascent() - fm.descent()) / 2), text)

        title(names.conflict, rows.conflict_top, rows.line)
        for index, lane in enumerate(t.lanes):
            title(names.lane(lane), s.lane_top(index), rows.lane_height)
        title(names.retro, rows.retro_top, rows.line)
        title(names.query, rows.query_top, rows.line)
        p.setPen(QPen(c["grid"], 1))
        p.drawLine(
            QPointF(rows.chart_left, rows.lanes_top), QPointF(rows.chart_left, rows.lanes_bottom)
        )

    def _paint_legend(self, p: QPainter, f: Frame, fm: QFontMetrics) -> None:
        rows, c, hc = f.scale.rows, f.colours, f.high_contrast
        swatch_w = 2 * fm.height()
        legend = f.labels.legend_for(hc)
        for index, x, y in rows.legend:
            box = QRectF(x, y + rows.pad / 2, swatch_w, fm.height() - rows.pad / 2)
            paint_swatch(p, index, box, c, hc)
            p.setPen(c["text"])
            p.drawText(QPointF(x + swatch_w + rows.pad, y + fm.ascent()), legend[index])


def _paint_arrow(p: QPainter, rect: QRectF, colour: QColor, *, right: bool) -> None:
    """A small triangle at an end that goes beyond the axis (or stays open)."""
    size = min(rect.height() / 3, 6.0)
    x = rect.right() - 2 if right else rect.left() + 2
    d = -size if right else size
    mid = rect.center().y()
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawPolygon([QPointF(x, mid), QPointF(x + d, mid - size), QPointF(x + d, mid + size)])
    p.restore()


def _paint_symbols(
    p: QPainter, s: Scale, fm: QFontMetrics, first: int, last: int, top: float, symbol: str
) -> None:
    """`symbol` in each month from `first` to `last` (or spaced out when months are narrow)."""
    rows: Rows = s.rows
    ppm = s.ppm
    width = fm.horizontalAdvance(symbol)
    y = top + (rows.line + fm.ascent() - fm.descent()) / 2
    if ppm >= width + 2:
        for index in range(max(first, int(s.offset)), last + 1):
            x = s.x(index)
            if x > rows.chart_right:
                break
            p.drawText(QPointF(x + (ppm - width) / 2, y), symbol)
    else:
        step = max(1, int((width + 3 * rows.pad) / ppm) + 1)
        end = s.x(last + 1)
        for index in range(first, last + 1, step):
            x = s.x(index) + 1
            if x + width <= end:
                p.drawText(QPointF(x, y), symbol)
