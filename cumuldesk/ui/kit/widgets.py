"""Small generic widgets and layouts shared by the pages (no knowledge of CumulDesk data)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QLayout, QLayoutItem, QProgressBar, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Widgets side by side, wrapping to the next line when the width runs out (the
    filter buttons at a large font size)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        spacing = max(self.spacing(), 6)
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + spacing
            line = max(line, hint.height())
        return y + line - rect.y()


def grow_to_contents(window: QWidget) -> None:
    """Grow `window` to what its contents now need: a top-level window does not grow by
    itself when its wrapped labels get longer (they would overlap or be cut). Never
    shrinks it."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
    wanted = window.sizeHint()
    if wanted.height() > window.height() or wanted.width() > window.width():
        window.resize(max(wanted.width(), window.width()), max(wanted.height(), window.height()))


class LoadingBar(QProgressBar):
    """A page's small "loading ..." bar (no percentage) that shows only when the loading
    lasts longer than `after_ms` (ARCHITECTURE: progress after about 600 ms): a reload
    after a sync or a note takes 0.1-0.2 s and would otherwise flash a bar beside the
    page's summary. `start()` when loading starts, `stop()` when it ends, on every path."""

    def __init__(self, parent: QWidget | None = None, *, after_ms: int = 600) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("m") * 10)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(after_ms)
        self._timer.timeout.connect(self.show)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.hide()
