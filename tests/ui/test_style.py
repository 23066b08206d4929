"""The application stylesheet (ui/kit/style.py, resources/style/cumuldesk.qss): it parses
without Qt warnings, banners and headings stay readable (WCAG contrast measured on the
pixels drawn) on a light and on a dark palette, the timeline's lane labels too, and a
focused control shows a frame. Every test puts the application's palette and stylesheet
back as they were."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from cumuldesk.params.loader import load_parameters
from cumuldesk.services.dossiers.input import parse_dossier
from cumuldesk.services.dossiers.store import RetroFlagView
from cumuldesk.services.dossiers.timeline import PointsRow, build_timeline
from cumuldesk.services.simulation.form import NOT_APPLICABLE, RENOUNCE
from cumuldesk.ui.dossier.retro_banner import RetroBanner
from cumuldesk.ui.kit.style import (
    SEVERITIES,
    apply_style,
    contrast,
    is_dark,
    remove_style,
    semantic_colors,
    stylesheet,
    stylesheet_template,
)
from cumuldesk.ui.shell.status_bar import set_chip
from cumuldesk.ui.simulation.widgets import ErrorMark, VerdictBanner
from cumuldesk.ui.timeline.view import TimelineWidget

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
ON = date(2026, 11, 23)
Role = QPalette.ColorRole


def make_palette(mode: str) -> QPalette:
    """A typical light (Fusion-like) or dark (Windows/KDE-like) system palette."""
    if mode == "light":
        colours = {
            Role.Window: "#efefef",
            Role.WindowText: "#000000",
            Role.Base: "#ffffff",
            Role.AlternateBase: "#f7f7f7",
            Role.Text: "#000000",
            Role.Button: "#efefef",
            Role.ButtonText: "#000000",
            Role.Highlight: "#308cc6",
            Role.HighlightedText: "#ffffff",
            Role.ToolTipBase: "#ffffdc",
            Role.ToolTipText: "#000000",
            Role.Light: "#ffffff",
            Role.Midlight: "#cacaca",
            Role.Mid: "#b8b8b8",
            Role.Dark: "#9f9f9f",
        }
        disabled = "#bebebe"
    else:
        colours = {
            Role.Window: "#2b2b2b",
            Role.WindowText: "#e8e8e8",
            Role.Base: "#1f1f1f",
            Role.AlternateBase: "#2a2a2a",
            Role.Text: "#e8e8e8",
            Role.Button: "#353535",
            Role.ButtonText: "#e8e8e8",
            Role.Highlight: "#3d8ee0",
            Role.HighlightedText: "#ffffff",
            Role.ToolTipBase: "#3a3a3a",
            Role.ToolTipText: "#f0f0f0",
            Role.Light: "#505050",
            Role.Midlight: "#424242",
            Role.Mid: "#2f2f2f",
            Role.Dark: "#1a1a1a",
        }
        disabled = "#8a8a8a"
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


@pytest.fixture
def restore_app(qapp):
    """Put back the application's palette, stylesheet and font after the test."""
    palette, sheet, font = QPalette(qapp.palette()), qapp.styleSheet(), QFont(qapp.font())
    yield qapp
    remove_style(qapp)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.fixture(params=["light", "dark"])
def styled(request, restore_app):
    """The application on a light or a dark palette with the stylesheet applied."""
    app = restore_app
    app.setPalette(make_palette(request.param))
    apply_style(app)
    return request.param


_SHOWN: list[QWidget] = []  # kept alive until the test ends


@pytest.fixture(autouse=True)
def _forget_hosts():
    yield
    for host in _SHOWN:
        host.close()
    _SHOWN.clear()


def _host(qtbot, *widgets: QWidget) -> QWidget:
    host = QWidget()
    _SHOWN.append(host)
    layout = QVBoxLayout(host)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(host)
    host.resize(700, host.sizeHint().height())
    host.show()
    qtbot.waitExposed(host)
    return host


def _pixels(image: QImage, step: int = 1) -> list[QColor]:
    return [
        QColor(image.pixel(x, y))
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    ]


def text_contrast(widget: QWidget, label: QLabel) -> float:
    """The contrast of `label`'s text with the background around it, from the pixels
    drawn: the background is the commonest colour of the widget, the text the pixel of
    the label that differs most from it."""
    background = Counter(p.rgb() for p in _pixels(widget.grab().toImage(), 2)).most_common(1)
    back = QColor.fromRgb(background[0][0])
    window = label.grab().toImage()
    return max(contrast(back, pixel) for pixel in _pixels(window))


# ---------------------------------------------------------------------- the sheet


def test_the_stylesheet_applies_without_qt_warnings(qtbot, qtlog, restore_app):
    app = restore_app
    for mode in ("light", "dark"):
        app.setPalette(make_palette(mode))
        apply_style(app)
        combo = QComboBox()
        combo.addItems(["one", "two"])
        banner = VerdictBanner()
        banner.show_verdict("invalid", "A wrong input", "Which one")
        _host(qtbot, QLineEdit("x"), QPushButton("Button"), combo, QSpinBox(), QCheckBox("c"))
        _host(qtbot, banner, QTableWidget(3, 3))
        qtbot.wait(20)
    assert "${" not in app.styleSheet() and "palette(highlight)" in app.styleSheet()
    problems = [r.message for r in qtlog.records if r.type != QtMsgType.QtDebugMsg]
    problems = [m for m in problems if "propagateSizeHints" not in m]  # offscreen plugin
    assert problems == []


def test_a_broken_sheet_would_be_noticed(qtbot, qtlog, restore_app):
    """The warning the test above looks for is really reported (the check can fail)."""
    restore_app.setStyleSheet(stylesheet(make_palette("light")) + "\nQLabel { color: ")
    _host(qtbot, QLabel("x"))
    assert any("style" in r.message.lower() for r in qtlog.records)


def test_no_fixed_font_size_and_every_placeholder_filled():
    template = stylesheet_template()
    assert "font-size" not in template and "font:" not in template
    for mode in ("light", "dark"):
        sheet = stylesheet(make_palette(mode), high_contrast=False)
        assert "$" not in sheet


def test_dark_and_light_are_told_apart():
    assert is_dark(make_palette("dark")) and not is_dark(make_palette("light"))


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_the_accents_are_readable_on_their_tint_and_on_the_window(mode):
    palette = make_palette(mode)
    colours = semantic_colors(palette, high_contrast=False)
    window = palette.color(Role.Window)
    for severity in ("error", "warning", "info", "success"):
        assert contrast(colours[f"{severity}_fg"], colours[f"{severity}_bg"]) >= 7, severity
        assert contrast(colours[f"{severity}_border"], window) >= 3, severity
    assert contrast(colours["error_text"], window) >= 4.5
    assert contrast(colours["frame"], palette.color(Role.Base)) >= 3
    assert contrast(colours["conflict"], palette.color(Role.Base)) >= 3


def test_high_contrast_uses_the_palette_itself():
    palette = make_palette("dark")
    colours = semantic_colors(palette, high_contrast=True)
    assert colours["warning_bg"] == palette.color(Role.Window)
    assert colours["error_fg"] == palette.color(Role.WindowText)


# ---------------------------------------------------------------------- readable


@pytest.mark.parametrize("kind", ["ivt_it_better", RENOUNCE, NOT_APPLICABLE, "invalid"])
def test_the_verdict_banner_is_readable(qtbot, styled, kind):
    banner = VerdictBanner()
    banner.show_verdict(kind, "The verdict in words", "A line of detail under it")
    _host(qtbot, banner)
    assert banner.property("severity") in SEVERITIES
    assert text_contrast(banner, banner.title) >= 4.5
    assert text_contrast(banner, banner.detail) >= 4.5


def test_the_verdict_banner_changes_its_tint_with_the_kind(qtbot, styled):
    banner = VerdictBanner()
    banner.show_verdict("ivt_it_better", "Better", "")
    _host(qtbot, banner)
    before = banner.grab().toImage().pixelColor(banner.width() // 2, 3)
    banner.show_verdict("invalid", "Wrong", "")
    qtbot.wait(10)
    after = banner.grab().toImage().pixelColor(banner.width() // 2, 3)
    assert before != after


def test_the_retro_and_offline_banners_and_messages_are_readable(qtbot, styled):
    retro = RetroBanner()
    retro.retranslate_ui()
    flag = RetroFlagView("D-1", "CD-1", datetime(2026, 1, 1, tzinfo=UTC), ("2025-03",), ())
    retro.show_flags([flag], can_acknowledge=True)
    offline = QLabel("Offline")  # the status bar's connection chip, offline
    set_chip(offline, "offline")
    message = QLabel("The dossier could not be loaded.")
    message.setProperty("message", "error")
    mark = ErrorMark()
    mark.set_message("Type a number between 0 and 36")
    title = QLabel("Simulation: IVT/IT against zorgtoeslag + BOB")
    title.setObjectName("pageTitle")
    host = _host(qtbot, title, retro, offline, message, mark)
    assert text_contrast(retro, retro.label) >= 4.5
    assert text_contrast(host, offline) >= 4.5
    assert text_contrast(host, message) >= 4.5
    assert text_contrast(host, mark.text) >= 4.5
    assert text_contrast(host, title) >= 4.5
    # the error words are in the error colour, not the plain text colour
    assert message.palette().color(Role.WindowText) != QApplication.palette().color(Role.WindowText)


def test_the_timeline_lane_labels_are_readable_in_dark_mode(qtbot, restore_app):
    app = restore_app
    app.setPalette(make_palette("dark"))
    apply_style(app)
    params = load_parameters()
    data = json.loads((EXAMPLES / "renounce-flanders.json").read_text())
    t = build_timeline(
        parse_dossier(data, ON), params, ON, zorgtoeslag=[PointsRow(date(2024, 3, 1), 24, 6)]
    )
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.set_timeline(t)
    widget.resize(1200, widget.heightForWidth(1200))
    widget.show()
    qtbot.waitExposed(widget)
    image = widget.grab().toImage()
    base = make_palette("dark").color(Role.Base)
    for lane in t.lanes:
        if not lane.segments:
            continue
        rect = widget.segment_rect(lane.segments[0]).toRect()
        titles = image.copy(0, rect.top(), 40, rect.height())
        back = Counter(p.rgb() for p in _pixels(titles)).most_common(1)[0][0]
        assert contrast(QColor.fromRgb(back), base) < 1.2  # the titles are on the base colour
        best = max(contrast(QColor.fromRgb(back), p) for p in _pixels(titles))
        assert best >= 4.5, lane.name
    # the conflict row stands out from the dark background
    conflict = semantic_colors(make_palette("dark"), high_contrast=False)["conflict"]
    assert contrast(conflict, base) >= 3
    assert any(p.rgb() == conflict.rgb() for p in _pixels(image, 3))


# ---------------------------------------------------------------------- focus


@pytest.mark.parametrize("make", [QLineEdit, lambda: QPushButton("Open"), QTableWidget])
def test_a_focused_control_shows_a_frame_in_the_highlight_colour(qtbot, styled, make):
    control, other = make(), QLineEdit()
    _host(qtbot, other, control)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    before = control.grab().toImage()
    control.setFocus()
    qtbot.waitUntil(control.hasFocus)
    after = control.grab().toImage()
    highlight = QApplication.palette().color(Role.Highlight).rgb()
    y = control.height() // 2
    edge = [after.pixel(x, y) & 0xFFFFFF for x in (0, 1)]
    assert highlight & 0xFFFFFF in edge  # the frame's left edge, in the highlight colour
    assert before.pixel(1, y) != after.pixel(1, y)


def test_large_fonts_still_grow_the_controls(qtbot, restore_app):
    app = restore_app
    apply_style(app)
    normal = QLineEdit("x").sizeHint().height()
    large = QFont(app.font())
    large.setPointSizeF(app.font().pointSizeF() * 2)
    app.setFont(large)
    title = QLabel("Title")
    title.setObjectName("pageTitle")
    edit = QLineEdit("x")
    _host(qtbot, title, edit)
    assert edit.sizeHint().height() >= 1.5 * normal
    assert title.font().pointSizeF() == pytest.approx(large.pointSizeF())  # not fixed by the sheet


def test_the_sheet_follows_a_palette_change(qtbot, restore_app):
    app = restore_app
    app.setPalette(make_palette("light"))
    apply_style(app)
    light_tint = semantic_colors(make_palette("light"), high_contrast=False)["warning_bg"].name()
    dark_tint = semantic_colors(make_palette("dark"), high_contrast=False)["warning_bg"].name()
    assert light_tint in app.styleSheet().lower()
    app.setPalette(make_palette("dark"))  # the system switched to dark mode
    qtbot.waitUntil(lambda: dark_tint in app.styleSheet().lower())
    assert light_tint not in app.styleSheet().lower()
