"""The monthly report's chart: painted into an image, a bar stands over each month with
conflicts and none over a month without; the widget's accessible description holds the
same figures as text."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from cumuldesk.domain.months import Month
from cumuldesk.services.monthly_report import build
from cumuldesk.ui.report.chart import BAR_COLOUR, MonthlyChart, paint_chart

NOV = Month(2026, 11)


def _report():
    tally = {
        "conflicts": {Month(2026, 3): 4, NOV: 9},
        "at_stake": {Month(2026, 3): 50000, NOV: 1234567},
    }
    return build(NOV, tally)


def test_bars_appear_for_the_months_with_conflicts(qapp):
    report = _report()
    image = QImage(1200, 500, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    paint_chart(painter, QRectF(0, 0, 1200, 500), report.series)
    painter.end()
    # the plot's slots: find the bar colour in each month's column, low in the plot
    columns_with_bars = set()
    for x in range(image.width()):
        for y in range(image.height() - 60, image.height() - 30):
            if image.pixelColor(x, y) == BAR_COLOUR:
                columns_with_bars.add(x)
                break
    runs = []  # contiguous columns of bar colour: one per bar
    for x in sorted(columns_with_bars):
        if runs and x == runs[-1][-1] + 1:
            runs[-1].append(x)
        else:
            runs.append([x])
    assert [p.conflicts > 0 for p in report.series].count(True) == 2
    assert len(runs) == 2  # March and November; the ten months without conflicts: none
    march, november = (sum(run) / len(run) for run in runs)
    slot = (november - march) / 8  # eight months apart
    assert 50 < slot < 1200 / 12


def test_the_chart_says_its_figures_as_text(qtbot):
    chart = MonthlyChart()
    qtbot.addWidget(chart)
    chart.set_series(_report().series)
    assert "9" in chart.accessibleDescription().splitlines()[-1]
    assert "12.345,67" in chart.accessibleDescription()
    image = chart.grab().toImage()
    assert any(
        image.pixelColor(x, y) == BAR_COLOUR
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )
