"""The application icon (resources/icons/: an SVG drawn by installer/make_icons.py into
PNG files of each size), read through importlib.resources so that it works installed,
editable and frozen."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon, QPixmap

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """CumulDesk's icon with a PNG for every size (the window, the task bar, Alt+Tab).
    Needs a QGuiApplication. Empty (isNull()) only when the icon files are missing."""
    icon = QIcon()
    folder = resources.files("cumuldesk.resources").joinpath("icons")
    for size in ICON_SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData(folder.joinpath(f"cumuldesk-{size}.png").read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    return icon
