"""Benchmark of the timeline paint (not a test): a dossier with 200 periods.

Builds a synthetic dossier (BOB, IVT and IT periods of one to three months across ages 17
to 24, a few voluntary-switch BOB periods, zorgtoeslag attestations: 200 periods in
all, many conflict months), lays it out with `services.dossiers.timeline.build_timeline` and
paints `ui.timeline.view.TimelineWidget` at 1600x400 offscreen, `runs` times per case, into a
QImage with `widget.render()` (the whole paintEvent), and prints median and p95 in ms.
Target (issue 5): under 16 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/timeline_bench.py [--runs 200]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cumuldesk.domain.insz import build_insz  # noqa: E402
from cumuldesk.domain.months import Month  # noqa: E402
from cumuldesk.params.loader import load_parameters  # noqa: E402
from cumuldesk.services.dossiers.input import parse_dossier  # noqa: E402
from cumuldesk.services.dossiers.timeline import PointsRow, Timeline, build_timeline  # noqa: E402
from cumuldesk.ui.timeline.view import TimelineWidget  # noqa: E402

BIRTH = date(2005, 3, 14)
TODAY = date(2026, 11, 23)
WIDTH, HEIGHT = 1600, 400


def _periods(count: int, first: date, step_months: int, offset: int) -> list[tuple[date, date]]:
    spans = []
    month = Month.of(first) + offset
    for index in range(count):
        length = 1 + (index + offset) % 3
        start = month.first_day + timedelta(days=(index * 7) % 20)
        end = (month + length - 1).last_day
        spans.append((start, end))
        month = month + step_months
    return spans


def synthetic_timeline(periods: int = 200) -> Timeline:
    """A dossier of `periods` periods: 60 BOB, 60 IVT, 50 IT, 30 zorgtoeslag."""
    first = date(BIRTH.year + 17, BIRTH.month, 1)
    bob = [
        {"start": s.isoformat(), "end": e.isoformat(), "voluntary_switch": i % 7 == 3}
        for i, (s, e) in enumerate(_periods(60, first, 1, 0))
    ]
    ivt = [
        {
            "start": s.isoformat(),
            "end": e.isoformat(),
            "monthly_amount": f"{700 + i}.25",
            "regulation": "IVT" if i % 5 else "IVT+IT",
        }
        for i, (s, e) in enumerate(_periods(60, first, 1, 4))
    ]
    it = [
        {
            "start": s.isoformat(),
            "end": e.isoformat(),
            "monthly_amount": f"{120 + i}.40",
            "regulation": "IT",
        }
        for i, (s, e) in enumerate(_periods(50, first, 1, 10))
    ]
    data = {
        "insz": build_insz(BIRTH, 117),
        "region": "flanders",
        "as_of": TODAY.isoformat(),
        "bob_periods": bob,
        "ivt_it_periods": ivt + it,
    }
    parsed = parse_dossier(data, TODAY)
    points = [
        PointsRow(first + timedelta(days=31 * 2 * i + 3), 6 + i % 25, min(6, i % 7))
        for i in range(periods - len(bob) - len(ivt) - len(it))
    ]
    points = [p for p in points if p.pillar1_points <= p.points]
    return build_timeline(parsed, load_parameters(), TODAY, zorgtoeslag=points)


def _measure(widget: TimelineWidget, runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (this thread) milliseconds of each paint; the CPU time is what
    the paint costs when other processes compete for the cores."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    wall, cpu = [], []
    for _ in range(runs + 5):
        begin, begin_cpu = time.perf_counter(), time.thread_time()
        widget.render(image)
        wall.append((time.perf_counter() - begin) * 1000)
        cpu.append((time.thread_time() - begin_cpu) * 1000)
    return sorted(wall[5:]), sorted(cpu[5:])  # warm-up left out


def _p95(values: list[float]) -> float:
    return values[max(0, int(len(values) * 0.95) - 1)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--save", help="also save one frame as PNG here")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    timeline = synthetic_timeline()
    count = sum(len(lane.segments) for lane in timeline.lanes)
    widget = TimelineWidget()
    widget.set_timeline(timeline)
    widget.resize(WIDTH, HEIGHT)
    cases = [
        ("whole axis", lambda: widget.reset_zoom()),
        ("zoomed x4, middle", lambda: (widget.zoom_by(4.0), widget.scroll_months(20))),
        ("high contrast", lambda: (widget.reset_zoom(), widget.set_high_contrast(True))),
        (
            "keyboard focus",
            lambda: (
                widget.set_high_contrast(False),
                widget.focus_segment(timeline.segments()[100][1]),
            ),
        ),
    ]
    print(
        f"Timeline paint: {count} periods, {len(timeline.conflict_months)} conflict "
        f"months, {WIDTH}x{HEIGHT}, {args.runs} runs each"
    )
    print(f"{'case':<20} {'median ms':>10} {'p95 ms':>8} {'cpu median':>11} {'cpu p95':>8}")
    worst = 0.0
    for name, prepare in cases:
        prepare()
        wall, cpu = _measure(widget, args.runs)
        worst = max(worst, _p95(wall))
        print(
            f"{name:<20} {statistics.median(wall):>10.2f} {_p95(wall):>8.2f} "
            f"{statistics.median(cpu):>11.2f} {_p95(cpu):>8.2f}"
        )
    print(f"target: paint under 16 ms; worst wall-clock p95 {worst:.2f} ms")
    if args.save:
        widget.reset_zoom()
        widget.grab().save(args.save)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
