"""The dossier timeline in words: row titles, marker names and legend, a period's
caption and tooltip, what lies under the pointer, and the accessible description.

Translated in the "TimelineWidget" context (the widget's own `tr()` context).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from cumuldesk.domain.months import Month
from cumuldesk.services.dossiers.timeline import (
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
from cumuldesk.ui.kit.formatting import day, money_eur, month_label
from cumuldesk.ui.timeline.layout import Scale

CONTEXT = "TimelineWidget"
DESCRIBE_MAX = 6  # periods listed per lane in the accessible description


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Labels:
    """The translated texts the timeline measures and draws."""

    lanes: dict[str, str]  # lane name -> title
    markers: dict[str, str]  # marker kind -> name
    conflict: str
    retro: str
    query: str
    ban: str
    legend: tuple[str, ...]  # the legend in the normal look (shapes, and colours)
    legend_high_contrast: tuple[str, ...]  # in high contrast (shapes only, no colour)
    keys_help: str
    empty: str

    def lane(self, lane: Lane) -> str:
        return self.lanes.get(lane.name, lane.name)

    def legend_for(self, high_contrast: bool) -> tuple[str, ...]:
        return self.legend_high_contrast if high_contrast else self.legend

    def titles(self) -> list[str]:
        """The row titles on the left (their widest sets the gutter)."""
        return [*self.lanes.values(), self.conflict, self.retro, self.query]


def labels() -> Labels:
    """The texts in the current language."""
    return Labels(
        lanes={
            LANE_BOB: QCoreApplication.translate("TimelineWidget", "BOB"),
            LANE_IVT: QCoreApplication.translate("TimelineWidget", "IVT"),
            LANE_IT: QCoreApplication.translate("TimelineWidget", "IT"),
            LANE_ZORGTOESLAG: QCoreApplication.translate("TimelineWidget", "Zorgtoeslag"),
        },
        markers={
            AGE_18: QCoreApplication.translate("TimelineWidget", "Age 18"),
            AGE_21: QCoreApplication.translate("TimelineWidget", "Age 21"),
            AGE_24: QCoreApplication.translate("TimelineWidget", "Age 24"),
            TODAY: QCoreApplication.translate("TimelineWidget", "Today"),
            APPLICATION: QCoreApplication.translate("TimelineWidget", "Application"),
            DEADLINE: QCoreApplication.translate("TimelineWidget", "Deadline"),
        },
        conflict=QCoreApplication.translate("TimelineWidget", "Conflict"),
        retro=QCoreApplication.translate("TimelineWidget", "Retroactive"),
        query=QCoreApplication.translate("TimelineWidget", "Query window"),
        ban=QCoreApplication.translate("TimelineWidget", "Ban window"),
        legend=(
            QCoreApplication.translate(
                "TimelineWidget", "BOB, voluntary switch (light blue, single diagonal hatching)"
            ),
            QCoreApplication.translate(
                "TimelineWidget",
                "Conflict month: BOB and paid IVT/IT (red, crossed hatching in a frame, and !)",
            ),
            QCoreApplication.translate("TimelineWidget", "Ban window (grey background)"),
            QCoreApplication.translate("TimelineWidget", "Query window (bracket)"),
            QCoreApplication.translate(
                "TimelineWidget", "+ BOB owed again, - BOB must stop (retroactive change)"
            ),
            QCoreApplication.translate(
                "TimelineWidget", "Birthdays (dashed line), today (solid line)"
            ),
        ),
        legend_high_contrast=(
            QCoreApplication.translate(
                "TimelineWidget", "BOB, voluntary switch (single diagonal hatching)"
            ),
            QCoreApplication.translate(
                "TimelineWidget",
                "Conflict month: BOB and paid IVT/IT (crossed hatching in a frame, and !)",
            ),
            QCoreApplication.translate("TimelineWidget", "Ban window (dotted background)"),
            QCoreApplication.translate("TimelineWidget", "Query window (bracket)"),
            QCoreApplication.translate(
                "TimelineWidget", "+ BOB owed again, - BOB must stop (retroactive change)"
            ),
            QCoreApplication.translate(
                "TimelineWidget", "Birthdays (dashed line), today (solid line)"
            ),
        ),
        keys_help=keys_help(),
        empty=QCoreApplication.translate("TimelineWidget", "No dossier shown"),
    )


def key_names() -> dict[str, str]:
    """The names of the keys the timeline answers to, in the interface language (as
    printed on a Belgian keyboard or named in the system's help)."""
    return {
        "left": QCoreApplication.translate("TimelineWidget", "Left arrow"),
        "right": QCoreApplication.translate("TimelineWidget", "Right arrow"),
        "up": QCoreApplication.translate("TimelineWidget", "Up arrow"),
        "down": QCoreApplication.translate("TimelineWidget", "Down arrow"),
        "shift": QCoreApplication.translate("TimelineWidget", "Shift"),
        "page_up": QCoreApplication.translate("TimelineWidget", "Page Up"),
        "page_down": QCoreApplication.translate("TimelineWidget", "Page Down"),
        "home": QCoreApplication.translate("TimelineWidget", "Home"),
        "end": QCoreApplication.translate("TimelineWidget", "End"),
    }


def keys_help() -> str:
    """What each key does on the timeline, the keys named in the interface language."""
    template = QCoreApplication.translate(
        "TimelineWidget",
        "{left}/{right}: previous/next period; {up}/{down}: other lane; "
        "{shift}+{left}/{right}, {page_up}/{page_down}: scroll; {home}/{end}: start/end; "
        "+/-: zoom; 0: show all",
    )
    return template.format(**key_names())


def points_text(segment: Segment) -> str:
    return (
        QCoreApplication.translate("TimelineWidget", "%1 points (%2 in pillar 1)")
        .replace("%1", str(segment.points))
        .replace("%2", str(segment.pillar1_points))
    )


def caption(segment: Segment) -> str:
    """What is written inside a period's bar (when it fits)."""
    if segment.voluntary_switch:
        return QCoreApplication.translate("TimelineWidget", "voluntary switch")
    if segment.amount is not None:
        return money_eur(segment.amount)
    return points_text(segment) if segment.points is not None else ""


def segment_text(t: Timeline | None, names: Labels, lane: Lane, segment: Segment) -> str:
    """Dates, monthly amount and regulation of a period, in words."""
    end = (
        day(segment.end)
        if segment.end is not None
        else QCoreApplication.translate("TimelineWidget", "open (still running)")
    )
    parts = [
        QCoreApplication.translate("TimelineWidget", "%1: %2 to %3")
        .replace("%1", names.lane(lane))
        .replace("%2", day(segment.start))
        .replace("%3", end),
        QCoreApplication.translate("TimelineWidget", "Monthly amount: %1").replace(
            "%1",
            money_eur(segment.amount)
            if segment.amount is not None
            else QCoreApplication.translate("TimelineWidget", "-"),
        ),
        QCoreApplication.translate("TimelineWidget", "Regulation: %1").replace(
            "%1", segment.regulation
        ),
    ]
    if segment.points is not None:
        parts.append(points_text(segment))
    if segment.voluntary_switch:
        parts.append(
            QCoreApplication.translate(
                "TimelineWidget", "Voluntary switch: BOB is kept, no conflict"
            )
        )
    if t is not None:
        conflicts = t.conflicts_in(segment)
        if conflicts:
            parts.append(
                QCoreApplication.translate(
                    "TimelineWidget", "Conflict months in this period: %1"
                ).replace("%1", str(conflicts))
            )
        if t.starts_before_axis(segment):
            parts.append(
                QCoreApplication.translate(
                    "TimelineWidget", "Starts before age 17: the timeline shows it from %1"
                ).replace("%1", month_label(t.axis_start))
            )
        if segment.end is not None and t.ends_after_axis(segment):
            parts.append(
                QCoreApplication.translate(
                    "TimelineWidget", "Ends after age 24: the timeline shows it until %1"
                ).replace("%1", month_label(t.axis_end))
            )
    return "\n".join(p for p in parts if p)


def describe(t: Timeline | None, names: Labels) -> str:
    """The whole timeline in sentences (the accessible description)."""
    if t is None:
        return QCoreApplication.translate("TimelineWidget", "No dossier shown.")
    lines = [
        QCoreApplication.translate("TimelineWidget", "Months from %1 (age 17) to %2 (age 24).")
        .replace("%1", month_label(t.axis_start))
        .replace("%2", month_label(t.axis_end))
    ]
    for lane in t.lanes:
        name = names.lane(lane)
        if not lane.segments:
            lines.append(
                QCoreApplication.translate("TimelineWidget", "%1: no periods.").replace("%1", name)
            )
            continue
        still_open = QCoreApplication.translate("TimelineWidget", "open")
        switch = QCoreApplication.translate("TimelineWidget", "voluntary switch")
        shown = [
            f"{day(s.start)} - {day(s.end) if s.end else still_open}"
            + (f" {money_eur(s.amount)}" if s.amount is not None else "")
            + (f" ({switch})" if s.voluntary_switch else "")
            for s in lane.segments[:DESCRIBE_MAX]
        ]
        more = len(lane.segments) - DESCRIBE_MAX
        if more > 0:
            shown.append(
                QCoreApplication.translate("TimelineWidget", "and %1 more").replace("%1", str(more))
            )
        lines.append(f"{name}: {'; '.join(shown)}.")
    if t.conflict_months:
        lines.append(
            QCoreApplication.translate("TimelineWidget", "%1 conflict months, from %2 to %3.")
            .replace("%1", str(len(t.conflict_months)))
            .replace("%2", month_label(t.conflict_months[0]))
            .replace("%3", month_label(t.conflict_months[-1]))
        )
    else:
        lines.append(QCoreApplication.translate("TimelineWidget", "No conflict months."))
    if t.ban_window is not None:
        lines.append(
            QCoreApplication.translate("TimelineWidget", "Ban window %1 to %2.")
            .replace("%1", month_label(t.ban_window.start))
            .replace("%2", month_label(t.ban_window.end))
        )
    if t.query_window is not None:
        lines.append(
            QCoreApplication.translate("TimelineWidget", "Query window %1 to %2.")
            .replace("%1", day(t.query_window.start))
            .replace("%2", day(t.query_window.end))
        )
    if t.retro_months:
        lines.append(
            QCoreApplication.translate(
                "TimelineWidget", "Retroactive change affects %1 months."
            ).replace("%1", str(len(t.retro_months)))
        )
    return " ".join(lines)


def query_text(t: Timeline) -> str:
    assert t.query_window is not None
    return (
        QCoreApplication.translate("TimelineWidget", "Query window: %1 to %2")
        .replace("%1", day(t.query_window.start))
        .replace("%2", day(t.query_window.end))
    )


def point_text(t: Timeline, names: Labels, scale: Scale, x: float, y: float) -> str:
    """What lies at (x, y) outside the periods: a conflict or retroactive month, the query
    window, a marker, a month of the ban window ("" when nothing)."""
    rows = scale.rows
    index = scale.month_index_at(x)
    month: Month | None = None if index is None else t.axis_start + index
    if (
        month is not None
        and rows.conflict_top <= y < rows.lanes_top
        and (month in t.conflict_months)
    ):
        return QCoreApplication.translate(
            "TimelineWidget", "Conflict in %1: BOB and a paid IVT/IT in the ban window"
        ).replace("%1", month_label(month))
    if month is not None and rows.retro_top <= y < rows.query_top:
        if month in t.retro_owed:
            return QCoreApplication.translate(
                "TimelineWidget", "Retroactive change in %1: BOB owed again"
            ).replace("%1", month_label(month))
        if month in t.retro_stop:
            return QCoreApplication.translate(
                "TimelineWidget", "Retroactive change in %1: BOB must stop"
            ).replace("%1", month_label(month))
    if rows.query_top <= y < rows.legend_top and t.query_window is not None:
        x1 = scale.x_of_day(t.axis_start, t.query_window.start)
        x2 = scale.x_of_day(t.axis_start, t.query_window.end)
        if x1 - 2 <= x <= x2 + 2:
            return query_text(t)
    if rows.markers_top <= y < rows.legend_top:
        for marker in t.markers:
            if abs(scale.x_of_day(t.axis_start, marker.day) - x) <= max(3, rows.pad):
                return f"{names.markers.get(marker.kind, marker.label)}: {day(marker.day)}"
    if month is not None and t.ban_window is not None and month in t.ban_window:
        return (
            QCoreApplication.translate("TimelineWidget", "%1: in the ban window (%2 to %3)")
            .replace("%1", month_label(month))
            .replace("%2", month_label(t.ban_window.start))
            .replace("%3", month_label(t.ban_window.end))
        )
    return ""
