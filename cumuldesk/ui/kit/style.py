"""The application's one visual style: `resources/style/cumuldesk.qss`, applied to the
whole application by `apply_style(app)`.

The stylesheet takes its colours from the palette (`palette(window)`, `palette(highlight)`,
...), so the system palette decides: light, dark or high contrast. Only the semantic
accents (error/conflict, warning, information, success) and a few colours blended from
the palette (frames, grid lines) are `${placeholders}`, filled in here with values chosen
for the palette in use: `semantic_colors(palette)`, which painters (the timeline) use
too, so everything follows the same choices. In high-contrast mode the accents are the
palette's own text and window colours. The sheet is re-applied when the system colour
scheme or the application palette changes.

Widgets opt in with an objectName or dynamic properties the sheet selects on:
`QLabel#pageTitle`, `banner=true` + `severity` (error, warning, info, success, neutral),
`message=error`, `chip` (online, offline, conflict), `QWidget#fieldError`. After changing
such a property on a widget already shown, call `repolish(widget)` (or use
`set_severity`).
"""

from __future__ import annotations

import atexit
import gc
import logging
import shutil
import tempfile
from importlib.resources import files
from pathlib import Path
from string import Template

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

STYLESHEET = "cumuldesk.qss"
SEVERITIES = ("error", "warning", "info", "success", "neutral")

# Accents: text (fg) on its tint (bg) at least 7:1, the text on the window colour of a
# usual palette at least 4.5:1 (`error_text`), borders at least 3:1 against the window.
_LIGHT = {
    "error_fg": "#8E1616",
    "error_bg": "#FCEAEA",
    "error_border": "#C62828",
    "error_text": "#A31515",
    "warning_fg": "#553600",
    "warning_bg": "#FFF3D1",
    "warning_border": "#A8710A",
    "info_fg": "#0B3A5E",
    "info_bg": "#E3EFFA",
    "info_border": "#2F6FA8",
    "success_fg": "#17462A",
    "success_bg": "#E3F2E7",
    "success_border": "#2E7D4A",
    # fills the painters use (text on them chosen by contrast)
    "conflict": "#C62828",
    "retro": "#4A2C8F",
    "voluntary": "#A9CFEA",
}
_DARK = {
    "error_fg": "#FFC9C2",
    "error_bg": "#3D1717",
    "error_border": "#EF6F6C",
    "error_text": "#FF9E96",
    "warning_fg": "#FFE2A3",
    "warning_bg": "#3A2D0C",
    "warning_border": "#D4A52C",
    "info_fg": "#CBE4FA",
    "info_bg": "#132C42",
    "info_border": "#5EA3DE",
    "success_fg": "#C4ECCF",
    "success_bg": "#14301E",
    "success_border": "#4FB370",
    "conflict": "#F0625D",
    "retro": "#A58BE0",
    "voluntary": "#A9CFEA",
}

_state: dict[str, object] = {}  # the key of the palette last applied, the watcher


# ----------------------------------------------------------------------- colours


def luminance(colour: QColor) -> float:
    """WCAG relative luminance (0 black .. 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    rgb = colour.toRgb()
    return (
        0.2126 * channel(rgb.redF())
        + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio (1 .. 21) of two colours."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def is_dark(palette: QPalette) -> bool:
    """A dark palette: its window colour is darker than its window text."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return luminance(window) < luminance(text)


def is_high_contrast(app: QGuiApplication | None = None) -> bool:
    """The system asks for high contrast (Qt 6.10+: accessibility hints)."""
    if app is None:
        instance = QGuiApplication.instance()
        app = instance if isinstance(instance, QGuiApplication) else None
    if app is None:
        return False
    hints = app.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    return accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def _blend(a: QColor, b: QColor, share_b: float) -> QColor:
    a, b = a.toRgb(), b.toRgb()
    return QColor.fromRgbF(
        a.redF() * (1 - share_b) + b.redF() * share_b,
        a.greenF() * (1 - share_b) + b.greenF() * share_b,
        a.blueF() * (1 - share_b) + b.blueF() * share_b,
    )


def _towards_text(palette: QPalette, ratio: float) -> QColor:
    """The first blend of base towards text that stands out `ratio`:1 from both the base
    and the window colour (a frame that can be seen)."""
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.Text)
    for step in range(20, 101, 5):
        colour = _blend(base, text, step / 100)
        if contrast(colour, base) >= ratio and contrast(colour, window) >= ratio:
            return colour
    return text


def semantic_colors(palette: QPalette, *, high_contrast: bool | None = None) -> dict[str, QColor]:
    """The accents for `palette`: for each severity `<s>_fg` (text on the tint), `<s>_bg`
    (the tint), `<s>_border`; `error_text` (error words on the window colour); `conflict`,
    `retro` and `voluntary` (fills for painters); `frame`, `frame_disabled` and `grid`
    (blended from the palette). High contrast (default: the system's preference): the
    palette's own window and text colours, nothing tinted."""
    if high_contrast is None:
        high_contrast = is_high_contrast()
    key = _palette_key(palette, high_contrast)
    cached = _colours_cache.get(key)
    if cached is None:
        if len(_colours_cache) > 16:
            _colours_cache.clear()
        cached = _colours_cache[key] = _semantic_colors(palette, high_contrast)
    return {name: QColor(colour) for name, colour in cached.items()}


_colours_cache: dict[tuple, dict[str, QColor]] = {}


def _semantic_colors(palette: QPalette, high_contrast: bool) -> dict[str, QColor]:
    chosen = {key: QColor(value) for key, value in (_DARK if is_dark(palette) else _LIGHT).items()}
    if high_contrast:
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        for severity in ("error", "warning", "info", "success"):
            chosen[f"{severity}_fg"] = QColor(text)
            chosen[f"{severity}_bg"] = QColor(window)
            chosen[f"{severity}_border"] = QColor(text)
        chosen["error_text"] = QColor(text)
    chosen["frame"] = _towards_text(palette, 3.0)
    chosen["frame_disabled"] = _towards_text(palette, 1.6)
    chosen["grid"] = _towards_text(palette, 1.4)
    return chosen


# ----------------------------------------------------------------------- the sheet


def stylesheet_template() -> str:
    """The stylesheet as shipped, with its `${placeholders}`."""
    return files("cumuldesk.resources").joinpath("style", STYLESHEET).read_text(encoding="utf-8")


def stylesheet(palette: QPalette, *, high_contrast: bool | None = None) -> str:
    """The stylesheet for `palette`, placeholders filled (a missing one raises KeyError)."""
    colours = semantic_colors(palette, high_contrast=high_contrast)
    names = {key: colour.name(QColor.NameFormat.HexRgb) for key, colour in colours.items()}
    names.update(_arrows(palette))
    return Template(stylesheet_template()).substitute(names)


def _arrows(palette: QPalette) -> dict[str, str]:
    """Arrow images for combo boxes and spin boxes in the palette's text colours (PNG, in
    a private temporary folder removed at exit), as paths for `url(...)`."""
    folder = _state.get("arrows_dir")
    if not isinstance(folder, Path):
        folder = Path(tempfile.mkdtemp(prefix="cumuldesk-style-"))
        atexit.register(shutil.rmtree, folder, True)
        _state["arrows_dir"] = folder
    inks = {
        "": palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText),
        "_disabled": palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText),
    }
    paths = {}
    for suffix, ink in inks.items():
        for shape in ("up", "down", "check"):
            path = folder / f"{shape}-{ink.name()[1:]}.png"
            if not path.exists():
                _indicator_image(ink, shape).save(str(path))
            name = "check" if shape == "check" else f"arrow_{shape}"
            paths[f"{name}{suffix}"] = path.as_posix()
    return paths


def _indicator_image(ink: QColor, shape: str) -> QImage:
    """A triangle pointing up or down, or a check mark, in `ink` on transparent."""
    size = 48  # scaled down to the subcontrol (sized in em)
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if shape == "check":
        pen = QPen(ink, size * 0.14)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPolyline(
            [
                QPointF(size * 0.18, size * 0.52),
                QPointF(size * 0.42, size * 0.76),
                QPointF(size * 0.84, size * 0.26),
            ]
        )
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        top, bottom = size * 0.28, size * 0.72
        tip, base = (top, bottom) if shape == "up" else (bottom, top)
        painter.drawPolygon(
            [QPointF(size * 0.1, base), QPointF(size * 0.9, base), QPointF(size / 2, tip)]
        )
    painter.end()
    return image


def _palette_key(palette: QPalette, high_contrast: bool) -> tuple:
    roles = (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.Highlight,
    )
    return (high_contrast, *(palette.color(role).rgba() for role in roles))


def apply_style(app: QApplication) -> None:
    """Apply the stylesheet to `app` for its current palette and colour scheme, and keep
    it in step: re-applied when the system colour scheme, the contrast preference or the
    application palette changes. Safe to call again (it re-applies)."""
    _apply(app, force=True)
    if _state.get("watching") is not app:
        _state["watching"] = app
        watcher = _PaletteWatcher(app)
        _state["watcher"] = watcher
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(watcher.schedule)
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(watcher.schedule)


def remove_style(app: QApplication) -> None:
    """Back to no stylesheet (tests; the watcher stays but applies nothing).

    Qt leaves its "styled" mark on widgets that were never shown; a later stylesheet
    would then not learn of their deletion and crash on its next re-application. So the
    mark is taken off every widget left."""
    _state["applied"] = None
    _state["enabled"] = False
    gc.collect()
    app.setStyleSheet("")
    for widget in QApplication.allWidgets():
        widget.setAttribute(Qt.WidgetAttribute.WA_StyleSheet, False)


def _apply(app: QApplication, *, force: bool = False) -> None:
    if not force and not _state.get("enabled"):
        return
    if _state.get("busy"):
        return
    palette = app.palette()
    high_contrast = is_high_contrast(app)
    key = _palette_key(palette, high_contrast)
    if not force and key == _state.get("applied"):
        return
    scheme = app.styleHints().colorScheme()
    dark = is_dark(palette)
    if scheme == Qt.ColorScheme.Dark and not dark:
        # the style in use keeps a light palette: follow what is painted
        log.info("dark colour scheme with a light palette: light accents")
    sheet = stylesheet(palette, high_contrast=high_contrast)
    # Qt repolishes every widget from a list taken first; Python code run by the events
    # it sends could let the garbage collector delete a widget further down that list
    # (a crash). So: collect now, and not while Qt goes through the list.
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    _state["busy"] = True
    try:
        app.setStyleSheet(sheet)
    finally:
        _state["busy"] = False
        if was_enabled:
            gc.enable()
    _state["applied"] = key
    _state["enabled"] = True
    log.debug("style applied (dark=%s, high contrast=%s)", dark, high_contrast)


class _PaletteWatcher(QWidget):
    """Never shown: told of every application palette change (a widget without a palette
    of its own) and of colour scheme and contrast changes, it re-applies the sheet so
    `palette(...)` and the accents follow. Re-applied from the event loop, never while Qt
    is still handing the palette to every widget (repolishing then crashes)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self.setObjectName("cumuldeskPaletteWatcher")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(lambda: _apply(self._app))

    def schedule(self, *_args: object) -> None:
        self._timer.start()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange:
            self.schedule()
        super().changeEvent(event)


# ----------------------------------------------------------------------- widgets


def repolish(widget: QWidget) -> None:
    """Re-evaluate the stylesheet for `widget` and its children (after a dynamic property
    the sheet selects on changed). Widgets not polished yet are left alone: Qt polishes
    them when they are first shown (polishing them early loses the sheet's margins)."""
    style = widget.style()
    for each in (widget, *widget.findChildren(QWidget)):
        if not each.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            continue
        style.unpolish(each)
        style.polish(each)
        QApplication.sendEvent(each, QEvent(QEvent.Type.StyleChange))  # frames, margins
        each.updateGeometry()
        each.update()


def set_severity(widget: QWidget, severity: str) -> None:
    """Set the `severity` property (one of SEVERITIES) and repolish."""
    if severity not in SEVERITIES:
        raise ValueError(f"unknown severity {severity!r}")
    if widget.property("severity") != severity:
        widget.setProperty("severity", severity)
        repolish(widget)


def mark_banner(widget: QWidget, name: str, severity: str) -> None:
    """Make `widget` a banner of the stylesheet: objectName `name`, property banner=true,
    the severity given."""
    widget.setObjectName(name)
    widget.setProperty("banner", True)
    widget.setProperty("severity", severity)


__all__ = [
    "SEVERITIES",
    "apply_style",
    "contrast",
    "is_dark",
    "is_high_contrast",
    "luminance",
    "mark_banner",
    "remove_style",
    "repolish",
    "semantic_colors",
    "set_severity",
    "stylesheet",
    "stylesheet_template",
]
