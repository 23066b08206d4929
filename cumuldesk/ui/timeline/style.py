"""How the dossier timeline looks: the lane colours (colour-blind safe) and the
high-contrast patterns, colours by role from the palette, a period's fill, hatch and text
colour, and the legend's swatches that show them.

The accents (conflict, retroactive change) come from `ui.kit.style.semantic_colors`, the
same choice as the stylesheet's: a lighter red and violet on a dark palette, so they stand
out from a dark background; the text on any fill is black or white by contrast. High
contrast: black on white, told apart by pattern, in light and dark mode alike.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen

from cumuldesk.services.dossiers.timeline import (
    LANE_BOB,
    LANE_IT,
    LANE_IVT,
    LANE_ZORGTOESLAG,
    Lane,
    Segment,
)
from cumuldesk.ui.kit.style import semantic_colors

# Colour-blind safe (Okabe-Ito) fills; text on them picked for contrast.
LANE_COLOURS = {
    LANE_BOB: QColor("#0072B2"),
    LANE_IVT: QColor("#E69F00"),
    LANE_IT: QColor("#009E73"),
    LANE_ZORGTOESLAG: QColor("#CC79A7"),
}
VOLUNTARY_FILL = QColor("#A9CFEA")
# the accents on a light palette (`colours()` gives the ones for the palette in use)
CONFLICT = QColor("#C62828")
RETRO = QColor("#4A2C8F")
# The two hatches a handler must never confuse, the same shape in both looks: a
# voluntary switch has a single diagonal hatch (/), a conflict month a crossed one (x) in a
# frame, red on a pale red ground (black on white in high contrast).
VOLUNTARY_HATCH = Qt.BrushStyle.BDiagPattern
CONFLICT_HATCH = Qt.BrushStyle.DiagCrossPattern
# High contrast: black on white, told apart by pattern.
HC_PATTERNS = {
    LANE_BOB: Qt.BrushStyle.HorPattern,
    LANE_IVT: Qt.BrushStyle.VerPattern,
    LANE_IT: Qt.BrushStyle.CrossPattern,
    LANE_ZORGTOESLAG: Qt.BrushStyle.Dense6Pattern,
}

Style = tuple[QBrush, QBrush | None, QColor]  # fill, optional hatch over it, text colour

_TEXT_ON: dict[int, QColor] = {}


def text_on(fill: QColor) -> QColor:
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


def colours(palette: QPalette, high_contrast: bool) -> dict[str, QColor]:
    """The colours by role: from the palette, or black and white in high contrast;
    "conflict" and "retro" are the fills of those rows (their text: `text_on`)."""
    if high_contrast:
        black, white = QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white)
        return {
            "base": white,
            "text": black,
            "grid": black,
            "alt": white,
            "shade": black,
            "focus": black,
            "conflict": black,
            "conflict_ground": white,
            "retro": black,
        }
    accents = semantic_colors(palette, high_contrast=False)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    shade = QColor(
        (base.red() * 85 + text.red() * 15) // 100,
        (base.green() * 85 + text.green() * 15) // 100,
        (base.blue() * 85 + text.blue() * 15) // 100,
    )
    return {
        "base": base,
        "text": text,
        "grid": palette.color(QPalette.ColorRole.Mid),
        "alt": palette.color(QPalette.ColorRole.AlternateBase),
        "shade": shade,
        "focus": palette.color(QPalette.ColorRole.Highlight),
        "conflict": accents["conflict"],
        "conflict_ground": _mix(accents["conflict"], base, 20),
        "retro": accents["retro"],
    }


def _mix(colour: QColor, ground: QColor, percent: int) -> QColor:
    """`percent` of `colour` over `ground`."""
    rest = 100 - percent
    return QColor(
        (colour.red() * percent + ground.red() * rest) // 100,
        (colour.green() * percent + ground.green() * rest) // 100,
        (colour.blue() * percent + ground.blue() * rest) // 100,
    )


def paint_conflict_hatch(p: QPainter, rects: list[QRectF], c: dict[str, QColor]) -> None:
    """The conflicting stretches of periods: the pale ground, the crossed hatch and a
    frame, all in the conflict colour (black on white in high contrast)."""
    if not rects:
        return
    strong = c["conflict"]
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c["conflict_ground"])
    p.drawRects(rects)
    p.setBrush(QBrush(strong, CONFLICT_HATCH))
    p.drawRects(rects)
    p.setPen(QPen(strong, 2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRects(rects)


def new_style(lane: Lane, segment: Segment, high_contrast: bool) -> Style:
    if high_contrast:
        black = QColor(Qt.GlobalColor.black)
        style = (
            VOLUNTARY_HATCH
            if segment.voluntary_switch
            else HC_PATTERNS.get(lane.name, Qt.BrushStyle.SolidPattern)
        )
        return QBrush(QColor(Qt.GlobalColor.white)), QBrush(black, style), black
    colour = LANE_COLOURS.get(lane.name, QColor("#777777"))
    if segment.voluntary_switch:
        return (
            QBrush(VOLUNTARY_FILL),
            QBrush(colour, VOLUNTARY_HATCH),
            text_on(VOLUNTARY_FILL),
        )
    return QBrush(colour), None, text_on(colour)


def paint_swatch(p: QPainter, index: int, box: QRectF, c: dict[str, QColor], hc: bool) -> None:
    """The legend's sample of item `index`."""
    black = QColor(Qt.GlobalColor.black)
    p.setPen(Qt.PenStyle.NoPen)
    if index == 0:  # voluntary switch
        p.fillRect(box, QColor(Qt.GlobalColor.white) if hc else VOLUNTARY_FILL)
        p.fillRect(box, QBrush(black if hc else LANE_COLOURS[LANE_BOB], VOLUNTARY_HATCH))
    elif index == 1:  # conflict
        paint_conflict_hatch(p, [box.adjusted(1, 1, -1, -1)], c)
    elif index == 2:  # ban window
        if hc:
            p.fillRect(box, QBrush(black, Qt.BrushStyle.Dense7Pattern))
        else:
            p.fillRect(box, c["shade"])
    elif index == 3:  # query window
        p.setPen(QPen(c["text"], 2))
        mid = box.center().y()
        p.drawLine(QPointF(box.left() + 1, box.top()), QPointF(box.left() + 1, box.bottom()))
        p.drawLine(QPointF(box.right() - 1, box.top()), QPointF(box.right() - 1, box.bottom()))
        p.drawLine(QPointF(box.left(), mid), QPointF(box.right(), mid))
    elif index == 4:  # retro
        p.fillRect(box, c["retro"])
        p.setPen(text_on(c["retro"]))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, "+ -")
    else:  # markers
        swatch_w = box.width()
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
