"""The timeline widget: what the handler sees and reads (tooltips, keyboard, zoom), and
`load_timeline` on a cached demo dossier agreeing with `cumuldesk check`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QToolTip
from sqlalchemy import select

from cumuldesk.domain.months import Month
from cumuldesk.params.loader import load_parameters
from cumuldesk.services.dossiers.input import parse_dossier
from cumuldesk.services.dossiers.store import stored_dossier
from cumuldesk.services.dossiers.timeline import PointsRow, build_timeline, load_timeline
from cumuldesk.services.reports import check
from cumuldesk.storage.models import Person
from cumuldesk.ui.timeline.style import CONFLICT
from cumuldesk.ui.timeline.view import TimelineWidget

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
ON = date(2026, 11, 23)  # DEMO_TODAY of tests/ui/conftest.py


@pytest.fixture(scope="module")
def params():
    return load_parameters()


@pytest.fixture
def conflict_timeline(params):
    data = json.loads((EXAMPLES / "renounce-flanders.json").read_text())
    rows = [PointsRow(date(2024, 3, 1), 24, 6)]
    return build_timeline(parse_dossier(data, ON), params, ON, zorgtoeslag=rows)


@pytest.fixture
def widget(qtbot, conflict_timeline):
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.set_timeline(conflict_timeline)
    w.resize(1200, w.heightForWidth(1200))
    w.show()
    qtbot.waitExposed(w)
    return w


def test_load_timeline_matches_the_check_of_a_cached_conflict_dossier(ui_context):
    cache, params = ui_context.desk.cache, ui_context.desk.law
    with cache.sessions() as session:
        found = None
        for insz in session.scalars(select(Person.insz).order_by(Person.id)):
            report = check(stored_dossier(session, insz, ON), params)
            if report.conflict_months:
                found = insz, report
                break
    assert found is not None, "the demo population has a conflict dossier"
    insz, report = found
    t = load_timeline(cache, insz, params, ON)
    assert t.conflict_months == report.conflict_months
    assert t.ban_window.start == report.ban_window.start
    assert t.query_window.start == report.query_window.start
    assert any(lane.segments for lane in t.lanes if lane.name == "BOB")


def _red_pixels(image, step: int = 3) -> int:
    found = 0
    for x in range(0, image.width(), step):
        for y in range(0, image.height(), step):
            if QColor(image.pixel(x, y)) == CONFLICT:
                found += 1
    return found


@pytest.mark.parametrize("size", [(420, 260), (900, 300), (1800, 600)])
def test_it_paints_at_several_sizes_and_zooms(widget, size):
    widget.resize(*size)
    for _ in range(3):
        image = widget.grab().toImage()
        assert not image.isNull()
        assert _red_pixels(image) > 0  # the conflict months are drawn
        widget.zoom_by(2.0)


def test_hover_tells_dates_amount_and_regulation(widget, qtbot, conflict_timeline):
    ivt = conflict_timeline.lane("IVT").segments[0]
    point = widget.segment_rect(ivt).center().toPoint()
    qtbot.mouseMove(widget, point)
    qtbot.waitUntil(lambda: "898,21 EUR" in widget.status_text())
    text = widget.status_text()
    assert "IVT: 01/01/2025 to open (still running)" in text
    assert "Regulation: IVT" in text
    assert "Conflict months in this period: 29" in text
    help_event = QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point))
    widget.event(help_event)
    assert QToolTip.text() == text


def test_keyboard_focus_moves_between_periods(widget, qtbot, conflict_timeline):
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    # the first period (BOB from 01/01/2024) gets the focus
    assert widget.focused_segment() == conflict_timeline.lane("BOB").segments[0]
    assert "BOB: 01/01/2024 to open (still running)" in widget.status_text()
    with qtbot.waitSignal(widget.segment_focused) as seen:
        qtbot.keyClick(widget, Qt.Key.Key_Right)  # zorgtoeslag from 01/03/2024
    assert seen.args[0] == conflict_timeline.lane("Zorgtoeslag").segments[0]
    assert "Monthly amount: 594,38 EUR" in widget.status_text()
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert "IVT: 01/01/2025" in widget.status_text()
    qtbot.keyClick(widget, Qt.Key.Key_Up)  # the lane above: BOB
    assert widget.status_text().startswith("BOB:")


def test_keyboard_zoom_and_scroll_change_the_visible_months(widget, qtbot):
    widget.setFocus()
    whole = widget.visible_range()
    assert whole == (Month(2023, 5), Month(2030, 5))
    qtbot.keyClick(widget, Qt.Key.Key_Plus)
    qtbot.keyClick(widget, Qt.Key.Key_Plus)
    zoomed = widget.visible_range()
    assert zoomed[0].months_until(zoomed[1]) < whole[0].months_until(whole[1]) / 2
    qtbot.keyClick(widget, Qt.Key.Key_Home)
    assert widget.visible_range()[0] == Month(2023, 5)
    qtbot.keyClick(widget, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert widget.visible_range()[0] > Month(2023, 5)
    qtbot.keyClick(widget, Qt.Key.Key_End)
    assert widget.visible_range()[1] == Month(2030, 5)
    qtbot.keyClick(widget, Qt.Key.Key_0)
    assert widget.visible_range() == whole


def test_high_contrast_draws_in_black_white_and_grey_only(widget):
    widget.set_high_contrast(True)
    image = widget.grab().toImage()
    coloured = 0
    for x in range(0, image.width(), 4):
        for y in range(0, image.height(), 4):
            c = QColor(image.pixel(x, y))
            if max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue()) > 24:
                coloured += 1
    assert coloured == 0
    assert _red_pixels(image) == 0


def test_a_text_alternative_summarises_the_periods(widget):
    assert widget.accessibleName() == "Timeline"
    text = widget.accessibleDescription()
    assert "IVT: 01/01/2025 - open 898,21 EUR" in text
    assert "29 conflict months, from 01/2025 to 05/2027" in text
    assert "Query window 20/05/2024 to 23/11/2026" in text


def test_lane_heights_follow_the_font(widget):
    normal = widget.sizeHint().height()
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    widget.setFont(font)
    assert widget.sizeHint().height() > 1.6 * normal
    assert not widget.grab().toImage().isNull()


def test_no_timeline_paints_an_empty_state(qtbot):
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(QPoint(400, 200).x(), 200)
    assert not w.grab().isNull()
    assert w.visible_range() is None
