"""The dossier timeline, drawn with QPainter: months from age 17 to 24, one lane per
benefit, the ban window shaded, conflict months in red with a hatch and a "!" row, the
query window as a bracket, retroactive-change months, birthdays and today marked.

Mouse: hover a period for its dates, amount and regulation; wheel or Shift+wheel scrolls,
Ctrl+wheel zooms. Keyboard (Tab into it): Left/Right previous/next period, Up/Down the
lane above/below, Shift+Left/Right or Page Up/Down scroll, Home/End the start/end,
+/- zoom, 0 shows everything. The data is a `services.timeline.Timeline`; this module
only lays it out and paints it (sizes from the font metrics, colours from the palette).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from cumuldesk.domain.months import Month, days_in_month
from cumuldesk.services.timeline import (
    AGE_18,
    AGE_21,
    AGE_24,
    APPLICATION,
    DEADLINE,
    LANE_BOB,
    LANE_IT,
    LANE_IVT,
    LANE_ZORGTOESLAG,
    TODAY,
    Lane,
    Segment,
    Timeline,
)
from cumuldesk.ui.formatting import day, money_eur, month_label

ZOOM_STEP = 1.5
MIN_VISIBLE_MONTHS = 3
DESCRIBE_MAX = 6  # periods listed per lane in the accessible description

# Colour-blind safe (Okabe-Ito) fills; text on them picked for contrast.
LANE_COLOURS = {
    LANE_BOB: QColor("#0072B2"),
    LANE_IVT: QColor("#E69F00"),
    LANE_IT: QColor("#009E73"),
    LANE_ZORGTOESLAG: QColor("#CC79A7"),
}
VOLUNTARY_FILL = QColor("#A9CFEA")
CONFLICT = QColor("#C62828")
RETRO = QColor("#4A2C8F")
# High contrast: black on white, told apart by pattern.
HC_PATTERNS = {
    LANE_BOB: Qt.BrushStyle.HorPattern,
    LANE_IVT: Qt.BrushStyle.VerPattern,
    LANE_IT: Qt.BrushStyle.CrossPattern,
    LANE_ZORGTOESLAG: Qt.BrushStyle.Dense6Pattern,
}


_TEXT_ON: dict[int, QColor] = {}


def _text_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on `fill` (relative luminance)."""
    key = fill.rgba()
    if key not in _TEXT_ON:
        _TEXT_ON[key] = _contrasting(fill)
    return _TEXT_ON[key]


def _contrasting(fill: QColor) -> QColor:

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(fill.red()) + 0.7152 * channel(fill.green())
    lum += 0.0722 * channel(fill.blue())
    return QColor(Qt.GlobalColor.black) if lum > 0.179 else QColor(Qt.GlobalColor.white)


def _month_pos(axis_start: Month, value: date) -> float:
    """Months from the start of the axis to `value` (fractional within its month)."""
    whole = axis_start.months_until(Month.of(value))
    return whole + (value.day - 1) / days_in_month(value.year, value.month)


def _runs(axis_start: Month, months: tuple[Month, ...]) -> list[tuple[int, int]]:
    """Consecutive months as (first, last) month indexes from the axis start."""
    runs: list[tuple[int, int]] = []
    for month in months:
        index = axis_start.months_until(month)
        if runs and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


@dataclass(frozen=True)
class _Item:
    """A period with its place on the axis, in months from the axis start."""

    lane_index: int
    lane: Lane
    segment: Segment
    start: float
    end: float
    conflicts: tuple[tuple[float, float], ...]  # conflicting stretches (hatched)
    open_right: bool  # open or beyond age 24: an arrow at the right end
    open_left: bool  # starts before age 17: an arrow at the left end


@dataclass(frozen=True)
class _Rows:
    """Vertical layout (from the font metrics) and the chart's horizontal extent."""

    line: int  # one text line with padding
    pad: int
    gutter: int  # width of the row titles on the left
    chart_left: int
    chart_right: int
    markers_top: int
    axis_top: int
    conflict_top: int
    lanes_top: int
    lane_height: int
    retro_top: int
    query_top: int
    legend_top: int
    legend: tuple[tuple[int, int, int], ...]  # (item index, x, y) of each legend item
    height: int

    @property
    def lanes_bottom(self) -> int:
        return self.retro_top

    @property
    def chart_bottom(self) -> int:
        return self.legend_top - self.pad


class TimelineWidget(QWidget):
    """Painter-drawn timeline of one dossier; `set_timeline(t)` shows it (None: empty)."""

    segment_focused = Signal(object)  # the Segment with keyboard focus/clicked, or None
    status_changed = Signal(str)  # the text about what is hovered or focused

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline: Timeline | None = None
        self._order: list[tuple[Lane, Segment]] = []
        self._items: list[_Item] = []
        self._spans: dict[Segment, tuple[float, float]] = {}
        self._total = 85  # months on the axis
        self._widths: dict[str, int] = {}  # text widths in the current font
        self._styles: dict[tuple[str, bool, bool], tuple[QBrush, QBrush | None, QColor]] = {}
        self._captions: dict[Segment, str] = {}
        self._ascent = self._descent = 0
        self._zoom = 1.0  # 1: the whole axis fits
        self._offset = 0.0  # months between the axis start and the left edge
        self._focus: int | None = None  # index into _order
        self._hover: tuple[Lane, Segment] | None = None
        self._status = ""
        self._high_contrast = False
        self._rows_cache: tuple[tuple[int, int], _Rows] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        sizing = self.sizePolicy()
        sizing.setHeightForWidth(True)
        self.setSizePolicy(sizing)
        self.retranslate_ui()

    # ----------------------------------------------------------------- texts

    def retranslate_ui(self) -> None:
        self._lane_names = {
            LANE_BOB: self.tr("BOB"),
            LANE_IVT: self.tr("IVT"),
            LANE_IT: self.tr("IT"),
            LANE_ZORGTOESLAG: self.tr("Zorgtoeslag"),
        }
        self._marker_names = {
            AGE_18: self.tr("Age 18"),
            AGE_21: self.tr("Age 21"),
            AGE_24: self.tr("Age 24"),
            TODAY: self.tr("Today"),
            APPLICATION: self.tr("Application"),
            DEADLINE: self.tr("Deadline"),
        }
        self._conflict_title = self.tr("Conflict")
        self._retro_title = self.tr("Retroactive")
        self._query_title = self.tr("Query window")
        self._ban_title = self.tr("Ban window")
        self._legend_texts = (
            self.tr("BOB, voluntary switch (hatched)"),
            self.tr("Conflict month: BOB and paid IVT/IT (red, hatched)"),
            self.tr("Ban window (shaded)"),
            self.tr("Query window (bracket)"),
            self.tr("+ BOB owed again, - BOB must stop (retroactive change)"),
            self.tr("Birthdays (dashed line), today (solid line)"),
        )
        self._keys_help = self.tr(
            "Left/Right: previous/next period; Up/Down: other lane; Shift+Left/Right, "
            "Page Up/Down: scroll; Home/End: start/end; +/-: zoom; 0: show all"
        )
        self.setAccessibleName(self.tr("Timeline"))
        self._rows_cache = None
        self._widths = {}
        self._captions = {}
        self._update_description()
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._rows_cache = None
            self._widths = {}
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    # ------------------------------------------------------------------ data

    def timeline(self) -> Timeline | None:
        return self._timeline

    def set_timeline(self, timeline: Timeline | None) -> None:
        self._timeline = timeline
        self._order = timeline.segments() if timeline is not None else []
        self._prepare()
        self._zoom = 1.0
        self._offset = 0.0
        self._focus = None
        self._hover = None
        self._set_status("")
        self._update_description()
        self.update()

    def _prepare(self) -> None:
        """Month positions of every period and of its conflicting stretches (once per
        timeline: painting only scales them)."""
        t = self._timeline
        self._items, self._spans = [], {}
        if t is None:
            return
        self._total = len(t.axis)
        total = float(self._total)
        runs = _runs(t.axis_start, t.conflict_months)
        for index, lane in enumerate(t.lanes):
            for segment in lane.segments:
                start = max(_month_pos(t.axis_start, segment.start), 0.0)
                if segment.end is None:
                    end = total
                else:
                    end = min(_month_pos(t.axis_start, segment.end) + 1 / 31, total)
                    end = max(end, start + 1 / 31)
                conflicting = segment.can_conflict
                parts = tuple(
                    (max(start, first), min(end, last + 1.0))
                    for first, last in runs
                    if conflicting and first < end and last + 1 > start
                )
                self._spans[segment] = (start, end)
                self._items.append(
                    _Item(
                        index,
                        lane,
                        segment,
                        start,
                        end,
                        parts,
                        t.ends_after_axis(segment),
                        t.starts_before_axis(segment),
                    )
                )

    def _width(self, text: str) -> int:
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self.fontMetrics().horizontalAdvance(text)
        return width

    def set_high_contrast(self, on: bool) -> None:
        """Black, white and patterns only."""
        self._high_contrast = on
        self.update()

    def high_contrast(self) -> bool:
        return self._high_contrast

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

    def segment_text(self, lane: Lane, segment: Segment) -> str:
        """Dates, monthly amount and regulation of a period, in words."""
        t = self._timeline
        end = day(segment.end) if segment.end is not None else self.tr("open (still running)")
        parts = [
            self.tr("%1: %2 to %3")
            .replace("%1", self._lane_names.get(lane.name, lane.name))
            .replace("%2", day(segment.start))
            .replace("%3", end),
            self.tr("Monthly amount: %1").replace(
                "%1", money_eur(segment.amount) if segment.amount is not None else self.tr("-")
            ),
            self.tr("Regulation: %1").replace("%1", segment.regulation),
        ]
        if segment.points is not None:
            parts.append(self._points_text(segment))
        if segment.voluntary_switch:
            parts.append(self.tr("Voluntary switch: BOB is kept, no conflict"))
        if t is not None:
            conflicts = t.conflicts_in(segment)
            if conflicts:
                parts.append(
                    self.tr("Conflict months in this period: %1").replace("%1", str(conflicts))
                )
            if t.starts_before_axis(segment):
                parts.append(
                    self.tr("Starts before age 17: the timeline shows it from %1").replace(
                        "%1", month_label(t.axis_start)
                    )
                )
            if segment.end is not None and t.ends_after_axis(segment):
                parts.append(
                    self.tr("Ends after age 24: the timeline shows it until %1").replace(
                        "%1", month_label(t.axis_end)
                    )
                )
        return "\n".join(p for p in parts if p)

    def _points_text(self, segment: Segment) -> str:
        return (
            self.tr("%1 points (%2 in pillar 1)")
            .replace("%1", str(segment.points))
            .replace("%2", str(segment.pillar1_points))
        )

    def _update_description(self) -> None:
        t = self._timeline
        if t is None:
            self.setAccessibleDescription(self.tr("No dossier shown."))
            return
        lines = [
            self.tr("Months from %1 (age 17) to %2 (age 24).")
            .replace("%1", month_label(t.axis_start))
            .replace("%2", month_label(t.axis_end))
        ]
        for lane in t.lanes:
            name = self._lane_names.get(lane.name, lane.name)
            if not lane.segments:
                lines.append(self.tr("%1: no periods.").replace("%1", name))
                continue
            shown = [
                f"{day(s.start)} - {day(s.end) if s.end else self.tr('open')}"
                + (f" {money_eur(s.amount)}" if s.amount is not None else "")
                + (f" ({self.tr('voluntary switch')})" if s.voluntary_switch else "")
                for s in lane.segments[:DESCRIBE_MAX]
            ]
            more = len(lane.segments) - DESCRIBE_MAX
            if more > 0:
                shown.append(self.tr("and %1 more").replace("%1", str(more)))
            lines.append(f"{name}: {'; '.join(shown)}.")
        if t.conflict_months:
            lines.append(
                self.tr("%1 conflict months, from %2 to %3.")
                .replace("%1", str(len(t.conflict_months)))
                .replace("%2", month_label(t.conflict_months[0]))
                .replace("%3", month_label(t.conflict_months[-1]))
            )
        else:
            lines.append(self.tr("No conflict months."))
        if t.ban_window is not None:
            lines.append(
                self.tr("Ban window %1 to %2.")
                .replace("%1", month_label(t.ban_window.start))
                .replace("%2", month_label(t.ban_window.end))
            )
        if t.query_window is not None:
            lines.append(
                self.tr("Query window %1 to %2.")
                .replace("%1", day(t.query_window.start))
                .replace("%2", day(t.query_window.end))
            )
        if t.retro_months:
            lines.append(
                self.tr("Retroactive change affects %1 months.").replace(
                    "%1", str(len(t.retro_months))
                )
            )
        self.setAccessibleDescription(" ".join(lines))

    # ---------------------------------------------------------------- layout

    def _rows(self) -> _Rows:
        key = (self.width(), self.height())
        if self._rows_cache is not None and self._rows_cache[0] == key:
            return self._rows_cache[1]
        rows = self._compute_rows(self.width())
        self._rows_cache = (key, rows)
        return rows

    def _compute_rows(self, width: int) -> _Rows:
        fm = self.fontMetrics()
        pad = max(2, fm.height() // 5)
        line = fm.height() + pad
        titles = [*self._lane_names.values(), self._conflict_title, self._retro_title]
        titles.append(self._query_title)
        gutter = max(fm.horizontalAdvance(text) for text in titles) + 3 * pad
        lane_height = fm.height() * 2
        top = pad
        markers_top = top
        axis_top = markers_top + 2 * line
        conflict_top = axis_top + 2 * line
        lanes_top = conflict_top + line + pad
        retro_top = lanes_top + 4 * lane_height
        query_top = retro_top + line + pad
        legend_top = query_top + line + 2 * pad
        legend: list[tuple[int, int, int]] = []
        x, y = pad, legend_top
        swatch = 2 * fm.height()
        for index, text in enumerate(self._legend_texts):
            item = swatch + pad + fm.horizontalAdvance(text) + 3 * pad
            if x > pad and x + item > width:
                x, y = pad, y + line
            legend.append((index, x, y))
            x += item
        height = y + line + pad
        return _Rows(
            line=line,
            pad=pad,
            gutter=gutter,
            chart_left=gutter,
            chart_right=max(gutter + 10, width - pad),
            markers_top=markers_top,
            axis_top=axis_top,
            conflict_top=conflict_top,
            lanes_top=lanes_top,
            lane_height=lane_height,
            retro_top=retro_top,
            query_top=query_top,
            legend_top=legend_top,
            legend=tuple(legend),
            height=height,
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
        rows = self._compute_rows(0)
        return QSize(rows.gutter + 30 * fm.horizontalAdvance("0"), rows.legend_top)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._rows_cache = None
        self._clamp()
        super().resizeEvent(event)

    # ------------------------------------------------------------ zoom/scroll

    def _months_total(self) -> int:
        return self._total

    def _chart_width(self) -> int:
        rows = self._rows()
        return max(1, rows.chart_right - rows.chart_left)

    def _px_per_month(self) -> float:
        return self._chart_width() / self._months_total() * self._zoom

    def months_per_pixel(self) -> float:
        return 1 / self._px_per_month()

    def _visible_months(self) -> float:
        return self._months_total() / self._zoom

    def _max_zoom(self) -> float:
        return max(1.0, self._months_total() / MIN_VISIBLE_MONTHS)

    def _clamp(self) -> None:
        self._zoom = min(max(self._zoom, 1.0), self._max_zoom())
        self._offset = min(max(self._offset, 0.0), self._months_total() - self._visible_months())

    def visible_range(self) -> tuple[Month, Month] | None:
        """The first and last month (partly) on screen; None without a timeline."""
        t = self._timeline
        if t is None:
            return None
        last = min(self._months_total() - 1, int(self._offset + self._visible_months() - 1e-6))
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

    def _x(self, months: float) -> float:
        rows = self._rows()
        return rows.chart_left + (months - self._offset) * self._px_per_month()

    def _x_of_day(self, value: date) -> float:
        assert self._timeline is not None
        return self._x(_month_pos(self._timeline.axis_start, value))

    def _segment_span(self, segment: Segment) -> tuple[float, float]:
        start, end = self._spans[segment]
        return self._x(start), self._x(end)

    def _lane_top(self, index: int) -> int:
        rows = self._rows()
        return rows.lanes_top + index * rows.lane_height

    def _segment_rect(self, lane_index: int, segment: Segment) -> QRectF:
        rows = self._rows()
        x1, x2 = self._segment_span(segment)
        inset = rows.pad
        top = self._lane_top(lane_index) + inset
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
        rows = self._rows()
        if t is None or not rows.chart_left <= pos.x() <= rows.chart_right:
            return None
        for index, lane in enumerate(t.lanes):
            top = self._lane_top(index)
            if not top <= pos.y() < top + rows.lane_height:
                continue
            for segment in reversed(lane.segments):
                x1, x2 = self._segment_span(segment)
                if x1 - 2 <= pos.x() <= x2 + 2:
                    return lane, segment
        return None

    def _month_at(self, x: float) -> Month | None:
        t = self._timeline
        rows = self._rows()
        if t is None or not rows.chart_left <= x <= rows.chart_right:
            return None
        index = int(self._offset + (x - rows.chart_left) / self._px_per_month())
        return t.axis_start + index if 0 <= index < self._months_total() else None

    def text_at(self, pos: QPoint | QPointF) -> str:
        """The tooltip for this point of the widget ("" when there is nothing there)."""
        t = self._timeline
        if t is None:
            return ""
        hit = self.segment_at(pos)
        if hit is not None:
            return self.segment_text(*hit)
        rows = self._rows()
        month = self._month_at(pos.x())
        y = pos.y()
        if (
            month is not None
            and rows.conflict_top <= y < rows.lanes_top
            and (month in t.conflict_months)
        ):
            return self.tr("Conflict in %1: BOB and a paid IVT/IT in the ban window").replace(
                "%1", month_label(month)
            )
        if month is not None and rows.retro_top <= y < rows.query_top:
            if month in t.retro_owed:
                return self.tr("Retroactive change in %1: BOB owed again").replace(
                    "%1", month_label(month)
                )
            if month in t.retro_stop:
                return self.tr("Retroactive change in %1: BOB must stop").replace(
                    "%1", month_label(month)
                )
        if rows.query_top <= y < rows.legend_top and t.query_window is not None:
            x1 = self._x_of_day(t.query_window.start)
            x2 = self._x_of_day(t.query_window.end)
            if x1 - 2 <= pos.x() <= x2 + 2:
                return self._query_text()
        if rows.markers_top <= y < rows.legend_top:
            for marker in t.markers:
                if abs(self._x_of_day(marker.day) - pos.x()) <= max(3, rows.pad):
                    return f"{self._marker_names.get(marker.kind, marker.label)}: {day(marker.day)}"
        if month is not None and t.ban_window is not None and month in t.ban_window:
            return (
                self.tr("%1: in the ban window (%2 to %3)")
                .replace("%1", month_label(month))
                .replace("%2", month_label(t.ban_window.start))
                .replace("%3", month_label(t.ban_window.end))
            )
        return ""

    def _query_text(self) -> str:
        t = self._timeline
        assert t is not None and t.query_window is not None
        return (
            self.tr("Query window: %1 to %2")
            .replace("%1", day(t.query_window.start))
            .replace("%2", day(t.query_window.end))
        )

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
            text = self.text_at(event.pos()) or self._keys_help
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
        focused = self.focused_segment()
        self._set_status(
            "" if focused is None else self.segment_text(self._order[self._focus][0], focused)
        )
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
            self.scroll_months(-self._months_total())
        elif key == Qt.Key.Key_End:
            self.scroll_months(self._months_total())
        elif key == Qt.Key.Key_Escape and self._focus is not None:
            self._set_focus_index(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # ------------------------------------------------------------------ paint

    def _colours(self) -> dict[str, QColor]:
        if self._high_contrast:
            black, white = QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white)
            return {
                "base": white,
                "text": black,
                "grid": black,
                "alt": white,
                "shade": black,
                "focus": black,
            }
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        shade = QColor(
            (base.red() * 85 + text.red() * 15) // 100,
            (base.green() * 85 + text.green() * 15) // 100,
            (base.blue() * 85 + text.blue() * 15) // 100,
        )
        grid = pal.color(QPalette.ColorRole.Mid)
        return {
            "base": base,
            "text": text,
            "grid": grid,
            "alt": pal.color(QPalette.ColorRole.AlternateBase),
            "shade": shade,
            "focus": pal.color(QPalette.ColorRole.Highlight),
        }

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        c = self._colours()
        rows = self._rows()
        fm = self.fontMetrics()
        p.fillRect(self.rect(), c["base"])
        p.setFont(self.font())
        t = self._timeline
        if t is None:
            p.setPen(c["text"])
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No dossier shown"))
            return
        chart = QRectF(
            rows.chart_left,
            rows.markers_top,
            rows.chart_right - rows.chart_left,
            rows.chart_bottom - rows.markers_top,
        )
        p.save()
        p.setClipRect(chart)
        self._paint_bands(p, c, rows)
        self._paint_axis(p, c, rows, fm)
        self._ascent, self._descent = fm.ascent(), fm.descent()
        captions, outlines = self._paint_segments(p, c, rows)
        self._paint_conflicts(p, rows, fm)
        self._paint_captions(p, captions, outlines)
        self._paint_retro(p, rows, fm)
        self._paint_query(p, c, rows, fm)
        self._paint_markers(p, c, rows, fm)
        p.restore()
        self._paint_titles(p, c, rows, fm)
        self._paint_legend(p, c, rows, fm)
        if self.hasFocus() and self._focus is None:
            pen = QPen(c["focus"], 2, Qt.PenStyle.DotLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(chart.adjusted(1, 1, -1, -1))

    def _visible_months_iter(self) -> range:
        first = max(0, int(self._offset))
        last = min(self._months_total(), int(self._offset + self._visible_months()) + 1)
        return range(first, last)

    def _paint_bands(self, p: QPainter, c: dict[str, QColor], rows: _Rows) -> None:
        t = self._timeline
        assert t is not None
        for index in range(4):
            if index % 2:
                p.fillRect(
                    QRectF(
                        rows.chart_left,
                        self._lane_top(index),
                        rows.chart_right - rows.chart_left,
                        rows.lane_height,
                    ),
                    c["alt"],
                )
        if t.ban_window is not None:
            x1 = self._x(t.axis_start.months_until(t.ban_window.start))
            x2 = self._x(t.axis_start.months_until(t.ban_window.end) + 1)
            band = QRectF(
                x1,
                rows.axis_top + rows.line,
                x2 - x1,
                rows.chart_bottom - rows.axis_top - rows.line,
            )
            if self._high_contrast:
                p.fillRect(band, QBrush(c["shade"], Qt.BrushStyle.Dense7Pattern))
            else:
                p.fillRect(band, c["shade"])

    def _paint_axis(self, p: QPainter, c: dict[str, QColor], rows: _Rows, fm: QFontMetrics) -> None:
        """Month ticks (long at January), year labels, month numbers when they fit."""
        t = self._timeline
        assert t is not None
        left, offset, ppm = rows.chart_left, self._offset, self._px_per_month()
        year_y = rows.axis_top + fm.ascent() + rows.pad // 2
        month_y = year_y + rows.line
        tick_bottom = rows.axis_top + 2 * rows.line
        short_top = tick_bottom - rows.pad * 2
        label_months = ppm >= self._width("00") + rows.pad
        visible = self._visible_months_iter()
        base = t.axis_start.year * 12 + t.axis_start.month - 1
        ticks = []
        for index in visible:
            x = left + (index - offset) * ppm
            january = (base + index) % 12 == 0
            ticks.append(QLineF(x, rows.axis_top if january else short_top, x, tick_bottom))
        ticks.append(QLineF(left, tick_bottom, rows.chart_right, tick_bottom))
        p.setPen(QPen(c["grid"], 1))
        p.drawLines(ticks)
        p.setPen(c["text"])
        if not label_months and t.ban_window is not None:
            # the month row is free: name the shaded band there
            x1 = max(self._x(t.axis_start.months_until(t.ban_window.start)), left)
            x2 = min(self._x(t.axis_start.months_until(t.ban_window.end) + 1), rows.chart_right)
            width = self._width(self._ban_title)
            if x2 - x1 >= width + 2 * rows.pad:
                p.drawText(QPointF((x1 + x2 - width) / 2, month_y), self._ban_title)
        for index in visible:
            year, month0 = divmod(base + index, 12)
            x = left + (index - offset) * ppm
            if label_months:
                text = f"{month0 + 1:02d}"
                p.drawText(QPointF(x + (ppm - self._width(text)) / 2, month_y), text)
            if month0 == 0 or index == visible.start:
                x2 = left + (index + 12 - month0 - offset) * ppm
                shown = max(x, left)
                text = str(year)
                if min(x2, rows.chart_right) - shown >= self._width(text) + rows.pad:
                    p.drawText(QPointF(shown + rows.pad, year_y), text)

    def _segment_style(self, lane: Lane, segment: Segment) -> tuple[QBrush, QBrush | None, QColor]:
        """The fill, an optional hatch over it, and the text colour."""
        key = (lane.name, segment.voluntary_switch, self._high_contrast)
        style = self._styles.get(key)
        if style is None:
            style = self._styles[key] = self._new_style(lane, segment)
        return style

    def _new_style(self, lane: Lane, segment: Segment) -> tuple[QBrush, QBrush | None, QColor]:
        if self._high_contrast:
            black = QColor(Qt.GlobalColor.black)
            style = (
                Qt.BrushStyle.DiagCrossPattern
                if segment.voluntary_switch
                else HC_PATTERNS.get(lane.name, Qt.BrushStyle.SolidPattern)
            )
            return QBrush(QColor(Qt.GlobalColor.white)), QBrush(black, style), black
        colour = LANE_COLOURS.get(lane.name, QColor("#777777"))
        if segment.voluntary_switch:
            return (
                QBrush(VOLUNTARY_FILL),
                QBrush(colour, Qt.BrushStyle.BDiagPattern),
                _text_on(VOLUNTARY_FILL),
            )
        return QBrush(colour), None, _text_on(colour)

    def _segment_caption(self, segment: Segment) -> str:
        caption = self._captions.get(segment)
        if caption is None:
            caption = self._captions[segment] = self._new_caption(segment)
        return caption

    def _new_caption(self, segment: Segment) -> str:
        if segment.voluntary_switch:
            return self.tr("voluntary switch")
        if segment.amount is not None:
            return money_eur(segment.amount)
        return self._points_text(segment) if segment.points is not None else ""

    def _paint_segments(self, p: QPainter, c: dict[str, QColor], rows: _Rows) -> tuple[list, list]:
        """Fills, hatches, frames and arrows; returns the captions and the hover/focus
        outlines to draw over the conflict marks."""
        left, right = rows.chart_left, rows.chart_right
        offset, ppm = self._offset, self._px_per_month()
        focused = self.focused_segment()
        hover = self._hover[1] if self._hover is not None else None
        outline = QPen(c["text"], 1)
        p.setPen(outline)
        p.setBrush(Qt.BrushStyle.NoBrush)
        later: list[tuple[QRectF, QColor, QPointF, str]] = []
        outlines: list[tuple[QRectF, QPen]] = []
        arrows: list[tuple[QRectF, QColor, bool]] = []
        groups: dict[tuple[str, bool, bool], list[QRectF]] = {}
        height = rows.lane_height - 2 * rows.pad
        for item in self._items:
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
            fill, hatch, ink = self._segment_style(item.lane, segment)
            key = (item.lane.name, segment.voluntary_switch, self._high_contrast)
            groups.setdefault(key, []).append(rect)
            if hatch is not None:
                ink = c["text"]
            if item.open_right:
                arrows.append((rect, ink, True))
            if item.open_left:
                arrows.append((rect, ink, False))
            caption = self._segment_caption(segment)
            if caption:
                shown_left = max(x1, left)
                width = self._width(caption)
                if width + 4 * rows.pad <= min(x2, right) - shown_left:
                    y = rect.top() + (height + self._ascent - self._descent) / 2
                    x = shown_left + 2 * rows.pad
                    back = c["base"] if self._high_contrast else fill.color()
                    box = QRectF(
                        x - rows.pad / 2,
                        y - self._ascent,
                        width + rows.pad,
                        self._ascent + self._descent,
                    )
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
        for rect, ink, right in arrows:
            self._paint_arrow(p, rect, ink, right=right)
        p.setBrush(Qt.BrushStyle.NoBrush)
        return later, outlines

    def _paint_captions(self, p: QPainter, captions: list, outlines: list) -> None:
        """Captions on a box of their period's fill (readable over a hatch), then the
        hover and focus outlines, above everything else in the lanes."""
        for box, back, point, text in captions:
            p.fillRect(box, back)
            p.setPen(QColor(Qt.GlobalColor.black) if self._high_contrast else _text_on(back))
            p.drawText(point, text)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for rect, pen in outlines:
            p.setPen(pen)
            p.drawRect(rect)

    def _paint_arrow(self, p: QPainter, rect: QRectF, colour: QColor, *, right: bool) -> None:
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

    def _runs(self, months: tuple[Month, ...]) -> list[tuple[int, int]]:
        assert self._timeline is not None
        return _runs(self._timeline.axis_start, months)

    def _paint_symbols(
        self,
        p: QPainter,
        rows: _Rows,
        fm: QFontMetrics,
        first: int,
        last: int,
        top: float,
        symbol: str,
    ) -> None:
        ppm = self._px_per_month()
        width = fm.horizontalAdvance(symbol)
        y = top + (rows.line + fm.ascent() - fm.descent()) / 2
        if ppm >= width + 2:
            for index in range(max(first, int(self._offset)), last + 1):
                x = self._x(index)
                if x > rows.chart_right:
                    break
                p.drawText(QPointF(x + (ppm - width) / 2, y), symbol)
        else:
            step = max(1, int((width + 3 * rows.pad) / ppm) + 1)
            end = self._x(last + 1)
            for index in range(first, last + 1, step):
                x = self._x(index) + 1
                if x + width <= end:
                    p.drawText(QPointF(x, y), symbol)

    def _paint_conflicts(self, p: QPainter, rows: _Rows, fm: QFontMetrics) -> None:
        t = self._timeline
        assert t is not None
        if not t.conflict_months:
            return
        hc = self._high_contrast
        strong = QColor(Qt.GlobalColor.black) if hc else CONFLICT
        bar_rects = []
        for first, last in self._runs(t.conflict_months):
            x1, x2 = self._x(first), self._x(last + 1)
            if x2 < rows.chart_left or x1 > rows.chart_right:
                continue
            bar_rects.append((first, last, x1, x2))
            p.fillRect(QRectF(x1, rows.conflict_top, x2 - x1, rows.line), strong)
            p.setPen(QColor(Qt.GlobalColor.white))
            self._paint_symbols(p, rows, fm, first, last, rows.conflict_top, "!")
        # The conflicting stretches of the BOB (not voluntary) and paid IVT/IT periods: a
        # red hatch with a white one beside it (visible on any fill) and a red frame.
        red = QBrush(strong, Qt.BrushStyle.BDiagPattern)
        white = QBrush(QColor(Qt.GlobalColor.white), Qt.BrushStyle.BDiagPattern)
        left, right = rows.chart_left, rows.chart_right
        offset, ppm = self._offset, self._px_per_month()
        height = rows.lane_height - 2 * rows.pad
        parts: list[QRectF] = []
        for item in self._items:
            top = rows.lanes_top + item.lane_index * rows.lane_height + rows.pad
            for start, end in item.conflicts:
                x1 = left + (start - offset) * ppm
                x2 = left + (end - offset) * ppm
                if x2 < left or x1 > right:
                    continue
                parts.append(QRectF(x1, top, x2 - x1, height))
        if not parts:
            return
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrushOrigin(1, 0)
        p.setBrush(white)
        p.drawRects(parts)
        p.setBrushOrigin(0, 0)
        p.setBrush(red)
        p.drawRects(parts)
        p.setPen(QPen(strong, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRects(parts)

    def _paint_retro(self, p: QPainter, rows: _Rows, fm: QFontMetrics) -> None:
        t = self._timeline
        assert t is not None
        fill = QColor(Qt.GlobalColor.black) if self._high_contrast else RETRO
        for months, symbol in ((t.retro_owed, "+"), (t.retro_stop, "-")):
            for first, last in self._runs(months):
                x1, x2 = self._x(first), self._x(last + 1)
                if x2 < rows.chart_left or x1 > rows.chart_right:
                    continue
                p.fillRect(QRectF(x1, rows.retro_top, x2 - x1, rows.line), fill)
                p.setPen(QColor(Qt.GlobalColor.white))
                self._paint_symbols(p, rows, fm, first, last, rows.retro_top, symbol)

    def _paint_query(
        self, p: QPainter, c: dict[str, QColor], rows: _Rows, fm: QFontMetrics
    ) -> None:
        t = self._timeline
        assert t is not None
        if t.query_window is None:
            return
        x1 = self._x_of_day(t.query_window.start)
        x2 = self._x_of_day(t.query_window.end)
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

    def _paint_markers(
        self, p: QPainter, c: dict[str, QColor], rows: _Rows, fm: QFontMetrics
    ) -> None:
        t = self._timeline
        assert t is not None
        ends: list[float] = [-1e9, -1e9]  # right edge of the last label on each line
        for marker in t.markers:
            x = self._x_of_day(marker.day)
            if not rows.chart_left <= x <= rows.chart_right:
                continue
            case = marker.kind in (APPLICATION, DEADLINE)
            if marker.kind == TODAY:
                pen = QPen(c["text"], 2)
            else:
                pen = QPen(c["text"], 1, Qt.PenStyle.DotLine if case else Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(x, rows.markers_top + rows.line), QPointF(x, rows.query_top))
            text = self._marker_names.get(marker.kind, marker.label)
            width = fm.horizontalAdvance(text)
            left = min(max(x - width / 2, rows.chart_left), rows.chart_right - width)
            for line in (0, 1):
                if left >= ends[line] + rows.pad:
                    ends[line] = left + width
                    y = rows.markers_top + line * rows.line + fm.ascent()
                    p.fillRect(QRectF(left - 1, y - fm.ascent(), width + 2, fm.height()), c["base"])
                    p.setPen(c["text"])
                    p.drawText(QPointF(left, y), text)
                    break

    def _paint_titles(
        self, p: QPainter, c: dict[str, QColor], rows: _Rows, fm: QFontMetrics
    ) -> None:
        t = self._timeline
        assert t is not None
        p.fillRect(QRectF(0, 0, rows.chart_left, rows.legend_top), c["base"])
        p.setPen(c["text"])
        x = rows.pad

        def title(text: str, top: float, height: float) -> None:
            p.drawText(QPointF(x, top + (height + fm.ascent() - fm.descent()) / 2), text)

        title(self._conflict_title, rows.conflict_top, rows.line)
        for index, lane in enumerate(t.lanes):
            title(
                self._lane_names.get(lane.name, lane.name), self._lane_top(index), rows.lane_height
            )
        title(self._retro_title, rows.retro_top, rows.line)
        title(self._query_title, rows.query_top, rows.line)
        p.setPen(QPen(c["grid"], 1))
        p.drawLine(
            QPointF(rows.chart_left, rows.lanes_top), QPointF(rows.chart_left, rows.lanes_bottom)
        )

    def _paint_legend(
        self, p: QPainter, c: dict[str, QColor], rows: _Rows, fm: QFontMetrics
    ) -> None:
        hc = self._high_contrast
        black = QColor(Qt.GlobalColor.black)
        swatch_w = 2 * fm.height()
        for index, x, y in rows.legend:
            box = QRectF(x, y + rows.pad / 2, swatch_w, fm.height() - rows.pad / 2)
            p.setPen(Qt.PenStyle.NoPen)
            if index == 0:  # voluntary switch
                p.fillRect(box, QColor(Qt.GlobalColor.white) if hc else VOLUNTARY_FILL)
                p.fillRect(
                    box,
                    QBrush(
                        black if hc else LANE_COLOURS[LANE_BOB],
                        Qt.BrushStyle.DiagCrossPattern if hc else Qt.BrushStyle.BDiagPattern,
                    ),
                )
            elif index == 1:  # conflict
                p.fillRect(box, black if hc else CONFLICT)
                p.setPen(QColor(Qt.GlobalColor.white))
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, "!")
            elif index == 2:  # ban window
                if hc:
                    p.fillRect(box, QBrush(black, Qt.BrushStyle.Dense7Pattern))
                else:
                    p.fillRect(box, c["shade"])
            elif index == 3:  # query window
                p.setPen(QPen(c["text"], 2))
                mid = box.center().y()
                p.drawLine(
                    QPointF(box.left() + 1, box.top()), QPointF(box.left() + 1, box.bottom())
                )
                p.drawLine(
                    QPointF(box.right() - 1, box.top()), QPointF(box.right() - 1, box.bottom())
                )
                p.drawLine(QPointF(box.left(), mid), QPointF(box.right(), mid))
            elif index == 4:  # retro
                p.fillRect(box, black if hc else RETRO)
                p.setPen(QColor(Qt.GlobalColor.white))
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, "+ -")
            else:  # markers
                p.setPen(QPen(c["text"], 1, Qt.PenStyle.DashLine))
                p.drawLine(
                    QPointF(box.left() + swatch_w / 3, box.top()),
                    QPointF(box.left() + swatch_w / 3, box.bottom()),
                )
                p.setPen(QPen(c["text"], 2))
                p.drawLine(
                    QPointF(box.left() + 2 * swatch_w / 3, box.top()),
                    QPointF(box.left() + 2 * swatch_w / 3, box.bottom()),
                )
            p.setPen(c["text"])
            p.drawText(QPointF(x + swatch_w + rows.pad, y + fm.ascent()), self._legend_texts[index])
