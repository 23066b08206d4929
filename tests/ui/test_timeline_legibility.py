"""The timeline read at a glance (issue 17): conflict months cross-hatched in red, never
mistaken for the single diagonal hatch of a voluntary switch, in both looks, with a
legend that names shapes; no two texts of the ruler overlap, whatever the language, the
font size, the zoom or how close the application date lies to today; the key help names
the keys in the window's language."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QRectF
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QToolTip

from cumuldesk.params.loader import load_parameters
from cumuldesk.services.dossiers.input import parse_dossier
from cumuldesk.services.dossiers.timeline import (
    LANE_BOB,
    Lane,
    PointsRow,
    Segment,
    Timeline,
    build_timeline,
    case_markers,
)
from cumuldesk.ui.kit.i18n import install_translators
from cumuldesk.ui.timeline.style import CONFLICT, LANE_COLOURS
from cumuldesk.ui.timeline.view import TimelineWidget

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
ON = date(2026, 11, 23)  # DEMO_TODAY of tests/ui/conftest.py
VOLUNTARY = Segment(
    date(2023, 6, 1), date(2023, 12, 31), None, "BOB (voluntary switch)", "BOB", True
)
BLACK = QColor(0, 0, 0)


@pytest.fixture(scope="module")
def params():
    return load_parameters()


@pytest.fixture
def language(qapp):
    """Install a language for one test (tests/ui/conftest.py puts the source texts back)."""

    def install(code: str) -> None:
        install_translators(qapp, code)

    return install


def _timeline(params, application: date | None = None, deadline: date | None = None) -> Timeline:
    """The renunciation example (29 conflict months from 01/2025), a voluntary switch on
    the BOB lane before them, and the case's dates when given."""
    data = json.loads((EXAMPLES / "renounce-flanders.json").read_text())
    dates = () if application is None else case_markers(application, deadline)
    t = build_timeline(
        parse_dossier(data, ON),
        params,
        ON,
        zorgtoeslag=[PointsRow(date(2024, 3, 1), 24, 6)],
        case_dates=dates,
    )
    lanes = tuple(
        Lane(lane.name, (VOLUNTARY, *lane.segments)) if lane.name == LANE_BOB else lane
        for lane in t.lanes
    )
    return dataclasses.replace(t, lanes=lanes)


def _show(qtbot, t: Timeline, width: int = 1200) -> TimelineWidget:
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.set_timeline(t)
    w.resize(width, w.heightForWidth(width))
    w.show()
    qtbot.waitExposed(w)
    return w


# ---------------------------------------------------------------- the hatches


def _hatch(image: QImage, rect: QRectF, ink: QColor) -> tuple[int, int, int, int]:
    """In `rect`: the pixels of colour `ink`, those continued up-right (/) and those
    continued down-right (\\) by another pixel of that colour, and the pixels counted."""
    rgb = ink.rgb()
    inked = rising = falling = total = 0
    for x in range(int(rect.left()), int(rect.right()) - 1):
        for y in range(int(rect.top()) + 1, int(rect.bottom()) - 1):
            total += 1
            if image.pixel(x, y) != rgb:
                continue
            inked += 1
            rising += image.pixel(x + 1, y - 1) == rgb
            falling += image.pixel(x + 1, y + 1) == rgb
    return inked, rising, falling, total


def _regions(w: TimelineWidget, t: Timeline) -> tuple[QRectF, QRectF]:
    """Inside the voluntary switch's bar, and inside the BOB bar's first conflict year
    (2025: the IVT period starts in its first month), frames left out."""
    voluntary = w.segment_rect(VOLUNTARY)
    ivt = w.segment_rect(t.lane("IVT").segments[0])
    bob = w.segment_rect(t.lane(LANE_BOB).segments[1])
    assert voluntary is not None and ivt is not None and bob is not None
    months = 1 / w.months_per_pixel()
    conflict = QRectF(ivt.left() + 4, bob.top() + 4, 11 * months, bob.height() - 8)
    return voluntary.adjusted(4, 4, -4, -4), conflict


@pytest.mark.parametrize("high_contrast", [False, True])
def test_conflict_months_are_cross_hatched_the_voluntary_switch_hatched_one_way(
    qtbot, params, high_contrast
):
    t = _timeline(params)
    w = _show(qtbot, t)
    w.set_high_contrast(high_contrast)
    image = w.grab().toImage()
    voluntary, conflict = _regions(w, t)
    if high_contrast:
        voluntary_ink = conflict_ink = BLACK
    else:
        voluntary_ink, conflict_ink = LANE_COLOURS[LANE_BOB], CONFLICT
    inked, rising, falling, total = _hatch(image, voluntary, voluntary_ink)
    assert inked > total / 20, "the voluntary switch is hatched"
    # one direction only: every hatch pixel continues one way, (almost) none the other
    assert max(rising, falling) > 0.8 * inked
    assert min(rising, falling) < 0.1 * inked
    one_way = "rising" if rising > falling else "falling"
    inked, rising, falling, total = _hatch(image, conflict, conflict_ink)
    assert inked > total / 10, "the conflict months carry the conflict colour"
    # both directions: a crossed hatch, a shape of its own
    assert rising > 0.3 * inked and falling > 0.3 * inked, (one_way, rising, falling, inked)
    if not high_contrast:
        # red in the conflict months, none in the voluntary switch
        assert _hatch(image, voluntary, CONFLICT)[0] == 0


SHAPES = {
    # language: (the voluntary switch's shape, the conflict's shape, colour words)
    "nl": (
        "enkele schuine arcering",
        "gekruiste arcering",
        ("rood", "blauw", "lichtblauw", "grijs", "getint"),
    ),
    "fr": ("hachures obliques simples", "hachures croisées", ("rouge", "bleu", "gris", "grisée")),
    "de": ("einfache Schrägschraffur", "Kreuzschraffur", ("rot", "blau", "hellblau", "grau")),
}


@pytest.mark.parametrize("code", sorted(SHAPES))
def test_the_legend_describes_shapes_and_in_high_contrast_no_colour(qtbot, params, language, code):
    language(code)
    w = _show(qtbot, _timeline(params))
    single, crossed, colour_words = SHAPES[code]
    for high_contrast in (False, True):
        w.set_high_contrast(high_contrast)
        voluntary, conflict, ban = w.legend_texts()[:3]
        assert single in voluntary and crossed not in voluntary
        assert crossed in conflict and single not in conflict
        if high_contrast:
            words = set(re.findall(r"\w+", " ".join(w.legend_texts()).lower()))
            assert not words & set(colour_words), words & set(colour_words)
    normal = (w.set_high_contrast(False), w.legend_texts())[1]
    w.set_high_contrast(True)
    assert w.legend_texts() != normal


# ---------------------------------------------------------------- the ruler


def _overlaps(rects: list[tuple[str, QRectF]]) -> list[tuple[str, str]]:
    return [
        (a, b) for i, (a, ra) in enumerate(rects) for b, rb in rects[i + 1 :] if ra.intersects(rb)
    ]


NAMES = {  # Application, Today, Ban window in each language
    "nl": ("Aanvraag", "Vandaag", "Verbodsperiode"),
    "fr": ("Demande", "Aujourd’hui", "Fenêtre d’interdiction"),
    "de": ("Antrag", "Heute", "Verbotszeitraum"),
}
CASES = {
    "same month": (date(2026, 11, 5), date(2026, 12, 20)),
    "same day": (ON, date(2026, 12, 28)),
    "month before": (date(2026, 10, 29), date(2026, 12, 10)),
    "month after": (date(2026, 12, 1), None),
}


@pytest.mark.parametrize("code", sorted(NAMES))
@pytest.mark.parametrize("scale", [1, 2])
def test_no_two_texts_of_the_ruler_overlap(qtbot, params, language, code, scale):
    language(code)
    application_name, today_name, ban_name = NAMES[code]
    for case, (application, deadline) in CASES.items():
        w = _show(qtbot, _timeline(params, application, deadline))
        if scale != 1:
            font = w.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            w.setFont(font)
        for width in (900, 1280):
            w.resize(width, w.heightForWidth(width))
            for zoom in range(4):
                rects = w.text_rects()
                texts = [text for text, _rect in rects]
                where = (case, width, zoom)
                assert _overlaps(rects) == [], where
                for text, rect in rects:
                    assert QRectF(w.rect()).contains(rect), (text, where)
                if zoom == 0:
                    # nothing left out to make room: both case dates and today are named
                    assert application_name in texts and today_name in texts, (texts, where)
                    assert ban_name in texts, (texts, where)
                w.zoom_by(1.7)
        w.reset_zoom()
        w.deleteLater()


def test_no_tick_crosses_the_ban_window_label(qtbot, params, language):
    language("nl")
    w = _show(qtbot, _timeline(params, date(2026, 11, 5)))
    image = w.grab().toImage()
    grid = w.palette().color(QPalette.ColorRole.Mid).rgb()
    (rect,) = [rect for text, rect in w.text_rects() if text == "Verbodsperiode"]
    ticks = []  # columns with a stroke of the grid colour (a tick), not a stray pixel
    for x in range(int(rect.left()), int(rect.right()) + 1):
        run = 0
        for y in range(int(rect.top()), int(rect.bottom()) + 1):
            run = run + 1 if image.pixel(x, y) == grid else 0
            if run == 3:
                ticks.append(x)
    assert ticks == []


# ---------------------------------------------------------------- the key help

KEYS = {
    "nl": ("Pijl-links", "Pagina omhoog"),
    "fr": ("Flèche gauche", "Page précédente"),
    "de": ("Pfeil links", "Bild auf"),
}


@pytest.mark.parametrize("code", sorted(KEYS))
def test_the_key_help_names_the_keys_in_the_window_language(qtbot, params, language, code):
    language(code)
    w = _show(qtbot, _timeline(params))
    point = QPoint(2, 2)  # above the row titles: nothing there, so the key help
    w.event(QHelpEvent(QEvent.Type.ToolTip, point, w.mapToGlobal(point)))
    text = QToolTip.text()
    for name in KEYS[code]:
        assert name in text
    words = set(re.findall(r"\w+", text))
    # Dutch keyboards and manuals name Shift, Home and End as they are printed
    for english in ("Left", "Right", "Up", "Down", "arrow", *(("Shift",) if code != "nl" else ())):
        assert english not in words, english
    assert "Page Up" not in text and "Page Down" not in text
