"""Geometry of the dossier timeline, without Qt: where each period lies on the month
axis, the rows of the drawing (from the text sizes), the scale of the visible stretch
(zoom and scroll) and what lies under a point.

Positions along the axis are in months from the axis start (fractional within a
month); `Scale` turns them into widget x coordinates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from cumuldesk.domain.months import Month, days_in_month
from cumuldesk.services.dossiers.timeline import Lane, Segment, Timeline


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


def compute_rows(
    width: int,
    text_height: int,
    advance: Callable[[str], int],
    titles: Iterable[str],
    legend_texts: Iterable[str],
) -> Rows:
    """The rows for a widget `width` wide whose font is `text_height` high, `advance`
    giving a text's width; `titles` are the row titles, the legend wraps to the width."""
    pad = max(2, text_height // 5)
    line = text_height + pad
    gutter = max(advance(text) for text in titles) + 3 * pad
    lane_height = text_height * 2
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
