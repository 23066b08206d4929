"""The application icon: the SVG rendered by installer/make_icons.py to every PNG size and
a multi-size .ico, loaded by `app_icon()` through importlib.resources."""

from __future__ import annotations

import struct
from importlib import resources

from PySide6.QtGui import QImage

from cumuldesk.ui.kit.icon import ICON_SIZES, app_icon

ICONS = resources.files("cumuldesk.resources").joinpath("icons")


def test_app_icon_has_every_size(qapp):
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == list(ICON_SIZES)


def test_each_png_is_square_of_its_size_and_not_blank(qapp):
    for size in ICON_SIZES:
        image = QImage.fromData(ICONS.joinpath(f"cumuldesk-{size}.png").read_bytes(), "PNG")
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 2)
        corner = image.pixelColor(0, 0)
        assert centre.alpha() == 255 and corner.alpha() < 64  # a tile with rounded corners


def test_the_ico_holds_every_size_as_png():
    data = ICONS.joinpath("cumuldesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(ICON_SIZES))
    sizes = []
    for index in range(count):
        width, height, _c, _r, _p, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert width == height and bits == 32
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        sizes.append(width or 256)
    assert sorted(sizes) == list(ICON_SIZES)
