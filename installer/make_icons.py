"""Render the application icon (resources/icons/cumuldesk.svg) to the PNG sizes and the
multi-size Windows .ico the application and the installers use.

    .venv/bin/python installer/make_icons.py

Run it after changing the SVG and commit the outputs (resources/icons/cumuldesk-<size>.png
and cumuldesk.ico). Rendering uses Qt's own SVG renderer (PySide6.QtSvg), offscreen.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "cumuldesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent `size` x `size` square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"make_icons: could not encode the {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG as is (PNG entries: Windows Vista and later).
    Layout: ICONDIR (6 bytes), one 16-byte ICONDIRENTRY per image, then the images."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, images = [], []
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256
        # width, height, colours (0: no palette), reserved, planes, bits per pixel, size, offset
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        images.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(images)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - kept alive
    pngs = {size: render_png(SVG, size) for size in SIZES}
    for size, data in pngs.items():
        (ICONS / f"cumuldesk-{size}.png").write_bytes(data)
    (ICONS / "cumuldesk.ico").write_bytes(ico_bytes(pngs))
    print(f"make_icons: wrote {len(pngs)} PNG files and cumuldesk.ico to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
