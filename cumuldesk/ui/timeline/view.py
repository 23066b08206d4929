"""The dossier timeline widget: months from age 17 to 24, one lane per benefit, the ban
window shaded, conflict months red and cross-hatched in a frame with a "!" row (a
voluntary switch: a single diagonal hatch), the query window as a bracket,
retroactive-change months, birthdays, today and the case's dates marked; the labels above
the chart never overlap (`text_rects()` tells where each text goes).

Mouse: hover a period for its dates, amount and regulation; wheel or Shift+wheel scrolls,
Ctrl+wheel zooms. Keyboard (Tab into it): Left/Right previous/next period, Up/Down the
lane above/below, Shift+Left/Right or Page Up/Down scroll, Home/End the start/end,
+/- zoom, 0 shows everything. The data is a `services.dossiers.timeline.Timeline`; this module
holds the widget's state and events (data, focus, zoom/scroll, tooltips, accessibility);
the geometry is in `ui.timeline.layout`, the words in `ui.timeline.texts`, the drawing
in `ui.timeline.paint`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from cumuldesk.domain.months import Month
from cumuldesk.services.dossiers.timeline import Lane, Segment, Timeline
from cumuldesk.ui.timeline import texts as timeline_texts
from cumuldesk.ui.timeline.layout import (
    MarkerLabel,
    PlacedPeriod,
    Rows,
    Scale,
    TextBox,
    compute_rows,
    marker_rows_needed,
    place_marker_labels,
    place_periods,
    ruler_texts,
    segment_at,
)
from cumuldesk.ui.timeline.paint import Frame, TimelinePainter
from cumuldesk.ui.timeline.style import colours

ZOOM_STEP = 1.5
MIN_VISIBLE_MONTHS = 3


class TimelineWidget(QWidget):
    """Painter-drawn timeline of one dossier; `set_timeline(t)` shows it (None: empty)."""

    segment_focused = Signal(object)  # the Segment with keyboard focus/clicked, or None
    status_changed = Signal(str)  # the text about what is hovered or focused

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline: Timeline | None = None
        self._order: list[tuple[Lane, Segment]] = []
        self._items: list[PlacedPeriod] = []
        self._spans: dict[Segment, tuple[float, float]] = {}
        self._total = 85  # months on the axis
        self._painter = TimelinePainter()
        self._captions: dict[Segment, str] = {}
        self._zoom = 1.0  # 1: the whole axis fits
        self._offset = 0.0  # months between the axis start and the left edge
        self._focus: int | None = None  # index into _order
        self._hover: tuple[Lane, Segment] | None = None
        self._status = ""
        self._high_contrast = False
        self._rows_cache: tuple[tuple[int, int], Rows] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        sizing = self.sizePolicy()
        sizing.setHeightForWidth(True)
        self.setSizePolicy(sizing)
        self.retranslate_ui()

    # ----------------------------------------------------------------- texts

    def retranslate_ui(self) -> None:
        self._labels = timeline_texts.labels()
        self.setAccessibleName(self.tr("Timeline"))
        self._rows_cache = None
        self._painter.forget_metrics()
        self._captions = {}
        self._update_description()
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._rows_cache = None
            self._painter.forget_metrics()
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def segment_text(self, lane: Lane, segment: Segment) -> str:
        """Dates, monthly amount and regulation of a period, in words."""
        return timeline_texts.segment_text(self._timeline, self._labels, lane, segment)

    def _segment_caption(self, segment: Segment) -> str:
        caption = self._captions.get(segment)
        if caption is None:
            caption = self._captions[segment] = timeline_texts.caption(segment)
        return caption

    def _update_description(self) -> None:
        self.setAccessibleDescription(timeline_texts.describe(self._timeline, self._labels))

    # ------------------------------------------------------------------ data

    def timeline(self) -> Timeline | None:
        return self._timeline

    def set_timeline(self, timeline: Timeline | None) -> None:
        self._timeline = timeline
        self._order = timeline.segments() if timeline is not None else []
        if timeline is None:
            self._items, self._spans = [], {}
        else:
            self._total = len(timeline.axis)
            self._items, self._spans = place_periods(timeline)
        self._rows_cache = None  # the marker rows follow the markers
        self.updateGeometry()
        self._zoom = 1.0
        self._offset = 0.0
        self._focus = None
        self._hover = None
        self._set_status("")
        self._update_description()
        self.update()

    def set_high_contrast(self, on: bool) -> None:
        """Black, white and patterns only."""
        self._high_contrast = on
        self._rows_cache = None  # the legend's texts differ
        self.updateGeometry()
        self.update()

    def high_contrast(self) -> bool:
        return self._high_contrast

    def legend_texts(self) -> tuple[str, ...]:
        """The legend's texts as drawn under the chart (they differ in high contrast)."""
        return self._labels.legend_for(self._high_contrast)

    def status_text(self) -> str:
        """What the widget says about the hovered or focused period (also the tooltip)."""
        return self._status

    def focused_segment(self) -> Segment | None:
        return None if self._focus is None else self._order[self._focus][1]

    def focus_segment(self, segment: Segment | None) -> None:
        """Give keyboard focus to `segment` (e.g. the row chosen in the periods table)."""
        for index, (_lane, seg) in enumerate(self._order):
            if seg == segment:
                self._set_focus_index(index)
                return
        self._set_focus_index(None)

    # ---------------------------------------------------------------- layout

    def _rows(self) -> Rows:
        key = (self.width(), self.height())
        if self._rows_cache is not None and self._rows_cache[0] == key:
            return self._rows_cache[1]
        rows = self._compute_rows(self.width())
        self._rows_cache = (key, rows)
        return rows

    def _compute_rows(self, width: int) -> Rows:
        """The rows for `width`, with as many marker rows as the labels need when the
        whole axis is shown (the most crowded view)."""
        fm = self.fontMetrics()
        names = self._labels
        legend = names.legend_for(self._high_contrast)
        rows = compute_rows(width, fm.height(), fm.horizontalAdvance, names.titles(), legend)
        t = self._timeline
        if t is None or width <= 0:
            return rows
        whole = Scale(rows, 0.0, (rows.chart_right - rows.chart_left) / self._total, 0, 0)
        needed = marker_rows_needed(t, whole, names.markers, fm.horizontalAdvance, fm.height())
        if needed == rows.marker_rows:
            return rows
        return compute_rows(
            width, fm.height(), fm.horizontalAdvance, names.titles(), legend, needed
        )

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._compute_rows(width).height

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        fm = self.fontMetrics()
        width = self._compute_rows(0).gutter + 86 * fm.horizontalAdvance("00") // 2 * 2
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        fm = self.fontMetrics()
        # the label rows the present width needs (at no width every label would stack on
        # its own row, and the window would ask for more height than a screen has)
        width = self.width() if self.width() > 0 else self.sizeHint().width()
        rows = self._compute_rows(width)
        return QSize(rows.gutter + 30 * fm.horizontalAdvance("0"), rows.legend_top)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._rows_cache = None
        self._clamp()
        super().resizeEvent(event)

    # ------------------------------------------------------------ zoom/scroll

    def _chart_width(self) -> int:
        rows = self._rows()
        return max(1, rows.chart_right - rows.chart_left)

    def _px_per_month(self) -> float:
        return self._chart_width() / self._total * self._zoom

    def months_per_pixel(self) -> float:
        return 1 / self._px_per_month()

    def _visible_months(self) -> float:
        return self._total / self._zoom

    def _max_zoom(self) -> float:
        return max(1.0, self._total / MIN_VISIBLE_MONTHS)

    def _clamp(self) -> None:
        self._zoom = min(max(self._zoom, 1.0), self._max_zoom())
        self._offset = min(max(self._offset, 0.0), self._total - self._visible_months())

    def _scale(self) -> Scale:
        """The current zoom and scroll, for placing, hit-testing and painting."""
        return Scale(
            self._rows(), self._offset, self._px_per_month(), self._visible_months(), self._total
        )

    def visible_range(self) -> tuple[Month, Month] | None:
        """The first and last month (partly) on screen; None without a timeline."""
        t = self._timeline
        if t is None:
            return None
        last = min(self._total - 1, int(self._offset + self._visible_months() - 1e-6))
        return t.axis_start + int(self._offset), t.axis_start + last

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in (factor > 1) or out around `anchor_x` (widget x; default the centre)."""
        rows = self._rows()
        if anchor_x is None:
            anchor_x = (rows.chart_left + rows.chart_right) / 2
        anchor = self._offset + (anchor_x - rows.chart_left) / self._px_per_month()
        self._zoom *= factor
        self._clamp()
        self._offset = anchor - (anchor_x - rows.chart_left) / self._px_per_month()
        self._clamp()
        self.update()

    def reset_zoom(self) -> None:
        self._zoom, self._offset = 1.0, 0.0
        self.update()

    def scroll_months(self, months: float) -> None:
        self._offset += months
        self._clamp()
        self.update()

    def _ruler(self, scale: Scale) -> tuple[list[MarkerLabel], list[TextBox]]:
        """The visible markers with their labels, and every text above the lanes."""
        t = self._timeline
        if t is None:
            return [], []
        fm = self.fontMetrics()
        rows = scale.rows
        markers = place_marker_labels(
            t, scale, self._labels.markers, fm.horizontalAdvance, fm.height(), rows.marker_rows
        )
        texts = ruler_texts(t, scale, self._labels.ban, markers, fm.horizontalAdvance, fm.height())
        return markers, texts

    def text_rects(self) -> list[tuple[str, QRectF]]:
        """Every text drawn above the lanes (marker labels, years, month numbers, the ban
        window's label) with its rectangle in widget coordinates, for the current size,
        font, zoom and scroll: what the painter draws, so tests can check none overlap."""
        _markers, texts = self._ruler(self._scale())
        return [(box.text, QRectF(box.left, box.top, box.width, box.height)) for box in texts]

    def _segment_span(self, segment: Segment) -> tuple[float, float]:
        scale = self._scale()
        start, end = self._spans[segment]
        return scale.x(start), scale.x(end)

    def _segment_rect(self, lane_index: int, segment: Segment) -> QRectF:
        rows = self._rows()
        x1, x2 = self._segment_span(segment)
        inset = rows.pad
        top = rows.lanes_top + lane_index * rows.lane_height + inset
        return QRectF(x1, top, max(1.0, x2 - x1), rows.lane_height - 2 * inset)

    def segment_rect(self, segment: Segment) -> QRectF | None:
        """Where a period is drawn now (None when it is not on this timeline)."""
        for lane, seg in self._order:
            if seg == segment:
                return self._segment_rect(self._lane_index(lane), segment)
        return None

    def _ensure_visible(self, segment: Segment) -> None:
        rows = self._rows()
        x1, x2 = self._segment_span(segment)
        ppm = self._px_per_month()
        if x1 < rows.chart_left:
            self.scroll_months((x1 - rows.chart_left) / ppm - 0.5)
        elif x1 > rows.chart_right - ppm:
            self.scroll_months((min(x2, x1 + self._chart_width() / 2) - rows.chart_right) / ppm)

    # ------------------------------------------------------------- hit tests

    def _lane_index(self, lane: Lane) -> int:
        assert self._timeline is not None
        return self._timeline.lanes.index(lane)

    def segment_at(self, pos: QPoint | QPointF) -> tuple[Lane, Segment] | None:
        t = self._timeline
        if t is None:
            return None
        return segment_at(t, self._spans, self._scale(), pos.x(), pos.y())

    def text_at(self, pos: QPoint | QPointF) -> str:
        """The tooltip for this point of the widget ("" when there is nothing there)."""
        t = self._timeline
        if t is None:
            return ""
        hit = self.segment_at(pos)
        if hit is not None:
            return self.segment_text(*hit)
        return timeline_texts.point_text(t, self._labels, self._scale(), pos.x(), pos.y())

    # ----------------------------------------------------------------- events

    def _set_status(self, text: str) -> None:
        if text != self._status:
            self._status = text
            self.status_changed.emit(text)

    def _set_focus_index(self, index: int | None) -> None:
        self._focus = index
        segment = self.focused_segment()
        if index is not None and segment is not None:
            lane = self._order[index][0]
            self._ensure_visible(segment)
            text = self.segment_text(lane, segment)
            self._set_status(text)
            rect = self._segment_rect(self._lane_index(lane), segment).toRect()
            rows = self._rows()
            anchor = QPoint(max(rect.left(), rows.chart_left) + rows.pad, rect.bottom() + rows.pad)
            if self.isVisible():
                QToolTip.showText(self.mapToGlobal(anchor), text, self)
        else:
            self._set_status("")
        self.segment_focused.emit(segment)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.text_at(event.pos()) or self._labels.keys_help
            QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        pos = event.position()
        hit = self.segment_at(pos)
        if hit != self._hover:
            self._hover = hit
            self.update()
        text = self.text_at(pos)
        if text or self._focus is None:
            self._set_status(text)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if self._hover is not None:
            self._hover = None
            self.update()
        focus = self._focus
        self._set_status("" if focus is None else self.segment_text(*self._order[focus]))
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        hit = self.segment_at(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self._set_focus_index(self._order.index(hit))
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt API)
        delta = event.angleDelta()
        steps = (delta.y() or delta.x()) / 120
        if not steps:
            return super().wheelEvent(event)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP**steps, event.position().x())
        else:
            self.scroll_months(-steps * max(1.0, self._visible_months() / 10))
        event.accept()

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._focus is None and self._order:
            first = next(
                (
                    i
                    for i, (_l, s) in enumerate(self._order)
                    if self._segment_span(s)[1] > self._rows().chart_left
                ),
                0,
            )
            self._set_focus_index(first)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.update()
        super().focusOutEvent(event)

    def _neighbour_lane(self, step: int) -> int | None:
        if self._focus is None or self._timeline is None:
            return None
        lane, segment = self._order[self._focus]
        lanes = self._timeline.lanes
        index = self._lane_index(lane) + step
        while 0 <= index < len(lanes):
            candidates = lanes[index].segments
            if candidates:
                best = min(candidates, key=lambda s: abs((s.start - segment.start).days))
                return self._order.index((lanes[index], best))
            index += step
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        page = self._visible_months()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.reset_zoom()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and (shift or not self._order):
            self.scroll_months((page / 8) * (-1 if key == Qt.Key.Key_Left else 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            current = self._focus if self._focus is not None else (-1 if step > 0 else 0)
            self._set_focus_index(min(max(current + step, 0), len(self._order) - 1))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._focus is not None:
            found = self._neighbour_lane(-1 if key == Qt.Key.Key_Up else 1)
            if found is not None:
                self._set_focus_index(found)
        elif key == Qt.Key.Key_PageUp:
            self.scroll_months(-page)
        elif key == Qt.Key.Key_PageDown:
            self.scroll_months(page)
        elif key == Qt.Key.Key_Home:
            self.scroll_months(-self._total)
        elif key == Qt.Key.Key_End:
            self.scroll_months(self._total)
        elif key == Qt.Key.Key_Escape and self._focus is not None:
            self._set_focus_index(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # ------------------------------------------------------------------ paint

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        scale = self._scale()
        markers, ruler = self._ruler(scale)
        frame = Frame(
            timeline=self._timeline,
            items=self._items,
            scale=scale,
            labels=self._labels,
            colours=colours(self.palette(), self._high_contrast),
            high_contrast=self._high_contrast,
            focused=self.focused_segment(),
            hover=self._hover[1] if self._hover is not None else None,
            focus_frame=self.hasFocus() and self._focus is None,
            caption=self._segment_caption,
            markers=markers,
            ruler=ruler,
        )
        painter = QPainter(self)
        try:
            self._painter.paint(painter, self.rect(), self.font(), self.fontMetrics(), frame)
        finally:
            painter.end()
