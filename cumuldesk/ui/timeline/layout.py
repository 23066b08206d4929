"""Geometry of the dossier timeline, without Qt: where each period lies on the month
axis, the rows of the drawing (from the text sizes), the scale of the visible stretch
(zoom and scroll), where each text of the ruler goes (no two overlap: marker labels that
would touch stack on another row, the ban-window label sits in the month row, which no
tick crosses where a text is) and what lies under a point.

Positions along the axis are in months from the axis start (fractional within a
month); `Scale` turns them into widget x coordinates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from cumuldesk.domain.months import Month, days_in_month
from cumuldesk.services.dossiers.timeline import Lane, Marker, Segment, Timeline

MARKER_ROWS = 2  # rows for the marker labels at least (more when labels must stack)


def month_pos(axis_start: Month, value: date) -> float:
    """Months from the start of the axis to `value` (fractional within its month)."""
    whole = axis_start.months_until(Month.of(value))
    return whole + (value.day - 1) / days_in_month(value.year, value.month)


def index_runs(axis_start: Month, months: tuple[Month, ...]) -> list[tuple[int, int]]:
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
class PlacedPeriod:
    """A period with its place on the axis, in months from the axis start."""

    lane_index: int
    lane: Lane
    segment: Segment
    start: float
    end: float
    conflicts: tuple[tuple[float, float], ...]  # conflicting stretches (hatched)
    open_right: bool  # open or beyond age 24: an arrow at the right end
    open_left: bool  # starts before age 17: an arrow at the left end


def place_periods(
    t: Timeline,
) -> tuple[list[PlacedPeriod], dict[Segment, tuple[float, float]]]:
    """Month positions of every period and of its conflicting stretches (once per
    timeline: painting only scales them), and each period's (start, end) by segment."""
    items: list[PlacedPeriod] = []
    spans: dict[Segment, tuple[float, float]] = {}
    total = float(len(t.axis))
    runs = index_runs(t.axis_start, t.conflict_months)
    for index, lane in enumerate(t.lanes):
        for segment in lane.segments:
            start = max(month_pos(t.axis_start, segment.start), 0.0)
            if segment.end is None:
                end = total
            else:
                end = min(month_pos(t.axis_start, segment.end) + 1 / 31, total)
                end = max(end, start + 1 / 31)
            conflicting = segment.can_conflict
            parts = tuple(
                (max(start, first), min(end, last + 1.0))
                for first, last in runs
                if conflicting and first < end and last + 1 > start
            )
            spans[segment] = (start, end)
            items.append(
                PlacedPeriod(
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
    return items, spans


@dataclass(frozen=True)
class Rows:
    """Vertical layout (from the text sizes) and the chart's horizontal extent."""

    line: int  # one text line with padding
    pad: int
    gutter: int  # width of the row titles on the left
    chart_left: int
    chart_right: int
    markers_top: int  # `marker_rows` rows of marker labels
    marker_rows: int
    axis_top: int  # the year row, then the month row (month numbers or the ban label)
    ticks_top: int  # the band of the month ticks, under the month row
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

    @property
    def month_row_top(self) -> int:
        return self.axis_top + self.line

    def marker_row_top(self, row: int) -> int:
        return self.markers_top + row * self.line


def compute_rows(
    width: int,
    text_height: int,
    advance: Callable[[str], int],
    titles: Iterable[str],
    legend_texts: Iterable[str],
    marker_rows: int = MARKER_ROWS,
) -> Rows:
    """The rows for a widget `width` wide whose font is `text_height` high, `advance`
    giving a text's width; `titles` are the row titles, the legend wraps to the width;
    `marker_rows` rows for the marker labels."""
    pad = max(2, text_height // 5)
    line = text_height + pad
    gutter = max(advance(text) for text in titles) + 3 * pad
    lane_height = text_height * 2
    top = pad
    markers_top = top
    axis_top = markers_top + marker_rows * line
    ticks_top = axis_top + 2 * line
    conflict_top = ticks_top + 2 * pad
    lanes_top = conflict_top + line + pad
    retro_top = lanes_top + 4 * lane_height
    query_top = retro_top + line + pad
    legend_top = query_top + line + 2 * pad
    legend: list[tuple[int, int, int]] = []
    x, y = pad, legend_top
    swatch = 2 * text_height
    for index, text in enumerate(legend_texts):
        item = swatch + pad + advance(text) + 3 * pad
        if x > pad and x + item > width:
            x, y = pad, y + line
        legend.append((index, x, y))
        x += item
    height = y + line + pad
    return Rows(
        line=line,
        pad=pad,
        gutter=gutter,
        chart_left=gutter,
        chart_right=max(gutter + 10, width - pad),
        markers_top=markers_top,
        marker_rows=marker_rows,
        axis_top=axis_top,
        ticks_top=ticks_top,
        conflict_top=conflict_top,
        lanes_top=lanes_top,
        lane_height=lane_height,
        retro_top=retro_top,
        query_top=query_top,
        legend_top=legend_top,
        legend=tuple(legend),
        height=height,
    )


@dataclass(frozen=True)
class Scale:
    """The visible stretch of the axis: `offset` months scrolled, `ppm` pixels per month,
    `visible` months on screen, `total` months on the axis."""

    rows: Rows
    offset: float
    ppm: float
    visible: float
    total: int

    def x(self, months: float) -> float:
        return self.rows.chart_left + (months - self.offset) * self.ppm

    def x_of_day(self, axis_start: Month, value: date) -> float:
        return self.x(month_pos(axis_start, value))

    def lane_top(self, index: int) -> int:
        return self.rows.lanes_top + index * self.rows.lane_height

    def visible_indexes(self) -> range:
        """Indexes of the months (partly) on screen."""
        first = max(0, int(self.offset))
        last = min(self.total, int(self.offset + self.visible) + 1)
        return range(first, last)

    def month_index_at(self, x: float) -> int | None:
        """The month index under widget x (None outside the chart or the axis)."""
        rows = self.rows
        if not rows.chart_left <= x <= rows.chart_right:
            return None
        index = int(self.offset + (x - rows.chart_left) / self.ppm)
        return index if 0 <= index < self.total else None


@dataclass(frozen=True)
class TextBox:
    """A text of the ruler and the rectangle it is drawn in (widget coordinates; the
    baseline is `top` plus the font's ascent)."""

    text: str
    left: float
    top: float
    width: float
    height: float
    kind: str  # "marker", "year", "month" or "ban"

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def overlaps(self, other: TextBox, gap: float = 0.0) -> bool:
        """True when the two rectangles (each widened by `gap`) share some area."""
        return (
            self.left - gap < other.right
            and other.left - gap < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )


@dataclass(frozen=True)
class MarkerLabel:
    marker: Marker
    x: float  # where the marker's line stands
    box: TextBox | None  # None: no row had room for the label (its line is still drawn)


def place_marker_labels(
    t: Timeline,
    scale: Scale,
    names: dict[str, str],
    advance: Callable[[str], int],
    text_height: int,
    max_rows: int,
) -> list[MarkerLabel]:
    """The visible markers with their labels: each label centred on its line (kept inside
    the chart) on the first of `max_rows` rows where it stays `pad` away from the labels
    placed before it; a label that fits no row is left out (its line stays)."""
    rows = scale.rows
    placed: list[MarkerLabel] = []
    boxes: list[TextBox] = []
    for marker in t.markers:
        x = scale.x_of_day(t.axis_start, marker.day)
        if not rows.chart_left <= x <= rows.chart_right:
            continue
        text = names.get(marker.kind, marker.label)
        width = advance(text)
        left = min(max(x - width / 2, rows.chart_left), rows.chart_right - width)
        box: TextBox | None = None
        for row in range(max_rows):
            candidate = TextBox(text, left, rows.marker_row_top(row), width, text_height, "marker")
            if not any(candidate.overlaps(other, rows.pad) for other in boxes):
                box = candidate
                boxes.append(box)
                break
        placed.append(MarkerLabel(marker, x, box))
    return placed


def marker_rows_needed(
    t: Timeline, scale: Scale, names: dict[str, str], advance: Callable[[str], int], height: int
) -> int:
    """How many marker rows the labels need on `scale` (at least `MARKER_ROWS`)."""
    labels = place_marker_labels(t, scale, names, advance, height, len(t.markers))
    used = [
        (label.box.top - scale.rows.markers_top) // scale.rows.line + 1
        for label in labels
        if label.box is not None
    ]
    return max([MARKER_ROWS, *(int(n) for n in used)])


def ruler_texts(
    t: Timeline,
    scale: Scale,
    ban: str,
    markers: list[MarkerLabel],
    advance: Callable[[str], int],
    text_height: int,
) -> list[TextBox]:
    """Every text above the lanes: the marker labels, the year labels (right of each
    January tick, when the year has room), the ban-window label (`ban`, centred on the
    visible part of the band, in the month row) and the month numbers (when they fit a
    month, except under the ban-window label)."""
    rows = scale.rows
    left, right, offset, ppm = rows.chart_left, rows.chart_right, scale.offset, scale.ppm
    boxes = [label.box for label in markers if label.box is not None]
    year_top = rows.axis_top + rows.pad // 2
    month_top = rows.month_row_top + rows.pad // 2
    label_months = ppm >= advance("00") + rows.pad
    visible = scale.visible_indexes()
    base = t.axis_start.year * 12 + t.axis_start.month - 1
    ban_box: TextBox | None = None
    if t.ban_window is not None:
        x1 = max(scale.x(t.axis_start.months_until(t.ban_window.start)), left)
        x2 = min(scale.x(t.axis_start.months_until(t.ban_window.end) + 1), right)
        width = advance(ban)
        # centred on the visible band; wider than the band (but not twice), it reaches
        # beyond the shade
        # (in the month row, where only month numbers could be, and they make way)
        shown = min(max((x1 + x2 - width) / 2, left), right - width)
        if x2 - x1 >= width / 2 and shown >= left:
            ban_box = TextBox(ban, shown, month_top, width, text_height, "ban")
            boxes.append(ban_box)

    for index in visible:
        year, month0 = divmod(base + index, 12)
        x = left + (index - offset) * ppm
        if label_months:
            text = f"{month0 + 1:02d}"
            width = advance(text)
            shown = x + (ppm - width) / 2
            box = TextBox(text, shown, month_top, width, text_height, "month")
            # whole or not at all, and not under the ban window's label
            if (
                left <= shown
                and shown + width <= right
                and not (ban_box is not None and box.overlaps(ban_box, rows.pad))
            ):
                boxes.append(box)
        if month0 == 0 or index == visible.start:
            x2 = left + (index + 12 - month0 - offset) * ppm
            shown = max(x, left)
            text = str(year)
            width = advance(text)
            if min(x2, right) - shown >= width + rows.pad:
                boxes.append(TextBox(text, shown + rows.pad, year_top, width, text_height, "year"))
    return boxes


def line_gaps(
    x: float, top: float, bottom: float, boxes: Iterable[TextBox], margin: float
) -> list[tuple[float, float]]:
    """The stretches of a vertical line at `x` from `top` to `bottom` that cross no text
    (each text kept `margin` clear), top to bottom."""
    cuts = sorted(
        (box.top - margin, box.bottom + margin)
        for box in boxes
        if box.left - margin <= x <= box.right + margin
        and box.top - margin < bottom
        and box.bottom + margin > top
    )
    parts: list[tuple[float, float]] = []
    y = top
    for cut_top, cut_bottom in cuts:
        if cut_top > y:
            parts.append((y, cut_top))
        y = max(y, cut_bottom)
    if y < bottom:
        parts.append((y, bottom))
    return parts


def segment_at(
    t: Timeline, spans: dict[Segment, tuple[float, float]], scale: Scale, x: float, y: float
) -> tuple[Lane, Segment] | None:
    """The period drawn at (x, y), the topmost (latest) one when they overlap."""
    rows = scale.rows
    if not rows.chart_left <= x <= rows.chart_right:
        return None
    for index, lane in enumerate(t.lanes):
        top = scale.lane_top(index)
        if not top <= y < top + rows.lane_height:
            continue
        for segment in reversed(lane.segments):
            start, end = spans[segment]
            if scale.x(start) - 2 <= x <= scale.x(end) + 2:
                return lane, segment
    return None
